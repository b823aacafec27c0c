"""The registry of approved product ideas (CSV or XLSX: producer, product, commune) matched to the
plans received: which ideas sent no plan ("32 of 33 received; Rượu nếp sim Nam Hương missing"),
which plans match no idea.

Matching is on folded words (no case, no diacritics, so tone placement does not matter either),
as sets (word order does not matter), with the legal-form words ("hợp tác xã", "HTX", "công ty")
left out so "HTX Nam Hương" matches "Hợp tác xã Nam Hương".
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pipeline.text import match_key

_HEADERS = {
    "producer": ("producer", "chu the", "ten chu the", "chu the ocop", "ten to chuc", "don vi"),
    "product": ("product", "san pham", "ten san pham", "y tuong", "y tuong san pham"),
    "commune": ("commune", "xa", "xa phuong", "dia ban", "dia chi"),
}
_FORM_WORDS = set(match_key("hop tac xa htx cong ty tnhh co phan cp mtv mot thanh vien doanh nghiep dntn ho kinh "
                            "doanh co so san xuat to hop tac gia dinh").split())  # (keyed as the names are)


class Idea(BaseModel):
    model_config = ConfigDict(extra="forbid")
    producer: str
    product: str
    commune: str | None = None


class Unmatched(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    producer: str | None = None
    product: str | None = None


class IdeasError(ValueError):
    pass


def _norm_header(h: str) -> str | None:
    k = match_key(h or "")
    for field, names in _HEADERS.items():
        if k in names:
            return field
    return None


def _rows_from_table(rows: list[list[str]], path: Path) -> list[Idea]:
    if not rows:
        return []
    header = [_norm_header(str(c)) for c in rows[0]]
    if "producer" not in header or "product" not in header:
        raise IdeasError(f"Tệp ý tưởng {path} cần các cột: chủ thể (producer), sản phẩm (product), xã (commune).")
    out = []
    for r in rows[1:]:
        vals = {f: (str(r[i]).strip() if i < len(r) and r[i] is not None else "")
                for i, f in enumerate(header) if f}
        if not vals.get("producer") and not vals.get("product"):
            continue
        out.append(Idea(producer=vals.get("producer", ""), product=vals.get("product", ""),
                        commune=vals.get("commune") or None))
    return out


def load_ideas(path: Path) -> list[Idea]:
    if not path.is_file():
        raise IdeasError(f"Không tìm thấy tệp danh sách ý tưởng sản phẩm {path}.")
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        from openpyxl import load_workbook

        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds
            raise IdeasError(f"Không đọc được tệp Excel {path}: {type(e).__name__}") from None
        ws = wb.worksheets[0]
        rows = [[c if c is not None else "" for c in row] for row in ws.iter_rows(values_only=True)]
        return _rows_from_table(rows, path)
    for enc in ("utf-8-sig", "cp1258", "latin-1"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t") if text.strip() else csv.excel
    return _rows_from_table(list(csv.reader(io.StringIO(text), dialect)), path)


def _words(s: str | None) -> set[str]:
    return {w for w in match_key(s or "").split() if w not in _FORM_WORDS}


def _sim(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class PlanIdentity:
    source: str
    producer: str | None
    product: str | None


def match_ideas(ideas: list[Idea], plans: list[PlanIdentity], threshold: float = 0.6
                ) -> tuple[list[Idea], list[Unmatched], dict[str, int]]:
    """Greedy best-first matching; a pair needs the product words to agree (the product is what
    was approved) and the producer to agree when both sides name one."""
    pairs = []
    for i, idea in enumerate(ideas):
        for j, p in enumerate(plans):
            prod = _sim(_words(idea.product), _words(p.product))
            prodr = _sim(_words(idea.producer), _words(p.producer))
            if prod < threshold:
                continue
            if p.producer and idea.producer and prodr < 0.5:
                continue
            pairs.append((-(prod * 2 + prodr), i, j))
    pairs.sort()
    used_i: set[int] = set()
    used_j: set[int] = set()
    matched: dict[str, int] = {}
    for _, i, j in pairs:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        matched[plans[j].source] = i
    missing = [idea for i, idea in enumerate(ideas) if i not in used_i]
    unmatched = [Unmatched(source=p.source, producer=p.producer, product=p.product)
                 for j, p in enumerate(plans) if j not in used_j]
    return missing, unmatched, matched
