"""What each plan read to, kept in the output folder, so that a run after a rule or template change
judges every plan again without reading it again (a scanned plan is seconds of OCR a page).

An entry is keyed by the file's content hash under a fingerprint of everything reading depends on:
the reading code (this package, the modules it imports and the shape of `Document`), the reading limits and OCR settings,
the versions of the parsing libraries, Tesseract and its language model, and LibreOffice. When any
of them changes, the fingerprint does, every entry is missed, and entries of other fingerprints are
removed at the end of the batch (`prune`): they can never be used again.

An entry is a zlib-compressed JSON `Document` (OCR cell confidences included), validated by pydantic
when loaded and bounded in size: an entry that is damaged, too large or of another shape is simply a
miss, and the plan is read from its file. Reading only from the submission folder, writing only
under `<out>/.cache/read/` and `<out>/.cache/ocr/`.

The second keeps Tesseract's output per page image (pipeline.ingest.ocr.PageCache) under the
engine's own fingerprint only, so that it outlives a change of the reading code: after an upgrade
of ocop-review a scanned plan is read again in a fraction of a second a page instead of 3-4 s.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from pipeline.models import Document
from pipeline.settings import Settings

CACHE = Path(".cache") / "read"
OCR_CACHE = Path(".cache") / "ocr"  # Tesseract's output per page image (pipeline.ingest.ocr.PageCache)

# The pipeline modules reading runs (besides this package), and the libraries it parses with. Of
# models.py only the shape of what reading produces counts (`Document`'s JSON schema): a change to the
# review's models must not make every plan be read (OCR'd) again.
_CODE = ("text.py", "errors.py", "settings.py")
_LIBRARIES = ("python-docx", "lxml", "pdfplumber", "pdfminer.six", "pypdfium2", "pytesseract", "Pillow",
              "pydantic")
# The settings a document read depends on (the limits decide whether it is read at all).
_SETTINGS = ("max_file_mb", "max_pages", "max_inflated_mb", "max_xml_mb", "max_zip_members", "max_xml_depth",
             "max_table_nesting", "max_blocks", "max_chars", "ocr_dpi", "ocr_lang", "soffice", "region")
_MAX_ENTRY = 256 * 1024 * 1024  # decompressed bytes: far above any plan within max_chars


def _tesseract(lang: str) -> str:
    """Tesseract's fingerprint: its version and the bytes of its language models (a new `vie` model
    reads differently), the one the OCR page cache is kept under (pipeline.ingest.ocr)."""
    from pipeline.ingest.ocr import engine_fingerprint

    binary = shutil.which("tesseract")
    return (engine_fingerprint(binary, lang) if binary else "") or "absent"


def _libreoffice(soffice: str) -> str:
    """LibreOffice's build, from its versionrc (running `soffice --version` costs a second)."""
    exe = shutil.which(soffice)
    if not exe:
        return "absent"
    rc = Path(os.path.realpath(exe)).parent / "versionrc"
    try:
        return rc.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return exe


@lru_cache(maxsize=4)
def _fingerprint(settings_json: str) -> str:
    settings = json.loads(settings_json)
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for p in sorted(here.glob("*.py")) + [here.parent / name for name in _CODE]:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    h.update(json.dumps(Document.model_json_schema(), sort_keys=True).encode())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=absent\n".encode())
    h.update(settings_json.encode())
    h.update(_tesseract(settings["ocr_lang"]).encode())
    h.update(_libreoffice(settings["soffice"]).encode())
    return h.hexdigest()[:16]


def fingerprint(settings: Settings) -> str:
    """What reading depends on, in 16 hex digits (computed once per process and settings)."""
    chosen = {k: str(getattr(settings, k)) for k in _SETTINGS}
    return _fingerprint(json.dumps(chosen, sort_keys=True))


def _entry(out: Path, settings: Settings, sha256: str) -> Path:
    return out / CACHE / fingerprint(settings) / f"{sha256}.json.z"


def load(out: Path, settings: Settings, sha256: str, source: str) -> Document | None:
    """The document read earlier from a file with these bytes, now named `source`; None if there
    is none usable."""
    path = _entry(out, settings, sha256)
    try:
        data = path.read_bytes()
        d = zlib.decompressobj()
        raw = d.decompress(data, _MAX_ENTRY)
        if d.unconsumed_tail or not d.eof:
            return None
        doc = Document.model_validate_json(raw)
    except (OSError, ValueError, zlib.error):
        return None
    if doc.sha256 != sha256:
        return None
    doc.source = source
    return doc


def store(out: Path, settings: Settings, doc: Document) -> None:
    """Keep `doc` for the next run. Best effort: a cache that cannot be written is no error."""
    path = _entry(out, settings, doc.sha256)
    data = doc.model_dump(mode="json")
    for b, block in zip(data["blocks"], doc.blocks, strict=True):
        if block.cell_conf is not None:  # excluded from the JSON outputs, needed by the judge
            b["cell_conf"] = block.cell_conf
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_entry(path, zlib.compress(raw, 1))


def write_entry(path: Path, data: bytes) -> None:
    """Write a cache entry whole (a temporary file renamed, so that a parallel reader never sees half of
    it). Best effort: an entry that cannot be written is no error, the next run reads the file again.
    (No fsync, unlike pipeline.batch.write_bytes: an entry a power cut loses is only a miss.)"""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def read(path: Path, source: str, settings: Settings, out: Path | None, reread: bool = False) -> Document:
    """`read_document`, through the cache of the output folder `out` (None: no cache). `reread`:
    read the file again all the same (and keep what it read to now)."""
    from pipeline.ingest import read_document, sha256_file

    if out is None:
        return read_document(path, source, settings)
    if settings.ocr_cache_dir is None:
        settings = settings.model_copy(update={"ocr_cache_dir": out / OCR_CACHE})
    digest = None
    if not reread:
        try:
            digest = sha256_file(path) if path.is_file() else None
        except OSError:
            digest = None  # read_document reports it
        if digest and (doc := load(out, settings, digest, source)) is not None:
            return doc
    doc = read_document(path, source, settings, digest)  # (the file hashed once)
    store(out, settings, doc)
    return doc


def prune(out: Path, settings: Settings) -> None:
    """Remove the entries no run with today's reading can use (other fingerprints; in the output
    folder's OCR cache, other engines')."""
    from pipeline.ingest.ocr import engine_fingerprint

    keep = {out / CACHE: fingerprint(settings)}
    if settings.ocr_cache_dir is None and (binary := shutil.which("tesseract")):
        keep[out / OCR_CACHE] = engine_fingerprint(binary, settings.ocr_lang)
    for root, current in keep.items():
        try:
            olds = [p for p in root.iterdir() if p.name != current]
        except OSError:
            continue
        for p in olds:
            shutil.rmtree(p, ignore_errors=True)
