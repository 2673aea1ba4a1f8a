"""Validation of Kubernetes objects without a cluster: Kubernetes' own kinds against the
`kubernetes-validate` schemas, Kubeflow Trainer's and KServe's against their vendored CRDs
(infra/schemas), each strict: an unknown field is an error, as `kubectl apply --validate=strict`
makes it."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from tests.conftest import REPO

TRAINER = REPO / "infra" / "schemas" / "kubeflow-trainer-v2.3.0"
KSERVE = REPO / "infra" / "schemas" / "kserve-v0.20.0"
KUBERNETES = "1.33.0"


@functools.cache
def crds() -> dict[str, dict]:
    """kind -> {'schema': openAPIV3Schema of the served version, 'scope': Namespaced|Cluster, 'version'}."""
    out = {}
    for path in [p for d in (TRAINER, KSERVE) for p in sorted(Path(d).glob("*.yaml"))]:
        for doc in yaml.safe_load_all(path.read_text()):
            if doc and doc.get("kind") == "CustomResourceDefinition":
                version = next(v for v in doc["spec"]["versions"] if v.get("served"))
                out[doc["spec"]["names"]["kind"]] = {
                    "schema": version["schema"]["openAPIV3Schema"],
                    "scope": doc["spec"]["scope"],
                    "apiVersion": f"{doc['spec']['group']}/{version['name']}",
                }
    return out


def unknown_fields(obj, schema: dict, path: str = "") -> list[str]:
    """Paths in `obj` that `schema` does not declare (what a strict apiserver refuses)."""
    if schema.get("x-kubernetes-preserve-unknown-fields") or obj is None:
        return []
    if isinstance(obj, dict) and "properties" in schema:
        found = []
        for key, value in obj.items():
            if key in schema["properties"]:
                found += unknown_fields(value, schema["properties"][key], f"{path}.{key}")
            elif not schema.get("additionalProperties"):
                found.append(f"{path}.{key}")
        return found
    if isinstance(obj, dict) and isinstance(schema.get("additionalProperties"), dict):
        return [
            p
            for k, v in obj.items()
            for p in unknown_fields(v, schema["additionalProperties"], f"{path}.{k}")
        ]
    if isinstance(obj, list) and "items" in schema:
        return [p for i, v in enumerate(obj) for p in unknown_fields(v, schema["items"], f"{path}[{i}]")]
    return []


def problems(doc: dict) -> list[str]:
    """Every reason a strict apiserver would refuse `doc` (empty when it is valid)."""
    kind = doc.get("kind")
    if kind in crds():
        import jsonschema

        crd = crds()[kind]
        found = (
            [f"{kind}: apiVersion {doc.get('apiVersion')} (served: {crd['apiVersion']})"]
            if doc.get("apiVersion") != crd["apiVersion"]
            else []
        )
        found += [
            f"{kind} {'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in jsonschema.Draft7Validator(crd["schema"]).iter_errors(doc)
        ]
        found += [
            f"{kind}: unknown field {p}"
            for p in unknown_fields(doc.get("spec"), crd["schema"]["properties"]["spec"], "spec")
        ]
        if crd["scope"] == "Cluster" and doc.get("metadata", {}).get("namespace"):
            found.append(f"{kind} is cluster-scoped but carries namespace {doc['metadata']['namespace']}")
        return found
    import kubernetes_validate

    try:
        kubernetes_validate.validate(doc, KUBERNETES, strict=True)
    except kubernetes_validate.ValidationError as exc:
        return [f"{kind} {doc.get('metadata', {}).get('name')}: {exc.message}"]
    return []
