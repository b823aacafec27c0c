"""OCR of PDF pages with Tesseract's Vietnamese model, rebuilt into the reader's page layout.

Each page is rendered to a grey PGM by `pdftoppm` (PNG encoding costs 15x more) and read by
one `tesseract` process with `OMP_THREAD_LIMIT=1`: Tesseract's own threads oversubscribe a
small machine, so pages run in parallel instead (`settings.ocr_workers`, 0 = one per core).
Threads are enough to drive them: the work happens in the child processes.

From Tesseract's word boxes (TSV) this module rebuilds what `pdf_reader` needs:

* visual lines, after undoing the scan's skew, with a size (word heights normalised for
  glyph shape: "ỗ" and "g" make taller boxes than "o") and a bold
  flag (ink density against the page's median line, since a scan carries no font names);
* tables, from lines with three or more word groups split by wide gaps and at least one
  number; consecutive such lines form one table, cells by column alignment (`gap_tables`,
  which `pdf_reader` also runs on text pages for tables drawn without borders).

Paragraphs, headings, running headers and the rest are then done by `pdf_reader` exactly as
for a text layer (it reads sizes relative to the page's median, so pixels are fine).

Tesseract's output for a page image is kept in `settings.ocr_cache_dir` when it is set (the
review sets it to `<out>/.cache/ocr/`): keyed by the image's bytes under a fingerprint of the
engine (its version and the language model's bytes), so a page is recognised once however often
the code that rebuilds its layout changes. Recognition is 90 % of reading a scan (3-4 s a page).
"""

from __future__ import annotations

import csv
import hashlib
import io
import lzma
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
import unicodedata
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.errors import ReadError
from pipeline.ingest.pdf_reader import Line, PageLayout, TableRegion, Word
from pipeline.settings import Settings
from pipeline.text import DVT, clean

# Seconds allowed for rendering plus recognising one page (a 300 dpi page takes 1.5-3 s).
OCR_PAGE_TIMEOUT_S = 180
RENDER_TIMEOUT_S = 60
# Long side of a rendered page, in pixels: A3 at 300 dpi is 4961; a poster-sized page is
# rendered at a lower resolution rather than as a 50-megapixel image.
MAX_PIXELS = 7000
# A gap wider than this many word heights separates two cell groups on a line.
GROUP_GAP = 1.3
# A line whose ink density is this much above the page's median line is bold.
BOLD_INK_RATIO = 1.22
_JUNK = re.compile(r"^[|¦\[\]_=~'`\"]+$")
_EDGE_JUNK = "|¦[]_"
_DIGIT = re.compile(r"\d")
_NUMBER_CELL = re.compile(r"[-(]?\d[\d.,  ]*%?\)?")
# A table's caption or its unit line ("Bảng 3. Sản lượng tiêu thụ theo kênh", "ĐVT: chai"): the start
# of the next table, never a cell of the one above it that wrapped
_CAPTION = re.compile(rf"(?i)^\s*(?:(?:bảng|biểu|phụ lục)\s*(?:số\s*)?\d+[a-z]?\s*[.:–-]|(?:{DVT}|đơn vị tính)\s*:)")
_ASCENDERS = frozenset("bdfhkltđ")
_DESCENDERS = frozenset("gpqyj")
_MARKS_ABOVE = frozenset("\u0300\u0301\u0303\u0309\u0302\u0306\u031b")


@dataclass
class TsvWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float
    line: tuple[int, int, int]  # (block, paragraph, line) as Tesseract numbered them


@dataclass
class OcrResult:
    number: int
    layout: PageLayout | None
    error: str | None = None
    seconds: float = 0.0


# --- availability ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _languages(binary: str) -> frozenset[str] | None:
    try:
        out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    text = out.stdout + out.stderr
    return frozenset(ln.strip() for ln in text.splitlines()[1:] if ln.strip() and " " not in ln)


def check_available(lang: str, source: str) -> str:
    """The tesseract binary, or ReadError("ocr-unavailable") when it or `lang` is missing."""
    binary = shutil.which("tesseract")
    if binary is None or shutil.which("pdftoppm") is None:
        raise ReadError("ocr-unavailable", source)
    langs = _languages(binary)
    if not langs or any(part not in langs for part in lang.split("+")):
        raise ReadError("ocr-unavailable", source)
    return binary


# --- running Tesseract ------------------------------------------------------------------


def ocr_pdf_pages(path: Path, pages: list[int], settings: Settings, source: str | None = None,
                  page_sizes: dict[int, tuple[float, float]] | None = None) -> dict[int, OcrResult]:
    """OCR the given 1-based pages in parallel; a failed page carries its error, never raises.

    `page_sizes` (points) lets an oversized page be rendered below `settings.ocr_dpi`, so that
    no page image exceeds MAX_PIXELS on its long side.
    """
    source = source or str(path)
    sizes = page_sizes or {}
    binary = check_available(settings.ocr_lang, source)
    workers = settings.ocr_workers or os.cpu_count() or 1
    timeout = float(getattr(settings, "ocr_page_timeout_s", OCR_PAGE_TIMEOUT_S))
    cache = PageCache.at(settings.ocr_cache_dir, binary, settings.ocr_lang)
    results: dict[int, OcrResult] = {}
    with tempfile.TemporaryDirectory(prefix="ocop_ocr_") as tmp, \
            ThreadPoolExecutor(max_workers=max(1, min(workers, len(pages)))) as pool:
        futures = [pool.submit(ocr_page, Path(path), n, _dpi(settings.ocr_dpi, sizes.get(n)),
                               settings.ocr_lang, Path(tmp), binary, timeout, cache) for n in pages]
        for fut in futures:
            res = fut.result()
            results[res.number] = res
    return results


def _dpi(dpi: int, size: tuple[float, float] | None) -> int:
    if not size or max(size) <= 0:
        return dpi
    return max(72, min(dpi, int(MAX_PIXELS * 72 / max(size))))


# Tesseract's arguments besides the image, the language and the resolution (part of the cache key).
_TESSERACT_ARGS = ("--psm", "3", "tsv")


@lru_cache(maxsize=4)
def engine_fingerprint(binary: str, lang: str) -> str:
    """Tesseract's version and the bytes of its language models, in 16 hex digits: a page image
    recognised by the same engine reads the same (a new Tesseract or `vie` model makes a new key).

    Only the version lines of Tesseract and Leptonica count, not the rest of `--version`: it also
    lists the CPU's instruction sets and the versions of libcurl, OpenSSL and libarchive, which
    change with the machine or a security update and not what a page reads. Keyed on them, a new
    machine read all 1.757 cached holdout pages again (45 minutes of CI on 2 cores) and each page
    came out byte for byte the same (1.496 compared, 4 Dec 2026)."""
    h = hashlib.sha256("\0".join(_TESSERACT_ARGS).encode())
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
        h.update("\n".join(_version_lines(out.stdout + out.stderr)).encode())
        langs = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
        listing = langs.stdout + langs.stderr
        tessdata = Path(os.environ.get("TESSDATA_PREFIX") or (listing.split('"')[1] if '"' in listing else "."))
        for name in lang.split("+"):
            h.update(name.encode() + b"\0" + (tessdata / f"{name}.traineddata").read_bytes())
    except (OSError, subprocess.SubprocessError, IndexError):
        return ""  # no fingerprint, no cache
    return h.hexdigest()[:16]


def _version_lines(text: str) -> list[str]:
    """The lines of `tesseract --version` naming Tesseract's and Leptonica's versions."""
    return [ln.strip() for ln in text.splitlines() if re.match(r"\s*(?:tesseract|leptonica)\b", ln, re.I)]


@dataclass(frozen=True)
class PageCache:
    """Tesseract's TSV for a page image, kept as `<root>/<engine>/<sha256 of the image>.tsv.xz`.
    Best effort both ways: an entry that cannot be read is a miss, one that cannot be written is
    no error; entries are written whole (a temporary file renamed), so parallel readers never see
    half of one."""

    root: Path

    @classmethod
    def at(cls, root: Path | None, binary: str, lang: str) -> PageCache | None:
        engine = engine_fingerprint(binary, lang) if root else ""
        return cls(Path(root) / engine) if root and engine else None

    def key(self, image: Path, lang: str, dpi: int) -> str:
        h = hashlib.sha256(f"{lang}\0{dpi}\0".encode())
        with open(image, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
        return h.hexdigest()

    def get(self, key: str) -> str | None:
        try:
            return lzma.decompress((self.root / f"{key}.tsv.xz").read_bytes()).decode("utf-8")
        except (OSError, lzma.LZMAError, UnicodeDecodeError):
            return None

    def put(self, key: str, tsv: str) -> None:
        from pipeline.ingest.cache import write_entry

        write_entry(self.root / f"{key}.tsv.xz", lzma.compress(tsv.encode("utf-8")))


def ocr_page(path: Path, number: int, dpi: int, lang: str, tmp: Path, binary: str = "tesseract",
             timeout: float = OCR_PAGE_TIMEOUT_S, cache: PageCache | None = None) -> OcrResult:
    start = time.monotonic()
    stem = tmp / f"p{number:04d}"
    pgm = stem.with_suffix(".pgm")
    try:
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(number), "-l", str(number),
                        "-singlefile", str(path), str(stem)],
                       check=True, capture_output=True, timeout=min(timeout, RENDER_TIMEOUT_S))
        left = timeout - (time.monotonic() - start)
        if left <= 0:
            raise subprocess.TimeoutExpired("pdftoppm", timeout)
        key = cache.key(pgm, lang, dpi) if cache else ""
        tsv = cache.get(key) if cache else None
        if tsv is None:
            env = dict(os.environ, OMP_THREAD_LIMIT="1")
            out = subprocess.run([binary, str(pgm), "stdout", "-l", lang, "--dpi", str(dpi), *_TESSERACT_ARGS],
                                 check=True, capture_output=True, timeout=left, env=env)
            tsv = out.stdout.decode("utf-8", "replace")
            if cache:
                cache.put(key, tsv)
        words = parse_tsv(tsv)
        layout = _layout_from_image(pgm, words, number)
    except subprocess.TimeoutExpired:
        return OcrResult(number, None, f"quá {timeout:.0f} giây", time.monotonic() - start)
    except subprocess.CalledProcessError as e:
        detail = (e.stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return OcrResult(number, None, f"lỗi {Path(str(e.cmd[0])).name}: {detail[0][:100]}",
                         time.monotonic() - start)
    except Exception as e:  # OSError, a bad image: the page fails, the document goes on
        return OcrResult(number, None, type(e).__name__, time.monotonic() - start)
    finally:
        pgm.unlink(missing_ok=True)
    return OcrResult(number, layout, None, time.monotonic() - start)


def _layout_from_image(pgm: Path, words: list[TsvWord], number: int) -> PageLayout:
    from PIL import Image

    with Image.open(pgm) as im:
        gray = im.convert("L")
        width, height = gray.size
        ink = [_ink(gray, w) for w in words]
    return words_to_layout(words, number, float(width), float(height), ink)


def _ink(gray: Any, w: TsvWord) -> tuple[int, int]:
    """(dark pixels, area) of a word box: bold strokes darken more of the box."""
    box = (int(w.x0), int(w.top), max(int(w.x1), int(w.x0) + 1), max(int(w.bottom), int(w.top) + 1))
    hist = gray.crop(box).histogram()
    return sum(hist[:128]), max(1, (box[2] - box[0]) * (box[3] - box[1]))


def parse_tsv(tsv: str) -> list[TsvWord]:
    """Word rows (level 5) of Tesseract's TSV, without empty boxes and ruling-line debris."""
    words = []
    reader = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if len(row) < 12 or row[0] != "5":
            continue
        try:
            conf = float(row[10])
            left, top, w, h = (int(v) for v in row[6:10])
        except ValueError:
            continue
        text = clean(row[11]).strip(_EDGE_JUNK).strip()
        if conf < 0 or not text or _JUNK.match(text):
            continue
        words.append(TsvWord(text, left, top, left + w, top + h, conf,
                             (int(row[2]), int(row[3]), int(row[4]))))
    return words


# --- rebuilding lines and tables ---------------------------------------------------------


def _skew(words: list[TsvWord]) -> float:
    """Slope (dy/dx) of the text lines: the median over lines of five words or more."""
    by_line: dict[tuple[int, int, int], list[TsvWord]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    slopes = []
    for ws in by_line.values():
        if len(ws) < 5:
            continue
        xs = [(w.x0 + w.x1) / 2 for w in ws]
        ys = [w.bottom for w in ws]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        var = sum((x - mx) ** 2 for x in xs)
        if var > 0:
            slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var)
    return statistics.median(slopes) if slopes else 0.0


def words_to_layout(words: list[TsvWord], number: int, width: float, height: float,
                    ink: list[tuple[int, int]] | None = None) -> PageLayout:
    """Lines (deskewed, with size and bold) and gap-aligned tables of one OCR'd page."""
    layout = PageLayout(number, width, height, ocr=True)
    if not words:
        layout.confidence = None
        return layout
    layout.confidence = statistics.fmean(w.conf for w in words)
    slope = _skew(words)
    sizes = _normalised_sizes(words)
    body = statistics.median(sizes)
    # Fragments: Tesseract's own lines, straightened; table cells often come as separate ones.
    frags: dict[tuple[int, int, int], list[int]] = {}
    for i, w in enumerate(words):
        frags.setdefault(w.line, []).append(i)
    rows: list[_Row] = []
    for key, idx in frags.items():
        shift = [-slope * ((words[i].x0 + words[i].x1) / 2) for i in idx]
        ws = [Word(text=words[i].text, x0=words[i].x0, x1=words[i].x1,
                   top=words[i].top + s, bottom=words[i].bottom + s,
                   size=sizes[i], conf=words[i].conf) for i, s in zip(idx, shift)]
        frag = _Frag(key, ws, [ink[i] for i in idx] if ink else [])
        _place(rows, frag)
    rows.sort(key=lambda r: r.mid)
    lines = []
    for r in rows:
        ws = [w for f in r.frags for w in f.words]
        line = Line(words=ws, page=number).finish(words_apart=True)
        # Each word counts once; one or two words are too few to tell a size from the noise.
        line.size = statistics.median(w.size for w in ws) if len(ws) >= 3 else body
        r.line = line
        lines.append(line)
    _mark_bold(rows)
    tables, used = gap_tables([GapRow(r.groups(), r.top, r.bottom) for r in rows])
    layout.tables = tables
    layout.lines = [r.line for i, r in enumerate(rows) if i not in used and r.line and r.line.text]
    return layout


def _shape(text: str) -> tuple[int, bool]:
    """How far a word's glyphs reach: above (0 x-height, 1 ascender or mark, 2 capital with a
    mark) and below (descender, dot below, comma). Box heights are compared within a shape."""
    top, below = 0, False
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], set(d[1:])
        above = bool(marks & _MARKS_ABOVE)
        if ch.isupper() and above:
            top = 2
        elif ch.isupper() or ch.isdigit() or base in _ASCENDERS or above or ch in "()/%[]{}|":
            top = max(top, 1)
        if base in _DESCENDERS or "\u0323" in marks or ch in ",;()[]{}|":
            below = True
    return top, below


def _normalised_sizes(words: list[TsvWord]) -> list[float]:
    """Word heights made comparable across glyph shapes: each word's height over the page's
    median for its shape, times the median height of plain ascender words (about the font
    size). OCR boxes vary +-15 % with diacritics; this brings body lines within +-3 %."""
    shapes = [_shape(w.text) for w in words]
    heights = [w.bottom - w.top for w in words]
    by: dict[tuple[int, bool], list[float]] = {}
    for s, h in zip(shapes, heights):
        by.setdefault(s, []).append(h)
    medians = {s: statistics.median(v) for s, v in by.items() if len(v) >= 3}
    scale = medians.get((1, False)) or statistics.median(heights)
    out = []
    for s, h in zip(shapes, heights):
        m = medians.get(s)
        out.append(h / m * scale if m else h)
    return out


@dataclass
class _Frag:
    key: tuple[int, int, int]
    words: list[Word]
    ink: list[tuple[int, int]]

    @property
    def top(self) -> float:
        return statistics.median(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return statistics.median(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)


class _Row:
    def __init__(self, frag: _Frag) -> None:
        self.frags = [frag]
        self.top, self.bottom = frag.top, frag.bottom
        self.line: Line | None = None

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2

    def groups(self) -> list[list[Word]]:
        """Word groups split by wide gaps, or by a fragment change with a clear gap."""
        owner = {id(w): f.key for f in self.frags for w in f.words}
        ws = sorted((w for f in self.frags for w in f.words), key=lambda w: w.x0)
        h = statistics.median(w.bottom - w.top for w in ws) if ws else 1.0
        groups: list[list[Word]] = []
        for w in ws:
            if groups:
                prev = groups[-1][-1]
                gap = w.x0 - prev.x1
                if gap > GROUP_GAP * h or (owner[id(w)] != owner[id(prev)] and gap > 0.5 * h):
                    groups.append([w])
                    continue
                groups[-1].append(w)
            else:
                groups.append([w])
        return groups


def _place(rows: list[_Row], frag: _Frag) -> None:
    top, bottom = frag.top, frag.bottom
    h = max(bottom - top, 1.0)
    for r in rows:
        overlap = min(bottom, r.bottom) - max(top, r.top)
        if overlap >= 0.5 * min(h, r.bottom - r.top) and not any(
                a.x0 < b.x1 and b.x0 < a.x1 for f in r.frags for b in f.words for a in frag.words):
            r.frags.append(frag)
            r.top, r.bottom = min(r.top, top), max(r.bottom, bottom)
            return
    rows.append(_Row(frag))


def _mark_bold(rows: list[_Row]) -> None:
    dens = []
    for r in rows:
        dark = sum(d for f in r.frags for d, _ in f.ink)
        area = sum(a for f in r.frags for _, a in f.ink)
        dens.append(dark / area if area else 0.0)
    body = [d for r, d in zip(rows, dens) if r.line and len(r.line.text) >= 20]
    if not body:
        return
    median = statistics.median(body)
    if median <= 0:
        return
    for r, d in zip(rows, dens):
        bold = d >= BOLD_INK_RATIO * median
        assert r.line is not None
        r.line.bold = bold
        for w in r.line.words:
            w.bold = bold


def _is_table_row(groups: list[list[Word]]) -> bool:
    return _cell_count(groups) >= 3 and any(_DIGIT.search(w.text) for g in groups for w in g)


def _numbers_only(g: list[Word]) -> bool:
    """A word group of two numbers or more and nothing else ("1.492,4 1.673,5")."""
    return len(g) >= 2 and all(_NUMBER_CELL.fullmatch(w.text) and any(ch.isdigit() for ch in w.text) for w in g)


def _cell_count(groups: list[list[Word]]) -> int:
    """How many cells a line's word groups make: a group of numbers alone, each set apart from the next by more
    than half its height, is one cell a number ("Cộng nguồn cà gai leo | 20.000 20.000 20.000" in a table without
    lines whose narrow year columns leave less than the group gap between their numbers). A phone number's digit
    blocks ("0912 345 678") stand a space apart and stay one."""
    n = 0
    for g in groups:
        if _numbers_only(g) and all(b.x0 - a.x1 > 0.5 * max(a.bottom - a.top, 1.0) for a, b in zip(g, g[1:])):
            n += len(g)
        else:
            n += 1
    return n


@dataclass
class GapRow:
    """A visual line cut into word groups at wide gaps: a candidate table row."""

    groups: list[list[Word]]
    top: float
    bottom: float


def line_groups(line: Line, gap: float = GROUP_GAP) -> list[list[Word]]:
    """A text-layer line's words split where the gap exceeds `gap` times the font size."""
    groups: list[list[Word]] = []
    for w in sorted(line.words, key=lambda w: w.x0):
        size = max(w.size, line.size, 1.0)
        space = w.x0 - groups[-1][-1].x1 if groups else 0.0
        if groups and space <= gap * size and not (space > NUMBER_GAP * size and _NUMBER_WORD.fullmatch(w.text)
                                                   and _ENDS_A_CELL.fullmatch(groups[-1][-1].text)):
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


# A number set apart from a number or a unit before it by more than this many word heights starts a cell of its
# own, though the gap is narrower than GROUP_GAP: the narrow year columns of a table without lines ("14 hộ ×
# 1.800 kg   25.200   25.200   25.200"). Justified prose stretches its spaces less than that between such words.
NUMBER_GAP = 0.6
_NUMBER_WORD = re.compile(r"[-(]?\d[\d.,]*%?\)?")
_ENDS_A_CELL = re.compile(r"(?i)[-(]?\d[\d.,]*%?\)?|kg|g|gr|tấn|tạ|yến|lít|l|ml|đ|đồng|vnđ|%|chiếc|cái|chai|hộp|túi|"
                          r"gói|hũ|lọ|can|bao|bộ|con|cây|m2|m²|ha|người|hộ|tháng|ngày|năm|[^\W\d]+/[^\W\d]+")


def gap_tables(rows: list[GapRow]) -> tuple[list[TableRegion], set[int]]:
    """Tables without ruling: runs of lines with 3+ word groups and a number, cells by column.

    Lines of one or two groups inside a run are wrapped cells; up to three lines just above
    the first numeric line are its header (with its wrapped cells).
    """
    groups = [r.groups for r in rows]
    flags = [_is_table_row(g) for g in groups]
    pitch = statistics.median(r.bottom - r.top for r in rows) if rows else 10.0

    def near(a: int, b: int) -> bool:
        return rows[b].top - rows[a].bottom < 2.5 * pitch

    tables: list[TableRegion] = []
    used: set[int] = set()
    i = 0
    while i < len(rows):
        if not flags[i]:
            i += 1
            continue
        run = [i]
        j = i + 1

        def is_row(n: int) -> bool:
            # A total or sub-row with an empty number cell ("| | Tổng cộng | 1.450 |") has only
            # two groups; it is a row when its label and number fall in the run's columns.
            cols_ = _columns(rows, run)
            return flags[n] or _label_value(groups[n], cols_) or _aligned_label_value(groups[n], cols_, pitch)

        while j < len(rows) and near(run[-1], j):
            if is_row(j):
                run.append(j)
                j += 1
                continue
            # Wrapped cells: up to three short lines, then a row again. (A line as wide as most of the
            # table is running text between two tables, "Tổng vốn đầu tư của phương án là …", not a cell.)
            cols = _columns(rows, run)
            span = cols[-1][1] - cols[0][0]
            m = j
            while m < len(rows) and m - j < 3 and not is_row(m) and len(groups[m]) <= 2 \
                    and not _caption(groups[m]) and near(m - 1, m) and all(g[-1].x1 - g[0].x0 <= 0.7 * span and (
                        _in_one_column(cols, g, pitch) or _under_cell(groups[run[-1]], g, pitch))
                                               for g in groups[m]):
                m += 1
            if m < len(rows) and m > j and is_row(m) and near(m - 1, m):
                run.extend(range(j, m))
                j = m
                continue
            if _label_tail(groups[run[-1]], groups[j], pitch) and rows[j].top - rows[run[-1]].bottom < pitch:
                run.append(j)  # the last row's label wrapped onto a line of its own: "… tài sản cố" / "định"
            break
        k = i - 1
        cols = _columns(rows, run)
        span = cols[-1][1] - cols[0][0]
        while k >= 0 and i - k <= 3 and k not in used and near(k, run[0]):
            wide = len(groups[k]) >= 3
            wrap = k > 0 and len(groups[k - 1]) >= 3 and near(k - 1, k) and \
                all(g[-1].x1 - g[0].x0 <= 0.7 * span for g in groups[k])  # (not a line of running text)
            if not (wide or wrap) or _caption(groups[k]):
                break  # (a caption under the table before is this table's title, not its header's wrapped line: hp03)
            run.insert(0, k)
            k -= 1
        numeric = sum(1 for k in run if flags[k])
        # One numeric row is a table only between a header and a total row: a table's last rows
        # that a page break carried over with its header repeated ("TT | Thiết bị | … " / "5 | Máy
        # đóng gói | 1 | 40" / "Tổng cộng | 640"), which the reader then joins to the table before.
        if numeric >= 2 or (numeric == 1 and len(run) >= 3 and not flags[run[0]] and not flags[run[-1]]
                            and len(groups[run[0]]) >= 3 and len(groups[run[-1]]) == 2):
            tables.append(_table(rows, run, pitch))
            used.update(run)
        i = max(j, i + 1)
    return tables, used


def _caption(groups: list[list[Word]]) -> bool:
    return bool(_CAPTION.match(" ".join(w.text for g in groups for w in g)))


def _columns(rows: list[GapRow], run: list[int]) -> list[tuple[float, float]]:
    """(x0, x1) of each column: the spans of the widest rows' groups."""
    width = max(len(rows[k].groups) for k in run)
    ref = [rows[k].groups for k in run if len(rows[k].groups) == width]
    return [(min(g[c][0].x0 for g in ref), max(g[c][-1].x1 for g in ref)) for c in range(width)]


def _in_one_column(cols: list[tuple[float, float]], g: list[Word], pitch: float) -> bool:
    """A word group that stays in one column: it starts no further left than the column's text
    (give or take half a line's height) and ends before the next column's text starts. A wrapped
    cell does; a line of running text or a heading between two tables runs across columns
    ("Mọi lao động thuê đều là phụ nữ …", "11. Kế hoạch sản xuất …" from the left margin)."""
    c = _column(cols, g[0].x0, g[-1].x1)
    starts_in = g[0].x0 >= cols[c][0] - pitch / 2
    return starts_in and (c + 1 == len(cols) or g[-1].x1 <= cols[c + 1][0])


def _under_cell(row: list[list[Word]], g: list[Word], pitch: float, text_only: bool = True) -> bool:
    """A word group that starts where a cell of the row above starts (give or take half a line's
    height) and ends before that row's next cell: the cell wrapped. (Columns taken from the widest
    row miss it when that row is a header centred in its cells: "Khoản mục" over a left-aligned
    "Khấu hao tài sản cố" / "định".) `text_only`: only under a cell with letters in it."""
    for c, cell in enumerate(row):
        if abs(cell[0].x0 - g[0].x0) <= pitch / 2 and (
                not text_only or any(ch.isalpha() for w in cell for ch in w.text)):
            return c + 1 == len(row) or g[-1].x1 < row[c + 1][0].x0
    return False


def _label_tail(row: list[list[Word]], line: list[list[Word]], pitch: float) -> bool:
    """The line right under a table's last row ends that row's cells: its first group under the
    row's label, in lower case and without a digit, any other group under another cell of the row
    ("Nước mắm can 2 | … | 150.000" / "lít | đ/can"). A caption, a note or the next paragraph
    starts with a capital or runs across the columns."""
    if not 1 <= len(line) <= 2 or len(row) < 3:
        return False
    text = " ".join(w.text for g in line for w in g)
    return (text[:1].islower() and not _DIGIT.search(text) and _under_cell(row, line[0], pitch)
            and all(_under_cell(row, g, pitch, text_only=False) for g in line[1:]))


def _label_and_number(groups: list[list[Word]], cols: list[tuple[float, float]]
                      ) -> tuple[list[Word], list[Word]] | None:
    """A line of two word groups, words then one number, under a table of three columns or more."""
    if len(groups) != 2 or len(cols) < 3:
        return None
    label, value = groups
    if not _NUMBER_CELL.fullmatch(" ".join(w.text for w in value)) or \
            not any(ch.isalpha() for w in label for ch in w.text):
        return None
    return label, value


def _label_value(groups: list[list[Word]], cols: list[tuple[float, float]]) -> bool:
    """A row of a label and one number whose first cell (the row number) is empty: the label
    starts right of the first column and the number falls in a later column than the label."""
    if (pair := _label_and_number(groups, cols)) is None:
        return False
    label, value = pair
    c_label = _column(cols, label[0].x0, label[-1].x1)
    c_value = _column(cols, value[0].x0, value[-1].x1)
    # the label ends before the value's column: a line of running text under a table ("c) Năng lực
    # sản xuất …: nhang que 2 x 90 x 280    50.400") runs across the columns up to the number
    return label[0].x0 > cols[0][1] and 0 < c_label < c_value and label[-1].x1 <= cols[c_value][0]


def _aligned_label_value(groups: list[list[Word]], cols: list[tuple[float, float]], pitch: float) -> bool:
    """A row of a label and one number under rows whose label column is their first (a table's last rows carried
    over a page break, their "Năm" cell empty: "Hộp quà cu đơ 500 g | 8.000 | 95.000 | 896,8", then "Cộng năm 2029
    | 2.936,8"): the label starts where a column's text starts and stays in it, the number ends where a later
    column's numbers end (right-aligned, though wider than they are)."""
    if (pair := _label_and_number(groups, cols)) is None:
        return False
    label, value = pair
    c_label = next((c for c, (x0, _x1) in enumerate(cols) if abs(label[0].x0 - x0) <= pitch / 2), None)
    c_value = next((c for c, (_x0, x1) in enumerate(cols) if abs(value[-1].x1 - x1) <= pitch), None)
    return c_label is not None and c_value is not None and c_label < c_value and \
        label[-1].x1 <= cols[c_label + 1][0]


def _split_at_cell_starts(rows: list[GapRow], run: list[int]) -> dict[int, list[list[Word]]]:
    """Each row's word groups, a group cut where one of its words starts exactly where a cell of two other rows
    starts: a left-aligned cell whose text came too close to the cell before it to leave a gap ("1.2 Hộ nuôi ong
    thôn Kim Thủy 24 hộ × 140 kg" in a table without lines, where "24 hộ × 140 kg" starts where "240–280 đàn × 14
    kg" and "1,06 kg/kg" start in the rows around it). Exact means within a point: a text layer's cells start
    where the layout put them; a scan's words wander more than that, and stay as they are."""
    # (a row's first cell counts too when it starts right of the table's left edge: "Cộng nguồn muối" under an empty
    # number cell)
    left = min(rows[k].groups[0][0].x0 for k in run)
    cells = {k: [g for g in rows[k].groups if g[0].x0 > left + 2] for k in run}
    starts: dict[float, set[int]] = defaultdict(set)
    for k in run:
        for g in cells[k]:
            starts[round(g[0].x0)].add(k)
    out: dict[int, list[list[Word]]] = {}
    for k in run:
        groups: list[list[Word]] = []
        for g in rows[k].groups:
            cur = [g[0]]
            for w in g[1:]:
                near = {o for x in (round(w.x0) - 1, round(w.x0), round(w.x0) + 1) for o in starts.get(x, ())}
                if len(near - {k}) >= 2 and any(abs(w.x0 - o[0].x0) <= 1.0 for r in near - {k} for o in cells[r]):
                    groups.append(cur)
                    cur = [w]
                else:
                    cur.append(w)
            groups.append(cur)
        out[k] = groups
    return out


def _table(rows: list[GapRow], run: list[int], pitch: float) -> TableRegion:
    scanned = any(w.conf is not None for k in run for g in rows[k].groups for w in g)
    cut = {} if scanned else _split_at_cell_starts(rows, run)
    if cut and any(len(cut[k]) != len(rows[k].groups) for k in run):
        rows = list(rows)
        for k in run:
            rows[k] = GapRow(cut[k], rows[k].top, rows[k].bottom)
    width = max(len(rows[k].groups) for k in run)
    cols = _columns(rows, run)
    table: list[list[str]] = []
    conf: list[list[float | None]] = []  # each cell's lowest word confidence, kept beside `table`
    above: list[tuple[float, int]] = []  # (x0, column) of the previous line's groups
    for k in run:
        cells = [""] * width
        low: list[float | None] = [None] * width
        placed: list[tuple[float, int]] = []
        wrap = not _is_table_row(rows[k].groups)
        for g in _split_numbers(rows[k].groups, cols):
            c = _column(cols, g[0].x0, g[-1].x1)
            if wrap:
                # a wrapped cell goes under the cell it starts below, whatever the header's columns say
                c = next((col for x0, col in above if abs(x0 - g[0].x0) <= pitch / 2), c)
            placed.append((g[0].x0, c))
            text = " ".join(w.text for w in g)
            cells[c] = f"{cells[c]} {text}".strip()
            low[c] = _lowest(low[c], *(w.conf for w in g))
        if table and not _label_value(rows[k].groups, cols) and \
                _continues_row(table[-1], cells, rows[k].groups):
            table[-1] = [f"{a} {b}".strip() for a, b in zip(table[-1], cells)]
            conf[-1] = [_lowest(a, b) for a, b in zip(conf[-1], low)]
        else:
            table.append(cells)
            conf.append(low)
        above = placed
    table, conf = _join_wrapped_numbers(table, conf)
    _join_header_lines(table, conf)
    _split_number_from_label(table, conf)
    table = [_split_year_cells(row) if i < 3 else row for i, row in enumerate(table)]
    table = [[_slash_misread(c) for c in row] for row in table]
    for i, row in enumerate(table):
        for j, c in enumerate(row):
            if (fixed := _digit_misread(c)) != c:
                # a cell read with letters for digits: put back, but no surer than a confidence of 0 (a
                # total the scan garbled so is not a firm figure to hold the items against)
                row[j], conf[i][j] = fixed, 0.0
    words = [w for k in run for g in rows[k].groups for w in g]
    bbox = (min(w.x0 for w in words), rows[run[0]].top, max(w.x1 for w in words),
            rows[run[-1]].bottom)
    return TableRegion(bbox=bbox, rows=table, conf=conf)  # raw: the text reader repairs legacy codes first


_YEAR_CELLS = re.compile(r"(?i)(?:(?:năm\s*)?20\d\d[\s¡|]*){2,}")  # ("Năm 2027 ¡ Năm 2028": a ruling line read as "¡")
_YEAR_CELL = re.compile(r"(?i)(?:năm\s*)?20\d\d")


_TT_HEAD = re.compile(r"(?i)^\s*s?tt\.?\s*$")
_NUMBER_LABEL = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\S.*)$")


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_LETTERS_SPLIT = re.compile(r"(?i)(s?t)\s+(t)")


def _join_header_lines(table: list[list[str]], conf: list[list[float | None]]) -> None:
    """A header whose cells wrapped, each line read as a row ("TT" as "T" over "T", "Năm" over "2027" in the narrow
    year columns of a table without lines): one header row. Only when both lines are all words but for years, and
    the second puts its years under cells of the first that hold none."""
    while len(table) >= 3:
        first, second = table[0], table[1]
        if any(_DIGIT.search(c) for c in first) or \
                any(_DIGIT.search(c) and not _YEAR_ONLY.fullmatch(c.strip()) for c in second) or \
                not any(_YEAR_ONLY.fullmatch(b.strip()) and a.strip() for a, b in zip(first, second)):
            return
        table[0] = [_LETTERS_SPLIT.sub(r"\1\2", f"{a} {b}".strip()) for a, b in zip(first, second)]
        conf[0] = [_lowest(a, b) for a, b in zip(conf[0], conf[1])]
        del table[1], conf[1]


def _split_number_from_label(table: list[list[str]], conf: list[list[float | None]]) -> None:
    """Under a "TT" column, a row whose number and label the engine read as one group into the first cell, the
    label's own cell empty ("1 Vốn tự có của hộ | | 500 | 62,5" beside "2 | Vay Ngân hàng … | 300"): the number
    stays, the label goes to its cell."""
    if not table or len(table[0]) < 3 or not _TT_HEAD.match(table[0][0]):
        return
    for i, row in enumerate(table[1:], start=1):
        if not row[1].strip() and (mm := _NUMBER_LABEL.match(row[0])) and any(ch.isalpha() for ch in mm.group(2)):
            row[0], row[1] = mm.group(1), mm.group(2)
            conf[i][1] = conf[i][0]
        elif not row[0].strip() and (mm := _NUMBER_LABEL.match(row[1])) and any(ch.isalpha() for ch in mm.group(2)):
            # (or into the label's cell, the number's own left empty: "| 1.1 Đàn ong của hộ | 240–280 đàn × 14 kg |")
            row[0], row[1] = mm.group(1), mm.group(2)
            conf[i][0] = conf[i][1]


def _split_year_cells(row: list[str]) -> list[str]:
    """A header whose year columns were read as one group ("Năm 2027 Năm 2028 Năm 2029" over
    three columns of numbers, the two cells after it empty): one year a cell."""
    out = list(row)
    for c, cell in enumerate(row):
        if not _YEAR_CELLS.fullmatch(cell.strip()):
            continue
        years = [x.group(0) for x in _YEAR_CELL.finditer(cell)]
        if c + len(years) <= len(out) and all(not out[c + k].strip() for k in range(1, len(years))):
            out[c:c + len(years)] = years
    return out


# a price's slash read as an opening bracket inside the brackets around it: "(35.000 đ(túi)"
_SLASH_AS_BRACKET = re.compile(r"(\d\s*(?:đ|đồng|vnđ|VNĐ))\((\w{1,6}\))")


def _slash_misread(cell: str) -> str:
    """A cell whose brackets do not balance because the engine read a price's "/" as "(":
    "Bánh đa vừng (35.000 đ(túi)" is "Bánh đa vừng (35.000 đ/túi)"."""
    if cell.count("(") <= cell.count(")"):
        return cell
    return _SLASH_AS_BRACKET.sub(r"\1/\2", cell)


# a scan's "5" read as "S" and "0" as "O" in a cell of digits: "S00", "S0", "1.S00" (a depreciation
# table's 500 and 50 left as debris). Put back only when the cell is then a well-formed number with
# at least one real digit beside the look-alikes; a two-character code without a zero ("S1", a size)
# stays as written.
_LOOKALIKE_CELL = re.compile(r"[\dSO][\dSO.,]*")
_LOOKALIKES = str.maketrans("SO", "50")
_WELL_FORMED = re.compile(r"\d{1,3}(?:([.,])\d{3}(?:\1\d{3})*)?(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")


def _digit_misread(cell: str) -> str:
    s = cell.strip()
    if not s or not _LOOKALIKE_CELL.fullmatch(s) or s.isdigit() or "S" not in s and "O" not in s:
        return cell
    if not any(ch.isdigit() for ch in s) or (len(s) == 2 and "0" not in s):
        return cell
    fixed = s.translate(_LOOKALIKES)
    return fixed if _WELL_FORMED.fullmatch(fixed) else cell


def _split_numbers(groups: list[list[Word]], cols: list[tuple[float, float]]) -> list[list[Word]]:
    """A group of numbers only whose words fall in different columns, the gap between two cells read
    narrow ("1.492,4 1.673,5" under "Năm 2027" and "Năm 2028", the next column left empty): one
    group per number."""
    out: list[list[Word]] = []
    for g in groups:
        if _numbers_only(g):
            at = [_column(cols, w.x0, w.x1) for w in g]
            if all(a < b for a, b in zip(at, at[1:])):
                out.extend([w] for w in g)
                continue
        out.append(g)
    return out


def _lowest(*values: float | None) -> float | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


_CUT_GROUP = re.compile(r"\d[.,]\d{0,2}$")  # "600.00", "115.2", "157." : a thousands group cut short
_DIGITS = re.compile(r"\d{1,3}")


def _join_wrapped_numbers(table: list[list[str]], conf: list[list[float | None]]
                          ) -> tuple[list[list[str]], list[list[float | None]]]:
    """A narrow cell wraps a long number ("600.00" / "0"): a row of nothing but short digit runs,
    each under a cell whose last thousands group is cut short, is the end of those numbers."""
    out: list[list[str]] = []
    out_conf: list[list[float | None]] = []
    for cells, low in zip(table, conf, strict=True):
        filled = [(j, c) for j, c in enumerate(cells) if c]
        if out and filled and all(_DIGITS.fullmatch(c) for _, c in filled) and \
                all(j < len(out[-1]) and _CUT_GROUP.search(out[-1][j]) and
                    len(out[-1][j].rsplit(".", 1)[-1].rsplit(",", 1)[-1]) + len(c) == 3 for j, c in filled):
            prev = list(out[-1])
            prev_low = list(out_conf[-1])
            for j, c in filled:
                prev[j] = prev[j] + c
                prev_low[j] = _lowest(prev_low[j], low[j])
            out[-1] = prev
            out_conf[-1] = prev_low
            continue
        out.append(cells)
        out_conf.append(low)
    return out, out_conf


# a row's number in the first column: "2", "2.1", "II", "IV."
_ROW_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?")


def _continues_row(prev: list[str], cells: list[str], groups: list[list[Word]]) -> bool:
    """A line that carries on the row above: a wrapped cell ("QR" under "... tem"), or the
    second line of a header ("2027" under "Năm"). Row heights give no clue (cells have no
    padding in Word), so this goes by content: no row number or label of its own."""
    if cells[0] and _ROW_NUMBER.fullmatch(cells[0].strip()) and any(ch.isalpha() for c in cells[1:] for ch in c):
        return False  # "2 | Chi phí" with its values empty: a heading row of its own, numbered
    if len(groups) <= 2 and not _is_table_row(groups):
        return True
    header_above = not any(_DIGIT.search(c) for c in prev)
    # (not a row of figures other than years under it: "| Hộp quà cu đơ 500 g | 8.000 | 95.000 | 896,8" under a header
    # repeated at a page's top, the row's first cell empty as its year was given on the page before)
    if header_above and not cells[0] and bool(prev[0]) and not any(
            _NUMBER_CELL.fullmatch(c.strip()) and not _YEAR_CELL.fullmatch(c.strip()) for c in cells[1:] if c.strip()):
        return True
    # every cell of a numbered row wrapped onto the next line, which goes on in lower case ("3 | Giấy chứng
    # nhận cơ sở đủ | Số 118/2026/CT-ATTP | Đến 05/10/2029; nộp hồ" / " | điều kiện an toàn thực phẩm | ngày
    # 05/10/2026 | sơ cấp lại quý II/2029"): a paper table's row, not a row of its own (no bare number in it)
    # (the row's number may have been read into its label's cell: " | 2 Giấy chứng nhận cơ sở đủ | …")
    first = next((c.strip() for c in cells if c.strip()), "")
    numbered = bool(prev[0]) and _ROW_NUMBER.fullmatch(prev[0].strip()) is not None or \
        not prev[0] and len(prev) > 2 and _NUMBER_THEN_LABEL.match(prev[1]) is not None
    if first[:1].islower() and not any(_NUMBER_CELL.fullmatch(c.strip()) for c in cells if c.strip()):
        if not cells[0] and numbered:
            return True
        # (or into the first cell, with the label: "6 Giấy chứng nhận đăng ký | Số 498771, Cục Sở hữu | …" / "nhãn
        # hiệu "Nghệ Bắc Sơn" | trí tuệ | đến 14/8/2034")
        if len(prev) > 2 and _NUMBER_THEN_LABEL.match(prev[0]) is not None and cells[0][:1].islower() and \
                sum(1 for c in cells if c.strip()) >= 2:
            return True
        # (or a table with no number column, its label the first cell: "Cơ sở đủ điều kiện an toàn thực | Số
        # 29/2026/ATTP ngày | Đến" / "phẩm | 03/03/2026 | 03/03/2029"; each cell of the line under a cell of the row)
        return len(prev) > 2 and prev[0][:1].isupper() and not _DIGIT.search(prev[0]) and \
            cells[0][:1].islower() and not _DIGIT.search(cells[0]) and sum(1 for c in cells if c.strip()) >= 2 and \
            all(p.strip() for p, c in zip(prev, cells) if c.strip())
    return False


_NUMBER_THEN_LABEL = re.compile(r"\s*\d{1,2}\.?\s+[^\W\d_]")


def _column(cols: list[tuple[float, float]], x0: float, x1: float) -> int:
    best, best_overlap = 0, -1.0
    for c, (a, b) in enumerate(cols):
        overlap = min(x1, b) - max(x0, a)
        if overlap > best_overlap:
            best, best_overlap = c, overlap
    if best_overlap > 0:
        return best
    mid = (x0 + x1) / 2
    return min(range(len(cols)), key=lambda c: abs((cols[c][0] + cols[c][1]) / 2 - mid))
