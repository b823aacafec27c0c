"""phrases: does the plan hold, or plan to obtain, a thing (certificate, licence, registration,
label, trademark, standard, measures, sales channel)?

The patterns are data (`rules/phrases.yml`). Matching is over each sentence's words (spaCy's
tokenizer), run twice, as spaCy's PhraseMatcher would (every phrase at every word, exact words):
on tone keys (case and old/new tone placement ignored: "hoà" = "hòa") and on folded
words (no diacritics). A folded match counts in a sentence typed without diacritics, and in a
sentence with diacritics only where the words that differ were typed without any (a phrase of
three syllables or more: "giay chứng nhận ATTP"): words that differ only by their diacritics
("ghi nhận"/"ghi nhãn", "sẽ"/"sẻ", "bã"/"ba") stay apart.

Each mention of a required group gets a status from its own sentence:
* held    - its clause has no negation cue;
* planned - a plan cue ("dự kiến", "sẽ", "quý II/2027", "đã nộp hồ sơ") is in its clause or later
            in the sentence, or the next sentence says how it will be obtained;
* missing - negated ("chưa có", "chưa được cấp") with no plan cue.
The rule fires when no mention is held or planned. The evidence is the plan's own negating
sentence where there is one, else the plan's sentence that made a conditional rule apply (its
waste, for the environment), else a short statement of what was looked for and where.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from pipeline import datafile
from pipeline.forms import BOX_MARK
from pipeline.judge.base import BatchContext, Hit, PlanView, Sentence, SpecBase, quote
from pipeline.judge.literals import required_substrings
from pipeline.judge.nlp import WordSpans
from pipeline.models import BlockKind
from pipeline.settings import get_settings
from pipeline.text import fold, has_diacritics, tone_key

Status = Literal["held", "planned", "missing"]

# Cue groups the clause splitter always uses (when rules/phrases.yml defines them).
_SPLIT_CUES = ("negation", "plan_cues", "affirm")
_CONTRAST = "contrast"
_FOLLOW_WINDOW = 6  # "Nhãn hiệu: chưa đăng ký" - a negation this many words after a mention still counts
_COMMA_LOOKAHEAD = 3  # a comma followed within this many words by a cue starts a new clause
_HARD_BREAKS = set(";.!?")
_CLAUSE_CHARS = re.compile("[" + re.escape("".join(sorted(_HARD_BREAKS))) + ",]")  # and the comma
_ONE_SYLLABLE_OK = {*_SPLIT_CUES, _CONTRAST, "obtain_verbs"}


# ------------------------------------------------------------------------------- the phrase book

@dataclass(frozen=True)
class Group:
    name: str
    label: str
    phrases: tuple[str, ...]
    regex: tuple[re.Pattern[str], ...]
    not_before: frozenset[str] = frozenset()  # tone keys of words that must not follow a match
    near_detail: int = 0  # > 0: counts only with a name (capitalised word) or a number this near
    with_group: str = ""  # counts only in a sentence where this other group matches too
    # per regex: a literal every match contains ("haccp" of r"\bhaccp\b"), or "" when unknown
    literals: tuple[str, ...] = ()


_LITERAL_HEAD = re.compile(r"(?:\\b|\^)?([a-z0-9/ ]+)")


def required_literal(pattern: str) -> str:
    r"""The plain text a pattern starts with after an optional word boundary (r"\biso\s*22000" ->
    "iso"), which every match therefore contains; "" when it starts otherwise. Python's regex
    engine scans a pattern opening with \b character by character (about 2 µs a sentence for each
    of the book's patterns); a substring test first skips the sentences that cannot match."""
    m = _LITERAL_HEAD.match(pattern)
    if not m:
        return ""
    lit, nxt = m.group(1), pattern[m.end():m.end() + 1]
    if nxt and nxt in "?*{":
        lit = lit[:-1]  # the last character is optional or repeated
    return "" if _top_level_alternative(pattern) else lit


def _top_level_alternative(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside every group ("abc|x": a match need not hold "abc")."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


# first word -> (the phrase's words, its group) of every phrase starting with that word
PhraseIndex = dict[str, list[tuple[tuple[str, ...], str]]]
# first word -> (its one-word phrases, second word -> its phrases that can start with those two
# words), each list in the index's order: a first word such as "không" or "giấy" starts some
# thirty phrases, and the second word rules out nearly all of them
_Entries = list[tuple[tuple[str, ...], str]]
NextIndex = dict[str, tuple[_Entries, dict[str, _Entries]]]


def next_index(index: PhraseIndex) -> NextIndex:
    out: NextIndex = {}
    for first, entries in index.items():
        singles = [x for x in entries if len(x[0]) == 1]
        seconds = {x[0][1] for x in entries if len(x[0]) > 1}
        out[first] = (singles, {w: [x for x in entries if len(x[0]) == 1 or x[0][1] == w]
                                for w in seconds})
    return out


@dataclass
class PhraseBook:
    groups: dict[str, Group]
    tone_index: PhraseIndex = field(default_factory=dict)  # phrases as tone keys
    fold_index: PhraseIndex = field(default_factory=dict)  # phrases folded
    fold_index_long: PhraseIndex = field(default_factory=dict)  # phrases of 3+ words folded
    # `next_index` of each index above
    tone_next: NextIndex = field(default_factory=dict)
    fold_next: NextIndex = field(default_factory=dict)
    fold_next_long: NextIndex = field(default_factory=dict)
    # group -> folded phrase words -> the tone keys of the phrases that fold to them
    tones_of: dict[str, dict[tuple[str, ...], set[tuple[str, ...]]]] = field(default_factory=dict)
    # every regex of the book in group order: (group, regex, its literal or "", strings one of which
    # every match holds (literals.required_substrings) or (), has a "year" group)
    regexes: tuple[tuple[str, re.Pattern[str], str, tuple[str, ...], bool], ...] = ()

    def label(self, name: str) -> str:
        g = self.groups.get(name)
        return g.label if g else name


_make_doc: tuple | None = None


def _tokenizer() -> tuple:
    """spaCy's `make_doc` and the token attributes `_word_spans` reads, looked up once."""
    global _make_doc
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH

    from pipeline.judge.nlp import nlp

    _make_doc = (nlp().make_doc, [IS_PUNCT, IS_SPACE, IDX, LENGTH])
    return _make_doc


def _word_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """Words of `text` (spaCy tokens that are neither punctuation nor space) and their char
    offsets, the tokens' attributes read as one array (making a Python Token object per token
    cost more than the tokenizer). What lies between two words is only punctuation and space."""
    make_doc, attrs = _make_doc or _tokenizer()
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for punct, space, idx, n in make_doc(text).to_array(attrs).tolist():
        if not (punct or space):
            words.append(text[idx:idx + n])
            starts.append(idx)
            ends.append(idx + n)
    return words, starts, ends


def _words(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """Words of `text` (spaCy tokens that are not punctuation), their char offsets, and the
    punctuation written before each word. The tokens' attributes are read as one array (making a
    Python Token object per token cost more than the tokenizer)."""
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH

    from pipeline.judge.nlp import nlp

    doc = nlp().make_doc(text)
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    seps: list[str] = []
    pending = ""
    for punct, space, idx, n in doc.to_array([IS_PUNCT, IS_SPACE, IDX, LENGTH]).tolist():
        t = text[idx:idx + n]
        if punct or space:
            pending += t
            continue
        words.append(t)
        starts.append(idx)
        ends.append(idx + n)
        seps.append(pending)
        pending = ""
    return words, starts, ends, seps


@lru_cache(maxsize=4)
def load_phrases(path: Path | None = None) -> PhraseBook:
    """rules/phrases.yml, validated, with its two phrase indexes built once."""
    path = path or get_settings().rules_dir / "phrases.yml"
    data = datafile.safe_load(path.read_text(encoding="utf-8")) or {}
    raw = data.get("groups")
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: needs a 'groups' mapping")
    groups: dict[str, Group] = {}
    for name, g in raw.items():
        if isinstance(g, list):
            g = {"phrases": g}
        allowed = {"label", "phrases", "regex", "not_before", "near_detail", "with_group"}
        if not isinstance(g, dict) or set(g) - allowed:
            raise ValueError(f"{path}: group {name!r}: only {sorted(allowed)} are allowed")
        try:
            rx = tuple(re.compile(r) for r in g.get("regex") or [])
        except re.error as e:
            raise ValueError(f"{path}: group {name!r}: bad regex: {e}") from None
        groups[name] = Group(name, str(g.get("label") or name),
                             tuple(str(p) for p in g.get("phrases") or []), rx,
                             frozenset(tone_key(w) for w in g.get("not_before") or []),
                             int(g.get("near_detail") or 0),
                             str(g.get("with_group") or ""),
                             tuple(required_literal(r.pattern) if not r.flags & re.I else "" for r in rx))
    for name, g in groups.items():
        if g.with_group and g.with_group not in groups:
            raise ValueError(f"{path}: group {name!r}: with_group {g.with_group!r} is no group")
    tone_index: PhraseIndex = {}
    fold_index: PhraseIndex = {}
    fold_index_long: PhraseIndex = {}
    tones_of: dict[str, dict[tuple[str, ...], set[tuple[str, ...]]]] = {}
    for name, g in groups.items():
        for p in g.phrases:
            w = _words(p)[0]
            if not w:
                continue
            tk, fk = tuple(tone_key(x) for x in w), tuple(fold(x) for x in w)
            long = fk if len(fk) >= 3 else ()
            for index, key in ((tone_index, tk), (fold_index, fk), (fold_index_long, long)):
                if not key:
                    continue
                entry = (key, name)
                if entry not in (at := index.setdefault(key[0], [])):
                    at.append(entry)
            tones_of.setdefault(name, {}).setdefault(fk, set()).add(tk)
    regexes = tuple((g.name, rx, lit, required_substrings(rx.pattern, rx.flags), "year" in rx.groupindex)
                    for g in groups.values() for rx, lit in zip(g.regex, g.literals, strict=True))
    return PhraseBook(groups, tone_index, fold_index, fold_index_long, next_index(tone_index),
                      next_index(fold_index), next_index(fold_index_long), tones_of, regexes)


def _phrase_matches(index: PhraseIndex, keys: list[str],
                    nxt: NextIndex | None = None) -> list[tuple[str, int, int]]:
    """(group, start, end) of every phrase of `index` found in `keys`, overlapping ones included
    (what spaCy's PhraseMatcher finds, without making a Doc and its lexemes per sentence).
    `nxt`: `next_index(index)`, to try at each word only the phrases its next word allows."""
    out: list[tuple[str, int, int]] = []
    firsts = index.keys() & keys  # most words start no phrase
    if not firsts:
        return out
    n = len(keys)
    # only the words that start a phrase, in order (picked in C: no Python step per word)
    for i in compress(range(n), map(firsts.__contains__, keys)):
        if nxt is None:
            cands = index[keys[i]]
        else:
            singles, by_second = nxt[keys[i]]
            cands = by_second.get(keys[i + 1], singles) if i + 1 < n else singles
        for phrase, name in cands:
            e = i + len(phrase)
            if e <= n and (e == i + 1 or tuple(keys[i:e]) == phrase):
                out.append((name, i, e))
    return out


def _typed_plain_where_it_differs(book: PhraseBook, group: str, words: list[str]) -> bool:
    """A folded match in a sentence that has diacritics: each word that differs from the phrase
    was typed without diacritics ("giay chứng nhận ATTP"), never with other ones ("ghi nhận" is
    not "ghi nhãn", "tiếp nhận theo quy định" is not "nhãn theo quy định")."""
    tones = [tone_key(w) for w in words]
    for phrase in book.tones_of.get(group, {}).get(tuple(fold(w) for w in words), ()):
        if all(t == p or not has_diacritics(w) for t, p, w in zip(tones, phrase, words, strict=True)):
            return True
    return False


# ------------------------------------------------------------------------------- one sentence

@dataclass
class Matched:
    """What the phrase book finds in one sentence: word spans per group, and clause ids."""

    text: str
    words: list[str]
    clause: list[int]
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def has(self, group: str) -> bool:
        return bool(self.spans.get(group))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _safe_single(group: str, word: str) -> bool:
    """In a sentence without diacritics, whether a one-syllable match can be trusted: a cue
    ("chua", "se"), an abbreviation written in capitals ("TCCS") or a long foreign word ("shopee")."""
    return group in _ONE_SYLLABLE_OK or (word.isupper() and len(word) >= 2) or len(word) >= 5


_DIGIT = re.compile(r"\d")


def _details(words: list[str]) -> list[bool]:
    """Per word: a number, or a proper name (a capitalised word, not the sentence's first). A year or a
    span of years is neither ("Trong giai đoạn 2027-2029, công ty tập trung phát triển thị trường": no
    customer named)."""
    return [(bool(_DIGIT.search(w)) and not _YEARS.fullmatch(w)) or (k > 0 and w[:1].isupper())
            for k, w in enumerate(words)]


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


def _detail_near(details: list[bool], span: tuple[int, int], n: int, clause: list[int]) -> bool:
    """A detail (`_details`) within n words after the span, or within 3 before it, in the same clause (a name
    four words before is what the sentence comes from, not whom it names: "… vùng chè Kỳ Sơn nên sẽ được
    người tiêu dùng đón nhận")."""
    c = clause[span[0]]
    return any(details[k] and clause[k] == c
               for r in (range(max(0, span[0] - min(n, 3)), span[0]), range(span[1], min(len(details), span[1] + n)))
               for k in r)


def match_sentence(text: str, ref_year: int | None = None, book: PhraseBook | None = None,
                   regexes: tuple | None = None, spans: WordSpans | None = None) -> Matched:
    """Every group of the phrase book found in `text` (one sentence). `regexes`: those of
    `book.regexes` (in their order) that can match here (`_sentence_regexes`); all of them by default.
    `spans`: `_word_spans(text)` when already known (`PlanView.sentence_words`)."""
    book = book or load_phrases()
    words, starts, ends = spans if spans is not None else _word_spans(text)
    m = Matched(text, words, [0] * len(words))
    if not words:
        return m
    spans: dict[str, set[tuple[int, int]]] = {}
    plain = not has_diacritics(text)  # the writer typed without diacritics
    keys = list(map(tone_key, words))
    for name, s, e in _phrase_matches(book.tone_index, keys, book.tone_next):
        if plain and e - s == 1 and not _safe_single(name, words[s]):
            continue  # "tro" typed for "trở" is not "tro" (ash)
        spans.setdefault(name, set()).add((s, e))
    # (a sentence with diacritics keeps only folded matches of 3+ words: look for those alone)
    for name, s, e in _phrase_matches(book.fold_index if plain else book.fold_index_long,
                                      list(map(fold, words)),
                                      book.fold_next if plain else book.fold_next_long):
        # Folding merges words. In a sentence typed without diacritics: a phrase of 2+ syllables,
        # and a single syllable only for a cue ("chua" = "chưa", "se" = "sẽ"): "ba" must not be
        # "bã", "cho" not "chợ". In a sentence with diacritics, only a phrase of 3+ syllables whose
        # differing words were typed without diacritics ("ghi nhận" is never "ghi nhãn").
        if plain:
            if e - s >= 2 or _safe_single(name, words[s]):
                spans.setdefault(name, set()).add((s, e))
        elif e - s >= 3 and _typed_plain_where_it_differs(book, name, words[s:e]):
            spans.setdefault(name, set()).add((s, e))
    folded = fold(text)
    aligned = len(folded) == len(text)
    for name, rx, lit, needs, has_year in book.regexes if regexes is None else regexes:
        if lit and lit not in folded:
            continue
        if needs:
            for x in needs:
                if x in folded:
                    break
            else:
                continue
        for mt in rx.finditer(folded):
            if has_year and mt.group("year") and ref_year:
                if int(mt.group("year")) < ref_year:
                    continue
            a, b = mt.span()
            if not aligned:  # rare (a character whose lower case is longer): scale offsets
                a, b = a * len(text) // max(1, len(folded)), b * len(text) // max(1, len(folded))
            s = max(0, bisect.bisect_right(ends, a))
            e = max(s + 1, bisect.bisect_left(starts, b))
            spans.setdefault(name, set()).add((min(s, len(words) - 1), min(e, len(words))))
    groups = book.groups
    for name, found in spans.items():
        g = groups.get(name)
        if g and g.not_before:
            found -= {(s, e) for s, e in found if e < len(words) and keys[e] in g.not_before}
        # keep the longest matches: "giấy chứng nhận ATTP" once, not also "chứng nhận ATTP"
        if len(found) > 1:
            found -= {a for a in found for b in found if a != b and b[0] <= a[0] and a[1] <= b[1]}
    m.spans = {k: sorted(v) for k, v in spans.items() if v}
    # clauses: a new one at a word after a hard break (";.!?" in the punctuation between the two
    # words), at a contrast cue, and at a word after a comma when a cue starts within
    # _COMMA_LOOKAHEAD words. Only those characters are looked at: each one between two words
    # (not inside one: "1.250.000") marks the word after it.
    n = len(words)
    breaks = {s for s, _ in m.spans.get(_CONTRAST, ()) if 0 < s < n}
    cue_starts = None
    for mt in _CLAUSE_CHARS.finditer(text):
        p = mt.start()
        i = bisect.bisect_right(starts, p)  # the first word after it
        if not 0 < i < n or ends[i - 1] > p:
            continue  # before the first word, after the last, or inside a word
        if mt.group() in _HARD_BREAKS:
            breaks.add(i)
            continue
        if cue_starts is None:
            cue_starts = {s for g in _SPLIT_CUES for s, _ in m.spans.get(g, ())}
        if any(j in cue_starts for j in range(i, i + _COMMA_LOOKAHEAD)):
            breaks.add(i)
    if breaks:
        clause = m.clause
        c = 0
        for i in range(1, n):
            if i in breaks:
                c += 1
            clause[i] = c
    # groups that need a name or a number nearby, within the mention's clause
    details = None
    for name in list(m.spans):
        g = book.groups.get(name)
        if g and g.near_detail:
            details = details or _details(words)
            kept = [sp for sp in m.spans[name] if _detail_near(details, sp, g.near_detail, m.clause)]
            if kept:
                m.spans[name] = kept
            else:
                del m.spans[name]
    # groups that count only beside another ("tái sử dụng" is a measure when waste is named)
    for name in list(m.spans):
        g = book.groups.get(name)
        if g and g.with_group and g.with_group not in m.spans:
            del m.spans[name]
    return m


@dataclass(frozen=True)
class Polarity:
    negated: bool  # a negation cue in the mention's clause ("chưa có X", "X chưa được cấp")
    planned: bool  # a plan cue in its clause or a later one
    affirmed: bool  # an affirmation cue in its clause ("đã có", "được cấp")

    @property
    def status(self) -> Status:
        if self.planned:
            return "planned"
        return "missing" if self.negated else "held"


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def polarity(m: Matched, span: tuple[int, int], negation: list[str], plan_cues: list[str],
             affirm: str = "affirm") -> Polarity:
    """How one mention (a word span) stands in its sentence. A cue wholly inside the mention
    ("không thuộc đối tượng phải đăng ký môi trường") does not count."""
    c = m.clause[span[0]]
    affirms = [a for a in m.spans.get(affirm, []) if not _inside(a, span) and m.clause[a[0]] == c]
    negated = False
    for g in negation:
        for n in m.spans.get(g, []):
            if _inside(n, span) or m.clause[n[0]] != c:
                continue
            if n[0] < span[0]:
                # an affirmation between the cue and the mention cancels it ("chưa có X và đã có Y")
                if not any(n[1] <= a[0] and a[1] <= span[0] for a in affirms):
                    negated = True
            elif n[0] >= span[1] and n[0] - span[1] <= _FOLLOW_WINDOW:
                negated = True
    planned = any(not _inside(p, span) and m.clause[p[0]] >= c
                  for g in plan_cues for p in m.spans.get(g, []))
    return Polarity(negated, planned, bool(affirms))


def mention_status(m: Matched, span: tuple[int, int], negation: list[str], plan_cues: list[str],
                   affirm: str = "affirm") -> Status:
    """Held, planned or missing, for one mention (a word span) in its sentence."""
    return polarity(m, span, negation, plan_cues, affirm).status


# ------------------------------------------------------------------------------- one plan

_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def reference_year(view: PlanView) -> int:
    """The plan's year (a later date is 'planned'); the current year when the plan has none."""
    return view.plan_year or _dt.date.today().year


# the plan's producer spoken of by its kind, in lower case or opening the sentence, no name after it ("Hợp tác xã bán
# cho 12 cửa hàng", "sản phẩm của hộ được bán tại …"): its own sales, whatever the paragraph opened on
_OWN_SAID = re.compile(r"(?:^\W*(?i:hợp tác xã|htx|công ty|cơ sở|hộ kinh doanh|hộ|tổ hợp tác|tổ|doanh nghiệp|gia đình)|"
                       r"\b(?:của|cho)\s+(?:hợp tác xã|htx|HTX|công ty|cơ sở|hộ|tổ|doanh nghiệp|gia đình))\b"
                       r"(?!\s+(?:[^\s|]+\s+){0,2}[A-ZĐ])")  # (not "Cơ sở chè Mỹ Hòa": another, by its name)


def _opens_block(view: PlanView, sentence) -> bool:
    """The sentence is a table's header row, or a short lead-in sentence that opens its paragraph."""
    b = view.blocks[sentence.block]
    if b.kind == BlockKind.table:
        head = [c for c in (b.rows[0] if b.rows else []) if c]
        return bool(head) and " | ".join(head) == sentence.text
    if b.kind not in (BlockKind.paragraph, BlockKind.list_item) or len(sentence.text.split()) > 8 or \
            len(sentence.text) >= len(b.text):
        return False
    # (the first with words: "3." before "Đối thủ cạnh tranh." is the item's number)
    first = next((x for x in view.sentences if x.block == sentence.block and any(c.isalpha() for c in x.text)), None)
    return first is not None and first.text == sentence.text


def _ignored_table(view: PlanView, block: int, ignored: set[int]) -> bool:
    """A table whose caption (a short paragraph right above it) the check's `ignore_with` groups name."""
    above = view.blocks[block - 1] if block > 0 else None
    return above is not None and block - 1 in ignored and above.kind == BlockKind.paragraph and len(above.text) < 200


def matched_sentences(view: PlanView) -> list[Matched]:
    """`match_sentence` for every sentence of the plan, computed once per view."""
    got = _cache.get(view)
    if got is None:
        ref = reference_year(view)
        book = load_phrases()
        texts = [s.text for s in view.sentences]
        rxs = _sentence_regexes(book, list(map(fold, texts)))
        got = [match_sentence(t, ref, book, r, w)
               for t, r, w in zip(texts, rxs, view.sentence_words, strict=True)]
        _cache[view] = got
    return got


def _sentence_regexes(book: PhraseBook, folds: list[str]) -> list[tuple]:
    """Per sentence (`folds`: each sentence folded), the regexes of the book whose literal and
    one of whose required strings it holds, in the book's order: what `match_sentence` would try
    of them. Each string is looked for once in the whole plan (most are in few sentences or none)
    instead of once per sentence, and a sentence that no regex can match gets ()."""
    n = len(folds)
    joined = "\n".join(folds)
    starts: list[int] = []
    at = 0
    for f in folds:
        starts.append(at)
        at += len(f) + 1
    memo: dict[str, set[int]] = {}

    def holding(x: str) -> set[int]:
        """The sentences that hold `x`."""
        got = memo.get(x)
        if got is not None:
            return got
        if not x:
            got = set(range(n))
        elif "\n" in x:  # could run across two sentences of `joined`: test each one
            got = {k for k, f in enumerate(folds) if x in f}
        else:
            # `x` has no "\n", so a match never runs over the "\n" that ends its sentence
            got = set()
            p = joined.find(x)
            while p >= 0:
                k = bisect.bisect_right(starts, p) - 1
                got.add(k)
                p = joined.find(x, starts[k + 1]) if k + 1 < n else -1
        memo[x] = got
        return got

    per: list[list[tuple]] = [[] for _ in range(n)]
    everyone = range(n)
    for r in book.regexes:
        _name, _rx, lit, needs, _year = r
        cands: set[int] | range = holding(lit) if lit else everyone
        if needs:
            cands = set(cands).intersection(set().union(*map(holding, needs)))
        for k in cands:
            per[k].append(r)
    return [tuple(x) if x else () for x in per]


def _block_keys(view: PlanView) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for s in view.plan.sections:
        for i in s.blocks:
            out.setdefault(i, set()).add(s.key)
    return out


_where_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _sentences_with(view: PlanView) -> dict[str, list[int]]:
    """Group -> the indexes of the sentences of `matched_sentences(view)` that mention it, made once
    per view: a plan's rules ask `find_mentions` a dozen times, each for a few groups, and each
    walk over every sentence would find nearly none."""
    got = _where_cache.get(view)
    if got is None:
        got = {}
        for i, m in enumerate(matched_sentences(view)):
            for g, found in m.spans.items():
                if found:
                    got.setdefault(g, []).append(i)
        _where_cache[view] = got
    return got


@dataclass
class Mention:
    group: str
    status: Status
    sentence: Sentence
    index: int  # into view.sentences
    polarity: Polarity | None = None


def find_mentions(view: PlanView, groups: list[str], scope: list[str] | None = None,
                  negation: list[str] = ("negation",), plan_cues: list[str] = ("plan_cues",),
                  obtain: str = "obtain_verbs", headings: bool = False) -> list[Mention]:
    """Mentions of `groups` in the sections `scope` (None or empty: the whole plan), in order."""
    sents = view.sentences
    ms = matched_sentences(view)
    keys = _block_keys(view) if scope else {}
    wanted = set(scope) if scope else set()
    out: list[Mention] = []
    where = _sentences_with(view)
    # only the sentences that mention one of the groups (most sentences mention none), in order
    for i in sorted(set().union(*(where.get(g, ()) for g in groups))):
        s, m = sents[i], ms[i]
        if scope and wanted.isdisjoint(keys.get(s.block, ())):
            continue
        if not headings and (view.blocks[s.block].kind == BlockKind.heading or _form_label(view, s.block)):
            continue
        for g in groups:
            for span in m.spans.get(g, []):
                pol = polarity(m, span, list(negation), list(plan_cues))
                st = pol.status
                if st == "missing" and i + 1 < len(sents) and sents[i + 1].section == s.section:
                    nxt = ms[i + 1]
                    if nxt.has(obtain) and any(nxt.has(p) for p in plan_cues):
                        st = "planned"  # "Chưa có GCN ATTP. Năm 2027 sẽ làm hồ sơ xin cấp."
                out.append(Mention(g, st, s, i, pol))
    return out


def _form_label(view: PlanView, block: int) -> bool:
    """A form's field label whose answers are the ticked boxes below it ("Thực hành kiểm soát chất lượng nội bộ:"
    over "Nhật ký sản xuất theo lô: [x] Không có"): like a heading, it names what is asked, not what is held."""
    text = view.blocks[block].text.strip()
    return text.endswith(":") and len(text.split()) <= 10 and block + 1 < len(view.blocks) and \
        bool(BOX_MARK.search(view.blocks[block + 1].text))


# ------------------------------------------------------------------------------- the check

class Spec(SpecBase):
    type: Literal["phrases"] = "phrases"
    section: str = Field("compliance", description="Contract key the finding belongs to.")
    require_any: list[str] = Field(description="Groups in rules/phrases.yml; one held or planned mention "
                                               "of any of them satisfies the rule.")
    scope: list[str] = Field(default_factory=list,
                             description="Section keys to look in; empty = the whole plan.")
    if_scope_absent: Literal["silent", "whole_plan"] = Field(
        "whole_plan", description="When none of the scope sections exists: stay silent (another rule "
                                  "reports the missing section) or look in the whole plan.")
    condition: list[str] = Field(default_factory=list,
                                 description="Groups one of which must be mentioned (not negated) anywhere "
                                             "in the plan for the rule to apply (the matrix's C cells).")
    matrix_row: str | None = Field(None, description="Row of rules/category_matrix.yml: its cell for the "
                                                     "plan's category decides whether `condition` binds "
                                                     "(C), is ignored (Y) or the check is off (-). "
                                                     "None: the condition always binds.")
    exempt: list[str] = Field(default_factory=list,
                              description="Groups whose held mention makes the rule moot (GMP, HACCP...).")
    not_applicable_if: list[str] = Field(
        default_factory=list,
        description="Groups whose held mention says the rule does not concern the plan's product (an "
                    "herbal product that is not food: 'mỹ phẩm', 'dùng ngoài da'), unless a group of "
                    "`not_applicable_unless` is held too.")
    not_applicable_unless: list[str] = Field(
        default_factory=list, description="Groups whose held mention keeps the rule applicable (a food use: "
                                          "'pha nước uống').")
    not_applicable_unless_ignored_in: list[str] = Field(
        default_factory=list, description="Sections where a mention of `not_applicable_unless` does not count "
                                          "(the producer's registered trades, the raw material's other uses).")
    not_applicable_categories: list[str] = Field(
        default_factory=list, description="Product categories where `not_applicable_if` is looked for; "
                                          "empty = every category.")
    negation: list[str] = Field(default_factory=lambda: ["negation"])
    plan_cues: list[str] = Field(default_factory=lambda: ["plan_cues"])
    legal_forms_ok: list[str] = Field(default_factory=list,
                                      description="Producer legal forms that hold the thing by definition "
                                                  "(a registered HTX or company).")
    figure_kinds: list[str] = Field(default_factory=list,
                                    description="A figure of one of these kinds (Figure.kind) in the scope "
                                                "sections also satisfies the rule (a price in a table).")
    figure_priced: bool = Field(False, description="Of `figure_kinds`, only an amount per unit of a product "
                                                   "counts ('45.000 đ/kg'), not a period's sum ('540 triệu "
                                                   "đồng' in a table of revenue by quarter).")
    evidence: Literal["statement", "scope_text"] = Field(
        "statement", description="Evidence when no sentence negates the thing: a statement of what was "
                                 "looked for and where, or the scope section's own text.")
    missing_groups: list[str] = Field(default_factory=list,
                                      description="Groups whose mention itself says the thing is missing "
                                                  "('hộ chưa đăng ký'): missing unless a plan cue goes with it.")
    not_in: list[str] = Field(default_factory=list,
                              description="Contract keys whose mentions do not count: parts that argue or "
                                          "describe rather than plan ('tận dụng rơm rạ, mùn cưa' in the "
                                          "rationale is the material used, no measure for the plan's waste).")
    ignore_with: list[str] = Field(default_factory=list,
                                   description="Groups that void a sentence: a required mention in a sentence "
                                               "that also holds one of these does not count (a market-size "
                                               "estimate's 'mỗi hộ gia đình … nhu cầu …' names no customer).")
    negated_fires: bool = Field(False, description="The plan's own 'chưa có ...' (negated, not planned) "
                                                   "fires even when another sentence mentions it.")
    expires: bool = Field(False, description="The paper expires: a mention that dates its end before the "
                                             "plan's year ('hiệu lực đến 14/6/2025', 'ngày 20/4/2020, thời "
                                             "hạn 5 năm') holds nothing, nor does an undated mention beside it "
                                             "(the same paper); a renewal planned or a paper dated as valid does.")

    @model_validator(mode="after")
    def _known_names(self) -> Spec:
        """A misspelt group would never match and the rule would fire on every plan: refuse it."""
        book = load_phrases()
        used = [*self.require_any, *self.condition, *self.exempt, *self.negation, *self.plan_cues,
                *self.missing_groups, *self.not_applicable_if, *self.not_applicable_unless, *self.ignore_with]
        unknown = sorted({g for g in used if g not in book.groups})
        if unknown:
            raise ValueError(f"unknown phrase groups {unknown} (rules/phrases.yml)")
        if not self.require_any:
            raise ValueError("require_any must name at least one group")
        if self.matrix_row:
            from pipeline.judge.applicability import load_matrix

            if self.matrix_row not in load_matrix():
                raise ValueError(f"matrix_row {self.matrix_row!r} is not in rules/category_matrix.yml")
        return self


def _where(view: PlanView, scope: list[str]) -> str:
    titles = [view.section(k).title for k in scope if view.has(k)]
    if titles:
        return "mục " + ", ".join(f"“{t}”" for t in titles)
    comp = view.section("compliance")
    if comp:
        return f"toàn bộ phương án (kể cả mục “{comp.title}”)"
    return "toàn bộ phương án"


_WHAT_IF_SECTIONS = frozenset({"risks", "swot"})
# the periods a sum of money is counted over ("1,2 tỷ đồng/năm"): no price of a product
_SUM_PERIODS = frozenset({"năm", "tháng", "quý", "ngày", "tuần", "vụ", "mùa", "giờ", "ca", "mẻ"})
_PROCESS_SECTIONS = frozenset({"technology", "production_plan", "raw_materials", "social_environment"})


def _applicable(spec: Spec, view: PlanView) -> tuple[bool, Mention | None]:
    """Whether the check applies, and the sentence that made a conditional check apply."""
    cell = None
    if spec.matrix_row:
        from pipeline.judge.applicability import cell as matrix_cell

        cell = matrix_cell(spec.matrix_row, view.category)
    if cell == "-":
        return False, None
    if not spec.condition or cell == "Y":
        return True, None
    found = [m for m in find_mentions(view, spec.condition, None, spec.negation, spec.plan_cues)
             if m.status != "missing"]
    # the evidence: a mention of the first condition group that has one ("nước thải" before "ủ chượp"),
    # from the production sections first (the process as planned, not a story of the past)
    # (and not from a part whose mentions the rule does not count, `not_in`, when another one has one)
    found.sort(key=lambda m: (m.sentence.section in spec.not_in, spec.condition.index(m.group),
                              m.sentence.section not in _PROCESS_SECTIONS))
    return bool(found), (found[0] if found else None)


def _not_concerned(spec: Spec, view: PlanView) -> bool:
    """The plan says its product is outside the rule (not food: "mỹ phẩm", "dùng ngoài da", "không
    dùng để ăn uống"), stated as a fact, and says nothing of a use the rule covers."""
    if not spec.not_applicable_if:
        return False
    if spec.not_applicable_categories and view.category not in spec.not_applicable_categories:
        return False

    def held(groups: list[str], ignored: tuple[str, ...] = ()) -> bool:
        return any(m.status == "held" and m.sentence.section not in ignored
                   for m in find_mentions(view, groups, None, spec.negation, spec.plan_cues))

    return held(spec.not_applicable_if) and not (
        spec.not_applicable_unless and held(spec.not_applicable_unless, tuple(spec.not_applicable_unless_ignored_in)))


def heading_above(view: PlanView, block: int) -> int | None:
    """The nearest heading block before `block`."""
    return next((j for j in range(block - 1, -1, -1) if view.blocks[j].kind == BlockKind.heading), None)


_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_VALID_TO = re.compile(r"(?i)(?:hiệu\s+lực|giá\s+trị|hết\s+hạn|hạn\s+đến|thời\s+hạn\s+đến)\s*(?:sử\s+dụng\s+)?"
                       r"(?:đến|tới|vào|là|:)?\s*(?:hết\s+)?(?:ngày\s+|tháng\s+|năm\s+)?"
                       r"(?:(\d{1,2})/)?(?:(\d{1,2})/)?((?:19|20)\d\d)\b")
_TERM = re.compile(r"(?i)thời\s+hạn\s+(?:sử\s+dụng\s+)?(?:là\s+)?(\d{1,2})\s+năm")


# a paper's own number: "số 19/2022/ATTP", "số 421977"
_PAPER_NUMBER = re.compile(r"(?i)\bsố\s+(\d[\w./\-]*\w|\d)")


def expiry(text: str) -> tuple[int, int, int] | None:
    """When a paper a sentence describes stops being valid, as (year, month, day; 0 when not said):
    "hiệu lực đến 14/6/2025", "có giá trị đến tháng 6/2025", or its date of issue and term ("ngày 20/4/2020,
    thời hạn 5 năm"). None when the sentence says neither."""
    if mm := _VALID_TO.search(text):
        a, b, y = mm.group(1), mm.group(2), int(mm.group(3))
        if a and b:
            return y, int(b), int(a)
        return y, int(a) if a else 12, 0
    if (t := _TERM.search(text)) and (issued := [d for d in _DATE.finditer(text) if d.end() <= t.start()]):
        d = issued[-1]
        return int(d.group(3)) + int(t.group(1)), int(d.group(2)), int(d.group(1))
    return None


# a papers table's column of validity ("Hiệu lực", "Thời hạn", "Có giá trị đến", "Ngày hết hạn")
_VALIDITY_HEAD = re.compile(r"(?i)\bhiệu\s+lực\b|\bthời\s+hạn\b|\bgiá\s+trị\s+(?:đến|sử\s+dụng)\b|\bhết\s+hạn\b")
# in such a column, the date it runs to: "5 năm, đến 18/3/2026", "đến 09/8/2029", "31/12/2027"
_UNTIL_CELL = re.compile(r"(?i)(?:^\W*|\b(?:đến|tới|hết)\s+(?:ngày\s+|tháng\s+)?)"
                         r"(?:(\d{1,2})/)?(\d{1,2})/((?:19|20)\d\d)\b")


def row_expiry(view: PlanView, sentence) -> tuple[int, int, int] | None:
    """`expiry` of a papers table's row, read from its validity column ("Hiệu lực | 5 năm, đến 18/3/2026"): the
    sentence of a row holds its cells, not the header that says what the date is."""
    block = view.blocks[sentence.block]
    if block.kind != BlockKind.table or len(block.rows) < 2:
        return None
    heads = [j for j, h in enumerate(block.rows[0]) if h and _VALIDITY_HEAD.search(h)]
    if not heads:
        return None
    row = next((r for r in block.rows[1:] if " | ".join(c for c in r if c) == sentence.text), None)
    if row is None:
        return None
    for j in heads:
        if j < len(row) and row[j] and (mm := _UNTIL_CELL.search(row[j])):
            d, mo, y = mm.group(1), mm.group(2), int(mm.group(3))
            return (y, int(mo), int(d)) if d else (y, int(mo), 0)
    return None


def _lapsed(end: tuple[int, int, int], view: PlanView, ref: int) -> bool:
    """A paper valid to `end` has lapsed by the plan's date (its date line; else the start of its year
    `ref`: a month or day not said is the end of that month or year)."""
    y, mo, d = end
    if view.dated is None:
        return y < ref
    return (y, mo, d or 31) < (view.dated.year, view.dated.month, view.dated.day)


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    ok, cond = _applicable(spec, view)
    if not ok or _not_concerned(spec, view):
        return []
    # an exemption counts when held: not negated, and stated as a fact ("đã được chứng nhận HACCP,
    # hiệu lực đến năm 2028") rather than only planned ("dự kiến áp dụng HACCP năm 2028")
    if spec.exempt and any(m.polarity and not m.polarity.negated and (m.polarity.affirmed or not m.polarity.planned)
                           for m in find_mentions(view, spec.exempt, None, spec.negation, spec.plan_cues)):
        return []
    scope = spec.scope
    if scope and not any(view.has(k) for k in scope):
        if spec.if_scope_absent == "silent":
            return []
        scope = []
    mentions = find_mentions(view, spec.require_any, scope, spec.negation, spec.plan_cues)
    if spec.not_in:
        mentions = [m for m in mentions if m.sentence.section not in spec.not_in]
    ignored_blocks: set[int] = set()
    led: set[int] = set()
    if spec.ignore_with:
        found = find_mentions(view, spec.ignore_with, scope, spec.negation, spec.plan_cues, headings=True)
        void = {m.index for m in found}
        # and every sentence under a sub-heading that names it ("b. Sản phẩm cạnh tranh" over "Trên
        # thị trường có … nem thính của các cơ sở ở Nghệ An")
        # (a sub-heading only: a section's own heading "Thị trường và đối thủ cạnh tranh" covers the
        # customers too, as does "Khách hàng và đối thủ")
        starts = {sec.start for k in scope if (sec := view.section(k)) is not None}
        named = {m.sentence.block for m in find_mentions(view, spec.require_any, scope, spec.negation,
                                                         spec.plan_cues, headings=True)}
        heads = {m.sentence.block for m in found if view.blocks[m.sentence.block].kind == BlockKind.heading
                 and m.sentence.block not in starts and m.sentence.block not in named}
        # and every sentence of a block that opens on it: a paragraph led by a short sentence naming it ("3. Đối thủ
        # cạnh tranh. Công ty CP Chè … giá bình quân 180.000 đồng/kg; …"), a table whose header names it ("Cơ sở, sản
        # phẩm | Giá bán | Sản lượng | Thị phần trong tỉnh (%)"), hn09
        led = {m.sentence.block for m in found if _opens_block(view, m.sentence)}
        ignored_blocks = {m.sentence.block for m in found if view.blocks[m.sentence.block].kind != BlockKind.table}
        mentions = [m for m in mentions if m.index not in void and heading_above(view, m.sentence.block) not in heads
                    and (m.sentence.block not in led or (view.blocks[m.sentence.block].kind != BlockKind.table
                                                         and _OWN_SAID.search(m.sentence.text)))]
    if spec.missing_groups:
        extra = find_mentions(view, spec.missing_groups, scope, spec.negation, spec.plan_cues)
        for m in extra:
            m.status = "planned" if m.polarity and m.polarity.planned else "missing"
        mentions = sorted(mentions + extra, key=lambda m: m.index)
    expired: list[tuple[Mention, str]] = []
    if spec.expires:
        ref = reference_year(view)
        for m in mentions:
            if m.status == "held" and (end := expiry(m.sentence.text) or row_expiry(view, m.sentence)) is not None \
                    and _lapsed(end, view, ref):
                expired.append((m, f"{end[2]:02d}/{end[1]:02d}/{end[0]}" if end[2] else f"{end[1]:02d}/{end[0]}"))
        if expired:
            gone = {id(m) for m, _ in expired}
            # (the same paper named by its number elsewhere, with its date of issue only: "Hộ làm bánh theo Giấy chứng
            # nhận … số 19/2022/ATTP cấp ngày 11/5/2022" beside the papers table's row that runs it to 11/05/2025, in06)
            lapsed_numbers = {n for m, _ in expired for n in _PAPER_NUMBER.findall(m.sentence.text)}
            # what else holds it: a renewal planned, or a paper of its own dated as valid
            mentions = [m for m in mentions if id(m) not in gone and (
                m.status != "held" or (_DATE.search(m.sentence.text) and
                                       (expiry(m.sentence.text) or row_expiry(view, m.sentence)) is None
                                       and not set(_PAPER_NUMBER.findall(m.sentence.text)) & lapsed_numbers))]
    missing = [m for m in mentions if m.status == "missing"]
    satisfied = any(m.status != "missing" for m in mentions)
    if spec.legal_forms_ok and view.legal_form in spec.legal_forms_ok:
        satisfied = True
    if spec.figure_kinds and not satisfied:
        blocks = {i for k in scope for i in (view.section(k).blocks if view.has(k) else [])}
        # (not in a block led by the rivals or the market, nor in a table whose caption says so: "3. Đối thủ cạnh tranh.
        # Công ty CP Chè … giá bình quân 180.000 đồng/kg", "Bảng 3. Các cơ sở chè khô trong tỉnh và thị phần": their
        # prices, not the plan's, hn09)
        satisfied = any(f.kind in spec.figure_kinds and (not scope or f.block in blocks)
                        and (not spec.figure_priced or (f.per and f.per.split("/")[0] not in _SUM_PERIODS))
                        and f.block not in led
                        and not (f.table is not None and _ignored_table(view, f.block, ignored_blocks))
                        for f in view.figures)
    if satisfied:
        # beside what the plan shows, a "chưa …" among its risks or weaknesses ("Thành viên rút khỏi
        # tổ, …: quy định rõ trong hợp đồng hợp tác …") is a what-if, not a statement of fact
        missing = [m for m in missing if m.sentence.section not in _WHAT_IF_SECTIONS]
    if satisfied and not (spec.negated_fires and missing):
        return []
    book = load_phrases()
    searched = " hoặc ".join(book.label(g) for g in spec.require_any)
    where = _where(view, scope)
    params = {"searched": searched, "where": where, "negated": bool(missing), "sentence": "",
              "condition_sentence": "", "expired_on": ""}
    if expired and not missing:
        evidence = quote(expired[0][0].sentence.text)
        params.update(sentence=evidence, expired_on=expired[0][1])
    elif missing:
        evidence = quote(missing[0].sentence.text)
        params["sentence"] = evidence
    elif cond is not None:
        evidence = quote(cond.sentence.text)
        params["condition_sentence"] = evidence
    elif spec.evidence == "scope_text" and scope:
        key = next(k for k in scope if view.has(k))
        body = view.section_text(key) or view.section(key).title
        evidence = quote(f"{view.section(key).title}: {body}", 280)
    else:
        evidence = f"Không thấy {searched} trong {where}."
    return [Hit(section=spec.section, evidence=evidence, params=params)]
