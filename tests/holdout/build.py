"""Build the holdout plans from their text sources with the samples' own builder.

    .venv/bin/python tests/holdout/build.py [--set holdoutN] [--jobs N] [STEM_OR_PREFIX ...]

Reads `tests/<set>/src/<stem>.md` (same syntax as samples/FORMAT.md, plus an optional
`expected.tolerated` list, see README.md) and writes `tests/<set>/plans/<stem>.<ext>` and
`tests/<set>/expected/<stem>.yml` (the first set, tests/holdout, by default). samples/build.py is imported from its path and pointed at
these folders; nothing under samples/ is read or written except the builder module itself.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import importlib.util
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script: `tests` importable
    sys.path.insert(0, str(ROOT))
SRC, PLANS, EXPECTED = HERE / "src", HERE / "plans", HERE / "expected"


def load_builder():
    """samples/build.py as a module whose SRC / PLANS / EXPECTED are the holdout folders."""
    spec = importlib.util.spec_from_file_location("samples_build", ROOT / "samples" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(mod)
    mod.SRC, mod.PLANS, mod.EXPECTED = SRC, PLANS, EXPECTED
    original = mod.write_docx

    def write_docx(src, out):
        # The samples' builder writes the expected product name into the document's title
        # property; a holdout must not hand the reader its answer, so that property stays generic
        # (an expected name may also be a list of acceptable names, see README.md).
        meta = copy.deepcopy(src.meta)
        meta["expected"]["product"]["name"] = ""
        # dataclasses.replace keeps every other field of the source (its footnotes too)
        original(dataclasses.replace(src, meta=meta), out)

    mod.write_docx = write_docx
    return mod


def main(argv: list[str] | None = None) -> int:
    global SRC, PLANS, EXPECTED
    from tests.holdout.sets import pick

    chosen, argv = pick(argv)
    SRC, PLANS, EXPECTED = chosen.src, chosen.plans, chosen.expected  # load_builder() reads them
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", help="the holdout set (tests/holdout*/), by default tests/holdout")
    ap.add_argument("stems", nargs="*", help="stems or stem prefixes (default: all)")
    ap.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ns = ap.parse_args(argv)
    b = load_builder()
    files = b.select(ns.stems)
    for f in files:  # fail early on a bad front matter, before any LibreOffice run
        b.check_figures(b.parse_source(f))

    def run(path: Path):
        try:
            return b.build_one(path)
        except (b.BuildError, subprocess.SubprocessError, OSError) as e:
            return e

    t0, failed = time.monotonic(), 0
    with ThreadPoolExecutor(max_workers=max(1, ns.jobs)) as pool:
        for path, res in zip(files, pool.map(run, files)):
            if isinstance(res, Exception):
                failed += 1
                print(f"FAIL {path.stem}: {res}", file=sys.stderr)
            else:
                stem, secs, target = res
                print(f"ok   {stem:<32} {target.parent.name}/{target.name} "
                      f"({target.stat().st_size // 1024} KiB, {secs:.1f} s)")
    print(f"{len(files) - failed}/{len(files)} built in {time.monotonic() - t0:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
