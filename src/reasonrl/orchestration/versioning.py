"""What names a build: the image references built from the code hash (reasonrl.version, the one
code version lineage also records), so nothing built from other code can carry the same name."""

from __future__ import annotations

from reasonrl import __version__
from reasonrl.config.cluster import ImageConfig
from reasonrl.config.models import Recipe
from reasonrl.version import code_hash

FLAVOURS = ("cpu", "gpu")  # infra/docker/Dockerfile and Dockerfile.gpu


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
