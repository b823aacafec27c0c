"""Broken files are reported in Vietnamese with their path, and the rest of the batch is read."""

from __future__ import annotations

import io
import json
import os
import shutil

import pikepdf

from tests.conftest import SAMPLES, run_cli


def _good_docx() -> str:
    return next(str(p) for p in sorted((SAMPLES / "plans").glob("*.docx")))


def _good_pdf() -> str:
    for p in sorted((SAMPLES / "plans").glob("*.pdf")):
        with pikepdf.open(p) as pdf:
            if len(pdf.pages) and "/Font" in str(pdf.pages[0].get("/Resources", {})):
                return str(p)
    raise AssertionError("no text PDF sample")


def test_broken_files_are_reported_and_batch_goes_on(tmp_path):
    sub = tmp_path / "nộp bài"
    sub.mkdir()
    (sub / "rỗng.docx").write_bytes(b"")
    (sub / "ngẫu nhiên.pdf").write_bytes(os.urandom(3000))
    good = open(_good_docx(), "rb").read()
    (sub / "cắt cụt.docx").write_bytes(good[: len(good) // 2])
    pdf = open(_good_pdf(), "rb").read()
    (sub / "cắt cụt.pdf").write_bytes(pdf[: len(pdf) // 3])
    with pikepdf.open(_good_pdf()) as p:
        p.save(sub / "mật khẩu.pdf", encryption=pikepdf.Encryption(owner="a", user="b", R=6))
    (sub / "bảng tính.docx").write_bytes(_xlsx_bytes())
    shutil.copy(_good_pdf(), sub / "pdf đổi đuôi.docx")  # extension lies: read by content
    shutil.copy(_good_docx(), sub / "tốt.docx")
    out = tmp_path / "out"
    proc = run_cli("extract", str(sub), "--out", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    batch = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    failed = {os.path.basename(f["source"]): f for f in batch["failed"]}
    assert set(failed) == {"rỗng.docx", "ngẫu nhiên.pdf", "cắt cụt.docx", "cắt cụt.pdf", "mật khẩu.pdf",
                           "bảng tính.docx"}
    for name, f in failed.items():
        assert name in f["reason"]  # the reason names the file
        assert any(ch in f["reason"] for ch in "ệạảốờ"), f["reason"]  # Vietnamese with diacritics
    assert failed["mật khẩu.pdf"]["code"] == "encrypted"
    assert failed["rỗng.docx"]["code"] == "empty"
    assert failed["bảng tính.docx"]["code"] == "unsupported"
    assert batch["extracted"] == 2
    lied = json.loads((out / "pdf đổi đuôi.extract.json").read_text(encoding="utf-8"))
    assert lied["format"] == "pdf" and lied["sections"]
    assert (out / "tốt.extract.json").exists()


def test_same_stem_in_two_folders_does_not_overwrite(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        shutil.copy(_good_docx(), tmp_path / d / "phuong_an.docx")
    out = tmp_path / "out"
    proc = run_cli("extract", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (out / "phuong_an.extract.json").exists() and (out / "phuong_an-2.extract.json").exists()


def test_usage_error_exits_2(tmp_path):
    assert run_cli("extract", str(tmp_path)).returncode == 2  # empty folder: nothing to read
    assert run_cli("frobnicate").returncode == 2


def _xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Doanh thu"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
