"""The run console: a running task's progress (a live line on a terminal, plain periodic lines
elsewhere), replaced by the task's result line; the task log keeps one line per bar."""

import io
import os
import subprocess
import sys
import textwrap
import time

import pytest

from reasonrl.orchestration.console import PROGRESS_ENV, TaskConsole, parse_progress, redirected

START = "Executing task 'rl-train'\n"
END = "Task 'rl-train' finished with status SUCCESS\n"


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def _bar(n: int, total: int = 12, eta: int = 40, post: str = ", reward=0.500, acc=0.312") -> str:
    return f"\nrl_train [progress {n}/{total} {3 * n}s eta {eta}s{post}]\n"  # as tqdm prints it


def _screen(raw: str) -> list[str]:
    """What a terminal shows: each line as left by its last carriage return and erase-line."""
    return [ln.rsplit("\r", 1)[-1].replace("\x1b[K", "") for ln in raw.split("\n")]


def _until(pred, timeout: float = 5.0) -> None:
    t0 = time.monotonic()
    while not pred():
        assert time.monotonic() - t0 < timeout, "timed out"
        time.sleep(0.01)


def test_progress_lines_parse_and_describe():
    p = parse_progress("rl_train [progress 5/12 212s eta 170s, reward=0.500, acc=0.312]", now=100.0)
    assert (p.desc, p.n, p.total, p.eta, p.postfix) == ("rl_train", 5, 12, 170, "reward=0.500, acc=0.312")
    assert p.describe(now=110.0) == "rl_train 5/12, eta 2m40s, reward=0.500, acc=0.312"  # counted down
    assert parse_progress("evaluate [progress 0/40 0s eta 0s]").describe(0) == "evaluate 0/40"
    assert parse_progress("Map [progress 3/None 1s eta 0s]").describe(0) == "Map 3"
    assert parse_progress("reward 0.5 [progress]") is None and parse_progress("step 3/12") is None


def test_on_a_terminal_a_live_line_is_replaced_by_the_result(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # the live line is cut to the terminal; xdist workers see 80
    out = FakeTTY()
    console = TaskConsole(out, lambda: tmp_path, tick=0.01)
    assert console.live
    with redirected(console):
        print(START, end="")
        print(_bar(0, eta=0, post="") + _bar(3), end="")
        _until(lambda: "acc=0.312" in (_screen(out.getvalue()) or [""])[-1])
        live = _screen(out.getvalue())[-1]
        assert live.startswith("  ..     rl-train") and live.endswith(
            "rl_train 3/12, eta 40s, reward=0.500, acc=0.312"
        )
        assert "\r\x1b[K" in out.getvalue() and "\n" not in out.getvalue()  # redrawn in place
        print(_bar(12, eta=0), end="")
        _until(lambda: "rl_train 12/12" in out.getvalue())
        print("\n" + END, end="")
    screen = [ln for ln in _screen(out.getvalue()) if ln.strip()]
    assert len(screen) == 1 and screen[0].startswith("  ok     rl-train")  # the live line gave way
    log = (tmp_path / "rl-train" / "task.log").read_text().splitlines()
    assert [ln for ln in log if "[progress" in ln] == [
        "rl_train [progress 12/12 36s eta 0s, reward=0.500, acc=0.312]"
    ]
    assert "" not in log[:-1]  # no blank line per redraw either


def test_without_a_terminal_plain_lines_come_periodically_and_stay_few(tmp_path):
    out = io.StringIO()
    console = TaskConsole(out, lambda: tmp_path, every=0.1, tick=0.01)
    assert not console.live
    with redirected(console):
        print(START, end="")
        for n in range(1, 1001):  # a thousand redraws in 0.5 s (tqdm prints at most one a second)
            print(_bar(n, total=1000), end="")
            time.sleep(0.0005)
        _until(lambda: out.getvalue().count("\n") >= 2)
        print(END, end="")
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue() and "\x1b" not in out.getvalue()
    assert lines[-1].startswith("  ok     rl-train")
    plain = lines[:-1]
    assert plain and all(ln.startswith("  ..     rl-train") and "rl_train " in ln for ln in plain)
    assert len(plain) <= 20 and len(out.getvalue().encode()) < 3_000  # one per `every`, not per step


def test_a_task_without_progress_still_shows_its_elapsed_time(tmp_path):
    out = FakeTTY()
    console = TaskConsole(out, lambda: tmp_path, tick=0.01)
    with redirected(console):
        print(START + "loading the model\n", end="")
        _until(lambda: "rl-train" in out.getvalue())
        assert _screen(out.getvalue())[-1].rstrip().endswith("s")  # '  ..     rl-train   0.0s'
        print(END.replace("SUCCESS", "FAILURE"), end="")
    assert _screen(out.getvalue())[-2].startswith("  FAILED rl-train")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a POSIX pipe")
def test_a_real_tqdm_bar_reaches_the_console_without_lag(tmp_path):
    """Through a pipe read line by line with universal newlines, as kfp.local reads a task: each
    step's line arrives before the stage goes on (a bare carriage return would arrive one late)."""
    child = textwrap.dedent(
        """
        import time
        from tqdm import tqdm
        bar = tqdm(desc="rl_train", total=3)
        for i in range(3):
            time.sleep(0.2)
            bar.update(1)
            bar.set_postfix({"reward": f"{i / 10:.3f}"})
            print(f"step {i + 1} done", flush=True)
        bar.close()
        """
    )
    env = {**os.environ, **PROGRESS_ENV}
    console = TaskConsole(io.StringIO(), lambda: tmp_path, tick=60)
    console.write(START)
    seen = []
    with subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    ) as proc:
        for line in iter(proc.stdout.readline, ""):
            console.write(line)
            if line.startswith("step "):
                seen.append((line.split()[1], console.progress and console.progress.n))
    assert seen == [("1", 1), ("2", 2), ("3", 3)]
    assert console.progress.postfix == "reward=0.200"
