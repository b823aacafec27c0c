"""Word (.docx) reader: body order, headings by style and by look, auto-numbering, tables.

python-docx opens the package (and its XML parser does not resolve entities); the body is then
walked at the lxml level, which is several times faster than building python-docx objects for
every run, and gives access to what python-docx does not expose (outline levels, numbering).
"""

from __future__ import annotations

import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.parsers import expat

import docx
from lxml import etree
from docx.oxml.ns import qn as _qn

from pipeline.errors import ReadError
from pipeline.ingest.headings import HeadingCues, classify, split_numbering
from pipeline.models import Block, BlockKind, Document, Problem
from pipeline.settings import Settings
from pipeline.text import clean, one_line

qn = lru_cache(maxsize=None)(_qn)  # "w:rPr" -> "{namespace}rPr", asked 20,000 times a plan
W_P, W_TBL, W_R, W_T, W_TAB, W_BR = qn("w:p"), qn("w:tbl"), qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br")
W_VAL = qn("w:val")
W_SOFTHYPHEN, W_NBHYPHEN = qn("w:softHyphen"), qn("w:noBreakHyphen")
W_HYPERLINK, W_INS, W_SMARTTAG, W_SDT = qn("w:hyperlink"), qn("w:ins"), qn("w:smartTag"), qn("w:sdt")
W_SDTCONTENT, W_FLDSIMPLE = qn("w:sdtContent"), qn("w:fldSimple")
_CONTAINERS = {W_HYPERLINK, W_INS, W_SMARTTAG, W_SDT, W_SDTCONTENT, W_FLDSIMPLE}
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
    def from_document(cls, d: docx.document.Document) -> Numbering:
        nb = cls()
        try:
            root = d.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return nb
        for an in root.findall(qn("w:abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in an.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                lv = _Level()
                if (e := lvl.find(qn("w:numFmt"))) is not None:
                    lv.fmt = e.get(W_VAL, "decimal")
                if (e := lvl.find(qn("w:lvlText"))) is not None:
                    lv.text = e.get(W_VAL, "")
                if (e := lvl.find(qn("w:start"))) is not None:
                    lv.start = int(e.get(W_VAL, "1") or 1)
                levels[ilvl] = lv
            nb.abstract[an.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            a = num.find(qn("w:abstractNumId"))
            if a is not None:
                nb.num_to_abs[num.get(qn("w:numId"))] = a.get(W_VAL)
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


def _style_table(d: docx.document.Document) -> dict[str, _StyleInfo]:
    raw: dict[str, tuple[_StyleInfo, str | None]] = {}
    try:
        root = d.styles.element
    except (KeyError, AttributeError):
        return {}
    for st in root.findall(qn("w:style")):
        sid = st.get(qn("w:styleId"))
        name_el = st.find(qn("w:name"))
        name = name_el.get(W_VAL) if name_el is not None else sid
        based = st.find(qn("w:basedOn"))
        ppr = st.find(qn("w:pPr"))
        rpr = st.find(qn("w:rPr"))
        outline = None
        num = None
        if ppr is not None:
            if (o := ppr.find(qn("w:outlineLvl"))) is not None:
                outline = int(o.get(W_VAL, "9"))
            if (n := ppr.find(qn("w:numPr"))) is not None:
                nid = n.find(qn("w:numId"))
                il = n.find(qn("w:ilvl"))
                if nid is not None:
                    num = (nid.get(W_VAL), int(il.get(W_VAL, "0")) if il is not None else 0)
        bold, size, font = _rpr_props(rpr)
        raw[sid] = (_StyleInfo(name or sid, outline, bold, size, num, font),
                    based.get(W_VAL) if based is not None else None)
    resolved: dict[str, _StyleInfo] = {}

    def resolve(sid: str, depth: int = 0) -> _StyleInfo | None:
        if sid in resolved:
            return resolved[sid]
        if sid not in raw or depth > 20:
            return None
        info, parent = raw[sid]
        if parent:
            p = resolve(parent, depth + 1)
            if p is not None:
                info = _StyleInfo(
                    info.name,
                    info.outline if info.outline is not None else p.outline,
                    info.bold if info.bold is not None else p.bold,
                    info.size if info.size is not None else p.size,
                    info.num or p.num,
                    info.font or p.font,
                )
        resolved[sid] = info
        return info

    for sid in raw:
        resolve(sid)
    return resolved


def _on(el) -> bool | None:
    if el is None:
        return None
    v = el.get(W_VAL)
    return v not in ("0", "false", "off", "none")


def _rpr_props(rpr) -> tuple[bool | None, float | None, str | None]:
    if rpr is None:
        return None, None, None
    bold = _on(rpr.find(qn("w:b")))
    size = None
    if (sz := rpr.find(qn("w:sz"))) is not None:
        try:
            size = int(sz.get(W_VAL)) / 2
        except (TypeError, ValueError):
            size = None
    font = None
    if (f := rpr.find(qn("w:rFonts"))) is not None:
        font = f.get(qn("w:ascii")) or f.get(qn("w:hAnsi"))
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


def _run_texts(p, legacy) -> tuple[list[tuple[str, bool | None, float | None, str | None]], str]:
    """Runs of a paragraph as (text, bold, size, font); follows hyperlinks, insertions, fields."""
    runs = []
    stack = list(p)
    stack.reverse()
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == W_R:
            parts = []
            for ch in el:
                if ch.tag == W_T:
                    parts.append(ch.text or "")
                elif ch.tag == W_TAB:
                    parts.append(" ")
                elif ch.tag == W_BR:
                    parts.append("\n")
                elif ch.tag == W_SOFTHYPHEN:
                    parts.append("\u00ad")  # TCVN3 stores "ư" as U+00AD; clean() drops it later
                elif ch.tag == W_NBHYPHEN:
                    parts.append("-")
            if parts:
                bold, size, font = _rpr_props(el.find(qn("w:rPr")))
                runs.append(("".join(parts), bold, size, font))
        elif tag in _CONTAINERS:
            stack.extend(reversed(list(el)))
    return runs, ""


def _read_para(p, styles: dict[str, _StyleInfo], numbering: Numbering, legacy, problems_seen: set,
               default_font: str | None) -> _Para | None:
    ppr = p.find(qn("w:pPr"))
    style_id = None
    outline = None
    num = None
    centered = False
    if ppr is not None:
        if (ps := ppr.find(qn("w:pStyle"))) is not None:
            style_id = ps.get(W_VAL)
        if (o := ppr.find(qn("w:outlineLvl"))) is not None:
            outline = int(o.get(W_VAL, "9"))
        if (n := ppr.find(qn("w:numPr"))) is not None:
            nid = n.find(qn("w:numId"))
            il = n.find(qn("w:ilvl"))
            if nid is not None:
                num = (nid.get(W_VAL), int(il.get(W_VAL, "0")) if il is not None else 0)
        if (jc := ppr.find(qn("w:jc"))) is not None:
            centered = jc.get(W_VAL) == "center"
    st = styles.get(style_id or "Normal") or styles.get("Normal")
    if st is not None:
        if outline is None:
            outline = st.outline
        num = num or st.num
    if outline is not None and outline >= 9:
        outline = None
    runs, _ = _run_texts(p, legacy)
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
    )


def _cell_text(tc, legacy, styles: dict[str, _StyleInfo], default_font: str | None) -> str:
    """A cell's paragraphs joined by spaces; legacy-font runs converted before cleaning."""
    out = []
    for p in tc.iter(W_P):
        runs, _ = _run_texts(p, legacy)
        parts = []
        for text, _b, _s, font in runs:
            font = font or default_font
            if legacy is not None and font and legacy.is_legacy_font(font):
                text, _ = legacy.repair(text, font)
            parts.append(text)
        raw = "".join(parts)
        if legacy is not None:
            raw, _ = legacy.repair(raw, None)
        out.append(raw)
    return one_line(" ".join(out))


def _read_table(tbl, legacy, styles: dict[str, _StyleInfo], default_font: str | None) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in tbl.iter(qn("w:tr")):
        if tr.getparent() is not tbl:
            continue  # rows of nested tables are folded into their cell's text
        row = []
        for tc in tr.findall(qn("w:tc")):
            text = _cell_text(tc, legacy, styles, default_font)
            span = 1
            tcpr = tc.find(qn("w:tcPr"))
            if tcpr is not None and (gs := tcpr.find(qn("w:gridSpan"))) is not None:
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
    """Pre-parse guards, before python-docx reads anything: refuse zip bombs (too many members,
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


class _PrologDone(Exception):
    """The root element of an XML part started: its prolog held no DTD."""


def check_nesting(root, settings: Settings, src: str, part: str = "word/document.xml") -> None:
    """Elements nested too deep, tables nested in tables too deep: measured by XPath on the tree
    lxml parsed (in C; lxml itself refuses nesting past 256 levels)."""
    if etree.XPath(f"boolean(//*[count(ancestor::*) >= {int(settings.max_xml_depth)}])")(root):
        raise ReadError("too-complex", src, f"XML lồng quá {settings.max_xml_depth} cấp trong {part}")
    if etree.XPath(f"boolean(//w:tbl[count(ancestor::w:tbl) >= {int(settings.max_table_nesting)}])",
                   namespaces={"w": _W})(root):
        raise ReadError("too-complex", src, f"bảng lồng trong bảng quá {settings.max_table_nesting} cấp")


def read_docx(path: Path, source: str, sha256: str, settings: Settings,
              fmt: str = "docx") -> Document:
    check_zip(path, settings, source)
    try:
        d = docx.Document(str(path))
    except ReadError:
        raise
    except Exception as e:  # python-docx raises many kinds on a broken package
        raise ReadError("corrupt-docx", source, type(e).__name__) from None
    check_nesting(d.element, settings, source)
    legacy = _legacy_module()
    try:  # styles.xml and numbering.xml are parsed here, on first use
        styles = _style_table(d)
        numbering = Numbering.from_document(d)
    except etree.XMLSyntaxError as e:
        raise ReadError("corrupt-docx", source, f"XML hỏng ({e.msg})") from None
    default_font = None
    if (normal := styles.get("Normal")) is not None:
        default_font = normal.font
    seen_enc: set[str] = set()
    items: list[tuple[str, object]] = []
    body = d.element.body
    for el in body.iterchildren():
        if el.tag == W_P:
            p = _read_para(el, styles, numbering, legacy, seen_enc, default_font)
            if p is not None:
                items.append(("p", p))
        elif el.tag == W_TBL:
            rows = _read_table(el, legacy, styles, default_font)
            if rows:
                items.append(("t", rows))
        elif el.tag == W_SDT:
            content = el.find(W_SDTCONTENT)
            for sub in (content if content is not None else []):
                if sub.tag == W_P:
                    p = _read_para(sub, styles, numbering, legacy, seen_enc, default_font)
                    if p is not None:
                        items.append(("p", p))
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
        h = classify(HeadingCues(text=p.text, style=p.style, outline_level=p.outline, bold=p.bold,
                                 size_ratio=ratio, list_label=p.list_label or None,
                                 centered=p.centered))
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
