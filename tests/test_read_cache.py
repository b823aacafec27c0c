"""The reading cache (pipeline.ingest.cache): a run after a rule change judges again without
reading again, gives the reviews a fresh reading gives, and never trusts an entry it cannot use."""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import pytest

import pipeline.ingest as ingest
from pipeline.batch import collect_inputs
from pipeline.ingest import cache as read_cache
from pipeline.models import Block, BlockKind, Document
from pipeline.review import review_inputs
from pipeline.settings import Settings, get_settings
from tests.conftest import ROOT

PLANS = ROOT / "samples" / "plans"
# a Word plan, a text PDF and a scan: every reader's document goes through the cache
STEMS = ("s01_ruou_nep_sim_htx", "s05_cam_bu_trang_trai", "s14_tra_ca_gai_leo")


def _files() -> list[Path]:
    return [next(PLANS.glob(f"{s}.*")) for s in STEMS]


@pytest.fixture
def rules_copy(tmp_path, monkeypatch) -> Path:
    """A copy of the rules this test may change (a new ruleset version = every plan judged again)."""
    rules = tmp_path / "rules"
    shutil.copytree(get_settings().rules_dir, rules)
    monkeypatch.setenv("OCOP_RULES_DIR", str(rules))
    monkeypatch.setenv("OCOP_WORKERS", "1")
    get_settings.cache_clear()
    yield rules
    get_settings.cache_clear()


def _review(out: Path, force: bool = False):
    return review_inputs(collect_inputs([str(p) for p in _files()]), out, force=force)


def _no_reading(monkeypatch) -> None:
    def refuse(*a, **k):
        raise AssertionError("read from the file, not from the cache")

    # the workers are forked from this process: they inherit the patch
    monkeypatch.setattr(ingest, "read_document", refuse)


def test_rerun_after_a_rule_change_reads_from_the_cache_and_reviews_alike(rules_copy, tmp_path, monkeypatch):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    first = _review(out)
    assert first.summary.reviewed == len(STEMS) and not first.summary.failed
    entries = list((out / read_cache.CACHE).glob("*/*.json.z"))
    assert len(entries) == len(STEMS)

    with (rules_copy / "sections.yml").open("a", encoding="utf-8") as f:
        f.write("\n# a reviewer's edit\n")
    get_settings.cache_clear()
    _no_reading(monkeypatch)
    again = _review(out)
    assert again.summary.reviewed == len(STEMS), again.summary.failed
    assert not again.summary.failed
    monkeypatch.undo()
    monkeypatch.setenv("OCOP_RULES_DIR", str(rules_copy))
    monkeypatch.setenv("OCOP_WORKERS", "1")
    get_settings.cache_clear()
    _review(fresh)
    for s in STEMS:
        assert (out / f"{s}.review.json").read_bytes() == (fresh / f"{s}.review.json").read_bytes(), s


def test_an_upgrade_of_the_code_judges_again_without_reading_again(rules_copy, tmp_path, monkeypatch):
    """Same bytes, same rules, new code (an upgraded judge or letter template): every plan is judged
    again, from the reading cache, and the next run skips them all."""
    import json

    import pipeline.judge.engine as engine
    import pipeline.review as review
    from pipeline.version import code_version

    out = tmp_path / "out"
    assert _review(out).summary.reviewed == len(STEMS)
    assert {json.loads((out / f"{s}.review.json").read_text())["engine"] for s in STEMS} == {code_version()}
    assert _review(out).summary.skipped == len(STEMS)

    _no_reading(monkeypatch)
    for mod in (engine, review):  # the workers are forked from this process: they see the new version
        monkeypatch.setattr(mod, "code_version", lambda: "0123456789abcdef")
    again = _review(out)
    assert (again.summary.reviewed, again.summary.skipped, again.summary.failed) == (len(STEMS), 0, [])
    assert {json.loads((out / f"{s}.review.json").read_text())["engine"] for s in STEMS} == {"0123456789abcdef"}
    assert _review(out).summary.skipped == len(STEMS)


def test_force_reads_the_files_again(rules_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _review(out)
    _no_reading(monkeypatch)
    res = _review(out, force=True)
    assert res.summary.reviewed == 0 and len(res.summary.failed) == len(STEMS)


def test_a_damaged_entry_is_a_miss_and_is_written_again(rules_copy, tmp_path):
    out = tmp_path / "out"
    _review(out)
    entries = sorted((out / read_cache.CACHE).glob("*/*.json.z"))
    entries[0].write_bytes(b"not zlib")
    entries[1].write_bytes(zlib.compress(b'{"source": 1}'))
    with (rules_copy / "sections.yml").open("a", encoding="utf-8") as f:
        f.write("\n# a reviewer's edit\n")
    get_settings.cache_clear()
    res = _review(out)
    assert res.summary.reviewed == len(STEMS) and not res.summary.failed
    s = get_settings()
    for e in entries[:2]:
        assert read_cache.load(out, s, e.name.split(".")[0], "x") is not None


def test_an_entry_too_large_once_inflated_is_not_inflated(tmp_path, monkeypatch):
    s = Settings()
    doc = Document(source="a.docx", sha256="ab" * 32, format="docx",
                   blocks=[Block(kind=BlockKind.paragraph, text="Sản lượng 12.000 kg")])
    read_cache.store(tmp_path, s, doc)
    assert read_cache.load(tmp_path, s, doc.sha256, "b.docx").source == "b.docx"
    monkeypatch.setattr(read_cache, "_MAX_ENTRY", 50)
    assert read_cache.load(tmp_path, s, doc.sha256, "b.docx") is None


def test_an_entry_keeps_the_ocr_confidences_the_judge_reads(tmp_path):
    s = Settings()
    rows = [["Sản phẩm", "Sản lượng (kg)"], ["Chè xanh", "12.500"]]
    doc = Document(source="scan.pdf", sha256="cd" * 32, format="pdf", pages=1,
                   blocks=[Block(kind=BlockKind.table, text="x", rows=rows,
                                 cell_conf=[[96.0, 95.5], [91.0, 48.0]])])
    read_cache.store(tmp_path, s, doc)
    back = read_cache.load(tmp_path, s, doc.sha256, "scan.pdf")
    assert back.blocks[0].cell_conf == [[96.0, 95.5], [91.0, 48.0]]
    assert back.model_dump() == doc.model_dump()


def test_an_entry_of_another_file_is_not_taken(tmp_path):
    s = Settings()
    doc = Document(source="a.docx", sha256="ef" * 32, format="docx")
    read_cache.store(tmp_path, s, doc)
    entry = next((tmp_path / read_cache.CACHE).glob("*/*.json.z"))
    entry.rename(entry.with_name("01" * 32 + ".json.z"))  # the bytes say "ef…": not this file's
    assert read_cache.load(tmp_path, s, "01" * 32, "a.docx") is None


def test_new_reading_settings_miss_and_prune_the_old_entries(tmp_path):
    old, new = Settings(), Settings(ocr_dpi=200)
    assert read_cache.fingerprint(old) != read_cache.fingerprint(new)
    assert read_cache.fingerprint(old) == read_cache.fingerprint(Settings(workers=7))  # not reading
    doc = Document(source="a.docx", sha256="12" * 32, format="docx")
    read_cache.store(tmp_path, old, doc)
    assert read_cache.load(tmp_path, new, doc.sha256, "a.docx") is None
    read_cache.prune(tmp_path, new)
    assert not (tmp_path / read_cache.CACHE / read_cache.fingerprint(old)).exists()
