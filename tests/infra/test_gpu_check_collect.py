"""scripts/gpu_check/collect.py: the report of a device run is read from the parts' logs whole
(the first real run printed `"pass_at_1": "c"`, one character of the line it should have kept)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_report_keeps_whole_lines_and_names_missing_parts(tmp_path):
    (tmp_path / "parts.jsonl").write_text('{"part": "learning", "rc": 0, "seconds": 108}\n')
    (tmp_path / "learning.log").write_text(
        "cuda held-out pass@1 0.100 -> 0.200\n"
        "cuda held-out pass@1 0.235 -> 0.595\n.....\n19 passed in 105.15s\n"
    )
    (tmp_path / "ddp.json").write_text(json.dumps({"ok": True, "max_param_diff_ddp_vs_plain": 0.0}))
    out = subprocess.run(
        [sys.executable, str(REPO / "scripts/gpu_check/collect.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(out.stdout)
    assert report["learning"] == {
        "summary": "19 passed in 105.15s",
        "pass_at_1": "cuda held-out pass@1 0.235 -> 0.595",
    }
    assert report["ddp"]["ok"] is True and report["parts"][0]["rc"] == 0
    assert report["bench_135m"] == {"error": "no log"}
