"""The judge's own replacements for spaCy machinery give what spaCy gave: the phrase book's
first-word indexes what spaCy's PhraseMatcher found, `split_sentences` what the sentencizer's
`doc.sents` gave (pipeline/judge/checks/phrases.py, pipeline/judge/nlp.py)."""

from __future__ import annotations

import random
from pathlib import Path

from pipeline.judge.checks import phrases
from pipeline.judge.nlp import _MAYBE_END, nlp, split_sentences
from pipeline.text import fold, tone_key

ROOT = Path(__file__).resolve().parents[1]


def _lines() -> list[str]:
    out = []
    for src in sorted(ROOT.glob("samples/src/*.md")):
        out += [x.strip("#|-* ") for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def _spacy_sentences(text: str) -> list[str]:
    if not text.strip():
        return []
    if len(text) < 40 or not _MAYBE_END.search(text.strip()):
        return [text.strip()]
    return [s.text.strip() for s in nlp()(text).sents if s.text.strip()]


def test_split_sentences_is_the_sentencizer() -> None:
    texts = _lines()
    rng = random.Random(11)
    pieces = ["Một câu dài hơn bốn mươi ký tự để thử tách câu", ".", "!", "?", "…", " ", "\n", "  ",
              '"', ")", "(", "1.250", "e.g.", ":)", "...", ". ", ".\n", "x.Y", ";", "\t", "”"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    for t in texts:
        assert split_sentences(t) == _spacy_sentences(t), repr(t)


def test_phrase_indexes_find_what_phrasematcher_found() -> None:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    book = phrases.load_phrases()
    vocab = nlp().vocab
    tone_m, fold_m = PhraseMatcher(vocab, attr="ORTH"), PhraseMatcher(vocab, attr="ORTH")
    for name, g in book.groups.items():
        ws = [w for w in (phrases._words(p)[0] for p in g.phrases) if w]
        if ws:
            tone_m.add(name, [Doc(vocab, words=[tone_key(x) for x in w]) for w in ws])
            fold_m.add(name, [Doc(vocab, words=[fold(x) for x in w]) for w in ws])
    checked = 0
    for text in _lines():
        words = phrases._word_spans(text)[0]
        if not words:
            continue
        for matcher, index, key in ((tone_m, book.tone_index, tone_key), (fold_m, book.fold_index, fold)):
            keys = [key(w) for w in words]
            want = {(vocab.strings[m], s, e) for m, s, e in matcher(Doc(vocab, words=keys))}
            assert set(phrases._phrase_matches(index, keys)) == want, text
            if index is book.fold_index:
                long = {x for x in want if x[2] - x[1] >= 3}
                assert set(phrases._phrase_matches(book.fold_index_long, keys)) == long, text
            checked += len(want)
    assert checked > 1000
