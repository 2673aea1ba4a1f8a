"""The jail: untrusted Python behind walls the kernel enforces (Linux x86-64). Stdlib only.

Not imported by the project: `sandbox.py` sends this file's source (after plain.py's) to a fresh
system interpreter, `python3 -I -S -B -c <source> <config json>`, which then, in order:

1. namespaces: new mount, network (no interface up), IPC, UTS and PID namespaces (a user
   namespace first when the caller is not root); the jail forks so the candidate is PID 1 of its
   own PID namespace (when it dies the kernel kills the rest of the namespace) and dies with its
   parent (PDEATHSIG, re-armed after the uid change, which clears it; seccomp forbids clearing it);
2. a size-capped tmpfs mounted over the work dir: the only place it can write (disk bombs stop
   at `scratch_mb`); without namespaces (a container that forbids them) nothing is writable;
3. rlimits: CPU seconds, address space, file size, open files, processes, no core dumps;
4. privileges: as root, drop to a uid of this jail's own (`jail_uid`) with no supplementary
   groups; always no capabilities and PR_SET_NO_NEW_PRIVS;
5. Landlock (kernel LSM, works unprivileged): read-only access to the interpreter's files and
   nothing else (no /proc, no /etc, no home, no project), writes only in the tmpfs, no TCP bind
   or connect, no signals or abstract sockets outside the sandbox;
6. seccomp-BPF: no execve/execveat, no fork/vfork/clone of a process (threads still work; clone3
   answers ENOSYS so libc falls back to clone, whose flags BPF can read), no sockets, ptrace,
   process_vm_*, mount, namespaces, bpf, keyrings, io_uring, modules, kexec, perf, handles, no
   setsid/setpgid (the caller kills the jail's process group), signals only to itself;
7. audit hooks (PEP 578) as a last, weaker layer: readable errors for the common attempts.

Then the program runs: mode "run" as `__main__`; mode "serve" loads it and answers calls
(one tagged-JSON line per call, see plain.py) for the referee, which compares the results in its
own process; what runs inside the walls (the hooks, serving) is inmate.py, sent ahead of this
file. Landlock and seccomp are required: where the kernel lacks them, or any wall fails to rise
for any reason, the jail refuses to run (exit 111) rather than run untrusted code without walls
or score a correct program 0 in silence.
"""

import ctypes
import json
import os
import resource
import select
import struct
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time inmate.py's source is sent ahead of this file's (sandbox.source)
    from reasonrl.verify.inmate import audit_hooks, serve

CFG = json.loads(sys.argv[1]) if __name__ == "__main__" else {}
LIBC = ctypes.CDLL(None, use_errno=True)
LIBC.syscall.restype = ctypes.c_long
LIBC.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
LIBC.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
NOBODY = 65534
JAIL_UIDS = 1 << 30  # + the jail's pid: a uid no account and no other live jail has
REFUSED = 111  # the jail could not raise its walls: nothing untrusted ran


def refuse(what, why=None):
    sys.stderr.write(f"jail: {what}: {why or os.strerror(ctypes.get_errno())}\n")
    sys.stderr.flush()
    os._exit(REFUSED)


def enter_namespaces():
    """New mount/net/ipc/uts/pid namespaces (+ user namespace when unprivileged). False if the
    kernel or container refuses them; the other walls still stand."""
    uid, gid = os.getuid(), os.getgid()
    flags = 0x20000 | 0x04000000 | 0x08000000 | 0x20000000 | 0x40000000  # NEWNS UTS IPC PID NET
    if uid != 0:
        flags |= 0x10000000  # NEWUSER: the caller becomes root of a namespace it alone maps
    if LIBC.unshare(flags) != 0:
        return False
    if uid != 0:
        for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
            with open(f"/proc/self/{name}", "w") as fh:
                fh.write(text)
    return True


def become_pid1():
    """Fork so the candidate is PID 1 of the new PID namespace; the parent only waits. Returns a
    pipe's read end that reaches EOF when the parent is gone (its getppid() reads 0 from in here).
    When PID 1 dies the kernel kills everything else in its namespace."""
    alive, holder = os.pipe()
    pid = os.fork()
    if pid:
        os.close(alive)
        _, status = os.waitpid(pid, 0)
        os._exit(
            os.waitstatus_to_exitcode(status) & 0xFF if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
        )
    os.close(holder)
    return alive


def die_with_parent(parent, alive=None):
    """(Re-)arm PR_SET_PDEATHSIG = SIGKILL, then check the parent did not die before it was armed.
    The kernel clears the death signal when the uid changes, so this runs after the privilege
    drop, and seccomp then forbids clearing it. `alive`: become_pid1's pipe (inside a PID
    namespace the parent is not visible), else the parent is checked by pid."""
    if LIBC.prctl(1, 9, 0, 0, 0) != 0:
        refuse("prctl(PDEATHSIG)")
    gone = select.select([alive], [], [], 0)[0] if alive is not None else os.getppid() != parent
    if gone:
        refuse("die_with_parent", "the jail's parent is gone")
    if alive is not None:
        os.close(alive)


def mount_scratch(workdir, size_mb, uid):
    ms_rec, ms_private, nosuid, nodev = 0x4000, 1 << 18, 2, 4
    if LIBC.mount(None, b"/", None, ms_rec | ms_private, None) != 0:
        refuse("mount --make-rprivate /")
    opts = f"size={size_mb}m,nr_inodes=4096,mode=0700,uid={uid},gid={uid}".encode()
    if LIBC.mount(b"tmpfs", workdir.encode(), b"tmpfs", nosuid | nodev, opts) != 0:
        refuse("mount tmpfs scratch")


def set_limits(cfg, shared_uid=False):
    """The resource walls. RLIMIT_NPROC counts every task of the real uid: where the jail keeps
    the caller's uid outside a user namespace (an unprivileged caller in a pod that forbids
    namespaces), the caller's own tasks count too (a trainer's threads: 30 of them and a candidate
    could not start one thread, a correct program scored 0), so the jail gets `max_procs` on top
    of what the uid runs now. Neighbouring jails of that caller then share one budget: only a uid
    of the jail's own (root callers) or a user namespace of its own separates them."""
    procs = cfg["max_procs"] + (tasks_of(os.getuid()) if shared_uid else 0)
    cpu = int(cfg["cpu_s"]) + 1
    for res, value in (
        (resource.RLIMIT_CPU, cpu),
        (resource.RLIMIT_AS, cfg["memory_mb"] << 20),
        (resource.RLIMIT_FSIZE, cfg["file_mb"] << 20),
        (resource.RLIMIT_NOFILE, 64),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_NPROC, procs),
    ):
        resource.setrlimit(res, (value, value))


def tasks_of(uid):
    """Tasks (threads included) whose real uid is `uid`, as RLIMIT_NPROC counts them. Processes
    that end while being read are skipped; an unreadable /proc raises (the walls do not rise)."""
    count = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/status") as fh:
                status = dict(line.split(":", 1) for line in fh.read().splitlines() if ":" in line)
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(status["Uid"].split()[0]) == uid:
            count += int(status["Threads"])
    return count


def jail_uid():
    """The uid a root caller's jail drops to: its own, so that RLIMIT_NPROC (counted per uid) is
    this jail's alone. With one shared uid (`nobody`) a candidate holding its processes starves
    every jail running beside it (they fail to start a thread: a correct program scored 0), and
    could signal them. Pids are unique among live processes, so JAIL_UIDS + pid is too. `nobody`
    where that id is not mapped (a container's user namespace maps only a range)."""
    uid = JAIL_UIDS + os.getpid()
    return uid if _mapped("uid_map", uid) and _mapped("gid_map", uid) else NOBODY


def _mapped(table, ident):
    with open(f"/proc/self/{table}") as fh:
        ranges = [tuple(map(int, line.split())) for line in fh if line.strip()]
    return any(inside <= ident < inside + count for inside, _, count in ranges)


def drop_privileges(userns, uid):
    if os.getuid() == 0 and not userns:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    header = struct.pack("Ii", 0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this thread
    data = bytes(24)  # effective, permitted, inheritable = 0 (two words)
    if LIBC.syscall(126, header, data) != 0:  # capset
        refuse("capset")
    if LIBC.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        refuse("no_new_privs")


def landlock(read_paths, write_dir):
    """Read-only access to read_paths, full access to write_dir (if any), nothing else."""
    abi = LIBC.syscall(444, None, ctypes.c_size_t(0), ctypes.c_uint32(1))  # LANDLOCK_CREATE_RULESET_VERSION
    if abi < 1:
        refuse("Landlock is not available")
    fs_all = (
        (1 << 13) - 1
        | (1 << 13 if abi >= 2 else 0)
        | (1 << 14 if abi >= 3 else 0)
        | (1 << 15 if abi >= 5 else 0)
    )
    net = 0b11 if abi >= 4 else 0  # BIND_TCP | CONNECT_TCP, with no rule allowing either
    scoped = 0b11 if abi >= 6 else 0  # abstract unix sockets and signals stay inside the sandbox
    attr = struct.pack("QQQ", fs_all, net, scoped)[: 8 if abi < 4 else 16 if abi < 6 else 24]
    fd = LIBC.syscall(444, attr, ctypes.c_size_t(len(attr)), ctypes.c_uint32(0))
    if fd < 0:
        refuse("landlock_create_ruleset")
    read_dir, read_file = 0b1101, 0b0101  # EXECUTE|READ_FILE|READ_DIR ; EXECUTE|READ_FILE
    rules = [(p, read_dir if os.path.isdir(p) else read_file) for p in read_paths if os.path.exists(p)]
    rules.append(("/dev/null", 0b0111))  # read and write /dev/null
    if write_dir:
        rules.append((write_dir, fs_all))
    for path, access in rules:
        pfd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        rule = struct.pack("=Qi", access, pfd)
        if LIBC.syscall(445, fd, 1, rule, 0) != 0:  # LANDLOCK_RULE_PATH_BENEATH
            refuse(f"landlock_add_rule {path}")
        os.close(pfd)
    if LIBC.syscall(446, fd, 0) != 0:
        refuse("landlock_restrict_self")
    os.close(fd)


# x86-64 syscall numbers denied with EPERM (asm/unistd_64.h).
DENY = (
    59,
    322,
    57,
    58,  # execve execveat fork vfork
    41,
    53,
    42,
    49,
    50,
    43,
    288,  # socket socketpair connect bind listen accept accept4
    101,
    310,
    311,
    312,
    438,
    440,  # ptrace process_vm_readv/writev kcmp pidfd_getfd process_madvise
    165,
    166,
    155,
    161,
    272,
    308,  # mount umount2 pivot_root chroot unshare setns
    428,
    429,
    430,
    431,
    432,
    433,
    442,  # open_tree move_mount fsopen fsconfig fsmount fspick mount_setattr
    321,
    298,
    250,
    248,
    249,
    323,  # bpf perf_event_open keyctl add_key request_key userfaultfd
    425,
    426,
    427,
    135,
    246,
    320,  # io_uring_* personality kexec_load kexec_file_load
    175,
    313,
    176,
    169,
    167,
    168,
    163,  # init/finit/delete_module reboot swapon swapoff acct
    103,
    303,
    304,  # syslog name_to_handle_at open_by_handle_at
    112,
    109,  # setsid setpgid: no leaving the group the caller kills
    200,
    129,
    297,
    434,
    424,
)  # tkill rt_sigqueueinfo rt_tgsigqueueinfo pidfd_open pidfd_send_signal
CLONE, CLONE3, CLONE_THREAD = 56, 435, 0x00010000
KILL, TGKILL, PRCTL, PR_SET_PDEATHSIG = 62, 234, 157, 1


def seccomp():
    """Install the deny-list filter above (it cannot be removed, only stacked)."""
    if os.uname().machine != "x86_64":
        refuse(f"no seccomp table for {os.uname().machine}")
    ld, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06
    allow, eperm, enosys, kill = 0x7FFF0000, 0x00050000 | 1, 0x00050000 | 38, 0x80000000

    def op(code, k, jt=0, jf=0):
        return struct.pack("HBBI", code, jt, jf, k)

    def first_arg_is(nr, value, then, otherwise):
        """If the syscall is `nr`: return `then` when its first argument (64 bits) equals
        `value`, else `otherwise`; any other syscall falls through with its number loaded."""
        return [
            op(jeq, nr, 0, 6),
            op(ld, 16),
            op(jeq, value, 0, 3),
            op(ld, 20),
            op(jeq, 0, 0, 1),
            op(ret, then),
            op(ret, otherwise),
        ]

    prog = [
        op(ld, 4),
        op(jeq, 0xC000003E, 1, 0),
        op(ret, kill),  # AUDIT_ARCH_X86_64 or die
        op(ld, 0),
        op(jge, 0x40000000, 0, 1),
        op(ret, eperm),  # no x32 ABI
        op(jeq, CLONE3, 0, 1),
        op(ret, enosys),
        op(jeq, CLONE, 0, 4),
        op(ld, 16),
        op(jset, CLONE_THREAD, 1, 0),
        op(ret, eperm),
        op(ret, allow),
    ]
    # signals only to itself (kill(pid) / tgkill(tgid)): nothing outside the sandbox, even where no
    # PID namespace or Landlock signal scoping stands; the death signal cannot be cleared
    prog += first_arg_is(KILL, os.getpid(), allow, eperm) + first_arg_is(TGKILL, os.getpid(), allow, eperm)
    prog += first_arg_is(PRCTL, PR_SET_PDEATHSIG, eperm, allow)
    for nr in DENY:
        prog += [op(jeq, nr, 0, 1), op(ret, eperm)]
    prog.append(op(ret, allow))
    code = b"".join(prog)
    buf = ctypes.create_string_buffer(code, len(code))
    fprog = struct.pack("HxxxxxxQ", len(prog), ctypes.addressof(buf))
    if LIBC.prctl(22, 2, ctypes.cast(ctypes.c_char_p(fprog), ctypes.c_void_p).value, 0, 0) != 0:
        refuse("seccomp filter")


def raise_walls(cfg):
    """Every wall, in order; returns (the program's source, whether namespaces stand)."""
    workdir, caller, parent = cfg["workdir"], os.getuid(), os.getppid()
    uid = jail_uid()  # before the PID namespace, where getpid() is 1
    with open(cfg["program"], encoding="utf-8") as fh:  # read before the work dir is covered
        program = fh.read()
    isolated = cfg["namespaces"] and enter_namespaces()
    userns = isolated and caller != 0
    alive = None
    if isolated:
        alive = become_pid1()
        mount_scratch(workdir, cfg["scratch_mb"], 0 if userns else uid)
    os.chdir(workdir)
    set_limits(cfg, shared_uid=caller != 0 and not userns)
    drop_privileges(userns, uid)
    die_with_parent(parent, alive)
    landlock(cfg["read_paths"], workdir if isolated else None)
    seccomp()
    return program, isolated


def main():
    cfg, workdir = CFG, CFG["workdir"]
    try:
        program, isolated = raise_walls(cfg)
    except BaseException as exc:  # noqa: BLE001 - any wall that did not rise is a refusal, never a run
        refuse("raising the walls", f"{type(exc).__name__}: {exc}")
    if cfg["audit"]:
        audit_hooks(os.path.realpath(workdir))
    layers = ["namespaces", "tmpfs"] * bool(isolated) + ["rlimits", "no_new_privs", "landlock", "seccomp"]
    layers += ["audit"] * bool(cfg["audit"])
    sys.stderr.write(json.dumps({"jail_layers": layers, "uid": os.getuid()}) + "\n")
    sys.stderr.flush()
    sys.argv = ["main.py"]
    if cfg["mode"] == "serve":
        serve(program)
    else:
        exec(compile(program, "main.py", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})


if __name__ == "__main__":  # as `python -c <source>`; importing this file runs nothing
    main()
