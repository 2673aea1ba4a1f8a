"""Code verification: model-written code against a task's unit tests, with partial credit (the
share of test assertions that pass), 0.0 when the program cannot even load.

The candidate runs in the jail (sandbox.py, mode "serve"); the tests run in the referee (referee.py),
a separate process that calls the candidate's functions across plain tagged JSON and keeps the
count. So printing a fake verdict, exiting early, hooking exit, patching builtins or modules, or
returning an object that equals anything all score 0: none of it reaches the referee.

Formats: HumanEval ({prompt, test, entry_point}: a `check(candidate)` function of asserts) and
MBPP ({test_list: ["assert f(1) == 2", ...], test_setup_code}).
"""

from __future__ import annotations

import ast
import builtins
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from reasonrl.verify.sandbox import (
    SandboxUnavailable,
    clean_env,
    interpreter,
    jail_argv,
    kill_group,
    private_dir,
    source,
)

_FENCE = re.compile(r"```(?:python|py)?\s*\n(.*?)```", re.S)
COUNTER = "__reasonrl_tests"


def extract_code(completion: str) -> str:
    """The last fenced code block, else the completion itself."""
    blocks = _FENCE.findall(completion)
    return blocks[-1] if blocks else completion


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _targets(node: ast.AST) -> set[str]:
    """Names a statement or expression binds: assignments, loop and with targets, walrus, defs."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    found = [
        getattr(node, "target", None),
        *getattr(node, "targets", []),
        getattr(node, "optional_vars", None),
    ]
    return {n for t in found if t is not None for n in _names(t)}


def _sources(node: ast.AST) -> list[ast.AST]:
    """What a binder's bound value is computed from."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return node.body
    part = next(
        (
            getattr(node, k)
            for k in ("value", "iter", "context_expr", "body")
            if getattr(node, k, None) is not None
        ),
        None,
    )
    return [part] if part is not None else []


def tainted(tree: ast.AST, under_test: set[str]) -> set[str]:
    """Names whose value can depend on the code under test: the functions under test, and
    (flow-insensitively, to a fixpoint) whatever is bound from an expression that mentions one,
    including helper functions whose body calls one."""
    binders = [
        n
        for n in ast.walk(tree)
        if isinstance(
            n,
            (
                ast.Assign,
                ast.AugAssign,
                ast.AnnAssign,
                ast.For,
                ast.AsyncFor,
                ast.withitem,
                ast.NamedExpr,
                ast.comprehension,
                ast.FunctionDef,
                ast.AsyncFunctionDef,
                ast.Lambda,
            ),
        )
    ]
    seen = set(under_test)
    while True:
        grown = set(seen)
        for node in binders:
            if any(_names(part) & seen for part in _sources(node)):
                grown |= _targets(node) if not isinstance(node, ast.comprehension) else _names(node.target)
        if grown == seen:
            return seen
        seen = grown


class _CountAsserts(ast.NodeTransformer):
    """assert X  ->  try: assert X; passed += 1  except: pass  (total += 1 either way), for the
    asserts that exercise the code under test. An assert that mentions none of it (`assert True`,
    37 of HumanEval's 164 test files have one) is run but not counted: it earns nothing."""

    def __init__(self, exercised: set[str]):
        self.exercised = exercised

    def visit_Assert(self, node: ast.Assert):
        if not _names(node.test) & self.exercised:
            guarded = ast.parse("try:\n    pass\nexcept Exception:\n    pass").body
            guarded[0].body[0] = node
            return guarded
        counted = ast.parse(
            f"{COUNTER}['total'] += 1\ntry:\n    pass\n    {COUNTER}['passed'] += 1\n"
            f"except Exception:\n    pass"
        ).body
        counted[1].body[0] = node
        return counted


def counted_tests(test_code: str, under_test: tuple[str, ...] | set[str]) -> str:
    """The tests with their asserts counted, only those that exercise `under_test` (the names
    the candidate's functions are bound to in the tests)."""
    tree = ast.parse(test_code)
    tree = _CountAsserts(tainted(tree, set(under_test))).visit(tree)
    return f"{COUNTER} = {{'passed': 0, 'total': 0}}\n" + ast.unparse(ast.fix_missing_locations(tree))


@dataclass(frozen=True)
class TestSpec:
    """Trusted test code for the referee: `setup` (helpers), `tests` (asserts counted), `call` (what
    runs them), `bind` (the candidate's functions under test, bound in the referee as proxies)."""

    setup: str
    tests: str
    call: str
    bind: tuple[str, ...]


def _called(tree: ast.AST) -> set[str]:
    return {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def functions_under_test(tests: str, setup: str) -> tuple[str, ...]:
    """Names the tests call that neither Python nor the setup defines: the candidate's to supply.
    A builtin only when the tests call no other name and every assert calls it (a task whose
    function is named `sum`); otherwise a candidate defining `abs` or `len` must not answer for
    the tests' own calls."""
    defined = {
        n.id for n in ast.walk(ast.parse(setup)) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    defined |= {n.name for n in ast.walk(ast.parse(setup)) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    tree = ast.parse(tests)
    own = _called(tree) - defined - set(dir(builtins))
    if own:
        return tuple(sorted(own))
    asserts = [_called(n.test) for n in ast.walk(tree) if isinstance(n, ast.Assert)]
    return tuple(sorted(set.intersection(*asserts) - defined)) if asserts else ()


def humaneval_case(prompt: str, completion: str, test: str, entry_point: str) -> tuple[str, TestSpec]:
    """HumanEval's `check(candidate)`: the asserts that exercise `candidate` (or the entry point) count."""
    code = extract_code(completion)
    solution = code if f"def {entry_point}" in code else prompt + code
    checks = [n for n in ast.walk(ast.parse(test)) if isinstance(n, ast.FunctionDef) and n.name == "check"]
    params = {a.arg for f in checks for a in f.args.args}
    return solution, TestSpec(
        prompt, counted_tests(test, params | {entry_point}), f"check({entry_point})", (entry_point,)
    )


def stdlib_imports(tests: str, setup: str) -> str:
    """`import m` for each standard-library module the tests use without importing it (MBPP 596's
    tests call `sys.getsizeof`, relying on the solution's own `import sys`): the referee imports it
    itself, so the verdict never depends on what the candidate's namespace holds."""
    bound = {
        n.id
        for n in ast.walk(ast.parse(setup + "\n" + tests))
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    bound |= {
        a.asname or a.name.split(".")[0]
        for n in ast.walk(ast.parse(setup + "\n" + tests))
        if isinstance(n, (ast.Import, ast.ImportFrom))
        for a in n.names
    }
    used = {
        n.value.id
        for n in ast.walk(ast.parse(tests))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
    }
    return "".join(f"import {m}\n" for m in sorted(used - bound) if m in sys.stdlib_module_names)


def mbpp_case(completion: str, test_list: list[str], setup: str = "") -> tuple[str, TestSpec]:
    tests = "\n".join(test_list)
    under_test = functions_under_test(tests, setup)
    setup = stdlib_imports(tests, setup) + setup
    return extract_code(completion), TestSpec(setup, counted_tests(tests, under_test), "", under_test)


def run_tests(solution: str, spec: TestSpec, timeout_s: float = 5.0, memory_mb: int = 512) -> dict:
    """The referee's verdict {passed, total, error} for `solution` against `spec`."""
    workdir, logs = private_dir(), Path(tempfile.mkdtemp(prefix="reasonrl-referee-"))
    try:
        (workdir / "solution.py").write_text(solution, encoding="utf-8")
        cfg = {
            "jail": jail_argv(
                workdir, workdir / "solution.py", "serve", timeout_s=timeout_s, memory_mb=memory_mb
            ),
            "setup": spec.setup,
            "tests": spec.tests,
            "call": spec.call,
            "bind": list(spec.bind),
            "timeout": timeout_s,
            "stderr": str(logs / "candidate.err"),
        }
        proc = subprocess.Popen(
            [interpreter()[0], "-I", "-S", "-B", "-c", source("referee.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=logs,
            env=clean_env(logs),
            text=True,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(json.dumps(cfg) + "\n", timeout=timeout_s + 5.0)
        except subprocess.TimeoutExpired:
            return {"passed": 0, "total": 0, "error": "the tests overran"}
        finally:
            kill_group(proc)
        if not out.strip():
            raise RuntimeError(f"the code referee failed: {err.strip()[-2000:]}")
        verdict = json.loads(out.strip().splitlines()[-1])
        if verdict.get("refused"):
            raise SandboxUnavailable(
                f"the sandbox refused to start: {verdict['refused']}",
                hint="the kernel must offer Landlock and seccomp (Linux >= 5.13, x86-64)",
            )
        return verdict
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(logs, ignore_errors=True)


def score(solution: str, spec: TestSpec, timeout_s: float = 5.0) -> float:
    """Partial credit: passed / total assertions; 0.0 when nothing ran."""
    verdict = run_tests(solution, spec, timeout_s)
    return verdict["passed"] / verdict["total"] if verdict["total"] else 0.0


def score_many(cases: list[tuple[str, TestSpec]], timeout_s: float = 5.0, workers: int = 2) -> list[float]:
    """score() over (solution, spec) pairs, `workers` referees at a time (each waits on its jail)."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda case: score(*case, timeout_s=timeout_s), cases))
