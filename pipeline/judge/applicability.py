"""Which rules apply to a plan's product category: `rules/category_matrix.yml` (DOMAIN.md §4.9).

`applies()` is the engine's question ("run this rule at all?"): True for Y and for rules not in
the matrix, False for "-", "conditional" for C. A conditional rule is run; its check evaluates
its own `condition` (e.g. waste cues) because it reads the same cell through `cell()`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pipeline import datafile
from pipeline.judge.base import PlanView
from pipeline.models import ProductCategory
from pipeline.settings import get_settings

Cell = Literal["Y", "C", "-"]
_CELLS = ("Y", "C", "-")


@lru_cache(maxsize=4)
def load_matrix(path: Path | None = None) -> dict[str, dict[str, Cell]]:
    """rule id -> category -> cell; every row must name every contract category."""
    path = path or get_settings().rules_dir / "category_matrix.yml"
    data = datafile.safe_load(path.read_text(encoding="utf-8")) or {}
    cats = list(ProductCategory.__args__)
    declared = data.get("categories") or cats
    if sorted(declared) != sorted(cats):
        raise ValueError(f"{path}: categories must be exactly {cats}")
    out: dict[str, dict[str, Cell]] = {}
    for rule_id, row in (data.get("rules") or {}).items():
        if not isinstance(row, dict) or sorted(row) != sorted(cats):
            raise ValueError(f"{path}: rule {rule_id!r} must give a cell for each of {cats}")
        bad = {k: v for k, v in row.items() if v not in _CELLS}
        if bad:
            raise ValueError(f"{path}: rule {rule_id!r}: cells must be Y, C or '-': {bad}")
        out[str(rule_id)] = dict(row)
    return out


def cell(rule_id: str, category: str) -> Cell | None:
    """The matrix cell, or None when the rule is not in the matrix (it applies everywhere)."""
    row = load_matrix().get(rule_id)
    if row is None:
        return None
    return row.get(category, row.get("other"))


def applies(rule_id: str, view: PlanView) -> bool | Literal["conditional"]:
    c = cell(rule_id, view.category)
    if c is None or c == "Y":
        return True
    if c == "-":
        return False
    return "conditional"
