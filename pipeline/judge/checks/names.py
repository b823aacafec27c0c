"""name_consistency: the product or producer is called by another name in some section, a sign
of text copied from another producer's plan (name-inconsistent).

The plan's own names come from the reader (Plan.product.name, Plan.producer.name). A name is a
head ("Nhang", "Hợp tác xã" = "HTX", "Công ty") and a proper part (its trailing capitalised words:
"Hương Quê", "Đồng Xuân"). A competing name has the same head and a different proper part of at
least two capitalised words: "Nhang sạch Thiên Phúc" in a plan for "Nhang trầm Hương Quê".

Silence is preferred to a guess, so a competing name is ignored when
* it is in the raw-material section (suppliers) or in a table;
* its sentence, the first sentence of its paragraph or the sub-heading above it names competitors
  ("Đối thủ cạnh tranh: ...", the `competitor_cues` group of rules/phrases.yml);
* a word marking another party comes just before it ("với", "của", "mua", "như"..., the
  `other_party_cues` group) or just after it ("cung cấp", "bao tiêu": `other_party_after`);
* an organisation that is not the subject of its sentence (partners, customers, suppliers);
* its FIRST mention is another party's in one of these ways (then it is another party everywhere);
* its proper part is a place the plan names ("xã Thạch Xuân", "huyện Hương Sơn") or the other
  name of the plan (the producer's name inside the product's and vice versa);
* one contains the other ("Hương Quê" in "Trầm Hương Quê"), case, diacritics and tone placement
  aside;
* the plan's own name is not used at least twice, or the competing name is used as often.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Literal

from pydantic import Field, model_validator

from pipeline.ingest.headings import column_names_line
from pipeline.judge.base import BatchContext, Hit, PlanView, SpecBase, quote
from pipeline.judge.checks.phrases import heading_above, load_phrases, matched_sentences
from pipeline.models import BlockKind
from pipeline.text import fold, has_diacritics, tone_key

# Organisation heads and their abbreviations, folded; value = canonical head.
ORG_HEADS: dict[tuple[str, ...], str] = {
    ("hop", "tac", "xa"): "hợp tác xã", ("htx",): "hợp tác xã",
    ("to", "hop", "tac"): "tổ hợp tác", ("tht",): "tổ hợp tác",
    ("cong", "ty"): "công ty", ("cty",): "công ty",
    ("doanh", "nghiep", "tu", "nhan"): "doanh nghiệp tư nhân", ("dntn",): "doanh nghiệp tư nhân",
    ("ho", "kinh", "doanh"): "hộ kinh doanh", ("hkd",): "hộ kinh doanh",
    ("co", "so", "san", "xuat"): "cơ sở", ("co", "so"): "cơ sở", ("cssx",): "cơ sở",
}
# A household business is also called "Cơ sở …" ("Hộ kinh doanh Mắm tép Bà Nhàn" / "Cơ sở Mắm tép
# Bà Nhàn"): a "Cơ sở" name is compared with a household's name, and the other way round.
_SAME_KIND = {"hộ kinh doanh": ("cơ sở",), "cơ sở": ("hộ kinh doanh",)}
# Words of an organisation's type, not of its name ("Hợp tác xã Nông nghiệp và Dịch vụ Đồng Xuân").
# Compared by tone key (case and tone placement aside, diacritics kept: "Hải" is not "hai").
_GENERIC_WORDS = (
    "tnhh mtv cp cổ phần một hai thành viên trở lên nông nghiệp dịch vụ sản xuất thương mại kinh doanh "
    "tổng hợp thực phẩm chế biến nông sản xuất nhập khẩu đầu tư phát triển và công nghệ làng nghề "
    "truyền thống trang trại thủ công mỹ nghệ du lịch sạch hữu cơ ocop").split()
GENERIC = {tone_key(w) for w in _GENERIC_WORDS}
# ... and for a name typed without diacritics, folded (without the words that fold onto names)
# ("Thu Hà", not "thủ"; "Mai Hương", not "thương mại")
_GENERIC_PLAIN = {fold(w) for w in _GENERIC_WORDS} - {"hai", "mot", "va", "thu", "mai"}




# Words generic only in their pair ("mỹ nghệ", "thành viên", "phát triển"); alone at the front of a
# name they are the name's own ("Tinh bột nghệ Mỹ Hạnh", "Thành Sen", "Phát Lộc").
_GENERIC_PAIRS = {tuple(tone_key(w) for w in p.split()) for p in ("mỹ nghệ", "thành viên", "phát triển")}
_PAIRED_ONLY = {a for a, _ in _GENERIC_PAIRS}


def _generic(w: str, plain: bool = True) -> bool:
    """A generic type word. `plain`: the text around it may be typed without diacritics, so a word
    without them is compared folded too ("Thanh vien" for "thành viên"); in a name written with
    diacritics a word without them is as written ("Công ty TNHH Đồ gỗ Thanh Mai": "Thanh" is a name,
    not "thành")."""
    return tone_key(w) in GENERIC or (plain and not has_diacritics(w) and fold(w) in _GENERIC_PLAIN)


# Words that end a name, as written with their marks (a direction too: "mành xuất khẩu sang Liên Xô" is
# where it went, not what it is called). Compared with their marks ("dược", medicine, in "Thảo dược Ngàn
# Phố", folds onto "được" but is no stop word); a word typed without diacritics is compared folded.
_STOP_WORDS = ("được là có tại ở với đã đang sẽ do của cho theo trong từ đến chuyên gồm năm thuộc đồng bản bán "
               "mua cùng thu như mà này khi nếu vì sang vào tới").split()
_STOP = {fold(w) for w in _STOP_WORDS}
_STOP_TONED = {tone_key(w) for w in _STOP_WORDS}
# Words that open a place name, written with their marks; folded (`_PLACE_WORDS`) for text typed without
# them, compared with their marks (`_PLACE_TONED`) in text that has them: "Phương án" is no "phường",
# "tinh dầu" no "tỉnh", "song song" no "sông"
_ADMIN_PLACES = ("xã", "huyện", "tỉnh", "thôn", "xóm", "phường", "thị trấn", "thị xã", "thành phố", "tp", "làng",
                 "vùng", "sông", "núi", "khu vực", "miền", "tỉnh lộ", "quốc lộ")
# fields, hills, streams, lagoons and beaches a product is grown or caught at ("cánh đồng Bàu Sen": "gạo Bàu
# Sen" names where the rice grows, not another product); only written in lower case: a capitalised "Khe"
# or "Hồ" opens a proper name ("Hợp tác xã … Khe Giao", "Hồ Văn Bình"); and the ports and landings a catch is
# bought at ("cảng Cửa Nhượng": "Mực khô Cửa Nhượng" names where squid lands, is08)
_LANDSCAPE = ("cánh đồng", "đồi", "khe", "suối", "đầm", "bãi", "biển", "rú", "hồ", "đèo", "cảng", "bến")
_PLACE_WORDS = {tuple(fold(w) for w in pw.split()) for pw in _ADMIN_PLACES + _LANDSCAPE}
_PLACE_TONED = frozenset(tuple(tone_key(w) for w in pw.split()) for pw in _ADMIN_PLACES + _LANDSCAPE)
_PLACE_LOWER_ONLY = {tuple(fold(w) for w in pw.split()) for pw in _LANDSCAPE}
# Words that start a date or a period, capitalised at the start of a schedule line or cell.
# (and the feasts a season is named by: "rượu làm quà biếu dịp Tết Nguyên đán" names no product)
_TIME_WORDS = {tone_key(w) for w in "quý tháng năm tuần ngày đợt giai vụ mùa tết rằm noel".split()}
_ORG_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _oh in sorted(ORG_HEADS, key=len, reverse=True):  # longest first
    _ORG_BY_FIRST.setdefault(_oh[0], []).append(_oh)
_PLACE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _pw in sorted(_PLACE_WORDS):
    _PLACE_BY_FIRST.setdefault(_pw[0], []).append(_pw)
_PLACE_FIRSTS = frozenset(_PLACE_BY_FIRST)
# First words too general to be a product's head alone: "Nước mắm ...", "Dịch vụ ...".
_WIDE_HEADS = {"nuoc", "san", "hang", "dich", "bot", "tinh", "do", "cay", "qua", "hat", "thit", "ca"}
_PERSON_WORDS = {"ong", "ba", "anh", "chi", "chu"}  # ông, bà, anh, chị, (chủ hộ) - before a person's name
_PERSON_TONED = {tone_key(w) for w in ("ông", "bà", "anh", "chị", "chú", "chủ")}
_EXCLUDED_SECTIONS = ("raw_materials",)
_PUNCT_END = ",.;:()\"'“”‘’[]{}!?|/"
_CUE_WINDOW = 4  # an other-party cue this many words before a name makes it another party's
_BRAND_WINDOW = 2  # a name this many words after "nhãn hiệu" / "thương hiệu" is a brand


def _is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper()


@dataclass(frozen=True)
class Name:
    head: str  # canonical head (folded words joined) e.g. "nhang", "hợp tác xã"
    proper: tuple[str, ...]  # folded proper words
    text: str  # as written


def _tok(text: str) -> list[tuple[str, bool]]:
    """Words with a flag 'punctuation follows' (a name never runs across punctuation)."""
    out = []
    for raw in text.split():
        core = raw.strip(_PUNCT_END)
        if not core:
            if out:
                out[-1] = (out[-1][0], True)
            continue
        lead_punct = raw[0] in _PUNCT_END
        if lead_punct and out:
            out[-1] = (out[-1][0], True)
        out.append((core, raw[-1] in _PUNCT_END))
    return out


SentenceWords = tuple[list[bool], list[str], list[str]]
_words_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _words_of(text: str) -> SentenceWords:
    """`_tok` of a sentence as two lists, its flags ('punctuation follows') and its words, with
    the words' folded forms: the same loop, without a tuple per word (kept for the whole plan,
    each would be one more object for every garbage collection to walk)."""
    flags: list[bool] = []
    words: list[str] = []
    for raw in text.split():
        core = raw.strip(_PUNCT_END)
        if not core:
            if flags:
                flags[-1] = True
            continue
        if flags and raw[0] in _PUNCT_END:
            flags[-1] = True
        words.append(core)
        flags.append(raw[-1] in _PUNCT_END)
    return flags, words, list(map(fold, words))


def sentence_words(view: PlanView) -> list[SentenceWords]:
    """`_words_of` every sentence of the plan, made once per view: `places` and each name looked
    for read them (never mutate them)."""
    got = _words_cache.get(view)
    if got is None:
        got = _words_cache[view] = [_words_of(s.text) for s in view.sentences]
    return got


def _proper_of(words: list[str], skip_first: bool) -> tuple[str, ...]:
    """Trailing capitalised words, generic type words removed from the front, folded."""
    ws = list(words[1:] if skip_first else words)
    while ws and not _is_cap(ws[-1]):
        ws.pop()
    run: list[str] = []
    for w in reversed(ws):
        if not _is_cap(w):
            break
        run.insert(0, w)
    plain = not any(has_diacritics(w) for w in words)
    while run and _generic(run[0], plain):
        if tone_key(run[0]) in _PAIRED_ONLY and not (len(run) > 1 and
                                                     (tone_key(run[0]), tone_key(run[1])) in _GENERIC_PAIRS):
            break  # "Mỹ" opens "Mỹ Hạnh" (a name), not "mỹ nghệ"
        run.pop(0)
    return tuple(fold(w) for w in run)


def org_head(words: list[str], folded: list[str] | None = None, at: int = 0) -> tuple[str, int] | None:
    """Canonical organisation head at word `at` of `words` (`folded`: the words folded, if the
    caller has them), and its length in words."""
    f = tuple(folded[at:at + 4]) if folded is not None else tuple(fold(w) for w in words[at:at + 4])
    if not f:
        return None
    for key in _ORG_BY_FIRST.get(f[0], ()):
        if f[:len(key)] == key:
            return ORG_HEADS[key], len(key)
    return None


def parse_name(name: str | None, kind: Literal["product", "producer"]) -> Name | None:
    if not name:
        return None
    words = [w for w, _ in _tok(name)]
    if not words:
        return None
    if kind == "producer":
        h = org_head(words)
        if not h:
            return None
        proper = _proper_of(words[h[1]:], False)
        head = h[0]
    else:
        n = 2 if fold(words[0]) in _WIDE_HEADS and len(words) > 2 and not _is_cap(words[1]) else 1
        head = " ".join(tone_key(w) for w in words[:n])
        proper = _proper_of(words[n - 1:], True)
    if len(proper) < 2:
        return None
    return Name(head, proper, name)


# The commonest Vietnamese family names, folded: a three- or four-word proper part opening with one
# is a person's name ("Phạm Thị Huệ", "Trần Văn Lợi").
_SURNAMES = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh "
                      "trinh truong lam mai cao chu ha dao luong".split())


def _person(proper: tuple[str, ...]) -> bool:
    return 3 <= len(proper) <= 4 and proper[0] in _SURNAMES


def _contains(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    n = len(b)
    return any(a[i:i + n] == b for i in range(len(a) - n + 1))


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return _contains(a, b) or _contains(b, a)


def _one_letter_off(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words but one, which differs by one letter in the same place."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and len(diff[0][0]) == len(diff[0][1]) and \
        sum(c != d for c, d in zip(diff[0][0], diff[0][1], strict=True)) == 1


def _same_head(words: list[str], head: str) -> bool:
    """Tone keys equal ("nhang" = "Nhang", "cam" is not "cám"); folded when typed without diacritics."""
    if " ".join(tone_key(w) for w in words) == head:
        return True
    return (bool(words) and not any(has_diacritics(w) for w in words)
            and " ".join(fold(w) for w in words) == re.sub(r"\d", "", fold(head)))


@lru_cache(maxsize=256)
def _head_first(head: str) -> str:
    """The folded first word of a product head ("rượu" for "rươu2 nếp"): what `_same_head` needs
    of a word, with or without diacritics."""
    return re.sub(r"\d", "", fold(head.split()[0]))


@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    """The words of the product keywords of rules/categories.yml ("giò", "chả", "hải", "sản"), tone-keyed."""
    from pipeline.entities import _categories

    return frozenset(w for _cat, toned, _folded in _categories() for k in toned for w in k.split())


def _trade_word(w: str) -> bool:
    return tone_key(w).lower() in _trade_words()


@lru_cache(maxsize=256)
def _head_first_keys(head: str) -> tuple[str, str]:
    """What `_same_head(words, head)` needs of the first word: its tone key, or its folded form
    when typed without diacritics (the heads' words hold no spaces)."""
    return head.split(" ")[0], re.sub(r"\d", "", fold(head)).split(" ")[0]


def _candidates(text: str, want: Name, kind: str, max_between: int,
                words_of: SentenceWords | None = None) -> list[tuple[int, Name]]:
    """(word index, name) of names with `want`'s head in one sentence (`words_of`: its
    `_words_of`, if the caller has them)."""
    punct_after, words, folded = words_of or _words_of(text)
    # most sentences hold neither the head's first word nor "sản phẩm" / an organisation word
    if kind == "producer":
        if _ORG_BY_FIRST.keys().isdisjoint(folded):
            return []
    elif _head_first(want.head) not in folded and "sp" not in folded and "pham" not in folded:
        return []
    out = []
    first_tone, first_fold = _head_first_keys(want.head)
    for i in range(len(words)):
        if kind != "producer" and folded[i] != first_fold and folded[i] not in ("san", "sp") and \
                tone_key(words[i]) != first_tone:
            continue  # neither the head (`_same_head` needs its first word) nor "sản phẩm" / "SP"
        if kind == "producer":
            if folded[i] not in _ORG_BY_FIRST:
                continue  # (org_head's own first test, without its slice: most words)
            h = org_head(words, folded, i)
            # (an organisation of another kind only as the maker of the products: "Sản phẩm của Hợp tác xã …
            # được bán qua 2 thương lái" in a tổ hợp tác's plan; a cooperative named elsewhere is a partner)
            if not h or (h[0] != want.head and h[0] not in _SAME_KIND.get(want.head, ())
                         and folded[max(0, i - 3):i] != ["san", "pham", "cua"]):
                continue
            start = i + h[1]
        else:
            n = len(want.head.split())
            if not _same_head(words[i:i + n], want.head):
                # "SP Trà Sen Hồng" / "sản phẩm Trà Sen Hồng": the product's name after "sản phẩm"
                n = _product_word(folded, i)
                if not n or i + n >= len(words) or not _is_cap(words[i + n]) or punct_after[i + n - 1] or \
                        _same_head(words[i + n:i + n + len(want.head.split())], want.head) or folded[i + n] == "ocop":
                    # ("sản phẩm OCOP cấp huyện": the programme's name, no product's, jz08)
                    continue
            start = i + n
            if any(org_head(words, folded, j) for j in range(max(0, i - 4), i)):
                continue  # "Công ty TNHH Du lịch Hồng Lam": a company's name, not a product's
            # (the word right before, not across punctuation: "Ưu điểm: Nước mắm …" is no "điểm du lịch")
            if i > 0 and not punct_after[i - 1] and (folded[i - 1] in ("khach", "nguoi", "doan") or
                          tone_key(words[i - 1]).lower() in (tone_key("thợ"), tone_key("nghề"), tone_key("làng"),
                                                             tone_key("khu"), tone_key("điểm"), tone_key("tuyến"),
                                                             tone_key("ngành"), tone_key("xưởng"))):
                # "khách du lịch biển Thiên Cầm", "thợ chiếu quê Chương Mỹ": people or a craft; "khu du lịch
                # Thiên Cầm", "điểm du lịch …": a place; "tuyến du lịch qua cửa khẩu Cầu Treo": a route; "ngành du
                # lịch Hà Tĩnh": a trade; "Xưởng đồ gỗ nội thất Hùng Cường": a workshop's name, whose off-cuts are the
                # material (jy08)
                continue
            if start < len(words) and tone_key(words[start]).lower() == tone_key("quê"):
                continue  # "chiếu quê Chương Mỹ": where its makers come from, not a product's name
        if punct_after[start - 1]:
            continue  # punctuation right after the head
        body: list[str] = []
        lower = 0
        # (named as a product, "sản phẩm Trà túi lọc lá vối Kỳ Tây": two more words of its kind may come
        # before its proper name)
        limit = max_between + 2 if kind == "product" and any(
            j >= 0 and _product_word(folded, j) == i - j for j in (i - 2, i - 1)) else max_between
        for j in range(start, min(len(words), start + 9)):
            w = words[j]
            if w in ("-", "–", "—"):
                break  # "Cá trích vùng biển Thiên Cầm - Cẩm Nhượng": two places side by side, not one name
            if kind == "product" and j > start and tone_key(w).lower() == _GIONG:
                break  # "Dưa lưới Cẩm Bình giống Taki và Hoàng Kim": the cultivars, not the name
            if not _is_cap(w):
                if folded[j] in _STOP and (not has_diacritics(w) or tone_key(w) in _STOP_TONED) and \
                        not (kind == "producer" and folded[j] == "va"):
                    break
                if kind == "producer" and len(body) >= 2 and \
                        all(_is_cap(x) and (not _generic(x) or tone_key(x) in _PAIRED_ONLY) for x in body[-2:]) and \
                        not _generic(w) and not any(x[:1].isupper() and not x.isupper() for x in words[j + 1:j + 3]):
                    # "… Nông nghiệp Xuân Mỹ đề nghị UBND xã": the verb after a full name ends it (but
                    # "Rượu Táo mèo Sơn Kim" goes on to the capitalised words after "mèo")
                    break
                if not _generic(w):
                    lower += 1
                    if kind == "producer" and lower == 1 and not any(_is_cap(x) for x in body) and \
                            not _trade_word(w) and not _generic(w):
                        # "Công ty đề nghị Sở ...": an organisation's name starts with its name, or
                        # with what it makes ("Cơ sở giò chả Minh Phượng"; the words after that may
                        # name the craft further: "Cơ sở thêu ren Minh Châu")
                        break
                if lower > limit:
                    break
            body.append(w)
            if punct_after[j]:
                break
        proper = _proper_of(body, False)
        if any(_is_cap(w) and tone_key(w) in _TIME_WORDS for w in body) or \
                (kind == "product" and any(ch.isdigit() for w in body for ch in w)):
            continue  # "sản phẩm Quý II/2026 ...": a date in a schedule line, not a name
        if len(proper) >= 2:
            last = max(k for k, w in enumerate(body) if _is_cap(w))
            shown = " ".join(words[i:start] + body[:last + 1]).strip()
            out.append((i, Name(want.head, proper, shown)))
    return out


# "Hội đồng quản trị của Hợp tác xã X gồm 3 người": a part of the organisation opens the sentence,
# so the organisation is the producer, not a partner
_OWN_PART_OF = re.compile(r"(?i)^\W*(?:hội đồng quản trị|ban quản trị|ban giám đốc|ban kiểm soát|ban điều hành|"
                          r"bộ máy(?: quản lý| tổ chức)?|trụ sở|xưởng|nhà xưởng|giám đốc|các thành viên|thành viên|"
                          r"lao động|người lao động|vốn điều lệ|tài sản|"
                          # what the plan does, opening its sentence: "Kênh bán của Hộ kinh doanh … gồm:"
                          r"kênh (?:bán|bán hàng|tiêu thụ|phân phối)|kế hoạch(?: sản xuất| kinh doanh| tiêu thụ)?|"
                          r"phương án(?: sản xuất kinh doanh| kinh doanh)?|năng lực(?: sản xuất)?|mục tiêu|định hướng)"
                          r"\s+(?:chính\s+)?của\s+$")
# whose the products are, opening the sentence ("Sản phẩm của Công ty … được bán qua 2 thương lái"): the producer,
# a table column saying where or by whom each product is made: a comparison of others' products
_MAKER_COLUMN = re.compile(r"(?i)\b(?:nơi\s+sản\s+xuất|xuất\s+xứ|nhà\s+sản\s+xuất|đơn\s+vị\s+sản\s+xuất|"
                           r"cơ\s+sở\s+sản\s+xuất|thương\s+hiệu|hãng|đối\s+thủ)\b")


# when the sentence is about no rival
_PRODUCTS_OF = re.compile(r"(?i)^\W*(?:các\s+)?sản\s+phẩm(?:\s+[^\W\d]+){0,3}?\s+của\s+$")


@lru_cache(maxsize=64)
def _own_product_of(product: str) -> re.Pattern[str]:
    """A sentence opening on the plan's product by its first two words, then "của": "Mật ong của …"."""
    head = product.split()[:2]
    if len(head) < 2:
        return re.compile(r"(?!)")
    return re.compile(r"(?i)^\W*" + r"\s+".join(map(re.escape, head)) + r"(?:\s+[^\W\d]+){0,3}?\s+của\s+$")


_PLACE_BEFORE = frozenset({"xa", "thon", "xom", "huyen", "tinh", "phuong", "tran", "vung", "ly", "li", "lang", "khu",
                           "song", "nui", "deo", "bien"})  # (folded: "xã", "thôn", "thị trấn", "chỉ dẫn địa lý", …)


def _beside_own(after: str, own: Name) -> bool:
    """The rest of the sentence after an organisation's name names the plan's producer apart from it: by its own
    distinctive words ("Công ty Lữ hành … mỗi năm đưa 18.000 lượt khách …; theo hợp đồng, … đưa về Khe Giao 2.500
    lượt", hn04) or as "của/cho/với công ty" in lower case ("Công ty Du lịch … mỗi năm bán 250.000 chiếc …, trong đó
    mua của công ty 60.000 chiếc", hn10): two parties, and the named one is not the producer."""
    toks = [fold(w) for w in re.findall(r"[^\W\d_]+", after)]
    n = len(own.proper)
    # (not the place the producer is named after: "… đề nghị UBND xã Sơn Hồng hỗ trợ", "chỉ dẫn địa lý "Phúc Trạch"",
    # ab07, du08: a copied name beside the commune's is still the copied name)
    if n >= 2 and any(tuple(toks[k:k + n]) == own.proper and not (k and toks[k - 1] in _PLACE_BEFORE)
                      for k in range(len(toks) - n + 1)):
        return True
    return bool(re.search(r"\b(?:của|cho|với|từ)\s+" + re.escape(own.head) + r"\b(?!\s+[A-ZĐ])", after))


# a party's role named as the label of a line, the party after the colon
_ROLES = (r"(?:nhà\s+phân\s+phối|đơn\s+vị\s+phân\s+phối|đại\s+lý|khách\s+hàng|đối\s+tác|nhà\s+cung\s+cấp|"
          r"đơn\s+vị\s+cung\s+cấp|đơn\s+vị\s+thu\s+mua|bên\s+mua|bên\s+bán|đơn\s+vị\s+bao\s+tiêu)")
_ROLE_LABEL = re.compile(r"(?i)(?:^|[.;]\s*|-\s*)" + _ROLES + r"\b[^:.;]{0,60}:\s*$")
# (or a later item of the list after such a label: "Khách hàng: 30 nhà thuốc …; Công ty dược … (hợp đồng mua …)")
_ROLE_LIST = re.compile(r"(?i)(?:^|\.\s+)" + _ROLES + r"\b[^:.;]{0,60}:[^:.]{1,300};\s*$")
_COMMITS = re.compile(r"(?i)^[\s,]*(?:xin\s+|xin được\s+)?cam kết\s+(?:sẽ\s+)?(?:thực hiện|triển khai|tổ chức thực hiện)"
                      r"\b[^.;]{0,40}?\bphương án\b")


# the words of a SWOT's own strengths, and of its own weaknesses
_STRENGTHS = r"điểm\s+mạnh|thế\s+mạnh|ưu\s+điểm"
_WEAKNESSES = r"điểm\s+yếu|hạn\s+chế|nhược\s+điểm"
# a SWOT table's row of the plan's own strengths or weaknesses, its label in the first cell
_OWN_SWOT_CELL = re.compile(rf"(?i)^\W*(?:{_STRENGTHS}|{_WEAKNESSES})(?:\s*\([^()|]{{0,20}}\))?\s*\|")
# the label that opens a SWOT's strengths ("Điểm mạnh:", "- Thế mạnh –"), with nothing else before the name
_STRENGTHS_OF = re.compile(rf"(?i)^\W*(?:{_STRENGTHS})\s*[:\-–]\s*$")
_PROPOSES = re.compile(r"(?i)^[\s,]*(?:xin\s+|trân trọng\s+)?(?:kiến nghị|đề nghị|đề xuất)\b")


# a name the plan says is its own other name: "(tên thường gọi: …)", "tên giao dịch: …", "còn gọi là …"
_ALIAS_BEFORE = re.compile(r"(?i)(?:\btên\s+(?:thường\s+gọi|gọi\s+khác|giao\s+dịch|thương\s+mại|viết\s+tắt|khác)|"
                           r"\b(?:thường|còn|hay)\s+gọi\s+là|\bgọi\s+tắt\s+là|\bsau\s+đây\s+gọi\s+(?:tắt\s+)?là)"
                           r"\s*[:\"“]?\s*$")


_DATE_WORD = r"(?:quý|tháng|năm|từ|đến|giai đoạn)\b"
# a schedule line's date label, the name right after it: "Quý I/2027: ", "- Tháng 3/2027: ", "Năm 2028: "
# (the organisation's own board or head may be the subject: "Quý II/2027: Hội đồng quản trị Hợp tác xã … chỉ đạo …")
_DATE_LABEL = re.compile(rf"(?i)^\s*(?:[-–•+]\s*)?{_DATE_WORD}[^:;.]{{0,30}}:\s*"
                         r"(?:(?:hội đồng quản trị|ban quản trị|ban giám đốc|ban điều hành|ban chủ nhiệm|giám đốc|"
                         r"chủ nhiệm|lãnh đạo)\s+)?$")
# a table row whose first cell is a date ("Quý II/2027 | …", "Tháng 8 – 11/2026 | …"): its cell
# separator stands for the colon of a dated schedule line
_DATE_CELL = re.compile(rf"(?i)^(\s*{_DATE_WORD}[^|:;.]{{0,30}}?)\s*\|\s*")


def _commits_to_plan(text: str, start: int, name: str) -> bool:
    """The name at `start` is the subject of a commitment to carry out the plan."""
    k = text.find(name, start)
    return k >= 0 and bool(_COMMITS.match(text[k + len(name):]))


def pos_chars(text: str, wi: int) -> int:
    """Character offset of word `wi` of `text` as `_tok` counts words (a chunk of punctuation alone,
    the "|" between a table row's cells, is no word)."""
    n, k = 0, 0
    for mm in re.finditer(r"\S+", text):
        if not mm.group().strip(_PUNCT_END):
            continue
        if k == wi:
            return mm.start()
        n, k = mm.end(), k + 1
    return n


# Words a sentence may open with before its subject: time and linking adverbials ("Hiện nay",
# "Năm 2027", "Từ năm 2020", "Ngoài ra", "Đồng thời"), folded.
_ADVERBIAL = frozenset("hien nay tai nam tu den trong sau do ngoai ra dong thoi vi vay ben canh hang cuoi dau "
                       "quy thang giai doan ke tiep theo moi".split())


_TIME_OPENERS = frozenset("moi hang hien nam sau cuoi dau thang quy giai".split())


def _after_adverbial(text: str, wi: int) -> bool:
    """Whether the words before word `wi` are only an opening adverbial ("Hiện nay Công ty X đã có
    18 đại lý", "Mỗi năm Tổ hợp tác … trả cho các hộ": the organisation is the subject), at the
    sentence's start or after a comma ("…, mỗi năm Tổ hợp tác … trả cho các hộ …")."""
    words = [w for w, _ in _tok(text)][:wi]

    def adverbial(ws: list[str]) -> bool:
        return bool(ws) and all(fold(w) in _ADVERBIAL or w.isdigit() or re.fullmatch(r"[\d/.\-–]+", w)
                                for w in ws)

    if adverbial(words):
        return True
    # the words after the last comma before the name (counted as `_tok` counts them)
    n, after_comma = -1, None
    for raw in text.split():
        core = raw.strip(_PUNCT_END)
        if core:
            n += 1
            if n >= wi:
                break
        if raw.rstrip().endswith(","):
            after_comma = n + 1
    # (after a comma, a time only: "trong đó Công ty …" names a part of a list, other parties)
    return after_comma is not None and 0 < after_comma < wi and adverbial(words[after_comma:]) and \
        fold(words[after_comma]) in _TIME_OPENERS


def _opens_clause(text: str, wi: int) -> bool:
    """Whether word `wi` of `text` (as `_tok` counts words) follows a colon or a semicolon: it
    opens a clause ("Thiếu thợ giỏi: Cty ... sẽ đào tạo")."""
    gap, n = "", -1
    for raw in text.split():
        core = raw.strip(_PUNCT_END)
        if not core:
            if n == wi - 1:
                gap += raw
            continue
        n += 1
        at = raw.find(core)
        if n == wi - 1:
            gap = raw[at + len(core):]
        elif n == wi:
            gap += raw[:at]
            return ":" in gap or ";" in gap
    return False


def _product_word(folded: list[str], i: int) -> int:
    """Length of "sản phẩm" / its abbreviation "SP" at word `i`, else 0."""
    if folded[i:i + 2] == ["san", "pham"]:
        return 2
    return 1 if folded[i] == "sp" else 0


def places(view: PlanView) -> set[tuple[str, ...]]:
    """Proper names the plan uses as places ("xã Thạch Xuân", "huyện Hương Sơn") or people
    ("ông Trần Văn Lợi"), folded."""
    out: set[tuple[str, ...]] = set()
    for s, (punct_after, words, f) in zip(view.sentences, sentence_words(view), strict=True):
        toned = has_diacritics(s.text)
        # only the words that start a place word, picked in C (most sentences: none)
        for i in compress(range(len(words)), map(_PLACE_FIRSTS.__contains__, f)):
            for pw in _PLACE_BY_FIRST[f[i]]:
                if tuple(f[i:i + len(pw)]) != pw or \
                        toned and tuple(tone_key(w) for w in words[i:i + len(pw)]) not in _PLACE_TONED or \
                        pw in _PLACE_LOWER_ONLY and not words[i][:1].islower() or \
                        pw == ("xa",) and tuple(f[max(0, i - 2):i]) == ("hop", "tac"):
                    continue  # (the "xã" of "Hợp tác xã Ong Phúc Lâm" names a cooperative, not a commune)
                run = []
                for j in range(i + len(pw), min(len(words), i + len(pw) + 4)):
                    if not _is_cap(words[j]):
                        break
                    run.append(f[j])
                    if punct_after[j]:
                        break
                if run:
                    out.add(tuple(run))
        # people: "ông Trần Văn Lợi", "bà Lê Thị Hoa" are not product or producer names; with
        # diacritics compared ("Mật ong Hoa Sơn" is honey, not Mr Hoa Sơn), unless the sentence has none
        if _PERSON_TONED.isdisjoint(map(tone_key, words[:-1])) if toned else _PERSON_WORDS.isdisjoint(f[:-1]):
            continue  # (most sentences: none of the words)
        for i in range(len(words) - 1):
            if (tone_key(words[i]) in _PERSON_TONED) if toned else (f[i] in _PERSON_WORDS):
                run = []
                for j in range(i + 1, min(len(words), i + 5)):
                    if not _is_cap(words[j]):
                        break
                    run.append(f[j])
                    if punct_after[j]:
                        break
                if len(run) >= 2:
                    out.add(tuple(run))
    book = load_phrases()
    for g in ("known_places",):
        for ph in book.groups[g].phrases if g in book.groups else ():
            out.add(tuple(fold(w) for w in ph.split()))
    if view.plan.producer.commune:
        out.add(tuple(fold(w) for w in view.plan.producer.commune.split()))
    return out


@lru_cache(maxsize=1)
def _origins() -> frozenset[tuple[str, ...]]:
    """Provinces and regions a rival product is named after (phrases.yml `product_origins`)."""
    book = load_phrases()
    g = book.groups.get("product_origins")
    return frozenset(tuple(fold(w) for w in ph.split()) for ph in (g.phrases if g else ()))


def _name_rx(proper: tuple[str, ...]) -> re.Pattern[str]:
    """The folded proper part as whole words, any spacing between them."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, proper)) + r"(?!\w)")


def _count(view: PlanView, proper: tuple[str, ...]) -> int:
    rx = _name_rx(proper)
    first = proper[0] if proper else ""  # (every match holds the first word as written: a substring test skips most sentences)
    return sum(1 for f in _folded(view) if first in f and rx.search(f))


_folded_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _folded(view: PlanView) -> list[str]:
    """`fold` of every sentence of the plan, made once per view."""
    got = _folded_cache.get(view)
    if got is None:
        got = _folded_cache[view] = [fold(s.text) for s in view.sentences]
    return got


def _introduced(view: PlanView, proper: tuple[str, ...], kind: str) -> bool:
    """The name is written where the plan introduces itself: before its first section (the title
    page) or in the section on the producer (or the product). A name found only further on, however
    often, is not the one the plan gave itself."""
    rx = _name_rx(proper)
    home = "producer" if kind == "producer" else "product"
    first = min((s.start for s in view.plan.sections), default=0)
    word = proper[0] if proper else ""
    return any(word in f and rx.search(f) and (s.block < first or s.section == home)
               for s, f in zip(view.sentences, _folded(view), strict=True))


_ALIAS = re.compile(r"(?i)(?:sau đây|dưới đây|sau này)?\s*(?:được\s+)?(?:gọi tắt là|gọi là|viết tắt là|gọi tắt)"
                    r"\s*[:\"“'‘]?\s*([^\W\d_][\w.]*(?:[ \t]+[^\W\d_][\w.]*){0,3}?)\s*(?=[\"”'’),;.]|$)")


def _alias_count(view: PlanView, proper: tuple[str, ...]) -> int:
    """Sentences using the short name a plan gives itself after its full name ("Công ty TNHH Thực
    phẩm Minh Khang (sau đây gọi là Cty)"): each is a use of the plan's own name."""
    rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, proper)) + r"(?!\w)")
    aliases: set[str] = set()
    word = proper[0] if proper else ""
    for s, f in zip(view.sentences, _folded(view), strict=True):
        m = rx.search(f) if word in f else None
        if not m:
            continue
        for a in _ALIAS.finditer(s.text):
            if a.start() >= m.start() and a.group(1).strip():
                aliases.add(a.group(1).strip())
    if not aliases:
        return 0
    arx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(aliases, key=len, reverse=True))) + r")(?!\w)")
    return sum(1 for s, f in zip(view.sentences, _folded(view), strict=True)
               if arx.search(s.text) and not (word in f and rx.search(f)))


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


class Spec(SpecBase):
    type: Literal["name_consistency"] = "name_consistency"
    check_product: bool = True
    check_producer: bool = True
    other_party_cues: str = Field("other_party_cues", description="Group in rules/phrases.yml.")
    competitor_cues: str = Field("competitor_cues", description="Group in rules/phrases.yml.")
    other_party_after: str = Field("other_party_after", description="Group in rules/phrases.yml: words "
                                                                    "right after a name ('cung cấp').")
    brand_cues: str = Field("brand_cues", description="Group in rules/phrases.yml: words right before a "
                                                      "trademark ('nhãn hiệu \"...\"'); the name after them "
                                                      "is a brand, not a competing name.")
    excluded_sections: list[str] = Field(default_factory=lambda: list(_EXCLUDED_SECTIONS),
                                         description="Sections where other names are expected "
                                                     "(suppliers).")
    max_between: int = Field(2, description="Lower-case words allowed between a product's head and its "
                                            "proper name ('Rượu nếp sim Nam Hương'); the plan's own name "
                                            "may raise it.")
    max_hits: int = Field(3, description="Report at most this many competing names.")

    @model_validator(mode="after")
    def _known_groups(self) -> Spec:
        book = load_phrases()
        unknown = [g for g in (self.other_party_cues, self.competitor_cues, self.other_party_after,
                               self.brand_cues) if g not in book.groups]
        if unknown:
            raise ValueError(f"unknown phrase groups {unknown} (rules/phrases.yml)")
        return self


def run(spec: Spec, view: PlanView, batch: BatchContext) -> list[Hit]:
    product = parse_name(view.plan.product.name, "product") if spec.check_product else None
    producer = parse_name(view.plan.producer.name, "producer") if spec.check_producer else None
    if not product and not producer:
        return []
    ms = matched_sentences(view)
    keys: dict[int, set[str]] = {}
    for s in view.plan.sections:
        for i in s.blocks:
            keys.setdefault(i, set()).add(s.key)
    excluded = set(spec.excluded_sections)
    where_known = places(view)
    sent_words = sentence_words(view)
    hits: list[Hit] = []
    for kind, want, other in (("product", product, producer), ("producer", producer, product)):
        if want is None:
            continue
        own = _count(view, want.proper) + _alias_count(view, want.proper)
        if own < 2:
            continue
        known = where_known | _origins() if kind == "product" else where_known
        legit: set[tuple[str, ...]] = set(known)
        if other:
            legit.add(other.proper)
        max_between = max(spec.max_between,
                          sum(1 for w in _tok(want.text)[1:] if not _is_cap(w[0])))
        # Occurrences in order; a name whose FIRST mention is another party's (a supplier section,
        # a competitor paragraph, "hợp đồng với ...") is another party's everywhere.
        found: list[tuple[Name, int]] = []
        brands: list[tuple[str, ...]] = []
        first_other: list[tuple[str, ...]] = []
        committed: list[tuple[str, ...]] = []
        seen: list[tuple[str, ...]] = []
        for idx, s in enumerate(view.sentences):
            kind_b = view.blocks[s.block].kind
            # a schedule table's row is read as its dated line ("Quý II/2027 | Tổ hợp tác … đăng ký …
            # | Tổ trưởng" as "Quý II/2027: Tổ hợp tác … đăng ký …"); other tables and headings are not
            line_row = kind_b == BlockKind.table and s.section == "schedule" and bool(_DATE_CELL.match(s.text))
            # (and a schedule row's cell that is nothing but an organisation's name: who carries the task
            # out, "3 | Ký hợp đồng thu mua với 42 hộ | Tháng 9 hằng năm | Hợp tác xã …")
            doer_row = kind == "producer" and kind_b == BlockKind.table and s.section == "schedule" and not line_row
            # (and a SWOT table's own rows, "Điểm mạnh | Hợp tác xã … có đồi sim riêng 12 ha …": the strengths and
            # weaknesses are the plan's own, read as a "Điểm mạnh: …" line, hy05)
            line_row = line_row or (kind_b == BlockKind.table and bool(_OWN_SWOT_CELL.match(s.text)))
            if kind_b == BlockKind.table and kind == "product" and not line_row and \
                    _MAKER_COLUMN.search(" | ".join(view.blocks[s.block].rows[0] if view.blocks[s.block].rows else [])):
                # a table of products beside where or by whom each is made ("Sản phẩm | Nơi sản xuất | Giá bán lẻ",
                # "Bánh gai Tứ Trụ | Thanh Hóa | 65.000-70.000"): others' products, wherever the text names them
                # again ("… tương đương bánh Tứ Trụ", ha01)
                for _wi, cand in _candidates(s.text, want, kind, max_between, sent_words[idx]):
                    if not any(same_name(cand.proper, p) for p in seen):
                        seen.append(cand.proper)
                        first_other.append(cand.proper)
                continue
            if kind_b == BlockKind.heading or (kind_b == BlockKind.table and not line_row and not doer_row):
                continue
            cands = _candidates(s.text, want, kind, max_between, sent_words[idx])
            if doer_row:
                # (an organisation of the producer's own kind: a partner that does a task, "Công ty TNHH
                # Quảng cáo … | Thiết kế bao bì", is of another kind far more often)
                cells = {" ".join(c.split()) for c in s.text.split("|")[2:]}
                cands = [(wi, c) for wi, c in cands if " ".join(c.text.split()) in cells and c.head == want.head]
            if not cands or _mostly_upper(s.text) or column_names_line(s.text):
                continue  # (nor a table's column names read as a paragraph: "T Sản phẩm Quy cách Hạn Giá bán")
            in_excluded = bool(keys.get(s.block, set()) & excluded)
            rivals = _competitor_context(view, idx, ms, spec.competitor_cues)
            # (or under a sub-heading of a partner of a joint plan, "2. Hộ liên kết", "Đối tác tiêu thụ": another
            # party introduced in its own right, jw02)
            other_ctx = in_excluded or rivals or (kind == "producer" and _partner_heading(view, idx))
            # ("tại chỗ", on the spot, is no "tại" before a party: "nguyên liệu … tại chỗ; Công ty …")
            words_i = ms[idx].words
            cue_ends = [e for a, e in ms[idx].spans.get(spec.other_party_cues, [])
                        if not (e < len(words_i) and tone_key(words_i[e - 1]).lower() == _TAI and
                                tone_key(words_i[e]).lower() == _CHO)
                        # (nor the product's maker: "Cá khô của Hợp tác xã …" names whose fish it is)
                        and not (kind == "producer" and _made_by(words_i, e, other))]
            after_starts = [a for a, e in ms[idx].spans.get(spec.other_party_after, [])]
            brand_ends = [e for a, e in ms[idx].spans.get(spec.brand_cues, [])]
            words_before = _word_offsets(s.text, ms[idx].words)
            for wi, cand in cands:
                pos = words_before(wi)
                end = words_before(wi + len(cand.text.split()))
                # the name opening the sentence as its subject, the rivals named only in the list after its colon
                # ("Hộ kinh doanh … xác định các rủi ro chính: mưa kéo dài …; cạnh tranh giá …"): the author, not a
                # rival (unless the block's first sentence or the heading above speaks of rivals; "Thịt chua …
                # bán trên mạng 250.000 đồng/kg; giá của hộ 280.000 đồng/kg" is a rival's, no colon between)
                after_name = max(0, s.text.find(cand.text)) + len(cand.text)
                colon = s.text.find(":", after_name)
                # the subject that buys the material ("Cơ sở kẹo lạc … mua lạc của các hộ trong xã"): the
                # producer, though the section names suppliers
                buyer = kind == "producer" and wi == 0 and in_excluded and not rivals \
                    and bool(_BUYS.match(s.text, after_name))
                other_ctx_here = other_ctx and not buyer and not (
                    wi == 0 and colon >= 0 and not in_excluded
                    and ms[idx].has(spec.competitor_cues)
                    and all(a >= end + 1 + len(s.text[:colon].split()) - len(cand.text.split())
                            for a, _e in ms[idx].spans.get(spec.competitor_cues, []))
                    and not (view.ocr and _TORN_RIVALS.search(fold(s.text)))
                    and not _competitor_context(view, idx, ms, spec.competitor_cues, own=False))
                if any(0 <= pos - e <= _BRAND_WINDOW for e in brand_ends):
                    brands.append(cand.proper)  # 'nhãn hiệu "Kẹo lạc Quê Nhà"': the trademark's name
                    continue
                at = pos_chars(s.text, wi)  # (the candidate's character offset, read once)
                before = s.text[:at]
                if _ALIAS_BEFORE.search(before):
                    # "Hộ kinh doanh Phan Thị Lài (tên thường gọi: Cơ sở tinh bột nghệ Lài Sơn)": another
                    # name the plan gives itself, as it says
                    brands.append(cand.proper)
                    continue
                own_part = kind == "producer" and (bool(_OWN_PART_OF.search(before)) or (
                    # whose the products are, outside any talk of rivals: "Sản phẩm của Công ty … được bán qua 2
                    # thương lái …" (not "Sản phẩm của Công ty … rẻ hơn 10 %" among competitors)
                    not other_ctx and bool(_PRODUCTS_OF.search(before))) or (
                    # (or the plan's product named by its own first words: "Mật ong của Hộ kinh doanh … được bán qua
                    # TikTok Shop …" in a plan of "Mật ong hoa rừng …", its market part no rivals' talk)
                    not rivals and other is not None and _own_product_of(other.text).search(before) is not None))
                label = _DATE_CELL.sub(r"\1: ", before) if line_row else before
                # (and the subject that opens a sentence of the proposals with its proposal: "Công ty … kiến
                # nghị UBND xã …" is the plan's author)
                proposes = s.section == "proposals" and not before.strip() and \
                    bool(_PROPOSES.match(s.text[at + len(cand.text):]))
                if kind == "producer" and (_commits_to_plan(s.text, at, cand.text) or proposes or doer_row or
                                           (s.section == "schedule" and _DATE_LABEL.search(label))):
                    # "Công ty … cam kết thực hiện đúng phương án": only the producer commits to its plan;
                    # "Quý I/2027: Cơ sở … xây dựng tiêu chuẩn cơ sở, kiểm nghiệm …": the subject of a dated
                    # task of the plan's schedule carries the plan out (whatever a "Cạnh tranh:" line said
                    # of the name before)
                    committed.append(cand.proper)
                    own_part = True
                if kind == "product" and s.section == "swot" and not other_ctx_here and _STRENGTHS_OF.match(before):
                    # "Điểm mạnh: Mật ong hoa … có nguồn hoa dồi dào": a SWOT's strengths are the plan's own, so the
                    # product they open on is the plan's under another name, whatever place that name carries
                    committed.append(cand.proper)
                # "hợp tác với 4 công ty lữ hành: Công ty TNHH Lữ hành …, …": a list after a colon whose label
                # names other parties; "Công ty … (Hà Nội) đặt hàng …": the cue after a place in brackets
                listed = before.rstrip().endswith(":") and any(
                    e <= pos and not any(x in (".", ";") for x in words_i[e:pos]) for e in cue_ends)
                # (a customer's bracket may say what it is: "(chuỗi 14 cửa hàng đồ làm vườn ở miền Bắc và miền Trung)")
                bracket = re.match(r"\s*\([^()]{1,80}\)", s.text[at + len(cand.text):])
                end2 = end + len(bracket.group().split()) + 2 if bracket else end
                # a line of the market section that opens on a party and its deal after a colon ("Công ty TNHH
                # Suất ăn … (khu kinh tế Vũng Áng): hợp đồng 2.500 kg/năm"): a customer
                listed_party = s.section == "market" and bool(
                    re.match(r"\s*(?:\([^()]{1,60}\))?\s*:", s.text[at + len(cand.text):]))
                # a product followed by the province it comes from in brackets ("chè búp Thanh Chương (Nghệ
                # An)"): a product of that province, not the plan's under another name
                from_elsewhere = kind == "product" and bracket is not None and \
                    tuple(fold(w) for w in bracket.group().strip(" ()").split()) in _origins()
                is_other = not own_part and (other_ctx_here or any(pos - _CUE_WINDOW <= e <= pos for e in cue_ends)
                                             or listed or listed_party or from_elsewhere
                                             or any(end <= a <= end2 + 2 for a in after_starts)
                                             # "Nhà phân phối độc quyền khu vực Bắc Trung Bộ: Công ty …"
                                             or bool(_ROLE_LABEL.search(before)) or bool(_ROLE_LIST.search(before))
                                             or (kind == "producer" and _beside_own(s.text[at + len(cand.text):], want)))
                if not any(same_name(cand.proper, p) for p in seen):
                    seen.append(cand.proper)
                    if is_other:
                        first_other.append(cand.proper)
                if kind == "producer" and wi > 1 and not _opens_clause(s.text, wi) and \
                        not _after_adverbial(s.text, wi) and not own_part:
                    # an organisation not in subject position (the sentence's or a clause's first
                    # words: "Thiếu thợ giỏi: Cty ... sẽ đào tạo") is a partner, customer or
                    # supplier far more often than the producer under a copied name; that mention
                    # is not counted, but without a cue ("hợp đồng với", a competitor) it does not
                    # make the name another party's everywhere ("tên, địa chỉ Công ty …" on a label)
                    continue
                if not is_other:
                    found.append((cand, idx))
        legit |= {p for p in first_other if not any(same_name(p, c) for c in committed)} | set(brands)
        reported: list[tuple[str, ...]] = []
        parties = legit - known  # the product's or producer's own name, other parties, brands
        for cand, idx in found:
            if same_name(cand.proper, want.proper) or any(same_name(cand.proper, p) for p in parties):
                continue
            if view.ocr and _one_letter_off(cand.proper, want.proper):
                continue  # "Trần Văn Hòc" for "Trần Văn Hòe": a letter the OCR misread, not another name
            # a place inside the name ("Công ty TNHH Nông sản Thành Vinh") makes it a local firm's, but
            # not a person's name that folds onto a place ("Hộ kinh doanh Phạm Thị Huệ": Huệ is not Huế)
            person = _person(cand.proper)
            # (unless the plan itself speaks under that name twice: "Bộ máy của Công ty … Hương Khê Xanh
            # gồm …", "Công ty … Hương Khê Xanh cam kết …")
            twice = kind == "producer" and sum(1 for c, _i in found if same_name(c.proper, cand.proper)) >= 2
            # (nor when the plan commits to its own plan under that name: "Quý II/2027: HTX … Kỳ Lạc
            # đăng ký …", "HTX … Hồng Lĩnh cam kết …" is the producer speaking under another's name,
            # whatever place that name carries)
            acts = any(same_name(cand.proper, c) for c in committed)
            if not twice and not acts and any(_contains(p, cand.proper) or (_contains(cand.proper, p) and (len(p) >= 2 or not person))
                                 for p in known):
                continue
            if any(same_name(cand.proper, p) for p in reported):
                continue
            if _count(view, cand.proper) >= own and _introduced(view, cand.proper, kind):
                continue  # which one is the plan's own name is then a guess
            reported.append(cand.proper)
            s = view.sentences[idx]
            sec = next((x for x in view.plan.sections if s.block in x.blocks), None)
            hits.append(Hit(
                section=s.section,
                evidence=quote(s.text),
                params={"kind": kind, "kind_name": "sản phẩm" if kind == "product" else "chủ thể",
                        "expected": want.text, "found": cand.text,
                        "section_title": sec.title if sec else ""},
            ))
            if len(hits) >= spec.max_hits:
                return hits
    return hits


_TAI, _CHO = tone_key("tại"), tone_key("chỗ")
# right after a name opening a sentence of the raw materials: it buys, so it is the producer
# (also by contract: "Hợp tác xã … đã ký hợp đồng thu mua với 30 hộ trồng mây")
_BUYS = re.compile(r"(?i)\s*(?:\([^()]{1,60}\)\s*)?(?:(?:hiện|vẫn|tiếp tục|sẽ|đã|dự kiến)\s+)*"
                   r"(?:ký\s+(?:kết\s+)?hợp\s+đồng\s+(?:nguyên\s+tắc\s+)?)?(?:thu\s+mua|mua|nhập|đặt\s+mua)\b")
_CUA = tone_key("của")
_PRODUCT_WORDS = frozenset(tone_key(w) for w in ("sản", "phẩm", "hàng"))


def _made_by(words: list[str], e: int, product: Name | None) -> bool:
    """The cue ending at word `e` is "của" right after the product's head word or "sản phẩm" ("Cá khô
    của …", "Sản phẩm của …"): what follows is the product's maker, not another party."""
    if e < 2 or tone_key(words[e - 1]).lower() != _CUA:
        return False
    before = {tone_key(w).lower() for w in words[max(0, e - 4):e - 1]}
    head = {tone_key(w).lower() for w in (product.text.split()[:1] if product else [])}
    return bool(before & (head | _PRODUCT_WORDS))


_GIONG = tone_key("giống")


def _competitor_context(view: PlanView, idx: int, ms: list, group: str, own: bool = True) -> bool:
    """The sentence (unless not `own`), the first sentence of its block or the nearest heading above
    names competitors."""
    sents = view.sentences
    block = sents[idx].block
    if own and ms[idx].has(group):
        return True
    if own and sents[idx].section == "market" and len(_PRICE_PER.findall(sents[idx].text)) >= 3:
        # a sentence of the market part that prices several products side by side ("Rượu ngô Bắc Hà bán 120.000 –
        # 150.000 đồng/lít, rượu ngô không nhãn …; rượu Phú Gia 140.000 đồng/lít …"): a comparison with others (in05)
        return True
    if own and view.ocr and _TORN_RIVALS.search(fold(sents[idx].text)):
        # a scan that read two cells of a row into one line tears "cạnh tranh" apart ("Tỏi đen Lý Sơn,
        # tỏi đen nhập khẩu cạnh cho sức khỏe tranh"): the words are still the rivals'
        return True
    first = next(k for k in range(idx, -1, -1) if k == 0 or sents[k - 1].block != block)
    if ms[first].has(group) and (own or first != idx):
        return True
    for k in range(first - 1, -1, -1):
        if view.blocks[sents[k].block].kind == BlockKind.heading:
            heading = fold(sents[k].text)
            if _SWOT_HEADING.search(heading) and not _RIVALS.search(heading):
                return False  # "Điểm mạnh, điểm yếu, cơ hội, thách thức": the plan's own SWOT, not rivals
            return ms[k].has(group)
    return False


def _partner_heading(view: PlanView, idx: int) -> bool:
    """The nearest heading above the sentence introduces a partner ("2. Hộ liên kết", "Bên liên kết thứ hai",
    "Đối tác tiêu thụ"), not the lead ("1. Hộ đại diện liên kết", "Bên chủ trì")."""
    if (hb := heading_above(view, view.sentences[idx].block)) is None:
        return False
    heading = fold(view.blocks[hb].text)
    return bool(_PARTNER_HEAD.search(heading)) and not _LEAD_HEAD.search(heading)


# (folded: no diacritics, lower case)
_PARTNER_HEAD = re.compile(r"^\W*(?:[\divx]+\W*)*(?:(?:ho|ben|don vi|doanh nghiep|hop tac xa|cong ty|to hop tac)\s+)?"
                           r"(?:lien ket|doi tac)\b")
_LEAD_HEAD = re.compile(r"\b(?:dai dien|chu tri|chu dau tu|dung ten)\b")
_SWOT_HEADING = re.compile(r"\b(?:diem manh|swot)\b")
_PRICE_PER = re.compile(r"(?i)\d[\d.,]*\s*(?:đồng|đ|vnđ)\s*/\s*[^\W\d]")
_RIVALS = re.compile(r"\b(?:doi thu|canh tranh)\b")
_TORN_RIVALS = re.compile(r"\bcanh\b(?:\W+\w+){1,6}?\W+tranh\b")


def _word_offsets(text: str, spacy_words: list[str]):
    """Map a whitespace-word index of `text` to the index of the spaCy word at the same place."""
    starts = []
    pos = 0
    for raw in text.split():
        k = text.find(raw, pos)
        starts.append(k + (len(raw) - len(raw.lstrip(_PUNCT_END))))
        pos = k + len(raw)
    sp_starts = []
    pos = 0
    for w in spacy_words:
        k = text.find(w, pos)
        sp_starts.append(k)
        pos = k + len(w)

    # _tok drops pure-punctuation chunks; count over the non-empty ones
    kept = [st for raw, st in zip(text.split(), starts, strict=True) if raw.strip(_PUNCT_END)]
    # (spaCy's words are found left to right, so their starts are sorted: the words before a
    # character are counted by bisection)
    ordered = sp_starts if all(a <= b for a, b in zip(sp_starts, sp_starts[1:])) else sorted(sp_starts)

    def to_spacy(i: int) -> int:
        if i >= len(kept):
            return len(sp_starts)
        return bisect.bisect_left(ordered, kept[i])

    return to_spacy
