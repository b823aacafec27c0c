"""The 234th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout234/arithmetic.py [ia01 ia05 ...]

Theme: producers who sell their product alone and also in gift boxes, gift baskets and combos that
hold several items, some made by the producer, some bought in from other producers. For every full
plan (ia01-ia10) the constants give the producer's own products (pack size in the plan's base unit,
price and packs sold alone each year, packaging cost a pack), the bought-in items (supplier,
purchase and retail price), the sets (price and number sold each year, the shell - box, basket,
bag - and what one set holds), the raw materials (norm per base unit or per pack, price, supply rows
as count x yield), the rating of the equipment or the hands that limit output, staff and wages,
investment items and sources, loans, the 2024-2026 history. From them `model()` computes:

- the quantity of every item the sets use up = sets sold x quantity in one set;
- packs of each own product to make = packs sold alone + packs used by the sets; output in the base
  unit = sum of packs x size; capacity use = output / (rating x days);
- raw material need = output x norm (or packs x norm) against supply = sum of count x yield;
- the value of one set's contents at retail prices and the difference to the set's price;
- bought-in purchases = items used x purchase price;
- revenue = packs sold alone x price + sets x set price; costs: raw material, bought-in items,
  packaging of every own pack, the sets' shells, energy, piece wages, the wage fund, selling and
  tax as shares of revenue, depreciation, interest, other; profit, margin, payback.

`tables()` turns the model into every table cell the plans print (the generator that wrote the
Markdown used the same function); the checker finds each table in the source by its caption and
compares every cell, then checks the figures the prose states. A planted numeric defect is printed
wrong: the model is computed twice (as printed, with the plants, and true, without them), the
planted figures must differ from the true ones by more than 5 %, and no other figure may differ
beyond 1 % except the declared knock-ons. Textual defects are asserted by the absence or presence
of their words; ready plans cite no replaced instrument. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def fi(x: float) -> str:
    """Integer with dotted thousands: 12345 -> 12.345."""
    s = f"{abs(round(x)):,}".replace(",", ".")
    return ("-" if round(x) < 0 else "") + s


def fd(x: float, d: int = 1) -> str:
    """Decimal comma, dotted thousands: 1234.5 -> 1.234,5."""
    if d == 0:
        return fi(x)
    neg = x < 0
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if neg else "") + s


class Num:
    """A numeric table cell: value and decimals; zero may print as a dash."""

    def __init__(self, v: float, d: int = 0, dash: bool = False):
        self.v, self.d, self.dash = v, d, dash

    def __str__(self) -> str:
        if self.dash and abs(self.v) < 1e-9:
            return "–"
        return fd(self.v, self.d)


# --------------------------------------------------------------------------- constants
# own: (key, label, pack word, size in base unit, prices [3] đ, packs sold alone [3], packaging đ/pack)
# bought: (key, label, unit word, supplier, purchase price đ, retail price đ)
# sets: (key, label, word, prices [3] đ, sets sold [3], shell đ/set, shell text, [(item key, qty)])
# raws: (key, label, unit, norm per base unit or {own key: norm per pack}, price đ/unit, decimals,
#        supply rows [(label, [count per year], count word, yield per count)])
# cap: (rating per day, days, rating text, own keys it binds or None = all)
# roles: [(role, [staff per year])]; wage: [monthly wage per year, triệu]
# energy: đ per base unit; piece: {own key: đ per pack} (piece wages); sell, tax: shares of revenue
# inv: [(label, triệu, fixed?)]; src: [(label, triệu)]; life: years; loan: balance [3]; rate; other: triệu
# hist: out [3] base units, price [3] đ per base unit, sets [3], margin [3]
# opts: contents = per_box | matrix | list; money = trieu | nghin; cap_word = Bảng | Biểu ...
# plant: rev_line {(key, y): printed}, profit {y: printed}, payback printed,
#        value_total {set key: printed đ}, use_alone (capacity use printed on packs sold alone)
PLANS: dict[str, dict] = {
    # ------------------------------------------------------------------ ia01 ready, food
    "ia01": dict(
        stem="ia01_keo_cu_do_tien_dien_cty", verdict="ready", unit="kg", unit_word="kg kẹo",
        own=[("A", "Cu đơ thanh, túi 10 thanh 300 g", "túi", 0.3, [45000, 46000, 47000],
              [28000, 30000, 32000], 2500),
             ("B", "Cu đơ hộp giấy 500 g", "hộp", 0.5, [80000, 82000, 84000], [9000, 10000, 11000], 8000),
             ("C", "Cu đơ gừng, hộp 200 g", "hộp", 0.2, [38000, 39000, 40000], [10000, 11000, 12000], 4500)],
        bought=[("T", "Chè xanh búp khô, túi 200 g", "túi", "Hợp tác xã Chè Sơn Bình", 70000, 90000),
                ("M", "Mứt gừng, hộp 250 g", "hộp", "Hộ kinh doanh Mứt gừng Xuân Hội", 48000, 60000)],
        sets=[("S1", "Hộp quà Tết Tiên Điền", "hộp", [290000, 298000, 306000], [1800, 2100, 2400], 35000,
               "hộp giấy cứng in hoa văn, lót nhung", [("B", 2), ("T", 1), ("M", 1)]),
              ("S2", "Combo 3 món quê Nghi Xuân", "combo", [165000, 169000, 173000], [2500, 2800, 3100], 8000,
               "túi giấy kraft có quai", [("A", 1), ("C", 1), ("T", 1)])],
        raws=[("lac", "Lạc nhân", "kg", 0.45, 55000, 0,
               [("Hộ trồng lạc thôn Hội Tiến", [30, 30, 30], "hộ", 300),
                ("Hộ trồng lạc thôn Xuân Mỹ", [15, 15, 15], "hộ", 300)]),
              ("mat", "Mật mía", "kg", 0.5, 28000, 0,
               [("Cơ sở nấu mật mía Thanh Chương (hợp đồng)", [1, 1, 1], "cơ sở", 13000)])],
        cap=(100, 280, "100 kg kẹo/ngày", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt thanh", [5, 5, 6]),
               ("Đóng gói, đóng hộp quà", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=6000, piece={}, sell=0.05, tax=0.015,
        inv=[("Nồi nấu kẹo có cánh khuấy (2 chiếc)", 180, True), ("Máy cán, cắt thanh kẹo", 150, True),
             ("Máy hàn màng co, máy đóng hộp", 90, True),
             ("Cải tạo kho và khu đóng hộp quà 40 m²", 160, True),
             ("Máy đóng gói thanh kẹo tự động", 320, True),
             ("Thiết kế hộp quà, nhãn, tem QR", 60, False), ("Vốn lưu động mua hàng dịp Tết", 300, False)],
        src=[("Vốn chủ sở hữu", 660), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, other=60,
        hist=dict(out=[14200, 15300, 16400], price=[165000, 170000, 175000], sets=[900, 1300, 1800],
                  margin=[0.12, 0.125, 0.13]),
        opts=dict(contents="per_box", money="trieu", cap_word="Bảng"),
        plant={}),
    # ------------------------------------------------------------------ ia02 ready, honey
    "ia02": dict(
        stem="ia02_mat_ong_son_kim_htx", verdict="ready", unit="kg", unit_word="kg mật",
        own=[("A", "Mật ong hoa rừng, chai 500 g", "chai", 0.5, [170000, 175000, 180000],
              [6000, 6500, 7000], 6000),
             ("B", "Mật ong hoa keo, hũ 1 kg", "hũ", 1, [260000, 268000, 276000], [2200, 2400, 2600], 9000),
             ("C", "Mật ong hoa rừng, chai 250 g", "chai", 0.25, [95000, 98000, 101000],
              [1500, 1600, 1700], 4000)],
        bought=[("N", "Tinh bột nghệ, hũ 100 g", "hũ", "Cơ sở tinh bột nghệ Sơn Giang", 55000, 70000),
                ("V", "Chè vằng túi lọc, hộp 20 túi", "hộp", "Hợp tác xã Dược liệu Sơn Lâm", 32000, 40000)],
        sets=[("S1", "Giỏ quà Sơn Kim", "giỏ", [480000, 490000, 500000], [700, 800, 900], 45000,
               "giỏ mây đan, giấy lót, nơ", [("A", 2), ("N", 1), ("V", 1)]),
              ("S2", "Hộp quà đôi mật ong", "hộp", [205000, 210000, 215000], [1200, 1400, 1600], 18000,
               "hộp giấy hai ngăn", [("C", 2), ("V", 1)])],
        raws=[("mat", "Mật ong thô", "kg", 1.05, 140000, 0,
               [("Đàn ong nội của 22 hộ thành viên", [520, 560, 600], "đàn", 8),
                ("Đàn ong ngoại nuôi theo mùa hoa keo", [180, 200, 220], "đàn", 22)])],
        cap=(40, 250, "40 kg mật/ngày", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kiểm tra mật, hạ thủy phần, lọc", [2, 2, 2]),
               ("Đóng chai, đóng giỏ quà", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=3000, piece={}, sell=0.05, tax=0.015,
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 180, True), ("Bồn lắng inox, máy lọc, máy chiết", 120, True),
             ("Phòng đóng chai, đóng giỏ 30 m²", 140, True), ("Thiết kế giỏ quà, nhãn, tem QR", 40, False),
             ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 200, 150], rate=0.066, other=40,
        hist=dict(out=[5600, 6050, 6500], price=[318000, 326000, 334000], sets=[600, 900, 1300],
                  margin=[0.09, 0.095, 0.1]),
        opts=dict(contents="matrix", money="trieu", cap_word="Bảng"),
        plant={}),
    # ------------------------------------------------------------------ ia03 ready, beverage (tea)
    "ia03": dict(
        stem="ia03_che_bup_son_hong_hkd", verdict="ready", unit="kg", unit_word="kg chè khô",
        own=[("A", "Chè búp khô, túi 200 g", "túi", 0.2, [62000, 64000, 66000], [9000, 9800, 10600], 2500),
             ("B", "Chè búp khô, túi 500 g", "túi", 0.5, [145000, 150000, 155000], [2400, 2600, 2800], 4000),
             ("C", "Chè búp đặc biệt, hộp thiếc 100 g", "hộp", 0.1, [58000, 60000, 62000],
              [2000, 2200, 2400], 12000)],
        bought=[("K", "Bộ ấm chén sứ men lam 6 chén", "bộ", "Xưởng gốm Lam Phúc (Bát Tràng, Hà Nội)",
                 180000, 230000),
                ("D", "Kẹo cu đơ, hộp 300 g", "hộp", "Công ty TNHH Kẹo gừng Xuân Thành", 40000, 50000),
                ("L", "Lạc rang húng lìu, hũ 300 g", "hũ", "Tổ hợp tác Lạc rang Đồng Môn", 35000, 45000)],
        sets=[("S1", "Hộp quà trà Sơn Hồng", "hộp", [420000, 430000, 440000], [600, 700, 800], 40000,
               "hộp gỗ thông có khay xốp", [("C", 2), ("K", 1), ("D", 1)]),
              ("S2", "Combo trà – kẹo – lạc", "combo", [150000, 154000, 158000], [900, 1000, 1100], 6000,
               "túi giấy có quai", [("A", 1), ("D", 1), ("L", 1)])],
        raws=[("che", "Búp chè tươi", "kg", 4.6, 14000, 0,
               [("Nương chè của hộ", [2, 2, 2], "ha", 8000),
                ("Hộ trồng chè thôn Khe Cò (hợp đồng)", [10, 10, 10], "hộ", 1400)])],
        cap=(22, 240, "22 kg chè khô/ngày", None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Hái, làm héo, sao, vò chè", [3, 3, 4]),
               ("Đóng gói, đóng hộp quà, bán hàng", [1, 2, 2])],
        wage=[5.0, 5.2, 5.4], energy=12000, piece={}, sell=0.05, tax=0.015,
        inv=[("Máy sao chè quay tay cải tiến và lò sấy", 120, True), ("Máy vò chè, máy hút chân không", 70, True),
             ("Máy sấy bơm nhiệt cho chè búp", 180, True),
             ("Phòng đóng gói, kho 30 m²", 90, True), ("Thiết kế hộp quà, nhãn, tem QR", 30, False),
             ("Vốn lưu động", 110, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        life=10, loan=[300, 220, 140], rate=0.08, other=25,
        hist=dict(out=[2900, 3100, 3300], price=[390000, 398000, 405000], sets=[700, 1000, 1300],
                  margin=[0.1, 0.105, 0.11]),
        opts=dict(contents="list", money="trieu", cap_word="Bảng"),
        plant={}),
    # ------------------------------------------------------------------ ia04 ready, handicraft
    "ia04": dict(
        stem="ia04_gio_may_tre_yen_ho_tht", verdict="ready", unit="chiếc", unit_word="sản phẩm",
        own=[("A", "Giỏ mây tròn có quai, đường kính 30 cm", "chiếc", 1, [95000, 98000, 101000],
              [4000, 4400, 4800], 2000),
             ("B", "Khay mây chữ nhật 40 × 30 cm", "chiếc", 1, [125000, 129000, 133000], [2500, 2700, 2900], 2000),
             ("C", "Hộp mây có nắp 25 × 25 cm", "chiếc", 1, [165000, 170000, 175000], [1200, 1300, 1400], 3000)],
        bought=[("H", "Mật ong, chai 500 g", "chai", "Hợp tác xã Ong mật Hòa Hải", 150000, 180000),
                ("T", "Chè xanh búp, túi 200 g", "túi", "Hộ kinh doanh Chè Trường Sơn", 65000, 85000),
                ("K", "Kẹo cu đơ, hộp 300 g", "hộp", "Cơ sở cu đơ Thiên Cầm", 38000, 50000),
                ("L", "Dầu lạc ép, chai 500 ml", "chai", "Tổ hợp tác Dầu lạc Phúc Trạch", 70000, 90000)],
        sets=[("S1", "Giỏ quà Tết Yên Hồ", "giỏ", [460000, 470000, 480000], [800, 900, 1000], 15000,
               "giấy lót, màng bọc, nơ, thiệp", [("A", 1), ("H", 1), ("T", 1), ("K", 1)]),
              ("S2", "Khay quà bếp quê", "khay", [350000, 358000, 366000], [600, 700, 800], 10000,
               "giấy lót, màng bọc, thiệp", [("B", 1), ("L", 1), ("T", 1), ("K", 1)])],
        raws=[("may", "Mây sợi khô", "kg", {"A": 0.35, "B": 0.45, "C": 0.55}, 45000, 0,
               [("Hộ sơ chế mây xã Hòa Hải", [18, 18, 18], "hộ", 250),
                ("Đại lý mây Tuyên Hóa (hợp đồng)", [1, 1, 1], "đại lý", 1000)])],
        cap=(2, 280, "24 thợ đan × 2 sản phẩm/ngày", None), cap_mult=24,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hoàn thiện, phun phủ, đóng giỏ quà", [2, 3, 3]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9], energy=1500, piece={"A": 25000, "B": 32000, "C": 45000},
        sell=0.05, tax=0.015,
        inv=[("Lò sấy mây bằng hơi nóng (thay xông lưu huỳnh)", 160, True),
             ("Buồng phun phủ có màng lọc sơn", 90, True), ("Nhà xưởng hoàn thiện, kho 100 m²", 200, True),
             ("Thiết kế mẫu, thiệp, nhãn, tem QR", 30, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 300)],
        life=10, loan=[300, 220, 140], rate=0.066, other=30,
        hist=dict(out=[7400, 8000, 8500], price=[140000, 145000, 150000], sets=[700, 1000, 1200],
                  margin=[0.08, 0.085, 0.09]),
        opts=dict(contents="per_box", money="trieu", cap_word="Biểu"),
        plant={}),
    # ------------------------------------------------------------------ ia05 revise, alcohol
    "ia05": dict(
        stem="ia05_ruou_nep_sim_ky_thuong_htx", verdict="revise", unit="lít", unit_word="lít rượu",
        own=[("A", "Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [80000, 82000, 84000],
              [22000, 24000, 26000], 9000),
             ("B", "Rượu nếp sim 29 độ, chai 300 ml", "chai", 0.3, [52000, 53000, 54000], [5000, 5500, 6000], 7000),
             ("C", "Rượu nếp sim, bình sành 1,5 lít", "bình", 1.5, [220000, 226000, 232000],
              [1500, 1600, 1700], 45000)],
        bought=[("L", "Ly thủy tinh khắc chữ (cặp)", "cặp", "Cơ sở thủy tinh Phú Hưng (Hà Nội)", 30000, 45000),
                ("M", "Mực khô, gói 200 g", "gói", "Hộ kinh doanh Hải sản khô Kỳ Xuân", 130000, 160000),
                ("R", "Lạc rang tỏi ớt, hũ 250 g", "hũ", "Tổ hợp tác Lạc rang Kỳ Phong", 30000, 40000)],
        sets=[("S1", "Hộp quà Tết Sim rừng", "hộp", [215000, 220000, 225000], [3000, 4500, 6000], 30000,
               "hộp gỗ ép in logo", [("A", 2), ("L", 1)]),
              ("S2", "Combo mồi nhậu đặc sản", "hộp", [270000, 276000, 282000], [1500, 2200, 3000], 15000,
               "hộp giấy cứng", [("B", 2), ("M", 1), ("R", 1)])],
        raws=[("nep", "Gạo nếp", "kg", 0.9, 22000, 0,
               [("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 450),
                ("Hộ trồng nếp thôn Tân Phú (hợp đồng)", [20, 20, 20], "hộ", 450)]),
              ("sim", "Quả sim chín", "kg", 0.5, 25000, 0,
               [("Đồi sim của hợp tác xã", [12, 12, 12], "ha", 900),
                ("Hộ hái sim thôn Kim Lũ", [30, 30, 30], "hộ", 150)])],
        cap=(40, 260, "2 nồi × 40 lít/ngày", None), cap_mult=2,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai, đóng hộp", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=9000, piece={}, sell=0.05, tax=0.02,
        inv=[("Hệ thống lọc, khử andehit", 220, True), ("Máy chiết rót, đóng nắp, dán nhãn", 160, True),
             ("Kho ủ rượu và kho hộp quà 60 m²", 180, True), ("Gian trưng bày, bán hàng 40 m²", 300, True),
             ("Thiết kế hộp quà, nhãn, tem QR", 60, False), ("Vốn lưu động mua hàng cho hộp quà", 380, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate=0.08, other=60,
        hist=dict(out=[15200, 16300, 17400], price=[158000, 162000, 166000], sets=[1400, 2100, 2900],
                  margin=[0.1, 0.105, 0.11]),
        opts=dict(contents="matrix", money="trieu", cap_word="Bảng"),
        plant=dict(use_alone=True, payback=1.7)),
    # ------------------------------------------------------------------ ia06 revise, food (fish sauce)
    "ia06": dict(
        stem="ia06_nuoc_mam_hai_loc_ctcp", verdict="revise", unit="lít", unit_word="lít nước mắm",
        own=[("A", "Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, [78000, 80000, 82000],
              [14000, 15000, 16000], 8000),
             ("B", "Nước mắm 30 độ đạm, chai 250 ml", "chai", 0.25, [36000, 37000, 38000], [6000, 6500, 7000], 5000),
             ("C", "Nước mắm 25 độ đạm, can 2 lít", "can", 2, [110000, 113000, 116000], [3000, 3200, 3400], 12000)],
        bought=[("T", "Mắm tôm, hũ 200 g", "hũ", "Công ty TNHH Mắm tôm Hải Phong", 28000, 35000),
                ("M", "Mực khô, gói 200 g", "gói", "Hộ kinh doanh Hải sản khô Xuân Phổ", 140000, 170000)],
        sets=[("S1", "Hộp quà Vị biển", "hộp", [385000, 395000, 405000], [1000, 1200, 1400], 32000,
               "hộp gỗ thông có quai", [("A", 2), ("T", 1), ("M", 1)]),
              ("S2", "Combo gian bếp", "combo", [140000, 144000, 148000], [1500, 1700, 1900], 10000,
               "hộp giấy ba ngăn", [("A", 1), ("B", 1), ("T", 1)])],
        raws=[("ca", "Cá cơm tươi", "kg", 1.2, 24000, 0,
               [("Tàu cá của cổ đông", [5, 5, 5], "tàu", 5000),
                ("Nậu vựa bến Hộ Độ (hợp đồng)", [2, 2, 2], "vựa", 4000)]),
              ("muoi", "Muối hạt", "kg", 0.35, 4000, 0,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 8000)])],
        cap=(170, 1, "140 thùng chượp × 170 lít/năm", None), cap_mult=140,
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Ướp chượp, đảo chượp, kéo rút", [3, 3, 3]),
               ("Lọc, chiết chai, đóng hộp quà", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8], energy=4000, piece={}, sell=0.05, tax=0.015,
        inv=[("Bổ sung 40 thùng chượp gỗ", 120, True), ("Máy lọc, máy chiết rót, đóng nắp", 150, True),
             ("Kho thành phẩm và khu đóng hộp quà 50 m²", 170, True),
             ("Thiết kế hộp quà, nhãn, tem QR", 50, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của cổ đông", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, other=45,
        hist=dict(out=[13800, 14700, 15600], price=[118000, 122000, 126000], sets=[800, 1300, 1900],
                  margin=[0.1, 0.11, 0.115]),
        opts=dict(contents="per_box", money="trieu", cap_word="Bảng"),
        plant=dict(value_total={"S1": 415000})),
    # ------------------------------------------------------------------ ia07 revise, herbal
    "ia07": dict(
        stem="ia07_tra_ca_gai_leo_hong_linh_cty", verdict="revise", unit="kg", unit_word="kg trà",
        own=[("A", "Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [45000, 46000, 47000],
              [30000, 33000, 36000], 8500),
             ("B", "Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [120000, 124000, 128000],
              [4000, 4400, 4800], 3000),
             ("C", "Trà cà gai leo túi lọc, hộp thiếc 50 túi", "hộp", 0.1, [95000, 98000, 101000],
              [3000, 3300, 3600], 20000)],
        bought=[("V", "Chè vằng túi lọc, hộp 25 túi", "hộp", "Hợp tác xã Chè vằng Cẩm Thịnh", 35000, 45000),
                ("H", "Mật ong hoa keo, chai 250 g", "chai", "Hộ kinh doanh Mật ong Vũ Quang Xanh", 60000, 75000),
                ("Q", "Ấm thủy tinh pha trà 600 ml", "chiếc", "Công ty TNHH Đồ gia dụng Hưng Phát", 65000, 85000)],
        sets=[("S1", "Hộp quà Thảo mộc Hồng Lĩnh", "hộp", [300000, 310000, 320000], [1500, 1800, 2100], 30000,
               "hộp giấy cứng nam châm", [("C", 2), ("V", 1), ("H", 1)]),
              ("S2", "Combo Trà sáng", "combo", [165000, 170000, 175000], [2000, 2400, 2800], 10000,
               "hộp giấy hai ngăn", [("A", 2), ("Q", 1)])],
        raws=[("cgl", "Cà gai leo tươi", "kg", 4.0, 12000, 0,
               [("Vùng trồng của công ty", [3, 3, 3], "ha", 5000),
                ("Hộ liên kết thôn Đồng Lộc", [12, 12, 12], "hộ", 800)])],
        cap=(30, 250, "30 kg trà khô/ngày", None),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, sấy, nghiền", [3, 3, 3]),
               ("Đóng túi lọc, đóng hộp quà", [3, 3, 4]), ("Bán hàng, thương mại điện tử", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=15000, piece={}, sell=0.06, tax=0.015,
        inv=[("Máy sấy bơm nhiệt", 280, True), ("Máy nghiền, máy đóng túi lọc tự động", 420, True),
             ("Nhà xưởng sơ chế, đóng gói 150 m²", 500, True), ("Thiết kế hộp quà, nhãn, tem QR", 80, False),
             ("Vốn lưu động", 320, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng TMCP Công Thương", 700)],
        life=10, loan=[700, 550, 400], rate=0.085, other=60,
        hist=dict(out=[3600, 3850, 4100], price=[620000, 635000, 650000], sets=[1200, 1800, 2500],
                  margin=[0.09, 0.1, 0.105]),
        opts=dict(contents="matrix", money="trieu", cap_word="Bảng", split_inv=True),
        plant=dict(text_price={"S1": 345000})),
    # ------------------------------------------------------------------ ia08 revise, food (rice paper)
    "ia08": dict(
        stem="ia08_banh_da_vung_viet_xuyen_tht", verdict="revise", unit="kg", unit_word="kg bánh",
        own=[("A", "Bánh đa vừng nướng sẵn, hộp 6 chiếc 300 g", "hộp", 0.3, [42000, 43000, 44000],
              [12000, 13000, 14000], 4000),
             ("B", "Bánh đa vừng chưa nướng, túi 10 chiếc 600 g", "túi", 0.6, [38000, 39000, 40000],
              [20000, 21500, 23000], 1500),
             ("C", "Bánh đa mè ngọt, gói 200 g", "gói", 0.2, [22000, 23000, 24000], [9000, 9500, 10000], 1200)],
        bought=[("K", "Kẹo lạc, gói 250 g", "gói", "Tổ hợp tác Kẹo lạc Thạch Hội", 25000, 32000),
                ("N", "Nước mắm cá cơm, chai 500 ml", "chai", "Hộ kinh doanh Nước mắm Thạch Bằng", 60000, 75000),
                ("R", "Lạc rang, hũ 300 g", "hũ", "Hộ kinh doanh Lạc rang Bà Bốn", 30000, 40000)],
        sets=[("S1", "Giỏ quà quê Việt Xuyên", "giỏ", [240000, 246000, 252000], [1200, 1500, 1800], 30000,
               "giỏ cói, giấy lót, nơ", [("A", 3), ("K", 1), ("N", 1)]),
              ("S2", "Combo ăn vặt 3 món", "combo", [105000, 108000, 111000], [3000, 3600, 4200], 5000,
               "túi giấy kraft", [("C", 2), ("K", 1), ("R", 1)])],
        raws=[("gao", "Gạo tẻ", "kg", 1.15, 15000, 0,
               [("Hộ trồng lúa thôn Đông Lạc", [45, 45, 45], "hộ", 700)]),
              ("vung", "Vừng đen", "kg", {"A": 0.036, "B": 0.06, "C": 0.03}, 70000, 0,
               [("Hộ trồng vừng thôn Đông Lạc", [20, 20, 20], "hộ", 90),
                ("Đại lý nông sản chợ Việt Xuyên (hợp đồng)", [1, 1, 1], "đại lý", 500)])],
        cap=(60, 250, "2 máy tráng × 60 kg/ngày", None), cap_mult=2,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Tráng, phơi, nướng bánh", [5, 5, 5]),
               ("Đóng gói, đóng giỏ quà", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], energy=3500, piece={}, sell=0.05, tax=0.015,
        inv=[("Máy tráng bánh tự động (1 chiếc bổ sung)", 160, True), ("Lò nướng bánh hồng ngoại", 90, True),
             ("Giàn phơi có mái che, kho 80 m²", 150, True), ("Thiết kế giỏ quà, nhãn, tem QR", 30, False),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=10, loan=[300, 200, 100], rate=0.06, other=30,
        hist=dict(out=[16500, 17600, 18500], price=[92000, 95000, 98000], sets=[1600, 2400, 3300],
                  margin=[0.09, 0.095, 0.1]),
        opts=dict(contents="list", money="trieu", cap_word="Bảng"),
        plant={}),
    # ------------------------------------------------------------------ ia09 revise, food (fresh oranges)
    "ia09": dict(
        stem="ia09_cam_phuc_dong_htx", verdict="revise", unit="kg", unit_word="kg cam",
        own=[("A", "Cam loại 1, thùng 10 kg", "thùng", 10, [250000, 260000, 270000],
              [6000, 6000, 6000], 8000),
             ("B", "Cam loại đặc biệt, hộp 3 kg", "hộp", 3, [150000, 155000, 160000], [3000, 3300, 3600], 12000)],
        bought=[("H", "Mật ong hoa rừng, chai 500 g", "chai", "Hợp tác xã Ong mật Hương Liên", 140000, 170000),
                ("T", "Chè xanh búp, túi 200 g", "túi", "Cơ sở chè Hương Đô", 60000, 80000),
                ("P", "Bưởi Phúc Trạch loại 1", "quả", "Tổ hợp tác Bưởi Phúc Trạch Đông", 40000, 50000)],
        sets=[("S1", "Giỏ quà Tết cam – mật ong", "giỏ", [430000, 440000, 450000], [2000, 6000, 15000], 40000,
               "giỏ tre, giấy lót, nơ", [("B", 1), ("H", 1), ("T", 1)]),
              ("S2", "Hộp quà cam – bưởi", "hộp", [260000, 266000, 272000], [1500, 1800, 2100], 15000,
               "hộp carton in màu", [("B", 1), ("P", 2)])],
        raws=[("cam", "Cam quả thu hoạch", "kg", 1.2, 12000, 0,
               [("Vườn cam của 26 hộ thành viên", [9, 9, 9], "ha", 15000),
                ("Hộ liên kết thôn Trung Lưu", [10, 10, 10], "hộ", 4000)])],
        cap=(1200, 150, "1.200 kg/ngày × 150 ngày vụ", None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Thu hái, phân loại", [3, 3, 3]),
               ("Đóng thùng, đóng giỏ quà", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=500, piece={}, sell=0.05, tax=0.015,
        inv=[("Nhà sơ chế, phân loại 120 m²", 240, True), ("Máy rửa, đánh bóng, phân cỡ quả", 180, True),
             ("Kho mát bảo quản 40 m³", 150, True), ("Thiết kế giỏ quà, thùng, mã QR", 40, False),
             ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=40,
        hist=dict(out=[72000, 75000, 78000], price=[34000, 35000, 36000], sets=[900, 1300, 1800],
                  margin=[0.1, 0.105, 0.11]),
        opts=dict(contents="per_box", money="trieu", cap_word="Bảng", alone="bán riêng", short_years=["sales"]),
        plant=dict(rev_line={("S1", 1): 3036.0})),
    # ------------------------------------------------------------------ ia10 revise, handicraft (wood)
    "ia10": dict(
        stem="ia10_khay_tra_go_khai_thinh_gia_dinh", verdict="revise", unit="sản phẩm", unit_word="sản phẩm",
        own=[("A", "Khay trà gỗ hương 40 × 28 cm", "chiếc", 1, [650000, 670000, 690000], [700, 800, 900], 20000),
             ("B", "Hộp đựng trà gỗ hương nắp trượt", "chiếc", 1, [180000, 185000, 190000],
              [1500, 1650, 1800], 8000),
             ("C", "Bộ 6 đế lót cốc gỗ", "bộ", 1, [120000, 124000, 128000], [1000, 1100, 1200], 5000)],
        bought=[("K", "Bộ ấm chén gốm men rạn 6 chén", "bộ", "Lò gốm Tân Hà", 220000, 280000),
                ("T", "Chè búp khô, túi 200 g", "túi", "Cơ sở chè búp Khe Giao", 65000, 85000)],
        sets=[("S1", "Bộ quà tặng Trà đạo", "hộp", [1250000, 1290000, 1330000], [400, 450, 500], 60000,
               "hộp gỗ thông lót vải", [("A", 1), ("B", 1), ("K", 1), ("T", 1)]),
              ("S2", "Hộp quà nhỏ Hương trà", "hộp", [360000, 370000, 380000], [800, 900, 1000], 20000,
               "hộp giấy cứng", [("B", 1), ("C", 1), ("T", 1)])],
        raws=[("go", "Gỗ hương xẻ sấy", "m³", {"A": 0.012, "B": 0.004, "C": 0.002}, 15000000, 1,
               [("Xưởng xẻ gỗ Hưng Nguyên (hợp đồng)", [1, 1, 1], "xưởng", 40)])],
        cap=(20, 300, "máy CNC và 3 thợ: 20 khay, hộp/ngày", ["A", "B"]),
        roles=[("Chủ xưởng, quản lý", [1, 1, 1]), ("Thợ mộc, thợ chạm", [3, 3, 3]),
               ("Đánh bóng, phủ dầu, đóng hộp", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=8000, piece={}, sell=0.06, tax=0.0,
        inv=[("Máy CNC khắc gỗ 1 đầu", 240, True), ("Máy chà nhám, máy hút bụi túi vải", 80, True),
             ("Mái che, kho gỗ sấy 60 m²", 120, True), ("Thiết kế hộp quà, nhãn, thiệp", 30, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của gia đình", 350), ("Vay Ngân hàng Nông nghiệp và PTNT (ông Khải đứng vay)", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, other=25,
        hist=dict(out=[4300, 4700, 5100], price=[265000, 272000, 280000], sets=[500, 800, 1000],
                  margin=[0.1, 0.11, 0.115]),
        opts=dict(contents="per_box", money="trieu", cap_word="Bảng", prices_k=True, short_years=["used"]),
        plant=dict(profit={0: 329.0})),
}

# The figures each plan's prose states (keys of values(); the generator filled them in or the text
# spells the same value out).
PROSE: dict[str, list[str]] = {
    "ia01": ['staff0', 'out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'staff2', 'hgrowth', 'S1_price',
             'S2_price', 'S1_diff', 'S2_diff', 'B_packs0', 'B_used0', 'outsets0', 'sharesets0', 'inv',
             'payback', 'margin0', 'margin2'],
    "ia02": ['out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'hgrowth', 'cap', 'use2', 'payback', 'inv',
             'A_price'],
    "ia03": ['out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'hgrowth', 'S1_value', 'S2_value', 'cap', 'inv',
             'payback', 'staff2', 'A_price'],
    "ia04": ['out0', 'out2', 'outsets0', 'sets0', 'sets2', 'rev0', 'rev2', 'piece0', 'pieceper0', 'hgrowth',
             'S1_price', 'S2_price', 'S1_value', 'cap', 'inv', 'payback', 'staff2'],
    "ia05": ['out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'hgrowth', 'cap', 'usea2', 'inv', 'payback',
             'A_price'],
    "ia06": ['out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'hgrowth', 'cap', 'payback', 'inv', 'A_price',
             'S1_diff'],
    "ia07": ['staff0', 'out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'hgrowth', 'cap', 'payback', 'staff2',
             'inv', 'A_price', 'S1_textprice'],
    "ia08": ['out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'hgrowth', 'S1_value', 'S2_value', 'cap',
             'payback', 'inv', 'A_price'],
    "ia09": ['out0', 'out2', 'S1_n0', 'S1_n2', 'rev0', 'rev2', 'hgrowth', 'payback', 'inv', 'S1_price'],
    "ia10": ['out0', 'out2', 'sets0', 'sets2', 'rev0', 'rev2', 'hgrowth', 'cap', 'payback', 'inv', 'A_price',
             'S1_price'],
}

# What each plan must and must not say: the papers ready plans rely on, the words whose absence
# makes a textual defect, the other producer's name of a copied plan.
NO_ENV = r"môi trường|chất thải|nước thải|(?<!\w)mùi|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm|khí thải"
CHECKS: dict[str, dict] = {
    "ia01": dict(rules=[], must=["Sở Công Thương", "Đăng ký môi trường", "Hợp tác xã Chè Sơn Bình",
                                 "danh sách từng món"]),
    "ia02": dict(rules=[], must=["không dùng cho trẻ dưới 1 tuổi", "Luật Hợp tác xã năm 2023", "22 thành viên"]),
    "ia03": dict(rules=[], must=["28B8012674", "Bát Tràng, Hà Nội", "máy sấy bơm nhiệt"]),
    "ia04": dict(rules=[], must=["Điều 12 Nghị định số 15/2018/NĐ-CP", "đăng ký môi trường", "không xông lưu huỳnh",
                                 "UBND xã Yên Hồ cấp Giấy chứng nhận đăng ký tổ hợp tác"]),
    "ia05": dict(rules=["no-alcohol-license", "capacity-exceeded", "payback-mismatch"],
                 must=["không tính vào công suất nồi", "Không dành cho người dưới 18 tuổi", "QCVN 6-3:2010/BYT",
                       "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường",
                       "khoảng 1,7 năm"],
                 must_not=[(r"giấy phép|cấp phép|105/2017|17/2020|thủ công nhằm", "alcohol licence")]),
    "ia06": dict(rules=["no-environment-measures", "table-total-mismatch", "outdated-policy"],
                 must=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện",
                       "UBND huyện Lộc Hà", "tiết kiệm 30.000 đồng"],
                 must_not=[(NO_ENV, "environment word"), (r"148/QĐ-TTg|1489/QĐ-TTg", "current instrument")]),
    "ia07": dict(rules=["no-product-standard", "capital-mismatch", "figure-inconsistent"],
                 must=["345.000 đồng/hộp", "bảo đảm đủ vốn", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                       "43/2017/NĐ-CP", "Nhãn hiệu", "truy xuất"],
                 must_not=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|an toàn)",
                            "product standard word")]),
    "ia08": dict(rules=["no-food-safety", "material-shortfall", "name-inconsistent"], short_raw="vung",
                 must=["bảo đảm đủ cho sản xuất cả giai đoạn", "TCCS 01:2025/VX", "43/2017/NĐ-CP", "truy xuất"],
                 must_not=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết", "food-safety word"),
                           (r"Còn dư|Thiếu|Chênh lệch", "balance row")],
                 at_least=[("Tổ hợp tác Bánh đa Thạch Châu", 3), ("Tổ hợp tác Bánh đa vừng Việt Xuyên", 3)]),
    "ia09": dict(rules=["no-label-plan", "revenue-mismatch", "unrealistic-growth"],
                 must=["Nhu cầu giỏ quà Tết rất lớn", "Số lao động giữ nguyên", "VietGAP", "TCCS 01:2025/PĐ",
                       "Nhãn hiệu tập thể"],
                 must_not=[(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|thẻ treo|ghi nhãn",
                            "label word")]),
    "ia10": dict(rules=["no-business-registration", "profit-mismatch", "boilerplate"],
                 must=["[tên sản phẩm]", "gia đình ông Trần Văn Khải", "máy hút bụi"],
                 must_not=[(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|"
                            r"hợp tác xã|tổ hợp tác|công ty|(?<!\w)thuế", "registration word")]),
}

SKETCHY = {"ia11": "ia11_keo_lac_hop_qua_so_sai", "ia12": "ia12_nhut_mit_combo_so_sai"}


# --------------------------------------------------------------------------- the model
def _r(x: float, d: int) -> float:
    return round(x + 0.0, d)


def model(c: dict, printed: bool = True) -> dict:
    """Every figure of a plan. Money in the plan's table unit (triệu đồng, one decimal, or nghìn
    đồng, whole); lines are rounded first and totals are sums of the rounded lines, as a producer's
    spreadsheet prints them. `printed` applies the planted defects (and their knock-ons)."""
    plant = c.get("plant", {}) if printed else {}
    mu, md = (1e6, 1) if c["opts"]["money"] == "trieu" else (1e3, 0)
    M = lambda x: _r(x / mu, md)  # noqa: E731  đồng -> table unit
    own = {o[0]: o for o in c["own"]}
    bought = {b[0]: b for b in c["bought"]}
    m: dict = {"mu": mu, "md": md}
    sets = c["sets"]
    m["boxes"] = {s[0]: list(s[4]) for s in sets}
    used = {}
    for s in sets:
        for item, q in s[7]:
            used.setdefault(item, [0, 0, 0])
            for y in range(3):
                used[item][y] += s[4][y] * q
    m["used"] = used
    m["alone"] = {k: list(o[5]) for k, o in own.items()}
    m["packs"] = {k: [o[5][y] + used.get(k, [0, 0, 0])[y] for y in range(3)] for k, o in own.items()}
    m["out_alone"] = [sum(o[5][y] * o[3] for o in own.values()) for y in range(3)]
    m["out_sets"] = [sum(used.get(k, [0, 0, 0])[y] * o[3] for k, o in own.items()) for y in range(3)]
    m["output"] = [m["out_alone"][y] + m["out_sets"][y] for y in range(3)]
    rating, days, _, binds = c["cap"]
    mult = c.get("cap_mult", 1)
    m["cap"] = rating * mult * days
    bound = [k for k in own if binds is None or k in binds]
    m["cap_out"] = [sum(m["packs"][k][y] * own[k][3] for k in bound) for y in range(3)]
    m["cap_out_alone"] = [sum(own[k][5][y] * own[k][3] for k in bound) for y in range(3)]
    m["use"] = [_r(m["cap_out"][y] / m["cap"] * 100, 1) for y in range(3)]
    m["use_alone"] = [_r(m["cap_out_alone"][y] / m["cap"] * 100, 1) for y in range(3)]
    # raw materials
    m["raw"] = {}
    for key, label, unit, norm, price, dec, rows in c["raws"]:
        if isinstance(norm, dict):
            need = [_r(sum(m["packs"][k][y] * n for k, n in norm.items()), dec) for y in range(3)]
        else:
            need = [_r(m["output"][y] * norm, dec) for y in range(3)]
        sup = [[_r(r[1][y] * r[3], dec) for y in range(3)] for r in rows]
        tot = [_r(sum(s[y] for s in sup), dec) for y in range(3)]
        m["raw"][key] = dict(need=need, sup=sup, tot=tot, spare=[_r(tot[y] - need[y], dec) for y in range(3)],
                             cost=[need[y] * price for y in range(3)])
    # set contents at retail value
    m["value"] = {}
    for s in sets:
        lines = []
        for item, q in s[7]:
            retail = own[item][4][0] if item in own else bought[item][5]
            lines.append((item, q, retail, q * retail))
        total = sum(x[3] for x in lines)
        total = plant.get("value_total", {}).get(s[0], total)
        m["value"][s[0]] = dict(lines=lines, total=total, diff=total - s[3][0])
    # bought-in purchases
    m["buy"] = {k: [M(used.get(k, [0, 0, 0])[y] * b[4]) for y in range(3)] for k, b in bought.items()}
    m["buy_tot"] = [_r(sum(v[y] for v in m["buy"].values()), md) for y in range(3)]
    # revenue
    rev = {}
    for k, o in own.items():
        rev[k] = [M(o[5][y] * o[4][y]) for y in range(3)]
    for s in sets:
        rev[s[0]] = [M(s[4][y] * s[3][y]) for y in range(3)]
    for (k, y), v in plant.get("rev_line", {}).items():
        rev[k][y] = v
    m["rev_lines"] = rev
    m["rev"] = [_r(sum(v[y] for v in rev.values()), md) for y in range(3)]
    # staff and wages
    m["staff"] = {r[0]: list(r[1]) for r in c["roles"]}
    m["staff_tot"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["wage_fund"] = [M(m["staff_tot"][y] * c["wage"][y] * 1e6 * 12) for y in range(3)]
    # investment
    m["inv"] = _r(sum(i[1] for i in c["inv"]) * 1e6 / mu, md)
    m["inv_fixed"] = sum(i[1] for i in c["inv"] if i[2])
    m["src"] = _r(sum(s[1] for s in c["src"]) * 1e6 / mu, md)
    m["dep"] = M(m["inv_fixed"] * 1e6 / c["life"])
    # costs
    lines = []
    lines.append(("raw", [M(sum(r["cost"][y] for r in m["raw"].values())) for y in range(3)]))
    lines.append(("buy", list(m["buy_tot"])))
    lines.append(("pack", [M(sum(m["packs"][k][y] * own[k][6] for k in own)) for y in range(3)]))
    lines.append(("shell", [M(sum(s[4][y] * s[5] for s in sets)) for y in range(3)]))
    if c["piece"]:
        lines.append(("piece", [M(sum(m["packs"][k][y] * r for k, r in c["piece"].items())) for y in range(3)]))
    lines.append(("energy", [M(m["output"][y] * c["energy"]) for y in range(3)]))
    lines.append(("wage", list(m["wage_fund"])))
    lines.append(("sell", [M(m["rev"][y] * mu * c["sell"]) for y in range(3)]))
    if c["tax"]:
        lines.append(("tax", [M(m["rev"][y] * mu * c["tax"]) for y in range(3)]))
    lines.append(("dep", [m["dep"]] * 3))
    lines.append(("int", [M(c["loan"][y] * 1e6 * c["rate"]) for y in range(3)]))
    lines.append(("other", [M(c["other"] * 1e6)] * 3))
    m["cost_lines"] = lines
    m["cost"] = [_r(sum(v[y] for _, v in lines), md) for y in range(3)]
    m["profit_true"] = [_r(m["rev"][y] - m["cost"][y], md) for y in range(3)]
    m["profit"] = list(m["profit_true"])
    for y, v in plant.get("profit", {}).items():
        m["profit"][y] = v if v else _r(m["profit_true"][y] * 1.3, md)
    m["margin"] = [_r(m["profit"][y] / m["rev"][y] * 100, 1) for y in range(3)]
    avg = sum(m["profit"]) / 3
    m["payback_calc"] = _r(m["inv"] / (avg + m["dep"]), 1)
    m["payback"] = plant.get("payback", m["payback_calc"])
    # history
    h = c["hist"]
    m["h_rev"] = [M(h["out"][y] * h["price"][y]) for y in range(3)]
    m["h_profit"] = [M(h["out"][y] * h["price"][y] * h["margin"][y]) for y in range(3)]
    m["h_growth"] = _r(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100, 1)
    m["rev_growth"] = [_r((m["rev"][y + 1] / m["rev"][y] - 1) * 100, 1) for y in range(2)]
    return m


# --------------------------------------------------------------------------- tables
COST_LABEL = {
    "raw": "Nguyên liệu chính", "buy": "Hàng mua ngoài cho hộp quà", "pack": "Bao bì sản phẩm",
    "shell": "Vỏ hộp, giỏ quà, phụ kiện", "piece": "Tiền công khoán sản phẩm", "energy": "Điện, nước, nhiên liệu",
    "wage": "Tiền lương", "sell": "Bán hàng, vận chuyển", "tax": "Thuế, phí", "dep": "Khấu hao tài sản cố định",
    "int": "Lãi vay", "other": "Chi phí khác"}


def _pct(x: float) -> str:
    return fd(x * 100, 1 if round(x * 100) != x * 100 else 0)


def tables(c: dict, m: dict) -> dict[str, dict]:
    """Every numeric table of a full plan, keyed; each: caption, unit line, header, rows."""
    own = {o[0]: o for o in c["own"]}
    bought = {b[0]: b for b in c["bought"]}
    items = {**{k: o[1] for k, o in own.items()}, **{k: b[1] for k, b in bought.items()}}
    item_word = {**{k: o[2] for k, o in own.items()}, **{k: b[2] for k, b in bought.items()}}
    md = m["md"]
    money = "triệu đồng" if md == 1 else "1.000 đồng"
    yh = [f"Năm {y}" for y in YEARS]
    Y = lambda v, d=0, dash=False: [Num(v[y], d, dash) for y in range(3)]  # noqa: E731
    out: dict[str, dict] = {}
    alone = c["opts"].get("alone", "bán lẻ")
    u = c["unit"]
    h = c["hist"]
    out["hist"] = dict(caption="Kết quả sản xuất kinh doanh 2024 – 2026", unit=None,
                       header=["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
                       rows=[["1", f"Sản lượng ({u})", *Y(h["out"])],
                             ["2", "Số hộp quà, combo bán ra", *Y(h["sets"])],
                             ["3", f"Giá bán bình quân (đồng/{u})", *Y(h["price"])],
                             ["4", f"Doanh thu ({money})", *Y(m["h_rev"], md)],
                             ["5", f"Lợi nhuận ({money})", *Y(m["h_profit"], md)]])
    rows = []
    pk = 1000 if c["opts"].get("prices_k") else 1  # prices in nghìn đồng where a set costs millions
    for i, (k, o) in enumerate(own.items(), 1):
        rows.append([str(i), o[1], o[2], *Y([x / pk for x in o[4]])])
    for j, s in enumerate(c["sets"], len(own) + 1):
        rows.append([str(j), s[1], s[2], *Y([x / pk for x in s[3]])])
    out["prices"] = dict(caption="Giá bán sản phẩm lẻ và hộp quà", unit="ĐVT: nghìn đồng" if pk > 1 else "ĐVT: đồng",
                         header=["TT", "Sản phẩm", "ĐVT", *yh], rows=rows)
    # contents
    form = c["opts"]["contents"]
    if form == "per_box":
        for s in c["sets"]:
            v = m["value"][s[0]]
            rows = []
            for i, (item, q, retail, val) in enumerate(v["lines"], 1):
                src = "Tự sản xuất" if item in own else "Mua ngoài"
                rows.append([str(i), items[item], src, Num(q), Num(retail), Num(val)])
            rows.append(["", "Cộng giá trị mua lẻ", "", "", "", Num(v["total"])])
            rows.append(["", f"Giá bán {s[2]} năm 2027", "", "", "", Num(s[3][0])])
            rows.append(["", "Chênh lệch (mua lẻ − giá hộp)", "", "", "", Num(v["diff"])])
            out["contents_" + s[0]] = dict(
                caption=f"Thành phần {s[1]} (một {s[2]})", unit="ĐVT: đồng",
                header=["TT", "Thành phần", "Nguồn", "SL", "Đơn giá lẻ", "Thành tiền"], rows=rows)
    elif form == "matrix":
        rows = []
        keys = list(dict.fromkeys(it for s in c["sets"] for it, _ in s[7]))
        for i, k in enumerate(keys, 1):
            src = "Tự sản xuất" if k in own else bought[k][3]
            q = [dict(s[7]).get(k, 0) for s in c["sets"]]
            rows.append([str(i), items[k], src, *[Num(x, 0, True) for x in q]])
        rows.append(["", "Giá bán năm 2027 (đồng)", "", *[Num(s[3][0]) for s in c["sets"]]])
        out["contents"] = dict(caption="Thành phần các hộp quà, combo (số lượng trong một hộp)", unit=None,
                               header=["TT", "Thành phần", "Nguồn", *[s[1] for s in c["sets"]]], rows=rows)
    # sales plan
    rows = []
    for i, (k, o) in enumerate(own.items(), 1):
        rows.append([str(i), f"{o[1]} ({alone})", o[2], *Y(o[5])])
    for j, s in enumerate(c["sets"], len(own) + 1):
        rows.append([str(j), s[1], s[2], *Y(s[4])])
    out["sales"] = dict(caption="Kế hoạch tiêu thụ sản phẩm lẻ và hộp quà", unit=None,
                        header=["TT", "Sản phẩm", "ĐVT", *yh], rows=rows)
    # used-up quantities
    rows = []
    i = 0
    for k in list(own) + list(bought):
        if k in m["used"]:
            i += 1
            rows.append([str(i), items[k], item_word[k], *Y(m["used"][k])])
    out["used"] = dict(caption="Số lượng từng thành phần các hộp quà sử dụng", unit=None,
                       header=["TT", "Thành phần", "ĐVT", *yh], rows=rows)
    # output and capacity
    rows = []
    for i, (k, o) in enumerate(own.items(), 1):
        rows.append([str(i), f"{o[1]}: số {o[2]} (lẻ + hộp quà)", *Y(m["packs"][k])])
    n = len(own)
    if c.get("plant", {}).get("use_alone") is not None and "use_alone" in c.get("plant", {}):
        rows.append([str(n + 1), f"Rượu bán lẻ ({u})", *Y(m["out_alone"])])
        rows.append([str(n + 2), f"Rượu dùng cho hộp quà ({u})", *Y(m["out_sets"])])
        rows.append([str(n + 3), f"Tổng sản lượng ({u})", *Y(m["output"])])
        rows.append([str(n + 4), f"Công suất nồi chưng cất ({u}/năm)", *Y([m["cap"]] * 3)])
        rows.append([str(n + 5), "Tỷ lệ sử dụng công suất (%)", *Y(m["use_alone"], 1)])
    else:
        rows.append([str(n + 1), f"Sản lượng quy đổi ({u})", *Y(m["output"])])
        lab = f"Công suất thiết kế ({u}/năm)"
        if c["cap"][3] is not None:
            lab = f"Công suất ({', '.join(own[k][1].split(' ')[0].lower() for k in c['cap'][3])}, {u}/năm)"
            rows.append([str(n + 2), "Trong đó khay, hộp (chiếc)", *Y(m["cap_out"])])
        rows.append([str(len(rows) + 1), lab, *Y([m["cap"]] * 3)])
        rows.append([str(len(rows) + 1), "Mức sử dụng công suất (%)", *Y(m["use"], 1)])
    out["output"] = dict(caption="Sản lượng sản xuất và công suất", unit=None,
                         header=["TT", "Chỉ tiêu", *yh], rows=rows)
    # raw materials
    rows = []
    no_spare = c["stem"].startswith("ia08")
    for ri, (key, label, unit, norm, price, dec, srows) in enumerate(c["raws"], 1):
        r = m["raw"][key]
        rows.append([str(ri), f"{label} ({unit})", "", "", ""])
        for (slab, cnt, word, yld), sv in zip(srows, r["sup"]):
            if len(set(cnt)) == 1:
                lab = f"{slab}: {fd(cnt[0], 0 if cnt[0] == int(cnt[0]) else 1)} {word} × {fd(yld, 0)} {unit}"
            else:
                lab = f"{slab} ({fd(yld, 0)} {unit}/{word})"
            rows.append(["", lab, *Y(sv, dec)])
        rows.append(["", "Cộng nguồn cung", *Y(r["tot"], dec)])
        if isinstance(norm, dict):
            rows.append(["", "Nhu cầu (số đơn vị × định mức)", *Y(r["need"], dec)])
        else:
            rows.append(["", f"Nhu cầu ({fd(norm, 2).rstrip('0').rstrip(',')} {unit}/{u})", *Y(r["need"], dec)])
        if not no_spare:
            rows.append(["", "Còn dư", *Y(r["spare"], dec)])
    out["raw"] = dict(caption="Nhu cầu và nguồn cung nguyên liệu", unit=None,
                      header=["TT", "Nguyên liệu, nguồn cung", *yh], rows=rows)
    # bought-in purchases
    rows = []
    for i, (k, b) in enumerate(bought.items(), 1):
        rows.append([str(i), f"{b[1]} – {b[3]}", Num(b[4] / 1000), *Y(m["buy"][k], md)])
    rows.append(["", "Cộng", "", *Y(m["buy_tot"], md)])
    out["bought"] = dict(caption="Hàng mua ngoài cho hộp quà", unit=f"ĐVT: giá mua nghìn đồng; thành tiền {money}",
                         header=["TT", "Mặt hàng – nơi cung cấp", "Giá mua", *yh], rows=rows)
    # staff
    rows = [[str(i), r[0], *Y(r[1])] for i, r in enumerate(c["roles"], 1)]
    rows.append(["", "Tổng số lao động", *Y(m["staff_tot"])])
    rows.append(["", "Lương bình quân (triệu đồng/tháng)", *Y(c["wage"], 1)])
    rows.append(["", f"Quỹ lương ({money}/năm)", *Y(m["wage_fund"], md)])
    out["staff"] = dict(caption="Lao động và tiền lương", unit=None, header=["TT", "Vị trí", *yh], rows=rows)
    # investment and sources
    inv_rows = [[str(i), it[0], Num(it[1] * 1e6 / m["mu"], md)] for i, it in enumerate(c["inv"], 1)]
    inv_rows.append(["", "Tổng vốn đầu tư", Num(m["inv"], md)])
    src_rows = [[str(i), s[0], Num(s[1] * 1e6 / m["mu"], md)] for i, s in enumerate(c["src"], 1)]
    src_rows.append(["", "Tổng nguồn vốn", Num(m["src"], md)])
    if c["opts"].get("split_inv"):
        out["inv"] = dict(caption="Nhu cầu vốn đầu tư", unit=f"ĐVT: {money}",
                          header=["TT", "Hạng mục", "Thành tiền"], rows=inv_rows)
        out["src"] = dict(caption="Nguồn vốn thực hiện phương án", unit=f"ĐVT: {money}",
                          header=["TT", "Nguồn vốn", "Số tiền"], rows=src_rows)
    else:
        out["inv"] = dict(caption="Vốn đầu tư và nguồn vốn", unit=f"ĐVT: {money}",
                          header=["TT", "Hạng mục", "Số tiền"],
                          rows=[["A", "Vốn đầu tư", ""], *inv_rows, ["B", "Nguồn vốn", ""], *src_rows])
    # revenue
    rows = []
    for i, (k, o) in enumerate(own.items(), 1):
        rows.append([str(i), f"{o[1]} ({alone})", *Y(m["rev_lines"][k], md)])
    for j, s in enumerate(c["sets"], len(own) + 1):
        rows.append([str(j), s[1], *Y(m["rev_lines"][s[0]], md)])
    rows.append(["", "Tổng doanh thu", *Y(m["rev"], md)])
    out["revenue"] = dict(caption="Doanh thu dự kiến", unit=f"ĐVT: {money}",
                          header=["TT", "Sản phẩm", *yh], rows=rows)
    # costs
    rows = []
    for i, (k, v) in enumerate(m["cost_lines"], 1):
        lab = COST_LABEL[k]
        if k == "sell":
            lab += f" ({_pct(c['sell'])} % doanh thu)"
        if k == "tax":
            lab += f" ({_pct(c['tax'])} % doanh thu)"
        rows.append([str(i), lab, *Y(v, md)])
    rows.append(["", "Tổng chi phí", *Y(m["cost"], md)])
    out["cost"] = dict(caption="Chi phí sản xuất kinh doanh", unit=f"ĐVT: {money}",
                       header=["TT", "Khoản mục", *yh], rows=rows)
    out["summary"] = dict(caption="Tổng hợp hiệu quả kinh tế", unit=f"ĐVT: {money}",
                          header=["TT", "Chỉ tiêu", *yh],
                          rows=[["1", "Tổng doanh thu", *Y(m["rev"], md)],
                                ["2", "Tổng chi phí", *Y(m["cost"], md)],
                                ["3", "Lợi nhuận", *Y(m["profit"], md)],
                                ["4", "Tỷ suất lợi nhuận/doanh thu (%)", *Y(m["margin"], 1)]])
    for k in c["opts"].get("short_years", []):  # typed (tab) tables: the years alone head the columns
        out[k]["header"] = [h.replace("Năm ", "") for h in out[k]["header"]]
    return out


def contents_list(c: dict, m: dict) -> str:
    """The sets' contents written as lists (plans whose contents are not in a table)."""
    own = {o[0]: o for o in c["own"]}
    bought = {b[0]: b for b in c["bought"]}
    out = []
    for s in c["sets"]:
        out.append(f"**{s[1]}** – giá bán năm 2027: {fi(s[3][0])} đồng/{s[2]}; vỏ: {s[6]}. "
                   f"Mỗi {s[2]} gồm:")
        out.append("")
        for item, q in s[7]:
            if item in own:
                out.append(f"- {own[item][1]}: {fi(q)} {own[item][2]} (tự sản xuất)")
            else:
                b = bought[item]
                out.append(f"- {b[1]}: {fi(q)} {b[2]} (mua của {b[3]})")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_table(t: dict, n: int, word: str = "Bảng") -> str:
    lines = [f"{word} {n}. {t['caption']}", ""]
    if t["unit"]:
        lines.append(t["unit"])
    lines.append("| " + " | ".join(t["header"]) + " |")
    lines.append("|" + "---|" * len(t["header"]))
    for r in t["rows"]:
        lines.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- prose figures
def values(c: dict, m: dict) -> dict[str, str]:
    """Figures the prose states, formatted as printed (the generator fills them in)."""
    own = {o[0]: o for o in c["own"]}
    md = m["md"]
    mw = "triệu đồng" if md == 1 else "nghìn đồng"
    v = {
        "out0": fi(m["output"][0]), "out2": fi(m["output"][2]),
        "rev0": fd(m["rev"][0], md), "rev2": fd(m["rev"][2], md),
        "profit0": fd(m["profit"][0], md), "profit2": fd(m["profit"][2], md),
        "inv": fd(m["inv"], md), "src": fd(m["src"], md), "payback": fd(m["payback"], 1),
        "cap": fi(m["cap"]), "use0": fd(m["use"][0], 1), "use2": fd(m["use"][2], 1),
        "usea2": fd(m["use_alone"][2], 1),
        "staff0": fi(m["staff_tot"][0]), "staff2": fi(m["staff_tot"][2]),
        "hgrowth": fd(m["h_growth"], 1), "mw": mw,
        "margin0": fd(m["margin"][0], 1), "margin2": fd(m["margin"][2], 1),
        "rgrowth0": fd(m["rev_growth"][0], 1), "rgrowth1": fd(m["rev_growth"][1], 1),
        "wage0": fd(c["wage"][0], 1), "wage2": fd(c["wage"][2], 1),
        "dep": fd(m["dep"], md), "fixed": fi(m["inv_fixed"]),
        "piece0": fd(dict(m["cost_lines"]).get("piece", [0])[0], md),
        "pieceper0": fd(dict(m["cost_lines"]).get("piece", [0])[0] / c.get("cap_mult", 1), 1),
        "sets0": fi(sum(s[4][0] for s in c["sets"])), "sets2": fi(sum(s[4][2] for s in c["sets"])),
        "buy0": fd(m["buy_tot"][0], md), "buy2": fd(m["buy_tot"][2], md),
        "sharesets0": fd(sum(m["rev_lines"][s[0]][0] for s in c["sets"]) / m["rev"][0] * 100, 0),
        "outsets0": fi(m["out_sets"][0]), "outsets2": fi(m["out_sets"][2]),
    }
    for s in c["sets"]:
        k = s[0]
        v[f"{k}_price"] = fi(s[3][0])
        v[f"{k}_n0"] = fi(s[4][0])
        v[f"{k}_n2"] = fi(s[4][2])
        v[f"{k}_value"] = fi(m["value"][k]["total"])
        v[f"{k}_diff"] = fi(m["value"][k]["diff"])
        v[f"{k}_textprice"] = fi(c.get("plant", {}).get("text_price", {}).get(k, s[3][0]))
    for k, o in own.items():
        v[f"{k}_price"] = fi(o[4][0])
        v[f"{k}_used0"] = fi(m["used"].get(k, [0, 0, 0])[0])
        v[f"{k}_packs0"] = fi(m["packs"][k][0])
    for b in c["bought"]:
        v[f"{b[0]}_used0"] = fi(m["used"].get(b[0], [0, 0, 0])[0])
        v[f"{b[0]}_used2"] = fi(m["used"].get(b[0], [0, 0, 0])[2])
    for key, *_ in c["raws"]:
        r = m["raw"][key]
        dec = [x for x in c["raws"] if x[0] == key][0][5]
        v[f"{key}_need0"] = fd(r["need"][0], dec)
        v[f"{key}_need2"] = fd(r["need"][2], dec)
        v[f"{key}_tot0"] = fd(r["tot"][0], dec)
        v[f"{key}_tot2"] = fd(r["tot"][2], dec)
    return v


# --------------------------------------------------------------------------- the checks
def _tables_in(body: str) -> dict[str, list[list[str]]]:
    """Caption text (without 'Bảng N.') -> rows of the pipe table that follows it."""
    found: dict[str, list[list[str]]] = {}
    lines = body.splitlines()
    for i, line in enumerate(lines):
        mm = re.match(r"^\s*(?:Bảng|Biểu)\s+\d+[.:]\s*(.+?)\s*$", line)
        if not mm:
            continue
        rows, j, started = [], i + 1, False
        while j < len(lines):
            s = lines[j].strip()
            if s.startswith("|"):
                started = True
                if not re.fullmatch(r"\|(\s*-+\s*\|)+", s):
                    rows.append([x.strip() for x in s.strip("|").split("|")])
            elif started:
                break
            elif s and not s.startswith("ĐVT") and not s.startswith(":::"):
                break
            j += 1
        found[mm.group(1)] = rows
    return found


def _num(s: str) -> float | None:
    s = s.strip()
    if s == "–":
        return 0.0
    if re.fullmatch(r"-?[\d.]+(,\d+)?", s):
        return vn(s.lstrip("-")) * (-1 if s.startswith("-") else 1)
    return None


class Plan(plancheck.Plan):
    src = HERE / "src"


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def check_full(key: str) -> Plan:
    c = {**PLANS[key], **CHECKS.get(key, {})}
    p = Plan(c["stem"])
    mp, mt = model(c, True), model(c, False)
    tabs = tables(c, mp)
    found = _tables_in(p.body)
    # 1. every cell of every table, as the model prints it
    for tk, t in tabs.items():
        if t["caption"] not in found:
            p.failures.append(f"table not found: {t['caption']}")
            continue
        rows = found[t["caption"]]
        want = [t["header"]] + [[str(x) if not isinstance(x, Num) else x for x in r] for r in t["rows"]]
        if len(rows) != len(want):
            p.failures.append(f"{t['caption']}: {len(rows)} rows, model has {len(want)}")
            continue
        for r_src, r_mod in zip(rows, want):
            if len(r_src) != len(r_mod):
                p.failures.append(f"{t['caption']}: row {r_src[:2]} has {len(r_src)} cells")
                continue
            for a, b in zip(r_src, r_mod):
                if isinstance(b, Num):
                    x = _num(a)
                    tol = max(0.01 * abs(b.v), 0.5 * 10 ** -b.d + 1e-9)
                    if x is None or abs(x - b.v) > tol:
                        p.failures.append(f"{t['caption']} / {r_src[1]}: printed {a}, model {b}")
                elif a != b:
                    p.failures.append(f"{t['caption']}: cell {a!r} != {b!r}")
    if c["opts"]["contents"] == "list":
        for line in contents_list(c, mp).splitlines():
            if line.strip():
                p.has(line.replace("**", "") if "**" not in p.body else line)
    # 2. the prose figures
    v = values(c, mp)
    for k in PROSE.get(key, []):
        if v[k] not in p.body:
            p.failures.append(f"prose figure {k} = {v[k]!r} not found")
    # 3. printed against true: only the planted figures (and declared knock-ons) differ
    plant = c.get("plant", {})
    planted = set(c.get("rules", []))

    def same(a, b, what):
        if not close(a, b, 0.01) and abs(a - b) > 0.11:
            p.failures.append(f"{what}: printed {a} differs from true {b}")

    for (k, y), val in plant.get("rev_line", {}).items():
        p.check(off(val, mt["rev_lines"][k][y]), f"planted revenue line {k} {YEARS[y]} not off by > 5 %")
    for y in range(3):
        if not any(yy == y for (_, yy) in plant.get("rev_line", {})):
            same(mp["rev"][y], mt["rev"][y], f"revenue {YEARS[y]}")
            same(mp["cost"][y], mt["cost"][y], f"cost {YEARS[y]}")
        if y not in plant.get("profit", {}):
            same(mp["profit"][y], round(mp["rev"][y] - mp["cost"][y], 1), f"profit {YEARS[y]}")
        else:
            p.check(off(mp["profit"][y], mp["rev"][y] - mp["cost"][y]),
                    f"planted profit {YEARS[y]} not off by > 5 %")
    if "payback" in plant:
        p.check(off(plant["payback"], mt["payback_calc"]), "planted payback not off by > 5 %")
        p.check(off(plant["payback"], mp["payback_calc"]), "planted payback not off from printed figures")
    for s, val in plant.get("value_total", {}).items():
        p.check(off(val, mt["value"][s]["total"]), f"planted value total {s} not off by > 5 %")
    # 4. feasibility from the constants
    src_sum = sum(s[1] for s in c["src"])
    inv_sum = sum(i[1] for i in c["inv"])
    if "capital-mismatch" in planted:
        p.check(off(src_sum, inv_sum), "capital: sources should miss the investment by > 5 %")
    else:
        p.check(src_sum == inv_sum, f"sources {src_sum} != investment {inv_sum}")
    worst_use = max(mt["cap_out"][y] / mt["cap"] for y in range(3))
    if "capacity-exceeded" in planted:
        p.check(worst_use > 1.05, f"capacity: output should exceed capacity by > 5 % (max {worst_use:.3f})")
        p.check(max(mt["cap_out_alone"][y] / mt["cap"] for y in range(3)) < 0.9,
                "capacity: packs sold alone should fit the still")
    else:
        p.check(worst_use <= (0.86 if c["verdict"] == "ready" else 0.95), f"capacity use {worst_use:.3f}")
    for key, r in mt["raw"].items():
        worst = max(r["need"][y] / r["tot"][y] for y in range(3))
        if "material-shortfall" in planted and key == c.get("short_raw"):
            p.check(worst > 1.08, f"material: {key} need should exceed supply by > 8 % ({worst:.3f})")
            p.check(r["need"][0] <= r["tot"][0], f"material: {key} 2027 should still be covered")
        else:
            p.check(worst <= (0.95 if c["verdict"] == "ready" else 1.0), f"raw {key}: need/supply {worst:.3f}")
    for y in range(3):
        mg = mt["profit_true"][y] / mt["rev"][y]
        p.check(0.04 < mg < 0.3, f"true margin {YEARS[y]} {mg:.3f}")
    g = [mt["rev"][y + 1] / mt["rev"][y] - 1 for y in range(2)]
    if "unrealistic-growth" in planted:
        p.check(max(g) > 0.5, f"growth: revenue should grow > 50 % a year ({g})")
    else:
        p.check(max(g) < 0.35, f"revenue growth {g}")
    p.check(mt["output"][0] < c["hist"]["out"][2] * 1.25, "2027 output within +25 % of 2026")
    if "payback" not in plant:
        p.check(close(mp["payback"], mp["payback_calc"], 0.02), "payback as printed")
    # 5. text: placeholders, outdated instruments, per-plan words
    if "boilerplate" not in planted:
        p.lacks(PLACEHOLDER, "template placeholder")
    if c["verdict"] == "ready":
        for s in ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
                  "kết quả thử nghiệm", "tự công bố", "truy xuất", "nhãn hiệu", "an toàn thực phẩm"):
            p.check(re.search(re.escape(s), p.body, re.I) is not None, f"ready plan lacks {s!r}")
        p.lacks(REPLACED, "replaced instrument in a ready plan")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body, re.I):
            p.check(int(d) >= 2030, f"paper valid only to {d}")
    for s in c.get("must", []):
        p.has(s)
    for pat, what in c.get("must_not", []):
        p.lacks(pat, what)
    for s, n in c.get("at_least", []):
        p.check(p.count(s) >= n, f"{s!r} found {p.count(s)} times, expected at least {n}")
    return p


def check_sketchy(key: str) -> Plan:
    p = Plan(SKETCHY[key])
    n = words(p.body)
    p.check(150 <= n <= 350, f"sketchy plan has {n} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(REPLACED, "replaced instrument")
    for s in SKETCHY_MUST.get(key, []):
        p.has(s)
    if key == "ia12":  # "khoảng 150 triệu" = 3.000 hũ × 35.000 + 500 combo × 99.000
        p.check(close(3000 * 35000 + 500 * 99000, 150e6, 0.05), "ia12 revenue not about 150 triệu")
    for pat, what in SKETCHY_MUST_NOT.get(key, []):
        p.lacks(pat, what)
    return p


SKETCHY_MUST: dict[str, list[str]] = {
    "ia11": ["800 kg", "120.000 đồng/kg", "300 hộp", "180.000 đồng/hộp", "50 triệu đồng", "khoảng 30 %"],
    "ia12": ["28C8003917", "3.000 hũ", "35.000 đồng/hũ", "500 combo", "99.000 đồng/combo", "150 triệu đồng"],
}
SKETCHY_MUST_NOT: dict[str, list[tuple[str, str]]] = {
    "ia11": [(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn hiệu|truy xuất",
              "a paper the family does not have")],
    "ia12": [(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn hiệu|truy xuất|môi trường", "a paper the plan lacks")],
}


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    keys = [k for k in list(PLANS) + list(SKETCHY) if not argv or k in argv]
    plans = [check_full(k) if k in PLANS else check_sketchy(k) for k in keys]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
