"""Score ocop-review on the holdout plans against what their author expected.

    .venv/bin/python tests/holdout/evaluate.py                 # review tests/holdout/plans, then score
    .venv/bin/python tests/holdout/evaluate.py --out DIR       # score the reviews already in DIR
    .venv/bin/python tests/holdout/evaluate.py --out DIR --run # review into DIR, then score
    ... [--json FILE] [--quiet]

What is measured, per plan and in total (see README.md for the reasoning):

* sections: precision / recall of the set of section keys found against `expected.sections`;
* fields: producer name, legal form, e-mail, commune; product name, category (names compared
  case-, space- and tone-placement-insensitively; an expected name may be a list of acceptable ones);
* verdict: equal to `expected.verdict`;
* planted defects: each rule id in `expected.rules` is caught when a finding of that rule fires
  (for missing-section: a finding about a section the plan really lacks);
* false alarms: every (rule, section) of a warning or error finding that is neither planted nor in
  `expected.tolerated` (a true finding that follows from a planted defect or a genuine gap), plus
  every missing-section finding about a section the plan has. `info` findings are listed, never
  counted. Errors on a plan expected `ready` are also counted separately.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script: `tests` importable
    sys.path.insert(0, str(ROOT))
PLANS, EXPECTED = HERE / "plans", HERE / "expected"
FIELDS = [("producer", "name"), ("producer", "legal_form"), ("producer", "email"),
          ("producer", "commune"), ("product", "name"), ("product", "category")]


def _key(s) -> str:
    """Comparison key: NFC, lower case, single spaces, tone placement folded (hoà == hòa)."""
    if s is None:
        return ""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from pipeline.text import tone_key

    return " ".join(tone_key(unicodedata.normalize("NFC", str(s))).split())


def _field_ok(expected, got) -> bool:
    options = expected if isinstance(expected, list) else [expected]
    return any(_key(o) == _key(got) for o in options)


@dataclass
class PlanScore:
    stem: str
    format: str
    expected_verdict: str
    verdict: str | None
    sections_tp: int = 0
    sections_fp: list[str] = field(default_factory=list)
    sections_fn: list[str] = field(default_factory=list)
    fields: dict[str, tuple] = field(default_factory=dict)  # "producer.name" -> (expected, got, ok)
    planted: list[str] = field(default_factory=list)
    caught: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)  # one per (rule, section)
    ready_errors: int = 0
    infos: list[dict] = field(default_factory=list)
    titles: dict[str, list[str]] = field(default_factory=dict)  # key -> headings it came from

    @property
    def verdict_ok(self) -> bool:
        return self.verdict == self.expected_verdict

    @property
    def precision(self) -> float:
        d = self.sections_tp + len(self.sections_fp)
        return self.sections_tp / d if d else 1.0

    @property
    def recall(self) -> float:
        d = self.sections_tp + len(self.sections_fn)
        return self.sections_tp / d if d else 1.0


def load_expected(folder: Path = EXPECTED) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.yml"))}


# What Tesseract read from each page of the sets' scans (pipeline.ingest.ocr.PageCache), kept with them:
# recognition is 90 % of the pool's time (1,611 scanned pages at 3-4 s, more than CI's hour), and a page
# image read by the same engine reads the same. Keyed by the image's bytes under the engine's
# fingerprint, so another Tesseract or language model misses it and reads every page for real;
# tests/test_ocr_cache.py checks entries against a real Tesseract run. A new set's pages are added
# by its first run.
OCR_CACHE = Path(__file__).resolve().parent / "ocr"


def run_pipeline(out: Path, plans: Path = PLANS, timeout: int = 1800,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real command line, as a reviewer runs it (with the sets' OCR cache; `env` on top)."""
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "review", str(plans), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={"OCOP_OCR_CACHE_DIR": str(OCR_CACHE), **os.environ, **(env or {})})


def score_plan(stem: str, exp: dict, review: dict | None) -> PlanScore:
    s = PlanScore(stem, exp.get("format", "?"), exp["verdict"], review and review.get("verdict"))
    planted = list(exp.get("rules") or [])
    ok_rules = set(planted) | set(exp.get("tolerated") or [])
    s.planted = planted
    if review is None:
        s.sections_fn = list(exp["sections"])
        s.missed = planted
        return s
    want = set(exp["sections"])
    got = {x["key"] for x in review["sections"]}
    for x in review["sections"]:
        s.titles.setdefault(x["key"], []).append(x["title"])
    s.sections_tp = len(want & got)
    s.sections_fp = sorted(got - want)
    s.sections_fn = sorted(want - got)
    for part, name in FIELDS:
        e = (exp.get(part) or {}).get(name)
        g = (review.get(part) or {}).get(name)
        s.fields[f"{part}.{name}"] = (e, g, _field_ok(e, g))
    fired: set[str] = set()
    seen: set[tuple] = set()
    for f in review["findings"]:
        if f["severity"] == "info":
            s.infos.append(f)
            continue
        if exp["verdict"] == "ready" and f["severity"] == "error":
            s.ready_errors += 1
        rule, sec = f["rule"], f.get("section")
        bogus_missing = rule == "missing-section" and sec in want
        if rule in ok_rules and not bogus_missing:
            fired.add(rule)
            continue
        unit = (rule, sec)
        if unit in seen:
            continue
        seen.add(unit)
        s.false_alarms.append({**f, "why": "section is present" if bogus_missing else "not planted"})
    s.caught = [r for r in planted if r in fired]
    s.missed = [r for r in planted if r not in fired]
    return s


@dataclass
class Totals:
    plans: int
    section_precision: float
    section_recall: float
    verdict_accuracy: float
    field_accuracy: float
    planted: int
    caught: int
    defect_recall: float
    false_alarms: int
    false_alarms_per_plan: float
    ready_plans: int
    ready_plans_with_error: int


def totals(scores: list[PlanScore]) -> Totals:
    tp = sum(s.sections_tp for s in scores)
    fp = sum(len(s.sections_fp) for s in scores)
    fn = sum(len(s.sections_fn) for s in scores)
    planted = sum(len(s.planted) for s in scores)
    caught = sum(len(s.caught) for s in scores)
    fa = sum(len(s.false_alarms) for s in scores)
    fields = [ok for s in scores for (_, _, ok) in s.fields.values()]
    ready = [s for s in scores if s.expected_verdict == "ready"]
    n = len(scores)
    return Totals(
        plans=n,
        section_precision=tp / (tp + fp) if tp + fp else 1.0,
        section_recall=tp / (tp + fn) if tp + fn else 1.0,
        verdict_accuracy=sum(s.verdict_ok for s in scores) / n if n else 0.0,
        field_accuracy=sum(fields) / len(fields) if fields else 0.0,
        planted=planted, caught=caught, defect_recall=caught / planted if planted else 1.0,
        false_alarms=fa, false_alarms_per_plan=fa / n if n else 0.0,
        ready_plans=len(ready), ready_plans_with_error=sum(1 for s in ready if s.ready_errors),
    )


def evaluate(out: Path, expected: Path = EXPECTED) -> tuple[list[PlanScore], Totals]:
    exp = load_expected(expected)
    scores = []
    for stem, e in exp.items():
        p = out / f"{stem}.review.json"
        review = json.loads(p.read_text(encoding="utf-8")) if p.exists() else None
        scores.append(score_plan(stem, e, review))
    return scores, totals(scores)


# --------------------------------------------------------------------------- report

def _short(s, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def report(scores: list[PlanScore], t: Totals, detail: bool = True) -> str:
    lines = []
    hdr = f"{'plan':<30} {'format':<11} {'verdict exp→got':<20} {'sec P':>5} {'sec R':>5} " \
          f"{'fields':>6} {'planted':>8} {'FA':>3} {'ready err':>9}"
    lines += [hdr, "-" * len(hdr)]
    for s in scores:
        v = f"{s.expected_verdict}→{s.verdict or '—'}" + ("" if s.verdict_ok else " ✗")
        fld = f"{sum(ok for *_, ok in s.fields.values())}/{len(s.fields)}"
        pl = f"{len(s.caught)}/{len(s.planted)}" if s.planted else "—"
        re_ = str(s.ready_errors) if s.expected_verdict == "ready" else "—"
        lines.append(f"{s.stem:<30} {s.format:<11} {v:<20} {s.precision:>5.2f} {s.recall:>5.2f} "
                     f"{fld:>6} {pl:>8} {len(s.false_alarms):>3} {re_:>9}")
    lines += ["-" * len(hdr),
              f"plans {t.plans}; section precision {t.section_precision:.3f}, recall {t.section_recall:.3f}; "
              f"verdict accuracy {t.verdict_accuracy:.2f}; field accuracy {t.field_accuracy:.2f}",
              f"planted defects caught {t.caught}/{t.planted} (recall {t.defect_recall:.2f}); "
              f"false alarms {t.false_alarms} ({t.false_alarms_per_plan:.2f} per plan; bar ≤ 0.05); "
              f"ready plans with an error {t.ready_plans_with_error}/{t.ready_plans}"]
    if not detail:
        return "\n".join(lines)
    for s in scores:
        out = []
        if s.sections_fn:
            out.append(f"  sections missed: {', '.join(s.sections_fn)}")
        if s.sections_fp:
            extra = "; ".join(f"{k} ← {' | '.join(_short(x, 50) for x in s.titles.get(k, []))}"
                              for k in s.sections_fp)
            out.append(f"  sections not in the plan: {extra}")
        for name, (e, g, ok) in s.fields.items():
            if not ok:
                out.append(f"  field {name}: expected {e!r}, got {g!r}")
        if not s.verdict_ok:
            out.append(f"  verdict: expected {s.expected_verdict}, got {s.verdict}")
        for r in s.missed:
            out.append(f"  MISSED planted {r}")
        for f in s.false_alarms:
            out.append(f"  FALSE ALARM {f['severity']} {f['rule']} [{f.get('section')}] ({f['why']}): "
                       f"{_short(f['message'], 160)}\n      evidence: {_short(f['evidence'], 260)}")
        if out:
            lines += ["", f"{s.stem}:"] + out
    return "\n".join(lines)


def main(argv: list[str] | None = None, plans: Path = PLANS, expected: Path = EXPECTED,
         name: str = "holdout") -> int:
    """Command line of every holdout set: `--set holdoutN` picks it (or `plans`/`expected`)."""
    from tests.holdout.sets import pick

    if argv is None or any(a == "--set" or a.startswith("--set=") for a in argv):
        chosen, argv = pick(argv)
        plans, expected, name = chosen.plans, chosen.expected, chosen.name
    ap = argparse.ArgumentParser(description=f"Score ocop-review on the {name} plans.")
    ap.add_argument("--set", help="the holdout set (tests/holdout*/), by default tests/holdout")
    ap.add_argument("--out", type=Path, help="folder of <stem>.review.json (default: a fresh run)")
    ap.add_argument("--run", action="store_true", help="run the review into --out first")
    ap.add_argument("--json", type=Path, help="also write the scores as JSON")
    ap.add_argument("--quiet", action="store_true", help="only the table and the totals")
    ns = ap.parse_args(argv)
    tmp = None
    out = ns.out
    if out is None:
        tmp = tempfile.TemporaryDirectory(prefix=f"{name}_review_")
        out = Path(tmp.name)
    if ns.run or ns.out is None:
        proc = run_pipeline(out, plans=plans)
        if proc.returncode not in (0, 1):
            print(proc.stderr, file=sys.stderr)
            return 2
    scores, t = evaluate(out, expected=expected)
    print(report(scores, t, detail=not ns.quiet))
    if ns.json:
        ns.json.write_text(json.dumps({"totals": t.__dict__, "plans": [
            {**{k: v for k, v in s.__dict__.items() if k not in ("infos",)},
             "precision": s.precision, "recall": s.recall, "verdict_ok": s.verdict_ok}
            for s in scores]}, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
