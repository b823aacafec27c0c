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

@pytest.fixture(scope="module")
def prefect_env(tmp_path_factory):
    """One PREFECT_HOME for the session (only this module runs Prefect), set before Prefect is
    first imported; the environment is restored after the module."""
    home = tmp_path_factory.mktemp("prefect-home")
    # the session's own copy of rules/: every run (and every worker process) judges by the same rules
    rules = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(ROOT / "rules", rules)
    env = {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "OCOP_RULES_DIR": str(rules),
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
    if "flows" in sys.modules:  # later tests see the repository's rules again
        sys.modules["flows"]._pipeline_caches_clear()


@pytest.fixture(scope="module")
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
    # the run's artifacts: a markdown summary and one table row per plan
    from prefect.artifacts import Artifact

    md = Artifact.get("ocop-batch-summary")
    assert "Đánh giá mới: **5**" in md.data and "| Sơ sài |" in md.data
    table = json.loads(Artifact.get("ocop-reviews").data)
    assert sorted(r["Tệp"] for r in table) == sorted(SAMPLE)
    assert {"Chủ thể", "Sản phẩm", "Kết luận", "Điểm", "Góp ý chính"} <= set(table[0])
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

    # the review JSON is the record: without it (a run killed after the draft, before the review)
    # the plan is reviewed again
    (out / "s07_mam_tom_khong_dau.review.json").unlink()
    fourth = flows.review_submissions(sub, out)
    assert (fourth["reviewed"], fourth["skipped"]) == (1, 4)
    assert (out / "s07_mam_tom_khong_dau.review.json").is_file()

    # a rule threshold edited: every plan is reviewed again under the new ruleset
    rules = tmp_path / "rules"
    shutil.copytree(os.environ["OCOP_RULES_DIR"], rules)
    rule = rules / "catalogue" / "revenue-mismatch.yml"
    text = rule.read_text(encoding="utf-8")
    assert "tolerance: 0.05" in text
    rule.write_text(text.replace("tolerance: 0.05", "tolerance: 0.06"), encoding="utf-8")
    monkeypatch.setenv("OCOP_RULES_DIR", str(rules))
    fifth = flows.review_submissions(sub, out)
    assert (fifth["reviewed"], fifth["skipped"], fifth["failed"]) == (5, 0, [])
    versions = {json.loads(b)["ruleset"] for b in _reviews(out).values()}
    assert versions == {fifth["ruleset"]} and fifth["ruleset"] != first["ruleset"]
    monkeypatch.undo()

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
    log = tmp_path / "flow.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True,
                                stdout=err, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while not list(out.glob("*.review.json")):
            assert proc.poll() is None, "the flow ended before writing any review:\n" + \
                log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "no review written in time"
            time.sleep(0.01)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the flow and its reading processes
        except ProcessLookupError:
            pass
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
    dask, plain = _reviews(tmp_path / "dask"), _reviews(tmp_path / "plain")
    assert sorted(dask) == sorted(plain)
    for name in plain:  # byte for byte; parsed first for a readable difference
        assert json.loads(dask[name]) == json.loads(plain[name]), name
        assert dask[name] == plain[name], name


@pytest.mark.timeout(180)
def test_review_plan_one_file(flows, tmp_path):
    sub, out = _submissions(tmp_path, ["s03_che_vang_ho_gia_dinh.docx"]), tmp_path / "out"
    plan = sub / "s03_che_vang_ho_gia_dinh.docx"
    assert flows.review_plan(plan, out)["reviewed"] == 1
    assert (out / "s03_che_vang_ho_gia_dinh.review.json").is_file()
    assert flows.review_plan(plan, out)["reviewed"] == 0
    assert flows.review_plan(plan, out, force=True)["reviewed"] == 1


@pytest.mark.timeout(180)
def test_render_retried_on_io_errors_only(flows, tmp_path, monkeypatch):
    from collections import Counter

    sub = _submissions(tmp_path, ["s03_che_vang_ho_gia_dinh.docx", "s07_mam_tom_khong_dau.docx"])
    real, calls = flows.render_review, Counter()

    def flaky(out, stem, review, staged=None):
        calls[stem] += 1
        if stem.startswith("s03") and calls[stem] == 1:
            raise OSError(28, "No space left on device")  # I/O: retried, then written
        if stem.startswith("s07"):
            raise ValueError("not an I/O error")  # not retried: a batch.json entry
        return real(out, stem, review, staged)

    monkeypatch.setattr(flows, "render_review", flaky)
    res = flows.review_submissions(sub, tmp_path / "out")
    assert calls == {"s03_che_vang_ho_gia_dinh": 2, "s07_mam_tom_khong_dau": 1}
    assert res["reviewed"] == 1 and (tmp_path / "out" / "s03_che_vang_ho_gia_dinh.review.json").is_file()
    (failed,) = res["failed"]
    assert failed["source"].endswith("s07_mam_tom_khong_dau.docx")
    assert "s07_mam_tom_khong_dau" in failed["reason"]
    batch = json.loads((tmp_path / "out" / "batch.json").read_text(encoding="utf-8"))
    assert batch["failed"] == res["failed"]


# --------------------------------------------------------------------------- serving and approval

def test_deployments_schedule(flows, monkeypatch, tmp_path):
    monkeypatch.setenv("OCOP_SUBMISSIONS", str(tmp_path / "sub"))
    monkeypatch.setenv("OCOP_OUT", str(tmp_path / "out"))
    deps = {d.name: d for d in flows.deployments()}
    assert set(deps) == {"daily", "on-demand", "approval"}
    daily = deps["daily"]
    assert daily.parameters["submissions"] == str(tmp_path / "sub")
    assert daily.parameters["out"] == str(tmp_path / "out")
    (sched,) = daily.schedules
    assert (sched.schedule.cron, sched.schedule.timezone) == ("0 7 * * *", "Asia/Ho_Chi_Minh")
    assert deps["approval"].parameters == {"out": str(tmp_path / "out")}


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes
        from email.policy import default

        msg = message_from_bytes(envelope.content, policy=default)
        self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 OK"


def _wait(pred, timeout: float, what: str, step: float = 0.5):
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(step)


@pytest.mark.timeout(420)
def test_send_feedback_approval_on_real_server(flows, tmp_path, prefect_env):
    """A real server, `python flows.py` serving; the send flow suspends, the reviewer approves two
    drafts and holds one in the resume form; only the approved ones reach the SMTP server."""
    import httpx
    from aiosmtpd.controller import Controller
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.flow_runs import resume_flow_run
    from prefect.input.actions import read_flow_run_input
    from prefect.input.run_input import keyset_from_paused_state
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from pipeline.deliver import list_drafts
    from pipeline.review import review_paths

    names = ["s01_ruou_nep_sim_htx.docx", "s02_nuoc_mam_cong_ty.pdf", "s03_che_vang_ho_gia_dinh.docx",
             "s07_mam_tom_khong_dau.docx"]
    sub, out = _submissions(tmp_path, names), tmp_path / "reviews"
    review_paths([sub], out)
    email = {p.name.removesuffix(".review.json"):
             json.loads(p.read_text(encoding="utf-8"))["producer"]["email"]
             for p in out.glob("*.review.json")}
    assert email["s03_che_vang_ho_gia_dinh"] is None and all(
        email[s] for s in ("s01_ruou_nep_sim_htx", "s02_nuoc_mam_cong_ty", "s07_mam_tom_khong_dau"))

    mailbox = _Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    smtp.start()
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    base = {**os.environ, **prefect_env, "PREFECT_API_URL": api, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env={**base, "PREFECT_UI_ENABLED": "false",
             "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{tmp_path / 'server.db'}"},
        cwd=tmp_path, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    serve = None
    try:
        def healthy():
            try:
                return httpx.get(f"{api}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        _wait(healthy, 180, "the Prefect server")
        serve = subprocess.Popen(
            [sys.executable, "flows.py"], cwd=ROOT, start_new_session=True,
            env={**base, "PREFECT_RUNNER_POLL_FREQUENCY": "1", "OCOP_OUT": str(out),
                 "OCOP_SUBMISSIONS": str(sub), "OCOP_SMTP_HOST": "127.0.0.1",
                 "OCOP_SMTP_PORT": str(smtp.port), "OCOP_SMTP_SECURITY": "none",
                 "OCOP_MAIL_FROM": "ocop@example.org"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        with temporary_settings(updates={PREFECT_API_URL: api}):
            def deployed():
                assert serve.poll() is None, "python flows.py stopped"
                with get_client(sync_client=True) as c:
                    try:
                        return c.read_deployment_by_name("send-feedback/approval")
                    except Exception:  # noqa: BLE001 - not registered yet
                        return None

            _wait(deployed, 120, "the served deployments")
            run = run_deployment("send-feedback/approval", timeout=0)

            def suspended():
                with get_client(sync_client=True) as c:
                    fr = c.read_flow_run(run.id)
                assert not fr.state.is_final(), f"the flow ended before suspending: {fr.state}"
                return fr if fr.state.is_paused() else None

            fr = _wait(suspended, 180, "the suspension")
            assert fr.state.name == "Suspended"
            keys = keyset_from_paused_state(fr.state)
            description = read_flow_run_input(keys["description"], flow_run_id=run.id)
            schema = read_flow_run_input(keys["schema"], flow_run_id=run.id)
            for stem in email:
                assert stem in description
            assert "Cần chỉnh sửa" in description and "Đạt" in description
            assert "không có địa chỉ email" in description  # s03 cannot be sent, shown apart
            rows = schema["properties"]["drafts"]["default"]
            assert sorted(r["stem"] for r in rows) == ["s01_ruou_nep_sim_htx", "s02_nuoc_mam_cong_ty",
                                                       "s07_mam_tom_khong_dau"]
            decision = {"s01_ruou_nep_sim_htx": "gửi", "s02_nuoc_mam_cong_ty": "gửi",
                        "s07_mam_tom_khong_dau": "giữ lại"}
            note = "Kính gửi Hợp tác xã: Tổ thẩm định gửi kèm góp ý cho phương án."
            for r in rows:
                r["decision"] = decision[r["stem"]]
                if r["stem"] == "s01_ruou_nep_sim_htx":
                    r["note"] = note
            assert not mailbox.messages  # nothing leaves before the approval
            resume_flow_run(run.id, run_input={"reviewer": "Nguyễn Thị Lan", "note": "", "drafts": rows})

            def finished():
                with get_client(sync_client=True) as c:
                    fr = c.read_flow_run(run.id)
                return fr if fr.state.is_final() else None

            fr = _wait(finished, 180, "the resumed run")
            assert fr.state.is_completed(), fr.state
    finally:
        for p in (serve, server):
            if p is not None and p.poll() is None:
                os.killpg(p.pid, signal.SIGINT)
                try:
                    p.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(p.pid, signal.SIGKILL)
                    p.wait()
        smtp.stop()

    got = sorted(r for rcpts, _ in mailbox.messages for r in rcpts)
    assert got == sorted([email["s01_ruou_nep_sim_htx"], email["s02_nuoc_mam_cong_ty"]])
    (first,) = [m for rcpts, m in mailbox.messages if rcpts == [email["s01_ruou_nep_sim_htx"]]]
    assert note in first.get_body(preferencelist=("plain",)).get_content()
    states = {d.stem: d for d in list_drafts(out)}
    assert states["s01_ruou_nep_sim_htx"].state.value == "sent"
    assert states["s01_ruou_nep_sim_htx"].approved_by == "Nguyễn Thị Lan"
    assert states["s02_nuoc_mam_cong_ty"].state.value == "sent"
    assert states["s07_mam_tom_khong_dau"].state.value == "held"


@pytest.mark.timeout(240)
def test_send_feedback_plain_call_pauses(flows, tmp_path, monkeypatch):
    """Called directly (no deployment), the flow pauses in place for the same form; with no SMTP
    host the approved letter is written to OUT/outbox/ as an .eml file."""
    import threading

    from prefect.client.orchestration import get_client
    from prefect.flow_runs import resume_flow_run
    from prefect.input.actions import read_flow_run_input
    from prefect.input.run_input import keyset_from_paused_state

    from pipeline.review import review_paths

    for k in [k for k in os.environ if k.startswith("OCOP_SMTP_")]:
        monkeypatch.delenv(k)
    sub = _submissions(tmp_path, ["s01_ruou_nep_sim_htx.docx", "s09_homestay_du_lich.pdf"])
    out = tmp_path / "reviews"
    review_paths([sub], out)
    result: dict = {}
    t = threading.Thread(target=lambda: result.update(flows.send_feedback(out)), daemon=True)
    t.start()

    def paused():
        with get_client(sync_client=True) as c:
            runs = [r for r in c.read_flow_runs() if r.parameters.get("out") == str(out)]
        return next((r for r in runs if r.state and r.state.is_paused()), None)

    fr = _wait(paused, 120, "the pause")
    assert fr.state.name == "Paused"
    schema = read_flow_run_input(keyset_from_paused_state(fr.state)["schema"], flow_run_id=fr.id)
    rows = schema["properties"]["drafts"]["default"]
    for r in rows:
        r["decision"] = "gửi" if r["stem"] == "s01_ruou_nep_sim_htx" else "giữ lại"
    resume_flow_run(fr.id, run_input={"reviewer": "Trần Văn Bình", "drafts": rows})
    t.join(120)
    assert not t.is_alive()
    assert result["sent"] == ["s01_ruou_nep_sim_htx"]
    assert result["decisions"]["held"] == ["s09_homestay_du_lich"]
    assert [p.name.split(".")[0] for p in (out / "outbox").glob("*.eml")] == ["s01_ruou_nep_sim_htx"]
