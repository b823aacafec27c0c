"""Tables made without Word's table grid: rows typed with tab stops and tables drawn without ruling lines, in Word
and in the PDFs LibreOffice prints from them (blind set 212's theme).

A Word plan's tab-typed rows come back as one table; a PDF's borderless table keeps its narrow year columns apart, its
wrapped header ("Năm" over "2027") as one row, its row numbers ("1.1") in their own column and a left-aligned cell
that runs up to the one before it in its own cell. A unit line that lists several units gives each row the one it
names itself. The PDFs are built here through the samples' builder and LibreOffice."""

from __future__ import annotations

import shutil

import docx
import pytest

from pipeline.extract import analyse
from pipeline.ingest import read_document
from pipeline.models import BlockKind
from tests.test_word_machinery import _build

BALANCE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH

# I. NGUỒN NGUYÊN LIỆU
Doanh thu năm 2027 đạt 1.250 triệu đồng.

Bảng 3. Nguồn cá cơm và nhu cầu nguyên liệu

{open}
ĐVT: kg
| TT | Nguồn, chỉ tiêu | Quy mô | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1.1 | Tàu cá của công ty | 2 tàu × 9.000 kg | 18.000 | 18.000 | 18.000 |
| 1.2 | Ngư dân bến Cửa Sót | 14 hộ × 1.800 kg | 25.200 | 25.200 | 25.200 |
|  | Cộng nguồn cá cơm |  | 43.200 | 43.200 | 43.200 |
|  | Nhu cầu cá cơm | 1,3 kg/lít | 42.900 | 47.450 | 52.000 |
:::

Cá được ướp muối ngay trên tàu.
"""

ROWS = [["TT", "Nguồn, chỉ tiêu", "Quy mô", "Năm 2027", "Năm 2028", "Năm 2029"],
        ["1.1", "Tàu cá của công ty", "2 tàu × 9.000 kg", "18.000", "18.000", "18.000"],
        ["1.2", "Ngư dân bến Cửa Sót", "14 hộ × 1.800 kg", "25.200", "25.200", "25.200"],
        ["", "Cộng nguồn cá cơm", "", "43.200", "43.200", "43.200"],
        ["", "Nhu cầu cá cơm", "1,3 kg/lít", "42.900", "47.450", "52.000"]]


def _tables(doc):
    return [b for b in doc.blocks if b.kind == BlockKind.table]


@pytest.mark.parametrize("build", ["docx", "doc"])
def test_rows_typed_with_tab_stops_are_one_table_in_word(tmp_path, build):
    if build == "doc" and not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    _, plan = _build(tmp_path, build, BALANCE.format(open="::: tab"))
    doc = read_document(plan)
    tables = _tables(doc)
    assert len(tables) == 1 and tables[0].rows == ROWS
    assert tables[0].unit == "ĐVT: kg"
    # the sentence after the table stays a paragraph
    assert doc.blocks[-1].text == "Cá được ướp muối ngay trên tàu."


@pytest.mark.parametrize("layout", ["::: tab", "::: không kẻ"])
def test_a_pdf_table_without_lines_keeps_its_columns(tmp_path, layout):
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    _, plan = _build(tmp_path, "pdf", BALANCE.format(open=layout))
    tables = _tables(read_document(plan))
    assert len(tables) == 1
    assert tables[0].rows == ROWS


def _tab_docx(tmp_path, lines: list[str], stops: bool = False):
    d = docx.Document()
    d.add_heading("KẾ HOẠCH SẢN XUẤT", 1)
    for line in lines:
        p = d.add_paragraph(line)
        if stops:
            p.paragraph_format.tab_stops.add_tab_stop(docx.shared.Cm(6))
    f = tmp_path / "plan.docx"
    d.save(f)
    return read_document(f)


def test_default_tab_stops_a_run_of_tabs_is_one_gap(tmp_path):
    """Typed on Word's default stops, people press tab until the text lines up: a run of tabs is one gap, and a row
    whose empty cells the tabs skipped puts its figures in the last columns."""
    doc = _tab_docx(tmp_path, ["Sản phẩm\t\tNăm 2027\tNăm 2028", "Nón lá trắng\t\t9.000\t\t9.800",
                               "Nón lá mini lưu niệm\t6.000\t6.600", "Cộng\t\t\t15.000"])
    assert _tables(doc)[0].rows == [["Sản phẩm", "Năm 2027", "Năm 2028"], ["Nón lá trắng", "9.000", "9.800"],
                                    ["Nón lá mini lưu niệm", "6.000", "6.600"], ["Cộng", "", "15.000"]]


def test_tabbed_lines_that_are_no_table_stay_paragraphs(tmp_path):
    # a signature block and a contents line: two pieces a line, or no figures
    doc = _tab_docx(tmp_path, ["Người lập phương án\t\tTM. Hợp tác xã", "Nguyễn Văn An\t\tTrần Thị Bình",
                               "Phần 1. Giới thiệu\t3"])
    assert not _tables(doc)
    doc = _tab_docx(tmp_path, ["Họ tên\tChức vụ\tNhiệm vụ", "Nguyễn Văn An\tGiám đốc\tđiều hành",
                               "Trần Thị Bình\tKế toán\tsổ sách"])
    assert not _tables(doc)
    # each line's own text is kept as it was, tabs as spaces
    assert [b.text for b in doc.blocks][-1] == "Trần Thị Bình Kế toán sổ sách"


def test_a_unit_line_listing_two_units_gives_each_row_its_own(tmp_path):
    body = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH

# I. NGUỒN NGUYÊN LIỆU
Doanh thu năm 2027 đạt 1.250 triệu đồng.

ĐVT: bộ, kg
| TT | Nguồn, chỉ tiêu | Quy mô | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1.1 | Hộ hái lá thôn Phúc Đồng | 12 hộ × 150 kg | 1.800 | 1.800 |
|  | Cộng nguồn lá nón |  | 1.800 | 1.800 |
| 2.1 | Hộ chuốt vành | 20 hộ × 1.200 bộ | 24.000 | 24.000 |
|  | Cộng nguồn vành nón |  | 24.000 | 24.000 |
"""
    _, plan = _build(tmp_path, "docx", body)
    plan_ = analyse(read_document(plan))
    got = {(f.value, f.unit, f.year) for f in plan_.figures if f.table is not None and f.year == 2028}
    assert got == {(1800.0, "kg", 2028), (24000.0, "bộ", 2028)}


def test_a_forms_fields_set_apart_by_tabs_stay_lines_of_fields(tmp_path):
    """A producer's details typed as a form, fields set apart by tabs: no table (no cell is a figure), and one
    field's words do not run on into the next's ("xã Xuân Viên Điện thoại")."""
    doc = _tab_docx(tmp_path, ["Địa chỉ: thôn 3, xã Xuân Viên\tĐiện thoại: 0912 345 678\tMã số thuế: 3002287419",
                               "Người đại diện: Nguyễn Văn An\tChức vụ: Giám đốc\tEmail: htx@example.vn",
                               "Năm thành lập: 2019\tSố thành viên: 27\tVốn điều lệ: 500 triệu đồng"])
    assert not _tables(doc)
    assert doc.blocks[1].text == "Địa chỉ: thôn 3, xã Xuân Viên; Điện thoại: 0912 345 678; Mã số thuế: 3002287419"
    assert analyse(doc).producer.commune == "Xuân Viên"
