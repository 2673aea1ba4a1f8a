"""Gather the GPU check's parts into one JSON on stdout: parts (rc, seconds), environment, the
DDP step, the learning test's outcome and figures, and both benchmarks (tokens/s, step time, peak
memory, MFU executed and dense-equivalent against the bf16 matmul peak measured in the run,
reasonrl / TRL ratio)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def _json(path: Path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def main(out: Path) -> dict:
    parts = (
        [json.loads(line) for line in (out / "parts.jsonl").read_text().splitlines()]
        if (out / "parts.jsonl").exists()
        else []
    )
    env_log = (out / "env.log").read_text() if (out / "env.log").exists() else ""
    learning = (out / "learning.log").read_text() if (out / "learning.log").exists() else ""
    report = {
        "parts": parts,
        "env": _json_line(env_log),
        "ddp": _json(out / "ddp.json"),
        "learning": {
            "summary": _last(learning, r"\d+ (passed|failed).*"),
            "pass_at_1": _last(learning, r"cuda held-out pass@1 .*"),
        },
        "install": (out / "install.log").read_text()[-2000:] if (out / "install.log").exists() else "",
    }
    for name in ("bench_135m", "bench_1.7b"):
        report[name] = _json(out / f"{name}.json") or {"error": _tail(out / f"{name}.log")}
    return report


def _json_line(text: str):
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return text[-500:]


def _last(text: str, pattern: str):
    """The last whole match of `pattern` (groups inside it or not), or None."""
    found = [m.group(0) for m in re.finditer(pattern, text)]
    return found[-1] if found else None


def _tail(path: Path) -> str:
    return path.read_text()[-1500:] if path.exists() else "no log"


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), indent=2))
