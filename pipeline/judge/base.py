"""What every check sees (a read-only view of one plan and of the batch) and what it returns."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from pipeline.models import SECTION_KEYS, Block, BlockKind, Figure, Section, Table
from pipeline.text import one_line, unglue

if TYPE_CHECKING:
    from pipeline.extract import Plan
    from pipeline.judge.nlp import WordSpans


class SpecBase(BaseModel):
    """Base of every check's parameters; unknown fields are errors (a typo in YAML must not pass)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass
class Hit:
    """One reason for a rule to fire on a plan.

    `evidence` is the plan's own words or numbers (a sentence, a table row, a heading list).
    `params` feed the rule's Vietnamese message template. `severity` overrides the rule's
    default only where the contract says so (missing-section: error/warning by section level).
    """

    section: str | None
    evidence: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None


@dataclass(frozen=True)
class Sentence:
    text: str
    block: int
    section: str | None


_SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-ZĐÀ-Ỹ0-9\-+•(])")


class PlanView:
    """Read-only helpers over a `Plan` for checks; every derived list is computed once."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.doc = plan.document
        self.blocks: list[Block] = plan.document.blocks
        self.sections_by_key: dict[str, Section] = {s.key: s for s in plan.sections}
        self._block_sets: dict[str, set[int]] = {}

    # -- identity
    @property
    def category(self) -> str:
        return self.plan.product.category

    @property
    def legal_form(self) -> str | None:
        return self.plan.producer.legal_form

    @cached_property
    def ocr(self) -> bool:
        """Some pages were read by OCR: a digit, a separator or a letter may be misread."""
        return any(p.code == "ocr-used" for p in self.doc.problems)

    # -- sections
    def has(self, key: str) -> bool:
        return key in self.sections_by_key

    def section(self, key: str) -> Section | None:
        return self.sections_by_key.get(key)

    def section_blocks(self, key: str) -> list[Block]:
        s = self.sections_by_key.get(key)
        return [self.blocks[i] for i in s.blocks] if s else []

    def section_text(self, key: str) -> str:
        return "\n".join(b.text for b in self.section_blocks(key))

    @cached_property
    def full_text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    # -- sentences (spaCy sentencizer over each block; tables give one "sentence" per row)
    @property
    def sentences(self) -> list[Sentence]:
        return self._sentences[0]

    @property
    def sentence_words(self) -> list[WordSpans | None]:
        """Per sentence, its words and their offsets where splitting its block gave them
        (`nlp.sentences_with_words`), else None."""
        return self._sentences[1]

    @cached_property
    def _sentences(self) -> tuple[list[Sentence], list[WordSpans | None]]:
        from pipeline.judge.nlp import sentences_with_words

        out: list[Sentence] = []
        words: list[WordSpans | None] = []
        for i, b in enumerate(self.blocks):
            key = self.plan.block_section[i]
            if b.kind == BlockKind.table and b.rows:
                out.extend(Sentence(" | ".join(c for c in r if c), i, key) for r in b.rows)
                words.extend([None] * len(b.rows))
            else:
                text = unglue(b.text) if self.ocr else b.text
                for s, w in sentences_with_words(text):
                    out.append(Sentence(s, i, key))
                    words.append(w)
        return out, words

    def sentences_in(self, keys: list[str] | None) -> list[Sentence]:
        """Sentences of the given sections (by block membership), or of the whole plan."""
        if not keys:
            return self.sentences
        blocks: set[int] = set()
        for k in keys:
            if (sec := self.sections_by_key.get(k)) is not None:
                blocks.update(sec.blocks)
        return [s for s in self.sentences if s.block in blocks]

    # -- figures and tables
    @property
    def figures(self) -> list[Figure]:
        return self.plan.figures

    def figures_in(self, key: str | None = None, kind: str | None = None) -> list[Figure]:
        """Figures in a section (by block membership: a heading covering two keys shares its
        figures with both), optionally of one kind."""
        if key is None:
            return [f for f in self.plan.figures if kind is None or f.kind == kind]
        sec = self.sections_by_key.get(key)
        if sec is None:
            return []
        blocks = self._block_sets.get(key)
        if blocks is None:
            blocks = self._block_sets[key] = set(sec.blocks)
        return [f for f in self.plan.figures if f.block in blocks and (kind is None or f.kind == kind)]

    @property
    def tables(self) -> list[Table]:
        return self.plan.tables

    @cached_property
    def dated(self) -> dt.date | None:
        """The date the plan is signed: the latest short block that starts like a date line
        ("Hà Tĩnh, ngày 20 tháng 4 năm 2026", "Tượng Sơn, tháng 02 năm 2026", "Ngày 5 tháng 3 năm
        2026"); not a date inside a sentence ("Quyết định … ngày 08 tháng 6 năm 2020")."""
        dates = []
        for b in self.blocks:
            if len(b.text.split()) > 30:
                continue  # the date line, perhaps with the signer
            m = _DATE_LINE.match(b.text)
            if m and (m["place"] or m["ngay"]):  # not a schedule line ("Tháng 3 năm 2026: ...")
                try:
                    dates.append(dt.date(int(m["y"]), int(m["m"]), int(m["d"] or 1)))
                except ValueError:
                    continue
        return max(dates) if dates else None

    @cached_property
    def plan_year(self) -> int | None:
        """The year the plan was written: its date line; else the year before its period ("giai
        đoạn 2026–2028") or before the first year column of its tables (outside the present state);
        else the year before the earliest year it mentions."""
        if self.dated is not None:
            return self.dated.year
        head = " ".join(b.text for b in self.blocks[:15])
        if m := _PERIOD.search(head):
            return int(m.group(1)) - 1
        past = {b for k in PAST_SECTIONS if (sec := self.sections_by_key.get(k)) for b in sec.blocks}
        cols = [int(y) for t in self.plan.tables if t.block not in past and t.rows
                for y in _YEAR_CELL.findall(" ".join(t.rows[0]))]
        if cols:
            return min(cols) - 1
        years = [f.value for f in self.plan.figures if f.kind == "year" and 2000 <= f.value <= 2100]
        return int(min(years)) - 1 if years else None


# Sections that report the producer's present and past, not the plan's years.
PAST_SECTIONS = ("current_state", "producer")
_DATE_LINE = re.compile(r"^\W*(?P<place>[^\W\d][^,\n]{0,40},\s*)?(?P<ngay>ngày\s+(?P<d>\d{1,2})?[\s.…]*)?"
                        r"tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.I)
_PERIOD = re.compile(r"(?i)giai\s+đoạn\s+((?:19|20)\d\d)\s*[-–—]\s*(?:19|20)\d\d")
_YEAR_CELL = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/])")


@dataclass
class BatchContext:
    """The other plans of the batch, for cross-document checks (boilerplate)."""

    views: list[PlanView] = field(default_factory=list)
    cache: dict[Any, Any] = field(default_factory=dict, repr=False)


def quote(text: str, limit: int = 300) -> str:
    # a whole section may be quoted: clean only the head that can show (all of it only when the
    # head was mostly white space)
    head = text[: 4 * limit]
    t = one_line(head)
    if len(t) <= limit and len(head) < len(text):
        t = one_line(text)
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + "…"


def section_order(key: str | None) -> int:
    return SECTION_KEYS.index(key) if key in SECTION_KEYS else len(SECTION_KEYS)
