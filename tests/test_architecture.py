"""The house rules a reader relies on, read from ARCHITECTURE.md itself so the doc and the test
cannot drift: every room of src/reasonrl is a row of its table, every import of a project module
(at module level or inside a function, TYPE_CHECKING blocks included) points to the same room or
to a row below, late imports of project modules sit only at the edges or load a heavy package, and
the package has no import cycle (a late import hides a cycle from Python, not from a reader)."""

import ast
import re
from functools import cache
from pathlib import Path

import tomllib

from tests.conftest import REPO

ROOT = REPO / "src" / "reasonrl"
DOC = REPO / "ARCHITECTURE.md"
# Third-party packages whose import is costly: a core room may import a project module that loads
# one of these inside the function that needs it (ARCHITECTURE.md, "Late imports only at the edges").
HEAVY = ("torch", "transformers", "kfp", "mlflow", "great_expectations", "airflow", "vllm", "deepspeed")
# Layers of the table whose rooms may import late whatever they like: they parse, call and write.
EDGE_LAYERS = ("edges", "stages")
# Late imports of light project modules in rooms another change owns; each goes when its room is
# next revised (the test fails when one is gone, so the list only shrinks).
PENDING = {
    ("generation/hf.py", "reasonrl.generation.stops"),
    ("generation/hf.py", "reasonrl.modeling.device"),
}


def _table() -> list[tuple[str, list[str]]]:
    """(layer, rooms) per row of ARCHITECTURE.md's table, top row first; a room is a folder
    (`cli/`) or a file (`errors.py`) of src/reasonrl, and an empty layer cell continues the one above."""
    rows, inside, layer = [], False, ""
    for line in DOC.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[:2] == ["layer", "room"]:
            inside = True
        elif inside and not line.startswith("|"):
            break
        elif inside and not re.fullmatch(r"-+", cells[0]):
            layer = cells[0] or layer
            rows.append((layer, re.findall(r"`([^`]+)`", cells[1])))
    return rows


def _levels() -> dict[str, int]:
    """Room -> its row in the table (0 = top)."""
    return {room: i for i, (_, rooms) in enumerate(_table()) for room in rooms}


def _outside() -> tuple[str, ...]:
    """Packages that ship inside reasonrl from outside src/ (pyproject's package-dir: components/,
    pipelines/): no room of the table."""
    dirs = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    return tuple(name for name in dirs if name != "reasonrl")


@cache
def _modules() -> dict[str, Path]:
    mods = {}
    for f in ROOT.rglob("*.py"):
        rel = f.relative_to(ROOT.parent).with_suffix("")
        mods[".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)] = f
    return mods


def _room(path: Path) -> str:
    """The room a file of src/reasonrl sits in: its top folder (`data/`), or itself at the top."""
    rel = path.relative_to(ROOT)
    return f"{rel.parts[0]}/" if len(rel.parts) > 1 else rel.name


def _target_room(module: str) -> str:
    """The room an imported reasonrl module belongs to ('' for a package from outside src/)."""
    parts = module.split(".")
    if ".".join(parts[:2]) in _outside():
        return ""
    if len(parts) == 1:
        return "__init__.py"
    return f"{parts[1]}/" if (ROOT / parts[1]).is_dir() else f"{parts[1]}.py"


def _scan(source: str, name: str, package: bool, mods) -> list[tuple[int, str, str, bool, bool]]:
    """(line, module, statement, late, type_checking) for every import of a reasonrl module in a
    file's source, at any depth: `module` is what is imported (`from a import b` names a.b when b
    is a module, else a), `statement` the module the statement names (a)."""
    pkg = name if package else name.rpartition(".")[0]
    out = []

    def named(node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        parts = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
        return ".".join(parts + ([node.module] if node.module else []))

    def visit(node, late: bool, checking: bool):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found = [(a.name, a.name) for a in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = named(child)
                found = [
                    (f"{base}.{a.name}" if f"{base}.{a.name}" in (*mods, *_outside()) else base, base)
                    for a in child.names
                ]
            else:
                found = []
            for module, statement in dict.fromkeys(found):
                if module.split(".")[0] == "reasonrl":
                    out.append((child.lineno, module, statement, late, checking))
            visit(
                child,
                late or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)),
                checking or (isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)),
            )

    visit(ast.parse(source), False, False)
    return out


@cache
def _imports(path: Path) -> tuple[tuple[int, str, str, bool, bool], ...]:
    mods = _modules()
    name = next(m for m, f in mods.items() if f == path)
    return tuple(_scan(path.read_text(), name, path.name == "__init__.py", mods))


def _third_party_at_import(path: Path) -> set[str]:
    """Top-level names of the non-project packages the file imports when it is imported."""
    out = set()

    def visit(node):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import):
                out.update(a.name.split(".")[0] for a in child.names)
            elif isinstance(child, ast.ImportFrom) and not child.level and child.module:
                out.add(child.module.split(".")[0])
            visit(child)

    visit(ast.parse(path.read_text()))
    return out - {"reasonrl"}


@cache
def _heavy_modules() -> frozenset[str]:
    """The project modules whose import loads a HEAVY package: themselves, through their parent
    packages, or through anything they import at import time (a fixed point over the package)."""
    mods = _modules()
    chain = {m: {".".join(m.split(".")[:i]) for i in range(1, m.count(".") + 1)} & set(mods) for m in mods}
    deps = {
        m: chain[m]
        | {t for _, t, _, late, checking in _imports(f) if not late and not checking and t in mods}
        for m, f in mods.items()
    }
    heavy = {m for m, f in mods.items() if _third_party_at_import(f) & set(HEAVY)}
    while grown := {m for m in mods if m not in heavy and deps[m] & heavy}:
        heavy |= grown
    return frozenset(heavy)


def _heavy(module: str) -> bool:
    return module in _heavy_modules()


def _upward(rel: str, source: str) -> list[str]:
    """The imports of one file (its path under src/reasonrl, its source) that point to a room
    above its own in the table."""
    mods, levels = _modules(), _levels()
    name = ".".join(("reasonrl", *Path(rel).with_suffix("").parts))
    package = rel.endswith("__init__.py")
    room = _room(ROOT / rel)
    return [
        f"{rel}:{line} ({room}) imports {module} ({_target_room(module)})"
        for line, module, _, _, _ in _scan(source, name.removesuffix(".__init__"), package, mods)
        if _target_room(module) and levels[_target_room(module)] < levels[room]
    ]


def test_the_table_names_every_room_and_only_rooms():
    """Every folder and top-level module of src/reasonrl is one row's room, once."""
    named = [room for _, rooms in _table() for room in rooms]
    assert len(named) == len(set(named)), named
    on_disk = {
        f"{p.name}/" if p.is_dir() else p.name
        for p in ROOT.iterdir()
        if p.name != "__pycache__" and (p.is_dir() or p.suffix == ".py")
    }
    assert set(named) == on_disk


def test_the_table_reads_as_the_doc_writes_it():
    rows = _table()
    assert list(dict.fromkeys(layer for layer, _ in rows)) == ["edges", "stages", "core", "bottom"]
    assert rows[0][1][0] == "cli/" and "errors.py" in rows[-1][1]
    rule = DOC.read_text().split("**Late imports only at the edges**")[1].split("\n- ")[0]
    assert all(package in rule for package in HEAVY)  # the heavy packages are the doc's


def test_every_import_points_to_its_own_room_or_a_row_below():
    """A room may import the rooms below it in ARCHITECTURE.md's table, never those above: late
    imports and TYPE_CHECKING blocks included."""
    found = [
        edge for f in sorted(_modules().values()) for edge in _upward(str(f.relative_to(ROOT)), f.read_text())
    ]
    assert not found, "imports up the table:\n" + "\n".join(found)


def test_the_upward_finder_finds_upward_imports_at_any_depth():
    source = (
        "from reasonrl.tasks import arithmetic\n"
        "from reasonrl.io import uris\n"
        "if TYPE_CHECKING:\n"
        "    from reasonrl.rl.trainer import train\n"
        "def f():\n"
        "    from ..tasks.base import TASKS\n"
        "    import reasonrl.errors\n"
        "    from reasonrl import stages\n"
    )
    assert _upward("data/x.py", source) == [
        "data/x.py:1 (data/) imports reasonrl.tasks.arithmetic (tasks/)",
        "data/x.py:4 (data/) imports reasonrl.rl.trainer (rl/)",
        "data/x.py:6 (data/) imports reasonrl.tasks.base (tasks/)",
        "data/x.py:8 (data/) imports reasonrl.stages (stages/)",
    ]
    assert _upward("tasks/x.py", source) == [
        "tasks/x.py:4 (tasks/) imports reasonrl.rl.trainer (rl/)",
        "tasks/x.py:8 (tasks/) imports reasonrl.stages (stages/)",
    ]


def test_only_orchestration_imports_the_packaged_pipeline():
    """components/ and pipelines/ ship as reasonrl.components and reasonrl.pipelines (outside the
    table, above orchestration.runtime which their components call); only orchestration/ compiles
    and runs them."""
    bad = [
        f"{f.relative_to(ROOT)}:{line} imports {target}"
        for f in _modules().values()
        for line, target, _, _, _ in _imports(f)
        if not _target_room(target) and _room(f) != "orchestration/"
    ]
    assert bad == []


def _late_light() -> set[tuple[str, str]]:
    """(file, module) for each late import of a project module that loads no heavy package, in a
    room below the edges."""
    layer = {room: layer for layer, rooms in _table() for room in rooms}
    return {
        (str(f.relative_to(ROOT)), target)
        for f in _modules().values()
        if layer[_room(f)] not in EDGE_LAYERS
        for _, target, _, late, _ in _imports(f)
        if late and _target_room(target) and not _heavy(target)
    }


def test_late_imports_of_the_project_only_at_the_edges_or_for_heavy_packages():
    """A function in a core or bottom room imports a project module late only when that module
    loads torch (or another HEAVY package) at import: anything else belongs at the top of the
    file, where a cycle it would close shows."""
    found = sorted(_late_light() - PENDING)
    assert not found, "late imports of light project modules:\n" + "\n".join(map(str, found))


def test_pending_late_imports_are_still_there():
    """A PENDING entry that is gone is removed from the list."""
    assert not PENDING - _late_light(), PENDING - _late_light()


def test_the_heavy_finder_follows_imports_and_parent_packages():
    assert _heavy("reasonrl.modeling.optim")  # imports torch at the top
    assert _heavy("reasonrl.rl.packing")
    assert not _heavy("reasonrl.modeling.device")  # torch inside its functions only
    assert not _heavy("reasonrl.tasks")


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
    """Late imports included; TYPE_CHECKING blocks aside (they never run)."""
    mods = _modules()
    graph = {
        m: {
            t
            for _, module, statement, _, checking in _imports(f)
            if not checking
            for t in (module, statement)
        }
        for m, f in mods.items()
    }
    graph = {m: {t for t in targets if t in mods and t != m} for m, targets in graph.items()}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
