"""Fill-in forms (pipeline.forms): a ticked option is the answer, an unticked one is not (set 206)."""

from __future__ import annotations

import pytest

from pipeline.forms import resolve_choices, resolve_document
from pipeline.models import Block, BlockKind, Document
from tests.test_generalisation import rule_hits


@pytest.mark.parametrize(("printed", "read"), [
    ("☑ Đã có ☐ Chưa có", "☑ Đã có"),
    ("☐ Đã có ☑ Chưa có, dự kiến quý II/2027", "☑ Chưa có, dự kiến quý II/2027"),
    ("Loại hình: ☐ Hợp tác xã ☐ Tổ hợp tác ☑ Doanh nghiệp ☐ Hộ kinh doanh", "Loại hình: ☑ Doanh nghiệp"),
    ("Giấy chứng nhận đăng ký hộ kinh doanh: ☑ Đã có ☐ Chưa có (số 28A8005216).",
     "Giấy chứng nhận đăng ký hộ kinh doanh: ☑ Đã có (số 28A8005216)."),
    ("Khả năng đáp ứng: ☑ Đủ ☐ Không đủ.", "Khả năng đáp ứng: ☑ Đủ."),
    ("- ☑ Bán tại cơ sở ☑ Đại lý ☑ Cửa hàng OCOP, cửa hàng đặc sản ☐ Xuất khẩu",
     "- ☑ Bán tại cơ sở ☑ Đại lý ☑ Cửa hàng OCOP, cửa hàng đặc sản"),
    # typed boxes; a ticked bare "Không" answers "không có"
    ("[x] Có [ ] Không", "[x] Có"),
    ("Lưu mẫu sản phẩm: [ ] Có [x] Không", "Lưu mẫu sản phẩm: [x] Không có"),
    ("☑ Không thuộc đối tượng ☐ Có", "☑ Không thuộc đối tượng"),
    # nothing ticked: the field is left as printed (unanswered)
    ("☐ Đã có ☐ Chưa có", "☐ Đã có ☐ Chưa có"),
    # a scan that lost the boxes ("☑" dropped, "☐" read as "L"): which was ticked is unknown, both answers go
    ("Nhãn | Đã có L Chưa CÓ | Theo NĐ 43/2017", "Nhãn | | Theo NĐ 43/2017"),
    # no form at all: untouched
    ("Có 2 hộ không tham gia liên kết", "Có 2 hộ không tham gia liên kết"),
    ("[Ghi [x] vào ô; giấy tờ đã có ghi số]", "[Ghi [x] vào ô; giấy tờ đã có ghi số]"),
])
def test_a_group_of_boxes_keeps_its_ticked_options(printed, read):
    assert resolve_choices(printed) == read
    assert resolve_choices(read) == read  # (idempotent: analysing a document twice reads it the same)


def test_a_table_whose_options_are_columns_answers_with_the_ticked_columns_head():
    rows = [["Giấy tờ", "Có", "Không", "Số, ngày"],
            ["Giấy chứng nhận ATTP", "[x]", "[ ]", "Số 12/2025/GCN"],
            ["Giấy chứng nhận đăng ký nhãn hiệu", "[ ]", "[x]", "-"]]
    doc = Document(source="f.docx", sha256="0" * 64, format="docx",
                   blocks=[Block(kind=BlockKind.table, rows=rows, text="")])
    resolve_document(doc)
    assert doc.blocks[0].rows[1] == ["Giấy chứng nhận ATTP", "[x] Có", "", "Số 12/2025/GCN"]
    assert doc.blocks[0].rows[2] == ["Giấy chứng nhận đăng ký nhãn hiệu", "", "[x] Không có", "-"]
    assert doc.blocks[0].text.splitlines()[2] == "Giấy chứng nhận đăng ký nhãn hiệu |  | [x] Không có | -"


_PAPERS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CHẢ MỰC THẠCH KIM
# I. Thông tin chủ thể
| Mục thông tin | Nội dung kê khai |
|---|---|
| Tên chủ thể | Hộ kinh doanh Trần Thị Nhung |
| Loại hình | ☐ Hợp tác xã ☐ Doanh nghiệp ☑ Hộ kinh doanh |
# XIV. Hồ sơ pháp lý
(Đánh dấu ☑ vào ô phù hợp; ghi số, ngày cấp)
| Giấy tờ | Tình trạng | Số, ngày |
|---|---|---|
| Đăng ký hộ kinh doanh | ☑ Đã có ☐ Chưa có | Số 28A8005216 ngày 12/3/2024 |
| Giấy chứng nhận cơ sở đủ điều kiện ATTP | {attp} | {attp_no} |
| Nhãn hiệu | ☑ Đã có ☐ Chưa có | GCN số 469318 ngày 03/10/2024 |
"""


def test_an_unticked_chua_co_is_no_missing_paper_and_a_ticked_one_is():
    held = _PAPERS.format(attp="☑ Đã có ☐ Chưa có", attp_no="Số 15/2026/NNMT-GCN, đến 09/3/2029")
    assert rule_hits("no-business-registration", held, "food") == []
    assert rule_hits("no-trademark", held, "food") == []
    assert rule_hits("no-food-safety", held, "food") == []
    missing = _PAPERS.format(attp="☐ Đã có ☑ Chưa có", attp_no="-")
    assert rule_hits("no-food-safety", missing, "food")


def test_a_form_label_over_ticked_no_answers_is_no_quality_control():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM NƯỚC MẮM NHƯỢNG BẠN
# 14/ Hồ sơ pháp lý, tiêu chuẩn, chất lượng
Thực hành kiểm soát chất lượng nội bộ:
- Nhật ký sản xuất theo lô, theo bể: {a}
- Lưu mẫu sản phẩm: {b}
"""
    assert rule_hits("no-quality-control", plan.format(a="[ ] Có [x] Không", b="[ ] Có [x] Không"), "food")
    assert rule_hits("no-quality-control", plan.format(a="[x] Có [ ] Không", b="[ ] Có [x] Không"), "food") == []
