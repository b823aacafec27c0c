"""section_depth: a section that is there but hollow (thin-section), one of the "sơ sài" signals."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.models import BlockKind
from pipeline.sections import load_vocabulary
from pipeline.text import match_key, word_count

QUANT_KINDS = ("money", "mass", "volume", "area", "count", "percent")


class Spec(SpecBase):
    type: Literal["section_depth"] = "section_depth"
    levels: list[str] = Field(default_factory=lambda: ["required"],
                              description="Section levels checked (rules/sections.yml).")
    min_words: int = Field(60, description="A section with fewer words is hollow.")
    min_words_by_key: dict[str, int] = Field(default_factory=dict)
    min_words_by_category: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="Per product category, per section: fewer words than the default "
                                          "(a service's inputs are short by nature).")
    figure_sections: list[str] = Field(
        default_factory=lambda: ["market", "production_plan", "investment", "financials"],
        description="Sections that must hold at least one concrete figure.")
    generic_phrases: list[str] = Field(default_factory=list,
                                       description="Stock phrases that say nothing specific.")
    max_generic_share: float = Field(0.5, description="Share of generic number-free sentences above which "
                                                      "a section is 'only generic statements'.")
    min_sentences_for_generic: int = 3
    concise_figures: int = Field(3, description="A short section with at least this many concrete details "
                                                 "(figures, counts of named things, names) is concise, not hollow.")
    concise_steps: int = Field(4, description="A short section that lays out a process of at least this "
                                               "many steps ('A → B → C → D') is concise, not hollow.")


# "→" and its typed forms; "¬", " -. ", "-›", " -- " and a spaced hyphen before a word are how the OCR
# reads an arrow on a scan ("Cá tươi -› mổ, làm sạch -- tẩm ướp - phơi")
_STEP = re.compile(r"\s*(?:→|->|=>|⇒|➔|➝|—>|–>|¬|-›|›)\s*|\s+-\.\s+|\s+--\s+|\s+[-–]\s+(?=[^\W\d_])")


def _steps(text: str) -> int:
    """Steps of the longest process line ("A → B → C")."""
    return max((len(_STEP.split(line)) for line in text.splitlines()), default=0)


# a count of named things the unit table does not know: "6 quán cà phê", "2 siêu thị mini" (not a year)
_COUNTED = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)([1-9]\d{0,3})\s+(?=[^\W\d_]{2,})")
_WORD = re.compile(r"[^\W\d_]+")


def _names(text: str) -> set[str]:
    """Runs of capitalised words inside a sentence, not its first word: "TP Hà Tĩnh", "Shopee"."""
    runs: list[list[str]] = []
    prev_end = -2
    for m in _WORD.finditer(text):
        w = m.group()
        if not w[0].isupper():
            continue
        inside = m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2].isalnum()
        if runs and m.start() == prev_end + 1 and text[prev_end] == " ":
            runs[-1].append(w)
        elif inside:
            runs.append([w])
        else:
            prev_end = -2
            continue
        prev_end = m.end()
    return {" ".join(r) for r in runs}


def _specifics(text: str, quant: list) -> int:
    """Concrete details of a short section: its figures, counts of named things and the names it
    gives (places, shops, platforms). "Kênh bán: 6 quán cà phê ở TP Hà Tĩnh; online qua Shopee"
    is short and specific; "Bán tại chợ và cho khách quen" is short and hollow."""
    inside = " ".join(f.text for f in quant)
    counted = [m for m in _COUNTED.finditer(text) if m.group(0).strip() not in inside]
    return len(quant) + len(counted) + len(_names(text))


def _is_quant(f) -> bool:
    # also a bare count given for a year under a label that names what it counts ("Lượt khách tham
    # quan: 12.000 (2026), 14.000 (2027)")
    return f.kind in QUANT_KINDS or (f.kind == "number" and f.year is not None and f.value >= 10)


def _chapter_words(view: PlanView, sec) -> int:
    """The words of a section with those of the sub-sections under its own chapter heading that were
    read as other parts ("Phần 4 – Sản phẩm": "4.1 Mô tả sản phẩm" is the product, "4.2 Phân loại và
    giá bán" the market, "4.3 Câu chuyện sản phẩm" the story): the producer wrote the part as the
    whole chapter, and a reviewer reads it so."""
    blocks = view.blocks
    head = blocks[sec.start] if 0 <= sec.start < len(blocks) else None
    if head is None or head.kind != BlockKind.heading or head.level is None:
        return sec.words
    words = sec.words
    for o in sorted(view.plan.sections, key=lambda x: x.start):
        if o.start <= sec.start or o is sec:
            continue
        h = blocks[o.start] if 0 <= o.start < len(blocks) else None
        if h is None or h.kind != BlockKind.heading or h.level is None or h.level <= head.level:
            break
        words += o.words
    return words


# an appendix named in a section's text ("Chi tiết tại Phụ lục 2", "(phụ lục số 03)", "PL I") and an
# appendix heading with its label ("Phụ lục 1. Kế hoạch sản xuất", "XVIII. PHỤ LỤC 2: …", "PL 01 –")
_APPENDIX_LABEL = r"(?:(?i:số)\s*)?(\d{1,2}|[IVX]{1,4}\b)?"
_APPENDIX = r"(?:(?i:phụ\s+lục)\s*" + _APPENDIX_LABEL + r"|PL\s*(?:(?i:số)\s*)?(\d{1,2}|[IVX]{1,4}\b))"
_APPENDIX_CITED = re.compile(r"\b" + _APPENDIX)
_APPENDIX_HEAD = re.compile(r"^\W*(?:[IVXLC]{1,5}|\d{1,2}|[A-ZĐ])?[.)\-–—:\s]*" + _APPENDIX)


def _label(m: re.Match[str]) -> str | None:
    s = m.group(1) or m.group(2)
    return str(int(s)) if s and s.isdigit() else (s.upper() if s else None)


def _appendix_blocks(view: PlanView, text: str) -> list[int]:
    """The blocks of the appendices a section's text sends the reader to ("Sản lượng từng năm tại Phụ lục
    1"): each from its heading to the next heading of its level or above. A plan that puts its tables in
    appendices writes the section as a pointer; the reviewer reads the appendix with it. An appendix
    named without a label is the plan's only one."""
    cited = {_label(m) for m in _APPENDIX_CITED.finditer(text)}
    if not cited:
        return []
    blocks = view.blocks
    heads = [(i, _label(m)) for i, b in enumerate(blocks)
             if b.kind == BlockKind.heading and (m := _APPENDIX_HEAD.match(b.text))]
    if None in cited and len(heads) == 1:
        cited.add(heads[0][1])
    out: list[int] = []
    for i, lab in heads:
        if lab not in cited:
            continue
        level = blocks[i].level
        for j in range(i + 1, len(blocks)):
            b = blocks[j]
            if b.kind == BlockKind.heading and (level is None or b.level is None or b.level <= level):
                break
            out.append(j)
    return out


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    vocab = load_vocabulary()
    generic = [match_key(p) for p in spec.generic_phrases]
    hits = []
    for key, level in vocab.levels.items():
        if level not in spec.levels or not view.has(key):
            continue
        sec = view.section(key)
        if sec.words == 0 and any(o.key != key and o.title == sec.title for o in view.plan.sections):
            # a heading that names several parts ("XI. Kế hoạch sản xuất, vốn và hiệu quả") over
            # sub-sections read as the others (investment, financials): a container, not a thin part
            continue
        reasons = []
        min_words = spec.min_words_by_category.get(view.category, {}).get(
            key, spec.min_words_by_key.get(key, spec.min_words))
        quant = [f for f in view.figures_in(key) if _is_quant(f)]
        text = view.section_text(key) or ""
        words = sec.words
        if appendix := _appendix_blocks(view, text):
            # (the section's tables stand in the appendix it names: read with it)
            inside = set(appendix)
            quant += [f for f in view.figures if f.block in inside and _is_quant(f)]
            extra = "\n".join(view.blocks[j].text for j in appendix)
            words += word_count(extra)
            text = f"{text}\n{extra}"
        if words < min_words and _specifics(text, quant) < spec.concise_figures and \
                _steps(text) < spec.concise_steps and _chapter_words(view, sec) < min_words:
            reasons.append(f"chỉ có {sec.words} từ")
        # (a market that counts its buyers, "bán cho 3 thương lái quen và 5 cửa hàng hải sản khô", is concrete)
        if key in spec.figure_sections and not quant and not (key == "market" and len(_COUNTED.findall(text)) >= 2):
            reasons.append("không có số liệu cụ thể")
        sents = view.sentences_in([key])
        if generic and len(sents) >= spec.min_sentences_for_generic:
            gen = [s for s in sents if not re.search(r"\d", s.text)
                   and any(g in match_key(s.text) for g in generic)]
            if len(gen) / len(sents) > spec.max_generic_share:
                reasons.append("chủ yếu là nhận định chung chung")
        if not reasons:
            continue
        body = view.section_text(key) or sec.title
        hits.append(Hit(section=key, evidence=quote(f"{sec.title}: {body}", 280),
                        params={"section_name": vocab.names[key], "title": sec.title,
                                "reasons": "; ".join(reasons), "words": sec.words}))
    return hits
