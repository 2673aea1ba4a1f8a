"""GE's Data Docs open offline: no page loads a script or stylesheet from the network, the local
copies they load exist (shipped by the XStatic packages), and the index lists its validations
without bootstrap-table."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from reasonrl.compliance.data_docs import localize
from reasonrl.compliance.gate import build_site, decide, validate
from reasonrl.compliance.suites import SUITES
from reasonrl.config import load_recipe

ASSET = re.compile(
    r'<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"[^>]*>|<img\b[^>]*\bsrc="([^"]+)"'
)


def _gate(tmp: Path, name: str = "student") -> Path:
    recipe = load_recipe(None, ["gates.student.min_accuracy_share=0.9"])
    df, rules = SUITES.get("student")(recipe, [], {"accuracy_share": 0.95, "token_share": 0.5})
    assert decide(name, validate(name, df, rules, tmp, run_name=f"tiny {name}"))["passed"]
    return tmp / "data_docs"


def _assets(site: Path) -> list[tuple[Path, str]]:
    return [
        (page, next(u for u in m.groups() if u))
        for page in sorted(site.rglob("*.html"))
        for m in ASSET.finditer(page.read_text(encoding="utf-8"))
    ]


def _offline(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == 3  # index, the suite, the validation
    assets = _assets(site)
    assert not [u for _, u in assets if u.startswith(("http:", "https:", "//"))]
    for page, url in assets:
        assert (page.parent / unquote(url)).resolve().is_file(), (page, url)
    scripts = {Path(u).name for _, u in assets}
    assert {"bootstrap.min.css", "bootstrap.bundle.min.js", "jquery.min.js", "all.min.css"} <= scripts
    css = (site / "static/vendor/font_awesome/css/all.min.css").read_text()
    for font in set(re.findall(r"url\((\.\./webfonts/[^)]+)\)", css)):  # the icons' fonts came along
        assert (site / "static/vendor/font_awesome/css" / font).resolve().is_file(), font


def test_a_gate_writes_data_docs_that_load_nothing_from_the_network(tmp_path):
    site = _gate(tmp_path)
    _offline(site)
    index = (site / "index.html").read_text()
    assert not re.search(r"bootstrapTable\(\s*Object", index) and "Clear Filters" not in index  # no init
    rows = re.findall(r'<tr><td>.*?<a href="([^"]+)">', index, re.S)  # the validation, the suite
    assert len(rows) == 2 and all((site / unquote(link)).is_file() for link in rows)
    assert "tiny student" in index and "student_gate" in index


def test_the_run_site_is_offline_too(tmp_path):
    stores = []
    for name in ("student", "policy"):
        _gate(tmp_path / name, name)
        stores.append(tmp_path / name / "ge_store")
    index = build_site(stores, tmp_path / "run")
    assert index.exists()
    pages = sorted(index.parent.rglob("*.html"))
    assert len(pages) == 5  # index, two suites, two validations
    assert not [u for _, u in _assets(index.parent) if u.startswith(("http:", "https:"))]
    assert len(re.findall(r"<tr><td>", index.read_text())) == 4


def test_an_asset_no_rule_knows_stays_and_vega_stays_where_a_chart_is_drawn(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        '<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>'
        '<script src="https://cdn.example.org/new-thing.js"></script>'
        '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>'
        "<script>vegaEmbed('#c', spec);</script>"
    )
    assert localize(tmp_path) == {"local": 1, "dropped": 0, "left": 2}
    text = page.read_text()
    assert "new-thing.js" in text and "npm/vega@5" in text
    assert 'href="static/vendor/bootstrap/css/bootstrap.min.css"' in text
    assert (tmp_path / "static/vendor/bootstrap/css/bootstrap.min.css").stat().st_size > 100_000


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (make test installs Debian's when root)"
)
def test_the_index_opens_offline_in_chromium_styled_and_listing_its_validation(tmp_path):
    from playwright.sync_api import sync_playwright

    from tests.report.test_browser import FLAGS

    site = _gate(tmp_path)
    fetched, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(("file:", "data:"))
                else (fetched.append(route.request.url), route.abort())
            ),
        )
        page.goto((site / "index.html").as_uri())
        assert page.evaluate("typeof jQuery") == "function"
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.nav-tabs')).display") == "flex"
        )  # Bootstrap
        icon = page.locator("i.fa-check-circle").first
        assert (
            icon.is_visible() and icon.bounding_box()["width"] > 8
        )  # Font Awesome's glyph, not an empty <i>
        assert "tiny student" in page.inner_text("#section-1-content-block-2-1-body-table")
        with page.expect_navigation():  # the row's link; read the page once it has loaded
            page.click("#section-1-content-block-2-1-body-table a")
        page.wait_for_load_state("load")
        assert "Expectation Validation Result" in page.inner_text("body")
        browser.close()
    assert fetched == [] and errors == []
