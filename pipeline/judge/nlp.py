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


def split_sentences(text: str) -> list[str]:
    if not text.strip():
        return []
    if len(text) < 40 or not _MAYBE_END.search(text.strip()):
        return [text.strip()]
    doc = nlp()(text)
    return [s.text.strip() for s in doc.sents if s.text.strip()]
