"""Figure extraction: number formats, units, rates, ranges, hedges, years, tables.

The cases follow DOMAIN.md §7 (units and number formats a parser must handle).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.figures import (
    Amount,
    detect_number_style,
    figures_from_blocks,
    find_amounts,
    load_units,
    parse_number,
    parse_unit_header,
)
from pipeline.models import Block, Figure

B = 1e9
M = 1e6


def one(text: str, style: str = "vi") -> Amount:
    found = find_amounts(text, style)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def kinds(text: str, style: str = "vi") -> list[str]:
    return [a.kind for a in find_amounts(text, style)]  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("s", "vi", "en"),
    [
        ("1.250.000", 1250000, 1250000),
        ("1.500.000", 1500000, 1500000),
        ("1,5", 1.5, 1.5),
        ("12,5", 12.5, 12.5),
        ("12,5%", 12.5, 12.5),
        ("1.500,75", 1500.75, 1500.75),
        ("1,500.75", 1500.75, 1500.75),
        ("1,500,000", 1500000, 1500000),  # several comma groups: thousands in either style
        ("1 500 000", 1500000, 1500000),
        ("1 500,75", 1500.75, 1500.75),
        ("1.500", 1500, 1.5),  # the ambiguous one: decided by the document's style
        ("1,500", 1.5, 1500),  # in vi a lone comma is a decimal mark
        ("45,000", 45000, 45000),  # ",000" is always a thousands group
        ("45.000", 45000, 45000),
        ("0,500", 0.5, 0.5),
        ("12.5", 12.5, 12.5),  # one or two digits after the mark: a decimal
        ("1500,5", 1500.5, 1500.5),
        ("1.250.000,5", 1250000.5, 1250000.5),
        ("2027", 2027, 2027),
        ("(50)", -50, -50),
        ("-1.250", -1250, -1.25),
        ("  7 ", 7, 7),
    ],
)
def test_parse_number(s: str, vi: float, en: float) -> None:
    assert parse_number(s, "vi") == pytest.approx(vi)
    assert parse_number(s, "en") == pytest.approx(en)


@pytest.mark.parametrize(
    "s", ["", "abc", "1.2.3", "1.25.000", "12 50", "1.500.000.5", "1,5,7", "--1", "%"]
)
def test_parse_number_rejects(s: str) -> None:
    assert parse_number(s, "vi") is None
    assert parse_number(s, "en") is None


# ---------------------------------------------------------------------------- style


def test_detect_number_style() -> None:
    assert detect_number_style(["Doanh thu 1.250.000.000 đồng, tăng 12,5%"]) == "vi"
    assert detect_number_style(["Revenue 1,250,000,000 đồng; growth 12.5%", "1,500.75"]) == "en"
    assert detect_number_style(["giá 45,000 đ/kg"]) == "en"
    assert detect_number_style(["giá 45.000 đ/kg"]) == "vi"
    assert detect_number_style([]) == "vi"
    assert detect_number_style(["Không có số nào", ""]) == "vi"
    # a heading number such as "1.1" is no evidence for en
    assert detect_number_style(["1.1 Mục tiêu", "1.2 Nhiệm vụ", "3,5 tấn"]) == "vi"


def test_style_resolves_magnitude_ambiguity() -> None:
    assert one("Sản lượng 1.500 tấn").value == 1_500_000  # 1500 tonnes in kg
    assert one("Sản lượng 1.500 tấn", "en").value == 1_500  # 1.5 tonnes
    assert one("1,500,000 đồng", "vi").value == 1_500_000
    assert one("1,500,000 đồng", "en").value == 1_500_000


# ---------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.250.000.000 đồng", 1_250_000_000),
        ("350 triệu đồng", 350 * M),
        ("1,2 tỷ", 1.2 * B),
        ("1,5 tỷ đồng", 1.5 * B),
        ("2 tỉ đồng", 2 * B),
        ("500.000 đ", 500_000),
        ("500.000đ", 500_000),
        ("500.000 VNĐ", 500_000),
        ("500.000 VND", 500_000),
        ("500.000 vnđ", 500_000),
        ("500.000₫", 500_000),
        ("45 nghìn đồng", 45_000),
        ("45 ngàn đồng", 45_000),
        ("45 nghìn đ", 45_000),
        ("45 ngđ", 45_000),
        ("350 triệu", 350 * M),
        ("350 tr", 350 * M),
        ("350 trđ", 350 * M),
        ("350 tr.đ", 350 * M),
        ("350 Tr.đ", 350 * M),
        ("350 triệu đ", 350 * M),
        ("2 tỷ VNĐ", 2 * B),
        ("1 tỷ rưỡi", 1.5 * B),
        ("2 triệu rưỡi", 2.5 * M),
        ("1 tỷ 500 triệu đồng", 1.5 * B),
        ("1 tỷ 2", 1.2 * B),
        ("nửa tỷ", 0.5 * B),
        ("Bằng chữ: Một tỷ năm trăm triệu đồng", 1.5 * B),
        ("(Bằng chữ: Hai trăm năm mươi triệu đồng chẵn)", 250 * M),
        ("bằng chữ: Năm trăm nghìn đồng", 500_000),
        ("ba trăm triệu đồng", 300 * M),
    ],
)
def test_money(text: str, value: float) -> None:
    a = one(text)
    assert (a.kind, a.unit) == ("money", "VND")
    assert a.value == pytest.approx(value)


def test_money_text_and_offsets() -> None:
    text = "Tổng vốn đầu tư 1.250.000.000 đồng, trong đó vốn vay 350 triệu đồng."
    found = find_amounts(text)
    assert [a.text for a in found] == ["1.250.000.000 đồng", "350 triệu đồng"]
    assert all(text[a.start : a.end] == a.text for a in found)


def test_usd() -> None:
    assert (one("5.000 USD").value, one("5.000 USD").unit) == (5000, "USD")
    assert one("$5.000").unit == "USD"
    assert one("1,2 triệu USD").value == pytest.approx(1.2 * M)


def test_digits_and_words_for_the_same_amount() -> None:
    found = find_amounts("1.250.000.000 đồng (Bằng chữ: Một tỷ, hai trăm năm mươi triệu đồng)")
    assert [a.value for a in found] == [1_250_000_000, 1_250_000_000]


# ---------------------------------------------------------------------------- rates


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("45.000 đ/kg", 45_000, "VND", "kg"),
        ("25.000 đ/kg", 25_000, "VND", "kg"),
        ("25.000 đồng/1 kg", 25_000, "VND", "kg"),
        ("45.000.000 đ/tấn", 45_000, "VND", "kg"),  # mass denominators normalised to kg
        ("50 triệu đ/năm", 50 * M, "VND", "năm"),
        ("30 triệu đồng/sản phẩm", 30 * M, "VND", "sản phẩm"),
        ("5 triệu đồng/người/tháng", 5 * M, "VND", "người/tháng"),
        ("45 nghìn/kg", 45_000, "VND", "kg"),
        ("45k/kg", 45_000, "VND", "kg"),
        ("12 tấn/năm", 12_000, "kg", "năm"),
        ("300 lít/ngày", 300, "l", "ngày"),
        ("500 sản phẩm/tháng", 500, "sản phẩm", "tháng"),
        ("15 kg/đàn/năm", 15, "kg", "đàn/năm"),
        ("5 tấn/ha", 0.5, "kg", "m2"),  # 5000 kg per 10 000 m2
        ("2 vụ/năm", 2, "vụ", "năm"),
        ("3 tấn/vụ", 3000, "kg", "vụ"),
        ("1 tấn/mùa", 1000, "kg", "mùa"),
        ("120 công/vụ", 120, "công", "vụ"),
        ("12 tấn mỗi năm", 12_000, "kg", "năm"),
        ("0,5%/tháng", 0.5, "%", "tháng"),
        ("45.000đ/bánh", 45_000, "VND", "bánh"),  # unknown denominator kept as written
    ],
)
def test_rates(text: str, value: float, unit: str, per: str) -> None:
    a = one(text)
    assert (a.unit, a.per) == (unit, per)
    assert a.value == pytest.approx(value)


def test_price_per_bottle_with_size() -> None:
    price, size = find_amounts("Giá bán 150.000đ/chai 500ml.")
    assert (price.value, price.unit, price.per, price.text) == (
        150_000,
        "VND",
        "chai",
        "150.000đ/chai",
    )
    assert (size.value, size.unit, size.kind) == (0.5, "l", "volume")


# ---------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("12 tấn", 12_000, "kg", "mass"),
        ("3 tạ", 300, "kg", "mass"),
        ("5 yến", 50, "kg", "mass"),
        ("20 kg", 20, "kg", "mass"),
        ("500 g", 0.5, "kg", "mass"),
        ("500g", 0.5, "kg", "mass"),
        ("500 gr", 0.5, "kg", "mass"),
        ("500 gram", 0.5, "kg", "mass"),
        ("12.000 lít", 12_000, "l", "volume"),
        ("12 lit", 12, "l", "volume"),
        ("5 l", 5, "l", "volume"),
        ("1L", 1, "l", "volume"),
        ("500ml", 0.5, "l", "volume"),
        ("750 ml", 0.75, "l", "volume"),
        ("20 m3", 20, "m3", "volume"),
        ("20 m³", 20, "m3", "volume"),
        ("1,5 ha", 15_000, "m2", "area"),
        ("2 héc-ta", 20_000, "m2", "area"),
        ("2 hecta", 20_000, "m2", "area"),
        ("300 m2", 300, "m2", "area"),
        ("300 m²", 300, "m2", "area"),
        ("2 km²", 2_000_000, "m2", "area"),
        ("2 sào", 1000, "m2", "area"),  # Trung Bộ sào = 500 m²
        ("1 mẫu", 5000, "m2", "area"),  # mẫu = 10 sào
        ("12,5%", 12.5, "%", "percent"),
        ("12,5 %", 12.5, "%", "percent"),
        ("12 phần trăm", 12, "%", "percent"),
        ("3 năm", 3, "năm", "duration"),
        ("6 tháng", 6, "tháng", "duration"),
        ("30 ngày", 30, "ngày", "duration"),
        ("5 km", 5000, "m", "number"),
        ("5 cây số", 5000, "m", "number"),
        ("2 tấn rưỡi", 2500, "kg", "mass"),
    ],
)
def test_units(text: str, value: float, unit: str, kind: str) -> None:
    a = one(text)
    assert (a.unit, a.kind) == (unit, kind)
    assert a.value == pytest.approx(value)


@pytest.mark.parametrize(
    "noun",
    [
        "chai",
        "hũ",
        "lọ",
        "can",
        "hộp",
        "gói",
        "túi",
        "thùng",
        "két",
        "bình",
        "cây",
        "cái",
        "chiếc",
        "bó",
        "sản phẩm",
        "con",
        "đàn",
        "tổ",
        "người",
        "lao động",
        "hộ",
        "thành viên",
        "công",
        "suất",
        "lượt khách",
        "phòng",
    ],
)
def test_count_nouns(noun: str) -> None:
    a = one(f"khoảng 1.200 {noun} mỗi năm")
    assert (a.value, a.unit, a.kind, a.qualifier) == (1200, noun, "count", "khoảng")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("5.000 SP", "sản phẩm"),
        ("5.000 sp", "sản phẩm"),
        ("50 đàn ong", "đàn"),
        ("50 thùng ong", "đàn"),
        ("3 công ty", "doanh nghiệp"),
        ("15 công nhân", "công nhân"),
        ("12 người lao động", "lao động"),
        ("20 hộ gia đình", "hộ"),
        ("4 sao", "sao"),
        ("72 điểm", "điểm"),
    ],
)
def test_count_spellings(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_case_and_diacritic_variants() -> None:
    assert one("12 TẤN").value == 12_000
    assert one("12 Tấn").value == 12_000
    assert one("350 TRIỆU ĐỒNG").value == 350 * M
    assert one("350 trieu dong").value == 350 * M
    assert one("25 thanh vien").unit == "thành viên"


def test_a_letter_after_a_unit_spelling_is_not_that_unit() -> None:
    assert one("5 lon bia").unit == "lon"  # not 5 l
    assert kinds("Có 3 khu vực") == []  # small bare number: not kept


# ---------------------------------------------------------------------------- ranges, hedges


@pytest.mark.parametrize(
    ("text", "lo", "hi", "unit"),
    [
        ("10 - 15 tấn", 10_000, 15_000, "kg"),
        ("10–15 tấn", 10_000, 15_000, "kg"),
        ("10-15 tấn", 10_000, 15_000, "kg"),
        ("từ 10 đến 15 tấn", 10_000, 15_000, "kg"),
        ("10 đến 15 tấn", 10_000, 15_000, "kg"),
        ("10 ÷ 15 tấn", 10_000, 15_000, "kg"),
        ("1 - 1,5 tỷ đồng", 1 * B, 1.5 * B, "VND"),
        ("500 triệu - 1 tỷ đồng", 500 * M, 1 * B, "VND"),
        ("từ 500 triệu đồng đến 1 tỷ đồng", 500 * M, 1 * B, "VND"),
        ("10 tấn - 15 tấn", 10_000, 15_000, "kg"),
        ("2000-3000 chai", 2000, 3000, "chai"),
        ("10 - 15 tấn/năm", 10_000, 15_000, "kg"),
    ],
)
def test_ranges(text: str, lo: float, hi: float, unit: str) -> None:
    a = one(text)
    assert (a.value, a.value_max, a.unit) == (pytest.approx(lo), pytest.approx(hi), unit)


def test_range_text_starts_at_the_first_number() -> None:
    a = one("Sản lượng từ 10 đến 15 tấn.")
    assert a.text == "10 đến 15 tấn"


@pytest.mark.parametrize(
    "hedge",
    [
        "khoảng",
        "trên",
        "dưới",
        "gần",
        "hơn",
        "tối thiểu",
        "tối đa",
        "ước",
        "ước tính",
        "xấp xỉ",
        "ít nhất",
        "không quá",
    ],
)
def test_qualifiers(hedge: str) -> None:
    a = one(f"Doanh thu {hedge} 1,2 tỷ đồng")
    assert a.qualifier == hedge
    assert a.text == "1,2 tỷ đồng"


def test_qualifier_as_written_and_after() -> None:
    assert one("Khoảng 12 tấn").qualifier == "Khoảng"
    assert one("đạt khoảng 3 ha").qualifier == "khoảng"
    assert one("khoảng từ 10 đến 15 tấn").qualifier == "khoảng"
    assert one("20 lao động trở lên").qualifier == "trở lên"
    assert one("12 tấn").qualifier is None


# ---------------------------------------------------------------------------- years, dates


@pytest.mark.parametrize(
    ("text", "year", "year_max"),
    [
        ("năm 2027", 2027, None),
        ("Năm 2020, HTX được thành lập", 2020, None),
        ("giai đoạn 2027–2029", 2027, 2029),
        ("giai đoạn 2021 - 2025", 2021, 2025),
        ("2027-2029", 2027, 2029),
        ("từ năm 2027 đến năm 2029", 2027, 2029),
        ("quý I/2021", 2021, None),
        ("tháng 5/2021", 2021, None),
        ("tháng 6 năm 2023", 2023, None),
    ],
)
def test_years(text: str, year: int, year_max: int | None) -> None:
    a = one(text)
    assert (a.kind, a.unit, a.value, a.value_max) == ("year", "year", year, year_max)


@pytest.mark.parametrize(
    "text",
    [
        "ngày 12/3/2021",
        "ngày 4/9",
        "12-03-2021",
        "12.03.2021",
        "ngày 15 tháng 3 năm 2021",
        "năm thứ 1",
        "năm thứ 2",
        "Năm 3: đạt",
        "tỷ lệ 3:1",
        "lúc 7h30",
    ],
)
def test_dates_and_ordinals_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


# ---------------------------------------------------------------------------- identifiers


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Nghị định 43/2017/NĐ-CP về nhãn hàng hóa",
        "Quyết định số 148/QĐ-TTg ngày 24/02/2023",
        "QĐ 148/QĐ-TTg",
        "theo QĐ 1048 của Thủ tướng",
        "Thông tư 15 của Bộ Y tế",
        "Điều 5, khoản 2, Chương 1, Bảng 1, Phụ lục 2, Hình 3, trang 12",
        "Điện thoại: 0912 345 678",
        "ĐT: 0239.3855.123",
        "SĐT 0912345678",
        "Fax: (0239) 3855 124",
        "+84 912 345 678",
        "Hotline 1900 1234",
        "Mã số thuế: 3001234567",
        "MST 3001234567-001",
        "Số tài khoản: 3700 2050 12345 tại Agribank",
        "CCCD số 042123456789",
        "Mã bưu chính 45000",
        "xã Thạch Xuân, huyện Thạch Hà, tỉnh Hà Tĩnh 45000",
        "Xóm 5, thôn 3, tổ dân phố 7",
        "QCVN 6-3:2010/BYT và TCVN 7044:2009; ISO 22000:2018",
        "Email: htx2020@gmail.com, website www.ocop2020.vn",
        "Giấy chứng nhận ĐKKD số 3001234567",
    ],
)
def test_identifiers_give_no_money_or_count(text: str) -> None:
    assert [
        a for a in find_amounts(text) if a.kind in ("money", "count", "mass", "volume", "area")
    ] == []
    assert [a for a in find_amounts(text) if a.kind == "number"] == []


@pytest.mark.parametrize(
    "text",
    [
        "1. Sản phẩm chủ lực",
        "1.1. Mục tiêu",
        "1.2 Sản phẩm",
        "2) Thị trường",
        "(1) sản phẩm",
        "a) 12 tấn",
    ],
)
def test_list_numbering_is_not_an_amount(text: str) -> None:
    assert [a for a in find_amounts(text) if a.value in (1, 1.1, 1.2, 2)] == []


def test_unit_header_in_text_is_not_money() -> None:
    assert find_amounts("Đơn vị tính: 1.000 đồng") == []
    assert find_amounts("ĐVT: 1.000đ") == []


def test_bare_numbers() -> None:
    assert one("Tổng vốn: 1.250.000.000").kind == "number"
    assert one("Tổng vốn: 1.250.000.000").unit == ""
    assert find_amounts("gồm 3 bước") == []  # small integers are not kept bare
    assert find_amounts("mã 12345678") == []  # long digit runs are codes


def test_mixed_sentence() -> None:
    text = (
        "Năm 2027, HTX dự kiến sản xuất khoảng 12.000 lít rượu, giá bán 150.000 đ/chai, "
        "doanh thu trên 1,2 tỷ đồng; liên hệ 0912 345 678 (theo Nghị định 43/2017/NĐ-CP)."
    )
    got = [(a.kind, a.value, a.qualifier) for a in find_amounts(text)]
    assert got == [
        ("year", 2027, None),
        ("volume", 12_000, "khoảng"),
        ("money", 150_000, None),
        ("money", 1.2 * B, "trên"),
    ]


# ---------------------------------------------------------------------------- unit headers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ĐVT: triệu đồng", (1e6, "VND", "money")),
        ("Đơn vị tính: 1.000 đ", (1e3, "VND", "money")),
        ("Đơn vị tính: 1.000 đồng", (1e3, "VND", "money")),
        ("ĐVT: 1000đ", (1e3, "VND", "money")),
        ("(ĐVT: tấn)", (1e3, "kg", "mass")),
        ("Đơn vị: nghìn đồng", (1e3, "VND", "money")),
        ("ĐVT: Tr.đ", (1e6, "VND", "money")),
        ("ĐVT: tỷ đồng", (1e9, "VND", "money")),
        ("ĐVT: đồng", (1, "VND", "money")),
        ("ĐVT: %", (1, "%", "percent")),
        ("ĐVT: ha", (1e4, "m2", "area")),
        ("Đơn vị tính: Người", (1, "người", "count")),
        ("DVT: trieu dong", (1e6, "VND", "money")),
        ("tấn", (1e3, "kg", "mass")),
        ("lít", (1, "l", "volume")),
    ],
)
def test_parse_unit_header(text: str, expected: tuple[float, str, str]) -> None:
    assert parse_unit_header(text) == expected


@pytest.mark.parametrize(
    "text", ["ĐVT", "Đơn vị thực hiện: HTX Thạch Xuân", "Doanh thu", "ĐVT: 1,2 tỷ đồng", ""]
)
def test_parse_unit_header_rejects(text: str) -> None:
    assert parse_unit_header(text) is None


# ---------------------------------------------------------------------------- tables


def _figs(blocks: list[Block], style: str = "vi") -> list[Figure]:
    figures, _ = figures_from_blocks(blocks, ["financials"] * len(blocks), style)  # type: ignore[arg-type]
    return figures


def _at(figs: list[Figure], row: int, col: int) -> Figure:
    (f,) = [f for f in figs if f.row == row and f.col == col]
    return f


def test_table_with_unit_header_on_the_block() -> None:
    table = Block(
        kind="table",
        text="",
        unit="ĐVT: triệu đồng",
        rows=[
            ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028"],
            ["1", "Doanh thu", "1.250", "1.500"],
            ["2", "Chi phí", "900", "1.000"],
            ["", "Tổng cộng", "2.150", "2.500"],
        ],
    )
    figures, tables = figures_from_blocks([table], ["financials"], "vi")
    assert len(figures) == 6  # STT numbers and year headers are not figures
    f = _at(figures, 1, 2)
    assert (f.value, f.unit, f.kind, f.label, f.year, f.text) == (
        1.25 * B,
        "VND",
        "money",
        "Doanh thu",
        2027,
        "1.250",
    )
    assert f.context == "1 | Doanh thu | 1.250 | 1.500"
    assert (f.section, f.block, f.table) == ("financials", 0, 0)
    assert _at(figures, 3, 3).label == "Tổng cộng"
    assert _at(figures, 3, 3).value == 2.5 * B
    assert tables[0].unit == "ĐVT: triệu đồng"
    assert tables[0].rows[1] == ["1", "Doanh thu", "1.250", "1.500"]


def test_table_unit_from_a_caption_ending_in_a_bracketed_money_unit() -> None:
    caption = Block(kind="paragraph", text="Bảng 2. Vốn đầu tư (triệu đồng)")
    table = Block(kind="table", text="", rows=[["TT", "Hạng mục", "Giá trị"], ["1", "Lò sấy", "400"]])
    figures, tables = figures_from_blocks([caption, table], [None, None], "vi")
    assert [(f.value, f.unit) for f in figures if f.table == 0] == [(400e6, "VND")]
    assert tables[0].unit == "(triệu đồng)"
    # a weight or volume in the bracket is the unit of the rows that give none (since the thirty-second
    # session: "Bảng 3. Cân đối cá cơm (kg)")
    _, tables = figures_from_blocks([Block(kind="paragraph", text="Bảng 1. Sản lượng (tấn)"), table],
                                    [None, None], "vi")
    assert tables[0].unit == "(tấn)"
    # a bracket that is no unit, or a caption that is no "Bảng …", gives no unit
    for text in ("Bảng 1. Sản lượng (dự kiến)", "Vốn đầu tư (triệu đồng)"):
        _, tables = figures_from_blocks([Block(kind="paragraph", text=text), table], [None, None], "vi")
        assert tables[0].unit is None, text


def test_table_money_unit_said_in_the_caption_and_counts_named_by_their_pack() -> None:
    # "(… tiền tính bằng triệu đồng)" is the money columns' unit; "Số khay" counts trays
    caption = Block(kind="paragraph", text="Bảng 2. Doanh thu và lợi nhuận (khay 500 g giá 130.000 đồng; "
                                           "tiền tính bằng triệu đồng)")
    table = Block(kind="table", text="", rows=[["Năm", "Số khay", "Doanh thu"], ["2027", "24.000", "5.640"]])
    figures, tables = figures_from_blocks([caption, table], [None, None], "vi")
    got = sorted((f.value, f.unit) for f in figures if f.table == 0 and f.kind != "year")
    assert got == [(24_000, "khay"), (5_640 * M, "VND")]
    assert tables[0].unit == "tiền tính bằng triệu đồng"
    # "Số lượng", "Số tiền" name no pack
    table = Block(kind="table", text="", rows=[["Năm", "Số lượng", "Số tiền"], ["2027", "24", "5.640"]])
    figures, _ = figures_from_blocks([table], [None], "vi")
    assert {f.unit for f in figures if f.kind != "year"} <= {None, "", "VND"}


def test_table_unit_from_caption_or_first_row() -> None:
    caption = Block(kind="paragraph", text="Bảng 3. Kế hoạch doanh thu (ĐVT: triệu đồng)")
    table = Block(kind="table", text="", rows=[["Chỉ tiêu", "2027"], ["Doanh thu", "1.250"]])
    figures, tables = figures_from_blocks([caption, table], [None, None], "vi")
    assert [(f.value, f.year, f.label) for f in figures] == [(1.25 * B, 2027, "Doanh thu")]
    assert tables[0].unit == "Bảng 3. Kế hoạch doanh thu (ĐVT: triệu đồng)"

    in_row = Block(
        kind="table",
        text="",
        rows=[
            ["ĐVT: 1.000 đồng", "", ""],
            ["Chỉ tiêu", "Năm 1", "Năm 2"],
            ["Lợi nhuận", "150.000", "200.000"],
        ],
    )
    figs = _figs([in_row])
    assert [(f.value, f.year) for f in figs] == [(150 * M, 1), (200 * M, 2)]


def test_table_unit_column_and_plan_years() -> None:
    table = Block(
        kind="table",
        text="",
        rows=[
            ["STT", "Chỉ tiêu", "ĐVT", "Năm thứ 1", "Năm thứ 2"],
            ["I", "Sản lượng", "lít", "12.000", "15.000"],
            ["II", "Giá bán", "đồng/lít", "120.000", "125.000"],
            ["III", "Lao động", "người", "5", "6"],
            ["IV", "Diện tích", "sào", "2", "3"],
            ["V", "Tỷ suất lợi nhuận (%)", "", "12,5", "13"],
        ],
    )
    figs = _figs([table])
    got = [(f.row, f.col, f.value, f.unit, f.per, f.year) for f in figs]
    assert got == [
        (1, 3, 12_000, "l", None, 1),
        (1, 4, 15_000, "l", None, 2),
        (2, 3, 120_000, "VND", "l", 1),
        (2, 4, 125_000, "VND", "l", 2),
        (3, 3, 5, "người", None, 1),
        (3, 4, 6, "người", None, 2),
        (4, 3, 1000, "m2", None, 1),
        (4, 4, 1500, "m2", None, 2),
        (5, 3, 12.5, "%", None, 1),
        (5, 4, 13, "%", None, 2),
    ]


def test_table_unit_cell_without_header() -> None:
    table = Block(kind="table", text="", rows=[["Sản lượng", "lít", "12.000", "15.000"]])
    assert [(f.value, f.unit, f.label) for f in _figs([table])] == [
        (12_000, "l", "Sản lượng"),
        (15_000, "l", "Sản lượng"),
    ]


def test_calendar_year_wins_over_plan_year() -> None:
    table = Block(
        kind="table",
        text="",
        rows=[
            ["Chỉ tiêu", "Năm thứ 1 (2027)", "Năm thứ 2 (2028)"],
            ["Doanh thu (triệu đồng)", "735", "1.200"],
        ],
    )
    assert [(f.year, f.value) for f in _figs([table])] == [(2027, 735 * M), (2028, 1.2 * B)]


def test_estimate_table_quantity_price_amount() -> None:
    caption = Block(kind="paragraph", text="Bảng 4. Dự toán đầu tư (ĐVT: 1.000 đồng)")
    table = Block(
        kind="table",
        text="",
        rows=[
            ["STT", "Hạng mục", "ĐVT", "SL", "Đơn giá", "Thành tiền"],
            ["1", "Máy đóng chai", "cái", "2", "50.000", "100.000"],
            ["2", "Gạo nếp", "tấn", "3", "25.000", "75.000"],
            ["", "Tổng cộng", "", "", "", "175.000"],
        ],
    )
    figs = _figs([caption, table])
    got = [(f.row, f.col, f.value, f.unit, f.per) for f in figs]
    assert got == [
        (1, 3, 2, "cái", None),
        (1, 4, 50 * M, "VND", "cái"),
        (1, 5, 100 * M, "VND", None),
        (2, 3, 3000, "kg", None),
        (2, 4, 25_000, "VND", "kg"),
        (2, 5, 75 * M, "VND", None),
        (3, 5, 175 * M, "VND", None),
    ]


def test_column_units_and_own_units() -> None:
    table = Block(
        kind="table",
        text="",
        rows=[
            ["Hạng mục", "Số lượng (cái)", "Thành tiền (triệu đồng)", "Ghi chú"],
            ["Máy đóng chai", "2", "100", "công suất 500 chai/giờ"],
            ["Nhà xưởng", "1", "1,2 tỷ đồng", ""],
        ],
    )
    figs = _figs([table])
    assert (_at(figs, 1, 1).value, _at(figs, 1, 1).unit) == (2, "cái")
    assert _at(figs, 1, 2).value == 100 * M
    assert (_at(figs, 1, 3).value, _at(figs, 1, 3).unit, _at(figs, 1, 3).per) == (
        500,
        "chai",
        "giờ",
    )
    assert _at(figs, 2, 2).value == 1.2 * B  # the cell's own unit wins over the column's


def test_table_one_row_per_year() -> None:
    table = Block(
        kind="table",
        text="",
        rows=[
            ["Năm", "Sản lượng (tấn)", "Doanh thu (triệu đồng)"],
            ["2027", "12", "735"],
            ["2028", "20", "1.200"],
        ],
    )
    got = [(f.year, f.label, f.value, f.unit) for f in _figs([table])]
    assert got == [
        (2027, "Sản lượng (tấn)", 12_000, "kg"),
        (2027, "Doanh thu (triệu đồng)", 735 * M, "VND"),
        (2028, "Sản lượng (tấn)", 20_000, "kg"),
        (2028, "Doanh thu (triệu đồng)", 1.2 * B, "VND"),
    ]


def test_table_without_any_unit() -> None:
    table = Block(
        kind="table", text="", rows=[["STT", "Chỉ tiêu", "Giá trị"], ["1", "Chỉ số A", "1.250"]]
    )
    (f,) = _figs([table])
    assert (f.value, f.unit, f.kind, f.label) == (1250, "", "number", "Chỉ số A")


def test_table_stt_ordinals_are_not_figures() -> None:
    table = Block(
        kind="table",
        text="",
        rows=[
            ["TT", "Nội dung", "Số tiền"],
            ["I", "Vốn cố định", ""],
            ["1", "Nhà xưởng", "500.000.000"],
            ["a", "Máy", "200.000.000"],
            ["1.1", "Máy nghiền", "50.000.000"],
        ],
    )
    figs = _figs([table])
    assert [f.value for f in figs] == [500 * M, 200 * M, 50 * M]
    assert all(f.col == 2 for f in figs)


def test_table_from_text_when_rows_are_missing() -> None:
    table = Block(kind="table", text="Chỉ tiêu | ĐVT | 2027\nSản lượng | tấn | 12", unit=None)
    (f,) = _figs([table])
    assert (f.value, f.unit, f.year, f.label) == (12_000, "kg", 2027, "Sản lượng")


def test_text_table_reads_every_cell() -> None:
    box = Block(
        kind="table", text="", rows=[["HTX Thạch Xuân có vốn điều lệ 2 tỷ đồng và 25 thành viên."]]
    )
    assert [(f.value, f.unit) for f in _figs([box])] == [(2 * B, "VND"), (25, "thành viên")]


# ---------------------------------------------------------------------------- paragraphs


def test_paragraph_figures_context_section_year() -> None:
    blocks = [
        Block(kind="heading", text="3. Kế hoạch năm 2027 - 2029", level=2),
        Block(
            kind="paragraph",
            text="Năm 2027, doanh thu khoảng 1,25 tỷ đồng. Năm 2028 đạt 1,5 tỷ đồng và "
            "năm 2029 đạt 1,8 tỷ đồng. Giá bán 150.000đ/chai.",
        ),
        Block(kind="list_item", text="- Năm thứ 2: sản lượng 15.000 lít"),
    ]
    figures, tables = figures_from_blocks(blocks, [None, "financials", "production_plan"], "vi")
    assert tables == []
    money = [(f.value, f.year, f.qualifier) for f in figures if f.kind == "money" and f.per is None]
    assert money == [(1.25 * B, 2027, "khoảng"), (1.5 * B, 2028, None), (1.8 * B, 2029, None)]
    price = next(f for f in figures if f.per == "chai")
    assert price.context == "Giá bán 150.000đ/chai."
    assert price.year is None
    first = figures[1]
    assert first.context == "Năm 2027, doanh thu khoảng 1,25 tỷ đồng."
    assert (first.section, first.block, first.table, first.row) == ("financials", 1, None, None)
    litres = next(f for f in figures if f.unit == "l")
    assert (litres.year, litres.section, litres.block) == (2, "production_plan", 2)
    assert all(f.block != 0 for f in figures)  # headings are not read


def test_figures_validate_against_the_model() -> None:
    blocks = [Block(kind="paragraph", text="Vốn 1,2 tỷ đồng, 12 tấn/năm, 3 năm, năm 2027, 12,5%")]
    figures, _ = figures_from_blocks(blocks, [None], "vi")
    for f in figures:
        Figure.model_validate(f.model_dump())
    assert {f.kind for f in figures} == {"money", "mass", "duration", "year", "percent"}


# ---------------------------------------------------------------------------- units file


def test_units_file_region(tmp_path) -> None:  # type: ignore[no-untyped-def]
    north = load_units(region="bac_bo")
    assert find_amounts("2 sào", units=north)[0].value == 720
    assert find_amounts("1 mẫu", units=north)[0].value == 3600
    assert one("2 sào").value == 1000


def test_units_file_is_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "units.yml"
    path.write_text(
        "region: trung_bo\n"
        "magnitudes:\n  - {factor: 1000000, bare: money, spellings: [triệu]}\n"
        "units:\n"
        "  - {name: VND, kind: money, base: VND, factor: 1, spellings: [đồng]}\n"
        "  - {name: vò, kind: count, spellings: [vò]}\n",
        encoding="utf-8",
    )
    units = load_units(path)
    assert [(a.value, a.unit) for a in find_amounts("12 vò, 5 triệu đồng", units=units)] == [
        (12, "vò"),
        (5 * M, "VND"),
    ]
    path.write_text(
        "units:\n"
        "  - {name: a, kind: count, spellings: [x]}\n"
        "  - {name: b, kind: count, spellings: [x]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="listed twice"):
        load_units(path)


# ---------------------------------------------------------------------------- robustness

_PIECES = (
    "tỷ triệu nghìn đồng |tấn|/kg|năm |từ | đến |khoảng |Bằng chữ: |một |trăm |rưỡi|nửa |ĐVT: "
    "|2027|1.250.000|12,5|0912 345 678|NĐ-CP"
).split("|")
_ALPHABET = st.sampled_from([*"0123456789.,;:/-–() %$₫\n\tabcdđĐkgmlhaấạươỷ", *_PIECES])
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), _TEXT), st.sampled_from(["vi", "en"]))
def test_never_raises(text: str, style: str) -> None:
    found = find_amounts(text, style)  # type: ignore[arg-type]
    for a in found:
        assert text[a.start : a.end] == a.text
        assert math.isfinite(a.value)
    assert [a.start for a in found] == sorted(a.start for a in found)
    value = parse_number(text, style)  # type: ignore[arg-type]
    assert value is None or math.isfinite(value)
    parse_unit_header(text)
    detect_number_style([text])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.one_of(_TEXT, st.text(max_size=20)), max_size=5), max_size=5),
    st.one_of(st.none(), _TEXT),
)
def test_tables_never_raise(rows: list[list[str]], unit: str | None) -> None:
    blocks = [Block(kind="table", text="", rows=rows, unit=unit)]
    figures, tables = figures_from_blocks(blocks, [None], "vi")
    assert len(tables) == 1
    assert all(f.table == 0 for f in figures)


def test_abbreviated_estimate_headers() -> None:
    """STT, ĐVT, SL, ĐG, TT (here TT = thành tiền, since it is not the first column)."""
    table = Block(
        kind="table",
        text="",
        unit="ĐVT: triệu đồng",
        rows=[
            ["TT", "Hạng mục", "ĐVT", "SL", "ĐG", "TT"],
            ["1", "Thùng ong", "thùng", "50", "1,2", "60"],
        ],
    )
    got = [(f.col, f.value, f.unit, f.per) for f in _figs([table])]
    assert got == [(3, 50, "thùng", None), (4, 1.2 * M, "VND", "thùng"), (5, 60 * M, "VND", None)]


def test_amount_column_without_unit_is_vnd() -> None:
    table = Block(
        kind="table", text="", rows=[["Hạng mục", "Thành tiền"], ["Bao bì", "15.000.000"]]
    )
    (f,) = _figs([table])
    assert (f.value, f.unit, f.kind) == (15 * M, "VND", "money")


def test_ratio_sentence() -> None:
    got = [(a.value, a.unit) for a in find_amounts("1 kg gạo cho 0,8 lít rượu; tỷ lệ 3:1")]
    assert got == [(1, "kg"), (0.8, "l")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cung cấp 6 tấn lá nón khô mỗi năm", 6000),
        ("xếp hạng 4 sao", 4),
        ("vốn cổ phần 2 tỷ đồng", 2 * B),
        ("hạng mục nhà xưởng 500 triệu đồng", 500 * M),
        ("150 tấn cá cơm/năm", 150_000),
    ],
)
def test_skip_words_only_right_before_identifiers(text: str, value: float) -> None:
    assert one(text).value == value


def test_rate_after_a_commodity() -> None:
    a = one("150 tấn cá cơm/năm")
    assert (a.per, a.text) == ("năm", "150 tấn cá cơm/năm")


def test_space_and_mark_grouping_are_not_mixed():
    """"3 221.300" is not one number (an OCR lost the "=" of "… : 3 = 221.300"): its last group is
    read; "1 250 000" and "1 500,75" still are one number."""
    from pipeline.figures import find_amounts, parse_number

    assert parse_number("3 221.300") is None
    assert parse_number("1 250 000") == 1250000
    assert parse_number("1 500,75") == 1500.75
    got = find_amounts("Lợi nhuận bình quân : 3 221.300 nghìn đồng/năm", "vi")
    assert [(a.value, a.per) for a in got] == [(221300000.0, "năm")]


def test_a_divisor_after_an_operator_is_not_a_thousands_group():
    """"(298,6 + 416,7 + 493,8) : 3 403,0 triệu đồng" is "… : 3 = 403,0" with the "=" lost: a one- or
    two-digit group right after ":" (after a number or a bracket) and a group with a decimal part
    are two numbers. A label's colon ("Lợi nhuận: 3 403,5") and whole groups ("600 : 1 250 000")
    still read as one number."""
    from pipeline.figures import find_amounts

    got = find_amounts("Lợi nhuận sau thuế bình quân 3 năm là (298,6 + 416,7 + 493,8) : 3 403,0 triệu đồng.", "vi")
    assert got[-1].value == 403_000_000
    assert find_amounts("Lợi nhuận: 3 403,5 triệu đồng", "vi")[0].value == 3_403_500_000
    assert find_amounts("600 : 1 250 000 đồng", "vi")[-1].value == 1_250_000


def test_a_bracketed_sum_divided_by_the_years_then_the_average_is_two_numbers():
    """A scan that lost the "=" of "(206 + 542 + 878) : 3 = 542 triệu đồng/năm" (sets 65 and 69): a
    one-digit group after a bracketed sum and ":" is the count of years, even with no decimal part."""
    from pipeline.figures import find_amounts

    got = find_amounts("Lợi nhuận bình quân: (206 + 542 + 878) : 3 542 triệu đồng/năm.", "vi")
    assert got[-1].value == 542_000_000
    assert find_amounts("Giá bán: 3 542 đồng/túi", "vi")[0].value == 3_542


def test_a_population_is_no_money():
    from pipeline.figures import find_amounts

    got = find_amounts("Tỉnh Hà Tĩnh có khoảng 1,3 triệu dân và hơn 330.000 hộ gia đình.", "vi")
    assert [(a.value, a.kind) for a in got][:1] == [(1_300_000, "count")]
    assert find_amounts("doanh thu 500 triệu", "vi")[0].kind == "money"


def test_label_price_of_one_thousand_is_a_price_beside_other_label_prices() -> None:
    # "(1.000 đ/chai)" reads as the unit "thousand đồng a bottle" on its own; beside sibling labels
    # that end in prices ("(7.000 đ/chai)") it is a price too, and the cells keep the table's unit.
    table = Block(
        kind="table",
        text="",
        rows=[
            ["TT", "Khoản mục", "2026", "2027"],
            ["1", "Chai, nắp, nhãn (7.000 đ/chai)", "210", "525"],
            ["2", "Điện, nước (1.000 đ/chai)", "30", "75"],
        ],
    )
    figs = _figs([table])
    assert {(f.label, f.value, f.unit) for f in figs if f.col == 3} == {
        ("Chai, nắp, nhãn (7.000 đ/chai)", 525, ""), ("Điện, nước (1.000 đ/chai)", 75, "")}


def test_a_table_written_to_three_decimals_reads_its_comma_000_as_a_whole_number() -> None:
    # "ĐVT: tỷ đồng" with every amount to three decimals: "3,000" is three tỷ beside "4,120" and
    # "1,120", not the three thousand a lone ",000" group means in running text ("45,000 đ")
    table = Block(
        kind="table",
        text="",
        unit="ĐVT: tỷ đồng",
        rows=[
            ["TT", "Nội dung", "Năm 2027", "Năm 2028"],
            ["1", "Doanh thu", "4,120", "4,532"],
            ["1.1", "Rau túi 500 g", "3,000", "3,300"],
            ["1.2", "Rau loại 2", "1,120", "1,232"],
        ],
    )
    figs = _figs([table])
    assert _at(figs, 2, 2).value == 3 * B
    assert _at(figs, 1, 2).value == pytest.approx(4.12 * B)
    # a table of prices in thousands keeps "45,000" as 45.000
    prices = Block(kind="table", text="", rows=[["Sản phẩm", "Giá (đồng/kg)"], ["Chè búp", "45,000"],
                                                ["Chè xanh", "120,000"]])
    assert _at(_figs([prices]), 1, 1).value == 45000


def test_a_column_unit_the_page_broke_over_header_rows_is_read_whole() -> None:
    # a scan of "Năm 2027 (triệu đồng)" in a narrow column: "Năm 2027" / "(triệu" / "đồng)" on three
    # rows; the unit is millions, not the "đồng" the last piece says alone
    table = Block(kind="table", text="", rows=[["Chỉ tiêu", "Năm 2027", "Năm 2028"], ["", "(triệu", "(triệu"],
                                               ["", "đồng)", "đồng)"], ["1. Doanh thu", "8.640", "9.480"]])
    f = _at(_figs([table]), 3, 1)
    assert (f.value, f.unit, f.year) == (8.64 * B, "VND", 2027)
