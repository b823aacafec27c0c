"""Who the producer is and what the product is, from the plan's own words.

Labelled lines win ("Tên hợp tác xã: ...", "Tên sản phẩm: ..."); then the plan's title
("PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM ..."); then the first named organisation in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.models import BlockKind, Document, Producer, Product
from pipeline.settings import get_settings
from pipeline.text import fold, has_diacritics, match_key, tone_key, words

_ORG = r"(?:hợp tác xã|htx|công ty(?: tnhh| cổ phần| cp)?(?: một thành viên| mtv)?|doanh nghiệp tư nhân|dntn|" \
       r"hộ kinh doanh|tổ hợp tác|cơ sở sản xuất|cơ sở|hộ gia đình|hộ sản xuất|trang trại|tổ hợp)"
_LABEL_PRODUCER = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:tên\s+(?:chủ thể|đơn vị|tổ chức|hợp tác xã|htx|doanh nghiệp|công ty|cơ sở(?: sản xuất)?|"
    r"hộ kinh doanh|tổ hợp tác|chủ hộ|trang trại)(?:\s+đầy đủ)?(?:\s*\(.*?\))?|chủ thể(?: ocop| thực hiện)?|"
    r"đơn vị thực hiện)\s*[:：]\s*(?P<v>.+)$",
    re.I | re.M,
)
_LABEL_PRODUCT = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:tên\s+(?:sản phẩm|dịch vụ)(?:\s+(?:đăng ký|dự kiến|ocop))?|sản phẩm(?: đăng ký| ocop)?)"
    r"\s*[:：]\s*(?P<v>.+)$",
    re.I | re.M,
)
_ORG_START = re.compile(r"\b(?i:" + _ORG + r")\b")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,190}\.[A-Za-z]{2,24}")
_COMMUNE_START = re.compile(r"\b(?i:xã|phường|thị trấn)\s+")
_TITLE = re.compile(r"(?:phương án|dự án|kế hoạch|đề án)\s+(?:sản xuất\s*(?:và\s*|,\s*)?)?kinh doanh"
                    r"(?:\s+sản phẩm|\s+dịch vụ)?\s*[:\-]?\s*(?P<v>.+)$", re.I)
_TITLE_NEXT = re.compile(r"^\s*(?:sản phẩm|dịch vụ)\s*[:\-]?\s*(?P<v>.+)$", re.I)
_TITLE_TAIL = re.compile(r"\s*[,\-–(]*\s*(?:giai đoạn|năm|thời kỳ|từ năm)\b.*$|\s*\(.*$", re.I)
_TRAILING = re.compile(r"[\s,;.:\-–(]+$")


@lru_cache(maxsize=4)
def _categories(path: Path | None = None) -> list[tuple[str, list[str]]]:
    path = path or get_settings().rules_dir / "categories.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["categories"]
    return [(cat, sorted({" ".join(words(tone_key(k))) for k in kws}, key=len, reverse=True),
             sorted({match_key(k) for k in kws}, key=len, reverse=True)) for cat, kws in data.items()]


_STOP = set("được là có tại ở với đã đang sẽ thành do và của cho theo trong từ đến chuyên gồm nằm hoạt "
             "thuộc đóng được, sản xuất kinh doanh".split())


def _capitalised_run(text: str, pos: int, max_words: int) -> str:
    """A name from `pos` on: words up to punctuation or a function word, trailing lower-case
    words dropped ('Nông nghiệp Thạch Xuân được thành lập' -> 'Nông nghiệp Thạch Xuân')."""
    out: list[str] = []
    for w in text[pos:].split():
        core = w.strip(",.;:()\"'")
        if not core or len(out) >= max_words or (core.lower() in _STOP and not core[0].isupper()):
            break
        out.append(core)
        if w[-1] in ",.;:)(\"":
            break
    while out and not (out[-1][0].isupper() or out[-1][0].isdigit()):
        out.pop()
    if not out or not (out[0][0].isupper() or out[0][0].isdigit()):
        return ""
    return " ".join(out)


def _org_names(text: str):
    for m in _ORG_START.finditer(text):
        tail = _capitalised_run(text, m.end(), 7)
        if tail:
            yield f"{m.group(0)} {tail}"


def _commune_in(text: str) -> str | None:
    for m in _COMMUNE_START.finditer(text):
        v = _capitalised_run(text, m.end(), 4)
        if v:
            return v
    return None


def legal_form_of(name: str | None, text: str = "") -> str | None:
    probe = fold(name or "")
    for pat, form in ((r"\b(hop tac xa|htx)\b", "htx"), (r"\bto hop tac\b", "to_hop_tac"),
                      (r"\b(cong ty|doanh nghiep|dntn)\b", "doanh_nghiep"),
                      (r"\bho kinh doanh\b", "ho_kinh_doanh"),
                      (r"\b(co so|ho gia dinh|ho san xuat|trang trai)\b", "_household")):
        if re.search(pat, probe):
            if form == "_household":
                # A "cơ sở" or household is a household business only when it says it is registered.
                t = fold(text)
                return "ho_kinh_doanh" if re.search(r"\bho kinh doanh\b", t) else "other"
            return form
    return None


def _cut(v: str, limit: int = 120) -> str:
    v = re.split(r"\s*[;]\s*|\.\s|\s+-\s+|\s*\(|,\s*(?:địa chỉ|trụ sở|mã số|số điện thoại|điện thoại|email)",
                 v, maxsplit=1, flags=re.I)[0]
    v = _TRAILING.sub("", v.strip())
    return v[:limit]


def _clean_title_product(v: str) -> str:
    v = _TITLE_TAIL.sub("", v)
    v = re.sub(r"^(?:sản phẩm|dịch vụ)\s+", "", v.strip(), flags=re.I)
    v = re.sub(r"^ocop\s+", "", v, flags=re.I)
    return _cut(v)


def _sentence_case(v: str) -> str:
    letters = [c for c in v if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return v[:1] + v[1:].lower()
    return v


def _as_written_elsewhere(name: str, full: str) -> str:
    """An upper-case title's product name, in the case the body writes it ('Thạch Xuân' kept)."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    pat = re.compile(re.escape(name), re.I)
    for m in pat.finditer(full):
        found = m.group(0)
        if not all(c.isupper() for c in found if c.isalpha()):
            return found[:1].upper() + found[1:]
    return _sentence_case(name)


def category_of(*texts: str) -> str:
    """First text that names a category decides. Keywords are compared with diacritics (tone
    placement normalised): folded, "công nghệ" would read as the herbal "nghệ". Text typed
    without any diacritics is compared folded."""
    cats = _categories()
    for t in texts:
        if not t:
            continue
        toned = has_diacritics(t)
        key = " " + " ".join(words(tone_key(t) if toned else match_key(t))) + " "
        for cat, kws_toned, kws_folded in cats:
            if any(f" {k} " in key for k in (kws_toned if toned else kws_folded)):
                return cat
    return "other"


def _category_by_frequency(text: str) -> str:
    """For a plan whose product name was not found: the category whose keywords occur most."""
    key = " " + " ".join(words(tone_key(text))) + " "
    best, best_n = "other", 0
    for cat, kws_toned, _ in _categories():
        n = sum(key.count(f" {k} ") for k in kws_toned)
        if n > best_n:
            best, best_n = cat, n
    return best


def find_producer_product(doc: Document) -> tuple[Producer, Product]:
    paras = [b.text for b in doc.blocks if b.kind != BlockKind.table]
    cells = [c for b in doc.blocks if b.kind == BlockKind.table and b.rows for r in b.rows for c in r]
    table_pairs = []
    for b in doc.blocks:
        if b.kind == BlockKind.table and b.rows:
            for r in b.rows:
                cs = [c for c in r if c]
                if len(cs) >= 2:
                    table_pairs.append(f"{cs[-2]}: {cs[-1]}")
    full = "\n".join(paras + table_pairs)

    name = None
    if m := _LABEL_PRODUCER.search(full):
        name = _cut(m.group("v"))
    if not name:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for i, p in enumerate(paras[:80]):
            for v in _org_names(p):
                v = _cut(v)
                counts[v] += 1
                first.setdefault(v, i)
        if counts:
            name = max(counts, key=lambda v: (counts[v], -first[v]))
    legal = legal_form_of(name, full) if name else None
    if legal is None:
        legal = legal_form_of(full[:3000], full) if full else None

    email = None
    if m := _EMAIL.search(full):
        email = m.group(0).strip(".")
    commune = None
    for p in paras[:200] + table_pairs:
        if re.search(r"địa chỉ|trụ sở|địa điểm|thường trú", p, re.I) or commune is None:
            if v := _commune_in(p):
                commune = v
                if re.search(r"địa chỉ|trụ sở", p, re.I):
                    break

    product_name = None
    if m := _LABEL_PRODUCT.search(full):
        product_name = _cut(m.group("v"))
    title = ""
    head = [b.text for b in doc.blocks[:20] if b.kind != BlockKind.table]
    for i, text in enumerate(head):
        m = _TITLE.search(text)
        rest = m.group("v") if m else ""
        if m is None and re.search(r"^(?:phương án|dự án|kế hoạch|đề án)\s+(?:sản xuất\s*(?:và\s*)?)?kinh doanh\s*$",
                                   text, re.I):
            # The title runs on in the next line: "PHƯƠNG ÁN SẢN XUẤT KINH DOANH" / "SẢN PHẨM ..."
            if i + 1 < len(head) and (mm := _TITLE_NEXT.match(head[i + 1])):
                rest = mm.group("v")
                text = f"{text} {head[i + 1]}"
            else:
                continue
        elif m is None:
            continue
        title = text
        if not product_name and rest:
            product_name = _as_written_elsewhere(_clean_title_product(rest), full)
        break
    category = category_of(product_name or "", title)
    if category == "other" and not product_name:
        category = _category_by_frequency(full[:30000])
    return (Producer(name=name, legal_form=legal, email=email, commune=commune),
            Product(name=product_name, category=category))
