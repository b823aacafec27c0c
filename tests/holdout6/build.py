"""Build the sixth holdout set from its text sources with the first holdout's builder.

    .venv/bin/python tests/holdout6/build.py [--jobs N] [STEM_OR_PREFIX ...]

Reads `tests/holdout6/src/<stem>.md` and writes `tests/holdout6/plans/<stem>.<ext>` and
`tests/holdout6/expected/<stem>.yml`. tests/holdout/build.py (which itself wraps
samples/build.py and keeps the document title generic) is reused as is, pointed at these folders.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.holdout import build as _first  # noqa: E402

SRC, PLANS, EXPECTED = HERE / "src", HERE / "plans", HERE / "expected"


def main(argv: list[str] | None = None) -> int:
    # load_builder() reads these module globals when it points samples/build.py at its folders.
    _first.SRC, _first.PLANS, _first.EXPECTED = SRC, PLANS, EXPECTED
    return _first.main(argv)


if __name__ == "__main__":
    sys.exit(main())
