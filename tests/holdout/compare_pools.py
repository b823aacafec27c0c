"""What changed between two pools (`pool.py`): per plan, defects caught or missed, false alarms gone or new, verdicts.

    .venv/bin/python tests/holdout/compare_pools.py OLD.json NEW.json
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    old = json.load(open(argv[0], encoding="utf-8"))["sets"]
    new = json.load(open(argv[1], encoding="utf-8"))["sets"]
    for name, plans in new.items():
        for stem, y in plans.items():
            x = old.get(name, {}).get(stem)
            if x is None:
                print(f"{name}/{stem}: new")
                continue
            diff = [f"{k} {x[k]}→{y[k]}" for k in ("caught", "missed") if x[k] != y[k]]
            fx, fy = {tuple(f[:2]) for f in x["fa"]}, {tuple(f[:2]) for f in y["fa"]}
            if fx - fy:
                diff.append(f"false alarm gone {sorted(fx - fy, key=str)}")
            if fy - fx:
                diff.append("false alarm new " + "; ".join(f"{f[0]}[{f[1]}] {f[2]}" for f in y["fa"]
                                                             if tuple(f[:2]) in fy - fx))
            if x["verdict"] != y["verdict"]:
                diff.append(f"verdict {x['verdict']}→{y['verdict']} (expected {y['expected']})")
            if diff:
                print(f"{name}/{stem}: " + " | ".join(diff))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
