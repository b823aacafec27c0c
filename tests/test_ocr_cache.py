"""The cache of what Tesseract read from each page image (pipeline.ingest.ocr.PageCache), and the
holdout sets' own copy of it (tests/holdout/ocr), which the quality pool reads through."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.ingest import ocr
from tests.holdout.evaluate import OCR_CACHE

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
                                reason="Tesseract or poppler not installed")

HERE = Path(__file__).resolve().parent
def _scan_page() -> tuple[Path, int]:
    return HERE / "holdout100/plans/cw04_nhung_huou_son_lam_htx.pdf", 2


def _words(res: ocr.OcrResult) -> list[str]:
    assert res.layout is not None, res.error
    return [w.text for line in res.layout.lines for w in line.words]


def _render(pdf: Path, page: int, tmp: Path) -> Path:
    import subprocess

    stem = tmp / f"r{page}"
    subprocess.run(["pdftoppm", "-gray", "-r", "300", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True, capture_output=True)
    return stem.with_suffix(".pgm")


@pytest.mark.slow
def test_a_page_image_is_recognised_once(tmp_path):
    pdf, page = _scan_page()
    binary = shutil.which("tesseract")
    cache = ocr.PageCache.at(tmp_path / "c", binary, "vie")
    first = ocr.ocr_page(pdf, page, 300, "vie", tmp_path, binary, cache=cache)
    entries = list((tmp_path / "c").glob("*/*.tsv.xz"))
    assert len(entries) == 1
    # the second time no Tesseract runs: a binary that does not exist would fail the page
    again = ocr.ocr_page(pdf, page, 300, "vie", tmp_path, "/nonexistent/tesseract", cache=cache)
    assert again.error is None and _words(again) == _words(first)
    # another resolution is another image, hence another entry (here: a miss, and the page fails)
    other = ocr.ocr_page(pdf, page, 200, "vie", tmp_path, "/nonexistent/tesseract", cache=cache)
    assert other.layout is None and other.error
    # a damaged entry is a miss, not a page read from garbage
    entries[0].write_bytes(b"\xfd7zXZ\x00garbage")
    broken = ocr.ocr_page(pdf, page, 300, "vie", tmp_path, "/nonexistent/tesseract", cache=cache)
    assert broken.layout is None and broken.error


def test_no_cache_without_a_folder_or_an_engine(tmp_path):
    assert ocr.PageCache.at(None, shutil.which("tesseract"), "vie") is None
    assert ocr.PageCache.at(tmp_path, "/nonexistent/tesseract", "vie") is None
    # the language model's bytes are part of the engine: another model, another fingerprint
    assert ocr.engine_fingerprint(shutil.which("tesseract"), "vie") != \
        ocr.engine_fingerprint(shutil.which("tesseract"), "eng")


@pytest.mark.slow
def test_the_sets_cache_holds_what_this_tesseract_reads(tmp_path):
    """The pool's pages come from tests/holdout/ocr: two of them, from two sets, are read again by
    the real engine here and must be byte for byte what the cache holds. When this machine's
    Tesseract, language model or poppler differ from the ones that filled it, this fails (and the
    pool would read all 1,611 pages for real): fill it again by running the pool once."""
    binary = shutil.which("tesseract")
    cache = ocr.PageCache.at(OCR_CACHE, binary, "vie")
    assert cache is not None and cache.root.is_dir(), \
        f"no entries for this Tesseract ({cache and cache.root.name}) in {OCR_CACHE}"
    pages = [(HERE / "holdout100/plans/cw04_nhung_huou_son_lam_htx.pdf", 3),
             (HERE / "holdout134/plans/ee07_cao_che_vang_son_tien_htx.pdf", 1)]
    for pdf, page in pages:
        image = _render(pdf, page, tmp_path)
        kept = cache.get(cache.key(image, "vie", 300))
        assert kept is not None, f"{pdf.name} page {page} is not in {cache.root}"
        fresh = ocr.PageCache(tmp_path / "fresh")
        res = ocr.ocr_page(pdf, page, 300, "vie", tmp_path, binary, cache=fresh)
        assert res.error is None
        assert fresh.get(fresh.key(image, "vie", 300)) == kept
