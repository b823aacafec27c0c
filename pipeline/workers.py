"""Reading plans in worker processes: in parallel across cores, each plan bounded in time and
memory. A plan over its time is killed with its worker (pebble restarts the worker) and reported;
a plan that exhausts its memory fails alone. The parent never runs a reader itself, so no input
can take the batch down.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.util
import os
import resource
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TypeVar

from pebble import ProcessPool
from pebble.common import ProcessExpired

from pipeline.batch import Input, failure
from pipeline.errors import ReadError
from pipeline.extract import extract_file
from pipeline.models import FailedInput
from pipeline.settings import Settings, get_settings

T = TypeVar("T")


def pool_size(settings: Settings, n_jobs: int) -> int:
    n = settings.workers or os.cpu_count() or 1
    return max(1, min(n, n_jobs))


def _children() -> list[int]:
    """Direct child processes of this one (Tesseract, pdftoppm, LibreOffice's launcher)."""
    pids: list[int] = []
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children") as f:
                pids.extend(int(x) for x in f.read().split())
    except OSError:
        pass
    return pids


def _stop_worker(signum: int, _frame) -> None:
    """SIGTERM in a reading worker (its plan is over time, the batch is interrupted, or the batch
    process died): take its helper processes along, so nothing it started outlives it."""
    from pebble.common.process import process_exit

    from pipeline.ingest import stop_conversions

    stop_conversions()
    for pid in _children():
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    process_exit(128 + signum)


def _die_with_parent() -> None:
    """Ask Linux to send SIGTERM to this worker when the batch process dies (even by SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: workers end when their pipe closes
        pass


BATCH_TMP_PREFIX = "ocop-batch-"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def batch_tmp() -> Path:
    """A temporary folder for one batch's readers (their conversions, page images), named after
    the batch process. Folders left by batches that died (SIGKILL, power cut) are removed here,
    when the next batch starts."""
    base = Path(tempfile.gettempdir())
    for d in base.glob(f"{BATCH_TMP_PREFIX}*-*"):
        try:
            pid = int(d.name[len(BATCH_TMP_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(d, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{BATCH_TMP_PREFIX}{os.getpid()}-", dir=base))


def _init_worker(memory_mb: int, ocr_workers: int, tmp_root: str, env: dict[str, str]) -> None:
    # The batch's own settings (a fork server's workers would otherwise see the environment the
    # server started with): OCOP_* exactly as in the process that runs the batch.
    for k in [k for k in os.environ if k.startswith("OCOP_") and k not in env]:
        del os.environ[k]
    os.environ.update(env)
    # Every temporary file of this worker and of the programs it runs goes under its own folder,
    # removed when the worker ends (also when it is stopped), else with the batch's folder.
    tmp = tempfile.mkdtemp(prefix=f"w{os.getpid()}-", dir=tmp_root)
    tempfile.tempdir = tmp
    os.environ["TMPDIR"] = tmp
    multiprocessing.util.Finalize(None, shutil.rmtree, args=(tmp,), kwargs={"ignore_errors": True},
                                  exitpriority=10)
    # Soft limit only: children that need more (LibreOffice) raise it back for themselves.
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.signal(signal.SIGTERM, _stop_worker)
    _die_with_parent()
    os.environ["OCOP_OCR_WORKERS"] = str(ocr_workers)
    get_settings.cache_clear()
    # A plan's judging allocates some hundred thousand short-lived objects: collecting the youngest
    # generation every 700 allocations costs ~10 % of the judge; every 5,000 costs a third of that
    # (the plan's data is freed by reference counting once its view's cache is cleared)
    gc.set_threshold(5000, 10, 10)


def _extract_to(inp: Input, out: str, html: bool) -> str | FailedInput:
    """Read one plan and write its <stem>.extract.json (and .extract.html) from the worker, as
    `pipeline.review.judge_file` drafts its letter there: the parent receives the stem, not the
    whole Document to pickle and write in the one parent process (24 text PDFs: 3.17 -> 3.04 s)."""
    from pipeline.batch import write_failure, write_json, write_text

    o = Path(out)
    plan = extract_file(inp.path, inp.source, cache=o)
    try:
        write_json(o / f"{inp.stem}.extract.json", plan.to_extraction())
        if html:
            from pipeline.debug_html import render_debug_html

            write_text(o / f"{inp.stem}.extract.html", render_debug_html(plan))
    except OSError as e:  # disk full, no permission: reported, and redone by the next run
        return write_failure(inp, e)
    return inp.stem


def extract_plans(inputs: list[Input], out: Path, html: bool = False, settings: Settings | None = None,
                  on_done: Callable[[Input, str | FailedInput], None] | None = None,
                  ) -> Iterator[tuple[Input, str | FailedInput]]:
    """Read each plan and write its extraction in the workers; yield (input, stem or failure)."""
    return run_plans(inputs, _extract_to, lambda i: (i, str(out), html), settings, on_done)


class WorkerPool:
    """The worker processes of one batch: each task bounded in time (`plan_timeout_s`) and memory
    (`max_memory_mb`), a task that fails or is killed becoming that input's `FailedInput`.

    `start`: "fork" (the CLI: the workers share what the parent loaded) or "forkserver" (a
    multi-threaded parent such as a Prefect flow: forking it while another of its threads holds a
    lock, an import's for one, can leave the child waiting forever; the fork server is a clean
    single-threaded process, and each worker loads the rules once)."""

    def __init__(self, settings: Settings, n_jobs: int, start: str = "fork") -> None:
        self.settings = settings
        self.workers = pool_size(settings, n_jobs)
        # OCR runs its own Tesseract processes: share the cores with the pool, not multiply them.
        ocr = settings.ocr_workers or max(1, (os.cpu_count() or 1) // self.workers)
        self.tmp_root = batch_tmp()
        ctx = multiprocessing.get_context(start)
        if start == "forkserver":
            ctx.set_forkserver_preload(["pipeline.review", "pipeline.workers"])
        self.frozen = start == "fork"
        if self.frozen:
            # the reading cache's fingerprint (Tesseract's and LibreOffice's versions, the reading code:
            # ~40 ms) worked out once here, not once in each forked worker
            from pipeline.ingest.cache import fingerprint

            fingerprint(settings)
            # What the parent loaded (rules, spaCy, the readers) is shared with the forked workers
            # page by page until written to; the garbage collector's own bookkeeping would write
            # to every page of it. Frozen objects are left alone (peak memory).
            gc.freeze()
        env = {k: v for k, v in os.environ.items() if k.startswith("OCOP_")}
        self.pool = ProcessPool(max_workers=self.workers, initializer=_init_worker,
                                initargs=(settings.max_memory_mb, ocr, str(self.tmp_root), env), context=ctx)

    def submit(self, task: Callable[..., T], args: tuple):
        return self.pool.schedule(task, args=args, timeout=self.settings.plan_timeout_s)

    def result(self, inp: Input, fut) -> T | FailedInput:
        settings = self.settings
        try:
            return fut.result()
        except FutureTimeout:
            return failure(inp, ReadError("timeout", inp.source, f"{settings.plan_timeout_s} giây"))
        except ProcessExpired as e:
            # Killed by the memory limit or a crash in a C library: the plan alone fails.
            return failure(inp, ReadError("too-large", inp.source,
                                          f"tiến trình đọc bị dừng (mã {e.exitcode}), có thể do vượt bộ nhớ"))
        except MemoryError:
            return failure(inp, ReadError("too-large", inp.source,
                                          f"vượt giới hạn bộ nhớ {settings.max_memory_mb} MB"))
        except Exception as e:  # noqa: BLE001 - a reader's failure is this plan's failure
            return failure(inp, e)

    def close(self, stop: bool = False) -> None:
        """Wait for the workers to end (`stop`: end them now, the batch is interrupted)."""
        try:
            if stop:
                self.pool.stop()
            else:
                self.pool.close()
            self.pool.join()
        finally:
            if self.frozen:
                gc.unfreeze()
            shutil.rmtree(self.tmp_root, ignore_errors=True)


def run_plans(inputs: list[Input], task: Callable[..., T], args: Callable[[Input], tuple],
              settings: Settings | None = None,
              on_done: Callable[[Input, T | FailedInput], None] | None = None,
              ) -> Iterator[tuple[Input, T | FailedInput]]:
    """Run `task(*args(input))` for each input in a pool of forked workers, each bounded in time
    and memory; yield (input, result or failure) in input order. `task` is a module-level
    function (the workers are forked: what the parent loaded before, the rules and spaCy, they
    share)."""
    settings = settings or get_settings()
    if not inputs:
        return
    pool = WorkerPool(settings, len(inputs))
    stop = False
    try:
        futures = [pool.submit(task, args(i)) for i in inputs]
        for inp, fut in zip(inputs, futures, strict=True):
            res = pool.result(inp, fut)
            if on_done:
                on_done(inp, res)
            yield inp, res
    except BaseException:
        # Interrupted (Ctrl-C, a write error in the caller, the generator closed early): stop the
        # workers now instead of letting the pool finish every scheduled plan.
        stop = True
        raise
    finally:
        pool.close(stop)
