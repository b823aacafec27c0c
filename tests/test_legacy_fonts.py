"""Legacy Vietnamese encodings (TCVN3 / ABC, VNI-Windows) -> Unicode."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import legacy_fonts as lf
from pipeline.ingest.legacy_fonts import (
    detect_encoding,
    is_capital_font,
    is_legacy_font,
    repair,
    tcvn3_needs_capital_font,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)

PARAS = [
    "Hợp tác xã Nông nghiệp Thạch Xuân được thành lập năm 2015 tại xã Thạch Xuân, huyện Thạch"
    " Hà, tỉnh Hà Tĩnh. Hiện nay hợp tác xã có 45 thành viên, trong đó có 12 lao động thường "
    "xuyên và khoảng 30 lao động thời vụ vào mùa thu hoạch.",
    "Phương án sản xuất kinh doanh giai đoạn 2024 - 2026 tập trung vào sản phẩm nước mắm "
    "truyền thống ủ chượp từ cá cơm và muối biển. Sản lượng dự kiến đạt 12.000 lít mỗi năm, "
    "doanh thu khoảng 1.250.000.000 đồng, lợi nhuận trước thuế ước tính 180 triệu đồng.",
    "Nguồn nguyên liệu được thu mua ổn định từ các hộ ngư dân trong vùng theo hợp đồng bao "
    "tiêu dài hạn. Quy trình chế biến bảo đảm vệ sinh an toàn thực phẩm, có giấy chứng nhận "
    "cơ sở đủ điều kiện và được kiểm nghiệm định kỳ sáu tháng một lần.",
    "Thị trường tiêu thụ chủ yếu là các tỉnh miền Trung và Hà Nội; sản phẩm đã có mặt tại hai"
    " mươi cửa hàng đặc sản, ba siêu thị và bán trực tuyến. Đơn vị sẽ mở rộng kênh phân phối,"
    " tham gia hội chợ xúc tiến thương mại và xây dựng nhãn hiệu tập thể.",
    "Để thực hiện phương án, hợp tác xã cần vốn đầu tư 850 triệu đồng, trong đó vốn tự có "
    "chiếm 40%, phần còn lại vay ưu đãi từ Ngân hàng Chính sách xã hội. Rủi ro lớn nhất là "
    "thời tiết bất thường, giá muối tăng cao và thiếu lao động có kỹ thuật; những rủi ro này "
    "đã được dự phòng bằng quỹ riêng.",
    "Ủy ban nhân dân xã cam kết hỗ trợ mặt bằng, hướng dẫn thủ tục và giới thiệu sản phẩm. "
    "Ông Nguyễn Văn Ẩn, Giám đốc, chịu trách nhiệm điều hành; bà Lê Thị Ỷ phụ trách kế toán; "
    "anh Trần Ứng Ời phụ trách kỹ thuật. Đồng thời, các thành viên góp ý kiến để cải tiến mẫu"
    " mã, bao bì và ghi nhãn.",
]

TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
LOWER = [unicodedata.normalize("NFC", b + t)
         for b in "a ă â e ê i o ô ơ u ư y".split() for t in TONES]
LOWER += ["đ"]
ALL_LETTERS = LOWER + [c.upper() for c in LOWER]  # 146 = 134 Vietnamese letters + 12 plain vowels
TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ"

KNOWN = {
    # unicode: (TCVN3 as stored in a .docx, VNI as stored)
    "Hợp tác xã": ("Hîp t¸c x·", "Hôïp taùc xaõ"),
    "Phương án sản xuất kinh doanh": ("Ph\u00ad¬ng ¸n s¶n xuÊt kinh doanh",
                                      "Phöông aùn saûn xuaát kinh doanh"),
    "Hà Tĩnh": ("Hµ TÜnh", "Haø Tónh"),
    "nước mắm": ("n\u00adíc m¾m", "nöôùc maém"),
    "Đồng": ("§ång", "Ñoàng"),
    "Việt Nam": ("ViÖt Nam", "Vieät Nam"),
}


def _tcvn3_expected(s: str) -> str:
    """What TCVN3 can carry in the normal font: capital toned letters become lower case."""
    return "".join(c.lower() if c.isupper() and c not in TCVN3_CAPITALS and ord(c) > 0x7F else c
                   for c in s)


# --- tables --------------------------------------------------------------------------------


def test_table_sizes():
    assert len(set(lf._TCVN3_CODES)) == 74
    assert len(set(lf._VNI_CODES)) == 73
    assert len(ALL_LETTERS) == 146


@pytest.mark.parametrize("word", list(KNOWN))
def test_known_words(word):
    tcvn3, vni = KNOWN[word]
    assert unicode_to_tcvn3(word) == tcvn3
    assert tcvn3_to_unicode(tcvn3) == word
    assert unicode_to_vni(word) == vni
    assert vni_to_unicode(vni) == word


def test_vectors_from_other_converters():
    # Examples printed by public converters (Unikey-style tables), independent of ours.
    assert vni_to_unicode("Xin chaøo caùc baïn") == "Xin chào các bạn"
    assert tcvn3_to_unicode("B¶o Th¾ng") == "Bảo Thắng"
    assert tcvn3_to_unicode("B¸t X¸t") == "Bát Xát"
    assert tcvn3_to_unicode("Ninh B×nh") == "Ninh Bình"


def _iconv_tcvn(byte: int) -> str | None:
    r = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([byte]),
                       capture_output=True, check=False)
    return r.stdout.decode("utf-8") if r.returncode == 0 else None


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv")
def test_tcvn3_table_matches_glibc_iconv():
    if _iconv_tcvn(0xB8) is None:
        pytest.skip("iconv lacks TCVN5712-1")
    for code, letter in zip(lf._TCVN3_CODES, lf._TCVN3_UNI):
        # The .docx holds the Latin-1 character of the byte.
        assert _iconv_tcvn(ord(code)) == letter, (hex(ord(code)), letter)


def test_every_letter_tcvn3():
    for ch in ALL_LETTERS:
        enc = unicode_to_tcvn3(ch)
        assert len(enc) == 1
        assert all(ord(c) < 0x100 for c in enc)
        assert tcvn3_to_unicode(enc) == _tcvn3_expected(ch)
        assert tcvn3_to_unicode(enc, upper=True) == ch.upper()


def test_every_letter_vni():
    for ch in ALL_LETTERS:
        enc = unicode_to_vni(ch)
        assert 1 <= len(enc) <= 2
        assert all(ord(c) < 0x100 for c in enc)
        assert vni_to_unicode(enc) == ch


def test_vni_capitals_use_capital_marks_and_mixed_case_decodes():
    assert unicode_to_vni("ẤP") == "AÁP"
    assert vni_to_unicode("AÙO") == "ÁO"
    assert vni_to_unicode("Aùo") == "Áo"  # Word "Change case" on VNI text
    assert vni_to_unicode("NÖÔÙC MAÉM") == "NƯỚC MẮM"


# --- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("para", PARAS)
def test_round_trip_tcvn3(para):
    enc = unicode_to_tcvn3(para)
    assert all(ord(c) < 0x100 for c in enc)
    assert tcvn3_to_unicode(enc) == _tcvn3_expected(para)


@pytest.mark.parametrize("para", PARAS)
def test_round_trip_vni(para):
    enc = unicode_to_vni(para)
    assert all(ord(c) < 0x100 for c in enc)
    assert vni_to_unicode(enc) == para


def test_round_trip_decomposed_input():
    nfd = unicodedata.normalize("NFD", PARAS[1])
    assert vni_to_unicode(unicode_to_vni(nfd)) == PARAS[1]
    assert tcvn3_to_unicode(unicode_to_tcvn3(nfd)) == PARAS[1]


def test_all_letters_in_running_text():
    text = " ".join("t" + c + "n" for c in ALL_LETTERS)
    assert vni_to_unicode(unicode_to_vni(text)) == text
    assert tcvn3_to_unicode(unicode_to_tcvn3(text)) == _tcvn3_expected(text)


# --- capital (H) fonts ---------------------------------------------------------------------


def test_h_font_upper_case():
    heading = "PHƯƠNG ÁN SẢN XUẤT KINH DOANH CỦA HỢP TÁC XÃ NÔNG NGHIỆP THẠCH XUÂN"
    assert tcvn3_needs_capital_font(heading)
    # The builder types the lower-case codes and sets the run in .VnTimeH.
    stored = unicode_to_tcvn3(heading.lower())
    assert stored.startswith("ph\u00ad¬ng ¸n s¶n")
    assert tcvn3_to_unicode(stored, upper=True) == heading
    assert repair(stored, ".VnTimeH") == (heading, "tcvn3")
    assert repair(stored, ".VnTime") == (heading.lower(), "tcvn3")
    # Upper-case input gives the same codes for toned letters.
    assert tcvn3_to_unicode(unicode_to_tcvn3(heading), upper=True) == heading


def test_needs_capital_font():
    assert not tcvn3_needs_capital_font("Đồng Văn Ăn ƯƠNG ÂÊÔ")
    assert tcvn3_needs_capital_font("Ấp")
    assert tcvn3_needs_capital_font("Á")


# --- font names ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected", "capital"), [
    (".VnTime", "tcvn3", False),
    (".VnTimeH", "tcvn3", True),
    (".VnArial", "tcvn3", False),
    (".VnArialH", "tcvn3", True),
    (".VnArial NarrowH", "tcvn3", True),
    (".VNTIME", "tcvn3", False),
    ("VNI-Times", "vni", False),
    ("VNI-Helve", "vni", False),
    ("Vni-Helve-Condense", "vni", False),
    ("VniHelvetica", "vni", False),
    ("VNtimes new roman", None, False),  # a VietWare font, not TCVN3 or VNI
    ("Times New Roman", None, False),
    ("Arial", None, False),
    ("", None, False),
    (None, None, False),
])
def test_is_legacy_font(name, expected, capital):
    assert is_legacy_font(name) == expected
    assert is_capital_font(name) is capital


# --- detection -----------------------------------------------------------------------------


@pytest.mark.parametrize("para", PARAS)
def test_detect_paragraphs(para):
    assert detect_encoding(unicode_to_tcvn3(para)) == "tcvn3"
    assert detect_encoding(unicode_to_vni(para)) == "vni"
    assert detect_encoding(para) is None
    assert detect_encoding(unicodedata.normalize("NFD", para)) is None
    assert detect_encoding(para.upper()) is None


def test_detect_short_sentences():
    s = "Hợp tác xã sản xuất nước mắm truyền thống tại Hà Tĩnh"
    assert detect_encoding(unicode_to_tcvn3(s)) == "tcvn3"
    assert detect_encoding(unicode_to_vni(s)) == "vni"


NEGATIVES = [
    "The cooperative was established in 2015 and now has 45 members. Revenue is expected to reach "
    "1.25 billion dong per year, with a profit before tax of about 180 million dong © 2024 § 3.",
    "Hop tac xa Nong nghiep Thach Xuan duoc thanh lap nam 2015 tai xa Thach Xuan, huyen Thach Ha, "
    "tinh Ha Tinh. Phuong an san xuat kinh doanh nuoc mam truyen thong.",
    "Tôi là giáo viên, chị ấy là bác sĩ. Tôi muốn mua cá và rau ở chợ. Ai cũng có",
    "Xin chào, tôi tên là Nam. Tôi là giáo viên và tôi yêu nghề. Hoà bình, khoá học, toà nhà",
    "1.250.000 đ; 2.500.000đ; 15.000 VNĐ/kg; USD 1,250.00; § 3; © 2024; ® OCOP; 25°C; 12,5 m²; ±5%",
    "Giá: 1.250.000 đ (§ 3 Điều 5) © Bản quyền ® 2024 · · · « » ¶ µm × ÷ ½ kg",
    "1.250.000 đ",
    "§ 3",
    "©",
    "Le marché de Noël à Besançon présente des spécialités régionales : pâtés, crêpes "
    "et vin chaud. "
    "«Où êtes-vous allé?» demanda-t-il. «Ça coûte très cher», répondit François.",
    "Die Größe der Anlage übertrifft alle Erwartungen. Müller und Schäfer prüfen täglich "
    "die Qualität.",
    "¡Hola! ¡Vamos! El año pasado la señora Muñoz vendió más de doce mil litros. ¿Dónde está?",
    "La col·lecció del museu és molt interessant; els intel·lectuals i la il·lusió.",
    "\uf0b7 Nguồn vốn \uf0b7 Thị trường \u2022 Rủi ro",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_detect_negatives(text):
    assert detect_encoding(text) is None
    assert repair(text) == (unicodedata.normalize("NFC", text), None)


def test_detect_needs_some_text():
    assert detect_encoding(unicode_to_tcvn3("Hợp tác")) is None
    assert detect_encoding(unicode_to_vni("Hợp tác")) is None


# --- repair --------------------------------------------------------------------------------


def test_repair_by_font_and_by_detection():
    para = PARAS[0]
    assert repair(unicode_to_tcvn3(para), ".VnTime") == (_tcvn3_expected(para), "tcvn3")
    assert repair(unicode_to_vni(para), "VNI-Times") == (para, "vni")
    assert repair(unicode_to_tcvn3(para)) == (_tcvn3_expected(para), "tcvn3")
    assert repair(unicode_to_vni(para)) == (para, "vni")
    # Font name wins even where detection would not fire (short run).
    assert repair("Hîp t¸c", ".VnTime") == ("Hợp tác", "tcvn3")
    assert repair("Hôïp taùc", "VNI-Times") == ("Hợp tác", "vni")
    # A Unicode font: detection decides.
    assert repair(unicode_to_vni(para), "Times New Roman") == (para, "vni")


def test_repair_leaves_unicode_in_legacy_font_alone():
    # Text already converted to Unicode but still formatted with the old font.
    assert repair(PARAS[2], ".VnTime") == (PARAS[2], None)
    assert repair(PARAS[2], "VNI-Times") == (PARAS[2], None)


def test_repair_output_is_nfc():
    nfd = unicodedata.normalize("NFD", PARAS[3])
    assert repair(nfd) == (PARAS[3], None)
    out, enc = repair(unicode_to_vni(PARAS[3]), "VNI-Times")
    assert enc == "vni" and unicodedata.is_normalized("NFC", out)


@settings(max_examples=400, deadline=None)
@given(text=st.text(), font=st.one_of(st.none(), st.sampled_from(
    [".VnTime", ".VnTimeH", "VNI-Times", "Arial", "", "VNtimes new roman"]), st.text(max_size=12)))
def test_repair_never_raises(text, font):
    out, enc = repair(text, font)
    assert enc in (None, "tcvn3", "vni")
    assert unicodedata.is_normalized("NFC", out)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x24F)))
def test_latin_text_never_raises(text):
    for f in (tcvn3_to_unicode, vni_to_unicode, unicode_to_tcvn3, unicode_to_vni, detect_encoding):
        f(text)
    tcvn3_to_unicode(text, upper=True)
