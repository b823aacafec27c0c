"""The 227th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout227/arithmetic.py [ht01 ht05 ...]

Theme: plans that restate and correct their own figures. For every full plan (ht01-ht10) the constants
give the products (label, pack word, pack size in the plan's base unit, price and packs per year, packing
cost per pack), the 2024-2026 history (output, average price, margin), the raw materials (norm per base
unit, price, supply rows as count x yield), the limiting equipment (rating x days), staff by role and the
monthly wage per year, the energy/auxiliary cost per base unit, the selling and tax shares of revenue, the
fixed "other" line, investment items (fixed or not) and capital sources, asset life, loan balances and
rate, plus `old`: the superseded figures each plan restates (an earlier version's output, price,
investment, area, colonies, a draft target; ht07 the old flower and box prices). `model()` turns them
into every figure the plan prints (the generator that wrote src/ used it, so every cell is computed);
with printed=True the planted overrides (`over`) are applied and the figures downstream follow them
as the plan's author would have computed them.

Each plan is read back from its source (tables found by caption, rows by label, the accepted text of
Word tracked changes) and every relation is recomputed: history revenue = output x price and profit =
revenue x margin; packs, output = sum of packs x size, capacity = rating x days, use %; prices; supply
rows = count x yield, their sum, need = output x norm, balance, need within supply; staff by role, wage
fund = staff x wage x 12; investment items and their total, sources, shares, sources = investment;
revenue lines = packs x price, total; cost lines (raw = need x price, packing = packs x cost, energy =
output x rate, wages, depreciation = fixed assets / life, interest = balance x rate, selling and tax =
share x printed revenue, other), total; summary revenue, cost, profit = revenue - cost, margin; payback =
investment / (average profit + depreciation); true margins 0-40 %, revenue growth under 35 %/year,
2027 output within +30 % of 2026 and within 87 % of capacity. Planted numeric defects must be wrong
by more than 5 % (the true value beside them), everything else right within 1 % (or 0,11). The theme
checks assert that each superseded figure is there, marked as superseded, and that the figure which
replaces it is the one the tables use (ht04: the tracked changes themselves). Textual defects are
asserted by the absence or presence of their words; ready plans cite QD 148 and 1489 and no replaced
instrument or district level. Sketchy plans: 150-350 words, no table, their loose figures.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year], packing cost đ/pack)
# hist: 2024-2026 output, average price đ per base unit, margin; raws: (label, unit, norm per base unit,
# price đ per unit, supply rows (label, [count per year], count word, yield)); cap: (rating, days, text,
# text); roles: (role, staff per year); wage: triệu đồng a month per year; energy: đ per base unit;
# sell, tax: shares of revenue; other: triệu per year; inv: (label, triệu, fixed?); src: (label, triệu);
# loan: balance per year (triệu), rate; old: superseded figures; over: planted overrides of printed cells.
PLANS = {
    "ht01": dict(
        old=dict(date="15/7/2026", out27=26000, price_box=48000, rev27=2860.0, inv=1650, loan=600, payback=2.8),
        unit="kg",
        products=[("Bánh ram cấp đông, hộp 10 chiếc (400 g)", "hộp", 0.4, [45000, 46000, 47000], [30000, 33000, 36000], 6500),
                  ("Bánh ram cấp đông, túi 30 chiếc (1,2 kg)", "túi", 1.2, [125000, 128000, 131000], [6000, 6600, 7200], 5000),
                  ("Hộp quà bánh ram – bánh ít lá gai, 800 g", "hộp", 0.8, [98000, 100000, 102000], [4000, 4400, 4800], 12000)],
        hist=dict(out=[15800, 17400, 19100], price=[108000, 110000, 112000], margin=[0.085, 0.09, 0.095]),
        raws=[("Gạo nếp cái", "kg", 0.5, 22000,
               [("Hộ trồng nếp thôn Phú Thọ", [30, 30, 30], "hộ", 250),
                ("Hộ trồng nếp thôn Trung Nghĩa", [25, 25, 25], "hộ", 250),
                ("Hộ trồng nếp thôn Đông Bàn", [12, 12, 12], "hộ", 250)]),
              ("Thịt lợn nạc, tôm đất", "kg", 0.22, 120000,
               [("Cơ sở giết mổ Hòa Lạc (hợp đồng)", [1, 1, 1], "cơ sở", 5000),
                ("Hộ đánh bắt tôm đất ven sông Nghèn", [10, 10, 10], "hộ", 150)])],
        cap=(120, 280, "120 kg bánh/ngày", "280 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Làm vỏ, làm nhân, nặn bánh", [4, 4, 4]),
               ("Cấp đông, đóng gói, kho", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 2])],
        wage=[5.5, 5.7, 5.9],
        energy=5000, sell=0.06, tax=0.015, other=[60, 60, 60],
        inv=[("Tủ cấp đông gió 500 kg/mẻ", 420, True), ("Kho lạnh bảo quản 30 m³", 260, True),
             ("Máy cán vỏ, máy trộn nhân", 180, True), ("Cải tạo xưởng một chiều 150 m²", 340, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 1050), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 750)],
        life=10, loan=[750, 600, 450], rate=0.08),
    "ht02": dict(
        old=dict(date="18/8/2026", area=3.5, price_tea=55000, rev27=2136.0, hist26=3100),
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 2 g", "hộp", 0.04, [48000, 49000, 50000], [30000, 34000, 38000], 9000),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [120000, 123000, 126000], [3000, 3300, 3600], 4000),
                  ("Cà gai leo khô, bao 5 kg cho nhà thuốc", "bao", 5, [1050000, 1080000, 1100000], [120, 140, 160], 15000)],
        hist=dict(out=[2450, 2700, 2980], price=[560000, 575000, 590000], margin=[0.14, 0.15, 0.155]),
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 5, 6000,
               [("Vùng trồng của hợp tác xã", [2.0, 2.5, 3.0], "ha", 6000),
                ("Hộ thành viên thôn Kim Sơn", [15, 15, 15], "hộ", 400)])],
        cap=(20, 250, "20 kg khô/ngày", "250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [4, 4, 5]),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0],
        energy=15000, sell=0.08, tax=0.015, other=[60, 60, 60],
        inv=[("Nhà sấy, phòng đóng gói 100 m²", 300, True), ("Máy sấy bơm nhiệt 2 buồng", 250, True),
             ("Máy nghiền, máy đóng túi lọc", 320, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "ht03": dict(
        old=dict(colonies=320, out27=3800, inv=[150, 70, 200, 140, 40, 230]),
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 195000, 200000], [3000, 3300, 3600], 8000),
                  ("Mật ong hoa keo, hũ thủy tinh 1 kg", "hũ", 1, [240000, 245000, 250000], [1200, 1300, 1400], 12000),
                  ("Mật ong hoa rừng, bình 2 kg", "bình", 2, [420000, 430000, 440000], [250, 280, 300], 15000)],
        hist=dict(out=[2500, 2750, 2950], price=[270000, 275000, 280000], margin=[0.13, 0.14, 0.14]),
        raws=[("Mật ong thô", "kg", 1.06, 110000,
               [("Đàn ong của hộ", [260, 260, 260], "đàn", 10),
                ("Hộ nuôi ong thôn Tân Phú (hợp đồng)", [16, 16, 16], "hộ", 120)])],
        cap=(40, 200, "40 kg/mẻ, 1 mẻ/ngày", "200 ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        energy=4000, sell=0.05, tax=0.015, other=[20, 20, 20],
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 150, True), ("Máy quay mật, bồn lắng inox", 70, True),
             ("Bổ sung 40 thùng ong và đàn giống", 80, True), ("Phòng lọc, đóng chai 36 m²", 140, True),
             ("Chai, hũ, kiểm nghiệm, tem QR", 40, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066),
    "ht04": dict(
        old=dict(members=9, price_box=240000, dust=60, inv=970, own=530),
        unit="chiếc",
        products=[("Hộp đựng trà gỗ xoan đào khắc hoa văn", "chiếc", 1, [220000, 225000, 230000], [3000, 3300, 3600], 8000),
                  ("Khay trà gỗ mít chạm nổi", "chiếc", 1, [480000, 490000, 500000], [1200, 1300, 1400], 15000),
                  ("Tranh gỗ khắc phong cảnh 40 × 60 cm", "chiếc", 1, [1100000, 1120000, 1150000], [300, 330, 360], 30000)],
        hist=dict(out=[3600, 3900, 4200], price=[330000, 335000, 340000], margin=[0.12, 0.13, 0.135]),
        raws=[("Gỗ xẻ sấy (xoan đào, mít, keo)", "m³", 0.006, 14000000,
               [("Xưởng xẻ gỗ Đức Lạng (hợp đồng)", [1, 1, 1], "xưởng", 30),
                ("Rừng keo của tổ viên", [5, 5, 5], "hộ", 2)])],
        cap=(24, 280, "24 chiếc/ngày", "280 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Pha gỗ, khắc CNC, chạm tay", [4, 4, 5]),
               ("Chà nhám, phun sơn, hoàn thiện", [2, 2, 2]), ("Bán hàng, đóng gói", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        energy=25000, sell=0.06, tax=0.015, other=[30, 30, 30],
        inv=[("Máy CNC khắc gỗ 2 đầu", 320, True), ("Buồng phun sơn có màng nước", 150, True),
             ("Hệ thống hút bụi túi vải", 90, True), ("Cải tạo xưởng và kho 120 m²", 180, True),
             ("Thiết kế mẫu, thẻ treo, hộp", 40, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của tổ viên", 560), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 440)],
        life=10, loan=[440, 340, 240], rate=0.066),
    "ht05": dict(
        old=dict(date="7/2026", inv=1650),
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [85000, 88000, 90000], [16000, 18000, 20000], 9000),
                  ("Rượu nếp sim, bình sứ 1 lít", "bình", 1, [210000, 215000, 220000], [2000, 2200, 2400], 35000),
                  ("Rượu nếp sim, can 5 lít cho nhà hàng", "can", 5, [420000, 430000, 440000], [500, 550, 600], 12000)],
        hist=dict(out=[9800, 10700, 11500], price=[150000, 155000, 158000], margin=[0.11, 0.12, 0.12]),
        raws=[("Gạo nếp", "kg", 1.1, 25000,
               [("Hộ thành viên trồng nếp", [45, 45, 45], "hộ", 400)]),
              ("Quả sim chín", "kg", 0.5, 20000,
               [("Đồi sim của hợp tác xã", [6, 6, 6], "ha", 1500),
                ("Hộ hái sim thôn Bình Minh", [20, 20, 20], "hộ", 100)])],
        cap=(80, 250, "2 nồi × 40 lít/ngày", "250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        energy=8000, sell=0.06, tax=0.02, other=[50, 50, 50],
        inv=[("Hệ thống lọc, khử andehit", 280, True), ("Kho hạ thổ, ủ rượu 80 m²", 320, True),
             ("Chum sành, bình ủ rượu", 150, True), ("Hầm biogas, bể chứa bỗng rượu", 120, True),
             ("Máy chiết rót, đóng nắp", 180, True), ("Thiết kế bao bì, nhãn, tem truy xuất", 60, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 40, False), ("Vốn lưu động", 830, False)],
        src=[("Vốn góp của thành viên", 700), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        over={"payback": 2.0}),
    "ht06": dict(
        old=dict(price_jar=[62000, 64000, 66000], staff_social=12),
        unit="kg",
        products=[("Mắm tôm hũ thủy tinh 500 g", "hũ", 0.5, [55000, 57000, 59000], [20000, 22000, 24000], 7000),
                  ("Mắm tôm chai nhựa 250 g", "chai", 0.25, [30000, 31000, 32000], [16000, 17600, 19200], 4000),
                  ("Mắm tôm can 2 kg cho quán ăn", "can", 2, [180000, 185000, 190000], [1500, 1650, 1800], 10000)],
        hist=dict(out=[13800, 15000, 16100], price=[104000, 106000, 108000], margin=[0.12, 0.125, 0.13]),
        raws=[("Ruốc (tôm moi) tươi", "kg", 0.9, 35000,
               [("Tàu đánh ruốc của ngư dân (hợp đồng)", [8, 8, 8], "tàu", 2500),
                ("Vựa ruốc bến Cửa Sót (hợp đồng)", [1, 1, 1], "vựa", 6000)]),
              ("Muối hạt", "kg", 0.25, 4000,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 6500)])],
        cap=(250, 120, "120 chum × 250 kg/năm", "120 chum"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối, ủ, đảo chượp", [3, 3, 3]),
               ("Lọc, xay, đóng hũ", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0],
        energy=3000, sell=0.06, tax=0.015, other=[60, 60, 60],
        inv=[("Nhà ủ chượp có mái che 200 m²", 400, True), ("Chum sành, thùng ủ 120 chiếc", 120, True),
             ("Máy xay, máy lọc, máy chiết hũ", 230, True), ("Kho thành phẩm 60 m²", 150, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại cổ phần Công Thương", 600)],
        life=10, loan=[600, 480, 360], rate=0.085,
        over={("rev_line", 0, 0): 1240.0, ("rev_line", 0, 1): 1408.0, ("rev_line", 0, 2): 1584.0}),
    "ht07": dict(
        old=dict(out27=2000),
        unit="kg",
        products=[("Trà hoa cúc vàng sấy khô, hộp 50 g", "hộp", 0.05, [55000, 57000, 59000], [24000, 27000, 30000], 8000),
                  ("Trà hoa cúc túi lọc, hộp 20 túi × 1,5 g", "hộp", 0.03, [42000, 44000, 46000], [20000, 23000, 26000], 7000),
                  ("Hoa cúc sấy khô, túi 500 g cho quán", "túi", 0.5, [380000, 390000, 400000], [1000, 1200, 1400], 6000)],
        hist=dict(out=[1450, 1620, 1800], price=[1100000, 1120000, 1150000], margin=[0.10, 0.11, 0.115]),
        raws=[("Hoa cúc vàng tươi", "kg", 7, 24000,
               [("Vùng trồng của công ty", [2, 2, 2], "ha", 6000),
                ("Hộ liên kết thôn Yên Bình", [10, 10, 10], "hộ", 500)])],
        cap=(14, 260, "2 máy × 7 kg khô/ngày", "260 ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái hoa", [4, 4, 4]),
               ("Sấy, đóng hộp, túi lọc", [3, 3, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4],
        energy=30000, sell=0.06, tax=0.015, other=[70, 70, 70],
        inv=[("Nhà sấy, phòng đóng gói 150 m²", 450, True), ("Hai máy sấy bơm nhiệt", 380, True),
             ("Máy đóng túi lọc, máy hàn hộp", 260, True), ("Nhà lưới ươm cây giống", 120, True),
             ("Bao bì, tem truy xuất", 60, False), ("Vốn lưu động", 530, False)],
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        old_raw_price=16000, old_pack=[5000, 4500, 4000]),
    "ht08": dict(
        old=dict(out=150000, price_bag=45000, members=8, inv=250),
        unit="chiếc",
        products=[("Bánh gai nhân đỗ xanh, dừa, túi 10 chiếc", "túi", 10, [55000, 56000, 57000], [10000, 12000, 14400], 2500),
                  ("Bánh gai hộp quà 6 chiếc", "hộp", 6, [60000, 61000, 62000], [6000, 7200, 8640], 5000),
                  ("Bánh gai lẻ giao quán, chợ", "chiếc", 1, [5000, 5100, 5200], [60000, 72000, 86400], 300)],
        hist=dict(out=[128000, 142000, 156000], price=[5200, 5300, 5400], margin=[0.10, 0.105, 0.11]),
        raws=[("Gạo nếp cái", "kg", 0.04, 24000,
               [("Hộ tổ viên và hộ trồng nếp", [30, 30, 30], "hộ", 400)]),
              ("Đỗ xanh", "kg", 0.015, 40000,
               [("Hộ trồng đỗ xanh thôn Vĩnh Phúc", [25, 25, 25], "hộ", 200)])],
        cap=(750, 290, "2 nồi hấp × 375 chiếc/ngày", "290 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Gói bánh, hấp bánh", [4, 4, 4]),
               ("Đóng gói, giao hàng", [1, 1, 1])],
        wage=[4.8, 5.0, 5.2],
        energy=900, sell=0.05, tax=0.015, other=[20, 20, 20],
        inv=[("Nồi hấp inox, bếp hơi (thay thế)", 90, True), ("Máy xay đỗ, máy trộn nhân", 60, True),
             ("Cải tạo khu gói bánh 60 m²", 120, True), ("Bao bì, nhãn, tem truy xuất", 30, False),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Quỹ hỗ trợ nông dân", 150)],
        life=8, loan=[150, 100, 50], rate=0.06,
        over={("profit", 1): 306.3}),
    "ht09": dict(
        old=dict(out29=30000),
        unit="lít",
        products=[("Nước rau má nguyên chất, chai 330 ml", "chai", 0.33, [15000, 15000, 16000], [30000, 60000, 108000], 3500),
                  ("Nước rau má đậu xanh, chai 330 ml", "chai", 0.33, [18000, 18000, 19000], [10000, 20000, 36000], 3700),
                  ("Nước rau má, chai 1 lít", "chai", 1, [38000, 38000, 40000], [4800, 9600, 17280], 5500)],
        hist=dict(out=[7000, 8500, 10000], price=[40000, 41000, 42000], margin=[0.10, 0.11, 0.11]),
        raws=[("Rau má tươi", "kg", 0.5, 12000,
               [("Ruộng rau má của hộ", [1.2, 1.2, 1.2], "ha", 25000),
                ("Hộ trồng rau má thôn Hòa Hợp", [8, 8, 8], "hộ", 1500)])],
        cap=(250, 300, "250 lít/ngày", "300 ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, xay, nấu, thanh trùng", [2, 2, 2]),
               ("Chiết chai, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        energy=7000, sell=0.10, tax=0.015, other=[20, 20, 20],
        inv=[("Tủ mát trưng bày, tủ trữ lạnh", 60, True), ("Xe ba gác máy giao hàng", 45, True),
             ("Cải tạo phòng chế biến 40 m²", 80, True), ("Chai, bao bì, kiểm nghiệm", 35, False),
             ("Vốn lưu động", 80, False)],
        src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 100)],
        life=8, loan=[100, 70, 40], rate=0.066),
    "ht10": dict(
        old=dict(hist26=9200, price_small=40000),
        unit="kg",
        products=[("Chẻo hũ thủy tinh 250 g", "hũ", 0.25, [36000, 37000, 38000], [24000, 26400, 29040], 4000),
                  ("Chẻo hũ thủy tinh 500 g", "hũ", 0.5, [65000, 67000, 69000], [6000, 6600, 7260], 5500),
                  ("Chẻo can 2 kg cho nhà hàng", "can", 2, [240000, 245000, 250000], [800, 880, 968], 9000)],
        hist=dict(out=[7600, 8400, 9500], price=[118000, 120000, 122000], margin=[0.11, 0.12, 0.125]),
        raws=[("Nước mắm cá cơm", "lít", 0.4, 45000,
               [("Hợp tác xã nước mắm Thạch Kim (hợp đồng)", [1, 1, 1], "hợp đồng", 6500)]),
              ("Gạo nếp, đậu xanh rang", "kg", 0.3, 30000,
               [("Hộ trồng nếp, đậu thôn Liên Hương", [20, 20, 20], "hộ", 250)])],
        cap=(60, 280, "60 kg/ngày", "280 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang, xay, nấu chẻo", [3, 3, 3]),
               ("Chiết hũ, đóng thùng", [2, 2, 2]), ("Bán hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1],
        energy=6000, sell=0.06, tax=0.015, other=[40, 40, 40],
        inv=[("Máy rang, máy xay nếp đậu", 160, True), ("Nồi nấu hai vỏ có cánh khuấy", 190, True),
             ("Máy chiết hũ, máy đóng nắp", 150, True), ("Cải tạo xưởng một chiều 120 m²", 260, True),
             ("Bao bì, nhãn, tem QR", 50, False), ("Vốn lưu động", 390, False)],
        src=[("Vốn chủ sở hữu", 750), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 350, 250], rate=0.08),
}


# --------------------------------------------------------------------------- model


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(p: dict, printed: bool = True) -> dict:
    """Every figure a full plan prints, from its constants. printed=True applies the planted
    overrides (p['over']) and lets the downstream figures follow them, as the plan's author did."""
    over = p.get("over", {}) if printed else {}
    m: dict = {}
    prods = p["products"]
    m["packs"] = [list(pr[4]) for pr in prods]
    m["price"] = [list(pr[3]) for pr in prods]
    m["out"] = [sum(pr[4][y] * pr[2] for pr in prods) for y in range(3)]
    m["out"] = [round(x, 1) for x in m["out"]]
    rating, days = p["cap"][0], p["cap"][1]
    m["cap"] = rating * days
    m["use"] = [r1(o / m["cap"] * 100) for o in m["out"]]
    # revenue
    m["rev_line_true"] = [[r1(pr[4][y] * pr[3][y] / 1e6) for y in range(3)] for pr in prods]
    m["rev_line"] = [[over.get(("rev_line", i, y), m["rev_line_true"][i][y]) for y in range(3)]
                     for i in range(len(prods))]
    m["rev"] = [r1(sum(l[y] for l in m["rev_line"])) for y in range(3)]
    # raw materials
    m["need"], m["supply_rows"], m["supply"] = [], [], []
    for raw in p["raws"]:
        norm = raw[2]
        m["need"].append([round(o * norm, 1) for o in m["out"]])
        rows = [[round(cnt[y] * yld, 1) for y in range(3)] for (_l, cnt, _w, yld) in raw[4]]
        m["supply_rows"].append(rows)
        m["supply"].append([round(sum(r[y] for r in rows), 1) for y in range(3)])
    # staff
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["wage"] = list(p["wage"])
    m["wagefund"] = [r1(m["staff"][y] * p["wage"][y] * 12) for y in range(3)]
    # investment
    m["inv_total"] = sum(x[1] for x in p["inv"])
    m["fixed"] = sum(x[1] for x in p["inv"] if x[2])
    m["src_total"] = sum(x[1] for x in p["src"])
    m["dep"] = r1(m["fixed"] / p["life"])
    # costs
    c = {}
    c["raw"] = [r1(sum(m["need"][k][y] * raw[3] for k, raw in enumerate(p["raws"])) / 1e6) for y in range(3)]
    c["pack"] = [r1(sum(pr[4][y] * pr[5] for pr in prods) / 1e6) for y in range(3)]
    c["energy"] = [r1(m["out"][y] * p["energy"] / 1e6) for y in range(3)]
    c["wage"] = list(m["wagefund"])
    c["dep"] = [m["dep"]] * 3
    c["interest"] = [r1(b * p["rate"]) for b in p["loan"]]
    c["sell"] = [r1(m["rev"][y] * p["sell"]) for y in range(3)]
    c["tax"] = [r1(m["rev"][y] * p["tax"]) for y in range(3)]
    c["other"] = list(p["other"])
    m["cost"] = c
    m["cost_total"] = [r1(sum(c[k][y] for k in c)) for y in range(3)]
    m["cost_table_total"] = list(m["cost_total"])
    if printed and "old_raw_price" in p:  # ht07: the total row left as it was before two lines were updated
        raw_old = [r1(m["need"][0][y] * p["old_raw_price"] / 1e6) for y in range(3)]
        pack_old = [r1(sum(pr[4][y] * op for pr, op in zip(prods, p["old_pack"])) / 1e6) for y in range(3)]
        m["raw_old"], m["pack_old"] = raw_old, pack_old
        m["cost_table_total"] = [r1(m["cost_total"][y] - (c["raw"][y] - raw_old[y]) - (c["pack"][y] - pack_old[y]))
                                 for y in range(3)]
    m["profit_true"] = [r1(m["rev"][y] - m["cost_total"][y]) for y in range(3)]
    m["profit"] = [over.get(("profit", y), m["profit_true"][y]) for y in range(3)]
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    avgp = sum(m["profit"]) / 3
    m["avg_profit"] = r1(avgp)
    m["payback_true"] = round(m["inv_total"] / (avgp + m["dep"]), 1)
    m["payback"] = over.get("payback", m["payback_true"])
    # history
    h = p["hist"]
    m["h_out"] = list(h["out"])
    m["h_price"] = list(h["price"])
    m["h_rev"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in range(3)]
    m["h_profit"] = [r1(m["h_rev"][y] * h["margin"][y]) for y in range(3)]
    return m


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        """Every table under a caption "Bảng N. <title>": title -> body rows (header row dropped)."""
        out: dict[str, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            s = line.strip()
            if mm := re.match(r"^Bảng \d+\. (.+)$", s):
                cur = out.setdefault(mm.group(1), [])
                cur.append(None)  # header marker
                continue
            if cur is not None and s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if set("".join(cells)) <= set("-: "):
                    continue
                if cur and cur[-1] is None:
                    cur[-1] = cells  # header row, kept as the first element
                else:
                    cur.append(cells)
            elif cur is not None and s and not s.startswith("ĐVT"):
                cur = None
        return out

    def tab(self, title: str) -> list[list[str]]:
        """The rows of the table whose caption is `title` (or, failing that, the first that begins with it)."""
        ts = self.tables()
        if title in ts:
            return ts[title][1:]
        for k, v in ts.items():
            if k.startswith(title):
                return v[1:]
        self.failures.append(f"table not found: {title}")
        return []


NUMC = re.compile(r"^-?\d[\d.]*(,\d+)?$")


def num(c: str) -> float | None:
    c = c.strip()
    return vn(c.lstrip("-")) * (-1 if c.startswith("-") else 1) if NUMC.match(c) else None


def nums(row: list[str]) -> list[float]:
    return [x for c in row[1:] if (x := num(c)) is not None]


def rowv(pl: Plan, rows: list[list[str]], label: str, n: int = 3, skip: int = 0) -> list[float]:
    """The last n numbers of the (skip+1)-th row whose label cell starts with `label`."""
    seen = 0
    for r in rows:
        if any(c.startswith(label) for c in r[:2]):
            v = nums(r)
            if len(v) >= n:
                if seen == skip:
                    return v[-n:]
                seen += 1
    pl.failures.append(f"row not found: {label!r}")
    return [float("nan")] * n


def ok(pl: Plan, got: float, want: float, what: str, tol: float = 0.01) -> None:
    """Right within 1 % (or 0,11 for figures printed to one decimal)."""
    if not (abs(got - want) <= max(tol * max(abs(got), abs(want)), 0.11)):
        pl.failures.append(f"{what}: printed {got}, computed {want}")


def wrong(pl: Plan, got: float, true: float, what: str) -> None:
    """A planted numeric defect: the printed figure must be off the true one by more than 5 %."""
    if not off(got, true):
        pl.failures.append(f"planted {what} not wrong enough: printed {got}, true {true}")


# Planted numeric defects (everything else must be right): plan -> set of tags
PLANTED = {
    "ht05": {"capital", "payback"},
    "ht06": {"rev_line0"},
    "ht07": {"cost_total_row", "material"},
    "ht08": {"capacity", "profit2028"},
    "ht09": {"growth"},
}
# where a figure follows a planted one (the relation holds on the printed figures, not on the true ones)
KNOCK_ON = {
    "ht06": "revenue total, selling and tax lines, profit, margin and payback follow the inflated jar line",
    "ht08": "the 2028 margin and the payback follow the inflated 2028 profit",
}


def payback_printed(pl: Plan) -> float:
    mm = re.search(r"(?:≈|hoàn vốn khoảng) (\d+,\d) năm", pl.body)
    if not mm:
        pl.failures.append("payback not found")
        return float("nan")
    return vn(mm.group(1))

# The captions of each plan's tables, by role (a caption's beginning).
CAPS = {
    "ht01": dict(hist="Kết quả sản xuất kinh doanh", raw="Cân đối nguyên liệu", staff="Lao động và tiền lương",
                 out="Kế hoạch sản lượng", price="Giá bán dự kiến", inv="Dự toán vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu dự kiến", cost="Chi phí sản xuất", sum="Tổng hợp hiệu quả"),
    "ht02": dict(hist="Kết quả sản xuất kinh doanh", raw="Cân đối nguyên liệu", staff="Lao động và tiền lương",
                 out="Kế hoạch sản lượng", price="Giá bán dự kiến", inv="Nhu cầu vốn đầu tư", src="Cơ cấu nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Lợi nhuận"),
    "ht03": dict(hist="Kết quả 3 năm", raw="Cân đối mật ong", staff="Lao động và thu nhập", out="Sản lượng dự kiến",
                 price="Giá bán", inv="Dự toán vốn đầu tư ban đầu", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí",
                 sum="Tổng hợp kết quả"),
    "ht04": dict(hist="Sản xuất, kinh doanh", raw="Cân đối gỗ", staff="Lao động, tiền lương", out="Sản lượng (chiếc)",
                 price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả"),
    "ht05": dict(hist="Kết quả sản xuất kinh doanh", raw="Cân đối nguyên liệu", staff="Lao động", out="Kế hoạch sản lượng",
                 price="Giá bán", inv="Tổng vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí",
                 sum="Kết quả kinh doanh"),
    "ht06": dict(hist="Kết quả sản xuất kinh doanh", raw="Cân đối nguyên liệu", staff="Lao động",
                 out="Sản lượng kế hoạch", price="Giá bán", inv="Tổng vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí", sum="Hiệu quả kinh doanh"),
    "ht07": dict(hist="Kết quả sản xuất kinh doanh", raw="Nguồn cung và nhu cầu", staff="Lao động và tiền lương",
                 out="Sản lượng (đã điều chỉnh)", price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí (số liệu đã cập nhật", sum="Tổng hợp hiệu quả"),
    "ht08": dict(hist="Sản lượng, doanh thu", raw="Cân đối nguyên liệu", staff="Lao động", out="Kế hoạch sản lượng",
                 price="Giá bán", inv="Nhu cầu vốn", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí",
                 sum="Kết quả kinh doanh"),
    "ht09": dict(hist="Kết quả 2024", raw="Cân đối rau má", staff="Lao động", out="Sản lượng kế hoạch", price="Giá bán",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Lợi nhuận"),
    "ht10": dict(hist="Kết quả sản xuất kinh doanh", raw="Cân đối nguyên liệu", staff="Lao động", out="Sản lượng",
                 price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả"),
}


# --------------------------------------------------------------------------- full plans
def check_full(key: str, pl: Plan) -> None:
    p = PLANS[key]
    m, t = model(p), model(p, printed=False)
    planted = PLANTED.get(key, set())
    P = p["products"]

    # history: revenue = output x average price, profit = revenue x margin; 2027 output within +30 % of 2026
    C = CAPS[key]
    h = pl.tab(C["hist"])
    for y in range(3):
        ok(pl, rowv(pl, h, "Sản lượng")[y], m["h_out"][y], f"history output {2024 + y}")
        ok(pl, rowv(pl, h, "Giá bán bình quân")[y], m["h_price"][y], f"history price {2024 + y}")
        ok(pl, rowv(pl, h, "Doanh thu")[y], m["h_out"][y] * m["h_price"][y] / 1e6, f"history revenue {2024 + y}")
        ok(pl, rowv(pl, h, "Lợi nhuận")[y], m["h_rev"][y] * p["hist"]["margin"][y], f"history profit {2024 + y}")
    jump = t["out"][0] / p["hist"]["out"][2] - 1
    if "growth" in planted:
        wrong(pl, t["out"][0], p["hist"]["out"][2] * 1.2, "2027 output vs 2026 + 20 %")
    elif jump > 0.30:
        pl.failures.append(f"2027 output jumps {jump:.0%} over 2026")

    # output plan: packs, output = sum packs x size, capacity = rating x days, use %
    outt = pl.tab(C["out"])
    for i, pr in enumerate(P):
        got = nums(outt[i]) if i < len(outt) else [float("nan")] * 3
        for y in range(3):
            ok(pl, got[-3 + y], pr[4][y], f"packs {pr[1]} {i + 1} {2027 + y}")
    out = rowv(pl, outt, "Sản lượng quy đổi")
    for y in range(3):
        ok(pl, out[y], sum(pr[4][y] * pr[2] for pr in P), f"output {2027 + y}")
    capr = [r for r in outt if r[1].startswith("Công suất")]
    if capr:
        ok(pl, nums(capr[0])[-1], p["cap"][0] * p["cap"][1], "capacity = rating x days")
    ok(pl, m["cap"], p["cap"][0] * p["cap"][1], "capacity")
    if any(r[1].startswith("Mức sử dụng") for r in outt):
        use = rowv(pl, outt, "Mức sử dụng")
        for y in range(3):
            ok(pl, use[y], out[y] / m["cap"] * 100, f"capacity use {2027 + y}")
    if "capacity" in planted:
        for y in (1, 2):
            wrong(pl, m["cap"], out[y], f"capacity {2027 + y} against output")
            pl.check(out[y] > m["cap"] * 1.05, f"output {2027 + y} should exceed capacity by > 5 %")
        pl.check(out[0] <= m["cap"], "2027 output within capacity")
    else:
        for y in range(3):
            pl.check(out[y] <= 0.87 * m["cap"], f"output {2027 + y} above 87 % of capacity")
    # the text restates the capacity as rating x days
    pl.has(f"= {fmt_i(m['cap'])}")

    # prices
    pt = pl.tab(C["price"])
    for i, pr in enumerate(P):
        got = nums(pt[i])
        for y in range(3):
            ok(pl, got[-3 + y], pr[3][y], f"price {i + 1} {2027 + y}")

    # raw materials: rows = count x yield, their sum, need = output x norm, balance, need within supply
    rt = pl.tab(C["raw"])
    for k, raw in enumerate(p["raws"]):
        for j, (lab, cnt, _w, yld) in enumerate(raw[4]):
            got = rowv(pl, rt, lab)
            for y in range(3):
                ok(pl, got[y], cnt[y] * yld, f"supply {lab} {2027 + y}")
        sup = rowv(pl, rt, "Cộng nguồn cung", skip=k)
        need = rowv(pl, rt, "Nhu cầu", skip=k)
        for y in range(3):
            ok(pl, sup[y], sum(c[1][y] * c[3] for c in raw[4]), f"supply total {raw[0]} {2027 + y}")
            ok(pl, need[y], out[y] * raw[2], f"need {raw[0]} {2027 + y}")
        if any(r[1] == "Còn dư" for r in rt):
            bal = rowv(pl, rt, "Còn dư", skip=k)
            for y in range(3):
                ok(pl, bal[y], sup[y] - need[y], f"balance {raw[0]} {2027 + y}")
        if "material" in planted:
            pl.check(need[0] <= sup[0], "2027 need within supply")
            for y in (1, 2):
                wrong(pl, sup[y], need[y], f"supply {2027 + y} against need")
                pl.check(need[y] > sup[y] * 1.05, f"need {2027 + y} should exceed supply by > 5 %")
        else:
            for y in range(3):
                pl.check(need[y] <= sup[y] * 0.98, f"{raw[0]} {2027 + y}: need {need[y]} not within supply {sup[y]}")

    # staff and wages
    st = pl.tab(C["staff"])
    for y in range(3):
        roles = sum(nums(r)[-3 + y] for r in st[:len(p["roles"])])
        ok(pl, rowv(pl, st, "Tổng số lao động")[y], roles, f"staff total {2027 + y}")
        ok(pl, roles, m["staff"][y], f"staff {2027 + y}")
        ok(pl, rowv(pl, st, "Lương bình quân")[y], p["wage"][y], f"wage {2027 + y}")
        ok(pl, rowv(pl, st, "Quỹ lương")[y], m["staff"][y] * p["wage"][y] * 12, f"wage fund {2027 + y}")

    # investment and sources
    it = pl.tab(C["inv"])
    items = [nums(r)[-1] if key != "ht03" else nums(r)[-2] for r in it[:len(p["inv"])]]
    for (lab, v, _f), g in zip(p["inv"], items):
        ok(pl, g, v, f"investment item {lab}")
    tot = rowv(pl, it, "Tổng vốn đầu tư", n=1 if key != "ht03" else 3)
    inv_total = tot[0] if key != "ht03" else tot[1]
    ok(pl, inv_total, sum(items), "investment total = sum of items")
    ok(pl, inv_total, m["inv_total"], "investment total")
    sr = pl.tab(C["src"])
    src = [nums(r)[-2] for r in sr[:len(p["src"])]]
    shares = [nums(r)[-1] for r in sr[:len(p["src"])]]
    stot = rowv(pl, sr, "Tổng nguồn vốn", n=2)[0]
    ok(pl, stot, sum(src), "sources total = sum of sources")
    for s_, sh in zip(src, shares):
        ok(pl, sh, s_ / stot * 100, "source share")
    if "capital" in planted:
        wrong(pl, stot, inv_total, "sources against investment")
    else:
        ok(pl, stot, inv_total, "sources = investment")

    # revenue: each line = packs x price of the same year, total = sum
    rv = pl.tab(C["rev"])
    rev = rowv(pl, rv, "Tổng doanh thu")
    for y in range(3):
        lines = [nums(rv[i])[-3 + y] for i in range(len(P))]
        ok(pl, rev[y], sum(lines), f"revenue total {2027 + y} = sum of lines")
        for i, pr in enumerate(P):
            true = pr[4][y] * pr[3][y] / 1e6
            if "rev_line0" in planted and i == 0:
                wrong(pl, lines[i], true, f"revenue line 1 {2027 + y}")
                ok(pl, lines[i], pr[4][y] * p["old"]["price_jar"][y] / 1e6, f"revenue line 1 {2027 + y} at the old price")
            else:
                ok(pl, lines[i], true, f"revenue line {i + 1} {2027 + y}")
        if "rev_line0" in planted:
            wrong(pl, rev[y], t["rev"][y], f"revenue total {2027 + y} (knock-on)")
        else:
            ok(pl, rev[y], t["rev"][y], f"revenue {2027 + y}")

    # costs: every line from its base, the total row
    ct = pl.tab(C["cost"])
    if not ct:
        pl.failures.append("cost table not found")
        return
    keys = ["raw", "pack", "energy", "wage", "dep", "interest", "sell", "tax", "other"]
    cl = {k: nums(ct[i])[-3:] for i, k in enumerate(keys)}
    ctot = rowv(pl, ct, "Tổng chi phí")
    fixed = sum(x[1] for x in p["inv"] if x[2])
    for y in range(3):
        raw_true = sum(out[y] * r[2] * r[3] for r in p["raws"]) / 1e6
        ok(pl, cl["raw"][y], raw_true, f"raw-material cost {2027 + y}")
        ok(pl, cl["pack"][y], sum(pr[4][y] * pr[5] for pr in P) / 1e6, f"packaging cost {2027 + y}")
        ok(pl, cl["energy"][y], out[y] * p["energy"] / 1e6, f"energy cost {2027 + y}")
        ok(pl, cl["wage"][y], m["staff"][y] * p["wage"][y] * 12, f"wages {2027 + y}")
        ok(pl, cl["dep"][y], fixed / p["life"], f"depreciation {2027 + y}")
        ok(pl, cl["interest"][y], p["loan"][y] * p["rate"], f"interest {2027 + y}")
        ok(pl, cl["sell"][y], rev[y] * p["sell"], f"selling cost {2027 + y} (share of the printed revenue)")
        ok(pl, cl["tax"][y], rev[y] * p["tax"], f"tax {2027 + y} (share of the printed revenue)")
        ok(pl, cl["other"][y], p["other"][y], f"other cost {2027 + y}")
        s = sum(cl[k][y] for k in keys)
        if "cost_total_row" in planted:
            wrong(pl, ctot[y], s, f"cost table total {2027 + y}")
            old = s - (cl["raw"][y] - out[y] * p["raws"][0][2] * p["old_raw_price"] / 1e6) \
                - (cl["pack"][y] - sum(pr[4][y] * op for pr, op in zip(P, p["old_pack"])) / 1e6)
            ok(pl, ctot[y], old, f"cost table total {2027 + y} = the total at the old prices")
        else:
            ok(pl, ctot[y], s, f"cost total {2027 + y}")

    # summary: revenue, cost, profit = revenue - cost, margin; true margins 0-40 %
    sm = pl.tab(C["sum"])
    srev, scost, sprof, smarg = (rowv(pl, sm, "Doanh thu"), rowv(pl, sm, "Tổng chi phí"),
                                 rowv(pl, sm, "Lợi nhuận"), rowv(pl, sm, "Tỷ suất"))
    for y in range(3):
        ok(pl, srev[y], rev[y], f"summary revenue {2027 + y}")
        ok(pl, scost[y], sum(cl[k][y] for k in keys), f"summary cost {2027 + y}")
        if "profit2028" in planted and y == 1:
            wrong(pl, sprof[y], srev[y] - scost[y], "profit 2028")
        else:
            ok(pl, sprof[y], srev[y] - scost[y], f"profit {2027 + y}")
        ok(pl, smarg[y], sprof[y] / srev[y] * 100, f"margin {2027 + y}")
        pl.check(0 < t["profit_true"][y] / t["rev"][y] < 0.40, f"true margin {2027 + y} outside 0-40 %")
    # growth of the true revenue
    g = [t["rev"][y + 1] / t["rev"][y] - 1 for y in range(2)]
    if "growth" in planted:
        pl.check(min(g) > 0.5, f"planted growth: revenue grows only {g}")
    else:
        pl.check(max(g) < 0.35, f"revenue growth {g} above 35 %")

    # payback as printed = investment / (average printed profit + depreciation)
    pb = payback_printed(pl)
    dep = fixed / p["life"]
    pb_printed = inv_total / (sum(sprof) / 3 + dep)
    pb_true = m["inv_total"] / (sum(t["profit_true"]) / 3 + dep)
    if "payback" in planted:
        wrong(pl, pb, pb_true, "payback")
        wrong(pl, pb, stot / (sum(t["profit_true"]) / 3 + dep), "payback on the sources' total")
    else:
        ok(pl, pb, pb_printed, "payback", tol=0.03)
    if key == "ht08":  # knock-on, tolerated: the printed payback uses the inflated 2028 profit
        wrong(pl, pb, pb_true, "payback (knock-on)")
    if key == "ht06":
        wrong(pl, pb, pb_true, "payback (knock-on)")
        wrong(pl, sprof[0], t["profit_true"][0], "profit 2027 (knock-on)")


def fmt_i(x: float) -> str:
    return f"{int(round(x)):,}".replace(",", ".")


# --------------------------------------------------------------------------- the theme: restated figures
def check_theme(key: str, pl: Plan) -> None:
    """The superseded figures are there, marked as superseded, and the figures that replace them are the
    plan's own (everything the tables use)."""
    p = PLANS[key]
    m = model(p)
    o = p.get("old", {})
    P = p["products"]
    if key == "ht01":
        c = pl.tab("Đối chiếu số liệu điều chỉnh")
        pairs = [("Sản lượng năm 2027", o["out27"], m["out"][0]), ("Giá hộp 10 chiếc", o["price_box"], P[0][3][0]),
                 ("Doanh thu năm 2027", o["rev27"], m["rev"][0]), ("Tổng vốn đầu tư", o["inv"], m["inv_total"]),
                 ("Vốn vay ngân hàng", o["loan"], p["src"][1][1]), ("Thời gian hoàn vốn", o["payback"], m["payback"])]
        for lab, old, new in pairs:
            got = rowv(pl, c, lab, n=2)
            ok(pl, got[0], old, f"comparison table, old {lab}")
            ok(pl, got[1], new, f"comparison table, adjusted {lab}")
            pl.check(off(old, new), f"comparison row {lab} shows no change")
        pl.has("Bản điều chỉnh lần 1", "thay thế bản ngày 15/7/2026", "Sau khi rà soát lại", "thay cho 26.000 kg",
               "bản trước dự kiến 48.000 đồng", "số 3,6 năm là số đã cập nhật", "nay cập nhật 19.100")
    elif key == "ht02":
        e = pl.tab("Số liệu đính chính")
        area0 = p["raws"][0][4][0][1][0]
        old_rev = sum(pr[4][0] * (o["price_tea"] if i == 0 else pr[3][0]) for i, pr in enumerate(P)) / 1e6
        for lab, old, new in [("Diện tích", o["area"], area0), ("Giá trà túi lọc", o["price_tea"], P[0][3][0]),
                              ("Doanh thu năm 2027", o["rev27"], m["rev"][0]), ("Sản lượng năm 2026", o["hist26"], m["h_out"][2])]:
            got = rowv(pl, e, lab, n=2)
            ok(pl, got[0], old, f"erratum, wrong {lab}")
            ok(pl, got[1], new, f"erratum, right {lab}")
        ok(pl, o["rev27"], old_rev, "the superseded revenue = boxes x the superseded price")
        pl.has("Phụ lục. Đính chính số liệu so với bản gửi ngày 18/8/2026", "Năm 2026 (cập nhật)",
               "số đã cập nhật đến 30/9/2026")
        # the superseded figures appear nowhere else
        pl.check(pl.count("55.000") == 1 and pl.count("3,5") == 1, "a superseded figure is used outside the erratum")
    elif key == "ht03":
        it = pl.tab("Dự toán vốn đầu tư ban đầu")
        for i, (itm, old) in enumerate(zip(p["inv"], o["inv"])):
            v = nums(it[i])
            ok(pl, v[-3], old, f"initial estimate {itm[0]}")
            ok(pl, v[-1], itm[1] - old, f"difference {itm[0]}")
        tot = rowv(pl, it, "Tổng vốn đầu tư")
        ok(pl, tot[0], sum(o["inv"]), "initial total")
        ok(pl, tot[2], tot[1] - tot[0], "total difference")
        pl.has(f"nâng đàn ong lên {o['colonies']} đàn", f"đạt {fmt_i(o['out27'])} kg", "Sau khi rà soát lại",
               "Dự toán ban đầu là 830 triệu đồng", "tổng vốn điều chỉnh còn 650 triệu đồng")
        pl.check(p["raws"][0][4][0][1][0] == 260 and "Quy mô 260 đàn" in pl.body, "adjusted colonies")
    elif key == "ht04":
        for old, new in [("9", "11"), (fmt_i(o["price_box"]), fmt_i(P[0][3][0])), (str(o["dust"]), "90"),
                         ("970", "1.000"), (str(o["own"]), "560"), ("54,6", "56,0"), ("45,4", "44,0")]:
            pl.check(f"{{-{old}-}}{{+{new}+}}" in pl.text, f"tracked change {old} -> {new} missing")
        ok(pl, o["own"] + p["src"][1][1], o["inv"], "the superseded sources equal the superseded total")
        ok(pl, o["inv"] - o["dust"] + p["inv"][2][1], m["inv_total"], "the two totals differ by the dust extractor")
        ok(pl, 54.6, o["own"] / o["inv"] * 100, "superseded share")
        pl.has("Tổ có 11 tổ viên", "[^1]", "Số liệu đã cập nhật theo hợp đồng mua gỗ")
        pl.check("{!" in pl.text and "{!" not in pl.body, "reviewer's comment")
        pl.lacks(r"Tổ có 9 tổ viên|\b240\.000\b|\b970\b|\b530\b", "superseded figure in the accepted text")
    elif key == "ht05":
        pl.has(f"dự toán tổng vốn {fmt_i(o['inv'])} triệu đồng", "Sau khi rà soát lại dự toán",
               f"điều chỉnh là {fmt_i(m['inv_total'])} triệu đồng", "Nguồn vốn trên bảo đảm đủ")
        ok(pl, m["src_total"], o["inv"], "the sources add up to the superseded total")
    elif key == "ht06":
        pl.has("Đính chính: bản phương án gửi ngày 20/8/2026", f"là {fmt_i(o['price_jar'][0])} đồng",
               "Lao động (số liệu đã cập nhật sau khi rà soát lại)", f"việc làm ổn định cho {o['staff_social']} lao động",
               f"bố trí {m['staff'][0]} lao động thường xuyên")
        wrong(pl, o["staff_social"], m["staff"][0], "planted figure-inconsistent: workers in section 15 vs the staff table")
        wrong(pl, o["staff_social"], m["staff"][2], "planted figure-inconsistent: workers in section 15 vs 2029")
    elif key == "ht07":
        pl.has(f"từ {fmt_i(p['old_raw_price'])} lên {fmt_i(p['raws'][0][3])} đồng/kg", "đã được cập nhật theo giá mới",
               f"là {fmt_i(o['out27'])} kg hoa khô", "điều chỉnh tăng lên 2.300 kg", "bảo đảm đủ cho sản xuất cả")
        pl.lacks(r"Còn dư|thiếu hụt|Chênh lệch", "a balance row or a shortfall word")
    elif key == "ht08":
        c = pl.tab("Các số liệu đã cập nhật")
        for lab, old, new in [("Sản lượng", o["out"], m["out"][0]), ("Giá túi 10 chiếc", o["price_bag"], P[0][3][0]),
                              ("Số tổ viên", o["members"], 12), ("Tổng vốn đầu tư", o["inv"], m["inv_total"])]:
            got = rowv(pl, c, lab, n=2)
            ok(pl, got[0], old, f"2021 figure {lab}")
            ok(pl, got[1], new, f"updated figure {lab}")
        pl.has("cập nhật từ phương án sản xuất kinh doanh lập năm 2021", "giữ như phương án năm 2021",
               "Công suất hai nồi hấp đáp ứng được sản lượng kế hoạch", "giữ nguyên")
    elif key == "ht09":
        pl.has(f"đặt mục tiêu {fmt_i(o['out29'])} lít năm 2029", "Sau khi rà soát lại", "……/……/2026",
               "[tên nhà cung cấp]", "giữ nguyên các kênh bán", f"giữ nguyên {m['staff'][0]} lao động")
        ts = list(pl.tables())
        pl.check(ts[7].startswith("Giá bán") and ts[11].startswith("Chi phí"),
                 "the note's 'Bảng 8 và Bảng 12' are the price and cost tables")
    elif key == "ht10":
        pl.has("[^1]", f"ghi số ước {fmt_i(o['hist26'])} kg", f"từ {fmt_i(o['price_small'])} xuống "
               f"{fmt_i(P[0][3][0])} đồng", "Giá bán (số liệu đã cập nhật)")
        ok(pl, m["h_out"][2], 9500, "updated 2026 output")


# --------------------------------------------------------------------------- papers and words
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|01/2021/NĐ-CP|"
            r"Luật Hợp tác xã (năm )?2012|cấp huyện|UBND huyện|(?<!\w)huyện(?!\w)")
READY = ("ht01", "ht02", "ht03", "ht04")
OWN = {"ht10": "Công ty TNHH Đặc sản Sông Nghèn"}
OTHER = {"ht10": "Công ty TNHH Gia vị Hồng Lam"}


def hasi(pl: Plan, *snippets: str) -> None:
    """Each snippet present, case-insensitively."""
    low = pl.body.lower()
    for sn in snippets:
        if sn.lower() not in low:
            pl.failures.append(f"text not found: {sn!r}")


def check_words(key: str, pl: Plan) -> None:
    b = pl.body
    if key != "ht09":
        pl.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        hasi(pl, "148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
        pl.lacks(REPLACED, "outdated instrument or district level")
        for d_ in re.findall(r"(?:Đến|hiệu lực đến) (\d{2})/(\d{1,2})/(\d{4})", b):
            pl.check(int(d_[2]) >= 2029, f"paper valid only to {'/'.join(d_)}")
        if key != "ht04":
            hasi(pl, "an toàn thực phẩm", "tiêu chuẩn cơ sở", "thử nghiệm", "tự công bố",
                 {"ht01": "đăng ký môi trường", "ht02": "ủ làm phân", "ht03": "sáp ong"}[key])
        else:
            hasi(pl, "không phải là thực phẩm", "TCCS", "đăng ký môi trường", "chất thải nguy hại", "bảng kê lâm sản")
        if key == "ht02":
            hasi(pl, "không ghi công dụng chữa bệnh")
    if key in ("ht05", "ht06", "ht07", "ht09", "ht10"):
        hasi(pl, "148/QĐ-TTg", "1489/QĐ-TTg")
        pl.lacks(REPLACED, "outdated instrument or district level")
    if key == "ht05":
        pl.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence word")
        hasi(pl, "an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố", "QCVN 6-3:2010/BYT", "nhãn hiệu",
               "đăng ký môi trường", "Không sử dụng cho người dưới 18 tuổi")
    if key == "ht06":
        pl.lacks(r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|(?<!\w)rác|khí thải|ô nhiễm|nước muối thừa",
                 "environmental word")
        hasi(pl, "an toàn thực phẩm", "TCCS", "nhãn hiệu", "43/2017/NĐ-CP")
    if key == "ht07":
        pl.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "product-standard word")
        hasi(pl, "an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "QR", "nhật ký")
    if key == "ht08":
        hasi(pl, "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Can Lộc", "cấp huyện")
        pl.lacks(r"148/QĐ-TTg|1489", "current OCOP instrument")
        hasi(pl, "an toàn thực phẩm", "TCCS", "đăng ký môi trường")
    if key == "ht09":
        pl.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn", "label word")
        hasi(pl, "an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố", "nhãn hiệu", "nhật ký")
        pl.check(bool(re.search(PLACEHOLDER, b)), "planted placeholder missing")
    if key == "ht10":
        pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food-safety word")
        pl.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|đăng ký nhãn", "trademark word")
        hasi(pl, "TCCS", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP", "QR", "đăng ký môi trường")
        pl.check(pl.count(OTHER[key]) >= 3, "the other company's name fewer than 3 times")
        pl.check(pl.count(OWN[key]) >= 3, "own name fewer than 3 times")


# --------------------------------------------------------------------------- sketchy plans
SKETCHY = {
    "ht11": dict(words=(150, 350), has=["2.000 cái/năm", "3.000 cái", "35.000 đồng/cái", "40 triệu đồng",
                                        "70 triệu đồng", "chưa đăng ký kinh doanh"],
                 calc=[(2000 * 35000 / 1e6, 70)]),
    "ht12": dict(words=(150, 350), has=["600 kg", "250.000 đồng/kg", "220.000 đồng/kg", "80 triệu đồng",
                                        "50 triệu đồng", "30 triệu đồng", "132 triệu đồng", "40 triệu đồng"],
                 calc=[(600 * 220000 / 1e6, 132), (50 + 30, 80)]),
}


def check_sketchy(key: str, pl: Plan) -> None:
    s = SKETCHY[key]
    words = len(pl.body.split())
    pl.check(s["words"][0] <= words <= s["words"][1], f"{words} words")
    pl.check(not pl.rows, "a sketchy plan has no table")
    pl.has(*s["has"])
    for a, b_ in s["calc"]:
        ok(pl, a, b_, "sketchy figure")
    pl.lacks(PLACEHOLDER, "template placeholder")
    pl.lacks(r"TCCS|tiêu chuẩn cơ sở|tự công bố|nhãn hiệu|truy xuất|an toàn thực phẩm|môi trường|thử nghiệm",
             "a paper the sketchy plan should not have")


# --------------------------------------------------------------------------- main
def stems() -> list[str]:
    return sorted(p.stem for p in (HERE / "src").glob("ht*.md"))


def main(argv: list[str] | None = None) -> int:
    want = list(argv or [])
    plans = []
    for stem in stems():
        key = stem[:4]
        if want and key not in want and stem not in want:
            continue
        pl = Plan(stem)
        if key in SKETCHY:
            check_sketchy(key, pl)
        else:
            check_full(key, pl)
            check_theme(key, pl)
            check_words(key, pl)
        plans.append(pl)
    if len(plans) != (len(want) or 12):
        print(f"expected {len(want) or 12} plans, found {len(plans)}")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
