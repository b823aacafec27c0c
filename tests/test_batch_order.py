"""The checks across a batch (copied sections) are run as each plan comes back from its worker,
so an earlier plan is published again when a later one turns out to share a section with it. The
result must not depend on the order the plans come in, and must be what judging all the plans
together in one process gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pipeline.extract import extract_file
from pipeline.judge.base import BatchContext, PlanView
from pipeline.judge.engine import review
from tests.conftest import run_cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "plans"
# s10 and s11 share two sections (samples/expected); s14 is an unrelated plan between them
PLANS = ["s10_dau_lac_htx.docx", "s14_tra_ca_gai_leo.pdf", "s11_gio_lua_co_so.docx"]


def _batch(tmp: Path, order: list[str], env: dict | None = None) -> dict[str, dict]:
    src = tmp / "in"
    src.mkdir(parents=True)
    for i, name in enumerate(order):
        shutil.copy(SAMPLES / name, src / f"{chr(97 + i)}_{name}")
    proc = run_cli("review", str(src), "--out", str(tmp / "out"), env=env)
    assert proc.returncode == 0, proc.stderr
    out = {}
    for i, name in enumerate(order):
        out[name] = json.loads((tmp / "out" / f"{chr(97 + i)}_{Path(name).stem}.review.json").read_text("utf-8"))
    return out


def _copying(rv: dict) -> list[tuple[str, str]]:
    return sorted((f["section"], f["message"]) for f in rv["findings"]
                  if f["rule"] == "boilerplate" and "trùng" in f["message"])


def test_copied_sections_found_whatever_the_order(tmp_path):
    first = _batch(tmp_path / "1", PLANS)
    second = _batch(tmp_path / "2", list(reversed(PLANS)))
    s10, s11 = _copying(first[PLANS[0]]), _copying(first[PLANS[2]])
    # the plan read first was published before its copy arrived, and was published again
    assert s10 and s11, (s10, s11)
    assert not _copying(first[PLANS[1]])
    for name in PLANS:
        a, b = first[name], second[name]
        assert _copying(a) == _copying(b), name
        assert (a["verdict"], a["scores"]) == (b["verdict"], b["scores"]), name
        assert [f["rule"] for f in a["findings"]] == [f["rule"] for f in b["findings"]], name


def test_one_worker_gives_what_two_give(tmp_path):
    """The batch's reviews do not depend on how many workers read it (tests/test_quality.py runs
    the holdout sets side by side, each batch on one worker)."""
    two = _batch(tmp_path / "2", PLANS, env={"OCOP_WORKERS": "2"})
    one = _batch(tmp_path / "1", PLANS, env={"OCOP_WORKERS": "1", "OCOP_OCR_WORKERS": "1"})
    for name in PLANS:  # all but the file's path, which names the run's own input folder
        assert one[name].pop("source") != two[name].pop("source")
        assert one[name] == two[name], name


def test_same_findings_as_judging_the_batch_in_one_process(tmp_path):
    cli = _batch(tmp_path, PLANS)
    plans = [extract_file(SAMPLES / n) for n in PLANS]
    views = [PlanView(p) for p in plans]
    batch = BatchContext(views)
    for name, plan, view in zip(PLANS, plans, views, strict=True):
        together = review(plan, batch, view).model_dump(mode="json")
        got = cli[name]
        assert [(f["rule"], f["section"], f["message"]) for f in got["findings"]] == \
               [(f["rule"], f["section"], f["message"]) for f in together["findings"]], name
        assert got["verdict"] == together["verdict"] and got["scores"] == together["scores"]


def test_a_plan_changed_by_a_later_one_is_not_done_until_the_batch_ends(tmp_path):
    """Between a later plan's arrival and the end of the batch, the earlier plan's review JSON
    (the record that it is done) is withdrawn: a run killed there leaves it to the next run,
    never a review without the copied-section finding."""
    from pipeline.batch import collect_inputs
    from pipeline.review import Publisher, judge_file, preload

    ruleset = preload()
    src = tmp_path / "in"
    src.mkdir()
    for i, name in enumerate(PLANS):
        shutil.copy(SAMPLES / name, src / f"{chr(97 + i)}_{name}")
    out = tmp_path / "out"
    out.mkdir()
    inputs = collect_inputs([src])
    pub = Publisher(out, ruleset)
    first = out / f"{inputs[0].stem}.review.json"
    pub.add(inputs[0], judge_file(inputs[0], str(out)))
    assert first.is_file() and not _copying(json.loads(first.read_text("utf-8")))
    pub.add(inputs[1], judge_file(inputs[1], str(out)))
    assert first.is_file()  # the unrelated plan changes nothing
    pub.add(inputs[2], judge_file(inputs[2], str(out)))
    assert not first.is_file()  # s11 copies s10: s10 is withdrawn until the batch ends
    pub.finish()
    pub.close()
    assert _copying(json.loads(first.read_text("utf-8")))
    assert not (out / ".staging").exists()


def test_lsh_bands_are_the_usual_optimum():
    """The bands and rows for a threshold are those datasketch 2.0's MinHashLSH chose (64
    permutations, equal weights), the library the banding replaced: pinned here."""
    from pipeline.judge.checks.similarity import lsh_params

    assert [lsh_params(t) for t in (0.1, 0.2, 0.3, 0.5, 0.7, 0.8)] == \
        [(15, 1), (28, 2), (21, 3), (14, 4), (8, 8), (5, 11)]


def test_minhash_estimates_jaccard():
    """Two sets sharing half their elements: the share of equal MinHash values estimates their
    Jaccard similarity (1/3), and one set against itself gives 1."""
    import numpy as np

    from pipeline.judge.checks.similarity import _hash32, minhash

    a = np.unique(np.array([_hash32(f"w{i}") for i in range(0, 2000)], dtype=np.uint32))
    b = np.unique(np.array([_hash32(f"w{i}") for i in range(1000, 3000)], dtype=np.uint32))
    assert (minhash(a) == minhash(a)).all()
    assert abs(float((minhash(a) == minhash(b)).mean()) - 1 / 3) < 0.15
    assert minhash(a).dtype == np.uint32 and minhash(a).shape == (64,)
