"""JSON Schemas of the outputs, generated from the pydantic models (docs/*.schema.json).

`python -m pipeline.schema` writes them; `--check` exits 1 when one is out of date."""

from __future__ import annotations

import json
import sys

from pipeline.models import BatchSummary, Extraction, Review
from pipeline.settings import ROOT

SCHEMAS = {"review": Review, "extract": Extraction, "batch": BatchSummary}


def render(name: str) -> str:
    return json.dumps(SCHEMAS[name].model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for name in SCHEMAS:
        path = ROOT / "docs" / f"{name}.schema.json"
        text = render(name)
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        else:
            path.write_text(text, encoding="utf-8")
    for s in stale:
        print(f"{s} is out of date: run python -m pipeline.schema")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
