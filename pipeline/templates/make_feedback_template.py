"""Build `feedback_template.docx`, the Word template of the feedback letter (công văn góp ý).

Run once after a change and commit the output:

    .venv/bin/python pipeline/templates/make_feedback_template.py

The letter follows Nghị định 30/2020/NĐ-CP, Phụ lục I (DOMAIN.md §10): A4 portrait, margins
20/20/30/15 mm, Times New Roman, national title and motto top right, issuing body top left, page
numbers centred in the top margin from page 2. Reviewers may edit the template in Word; the jinja2
tags (docxtpl syntax: `{%p ... %}` = a paragraph that only carries a tag, `{%tr ... %}` = a table
row that only carries a tag) must then stay whole. Every value comes from
`pipeline.render.feedback.feedback_context`; docxtpl renders with autoescaping, so producer text
is data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

OUT = Path(__file__).with_name("feedback_template.docx")
FONT = "Times New Roman"
BODY_PT = 14
TEXT_WIDTH_MM = 210 - 30 - 15  # A4 minus left and right margins


# ---------------------------------------------------------------- low-level helpers


def _fonts(rpr, size: float | None = None) -> None:
    """Times New Roman for every script slot (Word picks eastAsia/cs for some Vietnamese text)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size * 2)))


def _doc_defaults(doc) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _fonts(rpr, BODY_PT)


def _style(
    doc,
    name: str,
    *,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_line: float | None = 1.0,
    before: float = 6,
    after: float = 0,
    keep_next: bool = False,
    left: float | None = None,
):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.quick_style = True
    f = st.font
    f.name, f.size, f.bold, f.italic = FONT, Pt(size), bold, italic
    _fonts(st.element.get_or_add_rPr(), size)
    pf = st.paragraph_format
    pf.alignment = align
    pf.first_line_indent = Cm(first_line) if first_line else Cm(0)
    pf.left_indent = Cm(left) if left else Cm(0)
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pf.keep_with_next = keep_next
    pf.widow_control = True
    return st


def _para(
    container,
    text: str = "",
    style: str = "OCOP Body",
    *,
    bold: bool | None = None,
    italic: bool | None = None,
    underline: bool | None = None,
    size: float | None = None,
):
    p = container.add_paragraph(style=style)
    if text:
        _run(p, text, bold=bold, italic=italic, underline=underline, size=size)
    return p


def _run(
    p,
    text: str,
    *,
    bold: bool | None = None,
    italic: bool | None = None,
    underline: bool | None = None,
    size: float | None = None,
):
    r = p.add_run(text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if size is not None:
        r.font.size = Pt(size)
    return r


def _tag(container, tag: str):
    """A paragraph that only carries a docxtpl block tag (removed when rendered)."""
    return _para(container, tag, "OCOP Tag")


def _table(doc_or_cell, rows: int, widths_mm: list[float], *, grid: bool = False):
    t = doc_or_cell.add_table(rows=rows, cols=len(widths_mm))
    if grid:
        t.style = "Table Grid"
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(int(sum(widths_mm) / 25.4 * 1440)))
    width.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(width)
    for col, w in zip(t.columns, widths_mm, strict=True):
        col.width = Mm(w)
        for cell in col.cells:
            cell.width = Mm(w)
    return t


def _no_cell_margins(table, side_mm: float = 0.5) -> None:
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(side_mm / 25.4 * 1440)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def _cell_text(cell, text: str = "", style: str = "OCOP Center", **kw):
    """Fill a cell's first paragraph while it is untouched (no style, no runs), else add one."""
    p = cell.paragraphs[0]
    ppr = p._p.pPr
    untouched = len(cell.paragraphs) == 1 and not p.runs and (ppr is None or ppr.pStyle is None)
    if not untouched:
        p = cell.add_paragraph()
    p.style = cell.part.document.styles[style]
    if text:
        _run(p, text, **kw)
    return p


def _short_rule(cell, indent_mm: float) -> None:
    """The short horizontal line under the issuing body (a bottom border on an empty paragraph)."""
    p = _cell_text(cell, "", "OCOP Rule")
    p.paragraph_format.left_indent = Mm(indent_mm)
    p.paragraph_format.right_indent = Mm(indent_mm)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _page_field(p) -> None:
    """PAGE field (complex field, so Word and LibreOffice both update it)."""

    def fld(kind: str):
        r = OxmlElement("w:r")
        c = OxmlElement("w:fldChar")
        c.set(qn("w:fldCharType"), kind)
        r.append(c)
        return r

    p._p.append(fld("begin"))
    r = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    r.append(instr)
    p._p.append(r)
    p._p.append(fld("separate"))
    shown = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "2"
    shown.append(t)
    p._p.append(shown)
    p._p.append(fld("end"))


# ---------------------------------------------------------------- the template


def build(out: Path = OUT) -> Path:
    doc = Document()
    _doc_defaults(doc)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
    _fonts(normal.element.get_or_add_rPr(), BODY_PT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE

    # Built-in styles a reviewer may pick in Word (headings, list, macro...) also use Times New
    # Roman, not the theme's Calibri/Cambria or Courier.
    for st in doc.styles:
        rpr = st.element.rPr
        if rpr is not None:
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is not None:
                for attr in list(fonts.attrib):
                    del fonts.attrib[attr]
                _fonts(rpr)

    _style(doc, "OCOP Body")
    _style(doc, "OCOP Heading", bold=True, keep_next=True, before=8)
    _style(doc, "OCOP Group", bold=True, keep_next=True, before=8)
    _style(doc, "OCOP Evidence", italic=True, before=3)
    _style(doc, "OCOP Basis", before=3)
    _style(doc, "OCOP Tag", size=8, first_line=None, before=0)
    _style(doc, "OCOP Center", size=13, align=WD_ALIGN_PARAGRAPH.CENTER, first_line=None, before=0)
    _style(doc, "OCOP Rule", size=4, align=WD_ALIGN_PARAGRAPH.CENTER, first_line=None, before=0)
    _style(
        doc,
        "OCOP Recipient",
        size=14,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        first_line=None,
        before=12,
        after=6,
    )
    _style(doc, "OCOP Cc", size=11, align=WD_ALIGN_PARAGRAPH.LEFT, first_line=None, before=0)
    _style(
        doc, "OCOP Cell", size=13, align=WD_ALIGN_PARAGRAPH.LEFT, first_line=None, before=2, after=2
    )
    _style(
        doc,
        "OCOP Cell Center",
        size=13,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        first_line=None,
        before=2,
        after=2,
    )

    # Page: A4 portrait, NĐ 30 margins; page number centred in the top margin, none on page 1.
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    sec.header_distance, sec.footer_distance = Mm(8), Mm(8)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.style = doc.styles["OCOP Center"]
    _page_field(hp)
    sec.first_page_header.is_linked_to_previous = False

    # Header block: 3 rows x 2 columns, no borders.
    left_w, right_w = 75.0, TEXT_WIDTH_MM - 75.0
    head = _table(doc, 3, [left_w, right_w])
    _no_cell_margins(head)
    (a, b), (c, d), (e, f) = ([r.cells[0], r.cells[1]] for r in head.rows)
    _cell_text(a, "{{ superior_body }}", size=12)
    _cell_text(a, "{%p for line in issuing_body_lines %}")
    _cell_text(a, "{{ line }}", bold=True, size=12)
    _cell_text(a, "{%p endfor %}")
    _short_rule(a, 25)
    _cell_text(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    _cell_text(b, "Độc lập - Tự do - Hạnh phúc", bold=True, underline=True, size=13.5)
    for cell in (a, b):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    p = _cell_text(c, "Số: {{ number }}", size=13)
    p.paragraph_format.space_before = Pt(6)
    p = _cell_text(d, "{{ place_date }}", italic=True, size=14)
    p.paragraph_format.space_before = Pt(6)
    p = _cell_text(e, "V/v góp ý phương án sản xuất kinh doanh sản phẩm {{ product }}", size=12)
    p.paragraph_format.space_before = Pt(3)
    _cell_text(f, "")

    p = _para(doc, "", "OCOP Recipient")
    _run(p, "Kính gửi: ")
    _run(p, "{{ producer }}")

    _para(
        doc,
        "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Hà Tĩnh, {{ issuing_body }} "
        "đã nhận được phương án sản xuất kinh doanh sản phẩm {{ product }} của {{ producer }}. "
        "Sau khi nghiên cứu, {{ issuing_body }} góp ý như sau:",
    )

    # I. Summary
    _para(doc, "{{ roman.summary }}. ĐÁNH GIÁ CHUNG", "OCOP Heading")
    p = _para(doc, "")
    _run(p, "1. Kết luận: ", bold=True)
    _run(p, "{{ verdict_text }}.")
    p = _para(doc, "")
    _run(p, "2. Số nội dung góp ý: ", bold=True)
    _run(p, "{{ counts_text }}.")
    p = _para(doc, "")
    _run(p, "3. Điểm đánh giá sơ bộ theo từng nhóm tiêu chí ", bold=True)
    _run(
        p,
        "(thang điểm 100, chỉ để tham khảo, không thay thế kết quả đánh giá, phân hạng của Hội đồng):",
    )
    p.paragraph_format.keep_with_next = True
    scores = _table(doc, 5, [115.0, 35.0], grid=True)
    _cell_text(scores.rows[0].cells[0], "Nhóm tiêu chí", "OCOP Cell Center", bold=True)
    _cell_text(scores.rows[0].cells[1], "Điểm", "OCOP Cell Center", bold=True)
    _cell_text(scores.rows[1].cells[0], "{%tr for s in scores %}", "OCOP Cell")
    _cell_text(scores.rows[2].cells[0], "{{ s.label }}", "OCOP Cell")
    _cell_text(scores.rows[2].cells[1], "{{ s.value }}", "OCOP Cell Center")
    _cell_text(scores.rows[3].cells[0], "{%tr endfor %}", "OCOP Cell")
    _cell_text(scores.rows[4].cells[0], "Điểm tổng hợp", "OCOP Cell", bold=True)
    _cell_text(scores.rows[4].cells[1], "{{ overall }}", "OCOP Cell Center", bold=True)

    # II. Follow-up on a resubmission (only when an earlier review is given)
    _tag(doc, "{%p if followup %}")
    _para(doc, "{{ roman.followup }}. KẾT QUẢ TIẾP THU SO VỚI LẦN GÓP Ý TRƯỚC", "OCOP Heading")
    _para(doc, "{{ followup.summary }}")
    p = _para(doc, "", "OCOP Group")
    _run(p, "1. Các nội dung đã tiếp thu, chỉnh sửa ({{ followup.resolved|length }}):")
    _tag(doc, "{%p for it in followup.resolved %}")
    _para(doc, "- {{ it.section }}: {{ it.text }}")
    _tag(doc, "{%p endfor %}")
    p = _para(doc, "", "OCOP Group")
    _run(p, "2. Các nội dung chưa tiếp thu ({{ followup.remaining|length }}):")
    _tag(doc, "{%p for it in followup.remaining %}")
    _para(doc, "- {{ it.section }}: {{ it.text }}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")

    # Findings, grouped by plan section in the contract's order
    _para(doc, "{{ roman.findings }}. GÓP Ý CỤ THỂ THEO TỪNG PHẦN CỦA PHƯƠNG ÁN", "OCOP Heading")
    _tag(doc, "{%p if not groups %}")
    _para(doc, "Phương án không có nội dung phải chỉnh sửa.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p for g in groups %}")
    _para(doc, "{{ g.number }}. {{ g.name }}", "OCOP Group")
    _tag(doc, "{%p for f in g.findings %}")
    p = _para(doc, "")
    _run(p, "{{ f.marker }} ")
    _run(p, "{{ f.label }}: ", bold=True)
    _run(p, "{{ f.message }}")
    _tag(doc, "{%p if f.evidence %}")
    _para(doc, "Phương án ghi: “{{ f.evidence }}”", "OCOP Evidence")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if f.evidence_seen %}")
    _para(doc, "Phương án ghi: như đã trích dẫn tại {{ f.evidence_seen }}.", "OCOP Evidence")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if f.legal %}")
    p = _para(doc, "", "OCOP Basis")
    _run(p, "Căn cứ: ")
    _run(p, "{{ f.legal }}.")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")

    # Request and deadline
    _para(doc, "{{ roman.request }}. ĐỀ NGHỊ", "OCOP Heading")
    _para(
        doc,
        "Đề nghị {{ producer }} nghiên cứu, tiếp thu các ý kiến góp ý nêu trên, {{ action }} "
        "và gửi lại về {{ issuing_body }} trong thời hạn {{ deadline_days }} ngày làm việc "
        "kể từ ngày nhận văn bản để tổng hợp, trình Hội đồng đánh giá, phân hạng sản phẩm "
        "OCOP tỉnh theo quy định.",
    )
    _tag(doc, "{%p if contact %}")
    _para(
        doc,
        "Trong quá trình hoàn thiện phương án, nếu có vướng mắc đề nghị liên hệ {{ contact }} "
        "để được hướng dẫn.",
    )
    _tag(doc, "{%p endif %}")
    p = _para(doc, "{{ issuing_body }} trân trọng đề nghị./.")
    p.paragraph_format.keep_with_next = True

    # Recipients (bottom left) and signature (right), kept on the page of the last paragraph
    p = _para(doc, "", "OCOP Center")
    p.paragraph_format.keep_with_next = True
    sig = _table(doc, 1, [75.0, TEXT_WIDTH_MM - 75.0])
    _no_cell_margins(sig)
    trpr = sig.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))
    left, right = sig.rows[0].cells
    _cell_text(left, "Nơi nhận:", "OCOP Cc", bold=True, italic=True, size=12)
    _cell_text(left, "{%p for r in recipients %}", "OCOP Cc")
    _cell_text(left, "- {{ r }}", "OCOP Cc")
    _cell_text(left, "{%p endfor %}", "OCOP Cc")
    _cell_text(right, "{%p for line in signer_lines %}", "OCOP Center")
    _cell_text(right, "{{ line }}", "OCOP Center", bold=True, size=14)
    _cell_text(right, "{%p endfor %}", "OCOP Center")
    for _ in range(4):  # room for the signature and seal
        _cell_text(right, "", "OCOP Center", size=14)
    _cell_text(right, "{{ signer_name }}", "OCOP Center", bold=True, size=14)

    props = doc.core_properties
    props.title = "Góp ý phương án sản xuất kinh doanh"
    props.author = "ocop-review"
    props.language = "vi-VN"
    props.comments = "Công văn góp ý theo Nghị định 30/2020/NĐ-CP, tạo từ mẫu của ocop-review."
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
