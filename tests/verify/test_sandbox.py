"""Untrusted code meets the kernel's walls, not just the interpreter's: every attack below runs
with the audit hooks switched OFF (so only namespaces, tmpfs, rlimits, the uid drop, Landlock and
seccomp stand), as root (CI runs as root) and again from an unprivileged caller. An attack prints
ESCAPED when the forbidden thing worked; side effects are checked from outside as well."""

import os
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from reasonrl.verify.sandbox import jail_argv, private_dir, run_python
from tests.conftest import REPO

MARK = f"reasonrl-escape-{uuid.uuid4().hex[:8]}"
LIBC = "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
ATTACKS = {
    "write /tmp with open": f"open('/tmp/{MARK}', 'w').write('x')",
    "write /tmp with os.open": f"import os\nos.close(os.open('/tmp/{MARK}', os.O_WRONLY | os.O_CREAT))",
    "write /dev/shm": f"open('/dev/shm/{MARK}', 'w').write('x')",
    "mkdir outside": f"import os\nos.mkdir('/tmp/{MARK}')",
    "symlink outside": f"import os\nos.symlink('/etc/passwd', '/tmp/{MARK}')",
    "write into the project": f"open('{REPO}/{MARK}', 'w').write('x')",
    "exec with os.execv": f"import os\nos.execv('/usr/bin/touch', ['touch', '/tmp/{MARK}'])",
    "exec with subprocess": f"import subprocess\nsubprocess.run(['/usr/bin/touch', '/tmp/{MARK}'])",
    "exec with posix_spawn": f"import os\nos.posix_spawn('/usr/bin/touch', ['touch', '/tmp/{MARK}'], {{}})",
    "exec with os.system": f"import os\nos.system('touch /tmp/{MARK}')",
    "exec with ctypes system": LIBC + f"libc.system(b'touch /tmp/{MARK}')",
    "exec with a raw execve syscall": LIBC + (
        f"argv = (ctypes.c_char_p * 3)(b'/usr/bin/touch', b'/tmp/{MARK}', None)\n"
        "libc.syscall(59, b'/usr/bin/touch', argv, None)"),
    "fork": "import os\nif os.fork() > 0:\n    print('ESCAPED')\nelse:\n    os._exit(0)",
    "raw clone syscall": LIBC + "pid = libc.syscall(56, 17, 0, 0, 0, 0)\nif pid == 0:\n    libc._exit(0)\n"
                                "if pid > 0:\n    print('ESCAPED')",
    "thread flood": "import threading, time\nn = 0\nfor _ in range(200):\n    threading.Thread(target=time.sleep, "
                    "args=(2,), daemon=True).start(); n += 1\nprint('ESCAPED' if n == 200 else n)",
    "read /etc/shadow": "open('/etc/shadow').read(); print('ESCAPED')",
    "read the project": f"open('{REPO}/README.md').read(); print('ESCAPED')",
    "read the parent's environ": "open(f'/proc/{PARENT}/environ').read(); print('ESCAPED')",
    "list host processes": "import os\nos.listdir('/proc'); print('ESCAPED')",
    "inherit a secret": "import os\nif 'REASONRL_TEST_SECRET' in os.environ: print('ESCAPED')",
    "kill a root process": "import os\nos.kill(VICTIM_ROOT, 9)\nprint('ESCAPED')",
    "kill a nobody process": "import os\nos.kill(VICTIM_NOBODY, 9)\nprint('ESCAPED')",
    "ptrace a nobody process": LIBC + "if libc.syscall(101, 16, VICTIM_NOBODY, 0, 0) == 0:\n    print('ESCAPED')",
    "tcp to loopback": "import socket\nsocket.create_connection(('127.0.0.1', PORT), timeout=1); print('ESCAPED')",
    "udp to loopback": "import socket\nsocket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', PORT))\n"
                       "print('ESCAPED')",
    "unix socket": "import socket\ns = socket.socket(socket.AF_UNIX)\ns.connect(UNIX_PATH)\nprint('ESCAPED')",
    "mount": LIBC + "if libc.mount(b'tmpfs', b'/mnt', b'tmpfs', 0, None) == 0:\n    print('ESCAPED')",
    "new user namespace": LIBC + "if libc.unshare(0x10000000) == 0:\n    print('ESCAPED')",
    "become root again": "import os\nos.setuid(0)\nprint('ESCAPED')",
    "memory bomb": "x = bytearray(2 << 30)\nprint('ESCAPED')",
    "disk bomb": "import os\nfor i in range(100):\n    open(f'f{i}', 'wb').write(os.urandom(1 << 20))\nprint('ESCAPED')",
}


@pytest.fixture(scope="module")
def world():
    """Things an attacker would like to reach: victims, listeners, a secret."""
    victims = [subprocess.Popen(["sleep", "120"]),
               subprocess.Popen(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "120"])]
    tcp = socket.socket()
    tcp.bind(("127.0.0.1", 0))
    tcp.listen()
    tcp.setblocking(False)
    unix_path = f"/tmp/{MARK}.sock"
    unix = socket.socket(socket.AF_UNIX)
    unix.bind(unix_path)
    os.chmod(unix_path, 0o777)
    unix.listen()
    unix.setblocking(False)
    os.environ["REASONRL_TEST_SECRET"] = "hunter2"
    names = {"PARENT": os.getpid(), "VICTIM_ROOT": victims[0].pid, "VICTIM_NOBODY": victims[1].pid,
             "PORT": tcp.getsockname()[1], "UNIX_PATH": repr(unix_path)}
    yield names
    for sock in (tcp, unix):
        with pytest.raises(BlockingIOError):  # nothing ever connected
            sock.accept()
        sock.close()
    for v in victims:
        assert v.poll() is None, "a victim process was killed"
        v.kill()
        v.wait()
    os.environ.pop("REASONRL_TEST_SECRET")
    Path(unix_path).unlink()


def _program(attack: str, names: dict) -> str:
    for key, value in names.items():
        attack = attack.replace(key, str(value))
    return f"try:\n" + "".join(f"    {line}\n" for line in attack.splitlines()) + "except BaseException as e:\n    print('refused', type(e).__name__)\n"


def _no_side_effects():
    for path in (Path("/tmp") / MARK, Path("/dev/shm") / MARK, REPO / MARK):
        assert not path.exists(), f"{path} was created"


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_kernel_walls_hold_as_root_without_audit_hooks(name, world):
    assert os.getuid() == 0, "CI runs as root: so does this test"
    result = run_python(_program(ATTACKS[name], world), timeout_s=5, memory_mb=512, audit_hooks=False)
    assert "ESCAPED" not in result.stdout, (name, result)
    assert {"namespaces", "tmpfs", "landlock", "seccomp"} <= set(result.layers) and "audit" not in result.layers
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


def _run_as_nobody(program: str) -> subprocess.CompletedProcess:
    workdir = private_dir()
    shutil.chown(workdir, 65534, 65534)
    (workdir / "main.py").write_text(program)
    shutil.chown(workdir / "main.py", 65534, 65534)
    argv = jail_argv(workdir, workdir / "main.py", "run", timeout_s=5, audit_hooks=False)
    try:
        return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *argv], cwd="/",
                              capture_output=True, text=True, timeout=20, env={"PATH": "/usr/bin:/bin"})
    finally:
        shutil.rmtree(workdir)


@pytest.mark.parametrize("name", ["write the caller's own dir", "read the caller's own file", "fork",
                                  "exec with subprocess", "tcp to loopback", "kill a nobody process", "disk bomb"])
def test_kernel_walls_hold_for_an_unprivileged_caller(name, world, nobody_dir):
    attacks = {**ATTACKS, "write the caller's own dir": f"open('{nobody_dir}/new', 'w').write('x'); print('ESCAPED')",
               "read the caller's own file": f"print(open('{nobody_dir}/secret.txt').read()); print('ESCAPED')"}
    done = _run_as_nobody(_program(attacks[name], world))
    assert '"jail_layers": ["namespaces", "tmpfs", "rlimits", "no_new_privs", "landlock", "seccomp"]' in done.stderr
    assert "ESCAPED" not in done.stdout, (name, done.stdout, done.stderr)
    assert not (nobody_dir / "new").exists()
    _no_side_effects()


def test_spinning_and_sleeping_are_killed_on_time():
    for program in ("while True:\n    pass", "import time\ntime.sleep(60)"):
        t0 = time.monotonic()
        result = run_python(program, timeout_s=1)
        assert result.status in ("timeout", "killed") and time.monotonic() - t0 < 5


def test_no_processes_are_left_behind():
    result = run_python("import threading, time\nfor _ in range(4):\n    threading.Thread(target=time.sleep, "
                        "args=(60,)).start()\ntime.sleep(60)", timeout_s=1)
    assert result.status == "timeout"
    time.sleep(0.3)
    left = [p.name for p in Path("/proc").glob("[0-9]*") if _cmdline(p).startswith("/usr/bin/python3 -I -S -B -c")]
    assert left == []


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def test_the_sandbox_runs_ordinary_code_and_writes_its_scratch():
    result = run_python("import math, json, collections, hashlib, re, threading\nopen('x.txt', 'w').write('5')\n"
                        "print(json.dumps({'v': math.factorial(int(open('x.txt').read()))}))")
    assert result.status == "ok" and '"v": 120' in result.stdout, result
    assert result.layers == ["namespaces", "tmpfs", "rlimits", "no_new_privs", "landlock", "seccomp", "audit"]


def test_without_namespaces_the_other_walls_still_stand(monkeypatch):
    """A container that forbids namespaces: no tmpfs, so nothing is writable at all."""
    monkeypatch.setenv("REASONRL_SANDBOX_NAMESPACES", "0")
    result = run_python(_program("open('x', 'w').write('x'); print('ESCAPED')", {}), audit_hooks=False)
    assert result.layers == ["rlimits", "no_new_privs", "landlock", "seccomp"] and "ESCAPED" not in result.stdout
    result = run_python(_program(ATTACKS["exec with subprocess"], {}), audit_hooks=False)
    assert "ESCAPED" not in result.stdout
    _no_side_effects()
