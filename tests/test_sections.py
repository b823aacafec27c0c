"""Heading -> section key mapping: numbering, case, diacritics, tone placement, two topics in one
heading, titles and captions, sub-headings, order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.headings import HeadingCues, classify, split_numbering
from pipeline.ingest.text_reader import read_markdown
from pipeline.sections import Match, load_vocabulary, map_sections, match_heading

V = load_vocabulary()


def keys(title: str):
    m = match_heading(title, V)
    return set(m.keys) if isinstance(m, Match) else m


@pytest.mark.parametrize("title,want", [
    ("I. THÔNG TIN CHUNG VỀ CHỦ THỂ", {"producer"}),
    # the producer's legal standing is its own profile, not the product's papers
    ("1. Tên, địa chỉ và tư cách pháp lý", {"producer"}),
    ("1. Hồ sơ pháp lý", {"compliance"}),
    ("Phần I. Giới thiệu về hợp tác xã", {"producer"}),
    ("1.1. Mô tả sản phẩm", {"product"}),
    ("a) Đặc điểm sản phẩm", {"product"}),
    ("II. PHAN TICH THI TRUONG", {"market"}),
    ("3. Nguon nguyen lieu", {"raw_materials"}),
    ("Chương 2. Quy trình công nghệ", {"technology"}),
    ("Thị trường và kế hoạch tiêu thụ", {"market"}),
    ("Vốn và hiệu quả kinh tế", {"investment", "financials"}),
    ("VI. TỔNG VỐN ĐẦU TƯ VÀ NGUỒN VỐN", {"investment"}),
    ("Kế hoạch sản xuất và tiêu thụ", {"production_plan"}),
    ("Hiệu quả xã hội, môi trường", {"social_environment"}),
    ("Phân tích SWOT", {"swot"}),
    ("Điểm mạnh, điểm yếu, cơ hội, thách thức", {"swot"}),
    ("Rủi ro và giải pháp", {"risks"}),
    ("Tiến độ thực hiện", {"schedule"}),
    ("Kinh phí", {"investment"}),
    ("5.2. Quy cách và giá bán", {"product"}),
    ("Giá bán và kênh phân phối", {"market"}),
    ("VII. Cơ sở vật chất và năng lực phục vụ", {"current_state", "technology"}),
    ("2) Quá trình sản xuất những năm qua", {"current_state"}),
    ("Quy trình sản xuất", {"technology"}),
    ("IX. Kinh phí thực hiện", {"investment"}),
    ("Câu chuyện sản phẩm", {"product_story"}),
    ("Kiến nghị, đề xuất", {"proposals"}),
    ("Hồ sơ pháp lý, tiêu chuẩn chất lượng", {"compliance"}),
    ("Thực trạng sản xuất kinh doanh", {"current_state"}),
    ("Căn cứ xây dựng phương án", {"rationale"}),
    ("Mục tiêu của phương án", {"objectives"}),
    ("Tổ chức sản xuất, nhân lực", {"organization"}),
    ("Dự toán doanh thu, chi phí, lợi nhuận", {"financials"}),
    ("Giải pháp bảo vệ môi trường", {"social_environment"}),
    ("A.1. Giới thiệu hợp tác xã", {"producer"}),
    ("IV/ Thị trường", {"market"}),
    ("D.3. Sản lượng dự kiến", {"production_plan"}),
    # a space the OCR lost between two words of the vocabulary
    ("Phần 12. Rủi rovà giải pháp", {"risks"}),
    ("Thịtrường tiêu thụ", {"market"}),
    # a sketchy plan's bare headings
    ("Tiêu thụ", {"market"}),
    ("Về nhóm hộ", {"producer"}),
    # a product already rated: what happened since its rating (blind dm04)
    ("C. QUÁ TRÌNH THAM GIA OCOP VÀ KẾT QUẢ 2024 - 2026", {"current_state"}),
    # a sketchy plan's group of households (blind dp12)
    ("Về nhóm sản xuất", {"producer"}),
    # the producer's history with its past years' results (blind ec02)
    ("2. Quá trình hình thành", {"current_state"}),
    # a group's one-page plan closing on what it will earn (blind ef12)
    ("Thu nhập dự kiến", {"financials"}),
])
def test_heading_variants(title, want):
    assert keys(title) == want


@pytest.mark.parametrize("a,b", [("Hiệu quả kinh tế - xã hội - môi trường", "Hiệu quả kinh tế - xã hội - môi trường"),
                                 ("Giải pháp hoà vốn", "Giải pháp hòa vốn"),
                                 ("THUỶ SẢN VÀ THỊ TRƯỜNG", "THỦY SẢN VÀ THỊ TRƯỜNG")])
def test_old_and_new_tone_placement_are_equal(a, b):
    assert keys(a) == keys(b)


@pytest.mark.parametrize("title,kind", [
    ("PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM RƯỢU NẾP SIM", "title"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ignore"),
    ("Bảng 3. Dự toán doanh thu", "caption"),
    ("Phụ lục 1", "ignore"),
])
def test_non_section_headings(title, kind):
    assert keys(title) == kind


def test_sections_in_any_order_and_subheadings_stay():
    doc = read_markdown("""# PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MẬT ONG
# Phần I. Thị trường tiêu thụ
Khách hàng ở Vinh.
# Phần II. Giới thiệu hợp tác xã
HTX Ân Phú.
# Phần III. Hiệu quả kinh tế
## 1. Chi phí nguyên liệu
Mua mật 20 tấn.
## 2. Doanh thu
1,2 tỷ đồng.
# Phần IV. Nguồn nguyên liệu
500 đàn ong.
""")
    secs, block_key = map_sections(doc)
    assert [s.key for s in secs] == ["market", "producer", "financials", "raw_materials"]
    fin = next(s for s in secs if s.key == "financials")
    assert any("Mua mật" in doc.blocks[i].text for i in fin.blocks)


def test_unmapped_heading_at_same_level_closes_section():
    doc = read_markdown("""# I. Thị trường tiêu thụ
Khách hàng ở Vinh.
# II. Ảnh minh họa
Ảnh cơ sở.
""")
    secs, block_key = map_sections(doc)
    assert len(secs) == 1 and all("Ảnh" not in doc.blocks[i].text for i in secs[0].blocks)


def test_missed_heading_promoted_from_numbered_paragraph():
    doc = read_markdown("""1. Nguồn nguyên liệu

Gạo nếp của 20 hộ thành viên, 12 tấn/năm.
""")
    secs, _ = map_sections(doc)
    assert [s.key for s in secs] == ["raw_materials"]


@pytest.mark.parametrize("text,rank,label", [
    ("I. Thông tin chung", 1, "I."), ("IV - Thị trường", 1, "IV -"), ("1.2. Sản phẩm", 3, "1.2."),
    ("Phần II: Thị trường", 0, "Phần II:"), ("CHƯƠNG 3 THỊ TRƯỜNG", 0, "CHƯƠNG 3"), ("a) Giá bán", 5, "a)"),
    ("2. Kế hoạch", 2, "2."), ("1.1.1 Chi tiết", 4, "1.1.1"),
    # the Vietnamese alphabet's letters past K, and Đ
    ("Đ. Mô tả sản phẩm", 1, "Đ."), ("L. Kế hoạch sản xuất", 1, "L."), ("S. Kiến nghị", 1, "S."),
])
def test_numbering(text, rank, label):
    n = split_numbering(text)
    assert n is not None and n.rank == rank and n.label == label


def test_heading_by_look():
    assert classify(HeadingCues("THỊ TRƯỜNG TIÊU THỤ")) is not None  # upper case
    assert classify(HeadingCues("Thị trường tiêu thụ", bold=True)) is not None
    assert classify(HeadingCues("Thị trường tiêu thụ", style="Heading 2")).level == 2
    assert classify(HeadingCues("Thị trường tiêu thụ", style="Tiêu đề 1")).level == 1
    assert classify(HeadingCues("Thị trường tiêu thụ", outline_level=0)) is not None
    assert classify(HeadingCues("Sản phẩm bán tại cửa hàng OCOP với giá 150.000 đ/chai, "
                                "tăng dần theo từng năm.")) is None
    assert classify(HeadingCues("- Máy nấu rượu: 2 cái", bold=True)) is None


def test_three_letter_upper_word_is_a_heading_an_abbreviation_is_not():
    # a sketchy plan's one-word heading "VỐN" (set 65, bn12); "HTX", "STT", "ĐVT" carry no marked vowel
    assert classify(HeadingCues("VỐN")) is not None
    assert classify(HeadingCues("LÃI")) is not None
    for abbr in ("HTX", "STT", "ĐVT"):
        assert classify(HeadingCues(abbr)) is None, abbr


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_heading_detector_and_mapper_never_raise(s):
    classify(HeadingCues(s, bold=True))
    classify(HeadingCues(s, style="Heading 1"))
    split_numbering(s)
    match_heading(s, V)


def test_a_long_numbered_heading_listing_its_topics_is_promoted_but_a_long_numbered_sentence_is_not():
    blocks = [{"kind": "heading", "text": "Hiệu quả kinh tế", "numbering": "13/", "level": 3, "style": "numbered"},
              {"kind": "paragraph", "text": "Lợi nhuận bình quân 410 triệu đồng/năm."},
              # 16 words, every one naming the compliance section
              {"kind": "paragraph", "text": "14/ Hồ sơ pháp lý, an toàn thực phẩm, tiêu chuẩn, nhãn mác và sở hữu trí tuệ"},
              {"kind": "paragraph", "text": "Xưởng đã có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm."},
              # 15 words, a commitment that mentions two topics
              {"kind": "paragraph", "text": "2/ Hộ cam kết giữ vệ sinh an toàn thực phẩm trong suốt quá trình sơ chế và phơi cá"},
              {"kind": "heading", "text": "Hiệu quả xã hội, môi trường", "numbering": "15/", "level": 3,
               "style": "numbered"},
              {"kind": "paragraph", "text": "Tạo việc làm cho 6 lao động."}]
    sections, block_key = map_sections(_doc(blocks), V)
    assert [s.key for s in sections] == ["financials", "compliance", "social_environment"]
    assert block_key[4] == "compliance"  # the sentence stays body text of the section


def _doc(blocks):
    from pipeline.models import Block, Document

    return Document(source="x.pdf", sha256="0" * 64, format="pdf", blocks=[Block(**b) for b in blocks])


def test_letters_c_and_l_continue_the_letter_scheme_not_roman_numerals():
    blocks = []
    for label, title, body in (("A.", "THÔNG TIN CHUNG VỀ HỢP TÁC XÃ", "Hợp tác xã thành lập năm 2019."),
                               ("B.", "SỰ CẦN THIẾT VÀ MỤC TIÊU", None),
                               ("1.", "Sự cần thiết", "Nhu cầu du lịch tăng."),
                               ("2.", "Mục tiêu", "Đón 2.000 khách năm 2027."),
                               ("C.", "SẢN PHẨM DỊCH VỤ", None),
                               ("1.", "Tour 1 ngày", "Đi bộ 12 km xuyên rừng, ăn trưa tại lán."),
                               ("L.", "RỦI RO", "Mưa lũ: hoãn tour."),
                               ("M.", "TIẾN ĐỘ THỰC HIỆN", "Quý III/2026: mở tour.")):
        blocks.append({"kind": "heading", "text": title, "numbering": label, "level": 1, "style": "bold"})
        if body:
            blocks.append({"kind": "paragraph", "text": body})
    sections, _ = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    # "1. Tour 1 ngày" is inside C. (a letter), not inside B.'s sub-sections as if C. were a numeral
    assert by_key["product"].blocks == [8, 9]
    assert 9 not in by_key["rationale"].blocks + by_key["objectives"].blocks
    assert by_key["risks"].blocks == [11] and by_key["schedule"].blocks == [13]


def test_a_numbered_paragraph_led_by_a_sections_name_is_that_section_too():
    blocks = [{"kind": "heading", "text": "THỊ TRƯỜNG", "numbering": "VI.", "level": 1},
              {"kind": "paragraph", "text": "1) Khách hàng: khách du lịch và cửa hàng quà tặng."},
              {"kind": "paragraph", "text": "4) Thuận lợi, khó khăn: thuận lợi là tay nghề, khách quen; "
                                            "khó khăn là giá đồng biến động."},
              {"kind": "paragraph", "text": "5) Sản lượng tiêu thụ năm 2025 đạt 2 tấn."}]
    sections, keys = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert by_key["swot"].blocks == [2]
    assert by_key["market"].blocks == [1, 2, 3] and keys[2] == "market"


def test_a_paragraph_of_labelled_parts_naming_one_section_is_that_section_too():
    blocks = [{"kind": "heading", "text": "Sản phẩm", "numbering": "5.", "level": 1},
              {"kind": "paragraph", "text": "Lạp xưởng làm từ thịt nạc vai và mỡ lưng lợn."},
              {"kind": "paragraph", "text": "Điểm mạnh: công thức gia truyền. Điểm yếu: thương hiệu chưa mạnh. "
                                            "Cơ hội: nhu cầu quà Tết tăng. Thách thức: hàng công nghiệp giá rẻ."},
              # two labels are enough for the SWOT's paired halves ("Thuận lợi: … Khó khăn: …")
              {"kind": "paragraph", "text": "Thuận lợi: nguồn cá tại chỗ. Khó khăn: vốn nhỏ."},
              # labels of several sections name none
              {"kind": "paragraph", "text": "Giá bán: 320.000 đồng/kg. Nguyên liệu: thịt lợn. Lao động: 6 người."},
              # and two labels of another section name nothing ("Doanh thu: …" among the targets)
              {"kind": "paragraph", "text": "Doanh thu: 1,2 tỷ đồng. Lợi nhuận: 200 triệu đồng."}]
    sections, keys = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert by_key["swot"].blocks == [2, 3] and keys[2] == "product"
    assert not {"market", "raw_materials", "financials"} & set(by_key)
    # one label of two parts naming the section
    blocks = [{"kind": "heading", "text": "Thị trường", "numbering": "6.", "level": 1},
              {"kind": "paragraph", "text": "Phân tích điểm mạnh, điểm yếu: điểm mạnh là vùng nguyên liệu tại chỗ; "
                                            "điểm yếu là thương hiệu còn mới."}]
    sections, _keys = map_sections(_doc(blocks), V)
    assert "swot" in {s.key for s in sections}


def test_an_unnumbered_plan_title_naming_its_product_is_no_section():
    assert match_heading("PHƯƠNG ÁN SẢN XUẤT BÁNH BỘT LỌC", V) == "title"
    # a numbered heading, or one that names a topic after it, is the production plan
    assert match_heading("IX. Phương án sản xuất", V).keys == ("production_plan",)
    assert "production_plan" in match_heading("Phương án sản xuất và tiêu thụ", V).keys
    assert match_heading("Phương án sản xuất năm 2026", V).keys == ("production_plan",)


def test_a_cover_line_naming_the_product_after_the_title_is_no_product_section():
    # "PHƯƠNG ÁN SẢN XUẤT KINH DOANH" / "SẢN PHẨM NƯỚC ÉP DƯA LƯỚI …" on the cover: the product section
    # is the chapter that describes it
    blocks = [{"kind": "heading", "text": "PHƯƠNG ÁN SẢN XUẤT KINH DOANH", "level": 1},
              {"kind": "heading", "text": "SẢN PHẨM NƯỚC ÉP DƯA LƯỚI VIỆT XUYÊN", "level": 1},
              {"kind": "heading", "text": "GIỚI THIỆU CHUNG", "numbering": "PHẦN I.", "level": 1},
              {"kind": "paragraph", "text": "Hợp tác xã thành lập năm 2019."},
              {"kind": "heading", "text": "Mô tả sản phẩm", "numbering": "I.", "level": 2},
              {"kind": "paragraph", "text": "Nước ép đóng chai PET 330 ml."}]
    sections, _ = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert by_key["product"].title == "I. Mô tả sản phẩm" and by_key["product"].blocks == [5]


def test_a_short_plan_s_plain_headings_and_its_title_line():
    assert match_heading("3) Cách làm", V).keys == ("technology",)
    assert match_heading("5) Mong muốn", V).keys == ("proposals",)
    blocks = [{"kind": "heading", "text": "KẾ HOẠCH SẢN XUẤT DƯA GIÁ", "level": 1},
              {"kind": "heading", "text": "Giới thiệu nhóm", "numbering": "1)", "level": 1},
              {"kind": "paragraph", "text": "Nhóm gồm 4 hộ làm dưa giá."}]
    sections, _ = map_sections(_doc(blocks), V)
    assert [s.key for s in sections] == ["producer"]
    # "KẾ HOẠCH SẢN XUẤT KINH DOANH" above another cover line is the title; above its own text, a section
    cover = [{"kind": "heading", "text": "KẾ HOẠCH SẢN XUẤT KINH DOANH", "level": 1},
             {"kind": "heading", "text": "SẢN PHẨM RƯỢU NẾP THAN THỦY HÒA", "level": 1},
             {"kind": "heading", "text": "Sản phẩm", "numbering": "4)", "level": 1},
             {"kind": "paragraph", "text": "Rượu nếp than nấu thủ công."}]
    sections, _ = map_sections(_doc(cover), V)
    assert [(s.key, s.title) for s in sections] == [("product", "4) Sản phẩm")]
    section = [{"kind": "heading", "text": "Kế hoạch sản xuất kinh doanh", "level": 1},
               {"kind": "paragraph", "text": "Sản lượng 5.000 kg năm 2027."}]
    sections, _ = map_sections(_doc(section), V)
    assert [s.key for s in sections] == ["production_plan"]


def test_a_sub_heading_on_a_topic_an_earlier_chapter_opened_serves_its_own_chapter_too():
    blocks = [{"kind": "heading", "text": "Hiện trạng", "numbering": "4.", "level": 1},
              {"kind": "paragraph", "text": "Hộ đón 1.200 lượt khách năm 2025."},
              {"kind": "heading", "text": "Cơ sở vật chất, quy trình phục vụ", "numbering": "8.", "level": 1},
              {"kind": "heading", "text": "Cơ sở vật chất", "numbering": "8.1.", "level": 2},
              {"kind": "paragraph", "text": "Sáu phòng nghỉ, nhà ăn 40 chỗ, bến thuyền."},
              {"kind": "heading", "text": "Quy trình phục vụ", "numbering": "8.2.", "level": 2},
              {"kind": "paragraph", "text": "Đón khách, nhận phòng, ăn tối, chèo thuyền."}]
    sections, _ = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    # 8.1's facilities belong to chapter 8 (technology) as well as to the state chapter 4 opened
    assert by_key["technology"].blocks == [4, 6]
    assert by_key["current_state"].blocks == [1, 4]


def test_a_sub_heading_of_its_chapters_first_topic_stays_that_topic():
    blocks = [{"kind": "heading", "text": "Thị trường và quy trình sản xuất", "numbering": "5.", "level": 1},
              {"kind": "heading", "text": "Thị trường", "numbering": "5.1.", "level": 2},
              {"kind": "paragraph", "text": "Khách hàng ở Vinh."}]
    sections, _ = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert by_key["market"].blocks == [2]
    assert 2 not in by_key["technology"].blocks


def test_a_roman_numeral_misread_by_the_ocr_still_numbers_a_heading_on_a_scan():
    from pipeline.models import Block, Document

    blocks = [{"kind": "heading", "text": "THÔNG TIN CHUNG", "level": 2},
              {"kind": "paragraph", "text": ".Giới thiệu doanh nghiệp"},
              {"kind": "paragraph", "text": "Công ty TNHH Rượu Táo mèo Sơn Kim, xã Sơn Kim."},
              {"kind": "paragraph", "text": "LH. Thực trạng sản xuất kinh doanh"},
              {"kind": "paragraph", "text": "Xưởng rượu 200 m² trên đất của công ty; năm 2025 bán 11.500 lít."},
              # a sentence is no heading, however it starts
              {"kind": "paragraph", "text": "L. Thị trường tiêu thụ còn nhỏ, chủ yếu trong huyện."},
              # the space after the numeral's dot lost too
              {"kind": "paragraph", "text": "VHI.Nguồn nguyên liệu"},
              {"kind": "paragraph", "text": "Táo mèo mua của 40 hộ ở Sơn Kim, khoảng 60 tấn/năm."}]
    for fmt, found in (("pdf-scanned", True), ("pdf", False)):
        doc = Document(source="x.pdf", sha256="0" * 64, format=fmt, blocks=[Block(**b) for b in blocks])
        sections, _ = map_sections(doc, V)
        by_key = {s.key: s for s in sections}
        assert ("current_state" in by_key and by_key["current_state"].blocks == [4, 5]) is found
        assert ("raw_materials" in by_key and by_key["raw_materials"].blocks == [7]) is found
        assert "market" not in by_key


def test_a_swot_written_as_clauses_without_colons_is_the_swot():
    blocks = [{"kind": "heading", "text": "Sản phẩm", "numbering": "2.", "level": 1},
              {"kind": "paragraph", "text": "Điểm mạnh của bánh là vừng dày, giòn thơm; điểm yếu là dễ vỡ khi vận "
                                            "chuyển. Cơ hội đến từ các điểm bán đặc sản; nguy cơ là hàng giá rẻ."},
              # one quadrant word opening a clause is no SWOT, nor are a financial section's words
              {"kind": "paragraph", "text": "Hợp tác xã có cơ hội mở rộng thị trường; khó khăn là vốn ít."},
              {"kind": "paragraph", "text": "Doanh thu năm 2027 đạt 1 tỷ đồng; chi phí 800 triệu; lợi nhuận 200 triệu."}]
    sections, keys = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert by_key["swot"].blocks == [1] and keys[1] == "product"
    assert "financials" not in by_key


def test_a_swot_written_as_one_labelled_paragraph_a_quadrant_is_the_swot():
    """"Điểm mạnh: …", "Điểm yếu: …", "Cơ hội: …", "Thách thức: …" as four paragraphs inside the
    product section: the SWOT, run in. Two labelled paragraphs ("Thuận lợi: …", "Khó khăn: …") are not."""
    quads = [("Điểm mạnh", "vùng hoa rộng, ít phun thuốc."), ("Điểm yếu", "sản lượng phụ thuộc mùa hoa."),
             ("Cơ hội", "nhu cầu mật ong thật ngày càng lớn."), ("Thách thức", "hàng pha trộn giá rẻ.")]
    blocks = [{"kind": "heading", "text": "Sản phẩm", "numbering": "5/", "level": 1},
              {"kind": "paragraph", "text": "Mật ong hoa sầu đâu đóng chai 500 ml."},
              *({"kind": "paragraph", "text": f"{q}: {t}"} for q, t in quads),
              {"kind": "heading", "text": "Thị trường tiêu thụ", "numbering": "6/", "level": 1},
              {"kind": "paragraph", "text": "Bán tại cửa hàng OCOP huyện."}]
    sections, keys = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert by_key["swot"].blocks == [2, 3, 4, 5] and keys[2] == "product"
    assert {2, 3, 4, 5} <= set(by_key["product"].blocks)  # still inside the product section
    two = [{"kind": "heading", "text": "Hiện trạng sản xuất", "numbering": "3/", "level": 1},
           {"kind": "paragraph", "text": "Thuận lợi: có vùng nguyên liệu."},
           {"kind": "paragraph", "text": "Khó khăn: thiếu vốn."}]
    sections, _ = map_sections(_doc(two), V)
    assert "swot" not in {s.key for s in sections}


def test_a_part_numbered_by_a_letter_holds_its_sub_headings():
    # "PHẦN E." is a part: "E.1." under it is its sub-section, so the part's second topic (the
    # production plan) keeps the chapter's content instead of being left empty
    assert split_numbering("PHẦN E. KẾ HOẠCH SẢN XUẤT VÀ TÀI CHÍNH").label == "PHẦN E."
    assert split_numbering("Phần B – Thị trường").label == "Phần B –"
    assert split_numbering("PHẦN MỞ ĐẦU") is None and split_numbering("PHẦN KẾT LUẬN") is None
    blocks = [{"kind": "heading", "text": "PHẦN E. KẾ HOẠCH SẢN XUẤT VÀ TÀI CHÍNH", "level": 1, "style": "bold"},
              {"kind": "heading", "text": "Vốn đầu tư", "numbering": "E.1.", "level": 3, "style": "numbered"},
              {"kind": "paragraph", "text": "Tổng vốn 250 triệu đồng."},
              {"kind": "heading", "text": "Kết quả dự kiến", "numbering": "E.2.", "level": 3, "style": "numbered"},
              {"kind": "paragraph", "text": "Năm 2027 làm 3.000 chiếc vòng, doanh thu 600 triệu đồng."}]
    sections, keys = map_sections(_doc(blocks), V)
    by_key = {s.key: s for s in sections}
    assert by_key["production_plan"].blocks and keys[4] == "financials"


@pytest.mark.parametrize("title,want", [
    ("3/ Vì sao cần phương án này", {"rationale"}),
    ("2. Cơ sở vật chất và sức chứa", {"current_state", "technology"}),
    ("E.3. Kết quả dự kiến", {"financials"}),
    ("Kết quả sản xuất kinh doanh năm 2025", {"current_state"}),
    ("c) Tổ chức lao động", {"organization"}),
])
def test_headings_added_from_blind_set_34(title, want):
    assert keys(title) == want


def test_a_plan_without_headings_has_its_short_section_lines_read_as_headings():
    # a sketchy plan written as plain lines: its title names the product ("NẤM", not "NĂM"), and a
    # short line before a longer paragraph that names a section is its heading
    blocks = [{"kind": "heading", "text": "PHƯƠNG ÁN SẢN XUẤT NẤM HƯƠNG KHÔ KHE TRE", "level": 1, "style": "upper"},
              {"kind": "paragraph", "text": "Giới thiệu nhóm"},
              {"kind": "paragraph", "text": "Nhóm hộ trồng nấm hương thôn Khe Tre gồm 6 hộ gia đình cùng trồng nấm."},
              {"kind": "paragraph", "text": "Thị trường"},
              {"kind": "paragraph", "text": "Nấm hương bán cho khách quen và các quán ăn trong xã, giá 350.000 đồng/kg."}]
    sections, keys = map_sections(_doc(blocks), V)
    assert keys[0] is None and keys[2] == "producer" and keys[4] == "market"
    assert keys_of(match_heading("PHƯƠNG ÁN SẢN XUẤT NĂM 2026", V)) == {"production_plan"}


def keys_of(m):
    return set(m.keys) if isinstance(m, Match) else m


def test_a_five_letter_misread_roman_numeral_glued_to_its_heading_on_a_scan():
    """"VIIIL.Nguồn nguyên liệu": the scan read "VIII." as five letters and lost the space after it."""
    from pipeline.models import Block
    from pipeline.sections import _ocr_numbered_heading

    m = _ocr_numbered_heading(Block(kind="paragraph", text="VIIIL.Nguồn nguyên liệu"), V)
    assert m is not None and m.keys == ("raw_materials",)
    assert _ocr_numbered_heading(Block(kind="paragraph", text="Nguồn nguyên liệu dồi dào quanh năm."), V) is None


def test_unnumbered_chapters_keep_the_numbered_sub_headings_that_restart_under_them():
    """Set 56's be08 and set 57's bf10: chapters in capitals without numbers ("THÔNG TIN VỀ CHỦ THỂ",
    "SẢN PHẨM"), each with sub-headings found by their look that restart ("1.", "2." or "2.1.",
    "2.2."). The sub-headings sit under the chapter: its key keeps the text of sub-headings that
    name no section and of those that name another one ("2. Đăng ký kinh doanh"), instead of the
    first "1." closing the chapter and leaving it with no words."""
    def plan(labels):
        blocks = []
        for chapter, subs in (("THÔNG TIN VỀ CHỦ THỂ", [("Tên và địa chỉ", "Hộ kinh doanh Trần Văn Tâm, xã Kỳ Sơn."),
                                                        ("Đăng ký kinh doanh", "Giấy chứng nhận đăng ký hộ kinh doanh số 28G801.")]),
                              ("SẢN PHẨM", [("Đặc điểm", "Trà vằng túi lọc, hộp 25 túi."),
                                            ("Câu chuyện sản phẩm", "Chè vằng của các bà mẹ sau sinh.")])):
            blocks.append({"kind": "heading", "text": chapter, "level": 1, "style": "upper"})
            for n, (title, body) in enumerate(subs, 1):
                blocks.append({"kind": "heading", "text": title, "numbering": labels(len(blocks), n),
                               "level": 3, "style": "numbered"})
                blocks.append({"kind": "paragraph", "text": body})
        return blocks

    for labels in (lambda at, n: f"{n}.", lambda at, n: f"{1 if at < 5 else 2}.{n}."):
        sections, keys = map_sections(_doc(plan(labels)), V)
        by_key = {s.key: s for s in sections}
        assert keys[2] == "producer" and by_key["producer"].blocks[:4] == [1, 2, 3, 4]
        assert keys[4] == "compliance"
        assert keys[7] == "product"
    # one such chapter alone is no pattern: "ĐẶT VẤN ĐỀ" then "1.", "2." chapters stay as they were
    blocks = plan(lambda at, n: f"{n}.")[:5]
    sections, keys = map_sections(_doc(blocks), V)
    assert keys[2] is None


def test_parts_numbered_in_words_are_numbered_headings():
    """Sets 58 (bg02) and 60 (bi04): "Phần một: …" to "Phần mười bốn: …" in plain lines number the
    plan's parts as "Phần I." does; "một phần ba" or "phần ba của doanh thu" (a share) do not."""
    from pipeline.ingest.pdf_reader import _numbering

    for text, label in (("Phần một: Thông tin về chủ thể", "Phần một:"), ("PHẦN MƯỜI BỐN: KIẾN NGHỊ", "PHẦN MƯỜI BỐN:"),
                        ("Phần mười lăm - Tiến độ", "Phần mười lăm -"), ("PHẦN HAI. CĂN CỨ", "PHẦN HAI.")):
        assert split_numbering(text).label == label and _numbering(text).label == label
    for text in ("Phần ba của doanh thu dành cho quỹ", "Phần năm nay tăng"):
        assert split_numbering(text) is None and _numbering(text) is None
    blocks = [{"kind": "paragraph", "text": "Phần một: Thông tin về chủ thể"},
              {"kind": "paragraph", "text": "Hộ kinh doanh Lê Văn Hào, bản Rú Lá, xã Hương Liên."},
              {"kind": "paragraph", "text": "Phần hai: Thị trường"},
              {"kind": "paragraph", "text": "Bán cho 12 cửa hàng đặc sản ở Hà Tĩnh, giá 300.000 đ/chai."}]
    _, keys = map_sections(_doc(blocks), V)
    assert keys == ["producer", "producer", "market", "market"]


def test_a_sub_heading_naming_one_of_its_chapters_keys_leads_with_it():
    # "PHẦN BỐN: VỐN VÀ HIỆU QUẢ" (investment, financials) > "II. HIỆU QUẢ KINH TẾ": the financial part
    # (after "IV. KẾ HOẠCH SẢN XUẤT, DOANH THU, CHI PHÍ" opened the financial key already)
    blocks = [{"kind": "heading", "text": "KẾ HOẠCH SẢN XUẤT, DOANH THU, CHI PHÍ", "numbering": "PHẦN BA:", "level": 1,
               "style": "numbered"},
              {"kind": "paragraph", "text": "Năm 2027 sản xuất 3 tấn, doanh thu 900 triệu đồng."},
              {"kind": "heading", "text": "VỐN VÀ HIỆU QUẢ", "numbering": "PHẦN BỐN:", "level": 1, "style": "numbered"},
              {"kind": "heading", "text": "VỐN ĐẦU TƯ", "numbering": "I.", "level": 2, "style": "numbered"},
              {"kind": "paragraph", "text": "Tổng vốn đầu tư 800 triệu đồng."},
              {"kind": "heading", "text": "HIỆU QUẢ KINH TẾ", "numbering": "II.", "level": 2, "style": "numbered"},
              {"kind": "paragraph", "text": "Thời gian hoàn vốn khoảng 1,6 năm."}]
    _, keys = map_sections(_doc(blocks), V)
    assert keys[4] == "investment" and keys[6] == "financials"


def test_assessment_and_value_are_no_weak_price_cue():
    """Set 60's bi10 ("Tự đánh giá theo Bộ tiêu chí OCOP") and set 59's bh08 ("2. Giá trị khác biệt"): the
    letters of "giá" (a weak cue of the market) in "đánh giá" and "giá trị" name no market."""
    for title in ("Tự đánh giá theo Bộ tiêu chí OCOP", "Giá trị khác biệt", "Đánh giá chung về tính khả thi"):
        assert match_heading(title, V) is None, title
    assert keys_of(match_heading("Giá cả", V)) == {"market"}
    assert keys_of(match_heading("Đánh giá thị trường", V)) == {"market"}


def test_norms_and_need_under_the_raw_materials_are_raw_materials():
    # set 60's bi06: "2. Định mức và nhu cầu" under "VI. Nguồn nguyên liệu" is the material need, not the market
    assert keys_of(match_heading("Định mức và nhu cầu", V)) == {"raw_materials"}
    assert keys_of(match_heading("Nhu cầu", V)) == {"market"}


def test_a_letterhead_above_the_title_is_no_section_whatever_words_its_name_holds():
    """Set 103's cz01: "HỢP TÁC XÃ NƯỚC MẮM TRUYỀN THỐNG THIÊN CẦM" over the cover title; "truyền thống" names the
    product's story elsewhere, but an organisation's name in capitals before any section is its letterhead."""
    doc = read_markdown("# HỢP TÁC XÃ NƯỚC MẮM TRUYỀN THỐNG THIÊN CẦM\n\n"
                        "# PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM NƯỚC MẮM\n\n"
                        "# I. THÔNG TIN CHUNG\n\nHợp tác xã có 20 thành viên.\n\n"
                        "# II. CÂU CHUYỆN SẢN PHẨM\n\nNghề làm mắm có từ lâu đời.\n")
    sections, _ = map_sections(doc, V)
    assert [(s.key, s.title) for s in sections if s.key == "product_story"] == \
        [("product_story", "II. CÂU CHUYỆN SẢN PHẨM")]


def test_a_chapter_of_two_topics_each_with_its_own_sub_heading_holds_no_other_sub_section():
    # "II. SẢN PHẨM VÀ THỊ TRƯỜNG" > "2.1. Sản phẩm", "2.2. Thị trường", "2.3. Điểm mạnh, điểm yếu": the
    # strengths are the SWOT's, not the market's text (which must stand on its own for no-sales-channel)
    blocks = [{"kind": "heading", "text": "SẢN PHẨM VÀ THỊ TRƯỜNG", "numbering": "II.", "level": 1},
              {"kind": "heading", "text": "Sản phẩm", "numbering": "2.1.", "level": 2},
              {"kind": "paragraph", "text": "Nước mắm 30 độ đạm, chai 500 ml, giá 80.000 đồng/chai."},
              {"kind": "heading", "text": "Thị trường", "numbering": "2.2.", "level": 2},
              {"kind": "paragraph", "text": "Nhu cầu nước mắm truyền thống rất lớn."},
              {"kind": "heading", "text": "Điểm mạnh, điểm yếu", "numbering": "2.3.", "level": 2},
              {"kind": "paragraph", "text": "Điểm mạnh: khách quen ở chợ Vinh; điểm yếu: vốn ít."}]
    by_key = {s.key: s.blocks for s in map_sections(_doc(blocks), V)[0]}
    assert (by_key["product"], by_key["market"], by_key["swot"]) == ([2], [4], [6])
    # a chapter whose sub-sections name only other topics still holds them ("I. THÔNG TIN CHUNG" >
    # "1. Thông tin pháp lý")
    blocks = [{"kind": "heading", "text": "THÔNG TIN CHUNG", "numbering": "I.", "level": 1},
              {"kind": "heading", "text": "Thông tin pháp lý", "numbering": "1.", "level": 2},
              {"kind": "paragraph", "text": "Hợp tác xã thành lập năm 2019."}]
    by_key = {s.key: s.blocks for s in map_sections(_doc(blocks), V)[0]}
    assert 2 in by_key["producer"]


def test_words_that_name_a_section_only_when_they_are_the_whole_heading():
    # (ee12: a short plan's last part, "Dự kiến", what the group means to make a year)
    for title in ("Dự kiến", "DỰ KIẾN", "5. Dự kiến"):
        m = match_heading(title, V)
        assert isinstance(m, Match) and m.keys == ("production_plan",), title
    # inside a longer heading the words only qualify its head
    assert match_heading("Dự kiến tiêu thụ theo kênh", V).keys == ("market",)
    assert match_heading("Doanh thu dự kiến", V).keys == ("financials",)


def test_a_heading_of_two_weak_cues_names_both_topics():
    # (ei12: a short plan's "Kế hoạch và hiệu quả" holds its production plan and its earnings)
    assert match_heading("Kế hoạch và hiệu quả", V).keys == ("production_plan", "financials")
    assert match_heading("IX. Đầu tư và hiệu quả", V).keys == ("investment", "financials")
    # a weak cue alone names one
    assert match_heading("4/ Kế hoạch", V).keys == ("production_plan",)
