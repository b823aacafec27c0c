"""The 207th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout207/arithmetic.py [gz01 gz05 ...]

Theme: plans that reason per unit of scale and multiply up. For every full plan (gz01-gz10) the
constants give the products (pack size in the plan's base unit, the price, the packs a year and
the packaging cost per pack), the raw materials (norm per base unit or per pack, purchase price,
supply rows written as number of units x yield per unit: ha x kg/ha, households x kg/household,
hives x kg/hive, cages x kg/cage, ducks x eggs/duck, boats x kg/boat), the equipment (number of
units x rating per batch x batches a day x working days, or jars x eggs a jar x batches a year),
the labour norms (workers x packs a worker a day x working days), staff by role with the monthly
wage of each year, the per-unit cost rates (đồng per kg, per litre, per piece), the fixed lines,
investment items written as quantity x unit price, capital sources, loan balances and rate.
`model()` turns them into every figure the plan prints (the throw-away generator that wrote the
Markdown imported this module); `tables()` lays them out as the plan's tables.

This script reads each plan's Markdown back and checks (1) every numeric cell of every table
against the model of the plan as printed, (2) every product the plan writes out in its text
("5 ha × 7.200 kg/ha = 36.000 kg"), and (3) the arithmetic a reviewer does on the printed figures
themselves: revenue line = packs x price, totals = sums, supply row = units x yield, need = output
x norm against supply, capacity = units x rating x batches x days against output, labour norm x
workers x days against packs, wage fund = staff x wage x 12, investment = quantity x unit price,
sources = investment, every cost line against its per-unit basis, profit = revenue - cost,
payback = investment / (average profit + depreciation), growth. The planted numeric defects must
be wrong by more than 5 % with the true value computed beside them, everything else right within
1 %. Textual defects are asserted by the absence (or presence) of their words; ready plans cite no
replaced instrument. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

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

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, [packs 2027, 2028, 2029], pack cost đ)
# raws: dict(label, unit, norm (per base unit, or a list per pack), price đ per unit,
#            rows=[(label, unit word, [units per year], yield per unit, yield text)])
# machines: (label, count, count word, [(factor, text)], products bound or None = all, binding?)
# labour: (step, norm per worker-day (packs), norm text, [workers per year], days, products)
# roles: (role, [staff per year]); wage: monthly wage per year (triệu đồng)
# unit: per-unit cost lines (label, đ per base unit, or a list per pack, basis text)
# inv: (label, quantity, quantity word, unit price triệu, fixed asset?); src: (label, triệu)
# loan: balance per year (triệu), rate; life: years of straight-line depreciation
# hist: output 2024-2026, average price đ per base unit, margin of revenue
PLANS: dict[str, dict] = {
    "gz01": dict(
        unit="kg",
        products=[("Bún gạo lứt đỏ, gói 500 g", "gói", 0.5, 42000, [40000, 44000, 48000], 2500),
                  ("Bún gạo lứt đen, gói 500 g", "gói", 0.5, 48000, [16000, 18000, 20000], 2500),
                  ("Phở gạo lứt, gói 300 g", "gói", 0.3, 30000, [20000, 24000, 28000], 2000)],
        raws=[dict(label="Gạo lứt đỏ, gạo lứt đen", unit="kg", norm=1.15, price=26000,
                   cost_label="Gạo lứt",
                   rows=[("Cánh đồng liên kết thôn Trung Lộc", "ha", [5, 5, 5], 7200,
                          "2 vụ × 3.600 kg/ha"),
                         ("Hộ trồng lúa lứt thôn Yên Điềm", "hộ", [12, 12, 12], 1500,
                          "1.500 kg/hộ/năm")])],
        machines=[("Lò sấy bún bơm nhiệt", 2, "lò",
                   [(100, "100 kg/mẻ"), (1, "1 mẻ/ngày"), (280, "280 ngày")], None, True),
                  ("Máy ép đùn bún", 1, "máy",
                   [(60, "60 kg/giờ"), (6, "6 giờ/ngày"), (280, "280 ngày")], None, False)],
        labour=[("Đóng gói", 300, "300 gói/người/ngày", [2, 2, 2], 280, None)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm, xay, ép, sấy bún", [5, 5, 6]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        unit_costs=[("Điện, trấu cho lò sấy", 3500, "3.500 đ/kg bún"),
                    ("Vận chuyển, bán hàng", 4000, "4.000 đ/kg bún")],
        other=("Chi phí khác", 120), tax=("Thuế, phí, lệ phí", 70),
        inv=[("Máy ép đùn bún tự động", 1, "máy", 280, True),
             ("Lò sấy bún bơm nhiệt", 2, "lò", 165, True),
             ("Máy đóng gói định lượng", 1, "máy", 150, True),
             ("Cải tạo xưởng một chiều", 250, "m²", 0.8, True),
             ("Bao bì, mã vạch, tem truy xuất", 1, "gói", 45, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 1, "gói", 35, False),
             ("Vốn lưu động", 1, "", 400, False)],
        src=[("Vốn chủ sở hữu của công ty", 840),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        hist=dict(out=[24000, 27500, 30500], price=[82000, 84000, 86000],
                  margin=[0.12, 0.13, 0.14])),
    "gz02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 165000, [6000, 6600, 7200], 9000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 310000, [2400, 2600, 2800], 14000),
                  ("Mật ong hoa keo, chai 250 g", "chai", 0.25, 80000, [4000, 4800, 5600], 6000)],
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.05, price=140000,
                   rows=[("Đàn ong của 16 thành viên", "đàn", [520, 520, 520], 12,
                          "12 kg/đàn/năm"),
                         ("Trại ong tập trung của HTX", "đàn", [100, 130, 160], 12,
                          "12 kg/đàn/năm"),
                         ("Hộ nuôi ong liên kết thôn Khe Gỗ", "hộ", [6, 6, 6], 150,
                          "150 kg/hộ/năm")])],
        machines=[("Máy hạ thủy phần mật ong", 1, "máy",
                   [(40, "40 kg/mẻ"), (1, "1 mẻ/ngày"), (240, "240 ngày")], None, True),
                  ("Bồn lắng, máy lọc inox", 2, "bộ",
                   [(200, "200 kg/lượt"), (1, "1 lượt/ngày"), (240, "240 ngày")], None, False)],
        labour=[("Chiết rót, dán nhãn", 300, "300 chai, hũ/người/ngày", [2, 2, 2], 240, None)],
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Kỹ thuật, quản lý trại ong", [2, 2, 3]),
               ("Lọc, hạ thủy phần, chiết rót", [2, 2, 2]), ("Bán hàng, kho", [1, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        unit_costs=[("Điện, nước, vệ sinh", 2000, "2.000 đ/kg"),
                    ("Vận chuyển, bán hàng", 6000, "6.000 đ/kg")],
        other=("Chi phí khác", 60), tax=("Thuế, phí", 25),
        inv=[("Máy hạ thủy phần 40 kg/mẻ", 1, "máy", 180, True),
             ("Bồn lắng, máy lọc inox", 2, "bộ", 35, True),
             ("Thùng ong và đàn giống bổ sung", 60, "đàn", 1.5, True),
             ("Nhà sơ chế, chiết rót", 60, "m²", 3.5, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 1, "gói", 40, False),
             ("Vốn lưu động", 1, "", 350, False)],
        src=[("Vốn góp của thành viên", 440), ("Quỹ đầu tư phát triển của HTX", 100),
             ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=8, loan=[400, 300, 200], rate=0.066,
        hist=dict(out=[5000, 5500, 5900], price=[300000, 305000, 310000],
                  margin=[0.09, 0.10, 0.10])),
    "gz03": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 38000,
                   [30000, 33000, 36000], 4500),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 90000, [2400, 2600, 2800], 3000),
                  ("Cà gai leo khô, bao 2 kg", "bao", 2, 320000, [300, 320, 340], 5000)],
        raws=[dict(label="Cà gai leo tươi", unit="kg", norm=4.2, price=12000,
                   rows=[("Vườn cà gai leo của tổ viên", "ha", [1.5, 1.5, 1.5], 10000,
                          "3 lứa, 10.000 kg/ha/năm"),
                         ("Hộ trồng liên kết thôn Bắc Sơn", "hộ", [6, 6, 6], 800,
                          "800 kg/hộ/năm")])],
        machines=[("Lò sấy bơm nhiệt", 2, "lò",
                   [(12, "12 kg khô/mẻ"), (1, "1 mẻ/ngày"), (200, "200 ngày")], None, True),
                  ("Máy đóng túi lọc", 1, "máy",
                   [(16, "8.000 túi × 2 g"), (1, "1 ca/ngày"), (220, "220 ngày")], [0], False)],
        labour=[("Đóng hộp, dán tem", 250, "250 hộp/người/ngày", [1, 1, 1], 220, [0])],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [3, 3, 3]),
               ("Đóng túi lọc, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        unit_costs=[("Điện sấy, nước", 6000, "6.000 đ/kg khô"),
                    ("Vận chuyển, bán hàng", 15000, "15.000 đ/kg khô")],
        other=("Chi phí khác, quảng bá", 70), tax=("Thuế, phí", 20),
        inv=[("Lò sấy bơm nhiệt 12 kg/mẻ", 1, "lò", 160, True),
             ("Máy đóng túi lọc tự động", 1, "máy", 260, True),
             ("Nhà sấy, phòng đóng gói", 80, "m²", 2.5, True),
             ("Bao bì, mã vạch, kiểm nghiệm", 1, "gói", 45, False),
             ("Vốn lưu động", 1, "", 180, False)],
        src=[("Vốn góp của tổ viên", 345), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        life=10, loan=[500, 400, 300], rate=0.075,
        hist=dict(out=[2500, 2750, 3000], price=[400000, 410000, 420000],
                  margin=[0.10, 0.11, 0.11])),
    "gz04": dict(
        unit="chiếc",
        products=[("Nón lá trắng hai lớp", "chiếc", 1, 120000, [2600, 2800, 3000], 3000),
                  ("Nón bài thơ vẽ tay", "chiếc", 1, 220000, [1200, 1400, 1600], 6000),
                  ("Nón lá mini lưu niệm", "chiếc", 1, 45000, [1500, 1800, 2100], 2000)],
        raws=[dict(label="Lá nón khô", unit="kg", norm=[0.12, 0.14, 0.03], price=80000,
                   rows=[("Hộ khai thác lá nón thôn Khe Sắn", "hộ", [14, 14, 14], 60,
                          "60 kg/hộ/năm")]),
              dict(label="Nứa làm vành", unit="cây", norm=[0.5, 0.5, 0.2], price=6000,
                   rows=[("Hộ cung cấp nứa thôn Tân Hương", "hộ", [5, 5, 5], 600,
                          "600 cây/hộ/năm")])],
        machines=[],
        labour=[("Chằm nón cỡ lớn", 2, "2 chiếc/người/ngày", [9, 10, 11], 260, [0, 1]),
                ("Chằm nón mini", 10, "10 chiếc/người/ngày", [1, 1, 1], 260, [2]),
                ("Vẽ tranh, chép thơ", 12, "12 chiếc/người/ngày", [1, 1, 1], 260, [1])],
        roles=[("Chủ hộ, quản lý, bán hàng", [1, 1, 1]), ("Phơi, là lá, làm vành", [1, 1, 1]),
               ("Vẽ, hoàn thiện, đóng gói", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9],
        unit_costs=[("Tiền công chằm nón (khoán)", [45000, 55000, 12000],
                     "45.000, 55.000, 12.000 đ"),
                    ("Chỉ cước, dầu bóng, màu vẽ", [4000, 9000, 1500],
                     "4.000, 9.000, 1.500 đ"),
                    ("Vận chuyển, bán hàng", 5000, "5.000 đ/chiếc")],
        other=("Chi phí khác", 20), tax=("Thuế, phí", 10),
        inv=[("Nhà phơi, là lá và kho", 60, "m²", 2.0, True),
             ("Lò sấy lá chống mốc", 1, "lò", 35, True),
             ("Khuôn nón và dụng cụ", 20, "bộ", 1.5, True),
             ("Thiết kế bao bì, thẻ treo", 1, "gói", 20, False),
             ("Vốn lưu động", 1, "", 95, False)],
        src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 100)],
        life=10, loan=[100, 80, 60], rate=0.066,
        hist=dict(out=[4200, 4600, 5000], price=[98000, 100000, 102000],
                  margin=[0.15, 0.16, 0.16])),
    "gz05": dict(
        unit="lít",
        products=[("Rượu nếp 39 độ, chai 500 ml", "chai", 0.5, 70000, [30000, 34000, 40000], 9000),
                  ("Rượu nếp 39 độ, bình sứ 1,5 lít", "bình", 1.5, 260000, [3000, 3600, 4200], 45000),
                  ("Rượu nếp 35 độ, can 5 lít", "can", 5, 380000, [1000, 1200, 1560], 12000)],
        raws=[dict(label="Gạo nếp cái hoa vàng", unit="kg", norm=1.6, price=28000,
                   rows=[("Ruộng nếp của thành viên", "ha", [10, 10, 10], 3200,
                          "3.200 kg gạo/ha"),
                         ("Hộ trồng nếp thôn Đông Thượng", "hộ", [40, 40, 40], 700,
                          "700 kg/hộ/năm")])],
        machines=[("Nồi chưng cất inox", 3, "nồi",
                   [(40, "40 lít/mẻ"), (1, "1 mẻ/ngày"), (250, "250 ngày")], None, True),
                  ("Máy lọc, chiết rót", 1, "dây chuyền",
                   [(400, "400 lít/ca"), (1, "1 ca/ngày"), (250, "250 ngày")], None, False)],
        labour=[("Chiết chai, dán nhãn", 400, "400 chai, bình/người/ngày", [2, 2, 2], 250, None)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, chiết, đóng thùng", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        unit_costs=[("Men lá, củi, điện, nước", 9000, "9.000 đ/lít"),
                    ("Vận chuyển, bán hàng", 8000, "8.000 đ/lít")],
        other=("Chi phí khác", 80), tax=("Phí, lệ phí", 30),
        inv=[("Nồi chưng cất inox 40 lít/mẻ", 1, "nồi", 120, True),
             ("Hệ thống lọc, khử andehit, chiết rót", 1, "hệ thống", 280, True),
             ("Chum sành ủ rượu 50 lít", 120, "chum", 1.2, True),
             ("Kho hạ thổ, ủ rượu", 80, "m²", 3.0, True),
             ("Hầm biogas, bể chứa bỗng", 1, "hệ thống", 110, True),
             ("Bao bì, nhãn, tem truy xuất", 1, "gói", 60, False),
             ("Vốn lưu động", 1, "", 400, False)],
        src=[("Vốn góp của thành viên", 654), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 560, 420], rate=0.08,
        hist=dict(out=[19000, 21000, 22600], price=[118000, 122000, 126000],
                  margin=[0.10, 0.11, 0.11])),
    "gz06": dict(
        unit="lít",
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, 95000, [20000, 22000, 24000], 8000),
                  ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, 80000, [14000, 16000, 18000], 9000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 230000, [2000, 2400, 2800], 15000)],
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.5, price=22000,
                   rows=[("Tàu khai thác của cổ đông", "tàu", [5, 5, 5], 8000, "8.000 kg/tàu/năm"),
                         ("Vựa cá bến Cửa Sót (hợp đồng)", "vựa", [2, 2, 2], 6000,
                          "6.000 kg/vựa/năm")]),
              dict(label="Muối hạt", unit="kg", norm=0.5, price=3000,
                   rows=[("HTX muối Thạch Khê (hợp đồng)", "hợp đồng", [1, 1, 1], 30000,
                          "30.000 kg/năm")])],
        machines=[("Thùng gỗ ủ chượp", 80, "thùng",
                   [(1000, "1.000 lít/mẻ"), (1, "1 mẻ/năm")], None, True),
                  ("Máy chiết rót, đóng nắp", 1, "máy",
                   [(300, "300 lít/ca"), (1, "1 ca/ngày"), (250, "250 ngày")], None, False)],
        labour=[("Chiết chai, dán nhãn", 350, "350 chai, can/người/ngày", [2, 2, 2], 250, None)],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Muối, đảo chượp, kéo rút", [4, 4, 5]),
               ("Lọc, pha đấu, chiết chai", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8],
        unit_costs=[("Điện, nước, nhiên liệu", 2500, "2.500 đ/lít"),
                    ("Vận chuyển, bán hàng", 7000, "7.000 đ/lít")],
        other=("Chi phí khác", 90), tax=("Thuế, phí", 60),
        inv=[("Thùng gỗ ủ chượp 1.500 kg cá", 30, "thùng", 12, True),
             ("Nhà ủ chượp có mái che", 300, "m²", 1.8, True),
             ("Hệ thống lọc, bể chứa inox", 1, "hệ thống", 220, True),
             ("Máy chiết rót, đóng nắp", 1, "máy", 180, True),
             ("Bao bì, nhãn, mã vạch", 1, "gói", 60, False),
             ("Vốn lưu động", 1, "", 640, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại cổ phần", 800)],
        life=10, loan=[800, 650, 500], rate=0.085,
        hist=dict(out=[27000, 29500, 31500], price=[92000, 94000, 96000],
                  margin=[0.10, 0.11, 0.12])),
    "gz07": dict(
        unit="kg",
        products=[("Chả cá lóc hấp, hộp 500 g", "hộp", 0.5, 150000, [6000, 6600, 7200], 5000),
                  ("Chả cá lóc chiên, túi 1 kg", "túi", 1, 280000, [2600, 2900, 3200], 4000),
                  ("Chả cá viên, túi 300 g", "túi", 0.3, 65000, [4000, 4500, 5000], 2500)],
        raws=[dict(label="Cá lóc thương phẩm", unit="kg", norm=2.4, price=48000,
                   rows=[("Lồng nuôi cá của hộ trên sông Ngàn Phố", "lồng", [12, 12, 12], 1400,
                          "1.400 kg/lồng/năm"),
                         ("Hộ nuôi cá lóc thôn Trung Hòa (hợp đồng)", "hộ", [6, 6, 6], 800,
                          "800 kg/hộ/năm")])],
        machines=[("Máy quết chả", 1, "máy",
                   [(20, "20 kg/mẻ"), (2, "2 mẻ/ngày"), (300, "300 ngày")], None, True),
                  ("Tủ hấp chả", 2, "tủ",
                   [(30, "30 kg/mẻ"), (1, "1 mẻ/ngày"), (300, "300 ngày")], [0, 2], False)],
        labour=[("Định hình, đóng gói", 200, "200 hộp, túi/người/ngày", [2, 2, 2], 300, None)],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Nuôi cá, chăm lồng", [2, 2, 2]),
               ("Sơ chế, quết, hấp, chiên", [3, 3, 3]), ("Đóng gói, giao hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.0],
        unit_costs=[("Gia vị, bột năng, dầu chiên", 14000, "14.000 đ/kg chả"),
                    ("Điện, gas, nước", 6000, "6.000 đ/kg chả"),
                    ("Vận chuyển, bán hàng", 10000, "10.000 đ/kg chả")],
        other=("Chi phí khác", 40), tax=("Thuế, phí", 25),
        inv=[("Lồng nuôi cá bổ sung", 4, "lồng", 25, True),
             ("Máy quết chả 20 kg/mẻ", 1, "máy", 95, True),
             ("Tủ hấp, bếp chiên công nghiệp", 1, "bộ", 80, True),
             ("Kho lạnh bảo quản 20 m³", 1, "kho", 160, True),
             ("Máy hút chân không, máy dán hộp", 1, "bộ", 65, True),
             ("Cải tạo phòng chế biến", 50, "m²", 2.4, True),
             ("Bao bì, kiểm nghiệm, tem", 1, "gói", 40, False),
             ("Vốn lưu động", 1, "", 240, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[400, 320, 240], rate=0.075,
        hist=dict(out=[5200, 5700, 6200], price=[230000, 235000, 240000],
                  margin=[0.09, 0.10, 0.10])),
    "gz08": dict(
        unit="bánh",
        products=[("Xà phòng sả chanh, bánh 100 g", "bánh", 1, 45000, [8000, 15000, 25000], 3000),
                  ("Xà phòng bồ kết – vỏ bưởi, bánh 100 g", "bánh", 1, 48000, [5000, 10000, 17000], 3000),
                  ("Bộ quà tặng 3 bánh, hộp giấy", "hộp", 3, 150000, [600, 1100, 2000], 12000)],
        raws=[dict(label="Dầu dừa, dầu lạc ép", unit="kg", norm=0.075, price=60000,
                   rows=[("Cơ sở ép dầu Hương Bình (hợp đồng)", "hợp đồng", [1, 1, 1], 4000,
                          "4.000 kg/năm")]),
              dict(label="Tinh dầu sả chanh", unit="lít", norm=0.0025, price=700000,
                   rows=[("Ruộng sả của tổ viên", "ha", [2.5, 2.5, 2.5], 60, "60 lít/ha/năm")])],
        machines=[("Nồi nấu xà phòng hai lớp", 2, "nồi",
                   [(300, "300 bánh/mẻ"), (1, "1 mẻ/ngày"), (250, "250 ngày")], None, True)],
        labour=[("Cắt, mài, đóng gói", 200, "200 bánh/người/ngày", [1, 1, 1], 250, None)],
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Nấu, đổ khuôn, ủ bánh", [2, 2, 2]),
               ("Cắt, đóng gói", [1, 1, 1])],
        wage=[4.8, 5.0, 5.2],
        unit_costs=[("Xút, bột thảo mộc, phụ gia", 2500, "2.500 đ/bánh"),
                    ("Điện, nước", 500, "500 đ/bánh"),
                    ("Vận chuyển, chiết khấu", 10000, "10.000 đ/bánh")],
        other=("Chi phí khác", 30), tax=("Thuế, phí", 15),
        inv=[("Nồi nấu hai lớp 30 kg", 1, "nồi", 45, True),
             ("Khuôn, dao cắt, giá ủ bánh", 1, "bộ", 40, True),
             ("Phòng ủ bánh", 30, "m²", 3.0, True),
             ("Thiết kế hộp, nhãn", 1, "gói", 25, False),
             ("Vốn lưu động", 1, "", 100, False)],
        src=[("Vốn góp của tổ viên", 200), ("Vay Quỹ hỗ trợ nông dân", 100)],
        life=8, loan=[100, 80, 60], rate=0.06,
        hist=dict(out=[10500, 11400, 12500], price=[42000, 43000, 44000],
                  margin=[0.12, 0.13, 0.13])),
    "gz09": dict(
        unit="kg",
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, 45000, [30000, 33000, 36000], 2500),
                  ("Chè búp đặc biệt, hộp 500 g", "hộp", 0.5, 150000, [6000, 6600, 7200], 12000),
                  ("Chè móc câu, hộp thiếc 100 g", "hộp", 0.1, 45000, [8000, 9000, 10000], 9000)],
        raws=[dict(label="Búp chè tươi", unit="kg", norm=4.8, price=14000,
                   rows=[("Đồi chè của công ty", "ha", [6, 6, 6], 6000, "6.000 kg búp/ha/năm"),
                         ("Hộ trồng chè liên kết thôn Kim Lĩnh", "hộ", [26, 26, 26], 1000,
                          "1.000 kg/hộ/năm")])],
        machines=[("Máy sao chè lò quay", 3, "máy",
                   [(12, "12 kg khô/mẻ"), (2, "2 mẻ/ngày"), (220, "220 ngày")], None, True),
                  ("Máy vò chè", 2, "máy",
                   [(25, "25 kg khô/mẻ"), (2, "2 mẻ/ngày"), (220, "220 ngày")], None, False)],
        labour=[("Đóng túi, đóng hộp", 250, "250 túi, hộp/người/ngày", [2, 2, 2], 220, None)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chăm sóc, thu hái đồi chè", [3, 3, 3]),
               ("Làm héo, vò, sao, phân loại", [4, 4, 4]), ("Đóng gói, bán hàng", [3, 3, 3])],
        wage=[6.0, 6.3, 6.6],
        unit_costs=[("Củi, điện sao chè", 7000, "7.000 đ/kg chè khô"),
                    ("Vận chuyển, bán hàng", 15000, "15.000 đ/kg chè khô")],
        other=("Chi phí khác", 100), tax=("Thuế, phí", 50),
        inv=[("Máy sao chè lò quay", 1, "máy", 160, True),
             ("Máy vò chè", 1, "máy", 90, True),
             ("Nhà chế biến chè", 200, "m²", 2.5, True),
             ("Cải tạo, trồng dặm đồi chè", 2, "ha", 90, True),
             ("Bao bì, hộp thiếc, kiểm nghiệm", 1, "gói", 70, False),
             ("Vốn lưu động", 1, "", 500, False)],
        src=[("Vốn chủ sở hữu của công ty", 900),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        hist=dict(out=[8200, 8800, 9300], price=[240000, 245000, 250000],
                  margin=[0.11, 0.12, 0.12])),
    "gz10": dict(
        unit="quả",
        products=[("Trứng vịt muối tro, hộp 10 quả", "hộp", 10, 75000, [24000, 27000, 30000], 5000),
                  ("Trứng vịt muối tro, hộp 6 quả", "hộp", 6, 46000, [15000, 18000, 21000], 4000),
                  ("Lòng đỏ trứng muối, khay 20 lòng đỏ", "khay", 20, 110000, [3000, 3500, 4000], 4000)],
        raws=[dict(label="Trứng vịt tươi", unit="quả", norm=1.03, price=3000,
                   rows=[("Đàn vịt đẻ của thành viên", "con", [2400, 2400, 2400], 210,
                          "210 quả/con/năm"),
                         ("Trại vịt liên kết thôn Phú Lộc", "trại", [1, 1, 1], 60000,
                          "60.000 quả/năm")])],
        machines=[("Vại sành muối trứng", 90, "vại",
                   [(600, "600 quả/mẻ"), (12, "12 mẻ/năm")], None, True),
                  ("Máy soi, rửa trứng", 1, "máy",
                   [(3000, "3.000 quả/ca"), (1, "1 ca/ngày"), (280, "280 ngày")], None, False)],
        labour=[("Lăn tro, đóng hộp", 150, "150 hộp, khay/người/ngày", [2, 2, 2], 280, None)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu gom, soi, phân loại trứng", [2, 2, 2]),
               ("Muối, lăn tro, đóng hộp", [3, 3, 3]), ("Kho, vận chuyển", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        unit_costs=[("Tro, muối, gia vị", 300, "300 đ/quả"),
                    ("Điện, nước", 100, "100 đ/quả"),
                    ("Vận chuyển", 400, "400 đ/quả")],
        other=("Chi phí khác", 60), tax=("Thuế, phí", 30),
        inv=[("Chum, vại sành muối trứng", 40, "vại", 1.5, True),
             ("Máy soi, rửa trứng", 1, "máy", 85, True),
             ("Nhà muối trứng, đóng gói", 120, "m²", 2.5, True),
             ("Kho mát bảo quản", 1, "kho", 150, True),
             ("Bao bì, nhãn, kiểm nghiệm", 1, "gói", 55, False),
             ("Vốn lưu động", 1, "", 350, False)],
        src=[("Vốn góp của thành viên", 380), ("Quỹ đầu tư phát triển của HTX", 120),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350)],
        life=10, loan=[350, 280, 210], rate=0.08,
        hist=dict(out=[300000, 330000, 360000], price=[6600, 6800, 7000],
                  margin=[0.10, 0.11, 0.11])),
}

# How each plan lays out its model tables: which tables, in which order, and renamed captions and
# columns (the generic ones are in tables()).
LAYOUT: dict[str, dict] = {
    "gz01": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "capacity", "staff", "output",
                "revenue", "inv", "src", "cost", "summary"],
        headers={"raw_scale": ["Nguồn cung", "Số ha, số hộ", "Năng suất", "Gạo lứt (kg/năm)"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Mẻ, giờ/ngày", "Ngày/năm",
                           "Công suất (kg/năm)"]},
        pack_basis="2.000–2.500 đ"),
    "gz02": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "capacity", "staff", "output",
                "revenue", "inv", "src", "cost", "summary"],
        captions={"raw_scale": "Quy mô đàn ong và sản lượng mật thô năm 2027"},
        headers={"raw_scale": ["Nguồn mật", "Số đàn, số hộ", "Định mức", "Mật thô (kg/năm)"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Số lượt", "Ngày/năm",
                           "Công suất (kg/năm)"]},
        pack_basis="6.000–14.000 đ"),
    "gz03": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "labour", "capacity", "staff",
                "output", "inv", "src", "revenue", "cost", "summary"],
        headers={"raw_scale": ["Nguồn cung", "Quy mô", "Năng suất", "Cà gai leo tươi (kg)"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Mẻ, ca/ngày", "Ngày/năm",
                           "Công suất (kg khô/năm)"]},
        pack_basis="3.000–5.000 đ"),
    "gz04": dict(
        tables=["hist", "raw_scale", "raw_balance", "labour", "capacity", "staff", "output",
                "revenue", "inv", "src", "cost", "summary"],
        headers={"raw_scale": ["Nguồn cung", "Số hộ", "Định mức/hộ", "Sản lượng/năm"]},
        captions={"labour": "Định mức lao động theo từng khâu"},
        pack_basis="2.000–6.000 đ"),
    "gz05": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "labour", "staff", "output",
                "inv", "src", "revenue", "cost", "summary"],
        headers={"raw_scale": ["Nguồn gạo nếp", "Số ha, số hộ", "Năng suất", "Gạo nếp (kg/năm)"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Mẻ, ca/ngày", "Ngày/năm",
                           "Công suất (lít/năm)"]},
        pack_basis="9.000–45.000 đ"),
    "gz06": dict(
        tables=["hist", "raw_scale", "raw_supply", "equip", "capacity", "staff", "output",
                "inv", "src", "revenue", "cost", "summary"],
        captions={"raw_scale": "Nguồn cá và muối theo đơn vị cung ứng"},
        headers={"raw_scale": ["Nguồn cung", "Số đơn vị", "Định mức", "Sản lượng (kg/năm)"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Số mẻ, ca", "Ngày/năm",
                           "Công suất (lít/năm)"]},
        pack_label="Chai, can, nắp, hộp", pack_basis="8.000–15.000 đ"),
    "gz07": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "capacity", "staff", "output",
                "revenue", "inv", "src", "cost", "summary"],
        headers={"raw_scale": ["Nguồn cá", "Số lồng, số hộ", "Năng suất", "Cá (kg/năm)"]},
        pack_basis="2.500–5.000 đ"),
    "gz08": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "capacity", "staff", "output",
                "revenue", "inv", "src", "cost", "summary"],
        headers={"raw_scale": ["Nguồn cung", "Quy mô", "Định mức", "Sản lượng/năm"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Mẻ/ngày", "Ngày/năm",
                           "Công suất (bánh/năm)"]},
        pack_label="Giấy gói, hộp, nhãn", pack_basis="3.000–12.000 đ"),
    "gz09": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "capacity", "staff", "output",
                "revenue", "inv", "src", "cost", "summary"],
        headers={"raw_scale": ["Nguồn búp", "Số ha, số hộ", "Năng suất", "Búp tươi (kg/năm)"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Mẻ/ngày", "Ngày/năm",
                           "Công suất (kg khô/năm)"]},
        pack_label="Túi, hộp, hộp thiếc", pack_basis="2.500–12.000 đ"),
    "gz10": dict(
        tables=["hist", "raw_scale", "raw_balance", "equip", "capacity", "staff", "output",
                "revenue", "inv", "src", "cost", "summary"],
        headers={"raw_scale": ["Nguồn trứng", "Quy mô", "Định mức", "Trứng (quả/năm)"],
                 "equip": ["Thiết bị", "Số lượng", "Định mức", "Số mẻ, ca", "Ngày/năm",
                           "Công suất (quả/năm)"]},
        pack_basis="4.000–5.000 đ"),
}
for _k, _v in LAYOUT.items():
    PLANS[_k].update(_v)

# --------------------------------------------------------------------------- planted
# Printed values that differ from the model (the planted numeric defects and nothing else).
PRINTED: dict[str, dict] = {
    "gz05": {"payback": 1.5},                    # true 2,1 years
    "gz06": {"cost_total": {1: 3075.7}},         # 2028 lines add up to 3.343,2
    "gz07": {"rev_line": {(0, 1): 1138.5}},      # 6.600 hộp × 150.000 đ = 990,0
    "gz09": {"profit": {0: 452.3}},              # 2027: 2.610,0 − 2.248,2 = 361,8
}


# --------------------------------------------------------------------------- model
def _per_pack(v, products):
    return list(v) if isinstance(v, (list, tuple)) else [v * p[2] for p in products]


def model(k: str, printed: bool = True) -> SimpleNamespace:
    P = PLANS[k]
    pr = PRINTED.get(k, {}) if printed else {}
    m = SimpleNamespace(k=k, P=P)
    prods = P["products"]
    m.packs = [[p[4][y] for p in prods] for y in range(3)]
    m.out = [sum(n * p[2] for n, p in zip(m.packs[y], prods)) for y in range(3)]
    m.allpacks = [sum(m.packs[y]) for y in range(3)]
    m.rev_line = [[m.packs[y][i] * p[3] / 1e6 for i, p in enumerate(prods)] for y in range(3)]
    for (i, y), v in pr.get("rev_line", {}).items():
        m.rev_line[y][i] = v
    m.rev = [sum(m.rev_line[y]) for y in range(3)]
    # raw materials
    m.raws = []
    for r in P["raws"]:
        norms = _per_pack(r["norm"], prods)
        need = [sum(n * q for n, q in zip(m.packs[y], norms)) for y in range(3)]
        rows = [[row[2][y] * row[3] for y in range(3)] for row in r["rows"]]
        supply = [sum(x[y] for x in rows) for y in range(3)]
        m.raws.append(SimpleNamespace(
            r=r, need=need, rows=rows, supply=supply,
            spare=[supply[y] - need[y] for y in range(3)],
            cost=[need[y] * r["price"] / 1e6 for y in range(3)]))
    # equipment
    m.machines = []
    for label, cnt, word, factors, bound, binding in P["machines"]:
        cap = cnt
        for f, _ in factors:
            cap *= f
        load = [m.out[y] if bound is None else sum(m.packs[y][i] * prods[i][2] for i in bound)
                for y in range(3)]
        m.machines.append(SimpleNamespace(label=label, cnt=cnt, word=word, factors=factors,
                                          cap=cap, load=load, binding=binding,
                                          use=[100 * load[y] / cap for y in range(3)]))
    m.labour = []
    for step, norm, ntext, workers, days, bound in P["labour"]:
        cap = [norm * workers[y] * days for y in range(3)]
        load = [m.allpacks[y] if bound is None else sum(m.packs[y][i] for i in bound)
                for y in range(3)]
        m.labour.append(SimpleNamespace(step=step, norm=norm, ntext=ntext, workers=workers,
                                        days=days, cap=cap, load=load,
                                        use=[100 * load[y] / cap[y] for y in range(3)]))
    # staff
    m.staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    m.wage_fund = [m.staff[y] * P["wage"][y] * 12 for y in range(3)]
    # investment
    m.inv_items = [q * u for _, q, _, u, _ in P["inv"]]
    m.inv = sum(m.inv_items)
    m.fixed = sum(q * u for _, q, _, u, f in P["inv"] if f)
    m.src = [s for _, s in P["src"]]
    m.src_total = sum(m.src)
    m.dep = m.fixed / P["life"]
    m.interest = [b * P["rate"] for b in P["loan"]]
    # costs
    m.cost_lines = []  # (label, basis, [3 values])
    for raw in m.raws:
        r = raw.r
        norm_txt = (f"{num(r['norm'], 3).rstrip('0').rstrip(',')} {r['unit']}"
                    if not isinstance(r["norm"], (list, tuple)) else "định mức")
        m.cost_lines.append((r.get("cost_label", r["label"]),
                             f"{norm_txt} × {money(r['price'])} đ", raw.cost))
    m.pack_cost = [sum(n * p[5] for n, p in zip(m.packs[y], prods)) / 1e6 for y in range(3)]
    m.cost_lines.append((P.get("pack_label", "Bao bì, nhãn, hộp"),
                         P.get("pack_basis", "đơn giá bao bì từng loại"), m.pack_cost))
    for label, rate, basis in P["unit_costs"]:
        rates = _per_pack(rate, prods)
        m.cost_lines.append((label, basis, [sum(n * q for n, q in zip(m.packs[y], rates)) / 1e6
                                            for y in range(3)]))
    m.cost_lines.append(("Tiền lương, bảo hiểm", "LĐ × lương × 12", m.wage_fund))
    m.cost_lines.append(("Khấu hao tài sản cố định",
                         f"{num(m.fixed, 0)} : {P['life']} năm", [m.dep] * 3))
    m.cost_lines.append(("Lãi vay", f"{num(100 * P['rate'], 1).removesuffix(',0')} % × dư nợ",
                         m.interest))
    m.cost_lines.append((P["tax"][0], "cố định", [P["tax"][1]] * 3))
    m.cost_lines.append((P["other"][0], "cố định", [P["other"][1]] * 3))
    m.cost_sum = [sum(c[2][y] for c in m.cost_lines) for y in range(3)]
    m.cost = list(m.cost_sum)
    for y, v in pr.get("cost_total", {}).items():
        m.cost[y] = v
    m.profit = [m.rev[y] - m.cost[y] for y in range(3)]
    for y, v in pr.get("profit", {}).items():
        m.profit[y] = v
    m.margin = [100 * m.profit[y] / m.rev[y] for y in range(3)]
    m.avg_profit = sum(m.profit) / 3
    m.payback = m.inv / (m.avg_profit + m.dep)
    m.payback_printed = pr.get("payback", round(m.payback, 1))
    # history
    h = P["hist"]
    m.h_rev = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m.h_profit = [m.h_rev[i] * h["margin"][i] for i in range(3)]
    m.h_growth = 100 * ((h["out"][2] / h["out"][0]) ** 0.5 - 1)
    return m


# --------------------------------------------------------------------------- formatting
def num(x: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{d}f}"
    return s.replace(",", " ").replace(".", ",").replace(" ", ".")


def money(x: float) -> str:
    return num(x, 0)


@dataclass
class N:
    v: float
    d: int = 0

    def __str__(self) -> str:
        return num(self.v, self.d)


@dataclass
class Table:
    key: str
    caption: str
    header: list
    rows: list
    unit: str | None = None


def tables(k: str, m) -> dict[str, Table]:
    """Every table the model can lay out for plan k (the plan prints those in PLANS[k]['tables'];
    PLANS[k]['captions'] and ['headers'] rename a table or its columns)."""
    P = m.P
    u = P["unit"]
    prods = P["products"]
    T: dict[str, Table] = {}
    yh = [f"Năm {y}" for y in YEARS]
    T["hist"] = Table("hist", f"Kết quả sản xuất kinh doanh {HIST_YEARS[0]} – {HIST_YEARS[2]}",
                      ["Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS], [
                          [f"Sản lượng ({u})"] + [N(x) for x in P["hist"]["out"]],
                          [f"Giá bán bình quân (đ/{u})"] + [N(x) for x in P["hist"]["price"]],
                          ["Doanh thu (triệu đồng)"] + [N(x, 1) for x in m.h_rev],
                          ["Lợi nhuận (triệu đồng)"] + [N(x, 1) for x in m.h_profit]])
    # raw-material scale: units x yield (2027)
    rows = []
    for raw in m.raws:
        for row, q in zip(raw.r["rows"], raw.rows):
            rows.append([row[0], f"{num(row[2][0], 1).removesuffix(',0')} {row[1]}", row[4],
                         N(q[0])])
    T["raw_scale"] = Table("raw_scale", "Quy mô và định mức vùng nguyên liệu năm 2027",
                           ["Nguồn cung", "Quy mô", "Định mức", "Sản lượng/năm"], rows)
    # balance (and supply only)
    rows, srows = [], []
    for raw in m.raws:
        ru = raw.r["unit"]
        part = [[f"{row[0]} ({ru})"] + [N(x) for x in q] for row, q in zip(raw.r["rows"], raw.rows)]
        part.append([f"Tổng nguồn cung {raw.r['label'].lower()} ({ru})"] + [N(x) for x in raw.supply])
        srows += part
        rows += part
        rows.append([f"Nhu cầu {raw.r['label'].lower()} ({ru})"] + [N(x) for x in raw.need])
        rows.append([f"Còn dư ({ru})"] + [N(x) for x in raw.spare])
    T["raw_balance"] = Table("raw_balance", "Cân đối nguyên liệu", ["Chỉ tiêu"] + yh, rows)
    T["raw_supply"] = Table("raw_supply", "Nguồn cung nguyên liệu theo năm", ["Nguồn cung"] + yh,
                            srows)
    # equipment
    rows = []
    for mc in m.machines:
        f = [t for _, t in mc.factors]
        while len(f) < 3:
            f.append("–")
        rows.append([mc.label, f"{mc.cnt} {mc.word}"] + f + [N(mc.cap)])
    T["equip"] = Table("equip", "Thiết bị chính và công suất",
                       ["Thiết bị", "Số lượng", "Định mức", "Mẻ/ngày", "Ngày/năm",
                        f"Công suất ({u}/năm)"], rows)
    rows = [[f"Sản lượng kế hoạch ({u})"] + [N(x) for x in m.out]]
    for mc in m.machines:
        if mc.binding:
            rows.append([f"Công suất {mc.label.lower()} ({u})"] + [N(mc.cap)] * 3)
            rows.append(["Mức sử dụng công suất (%)"] + [N(x, 1) for x in mc.use])
    for lb in m.labour:
        rows.append([f"Năng lực khâu {lb.step.lower()} (sản phẩm)"] + [N(x) for x in lb.cap])
        rows.append([f"Số sản phẩm cần {lb.step.lower()}"] + [N(x) for x in lb.load])
    T["capacity"] = Table("capacity", "Cân đối sản lượng với công suất và định mức lao động",
                          ["Chỉ tiêu"] + yh, rows)
    rows = [[lb.step, lb.ntext] + [N(x) for x in lb.workers] for lb in m.labour]
    T["labour"] = Table("labour", "Định mức lao động các khâu chính",
                        ["Khâu", "Định mức"] + [f"LĐ {y}" for y in YEARS], rows)
    rows = [[r[0]] + [N(x) for x in r[1]] for r in P["roles"]]
    rows.append(["Tổng số lao động (người)"] + [N(x) for x in m.staff])
    rows.append(["Lương bình quân (triệu đồng/tháng)"] + [N(x, 1) for x in P["wage"]])
    rows.append(["Quỹ lương năm (triệu đồng)"] + [N(x, 1) for x in m.wage_fund])
    T["staff"] = Table("staff", "Nhân lực và quỹ lương", ["Vị trí"] + yh, rows)
    rows = [[p[0]] + [N(x) for x in p[4]] for p in prods]
    rows.append([f"Sản lượng quy đổi ({u})"] + [N(x) for x in m.out])
    T["output"] = Table("output", "Kế hoạch sản lượng", ["Sản phẩm (đơn vị)"] + yh, rows)
    rows = []
    for (lab, q, w, up, _), tot in zip(P["inv"], m.inv_items):
        rows.append([lab, f"{num(q)} {w}" if w else "", N(up, 1), N(tot, 1)])
    rows.append(["Tổng vốn đầu tư", "", "", N(m.inv, 1)])
    T["inv"] = Table("inv", "Nhu cầu vốn đầu tư", ["Hạng mục", "Số lượng", "Đơn giá", "Thành tiền"],
                     rows, unit="ĐVT: triệu đồng")
    rows = [[lab, N(s, 1), N(100 * s / m.src_total, 1)] for lab, s in P["src"]]
    rows.append(["Tổng nguồn vốn", N(m.src_total, 1), N(100, 1)])
    T["src"] = Table("src", "Cơ cấu nguồn vốn", ["Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows,
                     unit="ĐVT: triệu đồng")
    rows = [[p[0], N(p[3])] + [N(m.rev_line[y][i], 1) for y in range(3)]
            for i, p in enumerate(prods)]
    rows.append(["Tổng doanh thu", ""] + [N(x, 1) for x in m.rev])
    T["revenue"] = Table("revenue", "Doanh thu dự kiến", ["Sản phẩm", "Giá bán (đồng)"] + yh, rows,
                         unit="ĐVT: triệu đồng")
    rows = [[lab, basis] + [N(x, 1) for x in vals] for lab, basis, vals in m.cost_lines]
    rows.append(["Tổng chi phí", ""] + [N(x, 1) for x in m.cost])
    T["cost"] = Table("cost", "Chi phí sản xuất kinh doanh", ["Khoản mục", "Căn cứ tính"] + yh, rows,
                      unit="ĐVT: triệu đồng")
    rows = [["Doanh thu"] + [N(x, 1) for x in m.rev],
            ["Tổng chi phí"] + [N(x, 1) for x in m.cost],
            ["Lợi nhuận"] + [N(x, 1) for x in m.profit],
            ["Tỷ suất lợi nhuận/doanh thu (%)"] + [N(x, 1) for x in m.margin]]
    T["summary"] = Table("summary", "Hiệu quả kinh tế", ["Chỉ tiêu"] + yh, rows,
                         unit="ĐVT: triệu đồng")
    for key, cap in P.get("captions", {}).items():
        T[key].caption = cap
    for key, hdr in P.get("headers", {}).items():
        assert len(hdr) == len(T[key].header), (k, key)
        T[key].header = hdr
    return T


# --------------------------------------------------------------------------- plan source reading
_TNUM = re.compile(r"^-?[\d.]+(,\d+)?$")


def parse_tables(body: str) -> list[tuple[str, list[list[str]]]]:
    """(caption, rows without the header and separator) for every table, in order."""
    out, caption, cur = [], "", None
    for line in body.splitlines() + [""]:
        s = line.strip()
        if s.startswith("|"):
            if cur is None:
                cur = []
            cur.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if cur is not None:
            out.append((caption, cur[2:]))
            cur, caption = None, ""
        if s.startswith("Bảng "):
            caption = re.sub(r"^Bảng \d+\.\s*", "", s)
    return out


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables = parse_tables(self.body)

    def table(self, caption: str) -> list[list[str]] | None:
        for cap, rows in self.tables:
            if cap == caption:
                return rows
        return None

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def cell_ok(printed: str, exp) -> bool:
    if isinstance(exp, N):
        if not _TNUM.match(printed):
            return False
        return close(vn(printed), exp.v) or abs(vn(printed) - exp.v) <= 0.06
    return printed == str(exp)


def compare_tables(p: Plan, T: dict[str, Table], keys: list[str]) -> None:
    """Every printed table equals the model's, cell by cell."""
    for key in keys:
        t = T[key]
        rows = p.table(t.caption)
        if rows is None:
            p.failures.append(f"table not found: {t.caption}")
            continue
        if len(rows) != len(t.rows):
            p.failures.append(f"{t.caption}: {len(rows)} rows, model has {len(t.rows)}")
            continue
        for got, exp in zip(rows, t.rows):
            if len(got) != len(exp):
                p.failures.append(f"{t.caption}: row {got[0]!r} has {len(got)} cells")
                continue
            for g, e in zip(got, exp):
                if not cell_ok(g, e):
                    p.failures.append(f"{t.caption}: {got[0]!r} printed {g!r}, model {e}")


def nums(row: list[str]) -> list[float]:
    return [vn(c) for c in row if _TNUM.match(c)]


def by_label(rows: list[list[str]], label: str) -> list[float]:
    for r in rows:
        if r[0] == label:
            return nums(r[1:])
    raise KeyError(label)


# --------------------------------------------------------------------------- checks
_VNUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_PRODUCT = re.compile(r"([^=;:()\n≈]*×[^=;:()\n≈]*?)=\s*(\d[\d.,]*\d|\d)(\s*triệu)?")


def _piece_value(piece: str, last: bool) -> float | None:
    found = list(_VNUM.finditer(piece))
    if not found:
        return None
    m = found[-1] if last else found[0]
    v = vn(m.group(0))
    if piece[m.end():].lstrip().startswith("triệu"):
        v *= 1e6
    return v


def text_products(p: Plan) -> int:
    """Every product written out in the text ('5 ha × 7.200 kg/ha = 36.000 kg', sums of products
    too) must be right; returns how many were checked."""
    n = 0
    for line in p.body.splitlines():
        if line.lstrip().startswith("|"):
            continue
        for m in _PRODUCT.finditer(line):
            total, ok = 0.0, True
            for term in m.group(1).split("+"):
                pieces = term.split("×")
                vals = [_piece_value(pc, i == 0) for i, pc in enumerate(pieces)]
                if any(v is None for v in vals):
                    ok = False
                    break
                prod = 1.0
                for v in vals:
                    prod *= v
                total += prod
            if not ok:
                continue
            right = vn(m.group(2)) * (1e6 if m.group(3) else 1)
            n += 1
            p.check(close(total, right) or abs(total - right) <= 0.06 * (1e6 if m.group(3) else 1),
                    f"text product wrong: {m.group(0).strip()!r} (= {total:,.1f})")
    return n


def section(p: Plan, start: str) -> str:
    """The text of the level-1 section whose heading contains `start`, up to the next one."""
    m = re.search(r"^# [^\n]*" + re.escape(start) + r"[^\n]*\n(.*?)(?=^# |\Z)", p.body, re.M | re.S)
    if not m:
        p.failures.append(f"section not found: {start}")
        return ""
    return m.group(1)


def printed(p: Plan, T: dict[str, Table], key: str) -> dict[str, list[str]] | None:
    rows = p.table(T[key].caption)
    return None if rows is None else {r[0]: r for r in rows}


def check_full(p: Plan, k: str) -> None:
    m, t = model(k), model(k, printed=False)
    P = m.P
    T = tables(k, m)
    keys = P["tables"]
    compare_tables(p, T, keys)
    pr = PRINTED.get(k, {})
    u = P["unit"]
    prods = P["products"]

    def row(key, label):
        rows = printed(p, T, key)
        if rows is None or label not in rows:
            p.failures.append(f"{key}: row {label!r} not found")
            return [0.0] * 3
        return nums(rows[label][1:])

    # output: packs x size
    packs = [row("output", pr_[0]) for pr_ in prods]
    out = row("output", f"Sản lượng quy đổi ({u})")
    for y in range(3):
        p.check(close(out[y], sum(packs[i][y] * prods[i][2] for i in range(len(prods)))),
                f"output {YEARS[y]} != Σ packs × size")
    # revenue: packs x price, total
    for i, pd in enumerate(prods):
        r = row("revenue", pd[0])
        price = r[0]
        for y in range(3):
            true = packs[i][y] * price / 1e6
            if (i, y) in pr.get("rev_line", {}):
                p.check(off(r[1 + y], true, 5), f"planted revenue line not off: {r[1 + y]} vs {true}")
            else:
                p.check(close(r[1 + y], true), f"revenue {pd[0]} {YEARS[y]}: {r[1 + y]} != {true:.1f}")
    rev = row("revenue", "Tổng doanh thu")
    lines = [row("revenue", pd[0])[1:] for pd in prods]
    for y in range(3):
        p.check(close(rev[y], sum(x[y] for x in lines)), f"revenue total {YEARS[y]} != Σ lines")
    # raw materials: units x yield, supply, need = output x norm
    for raw, traw in zip(m.raws, t.raws):
        r = raw.r
        for j, srow in enumerate(r["rows"]):
            key = "raw_balance" if "raw_balance" in keys else "raw_supply"
            got = row(key, f"{srow[0]} ({r['unit']})")
            for y in range(3):
                p.check(close(got[y], srow[2][y] * srow[3]), f"supply row {srow[0]} {YEARS[y]}")
        key = "raw_balance" if "raw_balance" in keys else "raw_supply"
        sup = row(key, f"Tổng nguồn cung {r['label'].lower()} ({r['unit']})")
        for y in range(3):
            p.check(close(sup[y], sum(x[2][y] * x[3] for x in r["rows"])),
                    f"supply total {r['label']} {YEARS[y]}")
        if "raw_balance" in keys:
            need = row("raw_balance", f"Nhu cầu {r['label'].lower()} ({r['unit']})")
            spare = row("raw_balance", f"Còn dư ({r['unit']})")
            for y in range(3):
                p.check(close(need[y], traw.need[y]), f"need {r['label']} {YEARS[y]} != output × norm")
                p.check(close(spare[y], sup[y] - need[y]) or abs(spare[y] - (sup[y] - need[y])) < 1,
                        f"spare {YEARS[y]}")
        shortfall = [traw.need[y] > sup[y] for y in range(3)]
        if k == "gz06" and r["label"] == "Cá cơm tươi":
            p.check(shortfall[1] and shortfall[2] and off(traw.need[2], sup[2], 5),
                    f"planted shortfall missing: need {traw.need} supply {sup}")
        else:
            p.check(not any(shortfall), f"raw {r['label']} short: need {traw.need} supply {sup}")
    # equipment and capacity
    for mc, tmc in zip(m.machines, t.machines):
        cap = row("equip", mc.label)[-1] if "equip" in keys else mc.cap
        p.check(close(cap, tmc.cap), f"capacity {mc.label}: {cap} != {tmc.cap}")
        for y in range(3):
            over = tmc.load[y] > cap
            if k == "gz05" and mc.binding and y == 2:
                p.check(off(tmc.load[y], cap, 5), f"planted capacity not exceeded: {tmc.load[y]} vs {cap}")
            elif k == "gz05" and mc.binding:
                p.check(not over, f"gz05 capacity exceeded before 2029 ({YEARS[y]})")
            else:
                p.check(not over, f"{mc.label} {YEARS[y]}: load {tmc.load[y]} > {cap}")
                if mc.binding and p.stem < "gz05":
                    p.check(tmc.use[y] <= 85.0, f"ready plan uses {tmc.use[y]:.1f} % of {mc.label}")
    for lb in t.labour:
        for y in range(3):
            p.check(lb.load[y] <= lb.cap[y], f"labour {lb.step} {YEARS[y]}: {lb.load[y]} > {lb.cap[y]}")
    # staff and wages
    staff = row("staff", "Tổng số lao động (người)")
    fund = row("staff", "Quỹ lương năm (triệu đồng)")
    wage = row("staff", "Lương bình quân (triệu đồng/tháng)")
    roles = [row("staff", r[0]) for r in P["roles"]]
    for y in range(3):
        p.check(close(staff[y], sum(x[y] for x in roles)), f"staff total {YEARS[y]}")
        p.check(close(fund[y], staff[y] * wage[y] * 12), f"wage fund {YEARS[y]}")
    # investment and sources
    items = [row("inv", it[0]) for it in P["inv"]]
    for it, got in zip(P["inv"], items):
        p.check(close(got[-1], it[1] * it[3]), f"investment item {it[0]} != quantity × unit price")
    inv = row("inv", "Tổng vốn đầu tư")[-1]
    p.check(close(inv, sum(x[-1] for x in items)), "investment total != Σ items")
    srcs = [row("src", lab)[0] for lab, _ in P["src"]]
    src = row("src", "Tổng nguồn vốn")[0]
    p.check(close(src, sum(srcs)), "sources total != Σ sources")
    if k == "gz10":
        p.check(off(src, inv, 5), f"planted capital mismatch missing: {src} vs {inv}")
        p.has(f"Tổng nguồn vốn {num(src)} triệu đồng", "bảo đảm đủ nhu cầu vốn")
    else:
        p.check(close(src, inv), f"sources {src} != investment {inv}")
    # cost lines against their per-unit basis
    cost_rows = {lab: row("cost", lab) for lab, _, _ in m.cost_lines}
    for lab, _, vals in t.cost_lines:
        for y in range(3):
            p.check(close(cost_rows[lab][y], vals[y]) or abs(cost_rows[lab][y] - vals[y]) < 0.06,
                    f"cost line {lab} {YEARS[y]}: {cost_rows[lab][y]} != {vals[y]:.1f}")
    p.check(all(close(cost_rows["Tiền lương, bảo hiểm"][y], fund[y]) for y in range(3)),
            "wage line != wage fund")
    cost = row("cost", "Tổng chi phí")
    for y in range(3):
        s_ = sum(cost_rows[lab][y] for lab in cost_rows)
        if y in pr.get("cost_total", {}):
            p.check(off(cost[y], s_, 5), f"planted cost total not off: {cost[y]} vs {s_:.1f}")
        else:
            p.check(close(cost[y], s_) or abs(cost[y] - s_) < 0.2, f"cost total {YEARS[y]} != Σ lines")
    # summary
    srev, scost = row("summary", "Doanh thu"), row("summary", "Tổng chi phí")
    sprofit, smargin = row("summary", "Lợi nhuận"), row("summary", "Tỷ suất lợi nhuận/doanh thu (%)")
    for y in range(3):
        p.check(close(srev[y], rev[y]), f"summary revenue {YEARS[y]} != revenue table")
        p.check(close(scost[y], cost[y]), f"summary cost {YEARS[y]} != cost table")
        if y in pr.get("profit", {}):
            p.check(off(sprofit[y], srev[y] - scost[y], 5), f"planted profit not off {YEARS[y]}")
        else:
            p.check(close(sprofit[y], srev[y] - scost[y]) or abs(sprofit[y] - srev[y] + scost[y]) < 0.2,
                    f"profit {YEARS[y]} != revenue − cost")
        p.check(abs(smargin[y] - 100 * sprofit[y] / srev[y]) < 0.06, f"margin {YEARS[y]}")
        p.check(0 < t.margin[y] < 40, f"true margin {t.margin[y]:.1f} % out of range")
    # payback
    mm = re.search(r"(?:≈|khoảng) (\d+,\d) năm", p.body)
    stated = vn(mm.group(1)) if mm else 0.0
    from_printed = inv / (sum(sprofit) / 3 + m.dep)
    if k == "gz05":
        p.check(off(stated, t.payback, 5) and off(stated, from_printed, 5),
                f"planted payback not off: {stated} vs {t.payback:.2f}")
    else:
        p.check(abs(stated - from_printed) <= 0.051, f"payback {stated} != {from_printed:.2f}")
        if k in ("gz06", "gz07"):  # tolerated knock-on: printed profits
            p.check(off(stated, t.payback, 5), f"{k}: knock-on payback expected off the true value")
        else:
            p.check(abs(stated - t.payback) <= 0.051 or abs(stated - t.payback) / t.payback < 0.05,
                    f"payback far from true {t.payback:.2f}")
    # growth
    g = [t.rev[y] / t.rev[y - 1] - 1 for y in (1, 2)]
    go = [t.out[y] / t.out[y - 1] - 1 for y in (1, 2)]
    if k == "gz08":
        p.check(min(go) > 0.5 and min(g) > 0.5, f"planted growth too small: {go}")
        p.check(t.staff[0] == t.staff[2], "gz08 keeps its workers")
    else:
        p.check(max(g) < 0.35 and max(go) < 0.35, f"growth {g} too fast")
    h = P["hist"]
    p.check(t.out[0] <= 1.2 * h["out"][2], "2027 output > 2026 + 20 %")
    hist = {lab: row("hist", lab) for lab in ("Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)")}
    for i in range(3):
        p.check(close(hist["Doanh thu (triệu đồng)"][i], h["out"][i] * h["price"][i] / 1e6),
                f"history revenue {HIST_YEARS[i]}")
    p.has(f"{num(m.h_growth, 1)} %/năm")
    # planted numbers against the true ones (the notes quote both)
    for (i, y), v in pr.get("rev_line", {}).items():
        p.check(off(v, t.rev_line[y][i], 8), f"planted revenue line {v} vs {t.rev_line[y][i]}")
    for y, v in pr.get("cost_total", {}).items():
        p.check(off(v, t.cost[y], 5), f"planted cost total {v} vs {t.cost[y]}")
    for y, v in pr.get("profit", {}).items():
        p.check(off(v, t.profit[y], 8), f"planted profit {v} vs {t.profit[y]}")
    n = text_products(p)
    p.check(n >= 6, f"only {n} products written out in the text")


PAPERS = ["148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP"]
FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết"
ENV = r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|(?<!\w)rác"
STANDARD = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|hợp chuẩn|hợp quy"
TRADEMARK = r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ"
LICENCE = r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm"
LABEL = r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn"
CHANNEL = (r"(?<!\w)(cửa hàng|siêu thị|đại lý|chợ|thương lái|khách hàng|hội chợ|sàn|Facebook|Zalo|"
           r"phân phối|bán hàng|bán lẻ|bán buôn|giao hàng|nhà hàng|quán|xuất khẩu|trực tuyến|"
           r"thương mại điện tử|đồng/hộp|đồng/khay)(?!\w)")


def plan_date(p: Plan) -> tuple[int, int]:
    m = re.search(r"tháng (\d{1,2}) năm (\d{4})", p.body)
    return int(m.group(2)), int(m.group(1))


def check_papers(p: Plan, k: str) -> None:
    """Ready plans: the programme instruments, nothing replaced, every paper in force."""
    year, month = plan_date(p)
    p.check((2026, 7) <= (year, month) <= (2027, 3), f"plan dated {month}/{year}")
    for d, mo, yy in re.findall(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check((int(yy), int(mo)) >= (year, month), f"paper expired: {d}/{mo}/{yy}")
        if int(yy) < 2030:
            p.check("cấp lại" in p.body, f"paper to {d}/{mo}/{yy} without renewal")


def check_text(p: Plan, k: str) -> None:
    if k != "gz09":
        p.lacks(REPLACED, "replaced instrument or abolished level")
        p.has(*PAPERS[:2])
    if k != "gz10":
        p.lacks(PLACEHOLDER, "template placeholder")
    if k <= "gz04":  # ready
        check_papers(p, k)
        p.has(*PAPERS, "nhãn hiệu", "truy xuất")
        p.check(bool(re.search(r"tiêu chuẩn cơ sở", p.body, re.I)), "no product standard")
        p.lacks(r"thiếu nguyên liệu|vượt công suất", "admitted gap")
        if k != "gz04":
            p.has("kết quả thử nghiệm", "tự công bố")
            p.check(bool(re.search(r"an toàn thực phẩm", p.body, re.I)), "no food safety")
        else:
            p.has("không phải là thực phẩm")
        p.check(bool(re.search(r"đăng ký môi trường|hố thấm|bể lắng|thu gom", p.body)),
                "no environmental measure")
    if k == "gz03":
        p.has("không ghi công dụng")
    if k == "gz05":
        p.lacks(LICENCE, "gz05 names an alcohol licence")
        p.has("ATTP", "QCVN 6-3:2010/BYT", "nhãn hiệu", "đăng ký môi trường", "etanol")
        p.has("không cần đầu tư thêm nồi chưng cất")
        p.lacks(r"Mức sử dụng công suất", "gz05 prints a use row")
    if k == "gz06":
        p.lacks(ENV, "gz06 mentions the environment")
        p.has("bảo đảm đủ cá nguyên liệu", "ATTP", "nhãn hiệu", "Tiêu chuẩn cơ sở")
        p.lacks(r"Nhu cầu cá|Còn dư", "gz06 prints a need or balance row")
    if k == "gz07":
        p.lacks(FOOD_SAFETY, "gz07 mentions food safety")
        p.has("TCCS", "tự công bố", "nhãn hiệu", "đăng ký môi trường")
        p.check(p.count("16 lồng") == 1, "gz07: '16 lồng' once")
        p.check(p.count("12 lồng") >= 1 and "| 12 lồng |" in p.body, "gz07: 12 cages in table and text")
    if k == "gz08":
        p.lacks(STANDARD, "gz08 names a product standard")
        p.lacks(TRADEMARK, "gz08 names a trademark")
        p.has("đủ điều kiện sản xuất mỹ phẩm", "43/2017/NĐ-CP", "không phải là thực phẩm",
              "Giữ nguyên 4 lao động", "rất lớn")
    if k == "gz09":
        p.lacks(LABEL, "gz09 mentions a label")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Hương Sơn", "cấp huyện",
              "nhãn hiệu", "ATTP", "TCCS", "tự công bố")
        p.lacks(r"148/QĐ-TTg|1489", "gz09 cites the current programme")
    if k == "gz10":
        p.check(bool(re.search(PLACEHOLDER, p.body)), "gz10: placeholder missing")
        p.has("……………", "[ghi tên đơn vị tư vấn]")
        body_wo_tables = "\n".join(l for l in p.body.splitlines() if not l.lstrip().startswith("|"))
        if mm := re.search(CHANNEL, body_wo_tables, re.I):
            p.failures.append(f"gz10 names a channel: {mm.group(0)!r}")
        market = section(p, "Phân tích thị trường")
        p.check(not _VNUM.search(market), "gz10 market part has a figure")
        p.has("ATTP", "nhãn hiệu", "43/2017/NĐ-CP", "đăng ký môi trường", "truy xuất")


def check_sketchy(p: Plan, k: str) -> None:
    w = len(re.findall(r"\w+", p.body))
    p.check(150 <= w <= 350, f"sketchy plan has {w} words")
    p.check(not p.tables and "|" not in p.body, "sketchy plan has a table")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"an toàn thực phẩm|ATTP|TCCS|tiêu chuẩn|công bố|nhãn|truy xuất|môi trường", "a paper")
    if k == "gz11":
        p.lacks(r"đăng ký", "gz11 registration")
        p.has("3 sào", "1,2 tấn củ", "120 kg bột", "430 kg", "180.000 đồng/kg", "77 triệu đồng",
              "60 triệu đồng")
        bot = 3 * 1.2 * 120
        p.check(close(bot, 430, 0.01), f"gz11: {bot} kg vs 430")
        p.check(close(430 * 180000 / 1e6, 77, 0.01), "gz11 revenue")
    if k == "gz12":
        p.has("đăng ký hộ kinh doanh", "20 khách", "2 đoàn", "45 tuần", "250.000 đồng/khách",
              "450 triệu đồng", "300 triệu đồng")
        p.check(close(20 * 2 * 45 * 250000 / 1e6, 450), "gz12 revenue")


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    stems = sorted(p.stem for p in (HERE / "src").glob("*.md"))
    if argv:
        stems = [s for s in stems if any(s.startswith(a) for a in argv)]
    plans = []
    for stem in stems:
        p = Plan(stem)
        k = stem[:4]
        if k in PLANS:
            check_full(p, k)
            check_text(p, k)
        else:
            check_sketchy(p, k)
        p.check((HERE / "expected" / f"{stem}.yml").exists(), "expected/*.yml missing")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
