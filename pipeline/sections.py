"""Map a Document's headings to the contract's section keys (CONTRACT.md §3).

The vocabulary is data (`rules/sections.yml`). A heading is reduced to folded tokens (no case,
no diacritics, no numbering) and every vocabulary phrase found in it is a candidate; the longest
non-overlapping candidates win, which gives one key for "Thị trường và kế hoạch tiêu thụ" and two
for "Vốn và hiệu quả kinh tế". A section runs from its heading to the next heading that maps to a
key, or to an unmapped heading at the same or a shallower level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.ingest.headings import split_numbering
from pipeline.models import SECTION_KEYS, Block, BlockKind, Document, Section
from pipeline.settings import get_settings
from pipeline.text import match_key, word_count

_CAPTION_TAIL = re.compile(r"^\s*(\d+|[ivx]+\b|:|\.|$)")


@dataclass(frozen=True)
class Vocabulary:
    phrases: dict[str, list[tuple[str, ...]]]  # key -> phrase token tuples
    weak: dict[str, list[tuple[str, ...]]]  # key -> phrases that count only when nothing else matches
    levels: dict[str, str]
    names: dict[str, str]
    titles: list[tuple[str, ...]]
    ignore: list[tuple[str, ...]]
    captions: list[tuple[str, ...]]
    order: dict[str, int] = field(default_factory=dict)


def _tok(s: str) -> tuple[str, ...]:
    return tuple(match_key(s).split())


@lru_cache(maxsize=8)
def load_vocabulary(path: Path | None = None) -> Vocabulary:
    path = path or get_settings().rules_dir / "sections.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys = data.get("keys") or {}
    unknown = set(keys) - set(SECTION_KEYS)
    if unknown:
        raise ValueError(f"{path}: unknown section keys {sorted(unknown)}; allowed: {SECTION_KEYS}")
    phrases = {k: sorted({_tok(p) for p in v.get("phrases", []) if _tok(p)}, key=len, reverse=True)
               for k, v in keys.items()}
    weak = {k: sorted({_tok(p) for p in v.get("weak", []) if _tok(p)}, key=len, reverse=True)
            for k, v in keys.items()}
    levels = {k: v.get("level", "optional") for k, v in keys.items()}
    for k, lv in levels.items():
        if lv not in ("required", "expected", "optional"):
            raise ValueError(f"{path}: section {k}: level {lv!r} is not required/expected/optional")
    return Vocabulary(
        phrases=phrases,
        weak=weak,
        levels=levels,
        names={k: v.get('name', k) for k, v in keys.items()},
        titles=[_tok(p) for p in data.get("titles", [])],
        ignore=[_tok(p) for p in data.get("ignore", [])],
        captions=[_tok(p) for p in data.get("captions", [])],
        order={k: i for i, k in enumerate(keys)},
    )


def _find(seq: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(seq) - n + 1) if seq[i:i + n] == phrase]


@dataclass(frozen=True)
class Match:
    keys: tuple[str, ...]
    coverage: float  # share of the heading's tokens covered by the chosen phrases
    longest: int  # tokens in the longest chosen phrase


def match_heading(title: str, vocab: Vocabulary) -> Match | str | None:
    """Keys for one heading; 'title'/'ignore'/'caption' for non-section headings; None if unknown."""
    num = split_numbering(title)
    text = num.rest if num else title
    toks = _tok(text)
    if not toks:
        return None
    for c in vocab.captions:
        if toks[:len(c)] == c and _CAPTION_TAIL.match(" ".join(toks[len(c):]) or ""):
            return "caption"
    for ig in vocab.ignore:
        if toks[:len(ig)] == ig:
            return "ignore"
    title_len = 0
    for t in vocab.titles:
        if toks[:len(t)] == t:
            title_len = max(title_len, len(t))
    cands: list[tuple[int, int, int, str]] = []  # (-len, start, order, key)
    for key, plist in vocab.phrases.items():
        for ph in plist:
            for start in _find(toks, ph):
                cands.append((-len(ph), start, vocab.order[key], key))
    cands.sort()
    taken = [False] * len(toks)
    chosen: list[tuple[str, int]] = []
    for neg, start, _, key in cands:
        n = -neg
        if any(taken[start:start + n]):
            continue
        if title_len and start < title_len:
            continue  # inside the title phrase itself
        for i in range(start, start + n):
            taken[i] = True
        chosen.append((key, n))
    if not chosen and not title_len:
        for key, plist in vocab.weak.items():
            for ph in plist:
                starts = [st for st in _find(toks, ph) if not (title_len and st < title_len)]
                if starts:
                    for i in range(starts[0], starts[0] + len(ph)):
                        taken[i] = True
                    chosen.append((key, len(ph)))
                    break
            if chosen:
                break
    if title_len and not chosen:
        return "title"
    if not chosen:
        return None
    keys: list[str] = []
    for key, _ in sorted(chosen, key=lambda kn: vocab.order[kn[0]]):
        if key not in keys:
            keys.append(key)
    covered = sum(taken) / len(toks)
    return Match(tuple(keys), covered, max(n for _, n in chosen))


@dataclass
class _Open:
    keys: tuple[str, ...] | None  # None: a heading that belongs to no section (title, appendix)
    level: int
    numbered: bool


def _promotable(block: Block, m: Match | str | None) -> bool:
    """A short numbered paragraph that clearly names a section is a heading the reader missed."""
    if not isinstance(m, Match) or block.kind == BlockKind.table:
        return False
    text = block.text
    num = split_numbering(text)
    rest = num.rest if num else text
    n = word_count(rest)
    if n == 0 or n > 12 or rest.rstrip().endswith((".", ";", ",")):
        return False
    if num is not None and m.coverage >= 0.6:
        return True
    return rest.rstrip().endswith(":") and n <= 8 and m.coverage >= 0.8


def map_sections(doc: Document, vocab: Vocabulary | None = None) -> tuple[list[Section], list[str | None]]:
    """Sections in first-appearance order, and the primary section key of every block.

    Headings form a tree by level (a stack of open headings): a mapped heading opens its keys;
    an unmapped one continues its parent's section; a title or appendix heading belongs to none.
    """
    vocab = vocab or load_vocabulary()
    sections: dict[str, Section] = {}
    block_key: list[str | None] = [None] * len(doc.blocks)
    stack: list[_Open] = []
    for i, b in enumerate(doc.blocks):
        heading_like = b.kind == BlockKind.heading
        m = None
        if heading_like or b.kind in (BlockKind.paragraph, BlockKind.list_item):
            m = match_heading(_title(b), vocab)
            if not heading_like and _promotable(b, m):
                heading_like = True
        if heading_like and m == "caption":
            heading_like = False
        if heading_like:
            numbered = bool(b.numbering) or split_numbering(b.text) is not None
            level = b.level or _level_from_numbering(b)
            if not numbered and b.style in ("bold", "size") and stack and stack[-1].numbered:
                # An unnumbered bold line inside a numbered structure is a sub-heading of it.
                level = max(level, stack[-1].level + 1)
            while stack and stack[-1].level >= level:
                stack.pop()
            parent = stack[-1] if stack else None
            if isinstance(m, Match):
                keys = m.keys
                if parent is not None and parent.keys:
                    new = tuple(k for k in keys if k not in parent.keys)
                    if new:
                        keys = new  # the parent's topic named as context, the new one wins
                stack.append(_Open(keys, level, numbered))
                for k in keys:
                    if k not in sections:
                        sections[k] = Section(key=k, title=_title(b), start=i)
                block_key[i] = keys[0]
                continue
            if m in ("title", "ignore"):
                stack.append(_Open(None, level, numbered))
                continue
            stack.append(_Open(parent.keys if parent else None, level, numbered))
        current = stack[-1].keys if stack else None
        if current:
            _add(sections, current, i, b)
            block_key[i] = current[0]
    out = list(sections.values())
    for s in out:
        s.words = sum(word_count(doc.blocks[j].text) for j in s.blocks)
    return out, block_key


def _add(sections: dict[str, Section], keys: tuple[str, ...], i: int, b: Block) -> None:
    for k in keys:
        sections[k].blocks.append(i)


def _title(b: Block) -> str:
    if b.numbering and not b.text.startswith(b.numbering):
        return f"{b.numbering} {b.text}".strip()
    return b.text


def _level_from_numbering(b: Block) -> int:
    num = split_numbering(b.text)
    return num.rank + 1 if num else 2
