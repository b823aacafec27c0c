"""The package's own code: no module binds one top-level name twice (a second regex under the name of
a first silently replaces it for every use, as a capacity pattern once did the depreciation's)."""

from __future__ import annotations

import ast
from collections import Counter

from tests.conftest import ROOT


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            # (a name built up in steps reads itself: `_VNI_DECODE = {k: v for k, v in _VNI_DECODE.items() …}`)
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} if node.value is not None else set()
            names += [t.id for t in targets if isinstance(t, ast.Name) and t.id not in used]
    return names


def test_no_module_binds_a_top_level_name_twice():
    twice = {}
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        dup = sorted(n for n, c in counts.items() if c > 1)
        if dup:
            twice[str(path.relative_to(ROOT))] = dup
    assert twice == {}
