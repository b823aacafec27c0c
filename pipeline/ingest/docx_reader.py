"""Word (.docx) reader: body order, headings by style and by look, auto-numbering, tables.

The package is opened as `docx.Document()` opens it: python-docx's package reader and part
classes, so the same parts are reached through the same relationships and a broken package
fails the same way. Its XML parts are parsed by a plain lxml parser with python-docx's settings
(entities not resolved, no network), without python-docx's element classes: the body is walked
at the lxml level, several times faster than building python-docx objects for every run, and
with access to what python-docx does not expose (outline levels, numbering). Styles are resolved
on first use: a plan uses a handful of the hundreds of styles its styles.xml may define.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast
from xml.parsers import expat

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import Unmarshaller
from docx.opc.packuri import PackURI
from docx.opc.part import Part, PartFactory, XmlPart
from docx.opc.pkgreader import PackageReader
from docx.oxml.ns import qn
from docx.package import Package
from docx.parts.document import DocumentPart
from lxml import etree

from pipeline.errors import ReadError
from pipeline.ingest.headings import HeadingCues, classify, split_numbering
from pipeline.models import Block, BlockKind, Document, Problem
from pipeline.settings import Settings
from pipeline.text import clean, one_line

W_DOCUMENT, W_BODY, W_P, W_TBL, W_TR, W_TC = map(qn, ("w:document", "w:body", "w:p", "w:tbl", "w:tr", "w:tc"))
W_PPR, W_PSTYLE, W_OUTLINELVL, W_JC = map(qn, ("w:pPr", "w:pStyle", "w:outlineLvl", "w:jc"))
W_NUMPR, W_NUMID, W_ILVL = map(qn, ("w:numPr", "w:numId", "w:ilvl"))
W_R, W_RPR, W_T, W_TAB, W_BR = map(qn, ("w:r", "w:rPr", "w:t", "w:tab", "w:br"))
W_SOFTHYPHEN, W_NBHYPHEN = map(qn, ("w:softHyphen", "w:noBreakHyphen"))
W_B, W_SZ, W_RFONTS, W_ASCII, W_HANSI = map(qn, ("w:b", "w:sz", "w:rFonts", "w:ascii", "w:hAnsi"))
W_HYPERLINK, W_INS, W_SMARTTAG, W_SDT = map(qn, ("w:hyperlink", "w:ins", "w:smartTag", "w:sdt"))
W_SDTCONTENT, W_FLDSIMPLE = map(qn, ("w:sdtContent", "w:fldSimple"))
W_MOVETO, W_CUSTOMXML, W_DIR, W_BDO = map(qn, ("w:moveTo", "w:customXml", "w:dir", "w:bdo"))
W_TXBXCONTENT = qn("w:txbxContent")
W_TABS = qn("w:tabs")
W_FOOTNOTEREF, W_ENDNOTEREF = map(qn, ("w:footnoteReference", "w:endnoteReference"))
W_FOOTNOTE, W_ENDNOTE, W_ID, W_TYPE = map(qn, ("w:footnote", "w:endnote", "w:id", "w:type"))
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
W_TCPR, W_GRIDSPAN = map(qn, ("w:tcPr", "w:gridSpan"))
W_STYLE, W_STYLEID, W_NAME, W_BASEDON = map(qn, ("w:style", "w:styleId", "w:name", "w:basedOn"))
W_ABSTRACTNUM, W_ABSTRACTNUMID, W_NUM, W_LVL = map(qn, ("w:abstractNum", "w:abstractNumId", "w:num", "w:lvl"))
W_NUMFMT, W_LVLTEXT, W_START = map(qn, ("w:numFmt", "w:lvlText", "w:start"))
W_VAL = qn("w:val")
# Run containers whose runs are the document's text. A tracked insertion (w:ins) or the new
# place of a moved text (w:moveTo) is read as accepted; a deletion (w:del) and a move's old place
# (w:moveFrom) are not containers, so their runs are skipped: the plan reads as if every change
# were accepted, the text the producer last wrote.
_CONTAINERS = {W_HYPERLINK, W_INS, W_SMARTTAG, W_SDT, W_SDTCONTENT, W_FLDSIMPLE, W_MOVETO,
               W_CUSTOMXML, W_DIR, W_BDO}
# Block containers: what holds paragraphs and tables at the level of the body.
_BLOCK_CONTAINERS = {W_SDT, W_SDTCONTENT, W_CUSTOMXML}
# What a run's non-text children stand for (TCVN3 stores "ư" as U+00AD; clean() drops it later).
_RUN_CHARS = {W_TAB: "\t", W_BR: "\n", W_SOFTHYPHEN: "\u00ad", W_NBHYPHEN: "-"}
UNIT_MARKERS = ("đvt", "đơn vị tính", "đơn vị:", "dvt", "don vi tinh")

# zipfile's ZipExtFile.read() with no size (python-docx's ZipFile.read of every part) asks zlib
# for up to MAX_N (1 GiB) bytes per call and only then cuts the result to the member's declared
# size: a member declaring 40 KB whose stream inflates to a gigabyte takes a gigabyte of memory
# before the cut (found by tests/test_hostile.py). With 1 MiB per call, a read stops within 1 MiB
# of the declared size; every other reader is unchanged (the loop simply calls more often).
# check_zip refuses such a member from its headers first; this bounds whatever reads a zip later.
zipfile.ZipExtFile.MAX_N = 1 << 20


# ---------------------------------------------------------------- numbering

def _roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letter(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(ord("a") + r) + s
    return s


def _format_number(n: int, fmt: str) -> str:
    match fmt:
        case "upperRoman":
            return _roman(n)
        case "lowerRoman":
            return _roman(n).lower()
        case "upperLetter":
            return _letter(n).upper()
        case "lowerLetter":
            return _letter(n)
        case "bullet" | "none":
            return ""
        case _:
            return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word auto-numbering (numbering.xml) rendered into the labels a reader sees."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    num_to_abs: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_part(cls, part: DocumentPart) -> Numbering:
        nb = cls()
        try:
            root = part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return nb  # no numbering part (python-docx cannot make one), or not an XML part
        for an in root.findall(W_ABSTRACTNUM):
            levels: dict[int, _Level] = {}
            for lvl in an.findall(W_LVL):
                ilvl = int(lvl.get(W_ILVL, "0"))
                lv = _Level()
                if (e := lvl.find(W_NUMFMT)) is not None:
                    lv.fmt = e.get(W_VAL, "decimal")
                if (e := lvl.find(W_LVLTEXT)) is not None:
                    lv.text = e.get(W_VAL, "")
                if (e := lvl.find(W_START)) is not None:
                    lv.start = int(e.get(W_VAL, "1") or 1)
                levels[ilvl] = lv
            nb.abstract[an.get(W_ABSTRACTNUMID)] = levels
        for num in root.findall(W_NUM):
            a = num.find(W_ABSTRACTNUMID)
            if a is not None:
                nb.num_to_abs[num.get(W_NUMID)] = a.get(W_VAL)
        return nb

    def label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """Advance the counter and return (label, format) for a numbered paragraph."""
        abs_id = self.num_to_abs.get(num_id)
        levels = self.abstract.get(abs_id or "")
        if not levels or num_id == "0":
            return None
        lv = levels.get(ilvl, _Level())
        # Counters belong to the abstract definition: numIds sharing it continue the sequence.
        ctr = self.counters.setdefault(abs_id, [0] * 9)
        ilvl = min(max(ilvl, 0), 8)
        ctr[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            ctr[deeper] = 0
        if lv.fmt in ("bullet", "none"):
            return ("", lv.fmt)
        text = lv.text
        for i in range(ilvl + 1):
            li = levels.get(i, _Level())
            n = (li.start - 1) + max(ctr[i], 1)
            text = text.replace(f"%{i + 1}", _format_number(n, li.fmt))
        return (text.strip(), lv.fmt)


# ---------------------------------------------------------------- styles

@dataclass
class _StyleInfo:
    name: str
    outline: int | None
    bold: bool | None
    size: float | None
    num: tuple[str, int] | None
    font: str | None


# basedOn is followed this many steps from a style at most: a longer chain is cut there.
_MAX_DEPTH = 20


class _StyleTable:
    """Styles by id, each with what it inherits through basedOn, resolved on first use and
    kept.

    The values are those of resolving every style in document order (the reader did that up
    front). When every basedOn chain ends within `_MAX_DEPTH` steps, a style's value does not
    depend on that order; with a loop or a longer chain it does (the chain is cut, and the style
    where it was cut is kept as cut, whichever style was resolved through it first), so such a
    table is resolved whole, in document order, at once.
    """

    def __init__(self, root: etree._Element | None) -> None:
        # id -> its w:style; a repeated id keeps its first place and its last element
        self._elements: dict[str | None, etree._Element] = {}
        self._resolved: dict[str | None, _StyleInfo] = {}
        if root is None:
            return
        for st in root.iterchildren(W_STYLE):
            self._elements[st.get(W_STYLEID)] = st
        if not self._chains_end():
            for sid in self._elements:
                self.get(sid)

    def _chains_end(self) -> bool:
        """Whether every basedOn chain ends (at a style with no parent in the table) within
        `_MAX_DEPTH` steps, that is, holds at most `_MAX_DEPTH + 1` styles."""
        parent: dict[str | None, str | None] = {}  # None: the chain ends here
        for sid, st in self._elements.items():
            based = next(st.iterchildren(W_BASEDON), None)
            p = based.get(W_VAL) if based is not None else None
            parent[sid] = p if p and p in self._elements else None
        length: dict[str | None, int] = {}  # how many styles the chain from a style holds
        for sid, nxt in parent.items():
            if sid in length:
                continue
            path = [sid]
            while nxt is not None and nxt not in length:
                if len(path) > _MAX_DEPTH:
                    return False  # too long, or a loop
                path.append(nxt)
                nxt = parent[nxt]
            n = length[nxt] if nxt is not None else 0
            for s in reversed(path):
                n += 1
                length[s] = n
            if n > _MAX_DEPTH + 1:
                return False
        return True

    def get(self, sid: str | None, depth: int = 0) -> _StyleInfo | None:
        """The style `sid` with what it inherits; None for an id the table does not hold."""
        if sid in self._resolved:
            return self._resolved[sid]
        if sid not in self._elements or depth > _MAX_DEPTH:
            return None
        info, parent = _style_info(self._elements[sid], sid)
        if parent:
            p = self.get(parent, depth + 1)
            if p is not None:
                info = _StyleInfo(
                    info.name,
                    info.outline if info.outline is not None else p.outline,
                    info.bold if info.bold is not None else p.bold,
                    info.size if info.size is not None else p.size,
                    info.num or p.num,
                    info.font or p.font,
                )
        self._resolved[sid] = info
        return info


def _style_info(st: etree._Element, sid: str | None) -> tuple[_StyleInfo, str | None]:
    """A style's own properties, and the id of the style it is based on."""
    name_el = st.find(W_NAME)
    name = name_el.get(W_VAL) if name_el is not None else sid
    based = st.find(W_BASEDON)
    ppr = st.find(W_PPR)
    outline = None
    num = None
    if ppr is not None:
        if (o := ppr.find(W_OUTLINELVL)) is not None:
            outline = int(o.get(W_VAL, "9"))
        if (n := ppr.find(W_NUMPR)) is not None:
            nid = n.find(W_NUMID)
            il = n.find(W_ILVL)
            if nid is not None:
                num = (nid.get(W_VAL), int(il.get(W_VAL, "0")) if il is not None else 0)
    bold, size, font = _rpr_props(st.find(W_RPR))
    return (_StyleInfo(name or sid, outline, bold, size, num, font),
            based.get(W_VAL) if based is not None else None)


def _styles_root(part: DocumentPart) -> etree._Element | None:
    """styles.xml (python-docx's default styles when the package has none), or None."""
    try:
        return part.styles.element
    except (KeyError, AttributeError):
        return None  # the styles relationship leads to something other than a styles part


def _on(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    v = el.get(W_VAL)
    return v not in ("0", "false", "off", "none")


def _rpr_props(rpr: etree._Element | None) -> tuple[bool | None, float | None, str | None]:
    if rpr is None:
        return None, None, None
    # The first w:b, w:sz and w:rFonts child (what `find` gives), in one pass over the children:
    # this runs for every run and every style, and three `find` calls cost four times as much.
    b = sz = f = None
    for ch in rpr:
        tag = ch.tag
        if tag == W_B:
            b = ch if b is None else b
        elif tag == W_SZ:
            sz = ch if sz is None else sz
        elif tag == W_RFONTS:
            f = ch if f is None else f
    bold = _on(b)
    size = None
    if sz is not None:
        try:
            size = int(sz.get(W_VAL)) / 2
        except (TypeError, ValueError):
            size = None
    font = None
    if f is not None:
        font = f.get(W_ASCII) or f.get(W_HANSI)
    return bold, size, font


# ---------------------------------------------------------------- paragraphs

@dataclass
class _Para:
    text: str
    style: str | None
    outline: int | None
    bold: bool
    size: float | None
    list_label: str | None
    list_fmt: str | None
    centered: bool
    chars: int
    plain: bool = False  # a text box's or a footnote's text: never a heading
    cells: list[str] | None = None  # the text cut at its tabs, when they make two pieces or more


_Run = tuple[str, bool | None, float | None, str | None]


def _run_texts(p: etree._Element) -> list[_Run]:
    """Runs of a paragraph as (text, bold, size, font); follows hyperlinks, insertions, fields."""
    runs: list[_Run] = []
    stack = list(p)
    stack.reverse()
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == W_R:
            parts = []
            rpr = None  # the first w:rPr, taken in the same pass as the text
            for ch in el:
                t = ch.tag
                if t == W_T:
                    parts.append(ch.text or "")
                elif t == W_RPR:
                    rpr = ch if rpr is None else rpr
                elif (c := _RUN_CHARS.get(t)) is not None:
                    parts.append(c)
            if parts:
                bold, size, font = _rpr_props(rpr)
                runs.append(("".join(parts), bold, size, font))
        elif tag in _CONTAINERS:
            stack.extend(reversed(list(el)))
    return runs


def _read_para(p: etree._Element, styles: _StyleTable, numbering: Numbering, legacy,
               problems_seen: set, default_font: str | None) -> _Para | None:
    ppr = next(p.iterchildren(W_PPR), None)
    style_id = None
    outline = None
    num = None
    centered = False
    stops = False  # the paragraph sets its own tab stops
    if ppr is not None:
        # the first child of each tag (what `find` gives), in one pass
        ps = o = n = jc = None
        for ch in ppr:
            tag = ch.tag
            if tag == W_TABS:
                stops = True
            elif tag == W_PSTYLE:
                ps = ch if ps is None else ps
            elif tag == W_OUTLINELVL:
                o = ch if o is None else o
            elif tag == W_NUMPR:
                n = ch if n is None else n
            elif tag == W_JC:
                jc = ch if jc is None else jc
        if ps is not None:
            style_id = ps.get(W_VAL)
        if o is not None:
            outline = int(o.get(W_VAL, "9"))
        if n is not None:
            nid = n.find(W_NUMID)
            il = n.find(W_ILVL)
            if nid is not None:
                num = (nid.get(W_VAL), int(il.get(W_VAL, "0")) if il is not None else 0)
        if jc is not None:
            centered = jc.get(W_VAL) == "center"
    st = styles.get(style_id or "Normal") or styles.get("Normal")
    if st is not None:
        if outline is None:
            outline = st.outline
        num = num or st.num
    if outline is not None and outline >= 9:
        outline = None
    runs = _run_texts(p)
    if not runs:
        return None
    texts = []
    bold_chars = 0
    total_chars = 0
    sizes: Counter[float] = Counter()
    for text, bold, size, font in runs:
        font = font or (st.font if st else None) or default_font
        if legacy is not None and font and legacy.is_legacy_font(font):
            conv, enc = legacy.repair(text, font)
            if enc:
                problems_seen.add(enc)
            text = conv
        texts.append(text)
        n = len("".join(text.split()))  # characters other than white space
        total_chars += n
        b = bold if bold is not None else (st.bold if st else None)
        if b:
            bold_chars += n
        sz = size if size is not None else (st.size if st else None)
        if sz:
            sizes[sz] += n
    raw = "".join(texts)
    if legacy is not None and not problems_seen.intersection({"tcvn3", "vni"}):
        conv, enc = legacy.repair(raw, None)
        if enc:
            problems_seen.add(enc)
            raw = conv
    text = clean(raw)
    if not text:
        return None
    cells = _tab_cells(raw, stops) if "\t" in raw else None
    label = fmt = None
    if num is not None:
        got = numbering.label(*num)
        if got is not None:
            label, fmt = got
    return _Para(
        text=text,
        style=st.name if st else None,
        outline=outline,
        bold=total_chars > 0 and bold_chars >= 0.9 * total_chars,
        size=sizes.most_common(1)[0][0] if sizes else None,
        list_label=label,
        list_fmt=fmt,
        centered=centered,
        chars=total_chars,
        cells=cells,
    )


def _tab_cells(raw: str, stops: bool) -> list[str] | None:
    """A line typed as a table row, its cells lined up by tabs: the cells, when there are two or more. With the
    paragraph's own tab stops each tab moves to the next column, so two tabs in a row leave a cell empty; on Word's
    default stops people press tab until the text lines up, so a run of tabs is one gap (and a leading one only
    indents)."""
    parts = [clean(x) for x in (raw.split("\t") if stops else _TAB_RUN.split(raw))]
    if not stops and parts and not parts[0]:
        parts = parts[1:]
    while parts and not parts[-1]:
        parts.pop()
    return parts if len([x for x in parts if x]) >= 2 else None


_TAB_RUN = re.compile(r"\t+")
# a cell that is a figure, bare or with a short unit ("9.000", "12,5 %", "(25.000)", "30 kg/mẻ"), not a form's
# "Điện thoại: 0912 345 678"
_FIGURE_CELL = re.compile(r"[-+(]?\d[\d.,]*\)?\s*(?:%|[^\W\d]{1,6}(?:/[^\W\d]{1,6})?)?")


def _form_line(item: tuple[str, object]) -> tuple[str, object]:
    """A line of a form's fields set apart by tabs ("Địa chỉ: thôn 3, xã Xuân Viên → Điện thoại: 0912 345 678"): its
    fields joined with "; ", so that one field's words do not run on into the next's ("xã Xuân Viên Điện thoại")."""
    kind, p = item
    if kind == "p" and p.cells and sum(1 for c in p.cells if ":" in c) >= 2:  # type: ignore[union-attr]
        p.text = "; ".join(c for c in p.cells if c)  # type: ignore[union-attr]
    return item


def _tab_tables(items: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Runs of paragraphs typed as table rows (`_Para.cells`) made tables: three rows or more, two of them with a
    cell after their first that is a figure ("TT | Sản phẩm | Năm 2027 …" over "1 | Nón lá trắng | 9.000 | 9.800 …";
    not a form's "Địa chỉ: … | Điện thoại: 0912 345 678 | Mã số thuế: …", whose lines stay paragraphs). A row
    of two cells inside a run is one whose empty cells the tabs skipped ("Cộng" and its figure): its figures go to
    the last columns, where a table's figures stand."""
    out: list[tuple[str, object]] = []
    i = 0
    while i < len(items):
        kind, p = items[i]
        if kind != "p" or p.plain or not p.cells or len([c for c in p.cells if c]) < 3:  # type: ignore[union-attr]
            out.append(_form_line(items[i]))
            i += 1
            continue
        j = i + 1
        while j < len(items) and items[j][0] == "p" and not items[j][1].plain and items[j][1].cells:  # type: ignore[union-attr]
            j += 1
        rows: list[list[str]] = [items[k][1].cells for k in range(i, j)]  # type: ignore[union-attr,misc]
        figured = sum(1 for r in rows if any(_FIGURE_CELL.fullmatch(c) for c in r[1:]))
        if j - i < 3 or figured < 2:
            out.append(_form_line(items[i]))
            i += 1
            continue
        width = max(len(r) for r in rows)
        out.append(("t", [r[:1] + [""] * (width - len(r)) + r[1:] for r in rows]))
        i = j
    return out


def _under(el: etree._Element, tag: str, into_matches: bool):
    """The elements `tag` under `el` (and `el` itself), in document order, a shape's VML fallback (mc:Fallback, which
    repeats its DrawingML text box) skipped; below a match too when `into_matches`."""
    stack = [el]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag == MC_FALLBACK:
            continue
        if node.tag == tag:
            yield node
            if not into_matches:
                continue
        stack.extend(reversed(node))  # (children popped first to last)


def _paragraphs(el: etree._Element):
    """Every w:p under `el` in document order (text boxes and nested tables included), once."""
    if next(el.iter(MC_FALLBACK), None) is None:  # the common case, walked in C
        return el.iter(W_P)
    return _under(el, W_P, into_matches=True)


def _text_boxes(el: etree._Element) -> list[etree._Element]:
    """The outermost w:txbxContent under `el` (not under a fallback), in document order: several shapes anchored in
    one paragraph come out as they stand."""
    return list(_under(el, W_TXBXCONTENT, into_matches=False))


def _note_refs(el: etree._Element) -> list[tuple[str, str]]:
    """The footnote and endnote references under `el`, in order, as ("f" | "e", id)."""
    return [("f" if r.tag == W_FOOTNOTEREF else "e", r.get(W_ID, ""))
            for r in el.iter(W_FOOTNOTEREF, W_ENDNOTEREF)]


def _notes(part: DocumentPart) -> dict[tuple[str, str], list[etree._Element]]:
    """Footnotes and endnotes by ("f" | "e", id): their paragraphs (separators left out)."""
    notes: dict[tuple[str, str], list[etree._Element]] = {}
    for rel in part.rels.values():
        kind = {RT_FOOTNOTES: "f", RT_ENDNOTES: "e"}.get(rel.reltype)
        if kind is None or rel.is_external:
            continue
        target = rel.target_part
        root = target.element if isinstance(target, XmlPart) else None
        if root is None:
            try:
                root = etree.fromstring(target.blob, _PARSER)
            except etree.XMLSyntaxError:
                continue  # an unreadable notes part loses its notes, not the plan
        for note in root.iterchildren(W_FOOTNOTE, W_ENDNOTE):
            if note.get(W_TYPE) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            notes[(kind, note.get(W_ID, ""))] = list(_paragraphs(note))
    return notes


def _cell_text(tc: etree._Element, legacy, default_font: str | None) -> str:
    """A cell's paragraphs joined by spaces; legacy-font runs converted before cleaning."""
    out = []
    for p in _paragraphs(tc):
        parts = []
        for text, _b, _s, font in _run_texts(p):
            font = font or default_font
            if legacy is not None and font and legacy.is_legacy_font(font):
                text, _ = legacy.repair(text, font)
            parts.append(text)
        raw = "".join(parts)
        if legacy is not None:
            raw, _ = legacy.repair(raw, None)
        out.append(raw)
    return one_line(" ".join(out))


def _read_table(tbl: etree._Element, legacy, default_font: str | None) -> list[list[str]]:
    rows: list[list[str]] = []
    # the table's own rows: rows of nested tables are folded into their cell's text
    for tr in tbl.iterchildren(W_TR):
        row = []
        for tc in tr.iterchildren(W_TC):
            text = _cell_text(tc, legacy, default_font)
            span = 1
            tcpr = next(tc.iterchildren(W_TCPR), None)
            if tcpr is not None and (gs := next(tcpr.iterchildren(W_GRIDSPAN), None)) is not None:
                try:
                    span = max(1, min(int(gs.get(W_VAL, "1")), 50))
                except ValueError:
                    span = 1
            row.append(text)
            row.extend([""] * (span - 1))
        if any(c for c in row):
            rows.append(row)
    return rows


def _legacy_module():
    try:
        from pipeline.ingest import legacy_fonts
    except ImportError:  # pragma: no cover - module always ships
        return None
    return legacy_fonts


_XML_PARTS = (".xml", ".rels", ".vml")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def check_zip(path: Path, settings: Settings, source: str | None = None) -> None:
    """Pre-parse guards, before the package is read: refuse zip bombs (too many members,
    too much once inflated, one XML part too large) and scan every XML part with expat for what
    Word never writes and a parser must never meet: a DOCTYPE (entity expansion, "billion laughs";
    external entities, XXE), whatever the part's encoding; elements nested too deep; tables
    nested too deep. Sizes are the declared ones; a member whose compressed stream is longer than
    deflate could ever make from its declared size is lying about it and refused here, from the
    headers (see also `ZipExtFile.MAX_N` above)."""
    src = source or str(path)
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > settings.max_zip_members:
                raise ReadError("zip-bomb", src, f"{len(infos)} tệp con, tối đa {settings.max_zip_members}")
            total = sum(i.file_size for i in infos)
            if total > settings.max_inflated_mb * 1024 * 1024:
                raise ReadError("zip-bomb", src, f"giải nén ra {total / 1048576:.0f} MB, tối đa "
                                                 f"{settings.max_inflated_mb:.0f} MB")
            for i in infos:
                if i.compress_size > _deflate_bound(i.file_size, i.compress_type):
                    raise ReadError("corrupt-docx", src, f"phần {i.filename} khai báo sai kích thước "
                                                         f"({i.file_size} byte giải nén, "
                                                         f"{i.compress_size} byte nén)")
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise ReadError("corrupt-docx", src, "thiếu word/document.xml")
            for i in infos:
                if not i.filename.lower().endswith(_XML_PARTS) or i.is_dir():
                    continue
                if i.file_size > settings.max_xml_mb * 1024 * 1024:
                    raise ReadError("zip-bomb", src, f"phần {i.filename} giải nén ra "
                                                     f"{i.file_size / 1048576:.0f} MB, tối đa "
                                                     f"{settings.max_xml_mb:.0f} MB")
                _scan_xml(z, i, settings, src)
    except zipfile.BadZipFile as e:
        raise ReadError("corrupt-docx", src, str(e)) from None
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, zlib.error) as e:
        raise ReadError("corrupt-docx", src, type(e).__name__) from None
    except OSError as e:
        raise ReadError("corrupt-docx", src, e.strerror or type(e).__name__) from None


def _deflate_bound(size: int, method: int) -> int:
    """The longest compressed form of `size` bytes: zlib's deflateBound (stored blocks, 5 bytes
    per 16 KB, plus headers), with slack for other compressors; stored members are their size."""
    if method == zipfile.ZIP_STORED:
        return size
    return size + (size >> 12) + (size >> 14) + (size >> 25) + 1024


def _scan_xml(z: zipfile.ZipFile, info: zipfile.ZipInfo, settings: Settings, src: str) -> None:
    """Stream one XML part through expat (its own encoding detection: UTF-8, UTF-16, declared
    single-byte codecs), refusing any DTD before it is read; the scan stops where the root element
    starts (a Python callback per element, or parsing every part to its end, cost more than reading
    the plan). Broken XML past the prolog is python-docx's (lxml's) to refuse; nesting is measured
    on the parsed tree (`check_nesting`)."""
    part = info.filename
    p = expat.ParserCreate(namespace_separator=" ")
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def dtd(*_args) -> None:
        raise ReadError("hostile-xml", src, f"khai báo DOCTYPE/ENTITY trong {part}")

    def root(*_args) -> None:
        # A DOCTYPE, and with it every entity declaration, can only come before the root element:
        # once the root starts, the part has none, and lxml refuses any entity left undeclared.
        raise _PrologDone

    p.StartDoctypeDeclHandler = dtd
    p.EntityDeclHandler = dtd
    p.UnparsedEntityDeclHandler = dtd
    p.NotationDeclHandler = dtd
    p.ExternalEntityRefHandler = dtd
    p.StartElementHandler = root
    try:
        with z.open(info) as f:
            while chunk := f.read(1 << 16):
                p.Parse(chunk, False)
            p.Parse(b"", True)
    except _PrologDone:
        return
    except expat.ExpatError as e:
        raise ReadError("corrupt-docx", src, f"XML hỏng trong {part} ({expat.ErrorString(e.code)})") from None


@lru_cache(maxsize=4)
def _depth_reached(n: int) -> etree.XPath:
    """An XPath telling whether some element has `n` or more element ancestors: then the path of
    n + 1 child steps from the root selects something. Linear in the tree, where counting every
    element's ancestors is not. The parser nests no element past 256 levels, so a longer path
    would change nothing (and would exceed libxml2's XPath recursion limit)."""
    return etree.XPath("boolean(" + "/*" * (min(n, 256) + 1) + ")")


class _PrologDone(Exception):
    """The root element of an XML part started: its prolog held no DTD."""


def check_nesting(root, settings: Settings, src: str, part: str = "word/document.xml") -> None:
    """Elements nested too deep, tables nested in tables too deep: measured by XPath on the tree
    lxml parsed (in C; lxml itself refuses nesting past 256 levels)."""
    if _depth_reached(max(int(settings.max_xml_depth), 0))(root):
        raise ReadError("too-complex", src, f"XML lồng quá {settings.max_xml_depth} cấp trong {part}")
    if etree.XPath(f"boolean(//w:tbl[count(ancestor::w:tbl) >= {int(settings.max_table_nesting)}])",
                   namespaces={"w": _W})(root):
        raise ReadError("too-complex", src, f"bảng lồng trong bảng quá {settings.max_table_nesting} cấp")


# python-docx's XML parser settings (`docx.oxml.parser.oxml_parser`: entities not resolved, no
# network, blank text dropped), without its element classes: plain lxml elements are cheaper to
# make and to walk, and the reader uses nothing but their tags, attributes, text and children.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def _load_part(partname: PackURI, content_type: str, reltype: str, blob: bytes,
               package: Package) -> Part:
    """`docx.opc.part.PartFactory`, with XML parsed by `_PARSER`: each part gets the class
    python-docx gives it (so the same relationships lead to the same parts, and a part that is
    not XML to python-docx is not parsed), and its XML fails the same way."""
    selector = getattr(PartFactory, "part_class_selector", None)
    part_cls = selector(content_type, reltype) if selector is not None else None
    if part_cls is None:
        part_cls = PartFactory.part_type_for.get(content_type, PartFactory.default_part_type)
    if issubclass(part_cls, XmlPart):
        return part_cls(partname, content_type, etree.fromstring(blob, _PARSER), package)
    return part_cls.load(partname, content_type, blob, package)


def _main_part(path: Path) -> DocumentPart:
    """The main document part, found and checked as `docx.Document(path)` does: every part
    reachable through the relationships is read, and every XML part python-docx knows parsed."""
    package = Package()
    Unmarshaller.unmarshal(PackageReader.from_file(str(path)), package, _load_part)
    part = package.main_document_part
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"file '{path}' is not a Word file, content type is '{part.content_type}'")
    return cast(DocumentPart, part)


def read_docx(path: Path, source: str, sha256: str, settings: Settings,
              fmt: str = "docx") -> Document:
    check_zip(path, settings, source)
    try:
        part = _main_part(path)
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds on a broken package
        raise ReadError("corrupt-docx", source, type(e).__name__) from None
    root = part.element
    check_nesting(root, settings, source)
    legacy = _legacy_module()
    styles = _StyleTable(_styles_root(part))
    numbering = Numbering.from_part(part)
    default_font = None
    if (normal := styles.get("Normal")) is not None:
        default_font = normal.font
    body = root.find(W_BODY) if root.tag == W_DOCUMENT else None
    if body is None:
        # As python-docx's `Document.element.body` failed on such a part (an internal error to
        # the batch): kept, so that every file reads as it did.
        raise AttributeError("the main document part has no w:document/w:body")
    seen_enc: set[str] = set()
    items: list[tuple[str, object]] = []
    notes = _notes(part)
    noted: set[tuple[str, str]] = set()

    def read_para(p_el: etree._Element, plain: bool) -> None:
        p = _read_para(p_el, styles, numbering, legacy, seen_enc, default_font)
        if p is not None:
            p.plain = plain
            items.append(("p", p))

    def walk(container: etree._Element, plain: bool = False) -> None:
        """Paragraphs and tables in reading order: a content control's or custom XML's blocks
        where they stand, a paragraph's text boxes after its own text (a drawn process flow's
        steps, one box each), a footnote or endnote after the paragraph or table citing it."""
        for el in container.iterchildren():
            tag = el.tag
            if tag == W_P:
                read_para(el, plain)
                if next(el.iter(W_TXBXCONTENT), None) is not None:
                    for box in _text_boxes(el):
                        walk(box, plain=True)
            elif tag == W_TBL:
                rows = _read_table(el, legacy, default_font)
                if rows:
                    items.append(("t", rows))
            elif tag in _BLOCK_CONTAINERS:
                walk(el, plain)
                continue
            else:
                continue
            for ref in _note_refs(el):
                if ref in notes and ref not in noted:
                    noted.add(ref)
                    for note_p in notes[ref]:
                        read_para(note_p, plain=True)

    walk(body)
    if any(kind == "p" and it.cells for kind, it in items):  # type: ignore[union-attr]
        items = _tab_tables(items)
    body_size = _body_size(items)
    blocks = _to_blocks(items, body_size)
    problems = []
    for enc in sorted(seen_enc):
        problems.append(Problem(code="legacy-encoding", severity="info",
                                message=f"Văn bản gõ bằng bảng mã cũ ({enc.upper()}), đã chuyển sang Unicode."))
    if not blocks:
        raise ReadError("no-text", source, "")
    return Document(source=source, sha256=sha256, format=fmt, blocks=blocks, problems=problems)


def _body_size(items) -> float | None:
    sizes: Counter[float] = Counter()
    for kind, p in items:
        if kind == "p" and p.size:
            sizes[p.size] += p.chars
    return sizes.most_common(1)[0][0] if sizes else None


def _to_blocks(items, body_size: float | None) -> list[Block]:
    blocks: list[Block] = []
    pending_unit: str | None = None
    for kind, it in items:
        if kind == "t":
            rows: list[list[str]] = it  # type: ignore[assignment]
            unit = pending_unit
            if unit is None:
                for cell in rows[0]:
                    if any(m in cell.lower() for m in UNIT_MARKERS):
                        unit = cell
                        break
            blocks.append(Block(kind=BlockKind.table, rows=rows, unit=unit,
                                text="\n".join(" | ".join(r) for r in rows)))
            pending_unit = None
            continue
        p: _Para = it  # type: ignore[assignment]
        low = p.text.lower()
        is_unit_line = len(p.text) < 80 and any(low.lstrip("( ").startswith(m) for m in UNIT_MARKERS)
        pending_unit = p.text.strip("() ") if is_unit_line else None
        ratio = (p.size / body_size) if (p.size and body_size) else 1.0
        if p.list_fmt in ("bullet",):
            blocks.append(Block(kind=BlockKind.list_item, text=p.text, numbering="-", style=p.style))
            continue
        h = None if p.plain else classify(HeadingCues(
            text=p.text, style=p.style, outline_level=p.outline, bold=p.bold, size_ratio=ratio,
            list_label=p.list_label or None, centered=p.centered))
        if h is not None:
            blocks.append(Block(kind=BlockKind.heading, text=h.title, level=h.level,
                                numbering=h.numbering, style=h.cue))
            continue
        if p.list_label or (p.style and "list" in p.style.lower()):
            text = p.text
            blocks.append(Block(kind=BlockKind.list_item, text=text, numbering=p.list_label or None,
                                style=p.style))
            continue
        if split_numbering(p.text) is None and p.text[:2] in {"- ", "+ ", "• "}:
            blocks.append(Block(kind=BlockKind.list_item, text=p.text[2:].strip(),
                                numbering=p.text[0], style=p.style))
            continue
        blocks.append(Block(kind=BlockKind.paragraph, text=p.text, style=p.style))
    return blocks
