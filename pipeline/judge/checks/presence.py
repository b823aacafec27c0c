"""section_presence: a required or expected section is absent (missing-section)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.sections import load_vocabulary


class Spec(SpecBase):
    type: Literal["section_presence"] = "section_presence"
    severity_by_level: dict[str, Literal["error", "warning", "info"]] = Field(
        default_factory=lambda: {"required": "error", "expected": "warning"},
        description="Severity per section level (rules/sections.yml); levels not listed are not flagged.",
    )


def outline(view: PlanView, limit: int = 400) -> str:
    """The plan's own headings, as evidence of what it does contain."""
    heads = [(f"{b.numbering} " if b.numbering else "") + b.text
             for b in view.blocks if b.kind == "heading"]
    if not heads:
        return "Phương án không có đề mục nào."
    return quote("Các đề mục trong phương án: " + "; ".join(heads), limit)


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    vocab = load_vocabulary()
    hits = []
    evidence = None
    for key, level in vocab.levels.items():
        sev = spec.severity_by_level.get(level)
        if sev is None or view.has(key):
            continue
        evidence = evidence or outline(view)
        hits.append(Hit(section=key, evidence=evidence, severity=sev,
                        params={"section_name": vocab.names[key], "level": level}))
    return hits
