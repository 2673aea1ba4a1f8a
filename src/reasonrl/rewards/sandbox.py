"""Run untrusted model-written Python in a sandbox (Linux).

Layers, each enough for a different attack:
- a separate process in a fresh temp dir, with a clean environment (no secrets), no stdin,
  `python -I` (no site, no user env), its own session so the whole process group is killed;
- rlimits: CPU seconds, address space, file size, open files, process count, no core dumps;
- a private network namespace (no interfaces up; as root, else through a user namespace), and
  where the interpreter is reachable by `nobody`, that unprivileged uid, so the kernel refuses
  process floods (RLIMIT_NPROC) and writes outside the sandbox dir;
- inside the interpreter, audit hooks (PEP 578) that refuse sockets, subprocesses, fork, exec,
  ctypes and file writes outside the sandbox dir, and any read of /proc/*/environ.
A wall-clock timeout kills what the CPU limit misses (sleeping, blocking).
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000
NOBODY = 65534

_GUARD = r'''
import os, sys
_ROOT = os.path.realpath(os.getcwd())
_DENY = {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "subprocess.Popen",
         "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "os.kill", "os.killpg",
         "ctypes.dlopen", "ctypes.dlsym", "ctypes.cdata", "os.chdir", "os.putenv", "os.unsetenv", "sys.addaudithook"}
_WRITES = {"os.remove", "os.rename", "os.mkdir", "os.rmdir", "os.chmod", "os.chown", "os.link", "os.symlink",
           "os.truncate", "os.utime", "shutil.rmtree", "shutil.copyfile", "shutil.move"}
def _inside(p):
    try:
        return os.path.realpath(os.fsdecode(p)).startswith(_ROOT + os.sep)
    except Exception:
        return False
def _hook(event, args):
    if event in _DENY:
        raise PermissionError(f"sandbox: {event} is not allowed")
    if event == "open":
        path, mode = args[0], args[1] or "r"
        if isinstance(path, int):
            return
        p = os.fsdecode(path)
        if p.startswith("/proc/") and p.endswith("environ"):
            raise PermissionError("sandbox: reading process environments is not allowed")
        if any(m in str(mode) for m in "wax+") and not _inside(p):
            raise PermissionError(f"sandbox: writing outside the sandbox dir: {p}")
    elif event in _WRITES and args and not _inside(args[0]):
        raise PermissionError(f"sandbox: {event} outside the sandbox dir")
sys.addaudithook(_hook)
del _hook
'''


@dataclass
class ExecResult:
    status: str          # "ok", "error", "timeout" or "killed"
    returncode: int | None
    stdout: str
    stderr: str


def _unshare_network() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) != 0 and libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0:
        pass  # no namespaces here: the audit hooks still refuse sockets


def _world_reachable(path: str) -> bool:
    """True when user `nobody` could traverse to `path` (every directory o+x)."""
    p = Path(os.path.realpath(path))
    return all(q.stat().st_mode & 0o001 for q in [p, *p.parents] if q.exists())


# Drop to `nobody` only where the interpreter and its stdlib stay reachable for it (a system or
# container Python); a Python under /root (pyenv) is not, and there the audit hooks stand in for
# the kernel's process and file checks.
CAN_DROP_UID = os.getuid() == 0 and _world_reachable(sys.executable) and _world_reachable(sys.base_prefix)


def _child_setup(timeout_s: float, memory_mb: int, max_procs: int, max_file_mb: int) -> None:
    """Runs in the child between fork and exec: namespaces, rlimits, uid drop."""
    _unshare_network()
    cpu = int(timeout_s) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_mb << 20, max_file_mb << 20))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if CAN_DROP_UID:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)  # NPROC is not enforced for root; for `nobody` it is
    resource.setrlimit(resource.RLIMIT_NPROC, (max_procs, max_procs))


def run_python(program: str, *, timeout_s: float = 5.0, memory_mb: int = 512, max_procs: int = 16,
               max_file_mb: int = 16) -> ExecResult:
    """Execute `program` in the sandbox and return its status and (truncated) output."""
    workdir = Path(tempfile.mkdtemp(prefix="reasonrl-sbx-"))
    try:
        (workdir / "main.py").write_text(_GUARD + "\n" + program)
        if CAN_DROP_UID:
            os.chown(workdir, NOBODY, NOBODY)
            os.chown(workdir / "main.py", NOBODY, NOBODY)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(workdir), "TMPDIR": str(workdir), "LANG": "C.UTF-8"}
        proc = subprocess.Popen(
            [sys.executable, "-I", "-B", "-X", "utf8", "main.py"], cwd=workdir, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
            preexec_fn=lambda: _child_setup(timeout_s, memory_mb, max_procs, max_file_mb))
        try:
            out, err = proc.communicate(timeout=timeout_s)
            status = "ok" if proc.returncode == 0 else ("killed" if proc.returncode < 0 else "error")
        except subprocess.TimeoutExpired:
            status = "timeout"
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the whole session, children included
            except ProcessLookupError:
                pass
        if status == "timeout":
            out, err = proc.communicate()
        return ExecResult(status, proc.returncode, out.decode("utf-8", "replace")[-20_000:],
                          err.decode("utf-8", "replace")[-4_000:])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def last_json_line(text: str) -> dict | None:
    for line in reversed(text.strip().splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None
