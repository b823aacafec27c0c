"""PDF reader: the text layer through pdfplumber, pages without a usable one through OCR.

A page goes through four stages, each a plain function so its output can be inspected:

1. `page_words` / `words_to_lines`: characters -> words (font, size, bold) -> visual lines;
   ruled tables are found by pdfplumber only on pages that draw lines or rectangles
   (`page_tables`), borderless ones by column alignment (`ocr.gap_tables`, cheap), and their
   text is kept out of the lines. Legacy encodings (TCVN3, VNI) are repaired per font run
   when `legacy_fonts` is there. Pages with no text layer, "(cid:NN)" glyphs or mojibake
   (`needs_ocr`) are sent to `ocr.py`, which returns the same `PageLayout` built from
   Tesseract's word boxes.
2. `drop_running_lines`: page headers, footers and bare page numbers, across all pages.
3. `layouts_to_blocks`: lines -> paragraphs (vertical gap, indentation, a short last line,
   a change of style, a leading number or bullet) -> heading / list item / paragraph, the
   heading decided by the shared `headings.classify`; tables placed in reading order with
   their unit header ("ĐVT: ...") and joined when they run over a page break.
4. `read_pdf` assembles the `Document` and its problems.

Coordinates are PDF points for text pages and pixels for OCR pages: every threshold is
relative to the font size or the page, never absolute.
"""

from __future__ import annotations

import ctypes
import difflib
import itertools
import logging
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pipeline.errors import ReadError
from pipeline.ingest.headings import NUMBER_WORDS, HeadingCues, Numbering, classify, split_numbering
from pipeline.models import Block, BlockKind, Document, Problem
from pipeline.settings import Settings
from pipeline.text import VI_SYLLABLE, clean, fold, one_line

# pdfminer logs a warning for every odd font descriptor it meets; damaged pages become
# Problems here, so its chatter would only bury the batch log.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# Running headers and footers live in these bands (share of the page height).
MARGIN_ZONE = 0.08
PAGE_NUMBER_ZONE = 0.12
# A page needs OCR below this many visible characters when an image covers this share of it.
MIN_TEXT_CHARS = 20
MIN_IMAGE_COVER = 0.3
# An image this large is a scanned page: OCR it when its text layer is only a stamp or header.
FULL_PAGE_IMAGE = 0.8
MAX_STAMP_CHARS = 300
# A table is kept when it has at least this many rows and columns (a 1x1 box is a text frame).
MIN_TABLE_ROWS, MIN_TABLE_COLS = 2, 2

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|[-,]bd\b|\bbd\b", re.I)
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_BULLET = re.compile(r"^\s*([-+*•○●▪■□◦➢➤►✓✔→–—]|[\uf000-\uf0ff])\s*")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—(]\s*)?(?:trang|page|tr\.)?\s*\d{1,3}\s*(?:/\s*\d{1,3}|(?:trên|of)\s*\d{1,3})?"
    r"\s*(?:[-–—)]\s*)?$", re.I)
_UNIT = re.compile(
    r"[(\[]?\s*(?:[ĐD]\.?\s?V\.?\s?[I1l]?T|Đơn\s+vị\s+tính|Don\s+vi\s+tinh|Đơn\s+vị|Don\s+vi)"
    r"\s*[:.]\s*"
    r"[^)\]\n]*[^)\]\s][)\]]?", re.I)
_SENTENCE_END = (".", ":", ";", "!", "?")
_RANK0_NUMBER = re.compile(r"\s(?:[IVXLC]+|\d+|th[ứu]\s+\w+|" + NUMBER_WORDS + r"(?=\s*[.:\-–]))\b", re.I)
_RANK0 = re.compile(r"^(?:PH[ẦA]N|CH[ƯU][ƠO]NG|M[ỤU]C)\s+(?:[IVXLC]+|\d{1,2})\b\s*[.:\-–]?\s*",
                    re.I)
# "Bảng 1. Dự kiến doanh thu" is a caption, not a section heading ("ĐVIT" is how OCR reads
# an italic "ĐVT").
_CAPTION = re.compile(r"^(?:Bảng|Biểu|Hình|Sơ\s+đồ|Biểu\s+đồ|Đồ\s+thị|Ảnh)\s+(?:số\s+)?\d", re.I)
_VIET_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđ"
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_COMMON_SYMBOLS = frozenset("“”‘’–—…•°%₫€§×±²³½¼¾→←≤≥·")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


# --- the layout model shared with ocr.py ----------------------------------------------------


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # font size in points, or the word's height in pixels for OCR
    bold: bool = False
    font: str | None = None
    conf: float | None = None  # OCR: the engine's confidence in the word (0-100)


@dataclass
class Line:
    words: list[Word]
    page: int
    text: str = ""
    raw: str = ""  # as extracted, before clean(): legacy repair needs it (TCVN3 "ư" is U+00AD)
    size: float = 0.0
    bold: bool = False
    font: str | None = None
    # (x0, x1, top, bottom, number of words) as of `finish()`: the box is read many times
    _box: tuple[float, float, float, float, int] | None = field(default=None, repr=False,
                                                                 compare=False)

    def _geometry(self) -> tuple[float, float, float, float, int]:
        box = self._box
        if box is None or box[4] != len(self.words):
            ws = self.words
            box = (min(w.x0 for w in ws), max(w.x1 for w in ws), min(w.top for w in ws),
                   max(w.bottom for w in ws), -1)  # not kept: the words may still change
        return box

    @property
    def x0(self) -> float:
        return self._geometry()[0]

    @property
    def x1(self) -> float:
        return self._geometry()[1]

    @property
    def top(self) -> float:
        return self._geometry()[2]

    @property
    def bottom(self) -> float:
        return self._geometry()[3]

    def finish(self, words_apart: bool = False) -> Line:
        """Sort the words, join them (no space across a font change inside a word), set style.
        `words_apart`: the words are an OCR engine's, each a word it saw apart from the next: two of
        letters with any gap between them are two words however close ("ro" "và" of "rủi ro và", jf03)."""
        ws = self.words
        ws.sort(key=_X0_ATTR)
        parts: list[str] = []
        prev: Word | None = None
        for w in ws:
            gap = w.x0 - prev.x1 if prev is not None else 0.0
            if prev is not None and (gap > 0.1 * max(prev.size, 1.0) or words_apart and gap > 0 and
                                     prev.text[-1:].isalpha() and w.text[:1].isalpha()):
                parts.append(" ")
            parts.append(w.text)
            prev = w
        self.raw = "".join(parts)
        self.text = clean(self.raw)
        weights = [len(w.text) or 1 for w in ws]
        total = sum(weights)
        # One size and one font on most lines: the weighted median and the most common font are
        # then that size and that font (zero, NaN or int sizes take the general way).
        sizes = [w.size for w in ws]
        size0 = sizes[0] if sizes else 0.0
        if size0 and sizes.count(size0) == len(sizes) and all(type(v) is float for v in sizes):
            self.size = size0
        else:
            self.size = _weighted_median(sizes, weights)
        self.bold = sum(n for w, n in zip(ws, weights) if w.bold) >= 0.6 * total
        font0 = ws[0].font if ws else None
        if font0 and all(w.font == font0 for w in ws):
            self.font = font0
        else:
            fonts: Counter[str] = Counter()
            for w, n in zip(ws, weights):
                if w.font:
                    fonts[w.font] += n
            self.font = fonts.most_common(1)[0][0] if fonts else None
        if ws:
            self._box = (ws[0].x0, max(w.x1 for w in ws), min(w.top for w in ws),
                         max(w.bottom for w in ws), len(ws))
        return self


_X0_ATTR = attrgetter("x0")


@dataclass
class TableRegion:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[str]]
    unit: str | None = None
    conf: list[list[float | None]] | None = None  # OCR: each cell's lowest word confidence


@dataclass
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[TableRegion] = field(default_factory=list)
    ocr: bool = False
    confidence: float | None = None  # Tesseract's mean word confidence, 0-100


# --- entry point ------------------------------------------------------------------------------


def read_pdf(path: Path, source: str, sha256: str, settings: Settings) -> Document:
    """Read a PDF into ordered blocks; pages without a usable text layer are OCR'd.

    Raises `ReadError` with code "corrupt-pdf", "encrypted", "too-many-pages", "no-text" or
    "ocr-unavailable"; no exception of pdfminer or pdfium gets out.
    """
    path = Path(path)
    doc = _open_check(path, source)
    try:
        n_pages = len(doc)
        if n_pages > settings.max_pages:
            raise ReadError("too-many-pages", source, f"{n_pages} trang, tối đa {settings.max_pages}")

        problems: list[Problem] = []
        legacy = _legacy_module()
        legacy_seen: list[str] = []
        layouts: dict[int, PageLayout] = {}
        to_ocr: list[int] = []
        _read_text_layer(path, source, doc, legacy, legacy_seen, layouts, to_ocr, problems)
    finally:
        doc.close()

    if to_ocr:
        _ocr_pages(path, source, settings, to_ocr, layouts, problems, text_read=bool(
            any(lay.lines or lay.tables for lay in layouts.values())))

    ordered = [layouts[n] for n in sorted(layouts)]
    drop_running_lines(ordered)
    blocks = layouts_to_blocks(ordered)
    if not any(b.text.strip() for b in blocks):
        raise ReadError("no-text", source)
    _rejoin_split_words(blocks)
    if legacy_seen:
        problems.insert(0, Problem(
            code="legacy-encoding", severity="info",
            message=(f"Văn bản dùng bảng mã chữ Việt cũ ({', '.join(sorted(set(legacy_seen)))}); "
                     "đã tự động chuyển sang Unicode, đề nghị kiểm tra lại dấu tiếng Việt.")))
    n_ocr = sum(1 for lay in ordered if lay.ocr)
    return Document(
        source=source, sha256=sha256,
        format="pdf-scanned" if n_ocr * 2 > n_pages else "pdf",
        pages=n_pages, blocks=blocks, problems=problems,
    )


def _open_check(path: Path, source: str) -> Any:
    """The open pdfium document (the caller closes it), or the reason the file cannot be opened
    (pdfium is fast and strict: a truncated or damaged cross-reference table stops it)."""
    import pypdfium2 as pdfium

    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise ReadError("not-found", source) if isinstance(e, FileNotFoundError) else \
            ReadError("corrupt-pdf", source, e.strerror or type(e).__name__) from e
    if not head:
        raise ReadError("empty", source)
    if b"%PDF-" not in head:
        raise ReadError("corrupt-pdf", source, "không có phần đầu %PDF")
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise ReadError("encrypted", source) from e
        raise ReadError("corrupt-pdf", source, "cấu trúc tệp hỏng hoặc tệp bị cắt cụt") from e
    except Exception as e:  # pdfium can fail in other ways on hostile input
        raise ReadError("corrupt-pdf", source, type(e).__name__) from e
    try:
        len(doc)
    except Exception as e:  # a broken page tree
        doc.close()
        raise ReadError("corrupt-pdf", source, type(e).__name__) from e
    return doc


def _read_text_layer(path: Path, source: str, doc: Any, legacy: Any, legacy_seen: list[str],
                     layouts: dict[int, PageLayout], to_ocr: list[int],
                     problems: list[Problem]) -> None:
    """Every page through pdfium (`PdfiumPage`); a page pdfium cannot give is read by pdfplumber
    (pdfminer), as every page was before; a page neither can read goes to OCR, with a warning."""
    fonts = _FontMetrics(path)
    plumber: Any = None
    for index in range(len(doc)):
        number = index + 1
        layout: PageLayout | None = None
        reason: str | None = None
        try:
            page = PdfiumPage(doc, index, fonts)
            try:
                layout, reason = read_text_page(page, number, legacy, legacy_seen)
            finally:
                page.close()
        except Exception:  # noqa: BLE001 - pdfminer gets its chance below
            if plumber is None:
                plumber = _PlumberPages(path)
            try:
                layout, reason = plumber.read(index, number, legacy, legacy_seen)
            except Exception as e:  # a damaged page: try OCR, say so
                problems.append(Problem(
                    code="page-unreadable", severity="warning", page=number,
                    message=f"Trang {number} có lớp chữ bị hỏng ({_short(e)}); đã thử nhận dạng "
                            "chữ từ ảnh trang."))
                layout, reason = None, "error"
        if reason:
            to_ocr.append(number)
            layouts[number] = layout or PageLayout(number, 0.0, 0.0)
        else:
            assert layout is not None
            layouts[number] = layout
    if plumber is not None:
        plumber.close()


class _PlumberPages:
    """pdfplumber over the same file, opened only if pdfium fails on a page."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf: Any = None
        self.error: Exception | None = None

    def read(self, index: int, number: int, legacy: Any,
             legacy_seen: list[str]) -> tuple[PageLayout, str | None]:
        if self.pdf is None and self.error is None:
            import pdfplumber

            try:
                self.pdf = pdfplumber.open(self.path)
            except Exception as e:  # PdfminerException, PSException, RecursionError, ...
                self.error = e
        if self.error is not None:
            raise self.error
        page = self.pdf.pages[index]
        try:
            return read_text_page(page, number, legacy, legacy_seen)
        finally:
            try:
                page.close()
            except Exception:
                pass

    def close(self) -> None:
        if self.pdf is not None:
            try:
                self.pdf.close()
            except Exception:
                pass


def _ocr_pages(path: Path, source: str, settings: Settings, numbers: list[int],
               layouts: dict[int, PageLayout], problems: list[Problem], text_read: bool) -> None:
    from pipeline.ingest import ocr

    try:
        sizes = {n: (layouts[n].width, layouts[n].height) for n in numbers if n in layouts}
        results = ocr.ocr_pdf_pages(path, numbers, settings, source, sizes)
    except ReadError as e:
        if e.code != "ocr-unavailable" or not text_read:
            raise
        pages = ", ".join(map(str, numbers))
        problems.append(Problem(
            code="ocr-unavailable", severity="warning",
            message=f"Trang {pages} là ảnh scan nhưng máy chưa cài Tesseract tiếng Việt; "
                    "nội dung các trang này chưa được đọc."))
        return
    done = []
    for number in numbers:
        result = results.get(number)
        if result is None or result.error:
            detail = result.error if result is not None else "không có kết quả"
            problems.append(Problem(
                code="ocr-failed", severity="warning", page=number,
                message=f"Không nhận dạng được chữ ở trang {number} ({detail})."))
            continue
        layouts[number] = result.layout
        done.append(number)
        conf = result.layout.confidence
        if conf is not None and conf < 60:
            problems.append(Problem(
                code="ocr-low-confidence", severity="warning", page=number,
                message=f"Trang {number}: chữ nhận dạng từ ảnh có độ tin cậy thấp "
                        f"({conf:.0f}/100); cần đối chiếu chữ và số liệu với bản gốc."))
    if done:
        total = len(layouts)
        pages = ", ".join(map(str, done)) if len(done) < total else "tất cả các trang"
        problems.insert(0, Problem(
            code="ocr-used", severity="info",
            message=f"Tệp là bản scan hoặc có trang không có lớp chữ: đã nhận dạng chữ tự động "
                    f"(OCR) cho {len(done)}/{total} trang ({pages}). Chữ và số liệu có thể sai, "
                    "cần đối chiếu với bản gốc."))


def _is_password_error(e: BaseException) -> bool:
    seen = 0
    while e is not None and seen < 5:
        if "Password" in type(e).__name__ or any("Password" in type(a).__name__ for a in e.args):
            return True
        e = e.__cause__ or e.__context__  # type: ignore[assignment]
        seen += 1
    return False


def _short(e: BaseException) -> str:
    """A Vietnamese detail for the reviewer; the library's own words stay in the traceback."""
    inner = e.args[0] if e.args and isinstance(e.args[0], BaseException) else e
    return f"lỗi cấu trúc PDF ({type(inner).__name__})"


def _legacy_module() -> Any:
    """pipeline.ingest.legacy_fonts when it exists (written separately), else None."""
    try:
        from pipeline.ingest import legacy_fonts  # type: ignore[attr-defined]
    except ImportError:
        return None
    return legacy_fonts if hasattr(legacy_fonts, "repair") else None


# --- pdfium pages: the text layer at full speed ------------------------------------------------
#
# pdfplumber reads a page through pdfminer, whose content-stream interpreter is pure Python
# (70-90 ms a page). `PdfiumPage` gives `read_text_page` the same page model from pdfium's C
# library: characters with their box, font and size as pdfminer would report them, the ruling
# lines, rectangles and images, and pdfplumber's own table finder run over them. Characters are
# read through plain ctypes prototypes (addresses as integers): pypdfium2's typed wrappers cost
# several times more per call, and a page has 2,000-3,000 characters.

_OBJ_TEXT, _OBJ_PATH, _OBJ_IMAGE, _OBJ_FORM = 1, 2, 3, 5
_SEG_LINETO, _SEG_BEZIERTO, _SEG_MOVETO = 0, 1, 2
_PDFIUM_SPECIAL = " \r\n\x02\ufffe"  # blanks pdfium may have generated; its line-end hyphen
# pdfplumber expands these when it joins characters into words.
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_LIGATURE_SET = frozenset(_LIGATURES)
# pdfplumber's word extraction as `page_words` calls it: a gap wider than this share of the
# font size ends a word; characters more than Y_TOLERANCE points apart vertically are on
# different lines.
X_TOLERANCE_RATIO = 0.2
Y_TOLERANCE = 3.0
# Page rotation (quarter turns) -> the rotation part of pdfminer's page matrix.
_ROTATION_MATRIX = {0: (1, 0, 0, 1), 1: (0, -1, 1, 0), 2: (-1, 0, 0, -1), 3: (0, 1, -1, 0)}


@lru_cache(maxsize=1)
def _api() -> SimpleNamespace:
    import pypdfium2.raw as raw

    def fn(name: str, restype: Any, *args: Any) -> Any:
        f = ctypes.cast(getattr(raw, name), ctypes.CFUNCTYPE(restype, *args))
        if not args:
            f.argtypes = None  # see the "_fast" functions below
        return f

    vp, i32, u32, f32, f64, ul = (ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_float,
                                  ctypes.c_double, ctypes.c_ulong)
    return SimpleNamespace(
        load_page=fn("FPDF_LoadPage", vp, vp, i32),
        close_page=fn("FPDF_ClosePage", None, vp),
        load_text=fn("FPDFText_LoadPage", vp, vp),
        close_text=fn("FPDFText_ClosePage", None, vp),
        rotation=fn("FPDFPage_GetRotation", i32, vp),
        mediabox=fn("FPDFPage_GetMediaBox", i32, vp, vp, vp, vp, vp),
        width=fn("FPDF_GetPageWidthF", f32, vp),
        height=fn("FPDF_GetPageHeightF", f32, vp),
        count_chars=fn("FPDFText_CountChars", i32, vp),
        get_text=fn("FPDFText_GetText", i32, vp, i32, i32, vp),
        unicode=fn("FPDFText_GetUnicode", u32, vp, i32),
        generated=fn("FPDFText_IsGenerated", i32, vp, i32),
        map_error=fn("FPDFText_HasUnicodeMapError", i32, vp, i32),
        origin=fn("FPDFText_GetCharOrigin", i32, vp, i32, vp, vp),
        loose=fn("FPDFText_GetLooseCharBox", i32, vp, i32, vp),
        text_object=fn("FPDFText_GetTextObject", vp, vp, i32),
        font_size=fn("FPDFText_GetFontSize", f64, vp, i32),
        char_matrix=fn("FPDFText_GetMatrix", i32, vp, i32, vp),
        obj_font=fn("FPDFTextObj_GetFont", vp, vp),
        font_name=fn("FPDFFont_GetBaseFontName", ul, vp, vp, ul),
        font_descent=fn("FPDFFont_GetDescent", i32, vp, f32, vp),
        count_objects=fn("FPDFPage_CountObjects", i32, vp),
        get_object=fn("FPDFPage_GetObject", vp, vp, i32),
        form_count=fn("FPDFFormObj_CountObjects", i32, vp),
        form_object=fn("FPDFFormObj_GetObject", vp, vp, ul),
        obj_type=fn("FPDFPageObj_GetType", i32, vp),
        obj_matrix=fn("FPDFPageObj_GetMatrix", i32, vp, vp),
        obj_bounds=fn("FPDFPageObj_GetBounds", i32, vp, vp, vp, vp, vp),
        draw_mode=fn("FPDFPath_GetDrawMode", i32, vp, vp, vp),
        stroke_width=fn("FPDFPageObj_GetStrokeWidth", i32, vp, vp),
        count_segments=fn("FPDFPath_CountSegments", i32, vp),
        segment=fn("FPDFPath_GetPathSegment", vp, vp, i32),
        seg_point=fn("FPDFPathSegment_GetPoint", i32, vp, vp, vp),
        seg_type=fn("FPDFPathSegment_GetType", i32, vp),
        seg_close=fn("FPDFPathSegment_GetClose", i32, vp),
        # The three calls made for every character, without argument types: ctypes then skips
        # its per-argument conversion (a third of the cost of a call). Callers pass pointers as
        # c_void_p objects, never as Python ints (which would go as a 32-bit C int), and the
        # character index as an int.
        text_object_fast=fn("FPDFText_GetTextObject", vp),
        origin_fast=fn("FPDFText_GetCharOrigin", i32),
        loose_fast=fn("FPDFText_GetLooseCharBox", i32),
    )


class _FontMetrics:
    """Each font's /Descent as pdfminer reads it (the font descriptor, 0 when absent), which
    places a character's box: pdfium falls back to the font's bounding box where the descriptor
    says 0 (LibreOffice writes 0), so it is read from the file itself, once per document."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._descents: dict[str, float] | None = None

    def descent(self, name: str) -> float | None:
        if self._descents is None:
            self._descents = self._read()
        return self._descents.get(name)

    def _read(self) -> dict[str, float]:
        out: dict[str, float] = {}
        try:
            import pikepdf

            with pikepdf.open(self.path) as pdf:
                seen: set[tuple[int, int]] = set()
                for page in pdf.pages:
                    self._collect(page.obj.get("/Resources"), out, seen, 0)
        except Exception:  # noqa: BLE001 - pdfium's own metrics are used instead
            return out
        return out

    def _collect(self, res: Any, out: dict[str, float], seen: set, depth: int) -> None:
        if res is None or depth > 8:
            return
        fonts = res.get("/Font")
        for font in (fonts.values() if fonts is not None else ()):
            if font.objgen in seen and font.objgen != (0, 0):
                continue
            seen.add(font.objgen)
            desc = font.get("/FontDescriptor")
            names = [font.get("/BaseFont")]
            kids = font.get("/DescendantFonts")
            if desc is None and kids is not None and len(kids):
                desc = kids[0].get("/FontDescriptor")
                names.append(kids[0].get("/BaseFont"))
            try:
                value = float(desc.get("/Descent", 0)) if desc is not None else 0.0
            except (TypeError, ValueError):
                value = 0.0
            value = -abs(value) / 1000.0  # a positive /Descent is read as negative (pdfminer)
            for n in names:
                if n is not None:
                    out.setdefault(_SUBSET_PREFIX.sub("", str(n).lstrip("/")), value)
        xobjects = res.get("/XObject")
        for xo in (xobjects.values() if xobjects is not None else ()):
            if xo.get("/Subtype") == "/Form" and xo.objgen not in seen:
                seen.add(xo.objgen)
                self._collect(xo.get("/Resources"), out, seen, depth + 1)


def _page_transform(rotation: int, box: tuple[float, float, float, float]
                    ) -> tuple[float, float, Any]:
    """(width, height, f): f maps PDF user space to pdfplumber's page coordinates (origin top
    left, the page's /Rotate applied), exactly as pdfminer's page matrix and pdfplumber's
    MediaBox handling do."""
    x0, x1 = sorted((box[0], box[2]))
    y0, y1 = sorted((box[1], box[3]))
    if rotation == 1:
        return y1 - y0, x1 - x0, lambda x, y: (y, x - 2 * x0)
    if rotation == 2:
        return x1 - x0, y1 - y0, lambda x, y: (x1 + x0 - x, y - 2 * y0)
    if rotation == 3:
        return y1 - y0, x1 - x0, lambda x, y: (y1 + y0 - y, x1 - x - x0)
    h = y1 - y0
    return x1 - x0, h, lambda x, y: (x, h - y)


class PdfiumPage:
    """The page model `read_text_page` reads (a pdfplumber page's `width`, `height`, `chars`,
    `images`, `objects`, `extract_words`, `find_tables`), from pdfium."""

    def __init__(self, doc: Any, index: int, fonts: _FontMetrics | None = None) -> None:
        api = self._api = _api()
        self._fonts = fonts
        self._page = api.load_page(ctypes.cast(doc.raw, ctypes.c_void_p).value, index)
        if not self._page:
            raise ValueError(f"pdfium cannot load page {index + 1}")
        self._text = None
        try:
            rot = api.rotation(self._page)
            self._rotation = rot if rot in (0, 1, 2, 3) else 0
            box = (ctypes.c_float * 4)()
            a = ctypes.addressof(box)
            if api.mediabox(self._page, a, a + 4, a + 8, a + 12):
                mb = (box[0], box[1], box[2], box[3])
            else:  # inherited from the page tree, which pdfium does not report
                w, h = api.width(self._page), api.height(self._page)
                mb = (0.0, 0.0, h, w) if self._rotation in (1, 3) else (0.0, 0.0, w, h)
            self.width, self.height, self._map = _page_transform(self._rotation, mb)
            self.bbox = (0.0, 0.0, self.width, self.height)
            self._text = api.load_text(self._page)
            self._n_cid = 0
            if not self._text:
                raise ValueError(f"pdfium cannot read the text of page {index + 1}")
            self._tuples = self._read_chars()
        except BaseException:
            self.close()
            raise
        self._chars: list[dict[str, Any]] | None = None
        self._objects: dict[str, list[dict[str, Any]]] | None = None

    def close(self) -> None:
        api = self._api
        if self._text:
            api.close_text(self._text)
            self._text = None
        if self._page:
            api.close_page(self._page)
            self._page = None

    # -- characters

    def _read_chars(self) -> list[tuple]:
        """(text, x0, x1, top, bottom, fontname, size, upright) of every character, in content
        order; pdfium's generated line breaks are left out, a space it stands in for a real
        one is kept (pdfplumber sees the real one)."""
        api, tp = self._api, self._text
        n = api.count_chars(tp)
        if n <= 0:
            return []
        buf = (ctypes.c_uint16 * (n + 1))()
        got = api.get_text(tp, 0, n, ctypes.addressof(buf))
        text = bytes(buf)[: 2 * max(got - 1, 0)].decode("utf-16-le", "replace")
        if len(text) != n:  # characters outside the BMP: one call each
            text = "".join(chr(api.unicode(tp, i)) for i in range(n))
        xy = (ctypes.c_double * 2)()
        ax = ctypes.addressof(xy)
        vx, vy = ctypes.c_void_p(ax), ctypes.c_void_p(ax + 8)
        rect = (ctypes.c_float * 4)()  # left, top, right, bottom
        vr = ctypes.c_void_p(ctypes.addressof(rect))
        # The results are read through memoryviews: indexing one is cheaper than indexing a
        # ctypes array, for the same double and float values.
        mxy, mrect = memoryview(xy).cast("B").cast("d"), memoryview(rect).cast("B").cast("f")
        vtp = ctypes.c_void_p(tp)
        origin, loose, text_object = api.origin_fast, api.loose_fast, api.text_object_fast
        h, rotated = self.height, self._rotation != 0
        objs: dict[int, tuple] = {}
        out: list[tuple] = []
        append = out.append
        last = None
        font, size, upright, desc, unmapped = "", 0.0, True, 0.0, False
        fast, base = True, h
        special = _PDFIUM_SPECIAL
        for i in range(n):
            obj = text_object(vtp, i)
            if obj is None:
                continue  # a line break or space pdfium generated between text objects
            if obj != last:  # characters come in runs of the same text object
                info = objs.get(obj)
                if info is None:
                    info = objs[obj] = self._object_info(obj, i)
                font, size, upright, desc, unmapped = info
                fast, base, last = upright and not rotated, h - desc, obj
            ch = text[i]
            if unmapped or ch in special:
                if ch in " \r\n" and api.generated(tp, i):
                    ch = " "  # stands in for a real space: pdfplumber sees that one
                elif unmapped and api.map_error(tp, i):
                    ch = f"(cid:{ord(ch)})"  # what pdfminer writes for a glyph without Unicode
                    self._n_cid += 1
                elif ch in "\x02\ufffe":
                    ch = "-"
            origin(vtp, i, vx, vy)
            loose(vtp, i, vr)
            if fast:  # pdfminer's box: from the descent below the baseline, one font size high
                ox, right = mxy[0], mrect[2]
                bottom = base - mxy[1]
                append((ch, ox, right if right > ox else ox, bottom - size, bottom, font, size, True))
            else:
                append(self._rotated_char(ch, mxy[0], mxy[1], rect, font, size, upright, desc))
        return out

    def _object_info(self, obj: int, i: int) -> tuple[str, float, bool, float, bool]:
        """(font name, size, upright, descent in points, unmapped codes) of a text object."""
        api, tp = self._api, self._text
        font = api.obj_font(obj)
        name = ""
        if font:
            buf = ctypes.create_string_buffer(256)
            k = api.font_name(font, buf, 256)
            name = buf.raw[: max(min(k, 256) - 1, 0)].split(b"\0", 1)[0].decode("utf-8", "replace")
        name = _SUBSET_PREFIX.sub("", name)
        size = float(api.font_size(tp, i))
        m = (ctypes.c_float * 6)()
        api.char_matrix(tp, i, ctypes.addressof(m))
        ra, rb, rc, rd = _ROTATION_MATRIX[self._rotation]
        a, b, c, d = m[0] * ra + m[1] * rc, m[0] * rb + m[1] * rd, m[2] * ra + m[3] * rc, \
            m[2] * rb + m[3] * rd
        upright = a * d > 0 and b * c <= 0
        rel = self._fonts.descent(name) if self._fonts is not None else None
        if rel is None:
            d_pt = ctypes.c_float()
            ok = font and api.font_descent(font, ctypes.c_float(size), ctypes.addressof(d_pt))
            desc = float(d_pt.value) if ok else 0.0
        else:
            desc = rel * size
        return name, size, upright, desc, bool(api.map_error(tp, i))

    def _rotated_char(self, ch: str, ox: float, oy: float, rect: Any, font: str, size: float,
                      upright: bool, desc: float) -> tuple:
        fmap = self._map
        pts = [fmap(rect[0], rect[1]), fmap(rect[2], rect[3]), fmap(rect[0], rect[3]),
               fmap(rect[2], rect[1])]
        x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
        top, bottom = min(p[1] for p in pts), max(p[1] for p in pts)
        if upright:  # the box pdfminer gives: from the baseline, one font size high
            bx, by = fmap(ox, oy)
            x0, bottom = bx, by - desc
            top = bottom - size
            x1 = max(x1, x0)
        return (ch, x0, x1, top, bottom, font, size, upright)

    def char_counts(self) -> tuple[int, int]:
        """(visible characters, "(cid:NN)" characters). Every character is one code point but
        the "(cid:NN)" ones, which hold no white space."""
        joined = "".join([c[0] for c in self._tuples])
        blanks = len(joined) - len("".join(joined.split()))
        return len(self._tuples) - blanks, self._n_cid

    def dominant_font(self, bbox: tuple[float, float, float, float]) -> str | None:
        """`_dominant_font(page.chars, bbox)` without building the character dictionaries."""
        fonts: Counter[str] = Counter()
        x0, top, x1, bottom = bbox
        for c in self._tuples:
            if x0 <= c[1] <= x1 and top <= c[3] <= bottom:
                fonts[c[5]] += 1
        return fonts.most_common(1)[0][0] if fonts else None

    @property
    def chars(self) -> list[dict[str, Any]]:
        if self._chars is None:
            self._chars = [
                {"object_type": "char", "text": t, "x0": x0, "x1": x1, "top": top,
                 "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top,
                 "fontname": font, "size": size, "upright": up}
                for t, x0, x1, top, bottom, font, size, up in self._tuples]
        return self._chars

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        """pdfplumber's `extract_words(x_tolerance_ratio=..., extra_attrs=["fontname", "size"])`
        over the same characters, without its per-character dictionaries (upright words)."""
        ratio = kwargs.get("x_tolerance_ratio")
        if ratio is None or kwargs.get("keep_blank_chars") or \
                set(kwargs) - {"x_tolerance_ratio", "extra_attrs", "keep_blank_chars"}:
            from pdfplumber.utils import extract_words

            return extract_words(self.chars, **kwargs)
        return [{"text": t, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "fontname": f,
                 "size": size, "upright": True}
                for t, x0, x1, top, bottom, f, size in _words(self._tuples, float(ratio))]

    def words(self) -> list[Word]:
        """`page_words` of this page: upright words, a font change inside a word splitting it."""
        bold: dict[str, bool] = {}
        out = []
        for t, x0, x1, top, bottom, font, size in _words(self._tuples, X_TOLERANCE_RATIO):
            b = bold.get(font)
            if b is None:
                b = bold[font] = bool(font and _BOLD_FONT.search(font))
            out.append(Word(t, x0, x1, top, bottom, size, b, font or None))
        return out

    # -- lines, rectangles, images, tables

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        if self._objects is None:
            self._objects = {"line": [], "rect": [], "curve": [], "image": []}
            api = self._api
            for k in range(api.count_objects(self._page)):
                self._add_object(api.get_object(self._page, k), [], 0)
        return self._objects

    @property
    def images(self) -> list[dict[str, Any]]:
        return self.objects["image"]

    def _add_object(self, obj: int, forms: list[tuple], depth: int) -> None:
        api = self._api
        kind = api.obj_type(obj)
        if kind == _OBJ_IMAGE:
            b = (ctypes.c_float * 4)()
            a = ctypes.addressof(b)
            if api.obj_bounds(obj, a, a + 4, a + 8, a + 12):  # left, bottom, right, top
                pts = [self._user(x, y, forms) for x, y in
                       ((b[0], b[1]), (b[2], b[3]), (b[0], b[3]), (b[2], b[1]))]
                self._objects["image"].append(_box_dict("image", pts, self.height))
        elif kind == _OBJ_PATH:
            self._add_path(obj, forms)
        elif kind == _OBJ_FORM and depth < 12:
            m = (ctypes.c_float * 6)()
            api.obj_matrix(obj, ctypes.addressof(m))
            inner = [tuple(m), *forms]
            for k in range(api.form_count(obj)):
                self._add_object(api.form_object(obj, k), inner, depth + 1)

    def _user(self, x: float, y: float, forms: list[tuple]) -> tuple[float, float]:
        for a, b, c, d, e, f in forms:  # innermost form first
            x, y = a * x + c * y + e, b * x + d * y + f
        return self._map(x, y)

    def _add_path(self, obj: int, forms: list[tuple]) -> None:
        """Painted paths as pdfminer classifies them: one segment is a line, a closed
        axis-parallel quadrilateral a rectangle, anything else a curve (one per subpath)."""
        api = self._api
        m = (ctypes.c_float * 6)()
        api.obj_matrix(obj, ctypes.addressof(m))
        a, b, c, d, e, f = m
        xy = (ctypes.c_float * 2)()
        ax = ctypes.addressof(xy)
        ops: list[tuple[str, tuple[float, float]]] = []
        bezier = 0
        for k in range(api.count_segments(obj)):
            seg = api.segment(obj, k)
            if not seg or not api.seg_point(seg, ax, ax + 4):
                return
            x, y = xy[0], xy[1]
            pt = self._user(a * x + c * y + e, b * x + d * y + f, forms)
            kind = api.seg_type(seg)
            if kind == _SEG_MOVETO:
                ops.append(("m", pt))
                bezier = 0
            elif kind == _SEG_BEZIERTO:
                bezier += 1
                if bezier == 3:  # pdfium gives a curve's two control points and its end
                    ops.append(("c", pt))
                    bezier = 0
            else:
                ops.append(("l", pt))
                bezier = 0
            if api.seg_close(seg):
                ops.append(("h", pt))
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        api.draw_mode(obj, ctypes.addressof(fill), ctypes.addressof(stroke))
        width = ctypes.c_float()
        api.stroke_width(obj, ctypes.addressof(width))
        attrs = {"linewidth": float(width.value), "stroke": bool(stroke.value),
                 "fill": bool(fill.value)}
        start = 0
        for k in range(1, len(ops) + 1):  # subpaths, each starting with "m"
            if k == len(ops) or ops[k][0] == "m":
                self._classify(ops[start:k], attrs)
                start = k

    def _classify(self, path: list[tuple[str, tuple[float, float]]], attrs: dict) -> None:
        shape = "".join(op for op, _ in path)
        if len(shape) < 2 or shape[0] != "m":
            return
        pts = [pt if op != "h" else path[0][1] for op, pt in path]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        objs = self._objects
        if shape in ("ml", "mlh"):
            objs["line"].append({**_box_dict("line", pts[:2], self.height), "pts": pts[:2], **attrs})
        elif shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            closed = pts[0] == pts[4]
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or \
                (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
            kind = "rect" if closed and square else "curve"
            d = _box_dict(kind, pts[:4] if kind == "rect" else pts, self.height)
            objs[kind].append({**d, "pts": pts if kind == "curve" else pts[:4], **attrs})
        else:
            objs["curve"].append({**_box_dict("curve", pts, self.height), "pts": pts, **attrs})

    @property
    def edges(self) -> list[dict[str, Any]]:
        from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

        objs = self.objects
        return ([line_to_edge(o) for o in objs["line"]]
                + [e for o in objs["rect"] for e in rect_to_edges(o)]
                + [e for o in objs["curve"] for e in curve_to_edges(o)])

    def extract_text(self, **kwargs: Any) -> str:
        from pdfplumber.utils import extract_text

        return extract_text(self.chars, **kwargs)

    def find_tables(self) -> list[Any]:
        """pdfplumber's table finder (its default "lines" strategy) over pdfium's lines; each
        table reads only the characters within its box."""
        from pdfplumber.table import TableFinder, TableSettings

        tables = TableFinder(self, TableSettings.resolve(None)).tables  # type: ignore[arg-type]
        if tables:
            # each character's middle (h, v), as pdfplumber's Table.extract computes it
            mids = [((c[1] + c[2]) / 2, (c[3] + c[4]) / 2) for c in self._tuples]
        for t in tables:
            x0, top, x1, bottom = t.bbox
            keep = [k for k, (h, v) in enumerate(mids)
                    if x0 - 1 <= h <= x1 + 1 and top - 1 <= v <= bottom + 1]
            tuples = self._tuples
            t.page = _Chars([
                {"object_type": "char", "text": ch, "x0": cx0, "x1": cx1, "top": ct,
                 "bottom": cb, "doctop": ct, "width": cx1 - cx0, "height": cb - ct,
                 "fontname": font, "size": size, "upright": up}
                for ch, cx0, cx1, ct, cb, font, size, up in (tuples[k] for k in keep)],
                [mids[k] for k in keep])
        return tables

    @staticmethod
    def extract_table(table: Any) -> list[list[str | None]]:
        """pdfplumber's `Table.extract()` of a table `find_tables` gave: the same rows, cells and
        text, each character's middle computed once instead of once per row and per cell (a
        table of 60 cells tested every character of its box 60 times through a Python call)."""
        from pdfplumber.utils import extract_text

        chars, mids = table.page.chars, table.page.mids
        out: list[list[str | None]] = []
        for row in table.rows:
            x0, top, x1, bottom = row.bbox
            in_row = [k for k, (h, v) in enumerate(mids) if x0 <= h < x1 and top <= v < bottom]
            arr: list[str | None] = []
            for cell in row.cells:
                if cell is None:
                    arr.append(None)
                    continue
                cx0, ctop, cx1, cbottom = cell
                cell_chars = [chars[k] for k in in_row
                              if cx0 <= mids[k][0] < cx1 and ctop <= mids[k][1] < cbottom]
                arr.append(extract_text(cell_chars) if cell_chars else "")
            out.append(arr)
        return out


@dataclass
class _Chars:
    """What a pdfplumber `Table.extract` reads of its page (and `extract_table`: the characters'
    middles)."""

    chars: list[dict[str, Any]]
    mids: list[tuple[float, float]] = field(default_factory=list)


def _box_dict(kind: str, pts: list[tuple[float, float]], height: float) -> dict[str, Any]:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top,
            "y0": height - bottom, "y1": height - top}  # pdfminer's y, from the bottom


def _words(chars: list[tuple], ratio: float) -> list[tuple]:
    """pdfplumber's WordExtractor (x_tolerance_ratio, y_tolerance 3, fontname and size as extra
    attributes) over character tuples: characters grouped by (upright, font, size) in content
    order, each group's lines clustered by top, each line sorted by x0, words split at blanks,
    at a step back, at a gap over `ratio` x the font size or a change of line. Returns upright
    words as (text, x0, x1, top, bottom, font, size)."""
    out: list[tuple] = []
    append = out.append
    for (upright, font, size), group in itertools.groupby(chars, key=_GROUP_KEY):
        if not upright:
            continue  # page_words drops them; they still split the groups, as in pdfplumber
        grp = list(group)
        tops = sorted({c[3] for c in grp})
        if all(b - a <= Y_TOLERANCE for a, b in zip(tops, tops[1:])):
            lines = [grp]
        else:
            cluster: dict[float, int] = {}
            k, last = -1, tops[0] - 2 * Y_TOLERANCE
            for t in tops:
                if t > last + Y_TOLERANCE:
                    k += 1
                cluster[t] = k
                last = t
            lines = [[] for _ in range(k + 1)]
            for c in grp:
                lines[cluster[c[3]]].append(c)
        gap = ratio * size
        # Ligatures are expanded once per group when it has any (a set test over its text),
        # not looked up character by character.
        lig = not _LIGATURE_SET.isdisjoint("".join([c[0] for c in grp]))
        for line in lines:
            line.sort(key=_X0)
            text = ""
            x0 = x1 = top = bottom = px0 = px1 = ptop = 0.0
            open_ = False
            for ch, cx0, cx1, ctop, cbottom, _f, _s, _u in line:
                if ch.isspace():
                    if open_:
                        append((text, x0, x1, top, bottom, font, size))
                        open_ = False
                    continue
                if lig:
                    ch = _LIGATURES.get(ch, ch)
                if open_ and (cx0 < px0 or cx0 > px1 + gap or abs(ctop - ptop) > Y_TOLERANCE):
                    append((text, x0, x1, top, bottom, font, size))
                    open_ = False
                if not open_:
                    text = ch
                    x0, x1, top, bottom = cx0, cx1, ctop, cbottom
                    open_ = True
                else:
                    text += ch
                    if cx1 > x1:
                        x1 = cx1
                    if ctop < top:
                        top = ctop
                    if cbottom > bottom:
                        bottom = cbottom
                px0, px1, ptop = cx0, cx1, ctop
            if open_:
                append((text, x0, x1, top, bottom, font, size))
    return out


_GROUP_KEY = itemgetter(7, 5, 6)
_X0 = itemgetter(1)


# --- one text-layer page -------------------------------------------------------------------


def read_text_page(page: Any, number: int, legacy: Any = None,
                   legacy_seen: list[str] | None = None) -> tuple[PageLayout, str | None]:
    """Lines and tables of a pdfplumber page, and why it needs OCR instead (None if it doesn't)."""
    width, height = float(page.width), float(page.height)
    layout = PageLayout(number, width, height)
    n_visible, cid = _char_counts(page)
    if n_visible < MAX_STAMP_CHARS:
        cover = _image_cover(page)
        # A scan: an image over the page, and no text or only a stamp, a page number, a
        # header added by the scanning software.
        if cover >= FULL_PAGE_IMAGE or (n_visible < MIN_TEXT_CHARS and cover >= MIN_IMAGE_COVER):
            return layout, "no-text-layer"
        if not n_visible:
            return layout, None  # an empty page
    if n_visible and cid > 0.3 * n_visible:
        return layout, "cid"

    tables = page_tables(page) if _has_edges(page) else []
    words = page_words(page)
    if tables:
        words = [w for w in words if not _inside_any(w, [t.bbox for t in tables])]
    lines = words_to_lines(words, number)
    # Tables without ruling (borderless cells, tab stops), from the lines' column alignment.
    from pipeline.ingest.ocr import GapRow, gap_tables, line_groups

    aligned, used = gap_tables([GapRow(line_groups(ln), ln.top, ln.bottom) for ln in lines])
    if aligned:
        tables = sorted(tables + aligned, key=lambda t: t.bbox[1])
        lines = [ln for i, ln in enumerate(lines) if i not in used]
    seen: list[str] = []
    if legacy is not None:
        hint = _repair_lines(lines, legacy, seen)
        is_legacy = getattr(legacy, "is_legacy_font", lambda _name: None)
        for t in tables:
            font = page.dominant_font(t.bbox) if isinstance(page, PdfiumPage) else \
                _dominant_font(page.chars, t.bbox)
            font = font if is_legacy(font) or not hint else hint
            t.rows = [[_repair_text(cell, font, legacy, seen) for cell in row] for row in t.rows]
    else:
        for t in tables:
            t.rows = [[clean(cell) for cell in row] for row in t.rows]
    text = "\n".join([ln.text for ln in lines] + [" ".join(r) for t in tables for r in t.rows])
    if needs_ocr(text, cid):
        return layout, "mojibake"
    if legacy_seen is not None:
        legacy_seen.extend(seen)
    layout.lines = lines
    layout.tables = tables
    return layout, None


def _char_counts(page: Any) -> tuple[int, int]:
    """(visible characters, "(cid:NN)" characters: glyphs without a Unicode mapping)."""
    if hasattr(page, "char_counts"):
        return page.char_counts()
    visible = [c for c in page.chars if not str(c.get("text", "")).isspace()]
    return len(visible), sum(1 for c in visible if str(c.get("text", "")).startswith("(cid:"))


def _has_edges(page: Any) -> bool:
    objs = page.objects
    return bool(objs.get("line") or objs.get("rect"))


def _image_cover(page: Any) -> float:
    area = float(page.width) * float(page.height) or 1.0
    cover = 0.0
    for im in page.images:
        w = max(0.0, min(float(im["x1"]), float(page.width)) - max(float(im["x0"]), 0.0))
        h = max(0.0, min(float(im["bottom"]), float(page.height)) - max(float(im["top"]), 0.0))
        cover += w * h
    return cover / area


def page_words(page: Any) -> list[Word]:
    """Upright words with their font and size (a font change inside a word splits it)."""
    if isinstance(page, PdfiumPage):
        return page.words()
    raw = page.extract_words(extra_attrs=["fontname", "size"], x_tolerance_ratio=0.2,
                             keep_blank_chars=False)
    words = []
    for w in raw:
        if not w.get("upright", True):
            continue
        text = str(w["text"])
        if not text.strip():
            continue
        font = _SUBSET_PREFIX.sub("", str(w.get("fontname") or "")) or None
        words.append(Word(text=text, x0=float(w["x0"]), x1=float(w["x1"]), top=float(w["top"]),
                          bottom=float(w["bottom"]), size=float(w.get("size") or 0.0),
                          bold=bool(font and _BOLD_FONT.search(font)), font=font))
    return words


def words_to_lines(words: list[Word], page: int) -> list[Line]:
    """Visual lines: a word joins the line its vertical middle falls in."""
    lines: list[Line] = []
    bounds: list[list[float]] = []  # [top, bottom, right] of each line as it grows
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        for k in range(len(lines) - 1, max(len(lines) - 5, -1), -1):
            box = bounds[k]
            top, bottom = box[0], box[1]
            slack = 0.15 * (bottom - top)
            # (box[2]: the line's right end; a word starting past it overlaps no word)
            if top - slack <= mid <= bottom + slack and (w.x0 >= box[2] - 0.5 or not any(
                    w.x0 < o.x1 - 0.5 and o.x0 < w.x1 - 0.5 for o in lines[k].words)):
                lines[k].words.append(w)
                if w.top < top:
                    box[0] = w.top
                if w.bottom > bottom:
                    box[1] = w.bottom
                if w.x1 > box[2]:
                    box[2] = w.x1
                break
        else:
            lines.append(Line(words=[w], page=page))
            bounds.append([w.top, w.bottom, w.x1])
    done = [ln.finish() for ln in lines]
    done = [ln for ln in done if ln.text]
    done.sort(key=lambda ln: (round(ln.top, 1), ln.x0))
    return done


def page_tables(page: Any) -> list[TableRegion]:
    """Ruled tables found by pdfplumber's line strategy; 1-row or 1-column frames are text."""
    out = []
    pdfium = isinstance(page, PdfiumPage)
    for table in page.find_tables():
        raw = page.extract_table(table) if pdfium else table.extract()
        # Cells stay raw (no clean()) until the legacy repair has seen them.
        rows = [[" ".join(_rejoin_numbers(c or "").split()) for c in row] for row in raw]
        rows = [r for r in rows if any(c.strip() for c in r)]
        if len(rows) < MIN_TABLE_ROWS or max((len(r) for r in rows), default=0) < MIN_TABLE_COLS:
            continue
        x0, top, x1, bottom = (float(v) for v in table.bbox)
        out.append(TableRegion(bbox=(x0, top, x1, bottom), rows=rows))
    return out


# A number wrapped inside a narrow cell: "7.260.000.0" / "00" is 7.260.000.000 (the two pieces of the
# last group make three digits).
_WRAPPED_NUMBER = re.compile(r"(\d[.,])(\d{1,2})\n(\d{1,2})(?![\d.,])")


_WRAPPED_GROUP = re.compile(r"(\d)\n([.,]\d{3})(?![\d])")
# (with its label or without: "202\n6", "Năm 202\n7")
_WRAPPED_YEAR = re.compile(r"\s*(?:(năm|Năm|NĂM)\s+)?((?:19|20)\d{0,2})\n(\d{1,2})\s*")


def _rejoin_numbers(cell: str) -> str:
    parts = cell.split("\n")
    if len(parts) >= 3 and all(len(p.strip()) == 1 and p.strip().isdigit() for p in parts):
        return "".join(p.strip() for p in parts)  # a year in a column one digit wide: "2\n0\n2\n7"
    if len(parts) >= 3 and all(len(p.strip()) == 1 and p.strip().isalnum() for p in parts) and \
            re.search(r"[^\W\d_]\n(?:\d\n){3}\d$", cell):
        # "N\nă\nm\n2\n0\n2\n8": a year's label one character wide, its word and its year apart
        return re.sub(r"(?<=[^\W\d_])(?=\d)", " ", "".join(p.strip() for p in parts))
    if (y := _WRAPPED_YEAR.fullmatch(cell)) and len(y.group(2) + y.group(3)) == 4:
        # a year wrapped in a narrow first column: "202\n6", "Năm 202\n7"
        return (f"{y.group(1)} " if y.group(1) else "") + y.group(2) + y.group(3)
    # a grouped number wrapped before a group: "1.407.000\n.000"
    cell = _WRAPPED_GROUP.sub(r"\1\2", cell)
    if "\n" in cell:
        cell = _rejoin_broken(_WRAPPED_TAIL.sub(_syllable_tail, cell))
    return _WRAPPED_NUMBER.sub(lambda m: m.group(1) + m.group(2) + m.group(3)
                               if len(m.group(2)) + len(m.group(3)) == 3 else m.group(0), cell)


# a syllable wrapped before its final consonants in a narrow cell: "Cộ" / "ng" is "Cộng"
_WRAPPED_TAIL = re.compile(r"([^\W\d_]+)[ \t]*\n[ \t]*([^\W\d_]+)(?![\w])")


def _syllable_tail(m: re.Match[str]) -> str:
    """The two pieces joined when the second is no syllable on its own ("ng", "nh", "ch": no vowel) and
    the joined form is one ("Cộng"); anything else is two words on two lines. (Not "m" or "n" alone: a
    unit on its own line, "Chiều dài" / "m".)"""
    head, tail = m.group(1), m.group(2)
    if (tail.islower() or head.isupper() and tail.isupper()) and (len(tail) > 1 or tail.lower() in "cpt") and \
            not VI_SYLLABLE.match(fold(tail).lower()) and VI_SYLLABLE.match(fold(head + tail).lower()):
        return head + tail
    return m.group(0)


_NUMBER_PIECE = re.compile(r"\d[\d.,]*|[.,]\d+")
_WELL_FORMED = re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?")
_PAREN = re.compile(r"\(([^()]*\n[^()]*)\)")


def _rejoin_broken(cell: str) -> str:
    """A cell too narrow for a number or a unit, broken inside it by the word processor ("2.2\n40",
    "444,\n55", "42\n0"; "(tr.\nđ)"): the pieces joined, when the joined form is one well-formed
    number (dots between groups of three, so two values stacked, "120\n150", stay two) or a unit
    the spaced form is not."""
    lines = [ln.strip() for ln in cell.split("\n")]
    if len(lines) >= 2 and len(lines[0]) >= 2 and all(_NUMBER_PIECE.fullmatch(ln) for ln in lines) and \
            len(lines[-1]) <= len(lines[0]) and max(len(ln) for ln in lines[:-1]) - min(len(ln) for ln in lines[:-1]) <= 1:
        joined = "".join(lines)
        if _WELL_FORMED.fullmatch(joined):
            return joined

    def unit(m: re.Match[str]) -> str:
        from pipeline.figures import parse_unit_header
        tight = re.sub(r"\s*\n\s*", "", m.group(1))
        if parse_unit_header(tight) is not None and parse_unit_header(" ".join(m.group(1).split())) is None:
            return f"({tight})"
        return m.group(0)
    return _PAREN.sub(unit, cell)


def _inside_any(w: Word, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return any(b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1 for b in boxes)


def _dominant_font(chars: list[dict[str, Any]],
                   bbox: tuple[float, float, float, float]) -> str | None:
    fonts: Counter[str] = Counter()
    for c in chars:
        if bbox[0] <= c["x0"] <= bbox[2] and bbox[1] <= c["top"] <= bbox[3]:
            fonts[_SUBSET_PREFIX.sub("", str(c.get("fontname") or ""))] += 1
    return fonts.most_common(1)[0][0] if fonts else None


def _repair_text(text: str, font: str | None, legacy: Any, seen: list[str]) -> str:
    if not text:
        return text
    try:
        fixed, encoding = legacy.repair(text, font)
    except Exception:  # the repair module is best effort; never lose the page for it
        return clean(text)
    if encoding:
        seen.append(str(encoding))
    return clean(fixed)


# Font names that make `legacy_fonts.repair` convert with a given encoding, for text whose
# encoding was detected on the whole page (one line is too short to detect it alone).
_HINT_FONT = {"tcvn3": ".VnTime", "vni": "VNI-Times"}


def _repair_lines(lines: list[Line], legacy: Any, seen: list[str]) -> str | None:
    """Legacy (TCVN3, VNI) repair, one run of same-font words at a time.

    A run in a legacy font (".VnTime", "VNI-Times") is converted by its font; otherwise the
    page's text decides the encoding once (PDFs often rename fonts or drop their names).
    """
    is_legacy = getattr(legacy, "is_legacy_font", lambda _name: None)
    detect = getattr(legacy, "detect_encoding", None)
    page_hint: str | None = None
    # (each distinct font tested once: a page has thousands of words and a handful of fonts)
    if detect is not None and not any(is_legacy(f) for f in {w.font for ln in lines for w in ln.words}):
        try:
            enc = detect("\n".join(ln.raw for ln in lines))
        except Exception:
            enc = None
        page_hint = _HINT_FONT.get(str(enc)) if enc else None
    for ln in lines:
        runs: list[tuple[str | None, list[Word]]] = []
        for w in ln.words:
            if runs and runs[-1][0] == w.font:
                runs[-1][1].append(w)
            else:
                runs.append((w.font, [w]))
        parts = []
        for font, ws in runs:
            raw = ln.raw if len(runs) == 1 else Line(words=list(ws), page=ln.page).finish().raw
            if not is_legacy(font) and page_hint:
                font = page_hint
            parts.append(_repair_text(raw, font, legacy, seen))
        # (each part is already clean: one run, most lines, needs no second pass)
        ln.text = parts[0] if len(parts) == 1 else clean(" ".join(p for p in parts if p))
    return page_hint


# --- is this text usable? ---------------------------------------------------------------


def needs_ocr(text: str, cid: int = 0) -> bool:
    """True when a page's text layer is "(cid:NN)" glyphs or mojibake rather than Vietnamese.

    Mojibake shows as a low share of Vietnamese letters among the letters, a high share of
    control, private-use, replacement or stray symbol characters, or words that are not
    Vietnamese syllables at all.
    """
    counts = Counter(text)  # each distinct character is classified once
    n = cid + sum(k for c, k in counts.items() if not c.isspace())
    if n == 0:
        return False
    if cid > 0.3 * n:
        return True
    bad = odd = letters = viet = 0
    for c, k in counts.items():
        if c.isspace():
            continue
        cat = unicodedata.category(c)
        if cat in ("Cc", "Cf", "Co", "Cn", "Cs") or c == "\ufffd":
            bad += k
        elif c.isalpha():
            letters += k
            if c.lower() in _VIET_LETTERS:
                viet += k
        elif not (c.isdigit() or c.isascii() or c in _COMMON_SYMBOLS):
            odd += k
    if (bad + cid) > 0.2 * n or odd > 0.1 * n:
        return True
    if letters >= 20 and viet < 0.85 * letters:
        return True
    tokens = Counter(_LETTER_RUN.findall(text.lower()))
    total = sum(tokens.values())
    if total >= 30:
        valid = sum(k for t, k in tokens.items() if VI_SYLLABLE.match(fold(t)))
        if valid < 0.3 * total:
            return True
    return False


# --- running headers and footers ---------------------------------------------------------


def _margin_key(text: str) -> str:
    """Same key for 'Trang 3' and 'Trang 4', and for OCR variants differing in punctuation."""
    return re.sub(r"[^a-z#]", "", re.sub(r"\d+", "#", fold(text)))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(one_line(text)))


def drop_running_lines(layouts: list[PageLayout]) -> None:
    """Remove page headers/footers that repeat (up to digits) on most pages, and page numbers."""
    def zone(lay: PageLayout, ln: Line, share: float) -> bool:
        return ln.bottom <= share * lay.height or ln.top >= (1 - share) * lay.height

    with_text = [lay for lay in layouts if lay.lines and lay.height > 0]
    counts: Counter[str] = Counter()
    keys: dict[int, str] = {}  # id(line) -> its key (an OCR'd line: the running key it misreads)
    for lay in with_text:
        page: set[str] = set()
        for ln in lay.lines:
            if zone(lay, ln, MARGIN_ZONE):
                k = _margin_key(ln.text)
                if lay.ocr:
                    k = _nearest_key(k, counts) or k
                keys[id(ln)] = k
                page.add(k)
        counts.update(page)
    need = max(2, (len(with_text) + 1) // 2)
    running = {k for k, n in counts.items() if n >= need}
    for lay in with_text:
        lay.lines = [
            ln for ln in lay.lines
            if not ((zone(lay, ln, MARGIN_ZONE) and keys[id(ln)] in running)
                    or (zone(lay, ln, PAGE_NUMBER_ZONE) and is_page_number(ln.text)))
        ]


def _nearest_key(key: str, known: Counter[str] | set[str]) -> str | None:
    """A known margin key that `key` misreads by a letter or two (OCR: "HIX Nông nghiệp Cam bù Khe Lim"
    on one page, "HTX …" on the others): long keys only, at most one edit in ten letters."""
    if len(key) < 10 or key in known:
        return key if key in known else None
    for k in known:
        if abs(len(k) - len(key)) <= len(key) // 10 and len(k) >= 10 and \
                difflib.SequenceMatcher(None, key, k, autojunk=False).ratio() >= 0.9:
            return k
    return None


# --- lines to blocks ------------------------------------------------------------------------


@dataclass
class _Para:
    lines: list[Line]
    page: int
    left: float  # the page's text margins
    right: float

    @property
    def text(self) -> str:
        return clean(" ".join(ln.text for ln in self.lines))


@dataclass
class _Metrics:
    body_size: float
    gap: float  # usual space between two lines of a paragraph
    size_tol: float = 0.08  # a size change beyond this share of the body size starts a block
    # a gap this many line sizes above the usual one starts a block: a text layer's line boxes are
    # exact, so a paragraph's "space after 6 pt" (0.3 of a 13 pt line) shows; OCR boxes jitter more
    gap_tol: float = 0.25


def _weighted_median(values: list[float], weights: list[int]) -> float:
    if not values:
        return 0.0
    pairs = sorted(zip(values, weights))
    half, acc = sum(weights) / 2, 0
    for v, n in pairs:
        acc += n
        if acc >= half:
            return v
    return pairs[-1][0]


def _metrics(layouts: list[PageLayout]) -> _Metrics:
    sizes, weights, gaps = [], [], []
    for lay in layouts:
        for ln in lay.lines:
            sizes.append(ln.size)
            weights.append(len(ln.text))
    body = _weighted_median(sizes, weights) or 12.0
    for lay in layouts:
        for a, b in zip(lay.lines, lay.lines[1:]):
            if abs(a.size - body) < 0.1 * body and abs(b.size - body) < 0.1 * body:
                g = b.top - a.bottom
                if -0.2 * body < g < 1.5 * body:
                    gaps.append(g)
    # the lower quartile, not the median: in a short plan of one-line headings and short paragraphs
    # the gaps between paragraphs are nearly as many as those between a paragraph's lines
    gap = (statistics.quantiles(gaps, n=4)[0] if len(gaps) >= 4 else statistics.median(gaps)) if gaps \
        else 0.25 * body
    # OCR sizes are estimated from box heights, within a few per cent.
    ocr = bool(layouts and layouts[0].ocr)
    return _Metrics(body, gap, 0.12 if ocr else 0.08, 0.35 if ocr else 0.25)


def _margins(lay: PageLayout) -> tuple[float, float]:
    long = [ln for ln in lay.lines if len(ln.text) >= 30] or lay.lines
    left = min(ln.x0 for ln in lay.lines)
    right = sorted(ln.x1 for ln in long)[int(0.9 * (len(long) - 1))]
    return left, max(right, left + 1)


def _numbering(text: str) -> Numbering | None:
    """`split_numbering`, minus "Chương trình ...", "Mục tiêu ...": a "Phần/Chương/Mục" label
    counts only with a number after it (the shared pattern lets the Roman numeral be empty)."""
    num = split_numbering(text)
    if num and num.rank == 0 and not _RANK0_NUMBER.search(num.label):
        m = _RANK0.match(text.lstrip())
        return Numbering(0, m.group(0).strip(), text.lstrip()[m.end():].strip()) if m else None
    return num


def _marker(text: str) -> str | None:
    """A bullet or a number at the start of a line: it opens a new block."""
    m = _BULLET.match(text)
    if m:
        return m.group(1)
    num = _numbering(text)
    return num.label if num else None


def _centered(ln: Line, left: float, right: float) -> bool:
    width = right - left
    mid = (ln.x0 + ln.x1) / 2
    return (ln.x1 - ln.x0) < 0.85 * width and abs(mid - (left + right) / 2) < 0.06 * width \
        and ln.x0 > left + 0.05 * width


def _breaks(para: _Para, ln: Line, m: _Metrics) -> bool:
    """Does `ln` start a new block after `para`?"""
    prev = para.lines[-1]
    size = max(prev.size, ln.size, 1e-6)
    width = para.right - para.left
    tol = 0.6 * size
    if _marker(ln.text) and not _sum_goes_on(prev, ln, para, size):
        return True
    if prev.bold != ln.bold or abs(prev.size - ln.size) > m.size_tol * max(m.body_size, size):
        return True
    if ln.top - prev.bottom > m.gap + m.gap_tol * size:
        return True
    if _centered(prev, para.left, para.right) and _centered(ln, para.left, para.right):
        # A centred paragraph wraps only when its line is full: a short centred line
        # ("Độc lập - Tự do - Hạnh phúc") ends its block.
        return prev.x1 - prev.x0 < 0.8 * width
    if prev.x1 < para.right - max(0.2 * width, 3 * size):  # a short last line
        return True
    if len(para.lines) == 1 and _centered(prev, para.left, para.right) and ln.x0 < prev.x0 - tol:
        # a centred line ending well short of the margin ("B. CĂN CỨ VÀ SỰ CẦN THIẾT …", a plain heading),
        # then a line at the margin: a line of its own, not the first line of a paragraph indented by
        # far more than a first-line indent; nor a longer one as far from both margins, when it is
        # numbered or in capitals ("H. NGUỒN NƯỚC KHOÁNG VÀ NGUỒN CUNG ỨNG THỰC PHẨM")
        gap, indent = para.right - prev.x1, prev.x0 - para.left
        if gap > 3 * size or (gap >= 1.5 * size and abs(indent - gap) <= size and
                              (_marker(prev.text) is not None or prev.text.isupper())):
            return True
    if _centered(ln, para.left, para.right) and prev.x1 - prev.x0 >= 0.9 * width \
            and prev.x0 <= para.left + tol and not ln.bold and not ln.text.isupper() \
            and not prev.text.isupper() and not prev.text.rstrip().endswith((".", ":", ";", "!", "?")):
        return False  # the short last line of a centred body paragraph, its sentence unfinished
    first = para.lines[0]
    if len(para.lines) >= 2:
        return abs(ln.x0 - para.lines[1].x0) > tol  # continuation lines share their x0
    if ln.x0 <= first.x0 + tol:
        return False  # back to the margin after a first-line indent, or flush
    # Indented under the first line: a new paragraph, unless it is a list item's hanging indent.
    return not (_marker(first.text) and len(first.words) > 1
                and abs(ln.x0 - first.words[1].x0) <= tol)


def _sum_goes_on(prev: Line, ln: Line, para: _Para, size: float) -> bool:
    """A sum the line wrapped before a sign ("… = 1.035" / "+ 546 = 1.581 triệu đồng"): the sign is
    no bullet when the line above runs to the right margin ending in a number and this one starts at
    the left margin with a sign and a number."""
    return bool(_SIGN_NUMBER.match(ln.text)) and bool(re.search(r"\d\s*$", prev.text)) and \
        prev.x1 >= para.right - 3 * size and abs(ln.x0 - para.left) <= 0.6 * size


_SIGN_NUMBER = re.compile(r"^\s*[-+–]\s*\d")


def _para_block(para: _Para, m: _Metrics) -> Block:
    text = para.text
    n_chars = sum(len(ln.text) for ln in para.lines) or 1
    bold = sum(len(ln.text) for ln in para.lines if ln.bold) >= 0.7 * n_chars
    size = sum(ln.size * len(ln.text) for ln in para.lines) / n_chars
    ratio = size / m.body_size if m.body_size else 1.0
    centered = len(para.lines) <= 3 and _centered(para.lines[0], para.left, para.right)
    heading = None
    if len(para.lines) <= 3 and not _CAPTION.match(text):
        heading = classify(HeadingCues(text=text, bold=bold, size_ratio=ratio, centered=centered))
    # As the Word reader does: a heading's text is its title (the number goes to `numbering`),
    # a bulleted item's text goes without its bullet; a numbered item keeps "a) ..." as written.
    if heading is not None:
        return Block(kind=BlockKind.heading, text=heading.title, level=heading.level,
                     numbering=heading.numbering, page=para.page, style=heading.cue)
    bullet = _BULLET.match(text)
    if bullet and text[bullet.end():].strip():
        return Block(kind=BlockKind.list_item, text=text[bullet.end():].strip(),
                     numbering=bullet.group(1), page=para.page)
    num = _numbering(text)
    if num and num.rank >= 2:
        return Block(kind=BlockKind.list_item, text=text, numbering=num.label, page=para.page)
    return Block(kind=BlockKind.paragraph, text=text, page=para.page)


_WORD = re.compile(r"[^\W\d_]+")


def _rejoin_split_words(blocks: list[Block]) -> None:
    """A word a narrow cell of a text PDF wrapped inside itself ("Lợi nhu" / "ận", "Nă" / "m"),
    joined back: two pieces whose join is a word the running text uses while the two never stand
    side by side in it. Only cells read from the text layer (a scan's cells are the OCR's words)."""
    text = " ".join(b.text for b in blocks if b.kind != BlockKind.table).lower()
    words = set(_WORD.findall(text))
    if not words:
        return
    for b in blocks:
        if b.kind != BlockKind.table or b.cell_conf is not None or not b.rows:
            continue
        rows = [[_joined_cell(c, words, text) for c in row] for row in b.rows]
        if rows != b.rows:
            b.rows = rows
            b.text = _table_text(rows)


def _joined_cell(cell: str, words: set[str], text: str) -> str:
    toks = cell.split(" ")
    if len(toks) < 2:
        return cell
    out = [toks[0]]
    for t in toks[1:]:
        a = out[-1]
        if a and t and _WORD.fullmatch(a) and _WORD.fullmatch(t) and (t[0].islower() or a.isupper() and t.isupper()) \
                and (a + t).lower() in words and f"{a} {t}".lower() not in text:
            out[-1] = a + t
        else:
            out.append(t)
    return " ".join(out)


def _table_text(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(r) for r in rows)


def unit_of(text: str) -> tuple[str | None, str]:
    """('ĐVT: triệu đồng', text before it) when the text carries a table unit header."""
    m = _UNIT.search(text)
    if not m:
        return None, text
    unit = m.group(0).strip().strip("()[]").strip()
    unit = re.sub(r"^[ĐD]\s?V\s?[I1l]T\b", "ĐVT", unit)  # OCR reads an italic "ĐVT" as "ĐVIT"
    return unit, (text[: m.start()] + text[m.end():]).strip()


def _table_block(t: TableRegion, page: int) -> Block:
    rows = [list(r) for r in t.rows]
    conf = [list(r) for r in t.conf] if t.conf is not None and len(t.conf) == len(rows) else None
    unit = t.unit
    if rows:
        cells = [c for c in rows[0] if c]
        if len(set(cells)) == 1:
            u, rest = unit_of(cells[0])
            if u and not rest:
                unit = unit or u
                rows = rows[1:]
                conf = conf[1:] if conf is not None else None
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if conf is not None:
        conf = [(c + [None] * (width - len(c)))[:width] for c in conf]
    return Block(kind=BlockKind.table, text=_table_text(rows), rows=rows, unit=unit, page=page,
                 cell_conf=conf)


def layouts_to_blocks(layouts: list[PageLayout]) -> list[Block]:
    """Blocks in reading order across pages."""
    blocks: list[Block] = []
    # Body sizes are measured apart for OCR pages (pixels) and text pages (points).
    metrics = {flag: _metrics([lay for lay in layouts if lay.ocr == flag])
               for flag in (False, True)}
    carry: _Para | None = None  # a paragraph that may run over the page break
    for lay in layouts:
        m = metrics[lay.ocr]
        if not lay.lines and not lay.tables:
            continue
        left, right = _margins(lay) if lay.lines else (0.0, lay.width)
        items: list[tuple[float, int, Any]] = [(ln.top, 0, ln) for ln in lay.lines]
        items += [(t.bbox[1], 1, t) for t in lay.tables]
        items.sort(key=lambda it: (it[0], it[1]))
        para: _Para | None = None
        first_item = True
        for _, kind, obj in items:
            if kind == 1:
                if para is not None:
                    _take_unit_line(para, obj, m)
                    if para.lines:
                        _flush(blocks, para, m)
                    para = None
                elif carry is not None:
                    _flush(blocks, carry, m)
                carry = None
                block = _table_block(obj, lay.number)
                if first_item and blocks and _continues_table(blocks[-1], block):
                    _extend_table(blocks[-1], block)
                elif block.rows:
                    blocks.append(block)
                first_item = False
                continue
            ln: Line = obj
            if first_item and carry is not None and _continues_over_page(carry, ln, left, m):
                para = carry
                para.lines.append(ln)
            elif para is not None and _indent_restart(para, ln):
                # the second line opened a paragraph of its own: split it off with this line
                second = para.lines.pop()
                _flush(blocks, para, m)
                para = _Para([second, ln], lay.number, left, right)
            elif para is not None and not _breaks(para, ln, m):
                para.lines.append(ln)
            else:
                if first_item and carry is not None:
                    _flush(blocks, carry, m)
                if para is not None and _second_opens(para, ln):
                    second = para.lines.pop()  # "… 320.000 đồng/bình." / "Sản phẩm là …" / heading
                    _flush(blocks, para, m)
                    para = _Para([second], lay.number, left, right)
                if para is not None:
                    _flush(blocks, para, m)
                para = _Para([ln], lay.number, left, right)
            carry = None
            first_item = False
        if para is not None:
            carry = para  # flushed on the next page, possibly after joining
    if carry is not None:
        _flush(blocks, carry, m)
    return blocks


def _second_opens(para: _Para, ln: Line) -> bool:
    """A one-line paragraph with a first-line indent, then a second indented line at the same x0,
    then `ln` back at the margin: the second line began the next paragraph ("… có vị." / "Với
    mức lợi nhuận trên, … trong khoảng 0,8" / "năm (chưa đến 10 tháng)."), whereas one paragraph
    would have wrapped at its first line."""
    if len(para.lines) != 2:
        return False
    first, second = para.lines
    tol = 0.6 * max(first.size, ln.size, 1e-6)
    return (first.x0 > para.left + tol and abs(second.x0 - first.x0) <= tol
            and ln.x0 <= para.left + tol and first.text.rstrip().endswith(_SENTENCE_END)
            and not _marker(second.text))


def _indent_restart(para: _Para, ln: Line) -> bool:
    """The second line opened a paragraph (`_second_opens`) that `ln` wraps: `ln` reads as its
    continuation, not as a numbered or bold heading ("2. Phân tích SWOT" after a one-line closing
    sentence, which is a paragraph of its own)."""
    return _second_opens(para, ln) and not _marker(ln.text) and ln.bold == para.lines[1].bold


def _flush(blocks: list[Block], para: _Para, m: _Metrics) -> None:
    blocks.append(_para_block(para, m))


def _take_unit_line(para: _Para, table: TableRegion, m: _Metrics) -> None:
    """A unit header ("ĐVT: triệu đồng") on the line just above a table belongs to the table."""
    last = para.lines[-1]
    if table.bbox[1] - last.bottom > 3 * max(last.size, m.body_size):
        return
    unit, rest = unit_of(last.text)
    if not unit:
        return
    table.unit = table.unit or unit
    if rest:
        last.text = rest
    else:
        para.lines.pop()


def _continues_over_page(carry: _Para, ln: Line, left: float, m: _Metrics) -> bool:
    last = carry.lines[-1]
    text = carry.text
    if not text or text.endswith(_SENTENCE_END) or _marker(ln.text):
        return False
    if last.x1 < carry.right - max(0.2 * (carry.right - carry.left), 3 * last.size):
        return False
    if last.bold != ln.bold or abs(last.size - ln.size) > m.size_tol * m.body_size:
        return False
    if ln.x0 > left + 0.6 * ln.size:
        return False
    return ln.text[:1].islower() or text[-1:] in {",", "-", "("}


_FRAGMENT = re.compile(r"[.,]?\d{1,3}")


def _split_row(last: list[str], first: list[str]) -> list[str] | None:
    """A table row the page broke in two: the next page's first row holds only the ends of the
    last row's numbers ("8", ".000") and blanks; joined, every such cell is a year or a grouped
    number. The joined row, else None."""
    if len(last) != len(first):
        return None
    filled = [j for j, c in enumerate(first) if c.strip()]
    if filled and all(last[j].strip() and (not re.search(r"\d", first[j]) or (
            # (figures inside the bracket it closes: "Chảo sao … (3" then "chảo × 11 kg ruốc/ngày × 280 ngày)", iq06)
            last[j].count("(") > last[j].count(")") and first[j].count(")") > first[j].count("("))) for j in filled) and any(
            first[j].strip()[:1].islower() or last[j].count("(") > last[j].count(")") for j in filled):
        # a label the page broke: "7 | Vận chuyển, chiết khấu, bán hàng (8% | 194,4 | …" then
        # "| doanh thu) | | …" on the next page, its words going on in lower case or closing a bracket
        out = list(last)
        for j in filled:
            out[j] = f"{last[j].rstrip()} {first[j].strip()}"
        return out
    if len(filled) == 1 and re.fullmatch(r"\([^()]+\)", first[filled[0]].strip()) and \
            re.search(r"[^\W\d_]", last[filled[0]]) and not last[filled[0]].rstrip().endswith(")") and \
            sum(1 for c in last if c.strip()) >= 3:
        # a label's bracket alone at the top of the next page ("3 | Khoai lang sấy dẻo, thùng 5 kg bán sỉ | 195 | …",
        # then "| (650.000 đ/thùng) | | |"): the end of that label, its price
        out = list(last)
        out[filled[0]] = f"{last[filled[0]].rstrip()} {first[filled[0]].strip()}"
        return out
    if len(filled) == 1 and re.fullmatch(r"(?:19|20)\d\d", first[filled[0]].strip()) and \
            re.search(r"(?i)\b(?:năm|vụ)$", last[filled[0]].strip()) and \
            sum(1 for c in last if re.search(r"\d", c)) >= 2:
        # a year label the page broke: "Năm | 100 | 100 | 6,6 | …" then "2029 | | | …" on the next
        # page (the cell wrapped "Năm" over "2029" and the break fell between the two lines)
        out = list(last)
        out[filled[0]] = f"{last[filled[0]].strip()} {first[filled[0]].strip()}"
        return out
    if not filled or len(filled) == len(first) or not all(_FRAGMENT.fullmatch(first[j].strip()) for j in filled):
        return None
    if len(filled) == 1 and not re.fullmatch(r"(?:19|20)\d\d", last[filled[0]].strip() + first[filled[0]].strip()):
        return None  # (one piece alone only when it ends a year: "202" / "6")
    out = list(last)
    for j in filled:
        a, b = last[j].strip(), first[j].strip()
        joined = a + b
        # ("3.690.0" / "00": a number broken inside its last group of digits)
        if not (re.fullmatch(r"(?:19|20)\d\d", joined) or
                ((b[:1] in ".," or re.fullmatch(r"\d{1,3}(?:[.,]\d{3})*[.,]\d{1,2}", a)) and
                 re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", joined))):
            return None
        out[j] = joined
    return out


def _continues_table(prev: Block, block: Block) -> bool:
    return (prev.kind == BlockKind.table and bool(prev.rows) and bool(block.rows)
            and len(prev.rows[0]) == len(block.rows[0]))  # type: ignore[index]


def _same_header(head: list[str], first: list[str]) -> bool:
    """The next page's first row repeats the table's header: equal, or (a scan misreading a cell:
    "TT" read "ï lý") no digit in it and most of its cells the header's own."""
    if first == head:
        return True
    filled = [j for j, c in enumerate(first) if c.strip()]
    same = sum(1 for j in filled if first[j].strip().casefold() == head[j].strip().casefold())
    return not any(re.search(r"\d", c) for c in first) and same >= 2 and 2 * same > len(filled)


def _extend_table(prev: Block, block: Block) -> None:
    assert prev.rows is not None and block.rows is not None
    skip = 1 if _same_header(prev.rows[0], block.rows[0]) else 0
    rows = block.rows[skip:]
    if rows and (joined := _split_row(prev.rows[-1], rows[0])) is not None:
        # the last row broken by the page: "202 | 1.918.000 | …" then "8 | .000 | …"
        prev.rows = prev.rows[:-1] + [joined]
        rows = rows[1:]
        skip += 1
    if prev.cell_conf is not None and block.cell_conf is not None:
        prev.cell_conf = prev.cell_conf + block.cell_conf[skip:]
    elif prev.cell_conf is not None or block.cell_conf is not None:
        # one part read by OCR and the other not: the confidences no longer line up with the rows
        prev.cell_conf = None
    prev.rows = prev.rows + rows
    prev.text = _table_text(prev.rows)
    prev.unit = prev.unit or block.unit
