"""Plain values on the wire: the only thing that crosses from untrusted code to the referee.

Stdlib only, and no project imports: this file's source is also sent (as text) to the sandboxed
process and to the referee process, which run under the system interpreter.

Every value is a tagged JSON list, so that the receiver builds fresh builtin objects: a candidate
cannot return an object whose `__eq__` says yes to everything, a str subclass, or a proxy. Types
are checked with `type(x) is ...`, never isinstance, so subclasses are refused. The standard
library's common result types travel too, rebuilt fresh on arrival from plain data (Counter,
OrderedDict, defaultdict with a builtin factory, deque, a namedtuple as a new class of the same
name and fields, re.Match as `Match`): what crosses is their content, never their methods.

    encode_plain((1, [2.5, "a"], {3}))
        ->  ["t", [["i", "1"], ["l", [["f", "2.5"], ["s", "a"]]], ["S", [["i", "3"]]]]]
    decode_plain(encode_plain(x)) == x   for every plain x
"""

import collections
import re

MAX_ITEMS = 200_000  # a reply that builds more objects than this is refused (memory bombs)
MAX_DEPTH = 64
FACTORIES = {
    "int": int,
    "float": float,
    "str": str,
    "list": list,
    "dict": dict,
    "set": set,
    "tuple": tuple,
    "bool": bool,
}  # a defaultdict's default_factory travels by name, only these


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
    if kind in (dict, collections.Counter, collections.OrderedDict, collections.defaultdict):
        items = [
            [encode_plain(k, _depth + 1, budget), encode_plain(v, _depth + 1, budget)]
            for k, v in dict.items(value)
        ]
        if kind is collections.defaultdict:
            factory = value.default_factory
            return ["D", [next((n for n, f in FACTORIES.items() if f is factory), None), items]]
        return [{dict: "d", collections.Counter: "C", collections.OrderedDict: "O"}[kind], items]
    if kind is collections.deque:
        return ["Q", [value.maxlen, [encode_plain(v, _depth + 1, budget) for v in value]]]
    if kind is re.Match:
        spans = [list(value.span(g)) for g in range(len(value.groups()) + 1)]
        return ["M", [encode_plain(value.string, _depth + 1, budget), spans, dict(value.re.groupindex)]]
    if (
        issubclass(kind, tuple)
        and kind.__bases__ == (tuple,)
        and type(getattr(kind, "_fields", None)) is tuple
    ):
        fields = [str(f) for f in kind._fields]
        return [
            "N",
            [
                str(kind.__name__),
                fields,
                [encode_plain(v, _depth + 1, budget) for v in tuple.__iter__(value)],
            ],
        ]
    raise NotPlain(f"not a plain value: {kind.__name__}")


class Match:
    """A regular-expression match as the tests read it (group, groups, groupdict, span, start,
    end, string, truth, repr), rebuilt from the spans that crossed: the candidate's own
    re.Match object never leaves the jail."""

    def __init__(self, string, spans, names):
        self.string, self._spans, self._names = string, [tuple(s) for s in spans], dict(names)

    def _index(self, g):
        return self._names[g] if type(g) is str else g

    def span(self, g=0):
        return self._spans[self._index(g)]

    def start(self, g=0):
        return self.span(g)[0]

    def end(self, g=0):
        return self.span(g)[1]

    def group(self, *gs):
        found = [None if self.span(g)[0] < 0 else self.string[slice(*self.span(g))] for g in (gs or (0,))]
        return found[0] if len(found) == 1 else tuple(found)

    __getitem__ = group

    def groups(self, default=None):
        return tuple(default if s[0] < 0 else self.string[slice(*s)] for s in self._spans[1:])

    def groupdict(self, default=None):
        return {
            n: (default if self._spans[i][0] < 0 else self.string[slice(*self._spans[i])])
            for n, i in self._names.items()
        }

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


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
    if (
        tag == "c"
        and type(body) is list
        and len(body) == 2
        and all(type(x) is str and len(x) < 64 for x in body)
    ):
        return complex(float(body[0]), float(body[1]))
    if tag == "s" and type(body) is str:
        return body
    if tag == "y" and type(body) is str:
        return bytes.fromhex(body)
    if tag in ("l", "t", "S", "F") and type(body) is list:
        items = [decode_plain(v, _depth + 1, budget) for v in body]
        return {"l": list, "t": tuple, "S": set, "F": frozenset}[tag](items)
    if tag in ("d", "C", "O") and type(body) is list:
        return {"d": dict, "C": collections.Counter, "O": collections.OrderedDict}[tag](
            dict(_pairs(body, _depth, budget))
        )
    if tag == "D" and type(body) is list and len(body) == 2 and (body[0] is None or body[0] in FACTORIES):
        return collections.defaultdict(FACTORIES.get(body[0]), _pairs(body[1], _depth, budget))
    if (
        tag == "Q"
        and type(body) is list
        and len(body) == 2
        and (body[0] is None or type(body[0]) is int)
        and type(body[1]) is list
    ):
        return collections.deque([decode_plain(v, _depth + 1, budget) for v in body[1]], body[0])
    if (
        tag == "N"
        and type(body) is list
        and len(body) == 3
        and type(body[0]) is str
        and type(body[1]) is list
        and len(body[1]) < 256
        and all(type(f) is str for f in body[1])
        and type(body[2]) is list
    ):
        values = [decode_plain(v, _depth + 1, budget) for v in body[2]]
        return collections.namedtuple(body[0], body[1])(
            *values
        )  # a fresh class: names are checked by namedtuple
    if tag == "M" and type(body) is list and len(body) == 3:
        return _match(decode_plain(body[0], _depth + 1, budget), body[1], body[2])
    raise NotPlain(f"malformed value with tag {tag!r}")


def _pairs(body, depth, budget):
    if type(body) is not list:
        raise NotPlain("malformed mapping")
    out = []
    for pair in body:
        if type(pair) is not list or len(pair) != 2:
            raise NotPlain("malformed dict item")
        out.append((decode_plain(pair[0], depth + 1, budget), decode_plain(pair[1], depth + 1, budget)))
    return out


def _match(string, spans, names):
    ok = (
        type(string) in (str, bytes) and type(spans) is list and 0 < len(spans) < 1000 and type(names) is dict
    )
    ok = ok and all(
        type(s) is list and len(s) == 2 and all(type(i) is int and -1 <= i <= len(string) for i in s)
        for s in spans
    )
    if not ok or not all(type(k) is str and type(i) is int and 0 < i < len(spans) for k, i in names.items()):
        raise NotPlain("malformed match")
    return Match(string, spans, names)
