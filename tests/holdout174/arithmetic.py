"""The 174th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout174/arithmetic.py

Theme: processed foods made by the batch (mẻ) from a recipe: kẹo cu đơ, bánh đa vừng, bún and
bánh phở khô, nước mắm, tương, mứt gừng, giò chả. For every full plan (fs01-fs10) the constants give
the products (pack size in the plan's base unit, price, pack cost, packs per year), the 2024-2026
history, the recipe of one batch (quantity of each ingredient per mẻ of a stated size, and its
price), the batch size, batches per day (or vats filled) and working days (or cycles) a year, the
supply of the main ingredients (own area x yield, or contracts), staff by role and wage, energy
rate, investment items and capital sources, loan balances, selling / tax shares and a fixed line.
From them this script recomputes: output = sum of packs x size, history revenue = output x average
price and the 2027 growth on 2026, the norm per base unit = quantity per mẻ / batch size, the
ingredient need = output x norm against the stated supply, batches needed = output / batch size,
output against capacity = batch size x batches a day x days, staff by role, investment items and
sources, depreciation, interest, every revenue line (packs x price), every cost line, the cost
total, profit = revenue - cost, margin, growth, and payback = investment / (average profit +
depreciation). Each figure is then read back from the plan's source (tables found by their caption
"Bảng N.") and compared: planted numeric defects must be wrong by more than 5 % (the true value is
computed beside them), every other number right within 1 % (or 0,11 of a unit for small cells).
Textual defects are asserted through the presence or absence of their words. Sketchy plans:
150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|Sở Kế hoạch và Đầu tư|Nông nghiệp và Phát triển nông thôn tỉnh")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# batch: (product per mẻ in base units, mẻ per day (or vats), days per year (or cycles))
# recipe: (ingredient, unit, quantity per mẻ, price đ per unit); norm = quantity / batch size
# supply: {recipe index: [(source, basis text or None, quantity a year in the ingredient's unit)]}
#         a basis "n × q" means n × q = quantity (own area × yield)
# roles: (role, staff 2027-2029); wage: triệu đồng / person / month; months paid a year
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "fs01": dict(
        unit="kg",
        products=[("Kẹo cu đơ thanh, hộp 500 g", "hộp", 0.5, 68000, 5000, [24000, 27000, 30000]),
                  ("Kẹo cu đơ hộp quà 1 kg", "hộp", 1, 145000, 14000, [6000, 6600, 7200]),
                  ("Cu đơ mini, gói 200 g", "gói", 0.2, 30000, 2000, [30000, 34500, 39000])],
        hist=[(18000, 128000), (19800, 131000), (21500, 134000)],
        batch=(40, 3, 280),
        recipe=[("Lạc nhân", "kg", 17, 60000), ("Mật mía", "kg", 16, 24000),
                ("Đường kính trắng", "kg", 4, 22000), ("Gừng tươi", "kg", 1.2, 30000),
                ("Bánh đa vừng mỏng", "chiếc", 160, 1500)],
        supply={0: [("Hợp tác xã Nông nghiệp Xuân Lam", "hợp đồng số 03/2026/HĐLK", 7000),
                    ("Tổ hợp tác trồng lạc thôn Đông Hòa", "hợp đồng số 04/2026/HĐLK", 4000),
                    ("Đại lý nông sản Hùng Mạnh", "hợp đồng mua bán năm", 3000)],
                1: [("Cơ sở nấu mật mía Thanh Mai", "hợp đồng số 07/2026/HĐMB", 8000),
                    ("Hợp tác xã Mía đường Hương Trà", "hợp đồng số 08/2026/HĐMB", 5000)]},
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt thanh", [5, 5, 6]),
               ("Đóng gói, kiểm tra", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.5, months=12, energy=3000,
        inv=[("Nồi nấu kẹo hai vỏ 40 kg/mẻ (thay nồi cũ)", 180, True),
             ("Máy cán, cắt thanh kẹo", 160, True), ("Cải tạo phòng đóng gói 60 m²", 140, True),
             ("Máy đóng gói, hàn màng", 90, True), ("Thiết kế bao bì, tem truy xuất", 40, False),
             ("Kiểm nghiệm định kỳ, duy trì nhãn hiệu", 20, False), ("Vốn lưu động", 370, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=10, loan=[400, 300, 200], rate=0.085, sell=0.06, tax=0.015, other=90,
        other_label="Quản lý, chi phí khác", pack_label="Bao bì (hộp, gói, màng)"),
    "fs02": dict(
        unit="kg",
        products=[("Bánh đa vừng đen sống, túi 10 chiếc (500 g)", "túi", 0.5, 35000, 2500, [28000, 31000, 34000]),
                  ("Bánh đa vừng nướng sẵn, hộp 300 g", "hộp", 0.3, 38000, 4500, [15000, 17000, 19000]),
                  ("Bánh đa vừng loại lớn, xấp 5 kg", "xấp", 5, 300000, 6000, [300, 340, 380])],
        hist=[(15500, 72000), (16800, 76000), (18000, 79000)],
        batch=(60, 2, 250),
        recipe=[("Gạo tẻ", "kg", 66, 16000), ("Vừng đen", "kg", 5.4, 70000),
                ("Gừng tươi", "kg", 0.9, 30000), ("Muối hạt", "kg", 0.6, 6000)],
        supply={0: [("Gạo của thành viên hợp tác xã", "32 hộ × 500 kg", 16000),
                    ("Cơ sở xay xát Tùng Lộc", "hợp đồng số 02/2026/HĐMB", 14000)],
                1: [("Ruộng vừng của thành viên", "30 sào × 45 kg", 1350),
                    ("Tổ hợp tác trồng vừng thôn Phú Lộc", "hợp đồng số 05/2026/HĐLK", 1200)]},
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ngâm, xay, tráng bánh", [3, 3, 3]),
               ("Phơi, sấy, nướng", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=5.5, months=12, energy=4000,
        inv=[("Máy tráng bánh đa bán tự động", 160, True), ("Buồng sấy bánh bằng hơi nhiệt", 150, True),
             ("Lò nướng bánh hồng ngoại", 70, True), ("Nhà đóng gói 50 m²", 120, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.08, sell=0.05, tax=0.01, other=50,
        other_label="Quản lý, chi phí khác", pack_label="Bao bì (túi, hộp, màng bọc)"),
    "fs03": dict(
        unit="lít",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 9000, [16000, 18000, 20000]),
                  ("Nước mắm cá cơm 30 độ đạm, chai 500 ml", "chai", 0.5, 48000, 4000, [30000, 34000, 38000]),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, 190000, 12000, [2000, 2200, 2400])],
        hist=[(27000, 92000), (28500, 95000), (30000, 98000)],
        batch=(1500, 30, 1),
        recipe=[("Cá cơm tươi", "kg", 3000, 18000), ("Muối hạt", "kg", 1000, 4000)],
        supply={0: [("Tổ hợp tác khai thác hải sản Hải Thành (6 tàu)", "hợp đồng số 01/2026/HĐMB", 30000),
                    ("Tổ hợp tác khai thác hải sản Nam Hải (5 tàu)", "hợp đồng số 02/2026/HĐMB", 25000),
                    ("Nậu cá Phúc Lợi", "hợp đồng số 03/2026/HĐMB", 35000)],
                1: [("Hợp tác xã Sản xuất muối Hộ Độ", "hợp đồng số 04/2026/HĐMB", 30000)]},
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp, kéo rút", [4, 4, 4]),
               ("Lọc, chiết chai", [3, 3, 4]), ("Bán hàng", [2, 2, 2])],
        wage=7.0, months=12, energy=2000,
        inv=[("Sửa chữa, thay đai 12 thùng gỗ ủ chượp", 90, True), ("Cải tạo nhà ủ chượp 150 m²", 200, True),
             ("Hệ thống lọc, bồn inox", 150, True), ("Máy chiết rót, đóng nắp", 120, True),
             ("Hệ thống thu gom nước rửa, bể lắng 3 ngăn", 90, True), ("Kho chứa muối 60 m²", 160, True),
             ("Bao bì, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động (cá, muối)", 540, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.015, other=100,
        other_label="Quản lý, chi phí khác", pack_label="Chai, can, nắp, nhãn"),
    "fs04": dict(
        unit="kg",
        products=[("Bún gạo khô sợi nhỏ, túi 500 g", "túi", 0.5, 25000, 1500, [50000, 54000, 58000]),
                  ("Bún gạo lứt đỏ khô, túi 500 g", "túi", 0.5, 38000, 1800, [16000, 18000, 20000]),
                  ("Bún khô sợi to, thùng 10 kg", "thùng", 10, 400000, 15000, [700, 800, 900])],
        hist=[(33000, 49000), (35000, 50500), (36500, 52000)],
        batch=(100, 2, 280),
        recipe=[("Gạo tẻ và gạo lứt đỏ", "kg", 112, 15500), ("Tinh bột sắn", "kg", 3, 18000),
                ("Muối tinh", "kg", 0.5, 6000)],
        supply={0: [("Hợp tác xã Nông nghiệp Cẩm Bình", "hợp đồng liên kết số 06/2026", 30000),
                    ("Cơ sở xay xát Minh Tâm", "hợp đồng số 09/2026/HĐMB", 20000),
                    ("Tổ hợp tác lúa gạo lứt đỏ Bình Minh", "hợp đồng số 10/2026/HĐLK", 8000)]},
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Ngâm, xay, ép bún", [3, 3, 3]),
               ("Phơi, sấy, đóng gói", [3, 3, 4]), ("Giao hàng, bán hàng", [1, 1, 1])],
        wage=6.0, months=12, energy=3500,
        inv=[("Máy ép bún liên hoàn 100 kg/mẻ (thay máy cũ)", 220, True),
             ("Buồng sấy bún bằng hơi nhiệt", 180, True),
             ("Bể lắng nước ngâm gạo và hố ga", 60, True), ("Máy hàn miệng túi, cân định lượng", 40, True),
             ("Bao bì, nhãn, kiểm nghiệm", 30, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.085, sell=0.05, tax=0.015, other=40,
        other_label="Chi phí khác", pack_label="Bao bì (túi, thùng)"),
    "fs05": dict(
        unit="lít",
        products=[("Tương nếp, chai thủy tinh 500 ml", "chai", 0.5, 35000, 5000, [14000, 16000, 18000]),
                  ("Tương nếp, hũ sành 1 lít", "hũ", 1, 85000, 15000, [2500, 2800, 3100]),
                  ("Tương nếp, can 2 lít", "can", 2, 110000, 6000, [1750, 2100, 2450])],
        hist=[(10000, 60000), (11000, 62000), (12000, 64000)],
        batch=(200, 2, 50),
        recipe=[("Đậu tương hạt", "kg", 36, 28000), ("Gạo nếp", "kg", 30, 24000),
                ("Muối hạt", "kg", 18, 6000)],
        supply={0: [("Ruộng đậu tương của thành viên", "14 sào × 100 kg", 1400),
                    ("Tổ hợp tác trồng đậu thôn Tân Hương", "hợp đồng số 02/2026/HĐLK", 1100)]},
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu xôi, rang đậu, ủ mốc", [2, 2, 2]),
               ("Ngả tương, chăm chum", [1, 1, 2]), ("Đóng chai, bán hàng", [1, 2, 2])],
        wage=5.0, months=12, energy=2000,
        inv=[("Mái che sân phơi chum 120 m²", 150, True), ("300 chum sành mới", 90, True),
             ("Lò rang đậu, nồi đồ xôi", 60, True), ("Máy chiết rót, đóng nắp", 50, True),
             ("Bao bì, nhãn, kiểm nghiệm", 30, False), ("Vốn lưu động", 120, False)],
        src=[("Vốn góp của thành viên", 250), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        life=10, loan=[250, 180, 110], rate=0.08, sell=0.05, tax=0.01, other=30,
        other_label="Quản lý, chi phí khác", pack_label="Chai, hũ, can, nhãn"),
    "fs06": dict(
        unit="kg",
        products=[("Mứt gừng dẻo, hộp 200 g", "hộp", 0.2, 32000, 4000, [15000, 17000, 19000]),
                  ("Mứt gừng dẻo, hũ 500 g", "hũ", 0.5, 75000, 5000, [5000, 5600, 6200]),
                  ("Mứt gừng sấy khô, túi 1 kg", "túi", 1, 140000, 3000, [1500, 1800, 2100])],
        hist=[(5200, 140000), (5800, 145000), (6200, 148000)],
        batch=(30, 3, 110),
        recipe=[("Gừng củ tươi", "kg", 45, 25000), ("Đường kính trắng", "kg", 20, 22000),
                ("Chanh, muối", "kg", 1, 20000)],
        supply={0: [("Vườn gừng của hộ", "6 sào × 600 kg", 3600),
                    ("Tổ hợp tác trồng gừng Đồng Môn", "hợp đồng số 01/2026/HĐMB", 11000)]},
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, nấu, sên mứt", [3, 3, 4]),
               ("Sấy, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, months=6, energy=4000,
        inv=[("Hai nồi sên mứt hai vỏ", 80, True), ("Máy thái gừng lát", 30, True),
             ("Máy sấy lạnh 100 kg/mẻ", 120, True), ("Cải tạo bếp, phòng đóng gói 40 m²", 90, True),
             ("Hộp, hũ, túi in sẵn", 40, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Quỹ Hỗ trợ nông dân", 200)],
        life=8, loan=[200, 150, 100], rate=0.07, sell=0.05, tax=0.015, other=30,
        other_label="Chi phí khác", pack_label="Hộp, hũ, túi"),
    "fs07": dict(
        unit="kg",
        products=[("Giò lụa, cây 500 g", "cây", 0.5, 95000, 2500, [36000, 46000, 50000]),
                  ("Giò lụa, cây 1 kg", "cây", 1, 185000, 4000, [6000, 7600, 8000]),
                  ("Chả quế, khoanh 500 g", "khoanh", 0.5, 100000, 3000, [12000, 15600, 18000])],
        hist=[(23000, 180000), (24500, 184000), (26000, 188000)],
        batch=(60, 2, 300),
        recipe=[("Thịt lợn nạc nóng (mông, thăn)", "kg", 48, 120000), ("Mỡ phần", "kg", 5, 60000),
                ("Nước đá sạch", "kg", 6, 2000), ("Nước mắm cốt", "lít", 2, 90000),
                ("Tiêu, quế, gia vị", "kg", 0.6, 250000)],
        supply={0: [("Cơ sở giết mổ tập trung Đại Thành", "80 kg/ngày × 300 ngày", 24000),
                    ("Trang trại lợn Hồng Phát", "hợp đồng số 05/2026/HĐMB", 12000)]},
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Pha thịt, xay, quết giò", [4, 4, 4]),
               ("Gói, luộc giò, làm chả", [3, 3, 3]), ("Giao hàng, bán hàng", [1, 2, 2])],
        wage=6.5, months=12, energy=5000,
        inv=[("Kho lạnh thành phẩm 20 m³", 180, True), ("Tủ mát trưng bày cho 4 đại lý", 120, True),
             ("Xe tải nhỏ thùng bảo ôn", 350, True),
             ("Cải tạo nền, rãnh thoát và bể tách mỡ khu sơ chế", 200, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 460, 320], rate=0.085, sell=0.05, tax=0.015, other=80,
        other_label="Quản lý, chi phí khác", pack_label="Lá chuối, lạt, túi, nhãn"),
    "fs08": dict(
        unit="lít",
        products=[("Nước mắm nhĩ cá cơm 42 độ đạm, chai 500 ml", "chai", 0.5, 110000, 10000, [10000, 11000, 12000]),
                  ("Nước mắm cá cơm 32 độ đạm, chai 500 ml", "chai", 0.5, 55000, 4500, [24000, 27000, 30000]),
                  ("Nước mắm 20 độ đạm, can 2 lít", "can", 2, 80000, 6000, [4000, 4500, 5000])],
        hist=[(20000, 95000), (21500, 98000), (23000, 101000)],
        batch=(3200, 12, 1),
        recipe=[("Cá cơm, cá nục tươi", "kg", 6000, 15000), ("Muối hạt", "kg", 2000, 4000)],
        supply={0: [("Tàu cá Hội Thành 01 và 02", "hợp đồng số 11/2026/HĐMB", 24000),
                    ("Tàu cá Xuân Phong 05", "hợp đồng số 12/2026/HĐMB", 18000),
                    ("Tổ đoàn kết nghề cá thôn Hội Tiến", "hợp đồng số 13/2026/HĐMB", 20000)]},
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [3, 3, 3]),
               ("Lọc, pha, chiết chai", [3, 3, 3]), ("Bán hàng", [2, 2, 3])],
        wage=6.5, months=12, energy=1500,
        inv=[("4 bể chượp bê tông 6 tấn", 200, True), ("Nhà chiết rót 80 m²", 250, True),
             ("Máy chiết rót, dán nhãn", 150, True), ("Xe tải nhỏ giao hàng", 300, True),
             ("Bao bì, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại cổ phần", 600)],
        life=10, loan=[600, 450, 300], rate=0.09, sell=0.06, tax=0.015, other=90,
        other_label="Quản lý, chi phí khác", pack_label="Chai, can, nắp, nhãn"),
    "fs09": dict(
        unit="kg",
        products=[("Kẹo cu đơ, gói 10 thanh (400 g)", "gói", 0.4, 48000, 1500, [15000, 16500, 18000]),
                  ("Kẹo cu đơ, hộp giấy 800 g", "hộp", 0.8, 100000, 5000, [5000, 5500, 6000])],
        hist=[(8000, 105000), (8600, 108000), (9000, 110000)],
        batch=(20, 4, 200),
        recipe=[("Lạc nhân", "kg", 8, 58000), ("Mật mía", "kg", 9, 23000),
                ("Gừng tươi", "kg", 0.6, 30000), ("Bánh đa vừng mỏng", "chiếc", 80, 1200)],
        supply={0: [("Lạc của các hộ trong nhóm", "30 sào × 90 kg", 2700),
                    ("Mua tại chợ Xuân An theo đơn đặt trước", "thỏa thuận miệng", 2500)]},
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Nấu, cán kẹo", [4, 4, 5]),
               ("Cắt, gói, bán hàng", [3, 3, 3])],
        wage=5.0, months=12, energy=3000,
        inv=[("Cải tạo nhà làm kẹo chung 60 m²", 120, True), ("Bốn bếp nấu kẹo cải tiến, nồi gang", 40, True),
             ("Máy cán, cắt kẹo", 60, True), ("Vốn lưu động", 80, False)],
        src=[("Vốn góp của các hộ", 150), ("Vay Quỹ tín dụng Hội Liên hiệp Phụ nữ", 150)],
        life=10, loan=[150, 100, 50], rate=0.07, sell=0.04, tax=0.0, other=20,
        other_label="Chi phí khác", pack_label="Giấy gói, hộp giấy"),
    "fs10": dict(
        unit="kg",
        products=[("Bánh phở khô, túi 500 g", "túi", 0.5, 30000, 1600, [48000, 100000, 120000]),
                  ("Bánh phở khô, thùng 10 kg", "thùng", 10, 480000, 15000, [1600, 3400, 4000])],
        hist=[(30000, 50000), (32500, 52000), (35000, 54000)],
        batch=(200, 2, 260),
        recipe=[("Gạo tẻ", "kg", 230, 15000), ("Tinh bột sắn", "kg", 6, 18000), ("Muối tinh", "kg", 1, 6000)],
        supply={0: [("Gạo của thành viên hợp tác xã", "hợp đồng liên kết 45 ha lúa", 60000),
                    ("Nhà máy xay xát Ngọc Sơn", "hợp đồng số 03/2026/HĐMB", 60000)]},
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ngâm, xay, tráng, hấp", [4, 4, 4]),
               ("Cắt sợi, sấy", [2, 2, 2]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=6.0, months=12, energy=3500,
        inv=[("Dây chuyền tráng, hấp bánh phở 200 kg/mẻ", 650, True),
             ("Buồng sấy bánh phở bằng hơi nhiệt", 300, True), ("Mở rộng nhà xưởng 120 m²", 320, True),
             ("Máy đóng gói", 80, True), ("Bao bì, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, sell=0.05, tax=0.01, other=60,
        other_label="Quản lý, chi phí khác", pack_label="Bao bì (túi, thùng)"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fs05": {"shortfall": True},             # soybean need 2.700 / 3.060 kg vs supply 2.500 kg
    "fs06": {"rev_line": (1, 1, 1.20)},      # 2028 hũ 500 g revenue line × 1,20 (total follows)
    "fs07": {"over_capacity": True},         # 38.400 / 42.000 kg vs 60 kg × 2 mẻ × 300 ngày = 36.000
    "fs08": {"cost_total": (0, 0.90), "payback": 1.2},  # 2027 cost total 10 % low; payback 1,2 years
    "fs09": {"profit": (1, 1.40)},           # 2028 profit × 1,40 in the summary
    "fs10": {"src_total": True, "growth": True},  # sources 1.300 vs investment 1.600; output ×2,1
}
READY = ("fs01", "fs02", "fs03", "fs04")
STEMS = {
    "fs01": "fs01_keo_cu_do_lam_hong_cty",
    "fs02": "fs02_banh_da_vung_tung_loc_htx",
    "fs03": "fs03_nuoc_mam_van_thanh_cty",
    "fs04": "fs04_bun_kho_cam_binh_hkd",
    "fs05": "fs05_tuong_nep_son_phu_htx",
    "fs06": "fs06_mut_gung_thach_dai_hkd",
    "fs07": "fs07_gio_lua_hong_loc_tht",
    "fs08": "fs08_nuoc_mam_song_hoi_cty",
    "fs09": "fs09_keo_cu_do_thuong_phu_nhom_ho",
    "fs10": "fs10_banh_pho_kho_thach_ngoc_htx",
    "fs11": "fs11_mut_gung_ba_tu_so_sai",
    "fs12": "fs12_gio_lua_binh_an_so_sai",
}


# --------------------------------------------------------------------------- the model
def model(key: str) -> dict:
    """Every number of plan `key`: `true` values and the `printed` ones (planted defects applied,
    and the cells the plan's own sheet derives from them)."""
    p = PLANS[key]
    pl = PLANTED.get(key, {})
    size, per_day, days = p["batch"]
    m: dict = {"p": p}
    m["packs"] = [prod[5] for prod in p["products"]]
    m["out"] = [sum(prod[2] * prod[5][y] for prod in p["products"]) for y in range(3)]
    m["cap"] = size * per_day * days
    m["batches"] = [math.ceil(m["out"][y] / size) for y in range(3)]
    m["hist_rev"] = [o * pr / 1e6 for o, pr in p["hist"]]
    m["norm"] = [q / size for _, _, q, _ in p["recipe"]]
    m["need"] = [[m["out"][y] * n for y in range(3)] for n in m["norm"]]
    m["supply"] = {i: sum(r[2] for r in rows) for i, rows in p["supply"].items()}
    m["rev_lines"] = [[prod[5][y] * prod[3] / 1e6 for y in range(3)] for prod in p["products"]]
    m["rev"] = [sum(l[y] for l in m["rev_lines"]) for y in range(3)]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["inv"] = sum(x[1] for x in p["inv"])
    m["fixed"] = sum(x[1] for x in p["inv"] if x[2])
    m["dep"] = m["fixed"] / p["life"]
    m["src"] = sum(x[1] for x in p["src"])

    def costs(rev):
        lines = []
        for (lab, unit, q, price), need in zip(p["recipe"], m["need"]):
            lines.append((lab, [need[y] * price / 1e6 for y in range(3)]))
        lines.append((p["pack_label"], [sum(prod[5][y] * prod[4] for prod in p["products"]) / 1e6
                                        for y in range(3)]))
        lines.append(("Tiền lương, tiền công", [m["staff"][y] * p["wage"] * p["months"] for y in range(3)]))
        lines.append(("Điện, nhiên liệu, nước", [m["out"][y] * p["energy"] / 1e6 for y in range(3)]))
        lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
        lines.append(("Lãi vay", [p["loan"][y] * p["rate"] for y in range(3)]))
        lines.append(("Chi phí bán hàng, quảng bá", [rev[y] * p["sell"] for y in range(3)]))
        if p["tax"]:
            lines.append(("Thuế, phí", [rev[y] * p["tax"] for y in range(3)]))
        lines.append((p["other_label"], [p["other"]] * 3))
        return lines

    m["cost_lines"] = costs(m["rev"])
    m["cost"] = [sum(l[1][y] for l in m["cost_lines"]) for y in range(3)]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])

    # what the plan prints
    pr: dict = {}
    pr["rev_lines"] = [list(l) for l in m["rev_lines"]]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        pr["rev_lines"][i][y] = round(m["rev_lines"][i][y] * f, 1)
    pr["rev"] = [sum(l[y] for l in pr["rev_lines"]) for y in range(3)]
    pr["cost_lines"] = costs(pr["rev"])
    pr["cost"] = [sum(l[1][y] for l in pr["cost_lines"]) for y in range(3)]
    pr["cost_true_sum"] = list(pr["cost"])
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        pr["cost"][y] = round(pr["cost"][y] * f, 1)
    pr["profit"] = [pr["rev"][y] - pr["cost"][y] for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        pr["profit"][y] = round(pr["profit"][y] * f, 1)
    pr["margin"] = [pr["profit"][y] / pr["rev"][y] * 100 for y in range(3)]
    pr["src"] = m["src"]
    pr["payback"] = pl.get("payback", m["inv"] / (sum(pr["profit"]) / 3 + m["dep"]))
    m["printed"] = pr
    return m


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap, rows = None, []
        for line in self.body.splitlines():
            s = line.strip()
            if m := re.match(r"^(?:\*\*)?Bảng (\d+)\.\s*(.*?)(?:\*\*)?$", s):
                cap, rows = m.group(2), []
                self.tables[cap] = rows
            elif s.startswith("|") and cap is not None:
                if not re.match(r"^\|[\s\-|:]+\|$", s):
                    rows.append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT") and cap is not None and rows:
                cap = None

    def table(self, caption: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if cap.startswith(caption):
                return rows
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, caption: str, label: str, n: int = 3) -> list[float]:
        """The last n numbers of the row of table `caption` whose first or second cell starts with
        `label` (a label ending in '|' must equal the whole cell)."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in self.table(caption):
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"-?[\d.]+(,\d+)?", x)]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {caption} / {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, abs_tol: float = 0.11) -> None:
        if not (close(got, want) or abs(got - want) <= abs_tol):
            self.failures.append(f"{what}: plan {got:g}, computed {want:g}")

    def planted(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what} not wrong by > 5 %: plan {got:g}, true {true:g}")


def fmt_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# --------------------------------------------------------------------------- checks
def check_full(key: str) -> Plan:
    p = PLANS[key]
    m = model(key)
    pr = m["printed"]
    pl = PLANTED.get(key, {})
    c = Plan(STEMS[key])
    u = p["unit"]

    # history
    out_h = c.trow("Kết quả sản xuất", "Sản lượng")
    price_h = c.trow("Kết quả sản xuất", "Giá bán bình quân")
    rev_h = c.trow("Kết quả sản xuất", "Doanh thu")
    for y in range(3):
        c.eq(out_h[y], p["hist"][y][0], f"history output {2024 + y}")
        c.eq(price_h[y], p["hist"][y][1], f"history price {2024 + y}")
        c.eq(rev_h[y], m["hist_rev"][y], f"history revenue {2024 + y}")
    c.check(m["out"][0] <= p["hist"][2][0] * 1.20, "2027 output more than +20 % on 2026")

    # products and prices
    for prod in p["products"]:
        got = c.trow("Sản phẩm, quy cách", prod[0] + "|", 1)[0]
        c.eq(got, prod[3], f"price of {prod[0]}")

    # recipe: quantity per mẻ and norm per base unit
    size = p["batch"][0]
    for (lab, unit, q, price), norm in zip(p["recipe"], m["norm"]):
        qq, nn, pp = c.trow("Định mức nguyên liệu", lab + "|", 3)
        c.eq(qq, q, f"recipe {lab} per mẻ")
        c.eq(nn, round(norm, 3), f"norm {lab} per {u}", abs_tol=0.0011)
        c.eq(pp, price, f"price {lab}")

    # raw-material need and supply
    if key == "fs05":  # need shown in the production plan, supply in its own table, never compared
        need = c.trow("Kế hoạch sản xuất", "Nhu cầu đậu tương")
        for y in range(3):
            c.eq(need[y], m["need"][0][y], f"soybean need {YEARS[y]}")
        rows = p["supply"][0]
        for lab, _, q in rows:
            c.eq(c.trow("Nguồn cung đậu tương", lab, 1)[0], q, f"supply {lab}")
        tot = c.trow("Nguồn cung đậu tương", "Tổng cộng", 1)[0]
        c.eq(tot, m["supply"][0], "soybean supply total")
        c.check(m["need"][0][0] <= m["supply"][0], "2027 soybean need within supply")
        c.planted(m["supply"][0], m["need"][0][1], "soybean supply vs 2028 need")
        c.planted(m["supply"][0], m["need"][0][2], "soybean supply vs 2029 need")
        c.check(m["supply"][0] < m["need"][0][1] < m["need"][0][2], "shortfall grows")
        c.has("đủ đậu tương")
        c.lacks(r"thiếu (đậu|nguyên liệu)|chênh lệch|còn dư", "fs05 admits the gap")
    else:
        for i, rows in p["supply"].items():
            lab = p["recipe"][i][0]
            cap_ = f"Cân đối {lab.lower()}"
            need = c.trow(cap_, "Nhu cầu theo định mức")
            for y in range(3):
                c.eq(need[y], m["need"][i][y], f"{lab} need {YEARS[y]}")
            for src_lab, basis, q in rows:
                got = c.trow(cap_, src_lab)
                for y in range(3):
                    c.eq(got[y], q, f"{lab} supply {src_lab}")
                if basis and re.fullmatch(r"[\d.]+ \S+ × [\d.,]+ \S+", basis):
                    a, b = re.findall(r"[\d.,]+", basis)
                    c.eq(vn(a) * vn(b), q, f"{lab} own supply {basis}")
            tot = c.trow(cap_, "Tổng nguồn cung")
            bal = c.trow(cap_, "Còn dư")
            for y in range(3):
                c.eq(tot[y], m["supply"][i], f"{lab} supply total")
                c.eq(bal[y], m["supply"][i] - m["need"][i][y], f"{lab} balance {YEARS[y]}", abs_tol=1)
                c.check(m["need"][i][y] <= m["supply"][i], f"{lab} need within supply {YEARS[y]}")

    # production plan: packs, output, batches, capacity
    for prod in p["products"]:
        got = c.trow("Kế hoạch sản xuất", prod[0] + "|")
        for y in range(3):
            c.eq(got[y], prod[5][y], f"packs {prod[0]} {YEARS[y]}")
    out = c.trow("Kế hoạch sản xuất", "Sản lượng quy đổi")
    bat = c.trow("Kế hoạch sản xuất", "Số mẻ")
    for y in range(3):
        c.eq(out[y], m["out"][y], f"output {YEARS[y]}")
        c.eq(bat[y], m["batches"][y], f"batches {YEARS[y]}", abs_tol=1)
        if pl.get("over_capacity") and y > 0:
            c.planted(m["cap"], m["out"][y], f"capacity vs output {YEARS[y]}")
        else:
            c.check(m["out"][y] <= m["cap"], f"output {YEARS[y]} within capacity {m['cap']}")
    if not pl.get("over_capacity"):
        cap_row = c.trow("Kế hoạch sản xuất", "Công suất tối đa")
        for y in range(3):
            c.eq(cap_row[y], m["cap"], "capacity row")

    # staff
    for role, n in p["roles"]:
        got = c.trow("Lao động", role)
        for y in range(3):
            c.eq(got[y], n[y], f"staff {role}")
    tot = c.trow("Lao động", "Tổng số")
    for y in range(3):
        c.eq(tot[y], m["staff"][y], "staff total")

    # investment and sources
    for lab, v, _ in p["inv"]:
        c.eq(c.trow("Tổng vốn đầu tư", lab, 1)[0], v, f"investment {lab}")
    c.eq(c.trow("Tổng vốn đầu tư", "Tổng cộng", 1)[0], m["inv"], "investment total")
    for lab, v in p["src"]:
        amt, pct = c.trow("Nguồn vốn", lab, 2)
        c.eq(amt, v, f"source {lab}")
        c.eq(pct, round(v / m["src"] * 100, 1), f"source share {lab}")
    src_tot = c.trow("Nguồn vốn", "Tổng cộng", 2)[0]
    c.eq(src_tot, m["src"], "sources total")
    if pl.get("src_total"):
        c.planted(m["src"], m["inv"], "sources vs investment")
    else:
        c.eq(m["src"], m["inv"], "sources = investment")

    # revenue
    for i, prod in enumerate(p["products"]):
        got = c.trow("Doanh thu dự kiến", prod[0])
        for y in range(3):
            if "rev_line" in pl and pl["rev_line"][:2] == (i, y):
                c.eq(got[y], pr["rev_lines"][i][y], "printed planted revenue line")
                c.planted(got[y], m["rev_lines"][i][y], f"revenue line {prod[0]} {YEARS[y]}")
            else:
                c.eq(got[y], m["rev_lines"][i][y], f"revenue {prod[0]} {YEARS[y]}")
    rev = c.trow("Doanh thu dự kiến", "Tổng doanh thu")
    for y in range(3):
        c.eq(rev[y], pr["rev"][y], f"revenue total {YEARS[y]}")
        if "rev_line" in pl and pl["rev_line"][1] == y:
            c.planted(rev[y], m["rev"][y], f"revenue total {YEARS[y]}")

    # costs
    for lab, vals in pr["cost_lines"]:
        got = c.trow("Chi phí dự kiến", lab + "|")
        for y in range(3):
            c.eq(got[y], vals[y], f"cost {lab} {YEARS[y]}")
    ctot = c.trow("Chi phí dự kiến", "Tổng chi phí")
    for y in range(3):
        c.eq(ctot[y], pr["cost"][y], f"cost total {YEARS[y]}")
        if "cost_total" in pl and pl["cost_total"][0] == y:
            c.planted(ctot[y], pr["cost_true_sum"][y], f"cost total {YEARS[y]} vs its lines")

    # summary
    s_rev = c.trow("Tổng hợp hiệu quả", "Doanh thu")
    s_cost = c.trow("Tổng hợp hiệu quả", "Tổng chi phí")
    s_pro = c.trow("Tổng hợp hiệu quả", "Lợi nhuận")
    s_mar = c.trow("Tổng hợp hiệu quả", "Tỷ suất lợi nhuận")
    for y in range(3):
        c.eq(s_rev[y], pr["rev"][y], f"summary revenue {YEARS[y]}")
        c.eq(s_cost[y], pr["cost"][y], f"summary cost {YEARS[y]}")
        c.eq(s_pro[y], pr["profit"][y], f"summary profit {YEARS[y]}")
        c.eq(s_mar[y], round(pr["margin"][y], 1), f"summary margin {YEARS[y]}")
        if "profit" in pl and pl["profit"][0] == y:
            c.planted(s_pro[y], s_rev[y] - s_cost[y], f"profit {YEARS[y]} vs revenue - cost")
        else:
            c.eq(s_pro[y], s_rev[y] - s_cost[y], f"profit = revenue - cost {YEARS[y]}")
        c.check(0 < m["margin"][y] < 40, f"true margin {m['margin'][y]:.1f} % out of 0-40 %")

    # payback as printed
    mm = re.search(r"hoàn vốn (?:khoảng|là|trong khoảng|dự kiến) ([\d,]+) năm", c.body)
    if not mm:
        c.failures.append("payback sentence not found")
    else:
        pb = vn(mm.group(1))
        if "payback" in pl:
            c.planted(pb, m["payback"], "payback vs true")
            c.planted(pb, m["inv"] / (sum(pr["profit"]) / 3 + m["dep"]), "payback vs printed profits")
        else:
            c.eq(pb, round(pr["payback"], 1), "payback", abs_tol=0.06)

    # growth
    for y in (1, 2):
        g = m["rev"][y] / m["rev"][y - 1] - 1
        if pl.get("growth") and y == 1:
            c.check(m["out"][1] / m["out"][0] > 2, "planted growth: output more than doubles in 2028")
        else:
            c.check(g < 0.31, f"revenue growth {YEARS[y]} {g:.0%}")
    g0 = m["rev"][0] / m["hist_rev"][2] - 1
    c.check(g0 < 0.31, f"revenue growth 2027 on 2026 {g0:.0%}")

    c.lacks(PLACEHOLDER, "template placeholder")
    return c


FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm"
STANDARD = r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố sản phẩm|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu"
TRADEMARK = r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ"
ENVIRONMENT = r"môi trường|nước thải|chất thải|xử lý nước|\bmùi\b|bể lắng|ô nhiễm|\bbã\b|vệ sinh nhà xưởng"
REGISTRATION = r"mã số thuế|đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|mã số hợp tác xã|mã số doanh nghiệp|sẽ đăng ký|thành lập hợp tác xã"
LABEL = r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\btem\b|hạn sử dụng|ngày sản xuất"
QUALITY = r"kiểm soát nội bộ|truy xuất|\bQR\b|nhật ký|mã lô|số lô|lưu mẫu|\btem\b|HACCP|ISO 22000|kiểm soát chất lượng"


def common_ready(c: Plan) -> None:
    c.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "15/2018/NĐ-CP",
          "tiêu chuẩn cơ sở", "nhãn hiệu", "phiếu kết quả thử nghiệm", "truy xuất", "môi trường")
    c.lacks(REPLACED, "replaced instrument or abolished level")
    for d in re.findall(r"đến \d{1,2}/\d{1,2}/(\d{4})", c.body):
        c.check(int(d) >= 2030, f"paper valid only to {d}")


def check(key: str) -> Plan:
    if key in PLANS:
        c = check_full(key)
    else:
        c = Plan(STEMS[key])
    if key in READY:
        common_ready(c)
    elif key in PLANS and key != "fs05":
        c.lacks(REPLACED, "replaced instrument or abolished level")
    if key == "fs05":
        c.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
        c.lacks(r"148/QĐ-TTg|148/2023|1489", "fs05 cites the current criteria")
        c.check(c.count("Hợp tác xã Tương truyền thống Nam Hưng") >= 2, "fs05 copied name twice")
        c.check(c.count("Hợp tác xã Dịch vụ nông nghiệp Sơn Phú") >= 4, "fs05 own name")
    if key == "fs06":
        c.lacks(STANDARD, "fs06 has a product standard")
        c.lacks(TRADEMARK, "fs06 has a trademark")
        c.has("43/2017/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "truy xuất")
    if key == "fs07":
        c.lacks(FOOD_SAFETY, "fs07 has food safety")
        c.has("14 lao động thường xuyên", "10 lao động")
        c.check(model("fs07")["staff"][0] == 10, "fs07 staff table 10")
        c.has("tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất", "nước thải")
    if key == "fs08":
        c.lacks(ENVIRONMENT, "fs08 has environmental measures")
        c.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất")
    if key == "fs09":
        c.lacks(REGISTRATION, "fs09 shows a registration")
        c.lacks(LABEL, "fs09 has a label")
        c.has("chưa đăng ký", "nhãn hiệu", "truy xuất", "an toàn thực phẩm")
    if key == "fs10":
        c.lacks(QUALITY, "fs10 has quality control")
        c.has("3 sao", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "an toàn thực phẩm")
    if key in ("fs11", "fs12"):
        n = fmt_words(c.body)
        c.check(150 <= n <= 320, f"sketchy length {n} words")
        c.check(not c.rows, "sketchy plan has a table")
        c.lacks(PLACEHOLDER, "template placeholder")
    return c


def main() -> int:
    return plancheck.report([check(key) for key in STEMS])


if __name__ == "__main__":
    sys.exit(main())
