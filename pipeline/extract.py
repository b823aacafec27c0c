"""Read a plan without judging it: Document -> sections -> figures -> producer/product."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.entities import find_producer_product
from pipeline.figures import detect_number_style, figures_from_blocks
from pipeline.forms import resolve_document
from pipeline.ingest import read_document
from pipeline.models import (Document, Extraction, Figure, Producer, Product, Section, SectionOut,
                             Table)
from pipeline.sections import map_sections
from pipeline.settings import Settings


@dataclass
class Plan:
    """Everything read from one file; the judge works on this, never on the file."""

    document: Document
    sections: list[Section]
    block_section: list[str | None]
    figures: list[Figure]
    tables: list[Table]
    producer: Producer
    product: Product

    def to_extraction(self) -> Extraction:
        d = self.document
        return Extraction(
            source=d.source, sha256=d.sha256, format=d.format, pages=d.pages,
            producer=self.producer, product=self.product,
            sections=section_summaries(self.sections),
            figures=self.figures, tables=self.tables, problems=d.problems,
        )


def section_summaries(sections: list[Section]) -> list[SectionOut]:
    return [SectionOut(key=s.key, title=s.title, words=s.words, figures=s.figures) for s in sections]


def analyse(doc: Document) -> Plan:
    resolve_document(doc)  # a form's ticked options, not every option it prints (pipeline.forms)
    sections, block_section = map_sections(doc)
    style = detect_number_style(b.text for b in doc.blocks)
    doc.number_style = style
    figures, tables = figures_from_blocks(doc.blocks, block_section, style)
    by_block: dict[int, int] = {}
    for f in figures:
        by_block[f.block] = by_block.get(f.block, 0) + 1
    for s in sections:
        s.figures = sum(by_block.get(i, 0) for i in s.blocks)
    prod_sec = next((s for s in sections if s.key == "producer"), None)
    producer, product = find_producer_product(doc, set(prod_sec.blocks) | {prod_sec.start} if prod_sec else None)
    return Plan(doc, sections, block_section, figures, tables, producer, product)


def extract_file(path: Path, source: str | None = None, settings: Settings | None = None,
                 cache: Path | None = None, reread: bool = False) -> Plan:
    """Read and analyse one plan. `cache`: the output folder whose reading cache to use
    (pipeline.ingest.cache); `reread`: read the file again even if it is cached."""
    if cache is None:
        return analyse(read_document(path, source, settings))
    from pipeline.ingest import cache as read_cache
    from pipeline.settings import get_settings

    return analyse(read_cache.read(path, source or str(path), settings or get_settings(), cache, reread))
