"""What runs inside the jail's walls: the last, weaker layer of audit hooks and the protocol that
serves the candidate's functions to the referee. Stdlib only, not imported by the project:
`sandbox.py` sends plain.py's source, this file's and jail.py's to one fresh interpreter, and
jail.py's `main` calls these once its walls stand."""

import json
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time plain.py's source is sent ahead of this file's (sandbox.source)
    from reasonrl.verify.plain import decode_plain, encode_plain


def audit_hooks(root):
    """PEP 578 hooks: not a wall (the kernel walls are), but a readable error for common tries."""
    deny = (
        "socket.",
        "subprocess.",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "os.fork",
        "os.forkpty",
        "os.kill",
        "os.killpg",
        "ctypes.",
        "sys.addaudithook",
        "os.chdir",
    )

    def hook(event, args):
        if event.startswith(deny):
            raise PermissionError(f"sandbox: {event} is not allowed")
        if event == "open" and isinstance(args[0], (str, bytes)):
            path = os.fsdecode(args[0])
            if any(m in str(args[1] or "r") for m in "wax+") and not os.path.realpath(path).startswith(
                root + "/"
            ):
                raise PermissionError(f"sandbox: writing outside the sandbox dir: {path}")

    sys.addaudithook(hook)


def serve(program):
    """Load the candidate, then answer calls: {"f": name, "a": [args]} -> {"v": plain} | {"e": kind}."""
    # The calls travel on copies of fds 0/1; the program's own stdin/stdout become /dev/null, so
    # its prints (honest debugging or a forged verdict) never enter the protocol.
    out, calls = os.fdopen(os.dup(1), "w"), os.fdopen(os.dup(0), "r")
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    ns = {"__name__": "__candidate__", "__builtins__": __builtins__}
    try:
        exec(compile(program, "solution.py", "exec"), ns)
        names = [k for k, v in ns.items() if callable(v) and not k.startswith("__")]
        out.write(json.dumps({"ready": names}) + "\n")
    except BaseException as exc:  # noqa: BLE001 - the program's failure is its verdict
        out.write(json.dumps({"load_error": type(exc).__name__}) + "\n")
        out.flush()
        return
    out.flush()
    for line in calls:
        req = json.loads(line)
        try:
            value = ns[req["f"]](*decode_plain(req["a"]))
            reply = {"v": encode_plain(value)}
        except BaseException as exc:  # noqa: BLE001
            reply = {"e": type(exc).__name__}
        out.write(json.dumps(reply) + "\n")
        out.flush()
