"""PDF reader (pipeline/ingest/pdf_reader.py) and OCR (pipeline/ingest/ocr.py).

Fast tests use PDFs made with pikepdf/Pillow and synthetic layouts; the `slow` ones convert a
Word plan with LibreOffice and OCR a scan of it with Tesseract.
"""

from __future__ import annotations

import difflib
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from pipeline.errors import ReadError
from pipeline.ingest import ocr
from pipeline.ingest import pdf_reader as pr
from pipeline.ingest.pdf_reader import Line, PageLayout, TableRegion, Word, read_pdf
from pipeline.models import BlockKind, Document
from pipeline.settings import Settings
from tests import pdf_fixtures as fx

SETTINGS = Settings(ocr_workers=2)


def _read(path: Path, settings: Settings = SETTINGS) -> Document:
    return read_pdf(path, path.name, "0" * 64, settings)


def _code(path: Path, settings: Settings = SETTINGS) -> str:
    with pytest.raises(ReadError) as err:
        _read(path, settings)
    return err.value.code


# --- errors (fast) -------------------------------------------------------------------------


def test_random_bytes_is_corrupt(tmp_path):
    assert _code(fx.random_bytes(tmp_path / "rand.pdf")) == "corrupt-pdf"


def test_random_bytes_without_header_is_corrupt(tmp_path):
    assert _code(fx.random_bytes(tmp_path / "rand.pdf", pdf_header=False)) == "corrupt-pdf"


def test_truncated_is_corrupt(tmp_path):
    pdf = fx.blank_pdf(tmp_path / "blank.pdf", pages=4)
    for fraction in (0.3, 0.6, 0.95):
        out = fx.truncated_copy(pdf, tmp_path / f"cut{fraction}.pdf", fraction)
        assert _code(out) == "corrupt-pdf"


def test_encrypted(tmp_path):
    pdf = fx.encrypt_pdf(fx.blank_pdf(tmp_path / "blank.pdf"), tmp_path / "enc.pdf")
    with pytest.raises(ReadError) as err:
        _read(pdf)
    assert err.value.code == "encrypted"
    assert "mật khẩu" in err.value.reason and "enc.pdf" in err.value.reason


def test_too_many_pages(tmp_path):
    pdf = fx.blank_pdf(tmp_path / "long.pdf", pages=6)
    assert _code(pdf, Settings(max_pages=5)) == "too-many-pages"


def test_blank_pdf_has_no_text(tmp_path):
    assert _code(fx.blank_pdf(tmp_path / "blank.pdf", pages=2)) == "no-text"


def test_empty_file(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert _code(tmp_path / "empty.pdf") == "empty"


def test_scan_without_tesseract_is_ocr_unavailable(tmp_path, monkeypatch):
    from PIL import Image

    out = tmp_path / "scan.pdf"
    Image.new("L", (1240, 1754), 250).save(out, "PDF", resolution=150.0)
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    assert _code(out) == "ocr-unavailable"


# --- text quality (fast) ---------------------------------------------------------------------


def test_needs_ocr():
    assert not pr.needs_ocr(fx.DIACRITIC_SENTENCE + " " + fx.FILLER[0])
    assert not pr.needs_ocr("The cooperative sells rice wine in the province and online. " * 5)
    assert not pr.needs_ocr("Doanh thu 1.250 triệu đồng; lợi nhuận 300 triệu đồng (24 %).")
    assert pr.needs_ocr("abc", cid=40)
    assert pr.needs_ocr("\ufffd\ufffd\x01\x02 \ue001\ue002\ue003 abc de")
    # TCVN3 bytes shown as Latin-1 ("Hợp tác xã được thành lập") when no repair is available.
    assert pr.needs_ocr("Hîp t¸c x· ®­îc thµnh lËp n¨m 2019 theo LuËt Hîp t¸c x· " * 3)
    # Shifted glyph codes: letters, but no Vietnamese syllables.
    assert pr.needs_ocr("Wkh frrshudwlyh vhoov ulfh zlqh lq wkh surylqfh dqg rqolqh " * 4)


def test_page_numbers():
    for text in ("1", "- 2 -", "Trang 3", "Trang 3/10", "Page 4 of 9", "(5)"):
        assert pr.is_page_number(text), text
    for text in ("2027", "Trang chủ", "1.250", "Năm 2027"):
        assert not pr.is_page_number(text), text


def test_unit_of():
    assert pr.unit_of("ĐVT: triệu đồng") == ("ĐVT: triệu đồng", "")
    assert pr.unit_of("(Đơn vị tính: 1.000 đồng)") == ("Đơn vị tính: 1.000 đồng", "")
    assert pr.unit_of("Bảng 2. Nguồn vốn ĐVT: tr.đ") == ("ĐVT: tr.đ", "Bảng 2. Nguồn vốn")
    assert pr.unit_of("ĐVIT: triệu đồng")[0] == "ĐVT: triệu đồng"  # OCR of an italic ĐVT
    assert pr.unit_of("Đơn vị sản xuất là hợp tác xã")[0] is None


# --- layout from synthetic lines (fast) ----------------------------------------------------


def _line(text: str, page: int, top: float, x0: float = 85.0, size: float = 13.0,
          bold: bool = False, width: float | None = None) -> Line:
    """A line of words laid out at 6 pt per character, 3 pt spaces."""
    words, x = [], x0
    tokens = text.split()
    scale = 1.0
    if width is not None:
        natural = sum(len(t) * 6.0 for t in tokens) + 3.0 * (len(tokens) - 1)
        scale = width / natural
    for tok in tokens:
        w = len(tok) * 6.0 * scale
        words.append(Word(tok, x, x + w, top, top + size, size, bold, "Times"))
        x += w + 3.0 * scale
    return Line(words=words, page=page).finish()


def _page(number: int, lines: list[Line], tables: list[TableRegion] | None = None) -> PageLayout:
    return PageLayout(number, 595.0, 842.0, lines=lines, tables=tables or [])


def _body(page: int, top: float, n: int, first_indent: bool = True) -> list[Line]:
    """A justified paragraph of n lines, right margin at 540."""
    out = []
    for i in range(n):
        x0 = 113.0 if (i == 0 and first_indent) else 85.0
        last = i == n - 1
        text = "hợp tác xã sản xuất rượu nếp cẩm theo phương pháp truyền thống của địa phương"
        out.append(_line(text if not last else "thành viên.", page, top + 16.0 * i, x0=x0,
                         width=None if last else 540.0 - x0))
    return out


def test_running_header_footer_and_page_numbers_dropped():
    pages = []
    for n in (1, 2, 3):
        lines = [_line(f"HTX Thạch Xuân - Phương án {2026 + n}", n, 30.0, x0=200.0)]
        lines += _body(n, 120.0, 3)
        lines.append(_line(f"Trang {n}", n, 805.0, x0=280.0))
        pages.append(_page(n, lines))
    pr.drop_running_lines(pages)
    blocks = pr.layouts_to_blocks(pages)
    text = "\n".join(b.text for b in blocks)
    assert "HTX Thạch Xuân" not in text and "Trang" not in text
    assert [b.kind for b in blocks] == [BlockKind.paragraph] * 3


def test_single_header_line_is_kept():
    title = _line("PHƯƠNG ÁN SẢN XUẤT", 1, 40.0, x0=200.0, bold=True)
    pages = [_page(1, [title] + _body(1, 120.0, 2)), _page(2, _body(2, 120.0, 2))]
    pr.drop_running_lines(pages)
    assert pr.layouts_to_blocks(pages)[0].text == "PHƯƠNG ÁN SẢN XUẤT"


def test_paragraphs_headings_and_lists():
    lines = [_line("I. THÔNG TIN CHUNG", 1, 100.0, bold=True)]
    lines += _body(1, 125.0, 3)
    lines.append(_line("1. Tên và địa chỉ", 1, 180.0, bold=True))
    lines += _body(1, 200.0, 2)
    lines.append(_line("- Diện tích 12 ha, năng suất 5,2 tấn/ha, sản lượng dự kiến hằng năm", 1,
                       240.0, width=455.0))
    lines.append(_line("khoảng 62 tấn.", 1, 256.0, x0=95.0))  # hanging indent of the list item
    lines.append(_line("a) Lao động 15 người.", 1, 272.0))
    blocks = pr.layouts_to_blocks([_page(1, lines)])
    kinds = [(b.kind, b.level, b.numbering) for b in blocks]
    assert kinds == [
        (BlockKind.heading, 2, "I."), (BlockKind.paragraph, None, None),
        (BlockKind.heading, 3, "1."), (BlockKind.paragraph, None, None),
        (BlockKind.list_item, None, "-"), (BlockKind.list_item, None, "a)"),
    ]
    assert blocks[4].text.endswith("hằng năm khoảng 62 tấn.")


def test_an_indented_one_line_paragraph_then_an_indented_paragraph_that_wraps():
    lines = _body(1, 100.0, 2)  # a paragraph to set the page's margins (85 .. 540)
    lines.append(_line("Đường và phụ liệu tính 1.000 đồng/chai nguyên chất và 2.000 đồng/chai có vị.", 1,
                       150.0, x0=113.0, width=400.0))
    lines.append(_line("Với mức lợi nhuận trên, cơ sở dự kiến thu hồi toàn bộ vốn đầu tư trong khoảng 0,8",
                       1, 166.0, x0=113.0, width=427.0))
    lines.append(_line("năm (chưa đến 10 tháng).", 1, 182.0))
    blocks = pr.layouts_to_blocks([_page(1, lines)])
    assert blocks[1].text.endswith("có vị.")
    assert blocks[2].text == ("Với mức lợi nhuận trên, cơ sở dự kiến thu hồi toàn bộ vốn đầu tư trong khoảng "
                              "0,8 năm (chưa đến 10 tháng).")


def test_an_indented_one_line_closing_sentence_before_a_numbered_bold_heading():
    """"Sản phẩm là …" is a paragraph of its own, and the bold "2. Phân tích SWOT" back at the
    margin opens a heading: it is not the wrap of that sentence."""
    lines = _body(1, 100.0, 2)
    lines.append(_line("bình sứ men lam 1 lít trong hộp gỗ thông làm quà biếu: 320.000 đồng/bình.", 1,
                       150.0, x0=113.0, width=420.0))
    lines.append(_line("Sản phẩm là sản phẩm đang có, nâng cấp về quy trình và bao bì.", 1, 166.0, x0=113.0,
                       width=330.0))
    lines.append(_line("2. Phân tích SWOT", 1, 190.0, bold=True))
    blocks = pr.layouts_to_blocks([_page(1, lines)])
    assert [b.text for b in blocks[1:]] == [
        "bình sứ men lam 1 lít trong hộp gỗ thông làm quà biếu: 320.000 đồng/bình.",
        "Sản phẩm là sản phẩm đang có, nâng cấp về quy trình và bao bì.", "Phân tích SWOT"]
    assert blocks[-1].kind == BlockKind.heading


def test_an_indented_paragraph_of_three_lines_stays_one():
    lines = _body(1, 100.0, 2)
    lines += _body(1, 150.0, 3)
    blocks = pr.layouts_to_blocks([_page(1, lines)])
    assert len(blocks) == 2


def test_centred_paragraph_keeps_its_short_last_line():
    lines = _body(1, 100.0, 2)  # a paragraph to set the page's margins (85 .. 540)
    lines.append(_line("Lợi nhuận bình quân 465,5 triệu đồng/năm. Thời gian hoàn vốn dự kiến khoảng", 1,
                       150.0, width=455.0))
    lines.append(_line("1,2 năm.", 1, 166.0, x0=288.0))  # centred: the sentence goes on
    lines.append(_line("Phần 10. Chất lượng", 1, 190.0, x0=255.0))  # centred after a full stop
    blocks = pr.layouts_to_blocks([_page(1, lines)])
    assert blocks[1].text.endswith("dự kiến khoảng 1,2 năm.")
    assert blocks[2].text.endswith("Chất lượng")


def test_paragraph_continues_over_page_break():
    p1 = _body(1, 700.0, 2)[:1]  # a full first line, no end: the paragraph goes on
    p2 = [_line("và được bán tại các cửa hàng đặc sản trong tỉnh.", 2, 80.0)]
    blocks = pr.layouts_to_blocks([_page(1, p1), _page(2, p2)])
    assert len(blocks) == 1 and blocks[0].text.endswith("trong tỉnh.")


def test_unit_line_goes_to_table_and_table_text_not_repeated():
    lines = [_line("Bảng 1. Kết quả kinh doanh", 1, 100.0, x0=220.0, bold=True),
             _line("ĐVT: triệu đồng", 1, 120.0, x0=440.0)]
    table = TableRegion((85.0, 140.0, 540.0, 200.0),
                        [["TT", "Chỉ tiêu", "Năm 2027"], ["1", "Doanh thu", "1.250"]])
    lines += _body(1, 215.0, 2)
    blocks = pr.layouts_to_blocks([_page(1, lines, [table])])
    assert [b.kind for b in blocks] == [BlockKind.paragraph, BlockKind.table, BlockKind.paragraph]
    assert blocks[0].text == "Bảng 1. Kết quả kinh doanh"  # a caption is not a heading
    assert blocks[1].unit == "ĐVT: triệu đồng"
    assert blocks[1].rows == [["TT", "Chỉ tiêu", "Năm 2027"], ["1", "Doanh thu", "1.250"]]
    assert blocks[1].text == "TT | Chỉ tiêu | Năm 2027\n1 | Doanh thu | 1.250"


def test_table_over_page_break_is_joined():
    t1 = TableRegion((85.0, 600.0, 540.0, 780.0), [["Đơn vị tính: triệu đồng", "", ""],
                                                   ["Nguồn vốn", "Số tiền", "Tỷ lệ"],
                                                   ["Vốn tự có", "600", "60"]])
    t2 = TableRegion((85.0, 70.0, 540.0, 120.0), [["Vốn vay", "400", "40"]])
    blocks = pr.layouts_to_blocks([_page(1, [], [t1]), _page(2, [], [t2])])
    assert len(blocks) == 1
    assert blocks[0].unit == "Đơn vị tính: triệu đồng"
    assert blocks[0].rows == [["Nguồn vốn", "Số tiền", "Tỷ lệ"], ["Vốn tự có", "600", "60"],
                              ["Vốn vay", "400", "40"]]


# --- OCR layout from synthetic Tesseract output (fast) -----------------------------------


def _tsv(rows: list[tuple[int, int, list[tuple[int, str]]]]) -> str:
    """rows: (block, top, [(left, text), ...]); every word 40 px high, 26 px per character."""
    out = ["\t".join(["level", "page_num", "block_num", "par_num", "line_num", "word_num",
                      "left", "top", "width", "height", "conf", "text"])]
    for line_no, (block, top, words) in enumerate(rows, 1):
        for k, (left, text) in enumerate(words, 1):
            cols = [5, 1, block, 1, line_no, k, left, top, 26 * len(text), 40, 95, text]
            out.append("\t".join(map(str, cols)))
    return "\n".join(out) + "\n"


def test_ocr_table_rows_by_column_alignment():
    para, x = [], 350
    for w in "Hợp tác xã dự kiến kết quả như sau".split():
        para.append((x, w))
        x += 26 * len(w) + 16
    header = [(356, "TT"), (735, "Chỉ"), (831, "tiêu"), (1111, "Năm"), (1205, "2027"),
              (1490, "Năm"), (1584, "2028")]
    r1 = [(360, "1"), (734, "Doanh"), (880, "thu"), (1115, "1.250"), (1494, "1.500")]
    r2 = [(357, "2"), (734, "Chi"), (825, "phí"), (1112, "950"), (1494, "1.100")]
    r3 = [(734, "Tổng"), (854, "cộng"), (1112, "2.200"), (1494, "2.600")]  # empty first cell
    words = ocr.parse_tsv(_tsv([(1, 300, para), (2, 460, header), (2, 550, r1), (3, 640, r2),
                                (4, 730, r3), (5, 900, para)]))
    layout = ocr.words_to_layout(words, 1, 2480.0, 3508.0)
    assert len(layout.tables) == 1
    assert layout.tables[0].rows == [
        ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028"],
        ["1", "Doanh thu", "1.250", "1.500"],
        ["2", "Chi phí", "950", "1.100"],
        ["", "Tổng cộng", "2.200", "2.600"],
    ]
    assert [ln.text for ln in layout.lines] == ["Hợp tác xã dự kiến kết quả như sau"] * 2
    assert layout.confidence == pytest.approx(95.0)


def test_ocr_one_value_table_keeps_rows_without_a_number():
    """A one-value-column table: a row with an empty number cell (a sub-item, the total) has only
    two word groups, a label and a number, and is still a row of its own, not a wrapped cell."""
    header = [(356, "TT"), (735, "Hạng"), (860, "mục"), (1494, "Kinh"), (1600, "phí")]
    r1 = [(360, "1"), (734, "Nhà"), (840, "xưởng"), (1494, "400")]
    sub = [(780, "Trong"), (930, "đó"), (1010, "mái"), (1494, "120")]  # empty first cell, mid-table
    r2 = [(357, "2"), (734, "Lò"), (800, "sấy"), (1494, "250")]
    total = [(734, "Tổng"), (854, "cộng"), (1494, "1.450")]  # empty first cell, last row
    wrap = [(734, "cả"), (800, "hai"), (900, "hạng"), (1040, "mục")]  # a wrapped label, no number
    words = ocr.parse_tsv(_tsv([(2, 460, header), (2, 550, r1), (3, 640, sub), (3, 730, r2),
                                (3, 820, wrap), (4, 910, total), (5, 1200, [(350, "Nguồn")])]))
    layout = ocr.words_to_layout(words, 1, 2480.0, 3508.0)
    assert len(layout.tables) == 1
    assert layout.tables[0].rows == [
        ["TT", "Hạng mục", "Kinh phí"],
        ["1", "Nhà xưởng", "400"],
        ["", "Trong đó mái", "120"],
        ["2", "Lò sấy cả hai hạng mục", "250"],
        ["", "Tổng cộng", "1.450"],
    ]
    assert [ln.text for ln in layout.lines] == ["Nguồn"]


def test_ruled_cell_one_digit_wide_gives_its_year_whole():
    assert pr._rejoin_numbers("2\n0\n2\n7") == "2027"
    assert pr._rejoin_numbers("7.260.000.0\n00") == "7.260.000.000"
    assert pr._rejoin_numbers("1\n2") == "1\n2" and pr._rejoin_numbers("a\nb\nc") == "a\nb\nc"
    # set 58's bg06: a year's label in a column one character wide, or its year wrapped
    assert pr._rejoin_numbers("N\nă\nm\n2\n0\n2\n8") == "Năm 2028"
    assert pr._rejoin_numbers("Năm 202\n7") == "Năm 2027"
    # a number or a unit broken inside a narrow cell; two values stacked stay two
    assert pr._rejoin_numbers("2.2\n40") == "2.240" and pr._rejoin_numbers("444,\n55") == "444,55"
    assert pr._rejoin_numbers("42\n0") == "420" and pr._rejoin_numbers("1.71\n7") == "1.717"
    assert pr._rejoin_numbers("120\n150") == "120\n150" and pr._rejoin_numbers("1.200\n1.500") == "1.200\n1.500"
    assert pr._rejoin_numbers("Ba\no\nbì\n(tr\n.đ)") == "Ba\no\nbì\n(tr.đ)"
    assert pr._rejoin_numbers("Tổng\n(ghi\nchú)") == "Tổng\n(ghi\nchú)"
    # set 92's co05: a syllable wrapped before its final consonants ("Cộ" / "ng"), joined only when the
    # second piece is no syllable and the joined form is one; a unit on its own line stays apart
    assert pr._rejoin_numbers("Cộ\nng") == "Cộng" and pr._rejoin_numbers("TỔ\nNG") == "TỔNG"
    assert pr._rejoin_numbers("Chiều dài\nm") == "Chiều dài\nm" and pr._rejoin_numbers("Sản lượng\nkg") == "Sản lượng\nkg"
    assert pr._rejoin_numbers("Doanh\nthu") == "Doanh\nthu"


def test_ocr_table_joins_a_number_wrapped_in_a_narrow_cell():
    def join(rows, conf=None):
        return ocr._join_wrapped_numbers(rows, conf or [[None] * len(r) for r in rows])

    rows = [["1", "Sữa chua hũ 100 g", "hũ", "600.00", "700.00", "840.00"], ["", "", "", "0", "0", "0"],
            ["5", "Tổng sữa cần dùng", "lít", "115.20", "134.4", "157."], ["", "", "", "0", "00", "200"]]
    assert join(rows)[0] == [["1", "Sữa chua hũ 100 g", "hũ", "600.000", "700.000", "840.000"],
                             ["5", "Tổng sữa cần dùng", "lít", "115.200", "134.400", "157.200"]]
    # a joined number is as sure as its least sure part
    conf = [[96, 95, 97, 63.6, 55.3, 90], [None, None, None, 40, 99, 99]]
    assert join(rows[:2], conf)[1] == [[96, 95, 97, 40, 55.3, 90]]
    # a row of small numbers under whole numbers is a row of its own
    assert join([["1", "A", "12", "13"], ["", "", "4", "5"]])[0] == [["1", "A", "12", "13"], ["", "", "4", "5"]]


def test_ocr_drops_ruling_debris():
    line = [(100, "|"), (140, "|Doanh"), (300, "thu|"), (400, "___")]
    words = ocr.parse_tsv(_tsv([(1, 100, line)]))
    assert [w.text for w in words] == ["Doanh", "thu"]


def test_low_confidence_and_ocr_used_problems(tmp_path, monkeypatch):
    from PIL import Image

    out = tmp_path / "scan.pdf"
    Image.new("L", (1240, 1754), 250).save(out, "PDF", resolution=150.0)

    def fake(path, pages, settings, source=None, page_sizes=None):
        lay = PageLayout(1, 1240.0, 1754.0, ocr=True, confidence=41.0,
                         lines=[_line("Hợp tác xã nông nghiệp Thạch Xuân", 1, 300.0)])
        return {1: ocr.OcrResult(1, lay)}

    monkeypatch.setattr(ocr, "ocr_pdf_pages", fake)
    doc = _read(out)
    assert doc.format == "pdf-scanned"
    codes = {p.code: p for p in doc.problems}
    assert codes["ocr-used"].severity == "info"
    assert codes["ocr-low-confidence"].page == 1
    assert doc.blocks[0].text == "Hợp tác xã nông nghiệp Thạch Xuân"


# --- end to end: Word -> LibreOffice -> PDF (slow) ---------------------------------------------

needs_soffice = pytest.mark.skipif(not fx.soffice_available(), reason="LibreOffice not installed")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="Tesseract not installed")


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory) -> Path:
    if not fx.soffice_available():
        pytest.skip("LibreOffice not installed")
    d = tmp_path_factory.mktemp("plan")
    return fx.docx_to_pdf(fx.build_plan_docx(d / "plan.docx"), d)


@pytest.fixture(scope="module")
def plan(plan_pdf) -> Document:
    return _read(plan_pdf)


def _kind(doc: Document, kind: BlockKind):
    return [b for b in doc.blocks if b.kind == kind]


@pytest.mark.slow
@needs_soffice
def test_text_pdf_headings(plan):
    assert plan.format == "pdf" and plan.pages >= 3 and plan.problems == []
    found = {b.text: (b.level, b.numbering) for b in _kind(plan, BlockKind.heading)}
    for text, level, numbering in fx.HEADINGS:
        title = text[len(numbering):].strip()  # the number goes to `numbering`, as for Word
        assert found.get(title) == (level, numbering), text
    assert fx.TITLE in found


@pytest.mark.slow
@needs_soffice
def test_text_pdf_tables_with_units(plan):
    tables = _kind(plan, BlockKind.table)
    assert len(tables) == 3  # the second runs over a page break and is joined
    assert tables[0].rows == fx.TABLE_ROWS and tables[0].unit == fx.TABLE_UNIT
    assert tables[1].rows == fx.TABLE2_ROWS and tables[1].unit == fx.TABLE2_UNIT
    assert tables[0].text.splitlines()[1] == "1 | Doanh thu | 1.250 | 1.500 | 1.800"
    text = "\n".join(b.text for b in plan.blocks if b.kind != BlockKind.table)
    assert "Doanh thu" not in text and "Vốn tự có" not in text  # table text not repeated
    assert fx.TABLE_UNIT not in text


@pytest.mark.slow
@needs_soffice
def test_text_pdf_borderless_table_by_alignment(plan):
    tables = _kind(plan, BlockKind.table)
    assert len(tables) == 3 and tables[2].rows == fx.TABLE3_ROWS


@pytest.mark.slow
@needs_soffice
def test_text_pdf_running_header_and_footer_dropped(plan):
    text = "\n".join(b.text for b in plan.blocks)
    assert "Phương án SXKD giai đoạn" not in text
    assert not re.search(r"^Trang \d+$", text, re.M)


@pytest.mark.slow
@needs_soffice
def test_text_pdf_diacritics_exact(plan):
    paragraphs = [b.text for b in _kind(plan, BlockKind.paragraph)]
    assert fx.DIACRITIC_SENTENCE in paragraphs
    assert fx.LETTERS_PARAGRAPH in paragraphs
    assert all(unicodedata.is_normalized("NFC", b.text) for b in plan.blocks)


@pytest.mark.slow
@needs_soffice
def test_text_pdf_list_items(plan):
    items = [(b.text, b.numbering) for b in _kind(plan, BlockKind.list_item)]
    # A bullet is dropped from the text (as the Word reader does), "a)" stays as written.
    assert items == [(t if t.startswith("a)") else t[2:], t.split()[0]) for t in fx.LIST_ITEMS]


@pytest.mark.slow
@needs_soffice
def test_owner_password_only_is_read(plan_pdf, tmp_path):
    doc = _read(fx.owner_only_pdf(plan_pdf, tmp_path / "owner.pdf"))
    assert any(b.text == fx.DIACRITIC_SENTENCE for b in doc.blocks)


@pytest.mark.slow
@needs_soffice
def test_encrypted_and_truncated_plan(plan_pdf, tmp_path):
    assert _code(fx.encrypt_pdf(plan_pdf, tmp_path / "enc.pdf")) == "encrypted"
    for fraction in (0.5, 0.99):
        cut = fx.truncated_copy(plan_pdf, tmp_path / f"cut{fraction}.pdf", fraction)
        assert _code(cut) == "corrupt-pdf"


@pytest.mark.slow
@needs_soffice
def test_tcvn3_text_is_repaired(tmp_path):
    legacy = pytest.importorskip("pipeline.ingest.legacy_fonts")
    from docx import Document as Docx

    # No "ư": TCVN3 stores it as U+00AD, which LibreOffice prints as an invisible soft hyphen
    # (Word prints the glyph); the font name is lost too, so the page's text decides.
    sentences = ["Đồng bào ở xã Thạch Xuân trồng lúa nếp cẩm, ủ men lá truyền thống; mỗi năm hợp "
                 "tác xã bán gần tám nghìn lít, thu nhập ổn định cho bốn chục hộ thành viên.",
                 "Hợp tác xã có trụ sở tại thôn Trung Tiến, xã Thạch Xuân, tỉnh Hà Tĩnh; sản phẩm "
                 "chính là men lá và gạo nếp cẩm đóng túi một ký."]
    doc = Docx()
    for text in sentences:
        run = doc.add_paragraph().add_run(legacy.unicode_to_tcvn3(text))
        run.font.name = ".VnTime"
    doc.save(tmp_path / "tcvn3.docx")
    pdf = fx.docx_to_pdf(tmp_path / "tcvn3.docx", tmp_path)
    read = _read(pdf)
    assert read.format == "pdf"
    assert [p.code for p in read.problems] == ["legacy-encoding"]
    assert [b.text for b in read.blocks] == sentences


# --- end to end: OCR of a scan (slow) --------------------------------------------------------


def _word_recall(expected: str, got: str) -> float:
    a, b = expected.split(), got.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) / len(a)


@pytest.fixture(scope="module")
def scanned(plan_pdf, tmp_path_factory) -> Document:
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract not installed")
    out = fx.scan_pdf(plan_pdf, tmp_path_factory.mktemp("scan") / "scan.pdf", dpi=300)
    return _read(out)


@pytest.mark.slow
@needs_soffice
@needs_tesseract
def test_scan_is_ocrd(scanned):
    assert scanned.format == "pdf-scanned"
    assert scanned.problems[0].code == "ocr-used" and scanned.problems[0].severity == "info"
    assert not [p for p in scanned.problems if p.code == "ocr-low-confidence"]


@pytest.mark.slow
@needs_soffice
@needs_tesseract
def test_scan_words_at_least_95_percent(scanned):
    got = " ".join(b.text for b in scanned.blocks)
    items = [t[2:] if t[0] in "-+" else t for t in fx.LIST_ITEMS]  # bullets are not text
    for text in [fx.DIACRITIC_SENTENCE, *fx.FILLER, *items]:
        assert _word_recall(text, got) >= 0.95, text


@pytest.mark.slow
@needs_soffice
@needs_tesseract
def test_scan_headings_and_no_running_lines(scanned):
    headings = {b.numbering: b.level for b in _kind(scanned, BlockKind.heading) if b.numbering}
    for _, level, numbering in fx.HEADINGS:
        if numbering in ("I.", "1.", "2.", "1.1.", "IV.", "V."):
            assert headings.get(numbering) == level, numbering
    text = "\n".join(b.text for b in scanned.blocks)
    assert "giai đoạn" not in text and not re.search(r"^Trang \d+$", text, re.M)


@pytest.mark.slow
@needs_soffice
@needs_tesseract
def test_scan_number_table_rows(scanned):
    tables = _kind(scanned, BlockKind.table)
    assert tables, "no table found"
    first = tables[0]
    assert first.rows is not None
    assert [row[2:] for row in first.rows[1:4]] == [row[2:] for row in fx.TABLE_ROWS[1:]]
    assert [row[0] for row in first.rows[1:4]] == ["1", "2", "3"]
    assert [row[1] for row in first.rows[1:4]] == [row[1] for row in fx.TABLE_ROWS[1:]]
    assert first.unit == fx.TABLE_UNIT
    # The borderless table, by alignment: numbers intact (labels may carry an OCR slip).
    numbers = [[r[0], *r[2:]] for r in fx.TABLE3_ROWS]
    assert any(t.rows and [[r[0], *r[2:]] for r in t.rows] == numbers for t in tables)


@pytest.mark.slow
@needs_soffice
@needs_tesseract
def test_mixed_pdf_ocrs_only_the_scanned_page(plan_pdf, tmp_path):
    import pikepdf

    scan = fx.scan_pdf(plan_pdf, tmp_path / "scan.pdf", dpi=300)
    with pikepdf.open(plan_pdf) as text, pikepdf.open(scan) as img:
        mixed = pikepdf.new()
        mixed.pages.extend([text.pages[0], text.pages[1], img.pages[2]])
        mixed.save(tmp_path / "mixed.pdf")
    doc = _read(tmp_path / "mixed.pdf")
    assert doc.format == "pdf"
    assert doc.problems[0].code == "ocr-used" and "1/3" in doc.problems[0].message
    assert any(b.page == 3 and "Khách hàng chủ yếu" in b.text for b in doc.blocks)


@pytest.mark.slow
@needs_soffice
@needs_tesseract
def test_cid_text_layer_goes_to_ocr(plan_pdf, tmp_path):
    doc = _read(fx.strip_tounicode(plan_pdf, tmp_path / "cid.pdf"))
    assert doc.format == "pdf-scanned" and doc.problems[0].code == "ocr-used"
    assert "(cid:" not in " ".join(b.text for b in doc.blocks)
    assert _word_recall(fx.DIACRITIC_SENTENCE, " ".join(b.text for b in doc.blocks)) >= 0.95


@pytest.mark.slow
@needs_tesseract
def test_ocr_page_timeout(plan_pdf, tmp_path):
    res = ocr.ocr_page(plan_pdf, 1, 300, "vie", tmp_path, shutil.which("tesseract") or "tesseract",
                       timeout=0.3)
    assert res.layout is None and res.error


def test_roman_numeral_with_a_slash_is_a_heading_number():
    from pipeline.ingest.headings import split_numbering

    assert split_numbering("IV/ Thị trường").label == "IV/"
    assert split_numbering("II/2026 quý") is None  # a date, not a heading number


@pytest.mark.parametrize("cell,want", [
    ("202\n6", "2026"), ("20\n26", "2026"), ("2026", "2026"),
    ("1.407.000\n.000", "1.407.000.000"),  # a grouped number wrapped before its last group
    # a narrow column broke the number ("36\n0" for 360, set 28's ac07): one number when the pieces
    # join into a well-formed one; two values stacked ("120\n150" would be "120150") stay two
    ("12\n3", "123"), ("120\n150", "120\n150"), ("1\n2", "1\n2"),
])
def test_a_year_or_number_wrapped_in_a_narrow_cell_is_joined(cell, want):
    assert pr._rejoin_numbers(cell) == want


def test_a_row_the_page_broke_in_two_is_joined():
    last = ["202", "1.918.000", "1.511.840", "406.160.000"]
    assert pr._split_row(last, ["8", ".000", ".000", ""]) == ["2028", "1.918.000.000", "1.511.840.000", "406.160.000"]
    # a real next row (a label, whole numbers) is no continuation
    assert pr._split_row(last, ["2029", "2.100", "1.700", "400"]) is None
    assert pr._split_row(["Cộng", "12", "13"], ["5", "6", "7"]) is None


def test_a_word_a_narrow_cell_wrapped_inside_itself_is_joined_when_the_text_uses_it():
    text = "lợi nhuận năm 2027 tăng. doanh thu và lợi nhuận dự kiến."
    words = set(pr._WORD.findall(text))
    assert pr._joined_cell("Lợi nhu ận", words, text) == "Lợi nhuận"
    assert pr._joined_cell("Nă m", words, text) == "Năm"
    # two words the text itself writes side by side stay two ("doanh thu"), as do words it never uses
    assert pr._joined_cell("Doanh thu", words | {"doanhthu"}, text) == "Doanh thu"
    assert pr._joined_cell("Tổng cộng", words, text) == "Tổng cộng"


def test_a_line_of_running_text_between_two_tables_is_no_wrapped_cell():
    from pipeline.ingest.ocr import GapRow, gap_tables
    from pipeline.ingest.pdf_reader import Word

    def row(y, *cells):  # cells: (x0, x1, text)
        return GapRow([[Word(text=t, x0=a, x1=b, top=y, bottom=y + 10, size=10)] for a, b, t in cells], y, y + 10)

    table = [(0, 20, "1"), (40, 200, "Chai 250 ml"), (300, 340, "60.000"), (400, 440, "75.000")]
    rows = [row(0, *table), row(14, (0, 20, "2"), (40, 200, "Chai 500 ml"), (300, 340, "20.000"), (400, 440, "24.000")),
            # "Tổng vốn đầu tư của phương án là 2.000 triệu đồng …": one group across the page
            row(28, (0, 440, "Tổng vốn đầu tư của phương án là 2.000 triệu đồng, chi tiết theo bảng dưới đây.")),
            row(42, (0, 20, "1"), (40, 200, "Cải tạo nhà xưởng"), (300, 340, "500"), (400, 440, "500")),
            row(56, (0, 20, "2"), (40, 200, "Dây chuyền"), (300, 340, "800"), (400, 440, "800"))]
    tables, used = gap_tables(rows)
    assert len(tables) == 2 and 2 not in used
    # a short wrapped cell under the label column stays inside its table
    rows[2] = row(28, (40, 120, "(loại 1)"))
    tables, used = gap_tables(rows)
    assert len(tables) == 1 and 2 in used


def test_a_table_s_last_row_carried_to_the_next_page_with_its_header_is_a_table():
    """Set 95's cr07 (250 dpi scan): the equipment table's fifth row and its total went over the page
    with the header repeated; one numeric row between a header and a total is that table's tail,
    joined to the table before (the repeated header misread by the OCR is still its header)."""
    from pipeline.ingest.ocr import GapRow, gap_tables
    from pipeline.ingest.pdf_reader import Word

    def row(y, *cells):  # cells: (x0, x1, text)
        return GapRow([[Word(text=t, x0=a, x1=b, top=y, bottom=y + 10, size=10)] for a, b, t in cells], y, y + 10)

    header = row(0, (0, 20, "TT"), (40, 200, "Thiết bị"), (300, 340, "Số lượng"), (400, 440, "Thành tiền"))
    item = row(14, (0, 20, "5"), (40, 200, "Máy đóng gói"), (300, 340, "1"), (400, 440, "40"))
    total = row(28, (40, 200, "Tổng cộng"), (400, 440, "640"))
    tables, _used = gap_tables([header, item, total])
    assert len(tables) == 1 and tables[0].rows[-1] == ["", "Tổng cộng", "", "640"]
    # a header and one row with no total, or a row and a total with no header, are no table
    assert gap_tables([header, item])[0] == [] and gap_tables([item, total])[0] == []
    head = ["TT", "Thiết bị", "Số lượng", "Thành tiền"]
    assert pr._same_header(head, ["ï lý", "Thiết bị", "Số lượng", "Thành tiền"])
    assert not pr._same_header(head, ["5", "Máy đóng gói", "1", "40"])
    assert not pr._same_header(head, ["", "Thiết bị", "", ""])


def test_a_price_s_slash_the_ocr_read_as_a_bracket_is_mended_only_where_brackets_do_not_balance():
    """Set 97's ct07 (250 dpi scan): "Bánh đa vừng (35.000 đ/túi)" read "(35.000 đ(túi)", so the row lost
    its price and the revenue was reckoned on the other product alone."""
    from pipeline.ingest.ocr import _slash_misread

    assert _slash_misread("Bánh đa vừng (35.000 đ(túi)") == "Bánh đa vừng (35.000 đ/túi)"
    assert _slash_misread("Bánh gai (8.000 đ/chiếc)") == "Bánh gai (8.000 đ/chiếc)"
    assert _slash_misread("Giá (đồng) (kg)") == "Giá (đồng) (kg)"


def test_a_scanned_cell_of_digits_gets_its_5_and_0_back():
    """Tesseract reads a 5 as "S" and a 0 as "O" in a cell of digits ("S00" for 500 in a depreciation
    table); a size or a code, or a word, stays as written."""
    from pipeline.ingest.ocr import _digit_misread

    assert _digit_misread("S00") == "500"
    assert _digit_misread("S0") == "50"
    assert _digit_misread("1.S00") == "1.500"
    assert _digit_misread("2O.OOO") == "20.000"
    assert _digit_misread("3,S") == "3,5"
    for keep in ("S1", "SO", "S", "O", "Sản", "OCOP", "500", "1.2S.00", ""):
        assert _digit_misread(keep) == keep
