"""spaCy, loaded once per process and only when a check needs it.

Why `blank("xx")` and not `blank("vi")`: spaCy's Vietnamese tokenizer either splits on
whitespace only (use_pyvi: false: "đ/kg." stays one token, so no sentence ever ends) or runs
pyvi word segmentation (about 12x slower, 1.5 s to load; see MEASURED.md). No rule needs
Vietnamese *words*: sentence boundaries and phrase matching work on syllables, and the
multi-language tokenizer splits punctuation while keeping "1.250.000" and "43/2017" whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Where the sentencizer could end a sentence: a stop, then (after closing quotes or brackets)
# whitespace and more text. A block with none of these is one sentence (most headings, table-like
# lines and list items): spaCy is not run on it.
_MAYBE_END = re.compile(r"[.!?…]['\"”’)\]]*\s+\S")


@lru_cache(maxsize=1)
def nlp():
    import spacy

    pipe = spacy.blank("xx")
    pipe.add_pipe("sentencizer")
    return pipe


# A sentence's words as `phrases._word_spans` gives them: (words, their starts, their ends).
WordSpans = tuple[list[str], list[int], list[int]]


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, as spaCy's sentencizer (`nlp()(text).sents`, each stripped) gives
    them, with its rule applied to the tokens' attributes read as one array: its own loop makes a
    Python Token object per token, then a Span per sentence, costing more than tokenizing."""
    return [s for s, _ in sentences_with_words(text)]


def sentences_with_words(text: str) -> list[tuple[str, WordSpans | None]]:
    """`split_sentences`, each sentence with its words (tokens neither punctuation nor space, and
    their offsets in the sentence) when the tokens of `text` give them: spaCy tokenizes each run of
    non-space characters on its own, so a sentence with white space (or the text's edge) on both
    sides has, alone, the tokens it has inside `text`. None when `text` was not tokenized (one
    sentence) or a sentence starts or ends inside such a run ("tấn.Công")."""
    if not text.strip():
        return []
    if len(text) < 40 or not _MAYBE_END.search(text.strip()):
        return [(text.strip(), None)]
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH

    pipe = nlp()
    punct_chars = pipe.get_pipe("sentencizer").punct_chars
    toks = pipe.make_doc(text).to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE]).tolist()
    # Sentencizer.predict: a sentence starts at the first token, and at each token that is not
    # punctuation after one of its stop characters
    starts = [0]
    seen_period = False
    for i, (idx, n, is_punct, _) in enumerate(toks):
        stop = text[idx:idx + n] in punct_chars
        if seen_period and not is_punct and not stop:
            starts.append(i)
            seen_period = False
        elif stop:
            seen_period = True
    out: list[tuple[str, WordSpans | None]] = []
    end = len(text)
    for a, b in zip(starts, [*starts[1:], len(toks)], strict=True):
        # Span.text: from the first token's start to the last one's end
        lo, hi = toks[a][0], toks[b - 1][0] + toks[b - 1][1]
        raw = text[lo:hi]
        s = raw.strip()
        if not s:
            continue
        s0 = lo + len(raw) - len(raw.lstrip())
        s1 = s0 + len(s)
        words = None
        if (s0 == 0 or text[s0 - 1].isspace()) and (s1 == end or text[s1].isspace()):
            ws: list[str] = []
            ws_starts: list[int] = []
            ws_ends: list[int] = []
            for idx, n, punct, space in toks[a:b]:
                if not (punct or space):
                    ws.append(text[idx:idx + n])
                    ws_starts.append(idx - s0)
                    ws_ends.append(idx + n - s0)
            words = (ws, ws_starts, ws_ends)
        out.append((s, words))
    return out
