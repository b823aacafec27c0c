"""The pool outside pytest: every holdout set reviewed by the real command line (one core per batch, sets side by
side, as tests/test_quality.py does), scored, and written as JSON for `compare_pools.py`.

    .venv/bin/python tests/holdout/pool.py OUT.json [holdoutN ...]

Run it from a copy of the tree (the batches read rules/ as they are when each one starts).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.holdout import evaluate as ev
from tests.holdout.sets import get, names

ONE_CORE = {"OCOP_WORKERS": "1", "OCOP_OCR_WORKERS": "1"}


def main(argv: list[str]) -> int:
    out_json, chosen = Path(argv[0]), argv[1:] or names()
    tmp = Path(tempfile.mkdtemp(prefix="pool_"))

    def run(name: str):
        folder = tmp / name
        folder.mkdir()
        return name, folder, ev.run_pipeline(folder, plans=get(name).plans, env=ONE_CORE)

    sets, scores, crashes = {}, [], []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for name, folder, proc in pool.map(run, chosen):
            crashes += [f"{name}: {line}" for line in proc.stderr.splitlines() if " failed on " in line]
            got, _t = ev.evaluate(folder, expected=get(name).expected)
            scores += got
            sets[name] = {s.stem: {"verdict_ok": s.verdict_ok, "verdict": s.verdict, "expected": s.expected_verdict,
                                   "caught": sorted(s.caught), "missed": sorted(s.missed),
                                   "fa": [[f["rule"], f.get("section"), ev._short(f["evidence"], 200)]
                                          for f in s.false_alarms],
                                   "ready_errors": s.ready_errors} for s in got}
    t = ev.totals(scores)
    out_json.write_text(json.dumps({"totals": t.__dict__, "sets": sets, "crashes": crashes}, ensure_ascii=False,
                                   indent=1), encoding="utf-8")
    print(f"sets {len(chosen)} plans {t.plans}: caught {t.caught}/{t.planted} ({t.defect_recall:.4f}), "
          f"false alarms {t.false_alarms}, verdicts {t.verdict_accuracy:.3f}, "
          f"ready plans with an error {t.ready_plans_with_error}/{t.ready_plans}, crashes {len(crashes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
