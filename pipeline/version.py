"""The version of ocop-review's own code, for the incremental review.

A review is kept, and its plan not judged again, only when it was made from the same bytes with the
same rules (`judge.rules.ruleset_version`) and the same code: an upgrade of the judge or of the
letter's template with unchanged rules must not leave the reviews of the old code in place (before,
that took `review --force`). The reading cache (`ingest.cache`) keys its entries on the reading code
alone, so a run after an upgrade of the judge judges every plan again without reading it again.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

# The libraries whose behaviour a review depends on beyond reading (which the reading cache keys):
# the tokeniser of the evidence quotes, the letter's template engine and writer.
_LIBRARIES = ("spacy", "jinja2", "python-docx", "pydantic")
_SKIP_DIRS = frozenset({"__pycache__"})


@lru_cache(maxsize=1)
def code_version() -> str:
    """16 hex digits over every file of the `pipeline` package (code, templates, the letter's
    Word template) and the versions of the libraries above; computed once per process."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(here.rglob("*")):
        rel = p.relative_to(here)
        if not p.is_file() or _SKIP_DIRS.intersection(rel.parts) or p.suffix in (".pyc", ".pyo"):
            continue
        h.update(rel.as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=absent\n".encode())
    return h.hexdigest()[:16]
