"""plan_figures: a plan that states (almost) no quantitative target (no-figures)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.judge.checks.depth import QUANT_KINDS


def _is_quant(f) -> bool:
    return f.kind in QUANT_KINDS


class Spec(SpecBase):
    type: Literal["plan_figures"] = "plan_figures"
    min_figures: int = Field(6, description="Fewer quantitative figures than this in the whole plan is 'almost none'.")
    min_targets: int = Field(2, description="Of output, price, revenue, capital: at least this many must be stated.")


def targets(view: PlanView) -> dict[str, bool]:
    figs = [f for f in view.figures if _is_quant(f)]
    money = [f for f in figs if f.kind == "money"]
    return {
        "sản lượng": any(f.kind in ("mass", "volume", "count") and f.section in
                         ("production_plan", "objectives", "technology", "financials", "market")
                         or f.kind in ("mass", "volume") and _cued(f, _OUTPUT_CUE) for f in figs),
        "giá bán": any(f.per for f in money),
        "doanh thu": any(f.section in ("financials", "production_plan", "objectives") and not f.per
                         # (by the month too: "doanh thu khoảng 10 triệu đồng/tháng")
                         or f.per in (None, "năm", "tháng") and _cued(f, _REVENUE_CUE) for f in money),
        # (a sketchy plan says it in passing wherever it is: "Vốn cần khoảng 80 triệu đồng")
        "vốn đầu tư": any(f.section == "investment" or not f.per and _cued(f, _CAPITAL_CUE) for f in money),
    }


_CAPITAL_CUE = re.compile(r"(?i)\bvốn\b")
_OUTPUT_CUE = re.compile(r"(?i)\bsản (?:lượng|xuất)\b|\b(?:mỗi|hằng|hàng) năm\b")
_REVENUE_CUE = re.compile(r"(?i)\bdoanh thu\b")


def _cued(f, cue: re.Pattern[str]) -> bool:
    """The words just before a figure in its sentence name what it is."""
    at = f.context.find(f.text)
    return at >= 0 and bool(cue.search(f.context[max(0, at - 40):at]))


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    figs = [f for f in view.figures if _is_quant(f)]
    t = targets(view)
    have = [k for k, v in t.items() if v]
    missing = [k for k, v in t.items() if not v]
    if len(have) >= spec.min_targets and (len(figs) >= spec.min_figures or not missing):
        # (a short plan that states its output, price, revenue and capital, each once, has figures:
        # its brevity is the depth rules' finding)
        return []
    shown = "; ".join(f.text for f in figs[:6]) or "không có"
    return [Hit(section=None, evidence=quote(f"Số liệu định lượng trong phương án ({len(figs)}): {shown}"),
                params={"count": len(figs), "missing": ", ".join(missing)})]
