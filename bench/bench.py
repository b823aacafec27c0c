"""Benchmark: how fast ocop-review reads and reviews plans, against the parsers it is built on.

    .venv/bin/python bench/bench.py [--n 50,200,1000] [--quick] [--no-prefect] [--no-ocr]
                                    [--markdown FILE] [--json FILE]

Builds (once, cached in bench/.cache/) a corpus of plans sized like real ones from the sample
sources (bench/corpus.py), then measures in one run, so that the ratios compare like with like:

1. reference parsers on the same files, in this process: python-docx load + paragraphs + table
   cells (DOCX); pdfplumber `extract_text` and pypdfium2 text (PDF);
2. our reading (`extract_file`: file -> blocks -> sections -> figures) in this process, and the
   time of each review stage (read, analyse, judge, render) per plan;
3. `ocop-review review` end to end (the CLI code path, a fresh process, worker pool on all
   cores) over DOCX plans, over text PDFs, and `ocop-review extract` over a scanned plan;
4. plans/s of `ocop-review review` over N mixed DOCX + PDF plans for each N, its peak memory,
   a rerun over the unchanged plans of the largest N (all skipped), and one after a rule change
   (all judged again, none read again: the reading cache);
5. the Prefect flow `flows.review_submissions` against the plain CLI on the same batch, when
   flows.py exists;
6. start-up: `ocop-review --help`, and which heavy modules `ocop-review extract` imports.

Each target is printed with PASS or FAIL. `--quick` is the CI smoke version (N=20, a few plans
per format, a 2-page scan).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

PY = Path(sys.executable)
CLI = PY.parent / "ocop-review"
RUNS = corpus.CACHE / "out"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- process memory


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    out.extend(int(x) for x in f.read().split())
            except OSError:
                pass
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    seen, todo = [], [pid]
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(_children(p))
    return seen


def _mem(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes; PSS shares copy-on-write pages fairly between the
    forked workers, so the sum over a tree is the memory the run really holds."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss, pss


class MemSampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_pss = 0
        self.peak_rss_one = 0  # the largest single process
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            total = 0
            for p in _tree(self.pid):
                rss, pss = _mem(p)
                total += pss
                self.peak_rss_one = max(self.peak_rss_one, rss)
            self.peak_pss = max(self.peak_pss, total)
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join()


@dataclass
class Run:
    wall: float
    code: int
    peak_pss: int = 0
    peak_rss_one: int = 0
    stderr: str = ""
    cpu: float = 0.0  # user + system seconds of the command and everything it ran


# Every command runs against a snapshot of rules/ taken when the benchmark starts: the rules'
# version decides what a rerun skips, and rules edited meanwhile would make every plan "changed".
RUN_ENV: dict[str, str] = {}


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_cmd(cmd: list[str], env: dict | None = None, sample: bool = True,
            timeout: float = 7200) -> Run:
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **RUN_ENV, **(env or {})}, cwd=ROOT)
    sampler = MemSampler(proc.pid) if sample else None
    if sampler:
        sampler.start()
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()  # the process this call started
        _, err = proc.communicate()
    wall = time.perf_counter() - t0
    if sampler:
        sampler.stop()
    return Run(wall, proc.returncode, sampler.peak_pss if sampler else 0,
               sampler.peak_rss_one if sampler else 0, err.decode("utf-8", "replace"),
               _children_cpu() - cpu0)


def fresh(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    return path


# --------------------------------------------------------------------------- in-process timings


def _best(fn, files: list[Path], repeat: int) -> float:
    """Best CPU time over `repeat` passes of fn over the files (warm caches; CPU time, so that
    other work on the machine does not count)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        for f in files:
            fn(f)
        best = min(best, time.process_time() - t0)
    return best


def ref_python_docx(path: Path) -> None:
    import docx

    d = docx.Document(str(path))
    for p in d.paragraphs:
        p.text  # noqa: B018
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                c.text  # noqa: B018


def ref_pdfplumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def ref_pdfium(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
    finally:
        pdf.close()


def ours_extract(path: Path) -> None:
    from pipeline.extract import extract_file

    extract_file(path)


RULE_CPU: dict[str, float] = {}  # rule id -> CPU seconds per plan (DOCX and PDF runs summed)
RULE_TYPES: dict[str, list[str]] = {}  # rule id -> its check types


def stage_times(files: list[Path]) -> dict[str, float]:
    """CPU seconds per plan of each review stage, in this process (one core)."""
    from pipeline.extract import analyse
    from pipeline.ingest import read_document
    from pipeline.judge.base import BatchContext, PlanView
    from pipeline.judge.engine import review
    from pipeline.judge.rules import load_ruleset
    from pipeline.render.feedback import write_feedback

    rs = load_ruleset()
    out = fresh(RUNS / "stages")
    out.mkdir(parents=True)
    t = {"read": 0.0, "analyse": 0.0, "judge": 0.0, "render": 0.0}
    docs, plans = [], []
    for f in files:
        t0 = time.process_time()
        docs.append(read_document(f))
        t["read"] += time.process_time() - t0
    for d in docs:
        t0 = time.process_time()
        plans.append(analyse(d))
        t["analyse"] += time.process_time() - t0
    views = [PlanView(p) for p in plans]
    batch = BatchContext(views)
    reviews = []
    from pipeline.judge import engine

    run_rule = engine.run_rule

    def timed_rule(rule, view, batch, scope="all"):  # CPU time per rule, to show where the judge spends it
        t0 = time.process_time()
        try:
            return run_rule(rule, view, batch, scope)
        finally:
            RULE_CPU[rule.id] = RULE_CPU.get(rule.id, 0.0) + (time.process_time() - t0) / len(files)
            RULE_TYPES[rule.id] = sorted({c.type for c in rule.checks})

    engine.run_rule = timed_rule
    try:
        for p, v in zip(plans, views, strict=True):
            t0 = time.process_time()
            reviews.append(review(p, batch, v, rs))
            t["judge"] += time.process_time() - t0
    finally:
        engine.run_rule = run_rule
    for i, rv in enumerate(reviews):
        t0 = time.process_time()
        write_feedback(rv, out / f"{i}.feedback.docx")
        t["render"] += time.process_time() - t0
    return {k: v / len(files) for k, v in t.items()}


def warm_up(files: list[Path]) -> None:
    """Import and load everything once (spaCy, rules, pdfium), as a long-lived worker would."""
    from pipeline.extract import extract_file
    from pipeline.judge.base import BatchContext, PlanView
    from pipeline.judge.engine import review

    for f in files:
        p = extract_file(f)
        v = PlanView(p)
        review(p, BatchContext([v]), v)


# --------------------------------------------------------------------------- results


@dataclass
class Check:
    name: str
    value: str
    target: str
    ok: bool | None  # None: not measured


@dataclass
class Results:
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # (what, value, note)
    checks: list[Check] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def row(self, what: str, value: str, note: str = "") -> None:
        self.rows.append((what, value, note))
        log(f"  {what}: {value}" + (f"  ({note})" if note else ""))

    def check(self, name: str, value: str, target: str, ok: bool | None) -> None:
        self.checks.append(Check(name, value, target, ok))
        log(f"  [{'PASS' if ok else 'n/a' if ok is None else 'FAIL'}] {name}: {value} (target {target})")

    def markdown(self) -> str:
        lines = ["| measure | value | note |", "| --- | --- | --- |"]
        lines += [f"| {w} | {v} | {n} |" for w, v, n in self.rows]
        lines += ["", "| target | measured | goal | result |", "| --- | --- | --- | --- |"]
        lines += [f"| {c.name} | {c.value} | {c.target} | "
                  f"{'PASS' if c.ok else 'n/a' if c.ok is None else 'FAIL'} |" for c in self.checks]
        return "\n".join(lines)


def mb(n: int) -> str:
    return f"{n / 1048576:.0f} MB"


# --------------------------------------------------------------------------- the benchmark


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _snapshot_rules() -> Path:
    """A copy of rules/ as it is now, for every command of this run (see RUN_ENV)."""
    snap = corpus.CACHE / "rules-snapshot"
    if snap.exists():
        shutil.rmtree(snap)
    shutil.copytree(ROOT / "rules", snap)
    return snap


def _cli(R: Results, label: str, args: list[str], pages: int, plans: int) -> Run:
    r = run_cmd([str(CLI), *args])
    R.row(label, f"{r.wall:.1f} s wall, {1000 * r.wall / pages:.1f} ms/page, {plans / r.wall:.2f} plans/s",
          f"CPU {r.cpu:.0f} s; peak memory {mb(r.peak_pss)} (PSS, all processes), largest process "
          f"{mb(r.peak_rss_one)}; exit {r.code}")
    if r.code not in (0, 1):
        log(r.stderr[-3000:])
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", default="50,200,1000", help="batch sizes for plans/s (comma-separated)")
    ap.add_argument("--quick", action="store_true", help="small CI version (N=20)")
    ap.add_argument("--no-prefect", action="store_true", help="skip the Prefect flow")
    ap.add_argument("--no-ocr", action="store_true", help="skip the scanned plan")
    ap.add_argument("--markdown", type=Path, help="also write the tables to this file")
    ap.add_argument("--json", type=Path, default=corpus.CACHE / "last.json", help="raw results")
    ns = ap.parse_args(argv)

    ns_list = [20] if ns.quick else sorted({int(x) for x in ns.n.split(",") if x.strip()})
    per_format = 6 if ns.quick else 24
    scan_pages = 2 if ns.quick else 10
    n_variants = 4 if ns.quick else 12
    cores = os.cpu_count() or 1
    R = Results()
    t_start = time.perf_counter()
    R.data["machine"] = {"cores": cores, "python": platform.python_version(), "quick": ns.quick,
                         "n": ns_list, "load_start": _load()}
    log(f"ocop-review benchmark ({'quick' if ns.quick else 'full'}): {cores} cores, "
        f"Python {platform.python_version()}, load average {_load()}")
    snap = _snapshot_rules()
    RUN_ENV["OCOP_RULES_DIR"] = str(snap)
    os.environ["OCOP_RULES_DIR"] = str(snap)

    # ---------------------------------------------------------------- corpus
    t0 = time.perf_counter()
    variants = corpus.build_variants(n_variants, log=log)
    docx_dir, docx_pages = corpus.mixed_corpus(variants, per_format, ("docx",))
    pdf_dir, pdf_pages = corpus.mixed_corpus(variants, per_format, ("pdf",))
    mixed = {n: corpus.mixed_corpus(variants, n) for n in ns_list}
    scan_dir = scan_n = None
    if not ns.no_ocr:
        scan_dir, scan_n = corpus.scanned_corpus(variants, scan_pages, log=log)
    pages = sum(v.pages for v in variants)
    tpages = sum(v.table_pages for v in variants)
    R.row("corpus", f"{len(variants)} distinct plans (DOCX, and their LibreOffice PDF), "
          f"{min(v.pages for v in variants)}–{max(v.pages for v in variants)} pages, "
          f"{tpages}/{pages} pages with a ruled table",
          f"copies differ by a few bytes; ready in {time.perf_counter() - t0:.0f} s (bench/.cache/)")
    R.data["corpus"] = {"variants": [v.to_json() for v in variants]}

    docx_files = sorted(docx_dir.iterdir())
    pdf_files = sorted(pdf_dir.iterdir())
    ref_docx = docx_files[: len(variants)]
    ref_pdf = pdf_files[: len(variants)]
    ref_pages = sum(v.pages for v in variants)  # the first copies are one per variant

    # ---------------------------------------------------------------- in-process: parsers vs ours
    log("reference parsers and our reader, in this process (one core, CPU time, warm):")
    warm_up(ref_docx[:1] + ref_pdf[:1])
    rep = 2 if ns.quick else 3
    t_docx = _best(ref_python_docx, ref_docx, rep) / ref_pages
    t_plumb = _best(ref_pdfplumber, ref_pdf, 1) / ref_pages
    t_pdfium = _best(ref_pdfium, ref_pdf, rep) / ref_pages
    o_docx = _best(ours_extract, ref_docx, rep) / ref_pages
    o_pdf = _best(ours_extract, ref_pdf, rep) / ref_pages
    R.row("python-docx load + paragraphs + table cells", f"{1000 * t_docx:.1f} ms/page", "reference")
    R.row("pdfplumber extract_text", f"{1000 * t_plumb:.1f} ms/page", "reference")
    R.row("pypdfium2 text", f"{1000 * t_pdfium:.1f} ms/page", "reference")
    R.row("read DOCX (file → blocks → sections, figures)", f"{1000 * o_docx:.1f} ms/page",
          f"{o_docx / t_docx:.2f}× python-docx")
    R.row("read text PDF (file → blocks → sections, figures)", f"{1000 * o_pdf:.1f} ms/page",
          f"{o_pdf / t_plumb:.2f}× pdfplumber extract_text, {o_pdf / t_pdfium:.1f}× pypdfium2 text")
    st_docx = stage_times(ref_docx)
    st_pdf = stage_times(ref_pdf)
    for name, st in (("DOCX", st_docx), ("PDF", st_pdf)):
        R.row(f"review stages per {name} plan (one core)",
              ", ".join(f"{k} {1000 * v:.0f} ms" for k, v in st.items()),
              f"{ref_pages / len(variants):.1f} pages/plan; the judge's rules are the rule files' own")
    top = sorted(RULE_CPU.items(), key=lambda kv: -kv[1])[:6]
    R.row("judge: slowest rules (CPU per plan, DOCX + PDF runs)",
          ", ".join(f"{k} {500 * v:.0f} ms" for k, v in top),
          "check types: " + ", ".join(sorted({t for k, _ in top for t in RULE_TYPES.get(k, [])})))
    R.data["rules_cpu"] = {k: v / 2 for k, v in RULE_CPU.items()}
    R.data["inprocess"] = {"python_docx": t_docx, "pdfplumber": t_plumb, "pdfium": t_pdfium,
                           "ours_docx": o_docx, "ours_pdf": o_pdf, "stages_docx": st_docx,
                           "stages_pdf": st_pdf}

    # ---------------------------------------------------------------- CLI end to end, per format
    log(f"ocop-review end to end ({cores} cores, wall clock):")
    rd = _cli(R, f"review {len(docx_files)} DOCX plans", ["review", str(docx_dir), "--out",
              str(fresh(RUNS / "docx"))], docx_pages, len(docx_files))
    xd = _cli(R, f"extract {len(docx_files)} DOCX plans", ["extract", str(docx_dir), "--out",
              str(fresh(RUNS / "docx-extract"))], docx_pages, len(docx_files))
    rp = _cli(R, f"review {len(pdf_files)} text PDF plans", ["review", str(pdf_dir), "--out",
              str(fresh(RUNS / "pdf"))], pdf_pages, len(pdf_files))
    xp = _cli(R, f"extract {len(pdf_files)} text PDF plans", ["extract", str(pdf_dir), "--out",
              str(fresh(RUNS / "pdf-extract"))], pdf_pages, len(pdf_files))
    e_docx, x_docx = rd.wall / docx_pages, xd.wall / docx_pages
    e_pdf, x_pdf = rp.wall / pdf_pages, xp.wall / pdf_pages
    R.check("DOCX end-to-end review ≤ 1.5× python-docx", f"{e_docx / t_docx:.1f}×", "≤ 1.5×",
            e_docx / t_docx <= 1.5)
    R.check("DOCX end-to-end extract ≤ 1.5× python-docx", f"{x_docx / t_docx:.1f}×", "≤ 1.5×",
            x_docx / t_docx <= 1.5)
    R.check("text PDF end-to-end review ≤ 10 ms/page", f"{1000 * e_pdf:.1f} ms/page", "≤ 10 ms",
            e_pdf <= 0.010)
    R.check("text PDF end-to-end extract ≤ 10 ms/page", f"{1000 * x_pdf:.1f} ms/page", "≤ 10 ms",
            x_pdf <= 0.010)
    R.data["e2e"] = {"docx_review": e_docx, "docx_extract": x_docx, "pdf_review": e_pdf,
                     "pdf_extract": x_pdf}
    if scan_dir is not None:
        r = run_cmd([str(CLI), "extract", str(scan_dir), "--out", str(fresh(RUNS / "scan"))])
        e_scan = r.wall / scan_n
        R.row(f"extract a scanned plan of {scan_n} pages (OCR)", f"{r.wall:.1f} s wall, "
              f"{e_scan:.2f} s/page", f"CPU {r.cpu:.0f} s (Tesseract included); exit {r.code}")
        R.check(f"scanned PDF ≤ 1.2 s/page on {cores} cores", f"{e_scan:.2f} s/page", "≤ 1.2 s",
                e_scan <= 1.2)
        R.data["e2e"]["scan"] = e_scan
        r = run_cmd([str(CLI), "extract", str(scan_dir), "--out", str(RUNS / "scan")])
        R.row("extract the scanned plan again (same output folder)", f"{r.wall:.2f} s wall",
              f"read from the reading cache, no OCR; exit {r.code}")
        R.data["e2e"]["scan_cached"] = r.wall
    else:
        R.check(f"scanned PDF ≤ 1.2 s/page on {cores} cores", "not run (--no-ocr)", "≤ 1.2 s", None)

    # ---------------------------------------------------------------- throughput and memory
    log("plans/s over mixed batches (DOCX + text PDF, half each):")
    rates = {}
    for n in ns_list:
        d, pg = mixed[n]
        r = _cli(R, f"review N={n}", ["review", str(d), "--out", str(fresh(RUNS / f"mixed-{n}"))], pg, n)
        rates[n] = n / r.wall
        R.data.setdefault("mixed", {})[n] = {"wall": r.wall, "cpu": r.cpu, "pages": pg,
                                             "peak_pss": r.peak_pss, "peak_rss_one": r.peak_rss_one,
                                             "code": r.code}
    big, small = max(ns_list), min(ns_list)
    top = R.data["mixed"][big]
    if big != small:
        ratio = rates[big] / rates[small]
        R.check(f"plans/s at N={big} within 10 % of N={small}", f"{rates[big]:.2f} against "
                f"{rates[small]:.2f} ({ratio:.2f}×)", "≥ 0.90×", ratio >= 0.9)
    R.check(f"peak memory at N={big} (PSS, all processes)", mb(top["peak_pss"]), "≤ 500 MB",
            top["peak_pss"] <= 500 * 1048576)
    d, _ = mixed[big]
    r = run_cmd([str(CLI), "review", str(d), "--out", str(RUNS / f"mixed-{big}")])
    R.row(f"rerun over the N={big} unchanged plans", f"{r.wall:.2f} s wall", f"exit {r.code}")
    R.check(f"rerun over {big} unchanged plans", f"{r.wall:.2f} s", "≤ 3 s", r.wall <= 3.0)
    R.data["rerun"] = r.wall
    # A reviewer's rule edit: every plan is judged again, none read again (pipeline.ingest.cache).
    with (snap / "sections.yml").open("a", encoding="utf-8") as f:
        f.write("\n# bench: a reviewer's edit (a new ruleset version)\n")
    first = R.data["mixed"][big]["wall"]
    r = run_cmd([str(CLI), "review", str(d), "--out", str(RUNS / f"mixed-{big}")])
    R.row(f"rerun over the N={big} plans after a rule change", f"{r.wall:.1f} s wall, {big / r.wall:.2f} plans/s",
          f"{r.wall / first:.2f}× the first run ({first:.1f} s): judged again, read from the reading cache; "
          f"exit {r.code}")
    R.data["rerun_rules_changed"] = r.wall

    # ---------------------------------------------------------------- Prefect
    flows_py = ROOT / "flows.py"
    has_flow = flows_py.exists() and "def review_submissions" in flows_py.read_text(encoding="utf-8")
    if ns.no_prefect or not has_flow:
        why = "skipped (--no-prefect)" if ns.no_prefect else "n/a: flows.py with review_submissions not found"
        R.row("Prefect flow against the CLI", why)
    else:
        log("Prefect flow review_submissions against the CLI, same batch:")
        R.data["prefect"] = prefect_vs_cli(R, mixed[small][0], small)

    # ---------------------------------------------------------------- start-up
    log("start-up:")
    helps = [run_cmd([str(CLI), "--help"], sample=False).wall for _ in range(5)]
    h = min(helps)
    R.row("ocop-review --help", f"{h:.2f} s", f"best of 5, median {statistics.median(helps):.2f} s")
    R.check("ocop-review --help", f"{h:.2f} s", "≤ 0.5 s", h <= 0.5)
    heavy = heavy_imports(ref_docx[0])
    R.row("heavy modules imported by `ocop-review extract` of one DOCX",
          ", ".join(heavy) if heavy else "none of Prefect, spaCy, thinc, pyvi, underthesea")
    R.check("`extract` imports neither Prefect nor spaCy", ", ".join(heavy) or "none", "none", not heavy)

    R.data["machine"]["load_end"] = _load()
    R.data["minutes"] = (time.perf_counter() - t_start) / 60
    R.row("machine", f"{cores} cores; load average {R.data['machine']['load_start']} at the start, "
          f"{R.data['machine']['load_end']} at the end", f"benchmark took {R.data['minutes']:.0f} min")
    R.data["checks"] = [c.__dict__ for c in R.checks]
    md = R.markdown()
    print(md)
    if ns.markdown:
        ns.markdown.write_text(md + "\n", encoding="utf-8")
    ns.json.parent.mkdir(parents=True, exist_ok=True)
    ns.json.write_text(json.dumps(R.data, indent=1, default=str), encoding="utf-8")
    return 0


def heavy_imports(plan: Path) -> list[str]:
    out = fresh(RUNS / "importtime")
    r = run_cmd([str(PY), "-X", "importtime", "-c",
                 "import sys; from pipeline.cli import main; "
                 f"sys.argv = ['ocop-review', 'extract', {str(plan)!r}, '--out', {str(out)!r}]; main()"],
                sample=False)
    found = set()
    for line in r.stderr.splitlines():
        if "|" not in line:
            continue
        mod = line.rsplit("|", 1)[-1].strip()
        top = mod.split(".")[0]
        if top in ("prefect", "spacy", "thinc", "torch", "underthesea", "pyvi"):
            found.add(top)
    return sorted(found)


_PREFECT_SCRIPT = r"""
# The flow's worker pool starts from a fork server, whose workers import this script again:
# everything runs under the __main__ guard (as multiprocessing requires).
import json, sys, time
from pathlib import Path


def main():
    t0 = time.perf_counter()
    sys.path.insert(0, sys.argv[1])
    import flows
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    flows.review_submissions(Path(sys.argv[2]), Path(sys.argv[3]))
    t_first = time.perf_counter() - t0
    t0 = time.perf_counter()
    flows.review_submissions(Path(sys.argv[4]), Path(sys.argv[5]))
    t_batch = time.perf_counter() - t0
    print(json.dumps({"import": t_import, "first": t_first, "batch": t_batch}), file=sys.stderr)


if __name__ == "__main__":
    main()
"""


def prefect_vs_cli(R: Results, batch: Path, n: int) -> dict:
    home = corpus.CACHE / "prefect-home"
    home.mkdir(parents=True, exist_ok=True)
    env = {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    one = fresh(corpus.CACHE / "runs" / "prefect-one")
    one.mkdir(parents=True)
    first = sorted(batch.iterdir())[0]
    os.link(first, one / first.name)
    script = corpus.CACHE / "prefect_bench.py"
    script.write_text(_PREFECT_SCRIPT, encoding="utf-8")
    r = run_cmd([str(PY), str(script), str(ROOT), str(one), str(fresh(RUNS / "prefect-one")),
                 str(batch), str(fresh(RUNS / "prefect-batch"))], env=env)
    res = {}
    for line in r.stderr.splitlines()[::-1]:
        if line.startswith("{") and '"batch"' in line:
            res = json.loads(line)
            break
    cli = run_cmd([str(CLI), "review", str(batch), "--out", str(fresh(RUNS / "prefect-cli"))])
    if not res:
        R.row("Prefect flow against the CLI", f"failed (exit {r.code})", r.stderr[-300:].replace("\n", " "))
        return {"error": r.stderr[-2000:]}
    R.row(f"Prefect flow, N={n}", f"{res['batch']:.1f} s against {cli.wall:.1f} s for the CLI "
          f"({res['batch'] / cli.wall:.2f}×)",
          f"plus once per process: import prefect + flows {res['import']:.1f} s, first flow run "
          f"(temporary server, 1 plan) {res['first']:.1f} s; whole process {r.wall:.1f} s")
    return {**res, "cli": cli.wall, "process": r.wall}


if __name__ == "__main__":
    sys.exit(main())
