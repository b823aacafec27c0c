"""Plain text every match of a regular expression contains, to skip the texts it cannot match.

Python's regex engine tries a pattern at every position of a text: a pattern opening with `\\b` or
a group costs a few microseconds a sentence even where it cannot match, and the phrase book and
the legal register try dozens of them on every sentence. A substring test (`in`, in C) first
skips most sentences. `required_substrings` reads the pattern's parse tree, so the test is exact:
a text holding none of the strings it returns has no match.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_MIN_USEFUL = 1  # even a one-character test ("/") is far cheaper than the pattern's scan


def _score(alts: tuple[str, ...]) -> tuple[int, int]:
    return (min(len(a) for a in alts), -len(alts))


def _sequence(items) -> tuple[str, ...] | None:
    """The best set of strings one of which every match of this sequence contains, or None."""
    best: tuple[str, ...] | None = None

    def offer(alts: tuple[str, ...] | None) -> None:
        nonlocal best
        if alts and all(alts) and (best is None or _score(alts) > _score(best)):
            best = alts

    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            offer(("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                offer(_sequence(sub))
        elif op is _c.BRANCH:
            alts = [_sequence(b) for b in av[1]]
            if alts and all(a is not None for a in alts):
                offer(tuple(dict.fromkeys(s for a in alts for s in a)))
        elif op in _REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                offer(_sequence(sub))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            offer(_sequence(av))
        # anything else (a class, a boundary, a look-around, a back-reference) ends the run
    if run:
        offer(("".join(run),))
    return best


@lru_cache(maxsize=1024)
def required_substrings(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Strings one of which every match of `pattern` contains; () when none is known (always
    try the pattern). Case-insensitive patterns give ()."""
    if flags & re.IGNORECASE:
        return ()
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unknown construct: no filter
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    got = _sequence(list(parsed))
    return got if got and _score(got)[0] >= _MIN_USEFUL else ()


def may_match(rx: re.Pattern[str], text: str) -> bool:
    """False only when `rx` cannot match `text` (see `required_substrings`)."""
    alts = required_substrings(rx.pattern, rx.flags)
    return not alts or any(a in text for a in alts)
