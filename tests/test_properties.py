"""Property-based tests (hypothesis) for the parsers that see raw plan text: no input makes the
number parser (parse_number, find_amounts, parse_unit_header), the heading detector (classify,
split_numbering) or the section matcher (match_heading) raise, return a non-finite value, or take
long. Plan text comes from the public and from OCR, so the strategies lean on what breaks
parsers: digits of other scripts (Arabic-Indic, full-width, mathematical), superscripts and
fractions that str.isdigit() accepts but int() refuses, combining marks, NFD text, zero-width and
control characters, very long digit runs, separators repeated, unit and scale words in any order.
tests/test_figures.py and tests/test_sections.py hold the basic versions of these.
"""

from __future__ import annotations

import math
import time
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.figures import detect_number_style, find_amounts, parse_number, parse_unit_header
from pipeline.ingest.headings import HeadingCues, classify, split_numbering
from pipeline.sections import Match, load_vocabulary, match_heading

V = load_vocabulary()

_PIECES = [
    "0", "1", "5", "9", "12", "1.000", "1.250.000", "12,5", "0,75", "2027", "2027–2029", "1e309",
    "٣", "٤٥", "１２", "３．５", "𝟏𝟐", "²", "³", "½", "¼", "①", "Ⅻ", "Ⅳ.", "\u2044", "\u00a0", "\u202f",
    "\u200b", "\u0301", "\u0323", "\ufeff", "\x00", "\x0b", "\r\n", "\t", "  ", ".", ",", ";", ":", "/",
    "-", "–", "—", "(", ")", "%", "‰", "+", "×", "x", "~", "≈", "đ", "đồng", "VNĐ", "vnđ", "₫", "$", "USD",
    "tỷ", "tỉ", "triệu", "tr", "nghìn", "ngàn", "trăm", "mươi", "lẻ", "rưỡi", "nửa", "một", "hai", "ba",
    "kg", "tấn", "tạ", "yến", "g", "lít", "l", "ml", "m2", "m²", "m3", "ha", "sào", "mẫu", "chai", "hộp",
    "năm", "tháng", "ngày", "quý I/", "khoảng", "trên", "dưới", "từ", "đến", "/năm", "/kg", "ĐVT:",
    "Đơn vị tính:", "Bằng chữ:", "NĐ-CP", "QĐ-UBND", "0912 345 678", "I.", "II.", "1.1.", "a)", "đ)",
    "PHẦN", "Chương", "Mục", "THỊ TRƯỜNG", "Thị trường tiêu thụ", "Nguyên liệu", "SWOT", "Hiệu quả",
]
_PIECE = st.sampled_from(_PIECES)
_WEIRD = st.characters(categories=["Nd", "No", "Nl", "Mn", "Zs", "Cc", "Cf", "Pd", "Ps", "Pe", "Sc"])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECE, _WEIRD, st.just(" ")), max_size=80).map("".join),
    st.lists(_PIECE, max_size=40).map(" ".join),
    st.builds(lambda s, f: unicodedata.normalize(f, s),
              st.lists(_PIECE, max_size=30).map(" ".join), st.sampled_from(["NFC", "NFD", "NFKC"])),
    st.builds(lambda d, n, sep: sep.join([d] * n), st.sampled_from(["9", "1", "٣", "１", "0"]),
              st.integers(1, 400), st.sampled_from(["", ".", ",", " ", "\u00a0"])),
)
STYLE = st.sampled_from(["vi", "en"])
SLOW_S = 5.0  # no call on a few hundred characters may take this long (catastrophic backtracking)


def _timed(f, *a, **k):
    t = time.perf_counter()
    r = f(*a, **k)
    assert time.perf_counter() - t < SLOW_S, (f.__name__, a[:1])
    return r


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, STYLE)
def test_number_parser_never_raises(text: str, style: str) -> None:
    v = _timed(parse_number, text, style)
    assert v is None or (isinstance(v, float | int) and math.isfinite(v))
    amounts = _timed(find_amounts, text, style)
    last = -1
    for a in amounts:
        assert 0 <= a.start < a.end <= len(text) and text[a.start:a.end] == a.text
        assert math.isfinite(a.value) and (a.value_max is None or math.isfinite(a.value_max))
        assert a.start >= last
        last = a.start
    _timed(parse_unit_header, text)
    assert detect_number_style([text, text]) in ("vi", "en")


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    TEXT,
    st.one_of(st.none(), st.text(max_size=40), st.sampled_from(
        ["Heading 1", "Heading 9", "Heading 99", "Tiêu đề 2", "Title", "heading", "List Paragraph",
         "Überschrift 3", "Normal", ""])),
    st.one_of(st.none(), st.integers(-(2**31), 2**31)),
    st.booleans(),
    st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.just(1.0)),
    st.one_of(st.none(), st.text(max_size=12), _PIECE),
    st.booleans(),
)
def test_heading_detector_never_raises(text, style, outline, bold, ratio, label, centered) -> None:
    h = _timed(classify, HeadingCues(text=text, style=style, outline_level=outline, bold=bold,
                                     size_ratio=ratio, list_label=label, centered=centered))
    if h is not None:
        assert isinstance(h.level, int) and h.level >= 0
        assert isinstance(h.title, str)
    n = _timed(split_numbering, text)
    if n is not None:
        assert isinstance(n.rank, int) and n.label and isinstance(n.rest, str)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_section_matcher_never_raises(title: str) -> None:
    m = _timed(match_heading, title, V)
    assert m is None or isinstance(m, str | Match)
    if isinstance(m, Match):
        assert m.keys and all(isinstance(k, str) for k in m.keys)


def test_long_inputs_stay_fast() -> None:
    """A hostile paragraph is long: each parser stays well under a second on 6,000 characters
    of the worst repetitions found (find_amounts is quadratic on a run of scale words, see
    the helper's report; 2,000 characters stay cheap)."""
    for s in ["1." * 3000, "1 " * 3000, "9" * 6000, "(" * 3000 + "1" + ")" * 3000, "٣٤٥,٦ " * 1000,
              "1.000.000 đồng/kg " * 300, "2027-2029 " * 600, "tỷ " * 666]:
        for f in (parse_number, find_amounts, split_numbering, parse_unit_header):
            t = time.perf_counter()
            f(s)
            assert time.perf_counter() - t < 2.0, (f.__name__, s[:20])
        t = time.perf_counter()
        classify(HeadingCues(s, bold=True))
        match_heading(s, V)
        assert time.perf_counter() - t < 2.0, s[:20]
