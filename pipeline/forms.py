"""Fill-in forms: the options a producer ticked, not every option the form prints.

Communes hand out templates ("Mẫu phương án …") whose fields offer choices with tick boxes:
"Đăng ký hộ kinh doanh | ☑ Đã có ☐ Chưa có | Số 28A8005216", "Loại hình: ☐ Hợp tác xã ☑ Doanh nghiệp",
"[x] Có [ ] Không". Read as plain text, the unticked "Chưa có" would say the paper is missing and the unticked
"Hợp tác xã" would name a second legal form. `resolve_choices` keeps each group's ticked options (with their
box, so a quote still shows what was ticked) and drops the unticked ones; a group with nothing ticked is left
as printed (an unanswered field is the plan's own gap).

A scan loses the boxes: Tesseract drops a ticked box or reads an empty one as a letter ("Đã có L Chưa có"). Which
of the two was ticked is then unknowable, so both answers are dropped and the field says nothing either way
(the paper's number beside it still speaks for it).

Applied once per document by `pipeline.extract.analyse`, before sections, figures and entities are read, to
paragraphs and to each table cell. Idempotent: a resolved text has no group left to resolve.
"""

from __future__ import annotations

import re

from pipeline.models import BlockKind, Document

# Ticked and empty boxes: Unicode ballot boxes and check marks, Wingdings' private-use boxes (Word's symbol font,
# U+F0FE ticked, U+F0A8 and U+F06F empty), and the typed "[x]" / "[ ]".
_TICKED = "☑☒✓✔✅▣⊠\uf0fe\uf0fd\uf078"
_EMPTY = "☐□▢◻⬜\uf0a8\uf06f"
_TICKED_BOX = rf"[{_TICKED}]|\[\s*[xX✓✔]\s*\]"
# a form's box, ticked or not: what tells a form's answer from running text
BOX_MARK = re.compile(rf"{_TICKED_BOX}|[{_EMPTY}]|\[\s*\]")
# where the last option of a group ends: a cell or line, a clause, a bracket or a colon, a sentence's full stop,
# or a comma (the options themselves are short names: "☐ Xuất khẩu", "☑ Đủ")
_OPTION_END = re.compile(r"[|\n;(:]|\.(?:\s|$)|,\s")
# the boxes of one group stand on one line and in one cell, a short option between two of them
_GROUP_GAP = re.compile(r"^[^|\n]{0,120}$")
# a scan's yes/no pair whose boxes became debris: "Đã có L Chưa có", "Có LÌ Không", "Đủ © Không đủ"
_LOST_BOXES = re.compile(r"(?i)\b(đã\s+có|có|đủ|đạt)\s+(?-i:[^\sa-zà-ỹđ|]{1,3})\s+(chưa\s+có|chưa|không\s+có|"
                         r"không\s+đủ|không\s+đạt|không)(?=[\s|.,;)]|$)")
_SPACES = re.compile(r"[ \t]{2,}")


def _ticked(mark: str) -> bool:
    return re.fullmatch(_TICKED_BOX, mark) is not None


def resolve_choices(text: str) -> str:
    """The text with each group of boxed options reduced to its ticked ones (see the module's docstring)."""
    marks = list(BOX_MARK.finditer(text))
    if not marks:
        # (a text with boxes has its options after them; one without any may be a scan's that lost them)
        return _tidy(_LOST_BOXES.sub("", text)) if _LOST_BOXES.search(text) else text
    # a ticked bare "Không" answers its field "không có" ("Nhật ký sản xuất theo lô: [x] Không"): said in full, as a
    # producer writing the answer out would, so that it reads as the denial it is
    return _BARE_NO.sub(r"\1 Không có", _drop_unticked(text, marks))


def _drop_unticked(text: str, marks: list[re.Match[str]]) -> str:
    """The text without the unticked options of each group of two or more boxes that has one ticked."""
    if len(marks) < 2:
        return text
    groups: list[list[re.Match[str]]] = [[marks[0]]]
    for prev, mk in zip(marks, marks[1:]):
        if _GROUP_GAP.match(text[prev.end():mk.start()]):
            groups[-1].append(mk)
        else:
            groups.append([mk])
    cuts: list[tuple[int, int]] = []
    for g in groups:
        if len(g) < 2 or not any(_ticked(mk.group(0)) for mk in g):
            continue
        for k, mk in enumerate(g):
            if _ticked(mk.group(0)):
                continue
            if k + 1 < len(g):
                end = g[k + 1].start()
            else:
                stop = _OPTION_END.search(text, mk.end())
                end = stop.start() if stop else len(text)
            cuts.append((mk.start(), end))
    if not cuts:
        return text
    out, at = [], 0
    for a, b in cuts:
        out.append(text[at:a])
        at = b
    out.append(text[at:])
    return _tidy("".join(out))


# a ticked "Không" standing alone as an answer (not "Không thuộc đối tượng", "Không đủ")
_BARE_NO = re.compile(rf"((?:{_TICKED_BOX}))\s*Không(?=\s*(?:[|.;,)\n]|$))")


def _tidy(text: str) -> str:
    """Spaces left by a dropped option: one space, none before a closing mark or a cell's end."""
    return "\n".join(re.sub(r"\s+([.,;)])", r"\1", _SPACES.sub(" ", line)).strip() for line in text.split("\n"))


def _box_columns(rows: list[list[str]]) -> list[list[str]]:
    """A table whose options are its columns ("Giấy tờ | Có | Không | Số, ngày" over "Nhãn hiệu | [ ] | [x] | –"): each
    cell that is a box alone answers with its column's head, "[x] Không"; an empty box says nothing."""
    head = rows[0]
    out = [head]
    for row in rows[1:]:
        boxes = [j for j, c in enumerate(row) if BOX_MARK.fullmatch(c.strip()) and j < len(head) and head[j].strip()]
        if len(boxes) < 2:
            out.append(row)
            continue
        out.append([(f"{c.strip()} {head[j].strip()}" if _ticked(c.strip()) else "") if j in boxes else c
                    for j, c in enumerate(row)])
    return out


def resolve_document(doc: Document) -> None:
    """Resolve the choices of every paragraph and table cell of `doc` in place."""
    for b in doc.blocks:
        table = b.kind == BlockKind.table and b.rows is not None
        # (a table's cells joined, as its text: one search tells whether any cell holds a box)
        text = "\n".join(" | ".join(r) for r in b.rows) if table else b.text
        if not (BOX_MARK.search(text) or _LOST_BOXES.search(text)):
            continue
        if table:
            rows = _box_columns(b.rows) if len(b.rows) > 1 else b.rows
            b.rows = [[resolve_choices(c) for c in row] for row in rows]
            b.text = "\n".join(" | ".join(r) for r in b.rows)
        else:
            b.text = resolve_choices(b.text)
