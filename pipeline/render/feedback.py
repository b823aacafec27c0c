"""The feedback letter for the producer: `<stem>.feedback.docx`, an administrative letter (công văn)
in the format of Nghị định 30/2020/NĐ-CP (DOMAIN.md §10).

The layout lives in a Word template (`pipeline/templates/feedback_template.docx`, built by
`make_feedback_template.py`) that reviewers can open and edit; this module only computes the
values its jinja2 tags show (`feedback_context`) and renders it with docxtpl. Rendering is
sandboxed and autoescaped, and producer text only ever enters as data: a producer named
"{{ 7*7 }}" is printed as written.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from datetime import UTC, datetime
from functools import lru_cache
from datetime import date as Date
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.models import SECTION_KEYS, Finding, Review

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "feedback_template.docx"


class LetterSettings(BaseSettings):
    """Who signs the letter and what it promises; environment prefix OCOP_LETTER_."""

    model_config = SettingsConfigDict(env_prefix="OCOP_LETTER_", env_file=".env", extra="ignore")

    superior_body: str = Field(
        "UBND TỈNH HÀ TĨNH", description="Line above the issuing body (cơ quan chủ quản)."
    )
    issuing_body: str = Field(
        "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh",
        description="Issuing body as written in the text; upper-cased in the header.",
    )
    issuing_body_header: str = Field(
        "VĂN PHÒNG ĐIỀU PHỐI | NÔNG THÔN MỚI TỈNH HÀ TĨNH",
        description="Issuing body in the header, split into lines at '|' or newlines. Must name the "
        "same body as issuing_body (else issuing_body is used, on one line wrapped by Word).",
    )
    number_symbol: str = Field("VPĐP", description="Symbol after the number: 'Số: ……/VPĐP'.")
    place: str = Field("Hà Tĩnh", description="Place in the date line.")
    signer_on_behalf: str = Field(
        "", description="Authority line above the title, e.g. 'KT. CHÁNH VĂN PHÒNG'."
    )
    signer_title: str = Field("CHÁNH VĂN PHÒNG", description="Position of the signer.")
    signer_name: str = Field(
        "", description="Signer's full name; empty leaves the line for the reviewer."
    )
    deadline_days: int = Field(15, ge=1, description="Working days allowed for the resubmission.")
    contact: str = Field(
        "bộ phận OCOP, Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh",
        description="Who the producer may contact; empty drops the sentence.",
    )
    recipients: list[str] = Field(
        default_factory=lambda: ["Như trên", "Lưu: VT"],
        description="'Nơi nhận' lines (JSON list in the environment).",
    )
    date: Date | None = Field(None, description="Date of the letter; default today (the run date).")


VERDICT_TEXT = {
    "ready": "Phương án cơ bản đáp ứng yêu cầu, có thể trình Hội đồng đánh giá",
    "revise": "Phương án cần chỉnh sửa, bổ sung",
    "sketchy": "Phương án còn sơ sài, cần xây dựng lại",
}
ACTION_TEXT = {
    "ready": "hoàn thiện phương án",
    "revise": "chỉnh sửa, bổ sung phương án",
    "sketchy": "xây dựng lại phương án",
}
SEVERITY_LABEL = {"error": "Yêu cầu chỉnh sửa", "warning": "Đề nghị bổ sung", "info": "Lưu ý"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SCORE_LABELS = (
    ("completeness", "Mức độ đầy đủ các phần của phương án"),
    ("depth", "Mức độ cụ thể, chi tiết của nội dung"),
    ("feasibility", "Tính khả thi (thị trường, nguyên liệu, công suất, tài chính)"),
    ("compliance", "Tuân thủ chính sách, quy định"),
)
GENERAL = "Nhận xét chung"
# Points of a clause in Vietnamese administrative texts run a), b), c), d), đ), e), g), ...
_MARKERS = [
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
]
_ROMAN = ("I", "II", "III", "IV", "V", "VI")
_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_MAX_EVIDENCE = 500


def clean(text: str | None) -> str:
    """NFC, one line, no control characters (they are not valid in XML and docxtpl reads \\a,
    \\t and \\f as layout commands)."""
    if not text:
        return ""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text))
    return re.sub(r"\s+", " ", text).strip()


def _quote(text: str | None) -> str:
    text = clean(text).strip('"“”')
    if len(text) > _MAX_EVIDENCE:
        cut = text[:_MAX_EVIDENCE].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:") + " …"
    return text


def _marker(i: int) -> str:
    return f"{_MARKERS[i]})" if i < len(_MARKERS) else f"{i + 1})"


def section_names() -> dict[str, str]:
    try:
        from pipeline.sections import load_vocabulary

        return dict(load_vocabulary().names)
    except Exception:  # noqa: BLE001 - a letter is still worth writing with bare keys
        return {}


def _section_name(key: str | None, names: dict[str, str]) -> str:
    if key is None:
        return GENERAL
    return names.get(key) or key


def _key(f: Finding) -> tuple[str, str | None]:
    return (f.rule, f.section)


def _first_sentence(text: str) -> str:
    text = clean(text)
    m = re.search(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\"“])", text)
    return text[: m.start()] if m else text


def _header_lines(text: str, issuing: str) -> list[str]:
    """The header's line breaks, provided they spell the issuing body (settings kept in step)."""
    lines = [clean(x).upper() for x in re.split(r"[|\n]", text or "") if clean(x)]
    if re.sub(r"\s", "", "".join(lines)) != re.sub(r"\s", "", issuing.upper()):
        return [issuing.upper()]
    return lines


def letter_date(d: Date, place: str) -> str:
    """'Hà Tĩnh, ngày 05 tháng 02 năm 2026': days below 10 and months 1-2 take a leading 0 (NĐ 30)."""
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{clean(place)}, ngày {day} tháng {month} năm {d.year}"


def _count_text(findings: list[Finding]) -> str:
    n = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ORDER}
    if not findings:
        return "không có nội dung phải chỉnh sửa"
    parts = []
    if n["error"]:
        parts.append(f"{n['error']} nội dung yêu cầu chỉnh sửa")
    if n["warning"]:
        parts.append(f"{n['warning']} nội dung đề nghị bổ sung")
    if n["info"]:
        parts.append(f"{n['info']} nội dung lưu ý")
    return f"{len(findings)} nội dung, gồm " + ", ".join(parts)


def _groups(
    findings: list[Finding], names: dict[str, str], repeated: set[tuple[str, str | None]]
) -> list[dict[str, Any]]:
    order = {k: i for i, k in enumerate(SECTION_KEYS)}

    def group_rank(key: str | None) -> tuple[int, str]:
        if key is None:
            return (-1, "")
        return (order.get(key, len(order)), key)

    by_section: dict[str | None, list[Finding]] = {}
    for f in findings:
        by_section.setdefault(f.section, []).append(f)
    groups = []
    quoted: dict[str, str] = {}  # evidence already quoted -> where ("điểm a mục 2")
    for number, key in enumerate(sorted(by_section, key=group_rank), 1):
        items = sorted(by_section[key], key=lambda f: SEVERITY_ORDER.get(f.severity, 9))  # stable
        out = []
        for i, f in enumerate(items):
            marker = _marker(i)
            evidence = _quote(f.evidence)
            seen = ""
            if evidence and evidence in quoted:
                seen, evidence = quoted[evidence], ""
            elif evidence:
                quoted[evidence] = f"điểm {marker.rstrip(')')} mục {number}"
            label = SEVERITY_LABEL.get(f.severity, "Lưu ý")
            if _key(f) in repeated:
                label += " (đã góp ý lần trước)"
            out.append(
                {
                    "marker": marker,
                    "label": label,
                    "severity": f.severity,
                    "rule": f.rule,
                    "message": clean(f.message),
                    "evidence": evidence,
                    "evidence_seen": seen,
                    "legal": "; ".join(clean(x) for x in f.legal_basis if clean(x)),
                }
            )
        groups.append(
            {"number": number, "key": key, "name": _section_name(key, names), "findings": out}
        )
    return groups


def _followup(
    review: Review, previous: Review, names: dict[str, str], producer: str
) -> dict[str, Any]:
    now = {_key(f) for f in review.findings}
    before = {_key(f) for f in previous.findings}
    resolved, remaining, seen = [], [], set()
    ordered = sorted(
        previous.findings,
        key=lambda f: (
            -1
            if f.section is None
            else (
                SECTION_KEYS.index(f.section) if f.section in SECTION_KEYS else len(SECTION_KEYS)
            ),
            SEVERITY_ORDER.get(f.severity, 9),
        ),
    )
    for f in ordered:
        k = _key(f)
        if k in seen:
            continue
        seen.add(k)
        item = {
            "section": _section_name(f.section, names),
            "text": _first_sentence(f.message),
            "rule": f.rule,
            "key": f.section,
        }
        (remaining if k in now else resolved).append(item)
    new = len(now - before)
    summary = (
        f"So với lần góp ý trước ({len(before)} nội dung), {producer} đã tiếp thu, chỉnh sửa "
        f"{len(resolved)} nội dung; còn {len(remaining)} nội dung chưa tiếp thu"
    )
    summary += f"; phát sinh thêm {new} nội dung mới." if new else "."
    return {"summary": summary, "resolved": resolved, "remaining": remaining, "new": new}


def feedback_context(
    review: Review, previous: Review | None = None, letter: LetterSettings | None = None
) -> dict[str, Any]:
    """Every value the letter (and the covering email) shows, as plain data."""
    letter = letter or LetterSettings()
    names = section_names()
    producer = clean(review.producer.name) or "Chủ thể sản xuất, kinh doanh"
    product = clean(review.product.name) or "OCOP"
    issuing = clean(letter.issuing_body)
    followup = _followup(review, previous, names, producer) if previous is not None else None
    repeated = {(it["rule"], it["key"]) for it in followup["remaining"]} if followup else set()
    groups = _groups(review.findings, names, repeated)
    numerals = iter(_ROMAN)
    roman = {"summary": next(numerals)}
    roman["followup"] = next(numerals) if followup else ""
    roman["findings"] = next(numerals)
    roman["request"] = next(numerals)
    recipients = [clean(r) for r in letter.recipients if clean(r)]
    recipients = [
        r.rstrip(";.") + (";" if i < len(recipients) - 1 else ".") for i, r in enumerate(recipients)
    ]
    scores = review.scores
    return {
        "superior_body": clean(letter.superior_body).upper(),
        "issuing_body": issuing,
        "issuing_body_upper": issuing.upper(),
        "issuing_body_lines": _header_lines(letter.issuing_body_header, issuing),
        "number": f"……/{clean(letter.number_symbol)}" if clean(letter.number_symbol) else "……",
        "place_date": letter_date(letter.date or Date.today(), letter.place),
        "producer": producer,
        "product": product,
        "producer_email": clean(review.producer.email),
        "verdict": review.verdict,
        "verdict_text": VERDICT_TEXT[review.verdict],
        "action": ACTION_TEXT[review.verdict],
        "counts": {s: sum(1 for f in review.findings if f.severity == s) for s in SEVERITY_ORDER},
        "n_findings": len(review.findings),
        "counts_text": _count_text(review.findings),
        "scores": [{"label": label, "value": getattr(scores, k)} for k, label in SCORE_LABELS],
        "overall": scores.overall,
        "roman": roman,
        "followup": followup,
        "groups": groups,
        "error_sections": [
            g["name"]
            for g in groups
            if g["key"] is not None and any(f["severity"] == "error" for f in g["findings"])
        ],
        "deadline_days": letter.deadline_days,
        "deadline_text": f"trong thời hạn {letter.deadline_days} ngày làm việc kể từ ngày nhận văn bản",
        "contact": clean(letter.contact),
        "recipients": recipients,
        "signer_lines": [
            clean(x).upper() for x in (letter.signer_on_behalf, letter.signer_title) if clean(x)
        ],
        "signer_name": clean(letter.signer_name),
    }


class _CompilingOnceEnv(SandboxedEnvironment):
    """The sandboxed environment the letters are rendered in, compiling each template source
    once per process: docxtpl hands it the same template XML for every letter, and compiling it
    cost as much as rendering."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self._compiled: dict[str, Any] = {}

    def from_string(self, source, globals=None, template_class=None):  # noqa: A002 - jinja's name
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        t = self._compiled.get(source)
        if t is None:
            if len(self._compiled) > 64:  # only the template's own parts are ever seen; bound it anyway
                self._compiled.clear()
            t = self._compiled[source] = super().from_string(source)
        return t


@lru_cache(maxsize=1)
def _jinja_env() -> SandboxedEnvironment:
    return _CompilingOnceEnv(autoescape=True, undefined=StrictUndefined)


class _Template(DocxTemplate):
    """docxtpl's template, its XML clean-up (regular expressions over the whole part, the same
    input every time) done once per process."""

    _patched: dict[str, str] = {}

    def patch_xml(self, src_xml: str) -> str:
        out = self._patched.get(src_xml)
        if out is None:
            if len(self._patched) > 64:
                self._patched.clear()
            out = self._patched[src_xml] = super().patch_xml(src_xml)
        return out


def write_feedback(
    review: Review, path: Path, previous: Review | None = None, letter: LetterSettings | None = None
) -> None:
    """Render the feedback letter for `review` to `path` (written atomically).

    `previous`: an earlier review of the same producer and product; the letter then says which of
    its findings are resolved (same rule and section no longer present) and which remain.
    """
    path = Path(path)
    tpl = _Template(str(TEMPLATE))
    ctx = feedback_context(review, previous, letter)
    tpl.render(ctx, jinja_env=_jinja_env(), autoescape=True)
    props = tpl.docx.core_properties  # set as plain values, not through jinja
    props.title = f"Góp ý phương án sản xuất kinh doanh sản phẩm {ctx['product']}"
    props.subject = ctx["producer"]
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        tpl.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
