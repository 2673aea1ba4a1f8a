"""Untrusted code meets the kernel's walls, not just the interpreter's: every attack below runs
with the audit hooks switched OFF (so only namespaces, tmpfs, rlimits, the uid drop, Landlock and
seccomp stand), as root (CI runs as root) and again from an unprivileged caller. An attack prints
ESCAPED when the forbidden thing worked; side effects are checked from outside as well."""

import concurrent.futures
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from reasonrl.verify.sandbox import jail_argv, private_dir, run_python, source
from tests.conftest import REPO

MARK = f"reasonrl-escape-{uuid.uuid4().hex[:8]}"
LIBC = "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
# Each attack prints ESCAPED when the forbidden thing worked and REFUSED when a wall said no, or
# leaves a file (TMP/MARK) behind; any other exception fails the test: a typo is not a refusal.
# Upper-case names (MARK, TMP, PROJECT, PARENT, VICTIM_*, PORT, UNIX_PATH) are filled in per world.
ATTACKS = {
    "write /tmp with open": "open('TMP/MARK', 'w').write('x'); print('ESCAPED')",
    "write /tmp with os.open": (
        "import os\nos.close(os.open('TMP/MARK', os.O_WRONLY | os.O_CREAT)); print('ESCAPED')"
    ),
    "write /dev/shm": "open('/dev/shm/MARK', 'w').write('x'); print('ESCAPED')",
    "mkdir outside": "import os\nos.mkdir('TMP/MARK'); print('ESCAPED')",
    "symlink outside": "import os\nos.symlink('/etc/passwd', 'TMP/MARK'); print('ESCAPED')",
    "write into the project": "open('PROJECT/MARK', 'w').write('x'); print('ESCAPED')",
    "exec with os.execv": "import os\nos.execv('/usr/bin/touch', ['touch', 'TMP/MARK'])",
    "exec with subprocess": (
        "import subprocess\nsubprocess.run(['/usr/bin/touch', 'TMP/MARK']); print('ESCAPED')"
    ),
    "exec with posix_spawn": (
        "import os\nos.waitpid(os.posix_spawn('/usr/bin/touch', ['touch', 'TMP/MARK'], {}), 0)\n"
        "print('ESCAPED')"
    ),
    "exec with os.system": "import os\nprint('ESCAPED' if os.system('touch TMP/MARK') == 0 else 'REFUSED')",
    "exec with ctypes system": LIBC
    + "print('ESCAPED' if libc.system(b'touch TMP/MARK') == 0 else 'REFUSED')",
    "exec with a raw execve syscall": LIBC
    + (
        "argv = (ctypes.c_char_p * 3)(b'/usr/bin/touch', b'TMP/MARK', None)\n"
        "libc.syscall(59, b'/usr/bin/touch', argv, None)\nprint('REFUSED')"
    ),
    "fork": "import os\npid = os.fork()\nif pid == 0:\n    os._exit(0)\nos.waitpid(pid, 0)\nprint('ESCAPED')",
    "raw clone syscall": LIBC + "pid = libc.syscall(56, 17, 0, 0, 0, 0)\nif pid == 0:\n    libc._exit(0)\n"
    "print('ESCAPED' if pid > 0 else 'REFUSED')",
    "thread flood": "import threading, time\nn = 0\ntry:\n    for _ in range(200):\n        threading.Thread("
    "target=time.sleep, args=(2,), daemon=True).start(); n += 1\nexcept RuntimeError:\n    pass\n"
    "print('ESCAPED' if n == 200 else 'REFUSED')",
    "read /etc/shadow": "open('/etc/shadow').read(); print('ESCAPED')",
    "read the project": "open('PROJECT/README.md').read(); print('ESCAPED')",
    "read the parent's environ": "open('/proc/PARENT/environ').read(); print('ESCAPED')",
    "list host processes": "import os\nos.listdir('/proc'); print('ESCAPED')",
    "inherit a secret": "import os\nprint('ESCAPED' if 'REASONRL_TEST_SECRET' in os.environ else 'REFUSED')",
    "kill a root process": "import os\nos.kill(VICTIM_ROOT, 9)\nprint('ESCAPED')",
    "kill a nobody process": "import os\nos.kill(VICTIM_NOBODY, 9)\nprint('ESCAPED')",
    "signal a nobody process with tgkill": LIBC
    + "print('ESCAPED' if libc.syscall(234, VICTIM_NOBODY, VICTIM_NOBODY, 9) == 0 "
    "else 'REFUSED')",
    "signal a nobody process with a pidfd": LIBC + "fd = libc.syscall(434, VICTIM_NOBODY, 0)\n"
    "print('ESCAPED' if fd >= 0 and libc.syscall(424, fd, 9, None, 0) == 0 "
    "else 'REFUSED')",
    "ptrace a nobody process": LIBC
    + "print('ESCAPED' if libc.syscall(101, 16, VICTIM_NOBODY, 0, 0) == 0 else 'REFUSED')",
    "tcp to loopback": (
        "import socket\nsocket.create_connection(('127.0.0.1', PORT), timeout=1); print('ESCAPED')"
    ),
    "udp to loopback": (
        "import socket\n"
        "socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', PORT))\n"
        "print('ESCAPED')"
    ),
    "unix socket": "import socket\ns = socket.socket(socket.AF_UNIX)\ns.connect(UNIX_PATH)\nprint('ESCAPED')",
    "mount": LIBC
    + "print('ESCAPED' if libc.mount(b'tmpfs', b'/mnt', b'tmpfs', 0, None) == 0 else 'REFUSED')",
    "new user namespace": LIBC + "print('ESCAPED' if libc.unshare(0x10000000) == 0 else 'REFUSED')",
    "become root again": "import os\nos.setuid(0)\nprint('ESCAPED')",
    "leave the process group": "import os\nos.setsid()\nprint('ESCAPED')",
    "clear the death signal": LIBC + "print('ESCAPED' if libc.prctl(1, 0, 0, 0, 0) == 0 else 'REFUSED')",
    "memory bomb": "x = bytearray(2 << 30)\nprint('ESCAPED')",
    "disk bomb": (
        "import os\nfor i in range(100):\n    open(f'f{i}', 'wb').write(os.urandom(1 << 20))\n"
        "print('ESCAPED')"
    ),
}


@contextlib.contextmanager
def _world(tmp: str, project: Path, mark: str):
    """Things an attacker would like to reach: victims (root and nobody), listeners, a secret.
    Yields the names the attacks use and a list the caller fills with what must hold at exit."""
    victims = [
        subprocess.Popen(["sleep", "120"]),
        subprocess.Popen(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "120"]),
    ]
    tcp = socket.socket()
    tcp.bind(("127.0.0.1", 0))
    tcp.listen()
    tcp.setblocking(False)
    unix_path = f"{tmp}/{mark}.sock"
    unix = socket.socket(socket.AF_UNIX)
    unix.bind(unix_path)
    os.chmod(unix_path, 0o777)
    unix.listen()
    unix.setblocking(False)
    os.environ["REASONRL_TEST_SECRET"] = "hunter2"
    names = {
        "MARK": mark,
        "TMP": tmp,
        "PROJECT": str(project),
        "PARENT": os.getpid(),
        "VICTIM_ROOT": victims[0].pid,
        "VICTIM_NOBODY": victims[1].pid,
        "PORT": tcp.getsockname()[1],
        "UNIX_PATH": repr(unix_path),
    }
    try:
        yield names, (tcp, unix), victims
    finally:
        os.environ.pop("REASONRL_TEST_SECRET")
        for v in victims:
            v.kill()
            v.wait()
        for sock in (tcp, unix):
            sock.close()
        Path(unix_path).unlink()


@pytest.fixture(scope="module")
def world():
    with _world("/tmp", REPO, MARK) as (names, socks, victims):
        yield names
        for sock in socks:
            with pytest.raises(BlockingIOError):  # nothing ever connected
                sock.accept()
        assert all(v.poll() is None for v in victims), "a victim process was killed"


def _program(attack: str, names: dict) -> str:
    """The attack with the world's names filled in; a wall's OSError or MemoryError prints REFUSED,
    anything else propagates (a traceback, no verdict line: the test fails)."""
    for key, value in sorted(names.items(), key=lambda kv: -len(kv[0])):
        attack = attack.replace(key, str(value))
    return (
        "try:\n"
        + "".join(f"    {line}\n" for line in attack.splitlines())
        + "except (OSError, MemoryError) as e:\n    print('REFUSED', type(e).__name__, e)\n"
    )


def _effect(stdout: str, names: dict) -> bool:
    return "ESCAPED" in stdout or any(
        Path(p).exists()
        for p in (
            f"{names['TMP']}/{names['MARK']}",
            f"/dev/shm/{names['MARK']}",
            f"{names['PROJECT']}/{names['MARK']}",
        )
    )


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_every_attack_works_without_the_jail(name, tmp_path):
    """The attack is real: run as root by the plain interpreter in a throwaway mount namespace
    (its /mnt, /tmp stand-in and project copy vanish with it), against victims and listeners of
    its own, it does what it says."""
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "README.md").write_text("a stand-in project")
    with _world(str(tmp_path), tmp_path / "project", f"proof-{uuid.uuid4().hex[:8]}") as (names, _, _):
        done = subprocess.run(
            [
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "/usr/bin/python3",
                "-I",
                "-S",
                "-c",
                _program(ATTACKS[name], names),
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PATH": "/usr/bin:/bin"},
        )
        time.sleep(0.2)  # a spawned `touch` may still be finishing
        assert _effect(done.stdout, names), (name, done.stdout, done.stderr[-2000:])
        Path(f"/dev/shm/{names['MARK']}").unlink(missing_ok=True)


def _no_side_effects():
    for path in (Path("/tmp") / MARK, Path("/dev/shm") / MARK, REPO / MARK):
        assert not path.exists(), f"{path} was created"


def _refused(stdout: str) -> bool:
    """The jailed attack ended in its verdict line REFUSED (not a traceback, not ESCAPED)."""
    return "REFUSED" in stdout and "ESCAPED" not in stdout


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_kernel_walls_hold_as_root_without_audit_hooks(name, world):
    assert os.getuid() == 0, "CI runs as root: so does this test"
    result = run_python(_program(ATTACKS[name], world), timeout_s=5, memory_mb=512, audit_hooks=False)
    assert _refused(result.stdout), (name, result)
    assert {"namespaces", "tmpfs", "landlock", "seccomp"} <= set(
        result.layers
    ) and "audit" not in result.layers
    _no_side_effects()


@pytest.fixture()
def nobody_dir():
    """A directory the *unprivileged caller* owns: the jail must keep its candidate out of it."""
    path = Path(f"/tmp/{MARK}-nobody")
    path.mkdir(mode=0o700)
    (path / "secret.txt").write_text("caller's own file")
    shutil.chown(path, 65534, 65534)
    shutil.chown(path / "secret.txt", 65534, 65534)
    yield path
    shutil.rmtree(path)


def _jail_for_nobody(program: str) -> tuple[Path, list[str]]:
    """A work dir owned by nobody holding `program` as main.py, and the jail's argv to run it."""
    workdir = private_dir()
    (workdir / "main.py").write_text(program)
    shutil.chown(workdir, 65534, 65534)
    shutil.chown(workdir / "main.py", 65534, 65534)
    return workdir, jail_argv(workdir, workdir / "main.py", "run", timeout_s=5, audit_hooks=False)


def _as_nobody(cmd: list[str], timeout: int) -> subprocess.CompletedProcess:
    """cmd run as uid/gid nobody (setpriv), from /, with a bare PATH."""
    return subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd],
        cwd="/",
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"PATH": "/usr/bin:/bin"},
    )


def _run_as_nobody(program: str) -> subprocess.CompletedProcess:
    workdir, argv = _jail_for_nobody(program)
    try:
        return _as_nobody(argv, timeout=20)
    finally:
        shutil.rmtree(workdir)


@pytest.mark.parametrize(
    "name",
    [
        "write the caller's own dir",
        "read the caller's own file",
        "fork",
        "exec with subprocess",
        "tcp to loopback",
        "kill a nobody process",
        "disk bomb",
    ],
)
def test_kernel_walls_hold_for_an_unprivileged_caller(name, world, nobody_dir):
    attacks = {
        **ATTACKS,
        "write the caller's own dir": f"open('{nobody_dir}/new', 'w').write('x'); print('ESCAPED')",
        "read the caller's own file": f"print(open('{nobody_dir}/secret.txt').read()); print('ESCAPED')",
    }
    done = _run_as_nobody(_program(attacks[name], world))
    assert (
        '"jail_layers": ["namespaces", "tmpfs", "rlimits", "no_new_privs", "landlock", "seccomp"]'
        in done.stderr
    )
    assert _refused(done.stdout), (name, done.stdout, done.stderr)
    assert not (nobody_dir / "new").exists()
    _no_side_effects()


def test_spinning_and_sleeping_are_killed_on_time():
    for program in ("while True:\n    pass", "import time\ntime.sleep(60)"):
        t0 = time.monotonic()
        result = run_python(program, timeout_s=1)
        assert result.status in ("timeout", "killed") and time.monotonic() - t0 < 5


SLEEPERS = {
    "threads": (
        "import threading, time\nfor _ in range(4):\n"
        "    threading.Thread(target=time.sleep, args=(60,)).start()\n"
        "time.sleep(60)"
    ),
    "a new session": "import os, time\ntry:\n    os.setsid()\nexcept OSError:\n    pass\ntime.sleep(60)",
    "a raw setsid": LIBC + "libc.syscall(112)\nimport time\ntime.sleep(60)",
    "a cleared death signal and a new group": LIBC + "libc.prctl(1, 0, 0, 0, 0)\nlibc.syscall(109, 0, 0)\n"
    "import time\ntime.sleep(60)",
    "fork attempts": "import os, time\nfor _ in range(8):\n    try:\n        os.fork()\n    except OSError:\n"
    "        pass\ntime.sleep(60)",
}


@pytest.mark.parametrize("namespaces", ["1", "0"])
def test_no_candidate_outlives_its_verdict(namespaces, monkeypatch):
    """Whatever a candidate does to hide (a new session, a new group, its death signal cleared,
    threads, forks), none of the jail's processes is alive once the call has returned. This test's
    jails work under a temp root of their own, so the jails of tests running beside it (the suite
    runs files in parallel) are not counted."""
    monkeypatch.setenv("REASONRL_SANDBOX_NAMESPACES", namespaces)
    root = Path(tempfile.mkdtemp(prefix="reasonrl-outlive-", dir="/tmp"))
    root.chmod(0o755)  # the jailed uid walks through it, as through /tmp
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    try:
        for name, program in SLEEPERS.items():
            result = run_python(program, timeout_s=1, audit_hooks=False)
            assert result.status in ("timeout", "killed"), (name, result)
            deadline = time.monotonic() + 2.0  # the kernel delivers the death signals asynchronously
            while _jailed(root) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert _jailed(root) == [], name
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("namespaces", ["1", "0"])
def test_a_jail_at_its_process_limit_starves_no_jail_beside_it(namespaces, monkeypatch):
    """RLIMIT_NPROC is counted per uid: were every jail the same uid (`nobody`), a candidate
    holding its threads would leave the jails beside it unable to start one (a correct program
    scored 0; how CI once failed this file). Each jail has a uid of its own."""
    monkeypatch.setenv("REASONRL_SANDBOX_NAMESPACES", namespaces)
    hog = (
        "import threading, time\nn = 0\ntry:\n    for _ in range(64):\n"
        "        threading.Thread(target=time.sleep, args=(30,), daemon=True).start(); n += 1\n"
        "except RuntimeError:\n    pass\nprint(n, flush=True)\ntime.sleep(30)"
    )
    neighbour = (
        "import threading\nts = [threading.Thread(target=int) for _ in range(4)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\nprint('started', flush=True)"
    )
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        held = pool.submit(run_python, hog, timeout_s=6, max_procs=8, audit_hooks=False)
        time.sleep(3)  # the hog's jail is up and holds what its limit allows
        beside = run_python(neighbour, timeout_s=5, max_procs=8, audit_hooks=False)
        hog_result = held.result()
    assert hog_result.stdout.split()[:1] == ["7"], hog_result  # its own limit stopped it (8 with main)
    assert beside.status == "ok" and "started" in beside.stdout, beside


def _jailed(root: Path) -> list[str]:
    """Live processes started by a jail working under `root` (its config names its work dir)."""
    mark = f"{root}/reasonrl-sbx-"
    return [p.name for p in Path("/proc").glob("[0-9]*") if mark in _cmdline(p) and not _zombie(p)]


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _zombie(proc: Path) -> bool:
    try:
        return (proc / "stat").read_text(errors="replace").rsplit(") ", 1)[-1].startswith(("Z", "X"))
    except OSError:
        return True


def test_a_wall_that_cannot_rise_is_sandbox_unavailable():
    """The caller's hard CPU limit is below the time asked for: the jail cannot set its own, so
    the call raises SandboxUnavailable (never an ordinary failed run that scores a correct
    program 0)."""
    code = (
        "import resource\nresource.setrlimit(resource.RLIMIT_CPU, (2, 2))\n"
        "from reasonrl.verify.sandbox import SandboxUnavailable, run_python\n"
        "try:\n    print(run_python('print(1)', timeout_s=5))\nexcept SandboxUnavailable as e:\n"
        "    print('UNAVAILABLE', e)\n"
    )
    # without CAP_SYS_RESOURCE (as in most containers) root cannot raise a hard limit either
    done = subprocess.run(
        ["setpriv", "--bounding-set=-sys_resource", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "UNAVAILABLE" in done.stdout and "RLIMIT" not in done.stdout.split("UNAVAILABLE")[0], done
    assert "raising the walls: ValueError" in done.stdout, done.stdout


def test_the_sandbox_runs_ordinary_code_and_writes_its_scratch():
    result = run_python(
        "import math, json, collections, hashlib, re, threading\nopen('x.txt', 'w').write('5')\n"
        "print(json.dumps({'v': math.factorial(int(open('x.txt').read()))}))"
    )
    assert result.status == "ok" and '"v": 120' in result.stdout, result
    assert result.layers == ["namespaces", "tmpfs", "rlimits", "no_new_privs", "landlock", "seccomp", "audit"]


def test_without_namespaces_the_other_walls_still_stand(monkeypatch):
    """A container that forbids namespaces: no tmpfs, so nothing is writable at all."""
    monkeypatch.setenv("REASONRL_SANDBOX_NAMESPACES", "0")
    result = run_python(_program("open('x', 'w').write('x'); print('ESCAPED')", {}), audit_hooks=False)
    assert (
        result.layers == ["rlimits", "no_new_privs", "landlock", "seccomp"] and "ESCAPED" not in result.stdout
    )
    result = run_python(_program(ATTACKS["exec with subprocess"], {}), audit_hooks=False)
    assert "ESCAPED" not in result.stdout
    _no_side_effects()


def test_seccomp_alone_keeps_signals_inside(world):
    """Without namespaces, on a kernel without Landlock's signal scoping, seccomp is the wall:
    the filter alone (no other layer raised) refuses signals to any other process, pidfds,
    leaving the group and clearing the death signal, and still lets a process signal itself."""
    walls = source("jail.py").rsplit('if __name__ == "__main__":', 1)[0]  # the functions, not main()
    probe = walls + (
        "\nimport signal\nseccomp()\nout = []\n"
        f"for nr, args in ((62, ({world['VICTIM_NOBODY']}, 0)), (62, (0, 0)), (62, (-1, 0)), "
        f"(234, ({world['VICTIM_NOBODY']}, {world['VICTIM_NOBODY']}, 0)), "
        f"(200, ({world['VICTIM_NOBODY']}, 0)), "
        f"(434, ({world['VICTIM_NOBODY']}, 0)), (112, ()), (109, (0, 0)), (157, (1, 0, 0, 0, 0))):\n"
        "    out.append(LIBC.syscall(nr, *args) == -1 and ctypes.get_errno() == 1)\n"
        "out.append(LIBC.syscall(62, os.getpid(), 0) == 0)\n"  # signal 0 to itself: allowed
        "print(out)\n"
    )
    done = subprocess.run(
        ["/usr/bin/python3", "-I", "-S", "-c", probe, "{}"], capture_output=True, text=True, timeout=30
    )
    assert done.stdout.strip() == str([True] * 10), (done.stdout, done.stderr[-2000:])


# readable to everyone outside the jail, not what the interpreter needs: other programs, docs, other libraries
OUTSIDE = [
    p
    for p in (
        "/usr/bin/bash",
        "/usr/share/common-licenses/GPL-3",
        "/usr/lib/os-release",
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/bin/perl",
    )
    if os.access(p, os.R_OK)
]


def test_landlock_grants_only_what_the_interpreter_reads():
    """Read access is the stdlib and the files the interpreter maps, not all of /usr: other
    programs, their libraries, docs and site-packages stay closed, while every stdlib extension
    the interpreter can load still loads."""
    assert len(OUTSIDE) >= 2, "this machine lacks the files the test reads"
    dynload = (
        "import os\nnames = sorted(n.split('.')[0] for n in "
        "os.listdir(os.path.dirname(os.__file__) + '/lib-dynload'))\n"
    )
    result = run_python(
        dynload
        + (
            "import importlib\nbad = []\nfor n in names:\n    try:\n        importlib.import_module(n)\n"
            "    except ImportError as e:\n        bad.append((n, str(e)))\n"
            "    except BaseException:\n        pass\n"
            f"closed = []\nfor path in {OUTSIDE!r}:\n"
            "    try:\n        open(path, 'rb').read(1)\n"
            "    except PermissionError:\n        closed.append(path)\n"
            "import json\nprint(json.dumps({'modules': len(names), 'unloadable': bad, 'closed': closed}))\n"
        ),
        audit_hooks=False,
        timeout_s=20,
    )
    seen = json.loads(result.stdout)
    assert seen["modules"] > 20 and seen["unloadable"] == [] and seen["closed"] == OUTSIDE, result


def test_an_unprivileged_callers_own_threads_leave_the_jail_its_processes(monkeypatch):
    """Without namespaces an unprivileged caller's jail keeps the caller's uid, and RLIMIT_NPROC
    counts every task of that uid: a caller holding 30 threads (a trainer does) left a candidate no
    thread to start, so a correct program failed and scored 0. The jail now gets its budget on top
    of the tasks the uid runs. The caller here is `nobody` (setpriv), holding 30 threads while it
    runs the jail."""
    monkeypatch.setenv("REASONRL_SANDBOX_NAMESPACES", "0")
    program = "import threading\nts = [threading.Thread(target=len, args=('',)) for _ in range(8)]\n"
    program += "[t.start() for t in ts]\n[t.join() for t in ts]\nprint('THREADS RAN')\n"
    workdir, argv = _jail_for_nobody(program)
    caller = (
        "import json, subprocess, sys, threading\nhold = threading.Event()\n"
        "for _ in range(30):\n    threading.Thread(target=hold.wait, daemon=True).start()\n"
        "done = subprocess.run(json.loads(sys.argv[1]), capture_output=True, text=True, timeout=20)\n"
        "print(done.stdout, done.stderr[-300:])\n"
    )
    try:
        done = _as_nobody([argv[0], "-I", "-c", caller, json.dumps(argv)], timeout=30)
    finally:
        shutil.rmtree(workdir)
    assert '"jail_layers": ["rlimits"' in done.stdout, done.stdout + done.stderr
    assert "THREADS RAN" in done.stdout, done.stdout + done.stderr
