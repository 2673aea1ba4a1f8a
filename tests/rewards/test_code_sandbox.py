"""Untrusted code is contained: each attack scores 0 and leaves the host unharmed."""

import gzip
import json
import os
import time
from pathlib import Path

import pytest

from reasonrl import rewards
from reasonrl.data.eval_sets import eval_set_path
from reasonrl.rewards.code import counted_tests, extract_code
from reasonrl.rewards.sandbox import run_python

code_reward = rewards.get("code")
MBPP_TESTS = ["assert add(1, 2) == 3", "assert add(-1, 1) == 0", "assert add(2, 2) == 5"]  # the last is wrong


def mbpp(completions):
    return code_reward(completions, test_list=[MBPP_TESTS] * len(completions), timeout_s=3)


def test_partial_credit_is_the_share_of_passing_asserts():
    assert mbpp(["def add(a, b):\n    return a + b"]) == [pytest.approx(2 / 3)]
    assert mbpp(["```python\ndef add(a, b):\n    return a - b\n```"]) == [pytest.approx(0.0)]
    assert mbpp(["def add(a, b) return"]) == [0.0]  # does not even parse


def test_humaneval_canonical_solutions_pass_and_wrong_ones_do_not():
    with gzip.open(eval_set_path("humaneval"), "rt") as fh:
        rows = [json.loads(line) for line in fh][:6]
    good = code_reward([r["canonical_solution"] for r in rows], prompt=[r["prompt"] for r in rows],
                       test=[r["test"] for r in rows], entry_point=[r["entry_point"] for r in rows])
    assert good == [1.0] * 6
    bad = code_reward(["    return None\n"] * 6, prompt=[r["prompt"] for r in rows],
                      test=[r["test"] for r in rows], entry_point=[r["entry_point"] for r in rows])
    assert max(bad) < 0.5


@pytest.mark.parametrize("name,attack", [
    ("infinite loop", "while True:\n    pass"),
    ("sleep", "import time\ntime.sleep(60)"),
    ("fork bomb", "import os\nwhile True:\n    os.fork()"),
    ("memory bomb", "x = []\nwhile True:\n    x.append(' ' * 10**8)"),
    ("network", "import socket\nsocket.create_connection(('127.0.0.1', 22), timeout=1)"),
    ("network via urllib", "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:9', timeout=1)"),
    ("parent environment", "import os\nassert os.environ.get('REASONRL_TEST_SECRET') == 'hunter2'"),
    ("proc environ", "open(f'/proc/{__import__(\"os\").getppid()}/environ').read()"),
    ("write outside", "open('/tmp/reasonrl-sandbox-escape', 'w').write('x')"),
    ("subprocess", "import subprocess\nsubprocess.run(['touch', '/tmp/reasonrl-sandbox-escape'])"),
    ("ctypes", "import ctypes\nctypes.CDLL(None).system(b'touch /tmp/reasonrl-sandbox-escape')"),
])
def test_attacks_are_contained_and_score_zero(name, attack, monkeypatch):
    monkeypatch.setenv("REASONRL_TEST_SECRET", "hunter2")
    escape = Path("/tmp/reasonrl-sandbox-escape")
    escape.unlink(missing_ok=True)
    program = f"def add(a, b):\n    return a + b\n{attack}\n"
    t0 = time.monotonic()
    assert mbpp([program]) == [0.0], name
    assert time.monotonic() - t0 < 15
    assert not escape.exists()
    assert os.environ["REASONRL_TEST_SECRET"] == "hunter2"  # the host process is untouched


def test_no_processes_are_left_behind():
    result = run_python("import os\nfor _ in range(3):\n    os.fork()\nimport time\ntime.sleep(30)", timeout_s=1)
    assert result.status in ("timeout", "error")
    time.sleep(0.2)
    left = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if "reasonrl-sbx-" in os.readlink(proc / "cwd"):
                left.append(proc.name)
        except OSError:
            continue
    assert left == []


def test_the_sandbox_runs_ordinary_code():
    result = run_python("import math, json, collections\nprint(json.dumps({'v': math.factorial(5)}))")
    assert result.status == "ok" and '"v": 120' in result.stdout


def test_helpers():
    assert extract_code("text\n```python\nx = 1\n```\nmore\n```py\ny = 2\n```") == "y = 2\n"
    assert "__reasonrl_tests['passed'] += 1" in counted_tests("def check(c):\n    assert c(1) == 2")
