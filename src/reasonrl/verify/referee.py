"""The referee: runs a task's (trusted) unit tests against a candidate that lives in the jail.

Stdlib only, not imported by the project: `code.py` sends plain.py's source + this file's to a
fresh system interpreter (`python3 -I -S -B -c ...`) with one JSON config line on stdin. The
referee starts the jailed candidate itself (mode "serve"), binds the candidate's functions to
proxies, and runs the tests here, in its own process: each call crosses as plain tagged JSON
(plain.py), so the candidate can neither see the expected values, nor return an object that
compares equal to anything, nor patch what the tests use, nor write the verdict. The verdict is
the referee's one JSON line on *its* stdout, a pipe the candidate has no handle on.

config: {"jail": argv, "setup": code, "tests": counted test code, "call": code, "bind": [names],
         "timeout": seconds, "stderr": path for the candidate's stderr}
verdict: {"passed": int, "total": int, "error": str|null[, "refused": the jail's complaint]}
"""

import json
import os
import select
import signal
import subprocess
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time plain.py's source is sent ahead of this file's (sandbox.source)
    from reasonrl.verify.plain import NotPlain, decode_plain, encode_plain
import time

MAX_LINE = 8 << 20


class CandidateError(Exception):
    """The candidate raised, died, overran, or answered with something that is not a plain value."""


class Remote:
    def __init__(self, argv, deadline, stderr_path):
        self.deadline, self.buf, self.dead, self.stderr_path = deadline, b"", False, stderr_path
        with open(stderr_path, "wb") as err:  # a file: RLIMIT_FSIZE caps what the candidate writes
            self.proc = subprocess.Popen(
                argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, start_new_session=True
            )

    def refusal(self):
        """The jail's own complaint when it could not raise its walls (nothing untrusted ran)."""
        self.proc.wait()
        with open(self.stderr_path, "rb") as fh:
            head = fh.read(4000).decode("utf-8", "replace")
        return head.strip() if self.proc.returncode == 111 and '"jail_layers"' not in head else None

    def kill(self):
        self.dead = True
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()

    def read(self):
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buf:
            left = self.deadline - time.monotonic()
            if left <= 0 or len(self.buf) > MAX_LINE or not select.select([fd], [], [], left)[0]:
                self.kill()
                raise CandidateError("timeout or oversized reply")
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                self.kill()
                raise CandidateError("the candidate exited")
            self.buf += chunk
        line, _, self.buf = self.buf.partition(b"\n")
        try:
            return json.loads(line)
        except ValueError:
            raise CandidateError("malformed reply") from None

    def call(self, name, args):
        if self.dead:
            raise CandidateError("the candidate is gone")
        try:
            self.proc.stdin.write((json.dumps({"f": name, "a": encode_plain(list(args))}) + "\n").encode())
            self.proc.stdin.flush()
        except (BrokenPipeError, NotPlain) as exc:
            raise CandidateError(str(exc)) from None
        reply = self.read()
        if type(reply) is not dict or "v" not in reply:
            raise CandidateError("the candidate raised")
        try:
            return decode_plain(reply["v"])
        except (NotPlain, ValueError, TypeError, OverflowError) as exc:
            raise CandidateError(f"not a plain value: {exc}") from None


def referee(cfg):
    remote = Remote(cfg["jail"], time.monotonic() + cfg["timeout"], cfg["stderr"])
    try:
        try:
            ready = remote.read()
        except CandidateError:
            refused = remote.refusal()
            if refused:
                return {"passed": 0, "total": 0, "error": "refused", "refused": refused}
            raise
        if type(ready) is not dict or type(ready.get("ready")) is not list:
            return {"passed": 0, "total": 0, "error": "the program did not load"}
        ns = {"__name__": "__referee__"}
        exec(compile(cfg["setup"], "setup.py", "exec"), ns)
        for name in cfg["bind"]:  # only the functions under test: never a builtin or a setup helper
            if name not in ready["ready"]:
                return {"passed": 0, "total": 0, "error": f"no function {name}"}
            ns[name] = (lambda n: lambda *args: remote.call(n, args))(name)
        exec(compile(cfg["tests"], "tests.py", "exec"), ns)
        exec(compile(cfg["call"], "call.py", "exec"), ns)
        counts = ns["__reasonrl_tests"]
        return {"passed": int(counts["passed"]), "total": int(counts["total"]), "error": None}
    except CandidateError as exc:
        return {"passed": 0, "total": 0, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - a test that cannot even run scores 0
        return {"passed": 0, "total": 0, "error": f"{type(exc).__name__}: {exc}"}
    finally:
        remote.kill()


if __name__ == "__main__":  # as `python -c <source>`; importing this file runs nothing
    sys.stdout.write(json.dumps(referee(json.loads(sys.stdin.readline()))) + "\n")
    sys.stdout.flush()
