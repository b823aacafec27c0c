"""The Prefect flows (flows.py): incremental batch, resume after a kill, Dask, approval and send.

Slow: they run Prefect (a test server per session, one PREFECT_HOME per session in a tmp dir) over
real sample plans (docx and pdf only: the scanned one is left out for speed).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "samples" / "plans"
SAMPLE = ["s01_ruou_nep_sim_htx.docx", "s02_nuoc_mam_cong_ty.pdf", "s03_che_vang_ho_gia_dinh.docx",
          "s07_mam_tom_khong_dau.docx", "s09_homestay_du_lich.pdf"]
STEMS = sorted(Path(n).stem for n in SAMPLE)

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def prefect_env(tmp_path_factory):
    """One PREFECT_HOME for the whole session, set before Prefect is first imported."""
    home = tmp_path_factory.mktemp("prefect-home")
    env = {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    yield env
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def flows(prefect_env):
    """flows.py against a temporary Prefect server and database (prefect_test_harness)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import flows as mod

    with prefect_test_harness(server_startup_timeout=180):
        mod.API_URL = PREFECT_API_URL.value()
        yield mod


def _submissions(tmp_path: Path, names=SAMPLE) -> Path:
    sub = tmp_path / "submissions"
    sub.mkdir()
    for n in names:
        shutil.copy2(PLANS / n, sub / n)
    return sub


def _hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _reviews(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.review.json"))}


def _mtimes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(out.iterdir()) if p.is_file()
            and p.name.endswith((".review.json", ".feedback.docx"))}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- review_submissions

@pytest.mark.timeout(300)
def test_incremental_batch(flows, tmp_path, monkeypatch):
    sub, out = _submissions(tmp_path), tmp_path / "reviews"
    before = _hashes(sub)

    first = flows.review_submissions(sub, out)
    assert (first["reviewed"], first["skipped"], first["failed"]) == (5, 0, [])
    assert sorted(p.name.removesuffix(".review.json") for p in out.glob("*.review.json")) == STEMS
    assert all((out / f"{s}.feedback.docx").is_file() for s in STEMS)
    batch = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    assert sum(batch["verdicts"].values()) == 5

    # unchanged: nothing reviewed again, every plan counted as skipped, no output touched
    stamps = _mtimes(out)
    second = flows.review_submissions(sub, out)
    assert (second["reviewed"], second["skipped"], second["failed"]) == (0, 5, [])
    assert second["verdicts"] == first["verdicts"]
    assert _mtimes(out) == stamps

    # one plan revised by its producer: exactly that one is reviewed again
    import docx

    changed = sub / "s03_che_vang_ho_gia_dinh.docx"
    d = docx.Document(str(changed))
    d.add_paragraph("Cập nhật: bổ sung số liệu tiêu thụ năm 2025.")
    d.save(str(changed))
    third = flows.review_submissions(sub, out)
    assert (third["reviewed"], third["skipped"]) == (1, 4)
    now = _mtimes(out)
    assert {n for n in now if now[n] != stamps[n]} == {"s03_che_vang_ho_gia_dinh.review.json",
                                                       "s03_che_vang_ho_gia_dinh.feedback.docx"}

    # a review JSON whose feedback draft was never written (killed between the two writes)
    (out / "s07_mam_tom_khong_dau.feedback.docx").unlink()
    fourth = flows.review_submissions(sub, out)
    assert (fourth["reviewed"], fourth["skipped"]) == (1, 4)
    assert (out / "s07_mam_tom_khong_dau.feedback.docx").is_file()

    # a rule threshold edited: every plan is reviewed again under the new ruleset
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    rule = rules / "catalogue" / "revenue-mismatch.yml"
    text = rule.read_text(encoding="utf-8")
    assert "tolerance: 0.05" in text
    rule.write_text(text.replace("tolerance: 0.05", "tolerance: 0.06"), encoding="utf-8")
    monkeypatch.setenv("OCOP_RULES_DIR", str(rules))
    fifth = flows.review_submissions(sub, out)
    assert (fifth["reviewed"], fifth["skipped"], fifth["failed"]) == (5, 0, [])
    versions = {json.loads(b)["ruleset"] for b in _reviews(out).values()}
    assert versions == {fifth["ruleset"]} and fifth["ruleset"] != first["ruleset"]
    monkeypatch.delenv("OCOP_RULES_DIR")

    # the submission folder was only read (s03 was changed by the test itself)
    after = _hashes(sub)
    assert set(after) == set(before)
    assert {k for k in after if after[k] != before[k]} == {"s03_che_vang_ho_gia_dinh.docx"}


@pytest.mark.timeout(300)
def test_killed_run_resumes(flows, tmp_path, prefect_env):
    sub, out = _submissions(tmp_path), tmp_path / "reviews"
    before = _hashes(sub)
    env = {**os.environ, **prefect_env, "PREFECT_API_URL": flows.API_URL,
           "PYTHONPATH": str(ROOT)}
    code = f"import flows; flows.review_submissions({str(sub)!r}, {str(out)!r})"
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 180
        while not list(out.glob("*.review.json")):
            assert proc.poll() is None, "the flow ended before writing any review"
            assert time.monotonic() < deadline, "no review written in time"
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the flow and its reading processes
        proc.wait()
    done = {p.name for p in out.glob("*.review.json")}
    assert 1 <= len(done) < 5, "the kill came too late to test a resume"

    res = flows.review_submissions(sub, out)
    assert res["failed"] == []
    assert res["reviewed"] + res["skipped"] == 5
    assert res["reviewed"] >= 5 - len(done)
    # every plan reviewed once: one review and one draft each, nothing duplicated or kept as history
    assert sorted(p.name for p in out.glob("*.review.json")) == [f"{s}.review.json" for s in STEMS]
    assert sorted(p.name for p in out.glob("*.feedback.docx")) == [f"{s}.feedback.docx" for s in STEMS]
    assert not (out / "history").exists() or not any((out / "history").iterdir())
    batch = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    assert sorted(batch["outputs"].values()) == STEMS
    again = flows.review_submissions(sub, out)
    assert (again["reviewed"], again["skipped"]) == (0, 5)
    assert _hashes(sub) == before


@pytest.mark.timeout(300)
def test_dask_cluster_same_reviews(flows, tmp_path, monkeypatch):
    from distributed import LocalCluster

    sub = _submissions(tmp_path)
    plain = flows.review_submissions(sub, tmp_path / "plain")
    assert plain["reviewed"] == 5

    # the workers report their task runs to the same Prefect API
    monkeypatch.setenv("PREFECT_API_URL", flows.API_URL)
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                      dashboard_address=None) as cluster:
        monkeypatch.setenv("OCOP_DASK_ADDRESS", cluster.scheduler_address)
        runner = flows.task_runner()
        assert type(runner).__name__ == "DaskTaskRunner"
        on_dask = flows.review_submissions.with_options(task_runner=runner)(sub, tmp_path / "dask")
    assert (on_dask["reviewed"], on_dask["failed"]) == (5, [])
    assert _reviews(tmp_path / "dask") == _reviews(tmp_path / "plain")
