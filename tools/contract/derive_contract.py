#!/usr/bin/env python3
"""Derive wsmock's machine-readable WorkSpaces contract from botocore's service model.

Only structural facts are kept (types, required members, constraints, errors, pagination);
documentation text is dropped so the generated file stays small and diff-friendly.
Run from the repository root:  python3 tools/contract/derive_contract.py
"""
import gzip
import hashlib
import json
import os
import sys

import botocore

SERVICE_DIR = os.path.join("data", "workspaces", "2015-04-08")
MODEL_FILE = os.path.join(SERVICE_DIR, "service-2.json.gz")
PAGINATORS_FILE = os.path.join(SERVICE_DIR, "paginators-1.json")
SCRIPT_PATH = "tools/contract/derive_contract.py"
OUTPUT = os.path.join(
    "mock-core", "src", "main", "resources", "dev", "wsmock", "internal", "contract",
    "workspaces-2015-04-08.contract.json")

MODELLED_OPERATIONS = [
    "DescribeWorkspaceImages", "DescribeWorkspaceImagePermissions", "UpdateWorkspaceImagePermission",
    "DeleteWorkspaceImage", "CopyWorkspaceImage", "CreateWorkspaceImage", "ImportWorkspaceImage",
    "CreateTags", "DescribeTags", "DeleteTags", "CreateWorkspaceBundle", "DescribeWorkspaceBundles",
    "UpdateWorkspaceBundle", "DeleteWorkspaceBundle", "DescribeImageAssociations",
    "CreateUpdatedWorkspaceImage",
    "ImportCustomWorkspaceImage", "DescribeCustomWorkspaceImageImport",
    "RegisterWorkspaceDirectory", "DescribeWorkspaceDirectories", "DeregisterWorkspaceDirectory",
]

# Shape-level keys that carry structure (everything else, e.g. documentation, is dropped).
SHAPE_KEYS = ["type", "required", "min", "max", "pattern", "enum", "timestampFormat",
              "error", "exception", "fault", "union", "sensitive", "deprecated"]


def botocore_root():
    return os.path.dirname(botocore.__file__)


def load_model():
    path = os.path.join(botocore_root(), MODEL_FILE)
    with open(path, "rb") as f:
        raw = f.read()
    return json.loads(gzip.decompress(raw)), hashlib.sha256(raw).hexdigest()


def load_paginators():
    path = os.path.join(botocore_root(), PAGINATORS_FILE)
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return json.load(f).get("pagination", {})


def ref(r):
    # A member reference keeps only the target shape (plus a wire name, if the model renames it).
    out = {"shape": r["shape"]}
    if "locationName" in r:
        out["locationName"] = r["locationName"]
    return out


def clean_shape(shape):
    out = {k: shape[k] for k in SHAPE_KEYS if k in shape}
    if "members" in shape:
        out["members"] = {name: ref(r) for name, r in shape["members"].items()}
    for k in ("member", "key", "value"):
        if k in shape:
            out[k] = ref(shape[k])
    return out


def children(shape):
    for r in shape.get("members", {}).values():
        yield r["shape"]
    for k in ("member", "key", "value"):
        if k in shape:
            yield shape[k]["shape"]


def pagination(op_name, input_shape, paginators):
    p = paginators.get(op_name)
    if p is not None:
        return {"paginator": True,
                "inputToken": p.get("input_token"),
                "outputToken": p.get("output_token"),
                "limitKey": p.get("limit_key"),
                "resultKey": p.get("result_key")}
    members = input_shape.get("members", {}) if input_shape else {}
    if "NextToken" not in members and "MaxResults" not in members:
        return None
    return {"paginator": False,
            "inputToken": "NextToken" if "NextToken" in members else None,
            "outputToken": None,
            "limitKey": "MaxResults" if "MaxResults" in members else None,
            "resultKey": None}


def derive():
    model, digest = load_model()
    paginators = load_paginators()
    shapes = model["shapes"]
    all_ops = sorted(model["operations"])
    missing = [o for o in MODELLED_OPERATIONS if o not in model["operations"]]
    if missing:
        sys.exit("operations not in the botocore model: %s" % missing)

    operations, roots = {}, []
    for name in MODELLED_OPERATIONS:
        op = model["operations"][name]
        inp = op.get("input", {}).get("shape")
        outp = op.get("output", {}).get("shape")
        errs = [e["shape"] for e in op.get("errors", [])]
        pag = pagination(name, shapes.get(inp), paginators)
        if pag is not None and not pag["paginator"] and outp:
            # Infer the output token from the output shape when botocore has no paginator.
            if "NextToken" in shapes[outp].get("members", {}):
                pag["outputToken"] = "NextToken"
        entry = {"input": inp, "output": outp, "errors": errs}
        if pag is not None:
            entry["pagination"] = pag
        operations[name] = entry
        roots += [s for s in (inp, outp) if s] + errs

    reachable, stack = set(), list(roots)
    while stack:
        s = stack.pop()
        if s in reachable:
            continue
        reachable.add(s)
        stack.extend(children(shapes[s]))

    return {
        "source": {
            "botocoreVersion": botocore.__version__,
            "file": "botocore/" + MODEL_FILE.replace(os.sep, "/"),
            "apiVersion": model["metadata"]["apiVersion"],
            "sha256": digest,
            "protocol": model["metadata"].get("protocol"),
            "targetPrefix": model["metadata"].get("targetPrefix"),
        },
        "generatedBy": SCRIPT_PATH,
        "allOperations": all_ops,
        "operations": operations,
        "shapes": {n: clean_shape(shapes[n]) for n in sorted(reachable)},
    }


def main():
    contract = derive()
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w") as f:
        json.dump(contract, f, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %s: %d operations known, %d modelled, %d shapes"
          % (OUTPUT, len(contract["allOperations"]), len(contract["operations"]), len(contract["shapes"])))


if __name__ == "__main__":
    main()
