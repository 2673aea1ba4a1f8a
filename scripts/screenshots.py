"""Full-page screenshots of what a reviewer opens after a run, in headless Chromium with no network:
the run report, and (when an MLflow UI is up, e.g. `make mlflow-ui`) the registered model version.

    python scripts/screenshots.py outputs/runs/<run-id>/report.html --out shots/ \
        --mlflow "http://127.0.0.1:5000/#/models/reasonrl-demo/versions/1?workflowType=machine_learning"

Needs Chromium (Debian's `chromium`; `make test` installs it where it can) and the dev extra's
Playwright, which drives the system browser (no browser download).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("report", help="a run report (outputs/runs/<run-id>/report.html)")
    ap.add_argument("--mlflow", help="an MLflow UI page to capture as well")
    ap.add_argument("--out", default="screenshots", help="folder for the PNGs")
    args = ap.parse_args()
    browser_path = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser_path is None:
        raise SystemExit("no Chromium here: apt-get install chromium (as root), then run again")
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(Path(args.report).resolve().as_uri())
        page.screenshot(path=str(out / "run_report.png"), full_page=True)
        if args.mlflow:
            page.goto(args.mlflow)
            page.wait_for_timeout(5000)  # the UI renders after its API calls
            page.screenshot(path=str(out / "mlflow_model_version.png"), full_page=True)
        browser.close()
    print(f"screenshots in {out}/")


if __name__ == "__main__":
    main()
