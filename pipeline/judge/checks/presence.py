"""section_presence: a required or expected section is absent (missing-section)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.models import BlockKind
from pipeline.sections import load_vocabulary


class Spec(SpecBase):
    type: Literal["section_presence"] = "section_presence"
    severity_by_level: dict[str, Literal["error", "warning", "info"]] = Field(
        default_factory=lambda: {"required": "error", "expected": "warning"},
        description="Severity per section level (rules/sections.yml); levels not listed are not flagged.",
    )
    held_by_output: list[str] = Field(
        default_factory=list,
        description="Sections a table of the plan's output held anywhere stands for: the planned output year by "
                    "year (two plan years or more) is what the section is for, whatever heading it sits under.",
    )


def outline(view: PlanView, limit: int = 400) -> str:
    """The plan's own headings, as evidence of what it does contain."""
    heads = [(f"{b.numbering} " if b.numbering else "") + b.text
             for b in view.blocks if b.kind == "heading"]
    if not heads:
        return "Phương án không có đề mục nào."
    return quote("Các đề mục trong phương án: " + "; ".join(heads), limit)


def _output_planned(view: PlanView) -> bool:
    """The plan states its output for two plan years or more, in a table row of quantities that names the
    product ("Bánh đa vừng (chiếc) | 220.000 | 440.000 | 800.000" under "Nguyên liệu và quy trình"), or one
    the production rows of the arithmetic read as output."""
    from pipeline.judge.checks import arithmetic as a

    m = a.model(view, a.Spec(relation="capacity"))
    if any(len(years) >= 2 for years in a.output_series(m).values()):
        return True
    name = a.plain_name(m)
    for r in m.rows():
        if r.subset or r.flags & {"need", "supply", "input"} or r.kind in ("capacity", "price", "cost", "cost_line"):
            continue
        years = [y for y, x in r.qty_years().items() if y is not None and m.is_plan_year(y)]
        # (the product's common name, or most of it: "Bánh đa vừng" for "Bánh đa vừng đen")
        if len(years) >= 2 and name and len(name & a.product_tokens(r.label, m.vocab)) >= min(3, len(name)):
            return True
        # a service's output is its guests: "Trong ngày (lượt) | 5.820 | 6.300 | …" under "Lượt khách dự kiến"
        if len({x.year for x in r.vals if x.unit == "lượt khách" and x.year is not None and m.is_plan_year(x.year)}) >= 2:
            return True
    return False


_RUN_IN = re.compile(r"^\W{0,3}([^\W\d][^.;:\n]{1,40}):\s*(.+)", re.S)


def _run_in_sections(view: PlanView, vocab) -> set[str]:
    """Sections a paragraph gives under a run-in label that names nothing else ("Rủi ro: mất mùa sim do nắng hạn
    (giải pháp: …); rượu không đạt …", inside the social part): present, though no heading opens them. Only for an
    expected section, and only a paragraph of some substance (a required one needs its own part)."""
    from pipeline.sections import Match, match_heading

    got = view.__dict__.get("_run_in_sections")
    if got is None:
        got = set()
        for b in view.blocks:
            if b.kind not in (BlockKind.paragraph, BlockKind.list_item) or not (mm := _RUN_IN.match(b.text)) or \
                    len(mm.group(2).split()) < 15:
                continue
            hm = match_heading(mm.group(1), vocab)
            if isinstance(hm, Match) and hm.coverage >= 1.0 and len(hm.keys) == 1:
                got.add(hm.keys[0])
        view.__dict__["_run_in_sections"] = got
    return got


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    vocab = load_vocabulary()
    hits = []
    evidence = None
    for key, level in vocab.levels.items():
        sev = spec.severity_by_level.get(level)
        if sev is None or view.has(key):
            continue
        if key in spec.held_by_output and _output_planned(view):
            continue
        if level != "required" and key in _run_in_sections(view, vocab):
            continue
        evidence = evidence or outline(view)
        hits.append(Hit(section=key, evidence=evidence, severity=sev,
                        params={"section_name": vocab.names[key], "level": level}))
    return hits
