"""Plan text in the samples' Markdown-like source format (samples/FORMAT.md) -> Document.

Not a submission format: it lets rule examples in `rules/` be written as a few lines of plan
text and run through the same sectioning, figure and rule code as a real file.
"""

from __future__ import annotations

import hashlib
import re

from pipeline.ingest.headings import split_numbering
from pipeline.models import Block, BlockKind, Document
from pipeline.text import clean

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_UNIT = re.compile(r"^\(?\s*(ĐVT|Đơn vị tính|Đơn vị)\s*:", re.I)
_SEP_ROW = re.compile(r"^\|?\s*:?-{2,}")


def split_pipe_row(line: str) -> list[str]:
    """The raw cells of a Markdown pipe-table row (also used by samples/build.py)."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return s.split("|")


def _cells(line: str) -> list[str]:
    return [clean(c).replace("**", "") for c in split_pipe_row(line)]


def parse_markdown(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = clean(text).split("\n")
    para: list[str] = []
    pending_unit: str | None = None
    i = 0

    def flush() -> None:
        if para:
            blocks.append(Block(kind=BlockKind.paragraph, text=" ".join(para).replace("**", "")))
            para.clear()

    while i < len(lines):
        line = lines[i].strip()
        if not line:
            flush()
            i += 1
            continue
        if m := _HEADING.match(line):
            flush()
            title = m.group(2).replace("**", "").strip()
            num = split_numbering(title)
            blocks.append(Block(kind=BlockKind.heading, level=len(m.group(1)),
                                numbering=num.label if num else None,
                                text=num.rest if num else title, style="markdown"))
            i += 1
            continue
        if line.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                if not _SEP_ROW.match(lines[i].strip()):
                    rows.append(_cells(lines[i]))
                i += 1
            blocks.append(Block(kind=BlockKind.table, rows=rows, unit=pending_unit,
                                text="\n".join(" | ".join(r) for r in rows)))
            pending_unit = None
            continue
        if _UNIT.match(line):
            flush()
            pending_unit = line.strip("() ")
            blocks.append(Block(kind=BlockKind.paragraph, text=line))
            i += 1
            continue
        if line[:2] in ("- ", "+ ", "* "):
            flush()
            blocks.append(Block(kind=BlockKind.list_item, text=line[2:].replace("**", "").strip(),
                                numbering=line[0]))
            i += 1
            continue
        para.append(line)
        i += 1
    flush()
    return blocks


def read_markdown(text: str, source: str = "<text>") -> Document:
    return Document(source=source, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    format="docx", blocks=parse_markdown(text))
