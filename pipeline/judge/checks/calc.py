"""calc: the calculations a plan writes out in running text.

Producers often show their working: "Doanh thu năm 2027: 12.000 hộp × 60.000 đồng + 2.500 túi ×
140.000 đồng = 1.170 triệu đồng", "Thời gian hoàn vốn = 450 : 228 ≈ 3,2 năm". Such a calculation
is checked on its own terms: the operands are the plan's, so when the result is not what they give,
the plan is wrong whatever its other figures say. And a calculation that is right shows which
figures the plan chose (the payback "tính theo lợi nhuận năm đầu"), which the arithmetic relations
then accept as the plan's stated basis.

Only a plain chain is read: numbers (each with up to three unit words after it), the operators
× x * · : ÷ / + − and brackets, then "=", "≈" or "~" and a number. Anything else between the
numbers ("12.000 hộp × giá 60.000 đồng") ends the chain, and a chain with no operator, with a year
as an operand, or with a division by zero is not a calculation. Scale words ("triệu", "tỷ",
"nghìn") are applied where written; results are compared up to a power of 1000, because plans
drop the scale on one side ("720 + 350 = 1.070 triệu đồng").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.figures import parse_number

_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"|(?P<op>[×*·÷:+=≈~()\[\]]|[\-–−](?=\s*[\d(])|/(?=\s*[\d(]))"
    r"|(?P<word>[^\W\d_]+(?:/[^\W\d_]+)*|%)",
    re.UNICODE,
)
_MULT = {"×", "*", "·", "x", "X"}
_DIV = {":", "÷", "/"}
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tr": 1e6, "trđ": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_MAX_UNIT_WORDS = 3
# words that end a number's unit ("= 880 triệu đồng và năm 2027 …")
_NOT_UNIT = {"và", "là", "của", "cho", "với", "nên", "thì", "trong", "từ", "đến", "khi", "so", "hoặc", "còn",
             "tức", "tương", "đương", "khoảng", "gồm"}


@dataclass(frozen=True)
class Calc:
    text: str                 # the calculation as written: "450 : 228 ≈ 3,2"
    start: int                # offsets in the sentence
    end: int
    computed: float           # what the left side gives, in the stated result's scale
    stated: float             # the written result
    decimals: int             # decimals of the written result (its rounding)
    unit: str                 # the result's unit as written ("triệu đồng", "năm"); "" when none
    operands: tuple[float, ...]  # the numbers of the left side as written (scale words not applied)
    divisor_operands: tuple[float, ...]  # the numbers after the first division, as written

    def wrong(self, tolerance: float) -> bool:
        """The written result is off by more than the tolerance and more than its own rounding."""
        slack = 0.5 * 10 ** -self.decimals
        return abs(self.stated - self.computed) > max(tolerance * abs(self.computed), slack * 1.001)


@dataclass
class _Tok:
    kind: str   # num | op | word
    text: str
    start: int
    end: int
    value: float = 0.0


def _tokens(text: str, style: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "word"
        t = _Tok(kind, m.group(), m.start(), m.end())
        if kind == "num":
            v = parse_number(t.text, style)  # type: ignore[arg-type]
            if v is None:
                t.kind = "word"
            else:
                t.value = v
        elif kind == "op" and t.text in "-–−":
            # a minus has a space before it; "3,8-4,84" is a range
            if m.start() == 0 or not text[m.start() - 1].isspace():
                t.kind = "punct"
            t.text = "-"
        elif kind == "op" and t.text == ":" and (m.start() == 0 or not text[m.start() - 1].isspace()):
            t.kind = "punct"  # "Năm 2027: 12.000 hộp …", "3 năm: (…) : 3": a label's colon
        elif kind == "op" and t.text in "=~" and m.start() > 0 and text[m.start() - 1] in "<>!≤≥":
            t.kind = "punct"
        elif kind == "word" and t.text in ("x", "X"):
            t.kind, t.text = "op", "×"
        out.append(t)
    return out


class _Parser:
    """Recursive descent over the tokens from `i`: expr := term (("+"|"-") term)*;
    term := factor (("×"|":") factor)*; factor := number unit-words? | "(" expr ")"."""

    def __init__(self, toks: list[_Tok], text: str):
        self.toks, self.text, self.i = toks, text, 0
        self.ops = 0
        self.nums: list[float] = []
        self.after_div: list[float] | None = None
        self.value = 0.0
        self.unit: list[_Tok] = []  # the unit words after the last number read
        # the last number as written, in the scale of its last part ("1 tỷ 520 triệu": 1520 of
        # 1e6), the scale, and its last number token
        self.written: tuple[float, float, _Tok] | None = None

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def adjacent(self, a: _Tok, b: _Tok) -> bool:
        """Nothing but spaces between two tokens (a comma or a stray mark breaks the chain)."""
        return not self.text[a.end:b.start].strip()

    def factor(self) -> float | None:
        t = self.peek()
        if t is None:
            return None
        if t.kind == "op" and t.text in "([":
            self.i += 1
            v = self._expr()
            c = self.peek()
            if v is None or c is None or c.text not in ")]":
                return None
            self.i += 1
            return v
        if t.kind != "num":
            return None
        self.i += 1
        v, scale, prev, words = t.value, 1.0, t, 0
        self.nums.append(t.value)
        if self.after_div is not None:
            self.after_div.append(t.value)
        self.unit = []
        last = t
        while (w := self.peek()) is not None and w.kind == "word" and self.adjacent(prev, w):
            if words == _MAX_UNIT_WORDS or w.text.lower() in _NOT_UNIT:
                break
            self.unit.append(w)
            if w.text == "%":
                v /= 100
            else:
                scale *= _SCALE.get(w.text.lower(), 1.0)
            words += 1
            prev = w
            self.i += 1
            # an amount in two scales, "1 tỷ 520 triệu", "2 triệu 500 nghìn": one number
            part = self._smaller_part(w)
            if part is not None:
                n, s2, nxt = part
                v, scale, prev, last, words = v * scale / s2 + n.value, s2, nxt, n, 1
                self.unit = [nxt]
                self.i += 2
        self.written = (v, scale, last)
        return v * scale

    def _smaller_part(self, w: _Tok) -> tuple[_Tok, float, _Tok] | None:
        """After a scale word `w`, a number and a smaller scale word right after it."""
        s1 = _SCALE.get(w.text.lower())
        if s1 is None or self.i + 1 >= len(self.toks):
            return None
        n, nxt = self.toks[self.i], self.toks[self.i + 1]
        s2 = _SCALE.get(nxt.text.lower()) if nxt.kind == "word" else None
        if (n.kind != "num" or s2 is None or s2 >= s1 or not n.text.isdigit() or n.value * s2 >= s1
                or not self.adjacent(w, n) or not self.adjacent(n, nxt)):
            return None
        return n, s2, nxt

    def term(self) -> float | None:
        v = self.factor()
        while v is not None and (t := self.peek()) is not None and t.kind == "op" and (t.text in _MULT or t.text in _DIV):
            self.i += 1
            self.ops += 1
            if t.text in _DIV and self.after_div is None:
                self.after_div = []
            w = self.factor()
            if w is None:
                return None
            if t.text in _DIV:
                if w == 0:
                    return None
                v = v / w
            else:
                v = v * w
        return v

    def expr(self) -> float | None:
        v = self._expr()
        if v is not None:
            self.value = v
        return v

    def _expr(self) -> float | None:
        v = self.term()
        while v is not None and (t := self.peek()) is not None and t.kind == "op" and t.text in "+-":
            self.i += 1
            self.ops += 1
            w = self.term()
            if w is None:
                return None
            v = v + w if t.text == "+" else v - w
        return v


def _is_year(t: _Tok) -> bool:
    return t.kind == "num" and t.text.isdigit() and 1990 <= t.value <= 2100


def _segment(toks: list[_Tok], i: int, text: str) -> _Parser | None:
    """The expression that starts at toks[i], parsed; None when it is not a plain chain."""
    p = _Parser(toks[i:], text)
    if p.expr() is None:
        return None
    return p


def _opens_chain(toks: list[_Tok], i: int, text: str) -> bool:
    """toks[i] may open a calculation: a number or a bracket that is not the tail of a longer
    quantity ("4.800 túi 250 g × …": the chain would start at the pack size) nor the operand of
    an operator the chain cannot read ("… + túi 500 g × …")."""
    t = toks[i]
    if not (t.kind == "num" or (t.kind == "op" and t.text in "([")):
        return False
    k, prev = i - 1, t
    words = 0
    while k >= 0 and toks[k].kind == "word" and not text[toks[k].end:prev.start].strip() and words < _MAX_UNIT_WORDS:
        prev, k, words = toks[k], k - 1, words + 1
    if k < 0 or text[toks[k].end:prev.start].strip():
        return True
    before = toks[k]
    if before.kind == "num" and words:
        return False
    return not (before.kind == "op" and before.text not in "=≈~([")


@lru_cache(maxsize=512)  # (a sentence's calculations are asked for again within its plan only)
def written_calcs(text: str, style: str = "vi") -> tuple[Calc, ...]:
    """Every calculation written out in one sentence, left to right. A chain of equalities
    ("12.000 × 65.000 + 800 × 350.000 = 780 + 280 = 1.060 triệu đồng") is one calculation: its
    first side against its last, which must be a plain number."""
    if not ("=" in text or "≈" in text or "~" in text):
        return ()
    toks = _tokens(text, style)
    out: list[Calc] = []
    i = 0
    while i < len(toks):
        if not _opens_chain(toks, i, text):
            i += 1
            continue
        first = _segment(toks, i, text)
        if first is None or first.ops == 0:
            i += 1
            continue
        segs = [(i, first)]
        j = i + first.i
        while j < len(toks) and toks[j].kind == "op" and toks[j].text in "=≈~":
            nxt = _segment(toks, j + 1, text)
            if nxt is None:
                break
            segs.append((j + 1, nxt))
            j = j + 1 + nxt.i
        last_at, last = segs[-1]
        operand_toks = toks[i:i + first.i]
        if (len(segs) < 2 or last.ops != 0 or any(_is_year(x) for x in operand_toks)
                or sum(1 for x in operand_toks if x.text == "/") > 1):
            i += 1
            continue
        stated, scale, res = last.written or (toks[last_at].value, 1.0, toks[last_at])
        stated_scaled = last.value
        computed = _rescaled(first.value, stated_scaled) / scale
        dec = len(res.text.split(",")[1]) if "," in res.text else 0
        start, end = toks[i].start, (last.unit[-1].end if last.unit else res.end)
        unit = text[res.end:end].strip()
        out.append(Calc(text[start:end], start, end, computed, stated, dec, unit, tuple(first.nums),
                        tuple(first.after_div or ())))
        i = j
    return tuple(out)


def _rescaled(computed: float, stated: float) -> float:
    """The computed value times the power of 1000 that brings it nearest the stated one."""
    if computed == 0 or stated == 0:
        return computed
    best = computed
    for k in range(-3, 4):
        c = computed * 1000.0 ** k
        if abs(math.log(abs(c / stated))) < abs(math.log(abs(best / stated))):
            best = c
    return best
