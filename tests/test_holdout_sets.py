"""Every holdout set after the first (tests/holdout2 … tests/holdoutN, tests/holdout/sets.py): its
own arithmetic is what its notes say, and every source is built. Each set's quality is scored, all
sets pooled, in tests/test_quality.py; the first set's checks are tests/test_holdout.py.
"""

from __future__ import annotations

import importlib

import pytest

from tests.holdout.evaluate import load_expected
from tests.holdout.sets import get, names

LATER = [n for n in names() if n != "holdout"]


def test_the_sets_are_found():
    assert len(LATER) >= 53, names()


@pytest.mark.parametrize("name", LATER)
def test_arithmetic_is_as_documented(name, capsys):
    arithmetic = importlib.import_module(f"tests.{name}.arithmetic")
    assert arithmetic.main() == 0, capsys.readouterr().out


@pytest.mark.parametrize("name", LATER)
def test_every_expected_plan_is_built(name):
    hs = get(name)
    stems = set(load_expected(hs.expected))
    built = {p.stem for p in hs.plans.iterdir() if p.suffix in (".docx", ".doc", ".pdf")}
    sources = {p.stem for p in hs.src.glob("*.md")}
    assert stems and stems == built == sources
