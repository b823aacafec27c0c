"""The 149th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout149/arithmetic.py

Theme: tables turned around and money in mixed units. Most tables of these plans have the years as
ROWS and the items as COLUMNS (history, raw-material balance, staff, production plan, revenue, cost
with a "Tổng" column at the right, summary); a few keep items as rows (products and prices, supply,
investment, sources, papers, schedule). Money changes unit between tables and between prose and
tables: one table in nghìn đồng, another in triệu đồng, prices in đồng/kg (or đồng/chai, đồng/chiếc),
the investment in prose in tỷ đồng, a summary in full đồng. For every full plan (et01-et10) the
constants give the products (pack size in the plan's base unit, price, pack cost, packs per year), the
2024-2026 history, the raw materials (norm per base unit, price), the supply of the main raw material
by source, capacity, staff by role and wage, energy rate, investment items (quantity x unit price) and
capital sources, loan balances, selling / tax / excise shares and a fixed line, and the unit each
table is written in. From them this script recomputes every number of every numeric table (converted
to that table's unit), reads the table back from the plan's source (found by its caption "Bảng N.
<title>") and compares cell by cell: planted numeric defects must be wrong by more than 5 % (the true
value is computed beside them), every other number right within 1 %. Prose figures (the investment
in tỷ or đồng, capacity, payback, supply) are checked the same way, textual defects through the
presence or absence of their words, the ready plans' papers and legal references through their
text. Sketchy plans: 150-320 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # run as a script: `tests` importable
    sys.path.insert(0, str(ROOT))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

Y = range(3)
YEARS = (2027, 2028, 2029)
HYEARS = (2024, 2025, 2026)
EXCISE = 0.65 / 1.65  # thuế TTĐB 65 % of the price before the excise, as a share of the selling price
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|(?<!\w)huyện")

# --------------------------------------------------------------------------- constants
# products: (name, short name for a column, pack word, size in base units, price đ/pack,
#            pack cost đ/pack, packs per year 2027-2029)
# prod_rows: the product table's rows when it lists pack sizes of one priced-per-kg product:
#            (name, pack word, quy cách, price đ/pack, size in base units)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); supply is of raws[0]
# supply: (source, where / scale, quantity a year in raws[0]'s unit)
# cap: (per day, working days)
# roles: (role, [staff 2027, 2028, 2029]); wage triệu/person/month; energy đ per base unit
# inv: (item, ĐVT, quantity, unit price đ, fixed asset?)   quantity None = one lump sum
# src: (source, triệu); loan: balance per year (triệu), rate
# sell / tax / excise: shares of the stated revenue; other: triệu a year
# units: the unit each table is written in (đồng | nghìn | triệu)
# cost: the cost table's columns, each the sum of model lines
PLANS: dict[str, dict] = {
    "et01": dict(
        unit="kg",
        products=[("Giò lụa", "Giò lụa", "kg", 1, 220000, 8000, [18000, 20000, 22000]),
                  ("Chả quế", "Chả quế", "kg", 1, 240000, 8000, [4000, 4500, 5000])],
        prod_rows=[("Giò lụa gói lá chuối, cây 0,5 kg", "cây", "0,5 kg", 110000, 0.5),
                   ("Giò lụa gói lá chuối, cây 1 kg", "cây", "1 kg", 220000, 1),
                   ("Chả quế, cây 0,5 kg", "cây", "0,5 kg", 120000, 0.5)],
        hist=[(17000, 205000), (18500, 210000), (20000, 215000)],
        raws=[("Thịt lợn nạc (mông, vai)", "kg", 0.9, 130000), ("Nước mắm, tiêu, bột năng", "kg", 0.07, 55000)],
        supply=[("Cơ sở giết mổ Thạch Lạc", "giao hằng ngày", 15000),
                ("Trang trại lợn Đồng Bến", "600 con thịt/năm", 12000)],
        cap=(100, 300),
        roles=[("Quản lý, kế toán", [2, 2, 2]), ("Chế biến", [6, 6, 7]),
               ("Đóng gói, giao hàng", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=7.0, energy=6000,
        inv=[("Cải tạo xưởng một chiều", "m²", 150, 2500000, True),
             ("Máy xay giò (cutter) 20 lít", "cái", 1, 185000000, True),
             ("Nồi luộc giò inox gia nhiệt", "cái", 2, 45000000, True),
             ("Kho lạnh 20 m³", "cái", 1, 210000000, True),
             ("Máy hút chân không", "cái", 2, 32000000, True),
             ("Bao bì, tem QR, kiểm nghiệm", "gói", 1, 76000000, False),
             ("Vốn lưu động", None, None, 350000000, False)],
        src=[("Vốn chủ sở hữu của công ty", 750), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.015, other=60,
        units=dict(hist="triệu", inv="nghìn", src="triệu", rev="triệu", cost="nghìn", sum="đồng"),
        inv_prose="tỷ",
        cost=[("Thịt, gia vị", ["raw0", "raw1"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Khấu hao", ["dep"]),
              ("Chi khác", ["energy", "int", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et02": dict(
        rev_layout="rows",
        unit="kg",
        products=[("Bún gạo trắng khô, túi 500 g", "Bún trắng", "túi", 0.5, 28000, 1500, [40000, 44000, 48000]),
                  ("Bún gạo lứt đỏ khô, túi 500 g", "Bún lứt đỏ", "túi", 0.5, 38000, 1800, [12000, 14000, 16000])],
        hist=[(21000, 52000), (22500, 54000), (24000, 55000)],
        raws=[("Gạo tẻ, gạo lứt đỏ", "kg", 1.15, 16000)],
        supply=[("Cánh đồng liên kết thành viên", "34 hộ, 8 ha", 28800),
                ("Hộ trồng lúa lứt đỏ", "12 hộ, 2,5 ha", 7200),
                ("Cơ sở xay xát Phù Lưu", "hợp đồng dự phòng", 4000)],
        cap=(150, 250),
        roles=[("Quản trị, kế toán", [2, 2, 2]), ("Ngâm, xay, ép bún", [3, 3, 4]),
               ("Sấy, đóng gói", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=4000,
        inv=[("Mở rộng nhà xưởng", "m²", 120, 2200000, True),
             ("Máy ép bún tự động", "cái", 1, 175000000, True),
             ("Máy sấy bún bằng nhiệt", "cái", 1, 160000000, True),
             ("Máy đóng gói định lượng", "cái", 1, 70000000, True),
             ("Bể lắng nước ngâm gạo", "hệ thống", 1, 45000000, True),
             ("Bao bì, nhãn, tem truy xuất", "gói", 1, 56000000, False),
             ("Vốn lưu động", None, None, 250000000, False)],
        src=[("Vốn góp của thành viên", 420), ("Quỹ phát triển hợp tác xã", 100),
             ("Vay Ngân hàng Chính sách xã hội", 500)],
        life=10, loan=[500, 380, 250], rate=0.066, sell=0.05, tax=0.01, other=40,
        units=dict(hist="triệu", inv="triệu", src="triệu", rev="nghìn", cost="nghìn", sum="triệu"),
        inv_prose="triệu",
        cost=[("Gạo", ["raw0"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Khấu hao", ["dep"]),
              ("Chi khác", ["energy", "int", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et03": dict(
        unit="lít",
        products=[("Rượu nếp cái 35 độ, chai 500 ml", "Chai 500 ml", "chai", 0.5, 200000, 14000, [6000, 6600, 7200]),
                  ("Rượu nếp cái hạ thổ, bình sứ 1 lít", "Bình sứ 1 lít", "bình", 1, 450000, 50000,
                   [1200, 1400, 1600])],
        hist=[(3700, 340000), (3900, 350000), (4000, 360000)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.4, 28000), ("Men lá", "kg", 0.03, 150000)],
        supply=[("Sáu hộ trồng nếp liên kết", "thôn Hồng Khê, 2,5 ha", 8000)],
        cap=(25, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, chưng cất", [2, 2, 2]), ("Đóng chai, bán hàng", [1, 1, 2])],
        wage=6.0, energy=9000,
        inv=[("Nồi chưng cất inox 100 lít", "cái", 2, 35000000, True),
             ("Thiết bị lọc, hạ độ andehit", "bộ", 1, 95000000, True),
             ("Chum sành, bình hạ thổ", "cái", 120, 450000, True),
             ("Cải tạo nhà nấu, kho ủ", "gói", 1, 180000000, True),
             ("Máy chiết rót, đóng nút", "cái", 1, 45000000, True),
             ("Bao bì, nhãn, kiểm nghiệm", "gói", 1, 36000000, False),
             ("Vốn lưu động", None, None, 200000000, False)],
        src=[("Vốn tự có của hộ", 380), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.015, excise=EXCISE, other=30,
        units=dict(hist="triệu", inv="nghìn", src="triệu", rev="triệu", cost="triệu", sum="đồng"),
        inv_prose="đồng",
        rev_heads=[("Chai 500 ml", "Giá (đồng)"), ("Bình 1 lít", "Giá (đồng)")],
        cost=[("Nếp, men", ["raw0", "raw1"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Thuế TTĐB", ["excise"]),
              ("Khấu hao", ["dep"]), ("Chi khác", ["energy", "int", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et04": dict(
        unit="sản phẩm",
        products=[("Túi cói quai da", "Túi cói", "cái", 1, 150000, 5000, [3000, 3300, 3600]),
                  ("Bộ hộp cói 3 chiếc", "Bộ hộp cói", "bộ", 1, 260000, 8000, [1500, 1700, 1900]),
                  ("Thảm cói tròn 60 cm", "Thảm cói", "cái", 1, 120000, 3000, [2000, 2200, 2400])],
        hist=[(5600, 158000), (6000, 162000), (6200, 165000)],
        raws=[("Cói sợi khô", "kg", 0.6, 18000), ("Phụ liệu (quai, khóa, thuốc nhuộm)", "bộ", 1, 12000)],
        supply=[("Ruộng cói của 9 tổ viên", "1,2 ha, thôn Hải Hà", 3000),
                ("Hộ trồng cói Tân Thành", "hợp đồng năm, 1 ha", 2400)],
        cap=(30, 280),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Dệt, đan, may", [6, 7, 7]),
               ("Nhuộm, hoàn thiện", [2, 2, 2])],
        wage=5.0, energy=2000,
        inv=[("Máy dệt cói tấm", "cái", 2, 48000000, True),
             ("Máy may công nghiệp", "cái", 3, 12000000, True),
             ("Lò sấy chống mốc", "cái", 1, 65000000, True),
             ("Bể nhuộm và bể lắng nước nhuộm", "hệ thống", 1, 55000000, True),
             ("Cải tạo nhà xưởng 100 m²", "gói", 1, 150000000, True),
             ("Thiết kế mẫu, bao bì, nhãn", "gói", 1, 40000000, False),
             ("Vốn lưu động", None, None, 150000000, False)],
        src=[("Vốn góp của tổ viên", 332), ("Vay Ngân hàng Chính sách xã hội", 260)],
        life=8, loan=[260, 180, 100], rate=0.066, sell=0.06, tax=0.01, other=30,
        units=dict(hist="triệu", inv="triệu", src="triệu", rev="nghìn", cost="triệu", sum="đồng"),
        inv_prose="triệu",
        rev_layout="rows",
        cost=[("Cói, phụ liệu", ["raw0", "raw1"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Khấu hao", ["dep"]),
              ("Chi khác", ["energy", "int", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et05": dict(
        unit="kg",
        products=[("Kẹo lạc mật mía", "Kẹo lạc", "kg", 1, 140000, 9000, [8000, 9000, 10000])],
        prod_rows=[("Kẹo lạc mật mía, túi 250 g", "túi", "250 g", 35000, 0.25),
                   ("Kẹo lạc mật mía, túi 500 g", "túi", "500 g", 70000, 0.5)],
        hist=[(6500, 125000), (7000, 130000), (7400, 135000)],
        raws=[("Lạc nhân", "kg", 0.6, 55000), ("Mật mía, đường, gừng", "kg", 0.45, 24000)],
        supply=[("15 hộ trồng lạc liên kết", "thôn Lĩnh Trung, 4 ha", 8000)],
        cap=(40, 280),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rang, nấu, cán kẹo", [2, 2, 2]),
               ("Cắt kẹo, đóng gói", [1, 1, 2])],
        wage=5.0, energy=5000,
        inv=[("Máy rang lạc", "cái", 1, 65000000, True), ("Nồi nấu mật có cánh khuấy", "cái", 1, 48000000, True),
             ("Máy cán, cắt kẹo", "cái", 1, 120000000, True), ("Máy đóng gói", "cái", 1, 85000000, True),
             ("Cải tạo xưởng 60 m²", "gói", 1, 150000000, True), ("Thiết kế bao bì", "gói", 1, 25000000, False),
             ("Vốn lưu động", None, None, 180000000, False)],
        src=[("Vốn tự có của hộ", 373), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.015, other=30,
        units=dict(hist="nghìn", inv="nghìn", src="triệu", rev="triệu", cost="nghìn", sum="triệu"),
        inv_prose="triệu",
        cost=[("Nguyên liệu", ["raw0", "raw1"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]),
              ("Khấu hao", ["dep"]), ("Chi khác", ["energy", "int", "sell", "tax", "other"])],
        tables=["hist", "prod", "supply", "bal", "equip", "staff", "inv", "src", "rev", "cost", "sum",
                "papers", "sched"]),
    "et06": dict(
        unit="kg",
        products=[("Cá mối một nắng, túi hút chân không 500 g", "Cá mối", "túi", 0.5, 140000, 3500,
                   [6000, 6600, 7200]),
                  ("Cá nục khô tẩm gia vị, túi 300 g", "Cá nục tẩm", "túi", 0.3, 75000, 2500, [8000, 9000, 10000])],
        hist=[(4500, 235000), (4800, 240000), (5000, 245000)],
        raws=[("Cá tươi (cá mối, cá nục)", "kg", 2.0, 35000), ("Muối, gia vị", "kg", 0.1, 30000)],
        supply=[("Tàu cá của thành viên", "8 tàu lưới vây, lưới rê", 12000),
                ("Nậu vựa bến cá Kỳ Ninh", "hợp đồng năm", 8000)],
        cap=(30, 240),
        roles=[("Quản trị, kế toán", [2, 2, 2]), ("Sơ chế, phơi sấy", [4, 4, 5]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=7000,
        inv=[("Nhà sơ chế, phơi sấy 150 m²", "gói", 1, 320000000, True),
             ("Máy sấy cá bơm nhiệt 2 buồng", "cái", 1, 260000000, True),
             ("Kho lạnh bảo quản 15 m³", "cái", 1, 150000000, True),
             ("Máy hút chân không", "cái", 2, 20000000, True),
             ("Giàn phơi inox", "bộ", 6, 5000000, True),
             ("Bao bì, nhãn, kiểm nghiệm", "gói", 1, 40000000, False),
             ("Vốn lưu động", None, None, 260000000, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.01, other=40,
        units=dict(hist="triệu", inv="triệu", src="triệu", rev="triệu", cost="nghìn", sum="đồng"),
        inv_prose="tỷ",
        rev_heads=[("Cá mối (túi)", "Giá (đồng)"), ("Cá nục (túi)", "Giá (đồng)")],
        cost=[("Cá, muối", ["raw0", "raw1"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Điện", ["energy"]),
              ("Khấu hao", ["dep"]), ("Chi khác", ["int", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et07": dict(
        unit="lít",
        products=[("Nước rau má nguyên chất, chai 330 ml", "Rau má nguyên chất", "chai", 0.33, 20000, 3000,
                   [60000, 130000, 170000]),
                  ("Nước rau má đậu xanh, chai 330 ml", "Rau má đậu xanh", "chai", 0.33, 22000, 3200,
                   [20000, 40000, 50000])],
        hist=[(17000, 42000), (20000, 43000), (23000, 44000)],
        raws=[("Rau má tươi", "kg", 0.9, 10000), ("Đường, đậu xanh", "kg", 0.08, 25000)],
        supply=[("Vùng rau má của công ty", "3 ha, thôn Bằng Châu", 75000),
                ("Hộ trồng có hợp đồng", "25 hộ, hai thôn", 20000)],
        cap=(400, 250),
        roles=[("Quản lý, kỹ thuật", [2, 2, 2]), ("Sản xuất", [4, 4, 4]),
               ("Kho, bán hàng", [2, 2, 2])],
        wage=6.0, energy=3000,
        inv=[("Dây chuyền ép, chiết rót", "bộ", 1, 620000000, True),
             ("Kho lạnh bảo quản 25 m³", "cái", 1, 180000000, True),
             ("Cải tạo xưởng chiết rót", "m²", 120, 1500000, True),
             ("Xử lý nước thải 5 m³/ngày", "hệ thống", 1, 90000000, True),
             ("Bao bì, nhãn, tem QR", "gói", 1, 30000000, False),
             ("Vốn lưu động", None, None, 250000000, False)],
        src=[("Vốn góp của các cổ đông", 600), ("Vay Ngân hàng TMCP Công Thương", 500)],
        life=10, loan=[500, 400, 300], rate=0.09, sell=0.06, tax=0.015, other=60,
        units=dict(hist="triệu", inv="nghìn", src="triệu", rev="triệu", cost="triệu", sum="đồng"),
        inv_prose="tỷ",
        rev_heads=[("Rau má (chai)", "Giá (đồng)"), ("Đậu xanh (chai)", "Giá (đồng)")], rev_money="DT",
        cost=[("Nguyên liệu", ["raw0", "raw1"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Khấu hao", ["dep"]),
              ("Lãi vay", ["int"]), ("Chi khác", ["energy", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et08": dict(
        rev_layout="rows",
        unit="kg",
        products=[("Chè vằng túi lọc, hộp 25 túi × 2 g", "Chè túi lọc", "hộp", 0.05, 36000, 6000,
                   [20000, 24000, 28000]),
                  ("Chè vằng khô cắt khúc, túi 500 g", "Chè cắt khúc", "túi", 0.5, 65000, 3000, [6000, 8600, 10000])],
        hist=[(3200, 95000), (3500, 98000), (3700, 100000)],
        raws=[("Lá, cành chè vằng tươi", "kg", 4.0, 7000)],
        supply=[("Vườn chè vằng của hộ", "1,5 ha, thôn Ngọc Sơn", 15000),
                ("Hộ trồng có hợp đồng", "20 hộ, hai thôn", 14000)],
        cap=(20, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Thu hái, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=6.0, energy=8000,
        inv=[("Nhà kho, phòng đóng gói", "gói", 1, 450000000, True),
             ("Máy đóng túi lọc tự động", "cái", 1, 280000000, True),
             ("Cải tạo vườn chè vằng", "ha", 1.5, 120000000, True),
             ("Bao bì, nhãn, mã vạch", "gói", 1, 30000000, False),
             ("Vốn lưu động", None, None, 260000000, False)],
        src=[("Vốn tự có của hộ", 700), ("Vay Ngân hàng Chính sách xã hội", 500)],
        life=10, loan=[500, 400, 300], rate=0.066, sell=0.06, tax=0.015, other=40,
        units=dict(hist="triệu", inv="triệu", src="triệu", rev="nghìn", cost="nghìn", sum="triệu"),
        inv_prose="tỷ",
        cost=[("Chè tươi", ["raw0"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Khấu hao", ["dep"]),
              ("Chi khác", ["energy", "int", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et09": dict(
        unit="lít",
        products=[("Rượu sim 29 độ, chai 500 ml", "Chai 500 ml", "chai", 0.5, 180000, 12000, [8000, 8800, 9600]),
                  ("Rượu sim 29 độ, bình gốm 1,5 lít", "Bình gốm 1,5 lít", "bình", 1.5, 480000, 45000,
                   [800, 900, 1000])],
        hist=[(4200, 280000), (4400, 290000), (4500, 300000)],
        raws=[("Gạo nếp", "kg", 1.3, 25000), ("Quả sim chín", "kg", 0.6, 30000)],
        supply=[("Hộ trồng nếp liên kết", "10 hộ, 3 ha", 9600),
                ("Kho nếp dự trữ của tổ", "mua vụ đông xuân", 1500)],
        cap=(30, 250),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Nấu, chưng cất", [2, 2, 2]),
               ("Đóng chai, bán hàng", [1, 1, 2])],
        wage=5.0, energy=6000,
        inv=[("Nồi chưng cất inox 150 lít", "cái", 2, 42000000, True),
             ("Chum ngâm rượu sim 200 lít", "cái", 40, 1500000, True),
             ("Nhà nấu, kho ngâm 80 m²", "gói", 1, 260000000, True),
             ("Thiết bị lọc rượu", "bộ", 1, 70000000, True),
             ("Bao bì, nhãn, kiểm nghiệm", "gói", 1, 40000000, False),
             ("Vốn lưu động", None, None, 250000000, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 364)],
        life=8, loan=[364, 260, 150], rate=0.066, sell=0.05, tax=0.015, excise=EXCISE, other=30,
        rev_heads=[("Chai 500 ml", "Giá (đồng)"), ("Bình 1,5 lít", "Giá (đồng)")],
        units=dict(hist="triệu", inv="nghìn", src="triệu", rev="triệu", cost="triệu", sum="đồng"),
        inv_prose="triệu",
        cost=[("Nếp, sim", ["raw0", "raw1"]), ("Bao bì", ["pack"]), ("Nhân công", ["wage"]), ("Thuế TTĐB", ["excise"]),
              ("Khấu hao", ["dep"]), ("Chi khác", ["energy", "int", "sell", "tax", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "et10": dict(
        rev_layout="rows",
        unit="chiếc",
        products=[("Nón lá trắng 16 vòng", "Nón trắng", "chiếc", 1, 85000, 2000, [9000, 10000, 11000]),
                  ("Nón lá quai lụa thêu hoa", "Nón thêu", "chiếc", 1, 160000, 6000, [3000, 3500, 4000])],
        hist=[(10500, 98000), (11000, 100000), (11500, 102000)],
        raws=[("Lá nón đã phơi, ủi", "kg", 0.15, 90000), ("Vành tre, chỉ cước, quai", "bộ", 1, 9000)],
        supply=[("Cơ sở lá nón Sơn Kim", "hợp đồng, giao theo quý", 1250),
                ("Lá các hộ tự thu hái", "vườn đồi của các hộ", 600)],
        cap=(60, 270),
        roles=[("Trưởng nhóm", [1, 1, 1]), ("Thợ chằm nón", [12, 13, 13]),
               ("Phơi, ủi lá", [3, 3, 3])],
        wage=3.5, energy=500,
        inv=[("Cải tạo nhà làm nón 80 m²", "gói", 1, 120000000, True),
             ("Khuôn nón, bàn ủi lá, máy khâu", "bộ", 1, 60000000, True),
             ("Tủ sấy chống mốc", "cái", 1, 40000000, True),
             ("Vốn lưu động", None, None, 130000000, False)],
        src=[("Vốn góp của các hộ", 250), ("Vay quỹ tín dụng Hội Nông dân", 100)],
        life=8, loan=[100, 70, 40], rate=0.07, sell=0.05, tax=0.0, other=20,
        units=dict(hist="triệu", inv="triệu", src="triệu", rev="nghìn", cost="triệu", sum="triệu"),
        inv_prose="triệu",
        cost=[("Lá nón", ["raw0"]), ("Vành, chỉ, quai", ["raw1"]), ("Nhân công", ["wage"]), ("Khấu hao", ["dep"]),
              ("Chi khác", ["pack", "energy", "int", "sell", "other"])],
        tables=["hist", "prod", "comp", "supply", "bal", "equip", "staff", "plan", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "et05": {"rev": (1, 1.10)},         # revenue table, 2028 "Doanh thu" × 1,10 (1.188 vs 9.000 kg × 120.000 đ)
    "et06": {"cost_total": (1, 0.90)},  # cost table (nghìn đồng), 2028 "Tổng" 10 % below its lines
    "et07": {"src_short": True, "growth": True},  # sources 1.100 triệu vs investment 1,35 tỷ; ×2,1 in 2028
    "et08": {"payback": 1.8, "over_capacity": True},  # payback 1,8 years stated; 5.500 / 6.400 kg vs 5.000
    "et09": {"profit": (2, 1.25)},      # summary (full đồng), 2029 profit × 1,25
    "et10": {"shortfall": True},        # need 2.025 / 2.250 kg of leaves vs 1.850 kg supply
}
READY = ("et01", "et02", "et03", "et04")
STEMS = {
    "et01": "et01_gio_lua_thach_lac_cty",
    "et02": "et02_bun_gao_mai_phu_htx",
    "et03": "et03_ruou_nep_cai_xuan_vien_hkd",
    "et04": "et04_tui_coi_ky_tho_tht",
    "et05": "et05_keo_lac_xuan_linh_hkd",
    "et06": "et06_ca_kho_mot_nang_ky_ninh_htx",
    "et07": "et07_nuoc_rau_ma_thach_bang_cty",
    "et08": "et08_che_vang_thach_ngoc_hkd",
    "et09": "et09_ruou_sim_ky_lac_tht",
    "et10": "et10_non_la_thach_dai_nhom_ho",
    "et11": "et11_banh_da_vung_xuan_hoi_so_sai",
    "et12": "et12_tinh_dau_tram_thach_kim_so_sai",
}


# --------------------------------------------------------------------------- the model
def model(k: str) -> dict:
    """Every quantity of plan k in đồng and base units: the true values and what the plan states."""
    c, p = PLANS[k], PLANTED.get(k, {})
    prods = c["products"]
    m: dict = {"c": c, "k": k}
    m["out"] = [sum(pr[3] * pr[6][y] for pr in prods) for y in Y]
    m["packs"] = [pr[6] for pr in prods]
    m["rev_line"] = [[pr[4] * pr[6][y] for y in Y] for pr in prods]
    m["rev_true"] = [sum(line[y] for line in m["rev_line"]) for y in Y]
    rev = list(m["rev_true"])
    if "rev" in p:  # a stated revenue cell inflated (one-product plan)
        y, f = p["rev"]
        rev[y] = round(m["rev_true"][y] * f / 1e6) * 1e6
    m["rev"] = rev
    m["hist_rev"] = [o * pr for o, pr in c["hist"]]
    m["need"] = [[m["out"][y] * r[2] for y in Y] for r in c["raws"]]
    m["supply"] = sum(s[2] for s in c["supply"])
    m["cap"] = c["cap"][0] * c["cap"][1]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m["inv_items"] = [(it[2] or 1) * it[3] for it in c["inv"]]
    m["inv"] = sum(m["inv_items"])
    m["fixed"] = sum(a for a, it in zip(m["inv_items"], c["inv"]) if it[4])
    m["dep"] = m["fixed"] / c["life"]
    m["src"] = sum(s[1] for s in c["src"]) * 1e6
    lines = {f"raw{i}": [m["need"][i][y] * r[3] for y in Y] for i, r in enumerate(c["raws"])}
    lines["pack"] = [sum(pr[5] * pr[6][y] for pr in prods) for y in Y]
    lines["wage"] = [m["staff"][y] * c["wage"] * 12e6 for y in Y]
    lines["energy"] = [m["out"][y] * c["energy"] for y in Y]
    lines["dep"] = [m["dep"]] * 3
    lines["int"] = [c["loan"][y] * c["rate"] * 1e6 for y in Y]
    lines["sell"] = [c["sell"] * rev[y] for y in Y]
    lines["tax"] = [c["tax"] * rev[y] for y in Y]
    lines["excise"] = [c.get("excise", 0) * rev[y] for y in Y]
    lines["other"] = [c["other"] * 1e6] * 3
    m["lines"] = lines
    cu = c["units"]["cost"]
    groups = [[rnd(sum(lines[key][y] for key in keys), cu) for y in Y] for _, keys in c["cost"]]
    m["cost_groups"] = groups
    m["cost_total_disp_true"] = [round(sum(g[y] for g in groups), 1) for y in Y]
    disp = list(m["cost_total_disp_true"])
    if "cost_total" in p:
        y, f = p["cost_total"]
        disp[y] = rnd(to_dong(disp[y], cu) * f, cu)
    m["cost_total_disp"] = disp
    m["cost_true"] = [sum(v[y] for v in lines.values()) for y in Y]
    m["cost"] = [to_dong(disp[y], cu) if cu != "triệu" else round(m["cost_true"][y], -3) for y in Y]
    if "cost_total" in p:
        y, _ = p["cost_total"]
        m["cost"][y] = to_dong(disp[y], cu)
    m["profit_true"] = [m["rev_true"][y] - m["cost_true"][y] for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    if "profit" in p:
        y, f = p["profit"]
        m["profit"][y] = round(m["profit"][y] * f, -6)
    m["margin"] = [round(m["profit"][y] / m["rev"][y] * 100, 1) for y in Y]
    m["margin_true"] = [m["profit_true"][y] / m["rev_true"][y] * 100 for y in Y]
    avg = sum(m["profit"]) / 3
    m["avg_profit"] = avg
    m["payback_true"] = m["inv"] / (sum(m["profit_true"]) / 3 + m["dep"])
    m["payback"] = p.get("payback", round(m["inv"] / (avg + m["dep"]), 1))
    return m


def to_dong(x: float, unit: str) -> float:
    return x * {"đồng": 1, "nghìn": 1e3, "triệu": 1e6}[unit]


def rnd(x_dong: float, unit: str) -> float:
    """x in đồng as written in a table of that unit: full đồng to the thousand, nghìn whole,
    triệu to one decimal."""
    if unit == "đồng":
        return round(x_dong, -3)
    if unit == "nghìn":
        return round(x_dong / 1e3)
    return round(x_dong / 1e6, 1)


UNIT_WORD = {"đồng": "đồng", "nghìn": "nghìn đồng", "triệu": "triệu đồng"}
ABBR = {"đồng": "đồng", "nghìn": "nghìn đ", "triệu": "tr.đ"}


# --------------------------------------------------------------------------- the tables
class Num:
    """A number cell: the value as written (in the table's unit), its format, and for a planted
    cell the true value it should have been."""

    def __init__(self, v: float, fmt: str = "i", true: float | None = None):
        self.v, self.fmt, self.true = v, fmt, true


def fmt_num(n: Num) -> str:
    if n.fmt == "i":
        return f"{round(n.v):,}".replace(",", ".")
    s = f"{n.v:,.1f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money_fmt(values: list[float], unit: str) -> str:
    """triệu with one decimal unless every value is whole."""
    if unit != "triệu":
        return "i"
    return "i" if all(abs(v - round(v)) < 1e-9 for v in values) else "d1"


def tables(k: str, m: dict) -> dict[str, dict]:
    """The numeric tables of plan k: caption title, unit line, header, rows (str or Num cells)."""
    c, p, u = m["c"], PLANTED.get(k, {}), m["c"]["unit"]
    U = c["units"]
    T: dict[str, dict] = {}
    # history (years as rows)
    hv = [rnd(v, U["hist"]) for v in m["hist_rev"]]
    hf = money_fmt(hv, U["hist"])
    T["hist"] = dict(title="Kết quả sản xuất, kinh doanh giai đoạn 2024 – 2026", unit=None,
                     header=["Năm", f"Sản lượng ({u})", f"Giá bán bình quân (đồng/{unit1(u)})",
                             f"Doanh thu ({UNIT_WORD[U['hist']]})"],
                     rows=[[str(HYEARS[i]), Num(c["hist"][i][0]), Num(c["hist"][i][1]), Num(hv[i], hf)]
                           for i in Y])
    # products and prices (items as rows)
    rows = []
    if "prod_rows" in c:
        for name, word, spec, price, size in c["prod_rows"]:
            rows.append([name, word, spec, Num(price), Num(price / size)])
    else:
        for pr in c["products"]:
            rows.append([pr[0], pr[2], spec_of(pr[3], u), Num(pr[4]), Num(pr[4] / pr[3])])
    T["prod"] = dict(title="Sản phẩm, quy cách và giá bán", unit=None,
                     header=["Sản phẩm", "Đơn vị", "Quy cách", "Giá (đ/đơn vị)",
                             f"Quy đổi (đ/{unit1(u)})"], rows=rows)
    # supply of the main raw material (items as rows)
    r0 = c["raws"][0]
    rows = [[str(i), s[0], s[1], Num(s[2])] for i, s in enumerate(c["supply"], 1)]
    rows.append(["", "Tổng cộng", "", Num(m["supply"])])
    T["supply"] = dict(title=f"Nguồn cung {r0[0][0].lower() + r0[0][1:]}", unit=None,
                       header=["TT", "Nguồn cung", "Địa điểm, quy mô", f"Khối lượng ({r0[1]}/năm)"], rows=rows)
    # raw-material balance (years as rows)
    short = "shortfall" in p
    header = ["Năm", f"Thành phẩm ({u})", f"Nhu cầu {r0[0].split(' (')[0].lower()} ({r0[1]})",
              f"Nguồn cung ({r0[1]})"] + ([] if short else [f"Còn dư ({r0[1]})"])
    rows = []
    for y in Y:
        row = [str(YEARS[y]), Num(m["out"][y]), Num(m["need"][0][y]), Num(m["supply"])]
        if not short:
            row.append(Num(m["supply"] - m["need"][0][y]))
        rows.append(row)
    T["bal"] = dict(title="Cân đối nguyên liệu chính", unit=None, header=header, rows=rows)
    # staff (years as rows, "Tổng" at the right)
    T["staff"] = dict(title="Lao động theo năm", unit="ĐVT: người",
                      header=["Năm"] + [r[0] for r in c["roles"]] + ["Tổng"],
                      rows=[[str(YEARS[y])] + [Num(r[1][y]) for r in c["roles"]] + [Num(m["staff"][y])]
                            for y in Y])
    # investment (items as rows)
    iu = U["inv"]
    vals = [rnd(a, iu) for a in m["inv_items"]]
    prices = [rnd(it[3], iu) for it in c["inv"]]
    f_ = money_fmt(vals + prices, iu)
    rows = []
    for it, v, pr in zip(c["inv"], vals, prices):
        if it[2] is None:
            rows.append([it[0], "", "", "", Num(v, f_)])
        else:
            rows.append([it[0], it[1], Num(it[2], "d1" if it[2] != int(it[2]) else "i"), Num(pr, f_), Num(v, f_)])
    rows.append(["Tổng cộng", "", "", "", Num(round(sum(vals), 1), f_)])
    T["inv"] = dict(title="Tổng vốn đầu tư", unit=f"ĐVT: {UNIT_WORD[iu]}",
                    header=["Hạng mục", "Đơn vị", "Số lượng", "Đơn giá", "Thành tiền"], rows=rows)
    # sources (items as rows)
    su = U["src"]
    sv = [rnd(s[1] * 1e6, su) for s in c["src"]]
    f_ = money_fmt(sv, su)
    tot = sum(sv)
    rows = [[str(i), s[0], Num(v, f_), Num(round(v / tot * 100, 1), "d1")] for i, (s, v) in enumerate(zip(c["src"], sv), 1)]
    rows.append(["", "Tổng cộng", Num(tot, f_), Num(100.0, "d1")])
    T["src"] = dict(title="Nguồn vốn", unit=None,
                    header=["TT", "Nguồn vốn", f"Số tiền ({UNIT_WORD[su]})", "Tỷ lệ (%)"], rows=rows)
    # production plan (years as rows)
    prods = c["products"]
    T["plan"] = dict(title="Kế hoạch sản lượng 2027 – 2029", unit=None,
                     header=["Năm"] + [f"{pr[1]} ({pr[2]})" for pr in prods] + [f"Tổng quy đổi ({u})"],
                     rows=[[str(YEARS[y])] + [Num(pr[6][y]) for pr in prods] + [Num(m["out"][y])] for y in Y])
    # revenue
    ru = U["rev"]
    if c.get("rev_layout") == "rows":  # items as rows, years as columns
        lv = [[rnd(m["rev_line"][i][y], ru) for y in Y] for i in range(len(prods))]
        tv = [round(sum(lv[i][y] for i in range(len(prods))), 1) for y in Y]
        f_ = money_fmt(sum(lv, []) + tv, ru)
        rows = [[f"{pr[1]} ({pr[2]})", Num(pr[4])] + [Num(v, f_) for v in lv[i]] for i, pr in enumerate(prods)]
        rows.append(["Tổng doanh thu", ""] + [Num(v, f_) for v in tv])
        T["rev"] = dict(title="Dự kiến doanh thu", unit=f"ĐVT: {UNIT_WORD[ru]}",
                        header=["Sản phẩm (đơn vị)", "Giá (đồng)"] + [f"Năm {yy}" for yy in YEARS],
                        rows=rows)
    elif len(prods) == 1:
        pr = prods[0]
        vals = [rnd(m["rev"][y], ru) for y in Y]
        f_ = money_fmt(vals, ru)
        rows = []
        for y in Y:
            true = rnd(m["rev_true"][y], ru) if m["rev"][y] != m["rev_true"][y] else None
            rows.append([str(YEARS[y]), Num(pr[6][y] * pr[3]), Num(pr[4] / pr[3]), Num(vals[y], f_, true)])
        T["rev"] = dict(title="Dự kiến doanh thu", unit=None,
                        header=["Năm", f"Sản lượng ({u})", f"Giá bán (đ/{unit1(u)})",
                                f"Doanh thu ({UNIT_WORD[ru]})"], rows=rows)
    else:
        lv = [[rnd(m["rev_line"][i][y], ru) for y in Y] for i in range(len(prods))]
        tv = [round(sum(lv[i][y] for i in range(len(prods))), 1) for y in Y]
        f_ = money_fmt(sum(lv, []) + tv, ru)
        header = ["Năm"]
        for i, pr in enumerate(prods):
            qh, ph = c.get("rev_heads", [(f"{p_[1]} ({p_[2]})", f"Giá (đ/{p_[2]})") for p_ in prods])[i]
            header += [qh, ph, f"{c.get('rev_money', 'Tiền')} ({ABBR[ru]})"]
        header.append(f"Tổng ({ABBR[ru]})")
        rows = []
        for y in Y:
            row = [str(YEARS[y])]
            for i, pr in enumerate(prods):
                row += [Num(pr[6][y]), Num(pr[4]), Num(lv[i][y], f_)]
            rows.append(row + [Num(tv[y], f_)])
        T["rev"] = dict(title="Dự kiến doanh thu", unit=None, header=header, rows=rows)
    # cost (years as rows, "Tổng" at the right)
    cu = U["cost"]
    f_ = money_fmt(sum(m["cost_groups"], []) + m["cost_total_disp"], cu)
    rows = []
    for y in Y:
        t = m["cost_total_disp"][y]
        true = m["cost_total_disp_true"][y] if t != m["cost_total_disp_true"][y] else None
        rows.append([str(YEARS[y])] + [Num(g[y], f_) for g in m["cost_groups"]] + [Num(t, f_, true)])
    T["cost"] = dict(title="Dự kiến chi phí sản xuất, kinh doanh", unit=f"ĐVT: {UNIT_WORD[cu]}",
                     header=["Năm"] + [g[0] for g in c["cost"]] + ["Tổng"], rows=rows)
    # summary (years as rows)
    zu = U["sum"]
    rv = [rnd(m["rev"][y], zu) for y in Y]
    cv = [rnd(m["cost"][y], zu) for y in Y]
    pv = [rnd(m["profit"][y], zu) for y in Y]
    ptrue = [rnd(m["rev_true"][y] - m["cost_true"][y], zu) for y in Y]
    f_ = money_fmt(rv + cv + pv, zu)
    rows = []
    for y in Y:
        planted_p = "profit" in p and p["profit"][0] == y
        planted_c = "cost_total" in p and p["cost_total"][0] == y
        planted_r = "rev" in p and p["rev"][0] == y
        rows.append([str(YEARS[y]),
                     Num(rv[y], f_, rnd(m["rev_true"][y], zu) if planted_r else None),
                     Num(cv[y], f_, rnd(m["cost_true"][y], zu) if planted_c else None),
                     Num(pv[y], f_, ptrue[y] if (planted_p or planted_c or planted_r) else None),
                     Num(m["margin"][y], "d1")])
    T["sum"] = dict(title="Tổng hợp hiệu quả kinh tế", unit=f"ĐVT: {UNIT_WORD[zu]}",
                    header=["Năm", "Doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất LN (%)"], rows=rows)
    return {key: T[key] for key in c["tables"] if key in T}


def unit1(u: str) -> str:
    return "sản phẩm" if u == "sản phẩm" else u


def spec_of(size: float, u: str) -> str:
    if u == "lít":
        return f"{round(size * 1000)} ml" if size < 1 else f"{fmt_num(Num(size, 'i' if size == int(size) else 'd1'))} lít"
    if u == "kg":
        return f"{round(size * 1000)} g" if size < 1 else f"{fmt_num(Num(size, 'i'))} kg"
    return "1 " + u


def ty(x_dong: float) -> str:
    """1.350.000.000 -> '1,35'."""
    s = f"{x_dong / 1e9:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def inv_prose(m: dict) -> str:
    """How the plan's prose states its total investment."""
    kind = m["c"]["inv_prose"]
    if kind == "tỷ":
        return f"{ty(m['inv'])} tỷ đồng"
    if kind == "đồng":
        return f"{fmt_num(Num(m['inv']))} đồng"
    return f"{fmt_num(Num(m['inv'] / 1e6))} triệu đồng"


def facts(k: str, m: dict) -> list[str]:
    """Figures the prose of plan k must state, each recomputed."""
    c, u = m["c"], m["c"]["unit"]
    out = [inv_prose(m), f"{fmt_num(Num(m['cap']))} {u}/năm", f"{fmt_num(Num(m['supply']))} {c['raws'][0][1]}",
           f"{fmt_num(Num(m['payback'], 'd1'))} năm", f"{fmt_num(Num(m['out'][2]))} {u}"]
    return out


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def has(self, *snippets: str) -> None:
        """As plancheck's, but case-insensitive (a paper may open a sentence or a table cell)."""
        low = self.body.lower()
        for s in snippets:
            if s.lower() not in low:
                self.failures.append(f"text not found: {s!r}")

    def table(self, title: str) -> list[list[str]] | None:
        """The table right after the caption 'Bảng N. <title>' (an optional 'ĐVT:' line between)."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^Bảng \d+\. " + re.escape(title) + r"\s*$", line.strip()):
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    if lines[j].strip() and not lines[j].strip().startswith("ĐVT"):
                        return None
                    j += 1
                rows = []
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [x.strip() for x in lines[j].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r":?-+:?", x) for x in cells):
                        rows.append(cells)
                    j += 1
                return rows
        return None

    def compare(self, key: str, spec: dict) -> None:
        rows = self.table(spec["title"])
        if rows is None:
            self.failures.append(f"table not found: {spec['title']}")
            return
        if rows[0] != spec["header"]:
            self.failures.append(f"{key}: header {rows[0]} != {spec['header']}")
        if len(rows) - 1 != len(spec["rows"]):
            self.failures.append(f"{key}: {len(rows) - 1} rows, expected {len(spec['rows'])}")
            return
        for got, want in zip(rows[1:], spec["rows"]):
            if len(got) != len(want):
                self.failures.append(f"{key}: row {got[:2]} has {len(got)} cells, expected {len(want)}")
                continue
            for g, w in zip(got, want):
                if not isinstance(w, Num):
                    if g != w:
                        self.failures.append(f"{key}: cell {g!r} != {w!r}")
                    continue
                if not re.fullmatch(r"-?[\d.]+(,\d+)?", g):
                    self.failures.append(f"{key}: {g!r} is not a number (row {got[0]})")
                    continue
                v = vn(g)
                if not (close(v, w.v) or abs(v - w.v) <= 0.11):
                    self.failures.append(f"{key}: row {got[0]!r}: {g} != {fmt_num(w)}")
                if w.true is not None and not off(v, w.true):
                    self.failures.append(f"{key}: planted {g} is within 5 % of the true {fmt_num(Num(w.true, w.fmt))}")

    def words(self) -> int:
        text = re.sub(r"^---.*?---", "", self.text, flags=re.S)
        return len(re.findall(r"\w+", text))


def check_full(k: str) -> Plan:
    m = model(k)
    pl = Plan(STEMS[k])
    c, p = m["c"], PLANTED.get(k, {})
    for key, spec in tables(k, m).items():
        pl.compare(key, spec)
    for f in facts(k, m):
        pl.has(f)
    # every amount in tỷ đồng the prose gives is the investment
    for t in re.findall(r"(\d+(?:,\d+)?) tỷ đồng", pl.body):
        pl.check(close(vn(t) * 1e9, m["inv"]), f"'{t} tỷ đồng' is not the investment {ty(m['inv'])}")
    # 2027 output within +20 % of 2026 and positive growth bounded, unless planted
    pl.check(m["out"][0] <= c["hist"][2][0] * 1.2, "2027 output more than +20 % on 2026")
    growth = [m["rev_true"][y] / m["rev_true"][y - 1] - 1 for y in (1, 2)]
    if "growth" in p:
        pl.check(m["out"][1] / m["out"][0] > 1.8, "growth defect: 2028 output should be about ×2")
        pl.check(m["staff"][0] == m["staff"][2], "growth defect: staff should stay the same")
    else:
        pl.check(all(g < 0.31 for g in growth), f"revenue growth {growth}")
    # raw material and capacity
    if "shortfall" in p:
        pl.check(off(m["need"][0][1], m["supply"]) and m["need"][0][1] > m["supply"], "shortfall 2028 not > 5 %")
        pl.check(m["need"][0][2] > m["supply"] * 1.2, "shortfall 2029 not > 20 %")
    else:
        pl.check(all(m["need"][0][y] <= m["supply"] for y in Y), "raw material short in a year")
    if "over_capacity" in p:
        pl.check(m["out"][1] > m["cap"] * 1.05 and m["out"][2] > m["cap"] * 1.2, "capacity defect too small")
    else:
        pl.check(all(m["out"][y] <= m["cap"] for y in Y), "output above capacity")
    # capital
    if "src_short" in p:
        pl.check(off(m["src"], m["inv"]), "sources should fall short of the investment by > 5 %")
    else:
        pl.check(close(m["src"], m["inv"], 0.001), f"sources {m['src']} != investment {m['inv']}")
    # payback
    true_pb = round(m["inv"] / (sum(m["profit"]) / 3 + m["dep"]), 1)
    if "payback" in p:
        pl.check(off(m["payback"], true_pb), f"payback {m['payback']} within 5 % of {true_pb}")
    else:
        pl.check(abs(m["payback"] - true_pb) < 0.05, f"payback {m['payback']} != {true_pb}")
    # true margins are sane
    pl.check(all(0 < mt < 40 for mt in m["margin_true"]), f"true margins {m['margin_true']}")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


READY_CITES = ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
               "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất")


def common_ready(pl: Plan, k: str) -> None:
    pl.has(*READY_CITES)
    pl.lacks(REPLACED, "replaced instrument or district-level body")
    for d in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", pl.body):
        pl.check(int(d[1]) >= 2030, f"paper valid only to {d[0]}")
    if k != "et04":  # the food and drink plans; et04 is a sedge craft
        pl.has("15/2018/NĐ-CP", "an toàn thực phẩm", "tự công bố")


def check(k: str) -> Plan:
    if k in ("et11", "et12"):
        return check_sketchy(k)
    pl = check_full(k)
    b = pl.body
    if k in READY:
        common_ready(pl, k)
    if k == "et01":
        pl.has("Công ty TNHH", "mã số doanh nghiệp", "giết mổ", "nước thải", "đăng ký môi trường")
    if k == "et02":
        pl.has("Luật Hợp tác xã năm 2023", "bể lắng", "đăng ký môi trường")
    if k == "et03":
        pl.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "17/2020/NĐ-CP",
               "độ cồn", "bỗng rượu", "Thuế TTĐB")
    if k == "et04":
        pl.has("không phải là thực phẩm", "nước nhuộm", "đăng ký môi trường", "tổ hợp tác")
        pl.lacks(r"an toàn thực phẩm", "food-safety paper on a craft")
    if k == "et05":  # revenue-mismatch, no-label-plan, no-sales-channel
        pl.check(pl.count("Bảng") >= 12, "fewer than 12 tables")
        pl.lacks(r"(?<!cơ )\bnhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch|\bQR\b", "a label word")
        pl.lacks(r"khách|đại lý|cửa hàng|siêu thị|\bchợ\b|sàn thương mại|trực tuyến|online|facebook|zalo|"
                 r"bán lẻ|bán buôn|phân phối|hội chợ|du lịch|quà|người mua|người tiêu dùng|nhà hàng|giá bán lẻ|"
                 r"hợp đồng tiêu thụ|bao tiêu", "a customer or channel word")
        pl.has("hiệu quả kinh tế cao")
    if k == "et06":  # table-total-mismatch, no-environment-measures, outdated-policy
        pl.lacks(r"nước thải|chất thải|\bmùi\b|bể lắng|xử lý|đăng ký môi trường|bảo vệ môi trường|"
                 r"vệ sinh môi trường|ruồi|nội tạng|phế phẩm|ô nhiễm|tác động môi trường", "an environment measure")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "Luật Hợp tác xã năm 2012", "cấp huyện",
               "UBND huyện Kỳ Anh")
        pl.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|Luật Hợp tác xã năm 2023", "the current instrument")
    if k == "et07":  # capital-mismatch, no-food-safety, unrealistic-growth
        pl.lacks(r"an toàn|ATTP|đủ điều kiện|15/2018|HACCP|ISO 22000|cam kết", "a food-safety word")
        pl.has("đủ đáp ứng nhu cầu vốn", "giữ nguyên", "tự công bố", "tiêu chuẩn cơ sở")
    if k == "et08":  # payback-mismatch, no-product-standard, capacity-exceeded
        pl.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu",
                 "a product-standard word")
        pl.has("an toàn thực phẩm", "đáp ứng đủ", "nhãn hiệu", "43/2017/NĐ-CP")
        pl.lacks(r"máy sấy mới|thêm máy sấy|mua máy sấy|máy sấy thứ hai", "a new dryer")
    if k == "et09":  # profit-mismatch, no-alcohol-license, no-quality-control
        pl.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "an alcohol licence word")
        pl.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát chất lượng|kiểm tra chất lượng|"
                 r"lưu mẫu|hồ sơ mẻ|sổ theo dõi|\btem\b", "a quality-control word")
        pl.has("an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "độ cồn", "Thuế TTĐB")
    if k == "et10":  # no-business-registration, material-shortfall, figure-inconsistent
        pl.has("chưa đăng ký", "đủ lá", "24 lao động", f"{model(k)['staff'][0]} người")
        pl.lacks(r"mã số thuế|giấy chứng nhận đăng ký|đăng ký kinh doanh|đăng ký hộ kinh doanh|"
                 r"thành lập hợp tác xã|thành lập tổ hợp tác|sẽ đăng ký|dự kiến đăng ký", "a registration")
        pl.lacks(r"an toàn thực phẩm", "food-safety paper on a craft")
    return pl


SKETCHY = {
    "et11": dict(words=(150, 320), must=("bánh đa", "Xuân Hội", "35.000", "150 triệu")),
    "et12": dict(words=(150, 320), must=("tinh dầu tràm", "Thạch Kim", "450.000", "80 triệu")),
}


def check_sketchy(k: str) -> Plan:
    pl = Plan(STEMS[k])
    s = SKETCHY[k]
    n = pl.words()
    pl.check(s["words"][0] <= n <= s["words"][1], f"{n} words")
    pl.check(not pl.rows, "a sketchy plan has a table")
    pl.has(*s["must"])
    pl.lacks(r"tiêu chuẩn cơ sở|tự công bố|nhãn hiệu|giấy chứng nhận|mã số|43/2017|truy xuất|môi trường",
             "a paper the sketchy plan lacks")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


def main(argv: list[str] | None = None) -> int:
    only = argv if argv is not None else sys.argv[1:]
    return plancheck.report([check(k) for k in STEMS if not only or k in only])


if __name__ == "__main__":
    sys.exit(main())
