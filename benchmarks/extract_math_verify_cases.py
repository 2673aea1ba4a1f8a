#!/usr/bin/env python3
"""Extract Math-Verify's own (gold, pred, expected) answer-comparison test cases.

Reads the test files straight out of a git mirror of huggingface/Math-Verify
(`git show <commit>:tests/...`), parses them with `ast` (nothing from the repo
is imported or executed), and writes /tmp/mv/math_verify_cases.json.

For every function carrying @pytest.mark.parametrize(...), the argument names
are mapped to roles by *reading the test body*: a case is kept only if the body
calls `compare_strings(gold, pred, ...)` or `verify(parse(gold), parse(pred))`
with the parametrized names in those positions and compares the result to the
parametrized expected name (`== expected` / `== result`).  Extra keyword
configuration (match_types, precision, strict, allow_set_relation_comp) is
recorded per case in "config" (helper defaults filled in from the helper's own
signature in tests/test_all.py).

Usage: python3 extract.py [GIT_DIR] [OUT_JSON]
"""

import ast
import json
import math
import subprocess
import sys
from collections import Counter, OrderedDict

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/huggingface+Math-Verify/repo"
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/mv/math_verify_cases.json"
REPO = "huggingface/Math-Verify"


def git(*args):
    return subprocess.run(
        ["git", "--git-dir", GIT_DIR, *args], check=True, capture_output=True, text=True
    ).stdout


class Unsupported(Exception):
    pass


# Only these pure functions may appear inside f-string placeholders.
SAFE_MATH = {"sqrt": math.sqrt}


def safe_eval(node):
    """Literal evaluation plus f-strings whose placeholders are math.<f>(const)."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    if isinstance(node, ast.Tuple):
        return tuple(safe_eval(e) for e in node.elts)
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(v.value)
            elif isinstance(v, ast.FormattedValue):
                val = safe_eval(v.value)
                spec = "" if v.format_spec is None else safe_eval(v.format_spec)
                if v.conversion not in (-1, None):
                    raise Unsupported("f-string conversion")
                parts.append(format(val, spec))
            else:
                raise Unsupported(ast.dump(v))
        return "".join(parts)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "math"
        and node.func.attr in SAFE_MATH
        and not node.keywords
    ):
        return SAFE_MATH[node.func.attr](*[safe_eval(a) for a in node.args])
    raise Unsupported(ast.unparse(node)[:80])


def is_parametrize(dec):
    return (
        isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute) and dec.func.attr == "parametrize"
    )


def helper_defaults(tree):
    """Defaults of compare_strings(...) as declared in tests/test_all.py."""
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef) and fn.name == "compare_strings":
            names = [a.arg for a in fn.args.args]
            defs = fn.args.defaults
            out = OrderedDict()
            for name, d in zip(names[len(names) - len(defs) :], defs, strict=True):
                out[name] = ast.literal_eval(d)
            return names, out
    raise SystemExit("compare_strings not found in tests/test_all.py")


def analyse_body(fn, argnames, cs_params):
    """Return (kind, gold_name, pred_name, expected_name, kw_map) or raise Unsupported.

    kw_map: helper kwarg -> ("const", value) | ("param", argname)
    """
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Compare):
            continue
        if len(node.ops) != 1 or not isinstance(node.ops[0], ast.Eq):
            continue
        left, right = node.left, node.comparators[0]
        if not (isinstance(right, ast.Name) and right.id in argnames):
            continue
        exp_name = right.id
        call = left
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "int"
            and len(call.args) == 1
        ):
            call = call.args[0]
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
            continue
        fname = call.func.id
        if fname == "compare_strings":
            pos = call.args
            if not all(isinstance(a, ast.Name) for a in pos[:2]) or len(pos) < 2:
                raise Unsupported("compare_strings positional args not plain names")
            # positional args map onto compare_strings' own parameter order
            bound = {cs_params[i]: pos[i] for i in range(len(pos))}
            for kw in call.keywords:
                bound[kw.arg] = kw.value
            gold_n, pred_n = bound.pop("gold"), bound.pop("pred")
            kw_map = {}
            for k, v in bound.items():
                if isinstance(v, ast.Name) and v.id in argnames:
                    kw_map[k] = ("param", v.id)
                else:
                    kw_map[k] = ("const", ast.literal_eval(v))
            found.append(("compare_strings", gold_n.id, pred_n.id, exp_name, kw_map))
        elif fname == "verify":
            # verify(parse(gold), parse(pred)) with library defaults
            if len(call.args) != 2 or call.keywords:
                raise Unsupported("verify with extra args")
            names = []
            for a in call.args:
                if not (
                    isinstance(a, ast.Call)
                    and isinstance(a.func, ast.Name)
                    and a.func.id == "parse"
                    and len(a.args) == 1
                    and not a.keywords
                    and isinstance(a.args[0], ast.Name)
                ):
                    raise Unsupported("verify args are not parse(<name>)")
                names.append(a.args[0].id)
            found.append(("verify(parse(gold), parse(pred))", names[0], names[1], exp_name, {}))
    if len(found) != 1:
        raise Unsupported(f"{len(found)} recognisable '== expected' comparisons in body")
    kind, g, p, e, kw = found[0]
    if g not in argnames or p not in argnames:
        raise Unsupported("gold/pred not parametrized names")
    return found[0]


def main():
    commit = git("rev-parse", "HEAD").strip()
    commit_date = git("log", "-1", "--format=%cI", commit).strip()
    files = [f for f in git("ls-tree", "-r", "--name-only", commit, "tests/").split() if f.endswith(".py")]
    licence_text = git("show", f"{commit}:LICENCE")
    licence = (
        "Apache-2.0" if "Apache License" in licence_text and "Version 2.0" in licence_text else "unknown"
    )

    sources = {f: git("show", f"{commit}:{f}") for f in files}
    trees = {f: ast.parse(src, filename=f) for f, src in sources.items()}
    cs_params, cs_defaults = helper_defaults(trees["tests/test_all.py"])

    cases, skipped, notes = [], [], []
    for f in files:
        tree = trees[f]
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
                continue
            decs = [d for d in fn.decorator_list if is_parametrize(d)]
            if not decs:
                notes.append(
                    {
                        "file": f,
                        "test": fn.name,
                        "reason": "not parametrized (no (gold, pred, expected) table)",
                    }
                )
                continue
            if len(decs) != 1:
                skipped.append(
                    {"file": f, "test": fn.name, "n": None, "reason": "multiple parametrize decorators"}
                )
                continue
            dec = decs[0]
            names_node, values_node = dec.args[0], dec.args[1]
            names = ast.literal_eval(names_node)
            if isinstance(names, str):
                names = [n.strip() for n in names.split(",")]
            names = list(names)
            elts = values_node.elts if isinstance(values_node, (ast.List, ast.Tuple)) else None
            if elts is None:
                skipped.append(
                    {"file": f, "test": fn.name, "n": None, "reason": "argvalues not a literal list"}
                )
                continue
            try:
                kind, g_n, p_n, e_n, kw_map = analyse_body(fn, names, cs_params)
            except Unsupported as exc:
                skipped.append(
                    {
                        "file": f,
                        "test": fn.name,
                        "n": len(elts),
                        "argnames": names,
                        "reason": f"body not mappable: {exc}",
                    }
                )
                continue
            for elt in elts:
                lineno = elt.lineno
                if (
                    isinstance(elt, ast.Call)
                    and isinstance(elt.func, ast.Attribute)
                    and elt.func.attr == "param"
                ):
                    elt = ast.Tuple(elts=elt.args, ctx=ast.Load())
                try:
                    vals = safe_eval(elt)
                except (Unsupported, ValueError, SyntaxError) as exc:
                    skipped.append(
                        {
                            "file": f,
                            "test": fn.name,
                            "n": 1,
                            "line": lineno,
                            "reason": f"value not statically evaluable: {exc}",
                        }
                    )
                    continue
                if not isinstance(vals, tuple) or len(vals) != len(names):
                    skipped.append(
                        {"file": f, "test": fn.name, "n": 1, "line": lineno, "reason": "tuple arity mismatch"}
                    )
                    continue
                row = dict(zip(names, vals, strict=True))
                gold, pred, exp = row[g_n], row[p_n], row[e_n]
                if not (isinstance(gold, str) and isinstance(pred, str)):
                    skipped.append(
                        {
                            "file": f,
                            "test": fn.name,
                            "n": 1,
                            "line": lineno,
                            "reason": "gold/pred not strings",
                        }
                    )
                    continue
                if isinstance(exp, bool) or exp in (0, 1):
                    exp = int(exp)
                else:
                    skipped.append(
                        {
                            "file": f,
                            "test": fn.name,
                            "n": 1,
                            "line": lineno,
                            "reason": "expected not boolean/0/1",
                        }
                    )
                    continue
                if kind == "compare_strings":
                    config = OrderedDict((k, v) for k, v in cs_defaults.items())
                    for k, (how, v) in kw_map.items():
                        config[k] = v if how == "const" else row[v]
                    config = {"helper": "tests.test_all.compare_strings", **config}
                else:
                    config = {"helper": kind}
                cases.append(
                    OrderedDict(
                        [
                            ("file", f),
                            ("test", fn.name),
                            ("line", lineno),
                            ("gold", gold),
                            ("pred", pred),
                            ("expected", exp),
                            ("config", config),
                        ]
                    )
                )

    per_test = Counter((c["file"], c["test"]) for c in cases)
    exp_counts = Counter(c["expected"] for c in cases)
    uniq = len(
        {(c["gold"], c["pred"], c["expected"], json.dumps(c["config"], sort_keys=True)) for c in cases}
    )
    out = OrderedDict(
        [
            ("source", REPO),
            ("commit", commit),
            ("commit_date", commit_date),
            ("licence", licence),
            ("licence_file", "LICENCE"),
            (
                "licence_note",
                "Repository LICENCE is Apache License 2.0 (pyproject: 'Apache 2.0'); "
                "tests/test_all.py additionally carries an MIT License header "
                "(Copyright (c) 2024 The HuggingFace Team).",
            ),
            ("extractor", "ast parse of tests/*.py read via git show; no repo code executed"),
            (
                "summary",
                OrderedDict(
                    [
                        ("n_cases", len(cases)),
                        ("n_unique_cases", uniq),
                        ("expected_1", exp_counts.get(1, 0)),
                        ("expected_0", exp_counts.get(0, 0)),
                        ("per_test", [{"file": k[0], "test": k[1], "n": v} for k, v in per_test.items()]),
                        ("skipped", skipped),
                        ("not_parametrized_tests", notes),
                    ]
                ),
            ),
            ("cases", cases),
        ]
    )
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)

    print("commit", commit, commit_date, "licence", licence)
    for k, v in per_test.items():
        print(f"  {k[0]}::{k[1]}: {v}")
    print(
        "total",
        len(cases),
        "unique",
        uniq,
        "expected=1:",
        exp_counts.get(1, 0),
        "expected=0:",
        exp_counts.get(0, 0),
    )
    print("skipped:")
    for s in skipped:
        print("  ", s)
    print("not parametrized:")
    for n in notes:
        print("  ", n["file"], n["test"])


if __name__ == "__main__":
    main()
