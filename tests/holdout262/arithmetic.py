"""The 262nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout262/arithmetic.py [jc05 jc06 ...]

Theme: plans that write money and quantities in words beside the figures ("Tổng vốn đầu tư:
1.400.000.000 đồng (Bằng chữ: Một tỷ bốn trăm triệu đồng)", "khoảng hai mươi tấn", "ba nghìn
chai"), some figures only in words. For every full plan (jc01-jc10) the constants give the
products (pack size in the plan's base unit, price and packs per year), the 2024-2026 history, the
raw materials (norm, price, supply rows as count x yield), the equipment that limits output
(rating per day x days), staff by role and the monthly wage, the unit costs, the shares of revenue
(selling, tax), the fixed lines, the investment items, the capital sources, the loan and its rate.
`model()` turns them into every figure a plan prints (a flat dict keyed "rev.0.2027", "cost.2028",
"payback" ...); `printed()` is the same model with the planted defects injected where the author
injected them (later figures computed from the wrong one, as the plan does).

The checks: (1) printed and true model differ exactly in the planted keys (each wrong by more than
5 %, the true value shown) and in the declared knock-on keys; (2) every numeric cell of every table
(found by its caption) equals the printed model (within 1 % or half a unit of its last digit);
(3) every named prose phrase (figures in digits and in words, rendered from the printed model) is
in the plan; (4) every "<digits> đồng (Bằng chữ: <words> đồng)" and "<digits> đồng (<words> đồng)"
in the text is read back word by word and must equal its digits (except the planted slip);
(5) the relations a reviewer checks: supply covers need, output within capacity, sources equal
investment, growth, margins (broken only where planted); (6) textual defects by the absence or
presence of their words; ready plans cite no outdated instrument.
"""

from __future__ import annotations

import copy
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# =========================================================================== numbers in words
DIG = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
STYLE = dict(le="linh", k="nghìn", ty="tỷ", tu=False)


def _three(n: int, full: bool, st: dict) -> list[str]:
    h, t, u = n // 100, n // 10 % 10, n % 10
    out: list[str] = []
    if h or full:
        out += [DIG[h], "trăm"]
    if t == 0:
        if u:
            if h or full:
                out.append(st["le"])
            out.append(DIG[u])
    elif t == 1:
        out.append("mười")
        if u:
            out.append("lăm" if u == 5 else DIG[u])
    else:
        out += [DIG[t], "mươi"]
        if u == 1:
            out.append("mốt")
        elif u == 4 and st["tu"]:
            out.append("tư")
        elif u == 5:
            out.append("lăm")
        elif u:
            out.append(DIG[u])
    return out


def words(n: int | float, **style) -> str:
    """Vietnamese words of a whole number: 1250000000 -> 'một tỷ hai trăm năm mươi triệu'."""
    st = {**STYLE, **style}
    n = int(n + 0.5)
    if n == 0:
        return "không"
    scales = ["", st["k"], "triệu", st["ty"]]
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    out: list[str] = []
    started = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            continue
        out += _three(g, started, st)
        if scales[i]:
            out.append(scales[i])
        started = True
    return " ".join(out)


_WVAL = {w: i for i, w in enumerate(DIG)} | {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_SCALE = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}


def parse_words(s: str) -> float | None:
    """Read Vietnamese number words back: 'Một tỷ bốn trăm triệu đồng' -> 1.4e9 (None if none)."""
    total, group, cur, last, seen = 0.0, 0.0, None, 1, False
    for tok in re.findall(r"\w+", s.lower()):
        if tok in _WVAL:
            if cur is not None:
                group += cur
            cur, seen = _WVAL[tok], True
        elif tok == "mười":
            group += 10
            seen = True
        elif tok == "mươi":
            group += (cur or 0) * 10
            cur = None
        elif tok == "trăm":
            group += (cur or 0) * 100
            cur = None
        elif tok in ("linh", "lẻ"):
            continue
        elif tok in _SCALE:
            group += cur or 0
            cur = None
            total += group * _SCALE[tok]
            group, last = 0.0, _SCALE[tok]
        elif tok == "rưỡi":
            total += last / 2
        elif tok in ("đồng", "chẵn", "vnđ"):
            break
        else:
            return None
    return total + group + (cur or 0) if seen else None


# =========================================================================== formats
def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def f1(x: float) -> str:
    s = f"{x:,.1f}"
    return s.replace(",", "§").replace(".", ",").replace("§", ".")


def f2(x: float) -> str:
    s = f"{x:,.2f}"
    return s.replace(",", "§").replace(".", ",").replace("§", ".")


def years_words(v: float, st: dict) -> str:
    """A payback in words: 2.0 -> 'hai năm', 2.5 -> 'hai năm rưỡi', 2.75 -> 'hai năm chín tháng'."""
    y = int(v)
    mo = int(round((v - y) * 12))
    if mo == 12:
        y, mo = y + 1, 0
    if mo == 0:
        return f"{words(y, **st)} năm"
    if mo == 6:
        return f"{words(y, **st)} năm rưỡi"
    return f"{words(y, **st)} năm {words(mo, **st)} tháng"


def fmt(v: float, code: str, st: dict) -> str:
    """Render a model value. Money values in the model are in triệu đồng."""
    if code == "t1":
        return f1(v)
    if code == "t0":
        return _dots(int(round(v)))
    if code == "d":  # triệu -> đồng
        return _dots(int(round(v * 1e6)))
    if code == "k":  # triệu -> nghìn đồng
        return _dots(int(round(v * 1e3)))
    if code == "n":  # count or đồng price as it is
        return _dots(int(round(v)))
    if code == "p1":
        return f1(v)
    if code == "y1":
        return f1(v)
    if code == "x2":
        return f2(v)
    if code == "W":  # triệu -> words of đồng
        return words(v * 1e6, **st)
    if code == "Wc":
        w = words(v * 1e6, **st)
        return w[0].upper() + w[1:]
    if code == "Wtr":  # triệu -> words of triệu (whole)
        return words(v, **st)
    if code == "wn":
        return words(v, **st)
    if code == "wnc":
        w = words(v, **st)
        return w[0].upper() + w[1:]
    if code == "wt":  # kg -> words of tonnes (whole, half up)
        return words(int(v / 1000 + 0.5), **st)
    if code == "wtr":  # kg -> "hai tấn rưỡi" / "ba tấn"
        t = v / 1000
        if abs(t - int(t) - 0.5) < 1e-9:
            return f"{words(int(t), **st)} tấn rưỡi"
        return f"{words(int(t + 0.5), **st)} tấn"
    if code == "wta":  # kg -> words of tạ (100 kg)
        return words(int(v / 100 + 0.5), **st)
    if code == "wy":
        return years_words(v, st)
    raise ValueError(code)


def decimals(code: str) -> float:
    """Half a unit of the last printed digit, in model units."""
    return {"t1": 0.05, "t0": 0.5, "d": 0.5e-6, "k": 0.5e-3, "n": 0.5, "p1": 0.05, "y1": 0.05,
            "x2": 0.005}.get(code, 0.5)


# =========================================================================== constants
# products: (label, pack word, size in base units, [price đ per pack per year], [packs per year])
# hist: output per year 2024-2026, average price đ per base unit, margin
# raws: (label, unit, norm per base unit or [per pack], price đ per unit,
#        supply rows [(label, count, count word, yield per count)])
# cap: (rating per day, days, product indexes or None = all)
# roles: [(role, [staff per year])]; wage: [monthly wage per year, triệu]
# pack_cost: [đ per pack]; units: [(label, đ per base unit)]; sell, tax: share of revenue
# other: fixed triệu a year; inv: [(label, triệu, fixed asset?)]; src: [(label, triệu)]
# life: years of straight-line depreciation; loan: balance per year (triệu); rate: interest
PLANS: dict[str, dict] = {
    "jc01": dict(
        unit="kg", ws=dict(le="linh", k="nghìn", ty="tỷ", tu=False),
        products=[("Ruốc tôm rang, hũ 200 g", "hũ", 0.2, [230000, 230000, 240000], [6000, 6600, 7200]),
                  ("Ruốc tôm rang, hũ 500 g", "hũ", 0.5, [540000, 540000, 560000], [1600, 1800, 2000]),
                  ("Ruốc tôm, túi 1 kg cho nhà hàng", "túi", 1, [1000000, 1000000, 1040000], [500, 550, 600])],
        hist=dict(out=[1850, 2050, 2250], price=[980000, 1010000, 1040000], margin=[0.12, 0.13, 0.135]),
        raws=[("Tôm tươi (tôm bạc, tôm rảo)", "kg", 4.0, 120000,
               [("Tàu lưới ven bờ ký hợp đồng", 10, "tàu", 1000),
                ("Hộ nuôi tôm thôn Hải Thịnh", 6, "hộ", 500)])],
        cap=(14, 260, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, hấp, rang ruốc", [3, 3, 4]),
               ("Đóng hũ, kho", [1, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        pack_cost=[9000, 14000, 12000], pack_label="Hũ, túi, nhãn, thùng",
        units=[("Gia vị (nước mắm, đường, tiêu)", 35000), ("Điện, gas, nước", 20000)],
        sell=0.05, tax=0.015, other=60,
        inv=[("Chảo rang ruốc gia nhiệt (2 chiếc)", 280, True), ("Máy hấp, máy tách vỏ tôm", 220, True),
             ("Tủ cấp đông, kho lạnh 20 m³", 260, True), ("Cải tạo xưởng theo nguyên tắc một chiều", 240, True),
             ("Thiết kế nhãn, hũ, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08),
    "jc02": dict(
        unit="kg", ws=dict(le="lẻ", k="nghìn", ty="tỷ", tu=True),
        products=[("Mật ong hoa rừng, lọ 500 g", "lọ", 0.5, [210000, 215000, 220000], [3000, 3300, 3600]),
                  ("Mật ong hoa keo, chai 1 kg", "chai", 1, [280000, 290000, 300000], [1200, 1300, 1400]),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, [480000, 500000, 520000], [250, 280, 300])],
        hist=dict(out=[2600, 2800, 3000], price=[290000, 300000, 310000], margin=[0.13, 0.14, 0.14]),
        raws=[("Mật ong thô đã quay", "kg", 1.05, 120000,
               [("Đàn ong của hộ", 200, "đàn", 12),
                ("Hộ nuôi ong thôn Kim Quang (hợp đồng)", 18, "hộ", 120)])],
        cap=(20, 240, None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1],
        pack_cost=[7000, 10000, 15000], pack_label="Lọ, chai, can, nhãn",
        units=[("Điện, nước, vận chuyển mật", 8000)],
        sell=0.05, tax=0.015, other=30,
        inv=[("Máy giảm thủy phần 20 kg/mẻ", 150, True), ("Thùng quay, bồn lắng inox, máy chiết", 90, True),
             ("Bổ sung 30 thùng ong và đàn giống", 75, True), ("Phòng lọc, đóng chai 30 m²", 125, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066),
    "jc03": dict(
        unit="chiếc", ws=dict(le="linh", k="ngàn", ty="tỷ", tu=False),
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [85000, 87000, 90000], [9000, 9600, 10200]),
                  ("Nón bài thơ lồng tranh", "chiếc", 1, [190000, 195000, 200000], [2500, 2800, 3000]),
                  ("Nón mini trang trí, hộp 3 chiếc", "hộp", 3, [220000, 225000, 230000], [800, 900, 1000])],
        hist=dict(out=[11000, 11800, 12600], price=[92000, 94000, 96000], margin=[0.15, 0.16, 0.165]),
        raws=[("Lá nón khô (lá cọ non)", "kg", [0.12, 0.13, 0.10], 90000,
               [("Hộ phơi lá nón xã Phúc Trạch", 20, "hộ", 80),
                ("Đại lý lá nón Hòa Hải (hợp đồng)", 1, "đại lý", 600)]),
              ("Vành tre, khung nón", "bộ", [1, 1, 3], 6000,
               [("Hộ chuốt vành tre thôn Mỹ Hòa", 8, "hộ", 2200)])],
        cap=(64, 300, None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chọn lá, ủi lá, tạo khung", [1, 1, 1]),
               ("Lồng tranh, hoàn thiện, đóng hộp", [1, 1, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        pack_cost=[3000, 8000, 25000], pack_label="Bao bì, thẻ treo, hộp quà",
        units=[("Tiền công chằm nón (khoán theo chiếc)", 26000), ("Điện, nước, sấy lá", 1500)],
        sell=0.06, tax=0.015, other=40,
        inv=[("Nhà xưởng, kho lá 100 m²", 220, True), ("Lò sấy lá chống mốc", 60, True),
             ("Máy ủi lá, máy ép khung", 50, True), ("Khuôn nón các cỡ, bàn chằm", 30, True),
             ("Thiết kế mẫu, hộp quà, thẻ treo", 40, False), ("Đăng ký nhãn hiệu tập thể", 20, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 200, 150], rate=0.066),
    "jc04": dict(
        unit="kg", ws=dict(le="linh", k="nghìn", ty="tỷ", tu=False),
        products=[("Trà cà gai leo túi lọc, hộp 30 túi", "hộp", 0.075, [60000, 62000, 64000], [24000, 26000, 28000]),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [110000, 113000, 116000], [3000, 3200, 3400]),
                  ("Cao cà gai leo, hũ 100 g", "hũ", 0.1, [210000, 215000, 220000], [1500, 1700, 1900])],
        hist=dict(out=[2900, 3100, 3300], price=[560000, 575000, 590000], margin=[0.14, 0.15, 0.15]),
        raws=[("Cà gai leo khô (thân, lá)", "kg", [0.08, 0.52, 1.0], 85000,
               [("Vùng trồng của hợp tác xã", 2, "ha", 2000),
                ("Hộ thành viên trồng trên vườn đồi", 16, "hộ", 150)])],
        cap=(18, 260, None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, nghiền, đóng túi lọc", [2, 3, 3]), ("Nấu cao, đóng hũ", [1, 1, 1]),
               ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.2, 5.4, 5.6],
        pack_cost=[9000, 6000, 18000], pack_label="Hộp, túi lọc, hũ, nhãn",
        units=[("Điện sấy, nấu cao, nước", 30000)],
        sell=0.06, tax=0.015, other=50,
        inv=[("Nhà sơ chế, sấy, đóng gói 120 m²", 320, True), ("Máy sấy bơm nhiệt 25 kg/mẻ", 210, True),
             ("Máy nghiền, máy đóng túi lọc", 280, True), ("Nồi cô cao chân không 50 lít", 190, True),
             ("Mã vạch, tem truy xuất, kiểm nghiệm", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của thành viên", 550), ("Quỹ đầu tư phát triển của HTX", 250),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08),
    "jc05": dict(
        unit="lít", ws=dict(le="lẻ", k="nghìn", ty="tỷ", tu=True),
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [95000, 98000, 100000], [14000, 15200, 17600]),
                  ("Rượu nếp sim, hộp quà chai 750 ml", "hộp", 0.75, [165000, 170000, 175000], [2400, 2600, 3200]),
                  ("Rượu nếp sim, bình sành 2 lít", "bình", 2, [300000, 310000, 320000], [800, 900, 1100])],
        hist=dict(out=[8200, 8900, 9600], price=[178000, 183000, 188000], margin=[0.12, 0.13, 0.13]),
        raws=[("Gạo nếp cái", "kg", 1.2, 28000,
               [("Hộ thành viên trồng nếp cái", 40, "hộ", 350),
                ("Hộ trồng nếp thôn Xuân Sơn (hợp đồng)", 10, "hộ", 300)]),
              ("Quả sim chín", "kg", 0.3, 25000,
               [("Hộ hái sim đồi Cồn Tranh", 25, "hộ", 200)])],
        cap=(48, 250, None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Ngâm sim, lọc, chiết chai", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4],
        pack_cost=[9000, 28000, 45000], pack_label="Chai, hộp quà, bình sành",
        units=[("Men lá, củi, điện, nước", 9000)],
        sell=0.07, tax=0.02, other=120,
        inv=[("Nhà nấu rượu, lò nấu cải tiến", 300, True), ("Kho ủ, hạ thổ rượu 50 m²", 180, True), ("Hệ thống lọc, khử andehit, chiết rót", 240, True),
             ("Chum sành ngâm sim 500 lít", 90, True), ("Hầm biogas, bể chứa bỗng rượu", 80, True),
             ("Thiết kế nhãn, hộp quà, tem truy xuất", 50, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08),
    "jc06": dict(
        unit="lít", ws=dict(le="linh", k="nghìn", ty="tỷ", tu=False),
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, [95000, 97000, 99000], [14000, 15000, 16000]),
                  ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, [75000, 77000, 79000], [10000, 11000, 12000]),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [200000, 205000, 210000], [1400, 1500, 1600])],
        hist=dict(out=[20000, 21500, 22800], price=[82000, 84000, 86000], margin=[0.12, 0.12, 0.13]),
        raws=[("Cá cơm tươi", "kg", 1.3, 18000,
               [("Tàu lưới vây ký hợp đồng", 12, "tàu", 2000),
                ("Vựa cá bến Cửa Nhượng", 1, "vựa", 4000)]),
              ("Muối hạt", "kg", 0.35, 4000,
               [("Hợp tác xã muối Cẩm Nhượng", 1, "hợp đồng", 12000)])],
        cap=(31200, 1, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [3, 3, 3]),
               ("Kéo rút, lọc, chiết chai", [2, 2, 3]), ("Bán hàng, kho", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        pack_cost=[8000, 9000, 22000], pack_label="Chai, can, nhãn, thùng",
        units=[("Điện, nước, vận chuyển", 3000)],
        sell=0.06, tax=0.015, other=60,
        inv=[("Nhà chượp mái tôn cách nhiệt 300 m²", 700, True), ("60 thùng gỗ chượp 500 lít", 480, True),
             ("Máy lọc, bồn inox, máy chiết rót", 420, True), ("Kho thành phẩm 80 m²", 250, True),
             ("Nhãn, chai mẫu, tem truy xuất", 80, False), ("Vốn lưu động", 420, False)],
        src=[("Vốn chủ sở hữu", 1350), ("Vay Ngân hàng TMCP Công Thương", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.085),
    "jc07": dict(
        unit="chiếc", ws=dict(le="linh", k="nghìn", ty="tỉ", tu=False),
        products=[("Bánh gai nhân đậu xanh, hộp 10 chiếc", "hộp", 10, [75000, 77000, 79000], [9000, 18000, 27000]),
                  ("Bánh gai hộp quà 20 chiếc", "hộp", 20, [160000, 165000, 170000], [1500, 3000, 4500]),
                  ("Bánh gai bán buôn cho chợ, quán", "chiếc", 1, [6500, 6700, 6900], [90000, 180000, 270000])],
        hist=dict(out=[150000, 165000, 180000], price=[6500, 6700, 6900], margin=[0.09, 0.10, 0.10]),
        raws=[("Gạo nếp cái", "kg", 0.035, 30000,
               [("Hộ trồng nếp trong xã", 60, "hộ", 300),
                ("Cơ sở xay xát Đức Thịnh (hợp đồng)", 1, "cơ sở", 6000)]),
              ("Lá gai khô", "kg", 0.004, 60000,
               [("Hộ trồng cây gai thôn Yên Hồ", 30, "hộ", 90)])],
        cap=(2400, 300, None),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Xay bột, sên nhân", [1, 1, 1]),
               ("Gói bánh, hấp bánh", [3, 3, 3]), ("Đóng hộp, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        pack_cost=[4000, 12000, 300], pack_label="Hộp, túi, lá chuối, nhãn",
        units=[("Đậu xanh, đường, dừa, mỡ", 1000), ("Điện, củi, nước", 200)],
        sell=0.05, tax=0.015, other=30,
        inv=[("Máy xay bột nước, máy trộn bột", 160, True), ("Hai nồi hấp bốn tầng bằng hơi", 180, True),
             ("Cải tạo bếp và phòng gói bánh 80 m²", 220, True), ("Tủ mát bảo quản", 60, True),
             ("Hộp, túi, nhãn mẫu", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066),
    "jc08": dict(
        unit="lít", ws=dict(le="lẻ", k="ngàn", ty="tỷ", tu=True),
        products=[("Nước chanh leo, chai 330 ml", "chai", 0.33, [22000, 22500, 23000], [90000, 99000, 108000]),
                  ("Nước cốt chanh leo, chai 1 lít", "chai", 1, [95000, 97000, 99000], [5000, 5500, 6000]),
                  ("Siro chanh leo, chai 500 ml", "chai", 0.5, [75000, 77000, 79000], [4000, 4400, 4800])],
        hist=dict(out=[26000, 29000, 32000], price=[68000, 70000, 72000], margin=[0.09, 0.10, 0.11]),
        raws=[("Quả chanh leo tím", "kg", [0.35, 3.0, 1.2], 12000,
               [("Vùng chanh leo của công ty", 2, "ha", 18000),
                ("Hộ liên kết thôn Phú Lễ", 20, "hộ", 1500)])],
        cap=(200, 260, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ép, lọc", [3, 3, 3]),
               ("Thanh trùng, chiết rót", [2, 2, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        pack_cost=[3500, 7000, 6000], pack_label="Chai, nắp, nhãn, thùng",
        units=[("Đường, phụ gia", 3000), ("Điện, nước, gas", 4000)],
        sell=0.06, tax=0.015, other=60,
        inv=[("Máy ép, máy tách hạt, máy lọc", 260, True), ("Nồi thanh trùng, dây chuyền chiết rót", 420, True),
             ("Kho lạnh bảo quản quả 40 m³", 180, True), ("Cải tạo xưởng chế biến 150 m²", 240, True),
             ("Thiết kế chai, nhãn, mã vạch", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08),
    "jc09": dict(
        unit="đêm khách", ws=dict(le="linh", k="nghìn", ty="tỷ", tu=False),
        products=[("Lưu trú nhà sàn (khách/đêm)", "đêm khách", 1, [280000, 290000, 300000], [3600, 4200, 4800]),
                  ("Suất ăn đặc sản", "suất", 0, [150000, 155000, 160000], [7000, 8200, 9400]),
                  ("Trải nghiệm rừng, suối, bếp", "lượt", 0, [100000, 100000, 110000], [4000, 4800, 5600]),
                  ("Vé tham quan trong ngày", "vé", 0, [30000, 30000, 30000], [9000, 10000, 11000])],
        hist=dict(out=[2100, 2600, 3100], price=[700000, 720000, 740000], margin=[0.08, 0.10, 0.11]),
        raws=[("Thực phẩm (gà, cá suối, rau)", "kg", [0, 0.7, 0, 0], 90000,
               [("Hộ thành viên cung cấp thực phẩm", 18, "hộ", 500)])],
        cap=(28, 330, [0]),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Lễ tân, buồng phòng", [3, 3, 4]),
               ("Bếp, phục vụ ăn uống", [4, 4, 5]), ("Hướng dẫn viên địa phương", [2, 3, 3])],
        wage=[5.5, 5.8, 6.0],
        pack_cost=[40000, 0, 40000, 5000], pack_label="Chi phí phục vụ trực tiếp",
        units=[("Điện, nước, giặt là, đồ dùng", 45000)],
        sell=0.08, tax=0.015, other=80,
        inv=[("Cải tạo 6 nhà sàn thành 12 phòng nghỉ", 900, True), ("Nhà ăn cộng đồng 150 chỗ", 450, True),
             ("Đường dạo, chòi nghỉ, bến tắm suối", 300, True), ("Trang thiết bị phòng, bếp", 250, True),
             ("Biển chỉ dẫn, website, tài liệu quảng bá", 60, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 1200), ("Vay Ngân hàng Nông nghiệp và PTNT", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08),
    "jc10": dict(
        unit="chiếc", ws=dict(le="lẻ", k="nghìn", ty="tỷ", tu=False),
        products=[("Bánh ram ít, hộp 10 chiếc", "hộp", 10, [60000, 62000, 64000], [12000, 13000, 14000]),
                  ("Bánh ram ít, khay 20 chiếc", "khay", 20, [105000, 108000, 111000], [3000, 3300, 3600]),
                  ("Bánh ram ít, hộp quà 30 chiếc", "hộp", 30, [170000, 175000, 180000], [800, 900, 1000])],
        hist=dict(out=[160000, 172000, 185000], price=[5000, 5200, 5400], margin=[0.10, 0.11, 0.12]),
        raws=[("Gạo nếp", "kg", 0.025, 30000,
               [("Hộ trồng nếp trong thôn", 25, "hộ", 300)]),
              ("Tôm, thịt làm nhân", "kg", 0.004, 180000,
               [("Chợ Nghèn (mua theo đơn, có hóa đơn)", 1, "mối", 2000)])],
        cap=(1000, 280, None),
        roles=[("Chủ cơ sở, sổ sách", [1, 1, 1]), ("Xay bột, làm nhân", [1, 1, 1]),
               ("Nặn, rán bánh", [3, 3, 3]), ("Đóng hộp, giao hàng", [1, 1, 2])],
        wage=[5.0, 5.2, 5.4],
        pack_cost=[4000, 6000, 12000], pack_label="Hộp, khay, túi, nhãn",
        units=[("Dầu rán, hành, gia vị", 250), ("Điện, gas, nước", 150)],
        sell=0.05, tax=0.015, other=30,
        inv=[("Máy xay bột nước, máy trộn", 90, True), ("Chảo rán công nghiệp, máy vớt dầu", 120, True),
             ("Cải tạo bếp, phòng đóng gói 60 m²", 180, True), ("Tủ mát, tủ cấp đông", 70, True),
             ("Hộp, nhãn mẫu", 30, False), ("Vốn lưu động", 110, False)],
        src=[("Vốn tự có của gia đình", 350), ("Vay Quỹ hỗ trợ nông dân", 250)],
        life=10, loan=[250, 180, 110], rate=0.06),
}


# =========================================================================== the model
def _need_per(P: dict, raw: tuple, i: int) -> float:
    """Raw material per pack of product i."""
    norm = raw[2]
    return norm[i] if isinstance(norm, list) else norm * P["products"][i][2]


def base(key: str) -> dict:
    """Every line figure that comes straight from the constants."""
    P = PLANS[key]
    m: dict = {}
    prods = P["products"]
    for yi, y in enumerate(YEARS):
        for i, pr in enumerate(prods):
            m[f"pk.{i}.{y}"] = pr[4][yi]
            m[f"pr.{i}.{y}"] = pr[3][yi]
            m[f"rev.{i}.{y}"] = pr[4][yi] * pr[3][yi] / 1e6
        m[f"out.{y}"] = sum(pr[4][yi] * pr[2] for pr in prods)
    for yi, y in enumerate(HIST):
        h = P["hist"]
        m[f"h.out.{y}"] = h["out"][yi]
        m[f"h.pr.{y}"] = h["price"][yi]
        m[f"h.rev.{y}"] = h["out"][yi] * h["price"][yi] / 1e6
        m[f"h.profit.{y}"] = m[f"h.rev.{y}"] * h["margin"][yi]
    for r, raw in enumerate(P["raws"]):
        for s, (_, cnt, _, yld) in enumerate(raw[4]):
            m[f"supc.{r}.{s}"] = cnt
            m[f"supy.{r}.{s}"] = yld
            m[f"sup.{r}.{s}"] = cnt * yld
        m[f"rawp.{r}"] = raw[3]
        for y in YEARS:
            yi = YEARS.index(y)
            m[f"need.{r}.{y}"] = sum(prods[i][4][yi] * _need_per(P, raw, i) for i in range(len(prods)))
            m[f"c.raw.{r}.{y}"] = m[f"need.{r}.{y}"] * raw[3] / 1e6
    rating, days, idx = P["cap"]
    m["capr"], m["capd"] = rating, days
    m["cap"] = rating * days
    for yi, y in enumerate(YEARS):
        sel = range(len(prods)) if idx is None else idx
        m[f"capout.{y}"] = sum(prods[i][4][yi] * prods[i][2] for i in sel)
        for k, (_, staff) in enumerate(P["roles"]):
            m[f"st.{k}.{y}"] = staff[yi]
        m[f"wage.{y}"] = P["wage"][yi]
        m[f"c.pack.{y}"] = sum(prods[i][4][yi] * P["pack_cost"][i] for i in range(len(prods))) / 1e6
        for j, (_, per) in enumerate(P["units"]):
            m[f"c.u.{j}.{y}"] = m[f"out.{y}"] * per / 1e6
        m[f"loan.{y}"] = P["loan"][yi]
        m[f"c.int.{y}"] = P["loan"][yi] * P["rate"]
    for i, pc in enumerate(P["pack_cost"]):
        m[f"pc.{i}"] = pc
    for j, (_, per) in enumerate(P["units"]):
        m[f"uc.{j}"] = per
    for j, (_, v, _) in enumerate(P["inv"]):
        m[f"inv.{j}"] = v
    for k, (_, v) in enumerate(P["src"]):
        m[f"src.{k}"] = v
    m["c.other"] = P["other"]
    m["life"] = P["life"]
    m["rate"] = P["rate"] * 100
    m["sellp"] = P["sell"] * 100
    m["taxp"] = P["tax"] * 100
    return m


def derive(key: str, m: dict, fixed: dict | None = None) -> dict:
    """Aggregates from the lines; a key in `fixed` keeps the printed (planted) value and every
    later figure is computed from it, as the plan's author did."""
    P = PLANS[key]
    fixed = fixed or {}
    m = dict(m)

    def put(k, v):
        m[k] = fixed.get(k, v)

    for k, v in fixed.items():  # planted line figures
        m[k] = v
    np_, nr = len(P["products"]), len(P["raws"])
    nu, nk = len(P["units"]), len(P["roles"])
    for r in range(nr):
        put(f"sup.{r}", sum(m[f"sup.{r}.{s}"] for s in range(len(P["raws"][r][4]))))
        for y in YEARS:
            put(f"spare.{r}.{y}", m[f"sup.{r}"] - m[f"need.{r}.{y}"])
    for y in YEARS:
        put(f"use.{y}", m[f"capout.{y}"] / m["cap"] * 100)
        put(f"rev.{y}", sum(m[f"rev.{i}.{y}"] for i in range(np_)))
        put(f"st.{y}", sum(m[f"st.{k}.{y}"] for k in range(nk)))
        put(f"wf.{y}", m[f"st.{y}"] * m[f"wage.{y}"] * 12)
        put(f"c.wage.{y}", m[f"wf.{y}"])
        put(f"c.sell.{y}", m[f"rev.{y}"] * P["sell"])
        put(f"c.tax.{y}", m[f"rev.{y}"] * P["tax"])
    put("inv", sum(m[f"inv.{j}"] for j in range(len(P["inv"]))))
    put("invfix", sum(v for _, v, f in P["inv"] if f))
    put("inv.words", m["inv"])
    put("src", sum(m[f"src.{k}"] for k in range(len(P["src"]))))
    for k in range(len(P["src"])):
        put(f"srcp.{k}", m[f"src.{k}"] / m["src"] * 100)
    put("c.dep", m["invfix"] / P["life"])
    for y in YEARS:
        lines = ([m[f"c.raw.{r}.{y}"] for r in range(nr)] + [m[f"c.pack.{y}"]]
                 + [m[f"c.u.{j}.{y}"] for j in range(nu)]
                 + [m[f"c.wage.{y}"], m["c.dep"], m[f"c.int.{y}"], m[f"c.sell.{y}"], m["c.other"],
                    m[f"c.tax.{y}"]])
        put(f"cost.{y}", sum(lines))
        put(f"profit.{y}", m[f"rev.{y}"] - m[f"cost.{y}"])
        put(f"margin.{y}", m[f"profit.{y}"] / m[f"rev.{y}"] * 100)
    prev = {2027: ("h.out.2026", "h.rev.2026"), 2028: ("out.2027", "rev.2027"), 2029: ("out.2028", "rev.2028")}
    for y in YEARS:
        put(f"g.out.{y}", (m[f"out.{y}"] / m[prev[y][0]] - 1) * 100)
        put(f"g.rev.{y}", (m[f"rev.{y}"] / m[prev[y][1]] - 1) * 100)
    for y in HIST[1:]:
        put(f"h.g.{y}", (m[f"h.out.{y}"] / m[f"h.out.{y - 1}"] - 1) * 100)
    put("h.gavg", ((m["h.out.2026"] / m["h.out.2024"]) ** 0.5 - 1) * 100)
    put("avgprofit", sum(m[f"profit.{y}"] for y in YEARS) / 3)
    put("payback", m["inv"] / (m["avgprofit"] + m["c.dep"]))
    put("rev3", sum(m[f"rev.{y}"] for y in YEARS))
    put("profit3", sum(m[f"profit.{y}"] for y in YEARS))
    return m


def model(key: str) -> dict:
    """The true figures."""
    return derive(key, base(key))


def printed(key: str) -> dict:
    """The figures as the plan prints them (planted defects injected)."""
    return derive(key, base(key), PLANT.get(key, {}).get("fixed"))


# planted numeric values (the printed ones) and the later figures that follow them ("knock")
PLANT: dict[str, dict] = {
    # payback stated "khoảng hai năm rưỡi" while 1.200 : (avg profit + depreciation) = 3,5 years
    "jc05": dict(fixed={"payback": 2.5}, planted={"payback"}, knock=set()),
    # "2.350.000.000 đồng (Bằng chữ: Hai tỷ không trăm năm mươi triệu đồng)"
    "jc06": dict(fixed={"inv.words": 2050}, planted={"inv.words"}, knock=set()),
    # 2028 revenue of the 330 ml bottle: 99.000 chai x 25.500 đ instead of x 22.500 đ
    "jc08": dict(fixed={"rev.0.2028": 99000 * 25500 / 1e6}, planted={"rev.0.2028"},
                 knock={"rev.2028", "c.sell.2028", "c.tax.2028", "cost.2028", "profit.2028",
                        "margin.2028", "g.rev.2028", "g.rev.2029", "avgprofit", "payback", "rev3",
                        "profit3"}),
    # summary table 2028 profit 744,0 while 3.269,0 - 2.665,0 = 604,0
    "jc09": dict(fixed={"profit.2028": 744.0}, planted={"profit.2028"},
                 knock={"margin.2028", "avgprofit", "payback", "profit3"}),
    # cost table 2027 total 884,2 while its lines add up to 984,2
    "jc10": dict(fixed={"cost.2027": 884.2}, planted={"cost.2027"},
                 knock={"profit.2027", "margin.2027", "avgprofit", "payback", "profit3"}),
}


# >>> generated: LAYOUT and PHR (by the set's generator)
STEMS: dict[str, str] = {'jc01': 'jc01_ruoc_tom_hai_thinh_cty',
 'jc02': 'jc02_mat_ong_khe_giao_hkd',
 'jc03': 'jc03_non_la_my_hoa_tht',
 'jc04': 'jc04_tra_ca_gai_leo_dong_loc_htx',
 'jc05': 'jc05_ruou_nep_sim_ky_lac_htx',
 'jc06': 'jc06_nuoc_mam_ben_nhuong_cty',
 'jc07': 'jc07_banh_gai_duc_lac_tht',
 'jc08': 'jc08_nuoc_chanh_leo_phu_gia_ctcp',
 'jc09': 'jc09_du_lich_cong_dong_khe_lim_htx',
 'jc10': 'jc10_banh_ram_it_ba_lai_giadinh',
 'jc11': 'jc11_bot_san_day_so_sai',
 'jc12': 'jc12_choi_dot_so_sai'}
LAYOUT: dict[str, dict] = {'jc01': {'order': ['hist',
                    'prod',
                    'comp',
                    'raw0',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026',
                       'prod': 'Bảng 2. Danh mục sản phẩm và giá bán',
                       'comp': 'Bảng 3. Sản phẩm cùng loại trên thị trường',
                       'raw0': 'Bảng 4. Nguồn cung và nhu cầu tôm tươi',
                       'equip': 'Bảng 5. Máy móc, thiết bị chính',
                       'staff': 'Bảng 6. Lao động và tiền lương',
                       'out': 'Bảng 7. Kế hoạch sản lượng 2027 – 2029',
                       'inv': 'Bảng 8. Tổng vốn đầu tư',
                       'src': 'Bảng 9. Nguồn vốn',
                       'rev': 'Bảng 10. Doanh thu dự kiến',
                       'cost': 'Bảng 11. Chi phí sản xuất kinh doanh',
                       'summ': 'Bảng 12. Tổng hợp hiệu quả kinh tế',
                       'legal': 'Bảng 13. Hồ sơ pháp lý và chứng nhận',
                       'sched': 'Bảng 14. Tiến độ thực hiện'},
          'prod_extra': ('Hạn dùng', ['9 tháng', '9 tháng', '6 tháng']),
          'comp': (['TT', 'Sản phẩm', 'Nơi sản xuất', 'Giá bán lẻ', 'Nhận xét'],
                   [['1', 'Ruốc tôm hũ 200 g', 'Nghệ An', '210.000 đ', 'Ngọt đường, màu nhuộm đậm'],
                    ['2', 'Ruốc tôm khô xé', 'Quảng Bình', '250.000 đ/200 g', 'Dai, giá cao'],
                    ['3',
                     'Ruốc tôm bán cân ở chợ',
                     'Thạch Kim',
                     '850.000 đ/kg',
                     'Không nhãn, không hạn dùng']]),
          'equip': (['TT', 'Thiết bị', 'Số lượng', 'Công suất', 'Tình trạng'],
                    [['1', 'Chảo rang ruốc gia nhiệt', '2 chiếc', '7 kg/ngày mỗi chiếc', 'Mua mới 2027'],
                     ['2', 'Máy hấp tôm', '1 chiếc', '60 kg tôm/mẻ', 'Mua mới 2027'],
                     ['3', 'Máy tách vỏ, nghiền thịt tôm', '1 chiếc', '80 kg/giờ', 'Mua mới 2027'],
                     ['4', 'Tủ cấp đông, kho lạnh', '1 bộ', '20 m³', 'Mua mới 2027'],
                     ['5', 'Máy hàn miệng hũ, in hạn dùng', '1 chiếc', '600 hũ/giờ', 'Đang dùng']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày cấp', 'Hiệu lực, tình trạng'],
                    [['1',
                      'Giấy chứng nhận đăng ký doanh nghiệp',
                      '3002214587, 12/3/2019',
                      'Thay đổi lần 2 ngày 20/5/2025'],
                     ['2',
                      'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
                      '126/2026/NNMT-ATTP, 14/7/2026',
                      'Đến 14/7/2029; cấp lại quý II/2029'],
                     ['3', 'Tiêu chuẩn cơ sở TCCS 01:2026/HT', 'Công bố ngày 02/8/2026', 'Đang áp dụng'],
                     ['4', 'Phiếu kết quả thử nghiệm', 'KN-2608/417, 18/8/2026', 'Đạt các chỉ tiêu công bố'],
                     ['5', 'Bản tự công bố sản phẩm', '01/HT/2026, 25/8/2026', 'Đã nộp, đăng tải'],
                     ['6', 'Giấy chứng nhận đăng ký nhãn hiệu', 'Số 498213, 09/01/2026', '10 năm, đến 2035'],
                     ['7', 'Đăng ký môi trường', 'UBND xã Hộ Độ tiếp nhận 05/6/2026', 'Đang thực hiện'],
                     ['8', 'Mã số mã vạch GS1, tem QR truy xuất', 'Cấp 03/2026', 'Gia hạn hằng năm']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Lắp chảo rang, máy hấp, kho lạnh', 'Quý I/2027', 'Giám đốc'],
                     ['2', 'Đào tạo vận hành, ghi nhật ký lô', 'Quý I/2027', 'Quản đốc'],
                     ['3', 'Hoàn thiện hồ sơ OCOP, nộp UBND xã', 'Quý II/2027', 'Kế toán'],
                     ['4', 'Hội chợ, mở thêm 10 đại lý', 'Quý III/2027', 'Bán hàng'],
                     ['5', 'Kiểm nghiệm định kỳ', 'Tháng 8 hằng năm', 'Quản đốc'],
                     ['6', 'Nộp hồ sơ cấp lại giấy ATTP', 'Quý II/2029', 'Giám đốc']]),
          'notes': {'inv': 'Bằng chữ: [inv|Wc] đồng.',
                    'rev': 'Ghi chú: Tổng doanh thu năm 2027 bằng chữ: [rev.2027|W] đồng.',
                    'summ': 'Ghi chú: Lợi nhuận năm 2027 là [profit.2027|d] đồng, bằng chữ: [profit.2027|W] '
                            'đồng.'},
          'inv_money': 'trieu0',
          'money': 'trieu'},
 'jc02': {'order': ['hist',
                    'prod',
                    'raw0',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả sản xuất, kinh doanh mật ong 2024 – 2026',
                       'prod': 'Bảng 2. Sản phẩm, quy cách và giá bán',
                       'raw0': 'Bảng 3. Cân đối mật ong nguyên liệu',
                       'equip': 'Bảng 4. Trang thiết bị',
                       'staff': 'Bảng 5. Lao động của hộ',
                       'out': 'Bảng 6. Sản lượng dự kiến',
                       'inv': 'Bảng 7. Dự toán vốn đầu tư',
                       'src': 'Bảng 8. Nguồn vốn đầu tư',
                       'rev': 'Bảng 9. Doanh thu theo sản phẩm',
                       'cost': 'Bảng 10. Chi phí hằng năm',
                       'summ': 'Bảng 11. Lãi, lỗ dự kiến',
                       'legal': 'Bảng 12. Giấy tờ pháp lý của hộ',
                       'sched': 'Bảng 13. Kế hoạch triển khai'},
          'prod_extra': ('Bao bì', ['Lọ thủy tinh nắp thiếc', 'Chai nhựa PET', 'Can nhựa HDPE']),
          'equip': (['TT', 'Thiết bị', 'Số lượng', 'Công suất', 'Ghi chú'],
                    [['1', 'Máy giảm thủy phần mật ong', '1 máy', '20 kg/mẻ, 1 mẻ/ngày', 'Mua 2027'],
                     ['2', 'Thùng quay mật inox', '4 thùng', '4 cầu/lần', 'Có 2, mua 2'],
                     ['3', 'Bồn lắng inox 500 lít', '2 bồn', '500 lít/bồn', 'Mua 2027'],
                     ['4', 'Máy chiết rót bán tự động', '1 máy', '300 lọ/giờ', 'Mua 2027'],
                     ['5', 'Thùng ong gỗ', '200 thùng', '1 đàn/thùng', 'Có 170, mua 30']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày cấp', 'Tình trạng'],
                    [['1',
                      'Giấy chứng nhận đăng ký hộ kinh doanh',
                      '28F8004127, cấp đổi 12/9/2025',
                      'Còn hiệu lực'],
                     ['2',
                      'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
                      '37/2026/NNMT-ATTP, 10/3/2026',
                      'Đến 10/3/2029'],
                     ['3', 'Tiêu chuẩn cơ sở TCCS 01:2026/KG', 'Ban hành 05/4/2026', 'Áp dụng'],
                     ['4', 'Phiếu kết quả thử nghiệm', 'TN-0426/1183, 22/4/2026', 'Đạt'],
                     ['5', 'Bản tự công bố sản phẩm', '02/KG/2026, 02/5/2026', 'Đã đăng tải'],
                     ['6', 'Đơn đăng ký nhãn hiệu', '4-2025-31742, 18/6/2025', 'Chờ cấp, dự kiến 2027'],
                     ['7', 'Mã vạch, tem QR truy xuất', 'Cấp 5/2026', 'Đang dùng']]),
          'sched': (['TT', 'Việc', 'Thời gian', 'Người làm'],
                    [['1', 'Mua máy giảm thủy phần, bồn lắng', 'Tháng 1–2/2027', 'Chủ hộ'],
                     ['2', 'Sửa phòng lọc, đóng chai', 'Tháng 2/2027', 'Chủ hộ'],
                     ['3', 'Bổ sung 30 thùng ong', 'Tháng 3/2027', 'Tổ chăm ong'],
                     ['4', 'Nộp hồ sơ OCOP qua UBND xã', 'Tháng 5/2027', 'Chủ hộ'],
                     ['5', 'Kiểm nghiệm định kỳ', 'Tháng 4 hằng năm', 'Chủ hộ'],
                     ['6', 'Xin cấp lại giấy ATTP', 'Quý IV/2028', 'Chủ hộ']]),
          'notes': {'inv': 'Tổng cộng (bằng chữ): [inv|Wc] đồng.',
                    'src': 'Bằng chữ: [src|Wc] đồng.',
                    'summ': 'Lợi nhuận ba năm cộng lại: [profit3|t0] triệu đồng, tức khoảng [profit3|Wtr] '
                            'triệu đồng.'},
          'inv_money': 'dong',
          'money': 'nghin',
          'hist_out': 'Sản lượng mật (kg)'},
 'jc03': {'order': ['hist',
                    'prod',
                    'raw0',
                    'raw1',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả sản xuất, kinh doanh của tổ 2024 – 2026',
                       'prod': 'Bảng 2. Các loại nón và giá bán',
                       'raw0': 'Bảng 3. Nguồn lá nón',
                       'raw1': 'Bảng 4. Nguồn vành tre, khung nón',
                       'equip': 'Bảng 5. Dụng cụ, thiết bị',
                       'staff': 'Bảng 6. Lao động hưởng lương',
                       'out': 'Bảng 7. Kế hoạch sản lượng',
                       'inv': 'Bảng 8. Vốn đầu tư',
                       'src': 'Bảng 9. Nguồn vốn',
                       'rev': 'Bảng 10. Doanh thu',
                       'cost': 'Bảng 11. Chi phí',
                       'summ': 'Bảng 12. Hiệu quả kinh tế',
                       'legal': 'Bảng 13. Hồ sơ pháp lý',
                       'sched': 'Bảng 14. Tiến độ'},
          'prod_extra': ('Đặc điểm', ['16 vành, lá trắng', 'Lồng tranh, thơ', 'Cao 12 cm, hộp giấy']),
          'equip': (['TT', 'Thiết bị', 'Số lượng', 'Ghi chú'],
                    [['1', 'Lò sấy lá bằng hơi nóng', '1 lò', 'Mua 2027, không dùng lưu huỳnh'],
                     ['2', 'Máy ủi lá', '2 máy', 'Mua 2027'],
                     ['3', 'Máy ép khung, uốn vành', '1 máy', 'Mua 2027'],
                     ['4', 'Khuôn nón các cỡ', '40 bộ', 'Có 25, mua 15'],
                     ['5', 'Bàn chằm, đèn bàn', '32 bộ', 'Cấp cho thợ']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày', 'Tình trạng'],
                    [['1', 'Hợp đồng hợp tác của 14 tổ viên', 'Ký ngày 02/8/2024', 'Còn hiệu lực'],
                     ['2', 'Giấy chứng nhận đăng ký tổ hợp tác', '05/2024/ĐKTHT, 20/9/2024', 'UBND xã cấp'],
                     ['3', 'Mã số thuế của tổ', '3002398814', 'Đang hoạt động'],
                     ['4', 'Tiêu chuẩn cơ sở nón lá', 'TCCS 01:2026/MH, 15/5/2026', 'Áp dụng'],
                     ['5', 'Đơn đăng ký nhãn hiệu tập thể', '4-2026-10583, 03/3/2026', 'Chờ cấp'],
                     ['6', 'Đăng ký môi trường', 'UBND xã tiếp nhận 10/6/2026', 'Thực hiện'],
                     ['7', 'Mẫu thẻ treo, tem QR', 'Duyệt mẫu 7/2026', 'Đang in']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Sửa nhà xưởng, kho lá', 'Quý I/2027', 'Tổ trưởng'],
                     ['2', 'Lắp lò sấy, máy ủi, máy ép khung', 'Quý I/2027', 'Tổ phó'],
                     ['3', 'Tập huấn thợ mới, kiểm tra mẫu', 'Quý II/2027', 'Tổ trưởng'],
                     ['4', 'Nộp hồ sơ OCOP cho UBND xã', 'Quý II/2027', 'Kế toán'],
                     ['5', 'Hội chợ, cửa hàng lưu niệm', 'Quý III/2027', 'Bán hàng'],
                     ['6', 'Nhận văn bằng nhãn hiệu', 'Năm 2027', 'Tổ trưởng']]),
          'notes': {'inv': 'Bằng chữ: [inv|Wc] đồng chẵn.',
                    'rev': 'Tổng doanh thu năm 2029 viết bằng chữ: [rev.2029|W] đồng.'},
          'inv_money': 'trieu0',
          'money': 'trieu',
          'out_label': 'Quy ra chiếc nón',
          'hist_out': 'Sản lượng (chiếc nón)'},
 'jc04': {'order': ['hist',
                    'prod',
                    'comp',
                    'raw0',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả sản xuất kinh doanh của HTX 2024 – 2026',
                       'prod': 'Bảng 2. Sản phẩm và giá bán năm 2027',
                       'comp': 'Bảng 3. So sánh với sản phẩm cùng loại',
                       'raw0': 'Bảng 4. Cân đối cà gai leo khô',
                       'equip': 'Bảng 5. Nhà xưởng, máy móc',
                       'staff': 'Bảng 6. Nhân lực và quỹ lương',
                       'out': 'Bảng 7. Sản lượng kế hoạch',
                       'inv': 'Bảng 8. Nhu cầu vốn đầu tư',
                       'src': 'Bảng 9. Cơ cấu nguồn vốn',
                       'rev': 'Bảng 10. Dự toán doanh thu',
                       'cost': 'Bảng 11. Dự toán chi phí',
                       'summ': 'Bảng 12. Dự toán lợi nhuận',
                       'legal': 'Bảng 13. Hồ sơ pháp lý, chất lượng',
                       'sched': 'Bảng 14. Kế hoạch triển khai'},
          'prod_extra': ('Hạn dùng', ['24 tháng', '18 tháng', '24 tháng']),
          'comp': (['TT', 'Sản phẩm', 'Nơi sản xuất', 'Giá bán', 'Nhận xét'],
                   [['1', 'Trà túi lọc cà gai leo', 'Hà Nội', '75.000 đ/hộp 25 túi', 'Hộp đẹp, giá cao'],
                    ['2', 'Cà gai leo khô', 'Chợ dược liệu', '90.000 đ/kg', 'Không nhãn, lẫn tạp'],
                    ['3', 'Cao cà gai leo', 'Nghệ An', '250.000 đ/100 g', 'Có nhãn, giá cao']]),
          'equip': (['TT', 'Hạng mục', 'Số lượng', 'Công suất', 'Ghi chú'],
                    [['1', 'Nhà sơ chế, sấy, đóng gói', '120 m²', 'Một chiều', 'Xây 2027'],
                     ['2', 'Máy sấy bơm nhiệt', '1 máy', '25 kg khô/mẻ', 'Mua 2027'],
                     ['3', 'Máy nghiền, phối trộn', '1 máy', '40 kg/giờ', 'Mua 2027'],
                     ['4', 'Máy đóng túi lọc', '1 máy', '35 túi/phút', 'Mua 2027'],
                     ['5', 'Nồi cô cao chân không', '1 nồi', '50 lít/mẻ', 'Mua 2027']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày cấp', 'Tình trạng'],
                    [['1',
                      'Giấy chứng nhận đăng ký HTX',
                      '3002176634, đăng ký lại 14/10/2024',
                      'Còn hiệu lực'],
                     ['2',
                      'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
                      '208/2026/NNMT-ATTP, 02/6/2026',
                      'Đến 02/6/2029'],
                     ['3', 'Tiêu chuẩn cơ sở (3 sản phẩm)', 'TCCS 01, 02, 03:2026/ĐL', 'Áp dụng'],
                     ['4', 'Phiếu kết quả thử nghiệm', 'KQ-2606/0922, 20/6/2026', 'Đạt'],
                     ['5', 'Bản tự công bố sản phẩm', '01, 02, 03/ĐL/2026', 'Đã đăng tải'],
                     ['6', 'Giấy chứng nhận nhãn hiệu', 'Số 512377, 21/4/2026', 'Đến 2035'],
                     ['7', 'Đăng ký môi trường', 'UBND xã Đồng Lộc, 18/5/2026', 'Thực hiện'],
                     ['8', 'Mã vạch, tem QR truy xuất', 'Cấp 7/2026', 'Đang dùng']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Xây nhà sơ chế, sấy', 'Quý I/2027', 'Giám đốc HTX'],
                     ['2', 'Lắp máy sấy, máy đóng túi, nồi cô', 'Quý I/2027', 'Phó giám đốc'],
                     ['3', 'Trồng dặm 0,5 ha, chăm sóc vùng', 'Quý I–II/2027', 'Tổ kỹ thuật'],
                     ['4', 'Nộp hồ sơ OCOP qua UBND xã', 'Quý II/2027', 'Kế toán'],
                     ['5', 'Kiểm nghiệm định kỳ', 'Tháng 6 hằng năm', 'Tổ chất lượng'],
                     ['6', 'Nộp hồ sơ cấp lại giấy ATTP', 'Quý I/2029', 'Giám đốc HTX']]),
          'notes': {'inv': 'Tổng nhu cầu vốn (viết bằng chữ): [inv|Wc] đồng.',
                    'summ': 'Ghi chú: Lợi nhuận năm 2029 ước đạt [profit.2029|t1] triệu đồng, làm tròn '
                            '[profit.2029|Wtr] triệu đồng.'},
          'inv_money': 'trieu0',
          'money': 'trieu',
          'yearword': False},
 'jc05': {'order': ['hist',
                    'prod',
                    'comp',
                    'raw0',
                    'raw1',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả sản xuất rượu 2024 – 2026',
                       'prod': 'Bảng 2. Sản phẩm và giá bán (chưa gồm thuế tiêu thụ đặc biệt)',
                       'comp': 'Bảng 3. Rượu cùng loại trên thị trường',
                       'raw0': 'Bảng 4. Nguồn gạo nếp cái',
                       'raw1': 'Bảng 5. Nguồn quả sim',
                       'equip': 'Bảng 6. Thiết bị nấu, chưng cất, chiết rót',
                       'staff': 'Bảng 7. Lao động của HTX',
                       'out': 'Bảng 8. Kế hoạch sản lượng',
                       'inv': 'Bảng 9. Vốn đầu tư',
                       'src': 'Bảng 10. Nguồn vốn',
                       'rev': 'Bảng 11. Doanh thu',
                       'cost': 'Bảng 12. Chi phí',
                       'summ': 'Bảng 13. Lợi nhuận',
                       'legal': 'Bảng 14. Hồ sơ pháp lý và chất lượng',
                       'sched': 'Bảng 15. Tiến độ'},
          'prod_extra': ('Độ cồn', ['29 % vol', '29 % vol', '29 % vol']),
          'comp': (['TT', 'Sản phẩm', 'Nơi sản xuất', 'Giá bán lẻ', 'Nhận xét'],
                   [['1', 'Rượu sim chai 500 ml', 'Phú Quốc', '165.000 đ', 'Nổi tiếng, ngọt'],
                    ['2', 'Rượu nếp cái hoa vàng', 'Nghệ An', '120.000 đ/chai', 'Không có vị sim'],
                    ['3',
                     'Rượu sim ngâm can',
                     'Chợ trong tỉnh',
                     '90.000 đ/lít',
                     'Không nhãn, không kiểm nghiệm']]),
          'equip': (['TT', 'Thiết bị', 'Số lượng', 'Công suất', 'Tình trạng'],
                    [['1', 'Nồi chưng cất bằng đồng', '2 nồi', '24 lít/ngày mỗi nồi', 'Đang dùng'],
                     ['2', 'Lò nấu cơm rượu cải tiến', '2 lò', '150 kg gạo/ngày', 'Xây 2027'],
                     ['3', 'Chum sành ngâm sim', '20 chum', '500 lít/chum', 'Mua 2027'],
                     ['4', 'Máy lọc, khử andehit', '1 bộ', '100 lít/giờ', 'Mua 2027'],
                     ['5', 'Máy chiết rót, đóng nút', '1 máy', '400 chai/giờ', 'Mua 2027']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày cấp', 'Tình trạng'],
                    [['1',
                      'Giấy chứng nhận đăng ký HTX',
                      '3002259081, đăng ký lại 09/12/2024',
                      'Còn hiệu lực'],
                     ['2',
                      'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
                      '45/2026/GCN-SCT, 16/3/2026',
                      'Đến 16/3/2029'],
                     ['3', 'Tiêu chuẩn cơ sở TCCS 01:2026/KL', 'Ban hành 10/4/2026', 'Áp dụng'],
                     ['4', 'Phiếu kết quả thử nghiệm', 'TN-0426/2291, 24/4/2026', 'Đạt QCVN 6-3:2010/BYT'],
                     ['5', 'Bản tự công bố sản phẩm', '01/KL/2026, 05/5/2026', 'Đã đăng tải'],
                     ['6', 'Giấy chứng nhận nhãn hiệu', 'Số 487905, 14/11/2025', '10 năm'],
                     ['7', 'Đăng ký môi trường', 'UBND xã Kỳ Lạc, 22/6/2026', 'Thực hiện']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Xây nhà nấu, lò nấu cải tiến', 'Quý I/2027', 'Giám đốc'],
                     ['2', 'Lắp máy lọc, khử andehit, chiết rót', 'Quý I/2027', 'Phó giám đốc'],
                     ['3', 'Mua chum sành, làm kho hạ thổ', 'Quý II/2027', 'Tổ nấu rượu'],
                     ['4', 'Nộp hồ sơ OCOP qua UBND xã', 'Quý III/2027', 'Kế toán'],
                     ['5', 'Mở 10 nhà hàng, đại lý mới', 'Năm 2028 – 2029', 'Tổ bán hàng'],
                     ['6', 'Xin cấp lại giấy ATTP', 'Quý IV/2028', 'Giám đốc']]),
          'notes': {'inv': 'Bằng chữ: [inv|Wc] đồng.',
                    'rev': 'Doanh thu năm 2029 bằng chữ: [rev.2029|W] đồng.'},
          'inv_money': 'trieu0',
          'money': 'trieu',
          'show_cap': False,
          'out_label': 'Quy ra lít rượu'},
 'jc06': {'order': ['hist',
                    'prod',
                    'comp',
                    'raw0',
                    'raw1',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả kinh doanh 2024 – 2026',
                       'prod': 'Bảng 2. Sản phẩm, quy cách, giá bán',
                       'comp': 'Bảng 3. Nước mắm cùng phân khúc',
                       'raw0': 'Bảng 4. Nguồn cá cơm nguyên liệu',
                       'raw1': 'Bảng 5. Nguồn muối',
                       'equip': 'Bảng 6. Nhà xưởng và thiết bị',
                       'staff': 'Bảng 7. Lao động',
                       'out': 'Bảng 8. Sản lượng nước mắm',
                       'inv': 'Bảng 9. Tổng mức đầu tư',
                       'src': 'Bảng 10. Cơ cấu vốn',
                       'rev': 'Bảng 11. Doanh thu dự kiến',
                       'cost': 'Bảng 12. Chi phí dự kiến',
                       'summ': 'Bảng 13. Hiệu quả kinh doanh',
                       'legal': 'Bảng 14. Giấy tờ pháp lý',
                       'sched': 'Bảng 15. Tiến độ'},
          'prod_extra': ('Độ đạm', ['40 gN/l', '30 gN/l', '20 gN/l']),
          'comp': (['TT', 'Sản phẩm', 'Nơi sản xuất', 'Giá bán lẻ', 'Nhận xét'],
                   [['1', 'Nước mắm cá cơm 40 độ đạm', 'Phú Quốc', '120.000 đ/500 ml', 'Thương hiệu mạnh'],
                    ['2', 'Nước mắm truyền thống', 'Cửa Sót', '65.000 đ/lít', 'Giá mềm, bao bì đơn giản'],
                    ['3', 'Nước mắm công nghiệp', 'Siêu thị', '35.000 đ/lít', 'Pha chế, rẻ']]),
          'equip': (['TT', 'Hạng mục', 'Số lượng', 'Công suất', 'Tình trạng'],
                    [['1', 'Nhà chượp mái tôn cách nhiệt', '300 m²', '60 thùng', 'Xây 2027'],
                     ['2', 'Thùng gỗ chượp 500 lít', '60 thùng', '520 lít/thùng/năm', 'Đóng mới 2027'],
                     ['3', 'Máy lọc, bồn inox', '1 bộ', '500 lít/giờ', 'Mua 2027'],
                     ['4', 'Máy chiết rót, đóng nắp', '1 máy', '600 chai/giờ', 'Mua 2027'],
                     ['5', 'Kho thành phẩm', '80 m²', '12.000 lít', 'Xây 2027']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày cấp', 'Tình trạng'],
                    [['1',
                      'Giấy chứng nhận đăng ký doanh nghiệp',
                      '3002287703, 06/6/2021',
                      'Thay đổi 03/2025'],
                     ['2',
                      'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
                      '77/2026/GCN-ATTP, 20/4/2026',
                      'Đến 20/4/2029'],
                     ['3', 'Tiêu chuẩn cơ sở theo TCVN 5107:2018', 'TCCS 01:2026/BN', 'Áp dụng'],
                     ['4', 'Phiếu kết quả thử nghiệm', 'KN-0526/1406, 12/5/2026', 'Đạt'],
                     ['5', 'Bản tự công bố sản phẩm', '03/BN/2026', 'Đã đăng tải'],
                     ['6', 'Đơn đăng ký nhãn hiệu', '4-2025-42218, 11/8/2025', 'Chờ cấp']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Xây nhà chượp, kho thành phẩm', 'Quý I/2027', 'Giám đốc'],
                     ['2', 'Đóng thùng gỗ, muối chượp vụ cá nam', 'Quý II/2027', 'Tổ chượp'],
                     ['3', 'Lắp máy lọc, chiết rót', 'Quý II/2027', 'Phó giám đốc'],
                     ['4', 'Nộp hồ sơ OCOP qua UBND xã', 'Quý III/2027', 'Kế toán'],
                     ['5', 'Hội chợ, mở đại lý mới', 'Quý IV/2027', 'Kinh doanh'],
                     ['6', 'Xin cấp lại giấy ATTP', 'Quý I/2029', 'Giám đốc']]),
          'notes': {'rev': 'Doanh thu ba năm cộng lại: [rev3|d] đồng (Bằng chữ: [rev3|Wc] đồng).',
                    'summ': 'Lợi nhuận năm 2027 bằng chữ: [profit.2027|Wtr] triệu đồng (làm tròn).'},
          'inv_money': 'dong',
          'money': 'trieu',
          'balance': False,
          'out_label': 'Quy ra lít nước mắm'},
 'jc07': {'order': ['hist',
                    'prod',
                    'raw0',
                    'raw1',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả sản xuất bánh gai 2024 – 2026',
                       'prod': 'Bảng 2. Sản phẩm và giá bán',
                       'raw0': 'Bảng 3. Nguồn gạo nếp',
                       'raw1': 'Bảng 4. Nguồn lá gai khô',
                       'equip': 'Bảng 5. Thiết bị',
                       'staff': 'Bảng 6. Lao động và tiền lương',
                       'out': 'Bảng 7. Kế hoạch sản lượng bánh',
                       'inv': 'Bảng 8. Dự toán đầu tư',
                       'src': 'Bảng 9. Nguồn vốn thực hiện',
                       'rev': 'Bảng 10. Doanh thu',
                       'cost': 'Bảng 11. Chi phí',
                       'summ': 'Bảng 12. Lợi nhuận',
                       'legal': 'Bảng 13. Hồ sơ của tổ',
                       'sched': 'Bảng 14. Tiến độ triển khai'},
          'prod_extra': ('Hạn dùng', ['5 ngày thường, 30 ngày mát', '5 ngày thường, 30 ngày mát', '5 ngày']),
          'equip': (['TT', 'Thiết bị', 'Số lượng', 'Công suất', 'Tình trạng'],
                    [['1', 'Máy xay bột nước', '1 máy', '50 kg gạo/giờ', 'Mua 2027'],
                     ['2', 'Máy trộn bột', '1 máy', '30 kg/mẻ', 'Mua 2027'],
                     ['3', 'Nồi hấp bốn tầng bằng hơi', '2 nồi', '300 chiếc/mẻ, 4 mẻ/ngày', 'Mua 2027'],
                     ['4', 'Tủ mát bảo quản', '2 tủ', '1.200 lít', 'Mua 2027'],
                     ['5', 'Máy hàn túi, in hạn dùng', '1 máy', '500 túi/giờ', 'Đang dùng']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày', 'Tình trạng'],
                    [['1', 'Hợp đồng hợp tác của 9 tổ viên', 'Ký ngày 15/3/2024', 'Còn hiệu lực'],
                     ['2', 'Giấy chứng nhận đăng ký tổ hợp tác', '02/2024/ĐKTHT, 26/4/2024', 'UBND xã cấp'],
                     ['3',
                      'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
                      '112/2026/GCN-ATTP, 08/5/2026',
                      'Đến 08/5/2029'],
                     ['4', 'Tiêu chuẩn cơ sở TCCS 01:2026/ĐL', 'Ban hành 20/5/2026', 'Áp dụng'],
                     ['5', 'Phiếu kết quả thử nghiệm', 'TN-0526/3317, 29/5/2026', 'Đạt'],
                     ['6', 'Bản tự công bố sản phẩm', '01/ĐL/2026, 05/6/2026', 'Đã đăng tải']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Cải tạo bếp và phòng gói bánh', 'Quý I/2027', 'Tổ trưởng'],
                     ['2', 'Mua máy xay, máy trộn, nồi hấp', 'Quý I/2027', 'Tổ trưởng'],
                     ['3', 'In hộp, nhãn mới', 'Quý II/2027', 'Kế toán'],
                     ['4', 'Nộp hồ sơ OCOP qua UBND xã', 'Quý III/2027', 'Tổ trưởng'],
                     ['5', 'Tăng sản lượng gấp đôi', 'Năm 2028', 'Cả tổ'],
                     ['6', 'Xin cấp lại giấy ATTP', 'Quý I/2029', 'Tổ trưởng']]),
          'notes': {'inv': 'Tổng dự toán bằng chữ: [inv|Wc] đồng.',
                    'src': 'Tổng nguồn vốn bằng chữ: [src|Wc] đồng.'},
          'inv_money': 'trieu0',
          'money': 'trieu',
          'out_label': 'Quy ra chiếc bánh',
          'hist_out': 'Sản lượng (chiếc bánh)'},
 'jc08': {'order': ['hist',
                    'prod',
                    'price',
                    'comp',
                    'raw0',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả kinh doanh 2024 – 2026',
                       'prod': 'Bảng 2. Danh mục sản phẩm',
                       'price': 'Bảng 3. Giá bán dự kiến theo năm',
                       'comp': 'Bảng 4. Đồ uống cùng loại',
                       'raw0': 'Bảng 5. Nguồn quả chanh leo',
                       'equip': 'Bảng 6. Dây chuyền thiết bị',
                       'staff': 'Bảng 7. Lao động',
                       'out': 'Bảng 8. Sản lượng kế hoạch',
                       'inv': 'Bảng 9. Vốn đầu tư',
                       'src': 'Bảng 10. Nguồn vốn',
                       'rev': 'Bảng 11. Doanh thu',
                       'cost': 'Bảng 12. Chi phí',
                       'summ': 'Bảng 13. Kết quả kinh doanh dự kiến',
                       'legal': 'Bảng 14. Hồ sơ sản phẩm',
                       'sched': 'Bảng 15. Tiến độ'},
          'prod_extra': ('Hạn dùng', ['12 tháng', '12 tháng', '18 tháng']),
          'comp': (['TT', 'Sản phẩm', 'Nơi sản xuất', 'Giá bán lẻ', 'Nhận xét'],
                   [['1', 'Nước chanh leo đóng chai', 'Nghệ An', '20.000 đ/330 ml', 'Nhiều đường'],
                    ['2', 'Nước ép trái cây hộp giấy', 'Công ty lớn', '25.000 đ/hộp 1 lít', 'Phổ biến, rẻ'],
                    ['3', 'Siro chanh leo', 'Lâm Đồng', '85.000 đ/500 ml', 'Chất lượng tốt, giá cao']]),
          'equip': (['TT', 'Thiết bị', 'Số lượng', 'Công suất', 'Tình trạng'],
                    [['1', 'Máy rửa, máy tách hạt chanh leo', '1 bộ', '500 kg quả/giờ', 'Mua 2027'],
                     ['2', 'Máy lọc, bồn phối trộn inox', '1 bộ', '1.000 lít', 'Mua 2027'],
                     ['3', 'Nồi thanh trùng', '2 nồi', '100 lít/mẻ', 'Mua 2027'],
                     ['4', 'Dây chuyền chiết rót, đóng nắp', '1 dây chuyền', '1.200 chai/giờ', 'Mua 2027'],
                     ['5', 'Kho lạnh bảo quản quả', '1 kho', '40 m³', 'Mua 2027']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày', 'Tình trạng'],
                    [['1', 'Giấy chứng nhận đăng ký doanh nghiệp', '3002304417, 18/01/2022', 'Còn hiệu lực'],
                     ['2', 'Tiêu chuẩn cơ sở TCCS 01, 02, 03:2026/PG', 'Ban hành 7/2026', 'Áp dụng'],
                     ['3', 'Phiếu kết quả thử nghiệm', 'KN-0826/5112, 14/8/2026', 'Đạt'],
                     ['4', 'Bản tự công bố sản phẩm', '01, 02, 03/PG/2026', 'Đã đăng tải'],
                     ['5', 'Giấy chứng nhận nhãn hiệu', 'Số 503361, 02/3/2026', '10 năm'],
                     ['6', 'Mã vạch, tem QR', 'Cấp 9/2026', 'Đang dùng']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Cải tạo xưởng, lắp dây chuyền', 'Quý I/2027', 'Giám đốc'],
                     ['2', 'Chạy thử, hoàn thiện công thức', 'Quý II/2027', 'Phó giám đốc'],
                     ['3', 'Gửi hồ sơ lên Phòng Nông nghiệp huyện', 'Quý II/2027', 'Kế toán'],
                     ['4', 'Dự đánh giá của Hội đồng cấp huyện', 'Quý III/2027', 'Giám đốc'],
                     ['5', 'Mở kênh siêu thị, nhà phân phối', 'Năm 2028', 'Kinh doanh']]),
          'notes': {'rev': 'Doanh thu năm 2028 bằng chữ: [rev.2028|W] đồng.',
                    'inv': 'Bằng chữ: [inv|Wc] đồng.'},
          'inv_money': 'trieu0',
          'money': 'trieu',
          'blocks': {'comp': 'không kẻ'}},
 'jc09': {'order': ['hist',
                    'prod',
                    'comp',
                    'raw0',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Kết quả đón khách 2024 – 2026',
                       'prod': 'Bảng 2. Các dịch vụ và giá',
                       'comp': 'Bảng 3. Điểm du lịch cạnh tranh',
                       'raw0': 'Bảng 4. Cân đối thực phẩm cho suất ăn',
                       'equip': 'Bảng 5. Cơ sở vật chất',
                       'staff': 'Bảng 6. Nhân lực',
                       'out': 'Bảng 7. Kế hoạch đón khách',
                       'inv': 'Bảng 8. Vốn đầu tư',
                       'src': 'Bảng 9. Nguồn vốn',
                       'rev': 'Bảng 10. Doanh thu dịch vụ',
                       'cost': 'Bảng 11. Chi phí hoạt động',
                       'summ': 'Bảng 12. Hiệu quả kinh doanh',
                       'legal': 'Bảng 13. Hồ sơ pháp lý của điểm du lịch',
                       'sched': 'Bảng 14. Lộ trình thực hiện'},
          'prod_extra': ('Nội dung',
                         ['Phòng 2–3 khách, bữa sáng',
                          'Cá suối, gà đồi, rau rừng',
                          'Nửa ngày, có người dẫn',
                          'Tham quan bản, thác']),
          'comp': (['TT', 'Điểm du lịch', 'Khoảng cách', 'Giá lưu trú', 'Nhận xét'],
                   [['1', 'Homestay ven hồ Kẻ Gỗ', '90 km', '350.000 đ/khách', 'Đông khách cuối tuần'],
                    ['2', 'Nhà nghỉ cửa khẩu Cầu Treo', '25 km', '250.000 đ/khách', 'Ít trải nghiệm'],
                    ['3',
                     'Homestay bản Lào bên kia biên giới',
                     '40 km',
                     'Theo tour',
                     'Cần giấy tờ qua biên']]),
          'equip': (['TT', 'Hạng mục', 'Số lượng', 'Quy mô', 'Tình trạng'],
                    [['1', 'Nhà sàn làm phòng nghỉ', '6 nhà', '12 phòng, 28 giường', 'Cải tạo 2027'],
                     ['2', 'Nhà ăn cộng đồng', '1 nhà', '150 chỗ', 'Xây 2027'],
                     ['3', 'Đường dạo, chòi nghỉ', '2,5 km', '8 chòi', 'Làm 2027'],
                     ['4', 'Bến tắm suối', '1 bến', 'Có cứu hộ', 'Làm 2027'],
                     ['5', 'Bếp, kho lạnh thực phẩm', '1 bộ', 'Phục vụ 150 suất/bữa', 'Mua 2027']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày', 'Tình trạng'],
                    [['1', 'Giấy chứng nhận đăng ký HTX', '3002318650, 22/11/2024', 'Còn hiệu lực'],
                     ['2',
                      'Thông báo homestay đủ điều kiện phục vụ khách',
                      'Gửi Sở Văn hóa, Thể thao và Du lịch 3/2026',
                      'Đã tiếp nhận'],
                     ['3',
                      'Giấy chứng nhận cơ sở đủ điều kiện ATTP dịch vụ ăn uống',
                      '19/2026/ATTP-DV, 14/4/2026',
                      'Đến 14/4/2029'],
                     ['4', 'Biên bản kiểm tra phòng cháy, chữa cháy', 'Số 27/BB-PCCC, 02/5/2026', 'Đạt'],
                     ['5', 'Đơn đăng ký nhãn hiệu', '4-2026-08812, 17/2/2026', 'Chờ cấp'],
                     ['6', 'Đăng ký môi trường', 'UBND xã Sơn Kim, 11/5/2026', 'Thực hiện']]),
          'sched': (['TT', 'Nội dung', 'Thời gian', 'Phụ trách'],
                    [['1', 'Cải tạo nhà sàn, xây nhà ăn', 'Quý I/2027', 'Giám đốc HTX'],
                     ['2', 'Làm đường dạo, bến tắm suối', 'Quý I–II/2027', 'Tổ hướng dẫn'],
                     ['3', 'Tập huấn buồng phòng, nấu ăn', 'Quý II/2027', 'Tổ phục vụ'],
                     ['4',
                      'Hợp tác xã Du lịch sinh thái Thác Mơ ký hợp đồng với công ty lữ hành',
                      'Quý II/2027',
                      'Ban quản trị'],
                     ['5', 'Nộp hồ sơ OCOP qua UBND xã', 'Quý III/2027', 'Kế toán']]),
          'notes': {'inv': 'Bằng chữ: [inv|Wc] đồng.',
                    'summ': 'Tổng lợi nhuận ba năm: [profit3|t1] triệu đồng.'},
          'inv_money': 'trieu0',
          'money': 'trieu',
          'out_label': 'Quy ra đêm khách lưu trú',
          'hist_out': 'Lượt khách lưu trú (đêm khách)',
          'hist_price': 'Doanh thu bình quân (đồng/đêm khách)'},
 'jc10': {'order': ['hist',
                    'prod',
                    'raw0',
                    'raw1',
                    'equip',
                    'staff',
                    'out',
                    'inv',
                    'src',
                    'rev',
                    'cost',
                    'summ',
                    'legal',
                    'sched'],
          'captions': {'hist': 'Bảng 1. Bánh bán ra 2024 – 2026',
                       'prod': 'Bảng 2. Sản phẩm và giá',
                       'raw0': 'Bảng 3. Nguồn gạo nếp',
                       'raw1': 'Bảng 4. Nguồn tôm, thịt làm nhân',
                       'equip': 'Bảng 5. Dụng cụ, máy móc',
                       'staff': 'Bảng 6. Người làm',
                       'out': 'Bảng 7. Số bánh dự kiến',
                       'inv': 'Bảng 8. Tiền đầu tư',
                       'src': 'Bảng 9. Nguồn tiền',
                       'rev': 'Bảng 10. Tiền bán bánh',
                       'cost': 'Bảng 11. Chi phí',
                       'summ': 'Bảng 12. Tiền lãi',
                       'legal': 'Bảng 13. Giấy tờ đã có',
                       'sched': 'Bảng 14. Các việc phải làm'},
          'prod_extra': ('Hạn dùng', ['3 ngày, 60 ngày đông lạnh', '3 ngày', '60 ngày đông lạnh']),
          'equip': (['TT', 'Máy móc, dụng cụ', 'Số lượng', 'Công suất', 'Ghi chú'],
                    [['1', 'Máy xay bột nước', '1 máy', '30 kg gạo/giờ', 'Mua 2027'],
                     ['2', 'Máy trộn nhân', '1 máy', '10 kg/mẻ', 'Mua 2027'],
                     ['3', 'Chảo rán công nghiệp', '2 chảo', '500 chiếc/ngày mỗi chảo', 'Mua 2027'],
                     ['4', 'Tủ mát, tủ cấp đông', '2 tủ', '800 lít', 'Mua 2027'],
                     ['5', 'Máy hàn túi, đóng hộp', '1 máy', '300 hộp/giờ', 'Đang dùng']]),
          'legal': (['TT', 'Giấy tờ', 'Số, ngày', 'Ghi chú'],
                    [['1',
                      'Bản cam kết bảo đảm an toàn thực phẩm',
                      'UBND xã tiếp nhận 10/3/2026',
                      'Thực hiện'],
                     ['2', 'Giấy xác nhận kiến thức ATTP của chủ cơ sở', 'Số 044/XN, 18/3/2026', 'Còn hạn'],
                     ['3', 'Giấy khám sức khỏe người làm bánh', 'Tháng 3/2026', 'Khám lại hằng năm'],
                     ['4', 'Đơn bảo hộ nhãn hiệu', '4-2026-14027, 06/4/2026', 'Chờ cấp'],
                     ['5', 'Mẫu nhãn hộp theo Nghị định 43/2017', 'Duyệt mẫu 5/2026', 'In từ 2027'],
                     ['6', 'Giấy chứng nhận quyền sử dụng đất ở', 'CS 118044', 'Nơi đặt bếp']]),
          'sched': (['TT', 'Việc', 'Thời gian', 'Người làm'],
                    [['1', 'Sửa bếp, phòng đóng gói', 'Tháng 1/2027', 'Bà Lài'],
                     ['2', 'Mua máy xay, chảo rán, tủ', 'Tháng 2/2027', 'Anh Tuấn'],
                     ['3', 'In hộp, nhãn, tem QR', 'Tháng 3/2027', 'Chị Hoa'],
                     ['4', 'Nộp hồ sơ OCOP qua UBND xã', 'Tháng 6/2027', 'Bà Lài'],
                     ['5', 'Mở 8 điểm bán mới', 'Năm 2028', 'Anh Tuấn']]),
          'notes': {'inv': 'Bằng chữ: [inv|Wc] đồng.',
                    'cost': 'Tổng chi phí năm 2027 viết bằng chữ: [cost.2027|W] đồng.'},
          'inv_money': 'dong',
          'money': 'trieu',
          'out_label': 'Quy ra chiếc bánh',
          'hist_out': 'Số bánh bán (chiếc)',
          'blocks': {'sched': 'tab'},
          'cost_labels': ['Gạo nếp',
                          'Tôm, thịt làm nhân',
                          'Hộp, khay, túi, nhãn',
                          'Dầu rán, hành, gia vị',
                          'Điện, gas, nước',
                          'Tiền công',
                          'Khấu hao máy, bếp',
                          'Lãi vay',
                          'Bán hàng, vận chuyển',
                          'Chi phí khác',
                          'Phí chợ, phí khác']}}
PHR: dict[str, list[str]] = {'jc01': ['ty sử dụng [st.2027|wn] lao động',
          '2027 sản xuất [out.2027|n] kg ruốc tôm (tức khoảng [out.2027|wtr]), đến năm 2029 đạt [out.2029|n] '
          'kg, khoảng [out.2029|wt] tấn;',
          'năm 2027 đạt [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029 đạt [rev.2029|d] đồng '
          '(Bằng chữ: [rev.2029|Wc] đồng);',
          'ổn định khoảng [need.0.2029|wt] tấn tôm',
          'thường xuyên cho [st.2029|wn] lao động',
          'bình quân khoảng [h.gavg|p1] %/năm. Năm',
          'công ty bán [h.out.2026|n] kg ruốc (hơn [h.out.2026|wt] tấn), doanh thu [h.rev.2026|d] đồng. Cơ',
          '200 g là [pr.0.2027|n] đồng/hũ ([pr.0.2027|wn] đồng một',
          '500 g là [pr.1.2027|n] đồng ([pr.1.2027|wn] đồng).',
          'dự kiến bán [pk.0.2027|n] hũ 200 g (tức [pk.0.2027|wn] hũ), [pk.1.2027|n] hũ 500 g và '
          '[pk.2.2027|n] túi 1',
          'thu mua với [supc.0.0|wn] tàu lưới',
          'công ty khoảng [supy.0.0|wt] tấn tôm',
          'năm, và với [supc.0.1|wn] hộ nuôi',
          'mỗi hộ khoảng [supy.0.1|wta] tạ. Tổng nguồn cung khoảng [sup.0|wt] tấn/năm, trong',
          'cao nhất là [need.0.2029|n] kg; phần',
          'mua bình quân [rawp.0|n] đồng/kg ([rawp.0|wn] đồng một',
          'ngày, tổng cộng [capr|wn] kg/ngày; làm [capd|n] ngày một',
          'công suất là [cap|n] kg/năm.',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng ([wage.2027|W] đồng), tăng',
          'xưởng dùng khoảng [use.2029|p1] % công',
          'vốn đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng), trong',
          'sản cố định [invfix|d] đồng, còn',
          'chủ sở hữu [src.0|d] đồng ([src.0|W] đồng) và',
          'nhánh Lộc Hà [src.1|d] đồng ([src.1|W] đồng), thời',
          'năm, lãi suất [rate|p1] %/năm, trả',
          'ruốc với giá [rawp.0|n] đồng/kg; gia vị [uc.0|n] đồng/kg ruốc; điện, gas, nước [uc.1|n] đồng/kg; '
          'khấu',
          'định đều trong [life|n] năm; chi',
          'bán hàng bằng [sellp|p1] % và thuế, phí bằng [taxp|p1] % doanh',
          'ba năm khoảng [avgprofit|t0] triệu đồng/năm.',
          'khấu hao) = [inv|t0] : ([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm, tức khoảng [payback|wy].',
          'ổn định cho [st.2029|wn] lao động'],
 'jc02': ['ong. Hộ có [st.2027|wn] lao động',
          'năm 2027 là [out.2027|n] kg, năm 2029 là [out.2029|n] kg (gần [out.2029|wt] tấn);',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng);',
          'Duy trì [supc.0.0|wn] đàn ong',
          'liên kết với [supc.0.1|wn] hộ nuôi',
          'hộ bán được [h.out.2026|n] kg mật ([h.out.2026|wn] ki-lô-gam), doanh thu [h.rev.2026|d] đồng '
          '([h.rev.2026|W] đồng).',
          'hoa rừng bán [pr.0.2027|n] đồng ([pr.0.2027|wn] đồng), chai',
          'hoa keo bán [pr.1.2027|n] đồng ([pr.1.2027|wn] đồng), can',
          'nước, nhà hàng [pr.2.2027|n] đồng.',
          'dự kiến bán [pk.0.2027|n] lọ 500 g (tức [pk.0.2027|wn] lọ), [pk.1.2027|n] chai 1 kg và '
          '[pk.2.2027|n] can 2',
          'Hộ có [supc.0.0|wn] đàn ong',
          'cho bình quân [supy.0.0|wn] ki-lô-gam mật',
          'năm, tổng cộng [sup.0.0|n] kg. Ngoài',
          'mua mật của [supc.0.1|wn] hộ nuôi',
          'mỗi hộ khoảng [supy.0.1|wn] ki-lô-gam/năm, có',
          'được định giá [rawp.0|n] đồng/kg ([rawp.0|wn] đồng) khi',
          'phần mỗi mẻ [capr|wn] ki-lô-gam, ngày một mẻ, làm [capd|n] ngày/năm nên công suất [cap|n] kg/năm '
          '(khoảng [cap|wtr]).',
          'công bình quân [wage.2027|t1] triệu đồng/người/tháng',
          'phần chạy khoảng [use.2029|p1] % công',
          'phương án là [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'Hộ góp [src.0|d] đồng ([src.0|W] đồng) từ',
          'sách xã hội [src.1|d] đồng ([src.1|W] đồng) theo',
          'làm, lãi suất [rate|p1] %/năm, trả',
          'theo từng loại ([pc.0|n] đồng/lọ, [pc.1|n] đồng/chai, [pc.2|n] đồng/can); điện, nước, vận chuyển '
          '[uc.0|n] đồng/kg; khấu hao [life|n] năm; bán hàng [sellp|p1] % và thuế, phí [taxp|p1] % doanh',
          'gian hoàn vốn: [inv|t0] triệu : ([avgprofit|t1] + [c.dep|t1]) triệu/năm = [payback|y1] năm, '
          'khoảng [payback|wy].',
          'việc làm cho [st.2029|wn] lao động',
          'thụ mật cho [supc.0.1|wn] hộ nuôi'],
 'jc03': ['đồng). Tổ có [st.2027|wn] người hưởng',
          'Năm 2027 làm [out.2027|n] chiếc nón',
          'năm 2029 đạt [out.2029|n] chiếc, tức khoảng [out.2029|wn] chiếc;',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029: [rev.2029|d] đồng;',
          'chằm nón và [st.2029|wn] người hưởng',
          'Năm 2026 bán [h.out.2026|n] chiếc, doanh thu [h.rev.2026|d] đồng ([h.rev.2026|W] đồng). Lá',
          'năm 2027 là [pr.0.2027|n] đồng/chiếc ([pr.0.2027|wn] đồng), nón bài thơ [pr.1.2027|n] đồng '
          '([pr.1.2027|wn] đồng), hộp nón mini [pr.2.2027|n] đồng.',
          'dự kiến bán [pk.0.2027|n] nón trắng (tức [pk.0.2027|wn] chiếc), [pk.1.2027|n] nón bài thơ và '
          '[pk.2.2027|n] hộp nón',
          'mua lá của [supc.0.0|wn] hộ phơi',
          'mỗi hộ khoảng [supy.0.0|wn] ki-lô-gam/năm, và',
          'theo hợp đồng [supy.0.1|n] kg/năm. Vành tre do [supc.1.0|wn] hộ trong',
          'mỗi hộ khoảng [supy.1.0|n] bộ/năm. Lá',
          'năm. Giá lá [rawp.0|n] đồng/kg ([rawp.0|wn] đồng), vành [rawp.1|n] đồng/bộ.',
          'một ngày, tức [capr|wn] chiếc/ngày; làm [capd|n] ngày thì được [cap|n] chiếc/năm.',
          'tiền công khoán [uc.0|n] đồng/chiếc ([uc.0|wn] đồng), không',
          'năm 2027 là [wage.2027|t1] triệu đồng/tháng.',
          'chằm dùng khoảng [use.2029|p1] %.',
          'vốn đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'Tổ viên góp [src.0|d] đồng ([src.0|W] đồng); các',
          'sách xã hội [src.1|d] đồng ([src.1|W] đồng), lãi suất [rate|p1] %/năm, trả',
          'tiền công chằm [uc.0|n] đồng/chiếc; điện, nước, sấy lá [uc.1|n] đồng/chiếc; bao',
          'loại; khấu hao [life|n] năm; bán hàng [sellp|p1] %, thuế, phí [taxp|p1] % doanh',
          'hoàn vốn = [inv|t0] : ([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm (khoảng [payback|wy]).'],
 'jc04': ['2027 HTX có [st.2027|wn] lao động',
          '2027 sản xuất [pk.0.2027|n] hộp trà túi lọc (tức [pk.0.2027|wn] hộp), [pk.1.2027|n] túi cà',
          'leo khô và [pk.2.2027|n] hũ cao;',
          '2029 nâng lên [pk.0.2029|n] hộp trà;',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029: [rev.2029|d] đồng (Bằng '
          'chữ: [rev.2029|Wc] đồng);',
          'gai leo cho [supc.0.1|wn] hộ thành',
          'năm 2026 là [h.out.2026|n] kg sản',
          'các loại (hơn [h.out.2026|wt] tấn), doanh thu [h.rev.2026|d] đồng. Nhà',
          'năm 2027 là [pr.0.2027|n] đồng/hộp ([pr.0.2027|wn] đồng), túi khô [pr.1.2027|n] đồng, hũ cao '
          '[pr.2.2027|n] đồng ([pr.2.2027|wn] đồng).',
          'của HTX rộng [supc.0.0|wn] héc-ta, mỗi héc-ta cho khoảng [supy.0.0|wt] tấn cà',
          '(ba lứa cắt); [supc.0.1|wn] hộ thành',
          'cho HTX khoảng [supy.0.1|wn] ki-lô-gam khô/năm. Tổng cộng khoảng [sup.0|n] kg/năm (hơn [sup.0|wt] '
          'tấn). Định',
          'viên với giá [rawp.0|n] đồng/kg ([rawp.0|wn] đồng).',
          'làm được khoảng [capr|wn] ki-lô-gam thành phẩm mỗi ngày, [capd|n] ngày/năm, tức [cap|n] kg/năm.',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng.',
          'chuyền dùng khoảng [use.2029|p1] % công',
          'vốn đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'thành viên góp [src.0|d] đồng ([src.0|W] đồng); quỹ',
          'triển của HTX [src.1|d] đồng ([src.1|W] đồng); vay',
          'triển nông thôn [src.2|d] đồng ([src.2|W] đồng), lãi suất [rate|p1] %/năm, trả',
          '(Bảng 4) × [rawp.0|n] đồng/kg; bao bì [pc.0|n] đồng/hộp trà, [pc.1|n] đồng/túi, [pc.2|n] đồng/hũ; '
          'điện',
          'nấu cao, nước [uc.0|n] đồng/kg thành phẩm; khấu hao [life|n] năm; bán hàng [sellp|p1] %, thuế, '
          'phí [taxp|p1] % doanh',
          'gian hoàn vốn: [inv|t0] : ([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm, tức khoảng '
          '[payback|wy].',
          'việc làm cho [st.2029|wn] lao động',
          'gai leo cho [supc.0.1|wn] hộ thành'],
 'jc05': ['2027 HTX có [st.2027|wn] lao động',
          'lượng năm 2027: [out.2027|n] lít rượu (tức [out.2027|wn] lít), năm 2029: [out.2029|n] lít;',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029: [rev.2029|d] đồng (Bằng '
          'chữ: [rev.2029|Wc] đồng);',
          'gạo nếp cho [supc.0.0|wn] hộ thành',
          'quả sim cho [supc.1.0|wn] hộ hái',
          '2026 HTX bán [h.out.2026|n] lít, doanh thu [h.rev.2026|d] đồng ([h.rev.2026|W] đồng).',
          '500 ml bán [pr.0.2027|n] đồng/chai ([pr.0.2027|wn] đồng), hộp',
          'chai 750 ml [pr.1.2027|n] đồng, bình sành 2 lít [pr.2.2027|n] đồng ([pr.2.2027|wn] đồng). Giá',
          'dự kiến bán [pk.0.2027|n] chai 500 ml (tức [pk.0.2027|wn] chai), [pk.1.2027|n] hộp quà và '
          '[pk.2.2027|n] bình sành.',
          'mua nếp của [supc.0.0|wn] hộ thành',
          'mỗi hộ khoảng [supy.0.0|wta] tạ mỗi năm, và [supc.0.1|wn] hộ thôn',
          'đồng, mỗi hộ [supy.0.1|wta] tạ; tổng cộng [sup.0|n] kg (khoảng [sup.0|wt] tấn). Quả sim mua của '
          '[supc.1.0|wn] hộ hái',
          'mỗi hộ khoảng [supy.1.0|wta] tạ, tổng [sup.1|n] kg. Giá nếp [rawp.0|n] đồng/kg ([rawp.0|wn] '
          'đồng), sim [rawp.1|n] đồng/kg.',
          'ngày, tổng cộng [capr|wn] lít một ngày, làm [capd|wn] ngày một',
          'giữ ổn định [st.2029|wn] người trong',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng.',
          'vốn đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'Thành viên góp [src.0|d] đồng ([src.0|W] đồng); vay',
          'triển nông thôn [src.1|d] đồng ([src.1|W] đồng), lãi suất [rate|p1] %/năm, trả',
          'củi, điện, nước [uc.0|n] đồng/lít; khấu hao [life|n] năm; bán hàng [sellp|p1] %, thuế, phí khác '
          '[taxp|p1] % doanh',
          'bình quân khoảng [avgprofit|t0] triệu đồng/năm, khấu hao [c.dep|t0] triệu đồng/năm;',
          'tư trong khoảng [payback|wy] ([payback|y1] năm).',
          'việc làm cho [st.2027|wn] lao động,'],
 'jc06': ['công ty có [st.2027|wn] lao động',
          '2027 sản xuất [out.2027|n] lít nước mắm (tức [out.2027|wn] lít); năm 2029 đạt [out.2029|n] lít;',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029: [rev.2029|d] đồng;',
          'ổn định cho [supc.0.0|wn] tàu lưới',
          'Năm 2026 bán [h.out.2026|n] lít, doanh thu [h.rev.2026|d] đồng ([h.rev.2026|W] đồng), chủ',
          'độ đạm giá [pr.0.2027|n] đồng ([pr.0.2027|wn] đồng); chai',
          'độ đạm giá [pr.1.2027|n] đồng/chai ([pr.1.2027|wn] đồng một',
          '20 độ đạm [pr.2.2027|n] đồng.',
          'dự kiến bán [pk.0.2027|n] chai 500 ml (tức [pk.0.2027|wn] chai), [pk.1.2027|n] chai 1 lít và '
          '[pk.2.2027|n] can 5',
          'hợp đồng với [supc.0.0|wn] tàu lưới',
          'công ty khoảng [supy.0.0|wt] tấn cá',
          'Cửa Nhượng khoảng [supy.0.1|wt] tấn/năm; tổng cộng khoảng [sup.0|wt] tấn cá',
          'theo hợp đồng [sup.1.0|n] kg/năm (khoảng [sup.1|wt] tấn). Nguồn',
          'cá bình quân [rawp.0|n] đồng/kg ([rawp.0|wn] đồng), muối [rawp.1|n] đồng/kg.',
          'tổng công suất [cap|n] lít/năm.',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng.',
          'chượp dùng khoảng [use.2029|p1] % công',
          'của phương án: [inv|d] đồng (Bằng chữ: [inv.words|Wc] đồng).',
          'chủ sở hữu [src.0|d] đồng ([src.0|Wc] đồng); vay',
          'nhánh Hà Tĩnh [src.1|d] đồng ([src.1|Wc] đồng), lãi suất [rate|p1] %/năm, trả',
          'nước, vận chuyển [uc.0|n] đồng/lít; khấu hao [life|n] năm; bán hàng [sellp|p1] %, thuế, phí '
          '[taxp|p1] % doanh',
          'gian hoàn vốn: [inv|t0] triệu : ([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm (khoảng '
          '[payback|wy]).',
          'việc làm cho [st.2029|wn] lao động'],
 'jc07': ['2027 tổ có [st.2027|wn] lao động',
          'Năm 2027 làm [out.2027|n] chiếc bánh;',
          'gấp đôi, tức [out.2028|n] chiếc ([out.2028|wn] chiếc); năm',
          'năm 2027, đạt [out.2029|n] chiếc ([out.2029|wn] chiếc);',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029: [rev.2029|d] đồng (Bằng '
          'chữ: [rev.2029|Wc] đồng);',
          'tăng chậm, khoảng [h.gavg|p1] %/năm; năm 2026 bán [h.out.2026|n] chiếc, doanh thu [h.rev.2026|d] '
          'đồng ([h.rev.2026|W] đồng).',
          '10 chiếc giá [pr.0.2027|n] đồng/hộp ([pr.0.2027|wn] đồng), hộp quà [pr.1.2027|n] đồng '
          '([pr.1.2027|wn] đồng), bánh lẻ [pr.2.2027|n] đồng/chiếc.',
          'dự kiến bán [pk.0.2027|n] hộp 10 chiếc (tức [pk.0.2027|wn] hộp), [pk.1.2027|n] hộp quà và '
          '[pk.2.2027|n] chiếc bánh',
          'nếp mua của [supc.0.0|wn] hộ trong',
          'mỗi hộ khoảng [supy.0.0|wta] tạ/năm, và',
          'theo hợp đồng [supy.0.1|wt] tấn/năm. Lá',
          'khô mua của [supc.1.0|wn] hộ trồng',
          'mỗi hộ khoảng [supy.1.0|wn] ki-lô-gam/năm. Giá nếp [rawp.0|n] đồng/kg ([rawp.0|wn] đồng), lá gai '
          'khô [rawp.1|n] đồng/kg.',
          'nên hấp được [capr|n] chiếc/ngày; làm [capd|n] ngày một năm được [cap|n] chiếc.',
          'Tổ giữ nguyên [st.2029|wn] lao động',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng.',
          'vốn đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'tổ viên góp [src.0|d] đồng ([src.0|W] đồng); các',
          'sách xã hội [src.1|d] đồng ([src.1|W] đồng), lãi suất [rate|p1] %/năm, trả',
          'đường, dừa, mỡ [uc.0|n] đồng/chiếc; điện, củi, nước [uc.1|n] đồng/chiếc; khấu hao [life|n] năm; '
          'bán hàng [sellp|p1] %, thuế, phí [taxp|p1] % doanh',
          'gian hoàn vốn: [inv|t0] : ([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm.',
          'việc làm cho [st.2027|wn] phụ nữ,'],
 'jc08': ['công ty có [st.2027|wn] lao động',
          'lượng năm 2027: [out.2027|n] lít (tức [out.2027|wn] lít), năm 2029: [out.2029|n] lít;',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2028: [rev.2028|d] đồng (Bằng '
          'chữ: [rev.2028|Wc] đồng);',
          'tiêu quả cho [supc.0.1|wn] hộ liên',
          'Năm 2026 bán [h.out.2026|n] lít, doanh thu [h.rev.2026|d] đồng ([h.rev.2026|W] đồng).',
          'năm 2027 là [pr.0.2027|n] đồng/chai ([pr.0.2027|wn] đồng), năm 2028 là [pr.0.2028|n] đồng '
          '([pr.0.2028|wn] đồng), năm 2029 là [pr.0.2029|n] đồng. Chai',
          '1 lít giá [pr.1.2027|n] đồng, siro [pr.2.2027|n] đồng.',
          'dự kiến bán [pk.0.2027|n] chai 330 ml (tức [pk.0.2027|wn] chai), [pk.1.2027|n] chai nước cốt và '
          '[pk.2.2027|n] chai siro; năm 2028 là [pk.0.2028|n] chai 330 ml ([pk.0.2028|wn] chai).',
          'Công ty có [supc.0.0|wn] héc-ta chanh',
          'năng suất khoảng [supy.0.0|wt] tấn/ha, và liên kết với [supc.0.1|wn] hộ, mỗi',
          'công ty khoảng [supy.0.1|wtr] quả/năm. Tổng nguồn quả khoảng [sup.0|wt] tấn/năm. Giá mua bình '
          'quân [rawp.0|n] đồng/kg ([rawp.0|wn] đồng).',
          'xử lý khoảng [capr|wn] lít thành phẩm, [capd|n] ngày/năm, công suất [cap|n] lít.',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng.',
          '2029 dùng khoảng [use.2029|p1] % công',
          'vốn đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'Cổ đông góp [src.0|d] đồng ([src.0|W] đồng); vay',
          'triển nông thôn [src.1|d] đồng ([src.1|W] đồng), lãi suất [rate|p1] %/năm, trả',
          'định mức × [rawp.0|n] đồng/kg; chai,',
          'đường, phụ gia [uc.0|n] đồng/lít; điện, nước, gas [uc.1|n] đồng/lít; khấu hao [life|n] năm; bán '
          'hàng [sellp|p1] %, thuế, phí [taxp|p1] % doanh',
          'năm 2028 đạt [profit.2028|d] đồng ([profit.2028|W] đồng). Thời gian hoàn vốn: [inv|t0] : '
          '([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm, khoảng [payback|wy].',
          'việc làm cho [st.2029|wn] lao động'],
 'jc09': ['2027 HTX có [st.2027|wn] lao động',
          'Năm 2027 đón [pk.0.2027|n] đêm khách lưu trú (tức [pk.0.2027|wn] đêm khách), năm 2029 đạt '
          '[pk.0.2029|n] đêm khách; phục vụ [pk.1.2027|n] suất ăn',
          'thu năm 2027: [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029: [rev.2029|d] đồng;',
          'việc làm cho [st.2029|wn] lao động',
          '2026 bản đón [h.out.2026|n] đêm khách lưu trú (tức [h.out.2026|wn] đêm), doanh thu [h.rev.2026|d] '
          'đồng ([h.rev.2026|W] đồng). Nhà',
          'năm 2027 là [pr.0.2027|n] đồng/khách/đêm ([pr.0.2027|wn] đồng), suất ăn [pr.1.2027|n] đồng '
          '([pr.1.2027|wn] đồng), trải nghiệm [pr.2.2027|n] đồng/lượt, vé tham quan [pr.3.2027|n] đồng.',
          '2027 dự kiến [pk.1.2027|n] suất ăn ([pk.1.2027|wn] suất), [pk.2.2027|n] lượt trải nghiệm và '
          '[pk.3.2027|n] vé tham',
          'HTX mua của [supc.0.0|wn] hộ thành',
          'mỗi hộ khoảng [supy.0.0|wta] tạ/năm, giá bình quân [rawp.0|n] đồng/kg ([rawp.0|wn] đồng); gạo,',
          'chứa lưu trú: [capr|wn] giường, mở cửa [capd|n] đêm/năm, tức [cap|n] đêm khách.',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng.',
          '2029 dùng khoảng [use.2029|p1] % sức',
          'vốn đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'Thành viên góp [src.0|d] đồng ([src.0|Wc] đồng); vay',
          'triển nông thôn [src.1|d] đồng ([src.1|Wc] đồng), lãi suất [rate|p1] %/năm, trả',
          '0,7 kg × [rawp.0|n] đồng/kg; chi',
          'vụ trực tiếp [pc.0|n] đồng/đêm khách, [pc.2|n] đồng/lượt trải nghiệm, [pc.3|n] đồng/vé; điện,',
          'là, đồ dùng [uc.0|n] đồng/đêm khách; khấu hao [life|n] năm; bán',
          'hồng lữ hành [sellp|p1] %, thuế, phí [taxp|p1] % doanh',
          'năm 2028 đạt [profit.2028|d] đồng (Bằng chữ: [profit.2028|Wc] đồng). Thời gian hoàn vốn: [inv|t0] '
          ': ([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm (khoảng [payback|wy]).',
          'việc làm cho [st.2029|wn] lao động,',
          'thực phẩm cho [supc.0.0|wn] hộ; giữ'],
 'jc10': ['năm 2027 có [st.2027|wn] người làm',
          'Năm 2027 làm [out.2027|n] chiếc bánh (khoảng [out.2027|wn] chiếc), năm 2029 đạt [out.2029|n] '
          'chiếc;',
          'năm 2027 là [rev.2027|d] đồng (Bằng chữ: [rev.2027|Wc] đồng); năm 2029: [rev.2029|d] đồng (Bằng '
          'chữ: [rev.2029|Wc] đồng);',
          'việc làm cho [st.2029|wn] người năm',
          '2026 bán được [h.out.2026|n] chiếc bánh, thu [h.rev.2026|d] đồng ([h.rev.2026|W] đồng).',
          '10 chiếc giá [pr.0.2027|n] đồng/hộp ([pr.0.2027|wn] đồng), khay 20 chiếc [pr.1.2027|n] đồng '
          '([pr.1.2027|wn] đồng), hộp quà 30 chiếc [pr.2.2027|n] đồng.',
          'dự kiến bán [pk.0.2027|n] hộp 10 chiếc (tức [pk.0.2027|wn] hộp), [pk.1.2027|n] khay 20 chiếc và '
          '[pk.2.2027|n] hộp quà.',
          'nếp mua của [supc.0.0|wn] hộ trồng',
          'mỗi hộ khoảng [supy.0.0|wta] tạ/năm; tôm',
          'tối đa khoảng [sup.1|wt] tấn/năm. Giá nếp [rawp.0|n] đồng/kg ([rawp.0|wn] đồng), tôm thịt bình '
          'quân [rawp.1|n] đồng/kg.',
          'làm được khoảng [capr|wn] chiếc bánh, [capd|n] ngày một năm là [cap|n] chiếc.',
          'năm 2027 là [wage.2027|t1] triệu đồng/người/tháng.',
          'rán dùng khoảng [use.2029|p1] % công',
          'tiền đầu tư: [inv|d] đồng (Bằng chữ: [inv|Wc] đồng).',
          'đình bỏ ra [src.0|d] đồng ([src.0|W] đồng); vay',
          'Nông dân xã [src.1|d] đồng ([src.1|W] đồng), lãi suất [rate|p1] %/năm, trả',
          'hành, gia vị [uc.0|n] đồng/chiếc; điện, gas, nước [uc.1|n] đồng/chiếc; khấu hao [life|n] năm; bán '
          'hàng, vận chuyển [sellp|p1] %, phí',
          'và phí khác [taxp|p1] % doanh',
          'năm 2027 là [cost.2027|d] đồng (Bằng chữ: [cost.2027|Wc] đồng), tiền',
          'năm 2027 là [profit.2027|t1] triệu đồng.',
          'thu hồi vốn: [inv|t0] : ([avgprofit|t1] + [c.dep|t1]) = [payback|y1] năm.',
          'việc làm cho [st.2029|wn] người, tiêu thụ nếp cho [supc.0.0|wn] hộ trong'],
 'jc11': [],
 'jc12': []}
# <<< generated


# =========================================================================== rendering
FIELD = re.compile(r"\[([\w.]+)\|(\w+)\]")


def render(tpl: str, m: dict, st: dict) -> str:
    """Fill every [key|code] field of a template from the model."""
    return FIELD.sub(lambda g: fmt(m[g.group(1)], g.group(2), st), tpl)


def keys_of(tpl: str) -> list[str]:
    return [g.group(1) for g in FIELD.finditer(tpl)]


@dataclass
class Table:
    kind: str
    caption: str
    unit: str | None
    header: list[str]
    rows: list[list[str]]  # cells: text, or templates with [key|code] fields
    note: str | None = None
    block: str | None = None  # "tab" or "không kẻ": a FORMAT.md block around the table


def _F(key: str, code: str) -> str:
    return f"[{key}|{code}]"


MONEY = {"trieu": ("ĐVT: triệu đồng", "t1"), "trieu0": ("ĐVT: triệu đồng", "t0"),
         "dong": ("ĐVT: đồng", "d"), "nghin": ("ĐVT: 1.000 đồng", "k")}


def tables(key: str) -> list[Table]:
    """Every table of a full plan, in the order the plan prints them."""
    P, L = PLANS[key], LAYOUT[key]
    u = P["unit"]
    prods = P["products"]
    cap = L["captions"]
    yh = [f"Năm {y}" for y in YEARS] if L.get("yearword", True) else [str(y) for y in YEARS]
    out: list[Table] = []
    for kind in L["order"]:
        c = cap[kind]
        note = L.get("notes", {}).get(kind)
        block = L.get("blocks", {}).get(kind)
        if kind == "hist":
            lab = L.get("hist_out", f"Sản lượng ({u})")
            rows = [["1", lab] + [_F(f"h.out.{y}", "n") for y in HIST],
                    ["2", L.get("hist_price", f"Giá bán bình quân (đồng/{u})")] + [_F(f"h.pr.{y}", "n") for y in HIST],
                    ["3", "Doanh thu (triệu đồng)"] + [_F(f"h.rev.{y}", "t1") for y in HIST],
                    ["4", "Lợi nhuận (triệu đồng)"] + [_F(f"h.profit.{y}", "t1") for y in HIST]]
            out.append(Table(kind, c, None, ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST], rows, note, block))
        elif kind == "prod":
            extra_h, extra = L["prod_extra"]
            rows = [[str(i + 1), pr[0], pr[1], _F(f"pr.{i}.2027", "n"), extra[i]] for i, pr in enumerate(prods)]
            out.append(Table(kind, c, None, ["TT", "Sản phẩm", "Đơn vị", "Giá 2027 (đồng)", extra_h], rows,
                             note, block))
        elif kind == "price":
            rows = [[str(i + 1), pr[0], f"đồng/{pr[1]}"] + [_F(f"pr.{i}.{y}", "n") for y in YEARS]
                    for i, pr in enumerate(prods)]
            out.append(Table(kind, c, None, ["TT", "Sản phẩm", "ĐVT"] + yh, rows, note, block))
        elif kind == "comp":
            out.append(Table(kind, c, None, L["comp"][0], L["comp"][1], note, block))
        elif kind.startswith("raw"):
            r = int(kind[3:])
            raw = P["raws"][r]
            runit = raw[1]
            rows = []
            for s, (lab, _, cw, _) in enumerate(raw[4]):
                rows.append([str(s + 1), lab, f"{_F(f'supc.{r}.{s}', 'n')} {cw} × {_F(f'supy.{r}.{s}', 'n')} {runit}",
                             _F(f"sup.{r}.{s}", "n")])
            rows.append(["", "Tổng nguồn cung", "", _F(f"sup.{r}", "n")])
            norm = raw[2]
            for y in YEARS:
                basis = (f"{_F(f'out.{y}', 'n')} {u} × {str(norm).replace('.', ',')} {runit}"
                         if not isinstance(norm, list) else "theo định mức từng sản phẩm")
                rows.append(["", f"Nhu cầu năm {y}", basis, _F(f"need.{r}.{y}", "n")])
            if L.get("balance", True):
                rows.append(["", "Còn dư năm 2029", "", _F(f"spare.{r}.2029", "n")])
            out.append(Table(kind, c, None, ["TT", "Nguồn cung", "Quy mô", f"Số lượng ({runit}/năm)"], rows,
                             note, block))
        elif kind == "equip":
            out.append(Table(kind, c, None, L["equip"][0], L["equip"][1], note, block))
        elif kind == "staff":
            rows = [[str(k + 1), role] + [_F(f"st.{k}.{y}", "n") for y in YEARS]
                    for k, (role, _) in enumerate(P["roles"])]
            rows.append(["", "Tổng số lao động"] + [_F(f"st.{y}", "n") for y in YEARS])
            rows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [_F(f"wage.{y}", "t1") for y in YEARS])
            rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [_F(f"wf.{y}", "t1") for y in YEARS])
            out.append(Table(kind, c, None, ["TT", "Bộ phận"] + yh, rows, note, block))
        elif kind == "out":
            rows = [[str(i + 1), pr[0], pr[1]] + [_F(f"pk.{i}.{y}", "n") for y in YEARS]
                    for i, pr in enumerate(prods)]
            rows.append(["", L.get("out_label", f"Quy ra {u}"), u] + [_F(f"out.{y}", "n") for y in YEARS])
            if L.get("show_cap", True):
                rows.append(["", "Công suất thiết kế", u] + [_F("cap", "n")] * 3)
                rows.append(["", "Mức sử dụng công suất", "%"] + [_F(f"use.{y}", "p1") for y in YEARS])
            out.append(Table(kind, c, None, ["TT", "Sản phẩm", "ĐVT"] + yh, rows, note, block))
        elif kind == "inv":
            unit, code = MONEY[L.get("inv_money", "trieu0")]
            rows = [[str(j + 1), lab, _F(f"inv.{j}", code)] for j, (lab, _, _) in enumerate(P["inv"])]
            rows.append(["", "Tổng cộng", _F("inv", code)])
            out.append(Table(kind, c, unit, ["TT", "Hạng mục đầu tư", "Thành tiền"], rows, note, block))
        elif kind == "src":
            unit, code = MONEY[L.get("inv_money", "trieu0")]
            rows = [[str(k + 1), lab, _F(f"src.{k}", code), _F(f"srcp.{k}", "p1")]
                    for k, (lab, _) in enumerate(P["src"])]
            rows.append(["", "Tổng cộng", _F("src", code), "100,0"])
            out.append(Table(kind, c, unit, ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows, note, block))
        elif kind == "rev":
            unit, code = MONEY[L.get("money", "trieu")]
            rows = [[str(i + 1), pr[0]] + [_F(f"rev.{i}.{y}", code) for y in YEARS] for i, pr in enumerate(prods)]
            rows.append(["", "Tổng doanh thu"] + [_F(f"rev.{y}", code) for y in YEARS])
            out.append(Table(kind, c, unit, ["TT", "Sản phẩm"] + yh, rows, note, block))
        elif kind == "cost":
            unit, code = MONEY[L.get("money", "trieu")]
            labs = ([f"Nguyên liệu: {raw[0].split(' (')[0].lower()}" for raw in P["raws"]] + [P["pack_label"]]
                    + [lab for lab, _ in P["units"]]
                    + ["Tiền lương", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Chi phí khác",
                       "Thuế, phí"])
            keys = ([f"c.raw.{r}" for r in range(len(P["raws"]))] + ["c.pack"]
                    + [f"c.u.{j}" for j in range(len(P["units"]))]
                    + ["c.wage", "c.dep", "c.int", "c.sell", "c.other", "c.tax"])
            labs = L.get("cost_labels", labs)
            rows = []
            for n, (lab, k) in enumerate(zip(labs, keys)):
                cells = [_F(k, code)] * 3 if k in ("c.dep", "c.other") else [_F(f"{k}.{y}", code) for y in YEARS]
                rows.append([str(n + 1), lab] + cells)
            rows.append(["", "Tổng chi phí"] + [_F(f"cost.{y}", code) for y in YEARS])
            out.append(Table(kind, c, unit, ["TT", "Khoản mục"] + yh, rows, note, block))
        elif kind == "summ":
            unit, code = MONEY[L.get("money", "trieu")]
            rows = [["1", "Doanh thu"] + [_F(f"rev.{y}", code) for y in YEARS],
                    ["2", "Tổng chi phí"] + [_F(f"cost.{y}", code) for y in YEARS],
                    ["3", "Lợi nhuận"] + [_F(f"profit.{y}", code) for y in YEARS],
                    ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [_F(f"margin.{y}", "p1") for y in YEARS]]
            out.append(Table(kind, c, unit, ["TT", "Chỉ tiêu"] + yh, rows, note, block))
        elif kind in ("legal", "sched"):
            out.append(Table(kind, c, None, L[kind][0], L[kind][1], note, block))
        else:
            raise ValueError(kind)
    return out


def table_md(t: Table, m: dict, st: dict) -> str:
    """The table as FORMAT.md source (caption, unit line, pipe table, note)."""
    lines = [t.caption, ""]
    if t.block:
        lines += [f"::: {t.block}", ""]
    if t.unit:
        lines.append(t.unit)
    lines.append("| " + " | ".join(t.header) + " |")
    lines.append("|" + "---|" * len(t.header))
    for r in t.rows:
        lines.append("| " + " | ".join(render(c, m, st) for c in r) + " |")
    if t.block:
        lines += ["", ":::"]
    if t.note:
        lines += ["", render(t.note, m, st)]
    return "\n".join(lines)


# =========================================================================== checking
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, key: str):
        super().__init__(STEMS[key])
        self.key = key
        self.lines = [ln.strip() for ln in self.body.splitlines()]

    def table(self, caption: str) -> list[list[str]] | None:
        """The rows (header first, separator dropped) of the table printed under `caption`."""
        for i, ln in enumerate(self.lines):
            if ln.strip("* ") == caption:
                rows, j = [], i + 1
                while j < len(self.lines) and not self.lines[j].startswith("|"):
                    if self.lines[j] and not (self.lines[j].startswith("ĐVT") or self.lines[j].startswith(":::")):
                        return None
                    j += 1
                while j < len(self.lines) and self.lines[j].startswith("|"):
                    cells = [c.strip() for c in self.lines[j].strip("|").split("|")]
                    if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                        rows.append(cells)
                    j += 1
                return rows
        return None


def _style(key: str) -> dict:
    return {**STYLE, **PLANS[key]["ws"]}


def _num_cell(cell: str) -> bool:
    return bool(re.fullmatch(r"\[[\w.]+\|(t1|t0|d|k|n|p1|y1|x2)\]", cell))


def check_model(p: Plan, key: str) -> tuple[dict, dict]:
    """Printed and true model differ only where planted (by > 5 %) and in the declared knock-ons."""
    t, m = model(key), printed(key)
    pl = PLANT.get(key, {})
    planted, knock = pl.get("planted", set()), pl.get("knock", set())
    diff = {k for k in t if not close(t[k], m[k], 1e-9)}
    p.check(diff == planted | knock,
            f"printed differs from true in {sorted(diff)}, declared {sorted(planted | knock)}")
    for k in planted:
        p.check(off(m[k], t[k], 5.0), f"planted {k}: printed {m[k]:.2f} vs true {t[k]:.2f} is not > 5 % off")
        p.check(abs(m[k] / t[k] - 1) <= 0.45, f"planted {k}: printed {m[k]:.2f} vs true {t[k]:.2f} is too far off")
    return t, m


def check_tables(p: Plan, key: str, m: dict) -> None:
    """Every cell of every table equals the printed model (numbers within 1 % or half a unit)."""
    st = _style(key)
    for tab in tables(key):
        rows = p.table(tab.caption)
        if rows is None:
            p.failures.append(f"table not found: {tab.caption}")
            continue
        if rows[0] != tab.header or len(rows) - 1 != len(tab.rows):
            p.failures.append(f"{tab.caption}: header or row count differs")
            continue
        for want, got in zip(tab.rows, rows[1:]):
            if len(want) != len(got):
                p.failures.append(f"{tab.caption}: row {got[:2]} has {len(got)} cells")
                continue
            for w, g in zip(want, got):
                if _num_cell(w):
                    k, code = FIELD.fullmatch(w).groups()
                    scale = {"d": 1e6, "k": 1e3}.get(code, 1)
                    try:
                        val = vn(g) / scale
                    except ValueError:
                        p.failures.append(f"{tab.caption}: {g!r} is no number")
                        continue
                    tol = max(0.01 * abs(m[k]), decimals(code) * 1.001)
                    p.check(abs(val - m[k]) <= tol, f"{tab.caption} {got[1]}: {g} vs model {m[k]:.3f}")
                else:
                    exp = render(w, m, st)
                    p.check(g == exp, f"{tab.caption}: cell {g!r}, expected {exp!r}")
        if tab.note:
            p.has(render(tab.note, m, st))


def check_phrases(p: Plan, key: str, m: dict) -> None:
    st = _style(key)
    for ph in PHR[key]:
        p.has(render(ph, m, st))


MONEY_WORDS = re.compile(r"(\d{1,3}(?:\.\d{3})+) đồng(?:/[\wà-ỹ ]+?)? \((?:[Bb]ằng chữ: )?([^()]*?) đồng")


def money_words(p: Plan) -> list[tuple[float, float | None, str]]:
    """Every '<digits> đồng (<words> đồng)' of the text: (digits, words read back, excerpt)."""
    out = []
    for g in MONEY_WORDS.finditer(p.body):
        out.append((vn(g.group(1)), parse_words(g.group(2)), g.group(0)))
    return out


def check_money_words(p: Plan, slips: int = 0, at_least: int = 4) -> None:
    """The figures written in words equal their digits (except `slips` planted ones)."""
    pairs = money_words(p)
    bad = [(d, w, s) for d, w, s in pairs if w is None or not close(d, w, 1e-9)]
    p.check(len(pairs) >= at_least, f"only {len(pairs)} amounts in digits and words")
    p.check(len(bad) == slips, f"{len(bad)} amounts whose words differ from their digits "
                               f"(expected {slips}): {[s for _, _, s in bad]}")


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument or district level in a ready plan")
    p.lacks(PLACEHOLDER, "template placeholder")
    for d in re.findall(r"[Đđ]ến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        p.check(int(d[1]) >= 2029, f"paper valid only to {d[0]}")


def relations(p: Plan, key: str, t: dict, planted: set[str]) -> None:
    """What a reviewer checks between figures, on the true model: broken only where planted."""
    P = PLANS[key]
    for r in range(len(P["raws"])):
        worst = max(t[f"need.{r}.{y}"] / t[f"sup.{r}"] for y in YEARS)
        if f"material-shortfall:{r}" in planted:
            p.check(worst > 1.05, f"raw {r}: planted shortfall only {worst:.3f}")
        else:
            p.check(worst <= 1.0, f"raw {r}: need / supply {worst:.3f}")
    use = max(t[f"use.{y}"] for y in YEARS)
    if "capacity-exceeded" in planted:
        p.check(use > 105, f"planted capacity use only {use:.1f} %")
    else:
        p.check(use <= 90, f"capacity use {use:.1f} %")
    gap = (t["inv"] - t["src"]) / t["inv"] * 100
    if "capital-mismatch" in planted:
        p.check(gap > 5, f"planted capital gap only {gap:.1f} %")
    else:
        p.check(abs(gap) < 1e-9, f"sources differ from investment by {gap:.1f} %")
    g = max(t[f"g.out.{y}"] for y in YEARS)
    if "unrealistic-growth" in planted:
        p.check(g >= 80, f"planted growth only {g:.1f} %")
    else:
        p.check(g <= 25 and max(t[f"g.rev.{y}"] for y in YEARS) <= 30, f"growth {g:.1f} %")
        p.check(all(0 < t[f"margin.{y}"] < 30 for y in YEARS), "true margin outside 0-30 %")
    if "unrealistic-growth" not in planted:
        p.check(1.0 <= t["payback"] <= 6, f"true payback {t['payback']:.2f}")


# =========================================================================== per plan
PAPERS = ("tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "QR", "mã lô")
NO_ENV = r"môi trường|nước thải|chất thải|xử lý|bể lắng|hố lắng|biogas|(?<!\w)rác|mùi|khí thải|ô nhiễm"
NO_STD = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|an toàn)"
NO_REG = r"đăng ký|mã số thuế|giấy phép|hộ kinh doanh|doanh nghiệp|hợp tác xã|tổ hợp tác"
NO_ATTP = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết"
NO_TM = r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo"
NO_LIC = r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm"


def _ready_food(p: Plan) -> None:
    check_ready(p)
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", *PAPERS)


def special(p: Plan, key: str, t: dict) -> None:
    """The textual defects and the literal figures a reviewer multiplies by hand."""
    P = PLANS[key]
    if key == "jc01":
        _ready_food(p)
        p.has("Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường", "bể lắng")
        p.has("mỗi chảo rang được bảy ki-lô-gam", "Mỗi ki-lô-gam ruốc cần khoảng bốn ki-lô-gam tôm tươi")
        p.check(t["capr"] == 2 * 7 and P["raws"][0][2] == 4.0, "jc01 capacity or norm")
    elif key == "jc02":
        _ready_food(p)
        p.has("không ghi công dụng chữa bệnh", "Đơn đăng ký nhãn hiệu", "hố thấm")
        p.has("Cần khoảng 1,05 kg mật thô cho 1 kg mật thành phẩm")
        p.check(P["raws"][0][2] == 1.05, "jc02 norm")
    elif key == "jc03":
        check_ready(p)
        p.has("không phải là thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
              "nhãn hiệu tập thể", "đăng ký môi trường", "Luật Hợp tác xã năm 2023", "tem QR")
        p.has("ba mươi hai thợ, mỗi thợ khoảng hai chiếc một ngày")
        p.check(t["capr"] == 32 * 2, "jc03 capacity")
        p.has("Mỗi nón thường cần khoảng 0,12 kg lá khô, nón bài thơ 0,13 kg, một hộp nón mini 0,1 kg")
        p.check(P["raws"][0][2] == [0.12, 0.13, 0.10] and P["raws"][1][2] == [1, 1, 3], "jc03 norms")
    elif key == "jc04":
        _ready_food(p)
        p.has("không ghi công dụng chữa bệnh", "Giấy chứng nhận nhãn hiệu", "đăng ký môi trường")
        p.lacks(r"điều trị|giải độc|mát gan|bổ gan|men gan|viêm gan", "health claim")
        p.has("Định mức: 0,08 kg cây khô cho một hộp trà, 0,52 kg cho một túi 500 g, 1 kg cho một hũ cao")
        p.check(P["raws"][0][2] == [0.08, 0.52, 1.0], "jc04 norms")
    elif key == "jc05":
        p.lacks(NO_LIC, "alcohol licence mentioned")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "tự công bố",
              "Không dành cho người dưới 18 tuổi", "đăng ký môi trường", "Giấy chứng nhận nhãn hiệu")
        p.has("mỗi nồi chưng được khoảng hai mươi tư lít", "24 lít/ngày mỗi nồi",
              "đủ năng lực chưng cất cho toàn bộ sản lượng kế hoạch đến năm 2029")
        p.check(t["capr"] == 2 * 24, "jc05 stills")
        p.check(all(t[f"st.{y}"] == t["st.2027"] for y in YEARS), "jc05 staff should stay the same")
        p.check(not any("chưng cất" in lab.lower() for lab, _, _ in P["inv"]), "jc05 buys a still")
        p.has("Mỗi lít rượu thành phẩm cần khoảng 1,2 kg gạo nếp và 0,3 kg quả sim")
    elif key == "jc06":
        p.lacks(NO_ENV, "environmental words in the no-environment-measures plan")
        p.has("Nguồn cá bảo đảm đủ cho kế hoạch sản xuất", "Mỗi lít nước mắm cần khoảng 1,3 kg cá cơm")
        p.lacks(r"Còn dư|Thiếu|thiếu hụt", "a balance row or word")
        p.has("sáu mươi thùng gỗ, mỗi thùng cho khoảng năm trăm hai mươi lít")
        p.check(t["cap"] == 60 * 520, "jc06 vats")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", *PAPERS)
    elif key == "jc07":
        p.lacks(NO_TM, "trademark words in the no-trademark plan")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", *PAPERS[:4])
        p.has("gấp đôi", "gấp ba năm 2027", "Tổ giữ nguyên", "Nhu cầu bánh gai trên thị trường rất lớn",
              "tổ đủ vốn thực hiện phương án")
        p.check(all(t[f"st.{y}"] == t["st.2027"] for y in YEARS), "jc07 staff should stay the same")
        p.check(t["out.2028"] == 2 * t["out.2027"] and t["out.2029"] == 3 * t["out.2027"], "jc07 doubling")
        p.has("mỗi mẻ ba trăm chiếc, mỗi ngày bốn mẻ")
        p.check(t["capr"] == 2 * 300 * 4, "jc07 steamers")
    elif key == "jc08":
        p.lacks(NO_ATTP, "food-safety words in the no-food-safety plan")
        p.has("tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "Giấy chứng nhận nhãn hiệu")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Hương Khê")
        p.lacks(r"148/QĐ-TTg|1489", "current programme decisions in the outdated plan")
        p.has("Cần khoảng 0,35 kg quả cho một chai 330 ml, 3 kg cho một chai nước cốt 1 lít, 1,2 kg")
        rev = p.table(LAYOUT[key]["captions"]["rev"])
        if rev:  # the planted line against the plan's own packs and prices
            got = vn(rev[1][3])
            p.check(off(got, t["pk.0.2028"] * t["pr.0.2028"] / 1e6, 5), "jc08 planted line not off")
    elif key == "jc09":
        p.check(p.count("Hợp tác xã Du lịch sinh thái Thác Mơ") == 3, "jc09 other producer's name 3 times")
        p.check(p.count("Hợp tác xã Du lịch cộng đồng Khe Lim") >= 2, "jc09 own name")
        p.check(bool(re.search(PLACEHOLDER, p.body)), "jc09 placeholder missing")
        p.has("[tên sản phẩm]", "……………")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Luật Du lịch năm 2017",
              "đăng ký môi trường")
        p.check(t["capr"] == 28, "jc09 beds")
    elif key == "jc10":
        p.lacks(NO_STD, "standard words in the no-product-standard plan")
        p.lacks(NO_REG, "registration words in the no-business-registration plan")
        p.has("Bản cam kết bảo đảm an toàn thực phẩm", "43/2017/NĐ-CP", "bảo hộ nhãn hiệu", "tem QR")
        cost = p.table(LAYOUT[key]["captions"]["cost"])
        if cost:  # the planted total against the plan's own lines
            lines = sum(vn(r[2]) for r in cost[1:-1])
            p.check(off(vn(cost[-1][2]), lines, 5), "jc10 planted total not off")
            p.check(close(lines, t["cost.2027"], 0.001), "jc10 lines")
    if key != "jc08":
        p.lacks(REPLACED, "outdated instrument or district level")
    if key != "jc09":
        p.lacks(PLACEHOLDER, "template placeholder")
    n = len(re.findall(r"(?m)^\**Bảng \d+\.", p.body))
    p.check(10 <= n <= 15, f"{n} tables")


DEFECTS = {  # planted rules per plan (the expected front matter says the same)
    "jc05": {"no-alcohol-license", "capacity-exceeded", "payback-mismatch"},
    "jc06": {"no-environment-measures", "material-shortfall:0", "figure-inconsistent"},
    "jc07": {"capital-mismatch", "no-trademark", "unrealistic-growth"},
    "jc08": {"no-food-safety", "revenue-mismatch", "outdated-policy"},
    "jc09": {"profit-mismatch", "name-inconsistent", "boilerplate"},
    "jc10": {"table-total-mismatch", "no-product-standard", "no-business-registration"},
}
SKETCHY = {
    # stem key: (quantity, price đ, revenue đ, words that must not appear)
    "jc11": (300, 150000, 45000000, r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|truy xuất|môi trường"),
    "jc12": (3000, 35000, 105000000, r"đăng ký|tiêu chuẩn|nhãn hiệu|truy xuất|môi trường|tổ hợp tác số"),
}


def check_full(key: str) -> Plan:
    p = Plan(key)
    t, m = check_model(p, key)
    check_tables(p, key, m)
    check_phrases(p, key, m)
    check_money_words(p, slips=1 if key == "jc06" else 0)
    if key == "jc06":
        bad = [(d, w) for d, w, _ in money_words(p) if w is None or not close(d, w, 1e-9)]
        p.check(bad == [(t["inv"] * 1e6, printed(key)["inv.words"] * 1e6)], f"jc06 slip {bad}")
    relations(p, key, t, DEFECTS.get(key, set()))
    special(p, key, t)
    return p


def check_sketchy(key: str) -> Plan:
    p = Plan(key)
    qty, price, rev, banned = SKETCHY[key]
    words_n = len(re.findall(r"\w+", p.body))
    p.check(150 <= words_n <= 350, f"{words_n} words")
    p.check(not p.rows, "a sketchy plan has a table")
    p.check(qty * price == rev, "sketchy revenue = quantity x price")
    p.has(f"{fmt(price, 'n', STYLE)} đồng/", f"{fmt(rev / 1e6, 'd', STYLE)} đồng")
    check_money_words(p, at_least=1)
    p.lacks(banned, "a paper the sketchy plan does not have")
    p.lacks(REPLACED, "outdated instrument or district level")
    if key == "jc11":
        p.has("khoảng ba tạ bột (300 kg)", "hai tấn rưỡi củ", "năm mươi triệu đồng")
    else:
        p.has("khoảng ba nghìn cái chổi", "ba mươi triệu đồng", "sáu gia đình")
    return p


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if not a.startswith("-")] or sorted(STEMS)
    plans = [check_full(k) if k in PLANS else check_sketchy(k) for k in keys]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
