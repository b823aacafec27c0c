"""Map a Document's headings to the contract's section keys (CONTRACT.md §3).

The vocabulary is data (`rules/sections.yml`). A heading is reduced to folded tokens (no case,
no diacritics, no numbering) and every vocabulary phrase found in it is a candidate; the longest
non-overlapping candidates win, which gives one key for "Thị trường và kế hoạch tiêu thụ" and two
for "Vốn và hiệu quả kinh tế". A section runs from its heading to the next heading that maps to a
key, or to an unmapped heading at the same or a shallower level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline import datafile
from pipeline.ingest.headings import split_numbering, style_level
from pipeline.models import SECTION_KEYS, Block, BlockKind, Document, Section
from pipeline.settings import get_settings
from pipeline.text import fold, has_diacritics, match_key, word_count

_CAPTION_TAIL = re.compile(r"^\s*(\d+|[ivx]+\b|:|\.|$)")


@dataclass(frozen=True)
class Vocabulary:
    phrases: dict[str, list[tuple[str, ...]]]  # key -> phrase token tuples
    weak: dict[str, list[tuple[str, ...]]]  # key -> phrases that count only when nothing else matches
    levels: dict[str, str]
    names: dict[str, str]
    titles: list[tuple[str, ...]]
    ignore: list[tuple[str, ...]]
    captions: list[tuple[str, ...]]
    order: dict[str, int] = field(default_factory=dict)
    abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    neutral: list[tuple[str, ...]] = field(default_factory=list)  # hide a weak cue's letters
    # key -> phrases of another section's heading that hold this section too when no heading of the
    # plan maps to it ("Thị trường và kế hoạch tiêu thụ" holds the production plan of a plan that has
    # no "Kế hoạch sản xuất")
    stands_in: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # key -> words that name the section when they are the whole heading and nothing else ("Dự kiến"),
    # though inside a longer heading they only qualify its head ("Dự kiến tiêu thụ" is the market)
    alone: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # key -> (heading phrases, text pattern): as `stands_in`, but only when the holding section's own
    # text says so ("Đề xuất: … vay vốn ưu đãi để làm nhà xưởng" holds a short plan's investment)
    # (with `alone`, the heading is one of the phrases and nothing else, its numbering aside: a bare "Hiệu quả", not
    # "Hiệu quả kinh tế")
    stands_in_if: dict[str, tuple[list[tuple[str, ...]], re.Pattern[str], bool]] = field(default_factory=dict)


def _tok(s: str) -> tuple[str, ...]:
    return tuple(match_key(s).split())


@lru_cache(maxsize=8)
def load_vocabulary(path: Path | None = None) -> Vocabulary:
    path = path or get_settings().rules_dir / "sections.yml"
    data = datafile.safe_load(path.read_text(encoding="utf-8"))
    keys = data.get("keys") or {}
    unknown = set(keys) - set(SECTION_KEYS)
    if unknown:
        raise ValueError(f"{path}: unknown section keys {sorted(unknown)}; allowed: {SECTION_KEYS}")
    phrases = {k: sorted({_tok(p) for p in v.get("phrases", []) if _tok(p)}, key=len, reverse=True)
               for k, v in keys.items()}
    weak = {k: sorted({_tok(p) for p in v.get("weak", []) if _tok(p)}, key=len, reverse=True)
            for k, v in keys.items()}
    levels = {k: v.get("level", "optional") for k, v in keys.items()}
    for k, lv in levels.items():
        if lv not in ("required", "expected", "optional"):
            raise ValueError(f"{path}: section {k}: level {lv!r} is not required/expected/optional")
    return Vocabulary(
        phrases=phrases,
        weak=weak,
        levels=levels,
        names={k: v.get('name', k) for k, v in keys.items()},
        titles=[_tok(p) for p in data.get("titles", [])],
        ignore=[_tok(p) for p in data.get("ignore", [])],
        captions=[_tok(p) for p in data.get("captions", [])],
        order={k: i for i, k in enumerate(keys)},
        abbreviations={match_key(a): _tok(full) for a, full in (data.get("abbreviations") or {}).items()},
        neutral=[_tok(p) for p in data.get("neutral", []) if _tok(p)],
        stands_in={k: [_tok(p) for p in v["stands_in"] if _tok(p)] for k, v in keys.items() if v.get("stands_in")},
        alone={k: [_tok(p) for p in v["alone"] if _tok(p)] for k, v in keys.items() if v.get("alone")},
        stands_in_if={k: _stands_in_if(path, k, v["stands_in_if"]) for k, v in keys.items() if v.get("stands_in_if")},
    )


def _stands_in_if(path: Path, key: str, spec: object) -> tuple[list[tuple[str, ...]], re.Pattern[str], bool]:
    if not isinstance(spec, dict) or not {"headings", "text"} <= set(spec) <= {"headings", "text", "alone"}:
        raise ValueError(f"{path}: section {key}: stands_in_if needs 'headings' and 'text' (and 'alone' at most)")
    if not isinstance(spec.get("alone", False), bool):
        raise ValueError(f"{path}: section {key}: stands_in_if alone must be true or false")
    try:
        rx = re.compile(spec["text"], re.I)
    except re.error as e:
        raise ValueError(f"{path}: section {key}: stands_in_if text is not a valid pattern: {e}") from e
    return [_tok(p) for p in spec["headings"] if _tok(p)], rx, bool(spec.get("alone", False))


def _find(seq: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(seq) - n + 1) if seq[i:i + n] == phrase]


_SEGMENT_PUNCT = re.compile(r"[,;:&/()\[\]+]|\s[-–]\s")
_TOC_LINE = re.compile(r"(?:\.{3,}|…+|\s{3,}|\t)\s*\d{1,3}\s*$")


# Organisation names that stand alone at the top of a plan (the letterhead).
_ORG_HEAD = {("cong", "ty"), ("hop", "tac", "xa"), ("htx",), ("to", "hop", "tac"), ("ho", "kinh", "doanh"),
             ("doanh", "nghiep", "tu"), ("dntn",), ("co", "so", "san"), ("uy", "ban"), ("ubnd",)}


def _letterhead(text: str) -> bool:
    """An organisation's name in capitals ("HỢP TÁC XÃ NƯỚC MẮM TRUYỀN THỐNG THIÊN CẦM", "CÔNG TY TNHH …"):
    a letterhead, not a heading ("Hợp tác xã và tổ chức sản xuất" is one)."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    toks = tuple(re.findall(r"\w+", fold(text).lower()))
    return any(toks[:n] in _ORG_HEAD for n in (1, 2, 3)) and "va" not in toks[:6]


# a cell's tail read as a line of its own: a number, a date or a paper's number up to a closing bracket
_CELL_SPILL = re.compile(r"^[^(]*\d[^(]*\)\W*$")
_MARK_IN_WORD = re.compile(r"(?<=[^\W\d_])['’`´](?=[^\W\d_])")


def _heading_tokens(text: str, abbreviations: dict[str, tuple[str, ...]] | None = None
                    ) -> tuple[tuple[str, ...], list[int]]:
    """Folded tokens of a heading (abbreviations expanded) and the segment each belongs to:
    segments break at punctuation and at the coordinator "và"."""
    toks: list[str] = []
    segs: list[int] = []
    seg = 0
    abbreviations = abbreviations or {}
    # (a mark a scan put inside a word, "Phân tích SWO'T": no Vietnamese word holds one)
    text = _MARK_IN_WORD.sub("", text)
    for part in _SEGMENT_PUNCT.split(text):
        expanded = [x for t in _tok(part) for x in abbreviations.get(t, (t,))]
        for t in expanded:
            if t == "va":
                toks.append(t)
                segs.append(-1)
                seg += 1
                continue
            toks.append(t)
            segs.append(seg)
        seg += 1
    return tuple(toks), segs


@dataclass(frozen=True)
class Match:
    keys: tuple[str, ...]
    coverage: float  # share of the heading's tokens covered by the chosen phrases
    longest: int  # tokens in the longest chosen phrase
    weak: bool = False  # named by a weak cue only ("Quy mô đàn ong": "quy mô")


_INDEXES: dict[int, tuple[dict, dict[str, list[tuple[tuple[str, ...], str]]]]] = {}


def _first_token_index(phrases: dict[str, list[tuple[str, ...]]]
                       ) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases by their first token, so that a heading is compared only with the phrases
    that can start at each of its tokens (same matches as trying every phrase everywhere)."""
    hit = _INDEXES.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, plist in phrases.items():
        for ph in plist:
            index.setdefault(ph[0], []).append((ph, key))
    if len(_INDEXES) > 32:
        _INDEXES.clear()
    _INDEXES[id(phrases)] = (phrases, index)  # keeps `phrases` alive: its id stays its own
    return index


def _choose(toks: tuple[str, ...], phrases: dict[str, list[tuple[str, ...]]], order: dict[str, int],
            skip_before: int) -> list[tuple[int, int, str]]:
    """Longest non-overlapping phrase matches: (start, length, key). A phrase listed under two keys
    ("hiệu quả kinh tế xã hội": financials and social_environment) gives both."""
    cands: list[tuple[int, int, int, str]] = []
    index = _first_token_index(phrases)
    for start in range(skip_before, len(toks)):
        for ph, key in index.get(toks[start], ()):
            if toks[start:start + len(ph)] == ph:
                cands.append((-len(ph), start, order[key], key))
    cands.sort()
    taken = [False] * len(toks)
    chosen = []
    spans: set[tuple[int, int]] = set()
    for neg, start, _, key in cands:
        n = -neg
        if (start, n) in spans:
            chosen.append((start, n, key))
            continue
        if any(taken[start:start + n]):
            continue
        spans.add((start, n))
        for i in range(start, start + n):
            taken[i] = True
        chosen.append((start, n, key))
    return sorted(chosen)


_KNOWN: dict[int, tuple[Vocabulary, frozenset[str]]] = {}


def _known_tokens(vocab: Vocabulary) -> frozenset[str]:
    hit = _KNOWN.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    known = frozenset(t for table in (vocab.phrases, vocab.weak) for plist in table.values()
                      for ph in plist for t in ph) | {"va"}
    _KNOWN.clear()
    _KNOWN[id(vocab)] = (vocab, known)
    return known


def _unglued(toks: tuple[str, ...], segs: list[int], vocab: Vocabulary
             ) -> tuple[tuple[str, ...], list[int]] | None:
    """The heading's tokens with each unknown token that is two known ones run together split
    ("rova" -> "ro", "va"); None when there is none."""
    known = _known_tokens(vocab)
    out: list[str] = []
    out_segs: list[int] = []
    seg_shift = 0
    changed = False
    for t, g in zip(toks, segs):
        g = g + seg_shift if g >= 0 else g
        cut = next((k for k in range(2, len(t) - 1) if t[:k] in known and t[k:] in known), None) \
            if t not in known and len(t) >= 4 else None
        if cut is None:
            out.append(t)
            out_segs.append(g)
            continue
        changed = True
        left, right = t[:cut], t[cut:]
        out.append(left)
        out_segs.append(g)
        if right == "va":  # the coordinator starts a new segment, as `_heading_tokens` does
            out.append(right)
            out_segs.append(-1)
            seg_shift += 1
        else:
            out.append(right)
            out_segs.append(g)
    return (tuple(out), out_segs) if changed else None


_PLAN_OF = ("phuong", "an", "san", "xuat")


def _masked(toks: tuple[str, ...], neutral: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The tokens with those of a neutral phrase blanked ("danh gia": no weak "gia" in it)."""
    if not neutral:
        return toks
    out = list(toks)
    for ph in neutral:
        for i in _find(toks, ph):
            out[i:i + len(ph)] = [""] * len(ph)
    return tuple(out)


_APPENDIX_TOKS = ("phu", "luc")
# an appendix's label and what follows it: "Phụ lục 1.", "PHỤ LỤC SỐ 04:", "Phụ lục I –", "Phụ lục:"
_APPENDIX_TOPIC = re.compile(r"(?i)^\W*phụ\s+lục\s*(?:số\s*)?(?:\d{1,2}|[IVX]{1,4}\b)?\s*[.:\-–—)]*\s*(.*)$")


def _weak_segments(toks: tuple[str, ...], segs: list[int], chosen: list[tuple[int, int, str]],
                   vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """`chosen` with each segment that is a weak cue and nothing else: "Kế hoạch sản xuất và hiệu quả",
    "Kế hoạch và hiệu quả" name a topic in each segment."""
    hit = {segs[i] for st, n, _ in chosen for i in range(st, st + n)}
    for seg in sorted(set(segs) - hit - {-1}):
        seg_toks = tuple(t for t, g in zip(toks, segs) if g == seg)
        for key in vocab.order:
            if seg_toks in vocab.weak.get(key, ()):
                chosen = sorted([*chosen, (segs.index(seg), len(seg_toks), key)])
                break
    return chosen


def match_heading(title: str, vocab: Vocabulary) -> Match | str | None:
    """Keys for one heading; 'title'/'ignore'/'caption'/'toc' for non-section headings; None if unknown."""
    if _TOC_LINE.search(title):
        return "toc"
    num = split_numbering(title)
    text = num.rest if num else title
    toks, segs = _heading_tokens(text, vocab.abbreviations)
    if not toks:
        return None
    for c in vocab.captions:
        if toks[:len(c)] == c and _CAPTION_TAIL.match(" ".join(toks[len(c):]) or ""):
            return "caption"
    for ig in vocab.ignore:
        if toks[:len(ig)] == ig:
            if ig == _APPENDIX_TOKS and (rest := _APPENDIX_TOPIC.match(text)) and rest.group(1).strip():
                # "Phụ lục 2: Cân đối nguyên liệu": an appendix holding a part of the plan (its tables, which
                # the body points to) is that part; a bare "Phụ lục", or one of papers, belongs to none
                # (named by a weak cue only, "Kế hoạch trả nợ vay", it is not said which part it holds)
                inner = match_heading(rest.group(1), vocab)
                if isinstance(inner, Match) and not inner.weak:
                    return inner
            return "ignore"
    title_len = 0
    for t in vocab.titles:
        if toks[:len(t)] == t:
            title_len = max(title_len, len(t))
    if title_len:
        # "... SẢN PHẨM <name>" / "... DỊCH VỤ <name>" after a title names the product, not a section.
        while toks[title_len:title_len + 2] in (("san", "pham"), ("dich", "vu")):
            title_len += 2
    # (the fifth word "năm" is a year, "nấm" a product: "PHƯƠNG ÁN SẢN XUẤT NẤM HƯƠNG KHÔ")
    fifth = text.split()[4].lower() if len(text.split()) > 4 else ""
    if not title_len and num is None and toks[:4] == _PLAN_OF and len(toks) > 4 and \
            (toks[4] not in ("va", "nam", "giai", "cua", "cho", "tai", "trong") or
             toks[4] == "nam" and has_diacritics(fifth) and fifth != "năm") and \
            not _choose(toks, vocab.phrases, vocab.order, 4) and not _choose(toks, vocab.weak, vocab.order, 4):
        return "title"  # "PHƯƠNG ÁN SẢN XUẤT BÁNH BỘT LỌC": the cover title, naming its product
    chosen = _choose(toks, vocab.phrases, vocab.order, title_len)
    weak_only = False
    if not chosen and (split := _unglued(toks, segs, vocab)) is not None:
        toks, segs = split  # "Rủi rovà giải pháp": a space the OCR lost
        chosen = _choose(toks, vocab.phrases, vocab.order, title_len)
    if not chosen and not title_len:
        if num is None and any(toks[:n] in _ORG_HEAD for n in (1, 2, 3)):
            return "ignore"  # a letterhead ("CÔNG TY TNHH ...", "HỢP TÁC XÃ ..."), not a section
        weak = _choose(_masked(toks, vocab.neutral), vocab.weak, vocab.order, 0)
        chosen = weak[:1]  # the leftmost weak cue is the head
        weak_only = bool(chosen)
        if chosen:
            chosen = _weak_segments(toks, segs, chosen, vocab)  # ("Kế hoạch và hiệu quả": two topics)
    elif chosen:
        chosen = _weak_segments(toks, segs, chosen, vocab)
    if title_len and not chosen:
        return "title"
    if not chosen:
        alone = [k for k in vocab.order if toks in vocab.alone.get(k, ())]
        return Match((alone[0],), 1.0, len(toks), True) if alone else None
    # In each segment the leftmost phrase is the head; later phrases in it only qualify it.
    keys: list[str] = []
    head: dict[int, tuple[int, int]] = {}  # segment -> its head phrase's span
    for start, n, key in chosen:
        seg = segs[start]
        if seg in head and head[seg] != (start, n):
            continue
        for g in segs[start:start + n]:
            head.setdefault(g, (start, n))
        if key not in keys:
            keys.append(key)
    covered = len({i for st, n, _ in chosen for i in range(st, st + n)}) / len(toks)
    return Match(tuple(keys), covered, max(n for _, n, _ in chosen), weak_only)


# words a heading shares with another without sharing its topic
_LINK_TOKENS = frozenset({"va", "cua", "cac", "cho", "ve", "tai", "trong", "theo", "voi", "nam", "san", "pham"})


def _shares_topic(title: str, chapter: str) -> bool:
    """The sub-heading repeats a content word of its chapter's title (numbering and links aside)."""
    def content(t: str) -> set[str]:
        num = split_numbering(t)
        return {w for w in _heading_tokens(num.rest if num else t)[0] if len(w) > 1 and w not in _LINK_TOKENS}
    return bool(content(title) & content(chapter))


@dataclass
class _Open:
    keys: tuple[str, ...] | None  # None: a heading that belongs to no section (title, appendix)
    level: int
    numbered: bool
    own: int = 0  # body blocks directly under this heading
    container: bool = False  # no text of its own: its sub-sections are its content
    start: int = -1  # the heading's block
    label: str = ""  # its number's core ("4", "4.1"), when numbered
    style: int | None = None  # its Word heading style's level ("Heading 2": 2), if any
    named: set[str] = field(default_factory=set)  # its keys that a sub-heading of its own opened


def _heading_shaped(block: Block) -> bool:
    """Whether a paragraph is short enough to be a heading the reader missed: up to 20 words and
    numbered, or up to 8 ending in a colon; not a sentence (no full stop, semicolon or comma at
    its end). Most paragraphs are not, and are never matched against the vocabulary."""
    if block.kind == BlockKind.table:
        return False
    text = block.text
    num = split_numbering(text)
    rest = (num.rest if num else text).rstrip()
    n = word_count(rest)
    if n == 0 or n > _LONG_HEADING or rest.endswith((".", ";", ",")):
        return False
    return num is not None or (rest.endswith(":") and n <= 8)


# a numbered heading that lists its topics runs long ("14/ Hồ sơ pháp lý, an toàn thực phẩm, tiêu chuẩn,
# nhãn mác và sở hữu trí tuệ", 16 words): past 12 words its words must almost all name sections
_LONG_HEADING = 20
_SHORT_HEADING = 12


_RUN_IN_LABEL = re.compile(r"(?:^|[.;]\s+)([^\W\d][^.;:]{1,30}):")


def _labelled_parts_key(block: Block, vocab: Vocabulary, open_keys: tuple[str, ...]) -> tuple[str, ...]:
    """A paragraph made of three or more labelled parts that all name one section ("Điểm mạnh: …
    Điểm yếu: … Cơ hội: … Thách thức: …" inside the product section): that section, run in."""
    labels = {" ".join(m.group(1).split()).lower() for m in _RUN_IN_LABEL.finditer(block.text)}
    pair = len(labels) == 2
    if len(labels) < 2:
        # or one label of two parts that both name the section: "Phân tích điểm mạnh, điểm yếu: …"
        first = _RUN_IN_LABEL.match(block.text)
        parts = [p.strip() for p in re.split(r"[,;]|\bvà\b", first.group(1))] if first else []
        if len([p for p in parts if p]) < 2:
            return ()
        labels = {p.lower() for p in parts if p}
        pair = False
    keys = set()
    for label in labels:
        m = match_heading(label, vocab)
        if isinstance(m, Match) and m.coverage >= 1.0 and len(m.keys) == 1:
            keys.add(m.keys[0])
        else:
            return ()
    if len(keys) != 1 or (pair and keys != {_PAIRED}):
        return ()
    return tuple(k for k in keys if k not in open_keys)


# Two labelled parts are a section only for the one whose halves plans pair ("Thuận lợi: … Khó khăn:
# …", "Ưu điểm: … Nhược điểm: …"): two labels of another section ("Doanh thu: …; Lợi nhuận: …") lead
# the targets of the objectives as often as a financial section.
_PAIRED = "swot"
_CLAUSE = re.compile(r"(?:^|[.;]\s+)(\w+(?:\s+\w+){0,2})")


def _quadrant(label: str, vocab: Vocabulary) -> str | None:
    """The SWOT quadrant `label` names outright ("Điểm mạnh", "Cơ hội"), as a match key; else None."""
    m = match_heading(label, vocab)
    if isinstance(m, Match) and m.keys == (_PAIRED,) and m.coverage >= 1.0:
        return match_key(label)
    return None


def _prose_swot(block: Block, vocab: Vocabulary, open_keys: tuple[str, ...]) -> tuple[str, ...]:
    """A paragraph whose clauses open with three of the four SWOT quadrants, without colons
    ("Điểm mạnh của bánh là …; điểm yếu là …. Cơ hội đến từ …; nguy cơ là …"): the SWOT, run in.
    Only this section is read from clause openings: "Doanh thu …; chi phí …; lợi nhuận …" opens
    the clauses of objectives and market sections as often as of a financial one."""
    if _PAIRED in open_keys or block.kind != BlockKind.paragraph:
        return ()
    firsts = {p[0] for p in vocab.phrases.get(_PAIRED, ()) if p}
    quadrants = set()
    for m in _CLAUSE.finditer(block.text):
        words = m.group(1).split()
        if match_key(words[0]) not in firsts:
            continue
        for n in (3, 2):
            if len(words) >= n and (q := _quadrant(" ".join(words[:n]), vocab)):
                quadrants.add(q)
                break
    return (_PAIRED,) if len(quadrants) >= 3 else ()


def _quadrant_label(block: Block, vocab: Vocabulary) -> str | None:
    """The SWOT quadrant an unnumbered paragraph's run-in label names ("Điểm yếu: sản lượng …")."""
    if block.kind not in (BlockKind.paragraph, BlockKind.list_item):
        return None
    first = _RUN_IN_LABEL.match(block.text)
    return _quadrant(first.group(1), vocab) if first else None


# a SWOT quadrant's name, capitalised, inside a line: the next cell of a table row a scan read as text
_QUADRANT_IN_LINE = re.compile(r"(?<!\w)(?:Điểm mạnh|Điểm yếu|Cơ hội|Thách thức|Nguy cơ|Thuận lợi|Khó khăn)(?!\w)")


def _quadrants_led(block: Block, vocab: Vocabulary) -> set[str]:
    """The SWOT quadrants of a paragraph led by one without a colon, the rest of a table row a scan read
    as a line ("Điểm mạnh nghề truyền thống; 3 sao OCOP Điểm yếu phụ thuộc thời tiết"): the leading
    quadrant and those named, capitalised, inside the line."""
    if block.kind != BlockKind.paragraph:
        return set()
    words = block.text.split()
    for n in (2, 3):
        if len(words) > n and (q := _quadrant(" ".join(words[:n]), vocab)):
            return {q} | {match_key(x.group())
                          for x in _QUADRANT_IN_LINE.finditer(block.text, len(" ".join(words[:n])))}
    return set()


def _swot_paragraphs(blocks: list[Block], vocab: Vocabulary, scanned: bool = False) -> set[int]:
    """Consecutive paragraphs, each led by one SWOT quadrant ("Điểm mạnh: …", then "Điểm yếu: …",
    "Cơ hội: …", "Thách thức: …"), three quadrants or more: the SWOT, run in where it stands. (Two
    alone, "Thuận lợi: …" and "Khó khăn: …", lead a present state's paragraphs as often.) On a scan,
    a SWOT table read as lines of text counts too (`_quadrants_led`)."""
    out: set[int] = set()
    run: list[tuple[int, set[str]]] = []
    for i, b in enumerate([*blocks, None]):
        q = _quadrant_label(b, vocab) if b is not None else None
        qs = {q} if q is not None else (_quadrants_led(b, vocab) if b is not None and scanned else set())
        if qs:
            run.append((i, qs))
            continue
        if len(set().union(*(q for _, q in run))) >= 3:
            out.update(i for i, _ in run)
        run = []
    return out


def _swot_table(block: Block, vocab: Vocabulary) -> bool:
    """A table whose cells name three SWOT quadrants or more, as row labels ("Điểm mạnh | …",
    "Điểm yếu | …", "Cơ hội | …", "Thách thức | …"), column heads or a grid of two by two, wherever it
    stands (a summary table at the end of the market section): the SWOT, run in there."""
    if block.kind != BlockKind.table or not block.rows:
        return False
    quadrants = set()
    for cell in (c for r in block.rows for c in r):
        label = " ".join(cell.split(":", 1)[0].replace("*", " ").split())
        if label and len(label.split()) <= 6 and (q := _quadrant(label, vocab)):
            quadrants.add(q)
    return len(quadrants) >= 3


def _run_in_keys(block: Block, vocab: Vocabulary, open_keys: tuple[str, ...]) -> tuple[str, ...]:
    """The section keys a numbered paragraph's run-in label names ("4) Thuận lợi, khó khăn: …"):
    up to eight words before a colon that name a section outright; none already open. An unnumbered
    paragraph of several labelled parts naming one section is that section too."""
    if block.kind not in (BlockKind.paragraph, BlockKind.list_item):
        return ()
    if ":" not in block.text[:80]:
        return _prose_swot(block, vocab, open_keys)
    num = split_numbering(block.text)
    if num is None:
        return _labelled_parts_key(block, vocab, open_keys)
    label = num.rest.split(":", 1)[0]
    if not label.strip() or word_count(label) > 8:
        return ()
    m = match_heading(label, vocab)
    if not isinstance(m, Match) or m.coverage < 0.8:
        return ()
    return tuple(k for k in m.keys if k not in open_keys)


# A Roman numeral as OCR misreads it at the start of a line: "LH.", "LIL", "L.", ".", "II1.", and
# with the space after its dot lost ("VHI.Nguồn nguyên liệu", "VIIIL.Nguồn nguyên liệu", "VIHIIL.Nguồn nguyên liệu"),
# a stroke read as a bracket ("I[X. Nguồn nguyên liệu")
_OCR_NUMERAL = re.compile(r"^\s*(?:[.,]\s+|[IVXLHl1|!\[\]]{1,6}(?:[.,:]\s*|\s+))(?=\w)")


# (a heading in capitals after it: "II SẢN PHẨM", "XU HIỆU QUẢ KINH TẾ")
_OCR_ROMAN_HEAD = re.compile(r"^\s*([IVX]*)([UƯ])?\s+(?=[A-ZĐÀ-Ỹ]{2,}\b)")


def _ocr_numbered_heading(block: Block, vocab: Vocabulary) -> Match | None:
    """On a scanned page, a short line led by a misread Roman numeral whose words name a section
    outright ("LH. Thực trạng sản xuất kinh doanh", "LIL Mục tiêu của phương án")."""
    mm = _OCR_NUMERAL.match(block.text)
    if not mm:
        return None
    rest = block.text[mm.end():].rstrip()
    if not rest or word_count(rest) > 8 or rest.endswith((".", ";", ",", ":")) or not rest[0].isupper():
        return None
    m = match_heading(rest, vocab)
    return m if isinstance(m, Match) and m.coverage >= 0.8 else None


def _plain_heading(blocks: list[Block], i: int) -> bool:
    """Up to five words, no digits, no punctuation at the end, and a longer paragraph right after."""
    text = blocks[i].text.strip()
    n = word_count(text)
    # (words and single spaces only, opening with a capital: "VHI.Nguồn nguyên liệu" is a numeral
    # a scan misread, told apart on scans only)
    if not 1 <= n <= 5 or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", text) or not text[0].isupper() \
            or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return nxt.kind != BlockKind.heading and word_count(nxt.text) > 2 * n


def _promotable(block: Block, m: Match | str | None) -> bool:
    """A short numbered paragraph that clearly names a section is a heading the reader missed."""
    if not isinstance(m, Match) or not _heading_shaped(block):
        return False
    num = split_numbering(block.text)
    if num is not None and word_count(num.rest) > _SHORT_HEADING:
        return m.coverage >= 0.75
    return m.coverage >= (0.6 if num is not None else 0.8)


# a table's head row read as a line of its own on a scan: its first column "TT"/"STT" (or a misreading, "TỊ", "TI"),
# then the other columns' heads
_TABLE_HEAD_LINE = re.compile(r"^\s*(?:S?TT|TỊ|TI|TĨ|T1)\s+\S+(?:\s+\S+){2,}")


def map_sections(doc: Document, vocab: Vocabulary | None = None) -> tuple[list[Section], list[str | None]]:
    """Sections in first-appearance order, and the primary section key of every block.

    Headings form a tree by level (a stack of open headings): a mapped heading opens its keys;
    an unmapped one continues its parent's section; a title or appendix heading belongs to none.
    """
    vocab = vocab or load_vocabulary()
    scanned = doc.format == "pdf-scanned"
    sections: dict[str, Section] = {}
    block_key: list[str | None] = [None] * len(doc.blocks)
    stack: list[_Open] = []
    # (no heading but the cover's lines: "NHÓM LÀM NÓN LÁ …", "PHƯƠNG ÁN SẢN XUẤT KINH DOANH …", then plain "Sản phẩm",
    # "Thị trường" lines over their paragraphs, fz12)
    heads = [i for i, b in enumerate(doc.blocks) if b.kind == BlockKind.heading]
    headless = len(heads) <= 1 or max(heads) < 5
    schemes: list[str] = []  # numbering schemes in order of first appearance: the first is outermost
    after_title = False  # the last heading was the cover's title
    last_seen: dict[str, str] = {}  # the last single-character label of the LETTER and roman schemes
    swot_run = _swot_paragraphs(doc.blocks, vocab, scanned) | {i for i, b in enumerate(doc.blocks) if _swot_table(b, vocab)}
    look_shift = _unnumbered_chapters(doc.blocks)
    for i, b in enumerate(doc.blocks):
        heading_like = b.kind == BlockKind.heading
        m = None
        if b.kind != BlockKind.table and (b.style or "").lower().startswith("toc"):
            continue  # a Word table-of-contents entry, not the section itself
        ocr_level = plain_level = None
        if heading_like or (b.kind in (BlockKind.paragraph, BlockKind.list_item) and _heading_shaped(b)):
            m = match_heading(_title(b), vocab)
            if m == "toc":
                continue
            if not heading_like and _promotable(b, m):
                heading_like = True
        elif headless and b.kind == BlockKind.paragraph and _plain_heading(doc.blocks, i):
            # a plan whose reader found no headings (plain lines, no numbers, no bold): a short line
            # before a longer paragraph that names a section ("Thị trường", "Giới thiệu nhóm")
            m = match_heading(b.text, vocab)
            if isinstance(m, Match) and m.coverage >= 0.5:
                heading_like = True
        elif scanned and b.kind == BlockKind.paragraph and stack and not stack[-1].numbered and \
                _plain_heading(doc.blocks, i) and isinstance(pm := match_heading(b.text, vocab), Match) and \
                pm.coverage >= 0.8 and not pm.weak and not any(k in sections for k in pm.keys):
            # a scan whose headings are plain lines in bold ("Thị trường tiêu thụ"), one of them read without its
            # bold ("Nguồn nguyên liệu" over its paragraph): a heading beside the one above it, naming a section
            # the plan has not opened yet
            m, heading_like, plain_level = pm, True, stack[-1].level
        elif scanned and b.kind == BlockKind.paragraph and (m := _ocr_numbered_heading(b, vocab)) is not None:
            # "LH. Thực trạng sản xuất kinh doanh": a Roman numeral the OCR misread, one level under
            # the heading above it
            heading_like = True
            ocr_level = (stack[-1].level + 1) if stack else 2
        elif b.kind in (BlockKind.paragraph, BlockKind.list_item) and _TOC_LINE.search(_title(b)):
            continue  # a table-of-contents line
        if heading_like and m == "caption":
            heading_like = False
        if heading_like and scanned and _CELL_SPILL.match(_title(b)):
            # "09/2025/HĐLK)": the end of a table's cell the scan set apart in large type, a date or a paper's number
            # closing a bracket it never opened; no heading that closes the part (in04)
            heading_like = False
        if heading_like and _TABLE_HEAD_LINE.match(_title(b)) and \
                any(o.kind == BlockKind.table for o in doc.blocks[i + 1:i + 3]) and \
                (scanned or re.match(r"\s*S?TT\s", _title(b))):
            # "TỊ Công đoạn Đầu vào - đầu ra Tỷ lệ thu hồi Thực hiện" in bold right above its table: the table's head
            # row the scan lifted out of it ("TT" its first column), not a heading that closes the part (iq03); or a
            # list typed with tabs whose bold head line is "TT Chủ hộ Diện tích nếp (sào) …", its first group's name
            # between it and the rows (jb05)
            heading_like = False
        if heading_like and isinstance(m, Match) and after_title and not sections and \
                split_numbering(_title(b)) is None and _NAMES_THE_PRODUCT.match(fold(_title(b))):
            # "PHƯƠNG ÁN SẢN XUẤT KINH DOANH" / "SẢN PHẨM NƯỚC ÉP DƯA LƯỚI VIỆT XUYÊN": the cover's
            # line naming the product, before any section, is part of the title
            m = "title"
        if heading_like and isinstance(m, Match) and not sections and not stack and \
                split_numbering(_title(b)) is None and (_PLAN_TITLE.match(fold(_title(b))) or (
                    _PLAN_COVER.match(fold(_title(b))) and i + 1 < len(doc.blocks)
                    and doc.blocks[i + 1].kind == BlockKind.heading)):
            # "KẾ HOẠCH SẢN XUẤT DƯA GIÁ" opening the plan, before any section: its title, naming the product
            m = "title"
        if heading_like and isinstance(m, Match) and not sections and not stack and \
                split_numbering(_title(b)) is None and _letterhead(_title(b)):
            # "HỢP TÁC XÃ NƯỚC MẮM TRUYỀN THỐNG THIÊN CẦM" above the title: the letterhead, whatever
            # section word its name holds ("truyền thống")
            m = "ignore"
        if heading_like:
            after_title = m == "title"
        if heading_like:
            num = split_numbering(_title(b))
            if num is None and scanned and (mm := _OCR_ROMAN_HEAD.match(_title(b))) and (mm.group(1) or mm.group(2)):
                # "II SẢN PHẨM", "VU NGUỒN NGUYÊN LIỆU": a Roman numeral whose "/" or "." the OCR lost
                # or read with its last "I" as "U": numbered like its neighbours ("IV/ …")
                num = split_numbering(f"{mm.group(1)}{'I' if mm.group(2) else ''}/ {_title(b)[mm.end():]}")
            numbered = num is not None or ocr_level is not None
            label = label_core(num.label) if num is not None else ""
            level = ocr_level or plain_level or b.level or _level_from_numbering(b)
            if num is not None and (b.style in _LOOK_CUES or not b.level):
                # Headings found by their look carry no reliable level: the numbering scheme
                # does, by order of first appearance ("A." before "I." makes the letters outer).
                sch = scheme_of(num.label)
                if sch in ("roman", "LETTER") and len(label) == 1:
                    sch = _letter_or_roman(label, last_seen)
                    last_seen[sch] = label
                if sch not in schemes:
                    schemes.append(sch)
                level = schemes.index(sch) + 1 + look_shift
                # "4.1. Nội dung tour" or "1. Nội dung các gói" in bold under "4. Sản phẩm dịch vụ" or "E. SẢN
                # PHẨM DỊCH VỤ" in a Word heading style: a section of the open styled chapter when its number
                # extends the chapter's or follows another scheme, whatever level the style gave the chapter
                up = next((o for o in reversed(stack) if o.style), None)
                if up is not None and level <= up.level and (
                        not up.label or label.startswith(up.label + ".") or sch != scheme_of(up.label)):
                    level = up.level + 1
            if not numbered and b.style in ("bold", "size") and stack and stack[-1].numbered:
                # An unnumbered bold line inside a numbered structure is a sub-heading of it.
                level = max(level, stack[-1].level + 1)
            styled = style_level(b.style) if b.style not in _LOOK_CUES else None
            if styled and (up := next((o for o in reversed(stack) if o.style and o.style < styled), None)) \
                    and level <= up.level:
                # "5. Sản phẩm" in Heading 1, then "1. Mô tả", "2. …" in Heading 2: numbers that restart under
                # each chapter give them all the same level; the styles say which is inside which
                level = up.level + 1
            while stack and stack[-1].level >= level:
                stack.pop()
            parent = stack[-1] if stack else None
            if isinstance(m, Match) and m.weak and numbered and parent is not None and parent.keys and \
                    parent.numbered and parent.start >= 0 and not set(m.keys) & set(parent.keys) and \
                    _shares_topic(_title(b), _title(doc.blocks[parent.start])):
                # "5. Nguồn nguyên liệu – đàn ong và nguồn hoa" > "5.1. Quy mô đàn ong": a numbered
                # sub-heading named by a weak cue alone ("quy mô") that repeats what its chapter is
                # about ("đàn ong") goes on with its chapter's topic ("b. Quá trình chăn nuôi và kết quả
                # 2024–2025" under "I. Khái quát về chủ thể" still opens the present state)
                m = None
            if isinstance(m, Match):
                keys = m.keys
                if parent is not None and parent.keys:
                    new = tuple(k for k in keys if k not in parent.keys)
                    if not new and all(sections[k].start < parent.start for k in keys if k in sections):
                        # "8. Cơ sở vật chất, quy trình phục vụ" > "8.1. Cơ sở vật chất" when "4. Hiện
                        # trạng" came before: the chapter's facilities serve its other topic
                        # (technology) as much as the one an earlier chapter already opened
                        # (the key the sub-heading names leads: "PHẦN BỐN: VỐN VÀ HIỆU QUẢ" > "II.
                        # HIỆU QUẢ KINH TẾ" is the financial part of the chapter)
                        keys = (*keys, *(k for k in parent.keys if k not in keys))
                    if new and parent.own > 0 and keys[0] in parent.keys:
                        # "7/ Thị trường" with text of its own, then "b) Kênh bán và sản lượng dự kiến":
                        # the sub-heading's head is the chapter's topic, which goes on; the other
                        # topic it names is opened beside it
                        keys = (keys[0], *new)
                    elif new:
                        keys = new  # the parent's topic named as context, the new one wins
                        if parent.own == 0 and not set(parent.keys) <= parent.named:
                            # "I. THÔNG TIN CHUNG" directly followed by "1. Thông tin pháp lý":
                            # the chapter's content is its sub-sections, for its own key too.
                            # (not once each of its topics has a sub-heading of its own: "II. SẢN PHẨM VÀ
                            # THỊ TRƯỜNG" > "2.1. Sản phẩm", "2.2. Thị trường", "2.3. Điểm mạnh, điểm yếu":
                            # the strengths are neither the product's text nor the market's)
                            parent.container = True
                    if not new:
                        parent.named.update(m.keys)
                stack.append(_Open(keys, level, numbered, start=i, label=label, style=styled))
                for k in keys:
                    if k not in sections:
                        sections[k] = Section(key=k, title=_title(b), start=i)
                _add(sections, _container_keys(stack[:-1]), i, b)
                block_key[i] = keys[0]
                continue
            if m in ("title", "ignore"):
                stack.append(_Open(None, level, numbered, label=label, style=styled))
                continue
            stack.append(_Open(parent.keys if parent else None, level, numbered, label=label, style=styled))
        current = stack[-1].keys if stack else None
        run_in = ()
        if not heading_like and i in swot_run and _PAIRED not in (current or ()):
            run_in = (_PAIRED,)
        if not heading_like and (run_in or (run_in := _run_in_keys(b, vocab, current or ()))):
            # "4) Thuận lợi, khó khăn: thuận lợi là …": a numbered paragraph led by a section's
            # name is that section too, inside the one around it
            for k in run_in:
                if k not in sections:
                    sections[k] = Section(key=k, title=b.text.split(":", 1)[0].strip(), start=i)
            _add(sections, run_in, i, b)
            if not current:
                block_key[i] = run_in[0]
        if current:
            stack[-1].own += 1
            _add(sections, current + _container_keys(stack[:-1]), i, b)
            block_key[i] = current[0]
    out = _stand_ins(list(sections.values()), vocab, doc)
    for s in out:
        s.words = sum(word_count(doc.blocks[j].text) for j in s.blocks)
    return out, block_key


def _stand_ins(sections: list[Section], vocab: Vocabulary, doc: Document) -> list[Section]:
    """A key no heading maps to, held by another section whose heading names it as well
    (`stands_in`), or names it and whose text bears it out (`stands_in_if`): the same blocks under
    that key, placed right after the section that holds them."""
    have = {s.key for s in sections}
    wanted = [(k, p, None, False) for k, p in vocab.stands_in.items()] + \
        [(k, p, rx, alone) for k, (p, rx, alone) in vocab.stands_in_if.items()]
    for key, phrases, rx, alone in wanted:
        if key in have:
            continue
        for i, s in enumerate(sections):
            if _stands_in(doc, s.title, s.blocks, phrases, rx, alone):
                sections.insert(i + 1, Section(key=key, title=s.title, start=s.start, blocks=list(s.blocks)))
                have.add(key)
                break
        else:
            # a heading that maps to no key, inside a part that holds it ("KẾ HOẠCH LÀM NÓN LÁ OCOP" over "Thông
            # tin", "Sản phẩm", "Dự kiến", "Đề xuất"): its own paragraphs, up to the next heading (fp12)
            for j, body in _unmapped_parts(sections, doc):
                if _stands_in(doc, _title(doc.blocks[j]), body, phrases, rx, alone):
                    at = next((i for i, s in enumerate(sections) if s.start > j), len(sections))
                    sections.insert(at, Section(key=key, title=_title(doc.blocks[j]), start=j, blocks=body))
                    have.add(key)
                    break
    return sections


def _stands_in(doc: Document, title: str, body: list[int], phrases: list[tuple[str, ...]],
               rx: re.Pattern[str] | None, alone: bool = False) -> bool:
    """A part whose heading names one of `phrases` (with `alone`: is one of them, its numbering aside) and, with
    `rx`, whose body bears it out."""
    if alone:
        num = split_numbering(title)
        toks = _tok(num.rest if num is not None else title)
        named = toks in phrases
    else:
        named = any(_find(_tok(title), p) for p in phrases)
    return named and (
        rx is None or any(rx.search(doc.blocks[k].text) for k in body))


def _unmapped_parts(sections: list[Section], doc: Document) -> list[tuple[int, list[int]]]:
    """(heading, its body blocks) of each heading no section starts at, its body the blocks after it up to
    the next heading; only those whose body some section holds (the heading sits inside a mapped part)."""
    starts = {s.start for s in sections}
    held = {j for s in sections for j in s.blocks}
    blocks = doc.blocks
    out = []
    for j, b in enumerate(blocks):
        if b.kind != BlockKind.heading or j in starts:
            continue
        body = []
        for k in range(j + 1, len(blocks)):
            if blocks[k].kind == BlockKind.heading:
                break
            body.append(k)
        if body and all(k in held for k in body):
            out.append((j, body))
    return out


_LOOK_CUES = ("numbered", "bold", "size", "upper")
_FIRST_LABEL = re.compile(r"^(?:\d+\.)*0?1$|^[aA]$")  # "1", "1.1", "2.1", "01", "a" (the label's core)


def _unnumbered_chapters(blocks: list[Block]) -> int:
    """The level of a plan's chapters when they carry no number and their sub-headings restart
    their own ("THÔNG TIN VỀ CHỦ THỂ" > "1. Tên và địa chỉ", "2. Đăng ký kinh doanh"; then "SẢN PHẨM"
    > "1. Đặc điểm" or "2.1. Mô tả"): two such chapters or more, each followed at once by a
    numbered heading found by its look whose label is the first of its scheme. Those numbered
    headings are then levelled below the chapters instead of at their own scheme's first level,
    which would close the chapter they belong to. 0 when the plan is not built that way."""
    heads = [b for b in blocks if b.kind == BlockKind.heading]
    levels = []
    for a, nxt in zip(heads, heads[1:]):
        if split_numbering(_title(a)) is not None or not a.level:
            continue
        num = split_numbering(_title(nxt))
        if num is None or not (nxt.style in _LOOK_CUES or not nxt.level):
            continue
        if _FIRST_LABEL.match(label_core(num.label)):
            levels.append(a.level)
    return min(levels) if len(levels) >= 2 else 0


_LETTERS = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ"
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _letter_or_roman(c: str, last: dict[str, str]) -> str:
    """A one-character label that may be a letter or a Roman numeral ("C.", "I.", "L."): the
    scheme whose sequence it continues. "C." after "B." is the third letter, not 100; "I." after
    "H." is the letter after H (Vietnamese letters skip F and J), unless the Roman numerals have
    reached it; a label continuing neither is Roman when it is I, V or X, else a letter."""
    if c not in _ROMAN_VALUE:
        return "LETTER"
    prev_letter = last.get("LETTER")
    letter_next = prev_letter is not None and prev_letter in _LETTERS and \
        0 < _LETTERS.index(c) - _LETTERS.index(prev_letter) <= 2  # a skipped F or J
    prev_roman = last.get("roman")
    roman_next = (prev_roman is None and c == "I") or \
        (prev_roman is not None and _ROMAN_VALUE.get(prev_roman, 0) + 1 == _ROMAN_VALUE[c])
    if letter_next and not (roman_next and prev_roman is not None):
        return "LETTER"
    if roman_next or c in "IVX":
        return "roman"
    return "LETTER"


def label_core(label: str) -> str:
    """A heading number without its punctuation: "IV/" -> "IV", "4.1." -> "4.1", "a)" -> "a"."""
    return label.strip().rstrip(".:)-–/ ").strip()


def scheme_of(label: str) -> str:
    """The numbering scheme of a heading label: 'part', 'roman', 'LETTER', 'n', 'n.n', 'n.n.n', 'letter'."""
    core = label_core(label)
    low = core.lower()
    if re.match(r"^(phần|phan|chương|chuong|mục|muc)\b", low):
        return "part"
    if re.fullmatch(r"[IVXLC]+", core):
        return "roman"
    if re.fullmatch(r"[A-ZĐ]", core):
        return "LETTER"
    if re.fullmatch(r"[A-ZĐ]\.\d+(\.\d+)?", core):
        return "L.n" if core.count(".") == 1 else "L.n.n"
    if re.fullmatch(r"[a-zđ]", core):
        return "letter"
    depth = core.count(".") + 1 if re.fullmatch(r"\d+(\.\d+)*", core) else 0
    return {1: "n", 2: "n.n", 3: "n.n.n"}.get(depth, "other")


def _container_keys(stack: list[_Open]) -> tuple[str, ...]:
    return tuple(k for o in stack if o.container and o.keys for k in o.keys)


def _add(sections: dict[str, Section], keys: tuple[str, ...], i: int, b: Block) -> None:
    for k in dict.fromkeys(keys):
        if not sections[k].blocks or sections[k].blocks[-1] != i:
            sections[k].blocks.append(i)


_PLAN_TITLE = re.compile(r"^\s*ke hoach (?:san xuat kinh doanh|san xuat|kinh doanh)\s+"
                         r"(?!va\b|nam\b|giai\b|cua\b|cho\b|tai\b|trong\b|du kien\b|hang\b|kinh\b|san\b|"
                         r"tieu\b|va\b)\S+", re.I)
# "KẾ HOẠCH SẢN XUẤT KINH DOANH" right above another cover line ("SẢN PHẨM RƯỢU NẾP …"): the cover's title
_PLAN_COVER = re.compile(r"^\s*ke hoach (?:san xuat kinh doanh|kinh doanh|san xuat)\s*$", re.I)
# "SẢN PHẨM <name>", "DỊCH VỤ <name>" (folded): a product named, not a section about it
_NAMES_THE_PRODUCT = re.compile(r"^\s*(?:san pham|dich vu)\s+(?!va\b|cua\b|chinh\b|:)\S+(?:\s+\S+){1,8}\s*$", re.I)


def _title(b: Block) -> str:
    if b.numbering and not b.text.startswith(b.numbering):
        return f"{b.numbering} {b.text}".strip()
    return b.text


def _level_from_numbering(b: Block) -> int:
    num = split_numbering(b.text)
    return num.rank + 1 if num else 2
