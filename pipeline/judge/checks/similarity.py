"""similarity: a section substantially the same as a section of another producer's plan in the
same batch (boilerplate).

Only running text is compared: tables are left out, because two financial tables that share a
layout ("Doanh thu | Chi phí | Lợi nhuận") are not copying. Digits are dropped from the
shingles, so a copied paragraph with the numbers changed is still caught. Candidates come from
MinHash LSH (datasketch, fixed seed: deterministic), then the exact Jaccard similarity decides.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.models import BlockKind
from pipeline.sections import load_vocabulary
from pipeline.text import match_key

_NUM = re.compile(r"\d")


class Spec(SpecBase):
    type: Literal["similarity"] = "similarity"
    shingle: int = Field(4, description="Words per shingle: 4 catches copied sentences, not shared phrases.")
    threshold: float = Field(0.5, description="Jaccard similarity of shingles at or above which a section "
                                              "counts as copied (rewording a copied section rarely goes below).")
    min_words: int = Field(40, description="Shorter sections are skipped: short stock text is not copying.")
    sections: list[str] = Field(default_factory=list, description="Section keys compared; empty = all.")


def _shingles(text: str, n: int) -> frozenset[str]:
    toks = [t for t in match_key(text).split() if not _NUM.search(t)]
    return frozenset(" ".join(toks[i:i + n]) for i in range(max(len(toks) - n + 1, 0)))


def _text_of(view: PlanView, key: str) -> str:
    sec = view.section(key)
    if sec is None:
        return ""
    return "\n".join(view.blocks[i].text for i in sec.blocks if view.blocks[i].kind != BlockKind.table)


def _producer_key(view: PlanView) -> str:
    return match_key(view.plan.producer.name or view.doc.source)


class _Index:
    """Per batch and parameters: shingle sets of every section of every plan, and an LSH index."""

    def __init__(self, batch: BatchContext, spec: Spec) -> None:
        from datasketch import MinHash, MinHashLSH

        self.sets: dict[tuple[int, str], frozenset[str]] = {}
        self.mh: dict[tuple[int, str], MinHash] = {}
        self.lsh = MinHashLSH(threshold=max(spec.threshold - 0.2, 0.1), num_perm=64)
        for pi, v in enumerate(batch.views):
            for s in v.plan.sections:
                if spec.sections and s.key not in spec.sections:
                    continue
                text = _text_of(v, s.key)
                if len(text.split()) < spec.min_words:
                    continue
                sh = _shingles(text, spec.shingle)
                if not sh:
                    continue
                self.sets[(pi, s.key)] = sh
                m = MinHash(num_perm=64, seed=1)
                for x in sorted(sh):
                    m.update(x.encode("utf-8"))
                self.lsh.insert(f"{pi}\t{s.key}", m)
                self.mh[(pi, s.key)] = m


def _index(spec: Spec, batch: BatchContext) -> _Index:
    key = ("similarity", spec.model_dump_json())
    if key not in batch.cache:
        batch.cache[key] = _Index(batch, spec)
    return batch.cache[key]


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    if len(batch.views) < 2:
        return []
    try:
        me = next(i for i, v in enumerate(batch.views) if v is view)
    except StopIteration:
        return []
    idx = _index(spec, batch)
    vocab = load_vocabulary()
    mine = _producer_key(view)
    hits = []
    for s in view.plan.sections:
        sh = idx.sets.get((me, s.key))
        if sh is None:
            continue
        best = (0.0, None)
        for cand in sorted(idx.lsh.query(idx.mh[(me, s.key)])):
            pi_s, key = cand.split("\t")
            pi = int(pi_s)
            if pi == me or _producer_key(batch.views[pi]) == mine:
                continue
            other = idx.sets[(pi, key)]
            j = len(sh & other) / len(sh | other)
            if j > best[0]:
                best = (j, pi)
        if best[1] is not None and best[0] >= spec.threshold:
            text = _text_of(view, s.key)
            hits.append(Hit(section=s.key, evidence=quote(f"{s.title}: {text}", 260),
                            params={"section_name": vocab.names.get(s.key, s.key),
                                    "similarity": round(best[0] * 100)}))
    return hits
