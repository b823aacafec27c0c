"""Settings from the environment (prefix OCOP_) or a `.env` file; every limit has a default."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OCOP_", env_file=".env", extra="ignore")

    rules_dir: Path = Field(ROOT / "rules", description="Folder of rule and vocabulary YAML files.")
    max_file_mb: float = Field(50.0, description="Larger files are refused unread.")
    max_pages: int = Field(300, description="PDFs with more pages are refused (plans are 2-30 pages).")
    max_inflated_mb: float = Field(200.0, description="Total uncompressed size allowed inside a .docx.")
    max_xml_mb: float = Field(64.0, description="Largest single XML part of a .docx once uncompressed "
                                                "(its parsed tree takes several times that in memory).")
    max_zip_members: int = Field(5000, description="Most files a .docx package may hold.")
    max_xml_depth: int = Field(200, description="Deepest element nesting allowed in a .docx XML part.")
    max_table_nesting: int = Field(10, description="Deepest table-inside-table nesting allowed in a .docx "
                                                   "(plans use 1 or 2).")
    max_blocks: int = Field(30000, description="Most blocks (paragraphs, headings, list items, tables) "
                                               "in one plan once read; about 100 per page.")
    max_chars: int = Field(3_000_000, description="Most characters of text in one plan once read "
                                                  "(a 300-page plan has about 1 million).")
    ocr_dpi: int = Field(300, description="Rendering resolution for OCR (Tesseract is tuned for 300).")
    ocr_lang: str = Field("vie", description="Tesseract language model.")
    ocr_workers: int = Field(0, description="Parallel Tesseract processes; 0 = number of cores.")
    ocr_cache_dir: Path | None = Field(None, description="Folder keeping what Tesseract read from each page "
                                                         "image, so a scanned page is recognised once; "
                                                         "unset = `<out>/.cache/ocr/` of the review.")
    soffice: str = Field("soffice", description="LibreOffice binary used to convert legacy .doc files.")
    convert_timeout_s: int = Field(120, description="Time allowed for one LibreOffice conversion.")
    workers: int = Field(0, description="Plans read in parallel (worker processes); 0 = number of cores.")
    plan_timeout_s: int = Field(300, description="Time allowed to read one plan (OCR of a 30-page scan "
                                                 "takes about 70 s on 2 cores); over it, the plan is reported.")
    max_memory_mb: int = Field(3072, description="Address-space limit of each reading process.")
    convert_memory_mb: int = Field(2048, description="Data-segment limit of a LibreOffice conversion "
                                                     "(LibreOffice reserves more address space than it uses, "
                                                     "so it is bounded on written memory instead).")
    lock_timeout_s: float = Field(60.0, description="How long a run waits for another run using the same "
                                                    "output folder before giving up (exit status 2).")
    region: str = Field("trung_bo", description="Region for local units (sào = 500 m² in Trung Bộ).")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
