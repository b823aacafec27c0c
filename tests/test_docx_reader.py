"""The .docx reader on documents built here with python-docx: body order, headings by style
(English and Vietnamese names), by look and by Word auto-numbering, tables with unit headers,
NFD text and legacy TCVN3 fonts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.enum.style import WD_STYLE_TYPE

from pipeline.ingest import read_document
from pipeline.ingest.legacy_fonts import unicode_to_tcvn3
from pipeline.models import BlockKind


def _autonum(d) -> int:
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/>'
                   f'<w:lvlText w:val="{t}"/></w:lvl>'
                   for i, (f, t) in enumerate((("upperRoman", "%1."), ("decimal", "%2."))))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7">{lvls}</w:abstractNum>'))
    return int(numbering.add_num(7).numId)


def _numbered(d, text: str, num_id: int, ilvl: int):
    p = d.add_paragraph()
    p._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    p.add_run(text).bold = True
    return p


def test_body_order_styles_look_and_autonumbering(tmp_path: Path):
    d = docx.Document()
    d.add_heading("THÔNG TIN CHUNG VỀ CHỦ THỂ", 1)
    d.add_paragraph("Hợp tác xã Nông nghiệp Sơn Kim, xã Sơn Kim.")
    vn = d.styles.add_style("Tiêu đề 2", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Mô tả sản phẩm", style=vn)
    d.add_paragraph("Mật ong hoa rừng.")
    d.add_paragraph("ĐVT: triệu đồng")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Chỉ tiêu", "Năm 2027"
    t.cell(1, 0).text, t.cell(1, 1).text = "Doanh thu", "1.250"
    d.add_paragraph().add_run("THỊ TRƯỜNG TIÊU THỤ")  # upper case, no style
    d.add_paragraph("Bán tại cửa hàng OCOP.")
    nid = _autonum(d)
    _numbered(d, "Nguồn nguyên liệu", nid, 0)
    _numbered(d, "Vùng nuôi ong", nid, 1)
    _numbered(d, "Quy trình công nghệ", nid, 0)
    f = tmp_path / "plan.docx"
    d.save(f)
    doc = read_document(f)
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:6] == [BlockKind.heading, BlockKind.paragraph, BlockKind.heading,
                         BlockKind.paragraph, BlockKind.paragraph, BlockKind.table]
    heads = [b for b in doc.blocks if b.kind == BlockKind.heading]
    assert [h.text for h in heads] == ["THÔNG TIN CHUNG VỀ CHỦ THỂ", "Mô tả sản phẩm", "THỊ TRƯỜNG TIÊU THỤ",
                                       "Nguồn nguyên liệu", "Vùng nuôi ong", "Quy trình công nghệ"]
    assert heads[1].level == 2
    # Word's automatic numbers are rendered from numbering.xml: I., 1., II.
    assert [h.numbering for h in heads[3:]] == ["I.", "1.", "II."]
    table = next(b for b in doc.blocks if b.kind == BlockKind.table)
    assert table.rows == [["Chỉ tiêu", "Năm 2027"], ["Doanh thu", "1.250"]]
    assert table.unit == "ĐVT: triệu đồng"


def test_nfd_text_comes_out_nfc(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph(unicodedata.normalize("NFD", "Phương án sản xuất nước mắm Hà Tĩnh"))
    f = tmp_path / "nfd.docx"
    d.save(f)
    text = read_document(f).blocks[0].text
    assert text == "Phương án sản xuất nước mắm Hà Tĩnh"
    assert unicodedata.is_normalized("NFC", text)


def test_tcvn3_font_converted(tmp_path: Path):
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run(unicode_to_tcvn3("Hợp tác xã sản xuất nước mắm truyền thống ở Hà Tĩnh"))
    r.font.name = ".VnTime"
    r._element.rPr.rFonts.set(qn("w:hAnsi"), ".VnTime")
    f = tmp_path / "tcvn3.docx"
    d.save(f)
    doc = read_document(f)
    assert doc.blocks[0].text == "Hợp tác xã sản xuất nước mắm truyền thống ở Hà Tĩnh"
    assert any(pr.code == "legacy-encoding" for pr in doc.problems)


def test_broken_xml_after_the_prolog_is_a_corrupt_docx(tmp_path):
    """The hostile-XML guard reads each part only up to its root element; XML broken further on
    is still refused, as a corrupt file, whichever part it is in."""
    import zipfile

    import docx as _docx
    import pytest

    from pipeline.errors import ReadError
    from pipeline.ingest import read_document

    good = tmp_path / "good.docx"
    d = _docx.Document()
    d.add_paragraph("Phương án sản xuất kinh doanh sản phẩm chè xanh.")
    d.save(str(good))
    for part in ("word/document.xml", "word/styles.xml"):
        bad = tmp_path / f"bad-{part.split('/')[-1]}.docx"
        with zipfile.ZipFile(good) as zi, zipfile.ZipFile(bad, "w") as zo:
            for item in zi.infolist():
                data = zi.read(item)
                if item.filename == part:
                    data = data[: len(data) // 2] + b"<w:p><unclosed"
                zo.writestr(item, data)
        with pytest.raises(ReadError) as e:
            read_document(bad)
        assert e.value.code == "corrupt-docx", (part, e.value.code)


def test_elements_nested_too_deep_are_refused(tmp_path):
    """An element with `max_xml_depth` ancestors is refused as too complex; one level less is read."""
    import zipfile

    import docx as _docx
    import pytest

    from pipeline.errors import ReadError
    from pipeline.settings import Settings

    good = tmp_path / "good.docx"
    d = _docx.Document()
    d.add_paragraph("Phương án sản xuất kinh doanh sản phẩm chè xanh.")
    d.save(str(good))
    limit = Settings().max_xml_depth
    for ancestors in (limit - 1, limit):
        inner = "<w:r><w:t>lõi</w:t></w:r>"
        for _ in range(ancestors - 4):  # w:document, w:body, w:p and w:r above the w:t
            inner = f"<w:hyperlink>{inner}</w:hyperlink>"
        nested = tmp_path / f"nested-{ancestors}.docx"
        with zipfile.ZipFile(good) as zi, zipfile.ZipFile(nested, "w") as zo:
            for item in zi.infolist():
                data = zi.read(item)
                if item.filename == "word/document.xml":
                    data = data.replace(b"<w:sectPr", f"<w:p>{inner}</w:p><w:sectPr".encode(), 1)
                zo.writestr(item, data)
        if ancestors < limit:
            assert read_document(nested).blocks[-1].text == "lõi"
        else:
            with pytest.raises(ReadError) as e:
                read_document(nested)
            assert e.value.code == "too-complex"
