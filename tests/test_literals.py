"""The substring filter in front of the phrase book's and the legal register's regexes skips only
texts a pattern cannot match (pipeline/judge/literals.py)."""

from __future__ import annotations

import random
import re

from pathlib import Path

import pytest

from pipeline.judge.literals import may_match, required_substrings

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bnhu cau\b", 0, ("nhu cau",)),
    (r"a?bc", 0, ("bc",)),
    (r"(?:ab)+c", 0, ("ab",)),
    (r"x{0,3}yz", 0, ("yz",)),
    (r"ab|cd", 0, ("ab", "cd")),
    (r"(ab|c)de", 0, ("de",)),
    (r"\bluat (?:hop tac xa|htx) 2012\b", 0, ("luat h",)),  # the parser factors out the common "h"
    (r"(?i)abc", 0, ()),  # case-insensitive: no filter
    (r"abc", re.I, ()),
    (r"(?i:ab)cd", 0, ("cd",)),
    (r"a(?=bcd)", 0, ("a",)),  # a look-ahead is not part of the match: not used
    (r"ab?", 0, ("a",)),  # one character is still worth a test
    (r"(a|)bcd", 0, ("bcd",)),
    (r"(?:a|b)", 0, ()),  # the parser makes it a class: not used
    (r"a?", 0, ()),  # matches the empty string
])
def test_required_substrings(pattern: str, flags: int, expected: tuple[str, ...]) -> None:
    assert required_substrings(pattern, flags) == expected


def test_the_filter_never_hides_a_match() -> None:
    """Every pattern of the phrase book and the register, on random texts made of their own
    pieces: whenever the pattern matches, the filter lets it through."""
    from pipeline.judge.checks import legal, phrases

    pats = [rx for *_, rx in [(0, r[1]) for r in phrases.load_phrases().regexes]]
    free, numbered = legal._by_number()
    pats += [rx for _, rx in free] + [rx for v in numbered.values() for _, rx in v]
    rng = random.Random(7)
    pieces = sorted({w for rx in pats for w in re.findall(r"[a-z0-9/%]+", rx.pattern)}) + \
        [" ", " ", ".", ",", ":", "-", "/", "1", "2026", "đ", "năm"]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 12)))
        for rx in pats:
            if rx.search(text):
                matched += 1
                assert may_match(rx, text), (rx.pattern, text)
    from pipeline.text import fold

    for src in sorted(ROOT.glob("samples/src/*.md")):
        for line in src.read_text(encoding="utf-8").splitlines():
            text = fold(line)
            for rx in pats:
                if rx.search(text):
                    matched += 1
                    assert may_match(rx, text), (rx.pattern, text)
    assert matched > 200  # the texts do exercise the patterns
