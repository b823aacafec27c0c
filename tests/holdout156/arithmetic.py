"""The 156th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout156/arithmetic.py

Theme: drinks of Hà Tĩnh: craft rice and fruit wines, green tea and herbal teas, fruit juice,
concentrate and syrup, bottled water and a fermented tea. For every full plan (fa01-fa10) the
constants give the products (pack size in the plan's base unit, litre or kg; price; pack cost;
packs a year; packs per case, thùng), the 2024-2026 history, the raw materials with their norm per
litre or kg of product (one norm, or one per product) and price, the own supply (area or well x
yield), the purchase under contract (in tạ, tấn, yến or kg, with the conversion the plan states),
equipment capacity (per day x working days), staff by role and wage, energy rate, investment items
and capital sources, loan balances, selling / tax shares and a fixed line. From them this script
recomputes: packs -> cases -> litres (or kg), history revenue = output x average price and the
2027 growth on 2026, purchase = sum of local units x conversion, own supply = area x yield,
raw-material need = sum of output x norm against own + purchased supply, output against capacity,
staff by role, investment items and sources, depreciation, interest, every revenue line (packs x
price), every cost line, the cost total, profit = revenue - cost, margin, growth, and payback =
investment / (average profit + depreciation). Each figure is read back from the plan's source
(tables found by their caption "Bảng N. ...") and compared: planted numeric defects must be wrong
by more than 5 % (the true value is computed beside them), every other number right within 1 %
(or 0,11 of the last printed digit). Textual defects are asserted through the presence or absence
of their words. Sketchy plans: 150-320 words, no table, their few figures.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|\bhuyện\b|"
            r"Phòng Kinh tế|Sở Kế hoạch")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year, packs per thùng)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026; hist_staff
# raws: (label, unit, norm per base unit (or one per product), price đ per unit); the first raw is
#       balanced against the supply
# own: (what, quantity, unit, yield of the first raw per unit and year) or None
# buy: (local unit, its conversion to the raw's unit, rows (supplier, households, quantity)) or None
# cap: (base units per day, working days a year)
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "fa01": dict(
        unit="lít",
        products=[("Rượu 40 độ, chai 500 ml", "chai", 0.5, 115000, 9000, [9600, 10800, 12000], 12),
                  ("Rượu 40 độ, chai sứ 750 ml", "chai", 0.75, 210000, 28000, [2400, 2640, 2880], 6),
                  ("Rượu 29 độ, chai 330 ml", "chai", 0.33, 65000, 7000, [4800, 5400, 6000], 24)],
        hist=[(6200, 215000), (6800, 222000), (7300, 228000)], hist_staff=[6, 7, 7],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.2, 30000), ("Men lá truyền thống", "kg", 0.036, 120000)],
        own=("ruộng nếp cái hoa vàng của thành viên", 40, "sào", 250),
        buy=("tạ", 100, [("Thôn Phú Lộc", 8, 20), ("Thôn Tân Hòa", 6, 15), ("Thôn Đông Thịnh", 5, 10)]),
        cap=(45, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2]), ("Bán hàng, kho", [1, 2, 2])],
        wage=6.5, energy=6000,
        inv=[("Cải tạo nhà nấu, ủ, chưng cất 120 m²", 350, True),
             ("Hệ thống chưng cất inox hai nồi, làm lạnh nước tuần hoàn", 280, True),
             ("Máy lọc, thiết bị tách aldehyde, bồn inox", 180, True),
             ("Hầm hạ thổ, kệ và chum sành", 120, True),
             ("Máy chiết rót, đóng nút bán tự động", 90, True),
             ("Hầm biogas và bể lắng nước rửa", 80, True),
             ("Thiết kế bao bì, nhãn, tem QR", 40, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30, False),
             ("Vốn lưu động", 330, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 500, 300], rate=0.08, sell=0.06, tax=0.015, other=50,
        pack_label="Bao bì (chai, nút, nhãn, tem, hộp)", other_label="Quản lý, kiểm nghiệm định kỳ, chi khác"),
    "fa02": dict(
        unit="kg",
        products=[("Chè búp khô, túi 200 g", "túi", 0.2, 70000, 3000, [10000, 11000, 12000], 50),
                  ("Chè búp đặc biệt, hộp 500 g", "hộp", 0.5, 220000, 15000, [1600, 1800, 2000], 20),
                  ("Chè túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 6000, [6000, 6600, 7200], 40)],
        hist=[(2400, 380000), (2650, 390000), (2850, 400000)], hist_staff=[7, 7, 8],
        raws=[("Búp chè tươi (một tôm hai lá)", "kg", 4.5, 12000)],
        own=("nương chè của các tổ viên", 60, "sào", 180),
        buy=("tạ", 100, [("Thôn Kim Lĩnh", 10, 30), ("Thôn Khe Dây", 8, 25), ("Thôn Tân Thành", 7, 20)]),
        cap=(16, 250),
        roles=[("Tổ trưởng, thủ quỹ, kế toán", [2, 2, 2]), ("Hái, thu mua búp", [2, 2, 2]),
               ("Làm héo, sao, vò, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=5.5, energy=18000,
        inv=[("Nâng cấp nhà chế biến chè 90 m²", 180, True), ("Hai máy sao chè tôn quay chạy điện", 120, True),
             ("Máy vò chè và máy sấy chè", 140, True), ("Máy đóng túi lọc, máy hút chân không", 160, True),
             ("Bao bì, thiết kế nhãn, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=8, loan=[450, 300, 150], rate=0.08, sell=0.05, tax=0.01, other=30,
        pack_label="Bao bì (túi, hộp, nhãn, tem)", other_label="Chi phí khác"),
    "fa03": dict(
        unit="lít",
        products=[("Nước cam ép, chai 330 ml", "chai", 0.33, 30000, 3500, [60000, 66000, 72000], 24),
                  ("Nước cam ép, chai 1 lít", "chai", 1.0, 80000, 8000, [6000, 6600, 7200], 12),
                  ("Nước cốt cam, can 5 lít", "can", 5.0, 380000, 25000, [400, 440, 480], 4)],
        hist=[(18000, 80000), (21000, 83000), (24000, 85000)], hist_staff=[7, 7, 8],
        raws=[("Cam quả tươi loại 2, loại 3", "kg", 2.2, 10000)],
        own=("vườn cam của công ty (phần quả loại 2, loại 3)", 4, "ha", 14000),
        buy=("tấn", 1000, [("Tổ liên kết thôn Trung Hà", 9, 10), ("Thôn Thượng Lĩnh", 8, 8),
                           ("Thôn Hồng Lạc", 6, 6)]),
        cap=(200, 200),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ép, thanh trùng", [3, 3, 4]),
               ("Chiết rót, đóng thùng", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=6.5, energy=4000,
        inv=[("Cải tạo xưởng chế biến một chiều 150 m²", 300, True), ("Máy rửa quả, máy ép cam công nghiệp", 220, True),
             ("Hệ thống lọc, thanh trùng, bồn inox", 380, True), ("Máy chiết rót, đóng nắp, in ngày", 250, True),
             ("Kho lạnh bảo quản quả 30 tấn", 200, True), ("Bể lắng nước thải, nhà ủ vỏ cam", 100, True),
             ("Thiết kế bao bì, nhãn, mã QR", 50, False), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 460, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại", 1000)],
        life=10, loan=[1000, 750, 500], rate=0.09, sell=0.07, tax=0.015, other=80,
        pack_label="Bao bì (chai, nắp, nhãn, thùng)", other_label="Quản lý, kiểm nghiệm, chi khác"),
    "fa04": dict(
        unit="kg",
        products=[("Chè vằng cắt khúc, túi 500 g", "túi", 0.5, 90000, 3500, [3000, 3300, 3600], 20),
                  ("Chè vằng túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 50000, 6500, [8000, 8800, 9600], 40)],
        hist=[(1500, 300000), (1650, 310000), (1800, 320000)], hist_staff=[3, 4, 4],
        raws=[("Cành lá chè vằng tươi", "kg", 4, 7000)],
        own=("vườn chè vằng của hộ", 6, "sào", 1000),
        buy=("tạ", 100, [("Thôn Quan Nam", 9, 18), ("Thôn Trung Tiến", 7, 15), ("Thôn Phú Thượng", 6, 12)]),
        cap=(12, 240),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Thu mua, sơ chế, sấy", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=5.5, energy=15000,
        inv=[("Cải tạo nhà sơ chế, đóng gói 60 m²", 120, True), ("Máy sấy bơm nhiệt 300 kg tươi/mẻ", 140, True),
             ("Máy băm cành, máy nghiền, máy đóng túi lọc", 170, True),
             ("Bao bì, tem QR, kiểm nghiệm, tự công bố", 40, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 170, 90], rate=0.066, sell=0.05, tax=0.015, other=20,
        pack_label="Bao bì (túi, hộp, nhãn)", other_label="Chi phí khác"),
    "fa05": dict(
        unit="lít",
        products=[("Rượu sim 30 độ, chai 500 ml", "chai", 0.5, 130000, 9000, [6000, 7200, 8400], 12),
                  ("Rượu sim 30 độ, bình sứ 750 ml", "bình", 0.75, 220000, 30000, [1200, 1440, 1680], 6)],
        hist=[(2800, 245000), (3100, 252000), (3400, 258000)], hist_staff=[4, 4, 5],
        raws=[("Quả sim chín", "kg", 0.8, 20000), ("Gạo nếp", "kg", 1.0, 28000), ("Men rượu", "kg", 0.03, 120000)],
        own=("đồi sim của hộ", 2, "ha", 900),
        buy=("yến", 10, [("Thôn Ngọc Sơn", 6, 80), ("Thôn Đồng Tiến", 5, 60)]),
        cap=(25, 260),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, chưng cất", [2, 2, 2]),
               ("Ngâm sim, lọc, chiết chai", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=7000,
        inv=[("Cải tạo nhà nấu, ủ 80 m²", 150, True), ("Nồi chưng cất inox 100 lít và bộ ngưng tụ", 120, True),
             ("Chum, bình ủ sim 60 chiếc, bồn inox", 90, True), ("Máy lọc, máy chiết rót", 80, True),
             ("Hầm biogas xử lý bã rượu", 50, True), ("Bao bì, tem, nhãn", 30, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.015, other=25,
        pack_label="Bao bì (chai, bình sứ, nút, nhãn)", other_label="Chi phí khác"),
    "fa06": dict(
        unit="lít",
        products=[("Vang cam 12 độ, chai 750 ml", "chai", 0.75, 170000, 14000, [8400, 9600, 10800], 12),
                  ("Vang cam 12 độ, chai 330 ml", "chai", 0.33, 75000, 6000, [7200, 8400, 9600], 24)],
        hist=[(6000, 205000), (6800, 212000), (7500, 218000)], hist_staff=[7, 8, 8],
        raws=[("Cam quả tươi loại 2, loại 3", "kg", 2.5, 9000), ("Đường kính trắng", "kg", 0.12, 22000),
              ("Men vang, chất trợ lắng", "kg", 0.002, 1500000)],
        own=("vườn cam của công ty", 3, "ha", 12000),
        buy=("tấn", 1000, [("Thôn Hà Trai", 7, 6), ("Thôn Phúc Đồng", 5, 4)]),
        cap=(60, 250),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ép, lên men", [3, 3, 3]),
               ("Lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=6.5, energy=5000,
        inv=[("Cải tạo nhà xưởng lên men, lắp trần cách nhiệt", 450, True),
             ("Máy rửa quả, máy ép cam, máy lọc", 260, True),
             ("Tám bồn lên men inox 1.000 lít có áo lạnh", 420, True),
             ("Máy chiết rót, đóng nút, dán tem", 180, True), ("Thiết kế bao bì, tem, nhãn", 50, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 500, 300], rate=0.09, sell=0.07, tax=0.015, other=60,
        pack_label="Bao bì (chai, nút, nhãn, thùng)", other_label="Quản lý, chi khác"),
    "fa07": dict(
        unit="lít",
        products=[("Nước cốt chanh leo, chai 500 ml", "chai", 0.5, 75000, 6000, [12000, 13200, 14400], 20),
                  ("Siro chanh leo, chai 750 ml", "chai", 0.75, 95000, 8000, [6000, 6600, 7200], 12),
                  ("Nước chanh leo, chai 330 ml", "chai", 0.33, 18000, 3500, [24000, 28800, 33600], 24)],
        hist=[(13000, 92000), (14500, 95000), (16000, 98000)], hist_staff=[7, 8, 8],
        raws=[("Quả chanh leo tím", "kg", [3.0, 1.2, 0.45], 12000), ("Đường kính trắng", "kg", [0, 0.6, 0.1], 22000)],
        own=("vườn chanh leo của thành viên (phần quả loại 2)", 1.5, "ha", 16000),
        buy=("tấn", 1000, [("Thôn Tân Hương", 6, 6), ("Thôn Kỳ Lâm", 5, 5)]),
        cap=(80, 240),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ép, nấu siro", [3, 3, 3]),
               ("Chiết rót, đóng thùng", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=3000,
        inv=[("Kho lạnh bảo quản quả 20 tấn", 260, True), ("Xe tải nhỏ giao hàng 1,25 tấn", 340, True),
             ("Cải tạo cửa hàng giới thiệu sản phẩm 30 m²", 100, True), ("Thiết kế bao bì, nhãn, tem QR", 40, False),
             ("Kiểm nghiệm, tiêu chuẩn cơ sở, nhãn hiệu", 30, False), ("Vốn lưu động", 430, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 500, 300], rate=0.08, sell=0.06, tax=0.01, other=40,
        pack_label="Bao bì (chai, nắp, nhãn, thùng)", other_label="Chi phí khác"),
    "fa08": dict(
        unit="kg",
        products=[("Nụ vối khô, túi 300 g", "túi", 0.3, 95000, 3000, [6000, 6600, 7200], 40),
                  ("Trà túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 55000, 5500, [10000, 11000, 12000], 50)],
        hist=[(1700, 440000), (1850, 455000), (2000, 470000)], hist_staff=[5, 6, 6],
        raws=[("Nụ vối tươi", "kg", 3.5, 15000)],
        own=("vườn vối của các thành viên", 40, "sào", 200),
        buy=("tạ", 100, [("Thôn Yên Bình", 8, 12), ("Thôn Thạch Đồng", 6, 10), ("Thôn Hòa Bình", 5, 8)]),
        cap=(12, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, ủ, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=20000,
        inv=[("Nhà ủ và sấy nụ vối 80 m²", 200, True), ("Máy sấy bơm nhiệt hai buồng", 180, True),
             ("Máy nghiền, máy đóng túi lọc", 170, True), ("Bao bì, tem QR, thiết kế nhãn", 40, False),
             ("Đăng ký nhãn hiệu", 20, False), ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 280, 160], rate=0.08, sell=0.05, tax=0.015, other=30,
        pack_label="Bao bì (túi, hộp, nhãn)", other_label="Chi phí khác"),
    "fa09": dict(
        unit="lít",
        products=[("Nước đóng chai 500 ml", "chai", 0.5, 4800, 1400, [240000, 504000, 576000], 24),
                  ("Nước đóng chai 330 ml", "chai", 0.33, 4000, 1100, [120000, 252000, 288000], 24),
                  ("Nước đóng bình 19 lít", "bình", 19, 32000, 1500, [6000, 12600, 14400], None)],
        hist=[(210000, 6400), (230000, 6600), (245000, 6800)], hist_staff=[8, 9, 9],
        raws=[("Nước nguồn từ giếng khoan", "m³", 0.0013, 3000)],
        own=("giếng khoan của công ty theo giấy phép khai thác", 40, "m³/ngày", 300),
        buy=None,
        cap=(3000, 300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Vận hành lọc, chiết rót", [3, 3, 3]),
               ("Kiểm tra, đóng thùng", [2, 2, 2]), ("Giao hàng, bán hàng", [2, 2, 2])],
        wage=6.0, energy=250,
        inv=[("Cải tạo xưởng chiết rót phòng sạch 120 m²", 300, True),
             ("Hệ thống lọc RO, đèn UV, ozone 3 m³/giờ", 350, True),
             ("Máy thổi chai PET, máy chiết rót – đóng nắp tự động", 450, True),
             ("Máy rửa, chiết bình 19 lít", 150, True), ("Xe tải giao hàng 1,5 tấn", 350, True),
             ("Kiểm nghiệm định kỳ, tự công bố", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 600, 400], rate=0.09, sell=0.08, tax=0.015, other=80,
        pack_label="Vỏ chai PET, nắp, màng co, thùng", other_label="Quản lý, kiểm nghiệm, chi khác"),
    "fa10": dict(
        unit="lít",
        products=[("Kombucha nguyên bản, chai 330 ml", "chai", 0.33, 30000, 5000, [12000, 14400, 16800], 24),
                  ("Kombucha gừng sả, chai 330 ml", "chai", 0.33, 32000, 5200, [6000, 7200, 8400], 24),
                  ("Kombucha cho quán, can 5 lít", "can", 5.0, 300000, 20000, [120, 144, 168], 4)],
        hist=[(3000, 80000), (4200, 84000), (5600, 86000)], hist_staff=[2, 2, 3],
        raws=[("Chè xanh khô", "kg", 0.008, 180000), ("Đường mía", "kg", 0.07, 30000),
              ("Gừng, sả tươi", "kg", [0, 0.03, 0], 40000)],
        own=None,
        buy=("kg", 1, [("Tổ hợp tác chè Thiên Lộc", 12, 90)]),
        cap=(40, 300),
        roles=[("Chủ cơ sở", [1, 1, 1]), ("Pha trà, lên men", [1, 1, 2]), ("Chiết chai, giao hàng", [1, 2, 2])],
        wage=6.0, energy=2500,
        inv=[("Cải tạo phòng lên men 25 m²", 80, True), ("Bình lên men thủy tinh, kệ inox, tủ mát", 90, True),
             ("Máy rửa chai, chiết rót, đóng nắp bán tự động", 70, True), ("Tủ mát trưng bày đặt tại quán", 40, True),
             ("Kiểm nghiệm, nhãn, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 90, False)],
        src=[("Vốn tự có của gia đình", 250), ("Vay quỹ tín dụng Hội Liên hiệp Phụ nữ", 150)],
        life=8, loan=[150, 100, 50], rate=0.07, sell=0.06, tax=0.0, other=15,
        pack_label="Bao bì (chai thủy tinh, nắp, nhãn, can)", other_label="Chi phí khác"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fa05": {"shortfall": True, "rev_line": (0, 2, 1.12)},  # sim need 3.744 / 4.368 kg vs 3.200; 2029 line × 1,12
    "fa06": {"src_short": True},                  # sources 1.500 vs investment 1.800
    "fa07": {"cost_total": (1, 0.92), "over_capacity": True},  # 2028 cost total 8 % low; 21.054 / 23.688 l vs 19.200
    "fa08": {"profit": (0, 1.30)},                # 2027 profit × 1,30
    "fa09": {"growth": True},                     # output × 2,1 in 2028 with the same staff and channels
    "fa10": {"payback": 1.0},                     # "khoảng 1,0 năm" vs 400 : (avg profit + 35)
}
READY = ("fa01", "fa02", "fa03", "fa04")
STEMS = {
    "fa01": "fa01_ruou_nep_cai_tung_loc_htx",
    "fa02": "fa02_che_xanh_son_kim_tht",
    "fa03": "fa03_nuoc_cam_ep_vu_quang_cty",
    "fa04": "fa04_che_vang_cam_quan_hkd",
    "fa05": "fa05_ruou_nep_sim_thach_ngoc_hkd",
    "fa06": "fa06_vang_cam_ha_linh_cty",
    "fa07": "fa07_chanh_leo_ky_thuong_htx",
    "fa08": "fa08_tra_nu_voi_yen_hoa_htx",
    "fa09": "fa09_nuoc_uong_ngan_pho_cty",
    "fa10": "fa10_kombucha_thien_loc_ho_gd",
    "fa11": "fa11_ruou_nep_thach_son_so_sai",
    "fa12": "fa12_siro_dau_tam_duc_linh_so_sai",
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def _norms(norm, n):
    return norm if isinstance(norm, list) else [norm] * n


def model(key: str) -> dict:
    """Every number of a full plan, true and as printed (planted defects applied)."""
    p, d = PLANS[key], PLANTED.get(key, {})
    prods = p["products"]
    m: dict = {"key": key, "unit": p["unit"]}
    m["packs"] = [pr[5] for pr in prods]
    m["cases"] = [[n / pr[6] for n in pr[5]] if pr[6] else None for pr in prods]
    m["vol"] = [[n * pr[2] for n in pr[5]] for pr in prods]
    m["output"] = [sum(v[y] for v in m["vol"]) for y in range(3)]
    m["hist_rev"] = [o * pr / 1e6 for o, pr in p["hist"]]
    # revenue
    lines = [[pr[5][y] * pr[3] / 1e6 for y in range(3)] for pr in prods]
    m["rev_lines"] = lines
    m["rev"] = [sum(l[y] for l in lines) for y in range(3)]
    shown = [list(l) for l in lines]
    if "rev_line" in d:
        i, y, f = d["rev_line"]
        shown[i][y] = lines[i][y] * f
    m["rev_lines_shown"] = [[r1(x) for x in l] for l in shown]
    m["rev_shown"] = [r1(sum(l[y] for l in m["rev_lines_shown"])) for y in range(3)]
    # raw materials
    m["raw_need"] = []
    for label, unit, norm, price in p["raws"]:
        ns = _norms(norm, len(prods))
        m["raw_need"].append([sum(prods[i][5][y] * prods[i][2] * ns[i] for i in range(len(prods))) for y in range(3)])
    own = p["own"]
    m["own"] = own[1] * own[3] if own else 0
    buy = p["buy"]
    m["buy_rows"] = [(name, hh, q, q * buy[1]) for name, hh, q in buy[2]] if buy else []
    m["buy"] = sum(r[3] for r in m["buy_rows"])
    m["buy_local"] = sum(r[2] for r in m["buy_rows"])
    m["buy_hh"] = sum(r[1] for r in m["buy_rows"])
    m["supply"] = m["own"] + m["buy"]
    m["balance"] = [m["supply"] - n for n in m["raw_need"][0]]
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    # investment
    m["inv_total"] = sum(x[1] for x in p["inv"])
    m["fixed"] = sum(x[1] for x in p["inv"] if x[2])
    m["src_total"] = sum(x[1] for x in p["src"])
    m["src_pct"] = [x[1] / m["src_total"] * 100 for x in p["src"]]
    m["dep"] = m["fixed"] / p["life"]
    # costs (selling and tax shares on the revenue as printed)
    cost = []
    for (label, unit, norm, price), need in zip(p["raws"], m["raw_need"]):
        cost.append(("raw", label, [r1(n * price / 1e6) for n in need]))
    cost.append(("pack", p["pack_label"],
                  [r1(sum(pr[5][y] * pr[4] for pr in prods) / 1e6) for y in range(3)]))
    cost.append(("wage", "Tiền lương, tiền công", [r1(s * p["wage"] * 12) for s in m["staff"]]))
    cost.append(("energy", "Điện, nhiên liệu, nước", [r1(o * p["energy"] / 1e6) for o in m["output"]]))
    cost.append(("dep", "Khấu hao tài sản cố định", [r1(m["dep"])] * 3))
    cost.append(("int", "Lãi vay", [r1(b * p["rate"]) for b in p["loan"]]))
    cost.append(("sell", "Chi phí bán hàng, vận chuyển", [r1(r * p["sell"]) for r in m["rev_shown"]]))
    if p["tax"]:
        cost.append(("tax", "Thuế, phí", [r1(r * p["tax"]) for r in m["rev_shown"]]))
    cost.append(("other", p["other_label"], [float(p["other"])] * 3))
    m["cost_lines"] = cost
    m["cost"] = [r1(sum(c[2][y] for c in cost)) for y in range(3)]
    m["cost_shown"] = list(m["cost"])
    if "cost_total" in d:
        y, f = d["cost_total"]
        m["cost_shown"][y] = r1(m["cost"][y] * f)
    m["profit"] = [r1(m["rev_shown"][y] - m["cost"][y]) for y in range(3)]  # true, on printed revenue
    m["profit_true"] = [r1(m["rev"][y] - (m["cost"][y] - _share_fix(p, m, y))) for y in range(3)]
    m["profit_shown"] = [r1(m["rev_shown"][y] - m["cost_shown"][y]) for y in range(3)]
    if "profit" in d:
        y, f = d["profit"]
        m["profit_shown"][y] = r1(m["profit"][y] * f)
    m["margin_shown"] = [r1(m["profit_shown"][y] / m["rev_shown"][y] * 100) for y in range(3)]
    m["margin"] = [m["profit"][y] / m["rev_shown"][y] * 100 for y in range(3)]
    avg_shown = sum(m["profit_shown"]) / 3
    avg_true = sum(m["profit"]) / 3
    m["avg_profit_shown"] = r1(avg_shown)
    m["avg_profit"] = r1(avg_true)
    m["payback_true"] = m["inv_total"] / (avg_true + m["dep"])
    m["payback_shown"] = d.get("payback", round(m["inv_total"] / (avg_shown + m["dep"]) + 1e-9, 1))
    return m


def _share_fix(p: dict, m: dict, y: int) -> float:
    """How much the selling and tax lines change when they are taken on the true revenue."""
    share = p["sell"] + p["tax"]
    return r1(m["rev_shown"][y] * share) - r1(m["rev"][y] * share)


# --------------------------------------------------------------------------- formatting (shared with the generator)
def vnf(x: float, dec: int | None = None) -> str:
    """Vietnamese number: dotted thousands, decimal comma; one decimal unless whole."""
    if dec is None:
        dec = 0 if abs(x - round(x)) < 0.05 else 1
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fnorm(x: float) -> str:
    """A norm as written: every decimal it has (1,2; 0,036; 0,0013)."""
    if x == int(x):
        return vnf(x, 0)
    return vnf(x, len(repr(float(x)).split(".")[1]))


# --------------------------------------------------------------------------- reading the plan back
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^Bảng \d+\. " + re.escape(caption), line.strip()):
                out, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    out.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                    j += 1
                return out[2:]  # header and rule line dropped
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, caption: str, label: str, n: int = 3) -> list[float]:
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in self.table(caption):
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found in {caption}: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str) -> None:
        if not (close(got, want) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got}, computed {want}")

    def wrong(self, got: float, want: float, what: str) -> None:
        if not off(got, want):
            self.failures.append(f"{what} should be off by > 5 %: plan {got}, true {want}")


def check_full(key: str) -> Plan:
    p, d, m = PLANS[key], PLANTED.get(key, {}), model(key)
    pl = Plan(STEMS[key])
    u = p["unit"]
    prods = p["products"]
    pl.lacks(PLACEHOLDER, "template placeholder")
    # history
    h = pl.table("Kết quả sản xuất kinh doanh")
    out_h = pl.trow("Kết quả sản xuất kinh doanh", "Sản lượng")
    pr_h = pl.trow("Kết quả sản xuất kinh doanh", "Giá bán bình quân")
    rev_h = pl.trow("Kết quả sản xuất kinh doanh", "Doanh thu")
    st_h = pl.trow("Kết quả sản xuất kinh doanh", "Lao động")
    for y in range(3):
        pl.eq(out_h[y], p["hist"][y][0], f"history output {2024 + y}")
        pl.eq(pr_h[y], p["hist"][y][1], f"history price {2024 + y}")
        pl.eq(rev_h[y], m["hist_rev"][y], f"history revenue {2024 + y}")
        pl.eq(st_h[y], p["hist_staff"][y], f"history staff {2024 + y}")
    g27 = m["output"][0] / p["hist"][2][0] - 1
    pl.check(g27 <= 0.20, f"2027 output +{g27:.0%} on 2026")
    del h
    # price table
    for pr in prods:
        row = pl.trow("Quy cách và giá bán", pr[0], 2 if pr[6] else 1)
        pl.eq(row[0], pr[3], f"price {pr[0]}")
        if pr[6]:
            pl.eq(row[1], pr[3] * pr[6], f"price per thùng {pr[0]}")
    # production plan: packs, cases, volume, total, capacity
    cap_t = "Kế hoạch sản lượng"
    rows = pl.table(cap_t)
    i = 0
    for k, pr in enumerate(prods):
        # the product's rows follow each other: packs, [cases], volume
        while i < len(rows) and not rows[i][1].startswith(pr[0]):
            i += 1
        if i >= len(rows):
            pl.failures.append(f"production row not found: {pr[0]}")
            continue
        nums = lambda r: [vn(x) for x in r[-3:]]  # noqa: E731
        for y in range(3):
            pl.eq(nums(rows[i])[y], pr[5][y], f"packs {pr[0]} {YEARS[y]}")
        j = i + 1
        if pr[6]:
            for y in range(3):
                pl.eq(nums(rows[j])[y], m["cases"][k][y], f"cases {pr[0]} {YEARS[y]}")
            j += 1
        for y in range(3):
            pl.eq(nums(rows[j])[y], m["vol"][k][y], f"volume {pr[0]} {YEARS[y]}")
        i = j
    tot = pl.trow(cap_t, "Tổng sản lượng")
    cap_row = any(r[1].startswith("Công suất thiết kế") for r in rows)
    capr = pl.trow(cap_t, "Công suất thiết kế") if cap_row else [m["cap"]] * 3
    for y in range(3):
        pl.eq(tot[y], m["output"][y], f"output {YEARS[y]}")
        pl.eq(capr[y], m["cap"], f"capacity row {YEARS[y]}")
    pl.has(f"{vnf(p['cap'][0])} {u}/ngày", f"{vnf(p['cap'][1])} ngày", f"{vnf(m['cap'])} {u}/năm")
    if d.get("over_capacity"):
        pl.check(m["output"][0] <= m["cap"], "2027 within capacity")
        for y in (1, 2):
            pl.wrong(m["cap"], m["output"][y], f"capacity vs output {YEARS[y]}")
            pl.check(m["output"][y] > m["cap"], f"output {YEARS[y]} above capacity")
    else:
        for y in range(3):
            pl.check(m["output"][y] <= m["cap"], f"output {YEARS[y]} {m['output'][y]} above capacity {m['cap']}")
    # raw materials: purchase table, balance
    raw0 = p["raws"][0]
    if p["buy"]:
        for name, hh, q, conv in m["buy_rows"]:
            row = pl.trow("Hợp đồng mua nguyên liệu", name, 3)
            pl.eq(row[0], hh, f"households {name}")
            pl.eq(row[1], q, f"quantity {name}")
            pl.eq(row[2], conv, f"converted {name}")
        row = pl.trow("Hợp đồng mua nguyên liệu", "Cộng", 3)
        pl.eq(row[0], m["buy_hh"], "households total")
        pl.eq(row[1], m["buy_local"], "purchase total (local unit)")
        pl.eq(row[2], m["buy"], "purchase total")
    bal = "Cân đối nguyên liệu"
    need = pl.trow(bal, "Nhu cầu")
    sup = pl.trow(bal, "Tổng nguồn cung")
    if p["own"]:
        ownr = pl.trow(bal, "Tự sản xuất")
        for y in range(3):
            pl.eq(ownr[y], m["own"], f"own supply {YEARS[y]}")
    if p["buy"]:
        buyr = pl.trow(bal, "Thu mua theo hợp đồng")
        for y in range(3):
            pl.eq(buyr[y], m["buy"], f"purchase {YEARS[y]}")
    for y in range(3):
        pl.eq(need[y], m["raw_need"][0][y], f"{raw0[0]} need {YEARS[y]}")
        pl.eq(sup[y], m["supply"], f"supply {YEARS[y]}")
    if d.get("shortfall"):
        pl.check(not any(r[1].startswith(("Chênh lệch", "Dư", "Thiếu")) for r in pl.table(bal)),
                 "shortfall plan has no balance row")
        pl.check(m["raw_need"][0][0] <= m["supply"], "2027 within supply")
        for y in (1, 2):
            pl.wrong(m["supply"], m["raw_need"][0][y], f"supply vs need {YEARS[y]}")
    else:
        diff = pl.trow(bal, "Chênh lệch")
        for y in range(3):
            pl.eq(diff[y], m["balance"][y], f"balance {YEARS[y]}")
            pl.check(m["balance"][y] >= 0, f"need above supply {YEARS[y]}")
    # staff
    for label, ns in p["roles"]:
        row = pl.trow("Lao động", label)
        for y in range(3):
            pl.eq(row[y], ns[y], f"staff {label} {YEARS[y]}")
    row = pl.trow("Lao động", "Tổng cộng")
    for y in range(3):
        pl.eq(row[y], m["staff"][y], f"staff total {YEARS[y]}")
    # investment and sources
    for label, v, _ in p["inv"]:
        pl.eq(pl.trow("Tổng vốn đầu tư", label, 1)[0], v, f"investment {label}")
    pl.eq(pl.trow("Tổng vốn đầu tư", "Tổng cộng", 1)[0], m["inv_total"], "investment total")
    for (label, v), pct in zip(p["src"], m["src_pct"]):
        row = pl.trow("Nguồn vốn", label, 2)
        pl.eq(row[0], v, f"source {label}")
        pl.eq(row[1], pct, f"source share {label}")
    row = pl.trow("Nguồn vốn", "Tổng cộng", 2)
    pl.eq(row[0], m["src_total"], "sources total")
    if d.get("src_short"):
        pl.wrong(m["src_total"], m["inv_total"], "sources vs investment")
    else:
        pl.eq(m["src_total"], m["inv_total"], "sources = investment")
    # revenue
    for k, pr in enumerate(prods):
        row = pl.trow("Doanh thu", pr[0])
        for y in range(3):
            if "rev_line" in d and d["rev_line"][:2] == (k, y):
                pl.wrong(row[y], m["rev_lines"][k][y], f"revenue line {pr[0]} {YEARS[y]}")
            else:
                pl.eq(row[y], m["rev_lines"][k][y], f"revenue line {pr[0]} {YEARS[y]}")
    row = pl.trow("Doanh thu", "Tổng doanh thu")
    for y in range(3):
        pl.eq(row[y], m["rev_shown"][y], f"revenue total as the lines add {YEARS[y]}")
    # costs
    for kind, label, vals in m["cost_lines"]:
        row = pl.trow("Chi phí", label)
        for y in range(3):
            pl.eq(row[y], vals[y], f"cost {label} {YEARS[y]}")
    for (label, unit, norm, price), need_ in zip(p["raws"], m["raw_need"]):
        if isinstance(norm, list):
            continue
        pl.has(f"{fnorm(norm)} {unit}/{u}")
    row = pl.trow("Chi phí", "Tổng chi phí")
    for y in range(3):
        if "cost_total" in d and d["cost_total"][0] == y:
            pl.wrong(row[y], m["cost"][y], f"cost total {YEARS[y]}")
        else:
            pl.eq(row[y], m["cost"][y], f"cost total {YEARS[y]}")
    # summary
    s = "Tổng hợp hiệu quả"
    rv, ct, pf, mg = (pl.trow(s, "Doanh thu"), pl.trow(s, "Tổng chi phí"), pl.trow(s, "Lợi nhuận"),
                      pl.trow(s, "Tỷ suất lợi nhuận"))
    for y in range(3):
        pl.eq(rv[y], m["rev_shown"][y], f"summary revenue {YEARS[y]}")
        pl.eq(ct[y], m["cost_shown"][y], f"summary cost {YEARS[y]}")
        pl.eq(mg[y], m["margin_shown"][y], f"summary margin {YEARS[y]}")
        if "profit" in d and d["profit"][0] == y:
            pl.wrong(pf[y], m["profit"][y], f"profit {YEARS[y]}")
        elif "cost_total" in d and d["cost_total"][0] == y:
            pl.eq(pf[y], m["profit_shown"][y], f"profit (on the short total) {YEARS[y]}")
            pl.wrong(pf[y], m["profit"][y], f"profit against the true cost {YEARS[y]}")
        else:
            pl.eq(pf[y], m["profit"][y], f"profit {YEARS[y]}")
        pl.check(0 < m["margin"][y] < 40, f"true margin {m['margin'][y]:.1f} % in {YEARS[y]}")
    # payback
    pb = f"{vnf(m['payback_shown'], 1)} năm"
    pl.has(pb)
    if "payback" in d:
        pl.wrong(m["payback_shown"], m["payback_true"], "payback")
    else:
        pl.eq(m["payback_shown"], round(m["inv_total"] / (m["avg_profit_shown"] + m["dep"]), 1), "payback as printed")
    pl.has(f"{vnf(m['inv_total'])} triệu đồng")
    # growth
    for y in (1, 2):
        g = m["rev_shown"][y] / m["rev_shown"][y - 1] - 1
        if d.get("growth") and y == 1:
            pl.check(g > 0.5 and m["output"][1] / m["output"][0] > 2, f"growth defect: only +{g:.0%}")
            pl.check(m["staff"][1] == m["staff"][0], "growth defect: staff kept")
        else:
            pl.check(g < 0.31, f"revenue +{g:.0%} in {YEARS[y]}")
    return pl


def common_ready(pl: Plan, alcohol: bool = False) -> None:
    pl.has("148/2023/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
           "tự công bố", "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất", "an toàn thực phẩm",
           "môi trường", "15/2018/NĐ-CP")
    pl.lacks(REPLACED, "replaced instrument or district-level body")
    for dm in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", pl.body):
        # a paper ending inside the period needs its renewal scheduled
        pl.check(int(dm[2]) >= 2030 or "cấp lại" in pl.body, f"paper valid only to {'/'.join(dm)}, no renewal")
    if alcohol:
        pl.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "17/2020/NĐ-CP",
               "độ cồn", "18 tuổi", "44/2019/QH14", "thuế tiêu thụ đặc biệt")


def textual(key: str, pl: Plan) -> None:
    b = pl.body
    if key == "fa05":
        pl.lacks(r"giấy phép|105/2017|17/2020|139/2025|cấp phép", "licence words in fa05")
        pl.has("an toàn thực phẩm", "tự công bố", "độ cồn", "nhãn hiệu", "đủ nguyên liệu")
    if key == "fa06":
        pl.lacks(r"môi trường|chất thải|nước thải|\bbã\b|xử lý|vỏ cam|\brác\b|phân bón|ủ phân|biogas",
                 "environment words in fa06")
        pl.has("300 m²", "600 m²", "bảo đảm đủ vốn", "Giấy phép sản xuất rượu công nghiệp", "105/2017/NĐ-CP",
               "an toàn thực phẩm", "tự công bố", "độ cồn", "nhãn hiệu")
    if key == "fa07":
        pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm", "food-safety words in fa07")
        pl.has("tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "nhãn hiệu", "43/2017/NĐ-CP", "đáp ứng đủ")
    if key == "fa08":
        pl.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu (chất lượng|vi sinh|cảm quan|hóa lý|an toàn)",
                 "product-standard words in fa08")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "an toàn thực phẩm", "43/2017/NĐ-CP")
        pl.lacks(r"148/2023|1489", "current instruments in fa08")
    if key == "fa09":
        pl.lacks(r"nhãn|43/2017|111/2021|\btem\b|mã vạch|thương hiệu|sở hữu trí tuệ|logo|bảo hộ",
                 "label or trademark words in fa09")
        pl.has("an toàn thực phẩm", "tự công bố", "phiếu kết quả thử nghiệm", "môi trường")
    if key == "fa10":
        pl.lacks(r"truy xuất|nhật ký|\bQR\b|\blô\b|kiểm soát nội bộ|sổ theo dõi|lưu mẫu|ghi chép",
                 "quality-control words in fa10")
        pl.lacks(r"mã số thuế|đăng ký hộ kinh doanh số|giấy chứng nhận đăng ký", "registration in fa10")
        pl.has("chưa đăng ký", "3 sao", "nhãn hiệu", "tiêu chuẩn cơ sở")
    del b


SKETCHY = {
    "fa11": dict(words=(150, 320), figures=["1.500 lít", "120.000 đồng/lít", "50 triệu đồng"],
                 lacks=r"giấy phép|an toàn thực phẩm|nhãn hiệu|tiêu chuẩn|\bnhãn\b|môi trường|đăng ký"),
    "fa12": dict(words=(150, 320), figures=["600 chai", "65.000 đồng/chai", "40 triệu đồng"],
                 lacks=r"an toàn thực phẩm|nhãn hiệu|tiêu chuẩn|\bnhãn\b|môi trường"),
}


def check_sketchy(key: str) -> Plan:
    pl = Plan(STEMS[key])
    s = SKETCHY[key]
    words = len(re.findall(r"\w+", pl.body))
    pl.check(s["words"][0] <= words <= s["words"][1], f"{words} words")
    pl.check(not pl.rows, "a table in a sketchy plan")
    pl.has(*s["figures"])
    pl.lacks(s["lacks"], "a paper the sketchy plan lacks on purpose")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


def main(argv: list[str] | None = None) -> int:
    only = set(sys.argv[1:] if argv is None else argv)  # optional plan keys (fa01 ...)
    plans = []
    for key in sorted(STEMS):
        if only and key not in only:
            continue
        if key in SKETCHY:
            plans.append(check_sketchy(key))
            continue
        pl = check_full(key)
        if key in READY:
            common_ready(pl, alcohol=PLANS[key]["unit"] == "lít" and "Rượu" in PLANS[key]["products"][0][0])
        textual(key, pl)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
