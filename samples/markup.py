"""Inline Word markup of a plan source (samples/FORMAT.md, "Word's own machinery").

A source may mark a tracked insertion `{+…+}`, a tracked deletion `{-…-}`, a reviewer's comment
`{!…!}` on the text before it, a footnote reference `[^id]` (defined on a line `[^id]: text`)
and a plain-text content control `{{…}}`. The builder writes them as Word writes them
(w:ins, w:del, a comments part, a footnotes part, w:sdt); `plain_text` gives the text a reader of
the final document sees: insertions and controls kept, deletions, comments and reference marks
dropped. The holdout sets' arithmetic checks read sources through it.
"""

from __future__ import annotations

import re

INLINE = re.compile(r"(\{\+.+?\+\}|\{-.+?-\}|\{!.+?!\}|\[\^\w+\](?!:)|\{\{.+?\}\})")
TRACKED = re.compile(r"\{\+.+?\+\}|\{-.+?-\}")
_DROPPED = re.compile(r"\{-.+?-\}|\{!.+?!\}|\[\^\w+\](?!:)")
_KEPT = re.compile(r"\{\+(.+?)\+\}|\{\{(.+?)\}\}")


def plain_text(text: str, keep_bold: bool = False) -> str:
    """`text` with its inline Word markup resolved as the final document reads; bold marks `**`
    dropped too unless `keep_bold` (the sets' checks match sources with their `**`)."""
    text = _DROPPED.sub("", text)
    text = _KEPT.sub(lambda m: m.group(1) or m.group(2), text)
    return text if keep_bold else text.replace("**", "")
