"""The 194th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout194/arithmetic.py [gm01 gm05 ...]

Theme: tables with two-level headers (a year over its sub-columns, a group head over its columns, a
unit row under the header, merged label cells written once for several rows). For every full plan
(gm01-gm10) the constants below give the products (pack size, price and packs per year, packaging
cost), the 2024-2026 history planned (KH) and achieved (TH), the materials with their norms and
prices, the supply of the main material by source (own, linked, bought: count x yield), the
equipment (or stitchers') rating, staff by role with the monthly wage (or a piece rate), investment
items and sources, depreciation, loans, selling and other costs and a tax share of revenue. model()
turns them into every figure the plan prints; the throw-away generator that wrote the sources used
the same model. Each table is found by its caption and read through its header rows (a column's key
joins the cells of every header row above it, so "Năm 2027 / SL / (đv)" and "SL 2027" both read as
2027's quantity); every relation is then checked on the printed numbers: revenue = quantity x
price, totals = sums, need = output x norm against the supply, output against the rating, wage
fund = staff x wage x 12, sources = investment, cost lines from their bases, profit = revenue -
cost, margin, payback = investment / (average profit + depreciation). Planted numeric defects must
be off by more than 5 % (the true value beside them), every other relation right within 1 % (or a
rounding slack). Textual defects are asserted through the absence or presence of their words; the
sketchy plans through their length, their missing table and their few figures.
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
HIST_YEARS = (2024, 2025, 2026)
Y = range(3)

# --------------------------------------------------------------------------- constants
# unit: the plan's base unit of output
# products: (label, pack word, size in base units, price đ per year, packs per year, packaging đ/pack)
# hist: 2024-2026 output planned (kh) and achieved (th), average price đ per base unit, margin
# mats: (label, unit, norm per base unit of output, price đ per year); the first is the one supplied
# supply rows: (group own|link|buy, label, count per year, count word, yield per count)
# cap: (rating per day per year, days, text); roles: (label, staff per year, paid per piece?)
# wage: monthly wage per year (triệu đồng); piece: đ per unit of output for piece workers
# energy: đ per base unit; inv: (group, label, unit, quantity, unit price triệu, fixed asset?)
# src: (label, triệu); alloc: per investment item, triệu from each source; life: years
# loan: balance per year (triệu), rate; selling, other: triệu per year; tax: share of revenue
# plant: the planted numeric defects (see model())

PLANS: dict[str, dict] = {
    "gm01": dict(
        unit="kg",
        products=[("Bánh ram chiên sẵn, hộp 10 chiếc (300 g)", "hộp", 0.3, [42000, 42000, 44000], [40000, 44000, 48000], 3500),
                  ("Bánh ram cấp đông, túi 20 chiếc (600 g)", "túi", 0.6, [75000, 75000, 78000], [15000, 16500, 18000], 2500),
                  ("Bánh ram ít, hộp 6 cặp (480 g)", "hộp", 0.48, [65000, 65000, 68000], [6000, 7000, 8000], 5000)],
        hist=dict(kh=[18000, 20500, 22000], th=[18200, 19900, 21600], price=[128000, 131000, 134000],
                  margin=[0.095, 0.10, 0.105], lab_kh=[9, 10, 11], lab_th=[9, 10, 11]),
        mats=[("Gạo nếp cái", "kg", 0.45, [30000, 30000, 31000]),
              ("Thịt lợn, tôm đất", "kg", 0.20, [160000, 160000, 165000]),
              ("Đậu xanh, hành, gia vị", "kg", 0.10, [50000, 50000, 52000]),
              ("Dầu ăn", "lít", 0.06, [45000, 45000, 46000])],
        supply=dict(mat=0, rows=[("own", "Ruộng nếp công ty thuê", [2, 2, 2], "ha", 3000),
                                 ("link", "Hộ liên kết thôn Trung Lương", [24, 26, 28], "hộ", 250),
                                 ("buy", "Đại lý gạo Phú Lộc", [1, 1, 1], "đại lý", 1500)]),
        cap=([120, 120, 120], 300, "2 chảo × 60 kg/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], False), ("Xay bột, làm nhân, nặn bánh", [5, 5, 6], False),
               ("Chiên, cấp đông", [2, 2, 2], False), ("Đóng gói, kho, bán hàng", [3, 3, 3], False)],
        wage=[5.5, 5.8, 6.1], piece=0,
        energy=8000,
        inv=[("Xây dựng", "Cải tạo xưởng một chiều", "m²", 150, 1.2, True),
             ("Xây dựng", "Kho lạnh bảo quản 20 m³", "kho", 1, 150, True),
             ("Thiết bị", "Chảo chiên tự động 60 kg/ngày", "chiếc", 2, 95, True),
             ("Thiết bị", "Máy xay bột nước", "chiếc", 1, 45, True),
             ("Thiết bị", "Tủ cấp đông", "chiếc", 2, 60, True),
             ("Thiết bị", "Máy đóng gói hút chân không", "chiếc", 1, 85, True),
             ("Chi phí khác", "Bao bì, mã vạch, tem truy xuất", "gói", 1, 40, False),
             ("Chi phí khác", "Kiểm nghiệm, công bố, nhãn hiệu", "gói", 1, 35, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 400, False)],
        src=[("Vốn chủ sở hữu", 745), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, selling=[90, 100, 110], other=[50, 55, 60], tax=0.015),
    "gm02": dict(
        unit="kg",
        products=[("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [240000, 240000, 250000], [2400, 2600, 2800], 9000),
                  ("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 190000, 200000], [5200, 5600, 6000], 7000),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, [600000, 600000, 620000], [300, 320, 350], 15000)],
        hist=dict(kh=[5000, 5200, 5700], th=[4900, 5250, 5550], price=[270000, 278000, 285000],
                  margin=[0.10, 0.11, 0.115]),
        mats=[("Mật ong thô (độ ẩm 21 – 23 %)", "kg", 1.06, [130000, 130000, 135000])],
        supply=dict(mat=0, rows=[("own", "Đàn ong của thành viên", [420, 460, 500], "đàn", 12),
                                 ("link", "Hộ nuôi ong liên kết", [15, 16, 17], "hộ", 150),
                                 ("buy", "Thu mua của hộ nuôi ong lẻ", [10, 10, 10], "hộ", 50)]),
        cap=([40, 40, 40], 250, "2 mẻ × 20 kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], False), ("Kỹ thuật viên đàn ong", [2, 2, 2], False),
               ("Lọc, hạ thủy phần, đóng chai", [2, 2, 3], False), ("Bán hàng", [1, 1, 1], False)],
        wage=[5.0, 5.2, 5.4], piece=0, energy=3000,
        inv=[("Nhà xưởng", "Phòng lọc, đóng chai", "m²", 40, 2.5, True),
             ("Thiết bị", "Máy hạ thủy phần 20 kg/mẻ", "máy", 1, 180, True),
             ("Thiết bị", "Bồn lắng inox 500 lít", "bồn", 2, 18, True),
             ("Thiết bị", "Máy chiết rót, đóng nắp", "máy", 1, 65, True),
             ("Đàn ong", "Thùng ong, đàn giống bổ sung", "đàn", 80, 1.0, True),
             ("Chi phí khác", "Bao bì, tem truy xuất QR", "gói", 1, 30, False),
             ("Chi phí khác", "Kiểm nghiệm, công bố, nhãn hiệu", "gói", 1, 25, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 250, False)],
        src=[("Vốn góp của thành viên", 366), ("Quỹ đầu tư phát triển của HTX", 100),
             ("Vay Ngân hàng Chính sách xã hội", 300)],
        alloc=[[100, 0, 0], [0, 0, 180], [36, 0, 0], [0, 0, 65], [80, 0, 0], [0, 30, 0], [0, 25, 0],
               [150, 45, 55]],
        life=8, loan=[300, 200, 100], rate=0.066, selling=[60, 65, 70], other=[30, 30, 35], tax=0.015),
    "gm03": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [42000, 42000, 44000], [24000, 26400, 29000], 4500),
                  ("Trà cà gai leo khô, túi 200 g", "túi", 0.2, [85000, 85000, 88000], [3000, 3300, 3600], 2000),
                  ("Cà gai leo khô, bao 1 kg", "bao", 1, [350000, 350000, 360000], [300, 330, 360], 3000)],
        hist=dict(kh=[1600, 1800, 1950], th=[1650, 1780, 1980], price=[600000, 615000, 630000],
                  margin=[0.09, 0.10, 0.10]),
        mats=[("Cà gai leo tươi", "kg", 6.0, [15000, 15000, 15500]),
              ("Cam thảo, hoa cúc phối trộn", "kg", 0.08, [250000, 250000, 260000])],
        supply=dict(mat=0, rows=[("own", "Vườn cà gai leo của hộ", [1.0, 1.1, 1.2], "ha", 6000),
                                 ("link", "Hộ liên kết thôn Tân Hòa", [9, 10, 11], "hộ", 700),
                                 ("buy", "Hợp tác xã dược liệu Sơn Bằng", [1, 1, 1], "hợp đồng", 2000)]),
        cap=([12, 12, 12], 260, "máy sấy 12 kg khô/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], False), ("Thu hái, sơ chế, sấy", [3, 3, 3], False),
               ("Nghiền, đóng túi lọc, đóng hộp", [3, 3, 4], False), ("Bán hàng, giao hàng", [1, 1, 1], False)],
        wage=[5.5, 5.8, 6.1], piece=0, energy=15000,
        inv=[("Nhà xưởng", "Cải tạo phòng sơ chế, đóng gói", "m²", 60, 1.5, True),
             ("Thiết bị", "Máy sấy bơm nhiệt 12 kg khô/ngày", "máy", 1, 160, True),
             ("Thiết bị", "Máy nghiền dược liệu", "máy", 1, 45, True),
             ("Thiết bị", "Máy đóng túi lọc tự động", "máy", 1, 220, True),
             ("Chi phí khác", "Thiết kế hộp, túi, tem QR", "gói", 1, 35, False),
             ("Chi phí khác", "Kiểm nghiệm, tự công bố, nhãn hiệu", "gói", 1, 30, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 200, False)],
        src=[("Vốn tự có của hộ", 380), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, selling=[150, 160, 170], other=[60, 60, 65], tax=0.015),
    "gm04": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống 16 vòng", "chiếc", 1, [65000, 65000, 68000], [10000, 11000, 12000], 1000),
                  ("Nón bài thơ lót lụa", "chiếc", 1, [120000, 120000, 125000], [4000, 4400, 4800], 5000),
                  ("Nón lá mini trang trí", "chiếc", 1, [35000, 35000, 38000], [2000, 2200, 2400], 2000)],
        hist=dict(kh=[13000, 14000, 15000], th=[12600, 14200, 14800], price=[70000, 72000, 74000],
                  margin=[0.10, 0.11, 0.12]),
        mats=[("Lá nón đã phơi, là phẳng", "kg", 0.12, [60000, 60000, 62000]),
              ("Vành tre, khung nón", "bộ", 1.0, [4000, 4000, 4200]),
              ("Chỉ cước, quai, sơn bóng", "bộ", 1.0, [3000, 3000, 3200])],
        supply=dict(mat=0, rows=[("own", "Đồi lá nón của tổ viên", [2, 2, 2], "ha", 450),
                                 ("link", "Hộ trồng lá nón xã Sơn Kim Thượng", [8, 10, 11], "hộ", 120),
                                 ("buy", "Mối lá chợ Hà Linh", [1, 1, 1], "mối", 300)]),
        cap=([75, 82.5, 90], 260, "thợ khâu × 2,5 chiếc/ngày"),
        roles=[("Tổ trưởng kiêm kế toán", [1, 1, 1], False), ("Sơ chế lá, chuốt vành", [2, 2, 2], False),
               ("Bán hàng, giao hàng", [1, 1, 1], False), ("Thợ khâu nón (khoán theo chiếc)", [30, 33, 36], True)],
        wage=[4.8, 5.0, 5.2], piece=24000, energy=1500,
        inv=[("Nhà xưởng", "Nhà sơ chế lá và kho", "m²", 80, 1.5, True),
             ("Thiết bị", "Lò sấy lá nón bằng điện", "lò", 2, 35, True),
             ("Thiết bị", "Máy là lá nón", "máy", 2, 18, True),
             ("Thiết bị", "Khuôn nón inox các cỡ", "bộ", 10, 2.5, True),
             ("Chi phí khác", "Thiết kế mẫu, thẻ treo, hộp quà", "gói", 1, 30, False),
             ("Chi phí khác", "Đăng ký nhãn hiệu, tiêu chuẩn cơ sở", "gói", 1, 20, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 150, False)],
        src=[("Vốn góp của tổ viên", 251), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066, selling=[50, 55, 60], other=[20, 20, 25], tax=0.015),
    "gm05": dict(
        unit="lít",
        products=[("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, [110000, 110000, 115000], [14000, 25200, 42800], 6000),
                  ("Rượu sim 29 độ, bình sứ 1,5 lít", "bình", 1.5, [380000, 380000, 390000], [1200, 2160, 3670], 45000),
                  ("Rượu sim 29 độ, can 2 lít", "can", 2, [220000, 220000, 230000], [1500, 2700, 4590], 8000)],
        hist=dict(kh=[10000, 10500, 11500], th=[9800, 10500, 11200], price=[185000, 190000, 195000],
                  margin=[0.11, 0.12, 0.12]),
        mats=[("Quả sim chín", "kg", 1.2, [32000, 32000, 33000]),
              ("Gạo nếp", "kg", 0.8, [30000, 30000, 31000]),
              ("Men rượu, đường phèn", "kg", 0.06, [60000, 60000, 62000])],
        supply=dict(mat=0, rows=[("own", "Đồi sim của công ty", [6, 6, 6], "ha", 1500),
                                 ("link", "Hộ liên kết hái sim", [20, 45, 90], "hộ", 400),
                                 ("buy", "Thu mua sim rừng", [1, 1, 1], "điểm", 2000)]),
        cap=([200, 200, 200], 250, "2 nồi × 100 lít/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], False), ("Ngâm, ủ, chưng cất", [3, 3, 3], False),
               ("Lọc, chiết chai, kho", [2, 2, 2], False), ("Bán hàng", [1, 1, 1], False)],
        wage=[6.0, 6.3, 6.6], piece=0, energy=6000,
        inv=[("Xây dựng", "Nhà ủ và kho rượu", "m²", 100, 2.0, True),
             ("Thiết bị", "Nồi chưng cất inox 100 lít/ngày", "nồi", 2, 85, True),
             ("Thiết bị", "Thùng ngâm, ủ inox 1.000 lít", "thùng", 8, 15, True),
             ("Thiết bị", "Máy lọc, khử andehit, chiết rót", "bộ", 1, 210, True),
             ("Chi phí khác", "Thiết kế nhãn, bao bì, tem QR", "gói", 1, 45, False),
             ("Chi phí khác", "Kiểm nghiệm, công bố, nhãn hiệu", "gói", 1, 35, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 400, False)],
        src=[("Vốn chủ sở hữu", 680), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, selling=[150, 250, 400], other=[60, 60, 70], tax=0.02,
        plant=dict(mat_total=0.88)),
    "gm06": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 30 độ đạm, chai 500 ml", "chai", 0.5, [65000, 65000, 68000], [20000, 22000, 24000], 4000),
                  ("Nước mắm 20 độ đạm, chai 1 lít", "chai", 1, [55000, 55000, 58000], [12000, 13000, 14000], 5000),
                  ("Nước mắm 15 độ đạm, can 5 lít", "can", 5, [180000, 180000, 190000], [1600, 1800, 2100], 12000)],
        hist=dict(kh=[26000, 27000, 28000], th=[25000, 26800, 28400], price=[70000, 72000, 74000],
                  margin=[0.10, 0.11, 0.11]),
        mats=[("Cá cơm tươi", "kg", 1.2, [22000, 22000, 23000]),
              ("Muối hạt", "kg", 0.4, [4000, 4000, 4200])],
        supply=dict(mat=0, rows=[("own", "Tàu khai thác của thành viên", [5, 5, 5], "tàu", 5000),
                                 ("link", "Vựa cá bến Cửa Nhượng Nam", [2, 2, 2], "vựa", 5500),
                                 ("buy", "Mua tại chợ cá", [1, 1, 1], "chợ", 1000)]),
        cap=([100, 100, 100], 450, "100 bể chượp × 450 lít/năm"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3], False), ("Ướp chượp, kéo rút, lọc", [4, 4, 5], False),
               ("Chiết chai, đóng thùng", [2, 2, 2], False), ("Bán hàng", [1, 1, 1], False)],
        wage=[5.5, 5.8, 6.1], piece=0, energy=3000,
        inv=[("Xây dựng", "Nhà lọc, chiết chai", "m²", 80, 2.5, True),
             ("Thiết bị", "Bể chượp composite 500 lít", "bể", 30, 4.5, True),
             ("Thiết bị", "Hệ thống lọc, chiết rót bán tự động", "bộ", 1, 180, True),
             ("Thiết bị", "Máy dán nhãn, in hạn dùng", "máy", 1, 60, True),
             ("Chi phí khác", "Bao bì, nhãn, tem truy xuất", "gói", 1, 40, False),
             ("Chi phí khác", "Kiểm nghiệm, công bố chất lượng", "gói", 1, 25, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 350, False)],
        src=[("Vốn góp của thành viên", 390), ("Quỹ đầu tư phát triển của HTX", 100),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, selling=[80, 85, 90], other=[40, 40, 45], tax=0.015,
        plant=dict(rev_line=(0, 1, 1640.0))),
    "gm07": dict(
        unit="kg",
        products=[("Chè búp khô đặc biệt, túi 200 g", "túi", 0.2, [90000, 90000, 95000], [3000, 3300, 3600], 2500),
                  ("Chè búp khô loại 1, túi 500 g", "túi", 0.5, [150000, 150000, 155000], [1600, 1750, 1900], 3000),
                  ("Chè xanh khô, gói 1 kg", "gói", 1, [220000, 220000, 230000], [300, 330, 360], 3000)],
        hist=dict(kh=[1400, 1500, 1600], th=[1380, 1520, 1580], price=[310000, 320000, 330000],
                  margin=[0.10, 0.11, 0.11]),
        mats=[("Búp chè tươi", "kg", 4.5, [12000, 12000, 12500])],
        supply=dict(mat=0, rows=[("own", "Đồi chè của gia đình", [1.2, 1.2, 1.2], "ha", 5000),
                                 ("link", "Hộ trồng chè cùng thôn", [4, 5, 5], "hộ", 1000),
                                 ("buy", "Mua búp vụ cao điểm", [1, 1, 1], "đợt", 500)]),
        cap=([10, 10, 10], 240, "2 chảo × 5 kg chè khô/ngày"),
        roles=[("Chủ cơ sở, sổ sách", [1, 1, 1], False), ("Hái, vò, sao chè", [2, 2, 2], False),
               ("Lao động thuê theo mùa", [2, 2, 2], False), ("Đóng gói, bán hàng", [1, 1, 1], False)],
        wage=[4.5, 4.7, 5.0], piece=0, energy=10000,
        inv=[("Xây dựng", "Nhà sao chè, kho", "m²", 40, 1.5, True),
             ("Thiết bị", "Chảo sao chè quay điện", "chiếc", 2, 25, True),
             ("Thiết bị", "Máy vò chè", "máy", 1, 30, True),
             ("Thiết bị", "Máy hút chân không, hàn túi", "máy", 1, 15, True),
             ("Chi phí khác", "Thiết kế bao bì, tem", "gói", 1, 20, False),
             ("Chi phí khác", "Phân bón hữu cơ, cải tạo đồi chè", "gói", 1, 40, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 80, False)],
        src=[("Vốn tự có của gia đình", 120), ("Vay Ngân hàng Chính sách xã hội", 100)],
        life=8, loan=[100, 70, 40], rate=0.066, selling=[20, 22, 25], other=[10, 10, 12], tax=0.015),
    "gm08": dict(
        unit="lít",
        products=[("Tinh dầu sả chanh, chai 10 ml", "chai", 0.01, [38000, 38000, 40000], [20000, 22000, 24000], 5000),
                  ("Tinh dầu sả chanh, chai 50 ml", "chai", 0.05, [140000, 140000, 148000], [3000, 3300, 3600], 8000),
                  ("Tinh dầu sả chanh, can 1 lít", "can", 1, [1500000, 1500000, 1580000], [150, 165, 180], 30000)],
        hist=dict(kh=[380, 420, 460], th=[390, 410, 470], price=[2600000, 2700000, 2750000],
                  margin=[0.12, 0.13, 0.13]),
        mats=[("Cây sả chanh tươi", "kg", 150, [2500, 2500, 2600])],
        supply=dict(mat=0, rows=[("own", "Ruộng sả của hợp tác xã", [3.5, 3.5, 3.5], "ha", 18000),
                                 ("link", "Hộ thành viên trồng sả", [15, 16, 18], "hộ", 1500),
                                 ("buy", "Mua sả của hộ ngoài", [1, 1, 1], "mối", 5000)]),
        cap=([3, 3, 3], 280, "2 nồi × 1,5 lít tinh dầu/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], False), ("Trồng, thu hoạch sả", [3, 3, 3], False),
               ("Chưng cất, lọc, chiết chai", [2, 2, 2], False), ("Bán hàng", [1, 1, 2], False)],
        wage=[5.5, 5.8, 6.0], piece=0, energy=60000,
        inv=[("Xây dựng", "Nhà chưng cất và kho", "m²", 100, 1.8, True),
             ("Thiết bị", "Nồi chưng cất hơi nước 250 kg/mẻ", "nồi", 2, 120, True),
             ("Thiết bị", "Bình phân ly, lọc tinh dầu", "bộ", 2, 25, True),
             ("Thiết bị", "Máy chiết rót chai nhỏ", "máy", 1, 60, True),
             ("Chi phí khác", "Kiểm nghiệm, tiêu chuẩn cơ sở", "gói", 1, 30, False),
             ("Chi phí khác", "Đăng ký nhãn hiệu", "gói", 1, 15, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 250, False)],
        src=[("Vốn góp của thành viên", 425), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, selling=[120, 130, 140], other=[40, 45, 50], tax=0.015,
        plant=dict(profit_line=(1, 1.30))),
    "gm09": dict(
        unit="kg",
        products=[("Miến dong sợi nhỏ, gói 500 g", "gói", 0.5, [45000, 45000, 47000], [60000, 72000, 86000], 1500),
                  ("Miến dong sợi to, gói 1 kg", "gói", 1, [85000, 85000, 88000], [20000, 24000, 28800], 2000),
                  ("Miến dong, bao 10 kg", "bao", 10, [780000, 780000, 800000], [1500, 1800, 2150], 8000)],
        hist=dict(kh=[50000, 57000, 62000], th=[52000, 56500, 60800], price=[80000, 82000, 84000],
                  margin=[0.08, 0.09, 0.09]),
        mats=[("Tinh bột dong riềng", "kg", 1.15, [32000, 32000, 33000])],
        supply=dict(mat=0, rows=[("own", "Vùng dong riềng của công ty", [15, 15, 15], "ha", 3000),
                                 ("link", "Hộ liên kết trồng dong riềng", [30, 42, 56], "hộ", 1000),
                                 ("buy", "Cơ sở lọc tinh bột ngoài vùng", [1, 1, 1], "cơ sở", 12000)]),
        cap=([300, 300, 300], 280, "dây chuyền 300 kg/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3], False), ("Tráng, cắt, phơi sấy", [8, 9, 10], False),
               ("Đóng gói, kho", [3, 3, 4], False), ("Bán hàng", [2, 2, 2], False)],
        wage=[6.0, 6.3, 6.6], piece=0, energy=4000,
        inv=[("Xây dựng", "Sân phơi có mái che", "m²", 300, 0.8, True),
             ("Xây dựng", "Kho thành phẩm", "m²", 120, 1.5, True),
             ("Thiết bị", "Máy sấy miến bằng hơi nóng", "máy", 1, 450, True),
             ("Thiết bị", "Máy đóng gói định lượng", "máy", 1, 180, True),
             ("Chi phí khác", "Bao bì, mã vạch, tem truy xuất", "gói", 1, 60, False),
             ("Chi phí khác", "Kiểm nghiệm, công bố, nhãn hiệu", "gói", 1, 40, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 850, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.08, selling=[200, 230, 260], other=[80, 90, 100], tax=0.015,
        plant=dict(payback=0.9)),
    "gm10": dict(
        unit="kg",
        products=[("Cá cơm khô loại 1, túi 500 g", "túi", 0.5, [160000, 160000, 168000], [6000, 6600, 7200], 2500),
                  ("Cá cơm khô tẩm gia vị, hộp 200 g", "hộp", 0.2, [85000, 85000, 90000], [5000, 5500, 6000], 4000),
                  ("Cá cơm khô, thùng 5 kg", "thùng", 5, [1400000, 1400000, 1450000], [200, 220, 240], 10000)],
        hist=dict(kh=[4000, 4300, 4600], th=[4100, 4250, 4700], price=[300000, 310000, 320000],
                  margin=[0.09, 0.10, 0.10]),
        mats=[("Cá cơm tươi", "kg", 3.5, [45000, 45000, 46000]),
              ("Muối, gia vị tẩm", "kg", 0.1, [20000, 20000, 21000])],
        supply=dict(mat=0, rows=[("own", "Thuyền của gia đình", [1, 1, 1], "thuyền", 6000),
                                 ("link", "Thuyền bạn trong thôn", [3, 3, 4], "thuyền", 3500),
                                 ("buy", "Mua tại cảng cá", [1, 1, 1], "cảng", 4000)]),
        cap=([30, 30, 30], 240, "2 buồng × 15 kg khô/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], False), ("Ra cá, luộc, phơi sấy", [3, 3, 4], False),
               ("Đóng gói, giao hàng", [1, 2, 2], False)],
        wage=[5.0, 5.3, 5.6], piece=0, energy=12000,
        inv=[("Xây dựng", "Nhà sơ chế, sân phơi có lưới", "m²", 120, 1.0, True),
             ("Thiết bị", "Máy sấy cá 2 buồng", "máy", 1, 160, True),
             ("Thiết bị", "Tủ đông bảo quản", "tủ", 2, 30, True),
             ("Thiết bị", "Máy hút chân không", "máy", 1, 25, True),
             ("Chi phí khác", "Bao bì, hộp, tem truy xuất", "gói", 1, 30, False),
             ("Chi phí khác", "Kiểm nghiệm, công bố, nhãn hiệu", "gói", 1, 25, False),
             ("Chi phí khác", "Vốn lưu động", "", 1, 200, False)],
        src=[("Vốn tự có của hộ", 320), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, selling=[40, 45, 50], other=[20, 20, 25], tax=0.015),
}


# --------------------------------------------------------------------------- the model
def model(key: str) -> dict:
    """Every figure of a full plan: the true one, and (key + "_s") the one the plan prints where a
    planted defect makes them differ. Money in triệu đồng, quantities in the plan's units."""
    c = PLANS[key]
    plant = c.get("plant", {})
    m: dict = {}
    prods = c["products"]
    m["packs"] = [[p[4][y] for y in Y] for p in prods]
    m["price"] = [[p[3][y] for y in Y] for p in prods]
    m["out"] = [sum(p[2] * p[4][y] for p in prods) for y in Y]
    m["rev_i"] = [[p[4][y] * p[3][y] / 1e6 for y in Y] for p in prods]
    m["rev"] = [sum(r[y] for r in m["rev_i"]) for y in Y]
    # history 2024-2026, plan (KH) and actual (TH)
    h = c["hist"]
    m["h_rev_kh"] = [h["kh"][i] * h["price"][i] / 1e6 for i in Y]
    m["h_rev_th"] = [h["th"][i] * h["price"][i] / 1e6 for i in Y]
    m["h_pro_kh"] = [m["h_rev_kh"][i] * h["margin"][i] for i in Y]
    m["h_pro_th"] = [m["h_rev_th"][i] * h["margin"][i] for i in Y]
    m["h_pct"] = [h["th"][i] / h["kh"][i] * 100 for i in Y]
    # materials and packaging
    m["mat_q"] = [[m["out"][y] * mt[2] for y in Y] for mt in c["mats"]]
    m["mat_c"] = [[m["mat_q"][i][y] * mt[3][y] / 1e6 for y in Y] for i, mt in enumerate(c["mats"])]
    m["pack_c"] = [[p[4][y] * p[5] / 1e6 for y in Y] for p in prods]
    m["raw"] = [sum(x[y] for x in m["mat_c"]) for y in Y]
    m["pack"] = [sum(x[y] for x in m["pack_c"]) for y in Y]
    m["mat_total"] = [m["raw"][y] + m["pack"][y] for y in Y]
    # supply of the main material: own (tự sản xuất), linked (liên kết), bought (mua ngoài)
    s = c["supply"]
    m["sup_rows"] = [[r[2][y] * r[4] for y in Y] for r in s["rows"]]
    m["sup_grp"] = {g: [sum(r[2][y] * r[4] for r in s["rows"] if r[0] == g) for y in Y]
                    for g in ("own", "link", "buy")}
    m["supply"] = [sum(x[y] for x in m["sup_rows"]) for y in Y]
    m["need"] = m["mat_q"][s["mat"]]
    m["balance"] = [m["supply"][y] - m["need"][y] for y in Y]
    # capacity
    rate, days = c["cap"][0], c["cap"][1]
    m["cap"] = [rate[y] * days for y in Y]
    m["use"] = [m["out"][y] / m["cap"][y] * 100 for y in Y]
    # staff and wages (piece workers are paid per unit of output)
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m["piece_c"] = [m["out"][y] * c.get("piece", 0) / 1e6 for y in Y]
    m["wage_fund_i"] = [[m["piece_c"][y] if r[2] else r[1][y] * c["wage"][y] * 12 for y in Y]
                        for r in c["roles"]]
    m["wages"] = [sum(x[y] for x in m["wage_fund_i"]) for y in Y]
    # investment and sources
    m["inv_i"] = [i[3] * i[4] for i in c["inv"]]
    m["inv"] = sum(m["inv_i"])
    m["fixed"] = sum(i[3] * i[4] for i in c["inv"] if i[5])
    m["src"] = sum(x[1] for x in c["src"])
    m["dep"] = m["fixed"] / c["life"]
    m["interest"] = [b * c["rate"] for b in c["loan"]]
    m["energy"] = [m["out"][y] * c["energy"] / 1e6 for y in Y]
    m["selling"], m["other"] = list(c["selling"]), list(c["other"])

    def costs(rev):
        tax = [rev[y] * c["tax"] for y in Y]
        cost = [m["mat_total"][y] + m["wages"][y] + m["energy"][y] + m["dep"] + m["interest"][y]
                + c["selling"][y] + c["other"][y] + tax[y] for y in Y]
        return tax, cost

    m["tax"], m["cost"] = costs(m["rev"])
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    # what the plan prints
    m["rev_i_s"] = [list(r) for r in m["rev_i"]]
    if "rev_line" in plant:  # one revenue line printed wrong; the totals and the rest follow it
        i, y, v = plant["rev_line"]
        m["rev_i_s"][i][y] = v
    m["rev_s"] = [sum(r[y] for r in m["rev_i_s"]) for y in Y]
    m["tax_s"], m["cost_s"] = costs(m["rev_s"])
    m["profit_s"] = [m["rev_s"][y] - m["cost_s"][y] for y in Y]
    if "profit_line" in plant:  # one year's profit printed wrong in the summary
        y, f = plant["profit_line"]
        m["profit_s"][y] = round(m["profit_s"][y] * f, 1)
    m["margin_s"] = [m["profit_s"][y] / m["rev_s"][y] * 100 for y in Y]
    m["payback_s"] = round(m["inv"] / (sum(m["profit_s"]) / 3 + m["dep"]), 1)
    if "payback" in plant:
        m["payback_s"] = plant["payback"]
    m["mat_total27_s"] = m["mat_total"][0] * plant.get("mat_total", 1.0)
    return m


# --------------------------------------------------------------------------- reading the tables
def F(x: float, d: int = 0) -> str:
    """A number written the Vietnamese way (1.234,5)."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


_NUMCELL = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$")


def num(cell: str) -> float | None:
    c = cell.strip()
    return vn(c) if _NUMCELL.match(c) else None


class Table:
    """A Markdown table under its caption. The header is the first row plus every following row whose
    label cells (the first `nlab`) are empty: a year over its sub-columns, a group head over its
    columns, a unit row. Each column's key joins its header cells ("Năm 2027 / SL / (đv)")."""

    def __init__(self, caption: str, rows: list[list[str]], nlab: int):
        self.caption = caption
        i = 1
        while i < len(rows) and all(not c for c in rows[i][:nlab]):
            i += 1
        self.header, self.data = rows[:i], rows[i:]
        width = max(len(r) for r in rows)
        self.keys = [" / ".join(r[j] for r in self.header if j < len(r) and r[j]) for j in range(width)]

    def cols(self, *pats: str) -> list[int]:
        return [j for j, k in enumerate(self.keys) if all(re.search(p, k) for p in pats)]

    def col(self, *pats: str) -> int:
        found = self.cols(*pats)
        if not found:
            raise KeyError(f"{self.caption}: no column {pats} in {self.keys}")
        return found[0]

    def v(self, r: int, j: int) -> float:
        x = num(self.data[r][j]) if j < len(self.data[r]) else None
        if x is None:
            raise KeyError(f"{self.caption}: row {r} col {j} not a number: {self.data[r]}")
        return x

    def find(self, label: str) -> int:
        for r, row in enumerate(self.data):
            if any(c.startswith(label) for c in row[:3]):
                return r
        raise KeyError(f"{self.caption}: no row {label!r}")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.lines = self.body.splitlines()

    def table(self, title: str, nlab: int = 1) -> Table:
        for k, ln in enumerate(self.lines):
            if re.match(r"^Bảng \d+\. ", ln) and title in ln:
                rows, started = [], False
                for x in self.lines[k + 1:]:
                    if x.startswith("|"):
                        started = True
                        if not re.match(r"^\|(-+\|)+$", x.strip()):
                            rows.append([c.strip() for c in x.strip().strip("|").split("|")])
                    elif started:
                        break
                    elif x.startswith("Bảng "):
                        break
                return Table(ln, rows, nlab)
        raise KeyError(f"no table captioned {title!r}")

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


# --------------------------------------------------------------------------- relations
class Rel:
    """Each relation checked on a plan: planted ones must be off by more than 5 % (the true value is
    given beside), every other one right within 1 % (or an absolute slack for rounded figures)."""

    def __init__(self, p: Plan, planted: set[str]):
        self.p, self.planted, self.seen = p, planted, set()

    def __call__(self, rid: str, printed: float, true: float, slack: float = 0.0) -> None:
        if rid in self.planted:
            self.seen.add(rid)
            self.p.check(off(printed, true), f"{rid}: planted defect not off by > 5 %: {printed} vs {true}")
        else:
            ok = abs(printed - true) <= slack or close(printed, true)
            self.p.check(ok, f"{rid}: {printed} but {round(true, 3)} expected")

    def done(self) -> None:
        for rid in self.planted - self.seen:
            self.p.failures.append(f"planted relation never checked: {rid}")


# --------------------------------------------------------------------------- where each table is
# kind -> caption words (and the number of label columns where the group label takes one)
TITLES: dict[str, dict] = {
    "gm01": dict(hist="Kết quả sản xuất kinh doanh 2024", prices="Giá bán dự kiến theo năm",
                 supply="Cân đối nhu cầu và nguồn cung gạo nếp", cap="Sản lượng kế hoạch so với công suất",
                 plan="Kế hoạch sản lượng và doanh thu", staff="Lao động và quỹ lương",
                 inv="Dự toán vốn đầu tư", src="Cơ cấu nguồn vốn", mat="Chi phí nguyên vật liệu, bao bì năm 2027",
                 cost="Chi phí sản xuất kinh doanh 2027", sum="Tổng hợp hiệu quả kinh tế"),
    "gm02": dict(hist="Kết quả hoạt động 2024", prices="Giá bán sản phẩm của hợp tác xã",
                 supply="Nguồn mật ong nguyên liệu", supply_rows=True, cap="Công suất máy hạ thủy phần",
                 plan="Sản lượng và doanh thu kế hoạch", staff="Bố trí lao động", inv="Hạng mục đầu tư",
                 src="Phân bổ nguồn vốn", mat="Chi phí mật ong nguyên liệu", cost="Dự toán chi phí",
                 sum="Doanh thu, chi phí, lợi nhuận"),
    "gm03": dict(hist="Kết quả sản xuất, kinh doanh 2024", prices="Bảng giá bán lẻ dự kiến",
                 supply="Nhu cầu và nguồn cung cà gai leo tươi", cap="Công suất sấy và sản lượng",
                 plan="Sản lượng và doanh thu theo sản phẩm", staff="Lao động và tiền công", inv="Dự toán đầu tư",
                 src="Nguồn vốn thực hiện", mat="Nguyên liệu, bao bì năm 2027", cost="Chi phí sản xuất, kinh doanh",
                 sum="Kết quả kinh doanh dự kiến"),
    "gm04": dict(hist="Kết quả sản xuất 2024", prices="Giá bán theo năm", supply="Nguồn lá nón theo năm",
                 supply_rows=True, cap="Năng lực khâu nón", plan="Kế hoạch số lượng và doanh thu",
                 staff="Lao động và tiền công theo năm", inv="Các hạng mục đầu tư", src="Nguồn vốn",
                 mat="Vật tư và bao bì năm 2027", cost="Dự toán chi phí 2027", sum="Hiệu quả sản xuất kinh doanh"),
    "gm05": dict(hist="Kết quả sản xuất kinh doanh giai đoạn", prices="Giá bán sản phẩm",
                 supply="Cân đối quả sim theo năm", cap="Công suất chưng cất", plan="Kế hoạch sản lượng, doanh thu",
                 staff="Lao động và quỹ lương", inv="Dự toán vốn đầu tư", src="Nguồn vốn đầu tư",
                 mat="Chi phí nguyên liệu, bao bì năm 2027", cost="Chi phí sản xuất kinh doanh",
                 sum="Hiệu quả kinh tế của phương án"),
    "gm06": dict(hist="Sản lượng, doanh thu 2024", prices="Giá bán các sản phẩm", supply="Nhu cầu và nguồn cung cá cơm",
                 cap="Công suất bể chượp", plan="Kế hoạch sản lượng và doanh thu", staff="Lao động và quỹ lương",
                 inv="Dự toán đầu tư", src="Cơ cấu nguồn vốn", mat="Nguyên liệu, bao bì năm 2027",
                 cost="Chi phí sản xuất kinh doanh", sum="Doanh thu, chi phí và lợi nhuận"),
    "gm07": dict(hist="Sản lượng và thu nhập 2024", prices="Giá bán chè các năm", supply="Nguồn búp chè tươi",
                 supply_rows=True, cap="Công suất chảo sao", plan="Sản lượng, doanh thu theo loại chè",
                 staff="Lao động và tiền công", inv="Dự toán vốn đầu tư", src="Nguồn vốn",
                 mat="Nguyên liệu, bao bì năm 2027", cost="Chi phí sản xuất các năm", sum="Thu chi và lãi dự kiến"),
    "gm08": dict(hist="Kết quả sản xuất kinh doanh 2024", prices="Giá bán tinh dầu theo năm",
                 supply="Nhu cầu và nguồn cung sả tươi", cap="Công suất chưng cất", plan="Sản lượng, doanh thu từng loại",
                 staff="Lao động và quỹ lương", inv="Dự toán đầu tư", src="Nguồn vốn",
                 mat="Chi phí nguyên liệu, bao bì năm 2027", cost="Dự toán chi phí", sum="Hiệu quả kinh tế"),
    "gm09": dict(hist="Kết quả sản xuất kinh doanh ba năm", prices="Giá bán các loại miến",
                 supply="Nguồn tinh bột dong riềng", supply_rows=True, cap="Công suất dây chuyền",
                 plan="Kế hoạch sản lượng và doanh thu", staff="Nhân lực và quỹ lương", inv="Dự toán vốn đầu tư",
                 src="Nguồn vốn đầu tư", mat="Nguyên liệu, bao bì năm 2027", cost="Chi phí sản xuất kinh doanh",
                 sum="Doanh thu, chi phí, lợi nhuận"),
    "gm10": dict(hist="Kết quả sản xuất 2024", prices="Giá bán dự kiến", supply="Nhu cầu và nguồn cung cá cơm tươi",
                 cap="Công suất sấy và sản lượng", plan="Sản lượng và doanh thu", staff="Lao động và tiền công",
                 inv="Dự toán đầu tư", src="Nguồn vốn", mat="Nguyên liệu, bao bì năm 2027",
                 cost="Chi phí sản xuất kinh doanh", sum="Hiệu quả kinh tế"),
}
# relation ids planted in each plan (a numeric defect) -> what it is
PLANTED: dict[str, set[str]] = {k: set() for k in TITLES}
PLANTED.update({
    "gm05": {"mat.total", "growth.1", "growth.2"},      # table-total-mismatch, unrealistic-growth
    "gm06": {"revenue.0.1", "supply.enough.1", "supply.enough.2"},  # revenue-mismatch, material-shortfall
    "gm07": {"capital"},                                 # capital-mismatch
    "gm08": {"profit.1"},                                # profit-mismatch
    "gm09": {"cap.within.2", "payback"},                 # capacity-exceeded, payback-mismatch
})


def payback_text(p: Plan) -> float | None:
    mt = re.search(r"hoàn vốn[^.]{0,60}?(\d+,\d+|\d+) năm", p.body)
    return vn(mt.group(1)) if mt else None


def check_full(key: str, p: Plan) -> dict:
    """Every number of a full plan, read back from its tables, against the model and each other."""
    c, m, T = PLANS[key], model(key), TITLES[key]
    R = Rel(p, PLANTED.get(key, set()))
    h = c["hist"]
    got: dict = {}
    # history: each year over KH | TH
    t = p.table(T["hist"])
    kilo = 1000 if "nghìn" in t.data[1][0] or "1.000" in t.data[1][0] else 1
    for i, yr in enumerate(HIST_YEARS):
        for tag, pat in (("kh", "KH|Kế hoạch"), ("th", "TH|Thực hiện")):
            j = t.col(str(yr), pat)
            R(f"hist.out.{tag}{yr}", t.v(0, j), h[tag][i])
            R(f"hist.price.{tag}{yr}", t.v(1, j) * kilo, h["price"][i])
            R(f"hist.rev.{tag}{yr}", t.v(2, j), t.v(0, j) * t.v(1, j) * kilo / 1e6, 0.06)
            R(f"hist.profit.{tag}{yr}", t.v(3, j), m[f"h_pro_{tag}"][i], 0.06)
    # prices by year
    t = p.table(T["prices"])
    price = [[t.v(i, t.col(str(YEARS[y]))) for y in Y] for i in range(len(c["products"]))]
    for i, pr in enumerate(c["products"]):
        for y in Y:
            R(f"price.{i}.{y}", price[i][y], pr[3][y])
    # output and revenue: each year over (quantity, revenue)
    t = p.table(T["plan"])
    rev_p, out_p = [], []
    for y in Y:
        jq, jd = t.cols(str(YEARS[y]))[:2]
        tot = 0.0
        outy = 0.0
        for i, pr in enumerate(c["products"]):
            sl, dt = t.v(i, jq), t.v(i, jd)
            R(f"packs.{i}.{y}", sl, pr[4][y])
            R(f"revenue.{i}.{y}", dt, sl * price[i][y] / 1e6, 0.06)
            tot += dt
            outy += sl * pr[2]
        r = len(c["products"])
        R(f"revenue.total.{y}", t.v(r, jd), tot, 0.06)
        rev_p.append(t.v(r, jd))
        out_p.append(outy)
        if len(t.data) > r + 1 and num(t.data[r + 1][jq]) is not None:
            R(f"output.{y}", t.v(r + 1, jq), outy)
    got["rev"], got["out"] = rev_p, out_p
    true_rev = [sum(t.v(i, t.cols(str(YEARS[y]))[0]) * price[i][y] / 1e6 for i in range(len(c["products"])))
                for y in Y]
    got["true_rev"] = true_rev
    for y in (1, 2):
        g = out_p[y] / out_p[y - 1]
        R(f"growth.{y}", min(g, 1.35), g)
    # supply of the main material
    s = c["supply"]
    norm = c["mats"][s["mat"]][2]
    t = p.table(T["supply"], 2 if T.get("supply_rows") else 1)
    for y in Y:
        need = out_p[y] * norm
        if T.get("supply_rows"):
            jq = t.cols(str(YEARS[y]))[1]
            tot = 0.0
            for k, row in enumerate(s["rows"]):
                R(f"supply.row{k}.{y}", t.v(k, jq), row[2][y] * row[4])
                tot += t.v(k, jq)
            n = len(s["rows"])
            R(f"supply.total.{y}", t.v(n, jq), tot)
            R(f"supply.need.{y}", t.v(n + 1, jq), need)
            sup, needp = t.v(n, jq), t.v(n + 1, jq)
            if len(t.data) > n + 2:
                R(f"supply.balance.{y}", t.v(n + 2, jq), sup - needp, 1)
        else:
            r = t.find(str(YEARS[y]))
            needp = t.v(r, t.col("Nhu cầu|Cần"))
            parts = [t.v(r, j) for j in t.cols(T.get("supply_group", "Nguồn cung"))]
            for g, v in zip(("own", "link", "buy"), parts):
                R(f"supply.{g}.{y}", v, m["sup_grp"][g][y])
            sup = t.v(r, t.col("Tổng"))
            R(f"supply.need.{y}", needp, need)
            R(f"supply.total.{y}", sup, sum(parts))
            bal = t.cols("Cân đối|Thừa|Dư")
            if bal:
                R(f"supply.balance.{y}", t.v(r, bal[0]), sup - needp, 1)
        R(f"supply.enough.{y}", min(sup, need), need)
    # capacity
    t = p.table(T["cap"])
    for y in Y:
        r = t.find(str(YEARS[y]))
        cap = t.v(r, t.col("Thiết kế|thiết kế"))
        R(f"cap.rating.{y}", cap, c["cap"][0][y] * c["cap"][1])
        R(f"cap.output.{y}", t.v(r, t.col("Sản lượng|Sản xuất")), out_p[y])
        use = t.cols("%")
        if use:
            R(f"cap.use.{y}", t.v(r, use[0]), out_p[y] / cap * 100, 0.06)
        R(f"cap.within.{y}", min(out_p[y], cap), out_p[y])
        got.setdefault("use", []).append(out_p[y] / cap * 100)
    # staff: each year over (people, wage fund)
    t = p.table(T["staff"])
    wages = []
    for y in Y:
        jn, jw = t.cols(str(YEARS[y]))[:2]
        tn = tw = 0.0
        for i, role in enumerate(c["roles"]):
            n, w = t.v(i, jn), t.v(i, jw)
            R(f"staff.{i}.{y}", n, role[1][y])
            R(f"wagefund.{i}.{y}", w, out_p[y] * c["piece"] / 1e6 if role[2] else n * c["wage"][y] * 12, 0.06)
            tn += n
            tw += w
        r = len(c["roles"])
        R(f"staff.total.{y}", t.v(r, jn), tn)
        R(f"wagefund.total.{y}", t.v(r, jw), tw, 0.06)
        wages.append(t.v(r, jw))
    # materials of 2027: quantity | unit price | amount
    t = p.table(T["mat"])
    jq, jp, jt = t.cols("2027")[:3]
    tot = raw = 0.0
    k = 0
    for i, mt in enumerate(c["mats"]):
        R(f"mat.q.{i}", t.v(k, jq), out_p[0] * mt[2])
        R(f"mat.p.{i}", t.v(k, jp), mt[3][0])
        R(f"mat.c.{i}", t.v(k, jt), t.v(k, jq) * t.v(k, jp) / 1e6, 0.06)
        tot += t.v(k, jt)
        raw += t.v(k, jt)
        k += 1
    for i, pr in enumerate(c["products"]):
        R(f"pack.q.{i}", t.v(k, jq), pr[4][0])
        R(f"pack.p.{i}", t.v(k, jp), pr[5])
        R(f"pack.c.{i}", t.v(k, jt), t.v(k, jq) * t.v(k, jp) / 1e6, 0.06)
        tot += t.v(k, jt)
        k += 1
    R("mat.total", t.v(k, jt), tot, 0.06)
    got["mat_total27"] = tot
    # investment: quantity | unit price | amount, group labels once per group
    t = p.table(T["inv"], 2)
    tot = 0.0
    for i, it in enumerate(c["inv"]):
        a = t.v(i, len(t.keys) - 1)
        R(f"inv.{i}", a, it[3] * it[4])
        if it[2]:
            R(f"inv.qp.{i}", a, t.v(i, len(t.keys) - 3) * t.v(i, len(t.keys) - 2))
        tot += a
    inv = t.v(len(c["inv"]), len(t.keys) - 1)
    R("inv.total", inv, tot)
    got["inv"] = inv
    fixed = sum(it[3] * it[4] for it in c["inv"] if it[5])
    # sources
    t = p.table(T["src"])
    if t.cols("Chia theo"):
        heads = t.cols("Chia theo")
        for i, it in enumerate(c["inv"]):
            parts = [num(t.data[i][j]) or 0.0 for j in heads]
            R(f"alloc.{i}", sum(parts), t.v(i, 1))
        n = len(c["inv"])
        for k, (lab, amt) in enumerate(c["src"]):
            R(f"src.{k}", t.v(n, heads[k]), amt)
            R(f"src.sum.{k}", t.v(n, heads[k]), sum(num(t.data[i][heads[k]]) or 0.0 for i in range(n)))
        srct = sum(t.v(n, j) for j in heads)
        R("src.total", t.v(n, 1), srct)
    else:
        srct = 0.0
        for k, (lab, amt) in enumerate(c["src"]):
            R(f"src.{k}", t.v(k, 1), amt)
            srct += t.v(k, 1)
        n = len(c["src"])
        R("src.total", t.v(n, 1), srct)
        for k in range(n):
            R(f"src.share.{k}", t.v(k, 2), t.v(k, 1) / srct * 100, 0.06)
    R("capital", srct, inv)
    # costs by year, group labels once per group
    t = p.table(T["cost"], 2)
    costs = []
    for y in Y:
        j = t.col(str(YEARS[y]))
        lines = [t.v(i, j) for i in range(9)]
        raw_y = sum(out_p[y] * mt[2] * mt[3][y] / 1e6 for mt in c["mats"])
        pack_y = sum(pr[4][y] * pr[5] / 1e6 for pr in c["products"])
        R(f"cost.raw.{y}", lines[0], raw_y, 0.06)
        R(f"cost.pack.{y}", lines[1], pack_y, 0.06)
        R(f"cost.energy.{y}", lines[2], out_p[y] * c["energy"] / 1e6, 0.06)
        R(f"cost.tax.{y}", lines[3], rev_p[y] * c["tax"], 0.06)
        R(f"cost.wages.{y}", lines[4], wages[y], 0.06)
        R(f"cost.dep.{y}", lines[5], fixed / c["life"], 0.06)
        R(f"cost.interest.{y}", lines[6], c["loan"][y] * c["rate"], 0.06)
        R(f"cost.selling.{y}", lines[7], c["selling"][y])
        R(f"cost.other.{y}", lines[8], c["other"][y])
        R(f"cost.total.{y}", t.v(9, j), sum(lines), 0.11)
        costs.append(t.v(9, j))
    got["cost"] = costs
    # summary
    t = p.table(T["sum"])
    prof = []
    for y in Y:
        js = t.cols(str(YEARS[y]))
        j = js[0]
        R(f"sum.rev.{y}", t.v(0, j), rev_p[y], 0.06)
        R(f"sum.cost.{y}", t.v(1, j), costs[y], 0.06)
        R(f"profit.{y}", t.v(2, j), t.v(0, j) - t.v(1, j), 0.11)
        prof.append(t.v(2, j))
        if len(js) > 1:  # each year over (money, % of revenue)
            for r in range(3):
                R(f"sum.pct.{r}.{y}", t.v(r, js[1]), t.v(r, j) / t.v(0, j) * 100, 0.06)
        elif len(t.data) > 3:
            R(f"sum.margin.{y}", t.v(3, j), t.v(2, j) / t.v(0, j) * 100, 0.06)
    got["profit"] = prof
    # payback as printed, against the plan's own figures
    pb = payback_text(p)
    p.check(pb is not None, "no payback stated")
    if pb is not None:
        dep = fixed / c["life"]
        R("payback", pb, inv / (sum(prof) / 3 + dep), 0.05)
        got["payback"] = pb
    # true profit from the true revenue and the cost lines
    true_profit = [m["profit"][y] for y in Y]
    got["true_profit"] = true_profit
    for y in Y:
        p.check(0 < true_profit[y] / m["rev"][y] < 0.40 or "growth.2" in R.planted,
                f"true margin {y} out of 0-40 %: {true_profit[y] / m['rev'][y]:.3f}")
    # the objectives and the investment as the prose states them
    unit = {"kg": "kg", "lít": "lít", "chiếc": "chiếc"}[c["unit"]]
    p.has(f"{F(m['out'][0])} {unit}", f"{F(m['out'][2])} {unit}", f"{F(m['rev_s'][0], 1)} triệu đồng",
          f"{F(m['inv'])} triệu đồng")
    R.done()
    return got


# --------------------------------------------------------------------------- the words of each plan
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|(?<!\w)huyện(?!\w)")
FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết"
ENVIRONMENT = (r"môi trường|(?<!\w)thải(?!\w)|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm|"
               r"nước rỉ|(?<!\w)nước muối thừa")
CHANNELS = (r"đại lý|siêu thị|cửa hàng|nhà hàng|sàn thương mại|trực tuyến|online|nhà phân phối|điểm bán|"
            r"chợ|bếp ăn|khách du lịch|hợp đồng bao tiêu|Facebook|Zalo")


def dated(p: Plan) -> None:
    """The plan is dated between 07/2026 and 03/2027 and plans 2027-2029."""
    mt = re.search(r"tháng (\d{1,2})(?:/| năm )(\d{4})", p.body[:600])
    p.check(bool(mt), "no date on the title page")
    if mt:
        ym = int(mt.group(2)) * 100 + int(mt.group(1))
        p.check(202607 <= ym <= 202703, f"dated {mt.group(0)}")
    p.check("2027" in p.body[:600] or "sketchy" in p.text[:3000], "planning period not on the title page")


def papers_in_force(p: Plan) -> None:
    """Every paper of a ready plan is in force at its date and to 2029 at least; one ending before 2030
    has its renewal scheduled ("cấp lại")."""
    ends = re.findall(r"\| (\d{2}/\d{2}/(20\d{2})) \|\n", p.body)  # last column: "Hết hạn", "Hiệu lực đến"
    ends += re.findall(r"đến (\d{2}/\d{2}/(20\d{2}))", p.body)
    p.check(bool(ends), "no end date of any paper found")
    for full, yr in ends:
        p.check(int(yr) >= 2029, f"a paper ends {full}")
        if int(yr) < 2030:
            p.check("cấp lại" in p.body, f"paper ending {full} with no renewal planned")


def ready(p: Plan, got: dict, *need: str, lab: bool = True) -> None:
    dated(p)
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "truy xuất", "43/2017", "111/2021", *need)
    for w in ("tiêu chuẩn cơ sở", "nhãn hiệu") + (("thử nghiệm",) if lab else ()):
        p.check(w in p.body.lower(), f"text not found: {w!r}")
    p.lacks(REPLACED, "replaced instrument or abolished district level in a ready plan")
    p.lacks(PLACEHOLDER, "template placeholder")
    papers_in_force(p)
    for y in Y:
        p.check(got["use"][y] <= 85.0, f"capacity use {got['use'][y]:.1f} % above 85 % in a ready plan")


def gm01(p, got):
    ready(p, got, "an toàn thực phẩm", "đăng ký môi trường", "3001987452", "hoàn vốn")


def gm02(p, got):
    ready(p, got, "an toàn thực phẩm", "Luật Hợp tác xã năm 2023", "14 thành viên chính thức", "kháng sinh")


def gm03(p, got):
    ready(p, got, "an toàn thực phẩm", "không ghi công dụng chữa bệnh", "28F8012473", "cam kết bảo vệ môi trường")


def gm04(p, got):
    ready(p, got, "không phải thực phẩm", "Thẻ treo", "Nghị định 05/2025/NĐ-CP", "không xông lưu huỳnh",
          "3002301856", lab=False)


def gm05(p, got):
    dated(p)
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence (planted absence)")
    p.has("sản xuất đồ uống có cồn", "29 % vol", "QCVN 6-3:2010/BYT", "Chứng nhận ATTP", "tiêu chuẩn cơ sở",
          "Không dành cho người dưới 18 tuổi", "đăng ký môi trường", "còn rất lớn", "Nhãn hiệu")
    c = PLANS["gm05"]
    p.check(all(sum(r[1][y] for r in c["roles"]) == 8 for y in Y), "staff should stay at 8")
    p.lacks(REPLACED, "replaced instrument")


def gm06(p, got):
    dated(p)
    p.lacks(ENVIRONMENT, "environmental word (planted absence)")
    p.has("bảo đảm đủ", "Chứng nhận ATTP", "TCVN 5107:2018", "Nhãn hiệu")
    t = p.table(TITLES["gm06"]["supply"])
    p.check(not t.cols("Cân đối|Thừa|Dư|Thiếu"), "the fish table should have no balance column")
    p.lacks(REPLACED, "replaced instrument")


def gm07(p, got):
    dated(p)
    p.lacks(r"đăng ký|mã số thuế|doanh nghiệp|hộ kinh doanh|hợp tác xã|giấy chứng nhận",
            "registration word (planted absence)")
    p.has("1,8 ha", "Đồi chè (ha) | 1,2 |", "đủ đáp ứng nhu cầu đầu tư", "cam kết sản xuất thực phẩm an toàn",
          "tiêu chuẩn cơ sở", "43/2017", "nhãn hiệu")
    p.check("1,8 ha" not in p.body.split("# Chương 8.")[1], "1,8 ha should appear only in the producer part")
    p.lacks(REPLACED, "replaced instrument")


def gm08(p, got):
    dated(p)
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện", "Luật Hợp tác xã năm 2012")
    p.lacks(r"148/QĐ-TTg|1489", "current programme cited (planted outdated-policy)")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn", "label word (planted absence)")
    p.has("tiêu chuẩn cơ sở", "thử nghiệm", "Nhãn hiệu", "không phải thực phẩm", "đăng ký môi trường", "nhật ký")


def gm09(p, got):
    dated(p)
    p.check(p.count("Công ty TNHH Nông sản Hòa Lạc") >= 3, "the other company's name should appear 3 times")
    p.check(p.count("Công ty cổ phần Miến dong Phúc Sơn") >= 2, "own name")
    t = p.table(TITLES["gm09"]["cap"])
    p.check(not t.cols("%"), "the capacity table should print no use rate")
    p.has("chưa cần đầu tư thêm", "Chứng nhận ATTP", "tiêu chuẩn cơ sở", "43/2017", "đăng ký môi trường")
    p.lacks(REPLACED, "replaced instrument")


def gm10(p, got):
    dated(p)
    p.check(len(re.findall(PLACEHOLDER, p.body)) == 2, "the placeholder '[tên sản phẩm]' should be left twice")
    p.lacks(FOOD_SAFETY, "food-safety word (planted absence)")
    p.lacks(CHANNELS, "sales channel word (planted absence)")
    market = p.body.split("# 7/ Thị trường")[1].split("\n# ")[0]
    p.check(not re.search(r"\d", market), "the market part should hold no figure or price")
    p.has("tiêu chuẩn cơ sở", "thử nghiệm", "Bản tự công bố", "43/2017", "đăng ký môi trường", "Đơn nhãn hiệu")
    p.lacks(REPLACED, "replaced instrument")


def sketchy(p: Plan, *absent: str) -> None:
    dated(p)
    n = len(p.body.split())
    p.check(150 <= n <= 350, f"{n} words, 150-350 expected for a sketchy plan")
    p.check(not p.rows, "a sketchy plan has no table")
    for a in absent:
        p.lacks(a, "a paper a sketchy plan lacks")


def gm11(p, got):
    sketchy(p, r"đăng ký|mã số thuế", FOOD_SAFETY, r"tiêu chuẩn|công bố", r"nhãn", r"môi trường|chất thải")
    p.has("1.200 kg", "1.000 kg", "120.000 đồng/kg", "144 triệu", "80 triệu", "50 triệu", "30 triệu")
    p.check(close(1200 * 120000 / 1e6, 144) and 50 + 30 == 80, "sketchy figures")


def gm12(p, got):
    sketchy(p, FOOD_SAFETY, r"tiêu chuẩn|công bố", r"nhãn hiệu", r"môi trường|chất thải|(?<!\w)rác(?!\w)")
    p.has("1.500 lượt", "1.300 lượt", "2.000 lượt khách", "50.000 đồng/người", "100 triệu", "150 triệu",
          "đăng ký hộ kinh doanh")
    p.check(close(2000 * 50000 / 1e6, 100), "sketchy figures")


CHECKS = {k: v for k, v in globals().items() if re.fullmatch(r"gm\d\d", k)}


def main(argv=None) -> int:
    keys = list(argv or [])
    plans = []
    for stem in sorted(x.stem for x in (HERE / "src").glob("gm*.md")):
        key = stem[:4]
        if keys and key not in keys:
            continue
        p = Plan(stem)
        try:
            got = check_full(key, p) if key in TITLES else {}
            CHECKS[key](p, got)
        except (KeyError, IndexError, ValueError) as e:
            p.failures.append(f"could not read: {e}")
        plans.append(p)
    if not keys:
        found = {p.stem[:4] for p in plans}
        for k in CHECKS:
            if k not in found:
                print(f"FAIL {k}: no source")
                return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
