"""Heading detection shared by every reader.

A reader knows how a paragraph looks (style name, outline level, bold, upper case, font size
against the body text, a Word list number); this module decides from those cues whether it
is a heading and at which level. It knows nothing of plan sections: that is `sections.py`.

Levels come from the numbering scheme when there is one ("Phần I" > "I." > "1." > "1.1." >
"a)") because that is what Vietnamese plans rely on; a style level or font size is used
when the text carries no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text import fold, one_line

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
# the capital letters of the Vietnamese alphabet a plan numbers its parts with: A, B, C, D, Đ, E, G,
# H, I, K, L, M, N, O, P, Q, R, S, T, U, V, X, Y (a long plan runs past K: "L. Kế hoạch sản xuất")
_LETTER = r"[A-HK-VXYĐ]"
# a part numbered in words, up to twenty-odd: "Phần một:", "Phần mười bốn:", "PHẦN HAI MƯƠI:" (only with
# the colon or dash after it: "phần ba của doanh thu" is a share)
_UNIT_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)"
NUMBER_WORDS = r"(?:(?:mười|hai\s+mươi)(?:\s+" + _UNIT_WORD + r")?|" + _UNIT_WORD + r")"
# (rank, pattern); rank 0 is the outermost. Patterns match at the start of the text. A part may be
# numbered by a letter too ("PHẦN E. KẾ HOẠCH SẢN XUẤT VÀ TÀI CHÍNH" above "E.1. Vốn đầu tư").
NUMBERING: list[tuple[int, re.Pattern[str]]] = [
    (0, re.compile(r"^(?:PH[ẦA]N|Ph[ầa]n|CH[ƯU][ƠO]NG|Ch[ưu][ơo]ng|M[ỤU]C|PHAN|CHUONG)\s+"
                   r"(?:th[ứu]\s+(?:" + NUMBER_WORDS + r"(?=\s*[.:\-–])|\w+)|" + NUMBER_WORDS + r"(?=\s*[.:\-–])|(?=[IVXivx])" + _ROMAN +
                   r"|\d{1,2}|" + _LETTER + r"(?=\s*[.:\-–]))\b\s*[.:\-–]?\s*",
                   re.I)),
    (1, re.compile(r"^(?=[IVX])" + _ROMAN + r"\s*(?:[.:\-–)]|/(?=\s))\s*")),
    # "A.1." / "B.2.3.": a part's letter and its section's number
    (3, re.compile(r"^" + _LETTER + r"\.\d{1,2}\.\d{1,2}\.?\s+(?=\S)")),
    (2, re.compile(r"^" + _LETTER + r"\.\d{1,2}\.?\s+(?=\S)")),
    (1, re.compile(r"^" + _LETTER + r"\s*[.)]\s+(?=\S)")),
    # (also "1.2/ Tình hình sản xuất", the slash of "1/ Thông tin chung" one level down)
    (4, re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}[./]?\s+")),
    (3, re.compile(r"^\d{1,2}\.\d{1,2}[./]?\s+")),
    (2, re.compile(r"^\d{1,2}\s*(?:[.)/]|\s?[-–](?=\s?\D))\s*(?=\D)")),
    (5, re.compile(r"^[a-zđ]\s*[)]\s*|^[a-zđ]\.\s+(?=\S)")),
]
_BULLET = re.compile(r"^\s*[-+*•○▪➢✓◦]\s+")
_SENTENCE_END = re.compile(r"[.;,]\s*$")
_HEADING_STYLE = re.compile(r"(heading|title|tiêu đề|tieu de|ü|überschrift|titre|chapter)\s*(\d)?",
                            re.I)


@dataclass(frozen=True)
class Numbering:
    rank: int
    label: str
    rest: str


def split_numbering(text: str) -> Numbering | None:
    """Split a leading heading number from the text: 'II. Thị trường' -> (1, 'II.', 'Thị trường')."""
    t = text.lstrip()
    for rank, pat in NUMBERING:
        m = pat.match(t)
        if m and m.end() > 0:
            label = m.group(0).strip()
            rest = t[m.end():].strip()
            if rank == 1 and not label.rstrip(".:-–)").strip():
                continue
            return Numbering(rank, label, rest)
    return None


@dataclass(frozen=True)
class HeadingCues:
    text: str
    style: str | None = None
    outline_level: int | None = None  # 0-based, as in Word's w:outlineLvl
    bold: bool = False
    size_ratio: float = 1.0  # font size / body font size
    list_label: str | None = None  # auto-numbering label rendered by the reader, e.g. "II."
    centered: bool = False


@dataclass(frozen=True)
class Heading:
    level: int
    numbering: str | None
    title: str
    cue: str


# Vowels with a tone or a hat: a three-letter upper-case word carrying one is a Vietnamese word
# ("VỐN", "LÃI"), not an abbreviation ("HTX", "STT", "ĐVT" have none).
_MARKED_VOWELS = frozenset("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ")


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    return len(letters) >= 4 or (len(letters) == 3 and any(c in _MARKED_VOWELS for c in letters))


def style_level(style: str | None) -> int | None:
    if not style:
        return None
    m = _HEADING_STYLE.search(style)
    if not m:
        return None
    if m.group(1).lower() in {"title"}:
        return 0
    return int(m.group(2)) if m.group(2) else 1


# a table's header row read as a line of its own (a scan's bold header the table finder left out): "TT Sản phẩm
# ĐVT Năm Năm Năm", "STT Hạng mục Số lượng Đơn giá Thành tiền"
# (the scan may read "TT" as "T"; or the line holds two column names whatever comes first: "T Hạng mục Số Đơn giá
# (triệu Thành tiền (triệu")
_TABLE_HEADER_LINE = re.compile(
    r"^(?:S?TT?|Stt)\s+(?=.*\b(?:ĐVT|Năm|Đơn\s+giá|Số\s+lượng|Thành\s+tiền|Chỉ\s+tiêu|Hạng\s+mục|Nội\s+dung|"
    r"Sản\s+phẩm|Ghi\s+chú)\b)")
_COLUMN_NAMES = re.compile(r"\b(?:ĐVT|Đơn\s+giá|Thành\s+tiền|Số\s+lượng|Hạng\s+mục|Chỉ\s+tiêu|Ghi\s+chú|Khối\s+lượng)\b")


# the years' columns whose numbers went to the next line or page: "Sản phẩm ĐVT Năm Năm Năm" (hq02)
_YEAR_COLUMNS = re.compile(r"\bNăm\s+Năm\b")


def column_names_line(text: str) -> bool:
    """A line of a table's column names that reads as a paragraph ("TT Sản phẩm ĐVT …", a scan's "T Sản phẩm Quy
    cách Hạn Giá bán"): no heading, and no sentence that names anything."""
    return bool(_TABLE_HEADER_LINE.match(text)) or len(set(m.group().lower() for m in _COLUMN_NAMES.finditer(text))) >= 2 \
        or bool(_YEAR_COLUMNS.search(text))


def classify(c: HeadingCues) -> Heading | None:
    """Decide whether a paragraph is a heading, from how it looks."""
    text = one_line(c.text)
    if not text or len(text) > 200 or column_names_line(text):
        return None
    num = split_numbering(c.list_label + " " + text if c.list_label else text)
    title = num.rest if num else text
    n_words = len(title.split())
    lvl_style = style_level(c.style)
    if lvl_style is not None or c.outline_level is not None:
        level = lvl_style if lvl_style is not None else (c.outline_level or 0) + 1
        if num:
            level = num.rank + 1
        return Heading(max(level, 1), num.label if num else None, title, c.style or "outline")
    if _BULLET.match(text) or n_words == 0 or n_words > 30:
        return None
    upper = _is_upper(title)
    big = c.size_ratio >= 1.12
    # A sentence that ends in a full stop or comma is body text, unless it is short and styled.
    ends_like_sentence = bool(_SENTENCE_END.search(title)) and n_words > 8
    if ends_like_sentence:
        return None
    if num:
        if num.rank == 5 and not (c.bold or upper or big):
            return None  # "a) ..." in plain text is usually a list item
        if c.bold or upper or big or (n_words <= 14 and not title.endswith(":") and _few_digits(title)):
            return Heading(num.rank + 1, num.label, title, "numbered")
        return None
    if (c.bold or big) and n_words <= 16 and not title.endswith(":"):
        return Heading(2 if not (upper or big) else 1, None, title, "bold" if c.bold else "size")
    if upper and n_words <= 16 and not title.endswith(":"):
        return Heading(1, None, title, "upper")
    return None


_YEARS = re.compile(r"\b(19|20)\d\d\b")


def _few_digits(s: str) -> bool:
    """Headings rarely carry numbers (years aside: "Kế hoạch 2027-2029"); list items with amounts do."""
    return sum(ch.isdigit() for ch in _YEARS.sub("", s)) <= 4


def looks_like_heading_text(text: str) -> bool:
    """Cheap test used on plain-text layers (OCR, pdf lines) with no formatting cues."""
    return classify(HeadingCues(text=text)) is not None


def heading_key(text: str) -> str:
    return fold(text)
