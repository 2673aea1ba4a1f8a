"""Plain values on the wire: the only thing that crosses from untrusted code to the judge.

Stdlib only, and no project imports: this file's source is also sent (as text) to the sandboxed
process and to the judge process, which run under the system interpreter.

Every value is a tagged JSON list, so that the receiver builds fresh builtin objects: a candidate
cannot return an object whose `__eq__` says yes to everything, a str subclass, or a proxy. Types
are checked with `type(x) is ...`, never isinstance, so subclasses are refused.

    encode_plain((1, [2.5, "a"], {3}))  ->  ["t", [["i", "1"], ["l", [["f", "2.5"], ["s", "a"]]], ["S", [["i", "3"]]]]]
    decode_plain(encode_plain(x)) == x   for every plain x
"""

MAX_ITEMS = 200_000   # a reply that builds more objects than this is refused (memory bombs)
MAX_DEPTH = 64


class NotPlain(TypeError):
    """A value that is not a plain builtin (or is too large/deep to carry)."""


def encode_plain(value, _depth=0, _budget=None):
    budget = _budget if _budget is not None else [MAX_ITEMS]
    budget[0] -= 1
    if budget[0] < 0 or _depth > MAX_DEPTH:
        raise NotPlain("value too large or too deeply nested")
    kind = type(value)
    if value is None:
        return ["n"]
    if kind is bool:
        return ["b", value]
    if kind is int:
        return ["i", str(value)]
    if kind is float:
        return ["f", repr(value)]
    if kind is complex:
        return ["c", [repr(value.real), repr(value.imag)]]
    if kind is str:
        return ["s", value]
    if kind is bytes:
        return ["y", value.hex()]
    tags = {list: "l", tuple: "t", set: "S", frozenset: "F"}
    if kind in tags:
        return [tags[kind], [encode_plain(v, _depth + 1, budget) for v in value]]
    if kind is dict:
        return ["d", [[encode_plain(k, _depth + 1, budget), encode_plain(v, _depth + 1, budget)]
                      for k, v in value.items()]]
    raise NotPlain(f"not a plain value: {kind.__name__}")


def decode_plain(node, _depth=0, _budget=None):
    """Inverse of encode_plain over *untrusted* JSON: anything off-format raises NotPlain."""
    budget = _budget if _budget is not None else [MAX_ITEMS]
    budget[0] -= 1
    if budget[0] < 0 or _depth > MAX_DEPTH:
        raise NotPlain("value too large or too deeply nested")
    if type(node) is not list or not node or type(node[0]) is not str:
        raise NotPlain("malformed value")
    tag, body = node[0], node[1] if len(node) == 2 else None
    if tag == "n" and len(node) == 1:
        return None
    if tag == "b" and type(body) is bool:
        return body
    if tag == "i" and type(body) is str and len(body) < 5000:
        return int(body)
    if tag == "f" and type(body) is str and len(body) < 64:
        return float(body)
    if tag == "c" and type(body) is list and len(body) == 2 and all(type(x) is str and len(x) < 64 for x in body):
        return complex(float(body[0]), float(body[1]))
    if tag == "s" and type(body) is str:
        return body
    if tag == "y" and type(body) is str:
        return bytes.fromhex(body)
    if tag in ("l", "t", "S", "F") and type(body) is list:
        items = [decode_plain(v, _depth + 1, budget) for v in body]
        return {"l": list, "t": tuple, "S": set, "F": frozenset}[tag](items)
    if tag == "d" and type(body) is list:
        out = {}
        for pair in body:
            if type(pair) is not list or len(pair) != 2:
                raise NotPlain("malformed dict item")
            out[decode_plain(pair[0], _depth + 1, budget)] = decode_plain(pair[1], _depth + 1, budget)
        return out
    raise NotPlain(f"malformed value with tag {tag!r}")
