"""The 254th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout254/arithmetic.py [iu01 iu05 ...]

Theme: producers whose plans reckon energy, water and fuel. For every full plan (iu01-iu10) the
constants give the products (pack size in the plan's base unit, price and packs per year, packaging
cost per pack), the 2024-2026 history (output, average price, profit, and the energy the old
equipment used per unit of output), the raw materials (norm per unit of output, price, supply rows
as count x yield), the equipment that limits output (output per batch x batches a day x working
days), the energy, water and fuel lines (a norm per batch, per kg or per 1.000 pieces of product,
per tonne or per 100 kg of raw material, per month, with its price), a rooftop solar system where
there is one (kWp x kWh/kWp/day x days x share used on site), the energy-saving comparison with
the old equipment, staff by role with the monthly wage and seasonal workdays, investment items and
capital sources, asset life, loan balances and rate, and the selling, tax and other lines.

model() turns them into every figure the plan prints: output = sum of packs x size, batches =
output / output per batch (rounded up), capacity and its use, raw-material need = output x norm
against supply = sum of count x yield, each energy quantity = norm x its basis, grid electricity
= consumption - solar used on site, each energy cost = quantity x price, the energy cost total,
wage fund = staff x wage x 12, seasonal wages = workdays x rate, depreciation = fixed assets / life
(+ the old assets' depreciation), interest = loan balance x rate, revenue lines = packs x price,
every cost line, the totals, profit = revenue - cost, corporate tax where the plan pays it, margin,
and payback = investment / (average profit after tax + depreciation). The planted numeric defects
are applied on top ("printed" model) with the figures that follow them; every table the plan prints
(layout()) is read back from the plan's Markdown (tables found by their caption "Bảng N.") and
compared cell by cell. Planted numeric defects must be wrong by more than 5 % against the true value
(computed beside them), every other number right within 1 %. Textual defects are asserted through the
absence or presence of their words; ready plans cite no replaced instrument. Sketchy plans:
150-350 words, no table.

The generator that wrote the plans' Markdown (kept outside the repository) imports model(),
layout() and the number formatting from this file, so every table cell and every figure in the
prose is computed.
"""

from __future__ import annotations

import math
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
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def fnum(x: float, d: int = 0) -> str:
    """Vietnamese number: dot groups thousands, comma marks decimals."""
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 and float(s.replace(".", "").replace(",", ".")) else "") + s


def r1(x: float) -> float:
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def r0(x: float) -> int:
    return int(math.floor(x + 0.5 + 1e-9))


def rd(x: float, d: int) -> float:
    return r0(x) if d == 0 else math.floor(x * 10 ** d + 0.5 + 1e-9) / 10 ** d


# --------------------------------------------------------------------------- constants
# products: label, pack word, size (base unit), price đ per year, packs per year, packaging đ/pack
# hist: output 2024-2026, average price đ/base unit, profit triệu; hist_energy: (label, unit, norm
#   per base unit with the old equipment)
# raws: label, unit, norm per base unit of output, price đ/unit, supply rows (label, counts, count
#   word, yield per count)
# batch: output per batch, batches a day, working days, the batch word
# energy: key, label, unit, norm, basis (batch | out | out1000 | raw (per tonne of the first raw
#   material) | raw100 (per 100 kg of it) | month | year), price đ/unit, carrier (dien | nuoc | nl),
#   months (month basis), dec (decimals of the quantity)
# solar: kWp, kWh per kWp a day, days, share used on site
# saving: the old equipment's fuel per base unit of output and its price, against the energy keys
#   of the new equipment
# roles: staff per year; wage: triệu đồng a month; seasonal: workdays per year and đ per workday
# inv: (label, triệu, fixed?); src: (label, triệu); loan balance per year, rate; dep_old: the old
#   assets' yearly depreciation; sell / tax / other: fixed lines (triệu)
# cost_lines: (label, keys) of the cost table: raw0, raw1, pack, dien, nuoc, nl, energy, wage,
#   seasonal, dep, int, sell, tax, other
# cit: corporate income tax rate on profit (companies)
# defects: planted numeric defects applied to the printed figures (see model())
PLANS: dict[str, dict] = {
    "iu01": dict(
        stem="iu01_tinh_bot_san_day_dong_lam_cty", unit="kg", verdict="ready",
        products=[
            dict(label="Tinh bột sắn dây nguyên chất, hũ 500 g", word="hũ", size=0.5,
                 price=[120000, 124000, 128000], packs=[9000, 10000, 10800], pack=6500),
            dict(label="Tinh bột sắn dây, túi 1 kg", word="túi", size=1,
                 price=[220000, 227000, 234000], packs=[3000, 3300, 3600], pack=4000),
            dict(label="Hộp 10 gói × 25 g (pha sẵn)", word="hộp", size=0.25,
                 price=[75000, 77000, 79000], packs=[4000, 4400, 4800], pack=9000)],
        hist=dict(out=[6200, 7000, 7600], price=[205000, 210000, 215000], profit=[178.0, 214.0, 246.0]),
        hist_energy=[("Than đá cho lò sấy cũ (kg)", 0.6), ("Điện (kWh)", 0.75)],
        raws=[dict(label="Củ sắn dây tươi", unit="kg", norm=8.0, price=6000,
                   supply=[("Vùng sắn dây của công ty, thôn Trung Sơn", [3, 3, 3], "ha", 24000),
                           ("Hộ liên kết thôn Bình Minh và Yên Lạc", [26, 26, 26], "hộ", 1200)])],
        batch=dict(out=100, per_day=1, days=120, word="mẻ sấy"),
        energy=[dict(k="dryer", label="Máy sấy bơm nhiệt (52 kWh/mẻ)", unit="kWh", norm=52, basis="batch", price=2100, car="dien"),
                dict(k="grind", label="Rửa, nghiền, lọc củ (18 kWh/tấn củ)", unit="kWh", norm=18, basis="raw", price=2100, car="dien"),
                dict(k="light", label="Chiếu sáng, đóng gói, kho (350 kWh/tháng)", unit="kWh", norm=350, basis="month", price=2100, car="dien"),
                dict(k="water", label="Nước rửa củ, lọc, lắng (9 m³/tấn củ)", unit="m³", norm=9, basis="raw", price=11000, car="nuoc")],
        elec_price=2100,
        saving=dict(old=[("Than đá cho lò sấy cũ", "kg", 0.6, 4200)], new=["dryer"]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật, vận hành máy", [2, 2, 2]),
               ("Đóng gói, kho, bán hàng", [2, 2, 3])],
        wage=[6.5, 6.8, 7.1], seasonal=dict(cong=[900, 1000, 1080], rate=260000),
        inv=[("Máy sấy bơm nhiệt 100 kg/mẻ", 380, True), ("Máy rửa, nghiền củ liên hoàn", 150, True),
             ("Bể lọc, lắng inox và bơm", 170, True), ("Xử lý nước thải 3 ngăn, ao lắng", 110, True),
             ("Cải tạo xưởng đóng gói 80 m²", 150, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, dep_old=35, loan=[500, 400, 300], rate=0.08,
        sell=[110, 120, 130], tax=[35, 38, 41], other=[45, 48, 50], cit=0.15,
        cost_lines=[("Củ sắn dây tươi", ("raw0",)), ("Bao bì, hũ, túi, hộp", ("pack",)),
                    ("Điện sản xuất", ("dien",)), ("Nước sạch", ("nuoc",)),
                    ("Lương lao động thường xuyên", ("wage",)), ("Tiền công thời vụ", ("seasonal",)),
                    ("Khấu hao tài sản cố định", ("dep",)), ("Lãi vay ngân hàng", ("int",)),
                    ("Bán hàng, vận chuyển", ("sell",)), ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[]),
    "iu02": dict(
        stem="iu02_che_bup_khe_may_htx", unit="kg", verdict="ready",
        products=[
            dict(label="Chè búp khô Khe Mây, túi 200 g", word="túi", size=0.2,
                 price=[64000, 66000, 68000], packs=[12000, 12800, 13700], pack=3500),
            dict(label="Chè búp đặc biệt, hộp 500 g", word="hộp", size=0.5,
                 price=[170000, 175000, 180000], packs=[3000, 3200, 3500], pack=14000),
            dict(label="Chè xanh loại 1, túi 1 kg", word="túi", size=1,
                 price=[150000, 154000, 158000], packs=[2000, 2150, 2250], pack=3000)],
        hist=dict(out=[4800, 5200, 5550], price=[268000, 274000, 280000], profit=[150.0, 171.0, 192.0]),
        hist_energy=[("Củi (kg)", 4.2), ("Điện (kWh)", 2.3)],
        raws=[dict(label="Búp chè tươi", unit="kg", norm=5.0, price=15000,
                   supply=[("Đồi chè của thành viên hợp tác xã", [4.2, 4.2, 4.2], "ha", 8000),
                           ("Hộ ngoài hợp tác xã (hợp đồng thu mua)", [9, 9, 9], "hộ", 600)])],
        batch=dict(out=40, per_day=1, days=200, word="mẻ"),
        energy=[dict(k="elec", label="Điện máy diệt men, vò, sao, sấy", unit="kWh", norm=1.9, basis="out", price=2100, car="dien"),
                dict(k="pellet", label="Viên nén trấu cho lò diệt men", unit="kg", norm=1.5, basis="out", price=2800, car="nl"),
                dict(k="water", label="Nước rửa máy, dụng cụ", unit="m³", norm=0.04, basis="out", price=9000, car="nuoc"),
                dict(k="light", label="Chiếu sáng, văn phòng, kho", unit="kWh", norm=180, basis="month", price=2100, car="dien")],
        elec_price=2100,
        saving=dict(old=[("Củi đốt lò diệt men cũ", "kg", 4.2, 1500)], new=["pellet"]),
        roles=[("Ban quản trị kiêm kế toán", [2, 2, 2]), ("Chế biến (diệt men, vò, sao)", [3, 3, 3]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], seasonal=None,
        inv=[("Lò đốt viên nén trấu, thu hồi nhiệt", 160, True), ("Máy diệt men tang trống", 140, True),
             ("Hai máy vò chè", 90, True), ("Máy sao khô, máy sàng", 120, True),
             ("Cải tạo nhà chế biến 100 m²", 180, True), ("Bao bì, tem truy xuất", 35, False),
             ("Vốn lưu động", 175, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp", 400)],
        life=10, dep_old=12, loan=[400, 300, 200], rate=0.08,
        sell=[90, 100, 110], tax=[24, 26, 27], other=[35, 36, 38], cit=0,
        cost_lines=[("Búp chè tươi", ("raw0",)), ("Bao bì, túi, hộp", ("pack",)),
                    ("Điện", ("dien",)), ("Viên nén trấu", ("nl",)), ("Nước", ("nuoc",)),
                    ("Tiền lương", ("wage",)), ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)),
                    ("Bán hàng, quảng bá", ("sell",)), ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[]),
    "iu03": dict(
        stem="iu03_mat_ong_khe_lim_hkd", unit="kg", verdict="ready",
        products=[
            dict(label="Mật ong hoa rừng, chai 350 g", word="chai", size=0.35,
                 price=[115000, 119000, 123000], packs=[4000, 4300, 4600], pack=6000),
            dict(label="Mật ong hoa keo, hũ 700 g", word="hũ", size=0.7,
                 price=[175000, 180000, 185000], packs=[2200, 2400, 2600], pack=8000),
            dict(label="Mật ong hoa keo, bình 1,5 kg", word="bình", size=1.5,
                 price=[330000, 340000, 350000], packs=[600, 650, 700], pack=15000)],
        hist=dict(out=[3100, 3350, 3550], price=[268000, 274000, 280000], profit=[138.0, 156.0, 171.0]),
        hist_energy=[("Điện mua của lưới (kWh)", 1.25)],
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.06, price=110000,
                   supply=[("Đàn ong của hộ (13 kg/đàn)", [280, 295, 310], "đàn", 13),
                           ("Hộ nuôi ong liên kết thôn Khe Lim", [12, 12, 12], "hộ", 110)])],
        batch=dict(out=40, per_day=1, days=140, word="mẻ"),
        energy=[dict(k="dehum", label="Máy hạ thủy phần (18 kWh/mẻ)", unit="kWh", norm=18, basis="batch", price=2700, car="dien"),
                dict(k="base", label="Bơm, máy lọc, tủ bảo quản, chiếu sáng (230 kWh/tháng)", unit="kWh", norm=230, basis="month", price=2700, car="dien"),
                dict(k="fuel", label="Xăng chở đàn ong theo mùa hoa (110 lít/tháng × 7 tháng)", unit="lít", norm=110, basis="month", months=7, price=23000, car="nl"),
                dict(k="water", label="Nước rửa dụng cụ, chai lọ (5 m³/tháng)", unit="m³", norm=5, basis="month", price=10000, car="nuoc")],
        elec_price=2700,
        solar=dict(kwp=3, yd=3.4, days=365, share=0.65),
        saving=None,
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, khai thác", [1, 1, 1]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9], seasonal=None,
        inv=[("Điện mặt trời mái nhà 3 kWp", 45, True), ("Máy hạ thủy phần 40 kg/mẻ", 130, True),
             ("Phòng lọc, đóng chai 25 m²", 110, True), ("Bổ sung 30 thùng ong", 45, True),
             ("Chai lọ, tem truy xuất, kiểm nghiệm", 30, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, dep_old=8, loan=[200, 150, 100], rate=0.066,
        sell=[38, 41, 44], tax=[16, 17, 18], other=[18, 19, 20], cit=0,
        cost_lines=[("Mật ong thô", ("raw0",)), ("Chai, hũ, bình", ("pack",)),
                    ("Điện, nước, xăng", ("dien", "nuoc", "nl")), ("Tiền công lao động", ("wage",)),
                    ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)), ("Bán hàng, vận chuyển", ("sell",)),
                    ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[]),
    "iu04": dict(
        stem="iu04_gom_sanh_ky_hoa_tht", unit="chiếc", verdict="ready",
        products=[
            dict(label="Chậu gốm sành trồng cây Ø 20 cm", word="chiếc", size=1,
                 price=[55000, 56000, 57000], packs=[12000, 13000, 14000], pack=1500),
            dict(label="Bình hoa gốm men nâu cao 35 cm", word="chiếc", size=1,
                 price=[220000, 226000, 232000], packs=[3000, 3200, 3400], pack=6000),
            dict(label="Chum gốm ngâm rượu, ngâm mơ 20 lít", word="chiếc", size=1,
                 price=[420000, 430000, 440000], packs=[900, 950, 1000], pack=10000)],
        hist=dict(out=[12800, 13900, 14800], price=[96000, 99000, 102000], profit=[118.0, 131.0, 142.0]),
        hist_energy=[("Củi nung lò (tấn)", 0.0175)],
        raws=[dict(label="Đất sét", unit="kg", norm=3.0, price=900,
                   supply=[("Cơ sở khai thác đất sét Trường Xuân (hợp đồng)", [1, 1, 1], "hợp đồng", 60000),
                           ("Đất sét tồn kho của tổ", [1, 1, 1], "kho", 5000)]),
              dict(label="Men gốm", unit="kg", norm=0.12, price=35000,
                   supply=[("Đại lý men gốm Hải Dương (hợp đồng)", [1, 1, 1], "hợp đồng", 2400)])],
        batch=dict(out=220, per_day=1, days=100, word="mẻ nung"),
        energy=[dict(k="gas", label="Gas LPG nung lò (150 kg/mẻ)", unit="kg", norm=150, basis="batch", price=28000, car="nl"),
                dict(k="mach", label="Điện máy luyện đất, bàn xoay, quạt lò (45 kWh/mẻ)", unit="kWh", norm=45, basis="batch", price=2100, car="dien"),
                dict(k="light", label="Điện chiếu sáng, sấy mộc (300 kWh/tháng)", unit="kWh", norm=300, basis="month", price=2100, car="dien"),
                dict(k="water", label="Nước nhào đất, rửa (18 m³/tháng)", unit="m³", norm=18, basis="month", price=9000, car="nuoc")],
        elec_price=2100,
        saving=dict(old=[("Củi nung lò cũ", "kg", 17.5, 1300)], new=["gas"]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Làm đất, tạo hình", [4, 4, 4]),
               ("Tráng men, nung", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.2, 5.4, 5.6], seasonal=None,
        inv=[("Lò gas con thoi 2,5 m³ cách nhiệt bông gốm", 420, True), ("Máy luyện đất chân không", 150, True),
             ("Bốn bàn xoay điện", 40, True), ("Nhà xưởng tạo hình, kho 150 m²", 260, True),
             ("Hút bụi, bể lắng nước men", 70, True), ("Mẫu mã, thẻ treo, đăng ký nhãn hiệu", 40, False),
             ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=10, dep_old=10, loan=[600, 450, 300], rate=0.07,
        sell=[95, 100, 110], tax=[25, 27, 29], other=[35, 36, 38], cit=0,
        cost_lines=[("Đất sét", ("raw0",)), ("Men gốm", ("raw1",)), ("Gas nung lò", ("nl",)),
                    ("Điện, nước", ("dien", "nuoc")), ("Bao gói, thẻ treo", ("pack",)),
                    ("Tiền lương", ("wage",)), ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)),
                    ("Bán hàng, hội chợ", ("sell",)), ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[]),
    "iu05": dict(
        stem="iu05_ruou_nep_trung_le_htx", unit="lít", verdict="revise",
        products=[
            dict(label="Rượu nếp Trung Lễ 35 độ, chai 500 ml", word="chai", size=0.5,
                 price=[70000, 72000, 74000], packs=[16000, 17000, 18000], pack=9000),
            dict(label="Rượu nếp 35 độ, bình sành 2 lít", word="bình", size=2,
                 price=[260000, 267000, 274000], packs=[1500, 1600, 1700], pack=45000),
            dict(label="Rượu nếp 35 độ, can 5 lít", word="can", size=5,
                 price=[400000, 410000, 420000], packs=[700, 750, 800], pack=12000)],
        hist=dict(out=[11800, 12600, 13400], price=[120000, 124000, 128000], profit=[150.0, 171.0, 189.0]),
        hist_energy=[("Trấu (kg)", 1.45), ("Nước làm mát (m³)", 0.027)],
        raws=[dict(label="Gạo nếp", unit="kg", norm=1.4, price=22000,
                   supply=[("Ruộng nếp của thành viên hợp tác xã", [3.5, 3.5, 3.5], "ha", 5500),
                           ("Hộ trồng nếp thôn Đông Tiến (hợp đồng)", [22, 22, 22], "hộ", 250)])],
        batch=dict(out=45, per_day=2, days=220, word="mẻ"),
        energy=[dict(k="husk", label="Trấu nấu cơm rượu, chưng cất (40 kg/mẻ)", unit="kg", norm=40, basis="batch", price=1800, car="nl"),
                dict(k="cool", label="Nước làm mát tuần hoàn, bù hao (0,35 m³/mẻ)", unit="m³", norm=0.35, basis="batch", price=12000, car="nuoc"),
                dict(k="pump", label="Điện bơm, lọc, chiết rót (4 kWh/mẻ)", unit="kWh", norm=4, basis="batch", price=2100, car="dien"),
                dict(k="light", label="Điện chiếu sáng, kho, văn phòng (260 kWh/tháng)", unit="kWh", norm=260, basis="month", price=2100, car="dien")],
        elec_price=2100,
        saving=dict(old=[("Trấu đốt lò hở cũ (65 kg/mẻ)", "kg", 65 / 45, 1800),
                         ("Nước làm mát xả bỏ (1,2 m³/mẻ)", "m³", 1.2 / 45, 12000)], new=["husk", "cool"]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Lọc, chiết, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.6, 5.9, 6.2], seasonal=None,
        inv=[("Hai lò nấu cải tiến đốt trấu", 120, True), ("Nồi chưng cất inox, ngưng tụ tuần hoàn", 160, True),
             ("Lọc, khử andehit, chiết rót", 210, True), ("Kho ủ rượu, hạ thổ 50 m²", 180, True),
             ("Hầm biogas, bể chứa bỗng rượu", 80, True), ("Bao bì, nhãn, tem truy xuất", 40, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 550), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, dep_old=15, loan=[500, 400, 300], rate=0.08,
        sell=[80, 85, 90], tax=[30, 32, 34], other=[40, 42, 44], cit=0,
        cost_lines=[("Gạo nếp, men lá", ("raw0",)), ("Chai, bình sành, can, hộp", ("pack",)),
                    ("Trấu", ("nl",)), ("Điện, nước", ("dien", "nuoc")),
                    ("Tiền lương", ("wage",)), ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)),
                    ("Bán hàng, quảng bá", ("sell",)), ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[dict(kind="energy_total", y=1, value=45.0), dict(kind="payback", value=1.7)]),
    "iu06": dict(
        stem="iu06_ca_com_kho_hai_phong_ctcp", unit="kg", verdict="revise",
        products=[
            dict(label="Cá cơm khô tẩm vừng, túi 200 g", word="túi", size=0.2,
                 price=[52000, 54000, 56000], packs=[30000, 39000, 43000], pack=3000),
            dict(label="Cá cơm khô nguyên con, túi 500 g", word="túi", size=0.5,
                 price=[115000, 119000, 123000], packs=[12000, 15600, 17300], pack=4000),
            dict(label="Cá cơm khô, thùng 5 kg", word="thùng", size=5,
                 price=[1050000, 1090000, 1130000], packs=[600, 780, 860], pack=25000)],
        hist=dict(out=[10200, 11500, 12800], price=[214000, 220000, 226000], profit=[182.0, 214.0, 248.0]),
        hist_energy=[("Củi luộc cá (tấn)", 0.0021), ("Điện (kWh)", 0.95)],
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=3.5, price=32000,
                   supply=[("Tàu cá của cổ đông", [5, 5, 5], "tàu", 9000),
                           ("Nậu vựa cá bến Cửa Sót (hợp đồng)", [3, 3, 3], "vựa", 12000)])],
        batch=dict(out=300, per_day=0.5, days=120, word="mẻ sấy"),
        energy=[dict(k="water", label="Nước rửa cá, luộc (3 m³/tấn cá tươi)", unit="m³", norm=3, basis="raw", price=12000, car="nuoc"),
                dict(k="gas", label="Gas luộc cá (14 kg/tấn cá tươi)", unit="kg", norm=14, basis="raw", price=30000, car="nl"),
                dict(k="dry", label="Điện quạt nhà sấy, máy sấy bơm nhiệt (85 kWh/tấn cá tươi)", unit="kWh", norm=85, basis="raw", price=2100, car="dien"),
                dict(k="cold", label="Điện kho lạnh thành phẩm (900 kWh/tháng)", unit="kWh", norm=900, basis="month", price=2100, car="dien")],
        elec_price=2100,
        saving=None,
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Sơ chế, luộc, sấy", [4, 4, 4]),
               ("Đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], seasonal=None,
        inv=[("Máy đóng gói hút chân không", 90, True), ("Kho lạnh thành phẩm 30 m³", 160, True),
             ("Nồi luộc cá inox đun gas", 60, True), ("Cải tạo khu sơ chế", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False), ("Hội chợ, xúc tiến thương mại", 40, False),
             ("Vốn lưu động", 450, False)],
        src=[("Vốn góp của cổ đông", 600), ("Vay Ngân hàng thương mại", 400)],
        life=10, dep_old=40, loan=[400, 300, 200], rate=0.08,
        sell=[150, 185, 205], tax=[50, 65, 72], other=[60, 66, 70], cit=0.17,
        cost_lines=[("Cá cơm tươi, muối, gia vị", ("raw0",)), ("Bao bì", ("pack",)),
                    ("Gas", ("nl",)), ("Điện", ("dien",)), ("Nước", ("nuoc",)),
                    ("Tiền lương", ("wage",)), ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)),
                    ("Bán hàng, vận chuyển", ("sell",)), ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[]),
    "iu07": dict(
        stem="iu07_tra_ca_gai_leo_xuan_vien_htx", unit="kg", verdict="revise",
        products=[
            dict(label="Trà cà gai leo túi lọc, hộp 30 túi × 2 g", word="hộp", size=0.06,
                 price=[38000, 39000, 40000], packs=[40000, 44000, 48000], pack=3500),
            dict(label="Trà cà gai leo túi lọc, hộp 50 túi × 2 g", word="hộp", size=0.1,
                 price=[60000, 62000, 64000], packs=[6000, 6500, 7000], pack=5000),
            dict(label="Cà gai leo khô cắt khúc, túi 500 g", word="túi", size=0.5,
                 price=[85000, 88000, 91000], packs=[4400, 4800, 5200], pack=3000)],
        hist=dict(out=[3900, 4300, 4700], price=[398000, 405000, 412000], profit=[210.0, 236.0, 262.0]),
        hist_energy=[("Điện mua của lưới (kWh)", 3.1)],
        raws=[dict(label="Cà gai leo tươi (thân, lá)", unit="kg", norm=4.2, price=12000,
                   supply=[("Vùng trồng của hợp tác xã", [1.2, 1.2, 1.2], "ha", 16000),
                           ("Hộ thành viên trồng trên vườn đồi", [18, 20, 22], "hộ", 400)])],
        batch=dict(out=60, per_day=1, days=125, word="mẻ sấy"),
        energy=[dict(k="dryer", label="Máy sấy bơm nhiệt (95 kWh/mẻ)", unit="kWh", norm=95, basis="batch", price=2100, car="dien"),
                dict(k="pack", label="Nghiền, đóng trà túi lọc (0,6 kWh/kg)", unit="kWh", norm=0.6, basis="out", price=2100, car="dien"),
                dict(k="base", label="Kho, văn phòng, chiếu sáng (400 kWh/tháng)", unit="kWh", norm=400, basis="month", price=2100, car="dien"),
                dict(k="water", label="Nước rửa dược liệu (6 m³/tấn tươi)", unit="m³", norm=6, basis="raw", price=11000, car="nuoc")],
        elec_price=2100,
        solar=dict(kwp=12, yd=3.5, days=365, share=0.70),
        saving=None,
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, đóng trà túi lọc", [4, 4, 5]), ("Bán hàng", [2, 2, 2])],
        wage=[5.4, 5.6, 5.8], seasonal=None,
        inv=[("Điện mặt trời mái nhà 12 kWp", 190, True), ("Máy sấy bơm nhiệt 500 kg tươi/mẻ", 350, True),
             ("Máy nghiền, máy đóng trà túi lọc", 420, True), ("Nhà sơ chế, đóng gói 150 m²", 600, True),
             ("Bao bì, tem truy xuất", 60, False), ("Hội chợ, xúc tiến thương mại", 50, False),
             ("Vốn lưu động", 680, False)],
        src=[("Vốn góp của thành viên", 900), ("Quỹ đầu tư phát triển của hợp tác xã", 400),
             ("Vay Ngân hàng Nông nghiệp", 700)],
        life=10, dep_old=20, loan=[700, 560, 420], rate=0.08,
        sell=[120, 130, 140], tax=[34, 37, 40], other=[55, 58, 60], cit=0,
        cost_lines=[("Cà gai leo tươi", ("raw0",)), ("Bao bì, túi lọc, hộp", ("pack",)),
                    ("Điện mua lưới, nước", ("dien", "nuoc")), ("Tiền lương", ("wage",)),
                    ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)), ("Bán hàng, xúc tiến", ("sell",)),
                    ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        text_staff=17,
        defects=[dict(kind="capital"), dict(kind="staff_text", value=17)]),
    "iu08": dict(
        stem="iu08_banh_da_nem_dong_mon_tht", unit="chiếc", verdict="revise", output_unit_in_label=True,
        products=[
            dict(label="Bánh đa nem, túi 50 chiếc", word="túi", size=50,
                 price=[35000, 35700, 36400], packs=[14000, 30000, 48000], pack=1500),
            dict(label="Bánh đa nem mỏng, túi 100 chiếc", word="túi", size=100,
                 price=[65000, 66300, 67600], packs=[4000, 8600, 13800], pack=2500),
            dict(label="Bánh đa nem cho quán ăn, bó 500 chiếc", word="bó", size=500,
                 price=[290000, 296000, 302000], packs=[600, 1300, 2080], pack=6000)],
        hist=dict(out=[1150000, 1220000, 1300000], price=[620, 630, 640], profit=[78.0, 86.0, 95.0]),
        hist_energy=[("Củi (tấn)", 0.000011)],
        raws=[dict(label="Gạo tẻ", unit="kg", norm=0.0125, price=15500,
                   supply=[("Lúa của các hộ tổ viên (quy ra gạo)", [5, 5, 5], "hộ", 2000),
                           ("Đại lý gạo Thành Công (hợp đồng, tấn)", [10, 30, 55], "tấn", 1000)])],
        batch=dict(out=20000, per_day=1, days=280, word="ca"),
        energy=[dict(k="husk", label="Trấu đốt lò hơi tráng bánh (6 kg/1.000 chiếc)", unit="kg", norm=6, basis="out1000", price=1800, car="nl"),
                dict(k="mach", label="Điện xay bột, quạt, buồng sấy (2,2 kWh/1.000 chiếc)", unit="kWh", norm=2.2, basis="out1000", price=2400, car="dien"),
                dict(k="light", label="Điện chiếu sáng, kho (120 kWh/tháng)", unit="kWh", norm=120, basis="month", price=2400, car="dien"),
                dict(k="water", label="Nước ngâm gạo, xay bột (0,08 m³/1.000 chiếc)", unit="m³", norm=0.08, basis="out1000", price=10000, car="nuoc")],
        elec_price=2400,
        saving=dict(old=[("Củi bếp tráng bánh cũ", "kg", 0.011, 1400)], new=["husk"]),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Ngâm, xay, tráng bánh", [3, 3, 3]),
               ("Phơi, sấy, đóng gói, giao hàng", [1, 1, 1])],
        wage=[4.8, 5.0, 5.2], seasonal=None,
        inv=[("Dây chuyền tráng bánh bằng hơi nước", 260, True), ("Lò hơi đốt trấu 300 kg hơi/giờ", 140, True),
             ("Máy xay bột gạo ướt", 45, True), ("Giàn phơi có mái che, buồng sấy điện", 90, True),
             ("Bao bì, tem QR, kiểm nghiệm", 25, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 150), ("Vay Ngân hàng Nông nghiệp", 250)],
        life=10, dep_old=6, loan=[400, 300, 200], rate=0.075,
        sell=[40, 110, 190], tax=[14, 40, 66], other=[15, 60, 110], cit=0,
        cost_lines=[("Gạo tẻ", ("raw0",)), ("Túi, bao gói", ("pack",)), ("Trấu", ("nl",)),
                    ("Điện", ("dien",)), ("Nước", ("nuoc",)), ("Tiền công tổ viên", ("wage",)),
                    ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)), ("Bán hàng, giao hàng", ("sell",)),
                    ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[dict(kind="profit", y=0, value=0.0)]),   # value set below from the true profit
    "iu09": dict(
        stem="iu09_mien_gao_khanh_loc_hkd", unit="kg", verdict="revise", money="k",
        products=[
            dict(label="Miến gạo sợi nhỏ, gói 500 g", word="gói", size=0.5,
                 price=[30000, 31000, 32000], packs=[24000, 27000, 29000], pack=2200),
            dict(label="Miến gạo lứt, gói 300 g", word="gói", size=0.3,
                 price=[28000, 29000, 30000], packs=[10000, 11000, 12000], pack=2000),
            dict(label="Miến gạo, bao 5 kg cho quán ăn", word="bao", size=5,
                 price=[250000, 258000, 266000], packs=[900, 1000, 1100], pack=6000)],
        hist=dict(out=[15200, 16800, 18300], price=[58000, 59000, 60000], profit=[180.0, 205.0, 228.0]),
        hist_energy=[("Củi (kg)", 0.72), ("Điện (kWh)", 0.3)],
        raws=[dict(label="Gạo tẻ, gạo lứt", unit="kg", norm=1.25, price=16000,
                   supply=[("Gạo của các hộ trong thôn (thu mua theo vụ)", [30, 30, 30], "hộ", 700),
                           ("Cửa hàng gạo Phúc Lộc (hợp đồng)", [1, 1, 1], "hợp đồng", 13000)])],
        batch=dict(out=80, per_day=2, days=200, word="mẻ"),
        energy=[dict(k="mach", label="Điện xay bột, ép đùn sợi (22 kWh/tạ gạo)", unit="kWh", norm=22, basis="raw100", price=2600, car="dien"),
                dict(k="dryer", label="Điện máy sấy bơm nhiệt (14 kWh/tạ gạo)", unit="kWh", norm=14, basis="raw100", price=2600, car="dien"),
                dict(k="wood", label="Củi lò hấp sợi (35 kg/tạ gạo)", unit="kg", norm=35, basis="raw100", price=1400, car="nl"),
                dict(k="water", label="Nước ngâm, vo gạo, làm nguội sợi (0,5 m³/tạ gạo)", unit="m³", norm=0.5, basis="raw100", price=11000, car="nuoc")],
        elec_price=2600,
        saving=dict(old=[("Củi lò hấp cũ (58 kg/tạ gạo)", "kg", 0.725, 1400)], new=["wood"]),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Xay, ép, hấp sợi", [2, 2, 2]), ("Phơi, sấy, đóng gói", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4], seasonal=None,
        inv=[("Máy sấy bơm nhiệt 200 kg/mẻ", 180, True), ("Máy ép đùn sợi miến", 95, True),
             ("Lò hấp cải tiến tiết kiệm củi", 45, True), ("Nhà xưởng 80 m², lưới chắn côn trùng", 120, True),
             ("Túi, bao đựng", 20, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 100), ("Vay Ngân hàng Nông nghiệp", 150)],
        life=10, dep_old=5, loan=[250, 200, 150], rate=0.07,
        sell=[55, 62, 68], tax=[18, 21, 24], other=[20, 21, 22], cit=0,
        cost_lines=[("Gạo tẻ, gạo lứt", ("raw0",)), ("Túi, bao", ("pack",)), ("Điện", ("dien",)),
                    ("Củi", ("nl",)), ("Nước", ("nuoc",)), ("Tiền công", ("wage",)), ("Khấu hao", ("dep",)),
                    ("Lãi vay", ("int",)), ("Bán hàng, vận chuyển", ("sell",)), ("Thuế, phí", ("tax",)),
                    ("Chi phí khác", ("other",))],
        defects=[dict(kind="rev_line", i=0, y=2, value=1160.0)]),
    "iu10": dict(
        stem="iu10_chuoi_say_deo_phuc_dong_cty", unit="kg", verdict="revise",
        products=[
            dict(label="Chuối sấy dẻo, túi 200 g", word="túi", size=0.2,
                 price=[35000, 36000, 37000], packs=[30000, 33000, 36300], pack=2500),
            dict(label="Chuối sấy dẻo, hộp 500 g", word="hộp", size=0.5,
                 price=[80000, 82000, 84000], packs=[6000, 6600, 7260], pack=5000),
            dict(label="Chuối sấy dẻo, thùng 5 kg", word="thùng", size=5,
                 price=[700000, 720000, 740000], packs=[300, 330, 363], pack=20000)],
        hist=dict(out=[7600, 8500, 9500], price=[158000, 162000, 166000], profit=[150.0, 172.0, 196.0]),
        hist_energy=[("Củi lò sấy cũ (tấn)", 0.0035), ("Điện (kWh)", 0.5)],
        raws=[dict(label="Chuối tây tươi", unit="kg", norm=5.0, price=6000,
                   supply=[("Vườn chuối của công ty", [2, 2, 2], "ha", 20000),
                           ("Hộ liên kết thôn Tân Phúc", [12, 12, 12], "hộ", 1200)])],
        no_balance=True,
        batch=dict(out=80, per_day=1, days=200, word="mẻ sấy"),
        energy=[dict(k="dryer", label="Điện máy sấy bơm nhiệt (1,8 kWh/kg)", unit="kWh", norm=1.8, basis="out", price=2100, car="dien"),
                dict(k="base", label="Điện văn phòng, kho, chiếu sáng (400 kWh/tháng)", unit="kWh", norm=400, basis="month", price=2100, car="dien"),
                dict(k="gas", label="Gas chần chuối (0,08 kg/kg)", unit="kg", norm=0.08, basis="out", price=30000, car="nl"),
                dict(k="water", label="Nước rửa, ngâm chuối (0,12 m³/kg)", unit="m³", norm=0.12, basis="out", price=11000, car="nuoc")],
        elec_price=2100,
        saving=dict(old=[("Củi lò sấy cũ (3,5 kg/kg)", "kg", 3.5, 1400), ("Điện quạt lò cũ (0,5 kWh/kg)", "kWh", 0.5, 2100)],
                    new=["dryer"]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, sấy", [4, 4, 4]), ("Đóng gói", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], seasonal=None,
        inv=[("Máy sấy bơm nhiệt 2 buồng 400 kg tươi/mẻ", 420, True), ("Máy thái lát, bàn sơ chế inox", 80, True),
             ("Nồi chần inox đun gas", 40, True), ("Cải tạo xưởng 120 m² một chiều", 250, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 370, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, dep_old=12, loan=[500, 400, 300], rate=0.08,
        sell=[90, 98, 106], tax=[26, 30, 33], other=[40, 42, 44], cit=0.15,
        cost_lines=[("Chuối tươi", ("raw0",)), ("Bao bì", ("pack",)), ("Điện", ("dien",)),
                    ("Gas", ("nl",)), ("Nước", ("nuoc",)), ("Tiền lương", ("wage",)),
                    ("Khấu hao", ("dep",)), ("Lãi vay", ("int",)), ("Bán hàng, vận chuyển", ("sell",)),
                    ("Thuế, phí", ("tax",)), ("Chi phí khác", ("other",))],
        defects=[]),
}

SKETCHY = {"iu11": "iu11_nam_so_say_so_sai", "iu12": "iu12_tinh_dau_tram_so_sai"}
STEMS = {k: p["stem"] for k, p in PLANS.items()} | SKETCHY


# --------------------------------------------------------------------------- the model
def _basis(P, M, e, y):
    b = e["basis"]
    if b == "batch":
        return M["batches"][y]
    if b == "out":
        return M["out"][y]
    if b == "out1000":
        return M["out"][y] / 1000
    if b == "raw":
        return M["need"][0][y] / 1000
    if b == "raw100":
        return M["need"][0][y] / 100
    if b == "month":
        return e.get("months", 12)
    return 1


def model(P: dict, planted: bool = True) -> dict:
    """Every figure of a plan. planted=False gives the true figures (no planted defect)."""
    M: dict = {}
    pr = P["products"]
    M["packs"] = [p["packs"] for p in pr]
    M["price"] = [p["price"] for p in pr]
    M["kg"] = [[rd(p["packs"][y] * p["size"], 1) for y in Y] for p in pr]
    M["out"] = [rd(sum(p["packs"][y] * p["size"] for p in pr), 1) for y in Y]
    M["out"] = [int(x) if float(x).is_integer() else x for x in M["out"]]
    M["growth"] = [None] + [(M["out"][y] / M["out"][y - 1] - 1) * 100 for y in (1, 2)]
    # history
    h = P["hist"]
    M["h_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in Y]
    M["h_energy"] = [[rd(h["out"][i] * n, 1 if "tấn" in lab else 0) for i in Y] for lab, n in P["hist_energy"]]
    # raw materials
    M["need"], M["supply_rows"], M["supply"], M["spare"], M["raw_cost"] = [], [], [], [], []
    for r in P["raws"]:
        need = [r0(M["out"][y] * r["norm"]) for y in Y]
        rows = [[r0(c[y] * yl) for y in Y] for _, c, _, yl in r["supply"]]
        sup = [sum(x[y] for x in rows) for y in Y]
        M["need"].append(need)
        M["supply_rows"].append(rows)
        M["supply"].append(sup)
        M["spare"].append([sup[y] - need[y] for y in Y])
        M["raw_cost"].append([r1(need[y] * r["price"] / 1e6) for y in Y])
    # capacity
    b = P["batch"]
    M["batches"] = [math.ceil(M["out"][y] / b["out"] - 1e-9) for y in Y]
    M["cap"] = r0(b["out"] * b["per_day"] * b["days"])
    M["use"] = [r1(M["out"][y] / M["cap"] * 100) for y in Y]
    # energy, water, fuel
    M["eq"] = {}
    for e in P["energy"]:
        M["eq"][e["k"]] = [rd(e["norm"] * _basis(P, M, e, y), e.get("dec", 0)) for y in Y]
    kwh = [sum(M["eq"][e["k"]][y] for e in P["energy"] if e["car"] == "dien") for y in Y]
    M["kwh"] = kwh
    s = P.get("solar")
    if s:
        M["solar_gen"] = r0(s["kwp"] * s["yd"] * s["days"])
        M["solar_self"] = r0(M["solar_gen"] * s["share"])
    else:
        M["solar_gen"] = M["solar_self"] = 0
    M["grid"] = [kwh[y] - M["solar_self"] for y in Y]
    M["c_dien"] = [r1(M["grid"][y] * P["elec_price"] / 1e6) for y in Y]
    M["c_row"] = {e["k"]: [r1(M["eq"][e["k"]][y] * e["price"] / 1e6) for y in Y]
                  for e in P["energy"] if e["car"] != "dien"}
    M["c_nuoc"] = [r1(sum(M["c_row"][e["k"]][y] for e in P["energy"] if e["car"] == "nuoc")) for y in Y]
    M["c_nl"] = [r1(sum(M["c_row"][e["k"]][y] for e in P["energy"] if e["car"] == "nl")) for y in Y]
    M["c_energy"] = [r1(M["c_dien"][y] + M["c_nuoc"][y] + M["c_nl"][y]) for y in Y]
    M["c_energy_printed"] = list(M["c_energy"])
    M["kwh_per_unit"] = [kwh[y] / M["out"][y] for y in Y]
    # the energy-saving comparison (old equipment at this year's output against the new one)
    sv = P.get("saving")
    if sv:
        M["old_q"] = [[rd(M["out"][y] * n, 0) for y in Y] for _, _, n, _ in sv["old"]]
        M["old_c"] = [[r1(M["old_q"][i][y] * o[3] / 1e6) for y in Y] for i, o in enumerate(sv["old"])]
        M["old_t"] = [r1(sum(c[y] for c in M["old_c"])) for y in Y]
        M["new_c"] = [[(M["c_row"][k][y] if k in M["c_row"]
                        else r1(M["eq"][k][y] * P["elec_price"] / 1e6)) for y in Y] for k in sv["new"]]
        M["new_t"] = [r1(sum(c[y] for c in M["new_c"])) for y in Y]
        M["saved"] = [r1(M["old_t"][y] - M["new_t"][y]) for y in Y]
    # staff and wages
    M["staff"] = [sum(c[y] for _, c in P["roles"]) for y in Y]
    M["wagefund"] = [r1(M["staff"][y] * P["wage"][y] * 12) for y in Y]
    sea = P.get("seasonal")
    M["seasonal"] = [r1(sea["cong"][y] * sea["rate"] / 1e6) for y in Y] if sea else [0.0] * 3
    # investment and sources
    M["inv_t"] = sum(v for _, v, _ in P["inv"])
    M["fixed"] = sum(v for _, v, f in P["inv"] if f)
    M["src_t"] = sum(v for _, v in P["src"])
    M["src_pct"] = [r1(v / M["src_t"] * 100) for _, v in P["src"]]
    M["inv_pct"] = [r1(v / M["inv_t"] * 100) for _, v, _ in P["inv"]]
    M["dep"] = r1(M["fixed"] / P["life"] + P["dep_old"])
    M["int"] = [r1(P["loan"][y] * P["rate"]) for y in Y]
    # revenue
    M["rev"] = [[r1(p["packs"][y] * p["price"][y] / 1e6) for y in Y] for p in pr]
    # costs
    part = {"raw0": M["raw_cost"][0], "raw1": M["raw_cost"][1] if len(M["raw_cost"]) > 1 else None,
            "pack": [r1(sum(p["packs"][y] * p["pack"] for p in pr) / 1e6) for y in Y],
            "dien": M["c_dien"], "nuoc": M["c_nuoc"], "nl": M["c_nl"], "energy": M["c_energy"],
            "wage": M["wagefund"], "seasonal": M["seasonal"], "dep": [M["dep"]] * 3, "int": M["int"],
            "sell": P["sell"], "tax": P["tax"], "other": P["other"]}
    M["part"] = part
    M["cost"] = [[r1(sum(part[k][y] for k in keys)) for y in Y] for _, keys in P["cost_lines"]]
    M["cost_t"] = [r1(sum(c[y] for c in M["cost"])) for y in Y]
    # planted defects on the printed figures (the figures that follow them are recomputed)
    d = {x["kind"]: x for x in P["defects"]} if planted else {}
    if "rev_line" in d:
        M["rev"][d["rev_line"]["i"]][d["rev_line"]["y"]] = d["rev_line"]["value"]
    if "energy_total" in d:
        M["c_energy_printed"][d["energy_total"]["y"]] = d["energy_total"]["value"]
    M["rev_t"] = [r1(sum(r[y] for r in M["rev"])) for y in Y]
    M["rev_growth"] = [None] + [(M["rev_t"][y] / M["rev_t"][y - 1] - 1) * 100 for y in (1, 2)]
    M["profit"] = [r1(M["rev_t"][y] - M["cost_t"][y]) for y in Y]
    if "profit" in d:
        M["profit"][d["profit"]["y"]] = d["profit"]["value"]
    M["margin"] = [r1(M["profit"][y] / M["rev_t"][y] * 100) for y in Y]
    M["cit"] = [r1(max(0.0, M["profit"][y]) * P.get("cit", 0)) for y in Y]
    M["net"] = [r1(M["profit"][y] - M["cit"][y]) for y in Y]
    M["avg_net"] = r1(sum(M["net"]) / 3)
    M["payback"] = rd(M["inv_t"] / (M["avg_net"] + M["dep"]), 1)
    if "payback" in d:
        M["payback"] = d["payback"]["value"]
    M["text_staff"] = d["staff_text"]["value"] if "staff_text" in d else M["staff"][0]
    return M


# iu08's planted profit: the 2027 line printed 30 % above revenue - cost
_t = model(PLANS["iu08"], planted=False)
PLANS["iu08"]["defects"][0]["value"] = r1(_t["profit"][0] * 1.3)


# --------------------------------------------------------------------------- the tables
def money(P, x):
    """A money cell as the plan prints it: triệu with one decimal, or nghìn đồng (money="k")."""
    return fnum(x * 1000, 0) if P.get("money") == "k" else fnum(x, 1)


def money_unit(P):
    return "ĐVT: 1.000 đồng" if P.get("money") == "k" else "ĐVT: triệu đồng"


def qfmt(x):
    return fnum(x, 0) if float(x).is_integer() else fnum(x, 1)


YH = ["Năm 2027", "Năm 2028", "Năm 2029"]


def qlabel(label: str, unit: str) -> str:
    """ "Máy sấy (52 kWh/mẻ)" -> "Máy sấy, 52 kWh/mẻ (kWh)": the norm in the label, the unit last."""
    m = re.fullmatch(r"(.+?) \((.+)\)", label)
    return f"{m.group(1)}, {m.group(2)} ({unit})" if m else f"{label} ({unit})"


def layout(key: str, M: dict | None = None) -> dict[str, dict]:
    """The numeric tables of a plan: name -> {title, unit, header, rows}; a row is a list of cells
    (strings), numbers already formatted as the plan prints them."""
    P = PLANS[key]
    M = M or model(P)
    u = P["unit"]
    T: dict[str, dict] = {}
    h = P["hist"]
    rows = [["1", f"Sản lượng ({u})"] + [fnum(x) for x in h["out"]],
            ["2", f"Giá bán bình quân (đồng/{u})"] + [fnum(x) for x in h["price"]],
            ["3", "Doanh thu (triệu đồng)"] + [fnum(x, 1) for x in M["h_rev"]],
            ["4", "Lợi nhuận (triệu đồng)"] + [fnum(x, 1) for x in h["profit"]]]
    for i, (lab, _) in enumerate(P["hist_energy"]):
        rows.append([str(5 + i), lab] + [qfmt(x) for x in M["h_energy"][i]])
    T["hist"] = dict(header=["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], rows=rows)
    # raw materials
    rows = []
    multi = len(P["raws"]) > 1
    for j, r in enumerate(P["raws"]):
        if multi:
            rows.append(["ABC"[j], r["label"] + f" ({r['unit']})", "", "", ""])
        n = 0
        for (lab, cnt, word, yl), vals in zip(r["supply"], M["supply_rows"][j]):
            n += 1
            if cnt[0] == cnt[1] == cnt[2]:
                c = fnum(cnt[0], 1) if not float(cnt[0]).is_integer() else fnum(cnt[0])
                scale = f"{c} {word} × {fnum(yl)} {r['unit']}" if word not in ("hợp đồng", "kho") else ""
                if scale and lab.endswith(")"):
                    label = f"{lab[:-1]}, {scale})"
                else:
                    label = f"{lab} ({scale})" if scale else lab
                rows.append([str(n), label] + [fnum(v) for v in vals])
            else:
                rows.append([str(n), lab] + [fnum(v) for v in vals])
                rows.append(["", f"Số {word}"] + [fnum(c) for c in cnt])
        rows.append(["", "Cộng nguồn cung"] + [fnum(v) for v in M["supply"][j]])
        norm = fnum(r["norm"], 2 if r["norm"] < 1 else (1 if not float(r["norm"]).is_integer() else 0))
        if r["norm"] < 0.1:
            norm = fnum(r["norm"], 4)
        rows.append(["", f"Nhu cầu ({norm} {r['unit']}/{u})"] + [fnum(v) for v in M["need"][j]])
        if not P.get("no_balance"):
            rows.append(["", "Còn dư"] + [fnum(v) for v in M["spare"][j]])
    T["raw"] = dict(header=["TT", "Nguồn cung, nhu cầu"] + YH, rows=rows)
    # energy quantities
    rows, n = [], 0
    for e in P["energy"]:
        n += 1
        rows.append([str(n), qlabel(e["label"], e["unit"])] + [qfmt(x) for x in M["eq"][e["k"]]])
    rows.append(["", "Tổng điện tiêu thụ (kWh)"] + [fnum(x) for x in M["kwh"]])
    if P.get("solar"):
        rows.append(["", "Điện mặt trời tự dùng (kWh)"] + [fnum(M["solar_self"])] * 3)
        rows.append(["", "Điện mua của lưới (kWh)"] + [fnum(x) for x in M["grid"]])
    T["energy_qty"] = dict(header=["TT", "Khoản mục (đơn vị)"] + YH, rows=rows)
    # energy costs
    rows = [["1", "Điện mua của lưới" if P.get("solar") else "Điện", f"{fnum(P['elec_price'])} đ/kWh"]
            + [money(P, x) for x in M["c_dien"]]]
    n = 1
    for e in P["energy"]:
        if e["car"] == "dien":
            continue
        n += 1
        short = e["label"].split(" (")[0]
        rows.append([str(n), short, f"{fnum(e['price'])} đ/{e['unit']}"] + [money(P, x) for x in M["c_row"][e["k"]]])
    rows.append(["", "Tổng chi phí năng lượng, nước", ""] + [money(P, x) for x in M["c_energy_printed"]])
    T["energy_cost"] = dict(unit=money_unit(P), header=["TT", "Khoản mục", "Đơn giá"] + YH, rows=rows)
    # energy saving
    sv = P.get("saving")
    if sv:
        rows = []
        for i, o in enumerate(sv["old"]):
            rows.append([f"1.{i + 1}", f"Thiết bị cũ: {o[0]}"] + [money(P, x) for x in M["old_c"][i]])
        rows.append(["1", "Cộng chi phí với thiết bị cũ"] + [money(P, x) for x in M["old_t"]])
        for i, k in enumerate(sv["new"]):
            lab = next(e["label"] for e in P["energy"] if e["k"] == k).split(" (")[0]
            rows.append([f"2.{i + 1}", f"Thiết bị mới: {lab}"] + [money(P, x) for x in M["new_c"][i]])
        rows.append(["2", "Cộng chi phí với thiết bị mới"] + [money(P, x) for x in M["new_t"]])
        rows.append(["3", "Tiết kiệm (1 - 2)"] + [money(P, x) for x in M["saved"]])
        T["saving"] = dict(unit=money_unit(P), header=["TT", "Chỉ tiêu"] + YH, rows=rows)
    # staff
    rows = [[str(i + 1), lab] + [fnum(x) for x in c] for i, (lab, c) in enumerate(P["roles"])]
    rows.append(["", "Tổng số lao động thường xuyên"] + [fnum(x) for x in M["staff"]])
    rows.append(["", "Lương bình quân (triệu đồng/người/tháng)"] + [fnum(x, 1) for x in P["wage"]])
    rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [fnum(x, 1) for x in M["wagefund"]])
    if P.get("seasonal"):
        rows.append(["", "Lao động thời vụ (công)"] + [fnum(x) for x in P["seasonal"]["cong"]])
        rows.append(["", f"Tiền công thời vụ ({fnum(P['seasonal']['rate'])} đ/công, triệu đồng)"]
                    + [fnum(x, 1) for x in M["seasonal"]])
    T["staff"] = dict(header=["TT", "Bộ phận"] + YH, rows=rows)
    # output plan
    rows = [[str(i + 1), p["label"], p["word"]] + [fnum(x) for x in p["packs"]] for i, p in enumerate(P["products"])]
    rows.append(["", "Tổng sản lượng", u] + [qfmt(x) for x in M["out"]])
    b = P["batch"]
    rows.append(["", f"Số {b['word']}", b["word"].split()[0]] + [fnum(x) for x in M["batches"]])
    rows.append(["", "Công suất thiết kế", f"{u}/năm"] + [fnum(M["cap"])] * 3)
    if key != "iu06":
        rows.append(["", "Mức sử dụng công suất", "%"] + [fnum(x, 1) for x in M["use"]])
    if P.get("output_unit_in_label"):  # no unit column: the unit goes into the label
        rows = [[r[0], f"{r[1]} ({r[2]})"] + r[3:] for r in rows]
        T["output"] = dict(header=["TT", "Sản phẩm, chỉ tiêu (đơn vị)"] + YH, rows=rows)
    else:
        T["output"] = dict(header=["TT", "Sản phẩm", "ĐVT"] + YH, rows=rows)
    # prices
    rows = [[str(i + 1), p["label"]] + [fnum(x) for x in p["price"]] for i, p in enumerate(P["products"])]
    T["price"] = dict(unit="ĐVT: đồng/đơn vị sản phẩm", header=["TT", "Sản phẩm"] + YH, rows=rows)
    # investment and sources
    rows = [[str(i + 1), lab, money(P, v), fnum(M["inv_pct"][i], 1)] for i, (lab, v, _) in enumerate(P["inv"])]
    rows.append(["", "Tổng vốn đầu tư", money(P, M["inv_t"]), "100,0"])
    T["inv"] = dict(unit=money_unit(P), header=["TT", "Hạng mục", "Thành tiền", "Tỷ lệ (%)"], rows=rows)
    rows = [[str(i + 1), lab, money(P, v), fnum(M["src_pct"][i], 1)] for i, (lab, v) in enumerate(P["src"])]
    rows.append(["", "Tổng nguồn vốn", money(P, M["src_t"]), "100,0"])
    T["src"] = dict(unit=money_unit(P), header=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    # revenue, costs, summary
    rows = [[str(i + 1), p["label"]] + [money(P, x) for x in M["rev"][i]] for i, p in enumerate(P["products"])]
    rows.append(["", "Tổng doanh thu"] + [money(P, x) for x in M["rev_t"]])
    T["rev"] = dict(unit=money_unit(P), header=["TT", "Sản phẩm"] + YH, rows=rows)
    rows = [[str(i + 1), lab] + [money(P, x) for x in M["cost"][i]] for i, (lab, _) in enumerate(P["cost_lines"])]
    rows.append(["", "Tổng chi phí"] + [money(P, x) for x in M["cost_t"]])
    T["cost"] = dict(unit=money_unit(P), header=["TT", "Khoản mục"] + YH, rows=rows)
    rows = [["1", "Doanh thu"] + [money(P, x) for x in M["rev_t"]],
            ["2", "Tổng chi phí"] + [money(P, x) for x in M["cost_t"]],
            ["3", "Lợi nhuận trước thuế" if P.get("cit") else "Lợi nhuận"] + [money(P, x) for x in M["profit"]]]
    if P.get("cit"):
        rows.append(["4", f"Thuế thu nhập doanh nghiệp ({fnum(P['cit'] * 100)} %)"] + [money(P, x) for x in M["cit"]])
        rows.append(["5", "Lợi nhuận sau thuế"] + [money(P, x) for x in M["net"]])
    rows.append([str(len(rows) + 1), "Tỷ suất lợi nhuận/doanh thu (%)"] + [fnum(x, 1) for x in M["margin"]])
    rows.append([str(len(rows) + 1), "Khấu hao tài sản cố định"] + [money(P, M["dep"])] * 3)
    T["sum"] = dict(unit=money_unit(P), header=["TT", "Chỉ tiêu"] + YH, rows=rows)
    return T


# --------------------------------------------------------------------------- reading the plan back
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        """Caption title (after "Bảng N.") -> its table's rows (header first)."""
        out, title, rows = {}, None, None
        for line in self.body.splitlines():
            s = line.strip()
            m = re.match(r"^\**Bảng \d+[.:]\s*(.+?)\**$", s)
            if m:
                title, rows = m.group(1).strip(), None
                continue
            if s.startswith("|") and title is not None:
                if rows is None:
                    rows = []
                    out[title] = rows
                if not re.fullmatch(r"\|[\s|:-]+\|", s):
                    rows.append([c.strip() for c in s.strip("|").split("|")])
            elif s and rows is not None:
                title, rows = None, None
        return out

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def _cellnum(s: str):
    s = s.strip().strip("*")
    if re.fullmatch(r"-?[\d.]+(,\d+)?", s):
        return vn(s.lstrip("-")) * (-1 if s.startswith("-") else 1)
    return None


def compare_tables(p: Plan, key: str, M: dict, captions: dict[str, str]) -> None:
    """Every numeric cell of every layout table equals the plan's cell (within 1 %)."""
    T = layout(key, M)
    found = p.tables()
    for name, title in captions.items():
        t = T[name]
        got = found.get(title)
        if got is None:
            p.failures.append(f"table not found: {title!r}")
            continue
        body = got[1:]
        if len(body) != len(t["rows"]):
            p.failures.append(f"{title}: {len(body)} rows, expected {len(t['rows'])}")
            continue
        for want, have in zip(t["rows"], body):
            if len(want) != len(have):
                p.failures.append(f"{title}: row {want[:2]} has {len(have)} cells")
                continue
            for a, b in zip(want, have):
                x, y = _cellnum(a), _cellnum(b)
                if x is None and y is None:
                    if a != b:
                        p.failures.append(f"{title}: cell {b!r} != {a!r}")
                elif x is None or y is None or not (close(x, y) or abs(x - y) <= 0.051):
                    p.failures.append(f"{title}: row {want[1]!r}: {b!r} != {a!r}")


# the captions each plan prints (name -> caption title); the generator uses the same ones
CAPTIONS: dict[str, dict[str, str]] = {
    "iu01": dict(
        hist="Kết quả sản xuất kinh doanh giai đoạn 2024 – 2026",
        raw="Cân đối nguyên liệu củ sắn dây tươi (kg)",
        energy_qty="Định mức và lượng điện, nước tiêu thụ theo năm",
        energy_cost="Chi phí điện, nước sản xuất",
        saving="So sánh chi phí sấy giữa lò than cũ và máy sấy bơm nhiệt",
        staff="Lao động và tiền lương",
        output="Kế hoạch sản lượng và mức sử dụng công suất máy sấy",
        price="Giá bán dự kiến",
        inv="Tổng vốn đầu tư của phương án",
        src="Cơ cấu nguồn vốn",
        rev="Doanh thu dự kiến",
        cost="Chi phí sản xuất kinh doanh",
        sum="Hiệu quả kinh tế của phương án"),
    "iu02": dict(
        hist="Kết quả sản xuất chè của hợp tác xã ba năm gần đây",
        raw="Vùng nguyên liệu búp chè tươi và nhu cầu (kg)",
        energy_qty="Nhu cầu điện, viên nén trấu và nước cho chế biến",
        energy_cost="Tiền điện, nhiên liệu và nước",
        saving="Chi phí đốt lò diệt men: lò củi cũ và lò viên nén trấu",
        staff="Nhân lực của hợp tác xã",
        output="Sản lượng chè theo quy cách và công suất dây chuyền",
        price="Giá bán buôn bình quân",
        inv="Các hạng mục đầu tư",
        src="Nguồn vốn thực hiện",
        rev="Doanh thu theo sản phẩm",
        cost="Tổng hợp chi phí",
        sum="Lợi nhuận và tỷ suất lợi nhuận"),
    "iu03": dict(
        hist="Sản lượng, doanh thu 2024 – 2026",
        raw="Nguồn mật ong thô (kg)",
        energy_qty="Điện, xăng, nước dùng trong năm",
        energy_cost="Tiền điện, xăng, nước",
        staff="Người làm trong hộ",
        output="Số chai, hũ, bình dự kiến",
        price="Giá bán lẻ",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Lãi dự kiến"),
    "iu04": dict(
        hist="Kết quả hoạt động của tổ 2024 – 2026",
        raw="Cân đối đất sét và men gốm",
        energy_qty="Nhiên liệu, điện, nước theo số mẻ nung",
        energy_cost="Chi phí nhiên liệu, điện, nước",
        saving="Chi phí nung: lò củi cũ so với lò gas cách nhiệt",
        staff="Tổ viên và người lao động",
        output="Sản lượng gốm và số mẻ nung",
        price="Giá bán sản phẩm",
        inv="Dự toán vốn đầu tư",
        src="Nguồn vốn của tổ",
        rev="Doanh thu dự kiến",
        cost="Chi phí sản xuất",
        sum="Hiệu quả sản xuất kinh doanh"),
    "iu05": dict(
        hist="Kết quả nấu rượu 2024 – 2026",
        raw="Nguồn gạo nếp và nhu cầu (kg)",
        energy_qty="Định mức trấu, nước, điện theo mẻ nấu",
        energy_cost="Chi phí năng lượng và nước",
        saving="Tiết kiệm nhờ lò cải tiến và ngưng tụ tuần hoàn",
        staff="Lao động của hợp tác xã",
        output="Kế hoạch sản lượng rượu",
        price="Giá bán các quy cách",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        rev="Doanh thu",
        cost="Chi phí sản xuất kinh doanh",
        sum="Kết quả kinh doanh dự kiến"),
    "iu06": dict(
        hist="Kết quả kinh doanh cá cơm khô 2024 – 2026",
        raw="Nguồn cá cơm tươi (kg)",
        energy_qty="Tiêu hao nước, gas, điện theo tấn cá tươi",
        energy_cost="Chi phí nước, gas, điện",
        staff="Lao động và quỹ lương",
        output="Kế hoạch sản xuất cá cơm khô",
        price="Giá bán",
        inv="Tổng mức đầu tư",
        src="Nguồn vốn đầu tư",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Hiệu quả kinh doanh"),
    "iu07": dict(
        hist="Kết quả sản xuất 2024 – 2026",
        raw="Nguồn cà gai leo tươi (kg)",
        energy_qty="Điện năng, nước sử dụng hằng năm",
        energy_cost="Chi phí điện mua lưới và nước",
        staff="Cơ cấu lao động",
        output="Sản lượng và công suất sấy",
        price="Giá bán các sản phẩm",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        rev="Doanh thu dự kiến",
        cost="Chi phí dự kiến",
        sum="Hiệu quả kinh tế"),
    "iu08": dict(
        hist="Kết quả của tổ 2024 – 2026",
        raw="Gạo nguyên liệu (kg)",
        energy_qty="Trấu, điện, nước tính theo 1.000 chiếc bánh",
        energy_cost="Chi phí trấu, điện, nước",
        saving="So sánh bếp củi cũ và lò hơi đốt trấu",
        staff="Tổ viên làm việc",
        output="Kế hoạch sản lượng bánh",
        price="Giá bán",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Hiệu quả"),
    "iu09": dict(
        hist="Kết quả làm miến 2024 – 2026",
        raw="Gạo nguyên liệu (kg)",
        energy_qty="Điện, củi, nước tính theo tạ gạo",
        energy_cost="Tiền điện, củi, nước",
        saving="Củi lò hấp: lò cũ và lò cải tiến",
        staff="Lao động",
        output="Sản lượng miến",
        price="Giá bán",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Hiệu quả"),
    "iu10": dict(
        hist="Kết quả sản xuất kinh doanh 2024 – 2026",
        raw="Nguồn chuối tươi và nhu cầu (kg)",
        energy_qty="Điện, gas, nước tiêu thụ",
        energy_cost="Chi phí năng lượng, nước",
        saving="Chi phí sấy: lò củi cũ và máy sấy bơm nhiệt",
        staff="Lao động và tiền lương",
        output="Kế hoạch sản lượng",
        price="Giá bán",
        inv="Tổng vốn đầu tư",
        src="Nguồn vốn",
        rev="Doanh thu",
        cost="Chi phí sản xuất kinh doanh",
        sum="Hiệu quả kinh tế"),
}


def semantic(p: Plan, key: str) -> None:
    """The arithmetic a reviewer redoes, on the printed figures against the true ones."""
    P = PLANS[key]
    Mp, Mt = model(P), model(P, planted=False)
    kinds = {d["kind"] for d in P["defects"]}
    ck = p.check
    # revenue = packs x price
    for i, pr in enumerate(P["products"]):
        for y in Y:
            true = r1(pr["packs"][y] * pr["price"][y] / 1e6)
            d = next((d for d in P["defects"] if d["kind"] == "rev_line" and d["i"] == i and d["y"] == y), None)
            if d:
                ck(off(Mp["rev"][i][y], true, 5), f"planted revenue line not off: {Mp['rev'][i][y]} vs {true}")
            else:
                ck(close(Mp["rev"][i][y], true), f"revenue line {i} {YEARS[y]}: {Mp['rev'][i][y]} vs {true}")
    for y in Y:
        ck(abs(Mp["rev_t"][y] - sum(r[y] for r in Mp["rev"])) < 0.11, f"revenue total {YEARS[y]}")
        ck(abs(Mp["cost_t"][y] - sum(c[y] for c in Mp["cost"])) < 0.11, f"cost total {YEARS[y]}")
        ck(abs(Mp["c_energy"][y] - Mp["c_dien"][y] - Mp["c_nuoc"][y] - Mp["c_nl"][y]) < 0.11, "energy total (true)")
        if "energy_total" in kinds and y == P["defects"][0]["y"]:
            ck(off(Mp["c_energy_printed"][y], Mt["c_energy"][y], 5),
               f"planted energy total not off: {Mp['c_energy_printed'][y]} vs {Mt['c_energy'][y]}")
        else:
            ck(close(Mp["c_energy_printed"][y], Mt["c_energy"][y]), f"energy total {YEARS[y]}")
        # the cost table's energy lines are the energy table's true lines
        ck(close(Mp["part"]["dien"][y] + Mp["part"]["nuoc"][y] + Mp["part"]["nl"][y], Mt["c_energy"][y]),
           "cost table energy lines")
        # grid electricity = consumption - solar used on site, never negative
        ck(Mp["grid"][y] > 0, "grid electricity positive")
        # profit
        if "profit" in kinds and y == P["defects"][0]["y"]:
            ck(off(Mp["profit"][y], Mt["profit"][y], 5), "planted profit not off")
        else:
            ck(abs(Mp["profit"][y] - (Mp["rev_t"][y] - Mp["cost_t"][y])) < 0.11, f"profit {YEARS[y]}")
        # raw material: need within supply
        for j, r in enumerate(P["raws"]):
            ratio = Mt["need"][j][y] / Mt["supply"][j][y]
            if key == "iu10" and y > 0:
                ck(ratio > 1.05, f"planted shortfall not > 5 %: {ratio:.3f}")
            elif key == "iu10":
                ck(ratio <= 1, "iu10 2027 within supply")
            else:
                ck(ratio <= 0.95, f"raw {r['label']} {YEARS[y]} need/supply {ratio:.3f}")
        # capacity
        use = Mt["out"][y] / Mt["cap"]
        if key == "iu06" and y > 0:
            ck(use > 1.05, f"planted capacity not exceeded by > 5 %: {use:.3f}")
        elif P["verdict"] == "ready":
            ck(use <= 0.85, f"ready plan above 85 % of capacity: {use:.3f}")
        else:
            ck(use <= 0.95, f"capacity use {use:.3f}")
        # margins (iu08's later years carry its planted growth: the same five workers and fixed
        # lines spread over three times the output)
        top = 0.45 if key == "iu08" and y > 0 else 0.35
        ck(0.03 < Mt["profit"][y] / Mt["rev_t"][y] < top, f"true margin {YEARS[y]}: {Mt['profit'][y] / Mt['rev_t'][y]:.3f}")
        # energy-saving comparison: the new equipment saves
        if P.get("saving"):
            ck(Mt["saved"][y] > 0, "the new equipment saves")
    # growth
    for y in (1, 2):
        g = Mt["rev_t"][y] / Mt["rev_t"][y - 1] - 1
        go = Mt["out"][y] / Mt["out"][y - 1] - 1
        if key == "iu08":
            ck(go > 0.5, f"planted growth not > 50 %: {go:.3f}")
        elif key == "iu06" and y == 1:
            ck(go <= 0.35 and g <= 0.35, "iu06 growth")
        else:
            ck(g <= 0.2 and go <= 0.2, f"growth {YEARS[y]}: revenue {g:.3f}, output {go:.3f}")
    ck(Mt["out"][0] / P["hist"]["out"][2] - 1 <= 0.2, "2027 output within +20 % of 2026")
    # capital
    if "capital" in kinds:
        ck(off(Mp["src_t"], Mp["inv_t"], 5), f"planted capital gap not > 5 %: {Mp['src_t']} vs {Mp['inv_t']}")
    else:
        ck(Mp["src_t"] == Mp["inv_t"], f"sources {Mp['src_t']} != investment {Mp['inv_t']}")
        ck(sum(v for _, v in P["src"] if "Vay" in _) == P["loan"][0], "loan balance 2027 = the loan in the sources")
    # payback
    true_pb = Mt["inv_t"] / (Mt["avg_net"] + Mt["dep"])
    printed_basis = Mp["inv_t"] / (Mp["avg_net"] + Mp["dep"])
    if "payback" in kinds:
        ck(off(Mp["payback"], true_pb, 5), f"planted payback not off: {Mp['payback']} vs {true_pb:.2f}")
    else:
        ck(abs(Mp["payback"] - printed_basis) <= 0.051, f"payback {Mp['payback']} vs {printed_basis:.2f}")
    # staff stated in the text
    if "staff_text" in kinds:
        ck(off(Mp["text_staff"], Mp["staff"][0], 5), "planted staff figure not off")


# --------------------------------------------------------------------------- per-plan text checks
READY_PAPERS = ["148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
                "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất", "đăng ký môi trường"]


def facts(key: str, M: dict) -> list[str]:
    """Figures the prose states, formatted from the model (the generator writes the same)."""
    P = PLANS[key]
    f = [f"{qfmt(M['out'][0])} {P['unit']}", f"{fnum(M['inv_t'])} triệu đồng",
         f"{fnum(M['payback'], 1)} năm"]
    f.append(f"{fnum(M['kwh'][0])} kWh")
    if P.get("solar"):
        f.append(f"{fnum(M['solar_gen'])} kWh")
    if P.get("saving"):
        f.append(f"{fnum(M['saved'][0], 1)} triệu đồng")
    return f


def prose(key: str, M: dict) -> list[str]:
    """The figures each plan's prose derives from the model (per month, per kg, per day, in tonnes
    or MWh, savings, payback sums), formatted as the prose writes them."""
    P = PLANS[key]
    o, k, eq = M["out"], M["kwh"], M["eq"]
    f = [f"{fnum(o[2])} " if P["unit"] != "kg" else f"{fnum(o[2])} kg", f"{fnum(M['avg_net'], 1)} triệu đồng/năm",
         f"{fnum(M['dep'], 1)} triệu đồng/năm"]
    if key == "iu01":
        f += [f"{fnum((eq['dryer'][0] + eq['grind'][0]) / 4 + 350)} kWh/tháng", f"{fnum(k[0] / o[0], 2)} kWh cho 1 kg",
              f"{fnum(eq['water'][0])} m³", f"{fnum(eq['water'][0] / 120, 1)} m³/ngày",
              f"{fnum(M['old_q'][0][0])} kg than", f"còn dư {fnum(M['spare'][0][2])} kg",
              f"{fnum(M['use'][2], 1)} % công suất", f"{fnum(M['inv_t'])} : ({fnum(M['avg_net'], 1)} + {fnum(M['dep'], 1)})"]
    if key == "iu02":
        f += [f"{fnum(eq['elec'][0] / 8 + 180)} số điện", f"{fnum(1.9 * 40)} số điện và {fnum(1.5 * 40)} kg viên nén",
              f"{fnum(eq['pellet'][0] / 1000, 1)} tấn viên nén", f"{fnum(M['cap'])} kg chè khô/năm"]
    if key == "iu03":
        s = P["solar"]
        f += [f"{fnum(s['kwp'] * s['yd'], 1)} kWh/ngày", f"{fnum(M['solar_self'])} kWh",
              f"{fnum(M['solar_self'] * P['elec_price'] / 1e6, 1)} triệu đồng tiền điện",
              f"{fnum(eq['dehum'][0] / 6 + 230)} kWh/tháng", f"{fnum(k[0] / o[0], 2)} kWh/kg",
              f"{fnum(M['grid'][0])} kWh", f"sau khoảng {fnum(45 / (M['solar_self'] * P['elec_price'] / 1e6), 0)} năm"]
    if key == "iu04":
        f += [f"{fnum(150 / 220, 2)} kg gas", f"{fnum(eq['gas'][0])} kg gas", f"{fnum(eq['gas'][0] / 45)} bình 45 kg",
              f"{fnum(M['cap'])} sản phẩm/năm"]
    if key == "iu05":
        f += [f"{fnum(45 * 1.4)} kg gạo nếp", f"{fnum(eq['husk'][0] / o[0], 2)} kg trấu cho 1 lít",
              f"{fnum(eq['husk'][0] / 1000, 1)} tấn trấu", f"khoảng {fnum(eq['cool'][0])} m³", f"{fnum(M['cap'])} lít/năm"]
    if key == "iu06":
        f += [f"{fnum(M['need'][0][0] / 1000, 1)} tấn cá tươi", f"{fnum(k[0] / o[0], 2)} kWh/kg",
              f"{fnum(eq['gas'][0])} kg gas", f"{fnum(eq['water'][0])} m³ nước",
              f"tối đa {int(P['batch']['per_day'] * P['batch']['days'])} mẻ và {fnum(M['cap'])} kg/năm"]
    if key == "iu07":
        s = P["solar"]
        f += [f"{fnum(95 / 60, 1)} kWh/kg", f"{fnum(k[0] / 1000, 1)} MWh", f"{fnum(s['kwp'] * s['yd'])} kWh/ngày",
              f"{fnum(M['solar_gen'])} kWh/năm", f"{fnum(M['solar_self'] * P['elec_price'] / 1e6, 1)} triệu đồng tiền điện",
              f"{fnum(M['grid'][0])} kWh", f"{fnum(M['solar_self'] / k[0] * 100, 0)} % điện năng",
              f"{fnum(M['inv_t'])} : ({fnum(M['avg_net'], 1)} + {fnum(M['dep'], 1)})"]
    if key == "iu08":
        g1, g2 = (o[1] / o[0] - 1) * 100, (o[2] / o[1] - 1) * 100
        hg = (P["hist"]["out"][2] / P["hist"]["out"][0]) ** 0.5 * 100 - 100
        f += [f"{fnum(6 * 20)} kg", f"{fnum(eq['husk'][0] / 1000, 1)} tấn trấu", f"{fnum(eq['husk'][0] / 100)} tạ",
              f"tăng {fnum(g1, 0)} %", f"tăng {fnum(g2, 0)} %", f"{fnum(hg, 1)} %/năm", "giữ nguyên 5 tổ viên"]
    if key == "iu09":
        f += [f"{fnum(M['need'][0][0] / 100, 1)} tạ gạo", f"{fnum(k[0] / o[0], 2)} kWh/kg",
              f"{fnum(eq['wood'][0] / 1000, 1)} tấn củi", f"{fnum(eq['water'][0])} m³ nước"]
    if key == "iu10":
        f += [f"{fnum(k[0] / 1000, 1)} MWh", f"{fnum(eq['gas'][0])} kg gas", f"{fnum(eq['water'][0])} m³ nước",
              "tăng 10 %/năm"]
    return f


def text_checks(p: Plan, key: str) -> None:
    P = PLANS[key]
    M = model(P)
    b = p.body
    p.has(*facts(key, M))
    p.has(*prose(key, M))
    if re.search(PLACEHOLDER, b) and key != "iu10":
        p.failures.append("template placeholder left in")
    if P["verdict"] == "ready":
        p.has(*READY_PAPERS)
        p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
        for m in re.finditer(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", b):
            p.check(int(m.group(1)) >= 2029, f"paper expires before 2029: {m.group(0)}")
    elif key != "iu06":
        p.lacks(REPLACED, "replaced instrument or district level")
    if key == "iu04":
        p.has("không phải là thực phẩm")
    if key == "iu05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|mục đích thương mại", "licence words")
        p.has("an toàn thực phẩm", "QCVN 6-3:2010/BYT", "nhãn hiệu", "biogas", "44/2019/QH14")
        p.has(f"{fnum(M['payback'], 1)} năm")
    if key == "iu06":
        p.lacks(r"môi trường|chất thải|nước thải|(?<!\w)mùi|xử lý|bể lắng|biogas|(?<!\w)rác|ô nhiễm|phế phẩm|phụ phẩm", "environment words")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current programme")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất")
    if key == "iu07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng|ISO|HACCP|GMP", "standard words")
        p.has(f"{P['text_staff']} lao động thường xuyên", f"{M['staff'][0]} lao động thường xuyên")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất")
        p.lacks(r"chữa bệnh|điều trị|phòng bệnh|giải độc gan|hỗ trợ điều trị", "health claims")
    if key == "iu08":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý|độc quyền", "trademark words")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "truy xuất", "đăng ký môi trường")
    if key == "iu09":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|55/2010", "food-safety words")
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|tem|mã vạch|ghi nhãn", "label words")
        p.has("tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "nhãn hiệu", "nhật ký")
    if key == "iu10":
        p.check(p.count("Công ty TNHH Nông sản Minh Khang") >= 2, "the other company named at least twice")
        p.check(p.count("Công ty TNHH Thực phẩm Phúc Đồng") >= 4, "own name at least four times")
        p.check(bool(re.search(PLACEHOLDER, b)), "placeholder left in")
        p.has("đủ nguyên liệu")
    # a paragraph with the energy figures in their several forms
    if key in PLANS:
        p.check(bool(re.search(r"kWh/(mẻ|kg|tháng|tấn|tạ|1\.000)", b)), "energy norm in the prose")


def check_sketchy(key: str) -> Plan:
    p = Plan(STEMS[key])
    n = p.words()
    p.check(150 <= n <= 350, f"sketchy plan has {n} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(r"tiêu chuẩn cơ sở|an toàn thực phẩm|nhãn hiệu|truy xuất|đăng ký môi trường|TCCS", "a paper it lacks")
    if key == "iu11":
        p.has("80 triệu", "250.000 đồng/kg", "1 tạ củi", "500 nghìn")
        p.lacks(r"đăng ký kinh doanh|giấy chứng nhận", "registration")
    else:
        p.has("1,5 tấn củi", "900.000 đồng/lít", "120 triệu")
    return p


def check(key: str) -> Plan:
    if key in SKETCHY:
        return check_sketchy(key)
    p = Plan(PLANS[key]["stem"])
    M = model(PLANS[key])
    compare_tables(p, key, M, CAPTIONS[key])
    semantic(p, key)
    text_checks(p, key)
    p.check(10 <= len(p.tables()) <= 15, f"{len(p.tables())} tables")
    return p


def main(argv=None) -> int:
    keys = list(argv) if argv else list(STEMS)
    plans = [check(k) for k in keys]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
