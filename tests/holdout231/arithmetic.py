"""The 231st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout231/arithmetic.py [hx01 hx05 ...]

Theme: plans that show their arithmetic inline. The working is written into sentences, list items
and table cells as equations ("60.000 hộp × 45.000 đ = 2.700.000.000 đ", "Lợi nhuận = 4.153,5 –
3.635,2 = 518,3 triệu đồng", "(2 người x 9 triệu x 12 tháng)"), with ×, x, X, *, =, –, -, −, : and
/ typed the many ways people type them. For every full plan (hx01-hx10) the constants give the
products (pack size in the plan's base unit, price, packs a year, packaging cost a pack), the
2024-2026 history (output, average price, profit), the raw materials with their norm and price and
the supply rows (count x yield), the rated capacity (a day x working days), staff by role with the
monthly wage, piece-rate labour where a craft pays by the piece, investment items (quantity x unit
price), capital sources, asset life, loan balances and rate, energy per unit, the shares of revenue
for selling costs and tax, and the fixed "other" line. `model()` turns them into every figure the
plans print (and the generator that wrote the plans used the same `model()`): output = sum of packs
x size, revenue lines = packs x price, raw material need = output x norm against supply = sum of
count x yield, every cost line, the totals, profit = revenue - cost, margin, capacity use, the
investment total and its sources, depreciation and payback = investment / (average profit +
depreciation).

Two kinds of check:

* every inline equation of every plan (prose, list items, table cells, and "figure (working)"
  parentheses) is parsed and evaluated with its units (đ, nghìn, triệu/tr, tỷ, tấn, %), and must
  equal its printed result within 1 % (or half a unit of the result's last printed digit), except
  the planted ones, which must be wrong by more than 5 %;
* every table figure is read back (tables found by their caption "Bảng N.", the result after "="
  when a cell holds an equation) and compared with the model: planted numeric defects wrong by more
  than 5 % with the true value computed beside them, every other figure right within 1 % (or 0,11
  of the printed unit). Knock-on figures that follow a planted one are compared with the plan's own
  printed chain (e.g. a total that adds up the planted line).

Textual defects are asserted through the absence (or presence) of their words; ready plans cite
QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument or district body. Sketchy plans:
150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from statistics import mean

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, [packs 2027, 2028, 2029], packaging đ a pack)
# byproducts: (label, unit, amount per base unit, price đ per unit)
# hist: output 2024-2026, average price đ per base unit, profit triệu đồng
# raws: label, unit, norm (per base unit, or a list: per pack of each product), price đ per unit,
#       rows: (label, [count per year], count word, yield per count)
# cap: (rating per day in base units, working days) - hx06: (vats x litres, 1)
# staff: (role, [people per year], monthly wage triệu); piece: piece-rate đ per pack of each product
# inv: (label, quantity, quantity word, unit price triệu, fixed asset?); src: (label, triệu)
# life: years of straight-line depreciation; loan: balance per year (triệu); rate: interest a year
# energy: đ per base unit; sell, tax: shares of revenue (or sell_fixed / tax_fixed triệu a year)
# other: fixed "Chi phí khác" triệu a year
PLANS: dict[str, dict] = {
    "hx01": dict(
        unit="kg",
        products=[("Ram đông lạnh, hộp 20 chiếc (400 g)", "hộp", 0.4, 52000, [55000, 60000, 66000], 3500),
                  ("Ram đông lạnh, túi 50 chiếc (1 kg)", "túi", 1, 120000, [9000, 10000, 11000], 4000),
                  ("Ram chiên sẵn, khay 100 chiếc (2 kg)", "khay", 2, 230000, [1000, 1200, 1400], 9000)],
        hist=dict(out=[26500, 28800, 31000], price=[114000, 117000, 120000], profit=[296.1, 334.6, 379.4]),
        raws=[dict(label="Thịt lợn nạc vai, tôm đất", unit="kg", norm=0.30, price=115000,
                   rows=[("Cơ sở giết mổ Thanh Lộc (hợp đồng)", [12, 12, 12], "tháng", 800),
                         ("Đầm tôm thôn Tân Thủy (hợp đồng)", [12, 12, 12], "tháng", 300)]),
              dict(label="Bánh đa nem", unit="kg", norm=0.15, price=60000,
                   rows=[("Cơ sở tráng bánh thôn Hồng Hà (hợp đồng)", [12, 12, 12], "tháng", 560)]),
              dict(label="Rau củ, miến, mộc nhĩ, gia vị", unit="kg", norm=0.30, price=25000,
                   rows=[("Tổ hợp tác rau thôn Trung Thủy (hợp đồng)", [12, 12, 12], "tháng", 1150)])],
        cap=(160, 300),
        staff=[("Giám đốc, kế toán", [2, 2, 2], 9.0),
               ("Sơ chế, trộn nhân, cuốn ram", [6, 6, 7], 6.5),
               ("Chiên, cấp đông, đóng gói", [3, 4, 4], 6.5),
               ("Bán hàng, giao hàng", [2, 2, 2], 7.0)],
        inv=[("Máy cuốn ram bán tự động", 1, "máy", 280, True),
             ("Tủ cấp đông gió 200 kg/mẻ", 1, "tủ", 350, True),
             ("Kho lạnh bảo quản 30 m³", 1, "kho", 260, True),
             ("Chảo chiên công nghiệp có tách dầu", 2, "chiếc", 65, True),
             ("Cải tạo khu chế biến một chiều", 120, "m²", 1.5, True),
             ("Bao bì, mã vạch, tem truy xuất", 1, "gói", 60, False),
             ("Vốn lưu động", 1, "", 400, False)],
        src=[("Vốn chủ sở hữu", 860), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 600, 400], rate=0.08,
        energy=4000, sell=0.04, tax=0.015, other=60),
    "hx02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 180000, [5000, 5600, 6200], 6000),
                  ("Mật ong hoa keo, hũ thủy tinh 1 kg", "hũ", 1, 220000, [2200, 2500, 2800], 9000),
                  ("Mật ong hoa keo, can 5 kg", "can", 5, 900000, [300, 340, 380], 15000)],
        hist=dict(out=[4800, 5300, 5750], price=[238000, 245000, 252000], profit=[102.8, 118.4, 134.6]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.05, price=130000,
                   rows=[("Đàn ong của hợp tác xã", [150, 170, 190], "đàn", 15),
                         ("Hộ thành viên nuôi ong", [34, 34, 34], "hộ", 180)])],
        cap=(60, 180),
        staff=[("Ban quản trị, kế toán", [2, 2, 2], 6.0),
               ("Tách ẩm, lọc, đóng chai", [2, 2, 3], 5.5),
               ("Bán hàng", [1, 1, 1], 6.0)],
        inv=[("Máy tách ẩm mật ong 60 kg/mẻ", 1, "máy", 95, True),
             ("Bồn lắng inox 500 lít", 3, "bồn", 12, True),
             ("Máy chiết rót bán tự động", 1, "máy", 48, True),
             ("Phòng đóng chai", 40, "m²", 2.5, True),
             ("Đàn ong giống bổ sung", 40, "đàn", 1.5, True),
             ("Kiểm nghiệm, công bố, mã QR", 1, "gói", 25, False),
             ("Vốn lưu động", 1, "", 236, False)],
        src=[("Vốn góp của thành viên", 250), ("Quỹ đầu tư phát triển của HTX", 50),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.075,
        energy=2500, sell=0.05, tax=0.015, other=30),
    "hx03": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 40000, [16000, 18000, 20000], 5000),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, 110000, [1800, 2000, 2200], 3000)],
        hist=dict(out=[1250, 1420, 1580], price=[440000, 450000, 460000], profit=[70.4, 82.4, 95.7]),
        raws=[dict(label="Cà gai leo tươi", unit="kg", norm=4.5, price=15000,
                   rows=[("Vườn cà gai leo của hộ", [0.8, 0.8, 0.8], "ha", 9000),
                         ("Hộ trồng thôn Trung Lộc (hợp đồng)", [10, 10, 10], "hộ", 350)])],
        cap=(12, 220),
        staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], 7.0),
               ("Sơ chế, sấy, đóng gói", [4, 4, 5], 5.5)],
        inv=[("Máy sấy bơm nhiệt 108 kg/mẻ", 1, "máy", 120, True),
             ("Máy đóng gói túi lọc tự động", 1, "máy", 165, True),
             ("Máy thái dược liệu", 1, "máy", 25, True),
             ("Cải tạo phòng sơ chế, đóng gói", 50, "m²", 1.4, True),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 1, "gói", 30, False),
             ("Vốn lưu động", 1, "", 90, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 100)],
        life=10, loan=[200, 150, 100], rate=0.07,
        energy=8000, sell=0.06, tax=0.015, other=25),
    "hx04": dict(
        unit="chiếc",
        products=[("Nón lá bài thơ hai lớp", "chiếc", 1, 110000, [5000, 5400, 5800], 4000),
                  ("Nón lá trơn đi nắng", "chiếc", 1, 55000, [7000, 7500, 8000], 1500),
                  ("Bộ nón lá mini trang trí", "bộ", 1, 95000, [1200, 1400, 1600], 6000)],
        hist=dict(out=[11200, 11900, 12600], price=[76000, 77500, 79000], profit=[68.1, 75.3, 82.9]),
        raws=[dict(label="Lá nón đã phơi, là phẳng", unit="kg", norm=0.12, price=70000,
                   rows=[("Hộ khai thác lá xã Sơn Kim (hợp đồng)", [9, 9, 9], "hộ", 240)]),
              dict(label="Khung vành tre chuốt sẵn", unit="bộ", norm=1, price=9000,
                   rows=[("Cơ sở chuốt vành Hương Trạch (hợp đồng)", [1, 1, 1], "cơ sở", 18000)])],
        cap=(68, 280),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2], 4.0),
               ("Sơ chế lá, là lá", [2, 2, 2], 5.0),
               ("Bán hàng", [1, 1, 1], 5.0)],
        piece=[30000, 14000, 25000],
        inv=[("Máy là lá nón bằng điện", 4, "máy", 6, True),
             ("Khuôn nón inox", 30, "bộ", 1.2, True),
             ("Xưởng khâu và phòng trưng bày", 80, "m²", 2.0, True),
             ("Lò sấy lá bằng hơi nóng", 1, "lò", 45, True),
             ("Thiết kế mẫu, thẻ treo, túi giấy", 1, "gói", 25, False),
             ("Vốn lưu động", 1, "", 110, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 150)],
        life=10, loan=[150, 100, 50], rate=0.08,
        energy=1000, sell=0.05, tax=0.015, other=20),
    "hx05": dict(
        unit="lít",
        products=[("Rượu nếp 35 độ, chai 500 ml", "chai", 0.5, 70000, [20000, 23000, 26000], 9000),
                  ("Rượu nếp 35 độ, hộp quà 2 chai 300 ml", "hộp", 0.6, 150000, [3000, 3500, 4000], 25000),
                  ("Rượu nếp 30 độ, can 5 lít", "can", 5, 300000, [1200, 1400, 1600], 8000)],
        hist=dict(out=[14800, 15900, 16900], price=[118000, 120000, 122000], profit=[146.3, 162.7, 178.5]),
        raws=[dict(label="Gạo nếp", unit="kg", norm=1.4, price=28000,
                   rows=[("Thành viên trồng nếp", [40, 40, 40], "hộ", 450),
                         ("Tổ hợp tác lúa nếp thôn Thái Yên (hợp đồng)", [1, 1, 1], "hợp đồng", 8000)]),
              dict(label="Men lá", unit="kg", norm=0.02, price=150000,
                   rows=[("Men lá tự làm của hợp tác xã", [1, 1, 1], "tổ", 600)])],
        cap=(120, 260),
        staff=[("Ban quản trị, kế toán", [2, 2, 2], 7.0),
               ("Nấu, ủ, chưng cất", [4, 4, 4], 6.0),
               ("Lọc, chiết chai, đóng hộp", [2, 2, 3], 5.5),
               ("Bán hàng", [1, 1, 1], 6.0)],
        inv=[("Nồi chưng cất inox cách thủy 40 lít", 1, "nồi", 85, True),
             ("Hệ thống lọc, khử andehit", 1, "hệ thống", 180, True),
             ("Máy chiết rót, đóng nắp", 1, "máy", 95, True),
             ("Kho ủ rượu", 60, "m²", 2.0, True),
             ("Hầm biogas xử lý bỗng rượu", 1, "hầm", 70, True),
             ("Nhãn, hộp, tem truy xuất", 1, "gói", 40, False),
             ("Vốn lưu động", 1, "", 310, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        energy=3000, sell=0.05, tax=0.02, other=40),
    "hx06": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 85000, [24000, 26000, 28000], 8000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, 75000, [14000, 15000, 16000], 9000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 190000, [2000, 2200, 2400], 10000)],
        hist=dict(out=[30500, 32400, 34200], price=[90000, 92000, 94000], profit=[402.6, 447.1, 494.2]),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.3, price=18000,
                   rows=[("Tàu thuyền của cổ đông", [8, 8, 8], "tàu", 5000),
                         ("Vựa cá Cẩm Nhượng (hợp đồng)", [3, 3, 3], "vựa", 7000)]),
              dict(label="Muối hạt", unit="kg", norm=0.43, price=4000,
                   rows=[("Diêm dân Kỳ Ninh (hợp đồng)", [1, 1, 1], "hợp đồng", 20000)])],
        cap=(48000, 1),
        staff=[("Ban giám đốc, kế toán", [3, 3, 3], 9.0),
               ("Muối chượp, đảo chượp, kéo rút", [5, 5, 5], 7.0),
               ("Lọc, chiết chai, đóng thùng", [3, 3, 3], 6.0),
               ("Bán hàng", [2, 2, 2], 7.0)],
        inv=[("Thùng chượp gỗ bời lời 600 lít", 20, "thùng", 12, True),
             ("Nhà thùng chượp mái tôn", 200, "m²", 2.2, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 1, "hệ thống", 320, True),
             ("Bể chứa thành phẩm inox 2.000 lít", 2, "bể", 55, True),
             ("Thiết kế nhãn, mã vạch, tem truy xuất", 1, "gói", 50, False),
             ("Vốn lưu động", 1, "", 640, False)],
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng TMCP Công Thương", 800)],
        life=10, loan=[800, 600, 400], rate=0.085,
        energy=2000, sell=0.05, tax=0.015, other=60),
    "hx07": dict(
        unit="kg",
        products=[("Bột sắn dây nguyên chất, hũ 500 g", "hũ", 0.5, 85000, [5000, 5600, 6200], 6000),
                  ("Bột sắn dây nguyên chất, túi 1 kg", "túi", 1, 150000, [2000, 2300, 2600], 3000),
                  ("Bột sắn dây, bao 5 kg cho quán giải khát", "bao", 5, 700000, [150, 170, 190], 8000)],
        hist=dict(out=[4200, 4600, 4950], price=[148000, 150000, 152000], profit=[78.2, 86.9, 95.3]),
        raws=[dict(label="Củ sắn dây tươi", unit="kg", norm=7, price=5000,
                   rows=[("Ruộng sắn dây của hộ", [1.2, 1.2, 1.2], "ha", 24000),
                         ("Hộ liên kết thôn Trung Hòa", [12, 12, 12], "hộ", 2000)])],
        cap=(600 / 7, 100),
        staff=[("Chủ hộ, quản lý, bán hàng", [1, 1, 1], 7.0),
               ("Rửa, nghiền, lọc, lắng", [3, 3, 3], 5.5),
               ("Phơi sấy, đóng gói", [1, 1, 2], 5.5)],
        inv=[("Máy rửa, máy nghiền củ", 1, "bộ", 95, True),
             ("Bể lọc, lắng inox", 4, "bể", 18, True),
             ("Máy sấy bột bơm nhiệt", 1, "máy", 110, True),
             ("Nhà sơ chế, phơi có mái che", 60, "m²", 1.5, True),
             ("Hũ, túi, bao đựng sản phẩm", 1, "gói", 30, False),
             ("Vốn lưu động", 1, "", 73, False)],
        src=[("Vốn tự có của hộ", 320), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=10, loan=[150, 100, 50], rate=0.066,
        energy=6000, sell=None, sell_fixed=[42, 47, 52], tax=None, tax_fixed=[12, 14, 16], other=20),
    "hx08": dict(
        unit="lít",
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, 85000, [6000, 11000, 18000], 5000),
                  ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, 160000, [2500, 4500, 8000], 7000),
                  ("Dầu lạc ép, can 5 lít", "can", 5, 760000, [300, 600, 1000], 15000)],
        byproducts=[("Khô dầu lạc (bã ép)", "kg", 1.5, 8000)],
        hist=dict(out=[5200, 5700, 6200], price=[150000, 152000, 154000], profit=[58.5, 66.0, 74.4]),
        raws=[dict(label="Lạc nhân", unit="kg", norm=2.4, price=35000,
                   rows=[("Hộ trồng lạc liên kết", [60, 110, 185], "hộ", 300)])],
        cap=(200, 250),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2], 5.0),
               ("Rang, ép, lọc dầu", [2, 2, 2], 5.5),
               ("Đóng chai, bán hàng", [1, 1, 1], 5.0)],
        inv=[("Máy ép dầu trục vít", 1, "máy", 280, True),
             ("Máy rang lạc, máy bóc vỏ", 1, "bộ", 160, True),
             ("Hệ thống lọc, lắng dầu", 1, "hệ thống", 140, True),
             ("Nhà xưởng ép dầu", 100, "m²", 2.2, True),
             ("Chai, can, nhãn", 1, "gói", 60, False),
             ("Vốn lưu động", 1, "", 340, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250),
             ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=10, loan=[450, 350, 250], rate=0.075,
        energy=3000, sell=0.04, tax=0.015, other=20),
    "hx09": dict(
        unit="lít",
        products=[("Nước cốt chanh leo, chai 500 ml", "chai", 0.5, 48000, [40000, 46000, 52000], 4500),
                  ("Nước chanh leo pha sẵn, chai 330 ml", "chai", 0.33, 14000, [120000, 140000, 160000], 2500),
                  ("Nước cốt chanh leo, can 2 lít", "can", 2, 170000, [3000, 3500, 4000], 9000)],
        hist=dict(out=[48000, 53500, 58800], price=[58000, 59000, 60000], profit=[236.2, 268.4, 301.0]),
        raws=[dict(label="Quả chanh leo tím", unit="kg", norm=1.8, price=12000,
                   rows=[("Vườn chanh leo của công ty", [12, 12, 12], "ha", 8000),
                         ("Hộ liên kết xã Hương Liên", [50, 50, 50], "hộ", 1500)]),
              dict(label="Đường kính trắng", unit="kg", norm=0.08, price=20000,
                   rows=[("Đại lý đường Hương Khê (hợp đồng)", [12, 12, 12], "tháng", 700)])],
        cap=(300, 260),
        staff=[("Giám đốc, kế toán", [2, 2, 2], 10.0),
               ("Sơ chế, ép, thanh trùng", [4, 4, 4], 7.0),
               ("Chiết rót, đóng thùng", [2, 2, 2], 6.5),
               ("Bán hàng", [1, 1, 1], 8.0)],
        inv=[("Máy ép tách hạt chanh leo", 1, "máy", 240, True),
             ("Nồi nấu và bồn phối trộn inox", 2, "bộ", 110, True),
             ("Kho lạnh bảo quản quả 40 m³", 1, "kho", 320, True),
             ("Cải tạo xưởng chế biến", 150, "m²", 2.0, True),
             ("Thiết kế nhãn, mã vạch, tem truy xuất", 1, "gói", 60, False),
             ("Vốn lưu động", 1, "", 560, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 800)],
        life=10, loan=[800, 600, 400], rate=0.085,
        energy=2500, sell=0.05, tax=0.015, other=80),
    "hx10": dict(
        unit="chiếc",
        products=[("Chổi đót cán tre dài 1,2 m", "chiếc", 1, 48000, [8000, 8800, 9500], 500),
                  ("Chổi đót mini quét bàn", "chiếc", 1, 20000, [5000, 5400, 5800], 300)],
        hist=dict(out=[10800, 11500, 12200], price=[36000, 37000, 38000], profit=[42.5, 46.8, 51.2]),
        raws=[dict(label="Bông đót khô", unit="kg", norm=[0.4, 0.12], price=25000,
                   rows=[("Gia đình tự khai thác", [1, 1, 1], "vụ", 1500),
                         ("Hộ khai thác đót thôn Khe Cò", [13, 13, 13], "hộ", 300)]),
              dict(label="Cán tre", unit="cái", norm=[1, 0], price=4000,
                   rows=[("Xưởng tre Sơn Tây (mua theo đợt)", [1, 1, 1], "xưởng", 12000)])],
        cap=(60, 290),
        staff=[("Lao động gia đình", [2, 2, 2], 4.2),
               ("Lao động thuê", [3, 3, 3], 4.2)],
        inv=[("Máy khâu chổi cầm tay", 3, "máy", 8, True),
             ("Lán phơi, kho chứa đót", 60, "m²", 1.2, True),
             ("Máy sấy đót bằng than sinh học", 1, "máy", 28, True),
             ("Thẻ treo, dây buộc", 1, "gói", 10, False),
             ("Vốn lưu động", 1, "", 46, False)],
        src=[("Vốn tự có của gia đình", 120), ("Vay Ngân hàng Chính sách xã hội", 60)],
        life=8, loan=[60, 40, 20], rate=0.066,
        energy=300, sell=0.05, tax=None, other=10),
}

# --------------------------------------------------------------------------- planted numbers
# the figures the revise plans print in place of the true ones (the true ones come from model())
PLANTED: dict[str, dict] = {
    "hx05": dict(profit={1: 452.3}),                  # 2028 profit; true 2.555,0 – 2.202,7 = 352,3
    "hx06": dict(cost_total={1: 2745.1}, payback=1.4),  # 2028 cost total; true 3.016,6 | payback true 2,1
    "hx07": dict(rev_line={(1, 0): 536.0}),           # 2028 hũ 500 g line; true 5.600 × 85.000 = 476,0
}
# inline equations that are wrong on purpose (a substring of the cell or line that holds them)
PLANTED_EQ: dict[str, list[str]] = {
    "hx05": ["2.555,0 – 2.202,7 = 452,3"],
    "hx06": ["1.800 : (826,9 + 111) = 1,4"],
    "hx07": ["5.600 × 85.000 = 536,0"],
}

# tables of each full plan in the order they appear (table N is ORDER[key][N-1])
ORDER: dict[str, list[str]] = {
    "hx01": ["hist", "spec", "comp", "raw", "bal", "equip", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx02": ["comp", "hist", "spec", "raw", "bal", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx03": ["hist", "spec", "raw", "bal", "equip", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx04": ["hist", "spec", "comp", "raw", "bal", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx05": ["hist", "spec", "comp", "raw", "bal", "equip", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx06": ["hist", "spec", "comp", "raw", "bal", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx07": ["hist", "spec", "raw", "bal", "equip", "staff", "prod", "inv", "src", "rev", "cost", "sum", "sched"],
    "hx08": ["hist", "spec", "comp", "raw", "bal", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx09": ["hist", "spec", "comp", "raw", "bal", "equip", "staff", "prod", "inv", "src", "rev", "cost", "sum", "papers", "sched"],
    "hx10": ["hist", "spec", "raw", "bal", "staff", "prod", "inv", "src", "rev", "cost", "sum", "sched"],
}

BALANCE_NEED_ONLY = {"hx05"}  # hx05's balance table shows the need only (its supply is in the table before)

COST_LABELS = dict(pack="Bao bì", energy="Điện, nước, nhiên liệu", piece="Tiền công khâu theo sản phẩm",
                   wages="Tiền lương", dep="Khấu hao tài sản cố định", interest="Lãi vay ngân hàng",
                   sell="Chi phí bán hàng, vận chuyển", tax="Thuế, phí", other="Chi phí khác")
PLAN_COST_LABELS: dict[str, dict] = {
    "hx04": dict(energy="Điện là lá, sấy lá"),
    "hx05": dict(energy="Củi, điện, nước"),
    "hx07": dict(energy="Điện, nước rửa lọc"),
    "hx10": dict(energy="Than sấy đót, điện", wages="Công lao động"),
}


def cost_label(key: str, k: str) -> str:
    c = PLANS[key]
    if k.startswith("raw"):
        return c["raws"][int(k[3:])]["label"]
    return PLAN_COST_LABELS.get(key, {}).get(k, COST_LABELS[k])


# --------------------------------------------------------------------------- the model
def price_of(p, y: int) -> float:
    return p[3][y] if isinstance(p[3], (list, tuple)) else p[3]


def model(key: str) -> dict:
    """Every figure of plan `key`, true values and (p_…) the values the plan prints."""
    c = PLANS[key]
    prods = c["products"]
    m: dict = {}
    m["packs"] = [[p[4][y] for p in prods] for y in Y]
    m["out"] = [sum(p[2] * p[4][y] for p in prods) for y in Y]
    m["price"] = [[price_of(p, y) for p in prods] for y in Y]
    m["rev_lines"] = [[p[4][y] * price_of(p, y) / 1e6 for p in prods] for y in Y]
    bys = c.get("byproducts", [])
    m["by_qty"] = [[m["out"][y] * b[2] for b in bys] for y in Y]
    m["by_rev"] = [[m["out"][y] * b[2] * b[3] / 1e6 for b in bys] for y in Y]
    m["rev"] = [sum(m["rev_lines"][y]) + sum(m["by_rev"][y]) for y in Y]
    m["need"], m["supply"], m["supply_rows"] = [], [], []
    for r in c["raws"]:
        if isinstance(r["norm"], (list, tuple)):
            need = [sum(n * p[4][y] for n, p in zip(r["norm"], prods)) for y in Y]
        else:
            need = [m["out"][y] * r["norm"] for y in Y]
        rows = [[row[1][y] * row[3] for y in Y] for row in r["rows"]]
        m["need"].append(need)
        m["supply_rows"].append(rows)
        m["supply"].append([sum(x[y] for x in rows) for y in Y])
    costs = []
    for k, r in enumerate(c["raws"]):
        costs.append((f"raw{k}", [m["need"][k][y] * r["price"] / 1e6 for y in Y]))
    costs.append(("pack", [sum(p[4][y] * p[5] for p in prods) / 1e6 for y in Y]))
    costs.append(("energy", [m["out"][y] * c["energy"] / 1e6 for y in Y]))
    if c.get("piece"):
        costs.append(("piece", [sum(p[4][y] * r for p, r in zip(prods, c["piece"])) / 1e6 for y in Y]))
    m["staff"] = [sum(s[1][y] for s in c["staff"]) for y in Y]
    m["wage_lines"] = [[s[1][y] * s[2] * 12 for y in Y] for s in c["staff"]]
    costs.append(("wages", [sum(w[y] for w in m["wage_lines"]) for y in Y]))
    m["inv_lines"] = [i[1] * i[3] for i in c["inv"]]
    m["inv"] = sum(m["inv_lines"])
    m["fixed"] = sum(i[1] * i[3] for i in c["inv"] if i[4])
    m["dep"] = m["fixed"] / c["life"]
    costs.append(("dep", [m["dep"]] * 3))
    costs.append(("interest", [c["loan"][y] * c["rate"] for y in Y]))
    if c.get("sell") is not None:
        costs.append(("sell", [m["rev"][y] * c["sell"] for y in Y]))
    else:
        costs.append(("sell", list(c["sell_fixed"])))
    if c.get("tax") is not None:
        costs.append(("tax", [m["rev"][y] * c["tax"] for y in Y]))
    elif c.get("tax_fixed"):
        costs.append(("tax", list(c["tax_fixed"])))
    costs.append(("other", [c["other"]] * 3))
    m["costs"] = dict(costs)
    m["cost_order"] = [k for k, _ in costs]
    m["cost"] = [sum(v[y] for _, v in costs) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] for y in Y]
    m["src"] = sum(s[1] for s in c["src"])
    m["payback"] = m["inv"] / (mean(m["profit"]) + m["dep"])
    rate, days = c["cap"]
    m["capacity"] = rate * days
    m["use"] = [m["out"][y] / m["capacity"] for y in Y]
    h = c["hist"]
    m["hist_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m["hist_margin"] = [h["profit"][i] / m["hist_rev"][i] for i in range(3)]
    # what the plan prints: the planted figures and the knock-ons that follow them
    pl = PLANTED.get(key, {})
    m["p_rev_lines"] = [[pl.get("rev_line", {}).get((y, i), m["rev_lines"][y][i]) for i in range(len(prods))]
                        for y in Y]
    m["p_rev"] = [sum(m["p_rev_lines"][y]) + sum(m["by_rev"][y]) for y in Y]
    m["p_cost"] = [pl.get("cost_total", {}).get(y, m["cost"][y]) for y in Y]
    m["p_profit"] = [pl.get("profit", {}).get(y, m["p_rev"][y] - m["p_cost"][y]) for y in Y]
    m["p_margin"] = [m["p_profit"][y] / m["p_rev"][y] for y in Y]
    m["p_payback"] = pl.get("payback", m["inv"] / (mean(m["p_profit"]) + m["dep"]))
    return m


# --------------------------------------------------------------------------- Vietnamese numbers
def fnum(x: float, d: int = 0) -> str:
    """1234567.5 -> '1.234.567,5' (d decimals)."""
    s = f"{abs(x):,.{d}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if x < 0 and float(s.replace(".", "").replace(",", ".")) else "") + s


def fs(x: float, maxd: int = 3) -> str:
    """A figure as a person types it: no decimals when whole, else the few it needs."""
    for d in range(maxd + 1):
        if abs(round(x, d) - x) < 1e-9:
            return fnum(x, d)
    return fnum(x, maxd)


# --------------------------------------------------------------------------- the equation scanner
_TOK = re.compile(r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                  r"|(?P<eq>[=≈])"
                  r"|(?P<op>[×*:/+–−-])"
                  r"|(?P<lp>\()|(?P<rp>\))"
                  r"|(?P<pct>%)"
                  r"|(?P<word>[^\W\d_]+(?:/[^\W\d_]+)*)"
                  r"|(?P<brk>[^\s])")
_MUL = {"×", "x", "X", "*"}
_PYOP = {"×": "*", "x": "*", "X": "*", "*": "*", ":": "/", "/": "/", "+": "+", "–": "-", "−": "-", "-": "-"}
_SCALE = {"đ": 1, "đồng": 1, "vnđ": 1, "₫": 1, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tr": 1e6,
          "trđ": 1e6, "tỷ": 1e9, "tỉ": 1e9, "tấn": 1e3}


def tokens(s: str) -> list[tuple[str, str]]:
    out = []
    for mt in _TOK.finditer(s):
        kind = mt.lastgroup
        text = mt.group(0)
        if kind == "word" and text in ("x", "X"):
            kind = "op"
        if kind == "op" and text in (":", "/"):
            # a label's colon ("Năm 2027: …") sticks to what precedes it and is followed by a space;
            # a division is typed with a space on both sides or on neither
            before = s[mt.start() - 1] if mt.start() else " "
            after = s[mt.end()] if mt.end() < len(s) else " "
            if before.isspace() != after.isspace():
                kind = "brk"
        out.append((kind, text))
    return out


def _unit_scale(words: list[str]) -> float:
    f = 1.0
    for w in words:
        if w == "%":
            f *= 0.01
            continue
        base = w.split("/")[0].lower()
        f *= _SCALE.get(base, 1.0)
    return f


def _decimals(num: str) -> int:
    return len(num.split(",")[1]) if "," in num else 0


def _vn(num: str) -> float:
    return float(num.replace(".", "").replace(",", "."))


def _operand_units(toks, i):
    """Unit words (at most 3, or a %) right after the number at toks[i]; returns (words, next index)."""
    words, j = [], i + 1
    while j < len(toks) and len(words) < 3 and toks[j][0] in ("word", "pct"):
        words.append(toks[j][1])
        j += 1
        if toks[j - 1][0] == "pct":
            break
    return words, j


def _evaluate(toks) -> float | None:
    """Value of an expression (numbers with units, operators, parentheses); None if malformed."""
    parts, i, last = [], 0, None
    while i < len(toks):
        kind, text = toks[i]
        if kind == "num":
            words, j = _operand_units(toks, i)
            parts.append(repr(_vn(text) * _unit_scale(words)))
            i, last = j, "num"
            continue
        if kind == "word" and last == "rp":
            # "(60 + 20) thùng": the unit of a parenthesised operand
            words = []
            while i < len(toks) and toks[i][0] == "word" and len(words) < 3:
                words.append(toks[i][1])
                i += 1
            parts.append("*" + repr(_unit_scale(words)))
            last = "operand"
            continue
        if kind == "op":
            parts.append(_PYOP[text])
        elif kind == "lp":
            parts.append("(")
        elif kind == "rp":
            parts.append(")")
        else:
            return None
        last = kind
        i += 1
    try:
        return float(eval("".join(parts), {"__builtins__": {}}))  # noqa: S307 - digits and operators only
    except Exception:  # noqa: BLE001
        return None


def _lhs(toks, e):
    """The expression tokens just before toks[e] (an '='), or None."""
    j = e - 1
    start = e
    while j >= 0:
        kind, text = toks[j]
        if kind in ("num", "op", "lp", "rp", "pct"):
            start = j
            j -= 1
            continue
        if kind == "word":
            # a unit word belongs to the number (or the parenthesis) before it (at most 3 words back)
            k = j
            while k >= 0 and toks[k][0] == "word" and j - k < 3:
                k -= 1
            if k >= 0 and toks[k][0] in ("num", "rp"):
                start = k
                j = k - 1
                continue
        break
    expr = toks[start:e]
    # trim what cannot open an expression (a label's colon, a dangling parenthesis)
    while expr and (expr[0][0] == "op" or expr[0][0] == "rp"):
        expr = expr[1:]
    # an opening parenthesis left unmatched belongs to the sentence ("… đồng (3 người x … = 198 …")
    open_at = []
    for i, (kind, _) in enumerate(expr):
        if kind == "lp":
            open_at.append(i)
        elif kind == "rp" and open_at:
            open_at.pop()
    if open_at:
        expr = expr[open_at[-1] + 1:]
    # two operands side by side ("2029 dùng 7.800 : …"): the expression starts at the second
    i, last, cut = 0, None, 0
    while i < len(expr):
        kind = expr[i][0]
        if kind == "num":
            if last in ("operand", "rp"):
                cut = i
            _, j = _operand_units(expr, i)
            i, last = j, "operand"
            continue
        if kind == "lp" and last in ("operand", "rp"):
            cut = i
        last = kind
        i += 1
    expr = expr[cut:]
    depth = 0
    for kind, _ in expr:
        depth += kind == "lp"
        depth -= kind == "rp"
    if depth != 0 or not any(k == "op" for k, _ in expr) or not any(k == "num" for k, _ in expr):
        return None
    return expr


# a result may be written in another power of a thousand than its working (a table's "ĐVT: triệu
# đồng"), or as a percentage without its sign (a row labelled "(%)")
_FACTORS = (1.0, 1e3, 1e-3, 1e6, 1e-6, 1e9, 1e-9, 0.01, 100.0)


def _matches(lhs: float, rhs: float, rhs_text: str, rhs_scale: float, tol: float = 0.01) -> bool:
    half = 0.5 * 10 ** -_decimals(rhs_text)
    for f in _FACTORS:
        r = rhs * f
        if abs(lhs - r) <= max(tol * abs(r), half * rhs_scale * f * 1.0001):
            return True
    return False


def _off(lhs: float, rhs: float, pct: float = 5.0) -> bool:
    """Wrong by more than pct % whatever the power of a thousand the result is written in."""
    return all(abs(lhs - rhs * f) / abs(rhs * f) * 100 > pct for f in _FACTORS)


def equations(text: str) -> list[dict]:
    """Every 'expression = result' and 'figure (expression)' of a line or a table cell."""
    found = []
    toks = tokens(text)
    for e, (kind, _) in enumerate(toks):
        if kind != "eq" or e + 1 >= len(toks) or toks[e + 1][0] != "num":
            continue
        expr = _lhs(toks, e)
        if expr is None:
            continue
        lhs = _evaluate(expr)
        words, _ = _operand_units(toks, e + 1)
        scale = _unit_scale(words)
        rhs = _vn(toks[e + 1][1]) * scale
        if lhs is None:
            continue
        found.append(dict(kind="eq", text=" ".join(t for _, t in expr) + " = " + toks[e + 1][1],
                          lhs=lhs, rhs=rhs, ok=_matches(lhs, rhs, toks[e + 1][1], scale), bad=_off(lhs, rhs)))
    # 'figure unit (working)': a parenthesis holding a product or a quotient right after a figure
    for i, (kind, _) in enumerate(toks):
        if kind != "lp" or i == 0:
            continue
        k = i - 1
        while k >= 0 and toks[k][0] in ("word", "pct") and i - k <= 3:
            k -= 1
        if k < 0 or toks[k][0] != "num":
            continue
        depth, j = 0, i
        while j < len(toks):
            depth += toks[j][0] == "lp"
            depth -= toks[j][0] == "rp"
            if depth == 0:
                break
            j += 1
        inner = toks[i + 1:j]
        if (j >= len(toks) or any(t[0] in ("eq", "brk") for t in inner)
                or not any(t[0] == "op" and t[1] in _MUL | {":", "/"} for t in inner)):
            continue
        words, _ = _operand_units(toks, k)
        rhs = _vn(toks[k][1]) * _unit_scale([w for w in words if w != "("])
        lhs = _evaluate(inner)
        if lhs is None:
            continue
        found.append(dict(kind="paren", text=toks[k][1] + " (" + " ".join(t for _, t in inner) + ")",
                          lhs=lhs, rhs=rhs, ok=_matches(lhs, rhs, toks[k][1], _unit_scale(words)),
                          bad=_off(lhs, rhs)))
    return found


# --------------------------------------------------------------------------- reading a plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[int, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            s = line.strip()
            if mt := re.match(r"\**Bảng (\d+)\.", s):
                cur = int(mt.group(1))
                continue
            if s.startswith("|") and cur is not None:
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(re.fullmatch(r":?-+:?", c) for c in cells):
                    continue
                self.tables.setdefault(cur, []).append(cells)
            elif s and not s.startswith("ĐVT") and not s.startswith("|") and cur in self.tables:
                cur = None

    @staticmethod
    def value(cell: str) -> float | None:
        cell = cell.replace("**", "").strip()
        # the result after the last '=' (a unit word may follow it), or a figure alone with its unit
        if mt := re.search(r"[=≈]\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:%|[^\W\d_][^\d=]*)?$", cell):
            return plancheck.vn(mt.group(1))
        if mt := re.fullmatch(r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:%|[^\W\d_]+)?", cell):
            return plancheck.vn(mt.group(1))
        return None

    def trow(self, tab: int, label: str, n: int, skip: int = 0) -> list[float]:
        """The last n figures of the (skip+1)-th row of table `tab` whose first or second cell starts
        with `label` (a label ending in '|' must equal the whole cell)."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        seen = 0
        for r in self.tables.get(tab, []):
            cells = [c.replace("**", "").strip() for c in r]
            for ci in range(min(2, len(cells))):
                if (cells[ci] == lab) if exact else cells[ci].startswith(lab):
                    vals = [v for c in cells[ci + 1:] if (v := self.value(c)) is not None]
                    if len(vals) >= n:
                        if seen == skip:
                            return vals[-n:]
                        seen += 1
                    break
        self.failures.append(f"table {tab}: row not found: {label}")
        return [0.0] * n

    def has_row(self, tab: int, label: str) -> bool:
        return any(any(c.replace("**", "").strip().startswith(label) for c in r[:2]) for r in self.tables.get(tab, []))

    def near(self, got: float, true: float, what: str, unit: float = 0.11) -> None:
        if not (close(got, true) or abs(got - true) <= unit):
            self.failures.append(f"{what}: printed {fs(got)} but {fs(round(true, 3))}")

    def planted(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what}: printed {fs(got)} is within 5 % of {fs(round(true, 3))}")

    def all_equations(self) -> list[dict]:
        eqs = []
        for line in self.body.splitlines():
            segs = line.strip().strip("|").split("|") if line.strip().startswith("|") else [line]
            for seg in segs:
                for q in equations(seg.replace("**", "")):
                    q["where"] = seg.strip()
                    eqs.append(q)
        return eqs

    def cell_workings(self) -> list[dict]:
        """A 'Cách tính' cell (a product or a quotient, no '=') and the figure in the next cell."""
        out = []
        for rows in self.tables.values():
            for r in rows:
                for a, b in zip(r, r[1:]):
                    a2 = a.replace("**", "")
                    if "=" in a2 or "≈" in a2:
                        continue
                    toks = tokens(a2)
                    if not any(t[0] == "op" and t[1] in _MUL | {":"} for t in toks):
                        continue
                    if any(t[0] in ("eq", "brk") for t in toks) or (v := self.value(b)) is None:
                        continue
                    # drop leading words (a label inside the cell)
                    while toks and toks[0][0] in ("word",):
                        toks = toks[1:]
                    lhs = _evaluate(toks)
                    if lhs is None:
                        continue
                    mt = re.search(r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)", b)
                    out.append(dict(kind="cell", text=f"{a} | {b}", lhs=lhs, rhs=v,
                                    ok=_matches(lhs, v, mt.group(1), 1.0), bad=_off(lhs, v), where=a))
        return out


# --------------------------------------------------------------------------- the checks
MONEY_SCALE = {"hx03": 1000}  # hx03 prints its money tables in nghìn đồng ("ĐVT: 1.000 đồng")
MIN_EQUATIONS = 25            # the theme: a full plan shows at least this many inline workings


def check_tables(p: Plan, key: str, m: dict) -> None:
    c = PLANS[key]
    T = {t: i + 1 for i, t in enumerate(ORDER[key])}
    ms = MONEY_SCALE.get(key, 1)
    u = 0.11 * ms
    pl = PLANTED.get(key, {})
    # history 2024-2026
    t = T["hist"]
    h = c["hist"]
    for lab, vals, sc in (("Sản lượng", h["out"], 1), ("Giá bán bình quân", h["price"], 1),
                          ("Doanh thu", m["hist_rev"], ms), ("Lợi nhuận", h["profit"], ms)):
        got = p.trow(t, lab, 3)
        for y in Y:
            p.near(got[y], vals[y] * sc, f"table {t} {lab} {HIST_YEARS[y]}", 0.11 * sc)
    # products and prices
    t = T["spec"]
    for i, pr in enumerate(c["products"]):
        got = p.trow(t, pr[0], 1)[0]
        p.near(got, price_of(pr, 0), f"table {t} price of {pr[0]}")
    # raw-material supply: count x yield
    t = T["raw"]
    for k, r in enumerate(c["raws"]):
        varying = any(len(set(row[1])) > 1 for row in r["rows"])
        for j, row in enumerate(r["rows"]):
            n = 3 if varying else 1
            got = p.trow(t, row[0], n)
            for y in range(n):
                p.near(got[y], m["supply_rows"][k][j][y], f"table {t} supply {row[0]} {YEARS[y]}")
        n = 3 if varying else 1
        got = p.trow(t, f"Cộng {r['label']}", n)
        for y in range(n):
            p.near(got[y], m["supply"][k][y], f"table {t} supply total {r['label']} {YEARS[y]}")
    # raw-material balance: need = output x norm, supply, rest
    t = T["bal"]
    got = p.trow(t, "Sản lượng", 3)
    for y in Y:
        p.near(got[y], m["out"][y], f"table {t} output {YEARS[y]}")
    for k, r in enumerate(c["raws"]):
        got = p.trow(t, f"Nhu cầu: {r['label']}", 3)
        for y in Y:
            p.near(got[y], m["need"][k][y], f"table {t} need {r['label']} {YEARS[y]}")
        if key in BALANCE_NEED_ONLY:
            continue
        got = p.trow(t, f"Nguồn cung: {r['label']}", 3)
        rest = p.trow(t, f"Còn dư: {r['label']}", 3)
        for y in Y:
            p.near(got[y], m["supply"][k][y], f"table {t} supply {r['label']} {YEARS[y]}")
            p.near(rest[y], m["supply"][k][y] - m["need"][k][y], f"table {t} rest {r['label']} {YEARS[y]}")
    # staff and wages
    t = T["staff"]
    for s in c["staff"]:
        got = p.trow(t, s[0], 4)
        for y in Y:
            p.near(got[y], s[1][y], f"table {t} staff {s[0]} {YEARS[y]}", 0)
        p.near(got[3], s[2], f"table {t} wage {s[0]}", 0.001)
    got = p.trow(t, "Cộng|", 3)
    for y in Y:
        p.near(got[y], m["staff"][y], f"table {t} staff total {YEARS[y]}", 0)
    # production plan, capacity and its use
    t = T["prod"]
    for i, pr in enumerate(c["products"]):
        got = p.trow(t, pr[0], 3)
        for y in Y:
            p.near(got[y], pr[4][y], f"table {t} packs {pr[0]} {YEARS[y]}", 0)
    got = p.trow(t, "Sản lượng quy đổi", 3)
    for y in Y:
        p.near(got[y], m["out"][y], f"table {t} output {YEARS[y]}")
    if p.has_row(t, "Công suất"):
        got = p.trow(t, "Công suất", 3)
        for y in Y:
            p.near(got[y], m["capacity"], f"table {t} capacity {YEARS[y]}")
    if p.has_row(t, "Tỷ lệ sử dụng"):
        got = p.trow(t, "Tỷ lệ sử dụng", 3)
        for y in Y:
            p.near(got[y], m["use"][y] * 100, f"table {t} capacity use {YEARS[y]}", 0.051)
    # investment (quantity x unit price) and sources
    t = T["inv"]
    for i, it in enumerate(c["inv"]):
        got = p.trow(t, it[0], 1)[0]
        p.near(got, m["inv_lines"][i] * ms, f"table {t} investment {it[0]}", u)
    p.near(p.trow(t, "Tổng cộng|", 1)[0], m["inv"] * ms, f"table {t} investment total", u)
    t = T["src"]
    for s in c["src"]:
        got = p.trow(t, s[0], 2)
        p.near(got[0], s[1] * ms, f"table {t} source {s[0]}", u)
        p.near(got[1], s[1] / m["src"] * 100, f"table {t} share {s[0]}", 0.051)
    got = p.trow(t, "Tổng cộng|", 2)
    p.near(got[0], m["src"] * ms, f"table {t} sources total", u)
    # revenue = packs x price
    t = T["rev"]
    for i, pr in enumerate(c["products"]):
        got = p.trow(t, pr[0], 3)
        for y in Y:
            p.near(got[y], m["p_rev_lines"][y][i] * ms, f"table {t} revenue {pr[0]} {YEARS[y]}", u)
            if (y, i) in pl.get("rev_line", {}):
                p.planted(got[y], m["rev_lines"][y][i] * ms, f"revenue {pr[0]} {YEARS[y]}")
    for b, by in enumerate(c.get("byproducts", [])):
        got = p.trow(t, by[0], 3)
        for y in Y:
            p.near(got[y], m["by_rev"][y][b] * ms, f"table {t} revenue {by[0]} {YEARS[y]}", u)
    got = p.trow(t, "Tổng doanh thu", 3)
    for y in Y:
        p.near(got[y], m["p_rev"][y] * ms, f"table {t} revenue total {YEARS[y]}", u)
    # costs
    t = T["cost"]
    for k in m["cost_order"]:
        got = p.trow(t, cost_label(key, k), 3)
        for y in Y:
            p.near(got[y], m["costs"][k][y] * ms, f"table {t} cost {cost_label(key, k)} {YEARS[y]}", u)
    got = p.trow(t, "Tổng chi phí", 3)
    for y in Y:
        p.near(got[y], m["p_cost"][y] * ms, f"table {t} cost total {YEARS[y]}", u)
        if y in pl.get("cost_total", {}):
            p.planted(got[y], m["cost"][y] * ms, f"cost total {YEARS[y]} (sum of its lines)")
    # summary: profit = revenue - cost, margin
    t = T["sum"]
    for lab, vals in (("Doanh thu", m["p_rev"]), ("Tổng chi phí", m["p_cost"]), ("Lợi nhuận", m["p_profit"])):
        got = p.trow(t, lab, 3)
        for y in Y:
            p.near(got[y], vals[y] * ms, f"table {t} {lab} {YEARS[y]}", u)
            if lab == "Lợi nhuận" and y in pl.get("profit", {}):
                p.planted(got[y], m["profit"][y] * ms, f"profit {YEARS[y]} (revenue - cost)")
    if p.has_row(t, "Tỷ suất"):
        got = p.trow(t, "Tỷ suất", 3)
        for y in Y:
            p.near(got[y], m["p_margin"][y] * 100, f"table {t} margin {YEARS[y]}", 0.051)


def check_equations(p: Plan, key: str) -> int:
    eqs = p.all_equations() + p.cell_workings()
    planted = [re.sub(r"\s", "", s) for s in PLANTED_EQ.get(key, [])]
    seen = set()
    for q in eqs:
        flat = re.sub(r"\s", "", q["text"])
        hit = [s for s in planted if s in flat]
        if hit:
            seen.update(hit)
            if not q["bad"]:
                p.failures.append(f"planted equation not wrong by > 5 %: {q['text']}")
        elif not q["ok"]:
            p.failures.append(f"equation wrong: {q['text']} (left side {fs(round(q['lhs'], 4))})")
    for s in planted:
        if s not in seen:
            p.failures.append(f"planted equation not found: {s}")
    return len(eqs)


def check_payback(p: Plan, key: str, m: dict) -> None:
    """The printed payback (the figure after the last '=' of the sentence) against the model."""
    mt = re.search(r"hoàn vốn[^\n]*[=≈]\s*(\d+(?:,\d+)?)\s*năm", p.body)
    if not mt:
        p.failures.append("payback sentence not found")
        return
    got = plancheck.vn(mt.group(1))
    p.near(got, m["p_payback"], "payback as printed", 0.051)
    if "payback" in PLANTED.get(key, {}):
        p.planted(got, m["payback"], "payback (investment / (average profit + depreciation))")


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument or district body in a ready plan")
    for mt in re.finditer(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        if int(mt.group(1)) < 2029:
            p.failures.append(f"paper expires before the plan ends: {mt.group(0)}")


def words(p: Plan) -> int:
    return len(re.findall(r"\w+", p.body))


def check_full(p: Plan, key: str) -> None:
    m = model(key)
    check_tables(p, key, m)
    n = check_equations(p, key)
    if n < MIN_EQUATIONS:
        p.failures.append(f"only {n} inline workings (the theme wants at least {MIN_EQUATIONS})")
    check_payback(p, key, m)
    p.lacks(PLACEHOLDER, "template placeholder")
    # the sound parts of each plan: capacity, raw material, sources, margins, growth
    pl = PLANTED.get(key, {})
    if key not in ("hx09",):
        p.check(max(m["use"]) <= 0.9, f"capacity use {max(m['use']):.1%} over 90 %")
    if key not in ("hx05",):
        for k, r in enumerate(PLANS[key]["raws"]):
            for y in Y:
                p.check(m["supply"][k][y] >= m["need"][k][y] * 1.05,
                        f"{r['label']} {YEARS[y]}: supply {fs(m['supply'][k][y])} under need {fs(m['need'][k][y])} + 5 %")
    if key not in ("hx08",):
        p.check(close(m["src"], m["inv"]), f"sources {fs(m['src'])} != investment {fs(m['inv'])}")
        for y in (1, 2):
            p.check(m["rev"][y] / m["rev"][y - 1] - 1 < 0.25, f"revenue growth {YEARS[y]} over 25 %")
        p.check(m["out"][0] / PLANS[key]["hist"]["out"][2] - 1 < 0.35, "2027 output far above 2026")
    for y in Y:
        p.check(0 < m["margin"][y] < (0.30 if key == "hx08" else 0.25), f"margin {YEARS[y]} {m['margin'][y]:.1%}")
    if not pl:
        p.check(close(m["p_payback"], m["payback"]), "payback printed differs from the model")
    planted_numbers(p, key, m)


def planted_numbers(p: Plan, key: str, m: dict) -> None:
    """The planted defects that are no misprint but a true gap between two correct figures."""
    if key == "hx05":  # material-shortfall: rice need (output x 1,4) against 40 x 450 + 8.000 kg
        for y in (1, 2):
            p.planted(m["supply"][0][y], m["need"][0][y], f"rice supply {YEARS[y]} against need")
        p.has(f"{fs(m['supply'][0][0])} kg")
    if key == "hx08":  # capital-mismatch and unrealistic-growth
        p.planted(m["src"], m["inv"], "sources against investment")
        got = p.trow(ORDER[key].index("src") + 1, "Tổng cộng|", 2)[0]
        p.near(got, m["src"], "printed sources total")
        p.check(close(p.trow(ORDER[key].index("inv") + 1, "Tổng cộng|", 1)[0], m["inv"]), "investment total")
        for y in (1, 2):
            g = m["out"][y] / m["out"][y - 1] - 1
            p.check(g > 0.5, f"planted growth {YEARS[y]} only {g:.1%}")
        p.check(m["staff"][0] == m["staff"][2], "hx08 staff should stay the same")
    if key == "hx09":  # capacity-exceeded and figure-inconsistent
        p.planted(m["out"][2], m["capacity"], "2029 output against the line's capacity")
        p.check(m["out"][2] > m["capacity"], "2029 output within capacity")
        p.has("15 lao động thường xuyên")
        p.planted(15, m["staff"][0], "workers in the producer part against the staff table")


# per-plan text checks (the papers each plan relies on, and the words a planted textual defect lacks)
def text_checks(p: Plan, key: str) -> None:
    fn = TEXT.get(key)
    if fn:
        fn(p)


TEXT: dict = {}


def _t(key):
    def deco(fn):
        TEXT[key] = fn
        return fn
    return deco

PRODUCERS = {
    "hx01": "Công ty TNHH Thực phẩm Hồng Lam", "hx02": "Hợp tác xã Ong mật Phúc Đồng",
    "hx03": "Hộ kinh doanh Lê Thị Thu Hà", "hx04": "Tổ hợp tác nón lá Xuân Hồng",
    "hx05": "Hợp tác xã Nông nghiệp và Rượu truyền thống Yên Hồ", "hx06": "Công ty cổ phần Nước mắm Hải Lam",
    "hx07": "Hộ kinh doanh Trần Văn Bình", "hx08": "Tổ hợp tác sản xuất dầu lạc Phú Gia",
    "hx09": "Công ty TNHH Nông sản Hương Liên", "hx10": "Cơ sở chổi đót Phan Lợi",
    "hx11": "Hộ kinh doanh Nguyễn Thị Mai", "hx12": "Gia đình ông Trần Quốc Hùng",
}
FOOD_PAPERS = ("an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
CHANNELS = (r"(?<!\w)chợ(?!\w)|đại lý|cửa hàng|thương lái|siêu thị|sàn thương mại|Facebook|Zalo|trực tuyến|"
            r"online|nhà hàng|khách sạn|tạp hóa|hội chợ|điểm bán|bán lẻ|bán buôn|nhà phân phối")


def _common(p: Plan, key: str) -> None:
    p.check(p.count(PRODUCERS[key]) >= 1, f"producer name not found: {PRODUCERS[key]}")
    if key not in ("hx10",) and key in PLANS:
        p.lacks(REPLACED, "replaced instrument or district body (only hx10 plants outdated-policy)")


@_t("hx01")
def _hx01(p):
    _common(p, "hx01")
    check_ready(p)
    p.has(*FOOD_PAPERS, "nhãn hiệu", "đăng ký môi trường", "QR", "3002143587", "đến 18/11/2029")


@_t("hx02")
def _hx02(p):
    _common(p, "hx02")
    check_ready(p)
    p.has(*FOOD_PAPERS, "nhãn hiệu", "QR", "không ghi công dụng chữa bệnh", "3002216795", "đến 05/10/2029")


@_t("hx03")
def _hx03(p):
    _common(p, "hx03")
    check_ready(p)
    p.has(*FOOD_PAPERS, "nhãn hiệu", "đăng ký môi trường", "không ghi công dụng phòng, chữa bệnh", "28H8004527",
          "đến 07/12/2029")


@_t("hx04")
def _hx04(p):
    _common(p, "hx04")
    check_ready(p)
    p.has("không phải là thực phẩm", "TCCS", "thử nghiệm", "nhãn hiệu", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
          "05/2025/NĐ-CP", "06/THT-XH", "3002305518")


@_t("hx05")
def _hx05(p):
    _common(p, "hx05")
    p.lacks(r"giấy phép|cấp phép|(?<!\w)phép(?!\w)|105/2017|17/2020|nhằm mục đích kinh doanh",
            "planted no-alcohol-license: a licence word")
    p.has(*FOOD_PAPERS, "QCVN 6-3:2010/BYT", "nhãn hiệu", "đăng ký môi trường", "bảo đảm đủ", "Không dành cho người dưới 18 tuổi")


@_t("hx06")
def _hx06(p):
    _common(p, "hx06")
    p.lacks(r"môi trường|nước thải|chất thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm|khí thải",
            "planted no-environment-measures: an environmental word")
    p.has(*FOOD_PAPERS, "nhãn hiệu", "TCVN 5107:2018", "HIỆU QUẢ XÃ HỘI")


@_t("hx07")
def _hx07(p):
    _common(p, "hx07")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu",
            "planted no-product-standard: a standard or declaration word")
    p.lacks(r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|(?<!\w)QR(?!\w)",
            "planted no-label-plan: a label word")
    p.has("an toàn thực phẩm", "đến 15/02/2030", "nhãn hiệu", "đăng ký môi trường", "lưu mẫu")


@_t("hx08")
def _hx08(p):
    _common(p, "hx08")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|(?<!\w)logo(?!\w)", "planted no-trademark: a trademark word")
    p.has(*FOOD_PAPERS, "QR", "giữ nguyên 5 lao động", "rất lớn", "bảo đảm đủ vốn")


@_t("hx09")
def _hx09(p):
    _common(p, "hx09")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|HACCP|ISO 22000|cam kết",
            "planted no-food-safety: a food-safety word")
    p.has("15 lao động thường xuyên", "việc làm cho 9 lao động", "đủ đáp ứng kế hoạch sản xuất đến năm 2029",
          "TCCS", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "đăng ký môi trường")
    p.check(not any("thanh trùng" in it[0].lower() for it in PLANS["hx09"]["inv"]), "hx09 buys a pasteuriser")


@_t("hx10")
def _hx10(p):
    _common(p, "hx10")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hộ kinh doanh|"
            r"doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký thành lập",
            "planted no-business-registration: a registration word")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
    p.lacks(r"148/QĐ-TTg|1489", "planted outdated-policy: a current instrument")
    p.lacks(CHANNELS, "planted no-sales-channel: a channel word")
    p.has("nhãn hiệu", "43/2017/NĐ-CP", "tiêu chuẩn cơ sở", "không phải thực phẩm")


@_t("hx11")
def _hx11(p):
    _common(p, "hx11")
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|(?<!\w)nhãn|truy xuất|môi trường", "sketchy hx11 names a paper")


@_t("hx12")
def _hx12(p):
    _common(p, "hx12")
    p.lacks(r"đăng ký|an toàn thực phẩm|nhãn hiệu|nước thải|truy xuất", "sketchy hx12 names a paper")


def check_sketchy(p: Plan, key: str) -> None:
    n = words(p)
    p.check(150 <= n <= 350, f"sketchy plan has {n} words (150-350)")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(PLACEHOLDER, "template placeholder")
    for q in p.all_equations():
        p.check(q["ok"], f"equation wrong: {q['text']}")


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    stems = sorted(x.stem for x in (HERE / "src").glob("*.md"))
    if keys:
        stems = [s for s in stems if any(s.startswith(k) for k in keys)]
    plans = []
    for stem in stems:
        p = Plan(stem)
        key = stem[:4]
        if key in PLANS:
            check_full(p, key)
        else:
            check_sketchy(p, key)
        text_checks(p, key)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
