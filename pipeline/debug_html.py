"""A debug page for one plan: every block with the section it was given, headings marked,
figures highlighted. Open it to see at a glance why a heading was missed or a figure misread."""

from __future__ import annotations

from markupsafe import Markup, escape

from pipeline.extract import Plan
from pipeline.render_env import environment


def _highlight(text: str, figs: list) -> Markup:
    """Escape the block's text and wrap each figure's own words in <mark>."""
    out: list[str] = []
    pos = 0
    for f in sorted(figs, key=lambda f: text.find(f.text, 0)):
        i = text.find(f.text, pos)
        if i < 0:
            continue
        out.append(str(escape(text[pos:i])))
        title = f"{f.kind}: {f.value:g} {f.unit}" + (f"/{f.per}" if f.per else "") + \
            (f" (năm {f.year})" if f.year else "")
        out.append(f'<mark title="{escape(title)}">{escape(f.text)}</mark>')
        pos = i + len(f.text)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def render_debug_html(plan: Plan) -> str:
    by_block: dict[int, list] = {}
    for f in plan.figures:
        by_block.setdefault(f.block, []).append(f)
    rows = []
    for i, b in enumerate(plan.document.blocks):
        figs = by_block.get(i, [])
        if b.kind == "table" and b.rows:
            cells = []
            for r, row in enumerate(b.rows):
                cells.append([_highlight(c, [f for f in figs if f.row == r and f.col == ci])
                              for ci, c in enumerate(row)])
            rows.append({"i": i, "b": b, "key": plan.block_section[i], "cells": cells, "figs": figs})
        else:
            rows.append({"i": i, "b": b, "key": plan.block_section[i], "html": _highlight(b.text, figs),
                         "figs": figs})
    found = {s.key for s in plan.sections}
    from pipeline.sections import load_vocabulary

    vocab = load_vocabulary()
    missing = [k for k, lv in vocab.levels.items() if lv != "optional" and k not in found]
    return environment().get_template("debug.html.j2").render(
        plan=plan, rows=rows, missing=missing, levels=vocab.levels)
