"""Run untrusted, model-written Python where the kernel, not the interpreter, says no.

    run_python("print(1 + 1)").stdout == "2\\n"

The walls are the jail's (jail.py: namespaces, a size-capped tmpfs, rlimits, a uid of the jail's
own when the caller is root, no capabilities, Landlock, seccomp; inmate.py's audit hooks only as a
last layer). The candidate runs under the *system* interpreter, which needs nothing from the
project and which a jail's uid can reach (a pyenv or venv under /root cannot be).
`REASONRL_SANDBOX_PYTHON` names another one. When the jail cannot raise its walls it refuses, and
so does this module (SandboxUnavailable): scoring untrusted code without walls, or scoring
everything 0 in silence, are both worse than stopping.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reasonrl.errors import ReasonRLError

HERE = Path(__file__).parent
REFUSED = 111
_CANDIDATES = ("/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3")


class SandboxUnavailable(ReasonRLError):
    """The jail could not raise its walls here (no Landlock, no seccomp, no usable interpreter)."""


@dataclass
class ExecResult:
    status: str  # "ok", "error", "timeout" or "killed"
    returncode: int | None
    stdout: str
    stderr: str
    layers: list[str] = field(default_factory=list)  # the walls that stood (jail_layers)


def world_reachable(path: str) -> bool:
    """True when any user could traverse to `path` (every directory o+x) and read it."""
    p = Path(os.path.realpath(path))
    return all(q.stat().st_mode & 0o001 for q in p.parents if q.exists()) and bool(p.stat().st_mode & 0o004)


@lru_cache(maxsize=1)
def interpreter() -> tuple[str, tuple[str, ...]]:
    """(system python, the paths it must read): its prefixes and the shared libraries."""
    chosen = os.environ.get("REASONRL_SANDBOX_PYTHON")
    options = [chosen] if chosen else [p for p in _CANDIDATES if os.path.exists(p)]
    usable = [p for p in options if os.access(p, os.X_OK) and (os.getuid() != 0 or world_reachable(p))]
    if not usable:
        raise SandboxUnavailable(
            f"no interpreter the sandbox user can run among {options}",
            hint="install the system python3 (apt-get install python3) or set "
            "REASONRL_SANDBOX_PYTHON to one that user nobody can read and execute",
        )
    out = subprocess.run(
        [usable[0], "-I", "-S", "-B", "-c", _PROBE], capture_output=True, text=True, check=True
    )
    return usable[0], tuple(sorted({*json.loads(out.stdout), "/etc/ld.so.cache"}))


# What the interpreter reads, found by asking it: its stdlib (with lib-dynload) and every file it
# maps once each extension module in lib-dynload is imported (its shared libraries, ld.so). The
# jail grants Landlock read access to these and nothing else: not the rest of /usr, not
# site-packages, not other programs' libraries (measured in tests/verify/test_sandbox.py).
_PROBE = """
import importlib, json, os
stdlib = os.path.dirname(os.__file__)
dynload = os.path.join(stdlib, "lib-dynload")
for name in sorted(os.listdir(dynload)) if os.path.isdir(dynload) else []:
    try:
        importlib.import_module(name.split(".")[0])
    except BaseException:
        pass
with open("/proc/self/maps") as fh:
    mapped = {line.split()[-1] for line in fh if line.rstrip().split()[-1].startswith("/")}
print(json.dumps(sorted({stdlib, *mapped})))
"""


@lru_cache(maxsize=4)
def source(*names: str) -> str:
    """The stdlib-only scripts sent to the system interpreter (plain.py's codec first)."""
    return "\n".join((HERE / n).read_text(encoding="utf-8") for n in ("plain.py", *names))


def jail_argv(
    workdir: Path,
    program: Path,
    mode: str,
    *,
    timeout_s: float,
    memory_mb: int = 512,
    max_procs: int = 16,
    max_file_mb: int = 16,
    scratch_mb: int = 32,
    audit_hooks: bool = True,
) -> list[str]:
    """The jail's command line. audit_hooks=False leaves only the kernel's walls (tests prove they
    hold alone)."""
    python, read_paths = interpreter()
    cfg = {
        "workdir": str(workdir),
        "program": str(program),
        "mode": mode,
        "cpu_s": timeout_s,
        "memory_mb": memory_mb,
        "max_procs": max_procs,
        "file_mb": max_file_mb,
        "scratch_mb": scratch_mb,
        "read_paths": list(read_paths),
        "audit": audit_hooks,
        "namespaces": os.environ.get("REASONRL_SANDBOX_NAMESPACES", "1") != "0",
    }
    return [python, "-I", "-S", "-B", "-c", source("inmate.py", "jail.py"), json.dumps(cfg)]


def private_dir() -> Path:
    """A root-only (0700) temp dir: the program waits here; the jail covers it with its tmpfs."""
    return Path(tempfile.mkdtemp(prefix="reasonrl-sbx-"))


def clean_env(workdir: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(workdir), "TMPDIR": str(workdir), "LANG": "C.UTF-8"}


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the whole session, children included
    except ProcessLookupError:
        pass
    proc.wait()


def _layers(stderr: str) -> tuple[list[str], str]:
    lines = stderr.splitlines(keepends=True)
    for i, line in enumerate(lines[:3]):
        if line.startswith('{"jail_layers"'):
            return json.loads(line)["jail_layers"], "".join(lines[:i] + lines[i + 1 :])
    return [], stderr


def run_python(
    program: str,
    *,
    timeout_s: float = 5.0,
    memory_mb: int = 512,
    max_procs: int = 16,
    max_file_mb: int = 16,
    scratch_mb: int = 32,
    audit_hooks: bool = True,
) -> ExecResult:
    """Execute `program` as __main__ in the jail; stdout/stderr go to files capped by RLIMIT_FSIZE."""
    workdir, logs = private_dir(), Path(tempfile.mkdtemp(prefix="reasonrl-sbx-out-"))
    try:
        (workdir / "main.py").write_text(program, encoding="utf-8")
        argv = jail_argv(
            workdir,
            workdir / "main.py",
            "run",
            timeout_s=timeout_s,
            memory_mb=memory_mb,
            max_procs=max_procs,
            max_file_mb=max_file_mb,
            scratch_mb=scratch_mb,
            audit_hooks=audit_hooks,
        )
        with open(logs / "out", "wb") as out, open(logs / "err", "wb") as err:
            proc = subprocess.Popen(
                argv,
                cwd=workdir,
                env=clean_env(workdir),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
            try:
                proc.wait(timeout=timeout_s + 1.0)  # + the jail's own start-up
                status = "ok" if proc.returncode == 0 else ("killed" if proc.returncode < 0 else "error")
            except subprocess.TimeoutExpired:
                status = "timeout"
            finally:
                kill_group(proc)
        stdout = (logs / "out").read_bytes()[-20_000:].decode("utf-8", "replace")
        stderr = (logs / "err").read_bytes()[-4_000:].decode("utf-8", "replace")
        layers, stderr = _layers(stderr)
        if (
            not layers and proc.returncode == REFUSED
        ):  # the walls print their line before any untrusted code runs
            raise SandboxUnavailable(
                f"the sandbox refused to start: {stderr.strip()}",
                hint="the kernel must offer Landlock and seccomp (Linux >= 5.13, x86-64)",
            )
        return ExecResult(status, proc.returncode, stdout, stderr, layers)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(logs, ignore_errors=True)
