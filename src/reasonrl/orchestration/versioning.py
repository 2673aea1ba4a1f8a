"""What names a build: hashes of the code every component runs, and the image references built
from them, so nothing built from other code can carry the same name."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reasonrl import __version__
from reasonrl.config.cluster import ImageConfig
from reasonrl.config.models import Recipe

FLAVOURS = ("cpu", "gpu")  # infra/docker/Dockerfile and Dockerfile.gpu


def tree_hash(
    roots: list[Path], patterns: tuple[str, ...] = ("*.py", "*.yaml"), skip: tuple[str, ...] = ()
) -> str:
    """sha256 over the relative path and bytes of every matching file under `roots`, in sorted
    order: it changes whenever a file a component runs changes, committed or not."""
    h = hashlib.sha256()
    for root in roots:
        files = sorted(
            p
            for pattern in patterns
            for p in Path(root).rglob(pattern)
            if not any(part in skip for part in p.relative_to(root).parts) and "__pycache__" not in p.parts
        )
        for f in files:
            h.update(f"{Path(root).name}/{f.relative_to(root)}".encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def code_hash() -> str:
    """The code every component runs: the library, the component interfaces, the pipeline and its
    policies (not the compiled YAML, which has its own hash)."""
    import reasonrl
    from reasonrl import components, pipelines

    return tree_hash(
        [Path(reasonrl.__file__).parent, Path(components.__file__).parent, Path(pipelines.__file__).parent],
        skip=("compiled",),
    )


def image_ref(cfg: ImageConfig, flavour: str, code: str) -> str:
    """`<registry>/<repository>:<tag>-<flavour>`, the tag `<package version>-<8 hex of code>` unless
    fixed in the recipe. Pure."""
    if flavour not in FLAVOURS:
        raise ValueError(f"image flavour {flavour!r}: one of {FLAVOURS}")
    tag = cfg.tag or f"{__version__}-{code[:8]}"
    repo = f"{cfg.registry.rstrip('/')}/{cfg.repository}" if cfg.registry else cfg.repository
    return f"{repo}:{tag}-{flavour}"


def image_refs(recipe: Recipe, code: str | None = None) -> dict[str, str]:
    """{'cpu': ref, 'gpu': ref} for a recipe's cluster.image."""
    code = code or code_hash()
    return {flavour: image_ref(recipe.cluster.image, flavour, code) for flavour in FLAVOURS}
