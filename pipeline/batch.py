"""Batches: which files to read, what each output is called, and what goes into batch.json.

A file that cannot be read is recorded under `failed` with a Vietnamese reason naming it, and
the batch goes on. Inputs are only ever read; outputs go to the output folder only, written
atomically (a crash never leaves half a JSON file).
"""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from pipeline.errors import ReadError
from pipeline.ingest import PLAN_SUFFIXES
from pipeline.models import FailedInput

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


@dataclass(frozen=True)
class Input:
    path: Path
    source: str  # as the user gave it (or the folder joined with the file's relative path)
    stem: str  # unique within the batch


def _is_candidate(p: Path) -> bool:
    """A plan file: by extension, less Word's lock files (~$x.docx) and macOS's resource forks
    (._x.docx), which are never plans. Other names starting with a dot are plans like any other
    (a file called "..\\..\\x.docx" is read, not silently dropped)."""
    name = p.name
    return (p.suffix.lower() in PLAN_SUFFIXES and not name.startswith(("~$", "._")))


def collect_inputs(paths: Iterable[str | Path]) -> list[Input]:
    """Expand folders (recursively, plan files only), keep explicit files whatever their name,
    and give each a unique output stem: a repeated stem gets '-2', '-3', ... in path order."""
    found: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and _is_candidate(f) and not any(part.startswith(".") for part in
                                                                f.relative_to(p).parts[:-1]):
                    key = f.resolve()
                    if key not in seen:
                        seen.add(key)
                        found.append((f, f.as_posix()))
        else:
            key = p.resolve() if p.exists() else p
            if key not in seen:
                seen.add(key)
                found.append((p, str(raw)))
    stems: dict[str, int] = {}
    out = []
    for path, source in found:
        base = safe_stem(path)
        n = stems.get(base, 0) + 1
        stems[base] = n
        out.append(Input(path, source, base if n == 1 else f"{base}-{n}"))
    return out


def safe_stem(path: Path) -> str:
    """The file name without extension, safe as a file name in any output folder."""
    stem = unicodedata.normalize("NFC", path.stem if path.suffix else path.name)
    stem = _UNSAFE.sub("_", stem).strip(" .")
    stem = stem.replace("..", "_")
    return stem[:120] or "plan"


def write_json(path: Path, data: BaseModel | dict) -> None:
    """Deterministic, atomic JSON: same input, same bytes."""
    payload = data.model_dump(mode="json") if isinstance(data, BaseModel) else data
    text = json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    write_text(path, text)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


LOCK_NAME = ".ocop-review.lock"
_STALE_TEMP = (".tmp-*", ".*.tmp")  # write_bytes, and write_feedback's temporary names


class OutputBusy(Exception):
    """Another run holds the output folder: nothing was done (CLI exit status 2)."""

    def __init__(self, out: Path, waited_s: float) -> None:
        self.out = out
        self.reason = (f"Thư mục kết quả {out} đang được một lần chạy khác của ocop-review sử dụng "
                       f"(đã chờ {waited_s:g} giây). Chưa đánh giá tệp nào; hãy chạy lại khi lần "
                       "chạy kia kết thúc.")
        super().__init__(self.reason)


class OutputError(OSError):
    """The output folder cannot be created, locked or written (batch.json, batch.xlsx)."""

    def __init__(self, what: Path, exc: OSError, started: bool = True) -> None:
        self.started = started  # False: nothing was done (CLI exit status 2), else 1
        self.reason = (f"Không ghi được {what}: {os_reason(exc)}. Các tệp phương án gốc không bị "
                       "ảnh hưởng; hãy khắc phục rồi chạy lại.")
        super().__init__(exc.errno, self.reason)

    def __str__(self) -> str:
        return self.reason


_ERRNO_VI = {
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "vượt hạn mức dung lượng ổ đĩa",
    errno.EFBIG: "tệp vượt giới hạn kích thước cho phép",
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc",
    errno.EIO: "lỗi đọc ghi ổ đĩa",
}


def os_reason(exc: OSError) -> str:
    """An operating-system error in Vietnamese (the cause, for the reviewer)."""
    return _ERRNO_VI.get(exc.errno or 0) or (exc.strerror or type(exc).__name__)


@contextmanager
def output_lock(out: Path, timeout_s: float) -> Iterator[None]:
    """Hold the output folder for one run: a second run on the same folder waits up to
    `timeout_s` seconds, then raises OutputBusy. The lock is an OS file lock (flock), released
    by the kernel however the holder ends, SIGKILL included. Once held, temporary files left by a
    run that was killed mid-write are removed (no other run can be writing them)."""
    from filelock import FileLock, Timeout

    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = FileLock(out / LOCK_NAME, timeout=timeout_s)
        lock.acquire()
    except Timeout:
        raise OutputBusy(out, timeout_s) from None
    except OSError as e:
        raise OutputError(out, e, started=False) from None
    try:
        remove_stale_temp(out)
        yield
    finally:
        lock.release()


def remove_stale_temp(out: Path) -> list[Path]:
    removed = []
    for folder in (out, out / "history"):
        for pattern in _STALE_TEMP:
            for p in folder.glob(pattern):
                try:
                    p.unlink()
                    removed.append(p)
                except OSError:
                    pass
    return removed


def write_failure(inp: Input, exc: OSError) -> FailedInput:
    """A plan read and judged whose outputs could not be written (disk full, no permission)."""
    return FailedInput(source=inp.source, code="write-failed",
                       reason=ReadError("write-failed", inp.source, os_reason(exc)).reason)


def failure(inp: Input, exc: BaseException) -> FailedInput:
    """A failed input for batch.json: a Vietnamese reason that names the file, never a traceback."""
    if isinstance(exc, ReadError):
        return FailedInput(source=inp.source, reason=ReadError(exc.code, inp.source, exc.detail).reason,
                           code=exc.code)
    if isinstance(exc, MemoryError):
        return FailedInput(source=inp.source, code="too-large",
                           reason=ReadError("too-large", inp.source, "không đủ bộ nhớ để đọc").reason)
    detail = f"{type(exc).__name__}: {str(exc)[:200]}"
    return FailedInput(source=inp.source, reason=ReadError("internal", inp.source, detail).reason,
                       code="internal")
