"""Figures: numbers, money and units in the plan's running text and tables.

Every amount the plan states is turned into a normalised `Figure` (VND, kg, l, m2, m3, %,
a count noun, a year, or a duration), with the text it came from. Units are data, in
`rules/units.yml`; this module holds only the grammar of Vietnamese amounts:

* numbers: "1.250.000" / "1,5" (vi) or "1,250,000" / "1.5" (en), decided per document by
  `detect_number_style`; "1 500 000" with spaces; see `parse_number` for the ambiguous cases;
* magnitude words and their compounds: "350 triệu", "1,2 tỷ", "1 tỷ 500 triệu", "1 tỷ 2",
  "1 tỷ rưỡi", written-out "Một tỷ năm trăm triệu đồng", "nửa tỷ";
* rates ("45.000 đ/kg", "12 tấn/năm", "kg/đàn/năm"), ranges ("10 - 15 tấn",
  "từ 10 đến 15 tấn"), hedges ("khoảng", "trên", ...), years ("năm 2027", "2027-2029");
* identifiers that look like numbers and must not become amounts: list numbering, phone
  numbers, dates, decree numbers ("43/2017/NĐ-CP"), standards, tax and postal codes.

Everything is a pure function over strings; the regular expressions are compiled once, when
the module (and its unit table) is loaded.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pipeline import datafile
from pipeline.models import Block, BlockKind, Figure, Table
from pipeline.text import DVT

__all__ = [
    "UNITS_PATH",
    "Amount",
    "NumberStyle",
    "UnitTable",
    "detect_number_style",
    "figures_from_blocks",
    "find_amounts",
    "text_amounts",
    "load_units",
    "parse_number",
    "parse_unit_header",
]

NumberStyle = Literal["vi", "en"]
UNITS_PATH = Path(__file__).resolve().parents[1] / "rules" / "units.yml"

_SP = "[ \\t\\u00a0\\u202f]"  # a space inside a line (never a line break)
_LETTER_AHEAD = r"(?![^\W\d_])"  # not followed by a letter

# ---------------------------------------------------------------------------- numbers

# A number as written: thousands groups ("1.250.000", "1,250,000", "1 250 000") with an
# optional decimal part, or plain digits with an optional decimal part. A number glued to
# another "." or "," + digit ("1.2.3", "43.2017.5") is a code, not an amount: no match at all.
_NUM_BODY = (
    r"(?:\d{1,3}(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3}(?!\d))+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![.,]\d)"
)
_NUM_RE = re.compile(r"(?<![\w.,/])(?<!\d-)" + _NUM_BODY)
_NUM_AT_RE = re.compile(_NUM_BODY)
_DIVISOR_THEN_RESULT = re.compile(r"\d{1,2}[ \u00a0\u202f]\d{3}[.,]\d+")  # "3 403,0", not "1 250 000"
_OPERATOR_BEFORE = re.compile(r"[\d)]\s*[:×*/]\s*$")  # "(298,6 + 416,7 + 493,8) : 3", "20.000 × 3"
# an average over the years, its "=" lost by an OCR: "(206 + 542 + 878) : 3 542 triệu" is ": 3 = 542"
# (a bracketed sum divided by a one-digit count; nobody divides a sum by "3 542")
_YEARS_DIVISOR_THEN_RESULT = re.compile(r"\d[ \u00a0\u202f]\d{3}(?:[.,]\d+)?")
_SUM_DIVIDED_BEFORE = re.compile(r"\)\s*:\s*$")
_NUMBER_FULL_RE = re.compile(r"\d+(?:[., \u00a0\u202f]\d+)*")
_SPACES_RE = re.compile(r"[ \u00a0\u202f]")
_LEAD_DIGITS_RE = re.compile(r"\d+")


def parse_number(s: str, style: NumberStyle = "vi") -> float | None:
    """Parse one number as written in a plan; None when `s` is not a number.

    Rules, in order:

    * spaces group thousands ("1 500 000"); every group after a space has three digits;
    * both "." and "," present: the last one is the decimal mark ("1.500,75" = 1500.75,
      "1,500.75" = 1500.75), whatever the style;
    * the same mark twice or more: thousands groups ("1.250.000", "1,500,000" = 1500000 in
      either style; a group that is not three digits makes it a code, None);
    * one mark followed by other than three digits: a decimal ("1,5", "12.5", "0,75");
    * one mark followed by "000": thousands in either style ("45,000" = 45000: nobody writes
      45.000 meaning 45.0); "0,500" stays 0.5;
    * otherwise the style decides: in vi "1.500" = 1500 and "1,500" = 1.5 (a comma is a decimal
      mark unless there are several comma groups); in en "1,500" = 1500 and "1.500" = 1.5.

    A trailing "%", a leading sign and accounting brackets "(50)" (= -50) are accepted.
    """
    if not isinstance(s, str):
        return None
    t = s.strip()
    if t.endswith("%"):
        t = t[:-1].rstrip()
    neg = False
    if len(t) > 2 and t[0] == "(" and t[-1] == ")":
        neg, t = True, t[1:-1].strip()
    if t[:1] in ("-", "\u2212", "+"):
        neg, t = t[0] != "+", t[1:].lstrip()
    if not t or not _NUMBER_FULL_RE.fullmatch(t):
        return None
    if _SPACES_RE.search(t):
        parts = _SPACES_RE.split(t)
        for i, part in enumerate(parts):
            lead = _LEAD_DIGITS_RE.match(part)
            if lead is None or (i > 0 and len(lead.group()) != 3):
                return None
            if i < len(parts) - 1 and ("." in part or "," in part):
                return None
            if re.search(r"[.,]\d{3}(?!\d)", part):
                return None  # space and mark grouping mixed ("3 221.300": "… : 3" then 221.300)
        if len(parts[0]) > 3:
            return None
        t = "".join(parts)
    value = _digits_value(t, style)
    if value is None or not math.isfinite(value):
        return None
    return -value if neg else value


def _digits_value(t: str, style: NumberStyle) -> float | None:
    dots, commas = t.count("."), t.count(",")
    if dots and commas:
        dec = "." if t.rfind(".") > t.rfind(",") else ","
        thou = "," if dec == "." else "."
        if t.count(dec) > 1:
            return None
        whole, frac = t.split(dec)
        groups = whole.split(thou)
        if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups) + "." + frac)
    if not dots and not commas:
        return float(t)
    mark = "." if dots else ","
    groups = t.split(mark)
    if len(groups) > 2:
        if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups))
    whole, frac = groups
    if len(frac) != 3 or whole == "0" or len(whole) > 3:
        return float(whole + "." + frac)
    if frac == "000":
        return float(whole + frac)
    thousands = (mark == ".") if style == "vi" else (mark == ",")
    return float(whole + frac) if thousands else float(whole + "." + frac)


# Evidence for the document's decimal convention, weighted: several groups or a mixed
# number are strong; a two-digit decimal or a ",000"/".000" group is weak.
_STYLE_EVIDENCE: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])"), "vi", 2),
    (re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])"), "en", 2),
    (re.compile(r"\d\.\d{3},\d"), "vi", 2),
    (re.compile(r"\d,\d{3}\.\d"), "en", 2),
    (re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d,.])"), "vi", 1),
    (
        re.compile(
            r"(?<![\d.,])\d+\.\d{1,2}(?![\d,.])\s*(?:%|tỷ|tỉ|triệu|tấn|kg|ha|lít|l\b|m2|USD)", re.I
        ),
        "en",
        1,
    ),
    (re.compile(r"(?<![\d.,])\d{1,3}\.000(?![\d.,])"), "vi", 1),
    (re.compile(r"(?<![\d.,])\d{1,3},000(?![\d.,])"), "en", 1),
)


_ANY_DIGIT = re.compile(r"\d")


def detect_number_style(texts: Iterable[str]) -> NumberStyle:
    """Decide the document's number convention from all its texts; "vi" unless en wins.

    Evidence for vi: "1.250.000", "1.500,75", "12,5", "45.000"; for en: "1,250,000",
    "1,500.75", "12.5%" / "1.25 tỷ", "45,000". Multi-group and mixed numbers weigh double.
    """
    score = {"vi": 0, "en": 0}
    for text in texts:
        if not text or not _ANY_DIGIT.search(text):
            continue  # every pattern of _STYLE_EVIDENCE needs a digit
        for rx, side, weight in _STYLE_EVIDENCE:
            n = len(rx.findall(text))
            if n:
                score[side] += weight * n
    return "en" if score["en"] > score["vi"] else "vi"


# ---------------------------------------------------------------------------- units


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit of rules/units.yml, with the factor of the selected region."""

    name: str
    kind: str
    base: str
    factor: float


@dataclass(frozen=True, slots=True)
class Magnitude:
    factor: float
    bare: str  # kind when no unit follows: "money" (VND) or "number"


@dataclass(frozen=True, slots=True)
class _Spec:
    """A unit phrase such as "1.000 đ", "triệu đồng", "đồng/kg"."""

    factor: float
    base: str
    kind: str
    per: str | None = None
    per_factor: float = 1.0


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount found in running text (offsets into the text given to `find_amounts`)."""

    value: float
    unit: str
    kind: str
    per: str | None = None
    value_max: float | None = None
    qualifier: str | None = None
    text: str = ""
    start: int = 0
    end: int = 0


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _key(s: str) -> str:
    return " ".join(s.split())


def _alternation(items: list[tuple[str, bool, tuple[str, ...]]]) -> str:
    """Regex alternation of spellings, longest first.

    Each item is (spelling, case_insensitive, not_before words)."""
    out = []
    for sp, ci, not_before in sorted(items, key=lambda it: (-len(it[0]), it[0])):
        body = r"\s+".join(re.escape(w) for w in sp.split())
        frag = f"(?i:{body})" if ci else body
        if body[-1:].isalnum() or body.endswith(("²", "³")):
            frag += _LETTER_AHEAD
        if not_before:
            words = "|".join(re.escape(w) for w in sorted(not_before, key=len, reverse=True))
            frag += rf"(?!\s+(?i:{words}){_LETTER_AHEAD})"
        out.append(frag)
    return "|".join(out) or "(?!)"  # nothing listed: never matches


def _phrases(words: Iterable[Any]) -> frozenset[str]:
    return frozenset(" ".join(_nfc(str(w)).lower().split()) for w in words)


def _words_re(words: Iterable[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in _nfc(x).split())
        for x in sorted(set(words), key=len, reverse=True)
    )


class UnitTable:
    """The units, magnitudes, hedges and skip words of rules/units.yml, compiled."""

    def __init__(self, data: dict[str, Any], region: str | None = None) -> None:
        self.region = region or str(data.get("region") or "trung_bo")
        self._ci: dict[str, Unit] = {}
        self._exact: dict[str, Unit] = {}
        items: list[tuple[str, bool, tuple[str, ...]]] = []
        for entry in data.get("units") or []:
            unit = self._unit(entry)
            not_before = tuple(_nfc(str(w)) for w in entry.get("not_before") or ())
            for sp in entry.get("spellings") or ():
                self._add(self._ci, _nfc(str(sp)).lower(), unit)
                items.append((_nfc(str(sp)), True, not_before))
            for sp in entry.get("exact") or ():
                self._add(self._exact, _nfc(str(sp)), unit)
                items.append((_nfc(str(sp)), False, not_before))
        self.units = {u.name: u for u in (*self._ci.values(), *self._exact.values())}
        self.unit_re = re.compile(f"{_SP}*(?:{_alternation(items)})")

        self._mags: dict[str, Magnitude] = {}
        mag_items = []
        for entry in data.get("magnitudes") or []:
            mag = Magnitude(float(entry["factor"]), str(entry.get("bare", "number")))
            for sp in entry["spellings"]:
                self._add(self._mags, _nfc(str(sp)).lower(), mag)
                mag_items.append((_nfc(str(sp)), True, ()))
        self.mag_re = re.compile(f"{_SP}*(?:{_alternation(mag_items)})")

        quals = data.get("qualifiers") or {}
        self.qualifiers = _phrases(quals.get("before") or ())
        self.post_qual_re = re.compile(
            rf"{_SP}+(?P<q>{_words_re(quals.get('after') or ['trở lên'])}){_LETTER_AHEAD}", re.I
        )
        skip = data.get("skip_after") or {}
        self.skip_always = _phrases(skip.get("always") or ())
        self.skip_unless = _phrases(skip.get("unless_unit") or ())
        self.skip_compounds = _phrases(skip.get("compounds") or ())
        self.skip_distributive = _phrases(skip.get("distributive") or ())

    @staticmethod
    def _add(table: dict[str, Any], key: str, value: Any) -> None:
        key = _key(key)
        if key in table and table[key] != value:
            raise ValueError(f"rules/units.yml: spelling {key!r} is listed twice")
        table[key] = value

    def _unit(self, entry: dict[str, Any]) -> Unit:
        name = _nfc(str(entry["name"]))
        kind = str(entry["kind"])
        if kind not in (
            "money",
            "mass",
            "volume",
            "area",
            "count",
            "percent",
            "duration",
            "number",
        ):
            raise ValueError(f"rules/units.yml: unit {name!r} has unknown kind {kind!r}")
        by_region = entry.get("factor_by_region")
        if by_region:
            if self.region not in by_region:
                raise ValueError(
                    f"rules/units.yml: unit {name!r} has no factor for {self.region!r}"
                )
            factor = float(by_region[self.region])
        else:
            factor = float(entry.get("factor", 1))
        return Unit(name, kind, _nfc(str(entry.get("base", name))), factor)

    def unit(self, matched: str) -> Unit | None:
        key = _key(matched)
        return self._exact.get(key) or self._ci.get(key.lower())

    def magnitude(self, matched: str) -> Magnitude | None:
        return self._mags.get(_key(matched).lower())

    def unit_at(self, text: str, p: int) -> tuple[Unit, int] | None:
        """The unit spelled at `p` (after optional spaces) and where it ends."""
        m = self.unit_re.match(text, p)
        unit = self.unit(m.group().strip()) if m else None
        return (unit, m.end()) if unit is not None and m is not None else None

    def magnitude_at(self, text: str, p: int) -> tuple[Magnitude, int] | None:
        """The magnitude word at `p`, unless a longer unit starts there ("tr.đ" is a unit,
        not "tr" + ".đ")."""
        m = self.mag_re.match(text, p)
        mag = self.magnitude(m.group().strip()) if m else None
        if mag is None or m is None:
            return None
        um = self.unit_re.match(text, p)
        return None if um and um.end() > m.end() else (mag, m.end())


def load_units(path: Path | str = UNITS_PATH, region: str | None = None) -> UnitTable:
    """Load and compile a units file; `region` overrides the file's `region` (sào size)."""
    with open(path, encoding="utf-8") as fh:
        return UnitTable(datafile.safe_load(fh) or {}, region)


def _default_units() -> UnitTable:
    from pipeline.settings import get_settings

    st = get_settings()
    return load_units(st.rules_dir / "units.yml", st.region)


_UNITS = _default_units()

# ---------------------------------------------------------------------------- spans to skip

# Identifiers that contain digits; matched text never yields an amount. Each pattern starts
# with a digit class or a literal (a lookbehind placed after the first character) so that the
# regex engine can skip ahead quickly: these run over every paragraph.
_SKIP_DIGIT_RE = re.compile(
    r"\d(?:"
    + "|".join(
        [
            # decree, decision, circular numbers: 43/2017/NĐ-CP, 148/QĐ-TTg, Số: 12/PA-HTX
            r"(?<![\w/]\d)\d*(?:/\d+)*/[A-ZĐ][\w\-]*",
            # dates 12/3/2021, 12-03-2021, 12.03.2021; d/m and fractions "4/9", "1/2"
            r"(?<![\w.,/]\d)\d?[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}(?![\d/])",
            r"(?<![\w.,/]\d)\d?/\d{1,2}(?![\d/])",
            # phones 0912 345 678, 0239.3855.123; hotlines 1900 1234
            r"(?<=0)(?<![\w.,]0)\d{1,3}(?:[ .\-]?\d){6,9}(?!\d)",
            r"(?<=1)(?<![\w.,]1)[89]00[ .]?\d{2,4}(?:[ .]?\d{2,4})?(?!\d|[.,]\d)",
            r"(?<![\w.,]\d)\d{9}-\d{3}(?!\d)",  # branch tax code 3001234567-001
            r"(?<![\w.,]\d)\d?[:h]\d{1,2}(?!\d|[.,]\d)",  # times 7h30, 8:00; ratios 3:1
            r"(?<![\w.,]\d)\d?\)",  # "1)" enumeration
        ]
    )
    + ")"
)
_SKIP_SYMBOL_RE = re.compile(
    r"\+84(?:[ .\-]?\d){8,10}(?!\d)"  # +84 912 345 678
    r"|\(0\d{1,3}\)(?:[ .\-]?\d){6,9}(?!\d)"  # (0239) 3855 123
    r"|\((?<![\w.,]\()\d{1,2}\)"  # "(1)" enumeration
)
# Standards: TCVN 7044:2009, QCVN 6-3:2010/BYT, ISO 22000:2018.
_SKIP_STANDARD_RE = re.compile(
    r"(?:TCVN|QCVN|TCCS|QCĐP|ISO|HACCP|CODEX)(?:/IEC)?[\s:]*\d[\w\-:./]*"
)
# Dates in words: "ngày 4/9", "ngày 15 tháng 3 năm 2021".
_SKIP_DATE_WORDS_RE = re.compile(
    r"[Nn](?<![\w][Nn])gày\s+\d{1,2}(?:\s*/\s*\d{1,2}|\s+(?i:tháng)\s+\d{1,2})"
    r"(?:\s*(?:/|-|(?i:năm))\s*\d{2,4})?(?!\d)"
)
_SKIP_MAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_SKIP_WEB_RE = re.compile(r"(?:https?://|www\.)\S+")
# "tháng 5/2021", "quý I/2021", "tháng 5 năm 2021": the year is kept, the rest skipped.
_PERIOD_YEAR_RE = re.compile(
    r"[TtQq](?<![\w][TtQq])(?:háng|uý)\s+(?:\d{1,2}|[IVX]{1,4})\s*(?:/|-|\s(?i:năm)\s)\s*"
    r"(?P<y>(?:19|20)\d{2})(?!\d)"
)
_DIGIT_RE = re.compile(r"\d")


def _skip_spans(text: str) -> tuple[list[int], list[int], list[Amount]]:
    """Merged spans to skip (starts, ends) and the year amounts found in period dates."""
    dates = [m.span() for m in _SKIP_DATE_WORDS_RE.finditer(text)]
    spans: list[tuple[int, int]] = list(dates)
    years: list[Amount] = []
    for m in _PERIOD_YEAR_RE.finditer(text):
        spans.append(m.span())
        if not any(s < m.end() and m.start() < e for s, e in dates):  # not in a full date
            y = float(m.group("y"))
            years.append(Amount(y, "year", "year", text=m.group(), start=m.start(), end=m.end()))
    for rx in (_SKIP_DIGIT_RE, _SKIP_SYMBOL_RE, _SKIP_STANDARD_RE):
        spans.extend(m.span() for m in rx.finditer(text))
    if "@" in text:
        spans.extend(m.span() for m in _SKIP_MAIL_RE.finditer(text))
    if "www." in text or "://" in text:
        spans.extend(m.span() for m in _SKIP_WEB_RE.finditer(text))
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends, years


def _in_spans(starts: list[int], ends: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


# ---------------------------------------------------------------------------- amounts

_RANGE_RE = re.compile(
    rf"{_SP}*[-\u2013\u2014~÷]{_SP}*|{_SP}+(?i:đến|tới|den|toi){_SP}+(?:(?i:năm){_SP}+)?"
)
_NOT_TRAILING_RE = re.compile(rf"{_SP}*(?:[/\d%]|[.,]\d)")
_RUOI_RE = re.compile(rf"{_SP}+(?i:rưỡi){_LETTER_AHEAD}")
_COMPOUND_RE = re.compile(rf"{_SP}+(?P<n>{_NUM_BODY})")
_PER_SLASH_RE = re.compile(rf"{_SP}*/{_SP}*(?:1{_SP}*)?")
# Up to three words of a commodity between an amount and its rate: "150 tấn cá cơm/năm".
_NOUN_BEFORE_PER_RE = re.compile(rf"(?:{_SP}+[^\W\d_]+){{1,3}}(?={_SP}*/)")
_PER_WORD_RE = re.compile(rf"{_SP}+(?i:mỗi|một){_SP}+")
_WORD_AT_RE = re.compile(r"[^\W\d_]+")
# the packs a row of products may open on, naming what its figures count ("Hũ thủy tinh 500 g"; not "Bánh đa vừng",
# a product whose first word is also a count)
_PACKS = frozenset({"hũ", "chai", "can", "hộp", "túi", "bao", "gói", "lọ", "bình", "thùng", "khay", "vỉ", "lốc", "két"})
# a label that ends on its pack and the pack's size: "…, túi 500 g", "… hũ 200 g", "… chai 750 ml"
# (the buyer it is packed for may follow: "Nước ép bưởi, chai 1 lít cho quán", "…, can 5 lít bán sỉ")
_PACK_AT_END = re.compile(r"(?i)(?:,|\s)\s*([^\W\d_]+)(?:\s+[^\W\d_]+){0,2}\s+\d[\d.,]*\s*(?:g|gam|gram|kg|ml|l|lít)"
                          r"(?:\s+(?:cho|bán|dành\s+cho)(?:\s+[^\W\d_]+){1,3})?\s*$")
# (or counted in the pieces it holds: "Bánh ram hộp 10 chiếc (400 g)", "…, khay 20 chiếc cho nhà hàng", hk05)
# (each piece's size may follow: "Trà túi lọc, hộp 25 túi × 2 g", jb08)
_PACK_OF_PIECES_AT_END = re.compile(r"(?i)(?:,|\s)\s*([^\W\d_]+)\s+\d{1,3}\s*(?:chiếc|cái|túi|gói|viên|bánh|miếng|lọ|chai|hũ)"
                                    r"\b(?:\s*[×x*]\s*\d[\d.,]*\s*(?:g|gam|ml|kg|l|lít)\b)?"
                                    r"(?:\s*\([^()]*\))?(?:\s+(?:cho|bán|dành\s+cho)(?:\s+[^\W\d_]+){1,3})?\s*$")
_WORD_START = re.compile(r"(?:,|\s)\s*(?=[^\W\d_])")
_TOTAL_LABEL = re.compile(r"(?i)^\W*(?:tổng|cộng)\b")
# a label that converts into one unit: "Quy đổi (lít)", "Tổng sản lượng quy ra kg" (also the judge's converted totals)
CONVERTED_IN_LABEL = re.compile(r"(?i)\bquy\s+(?:ra|đổi)\b")
# a label that says it counts something else: "Đàn ong của hộ: số đàn", "Số hộ liên kết" (not a product of counts
# and a norm, "Nhu cầu (số đơn vị × định mức)": the material that many units use, ia08)
_COUNT_OF_LABEL = re.compile(r"(?i)(?:^|[:,(]\s*)số\s+(?!lượng\b|liệu\b|tiền\b)[^\W\d]+(?![^()]*[×*])")
# the packs converted into the base unit, under them: "Quy ra lít | 12.500", "Quy đổi (kg) | 3.400"
_CONVERTED_LABEL = re.compile(r"(?i)^\W*(?:quy\s+ra|quy\s+đổi|đổi\s+ra)\b")
# a share of the whole in a row label's note: "70 %", "tỷ lệ 22 %"
_SHARE_NOTE = re.compile(r"(?i)(?:tỷ\s+lệ\s+|chiếm\s+)?\d{1,3}(?:,\d+)?\s*%")


def _every_row_packed(rows: list[list[str]], years: list[int | None], U: UnitTable, num_of) -> bool:
    """Every product row of a table by year names its pack (`_pack_of_label`): its label is the first cell
    with words, its figures under year columns; totals and rows with their own unit in brackets aside."""
    seen = False
    for row in rows:
        label = next((c for c in row if c and num_of(c) is None and any(ch.isalpha() for ch in c)), None)
        if label is None or not any(c and j < len(years) and years[j] is not None and num_of(c) is not None
                                    for j, c in enumerate(row)):
            continue
        if _TOTAL_LABEL.match(label) or _CONVERTED_LABEL.match(label) or \
                ((mm := _TRAILING_PAREN_RE.search(label)) and _unit_spec(mm.group(1), U)):
            continue
        if _pack_of_label(label, U) is None:
            return False
        seen = True
    return seen


def _pack_of_label(label: str, U: UnitTable) -> Unit | None:
    """The pack a product row counts, named first ("Hũ thủy tinh 500 g") or last with its size ("…, túi 500 g")."""
    got = U.unit_at(label, 0)
    if got is not None and got[0].kind == "count" and got[0].base in _PACKS and not re.match(r"\s*[,;]", label[got[1]:]):
        return got[0]
    for pat in (_PACK_AT_END, _PACK_OF_PIECES_AT_END):
        # (tried at each word, not only the leftmost that fits: "Rượu nếp 35 độ, chai thủy tinh 500 ml" is a chai's, its
        # pack two words before its size, iq05; "Gạo lứt đỏ túi 500 g" a túi's)
        for at in _WORD_START.finditer(label):
            if (end := pat.match(label, at.start())) and (unit := U.units.get(end.group(1).lower())) is not None and \
                    unit.kind == "count" and unit.base in _PACKS:
                return unit
    return None


# what a machine's rate can be per besides its period, after the noun of what it makes ("20 lít rượu/nồi/ngày",
# "20 kg cá khô/ngày/máy"): the rate of one of them
MACHINE_COUNTERS = frozenset({"máy", "nồi", "lò", "tủ", "chảo", "bếp", "khung", "dây chuyền", "bể"})
# a count of machines with their word ("2 nồi", "80 bể"): the count, then the word (`match` at a cell's start, `fullmatch`
# for a cell that is nothing else)
MACHINES_COUNT = re.compile(r"(?i)\s*(\d{1,3})\s+(" + "|".join(sorted(MACHINE_COUNTERS, key=len, reverse=True)) + r")\b\s*")
_YEAR_CUES = _phrases(["năm", "giai đoạn", "niên vụ", "niên độ", "kế hoạch", "kh", "đến", "tới",
                        "từ", "cuối", "đầu", "vụ", "sau", "trước", "trong", "của"])  # fmt: skip
_QUAL_CONNECTORS = frozenset({"là", "đạt", "vào", "khoảng", "từ", "được"})
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_LINE_BULLETS = " \t-+•*"
_HEADING_NUM_RE = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_NEXT_CHAR_RE = re.compile(r"[ \t]+(\w)")
_PER_CONVERT = ("mass", "volume", "area")


@dataclass(slots=True)
class _Side:
    """One side of an amount: the number with its magnitude words applied."""

    value: float
    mag: Magnitude | None
    end: int


def _magnitude(text: str, p: int, v: float, style: NumberStyle, U: UnitTable) -> _Side:
    """Apply magnitude words after a number: '1 tỷ', '1 tỷ 500 triệu', '1 tỷ 2', '1 tỷ rưỡi'."""
    got = U.magnitude_at(text, p)
    if got is None:
        return _Side(v, None, p)
    mag, q = got
    value, last = v * mag.factor, mag.factor
    r = _RUOI_RE.match(text, q)
    if r:
        return _Side(value + 0.5 * last, mag, r.end())
    while True:
        cm = _COMPOUND_RE.match(text, q)
        if not cm:
            break
        v2 = parse_number(cm.group("n"), style)
        if v2 is None:
            break
        got2 = U.magnitude_at(text, cm.end())
        if got2 is not None and got2[0].factor < last:
            value, q, last = value + v2 * got2[0].factor, got2[1], got2[0].factor
            continue
        digits = cm.group("n")
        after = cm.end()
        # Colloquial "1 tỷ 2" = 1.2 tỷ: a short bare number right after the magnitude word,
        # not followed by a unit, another number or a rate.
        if (
            got2 is None
            and digits.isdigit()
            and len(digits) <= 3
            and not U.unit_re.match(text, after)
            and not _NOT_TRAILING_RE.match(text, after)
        ):
            value += v2 * last / 10 ** len(digits)
            q = after
        break
    return _Side(value, mag, q)


def _per(text: str, p: int, U: UnitTable, allow_raw: bool,
         machine_raw: bool = False) -> tuple[list[Unit | str], int]:
    """Rate denominators after an amount: '/kg', '/chai', '/đàn/năm', ' mỗi năm'. `machine_raw`: of the
    words that are no unit, a machine counter only ("20 lít rượu/nồi/ngày", "20 kg cá khô/ngày/máy")."""
    pers: list[Unit | str] = []
    while True:
        sm = _PER_SLASH_RE.match(text, p)
        wm = None if sm else _PER_WORD_RE.match(text, p)
        m = sm or wm
        if not m:
            break
        got = U.unit_at(text, m.end())
        if got is not None:
            pers.append(got[0])
            p = got[1]
            continue
        if sm and (allow_raw or machine_raw):
            wm2 = _WORD_AT_RE.match(text, m.end())
            if wm2 and (allow_raw or wm2.group().lower() in MACHINE_COUNTERS):
                pers.append(wm2.group().lower())
                p = wm2.end()
                continue
        break
    if machine_raw and pers and not any(isinstance(x, Unit) for x in pers):
        return [], p  # (a machine counter alone is no rate: "/nồi" says how much a pot holds)
    return pers, p


def _per_spec(pers: list[Unit | str]) -> tuple[str | None, float]:
    """'kg/đàn/năm'-style text of rate denominators, and the factor that divides the value:
    a mass, volume or area denominator is normalised to its base ("đ/tấn" -> per kg / 1000)."""
    if not pers:
        return None, 1.0
    head = pers[0]
    factor = 1.0
    if isinstance(head, Unit) and head.kind in _PER_CONVERT:
        names, factor = [head.base], head.factor
    else:
        names = [head.name if isinstance(head, Unit) else head]
    names += [x.name if isinstance(x, Unit) else x for x in pers[1:]]
    return "/".join(names), factor


def _tail_words(left: str) -> list[str]:
    """The words that end `left`, after dropping a trailing ':' or '.'; empty when something
    other than a word (a digit, a bracket, a comma) is right before."""
    toks = _TOKEN_RE.findall(left[-40:])
    while toks and toks[-1] in (":", "."):
        toks.pop()
    out: list[str] = []
    for t in reversed(toks[-5:]):
        if not t[0].isalpha():
            break
        out.append(t)
    out.reverse()
    return out


def _ends_with(words: list[str], phrases: frozenset[str]) -> str | None:
    """The phrase of `phrases` that `words` ends with (longest first), if any."""
    for k in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[-k:]).lower()
        if phrase in phrases:
            return phrase
    return None


def _skip_cue(words: list[str], phrases: frozenset[str], U: UnitTable) -> bool:
    """`words` end with an identifier cue of `phrases` ("xóm", "thôn", "cấp"), and that cue is not
    the end of a longer word ("nông thôn", "cung cấp") nor counted per unit ("mỗi lô")."""
    hit = _ends_with(words, phrases)
    if hit is None:
        return False
    n = len(hit.split())
    compound = _ends_with(words, U.skip_compounds)
    if compound is not None and len(compound.split()) > n:
        return False
    return not (len(words) > n and _ends_with(words[:-n], U.skip_distributive))


def _after_year_word(text: str, s: int) -> bool:
    """The number at `s` follows "năm" used as "the year" ("năm 2025 cơ sở ..."), not "mỗi năm"."""
    words = _tail_words(text[max(0, s - 40) : s])
    if not words or words[-1].lower() != "năm":
        return False
    return not _ends_with(words[:-1], _PER_YEAR_WORDS)


_PER_YEAR_WORDS = _phrases(["mỗi", "một", "hằng", "hàng", "từng", "bình quân", "trung bình"])


# a list of numbers after an identifier cue, up to a bare number that continues it: "tháng 1 - 4, 11 - 12"
_LISTED_AFTER_RE = re.compile(
    r"(?i)([^\W\d_]+)\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s*(?:,|;|và)\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?)*"
    r"\s*(?:,|;|và|[-–])\s*$"
)


def _line_start(text: str, s: int) -> bool:
    ls = text.rfind("\n", 0, s) + 1
    return not text[ls:s].strip(_LINE_BULLETS)


def _amount_at(
    text: str, s: int, e: int, style: NumberStyle, U: UnitTable, starts: list[int], ends: list[int]
) -> Amount | None:
    raw = text[s:e]
    v = parse_number(raw, style)
    if v is None:
        return None
    if _HEADING_NUM_RE.fullmatch(raw) and _line_start(text, s):
        nx = _NEXT_CHAR_RE.match(text, e)
        if nx and nx.group(1).isupper():
            return None  # "1.2 Sản phẩm chủ lực": section numbering, not 1,2 products
    start = s
    first = _magnitude(text, e, v, style, U)
    value, mag, p = first.value, first.mag, first.end
    value_max: float | None = None

    def second_side(q: int) -> tuple[_Side, str] | None:
        rm = _RANGE_RE.match(text, q)
        if not rm:
            return None
        nm = _NUM_AT_RE.match(text, rm.end())
        if not nm or _in_spans(starts, ends, nm.start()):
            return None
        v2 = parse_number(nm.group(), style)
        if v2 is None:
            return None
        return _magnitude(text, nm.end(), v2, style, U), nm.group()

    # "10 - 15 tấn", "1 - 1,5 tỷ", "500 triệu - 1 tỷ", "từ 10 đến 15"
    raw2 = ""
    got = second_side(p)
    if got is not None:
        side2, raw2 = got
        lo = value if (mag or not side2.mag) else value * side2.mag.factor
        if side2.value > lo:
            value, value_max, p = lo, side2.value, side2.end
            mag = mag or side2.mag
        else:
            raw2 = ""

    unit: Unit | None = None
    got_unit = U.unit_at(text, p)
    if got_unit is not None:
        unit, p = got_unit
        if value_max is None:
            r = _RUOI_RE.match(text, p)
            if r:
                value += 0.5 * (mag.factor if mag else 1)
                p = r.end()
            # "10 tấn - 15 tấn", "từ 500 triệu đồng đến 1 tỷ đồng"
            got = second_side(p)
            got2 = U.unit_at(text, got[0].end) if got is not None else None
            if got is not None and got2 is not None and got2[0].base == unit.base:
                hi = got[0].value * got2[0].factor / unit.factor
                if hi > value:
                    value_max, p = hi, got2[1]
    elif s > 0 and text[s - 1] == "$":
        unit, start = U.units.get("USD"), s - 1
    if (unit is not None and value_max is None and mag is None and raw.isdigit() and len(raw) == 4
            and 1900 <= v <= 2100 and _after_year_word(text, s)):
        # "năm 2025 cơ sở sản xuất 8 tấn": the year, not 2025 establishments
        return Amount(v, "year", "year", None, None, None, raw, s, e)

    words = _tail_words(text[max(0, start - 40) : start])
    bare_words = words[:-1] if words and words[-1].lower() == "số" else words
    if _skip_cue(bare_words, U.skip_always, U):
        return None

    pers, p_per = _per(text, p, U, allow_raw=unit is not None or mag is not None)
    if pers and (unit is not None or mag is not None or all(isinstance(x, Unit) for x in pers)):
        p = p_per
    else:
        pers = []
        noun = _NOUN_BEFORE_PER_RE.match(text, p) if unit is not None else None
        if noun is not None:  # "150 tấn cá cơm/năm", "12.000 lít rượu/năm", "20 lít rượu/nồi/ngày"
            pers, p_per = _per(text, noun.end(), U, allow_raw=False, machine_raw=True)
            if pers:
                p = p_per

    qualifier = None
    qwords = words
    q = _ends_with(qwords, U.qualifiers)
    if q is None and words and words[-1].lower() in _QUAL_CONNECTORS:
        qwords = words[:-1]  # "khoảng từ 10", "trên là"
        q = _ends_with(qwords, U.qualifiers)
    if q is not None:
        qualifier = " ".join(qwords[-len(q.split()) :])  # as written
    pq = U.post_qual_re.match(text, p)
    if pq:
        qualifier = qualifier or pq.group("q")

    if unit is not None:
        kind, base = unit.kind, unit.base
        value *= unit.factor
        if value_max is not None:
            value_max *= unit.factor
    elif mag is not None:
        if mag.bare == "money" or pers:
            kind, base = "money", "VND"
        else:
            kind, base = "number", ""
    else:
        is_year = (
            raw.isdigit()
            and len(raw) == 4
            and 1900 <= v <= 2100
            and (value_max is None or (raw2.isdigit() and len(raw2) == 4 and value_max - v <= 30))
        )
        if is_year and not pers and (_ends_with(words, _YEAR_CUES) or 1990 <= v <= 2060):
            if text[p : p + 1].isalpha():
                return None
            return Amount(v, "year", "year", None, value_max, qualifier, text[start:p], start, p)
        if _skip_cue(bare_words, U.skip_unless, U) or _skip_cue(words, U.skip_unless, U):
            return None
        if (lm := _LISTED_AFTER_RE.search(text, max(0, start - 60), start)) is not None and \
                _skip_cue(_tail_words(text[max(0, lm.start() - 40) : lm.start() + len(lm.group(1))]), U.skip_unless, U):
            return None  # the months listed on after "tháng 1 - 4, 11 - 12": months too, as the first (jl08)
        # A bare number: kept only when it looks like a quantity.
        if _line_start(text, s) or text[e : e + 1].isalpha():
            return None
        # Raw digit runs of 5+ digits are codes (postal, account, ID): VN plans group
        # thousands in real quantities ("45.000").
        code_like = len(raw) >= 5 or (len(raw) > 1 and raw[0] == "0") or v < 10
        if raw.isdigit() and code_like and value_max is None:
            return None
        kind, base = "number", ""

    per_text, per_factor = _per_spec(pers)
    value /= per_factor
    if value_max is not None:
        value_max /= per_factor
    return Amount(value, base, kind, per_text, value_max, qualifier, text[start:p], start, p)


# Written-out numbers: "Một tỷ năm trăm triệu đồng", "nửa tỷ", "hai triệu rưỡi".
_DIGIT_WORDS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "nửa": 0.5,
}  # fmt: skip
_BIG_WORDS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_ALL_WORDS = [*_DIGIT_WORDS, *_BIG_WORDS, "mười", "mươi", "trăm", "linh", "lẻ", "rưỡi"]
_WORDNUM_RE = re.compile(
    rf"(?<![\w])(?i:{'|'.join(_ALL_WORDS)})(?:,?\s+(?i:{'|'.join(_ALL_WORDS)}))*{_LETTER_AHEAD}"
)
_WORDNUM_TAIL_RE = re.compile(
    rf"(?:(?<![\w])(?i:{'|'.join(_ALL_WORDS)}),?\s+)+$"
)  # the number words right before an anchor ("Một tỷ năm trăm| triệu")
_BANG_CHU_RE = re.compile(r"(?i:bằng\s+chữ)\s*[:\-]?\s*[\"'(]?\s*")


def _words_value(words: list[str]) -> float | None:
    total = 0.0
    section = 0.0
    digit: float | None = None
    last_mag = 0.0
    prev = ""
    for w in words:
        if w in _DIGIT_WORDS:
            if digit is not None:
                return None
            digit = _DIGIT_WORDS[w]
        elif w == "mười":
            section += 10
        elif w == "mươi":
            section += (digit or 0) * 10
            digit = None
        elif w == "trăm":
            section += (1 if digit is None else digit) * 100
            digit, last_mag = None, 100
        elif w in ("linh", "lẻ"):
            pass
        elif w == "rưỡi":  # half of the last magnitude: "trăm rưỡi" 150, "triệu rưỡi" 1,5 triệu
            if not last_mag:
                return None
            if last_mag == 100:
                section += 50
            else:
                total += 0.5 * last_mag
        elif w in _BIG_WORDS:
            m = _BIG_WORDS[w]
            section += digit or 0
            digit = None
            if not section and not total:
                return None
            if m == 1e9:
                total = (total + section) * m
            else:
                total += (section or 1) * m
            section, last_mag = 0.0, m
        prev = w
    if digit is not None:
        # "một trăm hai" = 120, "hai triệu năm" = 2,5 triệu (colloquial)
        section += digit * (last_mag / 10 if prev in _BIG_WORDS or prev == "trăm" else 1)
    value = total + section
    return value or None


# what opens an amount's written-out twin right after it: "(Bằng chữ: …)", "(viết bằng chữ …)", "(tức …)", "(…)"
_TWIN_CUE = r"\(\s*(?i:(?:viết\s+)?bằng\s+chữ\s*[:\-]?\s*|tức(?:\s+là)?\s+|hay\s+)?"
_WORDS_TWIN = re.compile(r"\s*" + _TWIN_CUE)


def written_twins(text: str, units: UnitTable | None = None) -> list[Amount]:
    """Every amount written out in words that opens a pair of brackets: "(Bằng chữ: Hai tỷ không
    trăm năm mươi triệu đồng)", "(tức hai mươi bốn nghìn lít)", "(Một tỷ đồng)" — the twins of the
    amounts in digits before them."""
    return [a for mo in re.finditer(r"\(", text) if (a := written_twin(text, mo.start(), units)) is not None]


def written_twin(text: str, p: int, units: UnitTable | None = None) -> Amount | None:
    """The amount written out in words in the brackets right after `p` (the end of an amount in
    digits): "2.350.000.000 đồng (Bằng chữ: Hai tỷ không trăm năm mươi triệu đồng)", "24.000 lít
    (tức hai mươi bốn nghìn lít)". Its unit is the one the words end with; words with no unit after
    them are money when they hold "tỷ", "triệu" or "nghìn" ("(Một tỷ đồng)" without "đồng" too).
    None when the brackets hold no number words."""
    U = units or _UNITS
    mo = _WORDS_TWIN.match(text, p)
    if not mo:
        return None
    m = _WORDNUM_RE.match(text, mo.end())
    if not m:
        return None
    words = m.group().lower().replace(",", " ").split()
    if words[0] not in _DIGIT_WORDS and words[0] != "mười":
        return None
    value = _words_value(words)
    if value is None:
        return None
    end = m.end()
    got = U.unit_at(text, end)
    if got is not None:
        unit, end = got
        kind, base, value = unit.kind, unit.base, value * unit.factor
    elif any(w in _BIG_WORDS for w in words) and re.match(r"\s*\)", text[end:]):
        kind, base = "money", "VND"
    else:
        # (words that run on into a word the table cannot read, "Hai tỷ không trắm tám mươi …" on a scan,
        # are cut short: no figure)
        return None
    return Amount(value, base, kind, None, None, None, text[m.start() : end], m.start(), end)


def _word_amounts(text: str, U: UnitTable, taken: list[Amount]) -> list[Amount]:
    """Written-out amounts: a run of number words that holds "tỷ"/"triệu", or follows
    "Bằng chữ:". Anchored on those words, so the common case (none) costs a few str.find."""
    low = text.lower()
    starts: dict[int, bool] = {}
    for anchor in ("tỷ", "tỉ", "triệu"):
        i = low.find(anchor)
        while i >= 0:
            m = _WORDNUM_TAIL_RE.search(text, max(0, i - 60), i)
            if m:
                starts.setdefault(m.start(), False)
            i = low.find(anchor, i + 1)
    if "chữ" in low:
        for m in _BANG_CHU_RE.finditer(text):
            starts[m.end()] = True
    out: list[Amount] = []
    for start in sorted(starts):
        m = _WORDNUM_RE.match(text, start)
        if not m:
            continue
        words = m.group().lower().replace(",", " ").split()
        if words[0] not in _DIGIT_WORDS and words[0] != "mười":
            continue
        if not starts[start] and not any(w in ("tỷ", "tỉ", "triệu") for w in words):
            continue
        if any(a.start < m.end() and m.start() < a.end for a in (*taken, *out)):
            continue
        value = _words_value(words)
        if value is None:
            continue
        p = m.end()
        got = U.unit_at(text, p)
        if got is not None:
            unit, p = got
            kind, base, value = unit.kind, unit.base, value * unit.factor
        else:
            kind, base = "money", "VND"
        out.append(Amount(value, base, kind, None, None, None, text[m.start() : p], m.start(), p))
    if _ANY_COUNT_WORD.search(low):
        out.extend(_counted_in_words(text, U, [*taken, *out]))
    return out


# a number word alone that names a count ("hai nồi", "ba nghìn chai"); not "năm" (a year, or five), "tư" (of "đầu
# tư"), "một" (one, or "a"), "lăm", "mốt", "nửa", "không"
_PLAIN_COUNT_WORDS = frozenset({"hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"})
_ANY_COUNT_WORD = re.compile(r"(?<![\w])(?:hai|ba|bốn|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn)(?![\w])")
# what makes the number words a rank or a name, not an amount: "năm thứ hai", "vụ ba", "tháng hai", "tổ ba"
_RANK_BEFORE = re.compile(r"(?i)(?:^|[^\w])(?:thứ|lần|loại|số|hạng|phần|chương|mục|điều|khoản|quý|tháng|kỳ|đợt|vụ|lứa|"
                          r"bước|giai\s+đoạn|phương\s+án|kịch\s+bản|nhóm|tổ|đội|xóm|thôn|khu|lô|ô|dãy|ngăn)\s*$")
# the open bracket of an amount's written-out twin ("(tức hai mươi bốn nghìn lít)"): `written_twins` reads those
_TWIN_OPEN = re.compile(_TWIN_CUE + "$")
_WORD_COUNT_KINDS = frozenset({"mass", "volume", "area", "count", "duration"})


def _counted_in_words(text: str, U: UnitTable, taken: list[Amount]) -> list[Amount]:
    """Quantities written out in words before their unit, the way prose writes small counts and round amounts: "hai
    nồi chưng cất", "khoảng hai tấn cá cơm một năm", "hai trăm năm mươi ngày", "ba nghìn chai". Two or more; not a
    rank ("năm thứ hai"), not the words that write out an amount in digits before them."""
    out: list[Amount] = []
    for m in _WORDNUM_RE.finditer(text):
        words = m.group().lower().replace(",", " ").split()
        if words[0] not in _DIGIT_WORDS and words[0] != "mười":
            continue
        if any(w in ("tỷ", "tỉ", "triệu") for w in words) or (len(words) == 1 and words[0] not in _PLAIN_COUNT_WORDS):
            continue
        if any(a.start < m.end() and m.start() < a.end for a in (*taken, *out)):
            continue
        head = text[max(0, m.start() - 30) : m.start()]
        if _RANK_BEFORE.search(head) or _TWIN_OPEN.search(head):
            continue
        value = _words_value(words)
        got = U.unit_at(text, m.end())
        if value is None or value < 2 or got is None or got[0].kind not in _WORD_COUNT_KINDS:
            continue
        unit, p = got
        pers, p_per = _per(text, p, U, allow_raw=True)
        if not pers and (noun := _NOUN_BEFORE_PER_RE.match(text, p)) is not None:
            pers, p_per = _per(text, noun.end(), U, allow_raw=False, machine_raw=True)  # "… lít rượu mỗi ngày"
        per_text, per_factor = _per_spec(pers) if pers else (None, 1.0)
        if pers:
            p = p_per
        tail = _tail_words(head)
        q = _ends_with(tail, U.qualifiers)
        qualifier = " ".join(tail[-len(q.split()) :]) if q else None
        out.append(Amount(value * unit.factor / per_factor, unit.base, unit.kind, per_text, None, qualifier,
                          text[m.start() : p], m.start(), p))
    return out


def find_amounts(
    text: str, style: NumberStyle = "vi", *, units: UnitTable | None = None
) -> list[Amount]:
    """Every amount in a piece of running text, in order, normalised to base units.

    Money goes to VND (or USD), mass to kg, volume to l (m³ stays m3), area to m2; counts keep
    their noun ("chai", "người"); durations keep "năm"/"tháng"/"ngày"; percentages are "%";
    years ("năm 2027", "2027-2029", "quý I/2021") are kind "year". A rate keeps its
    denominator in `per`; a mass, volume or area denominator is normalised too
    ("45.000.000 đ/tấn" = 45000 VND per kg). Bare numbers (kind "number", unit "") are kept
    only when they look like quantities: not list numbering, identifiers, codes or small
    integers. `text`, `start`, `end` cover the amount from its first digit (a hedge word
    before it goes into `qualifier`, not into `text`).
    """
    if not isinstance(text, str) or not text:
        return []
    U = units or _UNITS
    out: list[Amount] = []
    has_digit = _DIGIT_RE.search(text) is not None
    if has_digit:
        starts, ends, years = _skip_spans(text)
        floor = 0
        for m in _NUM_RE.finditer(text):
            s, e = m.span()
            if s < floor or _in_spans(starts, ends, s):
                continue
            a = None
            if not (_DIVISOR_THEN_RESULT.fullmatch(text, s, e) and _OPERATOR_BEFORE.search(text, max(0, s - 5), s)
                    or _YEARS_DIVISOR_THEN_RESULT.fullmatch(text, s, e) and
                    _SUM_DIVIDED_BEFORE.search(text, max(0, s - 5), s)):
                a = _amount_at(text, s, e, style, U, starts, ends)
            if a is None and " " in text[s:e]:
                # ("… : 3 403,0 triệu đồng" is "… : 3 = 403,0": a group right after an operator is the
                # divisor, not the thousands of a number the "=" it lost was followed by)
                # not one number ("… : 3 221.300 nghìn đồng", an OCR lost the "="): its last group is
                s = s + text[s:e].rfind(" ") + 1
                a = _amount_at(text, s, e, style, U, starts, ends)
            if a is not None:
                out.append(a)
                floor = a.end
        if years:
            out.extend(
                y for y in years if not any(a.start < y.end and y.start < a.end for a in out)
            )
    out.extend(_word_amounts(text, U, out))
    out.sort(key=lambda a: a.start)
    return out


@lru_cache(maxsize=1024)
def text_amounts(text: str, style: NumberStyle = "vi") -> tuple[Amount, ...]:
    """`find_amounts` with the default units, remembered for the last texts read (amounts are
    frozen): the judge reads again many of the paragraphs `figures_from_blocks` read (a
    one-sentence paragraph is its own sentence)."""
    return tuple(find_amounts(text, style))


# ---------------------------------------------------------------------------- unit headers

_UNIT_LABEL_RE = re.compile(
    # (with a scan's "ĐYVT:", "ĐÐVT:", "ÐVT:": the engine's misreadings of "ĐVT:")
    rf"(?<![\w])(?i:{DVT}|dvt|đơn\s+vị\s+tính|don\s+vi\s+tinh|đơn\s+vị|don\s+vi)(?![\w])\s*[:.\-]?\s*"
)
_HEADER_END_RE = re.compile(r"[)\];\n]")
_HEADER_PUNCT_RE = re.compile(r"[\s():.,\-/*]+")
# (a reckoning in brackets may follow the last one: "Sản lượng quy đổi (kg) (a + b)", "Doanh thu (tr.đ) (3 = 1 x 2)")
# (a formula's brackets may follow the unit's: "Tổng chi phí (tr.đ) (1+2+3)", its terms numbers, single letters or roman
# numerals; not a unit's own brackets, "Nghỉ bungalow (đêm phòng) (đ/đêm)", whose "đêm" is no term, jq10)
_FORMULA_TERM = r"(?:\d{1,3}|[^\W\d_]|[IVXivx]{1,4})"
_TRAILING_PAREN_RE = re.compile(r"\(([^()]{1,40})\)(?:\s*\(\s*" + _FORMULA_TERM + r"(?:\s*[+\-x×*/:=]\s*" + _FORMULA_TERM +
                                r")+\s*\))?\s*[:.]?\s*$")
# (the note may be a norm: "(kg; 0,75 kg/kg)", the unit then how much of it goes into a unit of the product)
_UNIT_THEN_NOTE_RE = re.compile(r"\s*([^\W\d][^,;\d]{0,14}?)\s*[,;]\s*(?:\D|\d[\d.,]*\s*[^\W\d]+\s*/)")
_SPEC_END_RE = re.compile(r"[\s)\].:;,]*$")
# one to three words, then a colon and the unit: what "ĐVT giá: đồng" is the unit of, then the unit
_UNIT_QUALIFIER_RE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*(\S.*)")


_MULTIPLIERS = (1.0, 10.0, 100.0, 1e3, 1e6, 1e9)


def _unit_spec(text: str, U: UnitTable, *, multiplier: bool = True) -> _Spec | None:
    """A whole unit phrase: '1.000 đ', 'triệu đồng', 'tấn', 'đồng/kg', '%'. None otherwise.

    A leading number is a multiplier only when it is a power of ten ("1.000 đ"), so that an
    amount ("1,2 tỷ đồng") is never read as a unit."""
    t = text.strip().strip("()[]").strip()
    if not t:
        return None
    p, factor = 0, 1.0
    nm = _NUM_AT_RE.match(t)
    if nm:
        n = parse_number(nm.group(), "vi")
        if not multiplier or n not in _MULTIPLIERS:
            return None
        factor, p = n, nm.end()
    got_mag = U.magnitude_at(t, p)
    mag = got_mag[0] if got_mag else None
    if got_mag is not None:
        factor *= got_mag[0].factor
        p = got_mag[1]
    got_unit = U.unit_at(t, p)
    if got_unit is not None:
        unit, p = got_unit
        factor *= unit.factor
        base, kind = unit.base, unit.kind
    elif mag is not None:
        base, kind = ("VND", "money") if mag.bare == "money" else ("", "number")
    else:
        return None
    if nm and kind == "percent":
        return None  # "(1 %)", "(10 %)": a rate the row is reckoned at ("Phí, lệ phí (1 %)"), no unit of its cells
    if nm and kind == "duration":
        return None  # "Khấu hao tài sản cố định (10 năm)": the span the assets are written off over, no unit of its cells
    pers, p = _per(t, p, U, allow_raw=True)
    if not pers and kind in ("mass", "volume") and (st := _STATE_AFTER_UNIT_RE.match(t, p)):
        p = st.end()  # "kg khô", "kg tươi", "lít thành phẩm": the unit, in the state it is weighed in
    if not _SPEC_END_RE.fullmatch(t, p):
        return None
    per, per_factor = _per_spec(pers)
    return _Spec(factor, base, kind, per, per_factor)


# the state a weight or volume is counted in, after its unit: a unit all the same ("ĐVT: kg tươi", "Sản lượng (kg
# khô)"); not a material ("kg cá cơm tươi" names what is weighed: a need table by product counts it per product)
_STATE_AFTER_UNIT_RE = re.compile(r"(?i)\s+(?:tươi|khô|thành\s+phẩm)(?=\s*$)")


# a column of the amounts turned into one unit: "Quy ra kg", "Quy đổi ra tấn", "Quy đổi (kg)" is read by its brackets
_CONVERTED_TO_RE = re.compile(r"(?i)\bquy\s+(?:đổi\s+)?ra\s+([^\W\d_]+)\s*$")


def _labelled_spec(text: str, U: UnitTable) -> tuple[_Spec, bool] | None:
    """The unit after a label 'ĐVT:' / 'Đơn vị tính:' / 'Đơn vị:' in `text`, and whether the
    label starts the text (a table-wide header) rather than following other words."""
    m = _UNIT_LABEL_RE.search(text)
    if not m:
        return None
    rest = _HEADER_END_RE.split(text[m.end() :], maxsplit=1)[0]
    spec = _unit_spec(rest, U)
    if spec is None and (q := _UNIT_QUALIFIER_RE.match(rest)):
        # the unit of what the figures are, named between the label and its colon: "ĐVT giá: đồng", "Đơn vị tính
        # sản lượng: tấn" (hp01): the unit after the colon
        spec = _unit_spec(q.group(1), U)
    if spec is None and (note := re.match(r"([^()]*?)\s*\(\s*[^\W\d]", rest)) and note.group(1).strip():
        # a note in brackets after the unit: "ĐVT: triệu đồng (riêng sản lượng ghi theo đơn vị)"
        spec = _unit_spec(note.group(1), U)
    if spec is None:
        return None
    return spec, not text[: m.start()].strip(" \t([")


def parse_unit_header(
    text: str, *, units: UnitTable | None = None
) -> tuple[float, str, str] | None:
    """Read a unit header: 'ĐVT: triệu đồng' -> (1e6, 'VND', 'money').

    Accepts a label ("ĐVT", "Đơn vị tính", "Đơn vị", with or without brackets and colon)
    followed by a unit phrase, or a bare unit phrase ("tấn", "1.000 đ", "triệu đồng").
    Returns (multiplier to the base unit, base unit, kind), or None when it is not a unit.
    """
    if not isinstance(text, str):
        return None
    U = units or _UNITS
    got = _labelled_spec(text, U)
    if got is not None:
        spec: _Spec | None = got[0]
    elif _UNIT_LABEL_RE.search(text):
        return None
    else:
        spec = _unit_spec(text, U)
    if spec is None:
        return None
    return spec.factor, spec.base, spec.kind


# ---------------------------------------------------------------------------- tables

# (a loss written in words in a profit cell: "lỗ 210,8", "âm 120", hu06)
_CELL_NUM_RE = re.compile(
    rf"[ \t]*(?P<neg>[-\u2212\u2013(]|(?i:lỗ|âm)(?=[ \t]*\d))?[ \t]*(?P<n>{_NUM_BODY})[ \t]*\)?[ \t]*(?P<pct>%)?[ \t]*\*?[ \t]*"
)
_ORDINAL_RE = re.compile(
    r"\d{1,3}\.?|\d{1,2}(?:\.\d{1,2})+\.?|[IVXLC]{1,6}[.)]?|[a-zđA-ZĐ][.)]?|[A-ZĐ](?:\.\d{1,2}){1,2}\.?|[-+*•]",
)
_STT_HDR_RE = re.compile(r"(?i:stt|tt|số\s*tt|số\s+thứ\s+tự|thứ\s+tự|no\.?)")
_DVT_HDR_RE = re.compile(r"(?i:đvt|dvt|đơn\s+vị\s+tính|đơn\s+vị|đơn\s+vị\s+đo)")
_YEAR_IN_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_YEAR_HDR_TEXT_RE = re.compile(
    r"(?i:năm|kế\s+hoạch|kh|thực\s+hiện|th|dự\s+kiến|dk|ước|ước\s+tính|giai\s+đoạn|niên\s+vụ|vụ)"
)
_ORD_WORDS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
              "bảy": 7, "tám": 8, "chín": 9, "mười": 10}  # fmt: skip
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}
_ORD_HDR_RE = re.compile(
    rf"(?<![\w])(?i:năm)\s*(?:(?i:thứ)\s*)?(?P<n>\d{{1,2}}|[IVX]{{1,4}}|(?i:{'|'.join(_ORD_WORDS)}))"
    rf"(?![\w])"
)
_YEAR_LABEL_HDR_RE = re.compile(r"(?i:năm|năm\s+thực\s+hiện|thời\s+gian|thời\s+điểm|niên\s+vụ)")


def _header_year(cell: str) -> int | None:
    """Calendar year of a column header ("Năm 2027", "2027", "KH 2027"), or the plan-year
    ordinal N of "Năm thứ N" / "Năm N" when no calendar year is given (N < 100)."""
    t = cell.strip()
    if not t:
        return None
    years = set(_YEAR_IN_RE.findall(t))
    if len(years) == 1:
        rest = _YEAR_IN_RE.sub("", t)
        rest = _HEADER_PUNCT_RE.sub(" ", rest).strip()
        if not rest or _YEAR_HDR_TEXT_RE.match(rest) or len(rest) <= 25:
            return int(years.pop())
        return None
    if len(years) == 2 and (season := _SEASON_HDR_RE.fullmatch(t)) and \
            int(season.group("b")) == int(season.group("a")) + 1:
        # a business year over two calendar years, a crop year or season ("2027–2028", "Niên vụ 2027/2028", "Vụ
        # 2026–2027 (ước)") or a fiscal year from July: the year it starts in, as "2027/28" is read (ho01)
        return int(season.group("a"))
    if years:
        return None  # a range "2027-2029": no single year
    if (short := re.fullmatch(r"N\s?(\d)", t)) and short.group(1) != "0":
        return int(short.group(1))  # "N1", "N2", "N3": the shorthand of "năm thứ nhất" … in a narrow column
    m = _ORD_HDR_RE.search(t)
    if m and len(t) <= 30:
        n = m.group("n")
        if n.isdigit():
            return int(n)
        return _ROMAN.get(n.upper()) or _ORD_WORDS.get(n.lower())
    return None


# (also a production year, "NSX 2027–2028", iw08; not a crop's season, "Đông Xuân 2027–2028", which a table by crop
# lists one a row beside "Hè Thu 2027", iw02)
_SEASON_HDR_RE = re.compile(r"(?i)(?:(?:niên\s+vụ|niên\s+độ|mùa\s+vụ|vụ|nv|năm\s+tài\s+chính|ntc|năm\s+sản\s+xuất|nsx|năm|"
                            r"mùa)\s*)?"
                            r"(?P<a>20\d\d)\s*[-–/]\s*"
                            r"(?P<b>20\d\d)\s*(?:\(?\s*(?:ước(?:\s+tính|\s+thực\s+hiện|\s+đạt)?|kế\s+hoạch|kh|thực\s+hiện|th|"
                            r"dự\s+kiến|dk)\s*\)?)?")
# a column of a year's target and one of what the year did ("KH 2026 | ƯTH 2026", "Kế hoạch 2025 | Thực hiện 2025")
_TARGET_HDR_RE = re.compile(r"(?i)^\W*(?:KH|kế\s+hoạch)\b")
_ACTUAL_HDR_RE = re.compile(r"(?i)^\W*(?:TH|ƯTH|UTH|ước\s+(?:thực\s+hiện|TH)|thực\s+hiện|ước\s+đạt|ước)\b")


def _target_beside_actual(col_year: list[int | None], col_head: list[str]) -> None:
    """A year in two columns, its target ("KH 2026") and what was done ("ƯTH 2026"): the year's figures are the done
    ones, so the target's column keeps no year (its cells are no figures of that year to reckon with)."""
    for j, y in enumerate(col_year):
        if y is not None and _TARGET_HDR_RE.match(col_head[j]) and any(
                k != j and col_year[k] == y and _ACTUAL_HDR_RE.match(col_head[k]) for k in range(len(col_year))):
            col_year[j] = None


# (or a full stop after a decimal comma: "1.604,3." in a table of "1.200,0 | 1.600,0", hq07; not a colon there,
# "2020,1:" is as often a misread "2.820,1", at04)
_GROUPED_DOT_END_RE = re.compile(r"\d(?:[.,]\d{3}[.:]|,\d{1,2}\.)\s*$")


def _cell_number(cell: str, style: NumberStyle) -> tuple[float, bool, str] | None:
    """A cell that is only a number: (value, is_percent, number as written)."""
    m = _CELL_NUM_RE.fullmatch(cell)
    if not m and _GROUPED_DOT_END_RE.search(cell):
        # "416.000.", "520.000:": a full stop or a colon a scan put after a grouped number
        m = _CELL_NUM_RE.fullmatch(cell.rstrip()[:-1])
    if not m:
        return None
    v = parse_number(m.group("n"), style)
    if v is None:
        return None
    if m.group("neg"):
        v = -v
    return v, bool(m.group("pct")), m.group("n")


# a cell that ends with a worked result: "12 tháng × 800 kg = 9.600", "33.000 × 0,3 = 9.900 kg"
_WORKED_RESULT_RE = re.compile(rf"=\s*{_NUM_BODY}\s*(?:[^\W\d_]+(?:/[^\W\d_]+)?)?\s*$")
# a cell that is a subtraction and nothing else: "838.000 - 701.600", "2.150 – 1.780"
_DIFFERENCE_CELL_RE = re.compile(rf"[ \t]*(?P<a>{_NUM_BODY})[ \t]*[-\u2212\u2013][ \t]*(?P<b>{_NUM_BODY})[ \t]*")


def _difference_cell(cell: str, style: NumberStyle) -> tuple[float, bool, str] | None:
    """A cell that writes its figure as a subtraction, the larger number first ("Lợi nhuận | 838.000 - 701.600" when a
    scan wrapped its "= 136.400" onto a line of its own, hx03): the difference is the figure. (A smaller number first is
    a range, "180.000 - 200.000", read as before.)"""
    m = _DIFFERENCE_CELL_RE.fullmatch(cell)
    if not m:
        return None
    a, b = parse_number(m.group("a"), style), parse_number(m.group("b"), style)
    if a is None or b is None or not a > b > 0:
        return None
    return a - b, False, m.group("a")


# a cell that works its figure out of numbers alone: "2.555,0 – 2.202,7 = 452,3", "191,1 : 2.210,0 = 8,6", "(120 + 80) ×
# 2 = 400"
_WORKED_CELL_RE = re.compile(rf"[ \t]*(?P<lhs>[\d.,() \t]*\d[\d.,() \t]*(?:[-\u2212\u2013+×xX*:/][\d.,() \t]*\d[\d.,() \t]*)+)"
                             rf"[ \t]*=[ \t]*(?P<n>{_NUM_BODY})[ \t]*(?P<pct>%)?[ \t]*")


def _worked_cell(cell: str, style: NumberStyle) -> tuple[float, bool, str] | None:
    """A cell that writes its working and then its figure ("2.555,0 – 2.202,7 = 452,3", hx05): the figure is the result
    as the plan states it (right or wrong: the relations hold it to the other figures)."""
    m = _WORKED_CELL_RE.fullmatch(cell)
    if not m:
        return None
    v = parse_number(m.group("n"), style)
    return None if v is None else (v, bool(m.group("pct")), m.group("n"))


_OWN_REST_RE = re.compile(r"(?i:từ)|[^\w]|_")


def _own_amount(cell: str, amts: list[Amount]) -> Amount | None:
    """The one amount a cell consists of ("1,2 tỷ đồng", "khoảng 12 tấn"), if it is that."""
    if len(amts) != 1:
        return None
    a = amts[0]
    rest = cell[: a.start] + " " + cell[a.end :]
    if a.qualifier:
        rest = rest.replace(a.qualifier, " ", 1)
    return None if _OWN_REST_RE.sub("", rest) else a


# the first item's number of a table's numbering ("1", "I", "A", "1.", "a)")
_FIRST_ITEM = re.compile(r"(?:1|I|A|a)[.)]?")


def group_head_row(row: list[str]) -> bool:
    """A table's first group head under its column heads ("1 | Nón lá trắng truyền thống | | |"): the first item's
    number, a label and nothing else; a data row, not a second line of the header (which a column-number row, "1 | 2
    | 3 | 4", fills in every cell)."""
    cells = [(c or "").strip() for c in row]
    return len(cells) >= 3 and bool(_FIRST_ITEM.fullmatch(cells[0])) and bool(cells[1]) and \
        any(ch.isalpha() for ch in cells[1]) and not any(cells[2:])


def _is_ordinal(cell: str) -> bool:
    return bool(_ORDINAL_RE.fullmatch(cell.strip()))


def _col_spec(cell: str, U: UnitTable) -> tuple[_Spec | None, bool]:
    """Unit given by a header cell: 'Sản lượng (tấn)', 'Thành tiền (1.000đ)', 'Triệu đồng',
    'Giá trị (ĐVT: tr.đ)'. Second item: the cell is a table-wide 'ĐVT: ...' header."""
    got = _labelled_spec(cell, U)
    if got is not None:
        return got
    m = _TRAILING_PAREN_RE.search(cell)
    if m:
        spec = _unit_spec(m.group(1), U)
        if spec is not None:
            return spec, False
    if (m := _CONVERTED_TO_RE.search(cell)) and (spec := _unit_spec(m.group(1), U)) is not None:
        return spec, False  # "Quy ra kg": the column's amounts in kg
    # "Số khay", "Số chai": a count of that pack (not "Số lượng", "Số tiền": no unit)
    m = _COUNT_OF_RE.fullmatch(cell)
    if m:
        spec = _unit_spec(m.group(1), U, multiplier=False)
        if spec is not None and spec.kind == "count":
            return spec, False
    return _unit_spec(cell, U), False


# a norm in a row label's note, so much material a unit of product: "(1,25 kg/kg)", "(2,5 kg gạo/lít rượu)"
_NORM_NOTE_RE = re.compile(r"(?i)^\s*\d[\d.,]*\s*([^\W\d_]+)(?:\s+[^\W\d_/]+){0,2}\s*/\s*([^\W\d_]+)"
                           r"(?:\s+[^\W\d_]+){0,2}\s*$")
# a working in a row label's note that ends in a weight or a volume: "(10 thuyền × 2.000 kg)", "(45 hộ x 700 kg)"
_WORKING_UNIT_RE = re.compile(r"(?i)^\s*[\d.,]+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[×x*]\s*[\d.,]+\s*([^\W\d_]+)\s*$")
_WORKING_FACTORS_RE = re.compile(r"[\d.,]+")


def _working_unit_fits(working: str, ws: _Spec, table: _Spec | None, row: list[str], num_of: Any) -> bool:
    """Whether a label's working ("1 vùng × 22.000 kg") gives its row's unit. Under a table's own unit of the
    same kind that differs ("Bảng 4. … (tấn)"), only when a figure of the row is the working's product in the
    working's unit: "(1 vùng × 22.000 kg) | 22,0" is 22,0 tấn, the working restating it in kilograms (jl08)."""
    if table is None or table.kind != ws.kind or table.factor == ws.factor:
        return True
    factors = [parse_number(f) for f in _WORKING_FACTORS_RE.findall(working)]
    if len(factors) != 2 or None in factors:
        return True
    product = factors[0] * factors[1]
    return any((n := num_of(c)) is not None and abs(n[0] - product) <= 0.01 * product for c in row)


_COUNT_OF_RE = re.compile(r"(?i)\s*số\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*")
_YEAR_WORD_CELL = re.compile(r"(?i)\s*năm\s*")


_QTY_HDR_RE = re.compile(r"(?i:sl|số\s+lượng|khối\s+lượng|sản\s+lượng|quy\s+mô)(?![\w])")
_PRICE_HDR_RE = re.compile(r"(?i:đg|đơn\s+giá|giá\s+bán|giá)(?![\w])")
# (with a total's "Tổng"/"Tổng cộng" before it: "Tổng chi phí" heads a column of money as "Chi phí" does; "chỉ
# phí" is a scan's common reading of "chi phí", rules/labels.yml)
_MONEY_HDR_RE = re.compile(
    r"(?i:thành\s+tiền|số\s+tiền|(?:tổng\s+(?:cộng\s+)?)?(?:tiền|kinh\s+phí|chi\s+phí|chỉ\s+phí|doanh\s+thu"
    r"|lợi\s+nhuận|vốn))(?![\w])"
)
_VND = _Spec(1.0, "VND", "money")


def _column_role(head: str, j: int) -> str:
    """'qty' (SL, Số lượng), 'price' (Đơn giá), 'money' (Thành tiền, TT) or '' from a header."""
    if _QTY_HDR_RE.match(head):
        return "qty"
    if _PRICE_HDR_RE.match(head) and not head.lower().startswith("giá trị"):
        return "price"
    if _MONEY_HDR_RE.match(head) or (j > 0 and head.strip(" .") in ("TT", "Tt")):
        return "money"
    return ""


def _cell_spec(
    role: str, row: _Spec | None, label: _Spec | None, col: _Spec | None, table: _Spec | None,
    label_per: bool = False,
) -> _Spec | None:
    """The unit of a plain number cell. In general: the row's ĐVT cell, the row label's
    "(unit)", the column header's "(unit)", the table header. In an estimate table
    (ĐVT | SL | Đơn giá | Thành tiền) the row's ĐVT belongs to the quantity column, and the
    money columns take the money unit of the column or table; a unit price is per ĐVT."""
    if role == "qty":
        return row or label or col or (table if table and table.kind != "money" else None)
    if role in ("price", "money"):
        money = next((x for x in (col, table, row, label) if x and x.kind == "money"), _VND)
        # (the row's ĐVT, else, in a table with no quantity column, the unit its label names: "Kẹo cu đơ
        # hộp 300 g (hộp) | 48 | 1.440.000.000" is 48.000 đ a box; beside an "SL" column the label's
        # "(kg)" may be the quantity's, "Bánh đa vừng bán buôn (kg) | 12.000 | 60.000 | 720")
        unit = row if row is not None or not label_per else label
        if (
            role == "price"
            and money.per is None
            and unit is not None
            and unit.kind != "money"
            and unit.base
        ):
            per_factor = unit.factor if unit.kind in _PER_CONVERT else 1.0
            return _Spec(money.factor, money.base, money.kind, unit.base, per_factor)
        return money
    return row or label or col or table


def _apply(value: float, spec: _Spec) -> float:
    return value * spec.factor / spec.per_factor


_SPLIT_UNIT_RE = re.compile(r"\([^()]{2,30}\)\s*$")
_THREE_ZEROS_RE = re.compile(r"\d{1,3},000")
_THREE_DECIMALS_RE = re.compile(r"\d{1,3},\d{3}")


def _fixed_three_decimals(cells: Iterable[str]) -> bool:
    """The cells write decimals to three places with a comma: a "0,300" (no thousands group starts
    with 0), or two cells like "4,120" that are not ",000" — and no "1,250,000" of comma groups."""
    zero_lead = plain = 0
    for c in cells:
        c = c.strip()
        if _COMMA_GROUPS_RE.fullmatch(c):
            return False
        if _THREE_DECIMALS_RE.fullmatch(c) and not c.endswith(",000"):
            if c.startswith("0,"):
                zero_lead += 1
            else:
                plain += 1
    return zero_lead >= 1 or plain >= 2


_COMMA_GROUPS_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}")


_UNIT_LIST_SPLIT = re.compile(r"\s*(?:[,;/]|\bvà\b|\bhoặc\b)\s*")


def _listed_units(unit_text: str, U: UnitTable) -> list[_Spec] | None:
    """A unit line that lists several units of quantity ("ĐVT: bộ, kg", "Đơn vị tính: kg và bộ"): each row is in
    the one of them it names itself. None for any other line."""
    m = _UNIT_LABEL_RE.search(unit_text)
    if not m:
        return None
    rest = _HEADER_END_RE.split(unit_text[m.end():], maxsplit=1)[0]
    parts = [x for x in _UNIT_LIST_SPLIT.split(rest.strip(" .()")) if x]
    specs = [_unit_spec(x, U, multiplier=False) for x in parts]
    if len(specs) < 2 or any(sp is None or sp.kind not in ("mass", "volume", "count") or sp.per for sp in specs):
        return None
    return specs  # type: ignore[return-value]


def _row_unit_named(row: list[str], units: list[_Spec], amounts_of: Any) -> _Spec | None:
    """The first of `units` the row's own words give an amount in ("12 hộ × 150 kg", "0,1 kg/chiếc")."""
    for c in row:
        for a in amounts_of(c):
            for sp in units:
                if a.unit == sp.base and a.kind == sp.kind:
                    return sp
    return None


# a label that counts its unit, "Tổng số hũ …", "Số chai bán ra": the row's figures are of that unit
_COUNT_LEAD_RE = re.compile(r"(?i)^\s*(?:tổng\s+)?số\s+([^\W\d]+)\b")
_PACK_PIECE_UNITS = frozenset({"hũ", "chai", "hộp", "túi", "gói", "lọ", "can", "bình", "thùng", "khay", "vỉ", "chiếc",
                               "cái", "bánh", "sản phẩm", "cây", "con", "quả", "bao", "giỏ", "bộ", "xô"})
# a caption that says its table lists prices ("Bảng 3. Giá bán sản phẩm …", "Bảng giá"), not amounts of money
# ("Bảng 3. Giá mật ong đóng gói và giá dịch vụ …": a caption that opens on the word)
_PRICE_CAPTION = re.compile(r"(?i)(?:^\W*(?:bảng\s*\d+\s*[.:)\-–]?\s*)?(?:giá|đơn\s+giá)\b|\bgiá\s+bán\b|\bbảng\s+giá\b)"
                            r"(?![^.]*\b(?:doanh\s+thu|thành\s+tiền|giá\s+trị|sản\s+lượng)\b)")


def _table_figures(
    rows: list[list[str]],
    table_spec: _Spec | None,
    style: NumberStyle,
    U: UnitTable,
    base: dict[str, Any],
    unit_said: bool = False,
    row_units: list[_Spec] | None = None,
    price_caption: bool = False,
) -> list[Figure]:
    """The figures of one table. `unit_said`: the table states a unit, read (`table_spec`) or not. `row_units`: the
    units a unit line lists, each row's the one it names (else the row's above, a total under its parts)."""
    cells = [[(c or "").strip() for c in row] for row in rows]
    ncols = max((len(r) for r in cells), default=0)
    nums: dict[str, tuple[float, bool, str] | None] = {}
    found: dict[str, list[Amount]] = {}

    # A table of amounts written to three decimals with a comma ("ĐVT: tỷ đồng": "4,120", "0,300"):
    # its "3,000" is three, not the three thousand a lone ",000" group means elsewhere (parse_number)
    fixed3 = style == "vi" and _fixed_three_decimals(c for row in cells for c in row[1:])

    def num_of(c: str) -> tuple[float, bool, str] | None:
        if c not in nums:
            got = _cell_number(c, style)
            if got is not None and fixed3 and _THREE_ZEROS_RE.fullmatch(got[2]):
                got = (float(got[2].split(",")[0]) * (1 if got[0] >= 0 else -1), got[1], got[2])
            if got is None:
                # (a subtraction's difference, after the three-decimal reading of plain cells: "5,000 - 3,200"
                # keeps its own difference, not its first number's)
                got = _difference_cell(c, style) or _worked_cell(c, style)
            nums[c] = got
        return nums[c]

    def amounts_of(c: str) -> list[Amount]:
        if c not in found:
            found[c] = find_amounts(c, style, units=U)
        return found[c]

    # Leading header rows: no data number in them (years and STT ordinals are not data).
    def is_data_row(row: list[str]) -> bool:
        for j, c in enumerate(row):
            if not c or (j == 0 and _is_ordinal(c)):
                continue
            num = num_of(c)
            if num is not None:
                if _header_year(c) is None:
                    return True
                continue
            own = _own_amount(c, amounts_of(c))
            if own is not None and own.kind not in ("year", "number"):
                return True
            if _WORKED_RESULT_RE.search(c):
                return True  # "12 tháng × 800 kg = 9.600": a working and its result, which no column head is (hx01)
            if MACHINES_COUNT.match(c):
                return True  # "2 nồi", "3 máy": a count of machines, which no column head is
        return False

    n_header = 0
    for k, row in enumerate(cells[:3]):
        if is_data_row(row) or any(len(c) > 100 for c in row) or (k > 0 and group_head_row(row)):
            break
        n_header += 1
    if n_header == len(cells):
        n_header = 0  # a table of text only (a boxed paragraph): read every cell

    col_year: list[int | None] = [None] * ncols
    col_ord: list[int | None] = [None] * ncols
    col_spec: list[_Spec | None] = [None] * ncols
    col_head: list[str] = [""] * ncols
    col_last: list[str] = [""] * ncols
    stt_col: int | None = None
    dvt_col: int | None = None
    for row in cells[:n_header]:
        for j, c in enumerate(row):
            if not c:
                continue
            col_head[j] = f"{col_head[j]} {c}".strip() if c not in col_head[j] else col_head[j]
            col_last[j] = c
            if _STT_HDR_RE.fullmatch(c) and j == 0:
                stt_col = j
                continue
            if _DVT_HDR_RE.fullmatch(c.strip(" :()")):
                dvt_col = j
                continue
            y = _header_year(c)
            if y is not None:
                if y >= 1000:
                    col_year[j] = col_year[j] or y
                else:
                    col_ord[j] = col_ord[j] or y
            if n_header > 1 and _YEAR_WORD_CELL.fullmatch(c):
                continue  # "Năm" over "2027" (a scan's header in two rows): the year's column, not years counted (iq03)
            spec, wide = _col_spec(c, U)
            if spec is not None and not wide:  # a wide "ĐVT: ..." cell is the table's unit
                col_spec[j] = spec
    for j in range(ncols):
        if n_header > 1 and (whole := _SPLIT_UNIT_RE.search(col_head[j])):
            # a header the page broke over rows ("Năm 2027" / "(triệu" / "đồng)"): its unit, read whole
            # (not the last piece's: "đồng)" alone is đồng)
            spec, wide = _col_spec(whole.group(0), U)
            if spec is not None and not wide:
                col_spec[j] = spec
    _target_beside_actual(col_year, col_head)
    years = [cy if cy is not None else co for cy, co in zip(col_year, col_ord, strict=True)]
    if table_spec is None and n_header:
        # the labels' column head names the unit of every figure of a table by year: "Gạo nếp cái (kg) | 2027 | 2028 |
        # 2029" (hn05), "Khoản mục (triệu đồng) | Năm 2027 | …": the table's unit (a row naming its own keeps that),
        # also under a unit line not read as one ("ĐVT: kg nhung tươi" over "Nhung hươu tươi (kg) | 2027 | …", hn07)
        named = [j for j in range(ncols) if col_spec[j] is not None]
        first = 1 if stt_col == 0 else 0
        if named == [first] and years[first] is None and sum(1 for y in years if y is not None) >= 2 and \
                col_spec[first].kind in ("mass", "volume", "money") and not col_spec[first].per:
            table_spec = col_spec[first]
    roles = [_column_role(c, j) for j, c in enumerate(col_last)]

    # Row labels that end in a price ("Chai, nắp, nhãn (7.000 đ/chai)") make "(1.000 đ/chai)" in a
    # sibling label a price too, not the unit "thousand đồng a bottle" for its cells.
    label_prices = any(
        (m := _TRAILING_PAREN_RE.search(c)) is not None and _unit_spec(m.group(1), U) is None
        and any(a.kind == "money" and a.per for a in amounts_of(m.group(1)))
        for row in cells[n_header:] for c in row[:3] if c and num_of(c) is None
    )

    # rows counted in the pack their label names ("Hũ thủy tinh 500 g", "…, túi 500 g"), in a table with no unit: all
    # of its product rows or none (a row left without its pack would drop out of a sum of them: "…, túi zip 100 g")
    packs_read = table_spec is None and not unit_said and _every_row_packed(cells[n_header:], years, U, num_of)
    # a table of amounts in money (its caption's unit) with a unit-price column; without a quantity column
    # as well, its prices are per the unit each row's label names
    priced = "price" in roles and table_spec is not None and table_spec.kind == "money" and not table_spec.per
    label_per = priced and "qty" not in roles
    out: list[Figure] = []
    listed: _Spec | None = None  # the listed unit of the row above
    group_spec: _Spec | None = None  # the quantity unit of the numbered row heading the rows under it
    head_spec: _Spec | None = None  # the unit a head row with no figures names for the rows under it
    norm_rows: dict[int, _Spec] = {}  # rows named with their norm ("Nhu cầu (1,25 kg/kg)"): the norm's first unit
    for r in range(n_header, len(cells)):
        row = cells[r]
        context = " | ".join(row)
        n_filled = sum(1 for c in row if c)
        label: str | None = None
        label_col: int | None = None
        row_year: int | None = None
        row_spec: _Spec | None = None
        label_spec: _Spec | None = None
        price_per: str | None = None
        skip_cols: set[int] = set()
        for j, c in enumerate(row):
            if not c:
                continue
            if j == (stt_col if stt_col is not None else 0) and _is_ordinal(c) and n_filled > 1:
                skip_cols.add(j)
                continue
            if j == dvt_col:
                skip_cols.add(j)
                row_spec = _unit_spec(c, U)
                continue
            num = num_of(c)
            if label is None and row_year is None:
                y = _header_year(c)
                if y is not None and (num is None or (c.isdigit() and y >= 1000)) and n_filled > 1:
                    row_year = y  # a table with one row per year
                    skip_cols.add(j)
                    continue
            if label is None and num is None and _own_amount(c, amounts_of(c)) is None:
                label, label_col = c, j
                m = _TRAILING_PAREN_RE.search(c)
                label_spec = _unit_spec(m.group(1), U) if m else None
                if label_spec is not None and label_spec.kind == "area" and m and \
                        re.match(rf"(?i)\s*(?:\d+\W*)?số\s+{re.escape(m.group(1).strip())}\b", c):
                    # "Số mẫu phân tích (mẫu)": samples counted, not the land measure "mẫu" (js06)
                    label_spec = _Spec(1.0, m.group(1).strip().lower(), "count", None, 1.0)
                if label_spec is None and m and (cm := _COUNT_OF_RE.fullmatch(m.group(1))):
                    # "Vùng trồng mới (số ha)", "Hộ liên kết (số hộ)": the row counts hectares or households, not the
                    # table's kilograms (hu02, hu09)
                    label_spec = _unit_spec(cm.group(1), U, multiplier=False)
                if label_spec is None and m and (wm := _WORKING_UNIT_RE.search(m.group(1))) and \
                        (ws := _unit_spec(wm.group(1), U, multiplier=False)) is not None and \
                        ws.kind in ("mass", "volume") and not ws.per and \
                        _working_unit_fits(m.group(1), ws, table_spec, row, num_of):
                    # "Thuyền của thành viên (10 thuyền × 2.000 kg) | 20.000": a working whose last factor is a weight
                    # gives a weight (id08)
                    label_spec = ws
                if label_spec is None and m and table_spec is None and not unit_said and \
                        (nm := _NORM_NOTE_RE.match(m.group(1))) and \
                        (ns := _unit_spec(nm.group(1), U, multiplier=False)) is not None and \
                        ns.kind in ("mass", "volume") and not ns.per and \
                        (ds := _unit_spec(nm.group(2), U, multiplier=False)) is not None and \
                        ds.kind in ("mass", "volume") and not ds.per:
                    # "Nhu cầu gạo tẻ (1,25 kg/kg) | 48.750" in a table that states no unit: the row applies its
                    # norm, so its figures are in the norm's first unit, kilograms of rice (jp08), when another row
                    # of the table counts in that unit too (`_units_from_norms`)
                    norm_rows[r] = ns
                # (a decimal comma splits no item: "(kg; 0,75 kg/kg)" is a unit and one note)
                items = [w for w in re.split(r"\s*(?:;|,(?!\d))\s*", m.group(1).strip()) if w] if m else []
                if label_spec is None and m and (lead := _UNIT_THEN_NOTE_RE.match(m.group(1))) and \
                        not all(_unit_spec(w, U) is not None for w in items) and len(items) < 3:
                    # "(tấn, tỷ lệ 60%)": the unit, then a note on the row (not a list of packs, "Bao bì,
                    # nhãn (hũ, can, thùng)" in a table of money: what the line pays for, no unit of it; nor a
                    # list of what it buys, "Bao bì (chai, nắp, nhãn, thùng)")
                    label_spec = _unit_spec(lead.group(1), U)
                if label_spec is None and len(items) == 2 and _SHARE_NOTE.fullmatch(items[0]) and \
                        (last := _unit_spec(items[1], U)) is not None and last.kind in ("mass", "volume", "count"):
                    # "Dưa loại 1 (70 %, kg)": the row's share of the whole, then its unit
                    label_spec = last
                if (label_prices and label_spec is not None and label_spec.kind == "money" and label_spec.per
                        and re.match(r"\s*\d", m.group(1))):
                    label_spec = None
                if label_spec is None and m is None and (cl := _COUNT_LEAD_RE.match(c)) and \
                        (cs := _unit_spec(cl.group(1), U, multiplier=False)) is not None and cs.kind == "count" and \
                        cs.base in _PACK_PIECE_UNITS:
                    # "Tổng số hũ phải chưng, tiệt trùng | 25.100": a count of jars (im06)
                    label_spec = cs
                if label_spec is None and (cv := _CONVERTED_LABEL.match(c)) and \
                        (unit := U.unit_at(c, cv.end())) is not None and unit[0].kind in ("mass", "volume"):
                    # "Quy ra lít rượu | 9.500": the packs above converted into the unit the label names
                    label_spec = _unit_spec(c[cv.end():unit[1]].strip(), U)
                continue
            if label is not None and dvt_col is None and row_spec is None and num is None:
                spec = _unit_spec(c, U, multiplier=False)
                if spec is not None:  # a unit cell in a table without a ĐVT header
                    row_spec = spec
                    skip_cols.add(j)
                elif label_spec is None and j == (label_col or 0) + 1 and any(ch.isalpha() for ch in c) and \
                        (pm := _TRAILING_PAREN_RE.search(c)) and (ps := _unit_spec(pm.group(1), U)) is not None:
                    # "1 | Túi 250 g | Bán được (túi) | 35.030": the product, then the indicator beside it with its
                    # unit (a table "Sản phẩm | Chỉ tiêu | Năm …", ij08)
                    label_spec = ps
                    skip_cols.add(j)
                elif price_per is None and (own := _own_amount(c, amounts_of(c))) is not None and \
                        own.kind == "money" and own.per and "/" not in own.per:
                    price_per = own.per  # "Dưa lưới loại 1 bán lẻ | 40.000 đ/kg | 38.000 | …": a unit price in the row
        cell_table_spec = table_spec
        if label is not None and not any(num_of(c) is not None for j, c in enumerate(row) if c and j != label_col
                                         and j not in skip_cols):
            # a head row with no figures that names its rows' unit: "B | Doanh thu (triệu đồng) | | |" over "1 | Kẹo cu
            # đơ truyền thống, gói 250 g | 1.152,0 | …", which are money, not 1.152 packs (is01); the next head ends it
            head_spec = label_spec
        elif row_spec is None and label_spec is None and head_spec is not None and head_spec.kind == "money" and \
                not head_spec.per:
            row_spec = head_spec
        first = row[stt_col if stt_col is not None else 0] if row else ""
        if first and _is_ordinal(first):
            # a numbered row heads the unnumbered rows under it ("1 | Nhu cầu lạc nhân (kg)", then "| Hộ trồng lạc …
            # (30 hộ × 200 kg)", "| Cộng nguồn cung"): they count in its unit when they name none (hj01)
            # (a weight or a volume: a pack's count, "… can 2 lít (can)", is no unit of a total under the packs)
            group_spec = label_spec if label_spec is not None and label_spec.kind in ("mass", "volume") \
                and not label_spec.per else None
        elif not first and group_spec is not None and table_spec is None and row_spec is None and label_spec is None \
                and not _COUNT_OF_LABEL.search(label or "") and not _CONVERTED_LABEL.match(label or "") and \
                not CONVERTED_IN_LABEL.search(label or ""):
            cell_table_spec = group_spec
        if row_units and row_spec is None and label_spec is None:
            listed = _row_unit_named(row, row_units, amounts_of) or listed
            cell_table_spec = listed
        if table_spec is not None and table_spec.per == _ROW_UNIT:
            # prices per the unit the row names ("Chè vằng khô, bao 2 kg | bao | 330.000 | 339.900" under "ĐVT:
            # đồng/đơn vị sản phẩm"): money per bao; a row naming no unit has figures of no known unit
            u = row_spec or label_spec
            if u is None and label and (pack := _pack_of_label(label, U)) is not None:
                u = _Spec(pack.factor, pack.base, pack.kind)  # the row named by its pack: "…, chai 500 ml | 90.000"
            cell_table_spec = None
            row_priced = True
            if u is not None and u.kind == "money" and u.per:
                row_spec = u  # the row names its price's unit itself: "Trà túi lọc, hộp 25 túi (đồng/hộp) | 42.000"
            else:
                row_spec = _Spec(table_spec.factor, "VND", "money", u.base, u.factor if u.kind in _PER_CONVERT else 1.0) \
                    if u is not None and u.kind != "money" and u.base and not u.per else None
            label_spec = None
        else:
            row_priced = False
            if table_spec is not None and table_spec.kind == "money" and (table_spec.per or price_caption) and \
                    row_spec is not None and row_spec.kind in ("count", "mass", "volume") and not row_spec.per and \
                    label_spec is None:
                # a price table's unit column, "Bảng 7. Giá bán nón (đồng/chiếc)" over "Sản phẩm | Đơn vị | 2027 …",
                # "… | chiếc | 140.000": what each price is per, not a count of 140.000 hats (il02); or "Bảng 3. Giá bán
                # …" over "ĐVT: đồng" and "Sản phẩm, món | ĐVT | …", "… hũ 1 kg | hũ | 340.000" (ip02)
                row_spec = _Spec(table_spec.factor, "VND", "money", row_spec.base,
                                 row_spec.factor if row_spec.kind in _PER_CONVERT else 1.0)
        if row_spec is None and label_spec is None and price_per is not None and table_spec is None and \
                (per_spec := _unit_spec(price_per, U, multiplier=False)) is not None and \
                per_spec.kind in ("mass", "volume", "count"):
            # the row's figures a year beside its own unit price, in a table with no unit: counted in what the
            # price is per ("… | 40.000 đ/kg | 38.000 | 46.000": kilograms; "… | 170.000 đ/hộp | 3.600": boxes)
            row_spec = per_spec
        if row_spec is None and label_spec is None and packs_read and price_per is None and \
                label and (pack := _pack_of_label(label, U)) is not None and \
                not any(a.kind == "money" for a in amounts_of(label)) and \
                all((years[j] is not None and col_spec[j] is None) or roles[j] == "price" for j, c in enumerate(row)
                    if c and j < ncols and j not in skip_cols and j != label_col):
            # a table of figures by year with no unit anywhere, the row named by its pack ("Hũ thủy tinh 500 g | 16.000
            # | 17.000 | …", "Chai nhựa 1 kg | 5.000 | …", or named at its end with its size, "Mực một nắng loại 1, túi
            # 500 g | 350.000 | 4.800 | …" beside a price column): so many of that pack (not a list of what a cost line
            # buys, "Chai, nắp, nhãn (7.000 đ/chai)", whose figures are money)
            row_spec = _Spec(pack.factor, pack.base, pack.kind)
        for j, c in enumerate(row):
            if not c or j in skip_cols or c in ("-", "–", "x", "X"):
                continue
            year = years[j] if j < ncols and years[j] is not None else row_year
            head = col_head[j] if j < ncols else ""
            flabel = head if (row_year is not None and head) else (label or head or None)
            common = dict(base, row=r, col=j, label=flabel, context=context)
            role = roles[j] if j < ncols else ""
            if not role and priced and years[j] is not None and row_spec is None:
                # "Sản phẩm | Đơn giá (1.000 đ) | Năm 2027 | …" under "Thành tiền: đồng": beside the unit price,
                # a year's column holds the amount, whatever unit the label names ("Kẹo hộp 300 g (hộp)")
                role = "money"
            spec = _cell_spec(
                role,
                row_spec,
                label_spec,
                col_spec[j] if j < ncols else None,
                cell_table_spec,
                label_per=label_per,
            )
            if row_priced and any(y is not None for y in years) and (j >= ncols or years[j] is None) and \
                    role != "price" and (j >= ncols or col_spec[j] is None):
                # prices by year per each row's unit beside a column of another count ("Đơn vị/thùng | 30"): that
                # column is no price (ic05)
                spec = None
            num = None if j == label_col else num_of(c)
            if num is not None:
                value, pct, raw = num
                is_year = raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100
                per: str | None = None
                fyear = year
                if pct:
                    unit, kind = "%", "percent"
                elif spec is not None and not (is_year and _YEAR_LABEL_HDR_RE.fullmatch(head)):
                    value, unit, kind, per = _apply(value, spec), spec.base, spec.kind, spec.per
                elif is_year:
                    unit, kind, fyear = "year", "year", int(value)
                else:
                    unit, kind = "", "number"
                out.append(
                    Figure(value=value, unit=unit, kind=kind, per=per, text=c, year=fyear, **common)  # type: ignore[arg-type]
                )
                continue
            amts = amounts_of(c)
            if j == label_col:  # amounts inside the label text, not its years or bare numbers
                amts = [a for a in amts if a.kind not in ("year", "number")]
            for a in amts:
                value, unit, kind, per, vmax = a.value, a.unit, a.kind, a.per, a.value_max
                if kind == "number" and not unit and len(amts) == 1 and spec is not None:
                    value, unit, kind, per = _apply(value, spec), spec.base, spec.kind, spec.per
                    vmax = _apply(vmax, spec) if vmax is not None else None
                fyear = int(a.value) if kind == "year" else year
                out.append(
                    Figure(  # type: ignore[arg-type]
                        value=value,
                        unit=unit,
                        kind=kind,
                        per=per,
                        value_max=vmax,
                        qualifier=a.qualifier,
                        text=a.text,
                        year=fyear,
                        **common,
                    )
                )
    if table_spec is None and not unit_said:
        _units_from_norms(out, norm_rows)
        _units_from_subtotals(out)
    return out


def _units_from_norms(figs: list[Figure], norm_rows: dict[int, _Spec]) -> None:
    """The bare figures of rows named with their norm ("Nhu cầu gạo tẻ (1,25 kg/kg) | 48.750") in the norm's first unit,
    when another row of the table has figures in that unit ("Cộng nguồn cung gạo tẻ (kg) | 50.000"): the table counts
    its material in it row by row. Alone in its unit, the need would be set against sources of no known unit. In
    place."""
    if not norm_rows:
        return
    for r, spec in norm_rows.items():
        if not any(f.row != r and f.row not in norm_rows and f.unit == spec.base and f.year is not None
                   for f in figs):
            continue
        for f in figs:
            if f.row == r and f.kind == "number" and not f.unit and f.year is not None:
                f.value, f.unit, f.kind = _apply(f.value, spec), spec.base, spec.kind


_QTY_KINDS = ("count", "mass", "volume")


def _units_from_subtotals(figs: list[Figure]) -> None:
    """Rows of bare numbers summed by the total under them that names its unit ("Siêu thị … | 8.000", "Nhà hàng … |
    2.000", then "Cộng nước mắm chai 500 ml (chai) | 10.000"): counted in that unit, when every year's figures
    add up to the total's (jr05). In place; a table with a unit of its own keeps it."""
    by_row: dict[int, list[Figure]] = defaultdict(list)
    for f in figs:
        if f.row is not None:
            by_row[f.row].append(f)
    start = None  # the first row of the group the next total closes
    for r in sorted(by_row):
        fs = by_row[r]
        label = fs[0].label or ""
        if not _TOTAL_LABEL.match(label):
            if start is None:
                start = r
            continue
        group, start = [g for g in range(start, r) if g in by_row] if start is not None else [], None
        units = {(f.unit, f.kind) for f in fs if f.year is not None}
        if len(units) != 1 or next(iter(units))[1] not in _QTY_KINDS or any(f.per for f in fs) or not group:
            continue
        unit, kind = next(iter(units))
        totals = {f.year: f.value for f in fs if f.year is not None}
        parts = [f for g in group for f in by_row[g] if f.year is not None]
        if not parts or any(f.kind != "number" or f.unit or f.per for f in parts) or \
                {f.year for f in parts} != set(totals) or \
                any(sum(1 for f in parts if f.year == y) != len(group) for y in totals):
            continue
        if all(abs(sum(f.value for f in parts if f.year == y) - t) <= 0.005 * max(abs(t), 1.0)
               for y, t in totals.items()):
            for f in parts:
                f.unit, f.kind = unit, kind


# ---------------------------------------------------------------------------- blocks

_SENT_BOUND_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_ORD_SENT_RE = re.compile(
    rf"(?<![\w])(?i:năm)\s+(?:(?i:thứ)\s+(?P<n>\d{{1,2}}|(?i:{'|'.join(_ORD_WORDS)}))"
    rf"|(?P<m>\d{{1,2}})\s*[:,)])(?![\w])"
)
_CONTEXT_MAX = 600


def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in _SENT_BOUND_RE.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _sentence_span(bounds: tuple[list[int], list[int]], n: int, a: int, b: int) -> tuple[int, int]:
    starts, ends = bounds
    i = bisect.bisect_right(ends, a)
    s = ends[i - 1] if i > 0 else 0
    j = bisect.bisect_left(starts, b)
    e = ends[j] if j < len(starts) else n
    if e - s > _CONTEXT_MAX:
        s = max(s, a - _CONTEXT_MAX // 2)
        e = min(e, b + _CONTEXT_MAX // 2)
    return s, e


def _year_marks(text: str, amounts: list[Amount]) -> list[tuple[int, int]]:
    """(position, year) of every calendar year and "năm thứ N" ordinal in the text."""
    marks = [(a.start, int(a.value)) for a in amounts if a.kind == "year" and a.value_max is None]
    for m in _ORD_SENT_RE.finditer(text):
        n = m.group("n") or m.group("m")
        val = int(n) if n.isdigit() else _ORD_WORDS.get(n.lower())
        if val:
            marks.append((m.start(), val))
    marks.sort()
    return marks


_YEAR_RIGHT_AFTER_RE = re.compile(
    r"[ \t]*(?:\([ \t]*)?(?:(?i:vào|trong|của)[ \t]+)?(?:(?i:năm)[ \t]+)?"
)


def _attach_year(
    marks: list[tuple[int, int]], s: int, e: int, a: Amount, text: str | None = None
) -> int | None:
    """The year written right after the amount ("52 tấn (2027)", "52 tấn năm 2027"), else the one
    mentioned nearest before it in its sentence, else the only one after. Calendar years win over
    plan-year ordinals."""
    if a.kind == "year":
        return int(a.value)
    inside = [(p, y) for p, y in marks if s <= p < e and not (a.start <= p < a.end)]
    if any(y >= 1000 for _, y in inside):
        inside = [(p, y) for p, y in inside if y >= 1000]
    if text is not None:
        right = next((y for p, y in inside if p >= a.end), None)
        nxt = next((p for p, _ in inside if p >= a.end), None)
        if nxt is not None and _YEAR_RIGHT_AFTER_RE.fullmatch(text, a.end, nxt):
            return right
    before = [y for p, y in inside if p < a.start]
    if before:
        return before[-1]
    after = {y for p, y in inside if p >= a.end}
    return after.pop() if len(after) == 1 else None


_MONEY_IN_RE = re.compile(r"(?i)\b(?:(?:(?:số\s+)?tiền|doanh\s+thu|chi\s+phí|giá\s+trị)\s+(?:được\s+)?tính\s+bằng|đơn\s+vị\s+tiền\s*(?::|là)?|"
                          # "Thành tiền: đồng" over a table of amounts by year
                          r"^\s*thành\s+tiền\s*:)\s*"
                          r"([^\W\d_][^;,()\]\n]{1,18}?)\s*(?=[;,)\].]|$)")
# the figures of a table said to be in a unit: "số liệu trong bảng tính bằng nghìn đồng", "Các chỉ tiêu tổng hợp dưới
# đây tính bằng tỷ đồng"
_DATA_IN_RE = re.compile(r"(?i)\b(?:số\s+liệu|các\s+(?:chỉ\s+tiêu|khoản|số)|bảng)\b[^.;:]{0,40}?\b(?:được\s+)?"
                         r"tính\s+(?:bằng|theo)\s+(?:đơn\s+vị\s+)?([^\W\d_][^;,()\]\n]{1,18}?)\s*(?=[;,)\].]|$)")
# said of what follows: the table below, not the one above
_BELOW_RE = re.compile(r"(?i)\b(?:dưới\s+đây|sau\s+đây|sau|tiếp\s+theo|bên\s+dưới)\b")
_CAPTION_START_RE = re.compile(r"(?i)^\s*(?:bảng|biểu)\s*(?:số\s*)?[\dIVX]")
# (numbered or not: "Bảng 2. Vốn đầu tư (triệu đồng)", "Bảng cân đối thu chi (triệu đồng)")
_CAPTION_UNIT_RE = re.compile(r"(?i)^\s*(?:bảng|biểu)\b\s*(?:số\s*)?(?:[\dIVX]+\b)?.{0,120}?(\(([^()]{2,60})\))[\s.:]*$")


def _table_unit(
    blocks: list[Block], i: int, rows: list[list[str]], U: UnitTable
) -> tuple[str | None, _Spec | None]:
    """A table's unit header as written and parsed: `Block.unit`, else a short caption
    paragraph just before the table with "ĐVT: ...", else a cell of the first rows that
    starts with "ĐVT: ..."."""
    b = blocks[i]
    if b.unit:
        # (the price per each row's own unit first: "ĐVT: đồng/sản phẩm" is no price per a unit called "sản phẩm")
        if mm := _per_row_unit_match(b.unit):
            return b.unit, _per_row_unit(mm, U)
        got = _labelled_spec(b.unit, U)
        return b.unit, _priced_per_row(got[0] if got else _unit_spec(b.unit, U), blocks, i, b.unit)
    prev = blocks[i - 1] if i > 0 else None
    if prev is not None and i > 1 and _page_header_between(blocks[i - 2], prev, b, U):
        # "ĐVT: triệu đồng" ends a page, the page's running header ("HTX Nông sản sạch …") opens the
        # next one, then the table: the caption is the line before the page break
        prev = blocks[i - 2]
    if prev is not None and prev.kind in (BlockKind.paragraph, BlockKind.heading) and len(prev.text) < 300:
        if mm := _per_row_unit_match(prev.text):
            return prev.text.strip(), _per_row_unit(mm, U)
        got = _labelled_spec(prev.text, U)
        if got is not None:
            return prev.text.strip(), _priced_per_row(got[0], blocks, i, prev.text)
        # "(… tiền tính bằng triệu đồng)", "đơn vị tiền: nghìn đồng": the money columns' unit
        if (mm := _MONEY_IN_RE.search(prev.text)) and (spec := _unit_spec(mm.group(1), U)) \
                and spec.kind == "money" and not spec.per:
            return mm.group(0).strip(), spec
        # a caption naming the money unit in brackets at its end: "Bảng 2. Vốn đầu tư (triệu đồng)"
        # (or naming the money columns first: "(doanh thu: triệu đồng)", "(giá: nghìn đồng/khách; doanh
        # thu: triệu đồng)": the part whose unit is an amount of money, not a price per unit)
        if cm := _CAPTION_UNIT_RE.search(prev.text):
            for part in [cm.group(2), *cm.group(2).split(";")]:
                spec = _unit_spec(part, U) or _unit_spec(part.rpartition(":")[2], U)
                if spec is not None and spec.kind == "money" and not spec.per:
                    # (a caption of selling prices: "Bảng 3 – Giá bán dự kiến (đồng)", each row's price per its pack, hp03)
                    return cm.group(1).strip(), _priced_per_row(spec, blocks, i)
            # (or a weight or volume: "Bảng 3. Cân đối cá cơm (kg)", the rows that give no unit of their own)
            spec = _unit_spec(cm.group(2), U)
            if spec is not None and spec.kind == "money" and spec.per and _price_caption(blocks, i):
                # a caption of selling prices per a unit: "Bảng 8. Giá bán (đồng/chiếc)", each row's price per piece
                return cm.group(1).strip(), spec
            if spec is not None and spec.kind in ("mass", "volume") and not spec.per:
                return cm.group(1).strip(), spec
    for row in rows[:3]:
        for c in row:
            got = _labelled_spec(c or "", U)
            if got is not None and got[1]:
                return (c or "").strip(), got[0]
    # the unit said in a sentence of its own: a note right under the table ("Ghi chú: số liệu trong bảng tính bằng
    # nghìn đồng"), or the sentence before its caption that says it of the table below ("Các chỉ tiêu tổng hợp dưới
    # đây tính bằng tỷ đồng, …" / "Bảng 12. Tổng hợp hiệu quả kinh tế"), hg01
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    around = [(nxt, False)]
    if prev is not None and prev.kind == BlockKind.paragraph and _CAPTION_START_RE.match(prev.text) and i > 1:
        around.append((blocks[i - 2], True))
    if nxt is not None and nxt.kind == BlockKind.paragraph and len(nxt.text) < 80 and \
            (got := _labelled_spec(nxt.text, U)) is not None and got[1] and \
            nxt.text.lstrip().startswith("(") and nxt.text.rstrip(" .").endswith(")") and \
            not (i + 2 < len(blocks) and blocks[i + 2].kind == BlockKind.table):
        # "(Đơn vị tính: triệu đồng)" in brackets on a line of its own under the table (a bare "ĐVT: …" line there
        # may be the next table's, above its caption)
        return nxt.text.strip("() "), got[0]
    for b2, before in around:
        if b2 is None or b2.kind != BlockKind.paragraph or len(b2.text) > 250:
            continue
        if (mm := _DATA_IN_RE.search(b2.text)) and bool(_BELOW_RE.search(b2.text[:mm.start(1)])) == before and \
                (spec := _unit_spec(mm.group(1), U)) is not None and spec.kind in ("money", "mass", "volume") and \
                not spec.per:
            return mm.group(0).strip(), spec
    # the label column's header naming the money unit: "Nội dung (triệu đồng) | Năm 2026 | Năm 2027"
    # (or a weight or volume: "Sản phẩm (kg) | 2026 | 2027 | …", every product's output in kilograms)
    for c in rows[0] if rows else []:
        if (cm := _LABEL_HEAD_UNIT_RE.match(c or "")) and (spec := _unit_spec(cm.group(1), U)) \
                and spec.kind in ("money", "mass", "volume") and not spec.per:
            return cm.group(1).strip(), spec
    if prev is not None and prev.kind == BlockKind.paragraph and _CAPTION_START_RE.match(prev.text) and \
            _PRICE_CAPTION_RE.search(prev.text) and (dong := _unit_spec("đồng", U)) is not None:
        # a caption of selling prices and no unit anywhere ("Bảng 8. Giá bán dự kiến", each row "(đồng/túi)" but one
        # whose bracket a scan lost): a row's bare amounts are its price in đồng per the pack it names
        return None, _per_each_row(dong)
    return None, None


# a table's unit line of prices per each row's own unit: "ĐVT: đồng/đơn vị sản phẩm", "Đơn vị tính: nghìn đồng/sản phẩm"
# is read by `_labelled_spec` when the unit is a real one; this is the generic "unit of product"
_ROW_UNIT = "đơn vị"
# the money unit, then the unit of product it is per
# (or a list of the units the rows are priced in: "ĐVT: đồng/hộp, túi, con", io05; "ĐVT: đồng/lượt hoặc đồng/đêm", iv10)
_PRICE_PER_PRODUCT = (r"((?:(?:triệu|nghìn|ngàn)\s+)?(?:đồng|đ|vnđ))\s*/\s*(?:01\s+|1\s+|một\s+|mỗi\s+)?"
                      r"(?:đơn\s+vị(?:\s+sản\s+phẩm|\s+tính)?|sản\s+phẩm|sp|[^\W\d_]+"
                      r"(?:\s*(?:,|hoặc|và)\s*(?:(?:đồng|đ)\s*/\s*)?[^\W\d_]+)+)")
# (the label may name what it is the unit of: "ĐVT giá: đồng/đơn vị sản phẩm", ic05)
_PER_ROW_UNIT_RE = re.compile(r"(?i)\b(?:đvt|đơn\s+vị\s+tính|đơn\s+vị)(?:\s+giá(?:\s+bán)?(?:\s+lẻ)?)?\s*[:.]?\s*"
                              + _PRICE_PER_PRODUCT + r"\b")
# (the same in a caption's brackets, with no "ĐVT": "Bảng 2. Giá bán dự kiến (đồng/đơn vị sản phẩm)", whose "đơn vị
# sản phẩm" is no "Đơn vị: sản phẩm")
_PER_ROW_UNIT_BRACKET = re.compile(r"(?i)\(\s*" + _PRICE_PER_PRODUCT + r"\s*\)")


# a caption of selling prices alone: "Bảng 8. Giá bán", "Bảng 5: Giá bán dự kiến các năm", "Đơn giá bán sản phẩm" (not
# "Giá bán và doanh thu", whose money rows are no prices)
# (numbered by its part too: "Bảng 3.3. Giá bán các loại mắm tôm", hf06)
_PRICE_CAPTION_RE = re.compile(r"(?i)^\s*(?:(?:bảng|biểu)\s*(?:số\s*)?[\dIVX]*(?:\.\d+)*[a-z]?\s*[.:–-]?\s*)?"
                               r"(?:giá\s+bán|đơn\s+giá(?:\s+bán)?|bảng\s+giá)\b(?![^\n]*\b(?:doanh\s+thu|thành\s+tiền|"
                               r"chi\s+phí|sản\s+lượng|lợi\s+nhuận)\b)")


def _price_caption(blocks: list[Block], i: int) -> bool:
    """The table's caption, one of the two short paragraphs right above it, names selling prices alone."""
    for j in (i - 1, i - 2):
        if j >= 0 and blocks[j].kind in (BlockKind.paragraph, BlockKind.heading) and len(blocks[j].text) < 160 \
                and _PRICE_CAPTION_RE.search(blocks[j].text):
            return True
    return False


# a unit line that names prices as what it is the unit of: "ĐVT giá: đồng", "Đơn vị tính giá bán: nghìn đồng"
_PRICE_QUALIFIER_RE = re.compile(r"(?i)^\s*(?:đơn\s+)?giá(?:\s+bán)?(?:\s+dự\s+kiến)?\s*:")


def _priced_per_row(spec: _Spec | None, blocks: list[Block], i: int, line: str = "") -> _Spec | None:
    """A table's money unit as stated, or, under a caption of selling prices ("Bảng 8. Giá bán", then "ĐVT: đồng" in
    the table or as a paragraph of its own) or by a unit line of prices ("ĐVT giá: đồng" under "Bảng 2. Sản phẩm,
    quy cách và giá bán"), each row's price per the pack it names ("…, chai 500 ml")."""
    if spec is not None and spec.kind == "money" and not spec.per and (
            _price_caption(blocks, i) or ((lab := _UNIT_LABEL_RE.search(line)) is not None
                                          and _PRICE_QUALIFIER_RE.match(line[lab.end():]))):
        return _per_each_row(spec)
    return spec


def _per_row_unit_match(text: str) -> re.Match[str] | None:
    """A unit line or caption that prices each row per its own unit, either way it is written."""
    return _PER_ROW_UNIT_RE.search(text) or _PER_ROW_UNIT_BRACKET.search(text)


def _per_row_unit(mm: re.Match[str], U: UnitTable) -> _Spec | None:
    """The spec of "ĐVT: đồng/đơn vị sản phẩm": each row's price, in the money unit the line names (the unit
    table's "nghìn đồng", "triệu đồng"), per the unit that row names (`_ROW_UNIT`)."""
    money = _unit_spec(mm.group(1), U)
    return _per_each_row(money) if money and money.kind == "money" else None


def _per_each_row(money: _Spec) -> _Spec:
    """A money unit made a price per the unit each row names (`_ROW_UNIT`)."""
    return _Spec(money.factor, money.base, money.kind, _ROW_UNIT, 1.0)


def _page_header_between(before: Block, mid: Block, table: Block, U: UnitTable) -> bool:
    """`mid` is a short line alone at the top of the table's page (a running header) and `before`
    ends the page before, holding a unit label ("ĐVT: …")."""
    return (mid.kind == BlockKind.paragraph and len(mid.text) < 80 and mid.page == table.page
            and before.page is not None and mid.page is not None and before.page < mid.page
            and before.kind in (BlockKind.paragraph, BlockKind.heading) and len(before.text) < 300
            and _labelled_spec(before.text, U) is not None)


_LABEL_HEAD_UNIT_RE = re.compile(r"(?i)^\s*(?:nội dung|khoản mục|chỉ tiêu|hạng mục|danh mục|diễn giải|"
                                 r"các khoản|mục chi|(?:tên\s+|loại\s+)?sản phẩm|mặt hàng|"
                                 # (the sources of a material, named: "Nguồn cung gừng tươi (kg)")
                                 r"nguồn(?:\s+cung(?:\s+cấp|\s+ứng)?)?(?:\s+[^\W\d]+){0,3})\s*\(([^()]{1,24})\)\s*$")


def figures_from_blocks(
    blocks: list[Block],
    block_section: Sequence[str | None],
    style: NumberStyle = "vi",
    *,
    units: UnitTable | None = None,
) -> tuple[list[Figure], list[Table]]:
    """Every figure of a document, and its tables.

    Paragraphs and list items give figures whose context is their sentence, with the year
    written right after them ("52 tấn (2027)"), else the one mentioned nearest before them in
    that sentence. Tables give one figure per numeric
    cell, with the row label, the row as context and the column's year; a cell's unit is, by
    priority: its own ("1.250 triệu"), the row's ĐVT cell, the row label "(đơn vị)", the
    column header "(đơn vị)", the table's unit header (`Block.unit`, a "ĐVT: ..." cell or the
    caption paragraph just before). In estimate tables (ĐVT | SL | Đơn giá | Thành tiền) the
    row's ĐVT goes to the quantity column and a unit price is per that ĐVT. STT ordinals and
    year headers are not figures; a number with no unit anywhere is kind "number", unit "".

    `year` is a calendar year ("Năm 2027", "2027") when one is given; a column or sentence
    with only "Năm thứ N" / "Năm N" gets N (so `year < 100` means the plan's N-th year).
    Headings are not read (their numbers are numbering). `block_section[i]` is the contract
    key of block i.
    """
    U = units or _UNITS
    figures: list[Figure] = []
    tables: list[Table] = []
    # tables that state no unit: (index, their figures' slice, rows, base) for `_unit_by_agreement`
    unitless: list[tuple[int, int, int, list[list[str]], dict[str, Any]]] = []
    for i, b in enumerate(blocks):
        section = block_section[i] if i < len(block_section) else None
        if b.kind == BlockKind.table:
            rows = (
                b.rows
                if b.rows is not None
                else [ln.split(" | ") for ln in b.text.split("\n") if ln]
            )
            unit_text, spec = _table_unit(blocks, i, rows, U)
            # (a unit the table states that was not read, "ĐVT: tấn chè khô": its rows are not counted in their packs)
            prev = blocks[i - 1] if i > 0 else None
            unit_said = unit_text is not None or (
                prev is not None and prev.kind == BlockKind.paragraph and len(prev.text) < 120
                and bool(_UNIT_LABEL_RE.search(prev.text)))
            index = len(tables)
            tables.append(
                Table(
                    index=index,
                    block=i,
                    section=section,
                    page=b.page,
                    unit=unit_text,
                    rows=[list(r) for r in rows],
                )
            )
            base = {"section": section, "block": i, "table": index}
            row_units = _listed_units(unit_text, U) if spec is None and unit_text else None
            start = len(figures)
            # (a caption above the table, over its unit line, that says it lists prices: "Bảng 3. Giá bán sản phẩm đóng
            # gói và giá tại quán" / "ĐVT: đồng")
            priced = spec is not None and spec.kind == "money" and any(
                blocks[k].kind == BlockKind.paragraph and len(blocks[k].text) < 160 and _PRICE_CAPTION.search(blocks[k].text)
                for k in range(max(0, i - 2), i))
            figures.extend(_table_figures(rows, spec, style, U, base, unit_said, row_units, priced))
            if spec is None and not unit_said and not row_units:
                unitless.append((index, start, len(figures), rows, base))
        elif b.kind in (BlockKind.paragraph, BlockKind.list_item):
            text = b.text
            if U is _UNITS:
                amounts: Sequence[Amount] = text_amounts(text, style)
            else:
                amounts = find_amounts(text, style, units=U)
            if not amounts:
                continue
            bounds = _sentences(text)
            marks = _year_marks(text, amounts)
            for a in amounts:
                s, e = _sentence_span(bounds, len(text), a.start, a.end)
                figures.append(
                    Figure(
                        value=a.value,
                        unit=a.unit,
                        kind=a.kind,  # type: ignore[arg-type]
                        per=a.per,
                        value_max=a.value_max,
                        qualifier=a.qualifier,
                        text=a.text,
                        context=text[s:e].strip(),
                        section=section,
                        block=i,
                        year=_attach_year(marks, s, e, a, text),
                    )
                )
    if unitless:
        figures = _unit_by_agreement(figures, tables, unitless, style, U)
    return figures, tables


_AGREEMENT_FACTORS = (1e6, 1e3, 1e9, 1.0)
_MONEY_LABEL = re.compile(r"(?i)\b(?:doanh\s+thu|chi\s+phí|lợi\s+nhuận|lãi|thuế|khấu\s+hao|vốn|giá\s+trị|tiền|thu\s+nhập|"
                          r"ngân\s+sách|dòng\s+tiền|giá\s+thành|quỹ\s+lương|lương)\b")


def _unit_by_agreement(figures: list[Figure], tables: list[Table],
                       unitless: list[tuple[int, int, int, list[list[str]], dict[str, Any]]],
                       style: NumberStyle, U: UnitTable) -> list[Figure]:
    """A table that states no unit whose bare figures repeat, year by year, a row of money another table states
    ("Bảng 13. Tổng hợp hiệu quả: Doanh thu | 1.446,0 | 1.707,5 | 1.981,2" beside the revenue table's "Tổng doanh
    thu | 1.446,0 | 1.707,5 | 1.981,2" in triệu đồng, hl08): its figures are money in that unit. Two years of one
    row must agree, in the same factor, with the same row's years elsewhere."""
    # the tables stating each (year, amount of money)
    money: dict[tuple[int, float], set[int]] = defaultdict(set)
    for f in figures:
        if f.kind == "money" and not f.per and f.table is not None and f.year is not None:
            money[(f.year, round(f.value, 2))].add(f.table)
    out = list(figures)
    for index, start, end, rows, base in unitless:
        by_row: dict[int | None, dict[int, float]] = defaultdict(dict)
        for f in figures[start:end]:
            if f.kind == "number" and not f.unit and f.year is not None and f.year >= 1000:
                by_row[f.row][f.year] = f.value
        agreed = next((factor for years in by_row.values() if len(years) >= 2 for factor in _AGREEMENT_FACTORS
                       if set.intersection(*(money.get((y, round(v * factor, 2)), set()) - {index}
                                             for y, v in years.items()))), None)
        if agreed is None:
            continue
        spec = _Spec(agreed, "VND", "money")
        # (the rows that name money only: a row of the workforce or an output beside them keeps its bare figures)
        money_rows = {f.row for f in figures[start:end] if _MONEY_LABEL.search(f.label or "")}
        again = {(f.row, f.col): f for f in _table_figures(rows, spec, style, U, base)}
        # (one figure for one: the table's figures keep their places in the list)
        out[start:end] = [again.get((f.row, f.col), f) if f.row in money_rows and f.kind == "number" and not f.unit
                          else f for f in figures[start:end]]
        tables[index] = tables[index].model_copy(update={"unit": f"(như bảng cùng số liệu: {_unit_name(agreed)})"})
    return out


def _unit_name(factor: float) -> str:
    return {1e9: "tỷ đồng", 1e6: "triệu đồng", 1e3: "nghìn đồng"}.get(factor, "đồng")
