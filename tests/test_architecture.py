"""The house rules a reader relies on: no import cycles in the package, late imports included (a
late import hides a cycle from Python, not from a reader), and imports that point down the layers
of ARCHITECTURE.md."""

import ast
from pathlib import Path

from tests.conftest import REPO

ROOT = REPO / "src" / "reasonrl"


def _modules() -> dict[str, Path]:
    mods = {}
    for f in ROOT.rglob("*.py"):
        rel = f.relative_to(ROOT.parent).with_suffix("")
        mods[".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)] = f
    return mods


def _imports(path: Path, name: str, mods: dict) -> set[str]:
    """Every project module `name` imports, at any depth of the file (TYPE_CHECKING blocks aside)."""
    pkg = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for n in ast.walk(node):
            if isinstance(n, ast.Import):
                out |= {a.name for a in n.names}
            elif isinstance(n, ast.ImportFrom):
                base = n.module or ""
                if n.level:
                    parts = pkg.split(".")[: len(pkg.split(".")) - (n.level - 1)]
                    base = ".".join(parts + ([n.module] if n.module else []))
                out |= {base} | {f"{base}.{a.name}" for a in n.names}
    return {m for m in out if m in mods and m != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles_anywhere_in_the_package():
    mods = _modules()
    graph = {m: _imports(f, m, mods) for m, f in mods.items()}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_bottom_layers_do_not_import_upwards():
    """verify/ knows nothing of tasks or rewards; config/ and io/ know nothing of the stages."""
    mods = _modules()
    forbidden = {
        "reasonrl.verify": ("reasonrl.tasks", "reasonrl.rewards", "reasonrl.rl", "reasonrl.stages"),
        "reasonrl.config": (
            "reasonrl.stages",
            "reasonrl.rl",
            "reasonrl.orchestration",
            "reasonrl.compliance",
        ),
        "reasonrl.io": ("reasonrl.stages", "reasonrl.rl", "reasonrl.orchestration"),
    }
    bad = [
        (m, i)
        for m, f in mods.items()
        for room, banned in forbidden.items()
        if m.startswith(room)
        for i in _imports(f, m, mods)
        if i.startswith(banned)
    ]
    assert bad == []
