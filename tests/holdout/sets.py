"""The holdout sets: every folder tests/holdout*/ that holds src/, plans/ and expected/.

Each set was written blind by someone who had not read the rules (its README keeps the score
measured once before any change). One builder (tests/holdout/build.py) and one scorer
(tests/holdout/evaluate.py) serve them all, picked with `--set NAME`:

    .venv/bin/python tests/holdout/build.py --set holdout5 [STEM ...]
    .venv/bin/python tests/holdout/evaluate.py --set holdout5 --out DIR --run
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class HoldoutSet:
    name: str
    src: Path
    plans: Path
    expected: Path


def _order(name: str) -> int:
    return int(name[len("holdout"):] or 1)


def names() -> list[str]:
    """The sets, in the order they were written (holdout, holdout2, …)."""
    found = [p.name for p in TESTS.iterdir()
             if p.is_dir() and re.fullmatch(r"holdout\d*", p.name) and (p / "src").is_dir()]
    return sorted(found, key=_order)


def get(name: str) -> HoldoutSet:
    here = TESTS / name
    if not re.fullmatch(r"holdout\d*", name) or not (here / "src").is_dir():
        raise SystemExit(f"no holdout set {name!r}; the sets are: {', '.join(names())}")
    return HoldoutSet(name, here / "src", here / "plans", here / "expected")


def pick(argv: list[str] | None) -> tuple[HoldoutSet, list[str] | None]:
    """`--set NAME` (or `--set=NAME`) taken out of a command line; the first set by default."""
    if argv is None:
        import sys

        argv = sys.argv[1:]
    rest, name, i = [], "holdout", 0
    while i < len(argv):
        a = argv[i]
        if a == "--set" and i + 1 < len(argv):
            name, i = argv[i + 1], i + 2
            continue
        if a.startswith("--set="):
            name = a.split("=", 1)[1]
        else:
            rest.append(a)
        i += 1
    return get(name), rest
