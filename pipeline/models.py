"""Pydantic models shared by every stage.

Data flows one way: ingest produces a `Document`, sectioning turns its blocks into
`Section`s, the figure pass yields `Figure`s, and the judge (later) produces a `Review`.
The JSON written by `extract` and `review` is generated from these models, so the
contract (../shared/CONTRACT.md) is checked against the schema they produce.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SourceFormat = Literal["docx", "pdf", "doc", "pdf-scanned"]
LegalForm = Literal["htx", "doanh_nghiep", "ho_kinh_doanh", "to_hop_tac", "other"]
ProductCategory = Literal[
    "food", "beverage_alcohol", "beverage", "herbal", "honey", "handicraft", "service", "other"
]

SECTION_KEYS: tuple[str, ...] = (
    "producer", "rationale", "objectives", "current_state", "product", "swot", "market",
    "raw_materials", "technology", "organization", "production_plan", "investment",
    "financials", "compliance", "social_environment", "risks", "schedule",
    "product_story", "proposals",
)  # fmt: skip


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BlockKind(StrEnum):
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table = "table"


class Block(Model):
    """One unit of the document in reading order."""

    kind: BlockKind
    text: str = Field(description="NFC text; for a table, its rows joined by newlines, cells by ' | '.")
    level: int | None = Field(None, description="Heading level, 1 = top.")
    numbering: str | None = Field(None, description="Heading or list marker as written: 'I.', '1.1.', 'a)'.")
    page: int | None = Field(None, description="1-based page number where the format has pages.")
    rows: list[list[str]] | None = Field(None, description="Table cells as text, row by row.")
    unit: str | None = Field(None, description="A table's unit header as written, e.g. 'ĐVT: triệu đồng'.")
    style: str | None = Field(None, description="Word style name or the cue that made it a heading.")
    # OCR only: the lowest word confidence (0-100) of each table cell, aligned with `rows` (None: a
    # cell with no word). Used by the checks to tell a figure read for sure from one the engine
    # doubted; not written to the extraction JSON.
    cell_conf: list[list[float | None]] | None = Field(None, exclude=True)


class Problem(Model):
    """Something the reader met while reading, kept as data (never only a log line)."""

    code: str = Field(description="Stable code, e.g. 'encrypted', 'ocr-used', 'legacy-encoding'.")
    severity: Literal["error", "warning", "info"] = "warning"
    message: str = Field(description="Vietnamese, for the reviewer.")
    page: int | None = None


class Document(Model):
    """What every reader produces, whatever the file format."""

    source: str
    sha256: str
    format: SourceFormat
    pages: int | None = None
    blocks: list[Block] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    number_style: Literal["vi", "en"] = Field(
        "vi", description="Decimal convention decided for the whole document: vi = '1.500,75'."
    )


class Section(Model):
    """A recognised plan section: one contract key, its heading as written, its blocks."""

    key: str
    title: str
    words: int = 0
    figures: int = 0
    start: int = Field(0, description="Index of the first block (heading) in Document.blocks.")
    blocks: list[int] = Field(default_factory=list, description="Indices of the body blocks.")


class Figure(Model):
    """One amount found in the plan, normalised."""

    value: float = Field(description="Normalised value: VND for money, kg, l, m2, count, % or a year.")
    unit: str = Field(description="Base unit: 'VND', 'kg', 'l', 'm2', 'm3', '%', 'year', 'USD', or a count noun.")
    kind: Literal["money", "mass", "volume", "area", "count", "percent", "year", "duration", "number"]
    per: str | None = Field(None, description="Rate denominator: 'kg', 'năm', 'tháng', 'chai', ...")
    value_max: float | None = Field(None, description="Upper bound when the text gives a range.")
    qualifier: str | None = Field(None, description="Hedge word kept as written: 'khoảng', 'trên', ...")
    text: str = Field(description="The amount exactly as written.")
    context: str = Field(description="The sentence or table row it came from.")
    section: str | None = Field(None, description="Contract key of the section it is in.")
    block: int = Field(0, description="Index of its block in Document.blocks.")
    table: int | None = Field(None, description="Index into the tables list when it came from a table.")
    row: int | None = None
    col: int | None = None
    label: str | None = Field(None, description="Row label (first text cell) for a table figure.")
    year: int | None = Field(None, description="Year the figure is attached to, from a column header or text.")


class Table(Model):
    index: int
    block: int
    section: str | None = None
    page: int | None = None
    unit: str | None = None
    rows: list[list[str]]


class Producer(Model):
    name: str | None = None
    legal_form: LegalForm | None = None
    email: str | None = None
    commune: str | None = None


class Product(Model):
    name: str | None = None
    category: ProductCategory = "other"


class SectionOut(Model):
    """A section as it appears in the contract's JSON."""

    key: str
    title: str
    words: int
    figures: int


class Extraction(Model):
    """`<stem>.extract.json`: what was read, with no judgement."""

    source: str
    sha256: str
    format: SourceFormat
    pages: int | None = None
    producer: Producer
    product: Product
    sections: list[SectionOut]
    figures: list[Figure]
    tables: list[Table]
    problems: list[Problem] = Field(default_factory=list)


class FailedInput(Model):
    source: str
    reason: str = Field(description="Vietnamese, names the file.")
    code: str = "unreadable"


class BatchSummary(Model):
    """`batch.json`."""

    reviewed: int = 0
    extracted: int = 0
    skipped: int = 0
    failed: list[FailedInput] = Field(default_factory=list)
    verdicts: dict[str, int] = Field(default_factory=dict)
    outputs: dict[str, str] = Field(default_factory=dict, description="source -> output stem")
    ruleset: str | None = Field(None, description="Version of the rules used (review only).")
    ideas: int | None = Field(None, description="Approved ideas in the --ideas registry.")
    received: int | None = Field(None, description="Ideas for which a plan was received.")
    missing: list[dict[str, str | None]] | None = Field(None, description="Ideas with no plan received.")
    unmatched: list[dict[str, str | None]] | None = Field(None, description="Plans matching no idea.")


class Finding(Model):
    rule: str
    category: Literal["completeness", "depth", "feasibility", "compliance"]
    severity: Literal["error", "warning", "info"]
    section: str | None = None
    message: str = Field(description="Vietnamese sentence for the producer: what is wrong and what to do.")
    evidence: str = Field(description="The plan's own words or numbers that triggered it.")
    legal_basis: list[str] = Field(default_factory=list, description="Instruments quoted, as cited.")


class Scores(Model):
    completeness: int = Field(ge=0, le=100)
    depth: int = Field(ge=0, le=100)
    feasibility: int = Field(ge=0, le=100)
    compliance: int = Field(ge=0, le=100)
    overall: int = Field(ge=0, le=100)


class Review(Model):
    """`<stem>.review.json` (CONTRACT.md §2)."""

    source: str
    sha256: str
    format: SourceFormat
    producer: Producer
    product: Product
    sections: list[SectionOut]
    findings: list[Finding]
    scores: Scores
    verdict: Literal["ready", "revise", "sketchy"]
    ruleset: str = Field("", description="Version (hash) of the rules that produced this review.")
    engine: str = Field("", description="Version (hash) of ocop-review's code that produced this review: "
                                        "after an upgrade every plan is judged again.")
    problems: list[Problem] = Field(default_factory=list)
