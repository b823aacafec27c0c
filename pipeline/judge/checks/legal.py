"""legal_register: the plan relies on an instrument (or a body) that had stopped applying before
the plan's date (outdated-policy). The register is data: `rules/legal_register.yml`.

A citation is found from the instrument's number however it is written ("QĐ 1048/QĐ-TTg",
"Quyết định số 1048/QĐ-TTg", "quyet dinh 1048", "Nghị định 15/2018") and from the register's own
patterns (laws by name and year, district bodies). A citation does not count when its sentence
reports the past ("năm 2021 sản phẩm đã được công nhận 3 sao theo Quyết định 1048") or also names
the replacement ("QĐ 148 thay thế QĐ 1048"): the plan then does not rely on it.

The plan's date: its own date line ("Hà Tĩnh, ngày 20 tháng 4 năm 2026"); else the plan's year
(PlanView.plan_year, from 1 January) raised to the newest instrument it cites (a plan citing
QĐ 1489 of 06/7/2025 was written after it); else 1 January of the current year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline import datafile
from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.judge.literals import required_substrings
from pipeline.settings import get_settings
from pipeline.text import fold

Kind = Literal["luat", "nghi_dinh", "quyet_dinh", "nghi_quyet", "thong_tu", "body"]

KIND_NAMES: dict[str, str] = {
    "luat": "Luật", "nghi_dinh": "Nghị định", "quyet_dinh": "Quyết định", "nghi_quyet": "Nghị quyết",
    "thong_tu": "Thông tư", "body": "cơ quan",
}
_KIND_WORDS: dict[str, str] = {
    "nghi_dinh": r"(?:nghi dinh|nd)", "quyet_dinh": r"(?:quyet dinh|qd)",
    "nghi_quyet": r"(?:nghi quyet|nq)", "thong_tu": r"(?:thong tu|tt)",
}


class Instrument(BaseModel):
    """One entry of rules/legal_register.yml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: Kind
    number: str | None = Field(None, description="As cited: '1048/QĐ-TTg'. None for a body.")
    issuer: str | None = None
    title: str
    issued: dt.date | None = None
    in_force: dt.date | None = None
    until: dt.date | None = Field(None, description="Last day it applied; None = in force.")
    until_exact: bool = Field(True, description="False when `until` is inferred (a period's end): the "
                                                "finding then does not quote the date.")
    replaced_by: str | None = None
    amended_by: list[str] = Field(default_factory=list)
    successor: str | None = Field(None, description="What took over, as text (bodies).")
    verified: bool = True
    patterns: list[str] = Field(default_factory=list, description="Extra regexes on folded text.")

    @property
    def short(self) -> str:
        """'Quyết định số 148/QĐ-TTg', 'Luật Hợp tác xã số 17/2023/QH15', or a body's name."""
        if self.kind == "body" or not self.number:
            return self.title
        if self.kind == "luat":
            return f"{self.title} số {self.number}"
        return f"{KIND_NAMES[self.kind]} số {self.number}"

    @property
    def cited(self) -> str:
        """How a letter quotes it: 'Nghị định số 43/2017/NĐ-CP ngày 14/4/2017 của Chính phủ về nhãn
        hàng hóa'."""
        if self.kind in ("body", "luat"):
            return self.short
        parts = [self.short]
        if self.issued:
            parts.append(f"ngày {self.issued.day:02d}/{self.issued.month:02d}/{self.issued.year}")
        if self.issuer:
            parts.append(f"của {self.issuer}")
        parts.append(self.title)
        return " ".join(parts)

    def regexes(self) -> list[re.Pattern[str]]:
        out = [re.compile(p) for p in self.patterns]
        if self.number:
            out.extend(_number_regexes(self.kind, self.number))
        return out


def _number_regexes(kind: str, number: str) -> list[re.Pattern[str]]:
    """'15/2018/NĐ-CP' -> the full number with any spacing, and 'nghị định (số) 15/2018' alone."""
    f = fold(number)
    parts = re.findall(r"\d+|[a-z]+|[/\-.]", f)
    rx = ""
    prev = None
    for p in parts:
        if p == "/":
            rx += r"\s*/\s*"
        elif p in "-.":
            rx += r"\s*[-.]?\s*"
        else:
            if prev is not None and prev not in "/-.":
                rx += r"\s*"
            rx += re.escape(p)
        prev = p
    out = [re.compile(r"(?<![\d/])" + rx + r"(?![a-z0-9])")]
    core = re.match(r"\d+(?:/\d{4})?", f)
    kw = _KIND_WORDS.get(kind)
    if core and kw:
        c = re.escape(core.group(0)).replace("/", r"\s*/\s*")
        out.append(re.compile(r"\b" + kw + r"\s+(?:so\s+)?" + c + r"(?!\s*/)(?!\d)"))
    return out


class RegisterError(ValueError):
    pass


@lru_cache(maxsize=4)
def load_register(path: Path | None = None) -> dict[str, Instrument]:
    """id -> Instrument, validated (unknown fields, dangling replaced_by/amended_by ids, bad
    patterns stop the load with a message naming the file)."""
    path = path or get_settings().rules_dir / "legal_register.yml"
    data = datafile.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, Instrument] = {}
    for raw in data.get("instruments") or []:
        try:
            inst = Instrument.model_validate(raw)
            inst.regexes()
        except (ValidationError, re.error) as e:
            raise RegisterError(f"{path}: entry {raw.get('id', '?')!r}: {e}") from None
        if inst.id in out:
            raise RegisterError(f"{path}: id {inst.id!r} appears twice")
        out[inst.id] = inst
    for inst in out.values():
        for ref in [inst.replaced_by, *inst.amended_by]:
            if ref and ref not in out:
                raise RegisterError(f"{path}: {inst.id}: unknown id {ref!r}")
    return out


@lru_cache(maxsize=4)
def _compiled(path: Path | None = None) -> list[tuple[Instrument, list[re.Pattern[str]]]]:
    return [(i, i.regexes()) for i in load_register(path).values()]


@dataclass(frozen=True)
class Citation:
    instrument: Instrument
    sentence: int  # index into view.sentences
    text: str  # as written in the plan
    start: int
    end: int


@lru_cache(maxsize=4)
def _by_number(path: Path | None = None) -> tuple[list[tuple[Instrument, re.Pattern[str]]],
                                                   dict[str, list[tuple[Instrument, re.Pattern[str]]]]]:
    """The register's patterns split in two: those written as data (tried on every sentence), and
    those made from an instrument's number, filed under its leading digits ("15" for
    15/2018/NĐ-CP): a sentence is only tried against the numbers it contains."""
    free: list[tuple[Instrument, re.Pattern[str]]] = []
    numbered: dict[str, list[tuple[Instrument, re.Pattern[str]]]] = {}
    for inst in load_register(path).values():
        free.extend((inst, re.compile(p)) for p in inst.patterns)
        if inst.number:
            lead = re.match(r"\d+", fold(inst.number))
            for rx in _number_regexes(inst.kind, inst.number):
                if lead:
                    numbered.setdefault(lead.group(0), []).append((inst, rx))
                else:
                    free.append((inst, rx))
    return free, numbered


_DIGITS = re.compile(r"\d+")
_Entry = tuple[Instrument, re.Pattern[str]]
_Filtered = tuple[Instrument, re.Pattern[str], tuple[str, ...]]  # with its required strings
_FILTERS: dict[int, tuple[list, list]] = {}


def _free_filters(free: list[_Entry]) -> list[_Filtered]:
    """`free` with, for each pattern, the strings one of which every match holds
    (literals.required_substrings), made once per register (the entry keeps `free` alive, so its
    id is not reused)."""
    got = _FILTERS.get(id(free))
    if got is None or got[0] is not free:
        got = _FILTERS[id(free)] = (free, [(inst, rx, required_substrings(rx.pattern, rx.flags))
                                           for inst, rx in free])
    return got[1]


def plan_filters(folded_texts: list[str]) -> list[_Filtered]:
    """The register's data patterns (`_free_filters`) that can match in one of `folded_texts`: those
    one of whose required strings is in some text, in the register's order. `find_citations` of a
    plan's sentences then tests each sentence against these few instead of the whole register."""
    joined = "\n".join(folded_texts)
    return [e for e in _free_filters(_by_number()[0]) if not e[2] or any(x in joined for x in e[2])]


def find_citations(text: str, free: list[_Filtered] | None = None) -> list[tuple[Instrument, int, int]]:
    """(instrument, start, end) for every register entry cited in `text`. `free`: `plan_filters`
    of texts that include this one, when known (the same citations, found sooner)."""
    f = fold(text)
    if free is None:
        free = _free_filters(_by_number()[0])
    numbered = _by_number()[1]
    tried = [(inst, rx) for inst, rx, needs in free if not needs or any(x in f for x in needs)]
    for n in dict.fromkeys(_DIGITS.findall(f)):
        tried.extend(numbered.get(n, ()))
    found: list[tuple[Instrument, int, int]] = []
    for inst, rx in tried:
        for m in rx.finditer(f):
            found.append((inst, m.start(), m.end()))
    found.sort(key=lambda t: (t[1], -(t[2] - t[1])))
    out: list[tuple[Instrument, int, int]] = []
    for inst, a, b in found:
        if any(o[0].id == inst.id and a < o[2] and o[1] < b for o in out):
            continue
        out.append((inst, a, b))
    return out


_AFTER_CITATION = re.compile(r"^\W{0,3}(?:ngay\s+\d{1,2}\s*(?:/\s*\d{1,2}\s*/|thang\s+\d{1,2}\s+nam)\s*\d{4}"
                             r"|nam\s+\d{4})")
_SPAN_YEARS = re.compile(r"(?:giai doan|tu nam|den nam|dinh huong(?: den)?(?: nam)?|nam)\s*\d{4}\s*(?:-|den)\s*"
                         r"(?:nam\s*)?\d{4}|(?:den|dinh huong den)\s+nam\s+\d{4}")
# a document number and its date ("Nghị định số 98/2018/NĐ-CP ngày 05/7/2018"): the date of another
# instrument, not an event of the producer's past
_DOC_DATES = re.compile(r"\d+\s*/\s*(?:\d{4}\s*/\s*)?[a-z]+(?:\s*-\s*[a-z]+)*[\s,]*(?:cua [^,;]{0,40}?)?"
                        r"ngay\s+\d{1,2}\s*(?:/\s*\d{1,2}\s*/|-\s*\d{1,2}\s*-|\s+thang\s+\d{1,2}\s+nam)\s*\d{4}")
_DMY = re.compile(r"(?<![\d/])\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<![\d/.,])(19|20)\d\d(?![\d/])")


def plan_date(view: PlanView, cited: list[Instrument] | None = None) -> dt.date:
    """The plan's date line; else 1 January of the year it was written (PlanView.plan_year),
    raised to the newest instrument it cites (it cannot be older than what it cites)."""
    if view.dated is not None:
        return view.dated
    base = dt.date(view.plan_year or dt.date.today().year, 1, 1)
    floors = [i.issued or i.in_force for i in (cited or []) if i.issued or i.in_force]
    return max([base, *floors])


class Spec(SpecBase):
    type: Literal["legal_register"] = "legal_register"
    section: str | None = Field(None, description="Contract key for the finding; None = the section of "
                                                  "the citing sentence.")
    fallback_section: str = Field("rationale", description="When the citing sentence is in no section "
                                                           "(a title page): where a plan states its basis.")
    include_unverified: bool = Field(False, description="Also use register entries marked verified: false "
                                                        "(background knowledge only).")
    kinds: list[Kind] = Field(default_factory=list, description="Only these kinds; empty = all.")
    historical_cues: list[str] = Field(
        default_factory=lambda: [
            r"\bda (?:duoc )?(?:cong nhan|danh gia|xep hang|phan hang|chung nhan|dat)\b", r"\bda duoc\b",
            r"\bthanh lap\b",
            r"\bduoc (?:cong nhan|xep hang|phan hang)\b", r"\btruoc (?:day|kia)\b",
            r"\b(?:da tung|tung duoc)\b", r"\bthay the\b", r"\bbai bo\b", r"\bhet hieu luc\b",
            r"\bhet han\b", r"\b(?:quy dinh|bo tieu chi|tieu chi|chuong trinh) cu\b",
            # a district named as the former one ("do Phòng Kinh tế - Hạ tầng huyện Hương Sơn (cũ) cấp năm
            # 2024"): what that body did before it was gone, not a body the plan still turns to
            r"\bhuyen\b[^.;()]{0,30}\(\s*(?:cu|truoc day)\s*\)"],
        description="Regexes on the folded sentence: the sentence reports the past, so the plan does "
                    "not rely on the instrument it names.")


def _historical(spec: Spec, folded: str, inst: Instrument, spans: list[tuple[int, int]]) -> bool:
    if any(re.search(p, folded) for p in spec.historical_cues):
        return True
    if inst.until is None or re.search(r"\bcan cu\b", folded):
        return False  # "Căn cứ ..." lists what the plan relies on: its dates are the instruments' own
    # a past year in the sentence (not the instrument's own number or date, not a period in its title)
    rest = list(folded)
    for a, b in spans:
        tail = _AFTER_CITATION.match(folded[b:])
        end = b + (tail.end() if tail else 0)
        for k in range(a, end):
            rest[k] = " "
    text = _SPAN_YEARS.sub(" ", _DOC_DATES.sub(" ", "".join(rest)))
    years = [int(m.group(0)) for m in _YEAR.finditer(text)] + [int(m.group(1)) for m in _DMY.finditer(text)]
    return any(y <= inst.until.year for y in years)


def _replacements(reg: dict[str, Instrument], inst: Instrument) -> set[str]:
    out: set[str] = set()
    cur = inst
    while cur.replaced_by and cur.replaced_by not in out:
        out.add(cur.replaced_by)
        cur = reg[cur.replaced_by]
    return out


def citations(view: PlanView) -> list[Citation]:
    out = []
    free = plan_filters([fold(s.text) for s in view.sentences])
    for i, s in enumerate(view.sentences):
        for inst, a, b in find_citations(s.text, free):
            out.append(Citation(inst, i, s.text[a:b], a, b))
    return out


def _d(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    reg = load_register()
    cites = citations(view)
    if not cites:
        return []
    when = plan_date(view, [c.instrument for c in cites])
    by_sentence: dict[int, list[Citation]] = {}
    for c in cites:
        by_sentence.setdefault(c.sentence, []).append(c)
    hits: list[Hit] = []
    done: set[str] = set()
    for c in cites:
        inst = c.instrument
        if inst.id in done or inst.until is None or inst.until >= when:
            continue
        if spec.kinds and inst.kind not in spec.kinds:
            continue
        if not inst.verified and not spec.include_unverified:
            continue
        same = by_sentence[c.sentence]
        if {x.instrument.id for x in same} & _replacements(reg, inst):
            continue
        sent = view.sentences[c.sentence]
        folded = fold(sent.text)
        if _historical(spec, folded, inst, [(x.start, x.end) for x in same]):
            continue
        done.add(inst.id)
        new = reg.get(inst.replaced_by) if inst.replaced_by else None
        replacement = new.cited if new else (inst.successor or "")
        hits.append(Hit(
            section=spec.section or sent.section or spec.fallback_section,
            evidence=quote(sent.text),
            params={"id": inst.id, "kind": inst.kind, "kind_name": KIND_NAMES[inst.kind],
                    "number": inst.number or "", "short": inst.short, "cited": inst.cited,
                    "as_written": c.text, "title": inst.title,
                    "until": _d(inst.until) if inst.until_exact else "",
                    "replacement": replacement, "replacement_short": new.short if new else replacement,
                    "replacement_id": new.id if new else "",
                    "plan_date": _d(when), "is_body": inst.kind == "body"},
        ))
    return hits
