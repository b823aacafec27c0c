"""The feedback letter (.docx, NĐ 30/2020 format) and the covering email."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from pipeline.models import Finding, Producer, Product, Review, Scores
from pipeline.render import LetterSettings, render_email, write_feedback
from pipeline.render.feedback import TEMPLATE, VERDICT_TEXT, letter_date
from pipeline.sections import load_vocabulary

LETTER = LetterSettings(date=date(2026, 11, 29), signer_name="Nguyễn Văn An")
NASTY = "HTX {{ 7*7 }} <script>alert(1)</script> & “Sim” {%p endfor %}"


def finding(rule, severity, section, message, evidence="", legal=(), category="feasibility"):
    return Finding(
        rule=rule,
        category=category,
        severity=severity,
        section=section,
        message=message,
        evidence=evidence,
        legal_basis=list(legal),
    )


def make_review(
    findings=None, producer="Hợp tác xã Nông nghiệp Sim Xanh Thạch Xuân", verdict="revise"
) -> Review:
    if findings is None:
        findings = [
            finding(
                "no-trademark",
                "warning",
                "compliance",
                "Phương án chưa nêu việc đăng ký nhãn hiệu. Đề nghị bổ sung kế hoạch đăng ký.",
                "Sản phẩm mang tên Rượu nếp sim Thạch Xuân",
                ["Luật Sở hữu trí tuệ 2005 (sửa đổi, bổ sung năm 2022)"],
                "compliance",
            ),
            finding(
                "revenue-mismatch",
                "error",
                "financials",
                "Doanh thu ghi 1,5 tỷ đồng nhưng sản lượng × giá bán chỉ là 1,02 tỷ đồng. "
                "Đề nghị tính lại doanh thu.",
                "Doanh thu dự kiến năm 2027: 1.500.000.000 đồng; sản lượng 12.000 lít",
            ),
            finding(
                "thin-section",
                "warning",
                "market",
                "Phần thị trường còn sơ sài. Đề nghị nêu rõ khách hàng, kênh phân phối.",
                "Thị trường rộng lớn, nhu cầu ngày càng tăng.",
                category="depth",
            ),
            finding(
                "no-alcohol-license",
                "error",
                "compliance",
                "Phương án chưa nêu giấy phép sản xuất rượu. Đề nghị bổ sung kế hoạch xin cấp.",
                "Sản phẩm được nấu theo phương pháp truyền thống",
                ["Nghị định 105/2017/NĐ-CP về kinh doanh rượu"],
                "compliance",
            ),
            finding(
                "no-figures",
                "error",
                None,
                "Phương án gần như không có số liệu định lượng. Đề nghị bổ sung.",
                "Số liệu định lượng trong phương án (3): 2 lao động; 500 g; 4 sào",
                category="depth",
            ),
        ]
    return Review(
        source="ruou_nep_sim.docx",
        sha256="0" * 64,
        format="docx",
        producer=Producer(
            name=producer, legal_form="htx", email="htx@example.vn", commune="Thạch Xuân"
        ),
        product=Product(name="Rượu nếp sim Thạch Xuân", category="beverage_alcohol"),
        sections=[],
        findings=findings,
        scores=Scores(completeness=88, depth=74, feasibility=55, compliance=38, overall=66),
        verdict=verdict,
    )


def render(
    tmp_path: Path, review: Review, previous: Review | None = None, letter: LetterSettings = LETTER
):
    out = tmp_path / "plan.feedback.docx"
    write_feedback(review, out, previous=previous, letter=letter)
    return Document(str(out)), out


def body_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)


def runs_with(container, text):
    return [r for p in container.paragraphs for r in p.runs if text in r.text]


# ---------------------------------------------------------------- layout (NĐ 30/2020)


def test_page_a4_margins_and_font(tmp_path):
    doc, _ = render(tmp_path, make_review())
    sec = doc.sections[0]
    assert abs(sec.page_width.mm - 210) < 0.5 and abs(sec.page_height.mm - 297) < 0.5
    assert abs(sec.top_margin.mm - 20) < 0.5 and abs(sec.bottom_margin.mm - 20) < 0.5
    assert abs(sec.left_margin.mm - 30) < 0.5 and abs(sec.right_margin.mm - 15) < 0.5
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    fonts = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert {fonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {
        "Times New Roman"
    }
    # No run or style names any other font.
    for style in doc.styles:
        if getattr(style, "font", None) is not None and style.font.name:
            assert style.font.name == "Times New Roman", style.name
    for p in doc.paragraphs:
        for r in p.runs:
            assert r.font.name in (None, "Times New Roman")
    # Body text: 13-14 pt, justified, first-line indent.
    body = doc.styles["OCOP Body"]
    assert 13 <= body.font.size.pt <= 14
    assert body.paragraph_format.alignment == 3  # WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body.paragraph_format.first_line_indent.cm >= 1.0


def test_page_numbers_from_page_two(tmp_path):
    doc, _ = render(tmp_path, make_review())
    sec = doc.sections[0]
    assert sec.different_first_page_header_footer
    assert "PAGE" in sec.header._element.xml
    hp = sec.header.paragraphs[0]
    assert (hp.alignment or hp.style.paragraph_format.alignment) == 1  # centred
    assert "PAGE" not in sec.first_page_header._element.xml


def test_header_block(tmp_path):
    doc, _ = render(tmp_path, make_review())
    head = doc.tables[0]
    left = "\n".join(c.text for c in head.columns[0].cells)
    right = "\n".join(c.text for c in head.columns[1].cells)
    assert "UBND TỈNH HÀ TĨNH" in left
    assert "VĂN PHÒNG ĐIỀU PHỐI\nNÔNG THÔN MỚI TỈNH HÀ TĨNH" in left
    assert "Số: ……/VPĐP" in left
    assert "V/v góp ý phương án sản xuất kinh doanh sản phẩm Rượu nếp sim Thạch Xuân" in left
    body_runs = runs_with(head.cell(0, 0), "NÔNG THÔN MỚI")
    assert body_runs and all(r.bold for r in body_runs)

    title = runs_with(head.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert title and title[0].bold and 12 <= title[0].font.size.pt <= 13
    motto = runs_with(head.cell(0, 1), "Độc lập - Tự do - Hạnh phúc")
    assert motto and motto[0].bold and motto[0].underline and 13 <= motto[0].font.size.pt <= 14
    assert right.index("CỘNG HÒA") < right.index("Độc lập")
    date_runs = runs_with(head.cell(1, 1), "Hà Tĩnh, ngày 29 tháng 11 năm 2026")
    assert date_runs and date_runs[0].italic

    kinh_gui = [p for p in doc.paragraphs if p.text.startswith("Kính gửi:")]
    assert kinh_gui and kinh_gui[0].text == "Kính gửi: Hợp tác xã Nông nghiệp Sim Xanh Thạch Xuân"


def test_letter_date_leading_zeros():
    assert letter_date(date(2026, 2, 5), "Hà Tĩnh") == "Hà Tĩnh, ngày 05 tháng 02 năm 2026"
    assert letter_date(date(2026, 11, 29), "Hà Tĩnh") == "Hà Tĩnh, ngày 29 tháng 11 năm 2026"


# ---------------------------------------------------------------- content


def test_summary_and_scores(tmp_path):
    doc, _ = render(tmp_path, make_review())
    text = body_text(doc)
    assert VERDICT_TEXT["revise"] in text
    assert "5 nội dung, gồm 3 nội dung yêu cầu chỉnh sửa, 2 nội dung đề nghị bổ sung" in text
    scores = doc.tables[1]
    rows = [[c.text for c in r.cells] for r in scores.rows]
    assert rows[0] == ["Nhóm tiêu chí", "Điểm"]
    assert [r[1] for r in rows[1:]] == ["88", "74", "55", "38", "66"]
    assert rows[-1][0] == "Điểm tổng hợp"


def test_findings_grouped_in_contract_order(tmp_path):
    doc, _ = render(tmp_path, make_review())
    names = load_vocabulary().names
    groups = [p.text for p in doc.paragraphs if p.style.name == "OCOP Group"]
    assert groups == [
        "1. Nhận xét chung",
        f"2. {names['market']}",
        f"3. {names['financials']}",
        f"4. {names['compliance']}",
    ]
    text = "\n".join(p.text for p in doc.paragraphs)
    # Within "compliance" the error comes before the warning, whatever the input order.
    assert text.index("giấy phép sản xuất rượu") < text.index("đăng ký nhãn hiệu")
    assert "a) Yêu cầu chỉnh sửa: Phương án chưa nêu giấy phép sản xuất rượu" in text
    assert "b) Đề nghị bổ sung: Phương án chưa nêu việc đăng ký nhãn hiệu" in text


def test_evidence_and_legal_basis(tmp_path):
    doc, _ = render(tmp_path, make_review())
    quote = [
        p
        for p in doc.paragraphs
        if p.text
        == "Phương án ghi: “Doanh thu dự kiến năm 2027: 1.500.000.000 đồng; sản lượng 12.000 lít”"
    ]
    assert quote and quote[0].style.name == "OCOP Evidence" and quote[0].style.font.italic
    basis = [p.text for p in doc.paragraphs if p.text.startswith("Căn cứ:")]
    assert "Căn cứ: Nghị định 105/2017/NĐ-CP về kinh doanh rượu." in basis
    assert "Căn cứ: Luật Sở hữu trí tuệ 2005 (sửa đổi, bổ sung năm 2022)." in basis
    assert len(basis) == 2  # findings without a legal basis get no "Căn cứ" line


def test_repeated_evidence_is_quoted_once(tmp_path):
    headings = "Các đề mục trong phương án: I. GIỚI THIỆU; II. THỊ TRƯỜNG"
    rv = make_review(
        [
            finding(
                "missing-section",
                "error",
                "investment",
                "Phương án chưa có phần vốn.",
                headings,
                category="completeness",
            ),
            finding(
                "missing-section",
                "warning",
                "risks",
                "Phương án chưa có phần rủi ro.",
                headings,
                category="completeness",
            ),
        ]
    )
    doc, _ = render(tmp_path, rv)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.count(headings) == 1
    assert "Phương án ghi: như đã trích dẫn tại điểm a mục 1." in text


def test_deadline_signature_recipients(tmp_path):
    doc, _ = render(tmp_path, make_review())
    text = body_text(doc)
    assert "trong thời hạn 15 ngày làm việc kể từ ngày nhận văn bản" in text
    sig = doc.tables[-1]
    left, right = sig.cell(0, 0).text, sig.cell(0, 1).text
    assert left.startswith("Nơi nhận:") and "- Như trên;" in left and "- Lưu: VT." in left
    assert "CHÁNH VĂN PHÒNG" in right and right.rstrip().endswith("Nguyễn Văn An")

    letter = LetterSettings(
        date=date(2026, 3, 2),
        deadline_days=10,
        signer_on_behalf="KT. Chánh Văn phòng",
        signer_title="Phó Chánh Văn phòng",
    )
    doc, _ = render(tmp_path, make_review(), letter=letter)
    text = body_text(doc)
    assert "trong thời hạn 10 ngày làm việc kể từ ngày nhận văn bản" in text
    assert "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG" in doc.tables[-1].cell(0, 1).text


def test_settings_from_environment(monkeypatch):
    monkeypatch.setenv("OCOP_LETTER_DEADLINE_DAYS", "20")
    monkeypatch.setenv("OCOP_LETTER_SIGNER_NAME", "Trần Thị Bình")
    s = LetterSettings()
    assert s.deadline_days == 20 and s.signer_name == "Trần Thị Bình"
    assert s.place == "Hà Tĩnh"


def test_ready_plan_without_findings(tmp_path):
    doc, _ = render(tmp_path, make_review([], verdict="ready"))
    text = body_text(doc)
    assert "Phương án cơ bản đáp ứng yêu cầu, có thể trình Hội đồng đánh giá" in text
    assert "Phương án không có nội dung phải chỉnh sửa." in text
    assert not [p for p in doc.paragraphs if p.style.name == "OCOP Group"]


# ---------------------------------------------------------------- producer text is data


def test_autoescape_producer_text_is_literal(tmp_path):
    rv = make_review(
        [
            finding(
                "thin-section",
                "warning",
                "market",
                "Đề nghị bổ sung {{ 7*7 }} <b>khách hàng</b>.",
                "Giá {% if true %}rẻ{% endif %} & tốt\x07\x0c",
            ),
        ],
        producer=NASTY,
    )
    doc, path = render(tmp_path, rv)
    text = body_text(doc)
    assert f"Kính gửi: {NASTY}" in text
    assert "Đề nghị bổ sung {{ 7*7 }} <b>khách hàng</b>." in text
    assert "Phương án ghi: “Giá {% if true %}rẻ{% endif %} & tốt”" in text
    assert "49" not in text
    assert doc.core_properties.subject == NASTY
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml and "&lt;script&gt;" in xml


def test_no_template_tag_left(tmp_path):
    doc, _ = render(tmp_path, make_review(), previous=make_review([]))
    text = body_text(doc)
    assert "{{" not in text and "{%" not in text


# ---------------------------------------------------------------- resubmission


def test_resubmission_section(tmp_path):
    before = make_review()
    # The producer fixed the revenue and the licence; the trademark remains; a new point appears.
    now = make_review(
        [f for f in before.findings if f.rule not in ("revenue-mismatch", "no-alcohol-license")]
        + [
            finding(
                "capital-mismatch",
                "error",
                "investment",
                "Các nguồn vốn không khớp tổng vốn. Đề nghị rà soát.",
                "Tổng vốn 1,2 tỷ",
            )
        ]
    )
    doc, _ = render(tmp_path, now, previous=before)
    paras = [p.text for p in doc.paragraphs]
    text = "\n".join(paras)
    assert "II. KẾT QUẢ TIẾP THU SO VỚI LẦN GÓP Ý TRƯỚC" in paras
    assert "III. GÓP Ý CỤ THỂ THEO TỪNG PHẦN CỦA PHƯƠNG ÁN" in paras
    assert "IV. ĐỀ NGHỊ" in paras
    resolved = text[
        text.index("1. Các nội dung đã tiếp thu") : text.index("2. Các nội dung chưa tiếp thu")
    ]
    remaining = text[text.index("2. Các nội dung chưa tiếp thu") : text.index("III. GÓP Ý CỤ THỂ")]
    assert "đã tiếp thu, chỉnh sửa (2)" in resolved
    assert "Doanh thu ghi 1,5 tỷ đồng" in resolved and "giấy phép sản xuất rượu" in resolved
    assert "chưa tiếp thu (3)" in remaining
    assert "đăng ký nhãn hiệu" in remaining and "số liệu định lượng" in remaining
    assert "phát sinh thêm 1 nội dung mới" in text
    assert "Đề nghị bổ sung (đã góp ý lần trước): Phương án chưa nêu việc đăng ký nhãn hiệu" in text


def test_first_submission_has_no_followup(tmp_path):
    doc, _ = render(tmp_path, make_review())
    paras = [p.text for p in doc.paragraphs]
    assert not any("KẾT QUẢ TIẾP THU" in p for p in paras)
    assert "II. GÓP Ý CỤ THỂ THEO TỪNG PHẦN CỦA PHƯƠNG ÁN" in paras


# ---------------------------------------------------------------- email


def test_email_text_and_html():
    mail = render_email(make_review(), LETTER)
    assert mail.subject == (
        "Góp ý phương án sản xuất kinh doanh sản phẩm Rượu nếp sim Thạch Xuân – "
        "Hợp tác xã Nông nghiệp Sim Xanh Thạch Xuân"
    )
    for body in (mail.text, mail.html):
        assert "Phương án cần chỉnh sửa, bổ sung" in body
        assert "5 nội dung, gồm 3 nội dung yêu cầu chỉnh sửa, 2 nội dung đề nghị bổ sung" in body
        assert "tệp Word" in body
        assert "trong thời hạn 15 ngày làm việc kể từ ngày nhận văn bản" in body
    assert mail.html.lstrip().startswith("<!DOCTYPE html>")


def test_email_escapes_html_not_text():
    mail = render_email(make_review(producer=NASTY + "\r\nBcc: x@example.com"), LETTER)
    assert "\n" not in mail.subject and "\r" not in mail.subject
    assert "<script>" not in mail.html and "&lt;script&gt;" in mail.html
    assert "{{ 7*7 }}" in mail.html and "49" not in mail.html
    assert "<script>alert(1)</script> & “Sim”" in mail.text
    assert "&lt;" not in mail.text and "&amp;" not in mail.text and "49" not in mail.text


# ---------------------------------------------------------------- the template itself


def test_committed_template_is_current(tmp_path):
    from pipeline.templates.make_feedback_template import build

    fresh = build(tmp_path / "t.docx")
    for part in ("word/document.xml", "word/styles.xml"):
        with zipfile.ZipFile(fresh) as a, zipfile.ZipFile(TEMPLATE) as b:
            assert a.read(part) == b.read(part), f"{part}: rerun make_feedback_template.py"


@pytest.mark.parametrize("verdict", ["ready", "revise", "sketchy"])
def test_every_verdict_renders(tmp_path, verdict):
    doc, _ = render(tmp_path, make_review(verdict=verdict))
    assert VERDICT_TEXT[verdict] in body_text(doc)
