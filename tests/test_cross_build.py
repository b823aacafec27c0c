"""Reader and section cases found by building pool plans in another format (a Word plan as a PDF, a
PDF or scanned plan as Word) and comparing what the pipeline found, and by blind sets 61-63. Each
test is a layout the pipeline read wrongly before the change that made it pass."""

from __future__ import annotations

from pipeline.figures import figures_from_blocks
from pipeline.ingest import pdf_reader as pr
from pipeline.ingest.headings import split_numbering
from pipeline.ingest.pdf_reader import Line, PageLayout, Word
from pipeline.models import Block, BlockKind, Document
from pipeline.sections import load_vocabulary, map_sections

V = load_vocabulary()
M = 1e6


# --- PDF: rows and paragraphs the page or the line broke --------------------------------------

def test_a_label_the_page_broke_is_joined_to_its_row():
    last = ["7", "Vận chuyển, chiết khấu, bán hàng (8%", "tr.đ", "194,4", "235,2"]
    assert pr._split_row(last, ["", "doanh thu)", "", "", ""]) == [
        "7", "Vận chuyển, chiết khấu, bán hàng (8% doanh thu)", "tr.đ", "194,4", "235,2"]
    # the next row itself, or a new label in capitals after a closed one, is no continuation
    assert pr._split_row(last, ["8", "Quản lý, chi khác", "tr.đ", "80", "80"]) is None
    assert pr._split_row(["1", "Doanh thu", "", "1.250", "1.500"], ["", "Ghi chú", "", "", ""]) is None


def test_a_year_and_a_number_the_page_broke_inside_are_joined():
    assert pr._split_row(["20", "62.000", "2.790.000", "3.690.0"], ["29", "", "", "00"]) == [
        "2029", "62.000", "2.790.000", "3.690.000"]
    # one piece alone only when it ends a year
    assert pr._split_row(["202", "1.581", "1.381,5"], ["6", "", ""]) == ["2026", "1.581", "1.381,5"]
    assert pr._split_row(["Cộng", "12", "13"], ["5", "", ""]) is None


def _line(text: str, top: float, x0: float, x1: float, size: float = 13.0) -> Line:
    tokens = text.split()
    step = (x1 - x0) / max(1, len(tokens))
    words = [Word(t, x0 + k * step, x0 + (k + 1) * step - 2.0, top, top + size, size, False, "Times")
             for k, t in enumerate(tokens)]
    return Line(words=words, page=1).finish()


_FULL = "Hợp tác xã được thành lập năm 2019 với 25 thành viên, hoạt động trong lĩnh vực dịch vụ du lịch sinh thái"


def _blocks(lines: list[Line]) -> list[Block]:
    """The blocks of a page whose margins are set by a paragraph of full lines above `lines`."""
    page = [_line(_FULL, 300 + 15 * k, 85, 549.5) for k in range(8)] + [_line("xã.", 420, 85, 110)]
    blocks = pr.layouts_to_blocks([PageLayout(1, 595.0, 842.0, lines=[*lines, *page], tables=[])])
    return blocks[:-1]


def test_a_sum_the_line_wrapped_before_a_plus_sign_stays_one_paragraph():
    lines = [_line("Doanh thu năm 2026 = 900 bộ × 1.150.000 đồng + 700 bộ × 780.000 đồng = 1.035", 100, 85, 540),
             _line("+ 546 = 1.581 triệu đồng; năm 2027 = 1.207,5 + 624 = 1.831,5 triệu đồng; năm 2028 =", 115, 85, 540),
             _line("1.380 + 702 = 2.082 triệu đồng.", 130, 85, 300)]
    blocks = _blocks(lines)
    assert [b.kind for b in blocks] == [BlockKind.paragraph]
    assert "= 1.035 + 546 = 1.581" in blocks[0].text
    # a real "+" item under a line that ends its sentence is still an item of its own
    lines = [_line("Các kênh bán hàng của cơ sở gồm có như sau đây, theo thứ tự ưu tiên của năm 2027:", 100, 85, 540),
             _line("+ Cửa hàng đặc sản ở thành phố Hà Tĩnh", 115, 85, 330)]
    assert [b.kind for b in _blocks(lines)] == [BlockKind.paragraph, BlockKind.list_item]


def test_a_centred_plain_heading_is_not_the_first_line_of_the_paragraph_under_it():
    body = "Mỏ nước khoáng nóng Khe Đá có nhiệt độ tại miệng giếng khoảng 65 độ, là loại nước khoáng tốt"
    for heading, x0, x1 in (("B. CĂN CỨ VÀ SỰ CẦN THIẾT XÂY DỰNG PHƯƠNG ÁN", 153, 484.5),
                            ("H. NGUỒN NƯỚC KHOÁNG VÀ NGUỒN CUNG ỨNG THỰC PHẨM", 125, 512.4)):
        lines = [_line("Khu du lịch có 20 phòng nghỉ và 12 nhân viên.", 70, 85, 380),
                 _line(heading, 100, x0, x1),
                 _line(body, 118, 85, 549.5),
                 _line("bicarbonat natri, dùng để ngâm tắm chữa bệnh ngoài da từ lâu.", 133, 85, 400)]
        blocks = _blocks(lines)
        assert any(b.kind == BlockKind.heading and b.numbering == heading[:2] for b in blocks), heading
        assert any(b.text.startswith("Mỏ nước khoáng") for b in blocks), heading
    # a paragraph whose first line is indented and runs to the margin is one paragraph
    lines = [_line(body, 100, 121, 549.5), _line("bicarbonat natri, dùng để ngâm tắm.", 115, 85, 300)]
    assert [b.kind for b in _blocks(lines)] == [BlockKind.paragraph]


# --- headings and sections ------------------------------------------------------------------------

def test_a_part_numbered_by_an_ordinal_in_words():
    for text, label, rest in (("Phần thứ mười bốn – Thủ tục pháp lý", "Phần thứ mười bốn –", "Thủ tục pháp lý"),
                              ("PHẦN THỨ HAI. SỰ CẦN THIẾT", "PHẦN THỨ HAI.", "SỰ CẦN THIẾT"),
                              ("Phần thứ nhất – Thị trường", "Phần thứ nhất –", "Thị trường")):
        got = split_numbering(text)
        assert (got.rank, got.label, got.rest) == (0, label, rest), text


def _doc(blocks: list[dict], fmt: str = "pdf") -> Document:
    return Document(source="x.pdf", sha256="0" * 64, format=fmt, blocks=[Block(**b) for b in blocks])


def test_a_numbered_sub_heading_named_by_a_weak_cue_goes_on_with_its_chapter():
    blocks = [{"kind": "heading", "text": "Nguồn nguyên liệu – đàn ong và nguồn hoa", "numbering": "5.", "level": 1,
               "style": "bold"},
              {"kind": "heading", "text": "Quy mô đàn ong", "numbering": "5.1.", "level": 2, "style": "bold"},
              {"kind": "paragraph", "text": "Trại duy trì 250 đàn ong nội năm 2027."},
              {"kind": "heading", "text": "Mục tiêu", "numbering": "6.", "level": 1, "style": "bold"},
              {"kind": "paragraph", "text": "Đạt 3.800 kg mật năm 2027."}]
    sections, _ = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert 2 in by_key["raw_materials"].blocks and 2 not in by_key["objectives"].blocks


def test_a_scanned_roman_numeral_that_lost_its_slash_still_numbers_its_chapter():
    blocks = [{"kind": "heading", "text": "II THỰC TRẠNG SẢN XUẤT", "level": 1, "style": "bold"},
              {"kind": "paragraph", "text": "Trại có 180 đàn ong."},
              {"kind": "heading", "text": "II SẢN PHẨM", "level": 1, "style": "bold"},
              {"kind": "heading", "text": "Mô tả", "numbering": "1/", "level": 3, "style": "numbered"},
              {"kind": "paragraph", "text": "Mật ong hoa rừng, hũ 500 g, giá 170.000 đồng/hũ."},
              {"kind": "heading", "text": "SỰ CẦN THIẾT VÀ MỤC TIÊU", "numbering": "IV/", "level": 1, "style": "bold"},
              {"kind": "paragraph", "text": "Nâng sản lượng lên 3 tấn mật."}]
    sections, _ = map_sections(_doc(blocks, "pdf-scanned"), V)
    assert 4 in {s.key: s for s in sections}["product"].blocks


# --- a table's money unit said in its caption --------------------------------------------------------

def test_a_caption_naming_the_money_columns_gives_their_unit():
    table = Block(kind="table", text="", rows=[["Năm", "Lượt khách (lượt)", "Doanh thu nửa ngày"],
                                               ["2026", "1.800", "630"]])
    for caption in ("Bảng 1. Số lượt khách và doanh thu dự kiến (doanh thu: triệu đồng)",
                    "Bảng 1. Sản lượng dịch vụ và doanh thu (doanh thu tính bằng triệu đồng)"):
        figures, _ = figures_from_blocks([Block(kind="paragraph", text=caption), table], [None, None], "vi")
        assert (630 * M, "VND") in [(f.value, f.unit) for f in figures if f.table == 0], caption


def test_the_opening_chapter_of_an_administrative_text_is_the_rationale():
    from pipeline.sections import Match, match_heading

    m = match_heading("I. ĐẶT VẤN ĐỀ", V)
    assert isinstance(m, Match) and m.keys == ("rationale",)


def test_a_capacity_counted_in_product_is_compared_with_the_product_row():
    # "240 tấn củ/năm, tương đương khoảng 24 tấn bột thành phẩm/năm": the message pairs the flour's
    # 28 tấn with its 24 tấn, not the roots' 280 tấn with the flour's capacity
    from pipeline.judge.examples import load_ruleset, run_example

    rule = next(r for r in load_ruleset().rules if r.id == "capacity-exceeded")
    ex = next(e for e in rule.examples.fire if e.name.startswith("năng lực nêu theo củ"))
    hits = run_example(rule, ex)
    assert hits and (hits[0].params["output"], hits[0].params["capacity"]) == ("28 tấn", "24 tấn")


def test_numbered_sub_headings_nest_under_a_chapter_in_a_word_heading_style():
    # chapters in "Heading 1", their sections typed in bold ("4.1." or a fresh "1.") or in "Heading 2"
    # with numbers that restart under each chapter: the sections are inside their chapter
    for chapter, subs in ((("4.", "Sản phẩm dịch vụ", 3, "heading 1"),
                           [("4.1.", "Nội dung tour", 4, "numbered"), ("4.2.", "Lịch trình", 4, "numbered")]),
                          (("E.", "SẢN PHẨM DỊCH VỤ", 2, "heading 1"),
                           [("1.", "Nội dung các gói", 3, "numbered"), ("2.", "Lịch trình", 3, "numbered")]),
                          (("5.", "Sản phẩm", 3, "heading 1"),
                           [("1.", "Mô tả", 3, "heading 2"), ("2.", "Lịch trình", 3, "heading 2")])):
        blocks = [{"kind": "heading", "text": "Giới thiệu hợp tác xã", "numbering": chapter[0].replace("4", "1")
                   .replace("E", "A").replace("5", "1"), "level": chapter[2], "style": chapter[3]},
                  {"kind": "paragraph", "text": "Hợp tác xã thành lập năm 2019."},
                  {"kind": "heading", "text": chapter[1], "numbering": chapter[0], "level": chapter[2],
                   "style": chapter[3]}]
        for label, title, level, style in subs:
            blocks += [{"kind": "heading", "text": title, "numbering": label, "level": level, "style": style},
                       {"kind": "paragraph", "text": "Đi bộ 12 km xuyên rừng, ăn trưa tại lán, giá 450.000 đồng/khách."}]
        sections, keys = map_sections(_doc(blocks, "docx"), V)
        assert keys[4] == "product" and keys[6] == "product", chapter


def test_a_scanned_amount_with_a_full_stop_after_it_is_still_a_number():
    from pipeline.figures import _cell_number

    assert _cell_number("416.000.", "vi")[0] == 416000
    assert _cell_number("340.560. ", "vi")[0] == 340560
    assert _cell_number("520.000:", "vi")[0] == 520000  # a colon (set 68, bq07)
    assert _cell_number("Ghi chú.", "vi") is None


def test_a_scan_s_debris_beside_a_row_number_or_bullet_leaves_its_rank():
    # a table rule read as "_", "¡" beside the row's number (set 68, bq07): "2_j" is row 2, "-__¡" a bullet
    from pipeline.judge.checks.arithmetic import _RANK, _LABEL_NUM_DEBRIS, _num_type

    assert _num_type("2_j") == (_RANK["arabic"], 0)
    assert _num_type("-_¡") == _num_type("-__¡") == (_RANK["bullet"], 0)
    assert _num_type("Gạo nếp") is None
    m = _LABEL_NUM_DEBRIS.match("3 ¡ Lợi nhuận")
    assert m and m.groups() == ("3", "Lợi nhuận")
