"""The benchmark corpus: plans sized like real ones, built from the sample sources.

A *variant* is a plan made by concatenating sample sources (samples/src/*.md, parsed by
samples/build.py) until it fills 8-15 pages, keeping about one table page in four; it is
written once as DOCX (python-docx, as samples/build.py does) and converted once to PDF by
LibreOffice (all variants in one soffice call). The corpus proper is copies of the variants
with a few bytes changed (a zip comment, a trailing PDF comment) so that every file has its
own hash and is read like a new submission. A scanned variant is a rasterised copy of one
variant's PDF (pdftoppm + Pillow, as samples/build.py's scan simulation).

Everything is cached under bench/.cache/, keyed by the sources and this file: a second run
starts at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
SAMPLES = ROOT / "samples"
CORPUS_VERSION = "4"

MIN_PAGES, MAX_PAGES = 8, 15
TABLE_SHARE = 0.25  # 2-3 table pages in 10


def _build_module():
    if str(SAMPLES) not in sys.path:
        sys.path.insert(0, str(SAMPLES))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import build  # samples/build.py

    return build


def _key() -> str:
    h = hashlib.sha256(CORPUS_VERSION.encode())
    for p in sorted((SAMPLES / "src").glob("*.md")) + [SAMPLES / "build.py", Path(__file__)]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Variant:
    name: str
    docx: Path
    pdf: Path
    pages: int
    table_pages: int
    sources: list[str]

    def to_json(self) -> dict:
        return {"name": self.name, "docx": self.docx.name, "pdf": self.pdf.name, "pages": self.pages,
                "table_pages": self.table_pages, "sources": self.sources}


# --------------------------------------------------------------------------- composing


def _compose(build, srcs: list, n_tables: int):
    """One Source: the first source whole (title block included), then the body of the others
    (from their first heading), keeping the first `n_tables` tables and dropping the rest
    (with their unit lines)."""
    base = srcs[0]
    meta = dict(base.meta)
    meta["build"] = "docx"  # plain Unicode text; the variants differ by heading style and content
    meta["stem"] = "bench"
    out = build.Source(base.path, meta)
    kept = 0
    for k, s in enumerate(srcs):
        blocks = s.blocks
        if k:
            first = next((i for i, b in enumerate(blocks) if isinstance(b, build.Heading)), 0)
            blocks = blocks[first:]
        for b in blocks:
            if isinstance(b, build.TableBlock):
                if kept >= n_tables:
                    continue
                kept += 1
            out.blocks.append(b)
    return out


def _plan_variants(build, count: int) -> list[tuple[str, list, int]]:
    """(name, sources, tables kept) for `count` variants: each full-size source in turn as the
    base, followed by the next sources until the text fills 8-15 pages (about 2.8 kB of source
    text per page in the samples' layout)."""
    srcs = [build.parse_source(p) for p in sorted((SAMPLES / "src").glob("*.md"))]
    srcs = [s for s in srcs if s.meta["build"] not in ("docx-tcvn3", "docx-nfd")]
    size = {id(s): len(build.body_text(s)) for s in srcs}
    full = [s for s in srcs if len(s.blocks) >= 50]
    out = []
    for i in range(count):
        base = full[i % len(full)]
        chain = [base]
        total = size[id(base)]
        want = 34_000 if i % 3 == 2 else 24_000  # every third variant is a long one
        j = i + 1
        while total < want and j < i + 1 + 2 * len(srcs):
            cand = srcs[j % len(srcs)]
            j += 1
            if cand in chain or total + size[id(cand)] > 40_000:
                continue
            chain.append(cand)
            total += size[id(cand)]
        out.append((f"v{i:02d}", chain, 3 if total < 30_000 else 4))
    return out


def _soffice_pdf(docs: list[Path], outdir: Path, timeout: int = 600) -> None:
    profile = Path(tempfile.mkdtemp(prefix=f"bench_lo_{os.getpid()}_"))
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--nologo", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the group this call started, nothing else
        proc.communicate()
        raise RuntimeError("soffice timed out converting the benchmark variants") from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _page_stats(pdf: Path) -> tuple[int, int]:
    """(pages, pages holding a ruled table) by pdfplumber's own finder: the reference."""
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        n = len(doc.pages)
        tables = 0
        for page in doc.pages:
            if page.find_tables():
                tables += 1
            page.close()
    return n, tables


def build_variants(count: int = 12, log=print) -> list[Variant]:
    """The distinct plans (DOCX + PDF), built once and cached."""
    vdir = CACHE / f"variants-{_key()}"
    meta = vdir / "variants.json"
    if meta.exists():
        data = json.loads(meta.read_text(encoding="utf-8"))
        if len(data) >= count:
            return [Variant(d["name"], vdir / d["docx"], vdir / d["pdf"], d["pages"], d["table_pages"],
                            d["sources"]) for d in data[:count]]
    build = _build_module()
    t0 = time.monotonic()
    tmp = vdir.with_name(vdir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    plans = _plan_variants(build, count)
    docs = []
    for name, chain, n_tables in plans:
        src = _compose(build, chain, n_tables)
        path = tmp / f"{name}.docx"
        build.write_docx(src, path)
        docs.append(path)
    log(f"  corpus: {len(docs)} DOCX variants written, converting to PDF with LibreOffice ...")
    _soffice_pdf(docs, tmp)
    variants = []
    for (name, chain, _), d in zip(plans, docs, strict=True):
        pdf = tmp / f"{name}.pdf"
        if not pdf.exists():
            raise RuntimeError(f"LibreOffice did not convert {d.name}")
        pages, tpages = _page_stats(pdf)
        variants.append(Variant(name, vdir / d.name, vdir / pdf.name, pages, tpages,
                                [s.path.stem for s in chain]))
    (tmp / "variants.json").write_text(json.dumps([v.to_json() for v in variants], indent=1),
                                       encoding="utf-8")
    shutil.rmtree(vdir, ignore_errors=True)
    tmp.rename(vdir)
    log(f"  corpus: {len(variants)} variants in {time.monotonic() - t0:.0f} s "
        f"({sum(v.pages for v in variants)} pages)")
    return variants


# --------------------------------------------------------------------------- copies


def _docx_copy(data: bytes, tag: bytes) -> bytes:
    """The same package with a zip comment: same content, other bytes."""
    eocd = data.rfind(b"PK\x05\x06")
    if eocd < 0 or len(data) - eocd < 22:
        raise ValueError("not a zip file")
    body = data[:eocd + 20]  # the record up to the comment length
    return body + len(tag).to_bytes(2, "little") + tag


def _pdf_copy(data: bytes, tag: bytes) -> bytes:
    return data + b"\n%" + tag + b"\n"


def make_copy(src: Path, dst: Path, index: int) -> None:
    data = src.read_bytes()
    tag = f"ocop-bench copy {index:06d}".encode()
    dst.write_bytes(_docx_copy(data, tag) if src.suffix == ".docx" else _pdf_copy(data, tag))


def mixed_corpus(variants: list[Variant], n: int, kinds: tuple[str, ...] = ("docx", "pdf"),
                 name: str | None = None) -> tuple[Path, int]:
    """A folder of `n` plans cycling through the variants and kinds; returns (folder, pages).

    The largest folder of a kind is kept and smaller ones are hard links into it (the first n
    files), so N=50, 200 and 1,000 read the same plans in the same order.
    """
    base = CACHE / f"corpus-{_key()}" / ("-".join(kinds) + "-all")
    base.mkdir(parents=True, exist_ok=True)
    files = []
    pages = 0
    for i in range(n):
        v = variants[(i // len(kinds)) % len(variants)]
        kind = kinds[i % len(kinds)]
        src = v.docx if kind == "docx" else v.pdf
        f = base / f"p{i:05d}_{v.name}.{kind}"
        if not f.exists():
            make_copy(src, f, i)
        files.append(f)
        pages += v.pages
    run = CACHE / "runs" / (name or f"{'-'.join(kinds)}-{n}")
    if run.exists():
        shutil.rmtree(run)
    run.mkdir(parents=True)
    for f in files:
        os.link(f, run / f.name)
    return run, pages


def scanned_corpus(variants: list[Variant], pages: int, dpi: int = 300, log=print) -> tuple[Path, int]:
    """A folder with one scanned plan of `pages` pages (the first pages of variant 0's PDF)."""
    import pikepdf

    build = _build_module()
    out = CACHE / f"scan-{_key()}-{pages}p-{dpi}"
    pdf = out / f"scan_{pages}p.pdf"
    if pdf.exists():
        return out, pages
    t0 = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench_scan_") as tmp:
        part = Path(tmp) / "part.pdf"
        with pikepdf.open(variants[0].pdf) as src:
            dst = pikepdf.Pdf.new()
            for p in src.pages[:pages]:
                dst.pages.append(p)
            dst.save(part)
        work = Path(tmp) / "pages"
        work.mkdir()
        build.scan_pdf(part, pdf.with_suffix(".tmp"), dpi, "bench", work)
    pdf.with_suffix(".tmp").rename(pdf)
    log(f"  corpus: scanned plan of {pages} pages in {time.monotonic() - t0:.0f} s")
    return out, pages
