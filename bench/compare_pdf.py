"""Compare the PDF reader's two paths on real files: pdfium pages (the default) against
pdfplumber pages (the reader before it read through pdfium). Prints, per file, whether the
Document blocks are the same, and the differing blocks otherwise.

    .venv/bin/python bench/compare_pdf.py FILE.pdf... [--words]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import pdf_reader as pr  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


class _PlumberOnly:
    """Force every page through pdfplumber, as the reader did before."""

    def __enter__(self):
        self.saved = pr.PdfiumPage.__init__
        pr.PdfiumPage.__init__ = _fail  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc):
        pr.PdfiumPage.__init__ = self.saved  # type: ignore[method-assign]


def _fail(*_a, **_k):
    raise RuntimeError("pdfium disabled")


def blocks(path: Path):
    doc = pr.read_pdf(path, path.name, "0" * 64, Settings(ocr_workers=2))
    return [(b.kind.value, b.text, b.level, b.numbering, b.unit, repr(b.rows), b.page) for b in doc.blocks], \
        [(p.code, p.page) for p in doc.problems], doc.format


def words(path: Path):
    import pdfplumber
    import pypdfium2 as pdfium

    diffs = 0
    with pdfplumber.open(path) as pl:
        doc = pdfium.PdfDocument(str(path))
        fonts = pr._FontMetrics(path)
        for i, page in enumerate(pl.pages):
            a = [(w.text, round(w.x0, 1), round(w.top, 1), round(w.bottom, 1), w.font, round(w.size, 2))
                 for w in pr.page_words(page)]
            fp = pr.PdfiumPage(doc, i, fonts)
            b = [(w.text, round(w.x0, 1), round(w.top, 1), round(w.bottom, 1), w.font, round(w.size, 2))
                 for w in pr.page_words(fp)]
            fp.close()
            if a != b:
                diffs += 1
                sa, sb = set(a), set(b)
                print(f"  page {i + 1}: {len(sa - sb)} words only in pdfplumber, {len(sb - sa)} only in pdfium")
                for w in sorted(sa - sb)[:5]:
                    print("    plumber:", w)
                for w in sorted(sb - sa)[:5]:
                    print("    pdfium: ", w)
        doc.close()
    return diffs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--words", action="store_true", help="also compare words page by page")
    ns = ap.parse_args()
    bad = 0
    for f in ns.files:
        try:
            t0 = time.perf_counter()
            new = blocks(f)
            t1 = time.perf_counter()
            with _PlumberOnly():
                old = blocks(f)
            t2 = time.perf_counter()
        except Exception as e:  # noqa: BLE001
            print(f"{f}: error {type(e).__name__}: {e}")
            bad += 1
            continue
        same = new == old
        print(f"{f.name}: {'same' if same else 'DIFFERENT'} ({len(new[0])} blocks; "
              f"pdfium {1000 * (t1 - t0):.0f} ms, pdfplumber {1000 * (t2 - t1):.0f} ms)")
        if not same:
            bad += 1
            if new[1:] != old[1:]:
                print("  problems/format:", old[1:], "->", new[1:])
            ob, nb = old[0], new[0]
            import difflib

            for op in difflib.SequenceMatcher(None, ob, nb, autojunk=False).get_opcodes():
                if op[0] != "equal":
                    for b in ob[op[1]:op[2]][:4]:
                        print("  - plumber:", str(b)[:300])
                    for b in nb[op[3]:op[4]][:4]:
                        print("  + pdfium: ", str(b)[:300])
        if ns.words:
            words(f)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
