"""Ingest: one reader per format, chosen by the file's content (never by its extension alone).

`read_document(path)` returns a `Document` or raises `ReadError` with a Vietnamese reason.
Only this package touches the submission folder, and only to read.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from pipeline.errors import ReadError
from pipeline.models import Document
from pipeline.settings import Settings, get_settings

PLAN_SUFFIXES = {".docx", ".doc", ".pdf", ".docm", ".rtf", ".odt"}

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path, head: bytes) -> str:
    """Return 'pdf', 'docx', 'doc' or raise ReadError('unsupported' / 'encrypted' / ...)."""
    src = str(path)
    if not head:
        raise ReadError("empty", src)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile as e:
            raise ReadError("corrupt-docx", src, str(e)) from None
        except OSError as e:
            raise ReadError("corrupt-docx", src, str(e)) from None
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("xl/") for n in names):
            raise ReadError("unsupported", src, " (đây là bảng tính Excel)")
        if any(n.startswith("ppt/") for n in names):
            raise ReadError("unsupported", src, " (đây là bản trình chiếu PowerPoint)")
        if "content.xml" in names and "mimetype" in names:
            return "doc"  # OpenDocument text: converted by LibreOffice like a legacy file
        raise ReadError("corrupt-docx", src, "gói nén không chứa văn bản Word")
    if head.startswith(_OLE):
        # An OLE container: Word 97-2003, or an encrypted OOXML file (Word puts password-protected
        # .docx inside OLE with an EncryptionInfo stream), or another Office format.
        with open(path, "rb") as f:
            blob = f.read(min(os.path.getsize(path), 4 * 1024 * 1024))
        if "EncryptionInfo".encode("utf-16-le") in blob:
            raise ReadError("encrypted", src)
        if "WordDocument".encode("utf-16-le") in blob:
            return "doc"
        if "Workbook".encode("utf-16-le") in blob or "Book".encode("utf-16-le") in blob:
            raise ReadError("unsupported", src, " (đây là bảng tính Excel)")
        raise ReadError("unsupported", src, " (tệp Office không phải Word)")
    if head.lstrip().startswith(b"{\\rtf"):
        return "doc"
    low = head[:512].lower()
    if b"<html" in low or b"<!doctype html" in low:
        raise ReadError("unsupported", src, " (đây là trang HTML đổi đuôi)")
    raise ReadError("unsupported", src, "")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_document(path: Path, source: str | None = None, settings: Settings | None = None,
                  digest: str | None = None) -> Document:
    """Read one plan. `source` is the path as the user gave it (kept in outputs); `digest`: the
    file's sha256 when the caller already hashed it (the reading cache)."""
    settings = settings or get_settings()
    source = source or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError("not-found", source) from None
    except OSError as e:
        raise ReadError("internal", source, str(e)) from None
    if not path.is_file():
        raise ReadError("unsupported", source, " (không phải tệp)")
    if size == 0:
        raise ReadError("empty", source)
    if size > settings.max_file_mb * 1024 * 1024:
        raise ReadError("too-large", source, f"{size / 1048576:.0f} MB > {settings.max_file_mb:.0f} MB")
    with open(path, "rb") as f:
        head = f.read(4096)
    kind = sniff(path, head)
    digest = digest or sha256_file(path)
    out_of_memory = ReadError("too-large", source, f"không đủ bộ nhớ để đọc, giới hạn "
                                                   f"{settings.max_memory_mb} MB mỗi tiến trình đọc")
    try:
        if kind == "docx":
            from pipeline.ingest.docx_reader import read_docx

            doc = read_docx(path, source, digest, settings)
        elif kind == "pdf":
            from pipeline.ingest.pdf_reader import read_pdf

            check_pdf(path, source, settings)
            doc = read_pdf(path, source, digest, settings)
        else:
            doc = read_legacy_doc(path, source, digest, settings)
    except MemoryError:
        raise out_of_memory from None
    except ReadError as e:
        if "MemoryError" in e.detail:  # a reader that reported running out of memory as damage
            raise out_of_memory from None
        raise
    check_extent(doc, settings)
    return doc


def check_pdf(path: Path, source: str, settings: Settings) -> None:
    """Guard before the PDF reader: the page count (pdfium opens a PDF lazily, in milliseconds,
    whatever its size), so a 5,000-page file is refused before any page is parsed."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise ReadError("encrypted", source) from None
        raise ReadError("corrupt-pdf", source, "cấu trúc tệp hỏng hoặc tệp bị cắt cụt") from None
    except Exception as e:  # noqa: BLE001 - pdfium can fail in other ways on hostile input
        raise ReadError("corrupt-pdf", source, type(e).__name__) from None
    try:
        n = len(pdf)
    finally:
        pdf.close()
    if n > settings.max_pages:
        raise ReadError("too-many-pages", source, f"{n} trang, tối đa {settings.max_pages}")


def check_extent(doc: Document, settings: Settings) -> None:
    """A plan read must stay small enough for the stages after reading (sections, figures, the
    judge, which runs in the batch's own process): so many blocks or characters are refused."""
    n_blocks = len(doc.blocks)
    if n_blocks > settings.max_blocks:
        raise ReadError("too-long", doc.source, f"{n_blocks} đoạn, tối đa {settings.max_blocks}")
    n_chars = sum(len(b.text) for b in doc.blocks)
    if n_chars > settings.max_chars:
        raise ReadError("too-long", doc.source, f"{n_chars} ký tự, tối đa {settings.max_chars}")


# Process groups of running conversions, so that a worker being stopped can take them along.
_CONVERSIONS: set[int] = set()


def stop_conversions() -> None:
    """Kill every LibreOffice conversion this process started (called when a reading worker is
    stopped: its time is up, or the batch is interrupted)."""
    for pgid in list(_CONVERSIONS):
        _kill_group(pgid)


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _converter_limits(data_mb: int, cpu_s: int):
    """preexec_fn for LibreOffice: its own bounds, which hold even if the worker dies first."""

    def apply() -> None:
        import resource

        # LibreOffice reserves far more address space than it uses: give it back the hard limit
        # (the reading worker's soft limit is meant for the Python readers) and bound what it
        # writes to instead.
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        inf = resource.RLIM_INFINITY

        def lower(which: int, soft: int, hard_wanted: int) -> None:
            _s, hard = resource.getrlimit(which)
            if hard != inf:
                soft, hard_wanted = min(soft, hard), min(hard_wanted, hard)
            resource.setrlimit(which, (soft, hard_wanted))

        if data_mb > 0:
            lower(resource.RLIMIT_DATA, data_mb * 1024 * 1024, resource.getrlimit(resource.RLIMIT_DATA)[1])
        if cpu_s > 0:  # CPU seconds: holds even if the worker that started it is gone
            lower(resource.RLIMIT_CPU, cpu_s, cpu_s + 5)

    return apply


def read_legacy_doc(path: Path, source: str, digest: str, settings: Settings) -> Document:
    """.doc (and .rtf/.odt): LibreOffice headless converts to .docx, then the docx reader reads it."""
    from pipeline.ingest.docx_reader import read_docx

    exe = shutil.which(settings.soffice)
    if exe is None:
        raise ReadError("converter-unavailable", source)
    with tempfile.TemporaryDirectory(prefix="ocop-doc-") as tmp:
        tmpdir = Path(tmp)
        # Copy under a neutral name: the original stays untouched, and odd characters in the
        # submitted name cannot reach LibreOffice's command line.
        src = tmpdir / ("in" + (path.suffix.lower() if path.suffix.lower() in PLAN_SUFFIXES else ".doc"))
        shutil.copyfile(path, src)
        profile = tmpdir / "profile"
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmpdir / "out"), str(src)]
        # Its own session: soffice forks soffice.bin, and a timeout must kill both.
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env={**os.environ, "HOME": str(tmpdir)},
                                preexec_fn=_converter_limits(settings.convert_memory_mb,
                                                             settings.convert_timeout_s),
                                start_new_session=True)
        _CONVERSIONS.add(proc.pid)
        try:
            _stdout, stderr = proc.communicate(timeout=settings.convert_timeout_s)
        except subprocess.TimeoutExpired:
            _kill_group(proc.pid)
            proc.communicate()
            raise ReadError("timeout", source, f"chuyển đổi .doc quá {settings.convert_timeout_s} giây") from None
        finally:
            _kill_group(proc.pid)  # whatever LibreOffice left behind
            _CONVERSIONS.discard(proc.pid)
        out = tmpdir / "out" / "in.docx"
        if proc.returncode != 0 or not out.exists():
            err = stderr.decode("utf-8", "replace").strip().splitlines()
            raise ReadError("corrupt-doc", source, err[-1][:200] if err else "")
        doc = read_docx(out, source, digest, settings, fmt="doc")
    return doc
