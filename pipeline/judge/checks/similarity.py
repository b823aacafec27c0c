"""similarity: a section substantially the same as a section of another producer's plan in the
same batch (boilerplate).

Only running text is compared: tables are left out, because two financial tables that share a
layout ("Doanh thu | Chi phí | Lợi nhuận") are not copying; so are the clauses that cite a legal
instrument (every plan's legal basis cites the same few decrees) and those that are lists of figures
("Sản lượng 130 tấn năm 2027, 230 tấn năm 2028 …": every plan's targets read alike once their digits
are gone). Digits are dropped from the
shingles, so a copied paragraph with the numbers changed is still caught, except in the sections
the rule lists in `keep_digits_in` (investment, financials): there the shared phrasing is the
trade's ("vay Ngân hàng Nông nghiệp …, lãi suất …, trả gốc …") and the figures are the content, so
those sections are compared with their tables (their figures' rows differ from plan to plan; a section
copied with its table is still a copy). Candidates come from
MinHash LSH (fixed seed: deterministic), then the exact Jaccard similarity decides.

MinHash and the LSH banding are written here (about 30 lines) rather than taken from datasketch,
which the project used before: its `MinHash.update_batch` hashes every value again in Python
(about a tenth of the judge's time per plan) where the shingles are already uniform 32-bit hashes,
and importing it pulls in scipy.integrate (0.5 s in every process that reviews, for one integral
when the index is built). `lsh_params` chooses the bands and rows exactly as datasketch 2.0's
`MinHashLSH` does (tests/test_rules.py pins its choices).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from pydantic import Field

from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.models import BlockKind
from pipeline.sections import load_vocabulary
from pipeline.text import match_key

_NUM = re.compile(r"\d")
_PERM = 64
# Universal hashing (a·x + b) mod p with p = 2^61 − 1, one (a, b) per permutation, drawn once
# from a fixed seed: a, b < 2^32 and x < 2^32 keep a·x + b inside 64 bits.
_PRIME = np.uint64((1 << 61) - 1)
_RNG = np.random.default_rng(1)
_A = _RNG.integers(1, 1 << 32, size=_PERM, dtype=np.uint64)
_B = _RNG.integers(0, 1 << 32, size=_PERM, dtype=np.uint64)

# Checked across the batch: the engine runs it after every plan is judged on its own, from each
# plan's digest (see pipeline.judge.engine.BatchIndex).
BATCH = True


class Spec(SpecBase):
    type: Literal["similarity"] = "similarity"
    shingle: int = Field(4, description="Words per shingle: 4 catches copied sentences, not shared phrases.")
    threshold: float = Field(0.5, description="Jaccard similarity of shingles at or above which a section "
                                              "counts as copied (rewording a copied section rarely goes below).")
    min_words: int = Field(40, description="Shorter sections are skipped: short stock text is not copying.")
    sections: list[str] = Field(default_factory=list, description="Section keys compared; empty = all.")
    skip_sections: list[str] = Field(
        default_factory=list,
        description="Section keys never compared: the requests a producer makes of the authorities "
                    "('đề nghị … hướng dẫn hoàn thiện hồ sơ, hỗ trợ xúc tiến thương mại') follow one form "
                    "in a district's plans, and sharing it says nothing of the plan's depth.")
    keep_digits_in: list[str] = Field(
        default_factory=list,
        description="Sections whose shingles keep their numbers: money sections share their phrasing "
                    "('vay Ngân hàng Nông nghiệp … lãi suất … trả gốc …') and differ in their figures, "
                    "which are their content.")
    paper_names: list[str] = Field(
        default_factory=list,
        description="Names of the papers and records every producer lists ('giấy chứng nhận cơ sở đủ điều kiện an "
                    "toàn thực phẩm, tiêu chuẩn cơ sở, phiếu kết quả thử nghiệm'): a clause that is half such names "
                    "is left out of the comparison, as the same list in two plans is no copying.")


def _shingles(text: str, n: int, digits: bool = False) -> frozenset[str]:
    toks = match_key(text).split()
    if not digits:
        toks = [t for t in toks if not _NUM.search(t)]
    # the runs of n words, joined in C (zip of the word list shifted 0..n-1 times)
    return frozenset(map(" ".join, zip(*(toks[k:] for k in range(n))))) if n > 0 else \
        frozenset(" ".join(toks[i:i + n]) for i in range(max(len(toks) - n + 1, 0)))


def _hash32(shingle: str) -> int:
    # 32 bits: two sections of a few thousand shingles share a colliding pair by chance about once
    # in a hundred comparisons, which moves their Jaccard similarity by one shingle; half the memory
    # of 64 bits for the whole batch's sections. CRC-32 (zlib, C) spreads distinct short strings as
    # well as a cryptographic hash for this, at a quarter of blake2b's cost per shingle.
    return zlib.crc32(shingle.encode("utf-8"))


@lru_cache(maxsize=32)
def lsh_params(threshold: float, num_perm: int = _PERM, grid: int = 2001) -> tuple[int, int]:
    """(bands, rows per band), b·r ≤ num_perm, minimising the mean of the false-positive area
    (∫₀ᵗ P(candidate | s) ds) and the false-negative area (∫ₜ¹ P(missed | s) ds), where a pair of
    Jaccard similarity s becomes a candidate with probability 1 − (1 − sʳ)ᵇ (Leskovec, Rajaraman
    and Ullman, Mining of Massive Datasets, §3.4; datasketch's `_optimal_param`, equal weights)."""
    lo, hi = np.linspace(0.0, threshold, grid), np.linspace(threshold, 1.0, grid)
    best, opt = float("inf"), (1, 1)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = np.trapezoid(1 - (1 - lo ** r) ** b, lo)
            fn = np.trapezoid((1 - hi ** r) ** b, hi)
            if (e := 0.5 * fp + 0.5 * fn) < best:
                best, opt = e, (b, r)
    return opt


_SHIFT = np.uint64(61)
_LOW32 = np.uint64(0xFFFFFFFF)


def minhash(hashed: np.ndarray) -> np.ndarray:
    """The MinHash signature (`_PERM` values, uint32) of a non-empty set of 32-bit hashes."""
    y = hashed.astype(np.uint64)[:, None] * _A
    y += _B
    # y mod (2^61 - 1) without a division: y = hi·2^61 + lo ≡ hi + lo (2^61 ≡ 1), and hi + lo is
    # below 2·_PRIME (hi < 8), so one subtraction where it reaches _PRIME finishes it; in place
    hi = y >> _SHIFT
    y &= _PRIME
    y += hi
    np.subtract(y, _PRIME, out=y, where=y >= _PRIME)
    y &= _LOW32
    return y.min(axis=0).astype(np.uint32)


def _text_of(view: PlanView, key: str, tables: bool = False) -> str:
    sec = view.section(key)
    if sec is None:
        return ""
    return "\n".join(view.blocks[i].text for i in sec.blocks if tables or view.blocks[i].kind != BlockKind.table)


# A sentence or list item that cites a legal instrument ("Quyết định số 148/QĐ-TTg ngày 24/02/2023 …",
# "Nghị định 15/2018/NĐ-CP", "Luật An toàn thực phẩm năm 2010"): every plan's legal basis cites the same
# few, so two lists of them are no copying, whatever else the section says.
_CITES = re.compile(r"\d{1,4}/\d{4}/[A-ZĐ]{1,4}|\d{1,4}/(?:QĐ|NQ|KH|CT|TB)-|\bLuật\s+(?:[^\W\d]+\s+){1,8}(?:năm\s+)?\d{4}\b")
_PIECE = re.compile(r"[^\n;]+?(?:(?<!\d)\.(?=\s|$)|;|\n|$)")  # (not at a number's dot: "Phụ lục 3. Lịch …")


def _figures_list(piece: str) -> bool:
    """A clause that is mostly its figures ("Sản lượng 130 tấn năm 2027, 230 tấn năm 2028 và 390 tấn năm
    2029", a scanned table's "Năm 2027"): with the digits dropped, every plan's targets read alike; its
    figures are its content."""
    if not _NUM.search(piece):
        return False  # (most clauses of prose hold no digit at all)
    words = piece.split()
    return len(words) >= 2 and sum(map(bool, map(_NUM.search, words))) * 10 >= 3 * len(words)


# the caption of an appendix or a table ("Phụ lục 3. Lịch sản xuất theo tháng", "Bảng 2. Nhu cầu vốn"): a
# title every plan of a template shares, no text of the section
_CAPTION = re.compile(r"(?i)^\s*(?:phụ lục|bảng|biểu)\s+\d")


@lru_cache(maxsize=8)
def _paper_names(names: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The rule's `paper_names` as one pattern (whole words, any case, the longest name first, so that
    "giấy chứng nhận đăng ký kinh doanh" counts its six words, not "giấy chứng nhận"), and the first word
    of each name (a clause holding none of them holds no name)."""
    ordered = sorted({" ".join(n.split()) for n in names if n.strip()}, key=lambda n: (-len(n.split()), n))
    if not ordered:
        return re.compile(r"(?!)"), ()
    alts = "|".join(r"\s+".join(map(re.escape, n.split())) for n in ordered)
    firsts = tuple(sorted({n.split()[0].lower() for n in ordered}))
    return re.compile(rf"(?i)(?<!\w)(?:{alts})(?!\w)"), firsts


def _papers_list(piece: str, names: tuple[str, ...]) -> bool:
    """A clause that is mostly the names of the producer's papers and records (the rule's `paper_names`): half
    its words or more."""
    words = len(piece.split())
    if words < 4 or not names:
        return False
    pattern, firsts = _paper_names(names)
    low = piece.lower()
    if not any(w in low for w in firsts):
        return False  # (no name of a paper can start in it: the search below is the costly part)
    named = sum(len(mt.group().split()) for mt in pattern.finditer(piece))
    return named * 2 >= words


def _prose(text: str, paper_names: tuple[str, ...] = ()) -> str:
    """The running text compared for copying: without the clauses that cite a legal instrument, that are
    lists of figures or of the producer's papers, or that caption an appendix or a table."""
    return " ".join(p for p in _PIECE.findall(text)
                    if not _CITES.search(p) and not _figures_list(p) and not _CAPTION.match(p)
                    and not _papers_list(p, paper_names))


def _producer_key(view: PlanView) -> str:
    return match_key(view.plan.producer.name or view.doc.source)


@dataclass(frozen=True)
class SectionPrint:
    """One section's running text, as the batch needs it: its shingles hashed to 32 bits (sorted,
    4 bytes each), their MinHash, and the evidence quoted if the section turns out copied."""

    key: str
    shingles: np.ndarray
    minhash: np.ndarray
    evidence: str
    fingerprint: bytes = b""  # digest of the shingles: sections copied word for word compare at once


@dataclass(frozen=True)
class Digest:
    """What the similarity check needs of one plan: small, picklable, made where the plan is read,
    so the batch never holds the plans themselves."""

    producer: str
    sections: tuple[SectionPrint, ...]


def digest(spec: Spec, view: PlanView) -> Digest:
    prints = []
    # (a part read under a second key too, a short plan's "Kiến nghị" holding its investment, is the skipped part's
    # words: not compared under the other key either)
    skipped = {tuple(s.blocks) for s in view.plan.sections if s.key in spec.skip_sections}
    for s in view.plan.sections:
        if (spec.sections and s.key not in spec.sections) or s.key in spec.skip_sections or tuple(s.blocks) in skipped:
            continue
        text = _text_of(view, s.key)
        if s.key not in spec.keep_digits_in:
            text = _prose(text, tuple(spec.paper_names))
        if len(text.split()) < spec.min_words:
            continue
        digits = s.key in spec.keep_digits_in
        # (in a money section the figures are the content, and most of them sit in its tables: two plans
        # whose sentences around different tables share the trade's wording and a few round figures, "vốn
        # tự có 500 triệu đồng; vay Ngân hàng Chính sách xã hội …, lãi suất 7 %/năm", are not copies; a
        # section copied with its table still is)
        sh = _shingles(_text_of(view, s.key, tables=True) if digits else text, spec.shingle, digits)
        if not sh:
            continue
        # _hash32 of each shingle, with no Python call per shingle
        hashed = np.unique(np.fromiter(map(zlib.crc32, map(str.encode, sh)), dtype=np.uint32, count=len(sh)))
        prints.append(SectionPrint(s.key, hashed, minhash(hashed), quote(f"{s.title}: {text}", 260),
                                   hashlib.blake2b(hashed.tobytes(), digest_size=16).digest()))
    return Digest(_producer_key(view), tuple(prints))


class _Index:
    """An LSH index over the sections of every plan of the batch, and for each section the highest
    similarity found so far with another producer's section. Plans are added one by one (a batch
    published as it is read); each pair of sections is compared once, when the later of the two
    comes in (LSH collisions are symmetric), so the result does not depend on the order and a
    batch full of one template costs each plan only its own comparisons."""

    def __init__(self, spec: Spec, digests: list[Digest | None]) -> None:
        self.spec = spec
        self.digests = digests
        # LSH banding: bands (b) and rows (r) for a threshold below the rule's, so that near misses
        # are still compared exactly; the buckets are plain ints (a band's hash -> section numbers):
        # datasketch's storage (bytes keys, a set per bucket) was most of the parent's memory at
        # 1,000 plans.
        self.b, self.r = lsh_params(round(max(spec.threshold - 0.2, 0.1), 6))
        self.buckets: list[dict[int, list[int]]] = [{} for _ in range(self.b)]
        self.sections: list[tuple[int, int]] = []  # section number -> (plan, index in its digest)
        self.best: dict[tuple[int, str], float] = {}
        self.raised: dict[int, set[int]] = {}  # plan -> earlier plans whose best it raised to the threshold
        self.added = 0
        self.catch_up()

    def _bands(self, minhash: np.ndarray) -> list[int]:
        return [hash(minhash[i * self.r:(i + 1) * self.r].tobytes()) for i in range(self.b)]

    def catch_up(self) -> None:
        """Index the plans appended to `digests` since the last call."""
        for pi in range(self.added, len(self.digests)):
            d = self.digests[pi]
            raised: set[int] = set()
            for sp in d.sections if d else ():
                for pj, key, j in self._compare(pi, d, sp):
                    if j > self.best.get((pi, sp.key), 0.0):
                        self.best[(pi, sp.key)] = j
                    if j > self.best.get((pj, key), 0.0):
                        self.best[(pj, key)] = j
                        if j >= self.spec.threshold:
                            raised.add(pj)
            for si, sp in enumerate(d.sections if d else ()):
                n = len(self.sections)
                self.sections.append((pi, si))
                for band, h in zip(self.buckets, self._bands(sp.minhash), strict=True):
                    band.setdefault(h, []).append(n)
            self.raised[pi] = raised
        self.added = len(self.digests)

    def _compare(self, me: int, mine: Digest, sp: SectionPrint) -> list[tuple[int, str, float]]:
        """(plan, section, Jaccard similarity) of the earlier plans' sections, of other producers,
        that share an LSH band with section `sp` of plan `me`."""
        cands: set[int] = set()
        for band, h in zip(self.buckets, self._bands(sp.minhash), strict=True):
            cands.update(band.get(h, ()))
        out = []
        for n in sorted(cands):
            pi, si = self.sections[n]
            other_plan = self.digests[pi]
            if pi == me or other_plan is None or other_plan.producer == mine.producer:
                continue
            other = other_plan.sections[si]
            if other.fingerprint == sp.fingerprint:  # the same text: no need to count shingles
                out.append((pi, other.key, 1.0))
                continue
            inter = len(np.intersect1d(sp.shingles, other.shingles, assume_unique=True))
            out.append((pi, other.key, inter / (len(sp.shingles) + len(other.shingles) - inter)))
        return out


def run_batch(spec: Spec, me: int, digests: list[Digest | None], index: _Index | None = None) -> list[Hit]:
    """Hits for plan `me` against the other plans' digests (None: a plan with no digest)."""
    mine = digests[me]
    if mine is None:
        return []
    idx = index or _Index(spec, digests)
    idx.catch_up()
    vocab = load_vocabulary()
    hits = []
    for sp in mine.sections:
        best = idx.best.get((me, sp.key), 0.0)
        if best >= spec.threshold:
            hits.append(Hit(section=sp.key, evidence=sp.evidence,
                            params={"section_name": vocab.names.get(sp.key, sp.key),
                                    "similarity": round(best * 100)}))
    return hits


def related(spec: Spec, me: int, digests: list[Digest | None], index: _Index) -> set[int]:
    """The earlier plans whose hits plan `me` changed: a section of theirs now matches one of its
    sections more closely than anything before, at or above the threshold."""
    index.catch_up()
    return set(index.raised.get(me, ()))


def index(spec: Spec, digests: list[Digest | None]) -> _Index:
    return _Index(spec, digests)


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    """The check on a BatchContext holding every plan (tests, one-process runs): the digests of
    the batch's plans, made once per batch and parameters."""
    if len(batch.views) < 2:
        return []
    try:
        me = next(i for i, v in enumerate(batch.views) if v is view)
    except StopIteration:
        return []
    key = ("similarity", spec.model_dump_json())
    if key not in batch.cache:
        digests: list[Digest | None] = [digest(spec, v) for v in batch.views]
        batch.cache[key] = (digests, _Index(spec, digests))
    digests, idx = batch.cache[key]
    return run_batch(spec, me, digests, idx)
