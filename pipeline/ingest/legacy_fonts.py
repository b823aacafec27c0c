"""Legacy Vietnamese font encodings (TCVN3 / ABC and VNI-Windows) to Unicode.

Old office documents were typed with 8-bit Vietnamese fonts. Word stores each byte as the
character Windows-1252 gives it, so a .docx (or a PDF whose font has no ToUnicode map) holds
text such as "Hîp t¸c x·" (TCVN3, font ".VnTime") or "Hôïp taùc xaõ" (VNI, font "VNI-Times")
where the reader saw "Hợp tác xã". This module turns such text back into NFC Unicode.

* TCVN3 = TCVN 5712:1993 "VN3", the ABC fonts (".VnTime", ".VnArial", ...): one code per
  letter; lower-case toned letters only, plus the seven capitals Ă Â Ê Ô Ơ Ư Đ. Capital toned
  letters were typed with the capital fonts (".VnTimeH", ".VnArialH", names ending in "H"),
  which show every code, ASCII included, as a capital: hence `tcvn3_to_unicode(..., upper=True)`.
* VNI-Windows (fonts "VNI-Times", "VNI-Helve", ...): a base letter followed by one or two mark
  characters ("Vieät" = "Việt"); đ, ơ, ư and the toned i, ỵ are single characters.

Call `repair()` on raw run/paragraph text, before `pipeline.text.clean()`: TCVN3 "ư" is U+00AD
(soft hyphen), which `clean()` deletes as an invisible character.

Tables cross-checked (all three agree on every letter):
  * UniKey's converter, vnconv `data.cpp` (as in fcitx/fcitx5-unikey `unikey/data.cpp`):
    `SingleByteTables` TCVN3 and `DoubleByteTables` VNI-WIN;
  * glibc iconv "TCVN5712-1" (VN1, a superset; the VN3 positions used here are identical), also
    checked by tests/test_legacy_fonts.py when the local iconv knows that charset;
  * lamdao/xvnkb `vni.h` (VNI) and backupvietsoft/HRM `ConvertVNI/XtraForm1.cs` (TCVN3).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Encoding = Literal["tcvn3", "vni"]

# --------------------------------------------------------------------------------------------
# TCVN3 (ABC). Aligned strings: _TCVN3_CODES[i] is the character Word stores for the byte,
# _TCVN3_UNI[i] the letter it shows. Per vowel: modified base (if any), then acute, grave,
# hook above, tilde, dot below.
_TCVN3_UNI = (
    "áàảãạ"
    "ăắằẳẵặ"
    "âấầẩẫậ"
    "éèẻẽẹ"
    "êếềểễệ"
    "íìỉĩị"
    "óòỏõọ"
    "ôốồổỗộ"
    "ơớờởỡợ"
    "úùủũụ"
    "ưứừửữự"
    "ýỳỷỹỵ"
    "đĂÂÊÔƠƯĐ"
)
_TCVN3_CODES = (
    "\u00b8\u00b5\u00b6\u00b7\u00b9"  # ¸ µ ¶ · ¹
    "\u00a8\u00be\u00bb\u00bc\u00bd\u00c6"  # ¨ ¾ » ¼ ½ Æ
    "\u00a9\u00ca\u00c7\u00c8\u00c9\u00cb"  # © Ê Ç È É Ë
    "\u00d0\u00cc\u00ce\u00cf\u00d1"  # Ð Ì Î Ï Ñ
    "\u00aa\u00d5\u00d2\u00d3\u00d4\u00d6"  # ª Õ Ò Ó Ô Ö
    "\u00dd\u00d7\u00d8\u00dc\u00de"  # Ý × Ø Ü Þ
    "\u00e3\u00df\u00e1\u00e2\u00e4"  # ã ß á â ä
    "\u00ab\u00e8\u00e5\u00e6\u00e7\u00e9"  # « è å æ ç é
    "\u00ac\u00ed\u00ea\u00eb\u00ec\u00ee"  # ¬ í ê ë ì î
    "\u00f3\u00ef\u00f1\u00f2\u00f4"  # ó ï ñ ò ô
    "\u00ad\u00f8\u00f5\u00f6\u00f7\u00f9"  # soft hyphen ø õ ö ÷ ù
    "\u00fd\u00fa\u00fb\u00fc\u00fe"  # ý ú û ü þ
    "\u00ae\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7"  # ® ¡ ¢ £ ¤ ¥ ¦ §
)
assert len(_TCVN3_UNI) == len(_TCVN3_CODES) == 74

# --------------------------------------------------------------------------------------------
# VNI-Windows, lower case; the capital of each letter is `code.upper()` ("aù" -> "AÙ",
# "ñ" -> "Ñ"), as in UniKey's VNI-WIN table. Same vowel order as above, plain base included.
_VNI_UNI = (
    "aáàảãạ"
    "âấầẩẫậ"
    "ăắằẳẵặ"
    "eéèẻẽẹ"
    "êếềểễệ"
    "iíìỉĩị"
    "oóòỏõọ"
    "ôốồổỗộ"
    "ơớờởỡợ"
    "uúùủũụ"
    "ưứừửữự"
    "yýỳỷỹỵ"
    "đ"
)
_VNI_CODES = (
    "a aù aø aû aõ aï "
    "aâ aá aà aå aã aä "
    "aê aé aè aú aü aë "
    "e eù eø eû eõ eï "
    "eâ eá eà eå eã eä "
    "i í ì æ ó ò "
    "o où oø oû oõ oï "
    "oâ oá oà oå oã oä "
    "ô ôù ôø ôû ôõ ôï "
    "u uù uø uû uõ uï "
    "ö öù öø öû öõ öï "
    "y yù yø yû yõ î "
    "ñ"
).split()
assert len(_VNI_UNI) == len(_VNI_CODES) == 73

# --------------------------------------------------------------------------------------------
# Derived tables.

_TCVN3_DECODE = str.maketrans(dict(zip(_TCVN3_CODES, _TCVN3_UNI)))
# Capital toned letters TCVN3 lacks are written with the lower-case code (the capital font
# shows them as capitals).
_TCVN3_ENCODE = str.maketrans(
    {**{u.upper(): c for u, c in zip(_TCVN3_UNI, _TCVN3_CODES)},
     **dict(zip(_TCVN3_UNI, _TCVN3_CODES))}
)
_TCVN3_MISSING_CAPITALS = frozenset(_TCVN3_UNI[:-8].upper()) - frozenset("ĂÂÊÔƠƯ")
_TCVN3_CODE_SET = frozenset(_TCVN3_CODES)
# Codes that are symbols in Latin-1 (plus µ, ª): strong evidence inside a word.
_TCVN3_SYMBOLIC = frozenset("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab"
                            "\u00ac\u00ad\u00ae\u00b5\u00b6\u00b7\u00b8\u00b9\u00bb\u00bc\u00bd"
                            "\u00be\u00d7\u00f7")
# A Latin-1 capital right after a lower-case letter ("xuÊt", "ViÖt"): TCVN3 codes for toned
# lower-case letters, never a capital inside a real word.
_TCVN3_INNER_CAPITAL = re.compile("[a-z\u00df-\u00ff][\u00c0-\u00de]")

# Uses of TCVN3 symbol codes in other languages, not counted as evidence: a closing "»" (TCVN3
# "ằ" never ends a syllable), an opening "«" or "¡" before a capital (French and Spanish
# punctuation; TCVN3 "ô"/"Ă" would be followed by a lower-case letter) and Catalan "l·l".
_NOT_TCVN3_EVIDENCE = re.compile(
    "\u00bb$|^[\u00a1\u00ab](?=[A-Z\u00c0-\u00de])|(?<=[lL])\u00b7(?=[lL])"
)

_VNI_ENCODE: dict[str, str] = {}
_VNI_DECODE: dict[str, str] = {}
for _u, _c in zip(_VNI_UNI, _VNI_CODES):
    if _u == _c:  # plain a e i o u y
        continue
    for _uu, _cc in ((_u, _c), (_u.upper(), _c.upper())):
        _VNI_ENCODE[_uu] = _cc
        _VNI_DECODE[_cc] = _uu
    if len(_c) == 2:
        # Word's "Change case" mixes cases inside a letter ("Aùo"): the base letter decides.
        _VNI_DECODE[_c[0].upper() + _c[1]] = _u.upper()
        _VNI_DECODE[_c[0] + _c[1].upper()] = _u
del _u, _c, _uu, _cc
# Identity entries (í, ì) need no decoding.
_VNI_DECODE = {k: v for k, v in _VNI_DECODE.items() if k != v}
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(_VNI_DECODE, key=len, reverse=True)))

# A VNI mark only counts after the letters it can follow.
_VNI_TONE = "ùøûõïÙØÛÕÏ"
_VNI_PAIR = re.compile(
    f"[aeouyAEOUYôöÔÖ][{_VNI_TONE}]|[aeoAEO][âáàåãäÂÁÀÅÃÄ]|[aA][êéèúüëÊÉÈÚÜË]"
)
# Pairs that also occur in Unicode Vietnamese ("hoà", "khoá", "loã").
_VNI_AMBIGUOUS = frozenset({"oà", "oá", "oã"})
_VNI_SINGLE = frozenset("ñÑöÖæÆîÎ")

# Vietnamese letters that no Latin-1 legacy text can contain.
_REAL_VN = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                      "\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
# Word-like runs: ASCII and Latin-1 letters, every TCVN3 code (¸ « ¬ ...), Vietnamese letters.
# Degree, plus-minus, superscripts and the acute accent (U+00B0-U+00B4) are left out.
_TOKEN = re.compile("[A-Za-z\u00a1-\u00af\u00b5-\u00ff\u0100-\u024f\u0300-\u036f\u1ea0-\u1eff]+")

# A word (as _TOKEN reads it) holding a real Vietnamese letter.
_REAL_TOKEN = re.compile(f"{_TOKEN.pattern[:-1]}*{_REAL_VN.pattern}{_TOKEN.pattern[:-1]}*")
_MIN_EVIDENCE_WORDS = 3
_MIN_STRONG_WORDS = 2
_MIN_SHARE = 0.2
_MAX_REAL_RATIO = 0.25


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _upper_keep_length(s: str) -> str:
    return "".join(u if len(u := ch.upper()) == 1 else ch for ch in s)


# --------------------------------------------------------------------------------------------
# Public API


def tcvn3_to_unicode(s: str, upper: bool = False) -> str:
    """TCVN3 (ABC) text as stored by Word -> NFC Unicode.

    `upper=True` for the capital fonts (".VnTimeH" ...): every letter is shown upper case.
    Characters outside the table (ASCII, digits, Windows-1252 punctuation) are kept.
    """
    out = s.translate(_TCVN3_DECODE)
    if upper:
        out = _upper_keep_length(out)
    return _nfc(out)


def unicode_to_tcvn3(s: str) -> str:
    """Unicode -> TCVN3 (ABC) codes, for building test documents.

    TCVN3 has no capital toned letters (nor capital plain vowels with tones): "Ạ", "Ố", "Ự" ...
    are emitted as their lower-case codes. A builder that writes such text must put the run in
    the capital font (".VnTimeH") - the usual way for all-caps headings - or accept the lower
    case; `tcvn3_needs_capital_font()` says whether a string has such letters. Ă Â Ê Ô Ơ Ư Đ
    have their own codes and work in the normal font. Input characters that are themselves
    TCVN3 codes (e.g. "©", "§", "µ") are not escaped and will not round-trip.
    """
    return _nfc(s).translate(_TCVN3_ENCODE)


def tcvn3_needs_capital_font(s: str) -> bool:
    """True when `s` has a capital letter TCVN3's normal fonts cannot show (e.g. "Ấ", "Ự")."""
    return any(ch in _TCVN3_MISSING_CAPITALS for ch in _nfc(s))


def vni_to_unicode(s: str) -> str:
    """VNI-Windows text as stored by Word -> NFC Unicode."""
    return _nfc(_VNI_RE.sub(lambda m: _VNI_DECODE[m.group(0)], s))


def unicode_to_vni(s: str) -> str:
    """Unicode -> VNI-Windows codes (capitals use the capital mark characters, "Á" -> "AÙ")."""
    return "".join(_VNI_ENCODE.get(ch, ch) for ch in _nfc(s))


_TCVN3_FONT = re.compile(r"^\s*\.vn", re.IGNORECASE)
_VNI_FONT = re.compile(r"^\s*vni", re.IGNORECASE)


def is_legacy_font(font_name: str | None) -> Encoding | None:
    """Encoding implied by a font name, by the Vietnamese naming convention.

    ".Vn..." (".VnTime", ".VnTimeH", ".VnArial", ".VNTIME") -> "tcvn3";
    "VNI-..." ("VNI-Times", "Vni-Helve", "VniHelvetica") -> "vni". Everything else -> None,
    including "VNtimes new roman" and other "Vn"-without-dot fonts: those belong to other
    legacy tables (VietWare, BKHCM), not supported here; text detection still applies.
    """
    if not font_name:
        return None
    if _TCVN3_FONT.match(font_name):
        return "tcvn3"
    if _VNI_FONT.match(font_name):
        return "vni"
    return None


def is_capital_font(font_name: str | None) -> bool:
    """True for the TCVN3 capital fonts, whose names end in "H" (".VnTimeH", ".VnArialH")."""
    if is_legacy_font(font_name) != "tcvn3":
        return False
    assert font_name is not None
    return font_name.rstrip().endswith("H")


def _evidence(text: str) -> tuple[int, int, int, int, int, int]:
    """Word counts: (all, TCVN3, TCVN3 strong, VNI, VNI strong, with real Vietnamese letters)."""
    words = t_words = t_strong = v_words = v_strong = real = 0
    for tok in _TOKEN.findall(text):
        words += 1
        if _REAL_VN.search(tok):
            real += 1
            continue
        if len(tok) < 2:
            continue
        codes = [ch for ch in tok if ch in _TCVN3_CODE_SET]
        if codes:
            t_words += 1
            core = _NOT_TCVN3_EVIDENCE.sub("", tok)
            if any(ch in _TCVN3_SYMBOLIC for ch in core) or _TCVN3_INNER_CAPITAL.search(core):
                t_strong += 1
        pairs = _VNI_PAIR.findall(tok)
        singles = any(ch in _VNI_SINGLE for ch in tok)
        if pairs or singles:
            v_words += 1
            if any(p.lower() not in _VNI_AMBIGUOUS for p in pairs):
                v_strong += 1
    return words, t_words, t_strong, v_words, v_strong, real


def detect_encoding(text: str) -> Encoding | None:
    """Guess TCVN3 or VNI from the text alone (PDF text, runs without font info).

    A word counts as evidence when it holds a legacy code; the guess needs at least three
    such words, a fifth of all words, at least two "strong" words (TCVN3: a code that is not
    a letter, like ¸ µ ¬ ®, or a Latin-1 capital inside a lower-case word, "xuÊt"; VNI: a
    base+mark pair that Unicode Vietnamese never has, like "aù", "eä"), and few words with
    real Vietnamese letters (ạ, ư, đ ...), which legacy text cannot contain. When both
    encodings qualify, the one with more strong words per word wins. Unicode Vietnamese,
    English, unaccented Vietnamese and money strings ("1.250.000 đ", "§ 3", "©") stay None.
    Text that mixes a few legacy words into a mostly English paragraph is not detected: for
    PDFs, detect on a whole page or document, then convert its paragraphs.
    """
    if not text:
        return None
    # Quick exit, same answer: when over a quarter of the words hold real Vietnamese letters, no
    # encoding can qualify (its evidence words are among the others). Most Unicode text ends here
    # with two regular-expression scans instead of a Python loop over its words.
    n_tokens = len(_TOKEN.findall(text))
    if n_tokens and len(_REAL_TOKEN.findall(text)) > _MAX_REAL_RATIO * n_tokens:
        return None
    words, t_words, t_strong, v_words, v_strong, real = _evidence(text)
    best: tuple[float, Encoding] | None = None
    candidates: tuple[tuple[Encoding, int, int], ...] = (
        ("tcvn3", t_words, t_strong),
        ("vni", v_words, v_strong),
    )
    for enc, n, strong in candidates:
        if n < _MIN_EVIDENCE_WORDS or strong < _MIN_STRONG_WORDS:
            continue
        share = n / words
        if share < _MIN_SHARE or real > _MAX_REAL_RATIO * n:
            continue
        score = strong / words
        if best is None or score > best[0]:
            best = (score, enc)
    return best[1] if best else None


def repair(text: str, font_name: str | None = None) -> tuple[str, Encoding | None]:
    """Convert legacy-encoded text to NFC Unicode; returns (text, encoding used or None).

    A known legacy font name wins (TCVN3 capital fonts convert to upper case), unless the text
    already holds real Vietnamese letters (text converted to Unicode but left in the old font);
    otherwise `detect_encoding()` decides. Text left alone is still returned NFC.
    """
    enc = is_legacy_font(font_name)
    if enc is not None and _REAL_VN.search(text):
        enc = None
    if enc is None:
        enc = detect_encoding(text)
        upper = False
    else:
        upper = is_capital_font(font_name)
    if enc == "tcvn3":
        return tcvn3_to_unicode(text, upper=upper), enc
    if enc == "vni":
        return vni_to_unicode(text), enc
    return _nfc(text), None
