"""What a holdout set's `arithmetic.py` checks a plan's source with (sets 3 and 4): Vietnamese
numbers, tolerances, table rows read from the plan's Markdown, text that must or must not be there,
and the report that lists each plan's failures.

A set subclasses `Plan` with its own `src` folder:

    class Plan(plancheck.Plan):
        src = Path(__file__).resolve().parent / "src"
"""

from __future__ import annotations

import re
from pathlib import Path

from samples.markup import plain_text


def vn(s: str) -> float:
    """Vietnamese number: 1.234,5 -> 1234.5."""
    return float(s.replace(".", "").replace(",", "."))


def close(a: float, b: float, tol: float = 0.01) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-9)


def off(a: float, b: float, pct: float = 5.0) -> bool:
    return abs(a - b) / abs(b) * 100 > pct


_NUM = re.compile(r"^([\d.,]+)$")


class Plan:
    src: Path  # the set's src/ folder

    def __init__(self, stem: str):
        self.stem = stem
        self.text = (self.src / f"{stem}.md").read_text(encoding="utf-8")
        # the plan as its final document reads: tracked deletions and comments out (FORMAT.md)
        self.body = plain_text(self.text.split("---", 2)[2], keep_bold=True)
        self.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                     for line in self.body.splitlines() if line.strip().startswith("|")]
        self.failures: list[str] = []

    def has(self, *snippets: str) -> None:
        for s in snippets:
            if s not in self.body:
                self.failures.append(f"text not found: {s!r}")

    def lacks(self, pattern: str, what: str) -> None:
        if m := re.search(pattern, self.body, re.I):
            self.failures.append(f"{what}: found {m.group(0)!r}")

    def count(self, snippet: str) -> int:
        return self.body.count(snippet)

    def check(self, ok: bool, what: str) -> None:
        if not ok:
            self.failures.append(what)

    def row(self, label: str, n: int = 3, skip: int = 0) -> list[float]:
        """The last n numbers of the (skip+1)-th table row whose first or second cell starts
        with `label` (a label ending in '|' must equal the whole cell) and has at least n numbers."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        seen = 0
        for r in self.rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [m.group(1) for x in r[1:] if (m := _NUM.match(x))]
                if len(nums) >= n:
                    if seen == skip:
                        return [vn(x) for x in nums[-n:]]
                    seen += 1
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def one(self, label: str, skip: int = 0) -> float:
        return self.row(label, 1, skip)[0]


# Helpers the sets' checks share: three plan years, a template placeholder, a column sum, a mean.
Y = range(3)
PLACEHOLDER = r"……|\.{4,}|\bxxx\b|\[[^\]]*(tên|nêu|ghi)[^\]]*\]"


def lines_sum(lines: list[list[float]], y: int) -> float:
    return sum(x[y] for x in lines)


def avg1(xs: list[float]) -> float:
    return round(sum(xs) / len(xs), 1)


def report(plans: list[Plan]) -> int:
    """Print each plan's result; 1 when any failed."""
    bad = 0
    for p in plans:
        print(f"{'ok' if not p.failures else 'FAIL':<5}{p.stem}")
        for f in p.failures:
            print(f"      {f}")
        bad += bool(p.failures)
    return 1 if bad else 0
