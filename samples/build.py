"""Build the sample plans from their text sources.

    python samples/build.py [--jobs N] [STEM_OR_PREFIX ...]
    python samples/build.py --ideas        # only rewrite samples/ideas.csv

Reads every `samples/src/<stem>.md` (YAML front matter + the body syntax of samples/FORMAT.md),
or only those whose stem equals or starts with one of the arguments ("s01" builds
s01_ruou_nep_sim_htx), and writes

* `samples/plans/<stem>.<ext>`  the document the pipeline reads (docx, pdf or doc), and
* `samples/expected/<stem>.yml` the front matter's `expected` block plus `source`, `format`
  (docx | pdf | doc | pdf-scanned) and `build` (the build recipe, e.g. docx-tcvn3).

Builds: `docx`; `pdf` (LibreOffice); `doc` (LibreOffice, "MS Word 97", a real OLE file);
`scanned` (LibreOffice PDF -> pdftoppm -gray -> Pillow skew/noise/JPEG -> image-only PDF at
`dpi`); `docx-tcvn3` (text re-encoded with pipeline.ingest.legacy_fonts.unicode_to_tcvn3,
fonts .VnTime/.VnTimeH); `docx-nfd` (every run in decomposed Unicode).

Rendering conventions beyond FORMAT.md: paragraphs before the first heading form the title
block and are centred; a front-matter key `header:` overrides the running header, which is
otherwise the producer's name shortened ("Hợp tác xã" -> "HTX"). Every expected figure's
`text` must occur verbatim in the body, or the stem fails. Output is deterministic:
fixed core properties and zip timestamps, PDF dates and /ID fixed, scan noise seeded by stem.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC, PLANS, EXPECTED = HERE / "src", HERE / "plans", HERE / "expected"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from samples.markup import INLINE, TRACKED, plain_text  # noqa: E402  (ROOT on sys.path first)

FONT = "Times New Roman"
BODY_PT = 13
FIXED_TIME = dt.datetime(2026, 3, 16, 8, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 3, 16, 8, 0, 0)
PDF_DATE = "D:20260316080000Z"
SOFFICE_TIMEOUT = 240  # seconds per conversion; a cold profile takes ~5-15 s

BUILDS = {  # build -> (extension, contract format)
    "docx": ("docx", "docx"),
    "pdf": ("pdf", "pdf"),
    "doc": ("doc", "doc"),
    "scanned": ("pdf", "pdf-scanned"),
    "docx-tcvn3": ("docx", "docx"),
    "docx-nfd": ("docx", "docx"),
}
HEADING_MODES = {"styles", "bold", "upper", "autonum", "plain"}
SECTION_KEYS = {
    "producer", "rationale", "objectives", "current_state", "product", "swot", "market",
    "raw_materials", "technology", "organization", "production_plan", "investment",
    "financials", "compliance", "social_environment", "risks", "schedule",
    "product_story", "proposals",
}  # fmt: skip
RULE_IDS = {
    "missing-section", "thin-section", "no-figures", "boilerplate", "revenue-mismatch",
    "profit-mismatch", "capital-mismatch", "table-total-mismatch", "payback-mismatch",
    "material-shortfall", "unrealistic-growth", "no-sales-channel", "no-business-registration",
    "no-food-safety", "no-alcohol-license", "no-product-standard", "no-label-plan",
    "no-trademark", "no-environment-measures", "no-quality-control", "capacity-exceeded",
    "figure-inconsistent", "name-inconsistent", "outdated-policy",
}  # fmt: skip
LEGAL_FORMS = {"htx", "doanh_nghiep", "ho_kinh_doanh", "to_hop_tac", "other", None}
CATEGORIES = {"food", "beverage_alcohol", "beverage", "herbal", "honey", "handicraft", "service",
              "other"}
VERDICTS = {"ready", "revise", "sketchy"}


class BuildError(Exception):
    pass


# --------------------------------------------------------------------------- source parsing

@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Para:
    text: str
    title: bool = False  # before the first heading: centred title block
    lines: list[str] = field(default_factory=list)  # the source lines (a text box each)


@dataclass
class ListItem:
    depth: int  # 1 for "-", 2 for "+"
    text: str


@dataclass
class TableBlock:
    rows: list[list[str]]
    unit: str | None = None


@dataclass
class Container:
    """`::: hộp` (each line a text box), `::: ô Tên` (a content control), `::: không kẻ`
    (tables drawn without ruling lines) or `::: tab` (tables typed as lines with tab stops)
    ... `:::`."""

    kind: str  # "box" | "control" | "borderless" | "tabs"
    label: str = ""


@dataclass
class ContainerEnd:
    pass


@dataclass
class Source:
    path: Path
    meta: dict
    blocks: list = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.meta["stem"]


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_HEAD = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")
_UNIT = re.compile(r"^(ĐVT|Đơn vị tính|DVT|Don vi tinh)\s*:", re.I)
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FOOTNOTE_DEF = re.compile(r"^\[\^(\w+)\]:\s*(.+)$")
_CONTAINER = re.compile(r"^:::\s*(hộp|ô|không kẻ|tab)?\s*(.*?)\s*$")
_CONTAINER_KIND = {"hộp": "box", "ô": "control", "không kẻ": "borderless", "tab": "tabs"}


def _cells(line: str) -> list[str]:
    from pipeline.ingest.text_reader import split_pipe_row

    return [c.strip() for c in split_pipe_row(line)]


def parse_source(path: Path) -> Source:
    raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    m = _FRONT.match(raw)
    if not m:
        raise BuildError(f"{path.name}: no YAML front matter")
    meta = yaml.safe_load(m.group(1)) or {}
    src = Source(path, meta)
    validate_meta(src)
    lines = raw[m.end():].splitlines()
    para: list[str] = []
    seen_heading = False

    def flush() -> None:
        if para:
            src.blocks.append(Para(" ".join(s.strip() for s in para), title=not seen_heading,
                                   lines=[s.strip() for s in para]))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not stripped:
            flush()
        elif fm := _FOOTNOTE_DEF.match(stripped):
            flush()
            if fm.group(1) in src.footnotes:
                raise BuildError(f"{path.name}: footnote [^{fm.group(1)}] defined twice")
            src.footnotes[fm.group(1)] = fm.group(2).strip()
        elif cm := _CONTAINER.match(stripped):
            flush()
            if cm.group(1):
                src.blocks.append(Container(_CONTAINER_KIND[cm.group(1)], cm.group(2)))
            else:
                src.blocks.append(ContainerEnd())
        elif hm := _HEAD.match(stripped):
            flush()
            seen_heading = True
            src.blocks.append(Heading(len(hm.group(1)), hm.group(2).strip()))
        elif _UNIT.match(stripped) and nxt.startswith("|") and not para:
            src.blocks.append(TableBlock([], unit=stripped))
        elif stripped.startswith("|"):
            flush()
            rows: list[list[str]] = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                if not _TABLE_SEP.match(lines[i].strip()):
                    rows.append(_cells(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            prev = src.blocks[-1] if src.blocks else None
            if isinstance(prev, TableBlock) and not prev.rows:
                prev.rows = rows
            else:
                src.blocks.append(TableBlock(rows))
            continue
        elif stripped.startswith(("- ", "+ ")):
            flush()
            src.blocks.append(ListItem(1 if stripped[0] == "-" else 2, stripped[2:].strip()))
        else:
            para.append(stripped)
        i += 1
    flush()
    return src


def validate_meta(src: Source) -> None:
    meta, name = src.meta, src.path.name
    if meta.get("stem") != src.path.stem:
        raise BuildError(f"{name}: stem {meta.get('stem')!r} differs from the file name")
    if meta.get("build") not in BUILDS:
        raise BuildError(f"{name}: build must be one of {sorted(BUILDS)}")
    if meta.get("headings") not in HEADING_MODES:
        raise BuildError(f"{name}: headings must be one of {sorted(HEADING_MODES)}")
    if meta["build"] == "scanned" and not 200 <= int(meta.get("dpi", 300)) <= 300:
        raise BuildError(f"{name}: dpi must be 200..300")
    exp = meta.get("expected") or {}
    for key in ("producer", "product", "sections", "figures", "verdict", "rules"):
        if key not in exp:
            raise BuildError(f"{name}: expected.{key} missing")
    if exp["producer"].get("legal_form") not in LEGAL_FORMS:
        raise BuildError(f"{name}: bad legal_form {exp['producer'].get('legal_form')!r}")
    if exp["product"].get("category") not in CATEGORIES:
        raise BuildError(f"{name}: bad category {exp['product'].get('category')!r}")
    if bad := set(exp["sections"]) - SECTION_KEYS:
        raise BuildError(f"{name}: unknown section keys {sorted(bad)}")
    if bad := set(exp["rules"] or []) - RULE_IDS:
        raise BuildError(f"{name}: unknown rule ids {sorted(bad)}")
    if exp["verdict"] not in VERDICTS:
        raise BuildError(f"{name}: bad verdict {exp['verdict']!r}")
    for f in exp["figures"] or []:
        if not {"value", "unit", "text"} <= set(f):
            raise BuildError(f"{name}: figure {f} needs value, unit and text")


def check_markup(src: Source) -> None:
    """Tracked changes only in Word builds: a PDF shows whichever view was printed, so a
    source cannot say what its PDF holds."""
    if src.meta["build"] not in ("docx", "doc", "docx-nfd", "docx-tcvn3") and TRACKED.search(
            _raw_body(src)):
        raise BuildError(f"{src.path.name}: tracked changes {{+…+}} / {{-…-}} need a Word build")


def _raw_body(src: Source, units: bool = False) -> str:
    """Every block's source text, markup and all (with the tables' unit lines when `units`)."""
    parts: list[str] = []
    for b in src.blocks:
        if isinstance(b, TableBlock):
            parts.extend(" | ".join(r) for r in b.rows)
            if units:
                parts.append(b.unit or "")
        elif isinstance(b, (Heading, Para, ListItem)):
            parts.append(b.text)
    return "\n".join(parts)


def body_text(src: Source) -> str:
    """The plan's text as a reader sees it: insertions kept, deletions and comments dropped."""
    return plain_text("\n".join([_raw_body(src, units=True), *src.footnotes.values()]))


def check_figures(src: Source) -> None:
    """Every expected figure's text must occur verbatim in the plan."""
    text = body_text(src)
    figures = src.meta["expected"]["figures"] or []
    missing = [f["text"] for f in figures if str(f["text"]) not in text]
    if missing:
        raise BuildError(f"{src.path.name}: expected figure text not in the body: {missing}")


# --------------------------------------------------------------------------- text transforms

class Encoder:
    """How run text and fonts are written for a build (Unicode, NFD or TCVN3)."""

    def __init__(self, build: str):
        self.build = build
        self._tcvn3 = None
        if build == "docx-tcvn3":
            try:
                from pipeline.ingest import legacy_fonts
            except ImportError as e:  # written by another helper
                raise BuildError(f"docx-tcvn3 needs pipeline.ingest.legacy_fonts ({e})") from e
            self._tcvn3 = legacy_fonts

    def text(self, s: str) -> tuple[str, str]:
        """Return (text to store, font name)."""
        if self.build == "docx-nfd":
            return unicodedata.normalize("NFD", s), FONT
        if self._tcvn3 is not None:
            caps = any(c.isalpha() for c in s) and s == s.upper()
            if caps and self._tcvn3.tcvn3_needs_capital_font(s):
                # TCVN3 has no toned capitals: all-caps text was typed in lower case in the
                # capital font ".VnTimeH", which draws every code as a capital.
                return self._tcvn3.unicode_to_tcvn3(s.lower()), ".VnTimeH"
            return self._tcvn3.unicode_to_tcvn3(s), ".VnTime"
        return s, FONT


# --------------------------------------------------------------------------- docx writing

def _set_rfonts(rpr, name: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for a in ("ascii", "hAnsi", "eastAsia", "cs"):
        rfonts.set(qn(f"w:{a}"), name)


def _style_font(style, name: str, size: int, bold: bool | None = None,
                italic: bool | None = None) -> None:
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    style.font.color.rgb = RGBColor(0, 0, 0)
    rpr = style.element.get_or_add_rPr()
    color = rpr.find(qn("w:color"))
    if color is not None:
        for a in ("themeColor", "themeShade", "themeTint"):
            color.attrib.pop(qn(f"w:{a}"), None)
    _set_rfonts(rpr, name)


def setup_document(doc, font: str) -> None:
    styles = doc.styles
    # docDefaults: the document's font and Vietnamese as the proofing language
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_rfonts(rpr_default, font)
    lang = rpr_default.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    normal = styles["Normal"]
    _style_font(normal, font, BODY_PT)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(4)
    pf.line_spacing = 1.0
    for lvl, (before, italic) in enumerate(((10, False), (6, False), (4, True)), start=1):
        st = styles[f"Heading {lvl}"]
        _style_font(st, font, BODY_PT, bold=True, italic=italic)
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.space_after = Pt(4)
    _style_font(styles["Table Grid"], font, BODY_PT)
    for name in ("Header", "Footer"):
        try:
            _style_font(styles[name], font, 11)
        except KeyError:
            pass

    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    sec.header_distance, sec.footer_distance = Mm(10), Mm(10)

    cp = doc.core_properties
    cp.author = "ocop-review samples"
    cp.last_modified_by = "ocop-review samples"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.comments = ""


class _WordState(threading.local):
    """Per-document state of the inline Word markup (builds run in threads)."""

    doc = None
    src: Source | None = None
    next_id = 1
    footnotes: list[tuple[int, str]] = []


_WORD = _WordState()
_REVISION = f'w:author="Cán bộ xã" w:date="{FIXED_TIME:%Y-%m-%dT%H:%M:%SZ}"'


def _plain_runs(par, text: str, enc: Encoder, bold: bool | None, italic: bool | None) -> list:
    runs = []
    for i, piece in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if not piece:
            continue
        stored, font = enc.text(piece)
        run = par.add_run(stored)
        run.bold = True if i % 2 else bold
        if italic is not None:
            run.italic = italic
        if font != FONT:
            _set_rfonts(run._r.get_or_add_rPr(), font)
        runs.append(run)
    return runs


def _wrap(par, runs: list, xml: str):
    """Move `runs` into a new element `xml` appended to the paragraph; return it."""
    el = parse_xml(xml)
    par._p.append(el)
    inner = el.find(qn("w:sdtContent")) if el.tag == qn("w:sdt") else el
    for r in runs:
        inner.append(r._r)
    return el


def _add_runs(par, text: str, enc: Encoder, bold: bool | None = None,
              italic: bool | None = None) -> None:
    last: list = []
    st = _WORD
    for piece in INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("{+") and piece.endswith("+}"):
            last = _plain_runs(par, piece[2:-2], enc, bold, italic)
            _wrap(par, last, f'<w:ins {nsdecls("w")} w:id="{st.next_id}" {_REVISION}/>')
            st.next_id += 1
        elif piece.startswith("{-") and piece.endswith("-}"):
            runs = _plain_runs(par, piece[2:-2], enc, bold, italic)
            for r in runs:
                for t in r._r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
            _wrap(par, runs, f'<w:del {nsdecls("w")} w:id="{st.next_id}" {_REVISION}/>')
            st.next_id += 1
        elif piece.startswith("{!") and piece.endswith("!}"):
            if st.doc is None:
                raise BuildError("a comment {!…!} outside the document body")
            anchor = last or [par.add_run("")]
            st.doc.add_comment(anchor, text=piece[2:-2].strip(), author="Cán bộ xã",
                               initials="CB")
        elif piece.startswith("[^") and piece.endswith("]"):
            key = piece[2:-1]
            note = st.src.footnotes.get(key) if st.src is not None else None
            if note is None:
                raise BuildError(f"footnote [^{key}] has no definition line")
            fid = len(st.footnotes) + 1
            st.footnotes.append((fid, note))
            run = par.add_run()
            run._r.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
            run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{fid}"/>'))
            last = [run]
        elif piece.startswith("{{") and piece.endswith("}}"):
            last = _plain_runs(par, piece[2:-2], enc, bold, italic)
            _wrap(par, last, f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="{st.next_id}"/>'
                             f'<w:text/></w:sdtPr><w:sdtContent/></w:sdt>')
            st.next_id += 1
        else:
            last = _plain_runs(par, piece, enc, bold, italic)


def _rfonts_xml(font: str) -> str:
    """A run's font in XML written by hand, when it is not the document's own."""
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font != FONT else ""


_FOOTNOTES_XML = (
    '<w:footnotes {ns}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
    '</w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
    '<w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>')


def _add_footnotes_part(doc, notes: list[tuple[int, str]], enc: Encoder) -> None:
    """A real word/footnotes.xml (python-docx has no API for one) holding `notes`."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from xml.sax.saxutils import escape

    body = []
    for fid, text in notes:
        stored, font = enc.text(" " + plain_text(text))
        fonts = _rfonts_xml(font)
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:rPr>{fonts}<w:sz w:val="20"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(stored)}</w:t></w:r></w:p></w:footnote>')
    xml = _FOOTNOTES_XML.format(ns=nsdecls("w"), notes="".join(body))
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml),
                   doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


_ARROWS = re.compile(r"^[↓→⇓⇒↑←\s]+$")
_NS_BOX = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"')


def _add_text_box(doc, text: str, enc: Encoder) -> None:
    """A paragraph holding one inline text box with `text`, as Word writes a drawn shape:
    DrawingML (wps) with a VML fallback, both carrying the same w:txbxContent."""
    from xml.sax.saxutils import escape

    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.paragraph_format.space_after = Pt(0)
    if _ARROWS.match(text):
        _add_runs(par, text, enc)
        return
    st = _WORD
    lines = max(1, -(-len(text) // 48))
    w_emu, h_emu = 4_320_000, (lines * 200 + 160) * 1270  # 12 cm wide, ~10 pt a line
    stored, font = enc.text(plain_text(text))
    fonts = _rfonts_xml(font)
    content = (f'<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/>'
               f'</w:pPr><w:r><w:rPr>{fonts}</w:rPr><w:t xml:space="preserve">{escape(stored)}'
               f'</w:t></w:r></w:p></w:txbxContent>')
    sid = st.next_id
    st.next_id += 1
    xml = (
        f'<w:r {_NS_BOX}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{w_emu}" cy="{h_emu}"/>'
        f'<wp:docPr id="{sid}" name="Hộp văn bản {sid}"/><a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom><a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/>'
        f'</a:solidFill></a:ln></wps:spPr><wps:txbx>{content}</wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        f'rIns="91440" bIns="45720" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback>'
        f'<w:pict><v:rect style="width:{w_emu / 12700:.0f}pt;height:{h_emu / 12700:.0f}pt" '
        f'strokeweight=".75pt"><v:textbox>{content}</v:textbox></v:rect></w:pict>'
        f'</mc:Fallback></mc:AlternateContent></w:r>')
    par._p.append(parse_xml(xml))


def _wrap_control(doc, start: int, label: str) -> None:
    """Move the body elements added since `start` into one block-level content control."""
    from xml.sax.saxutils import quoteattr

    body = doc.element.body
    added = [el for el in list(body)[start:] if el.tag != qn("w:sectPr")]
    if not added:
        raise BuildError(f"content control {label!r} holds nothing")
    st = _WORD
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val={quoteattr(label)}/>'
                    f'<w:id w:val="{st.next_id}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    st.next_id += 1
    added[0].addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for el in added:
        content.append(el)


def _add_page_field(par, enc: Encoder) -> None:
    def fld(kind: str) -> None:
        r = par.add_run()
        r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))

    fld("begin")
    r = par.add_run()
    r._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    fld("separate")
    _add_runs(par, "1", enc)
    fld("end")


_LEAD_NUMBER = re.compile(
    r"^(?:(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+)?"
    r"(?:[IVXLC]+\s*[.):]|\d{1,2}(?:\.\d{1,2})*\s*[.)]?|[a-zđ]\s*[.)])\s+")


def strip_number(text: str) -> str:
    return _LEAD_NUMBER.sub("", text, count=1)


def add_autonum(doc) -> int:
    """Add an upperRoman / decimal / lowerLetter multilevel list; return its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids, default=-1) + 1
    levels = (("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))
    lvl_xml = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
        f'<w:ind w:left="567" w:hanging="567"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/><w:b/></w:rPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = numbering.add_num(aid)
    return int(num.numId)


def add_heading(doc, h: Heading, mode: str, enc: Encoder, num_id: int | None) -> None:
    text = h.text.replace("**", "")
    if mode == "styles":
        par = doc.add_paragraph(style=f"Heading {h.level}")
        _add_runs(par, text, enc)
        return
    par = doc.add_paragraph()
    pf = par.paragraph_format
    if mode != "plain":
        pf.keep_with_next = True
        pf.space_before = Pt(10 if h.level == 1 else 6)
    if mode == "bold":
        _add_runs(par, text, enc, bold=True, italic=True if h.level == 3 else None)
    elif mode == "upper":
        if h.level == 1:
            _add_runs(par, text.upper(), enc, bold=False)
        elif h.level == 2:
            _add_runs(par, text, enc, bold=True)
        else:
            _add_runs(par, text, enc, italic=True)
    elif mode == "autonum":
        ppr = par._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{h.level - 1}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'))
        _add_runs(par, strip_number(text), enc, bold=True)
    else:  # plain
        _add_runs(par, text, enc)


_NUMERIC = re.compile(r"^[-+−]?[\d.,\s%]+$|^-$")
_ROMAN_CELL = re.compile(r"^[IVX]+$")


def _col_widths(rows: list[list[str]], total_mm: float = 165.0) -> list[float]:
    n = len(rows[0])
    weights = []
    for c in range(n):
        longest = max(len(r[c]) for r in rows)
        header = rows[0][c]
        if header.upper() in ("TT", "STT") or longest <= 3:
            weights.append(4.5)
        else:
            weights.append(min(max(longest, 7), 34))
    scale = total_mm / sum(weights)
    return [w * scale for w in weights]


def _bold_row(r: int, row: list[str]) -> bool:
    return r == 0 or bool(_ROMAN_CELL.match(row[0].strip())) or any(
        x.strip().lower().startswith(("tổng cộng", "tổng số", "cộng")) for x in row)


def _add_unit_line(doc, t: TableBlock, enc: Encoder) -> None:
    if t.unit:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        _add_runs(p, t.unit, enc, italic=True)


def add_tab_table(doc, t: TableBlock, enc: Encoder) -> None:
    """A table typed as one paragraph a row, its cells separated by tabs and lined up by tab
    stops (left stops for text columns, right stops at a number column's right edge): how
    many plans are typed by people who never insert a Word table."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    _add_unit_line(doc, t, enc)
    rows = t.rows
    widths = _col_widths(rows)
    numeric = [c > 0 and all(_NUMERIC.match(r[c]) or not r[c].strip() for r in rows[1:])
               for c in range(len(widths))]
    for r, row in enumerate(rows):
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        pf.keep_with_next = r < len(rows) - 1
        edge = 0.0
        for c, w in enumerate(widths):
            if c > 0 and not numeric[c]:
                pf.tab_stops.add_tab_stop(Mm(edge + 1), WD_TAB_ALIGNMENT.LEFT)
            edge += w
            if numeric[c]:
                pf.tab_stops.add_tab_stop(Mm(edge - 1), WD_TAB_ALIGNMENT.RIGHT)
        _add_runs(par, "\t".join(row), enc, bold=True if _bold_row(r, row) else None)
    spacer = doc.add_paragraph()
    spacer.paragraph_format.space_after = Pt(0)


def add_table(doc, t: TableBlock, enc: Encoder, borders: bool = True) -> None:
    _add_unit_line(doc, t, enc)
    rows = t.rows
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = _col_widths(rows)
    for c, col in enumerate(table.columns):
        col.width = Mm(widths[c])
    for r, row in enumerate(rows):
        bold_row = _bold_row(r, row)
        tr = table.rows[r]
        if r == 0:
            tr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for c, value in enumerate(row):
            cell = tr.cells[c]
            cell.width = Mm(widths[c])
            par = cell.paragraphs[0]
            pf = par.paragraph_format
            pf.space_after = Pt(0)
            pf.space_before = Pt(0)
            pf.line_spacing = 1.0
            if r == 0 or c == 0 and len(value) <= 4:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif _NUMERIC.match(value):
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _add_runs(par, value, enc, bold=True if bold_row else None)
    spacer = doc.add_paragraph()
    spacer.paragraph_format.space_after = Pt(0)


def short_name(meta: dict) -> str:
    if meta.get("header"):
        return str(meta["header"])
    name = meta["expected"]["producer"].get("name") or ""
    for long, short in (("Hợp tác xã", "HTX"), ("Công ty trách nhiệm hữu hạn", "Công ty TNHH"),
                        ("Công ty cổ phần", "Công ty CP"),
                        ("Tổ hợp tác", "THT"), ("Doanh nghiệp tư nhân", "DNTN")):
        if name.lower().startswith(long.lower()):
            return short + name[len(long):]
    return name


def write_docx(src: Source, out: Path) -> None:
    build, mode = src.meta["build"], src.meta["headings"]
    enc = Encoder(build)
    doc = Document()
    font = ".VnTime" if build == "docx-tcvn3" else FONT
    setup_document(doc, font)
    product = src.meta["expected"]["product"].get("name") or ""
    doc.core_properties.title = enc.text(f"Phương án sản xuất kinh doanh {product}".strip())[0]

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add_runs(hp, short_name(src.meta), enc, italic=True)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(fp, enc)

    num_id = add_autonum(doc) if mode == "autonum" else None
    _WORD.doc, _WORD.src, _WORD.next_id, _WORD.footnotes = doc, src, 1, []
    open_box: Container | None = None
    control_start: tuple[int, str] | None = None
    layout: str | None = None  # "borderless" | "tabs" inside those ':::' blocks
    # python-docx's template starts with no paragraph; the first block opens the body.
    for b in src.blocks:
        if isinstance(b, Container):
            if open_box is not None or control_start is not None or layout is not None:
                raise BuildError(f"{src.path.name}: ':::' blocks do not nest")
            if b.kind == "box":
                open_box = b
            elif b.kind in ("borderless", "tabs"):
                layout = b.kind
            else:
                control_start = (len(doc.element.body) - 1, b.label or "Nội dung")
            continue
        if isinstance(b, ContainerEnd):
            if control_start is not None:
                _wrap_control(doc, *control_start)
            elif open_box is None and layout is None:
                raise BuildError(f"{src.path.name}: ':::' closes nothing")
            open_box = control_start = layout = None
            continue
        if open_box is not None:
            if not isinstance(b, Para):
                raise BuildError(f"{src.path.name}: a '::: hộp' block holds text lines only")
            for line in b.lines:
                _add_text_box(doc, line, enc)
            continue
        if isinstance(b, Heading):
            add_heading(doc, b, mode, enc, num_id)
        elif isinstance(b, TableBlock):
            if not b.rows:
                raise BuildError(f"{src.path.name}: unit line {b.unit!r} with no table")
            if layout == "tabs":
                add_tab_table(doc, b, enc)
            else:
                add_table(doc, b, enc, borders=layout != "borderless")
        elif isinstance(b, ListItem):
            par = doc.add_paragraph()
            pf = par.paragraph_format
            pf.left_indent = Cm(0.6 if b.depth == 1 else 1.2)
            pf.first_line_indent = Cm(0.4)
            pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf.space_after = Pt(3)
            _add_runs(par, ("- " if b.depth == 1 else "+ ") + b.text, enc)
        else:
            par = doc.add_paragraph()
            if b.title:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.paragraph_format.space_after = Pt(3)
            else:
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                par.paragraph_format.first_line_indent = Cm(1)
            _add_runs(par, b.text, enc)
    if open_box is not None or control_start is not None or layout is not None:
        raise BuildError(f"{src.path.name}: a ':::' block is not closed")
    if _WORD.footnotes:
        _add_footnotes_part(doc, _WORD.footnotes, enc)
    raw = _raw_body(src)
    unused = {k for k in src.footnotes if f"[^{k}]" not in raw}
    if unused:
        raise BuildError(f"{src.path.name}: footnotes defined but never referenced: {sorted(unused)}")
    _WORD.doc = _WORD.src = None
    buf = io.BytesIO()
    doc.save(buf)
    out.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- LibreOffice etc.

def soffice_convert(src: Path, target: str, outdir: Path, timeout: int = SOFFICE_TIMEOUT) -> Path:
    """Convert with LibreOffice headless using a private, throw-away profile."""
    profile = Path(tempfile.mkdtemp(prefix=f"lo_profile_{os.getpid()}_", dir="/tmp"))
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--nologo", "--convert-to", target, "--outdir", str(outdir), str(src)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # only the group this call started
        proc.communicate()
        raise BuildError(f"soffice timed out after {timeout} s converting {src.name}") from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    ext = target.split(":")[0]
    result = outdir / f"{src.stem}.{ext}"
    if proc.returncode != 0 or not result.exists():
        raise BuildError(f"soffice failed on {src.name} ({proc.returncode}): "
                         f"{err.decode(errors='replace')[-500:]}")
    return result


def fix_pdf(path: Path, out: Path) -> None:
    """Fixed dates and a content-derived /ID, so a rebuild gives the same bytes."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        if "/Metadata" in pdf.Root:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                    if key in meta:
                        meta[key] = "2026-03-16T08:00:00Z"
        pdf.docinfo["/CreationDate"] = PDF_DATE
        pdf.docinfo["/ModDate"] = PDF_DATE
        for key in ("/ID", "/DocChecksum"):  # LibreOffice's, different on every run
            if key in pdf.trailer:
                del pdf.trailer[key]
        pdf.save(out, deterministic_id=True)


def scan_pdf(pdf: Path, out: Path, dpi: int, seed: str, workdir: Path) -> None:
    """Rasterise in grey, skew, soften and speckle each page; wrap the JPEGs as a PDF."""
    import pikepdf
    from PIL import Image, ImageChops, ImageFilter

    prefix = workdir / "page"
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(prefix)], check=True,
                   timeout=SOFFICE_TIMEOUT)
    pages = sorted(workdir.glob("page-*.pgm"), key=lambda p: int(p.stem.split("-")[-1]))
    if not pages:
        raise BuildError(f"pdftoppm produced no page for {pdf.name}")
    result = pikepdf.Pdf.new()
    for n, page in enumerate(pages, start=1):
        rng = random.Random(zlib.crc32(f"{seed}:{n}".encode()))
        im = Image.open(page).convert("L")
        angle = rng.uniform(0.15, 0.6) * rng.choice((-1, 1))
        im = im.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.5 * dpi / 300))
        # paper tone and toner: white -> ~246, black -> ~25
        im = im.point(lambda v: int(25 + v * 0.867))
        amp = 6  # +/- grey levels of uniform noise (more noise = much bigger JPEGs)
        noise = Image.frombytes("L", im.size, rng.randbytes(im.size[0] * im.size[1]))
        noise = noise.point(lambda v: 128 + (v * (2 * amp + 1)) // 256 - amp)
        im = ImageChops.add(im, noise, scale=1.0, offset=-128)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=50, optimize=True, dpi=(dpi, dpi))
        w, h = im.size
        image = pikepdf.Stream(result, buf.getvalue())
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height = w, h
        image.ColorSpace, image.BitsPerComponent = pikepdf.Name.DeviceGray, 8
        image.Filter = pikepdf.Name.DCTDecode
        wpt, hpt = w * 72 / dpi, h * 72 / dpi
        content = pikepdf.Stream(result, f"q {wpt:.3f} 0 0 {hpt:.3f} 0 0 cm /Im0 Do Q".encode())
        pg = pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, round(wpt, 3), round(hpt, 3)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
            Contents=content)
        result.pages.append(pikepdf.Page(pg))
    result.docinfo["/Producer"] = "ocop-review samples (scan simulation)"
    result.docinfo["/CreationDate"] = PDF_DATE
    result.save(out, deterministic_id=True)


# --------------------------------------------------------------------------- driver

def build_one(path: Path) -> tuple[str, float, Path]:
    t0 = time.monotonic()
    src = parse_source(path)
    check_markup(src)
    check_figures(src)
    build = src.meta["build"]
    ext, fmt = BUILDS[build]
    PLANS.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    target = PLANS / f"{src.stem}.{ext}"
    with tempfile.TemporaryDirectory(prefix=f"samples_{src.stem}_") as tmp:
        work = Path(tmp)
        docx = work / f"{src.stem}.docx"
        write_docx(src, docx)
        if ext == "docx":
            shutil.copyfile(docx, target)
        elif build == "pdf":
            fix_pdf(soffice_convert(docx, "pdf", work), target)
        elif build == "doc":
            doc = soffice_convert(docx, 'doc:MS Word 97', work)
            if doc.read_bytes()[:8] != bytes.fromhex("D0CF11E0A1B11AE1"):
                raise BuildError(f"{doc.name} is not an OLE compound file")
            shutil.copyfile(doc, target)
        elif build == "scanned":
            pdf = soffice_convert(docx, "pdf", work)
            pages = work / "pages"
            pages.mkdir()
            scan_pdf(pdf, target, int(src.meta.get("dpi", 300)), src.stem, pages)
    expected = {"source": f"plans/{target.name}", "format": fmt, "build": build}
    expected.update(src.meta["expected"])
    (EXPECTED / f"{src.stem}.yml").write_text(
        yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=1000,
                       default_flow_style=None),
        encoding="utf-8")
    return src.stem, time.monotonic() - t0, target


def select(args: list[str]) -> list[Path]:
    files = sorted(SRC.glob("*.md"))
    if not args:
        return files
    chosen = []
    for a in args:
        a = Path(a).stem if a.endswith(".md") else a
        hits = [f for f in files if f.stem == a] or [f for f in files if f.stem.startswith(a)]
        if not hits:
            raise SystemExit(f"no source for {a!r} in {SRC}")
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


# The 15 planned stems (docs/SAMPLES_PLAN.md) with the product used when a source is missing.
PLANNED_PRODUCTS = {
    "s01": "Rượu nếp sim", "s02": "Nước mắm", "s03": "Chè vằng", "s04": "Mật ong",
    "s05": "Cam bù", "s06": "Bánh đa vừng", "s07": "Mắm tôm", "s08": "Nón lá",
    "s09": "Homestay du lịch", "s10": "Dầu lạc", "s11": "Giò lụa", "s12": "Nhang trầm",
    "s13": "Rượu ngô", "s14": "Trà cà gai leo", "s15": "Miến gạo",
}  # fmt: skip
# An approved idea for which no plan is ever received (batch.json `missing`).
EXTRA_IDEAS = [("Hợp tác xã Nam Hương", "Rượu nếp sim Nam Hương", "Thạch Hà")]


def write_ideas(path: Path = HERE / "ideas.csv") -> int:
    """Write the registry of approved product ideas: one per planned stem, plus EXTRA_IDEAS."""
    import csv

    by_prefix: dict[str, tuple[str, str, str]] = {}
    for f in sorted(SRC.glob("*.md")):
        m = _FRONT.match(unicodedata.normalize("NFC", f.read_text(encoding="utf-8")))
        exp = (yaml.safe_load(m.group(1)) or {}).get("expected") or {} if m else {}
        prod, prov = exp.get("product") or {}, exp.get("producer") or {}
        by_prefix[f.stem[:3]] = (prov.get("name") or "", prod.get("name") or "",
                                 prov.get("commune") or "")
    rows = [by_prefix.get(k, ("", v, "")) for k, v in PLANNED_PRODUCTS.items()] + EXTRA_IDEAS
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["producer", "product", "commune"])
        w.writerows(rows)
    missing = [k for k in PLANNED_PRODUCTS if k not in by_prefix]
    note = f" (no source yet: {', '.join(missing)})" if missing else ""
    print(f"wrote {path.name}: {len(rows)} ideas{note}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Build samples/plans and samples/expected from samples/src.")
    ap.add_argument("stems", nargs="*", help="stems or stem prefixes (default: all)")
    ap.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="parallel builds (each LibreOffice call has its own profile)")
    ap.add_argument("--ideas", action="store_true",
                    help="only (re)write samples/ideas.csv from the sources' front matter")
    ns = ap.parse_args(argv)
    if ns.ideas:
        return write_ideas()
    files = select(ns.stems)
    t0 = time.monotonic()
    failed = 0

    def run(path: Path):
        try:
            return build_one(path)
        except (BuildError, subprocess.SubprocessError, OSError) as e:
            return e

    with ThreadPoolExecutor(max_workers=max(1, ns.jobs)) as pool:
        for path, res in zip(files, pool.map(run, files)):
            if isinstance(res, Exception):
                failed += 1
                print(f"FAIL {path.stem}: {res}", file=sys.stderr)
            else:
                stem, secs, target = res
                print(f"ok   {stem:<32} {target.parent.name}/{target.name} "
                      f"({target.stat().st_size // 1024} KiB, {secs:.1f} s)")
    print(f"{len(files) - failed}/{len(files)} built in {time.monotonic() - t0:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
