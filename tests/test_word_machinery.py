"""Word's own machinery in a plan: tracked changes, comments, footnotes and endnotes, text boxes
(DrawingML with a VML fallback, and VML alone), content controls and custom XML around blocks.

Plans come back from the commune with review marks, draw their process flow as shapes, cite
sources in footnotes and are written on templates with content controls. The reader takes the
plan as it reads with every change accepted: insertions and moves' new places in, deletions and
moves' old places out, comments out (the reviewer's, not the producer's), notes and boxes in, each
once. Part of the documents come from the samples' builder (samples/FORMAT.md markup), the rest
are written here as Word writes the XML."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pipeline.ingest import read_document
from pipeline.models import BlockKind
from samples.markup import plain_text

ROOT = Path(__file__).resolve().parent.parent

FRONT = """---
stem: {stem}
build: {build}
headings: styles
expected:
  producer: {{name: "Hợp tác xã Nông nghiệp Xuân Viên", legal_form: htx, email: "htx@example.vn", commune: "Xuân Viên"}}
  product: {{name: "Mật ong hoa keo", category: honey}}
  sections: [producer, technology, financials]
  figures:
    - {{value: 1250000000, unit: VND, text: "1.250 triệu đồng"}}
  verdict: ready
  rules: []
  notes: ""
---
"""

BODY = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH

# I. THÔNG TIN CHUNG
Doanh thu năm 2027 đạt {-1.100 triệu đồng-}{+1.250 triệu đồng+}{!Đã sửa theo bảng doanh thu!} theo giá bán lẻ[^gia].

[^gia]: Giá bán lẻ tại cửa hàng của hợp tác xã tháng 6/2026.

Người đại diện: {{Nguyễn Thị Hoa}}, Giám đốc.

# II. QUY TRÌNH SẢN XUẤT
Sơ đồ quy trình:

::: hộp
Quay mật từ cầu ong (tháng 3–5)
↓
Lọc, hạ thủy phần xuống dưới 20 %
↓
Đóng chai 500 ml, dán nhãn
:::

::: ô Bảng doanh thu
# III. HIỆU QUẢ KINH TẾ
| TT | Chỉ tiêu | Năm 2027 |
|---|---|---|
| 1 | Doanh thu (triệu đồng) | {-1.100-}{+1.250+} |
:::
"""


def _builder(tmp: Path):
    spec = importlib.util.spec_from_file_location("samples_build_wm", ROOT / "samples" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    mod.SRC, mod.PLANS, mod.EXPECTED = tmp / "src", tmp / "plans", tmp / "expected"
    mod.SRC.mkdir()
    return mod


def _build(tmp: Path, build: str = "docx", body: str = BODY):
    b = _builder(tmp)
    stem = f"wm_{build}"
    (b.SRC / f"{stem}.md").write_text(FRONT.format(stem=stem, build=build) + body, encoding="utf-8")
    return b, b.build_one(b.SRC / f"{stem}.md")[2]


def _texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


def test_plain_text_resolves_the_markup():
    assert plain_text("đạt {-1.100-}{+1.250+}{!sửa!} tấn[^1] của {{HTX}}, **bán**") == \
        "đạt 1.250 tấn của HTX, bán"
    assert plain_text("[^1]: Giá tháng 6") == "[^1]: Giá tháng 6"  # a definition line stays


def test_builder_writes_word_machinery_and_the_reader_reads_the_final_text(tmp_path):
    _, plan = _build(tmp_path)
    with zipfile.ZipFile(plan) as z:
        xml = z.read("word/document.xml").decode()
        names = set(z.namelist())
    assert "<w:ins " in xml and "<w:del " in xml and "w:delText" in xml
    assert "w:txbxContent" in xml and "mc:Fallback" in xml and "<w:sdt>" in xml
    assert {"word/footnotes.xml", "word/comments.xml"} <= names

    doc = read_document(plan)
    texts = _texts(doc)
    joined = "\n".join(texts)
    # every change accepted: the inserted figure in, the deleted one out, in text and table
    assert "Doanh thu năm 2027 đạt 1.250 triệu đồng theo giá bán lẻ." in texts
    assert "1.100" not in joined
    # the reviewer's comment is not the plan's text
    assert "Đã sửa theo bảng" not in joined
    # the footnote right after the paragraph citing it, as a paragraph
    i = texts.index("Doanh thu năm 2027 đạt 1.250 triệu đồng theo giá bán lẻ.")
    assert texts[i + 1] == "Giá bán lẻ tại cửa hàng của hợp tác xã tháng 6/2026."
    assert doc.blocks[i + 1].kind == BlockKind.paragraph
    # the content control's text and its table
    assert "Người đại diện: Nguyễn Thị Hoa, Giám đốc." in texts
    table = next(b for b in doc.blocks if b.kind == BlockKind.table)
    assert table.rows[1] == ["1", "Doanh thu (triệu đồng)", "1.250"]
    heads = [b.text for b in doc.blocks if b.kind == BlockKind.heading]
    assert heads[-1] == "HIỆU QUẢ KINH TẾ"
    # each text box once (its VML fallback repeats it), in order, never a heading
    boxes = ["Quay mật từ cầu ong (tháng 3-5)", "Lọc, hạ thủy phần xuống dưới 20 %",
             "Đóng chai 500 ml, dán nhãn"]
    for box in boxes:
        assert joined.count(box) == 1
        assert box not in heads
    at = [texts.index(b) for b in boxes]
    assert at == sorted(at) and texts.index("Sơ đồ quy trình:") < at[0] < texts.index(table.text)


def test_tracked_changes_need_a_word_build(tmp_path):
    b = _builder(tmp_path)
    (b.SRC / "wm_pdf.md").write_text(FRONT.format(stem="wm_pdf", build="pdf") + BODY,
                                     encoding="utf-8")
    with pytest.raises(b.BuildError, match="need a Word build"):
        b.build_one(b.SRC / "wm_pdf.md")


def test_a_footnote_without_its_definition_is_a_build_error(tmp_path):
    with pytest.raises(Exception, match=r"footnote \[\^x\] has no definition"):
        _build(tmp_path, body="# I. THÔNG TIN CHUNG\nDoanh thu 1.250 triệu đồng[^x].\n")


@pytest.mark.slow
def test_legacy_doc_keeps_the_final_text(tmp_path):
    """LibreOffice writes the revisions, boxes and notes into Word 97 and back."""
    _, plan = _build(tmp_path, build="doc")
    texts = _texts(read_document(plan))
    joined = "\n".join(texts)
    assert "Doanh thu năm 2027 đạt 1.250 triệu đồng theo giá bán lẻ." in texts
    assert "1.100" not in joined and "Đã sửa" not in joined
    assert joined.count("Lọc, hạ thủy phần xuống dưới 20 %") == 1
    assert "Giá bán lẻ tại cửa hàng của hợp tác xã tháng 6/2026." in texts


# ------------------------------------------------------------------- XML Word writes, by hand

W = nsdecls("w")
VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _run(text: str, tag: str = "w:t") -> str:
    return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def _body_xml(d, xml: str) -> None:
    d.element.body.insert(len(d.element.body) - 1, parse_xml(xml))


def test_moves_custom_xml_vml_boxes_and_boxes_in_cells(tmp_path):
    d = docx.Document()
    d.add_heading("QUY TRÌNH SẢN XUẤT", 1)
    # a moved sentence: its old place is not read, its new place is
    _body_xml(d, f'<w:p {W}><w:moveFrom w:id="1" w:author="A" w:date="2026-09-01T00:00:00Z">'
                 f'{_run("Câu cũ đã chuyển đi.", "w:delText")}</w:moveFrom>{_run("Ủ mật 7 ngày. ")}'
                 f'<w:moveTo w:id="2" w:author="A" w:date="2026-09-01T00:00:00Z">'
                 f'{_run("Câu đã chuyển đến.")}</w:moveTo></w:p>')
    # a paragraph in custom XML at the level of the body
    _body_xml(d, f'<w:customXml {W} w:element="quyTrinh"><w:p>{_run("Đóng chai trong phòng sạch.")}'
                 f'</w:p></w:customXml>')
    # a VML-only text box (an older Word's shape)
    _body_xml(d, f'<w:p {W} {VML}><w:r><w:pict><v:rect style="width:300pt;height:30pt"><v:textbox>'
                 f'<w:txbxContent><w:p>{_run("Kiểm tra thủy phần mỗi mẻ")}</w:p></w:txbxContent>'
                 f'</v:textbox></v:rect></w:pict></w:r></w:p>')
    # a table whose cell holds a text box with its fallback: the cell's text once
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Bước 1"
    t.cell(0, 1)._tc.append(parse_xml(
        f'<w:p {W} {VML} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>'
        f'{_run("Lọc thô")}</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent><w:p>{_run("Lọc thô")}</w:p>'
        f'</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent>'
        f'</w:r></w:p>'))
    f = tmp_path / "plan.docx"
    d.save(f)
    texts = _texts(read_document(f))
    assert "Ủ mật 7 ngày. Câu đã chuyển đến." in texts
    assert not any("Câu cũ" in t for t in texts)
    assert "Đóng chai trong phòng sạch." in texts
    assert "Kiểm tra thủy phần mỗi mẻ" in texts
    assert texts[-1] == "Bước 1 | Lọc thô"  # the shape's text once, not its fallback's too


def test_endnotes_and_a_footnote_cited_in_a_table(tmp_path):
    d = docx.Document()
    d.add_heading("THỊ TRƯỜNG", 1)
    p = d.add_paragraph("Giá bán 450.000 đồng/lít")
    p._p.append(parse_xml(f'<w:r {W}><w:endnoteReference w:id="1"/></w:r>'))
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Giá bán lẻ"
    t.cell(0, 1).paragraphs[0]._p.append(parse_xml(
        f'<w:r {W}><w:t>450.000</w:t></w:r>'))
    t.cell(0, 1).paragraphs[0]._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="2"/></w:r>'))
    d.add_paragraph("Kênh bán: cửa hàng OCOP.")
    f = tmp_path / "plan.docx"
    d.save(f)
    notes = {
        "word/footnotes.xml": f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p>'
                              f'<w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2">'
                              f'<w:p>{_run("Giá niêm yết tháng 6/2026.")}</w:p></w:footnote></w:footnotes>',
        "word/endnotes.xml": f'<w:endnotes {W}><w:endnote w:id="1"><w:p>'
                             f'{_run("Khảo sát của hợp tác xã, tháng 5/2026.")}</w:p></w:endnote></w:endnotes>',
    }
    _add_parts(f, notes)
    texts = _texts(read_document(f))
    i = texts.index("Giá bán 450.000 đồng/lít")
    assert texts[i + 1] == "Khảo sát của hợp tác xã, tháng 5/2026."
    j = next(k for k, t in enumerate(texts) if t.startswith("Giá bán lẻ | 450.000"))
    assert texts[j + 1] == "Giá niêm yết tháng 6/2026."
    assert texts[j + 2] == "Kênh bán: cửa hàng OCOP."


def _add_parts(path: Path, parts: dict[str, str]) -> None:
    """Add notes parts to a saved .docx with their content types and relationships."""
    ct_of = {"word/footnotes.xml": ("footnotes", "footnotes"), "word/endnotes.xml": ("endnotes", "endnotes")}
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    ct = files["[Content_Types].xml"].decode()
    rels = files["word/_rels/document.xml.rels"].decode()
    for n, (name, rel) in enumerate(ct_of[k] for k in parts):
        part = f"word/{name}.xml"
        ct = ct.replace("</Types>", f'<Override PartName="/{part}" ContentType="application/'
                                    f'vnd.openxmlformats-officedocument.wordprocessingml.{name}+xml"/></Types>')
        rels = rels.replace("</Relationships>", f'<Relationship Id="rIdN{n}" Type="http://schemas.'
                                                f'openxmlformats.org/officeDocument/2006/relationships/{rel}" '
                                                f'Target="{name}.xml"/></Relationships>')
    files["[Content_Types].xml"] = ct.encode()
    files["word/_rels/document.xml.rels"] = rels.encode()
    for k, v in parts.items():
        files[k] = v.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)


def test_the_holdout_builder_keeps_the_footnotes(tmp_path):
    """tests/holdout/build.py rebuilds each source with its expected name blanked: every other field of the source,
    its footnotes too, goes through (found by the author of set 211)."""
    from tests.holdout.build import load_builder

    b = load_builder()
    b.SRC, b.PLANS, b.EXPECTED = tmp_path / "src", tmp_path / "plans", tmp_path / "expected"
    b.SRC.mkdir()
    (b.SRC / "wm_docx.md").write_text(FRONT.format(stem="wm_docx", build="docx") + BODY, encoding="utf-8")
    plan = b.build_one(b.SRC / "wm_docx.md")[2]
    assert "Giá bán lẻ tại cửa hàng của hợp tác xã tháng 6/2026." in _texts(read_document(plan))


def test_several_shapes_anchored_in_one_paragraph_read_in_their_order(tmp_path):
    """A process flow drawn as shapes all anchored in one paragraph (as Word does when they float): each box once,
    first to last (they came out last to first)."""
    d = docx.Document()
    d.add_heading("QUY TRÌNH SẢN XUẤT", 1)
    boxes = "".join(f'<w:r><w:pict><v:rect><v:textbox><w:txbxContent><w:p>{_run(t)}</w:p></w:txbxContent>'
                    f'</v:textbox></v:rect></w:pict></w:r>'
                    for t in ("Sơ chế lá chè", "Sao, vò", "Sấy khô, đóng túi"))
    _body_xml(d, f'<w:p {W} {VML}>{_run("Sơ đồ: ")}{boxes}</w:p>')
    f = tmp_path / "plan.docx"
    d.save(f)
    texts = _texts(read_document(f))
    assert texts[-4:] == ["Sơ đồ:", "Sơ chế lá chè", "Sao, vò", "Sấy khô, đóng túi"]


TABLES_BODY = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH

# I. HIỆU QUẢ KINH TẾ
Doanh thu năm 2027 đạt 1.250 triệu đồng.

::: tab
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Doanh thu | 1.250 | 1.400 |
| 2 | Chi phí | 1.000 | 1.100 |
:::

::: không kẻ
| TT | Chỉ tiêu | Năm 2027 |
|---|---|---|
| 1 | Lợi nhuận | 250 |
:::
"""


def test_builder_types_tab_tables_and_draws_borderless_ones(tmp_path):
    """`::: tab` rows are paragraphs with tabs and tab stops (no w:tbl); `::: không kẻ` tables
    are Word tables with no style and so no ruling lines."""
    _, plan = _build(tmp_path, body=TABLES_BODY)
    d = docx.Document(str(plan))
    assert len(d.tables) == 1
    table = d.tables[0]
    assert table.style is None or table.style.name != "Table Grid"
    assert "w:tblBorders" not in table._tbl.xml
    assert table.rows[1].cells[1].text == "Lợi nhuận"
    rows = [p for p in d.paragraphs if "\t" in p.text]
    assert [p.text for p in rows] == ["TT\tChỉ tiêu\tNăm 2027\tNăm 2028",
                                      "1\tDoanh thu\t1.250\t1.400", "2\tChi phí\t1.000\t1.100"]
    stops = rows[1].paragraph_format.tab_stops
    assert len(stops) == 3
    assert [s.alignment for s in stops][1:] == [docx.enum.text.WD_TAB_ALIGNMENT.RIGHT] * 2
    assert stops[0].alignment == docx.enum.text.WD_TAB_ALIGNMENT.LEFT


def test_an_unclosed_tab_block_is_a_build_error(tmp_path):
    b = _builder(tmp_path)
    (b.SRC / "wm_open.md").write_text(FRONT.format(stem="wm_open", build="docx")
                                      + TABLES_BODY.rsplit(":::", 1)[0], encoding="utf-8")
    with pytest.raises(b.BuildError, match="not closed"):
        b.build_one(b.SRC / "wm_open.md")
