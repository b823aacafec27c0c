"""Product category from the product's name (rules/categories.yml)."""
import pytest

from pipeline.entities import category_of


@pytest.mark.parametrize("name, category", [
    # the head noun decides: a drink named "Nước …" whatever fruit follows
    ("Nước chanh leo cô đặc", "beverage"),
    ("Nước bưởi ép lạnh đóng chai", "beverage"),
    ("Nước cốt gừng mật ong", "beverage"),
    # ... unless a longer keyword takes "nước" first
    ("Nước mắm cá cơm Xuân Hội", "food"),
    ("Nước tương nếp", "food"),
    # "nước" elsewhere than the first word is no drink
    ("Cá bống kho nước dừa", "food"),
    ("Giỏ cói xuất khẩu", "handicraft"),
    ("Dép cói Nga Sơn", "handicraft"),
    ("Lạp xưởng tươi Đồng Lộc", "food"),
    ("Nhút mít Thạch Hà", "food"),
    # bird's nest cleaned is a food, cooked and bottled a drink; agarwood bracelets and cones are crafts (set 246)
    ("Tổ yến tinh chế Kỳ Anh", "food"),
    ("Yến chưng đường phèn Cẩm Xuyên", "beverage"),
    ("Vòng trầm và nụ trầm Hương Khê", "handicraft"),
    ("Gỗ mỹ nghệ", "handicraft"),
    ("Chè lam Phù Việt", "food"),
    ("Mật ong hoa cà phê", "honey"),
    ("Trà xạ đen túi lọc", "herbal"),
    ("Thảm xơ dừa Cẩm Trung", "handicraft"),
    ("Câu cá giải trí hồ Khe Mây", "service"),
    ("Trà lá vối Thạch Châu", "herbal"),
    ("Quạt nan tre Thạch Lạc", "handicraft"),
    ("Đũa tre Sơn Hàm", "handicraft"),
    ("Bột ngũ cốc dinh dưỡng", "food"),
    ("Vòng tay gỗ trầm Phú Gia", "handicraft"),
    ("Sứa ngâm Thạch Kim", "food"),
    ("Mũ lá cọ Phúc Trạch", "handicraft"),
    ("Chè đậu trắng Cẩm Thành", "food"),
    ("Rổ rá tre Hương Bình", "handicraft"),
    ("Viên ngải cứu Thạch Hà", "herbal"),
    ("Mướp đắng sấy Cẩm Lạc", "herbal"),
    ("Thớt gỗ nghiến Thái Yên", "handicraft"),
    ("Siro dâu tằm Sông La", "beverage"),
    ("Tăm tre Hương Đô", "handicraft"),
    ("Xôi gấc Yên Hồ", "food"),
    ("Khay lá cau Hương Bình", "handicraft"),
    ("Khay trà gỗ mít chạm khắc Thái Yên", "handicraft"),
    ("Trà xanh Hương Sơn", "beverage"),
    ("Lồng đèn giấy Đồng Lộc", "handicraft"),
    ("Dầu gội thảo mộc Ngàn Trươi", "herbal"),
    ("Xà phòng sả chanh Kỳ Sơn", "herbal"),
    ("Dầu lạc ép Diễn Châu", "food"),
    ("Cà pháo dầm Tân Lâm Hương", "food"),
    ("Trà cà gai leo", "herbal"),
    ("Sản phẩm không rõ", "other"),
    # named first, a seedling or a cleaner is neither the fruit nor a drink
    ("Cây giống bưởi Phúc Trạch ghép Hương Trạch", "other"),
    ("Nước rửa chén bồ hòn sả chanh", "other"),
    ("Muối ngâm chân thảo dược Cẩm Lạc", "herbal"),
    ("Muối ớt Hà Tĩnh", "food"),
])
def test_category_of_a_product_name(name, category):
    assert category_of(name) == category


def test_a_head_word_counts_only_in_the_product_name_position():
    assert category_of("", "Phương án sản xuất nước uống đóng chai") == "beverage"
    assert category_of("Bánh đa", "Nước") == "food"


@pytest.mark.parametrize("name,want", [
    ("Trà mướp đắng Vũ Quang", "herbal"), ("Trà hà thủ ô Sơn Hồng", "herbal"), ("Trà lá ổi Phú Việt", "herbal"),
    ("Trà xanh Kỳ Sơn", "beverage"), ("Chè búp Hương Sơn", "beverage"), ("Trà Thái Nguyên", "beverage"),
    ("Trà sen Tây Hồ", "beverage"), ("Chè lam Thạch Hà", "food"),
    ("Trà gạo lứt đỏ rang Đồng Lộc", "beverage"), ("Trà ngô rang Kỳ Anh", "beverage"),  # roasted grains
])
def test_a_tea_named_by_another_plant_is_herbal(name, want):
    assert category_of(name) == want


def test_a_quoted_product_name_after_its_kind_in_the_title_loses_the_quotes():
    from pipeline.entities import _clean_title_product

    assert _clean_title_product('DỊCH VỤ "TRẢI NGHIỆM TRANG TRẠI DÊ SƠN HỒNG"') == "TRẢI NGHIỆM TRANG TRẠI DÊ SƠN HỒNG"


def test_a_title_ends_before_its_period_written_without_the_word():
    from pipeline.entities import _clean_title_product

    assert _clean_title_product("MẬT ONG HOA KEO LÁ TRÀM CẨM HƯNG, 2026 – 2029") == "MẬT ONG HOA KEO LÁ TRÀM CẨM HƯNG"
    assert _clean_title_product("NƯỚC MẮM NHĨ 2026-2028") == "NƯỚC MẮM NHĨ"
    assert _clean_title_product("GẠO HỮU CƠ ST25") == "GẠO HỮU CƠ ST25"


@pytest.mark.parametrize("title,want", [
    # sets 54 and 98 (bc03, cu10): production and its sale, then the product
    ("PHƯƠNG ÁN SẢN XUẤT VÀ TIÊU THỤ SẢN PHẨM RAU NHÀ MÀNG THẠCH LẠC", "RAU NHÀ MÀNG THẠCH LẠC"),
    ("PHƯƠNG ÁN SẢN XUẤT VÀ TIÊU THỤ NẤM SÒ TƯƠI THƯỢNG LỘC", "NẤM SÒ TƯƠI THƯỢNG LỘC"),
    ("PHƯƠNG ÁN SẢN XUẤT DƯA HẤU", "DƯA HẤU"),
    ("PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MẬT ONG", "MẬT ONG"),
])
def test_a_title_of_production_and_sale_names_the_product_after_them(title, want):
    from pipeline.entities import _TITLE_START, _clean_title_product

    m = _TITLE_START.search(title)
    assert m and _clean_title_product(title[m.end():]) == want


@pytest.mark.parametrize("text,want", [
    ("thư điện tử ngantruoiherbs(@)gmail.com. Giám đốc", "ngantruoiherbs@gmail.com"),
    ("Email: banhkhomecamnhuong(gmail.com.", "banhkhomecamnhuong@gmail.com"),
    ("Email: htx.camxuyen@gmail.com", "htx.camxuyen@gmail.com"),
])
def test_an_email_the_ocr_misread_around_its_at_sign(text, want):
    from pipeline.entities import _EMAIL, _EMAIL_AT

    m = _EMAIL.search(text)
    assert m and _EMAIL_AT.sub("@", m.group(0), count=1).strip(".") == want
    assert not _EMAIL.search("chi phí (gồm điện.nước) 5 triệu")


def test_a_title_word_a_scan_read_with_a_wrong_tone_takes_the_texts_spelling():
    from pipeline.entities import _proper_case

    full = "Hợp tác xã Bánh canh Thạch Khê ở xã Thạch Khê. Bánh canh khô Thạch Khê làm từ gạo."
    assert _proper_case("BÁNH CANH KHÔ THẠCH KHẾ", full) == "Bánh canh khô Thạch Khê"


def test_a_quoted_name_after_du_lich_in_the_title_loses_its_kind_and_quotes():
    from pipeline.entities import _clean_title_product

    assert _clean_title_product('DỊCH VỤ DU LỊCH "TRẢI NGHIỆM LÀM BÁNH ĐA VƯỢNG LỘC"') == \
        "TRẢI NGHIỆM LÀM BÁNH ĐA VƯỢNG LỘC"


def test_a_product_name_is_not_extended_by_the_producer_s_name():
    from pipeline.entities import _extend_brand

    # "Hộ kinh doanh Bánh tẻ Bà Hiền" is the producer's name; the product stays "Bánh tẻ"
    text = "Hộ kinh doanh Bánh tẻ Bà Hiền – xã Tân Lộc. Bánh tẻ làm từ bột gạo tẻ, nhân thịt."
    assert _extend_brand("Bánh tẻ", text) == "Bánh tẻ"
    # a brand in the text extends it ("thương hiệu Miến gạo Cẩm Trung")
    assert _extend_brand("Miến gạo", "Sản phẩm mang thương hiệu Miến gạo Cẩm Trung.") == "Miến gạo Cẩm Trung"


def test_a_scan_s_address_and_e_mail_read_despite_a_lost_comma_or_a_doubled_at():
    from pipeline.entities import _EMAIL, _EMAIL_AT, _commune_in

    assert _commune_in("Địa chỉ: thôn Bắc Thượng, xã Thạch Đài tỉnh Hà Tĩnh Điện thoại") == "Thạch Đài"
    m = _EMAIL.search("Email: htxchanhsachthachdai(@@gmail.com.")
    assert m and _EMAIL_AT.sub("@", m.group(0), count=1).strip(".") == "htxchanhsachthachdai@gmail.com"


def test_a_legal_form_the_producer_has_not_taken_is_not_its_form():
    from pipeline.entities import _NOT_YET, legal_form_of

    text = "Nhóm gồm 5 hộ ở thôn Đồng Văn. Nhóm chưa làm thủ tục thành lập tổ hợp tác, các hộ tự làm tại nhà."
    assert legal_form_of(_NOT_YET.sub(" ", text), text) == "other"
    assert legal_form_of("Tổ hợp tác Ớt cay Đức Lạng", text) == "to_hop_tac"


def test_a_name_the_scan_joined_to_the_plan_title_below_it_ends_before_the_title():
    from pipeline.entities import _cut

    assert _cut("Hợp tác xã nông nghiệp bắp vàng Tùng Ảnh phương án sản xuất") == \
        "Hợp tác xã nông nghiệp bắp vàng Tùng Ảnh"
    assert _cut("Công ty TNHH Kế Hoạch Xanh") == "Công ty TNHH Kế Hoạch Xanh"


def test_a_wide_table_s_header_row_is_no_label_and_value():
    # "Khách hàng | Địa chỉ | Sản phẩm | Sản lượng dự kiến" is a header row, not "Sản phẩm: Sản lượng dự kiến"
    # (set 69, br10); a label-value row of a table is still read
    from pipeline.entities import find_producer_product
    from pipeline.models import Block, BlockKind, Document

    def doc(rows):
        return Document(source="x.docx", sha256="0" * 64, format="docx", blocks=[
            Block(kind=BlockKind.heading, text="PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CHỔI ĐÓT PHÚC HƯƠNG", level=1),
            Block(kind=BlockKind.table, text="\n".join(" | ".join(r) for r in rows), rows=rows)])

    header = [["Khách hàng", "Địa chỉ", "Sản phẩm", "Sản lượng dự kiến năm 2027 (chiếc)"],
              ["Công ty TNHH Hồng Lam", "TP Vinh", "Chổi cán tre", "12.000"]]
    assert find_producer_product(doc(header))[1].name.lower() == "chổi đót phúc hương"
    labelled = [["1", "Tên sản phẩm", "Chổi đót Hương Đô"], ["2", "Giá bán", "35.000 đồng/chiếc"]]
    assert find_producer_product(doc(labelled))[1].name == "Chổi đót Hương Đô"


def test_an_upper_case_heading_about_the_cooperative_is_no_name():
    # "THÔNG TIN VỀ HỢP TÁC XÃ VÀ SẢN PHẨM" (set 70, bs03): the name is the one the paragraph gives
    from pipeline.entities import _org_names

    assert list(_org_names("THÔNG TIN VỀ HỢP TÁC XÃ VÀ SẢN PHẨM")) == []
    assert list(_org_names("HỢP TÁC XÃ NUÔI ONG NGÀN TRƯƠI")) == ["HỢP TÁC XÃ NUÔI ONG NGÀN TRƯƠI"]


def test_tea_ware_is_handicraft_a_boxed_tea_is_not():
    # "Hộp trà gỗ mít chạm khắc" (set 73, bv07): the box is the product, the tea what it is for
    assert category_of("Hộp trà gỗ mít chạm khắc") == "handicraft"
    assert category_of("Bộ ấm trà gốm Cẩm Hà") == "handicraft"
    assert category_of("Hộp trà sen Tịnh Tâm") == "beverage"


def test_a_name_that_opens_with_a_trade_verb_is_still_a_name():
    from pipeline.entities import _org_names

    assert list(_org_names("Tổ hợp tác trồng nấm Thạch Ngọc")) == ["Tổ hợp tác trồng nấm Thạch Ngọc"]


def test_a_family_named_by_its_head_is_a_household_and_its_name_ends_with_its_line():
    from pipeline.entities import find_producer_product, legal_form_of
    from pipeline.models import Block, BlockKind, Document

    # an unregistered family is "other"; registered as a household business, "ho_kinh_doanh"
    assert legal_form_of("Gia đình ông Phạm Văn Dũng", "Gia đình trồng rau cải và muối dưa.") == "other"
    assert legal_form_of("Hộ bà Hồ Thị Thu", "Hộ kinh doanh số 28A8001234 cấp năm 2021.") == "ho_kinh_doanh"
    # the name on the first line is not continued by the title on the next
    doc = Document(source="x.pdf", sha256="0" * 64, format="pdf", blocks=[
        Block(kind=BlockKind.paragraph, text="Gia đình ông Phạm Văn Dũng"),
        Block(kind=BlockKind.paragraph, text="PHƯƠNG ÁN SẢN XUẤT KINH DOANH DƯA CẢI MUỐI HÒA MỸ"),
        Block(kind=BlockKind.paragraph, text="Gia đình ông Phạm Văn Dũng ở xóm Tân Mỹ, xã Hòa Mỹ.")])
    producer, _product = find_producer_product(doc)
    assert (producer.name, producer.legal_form) == ("Gia đình ông Phạm Văn Dũng", "other")
