"""Who the producer is and what the product is, from the plan's own words.

Labelled lines win ("Tên hợp tác xã: ...", "Tên sản phẩm: ..."); then the plan's title
("PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM ..."); then the first named organisation in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pipeline import datafile
from pipeline.ingest.headings import split_numbering
from pipeline.models import BlockKind, Document, Producer, Product
from pipeline.settings import get_settings
from pipeline.text import fold, has_diacritics, match_key, tone_key, words

_ORG = r"(?:hộ (?:gia đình )?(?:ông|bà)|hợp tác xã|htx|công ty(?: tnhh| trách nhiệm hữu hạn| cổ phần| cp)?(?: một thành viên| mtv)?|doanh nghiệp tư nhân|dntn|" \
       r"hộ kinh doanh|tổ hợp tác|cơ sở sản xuất|cơ sở|hộ gia đình|hộ sản xuất|trang trại|tổ hợp|" \
       r"nhóm sản xuất|nhóm hộ|nhóm liên kết|nhóm làm|nhóm thợ|tổ sản xuất|tổ liên kết)"
_LABEL_PRODUCER = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:\d{1,2}[.)]\s*)?(?:tên\s+(?:chủ thể|đơn vị|tổ chức|hợp tác xã|htx|doanh nghiệp|công ty|cơ sở(?: sản xuất)?|"
    r"hộ kinh doanh|tổ hợp tác|chủ hộ|trang trại)(?:\s+đầy đủ)?(?:\s*\(.*?\))?|chủ thể(?: ocop| thực hiện)?|"
    r"đơn vị thực hiện)\s*[:：]\s*(?P<v>.+)$",
    re.I | re.M,
)
_LABEL_PRODUCT = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:tên\s+(?:sản phẩm|dịch vụ)(?:\s+(?:đăng ký|dự kiến|ocop))?|sản phẩm(?: đăng ký| ocop| dịch vụ)?)"
    r"\s*[:：]\s*(?P<v>.+)$",
    re.I | re.M,
)
# the head of a table's value column: a price, a quantity, a unit, a year, a note — never a name
_COLUMN_HEAD = re.compile(r"(?i)\s*(?:đơn\s+giá|giá|số\s+lượng|sản\s+lượng|khối\s+lượng|doanh\s+thu|thành\s+tiền|"
                          r"đơn\s+vị|đvt|ghi\s+chú|tỷ\s+lệ|tỉ\s+lệ|quy\s+cách|năm\s+\d{4}|năm)\b")
_ORG_START = re.compile(r"\b(?i:" + _ORG + r")\b")
# "Tên: Hợp tác xã Du lịch cộng đồng Đồng Quê Tùng Lộc." (a bare "Tên:" naming an organisation)
_LABEL_NAME = re.compile(r"^\s*(?:[-+•]\s*)?tên\s*[:：]\s*(?P<v>(?:" + _ORG + r")\s+\S.*)$", re.I | re.M)
# (also the one who drew the plan up, when no organisation is named: a household named by its head)
_OWNER = re.compile(r"(?:họ và tên chủ hộ|tên chủ hộ|chủ hộ|chủ cơ sở|họ và tên|người lập(?: phương án)?)\s*[:：]\s*(?:ông|bà)?\s*(?P<v>[^,;.\n]{3,60})",
                    re.I)
_FAMILY = re.compile(r"\b[Gg]ia đình\s+(ông|bà)\s+")
# (a scan's "@" read as "(@)" or "(": "ngantruoiherbs(@)gmail.com", "banhkhome(gmail.com", the latter
# only before a common mail domain)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}\s?(?:[(\[]?@@?[)\]]?|[(©](?=(?:gmail|yahoo|outlook|hotmail|icloud)\.))"
                    r"[A-Za-z0-9.\-]{1,190}\.[A-Za-z]{2,24}")
_EMAIL_AT = re.compile(r"\s?(?:[(\[]?@@?[)\]]?|[(©](?=(?:gmail|yahoo|outlook|hotmail|icloud)\.))")
_COMMUNE_START = re.compile(r"\b(?i:xã|phường|thị trấn)\s+")
_TITLE = re.compile(r"(?:phương án|dự án|kế hoạch|đề án)\s+(?:sản xuất\s*(?:và\s*|,\s*)?)?kinh doanh"
                    r"(?:\s+sản phẩm|\s+dịch vụ)?\s*[:\-]?\s*(?P<v>.+)$", re.I)
_TITLE_TAIL = re.compile(r"\s*[,\-–(]*\s*(?:giai đoạn|năm|thời kỳ|từ năm|để tham gia|đăng ký tham gia|tham gia|"
                         r"thuộc chương trình|chương trình mỗi xã|chương trình ocop)\b.*$|\s*\(.*$"
                         # the period without its word: "… CẨM HƯNG, 2026 – 2029", "… 2026-2028"
                         r"|\s*[,\-–]\s*(?:19|20)\d\d\b.*$|\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b.*$", re.I)
_TRAILING = re.compile(r"[\s,;.:\-–(]+$")


@lru_cache(maxsize=4)
def _categories_file(path: Path | None = None) -> dict:
    path = path or get_settings().rules_dir / "categories.yml"
    return datafile.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _categories(path: Path | None = None) -> list[tuple[str, list[str]]]:
    data = _categories_file(path)["categories"]
    return [(cat, sorted({" ".join(words(tone_key(k))) for k in kws}, key=len, reverse=True),
             sorted({match_key(k) for k in kws}, key=len, reverse=True)) for cat, kws in data.items()]


_STOP = set("được là có tại ở với đã đang sẽ thành do của cho theo trong từ đến chuyên gồm nằm hoạt "
             "thuộc đóng".split())


def _capitalised_run(text: str, pos: int, max_words: int) -> str:
    """A name from `pos` on: words up to punctuation or a function word, trailing lower-case
    words dropped ('Nông nghiệp Thạch Xuân được thành lập' -> 'Nông nghiệp Thạch Xuân')."""
    out: list[str] = []
    # (within its paragraph: "Gia đình ông Phạm Văn Dũng" on one line is not continued by the title
    # "PHƯƠNG ÁN …" of the next)
    for w in text[pos:].split("\n", 1)[0].split():
        core = w.strip(",.;:()\"'")
        if not core or len(out) >= max_words or (core.lower() in _STOP and not core[0].isupper()):
            break
        out.append(core)
        if w[-1] in ",.;:)(\"":
            break
    while out and not (out[-1][0].isupper() or out[-1][0].isdigit()):
        out.pop()
    # "Tổ hợp tác sản xuất rau hữu cơ Xuân Lam": lower-case words may open the name, as long as it
    # ends in the capitalised proper name.
    return " ".join(out)


# the abbreviation a plan gives its organisation's type right after it ("Công ty trách nhiệm hữu hạn (TNHH)
# Nước mắm …", "Hợp tác xã (HTX) …")
_HEAD_ABBREVIATION = re.compile(r"\s*\(([A-ZĐ]{2,6})\)")
# written short in an organisation's name, as its registration does ("Công ty TNHH …")
_SHORT_IN_NAME = {"TNHH": "trách nhiệm hữu hạn", "MTV": "một thành viên"}


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).upper()


def _org_names(text: str):
    for m in _ORG_START.finditer(text):
        if fold(text[max(0, m.start() - 12):m.start()]).strip().endswith(("luat", "tieu chuan")):
            continue  # "Luật Hợp tác xã 2023" is a law, "tiêu chuẩn cơ sở TCCS 01:2026/TY" a standard
        head, end = m.group(0), m.end()
        ab = _HEAD_ABBREVIATION.match(text, end)
        if ab and any(_initials(head.split()[-k:]) == ab.group(1) for k in range(2, 5)):
            end = ab.end()
            spelled = _SHORT_IN_NAME.get(ab.group(1))
            if spelled and head.lower().endswith(spelled):
                head = head[:len(head) - len(spelled)] + ab.group(1)
        tail = _capitalised_run(text, end, 10)
        if tail and m.group(0)[0].islower() and tail[0].islower():
            continue  # "khách công ty đi nghỉ dưỡng … xuyên Việt": a common noun, no name
        if tail and tail.split()[0].lower() in _NOT_A_NAME_START:
            continue  # "THÔNG TIN VỀ HỢP TÁC XÃ VÀ SẢN PHẨM": a heading's words, no name
        if tail and any(w[0].isupper() for w in tail.split()):
            yield f"{head} {tail}"


# words no organisation's own name opens with (joining or placing words), with their diacritics ("trồng",
# folded, would be "trong")
_NOT_A_NAME_START = frozenset({"và", "với", "của", "tại", "cho", "trong", "hoặc", "là"})


def _commune_in(text: str) -> str | None:
    for m in _COMMUNE_START.finditer(text):
        before = fold(text[max(0, m.start() - 8):m.start()]).rstrip()
        if before.endswith("tac") or (m.group(0)[:2].lower() == "xã" and before.endswith("thi")):
            continue  # "hợp tác xã ...", not a commune; "thị xã Hồng Lĩnh" is a town
        v = _capitalised_run(text, m.end(), 4)
        # "xã Thạch Đài tỉnh Hà Tĩnh" (a scan lost the comma): the commune ends before the next level
        v = re.split(r"\s+(?:tỉnh|huyện|thị xã|thành phố|TP)\b", v, maxsplit=1)[0]
        # a place's name is capitalised word by word: it ends at the first word that is not ("UBND xã Hà Linh cấp
        # Giấy chứng nhận …" names the commune "Hà Linh")
        words = v.split()
        cut = next((i for i, w in enumerate(words) if not (w[0].isupper() or w[0].isdigit())), len(words))
        v = " ".join(words[:cut])
        if v and v[0].isupper():  # a proper name: not "mạng xã hội 25%", "xã 3"
            return v
    return None


_NOT_YET = re.compile(r"(?i)\b(?:chưa|không|dự kiến|sẽ|đang)\b[^.;]{0,40}?\b(?:thành\s+lập|đăng\s+ký|làm\s+thủ\s+tục)"
                      r"[^.;]{0,25}?\b(?:tổ\s+hợp\s+tác|hợp\s+tác\s+xã|htx|hộ\s+kinh\s+doanh|công\s+ty|doanh\s+nghiệp)")


# "Đăng ký hộ kinh doanh: chưa có" (folded): a form named as a label, then not held
_UNREGISTERED = re.compile(r"\bdang ky ho kinh doanh\s*:\s*(?:chua|khong)\b")


def legal_form_of(name: str | None, text: str = "") -> str | None:
    probe = fold(name or "")
    for pat, form in ((r"\b(hop tac xa|htx)\b", "htx"), (r"\bto hop tac\b", "to_hop_tac"),
                      (r"\b(cong ty|doanh nghiep|dntn)\b", "doanh_nghiep"),
                      (r"\bho kinh doanh\b", "ho_kinh_doanh"),
                      # households working together by agreement, with no legal form of their own
                      (r"\b(nhom san xuat|nhom ho|nhom lien ket|to san xuat|to lien ket)\b", "other"),
                      (r"\b(co so|ho gia dinh|ho san xuat|trang trai)\b", "_household"),
                      # a family or a household named by its head ("Gia đình ông Phạm Văn Dũng", "Hộ bà Hồ
                      # Thị Thu"): a household, registered as a business only if the text says so
                      (r"^\W*(gia dinh|ho) (ong|ba|anh|chi)\b", "_household"),
                      # (a family workshop named so, "Xưởng mộc mỹ nghệ Đức Tài", is a household's too; not a
                      # "xưởng" anywhere in the text)
                      (r"^\W*xuong\b", "_household"),
                      # "Nhóm gồm 5 hộ …": a group, with no legal form of its own
                      (r"\bnhom\b", "other")):
        if re.search(pat, probe):
            t = fold(text)
            if form in ("_household", "ho_kinh_doanh"):
                # A household is a household business only when it is registered as one:
                # "chưa đăng ký hộ kinh doanh" makes it an unregistered household ("other").
                if re.search(r"\bchua (dang ky|co giay)[^.;]{0,40}\bho kinh doanh\b", t) or _UNREGISTERED.search(t):
                    return "other"
                if form == "_household":
                    return "ho_kinh_doanh" if re.search(r"\bho kinh doanh\b", t) else "other"
            return form
    return None


def _cut(v: str, limit: int = 120) -> str:
    # A comma then a description ends the name: "…, thuộc nhóm …", "…, chủ hộ bà …", "…, sinh năm 1984".
    # (a scan joins the cover's name line to the title below it: "… Tùng Ảnh phương án sản xuất")
    # (and a tax code after the name, its brackets lost on a scan: "… Nguyễn Thị Lan mã số thuế 8375102946")
    v = re.split(r"\s*[;]\s*|\.\s|\s+-\s+|\s*\(|\s+(?:phương án|dự án|đề án|kế hoạch)\s+(?:sản xuất|kinh doanh|sxkd)\b|"
                 r"\s+(?:mã\s+số\s+thuế|mst)\b|"
                 r",\s*(?:địa chỉ|trụ sở|mã số|số điện thoại|điện thoại|email|"
                 r"thôn|xóm|xã|phường|thị trấn|huyện|tỉnh|đường|số nhà|thuộc|nhóm|phân nhóm|chủ hộ|chủ cơ sở|"
                 r"do (?:gia đình\s+|hộ\s+)?(?:ông|bà)|ông|bà|đại diện|người đại diện|giám đốc|sinh năm|được|là|gồm|loại hình|"
                 r"thành lập|đăng ký|quy mô|tên thương mại|tên giao dịch|tên thường gọi|tên viết tắt|tên gọi|tên sản phẩm)\b",
                 v, maxsplit=1, flags=re.I)[0]
    # "Tinh dầu tràm Kỳ Hương, tinh dầu nguyên chất 100% …": a description that starts over on the
    # name's own head words, in lower case (not a second product named in full: "Bánh đa vừng, bánh đa
    # lạc Hồng Lộc")
    head = " ".join(v.split()[:2]).lower()
    for m in re.finditer(r",\s*", v):
        rest = v[m.end():]
        if rest[:1].islower() and len(head.split()) == 2 and rest.lower().startswith(head + " ") and \
                not any(w[:1].isupper() for w in rest.split()[2:7]):
            v = v[:m.start()]
            break
    v = _TRAILING.sub("", v.strip())
    return v[:limit]


_TITLE_START = re.compile(r"(?:^|(?<=\s))(?:phương án|dự án|kế hoạch|đề án|pa|kh)\s+(?:(?:sản xuất\s*[,;\-–]?\s*(?:và\s*)?)?"
                          r"kinh doanh|sxkd|sx\s*-\s*kd|sx,?\s*kd|"
                          # "PHƯƠNG ÁN SẢN XUẤT DƯA HẤU": a plan titled by production alone, or by production
                          # and its sale ("PHƯƠNG ÁN SẢN XUẤT VÀ TIÊU THỤ SẢN PHẨM RAU NHÀ MÀNG …")
                          r"sản xuất(?:\s*(?:và|,)\s*(?:tiêu thụ|chế biến|thương mại)(?:\s+sản phẩm)?)?"
                          r"(?!\s*[,;\-–]?\s*(?:và\s*)?kinh doanh)|"
                          # a service's plan titled by the service itself ("Ý TƯỞNG PHƯƠNG ÁN DU LỊCH TRẢI
                          # NGHIỆM LÀNG NÓN …"): the title names the product from its first word
                          r"(?=(?:du lịch|dịch vụ|homestay)\b)|"
                          # an upgrade plan titled by its aim ("PHƯƠNG ÁN NÂNG HẠNG SẢN PHẨM BÁNH RAM …"): the
                          # product after it (`_UPGRADE_HEAD`)
                          r"(?=(?:nâng hạng|nâng cấp)\b))\b\s*[:\-–]?\s*", re.I)
_SKIP_LINE = re.compile(r"^\s*(?:giai đoạn|năm|thời kỳ|từ năm|tham gia|để tham gia|thuộc|chương trình|\(?\s*\d{4})", re.I)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_product(doc: Document) -> tuple[str, str | None]:
    """The plan's title and the product it names, also when the title runs over two or three
    lines ("PHƯƠNG ÁN SẢN XUẤT KINH DOANH" / "SẢN PHẨM NƯỚC MẮM ..." / "GIAI ĐOẠN 2027-2029")."""
    head = [b for b in doc.blocks[:25] if b.kind != BlockKind.table]
    for i, b in enumerate(head):
        m = _TITLE_START.search(b.text)
        if not m:
            continue
        parts = [b.text[m.end():]]
        title = b.text
        for nxt in head[i + 1:i + 3]:
            t = nxt.text.strip()
            if (_SKIP_LINE.match(t) or nxt.numbering or split_numbering(t) is not None or len(t) > 120):
                break
            caps_run = _is_caps(t) and _is_caps(b.text)
            if caps_run or (not parts[-1].strip() or re.fullmatch(r"(?i)\s*(sản phẩm|ocop|sản phẩm ocop)\s*",
                                                                     parts[-1])):
                parts.append(t)
                title = f"{title} {t}"
                if _TITLE_TAIL.search(t):
                    break
            else:
                break
        name = _clean_title_product(" ".join(p for p in parts if p.strip()))
        return title, name or None
    return "", None


_ORG_BEFORE = re.compile(r"(?i)\b(?:hộ\s+kinh\s+doanh|công\s+ty|hợp\s+tác\s+xã|htx|tổ\s+hợp\s+tác|cơ\s+sở|"
                         r"doanh\s+nghiệp|nhóm\s+hộ)\b[^.;:\n]{0,30}$")


def _extend_brand(name: str, full: str) -> str:
    """'Miến gạo' in the title, 'thương hiệu Miến gạo Cẩm Trung' in the text: the brand name."""
    # (spaces only: a name never runs on into the next paragraph, "… Yên Lạc" / "TỔ TRƯỞNG")
    pat = re.compile(re.escape(name) + r"((?:[ \t]+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3})")
    counts: Counter[str] = Counter()
    for m in pat.finditer(full):
        if _ORG_BEFORE.search(full[max(0, m.start() - 45):m.start()]):
            continue  # "Hộ kinh doanh Bánh tẻ Bà Hiền": the producer's name, not the product's brand
        ext = [w for w in m.group(1).split() if w[0].isupper()]
        if ext and len(ext) == len(m.group(1).split()):
            counts[name + " " + " ".join(ext)] += 1
    if counts:
        best, n = counts.most_common(1)[0]
        if n >= 1 and len(name.split()) <= 3:
            return best
    return name


_QUOTED = re.compile(r'^["“”\'‘’«]+\s*(.*?)\s*["“”\'‘’»]+$')
_OPEN_QUOTED = re.compile(r'^["“”\'‘’«]+\s*(.*?)\s*["“”\'‘’»]*$')


def _unquote(v: str, closed: bool = True) -> str:
    """The name inside its quotation marks; `closed=False` also when the closing mark was lost."""
    return (_QUOTED if closed else _OPEN_QUOTED).sub(r"\1", v.strip())


def _caps_run(v: str) -> str:
    """An upper-case title run into the mixed-case line after it ("ỔI SẤY DẺO Thiên Lộc, tháng 6 năm
    2026": the reader joined the title and the place-and-date line): the upper-case words only."""
    ws = v.split()
    if not ws or not _is_caps(ws[0]):
        return v
    for k, w in enumerate(ws):
        if any(c.isalpha() for c in w) and not _is_caps(w):
            return " ".join(ws[:k])
    return v


# an upgrade plan's title names the product inside its aim: "NÂNG HẠNG SẢN PHẨM NƯỚC MẮM … TỪ 3 SAO LÊN 4 SAO",
# "Rượu nếp … Tân Hải, nâng hạng từ 3 sao lên 4 sao", "Chè búp Sơn Linh 2027"
_UPGRADE_HEAD = re.compile(r"(?i)^\s*(?:nâng\s+(?:hạng|cấp|sao)|đánh\s+giá\s+lại)\s+(?:cho\s+)?(?:bộ\s+)?(?:sản\s+phẩm\s+)?")
_UPGRADE_TAIL = re.compile(r"(?i)\s*[,;]?\s*(?:(?:nâng\s+(?:hạng|cấp)|đạt)\s+)?(?:từ\s+)?\d\s+sao\s+lên\s+\d\s+sao\b.*$|"
                           r"\s+(?:năm\s+)?20\d\d\s*$|\s+-{2,}\s+.*$")


# a title that names the product, then the standard it goes for: "… SÓNG LẠCH GẮN VỚI CHỨNG NHẬN HACCP", "Bưởi Phúc
# Trạch đạt VietGAP và chỉ dẫn địa lý", "… hướng tới chứng nhận hữu cơ", "Dầu lạc ép Đức Sơn từ vùng lạc VietGAP"
# (a scan's "gạn với" too, ik07)
_CERT_TAIL = re.compile(r"(?i)\s+(?:g\S{1,2}n\s+với|đạt|hướng\s+tới|theo\s+hướng|từ\s+vùng|với)\s+(?:\S+\s+){0,2}?"
                        r"(?:chứng\s+nhận|vietgap|globalgap|haccp|iso\b|hữu\s+cơ|chỉ\s+dẫn\s+địa\s+lý|tiêu\s+chuẩn)\b.*$")


def _clean_title_product(v: str) -> str:
    v = _CERT_TAIL.sub("", _TITLE_TAIL.sub("", v))
    v = _UPGRADE_TAIL.sub("", _UPGRADE_HEAD.sub("", v))
    # ("CÁC SẢN PHẨM MUỐI SẠCH HẢI NINH": a range of products under one name, the name is what follows)
    # (a scan may run the word into the name with a stray dot: "SẢN PHẨM.DU LỊCH SINH THÁI")
    v = re.sub(r"^\s*(?:các\s+|nhóm\s+)?sản phẩm\s*(?:ocop)?\s*[:.\-–]?\s*", "", v.strip(), flags=re.I)
    v = re.sub(r"^ocop\s+", "", v, flags=re.I)
    v = _caps_run(v)
    v = _UPGRADE_TAIL.sub("", _cut(_TITLE_TAIL.sub("", v)))
    v = _unquote(v)  # the name in quotation marks: 'SẢN PHẨM "NÓN LÁ BA GIANG"'
    # a service's title names its kind first: "DỊCH VỤ DU LỊCH" / "ĐIỂM DU LỊCH SINH THÁI SUỐI ĐÁ BÀN"
    v = re.sub(r"(?i)^dịch vụ\s*[:\-–]\s*", "", v)  # "Sản phẩm dịch vụ: DU LỊCH …"
    v = re.sub(r"(?i)^dịch vụ\s+(?=\S+\s+\S)", "", v)
    v = re.sub(r"(?i)^du lịch\s+(?=(?:điểm|khu|làng)\s)", "", v)
    # quoted after its kind: 'DỊCH VỤ "TRẢI NGHIỆM TRANG TRẠI DÊ SƠN HỒNG"', 'DU LỊCH "TRẢI NGHIỆM …"'
    v = re.sub(r'(?i)^(?:du lịch|dịch vụ|sản phẩm|tour)\s+(?=["“«])', "", v)
    # a title line ending on its kind and the next line opening on it again ("… DỊCH VỤ DU LỊCH" /
    # "DU LỊCH TRẢI NGHIỆM LÀNG NGHỀ …"): the kind once
    v = re.sub(r"(?i)^(\w+(?:\s+\w+)?)\s+\1\b", r"\1", v)
    # a good's title that adds the work the producer takes in for others ("BÁNH ĐA VỪNG ĐEN KIM LỘC VÀ DỊCH VỤ
    # TRÁNG BÁNH THUÊ"): the product is the good (not a service's own title, "Du lịch sinh thái và dịch vụ …")
    if not re.match(r"(?i)\s*(?:du lịch|dịch vụ|homestay|tour|trải nghiệm|điểm|khu)\b", v):
        v = re.sub(r"(?i)\s*(?:,|\bvà)\s+(?:các\s+)?(?:dịch vụ|nhận gia công|gia công)\b.*$", "", v)
        # (or the shop, eatery or visit it sells through, or the living stock it also sells: "CHÈ BÚP KHE MÂY GẮN VỚI
        # QUÁN TRÀ KHE MÂY", "… VÀ QUÁN BÚN CHẢ CÁ", "… VÀ ĐIỂM TRẢI NGHIỆM NUÔI ONG", "… VÀ CÂY GIỐNG CÀ GAI LEO")
        v = _SIDE_LINE_TAIL.sub("", v)
    return _unquote(v)


_SIDE_LINE_TAIL = re.compile(
    r"(?i)\s*,?\s+(?:gắn\s+với|gần\s+với|kết\s+hợp(?:\s+với)?|kèm\s+theo)\s+\S.*$"
    r"|\s+(?:và|,)\s+(?:các\s+)?(?:quán|nhà\s+hàng|quầy|điểm\s+trải\s+nghiệm|điểm\s+du\s+lịch|cửa\s+hàng|nhà\s+vườn|"
    r"trang\s+trại|homestay|farmstay|bếp|gian\s+hàng|tour)\b.*$"
    r"|\s+(?:và|,)\s+(?:[^\W\d_]+\s+){1,4}?giống\b.*$")


_ABBREVIATED = {"htx": "Hợp tác xã", "cty": "Công ty", "hkd": "Hộ kinh doanh", "tht": "Tổ hợp tác"}


def _spelled_out(name: str, full: str) -> str:
    """The name with its abbreviated form spelled out when the plan itself writes it so ("HTX Cam sạch
    Đức Lĩnh", a scan's running header on every page, is "Hợp tác xã Cam sạch Đức Lĩnh" in the text)."""
    head, _, rest = name.partition(" ")
    long = _ABBREVIATED.get(head.lower().rstrip("."))
    if not long or not rest:
        return name
    spelled = f"{long} {rest}"
    return spelled if re.search(re.escape(spelled), full, re.I) else name


def _as_written_elsewhere(name: str, full: str) -> str:
    """An upper-case title's product name, in the case the body writes it ('Thạch Xuân' kept)."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    for cand in (name, *_doubled_vowel_readings(name)):
        for m in re.finditer(re.escape(cand), full, re.I):
            found = m.group(0)
            if not all(c.isupper() for c in found if c.isalpha()):
                return found[:1].upper() + found[1:]
    return _proper_case(name, full)


def _doubled_vowel_readings(name: str) -> list[str]:
    """A scan's vowel read twice with two tone marks ("CHỀÈ XANH" for "CHÈ XANH"): the name without the one or
    the other (no Vietnamese syllable doubles a vowel so; the body's own spelling decides which is right)."""
    out = []
    for i in range(len(name) - 1):
        a, b = name[i], name[i + 1]
        if a.isalpha() and b.isalpha() and a != b and fold(a) == fold(b) and fold(a) in "aeiouy":
            out += [name[:i] + name[i + 1:], name[:i + 1] + name[i + 2:]]
    return out


def _proper_case(name: str, full: str) -> str:
    """Sentence case, keeping capitals on the words the text itself writes capitalised more often
    than not (proper nouns: 'DU LỊCH CỘNG ĐỒNG RÀO MÂY' -> 'Du lịch cộng đồng Rào Mây')."""
    out = []
    ws = name.lower().split()
    for i, w in enumerate(ws):
        cap = _capital(w)
        if i == 0:
            out.append(cap)
            continue
        n_cap = len(re.findall(r"(?<![.!?:]\s)\b" + re.escape(cap) + r"\b", full))
        n_low = len(re.findall(r"\b" + re.escape(w) + r"\b", full))
        if n_low >= n_cap > 0 and _capitalised_beside(ws, i, full):
            # a common word inside a proper name ("Khe Nước Lạnh" beside the many "nước" of the text):
            # the text writes it capitalised next to its neighbour in the name more often than not
            out.append(cap)
            continue
        if n_cap == 0 and n_low == 0:
            # a word the text never writes: an upper-case title a scan read with a wrong tone
            # ("THẠCH KHẾ" for the commune the text writes "Thạch Khê"): the capitalised word of the
            # text that differs only in its marks
            # (or lower-case one: "TRÀ RAU ĐĂNG ĐẤT" for the "rau đắng đất" of the text)
            key = fold(w)
            spelt = [x for x in re.findall(r"(?<![.!?:]\s)\b[^\W\d_][\w]*", full) if fold(x) == key]
            # (not the upper-case title itself, "LÀNG" of "… TRẢI NGHIỆM LÀNG NÓN …", nor a word without
            # marks for one with them: "khoai lang" is no spelling of "LÀNG")
            seen = [x for x in spelt if not (len(x) > 1 and x.isupper()) and has_diacritics(x) == has_diacritics(w)]
            if seen:
                # the spelling written most often; on a tie the one written first (not the order of a
                # set, which changes with the process's string hashing: the same file reviewed twice
                # must give the same name)
                out.append(max(dict.fromkeys(seen), key=seen.count))
                continue
            if spelt:
                # written only in upper case (the title): capitalised, as a proper name's word most likely
                # is ("BƯỞI PHÚC TRẠCH HƯƠNG ĐÔ" where the text writes neither word), unless it is part of
                # a category's phrase ("du lịch", "trải nghiệm" of "DU LỊCH TRẢI NGHIỆM LÀNG NÓN")
                out.append(w if _in_category_phrase(ws, i) else cap)
                continue
        out.append(cap if n_cap > n_low else w)
    return " ".join(out)


@lru_cache(maxsize=1)
def _category_phrases() -> frozenset[str]:
    """The categories' keywords of two words or more, tone-keyed ("du lịch", "trải nghiệm")."""
    return frozenset(k for _cat, toned, _folded in _categories() for k in toned if " " in k)


def _in_category_phrase(ws: list[str], i: int) -> bool:
    """Word `i` of a lower-cased name, with the word before or after it, is a category's phrase."""
    key = [" ".join(words(tone_key(w))) for w in ws]
    phrases = _category_phrases()
    return (i > 0 and f"{key[i - 1]} {key[i]}" in phrases) or (i + 1 < len(ws) and f"{key[i]} {key[i + 1]}" in phrases)


def _capital(w: str) -> str:
    return w[:1].upper() + w[1:]


def _capitalised_beside(ws: list[str], i: int, full: str) -> bool:
    """The text writes word `i` of the name capitalised beside a capitalised neighbour of the name
    ("Khe Nước", "Nước Lạnh") more often than lower-case beside the same neighbour ("Khe nước",
    "ven biển")."""
    def count(a: str, b: str, mid: bool = False) -> int:
        # `mid`: not where a sentence or a line starts ("Biển Xuân Hội có …" capitalises by position)
        return sum(1 for m in re.finditer(r"\b" + re.escape(f"{a} {b}") + r"\b", full)
                   if not mid or (m.start() > 0 and full[m.start() - 1] != "\n" and
                                  not re.match(r"[.!?:]\s", full[m.start() - 2:m.start()])))

    n_cap = n_low = 0
    if i > 0:
        n_cap += count(_capital(ws[i - 1]), _capital(ws[i]), mid=True)
        n_low += count(_capital(ws[i - 1]), ws[i]) + count(ws[i - 1], ws[i])
    if i + 1 < len(ws):
        n_cap += count(_capital(ws[i]), _capital(ws[i + 1]), mid=True)
        n_low += count(ws[i], _capital(ws[i + 1])) + count(ws[i], ws[i + 1])
    return n_cap > n_low


def category_of(*texts: str) -> str:
    """First text that names a category decides. Keywords are compared with diacritics (tone
    placement normalised): folded, "công nghệ" would read as the herbal "nghệ". Text typed
    without any diacritics is compared folded."""
    cats = _categories()
    order = {cat: i for i, (cat, _, _) in enumerate(cats)}
    for t in texts:
        if not t:
            continue
        toned = has_diacritics(t)
        key = full = " " + " ".join(words(tone_key(t) if toned else match_key(t))) + " "
        # longest keyword first, whatever its category, and a word it matched is used up: "gỗ mỹ
        # nghệ" is handicraft before "nghệ" (turmeric) could read as herbal, "chè lam" food before
        # "chè" reads as a beverage; among what is left, the one named first (Vietnamese puts the
        # head noun first: "Dầu lạc ép thủ công" is an oil, made by hand), then the catalogue order
        found: dict[str, int] = {}
        for k, cat in _keywords_longest_first(toned):
            at = key.find(f" {k} ")
            if at >= 0:
                found[cat] = min(found.get(cat, at), at)
                key = key.replace(f" {k} ", " " + "\x00" * len(k) + " ")  # used up, offsets kept
        for k, cat in _head_words(toned):
            # after every keyword: "nước mắm" has used the word up
            if key.startswith(f" {k} ") and cat not in found:
                found[cat] = 0
        if found.get("beverage") == 0 and _herbal_tea(t):
            return "herbal"
        for k, cat in _decisive(toned):
            if f" {k} " in full:
                return cat
        if found:
            return min(found, key=lambda c: (found[c], order[c]))
    return "other"


def _herbal_tea(text: str) -> bool:
    """A tea named by a plant other than the tea plant ("Trà mướp đắng", "Trà hà thủ ô", "Trà lá
    ổi"): the name opens with a tea word (categories.yml `herbal_tea.heads`) followed by a lower-case
    word that none of the tea plant's own teas starts with (`tea_plant`: "Trà xanh", "Chè búp"); a
    capitalised word is a place or a brand ("Trà Thái Nguyên")."""
    conf = _categories_file().get("herbal_tea") or {}
    ws = text.split()
    if len(ws) < 2 or tone_key(ws[0]).lower() not in {tone_key(h) for h in conf.get("heads", [])}:
        return False
    rest = " ".join(ws[1:])
    if not rest[:1].islower():
        return False
    low = " " + " ".join(words(tone_key(rest))) + " "
    return not any(low.startswith(" " + " ".join(words(tone_key(w))) + " ") for w in conf.get("tea_plant", []))


@lru_cache(maxsize=4)
def _decisive(toned: bool) -> list[tuple[str, str]]:
    """Words that decide the category wherever they stand in the name (categories.yml `decisive`: "mỹ nghệ")."""
    data = _categories_file().get("decisive") or {}
    return [(" ".join(words(tone_key(k))) if toned else match_key(k), cat) for cat, kws in data.items() for k in kws]


@lru_cache(maxsize=4)
def _head_words(toned: bool) -> list[tuple[str, str]]:
    """Words that name a category only as the product's first word ("Nước bưởi ép lạnh" is a
    drink; the "nước" of any other sentence is water), from categories.yml's `head_words`."""
    data = _categories_file().get("head_words") or {}
    return [(" ".join(words(tone_key(k))) if toned else match_key(k), cat) for k, cat in data.items()]


@lru_cache(maxsize=4)
def _keywords_longest_first(toned: bool) -> list[tuple[str, str]]:
    pairs = [(k, cat) for cat, kws_toned, kws_folded in _categories()
             for k in (kws_toned if toned else kws_folded)]
    return sorted(pairs, key=lambda p: (-len(p[0].split()), -len(p[0])))


def _category_by_frequency(text: str) -> str:
    """For a plan whose product name was not found: the category whose keywords occur most."""
    key = " " + " ".join(words(tone_key(text))) + " "
    best, best_n = "other", 0
    for cat, kws_toned, _ in _categories():
        n = sum(key.count(f" {k} ") for k in kws_toned)
        if n > best_n:
            best, best_n = cat, n
    return best


def find_producer_product(doc: Document, producer_blocks: set[int] | None = None
                          ) -> tuple[Producer, Product]:
    """`producer_blocks`: the blocks of the plan's producer section, where the producer's own
    name is most likely (a partner HTX or a buyer may be named more often elsewhere)."""
    producer_blocks = producer_blocks or set()
    paras = [b.text for b in doc.blocks if b.kind != BlockKind.table]
    para_idx = [i for i, b in enumerate(doc.blocks) if b.kind != BlockKind.table]
    table_pairs = []
    for b in doc.blocks:
        if b.kind == BlockKind.table and b.rows:
            for k, r in enumerate(b.rows):
                cs = [c for c in r if c]
                if k == 0 and len(cs) >= 3 and not cs[0].strip().rstrip(".)").isdigit():
                    continue  # a header row ("Khách hàng | … | Sản phẩm | Sản lượng dự kiến"), no label and value
                if k == 0 and len(cs) == 2 and _COLUMN_HEAD.match(cs[-1]):
                    continue  # a two-column table's header, "Sản phẩm | Giá (đồng/kg)": no product named "Giá" (ig06)
                if len(cs) >= 2:
                    table_pairs.append(f"{cs[-2]}: {cs[-1]}")
    full = "\n".join(paras + table_pairs)

    name = None
    # (the producer's own part names it by its label before a summary page does: "Chủ thể: Hộ kinh doanh Rượu Kim Lộc"
    # on a summary copied from another plan, "Tên chủ thể: Hộ kinh doanh Rượu nếp Phúc Đồng" in part 1, fw06)
    own = "\n".join(b.text for i, b in enumerate(doc.blocks) if i in producer_blocks and b.kind != BlockKind.table)
    if m := _LABEL_PRODUCER.search(own) or _LABEL_PRODUCER.search(full) or _LABEL_NAME.search(full):
        name = _cut(m.group("v"))
    if not name:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for i, (bi, p) in enumerate(zip(para_idx, paras, strict=True)):
            weight = 3 if bi in producer_blocks else (2 if i < 6 else 1)
            for v in _org_names(p):
                v = _cut(v)
                counts[v] += weight
                first.setdefault(v, i)
        if counts:
            name = max(counts, key=lambda v: (counts[v], -first[v]))
    if not name and (m := _OWNER.search(full)):
        # A household business is named after its owner: "Chủ hộ: Phan Văn Lực" -> "Hộ kinh doanh Phan Văn Lực".
        person = _capitalised_run(m.group("v"), 0, 4)
        if person and len(person.split()) >= 2:
            registered = re.search(r"\bho kinh doanh\b", fold(full)) and not re.search(
                r"\bchua (dang ky|co giay)[^.;]{0,40}\bho kinh doanh\b", fold(full))
            name = f"{'Hộ kinh doanh' if registered else 'Hộ'} {person}"
    if not name and (m := _FAMILY.search(full)):
        # an unregistered family names itself by its head: "Gia đình ông Hồ Văn Bình ở thôn Khe Tre, …"
        person = _capitalised_run(full, m.end(), 4)
        if person and len(person.split()) >= 2 and all(w[:1].isupper() for w in person.split()):
            name = f"Gia đình {m.group(1).lower()} {person}"
    if name:
        name = _spelled_out(_as_written_elsewhere(name, full), full)
    legal = legal_form_of(name, full) if name else None
    if legal is None:
        # (a form the producer says it has not taken is not its form: "Nhóm chưa làm thủ tục thành lập
        # tổ hợp tác", "chưa đăng ký hợp tác xã")
        legal = legal_form_of(_NOT_YET.sub(" ", full[:3000]), full) if full else None

    email = None
    if m := _EMAIL.search(full):
        # OCR may put a stray bracket or space before the @: "ten(@gmail.com".
        email = _EMAIL_AT.sub("@", m.group(0), count=1).strip(".")
    commune = None
    for p in paras[:200] + table_pairs:
        if re.search(r"địa chỉ|trụ sở|địa điểm|thường trú", p, re.I) or commune is None:
            if v := _commune_in(p):
                commune = v
                if re.search(r"địa chỉ|trụ sở", p, re.I):
                    break

    product_name = None
    if m := _LABEL_PRODUCT.search(full):
        product_name = _cut(_TITLE_TAIL.sub("", m.group("v"))) or None
        if product_name:
            # 'Sản phẩm: "TRẢI NGHIỆM TRANG TRẠI DÊ SƠN HỒNG"': the name inside the quotation marks
            product_name = _unquote(product_name, closed=False) or None
        if product_name and product_name[:1].islower():
            # "- Sản phẩm: giữ vị mãng cầu tự nhiên, …": a line of the objectives, no name
            product_name = None
        if product_name:
            product_name = _as_written_elsewhere(product_name, full)  # "DU LỊCH CỘNG ĐỒNG …" as the body writes it
    title, from_title = _title_product(doc)
    if not product_name and from_title:
        product_name = _extend_brand(_as_written_elsewhere(from_title, full), full)
    category = category_of(product_name or "", title)
    if category == "other" and not product_name:
        category = _category_by_frequency(full[:30000])
    return (Producer(name=name, legal_form=legal, email=email, commune=commune),
            Product(name=product_name, category=category))
