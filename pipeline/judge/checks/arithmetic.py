"""arithmetic: the feasibility arithmetic of a plan, on the plan's own figures.

One check type, nine relations (`Spec.relation`), each a plain function over a `PlanModel`:

* revenue      revenue = Σ quantity × unit price, year by year (product rows, price in the label,
               quantity and price rows, a quantity × price × amount table, a sentence; a revenue
               stated only in running text against the quantity and price stated anywhere);
* profit       profit = revenue − total cost (− income tax for an after-tax profit);
* capital      Σ capital sources = total investment (a table, one sentence, or a "Nguồn vốn" list
               apart from the total);
* table_total  a table's total row = Σ its items, column by column, at the right level;
* payback      stated payback ≈ total investment ÷ average annual profit (+ depreciation);
* material     raw material needed (output × the plan's own input ratio) ≤ stated supply;
* capacity     output ≤ equipment capacity × working time (the existing equipment's when the plan
               adds none), and year 1 ≤ N × recent output unless new equipment or labour is stated;
* growth       output or revenue growth above a threshold with no stated increase in capacity,
               equipment, labour or market;
* consistency  the same quantity stated differently in two sections (not a part vs the whole,
               current vs planned, jobs created vs workers, a supply vs the output, retail vs
               wholesale prices).

Every relation also checks the calculations the plan writes out under its label ("Thời gian hoàn
vốn = 450 : 228 ≈ 3,2 năm", `calc.written_calcs`, `rules/labels.yml` calc_*): a written result its
own operands do not give is wrong whatever the other figures say.

Tables come first, running text second. Whenever a relation cannot be checked because a figure
is missing or ambiguous, nothing is reported: a wrong alarm costs a producer more than a missed
one costs the reviewer, who reads the plan anyway. Label vocabularies are data
(`rules/labels.yml`); tolerances and thresholds are parameters in the rule files.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import accumulate
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import Field

from pipeline import datafile
from pipeline.figures import (CONVERTED_IN_LABEL, MACHINE_COUNTERS, MACHINES_COUNT, Amount, find_amounts, group_head_row,
                              parse_number, parse_unit_header, text_amounts, written_twins)
from pipeline.judge.checks.calc import Calc, written_calcs
from pipeline.judge.base import PAST_SECTIONS, BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.models import BlockKind, Figure
from pipeline.settings import get_settings
from pipeline.text import fold, has_diacritics, tone_key

log = logging.getLogger(__name__)

Relation = Literal["revenue", "profit", "capital", "table_total", "payback", "material", "capacity",
                   "growth", "consistency"]


class Spec(SpecBase):
    type: Literal["arithmetic"] = "arithmetic"
    relation: Relation = Field(description="Which relation of the plan's figures is checked.")
    tolerance: float = Field(0.05, description="Relative difference allowed between stated and computed.")
    min_years: float = Field(0.5, description="payback: also off by more than this many years, for a "
                                              "whole number of years ('khoảng 2 năm' for 2,4 is a rounding); "
                                              "half of it for a half year, a fifth of it for a decimal "
                                              "('1,2 năm' claims a tenth of a year).")
    min_share: float = Field(0.0, description="profit: the difference must also exceed this share of revenue.")
    factor: float = Field(2.0, description="capacity: year-1 output above factor × recent output is a jump; "
                                           "growth: output or revenue multiplied by factor within `window` years.")
    growth: float = Field(0.5, description="growth: year-on-year growth counted as too fast (0.5 = 50 %).")
    sustained: int = Field(2, description="growth: consecutive too-fast years needed.")
    window: int = Field(3, description="growth: years (first to last) within which `factor` is too much.")
    extreme: float | None = Field(None, description="growth: output or revenue multiplied by this much within "
                                                    "`window` years is too much even with a stated expansion "
                                                    "(None = a stated expansion always explains it).")
    doubling: float | None = Field(None, description="growth: a rise of at least this much a year, `sustained` "
                                                     "years running, needs a stated market for it (a sales "
                                                     "contract, new channels or markets); capacity alone does "
                                                     "not explain who buys it (None = off).")
    leap: float | None = Field(None, description="growth: a rise of at least this much in one year needs a "
                                                 "stated market for it, as `doubling` does over `sustained` "
                                                 "years (None = off).")
    drivers: list[str] = Field(default_factory=list, description="growth: units of what output is made from, "
                                                                   "whose output per unit stays about the same "
                                                                   "(colonies, animals, cages).")
    per_driver: float | None = Field(None, description="growth: a year's output up by `growth` or more while "
                                                       "its output per driver unit rises by more than this "
                                                       "(0.3 = 30 %) is too fast (None = off).")
    default_days: int = Field(365, description="capacity: working days a year when the plan states none.")
    default_hours: int = Field(24, description="capacity: working hours a day when the plan states none.")
    quantities: list[str] = Field(
        default_factory=lambda: ["output", "price", "workers", "charter_capital", "investment_total", "area"],
        description="consistency: which quantities are compared.")
    labels: str = Field("labels.yml", description="Vocabulary file in rules/.")


# =============================================================================== vocabulary

class Tok(NamedTuple):
    tone: str
    flat: str
    start: int
    end: int
    joined: bool = True  # only spaces between this token and the one before (a phrase may go on)


class _Toks(list):
    """What `tokens` returns: the list of tokens, with `_text_keys` of its text beside it."""

    __slots__ = ("_k",)


_TONE_FLAT: dict[str, tuple[str, str]] = {}  # word -> (tone_key, fold)


def _tone_flat(w: str) -> tuple[str, str]:
    if len(_TONE_FLAT) > 1 << 17:
        _TONE_FLAT.clear()
    r = _TONE_FLAT[w] = (tone_key(w), fold(w))
    return r


# What `Words` looks up in a text, computed once per text instead of once per phrase list asked,
# without making a `Tok` per word: (tone keys, flat keys, joined, starts, ends, flat text), the
# fields of the text's tokens as tuples of plain values.
_Keys = tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...], tuple[int, ...], tuple[int, ...], bool]

# The caches of this module hold a few plans' worth (a plan asks for ~150 texts' keys, ~60 texts'
# tokens, ~350 (words, text) spans and ~100 sentences' amounts), not hundreds: nearly every hit is
# within a plan, and what a cache holds is traversed by every full garbage collection (a `Tok` is
# a tuple subclass, which the collector never untracks): with 16,384 texts of tokens a full
# collection cost about three times as much.


# The words with what lies between them: [gap, word, gap, word, ..., gap] (a capturing split).
_WORD_SPLIT = re.compile(r"([^\W_]+|%)", re.UNICODE)


@lru_cache(maxsize=1 << 12)
def _text_keys(text: str) -> _Keys:
    # one split of the lower-cased text, each step then done in C over the whole text (no Python
    # step per word): the words are its odd parts, the gaps between them its even ones, a part's
    # end the running sum of the parts' lengths
    low = text.lower()
    parts = _WORD_SPLIT.split(low)
    if len(parts) == 1:  # no word
        return (), (), (), (), (), _is_flat(text)
    words = parts[1::2]
    tfs = list(map(_TONE_FLAT.get, words))
    if None in tfs:
        tfs = [tf or _tone_flat(w) for tf, w in zip(tfs, words)]
    kt, kf = zip(*tfs)
    # a word is joined to the one before when only spaces (or nothing) lie between them
    joins = (True, *[not g or g.isspace() for g in parts[2:-1:2]])
    ends = list(accumulate(map(len, parts)))
    return kt, kf, joins, tuple(ends[0:-2:2]), tuple(ends[1::2]), _is_flat(text)


_new_tok = partial(tuple.__new__, Tok)


@lru_cache(maxsize=1 << 9)  # the same labels and sentences are tokenised by many relations; callers never mutate
def tokens(text: str) -> list[Tok]:
    k = _text_keys(text)
    out = _Toks(map(_new_tok, zip(k[0], k[1], k[3], k[4], k[2])))
    out._k = k
    return out


@dataclass(frozen=True)
class Phrase:
    text: str
    tone: tuple[str, ...]
    flat: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.tone)


def _phrase(p: str) -> Phrase:
    toks = tokens(str(p))
    return Phrase(str(p), tuple(t.tone for t in toks), tuple(t.flat for t in toks))


def _keys(toks: list[Tok], flat: bool) -> list[str]:
    return [t.flat if flat else t.tone for t in toks]


def _is_flat(text: str) -> bool:
    return not has_diacritics(text)


def _at(keys: list[str], i: int, p: Phrase, flat: bool, toks: list[Tok] | None = None) -> bool:
    pk = p.flat if flat else p.tone
    if not pk or keys[i:i + len(pk)] != list(pk):
        return False
    # a phrase does not run across punctuation: "hợp đồng, giá" is not "đồng giá"
    return toks is None or all(toks[k].joined for k in range(i + 1, i + len(pk)))


def _keys_of(toks: list[Tok]) -> _Keys:
    """`_text_keys` of the text `toks` are the tokens of (a slice or a list built by hand gets
    its keys computed)."""
    if type(toks) is _Toks:
        return toks._k
    return (tuple(x.tone for x in toks), tuple(x.flat for x in toks), tuple(x.joined for x in toks),
            tuple(x.start for x in toks), tuple(x.end for x in toks), False)


class Words:
    """A list of phrases matched by whole words."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = sorted({_phrase(p) for p in phrases if str(p).strip()}, key=lambda p: (-len(p), p.text))
        # phrases by their first word (tone-keyed and flat), in rank order: a text is scanned once,
        # looking only at the phrases that can start at each word
        self._first: dict[bool, dict[str, list[tuple[int, Phrase, tuple[str, ...], int]]]] = {False: {}, True: {}}
        for rank, p in enumerate(self.phrases):
            for flat in (False, True):
                pk = p.flat if flat else p.tone
                if pk:
                    self._first[flat].setdefault(pk[0], []).append((rank, p, pk, len(pk)))
        self._firsts = (frozenset(self._first[False]), frozenset(self._first[True]))

    def spans(self, toks: list[Tok], flat: bool) -> list[tuple[int, int]]:
        """Token spans (i, j) of non-overlapping matches, longest first (then in phrase order,
        then left to right)."""
        return self._spans(_keys_of(toks), flat)

    def _spans(self, k: _Keys, flat: bool) -> list[tuple[int, int]]:
        keys = k[1] if flat else k[0]
        firsts = self._firsts[flat]
        if firsts.isdisjoint(keys):
            return []
        index = self._first[flat]
        joins = k[2]
        found: list[tuple[int, int, int]] = []
        for i, key in enumerate(keys):
            if key in firsts:
                for rank, p, pk, n in index[key]:
                    # a phrase does not run across punctuation: "hợp đồng, giá" is not "đồng giá"
                    if n == 1 or (keys[i:i + n] == pk and all(joins[i + 1:i + n])):
                        found.append((rank, i, n))
        if not found:
            return []
        found.sort()
        out: list[tuple[int, int]] = []
        taken = [False] * len(keys)
        for _, i, n in found:
            if n == 1:
                if not taken[i]:
                    out.append((i, i + 1))
                    taken[i] = True
            elif not any(taken[i:i + n]):
                out.append((i, i + n))
                for j in range(i, i + n):
                    taken[j] = True
        return sorted(out)

    def starts(self, toks: list[Tok], flat: bool, at: int = 0) -> int:
        """Length (in tokens) of the longest phrase starting at token `at`; 0 if none."""
        if at >= len(toks):
            return 0
        k = _keys_of(toks)
        keys = k[1] if flat else k[0]
        joins = k[2]
        for _, p, pk, n in self._first[flat].get(keys[at], ()):
            if keys[at:at + n] == pk and all(joins[at + 1:at + n]):
                return n
        return 0

    def _none_in(self, text: str) -> bool:
        """The text holds none of the phrases' first words (most texts, for most lists): tested
        before `_char_spans`, whose cache then keeps only the texts worth keeping."""
        k = _text_keys(text)
        return self._firsts[k[5]].isdisjoint(k[1] if k[5] else k[0])

    def in_text(self, text: str) -> bool:
        return False if self._none_in(text) else bool(_char_spans(self, text))

    def in_text_toned(self, text: str) -> bool:
        """`in_text`, the words compared with their diacritics even when the text has none: a short
        label in a table written with diacritics ("Can 2 kg" beside "Hũ 500 g") is not typed without
        them, so its "can" is no "cần"."""
        k = _text_keys(text)
        return not self._firsts[False].isdisjoint(k[0]) and bool(self._spans(k, False))

    def char_spans(self, text: str) -> list[tuple[int, int]]:
        return [] if self._none_in(text) else list(_char_spans(self, text))


@lru_cache(maxsize=1 << 12)  # the relations look up the same labels and sentences many times (see _Keys)
def _char_spans(words: Words, text: str) -> tuple[tuple[int, int], ...]:
    k = _text_keys(text)
    flat = k[5]
    if words._firsts[flat].isdisjoint(k[1] if flat else k[0]):  # most texts hold none of the words
        return ()
    starts, ends = k[3], k[4]
    return tuple((starts[i], ends[j - 1]) for i, j in words._spans(k, flat))


@lru_cache(maxsize=64)
def _fixed_words_t(phrases: tuple[str, ...]) -> Words:
    return Words(phrases)


def _fixed_words(phrases: list[str]) -> Words:
    """A small fixed word list used inside a relation, built once (not per sentence)."""
    return _fixed_words_t(tuple(phrases))


@dataclass
class Vocab:
    rows: dict[str, Words]
    flags: dict[str, Words]
    cols: dict[str, Words]
    text: dict[str, Words]
    stop: Words
    # label -> `product_tokens` of it (a plan asks for ~240 labels' and sentences', ~50 distinct)
    product_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)


@lru_cache(maxsize=8)
def load_labels(path: Path | None = None) -> Vocab:
    path = path or get_settings().rules_dir / "labels.yml"
    data = datafile.safe_load(path.read_text(encoding="utf-8")) or {}
    return Vocab(
        rows={k: Words(v) for k, v in (data.get("rows") or {}).items()},
        flags={k: Words(v) for k, v in (data.get("row_flags") or {}).items()},
        cols={k: Words(v) for k, v in (data.get("columns") or {}).items()},
        text={k: Words(v) for k, v in (data.get("text") or {}).items()},
        stop=Words(data.get("product_stop") or []),
    )


def _vocab(spec: Spec) -> Vocab:
    return load_labels(get_settings().rules_dir / spec.labels)


# =============================================================================== numbers, units

PEOPLE = {"người", "dân", "lao động", "công nhân", "hộ", "thành viên", "doanh nghiệp", "điểm", "sao", "lần",
          "công", "lượt khách", "phòng", "suất", "vụ", "mùa", "mẻ", "lứa", "ca", "tổ"}
QTY_KINDS = ("mass", "volume", "count")


def is_qty(unit: str, kind: str) -> bool:
    return kind in QTY_KINDS and unit not in PEOPLE and unit != ""


def close(a: float, b: float, tol: float, slack: float = 0.0) -> bool:
    return abs(a - b) <= max(tol * max(abs(a), abs(b)), slack)


def diff_pct(stated: float, expected: float) -> float:
    if not expected:
        return 100.0
    return round(abs(stated - expected) / abs(expected) * 100, 1)


def scale_slip(a: float, b: float) -> bool:
    """a and b differ by a power of ten (x1000...): a unit misread, not an error to report."""
    if a <= 0 or b <= 0:
        return False
    r = math.log10(a / b)
    return abs(r) >= 0.9 and abs(r - round(r)) < 0.02


def fmt_num(v: float, decimals: int = 2) -> str:
    neg = v < 0
    v = abs(v)
    s = f"{v:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{v:,.0f}"
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if neg else "") + s


def fmt_qty(value: float, unit: str) -> str:
    if unit == "kg":
        return f"{fmt_num(value / 1000, 2)} tấn" if abs(value) >= 1000 else f"{fmt_num(value, 1)} kg"
    if unit == "l":
        return f"{fmt_num(value, 0)} lít"
    if unit == "m2":
        return f"{fmt_num(value / 10000, 2)} ha" if abs(value) >= 10000 else f"{fmt_num(value, 0)} m²"
    if unit == "VND":
        if abs(value) >= 1e9:
            return f"{fmt_num(value / 1e9, 3)} tỷ đồng"
        if abs(value) >= 1e6:
            return f"{fmt_num(value / 1e6, 2)} triệu đồng"
        return f"{fmt_num(value, 0)} đồng"
    return f"{fmt_num(value, 2)} {unit}".strip()


def ylabel(y: int | None) -> str:
    if y is None:
        return ""
    return str(y) if y >= 1000 else f"thứ {y}"


def qp(q_value: float, q_unit: str, price: float, per: str | None) -> float | None:
    """Quantity × unit price in VND, when their units are compatible ("tấn" × "đ/kg" is handled by
    the normalisation of both to kg); None when they are not (a price per bottle, a quantity in litres)."""
    if not per or "/" in per:
        return None
    if per == q_unit:
        return q_value * price
    if per == "l" and q_unit == "m3":
        return q_value * 1000 * price
    return None


# =============================================================================== table model

# (a lettered group's items too: "A.1", "B.2" under "A", "B")
_ORD_CELL = re.compile(r"^\s*([IVXLC]{1,6}|[A-ZĐ](?:\.\d{1,2}){0,2}|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ]|[-+*•])[.):]?\s*$")
_LABEL_NUM = re.compile(r"^\s*((?:[IVX]{1,5}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)])\s+(.*)$")
_PAREN = re.compile(r"\(([^()]*)\)")
_FORMULA = re.compile(r"\(\s*([IVX\d]+(?:\s*[+\-]\s*[IVX\d]+)+)\s*\)")
_RANK = {"upper": 0, "roman": 1, "arabic": 2, "dotted": 3, "lower": 4, "bullet": 5}
# what a scan leaves beside a row's number or bullet (a table rule read as "_", "¡", "|"): "2_j", "-__¡"
_ORD_DEBRIS = re.compile(r"(?:\s*[_¡|!`~]+[a-zA-Z¡|_]{0,2})+\s*$")
# a number a scan pushed into the label cell, debris after it: "3 ¡ Lợi nhuận"
# ("5s ¡ Khấu hao": a letter stuck to the number; "3 Ì Hộp": a rule read as a capital I with a tone)
# (and a numbered sub-row's rule read as ";" or "/": "1.1 ; Bánh xấp", "2.4 / Bao bì", "2.6 ¡ Khấu hao")
# (a bracket or bar the scan read before the numeral too: "{1 ¡ Doanh thu")
_LABEL_NUM_DEBRIS = re.compile(r"^\s*[{\[(|]?\s*(\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,5})[a-z]?\s*(?:[_¡|]+|[;/](?=\s)|[ÌìÍí](?=\s))\s+(.*)$")


_LABEL_ROMAN = re.compile(r"^\s*([IVX]{1,4})\s+(\S.*)$")


def _ord_text(s: str) -> str:
    """A row number cell without a scan's debris after it ("2_j" -> "2")."""
    return _ORD_DEBRIS.sub("", s or "")


def _num_type(s: str, letters: bool = False) -> tuple[int, int] | None:
    """Rank of a row number. `letters`: the table numbers with capital letters ("A", "B", "C"), so a
    lone "C" or "D" is a letter, not a Roman numeral."""
    m = _ORD_CELL.match(_ord_text(s))
    if not m:
        return None
    t = m.group(1)
    if letters and len(t) == 1 and t.isupper():
        return (_RANK["upper"], 0)
    if re.fullmatch(r"[IVXLC]{1,6}", t):
        return (_RANK["roman"], 0)
    if re.fullmatch(r"[A-ZĐ]", t):
        return (_RANK["upper"], 0)
    if re.fullmatch(r"\d{1,3}", t):
        return (_RANK["arabic"], 0)
    if "." in t:
        return (_RANK["dotted"], t.count("."))
    if re.fullmatch(r"[a-zđ]", t):
        return (_RANK["lower"], 0)
    return (_RANK["bullet"], 0)


# An OCR word confidence from which a number is taken as read right. Measured on the holdout scans:
# numbers read right mostly score 90-97, misread ones (a digit swapped, debris) mostly below 80.
SURE_CONF = 90.0


@dataclass
class Val:
    value: float
    unit: str
    kind: str
    per: str | None
    year: int | None
    col: int
    text: str
    qualifier: str | None = None
    vmax: float | None = None
    # what names the value's place on the other axis: its column's header ("2026", "Cộng 3 năm"), or,
    # in a table with years as rows, the first cell of its row
    head: str = ""
    # on a scan, the OCR engine's lowest word confidence in the value's cell (None: not known)
    conf: float | None = None

    @property
    def sure(self) -> bool:
        """Read by OCR with high confidence: a misreading is no explanation of a gap."""
        return self.conf is not None and self.conf >= SURE_CONF

    @property
    def unsure(self) -> bool:
        """Read by OCR with a known confidence below `SURE_CONF` (not: no confidence known)."""
        return self.conf is not None and not self.sure

    @property
    def money(self) -> bool:
        return self.kind == "money" and self.unit == "VND" and not self.per

    @property
    def qty(self) -> bool:
        return is_qty(self.unit, self.kind) and not self.per


@dataclass
class Row:
    table: int
    r: int
    cells: list[str]
    label: str
    num: str | None
    kind: str | None
    total: bool
    subset: bool
    variant: str | None  # "before_tax" | "after_tax" for profit rows
    flags: set[str]
    vals: list[Val]
    lvals: list[Val]  # amounts inside the label ("(150.000 đồng/chai)")
    section: str | None
    level: float | None = None
    index: int = 0  # position in its table's row list
    noisy: bool = False  # a value cell that could not be read (OCR debris "s", "2041.212.1870")
    # one such cell beside two or more years read well ("768 | 1.169,6 | 1,2530,2"): that year is unread,
    # the others stand; the table-wide judgements about debris count it as noisy
    debris: bool = False
    # a value cell the scan turned into letters and marks ("D21):", "© luc 0"); not counted as noisy
    # (a table with many noisy rows is not summed at all), but such a row's own reading is not trusted
    garbled: bool = False
    # a scan's cell of this row left malformed and dropped ("2.0725" between "2000" and "2.025"): the
    # engine misread the row once already, so its other cells count only when it was sure of them
    misread: bool = False

    @property
    def evidence(self) -> str:
        return " | ".join(c for c in self.cells if c and c.strip())

    def money_years(self) -> dict[int | None, Val]:
        out: dict[int | None, Val] = {}
        for v in self.vals:
            if v.money and v.year not in out:
                out[v.year] = v
        return out

    def qty_years(self) -> dict[int | None, Val]:
        out: dict[int | None, Val] = {}
        for v in self.vals:
            if v.qty and v.year not in out:
                out[v.year] = v
        return out

    def label_price(self) -> Val | None:
        # a foreign price with its exchange rate beside it: "(4,60 USD/chai × 25.400 đ/USD)" is 116.840 đ a bottle
        rate = next((v for v in self.lvals if v.kind == "money" and v.unit == "VND" and v.per == "USD"
                     and v.vmax is None), None)
        for v in self.lvals:
            if v.kind == "money" and v.per and "/" not in v.per and v.vmax is None:
                if rate is not None and v.unit == "USD" and v.per != "USD":
                    return replace(v, value=v.value * rate.value, unit="VND")
                if v.per == "USD":
                    continue
                return v
        return None

    def price(self, year: int | None = None) -> Val | None:
        """The unit price of a product row: in its label "(45.000 đ/kg)", else in a price column
        (one value for all years, or the year's own)."""
        p = self.label_price()
        if p is not None:
            return p
        for v in self.vals:
            if v.kind == "money" and v.per and "/" not in v.per and v.vmax is None and v.year in (None, year):
                return v
        return None


@dataclass
class TableM:
    index: int
    block: int
    section: str | None
    unit: str | None
    header: list[str]
    rows: list[Row]
    non_additive: set[int]
    caption: str = ""
    amount_col: int | None = None  # "Thành tiền" / "Số tiền" of a table without year columns
    # a revised plan's comparison of its key figures, one row per figure and year ("Doanh thu năm 2027 |
    # 1.740 | 1.640 | -100", "Tổng vốn đầu tư | 500 | 600 | +100"): a list of figures, not items and totals
    indicators: bool = False

    def children(self, row: Row, include_subset: bool = False) -> list[Row]:
        """Rows under `row` in the numbering hierarchy (deeper level, until a sibling or a total)."""
        if row.level is None:
            return []
        out = []
        for nxt in self.rows[row.index + 1:]:
            if nxt.total and nxt.num is None:
                break
            if nxt.level is None or nxt.level <= row.level:
                break
            out.append(nxt)
        if not include_subset:
            out = [c for c in out if not c.subset]
        return out

    def direct_children(self, row: Row) -> list[Row]:
        kids = self.children(row)
        if not kids:
            return []
        top = min(k.level for k in kids if k.level is not None)
        return [k for k in kids if k.level == top]


_GROSS = re.compile(r"(?i)\bgộp\b")
_MAKERS_CAPACITY = re.compile(r"(?i)^\s*năng\s+lực\s*\(")
# (a pack with its size too: "Hộp 200 g đặc biệt: doanh thu (triệu đồng)", gy10)
_LEAD_LABEL = re.compile(r"^\s*((?:[^\W\d_]+\s*){1,3}|(?:[^\W\d_]+\s+){1,3}\d[\d.,]*\s*(?:ml|l|lít|g|kg|gr|gram)\b(?:\s*[^\W_][^\s:]*){0,3}\s*):\s*(?=\S)")
_VALUE_NOT_PRICE = re.compile(r"(?i)\bgi[aá]\s+tr[iị]\b")
_UNIT_PRICE = re.compile(r"(?i)\b(?:đơn\s+giá|giá\s+bán|giá\s+mua|giá\s+thu\s+mua)\b")


def _classify(label: str, v: Vocab, ocr: bool = False) -> tuple[str | None, bool, bool, str | None]:
    """(kind, is_total, is_subset, profit variant) of a row label. On a scan, a label whose tone marks
    the OCR misread ("Tống doanh thu", "Tổng chỉ phí") is read without them, when that makes it a total
    or a revenue, cost or profit row ("Gia vị" does not become a price)."""
    flat = _is_flat(label)
    got = _classify_as(label, v, flat)
    if got[0] is None and not got[1] and (lead := _LEAD_LABEL.match(label)) and \
            _classify_as(lead.group(1), v, flat)[0] is None:
        # "Nguồn: vốn của hộ", "Nguồn: vay Ngân hàng …": a short lead naming no kind, then the row's own
        # label after the colon
        # ("Cá cơm tươi: Tổng nguồn cung": the material's total after its name, gr06)
        after = _classify_as(label[lead.end():], v, flat)
        if after[0] is not None or after[1]:
            return after
    if ocr and got[0] is None and not got[1] and not flat:
        flat = _classify_as(label, v, True)
        if flat[0] in ("revenue", "cost", "profit") or flat[1] and (flat[0] is not None or _bare_total(label)):
            return flat
    return got


# the words of a total row's label, folded: a label made of them alone ("Cộng", "Tống cộng", "Cộng I")
_TOTAL_WORDS = {"tong", "cong", "so", "chung"}


def _bare_total(label: str) -> bool:
    """A label that is a total word and nothing more but a numeral, read without tone marks: a
    total the OCR misread. "Công ty du lịch, khu du lịch" (a sales channel) folds to "cong ty …" and
    is no total."""
    words = re.findall(r"[^\W\d_]+", fold(label).lower())
    return all(w in _TOTAL_WORDS or re.fullmatch(r"[ivxl]{1,4}|[a-d]", w) for w in words)


# the part of the investment recovered or still to recover, year by year ("Vốn đầu tư còn phải thu hồi", "Vốn
# đầu tư đã thu hồi", "Vốn đầu tư còn lại")
_RECOVERED = re.compile(r"(?i)\bthu\s+hồi\b|\bcòn\s+(?:phải|lại)\b")


def _classify_as(label: str, v: Vocab, flat: bool) -> tuple[str | None, bool, bool, str | None]:
    toks = tokens(label)
    subset = False
    at = 0
    n = v.rows["subset"].starts(toks, flat) if "subset" in v.rows else 0
    if n:
        subset, at = True, n

    def longest(at: int) -> tuple[str | None, int]:
        kind_, len_ = None, 0
        for k, words in v.rows.items():
            if k in ("total", "subset", "derived"):
                continue
            n = words.starts(toks, flat, at)
            if n > len_:
                kind_, len_ = k, n
        return kind_, len_

    best_kind, best_len = longest(at)
    tn = v.rows["total"].starts(toks, flat, at) if "total" in v.rows else 0
    if tn:
        total = True
        if best_len <= tn:  # "Tổng cộng", "Tổng số bánh": what follows the total word names it
            best_kind, best_len = longest(at + tn)
    else:
        total = best_kind == "investment_total"
    if best_kind == "not_total":
        best_kind, total = None, False  # "Tổng giám đốc": a post, not a sum
    if best_kind == "investment_total" and _RECOVERED.search(label):
        best_kind, total = None, False  # "Vốn đầu tư còn phải thu hồi": a balance of a payback table, no total
    if best_kind is None and _MAKERS_CAPACITY.match(label):
        best_kind = "capacity"  # "Năng lực (30 thợ × 2 chiếc × 280 ngày)": the makers' capacity, reckoned in brackets (gx04)
    if best_kind == "cost_item":
        best_kind = "cost_line"
    if best_kind == "price" and _VALUE_NOT_PRICE.search(label) and not _UNIT_PRICE.search(label):
        best_kind = None  # "Tổng giá trị tài sản": a value (giá trị), not a price (giá)
    # ("LN gộp": a gross profit is no derived figure, though "gộp" is a derived word of other rows)
    gross = best_kind == "profit" and bool(_GROSS.search(label))
    if best_kind in ("revenue", "profit", "cost", "quantity") and "derived" in v.rows and \
            v.rows["derived"].spans(tokens(_GROSS.sub(" ", label)) if gross else toks, flat):
        best_kind = None  # "Lợi nhuận + khấu hao", "Doanh thu hòa vốn", "Lợi nhuận bình quân"
    variant = None
    if gross and best_kind == "profit":
        variant = "gross"  # "Lợi nhuận gộp", "LN gộp": the revenue less the cost of the goods sold, no cost line
    elif best_kind == "profit":
        low = label.lower()
        if "trước thuế" in low or "truoc thue" in fold(low):
            variant = "before_tax"
        elif "sau thuế" in low or "sau thue" in fold(low) or re.search(r"\b(ròng|thuần|còn lại)\b", low):
            variant = "after_tax"  # ("Lợi nhuận còn lại": what is left after the tax row above it)
    return best_kind, total, subset, variant


# (a caption that ends the text above the table: "Nguồn cung cấp moi:", not a heading "Nguồn nguyên liệu"
# run into the sentence after it)
_SUPPLY_TABLE = re.compile(r"(?i)\bnguồn\s+(?:cung\s+(?:cấp|ứng)|thu\s+mua)\b[^.:;]{0,40}:?\s*$")
# (or the sources of the material, "Nguồn nguyên liệu", in a balance table's label column)
_SOURCE_COLUMN = re.compile(r"(?i)\s*nguồn(?:\s+cung(?:\s+(?:cấp|ứng))?)?(?:\s+nguyên\s+(?:vật\s+)?liệu)?\s*")
# "thuê" after a step and its object ("ép thuê", "nấu rượu thuê"), not the hire of people, premises or another
# processor ("thuê lao động", "thuê xưởng", "thuê sấy")
_HIRE_AFTER = re.compile(r"(?i)(?:\s+[^\W\d]+){0,3}?\s+thuê\b(?!\s+(?:người|lao\s+động|nhân\s+công|thợ|nhà|đất|"
                         r"xưởng|kho|mặt\s+bằng|máy|xe)\b)")
_FOR_GROWER = re.compile(r"(?i)\bcho\s+(?:các\s+)?(?:hộ|bà\s+con|người\s+dân|ngư\s+dân|tàu|tiểu\s+thương|khách)\b")
# the customer bringing its material ("… tiểu thương mang mực đến", "Hộ mang gạo nếp đến nấu")
_BROUGHT = re.compile(r"(?i)\bmang\s+(?:[^\W\d]+\s+){0,3}?(?:đến|tới)\b")


def _toll_work(label: str, v: Vocab) -> bool:
    """A row of work done on a customer's material for a fee: a processing step (`text.toll_verbs`) then "thuê"
    ("Làm giò thuê trọn gói", "Nấu rượu thuê cho hộ mang gạo nếp đến"; not a step after it, "thuê sấy", which
    hires another), or a label that opens on a step done for growers ("Hạ thủy phần mật ong cho hộ nuôi ong")."""
    spans = v.text["toll_verbs"].char_spans(label)
    starts = {a for a, _b in spans}
    for a, b in spans:
        if (mm := _HIRE_AFTER.match(label, b)) and not any(mm.end() < c <= mm.end() + 1 for c in starts):
            return True
    body = label.lstrip(" 0123456789.,-–)(:IVXivx")
    return bool(spans) and spans[0][0] == len(label) - len(body) and bool(_FOR_GROWER.search(label) or
                                                                        _BROUGHT.search(label))


_MARKET_TABLE = re.compile(r"(?i)\b(?:quy\s+mô|dung\s+lượng|tổng\s+cầu|nhu\s+cầu)\s+(?:của\s+)?thị\s+trường\b|"
                           r"\bthị\s+phần\b|\bđối\s+thủ\b")


def _caption_tail(caption: str | None) -> str:
    """The last sentence of the text above a table: the one that says what the table lists."""
    return re.split(r"(?<=[.!?])\s+", caption or "")[-1]


_OUTPUT_AND_NEED = re.compile(r"(?i)\b(?:kế hoạch sản xuất|sản lượng|sản phẩm)\s*(?:,|và|&)\s*(?:nhu cầu|nguyên)")
_NEED_TABLE = re.compile(r"(?i)\bnhu cầu (?:về )?(?:nguyên|vật) liệu|\bnguyên (?:vật )?liệu cần(?: dùng)?\b|"
                         r"\blượng nguyên (?:vật )?liệu (?:cần|sử dụng)")
# a table of what the gift sets or combos take, year by year ("Số lượng từng thành phần các hộp quà sử dụng", "Sản phẩm
# dùng cho giỏ quà", "Lượng hàng đóng vào combo"): each row a pack the sets use up, a need of theirs and not the pack's
# output, which its sales table counts sold alone (ia01-ia09)
_SET_USE_TABLE = re.compile(r"(?i)\b(?:(?:hộp|giỏ|bộ|khay|set|túi|thùng|phần)\s+quà|combo)\b.{0,40}?"
                            r"\b(?:sử\s+dụng|dùng|cần|tiêu\s+hao)\b|"
                            r"\b(?:dùng|sử\s+dụng|đóng)\s+(?:cho|vào|trong)\s+(?:các\s+)?(?:(?:hộp|giỏ|bộ|khay|set|túi|thùng|phần)"
                            r"\s+quà|combo)\b")


def _cell_is_value(cell: str, f: Figure) -> bool:
    rest = cell.replace(f.text, " ", 1)
    letters = sum(1 for ch in rest if ch.isalpha())
    if letters > 15 and f.per in ("mẻ", "ngày", "giờ", "ca", "tháng", "năm") and f.kind in QTY_KINDS and \
            re.match(rf"\s*{re.escape(f.text)}\s*[,;(]", cell):
        # a rate that opens its cell, a note after it ("500 kg lá/mẻ, mẻ 4 giờ chưng cất + 1 giờ nạp, xả")
        return True
    return letters <= 15


_TWO_NUMBERS = re.compile(r"\s*(\d[\d.,]*)\s+(\d[\d.,]*)\s*")


def _scale_outlier(vals: list[Val]) -> bool:
    """One yearly amount a hundred times smaller or larger than the row's others: a scan read the
    thousands mark as a decimal comma ("1,370" beside "1.893" and "2.216"), or a decimal comma as a
    thousands mark ("27.130" for "271,3")."""
    money = [x.value for x in vals if x.kind == "money" and x.year is not None and x.value > 0]
    if len(money) < 3:
        return False
    for i, x in enumerate(money):
        rest = sorted(money[:i] + money[i + 1:])
        mid = rest[len(rest) // 2]
        # (above: a hundred times the smallest of the others, "27.130" for "271,3" beside "252" and "290,4")
        if x * 100 <= mid or x >= rest[0] * 100:
            return True
    return False


def _agreeing_years(r: Row, x: Val) -> list[float]:
    """The row's other years of `x`'s kind, sorted, when there are two or more and they agree among
    themselves (the largest within 1.6 times the smallest); else empty."""
    others = sorted(v.value for v in r.vals if v is not x and v.col != x.col and v.kind == x.kind
                    and v.year is not None and v.value > 0)
    return others if len(others) >= 2 and others[-1] <= others[0] * 1.6 else []


def _lost_separator_in_row(r: Row, x: Val) -> float | None:
    """On a scan, one year's cell ten or a hundred times the row's other years, which agree among
    themselves, written as a bare run of digits ("Thuế, phí khác | 12,0 | 152 | 16,5" for 15,2): the
    engine lost its decimal comma; the row itself says so. Its value with the comma put back, or None."""
    if not re.fullmatch(r"\s*\d{3,}\s*", x.text or "") or x.value <= 0:
        return None
    others = _agreeing_years(r, x)
    if not others:
        return None
    mid = others[len(others) // 2]
    for f in (10, 100):
        if x.value >= 6 * others[-1] and 0.6 * mid <= x.value / f <= 1.6 * mid:
            return x.value / f
    return None


def _lost_digit_in_row(r: Row, x: Val) -> bool:
    """On a scan, one year's cell about a tenth of the row's other years, which agree among themselves
    ("Vỏ bưởi tươi | 185,8 | 209 | 22,2" for 232,2): the engine dropped a digit; the cell is unread."""
    others = _agreeing_years(r, x)
    return x.value > 0 and bool(others) and x.value * 5 <= others[0]


def _glued_unit(cells: list[str], vals: list[Val]) -> bool:
    """On a scan, one year's cell with a gram sign stuck to it among the row's bare numbers ("Sản lượng (kg) | 1.410 |
    117g | 1.740" for "1.575"): a misread cell, not 117 grams (ha03)."""
    texts = [cells[x.col] for x in vals if 0 <= x.col < len(cells)]
    return any(re.fullmatch(r"\s*\d[\d.,]*[gø]\s*", t) for t in texts) and \
        sum(1 for t in texts if re.fullmatch(r"\s*\d[\d.,]*\s*", t)) >= 2


def _merged_cell(cell: str) -> bool:
    """Two numbers in one cell of a scan, not one number grouped by a space ("1 500")."""
    m = _TWO_NUMBERS.fullmatch(cell)
    if not m:
        return False
    a, b = m.groups()
    return not (re.fullmatch(r"\d{1,3}(?:\.\d{3})*", a) and re.fullmatch(r"\d{3}(?:,\d+)?", b))


# a digit run into a letter ("D21", "1a") or beside a mark no number carries ("©", "):")
_OCR_DEBRIS = re.compile(r"[^\W\d_]\d|\d[^\W\d_]|[©®§¢|\\]|\d\)\s*[:;]")


def _val(f: Figure) -> Val:
    return Val(f.value, f.unit, f.kind, f.per, f.year, f.col if f.col is not None else -1, f.text,
               f.qualifier, f.value_max)


def _is_year_cell(cell: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:năm\s*)?(?:19|20)\d\d\s*", cell or "", re.I))


def _long_table_years(data_rows: list[list[str]]) -> list[int | None] | None:
    """The year of each row of a table whose first column is the year and whose second names a
    product, several rows sharing a year (repeated, or left blank under the first): None when the
    table is not laid out so (one row per year, the figures by column)."""
    years: list[int | None] = []
    cur = None
    shared = False
    for r in data_rows:
        first = r[0] if r else ""
        if _is_year_cell(first):
            y = int(re.search(r"(?:19|20)\d\d", first).group(0))
            shared = shared or y in years
            cur = y
        elif first.strip():
            cur = None  # a total or note row ("Cộng"): no year of its own
        elif cur is not None:
            shared = True  # a blank year cell under a year: the same year's next product
        years.append(cur if not first.strip() or _is_year_cell(first) else None)
    labelled = [r for r, y in zip(data_rows, years) if y is not None and len(r) > 2]
    if not shared or not labelled or not all(
            r[1].strip()[:1].isalpha() for r in labelled):
        return None
    return years


# a year cell of a year column that is not the first ("N1 (2027)", "Năm 2 (2028)", "2027")
_YEAR_COL_CELL = re.compile(r"(?i)\s*(?:năm\s*)?(?:(?:n|năm)\s*\d{1,2}\s*)?\(?\s*(?:năm\s*)?((?:19|20)\d\d)\s*\)?\s*")


def _year_column(data_rows: list[list[str]]) -> list[int | None] | None:
    """The year of each row of a "long" table whose year sits in a later column ("STT | SP | Năm | SL | ĐG |
    TT": "1 | Hộp 300 g | N1 (2027) | 16.000 | 48 | 768", "| Cộng DT | N1 (2027) | | | 1.594"): every filled cell
    of that column a year, some year shared by several rows. None when no column is so."""
    ncols = max((len(r) for r in data_rows), default=0)
    for j in range(1, ncols):
        cells = [r[j] if j < len(r) else "" for r in data_rows]
        filled = [c for c in cells if c.strip()]
        if len(filled) < 3:
            continue
        found = [_YEAR_COL_CELL.fullmatch(c) for c in filled]
        if not all(found):
            continue
        years = [int(m.group(1)) for m in found]
        if len(set(years)) == len(years):
            continue  # one row a year: a table by year, read as such elsewhere
        it = iter(years)
        return [next(it) if c.strip() else None for c in cells]
    return None


# a count of machines times their rate times their working time: "2 tủ sấy × 40 kg mứt/mẻ × 120 ngày vụ"
_MACHINES_WORKED = re.compile(r"(?i)^\s*\d+\s+([^\W\d]+(?:\s+[^\W\d]+){0,3})\s*[×x*]\s*\d[^×x*]*[×x*]\s*\d[\d.,]*\s*"
                              r"(?:ngày|tháng|tuần|mẻ|ca)\b")
# a label that works its rate out to a year: "2 tủ sấy × 40 kg mứt/mẻ × 120 ngày vụ (kg)", the year's 9.600 kg (io09)
_WORKED_TO_YEAR = re.compile(r"(?i)[×x*]\s*\d[\d.,]*\s*(?:ngày|tháng|tuần|mẻ|ca)\b(?!\s*/)")
# a row label that names its amounts per batch or per day: "Sản lượng/mẻ (kg)", "Lá tươi mỗi mẻ (kg)", "Sản lượng 1 ngày"
_PER_PERIOD_LABEL = re.compile(r"(?i)/\s*(mẻ|ngày|tháng|giờ|ca|lô|tuần)\b|\b(?:mỗi|một|1)\s+(mẻ|ngày|tháng|ca|lô|tuần)\b")


# a product or item code ("CXB1", "SP-02", "MN500", "CXV"): capitals and digits, no word of the language
_CODE_CELL = re.compile(r"[A-Z][A-Z0-9]{0,7}(?:[-./][A-Z0-9]{1,6})?")


def _code_cols(header: list[str], body: list[list[str]], ncols: int) -> set[int]:
    """Columns of codes before the item's name ("Mã sản phẩm | Sản phẩm, quy cách | Giá bán": "CXB1 | Chè búp
    khô loại 1, túi 200 g | 64.000"): headed "Mã …" or every filled cell a code, with a column of words after
    them. Not a row's label (hc10): the name beside it is."""
    out = set()
    for j in range(ncols - 1):
        cells = [r[j].strip() for r in body if j < len(r) and r[j].strip()]
        if len(cells) < 2 or not all(_CODE_CELL.fullmatch(c) for c in cells):
            continue
        if not (re.match(r"(?i)\s*mã\b", header[j] or "") or sum(any(ch.isdigit() for ch in c) for c in cells) >= 2):
            continue
        words = [r[j + 1] for r in body if j + 1 < len(r) and sum(ch.isalpha() for ch in r[j + 1]) >= 4]
        if len(words) >= len(cells) - 1:
            out.add(j)
    return out


# a table's two label columns, what and which of its figures: "Sản phẩm | Chỉ tiêu", "Mặt hàng | Nội dung"
_ITEM_HEAD = re.compile(r"(?i)\s*(?:tên\s+)?(?:sản\s+phẩm|mặt\s+hàng|loại\s+sản\s+phẩm|dòng\s+sản\s+phẩm)\s*")
_INDICATOR_HEAD = re.compile(r"(?i)\s*(?:chỉ\s+tiêu|nội\s+dung|diễn\s+giải|khoản\s+mục)\s*")


def build_tables(view: PlanView, v: Vocab) -> list[TableM]:
    figs: dict[tuple[int, int], list[Figure]] = defaultdict(list)
    for f in view.figures:
        if f.table is not None and f.row is not None:
            figs[(f.table, f.row)].append(f)
    out: list[TableM] = []
    ocr = view.ocr
    _names, chosen = plan_scenarios(view)
    for t in view.tables:
        rows = [[(c or "").strip() for c in r] for r in t.rows]
        if not rows:
            continue
        conf = view.blocks[t.block].cell_conf if ocr and 0 <= t.block < len(view.blocks) else None
        if conf is not None and len(conf) != len(rows):
            conf = None

        def cell_conf(r_i: int, j: int, conf=conf) -> float | None:
            return conf[r_i][j] if conf is not None and j < len(conf[r_i]) else None
        ncols = max(len(r) for r in rows)
        # header rows: leading rows without a value figure
        n_header = 0
        for r_i, r in enumerate(rows[:3]):
            fs = [f for f in figs.get((t.index, r_i), []) if f.kind not in ("year",)]
            if fs or (r_i > 0 and group_head_row(r)):
                break  # (nor the first group's head: "1 | Nón lá trắng truyền thống | | |")
            n_header += 1
        if n_header == len(rows):
            n_header = 1
        header = [""] * ncols
        for r in rows[:n_header]:
            for j, c in enumerate(r):
                if c and c not in header[j]:
                    header[j] = f"{header[j]} {c}".strip()
        # "Đơn giá", "Tỷ lệ" are not added up; "Giá trị", "Thành tiền" are, though "giá" opens "giá trị"
        non_add = {j for j, h in enumerate(header) if h and (v.cols["non_additive"].in_text(h) or _RATIO_HEAD.search(h))
                   and not v.cols["amount"].in_text(h)}
        num_col = 0 if header and re.fullmatch(r"(?i)\s*(stt|tt|số\s*tt|thứ tự|no\.?)\s*", header[0] or "") else None
        # a revised plan's comparison table ("Phương án lần 1 | Phương án điều chỉnh | Chênh lệch"): the
        # revised column is the plan; the first version's column and the difference are history
        history = _version_history_cols(header) | _scenario_cols(header, chosen) | \
            _past_period_cols(header, view.dated.year if view.dated else None) | \
            {j for j, h in enumerate(header) if h and _TRIAL_HEAD.search(h)}
        # a year's target beside what was done that year ("Kế hoạch 2026 | Ước TH 2026 | % hoàn thành"): the
        # done is the year's figure, the target is no account of it
        targets = _target_cols(header)
        caption = _table_caption(view, t.block)
        amount_col = next((j for j, h in enumerate(header) if h and j not in non_add
                           and v.cols["amount"].in_text(h) and not re.search(r"(19|20)\d\d", h)), None)
        if amount_col is None and not ocr and sum(1 for h in header if _STAGE_COLUMN.match(h or "")) >= 2:
            # (not on a scan: a row whose cells the scan ran together, "Vốn tự có | 260 - | 260 | 27,4", has its
            # total in another column than its header says)
            # an amount by stage of the investment ("Giai đoạn 1 | Giai đoạn 2 | Tổng"): a row's amount is its total
            amount_col = next((j for j, h in enumerate(header) if _TOTAL_COLUMN.fullmatch(h or "")), None)
        data_rows = rows[n_header:]
        transposed = sum(1 for r in data_rows if r and _is_year_cell(r[0])) >= 2
        # a "long" table: the year in the first column, then one row per product of that year ("2026 |
        # Hũ 500 g | 8.000 | 120.000 | 960.000", "2026 | Hộp 300 g | …"): each row is a product row of
        # its year, not a column of figures by year
        long_years = _long_table_years(data_rows) if transposed else None
        if long_years is not None:
            transposed = False
        # (or its year in a later column: "STT | SP | Năm | SL | …", "N1 (2027)")
        row_years = long_years if long_years is not None else _year_column(data_rows) if not transposed else None
        tm = TableM(t.index, t.block, t.section, t.unit, header, [], non_add, caption, amount_col)
        # the sentence right above the table (or its header) says it lists the materials needed
        above = _caption_tail(caption)
        # (not a table of the output and its material both: "Bảng 1. Kế hoạch sản xuất, nhu cầu nguyên liệu",
        # whose product rows are outputs; its material rows say so themselves, "Lúa nếp non cần")
        # (nor a balance of a material and its sources: "Bảng 5. Cân đối gạo lứt đỏ và nhu cầu nguyên liệu phụ", whose
        # "Gạo lứt đỏ từ ruộng thành viên" is a source, ga01)
        need_table = bool(_NEED_TABLE.search(above + " " + " ".join(header))) and \
            not _OUTPUT_AND_NEED.search(above + " " + " ".join(header)) and not _BALANCE_CAPTION.search(above) \
            or bool(_SET_USE_TABLE.search(above))
        # the sentence right above the table (or its header) says it lists the sources of a material
        # ("Nguồn cung cấp moi:", a column "Nguồn"): each row with a quantity is one source
        # a table of the market's size or of rivals ("Bảng 1. Quy mô thị trường cam …", "Đối thủ | Sản lượng |
        # Thị phần"): its quantities are the market's, none of them the producer's output
        market_table = bool(_MARKET_TABLE.search(above + " " + " ".join(header)))
        supply_table = not need_table and (
            bool(_SUPPLY_TABLE.search(above))
            or any(_SOURCE_COLUMN.fullmatch(h or "") for h in header))
        # a table written with diacritics: its labels are read with them (`Words.in_text_toned`)
        toned = any(has_diacritics(c) for r in rows for c in r if c)

        def label_flags(label: str, toned: bool = toned) -> set[str]:
            got = {k for k, w in v.flags.items() if (w.in_text_toned(label) if toned else w.in_text(label))}
            if "supply" in got and _RESOLD.search(label):
                got.discard("supply")  # "Chè búp khô, túi 500 g (hàng liên kết)": goods bought to sell on, no material
            if "toll" in got or _toll_work(label, v):
                # work on a customer's material ("Làm giò thuê trọn gói | kg | 12.000"): put through the line, no
                # output of the producer's, no need or supply of its material
                got = (got - {"supply", "need"}) | {"toll"}
            # (a balance, "Chênh lệch (nguồn cung − nhu cầu)", "Còn dư", is neither the supply nor the need it names)
            return {"balance"} if "balance" in got else got

        def classified(label: str) -> tuple[str | None, bool, bool, str | None, set[str]]:
            """A row label's kind, total, subset, variant and flags (a balance is derived from the rows, no item
            of theirs: a subset)."""
            kind, total, subset, variant = _classify(label, v, ocr)
            flags = label_flags(label)
            if kind == "price" and v.text["purchase"].in_text(label):
                # "Giá thu mua (đ/kg)", "Giá mua nguyên liệu": what the producer pays its growers, no selling price
                kind = "purchase_price"
            return kind, total, subset or "balance" in flags, variant, flags
        if transposed:
            # one row per year: make one virtual row per column
            for j in range(1, ncols):
                label = header[j] if j < len(header) else ""
                vals = []
                for r_i in range(n_header, len(rows)):
                    for f in figs.get((t.index, r_i), []):
                        if f.col == j and f.kind != "year":
                            vals.append(_val(f))
                            vals[-1].head = rows[r_i][0] if rows[r_i] else ""
                            vals[-1].conf = cell_conf(r_i, j)
                kind, total, subset, variant, flags = classified(label)
                if market_table:
                    flags.add("market")  # ("Năm | Sản lượng tiêu thụ (tấn) | …" of a market's size, years as rows)
                # on a scan, a year's cell of this column read as debris ("D925" for "592,5"): the
                # column's other readings are doubtful too ("71" for "711" beside it)
                column = [rows[r_i][j] if j < len(rows[r_i]) else "" for r_i in range(n_header, len(rows))]
                noisy = ocr and any(c.strip() and _OCR_DEBRIS.search(c) for c in column)
                tm.rows.append(Row(t.index, -1, [label] + [x.text for x in vals], label, None, kind, total,
                                   subset, variant, flags, vals, [], t.section, index=len(tm.rows),
                                   noisy=noisy))
            _price_per_pack(tm)
            out.append(tm)
            continue
        code_cols = _code_cols(header, rows[n_header:], ncols)
        rejected = _rejected_option_columns(header, above)
        item_head = {j for j, h in enumerate(header) if _ITEM_HEAD.fullmatch(h or "")}
        indicator_head = {j for j, h in enumerate(header) if _INDICATOR_HEAD.fullmatch(h or "")}
        for r_i in range(n_header, len(rows)):
            cells = rows[r_i] + [""] * (ncols - len(rows[r_i]))
            num = None
            label_col = None
            start = 0
            if long_years is not None:
                start = 1  # the year cell, not a numbering
            elif (num_col == 0 or _num_type(cells[0]) is not None) and cells[0] and _num_type(cells[0]) and len(cells) > 1:
                num = _ord_text(cells[0]).strip().rstrip(".):")
                start = 1
            elif num_col == 0:
                start = 1
            for j in range(start, ncols):
                c = cells[j]
                if not c or j in code_cols:
                    continue
                if parse_number(c.strip().rstrip("%").strip(), view.doc.number_style) is None and \
                        any(ch.isalpha() for ch in c):
                    label_col = j
                    break
            label = cells[label_col] if label_col is not None else ""
            if label_col is not None and label_col + 1 < ncols and label_col in item_head and \
                    label_col + 1 in indicator_head and (ind := cells[label_col + 1]) and \
                    parse_number(ind, view.doc.number_style) is None and any(ch.isalpha() for ch in ind):
                # "TT | Sản phẩm | Chỉ tiêu | Năm 2027 …": the group's first row names its product and its indicator,
                # "1 | Túi 250 g | Bán được (túi) | 35.030 …", the rows under it the indicator only (ij08): the
                # row is that product's indicator, as "Túi 250 g: Bán được (túi)" says it
                label = f"{label}: {ind}"
            if num is None and label:
                m = _LABEL_NUM.match(label)
                b = re.match(r"^\s*([-+*•])\s*[_¡|]*\s*(.*)$", label)
                d = _LABEL_NUM_DEBRIS.match(label) if ocr else None
                if d is None and ocr and (rm := _LABEL_ROMAN.match(label)) and rm.group(2)[:1].isupper():
                    d = rm  # "| | II Lợi nhuận | …": a scan pushed the group's numeral into the label cell
                if m and num_col is None:
                    num, label = m.group(1).rstrip(".)"), m.group(2)
                elif d:
                    num, label = d.group(1), d.group(2)
                elif b and b.group(2):
                    num, label = b.group(1), b.group(2)
                elif ocr and (lost := re.match(r"^\s*[¡|_]+\s+(\S.*)$", label)):
                    label = lost.group(1)  # "¡ Mực khô loại 2 …": a scan's bar where the numbering was
            kind, total, subset, variant, flags = classified(label)
            if kind is None and (mw := _MACHINES_WORKED.match(label)) and v.text["equipment"].in_text(mw.group(1)):
                # "2 tủ sấy × 40 kg mứt/mẻ × 120 ngày vụ (kg) | 9.600": the machines' year worked out, a capacity (io09)
                kind = "capacity"
            if total and _YEAR_ROUND.match(label) and label_col is not None and \
                    any(sum(ch.isalpha() for ch in c) > 3 for c in cells[label_col + 1:]):
                # "Cả năm | Quảng cáo trên Facebook … | 30" among "Quý II hằng năm | Hội chợ … | 25": an activity
                # the year round, not the year's total (which has figures beside it, no words)
                total = False
            if need_table and kind is None and not flags & {"supply", "balance"}:
                flags.add("need")  # a row of a "Nhu cầu nguyên liệu:" table names a material needed
            vals, lvals = [], []
            for f in figs.get((t.index, r_i), []):
                if f.col is None or f.col >= len(cells):
                    continue
                if f.col == label_col:
                    if f.kind != "year":
                        lvals.append(_val(f))
                    continue
                if f.col == 0 and num is not None and start == 1:
                    continue
                if f.kind == "year" or f.col in history or f.col in targets or f.col in rejected:
                    continue
                if not _cell_is_value(cells[f.col], f):
                    continue
                vals.append(_val(f))
                vals[-1].head = header[f.col] if f.col < len(header) else ""
                vals[-1].conf = cell_conf(r_i, f.col)
                if history:
                    # the revised column's header dates the version ("PA điều chỉnh (tháng 9/2026)"); the
                    # row's own label says which year its figure is ("Doanh thu năm 2028"), if any
                    vals[-1].year = _label_year(label)
            working = {x.col for x in vals if x.col < len(cells) and _WORKING_CELL.search(cells[x.col])}
            if working and any(x.col not in working and x.kind in QTY_KINDS + ("money",) for x in vals):
                # a cell that works the row's figure out ("24.000 lít × 1,3 kg | 31.200", "12 tàu × 2.000 kg | 24.000"
                # under "Quy mô | Số lượng (kg/năm)", jc06): its amounts are the reckoning, the figure is beside it
                vals = [x for x in vals if x.col not in working]
            if row_years is not None and (ly := row_years[r_i - n_header]) is not None:
                for x in vals:
                    x.year = ly
            if flags & {"need", "supply"}:
                for x in vals:
                    if x.per == "năm" and x.year is not None and x.kind in QTY_KINDS:
                        # a need of a year counted "a year" ("Nhu cầu năm 2027 | … | 31.200" under "Số lượng (kg/năm)",
                        # jc06): that year's quantity
                        x.per = None
            if ocr:
                for x in vals:
                    # a bare run of digits among years written with a decimal comma ("6344" beside "582,0" and
                    # "690,4", je03): the comma lost, its value the neighbours' way (for every rule, not the profit's
                    # alone)
                    x.value = _lost_comma_in(vals, x)
            # a scan lost the separators of one cell ("171742" beside "1.490" and "1.945" for
            # "1.717,5"): its value cannot be trusted, so the row has none for that column
            lost = _lost_separators(cells, vals) if ocr else set()
            # one cell among well-formed neighbours that a scan left malformed ("1.4582" for
            # "1.458,2"): that year is unread, the row's other years stand
            bad = {x.col for x in vals if x.col < len(cells) and _MALFORMED.search(cells[x.col])} if ocr else set()
            if ocr and not bad and any(_GROUPED.match(cells[x.col]) for x in vals if x.col < len(cells)):
                # "1553" beside "1.110" and "1.596": a dot the scan lost, and the cell read no better
                # (it was "1.353"); the one doubtful cell of its row
                bad = {x.col for x in vals if x.col < len(cells) and x.kind != "year"
                       and re.fullmatch(r"\s*\d{4}\s*", cells[x.col])}
            if ocr and not bad:
                bad = _lost_groups(cells, vals)
            if len(bad) == 1 and len(vals) >= 3:
                lost |= bad
            vals = [x for x in vals if x.col not in lost]
            if (pl := _PER_PERIOD_LABEL.search(_blank_parens(label or ""))) is not None and \
                    not _WORKED_TO_YEAR.search(_blank_parens(label or "")):
                # (outside its brackets: "Nhu cầu (8 kg/mẻ × số mẻ)" is the year's need, reckoned by the batch)
                # a row of one batch's or one day's amount ("Sản lượng/mẻ (kg) | 8 | 8 | 8"): a rate, no year's quantity
                for x in vals:
                    if x.qty:
                        x.per = (pl.group(1) or pl.group(2)).lower()
            read = {x.col for x in vals} | lost
            # On a scan the row is debris, which year each value belongs to being unknown, when it has
            # fewer cells than its table ("Doanh thu | 71 | 829,5" under three years), a cell left
            # malformed ("18745)" for "1.874,5"), a cell holding two numbers ("1.011 1.128,05": two
            # columns merged) or a year a hundred times off the others ("1,370" beside "1.893")
            ragged = ocr and len(rows[r_i]) < ncols and any(x.year is not None for x in vals)
            noisy = ragged or bool(lost - bad) or ocr and (any(_MALFORMED.search(cells[x.col]) or _merged_cell(cells[x.col])
                                               for x in vals if x.col < len(cells)) or _scale_outlier(vals)
                                               or _glued_unit(cells, vals))
            garbled = False
            debris = 0
            if label_col is not None:
                for j in range(label_col + 1, ncols):
                    c = cells[j].strip()
                    if not c or j in read or c in ("-", "–", "x", "X", "0") or parse_unit_header(c) is not None:
                        continue
                    if _FORMULA_NOTE.fullmatch(c):
                        continue  # how the row is reckoned, in a note column: "(3) = (1) – (2)"
                    if (any(ch.isdigit() for ch in c) and not any(ch.isalpha() for ch in c)) or len(c) <= 2:
                        debris += 1  # OCR debris where a number should be: "s", "2041.212.1870"
                    elif ocr and _OCR_DEBRIS.search(c):
                        garbled = True  # "D21):", "© luc 0": a number the scan garbled into letters and marks
            # one such cell beside at least two well-read years of a scan ("768 | 1.169,6 | 1,2530,2"): that
            # year is unread, the others stand (as for one malformed cell above); more make the row debris
            lone_debris = ocr and debris == 1 and not noisy and len(vals) >= 2 and all(x.year is not None for x in vals)
            if debris and not lone_debris:
                noisy = True
            dated = [x for x in vals if x.year is not None]
            if ocr and dated and all(x.conf is not None and x.conf < _BARELY_READ for x in dated) and \
                    any(0 < x.conf < _UNREAD_COST for x in dated):
                # (0 marks a cell put back from letters, read, not guessed: "2000" at 0 beside "2.025" at 56 %, ci07)
                # a scan's row of which no year was read even at fair odds, one of them not at all ("Chi phí | |
                # 159347 1- 201131. | 221,2", the last at 38 %, jd07): no figure of the row is known
                noisy = True
            if market_table:
                flags.add("market")  # the market's figures ("Sản lượng tiêu thụ (tấn)" of "Quy mô thị trường …")
            if "toll" in flags and any(x.kind in (*QTY_KINDS, "number") for x in vals) and \
                    not any(x.kind == "money" for x in vals):
                flags.add("input")  # (the customers' material put through; a fee row keeps its kind, revenue or cost)
            if supply_table and kind is None and not total and not flags & {"need", "input", "balance"} and \
                    any(x.kind in QTY_KINDS for x in vals) and \
                    not any(o.flags & {"need", "balance"} for o in tm.rows):
                # "Thuyền của gia đình | 6.000" under "Nguồn cung cấp moi:" (not a row after the table's need or
                # balance: "Hạt của khách ép thuê (không mua, ghi để theo dõi)" below "Còn dư" is no source)
                flags.add("supply")
            if ocr and kind in ("cost", "cost_line"):
                for x in vals:
                    if x.kind == "money" and x.value < 0 and 0 <= x.col < len(cells) and \
                            re.match(r"\s*[-–—]\s+\d", cells[x.col]):
                        # "Chỉ phí | 1.390,0 | 1.500,0 | - 1.650,0" on a scan: a stray dash before a cost (a rule of
                        # the table's grid), no negative cost (iv07)
                        x.value = -x.value
            tm.rows.append(Row(t.index, r_i, cells, label, num, kind, total, subset, variant, flags, vals,
                               lvals, t.section, index=len(tm.rows), noisy=noisy, garbled=garbled,
                               debris=bool(lone_debris), misread=ocr and bool(bad & lost)))
        if history and sum(1 for r in tm.rows if _label_year(r.label)) >= 2:
            tm.indicators = True
        _price_per_pack(tm)
        _price_column_per_pack(tm, v)
        _drop_repeated_header(tm, ocr)
        _rejoin_split_numbering(tm)
        _number_run_into_label(tm)
        if ocr:
            _comma_numbering(tm)
            for r in _repair_ocr_numbering(tm):
                r.kind, r.total, r.subset, r.variant, r.flags = classified(r.label)
        _levels(tm)
        _drop_other_scenarios(tm, chosen)
        _unit_cost_total(tm)
        if ocr:
            _parts_beyond_total_dropped(tm)
        if any(r.total and r.kind == "quantity" for r in tm.rows) or _OUTPUT_CAPTION.search(_caption_tail(caption)):
            # the output by site over its total ("Điểm thu mua, lọc mật thôn Trường Sơn | 1.850 | …", "Tổng sản lượng
            # (kg) | 3.700 | …"): what each site makes, though its name says it buys
            for r in tm.rows:
                if "supply" in r.flags and _SITE.search(r.label or ""):
                    r.flags.discard("supply")
        out.append(tm)
    return out


_UNIT_COST = re.compile(r"(?i)^\s*gi[aá]\s+th[aà]nh\b")


def _unit_cost_total(tm: TableM) -> None:
    """A cost sheet's "Giá thành đơn vị (đ/chai)" right under its numbered cost lines is their sum, said
    without "Tổng" (a unit cost is by definition the sum of its lines): a total. Not a "Giá thành" row among
    other numbered rows (one product's cost in a table of several), nor one under a price, revenue or
    output row."""
    for i, r in enumerate(tm.rows):
        if r.kind != "cost" or r.total or r.num is not None or not r.vals or not _UNIT_COST.match(r.label or ""):
            continue
        items = [x for x in tm.rows[:i] if x.vals]
        if len(items) >= 3 and items[-1].index == i - 1 and all(
                x.num is not None and not x.total and not x.subset and
                x.kind not in ("revenue", "profit", "price", "quantity", "investment_total", "payback")
                for x in items):
            r.total = True
        return


_VERSION_OLD = re.compile(r"(?i)\b(?:pa|phương\s+án|kế\s+hoạch|số\s+liệu|bản|hồ\s+sơ|dự\s+toán)\b.*?(?:\blần\s*(?:1|một|đầu|trước)\b|"
                          r"\bcũ\b|\bđã\s+nộp\b|\bban\s+đầu\b|\btrước\s+(?:khi\s+)?điều\s+chỉnh\b)|"
                          # (the first version named alone: "Ban đầu | Điều chỉnh | Chênh lệch", "Bản trước", "Số cũ")
                          r"^\s*(?:ban\s+đầu|số\s+cũ|cũ|(?:bản|pa|phương\s+án|số\s+liệu|dự\s+toán)\s+trước)\s*$|"
                          # (a version dated, beside the revised one: "Phương án tháng 5/2026 | Phương án điều chỉnh")
                          r"^\s*(?:pa|phương\s+án|bản)\s+(?:nộp\s+)?(?:tháng|ngày)\s+\d|"
                          r"^\s*trước\s+(?:khi\s+)?điều\s+chỉnh\b")
_REASON_HEAD = re.compile(r"(?i)\s*(?:l[ýí]\s+do|nguyên\s+nhân|ghi\s+chú|giải\s+trình|căn\s+cứ)\b")
_VERSION_NEW = re.compile(r"(?i)\bđiều\s+chỉnh\b|\bmới\b|\blần\s*(?:2|hai|3|ba)\b|\bbổ\s+sung\b")
# (over the folded header without its spaces: a scan splits words, "Chên h lệch")
_VERSION_DIFF = re.compile(r"chenhlech|tang(?:\(\+\))?[,/]?giam|^\(?\+/[-–]\)?$")


def _diff_header(h: str) -> bool:
    return bool(_VERSION_DIFF.search(re.sub(r"\s+", "", fold(h).lower())))


# a scenario of the plan's figures, named: "phương án cơ sở", "PA thận trọng", "kịch bản lạc quan", "phương án 2"
_SCENARIO = re.compile(r"(?i)(?<!\w)(?:phương\s+án|pa|kịch\s+bản)\s+(cơ\s+sở|thận\s+trọng|bi\s+quan|lạc\s+quan|trung\s+bình|"
                       r"tích\s+cực|tiêu\s+cực|thấp|cao|xấu|tốt|[1-3]|[abc])(?!\w)")
# the plan says which scenario it takes as its plan: "phương án cơ sở (được chọn làm kế hoạch)", "Phương án thận trọng
# (phương án chọn)", "Hợp tác xã lấy phương án cơ sở làm kế hoạch", "chọn PA 2"
_CHOSEN_AFTER = re.compile(r"(?i)^[^.;]{0,12}?(?:\(\s*)?(?:phương\s+án\s+|pa\s+)?(?:được\s+)?(?:chọn|lựa\s+chọn)\b|"
                           r"^\s*(?:\(\s*)?(?:được\s+)?(?:dùng\s+|lấy\s+)?làm\s+(?:kế\s+hoạch|phương\s+án\s+chính)\b")
_CHOSEN_BEFORE = re.compile(r"(?i)\b(?:chọn|lựa\s+chọn|lấy|theo\s+đuổi)\s*$")


def _scenario_key(mt: re.Match[str]) -> str:
    """A scenario's name as compared (folded: "co so", "than trong")."""
    return " ".join(fold(mt.group(1)).split())


def _scenario_name(text: str) -> str | None:
    """The scenario a row label or a column head names, if one."""
    got = _SCENARIO.search(text or "")
    return _scenario_key(got) if got else None


def chosen_scenario(texts: Iterable[str]) -> str | None:
    """The one scenario the plan says it takes as its plan (folded), None when it says none or several."""
    chosen = set()
    for text in texts:
        for mt in _SCENARIO.finditer(text):
            after = text[mt.end():]
            nxt = _SCENARIO.search(after)
            if _CHOSEN_AFTER.search(after[:nxt.start()] if nxt else after) or \
                    _CHOSEN_BEFORE.search(text[max(0, mt.start() - 20):mt.start()]):
                chosen.add(_scenario_key(mt))
    return next(iter(chosen)) if len(chosen) == 1 else None


def plan_scenarios(view: PlanView) -> tuple[frozenset[str], str | None]:
    """The scenarios the plan names and the one it takes as its plan (`chosen_scenario`; None unless it names two or
    more), read once a plan: the tables drop the other scenarios' rows and columns, the payback reads the one taken."""
    cache = view.__dict__.setdefault("_arith_cache", {})
    if "scenarios" not in cache:
        texts = [b.text for b in view.blocks if _SCENARIO.search(b.text)]
        names = frozenset(_scenario_key(mt) for t in texts for mt in _SCENARIO.finditer(t))
        cache["scenarios"] = (names, chosen_scenario(texts) if len(names) >= 2 else None)
    return cache["scenarios"]


def _scenario_cols(header: list[str], chosen: str | None) -> set[int]:
    """The columns of another scenario than the plan's ("PA cơ sở | PA thận trọng" when the plan takes the cautious
    one): their figures are what would be, not the plan. All of them when the plan says which it takes nowhere."""
    named = {j: n for j, h in enumerate(header) if (n := _scenario_name(h))}
    if len(set(named.values())) < 2:
        return set()
    return {j for j, n in named.items() if n != chosen}


def _drop_other_scenarios(tm: TableM, chosen: str | None) -> None:
    """A table of two scenarios side by side, by rows ("I | Phương án cơ sở (phương án chọn)", its "Doanh thu – PA cơ
    sở" …, then "II | Phương án thận trọng" and its rows): the rows of the scenarios the plan does not take are
    another set of figures for the same years, neither items nor totals of the plan's; they leave the table (all the
    scenarios' rows when the plan says which it takes nowhere)."""
    # (the first group's head row read into the table's header, having no figures: "TT | Chỉ tiêu | Năm 2027 …" then
    # "I | Phương án cơ sở | | |")
    in_header = {n for h in tm.header if (n := _scenario_name(h))}
    current: str | None = in_header.pop() if len(in_header) == 1 else None
    named: list[str | None] = []
    for r in tm.rows:
        own = _scenario_name(r.label)
        if own and not r.vals:
            current = own  # a group's head row
        elif r.total and r.num is None:
            current = None
        named.append(own or current)
    if len({n for n in named if n}) < 2:
        return
    kept = [r for r, n in zip(tm.rows, named, strict=True) if n is None or (chosen is not None and n == chosen)]
    for i, r in enumerate(kept):
        r.index = i
    tm.rows[:] = kept


# a column of a trial run ("Làm thử 2026 | Kế hoạch 2027", "Sản xuất thử", "Mẻ thử"): what a few batches gave, not the
# year's output nor the plan's (jg04, jg05)
_TRIAL_HEAD = re.compile(r"(?i)\b(?:làm|sản\s+xuất|nấu|chạy|sấy|ép|mẻ|đợt|sx)\s+thử\b|\bthử\s+nghiệm\b")
# a column of a quantity per quantity ("Kg nhang/kg bột", "lít/kg"): a ratio, never added up
_RATIO_HEAD = re.compile(r"(?i)\b(?:kg|g|gam|lít|l|ml|tấn|tạ)\b[^/|]{0,12}/\s*(?:kg|g|gam|lít|l|ml|tấn|tạ)\b")
_PERIOD_HEAD = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")


def _past_period_cols(header: list[str], dated: int | None) -> set[int]:
    """The columns of a table of periods that are the earlier plan's ("Đã đầu tư 2024 - 2026 | Đầu tư mới 2027 -
    2029", "Phương án 2023 - 2025 | Phương án 2027 - 2029", ji01): a period over by the year the plan is dated, beside a
    period still to come. Not the stages of the plan itself ("Giai đoạn 1 (2027 - 2028) | Giai đoạn 2 (2029 - 2030)"),
    nor the year-by-year columns of a table that runs from past years into the plan's."""
    if dated is None:
        return set()
    ends = {j: int(mm.group(2)) for j, h in enumerate(header) if h and (mm := _PERIOD_HEAD.search(h))}
    if not any(e > dated for e in ends.values()):
        return set()
    return {j for j, e in ends.items() if e <= dated}


def _version_history_cols(header: list[str]) -> set[int]:
    """The columns of a comparison table that are history: the first version's ("Phương án lần 1", "PA cũ
    (tháng 7/2026)", "PA đã nộp") and the difference ("Chênh lệch", "Tăng (+), giảm (-)"), when the table
    also has the revised version's column ("Phương án điều chỉnh", "PA mới"). Empty for any other table
    (a balance's "Chênh lệch" beside "Nhu cầu" and "Nguồn cung" included)."""
    old = {j for j, h in enumerate(header) if h and _VERSION_OLD.search(h)}
    # (not the column of the reasons: "Lý do điều chỉnh", "Ghi chú")
    new = [j for j, h in enumerate(header) if h and j not in old and _VERSION_NEW.search(h) and not _diff_header(h)
           and not _REASON_HEAD.match(h)]
    if not old or len(new) != 1:
        return set()
    return old | {j for j, h in enumerate(header) if h and j not in old and j != new[0] and _diff_header(h)}


_TARGET_HEAD = re.compile(r"(?i)\b(?:kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu\s+giao)\b")
_DONE_HEAD = re.compile(r"(?i)\b(?:thực\s+hiện|th|ước\s+(?:thực\s+hiện|th|đạt)|ước|đạt|kết\s+quả)\b")


def _parts_beyond_total_dropped(tm: TableM) -> None:
    """On a scan, a part's cell half as large again as its table's total that year, in the same unit ("Điểm thu
    mua … Đồng Môn | 740 | 810 | 8680" over "Tổng cộng | 3.700 | 4.050 | 4.400"): a misreading ("880"), so that
    year of the row is unread. Only in a table with one total row, the last."""
    totals = [r for r in tm.rows if r.total]
    if len(totals) != 1 or totals[0] is not tm.rows[-1]:
        return
    tot = {x.year: x for x in totals[0].vals if x.year is not None}
    for r in tm.rows[:-1]:
        if r.subset or r.kind is not None:
            continue
        r.vals = [x for x in r.vals if not ((t := tot.get(x.year)) is not None and x.unit == t.unit and
                                            t.value > 0 and x.value > 1.5 * t.value)]


# a table of the output ("Bảng 7. Sản lượng theo cơ sở 2027 – 2029"), not of a material's
_OUTPUT_CAPTION = re.compile(r"(?i)^(?:(?!nguyên\s+liệu|thu\s+mua|cung\s+ứng|nhu\s+cầu).)*\bsản\s+lượng\b"
                             r"(?:(?!nguyên\s+liệu|thu\s+mua|cung\s+ứng|nhu\s+cầu).)*$")


def _target_cols(header: list[str]) -> set[int]:
    """The columns of a year's target ("Kế hoạch 2026", "KH 2026") in a table that also gives what was done
    that same year ("Ước TH 2026", "Thực hiện 2026"); empty for any other table."""
    by_year: dict[str, list[int]] = defaultdict(list)
    for j, h in enumerate(header):
        if h and len(years := set(re.findall(r"\b(?:19|20)\d\d\b", h))) == 1:
            by_year[years.pop()].append(j)
    out: set[int] = set()
    for cols in by_year.values():
        done = [j for j in cols if _DONE_HEAD.search(header[j])]
        target = [j for j in cols if _TARGET_HEAD.search(header[j]) and not _DONE_HEAD.search(header[j])]
        if done and target:
            out |= set(target)
    return out


_LABEL_YEAR = re.compile(r"\b(20\d\d)\b")


def _label_year(label: str) -> int | None:
    years = set(_LABEL_YEAR.findall(label or ""))
    return int(years.pop()) if len(years) == 1 else None


_PRICE_OF_PACK = re.compile(r"(?i)^\s*(?:đơn\s+)?giá\s+(?:bán\s+)?(?:lẻ\s+|buôn\s+)?(?:1\s+|một\s+|mỗi\s+)?([^\W\d_]+)\b")


def _price_per_pack(tm: TableM) -> None:
    """A price row (or column) named by its pack, in đồng with no "/pack": "Giá hũ (đồng)" beside
    "Kiệu hũ (hũ)" is a price per hũ. Only a pack some quantity row of the table counts in."""
    packs = {x.unit for r in tm.rows for x in r.vals if x.kind in QTY_KINDS and not x.per and x.unit}
    for r in tm.rows:
        if r.kind != "price":
            continue
        mm = _PRICE_OF_PACK.match(r.label or "")
        if not mm or mm.group(1).lower() not in packs:
            continue
        for x in r.vals:
            if x.kind == "money" and not x.per:
                x.per = mm.group(1).lower()


# a column of own selling prices ("Giá bán (đồng)", "Giá tính toán (đồng)"); not "Giá trị" (an amount), "Giá thành",
# "Giá vốn" (costs), "Giá mua" (a purchase) or "Đơn giá", which a cost sheet's bags and labels have as well
_PRICE_COLUMN = re.compile(r"(?i)^\s*giá\s+(?:bán(?:\s+(?:lẻ|buôn|sỉ))?|tính\s+toán|niêm\s+yết|đề\s+xuất|dự\s+kiến|xuất\s+xưởng)\b")
# a row named by its pack and the pack's content: "Mật ong hoa keo, hũ 1 kg", "Chè búp khô loại 1, túi 200 g"
_PACK_WITH_SIZE = re.compile(r"(?i)\b(hũ|lọ|chai|gói|túi|hộp|can|bình|vỉ|khay)\s+\d[\d.,]*\s*(?:g|kg|ml|l|lít|gam)\b")


# a caption of what the investment adds: "Sản lượng tăng thêm so với năm 2026", "Doanh thu tăng thêm do đầu tư",
# "Phần tăng thêm", "Hiệu quả tăng thêm"
_INCREMENT_CAPTION = re.compile(r"(?i)\b(?:tăng\s+thêm|phần\s+tăng|tăng\s+so\s+với)\b")


# the column heads of options or scenarios a plan weighs: "Phương án 1 | Phương án 2", "Thấp (85 %) | Cơ sở (chọn) |
# Cao (115 %)", "Kịch bản A | Kịch bản B", "Lạc quan | Bi quan"; and the mark of the one it chose
_OPTION_HEAD = re.compile(r"(?i)^\W*(?:phương\s+án\s+(?:\d{1,2}|[a-e]|một|hai|ba)\b|kịch\s+bản\b|thấp\b|cao\b|"
                          r"trung\s+bình\b|cơ\s+sở\s*\(|lạc\s+quan\b|bi\s+quan\b|khả\s+quan\b|cách\s+\d\b)")
_CHOSEN_HEAD = re.compile(r"(?i)\b(?:chọn|lựa\s+chọn|được\s+chọn|đề\s+xuất|cơ\s+sở)\b")


# a caption that compares options: "Bảng 4. So sánh hai phương án dụng cụ ủ chượp", "Hai phương án máy khắc CNC"
_COMPARE_CAPTION = re.compile(r"(?i)\b(?:so\s+sánh\s+(?:các\s+|hai\s+|ba\s+|\d\s+)?(?:phương\s+án|lựa\s+chọn|kịch\s+bản)|"
                              r"(?:hai|ba|các|\d)\s+(?:phương\s+án|kịch\s+bản)\b)")
# the head of a comparison's criteria column, not an option: "Tiêu chí", "Chỉ tiêu", "Nội dung", "TT"
_CRITERIA_HEAD = re.compile(r"(?i)^\W*(?:tiêu\s+chí|chỉ\s+tiêu|nội\s+dung|hạng\s+mục|khoản\s+mục|s?tt|đvt|đơn\s+vị)\b")


def _rejected_option_columns(header: list[str], caption: str = "") -> set[int]:
    """The columns of the options or scenarios a table weighs that the plan did not take: every one but the column
    marked chosen ("Cơ sở (chọn)"), all of them when none is marked (the plan's figures are told elsewhere, iy01,
    iy05); every column but the criteria's under a caption that compares options, whatever the options' heads ("So
    sánh hai phương án dụng cụ ủ chượp": "Thùng gỗ | Bể composite", iy06); none when the table weighs no options."""
    cols: list[int] = []
    if _COMPARE_CAPTION.search(_caption_tail(caption) or caption or ""):
        cols = [j for j, h in enumerate(header) if j > 0 and h and not _CRITERIA_HEAD.match(h)]
    if len(cols) < 2:
        cols = [j for j, h in enumerate(header) if h and _OPTION_HEAD.match(h)]
    if len(cols) < 2:
        return set()
    chosen = [j for j in cols if _CHOSEN_HEAD.search(header[j] or "")]
    return set(cols) - set(chosen) if len(chosen) == 1 else set(cols)


def _price_column_per_pack(tm: TableM, v: Vocab) -> None:
    """A price list: a column of selling prices in đồng and a row per pack ("Mã sản phẩm | Sản phẩm, quy cách | Giá bán
    (đồng)", "CXB1 | Chè búp khô loại 1, túi 200 g | 64.000"): each row's price is per its pack (hc10, ha06), as a row
    "… (đồng/túi)" would say. Not a market survey's or a purchase's table."""
    cols = {j for j, h in enumerate(tm.header) if h and _PRICE_COLUMN.match(h) and not v.text["purchase"].in_text(h)}
    cap = _caption_tail(tm.caption)
    if not cols or v.text["competitor"].in_text(cap) or v.text["purchase"].in_text(cap) or _COST_TABLE.search(cap):
        return
    for r in tm.rows:
        if r.kind is not None or r.total or r.subset or r.flags & {"need", "supply", "input", "market"}:
            continue
        pm = _PACK_WITH_SIZE.search(r.label or "")
        # (the price reckoned with, beside the range it was taken from: "… | 180.000 - 200.000 | 180.000" under
        # "Khoảng giá (đồng) | Giá tính toán (đồng)", ha06)
        money = [x for x in r.vals if x.kind == "money" and x.unit == "VND" and x.col in cols]
        if pm is None or not money or any(x.per or x.year is not None for x in money):
            continue
        for x in money:
            x.per = pm.group(1).lower()
        if not any(x.kind == "money" and x.col not in cols and x.col < len(tm.header)
                   and v.cols["amount"].in_text(tm.header[x.col] or "") for x in r.vals) and not (
                # (or its year's amounts in a revenue table: "… chai 500 ml | 75.000 | 2.475,0 | 2.550,0" under "Giá bán
                # (đồng) | Năm 2027 | Năm 2028" in "Bảng 13. Doanh thu dự kiến", it06)
                v.rows["revenue"].in_text(cap) and
                any(x.kind == "money" and x.year is not None and not x.per and x.col not in cols for x in r.vals)):
            # (a row that also holds its amount, "… chai 500 ml | 20.000 | 88.000 | 1.760.000.000" under "Số lượng |
            # Giá bán (đồng) | Thành tiền (đồng)", is a line of a revenue table, its amount an item of the total, hv05)
            r.kind = "price"


def _table_caption(view: PlanView, block: int) -> str:
    """The short lines right above a table ("Bảng 3. Nhu cầu vốn đầu tư", "ĐVT: triệu đồng"), up
    to and including the nearest heading."""
    parts: list[str] = []
    for i in range(block - 1, max(-1, block - 4), -1):
        b = view.blocks[i]
        if b.kind == BlockKind.table or len(b.text) >= 200:
            break
        parts.insert(0, b.text)
        if b.kind == BlockKind.heading:
            break
    return " ".join(parts)


_YEAR_ROUND = re.compile(r"(?i)^\s*cả\s+năm\b")


def _drop_repeated_header(tm: TableM, ocr: bool = False) -> None:
    """A table that runs over a page break repeats its header row there ("STT | Hạng mục | Giá
    trị" between items 2 and 3): that row holds no figure, and the rows after it are not its
    children. On a scan the repeat may come in pieces ("T | năm 2027" of "TT | … | Kế hoạch năm
    2027"): each of its cells a run of words of a different header cell."""
    head = {fold(c).strip() for c in tm.header if c and c.strip()}
    if len(head) < 2:
        return
    keep = []
    for r in tm.rows:
        cells = {fold(c).strip() for c in r.cells if c and c.strip()}
        if not r.vals and len(cells) >= 2 and len(cells & head) >= max(2, len(cells) - 1):
            continue
        if ocr and not r.vals and not r.lvals and len(cells) >= 2 and any(len(c.split()) >= 2 for c in cells) and \
                _header_pieces(cells, [fold(c).strip() for c in tm.header]):
            continue
        keep.append(r)
    if len(keep) < len(tm.rows):
        for i, r in enumerate(keep):
            r.index = i
        tm.rows[:] = keep


def _header_pieces(cells: set[str], head: list[str]) -> bool:
    """Each cell is a run of whole words of its own header cell, in the header's order."""
    at = 0
    for c in sorted(cells, key=lambda c: next((i for i, h in enumerate(head) if f" {c} " in f" {h} "), len(head))):
        i = next((i for i in range(at, len(head)) if f" {c} " in f" {head[i]} "), None)
        if i is None:
            return False
        at = i + 1
    return True


def _rejoin_split_numbering(tm: TableM) -> None:
    """A row number the text layer split at a kerning gap ("6.1 0" after "6.9") is the next one of
    the sequence ("6.10"), not a third-level "6.1" under "6.9" whose value would replace its
    parent's."""
    for k, r in enumerate(tm.rows):
        cell = r.cells[0].strip() if r.cells else ""
        mt = re.fullmatch(r"(\d+(?:\.\d+)*)\s+(\d+)", cell)
        if not mt or not k:
            continue
        joined = mt.group(1) + mt.group(2)
        prev = tm.rows[k - 1].num or ""
        head, _, last = prev.rpartition(".")
        if last.isdigit() and joined == (f"{head}." if head else "") + str(int(last) + 1):
            r.num = joined


def _number_run_into_label(tm: TableM) -> None:
    """A row whose number sits in its label cell, the number cell left empty ("| | 2.10 Thuế khoán
    … |" after "2.9 | Điện, kiểm nghiệm …" on a scan): the number is the row's when it is the next
    of the sequence, so the row stays an item of its group."""
    for k, r in enumerate(tm.rows):
        if not k or r.num or not r.cells or r.cells[0].strip():
            continue
        mt = re.match(r"(\d+(?:\.\d+)+)\.?\s+(?=\w)", r.label)
        prev = tm.rows[k - 1].num or ""
        head, _, last = prev.strip().rstrip(".").rpartition(".")
        if mt and head and last.isdigit() and mt.group(1) == f"{head}.{int(last) + 1}":
            r.num = mt.group(1)
            r.label = r.label[mt.end():]


def _comma_numbering(tm: TableM) -> None:
    """On a scan, a dotted row number read with a comma ("2,6" between "2.5" and "2.7") is the next of
    its sequence: as a number it is lost, and with it the row's place among its group's items."""
    for k, r in enumerate(tm.rows):
        cell = r.cells[0].strip() if r.cells else ""
        if r.num or not k or not re.fullmatch(r"\d{1,2},\d{1,2}", cell):
            continue
        prev = tm.rows[k - 1].num or ""
        head, _, last = prev.rpartition(".")
        if head and last.isdigit() and cell.replace(",", ".") == f"{head}.{int(last) + 1}":
            r.num = cell.replace(",", ".")


# a cell that multiplies amounts out, with no result of its own: "24.000 lít × 1,3 kg", "12 tàu × 2.000 kg"
_WORKING_CELL = re.compile(r"^\s*\d[\d.,]*\s*[^\W\d]*(?:\s+[^\W\d]+)?\s*[×x*]\s*\d[\d.,]*\s*[^\W\d]*(?:/[^\W\d]+)?\s*$")
_FORMULA_NOTE = re.compile(r"\s*\(\s*\d{1,2}\s*\)\s*=\s*[()\d\s+\-–×x*:/]+")


_SUB_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.(\d{1,2})\.?")


def _repair_ocr_numbering(tm: TableM) -> list[Row]:
    """On a scan, a row number the OCR misread ("Kì", "D", "Ỷ" among 1, 2, 4, 6) is the next one of
    its neighbours' sequence ("1 2 Kì 4 D 6 Ỷ" is 1 … 7): a misread must not make a letter heading
    whose "children" the rows below would be. Only in a column of plain numbers, at most two
    characters, the row before numbered n and the one after (if any) n + 2."""
    rows = [r for r in tm.rows if not r.total]
    for k in range(1, len(rows) - 1):
        r = rows[k]
        # a sub-item's number the scan lost or misread ("2.4 | Thùng carton …", "2.o | Điện, nước … | 100 | …",
        # "2.6 | Tiền lương"): the one between its neighbours, not a part of the row above
        token = r.cells[0].strip() if r.cells and r.cells[0].strip() != r.label else ""
        if not r.num and r.vals and (a := _SUB_NUMBER.fullmatch(rows[k - 1].num or "")) and \
                (b := _SUB_NUMBER.fullmatch(rows[k + 1].num or "")) and a.group(1) == b.group(1) and \
                int(b.group(2)) == int(a.group(2)) + 2 and (not token or token.startswith(a.group(1) + ".") and len(token) <= 5):
            r.num = f"{a.group(1)}.{int(a.group(2)) + 1}"
    plain = [r for r in rows if r.num and r.num.isdigit()]
    relabelled: list[Row] = []
    if len(plain) < max(3, len(rows) // 2):
        return relabelled
    for k, r in enumerate(rows):
        if not r.num and len(r.cells) > 1 and r.label == r.cells[0].strip() and len(r.label) <= 2 and \
                sum(ch.isalpha() for ch in r.cells[1]) > 3:
            # "B¿ | Dây chuyền nấu, …": the misread number taken for the label, the label in the next cell
            # (its kind is then read from the label, by the caller: "gi | Tổng nguồn cung" is a total)
            r.label = r.cells[1].strip()
            r.num = r.cells[0].strip()
            relabelled.append(r)
        # the misread number, kept as the row's number or left in its first cell
        token = r.num or (r.cells[0].strip() if r.cells and r.cells[0].strip() != r.label else "")
        if not token and 0 < k < len(rows) - 1 and r.vals:
            # a number the scan lost ("4 | Tiền công …", " | Khấu hao | 60.000 | …", "6 | Lãi vay …"): the one
            # between its neighbours, not a part of the row above
            prev, nxt = rows[k - 1].num, rows[k + 1].num
            if prev and nxt and prev.isdigit() and nxt.isdigit() and int(nxt) == int(prev) + 2:
                r.num = str(int(prev) + 1)
            continue
        if not token or token.isdigit() or not k:
            continue
        prev = rows[k - 1].num
        # the right number with debris after it ("4_-" after 3)
        tail = re.fullmatch(r"(\d{1,2})[\W_]+", token)
        if tail and prev and prev.isdigit() and int(tail.group(1)) == int(prev) + 1:
            r.num = tail.group(1)
            continue
        if len(token) > 2:
            continue
        nxt = rows[k + 1].num if k + 1 < len(rows) else None
        if prev and prev.isdigit() and (nxt is None or (nxt.isdigit() and int(nxt) == int(prev) + 2)):
            r.num = str(int(prev) + 1)
    return relabelled


def _levels(tm: TableM) -> None:
    """Hierarchy levels from the numbering: "I" above "1" above "1.1" above "a)" above "-".
    Unnumbered rows under a numbered one are its sub-items; in a table numbered only with dashes
    ("- Móng", "- Tường") the unnumbered rows are the items and the dashes their parts."""
    nums = [r.num.strip().rstrip(".):") for r in tm.rows if r.num]
    # capital letters, not Roman numerals: a letter Roman numerals lack ("A", "B"), and no numeral
    # of two letters ("II") — "A Doanh thu … C Lợi nhuận" (an OCR may lose "B")
    letters = any(re.fullmatch(r"[A-ZĐ]", n) and n not in "IVXLCDM" for n in nums) and \
        not any(re.fullmatch(r"[IVXLC]{2,6}", n) for n in nums)
    types = sorted({nt for r in tm.rows if r.num and (nt := _num_type(r.num, letters)) is not None})
    rank = {t: i + 1 for i, t in enumerate(types)}
    only_minor = bool(types) and all(t[0] >= _RANK["lower"] for t in types)
    last: float | None = None
    in_subset: float | None = None
    sibling_ends = False  # a "Trong đó" row numbered at the top level: the next row so numbered ends its parts
    for r in tm.rows:
        nt = _num_type(r.num, letters) if r.num else None
        if nt is not None:
            r.level = float(rank[nt])
            last = r.level
        elif r.total:
            r.level = 0.0
        elif only_minor:
            r.level = 0.5
        elif last is not None:
            r.level = last + 0.5
        else:
            r.level = None
        # rows after a "Trong đó" row are parts, until a row at the parent's level or above
        if r.subset and "balance" in r.flags:
            # (a balance line, "Còn dư lạc nhân", is no item of a total but heads no parts either: the next
            # material's rows come after it, "Cơ sở nấu mạch nha … | 17.000", "Tổng mạch nha | 17.000")
            continue
        if r.subset:
            in_subset = r.level if r.level is not None else (last or 0.0)
            sibling_ends = nt is not None and r.level == 1.0
            continue
        if in_subset is not None:
            # ("3 | Trong đó: lãi vay", then "4 | Lợi nhuận": the next line of the table, not a part)
            if r.level is not None and (r.level < in_subset or sibling_ends and r.level <= in_subset) or r.total:
                in_subset = None
            else:
                r.subset = True


# =============================================================================== text model

@dataclass
class Sent:
    text: str
    block: int
    section: str | None
    amounts: list[Amount]


# A year written right after an amount: "52 tấn (2027)", "11.000 lít năm 2027" (not after a comma:
# "năm 2026 đạt 50 tấn, năm 2027 đạt 60 tấn" gives 50 tấn to 2026).
# (not a year that opens a statement of its own: "3.400 kg/năm (năm 2026 là 2.500 kg, …)")
_YEAR_AFTER = re.compile(r"^[ \t]*\(?\s*(?:(?:vào|trong|của|(?:kể\s+)?từ|đến|tới)\s+)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)"
                         r"(?!\s*(?:là|đạt|:|=)\s*\d)", re.I)
_ORD_BEFORE = re.compile(r"năm\s+(?:thứ\s+)?(\d{1,2})\s*[:,]?\s*(?:(?:là|đạt)\s+)*$", re.I)


# "7 lao động thường xuyên năm 2026", "8 tấn thành phẩm năm 2027", "6.400 kg mật ong thô năm 2027" (is03): a year after up
# to four words
# (not across "và", "đến", "so với": "1,8 tỷ đồng và năm 2029 đạt …" gives 1,8 no year)
_YEAR_AFTER_WORDS = re.compile(r"^[ \t]*(?:(?!(?:và|hoặc|còn|đến|tới|từ|sang|so|với|hơn|bằng|lên)\b)[^\W\d_]+[ \t]+){1,4}"
                               r"(?:\(\s*)?(?:(?:vào|trong)\s+)?năm\s+((?:19|20)\d\d)(?![\d/])", re.I)
_YEAR_ANY = re.compile(r"(?<![\d.,/])((?:19|20)\d\d)(?![\d.,])")
_YEAR_END = re.compile(r"(?<![\d.,/])(?:19|20)\d\d$")
# a business year over two calendar years ending the text: "niên vụ 2027-2028", "NTC 2027/2028"
_SEASON_END = re.compile(r"(?<![\d.,/])((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)$")


# the target of a change after an origin and its year: "… năm 2028 xuống 28.000 lít"
_CHANGE_TO = re.compile(r"(?i)\b(?:xuống|lên|còn|thành)\b")
# an amount and its unit just before "năm": the year after it is that amount's ("37.500 lít năm 2028")
_AMOUNT_THEN_YEAR = re.compile(r"(?i)\d[\d.,]*\s*(?:[^\W\d]+/)?[^\W\d]+\s+(?:năm\s+)?$")


def year_of(text: str, a: Amount, prev_end: int) -> int | None:
    """The year an amount in running text belongs to: written right after it ("11.000 lít năm
    2027", "52 tấn (2027)"), else the nearest before it in its clause, after the previous amount
    ("năm 2025 cơ sở sản xuất 8 tấn"), else none."""
    m = _YEAR_AFTER.match(text[a.end:a.end + 20]) or _YEAR_AFTER_WORDS.match(text[a.end:a.end + 40])
    if m:
        return int(m.group(1))
    if prev_end >= 4 and (season := _SEASON_END.search(text[:prev_end])):
        prev_end = season.start()  # a business year over two calendar years ("NTC 2027-2028: 19.000 kg"), read whole
    elif prev_end >= 4 and _YEAR_END.search(text[:prev_end]):
        prev_end -= 4  # the previous amount is a year ("năm 2027 đạt 11.000 lít"): it still counts
    lo = max(prev_end, a.start - 45)
    left = text[lo:a.start]
    cut = left.rfind(";") + 1
    left = left[cut:]
    found = list(_YEAR_ANY.finditer(left))
    if found:
        # (not the year written right after the amount before: "giảm từ 37.500 lít năm 2028 xuống 28.000 lít" is
        # 2028's 37.500, and the 28.000 another year's, hj06)
        if not (_AMOUNT_THEN_YEAR.search(text, 0, lo + cut + found[-1].start()) and
                _CHANGE_TO.search(left, found[-1].end())):
            last = found[-1]
            if (season := _SEASON_END.search(left, 0, last.end())) and \
                    int(season.group(2)) == int(season.group(1)) + 1:
                # a business year over two calendar years ("niên vụ 2027-2028: 145.000 kg", "NTC 2027/2028"): the
                # year it starts in, as a table's "2027–2028" column is read (pipeline.figures, ho01)
                return int(season.group(1))
            return int(last.group(1))
        return None
    m = _ORD_BEFORE.search(left)
    if m:
        return int(m.group(1))
    # "năm đầu đạt 20 tấn, từ năm thứ hai 30 tấn", "30 tấn từ năm thứ 2 trở đi": the plan's own years
    m = _ORD_AFTER.match(text[a.end:a.end + 30])
    if m:
        return _ord_value(m)
    found_ord = [m for m in _ORD_ANY.finditer(left) if not _ORD_PAST.search(left[:m.start()])]
    if found_ord:
        return _ord_value(found_ord[-1])
    # "Năm 2028, khi xưởng chạy ổn định với …, doanh thu dự kiến đạt khoảng 3,5 tỷ đồng", "…; năm
    # 2027 khi phòng mới đi vào hoạt động, lợi nhuận ước đạt …": a sentence or clause opened by its
    # only year
    start = _clause_start(text, a.start)
    clause = _clause_of(text, a.start)
    m = _LEAD_YEAR.match(clause)
    if m and start + m.end() <= a.start and len(_ANY_YEAR.findall(clause)) == 1:
        return int(m.group(1))
    # "Năm 2027: thực phẩm 472,5 triệu đồng; …; tiền lương 8 lao động 624 triệu đồng": a sentence
    # whose first clause names its only year (the clauses after it list that year's items)
    cut = text.find(";")
    # (not into a clause that says it is about today: "… thành lập ngày 03/3/2023; hiện nay tổ hợp tác
    # có 9 thành viên")
    if 0 <= cut < a.start and _ANY_YEAR.search(text, 0, cut) and not _NOW_CLAUSE.search(text[start:a.start]):
        years = set(_ANY_YEAR.findall(text))
        if len(years) == 1 and not _ORD_ANY.search(text):
            return int(years.pop())
    return None


_NOW_CLAUSE = re.compile(r"(?i)\bhiện (?:nay|tại|đang|có)\b")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last semicolon before it."""
    return text.rfind(";", 0, pos) + 1


def _clause_of(text: str, pos: int) -> str:
    """The clause holding `pos`: between the semicolons around it."""
    end = text.find(";", pos)
    return text[_clause_start(text, pos):end if end >= 0 else len(text)]


_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LEAD_YEAR = re.compile(r"^\W*(?:(?:trong|đến|tới|sang|vào|riêng)\s+)?năm\s+((?:19|20)\d\d)(?![\d/.])", re.I)


_ORD_WORDS = {"nhất": 1, "một": 1, "đầu": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
              "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ORD = r"năm\s+(?:thứ\s+(\d{1,2}|nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|(đầu)(?:\s+tiên)?)(?!\w)"
_ORD_ANY = re.compile(_ORD, re.I)
_ORD_AFTER = re.compile(r"^\W{0,3}(?:(?:vào|trong|từ|ở|của)\s+)?" + _ORD, re.I)
_ORD_PAST = re.compile(r"(?i)(?:những|các|mấy)\s*$")  # "những năm đầu thành lập": the past


def _ord_value(m: re.Match[str]) -> int:
    w = (m.group(1) or m.group(2)).lower()
    return int(w) if w.isdigit() else _ORD_WORDS[w]


def amounts_in(text: str, style: str) -> list[Amount]:
    """Every amount of a sentence (pipeline.figures reads compounds such as "cung cấp 150 tấn",
    "nông thôn 500 triệu đồng" and the year of "năm 2025 cơ sở ...")."""
    return list(text_amounts(text, style))  # remembered: a sentence is read by several relations


def build_sentences(view: PlanView) -> list[Sent]:
    style = view.doc.number_style
    out = []
    sents = view.sentences
    i = 0
    while i < len(sents):
        s = sents[i]
        b = view.blocks[s.block]
        i += 1
        if b.kind not in (BlockKind.paragraph, BlockKind.list_item):
            continue
        text = s.text
        if (head := _YEAR_HEAD.match(text)) and b.text.strip() == text.strip():
            # "• Năm 2027:" over its list ("+ Sản lượng: 20.000 hộp", "+ Giá bán: 65.000 đ/hộp", "+ Doanh thu:
            # 1.450 triệu đồng"): one statement of that year, as a sentence would say it (el09)
            items, last = [], s.block
            while i < len(sents) and sents[i].block == last + 1 and \
                    view.blocks[sents[i].block].kind == BlockKind.list_item and not _YEAR_HEAD.match(sents[i].text):
                items.append(sents[i].text.strip().rstrip(".;").strip())
                last = sents[i].block
                i += 1
            if items:
                text = f"Năm {head.group(1)}: " + "; ".join(items) + "."
        amounts = amounts_in(text, style)
        if amounts and (h := _HYPOTHETICAL.search(text)) and h.start() < amounts[0].start:
            continue  # "Phân tích độ nhạy: nếu giá bán giảm 10%, doanh thu còn …": not the plan's figures
        out.append(Sent(text, s.block, s.section, amounts))
    return out


# a year alone over a list, its bullet as a scan may read it ("• Năm 2027:", "s Năm 2027:", "° Năm 2028:")
_YEAR_HEAD = re.compile(r"(?i)^\W{0,3}(?:\w\s+)?năm\s+((?:19|20)\d\d)\s*:?\s*$")


_HYPOTHETICAL = re.compile(r"(?i)\b(?:nếu|giả sử|giả định|trường hợp xấu|kịch bản|độ nhạy)\b")


def label_marks(text: str, kinds: dict[str, Words]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every label of `kinds` in `text`, a label inside a longer one dropped."""
    marks: list[tuple[int, int, str]] = []
    for kind, words in kinds.items():
        for s, e in words.char_spans(text):
            marks.append((s, e, kind))
    marks.sort()
    clean: list[tuple[int, int, str]] = []
    for m in marks:
        if clean and m[0] < clean[-1][1]:
            if m[1] - m[0] > clean[-1][1] - clean[-1][0]:
                clean[-1] = m
            continue
        clean.append(m)
    return clean


_ASIDE = re.compile(r"\([^()]*\)")


def labelled(sent: Sent, kinds: dict[str, Words], pred, max_gap: int = 90) -> list[tuple[str, Amount, int]]:
    """(kind, amount, label end) for each amount matching `pred` that follows a label of one of
    `kinds` in its clause: the nearest label before it, with no clause break (";") between."""
    text = sent.text
    clean: list[tuple[int, int, str]] | None = None  # the labels, found once an amount qualifies
    out = []
    for a in sent.amounts:
        if not pred(a):
            continue
        if clean is None:  # (most sentences have no amount `pred` wants: their labels are not looked for)
            clean = label_marks(text, kinds)
        before = [m for m in clean if m[1] <= a.start]
        if not before:
            continue
        s, e, kind = before[-1]
        gap = text[e:a.start]
        # an aside in brackets ("(sửa đổi bởi Nghị quyết số 165/2025/NQ-HĐND)") adds no distance
        if len(_ASIDE.sub("", gap)) > max_gap or ";" in gap or re.search(r"\.\s", gap):
            continue
        out.append((kind, a, e))
    return out


# =============================================================================== the plan model

@dataclass
class PlanModel:
    view: PlanView
    vocab: Vocab
    tables: list[TableM]
    sents: list[Sent]
    plan_year: int | None
    _cache: dict = field(default_factory=dict)

    def rows(self) -> Iterable[Row]:
        for t in self.tables:
            yield from t.rows

    def table(self, i: int) -> TableM:
        # (asked once per row by several relations: an index made once, not a search each time;
        # the first table of an index wins, as the search found it)
        by_index = self._cache.get("tables_by_index")
        if by_index is None:
            by_index = self._cache["tables_by_index"] = {t.index: t for t in reversed(self.tables)}
        return by_index[i]

    @property
    def ocr(self) -> bool:
        """Some pages were read by OCR: a digit or a separator may be lost."""
        return self.view.ocr

    def is_plan_year(self, y: int | None) -> bool:
        """A year of the plan's horizon (not the present or the past it reports)."""
        if y is None:
            return False
        if y < 1000:
            return True
        return self.plan_year is None or y >= self.plan_year

    def is_reported_year(self, y: int | None) -> bool:
        """A calendar year before the plan's first: the present or the past the plan reports."""
        return y is not None and y >= 1000 and not self.is_plan_year(y)


_PAST_SECTIONS = PAST_SECTIONS


_REALISED_HEAD = re.compile(r"(?i)^\W*(?:ước\s+)?(?:thực\s+hiện|đã\s+thực\s+hiện|kết\s+quả)\b")


def plan_start(view: PlanView, tables: list[TableM]) -> int | None:
    """First year of the plan: the earliest year column of the tables outside the present-state
    sections, not before the year the plan is dated; else the year after the date."""
    dated = view.dated.year if view.dated else None
    # (not a column that reports what was done: "Thực hiện năm 2026" beside "Kế hoạch năm 2027" in the production
    # plan of a plan dated 9/2026 is the present)
    years = {x.year for t in tables if t.section not in _PAST_SECTIONS for r in t.rows for x in r.vals
             if x.year is not None and x.year >= 1900 and (r.money_years() or r.qty_years())
             and not _REALISED_HEAD.match(x.head or "")}
    if dated is not None:
        years = {y for y in years if y >= dated}
        if view.dated.month >= 10 and any(y > dated for y in years):
            # a plan signed in the last quarter ("tháng 12 năm 2026") beside a column of that year and
            # later ones: the year it is signed in is nearly over, its column the present, not the plan
            years.discard(dated)
    if years:
        return min(years)
    if dated is not None:
        return dated + 1
    return view.plan_year + 1 if view.plan_year else None


def model(view: PlanView, spec: Spec) -> PlanModel:
    key = ("_arith_model", spec.labels)
    cache = view.__dict__.setdefault("_arith_cache", {})
    if key not in cache:
        v = _vocab(spec)
        tables = build_tables(view, v)
        sents = build_sentences(view)
        _foreign_to_vnd(tables, sents)
        _price_per_counted_unit(tables, v)
        _stacked_price_rows(tables, v)
        cache[key] = PlanModel(view, v, tables, sents, plan_start(view, tables))
    return cache[key]


_UNIT_PRICE_HEAD = re.compile(r"(?i)^\s*(?:đg|đơn\s+giá|giá\s+bán|giá)\b")
_COUNTED_UNITS = frozenset({"chai", "hũ", "lọ", "gói", "túi", "hộp", "can", "bình", "vỉ", "khay", "bao", "chiếc", "cái",
                            "bộ", "sản phẩm", "bó", "thùng"})


def _price_per_counted_unit(tables: list[TableM], v: Vocab) -> None:
    """A revenue table's unit-price column in đồng with no unit to price ("Sản phẩm | ĐG (đ) | 2027 | 2028 | 2029",
    "Nước mắm cốt 40 độ đạm | 80.000 | 1.280,0 | 1.656,0 | …"): the price of the one pack the product's own quantity
    row counts in elsewhere ("Nước mắm cốt 40 độ đạm (chai) | 16.000 | 18.000 | …"), when a year's amount is that
    quantity times the price (jm05). The other years are then checked as any priced line is."""
    qty_rows: list[tuple[frozenset[str], Row]] | None = None  # (read only for a plan with such a table)
    for tm in tables:
        cols = {j for j, h in enumerate(tm.header) if h and _UNIT_PRICE_HEAD.match(h)}
        if not cols or not v.rows["revenue"].in_text(_caption_tail(tm.caption)):
            continue
        if qty_rows is None:
            qty_rows = [(frozenset(product_tokens(_blank_parens(q.label or ""), v)), q) for t in tables for q in t.rows
                        if q.kind in (None, "quantity") and not q.subset
                        and not q.flags & {"need", "supply", "input", "toll"}]
        for r in tm.rows:
            if r.kind is not None or r.total or r.subset or r.lvals:
                continue
            price = [x for x in r.vals if x.col in cols and x.kind == "money" and not x.per and x.year is None]
            amounts = {x.year: x.value for x in r.vals if x.kind == "money" and x.year is not None and x.col not in cols}
            words = frozenset(product_tokens(r.label or "", v))
            if len(price) != 1 or not amounts or not words:
                continue
            for w, q in qty_rows:
                if w != words or q.table == r.table:
                    continue
                qs = q.qty_years()
                units = {x.unit for y, x in qs.items() if y is not None}
                if len(units) != 1 or (unit := next(iter(units))) not in _COUNTED_UNITS:
                    continue
                if any(y in qs and close(qs[y].value * price[0].value, a, 0.01) for y, a in amounts.items()):
                    price[0].per = unit
                    break


def _stacked_price_rows(tables: list[TableM], v: Vocab) -> None:
    """A revenue table that stacks each line's quantity, unit price and amount in three rows ("Khối lượng củ | tạ |
    900", "Tiền công | 1.000 đ/tạ | 100", "Thành tiền | 1.000 đ | 90.000"): the middle row is the unit price, whatever
    its label calls it (a fee for work on customers' material, "Tiền công", "Phí xay"), jo08."""
    for tm in tables:
        if not v.rows["revenue"].in_text(_caption_tail(tm.caption)):
            continue
        rows = tm.rows
        for i in range(1, len(rows) - 1):
            q, p, a = rows[i - 1], rows[i], rows[i + 1]
            if p.kind == "price" or p.total or not q.qty_years() or not v.cols["amount"].in_text(a.label or ""):
                continue
            ys = [x for x in p.vals if x.year is not None]
            if ys and all(x.kind == "money" and x.per and "/" not in x.per and x.vmax is None for x in ys) and \
                    len({x.per for x in ys}) == 1:
                p.kind = "price"


FOREIGN = ("USD", "CNY", "JPY")


def _foreign_to_vnd(tables: list[TableM], sents: list[Sent]) -> None:
    """Amounts in a foreign currency ("Giá CIF | USD/kg | 36", "Kim ngạch | USD | 288.000", "giá 2.400 yên Nhật/hộp")
    turned into đồng at the plan's own exchange rate ("Tỷ giá quy đổi | đồng/USD | 25.400", "tỷ giá 25.400
    đồng/USD"; the rate it states most often, when it states several, "nếu tỷ giá thấp hơn 24.500 đồng/USD" being a
    risk); with no rate stated, such an amount is no money the arithmetic can set beside đồng (kind "fx")."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for tm in tables:
        for r in tm.rows:
            for x in (*r.vals, *r.lvals):
                if x.kind == "money" and x.unit == "VND" and x.per in FOREIGN and x.vmax is None and x.value > 0:
                    seen[x.per][x.value] += 1
    for st in sents:
        for a in st.amounts:
            if a.kind == "money" and a.unit == "VND" and a.per in FOREIGN and a.value_max is None and a.value > 0:
                seen[a.per][a.value] += 1
    rate = {cur: c.most_common(1)[0][0] for cur, c in seen.items()}
    for tm in tables:
        for r in tm.rows:
            for x in (*r.vals, *r.lvals):
                if x.kind == "money" and x.unit in FOREIGN and x.per != x.unit:
                    if x.unit in rate:
                        x.value *= rate[x.unit]
                        if x.vmax is not None:
                            x.vmax *= rate[x.unit]
                        x.unit = "VND"
                    else:
                        x.kind = "fx"
    for st in sents:
        if any(a.kind == "money" and a.unit in FOREIGN for a in st.amounts):
            st.amounts = [_amount_in_dong(a, rate) for a in st.amounts]


def _amount_in_dong(a: Amount, rate: dict[str, float]) -> Amount:
    """A sentence's amount in a foreign currency at the plan's rate (no money without one); any other as it is."""
    if not (a.kind == "money" and a.unit in FOREIGN and a.per != a.unit):
        return a
    if a.unit not in rate:
        return replace(a, kind="fx")
    f = rate[a.unit]
    return replace(a, value=a.value * f, unit="VND", value_max=a.value_max * f if a.value_max is not None else None)


def product_tokens(label: str, v: Vocab) -> set[str]:
    """Words naming the product in a label, without prices, units in brackets or generic words."""
    got = v.product_words.get(label)
    if got is None:
        if len(v.product_words) >= 1024:  # a few plans' worth
            v.product_words.clear()
        got = v.product_words[label] = _product_tokens(label, v)
    return set(got)  # the caller's own set


def _product_tokens(label: str, v: Vocab) -> frozenset[str]:
    # ("ø", a letter Vietnamese never writes, is how the scans' OCR reads a "g": "100 kg øạo/giờ")
    label = label.replace("ø", "g")
    text = _PAREN.sub(lambda m: " " if re.search(r"\d", m.group(1)) or len(m.group(1)) < 25 else m.group(0), label)
    text = re.sub(r"\d[\d.,]*\s*(?:đồng|đ|vnđ)\s*/\s*\w+", " ", text, flags=re.I)
    k = _text_keys(text)  # (what `tokens(text)` holds, without a `Tok` per word)
    flat = k[5]
    drop: set[int] = set()
    for i, j in v.stop._spans(k, flat):
        drop.update(range(i, j))
    keys = k[1] if flat else k[0]
    return frozenset(w for i, w in enumerate(keys) if i not in drop)


def product_head(label: str, v: Vocab) -> str | None:
    """The first word naming the product in a label ("cám" of "Cám nếp (6.000 đ/kg)", "gạo" of "Tổng
    gạo nếp"): Vietnamese puts the head noun first."""
    text = _PAREN.sub(" ", label)
    k = _text_keys(text)
    keys = k[1] if k[5] else k[0]
    own = product_tokens(label, v)
    return next((w for w in keys if w in own), None)


def _other_head(m: PlanModel, a: str, b: str) -> bool:
    """Two labels whose head nouns differ and neither names the other's ("Cám nếp" and "Tổng gạo
    nếp": the bran and the rice share a modifier, not a product)."""
    ha, hb = product_head(a, m.vocab), product_head(b, m.vocab)
    return bool(ha and hb and ha != hb and ha not in product_tokens(b, m.vocab)
                and hb not in product_tokens(a, m.vocab))


def _bare(token: str) -> str:
    """A word of `product_tokens` folded, without the digit of its tone: "thit5" -> "thit"."""
    return fold(token).rstrip("0123456789")


def similarity(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# =============================================================================== relation: table_total

def _decimals(text: str, style: str) -> int:
    t = text.strip()
    mark = "," if style == "vi" else "."
    if mark in t:
        return len(t.rsplit(mark, 1)[1].strip(" %"))
    return 0


def _col_val(row: Row, col: int) -> Val | None:
    for x in row.vals:
        if x.col == col:
            return x
    return None


def _year_val(row: Row, tv: Val) -> Val | None:
    """A transposed table's item (one column, a row of the page per year: "Năm | Cá, muối | Bao bì | … | Tổng")
    beside its total: the item's value of the total's year."""
    xs = [x for x in row.vals if x.year == tv.year]
    return xs[0] if len(xs) == 1 else None


# a rounding the plan states for its money: "ĐVT: triệu đồng (làm tròn đến chục triệu đồng)", "(tiền: triệu đồng,
# làm tròn chục triệu)", or for the whole plan, "mọi số tiền trong phương án được làm tròn đến triệu đồng"
_STATED_ROUNDING = re.compile(r"(?i)\blàm\s+tròn(?:\s+(?:số|đến|tới|hàng|theo))*\s+(?:(chục|trăm)\s+)?(nghìn|ngàn|triệu|tỷ)\b")
_ROUNDING_OF_MONEY = re.compile(r"(?i)\b(?:số|khoản)\s+tiền\b|\bsố\s+liệu\b")


def _rounding_step(text: str) -> float:
    """The largest money rounding `text` states, in đồng (0 when none)."""
    return max(({"chục": 10, "trăm": 100}.get((mm.group(1) or "").lower(), 1) *
                {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}[mm.group(2).lower()]
                for mm in _STATED_ROUNDING.finditer(text)), default=0.0)


def _stated_rounding(m: PlanModel, tm: TableM) -> float:
    """The money rounding a table's unit line or caption states, else the one the plan states for all its money
    figures, in đồng; 0 when none is stated."""
    if step := _rounding_step(f"{tm.unit or ''} {tm.caption}"):
        return step
    if "money_rounding" not in m._cache:
        m._cache["money_rounding"] = max((_rounding_step(s.text) for s in m.sents
                                          if _ROUNDING_OF_MONEY.search(s.text)), default=0.0)
    return m._cache["money_rounding"]


def _display_factor(val: Val, style: str) -> float:
    n = parse_number(val.text.strip(), style)
    if not n:
        return 1.0
    return val.value / n


# a result row whatever else its cell holds ("Lợi nhuận Lợi nhuận bình quân 783,2 …": a text line
# the reader merged into the label)
# (also behind a Roman numeral a scan misread, "IH. Lợi nhuận" for "III. Lợi nhuận")
_RESULT_LABEL = re.compile(r"(?i)^\W*(?:[IVXLH1l|!]{1,5}[.,:]\s*)?(?:lợi nhuận|doanh thu|lãi ròng|lãi trước thuế|lãi sau thuế)\b")


def _heading_row(r: Row) -> str | None:
    """A row without figures that opens rows below it: "part" when lettered or in Roman numerals ("A | Chi phí
    trực tiếp theo sản phẩm"), "group" when numbered ("1 | Rượu nếp 40 độ |") or marked ("- | …"); else None."""
    if r.num is None or r.vals:
        return None
    return "part" if r.num and not r.num[0].isdigit() and r.num not in ("-", "+", "*", "–") else "group"


_PARTS_FORMULA = re.compile(r"\(\s*([IVX]+|[A-D])(?:\s*\+\s*(?:[IVX]+|[A-D]))+\s*\)")


def _sums_parts(total: Row) -> bool:
    """A total that names the parts it adds ("Tổng doanh thu (I+II)", "Tổng cộng (A+B)"): the lettered or
    Roman-numbered headings above it open its groups, not a part of the table it stops at."""
    return bool(_PARTS_FORMULA.search(total.label))


def _group_subtotals(tm: TableM, idx: int) -> list[Row]:
    """The sub-totals of the product groups right above row `idx`: "1 | Rượu nếp 40 độ |", its lines, "Cộng
    rượu nếp 40 độ", "2 | …", …, "Cộng rượu nếp sim" (up to the part they belong to, "A | Chi phí trực tiếp
    theo sản phẩm"), when there are two or more and the row right above `idx` is one of them."""
    if idx == 0 or not (tm.rows[idx - 1].total and tm.rows[idx - 1].num is None):
        return []
    parts = _sums_parts(tm.rows[idx])
    subtotals = []
    for r in reversed(tm.rows[:idx]):
        if (head := _heading_row(r)) is not None:
            if head == "part" and not parts:
                break
            continue
        if r.total and r.num is None:
            subtotals.append(r)
        elif r.kind in ("profit", "price", "investment_total"):
            break
    return subtotals[::-1] if len(subtotals) >= 2 else []


_AVERAGE_LABEL = re.compile(r"(?i)\b(?:bình\s+quân|trung\s+bình)\b")


# a sub-total's own words ("Cộng bánh đa nướng", "Cộng (tươi)"), not a grand total's ("Tổng cộng", "Cộng chung")
_GROUP_SUM = re.compile(r"(?i)^\W*cộng\b(?!\s*(?:chung|tất\s+cả|toàn\s+bộ|cả|các|lại)\b)\s*\S")


def _group_head(total: Row, since: list[Row]) -> int | None:
    """The index in `since` (the rows after the previous sub-total) of the numbered head row without figures that opens
    the group `total` ("Cộng …", more words than that) closes, the rows after it unnumbered: None if there is none."""
    if not _GROUP_SUM.match(total.label or ""):
        return None
    k = next((i for i in range(len(since) - 1, -1, -1) if since[i].num is not None), None)
    if k is None or _heading_row(since[k]) is None or since[k].total or k == len(since) - 1:
        return None
    return k


_TURNOVER_SHARE = re.compile(r"(?i)%\s*(?:của\s+)?(?:doanh\s+thu|dt)\b")


def _cost_line_above(tm: TableM, r: Row) -> bool:
    """The row right above `r` is a line of cost (figures, no total, nothing of revenue, profit or tax)."""
    above = tm.rows[r.index - 1] if r.index > 0 else None
    return above is not None and bool(above.vals) and not above.total and not above.subset and above.num is None \
        and above.kind not in ("revenue", "profit", "tax", "quantity", "price", "investment_total", "source")


_TOTAL_OF = re.compile(r"(?i)^\W*(?:tổng(?:\s+cộng)?|cộng)\s+([^\W\d_]+\s+[^\W\d_]+)")


_NAMED_SUM = re.compile(r"(?i)^\W*cộng\s+(?!cộng\b|chung\b|toàn\b|tất\b|các\b)(\w.*)$")


def _group_named_apart(tm: TableM, total: Row) -> bool:
    """A "Cộng …" row that names its group ("Cộng Bánh đa nem") in a table whose earlier "Cộng …" rows name other groups
    (a "Tổng …" is the table's whole, and so is a sum right under the last group's, with no rows of its own)."""
    own = _NAMED_SUM.match(total.label or "")
    if not own:
        return False
    others = [mm.group(1).strip().lower() for r in tm.rows[:total.index] if r.total
              and (mm := _NAMED_SUM.match(r.label or ""))]
    return bool(others) and own.group(1).strip().lower() not in others


def _rows_named_by_total(tm: TableM, total: Row) -> list[Row] | None:
    """The rows above a total that begin with the two words it totals ("Lãi vay 6,6 %/năm (Ngân hàng CSXH)", "Lãi vay 8
    %/năm (Agribank)" under "Tổng lãi vay phải trả", among each loan's balances and repayments, hz10): at least two."""
    mm = _TOTAL_OF.match(total.label or "")
    if not mm or total.kind != "cost_line":
        # (a cost line's total only: "Tổng chi phí" adds every line, "Chi phí hoàn hàng" and "Chi phí quản lý" no more
        # than the rest; "Tổng lượt khách" every season's visits)
        return None
    head = fold(mm.group(1).lower())
    rows = [r for r in tm.rows[:total.index] if not r.total and not r.subset
            and fold((r.label or "").lower()).lstrip(" -–+•*").startswith(head + " ")]
    return rows if len(rows) >= 2 else None


def _sum_candidates(tm: TableM, total: Row, m: PlanModel) -> list[tuple[str, list[Row]]]:
    """Which rows a total row may add up: several readings, tried in turn (top level, leaves,
    each level, an explicit formula "(1+2+3)"), so that a total at any one level passes."""
    idx = total.index
    cands: list[tuple[str, list[Row]]] = []
    fm = _FORMULA.search(total.label)
    if fm and "-" not in fm.group(1):
        wanted = [x.strip() for x in fm.group(1).split("+")]
        picked = [r for r in tm.rows if r.num in wanted and r is not total]
        if len(picked) == len(wanted):
            cands.append(("formula", picked))
    if (named := _rows_named_by_total(tm, total)) is not None:
        cands.append(("named", named))
    kids = tm.children(total)
    if total.num is not None and kids:
        # a numbered group row ("II Tổng chi phí") adds up its children, up to a result row a scan
        # put at their level ("© Lợi nhuận" read as item 10 of "B Chi phí")
        direct = tm.direct_children(total)
        if total.kind == "cost":
            # (a tax is often a cost line: "9 | Thuế khoán (1,5% doanh thu)")
            cut = next((i for i, k in enumerate(kids) if k.kind in ("revenue", "profit") or _RESULT_LABEL.match(k.label)),
                       None)
            if cut is not None:
                kids = kids[:cut]
                direct = [k for k in direct if k in kids]
        cands.append(("children", direct))
        leaves = [k for k in kids if not tm.children(k)]
        cands.append(("leaves", leaves))
        return cands
    if total.num is not None and total.num.isdigit() and not kids and total.kind is None:
        # a group's total numbered after its items, "4.1 | Bán được: Bán tại cơ sở" … "4.4 | … online", then
        # "4 | Cộng bán được" (ij06): the rows right above numbered "4.x" are its items
        above = []
        for r in reversed(tm.rows[:idx]):
            if not (r.num or "").startswith(total.num + ".") or r.total:
                break
            above.append(r)
        above.reverse()
        if len(above) >= 2:
            top = min(r.level for r in above if r.level is not None) if any(r.level is not None for r in above) \
                else None
            cands.append(("numbered above", [r for r in above if r.level == top and not r.subset]))
            cands.append(("leaves", [r for r in above if not tm.children(r) and not r.subset]))
            return cands
    if total.num is not None and not kids and total.kind is None and total.level is not None and \
            any(r.level is not None and r.level < total.level for r in tm.rows[:idx]):
        # a total numbered as the last item of its group ("B.3 | Σ nguồn cung" after "B.1", "B.2" under "B | Nhu cầu lạc
        # nhân"): the items numbered before it in the group (gx04)
        sibs = []
        for r in reversed(tm.rows[:idx]):
            if r.level is None or r.level < total.level or r.total:
                break
            if r.level == total.level and not r.subset:
                sibs.append(r)
        if len(sibs) >= 2:
            cands.append(("siblings", sibs[::-1]))
        return cands
    if total.num is None and total.kind is None:
        # a grand total ("Tổng cộng") adds up the rows above it: since the previous subtotal
        # ("Cộng I"), or all items above, or the subtotals above, at each level of numbering
        def readings(rows: list[Row]) -> None:
            rows = [r for r in rows if not r.subset]
            if not rows:
                return
            levels = sorted({r.level for r in rows if r.level is not None})
            if levels:
                cands.append(("top", [r for r in rows if r.level == levels[0]]))
                for lv in levels[1:]:
                    cands.append((f"level{lv}", [r for r in rows if r.level == lv]))
                cands.append(("leaves", [r for r in rows if not tm.children(r)]))
            cands.append(("all", rows))

        since = []
        for r in reversed(tm.rows[:idx]):
            if r.total and r.num is None and r.kind is None:
                break
            if "balance" in r.flags:
                break  # (a balance, "Còn dư lạc nhân", closes the rows of one material: "Tổng mạch nha" adds the next's)
            since.append(r)
        since.reverse()
        if (head := _group_head(total, since)) is not None:
            # "4 | Bánh đa nướng |", its sources, "Cộng bánh đa nướng": one input's sub-total in a table of
            # several, each opened by its numbered head row; not a grand total of the groups above it (nor
            # of the previous group's last row, "Quy ra khô (4 : 1)" under its "Cộng (tươi)")
            readings(since[head:])
            return cands
        readings(since)
        if not any(r.vals for r in tm.rows[:idx]):
            # "TỔNG CỘNG | 540" opening the table, its items below it
            below = []
            for r in tm.rows[idx + 1:]:
                if r.total or r.kind in ("revenue", "profit", "source"):
                    break
                below.append(r)
            # (a tax row may be a cost line of it or the first line after it)
            readings([r for r in below if r.kind != "tax"])
            if any(r.kind == "tax" for r in below):
                readings(below)
        everything = [r for r in tm.rows[:idx] if not (r.total and r.num is None and r.kind is None)]
        if since and len(everything) > len(since) and _group_named_apart(tm, total):
            # "Cộng Rau củ, miến, …" after "Cộng Thịt lợn nạc vai, tôm đất" and "Cộng Bánh đa nem": each sum names its
            # own group, so the last is its one item's, not the table's (hx01)
            return cands
        if len(everything) > len(since):
            readings(everything)
            subtotals = [r for r in tm.rows[:idx] if r.total and r.num is None and r.kind is None]
            if len(subtotals) >= 2:
                cands.append(("subtotals", subtotals))
        return cands
    # "Tổng chi phí" / "Cộng" subtotal without numbering: its children if it heads a group,
    # else the run of rows of the same family just above it. Revenue or profit rows under a cost
    # total are the lines of a result block ("Tổng chi phí", then "Doanh thu", "Lợi nhuận"), not
    # its parts.
    if kids and not any(k.kind in ("revenue", "profit", "tax") for k in kids):
        cands.append(("children", tm.direct_children(total)))
        cands.append(("leaves", [k for k in kids if not tm.children(k)]))
        prev = tm.rows[idx - 1] if idx > 0 else None
        if total.kind is None or prev is None or prev.total or not prev.vals:
            if subtotals := _group_subtotals(tm, idx):
                cands.append(("group subtotals", subtotals))  # (its "children" read as the next part's lines)
            return cands
        # (or the rows right above it: an unnumbered "Tổng doanh thu" or "Tổng sản lượng" under its
        # products' rows, the table's other indicators numbered on below it, "3 | Thịt nạc cần dùng |
        # kg", "5 | Lá tươi sử dụng | tấn": those are no parts of it)
    if kids and total.kind == "cost":
        # "Tổng chi phí" above its "- …" lines, then "Lợi nhuận trước thuế": the lines up to the
        # result block are its parts
        lead = []
        for k in kids:
            if k.kind in ("revenue", "profit") or _RESULT_LABEL.match(k.label):
                break
            lead.append(k)
        if len(lead) >= 2 and all(k.num is not None for k in lead):
            cands.append(("children", [k for k in lead if not tm.children(k)]))
    if total.kind == "revenue":
        # "Tổng doanh thu" of a year already reported, under one row per product: the products'
        # revenues are its items (a plan year's revenue is checked against quantity × price instead)
        run = []
        for r in reversed(tm.rows[:idx]):
            if r.total or r.kind != "revenue":
                break
            if not r.subset:
                run.append(r)
        if len(run) >= 2:
            cands.append(("revenues", run[::-1]))
        if subtotals := _group_subtotals(tm, idx):
            cands.append(("group subtotals", subtotals))
        # a table that is only the revenue's breakdown: a numbered row per channel or product, each an
        # amount of money a year ("1 | Bán lẻ tại cơ sở (130.000 đ/chai) | 650 | 715 | 780"), then the total
        above = tm.rows[:idx]
        if len(above) >= 2 and all(r.kind is None and not r.total and not r.subset and r.num and r.vals and
                                   all(x.kind == "money" and not x.per and x.year is not None for x in r.vals)
                                   for r in above):
            cands.append(("breakdown", above))
        return cands
    if total.kind is not None:
        run = []
        stop = None
        for r in reversed(tm.rows[:idx]):
            # (a tax numbered as a line of a group, "2.8 | Thuế (1,5% doanh thu)" under "2 | Chi phí", is
            # one of the cost lines a household's cost total adds)
            # (or numbered in the run of lines itself, "8 | Bán hàng …", "9 | Thuế, phí khác (1,5 % doanh thu)",
            # "10 | Quản lý …" over "Tổng chi phí": the numbering goes on through it)
            numbered_on = bool(r.num) and r.num.isdigit() and bool(run) and (run[-1].num or "").isdigit() \
                and int(run[-1].num) == int(r.num) + 1
            if not run and bool(r.num) and r.num.isdigit() and r.index > 0:
                # (the last line, right above the total, numbered on from the line above it: "8 | Bán hàng,
                # quảng bá", "9 | Thuế, phí và chi phí khác" over "Tổng chi phí", hc06)
                up = tm.rows[r.index - 1]
                numbered_on = (up.num or "").isdigit() and int(up.num) == int(r.num) - 1 and bool(up.vals) \
                    and up.kind not in ("revenue", "profit") and not up.total
            tax_line = total.kind == "cost" and r.kind == "tax" and (
                bool(r.num) and ("." in (r.num or "") or numbered_on)
                # (or, in a table with no numbering, a tax among the cost lines, a cost line above it: "Bán hàng,
                # vận chuyển | 5 % doanh thu | …", "Thuế, phí | 1,5 % doanh thu | …", "Tiền lương | …" over "Tổng chi
                # phí"; the tax on profit comes under the profit, "Lợi nhuận trước thuế", then "Thuế TNDN")
                or (not r.num and bool(run) and _cost_line_above(tm, r))
                # (or the last line over the cost total, a share of the turnover with a cost line above it: "Thuế, phí |
                # 2,5% DT" under "Bán hàng, QC" over "Tổng CP", jm06; an income tax is reckoned on the profit)
                or (not r.num and not run and _cost_line_above(tm, r) and bool(_TURNOVER_SHARE.search(" ".join(r.cells)))))
            # (and a line whose words read like a source of money, numbered on among the cost lines: "6 | Hỗ trợ phí
            # vận chuyển đơn trực tuyến" between "5 | Phí sàn …" and "7 | Chi phí xuất khẩu …" is a cost)
            if r.total or r.kind in ("revenue", "profit", "quantity", "price", "investment_total") \
                    or (r.kind == "tax" and not tax_line) \
                    or (total.kind == "cost" and r.kind == "source" and not numbered_on) or (r.num is not None and not r.vals):
                # (a numbered row without figures, "2 | Chi phí | | |", heads the lines the total adds)
                stop = r
                break
            if not r.subset:
                run.append(r)
        run.reverse()
        if stop is not None and (stop.total or (stop.num is not None and not stop.vals)):
            # products in groups, each under a numbered row without figures with its own sub-total: "1 | Chè
            # búp sao khô |", its packs, "Quy đổi chè búp sao khô (kg)", "2 | Chè xanh rang |", …, then "Tổng
            # sản lượng quy đổi (kg)" (the rows in its unit are picked when summed); or "Cộng chè búp sao
            # khô", "Cộng chè xanh rang", … over "Cộng chi phí trực tiếp": the groups' sub-totals
            grouped = []
            for r in reversed(tm.rows[:idx]):
                if (head := _heading_row(r)) is not None:
                    if head == "part":
                        break  # ("A | Chi phí trực tiếp theo sản phẩm": the part the groups belong to)
                    continue
                if r.total and r.num is None:
                    continue
                if r.kind in ("revenue", "profit", "price", "investment_total") or r.total:
                    break
                if not r.subset:
                    grouped.append(r)
            if len(grouped) > len(run) and stop.num is not None:
                cands.append(("groups", grouped[::-1]))
            if subtotals := _group_subtotals(tm, idx):
                cands.append(("group subtotals", subtotals))
        # "Doanh thu", its products, then "Tổng chi phí" heading its lines: the rows above are the
        # revenue's parts (they add up to it), and the cost total adds up the rows below
        heads_below = stop is not None and stop.kind == "revenue" and _adds_up(run, stop)
        if stop is not None and stop.kind == "revenue" and not heads_below:
            # "Doanh thu", its products ("Mật chai", "Mật bán buôn"), then the cost lines with no "Chi phí"
            # row between, then "Tổng chi phí": the rows that add up to the revenue are its parts
            parts = next((k for k in range(1, len(run) - 1) if _adds_up(run[:k], stop)), None)
            if parts is not None:
                cands.append(("after revenue parts", run[parts:]))
        if len(run) >= 2 and not heads_below:
            levels = sorted({r.level for r in run if r.level is not None})
            if len(levels) > 1:  # "3 | Hũ, nhãn, hộp", then its "- Phấn hoa" / "- Sữa ong chúa" lines
                cands.append(("top", [r for r in run if r.level == levels[0]]))
                cands.append(("leaves", [r for r in run if not tm.children(r)]))
            cands.append(("run", run))
        if stop is not None and stop.total and stop.num is None and run and not heads_below:
            # "Cộng tài sản cố định | 1.000", then "7 | Thiết kế bao bì | 80", "8 | Vốn lưu động | 520", then
            # "Tổng vốn đầu tư | 1.600": the subtotal stands for the items above it
            cands.append(("subtotal and run", [stop, *run]))
            above = [r for r in tm.rows[:idx] if not r.subset]
            if not any(r.kind in ("revenue", "profit", "source", "quantity", "price") for r in above):
                cands.append(("items above", [r for r in above if not r.total]))
        # or the rows just below it when it opens the table ("Tổng vốn đầu tư", then its sources)
        if heads_below or idx == 0 or all(r.kind is None and not r.vals for r in tm.rows[:idx]):
            below = []
            after = len(tm.rows)
            for r in tm.rows[idx + 1:]:
                if r.total or r.kind in ("revenue", "profit", "tax"):
                    after = r.index
                    break
                if not r.subset:
                    below.append(r)
            # (not the numbered rows after a numbered one, at its level: "1 | Vốn đầu tư ban đầu", "2 | Dòng tiền
            # thuần", "3 | …", "4 | Thời gian hoàn vốn" are the next indicators of a payback table)
            # (nor when the next row is the next number at its level: "1 | Tổng sản lượng bánh (kg)", "2 | Gạo tẻ
            # cần dùng", "3 | Nguồn cung ứng" with its "3.1", "3.2" are the rows of a balance, not its parts)
            siblings = bool(total.num and total.num.isdigit() and below and below[0].num == str(int(total.num) + 1)
                            and below[0].level == total.level)
            if len(below) >= 2 and not siblings and \
                    not (total.kind == "investment_total" and any(r.kind == "source" for r in below)):
                cands.append(("below", below))
                # (a household's flat tax is its last cost line: "Thuế khoán (7% doanh thu)" under the
                # lines, then "Lợi nhuận")
                taxes = []
                for r in tm.rows[after:]:
                    if r.kind != "tax" or r.subset or r.total:
                        break
                    taxes.append(r)
                if total.kind == "cost" and taxes:
                    cands.append(("below+tax", below + taxes))
    return cands


def _adds_up(rows: list[Row], total: Row, tol: float = 0.01) -> bool:
    """`rows` add up to `total` in every year column they share (at least one)."""
    if not rows:
        return False
    got = False
    for y, tv in total.money_years().items():
        vals = [r.money_years().get(y) for r in rows]
        if any(x is None for x in vals):
            continue
        if not close(tv.value, sum(x.value for x in vals), tol):
            return False
        got = True
    return got


_ROW_RANGE = re.compile(r"\(\s*(?:=\s*)?(?:từ\s+)?(?:dòng\s+|mục\s+)?(\d{1,2})\s*(?:đến|tới|-|–|÷)\s*(\d{1,2})\s*\)", re.I)
_ROW_LIST = re.compile(r"\(\s*(?:=\s*)?(\d{1,2}(?:\s*\+\s*\d{1,2})+)\s*\)")


def _rows_named(label: str) -> set[int] | None:
    """The row numbers a total's label says it adds: "(2 đến 10)", "(từ 1 - 5)", "(= 1+2+3)"."""
    if m := _ROW_RANGE.search(label):
        lo, hi = int(m.group(1)), int(m.group(2))
        return set(range(lo, hi + 1)) if lo < hi else None
    if m := _ROW_LIST.search(label):
        return {int(x) for x in re.findall(r"\d+", m.group(1))}
    return None


def _continued(a: TableM, b: TableM) -> bool:
    """Table `b` goes on with table `a` after a page break: right after it (a running header or page
    number between them at most), under the same header, its first numbered row not a first one ("6 |
    Bán hàng …" after rows 1 to 5): neither part holds all the items of a total."""
    if b.block - a.block > 3 or [" ".join(h.split()).lower() for h in a.header] != \
            [" ".join(h.split()).lower() for h in b.header]:
        return False
    first = next((r.num for r in b.rows if r.num), None)
    digits = re.sub(r"\D", "", first or "")
    return bool(digits) and int(digits) > 1 and not re.fullmatch(r"[IVXLC]+|[A-ZĐ]", first or "")


def _joined_parts(tables: list[TableM]) -> list[TableM]:
    """The tables a page break split (`_continued`, in the order of the document), each run of parts joined into one
    table: the first part's place and header, all the parts' rows in order."""
    runs: list[list[TableM]] = []
    for a, b in zip(tables, tables[1:]):
        if _continued(a, b):
            if runs and runs[-1][-1] is a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    out = []
    for run in runs:
        first = run[0]
        rows = [replace(r, table=first.index, index=k) for k, r in enumerate(r for t in run for r in t.rows)]
        joined = TableM(first.index, first.block, first.section, first.unit or next((t.unit for t in run if t.unit), None),
                        first.header, rows, set().union(*(t.non_additive for t in run)), first.caption,
                        first.amount_col, any(t.indicators for t in run))
        _levels(joined)  # (the parts' numbering read as one: "6" after "II" and its "1"-"5" is one of them)
        out.append(joined)
    return out


# Tesseract's confidence (0-100) below which a cell's digits are as likely wrong as right
_BARELY_READ = 60.0


def _unread_sibling(tm: TableM, items: list[Row], total: Row, j: int) -> bool:
    """A row numbered like the items, between the first of them and the total, left out of them for want of a
    value, whose cell in column `j` holds letters: a scan's unreadable amount ("6 | Kiểm nghiệm … | sẠni"
    between "5" and "7"), not an empty line."""
    if not items:
        return False
    first = min(r.index for r in items)
    chosen = {id(r) for r in items}
    levels = {r.level for r in items}
    for r in tm.rows[first:total.index]:
        if id(r) in chosen or r.total or r.subset or r.vals or not r.num or r.level not in levels:
            continue
        cell = r.cells[j] if j < len(r.cells) else ""
        if any(ch.isalpha() for ch in cell):
            return True
    return False


# a Roman numeral as a scan may read it ("III" as "HI" or "Il"), and the groups a total names in brackets:
# "Tổng cộng (I + II + III)", a scan's "(I + II + HI)"
_ROMAN_READ = r"[IVXHl]{1,4}"
_NAMED_GROUPS = re.compile(rf"\(\s*({_ROMAN_READ}(?:\s*\+\s*{_ROMAN_READ})+)\s*\)")
_GROUP_SUBTOTAL = re.compile(rf"\s*(?i:cộng)\s+({_ROMAN_READ})\b")
_LETTER_PARTS = re.compile(r"\(\s*([a-d](?:\s*\+\s*[a-d])+)\s*\)")
_LETTER_SUBTOTAL = re.compile(r"(?i)\s*(?:cộng|tổng)\s*(?:phần\s+)?\(?\s*([a-d])\s*\)?\s*$")


def _roman(read: str) -> str:
    return re.sub(r"[Hl]", "I", read.strip())


def _groups_missing(tm: TableM, total: Row) -> bool:
    """The total names Roman groups ("Tổng cộng (I + II)") and one of them is nowhere in the table: neither a row
    numbered with it nor its subtotal ("Cộng I")."""
    if letters := _LETTER_PARTS.search(total.label or ""):
        # "Tổng vốn đầu tư (a + b)" under "Cộng (b)", its part (a) a table of its own ("Bảng 6a … Cộng (a)")
        named = {x.lower() for x in re.findall(r"[a-dA-D]", letters.group(1))}
        present = {g.group(1).lower() for r in tm.rows if (g := _LETTER_SUBTOTAL.match(r.label or ""))}
        return not named <= present
    got = _NAMED_GROUPS.search(total.label or "")
    if not got:
        return False
    present = {_roman(n) for r in tm.rows if re.fullmatch(_ROMAN_READ, n := (r.num or "").strip(" .)"))}
    present |= {_roman(sub.group(1)) for r in tm.rows if (sub := _GROUP_SUBTOTAL.match(r.label or ""))}
    return not {_roman(g) for g in got.group(1).split("+")} <= present


def _split_totals(tm: TableM, total: Row, items: list[Row], col: int, value: float, summed: float) -> bool:
    """A total beside another total with no item between them, the two adding up to the items together ("Cộng nguồn
    đạt chứng nhận | 58.800", "Cộng nguồn thường, chuyển đổi | 41.000" under four sources of 99.800): the items split
    in two parts that their labels name, each total a part's, which rows change parts from year to year (js01)."""
    rows = tm.rows
    for k in (total.index - 1, total.index + 1):
        if not 0 <= k < len(rows) or not rows[k].total or any(rows[k] is r for r in items):
            continue
        other = next((x for x in rows[k].vals if x.col == col and x.vmax is None), None)
        if other is not None and close(value + other.value, summed, 0.002):
            return True
    return False


_TOTAL_HEAD = re.compile(r"(?i)^\W*(?:tổng\s+cộng|tổng|cộng)\s+(?:của\s+|phần\s+)?")


def _column_group(tm: TableM, total: Row, col: int) -> tuple[list[Row], list[Val]] | None:
    """The items of a total named after a value of a column of words ("Cộng Hộ Tư" over items whose column "Bên"
    reads "Hộ Tư", "Hợp tác xã" or "Hộ Bính"): those items and their amounts in column `col`; None when no
    column of the items holds the total's name, or an item of the group has no amount there."""
    m = _TOTAL_HEAD.match(total.label or "")
    if not m:
        return None
    name = tone_key(" ".join((total.label or "")[m.end():].split()))
    if not name:
        return None
    # (the rows above it that are no totals: with a partner of one item, the reading may have taken the other
    # partners' totals for its items)
    rows = [r for r in tm.rows[:total.index] if not r.total and not r.subset]
    for k in range(len(tm.header)):
        if k == col:
            continue
        group = [r for r in rows if k < len(r.cells) and tone_key(" ".join(r.cells[k].split())) == name
                 and r.label != r.cells[k]]
        if not group or len(group) == len(rows):
            continue
        vals = [x for r in group if (x := _col_val(r, col)) is not None]
        if len(vals) == len(group):
            return group, vals
    return None


def rel_table_total(m: PlanModel, spec: Spec) -> list[Hit]:
    style = m.view.doc.number_style
    hits = []
    tables = sorted(m.tables, key=lambda t: t.block)
    split = {id(t) for a, b in zip(tables, tables[1:]) if _continued(a, b) for t in (a, b)}
    # (a table split by a page break: each part holds only some of a total's items, so the parts are checked as
    # one table, "Bảng 10" and "Bảng 10 (tiếp theo)" whose only total sums both, gs05)
    for tm in [t for t in m.tables if id(t) not in split] + _joined_parts(tables):
        if tm.indicators:
            continue
        if m.ocr and (first := next((r.num for r in tm.rows if r.num), None)) and first.isdigit() and int(first) > 1:
            continue  # a scanned table whose items start at "2": the first row was lost
        if m.ocr and sum(r.noisy or r.debris for r in tm.rows) >= max(3, len(tm.rows) // 4) and \
                len(_debris_cols(tm)) >= 2:
            # a scanned table with debris in many rows and columns ("1a", "ky", "1/930)"): a row lost
            # or a cell misread is likelier than a wrong total, and which one cannot be told (debris in
            # one column only leaves the others checked: an unreadable cell already skips its column)
            continue
        yc = _year_cell_col(tm)
        if yc is not None:
            hits += _year_group_totals(m, tm, yc, spec)
        for total in tm.rows:
            if not total.vals or (yc is not None and total.total and _cell_year(total, yc) is not None):
                continue  # (a year's total of a table laid out a row per product and year: `_year_group_totals`)
            is_total = total.total or (total.kind == "cost" and tm.children(total) and not total.subset)
            # (an output total is checked when it says it is one: "Tổng sản lượng quy đổi | 51.100" over
            # its products in the same unit; a bare "Sản lượng" row may be one product's)
            if not is_total or total.kind in ("profit", "price", "tax", "payback") or \
                    (total.kind == "quantity" and not (total.total and re.match(r"(?i)\s*(?:tổng|cộng)\b", total.label or ""))):
                continue
            if _groups_missing(tm, total):
                # "Tổng cộng (I + II + III)" in a table without its group I (its head row "I | Nhà xưởng" nor its
                # "Cộng I"): a part of the table, the rest lost at a page break or in a scan; its items are
                # some of the total's
                continue
            if m.ocr and _YEAR_ROUND.match(total.label or ""):
                # (on a scan, a month or quarter lost or misread among twelve or four short rows, "Tháng 1" gone
                # or "1102" for "1.952", is likelier than a wrong year: as for the years' totals, not checked)
                continue
            cands = _sum_candidates(tm, total, m)
            if total.kind == "investment_total" and total.num is None and not cands:
                total_copy = Row(**{**total.__dict__, "kind": None})
                cands = _sum_candidates(tm, total_copy, m)
            if not cands:
                continue
            for tv in total.vals:
                j = tv.col
                if j in tm.non_additive or tv.kind in ("percent", "year", "duration") or \
                        (tv.per and tv.per != "năm" and not (total.kind == "cost" and tv.kind == "money")):
                    # (a yearly amount, "Sản lượng (tấn/năm)", adds up like any other; so does a unit cost
                    # over its lines, "Cộng giá thành" of a table in đồng/lít, each line in the same unit)
                    continue
                by_year = total.r == -1 and tv.year is not None  # a column of a table with the years as rows
                if not by_year and sum(1 for x in total.vals if x.col == j) > 1:
                    continue  # a cell of two totals, "4.000 khay, 6.000 bộ": its items are counted in either
                if m.ocr and tv.conf == 0.0:
                    continue  # a total the scan read with letters for digits ("S48,3"), put back by the reader
                if total.kind == "investment_total" and tv.value < 0:
                    continue  # a cash-flow table's outflow, "Vốn đầu tư | -700,0", no sum of the rows above it (ie09)
                if CONVERTED_IN_LABEL.search(total.label or "") and any(
                        x.unit and x.unit != tv.unit and x.year == tv.year and x.kind in QTY_KINDS
                        for o in tm.rows[:total.index] if not o.total for x in o.vals) and not any(
                        CONVERTED_IN_LABEL.search(o.label or "") for o in tm.rows[:total.index] if o is not total):
                    # "Tổng sản lượng quy ra kg" over boxes and kilograms: the boxes converted by a weight the table
                    # does not give (ig10); not a total of the groups' own conversions, "Quy đổi giò lụa (kg)"
                    continue
                readings = list(cands)
                if total.kind == "revenue" and not m.is_reported_year(tv.year):
                    # only a reported year's revenue total: the plan years' are quantity × price; but a
                    # total over its product groups' sub-totals ("Cộng rượu nếp 40 độ", …) adds them up
                    readings = [c for c in readings if c[0] in ("group subtotals", "breakdown")]
                    if not readings:
                        continue
                best = None
                ok = False
                unread = False  # on a scan, a reading whose item's cell in this column could not be read
                # a heading row with no figures after the total opens another group ("Tổng sản lượng (kg)",
                # then "Sản phẩm phụ thu được", "Vỏ lạc bán làm chất đốt | kg | 1.315"): no item of it
                # (the row right after the total, words only, a capital first: not the rest of a label a page
                # wrapped, "16.000 đ/chiếc)")
                after = next((h.index for h in tm.rows if h.index == total.index + 1 and h.label[:1].isupper()
                              and not any(ch.isdigit() for ch in h.label) and not h.vals
                              and not h.total and not h.subset), None)
                for _reading, items in readings:
                    items = [r for r in items if r is not total and (after is None or r.index < after)]
                    for a_, b_ in (("supply", "need"), ("need", "supply")):
                        if a_ in total.flags and b_ not in total.flags:
                            # "Tổng nguồn cung" adds the supplies, not the need stated above them
                            # ("Nhu cầu gạo nếp (kg)", then "Nguồn: …" rows), and the reverse
                            items = [r for r in items if b_ not in r.flags or a_ in r.flags]
                    if total.kind == "cost" or re.search(r"(?i)chi\s+ph[ií]", total.label or ""):
                        # a cost total sums costs: the revenue or profit rows of the same table are
                        # no item of it ("Doanh thu" above the cost lines, "Tổng chi phí" below them);
                        # a tax row may be ("Thuế (4,5% doanh thu)" of a household is a cost line)
                        items = [r for r in items if r.kind not in ("revenue", "profit")]
                    if (named := _rows_named(total.label or "")) is not None:
                        # "Tổng chi phí (2 đến 10)", "Cộng (1+2+3)": the rows the label names, whatever
                        # else the table holds (a revenue row 1 above the costs)
                        inside = [r for r in items if r.num and r.num.isdigit() and int(r.num) in named]
                        if len({int(r.num) for r in inside}) == len(named):
                            items = inside
                    if total.kind == "investment_total":
                        # the uses of the money, not its sources: a "Nguồn vốn" block in the same table
                        # ("Tổng vốn đầu tư | 1.500", the items, "Nguồn vốn | 1.500", "Vốn chủ sở hữu …")
                        # is a second breakdown of the same total
                        head = next((r for r in tm.rows if r.index > total.index and
                                     m.vocab.text["source_cue"].in_text(r.label or "")), None)
                        items = [r for r in items if r.kind != "source" and (head is None or r.index < head.index)]
                    elif total.kind is None and m.vocab.text["source_cue"].in_text(total.label or ""):
                        # "Cộng nguồn vốn" under "B | Nguồn vốn" and its sources: it adds the sources,
                        # not the uses listed above them under "A | Vốn đầu tư"
                        head = next((r for r in reversed(tm.rows[:total.index]) if
                                     m.vocab.text["source_cue"].in_text(r.label or "")), None)
                        if head is not None:
                            items = [r for r in items if r.index > head.index]
                    if not items:
                        continue
                    if by_year and {id(r) for r in items} != {id(r) for r in tm.rows if r.index < total.index}:
                        # a table with the years as rows adds up only when every column before its total is an
                        # item of it, none left out as another kind ("Sản lượng (tấn)", "Doanh thu", "Lãi vay"
                        # read as no cost): its columns mix quantities, prices and money too often otherwise
                        continue
                    if m.ocr:
                        # a debris row among the items or right after them ("9 | Bảo hiểm, quản lý | 50 |
                        # B3 | 60") left out of the reading: its amount is missing from the sum
                        lo, hi = min(r.index for r in items), max(r.index for r in items)
                        # (or a row whose every cell the scan garbled into letters, "Khấu hao tài sản cố định
                        # (8 năm) | Vư Ấn | s4 Ã-) | WÚY lệ»)", between the items: no figure of it was read)
                        if any((r.noisy or r.debris or r.garbled) and r not in items and r is not total and
                               r.kind not in ("revenue", "profit", "tax") for r in tm.rows[lo:hi + 2]):
                            continue
                        if any(_col_val(r, j) is None and 0 <= j < len(r.cells) and not r.cells[j].strip() and
                               any(x.col != j for x in r.vals) for r in items) and \
                                any(_col_val(r, j) is not None for r in items):
                            # an item whose cell in this column the scan left empty while its other cells were read
                            # ("2 | Bản Rào Mây | | | 400 …" under "Số hộ"): its figure is missing from the sum (fz03)
                            continue
                        if any(r.noisy and 0 <= j < len(r.cells) and _merged_cell(r.cells[j]) for r in items):
                            # an item whose cell holds two numbers ("Kho lạnh … 40 m3 Nồi cô đặc siro | - | 280,0
                            # 240,0": two rows the scan ran into one, ji07): one of them is missing from the sum
                            continue
                        if any((r.noisy or r.debris) and _scale_outlier(r.vals) for r in items):
                            # an item row whose years are a hundred times apart ("Bắp nếp | 2120 | 54772 |
                            # 201,2" for 212,8, 252 and 291,2): no year of it is sure (one debris cell,
                            # "1a", only leaves its own column unread)
                            continue
                    packed: dict[int, Val] = {}
                    if (total.kind == "quantity" or "supply" in total.flags) and tv.kind in ("mass", "volume") and \
                            _reading != "in unit":
                        # packs counted, then "Quy ra kg" rows: the kg total sums the rows in kg
                        # (a supply total too: "Nguồn 1: Hộ trồng nếp …, số hộ | 30", "Sản lượng nguồn 1 (500 kg/hộ) |
                        # 15.000", …, "Tổng nguồn cung | 21.000": the households are no kilograms, hb08)
                        xs = [(r, _col_val(r, j)) for r in items]
                        # (a supply total adds the sources, not the finished output listed above them,
                        # "Sản lượng thành phẩm (kg)")
                        # (but a source's own harvest is a source: "Sản lượng thu (7.000 kg/ha)" under "Vùng trồng mới
                        # (số ha)", which the supply total adds up, hu02)
                        same = [r for r, x in xs if x is not None and x.unit == tv.unit
                                and (total.kind == "quantity" or r.kind != "quantity" or "supply" in r.flags
                                     or id(r) in _summed_into_supply(m))]
                        # ("Ổi hộp 2 kg | hộp | 9.000" beside rows in kg: its packs weigh 18.000 kg,
                        # when no row converts them; a total over packs alone may be of some of them,
                        # "Tổng lượng cao" over jars of cao and not the bags of dried leaves)
                        packed = {id(r): replace(x, value=x.value * size, unit=tv.unit, kind=tv.kind)
                                  for r, x in xs if same and x is not None and x.kind == "count"
                                  and (size := _pack_content(r.label, tv.unit)) is not None}
                        # (one source in kilograms beside its count, "Nguồn 2.1: Hợp tác xã muối …, số hợp đồng | 1",
                        # "Sản lượng nguồn 2.1 | kg | 24.000", is its supply total's one item)
                        # (the other rows of a supply total counted in a unit of their own, households or boats; a
                        # bare number there may be a source's kilograms, "Tổ hợp tác … (6 tàu) | 9.000", fb01)
                        counted = ("count", "number") if total.kind == "quantity" else ("count",)
                        if len(same) >= (1 if total.kind != "quantity" else 2) and \
                                all(x is None or x.unit == tv.unit or x.kind in counted and (total.kind == "quantity" or x.unit)
                                    for _, x in xs):
                            # (a pack the unit table does not know, "Chả quế khoanh 500 g | khoanh | 5.400", is a
                            # bare number)
                            keep = {id(r) for r in same} | set(packed)
                            items = [r for r in items if id(r) in keep]
                            if packed:
                                # (or the packs are converted by a row of their own, "Quy ra kg")
                                readings.append(("in unit", same))
                    vals = []
                    zeros = 0  # items the column marks as nothing ("-"): counted, at zero
                    bad = False
                    if m.ocr and not by_year and _unread_sibling(tm, items, total, j):
                        unread = True  # (a numbered row among the items whose amount the scan could not read)
                        continue
                    for r in items:
                        x = packed.get(id(r)) or (_year_val(r, tv) if by_year else _col_val(r, j))
                        if m.ocr and x is not None and (fixed := _lost_separator_in_row(r, x)) is not None:
                            x = replace(x, value=fixed)
                        if m.ocr and x is not None and _lost_digit_in_row(r, x):
                            bad = unread = True
                            break
                        if by_year and (x is None or not close(_display_factor(x, style), _display_factor(tv, style), 1e-6)):
                            # a year left blank in one column, or a column in other units than the total's
                            # ("Mứt cam (kg)" beside "Tổng nhu cầu cam (tấn)": a product, not a need)
                            bad = True
                            break
                        cell = r.cells[j] if j < len(r.cells) else ""
                        if x is None:
                            if cell and cell not in ("-", "–", "x", "X", "0") and any(ch.isalnum() for ch in cell):
                                bad = True
                                unread = unread or m.ocr
                                break
                            if m.ocr and cell not in ("-", "–") and not any(ch.isalnum() for ch in cell) and \
                                    (r.noisy or any(v.col != j and v.col not in tm.non_additive and v.kind == tv.kind
                                                    for v in r.vals)):
                                # on a scan, an item with amounts in the other columns and none in this one
                                # (or a mark, "°" for "3", in a row of debris): its cell was lost, not left empty
                                bad = True
                                break
                            zeros += cell.strip() in ("-", "–", "0")
                            continue
                        if tv.kind == "money" and x.kind == "count" and x.unit and r.kind is None and \
                                re.search(rf"\(\s*{re.escape(x.unit)}\s*\)", r.label or "", re.I):
                            continue  # "Số mẫu phân tích (mẫu) | 8 | 12" under a line of money: what the line above
                            # counts, no item of the money total (js06)
                        if x.unit != tv.unit or x.kind != tv.kind or x.per != tv.per or x.vmax is not None:
                            bad = True
                            break
                        if r.kind in ("quantity", "price") and tv.kind == "money":
                            bad = True
                            break
                        vals.append(x)
                    if bad or not vals:
                        continue
                    s = sum(x.value for x in vals)
                    # rounding: half a unit of the last digit shown, per item and for the total
                    dec = max([_decimals(x.text, style) for x in vals] + [_decimals(tv.text, style)])
                    unit_step = _display_factor(tv, style) * (10 ** -dec)
                    if tv.unit == "VND":
                        # (or the rounding the plan states: "ĐVT: triệu đồng (làm tròn đến chục triệu đồng)")
                        unit_step = max(unit_step, _stated_rounding(m, tm))
                    slack = 0.5 * unit_step * (len(vals) + 1)
                    if tv.kind == "count" and tv.unit in PEOPLE and dec == 0:
                        slack = 0.0  # heads are counted, not rounded: "Tổng cộng | 11 người" over 1 + 1 + 2 + 4 + 1 (hy10)
                    if close(tv.value, s, spec.tolerance, slack) or scale_slip(tv.value, s) or \
                            _ocr_slip(m, [x.value for x in vals], tv.value, spec.tolerance,
                                      [x.text for x in vals], tv.text, [x.sure for x in vals], tv.sure):
                        ok = True
                        break
                    if len(vals) >= 2 and _AVERAGE_LABEL.search(total.label or "") and \
                            min(x.value for x in vals) <= tv.value <= max(x.value for x in vals):
                        # a row that totals some columns and averages others ("Cộng, bình quân | 100 | 12,5 | 80,5"
                        # under the channels' shares, platform fees in % and revenues): the fee is their mean
                        ok = True
                        break
                    if len(vals) >= 4 and close(2 * tv.value, s, spec.tolerance, slack):
                        # twice the total: subtotals counted with their own lines ("Chi phí biến đổi | 1.889,1",
                        # its lines, "Chi phí cố định | …", its lines, "Tổng chi phí | 3.857,6")
                        ok = True
                        break
                    numbered = [r.num for r in items]
                    plain_list = all(n and n.isdigit() for n in numbered) and \
                        [int(n) for n in numbered] == list(range(1, len(items) + 1))
                    if len(vals) >= 3 and any(abs(sum(x.value for x in vals[k:]) - tv.value) <=
                                              (0.001 * abs(tv.value) if plain_list else slack)
                                              for k in range(1, len(vals) - 1)):
                        # the rows just above it, to the unit ("Búp chè vườn gia đình | 8.400", "Búp chè mua
                        # theo hợp đồng | 9.000", "Tổng nguồn búp chè | 17.400" under the output and the
                        # need): a total that sums only its own part of the table (of a plain list numbered 1 to n
                        # only to the last digit, "Tổng số thợ (dòng 2 và 3) | 40": seven households' pay whose last six
                        # come within rounding of a wrong total is no such part, if08)
                        ok = True
                        break
                    # (two items at least, one of them a "-" the column gives as nothing: "Vốn đầu tư | 500,0 | - |
                    # -" above "Chi phí (trừ khấu hao) | … | 1.020,9" under "Cộng dòng tiền ra | … | 898,4", ie08)
                    # (a row named a total, "Cộng …", "Tổng …": not a cash flow's "Vốn đầu tư" over the inflows, ie06)
                    if not re.match(r"(?i)\W*(?:tổng|cộng)\b", total.label or ""):
                        zeros = 0
                    if len(vals) + zeros >= 2 and (best is None or abs(s - tv.value) < abs(best[0] - tv.value)):
                        best = (s, items, vals)
                if ok or best is None:
                    continue
                s, items, vals = best
                if unread:
                    # ("Nguyên liệu cà gai leo | 151.2 | 166,3", "Bao bì cà gai leo | 158,0 | 173,8", "Cộng cà gai
                    # leo | 309,2 | 340,1"): the reading with the unread cell may be the total's own; another
                    # reading that misses is no evidence against it
                    continue
                if m.ocr and not all(x.sure for x in vals) and abs(s - tv.value) <= 0.05 * max(abs(s), abs(tv.value)):
                    # on a scan, items within 5 % of their total, one of them read unsure ("125" read
                    # "155" at 72 %: 2 and 5 are no look-alikes): a misread digit is as likely as the
                    # plan's slip (the arithmetic rules' own tolerance is 5 %)
                    continue
                if m.ocr and abs(s - tv.value) > 0.15 * abs(tv.value) and any(
                        x.conf is not None and x.conf < _BARELY_READ and tv.value - (s - x.value) > 0 for x in vals):
                    # on a scan, items far (15 %) off their total and one of them read at barely even odds ("Vốn lưu
                    # động | 20" at 42 %, printed "255"): the gap is that cell's as likely as the total's (a total a
                    # few per cent off is no misread cell's doing)
                    continue
                if m.ocr and tv.conf is not None and tv.conf < _BARELY_READ and "," not in tv.text and any(
                        "," in x.text for x in total.vals if x is not tv and x.year is not None and x.kind == "money"):
                    # the total read at barely even odds without the decimals its other years have ("1.222" at 30 %
                    # for "1.322,2" beside "1.206,7", jb07): digits lost, the total unknown (not "952.140" at 35 %
                    # among cells of its own shape, ce07)
                    continue
                if m.ocr and tv.value > s and any(
                        x.conf is not None and x.conf < _BARELY_READ and tv.value - (s - x.value) >= 5 * x.value > 0
                        and len(x.text.strip(" .,")) <= 2 for x in vals):
                    # on a scan, items short of their total and one of them a digit or two read at barely even odds
                    # whose place the gap would fill many times over ("Hội chợ, sàn thương mại điện tử | 2 | 2" at 45 %
                    # for "25", ja03): digits the scan lost, not a total the plan got wrong
                    continue
                if m.ocr and abs(s - tv.value) > 0.3 * max(abs(s), abs(tv.value)) and not any(
                        x.sure and abs(s - x.value - tv.value) <= max(slack, 0.002 * abs(tv.value)) for x in vals):
                    # on a scan, items a third off their total: a row lost at a page break or a
                    # column read into the next is likelier than a wrong total (the planted totals of
                    # the holdout scans are 5-15 % off); unless the total is, to its last digit, the sum
                    # without one line read sure ("Tổng chi phí | 988,7" over lines of 1.528,7, one of them
                    # "Tiền công | 540"): a line the total left out
                    continue
                if m.ocr and total.index < max(r.index for r in items) and any(
                        o is not total and o.total and o.index > total.index and
                        (ov := _col_val(o, j) if not by_year else _year_val(o, tv)) is not None and
                        abs(ov.value - s) <= max(slack, 0.001 * abs(s)) for o in tm.rows):
                    # on a scan that misread the group numbers ("L" for "I", "ấn" for "1"), a group's subtotal at its
                    # head read over every line below it, which add up, to the unit, to the table's grand total
                    # further down ("Tổng chi phí (I + II)"): the head totals only its own group (jz07)
                    continue
                if _split_totals(tm, total, items, j, tv.value, s):
                    continue  # "Cộng nguồn đạt chứng nhận" and "Cộng nguồn thường, chuyển đổi": two parts of the rows (js01)
                if (grouped := _column_group(tm, total, j)) is not None:
                    # "Cộng Hộ Tư | 550" under items each marked with the partner that pays it ("Bên | Hộ Tư"): the
                    # total of that partner's items only, not of them all (jw04)
                    g_items, g_vals = grouped
                    gs = sum(x.value for x in g_vals)
                    if close(tv.value, gs, spec.tolerance, 0.5 * unit_step * (len(g_vals) + 1)):
                        continue
                    s, items, vals = gs, g_items, g_vals
                f = _display_factor(tv, style)
                col = tm.header[j] if j < len(tm.header) else ""
                unit = _unit_text(tm, tv, f)
                hits.append(Hit(
                    section=tm.section,
                    evidence=quote(f"{total.evidence} (các khoản: " + "; ".join(r.evidence for r in items) + ")", 400),
                    params={"label": total.label or "Tổng cộng", "column": col, "stated": tv.value / f,
                            "expected": s / f, "unit": unit, "diff_pct": diff_pct(tv.value, s),
                            "items": len(vals), "table": _caption(tm)},
                ))
        hits += _period_totals(m, tm, spec)
    return hits


def _cell_year(r: Row, j: int) -> str | None:
    """The year a row's cell in column `j` names ("2027", "Năm II"), as written; None for any other cell."""
    c = " ".join((r.cells[j] if j < len(r.cells) else "").split())
    return c if _YEAR_CELL.fullmatch(c) else None


_YEAR_CELL = re.compile(r"(?i)(?:năm\s+)?(?:20\d\d|[IVX]{1,4}|thứ\s+\w+|\d)")


def _year_cell_col(tm: TableM) -> int | None:
    """A table laid out a row per product and year: the column headed "Năm" whose cells name the year of their row
    ("Cốt 40N chai 500 ml | 2027 | 14.000 | 65.000 | 910,0", "| 2028 | …"), with a year's total row among them
    ("Tổng DT | 2027 | | | 1.490,0"). None for any other table."""
    for j, h in enumerate(tm.header):
        if j == 0 or not re.fullmatch(r"(?i)\s*năm\s*", h or ""):
            continue
        years = [y for r in tm.rows if (y := _cell_year(r, j)) is not None]
        if len(set(years)) >= 2 and any(r.total and _cell_year(r, j) for r in tm.rows):
            return j
    return None


def _year_group_totals(m: PlanModel, tm: TableM, yc: int, spec: Spec) -> list[Hit]:
    """Each year's total row of a table laid out a row per product and year against that year's rows, column by
    column (gx05: "Tổng DT | 2027 | … | 1.490,0" is 910 + 420 + 160, not the sum of the other years' totals)."""
    style = m.view.doc.number_style
    hits = []
    for total in tm.rows:
        year = _cell_year(total, yc) if total.total else None
        if year is None or (m.ocr and total.noisy):
            continue  # (a text layer's year cell among the figures reads as noise, not a misread one)
        items = [r for r in tm.rows if not r.total and not r.subset and _cell_year(r, yc) == year]
        if len(items) < 2:
            continue
        for tv in total.vals:
            if tv.col == yc or tv.kind in ("percent", "year", "duration") or tv.per or tv.col in tm.non_additive:
                continue
            vals = [x for r in items for x in r.vals if x.col == tv.col]
            if len(vals) != len(items) or any(x.unit != tv.unit or x.per or x.vmax is not None for x in vals):
                continue
            got = sum(x.value for x in vals)
            if _sum_agrees(tv, vals, got, style, spec.tolerance):
                continue
            f = _display_factor(tv, style)
            hits.append(Hit(
                section=tm.section,
                evidence=quote(f"{total.evidence} (các khoản: " + "; ".join(r.evidence for r in items) + ")", 400),
                params={"label": f"{total.label or 'Tổng cộng'} {year}", "column": tm.header[tv.col] if tv.col < len(tm.header) else "",
                        "stated": tv.value / f, "expected": got / f, "unit": _unit_text(tm, tv, f),
                        "diff_pct": diff_pct(tv.value, got), "items": len(vals), "table": _caption(tm)}))
    return hits


def _sum_agrees(tv: Val, vals: list[Val], got: float, style: str, tol: float) -> bool:
    """A stated total agrees with the sum of its parts: within the tolerance plus what rounding each figure as written
    may take, or the same figure at another scale."""
    dec = max(_decimals(x.text, style) for x in [*vals, tv])
    slack = 0.5 * _display_factor(tv, style) * (10 ** -dec) * (len(vals) + 1)
    return close(tv.value, got, tol, slack) or scale_slip(tv.value, got)


def _period_totals(m: PlanModel, tm: TableM, spec: Spec) -> list[Hit]:
    """A total over the years, beside the years themselves: the column "Cộng 3 năm" (or, with years as
    rows, the row "Tổng giai đoạn") of a revenue, cost, profit or output line is the sum of its years.
    Only flows add up over years: a price, a capacity, a workforce or an area does not."""
    if m.ocr:
        return []  # (a scan's misread cell would be one reading against another; left to the rows' totals)
    style = m.view.doc.number_style
    total_words = m.vocab.rows.get("total")
    if total_words is None:
        return []
    hits = []
    for r in tm.rows:
        repaid = r.kind is None and m.vocab.text["repaid_principal"].starts(tokens(r.label), _is_flat(r.label))
        if r.total or r.subset or (r.kind not in ("revenue", "cost", "cost_line", "profit", "quantity", "tax")
                                   and not repaid):
            continue
        years = [x for x in r.vals if x.year is not None]
        tots = [x for x in r.vals if x.year is None and x.head and
                total_words.starts(tokens(x.head), _is_flat(x.head)) and
                not m.vocab.rows["derived"].in_text(x.head)]
        if len(tots) != 1 or len(years) < 2 or len({x.year for x in years}) != len(years):
            continue
        tv = tots[0]
        if any(x.unit != tv.unit or x.kind != tv.kind or x.per != tv.per or x.vmax is not None for x in years + [tv]):
            continue
        if not (tv.money if r.kind != "quantity" else tv.qty and tv.unit not in _AREA_UNITS):
            continue
        s = sum(x.value for x in years)
        if _sum_agrees(tv, years, s, style, spec.tolerance):
            continue
        f = _display_factor(tv, style)
        hits.append(Hit(
            section=tm.section,
            evidence=quote(f"{r.label}: " + "; ".join(f"{x.head} {x.text}" for x in years + [tv]), 400),
            # (years as rows: the total is a row of the table as written, the line a column)
            params={"label": tv.head if r.r == -1 else r.label, "column": r.label if r.r == -1 else tv.head,
                    "stated": tv.value / f, "expected": s / f,
                    "unit": _unit_text(tm, tv, f), "diff_pct": diff_pct(tv.value, s), "items": len(years),
                    "table": _caption(tm)},
        ))
    return hits


def _debris_cols(tm: TableM) -> set[int]:
    """Value columns of a table holding OCR debris: a cell with text that gave no value, or a
    malformed number ("s2", "1a", "18.7" beside "4,5")."""
    cols: set[int] = set()
    for r in tm.rows:
        if not (r.noisy or r.debris):
            continue
        read = {x.col for x in r.vals}
        for j, c in enumerate(r.cells):
            c = c.strip()
            if not c or c == r.label.strip() or j == 0 and r.num is not None:
                continue
            if (j not in read and any(ch.isalnum() for ch in c) and len(c) <= 8) or (j in read and _MALFORMED.search(c)):
                cols.add(j)
    return cols


def _caption(tm: TableM) -> str:
    """The table's title as written ("Bảng 3. Nhu cầu vốn đầu tư"), without its unit line."""
    m = re.search(r"(?i)\b(bảng|biểu)\s*\d+[^\n]*", tm.caption or "")
    if not m:
        return ""
    c = re.split(r"(?i)\(?\s*(?:đvt|đơn vị tính|đơn vị)\s*:", m.group(0))[0]
    return " ".join(c.split()).strip(" .:;(")


_MONEY_SCALES = {1e3: "nghìn đồng", 1e6: "triệu đồng", 1e9: "tỷ đồng"}


def _unit_text(tm: TableM, val: Val, factor: float = 1.0) -> str:
    """The unit a table's numbers are written in: its unit line as written, else what the number
    as written was scaled by ("2.830" under "Năm 2026 (tr.đ)" is in triệu đồng)."""
    if tm.unit:
        # "ĐVT: triệu đồng", or a caption that holds it ("Bảng 2. Sản lượng quy đổi (ĐVT: lít")
        mt = re.search(r"(?i)(?:đvt|đơn vị tính|đơn vị)\s*:\s*([^()]+)", tm.unit)
        u = (mt.group(1) if mt else tm.unit).strip(" ()")
        if u and len(u) <= 20:
            return u
    if val.unit == "VND":
        for scale, name in _MONEY_SCALES.items():
            if abs(factor - scale) < 1e-6 * scale:
                return name
        return "đồng"
    unit = {"kg": "kg", "l": "lít", "m2": "m²"}.get(val.unit, val.unit)
    if val.unit == "kg" and abs(factor - 1000) < 1e-6:
        unit = "tấn"  # "46" under "Sản lượng (tấn/năm)" is 46 tấn, not 46 kg
    return f"{unit}/{val.per}" if val.per else unit


# =============================================================================== relation: revenue

# the units a service counts what it sells in, not goods (PEOPLE): only a row naming the service counts them
_SERVICE_COUNTS = frozenset({"lượt khách", "suất"})


def _quantity_rows(m: PlanModel, year: int | None, exclude: Row | None = None,
                   parts: bool = False, visits: str | None = None) -> list[tuple[Row, Val]]:
    """Rows with a quantity that year; with `parts`, also the parts of a total ("Trong đó: khay 300 g",
    "Nấm bán buôn"); with `visits`, also rows counted in that unit of people or visits ("Lượt chèo
    kayak | lượt | 6.000" for a price "100.000 đ/lượt"), no quantity of goods elsewhere."""
    out = []
    for r in m.rows():
        if r is exclude or (r.subset and not parts) or r.flags & {"need", "supply", "input"} or r.kind in ("capacity",):
            continue
        for x in r.vals:
            if (x.qty or (visits and x.unit == visits and x.kind in QTY_KINDS and not x.per)) and \
                    x.year == year and x.vmax is None:
                out.append((r, x))
                break
    return out


def _match_quantity(m: PlanModel, comp: Row, price: Val, year: int | None) -> list[tuple[float, str, Row]]:
    """Quantity candidates (value, unit, row) in the price's unit for a product row, from any
    table: the rows with the best name match among those in a compatible unit. When the product's
    own row, a better match, counts packs ("Gạo lứt túi 1 kg | túi | 24.000" against "55.000
    đ/kg"), its packs times the size its label gives are the quantity; without a size nothing is
    checked rather than another row (the total of all sizes) being taken."""
    # (a service priced by the visit counts its visits: "Chèo thuyền kayak (100.000 đ/lượt)"; a meal priced
    # by the serving its servings: "Suất ăn hải sản (160.000 đ/suất)" for "Suất ăn | suất | 13.750")
    visits = price.per if price.per in _SERVICE_COUNTS else None
    with_parts = _quantity_rows(m, year, comp, parts=True, visits=visits)
    me = product_tokens(comp.label, m.vocab)
    scored = [(similarity(me, product_tokens(r.label, m.vocab)), r, x) for r, x in with_parts if not r.subset]
    # a part of the output that names this line exactly ("Nấm bán buôn | kg | 18.000" under "Trong đó:"
    # for "Nấm bán buôn, 35.000 đồng/kg"): its own quantity, not the total's
    # (on a scan, a word misread into a letter Vietnamese never writes is that word: "Trong đó: øà làm sẵn")
    exact = [(1.0, r, x) for r, x in with_parts if r.subset and me and
             ((words := product_tokens(r.label, m.vocab)) == me or m.ocr and _misread_word(words, me))]
    if exact and all(sc < 1.0 for sc, _, _ in scored):
        scored = exact
    # (not a sibling, a row that differs from this line by one word each way: "Rau ăn quả" is no quantity
    # of "Rau ăn lá (15.000 đ/kg)", though a scan read the leaf vegetables' own row "Rauănlá")
    scored = [(sc, r, x) for sc, r, x in scored if not _sibling(comp.label, r.label, m.vocab)]
    cands = [(sc, r, x) for sc, r, x in scored if qp(x.value, x.unit, 1.0, price.per) is not None]
    packs = [(sc, r, x) for sc, r, x in scored if qp(x.value, x.unit, 1.0, price.per) is None]
    best = max((sc for sc, _, _ in cands), default=0.0)
    own = max(packs, key=lambda t: t[0], default=None)
    # the product's own row wins a tie when both labels name the same pack size: a total of all
    # sizes ("Tổng sản lượng gạo lứt") names the product as well but no size
    if own is not None and own[0] >= 0.5 and (own[0] > best or (
            own[0] == best and _size(own[1].label) is not None and _size(own[1].label) == _size(comp.label))):
        size = _size(own[1].label) or _size(comp.label)
        sm = re.match(r"([\d.]+)(kg|l)$", size or "")
        if sm and price.per == sm.group(2):
            return [(own[2].value * float(sm.group(1)), sm.group(2), own[1])]
        return []
    if not cands:
        return []
    if visits and best < 0.5:
        return []  # visits are counted for many services: only a row that names this one counts its visits
    if best >= 0.5 and all(r.total for sc, r, _ in cands if sc == best):
        # "Tổng sản lượng bột" names nothing but the product's head word: a row of the product that
        # names this line's kind ("Bột sắn dây túi 1 kg (bán buôn)" for "Bột túi bán buôn") is its quantity
        own_rows = [(sc, r, x) for sc, r, x in cands if not r.total and sc >= 0.5]
        if own_rows:
            cands, best = own_rows, max(sc for sc, _, _ in own_rows)
    if best >= 0.5:
        # (not a row that shares a modifier only: "Tổng gạo nếp | tấn | 150" for "Cám nếp (6.000 đ/kg)",
        # a by-product whose quantity the plan gives as a ratio; nor a total of every product for one of
        # several priced lines: "Tổng bún khô | tấn | 36" for "Bún bán buôn (30.000 đ/kg)" beside "Gói 400 g
        # (14.000 đ/gói)")
        priced = [o for o in m.table(comp.table).rows if any(x.kind == "money" and x.per for x in o.lvals)]
        several = len(priced) >= 2
        # (nor a quantity that names another of the priced lines as well as this one: "Số bánh (cái)" for
        # "Bánh ram bán lẻ (3.500 đ/cái)" beside "Bánh ram hộp 10 cái (45.000 đ/hộp)", "Mực một nắng (kg)"
        # for "… loại 1 (550.000 đ/kg)" beside "… loại 2": the count of them all)
        got = [(x.value, x.unit, r) for sc, r, x in cands
               if sc == best and (sc >= 1.0 or not _other_head(m, comp.label, r.label))
               and not (several and r.total and sc < 1.0)
               and not (several and product_tokens(r.label, m.vocab) != me and any(
                   similarity(product_tokens(o.label, m.vocab), product_tokens(r.label, m.vocab)) >= sc
                   for o in priced if o is not comp))]
        if len(got) > 1:
            got = _same_group(m, comp, got)
        return got + _sold_parts(m, got, year)
    if len(cands) == 1:
        r = cands[0][1]
        if r.section == "raw_materials":
            return []  # "Mực ống tươi | kg | 20.000" in the raw-material table: the material bought, not sold
        if r.total and sum(1 for o in m.table(comp.table).rows
                           if any(x.kind == "money" and x.per for x in o.lvals)) >= 2:
            # "Tổng số sản phẩm | chiếc | 15.200" is the count of every product, not of one of the several
            # priced lines ("Giỏ đựng đồ (120.000 đ/chiếc)", "Khay (80.000 đ/chiếc)", …)
            return []
        return [(cands[0][2].value, cands[0][2].unit, r)]
    return []



_SOLD_WORD = re.compile(r"(?i)\bbán\b")


def _group_of(m: PlanModel, row: Row) -> tuple[int, str] | None:
    """The group a row sits in: the nearest row above it in its table that holds no figure at all ("I |
    Kênh bán lẻ | | |"), as (its place among such rows, its label)."""
    tm = m.table(row.table)
    heads = [o for o in tm.rows if not o.vals and not o.lvals and not o.total and o.label.strip()]
    if not heads:
        return None
    for o in reversed(tm.rows[:row.index]):
        if any(o is h for h in heads):
            return next(i for i, h in enumerate(heads) if h is o), o.label
    # the first group's heading read into the table's header ("Sản phẩm, kênh tiêu thụ Kênh bán lẻ")
    return -1, " ".join(h for h in tm.header if h and not re.search(r"\d", h))


def _same_group(m: PlanModel, comp: Row, got: list[tuple[float, str, Row]]) -> list[tuple[float, str, Row]]:
    """Quantity rows that name a priced line equally well, one in each group of their table ("I | Kênh
    bán lẻ" / "Rượu nếp chai 500 ml | 6.000" and "II | Kênh bán buôn" / "Rượu nếp chai 500 ml | 8.000"),
    for a line of a revenue table grouped the same way ("Cộng kênh bán buôn (II)" over "Rượu nếp chai 500 ml
    (80.000 đ/chai)"): the row of the line's own group, by the group's words, else by its place."""
    mine = _group_of(m, comp)
    groups = [_group_of(m, r) for _v, _u, r in got]
    if mine is None or any(g is None for g in groups) or len({g for g in groups}) < len(groups) or \
            len({r.table for _v, _u, r in got}) != 1:
        return got
    words = {t.tone for t in tokens(mine[1]) if t.flat[:1].isalpha()}
    overlap = [len(words & {t.tone for t in tokens(g[1]) if t.flat[:1].isalpha()}) for g in groups]
    best = max(overlap)
    if best and overlap.count(best) == 1:
        return [got[overlap.index(best)]]
    same = [x for x, g in zip(got, groups) if g[0] == mine[0]]
    return same if len(same) == 1 else got


def _sold_parts(m: PlanModel, got: list[tuple[float, str, Row]], year: int | None) -> list[tuple[float, str, Row]]:
    """The part of a matched quantity that is sold as it is, a row of its own table just below it that names it
    and says "bán" ("Nhung tươi | kg | 40" over "Nhung tươi bán trực tiếp | kg | 20" and "Nhung đưa vào sấy |
    kg | 20"): a second reading of what a line priced for that product sells."""
    out = []
    for _v, unit, r in got:
        tm = m.table(r.table)
        words = product_tokens(r.label, m.vocab)
        for o in tm.rows[r.index + 1:r.index + 4]:
            x = o.qty_years().get(year)
            if x is not None and x.unit == unit and _SOLD_WORD.search(o.label) and words and \
                    words <= product_tokens(o.label, m.vocab):
                out.append((x.value, x.unit, o))
    return out


# units that are also words of product names ("quả", eggs or fruit by the piece: "Rau ăn quả" is not "Rau ăn lá")
_NAMING_UNITS = frozenset({tone_key("quả")})


def _sibling(label_a: str, label_b: str, v: Vocab) -> bool:
    """Two product names that share two words or more and differ by one word each way ("Rau ăn lá",
    "Rau ăn quả"; "Nước mắm cá cơm", "Nước mắm cá nục"): two products of one kind, not one product.
    A unit word is no difference ("Lượt chèo kayak" counts the "Chèo thuyền kayak" priced by the lượt)."""
    units = {t.tone for text in (label_a, label_b) for t in tokens(text)
             if _is_unit_word(text[t.start:t.end]) and t.tone not in _NAMING_UNITS}
    a, b = product_tokens(label_a, v) - units, product_tokens(label_b, v) - units
    if not (len(a - b) == 1 and len(b - a) == 1 and len(a & b) >= 2):
        return False
    # (a word read with another tone mark is the same word: "Chai thủy tỉnh 330 ml" is "Chai thủy tinh 330 ml")
    (da,), (db,) = a - b, b - a
    if da.isdigit() != db.isdigit():
        return False  # a size on one side only: "Bún khô bao 10 kg (bán buôn)" is "Bún khô bao bán buôn"
    if _bare(da) in _MEAT or _bare(db) in _MEAT:
        return False  # the meat said on one side: "Thịt gà làm sẵn" is "Gà đồi làm sẵn" sold by the kg
    return _bare(da) != _bare(db)


_MEAT = frozenset({"thit"})


# Sections where a "giá bán" sentence is about the plan's own product.
_PRICE_SECTIONS = ("product", "market", "objectives", "production_plan", "financials", None)


# (also "So sánh giá SP cùng loại": the same kind of product, sold by others)
# (and the market's prices: "Bảng 3. Giá nón lá trên thị trường", "Giá thị trường hiện nay")
_RIVALS = re.compile(r"(?i)\b(?:cạnh\s+tranh|đối\s+thủ|cùng\s+loại|so\s+sánh\s+giá|giá\s+(?:[^\W\d]+\s+){0,6}(?:trên|ngoài)\s+thị\s+trường|giá\s+thị\s+trường)\b")


def _own_prices(m: PlanModel) -> list[tuple[Val, str, int | None]]:
    """Own selling prices stated in text or in price rows: (value, evidence, year)."""
    key = "own_prices"
    if key in m._cache:
        return m._cache[key]
    v = m.vocab
    out: list[tuple[Val, str, int | None]] = []
    # (a contractor's fee is no selling price: "Bảng 6. Thông tin cơ sở nhận dệt chiếu" with "Đơn giá | 30.000 đ/chiếc",
    # "đơn giá gia công 6.000 đồng/hộp", ga09)
    outsourced = v.text["outsourced"]
    farmed_out = {tm.index for tm in m.tables if outsourced.in_text(tm.caption + " " + " ".join(tm.header))}
    for r in m.rows():
        if r.kind == "price" and r.table not in farmed_out and not outsourced.in_text(r.label or ""):
            for x in r.vals:
                if x.kind == "money" and x.per and "/" not in x.per and x.vmax is None:
                    out.append((x, r.evidence, x.year))
    # a price table: the product in the row label, the price under a "Giá bán" / "Đơn giá" column
    # ("Mật ong hoa cà phê | 250.000" under "Giá bán (đồng/kg)")
    products: dict[int, set[str]] = m._cache.setdefault("price_products", {})
    for tm in m.tables:
        if v.text["purchase"].in_text(" ".join(tm.header) + " " + tm.caption):
            continue
        if _RIVALS.search(" ".join(tm.header) + " " + tm.caption):
            continue  # "Sản phẩm cạnh tranh | Nơi sản xuất | Giá bán": the competitors' prices
        pcols = {j for j, h in enumerate(tm.header) if h and v.cols["price"].in_text(h)
                 and not re.search(r"(19|20)\d\d", h)}
        if not pcols:
            continue
        for r in tm.rows:
            if r.kind is not None or r.total or r.subset or r.flags & {"need", "supply"} or r.qty_years():
                continue
            for x in r.vals:
                if x.col in pcols and x.kind == "money" and x.per and "/" not in x.per and x.vmax is None:
                    out.append((x, r.evidence, x.year))
                    products[id(x)] = product_tokens(r.label, v)
    for s in m.sents:
        sells = bool(_PRODUCER_SELLS_AT.match(s.text))
        if s.section not in _PRICE_SECTIONS or not (v.text["own_price"].in_text(s.text) or sells):
            continue
        if v.text["competitor"].in_text(s.text) or v.text["purchase"].in_text(s.text) or \
                v.text["current"].in_text(s.text):
            continue
        for a in s.amounts:
            if a.kind == "money" and a.per and "/" not in a.per and a.value_max is None and \
                    not outsourced.in_text(s.text[max(0, a.start - 40):a.start]):
                out.append((Val(a.value, a.unit, a.kind, a.per, None, -1, a.text), s.text, None))
    m._cache[key] = out
    return out


_MEASURES = ("kg", "l", "m3", "m2")
_STOCK_UNITS = frozenset({"đàn", "cây", "gốc", "con", "tổ ong"})


def _several_packs(m: PlanModel) -> bool:
    """The plan sells its product in several packs at different prices ("60.000 đồng/hộp 200 g và
    90.000 đồng/túi 500 g"): an output in tonnes or litres, not split by pack, cannot be priced."""
    if "several_packs" not in m._cache:
        packs: dict[tuple, set[float]] = defaultdict(set)
        bulk: set[float] = set()
        for st in _price_stmts(m):
            per, size = st.key[0], st.key[1]
            if per not in _MEASURES or size is not None:
                packs[(per, size)].add(st.value)
            else:
                bulk.add(st.value)
        values = {x for vals in packs.values() for x in vals}
        # also: sold loose by the litre or kilo AND in packs ("bia tươi keg 40.000 đồng/lít; bia chai
        # 330 ml 25.000 đồng/chai"): litres or tonnes in all cannot be priced at the loose price
        m._cache["several_packs"] = (len(packs) >= 2 and len(values) >= 2) or (bool(packs) and bool(bulk))
    return m._cache["several_packs"]


def _prices_for(m: PlanModel, q: float, unit: str, year: int | None,
                product: set[str]) -> dict[tuple[float, str], str]:
    """The own selling prices that fit a quantity: of its unit and year; when they differ, those of
    a price table row naming the same product."""
    prices = {(p.value, p.per): ev for p, ev, py in _own_prices(m) if py in (None, year) and p.vmax is None
              and qp(q, unit, p.value, p.per) is not None}
    if len({v for v, _ in prices}) > 1 and product:
        named = m._cache.get("price_products", {})
        keep = {(p.value, p.per): ev for p, ev, py in _own_prices(m) if (p.value, p.per) in prices
                and id(p) in named and similarity(named[id(p)], product) >= 0.5}
        if len({v for v, _ in keep}) == 1:
            return keep
    return prices


def _revenue_components(m: PlanModel, tm: TableM, year: int | None,
                        exclude: Row | None = None) -> tuple[float, list[Row]] | None:
    """Σ quantity × price over the product rows of one table that carry their price in the label
    and their quantity in the row ("Cam loại 1 (45.000 đ/kg) | tấn | 28,6")."""
    total, used, unpriced = 0.0, [], False
    for r in tm.rows:
        if r is exclude or r.subset:
            continue
        p = r.price(year)
        if p is None and r.kind is None and not r.total and year in r.qty_years() and \
                not r.flags & {"need", "supply", "input"} and not tm.children(r) and \
                not _CONVERTED_ROW.match(r.label or ""):
            # (not the packs converted below them, "Quy ra lít rượu | 9.500", which sells nothing more)
            unpriced = True  # a product (a by-product) without a price: its revenue is unknown
        if p is None or not r.qty_years():
            continue
        q = r.qty_years().get(year)
        if q is None or r.noisy:
            return None  # a product without its quantity that year: the sum would be short
        x = qp(q.value, q.unit, p.value, p.per)
        if x is None:
            return None
        total += x
        used.append(r)
    return (total, used) if used and not unpriced else None


_NOT_A_PRICE_BEFORE = re.compile(r"(?i)\b(?:chiết\s+khấu|hoa\s+hồng|giảm\s+giá|khuyến\s+mại|phí|cước|thưởng)\b[^.;:]*$")


def _sized_text_prices(m: PlanModel) -> dict[tuple[str, str], float]:
    """Selling prices in running text for a pack of a size ("Túi 300 g (khoảng 25 lá): 25.000
    đồng/túi", "chai 500 ml giá 150.000 đồng/chai"), by (pack, size); a pack size given two
    different prices (retail and wholesale) is left out."""
    if "sized_prices" in m._cache:
        return m._cache["sized_prices"]
    v = m.vocab
    seen: dict[tuple[str, str], set[float]] = defaultdict(set)
    sold: dict[tuple[str, str], set[float]] = defaultdict(set)  # said as a selling price ("Giá bán: …")
    bare: dict[str, set[float]] = defaultdict(set)  # selling prices of a pack said without its size
    dated: dict[tuple[str, str], int] = {}  # the year a sentence says its prices are of (`_sized_price_years`)
    for s in m.sents:
        if s.section not in _PRICE_SECTIONS or v.text["competitor"].in_text(s.text) or \
                v.text["purchase"].in_text(s.text) or _cost_statement(s):
            continue
        selling = bool(_SELLING.search(s.text))
        # ("Giá năm 2027: túi 250 g 38.000 đồng/túi, …; giá tăng 3 %/năm": that year's prices, gb10)
        said_year = int(py.group(1)) if (py := _PRICES_OF_YEAR.search(s.text)) else None
        prev = 0
        for a in s.amounts:
            if a.kind == "money" and a.per and "/" not in a.per and a.value_max is None and a.per not in ("kg", "l") \
                    and not _NOT_A_PRICE_BEFORE.search(s.text[max(prev, a.start - 30):a.start]):
                # (not a discount, a commission or a fee per pack: "Chiết khấu cho đại lý 10.000 đồng/chai 500 ml", jz06)
                size = _size_near(s.text, a, prev)
                if size:
                    seen[(a.per, size)].add(a.value)
                    if said_year is not None:
                        dated[(a.per, size)] = said_year
                    if selling:
                        sold[(a.per, size)].add(a.value)
                elif selling:
                    bare[a.per].add(a.value)
            if a.kind == "money":
                prev = a.end  # the size before a price is searched back to the previous price only
    # (two amounts for one pack: the one said as its selling price, when one is; "Hũ 200 g kèm màng
    # seal và thùng tính 5.000 đ/hũ" under the costs is what the jar costs)
    out = {k: next(iter(vs)) for k, vs in seen.items() if len(vs) == 1}
    out.update({k: next(iter(vs)) for k, vs in sold.items() if len(vs) == 1 and k not in out})
    # (a pack also sold at another price said without its size: "Giá bán lẻ 98.000 đồng/chai 500 ml …; giá
    # bán buôn 80.000 đồng/chai": the sized price is one channel's, not the pack's)
    out = {k: x for k, x in out.items() if bare[k[0]] <= {y for (per, _z), vs in seen.items() if per == k[0] for y in vs}}
    m._cache["sized_prices"] = out
    m._cache["sized_price_years"] = dated
    return out


def _sized_price_years(m: PlanModel) -> dict[tuple[str, str], int]:
    """(pack, size) -> the year its sentence says its price is of ("Giá năm 2027: …"), for the prices of
    `_sized_text_prices`."""
    _sized_text_prices(m)
    return m._cache["sized_price_years"]


_SELLING = re.compile(r"(?i)\bgiá\s+bán\b|\bbán\s+(?:lẻ|buôn|sỉ|với giá|giá)\b")
# the year a sentence's prices are of: "Giá năm 2027: …", "giá bán năm 2027 …"
# ("giá niêm yết năm 2027 là 65.000 đồng/hộp", gt08)
# ("Giá bán tại hợp tác xã năm 2027 (…): 85.000 đồng/chai 500 ml", gy05)
_PRICES_OF_YEAR = re.compile(r"(?i)\bgiá(?:\s+bán)?(?:\s+(?:lẻ|buôn|sỉ))?(?:\s+(?:dự\s+kiến|áp\s+dụng|niêm\s+yết))?"
                             r"(?:\s+(?:tại|ở)(?:\s+[^\W\d]+){1,4}?)?\s+(?:của\s+)?năm\s+(20\d\d)\b")


# what a pack costs the producer, not what it sells for: "Hũ, nắp, nhãn tính 6.000 đồng/hũ 500 g"
_COST_WORDS = re.compile(r"(?i)\b(?:chi phí|nắp|nhãn|bao bì|vỏ chai|vỏ hộp|tem|nguyên liệu|vật tư|nhân công|"
                         r"vận chuyển|giá mua|giá thành)\b")


def _cost_statement(s: Sent) -> bool:
    """A sentence that names a cost before its first amount of money."""
    first = next((a for a in s.amounts if a.kind == "money"), None)
    return first is not None and bool(_COST_WORDS.search(s.text[:first.start]))


def _sized_table_prices(m: PlanModel) -> dict[tuple[str, str, int], float]:
    """A price row's price by year for a pack of a size ("Mắm tôm, hũ 250 g | 25.000 | 26.000 | 27.000" under a
    caption of selling prices): by (pack, size, year); a key given two prices is left out."""
    if "sized_table_prices" in m._cache:
        return m._cache["sized_table_prices"]
    seen: dict[tuple[str, str, int], set[float]] = defaultdict(set)
    for r in m.rows():
        if r.flags & {"need", "supply", "input"} or r.kind in ("cost", "cost_line") or (size := _size(r.label)) is None:
            continue
        for x in r.vals:
            if x.kind == "money" and x.per and "/" not in x.per and x.year is not None and x.vmax is None:
                seen[(x.per, size, x.year)].add(x.value)
    out = {k: next(iter(vs)) for k, vs in seen.items() if len(vs) == 1}
    m._cache["sized_table_prices"] = out
    return out


def _sized_components(m: PlanModel, tm: TableM, year: int | None) -> tuple[float, list[Row]] | None:
    """Σ packs × price over a table's product rows counted in packs of a size ("Bánh tráng túi 300
    g | túi | 50.000"), each priced in running text for its pack and size; every such row must have
    its price, else the sum would be short."""
    prices = _sized_text_prices(m)
    if not prices:
        return None
    price_years = _sized_price_years(m)
    total, used = 0.0, []
    for r in tm.rows:
        if r.kind is not None or r.total or r.subset or r.flags & {"need", "supply", "input"}:
            continue
        q = r.qty_years().get(year)
        if q is None and year is not None and _size(r.label) and \
                any(y is not None and x.unit not in PEOPLE for y, x in r.qty_years().items()):
            return None  # a pack row with the other years and not this one (a scan's "13.200 . 14.400 |"): short
        if q is None or q.vmax is not None or q.unit in PEOPLE or q.unit in _STOCK_UNITS:
            continue  # (a stock the output comes from, "Số đàn ong | đàn | 400", is no product)
        size = _size(r.label)
        if size is None:
            return None  # another product row ("Tinh dầu bán can (lít)") whose price is not known here
        if year is not None and price_years.get((q.unit, size), year) != year:
            return None  # a price of another year ("Giá năm 2027: …; giá tăng 3 %/năm")
        # (a price list by year for the pack says that year's price: the text's undated one is the first year's,
        # "hũ 250 g (25.000 đồng/hũ)" beside "Mắm tôm, hũ 250 g | 25.000 | 26.000 | 27.000", hf06)
        p = _sized_table_prices(m).get((q.unit, size, year), prices.get((q.unit, size)))
        if p is None or r.noisy:
            return None
        total += q.value * p
        used.append(r)
    if len(used) >= 2 and year is not None:
        # a row of the same product whose unit was not read (a scan's "Tinh bột nghệ …, hũ thủy tỉnh 200 hũ 5 | | 6.000"):
        # the sum is short (fx02); not a row of something else with bare figures ("Lao động | 14 | 15 | 15")
        shared = set.intersection(*(product_tokens(r.label, m.vocab) for r in used))
        if shared and any(r not in used and not r.total and not r.subset and r.kind is None and
                          product_tokens(r.label, m.vocab) & shared and
                          any(x.year == year and x.kind == "number" and not x.unit for x in r.vals) for r in tm.rows):
            return None
    return (total, used) if len(used) >= 2 else None


# a price or revenue after the buyers' discounts, not at the list price ("Giá thực thu bình quân", "Giá bán sau chiết
# khấu", "Doanh thu thuần", "… sau giảm trừ")
_NET = re.compile(r"(?i)\b(?:thực\s+thu|thực\s+nhận|sau\s+chiết\s+khấu|đã\s+trừ\s+chiết\s+khấu|sau\s+giảm\s+trừ|thuần)\b")


def _stacked_pair(tm: TableM, R: Row, year: int | None) -> tuple[float, list[Row]] | None:
    """A product's quantity and price in the two rows just above its revenue row ("Bánh lẻ – số
    lượng (bánh)", "– giá bán (đồng/bánh)", "– doanh thu"): quantity × price."""
    i = R.index  # its place in tm.rows
    if i < 2:
        return None
    above = tm.rows[i - 2:i]
    first = i - 2  # the first row of the pair
    if i >= 3 and all(r.kind == "price" for r in above) and \
            len(net := [r for r in above if _NET.search(r.label or "")]) == 1:
        # "Số lượng chai 500 ml", "Giá niêm yết …", "Giá thực thu bình quân … (sau chiết khấu)", "Doanh thu …": the
        # revenue is the quantity at the price received, the list price beside it
        above, first = [tm.rows[i - 3], net[0]], i - 3
    prices = [r for r in above if r.kind == "price"]
    # (not a material's row: "Búp tươi nguyên liệu | kg", then "Đơn giá bình quân", then "Doanh thu" prices the
    # dried tea of the first row, not the fresh leaves)
    # (nor a part of the quantity above it: "Trong đó đóng gói bán lẻ (kg)" under "Sản lượng tiêu khô (tấn)")
    qtys = [r for r in above if r.kind != "price" and year in r.qty_years() and not r.total and not r.subset
            and not r.flags & {"need", "supply", "input"}]
    if len(prices) != 1 or len(qtys) != 1:
        return None
    # another priced product above it with no revenue row of its own ("Kiệu hũ", "Giá hũ", "Kiệu bán
    # buôn", "Giá buôn", "Doanh thu"): the revenue row sums both, not the pair just above it
    k = first - 1
    # (up to the amount row of the line above, in a table that stacks each line's three rows: "Thành tiền", jo08)
    while k >= 0 and tm.rows[k].kind != "revenue" and not _AMOUNT_LABEL.match(tm.rows[k].label or ""):
        if tm.rows[k].kind == "price":
            return None
        k -= 1
    if year is None and _yearless_counts_differ((prices[0], qtys[0], R)):
        return None  # rows of no year holding different counts of figures: a cell lost, the columns unknown (iu07)
    p = next((x for x in prices[0].vals if x.kind == "money" and x.per and x.year == year and x.vmax is None), None)
    q = qtys[0].qty_years()[year]
    if p is None and q.unit and re.search(rf"(?i)\b{re.escape(q.unit)}\b", prices[0].label or ""):
        # "Số lượng chai 500 ml (chai)", "Giá … chai 500 ml (đồng)": the price of the pack the quantity counts
        p = next((replace(x, per=q.unit) for x in prices[0].vals if x.kind == "money" and not x.per
                  and x.year == year and x.vmax is None), None)
    e = qp(q.value, q.unit, p.value, p.per) if p is not None and q.vmax is None else None
    return (e, [qtys[0], prices[0]]) if e is not None else None


def _yearless_counts_differ(rows: Iterable[Row]) -> bool:
    """Rows of no year that hold different counts of figures (quantities or money): a cell was lost, and which
    column is which is unknown."""
    return len({sum(1 for x in r.vals if x.year is None and (x.qty or x.kind == "money")) for r in rows}) > 1


def _pair_in_table(m: PlanModel, tm: TableM, year: int | None) -> tuple[float, list[Row]] | None:
    """One quantity row × one price row in the same table ("Sản lượng (kg)", "Giá bán (đ/kg)"); not in a table of what
    the goods cost ("Bảng 10. Giá vốn đàn bò xuất chuồng": the calves bought and their price, gw10)."""
    if _COST_TABLE.search(_caption_tail(tm.caption)) or tm.indicators:
        # (nor a revised plan's list of its changed figures, "Đêm khách lưu trú năm 2027 | 3.600 | 2.300", "Giá lưu trú
        # | 380.000 | 320.000": one service's nights and price, not the revenue of all, hh04)
        return None
    if year is None and m.ocr and _yearless_counts_differ([r for r in tm.rows if r.kind in ("quantity", "price", "revenue")]):
        # a scan's table of no years read whose rows hold different counts of figures ("Doanh thu | 1.5522 | 1.741,5
        # | 1.936,4", its first cell unread, beside three quantities and three prices): which column is which year
        # is unknown, so the first of each row are no one year's (iu07)
        return None
    qrows = [r for r in tm.rows if r.kind == "quantity" and not r.subset and year in r.qty_years()
             and "need" not in r.flags and "supply" not in r.flags]
    prows = [r for r in tm.rows if r.kind == "price" and not r.subset]
    if not qrows and prows:
        # no "Sản lượng" row: the one row of the product's quantity beside the price row
        # ("Mực tươi đưa vào chế biến" is the input, "Mực một nắng thành phẩm" the output)
        # (nor the break-even output of a break-even table, "Sản lượng hòa vốn | kg | 2.480")
        plain = [r for r in tm.rows if r.kind is None and not r.subset and not r.total and year in r.qty_years()
                 and not r.flags & {"need", "supply", "input"} and not _BREAK_EVEN.search(r.label or "")]
        qrows = plain if len(plain) == 1 else []
    pvals = []
    for r in prows:
        for x in r.vals:
            if x.kind == "money" and x.per and (x.year == year or x.year is None):
                pvals.append((r, x))
                break
    if len(pvals) >= 2:
        return _pairs_by_pack(tm, year, pvals)
    if len(pvals) != 1:
        return None
    pr, p = pvals[0]
    fits = [(r, r.qty_years()[year]) for r in qrows if qp(r.qty_years()[year].value, r.qty_years()[year].unit, p.value, p.per) is not None]
    if not fits and m.ocr:
        fits = _misread_quantity(tm, year, p)
    if len(fits) != 1:
        return None
    qr, q = fits[0]
    if _sold_apart(tm, qr, year):
        return None
    return qp(q.value, q.unit, p.value, p.per), [qr, pr]


def _sold_apart(tm: TableM, qr: Row, year: int | None) -> bool:
    """A part of the quantity, right under it, sold otherwise that year ("Sản lượng tiêu khô (tấn) | 6,8",
    "Trong đó đóng gói bán lẻ (kg) | 600", then the bulk price): the one price prices only the rest, and
    the revenue is more than the quantity times it."""
    for r in tm.rows[qr.index + 1:]:
        if not r.subset:
            return False
        x = r.qty_years().get(year)
        if x is not None and x.value > 0:
            return True
    return False


def _pairs_by_pack(tm: TableM, year: int | None, pvals: list[tuple[Row, Val]]
                   ) -> tuple[float, list[Row]] | None:
    """Several price rows, each per its own pack ("Giá hũ" per hũ, "Giá buôn (đồng/kg)"), and one
    quantity row in each pack ("Kiệu hũ (hũ)", "Kiệu bán buôn (kg)"): Σ quantity × price, when every
    price finds exactly one quantity row and every product row of the table is priced."""
    packs = {p.per for _, p in pvals}
    # (not products: a stock of colonies or trees, and the output in kg beside prices per pack, which
    # the packs sold convert)
    rows = [r for r in tm.rows if r.kind in (None, "quantity") and not r.subset and not r.total
            and year in r.qty_years() and not r.flags & {"need", "supply", "input"}
            and r.qty_years()[year].unit not in _STOCK_UNITS
            and not (r.kind == "quantity" and r.qty_years()[year].unit in _MEASURES and not packs & set(_MEASURES))]
    total, used = 0.0, []
    for pr, p in pvals:
        fit = [r for r in rows if qp(r.qty_years()[year].value, r.qty_years()[year].unit, p.value, p.per) is not None]
        if len(fit) > 1 and _size(pr.label):
            # "Chai 500 g" and "Chai 1 kg", each priced by its own row ("Giá bán chai 500 g")
            fit = [r for r in fit if _size(r.label) == _size(pr.label)]
        if len(fit) != 1 or fit[0] in used:
            return None
        q = fit[0].qty_years()[year]
        total += qp(q.value, q.unit, p.value, p.per) or 0.0
        used += [fit[0], pr]
    if any(r not in used for r in rows):
        return None  # a product without its price: the sum would be short
    return total, used


_VI_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợù"
                        "úủũụưừứửữựỳýỷỹỵ")


def _foreign(text: str) -> bool:
    """A letter Vietnamese never writes in `text` ("øà" for "gà", "kø" for "kg"): a word the OCR misread."""
    return any(ch.isalpha() and ch.lower() not in _VI_LETTERS for ch in text)


def _misread_word(read: set[str], want: set[str]) -> bool:
    """`read` is `want` but for one word read with a letter Vietnamese never writes, of the same length
    ("øa2" for "ga2")."""
    a, b = read - want, want - read
    if len(a) != 1 or len(b) != 1 or len(read & want) < 1:
        return False
    (x,), (y,) = a, b
    return _foreign(x) and len(_bare(x)) == len(_bare(y))


def _misread_quantity(tm: TableM, year: int | None, p: Val) -> list[tuple[Row, Val]]:
    """On a scan, the one "Sản lượng" row whose unit in brackets the OCR misread into a letter
    Vietnamese never writes ("Sản lượng mật (kø)"): its bare numbers are in the unit the price row
    is per ("Giá bán bình quân (đồng/kg)")."""
    out = []
    for r in tm.rows:
        if r.kind != "quantity" or r.subset or r.flags & {"need", "supply", "input"}:
            continue
        paren = re.search(r"\(([^()]{1,6})\)\s*$", r.label)
        if not paren or not _foreign(paren.group(1)):
            continue
        x = next((v for v in r.vals if v.year == year and v.kind == "number" and v.vmax is None), None)
        if x is not None:
            out.append((r, Val(x.value, p.per, "count", None, x.year, x.col, x.text, x.qualifier, None)))
    return out


def _global_single(m: PlanModel, year: int | None) -> list[tuple[float, list[Row], str]]:
    """A single-product plan: the output row × the one selling price stated in the plan."""
    prices = _own_prices(m)
    out = []
    qrows = [(r, x) for r, x in _quantity_rows(m, year) if r.kind == "quantity"]
    for r, x in qrows:
        if x.unit in _MEASURES and _several_packs(m):
            continue  # tonnes of a product sold in packs of several prices: the split is unknown
        if _sold_apart(m.table(r.table), r, year):
            continue  # a part of it sold otherwise that year ("Trong đó đóng gói bán lẻ"): the split is unknown
        if _goes_on_yearless(m, m.table(r.table)):
            continue  # the first product of a revenue table a page break split: the others are on the next page
        # an undated price is the plan's ("Giá bán dự kiến"): a past year's output was sold at
        # prices the plan does not give
        fit = {p.value for p, _, py in prices if (py == year or py is None and m.is_plan_year(year))
               and qp(x.value, x.unit, p.value, p.per) is not None}
        if len(fit) == 1:
            pv = fit.pop()
            p0, ev = next((p, e) for p, e, _ in prices if p.value == pv)
            if _other_row_prices(m, p0, pv, year):
                continue  # a table prices that unit otherwise as well (a contract's price beside the retail one)
            noun = _price_noun(m, p0, ev)
            if _price_of_other_state(m, noun, r):
                # the row of the state the price counts, in the same table ("Vịt làm sạch (75%) | kg" beside
                # "Khối lượng vịt hơi"), else no reckoning
                alt = [(o, y) for o in m.table(r.table).rows if o is not r and not o.total
                       and noun <= product_tokens(o.label, m.vocab) and (y := o.qty_years().get(year)) is not None
                       and qp(y.value, y.unit, pv, p0.per) is not None]
                if len(alt) != 1:
                    continue
                r, x = alt[0]
            out.append((qp(x.value, x.unit, pv, p0.per), [r], ev))
    return out


def _other_row_prices(m: PlanModel, p: Val, pv: float, year: int | None) -> bool:
    """A table row gives another selling price per the same unit that year ("Bao tiêu Tâm An (đ/kg) | 58.000" beside
    the text's retail "130.000 đồng/kg"): the plan sells at several prices, so no single one reckons its revenue.
    (Not what it pays, costs, or the market's prices.)"""
    def selling(r: Row) -> bool:
        if r.kind in ("purchase_price", "cost", "cost_line", "cost_item") or "market" in r.flags or \
                m.vocab.text["purchase"].in_text(r.label):
            return False
        # (a contract's row says "bao tiêu", a supply's word: sold, when its table is one of selling prices)
        return not r.flags & {"need", "supply", "input"} or bool(_SELLING_PRICES.search(m.table(r.table).caption or ""))

    return any(x.kind == "money" and x.per == p.per and x.year in (year, None) and x.vmax is None and
               abs(x.value - pv) > 0.01 * pv for r in m.rows() if selling(r) for x in r.vals)


_SELLING_PRICES = re.compile(r"(?i)\bgiá\s+bán\b")


def _price_noun(m: PlanModel, p: Val, ev: str) -> set[str]:
    """What a price's unit counts, named after it ("200.000 đồng/kg thịt xẻ", "đồng/kg gà làm sạch")."""
    k = ev.find(p.text) if p.text else -1
    if k < 0:
        return set()
    # (the words up to the next mark, "gà làm sạch" whole: the noun alone would stop at its verb)
    tail = re.split(r"[.;,:()]", ev[k + len(p.text):], maxsplit=1)[0]
    return product_tokens(" ".join(tail.split()[:5]), m.vocab) - _FORM_WORDS


def _price_of_other_state(m: PlanModel, noun: set[str], r: Row) -> bool:
    """The price names what its unit counts and the quantity row another state of it: "200.000 đồng/kg
    thịt xẻ" against "Khối lượng bò hơi (250 kg/con)", "đồng/kg gà làm sạch" against "gà hơi" (the carcass
    and the live weight): each names words the other does not."""
    own = product_tokens(r.label, m.vocab) - _FORM_WORDS
    return bool(noun) and bool(noun - own) and bool(own - noun)


def _expected_for_child(m: PlanModel, tm: TableM, c: Row, year: int | None) -> list[tuple[float, str]]:
    p = c.price(year)
    if p is None:
        st = _stacked_pair(tm, c, year) or _named_pair(m, tm, c, year) or _caption_pair(m, tm, c, year) or \
            _tables_pair(m, tm, c, year) or _channel_pair(m, tm, c, year)
        if st:
            return [(st[0], "; ".join([*(r.evidence for r in st[1]), *st[2:]]))]
        return _text_priced(m, c, year)
    q = c.qty_years().get(year)
    if q is not None:
        x = qp(q.value, q.unit, p.value, p.per)
        return [(x, c.evidence)] if x is not None else []
    out = []
    size = _size(c.label)
    for qv, qu, qr in _match_quantity(m, c, p, year):
        read = qr.qty_years().get(year)
        if m.ocr and read is not None and read.unsure:
            continue  # a quantity the engine was unsure of ("2.250" read "200" at 51 %): no expectation
        if size is not None and (other := _size(qr.label)) is not None and other != size:
            continue  # "Bao 10 kg (350.000 đ/bao)" is no revenue of the row "Gạo nếp bao 50 kg (bao)"
        x = qp(qv, qu, p.value, p.per)
        if x is not None:
            out.append((x, qr.evidence))
    return out


_PRICE_WORD = frozenset({"gia1", "gia", "đơn", "don"})
_PRICE_SAID = re.compile(r"(?i)\bgiá\b[^;.]*$")
# a word of a label a number comes right before: a size ("hộp 10 chiếc"), not the pack sold
_SIZE_WORD = re.compile(r"\d\s*([^\W\d]+)")


def _text_price(m: PlanModel, label: str) -> Val | None:
    """The one unit price the plan's sentences give for the pack a revenue row sells ("Hộp 10 chiếc, giá
    35.000 đồng/hộp" for "Doanh thu bánh ram hộp 10 chiếc"): a price per a word of the label that is
    not a size, the same value wherever it is said; None when there is none, or more than one."""
    key = ("text_price", label)
    if key in m._cache:
        return m._cache[key]
    sizes = {tone_key(w) for w in _SIZE_WORD.findall(label)}
    packs = {tone_key(w) for w in re.findall(r"[^\W\d]+", label)} - sizes
    said: dict[str, list[tuple[Amount, str]]] = defaultdict(list)  # pack -> (price, its sentence), in order
    for snt in m.sents:
        for a in snt.amounts:
            # (a selling price, "giá" said before it in its clause: not "Hộp giấy … tính 3.000 đồng/hộp", a cost)
            if a.kind == "money" and a.per and "/" not in a.per and a.value_max is None and \
                    (per := tone_key(a.per)) in packs and _PRICE_SAID.search(snt.text[max(0, a.start - 40):a.start]):
                said[per].append((a, snt.text))
    got = None
    prices = next(iter(said.values())) if len(said) == 1 else []
    if prices and len({a.value for a, _t in prices}) == 1:
        a, text = prices[0]
        got = Val(a.value, "VND", "money", a.per, None, -1, quote(text, 160))
    m._cache[key] = got
    return got


def _price_dated_to(m: PlanModel, p: Val) -> set[int]:
    """The years a table gives this very price to for its pack, a row naming the pack ("Nước mắm …, chai 1 lít |
    chai | 75.000" under "Giá 2027 (đồng)"); empty when no table dates it."""
    key = ("price_dated", p.value, p.per)
    if key not in m._cache:
        per = tone_key(p.per or "")
        m._cache[key] = {x.year for r in m.rows() if r.kind not in ("cost", "cost_line") and
                         not r.flags & {"need", "supply", "input"} and
                         per in {tone_key(w) for w in re.findall(r"[^\W\d]+", " ".join(r.cells))}
                         for x in r.vals if x.kind == "money" and x.year is not None and x.value == p.value
                         and x.per in (None, p.per)}
    return m._cache[key]


def _text_priced(m: PlanModel, c: Row, year: int | None) -> list[tuple[float, str]]:
    """A revenue row with no price of its own, its price in the plan's sentences (`_text_price`) and its
    quantity in a row counted in that pack: quantity × price, when another year of the row agrees with
    it (the price the row really uses, not a later one)."""
    p = _text_price(m, c.label)
    if p is None or year is None:
        return []
    if (dated := _price_dated_to(m, p)) and year not in dated:
        # the price a table dates to its years ("Giá 2027 (đồng)": "… chai 1 lít | chai | 75.000"), the plan reckoning
        # "× giá bán từng năm": the text's price is those years', not a later one's (jc06, jc10)
        return []
    size = _size(c.label)
    # (each year's reckoning once per row: every year of the row asks for the others')
    done: dict[int, tuple[float, str] | None] = m._cache.setdefault(("text_priced", id(c)), {})

    def expected(y: int) -> tuple[float, str] | None:
        if y in done:
            return done[y]
        done[y] = None
        for qv, qu, qr in _match_quantity(m, c, p, y):
            if size is not None and _size(qr.label) != size:
                continue  # "Chai 1 lít (chai)" is no quantity of "Doanh thu chai 330 ml"
            read = qr.qty_years().get(y)
            if (x := qp(qv, qu, p.value, p.per)) is not None and not (m.ocr and read is not None and read.unsure):
                done[y] = (x, f"{qr.evidence}; {p.text}")
                break
        return done[y]

    here = expected(year)
    if here is None:
        return []
    for y, cv in c.money_years().items():
        if y != year and y is not None and (e := expected(y)) is not None and close(cv.value, e[0], 0.01):
            return [here]
    return []


def _priced_rows_above(tm: TableM, total: Row) -> list[Row]:
    """A revenue total written below its products ("1 | Tỏi đen hộp 250 g (160.000 đ/hộp) | 1.300",
    …, "A | Cộng doanh thu | 2.853"): the rows right above it, back to the table's start or the
    previous total, when every one gives its unit price."""
    if not total.total:
        return []
    above: list[Row] = []
    groups = bool(_group_subtotals(tm, total.index))
    for r in reversed(tm.rows[:total.index]):
        if groups:
            # products in groups, each with its sub-total ("1 | Rượu nếp 40 độ |", its packs, "Cộng rượu nếp
            # 40 độ", …, then "Tổng doanh thu"): the packs of every group, not the sub-totals
            head = _heading_row(r)
            if head == "part" and not _sums_parts(total):
                break
            if head is not None or (r.total and r.num is None):
                continue
        if r.total or r.kind not in (None, "revenue") or not r.money_years():
            break
        above.append(r)
    above.reverse()
    # (or in a price column: "Sản phẩm | Đơn giá (1.000 đ) | Năm 2027 | …"; a service's line may give a rate
    # per two things, "Lưu trú (170.000 đ/khách/đêm)", that no single quantity times: a line still, checked
    # in the sum, not on its own)
    priced = sum(r.price() is not None for r in above)
    return above if len(above) >= 2 and priced >= 1 and all(
        r.price() is not None or _compound_price(r) for r in above) else []


def _paired_rows_above(m: PlanModel, tm: TableM, total: Row) -> list[Row]:
    """A revenue total written below its products' revenue lines, each line's quantity and price by year in two
    other tables under its label (`_tables_pair`): the rows right above it, back to the table's start (gb05)."""
    if not total.total or _group_subtotals(tm, total.index):
        return []
    above: list[Row] = []
    stop = None
    for r in reversed(tm.rows[:total.index]):
        if r.total or r.kind not in (None, "revenue") or not r.money_years():
            stop = r
            break
        above.append(r)
    above.reverse()
    if len(above) < 2:
        return []
    if stop is not None and not stop.total and any(x.year is not None for x in stop.vals) and \
            not _adds_up(above, total):
        # a line above them read as another kind or unit ("Lưu trú (lượt khách/đêm) | 854,5" read as guests a night):
        # the run is not all of the total's lines, unless they add up to it (gc09)
        return []
    # (all of them: with one line unpaired, "Cá giống trắm, chép 6 – 8 cm" under "ĐVT: đồng/hộp, túi, con", the other
    # lines' prices were taken from sentences of another year, a pool's five new false alarms; left, io05)
    return above if all(any(_tables_pair(m, tm, r, y) or _channel_pair(m, tm, r, y) for y in r.money_years()
                            if y is not None) for r in above) else []


def _compound_price(r: Row) -> bool:
    """A label's price per two things ("170.000 đ/khách/đêm", "420.000 đ/phòng/đêm")."""
    return any(v.kind == "money" and v.per and "/" in v.per for v in r.lvals)


def _named_pair(m: PlanModel, tm: TableM, rev: Row, year: int | None) -> tuple[float, list[Row]] | None:
    """A product's revenue row beside its own quantity and price rows in the same table, all three
    naming the product the same way ("Hũ 100 g", "Giá bán hũ 100 g", "Doanh thu hũ 100 g")."""
    want = product_tokens(rev.label, m.vocab)
    if not want:
        return None
    prices = [r for r in tm.rows if r.kind == "price" and not r.subset
              and product_tokens(r.label, m.vocab) - _PRICE_WORD == want]
    qtys = [r for r in tm.rows if r.kind in (None, "quantity") and not r.subset and not r.total
            and not r.flags & {"need", "supply", "input"} and year in r.qty_years()
            and product_tokens(r.label, m.vocab) == want]
    if len(prices) != 1 or len(qtys) != 1:
        return None
    p = next((x for x in prices[0].vals if x.kind == "money" and x.per and x.year in (year, None)), None)
    q = qtys[0].qty_years()[year]
    got = qp(q.value, q.unit, p.value, p.per) if p is not None else None
    return (got, [qtys[0], prices[0]]) if got is not None else None


_LABEL_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


# a table that counts its rows in whatever unit each is sold by: "Số lượt khách dự kiến", "Sản phẩm (số đơn vị)"
_COUNTED_HEAD = re.compile(r"(?i)\bsố\s+(?:lượt|đơn\s+vị|lượng)\b")


def _tables_pair(m: PlanModel, tm: TableM, rev: Row, year: int | None) -> tuple[float, list[Row]] | None:
    """A product's revenue row whose quantity and price by year sit in two other tables under the same label
    ("Rượu nếp cái …, chai 500 ml" counted in "chai" in the output plan, priced by year in a table "ĐVT: đồng/đơn vị
    sản phẩm", its revenue in the revenue table, gb05): that year's quantity × that year's price. One row of each,
    named the same way, else nothing."""
    if year is None:
        return None
    want = product_tokens(_LABEL_NOTE.sub("", rev.label), m.vocab)
    if not want:
        return None

    def year_price(r: Row) -> Val | None:  # the row's unit price of that year
        return next((x for x in r.vals if x.kind == "money" and x.per and "/" not in x.per and x.year == year
                     and x.vmax is None), None)

    qtys, prices = [], []
    for r in m.rows():
        # (the label's note in brackets at its end aside: "Dưa loại 1 (70 %, kg)", "Dưa loại 1 (đồng/kg)", "Dưa loại 1")
        if r.table == tm.index or r.subset or r.total or r.flags & {"need", "supply", "input"} or \
                product_tokens(_LABEL_NOTE.sub("", r.label), m.vocab) != want:
            continue
        # (or a count of servings or visits, no quantity of goods elsewhere, "Suất cơm cá kho (suất) | 21.120", priced
        # per its unit: "… | suất | 62.000", ip08)
        x = r.qty_years().get(year) or next((v for v in r.vals if v.kind == "count" and v.year == year and v.unit
                                             and not v.per), None) or \
            next((v for v in r.vals if v.kind == "number" and not v.unit and v.year == year and not v.per
                  and _COUNTED_HEAD.search(" ".join(m.table(r.table).header) + " " + (m.table(r.table).caption or ""))),
                 None)
        if x is not None and x.vmax is None:
            qtys.append((r, x))
        if (p := year_price(r)) is not None:
            prices.append((r, p))
    if len(qtys) == 1 and not prices and (size := _size(rev.label)) is not None:
        # (a price row that names the product before the pack: "Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml" for the
        # revenue's and the output's "Chai 500 ml"; the one row of that pack and size that holds a price that year)
        for r in m.rows():
            if r.table == tm.index or r.subset or r.total or r.flags & {"need", "supply", "input"} or \
                    _size(r.label) != size or not want <= product_tokens(_LABEL_NOTE.sub("", r.label), m.vocab):
                continue
            if (p := year_price(r)) is not None:
                prices.append((r, p))
    if len(qtys) == 1 and not prices and len(own := [x for x in rev.vals if x.kind == "money" and x.per and
                                                     "/" not in x.per and x.year is None and x.vmax is None]) == 1:
        # the revenue row's own unit price, its quantity by year in the output plan ("Nước mắm cốt 40 độ đạm, chai 500
        # ml | 75.000 | 2.475,0" under "Giá bán (đồng) | Năm 2027", beside "… chai 500 ml | chai | 30.000", it06)
        prices.append((rev, own[0]))
    if len(qtys) == 1 and len(prices) == 1 and not qtys[0][1].unit and prices[0][1].per:
        # a bare count under "Số lượt khách" / "(số đơn vị)", priced per its unit elsewhere ("đồng/đêm"): that many of
        # the unit (iv10)
        qtys = [(qtys[0][0], replace(qtys[0][1], unit=prices[0][1].per, kind="count"))]
    if len(qtys) != 1 or len(prices) != 1 or qtys[0][1].unit != prices[0][1].per:
        return None
    (qr, q), (pr, p) = qtys[0], prices[0]
    got = qp(q.value, q.unit, p.value, p.per)
    return (got, [qr, pr]) if got is not None else None


# a price column named after a channel or a delivery term: "Giá tại xưởng", "Giá giao tận nơi", "Giá bán buôn (đồng)"
_CHANNEL_PRICE_HEAD = re.compile(r"(?i)^\s*(?:đơn\s+)?giá\s+(?:bán\s+)?(?P<ch>[^\W\d][^()\d]*?)\s*(?:\(.*\))?\s*$")


def _channel_pair(m: PlanModel, tm: TableM, rev: Row, year: int | None) -> tuple[float, list[Row]] | None:
    """A product's revenue row by channel or delivery term ("Chai 500 ml 40 độ, giao tận nơi"), its quantity by year
    in a row named the same way elsewhere and its price in a price list's column for that term ("Chai 500 ml 40 độ |
    chai | 60.000 | 65.000" under "Giá tại xưởng | Giá giao tận nơi", jv05): that year's quantity × that price. One
    row of each, else nothing."""
    label = _LABEL_NOTE.sub("", rev.label or "")
    if year is None or "," not in label:
        return None  # (a comma inside the label's note, "Rượu nếp (chai 500 ml, 29 độ)", names no channel)
    product, channel = (p.strip() for p in label.rsplit(",", 1))
    want_p, want_c = product_tokens(product, m.vocab), product_tokens(channel, m.vocab)
    whole = product_tokens(label, m.vocab)
    if not want_p or not want_c:
        return None
    qtys, prices = [], []
    for r in m.rows():
        if r.table == tm.index or r.subset or r.total or r.flags & {"need", "supply", "input"}:
            continue
        words = product_tokens(_LABEL_NOTE.sub("", r.label or ""), m.vocab)
        if words == whole and (x := r.qty_years().get(year)) is not None and x.vmax is None:
            qtys.append((r, x))
        elif words == want_p:
            header = m.table(r.table).header
            for x in r.vals:
                if x.kind != "money" or not x.per or "/" in x.per or x.year is not None or x.vmax is not None or \
                        not 0 <= x.col < len(header) or not (hm := _CHANNEL_PRICE_HEAD.match(header[x.col] or "")):
                    continue
                if product_tokens(hm.group("ch"), m.vocab) == want_c:
                    prices.append((r, x))
    if len(qtys) != 1 or len(prices) != 1:
        return None
    (qr, q), (pr, p) = qtys[0], prices[0]
    got = qp(q.value, q.unit, p.value, p.per)
    return (got, [qr, pr]) if got is not None else None


def _caption_pair(m: PlanModel, tm: TableM, rev: Row, year: int | None) -> tuple | None:
    """A product's revenue row whose price is in the table's caption, one price per product
    ("Bảng 1 … (giá gói 500 g: 22.000 đ/gói; bán buôn: 30.000 đ/kg)"), its quantity in the one row
    of the table counted in that price's unit ("Gói 500 g (gói)", "Bán buôn (kg)"): the caption's
    part that names the revenue row's product or its unit."""
    if not tm.caption or year is None:
        return None
    v = m.vocab
    want = product_tokens(rev.label, v)
    parts = [t for t in re.split(r"[;(]", tm.caption) if t.strip()]
    found = []
    for part in parts:
        prices = [a for a in find_amounts(part) if a.kind == "money" and a.per and "/" not in a.per
                  and a.value_max is None]
        if len(prices) != 1:
            continue
        p = prices[0]
        words = product_tokens(part[:p.start], v)
        if (want & words) or tone_key(p.per) in want:
            found.append((p, part.strip(" ;()")))
    if len(found) != 1:
        return None
    p, part = found[0]
    qtys = [r for r in tm.rows if r.kind in (None, "quantity") and not r.total and not r.subset
            and not r.flags & {"need", "supply", "input"} and (x := r.qty_years().get(year)) is not None
            and x.unit == p.per and x.vmax is None]
    if len(qtys) != 1:
        return None
    q = qtys[0].qty_years()[year]
    return (q.value * p.value, [qtys[0]], part)


def _revenue_hit(row: Row, year, stated: float, expected: float, evidence: list[str]) -> Hit:
    ev = "; ".join(dict.fromkeys([row.evidence, *evidence]))
    return Hit(section=row.section, evidence=quote(ev, 400),
               params={"year": ylabel(year), "label": row.label, "stated": stated, "expected": expected,
                       "diff_pct": diff_pct(stated, expected)})


def _part_of_itemised(m: PlanModel, stated: float, expected: float, tol: float) -> bool:
    """A sentence lists the revenue line by line and its total ("5.000 chai 1 lít × 180.000 đồng = 900
    triệu; 6.000 chai 500 ml × 95.000 đồng = 570 triệu; 12.800 kg khô dầu × 8.000 đồng = 102,4 triệu;
    tổng cộng 1.572,4 triệu đồng"): the lines add up to the stated revenue and some of them to what
    was reckoned from the rows, so the reckoning left out a line the plan sells (a by-product)."""
    for s in m.sents:
        money = [a for a in s.amounts if a.unit == "VND" and a.kind == "money" and not a.per
                 and a.value_max is None]
        if len(money) < 3:
            continue
        at = next((k for k, a in enumerate(money) if k >= 2 and close(a.value, stated, 0.01)), None)
        if at is None:
            continue
        # the lines: the amounts before the total that are no factor of a product ("× 180.000 đồng =")
        lines = [a.value for a in money[:at] if not re.match(r"\s*=", s.text[a.end:a.end + 3])]
        if not 2 <= len(lines) <= 8 or not close(sum(lines), stated, 0.01):
            continue
        for k in range(1, len(lines)):
            if any(close(sum(c), expected, tol / 5) for c in itertools.combinations(lines, k)):
                return True
    return False


def _one_line_of_table(m: PlanModel, year: int | None, stated: float, expected: float) -> bool:
    """A table lists the year's revenue line by line and its lines add up to the stated revenue, one of them (or some)
    being
    what was reckoned from a quantity and a price found elsewhere ("Mực ống khô nguyên con, thùng 10 kg (CIF Busan) |
    7.315,2" beside the domestic packs' lines, the export table's "Sản lượng xuất khẩu | tấn | 8,0" × "Giá CIF | USD/kg
    | 36" at the plan's rate): the reckoning priced one line, not the whole (hb01)."""
    for tm in m.tables:
        lines = [x.value for r in tm.rows if not r.total and not r.subset and r.kind in (None, "revenue")
                 and (x := r.money_years().get(year)) is not None and x.value > 0]
        # (or some of its lines: the products' packs priced, a by-product's line, "Khô dầu lạc (thức ăn chăn nuôi) |
        # 171,4", with no quantity in the tables, ih01)
        if 2 <= len(lines) <= 12 and close(sum(lines), stated, 0.01) and \
                any(close(sum(c), expected, 0.002) for k in range(1, len(lines)) for c in itertools.combinations(lines, k)):
            return True
    return False


def _numbering_gap(rows: list[Row]) -> bool:
    """Numbered rows whose last numbers skip one ("1.1", "1.3"): a row between them is missing (a scan
    lost it), so they are not all the parts of their total."""
    last = []
    for r in rows:
        mm = re.fullmatch(r"(?:\d+\.)*(\d+)\.?", (r.num or "").strip())
        if mm is None:
            return False
        last.append(int(mm.group(1)))
    return any(b - a > 1 for a, b in zip(last, last[1:]))


# goods given away: samples, tasting, display pieces, gifts, promotions
_FREE_GOODS = re.compile(r"(?i)\b(?:hàng\s+mẫu|dùng\s+thử|quà\s+tặng|biếu\s+tặng|trưng\s+bày|khuyến\s+mại|khuyến\s+mãi)\b")


def rel_revenue(m: PlanModel, spec: Spec) -> list[Hit]:
    tol = spec.tolerance
    hits: list[Hit] = []
    done_years: set = set()
    for tm in m.tables:
        revs = [r for r in tm.rows if r.kind == "revenue" and not r.subset and r.money_years()]
        nested = {id(c) for r in revs for c in tm.children(r)}
        flat_parts: list[Row] = []
        main = None
        grouped = False  # the total's parts are its groups' sub-totals, each with lines of its own
        top = [r for r in revs if id(r) not in nested]
        if len(top) > 1:
            # "Doanh thu bán dầu", "Doanh thu khô dầu", "Tổng doanh thu": the total is the row, the
            # others its parts, checked one by one against their own price and quantity
            main = _main_revenue(tm, revs)
            # ("Tổng doanh thu | Năm I | … | 1.023.000", "Tổng doanh thu | Năm II | …": one total a year, gx03)
            if len({_label_key(r) for r in top}) == 1 or (not main.total and not _BARE_REVENUE.match(main.label or "")):
                # "Năm | Rau má (chai) | Giá | DT (tr.đ) | Đậu xanh (chai) | Giá | DT (tr.đ) | Tổng": each product's
                # revenue under one label, none the total of the others; each is checked as a part
                main = None
            flat_parts = [r for r in revs if r is not main and id(r) not in nested]
            subs = _group_subtotals(tm, main.index) if main is not None and flat_parts and \
                all(r.total for r in flat_parts) else []
            if subs and {id(r) for r in flat_parts} <= {id(r) for r in subs}:
                # "Cộng sản phẩm đóng gói" over the packs, "Cộng doanh thu quán" over the dishes, then "Tổng doanh
                # thu": the groups' sub-totals are its parts, whichever of them reads as a revenue (ip06); each
                # sub-total is checked in turn against its own lines (ip08)
                grouped = True
                flat_parts = subs
            else:
                nested |= {id(r) for r in flat_parts}
            for c in flat_parts:
                for year, cv in c.money_years().items():
                    exp = _expected_for_child(m, tm, c, year)
                    if exp and cv.vmax is None and not any(close(cv.value, e, tol) or scale_slip(cv.value, e)
                                                           for e, _ in exp):
                        hits.append(_revenue_hit(c, year, cv.value, exp[0][0], [exp[0][1]]))
        for R in tm.rows:
            if R.kind != "revenue" or R.subset or R.noisy or R.debris or id(R) in nested:
                # (a revenue row with a year of debris on a scan: the parts under it were read no better,
                # "1.1 † Trà túi lọc" lost its numbering and with it its place among the parts)
                continue
            kids = [c for c in tm.direct_children(R) if c.money_years()] or \
                (flat_parts if R is main or not grouped else [])
            if kids and _lost_sibling_number(tm, R, kids):
                kids = []
            if any(c.kind in _COST_KINDS or c.flags & {"input"} for c in kids):
                kids = []  # a revenue total heading the cost lines below it ("TỔNG DOANH THU", then costs)
            elif flat_parts and R is main:
                # the revenue rows beside the total are its parts, not the unnumbered rows below it that
                # a scan's debris numbering made its children ("1 | Doanh thu …", "2 | Doanh thu …", "A |
                # Tổng doanh thu", then "1 ¡ Gạo lứt đỏ (25.000 đ/kg)" …, the costs)
                kids = flat_parts
            kids = kids or _priced_rows_above(tm, R) or _paired_rows_above(m, tm, R)
            gap = _numbering_gap(kids)
            years: dict = dict(R.money_years())
            if R.misread and kids:
                # a year of the total the scan misread ("37" for "3.137"): its parts are still checked
                # against their own price and quantity, the total of that year is not
                for c in kids:
                    for y in c.money_years():
                        years.setdefault(y, None)
            for year, sv in years.items():
                if sv is not None and sv.vmax is not None:
                    continue
                if m.ocr and year is None and any(x.year is not None for x in R.vals):
                    continue  # on a scan, a row of a table by year whose year was lost ("Năm | 7.500 lít | …"): no year
                    # to reckon it for
                if year is None and sum(1 for y in years if y is not None) >= 2:
                    # the years' total in a column of its own ("2027 | … | 2031 | Tổng"): the years are checked one by
                    # one, the total against them by the table's totals, not against undated quantities and prices
                    continue
                fired_child = False
                if kids:
                    parts, evid, complete = 0.0, [], True
                    reckoned = False  # some line's quantity × price was found
                    for c in kids:
                        if m.ocr and (c.noisy or c.garbled):
                            # a part a scan garbled ("11129)..1.10//44,", "27.130" for "271,3"): its year
                            # is unread, so the parts' sum is no reading of the total
                            complete = False
                            continue
                        cv = c.money_years().get(year)
                        exp = _expected_for_child(m, tm, c, year)
                        reckoned = reckoned or bool(exp)
                        if cv is not None and exp:
                            if not any(close(cv.value, e, tol) or scale_slip(cv.value, e) for e, _ in exp):
                                e, ev = exp[0]
                                others = [o.money_years().get(year) for o in kids if o is not c]
                                if m.ocr and not cv.sure and sv is not None and all(o is not None for o in others) and \
                                        close(sv.value - sum(o.value for o in others), e, 0.002):
                                    # "3.520" read "3.020" (the engine unsure of the cell), the total above it
                                    # and the other lines adding up to the quantity × price: a misreading
                                    parts += e
                                    evid.append(c.evidence)
                                    continue
                                cell = c.cells[cv.col] if 0 <= cv.col < len(c.cells) else cv.text
                                if _ocr_malformed(m, [cv.text, cell]) or (m.ocr and re.search(r"[\"'“”]", cell or "")):
                                    complete = False  # '"7712' for "277,2": a cell the scan garbled
                                    continue
                                hits.append(_revenue_hit(c, year, cv.value, e, [ev]))
                                fired_child = True
                        if cv is not None:
                            parts += cv.value
                        elif exp:
                            parts += exp[0][0]
                        else:
                            complete = False
                        evid.append(c.evidence)
                    if reckoned:
                        # (a year none of whose lines has a quantity in the tables is left to the text:
                        # "Năm 2027: Sản lượng: 20.000 hộp; Giá bán: 65.000 đ/hộp; Doanh thu: 1.450 triệu
                        # đồng" beside a table of "(65.000 đ/hộp)" with its output in kg, el09)
                        done_years.add(year)
                    if gap:
                        complete = False  # "1.1", "1.3": the row "1.2" between them is lost, or its number
                    if complete and sv is not None and not fired_child and not close(sv.value, parts, tol) and \
                            not scale_slip(sv.value, parts) and not _prefix_sums_to(kids, year, sv.value, tol) \
                            and not _ocr_slip(m, _values(kids, year), sv.value, tol, texts=_texts(kids, year),
                                              target_text=sv.text, target_sure=sv.sure) \
                            and not (R.misread and not sv.sure):
                        hits.append(_revenue_hit(R, year, sv.value, parts, evid))
                    continue
                if sv is None:
                    continue
                cands: list[tuple[float, list[str]]] = []
                own = _stacked_pair(tm, R, year) or _revenue_components(m, tm, year, exclude=R) or \
                    _pair_in_table(m, tm, year) or _sized_components(m, tm, year)
                if own:
                    cands.append((own[0], [r.evidence for r in own[1]]))
                elif _revenue_total_elsewhere(m, tm, year, sv.value, itemised=not m.ocr):
                    # (in a text layer, a revenue table's total its own lines add up to: those lines are checked
                    # against their quantities and prices where they stand, "Bảng 11. Doanh thu", whose "Tổng doanh
                    # thu" the summary repeats)
                    # on a scan, a summary's revenue that is the revenue table's own total ("Tổng doanh thu | 3.565"):
                    # that table is checked against its lines; reckoned again from quantities and prices read
                    # elsewhere ("500 ø" for "500 g" losing a pack's size), a misreading would speak against it
                    continue
                else:
                    own_revenue = 0
                    for other in m.tables:
                        if other is tm or _goes_on_yearless(m, other) or _FREE_GOODS.search(_caption_tail(other.caption)):
                            # (nor a table of the samples and gifts given away, "Bảng 5. Hàng mẫu dùng thử và quà tặng",
                            # whose counts and unit costs are no sales, it04)
                            continue
                        got = _revenue_components(m, other, year) or _pair_in_table(m, other, year) or \
                            _sized_components(m, other, year)
                        if got:
                            cands.append((got[0], [r.evidence for r in got[1]]))
                            own_revenue += any(r.kind == "revenue" for r in other.rows)
                    if len(cands) >= 2 and own_revenue == len(cands):
                        # a table of its own for each product, each with its revenue row ("Bảng 1. Mì gạo",
                        # "Bảng 2. Bún khô", "Bảng 3. Phở khô"): the finance table's total revenue is their sum
                        cands.insert(0, (sum(c for c, _e in cands), [e for _c, ev in cands for e in ev]))
                    if not cands and R.label_price() is not None and \
                            len([x for x in R.lvals if x.kind == "money" and x.per]) == 1:
                        # "Doanh thu (70.000 đ/túi)" in the finance table, the packs a year in the
                        # production table: the row's own price times the product's quantity
                        cands = [(e, [R.evidence, ev]) for e, ev in _expected_for_child(m, tm, R, year)]
                    if not cands and R.label_price() is None:
                        # "Doanh thu bánh gai hộp 6 chiếc", its price in a sentence ("giá 48.000 đồng/hộp")
                        cands = [(e, [R.evidence, ev]) for e, ev in _text_priced(m, R, year)]
                    if not cands:
                        for val, rows, ev in _global_single(m, year):
                            cands.append((val, [r.evidence for r in rows] + [ev]))
                # (no reckoning of nothing: "(chiếc) | 00 | 0 | 0", a quantity a scan lost, gives no revenue
                # to set against the stated one)
                cands = [(c, ev) for c, ev in cands if c > 0]
                if not cands:
                    continue
                done_years.add(year)
                if any(close(sv.value, c, tol) or scale_slip(sv.value, c) for c, _ in cands):
                    continue
                c, ev = cands[0]
                if _part_of_itemised(m, sv.value, c, tol) or _net_of_discounts(m, R, year, sv.value, c, tol) or \
                        _one_line_of_table(m, year, sv.value, c):
                    continue
                hits.append(_revenue_hit(R, year, sv.value, c, ev))
        hits.extend(_rowwise_revenue(m, tm, tol))
        hits.extend(_stacked_revenue(m, tm, tol))
        hits.extend(_product_rows_revenue(m, tm, tol))
    text_hits = _text_revenue(m, spec, done_years)
    hits.extend(text_hits)
    hits.extend(_stated_revenue_in_text(m, spec, done_years | {_year_of_label(h.params["year"]) for h in text_hits}))
    # (a revenue in the text reckoned without a line the plan itemises elsewhere: a by-product)
    # (nor a year the plan reports rather than plans, "TH 2025" beside "KH 2027–2029": its revenue is
    # history, the plan's reckoning starts with its own years)
    return _dedupe([h for h in hits if not (h.params.get("in_text") and (_part_of_itemised(
        m, h.params["stated"], h.params["expected"], tol) or _restates_table_total(
        m, _year_of_label(h.params["year"]), h.params["stated"]))) and not _reported_year(m, h.params.get("year"))
        and not _barely_read_revenue(m, h)])


def _restates_table_total(m: PlanModel, year: int | None, stated: float) -> bool:
    """A revenue the text states that is a revenue table's own total, its lines adding up to it, some of them lines no
    quantity and price of the plan reckon ("Bán gạo nếp theo hợp đồng bao tiêu | 2.020,8", "Bỗng rượu | 43,2"): the
    text's reckoning from quantities and prices leaves those lines out; the table's priced lines are checked where
    they stand (ih05)."""
    if year is None:
        return False
    for t in m.tables:
        for r in t.rows:
            x = r.money_years().get(year) if r.kind == "revenue" and r.total and not r.subset else None
            if x is None or not close(x.value, stated, 0.002):
                continue
            lines = [o for o in t.rows[:r.index] if not o.total and not o.subset and o.kind in (None, "revenue")
                     and (y := o.money_years().get(year)) is not None and y.vmax is None]
            if len(lines) >= 2 and close(sum(o.money_years()[year].value for o in lines), stated, 0.002) and \
                    not all(_expected_for_child(m, t, o, year) for o in lines):
                return True
    return False


# the discounts themselves ("Trừ chiết khấu thương mại", "Giảm trừ doanh thu")
_DISCOUNT = re.compile(r"(?i)\b(?:chiết\s+khấu|giảm\s+trừ)\b")


def _net_of_discounts(m: PlanModel, R: Row, year: int | None, stated: float, gross: float, tol: float) -> bool:
    """A net revenue ("Doanh thu thuần") below the quantity × list price of a plan that grants discounts: the
    list price less the discounts, by a row of them ("Trừ chiết khấu thương mại | 217,7") when the plan has one, else
    by the plan's word that the revenue is net of them (the channels' discounts are not reckoned here)."""
    # (or a revenue table whose caption says so: "Bảng 11. Doanh thu theo sản phẩm và kênh (giá thực thu)", ib01)
    if not (_NET.search(R.label or "") or _NET.search(_caption(m.table(R.table)) or "")) or stated >= gross:
        return False
    cuts = [x.value for r in m.rows() if r is not R and _DISCOUNT.search(r.label or "") and r.kind != "revenue"
            and (x := r.money_years().get(year)) is not None]
    if cuts:
        return any(close(stated + d, gross, tol) for d in cuts)
    return any(_DISCOUNT.search(s.text) for s in m.sents)


def _barely_read_revenue(m: PlanModel, h: Hit) -> bool:
    """On a scan, the stated revenue's own cell read at barely even odds ("Doanh thu (triệu đồng) | 1.080,0" at
    34 %): no evidence of a wrong revenue, whatever its rows give."""
    if not m.ocr or h.params.get("in_text"):
        return False
    year = _year_of_label(h.params.get("year") or "")
    for r in m.rows():
        if r.label == h.params.get("label") and (x := r.money_years().get(year)) is not None and \
                close(x.value, h.params.get("stated", 0.0), 1e-9):
            return x.conf is not None and x.conf < _BARELY_READ or _misread_out_of_order(r, year, h)
    return False


def _misread_out_of_order(r: Row, year: int | None, h: Hit) -> bool:
    """On a scan, the revenue cell read at low odds (under 75 %) and out of its row's order, where the revenue its
    rows give would keep that order ("Doanh thu | 2.841 | 2.137 | 3.477" at 65 % for 3.159): the scan misread the
    cell. A revenue the plan got wrong by itself is read clearly, or keeps its row's order."""
    ys = r.money_years()
    x, before, after = ys.get(year), ys.get(year - 1) if year else None, ys.get(year + 1) if year else None
    if x is None or x.conf is None or x.conf >= 75.0 or before is None or after is None:
        return False
    lo, hi = sorted((before.value, after.value))
    return not lo <= h.params.get("stated", 0.0) <= hi and lo <= h.params.get("expected", -1.0) <= hi


def _reported_year(m: PlanModel, label: str | None) -> bool:
    """A year label ("2025") of a year before the plan's first, when the plan also states later years."""
    return m.is_reported_year(_year_of_label(label) if label else None)


_COST_KINDS = ("cost", "cost_line", "depreciation", "profit", "tax")


def _ocr_slip(m: PlanModel, values: list[float], target: float, tol: float,
              texts: list[str] | None = None, target_text: str | None = None,
              sure: list[bool] | None = None, target_sure: bool = False) -> bool:
    """On a page read by OCR, one cell misread explains the gap: a lost separator ("952,2" read as
    "9522"), one digit read as another ("55" as "35"), or a cell that is no well-formed number
    ("1.3055", "112352)"). The reading is suspect, not the plan. A cell the engine read with high
    confidence (`sure`, `target_sure`) is taken as read: its misreading explains nothing."""
    if not m.ocr:
        return False
    if _ocr_malformed(m, [*(texts or []), target_text]):
        return True
    if sure is not None and len(sure) != len(values):
        sure = None
    total = sum(values)
    # A misreading explains the gap exactly (up to rounding), not merely to the relation's
    # tolerance: a tens digit changed anywhere comes within 1 % of most totals.
    tol = min(tol, 0.002)
    # (a separator lost leaves a bare run of digits, "9522" for "952,2": an item written "247,5"
    # lost none, and leaving it out of the sum is the plan's slip, not the scan's)
    # (or two digits among items that all show a decimal: "99" for "9,9" under "115,2 | 64,0 | 25,0", hq04)
    decimal = bool(texts) and sum(1 for t in texts if t and re.fullmatch(r"\s*[\d.]+,\d\s*", t)) >= len(values) - 1 >= 3
    bare = [texts[i] is None or bool(re.fullmatch(r"\s*\d{3,}\s*", texts[i])) or
            (decimal and bool(re.fullmatch(r"\s*\d{2}\s*", texts[i]))) for i in range(len(values))] \
        if texts and len(texts) == len(values) else [True] * len(values)
    # (a cell of one digit is doubted however sure the engine was: alone, a "9" read "3" at 240 dpi has no
    # neighbours to correct it, and the engine's confidence in lone digits is no guide)
    doubted = [not (sure and sure[i]) or bool(texts and len(texts) == len(values) and
                                               re.fullmatch(r"\s*\d\s*", texts[i] or ""))
               for i in range(len(values))]
    # (a lost separator whatever the confidence: the engine reads "144,2" as "1442" and is sure of it)
    # (a separator lost keeps a digit before it: "540" is "54,0" or "5,40", not "0,540")
    digits = [sum(ch.isdigit() for ch in t or "") if t is not None else 9 for t in texts] \
        if texts and len(texts) == len(values) else [9] * len(values)
    if any(close(target, total - x + x / f, tol) for x, b, n in zip(values, bare, digits, strict=True) if b
           for f in (10, 100, 1000) if n > len(str(f)) - 1):
        return True
    # a group's dot read as a decimal comma ("1,275" for "1.275"), whatever the confidence
    if texts and len(texts) == len(values) and any(
            re.fullmatch(r"\s*\d{1,3},\d{3}\s*", t or "") and close(target, total - x + x * 1000, tol)
            for x, t in zip(values, texts)):
        return True
    for i, (x, d) in enumerate(zip(values, doubted)):  # one digit of one item
        if d and any(close(target, total - x + y, tol) for y in _one_digit_off(x)):
            return True
        # "82.752" read "2.732", the engine unsure: its first digit lost, another a look-alike (a cell of three
        # digits or more: "10" is no "6" that lost a digit)
        if d and x > 0 and texts and len(texts) == len(values) and sum(ch.isdigit() for ch in texts[i] or "") >= 3 \
                and not (sure and sure[i]) and _lead_lost(x, target - (total - x)):
            return True
    # The stated figure misread: not when the text states the same amount again (a second
    # reading of the same figure that agrees with the first).
    return not target_sure and not _restated(m, target) and (
        _slipped(target_text, target, total, tol))


def _slipped(text: str | None, read: float, true: float, tol: float = 0.002, lookalike: bool = True) -> bool:
    """A cell written `text` (worth `read`) is `true` with one digit read as a look-alike (when
    `lookalike`) or lost."""
    return (lookalike and any(close(y, true, tol) for y in _one_digit_off(read))) or _digit_lost(text, read, true)


def _digit_lost(text: str | None, read: float, true: float) -> bool:
    """The figure written `text` (worth `read`) is `true` with one of its digits lost before its
    last ("352" read "52", "305" read "35", a faint digit the engine dropped), in the scale it is
    written in. A whole number of two digits or more; a lost last digit is a tenfold slip, the
    plan's or the scale's, not the engine's."""
    digits = re.sub(r"\D", "", text or "")
    if len(digits) < 2 or not re.fullmatch(r"\s*\d[\d.]*\s*", text or "") or read <= 0 or true <= 0:
        return False
    scale = read / int(digits)
    t = true / scale
    if abs(t - round(t)) > 1e-6:
        return False
    t = str(round(t))
    return len(t) == len(digits) + 1 and any(t[:i] + t[i + 1:] == digits for i in range(len(t) - 1))


def _restated(m: PlanModel, value: float) -> bool:
    """Some sentence states this money amount ("Tổng vốn đầu tư … là 980 triệu đồng")."""
    return value > 0 and any(a.unit == "VND" and a.per is None and close(a.value, value, 0.001)
                             for s in m.sents for a in s.amounts)


_GROUPED = re.compile(r"^\s*-?\d{1,3}(?:\.\d{3})+(?:,\d+)?\s*$")
_BARE_LONG = re.compile(r"^\s*\d{5,}\s*$")


def _lost_separators(cells: list[str], vals: list) -> set[int]:
    """Columns of a row whose number has five digits or more and no separator while another
    number of the row is written with dot groups: a reading that lost its separators."""
    texts = {x.col: cells[x.col] for x in vals if x.col < len(cells)}
    if not any(_GROUPED.match(t) for t in texts.values()):
        return set()
    return {c for c, t in texts.items() if _BARE_LONG.match(t)}


def _lost_groups(cells: list[str], vals: list) -> set[int]:
    """Columns of a scanned row whose number is a bare one to three digits, a tenth or less of every
    other year of the row, those written with dot groups ("37" beside "2.670" and "3.204": the scan
    lost "3.1" of "3.137"). No plan's amount falls that far for one year and climbs back."""
    texts = {x.col: cells[x.col] for x in vals if x.col < len(cells) and x.year is not None}
    grouped = [x.value for x in vals if x.col in texts and _GROUPED.match(texts[x.col])]
    if len(grouped) < 2 or len(grouped) != len(texts) - 1:
        return set()
    return {x.col for x in vals if x.col in texts and re.fullmatch(r"\s*\d{1,3}\s*", texts[x.col])
            and 0 < x.value * 10 <= min(grouped)}


# a thousands group that is not three digits ("1.3055", "2.04"), a bracket or letter in a number cell
# ("2.17" for "2.397": a dot group of one or two digits, on a scan of a plan written with dot groups)
# ("2:2 32" for "2.232": a colon or semicolon inside a number cell)
_MALFORMED = re.compile(r"\d\.\d{4,}|\d\)\s*$|^\d+\)|"
                        # a closing bracket before the number (")770" for "770,0"): no plan opens a cell so
                        r"^\s*\)\s*\d|^\s*\d{1,3}\.\d{1,2}\s*$|^\s*\d[\d.,]*\s*[:;]\s*\d|"
                        # a thousands group after a lone zero ("0.125" for "8.125"), a leading zero ("092,7"
                        # for "592,7": no plan writes one)
                        r"^\s*0\.\d{3}\b|^\s*0\d|"
                        # a digit, a dash, a space, a digit: two cells run together ("159347 1- 201131.", jd07; a range
                        # is written "1.500 - 1.650" or "1.500-1.650")
                        r"\d-\s+\d|"
                        # a group after a space before a decimal comma ("12 211,2" for "1.278,2")
                        r"^\s*\d{1,3}\s\d{3},\d+\s*$|"
                        # thousands without their dot before a decimal comma ("1257,1" for "1.237,1")
                        r"^\s*\d{4,},\d+\s*$|"
                        # a fraction slash where a dot or comma was ("1⁄3208" for "1.320,8"), or before the
                        # number, where a digit was ("⁄12,0" for "712,0")
                        r"\d\s*\u2044\s*\d|^\s*\u2044\s*\d")


# a stated total cost read below this confidence on a scan is not known ("2.120" at 14 %, ho07); a cell put back from
# letters has 0 (`pipeline.ingest.ocr._digit_misread`), read, not guessed
_UNREAD_COST = 30.0


def _revenue_far_off(R: Row, year: int | None, rv: Val) -> bool:
    """On a scan, a year's revenue read at barely even odds and five times off every other year's ("15" at 38 %
    beside "703,0" and "774,5", ga04): no figure of that year."""
    others = [x.value for y, x in R.money_years().items() if y != year and x.value > 0]
    return rv.conf is not None and rv.conf < _BARELY_READ and bool(others) and rv.value > 0 and \
        all(max(rv.value / o, o / rv.value) >= 5 for o in others)


_ODD_DECIMALS = re.compile(r"\d\.\d{3},\d\d(?!\d)")  # "1.087,01": thousands grouped, then two decimals (a scan's joined cells)


def _ocr_malformed(m: PlanModel, texts: list[str | None]) -> bool:
    """On a scan, one of these number cells is no well-formed number ("18745)" for "1.874,5")."""
    return m.ocr and any(t is not None and _MALFORMED.search(t) for t in texts)


# Digits an OCR engine takes for one another: closed loops and curves (0 6 8 9, 3 5 8 9) and
# strokes (1 7 4). A gap that needs any other swap (a 4 read where a 3 is printed) is no misreading
# but the plan's own figure. (5 read as 0: twice in the holdout scans, "751,35" read "701,35" and
# "592,7" read "092,7".)
_LOOKALIKE = {"0": "5689", "1": "47", "2": "7", "3": "589", "4": "1", "5": "0369", "6": "058",
              "7": "12", "8": "03569", "9": "0358"}


def _lead_lost(read: float, true: float) -> bool:
    """`true` is `read` with its first digit lost by the scan and at most one other digit read as a look-alike
    ("82752" read "2732")."""
    rs, ts = f"{read:.0f}", f"{round(true):.0f}"
    if true <= read or len(ts) != len(rs) + 1:
        return False
    diff = [(a, b) for a, b in zip(ts[1:], rs, strict=True) if a != b]
    return len(diff) == 0 or (len(diff) == 1 and diff[0][1] in _LOOKALIKE[diff[0][0]])


def _one_digit_off(x: float, either_way: bool = False) -> list[float]:
    """`x` with one of its significant digits replaced by a look-alike (`either_way`: also by a digit the engine may
    read as it, "155" read for "135": a "3" read as "5", though the table lists only a "5" that may be a "3")."""
    digits = f"{x:.6g}" if abs(x) < 1e6 else f"{x:.0f}"
    out = []
    for i, ch in enumerate(digits):
        if not ch.isdigit():
            continue
        for d in "0123456789":
            if d != ch and (d in _LOOKALIKE[ch] or (either_way and ch in _LOOKALIKE[d])):
                try:
                    out.append(float(digits[:i] + d + digits[i + 1:]))
                except ValueError:
                    continue
    return out


def _texts(rows: list[Row], year: int | None) -> list[str]:
    """The rows' money cells of a year as read (rows without one left out), beside `_values`."""
    return [v.text for r in rows if (v := r.money_years().get(year)) is not None]


def _values(rows: list[Row], year: int | None) -> list[float]:
    """The rows' money values of a year (rows without one left out)."""
    return [v.value for r in rows if (v := r.money_years().get(year)) is not None]


def _prefix_sums_to(kids: list[Row], year: int | None, value: float, tol: float) -> bool:
    """The first rows under a revenue row add up to it: the rows after them belong to the next
    block whose heading lost its number ("B Chi phí" read by the OCR without its "B")."""
    run, n = 0.0, 0
    for c in kids:
        cv = c.money_years().get(year)
        if cv is None:
            return False
        run += cv.value
        n += 1
        if n >= 2 and close(value, run, tol):
            return True
    return False


def _year_of_label(label: str) -> int | None:
    return int(label) if label.isdigit() else None


_AMOUNT_LABEL = re.compile(r"(?i)^\W*(?:thành\s+tiền|doanh\s+thu|số\s+tiền|tt)\W*$")


def _stacked_revenue(m: PlanModel, tm: TableM, tol: float) -> list[Hit]:
    """A revenue table that stacks each line as three rows under the line's head ("1 | Bột sắn dây, túi 500 g", "Số
    lượng | túi | 4.000", "Đơn giá | 1.000 đ/túi | 110", "Thành tiền | 1.000 đ | 440.000"): each amount = the quantity
    × the price just above it, a year at a time (jo08)."""
    if not m.vocab.rows["revenue"].in_text(_caption_tail(tm.caption)) and \
            not any(r.kind == "revenue" and r.total for r in tm.rows):
        return []
    hits = []
    for a in tm.rows:
        if a.kind is not None or a.total or a.subset or a.noisy or not _AMOUNT_LABEL.match(a.label or ""):
            continue
        head = next((o for o in reversed(tm.rows[:a.index]) if o.num and not o.vals), None)
        for year, av in a.money_years().items():
            if year is None or not m.is_plan_year(year) or av.vmax is not None:
                continue
            pair = _stacked_pair(tm, a, year)
            if pair is None or close(av.value, pair[0], tol) or scale_slip(av.value, pair[0]):
                continue
            h = _revenue_hit(a, year, av.value, pair[0], [r.evidence for r in pair[1]])
            if head is not None:
                h.params["label"] = f"{' '.join(head.label.split())} – {a.label}"
            hits.append(h)
            break
    return hits


def _rowwise_revenue(m: PlanModel, tm: TableM, tol: float) -> list[Hit]:
    """A revenue table with quantity, unit price and amount columns: amount = quantity × price."""
    v = m.vocab
    text = " ".join([tm.caption, " ".join(tm.header)])
    if not (v.rows["revenue"].in_text(text) or v.text["own_price"].in_text(text)):
        return []
    qcols = [j for j, h in enumerate(tm.header) if h and v.cols["quantity"].in_text(h)]
    pcols = [j for j, h in enumerate(tm.header) if h and v.cols["price"].in_text(h) and j not in qcols]
    acols = [j for j, h in enumerate(tm.header) if h and v.cols["amount"].in_text(h) and j not in qcols + pcols]
    if not acols and len(qcols) == 1 and len(pcols) == 1:
        # (or the one other column counted in money: "SL | ĐG (đồng) | TT (tr.đ)", its "TT" the accountants' thành
        # tiền, not the first column's số thứ tự, gx05)
        acols = [j for j, h in enumerate(tm.header) if j > 0 and j not in qcols + pcols and _MONEY_HEAD.search(h or "")]
    if len(qcols) == 1 and len(pcols) == 1 and len(acols) == 1:
        triples = [(qcols[0], pcols[0], acols[0])]
    else:
        # one product after another, each as quantity | price | amount side by side ("Năm | Tinh bột
        # nghệ (hũ) | Giá (đồng/hũ) | Doanh thu tinh bột nghệ | Viên nghệ (hộp) | Giá (đồng/hộp) | Doanh
        # thu viên nghệ | Tổng doanh thu", a row a year): every price column between the other two
        triples = [(j - 1, j, j + 1) for j in pcols if j - 1 >= 1 and j + 1 in acols and j - 1 not in pcols + acols]
        if len(triples) < 2:
            return []
    hits = []
    named = ""  # (a row under its product's first row, the label cell merged: "1.2 | | 2028 | 15.500 | …" is "Cốt 40N …")
    for r in tm.rows:
        named = r.label or named
        if r.total or r.subset:
            continue
        for qc, pc, ac in triples:
            for h in _rowwise_one(r, qc, pc, ac, tol):
                h.params["label"] = h.params.get("label") or named
                hits.append(h)
    return hits


_COST_TABLE = re.compile(r"(?i)\b(?:giá\s+vốn|chi\s+phí|giá\s+thành|giá\s+mua)\b")
_MONEY_HEAD = re.compile(r"(?i)\(\s*(?:tr\.?\s*đ(?:ồng)?|trđ|triệu(?:\s+đồng)?|1\.000\s*đ(?:ồng)?|nghìn\s+đồng|ngđ|đồng|đ)\s*\)")


def _goes_on_yearless(m: PlanModel, t: TableM) -> bool:
    """Table `t`, with revenue rows by year, goes on in a table right after it whose revenue rows have no year (a page
    break that lost the column heads: "Số lượng (bình) | 2.400 | 2.600 | 2.800", "Doanh thu (triệu đồng) | 600,0 | …"
    under the first product's rows): `t` holds some of the products only."""
    key = ("yearless_after", t.block)
    if key not in m._cache:
        m._cache[key] = any(r.kind == "revenue" and r.money_years() for r in t.rows) and any(
            0 < o.block - t.block <= 3 and any(r.kind == "revenue" and r.vals and all(x.year is None for x in r.vals)
                                               for r in o.rows) for o in m.tables)
    return m._cache[key]


def _label_key(r: Row) -> str:
    """A row's label as a key: lower case, its spaces one each."""
    return " ".join((r.label or "").lower().split())


# a line sold abroad: its delivery term or the word itself
_EXPORT_TERM = re.compile(r"(?i)\b(?:FOB|CIF|CFR|EXW|DAP|xuất\s+khẩu)\b")


def _export_part(r: Row) -> bool:
    """A row of what is sold abroad, no total: "Sản lượng xuất khẩu", "… (FOB Hải Phòng)"."""
    return not r.total and bool(_EXPORT_TERM.search(r.label or ""))


def _product_rows_revenue(m: PlanModel, tm: TableM, tol: float) -> list[Hit]:
    """A revenue table whose rows are the products, money by year ("Bảng 11. Doanh thu": "Miến dong sợi nhỏ, gói 500 g
    | 1.080,0 | 1.360,8 | 1.350,0"), each product's quantities and price in rows of the same label in other tables
    (the production plan's "… | gói | 24.000 | 27.000 | 30.000", the price list's "… | gói | 45.000"): quantity ×
    price a year, when another year of the row agrees with it (so the rows are paired as the plan means them)."""
    if not m.vocab.rows["revenue"].in_text(tm.caption or ""):
        return []
    elsewhere: dict[str, list[Row]] = defaultdict(list)  # the other tables' rows by label, read once
    sized: dict[str, list[Row]] = defaultdict(list)  # and by the pack size their label names
    for t in m.tables:
        if t is not tm:
            for o in t.rows:
                elsewhere[_label_key(o)].append(o)
                if (z := _size(o.label)) is not None:
                    sized[z].append(o)

    def priced(rows: list[Row]) -> tuple[list[Row], list[Row]]:
        return [o for o in rows if o.qty_years()], [o for o in rows if any(x.kind == "money" and x.per for x in o.vals)]

    hits = []
    for r in tm.rows:
        if r.total or r.subset or r.kind is not None or r.noisy:
            continue
        money = {x.year: x for x in r.vals if x.kind == "money" and x.year is not None and not x.per and x.vmax is None}
        key = _label_key(r)
        if len(money) < 2 or not key:
            continue
        qrows, prows = priced(elsewhere.get(key, []))
        if not qrows and not prows and (z := _size(r.label)) is not None:
            # (or the rows that name its pack size, each once: "Chai 750 ml theo giá niêm yết" against "Nước mắm …,
            # chai 750 ml (chai)" in the production plan and "Chai 750 ml (đồng/chai)" in the price list, gt06)
            qrows, prows = priced(sized.get(z, []))
        own_price = [x for x in r.vals if x.kind == "money" and x.year is None and x.vmax is None and x.col < len(tm.header)
                     and m.vocab.cols["price"].in_text(tm.header[x.col] or "")]
        if len(qrows) == 1 and not prows and len(own_price) == 1 and \
                len({x.unit for x in qrows[0].qty_years().values()}) == 1:
            # the row's own unit price beside its years' revenue ("Hũ 500 g | 75.000 | 900,0 | 1.105,0 | 1.050,0" under
            # "Đơn giá (đồng) | Năm 2027 | …"): a price of the pack the production plan counts (hy06)
            unit = next(iter(qrows[0].qty_years().values())).unit
            prows = [replace(r, vals=[replace(own_price[0], per=unit)])]
        if len(qrows) != 1 or len(prows) != 1:
            continue  # (the same pack priced by channel, "… hũ 1 kg | Siêu thị mini | 270.000 đ/hũ": which price is whose)
        qrow, prow = qrows[0], prows[0]
        if _EXPORT_TERM.search(r.label or "") and not _EXPORT_TERM.search(f"{qrow.label} {prow.label}"):
            continue  # "Rượu nếp …, chai 500 ml (FOB Hải Phòng)": the export line, not the home market's bottles (hb08)
        reckoned = {}
        for y, a in money.items():
            q = qrow.qty_years().get(y)
            prices = [x for x in prow.vals if x.kind == "money" and x.per and x.vmax is None and x.year in (y, None)]
            p = next((x for x in prices if x.year == y), prices[0] if prices else None)
            if q is not None and p is not None and q.vmax is None and (e := qp(q.value, q.unit, p.value, p.per)):
                reckoned[y] = (a, e)
        agree = {y for y, (a, e) in reckoned.items() if close(a.value, e, tol) or scale_slip(a.value, e)}
        if agree:
            # (on a scan, not a year one look-alike digit makes the quantity × price: "155" read for 135,3, hr03)
            hits += [_revenue_hit(r, y, a.value, e, [qrow.evidence, prow.evidence])
                     for y, (a, e) in reckoned.items() if y not in agree
                     and not (m.ocr and any(close(z, e, 0.005) for z in _one_digit_off(a.value, either_way=True)))]
    return hits


def _rowwise_one(r: Row, qc: int, pc: int, ac: int, tol: float) -> list[Hit]:
    """One row's quantity × price against its amount, in the columns given."""
    q, p, a = _col_val(r, qc), _col_val(r, pc), _col_val(r, ac)
    if not (q and p and a) or a.kind != "money" or p.kind != "money":
        return []
    if q.kind == "number":
        unit, qv = p.per, q.value
    elif q.qty:
        unit, qv = q.unit, q.value
    else:
        return []
    e = qp(qv, unit, p.value, p.per) if p.per else qv * p.value
    if e is None or close(a.value, e, tol) or scale_slip(a.value, e):
        return []
    # (a row a year: the year is the row's, in its first cell)
    return [_revenue_hit(r, q.year or _row_year(r), a.value, e, [])]


def _row_year(r: Row) -> int | None:
    y = re.search(r"\b((?:19|20)\d\d)\b", r.label or "")
    return int(y.group(1)) if y else None


_BREAK_EVEN = re.compile(r"(?i)\bh(?:òa|oà|oa)\s+vốn\b")


def _text_revenue(m: PlanModel, spec: Spec, done: set) -> list[Hit]:
    """A sentence that states quantity, unit price and revenue together."""
    v = m.vocab
    hits = []
    for si, s in enumerate(m.sents):
        if _BREAK_EVEN.search(s.text):
            continue  # "Sản lượng hòa vốn = 964 triệu đồng : 52.500 đồng/lít ≈ 18.362 lít": the break-even point
        if not v.rows["revenue"].in_text(s.text):
            # "cá tẩm gia vị 12.000 hộp, giá 70.000 đồng/hộp, thu 960 triệu đồng": "thu" right before
            # the amount, in a sentence that gives a price (not "thu mua", "thu hoạch")
            rs = [a for a in s.amounts if a.kind == "money" and not a.per and a.value_max is None
                  and _SOLD_FOR.search(s.text[max(0, a.start - 20):a.start])]
            if not rs or _PER_PERIOD.search(s.text):
                continue  # ("mỗi ngày … 30 kg …, mỗi tháng thu khoảng 36 triệu đồng": two periods)
        else:
            rs = []
        qs = [a for a in s.amounts if is_qty(a.unit, a.kind) and not a.per and a.value_max is None]
        ps = [a for a in s.amounts if a.kind == "money" and a.per and "/" not in a.per and a.value_max is None]
        if rs and not ps:
            continue  # "thu" without a price in the sentence: nothing to multiply
        # (the amounts after "chi phí", "lợi nhuận" are theirs, not the revenue's)
        rs = rs or [a for k, a, _ in labelled(s, {"revenue": v.rows["revenue"], "profit": v.rows["profit"],
                                                 "cost": _fixed_words(["chi phí", "tổng chi phí"])},
                                              lambda a: a.kind == "money" and not a.per and a.value_max is None)
                    if k == "revenue"]
        if len(rs) > 1 and ";" in s.text:
            hits += _clause_revenue(m, s, qs, ps, rs, spec, done)
            continue
        if len(rs) != 1 or not qs:
            continue
        rv = rs[0]
        if not ps:
            # "năm 2027, sản lượng 10.000 hũ loại 500 g và 2.500 hũ loại 1 kg, doanh thu 1.950 triệu
            # đồng", the price of each pack size given elsewhere ("hũ 500 g, giá 120.000 đồng/hũ")
            e = _sized_sum(m, s, qs, rv)
            if e is None and _SAME_PRICE.search(s.text) and _years_named(s.text) <= 1:
                e = _sum_at_prices_above(m, si, [q for q in qs if q.start < rv.start])
            y = year_of(s.text, rv, 0)
            if e is None or y in done or close(rv.value, e, spec.tolerance) or scale_slip(rv.value, e):
                continue
            if s.section in _PAST_SECTIONS or m.is_reported_year(y):
                continue  # a past year's sales were at that year's prices, not the plan's
            if (h := _text_revenue_hit(s, y, rv.value, e)) is not None:
                hits.append(h)
            continue
        if len(qs) == 1 and len(ps) == 1:
            e = qp(qs[0].value, qs[0].unit, ps[0].value, ps[0].per)
        elif _years_named(s.text) <= 1:
            # (one year at most: "năm 2026 bán …, năm 2027 bán …, doanh thu năm 2027 …" is not one sum)
            e = _paired_sum(qs, ps, rv)
        else:
            continue
        y = year_of(s.text, rv, 0)
        if y in done:
            continue
        if e is None or close(rv.value, e, spec.tolerance) or scale_slip(rv.value, e):
            continue
        if (h := _text_revenue_hit(s, y, rv.value, e)) is not None:
            hits.append(h)
    return hits


# "bán 9.000 hũ và 3.000 kg theo cân với giá như trên", "giữ nguyên giá bán": the prices said before
_SAME_PRICE = re.compile(r"(?i)\bgiá\s+(?:bán\s+)?(?:như\s+trên|như\s+năm\s+(?:trước|\d{4})|không\s+đổi|cũ)\b|"
                         r"\bgiữ\s+nguyên\s+giá\b")


def _sum_at_prices_above(m: PlanModel, si: int, qs: list[Amount]) -> float | None:
    """Σ quantity × the price per its unit in the nearest sentences above in the same section ("Năm
    2026 bán 7.000 hũ với giá 55.000 đồng/hũ …"), when every quantity's unit has one; None else."""
    units = {q.unit for q in qs}
    if not qs or units & set(PEOPLE):
        return None
    prices: dict[str, float] = {}
    sec = m.sents[si].section
    for k in range(si - 1, max(-1, si - 7), -1):
        t = m.sents[k]
        if t.section != sec:
            break
        for a in t.amounts:
            if a.kind == "money" and a.per in units and a.value_max is None and a.per not in prices:
                prices[a.per] = a.value
        if units <= prices.keys():
            break
    if not units <= prices.keys():
        return None
    return sum(q.value * prices[q.unit] for q in qs)


_PER_PERIOD = re.compile(r"(?i)\b(?:mỗi|hằng|hàng|một)\s+(?:ngày|tuần|tháng|quý|vụ|mẻ|đợt)\b")
_SOLD_FOR = re.compile(r"(?i)(?:^|[,;:(]\s*|\s)thu(?:\s+về|\s+được)?\s+(?:khoảng\s+|gần\s+)?$")


def _years_named(text: str) -> int:
    """How many different years a sentence names ("năm 2026 bán …, năm 2027 bán …": two)."""
    return len(set(re.findall(r"\b(?:19|20)\d\d\b", text)))


def _text_revenue_hit(s: Sent, y: int | None, stated: float, expected: float, also: list[str] = ()) -> Hit | None:
    """A revenue stated in running text against quantity × price (`also`: where those come from); None when the
    two are a hundred times or more apart ("1.058,5 triệu đồng" against 10.200 kg × 9 đ/kg, a price a scan or a
    unit left unread): not two accounts of one revenue, and no figure the producer could mend by it."""
    if min(abs(stated), abs(expected)) <= 0 or max(abs(stated), abs(expected)) / min(abs(stated), abs(expected)) >= 100:
        return None
    return Hit(section=s.section, evidence=quote("; ".join(dict.fromkeys([s.text, *also])), 400),
               params={"year": ylabel(y), "label": "Doanh thu", "stated": stated, "expected": expected,
                       "diff_pct": diff_pct(stated, expected), "in_text": True})


def _clause_revenue(m: PlanModel, s: Sent, qs: list[Amount], ps: list[Amount], rs: list[Amount],
                    spec: Spec, done: set) -> list[Hit]:
    """A sentence of several products, each in its own clause with its quantity, price and revenue
    ("Năm 2027 bán 14.000 túi × 130.000 đồng/túi, doanh thu 2.030 triệu đồng; bán theo cân …; tổng
    doanh thu 2.558 triệu đồng"): each clause with exactly one of each is checked on its own."""
    hits = []
    y = year_of(s.text, rs[0], 0)
    if y in done or _years_named(s.text) > 1:
        return hits
    bounds = [0] + [k + 1 for k, ch in enumerate(s.text) if ch == ";"] + [len(s.text) + 1]
    for lo, hi in zip(bounds, bounds[1:]):
        inside = [(x for x in xs if lo <= x.start < hi) for xs in (qs, ps, rs)]
        q_c, p_c, r_c = (list(g) for g in inside)
        if len(q_c) != 1 or len(p_c) != 1 or len(r_c) != 1 or r_c[0].start < max(q_c[0].end, p_c[0].end):
            continue
        e = qp(q_c[0].value, q_c[0].unit, p_c[0].value, p_c[0].per)
        rv = r_c[0]
        if e is None or close(rv.value, e, spec.tolerance) or scale_slip(rv.value, e):
            continue
        if (h := _text_revenue_hit(s, y, rv.value, e)) is not None:
            hits.append(h)
    return hits


def _sized_sum(m: PlanModel, s: Sent, qs: list[Amount], rv: Amount) -> float | None:
    """Σ packs × the price the plan gives elsewhere for that pack and size, over the packs a sentence
    counts before its revenue ("10.000 hũ loại 500 g và 2.500 hũ loại 1 kg, doanh thu …"); None
    unless every pack counted has its size and that size its one price, and the sentence is of one
    year."""
    if _years_named(s.text) > 1:
        return None
    prices = _sized_text_prices(m)
    if not prices:
        return None
    total, n = 0.0, 0
    for q in qs:
        if q.start > rv.start or q.unit in _MEASURES or q.unit in PEOPLE:
            continue  # a pack size ("500 g") or a bulk quantity: no pack counted
        size = _size(s.text[q.end:q.end + 20]) if _PACK_SIZE_AFTER.match(s.text[q.end:q.end + 20]) else None
        p = prices.get((q.unit, size)) if size else None
        if p is None:
            return None
        total += q.value * p
        n += 1
    return total if n >= 2 else None


# "10.000 hũ loại 500 g", "2.500 hũ 1 kg": the size written right after a count of packs
_PACK_SIZE_AFTER = re.compile(r"(?i)^\s*(?:\w+\s+){0,2}?\d+(?:[.,]\d+)?\s*(?:ml|lít|l|kg|g|gram|gr)\b")


def _paired_sum(qs: list[Amount], ps: list[Amount], rv: Amount) -> float | None:
    """Σ quantity × price over a sentence that lists its products before its revenue: "bán 2.400 túi
    250 g (300.000 đồng/túi) và 700 túi 500 g (580.000 đồng/túi), doanh thu 1.246 triệu đồng". Each
    price takes the nearest quantity before it, after the price before it, in its own unit (a pack
    size, "250 g", is no quantity sold); None unless every price and every quantity in a priced unit
    is paired, all before the revenue."""
    if any(a.start > rv.start for a in qs + ps):
        return None
    total, used, prev_end = 0.0, set(), -1
    for p in sorted(ps, key=lambda a: a.start):
        cands = [q for q in qs if prev_end <= q.start and q.end <= p.start and id(q) not in used
                 and qp(q.value, q.unit, p.value, p.per) is not None]
        if not cands:
            return None
        q = cands[-1]
        used.add(id(q))
        total += qp(q.value, q.unit, p.value, p.per) or 0.0
        prev_end = p.end
    priced = {p.per for p in ps}
    if any(id(q) not in used and q.unit in priced for q in qs):
        return None
    return total


# Words allowed between "doanh thu" and its amount for a plain statement of the year's revenue:
# "Doanh thu năm 2029 của HTX dự kiến đạt khoảng 1,25 tỷ đồng" (not "doanh thu từ khô dầu ...").
_REVENUE_GAP_WORDS = frozenset(tone_key(w) for w in (
    "của cho phương án dự án cơ sở hợp tác xã htx công ty doanh nghiệp hộ kinh doanh tổ năm thứ "
    "vào trong là khoảng ước tính đạt sẽ được mang lại thu về dự kiến ước đạt bán hàng thuần và").split())


def _plain_revenue_gap(gap: str) -> bool:
    return all(w.isdigit() and len(w) <= 4 or tone_key(w) in _REVENUE_GAP_WORDS
               for w in re.findall(r"[^\W_]+", gap))


def _revenue_expected(m: PlanModel, year: int) -> list[tuple[float, list[str]]]:
    """Σ quantity × price for one year from the plan's own figures, whatever holds them: a table
    of priced products or of quantity and price rows; else the one output row (or output sentence)
    of that year × the one selling price for its unit. Empty when that is not unambiguous."""
    cands: list[tuple[float, list[str]]] = []
    for tm in m.tables:
        cap = _caption_tail(tm.caption)
        if _FREE_GOODS.search(cap) or _INCREMENT_CAPTION.search(cap):
            # "Bảng 5. Hàng mẫu dùng thử và quà tặng": goods given away, priced at their cost, no sales (it05); "Bảng 11.
            # Sản lượng tăng thêm so với năm 2026": what the investment adds, not the year's sales (ii06)
            continue
        got = _revenue_components(m, tm, year) or _pair_in_table(m, tm, year)
        if got and got[0] > 0:  # (not a quantity a scan read "00": no reckoning of nothing)
            cands.append((got[0], [r.evidence for r in got[1]]))
    if cands:
        return cands
    return [c for c in _revenue_by_quantity(m, year) or _revenue_by_sized_packs(m, year) if c[0] > 0]


def _products_in_tables(m: PlanModel, year: int) -> int:
    """Rows of the plan's own tables (not materials, totals or money) with a quantity that year."""
    return sum(1 for r in m.rows() if r.kind in (None, "quantity") and not r.total and not r.subset
               and r.section not in _PAST_SECTIONS and not r.flags & {"need", "supply", "input"}
               and any(x.year == year and x.kind in ("count", "mass", "volume") and x.unit not in _STOCK_UNITS
                       for x in r.vals))


def _revenue_by_sized_packs(m: PlanModel, year: int) -> list[tuple[float, list[str]]]:
    """Packs of each size counted in one table, each size priced in running text ("Hũ 200 g | hũ |
    56.000" and "- Hũ thủy tinh 200 g: giá 68.000 đồng/hũ")."""
    cands = [(got[0], [r.evidence for r in got[1]]) for tm in m.tables
             if tm.section not in _PAST_SECTIONS and (got := _sized_components(m, tm, year))]
    return cands if len(cands) == 1 else []


def _revenue_by_quantity(m: PlanModel, year: int) -> list[tuple[float, list[str]]]:
    """The one output row (or output sentence) of that year × the one selling price for its unit, or
    several rows each in its own priced pack."""
    rows = [(r, x) for r, x in _quantity_rows(m, year) if r.section not in _PAST_SECTIONS and not r.total
            and r.kind not in ("revenue", "cost", "cost_line", "profit", "price")]
    if len(rows) > 1:
        # several products: priced one by one when each has its own pack ("chai", "bình") and
        # its own price for that pack; else which ones the revenue covers is a guess
        return _priced_by_pack(m, year, rows)
    if rows and _unread_siblings(m, rows[0][0], year):
        return []  # "Khay 1 kg | 6.000" next to "Gói 500 g (gói) | 20.000": a product we cannot price
    if rows:
        qty = [(rows[0][1].value, rows[0][1].unit, rows[0][0].evidence)]
    else:
        if _products_in_tables(m, year) >= 2:
            return []  # a table counts several products (or services) that year: one output said in
            # the text ("4.200 lượt khách qua đêm") is one of them, its price one of theirs
        stated = {(st.value, st.key[1]): st.evidence for st in _output_stmts(m) if st.key[0] == year}
        qty = [(val, unit, ev) for (val, unit), ev in stated.items()]
        if len(qty) != 1:
            return []
        if any(is_qty(a.unit, a.kind) and a.unit not in _MEASURES and a.unit != qty[0][1] and a.value > 100
               for a in find_amounts(qty[0][2])):
            # "15.000 hộp năm 2027, …; trà rang túi 500 g: 5.000, 12.500 và 25.000 túi": the boxes said for
            # the year are one product of two the sentence counts (not what a box holds: "hộp 20 túi lọc")
            return []
    q, unit, qev = qty[0]
    if unit in _MEASURES and _several_packs(m):
        return []  # tonnes of a product sold in packs of several prices: the split is unknown
    prices = _prices_for(m, q, unit, year, product_tokens(rows[0][0].label, m.vocab) if rows else set())
    if len({v for v, _ in prices}) != 1:
        return []
    (pv, per), pev = next(iter(prices.items()))
    return [(qp(q, unit, pv, per), [qev, pev])]


# a row of the product sold by weight or volume ("Cá cơm khô bán buôn (tấn)", "Dầu bán lẻ theo lít")
_SOLD_BY_MEASURE = re.compile(r"(?i)\bbán\s+(?:buôn|sỉ|lẻ|xá|rời|cân|ký|theo\s+(?:kg|cân|lít))\b")


def _priced_by_pack(m: PlanModel, year: int, rows: list[tuple[Row, Val]]) -> list[tuple[float, list[str]]]:
    """Σ quantity × price over the products of one table counted in packs ("Chai 500 ml | chai |
    24.000", "Bình gốm 2 lít | bình | 2.500"), each pack with one own selling price per that pack
    ("95.000 đồng/chai", "320.000 đồng/bình"). Rows in kg or litres beside them are the raw material
    or the total volume, unless the plan sells by that unit too (then: no answer)."""
    prices: dict[str, set[float]] = defaultdict(set)
    evid: dict[tuple[str, float], str] = {}
    for p, ev, py in _own_prices(m):
        if py in (None, year) and p.vmax is None and p.per:
            prices[p.per].add(p.value)
            evid.setdefault((p.per, p.value), ev)
    # (not a material bought, "Muối, gia vị (kg)" in the raw-material table, whatever the product sells by)
    rows = [(r, x) for r, x in rows if not (x.unit in _MEASURES and (
        r.section == "raw_materials" or r.flags & {"need", "supply", "input"}))]
    tables = {r.table for r, _ in rows}
    if len(tables) != 1:
        return []
    total, used, packs = 0.0, [], set()
    for r, x in rows:
        if x.unit in _MEASURES:
            if prices.get(x.unit):
                if len(prices[x.unit]) == 1 and _SOLD_BY_MEASURE.search(r.label) and x.unit not in packs and \
                        (got := qp(x.value, x.unit, (pv := min(prices[x.unit])), x.unit)) is not None:
                    # "Cá cơm khô bán buôn (tấn) | 14" beside the bags, one price by the kilo: a product too
                    total += got
                    packs.add(x.unit)
                    used += [r.evidence, evid[(x.unit, pv)]]
                    continue
                return []  # also sold by weight or volume: this row may be a product
            continue
        vals = prices.get(x.unit, set())
        if len(vals) != 1 or x.unit in packs:
            return []
        pv = next(iter(vals))
        total += x.value * pv
        packs.add(x.unit)
        used += [r.evidence, evid[(x.unit, pv)]]
    if len(packs) < 2 or _unread_siblings(m, rows[0][0], year):
        return []
    return [(total, used)]


def _unread_siblings(m: PlanModel, row: Row, year: int) -> bool:
    """Other rows of the quantity row's table with a plain number that year (a unit we do not read,
    "Khay 1 kg | 6.000"): the table lists more products than the one quantity we can price."""
    tm = m.table(row.table)
    for r in tm.rows:
        if r is row or r.total or r.subset or r.kind is not None or r.flags & {"need", "supply", "input"}:
            continue
        if any(x.year == year and x.kind == "number" and not x.unit for x in r.vals):
            return True
        if m.ocr and not any(x.year == year for x in r.vals) and \
                sum(1 for x in r.vals if x.year is not None and x.kind in ("count", "mass", "volume")) >= 2:
            return True  # on a scan, a product counted in the other years whose cell this year was lost ("15.0001")
    return False


_PROFIT_GAP_WORDS = _REVENUE_GAP_WORDS | frozenset(tone_key(w) for w in
                                                   "trước sau thuế ròng thuần lãi lợi nhuận".split())


def text_yearly(m: PlanModel, what: str) -> dict[int, list[tuple[float, str, str | None]]]:
    """A plan year's revenue or profit stated plainly in running text ("Lợi nhuận năm 2027 khoảng
    273 triệu đồng, năm 2028 ..."): {year: [(value, sentence, section)]}. Not a growth, an average,
    a cumulated or a monthly figure, nor the past."""
    key = ("text_yearly", what)
    if key in m._cache:
        return m._cache[key]
    v = m.vocab
    kinds = {"revenue": v.rows["revenue"], "cost": v.rows["cost"], "profit": v.rows["profit"],
             "cost_item": v.rows["cost_item"],
             "other": _fixed_words(["bình quân", "trung bình", "tăng", "giảm", "thêm", "lũy kế", "luỹ kế", "hòa vốn",
                             "hoà vốn", "tháng", "mỗi", "chiếm", "so với", "vốn", "thuế", "nộp", "tỷ suất",
                             "cộng dồn", "khấu hao"])}
    gap_words = _REVENUE_GAP_WORDS if what == "revenue" else _PROFIT_GAP_WORDS
    out: dict[int, list[tuple[float, str, str | None]]] = defaultdict(list)
    for s in m.sents:
        if s.section in _PAST_SECTIONS or not v.rows[what].in_text(s.text):
            continue
        lab = labelled(s, kinds, lambda a: a.kind == "money" and a.per in (None, "năm") and a.value_max is None,
                       160)
        prev = 0
        for kind, a, e in lab:
            y = year_of(s.text, a, prev)
            gap = s.text[max(e, prev):a.start]
            prev = a.end
            if kind != what or y is None or y < 1000 or not m.is_plan_year(y):
                continue
            if not all(w.isdigit() and len(w) <= 4 or tone_key(w) in gap_words
                       for w in re.findall(r"[^\W_]+", re.sub(r"(?:19|20)\d\d", " ", gap))):
                continue
            out[y].append((a.value, s.text, s.section))
    m._cache[key] = dict(out)
    return m._cache[key]


# an amount reckoned as a product right before it ("20.000 × 55.000 = 1.100 triệu đồng"), and the sum that ends
# such a list ("…, cộng 1.790 triệu đồng", "tổng cộng 1.790 triệu đồng")
_LINE_RESULT = re.compile(r"[×x*]\s*[\d.,]+(?:\s*[^\W\d]+(?:/[^\W\d]+)?)?\s*=\s*$")
_ITEMISED_SUM = re.compile(r"(?i)\b(?:cộng|tổng\s+cộng|tổng)\s*(?:là|:|=)?\s*(?=\d)")


def _toll_fees(m: PlanModel, year: int, revenue: float) -> float:
    """The fees for work done on customers' own material ("B | Tiền công nấu rượu thuê | 94,5 | …") in a revenue table
    whose total of the year is `revenue`: a part of the revenue that no quantity × price of the product reckons. Its
    top lines only (not the "- Nấu rượu thuê" under its group). 0 when there is none."""
    for tm in m.tables:
        if not any(r.kind == "revenue" and r.total and (x := r.money_years().get(year)) is not None
                   and close(x.value, revenue, 0.002) for r in tm.rows):
            continue
        fees = [x.value for r in tm.rows if "toll" in r.flags and not r.total and not r.subset
                and not (r.label or "").lstrip().startswith(("-", "+", "–"))
                and (x := r.money_years().get(year)) is not None]
        if fees and sum(fees) < revenue:
            return sum(fees)
    return 0.0


def _stated_revenue_in_text(m: PlanModel, spec: Spec, done: set) -> list[Hit]:
    """A year's revenue stated in running text ("Doanh thu năm 2029 đạt 12,5 tỷ đồng") against the
    plan's quantity and price for that year, wherever they are stated."""
    v = m.vocab
    kinds = {"revenue": v.rows["revenue"], "cost": v.rows["cost"], "profit": v.rows["profit"],
             "cost_item": v.rows["cost_item"],
             "other": _fixed_words(["bình quân", "trung bình", "tăng", "giảm", "thêm", "lũy kế", "luỹ kế", "hòa vốn",
                             "hoà vốn", "tháng", "mỗi", "chiếm", "so với", "vốn", "thuế", "nộp"])}
    hits: list[Hit] = []
    checked: set = set(done)
    for s in m.sents:
        if s.section in _PAST_SECTIONS or not v.rows["revenue"].in_text(s.text) or _BREAK_EVEN.search(s.text):
            continue
        # a wide window: "Doanh thu năm 2027 đạt ..., năm 2028 đạt ..., năm 2029 đạt ..." (the gap
        # after the previous amount must be plain, below)
        lab = labelled(s, kinds, lambda a: a.kind == "money" and a.per in (None, "năm") and a.value_max is None,
                       160)
        prev = 0
        for kind, a, e in lab:
            y = year_of(s.text, a, prev)
            # "Doanh thu năm 2028 đạt 10 tỷ đồng, năm 2029 đạt 12,5 tỷ đồng": the gap after the previous one
            gap = s.text[max(e, prev):a.start]
            prev = a.end
            if kind != "revenue" or y is None or not m.is_plan_year(y) or y in checked:
                continue
            if not _plain_revenue_gap(re.sub(r"(?:19|20)\d\d", " ", gap)):
                continue
            if _LINE_RESULT.search(s.text, 0, a.start):
                # "Doanh thu năm 2027: 20.000 × 55.000 = 1.100 triệu đồng, 6.000 × 80.000 = 480 triệu đồng, …, cộng
                # 1.790 triệu đồng": the first line's product, not the year's revenue, which is the sum the
                # sentence ends on
                tot = _ITEMISED_SUM.search(s.text, a.end)
                a = next((b for b in s.amounts if tot and b.start >= tot.end() - 1 and b.kind == "money"
                          and not b.per and b.value_max is None), None)
                if a is None:
                    continue
            if any(b.end <= a.start and b.kind == "count" and (b.unit in PEOPLE or b.unit in ("đêm khách", "đêm"))
                   for b in s.amounts):
                # "đón 3.600 đêm khách lưu trú, 10.800 suất ăn và 7.200 lượt trải nghiệm …; doanh thu … 3,6 tỷ": nights
                # and meals no table's quantity × price reckons, only the tickets' (dk02)
                continue
            exp = _revenue_expected(m, y)
            if not exp:
                continue
            checked.add(y)
            if any(close(a.value, x, spec.tolerance) or scale_slip(a.value, x) for x, _ in exp):
                continue
            if (fees := _toll_fees(m, y, a.value)) and any(close(a.value, x + fees, spec.tolerance) for x, _ in exp):
                continue  # the year's revenue with the fees for work on customers' material, which no price reckons (jo05)
            x, ev = exp[0]
            if (h := _text_revenue_hit(s, y, a.value, x, ev)) is not None:
                hits.append(h)
    return hits


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One finding per message: the same year's "Doanh thu" against the same figures, stated in the
    plan table and again in the profit table, is one error (the first evidence kept)."""
    seen, out = set(), []
    for h in hits:
        k = tuple(sorted((k, str(v)) for k, v in h.params.items()))
        if k not in seen:
            seen.add(k)
            out.append(h)
    return out


# =============================================================================== relation: profit

def _lost_comma(r: Row, x: Val) -> float:
    """On a scan, a bare run of digits ("1215") in a row whose other years are written with a
    decimal comma ("141,6", "161,7") lost that comma: its value with the neighbours' decimals."""
    return _lost_comma_in(r.vals, x)


def _lost_comma_in(vals: list[Val], x: Val) -> float:
    others = [v for v in vals if v is not x and v.year is not None]
    decs = {len(v.text.split(",")[1]) for v in others if re.fullmatch(r"\d{1,3}(?:\.\d{3})*,\d{1,2}", v.text.strip())}
    # (one neighbour written so is enough when the other is unread: "9798 | 1.0431, | 1.172,7")
    if not re.fullmatch(r"\d{3,5}", x.text.strip()) or len(decs) != 1 or not others:
        return x.value
    fixed = x.value / 10 ** decs.pop()
    lo, hi = min(v.value for v in others), max(v.value for v in others)
    return fixed if 0.5 * lo <= fixed <= 2 * hi and x.value > 3 * hi else x.value


def _cost_lost_separators(cost_readings: list[tuple[Row | None, list[Row]]], year: int, profit: float,
                          revenue: float, taxes: list[float], tol: float, slack: float) -> bool:
    """On a scan, a total cost read as a bare run of digits ("12765" for "1.276,5") with which, its separators put
    back (a tenth, hundredth or thousandth of it), the profit agrees: the reading, not the profit, is wrong."""
    for crow, _ in cost_readings:
        cv = crow.money_years().get(year) if crow is not None else None
        if cv is not None and re.fullmatch(r"\s*\d{4,}\s*", cv.text or "") and any(
                close(profit, revenue - cv.value / f - tax, tol, slack) for f in (10, 100, 1000) for tax in taxes):
            return True
    return False


def _cost_total(tm: TableM, R: Row, P: Row, scanned: bool = False) -> list[tuple[Row | None, list[Row]]]:
    """Readings of total cost in a revenue/cost/profit table: the total-cost row above the
    profit row, else the sum of the cost lines at the top level between revenue and profit. On a
    scan, the cost lines' sum is a second reading beside the total row: a total misread ("1.023"
    for "1.762,5") is likelier than a profit the plan got wrong against its own lines (a second
    reading can only silence the check, never make it fire)."""
    out: list[tuple[Row | None, list[Row]]] = []
    for r in tm.rows[:P.index]:
        if r.kind == "cost" and not r.subset and (r.total or tm.children(r) or
                                                  re.fullmatch(r"(?i)\s*(tổng\s+)?chi\s+phí\s*(\(.*\))?\s*", r.label)):
            if r.noisy or r.garbled:
                return []  # the total cost a scan garbled ("Tổng chi phí | D21): | 711 | © luc 0"): no reading
            out.append((r, []))
    if out and not scanned:
        return out
    totals = list(out)
    lines = []
    # "1 Doanh thu sữa chua, 2 Doanh thu sữa tươi, I Tổng doanh thu, 1 … 9 (costs), II Tổng chi phí": the
    # revenue's parts are the rows above it, which add up to it, so the numbered rows below it are no
    # parts of it (they are the costs, whose total comes after them)
    above = []
    for r in reversed(tm.rows[:R.index]):
        if r.total or r.kind in ("profit", "tax") or not r.money_years():
            break
        above.append(r)
    bottom_total = len(above) >= 2 and _adds_up(above, R)
    for r in tm.rows[R.index + 1:P.index] if R.index < P.index else []:
        if r.subset or r.kind in ("revenue", "profit", "tax", "quantity", "price") or r.total:
            continue
        if not bottom_total and R.level is not None and r.level is not None and r.level > (R.level or 0) and any(
                c is r for c in tm.children(R)):
            continue
        if any(r is c for c in tm.children(P)):
            continue
        if r.money_years():
            lines.append(r)
    if not totals and any(r.noisy or r.garbled for r in lines):
        # a line a scan garbled ("Bắp nếp | 2120 | 54772" for 212,8 and 252) and no total cost stated:
        # the lines' sum is no reading (beside a stated total it is a second one, which can only silence)
        return []
    if totals:
        lines = [r for r in lines if not any(r is t for t, _ in totals)]
        if len(lines) < 2:
            return totals
    if len(lines) >= 1:
        top = min((r.level for r in lines if r.level is not None), default=None)
        lines = [r for r in lines if r.level == top] if top is not None else lines
        out.append((None, lines))
    return out


def _year_unread(tm: TableM, P: Row, year: int) -> bool:
    """Another profit or tax row of the table has a number for the other years but none for this
    one: the scan garbled this year's cells ("Lợi nhuận trước thuế | nao | 564,5 | 734"), so the
    profit's own reading of that year, if unsure, is no figure to judge. (So does the profit's margin row, "Tỷ suất lợi
    nhuận/doanh thu (%) | 14,2 | 19,8 |" with its last year lost beside "Lợi nhuận | 179/1 | 284,5 | 210,7", hd03.)"""
    for r in tm.rows:
        if r is P:
            continue
        if r.kind in ("profit", "tax"):
            years = set(r.money_years())
        elif r.kind is None and _MARGIN_LABEL.search(r.label or ""):
            years = {x.year for x in r.vals if x.kind == "percent" and x.year is not None}
        else:
            continue
        if len(years) >= 2 and year not in years:
            return True
    return False


# a row of the profit's share of the revenue: "Tỷ suất lợi nhuận/doanh thu (%)", "Tỷ lệ lãi trên doanh thu"
_MARGIN_LABEL = re.compile(r"(?i)\btỷ\s+(?:suất|lệ)\s+(?:lợi\s+nhuận|lãi)\b")


_ADDED_LINE = re.compile(r"(?i)^\W*(?:cộng|\+)|\bthu\s+nhập\s+khác\b|\bdoanh\s+thu\s+(?:khác|tài\s+chính)\b")


def _after_deductions(tm: TableM, P: Row, year: int | None) -> tuple[float, Row, list[Row]] | None:
    """A profit the table reaches from another profit row above it through the lines between them: the nearest profit
    row above, every line between holding this year's amount (taken off, or added when it says so: "Cộng: thu nhập
    khác"). (The profit so reached, that row, the lines), or None when the table has no such steps."""
    above = next((r for r in reversed(tm.rows[:P.index]) if r.kind == "profit" and not r.subset), None)
    if above is None or (q := above.money_years().get(year)) is None:
        return None
    between = [r for r in tm.rows[above.index + 1:P.index] if not r.subset]
    if not between or any(r.kind in ("revenue", "profit") or r.total for r in between):
        return None
    vals = [r.money_years().get(year) for r in between]
    if any(x is None for x in vals):
        return None
    return q.value + sum(x.value if _ADDED_LINE.search(r.label or "") else -x.value
                         for r, x in zip(between, vals, strict=True)), above, between


def rel_profit(m: PlanModel, spec: Spec) -> list[Hit]:
    tol = spec.tolerance
    hits: list[Hit] = []
    done: set = set()
    for tm in m.tables:
        revs = _revenue_rows(tm)
        profs = [r for r in tm.rows if r.kind == "profit" and not r.subset and r.money_years() and not r.noisy]
        # a table of the costs and the profit whose revenue is in another table ("Bảng 3. Chi phí và lợi
        # nhuận" after "Bảng 2. Doanh thu dự kiến"): that table's total revenue, when every other table that
        # states one agrees with it, against this table's stated total cost
        # (not on a scan: a cost cell misread there, "577" for "977", has no revenue row beside it to
        # tell the misreading from the plan's slip)
        ext = None if revs or not profs or m.ocr else _revenue_elsewhere(m, tm)
        if ext is not None:
            revs = [ext]
        if not revs or not profs:
            continue
        if _revenue_garbled(tm):
            continue  # the total revenue garbled on a scan ("12779" for 1.775): no part stands for it
        R = ext or _main_revenue(tm, revs)
        taxes = [r for r in tm.rows if r.kind == "tax" and not r.subset and r.money_years()
                 and not any(r is c for x in tm.rows if x.kind == "cost" for c in tm.children(x))]
        before = next((p for p in profs if p.variant == "before_tax"), None)
        # a table of each partner's revenue, cost and profit in turn ("Hợp tác xã: doanh thu được chia", "Chi phí của
        # hợp tác xã", "Lợi nhuận của hợp tác xã", then the company's): each profit against its own part's revenue and
        # cost, the partners' profits together left to their sum (jw06)
        segs: dict[int, Row] = {}
        prev = -1
        for P in profs:
            if own := [r for r in revs if prev < r.index < P.index]:
                segs[id(P)] = own[-1]
            prev = P.index
        if len(segs) < 2 or ext is not None:
            segs = {}
        for P in profs:
            if segs and id(P) not in segs:
                continue
            RP = segs.get(id(P), R)
            if segs:  # the partner's own cost rows, between its revenue and its profit
                cost_readings = [(r, []) for r in tm.rows[RP.index + 1:P.index] if r.kind == "cost" and not r.subset
                                 and not (r.noisy or r.garbled)]
            elif ext is None:
                cost_readings = _cost_total(tm, RP, P, m.ocr)
            else:
                cost_readings = [(r, []) for r in tm.rows[:P.index] if r.kind == "cost" and not r.subset and r.total
                                 and not (r.noisy or r.garbled)]
            if not cost_readings:
                continue
            garbled_total = any(r.kind in (None, "cost") and r.total and (r.noisy or r.garbled) for r in tm.rows)
            for year, pv in P.money_years().items():
                rv = RP.money_years().get(year)
                if rv is None or pv.vmax is not None:
                    continue
                if m.ocr and year is None and sum(1 for y in P.money_years() if y is not None) >= 2:
                    continue  # on a scan, the years' total column of a table by year ("… | 730 - 2,20"): read too
                    # poorly beside its years to hold against them (each year is checked on its own)
                if ext is None and (parts := _misread_total(m, tm, RP, revs, year, rv)) is not None:
                    rv = replace(rv, value=parts)  # "2.720" read, unsure, for the parts' 2.220
                if m.ocr and (any(crow is not None and (cv := crow.money_years().get(year)) is not None and
                                  cv.conf is not None and 0 < cv.conf < _UNREAD_COST for crow, _l in cost_readings) or
                              _revenue_far_off(RP, year, rv) or _ODD_DECIMALS.search(rv.text) or
                              (rv.conf is not None and 0 < rv.conf < _UNREAD_COST)):
                    continue  # a stated total cost the scan hardly read ("2.120" at 14 % for "2.732,5", ho07), a revenue
                    # read at barely even odds and far from the other years' ("15" at 38 %, ga04), or one with two
                    # decimals in a table of one ("1.087,01", fi10), or a revenue the scan hardly read ("1.122" at
                    # 26 % for "1.212,2", fx02): the year's figures are not known, nor summed
                cands: list[tuple[float, float, str, float]] = []  # (expected, cost, evidence, tax)
                tax = None
                if taxes:
                    tv = taxes[0].money_years().get(year)
                    # (on a scan, a tax cell the engine was unsure of, "0,0" for "33,9", is as good as unread)
                    tax = tv.value if tv and not (m.ocr and tv.unsure) else None
                for crow, lines in cost_readings:
                    if crow is not None:
                        cv = crow.money_years().get(year)
                        if cv is None or _ocr_malformed(m, [cv.text]) or (m.ocr and cv.value <= 0):
                            continue  # (on a scan, "1257,1" beside "1.083,8" and "1.1275": its separators were lost;
                            # a total cost below nothing, "(012,2", is a misread cell, hq07)
                        costs = [cv.value]
                        cev = crow.evidence
                        if m.ocr and (fixed := _lost_comma(crow, cv)) != cv.value:
                            # "Tổng chi phí | 675,5 | 800,9 | 9673": the scan lost the last year's comma; the
                            # reading with it is a second one, which can only silence the check
                            costs.append(fixed)
                    else:
                        vals = [r.money_years().get(year) for r in lines]
                        if any(x is None for x in vals):
                            continue
                        if m.ocr and garbled_total:
                            # the scan garbled the stated total cost ("13053.2", "1/032)."): its items
                            # are read no better ("1172" for "112,2" beside it), so no sum of them stands in
                            continue
                        stated = [t for t, _ in cost_readings if t is not None]
                        if m.ocr and stated and all(t.money_years().get(year) is None for t in stated):
                            # the scan lost this year's cell of the stated total cost: the lines' sum, a
                            # second reading that may only silence the check, cannot make it fire alone
                            continue
                        if m.ocr and stated:
                            # the second reading on a scan: a lost decimal comma read as it was meant
                            costs = [sum(_lost_comma(r, x) for r, x in zip(lines, vals, strict=True))]
                        else:
                            costs = [sum(x.value for x in vals)]
                        cev = "; ".join(r.evidence for r in lines)
                    for cost in costs:
                        pre = rv.value - cost
                        if P.variant == "after_tax":
                            if tax is not None:
                                cands.append((pre - tax, cost, cev, tax))
                            elif before is not None and before.money_years().get(year) is not None:
                                continue  # after-tax from the stated pre-tax: tax rate unknown, not checked
                            else:
                                # tax not stated: any value between pre-tax profit and pre-tax less a
                                # full income tax (20 %) is accepted
                                if pre * 0.78 - abs(rv.value) * 0.02 <= pv.value <= pre * (1 + tol):
                                    cands.append((pv.value, cost, cev, 0.0))
                                else:
                                    cands.append((pre, cost, cev, 0.0))
                        elif P.variant == "before_tax":
                            cands.append((pre, cost, cev, 0.0))
                        else:
                            cands.append((pre, cost, cev, 0.0))
                            if tax is not None:
                                cands.append((pre - tax, cost, cev, tax))
                if cands and P.variant not in ("after_tax", "before_tax") and tax is None and \
                        any(close(pv.value, x, 0.005) for x in _after_tax_elsewhere(m, tm, year)):
                    # a summary table's plain "Lợi nhuận (đồng)" that is the profit after tax of the finance
                    # table ("Lợi nhuận sau thuế | 403.282.500"), checked there (whatever cost it is read against)
                    cands.append((pv.value, cands[0][1], cands[0][2], 0.0))
                steps = _after_deductions(tm, P, year) if cands else None
                if steps is not None:
                    # "Lợi nhuận từ sản xuất, kinh doanh | 526,6", "Trừ: lãi vay | 48,0", "Trừ: tiền thuê đất | 36,0",
                    # "Trừ: phí, lệ phí | 7,5", "Lợi nhuận trước thuế | 435,1": the profit the table reaches from the
                    # profit row above it through the lines it takes off (that row is itself checked against revenue −
                    # cost): this one is held to its own steps only when revenue − cost is that row's figure (hz02,
                    # hz05); when it is not, that row is the one in error ("LN gộp" against revenue − cost of goods
                    # sold), and this one may still be revenue less every cost
                    stepped = (steps[0], cands[0][1], cands[0][2], 0.0)
                    from_value = steps[1].money_years()[year].value
                    if any(close(c[0], from_value, 0.005) for c in cands):
                        cands = [stepped]
                    else:
                        cands.append(stepped)
                        steps = None  # (the finding, if any, speaks of revenue − cost, as before)
                if not cands:
                    continue
                done.add(year)
                slack = max(spec.min_share * abs(rv.value), 0.0)
                rs = _round_slack(pv, rv, m.view.doc.number_style)
                if any(close(pv.value, e, tol, slack) or abs(pv.value - e) <= rs for e, _, _, _ in cands):
                    continue
                e, cost, cev, tax_used = cands[0]
                if _ocr_malformed(m, [rv.text, pv.text]):
                    continue  # a cell read "18745)" for "1.874,5" on a scan: the reading is suspect
                if m.ocr and pv.conf == 0.0:
                    continue  # a profit the scan read with marks for digits, put back by the reader: a guess
                if m.ocr and not pv.sure and _year_unread(tm, P, year):
                    continue  # "2027 | 2.829 | 2.434 | nao | D92 | 20,7": the scan lost that year's line
                # (a bare run of digits on a scan: a decimal comma the scan may have lost)
                bare = m.ocr and bool(re.fullmatch(r"\s*\d{3,}\s*", pv.text or ""))
                if bare and any(close(pv.value, e * f, 0.002) for f in (10, 100, 1000)):
                    continue  # "251,6" read "2516": a decimal comma the scan lost, whatever the confidence
                if m.ocr and _cost_lost_separators(cost_readings, year, pv.value, rv.value,
                                                   [t for _, _, _, t in cands], tol, slack):
                    continue  # "1.276,5" read "12765" in the total cost: with its comma back, the profit agrees
                if m.ocr and not pv.sure and not _restated(m, pv.value) and \
                        _slipped(pv.text, pv.value, e, lookalike=pv.conf is not None):
                    continue  # "352" read "52", "147,7" read "137,7", the engine unsure of the cell
                if m.ocr and not rv.sure and rv.conf is not None and \
                        any(close(pv.value, e - rv.value + y, 0.002, rs) for y in _one_digit_off(rv.value)):
                    # "3.079" read at 78 % for the revenue's "3.979", with which the profit agrees to the unit (a
                    # look-alike that comes within the rule's tolerance is no explanation: "2.625" for "2.025" at
                    # 2 % of a profit planted 14 % off)
                    continue
                if m.ocr and not pv.sure and _average_agrees(m, P, year, e):
                    continue  # "329.294" read for "359.294": the plan's own average of the row is of the true one
                if m.ocr and ext is None and any(close(pv.value, e - rv.value + ov, tol, slack) for ov in
                                                 _revenue_restated(m, tm, RP, year) for e, _, _, _ in cands):
                    # "Doanh thu | 3.330 | 5.015 | 3.900" on a scan, where the revenue table gives 3.615 for
                    # 2028, with which the profit agrees: the cell was misread, not the profit
                    continue
                if m.ocr and any(close(pv.value, rv.value - oc, tol, slack) for oc in _cost_restated(m, tm, year, cost)):
                    # "1.035,6" read "1.055,6" in the summary's total cost, where the cost table gives 1.035,6 for
                    # 2029, with which the profit agrees: the cell was misread, not the profit (jo03)
                    continue
                stated = pv.value
                if bare and pv.value > abs(rv.value):
                    # "756,5" read "7565": a profit above the revenue lost its decimal comma; the finding
                    # quotes the figure as written
                    stated = next((pv.value / f for f in (10, 100, 1000) if pv.value / f <= abs(rv.value)), stated)
                    if close(stated, e, tol, slack):
                        continue
                ev = "; ".join(dict.fromkeys([RP.evidence, cev if len(cev) < 200 else cev[:200], P.evidence]))
                if steps is not None:
                    ev = "; ".join(r.evidence for r in [steps[1], *steps[2], P])
                hits.append(Hit(section=P.section, evidence=quote(ev, 400),
                                params={"year": ylabel(year), "label": P.label, "stated": stated,
                                        "expected": e, "revenue": rv.value, "cost": cost, "tax": tax_used,
                                        "diff_pct": diff_pct(stated, e),
                                        **({"from_label": steps[1].label, "from_value": from_value,
                                            "lines": [r.label for r in steps[2]]} if steps is not None else {})}))
    hits.extend(_text_profit(m, spec, done))
    hits.extend(_text_profit_vs_table(m, spec, done))
    hits.extend(_text_profit_by_year(m, spec, done | {_year_of_label(h.params["year"]) for h in hits}))
    return _dedupe(hits)


_AFTER_TAX = re.compile(r"(?i)\b(?:sau thuế|còn lại|ròng|thuần)\b")
_AVERAGE_BEFORE = re.compile(r"(?i)\b(?:bình\s+quân|trung\s+bình)\b[^\d;]{0,30}$")


def _average_agrees(m: PlanModel, row: Row, year: int | None, expected: float) -> bool:
    """The plan states the average of the row's years (a sentence: "Lợi nhuận bình quân 430.119 nghìn đồng/năm"),
    and it is the average with `year`'s cell at `expected`, not as read: a scan's misreading of that cell."""
    ys = row.money_years()
    if year not in ys or len(ys) < 2:
        return False
    read = sum(x.value for x in ys.values()) / len(ys)
    fixed = read + (expected - ys[year].value) / len(ys)
    for s in m.sents:
        for a in s.amounts:
            if a.kind == "money" and a.value_max is None and _AVERAGE_BEFORE.search(s.text[max(0, a.start - 45):a.start]) \
                    and close(a.value, fixed, 0.002) and not close(a.value, read, 0.002):
                return True
    return False


def _revenue_rows(tm: TableM) -> list[Row]:
    """A table's revenue rows with amounts by year, read whole (not debris of a scan)."""
    return [r for r in tm.rows if r.kind == "revenue" and not r.subset and r.money_years() and not r.noisy]


def _revenue_garbled(tm: TableM) -> bool:
    """The table's total revenue is debris of a scan ("12779" for 1.775)."""
    return any(r.kind == "revenue" and r.total and r.noisy for r in tm.rows)


def _revenue_elsewhere(m: PlanModel, tm: TableM) -> Row | None:
    """The plan's total revenue row from its other tables, when those that state one agree year by year."""
    found: list[Row] = []
    for t in m.tables:
        if t is tm:
            continue
        revs = _revenue_rows(t)
        if revs and not _revenue_garbled(t):
            found.append(_main_revenue(t, revs))
    if not found:
        return None
    first = found[0].money_years()
    for r in found[1:]:
        for y, x in r.money_years().items():
            if y in first and not close(x.value, first[y].value, 0.005):
                return None
    return found[0]


def _revenue_total_elsewhere(m: PlanModel, tm: TableM, year: int, value: float, itemised: bool = False) -> bool:
    """Another table's revenue total states this year's revenue as `value` (a revenue table's "Tổng doanh thu");
    `itemised`: and the money lines above it in its table add up to it."""
    def lines_add_up(t: TableM, r: Row) -> bool:
        # (and each line is reckoned where it stands, from its own quantity and price: else the summary's check is
        # the only one of those figures)
        rows = [o for o in t.rows[:r.index] if not o.total and not o.subset and (x := o.money_years().get(year))
                is not None and x.vmax is None]
        return len(rows) >= 2 and close(sum(o.money_years()[year].value for o in rows), value, 0.002) and \
            all(_expected_for_child(m, t, o, year) for o in rows)

    def total_of(t: TableM, r: Row) -> float | None:
        if (x := r.money_years().get(year)) is not None:
            return x.value
        # "Tổng doanh thu | 2.400,0" with no unit of its own under lines "Doanh thu (triệu đồng) | 1.500,0": the
        # lines' unit
        bare = next((v for v in r.vals if v.year == year and v.kind == "number" and not v.unit and v.vmax is None), None)
        line = next((x for o in reversed(t.rows[:r.index]) if o.kind == "revenue" and not o.total
                     and (x := o.money_years().get(year)) is not None), None)
        return bare.value * _display_factor(line, m.view.doc.number_style) if bare and line else None

    return any(r.kind == "revenue" and r.total and not r.subset and (x := total_of(t, r)) is not None
               and close(x, value, 0.002) and (not itemised or lines_add_up(t, r))
               for t in m.tables if t is not tm for r in t.rows)


_COST_TOTAL_LABEL = re.compile(r"(?i)^\W*(?:tổng|cộng)\s+(?:cộng\s+)?chi\s+phí\b")


def _cost_restated(m: PlanModel, tm: TableM, year: int | None, cost: float) -> list[float]:
    """The year's total cost as another table of a scan states it, when it is `cost` with one digit read as a
    look-alike ("1.035,6" in the cost table, "1.055,6" in the summary): the reading the profit may rest on."""
    if year is None:
        return []
    twins = _one_digit_off(cost, either_way=True)
    # (its label in whichever of the first cells the scan put it: "Tổng chi phí | | GỌO9.7 | 911,9 | 1.035,6")
    return [x.value for t in m.tables if t is not tm for r in t.rows
            if any(_COST_TOTAL_LABEL.match(c) for c in [r.label or "", *r.cells[:2]])
            and (x := r.money_years().get(year)) is not None and any(close(x.value, y, 0.0005) for y in twins)]


def _revenue_restated(m: PlanModel, tm: TableM, R: Row, year: int) -> list[float]:
    """The total revenue of `year` as another table states it, when that table agrees with `R` on the
    other years, in `R`'s unit: a revenue table whose unit line a scan lost ("Tổng doanh thu | 3.330 |
    3.615 | 3.900" beside "Doanh thu | 3.330 | 5.015 | 3.900" in triệu đồng) is read at the scale that
    makes those years agree."""
    mine = R.money_years()
    out = []
    for t in m.tables:
        if t is tm:
            continue
        for r in t.rows:
            if r.kind != "revenue" or not r.total or r.subset:
                continue
            theirs = {x.year: x.value for x in r.vals if x.year is not None and x.vmax is None and
                      x.kind in ("money", "number")}
            if year not in theirs:
                continue
            others = [y for y in theirs if y != year and y in mine]
            for f in (1.0, 1e3, 1e6, 1e9):
                if others and all(close(theirs[y] * f, mine[y].value, 0.002) for y in others):
                    if not close(theirs[year] * f, mine[year].value, 0.005):
                        out.append(theirs[year] * f)
                    break
    return out


def _after_tax_elsewhere(m: PlanModel, tm: TableM, year: int) -> list[float]:
    """The profit after tax of `year` stated in another table of the plan ("Lợi nhuận sau thuế")."""
    return [x.value for t in m.tables if t is not tm for r in t.rows
            if r.kind == "profit" and r.variant == "after_tax" and not r.subset
            and (x := r.money_years().get(year)) is not None]
_LOSS_BEFORE = re.compile(r"(?i)\b(?:lỗ|âm)\s*(?:khoảng\s*)?$")
_TOTAL_JUST_BEFORE = re.compile(r"(?i)\b(?:tổng|tổng cộng|cộng)\s*(?:là\s*|:\s*)?(?:khoảng\s*)?$")
_PARAGRAPH_TOPIC = (("revenue", re.compile(r"(?i)^\W*(?:tổng\s+)?doanh\s+thu\b")),
                    ("cost", re.compile(r"(?i)^\W*(?:tổng\s+)?chi\s+phí\b")),
                    ("profit", re.compile(r"(?i)^\W*(?:lợi\s+nhuận|lãi)\b")))
_STATEMENT_GAP_WORDS = _REVENUE_GAP_WORDS | frozenset(tone_key(w) for w in "lãi lỗ trước sau thuế".split())


def _text_profit_by_year(m: PlanModel, spec: Spec, done: set) -> list[Hit]:
    """Revenue, cost and profit of a year each stated once in running text, in sentences of their
    own: "…, tổng 2.137,5 triệu đồng" in a paragraph on revenue, "Chi phí năm 2027 là 1.593,75 triệu
    đồng", "năm 2026 lỗ 342,1 triệu đồng; năm 2027 lãi 603,75 triệu đồng". A statement is the amount
    right after its label (only a year and words like "là", "đạt", "lãi", "lỗ" between), or the total
    ("tổng …") of a paragraph that opens on its topic; a year with two readings of any is left out."""
    v = m.vocab
    kinds = _pnl_kinds(v)
    got: dict[str, dict[int, dict[float, str]]] = {k: defaultdict(dict) for k in ("revenue", "cost", "profit")}

    def money(a: Amount) -> bool:
        return a.kind == "money" and not a.per and a.value_max is None

    for s in m.sents:
        if s.section not in ("financials", "production_plan") or _MANY_YEARS.search(s.text):
            continue
        block = m.view.blocks[s.block].text if 0 <= s.block < len(m.view.blocks) else ""
        topic = next((k for k, rx in _PARAGRAPH_TOPIC if rx.match(block)), None)
        found: list[tuple[str, Amount]] = []
        lab = labelled(s, kinds, money, 60)
        for k, a, e in lab:
            gap = s.text[e:a.start]
            if k == "profit" and _AFTER_TAX.search(s.text[max(0, e - 40):a.start]):
                continue  # the profit after tax is compared with no tax here
            if k in got and all(w.isdigit() and len(w) <= 4 or tone_key(w) in _STATEMENT_GAP_WORDS
                                for w in re.findall(r"[^\W_]+", gap)):
                found.append((k, a))
        if topic:
            labelled_ids = {id(a) for _k, a, _e in lab}
            found += [(topic, a) for a in s.amounts if money(a) and id(a) not in labelled_ids
                      and _TOTAL_JUST_BEFORE.search(s.text[max(0, a.start - 20):a.start])]
        for k, a in found:
            prev = max([x.end for x in s.amounts if x.end <= a.start], default=0)
            y = year_of(s.text, a, prev)
            if y is None or not m.is_plan_year(y) or y < 1000:
                continue
            val = -a.value if _LOSS_BEFORE.search(s.text[max(0, a.start - 15):a.start]) else a.value
            got[k][y].setdefault(val, s.text)
    hits = []
    for y in sorted(set(got["revenue"]) & set(got["cost"]) & set(got["profit"])):
        if y in done or any(len(got[k][y]) != 1 for k in got):
            continue
        (rv, rev_ev), = got["revenue"][y].items()
        (cv, cost_ev), = got["cost"][y].items()
        (pv, prof_ev), = got["profit"][y].items()
        e = rv - cv
        if close(pv, e, spec.tolerance, spec.min_share * abs(rv)):
            continue
        ev = " || ".join(dict.fromkeys([rev_ev, cost_ev, prof_ev]))
        hits.append(Hit(section="financials", evidence=quote(ev, 450),
                        params={"year": ylabel(y), "label": "Lợi nhuận", "stated": pv, "expected": e,
                                "revenue": rv, "cost": cv, "tax": 0.0, "diff_pct": diff_pct(pv, e)}))
    return hits


_TOTAL_COST_LABEL = re.compile(r"(?i)\s*(?:[ivx\d]+[.)]?\s*)?tổng\s+chi\s+phí\b.*")
_MANY_YEARS = re.compile(r"(?i)bình quân|trung bình|lũy kế|luỹ kế|cả giai đoạn|các năm|mỗi năm|hằng năm|hàng năm"
                         r"|\d\s*năm\b|tỷ suất|trên doanh thu|%")
_AT_LEAST = re.compile(r"(?i)^(trên|hơn|ít nhất|tối thiểu|không dưới|từ)$")


def _text_profit_vs_table(m: PlanModel, spec: Spec, done: set) -> list[Hit]:
    """A profit written only in running text ("lợi nhuận năm 2027 khoảng 310 triệu đồng") against
    a table that gives revenue and a total-cost row for that year but no profit row: revenue less
    total cost, with room for an income tax the plan does not state (up to 20 %)."""
    facts: dict[int, tuple[float, float, str]] = {}
    for tm in m.tables:
        if any(r.kind == "profit" and r.money_years() for r in tm.rows):
            continue
        revs = [r for r in tm.rows if r.kind == "revenue" and not r.subset and r.money_years() and not r.noisy]
        costs = [r for r in tm.rows if r.kind == "cost" and not r.subset and not r.noisy and r.money_years()
                 and (r.total or _TOTAL_COST_LABEL.fullmatch(r.label))]
        if not revs or len(costs) != 1:
            continue
        R, C = _main_revenue(tm, revs), costs[0]
        for y, rv in R.money_years().items():
            cv = C.money_years().get(y)
            if y is not None and cv is not None and rv.vmax is None and cv.vmax is None:
                facts.setdefault(y, (rv.value, cv.value, f"{R.evidence}; {C.evidence}"))
    if not facts:
        return []
    v = m.vocab
    kinds = _pnl_kinds(v)
    hits = []
    for s in _clauses(m, v.rows["profit"]):
        if _MANY_YEARS.search(s.text):
            continue
        lab = labelled(s, kinds, lambda a: a.kind == "money" and not a.per and a.value_max is None, 60)
        by: dict[str, list[Amount]] = defaultdict(list)
        for k, a, _ in lab:
            by[k].append(a)
        if len(by["profit"]) != 1 or by["revenue"] or by["cost"] or by["other"]:
            continue
        pv = by["profit"][0]
        if pv.qualifier and _AT_LEAST.match(pv.qualifier):
            continue
        y = year_of(s.text, pv, 0)
        if y is None and len(facts) == 1:
            y = next(iter(facts))
        if y is None or y in done or y not in facts:
            continue
        rev, cost, ev = facts[y]
        pre = rev - cost
        tol = max(spec.tolerance, 0.1 if pv.qualifier else 0.0)
        if pre * 0.78 - abs(rev) * 0.02 <= pv.value <= pre * (1 + tol) or \
                close(pv.value, pre, tol, spec.min_share * abs(rev)):
            continue
        hits.append(Hit(section=s.section, evidence=quote(f"{ev}; {s.text}", 400),
                        params={"year": ylabel(y), "label": "Lợi nhuận", "stated": pv.value, "expected": pre,
                                "revenue": rev, "cost": cost, "tax": 0.0, "diff_pct": diff_pct(pv.value, pre)}))
    return hits


def _clauses(m: PlanModel, words: Words) -> list[Sent]:
    """The sentences that name `words`, cut at semicolons: "Lợi nhuận năm 2026 đạt …; năm 2027 …,
    lợi nhuận ước đạt …; năm 2028 đạt …" states one figure per clause."""
    style = m.view.doc.number_style
    out = []
    for s in m.sents:
        if not words.in_text(s.text):
            continue
        if ";" not in s.text:
            out.append(s)
            continue
        for part in s.text.split(";"):
            if part.strip():
                out.append(Sent(part, s.block, s.section, amounts_in(part, style)))
    return out


def _misread_total(m: PlanModel, tm: TableM, R: Row, revs: list[Row], year: int | None, rv: Val) -> float | None:
    """On a scan, a total revenue cell the engine was unsure of whose value is its parts' sum with
    one digit read as a look-alike or lost ("2.720" over 1.452 and 768): the sum, else None."""
    if not m.ocr or rv.sure or not R.total:
        return None
    parts = [r for r in revs if r is not R and not r.total] or _priced_rows_above(tm, R) or \
        [c for c in tm.direct_children(R) if c.money_years()]
    vals = [r.money_years().get(year) for r in parts]
    if len(vals) < 2 or any(v is None for v in vals):
        return None
    total = sum(v.value for v in vals)
    if close(total, rv.value, 0.002):
        return None
    return total if _slipped(rv.text, rv.value, total) else None


def _lost_sibling_number(tm: TableM, R: Row, kids: list[Row]) -> bool:
    """"1 | Doanh thu", one unnumbered row, "3 | Lợi nhuận": the row between is the lost "2" (a scan garbled
    its numbering and label, "(ahl DỊ" for "2 | Chi phí"), R's sibling, not its part."""
    if len(kids) != 1 or kids[0].num is not None or not (R.num or "").isdigit():
        return False
    nxt = next((r for r in tm.rows if r.index > kids[0].index and r.num), None)
    return nxt is not None and (nxt.num or "").isdigit() and int(nxt.num) == int(R.num) + 2


# a revenue label that names no product nor pack ("Doanh thu (triệu đồng)", "Tổng doanh thu thuần"): the total of
# the revenue rows beside it, not one of them ("Doanh thu chai 500 ml" is the pack's, however large)
_BARE_REVENUE = re.compile(r"(?i)^\W*(?:tổng\s+)?(?:doanh\s+(?:thu|số)|dt)(?:\s+(?:thuần|bán\s+hàng|dự\s+kiến|"
                           r"cả\s+năm|năm))?\s*(?:\([^()]*\))?\W*$")


def _main_revenue(tm: TableM, revs: list[Row]) -> Row:
    """The table's total revenue row: "Tổng doanh thu", else the top-level one, else the largest. Of several totals, the
    largest: "Cộng doanh thu quán" is a group's, "Tổng doanh thu" under it the table's (ip06)."""
    totals = [r for r in revs if r.total]
    if totals:
        return max(totals, key=lambda r: (max(x.value for x in r.money_years().values()), r.index))
    nested = {id(c) for r in revs for c in tm.children(r)}
    top = [r for r in revs if id(r) not in nested]
    return max(top or revs, key=lambda r: max(x.value for x in r.money_years().values()))


def _round_slack(pv: Val, rv: Val, style: str) -> float:
    """Rounding of a table in whole units: 1.5 display units."""
    f = _display_factor(pv, style)
    return 1.5 * f * (10 ** -max(_decimals(pv.text, style), _decimals(rv.text, style)))


def _pnl_kinds(v: Vocab) -> dict[str, Words]:
    """The labels of revenue, cost and profit in running text, and those that are none of them."""
    return {"revenue": v.rows["revenue"], "cost": _fixed_words(["chi phí", "tổng chi phí"]), "profit": v.rows["profit"],
            "cost_item": v.rows["cost_item"],  # "lãi vay 56 triệu đồng" is a cost, not a profit ("lãi")
            "other": _fixed_words(["tỷ suất", "bình quân", "trên doanh thu", "lợi nhuận bình quân"])}


def _text_profit(m: PlanModel, spec: Spec, done: set) -> list[Hit]:
    v = m.vocab
    kinds = _pnl_kinds(v)
    hits = []
    for s in m.sents:
        lab = labelled(s, kinds, lambda a: a.kind == "money" and not a.per and a.value_max is None, 60)
        by: dict[str, list[Amount]] = defaultdict(list)
        for k, a, _ in lab:
            by[k].append(a)
        if len(by["revenue"]) != 1 or len(by["cost"]) != 1 or len(by["profit"]) != 1:
            continue
        rv, cv, pv = by["revenue"][0], by["cost"][0], by["profit"][0]
        if "bình quân" in s.text.lower():
            continue
        y = year_of(s.text, rv, 0)
        if y in done:
            continue
        e = rv.value - cv.value
        if close(pv.value, e, spec.tolerance, spec.min_share * rv.value):
            continue
        hits.append(Hit(section=s.section, evidence=quote(s.text, 400),
                        params={"year": ylabel(y), "label": "Lợi nhuận", "stated": pv.value, "expected": e,
                                "revenue": rv.value, "cost": cv.value, "tax": 0.0,
                                "diff_pct": diff_pct(pv.value, e)}))
    return hits


# =============================================================================== relation: capital

@dataclass
class Capital:
    totals: list[tuple[float, str, str | None]]  # stated total investment: (value, evidence, section)
    items_sums: list[float]  # sums of investment items tables
    sources: list[tuple[list[tuple[float, str]], float | None, str, str | None]]  # (items, stated sum, evidence, section)
    working: list[float]  # working capital stated


# a profit put back into the investment: one of its sources
_REINVESTED = re.compile(r"(?i)\btái\s+đầu\s+tư\b|\b(?:lợi\s+nhuận|lãi)\s+(?:tích\s+lũy|để\s+lại)\b")
# a column of one stage of a phased investment, and the column of all stages together
_STAGE_COLUMN = re.compile(r"(?i)\s*(?:giai\s+đoạn|gđ|đợt|phân\s+kỳ)\s*(?:\d|i{1,3}\b)")
_TOTAL_COLUMN = re.compile(r"(?i)\s*(?:tổng(?:\s+cộng|\s+số)?|cộng|cả\s+(?:hai|ba|2|3)\s+giai\s+đoạn)\s*(?:\([^()]*\))?\s*")


def _single_money(r: Row, tm: TableM | None = None) -> Val | None:
    """The amount of a row in a table without year columns: the cell of the table's amount
    column ("Thành tiền", "Số tiền"), else the only money cell, else the leftmost one."""
    vals = [x for x in r.vals if x.money and x.vmax is None]
    if not vals:
        return None
    if tm is not None and tm.amount_col is not None:
        for x in vals:
            if x.col == tm.amount_col:
                return x
    if len(vals) == 1:
        return vals[0]
    noyear = [x for x in vals if x.year is None]
    if len(noyear) == len(vals):
        return min(noyear, key=lambda x: x.col)
    return None


_OCR_TOTAL_LEAD = re.compile(r"\W*tong\s+(?:von\s+dau\s+tu|muc\s+dau\s+tu|nhu\s+cau\s+von(?:\s+dau\s+tu)?)\b")


_BALANCE_SHEET = re.compile(r"(?i)\b(?:báo\s+cáo\s+tài\s+chính|cân\s+đối\s+kế\s+toán|tài\s+sản\s+và\s+nguồn\s+vốn)\b")
_BALANCE_SHEET_ROW = re.compile(r"(?i)\s*(?:tổng\s+(?:cộng\s+)?tài\s+sản|tài\s+sản\s+(?:ngắn|dài)\s+hạn|nợ\s+phải\s+trả|"
                                r"tổng\s+(?:cộng\s+)?nguồn\s+vốn\s+(?:và|&)\s+nợ)\b")


def capital_facts(m: PlanModel) -> Capital:
    if "capital" in m._cache:
        return m._cache["capital"]
    v = m.vocab
    totals: list[tuple[float, str, str | None]] = []
    items_sums: list[float] = []
    sources = []
    working: list[float] = []
    for tm in m.tables:
        if tm.section != "investment" and v.text["aftermath"].in_text(_caption_tail(tm.caption)):
            continue  # "Bảng 2. Thiệt hại do bão", "Bảng 3. Tiền khắc phục đã sử dụng": the storm's cost and what paid
            # for it, not the plan's investment nor its sources (jq06)
        hdr = " ".join(tm.header) + " " + tm.caption
        # (and the profit put back in, among the sources: "Lợi nhuận tích lũy tái đầu tư | – | 200 | 200")
        src_rows = [r for r in tm.rows if (r.kind == "source" or r.kind == "profit" and _REINVESTED.search(r.label or ""))
                    and not r.total and _single_money(r, tm)]
        is_sources = len(src_rows) >= 2 or (v.text["investment_total"].in_text(hdr) is False and
                                            "nguồn vốn" in hdr.lower() and len(src_rows) >= 1)
        if is_sources and (_BALANCE_SHEET.search(hdr) or
                           sum(1 for r in tm.rows if _BALANCE_SHEET_ROW.match(r.label or "")) >= 2):
            # the organisation's balance sheet ("Tài sản và nguồn vốn của công ty (báo cáo tài chính)": "Tổng tài
            # sản", "Nợ phải trả", "Vốn chủ sở hữu | 9.770"): what it owns and owes, not what funds the plan (hw02)
            is_sources = False
        for r in tm.rows:
            if r.kind == "working_capital" and (x := _single_money(r, tm)):
                working.append(x.value)
        if is_sources:
            top = [r for r in src_rows if not r.subset]
            if top and all(r.level is not None for r in top):
                lv = min(r.level for r in top)
                top = [r for r in top if r.level == lv]
            stated = None
            for r in tm.rows:
                if (r.total and r.kind in (None, "source")) and (x := _single_money(r, tm)):
                    stated = x.value
            items = [(_single_money(r, tm).value, r.evidence) for r in top]
            ev = "; ".join(r.evidence for r in top)
            for r in tm.rows:
                if r.kind == "investment_total" and (x := _single_money(r, tm)) and not r.subset:
                    totals.append((x.value, r.evidence, tm.section))
            sources.append((items, stated, ev, tm.section))
            continue
        # an investment items table: its grand total, and the items' sum
        inv_table = any(r.kind == "investment_total" for r in tm.rows) or \
            re.search(r"(?i)hạng mục|nội dung đầu tư|nhu cầu vốn|vốn đầu tư|danh mục đầu tư", hdr) or \
            (tm.section == "investment" and any(r.total for r in tm.rows))
        if not inv_table:
            continue
        if any(r.kind in ("revenue", "profit") for r in tm.rows):
            continue
        for r in tm.rows:
            x = _single_money(r, tm)
            if x is None or r.subset:
                continue
            if r.kind == "investment_total" or (r.total and r.kind is None and r.num is None):
                totals.append((x.value, r.evidence, tm.section))
        items = [r for r in tm.rows if not r.total and not r.subset and r.kind != "investment_total"
                 and _single_money(r, tm)]
        if items:
            lv = min((r.level for r in items if r.level is not None), default=None)
            top = [r for r in items if lv is None or r.level == lv]
            items_sums.append(sum(_single_money(r, tm).value for r in top))
    # running text
    kinds = {"total": v.text["investment_total"], "source": v.rows["source"],
             # "mỗi (thành viên)": an amount per member, not a source ("vốn góp của 7 thành viên
             # 900 triệu đồng" is one)
             # "lãi vay lần lượt 24, 16 và 8 triệu đồng": the loan's interest, not a source
             # the charter capital is a source only in the list of sources ("Nguồn vốn: vốn điều lệ hiện
             # có của hợp tác xã 1.000 tr.đ; …"), not in the producer's profile
             "charter": _fixed_words(["vốn điều lệ"]),
             "working": v.rows["working_capital"], "other": _fixed_words(["tổng nguồn vốn", "mỗi",
                                                                  "mỗi thành viên", "lãi suất", "trả gốc",
                                                                  "lãi vay", "tiền lãi", "trả lãi", "trả nợ",
                                                                  # "vay người thân 100 triệu đồng, lãi 10%/năm,
                                                                  # trả 50 triệu đồng cuối năm 2028 và 50 …"
                                                                  # (not "lãi" alone: "vay không lãi của người
                                                                  # thân 100 triệu đồng" is a source)
                                                                  "trả", "hoàn trả"])}
    style = m.view.doc.number_style
    labs = [_each_summed(s, labelled(s, kinds, lambda a: a.kind == "money" and not a.per and a.value_max is None
                                     and not _calc_operand(s.text, a, style), 90),
                         kinds) for s in m.sents]
    in_sentence: set[int] = set()
    for i, (s, lab) in enumerate(zip(m.sents, labs, strict=True)):
        tot = [a for k, a, e in lab if k == "total" and _PLAIN_GAP.match(s.text[e:a.start])]
        if m.ocr and not tot and (lead := _OCR_TOTAL_LEAD.match(fold(s.text).lower())):
            # a scan's misread tone mark ("Tống vốn đầu tư 1.500 triệu đồng được huy động từ: …"; folding
            # keeps each character's place)
            tot = [a for a in s.amounts if a.kind == "money" and not a.per and a.value_max is None and
                   _PLAIN_GAP.match(s.text[lead.end():a.start])][:1]
        src = _top_sources(s.text, lab)
        tot = [a for a in tot if not _earlier_version(s.text, a.start)]
        for a in tot[:1]:
            totals.append((a.value, s.text, s.section))
        if tot and len(src) >= 2 and not re.search(r"(?i)\bnếu\b", s.text) and \
                not _unlabelled_money(s, src, {a.start for k, a, _ in lab if k != "source"} | {a.start for a in tot}):
            sources.append(([(a.value, a.text) for a in src], None, s.text, s.section))
            in_sentence.add(i)
        for k, a, _ in lab:
            if k == "working":
                working.append(a.value)
    sources.extend(_source_runs(m, labs, in_sentence, kinds))
    if gross := [t for t in totals if _WITH_VAT.search(t[1])]:
        # the investment with its value-added tax ("Tổng mức đầu tư (đã gồm thuế GTGT) | 2.070,0") is what must be
        # paid and funded: the sum before the tax beside it ("Cộng giá trị chưa thuế GTGT | 1.900,0") is a part of it
        top = max(t[0] for t in gross)
        net = [t for t in totals if _WITHOUT_VAT.search(t[1]) and t[0] < top]
        if net:
            totals = [t for t in totals if t not in net]
            items_sums = [x for x in items_sums if not any(close(x, t[0], 0.002) for t in net)]
    cap = Capital(totals, items_sums, sources, working)
    m._cache["capital"] = cap
    return cap


# an earlier version of the plan named before an amount: "Bản phương án tháng 7/2026 dự toán tổng vốn 1.650 triệu đồng",
# "(bản trước 1.650 triệu đồng)", "dự toán ban đầu là 830 triệu đồng", "thay cho 26.000 kg", "trước khi điều chỉnh"
_EARLIER_VERSION = re.compile(
    r"(?i)\b(?:bản|phương\s+án|pa|dự\s+toán|số\s+liệu|kế\s+hoạch)\s+(?:[^\W\d]+\s+){0,3}?(?:(?:gửi|nộp|lập)\s+)?"
    r"(?:tháng|ngày)\s+\d|"
    r"\b(?:bản|phương\s+án|pa|dự\s+toán|số\s+liệu)\s+(?:(?:tính|đã\s+nộp|gửi)\s+)?(?:trước|cũ|ban\s+đầu|dự\s+thảo|"
    r"lần\s*(?:1|đầu|trước))\b|\btrước\s+khi\s+điều\s+chỉnh\b|\bthay\s+cho\s*$")


def _earlier_version(text: str, start: int) -> bool:
    """The clause that leads to the amount at `start` (from the last ";", "(" or sentence start) names an earlier
    version of the plan: the amount is the superseded figure, not the plan's."""
    lead = text[max(text.rfind(";", 0, start), text.rfind("(", 0, start), text.rfind(",", 0, start), 0):start]
    return bool(_EARLIER_VERSION.search(lead))


_WITH_VAT = re.compile(r"(?i)\b(?:đã|bao|có)\s+(?:gồm|bao\s+gồm|tính)\s+(?:cả\s+)?(?:thuế\s+(?:gtgt|giá\s+trị\s+gia\s+tăng)|vat)\b")
_WITHOUT_VAT = re.compile(r"(?i)\b(?:chưa|không)\s+(?:gồm\s+|bao\s+gồm\s+|tính\s+)?(?:thuế\s+(?:gtgt|giá\s+trị\s+gia\s+tăng)|vat)\b")


def _calc_operand(text: str, a: Amount, style: str) -> bool:
    """The amount is an operand of a calculation the sentence writes out ("các hộ góp 15 hộ × 20 triệu
    đồng = 300 triệu đồng": the 20 a household), not its result."""
    if "=" not in text and "≈" not in text:
        return False
    for c in written_calcs(text, style):
        eq = min((i for i in (c.text.find("="), c.text.find("≈"), c.text.find("~")) if i >= 0), default=-1)
        if eq >= 0 and c.start <= a.start and a.end <= c.start + eq:
            return True
    return False


# "mỗi hộ 15 triệu đồng, cộng 480 triệu đồng": after an amount each, the total of them
_EACH_THEN_SUM = re.compile(r"(?i)^\s*(?:[^\W\d]+(?:\s+[^\W\d]+)?\s+)?[\d.,]+\s*(?:triệu|tỷ|nghìn|ngàn)?\s*(?:đồng|đ)\b"
                            r"\s*,?\s*(?:cộng|tổng cộng|tổng|thành|tương đương|tổng số)\s*(?:là\s*|:\s*)?(?:khoảng\s*)?$")


def _each_summed(s: Sent, lab: list[tuple[str, Amount, int]], kinds: dict[str, Words]) -> list[tuple[str, Amount, int]]:
    """An amount that totals an amount each ("vốn góp bổ sung của 32 thành viên, mỗi hộ 15 triệu đồng, cộng
    480 triệu đồng") takes the label before the "mỗi": it is that source's amount, where the amount each
    was labelled "mỗi" (no source)."""
    if not any(k == "other" for k, _a, _e in lab) or "mỗi" not in s.text.lower():
        return lab
    marks = label_marks(s.text, kinds)
    out = []
    for k, a, e in lab:
        each = next((mk for mk in marks if mk[1] == e and s.text[mk[0]:e].lower().startswith("mỗi")), None)
        if k == "other" and each is not None and _EACH_THEN_SUM.match(s.text[e:a.start]):
            before = [mk for mk in marks if mk[1] <= each[0]]
            if before and ";" not in s.text[before[-1][1]:a.start]:
                k = before[-1][2]
        out.append((k, a, e))
    return out


_NESTED = re.compile(r"(?i)(?<!\w)(trong đó|bao gồm|gồm|cụ thể|chia ra)(?!\w)")
_SOURCE_SECTIONS = ("investment", "financials")


def _top_sources(text: str, lab: list[tuple[str, Amount, int]]) -> list[Amount]:
    """The source amounts of a sentence, without the breakdown of one of them ("vốn vay 600 triệu
    đồng, trong đó vay ngân hàng 400 triệu đồng ...": the parts until the next ";"; "thành viên góp
    900 triệu đồng (600 triệu đồng đã góp và 300 triệu đồng góp thêm)": the parts in brackets)."""
    out: list[Amount] = []
    nested, bracket, last = False, False, None
    for k, a, _e in sorted(lab, key=lambda t: t[1].start):
        if k != "source":
            continue
        if last is not None:
            between = text[last:a.start]
            if ";" in between:
                nested = False
            if _NESTED.search(between):
                nested = True
            opened, closed = between.rfind("("), between.rfind(")")
            if opened > closed:
                bracket = True
            elif closed > opened:
                bracket = False
        if not nested and not bracket:
            out.append(a)
        last = a.end
    return out


_LIST_FOLLOWS = re.compile(r"(?i)(?<!\w)(trong đó|gồm|bao gồm|cụ thể|như sau|gồm các nguồn)\s*:?\s*$")


_PER_HEAD = frozenset({"người", "thành viên", "xã viên", "tổ viên", "hộ", "cổ đông"})


def _unlabelled_money(s: Sent, top: list[Amount], named: set[int] = frozenset()) -> bool:
    """A money amount of a sources sentence that is none of its top-level sources nor part of
    their breakdown ("quỹ đầu tư phát triển 200 triệu đồng" after "vốn góp 800 triệu đồng"), nor
    labelled as something else (`named`: the starts of amounts a label says are no source, such as
    a loan's interest)."""
    text = s.text
    for a in s.amounts:
        # (an amount per member is a source the sentence does not total: "thành viên góp thêm 5 triệu
        # đồng/người, quỹ đầu tư phát triển 160 triệu đồng, vay … 450 triệu đồng" for 800)
        if a.kind != "money" or (a.per and a.per not in _PER_HEAD) or a.value_max is not None or \
                any(a is t for t in top) or a.start in named:
            continue
        before = [t for t in top if t.end <= a.start]
        if before:
            between = text[before[-1].end:a.start]
            if ";" not in between and _NESTED.search(between):
                continue  # the breakdown of the source before it
            if text.rfind("(", before[-1].end, a.start) > text.rfind(")", before[-1].end, a.start):
                continue  # in brackets after a source: its details ("… (lãi vay năm 2027: 96 triệu đồng; …)")
        return True
    return False


# a source word naming the programme a loan comes under ("vay Ngân hàng Chính sách xã hội 150 triệu đồng
# theo chương trình cho vay hỗ trợ tạo việc làm"): it describes that loan, it is no source without an amount
_LOAN_PROGRAMME = re.compile(r"(?i)\b(?:chương trình|nguồn vốn|quỹ)\s*(?:cho\s*)?(?:vay\s*)?$")


_INVESTMENT_HEAD = re.compile(r"(?i)đầu\s+tư|hạng\s+mục|nhu\s+cầu|sử\s+dụng\s+vốn")


def _source_runs(m: PlanModel, labs: list, skip: set[int], kinds: dict[str, Words]) -> list:
    """Capital sources listed apart from the total: a "Nguồn vốn" sentence and the list items or
    sentences right after it ("Nguồn vốn:" / "- Vốn tự có: 600 triệu đồng" / "- Vốn vay: ..."),
    in the investment or financial section. Sub-items (another list marker) are a breakdown."""
    v = m.vocab
    out = []
    sents = m.sents
    i = 0
    while i < len(sents):
        s = sents[i]
        heading = m.view.blocks[s.block - 1] if s.block > 0 else None
        headed = heading is not None and heading.kind == BlockKind.heading and \
            v.text["source_cue"].in_text(heading.text) and (i == 0 or sents[i - 1].block != s.block)
        opens = v.text["source_cue"].in_text(s.text) or headed or (  # the first sentence under "2. Nguồn vốn"
            # "Tổng vốn đầu tư 1.200 triệu đồng, trong đó:" and a list of sources below
            any(k == "total" for k, _, _ in labs[i]) and _LIST_FOLLOWS.search(s.text))
        if i in skip or s.section not in _SOURCE_SECTIONS or not opens:
            i += 1
            continue
        # a list right under a heading of the sources alone ("2. Nguồn vốn" / "- Vốn của gia đình: 250 triệu
        # đồng;"): its items are the sources (not under "Vốn đầu tư và nguồn vốn", where a list of the
        # investment's items may stand first)
        headed_list = headed and m.view.blocks[s.block].kind == BlockKind.list_item and \
            not _INVESTMENT_HEAD.search(heading.text)
        items: list[Amount] = []
        ev: list[str] = []
        marker = None
        j = i
        while j < len(sents):
            t = sents[j]
            if j > i and (t.section != s.section or t.block - sents[j - 1].block > 1 or j in skip):
                break
            lab = labs[j]
            if j > i and any(k == "total" for k, _, _ in lab):
                break
            b = m.view.blocks[t.block]
            if j > i and b.kind == BlockKind.list_item and t.block != sents[j - 1].block:
                marker = marker or b.numbering
                if b.numbering != marker:
                    j += 1
                    continue  # a sub-item: the breakdown of the item above
            got = _top_sources(t.text, lab)
            if v.text["source_cue"].in_text(t.text) and (charter := [a for k, a, _e in lab if k == "charter"]):
                got = sorted(got + charter, key=lambda a: a.start)
            one_item = False
            # (after "Nguồn vốn:", not "Tổng vốn …, gồm:"; or the list right under the heading "2. Nguồn vốn",
            # its first item included)
            if not got and b.kind == BlockKind.list_item and not any(k == "total" for k, _, _ in lab) and (
                    (j > i and t.block != sents[j - 1].block and v.text["source_cue"].in_text(s.text)) or
                    (headed_list and (j == i or t.block != sents[j - 1].block))):
                # (not the item that states the total the list then breaks down: "- Tổng vốn đầu tư:
                # 1.600 triệu đồng, trong đó:" / "+ Vốn góp …: 700 triệu đồng" / …, el01)
                # an item of the sources' list is a source whatever it is called ("- Quỹ đầu tư phát
                # triển của hợp tác xã: 200 triệu đồng"), when it holds one amount of money (its label's,
                # whatever a bracket says: "Vốn góp của cổ đông (tăng vốn điều lệ năm 2027): 1.500 triệu")
                money = [a for a in t.amounts if a.kind == "money" and not a.per and a.value_max is None]
                if len(money) == 1:
                    got, one_item = money, True
            if not got:
                if j > i:
                    break
                j += 1
                continue
            used = {e for k, _a, e in lab if k == "source"}
            # a source word in the description of a source that has its amount ("vay Ngân hàng CSXH
            # theo chương trình cho vay giải quyết việc làm 200 triệu đồng"): the next amount is that one
            starts = {a.start for k, a, _e in lab if k == "source"}

            def described(e: int) -> bool:
                nxt = min((a.start for a in t.amounts if a.kind == "money" and a.start >= e), default=None)
                return nxt in starts

            if _unlabelled_money(t, got, {a.start for k, a, _e in lab if k in ("other", "charter")}) or \
                    (not one_item and any(k == "source" and e not in used and not described(e)
                                          and not _LOAN_PROGRAMME.search(t.text[max(0, s_ - 25):s_])
                                          for s_, e, k in label_marks(t.text, kinds))):
                # an amount that is not a named source, or a source without its amount ("và các
                # nguồn khác"): the list cannot be added up
                items = []
                break
            items.extend(got)
            ev.append(t.text)
            j += 1
        if len(items) >= 2 and not any(re.search(r"(?i)\bnếu\b", e) for e in ev):
            out.append(([(a.value, a.text) for a in items], None, " ".join(ev), s.section))
        i = max(j, i + 1)
    return out


def rel_capital(m: PlanModel, spec: Spec) -> list[Hit]:
    cap = capital_facts(m)
    if not cap.totals or not cap.sources:
        return []
    targets = {round(t[0]) for t in cap.totals} | {round(x) for x in cap.items_sums}
    if len(distinct := sorted({round(t[0]) for t in cap.totals})) >= 2 and \
            not any(close(t, sum(distinct) - t, 0.005) for t in distinct):
        # the partners' investments of a joint plan, each with its own total ("Cộng vốn đầu tư tổ hợp tác | 950",
        # "… hợp tác xã | 150", "… công ty | 600") and none for the whole: their sources together fund them all (jw09)
        targets.add(sum(distinct))
    hits = []
    for items, stated, ev, sec in cap.sources:
        sums = [sum(x for x, _ in items)]
        if stated is not None:
            sums.append(stated)
        if any(close(s, t, spec.tolerance) or scale_slip(s, t) for s in sums for t in targets):
            continue
        if sums[0] <= 0:
            continue
        if any(o is not items and len(o) > len(items) and all(any(close(x, y, 0.005) for y, _ in o) for x, _ in items)
               and any(close(sum(y for y, _ in o), t, spec.tolerance) for t in targets) for o, *_ in cap.sources):
            # a sentence on the loans alone ("Khoản vay Ngân hàng CSXH 100 triệu đồng …; khoản vay Ngân hàng Nông
            # nghiệp 150 triệu đồng …") whose amounts are some of a fuller list that adds up to the total: a part of
            # the sources, told for their terms, not the plan's whole funding (hz03)
            continue
        if _support_only(items):
            # "Bảng 9. Các khoản hỗ trợ của Nhà nước": "Hỗ trợ máy móc, thiết bị | 50 %, tối đa 300 triệu đồng | 960 |
            # 300", "Hỗ trợ thiết kế bao bì … | 20": the state's support told item by item, never a plan's whole
            # funding (the support asks the producer's own counterpart money beside it: ix01, ix02, ix04, ix09)
            continue
        # report against the stated total nearest to the sources (the one the plan meant)
        total, tev, tsec = min(cap.totals, key=lambda t: abs(t[0] - sums[0]))
        s = sums[0]
        hits.append(Hit(section=sec or tsec, evidence=quote(f"{tev} || {ev}", 420) if tev != ev else quote(ev, 420),
                        params={"total": total, "sources": s, "diff": total - s,
                                "diff_pct": diff_pct(s, total)}))
        break
    return hits


# a source's label that names the state's support: "Hỗ trợ máy móc, thiết bị", "Ngân sách tỉnh hỗ trợ …"
_SUPPORT_LABEL = re.compile(r"(?i)^\W*(?:hỗ\s+trợ|kinh\s+phí\s+hỗ\s+trợ|ngân\s+sách)\b")


def _support_only(items: list[tuple[float, str]]) -> bool:
    """Every item is a table row whose label names the state's support: the support's parts, not all the sources."""
    return len(items) >= 2 and all(len(cells := ev.split("|")) >= 3 and _SUPPORT_LABEL.match(cells[1]) for _x, ev in items)


# =============================================================================== relation: payback

def _profit_series(m: PlanModel) -> list[tuple[dict[int, float], str]]:
    """Annual profit series of the plan (plan years only), one per profit row of a table that also
    holds revenue; the evidence is the row."""
    out = []
    for tm in m.tables:
        # (or a table of the profit alone: "Lợi nhuận trước thuế | Thuế TNDN | Lợi nhuận sau thuế")
        if not any(r.kind == "revenue" for r in tm.rows) and \
                not all(r.kind in ("profit", "tax") for r in tm.rows if r.vals):
            continue
        for r in tm.rows:
            if r.kind != "profit" or r.subset:
                continue
            ser = {y: x.value for y, x in r.money_years().items() if m.is_plan_year(y)}
            if len(ser) >= 1:
                out.append((ser, r.evidence))
    # yearly profits in running text, one value a year (two readings of a year: not a series)
    stated = text_yearly(m, "profit")
    if len(stated) >= 2 and all(len({x for x, _, _ in vals}) == 1 for vals in stated.values()):
        ser = {y: vals[0][0] for y, vals in stated.items()}
        # (the text's years that a table's series already gives, with the same amounts, and fewer of them: the
        # prose picks the table's good years, "từ năm 2028 lãi 530,5 …, năm 2030 lãi 1.375,4" beside a table whose
        # 2027 is "lỗ 210,8" — not a series of its own to average or accumulate (hu06))
        if not any(len(t) > len(ser) and all(y in t and close(v, t[y], 0.005) for y, v in ser.items())
                   for t, _ in out):
            out.append((ser, "; ".join(dict.fromkeys(vals[0][1] for vals in stated.values()))))
    return out


_EACH_YEAR_BEFORE = re.compile(r"(?:mỗi|hằng|hàng|moi|hang)\s+(?:năm|nam)\s*(?:là|la|khoảng|khoang|:)?\s*$")


# a span of years after an amount: "420 triệu đồng tài sản cố định trong 8 năm"
_ADDED_DEPRECIATION = re.compile(r"(?:cộng|công|cong)\s+(?:thêm\s+|them\s+)?(?:khấu|khau)\s+(?:hao)\s*(?:là|:)?\s*$")
_OVER_YEARS_AFTER = re.compile(r"(?i)[^\d.;]{0,30}?\btrong\s+(\d{1,2})\s+n(?:ă|a)m\b")  # (folded on scans)


def _depreciation(m: PlanModel) -> list[float]:
    out = []
    for r in m.rows():
        if r.kind == "depreciation":
            ys = [x.value for y, x in r.money_years().items() if m.is_plan_year(y)]
            if ys:
                out.append(sum(ys) / len(ys))
            if m.ocr and len(ys) >= 3 and min(ys) > 0 and max(ys) / min(ys) >= 5:
                # one year a scan read without its comma ("42,5 | 425 | 42,5"): the years that agree
                out.append(statistics.median(ys))
    for s in m.sents:
        # (folded: a scan's "Khẩu hao" is "khấu hao"; folding keeps each character's place)
        low = fold(s.text.lower()) if m.ocr else s.text.lower()
        word = "khau hao" if m.ocr else "khấu hao"
        if word not in low:
            continue
        money = [a for a in s.amounts if a.kind == "money"]
        # a sentence about depreciation ("Khấu hao: tàu 132 triệu đồng/năm, …; tổng 152 triệu
        # đồng/năm") gives every yearly amount; elsewhere only the amount a "khấu hao" leads to
        # ("…, khấu hao 90 triệu đồng/năm"), not the profit before it in the same sentence
        about = bool(re.match(r"(?i)\W*(?:chi phí\s+|chi phi\s+)?" + word + r"\b", low))
        for a in money:
            if a.value_max is None and a.per is None and (over := _OVER_YEARS_AFTER.match(low, a.end)) and \
                    low.rfind(word, 0, a.start) >= a.start - 20:
                # "Khấu hao 420 triệu đồng tài sản cố định trong 8 năm": the assets' value spread evenly over their years
                out.append(a.value / int(over.group(1)))
                continue
            # ("khấu hao trong 8 năm, mỗi năm 300.000 nghìn đồng": the year said before the amount)
            # (or added to the yearly profit for the payback: "Lợi nhuận bình quân 157,4 triệu đồng/năm; cộng khấu hao
            # 27,5 triệu đồng, thời gian hoàn vốn khoảng 1,7 năm", ga04)
            if a.value_max is not None or a.per != "năm" and not _EACH_YEAR_BEFORE.search(low[max(0, a.start - 16):a.start]) \
                    and not (a.per is None and _ADDED_DEPRECIATION.search(low[max(0, a.start - 24):a.start])):
                continue
            at = low.rfind(word, 0, a.start)
            if about or (at >= 0 and a.start - at <= 40 and not any(at < b.start < a.start for b in money)):
                out.append(a.value)
    return out


# a bound, not a value: "hoàn vốn dưới 1 năm", "không quá 3 năm" (at most); "trên 2 năm" (at least)
_AT_MOST_BEFORE = re.compile(r"(?i)\b(?:dưới|chưa\s+(?:đến|tới|tròn)|không\s+(?:quá|đến|tới)|tối\s+đa|nhỏ\s+hơn|"
                             r"ít\s+hơn|trong\s+vòng)\s*$")
_AT_LEAST_BEFORE = re.compile(r"(?i)\b(?:trên|hơn|ít\s+nhất|tối\s+thiểu|không\s+dưới)\s*$")


def _payback_bound(text: str, start: int) -> str | None:
    """"at_most" or "at_least" when the stated payback is a bound (the words right before it)."""
    before = text[max(0, start - 20):start]
    if _AT_LEAST_BEFORE.search(before):  # (first: "không dưới" ends with "dưới")
        return "at_least"
    if _AT_MOST_BEFORE.search(before):
        return "at_most"
    return None


def _scenario_mentions(m: PlanModel, text: str) -> tuple[list[tuple[int, int]], int] | None:
    """In a plan of several scenarios, a sentence that names one: the spans naming the scenario the plan takes
    (empty when it takes none, or the sentence names only others) and where the first name of any scenario starts;
    None for any other sentence."""
    names, chosen = plan_scenarios(m.view)
    if len(names) < 2:
        return None
    found = [(mt.start(), mt.end(), _scenario_key(mt)) for mt in _SCENARIO.finditer(text)]
    if not found:
        return None
    return [(st, e) for st, e, n in found if chosen is not None and n == chosen], found[0][0]


def _stated_payback(m: PlanModel) -> list[tuple[float, str, str | None, str | None]]:
    """The paybacks the plan states: (years, its words, section, bound), the bound "at_most" or
    "at_least" when the plan states one ("dưới 1 năm"), else None."""
    v = m.vocab
    out = []
    for r in m.rows():
        if r.kind == "payback":
            for x in r.vals:
                if x.kind == "duration":
                    yrs = x.value / 12 if x.unit == "tháng" else x.value if x.unit == "năm" else None
                    if yrs:
                        out.append((yrs, r.evidence, r.section, None))
                elif x.kind == "number" and 0 < x.value < 30:
                    out.append((x.value, r.evidence, r.section, None))
    for s in m.sents:
        low = s.text.lower()
        # (or the investment recovered, its amount between: "tổ thu hồi 1.000 triệu đồng vốn đầu tư trong khoảng 1,4
        # năm", if05)
        spans = sorted(v.text["payback"].char_spans(s.text) + [mm.span() for mm in _RECOVERS_CAPITAL.finditer(s.text)])
        if not spans:
            continue
        lo, hi = 0, len(s.text)
        if _CUMULATIVE_FLOW.search(s.text):
            continue  # "…khoảng 2,4 năm; dòng tiền lũy kế chuyển sang dương trong năm 2029": a cash-flow payback (hi03)
        if v.text["payback_skip"].in_text(s.text):
            # a discounted payback or a cash flow's: skipped, but not the simple payback said in its own clause
            # ("Thời gian hoàn vốn khoảng 1,8 năm; tính có chiết khấu khoảng 2,1 năm", ie05)
            clauses = [(mm.start(), mm.end()) for mm in re.finditer(r"[^;]+", s.text)]
            ok = [(a, b) for a, b in clauses if not v.text["payback_skip"].in_text(s.text[a:b])]
            spans = [sp for sp in spans if any(a <= sp[0] < b for a, b in ok)]
            if not spans:
                continue
            lo, hi = next((a, b) for a, b in ok if a <= spans[0][0] < b)
        first = spans[0][1]
        durs = [a for a in s.amounts if a.kind == "duration" and a.start >= first and a.unit in ("năm", "tháng")
                and a.value_max is None and lo <= a.start < hi]
        if not durs:
            # the time said before the cue: "…, nên sau khoảng 1,3 năm là hoàn vốn", "3 năm thì hoàn vốn"
            durs = [a for a in s.amounts if a.kind == "duration" and a.unit in ("năm", "tháng") and a.value_max is None
                    and a.end <= spans[0][0] and _TIME_THEN_CUE.fullmatch(s.text, a.end, spans[0][0])][-1:]
        if not durs:
            continue
        if _ITEM_ALONE.match(s.text) and (totals := [t[0] for t in capital_facts(m).totals]) and any(
                b.kind == "money" and not b.per and b.end <= spans[0][0] and b.value < 0.5 * min(totals)
                for b in s.amounts):
            continue  # "Riêng hệ thống điện mặt trời 45 triệu đồng thu hồi sau khoảng 7 năm": one item's payback (iu03)
        # the result of the sentence's own reckoning ("… trên hai năm sản xuất đủ 12 tháng …: 1.150 : (513,4 + 90)
        # ≈ 1,9 năm"): the time after "=" or "≈", not a span of months named on the way
        a = next((d for d in durs if _RESULT_BEFORE.search(s.text, 0, d.start)), durs[0])
        if (scen := _scenario_mentions(m, s.text)) is not None:
            # a plan of several scenarios: the payback said of the one it takes, nothing when it takes none or the
            # sentence speaks of another only. A sentence that opens on a time names each scenario after its time
            # ("1,7 năm với phương án cơ sở và 3,4 năm với …", "4,8 năm so với 1,2 năm của phương án cơ sở"); one
            # that opens on a scenario, before ("của phương án cơ sở khoảng 1,9 năm; của phương án thận trọng …")
            spans, first = scen
            after_time = durs[0].start < first
            picked = [(max((d for d in durs if d.end <= st), key=lambda d: d.start, default=None) if after_time
                       else min((d for d in durs if d.start >= e), key=lambda d: d.start, default=None))
                      for st, e in spans]
            picked = [d for d in picked if d is not None]
            if not picked:
                continue
            a = picked[0]
        yrs = a.value if a.unit == "năm" else a.value / 12
        # "3 năm 6 tháng" (not "0,9 năm (11 tháng)": the same time in months)
        nxt = next((d for d in durs if d.start > a.start), None)
        if a.unit == "năm" and nxt is not None and nxt.unit == "tháng" and nxt.start - a.end <= 3 and \
                a.value == int(a.value) and "(" not in s.text[a.end:nxt.start]:
            yrs += nxt.value / 12
        if re.search(r"(?i)thời hạn|vay|ân hạn", low[first:a.start]):
            continue
        if _CUMULATIVE.search(s.text[first:a.start]):
            # "thời gian hoàn vốn = 2 + (1.000 - 791,65) : 563,9 ≈ 2,4 năm": whole years of cash flow, then
            # the part of the next; not set against the investment over the average profit
            continue
        out.append((yrs, s.text, s.section, _payback_bound(s.text, a.start)))
    return out


# a payback read off the cumulative cash flow, said in its sentence
_CUMULATIVE_FLOW = re.compile(r"(?i)\bdòng\s+tiền\s+(?:tích\s+lũy|lũy\s+kế|luỹ\s+kế|cộng\s+dồn)\b")
# the investment recovered in so long, its amount said between: "thu hồi 1.000 triệu đồng vốn đầu tư trong khoảng"
_RECOVERS_CAPITAL = re.compile(r"(?i)\bthu\s+hồi\s+(?:đủ\s+|hết\s+|toàn\s+bộ\s+)?[\d.,]+\s*(?:triệu|tỷ|nghìn)?\s*(?:đồng|đ)\s+"
                               r"(?:tiền\s+)?vốn(?:\s+đầu\s+tư)?\s+(?:trong|sau)\b")


def _within_bound(bound: str | None, yrs: float, computed: Iterable[float], tolerance: float) -> bool:
    """The stated payback is a bound ("dưới 1 năm") that one of the computed readings keeps."""
    if bound == "at_most":
        return any(c <= yrs * (1 + tolerance) for c in computed)
    if bound == "at_least":
        return any(c >= yrs * (1 - tolerance) for c in computed)
    return False


_CUMULATIVE = re.compile(r"\d\s*\+\s*\(")
_RESULT_BEFORE = re.compile(r"[=≈]\s*(?:khoảng\s+|xấp\s+xỉ\s+)?$")
# a sentence about one item alone: "Riêng hệ thống điện mặt trời …", "Riêng phần máy sấy …"
_ITEM_ALONE = re.compile(r"(?i)^\W*riêng\b")
# between a time and the payback cue after it: "1,3 năm [là] hoàn vốn", "3 năm [thì sẽ] hoàn vốn"
_TIME_THEN_CUE = re.compile(r"(?i)\s*(?:là|thì|sẽ|mới|có\s+thể|đã|thì\s+sẽ|là\s+có\s+thể|là\s+đã)?\s*(?:được\s+)?")


def rel_payback(m: PlanModel, spec: Spec) -> list[Hit]:
    stated = _stated_payback(m)
    if not stated:
        return []
    cap = capital_facts(m)
    invest = {round(t[0]) for t in cap.totals} | {round(x) for x in cap.items_sums}
    if own := {round(t[0]) for t in cap.totals if t[2] == "investment"}:
        # (the parts' totals of an investment split in two, "Cộng (a) | 1.330", "Cộng (b) | 550", beside their sum,
        # "Tổng vốn đầu tư (a + b) | 1.880": the sum is the investment)
        parts = {x for x in own for z in own if z != x and any(close(x + z, y, 0.002) for y in own)}
        own = own - parts or own
        # the investment part states its total: a smaller total of another part (the equipment list's
        # "Cộng | 950" under the technology, beside "Tổng cộng | 2.000" of the investment) is a share of
        # it, no basis of the plan's payback
        invest = {x for x in invest if x in own or x >= min(own) * 0.99}
    if not cap.totals:
        # no total stated (or a scan lost its row): the sources the plan lists add up to it as well
        # ("thành viên góp 300 triệu đồng …; vay Ngân hàng CSXH 150 triệu đồng")
        invest |= {round(sum(x for x, _ in items)) for items, _stated, _ev, _sec in cap.sources}
    # (an investment under a million đồng is a number that lost its unit: "800 : (833,5 + 80)" on a
    # scan that read "≈" as "+", not 800 đồng)
    invest = {x for x in invest if x >= 1e6}
    # (an increment plan's only profit is the one its investment adds: "Lợi nhuận tăng thêm | 98,9 | 212,9 | 404,8",
    # ii06)
    series = _profit_series(m) or _added_profit_series(m)[:1]
    # (a series that repeats some years of a longer one, "Mục tiêu năm 2029 | 858,2" of the earlier plan's review
    # beside "Lợi nhuận | 454,3 | 584,4 | 858,2": its mean is no average profit of the plan, only the best year's, ji06)
    series = [(ser, ev) for ser, ev in series if not any(
        len(other) > len(ser) and all(y in other and close(v, other[y], 0.001) for y, v in ser.items())
        for other, _ in series)]
    profits: list[float] = []
    cumul: list[list[float]] = []
    for ser, _ in series:
        ys = [ser[y] for y in sorted(ser)]
        if ys:
            profits.append(sum(ys) / len(ys))
            cumul.append(ys)
    kinds = {"avg": m.vocab.text["average_profit"], "revenue": m.vocab.rows["revenue"],
             "cost": _fixed_words(["chi phí"]), "invest": m.vocab.text["investment_total"]}
    for s in m.sents:
        for k, a, _ in labelled(s, kinds, lambda a: a.kind == "money" and a.value_max is None
                                and a.per in (None, "năm"), 40):
            if k == "avg" and not _last_year_as_average(a.value, series):
                # (an "average" that is the last and best year's profit, well above the years' mean: "Lợi
                # nhuận bình quân ba năm khoảng 1.610,9" when the years make 53, 635,3 and 1.610,9, is no
                # average, and no basis of the payback)
                profits.append(a.value)
    if not invest or not profits:
        return []
    deps = _depreciation(m)
    # a scan that lost the depreciation row's years (gc03): the payback's basis is not known, when a depreciation of up
    # to half the profit would account for the stated years (not "1,2 năm" for 1.000 : 465,5, u09)
    dep_lost = m.ocr and not deps and any(r.kind == "depreciation" and not r.money_years() for r in m.rows())
    # (years, investment, annual profit, depreciation, method, the yearly amounts accumulated)
    cands: list[tuple[float, float, float, float, str, list[float]]] = []
    for i in invest:
        for p in profits:
            for d in [0.0, *deps]:
                if p + d > 0:
                    cands.append((i / (p + d), i, p, d, "average", []))
        for ys in cumul:
            for d in [0.0, *deps]:
                yearly = [y + d for y in ys]
                yrs = _cumulative_payback(i, yearly)
                if yrs is not None:
                    cands.append((yrs, i, sum(ys) / len(ys), d, "cumulative", yearly))
    if not cands:
        return []
    # (what a payback the plan works out in writing may rest on: each year's profit, and the means of runs of years
    # and of the profit the investment adds; read once, not for each stated payback)
    year_profits = [v for ser, _ in series for v in ser.values()]
    means = _run_means(series) + _added_profit_means(m)
    hits = []
    for yrs, ev, sec, bound in stated:
        # how far a stated value may be rounded: as far as its own precision
        slack = spec.min_years if _close_to_int(yrs) else spec.min_years / 2 if _close_to_int(2 * yrs) \
            else spec.min_years / 5
        own = _basis_year_cands(ev, invest, series, deps)
        if _within_bound(bound, yrs, [c[0] for c in [*cands, *own]], spec.tolerance):
            continue
        if dep_lost and yrs > 0 and any(0 <= i / yrs - p <= 0.5 * p for i in invest for p in profits if p > 0):
            continue
        if _own_payback_calc(m, ev, invest, year_profits + deps + profits + means, series, deps):
            continue
        if _worded_reckoning(ev, yrs, invest, year_profits + profits + means, m.view.doc.number_style, series, deps):
            continue  # "600 triệu đồng : (258,4 triệu đồng lợi nhuận bình quân + 39,0 triệu đồng khấu hao) = khoảng 2,0
            # năm": the plan's own reckoning, worded, right, on its investment and its average profit (ig04)
        if m.ocr and _scan_reckons(ev, yrs, m.view.doc.number_style, spec.tolerance):
            continue  # "Thời gian hoàn vốn 845 : (447,0 + 62,0) 1,7 năm": a scan lost the "=" and "≈" of its reckoning (gz03)
        if basis := _basis_in_sentence(ev):
            # "Cộng khấu hao, dòng tiền thu về mỗi năm khoảng 1.282 triệu đồng; thời gian hoàn vốn dự
            # kiến khoảng 1,3 năm": the plan's own yearly amount, said with the payback, is its basis
            own_c = [(i / b, i, b) for i in invest for b in basis]
            # (a basis that is the plan's profit, its depreciation added as in any cash-flow payback: "Khấu hao
            # … mỗi năm 47,5 triệu đồng. Với lợi nhuận bình quân 136,3 triệu đồng/năm, thời gian hoàn vốn khoảng
            # 3,8 năm" is 700 : (136,3 + 47,5))
            own_c += [(i / (b + d), i, b + d) for i in invest for b in basis for d in deps
                      if d > 0 and any(close(b, p, 0.01) for p in profits)]
            # (or the sentence's amount is the depreciation it adds to the average profit: "… chia cho lợi nhuận bình
            # quân cộng khấu hao (51,5 triệu đồng/năm)")
            own_c += [(i / (p + b), i, p + b) for i in invest for b in basis for p in profits
                      if any(close(b, d, 0.01) for d in deps)]
            if any(abs(yrs - c) <= max(spec.tolerance * c, slack) for c, _, _ in own_c):
                continue
            c, i, b = min(own_c, key=lambda t: abs(t[0] - yrs))
            d = next((d for d in deps if any(close(b - d, p, 0.01) for p in profits)), 0.0)
            hits.append(Hit(section=sec, evidence=quote(ev, 400),
                            params={"stated": round(yrs, 2), "expected": round(c, 1), "investment": i,
                                    "profit": b - d, "depreciation": d, "method": "average", "yearly": [],
                                    "diff_pct": diff_pct(yrs, c)}))
            continue
        if any(abs(yrs - c[0]) <= max(spec.tolerance * c[0], slack) for c in [*cands, *own]):
            continue
        if m.ocr and yrs >= 10 and _close_to_int(yrs) and \
                any(abs(yrs / 10 - c[0]) <= max(spec.tolerance * c[0], slack) for c in [*cands, *own]):
            continue  # a scan lost the decimal comma: "17" for "1,7" years (ej03)
        # the reading nearest to the stated value: the kindest to the plan; the message shows the
        # figures of that reading (the average profit, or the yearly profits accumulated)
        c, i, p, d, method, yearly = min(cands, key=lambda t: abs(t[0] - yrs))
        hits.append(Hit(section=sec, evidence=quote(ev, 400),
                        params={"stated": round(yrs, 2), "expected": round(c, 1), "investment": i, "profit": p,
                                "depreciation": d, "method": method, "yearly": yearly,
                                "diff_pct": diff_pct(yrs, c)}))
    return hits[:1]


# "tính theo năm đầu", "tính trên lợi nhuận năm 2027", "dựa trên lợi nhuận của năm thứ hai", "căn cứ
# lợi nhuận năm sản xuất ổn định 2027"
_BASIS_YEAR = re.compile(r"(?i)(?:tính\s+)?(?:theo|trên|dựa\s+(?:trên|vào)|căn\s+cứ(?:\s+vào)?)\s+"
                         r"(?:lợi\s+nhuận\s+(?:sau\s+thuế\s+|trước\s+thuế\s+)?)?(?:của\s+)?"
                         r"(" + _ORD + r"|năm\s+(?:(?:sản\s+xuất\s+)?ổn\s+định\s+)?((?:19|20)\d\d))")


def _basis_year_cands(text: str, invest: set[float], series: list, deps: list[float]) -> list[tuple[float]]:
    """A payback the plan says it computes on one year's profit ("tính theo năm đầu: 400 :
    (143,75 + 40) ≈ 2,2 năm", "theo năm 2027"): the investment over that year's profit."""
    m = _BASIS_YEAR.search(text)
    if not m:
        return []
    out = []
    for ser, _ in series:
        years = sorted(ser)
        if m.group(4):
            p = ser.get(int(m.group(4)))
        else:
            k = _ord_value(re.match(_ORD, m.group(1), re.I))
            p = ser[years[k - 1]] if 0 < k <= len(years) else None
        for i in invest:
            for d in [0.0, *deps]:
                if p is not None and p + d > 0:
                    out.append((i / (p + d),))
    return out


_BASIS_CUE = re.compile(r"(?i)(?:dòng tiền|thu về|lợi nhuận(?: sau thuế| trước thuế)? (?:bình quân|trung bình)|"
                        r"lãi (?:bình quân|ròng bình quân))[^;.\d]{0,30}$")


def _basis_in_sentence(text: str) -> list[float]:
    """The yearly amount the payback sentence itself gives as its basis, before the payback ("dòng
    tiền thu về mỗi năm khoảng 1.282 triệu đồng; thời gian hoàn vốn …"): one money amount after a
    cash-flow or average-profit cue."""
    if re.search(r"\d\s*[:÷]\s*\(?\s*\d", text):
        return []  # the division written out ("5 000 : (1 205 + 300) ≈ 3,3 năm") is its own basis
    got = [a.value for a in find_amounts(text) if a.kind == "money" and a.value_max is None and a.value > 0
           and a.per in (None, "năm") and _BASIS_CUE.search(text[max(0, a.start - 60):a.start])
           and not re.search(r"(?i)khấu hao\s*(?:khoảng\s*)?$", text[max(0, a.start - 25):a.start])]
    return got if len(got) == 1 else []


def _same_scaled(raw: float, amount: float) -> bool:
    """A number as written ("883,5") is an amount in đồng (883.500.000) at some scale."""
    return any(abs(raw * 1000.0 ** k - amount) <= 0.005 * abs(amount) for k in range(4))


_DIVIDED_BY_SUM = re.compile(r"(\d[\d.,]*)\s*:\s*\(\s*(\d[\d.,]*)\s*\+\s*(\d[\d.,]*)\s*\)")


# a division by a sum with words between the numbers: "600 triệu đồng : (258,4 triệu đồng lợi nhuận bình quân + 39,0
# triệu đồng khấu hao) = khoảng 2,0 năm"
_WORDED_DIVISION = re.compile(r"(\d[\d.,]*)[^\d:()]{0,20}:\s*\(\s*(\d[\d.,]*)[^\d+()]{0,40}\+\s*(\d[\d.,]*)[^\d()]{0,40}\)"
                              r"\s*(?:=|≈|~)\s*(?:khoảng\s+|xấp\s+xỉ\s+)?(\d[\d.,]*)\s*năm")


def _worded_reckoning(ev: str, yrs: float, invest: set[float], pool: list[float], style: str,
                      series: list, deps: list[float]) -> bool:
    """The payback's sentence divides the investment by the sum of a profit of the plan's (`pool`: its years', their
    means, its stated averages) and another amount, with the
    amounts' words between them, and gets the stated years right (not on the best year's profit alone, as
    `_own_payback_calc`)."""
    for mm in _WORDED_DIVISION.finditer(ev):
        i, a, b, n = (parse_number(g, style) for g in mm.groups())
        if None in (i, a, b, n) or a + b <= 0 or abs(n - yrs) > 0.05:
            continue
        if abs(i / (a + b) - n) <= 0.05 * n + 0.05 and any(_same_scaled(i, x) for x in invest) and \
                any(_same_scaled(a, p) or _same_scaled(b, p) for p in pool if p > 0) and \
                not (not _BASIS_YEAR.search(ev) and _best_year_only([a, b], series, deps)):
            return True
    return False


def _scan_reckons(ev: str, yrs: float, style: str, tol: float) -> bool:
    """On a scan, the payback's sentence divides an amount by a sum ("845 : (447,0 + 62,0)") to the stated years: the
    plan's own reckoning, its "=" and "≈" lost to the engine, so that the sentence is no statement to check."""
    for mm in _DIVIDED_BY_SUM.finditer(ev):
        a, b, c = (parse_number(g, style) for g in mm.groups())
        if a and b is not None and c is not None and b + c > 0 and close(a / (b + c), yrs, tol, 0.05):
            return True
    return False


# a row of the profit the investment adds over the present: "Lợi nhuận tăng thêm | 98,9 | 212,9 | 404,8"
_ADDED_PROFIT_ROW = re.compile(r"(?i)^\W*lợi\s+nhuận\b.*\btăng\s+thêm\b")


def _added_profit_series(m: PlanModel) -> list[tuple[dict[int, float], str]]:
    """The rows of profit the investment adds ("Lợi nhuận tăng thêm | 98,9 | 212,9 | 404,8"), by plan year, each with
    its row: an increment plan's profit, its only one when it reckons the increment alone (ii06)."""
    return [({y: x.value for y, x in r.money_years().items() if y is not None and m.is_plan_year(y)}, r.evidence)
            for r in m.rows() if _ADDED_PROFIT_ROW.match(r.label or "") and r.money_years()]


def _added_profit_means(m: PlanModel) -> list[float]:
    """The means and years of the rows of profit the investment adds: the basis of a payback that an increment plan
    reckons on the added profit alone ("Lợi nhuận tăng thêm bình quân 238,9 … 1.400 : (238,9 + 109,0) = 4,0 năm", ii06)."""
    return [v for ser, _ in _added_profit_series(m) if ser for v in (sum(ser.values()) / len(ser), *ser.values())]


def _run_means(series: list) -> list[float]:
    """The mean profit of each run of two or more consecutive years of a series that is not the whole: a payback
    reckoned over the full years only ("trên hai năm sản xuất đủ 12 tháng (Năm 2 và Năm 3) … 1.150 : (513,4 + 90)",
    gr02) divides by one of them."""
    out = []
    for ser, _ in series:
        vals = [ser[y] for y in sorted(ser)]
        out += [sum(vals[i:j]) / (j - i) for i in range(len(vals)) for j in range(i + 2, len(vals) + 1)
                if (i, j) != (0, len(vals))]
    return out


def _own_payback_calc(m: PlanModel, ev: str, invest: set[float], pool: list[float],
                      series: list | None = None, deps: list[float] = ()) -> bool:
    """The plan works its payback out in the sentence that states it, correctly, from its own total
    investment over amounts it states as profit or depreciation ("tính theo năm sản xuất ổn định
    2027: 2.000 : (3.417,9 + 150) ≈ 0,6 năm"): the basis is the plan's choice, not an error. Unless,
    without naming a basis, it divides by the best year's profit alone, well above the others ("800 :
    1.127,8 ≈ 0,7 năm" when the years make 250, 368,5 and 1.127,8): that is no payback of the plan."""
    for _, c, rel in _plan_calcs(m):
        if rel != "payback" or c.text not in ev or c.wrong(0.05) or not c.divisor_operands:
            continue
        if not any(_same_scaled(c.operands[0], i) for i in invest):
            continue
        if all(any(_same_scaled(x, p) for p in pool if p > 0) for x in c.divisor_operands):
            return not (series and not _BASIS_YEAR.search(ev) and _best_year_only(c.divisor_operands, series, deps))
    return False


def _last_year_as_average(value: float, series: list) -> bool:
    """A stated average profit that is the last plan year's, the best, a fifth or more above the years'
    mean. (The last year's only: a scan that misread the last year, "52" for 352, leaves the true average,
    the middle year's 239, looking like the best.)"""
    for ser, _ in series:
        ys = sorted(ser)
        vals = [ser[y] for y in ys]
        if len(vals) >= 2 and vals[-1] == max(vals) > 0 and _same_scaled(value, vals[-1]) \
                and sum(vals) / len(vals) <= 0.8 * vals[-1]:
            return True
    return False


def _best_year_only(divisor: list[float], series: list, deps: list[float]) -> bool:
    """The divisor is one year's profit (beside any depreciation), the best of a series whose
    average falls short of it by a fifth or more."""
    rest = [x for x in divisor if not any(_same_scaled(x, d) for d in deps if d > 0)]
    if len(rest) != 1:
        return False
    for ser, _ in series:
        vals = list(ser.values())
        if len(vals) >= 2 and max(vals) > 0 and _same_scaled(rest[0], max(vals)) \
                and sum(vals) / len(vals) <= 0.8 * max(vals):
            return True
    return False


def _close_to_int(x: float) -> bool:
    return abs(x - round(x)) < 1e-6


def _cumulative_payback(invest: float, profits: list[float]) -> float | None:
    if not profits or profits[-1] <= 0:
        return None
    acc = 0.0
    for k, p in enumerate(profits):
        if acc + p >= invest and p > 0:
            return k + (invest - acc) / p
        acc += p
    return len(profits) + (invest - acc) / profits[-1]


# =============================================================================== output series

def _barely_read(m: PlanModel, x: Val) -> bool:
    """On a scan, a cell whose reading is no evidence of what it holds: read at less than a third of certainty
    ("19.025" at 18 % in a cell of debris, "13,J0U - 19.025)", for the column's "15.025"), or at barely even odds
    with its thousands marks lost ("20501" at 51 % for "2.050|", the bar read as a digit). (A well-written
    "15.025" read at 32 % is the plan's figure more often than not.)"""
    return m.ocr and x.conf is not None and (
        x.conf < _UNREAD or (x.conf < _BARELY_READ and bool(_MARKS_LOST.fullmatch(x.text.strip()))))


_UNREAD = 30.0
_MARKS_LOST = re.compile(r"\d{5,}")


def _planned_qty(m: PlanModel, y: int | None, x: Val) -> bool:
    """A row's quantity that is a plan year's output as read: a plan year, one amount (no range), and not
    barely read."""
    return y is not None and m.is_plan_year(y) and x.vmax is None and not _barely_read(m, x)


def _mixed_conversion(m: PlanModel, r: Row, noun: set[str]) -> bool:
    """A conversion row that adds up the packs of several products ("Quy ra kg sản phẩm | 3.260" under "Cao chè vằng
    hộp 200 g" and "Chè vằng khô cắt đoạn túi 1 kg"), held against a capacity that counts one of them ("8 kg cao"):
    no output of that one. (A line shared by all of them, "khâu chung của cả ba loại kẹo", names none.)"""
    if not noun or not _CONVERTED_ROW.match(r.label or ""):
        return False
    folded = {_bare(w) for w in noun}
    if folded <= {"san", "pham", "sp", "thanh"}:
        return False  # "18 sản phẩm/ngày" counts every piece, whichever product (ie10)
    own = {_bare(w) for w in product_tokens(_CONVERTED_ROW.sub(" ", r.label or "", count=1), m.vocab)}
    if folded <= own:
        return False  # the conversion names the product it converts: "Quy đổi: tương ớt" for "110 kg tương/ngày" (ih09)
    heads = set()
    for o in m.table(r.table).rows[:r.index]:
        if o.total or o.subset or not any(x.year is not None for x in o.vals):
            continue
        # (the product a row names by its first word, its pack aside: "Cao chè vằng hộp 200 g" against "Chè vằng khô
        # … túi 1 kg"; "Chai 500 ml" and "Can 5 lít" name packs of one product)
        first = next((w for w in re.findall(r"[^\W\d_]+", o.label or "") if not _is_unit_word(w)), None)
        if first:
            heads.add(_bare(first.lower()))
    return len(heads) > 1 and not heads <= folded


# a row of what is harvested: "Tổng sản lượng thu hoạch", "Búp tươi thu hái", "Sản lượng củ thu được"
_HARVEST_ROW = re.compile(r"(?i)\bthu\s+(?:hoạch|hái)\b|\bsản\s+lượng\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+thu\s+được\b")


# a table that shares a harvest out among its uses: "Phân chia búp chè tươi thu hái", "Phân bổ củ nghệ tươi theo năm và
# mục đích", a column "Mục đích sử dụng"
# (not the product's, the money's or the people's: "Phân bổ sản lượng theo kênh", "Phân bổ vốn")
_SHARED_OUT = re.compile(r"(?i)\bphân\s+(?:chia|bổ)\b(?!\s+(?:sản\s+lượng|sản\s+phẩm|thành\s+phẩm|doanh\s+thu|vốn|chi\s+phí|"
                         r"lợi\s+nhuận|lao\s+động|thu\s+nhập|lãi)\b)|\bmục\s+đích\s+sử\s+dụng\b|"
                         r"\btheo\s+(?:[^\W\d]+\s+){0,3}mục\s+đích\b")


def _allocation_table(m: PlanModel, table: int) -> bool:
    """The table shares the material out among its uses (processing, fresh sales, seed, losses): its rows count the
    material, each use's share, not the product made of it."""
    key = ("allocation", table)
    if key not in m._cache:
        tm = m.table(table)
        m._cache[key] = bool(_SHARED_OUT.search(_caption_tail(tm.caption) + " " + " ".join(h or "" for h in tm.header))) \
            or _growers_output_table(m, table)
    return m._cache[key]


# the producer buying from its growers: "HTX thu mua", "Tổ thu mua", "Cơ sở thu mua để chế biến"
_BUYS_IN = re.compile(r"(?i)\bthu\s+mua\b")


def _growers_output_table(m: PlanModel, table: int) -> bool:
    """The members' or households' whole output and where it goes, the producer's purchase one of its parts ("Tổng sản
    lượng | 190.600", "Tổ thu mua | 45.740", "Bán thương lái | 98.740", "Bán lẻ", "Để dùng"): the growers' harvest, of
    which the producer buys a share, no output of its own (il02, il06, il07). Read once a table."""
    key = ("growers", table)
    if key not in m._cache:
        tm = m.table(table)
        totals = [r for r in tm.rows if r.total and r.kind == "quantity" and r.qty_years()]
        bought = [r for r in tm.rows if "supply" in r.flags and _BUYS_IN.search(r.label or "") and r.qty_years()]
        units = {x.unit for x in totals[0].qty_years().values()} if len(totals) == 1 else set()
        m._cache[key] = bool(units) and bool(bought) and not any("need" in r.flags for r in tm.rows) and \
            any(x.unit in units for r in bought for x in r.qty_years().values())
    return m._cache[key]


def output_series(m: PlanModel) -> dict[str, dict[int, tuple[float, Row]]]:
    """Planned output by unit: the largest production row per year (plan years), from the rows
    that name output (not a material need, a supply, a price or a capacity)."""
    if "output" in m._cache:
        return m._cache["output"]
    out: dict[str, dict[int, tuple[float, Row]]] = defaultdict(dict)
    # units with a row that states the output ("Tổng sản lượng cao | kg"): other rows in that unit
    # are then materials or by-products ("Đinh lăng tươi | kg | 63.000"), not output
    # a row that names only a material the plan gives a norm for ("Tôm tươi" beside "3 kg tôm tươi
    # cho 1 kg thành phẩm") is the input, not the output
    materials = [frozenset(r.material) for r in ratios(m) if r.material]

    name = _product_name_words(m)

    def material_rows(r: Row) -> bool:
        # a harvest shared out among its uses, a balance's supply row, a processor's harvest: material, not output
        # (and a crop of the raw-material part that is not the product at all: "Sản lượng bưởi Phúc Trạch" of the
        # orchard the tea herb grows under, sold fresh by the members, je08)
        return _allocation_table(m, r.table) or id(r) in _balance_supply_rows(m) or \
            (r.section == "raw_materials" and bool(materials) and bool(_HARVEST_ROW.search(r.label or ""))) or \
            (r.section == "raw_materials" and bool(name) and bool(w := _label_words(r.label)) and not w & name)

    stated = {x.unit for r in m.rows() if r.kind == "quantity" and not r.subset
              and not r.flags & {"need", "supply", "input"} and not material_rows(r) for y, x in r.qty_years().items()
              if y is not None and m.is_plan_year(y)}  # (a table of past years states no plan output)
    dated = m.view.dated.year if m.view.dated else None
    sources = _summed_into_supply(m)
    for r in m.rows():
        if r.subset or r.flags & {"need", "supply", "input", "market"} or \
                r.kind in ("capacity", "price", "cost", "cost_line"):
            continue
        if r.section in ("raw_materials",) and r.kind != "quantity":
            continue
        if r.section == "raw_materials" and id(r) in sources:
            continue  # a source the supply total adds up ("Sản lượng thu (7.000 kg/ha) | 7.000" over "Cộng nguồn cung", hu02)
        if material_rows(r):
            # "Phân chia búp chè tươi …: Sao sấy chè búp khô | 33.550": the fresh buds each use takes (ih06); a
            # processor's harvest ("Tổng sản lượng thu hoạch | 61.000" of fresh tea buds beside "4,5 kg búp tươi cho 1
            # kg chè khô"): the material, not the output (ih06, ih07)
            continue
        # (a row converting the packs above it into their weight is output, whatever material its words name: "Quy
        # đổi: tương ớt | kg | 36.000" beside "… kg ớt tươi cho 1 kg tương", ih09)
        if r.kind != "quantity" and not _CONVERTED_ROW.match(r.label or "") and \
                (words := product_tokens(r.label, m.vocab)) and any(_names_material(m, words, mat) for mat in materials):
            continue
        for y, x in r.qty_years().items():
            if r.kind != "quantity" and x.unit in stated:
                continue
            if not _planned_qty(m, y, x):
                continue
            if r.section in _PAST_SECTIONS and dated is not None and y <= dated:
                continue  # "Lá tươi thu hoạch (tấn) | 13 | 16 | 18" for 2024-2026 under the present state
            cur = out[x.unit].get(y)
            if cur is None or x.value > cur[0]:
                out[x.unit][y] = (x.value, r)
    _finished_rows_first(m, out)
    _own_made_only(m, out)
    m._cache["output"] = dict(out)
    return m._cache["output"]


def _product_name_words(m: PlanModel) -> frozenset[str]:
    """The common words of the product's name, not its place's: "Trà cà gai leo Hương Trạch" is {trà, cà, gai, leo}
    (its first word capitalised as any name's is)."""
    words = re.findall(r"[^\W\d_]+", m.view.plan.product.name or "")
    return _label_words(" ".join(w for i, w in enumerate(words) if i == 0 or w[0].islower()))


def _finished_rows_first(m: PlanModel, out: dict[str, dict[int, tuple[float, Row]]]) -> None:
    """A table that walks from the material to the product ("Thịt tinh, 100 kg/con (kg) | 11.400", "Bò khô thành phẩm,
    2,5 kg thịt/kg (kg) | 4.560"): in its unit the output is its one row of the finished product, not the larger
    amount of what goes into it (gw10)."""
    for unit, ser in out.items():
        for y, (_q, r) in list(ser.items()):
            if _FINISHED.search(r.label or ""):
                continue
            fin = [(x, o) for o in m.table(r.table).rows if o is not r and not o.subset and _FINISHED.search(o.label or "")
                   and not o.flags & {"need", "supply", "input", "market"} and o.kind not in ("capacity", "price", "cost")
                   and (x := o.qty_years().get(y)) is not None and x.unit == unit and x.vmax is None]
            if len(fin) == 1:
                ser[y] = (fin[0][0].value, fin[0][1])


# goods bought finished and sold on ("Hàng liên kết mua về bán lại", "Chè búp khô, túi 500 g (hàng liên kết)")
_RESOLD = re.compile(r"(?i)\bbán\s+lại\b|\bhàng\s+(?:liên\s+kết|mua\s+về|mua\s+ngoài|thương\s+mại)\b")
# what the producer makes itself ("Sản lượng tự sản xuất", "Quy đổi: hàng tự sản xuất")
_OWN_MADE = re.compile(r"(?i)\btự\s+(?:sản\s+xuất|chế\s+biến|làm|dệt|đan)\b")


def _own_made_rows(m: PlanModel) -> dict[str, list[Row]]:
    """A producer that also sells goods it buys finished from others, and says how much it makes itself: by
    unit, its rows of what it makes ("Sản lượng tự sản xuất | 2.020 | 2.240 | 2.460"). In those units the output is
    what it makes, not its sales or its supply with the bought goods ("Tổng lượng bán ra | 2.600 | 2.870 | 3.140"):
    its equipment and its material serve only what it makes. Empty for a plan that sells only its own goods."""
    if "own_made" in m._cache:
        return m._cache["own_made"]
    out: dict[str, list[Row]] = defaultdict(list)
    # (the rows of a table that also holds the bought goods: a goods balance, where "Sản lượng tự sản xuất" is
    # the output; elsewhere the words name the producer's own-grown material)
    for tm in m.tables:
        if not any(_RESOLD.search(r.label or "") and r.qty_years() for r in tm.rows):
            continue
        for r in tm.rows:
            if _OWN_MADE.search(r.label or "") and not _RESOLD.search(r.label or "") and "need" not in r.flags:
                for unit in {x.unit for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y)}:
                    out[unit].append(r)
    m._cache["own_made"] = dict(out)
    return m._cache["own_made"]


def _own_made_only(m: PlanModel, out: dict[str, dict[int, tuple[float, Row]]]) -> None:
    """`output_series` in the units the producer says what it makes itself (`_own_made_rows`): those rows."""
    for unit, rows in _own_made_rows(m).items():
        if unit not in out:
            continue
        by_year: dict[int, tuple[float, Row]] = {}
        for r in rows:
            for y, x in r.qty_years().items():
                if y is not None and m.is_plan_year(y) and x.unit == unit and (y not in by_year or x.value > by_year[y][0]):
                    by_year[y] = (x.value, r)
        out[unit] = by_year


def _names(noun: set[str], label: set[str]) -> bool:
    """A row label names what a capacity counts: all of its words, or two of them ("thịt cá" is not
    the whole fish of "Cá lóc tươi", which shares "cá" only)."""
    return noun <= label or len(noun & label) >= 2


# (also a table of a material's sources and the need beside them: "Bảng 3. Nguồn cung và nhu cầu nguyên liệu",
# "Nhu cầu và nguồn cung lạc nhân")
# (the source named by its material too: "Bảng 3. Nguồn mật ong thô và nhu cầu nguyên liệu", he02)
_BALANCE_CAPTION = re.compile(r"(?i)\bcân\s+đối\b|\bnguồn\s+(?:cung|cung\s+cấp|cung\s+ứng|(?!vốn\b)[^\W\d][^.;:\d]{0,30}?)\s*"
                              r"(?:,|\svà|&|-|–)\s*nhu\s+cầu\b|"
                              r"\bnhu\s+cầu\s*(?:,|và|&|-|–)\s*nguồn\s+(?:cung|cung\s+cấp|cung\s+ứng)\b")


def _series_named(m: PlanModel, unit: str, noun: set[str] | None,
                  series: dict[int, tuple[float, Row]], by_machine: bool = False) -> dict[int, tuple[float, Row]]:
    """The output series of the rows a capacity names ("15 tấn hến khô/năm": the row "Hến sấy khô
    (kg)", not the largest row in kg, "Hến nguyên con (kg)", the clams put in), when some rows name
    it better than the rows the series was taken from; else the series as it is. `by_machine`: the
    capacity is a machine's, which makes nothing a row says is made by hand."""
    if not noun or not series:
        return series
    def fit(r: Row) -> int:
        # (a machine's capacity names no row made by hand: "Chiếu cói đan tay" beside the looms' "Chiếu cói dệt máy", gb04)
        if by_machine and _HANDMADE.search(r.label or ""):
            return 0
        # (the row must name what the capacity counts: "thịt cá" is not the whole fish of "Cá lóc tươi")
        label = product_tokens(r.label, m.vocab)
        return len(label & noun) if _names(noun, label) else 0
    # (nor a raw-material balance's row, "Quy ra gạo (tỷ lệ 62 %)" = need + balance: the paddy's rice available, no
    # output, ig08; nor a harvest shared out among its uses)
    rows = [r for r in m.rows() if not (r.subset or r.flags & {"need", "supply", "input"} or
                                       r.kind in ("capacity", "price", "cost", "cost_line") or
                                       id(r) in _balance_supply_rows(m) or _allocation_table(m, r.table))]
    best = max((fit(r) for r in rows), default=0)
    if best == 0 or all(fit(row) >= best for _q, row in series.values()):
        return series
    tables = {row.table for _q, row in series.values() if row.total}
    def part_of_total(r: Row) -> bool:  # in the total's table, and no more than the total any year
        qs = {y: x.value for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y) and x.unit == unit}
        return not qs or (r.table in tables and all(y in series and q <= series[y][0] for y, q in qs.items()))

    def proper_part() -> bool:  # the rows that name it are a share of the total, other products the rest
        # (named by what it is, not only its state: "160 kg sản phẩm khô/ngày … cho cả ba sản phẩm" is no
        # share of the dried ones)
        if not any((product_tokens(r.label, m.vocab) & noun) - _STATE_WORDS for r in rows if fit(r) == best):
            return False
        # (and another product's row beside them in the total's table: "Nấm sò tươi" beside "Nấm rơm tươi")
        if not any(r.table in tables and not r.total and fit(r) < best and any(
                x.unit == unit and y is not None and m.is_plan_year(y) for y, x in r.qty_years().items())
                for r in rows):
            return False
        for y, (total, _row) in series.items():
            got = [x.value for r in rows if fit(r) == best for yy, x in r.qty_years().items()
                   if yy == y and x.unit == unit and x.vmax is None]
            if got and sum(got) < total * 0.9:
                return True
        return False

    if tables and all(row.total for _q, row in series.values()) and \
            all(part_of_total(r) for r in rows if fit(r) == best) and not proper_part():
        # "Mì gạo gói 500 g", "Mì gạo bán buôn bao 5 kg", then "Tổng sản lượng | kg": the total of the rows
        # that name what the capacity counts is their output together (not a row of the material put in,
        # "Củ sắn dây tươi | tấn | 160" above "Tổng sản lượng bột | kg | 20.000")
        return series
    # (several rows of one table that name it are its sizes or kinds, made on the same machines: "Chiếu cói dệt
    # máy, khổ 1,6 m" and "…, khổ 1,8 m" against the looms' "3.360 chiếc chiếu/năm", their sum; a total row among
    # them is that sum already. Across tables, the largest: one product said in the plan and in the revenue.)
    by_table: dict[int, dict[int, list[tuple[float, Row]]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if fit(r) != best:
            continue
        years_in_unit = [y for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y) and x.unit == unit]
        if len(years_in_unit) < min(2, len(series)):
            continue  # (one year's cell of a row, "Rượu nếp sim … (năm 2026) | chai 500 ml | 90.000" among the prices, is no output)
        for y, x in r.qty_years().items():
            if y is None or not m.is_plan_year(y) or x.vmax is not None or x.unit != unit:
                continue
            by_table[r.table][y].append((x.value, r))
    out: dict[int, tuple[float, Row]] = {}
    for t, years in by_table.items():
        # (a balance table's rows are two accounts of one thing, not kinds made side by side: "Gạo nếp xay được từ
        # thóc của vùng | 52.080" and "Gạo nếp theo kế hoạch | 51.000" under "Bảng 5. Cân đối thóc nếp và gạo nếp")
        balance = bool(_BALANCE_CAPTION.search(m.table(t).caption or ""))
        for y, got in years.items():
            totals = [g for g in got if g[1].total]
            q, r = max(totals, key=lambda g: g[0]) if totals else \
                max(got, key=lambda g: g[0]) if balance else (sum(v for v, _r in got), got[0][1])
            if y not in out or q > out[y][0]:
                out[y] = (q, r)
    return out or series


# a product made by hand: "Chiếu cói đan tay", "Nón lá làm thủ công", "khăn thêu tay"
_HANDMADE = re.compile(r"(?i)\b(?:đan|dệt|làm|khâu|thêu|vẽ|nặn)\s+tay\b|\bthủ\s+công\b")


def _one_group_of_several(m: PlanModel, r: Row) -> bool:
    """`r` is a bare quantity line ("Số lượng (chiếc)", no product named) of one of the table's product groups,
    each opened by a numbered head row without figures ("1 | Nón lá trắng truyền thống |", "2 | Nón bài thơ |"):
    that product's quantity, not the plan's whole output."""
    if r.total or product_tokens(r.label, m.vocab):
        return False
    heads = [o.index for o in m.table(r.table).rows if _heading_row(o) is not None and not o.total]
    return len(heads) >= 2 and min(heads) < r.index


def _total_output_rows(m: PlanModel) -> list[Row]:
    """Rows giving the plan's (total) output: label 'Sản lượng ...' / 'Tổng ...' with plan years."""
    if "total_output" in m._cache:
        return m._cache["total_output"]
    out = []
    for r in m.rows():
        # ("Tổng thành phẩm | kg | 12.000 | 14.000" under rows of packs: the finished output, totalled)
        finished = r.kind is None and r.total and bool(_FINISHED.search(r.label))
        if (r.kind == "quantity" or finished) and not r.subset and not r.flags & {"need", "supply", "input", "market"}:
            if _export_part(r):
                continue  # "Sản lượng xuất khẩu | tấn | 8,0" beside the home market's: the part sold abroad (hb01)
            if r.section == "raw_materials" and id(r) in _summed_into_supply(m):
                continue  # a source's harvest the supply total adds up ("Sản lượng thu (7.000 kg/ha)", hu02)
            ys = {y: x for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y)}
            if len(ys) >= 2 and not _one_group_of_several(m, r):
                out.append(r)
    own = _own_made_rows(m)
    # (a seller of bought goods too: in the units it says what it makes, its sales are no output)
    out = [r for r in out if not any(x.unit in own and not any(r is o for o in own[x.unit])
                                     for x in r.qty_years().values())]
    m._cache["total_output"] = out
    return out


# =============================================================================== relation: material

@dataclass
class Ratio:
    inp: float  # input amount (base unit)
    in_unit: str
    out: float  # output amount (base unit)
    out_unit: str
    material: set[str]  # words naming the input
    product: set[str]  # words naming the output
    text: str
    section: str | None
    material_text: str = ""  # the input as written ("lạc nhân")

    @property
    def per_output(self) -> float:
        return self.inp / self.out


_NOUN = re.compile(r"^\s*([^\d,;:.()]{1,40})")
_NOUN_END = re.compile(r"(?i)\s(?:đạt|từ|là|khoảng|ước|dự kiến|lên|đến|tới|năm|vào|tăng|giảm|chỉ|được)\b")


def _noun_text(text: str, end: int) -> str:
    """The words naming what an amount counts: '2,5 kg [lạc nhân] cho 1 lít [dầu]'."""
    m = _NOUN.match(text[end:])
    if not m:
        return ""
    words = m.group(1)
    # ("thu" as a verb, "2 kg lá tươi thu được …", not the mackerel of "3,5 kg cá thu tươi")
    words = re.split(r"(?i)(?<!\w)(?:cho|được|làm|ra|thu(?=\s+(?:được|về|ra|hồi|hoạch|mua|hái|gom|\d))|sản xuất|"
                     # ("nước ép", juice, is a noun: "1 lít nước ép bưởi mật ong")
                     r"chế biến|cần|và|thì|để|nấu|(?<!nước\s)ép|tạo|với|mỗi|"
                     r"tương đương|trong|của|theo|từ|tại|giá|là|đạt|bình quân|ngâm|"
                     # (nor what the sentence goes on to say of it: "1.000 kg/ngày hiện có vẫn đáp ứng khi mở khu C")
                     r"hiện có|vẫn|đáp ứng|khi|đang|sẽ|đã|"
                     # (nor where it goes: "26 tấn miến dong sang Hàn Quốc")
                     r"sang(?!\s+trọng))(?!\w)", words)[0]
    return " ".join(words.split()).strip(" /-")


def _counted_noun(text: str, a: Amount, v: Vocab) -> set[str]:
    """What an amount counts: the words between its unit and its "/" ("300 kg vỏ/mẻ": vỏ; "100 tấn
    cá tươi/năm": cá tươi), else the words after it."""
    inner = text[a.start:a.end]
    if "/" in inner:
        head = inner.split("/")[0]
        words = {t.tone for t in tokens(head) if t.flat[:1].isalpha() and not _is_unit_word(head[t.start:t.end])}
        if got := words & product_tokens(head, v):
            return got
    return _noun_after(text, a.end, v)


def _run_in_product(text: str, pos: int, v: Vocab) -> set[str]:
    """The product line a sentence's run-in label names, before a colon ahead of `pos` ("Rau ăn lá:
    4.000 m², 8 lứa/năm, …, công suất 48.000 kg/năm"): what its amounts count when they name nothing."""
    head, colon, _rest = text[:pos].partition(":")
    if not colon or len(head.split()) > 5 or any(ch.isdigit() for ch in head):
        return set()
    return product_tokens(head, v)


@lru_cache(maxsize=1024)
def _is_unit_word(word: str) -> bool:
    """A unit spelled alone ("tấn", "kg", "lít")."""
    return [(a.unit, a.kind) for a in find_amounts(f"1 {word}")][:1] not in ([], [("", "number")])


def _noun_after(text: str, end: int, v: Vocab) -> set[str]:
    return product_tokens(_noun_text(text, end), v)


def _blank_parens(text: str) -> str:
    """Parentheses blanked out, offsets kept: "1,25 kg tôm (trộn muối ...) cho 1 kg mắm"."""
    return re.sub(r"\([^()]*\)", lambda mm: " " * len(mm.group()), text)


# Words before the output of an output-first norm: "định mức CHO 1 kg", "ĐỂ SẢN XUẤT 1 kg".
_OUTPUT_FIRST = re.compile(r"(?i)(?<!\w)(?:cho|để sản xuất|để làm|để chế biến|để nấu|để ép|để có|để tạo ra|"
                           r"sản xuất|mỗi|cứ)\s*(?:ra\s*|được\s*)?$")
_PRODUCE_BEFORE = re.compile(r"(?i)(để|muốn|mỗi|cứ)?\s*(sản xuất|làm|chế biến|nấu|ép|được|có|thu|ra)\s*(ra|được)?\s*$")
_RATE_PERS = ("năm", "tháng", "ngày", "giờ", "m2", "mẻ", "vụ", "ca", "lứa")


# what names salt alone, the other side of a salting proportion ("1 kg muối", "1 kg muối hạt")
_SALT_ONLY = re.compile(r"(?i)muối(?:\s+(?:hạt|biển|trắng|tinh|ăn|sạch|i-?ốt))*")


# the gap between two inputs of a list: the first one's material and "và" or a comma ("cá cơm và")
_INPUT_LIST_GAP = re.compile(r"(?i)\s*(?:[^\W\d]+\s+){0,4}[^\W\d]+\s*(?:,\s*|\s+và\s+|,\s*và\s+)")
_YEAR_IN_GAP = re.compile(r"(?i)\bnăm\s+(?:19|20)\d\d\b")


# the material a norm names right after its cue: "Định mức nếp từ 1,1 đến 1,3 kg/lít", "định mức tiêu hao lá chè là …"
_NORM_OF = re.compile(r"(?i)\bđịnh\s+mức(?:\s+(?:tiêu\s+hao|sử\s+dụng))?\s+([^\W\d][^\d,;:()]{0,30}?)\s+"
                      r"(?=từ\b|là\b|khoảng\b|bình\s+quân\b|trung\s+bình\b|\d)")


# a year's need said right before its amount: "Năm 2029 cần …", "năm 2028 phải mua …"
_YEAR_NEED_BEFORE = re.compile(r"(?i)\bnăm\s+(?:19|20)\d\d\s*,?\s*(?:[^\W\d]+\s+){0,3}?(?:cần|cần dùng|phải mua|phải dùng|sử dụng|dùng)"
                               r"\s+(?:khoảng\s+)?$")


def ratios(m: PlanModel) -> list[Ratio]:
    """Input-for-output ratios the plan states, in its own words."""
    if "ratios" in m._cache:
        return m._cache["ratios"]
    v = m.vocab
    style = m.view.doc.number_style
    out: list[Ratio] = []
    link = v.text["ratio_link"]
    needw = v.text["ratio_need"]
    notw = v.text["ratio_not"]
    made = product_tokens(m.view.plan.product.name or "", v)  # the product's words

    def quantities(amounts: Iterable[Amount]) -> list[Amount]:
        return [a for a in amounts if is_qty(a.unit, a.kind) and a.value_max is None and a.value > 0]

    def pairs(s: Sent, text: str, am: list[Amount]) -> None:
        paired: set[int] = set()  # the amounts a ratio of this text was read from
        for i, (a, b) in enumerate(zip(am, am[1:])):
            gap = text[a.end:b.start]
            if len(gap.split()) > 8 or a.per or b.per or ";" in gap or _YEAR_IN_GAP.search(gap):
                continue  # ("6.200 lít dầu, năm 2026 được khoảng 6.800 lít": two years' amounts, no ratio)
            gtoks = tokens(gap)
            flat = _is_flat(gap)
            if link.spans(gtoks, flat) and not needw.spans(gtoks, flat) and not notw.spans(gtoks, flat):
                if re.search(r"(?i)\bmỗi\s+" + re.escape(a.unit) + r"\b", gap):
                    continue  # "đóng thêm 10 thùng gỗ mới, mỗi thùng muối được 2,5 tấn cá": what each holds
                if a.value >= 100 and b.value >= 100 and _YEAR_NEED_BEFORE.search(text, 0, a.start):
                    continue  # "Năm 2029 cần 4.252 kg mật thô, đàn ong cho 4.800 kg": a year's need and supply (hk03)
                na, nb = _noun_after(text, a.end, v), _noun_after(text, b.end, v)
                if _SALT_ONLY.fullmatch(_noun_text(text, b.end)) and not (nb and made and nb <= made):
                    # "3 kg cá cho 1 kg muối": a mix of the fish with its salt, no output of the product
                    # (unless salt is the product: "1,25 kg muối hạt cho 1 kg muối sạch")
                    continue
                # "2,5 kg lạc nhân cho 1 lít dầu", "1 kg gạo làm được 20 chiếc bánh"
                if na and nb and na <= made and not nb <= made and (
                        (a.value < b.value and a.unit == b.unit) or _FINISHED.search(_noun_text(text, a.end))):
                    # "tức 0,6 kg nhút cho 1 kg mít non": the product a kilo of the material gives (a yield)
                    # ("0,65 lít nước mắm thành phẩm cho 1 kg cá cơm": the finished product named, in any unit)
                    out.append(Ratio(b.value, b.unit, a.value, a.unit, nb, na, s.text, s.section,
                                     _noun_text(text, b.end)))
                    paired |= {i, i + 1}
                    continue
                out.append(Ratio(a.value, a.unit, b.value, b.unit, na, nb, s.text, s.section, _noun_text(text, a.end)))
                paired |= {i, i + 1}
                # "Định mức 1,3 kg cá cơm và 0,4 kg muối cho 1 lít nước mắm": the inputs listed before the last
                # one are for the same output (gr06); not the output of the ratio before ("8 kg lá cho 1 kg cao, 3 kg
                # lá cho 1 kg chè khô")
                for k in range(i - 1, -1, -1):
                    p = am[k]
                    if k in paired or p.unit != a.unit or p.per or \
                            not _INPUT_LIST_GAP.fullmatch(text[p.end:am[k + 1].start]):
                        break
                    out.append(Ratio(p.value, p.unit, b.value, b.unit, _noun_after(text, p.end, v), nb, s.text,
                                     s.section, _noun_text(text, p.end)))
            elif needw.spans(gtoks, flat) and _PRODUCE_BEFORE.search(text[max(0, a.start - 25):a.start]):
                # "để sản xuất 1 kg mắm cần 3 kg tôm"
                out.append(Ratio(b.value, b.unit, a.value, a.unit, _noun_after(text, b.end, v),
                                 _noun_after(text, a.end, v), s.text, s.section, _noun_text(text, b.end)))
                paired |= {i, i + 1}

    def output_first(s: Sent, text: str, am: list[Amount]) -> None:
        """"Định mức cho 1 kg sản phẩm: 0,5 kg lạc nhân, 0,3 kg mật mía", "để sản xuất 1 kg kẹo cần
        0,5 kg lạc nhân và 0,3 kg mật mía": one output first, then each of its inputs."""
        for k, a in enumerate(am):
            if a.per:
                continue
            first = _OUTPUT_FIRST.search(text[max(0, a.start - 30):a.start])
            if first and k > 0 and not re.search(r"[.;:]", gap := text[am[k - 1].end:a.start]) and \
                    len(gap.split()) <= 8 and link.spans(tokens(gap), _is_flat(gap)):
                # "0,35 kg lạc nhân cho 1 kg cu đơ, 0,6 kg lạc nhân cho 1 kg kẹo lạc, …": the output of a
                # pair (read by `pairs`), not an output the amounts after it are the inputs of
                continue
            # "Định mức nguyên liệu: 1 kg kẹo cần 0,5 kg lạc nhân", "1 kg sản phẩm cần 0,5 kg lạc nhân"
            if not first and not ((a.value == 1 or v.text["ratio_cue"].in_text(text[:a.start]))
                                  and k + 1 < len(am) and needw.spans(tokens(text[a.end:am[k + 1].start]),
                                                                      _is_flat(text))):
                continue
            inputs = []
            for b in am[k + 1:]:
                if b.per or re.search(r"[.;]\s", text[inputs[-1].end if inputs else a.end:b.start]):
                    break
                inputs.append(b)
            if not inputs:
                continue
            head = tokens(text[a.end:inputs[0].start])
            cue = v.text["ratio_cue"].in_text(text[:a.start]) or needw.spans(head, _is_flat(text))
            if not cue or link.spans(head, _is_flat(text)):
                continue
            for b in inputs:
                out.append(Ratio(b.value, b.unit, a.value, a.unit, _noun_after(text, b.end, v),
                                 _noun_after(text, a.end, v), s.text, s.section, _noun_text(text, b.end)))

    for s in m.sents:
        # (a sentence without brackets is its own blanked text: its amounts are the model's)
        text = _blank_parens(s.text) if "(" in s.text else s.text
        am = quantities(s.amounts if text == s.text else text_amounts(text, style))
        pairs(s, text, am)
        if "(" in s.text:
            # a ratio written whole inside brackets: "Tỷ lệ thu hồi là 75% (1 kg thóc cho 0,75 kg gạo lứt)"
            for inner in re.findall(r"\(([^()]*)\)", s.text):
                pairs(s, inner, quantities(text_amounts(inner, style)))
        output_first(s, text, am)
        # "Mỗi lít rượu sim thành phẩm cần 1 kg gạo nếp … và 0,4 kg quả sim": one unit of output, its
        # "1" unwritten (the same length of text stands for it, so the offsets hold)
        if _EACH_OUTPUT.search(text):
            one = _EACH_OUTPUT.sub(lambda mm: " " * (len(mm.group(0)) - 1) + "1", text)
            output_first(s, one, quantities(text_amounts(one, style)))
        # "định mức 2,5 kg lạc nhân/lít dầu": an input amount per unit of output
        if v.text["ratio_cue"].in_text(text):
            for a in am:
                if a.per and "/" not in a.per and a.per not in PEOPLE and a.per not in _RATE_PERS:
                    # "2,5 kg lạc nhân/lít dầu": the material is written inside the rate
                    # (the unit a word of letters after the whole number: "1,2 kg/lít" names no material, its "1,"
                    # and "2" are no number and unit)
                    inner = re.match(r"^[\d.,]+\s*[^\W\d]+\s+([^/\d]+)/", text[a.start:a.end])
                    mat_text = inner.group(1).strip() if inner else ""
                    if not mat_text and (lead := list(_NORM_OF.finditer(text, 0, a.start))):
                        # or named after the cue earlier in the sentence: "Định mức nếp từ 1,1 đến 1,3 kg/lít rượu tùy
                        # mẻ; hợp tác xã tính mức trung bình 1,2 kg/lít" (ha05)
                        mat_text = lead[-1].group(1).strip()
                    out.append(Ratio(a.value, a.unit, 1.0, a.per, product_tokens(mat_text, v),
                                     _noun_after(text, a.end, v), s.text, s.section, mat_text))
        # "tỷ lệ tôm : muối là 3 : 1" (a mix with salt), "tỷ lệ nguyên liệu/thành phẩm 3:1"
        for mm in re.finditer(r"(?i)(t[ỷỉ]\s*l[ệe])([^.;\d]{0,40}?)(\d+(?:[.,]\d+)?)\s*[:/]\s*(\d+(?:[.,]\d+)?)",
                              s.text):
            x = parse_number(mm.group(3), style)
            y = parse_number(mm.group(4), style)
            if not x or not y:
                continue
            between = mm.group(2)
            parts = [p for p in re.split(r"[:/]|\bvà\b|\bvới\b|\blà\b", between) if p.strip()]
            if v.text["salt"].in_text(between):
                # material : salt -> material per kg of product ≈ x / (x + y): salt stays in the product
                mat = product_tokens(parts[0], v) if parts else set()
                out.append(Ratio(x, "kg", x + y, "kg", mat, set(), s.text, s.section,
                                 parts[0].strip() if parts else ""))
            elif x > y and len(parts) >= 2:
                out.append(Ratio(x, "kg", y, "kg", product_tokens(parts[0], v), product_tokens(parts[1], v),
                                 s.text, s.section, parts[0].strip()))
        # "Tỷ lệ gạo nếp thành phẩm đạt 62 % khối lượng thóc khô", "tỷ lệ thu hồi tinh dầu 1,2 % so với lá tươi": the
        # product a share of its material's weight, both named (fv05); not a loss, a by-product or a moisture
        for mm in _SHARE_OF_MATERIAL.finditer(s.text):
            pct = parse_number(mm.group(2), style)
            made, base = product_tokens(mm.group(1), v), product_tokens(mm.group(3), v)
            if pct is None or not 1 <= pct < 100 or not made or not base or made <= base or base <= made or \
                    _NOT_A_YIELD.search(mm.group(1)):
                continue
            if not (_FINISHED.search(mm.group(1)) or made & product_tokens(m.view.plan.product.name or "", v)):
                continue  # a step of the chain ("tỷ lệ hạt 76 % khối lượng bắp khô": the grain the cobs give, fv08)
            out.append(Ratio(100.0, "kg", pct, "kg", base, made, s.text, s.section, " ".join(mm.group(3).split())))
    for r in out:
        # "Nấm rơm cần khoảng 8 kg rơm khô cho 1 kg nấm": the product the sentence opens on names the output
        # the norm is for (the straw mushroom, not the oyster mushroom of the same plan)
        if r.product and (lead := _NORM_SUBJECT.match(r.text)) and \
                (subj := product_tokens(lead.group(1), v)) > r.product:
            r.product = subj
    out += _recipe_table_ratios(m)
    # (a norm of one material or another, "4 kg chè vằng hoặc lá vối tươi cho 1 kg khô": which of them the output
    # needs, and how much of each, the norm does not say)
    out = [r for r in out if _EITHER not in r.material]
    m._cache["ratios"] = out
    return out


_EITHER = tone_key("hoặc")
# a recipe table's column of the amounts for a number of the product ("Cho 100 chiếc", "Định mức cho 1 mẻ 50 kg" is
# not: a batch, whose output the row of the batch states)
_PER_OUTPUT_HEAD = re.compile(r"(?i)^\W*(?:định\s+mức\s+)?cho\s+(\d[\d.,]*)\s*([^\W\d]+)\s*(?:\([^()]*\))?\s*$")


def _recipe_table_ratios(m: PlanModel) -> list[Ratio]:
    """The norms of a recipe table, one row an input ("Đỗ xanh tách vỏ | kg | 1,6" under "Cho 100 chiếc"): so much
    of each input for that number of the product, in the product's own count (not a batch's)."""
    v = m.vocab
    out = []
    for tm in m.tables:
        for j, head in enumerate(tm.header):
            hm = _PER_OUTPUT_HEAD.match(head)
            if not hm or (n := parse_number(hm.group(1), m.view.doc.number_style)) is None or n <= 0:
                continue
            got = find_amounts(f"{hm.group(1)} {hm.group(2)}")
            if not got or got[0].kind != "count" or got[0].unit in ("mẻ", "lô", "ca", "ngày"):
                continue
            for r in tm.rows:
                x = _col_val(r, j)
                if x is None or r.total or r.subset or x.kind not in ("mass", "volume") or x.vmax is not None:
                    continue
                if mat := product_tokens(r.label, v):
                    out.append(Ratio(x.value, x.unit, n, got[0].unit, mat, set(), r.evidence, tm.section,
                                     " ".join(r.label.split())))
            break  # (one column of a table: "Mỗi chiếc (g)" beside it says the same per piece)
    return out


# a product's share of its material's weight: "Tỷ lệ gạo nếp thành phẩm đạt 62 % khối lượng thóc khô"
_SHARE_OF_MATERIAL = re.compile(
    r"(?i)\bt[ỷỉ]\s+l[ệe]\s+((?:[^\W\d]+\s+){1,6}?)(?:(?:đạt|là|bằng|chiếm|khoảng|ước|vào\s+khoảng)\s+){0,2}"
    r"(\d+(?:[.,]\d+)?)\s*%\s*(?:(?:so\s+với|trên|của)\s+)?(?:khối\s+lượng|trọng\s+lượng)\s+(?:(?:của|các)\s+)?"
    r"((?:[^\W\d]+[^\S\n]*){1,4})")
_NOT_A_YIELD = re.compile(r"(?i)\b(?:hao\s+hụt|hao|hư|hỏng|tấm|cám|trấu|vỏ|vỡ|gãy|ẩm|lỗi|thải|loại\s+bỏ|nước|đạm|béo|"
                          r"đường|protein|muối|tạp\s+chất)\b")


# the product a norm's sentence opens on, before its need ("Nấm rơm cần …", "Mỗi kg nấm rơm cần …")
_NORM_SUBJECT = re.compile(r"(?i)^\W*(?:mỗi\s+kg\s+|để\s+(?:sản\s+xuất|làm)\s+(?:1\s+kg\s+)?)?((?:[^\W\d]+\s+){1,3}?)"
                           r"(?:cần|phải\s+dùng|dùng|tiêu\s+hao)\b")


# "Mỗi lít rượu … cần": one unit of the output, before what it needs
_EACH_OUTPUT = re.compile(r"(?i)(?<!\w)mỗi(?=\s+(?:lít|kg|chai|hũ|hộp|gói|túi|lọ|bánh|chiếc)\b[^\d.;]{0,40}?\b(?:cần|dùng|tốn|hết)\b)")
_EACH = re.compile(r"(?i)\b(mỗi|bình quân|trung bình)\s+(hộ|thành viên|tàu|thuyền|cơ sở|trang trại|gia đình|người)\b[^\d;]{0,30}$")


def _heads_for(s: Sent, a: Amount, heads: list[float]) -> float:
    """The number of households (members, people) an amount said for "mỗi hộ" is for: the last one counted before it in
    its own ";"-clause ("…(500 kg/hộ/năm); đỗ xanh do 22 hộ trồng, mỗi hộ bán 200 kg/năm": 22, not the 32 of the clause
    before, gv05), else the most the sentence counts. (A rate per household, "(10, 25, 40 hộ, 300 kg/hộ)", keeps the
    most: its counts by year are a list the clause does not pair with the years.)"""
    start = s.text.rfind(";", 0, a.start)
    own = [h.value for h in s.amounts if h.kind == "count" and h.unit in ("hộ", "thành viên", "người") and not h.per
           and h.value_max is None and start < h.start < a.start]
    return own[-1] if own else max(heads)


def _need_first(r: Row, v: Vocab) -> bool:
    """A row flagged both need and supply whose need word comes first: "Mật thô cần thu mua" is what
    must be bought, not what is offered."""
    if not {"need", "supply"} <= r.flags:
        return False
    need = v.flags["need"].char_spans(r.label)
    sup = v.flags["supply"].char_spans(r.label)
    return bool(need and sup) and min(need)[0] < min(sup)[0]


_NUTRITION = re.compile(r"(?i)\bkcal\b|\bcalo|\bdinh dưỡng\b|\bchất béo\b|\bvitamin\b|\bprotein\b")


def _listed_sources(m: PlanModel, naming: set[int]) -> set[int]:
    """The list items under a paragraph of the raw-material section that names the material and leads
    into them ("Nhu cầu thảo dược tươi: 10.800 kg năm 2027, … Nguồn cung:" then "- Vườn sả chanh, tràm
    gió 1,5 ha …", "- Hợp đồng thu mua quả bồ kết …"): each item is a source of that material, though it
    names the plants it is made of rather than the material's own name."""
    blocks = m.view.blocks
    out: set[int] = set()
    for b in naming:
        if b >= len(blocks) or not blocks[b].text.rstrip().endswith(":"):
            continue
        j = b + 1
        while j < len(blocks) and blocks[j].kind == BlockKind.list_item:
            out.add(j)
            j += 1
    return out


# an animal's live weight ("trâu hơi", "lợn hơi"): what a slaughter yields is a share of it
_LIVE_WEIGHT = re.compile(r"(?i)\b(?:trâu|bò|lợn|heo|gà|vịt|ngan|dê|ngựa|hươu|thỏ|cừu)\s+hơi\b")
# the share of a live animal that is meat: "Mỗi con trâu hơi sau giết mổ cho khoảng 35% trọng lượng là thịt
# bắp, thăn", "tỷ lệ thịt xẻ đạt 55%"
_MEAT_SHARE = re.compile(r"(?i)(\d+(?:[.,]\d+)?)\s*%[^.;%]{0,40}?\bthịt\b|"
                         r"\b(?:tỷ|tỉ)\s+lệ\s+thịt\b[^.;%\d]{0,30}?(\d+(?:[.,]\d+)?)\s*%")


def _supply(m: PlanModel, material: set[str], product: set[str], unit: str,
            year: int | None) -> tuple[float, list[str]] | None:
    """The supply of a material a year (`_stated_supply`), in the material itself: a supply of live
    animals ("Nguồn trâu hơi theo hợp đồng | kg | 21.000") for a need of meat is the meat the plan
    says a live animal yields (its share in %), and unknown when the plan says none."""
    got = _stated_supply(m, material, product, unit, year)
    if got is None or not any(_bare(w) == "thit" for w in material) or \
            not any(_LIVE_WEIGHT.search(e) for e in got[1]):
        return got
    if "meat_share" not in m._cache:
        found = [(parse_number(mm.group(1) or mm.group(2)), s.text) for s in m.sents
                 if s.section in ("raw_materials", "technology", "production_plan")
                 and (_LIVE_WEIGHT.search(s.text) or "giết mổ" in s.text.lower())
                 for mm in _MEAT_SHARE.finditer(s.text)]
        shares = {x for x, _t in found} - {None}
        # (one share, or none: two different shares say nothing of which one the supply yields)
        one = shares.pop() if len(shares) == 1 else None
        m._cache["meat_share"] = (one / 100, next(t for x, t in found if x == one)) \
            if one is not None and 0 < one < 100 else None
    if m._cache["meat_share"] is None:
        return None  # kilograms of live animals are no kilograms of meat
    share, said = m._cache["meat_share"]
    return got[0] * share, [*got[1], said]  # (the share quoted beside the supply: where the figure comes from)


# an amount a year from a year on: "… khoảng 21 tấn/năm từ năm 2027", "…, kể từ năm 2028"
_FROM_YEAR_ON = re.compile(r"(?i)[^.;]{0,12}?\b(?:(?:kể|bắt\s+đầu)\s+)?từ\s+(?:năm\s+)?20\d\d\b")


# a year written in running text ("giai đoạn 2027–2029", "năm 2025")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def _names_plan_year(m: PlanModel, text: str) -> bool:
    """The text names one of the plan's own years."""
    return any(m.is_plan_year(int(y)) for y in _YEAR_IN_TEXT.findall(text))


def _past_paragraph(m: PlanModel, block: int) -> bool:
    """The paragraph dates itself before the plan: its years are all before the plan's."""
    years = [int(y) for y in _YEAR_IN_TEXT.findall(m.view.blocks[block].text)]
    return bool(years) and not any(m.is_plan_year(y) for y in years) and \
        (m.plan_year is None or max(years) < m.plan_year)


# each source's amount, after "mỗi" and the source: "mỗi hộ 120 kg/năm", "mỗi xưởng khoảng 1.200 kg/năm"
_EACH_SOURCE_BEFORE = re.compile(r"(?i)\bmỗi\s+(?:hộ|thành\s+viên|tổ\s+viên|xã\s+viên|người|xưởng|cơ\s+sở|tàu|"
                                 r"thuyền|đàn|trại|trang\s+trại|nhóm|tổ)\s*(?:bán\s+|cung\s+cấp\s+|giao\s+)?"
                                 r"(?:khoảng\s+|bình\s+quân\s+|trung\s+bình\s+)?$")
# an amount for each unit of the product after it: "0,04 lít dầu phủ cho mỗi sản phẩm", "2 kg lá cho 1 mẻ"
_FOR_EACH_RIGHT = re.compile(r"(?i)[^\d,;.:()]{0,40}?\bcho\s+(?:mỗi|một|1)\s+(?!năm\b|tháng\b|vụ\b)")
# a pack and its count, then its weight in brackets: "túi 20 chiếc (1 kg)", "hộp 12 gói (600 g)"
_PACK_COUNT_BRACKET = re.compile(r"(?i)\b(?:túi|hộp|gói|hũ|chai|lọ|khay|vỉ|thùng)\s+\d{1,3}\s+\w+\s*\(\s*$")
# a pack named before an amount, nothing else counted between them: "đóng túi hút chân không 500 g", "hộp 250 g"
# (not all of `_PACK_NOUNS`: "bao tiêu 20 tấn" is a purchase, "thùng ủ 500 kg" a vat's load)
_PACKED_IN = re.compile(r"(?i)\b(?:đóng|túi|hộp|gói|hũ|chai|lọ|khay|vỉ)\b[^\d,;.:()]{0,25}$")


# a column of the scale after the plan's investment: "Sau đầu tư", "Sau khi đầu tư", "Sau"
_AFTER_HEAD = re.compile(r"(?i)^\s*sau(?:\s+(?:khi\s+)?đầu\s+tư)?\b")


def _yearly_amount(r: Row, unit: str, year: int | None) -> Val | None:
    """A row's amount of a year (or its undated one) in `unit`: the year's quantity, else the one amount in that
    unit a year ("Vườn chè | 15 (ha) | 11 (tấn/ha/năm) | 165 (tấn/năm)", a column "Sản lượng (kg/năm)")."""
    x = r.qty_years().get(year) or r.qty_years().get(None)
    if x is not None and x.year is None and year is not None and \
            (after := [y for y in r.vals if y.qty and y.year is None and y.unit == x.unit and _AFTER_HEAD.search(y.head or "")]):
        # "Trước đầu tư | Sau đầu tư" (or "Hiện tại | Sau đầu tư"): a plan year's amount is the one after (ii02)
        x = after[-1]
    if x is not None and x.year is None and \
            (a_year := next((y for y in r.vals if y.unit == unit and y.year is None and y.per == "năm" and y.vmax is None
                             and y.kind in QTY_KINDS), None)) is not None:
        # a column of the year's amount beside one of a yield ("3 ha | 20.000 | 60.000" under "Năng suất (kg) | Sản
        # lượng (kg/năm)"): the year's
        return a_year
    if x is not None and x.unit == unit:
        return x
    xs = [y for y in r.vals if y.unit == unit and y.kind in QTY_KINDS and y.year in (year, None)
          and y.vmax is None and (y.per or "năm") == "năm"]
    return xs[0] if len(xs) == 1 else None


def _unitless_supply_total(m: PlanModel, r: Row, unit: str, year: int | None) -> Val | None:
    """A supply total's figure of a year written with no unit under supply rows that each give theirs in `unit`
    ("Gạo lứt đỏ từ ruộng thành viên (kg) | 3.600", "Gạo lứt đỏ thu mua (kg) | 1.400", "Tổng nguồn cung | 5.000"):
    in that unit, when it is no less than those rows together (a total of them, not a count or a share)."""
    xs = [x for x in r.vals if x.year == year and x.kind == "number" and not x.unit and x.vmax is None]
    if len(xs) != 1 or year is None:
        return None
    tm = m.table(r.table)
    parts = [p for p in tm.rows[:r.index] if "supply" in p.flags and not p.total and not p.subset]
    got = [_yearly_amount(p, unit, year) for p in parts]
    if not parts or any(g is None for g in got) or xs[0].value < sum(g.value for g in got) * 0.999:
        return None
    return replace(xs[0], unit=unit, kind="mass" if unit == "kg" else "volume" if unit == "l" else xs[0].kind)


# the words of a supply's total that name no material ("Tổng nguồn cung nguyên liệu"), read without tones
_SUPPLY_WORDS = frozenset({"nguon", "cung", "ung", "nguyen", "lieu", "vat", "tu", "dau", "vao"})


def _in_material(m: PlanModel, r: Row, x: Val, own: set[str]) -> Val | None:
    """A supply row's amount in the material needed: as it is, unless its column names another material the
    plan turns into this one ("Sản lượng thóc (tạ/năm) | 40" for a need of rice, with "1 tạ thóc nếp xay được
    65 kg gạo nếp": 4.000 kg of paddy, 2.600 kg of rice); None when no norm of the plan does."""
    head = m.table(r.table).header
    words = product_tokens(head[x.col], m.vocab) if 0 <= x.col < len(head) and head[x.col] else set()
    known = [q for q in ratios(m) if q.material and q.product and q.in_unit == q.out_unit == x.unit]
    if not words or words & own or not any(words & q.material for q in known):
        return x
    via = [q for q in known if words & q.material and own <= q.product and not own <= q.material]
    if not via:
        return None
    q = max(via, key=lambda q: q.out / q.inp)  # (the most favourable yield the plan states)
    return replace(x, value=x.value * q.out / q.inp)


def _needs_by_table(m: PlanModel) -> dict[int, list[tuple[Row, set[str]]]]:
    """The need rows (`_need_rows`) by table, each with its material: read once a plan."""
    if (needs := m._cache.get("needs_by_table")) is None:
        needs = m._cache["needs_by_table"] = defaultdict(list)
        for r, mat, _ys in _need_rows(m):
            needs[r.table].append((r, mat))
    return needs


def _other_needs(m: PlanModel, table: int, own: set[str]) -> frozenset[str]:
    """The words of the other materials a table states a need of ("Nhu cầu muối hạt" beside "Nhu cầu ruốc"): a
    supply row named by one of them is that material's."""
    return frozenset().union(*(mat for _r, mat in _needs_by_table(m).get(table, ()) if not mat & own))


def _other_norms(m: PlanModel, own: set[str]) -> frozenset[str]:
    """The words of the materials the plan's norms name besides `own` ("0,4 kg muối cho 1 lít" beside the fish's), less
    the words of a form or grade any material may carry."""
    return frozenset(w for q in ratios(m) if q.material and not q.material & own
                     for w in q.material - _FORM_WORDS - _GRADE_WORDS)


def _total_above_covers(m: PlanModel, need: Row, x: Val) -> bool:
    """The balance table's own total of its sources, the total row just above the need row (nothing but rows of no
    kind between them), is at least the need that year: the plan's sources cover it, whatever words name them."""
    rows = m.table(need.table).rows
    need_words = _need_label_material(need.label, m.vocab)
    for o in reversed(rows[:need.index]):
        if o.total and o.kind is None and not o.flags & {"need", "input"} and not o.subset:
            if any("need" in p.flags for p in rows[:o.index]) or _names_the_product(m, o.label, need_words):
                return False  # (a total under another material's need: "A | Nhu cầu mật mía", …, "A.2 | Σ nguồn cung")
            y = o.qty_years().get(x.year)
            if y is None or y.unit != x.unit or y.vmax is not None:
                return False
            # (less what customers bring to be processed and take back, a row of it above the total: "Nghệ khách gửi
            # xay lọc (kg)" in "Tổng nghệ qua xưởng (kg)" is none of the producer's material, jo06)
            theirs = sum(t.value for p in _customers_rows(rows, o.index)
                         if (t := p.qty_years().get(x.year)) is not None and t.unit == x.unit and t.vmax is None)
            return y.value - theirs >= x.value
        if o.kind is not None or o.total:
            return False
    return False


def _names_the_product(m: PlanModel, label: str, own: set[str]) -> bool:
    """A total's label names what is made, not the material: "thành phẩm", or a word of the product's name that the
    material lacks ("Tổng tinh bột nghệ", "Tổng sá sùng khô" beside "Sá sùng tươi cần thu mua")."""
    made = product_tokens(m.view.plan.product.name or "", m.vocab)
    words = product_tokens(label or "", m.vocab) - own
    if words & {w for q in ratios(m) for w in q.material - _FORM_WORDS}:
        return False  # (a material of the plan's norms: "Cộng nguồn lạc nhân" though the product is "Dầu lạc")
    return bool(_FINISHED.search(label or "")) or bool(words & made)


def _sources_total(m: PlanModel, r: Row, own: set[str]) -> bool:
    """A total row of a balance table that states the need of the material below it, named by the material or by
    nothing but its total words ("Tổng búp tươi | 62.400" over "Búp tươi cần (4,5 kg/kg chè khô) | 47.250"): the sources
    it adds up are the supply, though no supply word says so (gw06)."""
    if not r.total or r.kind is not None or r.flags or not own or _names_the_product(m, r.label, own):
        return False
    named = {w for w in product_tokens(r.label, m.vocab) if _bare(w) not in _TOTAL_WORDS | _SUPPLY_WORDS}
    if named and not named <= own:
        return False
    return any(need.index > r.index and mat & own for need, mat in _needs_by_table(m).get(r.table, ()))


_YEAR_WORDS = frozenset({"năm", "nam"})
_SUPPLY_HEAD = re.compile(r"(?i)\bnguồn\s+cung\b")


def _row_series(evidence: str) -> tuple[str, ...]:
    """The figures of a row's evidence ("HTX thu mua … | 13.380 | 14.480 | 15.600": its three cells), in order."""
    return tuple(c.strip() for c in evidence.split(" | ")[1:] if c.strip() and any(ch.isdigit() for ch in c))


def _restated_supply_dropped(rows: list[tuple[float, str, int]]) -> list[tuple[float, str, int]]:
    """A supply row of one table restated by a row of another with the very same figures every year ("HTX thu mua để
    chế biến | 13.380 | 14.480 | 15.600" in the members' table, "HTX thu mua của hộ thành viên | 13.380 | 14.480 |
    15.600" beside the need): one supply, said twice, counted once (il05)."""
    kept: list[tuple[float, str, int]] = []
    for row in rows:
        ser = _row_series(row[1])
        if len(ser) >= 2 and any(k[2] != row[2] and k[0] == row[0] and _row_series(k[1]) == ser for k in kept):
            continue
        kept.append(row)
    return kept


def _stated_supply(m: PlanModel, material: set[str], product: set[str], unit: str,
                   year: int | None) -> tuple[float, list[str]] | None:
    """Stated supply of a material a year: material-balance rows flagged as supply, else the
    sentences naming the material with a supply cue (own area × yield, contracts, tonnes a year,
    households × tonnes each). Every reading that might be supply is counted, so the supply is
    never understated."""
    v = m.vocab
    own = (material - product) or material  # the words that tell the material from the product
    if own <= _FORM_WORDS and material - own:
        # "cam quả" for "nước cam": "quả" only says the material's form, which a supply sentence
        # leaves out ("110 tấn cam loại 2/năm"); the shared word names it there
        own = material
    if (share := _allocated_share(m, own, product, unit, year)) is not None:
        return share
    found: list[tuple[Val, Row]] = []
    for r in m.rows():
        if ("supply" not in r.flags and not _sources_total(m, r, own)) or r.subset or _need_first(r, v):
            continue
        if r.section == "schedule" and not _SUPPLY_HEAD.search(" ".join(m.table(r.table).header) + " " +
                                                              _caption_tail(m.table(r.table).caption)):
            # "Quý IV/2026 | Ký hợp đồng thu mua nghệ với thành viên …": a task of the schedule (not a table of the
            # sources that an appendix after the schedule holds, "Phụ lục 5: Nhu cầu và nguồn cung nguyên liệu")
            continue
        if _BASIS.search(_caption_tail(m.table(r.table).caption)):
            continue  # "Hao hụt qua các công đoạn (tính cho 1.000 kg cà tươi):" a batch's reckoning, not a year's supply
        if not _BUYS_IN.search(r.label or "") and _growers_output_table(m, r.table):
            continue  # the members' whole harvest and their own sales: the producer's supply is its purchase (il05)
        # (a supply table of the raw-material section may name its material only in a column of its own or
        # in its header; a channel table's "Công ty … (hợp đồng) | chè rời | 15" is a sale, not a supply)
        label_words = product_tokens(r.label, v)
        unnamed = bool(material) and not label_words & own  # (the row's label does not name the material)
        if unnamed and _other_needs(m, r.table, own) & label_words:
            continue  # "Tổng nguồn cung muối hạt" beside "Nhu cầu muối hạt" in the table of the shrimp's: the salt's
        if unnamed and _other_norms(m, own) & label_words:
            continue  # "Muối hạt: Tổng nguồn cung" beside the fish's, the plan's norm giving salt its own amount
        # ("Σ nguồn cung" under "B | Nhu cầu lạc nhân", in a table of four materials: the peanuts', gx01)
        head = _need_above(m, r) if unnamed and len(_needs_by_table(m).get(r.table, ())) >= 2 else None
        if head is not None and not head & own:
            continue
        # (or a table whose head says it lists the sources, wherever it stands: "Nguồn cung gừng tươi (kg)" in an
        # appendix after the signature)
        if unnamed and head is None and not (
                (r.section == "raw_materials" or _SUPPLY_HEAD.search(" ".join(m.table(r.table).header)))
                and (_text_cells_tokens(r, v) & own or _table_words(m, r.table) & own
                     or _group_head_material(m, r) & own)) \
                and not (m.ocr and {_bare(w) for w in label_words} & {_bare(w) for w in own}):
            # (a scan may misread a tone: "Vườn chè văng của hộ" for the "vằng" of the plan's norms)
            continue
        if m.ocr and year is not None and r.qty_years().get(year) is None and \
                any(y is not None and m.is_plan_year(y) for y in r.qty_years()):
            # on a scan, a supply row with the other years and not this one ("62.000)" unread): the year's supply
            # is unknown, not the rest of the rows' nor a sentence's
            return None
        x = _yearly_amount(r, unit, year)
        if x is None and r.total:
            # ("Tổng nguồn cung | 5.000" under "Gạo lứt đỏ từ ruộng thành viên (kg)", "… thu mua (kg)", ga01)
            x = _unitless_supply_total(m, r, unit, year)
        if x is not None:
            if (x := _in_material(m, r, x, own)) is not None:
                found.append((x, r))
    # (a balance by year, "Nguồn cung (kg) | 1.850 | 1.850 | 1.850" beside "Nhu cầu lá …", is the plan's supply of
    # that year: the list of sources a year it reckons from is not added to it)
    if any(x.year is not None for x, _r in found):
        found = [(x, r) for x, r in found if x.year is not None]
    rows = [(x.value, r.evidence, r.table, r.total) for x, r in found]
    # a table's own total of its sources flagged beside them ("Mây từ vườn …", "Mây mua theo hợp đồng …",
    # "Tổng nguồn cung mây"): the total, not the total and its parts
    summed = {t for _x, _e, t, total in rows if total}
    rows = [(x, e, t) for x, e, t, total in rows if total or t not in summed]
    # (a table whose supply rows were read above is not read again by its column: "Năm | Nhu cầu (kg) |
    # Nguồn cung (kg)", one row a year, is the row "Nguồn cung (kg)" by year once turned)
    read_tables = {t for _x, _e, t in rows}
    rows += [c for c in _supply_column(m, own, unit, year) if c[2] not in read_tables]
    for t, x, ev in _balanced_supply(m, own, unit, year):
        # a balance table's own reckoning: the row it takes the need and the balance from ("Phần đưa vào chế biến |
        # 52.224" = "Nhu cầu nguyên liệu | 44.620" + "Còn dư | 7.604"), not its sources one by one (ig01)
        rows = [row for row in rows if row[2] != t] + [(x, ev, t)]
    if rows:
        # a table of the sources whose total row adds more than its rows flagged as supply ("Ruộng của gia
        # đình | 24 tấn", "12 hộ liên kết | 40 tấn", "Cộng | 64 tấn"): the table's total is the supply
        for t in dict.fromkeys(tb for _x, _e, tb in rows):
            tm = m.table(t)
            if not (tm.section == "raw_materials" or "nguồn" in " ".join(tm.header).lower()):
                continue
            flagged = sum(x for x, _e, tb in rows if tb == t)
            for r in tm.rows:
                x = _yearly_amount(r, unit, year) if r.total and not r.subset and r.kind is None else None
                x = _in_material(m, r, x, own) if x is not None else None
                # (a total naming no material, "Cộng", "Tổng nguồn cung", or this one: not "Tổng nguồn cung mây"
                # for the bamboo)
                # (nor the groups it adds up: "Tổng cộng (I + II)")
                named = {w for w in product_tokens(r.label, v) if _bare(w) not in _TOTAL_WORDS | _SUPPLY_WORDS
                         and not re.fullmatch(r"[ivxl]{1,4}", _bare(w))}
                # (or a grand total over its groups, "Tổng cộng (I + II)" under "I | Tự sản xuất | 28.000", its items,
                # "II | Thu mua …" and its items: the groups' heads and their items both read as sources)
                # (less what customers bring to be processed and take back: "Nghệ khách gửi xay lọc (kg)" in "Tổng
                # nghệ qua xưởng (kg)" is none of the producer's material, jo06)
                theirs = sum(tx.value for o in _customers_rows(tm.rows, r.index)
                             if (tx := _yearly_amount(o, unit, year)) is not None) if x is not None else 0.0
                if x is not None and (x.value - theirs > flagged or _NAMED_GROUPS.search(r.label or "")) and \
                        (not named or named & own):
                    rows = [row for row in rows if row[2] != t] + [(x.value - theirs, r.evidence, t)]
                    break
        rows = _restated_supply_dropped(rows)
        return sum(x for x, _e, _t in rows), [e for _x, e, _t in rows]
    total, ev = 0.0, []
    counted: list[float] = []
    counted_blocks: set[int] = set()
    stated: list[tuple[float, str]] = []
    unknown = False
    known = [r.material for r in ratios(m) if r.material]  # the materials the plan gives norms for
    # the raw-material paragraphs that name the material ("Nhu cầu búp tươi 15.000 kg …"): the plan's total
    # of the sources there counts though its own sentence names none ("Tổng nguồn cung khoảng 20.000 kg/năm")
    naming_blocks = {s.block for s in m.sents if s.section == "raw_materials" and product_tokens(s.text, v) & own}
    sources = _listed_sources(m, naming_blocks)
    plain = plain_name(m)  # ("Mực ống sấy" of "Mực ống sấy Xuân Hội")
    for i_s, s in enumerate(m.sents):
        if s.section in ("market", "financials", "investment", "social_environment", "risks", "swot",
                         "rationale", "proposals") or _NUTRITION.search(s.text):
            continue  # (nor what a portion holds: "Mỗi 100 g mứt cung cấp khoảng 380 kcal, … từ cùi dừa")
        st = product_tokens(s.text, v)
        # (a clause after ";" going on in lower case with the next season, "…; vụ hè thu gieo tháng 6, … với 7 ha, năng
        # suất 2.000 kg/ha", counts the material its sentence named before it)
        if material and not (st & own) and _SEASON.match(s.text) and i_s > 0 and \
                (prev_s := m.sents[i_s - 1]).section == s.section and prev_s.text.rstrip().endswith(";") and \
                product_tokens(prev_s.text, v) & own:
            st = st | own
        if material and not (st & own) and s.block not in sources and not (
                (s.block in counted_blocks or s.block in naming_blocks) and
                s.section == "raw_materials" and _SUPPLY_TOTAL_SENT.match(s.text)):
            # (the plan's total of the sources just listed, in their paragraph, names no material:
            # "Tổng nguồn cung khoảng 38 tấn/năm"; another paragraph's total is another material's)
            continue
        # "năng suất 1,6 tấn/ha", "mỗi con hươu cho 0,9 kg nhung/năm": a yield per unit of area or head
        # (of this material: "năng suất 4,8 tấn thóc/ha, xay xát được khoảng 2,4 tấn gạo nếp/ha" is the
        # paddy's yield, then the rice's)
        yields = [(a, yk) for a in s.amounts if a.unit == unit and a.kind in QTY_KINDS and a.value_max is None
                  and (yk := _yield_kind(s.text, a)) is not None
                  # (what it counts, after it or inside it: "năng suất 4,5 tấn thóc/ha" is paddy, not the rice)
                  and not ((noun := _noun_after(s.text, a.end, v) or _counted_noun(s.text, a, v) - _FORM_WORDS)
                           and material and not (noun & material))]
        total_line = bool(_SUPPLY_TOTAL_SENT.match(s.text))
        if s.section == "current_state" and not yields and not total_line and _past_paragraph(m, s.block):
            # "Năm 2026 … Hợp tác xã thu mua … được khoảng 4.500 kg": what was bought, not the plan's supply
            # (an orchard planted in 2012 with its yield is one: it bears through the plan's years)
            continue
        # "Năng suất bình quân 12 kg mật đàn/năm …, tương đương khoảng 3.600 kg mật/năm" (a scan lost the
        # yield's "/"): the raw-material section's own yearly reckoning of its yield
        reckoned = s.section == "raw_materials" and bool(_YIELD_SAID.search(s.text)) and any(
            _EQUIVALENT.search(s.text[max(0, a.start - 30):a.start]) for a in s.amounts if a.unit == unit)
        if not v.text["supply"].in_text(s.text) and not yields and not total_line and not reckoned:
            continue
        if not v.text["supply_firm"].in_text(s.text) and any(
                _SOLD_OUTPUT.match(s.text[b:b + 40]) for _a, b in v.text["output"].char_spans(s.text)):
            continue  # "Sản lượng mật ong tiêu thụ: 12.000 kg năm 2027": the sales, not the supply
        if _HOLDS.search(s.text) and not v.text["supply_firm"].in_text(s.text):
            continue  # "mỗi thùng ủ được khoảng 3 tấn cá/năm, tổng năng lực khoảng 120 tấn cá/năm": what the
            # vats can take, not what is supplied
        if not yields and _MACHINE_SENT.match(s.text) and not v.text["supply_firm"].in_text(s.text):
            continue  # "Máy sấy chạy 1 mẻ/ngày trong 150 ngày thu hoạch, xử lý được 30.000 kg râu tươi": what a
            # machine can take, not what the growers supply
        if v.text["sales"].in_text(s.text) and not v.text["supply_firm"].in_text(s.text):
            continue  # the producer's own sales ("sản lượng lạc nhân bán ra đạt 7 tấn") are not a supply
        # (a firm supply cue counts in a clause that holds an amount of the material: "Sản lượng ý dĩ tách vỏ 9.000 kg
        # năm 2027, …; doanh thu …: liên kết ổn định với 26 hộ trên 200 sào" states the output, not a supply, fv10)
        firm = v.text["supply_firm"].in_text(s.text) and (";" not in s.text or any(
            v.text["supply_firm"].in_text(_clause_of(s.text, a.start)) for a in s.amounts
            if a.unit == unit and a.kind in QTY_KINDS))
        if product and not firm and any(
                product <= (said := product_tokens(s.text[b:b + 30], v)) and not (own - product) & said
                for _a, b in v.text["output"].char_spans(s.text)):
            # the product's own output ("Sản lượng chà bông tôm 4.500 kg năm 2026") is not a supply (the
            # material's is: "tổng sản lượng khoảng 9.600 kg mật thô/năm" for "mật thô" → "mật")
            continue
        if not firm and any(
                _FINISHED.search(s.text[b:b + 40]) or (plain and plain <= product_tokens(s.text[b:b + 30], v))
                # (or, in a sentence that reckons the output from the plan's norm, an output cue right before an amount
                # of a named plan year that counts nothing: "mỗi mẻ 40 kg lá tươi cho 8 kg trà khô; sản lượng 1.600 kg
                # năm 2027"; not a zone's yield, said by the year, "sản lượng khoảng 180 tấn/năm", nor a beekeeper's
                # "Sản lượng mật: 8.000 kg năm 2027", the honey it gathers, its own supply)
                or (any(r.text == s.text for r in ratios(m)) and any(
                    b <= a.start <= b + 12 and a.unit == unit and not _counted_noun(s.text, a, v) - _YEAR_WORDS
                    and _NEED_YEAR.match(s.text, a.end) for a in s.amounts))
                for _a, b in v.text["output"].char_spans(s.text)):
            # "Sản lượng trà nhân trần thành phẩm 15.000 kg", "Sản lượng mực ống sấy 10.000 kg năm 2026":
            # the finished product (named without its brand), not a supply
            continue
        best = 0.0
        grown = 0.0
        # "năng suất 3,2 tấn thóc/ha, sản lượng khoảng 48 tấn thóc/năm": the clause states the
        # total the yield gives, so an area it does not repeat leaves nothing unknown
        def total_after(y: Amount) -> bool:
            return any(a.unit == unit and a.kind in QTY_KINDS and a.value_max is None and a.start > y.end
                       and (a.per or "").split("/")[0] in ("", "năm") and ";" not in s.text[y.end:a.start]
                       and not any(a is b for b, _ in yields) for a in s.amounts)
        for a, yk in yields:
            n = _yield_count(m, s, yk, material, year)
            if n is None:
                # a yield without its area or herd: the supply is not known
                unknown = unknown or not total_after(a)
            else:
                grown = max(grown, a.value * n)
        grown = max(grown, _seasons_grown(s, yields))
        heads = [a.value for a in s.amounts if a.kind == "count" and a.unit in ("hộ", "thành viên", "người")
                 and not a.per and a.value_max is None]
        # the amounts of a norm ("cần 2,5 kg lạc nhân cho 1 lít dầu, kèm 1,5 kg khô dầu") are no supply
        norm = {x for r in ratios(m) if r.text == s.text for x in (r.inp, r.out)}
        prev = 0
        aside = 0.0
        derived = 0.0
        derived_at: dict[int, float] = {}  # the derived amounts by their ";"-clause (where it starts)
        extra: dict[int, float] = {}  # a further source in its own clause, added to the first
        best_noun: set[str] = set()  # what the amount in `best` counts, and its year
        best_year: int | None = None
        last_end = 0  # where the last amount taken as a source ends
        other_from = -1  # where the clause of an amount naming something else began
        listed_end = -1  # where the last source amount alone in its brackets ends
        for a in s.amounts:
            y, prev = year_of(s.text, a, prev), a.end
            if a.unit != unit or a.kind not in QTY_KINDS or any(a is b for b, _ in yields):
                continue
            if not a.per and a.value in norm:
                continue
            if not a.per and _FOR_EACH_RIGHT.match(s.text, a.end):
                continue  # "0,04 lít dầu phủ gốc nước cho mỗi sản phẩm": a norm no ratio was read of, no supply
            if _PROPORTION_LEFT.search(s.text[max(0, a.start - 30):a.start]) or \
                    _PROPORTION_RIGHT.match(s.text[a.end:a.end + 30]):
                continue  # "theo tỷ lệ 3 kg cá : 1 kg muối": a proportion, no supply
            if not a.per and (_PACKED_IN.search(s.text[max(0, a.start - 30):a.start]) or
                              _PACK_COUNT_BRACKET.search(s.text[max(0, a.start - 40):a.start])):
                continue  # "đóng túi hút chân không 500 g", "túi 20 chiếc (1 kg)": the size of a pack, no supply
            if m.is_reported_year(y):
                continue  # a past year's figure ("năm 2025 thu mua 7 tấn") is not the plan's supply
            if not heads and _EACH_SOURCE_BEFORE.search(s.text, max(0, a.start - 30), a.start):
                continue  # "các hộ chẻ tăm … (mỗi hộ 120 kg/năm)": each source's amount, their number unsaid (jn08)
            per = (a.per or "").split("/")
            if per[0] not in ("", "năm") and not (per[0] in ("hộ", "thành viên", "người") and heads):
                continue
            left = s.text[max(0, a.start - 25):a.start].lower()
            clause_left = _clause_of(s.text, a.start)[:max(0, a.start - _clause_start(s.text, a.start))]
            set_aside = v.text["earmarked"].in_text(clause_left) and not re.search(r"(?i)\bcần\b|nhu cầu", left)
            if (v.text["need"].in_text(left) and not set_aside) or v.text["storage"].in_text(left):
                continue
            # (what it counts: "25 tấn thịt nạc/năm" names it inside, before its "/"; "9 tấn quả/năm" only
            # its form)
            noun = _counted_noun(s.text, a, v)
            if noun and not (noun - _FORM_WORDS - _GRADE_WORDS):
                noun = set()  # (its form or grade only: "2.500 kg quả loại 2/năm", gb03)
            if noun and not (noun & material):
                other_from = _clause_start(s.text, a.start)
                continue  # "50 tấn muối/năm": another material
            if not noun and other_from == _clause_start(s.text, a.start) and y is not None:
                continue  # "Sản lượng 9.000 kg bột năm 2027, 9.900 kg năm 2028 …": the same thing year by year
            if y is not None and year is not None and y != year and m.is_plan_year(y) and \
                    not (y < year and _FROM_YEAR_ON.match(s.text, a.end)):
                # "Mua 6.400 kg mật ong thô năm 2027": the first year's purchase, not 2029's (is03); but "khoảng 21 tấn/năm
                # từ năm 2027 khi cây cho thu hoạch đủ lứa" is every year's from then on (aa02)
                # (after what it counts is read: "9.000 kg bột năm 2027, 9.900 kg năm 2028" is flour whatever the year, bo06)
                continue
            if s.section == "objectives" and not v.text["supply"].in_text(_clause_of(s.text, a.start)):
                continue  # a target of the plan ("sơ chế và tiêu thụ 20 tấn tiêu mỗi năm"), not a supply
            near = None if noun else _nearest_material(s.text, a.start, known)  # (the noun after it tells)
            if near is not None and not (near & material):
                continue  # "Gạo nếp mua của thành viên ..., sản lượng khoảng 20 tấn/năm": another material's
            val = a.value_max or a.value
            each = _EACH.search(s.text[max(0, a.start - 45):a.start])
            if heads and (per[0] in ("hộ", "thành viên", "người") or each):
                val *= _heads_for(s, a, heads) if each else max(heads)
            elif each and (n_of := re.search(r"(?i)\b(\d{1,4})\s+(?:chiếc\s+)?" + re.escape(each.group(2)) + r"\b",
                                              s.text)):
                val *= int(n_of.group(1))  # "8 thuyền thành viên (mỗi thuyền khai thác khoảng 4 tấn tôm/năm)"
            if _SUPPLY_TOTAL.search(clause_left) or (y is not None and y == year and s.amounts and
                                                     _SUPPLY_TOTAL.search(s.text[:s.amounts[0].start])):
                # "Tổng nguồn cung khoảng 46 tấn rau má tươi/năm"; or the year's of a total said by year ("Tổng nguồn
                # mật hằng năm khoảng 2.300 kg năm 2027, 2.500 kg năm 2028 và 2.700 kg năm 2029", bz08)
                stated.append((val, s.text))
            if set_aside:
                aside = max(aside, val)
            if (yields or reckoned) and (_EQUIVALENT.search(s.text[max(0, a.start - 30):a.start]) or
                           _THEREFORE.search(s.text[max(0, a.start - 60):a.start])):
                # "8 ha; năng suất 4,5 tấn/ha; cam kết bán cho HTX 60% sản lượng, tương đương khoảng
                # 21,6 tấn": the plan's own reckoning of what the yield gives it, not a second source
                derived = max(derived, val)
                k = s.text.rfind(";", 0, a.start)
                derived_at[k] = max(derived_at.get(k, 0.0), val)
            in_brackets = bool(_BRACKET_OPEN.search(s.text[max(0, a.start - 15):a.start])
                               and _BRACKET_CLOSE.match(s.text, a.end))
            if in_brackets and best and y is None and listed_end >= 0 and \
                    _NEXT_IN_LIST.match(s.text[listed_end:a.start]):
                # "mua theo hợp đồng với HTX … (6.000 kg/năm), THT … (4.000 kg/năm) và Các hộ … (4.000 kg/năm)":
                # a list of sources, each with its own amount in brackets: they add up
                extra[a.start] = val
                listed_end = a.end
                last_end = a.end
                continue
            if in_brackets and y is None:
                listed_end = a.end
            cut = s.text.rfind(";", 0, a.start)
            if cut > 0 and _MORE_SUPPLY.search(s.text[cut:a.start]) and val != best:
                extra[cut] = max(extra.get(cut, 0.0), val)  # "…; tổ hợp tác mua thêm … khoảng 2.000 kg/năm"
                continue
            # "vườn của Công ty 6 ha (khoảng 9 tấn quả/năm) và hợp đồng bao tiêu với 30 hộ (khoảng 6 tấn/năm)":
            # a second source joined by "và", with its own contract and amount
            # (or two kinds of a material the norm names in general: "tương đương 3.600 kg thịt bê và 6.000 kg
            # thịt lợn/năm" against "0,95 kg thịt nạc cho 1 kg giò (cả giò me và giò lụa)")
            joined = s.text.rfind(" và ", 0, a.start)
            if best and joined >= last_end and val != best and (
                    v.text["supply_firm"].in_text(s.text[joined:a.start]) or _other_kind(noun, best_noun, y, best_year)):
                extra[joined] = max(extra.get(joined, 0.0), val)
                last_end = a.end
                continue
            if val >= best:
                best_noun, best_year = noun, y
            best = max(best, val)
            last_end = a.end
        # ("7 ha, năng suất 13 tấn/ha, cho khoảng 91 tấn/năm; hợp đồng mua thêm … 34 tấn/năm": the 91 is the
        # area × yield said again, already in `best`, and must not be added a second time)
        grown_said = bool(grown) and best > 0 and close(best, grown, 0.02) and bool(extra)
        best += sum(extra.values())
        if aside:
            best = aside  # the harvest's part set aside for the product, not the whole harvest
        if len(derived_at) >= 2:
            # "Vụ đông … 80 sào, năng suất 280 kg/sào, được 22.400 kg; vụ xuân … 30 sào, năng suất 250 kg/sào, được
            # 7.500 kg": each clause reckons its own yield, and the clauses' crops add up (fv08); a clause without a
            # yield of its own that reckons more is their total ("…; tổng cộng được 29.900 kg")
            reckoned_own = [x for k, x in derived_at.items() if any(
                k < y.start and ";" not in s.text[k + 1:y.start] for y, _yk in yields)]
            if len(reckoned_own) >= 2:
                derived = max(derived, sum(reckoned_own))
        if derived:
            # (and the further sources after it: "…, được 20.000 kg; ngoài ra … thu mua 10.000 kg hạt tươi")
            best, grown = derived + sum(extra.values()), 0.0
        if grown_said:
            pass
        elif grown and best and not close(grown, best, 0.1):
            best += grown  # own area × yield and another source ("và liên kết với 20 hộ cung cấp 100 tấn")
        else:
            best = max(best, grown)
        if best > 0 and not any(close(best, c, 0.005) for c in counted):
            # the same amount said again ("Với 48 tấn thóc/năm, vùng nguyên liệu bảo đảm đủ") is one source
            total += best
            counted.append(best)
            ev.append(s.text)
        if best > 0:
            counted_blocks.add(s.block)
    if stated:
        # the plan's own total of its supply: its parts are not added to it again
        val, text = max(stated)
        return val, [text]
    if total > 0 and not unknown:
        return total, ev
    return None


def _other_kind(noun: set[str], prev: set[str], year: int | None, prev_year: int | None) -> bool:
    """Two amounts of one sentence counting two kinds of the material: each names a word the other
    does not, beyond its state or form, and neither is a year's."""
    return bool(noun and prev and year is None and prev_year is None and
                (noun - prev - _STATE_WORDS) and (prev - noun - _STATE_WORDS))


# a table reckoned on a round amount of the material, not on a year: "(tính cho 1.000 kg cà tươi)",
# "tính trên 1 tấn cá", "tính cho mỗi 100 kg"
_BASIS = re.compile(r"(?i)\btính\s+(?:cho|trên|với)\s+(?:mỗi\s+)?(?:1|10|100|1\.000|1000)\s*(?:kg|tấn|tạ|lít|l)\b")


def _text_cells_tokens(r: Row, v: Vocab) -> set[str]:
    """Product words of a row's text cells other than its label: a supply table may name the source in
    its label and the material in a column of its own ("12 tàu lưới vây … | Cá cơm tươi | tấn | 48")."""
    return {t for c in r.cells if c and c != r.label and not any(ch.isdigit() for ch in c)
            for t in product_tokens(c, v)}


_SUPPLY_HEADER = re.compile(r"(?i)\b(?:cung ứng|cung cấp|nguồn cung|khả năng cung|hợp đồng)\b")


def _supply_column(m: PlanModel, own: set[str], unit: str, year: int | None) -> list[tuple[float, str, int]]:
    """A raw-material table's column of what the suppliers deliver a year ("Nguyên liệu | … | Năm 2029 |
    Hợp đồng cung ứng/năm", its total row "Cộng nguyên liệu | … | 51.000"): the column's total (else the
    sum of its rows), when the table names the material. In a table of one row a year ("2028 | 1.725 |
    1.600"), the row of `year` alone: the years are no sources to add up."""
    out = []
    for tm in m.tables:
        if tm.section != "raw_materials" or not (_table_words(m, tm.index) & own):
            continue
        cols = [j for j, h in enumerate(tm.header) if _SUPPLY_HEADER.search(h) and not re.search(r"(?i)nhu cầu|cần", h)]
        if len(cols) != 1:
            continue
        cells = [(r, x) for r in tm.rows if not r.subset
                 for x in r.vals if x.col == cols[0] and x.qty and x.unit == unit and x.vmax is None]
        if any(x.year is not None for _r, x in cells):
            cells = [(r, x) for r, x in cells if x.year == year][:1]
        totals = [(r, x) for r, x in cells if r.total]
        if totals:
            r, x = totals[-1]
            out.append((x.value, r.evidence, tm.index))
        elif len(cells) >= 1:
            out.append((sum(x.value for _r, x in cells), "; ".join(r.evidence for r, _x in cells), tm.index))
    return out


def _allocated_share(m: PlanModel, own: set[str], product: set[str], unit: str,
                     year: int | None) -> tuple[float, list[str]] | None:
    """The share of the material a table that shares it out among its uses sets aside for the product ("Phân bổ gạo
    nếp … theo mục đích": "Nấu rượu | 18 | 16.160" beside "Bán gạo nếp theo hợp đồng | 75 | 67.360"): that share is
    the product's supply, not the whole harvest (ih05)."""
    if year is None or not product:
        return None
    prod = {_bare(w) for w in product} - {"san", "pham", "thanh"}
    for tm in m.tables:
        if not _allocation_table(m, tm.index) or not _table_words(m, tm.index) & own:
            continue
        rows = [r for r in tm.rows if not r.total and not r.subset
                and {_bare(w) for w in product_tokens(r.label, m.vocab)} & prod]
        if len(rows) != 1:
            continue
        x = rows[0].qty_years().get(year)
        if x is not None and x.unit == unit and x.vmax is None:
            return x.value, [rows[0].evidence]
    return None


def _converted_above(m: PlanModel, need: Row, year: int, unit: str) -> tuple[float, list[str]] | None:
    """The row right above a need row that turns the harvest above it into the material needed ("Tổng sản lượng thu
    hoạch | 69.200" of paddy, "Phần đưa vào chế biến | 51.900", "Quy ra gạo (tỷ lệ 66 %) | 34.254", then "Nhu cầu
    nguyên liệu | 41.600", ig05): what the need draws on, not the harvest's total."""
    rows = m.table(need.table).rows
    above = rows[need.index - 1] if need.index > 0 else None
    if above is None or above.total or not _CONVERTED_ROW.match(above.label or ""):
        return None
    x = above.qty_years().get(year)
    return (x.value, [above.evidence]) if x is not None and x.unit == unit and x.vmax is None else None


def _balance_above(m: PlanModel, need: Row, year: int, unit: str) -> tuple[float, list[str]] | None:
    """The row right above a need row that its table sets against it, the need plus the balance below it ("Cói khô
    dành cho dệt chiếu máy | 14.160", "Nhu cầu theo kế hoạch | 12.400", "Còn dư dự phòng | 1.760", then the next
    use's three rows, ih04): that row of the year is the need's supply."""
    rows = m.table(need.table).rows
    above = rows[need.index - 1] if need.index > 0 else None
    if above is None or id(above) not in _balance_supply_rows(m):
        return None
    # (the row with no unit of its own: the balance struck in its other years puts it in the need's, ie03)
    x = next((v for v in above.vals if v.year == year and _qty_or_bare(v)), None)
    return (x.value, [above.evidence]) if x is not None and x.unit in (unit, "") else None


def _qty_or_bare(v: Val) -> bool:
    """A single quantity, or a bare number that may be one in a table that names its unit elsewhere."""
    return v.vmax is None and (v.qty or (v.kind == "number" and not v.unit))


def _table_supply_total(m: PlanModel, need: Row, year: int, unit: str) -> tuple[float, list[str]] | None:
    """The one supply total of the need's own table, above it ("Tổng nguồn cung | | 28.000" over "Nhu cầu năm 2027 |
    24.000 lít × 1,3 kg | 31.200" under "Bảng 4. Nguồn cá cơm nguyên liệu", jc06): the year's, or every year's when
    it names none; not another table's total of another material's sources ("Bảng 5. Nguồn muối")."""
    rows = m.table(need.table).rows
    tot = [o for o in rows[:need.index] if "supply" in o.flags and o.total and not o.subset]
    if len(tot) != 1 or any("need" in o.flags for o in rows[:tot[0].index]):
        return None  # (a total closing another need's group: "A | Nhu cầu mật mía", "A.2 | Σ nguồn cung", then "B | …")
    vals = [v for v in tot[0].vals if v.kind in QTY_KINDS and v.unit == unit and v.per in (None, "năm")
            and v.year in (year, None) and v.vmax is None]
    v = next((v for v in vals if v.year == year), vals[0] if len(vals) == 1 else None)
    if v is None:
        # (a total with no unit over sources in the need's unit: "Cộng nguồn cung cà gai leo tươi | 24.000" under
        # "(1,5 ha × 12.000 kg) | 18.000" and "(12 hộ × 500 kg) | 6.000", over "Nhu cầu (4,5 kg/kg)", ie02)
        v = _unitless_supply_total(m, tot[0], unit, year)
    return (v.value, [tot[0].evidence]) if v is not None else None


def _balance_pairs(m: PlanModel) -> list[tuple[int, Row, Row, Row]]:
    """The balances the tables strike: (table, supply row, need row, balance row) where the row right above a need
    row is the need plus the balance row below it ("Còn dư", "Thừa/thiếu") in every year that gives all three
    ("Phần đưa vào chế biến | 52.224", "Nhu cầu nguyên liệu | 44.620", "Còn dư | 7.604", ig01; "Búp chè tươi dành cho
    sao sấy chè búp khô | 33.550" over its need and balance, ih06). Read once a plan."""
    got = m._cache.get("balance_pairs")
    if got is not None:
        return got
    got = []
    for tm in m.tables:
        rows = tm.rows
        for i, need in enumerate(rows):
            if i == 0 or "need" not in need.flags or ("supply" in need.flags and not _need_first(need, m.vocab)):
                # (a need that names what it buys is one: "Nhu cầu cam quả thu mua của tổ viên (1,1 kg/kg)", ip04)
                continue
            bal = next((o for o in rows[i + 1:i + 3] if "balance" in o.flags), None)
            if bal is None:
                continue
            r = rows[i - 1]
            def by_year(o: Row) -> dict[int | None, Val]:  # each year's first such figure
                return {v.year: v for v in reversed(o.vals) if _qty_or_bare(v)}

            nys, bys = by_year(need), by_year(bal)
            checks = [close(x.value, n.value + b.value, 0.01) for y, x in by_year(r).items()
                      if y is not None and (n := nys.get(y)) is not None and (b := bys.get(y)) is not None
                      and x.unit in (n.unit, "") and b.unit in (n.unit, "") and (n.unit or x.unit == b.unit == "")]
            # (a need in the unit its norm names, "Nhu cầu (1,05 kg/kg) | 3.465", between a total of the sources and a
            # balance that name none, "Cộng nguồn cung mật ong thô | 3.920", "Còn dư | 455": the three add up, ie03)
            if checks and all(checks):
                got.append((tm.index, r, need, bal))
    m._cache["balance_pairs"] = got
    return got


def _balance_supply_rows(m: PlanModel) -> set[int]:
    """The supply rows of the tables' balances (`_balance_pairs`): the material set against a need, never output."""
    return {id(r) for _t, r, _n, _b in _balance_pairs(m)}


def _balanced_supply(m: PlanModel, own: set[str], unit: str, year: int | None) -> list[tuple[int, float, str]]:
    """The supply of the material that the raw-material part's balance of it reckons with (`_balance_pairs`; one
    balance in its table, of this material), read in `year`, or, when a scan lost that row's cell of the year, the
    need plus the balance of that year (ig03). (table, supply, its row) for each."""
    if year is None:
        return []
    pairs = _balance_pairs(m)
    out = []
    for t, r, need, bal in pairs:
        tm = m.table(t)
        if tm.section != "raw_materials" or sum(1 for p in pairs if p[0] == t) != 1:
            continue  # (several balances in one table are several materials' or uses')
        mat = _need_label_material(need.label, m.vocab)
        if mat and not mat & own or not mat and not _table_words(m, t) & own:
            continue
        if _CONVERTED_ROW.match(r.label or "") or (product_tokens(_blank_parens(r.label or ""), m.vocab) &
                                                   _other_norms(m, own)):
            # (a balance in the product the material makes, "Quy ra gạo (tỷ lệ 62 %) | 80.550" = "Nhu cầu | 60.000" +
            # "Còn dư | 20.550", is no supply of the paddy, ig08)
            continue
        xr, xn, xb = (_yearly_amount(o, unit, year) for o in (r, need, bal))
        if xr is not None and xr.year == year:
            out.append((t, xr.value, r.evidence))
        elif m.ocr and xn is not None and xb is not None and xn.year == xb.year == year and xb.value >= 0:
            out.append((t, xn.value + xb.value, f"{need.evidence}; {bal.evidence}"))
    return out


def _table_words(m: PlanModel, table: int) -> set[str]:
    """Product words of a table's header and of the sentence right above it ("Nguồn cung cấp moi:" over
    "Nguồn | Số lượng moi tươi/năm (kg)"): what rows that name only a source are the sources of."""
    key = ("table_words", table)
    if key not in m._cache:
        tm = m.table(table)
        # (and a balance table's own need row: "Nhu cầu búp chè tươi | kg | 13.440" above "Tổng nguồn cung |
        # kg | 15.000" and its sources names what they supply)
        # (its material in brackets too: "Nguyên liệu cần dùng (cam tươi)")
        needs = [re.sub(r"[()]", " ", r.label) for r in tm.rows
                 if "need" in r.flags and "supply" not in r.flags and r.section == "raw_materials"]
        text = " ".join([_caption_tail(tm.caption), *tm.header, *needs[:1]])
        got = product_tokens(text, m.vocab) if text.strip() else set()
        # (a table the page break cut, its header repeated: "Tổng nguồn cung | m3 | 35" under the header again,
        # its material named in the part above it; the table just before, in the same section, with as many
        # columns)
        # (the header repeated, to a scan's misread cell: "ĐV T" for "ĐV đ")
        prev = max((t for t in m.tables if t.block < tm.block and tm.block - t.block <= 3 and t.section == tm.section
                    and len(t.header) == len(tm.header)), key=lambda t: t.block, default=None)
        if prev is not None and len(tm.header) >= 3 and sum(
                " ".join(a.split()).lower() != " ".join(b.split()).lower() for a, b in zip(prev.header, tm.header)) <= 1:
            got = got | _table_words(m, prev.index)
        m._cache[key] = got
    return m._cache[key]


# an amount that is one side of a proportion ("theo tỷ lệ 3 kg cá : 1 kg muối", "… cá : 1 kg muối")
_PROPORTION_LEFT = re.compile(r"(?i)(?:\btỷ\s+lệ\s*(?:khoảng\s*)?|\d\s*(?:kg|g|lít|l)(?:\s+[^\W\d]+){0,2}\s*:\s*)$")
_PROPORTION_RIGHT = re.compile(r"(?i)^(?:\s+[^\W\d]+){0,2}\s*:\s*\d")

# words that say a material's form or state, not which material it is
_FORM_WORDS = frozenset(tone_key(w) for w in ("quả", "trái", "tươi", "củ", "hạt", "lá", "nhân", "thô", "nguyên", "liệu"))
_GRADE_WORDS = frozenset(tone_key(w) for w in ("loại",))  # a grade says which share of a material, not which material
# words that say a material's state or cut, not which kind it is ("chè búp tươi" and "chè khô" are one
# material before and after drying, "thịt bê" and "thịt lợn" two kinds of meat)
_STATE_WORDS = _FORM_WORDS | frozenset(tone_key(w) for w in ("khô", "sấy", "búp", "chín", "sống", "ướt", "nạc", "sơ", "chế"))
_YIELD_SAID = re.compile(r"(?i)\bnăng\s+suất\b")
# a clause that adds a source to the one before it: "…800 kg củ khô/năm; tổ hợp tác mua thêm … 2.000 kg/năm"
_MORE_SUPPLY = re.compile(r"(?i)\b(?:mua\s+thêm|thu\s+mua\s+thêm|bổ\s+sung|ngoài\s+ra|liên\s+kết\s+thêm|cộng\s+thêm|"
                          # "…= 40.000 kg/năm; mua theo HĐ của THT … (8.000 kg)": a contract purchase in a clause of its own
                          r"(?:thu\s+)?mua\s+theo\s+(?:hợp\s+đồng|hđ))\b")
# an amount alone in its brackets after the source it belongs to: "HTX Nông nghiệp Đức Lạc (6.000 kg/năm)"
_BRACKET_OPEN = re.compile(r"\(\s*(?:khoảng\s+|gần\s+|trên\s+)?$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# between two such sources of one list: the first's bracket closed, then "," or "và", no other amount's clause
_NEXT_IN_LIST = re.compile(r"(?i)^\s*\)\s*(?:,|và\b|,\s*và\b)[^;.()]*\($")
# what equipment or vats can take a year ("tổng năng lực khoảng 120 tấn cá/năm", "công suất …")
_HOLDS = re.compile(r"(?i)\b(?:năng\s+lực|công\s+suất|sức\s+chứa)\b|"
                    # what each vessel takes ("30 thùng gỗ, mỗi thùng ủ được 1,2 tấn cá"): a vat's load, no supply
                    r"\bmỗi\s+(?:thùng|bể|chum|vại|lu|khạp|bồn)\s+(?:ủ|chứa|muối|đựng)\b")
# a sentence about a machine (its runs, its throughput) whose subject is the machine
_MACHINE_SENT = re.compile(r"(?i)^\W*(?:máy|lò|nồi|dây chuyền|hệ thống máy|thiết bị)\b[^.;,]{0,40}?"
                           r"\b(?:chạy|hoạt động|vận hành|xử lý|sấy|công suất|có thể|mỗi mẻ|\d)")
_SUPPLY_TOTAL_SENT = re.compile(r"(?i)^\W*(?:tổng\s+(?:nguồn\s+cung|lượng\s+cung|cộng\s+nguồn|nguồn\s+nguyên\s+liệu|"
                                r"nguồn(?=(?:\s+[^\W\d]+){0,3}\s*(?:khoảng|là|đạt|gần|trên|:)?\s*\d))|"
                                r"cộng\s+(?:các\s+)?nguồn|"
                                # "Tổng sản lượng cam của thành viên khoảng 360 tấn/năm": what the members grow
                                r"tổng\s+sản\s+lượng\b[^.;\d]{0,30}\bcủa\s+(?:các\s+)?(?:hộ\s+)?(?:thành\s+viên|xã\s+viên|"
                                r"hộ\s+liên\s+kết|vùng\s+nguyên\s+liệu))\b")
# an output cue followed by the product and "tiêu thụ"/"bán": what is sold
_SOLD_OUTPUT = re.compile(r"(?i)^(?:\s+[^\W\d]+){0,4}?\s+(?:tiêu\s+thụ|bán\s+ra|bán\s+được|bán)\b")
# "…, thóc xay với tỷ lệ khoảng 2/3, nên lượng gạo nếp cung cấp cho tổ khoảng 10.500 kg/năm": the
# conclusion the plan draws from the yield it has just stated
_THEREFORE = re.compile(r"(?i)\b(?:nên|do đó|vì vậy|vì thế|như vậy)\b[^\d;]{0,70}$")
# ("…, năng suất 6 tạ/sào; tổng sản lượng khoảng 16 tấn gừng, sả tươi mỗi năm": the yields added up)
_EQUIVALENT = re.compile(r"(?i)\b(?:tương đương|tức là|tức|bằng khoảng|được|thu được|cho ra|còn|tổng|tổng cộng|"
                         r"tổng\s+sản\s+lượng)\b[^\d;]{0,15}$")
# (also the growing area's whole yield: "Tổng sản lượng vùng trồng khoảng 12 tấn chè vằng khô/năm")
_SUPPLY_TOTAL = re.compile(r"(?i)\btổng\s+(?:nguồn(?:\s+cung)?|lượng|cộng|khối\s+lượng|nguyên\s+liệu|cung|"
                           r"sản\s+lượng\s+(?:của\s+)?vùng\s+(?:trồng|nguyên\s+liệu))\b[^\d;]{0,40}$")


def _nearest_material(text: str, pos: int, known: list[set[str]]) -> set[str] | None:
    """The material named last before `pos` in its sentence, among the plan's materials with a
    norm (their words, tone-keyed); None when none is named there."""
    if len(known) < 2:
        return None
    for t in reversed(tokens(text[:pos])):
        hit = [k for k in known if t.tone in k]
        if hit:
            return set().union(*hit)
    return None


_HEAD_UNITS = ("con", "cây", "gốc", "đàn", "tổ", "đõ", "thùng", "cá thể", "bụi", "khóm")
_AREA_UNITS = ("ha", "sào", "mẫu", "hecta", "héc ta", "m2")
_EACH_HEAD = re.compile(r"(?i)(?<!\w)(?:mỗi|1|một|bình quân|trung bình)\s+(" + "|".join(_HEAD_UNITS + _AREA_UNITS) +
                        r")(?!\w)\s*([^\W\d_]+)?[^\d;]{0,25}$")


_EATS = re.compile(r"(?i)\b(?:ăn|khẩu\s+phần)\b")


def _yield_kind(text: str, a: Amount) -> tuple[str, str, str] | None:
    """A yield per unit of area ("1,6 tấn/ha", "mỗi ha cho 8 tấn") or per head ("0,9 kg/con",
    "mỗi con hươu cho 0,9 kg nhung/năm"): ("area", "", "") or ("head", unit, noun); else None."""
    per = (a.per or "").split("/")
    if per[0] == "m2":
        return ("area", "", "")
    if _EATS.search(re.split(r"[.;]", text[:a.start])[-1]):
        return None  # what a head eats ("mỗi con bò ăn 25 kg cỏ/ngày, tức 3 tấn cỏ/con"): feed, not a yield
    if per[0] in _HEAD_UNITS:
        return ("head", per[0], "")
    if per[0] in ("", "năm"):
        mm = _EACH_HEAD.search(text[max(0, a.start - 45):a.start])
        if mm and mm.group(1).lower() in _AREA_UNITS:
            return ("area", "", "")
        if mm:
            noun = (mm.group(2) or "").lower()
            return ("head", mm.group(1).lower(), "" if noun in ("cho", "được", "thu", "có") else noun)
    return None


_SEASON = re.compile(r"(?i)\bvụ\s+(hè\s+thu|thu\s+đông|xuân|đông|mùa|chiêm|thu|hè)\b")


def _seasons_grown(s: Sent, yields: list[tuple[Amount, tuple[str, str, str]]]) -> float:
    """A year's crop of two seasons or more, each with its own area and yield in one sentence ("Vụ xuân … diện tích
    16 ha, năng suất 2.600 kg/ha …; vụ hè thu … 7 ha, năng suất 2.000 kg/ha"): the seasons' crops added (0 when the
    sentence names fewer than two seasons so). A yield's season is the last named before it, its area the last
    area between the two."""
    crops: dict[str, float] = {}
    for a, yk in yields:
        if yk[0] != "area":
            continue
        season = None
        for mm in _SEASON.finditer(s.text, 0, a.start):
            season = (fold(" ".join(mm.group(1).lower().split())), mm.end())
        if season is None:
            continue
        areas = [b for b in s.amounts if b.kind == "area" and not b.per and b.value_max is None
                 and season[1] <= b.start < a.start]
        if areas:
            crops[season[0]] = max(crops.get(season[0], 0.0), a.value * areas[-1].value)
    return sum(crops.values()) if len(crops) >= 2 else 0.0


def _yield_count(m: PlanModel, s: Sent, yk: tuple[str, str, str], material: set[str],
                 year: int | None = None) -> float | None:
    """The area or the number of heads a yield applies to: in its sentence, else the one value the
    plan states elsewhere (an area naming the material or the plantation, "120 con hươu"), else the
    year's value of the one table row counting those heads ("Số đàn ong cho mật | đàn | 240 | 250 |
    280"); None when none or several are stated."""
    kind, head, noun = yk

    def found(sent: Sent) -> set[float]:
        vals = set()
        for a in sent.amounts:
            if a.per or a.value_max is not None:
                continue
            if kind == "area" and a.kind == "area":
                vals.add(a.value)
            elif kind == "head" and a.kind == "count" and a.unit == head and \
                    (not noun or noun in sent.text[a.end:a.end + 20].lower()):
                vals.add(a.value)
        return vals

    here = found(s)
    if here:
        return max(here)
    v = m.vocab
    vals: set[float] = set()
    for t in m.sents:
        if t is s or t.section in ("market", "financials", "investment", "risks", "swot", "proposals"):
            continue
        got = found(t)
        if not got:
            continue
        if kind == "area" and v.text["change"].in_text(t.text):
            return None  # an area that changes over the plan: which one is a guess
        # (a sentence naming the material, not only its form: "máy sấy khay 150 kg tươi/mẻ, … nhà xưởng tạm
        # 150 m²" is no area of "cỏ tươi")
        if kind == "area" and material and not (product_tokens(t.text, v) & (material - _FORM_WORDS or material)) \
                and t.section != "raw_materials":
            continue
        vals |= got
    if kind == "area":
        for r in m.rows():
            xs = {x.value for x in r.vals if x.kind == "area" and not x.per and x.vmax is None}
            if xs and product_tokens(r.label, v) & material:
                vals |= xs
    if len(vals) > 1 and kind == "head" and year is not None:
        # heads that change over the plan, each written with its year ("400 đàn năm 2027, 430 đàn năm
        # 2028 và 460 đàn năm 2029"): the year's own count
        dated: set[float] = set()
        for t in m.sents:
            if t is s or t.section in ("market", "financials", "investment", "risks", "swot", "proposals"):
                continue
            prev = 0
            for a in t.amounts:
                y, prev = year_of(t.text, a, prev), a.end
                if y == year and a.value in vals and a.kind == "count" and a.unit == head and \
                        not _ADDED_BEFORE.search(t.text, max(0, a.start - 20), a.start):
                    dated.add(a.value)  # (not the heads added that year: "Năm 2027 mua thêm 50 đàn giống", hk03)
        if len(dated) == 1:
            return dated.pop()
    if len(vals) != 1 and kind == "head" and year is not None:
        counted = _heads_counted(m, head, year, lambda sec: sec not in ("market", "financials", "investment"))
        if len(counted) == 1:
            return counted[0][1]
    return vals.pop() if len(vals) == 1 else None


def rel_material(m: PlanModel, spec: Spec) -> list[Hit]:
    hits = _material_by_ratios(m, spec)
    return hits or _material_by_rows(m, spec) or _material_by_need_sents(m, spec) or _honey_bottled(m, spec) or \
        _harvest_sold(m, spec) or _material_by_cost(m, spec)


# "Nhu cầu cỏ voi tươi: 720 tấn năm 2027, 810 tấn năm 2028, 900 tấn năm 2029": the plan's own need of a
# material, year by year, in running text
_NEED_SENT = re.compile(r"(?i)^\W*(?:tổng\s+)?nhu\s+cầu\s+(?:về\s+)?((?:[^\W\d]+\s+){0,4}[^\W\d]+)"
                        r"(?:\s+(?:cả\s+năm|mỗi\s+năm|hằng\s+năm|hàng\s+năm))?\s*(?::|\blà\b|\bkhoảng\b)")
_NEED_YEAR = re.compile(r"\s*\(?\s*(?:vào\s+|trong\s+)?năm\s+(20\d\d)\b")


def _paragraph_total(m: PlanModel, block: int) -> tuple[float, str] | None:
    """"Tổng nguồn 18 tấn/năm, đủ cho nhu cầu cao nhất" in the need's own paragraph: its one total of
    the sources in kg a year."""
    got = [(a.value, t.text) for t in m.sents if t.block == block and _PARAGRAPH_TOTAL.match(t.text)
           for a in t.amounts if a.unit == "kg" and a.kind in QTY_KINDS and a.value_max is None and a.per in (None, "năm")]
    return got[0] if len(got) == 1 else None


_PARAGRAPH_TOTAL = re.compile(r"(?i)^\W*(?:tổng|cộng)\s+(?:các\s+)?nguồn\b")


def _material_by_need_sents(m: PlanModel, spec: Spec) -> list[Hit]:
    """A need of a material the plan states by year in a sentence of its raw-material or technical part,
    above the supply it states for that material. Two years at least: one figure alone may be a batch's."""
    hits = []
    for s in m.sents:
        if s.section not in ("raw_materials", "technology", "production_plan"):
            continue
        mm = _NEED_SENT.match(s.text)
        if not mm:
            continue
        mat = product_tokens(mm.group(1), m.vocab)
        if not mat:
            continue
        ys: dict[int, Amount] = {}
        # (the plan's own product is no supply of its material: "Sản lượng thịt gác bếp 2.400 kg năm 2026"
        # against "Nhu cầu thịt tươi: 6.000 kg năm 2026")
        made = (product_tokens(m.view.plan.product.name or "", m.vocab) - mat).union(
            *(q.product for q in ratios(m) if q.material & mat))
        for a in s.amounts:
            if a.start < mm.end() or a.kind not in ("mass", "volume") or a.per or a.value_max is not None:
                continue
            y = _NEED_YEAR.match(s.text, a.end)
            if y and m.is_plan_year(int(y.group(1))):
                ys.setdefault(int(y.group(1)), a)
        if len(ys) < 2:
            continue
        # the raw-material section's own total of its sources ("Tổng nguồn 18 tấn/năm, đủ cho nhu cầu cao
        # nhất"), when it states one: never less than that
        stated = _stated_supply_total(m, set(mat)) or _paragraph_total(m, s.block)
        worst = None
        for year, a in sorted(ys.items()):
            if stated is not None and a.unit == "kg" and a.value <= stated[0] * (1 + spec.tolerance):
                continue
            sup = _supply(m, set(mat), made, a.unit, year)
            if sup is None:
                continue
            supply, sev = sup
            if any(s.text in e or e in s.text for e in sev):
                continue  # (the need's own sentence read as a supply: nothing to compare)
            if any(m.vocab.text["output"].char_spans(e[:40]) and product_tokens(e, m.vocab) & made for e in sev):
                continue  # ("Sản lượng thịt gác bếp 2.400 kg năm 2026": the plan's product, no supply of its meat)
            if a.value > supply * (1 + spec.tolerance) and (worst is None or a.value / supply > worst[0]):
                worst = (a.value / supply, year, a, supply, sev)
        if worst is None:
            continue
        _, year, a, supply, sev = worst
        hits.append(_stated_need_hit(s.text, sev, year, a.value, a.unit, supply, " ".join(mm.group(1).split()),
                                     "from_text"))
        break
    return hits


def _stated_need_hit(need_ev: str, supply_ev: list[str], year: int, need: float, unit: str, supply: float,
                     material: str, how: str) -> Hit:
    """A material need the plan states itself (a table row, `how` = "from_row", or a sentence, "from_text")
    above the supply it states."""
    return Hit(section="raw_materials", evidence=quote("; ".join(dict.fromkeys([need_ev, *supply_ev])), 450),
               params={"year": ylabel(year), "output": "", "need": fmt_qty(need, unit), "supply": fmt_qty(supply, unit),
                       "material": material, "ratio": 0.0, "in_unit": _UNIT_NAME.get(unit, unit), "out_unit": "",
                       "diff_pct": diff_pct(supply, need), how: True})


def _material_by_cost(m: PlanModel, spec: Spec) -> list[Hit]:
    """A raw material's cost line priced by its weight ("Dược liệu cà gai leo khô (40.000 đ/kg) | 639,2 |
    691,52 | 805,6" under "Chi phí"): its cost over its price is what the plan buys a year, which the
    supply the raw-material section states must cover (two products sharing one material show here
    when the section counts the need of one: the cost line is priced on both)."""
    v = m.vocab
    # (sentences only: a need table's source column, "Gạo nếp cái | 0,5 kg | 21.000 | Hợp đồng 40 tấn/năm",
    # reads as a supply row whose amounts are the need's)
    raw = {t.text for t in m.sents if t.section == "raw_materials"}
    # the raw-material section's own totals of its sources ("Tổng nguồn cung 15.200 kg/năm"): a need
    # within one of them is covered, whatever single source the reading below finds
    totals = [a.value for t in m.sents if t.section == "raw_materials" and _SUPPLY_TOTAL_SENT.match(t.text)
              for a in t.amounts if a.unit in ("kg", "l") and a.kind in QTY_KINDS and a.per in (None, "năm")]
    for tm in m.tables:
        under = None  # the kind of the last heading row above: a line under "Chi phí" is a cost
        for r in tm.rows:
            if r.kind in ("revenue", "cost", "profit", "tax", "depreciation"):
                under = r.kind
                continue
            p = r.label_price()
            if under != "cost" or r.subset or p is None or p.per not in ("kg", "l") or \
                    not _ONE_MATERIAL_PRICED.search(r.label):
                continue
            mat = product_tokens(r.label, v)
            worst = None
            for year, x in sorted(r.money_years().items(), key=lambda t: t[0] or 0):
                if year is None or x.vmax is not None or x.value <= 0 or (m.ocr and not (x.sure and p.sure)):
                    continue  # (on a scan, only cells the engine was sure of)
                sup = _supply(m, mat, set(), p.per, year)
                if sup is None or not all(e in raw and _supply_names_material(e, r.label, mat, v) for e in sup[1]):
                    continue
                need = x.value / p.value
                if any(t >= need / (1 + spec.tolerance) for t in totals):
                    continue
                if need > sup[0] * (1 + spec.tolerance) and (worst is None or need / sup[0] > worst[0]):
                    worst = (need / sup[0], year, need, sup, x.value)
            if worst is None:
                continue
            _, year, need, (supply, sev), cost = worst
            return [Hit(section="raw_materials", evidence=quote("; ".join(dict.fromkeys([r.evidence, *sev])), 450),
                        params={"year": ylabel(year), "output": "", "need": fmt_qty(need, p.per),
                                "supply": fmt_qty(supply, p.per), "material": _plain_label(r.label), "ratio": 0.0,
                                "in_unit": _UNIT_NAME.get(p.per, p.per), "out_unit": "",
                                "diff_pct": diff_pct(supply, need), "from_cost": True,
                                "cost": fmt_qty(cost, "VND"), "price": fmt_num(p.value, 0)})]
    return []


# one material priced by its own weight or volume: "Dược liệu cà gai leo khô (40.000 đ/kg)"; not several
# ("Bột mì, bơ, sữa, men, đường (…)"), nor a price by the product's weight ("(38.000 đ/kg sản phẩm)",
# "(83.000 đ/kg nem)")
_ONE_MATERIAL_PRICED = re.compile(r"(?i)^(?![^()]*\bvà\b)[^,;+/()]*\([^()]*?/\s*(?:kg|lít|l)\s*\)\s*$")


def _supply_names_material(text: str, label: str, mat: set[str], v: Vocab) -> bool:
    """A supply's evidence names the cost line's material: its head word and two of its words ("… tấn
    dược liệu khô/năm" for "Dược liệu cà gai leo khô"; not "Vườn của Công ty" for "Công lao động")."""
    got = product_tokens(text, v) & mat
    head = product_head(label, v)
    return head is not None and head in got and len(got) >= min(2, len(mat))


def _plain_name_text(m: PlanModel) -> str:
    """The product's common name without its brand or place, as written ("Cam bù" of "Cam bù Sơn
    Phú", "Mực ống sấy" of "Mực ống sấy Xuân Hội"): its first word and the lower-case words after it."""
    words = (m.view.plan.product.name or "").split()
    return " ".join(words[:1] + [w for w in words[1:] if not w[:1].isupper()])


def plain_name(m: PlanModel) -> set[str]:
    """`_plain_name_text`'s words, tone-keyed; empty for a one-word name."""
    if len((m.view.plan.product.name or "").split()) < 2:
        return set()
    return product_tokens(_plain_name_text(m), m.vocab)


def _bearing_harvest(m: PlanModel) -> tuple[dict[int | None, float], str] | None:
    """The harvest a grower's own bearing area gives a year, from a table that states the area
    ("Diện tích cho thu hoạch (ha)") and the yield per area ("Năng suất bình quân (tấn/ha)") in rows:
    {year (None: every year): kg}, and the rows' evidence. An area not yet bearing ("trồng mới",
    "chưa cho quả") is left out; None when the table leaves the bearing area in doubt."""
    by_table: dict[int, list[Row]] = {}
    for r in m.rows():
        if r.section not in ("market", "financials", "investment") and r.section not in _PAST_SECTIONS:
            by_table.setdefault(r.table, []).append(r)
    for rows in by_table.values():
        areas = [r for r in rows if _AREA_ROW.search(r.label) and not _NOT_BEARING.search(r.label)
                 and any(x.kind == "area" and not x.per and x.vmax is None for x in r.vals)]
        yields = [r for r in rows if any(x.kind in QTY_KINDS and x.unit == "kg" and x.per == "m2" and
                                         x.vmax is None for x in r.vals)]
        if len(areas) > 1:
            areas = [r for r in areas if _BEARING.search(r.label)]
        if len(areas) != 1 or len(yields) != 1:
            continue
        area = {x.year: x.value for x in areas[0].vals if x.kind == "area" and not x.per and x.vmax is None}
        per = {x.year: x.value for x in yields[0].vals if x.unit == "kg" and x.per == "m2" and x.vmax is None}
        out = {y: area[y] * per[y] for y in area if y in per}
        if not out and len(set(area.values())) == 1 and len(set(per.values())) == 1:
            out = {None: next(iter(area.values())) * next(iter(per.values()))}
        if out:
            return out, "; ".join([areas[0].evidence, yields[0].evidence])
    return None


def _harvest_sold(m: PlanModel, spec: Spec) -> list[Hit]:
    """Fresh produce sold above what the grower's bearing area gives (area × yield, DOMAIN §3.4 R1:
    "for fresh fruit, output cannot exceed area × yield"). The product is its harvest when the plan
    states an area of the product itself ("tổng diện tích cam bù 20 ha" for "Cam bù Sơn Phú"; a
    processed product's name, "cam sấy dẻo", is no crop's); it needs no norm. Only when the plan
    names no other source of it with an amount (fruit bought from growers outside)."""
    plain = plain_name(m)
    if not plain or m.view.plan.product.category not in ("food", "herbal") or \
            any(r.material & plain for r in ratios(m)):
        return []
    v = m.vocab
    if not any(s.section not in ("market", "financials") and any(a.kind == "area" and not a.per for a in s.amounts)
               and plain <= product_tokens(s.text, v) for s in m.sents):
        return []
    got = _bearing_harvest(m)
    raw = {t.text for t in m.sents if t.section == "raw_materials"}
    # the raw-material section's own total of its sources ("Tổng nguồn cung khoảng 154 tấn/năm")
    # (in a paragraph that names the whole plain name, or its head word alone: "Tổng sản lượng cam của
    # thành viên khoảng 360 tấn/năm" for "Cam bù Sơn Hồng")
    head = product_head(_plain_name_text(m), v)
    total = _stated_supply_total(m, plain) or (_stated_supply_total(m, {head}) if head else None)

    if got is None and total is None:
        got = _text_bearing_harvest(m, plain)

    def harvest_of(year: int) -> tuple[float, str] | None:
        if got is not None:
            x = got[0].get(year, got[0].get(None))
            return (x, got[1]) if x else None
        if total is not None:
            return total
        # "Toàn bộ chanh quả lấy từ vườn 3 ha của gia đình, năng suất ổn định 20 tấn/ha/năm, tương đương
        # 60 tấn/năm": the raw-material section's own reckoning of the orchard
        sup = _supply(m, plain, set(), "kg", year)
        return (sup[0], "; ".join(sup[1])) if sup and all(e in raw for e in sup[1]) else None
    # produce bought in, with its amount ("thu mua thêm của các hộ trong xã khoảng 50 tấn/năm"): the supply
    # is more than the own harvest; only the raw-material section's own total of its sources bounds it
    # then ("…126 tấn/năm; 6 hộ liên kết … 28 tấn/năm. Tổng nguồn cung khoảng 154 tấn/năm.")
    # (not the plan's own throughput in its objectives, "Thu mua, sơ chế, tiêu thụ 420 tấn cam bù năm
    # 2027", nor what the producer bought before the plan)
    if any(_bought_in(s, lambda a: a.kind in QTY_KINDS and a.per in (None, "năm")) for s in m.sents
           if s.section not in ("market", "financials", "investment", "swot", "risks", "objectives")
           and s.section not in _PAST_SECTIONS and not _past_paragraph(m, s.block)):
        if total is None:
            return []
        got = None
    worst = None
    for r in m.rows():
        # (a cooperative's "Tổng sản lượng thu mua, tiêu thụ (tấn)": what it buys from its members is what
        # it sells, a row of the plan's output though it names the purchase)
        # (and what it buys from its members' bearing orchards, "Cam bù thu mua (tấn)", when nothing is bought
        # from outside them: the purchase can be no more than their harvest)
        bought_sold = r.section == "production_plan" and r.flags == {"supply"} and \
            bool(_SOLD_ROW.search(r.label) or (got is not None and _BOUGHT_IN.search(r.label)))
        if r.subset or r.section in _PAST_SECTIONS or r.section in ("market", "raw_materials") or \
                (r.flags & {"need", "supply", "input"} and not bought_sold) or \
                not (_SOLD_ROW.search(r.label) or plain <= product_tokens(r.label, v) or
                     r.total and _grades_of(m, r, plain)):
            continue
        for y, x in r.qty_years().items():
            if y is None or not m.is_plan_year(y) or x.unit != "kg" or x.vmax is not None:
                continue
            h = harvest_of(y)
            if h and x.value > h[0] * (1 + spec.tolerance) and (worst is None or x.value / h[0] > worst[0]):
                worst = (x.value / h[0], y, x.value, h[0], r, h[1])
    if worst is None:
        return []
    _, year, qty, supply, row, harvest_ev = worst
    name = _plain_name_text(m).lower()
    return [Hit(section="raw_materials", evidence=quote(f"{row.evidence}; {harvest_ev}", 450),
                params={"year": ylabel(year), "output": fmt_qty(qty, "kg"), "need": fmt_qty(qty, "kg"),
                        "supply": fmt_qty(supply, "kg"), "material": name, "ratio": 1.0, "in_unit": "kg",
                        "out_unit": "kg", "diff_pct": diff_pct(supply, qty), "fresh": True,
                        "stated": total is not None and harvest_ev == total[1]})]


def _grades_of(m: PlanModel, total: Row, plain: set[str]) -> bool:
    """The total row ("Cộng") sums rows of the product itself ("Cam loại 1", "Cam loại 2") and no other."""
    parts = [r for r in m.table(total.table).rows if r is not total and not r.total and r.qty_years()]
    return bool(parts) and all(plain <= product_tokens(r.label, m.vocab) for r in parts)


def _stated_supply_total(m: PlanModel, material: set[str]) -> tuple[float, str] | None:
    """The raw-material section's one total of its sources a year ("Tổng nguồn cung khoảng 154
    tấn/năm"), in a paragraph that names `material`; None when it states none, or several."""
    naming = {s.block for s in m.sents if s.section == "raw_materials" and material <= product_tokens(s.text, m.vocab)}
    got = []
    for s in m.sents:
        if s.section != "raw_materials" or s.block not in naming or not _SUPPLY_TOTAL_SENT.match(s.text):
            continue
        qs = [a for a in s.amounts if a.unit == "kg" and a.kind in QTY_KINDS and a.value_max is None
              and a.per in (None, "năm")]
        if len(qs) == 1:
            got.append((qs[0].value, s.text))
    return got[0] if len(got) == 1 else None


# "toàn bộ đang cho thu hoạch", "đều đã cho quả": the whole area bears
_ALL_BEARING = re.compile(r"(?i)\b(?:toàn\s+bộ|tất\s+cả|cả|đều)\s+(?:(?:diện\s+tích|vườn|đã|đang|\d+[.,]?\d*\s*ha)\s+)*"
                          r"(?:cho\s+(?:thu\s+hoạch|quả|trái)|(?:là\s+)?(?:vườn\s+)?kinh\s+doanh|thu\s+hoạch)\b")
# an area that changes ("trồng mới", "mở rộng", "trồng lại"), and the year it bears from ("cho quả từ năm 2030")
_BEARING_AFTER = re.compile(r"(?i)\s*(?:[^\W\d]+\s+){0,4}?(?:đang|đã)\s+cho\s+(?:quả|trái|thu\s+hoạch)\b")
_AREA_CHANGE = re.compile(r"(?i)\b(?:trồng\s+(?:mới|thêm|lại|bổ\s+sung)|mở\s+rộng|tái\s+canh|kiến\s+thiết|chưa\s+cho)\b")
# (or the other way round: "phải đến năm 2030 mới cho quả")
_BEARS_FROM = re.compile(r"(?i)\bcho\s+(?:thu\s+hoạch|quả|trái)\s+(?:từ|vào|bắt\s+đầu\s+từ)\s+(?:năm\s+)?((?:19|20)\d\d)\b|"
                         r"\b(?:đến|tới|từ)\s+năm\s+((?:19|20)\d\d)\s+(?:mới\s+)?(?:bắt\s+đầu\s+)?cho\s+(?:thu\s+hoạch|quả|trái)\b")


def _text_bearing_harvest(m: PlanModel, plain: set[str]) -> tuple[dict[int | None, float], str] | None:
    """The harvest a grower's whole bearing area gives a year, as the text states both: "Tổng diện
    tích cam của các thành viên là 18 ha, toàn bộ đang cho thu hoạch ổn định" and, in the same
    paragraph, "Năng suất bình quân vườn kinh doanh đạt 15 tấn/ha": {None: kg} and the two sentences.
    None unless the paragraph states one such area and one yield, and no sentence of the plan changes
    an area within the plan's years ("trồng mới 2 ha năm 2027"; a replanting that bears only after
    them, "trồng lại năm 2026, cho quả từ năm 2030", leaves the plan's harvest as it is)."""
    v = m.vocab
    last = max((y for r in m.rows() if r.section not in _PAST_SECTIONS for y in r.qty_years()
                if y is not None and y >= 1900), default=None)
    for s in m.sents:
        if s.section in ("market", "financials", "swot", "risks"):
            continue
        for c in _AREA_CHANGE.finditer(s.text):
            # (not a change denied: "các hộ không trồng mới do quỹ đất đã hết")
            if re.search(r"(?i)\bkhông(?:\s+\w+)?\s*$", s.text[max(0, c.start() - 15):c.start()]):
                continue
            lo = _clause_start(s.text, c.start())
            clause = _clause_of(s.text, c.start())
            b = _BEARS_FROM.search(clause)
            if not (b and last is not None and int(b.group(1) or b.group(2)) > last) and \
                    any(a.kind == "area" and not a.per and lo <= a.start < lo + len(clause) for a in s.amounts):
                return None
    found = []
    for s in m.sents:
        if s.section in ("market", "financials", "investment", "swot", "risks", "objectives"):
            continue
        for a in s.amounts:
            if a.kind != "area" or a.per or a.value_max is not None:
                continue
            clause = _clause_of(s.text, a.start)
            # ("Các hộ thành viên có 200 sào cam bù đang cho quả": the area named bearing)
            if not (_ALL_BEARING.search(clause) or _BEARING_AFTER.match(s.text, a.end)) or \
                    _AREA_CHANGE.search(clause) or not plain & product_tokens(clause, v):
                continue
            found.append((s, a))
            break
    if len(found) != 1:
        return None
    s, area = found[0]

    def per_area(t: Sent, lo: int = 0, hi: int | None = None) -> list[tuple[Sent, Amount]]:
        return [(t, a) for a in t.amounts if a.unit == "kg" and a.per in ("m2", "m2/năm") and a.kind in QTY_KINDS
                and a.value_max is None and lo <= a.start < (len(t.text) if hi is None else hi)]
    # the yield in the area's own clause ("200 sào cam bù đang cho quả, năng suất 0,75 tấn/sào/năm; 60 sào
    # cam chanh, năng suất 1 tấn/sào/năm"), else the one yield of its paragraph
    lo = s.text.rfind(";", 0, area.start) + 1
    hi = s.text.find(";", area.end)
    yields = per_area(s, lo, hi if hi >= 0 else None)
    if len(yields) != 1:
        yields = [y for t in m.sents if t.block == s.block for y in per_area(t)]
    if len(yields) != 1 or len({a.value for _t, a in yields}) != 1:
        return None
    t, per = yields[0]
    ev = s.text if t is s else f"{s.text} {t.text}"
    return {None: area.value * per.value}, ev


_AREA_ROW = re.compile(r"(?i)\bdiện\s+tích\b")
_BEARING = re.compile(r"(?i)\b(?:cho\s+(?:thu\s+hoạch|quả|trái)|kinh\s+doanh|đang\s+thu\s+hoạch)\b")
_NOT_BEARING = re.compile(r"(?i)\b(?:trồng\s+mới|chưa\s+cho|kiến\s+thiết|chưa\s+thu\s+hoạch|trồng\s+thêm)\b")
_BOUGHT_IN = re.compile(r"(?i)\b(?:thu\s+mua|mua\s+thêm|mua\s+của|liên\s+kết\s+với|bao\s+tiêu)\b")
_SOLD_ROW = re.compile(r"(?i)\b(?:sản\s+lượng|tiêu\s+thụ|bán\s+ra|thu\s+hoạch)\b")


def _honey_bottled(m: PlanModel, spec: Spec) -> list[Hit]:
    """Honey bottled a year above the honey the plan says it has (its hives × their yield, honey
    bought): honey is packed as it is harvested, so it needs no norm to be stated. Only when the
    plan gives no norm for honey of its own."""
    if m.view.plan.product.category != "honey" or any(r.material & _HONEY for r in ratios(m)):
        return []
    product = product_tokens(m.view.plan.product.name or "", m.vocab)
    # the honey packed, said so in its row ("Tổng mật ong đóng chai | kg | …"), against the supply the
    # raw-material section states (not an output target said elsewhere: "sản lượng mật 4.500 kg")
    series = {y: (x.value, r) for r in m.rows() if (_PACKED.search(r.label) or r.total and
                                                     product_tokens(r.label, m.vocab) & _HONEY) and not r.subset
              and r.section not in _PAST_SECTIONS and not r.flags & {"need", "supply", "input"}
              for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y) and x.unit == "kg"
              and x.vmax is None}
    raw = {t.text for t in m.sents if t.section == "raw_materials"}
    worst = None
    for year, (qty, row) in sorted(series.items()):
        sup = _supply(m, set(_HONEY), product, "kg", year)
        hives = None
        if sup is None or not all(e in raw for e in sup[1]):
            # (the raw-material section's table of colonies a year × its yield a colony)
            hives = _hive_supply(m, year)
        # (the supply reckoned elsewhere counts when the raw-material section states the same total:
        # "600 đàn …, 15 kg mật/đàn/năm" under the present state, "tổng sản lượng mật khai thác dự kiến
        # khoảng 9.000 kg/năm" under the raw materials)
        sup = hives or sup
        if sup is None or not (hives or all(e in raw for e in sup[1]) or any(
                a.unit == "kg" and close(a.value, sup[0], 0.01) for t in m.sents if t.section == "raw_materials"
                for a in t.amounts)):
            continue
        supply, sev = sup
        if qty > supply * (1 + spec.tolerance) and (worst is None or qty / supply > worst[0]):
            worst = (qty / supply, year, qty, supply, row, sev)
    if worst is None:
        return []
    _, year, qty, supply, row, sev = worst
    return [Hit(section="raw_materials", evidence=quote("; ".join(dict.fromkeys([row.evidence, *sev])), 450),
                params={"year": ylabel(year), "output": fmt_qty(qty, "kg"), "need": fmt_qty(qty, "kg"),
                        "supply": fmt_qty(supply, "kg"), "material": "mật ong", "ratio": 1.0, "in_unit": "kg",
                        "out_unit": "kg", "diff_pct": diff_pct(supply, qty), "same": True})]


_HONEY = frozenset({tone_key("mật")})


def _hive_supply(m: PlanModel, year: int) -> tuple[float, list[str]] | None:
    """The honey the raw-material section's own hives give a year: its one yield a colony
    ("năng suất bình quân … 12 kg mật/đàn/năm") × the year's colonies in its table ("Số đàn ong cho
    mật | đàn | 240 | 250 | 280"); None when it names honey bought in with an amount, or no single
    yield and count."""
    raw = [t for t in m.sents if t.section == "raw_materials"]
    yields = {(a.value, a.per.split("/")[0], t.text) for t in raw for a in t.amounts
              if a.unit == "kg" and a.per and a.per.split("/")[0] in _HEAD_UNITS and a.value_max is None}
    if len({(v, h) for v, h, _ in yields}) != 1:
        return None
    value, head, text = next(iter(yields))
    if any(_bought_in(t, lambda a: not a.per) for t in raw):
        return None  # honey bought in with its amount
    counted = _heads_counted(m, head, year, lambda sec: sec == "raw_materials")
    if len(counted) != 1:
        return None
    row, n = counted[0]
    return value * n, [row.evidence, text]


def _bought_in(s: Sent, fits: Callable[[Amount], bool]) -> bool:
    """The sentence buys the material in with an amount in kg `fits` accepts, in the clause after the
    cue ("thu mua thêm … khoảng 50 tấn/năm"; not "không thu mua mật ngoài", which states none)."""
    # (not a machine's throughput in the buying season: "trong mùa thu mua, công suất 300 tấn/năm")
    return any(a.unit == "kg" and fits(a) and b.end() <= a.start <= b.end() + 80 and
               not re.search(r"[;.]", s.text[b.end():a.start]) and not _RATED.search(s.text[b.end():a.start])
               for b in _BOUGHT_IN.finditer(s.text) for a in s.amounts)


_RATED = re.compile(r"(?i)\bcông\s+suất\b|\bthiết\s+kế\b")


def _heads_counted(m: PlanModel, head: str, year: int, keep: Callable[[str | None], bool]
                   ) -> list[tuple[Row, float]]:
    """The table rows (in sections `keep` accepts) counting heads of `head` ("đàn") in `year`, each
    with that year's count."""
    out = []
    for r in m.rows():
        if r.subset or not keep(r.section):
            continue
        n = next((x.value for x in r.vals if x.kind == "count" and x.unit == head and not x.per
                  and x.year == year), None)
        if n is not None:
            out.append((r, n))
    return out
_PACKED = re.compile(r"(?i)\bđóng\s+(?:chai|lọ|hũ|gói|can|hộp)\b|\bthành\s+phẩm\b|\bbán\s+ra\b|\btiêu\s+thụ\b")


def _same_thing(r: Ratio) -> bool:
    """A "norm" whose material and product are one thing read twice ("1 tấn tinh bột … 230 tấn tỉnh bột")."""
    return {_bare(w) for w in r.material} == {_bare(w) for w in r.product}


def _step(a: Ratio, b: Ratio) -> bool:
    """`a` makes what `b` is made from: two steps of one chain, not two norms of one material."""
    return a.product == b.material and not _same_thing(a)


# a norm given for one grade or kind of the product among several ("… cho loại 40 độ đạm, 1,2 kg cho loại 30 độ đạm")
_GRADED = re.compile(r"(?i)\d\s*(?:kg|g|lít|l|tấn)\b[^,;.]{0,25}?\bcho\s+(?:loại|hạng|dòng)\b")


def _made_in_chain(m: PlanModel, material: set[str], unit: str, norm: Ratio | None = None) -> bool:
    """The material is what another of the plan's norms makes, an earlier stage of its own chain ("4,4 kg củ sạch mài lọc
    được 1 kg bột ướt" before "1,6 kg bột ướt sấy được 1 kg bột khô"): the plan makes it itself."""
    own = {w for w in material if w not in _FORM_WORDS}
    for q in ratios(m):
        if q is norm or not q.product or q.out_unit != unit or q.material == material or q.inp <= q.out:
            continue  # (a stage loses weight; "1 kg muối cho 3 kg cá" is a mix, no stage that makes the fish, bu05)
        made = {w for w in q.product if w not in _FORM_WORDS} or set(q.product)
        if made and made <= material and (made & own or not own):
            return True
    return False


def _bought_only(evidence: list[str]) -> bool:
    """Every source of a supply read is a purchase ("Bột ướt mua của hộ …", "Cà gai leo khô mua ngoài (kg)")."""
    return bool(evidence) and all(any(_BOUGHT.search(c) for c in e.split(" | ") if any(ch.isalpha() for ch in c))
                                  for e in evidence)


_BOUGHT = re.compile(r"(?i)\bmua\b")


def _material_by_ratios(m: PlanModel, spec: Spec) -> list[Hit]:
    rs = ratios(m)
    if not rs:
        return []
    hits = []
    # ratios for the same material (sharing a word: "lạc", "lạc nhân") and units form one group
    groups: list[tuple[set[str], str, str, list[Ratio]]] = []
    for r in rs:
        if not r.material or all(_is_unit_word(w) for w in r.material_text.split()):
            continue  # "0,5 kg/túi": a pack's content, no material named
        if _same_thing(r):
            continue  # "… cần 55 g chè khô …, mỗi túi chè búp cần 250 g chè khô": two amounts of one thing, no norm
        for g in groups:
            # (not two steps of one chain: "3,5 kg chè vằng tươi cho 1 kg chè vằng khô", then "10 kg chè
            # vằng khô cho 1 kg cao": the dried tea is the first step's product and the second's material)
            if g[1] == r.in_unit and g[2] == r.out_unit and g[0] & r.material and \
                    not any(_step(x, r) or _step(r, x) for x in g[3]):
                g[0].update(r.material)
                g[3].append(r)
                break
        else:
            groups.append((set(r.material), r.in_unit, r.out_unit, [r]))
    for mat, in_unit, out_unit, group in groups:
        shared = _shared_material(m, spec, mat, in_unit, out_unit, group)
        if shared is False:
            continue
        if shared is not None:
            hits.append(shared)
            continue
        ratio = min(g.per_output for g in group)  # the most favourable ratio the plan states
        g0 = min(group, key=lambda g: g.per_output)
        if len(_GRADED.findall(g0.text)) >= 2:
            # "1,6 kg cá/lít cho loại 40 độ đạm, 1,2 kg cho loại 30 độ đạm và 0,8 kg cho loại 20 độ đạm": a norm
            # per grade, of which only the first was read as a ratio; which output is which grade is unknown
            continue
        materials = {frozenset(r.material) for r in rs} - {frozenset()}
        series = _output_for(m, out_unit, g0.product, materials)
        if not series:
            continue
        worst = None
        for year, (qty, row) in sorted(series.items()):
            need = qty * ratio
            if m.ocr and (x := row.qty_years().get(year)) is not None and x.unsure and _own_balance_met(m, year):
                continue  # an output the scan read unsure ("2.510" at 81 % for 2.310), the plan's own balance met
            sup = _supply(m, set(mat), g0.product, in_unit, year)
            if sup is None:
                continue
            supply, sev = sup
            if need >= 100 * supply:
                continue  # a supply a hundredth of the need or less is a unit misread ("k | g" for kg on a scan), no
                # account of the material a producer plans with (ee07)
            if need > supply * (1 + spec.tolerance) and not _own_balance_covers(m, need, year, spec.tolerance):
                if worst is None or need / supply > worst[0]:
                    worst = (need / supply, year, qty, need, supply, row, sev)
        if worst is None:
            continue
        _, year, qty, need, supply, row, sev = worst
        if _made_in_chain(m, set(mat), in_unit, g0) and _bought_only(sev):
            continue  # an intermediate the plan makes itself in an earlier stage, only its bought part read (iq01)
        ev = "; ".join(dict.fromkeys([row.evidence, g0.text, *sev]))
        hits.append(Hit(section="raw_materials", evidence=quote(ev, 450),
                        params={"year": ylabel(year), "output": fmt_qty(qty, out_unit),
                                "need": fmt_qty(need, in_unit), "supply": fmt_qty(supply, in_unit),
                                "material": g0.material_text or " ".join(sorted(mat)), "ratio": ratio,
                                "in_unit": _UNIT_NAME.get(in_unit, in_unit), "out_unit": _UNIT_NAME.get(out_unit, out_unit),
                                "diff_pct": diff_pct(supply, need)}))
    return hits


_UNIT_NAME = {"kg": "kg", "l": "lít", "m2": "m²", "m3": "m³"}


def _own_balance_met(m: PlanModel, year: int | None) -> bool:
    """The raw-material part's balance table states a need for the year and a total of sources at least as large."""
    for tm in m.tables:
        if tm.section != "raw_materials":
            continue
        needs = [x.value for r in tm.rows if "need" in r.flags and "supply" not in r.flags and not r.subset
                 for x in r.vals if x.year == year and x.vmax is None and x.kind in ("number", "mass", "volume")]
        sups = [x.value for r in tm.rows if "supply" in r.flags and r.total and not r.subset and "need" not in r.flags
                for x in r.vals if x.year == year and x.vmax is None and x.kind in ("number", "mass", "volume")]
        if len(needs) == 1 and sups and max(sups) >= needs[0]:
            return True
    return False


def _year_figure(r: Row, year: int | None) -> float | None:
    """A balance row's one figure of the year, bare or in a unit of quantity; None when it has none or several."""
    xs = [x.value for x in r.vals if x.year == year and x.vmax is None and x.kind in ("number", "mass", "volume")]
    return xs[0] if len(xs) == 1 else None


def _own_balance_covers(m: PlanModel, need: float, year: int | None, tol: float) -> bool:
    return _unitless_balance_covers(m, need, year, tol) or _stock_carried_covers(m, need, year, tol) or \
        _split_balance_covers(m, need, year, tol)


def _split_balance_covers(m: PlanModel, need: float, year: int | None, tol: float) -> bool:
    """A balance of the raw-material part split in two by kind of material (certified and not: "Cộng nguồn đạt chứng
    nhận", "Cộng nguồn thường, chuyển đổi", "Nhu cầu cho sản phẩm chứng nhận (× 1,06)", "Nhu cầu cho sản phẩm thường
    (× 1,06)"): its needs together are the need the plan's norm gives, its sources' totals together cover them (js02)."""
    for tm in m.tables:
        if tm.section != "raw_materials":
            continue
        needs = [x for r in tm.rows if "need" in r.flags and "supply" not in r.flags and not r.subset
                 and (x := _year_figure(r, year)) is not None]
        totals = [x for r in tm.rows if r.total and "need" not in r.flags and not r.subset and r.kind is None
                  and (x := _year_figure(r, year)) is not None]
        if len(needs) >= 2 and len(totals) >= 2 and abs(sum(needs) - need) <= tol * need and \
                sum(totals) >= sum(needs) / (1 + tol):
            return True
    return False


def _stock_carried_covers(m: PlanModel, need: float, year: int | None, tol: float) -> bool:
    """A balance table of the raw-material part whose need row for the year is the need the plan's norm gives and
    whose stock carried in ("Tồn đầu năm (chuyển sang) | 3.500") with the year's sources ("Thu mua trong năm |
    6.000") covers it: a material bought in its season and stored is used from the stock as well as from the
    year's purchases (jl10)."""
    if year is None:
        return False
    words = m.vocab.text["opening_stock"]

    def opening(label: str) -> bool:
        return bool(words.starts(tokens(label), _is_flat(label)))

    for tm in m.tables:
        if tm.section != "raw_materials":
            continue
        if not any("need" in r.flags and "supply" not in r.flags and not r.subset and (x := _year_figure(r, year)) is not None
                   and abs(x - need) <= tol * need for r in tm.rows):
            continue
        stock = [x for r in tm.rows if opening(r.label or "") and (x := _year_figure(r, year)) is not None]
        sources = [(r, x) for r in tm.rows if "supply" in r.flags and "need" not in r.flags and not r.subset
                   and not opening(r.label or "") and (x := _year_figure(r, year)) is not None]
        totals = [x for r, x in sources if r.total]
        supply = max(totals) if totals else sum(x for _r, x in sources)
        if len(stock) == 1 and sources and stock[0] + supply >= need / (1 + tol):
            return True
    return False


def _unitless_balance_covers(m: PlanModel, need: float, year: int | None, tol: float) -> bool:
    """A balance table of the raw-material part with no unit in its cells (a scan that lost its "ĐVT"
    column) whose need row for the year is the need the plan's norm gives ("Nhu cầu nguyên liệu | 6.360"
    for 6.000 kg × 1,06): its numbers are in that need's unit, so its total of the sources ("Tổng nguồn
    cung | 6.400") is the plan's supply, which covers the need."""
    def bare(r: Row) -> float | None:
        xs = [x.value for x in r.vals if x.year == year and x.kind == "number" and not x.unit and x.vmax is None]
        return xs[0] if len(xs) == 1 else None

    tables = [tm for tm in m.tables if tm.section == "raw_materials"]
    for tm in tables:
        needs = [(x, r) for r in tm.rows if "need" in r.flags and ("supply" not in r.flags or _need_first(r, m.vocab))
                 and not r.subset and (x := _year_figure(r, year)) is not None and abs(x - need) <= tol * need]
        # (a need row may name its unit by its norm, "Nhu cầu (0,45 kg/kg) | 10.409", its sources' total none, ie01)
        if needs and any(x >= needs[0][0] / (1 + tol) for r in tm.rows
                         if "supply" in r.flags and r.total and not r.subset and "need" not in r.flags
                         and (x := bare(r)) is not None):
            return True
        # (the total of the sources may say its unit where the rows do not: "Cộng nguồn cung (kg) | 37.000" right
        # over "Nhu cầu (sản lượng × 4,5 kg/kg)", jh04; the nearest total above the need, not another material's,
        # "Tổng nguồn cung gạo nếp (kg)" above the sim's own sources, hc05)
        for _x, nr in needs:
            above = next((r for r in reversed(tm.rows[:nr.index]) if "supply" in r.flags and r.total
                          and not r.subset and "need" not in r.flags), None)
            if above is not None and (x := _year_figure(above, year)) is not None and x >= needs[0][0] / (1 + tol) and \
                    not any("need" in o.flags for o in tm.rows[above.index + 1:nr.index]):
                return True
    # a scan that cut the balance table in pieces: the need row, the plan's own need, in one piece, the
    # sources' total with no unit in a later one ("Tổng nguồn cung (3.1+3.2) | 23.000" after "Cân đối búp chè
    # tươi (kg)" / "Búp tươi cần dùng | 16.320")
    # (the piece that lost the header keeps the years' columns in their order)
    if m.ocr:
        for i, tm in enumerate(tables):
            rows = [r for r in tm.rows if "need" in r.flags and "supply" not in r.flags and not r.subset
                    and (x := _year_figure(r, year)) is not None and abs(x - need) <= tol * need]
            if not rows:
                continue
            years = sorted(x.year for x in rows[0].vals if x.year is not None)
            col = years.index(year) if year in years else None

            def placed(r: Row) -> float | None:
                if (x := bare(r)) is not None:
                    return x
                xs = [x for x in r.vals if x.kind == "number" and not x.unit and x.vmax is None]
                return xs[col].value if col is not None and len(xs) == len(years) and \
                    all(x.year is None for x in xs) else None
            if any(x >= need / (1 + tol) for later in tables[i + 1:i + 3] for r in later.rows
                   if "supply" in r.flags and r.total and not r.subset and "need" not in r.flags
                   and (x := placed(r)) is not None):
                return True
    return False


def _shared_material(m: PlanModel, spec: Spec, mat: set[str], in_unit: str, out_unit: str,
                     group: list[Ratio]) -> Hit | bool | None:
    """One material for two or more products, each with its own norm ("Mỗi kg giò cần 1,05 kg thịt
    nạc", "Mỗi kg nem chua cần 0,8 kg thịt nạc") and its own output row: the need is the sum of each
    product's output × its norm, against the one supply. None when the norms are for one product (said
    twice, or in other words), or a product has no output row of its own (then `_material_by_ratios`
    checks the group as one norm); False when the plan's own balance table covers the products' need
    (`_unitless_balance_covers`), so that no product alone is checked against a lesser supply."""
    products: list[tuple[set[str], list[Ratio]]] = []
    for r in group:
        for p in products:
            if p[0] & r.product:
                p[0].update(r.product)
                p[1].append(r)
                break
        else:
            products.append((set(r.product), [r]))
    if len(products) < 2 or any(not p for p, _ in products):
        return None
    if any(p <= r.material and r.product & q for p, _ in products for q, _ in products if q is not p
           for r in ratios(m)):
        # one product is made into another ("10 kg mít quả cho 4 kg múi; cứ 4 kg múi chiên được 1 kg mít sấy"):
        # the segments are the chips' material, a step of one chain, not a second product of the fruit
        return None
    materials = {frozenset(r.material) for r in ratios(m)} - {frozenset()}
    parts = []
    for prod, rs in products:
        series = _output_for(m, out_unit, prod, materials)
        if not series or not all(product_tokens(row.label, m.vocab) & prod for _q, row in series.values()):
            return None
        best = min(rs, key=lambda g: g.per_output)
        parts.append((best, series))
    worst = None
    covered = False
    for year in sorted(set.intersection(*(set(s) for _, s in parts))):
        need = sum(g.per_output * s[year][0] for g, s in parts)
        sup = _supply(m, set(mat), set(), in_unit, year)
        if sup is None:
            continue
        supply, sev = sup
        if need > supply * (1 + spec.tolerance) and (worst is None or need / supply > worst[0]):
            if _own_balance_covers(m, need, year, spec.tolerance):
                covered = True
            else:
                worst = (need / supply, year, need, supply, sev)
    if worst is None:
        # (the products' need met by the plan's own balance: each product's share of it is met too)
        return False if covered else None
    _, year, need, supply, sev = worst
    rows = [s[year][1] for _, s in parts]
    ev = "; ".join(dict.fromkeys([*(r.evidence for r in rows), *(g.text for g, _ in parts), *sev]))
    outputs = " và ".join(f"{fmt_qty(s[year][0], out_unit)} {_plain_label(s[year][1].label)}" for _, s in parts)
    return Hit(section="raw_materials", evidence=quote(ev, 450),
               params={"year": ylabel(year), "output": outputs, "need": fmt_qty(need, in_unit),
                       "supply": fmt_qty(supply, in_unit), "material": parts[0][0].material_text or " ".join(sorted(mat)),
                       "ratio": 0.0, "in_unit": _UNIT_NAME.get(in_unit, in_unit),
                       "out_unit": _UNIT_NAME.get(out_unit, out_unit), "diff_pct": diff_pct(supply, need),
                       "shared": True})


def _plain_label(label: str) -> str:
    """A row label without its bracketed parts and units, in lower case ("Giò lụa (kg)" → "giò lụa")."""
    return " ".join(_ASIDE.sub(" ", label).split()).lower()


_FINISHED = re.compile(r"(?i)\bthành phẩm\b")


def _names_material(m: PlanModel, words: set[str], mat: frozenset[str]) -> bool:
    """A row label (its product words) names a material of a norm, not the product: its words are
    all the material's ("Nghệ củ tươi" for "nghệ củ tươi"), or it holds every word of the material,
    the material has a word the product's name lacks (the "tươi" of "10 kg nấm tươi cho 1 kg nấm
    khô" in a plan for "Nấm sò"), and the label lacks the head word of the product's name unless the
    material shares it ("Lá vối tươi (kg)" for "lá tươi" in a plan for "Trà lá vối"; "Mắm tôm moi"
    is the product of a norm in "tôm moi"). On a scan, read without tones ("chè văng khô" in the norm's
    sentence, "Chè vằng khô" in the row: one tone misread)."""
    name = (m.view.plan.product.name or "").split()
    plain = plain_name(m)
    head = product_tokens(name[0], m.vocab) if name else set()
    if m.ocr:
        words, mat, plain, head = ({_bare(w) for w in x} for x in (words, mat, plain, head))
    if words <= mat:
        return True
    if not mat <= words:
        return False
    if not plain:
        return False  # (no product name to tell the product's words from the material's)
    return bool(mat - plain) and not (head & words and not head & mat)


_PURPOSE = re.compile(r"(?i)\s(?:dùng\s+)?(?:cho|để)\s+(?:chiết|nấu|sản\s+xuất|chế\s+biến|làm|sấy|ủ|ngâm|ép|cất|đóng)\b")


def _between_need_and_supply(m: PlanModel) -> set[int]:
    """The rows of a balance table between its need and its supply total: "1 | Nhu cầu búp chè tươi", "2 | Vườn
    chè của 12 tổ viên (9,5 ha)", "3 | Búp chè theo hợp đồng …", "4 | Tổng nguồn cung": the sources, whatever
    their labels name (the garden's tea is the material, not the product)."""
    out: set[int] = set()
    for tm in m.tables:
        need = next((i for i, r in enumerate(tm.rows) if "need" in r.flags and "supply" not in r.flags), None)
        if need is None:
            continue
        end = next((i for i, r in enumerate(tm.rows) if i > need and "supply" in r.flags and r.total), None)
        if end is not None:
            out.update(id(r) for r in tm.rows[need + 1:end])
    return out


_SOURCE_WORD = re.compile(r"(?i)\bnguồn\b(?!\s+vốn)")


def _summed_into_supply(m: PlanModel) -> set[int]:
    """The rows right above a supply total that they add up to ("1.1 | Nhà trồng
    nấm của hợp tác xã | 7.200", "1.2 | Hộ thành viên trồng nấm | 3.500", "| Cộng nguồn nấm tươi | 10.700"): its
    sources, whatever their labels name (he04). A total is of the supply when flagged so, when its label names a source
    ("nguồn") or when one of the rows it adds up is flagged a supply. (Computed once per model.)"""
    if (got := m._cache.get("summed_into_supply")) is not None:
        return got
    out: set[int] = set()
    m._cache["summed_into_supply"] = out
    for tm in m.tables:
        for p in tm.rows:
            if not p.total or p.flags & {"need", "input"}:
                continue
            years = {y: x for y, x in p.qty_years().items() if y is not None}
            # (each year in turn until one adds up: a scan may have lost a source's cell of the first, hq07)
            for y, x in years.items():
                if _rows_add_up_to(tm, p, y, x, out):
                    break
    return out


def _rows_add_up_to(tm: TableM, p: Row, y: int, x: Val, out: set[int]) -> bool:
    """`_summed_into_supply` for one year: the rows right above the total `p` that add up to its value `x` of year
    `y`; their ids (and the total's) go into `out` when they are the supply's. Whether they added up."""
    acc, block = 0.0, []
    for r in reversed(tm.rows[:p.index]):
        v = r.qty_years().get(y)
        if r.total or (v is None and not any(o.year == y for o in r.vals)):
            return False
        if v is None or v.unit != x.unit:
            continue  # (a source's count between its weights: "Hộ liên kết (hộ) | 32" above "(kg) | 48.000", ho02)
        acc += v.value
        block.append(r)
        if len(block) >= 2 and abs(acc - x.value) <= 0.01 * x.value:
            if "supply" in p.flags or _SOURCE_WORD.search(p.label or "") or any("supply" in b.flags for b in block):
                out.update(id(b) for b in block)
                out.add(id(p))  # (and their total is the supply, no output: "Cộng búp chè (kg)", ho02)
            return True
    return False


def _customers_rows(rows: list[Row], end: int) -> list[Row]:
    """The rows before `end` of customers' own material, brought to be processed and taken back ("Nghệ khách gửi xay
    lọc (kg)", "Mật của khách (kg)"; labels.yml `toll`): none of the producer's material nor output."""
    return [o for o in rows[:end] if "toll" in o.flags and not o.total]


def _with_customers(m: PlanModel, r: Row) -> bool:
    """A row below a row of customers' own material in its table, with a figure at least that row's ("Mật của khách
    (kg) | 7.000", then "Tổng mật qua máy (kg) | 10.850"): what goes through the equipment, theirs with the producer's."""
    mine = r.qty_years()
    return any(y in mine and x.unit == mine[y].unit and mine[y].value >= x.value
               for o in _customers_rows(m.table(r.table).rows, r.index) for y, x in o.qty_years().items()
               if y is not None)


def _output_for(m: PlanModel, unit: str, product: set[str],
                inputs: Iterable[frozenset[str]] = ()) -> dict[int, tuple[float, Row]]:
    """Output a year in `unit`: the largest row naming the product, else (rows of other or
    unnamed products) the smallest row, the reading that never overstates the need. A row that
    names only a material (its words are among those of one of `inputs`: "Nghệ củ tươi" for "8 kg
    nghệ củ tươi cho 1 kg tinh bột nghệ", not "Mắm cá" for "cá") or is flagged as an input is not
    output."""
    rows = []
    # the parts of a supply row are sources ("4 | Tổng nguồn cung | kg | 15.000" over "- | Vườn chè của 9 tổ
    # viên (2,6 ha) | kg | 8.000"), whatever their labels name
    # (the same for every product and unit asked: computed once per model)
    sources = m._cache.get("output_sources")
    if sources is None:
        sources = {id(c) for tm in m.tables for p in tm.rows if "supply" in p.flags for c in tm.children(p)}
        sources |= _between_need_and_supply(m) | _summed_into_supply(m)
        m._cache["output_sources"] = sources
    for r in m.rows():
        if r.subset or r.flags & {"need", "supply", "input", "market"} or \
                r.kind in ("capacity", "price", "cost", "cost_line") or id(r) in sources:
            continue
        if _with_customers(m, r):
            continue  # what goes through the equipment with customers' material ("Tổng mật qua máy"), no output (jo03)
        if _allocation_table(m, r.table) or id(r) in _balance_supply_rows(m):
            # "Phân chia búp chè tươi …: Sao sấy chè búp khô | 33.550": the fresh buds that use takes (ih06), wherever
            # the table stands (a scan misread the heading above it, ih03)
            continue
        # (what a row is for does not name it: "Chè vằng khô cho chiết cao" is the dried tea, not the cao)
        # (a row naming the product and nothing more is the product, though the material holds its words:
        # "Tổng mật thành phẩm" for "1,05 kg mật thô cho 1 kg mật thành phẩm")
        # (a row naming the whole product with more words does not either, though a material's word is one of them:
        # "Bánh đa vừng, túi 500 g" for "0,06 kg vừng/kg bánh đa vừng", hl05)
        # (the material's own words, those the product lacks, tell them apart: "Mật thô khai thác" is the material of
        # "1 kg mật thô cho 0,9 kg mật thành phẩm", df02)
        if inputs and (words := product_tokens(_PURPOSE.split(r.label)[0], m.vocab)) and words != product and \
                any(_names_material(m, words, mat) and not (product and product <= words and not (set(mat) - product) & words)
                    for mat in inputs):
            continue
        if inputs and m.vocab.text["output_harvest"].in_text(r.label or "") and \
                (words := product_tokens(r.label, m.vocab)) and any(words & (set(mat) - product) for mat in inputs):
            # "Cá trắm thu hoạch từ ao nhà (2 ha × 10 tấn)" for "1,3 kg cá tươi cho 1 niêu 1 kg": the harvest the
            # norm's material comes from, not the product (eb07)
            continue
        ys = {}
        for y, x in r.qty_years().items():
            if not _planned_qty(m, y, x):
                continue
            if x.unit == unit:
                ys[y] = x
            elif (f := _pack_factor(m, x.unit, " ".join(r.cells), unit)) is not None:
                # "Tinh bột nghệ hũ 100 g | hũ | 8.000": 8.000 hũ × 0,1 kg
                ys[y] = Val(x.value * f, unit, x.kind, None, y, x.col, x.text)
        if ys:
            rows.append((r, ys))
    if own := _own_made_rows(m).get(unit):
        # a seller of bought goods too: what it makes itself (`_own_made_rows`)
        rows = [(r, {y: x for y, x in r.qty_years().items() if x.unit == unit and _planned_qty(m, y, x)}) for r in own]
        rows = [(r, ys) for r, ys in rows if ys]
    if not rows:
        # running text: "sản lượng 20 tấn/năm"
        return {}
    named = [(r, ys) for r, ys in rows if product and product_tokens(r.label, m.vocab) & product]
    if len(named) > 1:
        # the rows naming the norm's product best: "Tinh dầu can 1 lít" for "1 lít tinh dầu", not "Dầu
        # massage chai 50 ml" (a blend that holds 3 ml of the oil a bottle)
        best = max(len(product_tokens(r.label, m.vocab) & product) for r, _ in named)
        named = [(r, ys) for r, ys in named if len(product_tokens(r.label, m.vocab) & product) == best]
    if named:
        # the table's total of the packs that all name the product ("Nước mắm chai 500 ml | Nước mắm can 5 lít |
        # Tổng sản lượng | lít"): the whole output, of which each pack row is a part
        named_ids = {id(r) for r, _ in named}
        for r, ys in rows:
            # (or the packs converted into the norm's unit below them: "Sản lượng quy đổi (rượu) | lít | 10.000 | …")
            if r.kind == "quantity" and (r.total or _CONVERTED_ROW.match(r.label or "")) and id(r) not in named_ids and \
                    any(n.table == r.table for n, _ in named) and \
                    all(id(o) in named_ids for o, _ in rows if o.table == r.table and not o.total and o is not r):
                named.append((r, ys))
    if len(named) > 1:
        # a row of the packs' table that adds up their amounts in the norm's unit, whatever its label names
        # ("Sản phẩm mực của công ty (kg) | 6.700" under "hộp 500 g | 5.000", "túi 1 kg | 3.000", "khay 300 g | 4.000"):
        # the whole output, of which the largest pack is a part
        named_ids = {id(r) for r, _ in named}
        for r, ys in rows:
            parts = [n_ys for n, n_ys in named if n.table == r.table and not n.total]
            if id(r) in named_ids or len(parts) < 2 or not ys:
                continue
            if all(y in p_ys for p_ys in parts for y in ys) and \
                    all(abs(x.value - sum(p_ys[y].value for p_ys in parts)) <= 0.01 * x.value for y, x in ys.items()):
                named.append((r, ys))
    top = max((len(product_tokens(r.label, m.vocab) & product) for r, _ in named), default=0)
    if named and product and all(len(product_tokens(r.label, m.vocab) & product) == top or
                                 not product_tokens(r.label, m.vocab) for r, _ in rows):
        # (each row naming the norm's product as fully: not "Nước ép bưởi, chai 1 lít" beside "Nước ép bưởi mật ong,
        # chai 250 ml" for a norm of honey per litre of the honeyed juice)
        # (the packs of the one product, "Dầu lạc ép, chai 500 ml | 12.000", "…, chai 1 lít | 4.000", "…, can 5 lít | 1.000",
        # beside the balance table's "Sản lượng thành phẩm | lít | 15.000", which no other product shares: the whole
        # output is that row, not the largest pack, fy06)
        named_ids = {id(r) for r, _ in named}
        named += [(r, ys) for r, ys in rows if id(r) not in named_ids and r.kind == "quantity" and
                  _FINISHED.search(r.label or "") and not product_tokens(r.label, m.vocab)]
    if not named:
        # a norm per kg of "thành phẩm" is one of the whole output: the row that totals it ("Tổng sản
        # lượng thành phẩm | kg"), not the smallest product row; so is a norm for a product no row names
        # when the production plan totals its packs in the norm's unit ("Chai 250 ml | Chai 1 lít |
        # Tổng sản lượng | lít") — not a channel's share in the market section
        named = [(r, ys) for r, ys in rows if r.kind == "quantity" and (r.total or _FINISHED.search(r.label))
                 and (not product or r.section not in ("market", *_PAST_SECTIONS))]
    use = named or rows
    out: dict[int, tuple[float, Row]] = {}
    for r, ys in use:
        for y, x in ys.items():
            if y not in out or (not named and x.value < out[y][0]) or (named and x.value > out[y][0]):
                out[y] = (x.value, r)
    return out


_CONVERTED_ROW = re.compile(r"(?i)^\W*(?:tổng\s+)?(?:sản\s+lượng\s+)?(?:quy\s+đổi|quy\s+ra)\b")


def _pack_factor(m: PlanModel, pack: str, text: str, unit: str) -> float | None:
    """kg or litres in one pack ("hũ 100 g" → 0,1 kg): the size written with the pack in `text`,
    else the one size the plan gives that pack; None when unknown or of another unit."""
    if pack in PEOPLE or pack in _MEASURES or not pack:
        return None
    sizes = {got for mm in _SIZE.finditer(text or "") if (got := _size(mm.group(0)))}
    if not sizes and re.search(rf"(?i)\b{re.escape(pack)}\s+\d", text or ""):
        return None  # a size written with the pack that could not be read ("chai 500 ø" on a scan): not another's (jo03)
    size = sizes.pop() if len(sizes) == 1 else None if sizes else _only_size(m, pack)
    if not size:
        return None
    mm = re.fullmatch(r"([\d.]+)(kg|l)", size)
    if not mm or mm.group(2) != unit:
        return None
    return float(mm.group(1))


_TO_PRODUCE = re.compile(r"(?i)\bcần\s+(?:sản\s+xuất|làm\s+ra|đạt|bán|cung\s+cấp\s+cho\s+thị\s+trường)\b")


def _need_rows(m: PlanModel) -> list[tuple[Row, set[str], dict[int, Val]]]:
    """The plan's own rows of raw material used a year ("Tổng nghệ tươi sử dụng | tấn | 13 | 17"):
    a need flag, a material named, quantities by plan year."""
    out = []
    for r in m.rows():
        if "need" not in r.flags or ("supply" in r.flags and not _need_first(r, m.vocab)) or r.subset or \
                r.kind in ("price", "cost", "revenue", "capacity") or _TO_PRODUCE.search(r.label) or \
                (r.kind == "cost_line" and r.money_years()):
            # ("Trà vối ủ khô cần sản xuất (kg)": the output the plan must make, no material; a cost line
            # counted in kilograms, "Nguyên liệu cần dùng (cam tươi) | kg | 41.237", is the material used)
            continue
        ys = {y: x for y, x in r.qty_years().items() if y is not None and y >= 1000 and m.is_plan_year(y)
              and x.vmax is None and x.kind in ("mass", "volume")}
        mat = _need_label_material(r.label, m.vocab)
        if ys and not mat and not r.num:
            # (the material of the numbered row heading the row's group: "2 | Vừng đen (kg)" over its supply rows and
            # "| Nhu cầu (số đơn vị × định mức)", ia08)
            mat = _group_head_material(m, r)
        if ys and not mat:
            # (else the working's words, as before it was set aside: "Nhu cầu (8 kg/mẻ × số mẻ)" beside the table's
            # "Tổng nguồn cung", gf05)
            mat = _need_label_material(r.label, m.vocab, keep_working=True)
        if ys and not mat and (cm := _NEED_CAPTION.search(_caption_tail(m.table(r.table).caption))
                               or _SOURCE_CAPTION.search(_caption_tail(m.table(r.table).caption))):
            # (or the material whose sources the caption lists: "Bảng 4. Nguồn cá cơm nguyên liệu" over "Tổng nguồn
            # cung | 28.000" and "Nhu cầu năm 2027 | 24.000 lít × 1,3 kg | 31.200", jc06)
            # (or the material the table's caption needs: "Bảng 6. Nhu cầu rượu gốc và lượng hợp tác xã thu mua" over
            # "Chỉ tiêu | …" and "Nhu cầu (1,12 lít/lít)", il05)
            mat = {w for w in product_tokens(cm.group(1), m.vocab) if _bare(w) not in _SUPPLY_WORDS}
        if ys and not mat:
            # (or the material the label column's head names: "Nguồn cung gừng tươi (kg)" over "Nhu cầu (2,50 kg/kg)")
            tm = m.table(r.table)
            head = next((h for h in tm.header if h and not re.search(r"(19|20)\d\d", h)
                         and not re.fullmatch(r"(?i)\s*(?:stt|tt)\s*", h)), "")
            mat = {w for w in product_tokens(_blank_parens(head), m.vocab) if _bare(w) not in _SUPPLY_WORDS}
        if ys and mat:
            out.append((r, mat, ys))
    return out


_SOURCE_CAPTION = re.compile(r"(?i)\bnguồn\s+(?:cung\s+(?:cấp\s+|ứng\s+)?)?(?:nguyên\s+liệu\s+)?((?:[^\W\d]+\s*){1,4}?)"
                             r"(?=\s*(?:\bnguyên\s+liệu\b|\bvà\b|,|\(|:|$|\bcủa\b|\bnăm\b))")
_NEED_CAPTION = re.compile(r"(?i)\bnhu\s+cầu\s+(?:về\s+)?((?:[^\W\d]+\s*){1,4}?)(?=\s*(?:\bvà\b|,|\(|:|$|\bcủa\b|\bnăm\b))")


def _need_group_head(m: PlanModel, r: Row) -> Row | None:
    """The numbered row heading an unnumbered row's group when that head holds no figure ("2 | Vừng đen (kg) | | |"
    over its sources, "| Cộng nguồn cung" and "| Nhu cầu (số đơn vị × định mức)"), else None."""
    if r.num:
        return None
    # (a bullet is no number of a group: "A | Chè vằng khô (kg)", its "- …" sources, "Tổng nguồn cung", in08)
    head = next((o for o in reversed(m.table(r.table).rows[:r.index]) if o.num and o.num not in _BULLETS), None)
    return head if head is not None and not head.vals else None


_BULLETS = frozenset({"-", "+", "*", "•", "–"})


def _group_head_material(m: PlanModel, r: Row) -> set[str]:
    """The material the head of `r`'s group names, or nothing."""
    head = _need_group_head(m, r)
    if head is None:
        return set()
    return {w for w in product_tokens(_blank_parens(head.label), m.vocab) if _bare(w) not in _SUPPLY_WORDS}


def _group_supply(m: PlanModel, r: Row, year: int, unit: str) -> tuple[float, list[str]] | None:
    """The supply total of the group a need row ends (its sources, "| Cộng nguồn cung | 2.300", then "| Nhu cầu … |
    2.630"): the sum the table itself gives for that material, when the group has one."""
    head = _need_group_head(m, r)
    if head is None:
        return None
    for o in reversed(m.table(r.table).rows[head.index + 1:r.index]):
        if "supply" in o.flags and o.total and (x := o.qty_years().get(year)) is not None and x.unit == unit:
            return x.value, [o.evidence]
    return None


def _need_label_material(label: str, v: Vocab, keep_working: bool = False) -> set[str]:
    """The material a need row's label names, its need words left out ("Nhu cầu lạc nhân (0,35 kg/kg)": lạc nhân)."""
    text = label
    for words in (v.flags["need"], v.flags["input"]):
        for a, b in reversed(words.char_spans(text)):
            text = text[:a] + " " + text[b:]
    # (the material in brackets when the label names nothing else: "Nguyên liệu cần dùng (cam tươi)"; a working in
    # brackets names none, "Nhu cầu (số đơn vị × định mức)", ia08)
    if not keep_working:
        text = re.sub(r"\([^()]*[×*][^()]*\)", " ", text)
    mat = product_tokens(text, v) or product_tokens(re.sub(r"[()]", " ", text), v)
    # (a norm in the brackets names no material: "Nhu cầu (2,50 kg/kg)")
    return mat if any(not w.isdigit() and not _is_unit_word(w) for w in mat) else set()


def _need_above(m: PlanModel, r: Row) -> set[str] | None:
    """The material of the nearest need row above `r` in its table that names one ("A | Nhu cầu mật mía" over "Lò mật
    Xuân Lam …" and "Σ nguồn cung"): in a balance table of several materials, each group's rows are its own."""
    for o in reversed(m.table(r.table).rows[:r.index]):
        if "need" in o.flags and "supply" not in o.flags and (mat := _need_label_material(o.label, m.vocab)):
            # (the head of the row's group, numbered above it: "B" over "B.3"; a need listed beside the supply at
            # its own level, "Nhu cầu men lá" then "Nguồn cung (Bảng 5)", heads nothing)
            return mat if r.num and o.num and o.level is not None and r.level is not None and o.level < r.level else None
    return None


def _material_by_rows(m: PlanModel, spec: Spec) -> list[Hit]:
    """A table row of material used a year above the supply the plan states for it."""
    hits = []
    for r, mat, ys in _need_rows(m):
        worst = None
        # what the plan's norms make of the material ("3,5 kg nấm tươi cho 1 kg nấm khô"): a sentence of
        # its output ("Sản lượng nấm khô: 900 kg năm 2027, …") is no supply of the material
        made = set().union(*(q.product for q in ratios(m) if q.material - _FORM_WORDS and q.material - _FORM_WORDS <= mat))
        for year, x in sorted(ys.items()):
            if m.ocr and x.conf is not None and x.conf < _BARELY_READ:
                continue  # a need the scan read at barely even odds ("99.850" at 39 % for "59.850"): not known
            if m.ocr and (r.noisy or _ocr_malformed(m, [x.text, r.cells[x.col] if 0 <= x.col < len(r.cells) else ""])):
                continue  # a row the scan garbled ("19.350) | 231150) | 22950"): its need is not known (hl07)
            conv = _converted_above(m, r, year, x.unit)
            if conv is None and _total_above_covers(m, r, x):
                continue  # "Tổng lá, thân tươi | 26.500" right above "Cần sấy (5 kg tươi/kg khô) | 18.500" (gw03)
            sup = conv or _balance_above(m, r, year, x.unit) or _group_supply(m, r, year, x.unit) or \
                _table_supply_total(m, r, year, x.unit) or _supply(m, mat, made, x.unit, year)
            if sup is None:
                continue
            supply, sev = sup
            if any(e == r.evidence for e in sev):
                continue
            if x.value > supply * (1 + spec.tolerance) and (worst is None or x.value / supply > worst[0]) and \
                    not _stock_carried_covers(m, x.value, year, spec.tolerance):
                worst = (x.value / supply, year, x, supply, sev)
        if worst is None:
            continue
        _, year, x, supply, sev = worst
        if (_made_in_chain(m, mat, x.unit) or any("need" in o.flags and o.qty_years() for o in
                                                  m.table(r.table).rows[r.index + 1:])) and _bought_only(sev):
            # (or a table that reckons the chain back stage by stage, "Bột trà xanh cần", then "Chè khô cần", then
            # "Búp chè tươi cần": each stage's need is made from the next one's)
            continue  # (the same for a need row: "Bột trà xanh cần (kg)" against "Chè xanh khô mua ngoài", iq03)
        head = _need_group_head(m, r)
        label = f"{_blank_parens(head.label).strip()}: {r.label}" if head is not None else r.label
        hits.append(_stated_need_hit(r.evidence, sev, year, x.value, x.unit, supply, label, "from_row"))
        break
    return hits


# =============================================================================== relation: capacity

_PERIODS = ("năm", "tháng", "ngày", "giờ", "mẻ", "ca")


_EQUIPMENT_TABLE = re.compile(r"(?i)\b(?:máy\s+móc|thiết\s+bị)\b")


def _capacity_rows(m: PlanModel) -> list[Row]:
    """The rows that give capacities: a capacity row, or any row of a table whose header speaks of capacity."""
    got = m._cache.get("capacity_rows")
    if got is None:
        # (or "Năng suất" in a table of the equipment, "Thiết bị | Số lượng | Năng suất", whose rates count pieces: the
        # machines' throughput, not a crop's yield per hectare, hz10 "42 sản phẩm/ngày/máy"; a processing line's rates
        # in kilograms an hour are each machine's speed, its limit said elsewhere, "tối đa 1,5 tấn củ/ngày", bs10)
        tabs = {t.index for t in m.tables if "công suất" in " ".join(t.header).lower()
                or ("năng suất" in " ".join(t.header).lower()
                    and _EQUIPMENT_TABLE.search(" ".join(t.header[:2]) + " " + _caption_tail(t.caption))
                    and any(x.kind == "count" and x.per for r in t.rows for x in r.vals))}
        # (or a row of a table of the equipment itself that reckons its year, its rate and its days in a column of
        # features: "Thiết bị | Số lượng | Đặc điểm" with "Nồi chưng cất | 2 nồi | 30 lít/ngày/nồi, 260 ngày"; not every
        # machine's rate of such a table, a washer's or a mill's, which bind nothing)
        kit = {t.index for t in m.tables if t.index not in tabs
               and _EQUIPMENT_TABLE.search(" ".join(t.header[:2]) + " " + _caption_tail(t.caption))}
        got = m._cache["capacity_rows"] = [r for r in m.rows() if r.kind == "capacity" or r.table in tabs
                                           or (r.table in kit and _row_days(m, r) is not None)]
    return got


def _row_rate_units(m: PlanModel) -> set[str]:
    """The units a row of a capacity table gives a rate by the period in (what `capacities` reads from
    the tables)."""
    return {x.unit for r in _capacity_rows(m) for x in r.vals + r.lvals
            if is_qty(x.unit, x.kind) and _rate_period(x.per) in _PERIODS}


def _rate_period(per: str | None) -> str | None:
    """A rate's period as the capacity reads it: one machine's rate per machine and period is a rate per that
    period ("20 lít rượu/nồi/ngày" beside "2 nồi": "20 lít/ngày" of each); any other rate as it is."""
    return _machine_period(per) or per


def _machine_period(per: str | None) -> str | None:
    """The period of a rate per machine and period, either way round ("nồi/ngày" of "20 lít rượu/nồi/ngày",
    "ngày/máy" of "20 kg cá khô/ngày/máy"): one machine's rate in that period; None for any other rate."""
    parts = (per or "").split("/")
    if len(parts) != 2:
        return None
    periods = [x for x in parts if x in _PERIODS]
    return periods[0] if len(periods) == 1 and any(x in MACHINE_COUNTERS for x in parts) else None


def _trailing_per(text: str, end: int) -> str | None:
    """'40 kg lạc nhân/giờ': a rate whose denominator follows a few words after the unit."""
    m = re.match(r"^[^\d/;,.()]{0,25}/\s*(năm|tháng|ngày|giờ|mẻ|ca)\b", text[end:end + 40])
    return m.group(1) if m else None


# parts of a plan where days a year are the season of a fruit or a market, not the days its equipment works
# ("Điểm yếu: quả dâu chỉ có 10 tuần mỗi năm")
_NOT_WORKING_DAYS = ("swot", "market", "rationale", "risks")
# "mỗi tháng làm 24 ngày", "làm việc 26 ngày/tháng": the days a month, twelve months a year
_MONTH_DAYS = re.compile(r"(?i)\b(?:mỗi|một|hằng|hàng)\s+tháng\s+(?:[^\W\d]+\s+){0,3}$")


def _days_per_year(m: PlanModel) -> list[float]:
    out = []
    for s in m.sents:
        if s.section in _NOT_WORKING_DAYS:
            continue
        for a in s.amounts:
            if a.kind == "duration" and a.unit == "ngày" and a.value_max is None and 15 <= a.value <= 31 and \
                    (a.per == "tháng" or _MONTH_DAYS.search(s.text[max(0, a.start - 40):a.start])):
                out.append(a.value * 12)
                continue
            if a.kind == "duration" and a.unit == "ngày" and a.value_max is None and 30 <= a.value <= 366:
                after = s.text[a.end:a.end + 25].lower()
                before = s.text[max(0, a.start - 40):a.start].lower()
                # (or a crop year's: "hai nồi làm khoảng 270 ngày mỗi niên vụ", iw04)
                if a.per in ("năm", "niên vụ") or \
                        re.match(r"^\s*(làm việc|sản xuất|ép|hoạt động|công|chạy máy)?\s*(/|mỗi|trong|một)\s*(?:năm|niên\s+vụ|niên\s+độ)",
                                 after) \
                        or re.match(r"^\s*(làm việc|sản xuất|hoạt động)", after) \
                        or re.search(r"\b(?:mỗi|một|trong)\s+năm\s+(?:[^\W\d]+\s+){0,4}(?:khoảng\s+)?$", before):
                    # ("mỗi năm tổ sấy khoảng 200 ngày": the year before the days)
                    out.append(a.value)
                elif _DAYS_FACTOR.search(s.text[max(0, a.start - 4):a.start]) and (
                        _YEAR_PRODUCT.match(s.text, a.end) or (100 <= a.value and _LAST_FACTOR.match(s.text, a.end))):
                    # the days a factor of a year's output worked out: "2 nồi × 40 lít/mẻ × 1 mẻ/ngày ×
                    # 280 ngày = 22.400 lít/năm"
                    out.append(a.value)
    for r in m.rows():
        # or a table's row of it, the year's unit in its label: "Công suất chế biến (kg/năm) | 12 kg/ngày × 280
        # ngày | 3.360"
        if r.section not in _NOT_WORKING_DAYS and _PER_YEAR.search(r.label or ""):
            for c in r.cells:
                if (d := _DAYS_CELL.search(c)) and 30 <= (n := float(d.group(1))) <= 366:
                    out.append(n)
    return out


_DAYS_FACTOR = re.compile(r"[x×*]\s*$")
# the last factor of a product written out, nothing reckoned after it: "30 thợ × 2 chiếc/ngày × 280 ngày."
_LAST_FACTOR = re.compile(r"\s*(?:[.;)]|$)")
_DAYS_CELL = re.compile(r"[x×*]\s*(\d{2,3})\s*ngày\s*$")
_YEAR_PRODUCT = re.compile(r"\s*(?:[x×*][^=;.]{0,40})?=\s*\d[\d.,]*\s*(?:[^\W\d]+\s*){0,3}/\s*năm\b")


def _hours_per_day(m: PlanModel) -> list[float]:
    out = []
    for s in m.sents:
        for a in s.amounts:
            if a.kind == "duration" and a.unit == "giờ" and 1 <= a.value <= 24 and a.value_max is None:
                after = s.text[a.end:a.end + 12].lower()
                if a.per == "ngày" or re.match(r"^\s*(/|mỗi|một)\s*ngày", after) or re.search(r"[x×*]\s*$", s.text[max(0, a.start - 4):a.start]):
                    out.append(a.value)
    return out


def _batches_per_day(m: PlanModel) -> list[float]:
    out = []
    for s in m.sents:
        for a in s.amounts:
            if a.unit == "mẻ" and (a.per == "ngày" or (a.per is None and a.value_max is None and
                                                    _EACH_DAY_BEFORE.search(s.text, 0, a.start))):
                # ("2 mẻ/ngày"; "mỗi ngày 1 mẻ")
                out.append(a.value)
        # (the count in words: "mỗi ngày một mẻ vì thời gian sấy gần 20 giờ", "hai mẻ mỗi ngày")
        out.extend(_WORD_COUNT[(w.group(1) or w.group(2)).lower()] for w in _BATCHES_IN_WORDS.finditer(s.text))
    return out


def _batches_said(s: Sent) -> bool:
    """The sentence says how many batches a day are run ("mỗi ngày một mẻ", "2 mẻ/ngày")."""
    return bool(_BATCHES_IN_WORDS.search(s.text)) or any(
        a.unit == "mẻ" and (a.per == "ngày" or (a.per is None and _EACH_DAY_BEFORE.search(s.text, 0, a.start)))
        for a in s.amounts)


_WORD_COUNT = {"một": 1.0, "hai": 2.0, "ba": 3.0, "bốn": 4.0}
_BATCHES_IN_WORDS = re.compile(r"(?i)\b(?:mỗi|một)\s+ngày\s+(?:sấy\s+|chạy\s+|làm\s+|nấu\s+)?(một|hai|ba|bốn)\s+mẻ\b|"
                               r"\b(một|hai|ba|bốn)\s+mẻ\s*(?:/\s*ngày|mỗi\s+ngày|một\s+ngày)")


# (or the doer and its verbs between: "Mỗi ngày tổ xay, luộc 2 mẻ")
_EACH_DAY_BEFORE = re.compile(r"(?i)\b(?:mỗi|một)\s+ngày\s*(?:[^\W\d]+,?\s+){0,4}$")
_EACH_MACHINE = re.compile(r"(?i)\bmỗi\s+(?:máy|nồi|lò|tủ|chảo|thiết\s+bị|dây\s+chuyền)\b")
# an amount a batch holds, its period said before it: "mỗi mẻ 60 kg", "mỗi mẻ được khoảng 60 kg"
_EACH_BATCH_BEFORE = re.compile(r"(?i)\bmỗi\s+mẻ\s+(?:[^\W\d]+\s+){0,2}$")


def _shifts_per_day(m: PlanModel) -> list[float]:
    """Shifts a day the plan works ("Công ty làm 1 ca/ngày", "2 ca/ngày")."""
    return [a.value for s in m.sents for a in s.amounts
            if a.unit == "ca" and a.per == "ngày" and a.value_max is None and 0 < a.value <= 3]


_CROP_YIELD = re.compile(r"(?i)/\s*(?:ha|sào|mẫu|đàn|cây|gốc|con|tổ|lồng|bè)\b")
# (vats count as equipment: "mỗi năm 40 bể cho 40.000 lít")
_EQUIPMENT_WORD = re.compile(r"(?i)\b(?:máy|lò|nồi|dây\s+chuyền|thiết\s+bị|công\s+suất|xưởng|bể|chum)\b")
_MACHINE_CAPACITY = re.compile(r"(?i)công\s+suất|năng\s+lực|năng\s+suất")
# a sentence about an amount of something ("Lượng muối …", "Khối lượng lá …"), not a machine or a workshop
_AMOUNT_OF = re.compile(r"(?i)^\W*(?:khối\s+)?lượng\s")


def _supply_clause(text: str, pos: int, v: Vocab) -> bool:
    """The clause before an amount speaks of a supply (a contract, a supplier) and of no
    machine's capacity."""
    clause = text[_clause_start(text, pos):pos]
    return v.text["supply_firm"].in_text(clause) and not _MACHINE_CAPACITY.search(clause)


# the output a licence allows ("sản lượng được phép tối đa 30.000 lít/năm") is no equipment capacity
_LICENSED = re.compile(r"(?i)\b(?:được phép|cho phép|cấp phép|giấy phép|hạn mức|theo phép)\b")


# a machine's rate by the batch, with no word for capacity: "Máy rang trống quay hiện có 15 kg/mẻ, mỗi
# ngày rang 2 mẻ, làm việc 200 ngày/năm, tương đương 6.000 kg cà phê rang/năm"; a line's by the day
# ("Sau đầu tư, dây chuyền làm được khoảng 1.500 chiếc bánh/ngày; cơ sở làm việc 300 ngày/năm")
_MACHINE_RATE = re.compile(r"(?i)\b(?:máy|nồi|lò|dây chuyền|thiết bị)\b[^.;]{0,40}?\d[\d.,]*\s*"
                           r"(?:kg|lít|l|tấn|chai|hộp|túi|hũ|gói|sản phẩm|chiếc|cái|lọ|bộ)(?:\s+[^\W\d]+){0,3}?\s*/\s*"
                           r"(?:mẻ|ngày|giờ|ca)\b|"
                           # the period first: "lò sấy hiện có: mỗi mẻ 100 kg lá tươi, mỗi ngày 1 mẻ"
                           # (or a verb between: "Hai máy sấy hiện có mỗi ngày sấy được 40 kg cá thành phẩm")
                           r"\b(?:máy|nồi|lò|dây chuyền|thiết bị)\b[^.;]{0,40}?\bmỗi\s+(?:mẻ|ngày|giờ|ca)\s+"
                           r"(?:[^\W\d]+\s+){0,3}?\d[\d.,]*\s*(?:kg|lít|l|tấn|chai|hộp|túi|hũ|gói|sản phẩm)\b")


_PER_YEAR = re.compile(r"/\s*năm\b")
_AMOUNT_AND_PER = re.compile(r"\d[\d.,]*\s*[^\W\d]*|/\s*[^\W\d]+")
_KEPT_FOR_PLAN = re.compile(r"(?i)\b(?:được\s+)?giữ\s+nguyên\b|\b(?:không|chưa)\s+(?:cần\s+)?(?:đầu\s+tư|mua|xây)\s+thêm\b|"
                            r"\b(?:đáp\s+ứng\s+đủ|đủ\s+đáp\s+ứng|đủ(?:\s+công\s+suất)?)\s+(?:cho\s+)?(?:kế\s+hoạch|nhu\s+cầu|sản\s+lượng)|"
                            r"\bvẫn\s+(?:được\s+)?sử\s+dụng\b")


def _next_in_paragraph(m: PlanModel, k: int) -> str | None:
    """The sentence after `m.sents[k]` when it is in the same paragraph."""
    if k + 1 >= len(m.sents) or m.sents[k + 1].block != m.sents[k].block:
        return None
    return m.sents[k + 1].text


def _kept_next(m: PlanModel, k: int) -> bool:
    """The sentence after `m.sents[k]`, in its paragraph, says the plan keeps what that one describes
    ("… tương đương 50.000 kg mì/năm. Hợp tác xã không đầu tư thêm dây chuyền tráng mới.")."""
    nxt = _next_in_paragraph(m, k)
    return nxt is not None and bool(_KEPT_FOR_PLAN.search(nxt))


def _kept_for_plan_years(m: PlanModel, k: int) -> bool:
    """The sentence, or the next one in its paragraph, keeps the equipment for the plan's own years, even in
    the part on the present ("Công suất của 5 máy dệt hiện có: … = 14.000 chiếc/năm. Tổ không mua thêm máy
    dệt; 5 máy hiện có đủ công suất cho sản lượng của cả giai đoạn 2027–2029.")"""
    return any(t is not None and _KEPT_FOR_PLAN.search(t) and _names_plan_year(m, t)
               for t in (m.sents[k].text, _next_in_paragraph(m, k)))


_EACH_YEAR = r"\b(?:mỗi|hằng|hàng)\s+năm"
_EACH_YEAR_WORDS = re.compile(rf"(?i){_EACH_YEAR}\b")
_EQUALS_BEFORE = re.compile(r"=\s*$")
# a result said as such: "…, tức 4.200 kg/năm", "tương đương 15.000 kg/năm", "= 9.600 kg/năm"
# (or the capacity named again after the day's rate and days: "110 kg tương/ngày, làm 250 ngày, công suất khoảng 27.500
# kg/năm", ih09)
_THAT_IS_BEFORE = re.compile(r"(?i)(?:\btức(?:\s+là)?|\btương\s+đương(?:\s+với)?|\blà|=|,\s*công\s+suất(?:\s+năm)?)\s*"
                             r"(?:khoảng\s+|gần\s+)?$")
_PUT_THROUGH = re.compile(r"(?i)\b(?:xay|xát|ép|sấy|chế\s+biến|chưng(?:\s+cất)?|nấu|xử\s+lý|sơ\s+chế|giết\s+mổ|đưa\s+vào)\b")
_YEAR_OR_SEASON_AFTER = re.compile(r"(?i)[^.;,=]{0,25}?(?:/\s*|\b(?:mỗi|một|cả|trong)\s+)(?:năm|mùa)\b")
_CLAUSE_EACH_YEAR = re.compile(rf"(?i)[^.;:()/]{{0,70}}?{_EACH_YEAR}\s*(?:[;.]|$)")
# the amount right after "được" of a sentence's "mỗi ngày … được"
_GOT_EACH_DAY = re.compile(r"(?i)\b(?:mỗi|một)\s+ngày\b[^.;,]{0,30}?\bđược\s+(?:khoảng\s+|gần\s+|tối\s+đa\s+)?$")
_EACH_DAY = re.compile(r"(?i)\b(?:mỗi|một)\s+ngày\b(?=[^.;]{0,40}\bđược\b)")
# the year said before the amount, in its clause: "Như vậy mỗi năm cơ sở ủ tối đa 7.200 kg tôm"
_YEAR_SAID_BEFORE = re.compile(r"(?i)\b(?:mỗi|một|hằng|hàng)\s+năm\b[^.;:()\d]{0,45}$")


# the load a machine serves, stated right after its capacity ("…, nhu cầu sấy cao nhất là 35 tấn")
_OWN_LOAD = re.compile(r"(?i)^[^.;]{0,12}\bnhu\s+cầu\b[^.;\d]{0,40}$")


def _own_load_within(s: Sent, a: Amount) -> bool:
    """The sentence states, right after a capacity, the load the machine must carry, in the same unit
    and within it: the plan compared the two itself, for the part of the output the machine serves."""
    for b in s.amounts:
        if b.start >= a.end and b.unit == a.unit and b.per in (None, a.per) and \
                _OWN_LOAD.match(s.text[a.end:b.start]):
            return b.value <= a.value
    return False


def capacities(m: PlanModel, spec: Spec) -> dict[str, list[tuple[float, str]]]:
    """Annual capacity by output unit, from every capacity statement (sentences and rows)."""
    if "cap" in m._cache:
        return m._cache["cap"]
    v = m.vocab
    # (and the days a capacity table gives in a row of its own: "Số ngày thu hoạch | 110 | 110 | 110")
    firsts = {r.table: r for r in reversed(_capacity_rows(m))}  # (one row of each capacity table)
    days = _days_per_year(m) + [d for r in firsts.values() if (d := _table_days(m, r)) is not None]
    hours = _hours_per_day(m)
    batches = _batches_per_day(m)
    shifts = _shifts_per_day(m)
    d = max(days) if days else spec.default_days
    h = max(hours) if hours else spec.default_hours
    out: dict[str, list[tuple[float, str]]] = defaultdict(list)

    existing: dict[str, list[tuple[float, str]]] = defaultdict(list)
    heads: dict[str, str | None] = {}  # an existing capacity's sentence -> the equipment it is of
    nouns: dict[tuple[str, str], set[str]] = m._cache.setdefault("cap_nouns", {})  # what is counted
    each: dict[tuple[str, str, float], set[str]] = m._cache.setdefault("cap_each_noun", {})  # per amount
    target = out

    def add(value: float, unit: str, per: str | None, ev: str, days: float | None = None) -> None:
        dd = days or d  # (a row's own working days, "50 kg bột khô/ngày, 120 ngày/vụ", else the plan's)
        if per == "năm":
            target[unit].append((value, ev))
        elif per == "tháng":
            target[unit].append((value * 12, ev))
        elif per == "ngày":
            target[unit].append((value * dd, ev))
        elif per == "giờ":
            target[unit].append((value * h * dd, ev))
        elif per == "ca":
            # three shifts a day unless the plan says how many it works
            target[unit].append((value * (max(shifts) if shifts else 3) * dd, ev))
        elif per == "mẻ" and batches:
            target[unit].append((value * max(batches) * dd, ev))

    bottleneck: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for si, s in enumerate(m.sents):
        line = _LINE_CAPACITY.match(s.text)
        if bottleneck_at := line or _BOTTLENECK.search(s.text):
            # (the lengths of both lists: which one this sentence adds to is decided below)
            before = {id(d): {u: len(caps_) for u, caps_ in d.items()} for d in (out, existing)}
        # (a machine's rate worked out to a year in the same sentence, not a list of machines' rates)
        # (the cheap "/năm" test first: few sentences have it, and the machine-rate pattern is costly)
        machine = bool(_PER_YEAR.search(s.text)) and bool(_MACHINE_RATE.search(s.text))
        # "Như vậy mỗi ngày hệ thống chưng được 600 kg vỏ, thu khoảng 4,8 lít tinh dầu" under "Thiết bị và
        # công suất": the equipment's day, the period said before the amounts
        # (or a sentence naming the stage that decides the output: "Khâu quyết định sản lượng là phay CNC và chà
        # nhám: xưởng hoàn thiện được bình quân 13 sản phẩm mỗi ngày, làm 290 ngày/năm, tức … 3.770 sản phẩm/năm")
        said = v.text["capacity"].in_text(s.text) or machine or bool(line) or bool(_DECIDES.search(s.text))
        # under a heading that names the capacity ("2. Công suất nồi chiết xuất"), a sentence's own
        # day ("Như vậy mỗi ngày hệ thống chưng được 600 kg vỏ …") or year ("… một năm chạy được khoảng
        # 120 mẻ, …, tức khoảng 9.600 hũ 100 g/năm") is the equipment's
        headed = not said and s.section == "technology" and "công suất" in _heading_at(m, s.block).lower()
        daily = headed and bool(_EACH_DAY.search(s.text))
        said = said or (headed and not daily and bool(_PER_YEAR.search(s.text)))
        # a machine's load per batch named right after it in the technology ("tủ sấy điện 50 kg thành phẩm/mẻ
        # (mỗi ngày một mẻ …)"), when the sentence says how many batches a day it runs: its rate, though no
        # "công suất" is written
        said = said or (s.section == "technology" and _batches_said(s) and any(
            a.per == "mẻ" and is_qty(a.unit, a.kind) and any(0 <= a.start - e <= 30 for _b, e in
                                                             v.text["equipment"].char_spans(s.text[:a.start]))
            for a in s.amounts))
        # (or the batches a day and what each holds, the batch said before its load: "Mỗi ngày tổ xay, luộc 2 mẻ,
        # mỗi mẻ 60 kg, sản xuất 300 ngày/năm")
        # (not one machine's of several, nor beside the year the sentence works out itself: "Mỗi máy rang làm 4 mẻ/ngày,
        # mỗi mẻ 20 kg …; 2 máy làm 250 ngày/năm được khoảng 12 tấn ruốc/năm")
        batch_load = s.section in ("technology", "production_plan") and _batches_said(s) and any(
            not a.per and is_qty(a.unit, a.kind) and _EACH_BATCH_BEFORE.search(s.text, 0, a.start) for a in s.amounts) \
            and not _EACH_MACHINE.search(s.text) and not any(a.per == "năm" and is_qty(a.unit, a.kind) for a in s.amounts)
        said = said or batch_load
        # "Hai máy sấy làm việc 250 ngày/năm xử lý 150 tấn mộc nhĩ tươi, tương đương 18,75 tấn … mỗi năm": the
        # equipment's year, said at the clause's end
        # (or the sentence after a machine's rate by the batch or the day, in its paragraph: "… 2 máy sao,
        # mỗi mẻ 50 kg chè tươi, …, tổng 500 kg chè tươi/ngày. Mùa chế biến … 200 ngày/năm, tương đương
        # khoảng 100 tấn chè tươi mỗi năm.")
        yearly = not said and not daily and s.section == "technology" and bool(_EACH_YEAR_WORDS.search(s.text)) \
            and (bool(_EQUIPMENT_WORD.search(s.text)) or (
                si > 0 and m.sents[si - 1].block == s.block and bool(_MACHINE_RATE.search(m.sents[si - 1].text))))
        if not said and not daily and not yearly:
            continue
        if _CROP_YIELD.search(s.text) and not _EQUIPMENT_WORD.search(s.text):
            continue  # "năng suất bình quân 0,45 tấn/ha, sản lượng khoảng 2,25 tấn/năm": a crop's yield, no machine's
        if _AMOUNT_OF.match(s.text) and not _EQUIPMENT_WORD.search(s.text) and not _MACHINE_CAPACITY.search(s.text):
            continue  # "Lượng muối hạt bằng một phần ba khối lượng cá, tối đa 20 tấn/năm": a material's amount
        # the capacity before the plan's investment is no limit on the plan, unless the plan adds
        # no equipment and no labour and states no capacity after its investment (below)
        target = out
        if (s.section == "current_state" or v.text["current"].in_text(s.text)) and not (
                (s.section != "current_state" and (_KEPT_FOR_PLAN.search(s.text) or _kept_next(m, si))) or
                _kept_for_plan_years(m, si)):
            # (not the equipment the plan says it keeps for its years: "Máy sấy hiện có 150 kg/mẻ được giữ
            # nguyên và đáp ứng đủ cho kế hoạch sấy của giai đoạn 2027 – 2029" is the plan's own limit)
            if not v.text["equipment_capacity"].in_text(s.text) and not machine:
                continue
            target = existing
        yearly_at = -1
        supply = v.text["supply_firm"].in_text(s.text)
        # "tương đương 17.500 hộp 20 túi/năm": the "/năm" is the boxes', the bags are what a box holds
        held = {id(a): b for b, a in zip(s.amounts, s.amounts[1:])
                if a.per == "năm" and not b.per and is_qty(b.unit, b.kind) and is_qty(a.unit, a.kind)
                and b.unit != a.unit and re.fullmatch(r"\s*", s.text[b.end:a.start])}
        # "400 kg cam/giờ × 8 giờ/ngày × 120 ngày = 384 tấn cam mỗi mùa": the plan's own product of its rate,
        # hours and days is the capacity, not the rate times the plan's longest day and year
        worked = next((a for a in s.amounts if is_qty(a.unit, a.kind) and a.value_max is None and
                       (a.per or "năm") == "năm" and _EQUALS_BEFORE.search(s.text, max(0, a.start - 4), a.start)
                       and any(b.end <= a.start and b.unit == a.unit and (b.per or "").split("/")[0] in _PERIODS
                               for b in s.amounts)), None)
        if worked is not None:
            # a year's when the days of the year are among its factors or a year or season is named after it;
            # else the period of the rate it multiplies ("2 tủ × 50 kg/ngày = 100 kg": a day's)
            rate = next(b for b in s.amounts if b.end <= worked.start and b.unit == worked.unit
                        and (b.per or "").split("/")[0] in _PERIODS)
            yearly_result = worked.per == "năm" or bool(_YEAR_OR_SEASON_AFTER.match(s.text, worked.end)) or any(
                b.end <= worked.start and b.unit == "ngày" and b.value >= 30 for b in s.amounts)
            add(worked.value, worked.unit, "năm" if yearly_result else (rate.per or "").split("/")[0], s.text)
            nouns.setdefault((worked.unit, s.text), _counted_noun(s.text, worked, v))
            if target is existing and s.text not in heads:
                heads[s.text] = _equipment_head(s.text[:worked.start], v) or _head_said_before(m, si)
        # the year the sentence works its own rate out to, after it ("công suất hiện có 20 kg/ngày (mực khô) trong 210
        # ngày mùa mực …, tức 4.200 kg/năm"): that year is the capacity, the day's rate is not a year of 365 days
        # (also beside the working days it is reckoned by: "4 mẻ × 30 kg mỗi ngày, làm 280 ngày một năm, tức 33.600 kg
        # kẹo/năm" is the pot's year, not 30 kg × 280 days, gv01)
        own_year = next((b for b in s.amounts if is_qty(b.unit, b.kind) and b.per == "năm" and b.value_max is None
                         and _THAT_IS_BEFORE.search(s.text, max(0, b.start - 20), b.start)), None)
        for a in s.amounts:
            if not is_qty(a.unit, a.kind) or a.value_max is not None:
                continue
            if worked is not None and a.unit == worked.unit and a.start <= worked.start:
                continue  # (the rate it was worked out from, and the result itself, counted above)
            if own_year is not None and a is not own_year and a.unit == own_year.unit and a.start < own_year.start \
                    and a.per in ("ngày", "giờ", "ca", "tháng"):
                continue
            if id(a) in held:
                if yearly_at < 0:
                    b = held[id(a)]
                    add(b.value, b.unit, "năm", s.text)
                continue
            if supply and _supply_clause(s.text, a.start, v):
                continue  # "ký hợp đồng mua sợi với Công ty X tối đa 2,5 tấn/năm": a supply, no machine
            if _LICENSED.search(s.text[_clause_start(s.text, a.start):a.start]):
                continue  # "giấy phép …, sản lượng được phép tối đa 30.000 lít/năm": a licence's limit
            if _own_load_within(s, a):
                # "Máy sấy … xử lý được 50 tấn nấm tươi/năm, nhu cầu sấy cao nhất là 35 tấn": the plan
                # sized the machine against the part of its output the machine serves, not all of it
                continue
            if _EACH_WORKER.search(
                    s.text[max((c.end() for c in _CLAUSE_MARK.finditer(s.text, 0, a.start)), default=0):a.start]):
                # "mỗi thành viên chằm được khoảng 2,5 chiếc nón/ngày", "Năng lực bình quân của một thợ là 800
                # chiếc/năm": one pair of hands' rate, the workforce's capacity only once multiplied by the
                # hands (_labour_capacity, or the plan's own "…, nên với 15 lao động … khoảng 90.000 chiếc/năm")
                continue
            # a count right before the amount: what the amount is the size of
            counted = next((b for b in s.amounts if b.end <= a.start and b.kind == "count" and not b.per and
                            re.fullmatch(r"\s*", s.text[b.end:a.start])), None)
            if a.per == "mẻ" and counted is not None:
                continue  # "mỗi nồi luộc được 80 bánh 1 kg một mẻ": the size of a cake, not the batch's load
            if counted is not None and counted.unit in _PACK_NOUNS and a.per:
                # "Công suất 400 chai 330 ml/giờ": 400 bottles an hour of 330 ml each, not 330 ml an hour
                a = replace(a, value=a.value * counted.value)
            per = a.per or _trailing_per(s.text, a.end)
            if per is None and batch_load and _EACH_BATCH_BEFORE.search(s.text, 0, a.start):
                per = "mẻ"
            if per is None and (daily or (machine and _GOT_EACH_DAY.search(s.text, 0, a.start) and not any(
                    b is not a and b.unit == a.unit for b in s.amounts) and a.unit not in _row_rate_units(m))) and \
                    (d_at := _EACH_DAY.search(s.text)) and d_at.end() <= a.start:
                # (a machine's sentence: the amount it gets done each day, "Hai máy sấy hiện có mỗi ngày sấy
                # được 40 kg cá thành phẩm, làm việc 280 ngày/năm", when it is the sentence's only amount in
                # that unit: not beside the load it takes in, nor the year the sentence works out itself,
                # "…, 120 ngày/năm là 48.000 kg nước mía"; and when no table gives the machines' rates in
                # that unit, which are then the ones read: the sentence says again what a row says)
                per = "ngày"
            if per is None and (yearly or (said and s.section == "technology")) and \
                    _CLAUSE_EACH_YEAR.match(s.text, a.end):
                # the clause's closing "mỗi năm" is its amounts' period (also under a heading that names
                # the capacity: "Mùa chế biến … 200 ngày/năm, tương đương khoảng 100 tấn chè tươi mỗi năm")
                per = "năm"
            if per is None and said and (ye := _YEAR_SAID_BEFORE.search(s.text, 0, a.start)) and \
                    v.text["equipment_capacity"].in_text(s.text[ye.start():a.start]):
                # "mỗi năm cơ sở ủ tối đa 7.200 kg tôm": the equipment's limit, its year said before it
                per = "năm"
            if per is None and yearly and is_qty(a.unit, a.kind) and a.unit not in MACHINE_COUNTERS and \
                    (ye := _EACH_YEAR_WORDS.search(s.text, 0, a.start)) and not re.search(r"[,;:]", s.text[ye.end():a.start]):
                # "Như vậy mỗi năm 40 bể cho 40.000 lít, đủ đáp ứng kế hoạch …": the year said before the amount, in
                # its clause, with the equipment named
                per = "năm"
            if per and "/" in per:
                per = _machine_period(per) or per.split("/")[0]
            if per in _PERIODS:
                add(a.value, a.unit, per, s.text)
                noun = _counted_noun(s.text, a, v) or _run_in_product(s.text, a.start, v)
                nouns.setdefault((a.unit, s.text), noun)
                if target[a.unit]:
                    each[(a.unit, s.text, target[a.unit][-1][0])] = noun
                if target is existing and s.text not in heads:
                    heads[s.text] = _equipment_head(s.text[:a.start], v) or _head_said_before(m, si)
                if per == "năm":
                    yearly_at = a.end
            elif per is None and 0 <= yearly_at and a.start - yearly_at <= 60 and \
                    ";" not in s.text[yearly_at:a.start] and \
                    not any(b.kind == "money" and yearly_at <= b.start < a.start for b in s.amounts) and \
                    not _FACTOR_AROUND.search(
                        s.text[max(0, a.start - 4):a.start] + "|" + s.text[a.end:a.end + 4]):
                # "sức chứa 200 tấn cá/năm, tương đương khoảng 83.000 lít nước mắm" (not a factor of
                # the next clause's product: "; tủ ủ 2 mẻ/ngày x 3.000 hũ x 300 ngày")
                add(a.value, a.unit, "năm", s.text)
        if bottleneck_at:
            # "Năng lực xay và ly tâm là khâu quyết định sản lượng: dây chuyền hiện có xử lý 400 kg
            # củ tươi/ngày, …, tức 100 tấn củ/năm": the plan names its limit, which stands for the
            # larger rates of other machines (a washer's 1 tấn/giờ); today's, unless that equipment
            # is added
            head = " ".join(t.tone for t in tokens(line.group(1))) if line else \
                heads.get(s.text) or _equipment_head(s.text, v) or "\x00"
            if target is out or not _same_equipment_added(m, head):
                for u, caps_ in target.items():
                    bottleneck[u].extend(caps_[before[id(target)].get(u, 0):])
    _labour_capacity(m, days, out, existing)
    _units_each(m, out, nouns, add)
    _area_capacity(m, out, nouns)
    herd = _herd_capacity(m, nouns)
    target = out  # (not the last sentence's: a table of capacities is read the same wherever it stands)
    said_units = {u for u, _t in nouns}  # units a sentence gives a capacity in (with what it counts)
    for r in _capacity_rows(m):
        if r.kind == "capacity" and not r.noisy and len(own_rates := {
                x.unit for x in r.lvals if is_qty(x.unit, x.kind) and _rate_period(x.per) in _PERIODS}) == 1 and \
                (bare := [x for x in r.vals if x.year is not None and m.is_plan_year(x.year) and x.kind == "number"
                          and not x.unit and x.vmax is None]) and len(bare) == len([x for x in r.vals if x.year]):
            # the row's own working in its label, "Công suất (26 thợ x 2 sản phẩm/ngày x 300 ngày) | 15.600": its
            # years' bare figures are what the working gives, in the rate's unit (not the rate alone, if03)
            add(max(x.value for x in bare), own_rates.pop(), "năm", r.evidence)
            continue
        if r.kind == "capacity" and not r.noisy and (by_year := {y: x for y, x in r.qty_years().items()
                                                                 if y is not None and m.is_plan_year(y) and x.vmax is None}):
            # the capacity by year in the output table ("Công suất thiết kế (lít) | 32.000 | 32.000 | 32.000"): the
            # most of its years, in a year (a capacity that grows is held to its largest)
            top = max(by_year.values(), key=lambda x: x.value)
            if is_qty(top.unit, top.kind) and not top.per:
                add(top.value, top.unit, "năm", r.evidence)
                continue
            if top.kind == "number" and not top.unit and (rate_units := {
                    x.unit for o in m.table(r.table).rows if o is not r and o.kind == "capacity"
                    for x in o.vals if is_qty(x.unit, x.kind) and _rate_period(x.per) in _PERIODS}) and len(rate_units) == 1:
                # a year's capacity with no unit under the day's in the same table ("Công suất (kg/ngày) | 1.000",
                # "Số ngày thu hoạch | 110", "Công suất cả năm | 110.000"): in the day's unit
                add(top.value, rate_units.pop(), "năm", r.evidence)
                continue
        # the row's own year worked out under a column of the year's capacity, bare, beside its rate ("Rượu nếp | 3 nồi
        # × 18 lít/ngày | 250 | 13.500" under "Ngày/năm", "Công suất/năm"): that year in the rate's unit (hl05)
        head_cells = m.table(r.table).header
        yearly_col = [x for x in r.vals if is_qty(x.unit, x.kind) and (x.per or "năm") == "năm" and x.vmax is None
                      and x.year is None and 0 <= x.col < len(head_cells)
                      and _YEAR_CAPACITY_HEAD.search(head_cells[x.col] or "")]
        if len(yearly_col) == 1 and not r.noisy:
            # a column of the year's capacity in its unit ("Nồi chưng cất 200 lít (4 nồi) (4 nồi × 30 lít/ngày × 200
            # ngày) | 24.000" under "Công suất năm (lít)"): that year, not the label's rate over the plan's days (iq05)
            # (what the label counts, as a rate's cell does: "… (3 chảo × 11 kg ruốc/ngày × 280 ngày)", the floss)
            had = len(target.get(yearly_col[0].unit, ()))
            add(yearly_col[0].value, yearly_col[0].unit, "năm", r.evidence)
            if len(target.get(yearly_col[0].unit, ())) > had:
                each.setdefault((yearly_col[0].unit, r.evidence, target[yearly_col[0].unit][-1][0]),
                                product_tokens(_AMOUNT_AND_PER.sub(" ", r.label or ""), v))
            continue
        yearly_bare = [x for x in r.vals if x.kind == "number" and not x.unit and x.vmax is None and x.year is None
                       and 0 <= x.col < len(head_cells) and _YEAR_CAPACITY_HEAD.search(head_cells[x.col] or "")]
        if len(yearly_bare) == 1 and not r.noisy:
            rate_units = {x.unit for x in r.vals + r.lvals if is_qty(x.unit, x.kind) and _rate_period(x.per) in _PERIODS}
            if not rate_units:
                # (the rate in a cell of words: "nồi sên và máy cán cắt 17 kg/ngày", hl08)
                rate_units = {a.unit for c in r.cells[1:] if c and not c[:1].isdigit()
                              for a in amounts_in(c, m.view.doc.number_style)
                              if is_qty(a.unit, a.kind) and _rate_period(a.per) in _PERIODS and a.value_max is None}
            if len(rate_units) == 1:
                add(yearly_bare[0].value, rate_units.pop(), "năm", r.evidence)
                continue
        # one machine's rate beside the number of machines ("Lò sấy | 2 | 150 kg tươi/mẻ" under "Số
        # lượng", "Công suất"): the machines together
        n = _machine_count(m, r)
        row_days = _row_days(m, r) or _table_days(m, r)
        for x in r.vals + r.lvals:
            per = _rate_period(x.per)
            if is_qty(x.unit, x.kind) and per in _PERIODS and x.vmax is None:
                # (`target` is a defaultdict: looked up with `get`, so that a rate `add` does not keep
                # leaves no empty list behind, which would hide today's capacity in that unit below)
                had = len(target.get(x.unit, ()))
                # (a rate the cell says is all of them together, "Chảo chiên | 2 | Tổng 85 kg bánh/ngày": not each one's, fy10)
                # (or of the whole line: "20 sản phẩm/ngày (cả dây chuyền)", fz09)
                whole = 0 <= x.col < len(r.cells) and bool(_ALL_UNITS_RATE.match(r.cells[x.col]) or
                                                           _WHOLE_LINE.search(r.cells[x.col]))
                # (a rate per machine and year is one machine's too: "Bể chượp | 80 bể | 400 lít nước mắm/bể/năm")
                per_machine = _machine_period(x.per) is not None
                each_one = per in ("mẻ", "ngày", "giờ", "ca") or per_machine
                k = _machine_count(m, r, per_machine=True) if per_machine else n
                add(x.value * (k if each_one and not whole else 1), x.unit, per, r.evidence, row_days)
                if len(target.get(x.unit, ())) > had and 0 <= x.col < len(r.cells):
                    # what this machine counts ("Máy xay bột nước | 2 | 100 kg gạo/giờ": the rice it
                    # grinds, no limit on the noodles when the line's own rate is given in them)
                    each.setdefault((x.unit, r.evidence, target[x.unit][-1][0]),
                                    product_tokens(_AMOUNT_AND_PER.sub(" ", r.cells[x.col]), v))
                # what the cell counts ("150 kg nấm tươi/mẻ"), to meet the plan's row of that material
                # (one machine's rate: a sentence's own total in that unit, "tổng công suất sấy 60.000 kg
                # tươi/năm" for two dryers, is the one named)
                if 0 <= x.col < len(r.cells) and x.unit not in said_units:
                    nouns.setdefault((x.unit, r.evidence), product_tokens(_AMOUNT_AND_PER.sub(" ", r.cells[x.col]), v))
    if existing:
        # "nồi chưng cất hiện có, công suất 300 kg/mẻ" and nothing new bought, or other equipment
        # only (a bottling line, not a second still): that is the limit
        added = _equipment_or_labour_added(m) or _equipment_bought(m)
        for unit, caps in existing.items():
            if unit in out:
                continue
            kept = [(x, ev) for x, ev in caps if not added or
                    ((head := heads.get(ev)) is not None and not _same_equipment_added(m, head))]
            if kept:
                out[unit] = kept
    for unit, caps_ in bottleneck.items():
        if caps_:
            out[unit] = caps_
    if herd and not bottleneck.get("con"):
        # the animals the pens raise: a slaughterhouse's larger rate ("100 con/ngày") lifts no pen
        out["con"] = herd
    m._cache["cap"] = dict(out)
    return m._cache["cap"]


# a rate said to be the whole line's or workshop's: "(cả dây chuyền)", "toàn xưởng", "chung cho cả tổ"
_WHOLE_LINE = re.compile(r"(?i)\b(?:cả|toàn)\s+(?:dây\s+chuyền|xưởng|tổ|nhóm|hệ\s+thống)\b|\bchung\s+cho\b")
# a row's own working days: "50 kg bột khô/ngày, 120 ngày/vụ", "… | 200 ngày/năm"
_ROW_DAYS = re.compile(r"(?i)\b(\d{1,3})\s*ngày\s*(?:/|mỗi|một|trong)\s*(vụ|năm)\b")
_RATE_THEN_DAYS = re.compile(r"(?i)/\s*ngày\b[^;]*?[,;]\s*(\d{3})\s+ngày(?:\s+làm\s+việc)?\s*$")
# the crops a year the plan states: "2 vụ/năm", "mỗi năm 2 vụ"
_CROPS_A_YEAR = re.compile(r"(?i)\b(\d)\s*vụ\s*(?:/|mỗi|một|trong)\s*năm\b|\bmỗi\s+năm\s+(\d)\s+vụ\b")


_DAYS_ROW = re.compile(r"(?i)^\W*số\s+ngày\b")


def _table_days(m: PlanModel, r: Row) -> float | None:
    """The working days a year a row of the capacity's own table gives ("Công suất (kg/ngày) | 1.000", "Số ngày thu
    hoạch | 110"): the most of its plan years."""
    days = [x.value for o in m.table(r.table).rows if o is not r and _DAYS_ROW.match(o.label or "")
            for x in o.vals if x.year is not None and m.is_plan_year(x.year) and (x.qty or x.kind == "number" and not x.unit)
            and 20 <= x.value <= 366]
    return max(days) if days else None


def _row_days(m: PlanModel, r: Row) -> float | None:
    """The working days a year a capacity row states beside its daily rate ("Công suất dành cho hợp tác xã | 50 kg
    bột khô/ngày, 120 ngày/vụ", ga05): its days a year, or its days a crop times the crops a year the plan states (one
    when it states none)."""
    got = [(int(mm.group(1)), mm.group(2).lower()) for c in r.cells for mm in _ROW_DAYS.finditer(c or "")]
    if not got:
        # (or the days alone after the daily rate in its cell: "30 lít/ngày/nồi, 260 ngày", a year's)
        got = [(int(mm.group(1)), "năm") for c in r.cells for mm in _RATE_THEN_DAYS.finditer(c or "")
               if 100 <= int(mm.group(1)) <= 366]
    if len(got) != 1 or not 1 <= got[0][0] <= 366:
        return None
    n, per = got[0]
    if per == "năm":
        return float(n)
    crops = {int(g) for s in m.sents for mm in _CROPS_A_YEAR.finditer(s.text) for g in mm.groups() if g}
    if len(crops) > 1:
        return None
    return float(n * (crops.pop() if crops else 1))


# a machine row's rate written as the total of its units: "Tổng 85 kg bánh/ngày", "cả 2 lò 300 kg/mẻ", "chung 50 kg/giờ"
# ("Tổng công suất …" is read by its first word)
_ALL_UNITS_RATE = re.compile(r"(?i)^\W*(?:tổng(?:\s+cộng)?|cả\s+(?:hai|ba|bốn|\d{1,2})(?:\s+[^\W\d]+){0,2}|chung)\b")


# a growing area's most it can yield, per area and per crop or year ("năng suất tối đa của giống đang trồng
# khoảng 3,5 tấn/1.000 m²/vụ"): the amount's value, its area base and unit, its period
_AREA_YIELD_MAX = re.compile(r"(?i)\bnăng\s+suất\s+(?:tối\s+đa|cao\s+nhất)\b[^.;]*?(\d[\d.,]*)\s*(tấn|tạ|kg)\s*/\s*"
                             r"(?:(\d[\d.,]*)\s*)?(m²|m2|ha|sào)\s*/\s*(vụ|lứa|đợt|năm)\b")
_AREA_M2 = {"m²": 1.0, "m2": 1.0, "ha": 10000.0, "sào": 500.0}
_MASS_KG = {"tấn": 1000.0, "tạ": 100.0, "kg": 1.0}
# the area is kept as it is for the plan's years ("không làm thêm nhà màng", "tiếp tục sản xuất trên 5 nhà màng
# hiện có")
_AREA_KEPT = re.compile(r"(?i)\b(?:hiện\s+có|giữ\s+nguyên|không\s+(?:làm|xây|mở\s+rộng|đầu\s+tư)\s+thêm)\b")


def _area_capacity(m: PlanModel, out: dict[str, list[tuple[float, str]]],
                   nouns: dict[tuple[str, str], set[str]]) -> None:
    """A growing area's capacity: the area, its most yield per area and crop, and the crops a year, all
    said in one sentence of the plan's years ("… trên 5 nhà màng hiện có, tổng 5.000 m², 3 vụ mỗi năm;
    năng suất tối đa của giống đang trồng khoảng 3,5 tấn/1.000 m²/vụ"), the area kept as it is. A yield
    that is no maximum ("năng suất bình quân") is no limit, and an area that grows in another sentence
    (a larger area said anywhere in the plan's years) leaves the capacity unknown."""
    areas_m2 = [a.value for s in m.sents if s.section not in PAST_SECTIONS and s.section != "current_state"
                for a in s.amounts if a.kind == "area" and a.unit == "m2"]
    for s in m.sents:
        if s.section in PAST_SECTIONS or s.section == "current_state":
            continue
        y = _AREA_YIELD_MAX.search(s.text)
        if not y or not _AREA_KEPT.search(s.text):
            continue
        try:
            amount = parse_number(y.group(1)) * _MASS_KG[y.group(2).lower()]
            base = (parse_number(y.group(3)) if y.group(3) else 1.0) * _AREA_M2[y.group(4).lower()]
        except (KeyError, TypeError, ValueError):
            continue
        area = [a for a in s.amounts if a.kind == "area" and a.unit == "m2" and a.end <= y.start()]
        crops = [a for a in s.amounts if a.unit in ("vụ", "lứa", "đợt") and a.per == "năm"]
        if not area or not amount or not base:
            continue
        whole = max(a.value for a in area)
        if areas_m2 and max(areas_m2) > whole * 1.001:
            continue  # (the area grows, or the plot is larger than the houses: which limits is not said)
        per_year = 1.0 if y.group(5).lower() == "năm" else (crops[0].value if len(crops) == 1 else None)
        if per_year is None:
            continue
        out["kg"].append((whole / base * amount * per_year, s.text))
        nouns.setdefault(("kg", s.text), set())


# a number of pens, barns, cages or ponds ("4 chuồng vịt", "3 dãy chuồng", "6 lồng nuôi"), and what each holds
# per batch ("mỗi chuồng nuôi 1.100 con/lứa")
_PEN = r"(?:dãy\s+chuồng|ô\s+chuồng|chuồng|lồng|ao|bể|trại)"
_PENS = re.compile(r"(?i)\b(\d{1,3})\s+(" + _PEN + r")\b")
_EACH_PEN = re.compile(r"(?i)\bmỗi\s+(" + _PEN + r"|dãy|ô)\b[^.;]{0,40}?(\d[\d.,]*)\s*con\s*/\s*(?:lứa|đợt)\b")
# its batches a year ("mỗi năm 4 lứa", "mỗi năm nuôi 3 lứa", "4 lứa/năm", "3 đợt mỗi năm")
_BATCHES_A_YEAR = re.compile(r"(?i)\b(?:mỗi|một)\s+năm\s+(?:nuôi\s+|thả\s+)?(\d{1,2})\s+(?:lứa|đợt)\b|"
                             r"\b(\d{1,2})\s+(?:lứa|đợt)\s*(?:/\s*năm|mỗi\s+năm|một\s+năm)")
# the pens built or extended for the plan's years: "xây thêm 2 chuồng", "làm mới chuồng", "mở rộng chuồng trại"
_PENS_ADDED = re.compile(r"(?i)\b(?:xây|làm|dựng|đầu\s+tư|mở\s+rộng|cải\s+tạo\s+mở\s+rộng)\s+(?:thêm|mới)?\s*"
                         r"(?:\d{1,3}\s+)?" + _PEN + r"|\bthêm\s+\d{1,3}\s+" + _PEN)


def _herd_capacity(m: PlanModel, nouns: dict[tuple[str, str], set[str]]) -> list[tuple[float, str]]:
    """A livestock plan's capacity: its pens, what each holds a batch and its batches a year, said in one
    sentence ("Hợp tác xã có 4 chuồng vịt, mỗi chuồng nuôi 1.100 con/lứa; …, mỗi năm 4 lứa"), wherever it
    stands, the pens kept as they are by a sentence of the plan's years naming as many of them ("4 chuồng
    hiện có đáp ứng …, không cần xây thêm"). Pens built or extended, or more of them said
    for the plan's years, leave the capacity unknown."""
    kept_counts: set[int] = set()
    said: set[int] = set()  # the numbers of pens the plan's years speak of
    added = False
    for s in m.sents:
        if s.section in PAST_SECTIONS and not any(
                m.is_plan_year(int(y)) for y in re.findall(r"\b20\d\d\b", s.text)):
            continue  # (today's, unless it speaks of the plan's years: "Giai đoạn 2027-2029 hộ giữ nguyên …")
        said.update(int(p.group(1)) for p in _PENS.finditer(s.text))
        if _PENS_ADDED.search(s.text) and not re.search(r"(?i)\bkhông\s+(?:cần\s+|phải\s+)?(?:xây|làm|dựng|"
                                                         r"đầu\s+tư|mở\s+rộng)", s.text):
            added = True
        if _AREA_KEPT.search(s.text):
            kept_counts.update(int(p.group(1)) for p in _PENS.finditer(s.text))
    if added:
        return []
    herd: list[tuple[float, str]] = []
    for s in m.sents:
        # (today's pens too, told with the producer: kept for the plan's years by a sentence of those years)
        each = _EACH_PEN.search(s.text)
        pens = [p for p in _PENS.finditer(s.text) if each and p.end() <= each.start()]
        batches = _BATCHES_A_YEAR.search(s.text)
        if not each or len(pens) != 1 or not batches:
            continue
        n = int(pens[0].group(1))
        if n not in kept_counts or max(said) > n:
            continue  # (the pens of today, not said to stay as they are, or more of them to come: "lên 6 chuồng")
        try:
            held = parse_number(each.group(2))
        except (TypeError, ValueError):
            continue
        per_year = int(batches.group(1) or batches.group(2))
        if not held or not per_year:
            continue
        herd.append((n * held * per_year, s.text))
        nouns.setdefault(("con", s.text), set())
        m._cache.setdefault("cap_pens", set()).add(s.text)  # (the message names the pens, not machines)
    return herd


# a sentence naming the stage or the equipment that limits the output ("… là khâu quyết định sản
# lượng: …", "Công suất cô đặc quyết định sản lượng: 12 kg cao/ngày")
# (or the capacity of the whole line for all it makes: "công suất chung 160 kg sản phẩm khô/ngày, …, tức
# 48.000 kg/năm cho cả ba sản phẩm", not the larger rate of the rice mill feeding it)
# (or the stage that limits the output: "Khâu nấu giới hạn sản lượng tương", ih09; not "khâu giới hạn công suất: 4 mẻ × 30 kg
# mỗi ngày …, tức 33.600 kg kẹo/năm", whose batch load would be read as a day's, gv01; or the machine the plan says is
# that stage, "Máy tráng bánh đa tự động là khâu giới hạn: 23.760 kg mỗi năm", ij08)
_DECIDES = re.compile(r"(?i)quyết định (?:sản lượng|công suất|năng suất|năng lực sản xuất)|nút thắt|"
                      r"(?:giới hạn|hạn chế) sản lượng|là khâu (?:giới hạn|hạn chế|chậm nhất)\b")
_BOTTLENECK = re.compile(_DECIDES.pattern + r"|công suất chung|cho cả (?:hai|ba|bốn|năm|các) (?:loại |dòng )?sản phẩm")
# a sentence that opens on the whole line or workshop and gives its capacity ("Dây chuyền hiện có
# (đầu tư năm 2022): máy rửa, máy ép, …; công suất thiết kế 500 lít/ngày (1 ca), … tương đương 110.000
# lít/năm"): the line's rate, not the larger rate of one of its machines (a filter's 65 lít/giờ)
# (or works it out to a year: "Dây chuyền tráng, hấp, cắt sợi hiện có làm việc 250 ngày/năm, tương đương 50.000
# kg mì/năm")
_LINE_CAPACITY = re.compile(r"(?i)^\W*(?:toàn bộ\s+|cả\s+)?(dây chuyền|nhà xưởng|xưởng|nhà máy)\b[^.]*?"
                            r"\b(?:công suất|năng lực|tương đương\s+(?:khoảng\s+)?\d[\d.,]*\s*\w+(?:\s+\w+){0,3}\s*/\s*năm)")
_PER_WORKER_DAY = re.compile(r"^(?:người|lao động|thợ|công nhân|lđ)/ngày$|^ngày/(?:người|lao động|thợ|công nhân|lđ)$")
_WORKER_UNITS = ("lao động", "người", "thợ", "công nhân")


_CLAUSE_MARK = re.compile(r"[,;]\s")  # (not the decimal comma of "2,5")
# (also "một thợ chằm được khoảng 1,6 chiếc nón/ngày": one worker's rate)
_EACH_WORKER = re.compile(r"(?i)\b(?:bình\s+quân\s+)?(?:mỗi|một)\s+(?:thành\s+viên|lao\s+động|người|thợ|"
                          r"công\s+nhân|nghệ\s+nhân|hộ\s+thành\s+viên|tổ\s+viên|xã\s+viên)\b")


# "Tổ có 14 khung dệt, mỗi khung 2 người dệt được 2 chiếc/ngày": a count of one kind of equipment, then
# what each of them makes ("mỗi" and the equipment's first word again)
# (or "2 chảo chiên điện, mỗi chảo 600 cái/ngày": the equipment named in up to three words)
_UNITS_COUNTED = re.compile(r"(?i)\b(\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+([^\W\d]+)(?:\s+[^\W\d]+){0,4}?\s*,?\s*"
                            r"mỗi\s+([^\W\d]+)\b")
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# hands counted in words ("Ba công nhân sơ chế …"), the words `_COUNT_WORDS` reads
_WORKERS_IN_WORDS = re.compile(rf"(?i)\b({'|'.join(_COUNT_WORDS)})\s+(?:lao\s+động|người|thợ|công\s+nhân)\b")


def _units_each(m: PlanModel, out: dict[str, list[tuple[float, str]]], nouns: dict[tuple[str, str], set[str]],
                add) -> None:
    """The capacity of several units of one kind of equipment, each with its own rate, in a sentence
    that gives no capacity otherwise ("Tổ có 14 khung dệt, mỗi khung 2 người dệt được 2 chiếc/ngày, làm
    300 ngày/năm": 14 × 2 chiếc a day). Of the plan's years only: today's equipment counts when a
    sentence of the technology or the production plan says it."""
    v = m.vocab
    given = {ev for caps in out.values() for _x, ev in caps}
    for s in m.sents:
        if s.section not in ("technology", "production_plan"):
            continue
        mm = _UNITS_COUNTED.search(s.text)
        if not mm or fold(mm.group(2)) != fold(mm.group(3)) or not v.text["equipment"].in_text(mm.group(2)):
            continue
        rate = next((a for a in s.amounts if a.start > mm.end() and is_qty(a.unit, a.kind) and a.value_max is None
                     and a.per in ("ngày", "mẻ", "giờ", "ca", "tháng") and a.kind in ("count", "mass", "volume")), None)
        if rate is None or re.search(r"[.;]", s.text[mm.end():rate.start]):
            continue
        n = int(mm.group(1)) if mm.group(1).isdigit() else _COUNT_WORDS[mm.group(1).lower()]
        if s.text in given:
            # "Bốn nồi chưng cất, mỗi nồi 40 kg gạo/mẻ, 1 mẻ/ngày, 300 ngày/năm", "2 nồi chưng cất bằng đồng, mỗi nồi
            # cho khoảng 20 lít rượu/ngày": the rate was read as one pot's year; it is the pots'
            out[rate.unit] = [(x, ev) for x, ev in out[rate.unit] if ev != s.text]
        add(n * rate.value, rate.unit, rate.per, s.text)
        nouns.setdefault((rate.unit, s.text), _counted_noun(s.text, rate, v))


def _labour_capacity(m: PlanModel, days: list[float], out: dict[str, list[tuple[float, str]]],
                     existing: dict[str, list[tuple[float, str]]]) -> None:
    """Capacity set by hand work, stated in one sentence: a rate per worker per day, the number
    of workers and (there or elsewhere in the plan) the working days a year: "mỗi thợ đan 4 sản
    phẩm/người/ngày, 15 lao động, 300 ngày/năm" -> 18.000 sản phẩm a year. A plan that hires
    more hands has no such limit; one stated for today binds only if nothing is added."""
    v = m.vocab
    if any(not v.text["negation"].in_text(s.text[max(0, a - 25):a])
           for s in m.sents for a, _b in v.text["hire"].char_spans(s.text)):
        return  # (not "… bảo đảm thực hiện kế hoạch sản lượng trên, không phải tuyển thêm")
    kept = any(_WORKERS_KEPT.search(s.text) for s in m.sents if s.section not in _PAST_SECTIONS)
    for s in m.sents:
        # "mỗi thợ 4 sản phẩm/người/ngày", or a day's rate said of one pair of hands in its clause ("Một thợ lành
        # nghề đan bình quân 2 sản phẩm/ngày")
        rates = [a for a in s.amounts if is_qty(a.unit, a.kind) and a.per and a.value_max is None and (
                 _PER_WORKER_DAY.match(a.per) or (a.per == "ngày" and _EACH_WORKER.search(
                     s.text[max((c.end() for c in _CLAUSE_MARK.finditer(s.text, 0, a.start)), default=0):a.start])))]
        workers = [a.value for a in s.amounts if a.kind == "count" and a.unit in _WORKER_UNITS and not a.per
                   and a.value_max is None]
        if not workers and len(rates) == 1:
            # (the hands counted in words: "Ba công nhân sơ chế làm trọn các khâu …, mỗi người làm được khoảng 12 kg
            # thành phẩm/ngày")
            workers = [_COUNT_WORDS[w.group(1).lower()] for w in _WORKERS_IN_WORDS.finditer(s.text, 0, rates[0].start)]
        if len(rates) != 1 or len(workers) != 1:
            continue
        stated = [a.value for a in s.amounts if a.kind == "duration" and a.unit == "ngày"
                  and a.value_max is None and 100 <= a.value <= 366]
        d = stated[0] if stated else (max(days) if days else None)
        if d is None:
            continue  # no default: hand work is not done every day of the year
        # today's hands bind the plan's years when the plan keeps them as they are ("duy trì 25 thợ đan trong
        # suốt giai đoạn 2027–2029"), whatever machines it buys for other stages
        today = s.section == "current_state" or v.text["current"].in_text(s.text)
        target = existing if today and not kept else out
        target[rates[0].unit].append((rates[0].value * workers[0] * d, s.text))
        m._cache.setdefault("cap_labour", set()).add(s.text)  # (the message names hands, not machines)


# the plan keeps its workforce as it is for its years
_WORKERS_KEPT = re.compile(r"(?i)\b(?:duy\s+trì|giữ\s+nguyên)\s+(?:số\s+)?(?:\d+\s+)?(?:thợ|lao\s+động|công\s+nhân|người)|"
                           r"\bkhông\s+(?:phải\s+|cần\s+)?tuyển\s+thêm\b")


def _investment_tables(m: PlanModel) -> list[TableM]:
    """Tables of what the plan invests in: in the investment section, or headed "đầu tư" / "hạng mục"."""
    return [tm for tm in m.tables if tm.section == "investment"
            or re.search(r"(?i)đầu tư|hạng mục", " ".join(tm.header) + tm.caption)]


def _equipment_or_labour_added(m: PlanModel) -> bool:
    v = m.vocab
    for tm in _investment_tables(m):
        for r in tm.rows:
            if r.kind in (None,) and not r.total and v.text["equipment"].in_text(r.label) and _single_money(r, tm):
                return True
    for s in m.sents:
        for span in v.text["expansion"].char_spans(s.text) + v.text["hire"].char_spans(s.text):
            left = s.text[max(0, span[0] - 25):span[0]]
            if not v.text["negation"].in_text(left):
                return True
    return False


_GENERIC_EQUIPMENT = [[t.tone for t in tokens(w)] for w in ("máy", "thiết bị", "hệ thống")]


def _head_said_before(m: PlanModel, si: int) -> str | None:
    """The equipment of a capacity its sentence names none of, from the sentence before it in its
    paragraph: "… gồm 30 vại sành, mỗi vại ủ được 120 kg tôm một mẻ; mỗi năm làm 2 mẻ. Như vậy mỗi năm
    cơ sở ủ tối đa 7.200 kg tôm." is the vats' limit."""
    if si <= 0 or m.sents[si - 1].block != m.sents[si].block:
        return None
    return _equipment_head(m.sents[si - 1].text, m.vocab)


def _equipment_head(before: str, v: Vocab) -> str | None:
    """The equipment a capacity is of: the equipment word last named before the capacity's amount
    ("nồi" of "nồi chưng cất hiện có, công suất 300 kg/mẻ"), tone-keyed; None when none is."""
    spans = v.text["equipment"].char_spans(before)
    if not spans:
        return None
    a, b = spans[-1]
    head = [t.tone for t in tokens(before[a:b])]
    if head in _GENERIC_EQUIPMENT:
        # a generic word names the machine with the word after it: "máy ép" (not "máy rang")
        nxt = tokens(before[b:b + 20])
        if nxt and nxt[0].tone[:1].isalpha() and nxt[0].flat not in _NOT_A_MACHINE_NAME:
            head.append(nxt[0].tone)
        elif len(spans) > 1:
            # "máy hiện có" names no machine: the one named before it in the sentence ("Tổ không mua thêm
            # máy dệt; 5 máy hiện có đủ công suất …" is of the looms)
            return _equipment_head(before[:a], v)
    return " ".join(head)


# words after a generic "máy" that say which machines, not what machine: "máy hiện có", "máy này", "máy mới"
_NOT_A_MACHINE_NAME = frozenset({"hien", "nay", "do", "moi", "cu", "co", "dang", "cua", "duoc", "se", "van", "deu",
                                 "tren", "nhu", "da", "thu"})


# a row of an equipment table "after the investment" that the plan keeps as it is ("Dây chuyền xay củ |
# 1 | 400 kg củ tươi/ngày | hiện có, không đầu tư thêm"), not one partly new ("12 hiện có, 8 mới")
_KEPT_AS_IS = re.compile(r"(?i)^(?!.*\b(?:mới|bổ sung|mua thêm|lắp thêm)\b).*\b(?:hiện có|có sẵn|đã có|không đầu tư)\b")


def _same_equipment_added(m: PlanModel, head: str) -> bool:
    """The plan buys, adds or invests in equipment of this kind (`head`, tone-keyed): a row of an
    investment table naming it, or a buying or expansion word with it in the 40 characters after."""
    v = m.vocab

    def names(text: str) -> bool:  # the head's words, whole
        return f" {head} " in " " + " ".join(t.tone for t in tokens(text)) + " "

    for tm in _investment_tables(m):
        if any(r.kind is None and not r.total and names(r.label) and not _KEPT_AS_IS.search(" ".join(r.cells[1:]))
               for r in tm.rows):
            return True
    for s in m.sents:
        if s.section in _PAST_SECTIONS or s.section == "product_story":
            # (the product's story is its past: "rồi cùng mấy người bạn góp tiền mua máy ép trục vít")
            continue
        for sp in v.text["buy"].char_spans(s.text) + v.text["expansion"].char_spans(s.text):
            if not v.text["negation"].in_text(s.text[max(0, sp[0] - 25):sp[0]]) and names(s.text[sp[1]:sp[1] + 40]):
                return True
    return False


def _equipment_bought(m: PlanModel) -> bool:
    """A sentence says equipment is bought or installed ("mua 01 nồi nấu mới", "đầu tư lắp đặt
    máy ép", "sau đầu tư, bể ủ có sức chứa ..."): a buying word with an equipment word in the 40
    characters after it, not negated."""
    v = m.vocab
    for s in m.sents:
        if s.section in _PAST_SECTIONS or not v.text["equipment"].in_text(s.text):
            continue
        for sp in v.text["buy"].char_spans(s.text):
            if not v.text["negation"].in_text(s.text[max(0, sp[0] - 25):sp[0]]) and \
                    v.text["equipment"].in_text(s.text[sp[1]:sp[1] + 40]):
                return True
    return False


def _recent_output(m: PlanModel, unit: str) -> tuple[float, int, str] | None:
    """The most recent actual output in `unit` (years up to the plan year)."""
    best: tuple[float, int, str] | None = None
    for r in m.rows():
        if r.kind != "quantity" or r.flags & {"need", "supply"}:
            continue
        for y, x in r.qty_years().items():
            if y is None or y < 1000 or m.is_plan_year(y) or x.unit != unit or x.vmax is not None:
                continue
            if best is None or y > best[1] or (y == best[1] and x.value > best[0]):
                best = (x.value, y, r.evidence)
    if best:
        return best
    v = m.vocab
    for s in m.sents:
        if s.section not in ("current_state", "producer"):
            continue
        if not v.text["recent_output"].in_text(s.text):
            continue
        prev = 0
        for a in s.amounts:
            if a.unit == unit and is_qty(a.unit, a.kind) and not a.per and a.value_max is None:
                y = year_of(s.text, a, prev)
                if m.is_reported_year(y):
                    if best is None or y > best[1]:
                        best = (a.value, y, s.text)
            prev = a.end
    return best


_FACTOR_AROUND = re.compile(r"[x×*]\s*\||\|\s*[x×*]")  # "x 3.000 hũ" / "3.000 hũ x"
_INPUT_WORDS = frozenset({"nguyên", "liêu5", "liệu", "tươi", "thô", "đầu", "vào"})


def _input_noun(noun: set[str], out_words: set[str]) -> bool:
    """The words after a capacity's amount name raw material ("nguyên liệu tươi") that no output
    row names."""
    return bool((noun - out_words) & _INPUT_WORDS)


def _pieces_total(m: PlanModel) -> dict[int, tuple[float, Row]]:
    """A table's total of pieces whose unit only its label gives ("Tổng sản phẩm | 9.000 | 10.000 |
    14.000" under rows of "bộ" and "chiếc"): the output counted in "sản phẩm"."""
    for r in m.rows():
        if not r.total or r.subset or not _PIECES_LABEL.search(r.label):
            continue
        ser = {x.year: (x.value, r) for x in r.vals if x.year is not None and m.is_plan_year(x.year)
               and x.unit in ("", "sản phẩm") and x.kind in ("number", "count") and x.vmax is None}
        if len(ser) >= 2:
            return ser
    return {}


_PIECE_UNITS = frozenset({"chiếc", "cái", "bộ", "tấm", "đôi", "sản phẩm"})
_PIECES_LABEL = re.compile(r"(?i)^\W*(?:tổng|cộng)\s+(?:số\s+|cộng\s+)?(?:lượng\s+)?sản\s+phẩm\b")


def _machine_count(m: PlanModel, r: Row, per_machine: bool = False) -> int:
    """The number a capacity row gives under its table's "Số lượng" column (1 when none, or not a small
    whole number). Vats ("80 bể") count only for a rate said per vat (`per_machine`: "400 lít/bể/năm"): a
    settling system's "12 bể | 40 kg bột/ngày" is the whole system's day."""
    counts = [j for j, h in enumerate(m.table(r.table).header) if re.match(r"(?i)\s*số\s+lượng\b", h or "")]
    for x in r.vals:
        if x.kind == "number" and not x.unit and x.col in counts and x.value == int(x.value) and 1 <= x.value <= 20:
            return int(x.value)
    # a small count with the machines' own word, which is no amount ("2 nồi", "02 máy")
    for col in counts:
        if col < len(r.cells) and (c := MACHINES_COUNT.fullmatch(r.cells[col] or "")) and \
                (1 <= int(c.group(1)) <= 20 and c.group(2).lower() not in _POOLED or per_machine and int(c.group(1)) <= 300):
            return int(c.group(1))
    return 1


# machines that work as one pool, counted by the score: a rate of theirs is each one's only when said so ("/bể")
_POOLED = frozenset({"bể"})




def _other_state(a: set[str], b: set[str], v: Vocab) -> bool:
    """One set of words says fresh and the other dried ("tươi" / "khô")."""
    fresh, dry = product_tokens("tươi", v), product_tokens("khô", v)
    return bool((a & fresh and b & dry) or (a & dry and b & fresh))


def _input_row_named(m: PlanModel, noun: set[str], out_row: Row) -> bool:
    """A row of material put into production ("Nấm tươi đưa vào sấy") that the capacity's words name
    at least as well as the output row chosen for it."""
    got = len(noun & product_tokens(out_row.label, m.vocab))
    return any("input" in r.flags and not r.subset and _names(noun, lab := product_tokens(r.label, m.vocab))
               and len(noun & lab) >= got and not _other_state(noun, lab, m.vocab) for r in m.rows())


# a machine the plan says has capacity to spare: not what limits the output
_SPARE = re.compile(r"(?i)\b(?:thừa|dư|còn\s+dư|dư\s+thừa)\s+công\s+suất\b")
# a machine named by what it makes: "máy dệt chiếu", "máy đan nón", "máy ép viên hương"
_MACHINE_MAKES = re.compile(r"(?i)\bmáy\s+(?:dệt|đan|ép|cán|đúc|tiện|khắc|làm|in|đóng|chiết|se|xe)\s+"
                            r"((?:[^\W\d]+\s*){1,2})")


# an amount of the finished product: "20.000 lít rượu thành phẩm/năm", "9.240 kg sản phẩm mỗi năm"
_FINISHED_AMOUNT = re.compile(r"(?i)\d\s*(?:kg|tấn|tạ|lít|l|ml|g)\s+(?:[^\W\d_]+\s+){0,2}(?:thành\s+phẩm|sản\s+phẩm)\b")
# a capacity the plan says serves all its products ("Khâu cán, cắt là khâu chung của cả ba loại kẹo", "máy sấy
# dùng chung cho cả hai sản phẩm")
_ALL_PRODUCTS = re.compile(r"(?i)\b(?:của|cho)\s+cả\s+(?:hai|ba|bốn|năm|\d)\s+(?:loại|dòng|sản\s+phẩm|mặt\s+hàng)\b|"
                           r"\b(?:khâu|công\s+đoạn|dây\s+chuyền|máy)\s+(?:\w+\s+){0,2}?(?:chung|dùng\s+chung)\b")


def rel_capacity(m: PlanModel, spec: Spec) -> list[Hit]:
    """Output beyond what the equipment, labour or pens make (`_goods_capacity`); else a site's output beyond
    its own capacity (`_site_over`); else guest-nights beyond the beds (`_lodging_over`)."""
    return _goods_capacity(m, spec) or _site_over(m, spec) or _lodging_over(m, spec) or _period_over(m, spec)


# a row of a calendar: "Tháng 1", "T11", "Quý II", "Quý 3/2027" (not the year's total row, "Cả năm 2027")
_PERIOD_ROW = re.compile(r"(?i)^\s*(?:tháng|th\.?|t|quý|q)\s*(?:\d{1,2}|[IV]{1,4})(?:\s*/\s*(?:19|20)\d\d)?\s*$")
_CAPACITY_HEAD = re.compile(r"(?i)\bcông\s+suất\b")
_OUTPUT_HEAD = re.compile(r"(?i)\b(?:sản\s+lượng|sản\s+xuất|chế\s+biến)\b")


def _period_over(m: PlanModel, spec: Spec) -> list[Hit]:
    """A calendar by month or quarter that prints each period's capacity beside its output ("Tháng | Ngày làm việc
    | Công suất (lít) | Sản lượng (lít)"), a period's output beyond its own capacity: the year's total may sit well
    inside the year's capacity while the peak months do not fit (hq05)."""
    for tm in m.tables:
        cap_col = next((j for j, h in enumerate(tm.header) if h and _CAPACITY_HEAD.search(h)
                        and not _OUTPUT_HEAD.search(h)), None)
        out_col = next((j for j, h in enumerate(tm.header) if h and _OUTPUT_HEAD.search(h)
                        and not _CAPACITY_HEAD.search(h)), None)
        if cap_col is None or out_col is None:
            continue
        rows = [r for r in tm.rows if _PERIOD_ROW.match(r.label or "") and not r.total]
        if len(rows) < 3 or (m.ocr and any(r.noisy for r in rows)):
            continue
        year = next((int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", tm.caption or "") if m.is_plan_year(int(y))),
                    None)
        for r in rows:
            cap = next((x for x in r.vals if x.col == cap_col), None)
            out = next((x for x in r.vals if x.col == out_col), None)
            if cap is None or out is None or cap.unit != out.unit or cap.value <= 0 or out.vmax is not None or \
                    cap.vmax is not None or (m.ocr and (cap.unsure or out.unsure)):
                continue
            if out.value > cap.value * (1 + spec.tolerance) and not scale_slip(out.value, cap.value):
                return [Hit(section=tm.section, evidence=quote(f"{r.evidence} ({tm.header[out_col]}; "
                                                               f"{tm.header[cap_col]})", 450),
                            params={"kind": "period", "period": r.label.strip(), "year": ylabel(year) if year else "",
                                    "period_word": "quý" if r.label.strip().lower().startswith(("q", "quý")) else "tháng",
                                    "output": fmt_qty(out.value, out.unit), "capacity": fmt_qty(cap.value, cap.unit)})]
    return []


_YEAR_CAPACITY_HEAD = re.compile(r"(?i)\bcông\s+suất\b.*\bnăm\b")


def _site_over(m: PlanModel, spec: Spec) -> list[Hit]:
    """A site's own output beyond its own capacity, both in rows that name the site alike ("Cơ sở nấu rượu thôn
    Cửa Sót | 9.000 | 9.800 | 10.600" by year against "Cơ sở nấu rượu thôn Cửa Sót | 1 nồi … | 9.000" in the
    capacity table), though the sites together may hold the total."""
    def key(label: str) -> str:
        return fold(" ".join(label.split()))

    site_cap: dict[tuple[str, str], tuple[float, Row]] = {}
    sites = _site_capacities(m, capacities(m, spec))
    for r, by_unit in sites:
        for unit, value in by_unit.items():
            if (k := (key(r.label), unit)) not in site_cap or value > site_cap[k][0]:
                site_cap[k] = (value, r)
    for r, _by_unit in sites:
        # the site's year worked out in its own column ("… | 30 | 300 | 9.000" under "Công suất năm (lít)"): its
        # working days are in the row, not the plan's default year
        for x in r.vals:
            if x.qty and x.year is None and x.vmax is None and _YEAR_CAPACITY_HEAD.search(x.head or ""):
                site_cap[(key(r.label), x.unit)] = (x.value, r)
    if len(site_cap) < 2:
        return []
    for r in m.rows():
        if r.subset or r.noisy or not _SITE.search(r.label or ""):
            continue
        for y, x in sorted(r.qty_years().items(), key=lambda t: t[0] or 0):
            got = site_cap.get((key(r.label), x.unit))
            if got is None or got[1].table == r.table or y is None or not m.is_plan_year(y) or x.vmax is not None:
                continue
            cap, cr = got
            if x.value > cap * (1 + spec.tolerance):
                return [Hit(section=r.section, evidence=quote(f"{r.evidence} || {cr.evidence}", 450),
                            params={"kind": "site", "year": ylabel(y), "site": r.label,
                                    "output": fmt_qty(x.value, x.unit), "capacity": fmt_qty(cap, x.unit)})]
    return []


# ------------------------------------------------------------------ lodging: guest-nights against the beds

# guests a night: "sức chứa 50 khách/đêm", "đón tối đa 24 khách mỗi đêm"
_BEDS_SAID = re.compile(r"(?i)\b(?:sức\s+chứa|đón\s+(?:được\s+)?(?:tối\s+đa\s+)?)(?:\s+(?:tối\s+đa|lưu\s+trú|khoảng))*\s+"
                        r"(\d[\d.]*)\s+khách\s*(?:/\s*đêm|mỗi\s+đêm|một\s+đêm)")
# rooms and guests each: "6 phòng nghỉ nhà gỗ (mỗi phòng 2 khách)", "8 phòng, mỗi phòng 4 khách" (not one
# house's rooms of several: "mỗi nhà 2 phòng")
_ROOMS_EACH = re.compile(r"(?i)(?<!mỗi nhà )(?<!mỗi hộ )(?<!mỗi căn )\b(\d[\d.]*)\s+phòng\b[^.;\d]{0,40}?"
                         r"mỗi\s+phòng\s+(?:tối\s+đa\s+|ở\s+được\s+|nghỉ\s+được\s+)?(\d+)\s+(?:khách|người)\b")
_GUEST_NIGHTS = re.compile(r"(?i)\bđêm\s+khách\b")
_NOT_SOLD = re.compile(r"(?i)\b(?:sức\s+chứa|công\s+suất|tối\s+đa|khả\s+năng)\b")


def _lodging_beds(m: PlanModel) -> tuple[float, str] | None:
    """The most guests a night the plan says its lodging takes, from its own sentences (the largest, when it
    says several: rooms built later count)."""
    best: tuple[float, str] | None = None
    for s in m.sents:
        if s.section in ("market", "swot", "rationale"):
            continue  # (others' lodging, the region's)
        for mt in _BEDS_SAID.finditer(s.text):
            n = parse_number(mt.group(1), "vi")
            if n and (best is None or n > best[0]):
                best = (n, s.text)
        for mt in _ROOMS_EACH.finditer(s.text):
            rooms, each = parse_number(mt.group(1), "vi"), parse_number(mt.group(2), "vi")
            if rooms and each and (best is None or rooms * each > best[0]):
                best = (rooms * each, s.text)
    return best


def _lodging_over(m: PlanModel, spec: Spec) -> list[Hit]:
    """Guest-nights sold a year ("Tổng số đêm khách | đêm khách | 3.100 | 4.750 | 5.200") beyond the beds the
    plan gives itself every night of the year (6 phòng × 2 khách × 365 = 4.380): more guests than the rooms
    hold. The year's total row of the guest-nights, or the one row that counts them; not a capacity row."""
    rows = [r for r in m.rows() if _GUEST_NIGHTS.search(r.label or "") or (
        any(_GUEST_NIGHTS.fullmatch(c.strip()) for c in r.cells[1:3] if c) and r.label)]
    rows = [r for r in rows if not _NOT_SOLD.search(r.label) and not r.subset and not r.noisy and any(
        x.year is not None and m.is_plan_year(x.year) and x.kind in ("number", "count") for x in r.vals)]
    if not rows:
        return []
    totals = [r for r in rows if r.total]
    if totals:
        rows = totals
    elif len(rows) != 1:
        return []  # seasons or kinds of guest with no total: no year's guest-nights to hold against the beds
    beds = _lodging_beds(m)
    if beds is None:
        return []
    cap = beds[0] * 365
    for r in rows:
        for x in r.vals:
            if x.year is None or x.vmax is not None or not m.is_plan_year(x.year) or x.kind not in ("number", "count") \
                    or (m.ocr and x.unsure):
                continue
            if x.value > cap * (1 + spec.tolerance) and x.value < cap * 10:
                return [Hit(section=r.section, evidence=quote(f"{r.evidence} || {beds[1]}", 450),
                            params={"kind": "lodging", "year": ylabel(x.year),
                                    "output": f"{fmt_num(x.value, 0)} đêm khách",
                                    "beds": fmt_num(beds[0], 0), "capacity": f"{fmt_num(cap, 0)} đêm khách"})]
    return []


# a row of a capacity table that names a site: a workshop, yard or point in a village ("Xưởng làm nón thôn Trung Hòa",
# "Bãi chượp thôn Hải Phong", "Cơ sở 2"), each site making the product beside the others
_SITE = re.compile(r"\b(?:thôn|xóm|bản|làng|xã|phường|tổ\s+dân\s+phố)\s+[A-ZĐ]|"
                   r"(?i:\b(?:cơ\s+sở|điểm|chi\s+nhánh|xưởng|phân\s+xưởng)\s+(?:số\s+)?\d\b)")


def _sites_summed(m: PlanModel, caps: dict[str, list[tuple[float, str]]]) -> dict[str, list[tuple[float, str]]]:
    """The capacities with, for a table whose rows are two or more sites each with its own capacity in one unit
    ("Xưởng làm nón thôn Trung Hòa | … | 8.960", "Xưởng làm nón thôn Phúc Lợi | … | 7.280"), the sites' sum:
    the sites make the output side by side, so together they are its limit (machines of one line in a row each
    are steps, the slowest of which is the limit: not summed)."""
    by_table: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    for r, by_unit in _site_capacities(m, caps):
        for unit, value in by_unit.items():
            by_table[(unit, r.table)][r.evidence] = value
    if not any(len(per_site) >= 2 for per_site in by_table.values()):
        return caps
    out: dict[str, list[tuple[float, str]]] = defaultdict(list, caps)
    for (unit, _table), per_site in by_table.items():
        if len(per_site) >= 2:
            out[unit] = [*out[unit], (sum(per_site.values()), " || ".join(per_site))]
    return out


def _site_capacities(m: PlanModel, caps: dict[str, list[tuple[float, str]]]) -> list[tuple[Row, dict[str, float]]]:
    """The capacity rows that name a site (`_SITE`), in order, each with its largest capacity by unit among
    `caps` (none, for a row `caps` holds nothing of)."""
    sites = {r.evidence: r for r in _capacity_rows(m) if _SITE.search(r.label or "")}
    got: dict[str, dict[str, float]] = {ev: {} for ev in sites}
    for unit, lst in caps.items():
        for value, ev in lst:
            if ev in got:
                got[ev][unit] = max(value, got[ev].get(unit, value))
    return [(sites[ev], by_unit) for ev, by_unit in got.items()]


def _goods_capacity(m: PlanModel, spec: Spec) -> list[Hit]:
    hits = []
    caps = _sites_summed(m, capacities(m, spec))
    outs = output_series(m)
    if "sản phẩm" in caps and "sản phẩm" not in outs and (pieces := _pieces_total(m)):
        outs = {**outs, "sản phẩm": pieces}
    elif caps.get("sản phẩm") and "sản phẩm" not in outs and \
            len(counted := [u for u in outs if u not in ("kg", "l", "m2", "m3")]) == 1 and counted[0] in _PIECE_UNITS:
        # "6.720 sản phẩm/năm" against the output counted in its one piece unit ("Tổng số sản phẩm |
        # chiếc | 6.000 | 7.500 | 9.000"): the same pieces (not when boxes are counted beside sets)
        outs = {**outs, "sản phẩm": outs[counted[0]]}
    each = m._cache.get("cap_each_noun", {})
    # (the words of every product row of the output's tables, not only of the rows the series was taken from:
    # "Túi cói đan tay" the largest row in "chiếc", "Chiếu cói dệt máy, khổ 1,6 m" beside it, the looms' product)
    # (not a row of a material the plan's norms turn into the product: "Bột năng, bột gạo" in the output's table
    # for "1,1 kg bột cho 1 kg bánh khô")
    out_tables = {row.table for ser in outs.values() for _q, row in ser.values()}
    norms = [r for r in ratios(m) if r.material and r.product]

    def material_row(words: set[str]) -> bool:
        return any(_names(r.material, words) and not r.product & words for r in norms)

    out_words = set().union(*[product_tokens(row.label, m.vocab) for ser in outs.values()
                              for _q, row in ser.values()],
                            *[w for r in m.rows() if r.table in out_tables
                              and not r.total and not r.subset and not r.flags & {"need", "supply", "input"}
                              and r.kind in (None, "quantity") and r.qty_years()
                              and not material_row(w := product_tokens(r.label, m.vocab))])
    if by_year := _capacity_by_year(m, spec, outs):
        return by_year
    for unit, series in outs.items():
        if not series or not caps.get(unit):
            continue  # (caps is a defaultdict: a unit asked for before holds an empty list)
        # "18 tấn nguyên liệu tươi/năm, tương đương 2.250 kg thành phẩm/năm": the output's limit is
        # the capacity counted in product, not the one counted in raw material
        own = [c for c in caps[unit] if not _input_noun(each.get((unit, c[1], c[0]), set()), out_words)]
        # "máy ép sợi công suất 200 kg bột/ngày …; máy sấy 80 kg bánh khô/ngày": a machine counted in
        # a material no output row names (the flour pressed) is no limit on the product when another
        # machine's capacity, a rate of its own ("… kg/ngày", "… kg/năm"), is counted in the product
        # itself or in no named material (not an amount after it: "…/năm, trong khi năm 2029 chỉ cần
        # 13.600 lít rượu nền")
        other = [c for c in own if (nn := each.get((unit, c[1], c[0]))) and out_words and not nn & out_words]
        rest = [c for c in own if c not in other]
        if other and any((unit, c[1], c[0]) in each for c in rest):
            own = rest
        if len(own) > 1 and (claimed := _claimed_heads(m)) and \
                (named := [c for c in own if _cap_head(c[1], m.vocab) in claimed or _COVERS.search(c[1])]) and \
                len(named) < len(own):
            # "Hai máy ép hiện có …, đáp ứng được kế hoạch sản lượng … nên tổ không đầu tư thêm máy ép": the
            # plan names the machine its output rests on, not the faster filter beside it (and the capacity of the
            # sentence that says so: "1.200 chiếc/ngày … × 300 ngày = 360.000 chiếc/năm, đáp ứng SL N3", es01)
            own = named
        if (limits := [c for c in own if not _SPARE.search(c[1])]) and len(limits) < len(own):
            # "Máy xay mới 500 kg/giờ … thừa công suất cho khâu sơ chế": the plan says that machine is not
            # what limits its output; the vats' "32.000 kg ruốc/năm" are
            own = limits
        # (a capacity said as a floor, "công suất chế biến trên 3 tấn trà thành phẩm/năm", is no limit)
        floors = {c for c in caps[unit] if _lower_bound(c)}  # (each evidence parsed once)
        own = [c for c in own if c not in floors]
        if not own and all(c in floors for c in caps[unit]):
            continue
        cap, cev = max(own or caps[unit], key=lambda c: c[0])
        # (what this amount counts when the sentence's first amount counts the material: "25 tấn lá
        # tươi/năm, tương đương tối đa 5 tấn trà khô/năm")
        # (and what the amount itself counts when its sentence names two: "… 240 tấn củ/năm, tương đương
        # khoảng 24 tấn bột thành phẩm/năm" is 24 tấn of the flour, not of the roots)
        noun = m._cache.get("cap_nouns", {}).get((unit, cev))
        if noun and (_input_noun(noun, out_words) or sum(1 for _v, c in caps[unit] if c == cev) > 1) and \
                each.get((unit, cev, cap)):
            noun = each[(unit, cev, cap)]
        if not {w for w in noun or () if len(w.rstrip("0123456789")) > 1} and \
                (mm := _MACHINE_MAKES.search(cev)) and (made := product_tokens(mm.group(1), m.vocab)):
            # "6 máy dệt chiếu × 8 chiếc/ngày × 280 ngày = 13.440 chiếc/năm": the mats the looms weave, not
            # the bags woven by hand counted in the same "chiếc"
            noun = made
        if _ALL_PRODUCTS.search(cev) or (noun and _FINISHED_AMOUNT.search(cev)):
            # "khâu chung của cả ba loại kẹo": the whole output, not the one product its noun names; so is "20.000
            # lít rượu thành phẩm/năm", the finished product whatever its kind's word also names (f06)
            noun = None
        series = _series_named(m, unit, noun, series, by_machine=bool(_MACHINE_MAKES.search(cev)))
        # (the year that asks most of a year's capacity: the largest output, or a short first year's, "Năm 2027 (5
        # tháng)", whose months hold only their share of it, gr05)
        part = _part_years(m)
        year, (qty, row) = max(series.items(), key=lambda kv: kv[1][0] / part.get(kv[0], 1.0))
        if _mixed_conversion(m, row, noun or set()):
            continue
        if noun and _input_row_named(m, noun, row):
            # "150 kg nấm tươi/mẻ" of the dryer: the plan's "Nấm tươi đưa vào sấy" row is what goes through
            # it, not the whole harvest ("Nấm tươi thu hoạch", part of it sold fresh): checked below
            continue
        if (_ONLY_FOR.search(cev) or " | " in cev) and not (noun and noun & product_tokens(row.label, m.vocab)) and \
                (made := _made_by(m, _capacity_clause_words(cev), row, year, unit)) is not None:
            # (only a capacity row, its label naming its machine as a row by year does, or a sentence that says what
            # alone the machine serves, "…, chỉ áp dụng cho chiếu dệt máy": the
            # first words of any other capacity sentence name its stage or its pens, "Ba dãy chuồng nuôi được tối đa
            # 2.400 con mỗi lứa", not a part of the output, er07; and not a row the capacity's own amount names,
            # "400 kg củ tươi/ngày" counts "Củ nghệ tươi chế biến")
            qty, row = made
        share = part.get(year, 1.0)
        cap *= share
        if qty > cap * (1 + spec.tolerance) and not qty <= _year_capacity(m, unit, year) * (1 + spec.tolerance):
            kind = "labour" if cev in m._cache.get("cap_labour", ()) else \
                "pens" if cev in m._cache.get("cap_pens", ()) else "capacity"
            hits.append(_over_capacity(f"{row.evidence}; {cev}", year, qty, cap, unit, kind,
                                       months=f"{round(share * 12)}" if share < 1 else ""))
    if not hits:
        # a capacity of the material put through ("300 kg vỏ/mẻ", "100 tấn cá tươi/năm") against the
        # plan's own row of that material put into production ("Vỏ bưởi đưa vào chưng cất (tấn)"): the
        # words after the capacity's amount name the input row better than any output row
        nouns = m._cache.get("cap_nouns", {})
        out_words = [product_tokens(row.label, m.vocab) for ser in outs.values() for _q, row in ser.values()]
        for unit, clist in caps.items():
            for r in m.rows():
                # (or the material the plan says it needs a year for the machine's work: "Lúa nếp cần xay xát
                # (tấn)", not "Búp chè tươi cần dùng", which may go through several lines)
                # (or any material the plan needs, when the capacity's own sentence says the machines cover
                # the whole plan: "Hai tủ sấy …, tổng cộng khoảng 30.600 kg mực tươi/năm, đủ đáp ứng kế hoạch
                # sản lượng của cả giai đoạn" against "Nhu cầu mực tươi (4,5 kg/kg) | 25.200 | 29.700 | 35.100")
                claimed = "need" in r.flags and any(_COVERS.search(ev) for _c, ev in clist)
                if not ("input" in r.flags or "need" in r.flags and _PUT_THROUGH.search(r.label) or claimed) \
                        or r.subset:
                    continue
                series = {y: x.value for y, x in r.qty_years().items()
                          if y is not None and m.is_plan_year(y) and x.unit == unit and x.vmax is None}
                label = product_tokens(r.label, m.vocab)
                # (the capacity's material must be the row's: "8 kg thịt cá/mẻ" is fish meat, not the
                # whole fresh fish of "Cá lóc tươi")
                # (at least as well as any output row: "Nấm tươi đưa vào sấy" beside "Nấm tươi thu hoạch", the
                # harvest of which a part is sold fresh, is the dryer's load)
                # (and not the other state of the material: "80 kg chè búp khô/ngày" is no load of "Búp chè
                # tươi nguyên liệu")
                fit = [(c, ev) for c, ev in clist if (nn := nouns.get((unit, ev))) and
                       len(nn & label) >= max((len(nn & w) for w in out_words), default=0) and _names(nn, label)
                       and not _other_state(nn, label, m.vocab)]
                if not series or not fit:
                    continue
                cap, cev = max(fit, key=lambda c: c[0])
                year, qty = max(series.items(), key=lambda kv: kv[1])
                if qty > cap * (1 + spec.tolerance):
                    hits.append(_over_capacity(f"{r.evidence}; {cev}", year, qty, cap, unit, "input",
                                               material=r.label))
                    break
    if not hits:
        hits = _capacity_through_norm(m, spec, caps, outs)
    if not hits:
        hits = _runs_over_max(m, spec) or _loads_over_capacity_row(m, spec)
    if hits:
        return hits[:1]
    # a jump over recent output with nothing added
    for unit, series in outs.items():
        years = sorted(y for y in series if y >= 1000)
        if not years:
            continue
        y1 = years[0]
        qty, row = series[y1]
        rec = _recent_output(m, unit)
        if rec is None or rec[0] <= 0:
            continue
        # a stated capacity that holds the new output is the basis of the jump ("dây chuyền 600
        # chai/ngày … 168.000 chai/năm" against 8.000 chai sold in the pilot year)
        if any(c >= qty for c, _ev in caps.get(unit, ())):
            continue
        if qty > spec.factor * rec[0] and not _equipment_or_labour_added(m):
            hits.append(Hit(section="production_plan", evidence=quote(f"{row.evidence}; {rec[2]}", 420),
                            params={"year": ylabel(y1), "output": fmt_qty(qty, unit), "capacity": "",
                                    "recent": fmt_qty(rec[0], unit), "recent_year": str(rec[1]),
                                    "factor": round(qty / rec[0], 1), "kind": "jump",
                                    "diff_pct": diff_pct(qty, rec[0])}))
            break
    return hits


# the plan saying its equipment covers the output ("… đáp ứng được kế hoạch sản lượng", "đủ đáp ứng sản lượng
# kế hoạch", "bảo đảm sản lượng")
# (or in the accountants' shorthand: "đáp ứng đủ SL KH cả giai đoạn", gx06; or the whole period: "ba nồi đủ công
# suất cho cả giai đoạn 2027 – 2029", gz05)
_COVERS = re.compile(r"(?i)\b(?:(?:đủ\s+)?(?:đáp\s+ứng|bảo\s+đảm|đảm\s+bảo)(?:\s+(?:được|đủ))?|đủ(?:\s+công\s+suất)?)\s+(?:cho\s+)?"
                     r"(?:(?:toàn\s+bộ|cả)\s+)?(?:kế\s+hoạch|sản\s+lượng|nhu\s+cầu\s+sản\s+xuất|SL\b|giai\s+đoạn)")


_THIS_CAPACITY = re.compile(r"(?i)^\W*(?:công\s+suất|năng\s+lực)(?:\s+[^\W\d]+){0,2}?\s+(?:này|trên|đó)\s+(?:vẫn\s+|sẽ\s+)?$")


def _claimed_heads(m: PlanModel) -> set[str]:
    """The equipment the plan says covers its output, named before the claim in its sentence ("Hai máy ép
    hiện có hoạt động 250 ngày/năm, đáp ứng được kế hoạch sản lượng …"), tone-keyed."""
    if "cap_claimed" not in m._cache:
        heads = set()
        prev = None
        for s in m.sents:
            before_s, prev = prev, s
            if s.section in _PAST_SECTIONS and not _names_plan_year(m, s.text):
                continue  # (the present part may say what the plan's years rest on: "… đủ công suất cho cả giai đoạn 2027–2029")
            for c in _COVERS.finditer(s.text):
                if (h := _equipment_head(s.text[:c.start()], m.vocab)) is not None:
                    heads.add(h)
                elif _THIS_CAPACITY.match(s.text[:c.start()]) and before_s is not None and before_s.block == s.block \
                        and (h := _equipment_head(before_s.text, m.vocab)) is not None:
                    # "Hai nồi chưng cất inox, mỗi nồi 50 lít rượu/ngày, … 27.000 lít/năm. Công suất này đáp ứng đủ
                    # sản lượng kế hoạch đến năm 2029 …": the equipment of the sentence before
                    heads.add(h)
        m._cache["cap_claimed"] = heads
    return m._cache["cap_claimed"]


def _cap_head(ev: str, v: Vocab) -> str | None:
    """The equipment a capacity's evidence names before its first figure (a table row's label: "1 | Máy ép dầu
    trục vít | 2 | 45 lít dầu/ngày mỗi máy" is the press's)."""
    label = ev.split("|")[1] if ev.count("|") >= 2 else ev
    head = _equipment_head(re.split(r"\d", label, maxsplit=1)[0], v)
    if head is None and label is ev and (rate := _RATE_AMOUNT.search(ev)):
        # a sentence that counts its machines before their rate: "Công suất của 5 máy dệt hiện có: 50
        # chiếc/ngày × 280 ngày = …" is the looms'
        head = _equipment_head(ev[:rate.start()], v)
    return head


# an amount by the period or by the machine ("50 chiếc/ngày", "300 kg/mẻ")
_RATE_AMOUNT = re.compile(r"\d[\d.,]*\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*/\s*[^\W\d]")


_FLOOR_WORDS = frozenset({"tren", "hon", "it nhat", "toi thieu", "khong duoi", "khong it hon", "tro len"})


def _lower_bound(c: tuple[float, str]) -> bool:
    """A capacity its own sentence states as a floor ("trên 3 tấn/năm", "từ 500 chai/ngày trở lên")."""
    return any(a.qualifier and fold(a.qualifier.lower()) in _FLOOR_WORDS and close(a.value, c[0], 0.001)
               for a in find_amounts(c[1]))


# a row of the most batches, shifts or litters a year: "Số mẻ tối đa (mẻ/năm)", "Số ca tối đa", "Công suất lò (mẻ/năm)"
_MAX_RUNS = re.compile(r"(?i)\btối\s+đa\b|\bcông\s+suất\b|\bnăng\s+lực\b")
_RUN_UNITS = ("mẻ", "lứa", "ca")


def _runs_over_max(m: PlanModel, spec: Spec) -> list[Hit]:
    """A plan that counts its work in batches (or litters, shifts) year by year against the most it can run, both
    rows in the same table ("Số mẻ sản xuất (mẻ) | 240 | 276 | 318" above "Số mẻ tối đa (mẻ/năm) | 260 | 260 |
    260"): the batches are the capacity's own unit, though no quantity of the product is compared."""
    for tm in m.tables:
        rows = [r for r in tm.rows if not r.subset and not r.noisy]
        for unit in _RUN_UNITS:
            # each row's counts of that unit by plan year, read once
            ys = {id(r): {x.year: x.value for x in r.vals if x.unit == unit and x.year is not None and
                          m.is_plan_year(x.year) and x.vmax is None and x.per in (None, "năm") and x.value > 0}
                  for r in rows}
            maxes = [r for r in rows if _MAX_RUNS.search(r.label or "") and ys[id(r)]]
            runs = [r for r in rows if r not in maxes and not r.total and ys[id(r)]]
            if len(maxes) != 1 or not runs:
                continue
            cap_row = maxes[0]
            caps = ys[id(cap_row)]
            for r in runs:
                for y, q in sorted(ys[id(r)].items()):
                    if y in caps and q > caps[y] * (1 + spec.tolerance):
                        return [_over_capacity(f"{r.evidence}; {cap_row.evidence}", y, q, caps[y], unit, "capacity")]
    return []


def _loads_over_capacity_row(m: PlanModel, spec: Spec) -> list[Hit]:
    """What goes through the equipment, row by row, against the capacity row of the same table ("Công suất 3 nồi
    nấu | 45.000" over "Gạo nấu rượu của hợp tác xã | 18.812,5", "Gạo khách mang đến nấu thuê | 30.000", "Nấu thuê
    trọn mẻ (50 kg gạo/mẻ) | 4.000"): the producer's own material and its customers' together, when every row
    names the same material (not a recipe's several materials)."""
    for tm in m.tables:
        caps = [r for r in tm.rows if r.kind == "capacity" and not r.subset and not r.noisy]
        if len(caps) != 1:
            continue
        cap_row = caps[0]
        cap = {x.year: x for x in cap_row.vals if x.year is not None and m.is_plan_year(x.year) and x.vmax is None
               and x.per in (None, "năm") and x.value > 0 and (x.qty or x.kind == "number")}
        loads = [r for r in tm.rows if r is not cap_row and "input" in r.flags and not r.total and not r.subset
                 and not r.noisy]
        if cap and len(loads) == 1 and "toll" not in loads[0].flags:
            # the producer's own load beside its capacity, the customers' material in a table of its own ("Gạo khách
            # gửi nấu (kg) | 10.500 | 13.500 | 14.400"): through the same equipment, both count (jo05)
            unit = next(iter(cap.values())).unit
            loads += [r for t in m.tables if t is not tm for r in t.rows
                      if {"toll", "input"} <= r.flags and not r.total and not r.subset and not r.noisy
                      and any(x.year in cap and x.unit == unit for x in r.vals)]
        if not cap or len(loads) < 2:
            continue
        common = set.intersection(*[set(product_tokens(r.label, m.vocab)) for r in loads])
        if not {w for w in common if not _is_unit_word(w)}:
            continue
        for y, c in sorted(cap.items()):
            xs = [next((x for x in r.vals if x.year == y and x.vmax is None and x.per in (None, "năm") and
                        x.unit == c.unit and x.kind == c.kind), None) for r in loads]
            if any(x is None for x in xs):
                continue
            total = sum(x.value for x in xs)
            if total > c.value * (1 + spec.tolerance):
                return [_over_capacity("; ".join([cap_row.evidence, *(r.evidence for r in loads)]), y, total, c.value,
                                       c.unit or _caption_unit(tm), "input",
                                       material=" + ".join(_plain_label(r.label) for r in loads))]
    return []


def _caption_unit(tm: TableM) -> str:
    """The quantity unit a table's caption names in its brackets ("(kg gạo/năm)": kg), else ""."""
    mm = re.search(r"\(\s*(kg|tấn|lít|l|m3|m³)\b", tm.caption or "")
    return {"tấn": "kg", "lít": "l", "m³": "m3"}.get(mm.group(1), mm.group(1)) if mm else ""


def _capacity_by_year(m: PlanModel, spec: Spec, outs: dict[str, dict[int, tuple[float, Row]]]) -> list[Hit]:
    """A capacity the plan gives year by year ("Công suất năm (lít) | 10.800 | 10.800 | 19.600 | …", the stills
    of stage 1, then a third one) against the output of the same year in the same unit: the year's own limit,
    whatever a later stage adds."""
    for r, years in _capacity_rows_by_year(m):
        for y, x in sorted(years.items()):
            if not _planned_qty(m, y, x) or x.per not in (None, "năm") or x.value <= 0:
                continue
            got = outs.get(x.unit, {}).get(y)
            if got is not None and got[1].table == r.table and any(
                    _USE_ROW.search(o.label or "") and _use_of(o, r) for o in m.table(r.table).rows):
                # the output's own table with a row of the capacity's use ("Sản lượng quy đổi | 13.000", "Công suất định
                # mức năm của máy dệt | 8.320", "Tỷ lệ sử dụng công suất (%) | 72,1"): the use says which part of the
                # output the machine makes (the woven mats, not the hand-woven ones, gb04); none, the capacity is the
                # whole output's (im06)
                continue
            if got is not None and (made := _made_by(m, _label_words(r.label), got[1], y, x.unit, r)) is not None:
                got = made
            if got is not None and got[0] > x.value * (1 + spec.tolerance):
                return [_over_capacity(f"{got[1].evidence}; {r.evidence}", y, got[0], x.value, x.unit, "capacity")]
    return []


# the clause of a capacity's sentence that says what it is for: "…, chỉ áp dụng cho chiếu dệt máy"
_ONLY_FOR = re.compile(r"(?i)\b(?:chỉ\s+(?:áp\s+dụng\s+)?cho|dành\s+riêng\s+cho|riêng\s+cho)\b")


def _capacity_clause_words(sentence: str) -> frozenset[str]:
    """The words a capacity sentence names its machine and product with: its first clause ("Công suất 4 máy dệt là 4 ×
    7 chiếc/ngày × 260 ngày = 7.280 chiếc/năm") and a clause that says what it alone serves ("chỉ áp dụng cho chiếu
    dệt máy"), not the clauses about the rest ("chiếu đan tay và túi cói làm thủ công tại nhà")."""
    clauses = re.split(r"[,;:.](?!\d)", sentence)
    return _label_words(" ".join([clauses[0], *(c for c in clauses[1:] if _ONLY_FOR.search(c))]))


# the words of a capacity's or an output's label that name no product: the quantity, its counting and its time
_NO_PRODUCT_WORDS = frozenset(
    "công suất sản lượng phẩm tổng số quy ra đổi năm ngày tháng mẻ ca kg tấn tạ lít chiếc cái và của cho các loại "
    "thiết kế định mức tối đa thực tế dự kiến kế hoạch bình quân thành hàng hóa hoá thu hoạch xuất tiêu thụ bán "
    "được đạt".split())


def _label_words(label: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W\d_]+", (label or "").lower()) if w not in _NO_PRODUCT_WORDS)


def _made_by(m: PlanModel, said: frozenset[str], out: Row, year: int, unit: str,
             cap: Row | None = None) -> tuple[float, Row] | None:
    """The part of the output a capacity makes, when the words it is said with (`said`: a capacity row's label, the
    capacity sentence's own clause) name what some of the output table's product rows are and not the others
    ("Công suất 4 máy dệt (4 × 7 chiếc/ngày × 260 ngày)" below "Chiếu cói dệt máy …", "Chiếu cói đan tay …" and "Túi
    cói đan …": the machine-woven mats, je04; "Công suất lò sấy tôm" below "Quy ra kg tôm khô" and "Quy ra kg gạo":
    the shrimp, je06): those rows' sum, with the first of them for evidence. None when the words name all the rows
    alike or none of them, or none of the rows they name is counted in the unit."""
    # (a row that names no product, "Sản lượng quy ra kg", is the whole output's, no row of one product; only the
    # rows counted in the unit that year: not "Số nhà màng" beside "Sản lượng thương phẩm (tấn)" and its grades)
    words: dict[int, frozenset[str]] = {}
    amount: dict[int, Val] = {}
    rows = []
    for o in m.table(out.table).rows:
        if o is cap or o.total or o.subset or o.kind not in (None, "quantity") or \
                o.flags & {"need", "supply", "input", "market"}:
            continue
        if (w := _label_words(o.label)) and (x := o.qty_years().get(year)) is not None and x.unit == unit:
            rows.append(o)
            words[id(o)], amount[id(o)] = w, x
    named = said & frozenset().union(*words.values())
    if not named:
        return None
    # (the rows it names best: "chỉ áp dụng cho chiếu dệt máy" names "Chiếu cói dệt máy" by three words, "Chiếu cói
    # đan tay" by one)
    best = max((len(words[id(o)] & named) for o in rows), default=0)
    mine = [o for o in rows if best and len(words[id(o)] & named) == best]
    if any(_CONVERTED_ROW.match(o.label or "") for o in mine):
        # (the rows it names converted into one, "Quy đổi: chiếu dệt máy", beside the kinds it sums, ih04)
        mine = [o for o in mine if _CONVERTED_ROW.match(o.label or "")]
    if not mine or len(mine) == len(rows):
        return None
    # (by a word the other rows lack: "tráng bánh" names no kind of "Bánh đa vừng đen" and "Bánh đa vừng trắng" apart
    # when every row is a "bánh", dg06)
    others = frozenset().union(*(words[id(o)] for o in rows if o not in mine))
    if not (named & frozenset().union(*(words[id(o)] for o in mine))) - others:
        return None
    vals = [x for o in mine if (x := amount[id(o)]).vmax is None]
    return (sum(x.value for x in vals), mine[0]) if vals else None


def _use_of(use: Row, cap: Row) -> bool:
    """A row of a capacity's use is that capacity's unless it names another thing: "Sử dụng công suất nồi thanh trùng"
    is not the use of "Năng lực của hộ" beside it (jh05); "Tỷ lệ sử dụng công suất (%)" is any capacity's."""
    named = _label_words(_USE_ROW.sub(" ", re.sub(r"\([^)]*\)", " ", use.label or ""))) - _USE_WORDS
    return not named or bool(named & _label_words(cap.label))


_USE_WORDS = frozenset("tỷ lệ tỉ hiệu suất mức độ".split())
_USE_ROW = re.compile(r"(?i)\bsử\s+dụng\s+công\s+suất\b|\bcông\s+suất\s+sử\s+dụng\b|\bhiệu\s+suất\s+sử\s+dụng\b")


def _capacity_rows_by_year(m: PlanModel) -> list[tuple[Row, dict[int, Val]]]:
    """The capacity rows by year, each with its values by plan year. Several in one table and one unit, none of them a
    total, are the lines of the producer, one row each ("1 | Dây chuyền nấu, kéo, cắt kẹo" / "Công suất năm (kg) |
    19.600 | …", "2 | Nồi nấu kẹo gừng (từ 2028)" / "Công suất năm (kg) | - | 5.600 | …"): the year's capacity is
    theirs together, a line not yet there counting nothing (hj01)."""
    rows = [r for r in m.rows() if r.kind == "capacity" and not r.subset and not r.noisy]
    out: list[tuple[Row, dict[int, Val]]] = []
    by_table: dict[tuple[int, str], list[tuple[Row, dict[int, Val]]]] = defaultdict(list)
    for r in rows:
        ys = {y: x for y, x in r.qty_years().items() if y is not None}
        for x in r.vals:
            # (a year's capacity said a year: "Công suất nồi hấp (hũ/năm) | 27.000 | 27.000", im06)
            if x.year is not None and x.year not in ys and x.per == "năm" and is_qty(x.unit, x.kind):
                ys[x.year] = x
        # (a total row too when it is the capacity by year: "Tổng công suất thiết kế | 15.400 | 19.600 | 32.200",
        # the machines of each stage above it)
        if r.total and len(ys) < 2 or not ys:
            continue
        units = {x.unit for x in ys.values()}
        if len(units) == 1 and not r.total:
            by_table[(r.table, units.pop())].append((r, ys))
        else:
            out.append((r, ys))
    for (t, _unit), group in by_table.items():
        has_total = any(o.total and o.table == t for o in rows)
        if len(group) < 2 or has_total or _stages_in_series([r for r, _ys in group]):
            out += group
            continue
        summed: dict[int, Val] = {}
        for y in sorted({y for _r, ys in group for y in ys}):
            parts = [ys[y] for _r, ys in group if y in ys]
            summed[y] = replace(parts[0], value=sum(x.value for x in parts))
        out.append((group[-1][0], summed))
    return out


def _stages_in_series(rows: list[Row]) -> bool:
    """Capacity rows that name different things, no word shared ("Năng lực của hộ (quy thành phẩm)" and "Công suất
    nồi thanh trùng (200 lít/ngày × 250 ngày)"), are stages one output passes through, each its own limit: not lines
    side by side, which name one kind of machine ("Lò sấy 1", "Lò sấy 2") or say no more than "Công suất năm" (jh05)."""
    words = [_label_words(re.sub(r"\([^)]*\)", " ", r.label or "")) for r in rows]
    return all(words) and all(a.isdisjoint(b) for i, a in enumerate(words) for b in words[i + 1:])


def _year_capacity(m: PlanModel, unit: str, year: int | None) -> float:
    """The capacity the plan gives for that year in a total capacity row by year ("Tổng công suất thiết kế | 6.380 |
    9.860 | 13.340", the machines added by stages), in the output's unit; a cell whose unit a scan lost counts in
    the unit the row's other years carry. 0 when the plan gives none. A short year's cell that repeats a full year's
    ("Công suất thiết kế (lít/năm) | 30.000 | 30.000" under "Năm 2027 (5 tháng)") is a year's rate, of which the short
    year holds its months' share."""
    best = 0.0
    part = _part_years(m)
    for r in m.rows():
        if r.kind != "capacity" or r.subset or r.noisy or year is None:
            continue
        dated = [x for x in r.vals if x.year is not None and x.vmax is None and x.per is None]
        units = {x.unit for x in dated if x.qty}
        if units != {unit}:
            continue
        full = {x.value for x in dated if x.year not in part}
        for x in dated:
            if x.year == year and (x.qty or (m.ocr and x.kind == "number" and not x.unit)):
                best = max(best, x.value * part[year] if year in part and x.value in full else x.value)
    return best


# a plan year's column that says the year is short: "Năm 2027 (5 tháng)", "Năm đầu (6 tháng)"
_PART_YEAR_HEAD = re.compile(r"(?i)\(\s*(\d{1,2})\s*tháng\s*\)")


def _part_years(m: PlanModel) -> dict[int, float]:
    """The plan's years its tables' heads say are short, each with its share of a year (5 months: 5/12); a year
    whose heads disagree is left out."""
    got = m._cache.get("part_years")
    if got is None:
        seen: dict[int, set[int]] = {}
        for r in m.rows():
            for x in r.vals:
                if x.year is not None and m.is_plan_year(x.year) and (mm := _PART_YEAR_HEAD.search(x.head or "")):
                    seen.setdefault(x.year, set()).add(int(mm.group(1)))
        got = m._cache["part_years"] = {y: n.pop() / 12 for y, n in seen.items() if len(n) == 1 and 0 < min(n) < 12}
    return got


def _over_capacity(evidence: str, year: int | None, qty: float, cap: float, unit: str, kind: str,
                   **extra: str) -> Hit:
    """A finding of output (or of the material put through, `kind` "input") above a stated capacity."""
    return Hit(section="technology", evidence=quote(evidence, 420),
               params={"year": ylabel(year), "output": fmt_qty(qty, unit), "capacity": fmt_qty(cap, unit),
                       "recent": "", "recent_year": "", "factor": round(qty / cap, 1), "kind": kind, "months": "",
                       **extra,
                       "diff_pct": diff_pct(qty, cap)})


def _capacity_through_norm(m: PlanModel, spec: Spec, caps: dict[str, list[tuple[float, str]]],
                           outs: dict[str, dict[int, tuple[float, Row]]]) -> list[Hit]:
    """A machine's capacity counted in the material it takes ("Máy ép trục vít hiện có công suất 30 kg lạc
    nhân/giờ", 60 tấn of peanuts a year) against an output counted in another unit that has no capacity of its
    own (the oil, in litres), through the plan's own norm ("Cứ 2,5 kg lạc nhân ép được 1 lít dầu"). The norm's
    material is what the capacity counts, its product names the output rows; of several norms, the one that
    gives the most output (the plan's most favourable reading)."""
    nouns = m._cache.get("cap_nouns", {})
    norms = [r for r in ratios(m) if r.section not in _PAST_SECTIONS and r.material and r.product
             and r.inp > 0 and r.out > 0]
    hits = []
    days_stated: bool | None = None  # (the plan's working days, looked for once and only when asked)
    for unit, series in outs.items():
        if not series:
            continue
        rows_words = set().union(*[product_tokens(row.label, m.vocab) for _q, row in series.values()])
        best = None
        if caps.get(unit):
            if days_stated is None:
                days_stated = bool(_days_per_year(m))
            # (not when the output rows are the material itself: "Búp chè tươi (4,6 kg/kg chè khô)", a need row
            # taken for output)
            best = _slowest_stage(unit, caps[unit], nouns, days_stated, [
                r for r in norms if r.in_unit == unit == r.out_unit and r.product & rows_words
                and not _names(r.product, r.material) and not _names(r.material, rows_words)])
        else:
            for r in norms:
                if r.out_unit != unit or r.in_unit == unit or not r.product & rows_words:
                    continue
                for c, ev in caps.get(r.in_unit, ()):
                    nn = nouns.get((r.in_unit, ev))
                    if not nn or not (_names(nn, r.material) or _names(r.material, nn)):
                        continue
                    made = c * r.out / r.inp
                    if best is None or made >= best[0]:  # (on a tie the later sentence: the plan's years)
                        best = (made, ev, r)
        if best is None:
            continue
        cap, cev, norm = best
        year, (qty, row) = max(series.items(), key=lambda kv: kv[1][0])
        if qty > cap * (1 + spec.tolerance):
            hits.append(_over_capacity(f"{row.evidence}; {cev}; {norm.text}", year, qty, cap, unit, "capacity"))
    return hits


# a capacity stated over the year: "120 ngày/năm", "mùa nấu 120 ngày", "… tấn/năm"
_DAYS_A_YEAR = re.compile(r"(?i)\d\s*(?:ngày|tháng)\s*/\s*năm|\bmùa\s+[^\W\d]+\s+(?:khoảng\s+)?\d+\s*(?:ngày|tháng)|/\s*năm\b")


def _slowest_stage(unit: str, caps: list[tuple[float, str]], nouns: dict, days_stated: bool, norms: list[Ratio]
                   ) -> tuple[float, str, Ratio] | None:
    """Capacities in the output's own unit that all count materials the plan's own norms turn into the product,
    in that same unit ("Máy ép mía 1,5 tấn mía/giờ", "Lò ba chảo 400 kg nước mía/ngày", with "10 kg nước mía cho
    2,2 kg mật" and "1 tấn mía cây cho khoảng 112 kg mật"): each one's output through the norm whose material
    it names in full (else any it names; the most favourable of those), and of those the least, for the stages
    of one line limit the output by the slowest. None when a capacity counts the product itself or nothing
    named (the plain comparison's), or names no norm's material."""
    by_noun: dict[frozenset, tuple[float, str, Ratio]] = {}
    for c, ev in caps:
        nn = nouns.get((unit, ev))
        if not days_stated and not _DAYS_A_YEAR.search(ev):
            # a capacity whose working days the plan does not state ("mỗi tủ sấy 40 kg thịt tươi/mẻ, 1 mẻ/ngày"):
            # its year is a guess, too weak to hold against the output through a norm (another stage may be)
            continue
        fit = [r for r in norms if nn and not r.product <= nn and (_names(nn, r.material) or _names(r.material, nn))]
        if not fit:
            return None
        for r in [r for r in fit if r.material <= nn] or fit:
            made = c * r.out / r.inp
            key = frozenset(nn)
            if key not in by_noun or made >= by_noun[key][0]:  # (machines of one material: the largest)
                by_noun[key] = (made, ev, r)
    return min(by_noun.values(), key=lambda b: b[0]) if by_noun else None


# =============================================================================== relation: growth

def _stated(m: PlanModel, groups: tuple[str, ...], keep, skip=None) -> bool:
    """A phrase of one of the label `groups`, with no negation in the 30 characters before it, in a
    sentence `keep` accepts (and not one `skip(text, span)` leaves out)."""
    v = m.vocab
    for s in m.sents:
        if not keep(s):
            continue
        for sp in (sp for g in groups for sp in v.text[g].char_spans(s.text)):
            if not v.text["negation"].in_text(s.text[max(0, sp[0] - 30):sp[0]]) and \
                    not (skip is not None and skip(s.text, sp)):
                return True
    return False


# the producer buying its growers' crop ("bao tiêu cà gai leo cho 25 hộ thành viên"): its supply, not a market
_FOR_GROWERS = re.compile(r"(?i)[^.;]{0,40}?\b(?:cho|của|với)\s+(?:khoảng\s+)?(?:\d+\s+)?(?:các\s+)?"
                          r"(?:hộ|thành\s+viên|xã\s+viên|tổ\s+viên|nông\s+dân|người\s+trồng|bà\s+con)\b")


_GROWTH_SECTIONS = frozenset({"objectives", "production_plan", "technology", "organization", "market",
                              "investment", "schedule", "raw_materials"})


def _explained(m: PlanModel) -> bool:
    """The plan states a concrete increase of equipment, labour or market (not negated)."""
    return _stated(m, ("expansion", "hire"), lambda s: s.section in _GROWTH_SECTIONS,
                   lambda text, sp: _growers_offtake(text, sp) or _harvest_hands(text, sp))


# hands hired for the harvest, as every grower does each season ("mùa thu hoạch thuê thêm người hái"): they pick
# the crop there is, no larger one (ik09); a number of them is a plan's staffing (not skipped)
_HARVEST_TIME = re.compile(r"(?i)\b(?:mùa|vụ|lúc|khi|dịp)\s+thu\s+hoạch\b|\bthời\s+vụ\b|\bmùa\s+vụ\b")


def _harvest_hands(text: str, span: tuple[int, int]) -> bool:
    return bool(_HARVEST_TIME.search(text)) and not re.search(r"\d", text[span[0]:span[1] + 25])


def _growers_offtake(text: str, span: tuple[int, int]) -> bool:
    """A contract by which the producer buys its growers' crop ("Hợp đồng bao tiêu với 24 hộ trồng cà
    gai leo"): its supply, which neither sells nor makes a larger output."""
    return bool(re.search(r"(?i)bao\s+tiêu|thu\s+mua", text[span[0]:span[1]])) and bool(_FOR_GROWERS.match(text, span[1]))


# "Năm 2027 đạt 40 % công suất (28.800 lít), năm 2028 đạt 60 % (43.200 lít), năm 2029 đạt 80 %": the share of its
# capacity a new line runs at, year by year
_CAPACITY_SHARE = re.compile(r"(?i)(\d{1,3}(?:,\d+)?)\s*%\s*(?:công\s+suất|năng\s+lực)")
_PERCENT = re.compile(r"(\d{1,3}(?:,\d+)?)\s*%")


def _capacity_ramp(m: PlanModel) -> bool:
    """The plan grows by running its own line at a larger share of its capacity each year, as it says in one
    sentence of its plan years ("Năm 2027 đạt 40 % công suất …, năm 2028 đạt 60 % …, năm 2029 đạt 80 %"): two
    shares or more, rising, at most 100 %. That explains the output; a market for it is still asked for when
    the output doubles (`_market_explained`)."""
    for s in m.sents:
        if s.section in _PAST_SECTIONS or not (first := _CAPACITY_SHARE.search(s.text)):
            continue
        shares = [float(x.replace(",", ".")) for x in _PERCENT.findall(s.text[first.start():])]
        if len(shares) >= 2 and all(a < b for a, b in zip(shares, shares[1:])) and shares[-1] <= 100:
            return True
    return False


def _market_explained(m: PlanModel) -> bool:
    """The plan names where a much larger output will sell: a sales contract, new channels or
    markets (not negated), where it speaks of its sales, with a figure in the same sentence (how many
    outlets, buyers, tonnes: "ký hợp đồng với 3 nhà phân phối", "mở thêm 20 điểm bán"). "Dự kiến mở
    rộng thị trường ra toàn quốc" alone does not say where twice the output goes each year, nor does
    the growers' off-take ("cam kết bao tiêu toàn bộ lá") in the product's story."""
    return _stated(m, ("market_expansion",), lambda s: s.section in _SALES_SECTIONS and any(
        a.kind not in ("year", "percent") and a.unit != "sao" for a in s.amounts),  # (not "nâng hạng 4 sao")
        lambda text, sp: bool(_FOR_GROWERS.match(text, sp[1])))


# where a plan speaks of its sales (a supplier's contract or a past order is no market for the new output,
# and the reasons for the plan, "… tăng sản lượng, mở rộng thị trường", state an aim, not where it will sell)
_SALES_SECTIONS = frozenset({"market", "objectives", "production_plan", "financials", "schedule", None})


def _partial_year(tm: TableM, col: int) -> bool:
    """A year column that is not a full year of production: "Năm 2026 (6 tháng)", "chạy thử"."""
    h = tm.header[col] if 0 <= col < len(tm.header) else ""
    return bool(re.search(r"(?i)tháng|quý|thử|nửa", h))


def rel_growth(m: PlanModel, spec: Spec) -> list[Hit]:
    if driven := _outgrows_driver(m, spec):
        return driven[:1]
    series: list[tuple[str, dict[int, float], str, str | None, str]] = []
    for tm in m.tables:
        for r in tm.rows:
            if r.subset or r.noisy:
                continue
            if r.kind == "revenue" and not any(r is c for x in tm.rows for c in tm.children(x)):
                ser = _scan_misreads_dropped(m, {y: x for y, x in r.money_years().items() if m.is_plan_year(y)
                                                 and not _partial_year(tm, x.col)})
                if len(ser) >= 2:
                    series.append(("doanh thu", ser, r.evidence, r.section, "VND"))
            elif any(r is o for o in _total_output_rows(m)):
                qy = {y: x for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y)
                      and not _partial_year(tm, x.col)}
                ser = _scan_misreads_dropped(m, qy)
                if len(ser) >= 2:
                    series.append(("sản lượng", ser, r.evidence, r.section, next(iter(qy.values())).unit))
    if not series:
        series = _text_series(m)
    if stated := _beyond_stated_rate(m, series):
        return stated
    hits = []
    for what, ser, ev, sec, unit in series:
        ys = sorted(ser)
        vals = [ser[y] for y in ys]
        if any(x <= 0 for x in vals):
            continue
        growth = [vals[i + 1] / vals[i] - 1 for i in range(len(vals) - 1)]
        run, best_run = 0, 0
        for g in growth:
            run = run + 1 if g >= spec.growth else 0
            best_run = max(best_run, run)
        fast = best_run >= spec.sustained
        factor_hit = None
        for i in range(len(vals)):
            for j in range(i + 1, min(len(vals), i + spec.window)):
                if vals[j] / vals[i] >= spec.factor:
                    factor_hit = (i, j)
                    break
            if factor_hit:
                break
        if not fast and not factor_hit:
            continue
        extreme = spec.extreme is not None and any(
            vals[j] / vals[i] >= spec.extreme for i in range(len(vals))
            for j in range(i + 1, min(len(vals), i + spec.window)))
        explained = _explained(m) or _capacity_ramp(m)
        dbl, dbl_best = 0, 0
        for g in growth:
            dbl = dbl + 1 if spec.doubling is not None and g >= spec.doubling - 1e-9 else 0
            dbl_best = max(dbl_best, dbl)
        # doubling a year two years running, or as much over those years (×4: +129 % then +81 %)
        multiplied = spec.doubling is not None and any(
            vals[i + spec.sustained] / vals[i] >= (1 + spec.doubling) ** spec.sustained - 1e-9
            for i in range(len(vals) - spec.sustained))
        # (or as much in one year: ×2,1 from one year to the next, "nhu cầu còn rất lớn" the only reason)
        leaped = spec.leap is not None and any(g >= spec.leap - 1e-9 for g in growth)
        unsold = (dbl_best >= spec.sustained or multiplied or leaped) and not _market_explained(m)
        if explained and not extreme and not unsold:
            continue  # (another series may still be beyond any explanation: ×5 in two years)
        i, j = (0, len(vals) - 1) if vals[-1] / vals[0] >= spec.factor or not factor_hit else factor_hit
        hits.append(Hit(section=sec or "production_plan", evidence=quote(ev, 300),
                        params={"what": what, "from_year": ylabel(ys[i]), "to_year": ylabel(ys[j]),
                                "first": fmt_qty(vals[i], unit), "last": fmt_qty(vals[j], unit),
                                "factor": round(vals[j] / vals[i], 1),
                                "max_growth_pct": round(max(growth) * 100), "explained": explained}))
    # one finding: revenue and output usually say the same thing
    return hits[:1]


# the plan's own yearly growth target: "đặt mục tiêu tăng bình quân khoảng 10 %/năm", "sản lượng tăng 8 – 10 % mỗi năm"
_STATED_RATE = re.compile(r"(?i)\btăng(?:\s+trưởng)?(?:\s+(?:bình\s+quân|trung\s+bình|đều))?(?:\s+(?:khoảng|từ|chừng))?\s+"
                          r"(?:(\d+(?:,\d+)?)\s*(?:%\s*)?(?:-|–|đến)\s*)?(\d+(?:,\d+)?)\s*%\s*"
                          r"(?:/\s*năm|mỗi\s+năm|một\s+năm|hằng\s+năm|hàng\s+năm)")
# (a rate of something else: a price, wages, costs, the growers' income, the market's demand, the profit)
_RATE_OF_PRICE = re.compile(r"(?i)\b(?:giá|lương|tiền\s+công|chi\s+phí|lãi\s+suất|thu\s+nhập|nhu\s+cầu|thị\s+trường|"
                            r"tiêu\s+dùng|lợi\s+nhuận|dân\s+số)\b")


def _beyond_stated_rate(m: PlanModel, series: list[tuple[str, dict[int, float], str, str | None, str]]) -> list[Hit]:
    """The plan's own yearly growth target ("đặt mục tiêu tăng bình quân khoảng 10 %/năm") against its table's
    output or revenue over the plan years growing at twice that rate or more, and ten points or more above it
    (8.300 → 11.300 → 14.650 lít: 33 %/năm). Not a rate of the past ("tăng bình quân 10,1 %/năm trong ba năm
    2024–2026"), of a price or a cost, nor a range's upper end exceeded by less."""
    if not series or m.plan_year is None:
        return []
    for snt in m.sents:
        if snt.section in (*PAST_SECTIONS, "market", "swot", "rationale"):
            continue
        for mt in _STATED_RATE.finditer(snt.text):
            clause = _clause_of(snt.text, mt.start())
            years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", clause)]
            # (what grows is named right before "tăng": "thu nhập của hộ liên kết tăng 10 %/năm", not "thị trường
            # trong tỉnh ổn định …, hợp tác xã đặt mục tiêu tăng …")
            if any(y < m.plan_year for y in years) or _RATE_OF_PRICE.search(snt.text[max(0, mt.start() - 35):mt.start()]):
                continue
            rate = float(mt.group(2).replace(",", ".")) / 100
            if not 0 < rate <= 0.3:
                continue
            want = "doanh thu" if re.search(r"(?i)doanh\s+thu", clause) else "sản lượng"
            for what, ser, ev, sec, unit in series:
                ys = sorted(y for y in ser if ser[y] > 0)
                if what != want or len(ys) < 2:
                    continue
                first, last = ser[ys[0]], ser[ys[-1]]
                cagr = (last / first) ** (1 / (ys[-1] - ys[0])) - 1
                if cagr >= 2 * rate and cagr - rate >= 0.1:
                    growth = [ser[b] / ser[a] - 1 for a, b in zip(ys, ys[1:])]
                    return [Hit(section=sec or "production_plan", evidence=quote(f"{ev} || {snt.text}", 450),
                                params={"what": what, "from_year": ylabel(ys[0]), "to_year": ylabel(ys[-1]),
                                        "first": fmt_qty(first, unit), "last": fmt_qty(last, unit),
                                        "factor": round(last / first, 1), "max_growth_pct": round(max(growth) * 100),
                                        "explained": False, "stated_pct": fmt_num(rate * 100, 1),
                                        "actual_pct": round(cagr * 100)})]
    return []


def _scan_misreads_dropped(m: PlanModel, vals: dict[int, Val]) -> dict[int, float]:
    """A year's figure by year, without a scanned cell the engine was unsure of that is a hundred times or more
    off every other year's ("1,256" read for "1.258" beside "1.444": a separator misread, not a year of a
    thousandth of the revenue)."""
    out = {y: x.value for y, x in vals.items()}
    if not m.ocr or len(out) < 2:
        return out
    # (ten times off is enough for a cell read at barely even odds: "15" at 38 % beside "703,0" and "774,5", ga04)
    return {y: v for y, v in out.items() if vals[y].sure or v <= 0 or not all(
        o > 0 and max(v / o, o / v) >= (10 if vals[y].conf is not None and vals[y].conf < _BARELY_READ else 100)
        for z, o in out.items() if z != y)}


def _outgrows_driver(m: PlanModel, spec: Spec) -> list[Hit]:
    """Output up by `growth` or more in a plan year while what it is made from barely grows: a row of
    the same table counting colonies, animals or cages ("Số đàn ong | đàn | 300 | 350 | 400" under
    "Sản lượng mật | kg | 4.500 | 5.250 | 9.600": 15 kg a colony, then 24). Added equipment or a
    market does not make a colony give more honey, so a stated expansion does not explain it."""
    if spec.per_driver is None or not spec.drivers:
        return []
    hits = []
    outputs = _total_output_rows(m)
    for tm in m.tables:
        outs = [r for r in tm.rows if any(r is o for o in outputs)]
        for d in tm.rows:
            if d.subset or d.noisy or any(d is o for o in outs):
                continue
            dy = {y: x for y, x in d.qty_years().items() if y is not None and m.is_plan_year(y)
                  and x.unit in spec.drivers and x.value > 0}
            if len(dy) < 2:
                continue
            for r in outs:
                oy = {y: x for y, x in r.qty_years().items() if y in dy and x.unit != dy[y].unit and x.value > 0}
                ys = sorted(oy)
                for a, b in zip(ys, ys[1:]):
                    if b != a + 1 or oy[b].unit != oy[a].unit:
                        continue
                    up = oy[b].value / oy[a].value - 1
                    rate_a, rate_b = oy[a].value / dy[a].value, oy[b].value / dy[b].value
                    if up >= spec.growth and rate_b / rate_a - 1 > spec.per_driver:
                        unit = oy[a].unit
                        per = f"{'lít' if unit == 'l' else unit}/{dy[a].unit}"
                        hits.append(Hit(section=r.section or "production_plan",
                                        evidence=quote(f"{r.evidence}; {d.evidence}", 300),
                                        params={"what": "sản lượng", "from_year": ylabel(a), "to_year": ylabel(b),
                                                "first": fmt_qty(oy[a].value, unit), "last": fmt_qty(oy[b].value, unit),
                                                "factor": round(oy[b].value / oy[a].value, 1),
                                                "max_growth_pct": round(up * 100), "explained": True,
                                                "driver": d.label, "driver_first": fmt_qty(dy[a].value, dy[a].unit),
                                                "driver_last": fmt_qty(dy[b].value, dy[b].unit),
                                                "rate_first": fmt_qty(rate_a, per), "rate_last": fmt_qty(rate_b, per)}))
                        break
    return hits


def _text_series(m: PlanModel) -> list[tuple[str, dict[int, float], str, str | None, str]]:
    """Output and revenue by year stated in running text ("sản lượng năm 2027 là 10 tấn, năm 2028 là
    18 tấn"), when the plan has no such table row: one value a year, in one unit, for one product."""
    out = []
    by: dict[tuple, dict[int, set[float]]] = defaultdict(lambda: defaultdict(set))
    ev: dict[tuple, list[str]] = defaultdict(list)
    sec: dict[tuple, str | None] = {}
    for st in _output_stmts(m):
        # plan years only: "Năm 2024 tổ hợp tác làm được khoảng 7.800 sản phẩm" is the past the plan
        # grows from, which the capacity rule's jump check weighs
        if _from_table(st) or st.key[0] < 1000 or not m.is_plan_year(st.key[0]):
            continue
        k = (st.key[1], st.product, st.kind)
        by[k][st.key[0]].add(st.value)
        ev[k].append(st.evidence)
        sec.setdefault(k, st.section)
    if len(by) == 1:
        (k, years), = by.items()
        if len(years) >= 2 and all(len(vals) == 1 for vals in years.values()):
            out.append(("số lượt khách" if k[0] == "lượt khách" else "sản lượng",
                        {y: next(iter(vals)) for y, vals in years.items()},
                        "; ".join(dict.fromkeys(ev[k])), sec[k], k[0]))
    rev = {y: vals for y, vals in text_yearly(m, "revenue").items() if m.is_plan_year(y)}
    if len(rev) >= 2 and all(len({x for x, _, _ in vals}) == 1 for vals in rev.values()):
        out.append(("doanh thu", {y: vals[0][0] for y, vals in rev.items()},
                    "; ".join(dict.fromkeys(vals[0][1] for vals in rev.values())),
                    next(iter(rev.values()))[0][2], "VND"))
    return out


# =============================================================================== relation: consistency

@dataclass
class Stmt:
    what: str
    value: float
    key: tuple
    product: frozenset
    evidence: str
    section: str | None
    block: int
    loose: bool = False  # a hedged or rounded statement ("khoảng 1,2 tỷ")
    tense: str = ""  # workers without a year: "now" (hiện có...), "plan" (tạo việc làm...) or "undated"
    kind: str = ""  # prices: the kind of price ("lẻ", "buôn", "đại lý"...); empty = the plain selling price;
    # a building's area: the building as written ("sân phơi"), for the finding's wording
    year: int | None = None  # prices in running text: the year written with the price
    named: bool = False  # prices in running text: the price's own clause calls it one ("giá bán 35.000 đồng/kg")
    by_year: bool = False  # a price row's value by year, set beside the prices in running text
    export_said: bool = False  # output: what a sentence says is exported, held against the export rows only


# the members counted with others ("40 hộ thành viên và hộ liên kết với khoảng 1.500 cây"): no membership figure
_AND_LINKED = re.compile(r"(?i)^\s*(?:thành\s+viên\s*)?(?:và|cùng|,)\s+(?:các\s+)?(?:hộ\s+|cơ\s+sở\s+)?(?:liên\s+kết|ngoài|khác)\b")
_BOARD_BEFORE = re.compile(r"(?i)\b(ban|hội đồng|nhóm|đội|tổ sản xuất|kết nạp|mới|thêm|tăng|nâng|lên|từ|đến|tới|"
                           r"khoảng|trên|hơn|gần|dưới)\b[^\d;]{0,25}$")
# the organisation's own membership: "HTX có 27 thành viên", "Tổ hợp tác gồm 9 thành viên", "Số thành viên: 27"
_MEMBERS_OF = re.compile(r"(?i)(?:\b(?:hợp tác xã|htx|tổ hợp tác|thtx)\b[^.;:]{0,45}\b(?:có|gồm|với)"
                         r"|\b(?:tổng\s+)?số\s+thành\s+viên\b[^.;\d]{0,25}?(?:là|:|có)?)\s*$")
_GROUP_HAS = re.compile(r"(?i)^\W*tổ\s+(?:hiện\s+)?(?:có|gồm)\s*$")
# ("9 thành viên là các hộ gia đình có nghề …" says who all of them are, "là nữ" which of them)
_SUBSET_AFTER = re.compile(r"(?i)^\s*(góp vốn|nữ|nam|tham gia|trực tiếp|liên kết|là(?!\s+(?:các\s+|những\s+)?hộ\b)|của|mới|thuộc|trong|được|đã|sẽ|"
                           r"có\s+(?!tổng|trình độ))\b")  # "5 thành viên có tàu": those who have one
# "Hợp tác xã ký hợp đồng với 5 thành viên …": members the cooperative contracts, not its membership
_CONTRACTS_WITH = re.compile(r"(?i)\b(?:ký|hợp đồng|liên kết|thuê|mua)\b")


_MEMBER_HOUSEHOLDS = re.compile(r"(?i)^\s*thành\s+viên\b")


def _member_stmts(m: PlanModel) -> list[Stmt]:
    """The members of a cooperative or group, stated plainly ("HTX có 32 thành viên"): not a
    board ("Ban quản trị gồm 3 thành viên"), a part ("12 thành viên góp vốn"), a change ("kết nạp
    thêm 5 thành viên") or a hedged figure."""
    v = m.vocab
    out = []
    group = m.view.plan.producer.legal_form == "to_hop_tac"  # "Tổ có 28 thành viên": the group itself
    for s in m.sents:
        text = s.text
        # ("Tổ hợp tác gồm 21 hộ thành viên": households that are the members)
        mem = [a for a in s.amounts if a.kind == "count" and not a.per and a.value_max is None and not a.qualifier
               and (a.unit == "thành viên" or a.unit == "hộ" and _MEMBER_HOUSEHOLDS.match(text[a.end:a.end + 20]))]
        if len(mem) > 1:
            # "Tổ hợp tác hiện có 14 thành viên, bầu tổ trưởng, tổ phó và 1 thành viên làm kế toán": the
            # one count the group's own membership leads to
            mem = [a for a in mem if _MEMBERS_OF.search(text[max(0, a.start - 80):a.start])]
        if len(mem) != 1:
            continue
        a = mem[0]
        before, after = text[max(0, a.start - 40):a.start], text[a.end:a.end + 25]
        own = _MEMBERS_OF.search(text[max(0, a.start - 80):a.start])
        if own and _CONTRACTS_WITH.search(own.group(0)):
            own = None
        own = own or (group and _GROUP_HAS.match(text[:a.start]))
        # ("15 thành viên là 15 hộ trồng cam": the same members said again as households, no part of them)
        same_again = re.match(r"^\s*là\s+(\d+)\s+(?:hộ|người)\b", after)
        if same_again and float(same_again.group(1)) == a.value:
            after = ""
        if not own or _BOARD_BEFORE.search(before) or _SUBSET_AFTER.match(after) \
                or re.match(r"^\s*\(", after) or _AND_LINKED.match(text[a.end:a.end + 60]):
            continue
        # (the year of the clause it is in: "thành lập … ngày 03/3/2023; hiện nay tổ hợp tác có 9 thành
        # viên" is today's membership)
        prev = max([x.end for x in s.amounts if x.end <= a.start] + [_clause_start(text, a.start)], default=0)
        y = year_of(text, a, prev)
        key = ("year", y) if y is not None else ("undated",)
        if v.text["plan_cue"].in_text(text):
            tense = "plan"
        elif v.text["current"].in_text(text) or y is None:
            tense = "now"
        else:
            tense = "dated"
        st = Stmt("members", a.value, key, frozenset(), text, s.section, s.block)
        st.tense = tense
        out.append(st)
    return out


_DATED_NOW = re.compile(r"(?i)\s*(?:tính\s+)?(?:đến|tới)?\s*(?:cuối|hết)?\s*năm\s+((?:19|20)\d\d)\s*,?\s*"
                        r"(?:[^\W\d_]+\s+){0,4}(?:có|nuôi|trồng|quản lý|duy trì)\s+$")


def _dated_now(m: PlanModel, text: str, pos: int) -> bool:
    """A sentence that opens on the year before the plan ("Đến cuối năm 2025, hộ có 300 đàn ong"):
    the stock it states is the present one."""
    mt = _DATED_NOW.match(text[:pos])
    if not mt or m.plan_year is None:
        return False
    y = int(mt.group(1))
    return y == m.plan_year - 1 or (m.view.dated is not None and y == m.view.dated.year)


# the stock itself the subject, counted by what it has ("Đàn ong của 9 tổ viên gồm 420 đàn", "Vườn cam của hợp tác
# xã có 1.200 cây"): the stock today, unless a year, a plan or a purchase is said ("Đàn ong mua mới năm 2027 gồm …")
_STOCK_SUBJECT = re.compile(r"(?i)^\W*(?:tổng\s+)?(?:số\s+)?(?:đàn|vườn|đồi|trại)\s+[^;:.]{0,40}?\b(?:gồm|có|là)\s+$")
_STOCK_SUBJECT_NOT = re.compile(r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:mới|thêm|mua|nhập|dự kiến|sẽ|mở rộng|trồng lại)\b")


def _stock_subject(clause: str) -> bool:
    return bool(_STOCK_SUBJECT.match(clause)) and not _STOCK_SUBJECT_NOT.search(clause)


_APPROXIMATE = frozenset({"khoảng", "khoảng chừng", "chừng", "xấp xỉ", "ước", "ước tính", "ước khoảng", "khoang"})


def _approximate(a) -> bool:
    """A hedge that puts the figure on either side ("khoảng 300"), not a bound ("hơn 300", "dưới 300")."""
    return (a.qualifier or "").lower() in _APPROXIMATE


def _stock_stmts(m: PlanModel) -> list[Stmt]:
    """The herd, flock, hives or trees the producer keeps now, stated plainly in running text
    ("Hộ hiện đang nuôi 250 đàn ong", "Tổng đàn ong hiện có 320 đàn"): one count of a stock unit
    in the sentence (several are parts: "1.200 con gà và 300 con vịt"), a present-tense cue before
    it in its clause, no change or plan ("tăng lên 400 đàn", "mua thêm 80 đàn"). The word after the
    unit names the animal or tree ("con gà", "cây cam"), so two kinds are not compared."""
    v = m.vocab
    units = {p.text for p in v.text["stock_units"].phrases}
    out = []
    for s in m.sents:
        text = s.text
        counts = [a for a in s.amounts if a.kind == "count" and a.unit in units and not a.per]
        for unit in {a.unit for a in counts}:
            same = [a for a in counts if a.unit == unit]
            # (an approximate count is a statement too, held loosely: "các tổ viên hiện nuôi khoảng 300 đàn ong"
            # against 420 hives in the raw-material part, ha06; "hơn 300 đàn" bounds the count, says no figure)
            plain = [a for a in same if a.value_max is None and (not a.qualifier or _approximate(a))]
            if len(plain) >= 2 and (first := _first_year_level(m, text, plain)) is not None:
                # "Đàn ong của hộ: 160 đàn năm 2027, 175 đàn năm 2028, 190 đàn năm 2029": the stock the plan starts
                # its first year with, held only against a larger one said to be there now (hn08)
                st = Stmt("stock", first.value, (unit,), frozenset(), text, s.section, s.block)
                st.tense = "first_year"
                st.year = int(re.search(r"(?:19|20)\d\d", _YEAR_RIGHT_AFTER.match(text, first.end).group(0)).group(0))
                out.append(st)
                continue
            if len(plain) != 1 or v.text["plan_cue"].in_text(text):
                continue
            a = plain[0]
            if len(same) > 1 and same[0] is not a:
                continue  # "mỗi trại 70 – 90 đàn" after the total is fine; a range first is not
            start = _clause_start(text, a.start)
            now = any(start <= b and e <= a.start for b, e in v.text["stock_now"].char_spans(text)) \
                or _dated_now(m, text, a.start) or _stock_subject(text[start:a.start])
            if not now and not _OWNED_AFTER.match(text, a.end):
                continue
            if (ch := _CHANGE_BEFORE.search(text[max(start, a.start - 25):a.start])) and not (
                    ch.group(1).lower() == "từ" and not re.search(r"(?i)\b(?:lên|đến|tới|xuống)\b", _clause_of(text, a.start))):
                continue  # (not "từ" naming where it comes from: "mật thô từ 1.200 đàn ong … của công ty")
            if _SPARE_AFTER.match(text, a.end):
                continue  # "300 thùng ong gỗ (60 thùng trống dự phòng)": boxes, some without a colony
            toks = tokens(text[a.start:a.end + 25])
            unit_at = next((i for i, t in enumerate(toks) if t.flat == fold(unit.split()[-1])), None)
            nxt = toks[unit_at + 1] if unit_at is not None and unit_at + 1 < len(toks) else None
            kind = frozenset({nxt.tone}) if nxt and nxt.joined and nxt.flat[:1].isalpha() else frozenset()
            st = Stmt("stock", a.value, (unit,), kind, text, s.section, s.block, loose=bool(a.qualifier))
            st.tense = "now" if now else "owned"
            out.append(st)
    return out


# the stock named right before its yearly counts: "Đàn ong của hộ: 160 đàn năm 2027", "quy mô đàn dê: 420 con năm 2027"
_STOCK_LEAD = re.compile(r"(?i)\b(?:tổng\s+|quy\s+mô\s+|số\s+)?đàn\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}?"
                         r"(?:\s+của\s+(?:hộ|htx|hợp\s+tác\s+xã|công\s+ty|tổ|gia\s+đình|trang\s+trại|cơ\s+sở))?\s*(?::|là|gồm|có)\s*$")


def _first_year_level(m: PlanModel, text: str, counts: list[Amount]) -> Amount | None:
    """Of a stock listed as a level a year, each count with its plan year right after it and no change said before
    the first ("… của hộ: 160 đàn năm 2027, 175 đàn năm 2028"), the count of the plan's first year."""
    years = []
    for a in counts:
        y = _YEAR_RIGHT_AFTER.match(text, a.end)
        if y is None:
            return None
        years.append(int(re.search(r"(?:19|20)\d\d", y.group(0)).group(0)))
    if len(set(years)) != len(years) or not all(m.is_plan_year(y) for y in years) or \
            _CHANGE_BEFORE.search(text[max(0, counts[0].start - 25):counts[0].start]) or \
            m.plan_year is None or min(years) > m.plan_year + 1 or \
            not _STOCK_LEAD.search(text[max(0, counts[0].start - 60):counts[0].start]):
        return None  # (a herd's counts, not what is sold or slaughtered of it: "Bán 240 con năm 2027, …", cw08)
    return counts[years.index(min(years))]


# the producer's own stock named after its count, with no plan or year ("mật thô từ 1.200 đàn ong ngoại
# của công ty"): the stock it keeps
_OWNED_AFTER = re.compile(r"(?i)\s*(?:[^\W\d]+\s+){0,4}?của\s+(?:công ty|hợp tác xã|htx|tổ hợp tác|hộ|gia đình|"
                          r"trang trại|cơ sở)\b")
_SPARE_AFTER = re.compile(r"(?i)[^;.()]{0,25}\([^()]*\b(?:trống|dự phòng|chưa có ong|chưa nuôi)\b")
_TOTAL_BEFORE = re.compile(r"(?i)\b(tổng cộng|tổng số|tổng|cộng)\b[^\d;]{0,25}$")
_PARTS_AFTER = re.compile(r"(?i)^[^;]{0,40}?(\(|:|trong đó|bao gồm|gồm|chia thành|chia làm)")
# (and what is added: "Phương án bổ sung 2 lao động năm 2027", "tuyển 3 công nhân", hb01)
_CHANGE_BEFORE = re.compile(r"(?i)\b(tăng|nâng|lên|thêm|giảm|từ|đến|tới|bổ\s+sung|tuyển(?:\s+dụng)?)\s*(?:\S+\s*){0,2}$")


_TO_HOP_TAC = re.compile(r"(?i)\btổ\s+hợp\s+tác\b|\btổ\s+hợp\b|\btht\b")  # the producer, not a team
_REGULAR_AFTER = re.compile(r"(?i)^\s*(?:lao động\s+|người\s+)?(?:thường xuyên|cố định|ổn định)\b")
# craftsmen counted as the regular workforce: "12 thợ làm thường xuyên", "18 thợ thường xuyên"
_REGULAR_CRAFTSMEN_AFTER = re.compile(r"(?i)\s*(?:làm\s+(?:việc\s+)?)?(?:thường xuyên|cố định)\b")
_LOCAL_AFTER = re.compile(r"(?i)^\s*(?:tại\s+|ở\s+)?(?:địa phương|trong xã|trong thôn)\b")
_HIRED = re.compile(r"(?i)\bthuê\s+(?:ngoài|thêm)?")
_THROUGH_PLAN = re.compile(r"(?i)[^.;:()\d]{0,40}?\b(?:trong\s+)?(?:cả|suốt|toàn)\s+(?:thời\s+kỳ|giai\s+đoạn)\b")
_REGULAR_BEFORE = re.compile(r"(?i)\b(?:việc làm|công việc)\s+(?:thường xuyên|cố định|ổn định)\s+cho\s+(?:khoảng\s+)?$")


_YEAR_BEFORE_COUNT = re.compile(r"(?i)\bnăm\s+(?:19|20)\d\d\b[^\d]{0,25}$")
# the last year of a text, with a change after it ("từ năm 2027 thêm 1 lao động …, tổng ")
_CHANGE_YEAR = re.compile(r"(?i)\bnăm\s+((?:19|20)\d\d)\b(?!.*\bnăm\s+(?:19|20)\d\d\b)"
                          r"[^\d]{0,20}\b(?:thêm|tăng|bổ sung|tuyển)\b.*$")


def _producer_tho(m: PlanModel, text: str) -> str:
    """In a tổ hợp tác's plan, "của tổ" is the producer ("Số lao động thường xuyên của tổ là 20
    người"), not a team of it: the word is taken out before looking for a team. So is "nhóm" in the plan
    of a group named so ("Nhóm thợ mộc … Trung Yên": "Nhóm gồm 12 thợ làm thường xuyên")."""
    groups = {"tổ"} if m.view.legal_form == "to_hop_tac" else set()
    head = (m.view.plan.producer.name or "").split()[:1]
    if head and head[0].lower() in ("tổ", "nhóm"):
        groups.add(head[0].lower())
    for g in groups:
        text = re.sub(rf"(?i)\b(?:của|toàn)\s+{g}\b", " ", text)
        # "Tổ có 5 lao động", "Tổ sử dụng 8 lao động", "Nhóm gồm 12 thợ": the group itself as the subject of a verb
        # (not "mỗi tổ có 3 người", one of several teams, nor "tổ sản xuất có 5 lao động", a team named)
        # (its verb goes with it: "gồm" after the group itself lists its people, not a team's)
        text = re.sub(_GROUP_AS_SUBJECT.format(g=g), lambda mm: mm.group(0) if mm.group(1) else " ", text)
    return text


_GROUP_AS_SUBJECT = (r"(?i)(\b(?:mỗi|các|từng|một|hai|ba|\d+)\s+)?\b{g}\b(?:\s+(?:hiện\s+(?:nay\s+)?)?"
                     r"(?:có|gồm|sử\s+dụng|đang\s+có|thuê|duy\s+trì)\b)")


def _dated_after_undated(text: str, counts: list[Amount]) -> bool:
    """The first count has no year and every later one follows its own "năm YYYY"."""
    first = counts[0]
    if _YEAR_BEFORE_COUNT.search(text[max(0, first.start - 40):first.start]):
        return False
    return all(_YEAR_BEFORE_COUNT.search(text[max(0, a.start - 40):a.start]) for a in counts[1:])


_IS_BEFORE = re.compile(r"(?i)\blà\s*$")
# a count of staff in a named role ("1 kế toán", "2 nhân viên bán hàng")
_ROLES = (r"(?:kế\s+toán|thủ\s+quỹ|trưởng\s+xưởng|quản\s+đốc|nhân\s+viên|tổ\s+trưởng|kỹ\s+thuật(?:\s+viên)?|"
          r"cán\s+bộ|lái\s+xe|bảo\s+vệ|(?:phó\s+)?giám\s+đốc|thợ\s+chính)")
_ROLE_COUNT = re.compile(r"(?i)\b\d{1,3}\s+" + _ROLES + r"\b")
# a post named without a count at the head of a staff list ("Giám đốc, 1 kế toán, 6 công nhân …"): one person
_ROLE_LISTED = re.compile(r"(?i)(?:^|[,;:]\s*)" + _ROLES + r"\s*[,;]")
_BRACKET_FIRST = re.compile(r"^\s*\([^()]*\)\s*,?")
# a worker count times working days ("3 công nhân và 220 ngày làm việc", "4 lao động × 250 ngày")
_TIMES_DAYS_AFTER = re.compile(r"(?i)^\s*(?:và|x|×|\*|nhân)\s*\d[\d.,]*\s*ngày\b")


def _table_workforce(m: PlanModel) -> set[float]:
    """The workforce of each plan year in a table by year ("Lao động (người) | 7 | 7 | 8")."""
    cue = m.vocab.text["workers"]
    return {x.value for tm in m.tables for r in tm.rows if cue.in_text(r.label or "")
            for x in r.vals if x.kind == "count" and x.year is not None and x.year >= 1000 and m.is_plan_year(x.year)}


def _worker_stmts(m: PlanModel) -> list[Stmt]:
    """One worker count per sentence: the total ("tổng cộng 14 lao động"), or the first count when
    the ones after it are its parts ("6 người (4 nữ): 4 người ở tổ sản xuất...")."""
    v = m.vocab
    out = []
    for s in m.sents:
        if s.section == "market":
            continue  # "Khu kinh tế Vũng Áng có hơn 20.000 công nhân …": the customers, not the workforce
        text = s.text
        cues = v.text["workers"].char_spans(text)
        # (craftsmen named the regular workforce: "Nhóm gồm 12 thợ làm thường xuyên", "tạo việc làm thường xuyên cho 18
        # thợ"; not the hands of one task or of a capacity, "với 12 thợ", "30 thợ × 2 chiếc/ngày", "hơn 200 thợ" of a village)
        craftsmen = [a for a in s.amounts if a.kind == "count" and a.unit == "thợ" and not a.per and (
            _REGULAR_CRAFTSMEN_AFTER.match(text, a.end) or _REGULAR_BEFORE.search(text[max(0, a.start - 40):a.start]))]
        if not cues and not craftsmen:
            continue
        counts = []
        for a in s.amounts:
            if a.kind != "count" or a.unit not in ("lao động", "người", "công nhân") and a not in craftsmen or a.per:
                continue
            # ("người" counts workers within 40 characters of a workforce cue; or further, when the
            # sentence comes to it with "là": "Tổng số lao động của công ty khi thực hiện phương án (năm
            # 2027) là 14 người")
            if a.unit == "người" and not any(e <= a.start and (a.start - e <= 40 or a.start - e <= 80 and
                                                                _IS_BEFORE.search(text, 0, a.start))
                                              for _, e in cues):
                continue
            counts.append(a)
        if not counts:
            continue
        if len(counts) >= 2 and (dated := _yearly_counts(m, s, counts)):
            # "Số lao động thường xuyên: 8 người năm 2026, 9 người năm 2027, 10 người năm 2028": one
            # workforce a year
            out.extend(dated)
            continue
        totals = [a for a in counts if _TOTAL_BEFORE.search(text[max(0, a.start - 30):a.start])]
        if totals:
            a = totals[0]
        elif len(counts) == 1 or _PARTS_AFTER.match(text[counts[0].end:counts[0].end + 25]) or \
                len({c.value for c in counts}) == 1:
            # ("Hiện công ty có 12 lao động thường xuyên và giữ ổn định 12 lao động trong cả giai đoạn":
            # one workforce said twice)
            a = counts[0]
        elif len(regs := [c for c in counts if _REGULAR_AFTER.match(text[c.end:c.end + 30]) or
                          _REGULAR_BEFORE.search(text[max(0, c.start - 40):c.start])]) == 1 and \
                not _TOTAL_BEFORE.search(text):
            # "18 lao động thường xuyên và khoảng 10 lao động thời vụ", "việc làm thường xuyên cho 20 lao
            # động … và việc làm thời vụ cho khoảng 30 lao động": the regular workforce
            a = regs[0]
        elif _dated_after_undated(text, counts):
            # "Hiện nay có 10 lao động thường xuyên, năm 2027 tăng lên 11 người và năm 2028 là 12
            # người": the workforce now, then the planned years
            a = counts[0]
        else:
            continue
        before = text[max(0, a.start - 30):a.start]
        after = text[a.end:a.end + 30]
        # "tạo việc làm thường xuyên cho 8 lao động địa phương": the regular jobs, all of them
        # ("Số lao động thường xuyên của tổ là 20 người": the regular workforce named before the count)
        regular = bool(_REGULAR_AFTER.match(after) or _REGULAR_BEFORE.search(before) or
                       re.search(r"(?i)\blao động\s+(?:thường xuyên|cố định)\b[^\d;,]{0,25}$",
                                 text[max(0, a.start - 45):a.start]))
        # "10 lao động thường xuyên thuê ngoài", "lao động thường xuyên thuê ngoài hiện nay là 6 người":
        # the regular hired workers, a part of the workforce compared only with that same part
        cue_end = max((e for _s, e in cues if e <= a.start and a.start - e <= 40), default=None)
        hired = regular and bool(_HIRED.search(after[:35]) if _REGULAR_AFTER.match(after) else
                                 cue_end is not None and _HIRED.search(text[cue_end:a.start]))
        # (a part in brackets after the count names some of them: "36 người (24 nữ)" is 36 workers)
        after_part = _BRACKET_FIRST.sub("", after, count=1) if totals else after
        # ("6 người là phụ nữ": which of them, after "là")
        part_words = [w for i, w in enumerate(after_part.split()) if i or w.lower() != "là"][:2]
        if a.value_max is not None or (v.text["worker_part"].in_text(" ".join(part_words)) and not
                                       (regular and _LOCAL_AFTER.match(after))) or \
                (not totals and v.text["worker_group"].in_text(_producer_tho(m, _TO_HOP_TAC.sub(" ", before[-18:])))) or \
                (v.text["seasonal"].in_text(after[:25]) or v.text["seasonal"].in_text(before[-20:])) and not hired:
            continue
        # a change ("tăng từ 6 lên 10", "nâng lên 7 người", "tuyển thêm 1") is not a plain statement
        if _CHANGE_BEFORE.search(before) or re.match(r"(?i)^\s*(lên|đến|tới)\b", after) or \
                re.search(r"(?i)\b(từ năm|kể từ)\b", after[:15]):
            continue
        # "4 lao động nấu kẹo", "2 người đóng gói": the workers of one task, not the workforce
        # ("Với 3 công nhân và 220 ngày làm việc, năng lực là 4.620 kg/năm": the hands a capacity is worked out
        # from, times their days, the production workers only)
        if not totals and (not _whole_after(after, v) and not regular or _TIMES_DAYS_AFTER.match(after)):
            continue
        # "1 kế toán; 1 trưởng xưởng; 5 công nhân (rửa, hấp, …); 1 nhân viên kinh doanh": one line of a
        # staff list, the workforce being all of them
        # (not the count the list follows: "16 lao động thường xuyên: 2 quản lý, 1 kế toán, …")
        if not totals and len(_ROLE_COUNT.findall(text)) + len(_ROLE_LISTED.findall(text)) >= 2 and \
                (_ROLE_COUNT.search(text, 0, a.start) or _ROLE_LISTED.search(text, 0, a.start)):
            continue
        # "1 tổ nấu (thợ nấu chính và 4 lao động)": a team's members, in brackets after the team
        opened = text.rfind("(", 0, a.start)
        if opened > text.rfind(")", 0, a.start) and \
                v.text["worker_group"].in_text(text[max(0, opened - 20):opened]):
            continue
        # "Lao động nữ: 9 người", "lao động trực tiếp 10 người": a part named before the count
        cue_end = max((e for _s, e in cues if e <= a.start and a.start - e <= 30), default=None)
        if cue_end is not None and v.text["worker_part"].in_text(text[cue_end:a.start]) and not hired:
            continue
        # "số lao động nấu, chưng cất giữ nguyên 4 người": a task's hands, named between the word and the count (he05)
        if cue_end is not None and (between := text[cue_end:a.start].lstrip()) and \
                v.text["worker_task"].starts(tokens(between[:40]), _is_flat(between[:40])):
            continue
        prev = max([x.end for x in s.amounts if x.end <= a.start], default=0)
        y = year_of(text, a, prev)
        if y is not None and (sp := _YEAR_SPAN_AFTER.match(text, a.end)) and int(sp.group(1)) == y and \
                m.is_plan_year(y) and m.is_plan_year(int(sp.group(2))) and int(sp.group(2)) > y:
            # "… cho 16 lao động trong các năm 2027–2029": the plan's whole period, no one year of it
            y = None
        if y is None and totals:
            # "Năm 2026 hộ có 5 lao động, từ năm 2027 thêm 1 lao động lái xe, tổng 6 người": the total
            # after a change is the workforce of the year the change is written with
            yc = _CHANGE_YEAR.search(text[:a.start])
            if yc and not re.search(r"[.;]", text[yc.end():a.start]):
                y = int(yc.group(1))
        if v.text["jobs"].in_text(text) and not (y is None and regular):
            key, tense = ("jobs",), "plan"  # jobs created (seasonal, households...) are not the workforce
        elif v.text["jobs"].in_text(text):
            # "tạo việc làm cho 16 lao động thường xuyên": the regular jobs the plan creates are its
            # workforce
            key, tense = ("undated",), "plan"
        elif y is not None:
            key = ("past", y) if m.is_reported_year(y) else ("year", y)
            tense = "dated"
        else:
            key = ("undated",)
            if v.text["current"].in_text(text) or s.section == "current_state":
                tense = "now"  # the workforce before the plan
            elif s.section in _PAST_SECTIONS:
                tense = "producer"  # the producer's profile: its workforce, current or planned
            elif v.text["plan_cue"].in_text(text) or s.section == "objectives":
                tense = "plan"  # (the objectives are targets: "…; 10 lao động có thu nhập 7 triệu đồng/tháng")
            else:
                # "Tổng số lao động thường xuyên của công ty là 25 người": the producer's workforce
                # said as a fact, in the present: today's, and the plan's unless it says otherwise,
                # to be compared with either (as a workforce kept stable)
                tense = "stable" if _PRODUCERS_IS.search(text[:a.start]) else "undated"
        if key == ("undated",) and _STABLE.search(text):
            # "Hiện công ty có 12 lao động … và giữ ổn định 12 lao động trong cả giai đoạn": the workforce
            # now and through the plan, to be compared with either
            tense = "stable"
        # "Công ty có 10 lao động thường xuyên, sẽ tăng lên 11 người năm 2029": the count before a change
        # the same sentence goes on to is the workforce now, and the changed one is that year's
        # (not "thuê thêm 4 - 6 lao động thời vụ": a change with no plan year is no later workforce)
        changed, prev_end = [], a.end
        for c in counts:
            if c.start > a.start and _CHANGE_BEFORE.search(text[max(0, c.start - 30):c.start]):
                yc = year_of(text, c, prev_end)
                if yc is not None and yc >= 1000 and m.is_plan_year(yc) and c.value_max is None:
                    changed.append((c, yc))
            if c.start > a.start:
                prev_end = c.end
        if changed and key == ("undated",) and tense in ("plan", "undated"):
            tense = "now"
            for c, yc in changed:
                later = Stmt("workers", c.value, ("year", yc), frozenset(), text, s.section, s.block,
                             bool(c.qualifier))
                later.tense, later.kind = "dated", ""
                out.append(later)
        st = Stmt("workers", a.value, key, frozenset(), text, s.section, s.block, bool(a.qualifier))
        st.tense = tense
        # "việc làm thường xuyên cho 8 lao động" is compared only with a workforce also called
        # regular ("5 lao động thường xuyên"): "HTX có 14 lao động" may count others
        # ("chủ hộ và 2 lao động thường xuyên", "chủ hộ phụ trách …; 2 lao động …": the workers beside
        # the owner, a part, like the hired ones)
        beside_owner = bool(_OWNER_BEFORE.search(text[:a.start]))
        # ("Tổ hợp tác bố trí 7 lao động làm việc tại xưởng trong cả giai đoạn": a workforce kept through the
        # plan is its regular one)
        st.kind = "regular_jobs" if _REGULAR_BEFORE.search(before) else "hired" if hired or beside_owner else \
            "regular" if _REGULAR_AFTER.match(after) or _THROUGH_PLAN.match(text, a.end) else ""
        out.append(st)
    out.extend(_worker_total_rows(m))
    return out


# a span of the plan's years said after a count: "… cho 16 lao động trong các năm 2027–2029"
_YEAR_SPAN_AFTER = re.compile(r"[^.;\d]{0,30}?\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


# a staff table's total row: "| | Tổng số lao động | 9 |"
_FIELD_YEAR = re.compile(r"(?i)^\s*(?:số\s+)?lao\s+động(?:\s+thường\s+xuyên)?\s+(?:dự\s+kiến\s+)?(?:năm\s+)?(20\d\d)\s*$")
# (and the office shorthand "Tổng LĐ", "Tổng số LĐ")
_WORKERS_TOTAL_LABEL = re.compile(r"(?i)^\s*(?:tổng\s+(?:số\s+)?lao\s+động|tổng\s+số\s+người|tổng\s+lao\s+động|"
                                  r"tổng\s+(?:số\s+)?lđ)\b(?!\s+(?:thời\s+vụ|mùa\s+vụ|thuê))")


# a table's unit that is people ("ĐVT: người", "Đơn vị tính: lao động")
_PEOPLE_UNIT = re.compile(r"(?i)\b(?:người|lao\s+động)\s*\)?\s*$")


# a staff table's first columns: the posts ("Vị trí", "Chức danh", "Bộ phận")
_STAFF_HEADER = re.compile(r"(?i)\b(?:vị trí|chức danh|bộ phận|người lao động)\b")
# a staff list's column of people ("Số người", "Số lao động", "Số lượng (người)")
_HEADCOUNT_COL = re.compile(r"(?i)^\s*(?:số\s+(?:người|lao\s+động)|số\s+lượng\s*\(\s*người\s*\))\s*$")
_REGULAR_WORDS = re.compile(r"(?i)\b(?:thường\s+xuyên|cố\s+định)\b")


def _worker_total_rows(m: PlanModel) -> list[Stmt]:
    """The workforce a staff table totals, one count a year or one for the plan (undated)."""
    out = []
    for r in m.rows():
        if r.section == "market":
            continue
        # a staff table's bare total ("Vị trí | Năm 2027 | …", then "Tổng số | 12 | 13 | 14"): its counts are
        # people though written as bare numbers
        # (or a table by year whose caption names the workforce, rules/labels.yml staff_caption, and whose unit is
        # people: "Bảng 7. Lao động theo năm", "ĐVT: người", then "Năm | Trưởng nhóm | Thợ chằm nón | … | Tổng")
        tm = m.table(r.table)
        staff = r.total and _bare_total(r.label) and bool(
            _STAFF_HEADER.search(" ".join(tm.header)) or
            _PEOPLE_UNIT.search(tm.unit or "") and m.vocab.text["staff_caption"].in_text(_caption_tail(tm.caption)))
        if r.total and not staff and _STAFF_HEADER.search(" ".join(tm.header)):
            # a staff list's total row named for its wage bill, its headcount in the column of people ("Vị trí công
            # việc | Số người | Lương tháng | … | Quỹ lương năm", then "Cộng quỹ lương | 12 | | | 1.062")
            heads = [x for x in r.vals if x.year is None and x.vmax is None and x.kind in ("count", "number")
                     and _HEADCOUNT_COL.match(x.head or "") and x.value == int(x.value) and 1 <= x.value <= 1000]
            if len(heads) == 1:
                st = Stmt("workers", heads[0].value, ("undated",), frozenset(), r.evidence, r.section, tm.block)
                st.tense = "undated"
                if _REGULAR_WORDS.search(f"{tm.caption} {' '.join(tm.header)}"):
                    st.kind = "regular"  # ("Bảng 5. Lao động thường xuyên và tiền lương")
                out.append(st)
                continue
        field_year = _FIELD_YEAR.match(r.label or "")
        if not staff and not _WORKERS_TOTAL_LABEL.match(r.label) and not field_year:
            continue
        kinds, units = (("count", "number"), ("người", "lao động", "")) if staff else \
            (("count",), ("người", "lao động"))
        counts = [x for x in r.vals if x.kind in kinds and x.unit in units and not x.per and x.vmax is None]
        if not staff and not counts:
            # a row labelled with the workforce counts people in its years though its figures are bare
            # ("Bảng 4. Bố trí lao động (người)", then "| | Tổng số lao động | 9 | 9 | 9 |")
            counts = [x for x in r.vals if x.kind == "number" and not x.unit and not x.per and x.vmax is None
                      and x.year is not None and x.value == int(x.value) and 1 <= x.value <= 1000]
        if not counts:
            continue
        if all(x.year is None for x in counts):
            if len(counts) != 1:
                continue
            if field_year and m.is_plan_year(y := int(field_year.group(1))):
                # a form's field of the year's workforce, its answer in the next cell ("Lao động thường xuyên năm 2027 |
                # 16 người", gy10)
                st = Stmt("workers", counts[0].value, ("year", y), frozenset(), r.evidence, r.section, m.table(r.table).block)
                st.tense = "dated"
                out.append(st)
                continue
            if field_year:
                continue
            st = Stmt("workers", counts[0].value, ("undated",), frozenset(), r.evidence, r.section, m.table(r.table).block)
            st.tense = "undated"
            out.append(st)
            continue
        # the seasonal hands the table counts in its total ("Bếp (thời vụ) | 8 | 8 | 9" above "Tổng số lao động | 19 |
        # 19 | 20"): the total is all hands, and the regular workforce is the rest (ho04, ho07)
        seasonal = [q for q in tm.rows[:r.index] if not q.total and q.label and m.vocab.text["seasonal"].in_text(q.label)]
        for x in counts:
            if x.year is not None and m.is_plan_year(x.year):
                st = Stmt("workers", x.value, ("year", x.year), frozenset(), r.evidence, r.section, m.table(r.table).block)
                st.tense = "dated"
                out.append(st)
                part = [v for q in seasonal for v in q.vals if v.year == x.year and v.vmax is None and not v.per]
                if seasonal and len(part) == len(seasonal) and 0 < sum(v.value for v in part) < x.value:
                    st.kind = "all_hands"
                    reg = Stmt("workers", x.value - sum(v.value for v in part), ("year", x.year), frozenset(),
                               r.evidence, r.section, m.table(r.table).block)
                    reg.tense, reg.kind = "dated", "regular"
                    out.append(reg)
    return out


def _levels_by_year(s: Sent, start: int) -> bool:
    """A change said as a level for each year ("Nâng sản lượng hàu sấy từ 900 kg năm 2025 lên 1.500 kg
    năm 2026, 1.800 kg năm 2027"): every quantity after `start` has its own year right after it."""
    qs = [a for a in s.amounts if a.start >= start and is_qty(a.unit, a.kind)]
    return len(qs) >= 2 and all(_YEAR_RIGHT_AFTER.match(s.text[a.end:a.end + 16]) for a in qs)


# a year written right after an amount: "1.500 kg năm 2026", "… vào năm 2026", "18,5 tấn của năm 2026"
_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:(?:vào|của|trong)\s+)?năm\s+(?:19|20)\d\d\b")


# a plan that says its stock shrinks: "loại bỏ 40 đàn yếu", "giảm đàn", "bán bớt 30 con"
_FEWER_STOCK = re.compile(r"(?i)\b(?:giảm|bớt|loại\s+(?:bỏ|thải)|thanh\s+lý|chết|hao\s+hụt\s+đàn)\b[^.;]{0,30}\b(?:đàn|con|cây|thùng|gốc)\b|"
                          r"\b(?:đàn|con|cây)\b[^.;]{0,30}\b(?:giảm|bị\s+chết|loại\s+bỏ)\b")
# a plan that says its workforce shrinks: "giảm còn 9 lao động", "cơ giới hóa, bớt lao động"
_FEWER_WORKERS = re.compile(r"(?i)\b(?:giảm|bớt|tinh giản|cắt giảm|thay thế)\b[^.;]{0,40}\b(?:lao động|người|nhân công)\b|"
                            r"\b(?:lao động|nhân công)\b[^.;]{0,40}\b(?:giảm|bớt|tinh giản)\b")


_WHOLE_WORKFORCE = re.compile(r"(?i)\b(?:tổng\s+(?:số\s+)?lao\s+động|tổng\s+cộng|tổng\s+số\s+người)\b")


_CHANGE_SAID = re.compile(r"(?i)\b(?:bổ\s+sung|tăng|nâng|thêm|mở\s+rộng|phát\s+triển|tuyển|giảm|bớt)\b")


def _said_as_change(m: PlanModel, a: Stmt, b: Stmt) -> bool:
    """One sentence of the plan counts both figures (in the unit of `a`'s key, or as workers) and says the count
    changes: it tells how the one becomes the other."""
    if (said := m._cache.get("counts_changed")) is None:
        # (the counts of each sentence that says a count changes, by unit: computed once per model)
        said = m._cache["counts_changed"] = [[(x.unit, x.value) for x in s.amounts if x.kind == "count"]
                                             for s in m.sents if _CHANGE_SAID.search(s.text)]
    unit = a.key[0] if a.what == "stock" else None
    for counts in said:
        got = {v for u, v in counts if unit is None or u == unit}
        if a.value in got and b.value in got:
            return True
    return False


def _fewer_later(m: PlanModel, a: Stmt, b: Stmt, tol: float) -> bool:
    """The workforce today (the profile's or one said to be there now) larger than the one the plan
    runs with, and the plan says nothing of fewer hands: a plan grows or keeps its workforce; one that
    shrinks it unsaid is one of two accounts copied apart ("Hợp tác xã hiện có 12 lao động thường
    xuyên" against the staff table's "Tổng số lao động | 9")."""
    rank = {"now": 0, "producer": 1}
    if min(a.tense, b.tense, key=lambda t: rank.get(t, 2)) not in rank or a.tense == b.tense:
        return False
    before, after = (a, b) if rank.get(a.tense, 2) < rank.get(b.tense, 2) else (b, a)
    if before.value <= after.value * (1 + tol):
        return False
    # (the plan's whole workforce, not one team's: "xưởng 6 công nhân", "Công nhân xưởng hoàn thiện: 9")
    if after.kind not in ("regular", "regular_jobs") and not _WHOLE_WORKFORCE.search(after.evidence):
        return False
    if before.kind == "" and after.kind == "regular" and {before.tense, after.tense} == {"now", "producer"}:
        return False  # (all the hands there now, "Hiện cơ sở có 10 lao động", and the regular ones among them, 8)
    return not any(_FEWER_WORKERS.search(s.text) for s in m.sents)


def _profile_now(a: Stmt, b: Stmt) -> bool:
    """A regular workforce the producer's profile says it has ("Công ty có 18 lao động thường xuyên")
    and one said to be there now ("Hiện công ty có 12 lao động thường xuyên"): both are today's."""
    if {a.tense, b.tense} != {"producer", "now"}:
        return False
    if a.kind == b.kind == "regular":
        return all(_HAS_NOW.search(x.evidence) for x in (a, b))
    # (or a regular workforce beyond the whole one said to be there now: "Tổ sử dụng 14 lao động thường xuyên" in
    # the profile, "Hiện cơ sở có 10 lao động" in the current state; the regular hands are some of all of them)
    reg, plain = (a, b) if a.kind == "regular" else (b, a)
    return reg.kind == "regular" and plain.kind == "" and reg.value > plain.value * 1.05 and \
        bool(_HAS_NOW.search(reg.evidence))


_PRODUCERS_IS = re.compile(r"(?i)\bcủa\s+(?:công ty|cơ sở|hợp tác xã|htx|tổ hợp tác|tổ|hộ|doanh nghiệp)\s+(?:hiện\s+)?là\s*$")
_HAS_NOW = re.compile(r"(?i)\b(?:có|gồm|sử\s+dụng)\s+(?:tổng\s+(?:số\s+)?|khoảng\s+)?\d+\s+(?:lao\s+động|người)\s+(?:thường\s+xuyên|cố\s+định)")
_STABLE = re.compile(r"(?i)\b(?:giữ\s+(?:ổn\s+định|nguyên)|không\s+(?:đổi|thay\s+đổi|tăng))\b[^.;]{0,40}\b(?:cả\s+giai\s+đoạn|các\s+năm|suốt|trong\s+giai\s+đoạn|"
                     r"(?:trong|qua)\s+(?:cả\s+)?(?:\d|hai|ba|bốn|năm)\s+năm)")  # ("giữ nguyên trong 3 năm")
_OWNER_BEFORE = re.compile(r"(?i)\b(?:chủ hộ|chủ cơ sở)\b")


def _yearly_counts(m: PlanModel, s: Sent, counts: list[Amount]) -> list[Stmt]:
    """Worker counts each written with its own year, one count a year, not a change ("tăng lên"):
    a statement for each year."""
    out, years, prev = [], set(), 0
    lead = s.text[:counts[0].start]
    if m.vocab.text["worker_part"].in_text(lead):
        return []  # "Lao động nữ: 3 người năm 2026, …": a part of the workforce
    # "Lao động thuê 1 người năm 2026, 2 người từ năm 2027": the hired part, compared only with itself
    kind = "hired" if _HIRED.search(lead) else ""
    for a in counts:
        y = year_of(s.text, a, prev)
        prev = a.end
        if y is None or y < 1000 or y in years or a.value_max is not None or \
                _CHANGE_BEFORE.search(s.text[max(0, a.start - 30):a.start]):
            return []
        years.add(y)
        key = ("past", y) if not m.is_plan_year(y) else ("year", y)
        st = Stmt("workers", a.value, key, frozenset(), s.text, s.section, s.block, bool(a.qualifier))
        st.tense = "dated"
        st.kind = kind
        out.append(st)
    return out


def _output_flow(text: str, v: Vocab) -> str:
    """Whether an output figure is what is produced ("sản xuất") or what is sold ("tiêu thụ",
    "bán"): the two may differ by stock and losses. Empty when the plan does not say."""
    sold = v.text["output_sold"].in_text(text)
    made = v.text["output_made"].in_text(text)
    if "output_harvest" in v.text and v.text["output_harvest"].in_text(text) and not sold:
        return "harvest"  # the raw harvest, before the losses of processing and packing
    return "sold" if sold and not made else "made" if made and not sold else ""


def _whole_after(after: str, v: Vocab) -> bool:
    """What follows a worker count leaves it the whole workforce: nothing, punctuation, or words
    such as "thường xuyên", "làm việc", "trong đó" (not a task: "4 lao động nấu kẹo")."""
    rest = after.lstrip()
    if not rest or not rest[0].isalpha():
        return True
    toks = tokens(rest[:40])
    return bool(v.text["worker_whole"].starts(toks, _is_flat(rest[:40])))


def _price_stmts(m: PlanModel) -> list[Stmt]:
    """Own selling prices: in product rows and revenue lines ("Hũ 500 g (42.000 đồng/hũ)"), price
    rows ("Giá bán | đồng/kg | 250.000"), and sentences with "giá bán" that are not about
    competitors, purchases or the present. Keyed by the unit priced and the pack size."""
    v = m.vocab
    out = []
    for tm in m.tables:
        # the lines under a revenue row are sales, unless that row totals the revenue lines above
        # it ("Cộng doanh thu" after "Doanh thu chai 330 ml"): the rows below it are costs
        sale_rows = {id(c) for x in tm.rows if x.kind == "revenue"
                     and not (x.total and x.index > 0 and tm.rows[x.index - 1].kind == "revenue")
                     for c in tm.children(x)}
        # (and the priced lines a revenue total adds up above it: "Chiếu cói in hoa 1,6 × 2 m (380.000 đ/chiếc) |
        # 1.140 | …", then "Tổng doanh thu")
        sale_rows |= {id(c) for x in tm.rows if x.kind == "revenue" and x.total for c in _priced_rows_above(tm, x)}
        for r in tm.rows:
            if r.flags & {"need", "supply"} or v.text["purchase"].in_text(r.label):
                continue
            p = r.label_price()
            kind = _price_kind(r.label, v)
            if p is not None and (id(r) in sale_rows or (r.kind in (None, "quantity") and r.qty_years())):
                out.append(Stmt("price", p.value, (p.per, _size(r.label)), frozenset(product_tokens(r.label, v)),
                                r.evidence, r.section, tm.block, kind=kind))
            if r.kind == "price":
                for x in r.vals:
                    if x.kind == "money" and x.per and x.vmax is None and "/" not in x.per:
                        out.append(Stmt("price", x.value, (x.per, _size(r.label), x.year), frozenset(),
                                        r.evidence, r.section, tm.block, kind=kind))
            elif _priced_by_year(tm, r, v):
                # a product's row of prices by year in a table priced per each row's unit ("Cu đơ gừng, túi 500 g |
                # 70.000 | 72.000 | 75.000" under "ĐVT giá: đồng/đơn vị sản phẩm", ic05)
                for x in r.vals:
                    if x.kind == "money" and x.year is not None:
                        out.append(Stmt("price", x.value, (x.per, _size(r.label), x.year),
                                        frozenset(product_tokens(r.label, v)), r.evidence, r.section, tm.block,
                                        kind=kind))
    for s in m.sents:
        sells = bool(_PRODUCER_SELLS_AT.match(s.text))
        if s.section not in _PRICE_SECTIONS or not (v.text["own_price"].in_text(s.text) or sells):
            continue
        if v.text["competitor"].in_text(s.text) or v.text["purchase"].in_text(s.text) or \
                v.text["current"].in_text(s.text):
            continue
        prev = 0  # end of the previous price: a pack size between two prices belongs to the second
        # (a list of prices after a lead that names them: "Giá bán lẻ năm 2027 dự kiến: hộp … 48.000 đồng/hộp; túi …
        # 78.000 đồng/túi": each is an own price of the lead's year, ic05)
        head = _PRICE_LIST_LEAD.match(s.text)
        head_end = head.end() if head is not None and v.text["own_price"].in_text(head.group()) else None
        head_years = set(re.findall(r"\b(20\d\d)\b", head.group())) if head_end is not None else set()
        head_year = int(head_years.pop()) if len(head_years) == 1 else None
        for a in s.amounts:
            if a.kind == "money" and a.per and "/" not in a.per and a.value_max is None:
                if not _CHANGE_BEFORE.search(s.text[max(0, a.start - 20):a.start]):
                    near = _size_near(s.text, a, prev)
                    size = near or _only_size(m, a.per)
                    clause = _price_clause(s.text, a, prev)
                    y = year_of(s.text, a, prev)
                    # (a list's item under the lead only with its own pack size: "85.000 đồng/chai 250 ø" on a scan
                    # that lost the "g" is no price of the one bottle the plan sizes, gy03)
                    listed = head_end is not None and a.start >= head_end and near is not None
                    if y is None and head_year is not None and listed:
                        y = head_year
                    # "giá bán lẻ đề xuất 55.000 đồng/hộp và 100.000 đồng/túi": the kind named before
                    # the first price of a clause holds for the next ones
                    kind = _price_kind(clause, v) or _price_kind(s.text[_clause_start(s.text, a.start):a.start], v)
                    # (a clause naming no product: the product the sentence opens with, "a) Gà sống xuất
                    # chuồng: …; giá bán 95.000 đồng/kg (190.000 đồng/con)")
                    product = _price_product(clause, a.per, v) or \
                        (_price_product(lead.group(1), a.per, v) if (lead := _SENT_LEAD.match(s.text)) else frozenset())
                    if (named_after := _PRODUCT_AFTER_PRICE.match(s.text, a.end)) and \
                            (words := product_tokens(named_after.group(1), v)):
                        # "650.000 đồng/chiếc khay trà, 350.000 đồng/chiếc hộp": each price names its product after it
                        product = frozenset(words)
                    out.append(Stmt("price", a.value, (a.per, size), product, s.text,
                                    s.section, s.block, bool(a.qualifier), kind=kind,
                                    year=y if y is not None and y >= 1000 else None,
                                    named=v.text["own_price"].in_text(clause) or sells or
                                    listed))
                prev = a.end
    return out + _price_rows_for_text(out)


def _priced_by_year(tm: TableM, r: Row, v: Vocab) -> bool:
    """A product's row whose figures by year are all prices per the pack its label names ("Cu đơ gừng, túi 500 g |
    70.000 | 72.000" under "ĐVT: đồng/đơn vị sản phẩm"), in no table of competitors, purchases or costs."""
    if r.kind is not None or r.total or r.subset or r.flags or not r.label:
        return False
    money = [x for x in r.vals if x.year is not None]
    if len(money) < 2 or any(x.kind != "money" or not x.per or "/" in x.per or x.vmax is not None for x in money):
        return False
    cap = _caption_tail(tm.caption)
    if v.text["competitor"].in_text(cap) or v.text["purchase"].in_text(cap) or _COST_TABLE.search(cap):
        return False
    return bool(re.search(rf"(?i)\b{re.escape(money[0].per)}\b", r.label))


# the lead of a sentence listing prices, up to its colon: "Giá bán lẻ năm 2027 dự kiến:"
_PRICE_LIST_LEAD = re.compile(r"^[^:;.\d]{0,40}(?:\d{4}[^:;.\d]{0,30})?:")
# the product a price is of, named right after its unit ("350.000 đồng/chiếc hộp, …"), up to the clause's end
_PRODUCT_AFTER_PRICE = re.compile(r"[ \t]+((?:[^\W\d]+[ \t]*){1,3}?)[ \t]*(?=[,;.]|$)")
# the producer, opening its sentence, sells a product at a price ("Hợp tác xã bán chiếu cói in hoa 1,6 × 2 m với giá
# 450.000 đồng/chiếc"): its own selling price (not "… một điểm bắt cá ở Nghệ An với giá 180.000 đồng/lượt")
_PRODUCER_SELLS_AT = re.compile(r"(?i)^\W*(?:hợp\s+tác\s+xã|htx|công\s+ty|cơ\s+sở|hộ(?:\s+kinh\s+doanh)?|tổ\s+hợp\s+tác|tổ|nhóm)\b"
                                r"[^.;]{0,30}?\bbán\b[^.;]{0,80}?\bvới\s+giá\b")
# a sentence that opens with the thing it describes: "a) Gà sống xuất chuồng: …", "- Nước mắm cốt: …"
_SENT_LEAD = re.compile(r"^\W{0,3}(?:[a-zđ]\)\s*|\d{1,2}[.)]\s*)?([^:;\d]{3,50}):")


def _price_rows_for_text(stmts: list[Stmt]) -> list[Stmt]:
    """A price row by year ("Giá bán bình quân (đồng/kg) | 42.000 | 42.000 | 42.000") keys on the
    year too, so it is not compared with the prices in running text as it stands: here each text
    price gets the row's value for the year written with it, or, undated, the row's one value
    when the row gives the same price every year (a row whose price changes by year says nothing
    about an undated price). Those values are returned keyed like the text price."""
    rows: dict[tuple, list[Stmt]] = defaultdict(list)
    for st in stmts:
        if len(st.key) == 3:
            rows[(st.key[0], st.key[1], st.block, st.evidence)].append(st)
    extra: dict[tuple, Stmt] = {}
    for st in stmts:
        # (only a price its own clause calls one: "Giá bán … 9.000 đồng/chai, chiết khấu và vận chuyển khoảng
        # 1.200 đồng/chai" gives one selling price and a cost)
        if len(st.key) != 2 or _from_table(st) or not st.named:
            continue
        for (per, size, block, ev), row in rows.items():
            if (per, size) != st.key:
                continue
            if st.year is not None:
                pick = [r for r in row if r.key[2] == st.year]
            else:
                pick = row[:1] if len({r.value for r in row}) == 1 else []
            for r in pick:
                extra.setdefault((block, ev, r.value), replace(r, key=(per, size), by_year=True))
    return list(extra.values())


def _price_clause(text: str, a: Amount, prev: int) -> str:
    """The words that go with a price in its sentence: from the previous price or clause break to
    the price, and the noun right after it ("150.000 đồng/chai rượu nếp")."""
    start = max(prev, _clause_start(text, a.start))
    return f"{text[start:a.start]} {_noun_text(text, a.end)}"


def _price_kind(text: str, v: Vocab) -> str:
    """The kind of price a label or clause names ("giá bán lẻ", "giá bán buôn cho đại lý"), as
    the sorted words found; empty for the plain selling price."""
    toks = tokens(text)
    flat = _is_flat(text)
    return " ".join(sorted({" ".join(t.tone for t in toks[i:j]) for i, j in v.text["price_kind"].spans(toks, flat)}))


def _price_product(clause: str, per: str, v: Vocab) -> frozenset:
    """Words naming the product a price in running text is for ("rượu nếp"), without the words of
    any price sentence (giá, bán, đóng chai...), the pack, sizes, amounts and years."""
    text = _SIZE.sub(" ", clause)
    text = re.sub(r"\d[\d.,]*", " ", text)
    toks = tokens(text)
    flat = _is_flat(text)
    drop: set[int] = set()
    for words in (v.text["price_context"], v.text["price_kind"], v.stop):
        for i, j in words.spans(toks, flat):
            drop.update(range(i, j))
    per_key = fold(per) if flat else tone_key(per)
    return frozenset(k for i, t in enumerate(toks) if i not in drop and (k := t.flat if flat else t.tone) != per_key)


def _only_size(m: PlanModel, per: str) -> str | None:
    """The pack size of a pack noun when the plan names only one ("chai 500 ml" everywhere): a
    price "đồng/chai" is then for that size. A price per unit of measure ("đồng/kg") is for one kg
    whatever the boxes hold ("thùng 10 kg"): no size."""
    if per in _MEASURES:
        return None
    key = ("sizes", per)
    if key not in m._cache:
        sizes: set[str] = set()
        texts = [s.text for s in m.sents] + [r.evidence for r in m.rows()]
        rx = re.compile(r"(?i)(?<!\w)" + re.escape(per) + r"(?!\w)[^\d;.]{0,20}?" + _SIZE.pattern +
                        r"|" + _SIZE.pattern + r"\s*/\s*" + re.escape(per) + r"(?!\w)")
        for t in texts:
            for mm in rx.finditer(t):
                # (what one head eats or needs is no pack size: "Mỗi con hươu ăn bình quân 6 kg lá, cỏ
                # xanh/ngày" is feed, not 6 kg a "con"; nor is an amount by the day or the year)
                if _CONSUMES.search(mm.group(0)) or _BY_PERIOD.match(t, mm.end()):
                    continue
                if mm.group(0).lower().startswith(per.lower()) and _OTHER_PACK.search(mm.group(0)[len(per):]):
                    continue  # "Nhãn gói, thùng ghi …", "gói, thùng 5 kg": the carton's size, not the bag's
                got = _size(mm.group(0))
                if got:
                    sizes.add(got)
        m._cache[key] = sizes.pop() if len(sizes) == 1 else None
    return m._cache[key]


_SIZE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ml|lít|l|kg|g|gram|gr)\b", re.I)
_OTHER_PACK = re.compile(r"(?i)\b(?:hũ|lọ|chai|gói|túi|hộp|can|bao|thùng|bình|vỉ|khay)\b")
_CONSUMES = re.compile(r"(?i)\b(?:ăn|uống|tiêu\s+thụ|cần|cho\s+ra)\b")
_BY_PERIOD = re.compile(r"(?i)[^\d;.()]{0,25}?(?:/\s*|\b(?:mỗi|một|trong)\s+)(?:ngày|tháng|năm|vụ|lứa|ca|tuần)\b")


def _pack_content(label: str, unit: str) -> float | None:
    """What one pack a label names holds, in `unit` ("kg" or "l"): "Ổi hộp 2 kg" -> 2.0."""
    size = _size(label)
    if size is None or not size.endswith(unit):
        return None
    return float(size[:-len(unit)]) or None


# a pack of several small ones: "hộp 25 túi × 2 g" holds 50 g
_SIZE_TIMES = re.compile(r"(?i)\b(\d{1,3})\s*(?:túi|gói|viên|chiếc|cái|lọ|ống|hũ|chai)(?:\s+nhỏ)?\s*[×x*]\s*"
                         r"(\d+(?:[.,]\d+)?)\s*(ml|lít|l|kg|g|gram|gr)\b")


def _size(text: str) -> str | None:
    """A pack size in a label: 'chai 500 ml', 'hộp 200 g', 'hộp 25 túi × 2 g' (50 g)."""
    if (t := _SIZE_TIMES.search(text or "")) is not None:
        count = int(t.group(1))
        n = (parse_number(t.group(2), "vi") or 0) * count
        u = t.group(3).lower()
    elif (m := _SIZE.search(text or "")) is not None:
        n = parse_number(m.group(1), "vi") or 0
        u = m.group(2).lower()
    else:
        return None
    f = {"ml": 0.001, "lít": 1, "l": 1, "kg": 1, "g": 0.001, "gram": 0.001, "gr": 0.001}[u]
    base = "l" if u in ("ml", "lít", "l") else "kg"
    return f"{round(n * f, 4)}{base}"


_SIZE_HEAD = re.compile(r"(?i)^\s*\d[\d.,]*\s*(ml|lít|l|kg|g|gram|gr)\b")


def _size_near(text: str, a: Amount, prev_end: int) -> str | None:
    """The pack size a price in running text is for: right after its unit ("150.000 đồng/chai
    500 ml"), else in its clause before it ("hũ 500 g giá 42.000 đồng/hũ"), not counting the size
    that belongs to the previous price."""
    if _SIZE_HEAD.match(text[a.end:a.end + 15]):
        return _size(text[a.end:a.end + 15])
    before = text[prev_end:a.start].rsplit(";", 1)[-1]
    if prev_end:
        before = _SIZE_HEAD.sub("", before, count=1)
    # a size in brackets after the pack's own describes its content ("Hũ 200 g (chứa khoảng 130 g thịt
    # cá): giá 68.000 đồng/hũ"): the pack's size outside the brackets comes first
    found = list(_SIZE.finditer(re.sub(r"\([^()]*\)", " ", before))) or list(_SIZE.finditer(before))
    if found:
        return _size(found[-1].group(0))
    return None


def _output_stmts(m: PlanModel) -> list[Stmt]:
    if "output_stmts" not in m._cache:
        # (not a row of the raw-material part that counts only what a norm turns into the product: "Sản lượng búp
        # tươi (kg) | 192.000" of the members' tea for "4,5 kg búp tươi cho 1 kg chè khô", iw10)
        norms = [(q.material - q.product) for q in ratios(m) if q.material and q.product]
        m._cache["output_stmts"] = [st for st in _read_output_stmts(m) if not (
            st.section == "raw_materials" and st.product and any(st.product <= own for own in norms if own))]
    return m._cache["output_stmts"]


_NEED_BEFORE = re.compile(r"(?i)\b(?:cần|cần dùng|cần có|nhu cầu|phải mua|tiêu hao)\s*(?:khoảng\s*)?$")
_BEYOND_BEFORE = re.compile(r"(?i)\b(?:vượt|ngoài|trừ)\s*$")
_PACK_NOUNS = frozenset({"hũ", "lọ", "chai", "gói", "túi", "hộp", "can", "bao", "thùng", "bình", "vỉ", "khay"})
_PACK_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_PACK_NOUNS)) + r"|loại|cỡ|quy cách)\s*(?:loại\s*)?$")
# ("Năm 2027 sản lượng 66.000 kg nằm trong giới hạn 70.000 kg của lò sấy cũ": the limit, not an output)
_CAPACITY_GAP = re.compile(r"(?i)thiết kế|tối đa|khi chạy hết|hết công suất|toàn bộ công suất|giới hạn")


_LABEL_YEAR_WORDS = re.compile(r"(?i)\b(?:năm\s+)?(?:19|20)\d\d\b")


def _summary_output_rows(m: PlanModel) -> list[Row]:
    """The output line of a summary box, a table of two columns, what and how much ("Sản lượng năm 2027 | 11.500 kg"
    in the box on the first page): one year's output, its year in the label (jf06). Not a row of several years, which
    `_total_output_rows` reads."""
    out = []
    for tm in m.tables:
        if len(tm.header) != 2 and not all(len(r.cells) == 2 for r in tm.rows):
            continue
        for r in tm.rows:
            if r.kind != "quantity" or r.subset or r.total or r.flags & {"need", "supply", "input", "market"} or \
                    len(r.cells) != 2 or _export_part(r):
                continue
            ys = {y for y in r.qty_years() if y is not None}
            if len(ys) == 1 and m.is_plan_year(next(iter(ys))) and _label_year(r.label) in ys:
                out.append(r)
    return out


def _named_output_rows(m: PlanModel) -> list[Row]:
    """Rows that name the product itself in a unit no "Sản lượng …" row counts ("Tôm chua thành
    phẩm | kg | 8.000 | 9.000 | 10.000" under rows of jars): the output in that unit, when one
    row alone names it."""
    v = m.vocab
    name = product_tokens(m.view.plan.product.name or "", v)
    if not name:
        return []
    counted = {x.unit for r in _total_output_rows(m) for x in r.qty_years().values()}
    by_unit: dict[str, list[Row]] = defaultdict(list)
    totals: list[tuple[Row, str, set[str]]] = []
    for r in m.rows():
        if r.kind is not None or r.subset or r.flags & {"need", "supply", "input"} or \
                r.section not in ("production_plan", "objectives", "technology"):
            continue
        if _with_customers(m, r):
            continue  # "Mật của khách (kg)", then "Tổng mật qua máy (kg)": what goes through, no output of its own (jo03)
        words = product_tokens(r.label, v)
        ys = {y: x for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y) and x.vmax is None}
        units = {x.unit for x in ys.values()}
        if len(ys) < 2 or len(units) != 1 or not words or not words <= name:
            continue
        unit = units.pop()
        if unit in ("kg", "l") and unit not in counted:
            if r.total:
                totals.append((r, unit, words))
            else:
                by_unit[unit].append(r)
    out = []
    for unit, rows in by_unit.items():
        if len(rows) == 1:
            # "Tinh dầu tràm (lít)" beside "Tinh dầu sả chanh (lít)" under "Tổng tinh dầu (lít)": the
            # row naming the product is one part of the output its table totals, and that total is the
            # output in this unit
            named = product_tokens(rows[0].label, v)
            whole = [t for t, u, words in totals if u == unit and t.table == rows[0].table and words <= named]
            out.append(whole[0] if len(whole) == 1 else rows[0])
    return out


def _visits_of_guests(text: str, a: Amount) -> bool:
    """Visits counted as guests ("15 000 lượt khách", "8.000 lượt năm 2026"), not visits of one
    activity ("5 000 lượt trải nghiệm", "3.000 lượt thuê thuyền")."""
    nxt = text[a.end:a.end + 12].lower().lstrip()
    if "khách" in a.text.lower():
        return True
    if text.count("(", 0, a.start) > text.count(")", 0, a.start):
        return False  # "thuê cần, mồi 112,5 triệu đồng (2.250 lượt)": the visits of one service
    return not nxt or nxt.startswith(("khách", "năm", ",", ".", ";", "và"))


_ALLOCATION = re.compile(r"(?i)\b(?:phân\s+bổ|phân\s+chia|cơ\s+cấu|chia\s+theo)\b")
_SEASON_OR_DAY = re.compile(r"(?i)\bvụ\s+(?:đông|xuân|hè|thu|chiêm|mùa)\b|\bmùa\s+(?:khô|mưa|hè|đông|cao điểm)\b|"
                            r"\b(?:mỗi|một|trong)\s+ngày\b")
_WITHIN_TOTAL = re.compile(r"(?i)\btrong\s+(?:tổng\s+)?(?:số\s+)?$")
_SHARE_OF = re.compile(r"\d\s*%\s*(?:của\s+)?(?:tổng\s+)?$")
# a year's objective that raises the output to a level: "- Năm thứ 2 (2028): nâng sản lượng lên 8.400 kg chè khô"
_RAISED_TO = re.compile(r"(?i)^\W*năm\s+(?:thứ\s+[^\W\d]+\s+|thứ\s+\d\s+|\d\s+)?\(?((?:19|20)\d\d)\)?\s*:?\s*"
                        r"(?:nâng|tăng|đưa)\s+sản\s+lượng\s+(?:[^\W\d]+\s+){0,3}?lên\s+(?:mức\s+|khoảng\s+)?$")


# an objective's year and its verb right before an amount: "- Năm 2027 đạt 12.000 kg nem chua, …"
_OBJECTIVE_OUTPUT = re.compile(r"(?i)^\W*năm\s+(20\d\d)\s*,?\s*(?:dự\s+kiến\s+|phấn\s+đấu\s+)?(?:sản\s+xuất\s+)?đạt\s+"
                               r"(?:khoảng\s+)?$")
# … and what it exports: "- Năm 2027 xuất khẩu 90 tấn lạc nhân (5 container 20 feet) sang Trung Quốc"
_OBJECTIVE_EXPORT = re.compile(r"(?i)^\W*năm\s+(20\d\d)\s*,?\s*(?:dự\s+kiến\s+|phấn\s+đấu\s+)?xuất\s+khẩu\s+"
                               r"(?:khoảng\s+)?$")


def _objective_outputs(m: PlanModel, name: set[str]) -> list[Stmt]:
    """The output an objective sets for a year, the plan's product named after the amount: with no word of output ("Năm
    2027 đạt 12.000 kg nem chua"), or raising it to a level ("Năm thứ 2 (2028): nâng sản lượng lên 8.400 kg chè khô"):
    the year's output, as the output's rows and sentences give it."""
    out = []
    finished = product_tokens("khô thành phẩm", m.vocab)
    for s in m.sents:
        if s.section != "objectives":
            continue
        # a sentence with a word of output may raise it to a level; one without, reach an amount of the product
        worded = bool(m.vocab.text["output"].char_spans(s.text))
        for a in s.amounts:
            if a.kind not in ("mass", "volume", "count") or a.per or a.value_max is not None:
                continue
            hit = (_RAISED_TO if worded else _OBJECTIVE_OUTPUT).search(s.text[:a.start])
            export = None if worded or hit else _OBJECTIVE_EXPORT.search(s.text[:a.start])
            hit = hit or export
            said = _noun_after(s.text, a.end, m.vocab) if hit else set()
            # (the raised output's product may be named in its finished state: "8.400 kg chè khô" of "Chè xanh Hà Linh")
            named = bool(said & name) and said - name <= finished if worded else bool(said) and said <= name
            if hit and named and m.is_plan_year(int(hit.group(1))):
                out.append(Stmt("output", a.value, (int(hit.group(1)), a.unit), frozenset(), s.text, s.section, s.block,
                                bool(a.qualifier), kind="export" if export else "", export_said=bool(export)))
                break
            if not worded:
                break  # (the first amount only: "…, các năm sau tăng khoảng 8 %/năm")
    return out


# what a table's caption says it is of, after a colon: "Bảng 11. Dự toán chi phí, lợi nhuận: Trà túi lọc cà gai leo"
_CAPTION_PRODUCT = re.compile(r":\s*([^:]{3,})$")


# a yield per source in a label's note: "(20 kg/đàn)", "(800 kg/hộ)", "(1,2 tấn/ha)"
_YIELD_PER_SOURCE = re.compile(r"(?i)\(\s*\d[\d.,]*\s*(?:kg|tấn|tạ|yến|lít|l)\s*/\s*(?:đàn|hộ|ha|sào|cây|gốc|tổ|thuyền|tàu|"
                               r"thùng|bè|lồng|con)\s*\)")


def _caption_product(m: PlanModel, r: Row) -> set[str]:
    """The product a table of one product names in its caption after a colon ("Bảng 11. Dự toán chi phí, lợi nhuận: Trà
    túi lọc cà gai leo, hộp 25 túi"): what a generic row of it ("Sản lượng (hộp)") counts, not another product's
    (jx02); empty when the caption names none."""
    cap = re.sub(r"(?i)\s*\(?\s*(?:đvt|đơn\s+vị(?:\s+tính)?)\s*:.*$", "", _caption_tail(m.table(r.table).caption))
    cm = _CAPTION_PRODUCT.search(cap)  # (the table's unit after it aside: "… bộ 3 chiếc ĐVT: triệu đồng", jx04)
    return product_tokens(cm.group(1), m.vocab) if cm else set()


def _read_output_stmts(m: PlanModel) -> list[Stmt]:
    v = m.vocab
    out = []
    # (and the part sold abroad, "Sản lượng xuất khẩu | tấn | 72 | …", held against what the text says is exported)
    exported = [r for r in m.rows() if r.kind == "quantity" and not r.subset and _export_part(r)
                and not r.flags & {"need", "supply", "input"}]
    export_ids = {id(r) for r in exported}
    summary = _summary_output_rows(m)
    in_summary = {id(r) for r in summary}
    for r in _total_output_rows(m) + _named_output_rows(m) + exported + summary:
        if m.ocr and r.noisy:
            continue  # a scan's row with a misread cell ("1.410 | 117g | 1.740"): no statement of the output (ha03)
        if _YIELD_PER_SOURCE.search(r.label or ""):
            # "Sản lượng (20 kg/đàn) | kg | 3.200", "Sản lượng (800 kg/hộ)": the sources' yield at so much a hive or a
            # household, the raw material, not the product's output beside bought material (kb02, kb10)
            continue
        # (a summary line's year is no word of its product: "Sản lượng năm 2027")
        prod = product_tokens(_LABEL_YEAR_WORDS.sub(" ", r.label) if id(r) in in_summary else r.label, v)
        prod = prod or _caption_product(m, r)
        for y, x in r.qty_years().items():
            if y is not None and not _barely_read(m, x):
                out.append(Stmt("output", x.value, (y, x.unit), frozenset(prod), r.evidence, r.section,
                                m.table(r.table).block,
                                kind="export" if id(r) in export_ids else _output_flow(r.label, v)))
    name = product_tokens(m.view.plan.product.name or "", v)
    head = product_tokens((m.view.plan.product.name or "").split(" ")[0], v)
    out += _objective_outputs(m, name)
    for s in m.sents:
        spans = v.text["output"].char_spans(s.text)
        if not spans or v.text["change"].in_text(_SINCE.sub("", s.text[:spans[0][0]])) and \
                not _levels_by_year(s, spans[0][1]):
            continue
        if _BREAK_EVEN.search(s.text):
            continue  # "sản lượng hòa vốn ≈ 37.554 lít, bằng 75% kế hoạch": the break-even output, not the plan's
        if _BEYOND_BEFORE.search(s.text, 0, spans[0][0]):
            # "Chi phí mua mật thô tính cho phần nhu cầu vượt sản lượng đàn ong của công ty (13.910 kg năm 2027, …)":
            # what is bought beyond the output, not the output
            continue
        if v.text["supply_firm"].in_text(s.text):
            continue  # "các hộ liên kết bán cho HTX 201,6 tấn": a supply commitment, not the output
        if _ALLOCATION.search(s.text[:spans[0][1]]) or _WITHIN_TOTAL.search(s.text[:spans[0][0]]) or \
                _SHARE_OF.search(s.text[:spans[0][0]]):
            # ("Năm 2027 tổ dự kiến bán 40 % sản lượng (1.900 kg) qua 9 cửa hàng …": a channel's share)
            # "Phân bổ sản lượng năm 2027: khoảng 9.600 kg cho quán ăn, …", "Trong tổng sản lượng, rau đóng
            # túi … 120 tấn năm 2027": the year's output by part
            continue
        prev = 0
        start = spans[0][1]
        m2 = _NOUN.match(s.text[start:])
        # (the words up to a verb or a preposition: "sản lượng rượu nhung [đạt] 1.500 lít", "… [từ] 2.100 lít")
        noun_text = _NOUN_END.split(m2.group(1), 1)[0] if m2 else ""
        if re.search(r"(?i)\s(?:và|cùng)\s", noun_text):
            # "Sản lượng giò lụa và chả quế: 22.000 kg năm 2027": two products' output together, which no
            # one product's row states
            continue
        prod = product_tokens(noun_text, v) if m2 else set()
        # a service counts its output in visits ("Số lượt khách: 8.000 lượt năm 2026")
        visits = "khách" in s.text[spans[0][0]:spans[0][1]].lower()
        for a in s.amounts:
            counted = is_qty(a.unit, a.kind) or (visits and a.unit == "lượt khách" and _visits_of_guests(s.text, a))
            if a.start < start or not counted or a.value_max is not None or a.per not in (None, "năm"):
                prev = a.end
                continue
            opened = s.text.rfind("(", 0, a.start)
            if opened > s.text.rfind(")", 0, a.start) and prev and not s.text[prev:opened].strip():
                prev = a.end
                continue  # "sản lượng 140 tấn (84 tấn loại 1, 56 tấn loại 2)": the parts of the amount before
            before = s.text[max(prev, a.start - 20):a.start].lower()
            if _PACK_BEFORE.search(s.text[max(0, a.start - 20):a.start]):
                # "10.000 hũ loại 500 g", "6.000 chai 1 lít" (the pack word inside the amount before):
                # the size of a pack, not an output
                prev = a.end
                continue
            if _NEED_BEFORE.search(before):
                prev = a.end
                continue  # "năm 2028 (16.000 kg chả) cần 11.200 kg thịt": the material it needs
            if _SEASON_OR_DAY.search(s.text[_clause_start(s.text, a.start):a.start]):
                # "…; vụ đông là vụ nhiều rau nhất, năm 2029 khoảng 128 tấn trong khoảng 120 ngày, mỗi ngày
                # chỉ khoảng 1,1 tấn": a season's or a day's part of the year, not the year's output
                prev = a.end
                continue
            # (also "cao hơn kế hoạch 1.000 lượt": the plan's figure as a yardstick, not stated here)
            delta = re.search(r"(tăng|giảm|lên|thêm|từ|so với|hơn|gấp)(?:\s+(?:kế hoạch|mức|sản lượng))?\s*$", before)
            origin = False
            if delta and delta.group(1) in ("từ", "lên", "so với") and _YEAR_RIGHT_AFTER.match(s.text[a.end:a.end + 16]):
                # "từ 900 kg năm 2025 lên 1.500 kg năm 2026", "tăng 11% so với 4.500 kg năm 2025": each
                # end of the change, with its year written right after it, is that year's level
                origin = delta.group(1) in ("từ", "so với")
                delta = None
            if delta or \
                    re.match(r"^\s*(lên|đến|tới)\b", s.text[a.end:a.end + 8].lower()) or \
                    re.search(r"(?i)trong đó|bao gồm|gồm", s.text[start:a.start]) or \
                    (not origin and "%" in s.text[max(start, _clause_start(s.text, a.start)):a.start]):
                prev = a.end
                continue
            # "sản lượng thiết kế 145,8 tấn/năm", "sản lượng tối đa theo công suất ...": a capacity
            gap = s.text[spans[0][0]:a.start]
            if v.text["equipment_capacity"].in_text(gap) or _CAPACITY_GAP.search(gap):
                prev = a.end
                continue
            # the year must be written right next to the amount ("11.000 lít năm 2027", "năm 2027: 11.000 lít")
            y = year_of(s.text, a, max(prev, a.start - 18))
            # a past year's output of the product itself, said where the supply is reckoned ("Năm
            # 2025 sản lượng ruốc của tổ là 2.600 kg, dùng hết 13 tấn tôm tươi")
            own_product = s.section == "raw_materials" and bool(head) and head <= prod and \
                not v.text["output_region"].in_text(s.text[_clause_start(s.text, a.start):a.start]) and \
                product_tokens(_noun_text(s.text, a.end), v) <= name  # not "dùng hết 13 tấn tôm tươi"
            # (the origin of the plan's own growth, "Nâng sản lượng hàu sấy từ 900 kg năm 2025 lên …",
            # is that past year's output)
            if y is None or not (m.is_plan_year(y) or _own_past(m, s, y, a.start) or
                                 (own_product and m.plan_year is not None and m.plan_year - 10 <= y < m.plan_year) or
                                 (origin and m.plan_year is not None and m.plan_year - 3 <= y < m.plan_year)):
                prev = a.end
                continue
            out.append(Stmt("output", a.value, (y, a.unit), frozenset(prod), s.text, s.section, s.block,
                            bool(a.qualifier), kind=_output_flow(s.text[:a.start], v)))
            prev = a.end
    out += _past_output_by_verb(m, {(st.block, st.value) for st in out})
    out += _target_output_by_verb(m, {(st.block, st.value) for st in out})
    out += _sold_by_verb(m, {(st.block, st.value) for st in out})
    out += _pack_output_stmts(m)
    out += _pack_sum_stmts(m)
    return out


def _pack_sum_stmts(m: PlanModel) -> list[Stmt]:
    """A table that plans the output pack by pack, each row's pack sized ("Chè búp khô, hộp 200 g | hộp | 10.000",
    "…, túi 500 g | túi | 7.000", "…, bao 5 kg | bao | 1.000") and no row of its own in kg or litres: the year's output
    is the packs' contents added up (10.500 kg), or the table's own total in kg under them ("Cộng quy ra kg | 10.500"),
    held against what the text says in kg (gw06). A table with another total, a row in kg or litres (a part sold
    loose) or a pack of no size says nothing of the whole."""
    by_table: dict[int, list[Row]] = defaultdict(list)
    for r in m.rows():
        if r.flags & {"need", "supply", "input"}:
            by_table[r.table].append(None)  # a table of what goes in: no output
        elif r.kind in (None, "quantity"):
            by_table[r.table].append(r)
    out = []
    for t, rows in by_table.items():
        if None in rows or m.ocr and any(r.noisy for r in rows):
            continue  # (a scan's row with a misread cell, "13,J0U - 19.025)": no statement of the output)
        totals = [r for r in rows if r.total]
        if len(rows) < 2 or len(totals) > 1 or any(r.subset for r in rows):
            continue
        stated = {y: x for y, x in totals[0].qty_years().items() if y is not None and m.is_plan_year(y)
                  and x.kind in ("mass", "volume") and x.vmax is None} if totals else {}
        if totals and not stated:
            continue
        packs: list[tuple[Row, float, dict]] = []
        base = None
        for r in rows:
            if any(x.kind == "money" for x in r.vals):
                packs = []
                break  # a table of sales or money with its counts among them: no plan of the output alone
            if r.total:
                continue
            if _output_flow(r.label, m.vocab) == "sold":
                packs = []
                break  # the packs sold ("Hộp 200 g: Bán được (hộp)"), stock and returns apart from the output (ij01)
            ys = {y: x for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y)}
            if not ys:
                if _size(r.label) or _OTHER_PACK.search(r.label or ""):
                    packs = []
                    break  # a pack row whose counts are unread (a scan's "Hã 1 kg | … (hñ)"): the sum is unknown
                continue
            units = {x.unit for x in ys.values()}
            if len(ys) < 2 or len(units) != 1 or any(x.kind != "count" or x.vmax is not None for x in ys.values()):
                packs = []
                break  # a row in kg or litres, or not a plain count: not every pack of the output
            size = _size(r.label)
            unit = "l" if size and size.endswith("l") else "kg"
            if size is None or base not in (None, unit) or not _OTHER_PACK.search(r.label):
                packs = []
                break
            base = unit
            packs.append((r, float(size[:-len(base)]), ys))
        if len(packs) < 2:
            continue
        years = set.intersection(*(set(ys) for _, _, ys in packs))
        block = m.table(t).block
        if stated:
            if {x.unit for x in stated.values()} == {base}:
                out += [Stmt("output", x.value, (y, base), frozenset(), totals[0].evidence, totals[0].section, block,
                             kind="packs") for y, x in sorted(stated.items())]
            continue
        evidence = " || ".join(r.evidence for r, _, _ in packs)
        for y in sorted(years):
            total = sum(content * ys[y].value for _, content, ys in packs)
            out.append(Stmt("output", round(total, 3), (y, base), frozenset(), evidence, packs[0][0].section, block,
                            kind="packs"))
    return out


# (after a label: "Mục tiêu cụ thể: năm 2027 sản xuất 6,5 tấn mứt")
_YEAR_OPENS = re.compile(r"(?i)^\W*(?:[^\W\d][^\d:.;]{0,30}:\s*)?(?:đến\s+|trong\s+)?năm\s+((?:19|20)\d\d)\b")


def _output_names(m: PlanModel) -> set[str]:
    """The product as the plan names it, or as its output rows do ("Tổng sản lượng chả")."""
    return product_tokens(m.view.plan.product.name or "", m.vocab).union(
        *(product_tokens(r.label, m.vocab) for r in _total_output_rows(m)))


def _yearly_qty(a: Amount) -> bool:
    """An amount of goods, one value, for the year or for no period ("15 tấn", "15 tấn/năm")."""
    return is_qty(a.unit, a.kind) and a.value_max is None and a.per in (None, "năm") and a.unit not in PEOPLE


def _target_output_by_verb(m: PlanModel, seen: set[tuple[int, float]]) -> list[Stmt]:
    """A plan year's target said with a verb in the objectives: "Năm 2026 sản xuất 15 tấn chả lá
    lốt, …": the year opens the sentence, the verb comes a few words before the amount, and what it
    counts, named right after it, is the product."""
    v = m.vocab
    name = _output_names(m)
    out = []
    if not name:
        return out
    for s in m.sents:
        yo = _YEAR_OPENS.match(s.text)
        if s.section != "objectives" or not yo or not m.is_plan_year(int(yo.group(1))):
            continue
        for a in s.amounts:
            if not _yearly_qty(a) or (s.block, a.value) in seen:
                continue
            before = s.text[yo.end():a.start]
            spans = v.text["output_past"].char_spans(before)
            gap = before[spans[-1][1]:] if spans else ""
            if not spans or len(gap.split()) > 2 or re.search(r"\d", before) or v.text["change"].in_text(before):
                break  # only the first amount, right after its verb
            prod = product_tokens(_noun_text(s.text, a.end), v)
            if prod & name:
                out.append(Stmt("output", a.value, (int(yo.group(1)), a.unit), frozenset(prod), s.text,
                                s.section, s.block, bool(a.qualifier), kind=_output_flow(before, v)))
            break
    return out


# a year in a clause, before its comma: "Kế hoạch năm 2027, Công ty tiêu thụ …"
_YEAR_IN_CLAUSE = re.compile(r"(?<![\d.,/])((?:19|20)\d\d)(?!\d|[.,]\d)")
_SOLD_VERB = re.compile(r"(?i)(?<!\w)(?:tiêu\s+thụ|bán\s+ra|bán)\s+(?:được\s+|hết\s+)?(?:khoảng\s+|gần\s+|trên\s+)?$")


def _sold_by_verb(m: PlanModel, seen: set[tuple[int, float]]) -> list[Stmt]:
    """A plan year's sales said with a verb in running text ("Kế hoạch năm 2027, Công ty tiêu thụ 18
    tấn bánh: …"): the year in the clause before the verb, the amount right after it, the product
    named after the amount, no market or region as the subject. Kind "sold_verb": a part of the
    sales may be said so too ("bán 6 tấn cho quán ăn"), so such a statement is only held against
    the output when it exceeds it (`_oversold`)."""
    v = m.vocab
    name = _output_names(m)
    out = []
    if not name:
        return out
    for s in m.sents:
        for a in s.amounts:
            if not _yearly_qty(a) or (s.block, a.value) in seen:
                continue
            clause = s.text[_clause_start(s.text, a.start):a.start]
            verb = _SOLD_VERB.search(clause)
            if not verb or re.search(r"\d", clause[verb.start():]):
                continue
            head = clause[:verb.start()]
            years = _YEAR_IN_CLAUSE.findall(head)
            if len(years) != 1 or not m.is_plan_year(int(years[0])) or \
                    re.search(r"\d", _YEAR_IN_CLAUSE.sub("", head)) \
                    or v.text["output_region"].in_text(head) or v.text["need"].in_text(head) \
                    or v.text["change"].in_text(head):
                continue
            if not product_tokens(_noun_text(s.text, a.end), v) & name:
                continue
            out.append(Stmt("output", a.value, (int(years[0]), a.unit), frozenset(), s.text, s.section, s.block,
                            bool(a.qualifier), kind="sold_verb"))
    return out


# "chai 750 ml", "hộp 250 g", "túi 1 kg": a pack and its size, right after a count
_PACK_SIZE = re.compile(r"(?i)^\s*(?:loại\s+)?\d+(?:[.,]\d+)?\s*(?:ml|l|lít|g|gr|gam|kg)\b")
_PACK_LABEL = re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s*(?:ml|l|lít|g|gr|gam|kg)\b")
_REACH = re.compile(r"(?i)(?:đạt|sản xuất|bán|bán ra|tiêu thụ|cung cấp|xuất xưởng)\s*(?:được\s*)?(?:khoảng\s*)?$")


def _pack_output_stmts(m: PlanModel) -> list[Stmt]:
    """Output counted in packs of a size, in a table row ("Chai 750 ml | chai | 16.000 | …") and in
    running text ("Năm 2029 đạt 26.000 chai 750 ml"): compared pack size by pack size."""
    v = m.vocab
    out = []
    # a table's total of packs ("Tổng số chai | chai | 112.000 | …") under its parts ("Chai 330 ml bán
    # lẻ", "Thùng 24 chai"): the total is the output in that unit, the rows above it its parts
    totals: dict[tuple[int, str], Row] = {}
    for r in m.rows():
        if r.total and not r.subset and not r.flags & {"need", "supply", "input"}:
            units = {x.unit for y, x in r.qty_years().items() if y is not None and x.kind == "count"}
            if len(units) == 1:
                totals.setdefault((r.table, units.pop()), r)
    for r in m.rows():
        if r.kind not in (None, "quantity") or r.subset or r.flags & {"need", "supply", "input"} \
                or not (_PACK_LABEL.search(r.label) or r.total) or \
                _INCREMENT_CAPTION.search(_caption_tail(m.table(r.table).caption)):
            # (not a table of what the investment adds: "Bảng 11. Sản lượng tăng thêm so với năm 2026", ii02)
            continue
        ys = {y: x for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y)
              and x.kind == "count" and x.vmax is None}
        if len(ys) < 2:
            continue
        unit = next(iter(ys.values())).unit
        if (totals.get((r.table, unit)) is not r) if r.total else (r.table, unit) in totals:
            continue  # a total of another unit, or a part of the table's total
        prod = frozenset(product_tokens(r.label, v))
        # (what the row says of its packs, made or sold: "Hộp 400 g: Bán được (hộp)" beside "Hộp 400 g (hộp)" made, ij01)
        flow = _output_flow(r.label, v)
        for y, x in ys.items():  # compared only with other pack counts: a pack row is a part
            out.append(Stmt("output", x.value, (y, x.unit, "pack"), prod, r.evidence, r.section,
                            m.table(r.table).block, kind=flow))
    for s in m.sents:
        if s.section not in ("objectives", "production_plan", "market", "financials"):
            continue
        prev = 0
        for a in s.amounts:
            size = _PACK_SIZE.match(s.text[a.end:a.end + 16])
            if a.kind != "count" or a.value_max is not None or a.per or not size or \
                    not _REACH.search(s.text[max(prev, a.start - 30):a.start]):
                prev = a.end
                continue
            y = year_of(s.text, a, prev)
            if y is not None and m.is_plan_year(y):
                prod = frozenset(product_tokens(f"{a.unit} {size.group(0)}", v))
                out.append(Stmt("output", a.value, (y, a.unit, "pack"), prod, s.text, s.section, s.block,
                                bool(a.qualifier)))
            prev = a.end
    return out


_OWN_SUBJECT = re.compile(r"(?i)\b(?:công ty|hợp tác xã|htx|cơ sở|gia đình|tổ hợp tác|doanh nghiệp|hộ kinh doanh)"
                          r"(?:\s+(?:đã|đã\s+sản\s+xuất\s+và))?\s*$")


def _own_past(m: PlanModel, s: Sent, y: int, pos: int, sections: tuple = PAST_SECTIONS) -> bool:
    """A past year's output the producer reports of itself: in its profile or current state (or
    `sections`), and no region, market or suppliers named before the amount at `pos` in its clause."""
    return (m.plan_year is None or m.plan_year - 10 <= y < m.plan_year) and \
        s.section in sections and \
        not m.vocab.text["output_region"].in_text(s.text[_clause_start(s.text, pos):pos])


def _past_output_by_verb(m: PlanModel, seen: set[tuple[int, float]]) -> list[Stmt]:
    """"Năm 2025 gia đình làm được khoảng 9.000 lít tương": a past year's output said with a verb
    a few words before the amount, and what it counts named right after it."""
    v = m.vocab
    out = []
    for s in m.sents:
        if s.section not in (*PAST_SECTIONS, "market") or not v.text["output_past"].in_text(s.text):
            continue
        prev = 0
        for a in s.amounts:
            if not is_qty(a.unit, a.kind) or a.value_max is not None or a.per not in (None, "năm") \
                    or (s.block, a.value) in seen:
                prev = a.end
                continue
            before = s.text[max(_clause_start(s.text, a.start), a.start - 40):a.start]
            spans = v.text["output_past"].char_spans(before)
            gap = before[spans[-1][1]:] if spans else ""
            y = year_of(s.text, a, prev)
            # (in the market section only what the producer says it sold itself: "Năm 2026 công ty đã tiêu
            # thụ khoảng 9.500 kg mật ong qua các kênh sau")
            own = s.section != "market" or bool(spans and _OWN_SUBJECT.search(before[:spans[-1][0]]))
            if not spans or not own or len(gap.split()) > 3 or re.search(r"\d", gap) or \
                    v.text["change"].in_text(gap) or y is None or \
                    not _own_past(m, s, y, a.start, (*PAST_SECTIONS, "market")):
                prev = a.end
                continue
            prod = product_tokens(_noun_text(s.text, a.end), v)
            out.append(Stmt("output", a.value, (y, a.unit), frozenset(prod), s.text, s.section, s.block,
                            bool(a.qualifier), kind=_output_flow(before, v)))
            prev = a.end
    return out


# Between "tổng vốn đầu tư" / "vốn điều lệ" and its amount: nothing that narrows the scope
# ("giai đoạn 1", "cho nhà xưởng", "năm 2027", "đã đầu tư").
_PLAIN_GAP = re.compile(r"(?i)^[\s:,(]*(?:(?:của|cho)\s+(?:toàn bộ\s+)?(?:phương án|dự án|cơ sở|hợp tác xã|htx|"
                        r"công ty|doanh nghiệp|hộ kinh doanh|hộ)\b)?[\s:,(]*(?:(?:là|dự kiến|khoảng|ước tính|"
                        r"ước|đạt|cần|hiện|hiện nay)\b[\s:,]*)*$")


def _capital_stmts(m: PlanModel, what: str) -> list[Stmt]:
    v = m.vocab
    out = []
    words = v.text["charter_capital"] if what == "charter_capital" else v.text["investment_total"]
    for s in m.sents:
        if v.text["change"].in_text(s.text) and what == "charter_capital":
            continue
        for k, a, e in labelled(s, {"x": words, "other": _fixed_words(["trong đó", "gồm", "vốn tự có", "vốn vay", "vay",
                                                               "hỗ trợ", "mỗi", "tổng nguồn vốn"])},
                                lambda a: a.kind == "money" and not a.per and a.value_max is None, 45):
            if k == "x" and _PLAIN_GAP.match(s.text[e:a.start]):
                out.append(Stmt(what, a.value, (), frozenset(), s.text, s.section, s.block, bool(a.qualifier)))
                break
    if what == "investment_total":
        for r in m.rows():
            if r.kind == "investment_total" and not r.subset and (x := _single_money(r, m.table(r.table))):
                # (a cash-flow table writes the investment as an outflow, "Vốn đầu tư ban đầu | (1.000)": its
                # size is the investment)
                out.append(Stmt(what, abs(x.value), (), frozenset(), r.evidence, r.section, m.table(r.table).block))
    return out


_AREA_LINK = re.compile(r"(?i)(?:\s*(?:là|khoảng|chừng|đạt|rộng|có|:))+\s*$")


def _area_stmts(m: PlanModel) -> list[Stmt]:
    v = m.vocab
    out = []
    for s in m.sents:
        spans = v.text["area"].char_spans(s.text)
        if not spans or v.text["change"].in_text(s.text):
            continue
        for a in s.amounts:
            if a.kind != "area" or a.per or a.value_max is not None:
                continue
            # ("Diện tích chè kinh doanh của các thành viên: 20 ha": the area named before what it is of)
            sp = [e for _s, e in spans if e <= a.start and a.start - e <= 45]
            if not sp:
                continue
            if v.text["current"].in_text(s.text):
                continue
            # (the linking words before the amount are no part of what it is of: "… thành viên là 12 ha")
            obj = product_tokens(_AREA_LINK.sub("", s.text[sp[-1]:a.start]), v)
            obj -= {"diện", "tích", "dien", "tich", "ha", "m2", "là", "khoảng"}
            if not obj:
                continue
            out.append(Stmt("area", a.value, (frozenset(obj),), frozenset(obj), s.text, s.section, s.block,
                            bool(a.qualifier)))
    return out + _zone_stmts(m) + _garden_stmts(m) + _facility_stmts(m) + _leased_land_stmts(m)


# an area of land the producer rents, said with it: "1.500 m² đất thuê", "khu đất thuê 1.500 m²", "thuê 1.500 m² đất"
_LEASED_AREA = re.compile(r"(?i)(?:\b(?:khu\s+)?đất\s+thuê\s+(?:rộng\s+|khoảng\s+)?|\bthuê\s+(?:khoảng\s+)?)"
                          r"(?P<a>\d[\d.,]*)\s*m(?:²|2)(?:\s+đất)?"
                          r"|(?P<b>\d[\d.,]*)\s*m(?:²|2)\s+(?:đất\s+thuê|thuê\s+của)\b")
# a cost row of the land's rent that works it out by area: "Thuê đất của UBND xã | 2.000 m² × 10.000 đ | 20,0"
_LEASED_KEY = (frozenset({"đất", "thuê"}),)
_LEASE_ROW = re.compile(r"(?i)\b(?:thuê\s+đất|đất\s+thuê|tiền\s+thuê\s+đất)\b")
_LEASE_CELL = re.compile(r"(?i)^\s*(\d[\d.,]*)\s*m(?:²|2)\s*[×x*]")
# said as a change: "thuê thêm 500 m²", "mở rộng lên 2.000 m²"
_LEASE_CHANGE = re.compile(r"(?i)\b(?:thêm|mở\s+rộng|tăng|lên|giảm|trả\s+lại|dự\s+kiến|sẽ)\b")


def _leased_land_stmts(m: PlanModel) -> list[Stmt]:
    """The area of land the producer rents, in a sentence ("Xưởng xây trên 1.500 m² đất thuê của UBND xã") and in the
    rent's cost row that multiplies it out ("Thuê đất … | 2.000 m² × 10.000 đ | 20,0"): one area, said twice (hz09)."""
    style = m.view.doc.number_style
    key = _LEASED_KEY
    out = []
    for s in m.sents:
        if _LEASE_CHANGE.search(s.text):
            continue
        for mm in _LEASED_AREA.finditer(s.text):
            v = parse_number(mm.group("a") or mm.group("b"), style)
            if v:
                out.append(Stmt("area", v, key, key[0], s.text, s.section, s.block, kind="đất thuê"))
    for tm in m.tables:
        for r in tm.rows:
            if not _LEASE_ROW.search(r.label or "") or _LEASE_CHANGE.search(r.label or ""):
                continue
            for c in r.cells:
                if (mm := _LEASE_CELL.match(c or "")) and (v := parse_number(mm.group(1), style)):
                    out.append(Stmt("area", v, key, key[0], r.evidence, r.section, tm.block, kind="đất thuê"))
                    break
    return out if len({st.block for st in out}) > 1 else []


# a building or yard of the producer's, its floor area right after it ("sân phơi 1.200 m²", "nhà xưởng rộng
# 300 m²", "xưởng sơ chế 150 m²")
# the land a building stands on, named before it: "khu đất xưởng", "lô đất nhà xưởng", "diện tích đất xưởng"
_LAND_OF = re.compile(r"(?i)\b(?:(?:khu|lô|thửa|mảnh|diện\s+tích)\s+)?đất\s*$")
_FACILITY = re.compile(r"(?i)\b((?:sân\s+phơi|sân\s+chượp|sân\s+ủ|bãi\s+chượp|nhà\s+xưởng|nhà\s+kho|nhà\s+thùng|nhà\s+sấy|nhà\s+màng|nhà\s+lưới|xưởng|kho|"
                       r"khu\s+chế\s+biến|khu\s+sản\s+xuất)"
                       r"(?:\s+[^\W\d]+){0,2}?)(?:\s+của\s+(?:tổ|hợp\s+tác\s+xã|htx|công\s+ty|cơ\s+sở|hộ|gia\s+đình))?"
                       r"\s+(?:hiện\s+(?:nay\s+)?có\s+|hiện\s+(?:nay\s+)?(?:rộng\s+)?)?"
                       r"(?:rộng\s+|có\s+diện\s+tích\s+|diện\s+tích\s+)?(?:khoảng\s+)?$")
# a sentence led by what is new: "Thiết bị mới:", "Sau đầu tư:", "Nhà xưởng sau khi đầu tư:"
_NEW_LEAD = re.compile(r"(?i)^\W*[^:;.\d]{0,40}\b(?:mới|sau\s+(?:khi\s+)?đầu\s+tư)\s*:")
# said of a building the plan builds, widens or will have (before the area or after it in its clause)
_FACILITY_CHANGE = re.compile(r"(?i)\b(?:xây|mở rộng|nâng cấp|cải tạo|sửa chữa|dự kiến|sẽ|sau khi|thêm|mới|tăng|lên|"
                              r"đầu tư)\b")
# or of someone else's, named before the area ("nhà xưởng của các hộ thành viên", "thuê", "mượn")
_FACILITY_OTHER = re.compile(r"(?i)\b(?:thuê|mượn|của các hộ|thành viên|hộ liên kết)\b")
# rented, said after the area in its clause ("Nhà xưởng 250 m² và sân 200 m² thuê của bà …"): the new premises of
# the plan's years, not the building the present state describes
# (not the land under it: "nhà xưởng 300 m² trên khu đất 600 m² thuê dài hạn của xã" is the producer's own building)
_RENTED_AFTER = re.compile(r"(?i)(?:(?!đất)[^.;,]){0,30}?\b(?:thuê|đi thuê|mượn)\b")  # (matched at the area's end)
# whose it is, right after the area: someone's other than the producer ("nhà kho 50 m² của thành viên")
_FACILITY_OWNER_AFTER = re.compile(r"(?i)\s*của\s+(?!(?:tổ|hợp\s+tác\s+xã|htx|công\s+ty|cơ\s+sở|doanh\s+nghiệp)\b)")


def _facility_stmts(m: PlanModel) -> list[Stmt]:
    """The floor area of a building or yard the producer has now, said twice ("xưởng sơ chế 150 m², sân
    phơi 1.200 m²" in the present state, "Hợp tác xã hiện có sân phơi 800 m²" in the technology): compared
    with itself only, by the building's own words. Not in a clause that builds, widens or rents one, nor
    in the investment, market or finances."""
    out = []
    now = m.view.dated.year if m.view.dated else (m.plan_year - 1 if m.plan_year else 9999)
    for s in m.sents:
        # (nor in the objectives, the scale the plan aims at: "Quy mô và địa điểm: xưởng sản xuất rộng 120 m²" after
        # the renovation the investment pays for)
        if s.section in ("investment", "financials", "market", "proposals", "schedule", "risks", "swot", "objectives") or \
                any(int(d.group(1)) < now for d in _DATED.finditer(s.text)):
            # (nor a sentence dated before the present: "Năm 2025 tổ … mượn 1 gian nhà kho 50 m²" was then; "…, 8 lao
            # động thường xuyên (năm 2026)" in a plan written in 2026 is now)
            continue
        if _NEW_LEAD.match(s.text):
            continue  # "Thiết bị mới: máy quết …; …, khu chế biến 60 m² lát gạch men": what the investment makes (ip06)
        for a in s.amounts:
            if a.kind != "area" or a.unit != "m2" or a.per or a.value_max is not None:
                continue
            f = _FACILITY.search(s.text[max(0, a.start - 50):a.start])
            if not f:
                continue
            if _LAND_OF.search(s.text, 0, max(0, a.start - 50) + f.start()):
                continue  # "Khu đất xưởng 600 m²": the plot the workshop stands on, not its floor (jn01)
            lo = _clause_start(s.text, a.start)
            # (whose it is, said in its own comma's part: "Hợp tác xã có 18 thành viên chính thức, …, có nhà
            # xưởng ép dầu rộng 300 m²" is the cooperative's, not its members')
            near = max(lo, s.text.rfind(",", 0, f.start() + max(0, a.start - 50)) + 1)
            if _FACILITY_CHANGE.search(s.text[lo:a.end + 30].split(";")[0]) or _FACILITY_OTHER.search(s.text[near:a.start]) \
                    or _FACILITY_OWNER_AFTER.match(s.text, a.end) or _RENTED_AFTER.match(s.text, a.end):
                continue
            name = " ".join(f.group(1).split()).lower()
            # ("Nhà xưởng SX rộng 420 m²" is the "nhà xưởng 240 m²" of the profile: "sản xuất" names no other one)
            # (nor "chế biến": "Hiện nay xưởng chế biến rộng 240 m²" is the profile's "nhà xưởng 300 m²", hq06)
            name = re.sub(r"\s+(?:sx|sản\s+xuất|chế\s+biến)$", "", name)
            # ("Xưởng sản xuất hiện có 150 m²" is the "nhà xưởng 300 m²" of the profile: a "nhà xưởng" is the xưởng)
            same = re.sub(r"^nhà\s+(xưởng|kho)\b", r"\1", name)
            out.append(Stmt("area", a.value, ("cơ sở", fold(same)), frozenset(), s.text, s.section, s.block,
                            bool(a.qualifier), kind=name))
    return out


# "Gia đình có vườn chè vằng 1,2 ha", "vườn chè vằng 2 ha của gia đình": the family's own garden of
# the crop, said twice; compared only with itself (not with a zone of linked households)
_GARDEN = re.compile(r"(?i)\b(?:vườn|đồi|rẫy|nương|ruộng)\s+((?:[^\W\d]+\s+){1,4}?)(?:rộng\s+|khoảng\s+|là\s+)?$")
_GARDEN_WORD = re.compile(r"(?i)\b(?:vườn|đồi|rẫy|nương|ruộng)\b")
_FAMILY = re.compile(r"(?i)\b(?:gia đình|chủ hộ|của hộ|hộ (?:hiện )?có)\b")
_FAMILY_HAS = re.compile(r"(?i)\b(?:gia đình|chủ hộ)\s+(?:hiện\s+(?:nay\s+)?)?(?:có|sở hữu)\s+(?:khoảng\s+)?$")
_FAMILY_GROWS_ON = re.compile(r"(?i)\b(?:gia đình|chủ hộ)\s+(?:hiện\s+(?:nay\s+)?)?(?:trồng|canh tác|nuôi|thả)\s+"
                              r"((?:[^\W\d]+\s+){1,4}?)(?:từ\s+năm\s+\d{4}\s+)?trên\s+(?:diện\s+tích\s+)?(?:khoảng\s+)?$")
_CROP_AREA_OF_FAMILY = re.compile(r"(?i)\bdiện\s+tích\s+((?:[^\W\d]+\s+){1,4}?)của\s+(?:gia đình|hộ)\s*:?\s*(?:là\s+|khoảng\s+)?$")
# after an area, its crop in a few words and then the farm or family it belongs to (not a linked household's)
_CROP_OF_FARM = re.compile(r"(?i)\s+((?:[^\W\d]+\s+){1,5}?)của\s+(?:trang\s+trại|gia\s+đình|chủ\s+hộ)\b(?!\s+liên\s+kết)")
_GARDEN_OTHER = re.compile(r"(?i)\b(?:sẽ|dự kiến|mở rộng|trồng mới|thêm|tăng|liên kết|thành viên|các hộ)\b")


def _garden_stmts(m: PlanModel) -> list[Stmt]:
    v = m.vocab
    out = []
    crops = product_tokens(m.view.plan.product.name or "", v).union(*(r.material for r in ratios(m)))
    for s in m.sents:
        garden_word = bool(_GARDEN_WORD.search(s.text))
        for a in s.amounts:
            # "Trên 2,4 ha cam Bù và cam Chanh của trang trại": the crop right after the area, the farm's own
            if a.kind == "area" and not a.per and a.value_max is None and \
                    (f := _CROP_OF_FARM.match(s.text, a.end)) and (crop := product_tokens(f.group(1), v)) & crops and \
                    not _GARDEN_OTHER.search(s.text[_clause_start(s.text, a.start):a.end + 60].split(";")[0]):
                out.append(Stmt("area", a.value, ("vườn",), frozenset(crop), s.text, s.section, s.block,
                                bool(a.qualifier)))
        if not garden_word and not _FAMILY.search(s.text):
            continue
        for a in s.amounts:
            if a.kind != "area" or a.per or a.value_max is not None:
                continue
            # ("Diện tích chè của hộ: 40 sào": the family's field without the word "vườn")
            if not garden_word and not (_CROP_AREA_OF_FAMILY.search(s.text[max(0, a.start - 50):a.start]) or
                                        _FAMILY_GROWS_ON.search(s.text[max(0, a.start - 70):a.start])):
                continue
            g = _GARDEN.search(s.text[max(0, a.start - 40):a.start])
            # "Gia đình có 3,5 ha hồ tiêu kinh doanh": the family's garden, the crop after the area
            owned = None if g else _FAMILY_HAS.search(s.text[max(0, a.start - 40):a.start])
            # "Gia đình trồng sen từ năm 2017 trên 8 ha ruộng trũng", "Diện tích sen của hộ: 120 sào": the
            # family's own field of the crop, named before the area
            grows = None if g or owned else (_FAMILY_GROWS_ON.search(s.text[max(0, a.start - 70):a.start])
                                              or _CROP_AREA_OF_FAMILY.search(s.text[max(0, a.start - 50):a.start]))
            if grows is not None:
                g = grows
                if _GARDEN_OTHER.search(s.text[max(0, a.start - 70):a.end + 40].split(";")[0]):
                    continue
            elif not g and not owned:
                continue
            else:
                lo = _clause_start(s.text, a.start)
                clause = s.text[lo:a.end + 40].split(";")[0]
                if not _FAMILY.search(clause) or _GARDEN_OTHER.search(clause):
                    continue
            # (after the area, only the crop's own words: "3,5 ha hồ tiêu kinh doanh trồng trên đất đồi")
            crop = product_tokens(g.group(1), v) if g else product_tokens(_noun_text(s.text, a.end), v) & crops
            if crop & crops:
                out.append(Stmt("area", a.value, ("vườn",), frozenset(crop), s.text, s.section, s.block,
                                bool(a.qualifier)))
    return out


# the producer's zone: "vùng …", or the households it links with ("liên kết với 40 hộ … với tổng
# diện tích 9 ha": further from the cue, so the area must follow "diện tích")
# (not a place the land lies in: "30 ha rừng tràm gió trên vùng cát ven biển", "ở vùng đồi")
_ZONE = re.compile(r"(?i)(?<!\btrên )(?<!\bở )(?<!\btại )(?<!\bthuộc )\bvùng\b|\bliên kết\b")
_OWN_AREA = re.compile(r"(?i)\b(?:(?:hợp tác xã|htx|hộ|công ty|cơ sở|tổ hợp tác|tổ|gia đình)"
                       r"(?:\s+(?:và|cùng)\s+(?:các\s+)?(?:thành viên|hộ thành viên|xã viên))?"
                       r"\s+(?:hiện\s+)?(?:có|sở hữu)"
                       # the family's own fields it works itself: "Gia đình tự cấy 1,5 ha ruộng nếp than" (not other
                       # households': "các hộ trồng 30 ha")
                       r"|(?<!các )(?<!những )(?<![\d] )\b(?:gia đình|hộ)\s+(?:hiện\s+)?(?:tự\s+)?(?:cấy|trồng|canh tác)"
                       # the members' own fields: "Các tổ viên canh tác 2,5 ha gừng xen sả"
                       r"|(?:các\s+)?(?:tổ viên|thành viên|xã viên|hộ thành viên)\s+(?:hiện\s+)?(?:canh tác|trồng|có"
                       # (what they pick on: "Quả sim do 22 hộ thành viên thu hái trên 24 ha đồi sim")
                       r"|thu hái trên|khai thác trên))"
                       # ("các tổ viên trồng tổng cộng 2 ha gừng sẻ")
                       r"\s+(?:tổng\s+cộng\s+|tổng\s+)?(?:khoảng\s+)?$")
_AREA_OF = re.compile(r"(?i)\bdiện tích\s+(?:liên kết\s+|canh tác\s+|trồng\s+)?(?:khoảng\s+|là\s+|trên\s+)?$")
# "Từ năm 2022 …": since then, no change; "cây từ 6 đến 12 tuổi": an age range, no change
# (up to five words for what the area is of: "Diện tích sản xuất muối trải bạt của các thành viên là 12 ha")
# whose an area is, after "của (các) (hộ)": the members or the producer itself
_OWNERS = r"thành\s+viên|xã\s+viên|tổ\s+viên|hợp\s+tác\s+xã|htx|tổ\s+hợp\s+tác"
_AREA_OF_OWN = re.compile(r"(?i)\bdiện\s+tích\s+(?:trồng\s+)?((?:[^\W\d]+\s+){1,5}?)của\s+(?:các\s+)?(?:hộ\s+)?"
                          rf"(?:{_OWNERS}|"
                          # (the family's and its linked households': "… của gia đình và các hộ liên kết hiện là 4 ha")
                          r"gia\s+đình\s+và\s+(?:các\s+)?(?:\d+\s+)?hộ\s+liên\s+kết)\s*"
                          r"(?:hiện\s+(?:nay\s+)?)?(?:là|khoảng|đạt|có|:)?\s*(?:khoảng\s+)?$")


# "Các thành viên có tổng diện tích trồng cà gai leo 18 ha": the members' area, the crop named after "diện tích"
_MEMBERS_HAVE_AREA = re.compile(r"(?i)\b(?:thành\s+viên|xã\s+viên|tổ\s+viên)\s+(?:hiện\s+(?:nay\s+)?)?có\s+(?:tổng\s+)?"
                                r"diện\s+tích\s+(?:trồng\s+|canh\s+tác\s+)?((?:[^\W\d]+\s+){1,5}?)(?:là\s+|khoảng\s+)?$")

# the land first, then whose, then its breadth: "Vườn cam của 17 tổ viên rộng 12,5 ha" (il06)
_OWNERS_LAND_WIDE = re.compile(r"(?i)\b(?:vườn|đồi|ruộng|nương|rừng)\s+((?:[^\W\d]+\s+){1,4}?)của\s+(?:các\s+|\d+\s+)?"
                               rf"(?:hộ\s+)?(?:{_OWNERS})\s+(?:rộng|có\s+diện\s+tích|là)\s+(?:khoảng\s+)?$")

_NOW = re.compile(r"(?i)^\W*hiện\s+(?:nay|tại|có)\b")
# after an area, the land it is and its crop, then whose: "42 ha đồi sim của các hộ thành viên", "3 ha vườn cam
# của hợp tác xã" (the land named: "Nguồn cung: 6 ha dâu quả của các thành viên" is one part of "9 ha dâu")
_THEN_OWNER = re.compile(r"(?i)\s*((?:đồi|vườn|ruộng|rừng|nương|bãi|đầm|ao)\s+(?:[^\W\d]+\s+){1,3}?)của\s+(?:các\s+)?(?:hộ\s+)?"
                         rf"(?:{_OWNERS})\b")


def _area_then_owner(s: Sent, crops: set[str], v: Vocab) -> Stmt | None:
    """The members' or the producer's own area of its crop said area first, owner last ("Hiện nay 42 ha đồi
    sim của các hộ thành viên được chăm sóc"); None when the sentence has no such area, or more than one."""
    areas = [a for a in s.amounts if a.kind == "area" and not a.per and a.value_max is None]
    if len(areas) != 1 or _ZONE_OTHER.search(s.text):
        return None
    a = areas[0]
    if (mm := _THEN_OWNER.match(s.text, a.end)) and (crop := product_tokens(mm.group(1), v)) & crops:
        return Stmt("area", a.value, ("vùng",), frozenset(crop), s.text, s.section, s.block, bool(a.qualifier))
    return None


def _own_area_of(s: Sent, crops: set[str], v: Vocab) -> Stmt | None:
    """"(Tổng) diện tích cam của các thành viên là 15 ha": the producer's own area of its crop, the
    crop named between "diện tích" and "của"; None when the sentence has no such area."""
    for a in s.amounts:
        if a.kind != "area" or a.per or a.value_max is not None:
            continue
        mm = _AREA_OF_OWN.search(s.text[max(0, a.start - 80):a.start]) or \
            _MEMBERS_HAVE_AREA.search(s.text[max(0, a.start - 80):a.start]) or \
            _OWNERS_LAND_WIDE.search(s.text[max(0, a.start - 80):a.start])
        if mm and (crop := product_tokens(mm.group(1), v)) & crops:
            return Stmt("area", a.value, ("vùng",), frozenset(crop), s.text, s.section, s.block, bool(a.qualifier))
    return None


# (or the years a crop was planted: "cam chanh trồng từ 2012 – 2016", il06)
_SINCE = re.compile(r"(?i)\btừ\s+(?:năm|tháng)\s+[\d/]+|\btừ\s+(?:19|20)\d\d\b(?:\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?:19|20)\d\d\b)?|"
                    r"\btừ\s+\d+(?:[.,]\d+)?\s*(?:đến|tới|-|–)\s*\d+(?:[.,]\d+)?\s*(?:năm\s+|tháng\s+)?tuổi\b")
_DATED = re.compile(r"(?i)(?<!từ )(?<!đến )(?<!tới )\bnăm\s+(20\d\d)\b")
_LINKED_GROWERS = re.compile(r"(?i)\b(?:cùng|và)\s+(?:các\s+)?(?:\d+\s+)?hộ\s+liên\s+kết\b")
_EACH_AREA = re.compile(r"(?i)\bmỗi\s+(?:hộ|thành\s+viên|người)\b")


def _linked_area(s: Sent, crops: set[str], v: Vocab) -> Stmt | None:
    """The one area a sentence gives for the crop that the producer grows with the households it links ("Hộ
    cùng 8 hộ liên kết trong thôn trồng 6 ha chè vằng", "Chè vằng được trồng trên 4 ha đồi của hộ và 8 hộ liên
    kết"): their zone, said without "vùng". Not an area each household has, nor a region's or a plan's."""
    if not _LINKED_GROWERS.search(s.text) or _EACH_AREA.search(s.text) or _ZONE_OTHER.search(s.text):
        return None
    areas = [a for a in s.amounts if a.kind == "area" and not a.per and a.value_max is None]
    if len(areas) != 1 or not (product_tokens(s.text, v) & crops):
        return None
    a = areas[0]
    return Stmt("area", a.value, ("vùng",), frozenset(), s.text, s.section, s.block, bool(a.qualifier))


_ZONE_OTHER = re.compile(r"(?i)\b(?:toàn|cả|của)\s+(?:xã|huyện|tỉnh|vùng)\b|\btrên địa bàn\b|"
                         # (other households, not the members': "Vùng chè … của các hộ thành viên là 40 ha")
                         r"\bcác hộ\b(?!\s+(?:thành viên|xã viên|tổ viên))|"
                         r"\btrong đó\b|\bgồm\b|\bquy hoạch\b|\bdự kiến\b|\bđến năm\b|\bsẽ\b")


# between "vùng" and its area, the producer's own: "vùng trồng của công ty 12 ha", "vùng nguyên liệu của hợp tác xã là 8 ha"
_OWN_ZONE_PART = re.compile(r"(?i)\s+(?:trồng|nguyên\s+liệu)?(?:\s+[^\W\d]+){0,2}?\s+của\s+(?:công\s+ty|hợp\s+tác\s+xã|htx|"
                            r"tổ\s+hợp\s+tác|cơ\s+sở|hộ|gia\s+đình)\s+(?:là\s+|khoảng\s+|rộng\s+)?")
# between the households a zone is made of and the area they grow: "12 hộ liên kết trồng 4 ha"
_ZONE_GROWN = re.compile(r"(?i)(?:\s+(?:liên\s+kết|thành\s+viên|trong\s+thôn|trong\s+xã|cùng))*\s+"
                         r"(?:trồng|canh\s+tác|có)\s+(?:tổng\s+cộng\s+|khoảng\s+|tổng\s+)?")
# the zone's breadth said after what it is of: "… rộng 3 ha", "… có tổng diện tích 3 ha"
_ZONE_WIDE = re.compile(r"(?i)(?:\brộng|\btổng\s+diện\s+tích|\bdiện\s+tích)\s+(?:khoảng\s+|là\s+)?$")


def _zone_stmts(m: PlanModel) -> list[Stmt]:
    """The producer's own growing zone ("vùng trà dây 30 ha", "vùng nguyên liệu của hợp tác xã rộng
    45 ha"), as its profile, present state or supply section states it: the first area within a
    few words after "vùng", in a sentence about no change, part, plan or region."""
    v = m.vocab
    out = []
    crops = product_tokens(m.view.plan.product.name or "", v).union(*(r.material for r in ratios(m)))
    for s in m.sents:
        # (the organisation section describes the producer as it is too: "Công ty liên kết với 40 hộ …
        # với tổng diện tích 9 ha"; a planned zone is told apart by its cues, _ZONE_OTHER)
        # (and the legal papers' part, often the producer's own sub-section: "1.2. Pháp lý, thành viên")
        # (the social part too, where it says what is there now: "Hiện nay 42 ha đồi sim của các hộ thành viên
        # được chăm sóc")
        if not (s.section in (*PAST_SECTIONS, "raw_materials", "organization", "compliance") or
                s.section == "social_environment" and _NOW.match(s.text)) or \
                v.text["change"].in_text(_SINCE.sub("", _PAREN.sub("", s.text))):
            # (a change said in brackets is an aside on one part: "… vùng trồng của công ty 12 ha (khoảng 2.000
            # kg/ha/năm) và các hộ liên kết (…, số hộ tăng dần theo hợp đồng)", hm09)
            continue
        if any(not m.is_plan_year(int(y.group(1))) for y in _DATED.finditer(s.text)):
            continue  # "Năm 2022 vùng liên kết 6 ha": that year's zone, not today's ("Từ năm 2022" is)
        if not _ZONE.search(s.text):
            if own := _area_then_owner(s, crops, v):
                out.append(own)
                continue
            # "Tổng diện tích cam của các thành viên là 15 ha": the members' area of the crop, named before it
            if own := _own_area_of(s, crops, v):
                out.append(own)
                continue
            # "Hiện HTX và các thành viên có 8 ha sả chanh": the producer's own area of its crop
            for a in s.amounts:
                if a.kind != "area" or a.per or a.value_max is not None or \
                        not _OWN_AREA.search(s.text[max(0, a.start - 60):a.start]):
                    continue
                crop = product_tokens(_noun_text(s.text, a.end), v)
                if crop & crops:
                    out.append(Stmt("area", a.value, ("vùng",), frozenset(crop), s.text, s.section, s.block,
                                    bool(a.qualifier)))
                    break
            continue
        had = len(out)
        for z in _ZONE.finditer(s.text):
            before = [a for a in s.amounts if a.kind == "area" and a.end <= z.start() and
                      not s.text[a.end:z.start()].strip()]
            if before:
                a = before[-1]  # "5 ha vùng trồng (3 ha của công ty …)": the zone's area is before it
            elif z.group(0).lower().startswith("liên"):
                if any(b.kind == "area" and b.end <= z.start() for b in s.amounts):
                    # "Nguồn cung: vườn của công ty 6 ha …; 25 hộ liên kết … với tổng diện tích 5 ha": one
                    # source of several, not the zone
                    continue
                a = next((a for a in s.amounts if a.start > z.end() and a.kind == "area" and
                          _AREA_OF.search(s.text[max(0, a.start - 22):a.start])), None)
            else:
                a = next((a for a in s.amounts if a.start > z.end()), None)
                if a is not None and a.kind == "count" and a.unit in ("hộ", "thành viên"):
                    # "Vùng nguyên liệu: gia đình và 12 hộ liên kết trồng 4 ha gừng": the households, then
                    # the area they grow, in the same clause (not one household's, "mỗi hộ 0,5 ha")
                    a = next((b for b in s.amounts if b.start > a.end and b.kind == "area" and
                              _ZONE_GROWN.fullmatch(s.text[a.end:b.start])), None)
                elif a is not None and a.start - z.end() > 50 and not (
                        a.start - z.end() <= 90 and _ZONE_WIDE.search(s.text[z.end():a.start])):
                    # ("Vùng gừng liên kết của gia đình và các hộ trong thôn rộng 3 ha": its breadth said)
                    continue
            if a is None or a.kind != "area" or a.per or a.value_max is not None:
                continue
            if any(b.kind == "area" and b.start > a.end and not b.per and
                   re.fullmatch(r"[^;.\d]*\b(?:và|,)\s*", s.text[a.end:b.start]) for b in s.amounts):
                continue  # "Vùng sả hiện có 5 ha của công ty và 15 ha của hộ liên kết": the first part, not the zone
            clause = s.text[_clause_start(s.text, a.start):a.start]
            # ("Vùng gừng liên kết của gia đình và các hộ trong thôn rộng 3 ha": the family's zone with
            # the households it links, not other households')
            # (nor the households the producer links with: "Tổ hợp tác liên kết với các hộ trồng lúa nếp trong
            # xã, vùng nếp liên kết rộng 10 ha")
            other = next((o for o in _ZONE_OTHER.finditer(clause) if not (
                o.group(0).lower() == "các hộ" and re.search(r"(?i)(?:\bgia đình\s+và|\bliên kết\s+với)\s+$",
                                                             clause[:o.start()]))), None)
            if other and other.group(0).lower() == "gồm" and other.end() <= z.start() and \
                    _OWN_ZONE_PART.fullmatch(s.text[z.end():a.start]) and \
                    not any(b.kind == "area" and b.start > a.end and not b.per for b in s.amounts):
                # ("Nguồn cung gồm vùng trồng của công ty 12 ha (…) và các hộ liên kết …": the producer's own zone,
                # named as the first of the sources, the others counted otherwise, hm09)
                other = None
            if other and not (other.group(0).lower() == "gồm" and not s.text[other.end():a.start].strip() and
                              not any(b.kind == "area" and b.start > a.end for b in s.amounts)):
                # ("Vùng nguyên liệu của tổ gồm 4 ha gừng, sả": the whole zone, when no second area
                # follows to make it a breakdown)
                continue
            out.append(Stmt("area", a.value, ("vùng",), frozenset(), s.text, s.section, s.block,
                            bool(a.qualifier)))
            break
        if len(out) == had and (own := _own_area_of(s, crops, v) or _linked_area(s, crops, v)):
            # "Diện tích khoai lang của gia đình và các hộ liên kết hiện là 4 ha": no zone said with "vùng", the
            # area of the crop of the family and the households it links
            out.append(own)
    return out


WHAT_VI = {"members": "số thành viên", "workers": "số lao động", "price": "giá bán", "output": "sản lượng", "charter_capital": "vốn điều lệ",
           "investment_total": "tổng vốn đầu tư", "area": "diện tích", "stock": "số {unit} hiện có"}


def _words_disagree(m: PlanModel) -> list[Hit]:
    """An amount in digits and its twin written out in words in the brackets after it that say two figures
    ("Tổng vốn đầu tư của phương án: 2.350.000.000 đồng (Bằng chữ: Hai tỷ không trăm năm mươi triệu đồng)", jc06):
    one of them is a slip, and a paper that states money states it both ways alike. The twin is the nearest amount
    in digits before its bracket of its kind and unit ("14.000 chai 500 ml (tức mười bốn nghìn chai)" writes out the
    bottles, not the size)."""
    names = _section_names()
    for s in m.sents:
        for t in written_twins(s.text):
            before = [a for a in s.amounts if a.end <= t.start and t.start - a.end <= 45 and a.kind == t.kind
                      and a.unit == t.unit and a.value_max is None and not _WORDNUM_START.match(a.text)]
            if not before:
                continue
            a = before[-1]
            if close(a.value, t.value, 0.005):
                continue
            return [Hit(section=s.section, evidence=quote(s.text, 300),
                        params={"kind": "in_words", "what": "", "first": a.text.strip(), "words": t.text.strip(),
                                "second": fmt_qty(t.value, t.unit), "year": "",
                                "first_section": names.get(s.section or "", ""), "second_section": ""})]
    return []


# an amount written out in words itself ("Hai tỷ … đồng"), not in digits
_WORDNUM_START = re.compile(r"(?i)^\s*[^\W\d]")


def _fmt_stmt(st: Stmt) -> str:
    if st.what == "members":
        return f"{fmt_num(st.value, 0)} thành viên"
    if st.what == "workers":
        return f"{fmt_num(st.value, 0)} lao động"
    if st.what == "price":
        per = {"l": "lít"}.get(st.key[0], st.key[0])
        return f"{fmt_num(st.value, 0)} đồng/{per}"
    if st.what == "output":
        return fmt_qty(st.value, st.key[1])
    if st.what == "area":
        return fmt_qty(st.value, "m2")
    if st.what == "stock":
        return f"{fmt_num(st.value, 0)} {st.key[0]}"
    return fmt_qty(st.value, "VND")


_TOTAL_OF_KINDS = re.compile(r"(?i)^\W*(?:\d+\s*\|\s*)?(?:tổng(?:\s+cộng)?|cộng)\b")


def _worker_part(text: str, value: float) -> bool:
    """The statement's own breakdown, after its colon, "gồm", "trong đó" or "riêng", names `value` workers as a part
    ("38 lao động thường xuyên, trong đó 11 người ở xưởng rượu"; "…; riêng xưởng nước mắm có 11 người", hw05)."""
    low = text.lower()
    at = max(low.find(":"), low.find(" gồm "), low.find("trong đó"), low.find("riêng "))
    if at < 0 or value != int(value):
        return False
    return bool(re.search(rf"(?<![\d.,]){int(value)}\s+(?:lao động|người|công nhân|thợ)\b", text[at:]))


def _a_row_of(m: PlanModel, total: Stmt, other: Stmt) -> bool:
    """`total` is a table's total row and `other` is the count of one of the rows above it, which its sentence names
    ("Xưởng nước mắm có 11 lao động" beside "Xưởng nước mắm | 11" over "Tổng số lao động | 96"; not "số lao động giữ
    nguyên 4 người" beside "Nấu, ủ men, chưng cất | 4", the whole workforce said plainly)."""
    if not _TOTAL_OF_KINDS.match(total.evidence) or other.value != int(other.value) or not (at := re.search(
            rf"(?<![\d.,]){int(other.value)}\s+(?:lao\s+động|người|công\s+nhân)\b", other.evidence)):
        return False
    tm = next((t for t in m.tables if t.block == total.block), None)
    lead = other.evidence[max(0, at.start() - 50):at.start()]
    lead = re.split(r"[;,.:]", lead)[-1]  # (the clause that leads to the count names whose hands they are)
    said = set(re.findall(r"\w{2,}", fold(lead.lower())))
    return tm is not None and any(
        not r.total and any(x.value == other.value for x in r.vals) and
        len(set(re.findall(r"\w{2,}", fold((r.label or "").lower()))) - {"lao", "dong", "nguoi"} & said) >= 2
        for r in tm.rows)


# a count of the whole organisation, beside lines of business the plan is not about ("Toàn công ty có 96 lao động",
# "các xưởng khác của công ty không điều chuyển người sang", hw06, hw08): the product's workshop is a part of it
_WHOLE_ORGANISATION = re.compile(r"(?i)\b(?:toàn|cả)\s+(?:công\s+ty|hợp\s+tác\s+xã|htx|doanh\s+nghiệp)\b|"
                                 r"\bcác\s+(?:xưởng|bộ\s+phận|tổ|dịch\s+vụ|mảng|ngành\s+nghề)\s+(?:khác|còn\s+lại)\b")


def _lists_kinds(m: PlanModel, text: str, base: frozenset) -> bool:
    """The sentence names the product (`base`) with an amount in two or more of its clauses: kinds of
    it, each with its own figure ("mật ong hoa keo 12.000 kg …; mật ong hoa rừng 3.000 kg")."""
    return sum(1 for c in re.split(r"[;,]", text)
               if re.search(r"\d", c) and base <= product_tokens(c, m.vocab)) >= 2


def rel_consistency(m: PlanModel, spec: Spec) -> list[Hit]:
    q = set(spec.quantities)
    if "in_words" in q and (said := _words_disagree(m)):
        return said  # (before the statements are read: a slip between digits and words is the finding)
    stmts: list[Stmt] = []
    if "workers" in q:
        stmts += _worker_stmts(m)
    if "price" in q:
        stmts += _price_stmts(m)
    if "output" in q:
        stmts += _output_stmts(m)
    if "charter_capital" in q:
        stmts += _capital_stmts(m, "charter_capital")
    if "investment_total" in q:
        stmts += _capital_stmts(m, "investment_total")
    if "area" in q:
        stmts += _area_stmts(m)
    if "members" in q:
        stmts += _member_stmts(m)
    if "stock" in q:
        stmts += _stock_stmts(m)
    # (an earlier draft's figure, "Dự thảo lần 1 … dự kiến sản lượng năm 2027 là 6 tấn", is no account of the plan's:
    # the cover letters and minutes bundled with a plan tell how it changed, jd01, jd02, jd06)
    stmts = [st for st in stmts if not m.vocab.text["earlier_version"].in_text(st.evidence)]
    hits = []
    reported: set = set()
    groups: dict[tuple, list[Stmt]] = defaultdict(list)
    for st in stmts:
        groups[(st.what, st.key)].append(st)
    for (what, key), group in groups.items():
        if what in reported:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.block == b.block or (a.section == b.section and a.section is not None
                                          and not _apart(m, a, b) and not _price_list_and_text(a, b)):
                    continue
                if a.product and b.product and not (a.product <= b.product or b.product <= a.product):
                    continue
                if what == "output" and a.product and b.product and a.product != b.product and _TOTAL_OF_KINDS.match(
                        (a if a.product < b.product else b).evidence) and _lists_kinds(
                        m, (b if a.product < b.product else a).evidence, min(a.product, b.product, key=len)):
                    # "Tổng sản lượng mật ong | 15.000" and "Sản lượng mật ong hoa keo 12.000 kg …; mật ong
                    # hoa rừng 3.000 kg …": a total over the kinds and one of the kinds the sentence lists
                    continue
                tol = max(spec.tolerance, 0.1 if (a.loose or b.loose) else 0)
                if what == "stock" and (a.loose or b.loose):
                    tol = max(tol, 0.2)  # "khoảng 300 đàn" is a round count: 330 or 350 hives are not another figure
                if what == "stock" and "first_year" in (a.tense, b.tense):
                    # the first plan year's stock against today's: a stock that grows is the plan; one that
                    # shrinks unsaid is two accounts of today's (hn08)
                    # (a stock may lose some colonies or head over a season: up to 15 % fewer is no other account)
                    first, other = (a, b) if a.tense == "first_year" else (b, a)
                    if other.tense != "now" or other.value <= first.value * (1 + max(tol, 0.15)) or \
                            any(_FEWER_STOCK.search(x.text) for x in m.sents):
                        continue
                if what in ("stock", "workers", "members") and _said_as_change(m, a, b):
                    continue  # "Quy mô 260 đàn ong nội (hiện có 220 đàn, bổ sung 40 đàn)": the plan relates the two (ht03)
                if "sold_verb" in (a.kind, b.kind):
                    # a sentence's sales, held against the output only when above it
                    if hit := _oversold(m, a, b, max(tol, 0.05)):
                        hits.append(hit)
                        reported.add(what)
                        break
                    continue
                if close(a.value, b.value, tol) or scale_slip(a.value, b.value):
                    continue
                if what == "output" and (a.export_said or b.export_said) and a.kind != b.kind:
                    continue  # what the objectives say is exported: held against the export rows only (hb07)
                if what == "output" and "export" in (a.kind, b.kind) and a.kind != b.kind and \
                        not _EXPORT_TERM.search((b if a.kind == "export" else a).evidence):
                    continue  # the quantity exported against the whole output: a part of it (hb01)
                if what == "price" and (not _price_pair_ok(a, b, group, stmts, tol) or _both_named_kinds(a, b, stmts, tol)):
                    continue
                if what == "output" and {a.kind, b.kind} == {"", "sold"}:
                    # (a plain output row is what is made: "Hộp 400 g (hộp) | 30.000" beside "Hộp 400 g: Bán được (hộp) |
                    # 27.483" is stock and returns apart, ij01; more sold than that is still two accounts)
                    sold, made = (a, b) if a.kind == "sold" else (b, a)
                    if sold.value <= made.value * (1 + tol):
                        continue
                if what == "output" and a.kind and b.kind and a.kind != b.kind:
                    # produced vs sold: stock and losses part them, but a year's sales beyond its
                    # output need stock or goods bought in that the plan does not mention
                    if hit := _oversold(m, a, b, max(tol, 0.05)):
                        hits.append(hit)
                        reported.add(what)
                        break
                    continue
                if what == "output" and "harvest" in (a.kind, b.kind) and a.kind != b.kind:
                    continue  # "mật thu hoạch 2.600 kg" vs the honey packed: losses between them
                # a generic statement (no product words) agrees if any specific one has its value
                if what in ("output", "area") and (not a.product or not b.product):
                    gen = a if not a.product else b
                    peers = [x for x in group if x.product and x is not gen]
                    if any(close(gen.value, x.value, tol) for x in peers):
                        continue
                    if len({x.value for x in peers}) > 1:
                        continue
                if what == "workers" and "regular_jobs" in (a.kind, b.kind) and \
                        not {a.kind, b.kind} <= {"regular_jobs", "regular"}:
                    continue
                if what == "workers" and "hired" in (a.kind, b.kind) and a.kind != b.kind:
                    continue  # the hired workers are a part of the workforce
                if what == "workers" and "all_hands" in (a.kind, b.kind) and a.kind != b.kind and \
                        {a.kind, b.kind} & {"regular", "regular_jobs"}:
                    continue  # a total with the seasonal hands against the regular ones: its regular part is held instead
                if what == "stock" and "owned" in (a.tense, b.tense) and \
                        re.search(r"(?<!\d)20\d\d(?!\d)", (b if a.tense == "owned" else a).evidence):
                    continue  # "800 đàn ong của công ty" now, "Năm 2024 công ty có 700 đàn ong" two years ago
                if what == "workers" and (_WHOLE_ORGANISATION.search(a.evidence) or _WHOLE_ORGANISATION.search(b.evidence)
                                          or _a_row_of(m, a, b) or _a_row_of(m, b, a)):
                    continue  # the whole organisation's staff and one workshop's ("Xưởng nước mắm | 11" in the table
                    # whose "Tổng số lao động | 96" is the other figure, hw06)
                if what == "workers" and (_worker_part(a.evidence, b.value) or _worker_part(b.evidence, a.value)):
                    continue  # "Hộ có 4 lao động: vợ chồng chủ hộ và 2 lao động thuê thường xuyên" and "2 lao động
                    # thường xuyên: rửa, gọt nghệ …": the part the one statement names itself
                if what == "members" and (a.tense != b.tense or "plan" in (a.tense, b.tense)):
                    continue  # members now and members the plan aims at
                if what == "workers" and key == ("undated",):
                    # the workforce before the plan and the plan's may differ; the producer's
                    # profile may give either
                    shrunk = _fewer_later(m, a, b, tol)
                    if ("now" in (a.tense, b.tense) and a.tense != b.tense and "stable" not in (a.tense, b.tense)
                            and not _profile_now(a, b) or {a.tense, b.tense} == {"producer", "plan"}) and not shrunk:
                        continue
                    # an undated figure may be the one of any plan year
                    # (both must be some year's: "5 lao động" the first year's and an undated "8 người"
                    # that is no year's are two accounts of one workforce)
                    dated = {x.value for x in stmts if x.what == "workers" and x.key[0] == "year"}
                    if a.tense != "now" and b.tense != "now" and {a.value, b.value} <= dated:
                        continue
                    # a workforce the plan changes year by year ("8 người năm 2026, 9 người năm 2027,
                    # 10 người năm 2028"): a target that is one year's ("tạo việc làm cho 10 lao động")
                    # beside another undated count that may be another year's
                    # (unless the target lies outside every year's: "6 người năm 2027 và 7 người các năm
                    # 2028, 2029" against "tạo việc làm thường xuyên cho 12 lao động" is no year's)
                    target = a if a.tense == "plan" else b
                    # (not a workforce today larger than the plan's, the plan saying nothing of fewer hands: the
                    # target agreeing with the plan's years leaves today's count the other account, hs10)
                    if len(dated) >= 2 and "plan" in (a.tense, b.tense) and (a.value in dated or b.value in dated) \
                            and min(dated) * (1 - tol) <= target.value <= max(dated) * (1 + tol) and not shrunk:
                        continue
                    # a target that is some plan year's workforce in a table by year ("Lao động (người) | 7 |
                    # 7 | 8" and "8 lao động có việc làm thường xuyên" beside the first year's "Cộng | 7")
                    if "plan" in (a.tense, b.tense) and target.value in _table_workforce(m) and not shrunk:
                        continue
                names = _section_names()
                first_name, second_name = names.get(a.section or "", ""), names.get(b.section or "", "")
                if a.section == b.section:  # two places under one key: name each by its heading
                    first_name, second_name = _heading_at(m, a.block), _heading_at(m, b.block)
                what_vi = f"diện tích {a.kind}" if what == "area" and key[:1] in (("cơ sở",), _LEASED_KEY) else \
                    WHAT_VI[what].format(unit=key[0] if key else "")
                first_vi, second_vi = _fmt_stmt(a), _fmt_stmt(b)
                if what == "stock" and "first_year" in (a.tense, b.tense):
                    # the first plan year's count is no count "hiện có": each figure says its own time
                    what_vi = f"số {key[0]}"
                    first_vi, second_vi = (f"{t} năm {x.year}" if x.tense == "first_year" else f"{t} hiện có"
                                           for t, x in ((first_vi, a), (second_vi, b)))
                hits.append(Hit(section=b.section or a.section, evidence=quote(f"{a.evidence} || {b.evidence}", 450),
                                params={"what": what_vi, "first": first_vi,
                                        "second": second_vi,
                                        "first_section": first_name,
                                        "second_section": second_name,
                                        "year": ylabel(key[0]) if what == "output" else
                                        ylabel(key[2]) if what == "price" and len(key) == 3 and key[2] else ""}))
                reported.add(what)
                break
            if what in reported:
                break
    if "workers" in q and "workers" not in reported and (hit := _profile_above_staff(m, stmts, spec.tolerance)
                                                          or _jobs_above_staff(m, stmts, spec.tolerance)
                                                          or _plan_below_staff(m, stmts, spec.tolerance)):
        hits.append(hit)
    if "stock_carried" in q and (hit := _stock_not_carried(m, spec.tolerance)):
        hits.append(hit)
    if "output_history" in q and "output" not in reported and (hit := _history_output_disagrees(m, spec.tolerance)):
        hits.append(hit)
    if "interest" in q and (hit := _interest_disagrees(m, spec.tolerance)):
        hits.append(hit)
    return hits


def _two_rows_hit(m: PlanModel, a: Row, b: Row, params: dict[str, str]) -> Hit:
    """A figure-inconsistent finding of two table rows that give one figure differently: each named by its part
    of the plan, by its table's caption when one part holds both, not at all when one table does."""
    names = _section_names()
    if a.table == b.table:
        where = ["", ""]
    elif a.section != b.section:
        where = [names.get(r.section or "", "") for r in (a, b)]
    else:
        where = [_caption(m.table(r.table)) or names.get(r.section or "", "") for r in (a, b)]
    return Hit(section=b.section or a.section, evidence=quote(f"{a.evidence} || {b.evidence}", 450),
               params={**params, "first_section": where[0], "second_section": where[1]})


_INTEREST_ROW = re.compile(r"(?i)^\W*(?:tổng\s+(?:cộng\s+)?)?(?:chi\s+phí\s+)?(?:trả\s+)?lãi\s+vay\b")


def _interest_disagrees(m: PlanModel, tol: float) -> Hit | None:
    """The interest of a year in two tables, the loan's schedule and the costs ("Lãi vay (8 %/năm) | 48 | 32 | 16"
    against "Lãi vay ngân hàng | 48 | 48 | 48"): one charge, so one figure a year. Only rows that agree in some
    year (the same loan, in the same money unit) and differ in another."""
    rows = [r for r in m.rows() if _INTEREST_ROW.match(r.label or "") and not r.subset and not r.noisy
            and len([y for y in r.money_years() if y is not None]) >= 2]
    # (a schedule of several loans gives each loan's interest, "Lãi vay 6,6 %/năm (Ngân hàng CSXH)" and "Lãi vay 8
    # %/năm (Agribank)", and their total, "Tổng lãi vay phải trả": one loan's row is a part of the year's interest, hz10)
    parts = {id(r) for r in rows if not r.total and sum(1 for o in rows if o.table == r.table and not o.total) >= 2}
    rows = [r for r in rows if id(r) not in parts]
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a.table == b.table:
                continue
            ya, yb = a.money_years(), b.money_years()
            common = sorted(y for y in ya if y is not None and y in yb and m.is_plan_year(y))
            if not any(close(ya[y].value, yb[y].value, tol) for y in common):
                continue
            for y in common:
                if not close(ya[y].value, yb[y].value, tol) and not scale_slip(ya[y].value, yb[y].value):
                    return _two_rows_hit(m, a, b, {"what": "lãi vay", "year": ylabel(y),
                                                   "first": fmt_qty(ya[y].value, "VND"),
                                                   "second": fmt_qty(yb[y].value, "VND")})
    return None


# the output made (or sold) in a year, as a history table names it: "Sản lượng (kg)", "Tổng sản lượng quy đổi"
_OUTPUT_ROW = re.compile(r"(?i)^\W*(?:tổng\s+)?sản\s+lượng\b(?!\s+(?:tiêu\s+thụ|bán|thu\s+mua|nguyên))")


def _history_output_disagrees(m: PlanModel, tol: float) -> Hit | None:
    """A year up to the plan's writing whose output two tables give differently ("Sản lượng (kg) | 3.000 | 3.300 | 4.200"
    for 2024–2026 and "Tổng sản lượng quy đổi | kg | 3.600 | 3.950 | …" from 2026): the past is one figure. Only
    rows that name the output alone (no product words, or the same ones), in one unit, not a scan's unsure cell."""
    if m.plan_year is None:
        return None
    seen: dict[tuple[int, str, frozenset[str]], tuple[Val, Row]] = {}
    for r in m.rows():
        if r.subset or r.noisy or r.garbled or r.flags & {"need", "supply", "input", "balance", "market"} or \
                not (mt := _OUTPUT_ROW.match(r.label or "")) or _YIELD_PER_SOURCE.search(r.label or ""):
            continue
        what = frozenset(product_tokens(re.sub(r"\([^()]*\)", " ", r.label[mt.end():]), m.vocab)) or \
            frozenset(_caption_product(m, r))
        for x in r.qty_years().values():
            if x.year is None or x.year > m.plan_year or x.vmax is not None or (m.ocr and x.unsure):
                continue
            key = (x.year, x.unit, what)
            if (got := seen.get(key)) is None:
                seen[key] = (x, r)
                continue
            y, other = got
            if other.table == r.table or close(x.value, y.value, tol) or scale_slip(x.value, y.value):
                continue
            return _two_rows_hit(m, other, r, {"what": "sản lượng", "year": ylabel(x.year),
                                               "first": fmt_qty(y.value, y.unit), "second": fmt_qty(x.value, x.unit)})
    return None


_STOCK_OPEN = re.compile(r"(?i)^\W*(?:\d+\W*)?tồn\s+(?:kho\s+)?đầu\s+(?:năm|kỳ|vụ)\b")
_STOCK_CLOSE = re.compile(r"(?i)^\W*(?:\d+\W*)?tồn\s+(?:kho\s+)?cuối\s+(?:năm|kỳ|vụ)\b")


def _stock_not_carried(m: PlanModel, tol: float) -> Hit | None:
    """The stock a year ends with is the stock the next one starts with: "Tồn kho cuối năm | … | 4.000" for
    2026 in the history table and "Tồn kho đầu năm | 6.000 | …" for 2027 in the balance of the plan, of
    the same goods and unit, are two accounts of one heap. Rows of another product (their labels name
    different goods), money rows and a scan's unsure cells are not compared."""
    def stock_rows(rx: re.Pattern[str]) -> list[tuple[Row, frozenset[str], dict[int, Val]]]:
        out = []
        for r in m.rows():
            if r.subset or r.noisy or r.garbled or not rx.match(r.label or ""):
                continue
            years = {x.year: x for x in r.vals if x.year is not None and x.vmax is None and x.kind in QTY_KINDS
                     and x.unit not in PEOPLE and not x.per and not (m.ocr and x.unsure)}
            if years:
                rest = re.sub(r"\([^()]*\)", " ", rx.sub("", r.label, count=1))  # the goods it names, if any
                out.append((r, frozenset(product_tokens(rest, m.vocab)), years))
        return out

    opens, closes = stock_rows(_STOCK_OPEN), stock_rows(_STOCK_CLOSE)
    for cr, cwhat, cyears in closes:
        for orow, owhat, oyears in opens:
            if cwhat != owhat:
                continue
            for y, cv in sorted(cyears.items()):
                ov = oyears.get(y + 1)
                if ov is None or ov.unit != cv.unit or close(cv.value, ov.value, tol) or scale_slip(cv.value, ov.value):
                    continue
                return _two_rows_hit(m, cr, orow, {"kind": "stock_carried", "what": "tồn kho", "year": str(y),
                                                   "next_year": str(y + 1), "first": fmt_qty(cv.value, cv.unit),
                                                   "second": fmt_qty(ov.value, ov.unit)})
    return None


def _staff_table_years(m: PlanModel, stmts: list[Stmt]) -> tuple[dict[int, float], list[Stmt]]:
    """The workforce a staff table gives each plan year (the largest count of the year), and its statements in
    order. (A sentence's "Năm 2027 tổ bố trí 14 lao động" beside the table is another account, not one of them.)"""
    dated: dict[int, float] = {}
    rows: list[Stmt] = []
    tables = {t.block for t in m.tables}
    for s in stmts:
        if s.what == "workers" and s.key[:1] == ("year",) and m.is_plan_year(s.key[1]) and s.kind in ("", "regular") \
                and s.block in tables:
            dated[s.key[1]] = max(dated.get(s.key[1], 0.0), s.value)
            rows.append(s)
    return dated, rows


def _count_at(t: Stmt) -> re.Match[str] | None:
    """Where a workforce statement's own count stands in its sentence ("… cho 14 lao động", "9 người")."""
    return re.search(rf"(?<![\d.,]){re.escape(fmt_num(t.value, 0))}\s*(?:lao\s+động|người)", t.evidence)


def _jobs_above_staff(m: PlanModel, stmts: list[Stmt], tol: float) -> Hit | None:
    """The regular jobs the plan promises ("tạo việc làm thường xuyên cho 24 lao động") above the workforce
    the plan gives itself in every plan year ("Tổng | 16 | 17 | 17"): the same workforce counted two ways,
    for a regular job is a place in that workforce. Not when the sentence counts the people beyond the
    producer's own staff (rules/labels.yml jobs_beyond_staff: linked households, members, the growers of the
    raw material), nor a hedged target."""
    dated, rows = _staff_table_years(m, stmts)
    first = max(reversed(rows), key=lambda s: s.value) if rows else None  # (the last of the largest)
    if len(dated) < 2 or first is None:
        return None
    beyond = m.vocab.text.get("jobs_beyond_staff")
    top = max(dated.values())
    for t in stmts:
        if t.what != "workers" or t.key != ("undated",) or t.kind != "regular_jobs" or t.loose:
            continue
        # (the count's own clause: "… cho 14 lao động của xã và việc làm thời vụ cho các hộ liên kết" names the
        # linked households in another clause)
        at = _count_at(t)
        clause = re.split(r"[;.]|\svà\s", t.evidence[at.end():] if at else t.evidence, maxsplit=1)[0]
        if beyond and beyond.in_text(clause):
            continue
        if t.value <= top * (1 + tol) or t.value - top < 2 or scale_slip(t.value, top):
            continue
        return _workers_hit(first, t, kind="jobs_above", year=ylabel(first.key[1]))
    return None


# a count the plan adds to its workforce ("tuyển thêm 3 lao động thường xuyên"), not the workforce
_ADDED_BEFORE = re.compile(r"(?i)\b(?:thêm|bổ\s+sung|tuyển\s+mới|tăng)\b[^.;\d]{0,25}$")


def _plan_below_staff(m: PlanModel, stmts: list[Stmt], tol: float) -> Hit | None:
    """The regular workforce the plan names as its own ("Lao động thường xuyên của phương án: 9 người", a summary
    page's) below the workforce its staff table gives in every plan year ("Tổng số lao động | 12 | 12 | 13"): one
    workforce counted two ways (fw05, a summary keeping last year's count). Not a hedged count, a count added to
    the workforce, nor a part of it."""
    dated, rows = _staff_table_years(m, stmts)
    first = min(rows, key=lambda s: s.key[1]) if rows else None  # (the first year's)
    if len(dated) < 2 or first is None:
        return None
    low = min(dated.values())
    tables = {t.block for t in m.tables}
    for t in stmts:
        if t.what != "workers" or t.key != ("undated",) or t.tense != "plan" or t.kind not in ("", "regular") or \
                t.loose or t.block in tables:
            continue
        at = _count_at(t)
        if at is None or not _REGULAR_WORDS.search(t.evidence[max(0, at.start() - 60):at.end() + 25]) or \
                _ADDED_BEFORE.search(t.evidence[:at.start()]):
            continue
        if t.value >= low * (1 - tol) or low - t.value < 2 or scale_slip(t.value, low):
            continue
        return _workers_hit(first, t, year=ylabel(first.key[1]))
    return None


def _workers_hit(a: Stmt, b: Stmt, kind: str | None = None, year: str = "") -> Hit:
    """The finding of two accounts of the workforce, `a` then `b`, each named by its section."""
    names = _section_names()
    params = {"what": WHAT_VI["workers"].format(unit=""), "first": _fmt_stmt(a), "second": _fmt_stmt(b),
              "first_section": names.get(a.section or "", ""), "second_section": names.get(b.section or "", ""),
              "year": year}
    if kind is not None:
        params["kind"] = kind
    return Hit(section=b.section or a.section, evidence=quote(f"{a.evidence} || {b.evidence}", 450), params=params)


# a staff table that lists the managers and the bookkeeper is the producer's whole workforce
# (a group's or a household's own head: "Trưởng nhóm, sổ sách", "Tổ trưởng", "Chủ hộ", hr07)
_MANAGING_ROW = re.compile(r"(?i)\b(?:quản\s+lý|kế\s+toán|giám\s+đốc|điều\s+hành|chủ\s+nhiệm|thủ\s+quỹ|trưởng\s+nhóm|"
                           r"tổ\s+trưởng|sổ\s+sách|chủ\s+(?:hộ|cơ\s+sở)|phụ\s+trách\s+chung)\b")


def _profile_above_staff(m: PlanModel, stmts: list[Stmt], tol: float) -> Hit | None:
    """The producer's profile gives more regular workers ("Công ty có 14 lao động thường xuyên") than the
    staff table gives in every plan year, the same each year, managers and bookkeeper included ("Quản lý,
    kế toán | 2 …; Cộng | 9 | 9 | 9"): one workforce counted two ways, for a producer does not shed a third of
    its staff when it starts a plan that grows. (A profile below the table is a producer that hires for the
    plan; a table without its managers may be one workshop of a larger producer.)"""
    profile = [s for s in stmts if s.what == "workers" and s.key == ("undated",) and s.tense in ("producer", "now")
               and s.kind in ("regular", "") and not s.loose]
    if len({s.value for s in profile}) != 1:
        return None
    by_block: dict[int, list[Stmt]] = defaultdict(list)
    for s in stmts:
        if s.what == "workers" and s.key[:1] == ("year",) and m.is_plan_year(s.key[1]):
            by_block[s.block].append(s)
    for block, dated in by_block.items():
        tm = next((t for t in m.tables if t.block == block), None)
        if tm is None or len(dated) < 2 or len({s.value for s in dated}) != 1 or \
                not any(_MANAGING_ROW.search(r.label or "") for r in tm.rows):
            continue
        a, b = profile[0], dated[0]
        if a.value <= b.value * (1 + tol) or a.value - b.value < 2 or scale_slip(a.value, b.value) or \
                _worker_part(a.evidence, b.value) or _WHOLE_ORGANISATION.search(a.evidence):
            continue  # (the profile naming the table's workforce as its part: "16 lao động, trong đó 8 người ở tổ
            # đóng gói cam", hw09)
        return _workers_hit(a, b)
    return None


def _oversold(m: PlanModel, a: Stmt, b: Stmt, tol: float) -> Hit | None:
    """A year's sales stated above that year's output ("Tổng lượng bán | 16.000 | 20.160 | 20.000"
    against "Sản lượng sản xuất (chai) | 16.000 | 17.600 | 20.000"), both firm and in one unit, in a
    plan that mentions no stock carried over nor goods bought in (rules/labels.yml output_carry)."""
    sold, made = (a, b) if a.kind in ("sold", "sold_verb") else (b, a)
    if sold.kind not in ("sold", "sold_verb") or made.kind not in ("made", "") or a.loose or b.loose or \
            a.key[0] != b.key[0] or not isinstance(a.key[0], int) or (made.kind == "" and sold.kind == "sold"):
        return None
    if sold.value <= made.value * (1 + tol) or scale_slip(sold.value, made.value):
        return None
    if "output_carry" not in m._cache:
        words = m.vocab.text.get("output_carry")
        m._cache["output_carry"] = bool(words) and any(words.in_text(s.text) for s in m.sents)
    if m._cache["output_carry"]:
        return None
    names = _section_names()
    return Hit(section=sold.section or made.section, evidence=quote(f"{made.evidence} || {sold.evidence}", 450),
               params={"what": "sản lượng", "kind": "oversold", "first": _fmt_stmt(made), "second": _fmt_stmt(sold),
                       "first_section": names.get(made.section or "", ""),
                       "second_section": names.get(sold.section or "", ""), "year": ylabel(a.key[0])})


def _heading_at(m: PlanModel, block: int) -> str:
    """The heading of the section a block is in, as written."""
    blocks = m.view.blocks
    for i in range(min(block, len(blocks) - 1), -1, -1):
        if blocks[i].kind == BlockKind.heading:
            return blocks[i].text
    return ""


def _apart(m: PlanModel, a: Stmt, b: Stmt) -> bool:
    """Two statements under the same section key but in two places of the plan, with another
    section between them ("I.3. Lao động" in the producer's profile and "X. Tổ chức sản xuất, lao
    động"): each place states the figure on its own, so they are compared."""
    lo, hi = sorted((a.block, b.block))
    return any(lo < sec.start < hi and sec.key != a.section for sec in m.view.plan.sections)


def _price_pair_ok(a: Stmt, b: Stmt, group: list[Stmt], stmts: list[Stmt] = (), tol: float = 0.02) -> bool:
    """Two prices are compared when they are the same kind of price (retail and wholesale differ)
    and either one is from a table (a product row, a price row) that gives one price for that
    unit and pack size, or both are from running text, for the same year, about a known pack size
    (or a price per kg or litre) and not about two named products."""
    if a.kind != b.kind:
        return False
    if (a.by_year and not b.named) or (b.by_year and not a.named):
        return False  # a price row by year against a price in text whose clause does not call it one
    tab = [x for x in (a, b) if _from_table(x)]
    if len(tab) == 2:
        # two tables' prices differ for many reasons (products, grades, channels); but two price rows by year
        # that agree in every other year are one series copied twice, wrong in this one
        return _same_series(a, b, stmts, tol)
    if len(tab) == 1:
        # (the table's prices of the product the text names, when it names one: "chiếu cói in hoa … 450.000
        # đồng/chiếc" against its own row, not the plain mat's and the bag's beside it)
        # (only of a sentence whose producer sells that product at that price: a list of prices, "650.000 đồng/chiếc
        # khay trà, 350.000 đồng/chiếc hộp", names each product after its price, where a clause's words mislead)
        said = b if tab[0] is a else a
        by_product = bool(said.product) and bool(_PRODUCER_SELLS_AT.match(said.evidence))
        table_vals = {x.value for x in group if _from_table(x) and x.kind == a.kind and
                      (not by_product or not x.product or said.product <= x.product or x.product <= said.product)}
        return len(table_vals) == 1
    if a.year != b.year:
        return False
    per, size = a.key[0], a.key[1]
    if size is None and per not in ("kg", "l", "m3", "m2"):
        return False
    # an average price, or a section that itself gives several prices for this unit (grades,
    # products), says nothing about one product's price
    text = [x for x in group if not _from_table(x) and x.kind == a.kind and x.year == a.year]
    by_section: dict[str | None, set[float]] = defaultdict(set)
    for x in text:
        by_section[x.section].add(x.value)
    return not any(len(vals) > 1 for vals in by_section.values()) and not any(
        _AVERAGE.search(x.evidence) for x in (a, b))


_AVERAGE = re.compile(r"(?i)(?<!\w)(bình quân|trung bình|bq)(?!\w)")


def _same_series(a: Stmt, b: Stmt, stmts: list[Stmt], tol: float) -> bool:
    """`a` and `b` are one year's cells of two price rows by year, in two tables, naming no product ("Giá bán
    bình quân | đ/hộp | 105.000 | 108.000 | 112.000" in the plan, "Giá bán bình quân (đ/hộp) | 115.000 | 108.000 |
    112.000" in the unit-cost sheet), that give the same price in every other year they share (one at least)."""
    if len(a.key) != 3 or a.key[2] is None or a.block == b.block or a.product or b.product:
        return False

    def series(x: Stmt) -> dict:
        return {y.key[2]: y.value for y in stmts if y.what == "price" and len(y.key) == 3 and y.block == x.block
                and y.evidence == x.evidence and y.key[:2] == x.key[:2] and not y.by_year}

    sa, sb = series(a), series(b)
    others = [y for y in sa.keys() & sb.keys() if y is not None and y != a.key[2]]
    return bool(others) and all(close(sa[y], sb[y], tol) for y in others)


def _both_named_kinds(a: Stmt, b: Stmt, stmts: list[Stmt], tol: float) -> bool:
    """The plan names kinds of price for this unit and pack (retail "bán lẻ", wholesale "bán buôn",
    "đại lý"...) and each of the two values is one of them: a plain "giá bán" may be either. Two
    prices of the same named kind ("giá bán lẻ" twice) are the same price and are compared."""
    if a.kind and b.kind:
        return False
    named = [x.value for x in stmts if x.what == "price" and x.kind and x.key[:2] == a.key[:2]]
    return bool(named) and all(any(close(v, x, tol) for x in named) for v in (a.value, b.value))


def _price_list_and_text(a: Stmt, b: Stmt) -> bool:
    """A price in running text and a price list's row for the same pack and size, in one part of the plan ("… túi 200
    g, giá bán 76.000 đồng/túi" above "CXB1 | Chè búp khô loại 1, túi 200 g | 64.000", hc10): the list restates the
    text's price, so the two are compared though they stand in the same section."""
    text = b if _from_table(a) else a
    # (the text's price called a selling price in its clause: not "chai, hộp, nhãn tính 15.000 đồng/chai", a cost)
    return a.what == b.what == "price" and _from_table(a) != _from_table(b) and \
        a.key[:2] == b.key[:2] and a.key[1] is not None and bool(text.named)


def _from_table(st: Stmt) -> bool:
    return " | " in st.evidence


def _section_names() -> dict[str, str]:
    from pipeline.sections import load_vocabulary

    return load_vocabulary().names


# =============================================================================== written calculations

_CALC_RELATIONS = ("payback", "revenue", "profit", "capital", "table_total", "other")
_CLAUSE_BREAK = re.compile(r"[;.!?](?:\s|$)|,\s|\n")


def calc_relation(m: PlanModel, text: str, start: int) -> str | None:
    """The relation a calculation written at `start` belongs to: the first label word of the
    nearest clause before it that has one ("Lợi nhuận = doanh thu − chi phí = …": profit)."""
    cuts = [0, *(x.end() for x in _CLAUSE_BREAK.finditer(text, 0, start))]
    for a in reversed(cuts):
        if found := _first_calc_label(m, text[a:start]):
            rel = found[1]
            return None if rel == "other" else rel
    return None


def _first_calc_label(m: PlanModel, text: str) -> tuple[int, str] | None:
    """(where, relation) of the first calculation label word in `text` (rules/labels.yml calc_*)."""
    v = m.vocab
    found = [(sp[0], rel) for rel in _CALC_RELATIONS if (w := v.text.get("calc_" + rel)) is not None
             for sp in w.char_spans(text)]
    return min(found) if found else None


def _total_after(m: PlanModel, text: str, end: int) -> str | None:
    """The relation of a calculation nothing labels before it, from the total its sentence adds its
    results to ("b) Năm 2028: 14.000 gói × 25.000 đồng = 350 triệu đồng; 5.000 hũ × … ; tổng doanh thu
    849 triệu đồng"): the first label after it, said as a total."""
    tail = text[end:]
    found = _first_calc_label(m, tail)
    if not found:
        return None
    at, rel = found
    return rel if rel != "other" and re.search(r"(?i)\b(?:tổng|cộng)\s*$", tail[max(0, at - 8):at]) else None


def _plan_calcs(m: PlanModel) -> list[tuple[Sent, Calc, str]]:
    """Every calculation written in the plan's running text, with its relation."""
    if "calcs" not in m._cache:
        style = m.view.doc.number_style
        out = []
        before = ""  # the paragraph's earlier sentences: "Doanh thu năm 2026: … Năm 2027: 12.000 hộp × …"
        prev_block = None
        for s in m.sents:
            if s.block != prev_block:
                before, prev_block = "", s.block
            for c in written_calcs(s.text, style):
                rel = calc_relation(m, before + s.text, len(before) + c.start) or _total_after(m, s.text, c.end)
                if rel:
                    out.append((s, c, rel))
            before += s.text + " "
        m._cache["calcs"] = out
    return m._cache["calcs"]


def written_hits(m: PlanModel, spec: Spec, hits: list[Hit]) -> list[Hit]:
    """A calculation the plan writes out whose result is not what its operands give. Not when the
    stated result is off by a factor of three or more (a factor stated before the chain: "mỗi bộ 60
    lít/ngày; 2 bộ × 250 ngày = 30.000 lít"), nor when one misread digit of a scanned result
    explains it, nor for a sentence another finding of the rule already quotes."""
    if spec.relation == "payback" and hits:
        return []  # one payback finding a plan
    out = []
    quoted = " ".join(h.evidence for h in hits)
    for s, c, rel in _plan_calcs(m):
        if rel != spec.relation or not c.wrong(spec.tolerance) or not c.computed:
            continue
        if spec.relation == "payback" and abs(c.stated - c.computed) <= spec.min_years / 5:
            continue
        if not 1 / 3 < c.stated / c.computed < 3 and not (
                spec.relation == "payback" and c.divisor_operands and
                any(_same_scaled(c.operands[0], t[0]) for t in capital_facts(m).totals)):
            # (a payback written as the plan's own total investment over its yearly amounts hides no
            # factor: "1.800 : (2.441 + 150) ≈ 2,1 năm" is 0,69 whatever it is off by)
            continue
        if m.ocr and any(close(x, c.computed, spec.tolerance) for x in _one_digit_off(c.stated)):
            continue
        if c.text in quoted or quote(s.text, 400) in quoted:
            continue
        head = s.text[:c.start]
        years = _YEAR_ANY.findall(head)
        out.append(Hit(section=s.section, evidence=quote(s.text, 400),
                       params={"calc": c.text, "computed": round(c.computed, 2), "stated": c.stated, "unit": c.unit,
                               "expected": round(c.computed, 2), "year": ylabel(int(years[-1])) if years else None,
                               "diff_pct": diff_pct(c.stated, c.computed)}))
    return out


# =============================================================================== entry point

RELATIONS = {
    "revenue": rel_revenue, "profit": rel_profit, "capital": rel_capital, "table_total": rel_table_total,
    "payback": rel_payback, "material": rel_material, "capacity": rel_capacity, "growth": rel_growth,
    "consistency": rel_consistency,
}


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    try:
        m = model(view, spec)
        hits = RELATIONS[spec.relation](m, spec)
        return hits + written_hits(m, spec, hits)
    except Exception:  # noqa: BLE001 - a figure we cannot read must not stop the review
        log.exception("arithmetic/%s failed on %s; relation skipped", spec.relation, view.doc.source)
        return []
