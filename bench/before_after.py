"""Before/after timing of the reading stages changed for speed, in one process, CPU time,
alternating old and new so that the machine's load weighs on both alike.

    .venv/bin/python bench/before_after.py ORIG_DIR FILE...

ORIG_DIR holds the modules as they were (pdf_reader.py, docx_reader.py, sections.py).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def best(fn, args, rounds=3):
    out = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for a in args:
            fn(a)
        out = min(out, time.process_time() - t0)
    return out


def main() -> int:
    import pypdfium2 as pdfium

    from pipeline import sections as new_sections
    from pipeline.ingest import docx_reader as new_docx
    from pipeline.ingest import pdf_reader as new_pdf
    from pipeline.ingest import read_document
    from pipeline.settings import Settings

    orig = Path(sys.argv[1])
    files = [Path(f) for f in sys.argv[2:]]
    old_pdf = load("pdf_reader_before", orig / "pdf_reader.py")
    old_docx = load("docx_reader_before", orig / "docx_reader.py")
    s = Settings()
    pdfs = [f for f in files if f.suffix == ".pdf"]
    docxs = [f for f in files if f.suffix == ".docx"]
    pages = sum(len(pdfium.PdfDocument(str(f))) for f in pdfs)
    rows = []
    if pdfs:
        a = best(lambda f: old_pdf.read_pdf(f, f.name, "0", s), pdfs, 1)
        b = best(lambda f: new_pdf.read_pdf(f, f.name, "0", s), pdfs)
        rows.append(("PDF reader, text layer (ms/page)", 1000 * a / pages, 1000 * b / pages))
    if docxs:
        a = best(lambda f: old_docx.read_docx(f, f.name, "0", s), docxs)
        b = best(lambda f: new_docx.read_docx(f, f.name, "0", s), docxs)
        rows.append(("DOCX reader (ms/plan)", 1000 * a / len(docxs), 1000 * b / len(docxs)))
    if (orig / "sections.py").exists():
        docs = [read_document(f) for f in files]
        old_sec = load("sections_before", orig / "sections.py")
        a = best(lambda d: old_sec.map_sections(d), docs)
        b = best(lambda d: new_sections.map_sections(d), docs)
        rows.append(("map_sections (ms/plan)", 1000 * a / len(docs), 1000 * b / len(docs)))
    print("| stage | before | after | × |\n| --- | --- | --- | --- |")
    for name, a, b in rows:
        print(f"| {name} | {a:.1f} | {b:.1f} | {a / b:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
