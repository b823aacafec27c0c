"""The 267th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout267/arithmetic.py [jh01 jh05 ...]

Theme: home-based outwork. Member or village households make the product, or one stage of it, at
home by hand with their own small tools (hats sewn, rice paper spread and sun-dried, tea
pan-roasted, herbs cut and dried, soybean paste fermented in jars, baskets woven, turmeric grated
and settled, rice spirit distilled, honey extracted, bamboo shoots boiled and dried); the
cooperative, group or company collects what they make, checks it at acceptance, finishes it in a
small central workshop with its own machines, packs and sells it. Capacity at home is households x
pieces or kg per household per day (week, month) x days (weeks, months), taken into finished units
by a conversion ratio and the share accepted at the check; the workshop's finishing machine has its
own rating x working days. Two ways of paying households appear: a piece rate for work on material
the producer hands out ("gia công", form "piece": material cost + piece wages), or a purchase price
for the half-product the household makes from its own material ("thu mua", form "buy": kg or litres
accepted x price).

From the constants this script recomputes every figure the plans print: history revenue = output x
average price and profit = revenue x margin; home capacity = sum of households x rate x periods,
x ratio x acceptance share, and its use; workshop capacity = rating x days and its use; raw-material
need = output x norm against supply = sum of count x yield; packs and output; revenue lines = packs
x price and their total; staff, wage fund = staff x monthly wage x 12; the money paid to households
and its mean per household; investment items and sources with their shares; every cost line (piece
wages, material, purchases, packaging per pack, wages, energy per unit, selling and tax as shares of
revenue, depreciation = fixed assets / life, interest = loan balance x rate, a fixed other line),
the total, profit, margin, and payback = investment / (mean profit + depreciation). Each figure is
read back from the plan's source (tables found by their caption) and compared: planted numeric
defects must be wrong by more than 5 % (the true value is computed beside them), everything else
right within 1 %. Textual defects are asserted through the presence or absence of their words.
Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

Y = range(3)
YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
# instruments replaced before the plans' dates, and the district level abolished on 1/7/2025
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in the base unit, price đ per pack by year, packs by year,
#            packaging đ per pack, piece rate đ per pack paid to households (form "piece"))
# homes: (group label, households by year, rate per household per period, periods a year)
# ratio: finished base units per unit made at home; acc: share accepted at the check
# buy: purchase price đ per unit made at home (form "buy")
# raws: (label, unit, norm per base unit of output, price đ/unit (form "piece") or 0,
#        supply rows (label, count by year, count word, yield per count), product indexes or None)
# cap: (rating per day, working days, product indexes or None); roles: (role, staff by year)
# wage: monthly wage by year (triệu đồng); energy: đ per base unit; sell, tax: shares of revenue
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance by year (triệu), rate
PLANS: dict[str, dict] = {
    "jh01": dict(
        stem="jh01_non_la_xuan_hong_htx", verdict="ready", form="piece", unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [95000, 98000, 101000], [6000, 6400, 6800], 4000, 32000),
                  ("Nón bài thơ phủ bóng", "chiếc", 1, [175000, 180000, 185000], [5000, 5400, 5800], 6000, 55000),
                  ("Nón lá vẽ tay, hộp quà", "chiếc", 1, [320000, 330000, 340000], [2000, 2200, 2400], 25000, 60000)],
        hist=dict(out=[11000, 11800, 12400], price=[140000, 146000, 152000], margin=[0.08, 0.09, 0.095]),
        homes=[("Thôn Hồng Lam", [26, 26, 26], 1.2, 220), ("Thôn Hồng Thịnh", [22, 22, 22], 1.0, 220),
               ("Thôn Song Hồng", [18, 18, 18], 1.0, 220),
               ("Thôn Trung Xuân (hộ mới học nghề)", [0, 8, 12], 0.8, 220)],
        ratio=1.0, acc=0.95, buy=0,
        raws=[("Lá nón đã phơi trắng", "kg", 0.15, 60000,
               [("Hộ trồng lá nón xã Sơn Kim (hợp đồng)", [35, 35, 35], "hộ", 50),
                ("Tổ thu gom lá nón Hương Lâm", [1, 1, 1], "tổ", 800)], None),
              ("Vành tre chuốt sẵn (bộ 16 vành)", "bộ", 1.05, 9000,
               [("Cơ sở chuốt vành Xuân Lam (hợp đồng)", [1, 1, 1], "cơ sở", 18000)], None)],
        cap=(40, 250, [1, 2]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nghiệm thu, sấy, phủ bóng", [2, 2, 3]),
               ("Vẽ tay, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=3000, sell=0.06, tax=0.015, other=40,
        inv=[("Buồng phun phủ bóng PU có vách lọc bụi sơn", 180, True),
             ("Buồng sấy chống mốc 70 chiếc/ngày", 120, True),
             ("Nhà kho và phòng hoàn thiện 120 m²", 450, True),
             ("Khuôn nón, dụng cụ cấp cho hộ mới học nghề", 30, True),
             ("Thiết kế hộp quà, thẻ treo, tem QR", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 120),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.07),
    "jh02": dict(
        stem="jh02_banh_da_nem_yen_hoa_cty", verdict="ready", form="buy", unit="kg",
        products=[("Bánh đa nem tròn 22 cm, gói 200 g", "gói", 0.2, [18000, 18500, 19000], [90000, 97000, 104000], 1500, 0),
                  ("Bánh tráng vừng đen, gói 300 g", "gói", 0.3, [30000, 31000, 32000], [25000, 27000, 29000], 2500, 0),
                  ("Bánh đa nem cho nhà hàng, túi 1 kg", "túi", 1, [68000, 70000, 72000], [7000, 7500, 8000], 3000, 0)],
        hist=dict(out=[26000, 28000, 30500], price=[78000, 81000, 84000], margin=[0.09, 0.10, 0.10]),
        homes=[("Thôn Yên Thượng", [16, 16, 16], 8, 150), ("Thôn Yên Hạ", [14, 14, 14], 8, 150),
               ("Thôn Đông Hòa", [8, 10, 12], 8, 150)],
        ratio=0.96, acc=0.93, buy=30000,
        raws=[("Gạo tẻ (gạo cũ)", "kg", 1.1, 0,
               [("Gạo của các hộ tráng bánh", [38, 40, 42], "hộ", 600),
                ("HTX Dịch vụ nông nghiệp Yên Hòa (hợp đồng)", [1, 1, 1], "hợp đồng", 20000)], None),
              ("Vừng đen", "kg", 0.06, 0,
               [("Hộ trồng vừng bãi sông Yên Hòa", [15, 15, 15], "hộ", 40)], [1])],
        cap=(180, 250, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nghiệm thu, sấy, cắt", [3, 3, 3]),
               ("Đóng gói, kho", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=2500, sell=0.07, tax=0.015, other=60,
        inv=[("Máy sấy bơm nhiệt 2 tủ, 180 kg/ngày", 320, True),
             ("Máy cắt tròn và máy hàn, hút chân không", 180, True),
             ("Cải tạo xưởng hoàn thiện một chiều 150 m²", 300, True),
             ("Nong, phên tre, giàn phơi cấp cho hộ mới", 40, True),
             ("Bao bì, mã vạch, kiểm nghiệm", 60, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng TMCP Công Thương Việt Nam", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "jh03": dict(
        stem="jh03_che_xanh_sao_tay_son_hong_tht", verdict="ready", form="buy", unit="kg",
        products=[("Chè xanh sao tay, túi 200 g", "túi", 0.2, [65000, 67000, 69000], [16000, 17000, 18000], 3000, 0),
                  ("Chè búp sao tay, hộp 500 g", "hộp", 0.5, [180000, 185000, 190000], [4000, 4300, 4600], 15000, 0),
                  ("Chè xanh cho quán nước, túi 1 kg", "túi", 1, [260000, 268000, 276000], [1500, 1600, 1700], 4000, 0)],
        hist=dict(out=[5600, 6000, 6300], price=[290000, 300000, 310000], margin=[0.10, 0.11, 0.11]),
        homes_style="cap", seasons=True,
        homes=[("Vụ xuân", [28, 30, 32], 2.5, 60), ("Vụ hè", [28, 30, 32], 2.0, 60),
               ("Vụ thu", [28, 30, 32], 1.5, 50)],
        ratio=0.97, acc=0.92, buy=150000,
        raws=[("Búp chè tươi (1 tôm 2 – 3 lá)", "kg", 4.8, 0,
               [("Vườn chè của các hộ tổ viên", [28, 30, 32], "hộ", 1400),
                ("Hộ ngoài tổ bán búp tươi (hợp đồng)", [10, 10, 10], "hộ", 800)], None)],
        cap=(38, 240, None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Nghiệm thu, sàng, sấy lại", [2, 2, 2]),
               ("Đóng gói, bán hàng", [2, 2, 3])],
        wage=[5.5, 5.8, 6.1], energy=4000, sell=0.06, tax=0.015, other=30,
        inv=[("Máy sao lăn sấy lại 38 kg/ngày", 150, True), ("Máy sàng phân loại chè", 60, True),
             ("Máy hút chân không, máy hàn túi", 70, True), ("Nhà sấy lại và đóng gói 80 m²", 350, True),
             ("Chảo gang, bếp sao cho hộ mới", 20, True),
             ("Bao bì, kiểm nghiệm, nhãn hiệu", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của tổ viên", 590), ("Vay Quỹ Hỗ trợ nông dân tỉnh Hà Tĩnh", 400)],
        life=10, loan=[400, 300, 200], rate=0.06),
    "jh04": dict(
        stem="jh04_tra_ca_gai_leo_cam_binh_hkd", verdict="ready", form="buy", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 3 g", "hộp", 0.09, [52000, 54000, 56000], [20000, 22000, 24000], 9000, 0),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [75000, 78000, 81000], [5000, 5300, 5600], 3000, 0),
                  ("Cà gai leo khô, bao 2 kg", "bao", 2, [260000, 270000, 280000], [500, 550, 600], 5000, 0)],
        hist=dict(out=[4300, 4700, 5000], price=[255000, 262000, 270000], margin=[0.10, 0.11, 0.12]),
        homes=[("Thôn Bình Minh", [12, 12, 12], 36, 10), ("Thôn Bình Sơn", [8, 9, 10], 36, 10)],
        ratio=0.95, acc=0.94, buy=90000,
        raws=[("Thân, lá cà gai leo tươi", "kg", 4.5, 0,
               [("Vườn cà gai leo của hộ kinh doanh", [1, 1, 1], "ha", 12000),
                ("Vườn của các hộ phơi liên kết", [2.5, 2.5, 2.5], "ha", 10000)], None)],
        cap=(10, 260, [0]),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sấy, nghiền, đóng túi lọc", [3, 3, 4]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=5000, sell=0.07, tax=0.015, other=25,
        inv=[("Máy sấy bơm nhiệt 1 buồng", 150, True), ("Máy nghiền dược liệu", 60, True),
             ("Máy đóng gói trà túi lọc tự động", 220, True), ("Cải tạo phòng sản xuất 40 m²", 120, True),
             ("Kho bảo quản dược liệu khô 30 m²", 100, True),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu, bao bì", 50, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 550), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.07),
    "jh05": dict(
        stem="jh05_tuong_nep_duc_thinh_hkd", verdict="revise", form="buy", unit="lít",
        products=[("Tương nếp, chai 500 ml", "chai", 0.5, [34000, 35500, 37000], [30000, 35000, 43000], 3500, 0),
                  ("Tương nếp, hũ sành 1 lít", "hũ", 1, [65000, 68000, 71000], [6000, 6800, 8200], 12000, 0),
                  ("Tương nếp, can 5 lít cho quán ăn", "can", 5, [280000, 290000, 300000], [800, 900, 1000], 15000, 0)],
        hist=dict(out=[20000, 21500, 23000], price=[58000, 60000, 62000], margin=[0.10, 0.11, 0.11]),
        homes=[("Xóm Thịnh Lạc", [10, 10, 10], 8, 210), ("Xóm Thịnh Mỹ", [8, 8, 8], 8, 210)],
        ratio=0.96, acc=0.97, buy=24000,
        raws=[("Đậu tương hạt", "kg", 0.35, 0,
               [("Hộ trồng đậu tương trong xã", [40, 40, 40], "hộ", 250),
                ("Đại lý nông sản Thịnh Lạc (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)], None),
              ("Gạo nếp cái", "kg", 0.3, 0,
               [("Ruộng nếp của các hộ làm tương", [18, 18, 18], "hộ", 700)], None)],
        cap=(200, 250, None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Lọc, thanh trùng", [2, 2, 2]), ("Chiết rót, dán nhãn", [1, 1, 1]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=1500, sell=0.08, tax=0.015, other=20,
        inv=[("Nồi thanh trùng 2 vỏ 200 lít", 150, True), ("Máy chiết rót, đóng nắp bán tự động", 180, True),
             ("Cải tạo phòng lọc, chiết 60 m²", 200, True), ("Chai, hũ, can, thiết kế nhãn", 50, False),
             ("Vốn lưu động", 220, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.07),
    "jh06": dict(
        stem="jh06_gio_may_tre_ky_son_ctcp", verdict="revise", form="piece", unit="chiếc",
        products=[("Giỏ tre đan đựng đồ, cỡ 30 cm", "chiếc", 1, [135000, 139000, 143000], [14000, 15500, 17000], 5000, 35000),
                  ("Khay mây đan chữ nhật", "chiếc", 1, [170000, 175000, 180000], [8000, 9000, 10000], 6000, 45000),
                  ("Làn mây đi chợ, quai da", "chiếc", 1, [300000, 309000, 318000], [4000, 4500, 5000], 10000, 70000)],
        hist=dict(out=[20000, 22000, 24000], price=[160000, 165000, 170000], margin=[0.09, 0.10, 0.10]),
        homes=[("Thôn Sơn Trung", [35, 35, 35], 8, 46), ("Thôn Sơn Hạ", [30, 30, 30], 8, 46),
               ("Thôn Tân Sơn", [28, 33, 38], 8, 46)],
        ratio=1.0, acc=0.95, buy=0,
        raws=[("Mây, tre chẻ nan đã luộc, phơi", "kg", 0.6, 45000,
               [("Mây trồng Sơn Kim (hợp đồng)", [1, 1, 1], "hợp đồng", 12000),
                ("Hộ trồng tre thôn Sơn Hạ", [30, 30, 30], "hộ", 300)], None)],
        cap=(130, 280, None),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Nghiệm thu, sấy, phun sơn", [5, 5, 5]),
               ("Đóng gói, kho", [3, 3, 3]), ("Bán hàng, xuất khẩu", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=8000, sell=0.06, tax=0.015, other=80,
        inv=[("Dây chuyền phun sơn phủ PU 130 chiếc/ngày", 400, True), ("Lò sấy chống mốc", 350, True),
             ("Nhà xưởng hoàn thiện và kho 400 m²", 600, True), ("Khung, khuôn đan cấp cho hộ", 50, True),
             ("Thiết kế mẫu, catalogue, hội chợ", 100, False), ("Vốn lưu động", 500, False)],
        src=[("Vốn góp của cổ đông", 900), ("Lợi nhuận để lại", 300),
             ("Vay Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", 550)],
        life=10, loan=[550, 450, 350], rate=0.08),
    "jh07": dict(
        stem="jh07_tinh_bot_nghe_phu_phong_htx", verdict="revise", form="buy", unit="kg",
        products=[("Tinh bột nghệ, hũ thủy tinh 250 g", "hũ", 0.25, [120000, 124000, 128000], [6000, 7400, 9000], 8000, 0),
                  ("Tinh bột nghệ, túi zip 500 g", "túi", 0.5, [220000, 226000, 232000], [2400, 3000, 3600], 4000, 0),
                  ("Tinh bột nghệ, túi 1 kg cho đại lý", "túi", 1, [400000, 410000, 420000], [600, 800, 1000], 5000, 0)],
        hist=dict(out=[2400, 2700, 3000], price=[440000, 450000, 460000], margin=[0.10, 0.11, 0.11]),
        homes_style="cap",
        homes=[("Thôn Phong Lạc", [20, 23, 26], 2.5, 110), ("Thôn Phong Mỹ", [16, 19, 22], 2.5, 110)],
        ratio=0.45, acc=0.95, buy=85000,
        raws=[("Củ nghệ vàng tươi", "kg", 30, 0,
               [("Ruộng nghệ của các hộ xay lọc", [36, 42, 48], "hộ", 2200),
                ("Hộ trồng nghệ thôn Phong Hòa (hợp đồng)", [12, 12, 12], "hộ", 2000)], None)],
        cap=(25, 240, None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nghiệm thu, sấy, nghiền, đóng gói", [2, 2, 3]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=6000, sell=0.07, tax=0.015, other=30,
        inv=[("Máy sấy bơm nhiệt 25 kg/ngày", 250, True), ("Máy nghiền mịn, rây", 80, True),
             ("Phòng sấy, đóng gói 60 m²", 200, True), ("Bể lắng nước thải cho hộ xay lọc", 60, True),
             ("Hũ, túi, tem truy xuất", 40, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.07),
    "jh08": dict(
        stem="jh08_ruou_nep_thach_van_htx", verdict="revise", form="buy", unit="lít",
        products=[("Rượu nếp 35 độ, chai 500 ml", "chai", 0.5, [70000, 73000, 76000], [16000, 17500, 19000], 9000, 0),
                  ("Rượu nếp hạ thổ, bình sứ 1 lít", "bình", 1, [190000, 197000, 204000], [2500, 2800, 3100], 35000, 0),
                  ("Rượu nếp 35 độ, can 5 lít", "can", 5, [320000, 330000, 340000], [600, 650, 700], 12000, 0)],
        hist=dict(out=[11800, 12500, 13000], price=[120000, 124000, 128000], margin=[0.10, 0.11, 0.12]),
        homes=[("Thôn Văn Thịnh", [12, 13, 14], 5, 160), ("Thôn Văn Minh", [8, 9, 10], 5, 160)],
        ratio=1.1, acc=0.95, buy=55000,
        raws=[("Gạo nếp cái", "kg", 1.65, 0,
               [("Ruộng nếp của hộ nấu rượu", [20, 22, 24], "hộ", 1200),
                ("HTX Nông nghiệp Thạch Văn (hợp đồng)", [1, 1, 1], "hợp đồng", 8000)], None)],
        cap=(80, 250, None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nghiệm thu, lọc, chiết chai", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=3000, sell=0.06, tax=0.02, other=40,
        inv=[("Máy lọc, khử andehit 80 lít/ngày", 260, True), ("Chum sành ủ, hạ thổ rượu", 120, True),
             ("Kho ủ và phòng chiết 70 m²", 200, True), ("Chai, bình sứ, nhãn", 60, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 340)],
        life=10, loan=[340, 240, 140], rate=0.08),
    "jh09": dict(
        stem="jh09_mat_ong_hoa_hai_tht", verdict="revise", form="buy", unit="kg",
        products=[("Mật ong hoa keo, chai 700 g", "chai", 0.7, [150000, 155000, 160000], [3000, 5500, 8600], 6000, 0),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, [280000, 290000, 300000], [2000, 3600, 5800], 12000, 0),
                  ("Mật ong, can 3 kg cho quán", "can", 3, [600000, 620000, 640000], [300, 580, 900], 15000, 0)],
        hist=dict(out=[4200, 4500, 4800], price=[205000, 212000, 218000], margin=[0.10, 0.11, 0.12]),
        homes=[("Hộ tổ viên", [22, 22, 22], 5, 60), ("Hộ tham gia mới", [0, 18, 40], 5, 60)],
        ratio=0.95, acc=0.94, buy=100000,
        raws=[("Mật ong thô", "kg", 1.12, 0,
               [("Đàn ong của hộ tổ viên", [22, 22, 22], "hộ", 300),
                ("Đàn ong của hộ tham gia mới", [0, 18, 40], "hộ", 300)], None)],
        cap=(70, 250, None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Nghiệm thu, hạ thủy phần, đóng chai", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=3000, sell=0.06, tax=0.015, other=30,
        inv=[("Máy hạ thủy phần mật ong 70 kg/ngày", 180, True), ("Bồn lắng, máy lọc inox", 90, True),
             ("Phòng lọc, đóng chai 40 m²", 150, True), ("Chai, hũ, can, nhãn", 40, False),
             ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 180, 110], rate=0.07),
    "jh10": dict(
        stem="jh10_mang_kho_huong_lien_cty", verdict="revise", form="buy", unit="kg", price_unit=1000,
        products=[("Măng khô thái sợi, túi 250 g", "túi", 0.25, [110000, 113000, 116000], [8000, 8800, 9600], 3000, 0),
                  ("Măng lưỡi lợn khô, túi 500 g", "túi", 0.5, [240000, 247000, 254000], [3000, 3300, 3600], 4000, 0),
                  ("Măng khô, bao 5 kg", "bao", 5, [1900000, 1950000, 2000000], [200, 220, 240], 15000, 0)],
        hist=dict(out=[3600, 3900, 4200], price=[400000, 410000, 420000], margin=[0.10, 0.11, 0.11]),
        homes=[("Bản Rào Tre", [12, 12, 12], 2, 100), ("Thôn Hương Liên", [18, 18, 18], 2, 100),
               ("Thôn Trung Liên", [0, 4, 8], 2, 100)],
        ratio=0.95, acc=0.92, buy=190000,
        raws=[("Măng tươi (nứa, vầu, lồ ô)", "kg", 18, 0,
               [("Rừng tre nứa các hộ nhận khoán", [400, 400, 400], "ha", 250),
                ("Hộ trồng măng bát độ", [20, 20, 20], "hộ", 800)], None)],
        cap=(30, 250, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Phân loại, sấy lại, đóng gói", [3, 3, 3]),
               ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=8000, sell=0.07, tax=0.015, other=40,
        inv=[("Lò sấy lại măng 30 kg/ngày", 220, True), ("Máy hút chân không", 90, True),
             ("Kho và phòng đóng gói 120 m²", 250, True), ("Bếp sấy cải tiến cấp cho hộ", 40, True),
             ("Bao bì, thiết kế", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08),
}

# printed values that differ from the model (the planted numeric defects; knock-ons follow them)
PRINTED = {
    "jh05": {"rev_line": (0, 1, 1422.5)},        # true 35.000 chai × 35.500 đ = 1.242,5
    "jh07": {"payback": 1.2},                     # true 800 : (mean profit + depreciation)
    "jh08": {"cost_total": (1, 1526.4)},          # true: the lines add up to 1.676,4
    "jh09": {"profit": (0, 123.4)},               # true 1.190 − 1.096,6 = 93,4
}
# jh10: the product part states 125.000 đồng for the 250 g bag; every table uses 110.000
JH10_TEXT_PRICE = 125000

# table captions (after "Bảng N. "), shared by the generator and the checks
CAPTIONS = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "homes": "Năng lực làm hàng tại hộ",
    "raw": "Cân đối nguyên liệu",
    "out": "Kế hoạch sản lượng và cân đối năng lực",
    "price": "Giá bán dự kiến",
    "rev": "Doanh thu dự kiến",
    "staff": "Lao động tại xưởng và tiền trả cho hộ",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Hiệu quả kinh tế",
}
CAPTION_OVERRIDES = {
    "jh01": {"homes": "Năng lực chằm nón của các hộ thành viên", "out": "Kế hoạch sản lượng nón và cân đối năng lực"},
    "jh02": {"homes": "Năng lực tráng bánh tại hộ", "staff": "Lao động của công ty và tiền thu mua bánh của hộ"},
    "jh03": {"homes": "Năng lực sao chè tại hộ theo vụ", "raw": "Cân đối búp chè tươi"},
    "jh04": {"homes": "Năng lực phơi sấy cà gai leo tại hộ", "cost": "Dự toán chi phí"},
    "jh05": {"homes": "Năng lực ủ tương tại hộ", "out": "Kế hoạch sản lượng tương"},
    "jh06": {"homes": "Năng lực đan của các hộ", "staff": "Lao động xưởng hoàn thiện và tiền công đan"},
    "jh07": {"homes": "Năng lực xay lọc tinh bột ướt tại hộ", "raw": "Nhu cầu và nguồn cung củ nghệ tươi"},
    "jh08": {"homes": "Năng lực nấu rượu của hộ thành viên", "cost": "Chi phí sản xuất kinh doanh rượu"},
    "jh09": {"homes": "Năng lực quay mật của hộ", "sum": "Tổng hợp hiệu quả kinh tế"},
    "jh10": {"homes": "Năng lực luộc, phơi măng tại hộ", "rev": "Doanh thu theo sản phẩm"},
}

COST_LABELS = {
    "piece": "Tiền công gia công trả hộ", "raw": "Nguyên liệu cấp cho hộ", "buy": "Thu mua bán thành phẩm của hộ",
    "pack": "Bao bì, nhãn, hộp", "wage": "Lương lao động tại xưởng", "energy": "Điện, nước, nhiên liệu",
    "sell": "Bán hàng, vận chuyển", "dep": "Khấu hao tài sản cố định", "int": "Lãi vay",
    "tax": "Thuế, phí", "other": "Chi phí khác", "total": "Tổng chi phí",
}
COST_OVERRIDES = {
    "jh01": {"piece": "Tiền công chằm nón trả hộ", "raw": "Lá nón, vành tre cấp cho hộ"},
    "jh02": {"buy": "Thu mua bánh phơi của hộ"},
    "jh03": {"buy": "Thu mua chè sao tay của hộ"},
    "jh04": {"buy": "Thu mua cà gai leo khô của hộ"},
    "jh05": {"buy": "Thu mua tương thô của hộ"},
    "jh06": {"piece": "Tiền công đan trả hộ", "raw": "Nan mây, tre cấp cho hộ"},
    "jh07": {"buy": "Thu mua tinh bột ướt của hộ"},
    "jh08": {"buy": "Thu mua rượu thô của hộ"},
    "jh09": {"buy": "Thu mua mật ong thô của hộ"},
    "jh10": {"buy": "Thu mua măng khô của hộ", "pack": "Bao bì, túi hút chân không"},
}


def caption(k: str, kind: str) -> str:
    return CAPTION_OVERRIDES.get(k, {}).get(kind, CAPTIONS[kind])


def cost_label(k: str, key: str) -> str:
    return COST_OVERRIDES.get(k, {}).get(key, COST_LABELS[key])


# --------------------------------------------------------------------------- the model
def model(k: str, printed: bool = True) -> dict:
    """Every figure of plan k. printed=True applies PRINTED (and its knock-ons); False = true values."""
    P = PLANS[k]
    pr = PRINTED.get(k, {}) if printed else {}
    m: dict = {}
    prods = P["products"]
    m["packs"] = [p[4] for p in prods]
    m["price"] = [p[3] for p in prods]
    m["out"] = [r1(sum(p[4][y] * p[2] for p in prods)) for y in Y]
    lines = [[r1(p[4][y] * p[3][y] / 1e6) for y in Y] for p in prods]
    if "rev_line" in pr:
        i, y, v = pr["rev_line"]
        lines[i][y] = v
    m["rev_lines"] = lines
    m["rev"] = [r1(sum(line[y] for line in lines)) for y in Y]
    m["growth"] = [None] + [r1((m["out"][y] / m["out"][y - 1] - 1) * 100) for y in (1, 2)]
    # home work
    m["home_groups"] = [[r1(h[1][y] * h[2] * h[3]) for y in Y] for h in P["homes"]]
    if P.get("seasons"):  # the same households in every season row
        m["hh"] = list(P["homes"][0][1])
    else:
        m["hh"] = [sum(h[1][y] for h in P["homes"]) for y in Y]
    m["home_raw"] = [r1(sum(g[y] for g in m["home_groups"])) for y in Y]
    m["home_cap"] = [round(m["home_raw"][y] * P["ratio"] * P["acc"]) for y in Y]
    m["home_use"] = [r1(m["out"][y] / m["home_cap"][y] * 100) for y in Y]
    # the workshop's finishing machine
    rating, days, idx = P["cap"]
    m["ws_cap"] = rating * days
    m["ws_load"] = [r1(sum(p[4][y] * p[2] for i, p in enumerate(prods) if idx is None or i in idx)) for y in Y]
    m["ws_use"] = [r1(m["ws_load"][y] / m["ws_cap"] * 100) for y in Y]
    # raw materials
    m["need"], m["supply"], m["supply_rows"] = [], [], []
    for r in P["raws"]:
        ridx = r[5]
        base = [sum(p[4][y] * p[2] for i, p in enumerate(prods) if ridx is None or i in ridx) for y in Y]
        m["need"].append([r1(base[y] * r[2]) for y in Y])
        rows = [[r1(s[1][y] * s[3]) for y in Y] for s in r[4]]
        m["supply_rows"].append(rows)
        m["supply"].append([r1(sum(row[y] for row in rows)) for y in Y])
    # costs
    c: dict[str, list[float]] = {}
    if P["form"] == "piece":
        c["raw"] = [r1(sum(m["need"][j][y] * r[3] for j, r in enumerate(P["raws"])) / 1e6) for y in Y]
        c["piece"] = [r1(sum(p[4][y] * p[6] for p in prods) / 1e6) for y in Y]
        m["paid"] = c["piece"]
    else:
        m["bought"] = [round(m["out"][y] / P["ratio"]) for y in Y]
        c["buy"] = [r1(m["bought"][y] * P["buy"] / 1e6) for y in Y]
        m["paid"] = c["buy"]
    m["paid_hh"] = [r1(m["paid"][y] / m["hh"][y]) for y in Y]
    c["pack"] = [r1(sum(p[4][y] * p[5] for p in prods) / 1e6) for y in Y]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    c["wage"] = [r1(m["staff"][y] * P["wage"][y] * 12) for y in Y]
    c["energy"] = [r1(m["out"][y] * P["energy"] / 1e6) for y in Y]
    c["sell"] = [r1(m["rev"][y] * P["sell"]) for y in Y]
    m["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    m["inv"] = sum(i[1] for i in P["inv"])
    m["src"] = sum(s[1] for s in P["src"])
    m["src_pct"] = [r1(s[1] / m["src"] * 100) for s in P["src"]]
    m["dep"] = r1(m["fixed"] / P["life"])
    c["dep"] = [m["dep"]] * 3
    c["int"] = [r1(P["loan"][y] * P["rate"]) for y in Y]
    c["tax"] = [r1(m["rev"][y] * P["tax"]) for y in Y]
    c["other"] = [float(P["other"])] * 3
    m["costs"] = c
    m["cost_lines_sum"] = [r1(sum(v[y] for v in c.values())) for y in Y]
    m["cost"] = list(m["cost_lines_sum"])
    if "cost_total" in pr:
        y, v = pr["cost_total"]
        m["cost"][y] = v
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    if "profit" in pr:
        y, v = pr["profit"]
        m["profit"][y] = v
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["payback"] = r1(m["inv"] / (sum(m["profit"]) / 3 + m["dep"]))
    if "payback" in pr:
        m["payback"] = pr["payback"]
    h = P["hist"]
    m["hist_rev"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in Y]
    m["hist_profit"] = [r1(m["hist_rev"][y] * h["margin"][y]) for y in Y]
    return m


# --------------------------------------------------------------------------- number formats
def fmt(x: float, dec: int | None = None) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'; whole numbers without decimals unless dec is given."""
    if dec is None:
        dec = 0 if abs(x - round(x)) < 1e-9 else 1
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pct(x: float) -> str:
    return fmt(x, 1)


# --------------------------------------------------------------------------- reading a plan back
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, cap: str) -> list[list[str]]:
        """The rows of the table whose caption line ("Bảng N. <cap>") names cap."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^\**Bảng \d+\.\s*", line.strip()) and cap in line:
                rows, started = [], False
                for nxt in lines[i + 1:]:
                    s = nxt.strip()
                    if s.startswith("|"):
                        started = True
                        rows.append([c.strip() for c in s.strip("|").split("|")])
                    elif started and s:
                        break
                    elif s.startswith("Bảng "):
                        break
                return rows
        self.failures.append(f"table not found: {cap}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [m.group(1) for x in r[1:] if (m := re.match(r"^([\d.,]+)$", x))]
                if len(nums) >= n:
                    return [plancheck.vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: printed {got}, computed {want}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true, 5.0):
            self.failures.append(f"planted {what} not wrong by > 5 %: printed {got}, true {true}")


def check_full(k: str) -> Plan:
    P = PLANS[k]
    p = Plan(P["stem"])
    m, t = model(k), model(k, printed=False)
    prods = P["products"]

    # history
    rows = p.table(caption(k, "hist"))
    for lab, want in (("Sản lượng", P["hist"]["out"]), ("Giá bán bình quân", P["hist"]["price"]),
                      ("Doanh thu", m["hist_rev"]), ("Lợi nhuận", m["hist_profit"])):
        for y, v in enumerate(p.trow(rows, lab)):
            p.eq(v, want[y], f"history {lab} {HIST_YEARS[y]}")
    p.check(m["out"][0] <= P["hist"]["out"][2] * 1.2, "2027 output more than +20 % over 2026")

    # home capacity
    rows = p.table(caption(k, "homes"))
    for g, h in enumerate(P["homes"]):
        vals = p.trow(rows, h[0])
        want = h[1] if P.get("homes_style", "hh") == "hh" else m["home_groups"][g]
        for y in Y:
            p.eq(vals[y], want[y], f"homes {h[0]} {YEARS[y]}")
    for y, v in enumerate(p.trow(rows, "Năng lực tại hộ")):
        p.eq(v, m["home_raw"][y], f"home capacity {YEARS[y]}")

    # raw materials
    rows = p.table(caption(k, "raw"))
    for j, r in enumerate(P["raws"]):
        for s, srow in enumerate(r[4]):
            for y, v in enumerate(p.trow(rows, srow[0])):
                p.eq(v, m["supply_rows"][j][s][y], f"supply {srow[0]} {YEARS[y]}")
        pre = f"{r[0]}: " if len(P["raws"]) > 1 else ""
        for y, v in enumerate(p.trow(rows, f"{pre}Cộng nguồn cung")):
            p.eq(v, m["supply"][j][y], f"supply total {r[0]} {YEARS[y]}")
        for y, v in enumerate(p.trow(rows, f"{pre}Nhu cầu")):
            p.eq(v, m["need"][j][y], f"need {r[0]} {YEARS[y]}")
        if k == "jh07":
            short = [y for y in Y if m["need"][j][y] > m["supply"][j][y] * 1.05]
            p.check(short == [1, 2], f"planted material-shortfall: need {m['need'][j]} supply {m['supply'][j]}")
            p.lacks(r"Còn dư|Thiếu|thiếu hụt", "jh07 prints no balance")
        else:
            for y, v in enumerate(p.trow(rows, f"{pre}Còn dư")):
                p.eq(v, r1(m["supply"][j][y] - m["need"][j][y]), f"balance {r[0]} {YEARS[y]}")
                p.check(m["supply"][j][y] >= m["need"][j][y] * 1.03, f"supply of {r[0]} short in {YEARS[y]}")

    # output and capacity
    rows = p.table(caption(k, "out"))
    for i, pd in enumerate(prods):
        for y, v in enumerate(p.trow(rows, pd[0])):
            p.eq(v, pd[4][y], f"packs {pd[0]} {YEARS[y]}")
    for y, v in enumerate(p.trow(rows, "Tổng sản lượng")):
        p.eq(v, m["out"][y], f"output {YEARS[y]}")
    for y, v in enumerate(p.trow(rows, "Năng lực của hộ")):
        p.eq(v, m["home_cap"][y], f"home capacity after check {YEARS[y]}")
    for y, v in enumerate(p.trow(rows, "Công suất")):
        p.eq(v, m["ws_cap"], f"workshop capacity {YEARS[y]}")
    for y, v in enumerate(p.trow(rows, "Sử dụng công suất")):
        p.eq(v, m["ws_use"][y], f"workshop use {YEARS[y]}")
        p.check(m["ws_use"][y] <= 90, f"workshop over 90 % in {YEARS[y]}")
    if k == "jh05":
        p.check(off(m["out"][2], m["home_cap"][2]) and m["out"][2] > m["home_cap"][2],
                f"planted capacity-exceeded: 2029 output {m['out'][2]} vs home capacity {m['home_cap'][2]}")
        p.lacks(r"Sử dụng năng lực", "jh05 prints no home-use row")
    else:
        for y, v in enumerate(p.trow(rows, "Sử dụng năng lực")):
            p.eq(v, m["home_use"][y], f"home use {YEARS[y]}")
            p.check(m["home_use"][y] <= 90, f"home capacity over 90 % in {YEARS[y]}")

    # prices and revenue
    rows = p.table(caption(k, "price"))
    scale = P.get("price_unit", 1)  # jh10 prints prices in thousands of đồng
    for pd in prods:
        for y, v in enumerate(p.trow(rows, pd[0])):
            p.eq(v * scale, pd[3][y], f"price {pd[0]} {YEARS[y]}")
    rows = p.table(caption(k, "rev"))
    for i, pd in enumerate(prods):
        for y, v in enumerate(p.trow(rows, pd[0])):
            if k == "jh05" and (i, y) == (0, 1):
                p.wrong(v, t["rev_lines"][0][1], "revenue line 2028")
                p.eq(v, PRINTED["jh05"]["rev_line"][2], "jh05 printed revenue line")
            else:
                p.eq(v, r1(pd[4][y] * pd[3][y] / 1e6), f"revenue {pd[0]} {YEARS[y]}")
    for y, v in enumerate(p.trow(rows, "Tổng doanh thu")):
        p.eq(v, m["rev"][y], f"revenue total {YEARS[y]}")

    # staff and the money paid to households
    rows = p.table(caption(k, "staff"))
    for role, n in P["roles"]:
        for y, v in enumerate(p.trow(rows, role)):
            p.eq(v, n[y], f"staff {role} {YEARS[y]}")
    for lab, want in (("Tổng lao động", m["staff"]), ("Lương bình quân", P["wage"]),
                      ("Quỹ lương", m["costs"]["wage"]), ("Số hộ", m["hh"]),
                      ("Tiền", m["paid"]), ("Bình quân một hộ", m["paid_hh"])):
        for y, v in enumerate(p.trow(rows, lab)):
            p.eq(v, want[y], f"{lab} {YEARS[y]}")

    # investment and sources
    rows = p.table(caption(k, "inv"))
    for lab, amount, _ in P["inv"]:
        p.eq(p.trow(rows, lab, 1)[0], amount, f"investment {lab}")
    p.eq(p.trow(rows, "Tổng cộng", 1)[0], m["inv"], "investment total")
    rows = p.table(caption(k, "src"))
    for j, (lab, amount) in enumerate(P["src"]):
        v = p.trow(rows, lab, 2)
        p.eq(v[0], amount, f"source {lab}")
        p.eq(v[1], m["src_pct"][j], f"source share {lab}")
    p.eq(p.trow(rows, "Tổng cộng", 2)[0], m["src"], "sources total")
    if k == "jh06":
        p.check(off(m["src"], m["inv"]), f"planted capital-mismatch: sources {m['src']} vs investment {m['inv']}")
    else:
        p.eq(m["src"], m["inv"], "sources = investment")

    # costs
    rows = p.table(caption(k, "cost"))
    for key, vals in m["costs"].items():
        for y, v in enumerate(p.trow(rows, cost_label(k, key))):
            p.eq(v, vals[y], f"cost {key} {YEARS[y]}")
    for y, v in enumerate(p.trow(rows, cost_label(k, "total"))):
        if k == "jh08" and y == 1:
            p.wrong(v, t["cost_lines_sum"][1], "cost total 2028")
        p.eq(v, m["cost"][y], f"cost total {YEARS[y]}")
        if not (k == "jh08" and y == 1):
            p.eq(v, m["cost_lines_sum"][y], f"cost total = lines {YEARS[y]}")

    # summary
    rows = p.table(caption(k, "sum"))
    for lab, want in (("Doanh thu", m["rev"]), ("Tổng chi phí", m["cost"]), ("Lợi nhuận", m["profit"]),
                      ("Tỷ suất lợi nhuận", m["margin"])):
        for y, v in enumerate(p.trow(rows, lab)):
            p.eq(v, want[y], f"summary {lab} {YEARS[y]}")
    if k == "jh09":
        p.wrong(m["profit"][0], t["profit"][0], "profit 2027")
    for y in Y:
        if not (k == "jh09" and y == 0):
            p.eq(m["profit"][y], r1(m["rev"][y] - m["cost"][y]), f"profit = revenue - cost {YEARS[y]}")
        p.check(0 < t["margin"][y] <= 40, f"true margin {t['margin'][y]} % in {YEARS[y]}")
    p.has(f"khoảng {fmt(m['payback'], 1)} năm")
    if k == "jh07":
        p.wrong(m["payback"], t["payback"], "payback")
    else:
        true_pb = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
        p.eq(m["payback"], true_pb, "payback from the printed profits", tol=0.05)

    # growth: true revenue under +35 % a year except in the growth defect
    g = [t["rev"][y] / t["rev"][y - 1] - 1 for y in (1, 2)]
    if k == "jh09":
        p.check(min(g) > 0.5 and m["out"][1] / m["out"][0] > 1.5,
                f"planted unrealistic-growth: revenue +{g[0]:.0%}, +{g[1]:.0%}")
    else:
        p.check(max(g) < 0.35, f"revenue growth {g}")

    # the key figures the prose repeats
    for s in facts(k, m):
        p.has(s)
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def facts(k: str, m: dict) -> list[str]:
    """Strings the prose of every full plan carries (the generator writes them from the same model)."""
    P = PLANS[k]
    u = P["unit"]
    return [f"{fmt(m['out'][0])} {u}", f"{fmt(m['rev'][0])} triệu đồng", f"{fmt(m['inv'])} triệu đồng",
            f"{m['hh'][0]} hộ"]


# --------------------------------------------------------------------------- words
READY_PAPERS = {
    "jh01": ["không phải là thực phẩm", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "nhãn hiệu",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "đăng ký môi trường", "truy xuất"],
    "jh02": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "phiếu kết quả kiểm nghiệm", "nhãn hiệu",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "bản cam kết"],
    "jh03": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "phiếu kết quả kiểm nghiệm", "nhãn hiệu",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "bản cam kết"],
    "jh04": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "phiếu kết quả kiểm nghiệm", "nhãn hiệu",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "không ghi công dụng chữa bệnh"],
}


def check_words(k: str, p: Plan) -> None:
    body = p.body
    low = body.lower()

    def hasi(*snippets: str) -> None:  # case-insensitive: a word may open a sentence
        for s in snippets:
            if s.lower() not in low:
                p.failures.append(f"text not found: {s!r}")
    if PLANS[k]["verdict"] == "ready":
        hasi("148/QĐ-TTg", "1489/QĐ-TTg", *READY_PAPERS[k])
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", body):
            p.check(int(d) >= 2030, f"paper valid only to {d}")
    elif k != "jh08":
        hasi("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "outdated instrument outside jh08")
    if k == "jh05":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "jh05 food safety")
        hasi("tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất")
    if k == "jh06":
        p.lacks(r"môi trường|chất thải|bụi|khí thải|xử lý|hơi dung môi|thu gom|nước thải|tiếng ồn|rác",
                "jh06 environment")
        hasi("phun sơn", "sơn phủ PU")
        other, own = "Công ty TNHH Thủ công mỹ nghệ Hoàng Long", "Công ty cổ phần Mây tre đan Kỳ Sơn"
        p.check(p.count(other) >= 2, "jh06: the other company's name at least twice")
        p.check(p.count(own) >= 4, "jh06: its own name at least four times")
    if k == "jh07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu",
                "jh07 product standard")
        hasi("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "nước thải")
        hasi("bảo đảm đủ củ nghệ")
    if k == "jh08":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm|148/QĐ-TTg|1489", "jh08 licence")
        hasi("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Thạch Hà")
        hasi("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "bỗng rượu")
    if k == "jh09":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|độc quyền", "jh09 trademark")
        hasi("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "truy xuất")
    if k == "jh10":
        p.lacks(r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn", "jh10 label")
        p.lacks(r"truy xuất|nhật ký|(?<!\w)QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát nội bộ|lưu mẫu|kiểm tra|"
                r"kiểm soát|sổ theo dõi|ghi chép|nghiệm thu", "jh10 quality control")
        hasi("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu")
        m = model(k)
        hasi(f"{fmt(JH10_TEXT_PRICE)} đồng")
        p.wrong(JH10_TEXT_PRICE, PLANS[k]["products"][0][3][0], "jh10 text price")
        p.check(p.count(f"{fmt(JH10_TEXT_PRICE)} đồng") == 1, "jh10: the wrong price once")
        p.check(m["price"][0][0] == 110000, "jh10 table price")


SKETCHY = {
    "jh11": dict(stem="jh11_thu_len_moc_so_sai", has=["12 chị em", "150.000 đồng", "20 con", "50 triệu"],
                 lacks=r"đăng ký kinh doanh số|tiêu chuẩn cơ sở|nhãn hiệu|43/2017"),
    "jh12": dict(stem="jh12_nuoc_goi_bo_ket_so_sai", has=["chai 300 ml", "65.000 đồng", "3.000 chai", "15 hộ"],
                 lacks=r"tiêu chuẩn cơ sở|nhãn hiệu|43/2017|phiếu công bố|kiểm nghiệm"),
}


def check_sketchy(k: str) -> Plan:
    S = SKETCHY[k]
    p = Plan(S["stem"])
    words = len(re.findall(r"\w+", re.sub(r"\*+", "", p.body)))
    p.check(150 <= words <= 350, f"sketchy length {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*S["has"])
    p.lacks(S["lacks"], "paper a sketchy plan does not have")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or []) or [*PLANS, *SKETCHY]
    plans = []
    for k in keys:
        if k in PLANS:
            p = check_full(k)
            check_words(k, p)
        else:
            p = check_sketchy(k)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
