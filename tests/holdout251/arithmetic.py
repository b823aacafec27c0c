"""The 251st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout251/arithmetic.py [ir01 ir05 ...]

Theme: plans that describe their equipment in detail. For every full plan (ir01-ir10) the constants
give the products (pack size in the plan's base unit, price and packs for 2027-2029, packaging cost
per pack), the 2024-2026 history (output, average price, margin), the raw materials (norm per base
unit of each product they go into, purchase price, supply rows as count x yield), the machines
(name, make and model, kW, dimensions, quantity, year bought, unit price), the stages of the line
(which machines, rated capacity per hour or per batch, hours or batches a day, days a year, the
products that pass through the stage and how much of the stage's unit one unit of each product
takes), the machines that run on a fixed timetable (cold rooms, freezers), the power tariff, staff by
role and wage, maintenance, investment items and sources, loan balances and rate, depreciation, the
selling and tax shares of revenue and the fixed "other" line.

`model()` turns them into every figure the plans print: output = sum of packs x size, each stage's
capacity = machines x rating x hours (batches) a day x days and its use = load / capacity, the
machine-hours and kWh (kW x hours; batches x hours a batch), history revenue and profit, raw
material need = output x norm against supply = sum of count x yield, the equipment value (qty x unit
price) and its total, staff and the wage fund (staff x wage x 12), investment and sources with
their shares, revenue lines (packs x price), every cost line (need x price, packs x packaging
cost, kWh x tariff, maintenance, wages, depreciation = new fixed assets / life + the old machines'
remaining depreciation, interest = balance x rate, shares of revenue, other), profit, margin and
payback = investment / (average profit + depreciation).

The generator that wrote the plans' Markdown (outside the repository) imports `model()`, `spec()`
and the constants, so every table cell is computed; the checker below reads every numeric cell of
every table back from the plan's source (tables found by their caption "Bảng N.") and compares it
with the model within 1 %. Planted numeric defects are overrides of single figures (`bad`): each is
asserted wrong by more than 5 % against the true model, and every figure that differs between the
printed and the true model must be a planted one or a declared knock-on. Defects that are not a
wrong figure (capacity exceeded, material short, growth) are asserted on the true figures. Textual
defects are asserted through the absence or presence of their words; ready plans must cite QĐ 148
and QĐ 1489 and no replaced instrument or district body. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def fmt(x: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 and round(abs(x), d) != 0 else "") + s


# --------------------------------------------------------------------------- constants
def P(key, label, pack, size, price, packs, pcost):
    return dict(key=key, label=label, pack=pack, size=size, price=price, packs=packs, pcost=pcost)


def M(key, name, make, kw, dims, qty, year, price):
    return dict(key=key, name=name, make=make, kw=kw, dims=dims, qty=qty, year=year, price=price)


def S(key, label, mkeys, mode, rate, per_day, days, conv, basis="base", hpb=None, show=True):
    """A stage of the line: mode 'h' = rate per hour per machine, 'b' = rate per batch per
    machine (hpb hours a batch); conv = {product key: stage units per product unit} (per base
    unit when basis='base', per pack when basis='packs')."""
    return dict(key=key, label=label, mkeys=mkeys, mode=mode, rate=rate, per_day=per_day,
                days=days, conv=conv, basis=basis, hpb=hpb, show=show)


def R(key, label, unit, norms, price, rows):
    """A raw material: norms = {product key: raw units per base unit}; rows = supply rows
    (label, [count per year], count word, yield per count)."""
    return dict(key=key, label=label, unit=unit, norms=norms, price=price, rows=rows)


PLANS: dict[str, dict] = {}

# ---------------------------------------------------------------- ir01 mì gạo, bún khô (ready)
PLANS["ir01"] = dict(
    unit="kg",
    products=[P("mi", "Mì gạo sợi nhỏ, túi 500 g", "túi", 0.5, [31000, 32000, 33000], [60000, 66000, 71000], 1800),
              P("lut", "Mì gạo lứt đỏ, túi 500 g", "túi", 0.5, [40000, 41500, 43000], [24000, 27000, 30000], 2000),
              P("bun", "Bún gạo khô, túi 400 g", "túi", 0.4, [25000, 26000, 27000], [30000, 33000, 36000], 1500)],
    hist=dict(out=[38000, 42000, 46000], price=[60000, 62000, 64000], margin=[0.082, 0.086, 0.091]),
    raws=[R("te", "Gạo tẻ Khang dân, Bao thai", "kg", {"mi": 1.12, "bun": 1.12}, 18000,
            [("Hợp tác xã Nông nghiệp Cẩm Duệ (hợp đồng)", [1, 1, 1], "hợp đồng", 40000),
             ("Hộ trồng lúa thôn Đông Vịnh", [60, 60, 60], "hộ", 500)]),
          R("do", "Gạo lứt đỏ", "kg", {"lut": 1.15}, 26000,
            [("Hộ trồng lúa đỏ thôn Trung Hòa", [35, 35, 35], "hộ", 600)])],
    machines=[M("ngam", "Bể ngâm gạo inox 500 lít", "Inox Hoàng Gia, Việt Nam", 0, "Ø 900 × 1.000", 4, 2018, 8),
              M("xay", "Máy xay bột nước cối đá", "Nam Tiến NT-150, Việt Nam", 5.5, "900 × 650 × 1.250", 1, 2018, 45),
              M("trang", "Máy tráng hấp bánh liên hoàn", "Tân Phát TP-800, Việt Nam", 11, "6.500 × 950 × 1.600", 1, 2019, 260),
              M("cat", "Máy cắt sợi mì", "Tân Phát TP-C2, Việt Nam", 1.5, "1.100 × 600 × 1.100", 1, 2019, 38),
              M("dun", "Máy ép đùn sợi bún tự chín", "Kaixin KX-60, Trung Quốc", 15, "2.100 × 800 × 1.500", 1, 2027, 195),
              M("say1", "Máy sấy bơm nhiệt 10 xe", "Sấy Việt SV-HP10, Việt Nam", 9, "3.200 × 2.200 × 2.300", 1, 2022, 310),
              M("say2", "Máy sấy bơm nhiệt 10 xe (mua thêm)", "Sấy Việt SV-HP10, Việt Nam", 9, "3.200 × 2.200 × 2.300", 1, 2027, 330),
              M("dg", "Máy đóng gói định lượng", "Hưng Thịnh HT-420, Việt Nam", 2.2, "1.300 × 900 × 1.900", 1, 2021, 165),
              M("han", "Máy hàn miệng túi liên tục", "FR-900, Trung Quốc", 0.8, "820 × 400 × 300", 2, 2019, 9)],
    stages=[S("xay", "Xay bột nước (kg gạo/giờ)", ["xay"], "h", 90, 4, 300, {"mi": 1.12, "lut": 1.15, "bun": 1.12}),
            S("trang", "Tráng, hấp bánh (kg mì khô/giờ)", ["trang"], "h", 28, 8, 300, {"mi": 1, "lut": 1}),
            S("cat", "Cắt sợi (kg mì khô/giờ)", ["cat"], "h", 50, 8, 300, {"mi": 1, "lut": 1}),
            S("dun", "Ép đùn sợi bún (kg bún khô/giờ)", ["dun"], "h", 12, 8, 300, {"bun": 1}),
            S("say", "Sấy bơm nhiệt (kg thành phẩm/mẻ)", ["say1", "say2"], "b", 130, 1, 300,
              {"mi": 1, "lut": 1, "bun": 1}, hpb=14),
            S("dg", "Đóng gói định lượng (túi/giờ)", ["dg"], "h", 1200, 2, 300,
              {"mi": 1, "lut": 1, "bun": 1}, basis="packs")],
    fixed=[],
    tariff=2600,
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm, xay, tráng, cắt", [5, 5, 5]),
           ("Sấy, đóng gói", [3, 4, 4]), ("Kho, bán hàng", [2, 2, 2])],
    wage=[6.5, 6.8, 7.1],
    maint=("rate", 0.02),
    inv=[("Máy ép đùn sợi bún tự chín KX-60", 195, True), ("Máy sấy bơm nhiệt SV-HP10 (thêm 1 máy)", 330, True),
         ("Cải tạo khu sấy, đóng gói 80 m²", 180, True), ("Thiết kế bao bì, mã vạch, tem truy xuất", 45, False),
         ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 400, False)],
    src=[("Vốn chủ sở hữu", 580), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    loan=[600, 450, 300], rate=0.085, life=10, old_dep=31, sell=0.06, tax=0.015, other=120,
    bad={}, knock=set(),
)

# ---------------------------------------------------------------- ir02 chè xanh (ready)
PLANS["ir02"] = dict(
    unit="kg",
    products=[P("bup", "Chè búp khô, hộp 200 g", "hộp", 0.2, [70000, 72000, 74000], [15000, 16500, 18000], 6500),
              P("sao", "Chè xanh sao, túi 500 g", "túi", 0.5, [120000, 124000, 128000], [5000, 5500, 6000], 3000),
              P("moc", "Chè móc câu đặc biệt, hộp 100 g", "hộp", 0.1, [65000, 67000, 69000], [6000, 7000, 8000], 7000)],
    hist=dict(out=[4600, 5000, 5400], price=[300000, 310000, 320000], margin=[0.10, 0.105, 0.11]),
    raws=[R("bup", "Búp chè tươi", "kg", {"bup": 4.5, "sao": 4.5, "moc": 4.5}, 18000,
            [("Đồi chè của hợp tác xã", [6, 6, 6], "ha", 4000),
             ("Hộ liên kết thôn Kim Cương", [15, 15, 15], "hộ", 1000)])],
    machines=[M("dm", "Máy sao diệt men tôn quay", "Phú Thọ TQ-60, Việt Nam", 12, "2.400 × 900 × 1.300", 2, 2017, 42),
              M("vo1", "Máy vò chè", "Hoàng Long VC-55, Việt Nam", 2.2, "1.200 × 1.100 × 1.350", 2, 2017, 18),
              M("vo2", "Máy vò chè (mua thêm)", "Hoàng Long VC-55, Việt Nam", 2.2, "1.200 × 1.100 × 1.350", 1, 2027, 26),
              M("say", "Máy sấy chè băng tải 6 tầng", "Tân Hưng SB-6, Việt Nam", 15, "5.200 × 1.400 × 2.100", 1, 2020, 180),
              M("sao1", "Máy sao săn, lên hương", "Phú Thọ SH-40, Việt Nam", 4, "1.600 × 800 × 1.200", 1, 2020, 35),
              M("sao2", "Máy sao săn, lên hương (mua thêm)", "Phú Thọ SH-40, Việt Nam", 4, "1.600 × 800 × 1.200", 1, 2027, 48),
              M("sang", "Máy sàng phân loại chè", "Hoàng Long SPL-3, Việt Nam", 1.1, "2.000 × 800 × 1.100", 1, 2020, 22),
              M("hut", "Máy hút chân không 1 buồng", "DZ-400, Trung Quốc", 1.5, "560 × 480 × 920", 1, 2027, 38),
              M("kho", "Kho mát bảo quản chè 20 m³", "Cơ điện lạnh Bắc Trung Bộ", 3, "3.000 × 2.500 × 2.700", 1, 2027, 95)],
    stages=[S("dm", "Diệt men (kg búp tươi/giờ)", ["dm"], "h", 40, 6, 200, {"bup": 4.5, "sao": 4.5, "moc": 4.5}),
            S("vo", "Vò chè (kg búp tươi/mẻ)", ["vo1", "vo2"], "b", 20, 10, 200, {"bup": 4.5, "sao": 4.5, "moc": 4.5}, hpb=0.75),
            S("say", "Sấy băng tải (kg búp tươi/giờ)", ["say"], "h", 60, 8, 200, {"bup": 4.5, "sao": 4.5, "moc": 4.5}),
            S("sao", "Sao săn, lên hương (kg chè khô/mẻ)", ["sao1", "sao2"], "b", 6, 4, 200, {"bup": 1, "sao": 1, "moc": 1}, hpb=1.5),
            S("hut", "Hút chân không (gói/giờ)", ["hut"], "h", 180, 4, 250, {"bup": 1, "moc": 1}, basis="packs")],
    fixed=[("kho", 3000)], fixed_labels={"kho": "Kho mát 20 m³"},
    tariff=2500,
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Chế biến (diệt men, vò, sấy, sao)", [4, 5, 5]),
           ("Đóng gói, kho, bán hàng", [2, 2, 3])],
    wage=[6.0, 6.3, 6.6],
    maint=("rate", 0.02),
    inv=[("Máy vò chè VC-55 (thêm 1 máy)", 26, True), ("Máy sao săn, lên hương SH-40 (thêm 1 máy)", 48, True),
         ("Máy hút chân không DZ-400", 38, True), ("Kho mát bảo quản chè 20 m³", 95, True),
         ("Nâng cấp xưởng chế biến 100 m² theo hướng một chiều", 220, True),
         ("Bao bì, hộp, tem truy xuất", 35, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 25, False),
         ("Vốn lưu động", 250, False)],
    src=[("Vốn góp của thành viên", 287), ("Quỹ phát triển hợp tác xã", 150),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
    loan=[300, 200, 100], rate=0.08, life=10, old_dep=18, sell=0.07, tax=0.015, other=90,
    bad={}, knock=set(),
)

# ---------------------------------------------------------------- ir03 mật ong (ready)
PLANS["ir03"] = dict(
    unit="kg",
    products=[P("r500", "Mật ong hoa rừng, chai 500 g", "chai", 0.5, [170000, 175000, 180000], [5000, 5500, 6000], 9000),
              P("k1", "Mật ong hoa keo, hũ 1 kg", "hũ", 1, [230000, 235000, 240000], [2000, 2200, 2400], 12000),
              P("r250", "Mật ong hoa rừng, chai 250 g", "chai", 0.25, [95000, 98000, 100000], [3000, 3400, 3800], 6000)],
    hist=dict(out=[3900, 4250, 4500], price=[275000, 285000, 290000], margin=[0.12, 0.125, 0.13]),
    raws=[R("tho", "Mật ong thô", "kg", {"r500": 1.06, "k1": 1.06, "r250": 1.06}, 130000,
            [("Đàn ong của hộ", [260, 280, 300], "đàn", 15),
             ("Hộ nuôi ong liên kết thôn Kim Lộc", [12, 12, 12], "hộ", 250)])],
    machines=[M("quay", "Máy quay mật inox 4 khung", "Ong Việt QM-4, Việt Nam", 0.25, "Ø 600 × 900", 3, 2018, 6.5),
              M("loc", "Bồn lọc lắng inox 500 lít", "Inox Đại Thành, Việt Nam", 0, "Ø 850 × 1.150", 2, 2019, 12),
              M("htp1", "Máy hạ thủy phần mật ong", "Bee Tech HTP-30, Việt Nam", 4.5, "1.400 × 900 × 1.700", 1, 2022, 85),
              M("htp2", "Máy hạ thủy phần mật ong (mua thêm)", "Bee Tech HTP-30, Việt Nam", 4.5, "1.400 × 900 × 1.700", 1, 2027, 98),
              M("chiet", "Máy chiết rót mật ong bán tự động", "VNM CR-1, Việt Nam", 0.4, "1.100 × 500 × 1.400", 1, 2021, 18),
              M("dan", "Máy dán nhãn chai tròn", "MT-50, Trung Quốc", 0.3, "1.600 × 700 × 1.300", 1, 2027, 22),
              M("kho", "Phòng chứa mật thô có điều hòa 15 m²", "Điều hòa Daikin 2 HP", 1.5, "5.000 × 3.000", 1, 2019, 25)],
    stages=[S("htp", "Hạ thủy phần (kg mật thô/mẻ)", ["htp1", "htp2"], "b", 30, 1, 140,
              {"r500": 1.06, "k1": 1.06, "r250": 1.06}, hpb=8),
            S("chiet", "Chiết rót (chai, hũ/giờ)", ["chiet"], "h", 240, 4, 200,
              {"r500": 1, "k1": 1, "r250": 1}, basis="packs"),
            S("dan", "Dán nhãn chai tròn (chai/giờ)", ["dan"], "h", 600, 2, 200, {"r500": 1, "r250": 1}, basis="packs")],
    fixed=[("kho", 2000)], fixed_labels={"kho": "Phòng chứa mật"},
    tariff=2400,
    roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 2]),
           ("Lọc, hạ thủy phần, đóng chai", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
    wage=[5.0, 5.3, 5.6],
    maint=("rate", 0.03),
    inv=[("Máy hạ thủy phần HTP-30 (thêm 1 máy)", 98, True), ("Máy dán nhãn chai tròn MT-50", 22, True),
         ("Phòng lọc, đóng chai 35 m² (ốp gạch men, cửa lưới)", 150, True), ("40 thùng ong và đàn giống", 60, True),
         ("Chai, hũ, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động", 200, False)],
    src=[("Vốn tự có của hộ", 270), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
    loan=[300, 200, 100], rate=0.08, life=8, old_dep=12, sell=0.05, tax=0.015, other=30,
    bad={}, knock=set(),
)

# ---------------------------------------------------------------- ir04 gỗ mỹ nghệ (ready)
PLANS["ir04"] = dict(
    unit="chiếc",
    products=[P("tranh", "Tranh gỗ khắc CNC, 40 × 60 cm", "chiếc", 1, [650000, 670000, 690000], [1500, 1700, 1900], 25000),
              P("khay", "Khay trà gỗ hương chạm hoa sen", "chiếc", 1, [380000, 390000, 400000], [2500, 2800, 3000], 15000),
              P("hop", "Hộp đựng chè gỗ xoan, nắp trượt", "chiếc", 1, [120000, 124000, 128000], [6000, 6600, 7200], 6000)],
    hist=dict(out=[7800, 8500, 9200], price=[225000, 232000, 240000], margin=[0.10, 0.105, 0.11]),
    raws=[R("go", "Gỗ keo, gỗ xoan xẻ sấy", "m³", {"tranh": 0.012, "khay": 0.008, "hop": 0.004}, 9000000,
            [("Xưởng xẻ gỗ rừng trồng Đức Hòa (hợp đồng)", [1, 1, 1], "hợp đồng", 55),
             ("Hộ trồng keo là tổ viên", [8, 8, 8], "hộ", 4)]),
          R("son", "Sơn PU gốc nước, dầu lau gỗ", "lít", {"tranh": 0.15, "khay": 0.1, "hop": 0.05}, 120000,
            [("Đại lý sơn Thành Sen (hợp đồng)", [1, 1, 1], "hợp đồng", 1200)])],
    machines=[M("cua", "Máy cưa bàn trượt", "Đại Thành MJ-45, Việt Nam", 4, "3.000 × 3.200 × 900", 1, 2016, 48),
              M("bao", "Máy bào cuốn 2 mặt", "Đại Thành MB-400, Việt Nam", 5.5, "1.100 × 950 × 1.150", 1, 2019, 62),
              M("cnc1", "Máy CNC khắc gỗ 4 đầu", "Weihong 1325-4H, Trung Quốc", 6, "3.400 × 2.100 × 1.800", 1, 2021, 210),
              M("cnc2", "Máy CNC khắc gỗ 4 đầu (mua thêm)", "Weihong 1325-4H, Trung Quốc", 6, "3.400 × 2.100 × 1.800", 1, 2027, 235),
              M("cham", "Máy chà nhám thùng", "Đại Thành CN-630, Việt Nam", 7.5, "1.300 × 1.100 × 1.600", 1, 2019, 55),
              M("son", "Buồng phun sơn màng nước", "Cơ khí Tân Tiến BS-3, Việt Nam", 3, "3.000 × 2.500 × 2.400", 1, 2027, 85),
              M("hut", "Hệ thống hút bụi túi vải 4 túi", "Cơ khí Tân Tiến HB-4, Việt Nam", 5.5, "2.200 × 1.200 × 3.000", 1, 2027, 70),
              M("lo", "Lò sấy gỗ hơi nóng 6 m³", "Tự đóng, Việt Nam", 3, "4.000 × 2.500 × 2.500", 1, 2018, 90)],
    stages=[S("cua", "Cưa xẻ, pha phôi (chiếc/giờ)", ["cua"], "h", 12, 8, 280, {"tranh": 1, "khay": 1, "hop": 1}),
            S("bao", "Bào 2 mặt (chiếc/giờ)", ["bao"], "h", 20, 8, 280, {"tranh": 1, "khay": 1, "hop": 1}),
            S("cnc", "Khắc CNC (khay quy đổi/giờ)", ["cnc1", "cnc2"], "h", 1.5, 12, 280, {"tranh": 2, "khay": 1}),
            S("cham", "Chà nhám (chiếc/giờ)", ["cham"], "h", 15, 8, 280, {"tranh": 1, "khay": 1, "hop": 1}),
            S("son", "Phun sơn và để khô (chiếc/mẻ)", ["son"], "b", 18, 3, 280, {"tranh": 1, "khay": 1, "hop": 1}, hpb=2.5)],
    fixed=[("hut", 1500), ("lo", 2000)], fixed_labels={"hut": "Hút bụi", "lo": "Lò sấy gỗ"},
    tariff=2600,
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ mộc, vận hành máy", [5, 5, 6]),
           ("Thợ chạm, hoàn thiện", [4, 4, 4]), ("Sơn, đóng gói, bán hàng", [2, 3, 3])],
    wage=[6.5, 6.8, 7.1],
    maint=("rate", 0.03),
    inv=[("Máy CNC 1325-4H (thêm 1 máy)", 235, True), ("Buồng phun sơn màng nước BS-3", 85, True),
         ("Hệ thống hút bụi túi vải HB-4", 70, True), ("Mở rộng nhà xưởng 150 m²", 300, True),
         ("Thiết kế mẫu, thẻ treo, hộp đóng gói", 40, False), ("Đăng ký nhãn hiệu, thử nghiệm", 20, False),
         ("Vốn lưu động", 350, False)],
    src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội (4 hộ tổ viên đứng vay)", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
    loan=[500, 400, 300], rate=0.075, life=10, old_dep=25, sell=0.06, tax=0.015, other=80,
    bad={}, knock=set(),
)

# ---------------------------------------------------------------- ir05 rượu nếp (revise)
PLANS["ir05"] = dict(
    unit="lít",
    products=[P("nep", "Rượu nếp 35 độ, chai 500 ml", "chai", 0.5, [62000, 64000, 66000], [24000, 27600, 31200], 9000),
              P("sim", "Rượu nếp ngâm sim 29 độ, chai 500 ml", "chai", 0.5, [82000, 85000, 88000], [12000, 14000, 16000], 10000),
              P("can", "Rượu nếp 40 độ, can 2 lít", "can", 2, [230000, 236000, 242000], [3000, 3300, 3600], 8000)],
    hist=dict(out=[19000, 20500, 22000], price=[120000, 125000, 130000], margin=[0.11, 0.115, 0.12]),
    raws=[R("nep", "Gạo nếp cái", "kg", {"nep": 1.5, "sim": 1.5, "can": 1.5}, 26000,
            [("Ruộng nếp của thành viên", [45, 45, 45], "hộ", 700),
             ("Hộ trồng nếp thôn Trung Hòa (hợp đồng)", [30, 30, 30], "hộ", 700)]),
          R("sim", "Quả sim chín", "kg", {"sim": 0.4}, 30000,
            [("Tổ thu hái sim đồi Trường Sơn (hợp đồng)", [1, 1, 1], "hợp đồng", 4000)])],
    machines=[M("nau", "Nồi nấu cơm rượu inox 100 kg", "Inox Minh Phú, Việt Nam", 0, "Ø 800 × 700", 2, 2019, 15),
              M("cc", "Nồi chưng cất rượu cách thủy 300 lít", "Inox Minh Phú NCC-300, Việt Nam", 12, "Ø 900 × 1.800", 2, 2019, 68),
              M("chum", "Chum sành hạ thổ 200 lít", "Gốm Bát Tràng", 0, "Ø 650 × 900", 60, 2018, 1.2),
              M("bom", "Bơm rượu inox", "Pentax CM-100, Ý", 0.75, "400 × 200 × 250", 1, 2020, 8),
              M("loc", "Máy lọc, khử andehit rượu", "Tân Á LA-200, Việt Nam", 1.5, "900 × 600 × 1.500", 1, 2027, 120),
              M("chiet", "Máy chiết rót, đóng nắp 4 vòi", "Hưng Thịnh CR-4, Việt Nam", 1.2, "1.800 × 800 × 1.700", 1, 2027, 150)],
    stages=[S("cc", "Chưng cất (lít rượu/mẻ)", ["cc"], "b", 50, 1, 260, {"nep": 1, "sim": 1, "can": 1}, hpb=6, show=False),
            S("loc", "Lọc, khử andehit (lít/giờ)", ["loc"], "h", 200, 4, 260, {"nep": 1, "sim": 1, "can": 1}),
            S("chiet", "Chiết rót, đóng nắp (chai/giờ)", ["chiet"], "h", 150, 4, 260, {"nep": 1, "sim": 1}, basis="packs")],
    fixed=[],
    tariff=2600,
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
           ("Lọc, chiết, đóng thùng", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    maint=("fixed", [20, 20, 20]),
    inv=[("Máy lọc, khử andehit LA-200", 120, True), ("Máy chiết rót, đóng nắp 4 vòi CR-4", 150, True),
         ("Kho thành phẩm 60 m²", 160, True), ("Hầm biogas và bể chứa bỗng rượu", 80, True),
         ("Thiết kế nhãn, bao bì, tem truy xuất", 45, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 25, False),
         ("Vốn lưu động", 420, False)],
    src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    loan=[600, 450, 300], rate=0.085, life=10, old_dep=20, sell=0.06, tax=0.02, other=60,
    bad={("eq_total",): (596.0, False)}, knock=set(),
)

# ---------------------------------------------------------------- ir06 trà túi lọc cà gai leo (revise)
PLANS["ir06"] = dict(
    unit="kg",
    products=[P("tl", "Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [42000, 43000, 44000], [40000, 46000, 52000], 10000),
              P("kho", "Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [75000, 77000, 79000], [6000, 7000, 8000], 2500),
              P("cv", "Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [36000, 37000, 38000], [20000, 22000, 24000], 7500)],
    hist=dict(out=[4300, 4900, 5500], price=[400000, 410000, 425000], margin=[0.11, 0.115, 0.12]),
    raws=[R("cgl", "Cà gai leo tươi (thân, lá)", "kg", {"tl": 5, "kho": 5}, 12000,
            [("Vùng trồng của hợp tác xã", [2, 2, 2], "ha", 12000),
             ("Hộ liên kết thôn Trung Thượng", [15, 15, 15], "hộ", 400)]),
          R("cv", "Chè vằng tươi", "kg", {"cv": 4.5}, 10000,
            [("Hộ thu hái chè vằng thôn Nam Sơn", [20, 20, 20], "hộ", 400)])],
    machines=[M("say1", "Máy sấy bơm nhiệt dược liệu", "Sấy Việt SV-HP6, Việt Nam", 6, "2.600 × 1.800 × 2.200", 2, 2021, 240),
              M("say2", "Máy sấy bơm nhiệt dược liệu (mua thêm)", "Sấy Việt SV-HP6, Việt Nam", 6, "2.600 × 1.800 × 2.200", 1, 2027, 310),
              M("thai", "Máy thái dược liệu", "Bách Khoa TDL-200, Việt Nam", 1.5, "1.000 × 600 × 1.000", 1, 2027, 35),
              M("nghien", "Máy nghiền dược liệu", "Bách Khoa NDL-30, Việt Nam", 4, "900 × 600 × 1.400", 1, 2020, 45),
              M("tui", "Máy đóng trà túi lọc tự động", "Kaixin DXDC-10, Trung Quốc", 2.4, "1.300 × 900 × 2.000", 1, 2022, 245),
              M("co", "Máy co màng hộp, in hạn dùng", "BS-400, Trung Quốc", 3, "1.400 × 650 × 1.350", 1, 2027, 40)],
    stages=[S("thai", "Thái dược liệu (kg tươi/giờ)", ["thai"], "h", 200, 4, 270, {"tl": 5, "kho": 5, "cv": 4.5}),
            S("say", "Sấy bơm nhiệt (kg tươi/mẻ)", ["say1", "say2"], "b", 100, 1, 270, {"tl": 5, "kho": 5, "cv": 4.5}, hpb=20),
            S("nghien", "Nghiền (kg khô/giờ)", ["nghien"], "h", 30, 4, 250, {"tl": 1, "cv": 1}),
            S("tui", "Đóng túi lọc (túi/giờ)", ["tui"], "h", 1500, 8, 250, {"tl": 30, "cv": 25}, basis="packs"),
            S("co", "Co màng hộp (hộp/giờ)", ["co"], "h", 300, 4, 250, {"tl": 1, "cv": 1}, basis="packs")],
    fixed=[],
    tariff=2500,
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [4, 4, 5]),
           ("Sấy, nghiền, đóng túi", [3, 3, 4]), ("Bán hàng, kho", [2, 2, 2])],
    wage=[5.8, 6.1, 6.4],
    maint=("fixed", [25, 25, 25]),
    inv=[("Máy sấy bơm nhiệt SV-HP6 (thêm 1 máy)", 310, True), ("Máy thái dược liệu TDL-200", 35, True),
         ("Máy co màng hộp, in hạn dùng BS-400", 40, True), ("Nhà sơ chế, phơi héo có mái che 150 m²", 260, True),
         ("Bao bì, tem truy xuất, mã QR", 45, False), ("Thiết kế nhãn, đăng ký nhãn hiệu", 30, False),
         ("Vốn lưu động", 380, False)],
    src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    loan=[600, 450, 300], rate=0.085, life=10, old_dep=45, sell=0.08, tax=0.015, other=120,
    bad={("eq_price", "say2"): (260, True)}, knock={"eq_val", "eq_total"},
)

# ---------------------------------------------------------------- ir07 giò chả (revise)
PLANS["ir07"] = dict(
    unit="kg",
    products=[P("lua", "Giò lụa, cây 1 kg", "cây", 1, [230000, 234000, 238000], [5000, 9000, 14000], 4000),
              P("que", "Chả quế, cây 500 g", "cây", 0.5, [125000, 128000, 131000], [3000, 5600, 9000], 3000),
              P("bo", "Giò bò, cây 500 g", "cây", 0.5, [190000, 195000, 200000], [2000, 3600, 5600], 3000)],
    hist=dict(out=[6200, 6600, 7000], price=[225000, 230000, 236000], margin=[0.09, 0.095, 0.10]),
    raws=[R("lon", "Thịt lợn nạc mông, vai", "kg", {"lua": 1.05, "que": 1.05}, 110000,
            [("Lò mổ xã Thạch Khê (giao hằng ngày)", [12, 12, 12], "tháng", 450),
             ("Công ty CP Chăn nuôi Bình Minh, hợp đồng", [2, 9, 16], "chuyến", 1000)]),
          R("bo", "Thịt bò bắp", "kg", {"bo": 1.05}, 250000,
            [("Cơ sở giết mổ trâu bò Cẩm Thành", [12, 12, 12], "tháng", 260)])],
    machines=[M("xay", "Máy xay thịt công nghiệp", "Hùng Vương TJ-22, Việt Nam", 1.5, "650 × 380 × 520", 1, 2019, 12),
              M("quet1", "Máy quết giò", "Tân Thành CG-5, Việt Nam", 3, "700 × 600 × 1.050", 1, 2019, 28),
              M("quet2", "Máy quết giò (mua thêm)", "Tân Thành CG-5, Việt Nam", 3, "700 × 600 × 1.050", 1, 2027, 35),
              M("noi1", "Nồi luộc giò điện 100 lít", "Inox Hải Minh, Việt Nam", 9, "Ø 600 × 900", 1, 2020, 18),
              M("noi2", "Nồi luộc giò điện 100 lít (mua thêm)", "Inox Hải Minh, Việt Nam", 9, "Ø 600 × 900", 1, 2027, 22),
              M("nuong", "Lò nướng chả quế điện 3 tầng", "Berjaya BJ-3, Malaysia", 6, "1.200 × 800 × 1.500", 1, 2027, 45),
              M("hut", "Máy hút chân không 2 buồng", "DZ-600/2S, Trung Quốc", 1.8, "1.450 × 700 × 980", 1, 2027, 60),
              M("dong1", "Tủ cấp đông 1.000 lít", "Sanaky VH-1399, Việt Nam", 0.6, "1.900 × 800 × 880", 1, 2019, 15),
              M("dong2", "Tủ cấp đông 1.000 lít (mua thêm)", "Sanaky VH-1399, Việt Nam", 0.6, "1.900 × 800 × 880", 1, 2027, 18)],
    stages=[S("xay", "Xay thịt (kg/giờ)", ["xay"], "h", 150, 3, 300, {"lua": 1.05, "que": 1.05, "bo": 1.05}),
            S("quet", "Quết giò (kg/mẻ)", ["quet1", "quet2"], "b", 4, 14, 300, {"lua": 1, "que": 1, "bo": 1}, hpb=0.2),
            S("noi", "Luộc giò (kg/mẻ)", ["noi1", "noi2"], "b", 40, 3, 300, {"lua": 1, "bo": 1}, hpb=2),
            S("nuong", "Nướng chả quế (kg/mẻ)", ["nuong"], "b", 15, 4, 300, {"que": 1}, hpb=1.5),
            S("hut", "Hút chân không (cây/giờ)", ["hut"], "h", 200, 4, 300, {"lua": 1, "que": 1, "bo": 1}, basis="packs")],
    fixed=[("dong1", 5000), ("dong2", 5000)], fixed_labels={"dong1": "Tủ cấp đông cũ", "dong2": "Tủ cấp đông mới"},
    tariff=2600,
    roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Xay, quết, gói giò", [3, 3, 3]),
           ("Luộc, nướng, đóng gói, giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    maint=("rate", 0.03),
    inv=[("Máy quết giò CG-5 (thêm 1 máy)", 35, True), ("Nồi luộc điện 100 lít (thêm 1 nồi)", 22, True),
         ("Lò nướng chả quế BJ-3", 45, True), ("Máy hút chân không DZ-600/2S", 60, True),
         ("Tủ cấp đông 1.000 lít (thêm 1 tủ)", 18, True), ("Cải tạo phòng chế biến 45 m²", 120, True),
         ("Bao bì, tem truy xuất", 30, False), ("Vốn lưu động", 270, False)],
    src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
    loan=[300, 200, 100], rate=0.085, life=8, old_dep=8, sell=0.05, tax=0.015, other=40,
    bad={("profit", 0): ("x", 1.3, True)}, knock={"margin", "avg_profit", "payback"},
)

# ---------------------------------------------------------------- ir08 mực, cá khô (revise)
PLANS["ir08"] = dict(
    unit="kg",
    products=[P("mnang", "Mực một nắng, túi 500 g", "túi", 0.5, [280000, 290000, 300000], [8000, 8800, 9600], 3500),
              P("mkho", "Mực khô loại 1, túi 250 g", "túi", 0.25, [380000, 390000, 400000], [6000, 6600, 7200], 3000),
              P("ca", "Cá chỉ vàng khô tẩm, túi 500 g", "túi", 0.5, [110000, 113000, 116000], [10000, 11000, 12000], 2500)],
    hist=dict(out=[8800, 9300, 9800], price=[480000, 500000, 515000], margin=[0.08, 0.085, 0.09]),
    raws=[R("muc", "Mực ống tươi", "kg", {"mnang": 1.8, "mkho": 4.5}, 140000,
            [("Tàu câu mực của cổ đông", [3, 3, 3], "tàu", 4000),
             ("Vựa hải sản cảng Cửa Sót (hợp đồng)", [1, 1, 1], "vựa", 8000)]),
          R("ca", "Cá chỉ vàng tươi", "kg", {"ca": 3.2}, 35000,
            [("Vựa cá bến Thạch Kim (hợp đồng)", [2, 2, 2], "vựa", 12000)])],
    machines=[M("say1", "Máy sấy bơm nhiệt thủy sản", "Sấy Việt SV-HP12, Việt Nam", 11, "3.600 × 2.200 × 2.300", 2, 2021, 350),
              M("say2", "Máy sấy bơm nhiệt thủy sản (mua thêm)", "Sấy Việt SV-HP12, Việt Nam", 11, "3.600 × 2.200 × 2.300", 1, 2027, 380),
              M("hut1", "Máy hút chân không 2 buồng", "DZ-500/2S, Trung Quốc", 1.5, "1.300 × 650 × 950", 1, 2021, 55),
              M("hut2", "Máy hút chân không 2 buồng (mua thêm)", "DZ-500/2S, Trung Quốc", 1.5, "1.300 × 650 × 950", 1, 2027, 62),
              M("tam", "Máy trộn tẩm gia vị", "Bách Khoa TT-30, Việt Nam", 1.1, "900 × 600 × 1.100", 1, 2027, 28),
              M("dong", "Kho cấp đông âm 18 độ 30 m³", "Cơ điện lạnh Nghệ Tĩnh", 7.5, "4.000 × 3.000 × 2.600", 1, 2020, 260)],
    stages=[S("say", "Sấy bơm nhiệt (kg tươi/mẻ)", ["say1", "say2"], "b", 100, 1, 200,
              {"mnang": 1.8, "mkho": 4.5, "ca": 3.2}, hpb=18),
            S("tam", "Trộn tẩm gia vị (kg cá/mẻ)", ["tam"], "b", 30, 6, 200, {"ca": 3.2}, hpb=0.5),
            S("hut", "Hút chân không (túi/giờ)", ["hut1", "hut2"], "h", 120, 2, 280,
              {"mnang": 1, "mkho": 1, "ca": 1}, basis="packs")],
    fixed=[("dong", 6000)], fixed_labels={"dong": "Kho cấp đông"},
    tariff=2600,
    roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế, phơi sấy", [6, 6, 7]),
           ("Đóng gói, kho lạnh", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 3, 3])],
    wage=[6.5, 6.8, 7.1],
    maint=("fixed", [40, 40, 40]),
    inv=[("Máy sấy bơm nhiệt SV-HP12 (thêm 1 máy)", 380, True), ("Máy hút chân không DZ-500/2S (thêm 1 máy)", 62, True),
         ("Máy trộn tẩm gia vị TT-30", 28, True), ("Nâng cấp khu sơ chế, phòng đóng gói 120 m²", 350, True),
         ("Bao bì, túi, thùng", 40, False), ("Vốn lưu động", 600, False)],
    src=[("Vốn góp của cổ đông", 760), ("Vay Ngân hàng thương mại cổ phần", 700)],
    loan=[700, 550, 400], rate=0.09, life=10, old_dep=80, sell=0.06, tax=0.015, other=90,
    bad={("rev", "mnang", 1): ("x", 1.15, True)}, knock={"rev_tot", "c_sell", "c_tax", "c_tot", "s_rev", "s_cost",
                                                   "profit", "margin", "avg_profit", "payback"},
)

# ---------------------------------------------------------------- ir09 nước ép bưởi (revise)
PLANS["ir09"] = dict(
    unit="lít",
    products=[P("c330", "Nước ép bưởi nguyên chất, chai 330 ml", "chai", 0.33, [30000, 31000, 32000], [40000, 46000, 52000], 4500),
              P("mo", "Nước ép bưởi mật ong, chai 330 ml", "chai", 0.33, [35000, 36000, 37000], [15000, 18000, 21000], 4800),
              P("l1", "Nước ép bưởi, chai PET 1 lít", "chai", 1, [65000, 67000, 69000], [5000, 5500, 6000], 3000)],
    hist=dict(out=[15000, 17000, 19500], price=[74000, 76000, 78000], margin=[0.10, 0.11, 0.115]),
    raws=[R("buoi", "Bưởi quả", "kg", {"c330": 2.6, "mo": 2.6, "l1": 2.6}, 9000,
            [("Vườn bưởi của gia đình", [3, 3, 3], "ha", 12000),
             ("Hộ trồng bưởi thôn Phúc Đồng (bưởi loại 2)", [25, 25, 25], "hộ", 2000)]),
          R("mat", "Mật ong", "kg", {"mo": 0.08}, 200000,
            [("Hộ nuôi ong thôn Khe Giao", [2, 2, 2], "hộ", 400)])],
    machines=[M("ep", "Máy ép bưởi trục vít", "Cơ khí Hưng Yên TV-300, Việt Nam", 2.2, "1.200 × 500 × 1.000", 1, 2023, 65),
              M("loc", "Máy lọc ly tâm tách tép", "Kaixin LT-150, Trung Quốc", 1.5, "800 × 600 × 1.100", 1, 2027, 95),
              M("tt1", "Nồi thanh trùng chai 200 lít", "Inox Hải Minh, Việt Nam", 9, "Ø 700 × 1.000", 1, 2023, 30),
              M("tt2", "Nồi thanh trùng chai 200 lít (mua thêm)", "Inox Hải Minh, Việt Nam", 9, "Ø 700 × 1.000", 1, 2027, 36),
              M("chiet", "Máy chiết rót, đóng nắp 2 vòi", "Hưng Thịnh CR-2, Việt Nam", 1.5, "1.600 × 800 × 1.700", 1, 2027, 180),
              M("kl", "Kho lạnh bảo quản 40 m³", "Cơ điện lạnh Bắc Trung Bộ", 5, "4.500 × 3.500 × 2.600", 1, 2027, 170)],
    stages=[S("ep", "Ép quả (kg bưởi/giờ)", ["ep"], "h", 300, 5, 220, {"c330": 2.6, "mo": 2.6, "l1": 2.6}),
            S("loc", "Lọc ly tâm (lít/giờ)", ["loc"], "h", 150, 5, 220, {"c330": 1, "mo": 1, "l1": 1}),
            S("tt", "Thanh trùng (lít/mẻ)", ["tt1", "tt2"], "b", 40, 3, 220, {"c330": 1, "mo": 1, "l1": 1}, hpb=1.5),
            S("chiet", "Chiết rót, đóng nắp (chai/giờ)", ["chiet"], "h", 500, 4, 220,
              {"c330": 1, "mo": 1, "l1": 1}, basis="packs")],
    fixed=[("kl", 5000)], fixed_labels={"kl": "Kho lạnh 40 m³"},
    tariff=2500,
    roles=[("Chủ cơ sở, quản lý", [1, 1, 1]), ("Gọt, ép, lọc", [3, 3, 3]),
           ("Thanh trùng, chiết rót", [2, 2, 2]), ("Bán hàng", [1, 1, 2])],
    wage=[5.2, 5.5, 5.8],
    maint=("fixed", [15, 15, 15]),
    inv=[("Máy lọc ly tâm tách tép LT-150", 95, True), ("Nồi thanh trùng 200 lít (thêm 1 nồi)", 36, True),
         ("Máy chiết rót, đóng nắp 2 vòi CR-2", 180, True), ("Kho lạnh 40 m³", 170, True),
         ("Cải tạo nhà xưởng 80 m²", 220, True), ("Chai, nắp, thiết kế bao bì", 60, False),
         ("Vốn lưu động", 489, False)],
    src=[("Vốn tự có của gia đình", 500), ("Vay anh em, họ hàng", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
    loan=[400, 300, 200], rate=0.085, life=10, old_dep=10, sell=0.06, tax=0.015, other=40,
    bad={("payback",): (1.5, False)}, planted_keys=[("src_tot",)], knock={"src_pct"},
)

# ---------------------------------------------------------------- ir10 tinh bột sắn dây (revise)
PLANS["ir10"] = dict(
    unit="kg",
    products=[P("h500", "Tinh bột sắn dây nguyên chất, hộp 500 g", "hộp", 0.5, [115000, 118000, 121000], [12000, 13200, 14400], 6000),
              P("t1", "Tinh bột sắn dây, túi 1 kg", "túi", 1, [200000, 205000, 210000], [3000, 3300, 3600], 3000),
              P("hb", "Tinh bột sắn dây ướp hoa bưởi, hộp 300 g", "hộp", 0.3, [95000, 98000, 100000], [5000, 5600, 6200], 6500)],
    hist=dict(out=[8500, 9200, 9800], price=[215000, 220000, 228000], margin=[0.11, 0.115, 0.12]),
    raws=[R("sd", "Củ sắn dây tươi", "kg", {"h500": 7.5, "t1": 7.5, "hb": 7.5}, 8000,
            [("Vùng sắn dây của công ty", [5, 5, 5], "ha", 14000),
             ("Hộ liên kết thôn Tân Phú", [30, 30, 30], "hộ", 1200)]),
          R("hoa", "Hoa bưởi tươi", "kg", {"hb": 0.3}, 120000,
            [("Hộ trồng bưởi thôn Tân Thượng", [15, 15, 15], "hộ", 50)])],
    machines=[M("rua", "Máy rửa củ dạng trống quay", "Bách Khoa MR-500, Việt Nam", 3, "2.500 × 1.000 × 1.300", 1, 2019, 40),
              M("nghien", "Máy nghiền củ sắn dây", "Bách Khoa MN-300, Việt Nam", 7.5, "1.200 × 700 × 1.200", 1, 2019, 55),
              M("loc", "Máy lọc tách bã ly tâm", "Kaixin LX-2, Trung Quốc", 5.5, "1.500 × 1.000 × 1.400", 1, 2027, 160),
              M("be", "Bể lắng inox 1 m³", "Inox Đại Thành, Việt Nam", 0, "1.000 × 1.000 × 1.000", 12, 2019, 9),
              M("say", "Tủ sấy bột 12 khay", "Sấy Việt TS-12, Việt Nam", 6, "1.500 × 1.100 × 1.900", 1, 2020, 85),
              M("dg", "Máy đóng gói bột định lượng", "Hưng Thịnh HT-B2, Việt Nam", 1.5, "900 × 800 × 1.800", 1, 2027, 120)],
    stages=[S("rua", "Rửa củ (kg củ/giờ)", ["rua"], "h", 500, 6, 150, {"h500": 7.5, "t1": 7.5, "hb": 7.5}),
            S("nghien", "Nghiền củ (kg củ/giờ)", ["nghien"], "h", 300, 6, 150, {"h500": 7.5, "t1": 7.5, "hb": 7.5}),
            S("loc", "Lọc tách bã (kg củ/giờ)", ["loc"], "h", 250, 6, 150, {"h500": 7.5, "t1": 7.5, "hb": 7.5}),
            S("be", "Lắng, rửa bột (kg củ/bể/mẻ)", ["be"], "b", 150, 0.5, 150, {"h500": 7.5, "t1": 7.5, "hb": 7.5}, hpb=0),
            S("say", "Sấy bột (kg bột/mẻ)", ["say"], "b", 70, 2, 150, {"h500": 1, "t1": 1, "hb": 1}, hpb=8),
            S("dg", "Đóng gói (gói/giờ)", ["dg"], "h", 600, 4, 250, {"h500": 1, "t1": 1, "hb": 1}, basis="packs")],
    fixed=[],
    tariff=2600,
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Vùng nguyên liệu, thu mua", [2, 2, 2]),
           ("Rửa, nghiền, lọc, lắng", [6, 6, 7]), ("Sấy, đóng gói, bán hàng", [3, 3, 3])],
    wage=[6.0, 6.3, 6.6],
    maint=("rate", 0.02),
    inv=[("Máy lọc tách bã ly tâm LX-2", 160, True), ("Máy đóng gói bột định lượng HT-B2", 120, True),
         ("Hồ lắng nước thải 3 ngăn", 180, True), ("Nhà kho, phòng đóng gói 100 m²", 240, True),
         ("Thiết kế bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 460, False)],
    src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    loan=[500, 400, 300], rate=0.085, life=10, old_dep=20, sell=0.06, tax=0.015, other=70,
    bad={}, knock=set(),
)

SKETCHY: dict[str, dict] = {
    "ir11": dict(present=["800 kg", "150 triệu đồng", "250.000 đồng/kg", "1 máy sấy tự chế"],
                 absent=[r"đăng ký", r"mã số thuế", r"an toàn thực phẩm", r"tiêu chuẩn", r"công bố", r"nhãn",
                         r"truy xuất", r"môi trường", r"kiểm nghiệm|thử nghiệm", r"(?<!\w)tem(?!\w)"]),
    "ir12": dict(present=["30 kg", "180.000 đồng/kg", "80 triệu đồng", "đăng ký hộ kinh doanh"],
                 absent=[r"an toàn thực phẩm", r"tiêu chuẩn", r"công bố", r"nhãn", r"truy xuất", r"môi trường",
                         r"kiểm nghiệm|thử nghiệm", r"(?<!\w)tem(?!\w)", r"nước thải"]),
}

# ---------------------------------------------------------------- what the text must (not) say
READY_PAPERS = ["TCCS", "tự công bố", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "QR",
                "lưu mẫu", "nhật ký"]
PLANS["ir01"].update(
    verdict="ready",
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "staff", "out", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} kg", "{out2} kg", "{rev0} triệu đồng", "{cap_say} kg thành phẩm/năm", "tức {use_say2} % công suất",
         "({use_trang2} % năm 2029)", "= {inv} : ({avgp} + {dep}) ≈ {payback} năm", "{h_out2} kg",
         "bình quân {hist_growth} %/năm", "Sử dụng {staff0} lao động", "{wage0} triệu đồng/người/tháng",
         "{need_te2} kg gạo tẻ và {need_do2} kg gạo lứt đỏ"],
    present=READY_PAPERS + ["Hiệu lực đến 14/01/2030", "đăng ký môi trường", "bể lắng", "3002164537",
                            "Sở Công Thương"],
)
PLANS["ir02"].update(
    verdict="ready",
    tables=["comp", "price", "hist", "raw", "eq", "cap", "energy", "out", "staff", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} kg", "{out2} kg", "{rev0} triệu đồng", "{cap_sao} kg chè khô/năm", "bằng {use_sao2} % công suất",
         "diệt men {use_dm2} %, sấy {use_say2} %", "khoảng {payback} năm ({inv} : ({avgp} + {dep}))",
         "bình quân {hist_growth} %/năm", "tiêu thụ {need_bup2} kg búp tươi"],
    present=READY_PAPERS + ["Hiệu lực đến 05/01/2030", "VietGAP", "05/2025/NĐ-CP", "không ghi công dụng chữa bệnh",
                            "3001987452", "Luật Hợp tác xã năm 2023"],
)
PLANS["ir03"].update(
    verdict="ready",
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "out", "staff", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} kg năm 2027, {out1} kg năm 2028, {out2} kg năm 2029", "{rev0} triệu đồng",
         "{cap_htp} kg mật thô/năm", "cần xử lý {load_htp2} kg, tức {use_htp2} % công suất",
         "khoảng {use_chiet2} % công suất", "{inv} : ({avgp} + {dep}) = {payback} năm", "Tổng vốn đầu tư {inv} triệu đồng",
         "việc làm cho {staff1} lao động"],
    present=READY_PAPERS + ["Hiệu lực đến 08/02/2030", "28D8003147", "mã số thuế", "05/2025/NĐ-CP",
                            "trẻ dưới 1 tuổi"],
)
PLANS["ir04"].update(
    verdict="ready",
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "out", "staff", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} chiếc sản phẩm năm 2027, {out2} chiếc năm 2029", "{cap_son} sản phẩm/năm",
         "dùng {use_son2} % công suất", "dùng {use_cnc2} %", "khoảng {payback} năm, tính bằng {inv} : ({avgp} + {dep})",
         "Tổng vốn đầu tư {inv} triệu đồng", "bình quân {hist_growth} %/năm", "{wage0} triệu đồng/tháng",
         "{rev0} triệu đồng"],
    present=["TCCS", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "QR", "nhật ký", "lưu mẫu",
             "không phải là thực phẩm", "đăng ký môi trường", "bảng kê lâm sản", "3002287719",
             "Hiệu lực đến 02/06/2033", "Luật Hợp tác xã năm 2023"],
)
PLANS["ir05"].update(
    verdict="revise",
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "out", "staff", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} lít", "{out2} lít", "{rev0} triệu đồng", "hai nồi cho {cap_cc} lít rượu/năm",
         "{cap_chiet} chai/năm, năm 2029 mới dùng {use_chiet2} %", "{inv} : ({avgp} + {dep}) ≈ {payback} năm",
         "bình quân {hist_growth} %/năm"],
    present=["vẫn đáp ứng được", "không cần đầu tư thêm nồi", "giữ nguyên 11 người", "TCCS", "tự công bố",
             "thử nghiệm", "QCVN 6-3:2010/BYT", "43/2017/NĐ-CP", "nhãn hiệu", "đăng ký môi trường",
             "Không dành cho người dưới 18 tuổi", "an toàn thực phẩm", "3001876524"],
    absent=[r"giấy phép", r"cấp phép", r"105/2017", r"17/2020", r"rượu thủ công", r"thủ công nhằm"],
)
PLANS["ir06"].update(
    verdict="revise",
    no_bal={"cgl", "cv"},
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "staff", "out", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} kg", "{out2} kg", "{rev0} triệu đồng", "{cap_tui} túi/năm, năm 2029 dùng {use_tui2} %",
         "dùng {use_say2} % công suất", "khoảng {payback} năm ({inv} : ({avgp} + {dep}))",
         "bình quân {hist_growth} %/năm", "trong đó máy sấy bơm nhiệt thứ ba 310 triệu đồng",
         "Tổng nguồn cà gai leo tươi là {sup_cgl0} kg mỗi năm"],
    present=["bảo đảm đủ cho sản xuất cả giai đoạn 2027 – 2029", "an toàn thực phẩm", "43/2017/NĐ-CP",
             "nhãn hiệu", "QR", "nhật ký", "lưu mẫu", "không ghi công dụng chữa bệnh", "3002045318"],
    absent=[r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN", r"quy chuẩn",
            r"Còn dư", r"thiếu"],
)
PLANS["ir07"].update(
    verdict="revise",
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "staff", "out", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} kg năm 2027, {out1} kg năm 2028, {out2} kg năm 2029", "{rev0} triệu đồng năm 2027, {rev2} triệu đồng",
         "Lợi nhuận năm 2027: {profit0} triệu đồng", "{cap_quet} kg/năm; năm 2029 dùng {use_quet2} %",
         "Lợi nhuận bình quân 3 năm {avgp} triệu đồng/năm", "{inv} : ({avgp} + {dep}) ≈ {payback} năm",
         "{wage0} triệu đồng/tháng"],
    present=["giữ nguyên 6 lao động", "được giữ nguyên", "còn rất lớn", "TCCS", "tự công bố", "thử nghiệm",
             "43/2017/NĐ-CP", "nhãn hiệu", "QR", "nhật ký", "lưu mẫu", "28C8002561", "an toàn thực phẩm"],
    absent=[r"môi trường", r"chất thải", r"nước thải", r"xử lý", r"(?<!\w)rác", r"(?<!\w)mùi", r"bể lắng",
            r"biogas", r"vệ sinh", r"hố ga", r"nước rửa", r"phân bón"],
)
PLANS["ir08"].update(
    verdict="revise",
    policy="outdated",
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "staff", "out", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} kg thành phẩm, năm 2029 đạt {out2} kg", "{rev0} triệu đồng, năm 2028 đạt {rev1} triệu đồng",
         "{cap_say} kg tươi/năm, năm 2029 dùng {use_say2} %", "{inv} : ({avgp} + {dep}) ≈ {payback} năm",
         "bình quân {hist_growth} %/năm"],
    present=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Lộc Hà",
             "TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "nhật ký", "lưu mẫu", "đăng ký môi trường",
             "an toàn thực phẩm", "3001769245"],
    absent=[r"148/QĐ-TTg", r"1489", r"nhãn(?! hiệu)", r"43/2017", r"111/2021", r"(?<!\w)tem(?!\w)", r"mã vạch",
            r"QR", r"ghi nhãn"],
)
PLANS["ir09"].update(
    verdict="revise",
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "staff", "out", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} lít; năm 2029: {out2} lít", "{rev0} triệu đồng", "{cap_tt} lít/năm, năm 2029 dùng {use_tt2} %",
         "hoàn vốn của phương án khoảng {payback} năm", "bình quân {hist_growth} %/năm", "tiêu thụ {need_buoi2} kg",
         "Tổng vốn đầu tư của phương án là {inv} triệu đồng", "tổng cộng {src} triệu đồng, đủ cho toàn bộ"],
    present=["của gia đình ông Hồ Sỹ Tùng", "an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm",
             "43/2017/NĐ-CP", "nhãn hiệu", "QR", "nhật ký", "lưu mẫu", "bể lắng"],
    absent=[r"đăng ký kinh doanh", r"hộ kinh doanh", r"mã số thuế", r"mã số doanh nghiệp", r"doanh nghiệp",
            r"hợp tác xã", r"tổ hợp tác", r"Giấy chứng nhận đăng ký", r"đăng ký hộ", r"công ty"],
)
PLANS["ir10"].update(
    verdict="revise",
    placeholder=True,
    tables=["hist", "comp", "price", "raw", "eq", "cap", "energy", "staff", "out", "inv", "src", "rev", "cost",
            "sum", "papers"],
    say=["{out0} kg; năm 2029: {out2} kg", "{rev0} triệu đồng", "{cap_be} kg củ/vụ, năm 2029 dùng {use_be2} %",
         "tủ sấy dùng {use_say2} %", "{inv} : ({avgp} + {dep}) ≈ {payback} năm", "bình quân {hist_growth} %/năm",
         "bao tiêu {need_sd2} kg củ"],
    present=["[tên sản phẩm]", "TCCS", "tự công bố", "thử nghiệm", "43/2017/NĐ-CP", "nhãn hiệu", "QR", "nhật ký",
             "lưu mẫu", "đăng ký môi trường", "hồ lắng", "3002237150"],
    absent=[r"an toàn thực phẩm", r"ATTP", r"đủ điều kiện", r"15/2018", r"vệ sinh", r"cam kết"],
)

# ==================================================================== model
def _g(F, bad, key, val):
    """Record a figure; a planted override is printed, and followed downstream when flagged.
    An override is (value, follow) or ("x", factor, follow): the true value times the factor,
    rounded to the tenth (the way the plan prints it)."""
    F[key] = val
    if key in bad:
        if bad[key][0] == "x":
            v, follow = round(val * bad[key][1], 1), bad[key][2]
        else:
            v, follow = bad[key]
        F[key] = v
        return v if follow else val
    return val


def model(c: dict, planted: bool = True) -> dict:
    bad = c.get("bad", {}) if planted else {}
    F: dict = {}
    g = lambda k, v: _g(F, bad, k, v)  # noqa: E731
    prods = c["products"]
    pk = [p["key"] for p in prods]
    outp = {(p["key"], y): p["packs"][y] * p["size"] for p in prods for y in Y}
    packs = {(p["key"], y): p["packs"][y] for p in prods for y in Y}
    for p in prods:
        for y in Y:
            g(("packs", p["key"], y), p["packs"][y])
            g(("outp", p["key"], y), outp[p["key"], y])
            g(("price", p["key"], y), p["price"][y])
        g(("pcost", p["key"]), p["pcost"])
    out = [g(("out", y), sum(outp[k, y] for k in pk)) for y in Y]
    for y in Y:
        g(("packs_tot", y), sum(packs[k, y] for k in pk))
        if y:
            g(("growth", y), (out[y] / out[y - 1] - 1) * 100)
    h = c["hist"]
    for i in range(3):
        g(("h_out", i), h["out"][i])
        g(("h_price", i), h["price"][i])
        r = g(("h_rev", i), h["out"][i] * h["price"][i] / 1e6)
        g(("h_prof", i), r * h["margin"][i])
    g(("growth", 0), (out[0] / h["out"][2] - 1) * 100)
    # raw materials
    for r in c["raws"]:
        for j, (lab, cnt, word, yld) in enumerate(r["rows"]):
            for y in Y:
                g(("sup", r["key"], j, y), cnt[y] * yld)
        for y in Y:
            s = g(("sup_tot", r["key"], y), sum(row[1][y] * row[3] for row in r["rows"]))
            n = g(("need", r["key"], y), sum(outp[k, y] * nm for k, nm in r["norms"].items()))
            g(("bal", r["key"], y), s - n)
    # machines
    mach = {m["key"]: m for m in c["machines"]}
    tot = 0.0
    for m in c["machines"]:
        pr = g(("eq_price", m["key"]), m["price"])
        tot += g(("eq_val", m["key"]), m["qty"] * pr)
    eq_total = g(("eq_total",), tot)
    # stages
    kwh = [0.0, 0.0, 0.0]
    for s in c["stages"]:
        qty = sum(mach[k]["qty"] for k in s["mkeys"])
        kw = mach[s["mkeys"][0]]["kw"]
        g(("qty", s["key"]), qty)
        cap = g(("cap", s["key"]), qty * s["rate"] * s["per_day"] * s["days"])
        for y in Y:
            amt = packs if s["basis"] == "packs" else outp
            load = g(("load", s["key"], y), sum(amt[k, y] * f for k, f in s["conv"].items()))
            g(("use", s["key"], y), load / cap * 100)
            mh = load / s["rate"] * (s["hpb"] if s["mode"] == "b" else 1)
            g(("mh", s["key"], y), mh)
            kwh[y] += g(("kwh", s["key"], y), kw * mh)
    for key, hours in c["fixed"]:
        m = mach[key]
        e = g(("kwh_f", key), m["kw"] * m["qty"] * hours)
        g(("fh", key), m["qty"] * hours)
        for y in Y:
            kwh[y] += e
    for y in Y:
        kwh[y] = g(("kwh_tot", y), kwh[y])
    # revenue
    rev = []
    for y in Y:
        t = sum(g(("rev", k, y), packs[k, y] * prods[i]["price"][y] / 1e6) for i, k in enumerate(pk))
        rev.append(g(("rev_tot", y), t))
    # staff
    for j, (lab, n) in enumerate(c["roles"]):
        for y in Y:
            g(("role", j, y), n[y])
    staff = [g(("staff", y), sum(n[y] for _, n in c["roles"])) for y in Y]
    for y in Y:
        g(("wage", y), c["wage"][y])
        g(("fund", y), staff[y] * c["wage"][y] * 12)
    # investment and sources
    for j, (lab, v, fx) in enumerate(c["inv"]):
        g(("inv", j), v)
    inv_tot = g(("inv_tot",), sum(v for _, v, _ in c["inv"]))
    inv_fixed = g(("inv_fixed",), sum(v for _, v, fx in c["inv"] if fx))
    for j, (lab, v) in enumerate(c["src"]):
        g(("src", j), v)
    src_tot = sum(v for _, v in c["src"])
    # the sources must equal the investment; the printed total is what the sources add up to
    F[("src_tot",)] = src_tot if planted else inv_tot
    for j, (lab, v) in enumerate(c["src"]):
        g(("src_pct", j), v / F[("src_tot",)] * 100)
    # costs
    dep = inv_fixed / c["life"] + c["old_dep"]
    used = []
    for y in Y:
        lines = []
        for r in c["raws"]:
            lines.append(g(("c_raw", r["key"], y), F[("need", r["key"], y)] * r["price"] / 1e6))
        lines.append(g(("c_pack", y), sum(packs[p["key"], y] * p["pcost"] for p in prods) / 1e6))
        lines.append(g(("c_power", y), kwh[y] * c["tariff"] / 1e6))
        kind, val = c["maint"]
        lines.append(g(("c_maint", y), eq_total * val if kind == "rate" else val[y]))
        lines.append(g(("c_wage", y), F[("fund", y)]))
        lines.append(g(("c_dep", y), dep))
        lines.append(g(("c_int", y), c["loan"][y] * c["rate"]))
        lines.append(g(("c_sell", y), rev[y] * c["sell"]))
        lines.append(g(("c_tax", y), rev[y] * c["tax"]))
        lines.append(g(("c_other", y), c["other"]))
        cost = g(("c_tot", y), sum(lines))
        g(("s_rev", y), rev[y])
        g(("s_cost", y), cost)
        prof = g(("profit", y), rev[y] - cost)
        used.append(prof)
        g(("margin", y), prof / rev[y] * 100)
        g(("s_dep", y), dep)
    avg = g(("avg_profit",), sum(used) / 3)
    g(("payback",), inv_tot / (avg + dep))
    return F


# ==================================================================== table layouts
def short(label: str) -> str:
    """A stage's name without its unit: 'Sấy bơm nhiệt (kg/mẻ)' -> 'Sấy bơm nhiệt'."""
    return label.split(" (")[0]


def _dec(x: float) -> int:
    return 0 if abs(x - round(x)) < 1e-9 else (1 if abs(x * 10 - round(x * 10)) < 1e-9 else 2)


def spec(c: dict, F: dict, kind: str, n: dict) -> tuple[list[str], list[tuple]]:
    """The header and rows of one table kind; a cell is text or (figure key, decimals).
    `n` maps table kinds to their numbers (for the cost table's references)."""
    u = c["unit"]
    prods, Yc = c["products"], [f"Năm {y}" for y in YEARS]
    mach = {m["key"]: m for m in c["machines"]}
    yrs = lambda key, d: [(key + (y,), d) for y in Y]  # noqa: E731
    if kind == "hist":
        return (["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST],
                [("1", f"Sản lượng ({u})", [(("h_out", i), 0) for i in range(3)]),
                 ("2", f"Giá bán bình quân (đồng/{u})", [(("h_price", i), 0) for i in range(3)]),
                 ("3", "Doanh thu (triệu đồng)", [(("h_rev", i), 1) for i in range(3)]),
                 ("4", "Lợi nhuận (triệu đồng)", [(("h_prof", i), 1) for i in range(3)])])
    if kind == "raw":
        rows = []
        for a, r in zip("ABCD", c["raws"]):
            ru = r["unit"]
            d = 1 if ru == "m³" else 0
            rows.append((a, f"{r['label']} ({ru})", ["", "", ""]))
            for j, (lab, cnt, word, yld) in enumerate(r["rows"]):
                if word == "hợp đồng":
                    txt = f"{lab}: {fmt(yld, _dec(yld))} {ru}/năm"
                elif len(set(cnt)) == 1:
                    txt = f"{lab}: {cnt[0]} {word} × {fmt(yld, _dec(yld))} {ru}"
                else:
                    txt = f"{lab} ({fmt(yld, _dec(yld))} {ru}/{word})"
                rows.append((str(j + 1), txt, yrs(("sup", r["key"], j), d)))
            rows.append(("", f"Cộng nguồn cung {r['label'].split(' (')[0].lower()}", yrs(("sup_tot", r["key"]), d)))
            norms = set(r["norms"].values())
            nt = (f"{fmt(norms.pop(), _dec(list(r['norms'].values())[0]))} {ru}/{u} thành phẩm" if len(norms) == 1
                  else "định mức từng sản phẩm")
            rows.append(("", f"Nhu cầu ({nt})", yrs(("need", r["key"]), d)))
            if r["key"] not in c.get("no_bal", ()):
                rows.append(("", "Còn dư", yrs(("bal", r["key"]), d)))
        return ["TT", "Nguồn cung, nhu cầu"] + Yc, rows
    if kind == "eq":
        rows = []
        for i, m in enumerate(c["machines"]):
            kw = f"{fmt(m['kw'], max(1, _dec(m['kw'])))} kW; " if m["kw"] else ""
            rows.append((str(i + 1), f"{m['name']}; {m['make']}; {kw}{m['dims']} mm",
                         [(("eqq", m["key"]), 0), str(m["year"]),
                          (("eq_price", m["key"]), 1), (("eq_val", m["key"]), 1)]))
            F[("eqq", m["key"])] = m["qty"]
        rows.append(("", "Tổng giá trị máy móc, thiết bị", ["", "", "", (("eq_total",), 1)]))
        return ["TT", "Tên máy; hãng, model; điện; kích thước", "SL", "Năm mua", "Đơn giá (tr.đ)",
                "Thành tiền (tr.đ)"], rows
    if kind == "cap":
        rows = []
        for i, s in enumerate(c["stages"]):
            F[("rate", s["key"])], F[("per_day", s["key"])], F[("days", s["key"])] = s["rate"], s["per_day"], s["days"]
            rows.append((str(i + 1), s["label"],
                         [(("qty", s["key"]), 0), (("rate", s["key"]), _dec(s["rate"])),
                          (("per_day", s["key"]), _dec(s["per_day"])), (("days", s["key"]), 0),
                          (("cap", s["key"]), 0)]))
        return ["TT", "Khâu (đơn vị công suất)", "Số máy", "Công suất 1 máy", "Giờ (mẻ)/ngày", "Ngày/năm",
                "Công suất/năm"], rows
    if kind == "out":
        rows = [(str(i + 1), p["label"], [p["pack"]] + yrs(("packs", p["key"]), 0)) for i, p in enumerate(prods)]
        k = len(rows)
        rows.append((str(k + 1), "Sản lượng quy đổi", [u] + yrs(("out",), 0)))
        rows.append((str(k + 2), "Tăng so với năm trước", ["%"] + yrs(("growth",), 1)))
        for j, s in enumerate([s for s in c["stages"] if s["show"]]):
            rows.append((str(k + 3 + j), f"Sử dụng công suất khâu {short(s['label']).lower()}",
                         ["%"] + yrs(("use", s["key"]), 1)))
        return ["TT", "Chỉ tiêu", "ĐVT"] + Yc, rows
    if kind == "energy":
        rows = []
        i = 0
        for s in c["stages"]:
            kw = mach[s["mkeys"][0]]["kw"]
            if not kw or not s["hpb"] and s["mode"] == "b":
                continue
            i += 1
            F[("kw_s", s["key"])] = kw
            rows.append((str(i), short(s["label"]), [(("kw_s", s["key"]), max(1, _dec(kw))), (("mh", s["key"], 0), 0)]
                         + yrs(("kwh", s["key"]), 0)))
        for key, hours in c["fixed"]:
            i += 1
            m = mach[key]
            F[("kw_f", key)] = m["kw"]
            rows.append((str(i), c.get("fixed_labels", {}).get(key, m["name"].replace(" (mua thêm)", "")),
                         [(("kw_f", key), max(1, _dec(m["kw"]))), (("fh", key), 0)] + [(("kwh_f", key), 0)] * 3))
        rows.append(("", "Tổng điện năng", ["", ""] + yrs(("kwh_tot",), 0)))
        return ["TT", "Máy, thiết bị", "Điện (kW)", "Giờ máy 2027", "kWh năm 2027", "kWh năm 2028",
                "kWh năm 2029"], rows
    if kind == "price":
        return (["TT", "Sản phẩm", "Bao bì (đ/đv)", "Giá 2027 (đ)", "Giá 2028 (đ)", "Giá 2029 (đ)"],
                [(str(i + 1), p["label"], [(("pcost", p["key"]), 0)] + yrs(("price", p["key"]), 0))
                 for i, p in enumerate(prods)])
    if kind == "staff":
        rows = [(str(j + 1), lab, yrs(("role", j), 0)) for j, (lab, _) in enumerate(c["roles"])]
        rows += [("", "Tổng số lao động", yrs(("staff",), 0)),
                 ("", "Lương bình quân (triệu đồng/tháng)", yrs(("wage",), 1)),
                 ("", "Quỹ lương (triệu đồng/năm)", yrs(("fund",), 1))]
        return ["TT", "Bộ phận"] + Yc, rows
    if kind == "inv":
        rows = [(str(j + 1), lab, [(("inv", j), 1)]) for j, (lab, _, _) in enumerate(c["inv"])]
        rows.append(("", "Tổng vốn đầu tư", [(("inv_tot",), 1)]))
        return ["TT", "Hạng mục", "Thành tiền (triệu đồng)"], rows
    if kind == "src":
        rows = [(str(j + 1), lab, [(("src", j), 1), (("src_pct", j), 1)]) for j, (lab, _) in enumerate(c["src"])]
        F[("hundred",)] = 100
        rows.append(("", "Tổng nguồn vốn", [(("src_tot",), 1), (("hundred",), 1)]))
        return ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows
    if kind == "rev":
        rows = [(str(i + 1), p["label"], yrs(("rev", p["key"]), 1)) for i, p in enumerate(prods)]
        rows.append(("", "Tổng doanh thu", yrs(("rev_tot",), 1)))
        return ["TT", "Sản phẩm"] + Yc, rows
    if kind == "cost":
        rows, i = [], 0
        for r in c["raws"]:
            i += 1
            rows.append((str(i), r["label"].split(" (")[0], [f"{fmt(r['price'])} đ/{r['unit']}"]
                         + yrs(("c_raw", r["key"]), 1)))
        kind_m, val = c["maint"]
        lines = [("Bao bì", f"theo Bảng {n['price']}", "c_pack"),
                 ("Điện năng", f"{fmt(c['tariff'])} đ/kWh", "c_power"),
                 ("Bảo dưỡng, sửa chữa máy", f"{fmt(val * 100, _dec(val * 100))} % giá trị máy" if kind_m == "rate"
                  else "khoán", "c_maint"),
                 ("Tiền lương", f"theo Bảng {n['staff']}", "c_wage"),
                 ("Khấu hao", f"{c['life']} năm; máy cũ {fmt(c['old_dep'])}", "c_dep"),
                 ("Lãi vay", f"{fmt(c['rate'] * 100, _dec(c['rate'] * 100))} %/năm dư nợ", "c_int"),
                 ("Bán hàng, vận chuyển", f"{fmt(c['sell'] * 100, _dec(c['sell'] * 100))} % doanh thu", "c_sell"),
                 ("Thuế, phí", f"{fmt(c['tax'] * 100, _dec(c['tax'] * 100))} % doanh thu", "c_tax"),
                 ("Chi phí khác", "khoán", "c_other")]
        for lab, basis, key in lines:
            i += 1
            rows.append((str(i), lab, [basis] + yrs((key,), 1)))
        rows.append(("", "Tổng chi phí", [""] + yrs(("c_tot",), 1)))
        return ["TT", "Khoản mục", "Căn cứ tính"] + Yc, rows
    if kind == "sum":
        return (["TT", "Chỉ tiêu"] + Yc,
                [("1", "Doanh thu", yrs(("s_rev",), 1)), ("2", "Tổng chi phí", yrs(("s_cost",), 1)),
                 ("3", "Lợi nhuận", yrs(("profit",), 1)),
                 ("4", "Tỷ suất lợi nhuận/doanh thu (%)", yrs(("margin",), 1)),
                 ("5", "Khấu hao tài sản cố định", yrs(("s_dep",), 1))])
    raise KeyError(kind)


MONEY = {"hist": None, "rev": "triệu đồng", "cost": "triệu đồng", "sum": "triệu đồng"}


def words(c: dict, F: dict) -> dict:
    """The figures the prose quotes, formatted as the plan prints them."""
    V = {}
    u = c["unit"]
    for y in Y:
        V[f"out{y}"] = fmt(F[("out", y)])
        V[f"rev{y}"] = fmt(F[("rev_tot", y)], 1)
        V[f"cost{y}"] = fmt(F[("c_tot", y)], 1)
        V[f"profit{y}"] = fmt(F[("profit", y)], 1)
        V[f"margin{y}"] = fmt(F[("margin", y)], 1)
        V[f"staff{y}"] = fmt(F[("staff", y)])
        V[f"kwh{y}"] = fmt(F[("kwh_tot", y)])
        V[f"growth{y}"] = fmt(F[("growth", y)], 1)
        V[f"wage{y}"] = fmt(F[("wage", y)], 1)
        for p in c["products"]:
            V[f"packs_{p['key']}{y}"] = fmt(p["packs"][y])
            V[f"price_{p['key']}{y}"] = fmt(p["price"][y])
            V[f"outp_{p['key']}{y}"] = fmt(F[("outp", p["key"], y)], _dec(F[("outp", p["key"], y)]))
        for r in c["raws"]:
            d = 1 if r["unit"] == "m³" else 0
            V[f"need_{r['key']}{y}"] = fmt(F[("need", r["key"], y)], d)
            V[f"sup_{r['key']}{y}"] = fmt(F[("sup_tot", r["key"], y)], d)
        for s in c["stages"]:
            V[f"use_{s['key']}{y}"] = fmt(F[("use", s["key"], y)], 1)
            V[f"load_{s['key']}{y}"] = fmt(F[("load", s["key"], y)])
    for i in range(3):
        V[f"h_out{i}"] = fmt(c["hist"]["out"][i])
        V[f"h_rev{i}"] = fmt(F[("h_rev", i)], 1)
        V[f"h_prof{i}"] = fmt(F[("h_prof", i)], 1)
    for s in c["stages"]:
        V[f"cap_{s['key']}"] = fmt(F[("cap", s["key"])])
        V[f"qty_{s['key']}"] = fmt(F[("qty", s["key"])])
    V["inv"] = fmt(F[("inv_tot",)])
    V["inv_fixed"] = fmt(F[("inv_fixed",)])
    V["src"] = fmt(F[("src_tot",)])
    V["payback"] = fmt(F[("payback",)], 1)
    V["eq_total"] = fmt(F[("eq_total",)], 1)
    V["dep"] = fmt(F[("c_dep", 0)], 1)
    V["avgp"] = fmt(F[("avg_profit",)], 1)
    V["hist_growth"] = fmt(((c["hist"]["out"][2] / c["hist"]["out"][0]) ** 0.5 - 1) * 100, 1)
    V["unit"] = u
    return V


# ==================================================================== the checker
NUMERIC = {"hist", "raw", "eq", "cap", "out", "energy", "price", "staff", "inv", "src", "rev", "cost", "sum"}
_CAPTION = re.compile(r"^(?:\*\*)?Bảng (\d+)\.")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[int, list[list[str]]]:
        """Table number -> its data rows (header and rule dropped), cells without bold marks."""
        out: dict[int, list[list[str]]] = {}
        cur, rows = None, None
        for line in self.body.splitlines():
            t = line.strip()
            if m := _CAPTION.match(t):
                cur, rows = int(m.group(1)), []
                out[cur] = rows
                continue
            if cur is None:
                continue
            if t.startswith("|"):
                cells = [x.strip().replace("**", "") for x in t.strip("|").split("|")]
                rows.append(cells)
            elif rows:
                cur = None
        return {k: [r for r in v[1:] if not set("".join(r)) <= set("-: ")] for k, v in out.items()}

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def _near(a: float, b: float, d: int) -> bool:
    return abs(a - b) <= max(0.01 * abs(b), 0.6 * 10 ** -d)


def _num(cell: str) -> float | None:
    cell = cell.replace(" ", "")
    if re.fullmatch(r"-?[\d.]+(,\d+)?", cell):
        return vn(cell)
    return None


def check_numbers(p: Plan, c: dict) -> None:
    F1, F0 = model(c), model(c, planted=False)
    order = c["tables"]
    n = {kind: i + 1 for i, kind in enumerate(order)}
    T = p.tables()
    p.check(sorted(T) == list(range(1, len(order) + 1)), f"tables {sorted(T)} for {len(order)} kinds")
    p.check(10 <= len(order) <= 15, f"{len(order)} tables")
    for kind in order:
        if kind not in NUMERIC:
            continue
        head, rows = spec(c, F1, kind, n)
        got = T.get(n[kind], [])
        if len(got) != len(rows):
            p.failures.append(f"table {n[kind]} ({kind}): {len(got)} rows, expected {len(rows)}")
            continue
        for (tt, label, cells), g in zip(rows, got):
            if g[1] != label:
                p.failures.append(f"table {n[kind]}: row {g[1]!r}, expected {label!r}")
            for j, cell in enumerate(cells):
                if isinstance(cell, str):
                    continue
                key, d = cell
                v = _num(g[2 + j]) if 2 + j < len(g) else None
                if v is None or not _near(v, F1[key], d):
                    p.failures.append(f"table {n[kind]} {label!r} col {j + 3}: {g[2 + j] if 2 + j < len(g) else '?'}"
                                      f" vs model {fmt(F1[key], d)}")
    # the planted figures are wrong by more than 5 % against the true model ...
    planted = set(c["bad"]) | set(c.get("planted_keys", ()))
    for key in planted:
        p.check(off(F1[key], F0[key]), f"planted {key}: printed {F1[key]:.2f}, true {F0[key]:.2f}, not > 5 % off")
    # ... and every other figure that differs from the truth is a declared knock-on of them
    for key in F0:
        if key in planted or key[0] in c["knock"]:
            continue
        if not close(F1[key], F0[key], 0.01) and abs(F1[key] - F0[key]) > 0.05:
            p.failures.append(f"undeclared difference {key}: printed {F1[key]:.2f}, true {F0[key]:.2f}")
    # the prose quotes the model's figures
    V = words(c, F1)
    for t in c.get("say", ()):
        p.has(t.format(**V))


def check_text(p: Plan, c: dict) -> None:
    for s in c.get("present", ()):
        p.has(s)
    for pat in c.get("absent", ()):
        p.lacks(pat, "must be absent")
    if c.get("policy", "current") == "current":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or district body")
    if c.get("placeholder"):
        p.check(bool(re.search(PLACEHOLDER, p.body)), "the template placeholder is missing")
    else:
        p.lacks(PLACEHOLDER, "template placeholder")
    if c.get("verdict") == "ready":
        for m in re.finditer(r"(?:đến|hết) (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
            p.check(int(m.group(1)) >= 2030, f"paper valid only to {m.group(0)!r}")


# ---------------------------------------------------------------- per-plan defects on true figures
def extra(key: str, p: Plan, c: dict) -> None:
    F0 = model(c, planted=False)
    if key == "ir05":  # capacity-exceeded: the stills
        for y in (1, 2):
            p.check(F0[("use", "cc", y)] > 105, f"stills used {F0[('use', 'cc', y)]:.1f} % in {YEARS[y]}")
        p.check(F0[("use", "cc", 0)] <= 100, "stills within capacity in 2027")
        p.check(len({sum(n[y] for _, n in c["roles"]) for y in Y}) == 1, "staff unchanged")
        p.check(all(m["key"] != "cc" or m["year"] < 2027 for m in c["machines"]), "no still bought")
    if key == "ir06":  # material-shortfall: fresh cà gai leo
        for y in (2,):
            need, sup = F0[("need", "cgl", y)], F0[("sup_tot", "cgl", y)]
            p.check(need > sup * 1.05, f"cà gai leo need {need:.0f} vs supply {sup:.0f} in {YEARS[y]}")
    if key == "ir07":  # unrealistic-growth
        p.check(F0[("growth", 1)] > 50 and F0[("growth", 2)] > 50, "growth 2028 and 2029 over 50 %")
        p.check(F0[("growth", 0)] < 10, "history-like growth in 2027")
        p.check(len({sum(n[y] for _, n in c["roles"]) for y in Y}) == 1, "staff unchanged")
    if key == "ir10":  # name-inconsistent
        p.check(p.count("Công ty TNHH Thực phẩm Sông Trí") >= 3, "the other company named at least 3 times")
        p.check(p.count("Công ty TNHH Sắn dây Kỳ Tân") >= 4, "its own name at least 4 times")
    if key == "ir09":  # capital-mismatch
        p.check(off(sum(v for _, v in c["src"]), F0[("inv_tot",)]), "sources vs investment")
    # every plan but the planted ones: stages within capacity, materials within supply
    for s in c["stages"]:
        if key == "ir05" and s["key"] == "cc":
            continue
        p.check(max(F0[("use", s["key"], y)] for y in Y) <= 90, f"stage {s['key']} above 90 %")
    for r in c["raws"]:
        if key == "ir06" and r["key"] == "cgl":
            continue
        for y in Y:
            p.check(F0[("sup_tot", r["key"], y)] >= F0[("need", r["key"], y)] * 1.05, f"raw {r['key']} spare < 5 %")
    if key != "ir07":
        p.check(max(F0[("growth", y)] for y in Y) < 25, "growth above 25 %")
    for y in Y:
        p.check(0 < F0[("margin", y)] < 32, f"margin {F0[('margin', y)]:.1f} % in {YEARS[y]}")


def check_sketchy(p: Plan, c: dict) -> None:
    w = p.words()
    p.check(150 <= w <= 350, f"{w} words")
    p.check(not p.rows, "a sketchy plan has no table")
    for s in c.get("present", ()):
        p.has(s)
    for pat in c.get("absent", ()):
        p.lacks(pat, "must be absent")
    p.lacks(PLACEHOLDER, "template placeholder")


def run(keys: list[str]) -> list[Plan]:
    plans = []
    for f in sorted((HERE / "src").glob("*.md")):
        key = f.stem[:4]
        if keys and key not in keys:
            continue
        p = Plan(f.stem)
        c = PLANS.get(key) or SKETCHY[key]
        if key in SKETCHY:
            check_sketchy(p, c)
        else:
            check_numbers(p, c)
            check_text(p, c)
            extra(key, p, c)
        plans.append(p)
    return plans


def check_set() -> list[str]:
    """The set as the brief asks: 4 ready, 6 revise with 3 planted rules each (18 different), 2 sketchy."""
    import yaml

    errs, planted, verdicts = [], [], []
    for f in sorted((HERE / "src").glob("*.md")):
        exp = yaml.safe_load(f.read_text(encoding="utf-8").split("---", 2)[1])["expected"]
        verdicts.append(exp["verdict"])
        if exp["verdict"] == "revise" and len(exp["rules"]) != 3:
            errs.append(f"{f.stem}: {len(exp['rules'])} planted rules")
        planted += exp["rules"]
        verdict = (PLANS.get(f.stem[:4]) or {}).get("verdict")
        if verdict and verdict != exp["verdict"]:
            errs.append(f"{f.stem}: verdict {exp['verdict']} vs {verdict}")
    if sorted(verdicts) != sorted(["ready"] * 4 + ["revise"] * 6 + ["sketchy"] * 2):
        errs.append(f"verdicts {verdicts}")
    if len(planted) != 18 or len(set(planted)) != 18:
        errs.append(f"planted rules not 18 different: {sorted(planted)}")
    return errs


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    plans = run(keys)
    if not plans:
        print("no plan found")
        return 1
    if not keys:
        errs = check_set() + ([f"{len(plans)} plans, expected 12"] if len(plans) != 12 else [])
        for e in errs:
            print(f"FAIL set: {e}")
        if errs:
            plancheck.report(plans)
            return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
