"""Which code ran: the one code version a model's lineage, a pipeline version and an image tag are
named by. It is a hash of the shipped source (the library, the component interfaces, the pipeline
and its compliance and content policy files), so it is the same inside a container image, which
has no .git, as in the checkout it was built from, and it changes with any edit, committed or
not; the git commit is added for a reader when the package runs from a checkout."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
from pathlib import Path

import reasonrl

SHIPPED = ("reasonrl.components", "reasonrl.pipelines")  # shipped inside the package from outside src/
PATTERNS = ("*.py", "*.yaml")
SKIP = ("compiled",)  # the compiled pipeline YAML has its own hash (orchestration.submit)


def source_hash(roots: list[Path], patterns: tuple[str, ...] = PATTERNS, skip: tuple[str, ...] = ()) -> str:
    """sha256 over `<root name>/<relative path>` and the bytes of every matching file under
    `roots`, in sorted order (`__pycache__` and folders named in `skip` left out). A file under a
    root nested in another (an installed package holds components/ and pipelines/) counts once,
    under the nested root's name, so the hash does not depend on where the roots sit."""
    roots = [Path(r) for r in roots]
    h = hashlib.sha256()
    for root in roots:
        nested = [r for r in roots if r != root and r.is_relative_to(root)]
        files = sorted(
            p
            for pattern in patterns
            for p in root.rglob(pattern)
            if not any(part in skip or part == "__pycache__" for part in p.relative_to(root).parts)
            and not any(p.is_relative_to(r) for r in nested)
        )
        for f in files:
            h.update(f"{root.name}/{f.relative_to(root)}".encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def source_roots() -> list[Path]:
    """The folders of the shipped source: reasonrl's, and those of the packages it ships from
    outside src/ (located, not imported: importing them would load kfp)."""
    shipped = [
        Path(next(iter(importlib.util.find_spec(name).submodule_search_locations))) for name in SHIPPED
    ]
    return [Path(reasonrl.__file__).parent, *shipped]


def code_hash(roots: list[Path] | None = None) -> str:
    """sha256 of the code every component runs (`source_roots()` unless `roots` are given; not the
    compiled pipeline YAML). The single source of every code version in the project."""
    return source_hash(roots or source_roots(), skip=SKIP)


def git_commit(where: Path | None = None) -> str:
    """The short HEAD commit of the git checkout `where` (default: the package's folder) is in, or
    "" without git, outside a checkout, or for a package installed into site-packages (a
    virtualenv inside some checkout would otherwise report that checkout's commit)."""
    where = Path(where or source_roots()[0]).resolve()
    if "site-packages" in where.parts:
        return ""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--show-toplevel", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            cwd=where,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    lines = out.stdout.split()
    return lines[1] if out.returncode == 0 and len(lines) == 2 else ""


def code_version(roots: list[Path] | None = None) -> str:
    """`<package version>+<8 hex of code_hash>[.g<commit>]` (a PEP 440 local version): the 8 hex
    digits are those of the image tag and the pipeline version name, so a model's lineage points
    to the image and pipeline that made it."""
    commit = git_commit(roots[0] if roots else None)
    return f"{reasonrl.__version__}+{code_hash(roots)[:8]}" + (f".g{commit}" if commit else "")
