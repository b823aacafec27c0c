"""placeholder: template text left in the plan ("[tên sản phẩm]", "……", "xxx") (boilerplate)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from pipeline.ingest.headings import split_numbering
from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.models import BlockKind


class Spec(SpecBase):
    type: Literal["placeholder"] = "placeholder"
    patterns: list[str] = Field(description="Regular expressions of template residue, matched case-insensitively.")
    exclude: list[str] = Field(default_factory=list,
                               description="Sentences matching one of these (e.g. a table of contents line: dot "
                                           "leaders then a page number) are not residue for their dot leaders; a "
                                           "blank of another kind in them (\"[tên …]\") still is.")
    form_guidance: bool = Field(True, description="A line that is only a bracketed instruction of the form (\"[Điền "
                                                  "vào bảng; ghi rõ quy cách đóng gói]\", \"(Nêu rõ …)\") with the "
                                                  "producer's answer after it in the same part is the form's guidance, "
                                                  "not a blank left in; left alone, with no answer after it, it is.")

    @field_validator("patterns", "exclude")
    @classmethod
    def _compile(cls, v: list[str]) -> list[str]:
        for p in v:
            re.compile(p)  # a broken pattern is an error when the rule file loads
        return v


_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}")


def _heading_key(text: str) -> str:
    """A heading's words without its own number or letter ("III.", "2.1.", "S.", "Phần IV:", "10/"), as the reader
    splits them (`split_numbering`), lower-cased."""
    num = split_numbering(text)
    return " ".join((num.rest if num else text).lower().split())


def _toc_entry(text: str, headings: frozenset[str] = frozenset()) -> bool:
    """A table-of-contents line: a section heading, or the text of one of the plan's own headings (`headings`, by
    `_heading_key`: "S. Hồ sơ kèm theo . . . . 7" beside the heading "S. Hồ sơ kèm theo"), then dot leaders (the
    page number may be lost to OCR noise or to the line's end)."""
    from pipeline.sections import Match, load_vocabulary, match_heading

    m = _LEADER.search(text)
    if not m or m.start() == 0:
        return False
    before = text[:m.start()].strip()
    if before.endswith((":", "：")):
        return False  # "Tên sản phẩm: ........" is a blank left in a form
    if sum(1 for w in re.findall(r"[^\W\d_]{2,}", text[m.end():]) if len(set(w.lower())) > 1) >= 3:
        # words after the leader: a sentence with a blank in it ("… sản phẩm chủ lực của xã ......, được
        # sản xuất theo quy trình ......, đáp ứng …"), not a heading and its page number (nor the OCR's
        # debris of the dots, "cc.-.eeeeee °)")
        return False
    return _heading_key(before) in headings or isinstance(match_heading(before, load_vocabulary()), Match)


# a paragraph that is one bracketed instruction and nothing else ("[Ghi [x] vào ô; …]" may nest a box in it)
_BRACKETED = re.compile(r"\s*(?:\[.*\]|\(.*\))\s*", re.S)


def _guidance(view: PlanView, block: int) -> bool:
    """The block is a form's instruction line answered below it: only a bracketed text, then (after any further
    instruction lines) a paragraph or table of the same part."""
    blocks, where = view.blocks, view.plan.block_section
    if blocks[block].kind == BlockKind.heading or not _BRACKETED.fullmatch(blocks[block].text):
        return False
    j = block + 1
    while j < len(blocks) and blocks[j].kind != BlockKind.heading and _BRACKETED.fullmatch(blocks[j].text):
        j += 1
    return j < len(blocks) and blocks[j].kind != BlockKind.heading and where[j] == where[block] and \
        bool(blocks[j].text.strip())


_CONTENTS = re.compile(r"(?i)^\W*(?:mục\s+lục|nội\s+dung\s+chính)\W*$")


def _contents_blocks(view: PlanView) -> set[int]:
    """The blocks of a table of contents: from its title ("MỤC LỤC") to the first heading after it. What a scan made
    of its entries (a table of debris, "đi | KH | … | xxx | 1003") repeats the headings, not a blank of the plan."""
    blocks = view.blocks
    start = next((i for i, b in enumerate(blocks) if _CONTENTS.match(b.text or "")), None)
    if start is None:
        return set()
    # (a long paragraph is the plan's text again: a contents title with no heading read after it ends there)
    end = next((i for i in range(start + 1, len(blocks)) if blocks[i].kind == BlockKind.heading or
                (blocks[i].kind == BlockKind.paragraph and len(blocks[i].text) > 200)), len(blocks))
    return set(range(start, min(end, start + 40)))


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    pats = [re.compile(p, re.I) for p in spec.patterns]
    excl = [re.compile(p, re.I) for p in spec.exclude]
    hits = []
    seen = set()
    headings: frozenset[str] | None = None
    contents: set[int] | None = None
    for s in view.sentences:
        found = [m for p in pats if (m := p.search(s.text))]
        if not found:
            continue  # (the residue patterns first: most sentences have none)
        if spec.form_guidance and _guidance(view, s.block):
            continue
        if contents is None:  # (both built once, for the first sentence with a residue: most plans have none)
            contents = _contents_blocks(view)
            headings = frozenset(_heading_key(b.text) for b in view.blocks if b.kind == BlockKind.heading)
        if s.block in contents:
            continue
        if any(x.search(s.text) for x in excl) or _toc_entry(s.text, headings):
            # a table of contents excuses its dot leaders, not a blank of another kind in the same line ("4 | [tên
            # khách hàng] | Hợp đồng số ....../HĐGC", a template's row left in a table)
            found = [m for m in found if not _LEADER.search(m.group(0))]
            if not found:
                continue
        for m in found:
            if (s.section, m.group(0)) not in seen:
                seen.add((s.section, m.group(0)))
                hits.append(Hit(section=s.section, evidence=quote(s.text, 240),
                                params={"placeholder": m.group(0).strip()}))
                break
    return hits
