"""The 284th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout284/arithmetic.py [jz01 jz05 ...]

Theme: break-even and sensitivity. Every full plan (jz01-jz10) states, beside its base figures,
the break-even output and revenue worked out from the fixed costs and the contribution of a unit
(sản lượng hòa vốn, doanh thu hòa vốn) and a sensitivity table (price -10 %, output -20 %,
material cost +15 %, in two plans also price -10 % with material +15 %) with the profit of each
case. The base case is the plan; the other cases are not.

The constants give, per plan: the products (pack size in the plan's base unit, prices and packs
per year, packaging and selling cost per pack), the raw materials (norm per base unit, price,
supply rows as count x yield), the cost lines charged per base unit (energy, piece-rate labour,
transport), staff by role and the monthly wage, investment items and sources, asset life, loan
balances and rate, the fixed "other" line, the capacity rating, the 2024-2026 history and the
year the sensitivity table is based on. `model()` turns them into every figure a plan prints:
output = sum of packs x size, revenue lines = packs x price, material cost = output x norm x price,
variable cost lines, fixed cost = wage fund (staff x wage x 12) + depreciation (fixed assets /
life) + interest (loan x rate) + other, profit = revenue - variable - fixed, contribution =
revenue - variable, contribution ratio, break-even revenue = fixed / ratio, break-even output =
output x fixed / contribution, capacity use, margin of safety, payback = investment / (average
profit + depreciation), and the sensitivity cases. `printed()` applies the planted defects (and
the knock-on figures that follow them); `layout()` gives every computed table cell by cell and
`tokens()` every number the prose states. The check reads each table back from the plan's source
(found by its caption), compares every cell with the printed model within 1 %, asserts that the
printed model differs from the true one exactly where a defect is planted (by more than 5 %, the
true value beside it) and asserts the textual defects through the absence or presence of their
words, the ready plans' papers and instruments, and the sketchy plans' shape.
"""

from __future__ import annotations

import copy
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# product: (label, pack word, size in base units, price per year (đ/pack), packs per year,
#           cost per pack {line key: đ})
# mats: (key, label, unit, norm per base unit, price (đ/unit), supply rows (label, [count]*3, word, yield))
# unit_costs: (line key, label, đ per base unit); lines: variable cost lines (key, label, material?)
# roles: (role, staff per year); wage: monthly wage per year (triệu đồng); piece: piece-rate workers
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year; other: fixed line
# cap: (rating, multiplier); cap_products: the products the rating binds (default all)
# hist: 2024-2026 output, average price (đ per base unit), margin; sens: base year of the sensitivity table
PLANS: dict[str, dict] = {
    "jz01": dict(
        unit="kg", money="tr",
        products=[("Kẹo cu đơ truyền thống, gói 200 g", "gói", 0.2, [30000, 30000, 32000],
                   [60000, 66000, 72000], dict(pack=2500, sell=3000)),
                  ("Cu đơ hộp quà 500 g", "hộp", 0.5, [85000, 85000, 90000],
                   [10000, 11500, 13000], dict(pack=12000, sell=8500)),
                  ("Cu đơ thanh 50 g", "thanh", 0.05, [8000, 8000, 8500],
                   [80000, 88000, 96000], dict(pack=600, sell=800))],
        mats=[("lac", "Lạc nhân", "kg", 0.32, 55000,
               [("Hộ trồng lạc thôn Tiên Lộc", [45, 45, 45], "hộ", 180),
                ("Hộ trồng lạc thôn Hội Thành", [20, 20, 20], "hộ", 150)]),
              ("mat", "Mật mía", "kg", 0.45, 28000,
               [("Lò mật mía Bình Lợi (hợp đồng)", [1, 1, 1], "hợp đồng", 14000)]),
              ("banhda", "Bánh đa mỏng kẹp kẹo", "kg", 0.10, 60000,
               [("Cơ sở bánh đa Hội Thành (hợp đồng)", [1, 1, 1], "hợp đồng", 3000)]),
              ("gung", "Gừng tươi, đường", "kg", 0.08, 30000,
               [("Hộ trồng gừng thôn Tiên Lộc", [12, 12, 12], "hộ", 200)])],
        unit_costs=[("energy", "Than, điện, nước", 4000)],
        lines=[("mats", "Nguyên liệu chính", True), ("pack", "Bao bì, hộp, túi", False),
               ("energy", "Than, điện, nước", False), ("sell", "Chiết khấu, vận chuyển", False)],
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Nấu mật, kéo kẹo, cán, cắt", [5, 5, 6]),
               ("Đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=[6.2, 6.5, 6.8],
        inv=[("Máy kéo kẹo, máy cán và cắt thanh", 380, True), ("Nồi nấu mật hai vỏ, bếp hơi", 220, True),
             ("Cải tạo xưởng một chiều 150 m²", 450, True), ("Máy đóng gói, hàn túi", 150, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, other=[150, 160, 170],
        cap=(110, 300),
        hist=dict(out=[16800, 18200, 19500], price=[142000, 146000, 150000], margin=[0.12, 0.13, 0.135]),
        sens=0),
    "jz02": dict(
        unit="kg", money="tr",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [55000, 55000, 55000],
                   [30000, 34000, 38000], dict(pack=6500, sell=11000)),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, [120000, 120000, 120000],
                   [5000, 5500, 6000], dict(pack=3000, sell=18000)),
                  ("Trà cà gai leo túi lọc, hộp 100 túi × 2 g", "hộp", 0.2, [160000, 160000, 160000],
                   [4000, 4500, 5000], dict(pack=12000, sell=32000))],
        mats=[("cgl", "Cà gai leo tươi", "kg", 4.2, 9000,
               [("Vùng trồng của hợp tác xã", [2, 2, 2], "ha", 12000),
                ("Hộ thành viên thôn Đông Tiến", [25, 25, 25], "hộ", 400)])],
        unit_costs=[("energy", "Điện sấy, nước", 9000)],
        lines=[("mats", "Cà gai leo tươi", True), ("pack", "Hộp, túi lọc, túi zip", False),
               ("energy", "Điện sấy, nước", False), ("sell", "Chiết khấu, vận chuyển", False)],
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 4]), ("Bán hàng, kho", [2, 2, 2])],
        wage=[6.2, 6.4, 6.6],
        inv=[("Nhà sấy, phòng đóng gói 120 m²", 420, True), ("Máy sấy bơm nhiệt 2 buồng", 300, True),
             ("Máy nghiền, máy đóng túi lọc", 430, True), ("Hệ thống tưới vùng trồng 2 ha", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 650), ("Quỹ đầu tư phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 560, 420], rate=0.075, other=[250, 260, 270],
        cap=(28, 280),
        hist=dict(out=[3900, 4300, 4700], price=[540000, 555000, 565000], margin=[0.14, 0.15, 0.16]),
        sens=1),
    "jz03": dict(
        unit="lượt khách", money="tr",
        products=[("Gói trải nghiệm trong ngày", "lượt", 1, [400000] * 3,
                   [2000, 2300, 2600], dict(food=120000, supp=25000, boat=60000, comm=35000)),
                  ("Gói 2 ngày 1 đêm", "lượt", 1, [1050000] * 3,
                   [1000, 1150, 1300], dict(food=260000, supp=90000, boat=80000, comm=95000)),
                  ("Khách lẻ tham quan, ăn hải sản", "lượt", 1, [220000] * 3,
                   [2500, 2700, 2900], dict(food=90000, supp=10000, boat=0, comm=0))],
        mats=[],
        unit_costs=[],
        lines=[("food", "Thực phẩm, đồ uống", True), ("supp", "Đồ dùng, giặt là, điện nước", False),
               ("boat", "Thuê thuyền, người dẫn khoán", False), ("comm", "Hoa hồng công ty lữ hành", False)],
        proc=[("Hải sản tươi", "Tổ khai thác ven bờ thôn Hải Thanh", 0.45),
              ("Rau, củ, quả", "Tổ trồng rau thôn Trung Hải", 0.20),
              ("Gà, vịt, trứng", "Các hộ chăn nuôi trong thôn", 0.20),
              ("Gạo, gia vị, đồ uống", "Đại lý tạp hóa trong xã", 0.15)],
        roles=[("Chủ hộ, quản lý, đặt phòng", [1, 1, 1]), ("Nấu ăn, phục vụ", [3, 3, 4]),
               ("Buồng phòng, vệ sinh", [1, 1, 1]), ("Hướng dẫn viên tại điểm", [1, 2, 2])],
        wage=[5.5, 5.7, 5.9],
        inv=[("Cải tạo nhà gỗ, 6 phòng ngủ khép kín", 850, True), ("Nhà ăn, bếp một chiều 80 m²", 300, True),
             ("Thuyền nan, áo phao, dụng cụ", 150, True), ("Hệ thống phòng cháy, chữa cháy", 60, True),
             ("Biển hiệu, tờ gấp, trang đặt phòng", 40, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 1050), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=[120, 125, 130],
        cap=(12, 360), cap_products=[1],
        hist=dict(out=[4100, 4700, 5200], price=[330000, 345000, 360000], margin=[0.10, 0.12, 0.13]),
        sens=0),
    "jz04": dict(
        unit="lít", money="tr",
        products=[("Siro chanh leo, chai 500 ml", "chai", 0.5, [65000] * 3,
                   [24000, 26000, 28000], dict(pack=7000, sell=7000)),
                  ("Siro chanh leo, chai 1 lít", "chai", 1, [115000] * 3,
                   [6000, 6500, 7000], dict(pack=10000, sell=12000)),
                  ("Nước cốt chanh leo, can 5 lít", "can", 5, [420000] * 3,
                   [600, 650, 700], dict(pack=25000, sell=35000))],
        mats=[("cl", "Quả chanh leo tím", "kg", 1.6, 12000,
               [("Vùng chanh leo của công ty", [2, 2, 2], "ha", 20000),
                ("Hộ liên kết thôn Sơn Trung", [20, 20, 20], "hộ", 1500)]),
              ("duong", "Đường kính trắng", "kg", 0.55, 22000,
               [("Nhà phân phối đường (hợp đồng)", [1, 1, 1], "hợp đồng", 16000)])],
        unit_costs=[("labour", "Nhân công khoán", 6000), ("energy", "Điện, nước, gas", 3000)],
        lines=[("mats", "Chanh leo, đường", True), ("labour", "Nhân công khoán", False),
               ("energy", "Điện, nước, gas", False), ("pack", "Chai, nắp, can, thùng", False),
               ("sell", "Chiết khấu, vận chuyển", False)],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Kỹ thuật, kiểm soát chất lượng", [1, 1, 1]),
               ("Kinh doanh, kho", [2, 2, 2])],
        piece=("Lao động khoán theo sản phẩm", [6, 6, 7]),
        wage=[7.0, 7.2, 7.4],
        inv=[("Nhà xưởng chế biến 200 m²", 600, True), ("Nồi nấu cô đặc, máy ép, lọc", 380, True),
             ("Dây chuyền chiết rót, đóng nắp", 420, True), ("Kho mát bảo quản quả 40 m³", 100, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng TMCP Công Thương", 800)],
        life=10, loan=[800, 650, 500], rate=0.08, other=[160, 165, 170],
        cap=(120, 260),
        hist=dict(out=[15500, 17200, 18800], price=[112000, 115000, 118000], margin=[0.08, 0.09, 0.095]),
        sens=0),
    "jz05": dict(
        unit="lít", money="tr",
        products=[("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, [105000] * 3,
                   [16000, 17600, 19000], dict(pack=9000, sell=12000)),
                  ("Rượu sim, hộp quà 2 chai 500 ml", "hộp", 1.0, [250000] * 3,
                   [2000, 2300, 2600], dict(pack=30000, sell=28000)),
                  ("Rượu sim, can 2 lít", "can", 2, [320000] * 3,
                   [1000, 1100, 1200], dict(pack=8000, sell=20000))],
        mats=[("nep", "Gạo nếp cái", "kg", 1.1, 22000,
               [("Hộ trồng nếp là thành viên", [30, 30, 30], "hộ", 600)]),
              ("sim", "Quả sim chín", "kg", 0.8, 25000,
               [("Đồi sim của hợp tác xã", [12, 12, 12], "ha", 1000),
                ("Hộ thu hái sim thôn Tân Hương", [20, 20, 20], "hộ", 300)])],
        unit_costs=[("energy", "Men lá, củi, điện, nước", 9000)],
        lines=[("mats", "Gạo nếp, quả sim", True), ("energy", "Men lá, củi, điện, nước", False),
               ("pack", "Chai, hộp, can", False), ("sell", "Chiết khấu, vận chuyển", False)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.2, 6.4],
        inv=[("Nhà ủ, kho hạ thổ 80 m²", 300, True), ("Nồi chưng cất cách thủy 2 bộ", 240, True),
             ("Máy lọc, khử andehit, chiết chai", 280, True), ("Chum sành, bình ngâm sim", 100, True),
             ("Bể biogas xử lý bã rượu", 80, True),
             ("Thiết kế nhãn, hộp, tem truy xuất", 60, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=[120, 125, 130],
        cap=(80, 250),
        hist=dict(out=[9800, 10600, 11200], price=[185000, 192000, 198000], margin=[0.14, 0.15, 0.16]),
        sens=0),
    "jz06": dict(
        unit="lít", money="tr",
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, [90000] * 3,
                   [20000, 22000, 24000], dict(pack=6000, sell=10000)),
                  ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, [75000] * 3,
                   [12000, 13000, 14000], dict(pack=7000, sell=8000)),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [200000] * 3,
                   [1500, 1600, 1700], dict(pack=12000, sell=15000))],
        mats=[("ca", "Cá cơm tươi", "kg", 1.1, 18000,
               [("Tàu khai thác ven bờ của công ty", [2, 2, 2], "tàu", 9000),
                ("Vựa cá cảng Cửa Sót (hợp đồng)", [2, 2, 2], "vựa", 12000)]),
              ("muoi", "Muối hạt", "kg", 0.35, 4000,
               [("Diêm dân thôn Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 15000)])],
        unit_costs=[("energy", "Điện, nước, vận hành", 2500), ("trans", "Vận chuyển", 3000)],
        lines=[("mats", "Cá cơm, muối", True), ("energy", "Điện, nước, vận hành", False),
               ("trans", "Vận chuyển", False), ("pack", "Chai, can, thùng", False),
               ("sell", "Chiết khấu đại lý", False)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ủ chượp, kéo rút", [4, 4, 4]),
               ("Lọc, chiết, đóng thùng", [2, 2, 2]), ("Kinh doanh, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.7, 6.9],
        inv=[("Nhà chượp và kho 300 m²", 800, True), ("Thùng gỗ, bể composite ủ chượp", 600, True),
             ("Máy lọc, bồn inox, máy chiết rót", 400, True), ("Xe tải nhẹ giao hàng", 100, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 1100), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, loan=[900, 750, 600], rate=0.08, other=[180, 185, 190],
        cap=(700, 60),
        hist=dict(out=[24500, 26300, 27800], price=[92000, 96000, 99000], margin=[0.10, 0.11, 0.12]),
        sens=0),
    "jz07": dict(
        unit="kg", money="k",
        products=[("Mật ong hoa rừng, chai 700 g", "chai", 0.7, [200000] * 3,
                   [3000, 3600, 4200], dict(pack=9000, sell=15000)),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [220000] * 3,
                   [1500, 1800, 2100], dict(pack=10000, sell=15000)),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, [600000] * 3,
                   [200, 250, 300], dict(pack=15000, sell=30000))],
        mats=[("mo", "Mật ong thô", "kg", 1.06, 90000,
               [("Đàn ong của hộ", [350, 360, 370], "đàn", 10),
                ("Hộ nuôi ong thôn Khe Tre (hợp đồng)", [15, 15, 15], "hộ", 80)])],
        unit_costs=[("energy", "Điện, lọc, hạ thủy phần", 3000), ("trans", "Vận chuyển, gửi hàng", 6000)],
        lines=[("mats", "Mật ong thô", True), ("energy", "Điện, lọc, hạ thủy phần", False),
               ("trans", "Vận chuyển, gửi hàng", False), ("pack", "Chai, hũ, can", False),
               ("sell", "Chiết khấu cửa hàng", False)],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc ong, quay mật", [1, 1, 1]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 150, True), ("Bồn inox, máy lọc, máy quay mật", 90, True),
             ("Bổ sung thùng ong và đàn giống", 60, True), ("Phòng lọc, đóng chai 30 m²", 100, True),
             ("Chai, hũ, kiểm nghiệm ban đầu", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        life=8, loan=[200, 150, 100], rate=0.08, other=[40, 42, 44],
        cap=(60, 250),
        hist=dict(out=[3300, 3600, 3900], price=[225000, 232000, 240000], margin=[0.15, 0.16, 0.17]),
        sens=0),
    "jz08": dict(
        unit="kg", money="tr",
        products=[("Đông trùng hạ thảo sấy thăng hoa, hộp 20 g", "hộp", 0.02, [380000] * 3,
                   [4000, 4500, 5000], dict(pack=15000, sell=60000)),
                  ("Đông trùng hạ thảo sấy khô, túi 100 g", "túi", 0.1, [1600000] * 3,
                   [600, 680, 750], dict(pack=10000, sell=200000))],
        mats=[("gia", "Giá thể (gạo lứt, nhộng tằm)", "kg", 30, 40000,
               [("Hộ trồng lúa, nuôi tằm trong tổ", [15, 15, 15], "hộ", 400)]),
              ("giong", "Giống nấm dạng lỏng", "lít", 8, 150000,
               [("Trung tâm giống nấm (hợp đồng)", [1, 1, 1], "hợp đồng", 1600)])],
        unit_costs=[("energy", "Điện điều hòa, đèn, sấy", 2500000), ("chem", "Lọ, hóa chất khử trùng", 500000)],
        lines=[("mats", "Giá thể, giống nấm", True), ("energy", "Điện điều hòa, đèn, sấy", False),
               ("chem", "Lọ, hóa chất khử trùng", False), ("pack", "Hộp, túi", False),
               ("sell", "Chiết khấu, vận chuyển", False)],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Cấy giống, chăm sóc phòng nuôi", [2, 2, 2]),
               ("Thu hái, sấy, đóng gói", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[6.5, 6.7, 6.9],
        inv=[("Cải tạo 4 phòng nuôi cấy 120 m²", 420, True), ("Điều hòa, đèn LED, máy tạo ẩm", 300, True),
             ("Máy sấy thăng hoa 10 kg/mẻ", 380, True), ("Nồi hấp, tủ cấy vô trùng", 100, True),
             ("Thiết kế hộp, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của tổ viên", 1000), ("Vay Ngân hàng Chính sách xã hội", 500)],
        life=8, loan=[500, 400, 300], rate=0.066, other=[150, 155, 160],
        cap=(55, 4),
        hist=dict(out=[95, 110, 125], price=[16500000, 17000000, 17500000], margin=[0.16, 0.17, 0.18]),
        sens=1),
    "jz09": dict(
        unit="sản phẩm", money="tr",
        products=[("Khay trà gỗ chạm hoa sen", "chiếc", 1, [600000] * 3,
                   [1800, 2100, 2600], dict(pack=20000, sell=50000)),
                  ("Hộp đựng trà gỗ mít khắc chữ", "chiếc", 1, [280000] * 3,
                   [2400, 2800, 3300], dict(pack=12000, sell=25000)),
                  ("Tượng linh vật gỗ để bàn, cao 20 cm", "chiếc", 1, [450000] * 3,
                   [800, 900, 1100], dict(pack=25000, sell=40000))],
        mats=[("go", "Gỗ mít, xoan đào xẻ sấy", "m³", 0.005, 18000000,
               [("Xưởng xẻ gỗ rừng trồng Đức Bồng (hợp đồng)", [1, 1, 1], "hợp đồng", 40)])],
        unit_costs=[("labour", "Nhân công khoán chà nhám, sơn", 40000),
                    ("paint", "Sơn PU, dầu lau, giấy nhám", 25000), ("energy", "Điện", 8000)],
        lines=[("mats", "Gỗ xẻ sấy", True), ("labour", "Nhân công khoán chà nhám, sơn", False),
               ("paint", "Sơn PU, dầu lau, giấy nhám", False), ("energy", "Điện", False),
               ("pack", "Hộp giấy, túi vải", False), ("sell", "Chiết khấu, vận chuyển", False)],
        roles=[("Chủ cơ sở, quản lý", [1, 1, 1]), ("Vẽ mẫu, lập trình máy CNC", [1, 1, 1]),
               ("Đục, chạm hoàn thiện", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        piece=("Lao động khoán chà nhám, sơn", [4, 4, 4]),
        wage=[6.0, 6.2, 6.4],
        inv=[("Máy CNC khắc gỗ 4 đầu", 450, True), ("Cải tạo xưởng 160 m²", 300, True),
             ("Hệ thống hút bụi, buồng sơn", 80, True),
             ("Mẫu mã, hộp, thẻ treo", 30, False), ("Vốn lưu động", 190, False)],
        src=[("Vốn tự có của gia đình", 750), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, other=[100, 105, 110],
        cap=(22, 280),
        hist=dict(out=[3900, 4300, 4700], price=[400000, 410000, 420000], margin=[0.16, 0.18, 0.19]),
        sens=0),
    "jz10": dict(
        unit="chiếc", money="tr",
        products=[("Bánh ram ít đông lạnh, túi 10 chiếc", "túi", 10, [60000, 60000, 62000],
                   [40000, 72000, 115000], dict(pack=2500, sell=7000)),
                  ("Bánh ram chiên sẵn, hộp 20 chiếc", "hộp", 20, [110000] * 3,
                   [10000, 18000, 29000], dict(pack=5000, sell=13000))],
        mats=[("bot", "Bột nếp", "kg", 0.015, 30000,
               [("Cơ sở xay bột nếp Tùng Ảnh (hợp đồng)", [1, 1, 1], "hợp đồng", 30000)]),
              ("nhan", "Đậu xanh, thịt, tôm, gia vị", "kg", 0.010, 80000,
               [("Các hộ chăn nuôi, trồng đậu trong xã", [1, 1, 1], "mối", 20000)])],
        unit_costs=[("labour", "Nhân công khoán nặn, chiên", 500), ("energy", "Dầu chiên, gas, điện lạnh", 400)],
        lines=[("mats", "Bột nếp, nhân bánh", True), ("labour", "Nhân công khoán nặn, chiên", False),
               ("energy", "Dầu chiên, gas, điện lạnh", False), ("pack", "Túi, hộp, thùng", False),
               ("sell", "Chiết khấu, vận chuyển", False)],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Kỹ thuật, kho lạnh", [2, 2, 2]),
               ("Kinh doanh", [3, 4, 5])],
        piece=("Lao động khoán nặn, chiên bánh", [10, 18, 28]),
        wage=[7.0, 7.2, 7.4],
        inv=[("Dây chuyền viên bánh, chiên bán tự động", 900, True), ("Kho lạnh 30 m³, tủ cấp đông", 450, True),
             ("Cải tạo xưởng 250 m²", 650, True), ("Máy đóng gói hút chân không", 200, True),
             ("Bao bì, mã vạch, tem truy xuất", 80, False), ("Vốn lưu động", 520, False)],
        src=[("Vốn góp của cổ đông", 1300), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 1500)],
        life=10, loan=[1500, 1200, 900], rate=0.08, other=[200, 220, 240],
        cap=(7200, 300),
        hist=dict(out=[430000, 480000, 520000], price=[5400, 5600, 5800], margin=[0.09, 0.10, 0.10]),
        sens=0),
}

READY = ("jz01", "jz02", "jz03", "jz04")
REVISE = ("jz05", "jz06", "jz07", "jz08", "jz09", "jz10")
SKETCHY = ("jz11", "jz12")
STEMS = {
    "jz01": "jz01_cu_do_tien_dien_cty", "jz02": "jz02_tra_ca_gai_leo_thien_cam_htx",
    "jz03": "jz03_homestay_lang_chai_hkd", "jz04": "jz04_siro_chanh_leo_son_hong_ctcp",
    "jz05": "jz05_ruou_sim_ky_thuong_htx", "jz06": "jz06_nuoc_mam_cua_sot_cty",
    "jz07": "jz07_mat_ong_khe_tre_hkd", "jz08": "jz08_dong_trung_ha_thao_son_kim_tht",
    "jz09": "jz09_khay_go_yen_ho_gia_dinh", "jz10": "jz10_banh_ram_tung_loc_ctcp",
    "jz11": "jz11_nam_so_so_sai", "jz12": "jz12_choi_dot_so_sai",
}


# --------------------------------------------------------------------------- the model
def model(key: str) -> dict:
    """Every figure of plan `key`, true values (money in triệu đồng)."""
    P = PLANS[key]
    prods, ny = P["products"], 3
    m: dict = {"key": key}
    m["packs"] = [list(p[4]) for p in prods]
    m["price"] = [list(p[3]) for p in prods]
    m["Q"] = [sum(p[4][y] * p[2] for p in prods) for y in range(ny)]
    m["rev_lines"] = [[p[4][y] * p[3][y] / 1e6 for y in range(ny)] for p in prods]
    m["R"] = [sum(line[y] for line in m["rev_lines"]) for y in range(ny)]
    m["need"], m["supply_rows"], m["supply"], m["mat_cost"] = {}, {}, {}, {}
    for mk, _label, _unit, norm, price, rows in P["mats"]:
        m["need"][mk] = [m["Q"][y] * norm for y in range(ny)]
        m["supply_rows"][mk] = [[r[1][y] * r[3] for y in range(ny)] for r in rows]
        m["supply"][mk] = [sum(r[y] for r in m["supply_rows"][mk]) for y in range(ny)]
        m["mat_cost"][mk] = [m["need"][mk][y] * price / 1e6 for y in range(ny)]
    uc = {k: v for k, _, v in P["unit_costs"]}
    vl = {}
    for lk, _label, _mat in P["lines"]:
        if lk == "mats":
            vl[lk] = [sum(v[y] for v in m["mat_cost"].values()) for y in range(ny)]
        elif lk in uc:
            vl[lk] = [m["Q"][y] * uc[lk] / 1e6 for y in range(ny)]
        else:
            vl[lk] = [sum(p[4][y] * p[5].get(lk, 0) for p in prods) / 1e6 for y in range(ny)]
    m["vl"] = vl
    m["V"] = [sum(v[y] for v in vl.values()) for y in range(ny)]
    m["M"] = [sum(vl[k][y] for k, _, mat in P["lines"] if mat) for y in range(ny)]
    if P.get("proc"):
        m["proc"] = [[m["M"][y] * share for y in range(ny)] for _i, _s, share in P["proc"]]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(ny)]
    m["piece"] = list(P["piece"][1]) if P.get("piece") else [0, 0, 0]
    m["workers"] = [m["staff"][y] + m["piece"][y] for y in range(ny)]
    m["W"] = [m["staff"][y] * P["wage"][y] * 12 for y in range(ny)]
    m["inv"] = [i[1] for i in P["inv"]]
    m["inv_total"] = sum(m["inv"])
    m["inv_fixed"] = sum(i[1] for i in P["inv"] if i[2])
    m["src"] = [s[1] for s in P["src"]]
    m["src_total"] = sum(m["src"])
    m["src_share"] = [s / m["src_total"] * 100 for s in m["src"]]
    m["dep"] = m["inv_fixed"] / P["life"]
    m["I"] = [P["loan"][y] * P["rate"] for y in range(ny)]
    m["O"] = list(P["other"])
    m["F"] = [m["W"][y] + m["dep"] + m["I"][y] + m["O"][y] for y in range(ny)]
    m["C"] = [m["V"][y] + m["F"][y] for y in range(ny)]
    m["P"] = [m["R"][y] - m["C"][y] for y in range(ny)]
    m["cap"] = P["cap"][0] * P["cap"][1]
    bound = P.get("cap_products", range(len(prods)))
    m["cap_out"] = [sum(prods[i][4][y] * prods[i][2] for i in bound) for y in range(ny)]
    m["use"] = [m["cap_out"][y] / m["cap"] * 100 for y in range(ny)]
    m["payback"] = None  # set in derive()
    h = P["hist"]
    m["hist_out"] = list(h["out"])
    m["hist_price"] = list(h["price"])
    m["hist_R"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m["hist_P"] = [m["hist_R"][i] * h["margin"][i] for i in range(3)]
    derive(m, P)
    return m


def derive(m: dict, P: dict) -> None:
    """The figures that follow revenue, costs and profit (recomputed after a planted change)."""
    ny = 3
    m["margin"] = [m["P"][y] / m["R"][y] * 100 for y in range(ny)]
    m["CM"] = [m["R"][y] - m["V"][y] for y in range(ny)]
    m["CMR"] = [m["CM"][y] / m["R"][y] * 100 for y in range(ny)]
    m["BE_R"] = [m["F"][y] / (m["CM"][y] / m["R"][y]) for y in range(ny)]
    m["BE_Q"] = [m["Q"][y] * m["F"][y] / m["CM"][y] for y in range(ny)]
    m["BE_cap"] = [m["BE_Q"][y] / m["cap"] * 100 for y in range(ny)]
    m["safety"] = [(m["R"][y] - m["BE_R"][y]) / m["R"][y] * 100 for y in range(ny)]
    m["BE_month"] = [12 * m["F"][y] / m["CM"][y] for y in range(ny)]
    m["avg_price"] = [m["R"][y] * 1e6 / m["Q"][y] for y in range(ny)]
    m["avg_var"] = [m["V"][y] * 1e6 / m["Q"][y] for y in range(ny)]
    m["unit_cm"] = [m["avg_price"][y] - m["avg_var"][y] for y in range(ny)]
    m["be_price"] = [m["C"][y] * 1e6 / m["Q"][y] for y in range(ny)]
    m["P_avg"] = sum(m["P"]) / ny
    m["payback"] = m["inv_total"] / (m["P_avg"] + m["dep"])
    s = P["sens"]
    R, V, F, M, Q, P0 = m["R"][s], m["V"][s], m["F"][s], m["M"][s], m["Q"][s], m["P"][s]
    cases = [("base", R, V, F, Q), ("price", 0.9 * R, V, F, Q), ("out", 0.8 * R, 0.8 * V, F, 0.8 * Q),
             ("mat", R, V + 0.15 * M, F, Q), ("both", 0.9 * R, V + 0.15 * M, F, Q)]
    m["sens"] = {}
    for name, r, v, f, q in cases:
        p = r - v - f
        m["sens"][name] = dict(R=r, V=v, F=f, C=v + f, P=p, Q=q, margin=p / r * 100,
                               dP=(p - P0) / P0 * 100, BE_R=f / ((r - v) / r), BE_Q=q * f / (r - v),
                               payback=m["inv_total"] / (p + m["dep"]))


def printed(key: str) -> dict:
    """The model as the plan prints it: the planted defects and the figures that follow them."""
    m = model(key)
    mp = copy.deepcopy(m)
    P = PLANS[key]
    if key == "jz05":
        mp["payback"] = 1.3  # true 1.85 years
    elif key == "jz06":
        # revenue-mismatch: 2028 line of the 500 ml bottle; the total, profit, margin and the
        # 2028 break-even figures follow it; payback follows the inflated profit
        mp["rev_lines"][0][1] = 2250.0
        mp["R"][1] = sum(line[1] for line in mp["rev_lines"])
        mp["P"][1] = mp["R"][1] - mp["C"][1]
        sens_keep = mp["sens"]
        derive(mp, P)
        mp["sens"] = sens_keep
        # capital-mismatch: the investment total 2.300 against sources 2.000 (printed as they are)
    elif key == "jz07":
        mp["P"][0] = 246.0  # true 189.0 (thousands: 246.000 against 189.000)
        mp["margin"][0] = mp["P"][0] / mp["R"][0] * 100
        mp["P_avg"] = sum(mp["P"]) / 3
        mp["payback"] = mp["inv_total"] / (mp["P_avg"] + mp["dep"])
        d = mp["P"][0] - m["P"][0]
        for c in mp["sens"].values():
            c["P"] += d
        for c in mp["sens"].values():
            c["dP"] = (c["P"] - mp["sens"]["base"]["P"]) / mp["sens"]["base"]["P"] * 100
    elif key == "jz08":
        # table-total-mismatch: break-even table, 2028 "Tổng định phí"; the break-even figures follow it
        mp["F_be"] = list(m["F"])
        mp["F_be"][1] = 716.0  # true 813.8
        mp["BE_R_be"] = [mp["F_be"][y] / (m["CM"][y] / m["R"][y]) for y in range(3)]
        mp["BE_Q_be"] = [m["Q"][y] * mp["F_be"][y] / m["CM"][y] for y in range(3)]
        mp["BE_cap_be"] = [mp["BE_Q_be"][y] / m["cap"] * 100 for y in range(3)]
    return mp


# planted (or knock-on) differences between printed() and model(): key path -> kind
PLANTED = {
    "jz05": {("payback",): "payback-mismatch"},
    "jz06": {("rev_lines", 0, 1): "revenue-mismatch", ("R", 1): "knock-on", ("P", 1): "knock-on",
             ("margin", 1): "knock-on", ("CM", 1): "knock-on", ("CMR", 1): "knock-on",
             ("BE_R", 1): "knock-on", ("BE_Q", 1): "knock-on", ("BE_cap", 1): "knock-on",
             ("safety", 1): "knock-on", ("BE_month", 1): "knock-on", ("avg_price", 1): "knock-on",
             ("unit_cm", 1): "knock-on", ("P_avg",): "knock-on", ("payback",): "knock-on"},
    "jz07": {("P", 0): "profit-mismatch", ("margin", 0): "knock-on", ("P_avg",): "knock-on",
             ("payback",): "knock-on", ("sens", "*", "P"): "knock-on", ("sens", "*", "dP"): "knock-on"},
    "jz08": {},
}


# --------------------------------------------------------------------------- formatting
def fm(x: float, d: int = 0) -> str:
    """Vietnamese number: 1.234,5."""
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 and float(s.replace(".", "").replace(",", ".")) != 0 else "") + s


class Num:
    """A numeric cell: the printed value, its decimals and (when it differs) the true value."""

    def __init__(self, value: float, d: int = 0, true: float | None = None):
        self.value, self.d, self.true = value, d, true

    def __str__(self) -> str:
        return fm(self.value, self.d)


def money(key: str, x: float, true: float | None = None) -> Num:
    """A money cell in the plan's table unit (triệu đồng with one decimal, or nghìn đồng)."""
    if PLANS[key]["money"] == "k":
        return Num(x * 1000, 0, None if true is None or _same(x, true) else true * 1000)
    return Num(x, 1, None if true is None or _same(x, true) else true)


def num(x: float, d: int = 0, true: float | None = None) -> Num:
    return Num(x, d, None if true is None or _same(x, true) else true)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def money_word(key: str) -> str:
    return "nghìn đồng" if PLANS[key]["money"] == "k" else "triệu đồng"


def mtext(key: str, x: float) -> str:
    """A money amount as the prose states it."""
    if PLANS[key]["money"] == "k":
        return f"{fm(round(x * 1000) * 1000)} đồng"
    return f"{fm(x, 1)} triệu đồng"


YH = [f"Năm {y}" for y in YEARS]


# --------------------------------------------------------------------------- tables
def t_hist(key, m, cap, style="rows"):
    P = PLANS[key]
    u = P["unit"]
    mw = money_word(key)
    if style == "years":
        rows = [[str(HIST_YEARS[i]), num(m["hist_out"][i]), num(m["hist_price"][i]),
                 money(key, m["hist_R"][i]), money(key, m["hist_P"][i])] for i in range(3)]
        return dict(caption=cap, unit=f"ĐVT: doanh thu, lợi nhuận: {mw}",
                    header=["Năm", f"Sản lượng ({u})", f"Giá bình quân (đồng/{u})", "Doanh thu", "Lợi nhuận"],
                    rows=rows)
    rows = [["1", f"Sản lượng ({u})"] + [num(x) for x in m["hist_out"]],
            ["2", f"Giá bán bình quân (đồng/{u})"] + [num(x) for x in m["hist_price"]],
            ["3", f"Doanh thu ({mw})"] + [money(key, x) for x in m["hist_R"]],
            ["4", f"Lợi nhuận ({mw})"] + [money(key, x) for x in m["hist_P"]]]
    return dict(caption=cap, unit=None, header=["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS], rows=rows)


def t_price(key, m, cap, years=True):
    P = PLANS[key]
    if years:
        rows = [[p[0], p[1]] + [num(x) for x in p[3]] for p in P["products"]]
        return dict(caption=cap, unit="ĐVT: đồng/đơn vị sản phẩm", header=["Sản phẩm", "Đơn vị"] + YH, rows=rows)
    rows = [[p[0], p[1], num(p[3][0])] for p in P["products"]]
    return dict(caption=cap, unit=None, header=["Sản phẩm", "Đơn vị", "Giá bán (đồng)"], rows=rows)


def t_raw(key, m, cap, balance=True):
    P = PLANS[key]
    rows = []
    for mk, label, unit, norm, price, srows in P["mats"]:
        short = label.split(",")[0].split(" (")[0]
        for r, vals in zip(srows, m["supply_rows"][mk]):
            scale = (f"{fm(r[3])} {unit}/năm" if r[1][0] == 1 and r[1] == [1, 1, 1]
                     else f"{fm(r[1][0])} {r[2]} × {fm(r[3])} {unit}")
            rows.append([f"{short}: {r[0]}, {scale}"] + [num(v) for v in vals])
        rows.append([f"Cộng nguồn {short.lower()}"] + [num(v) for v in m["supply"][mk]])
        nf = fm(norm, 3 if norm < 0.1 else 2).rstrip("0").rstrip(",")
        rows.append([f"Nhu cầu {short.lower()} ({nf} {unit}/{P['unit']})"] + [num(v) for v in m["need"][mk]])
        if balance:
            rows.append([f"{short} còn dư"] + [num(s - n) for s, n in zip(m["supply"][mk], m["need"][mk])])
    return dict(caption=cap, unit=None, header=["Nguồn cung và nhu cầu"] + YH, rows=rows)


def t_proc(key, m, cap):
    P = PLANS[key]
    rows = [[i, s] + [money(key, v) for v in vals] for (i, s, _sh), vals in zip(P["proc"], m["proc"])]
    rows.append(["Cộng", "Bốn nhóm nguồn"] + [money(key, x) for x in m["M"]])
    return dict(caption=cap, unit=f"ĐVT: {money_word(key)}", header=["Mặt hàng", "Nguồn cung"] + YH, rows=rows)


def t_staff(key, m, cap):
    P = PLANS[key]
    rows = [[r[0]] + [num(x) for x in r[1]] for r in P["roles"]]
    if P.get("piece"):
        rows.append([P["piece"][0]] + [num(x) for x in P["piece"][1]])
    rows.append(["Tổng số lao động"] + [num(x) for x in m["workers"]])
    rows.append(["Lương tháng (triệu đồng/người)"] + [num(x, 1) for x in P["wage"]])
    label = "Quỹ lương lao động cố định" if P.get("piece") else "Quỹ lương năm"
    rows.append([f"{label} ({money_word(key)})"] + [money(key, x) for x in m["W"]])
    return dict(caption=cap, unit=None, header=["Vị trí"] + YH, rows=rows)


def t_out(key, m, cap, cap_label, use_label="Mức sử dụng công suất (%)", show_use=True, unit_col=True):
    P = PLANS[key]
    u = P["unit"]
    rows = [[p[0], p[1]] + [num(x) for x in p[4]] for p in P["products"]]
    if any(p[2] != 1 for p in P["products"]):
        rows.append(["Sản lượng quy đổi", u] + [num(x, 1 if m["Q"][0] < 1000 else 0) for x in m["Q"]])
    elif len(P["products"]) > 1:
        rows.append(["Tổng cộng", u] + [num(x) for x in m["Q"]])
    rows.append([cap_label, u] + [num(m["cap"])] * 3)
    if show_use:
        rows.append([use_label, "%"] + [num(x, 1) for x in m["use"]])
    if not unit_col:  # the unit goes into the label
        rows = [[f"{r[0]} ({r[1]})" if not r[0].endswith("(%)") else r[0]] + r[2:] for r in rows]
        return dict(caption=cap, unit=None, header=["Sản phẩm"] + YH, rows=rows)
    return dict(caption=cap, unit=None, header=["Sản phẩm", "Đơn vị"] + YH, rows=rows)


def t_inv(key, m, cap):
    P = PLANS[key]
    rows = [[it[0], money(key, it[1])] for it in P["inv"]]
    rows.append(["Tổng vốn đầu tư", money(key, m["inv_total"])])
    return dict(caption=cap, unit=f"ĐVT: {money_word(key)}", header=["Hạng mục", "Thành tiền"], rows=rows)


def t_src(key, m, cap):
    P = PLANS[key]
    rows = [[s[0], money(key, s[1]), num(sh, 1)] for s, sh in zip(P["src"], m["src_share"])]
    rows.append(["Tổng nguồn vốn", money(key, m["src_total"]), num(100, 1)])
    return dict(caption=cap, unit=f"ĐVT: {money_word(key)}", header=["Nguồn vốn", "Số tiền", "Tỷ lệ (%)"],
                rows=rows)


def t_rev(key, mp, m, cap, total="Tổng doanh thu"):
    P = PLANS[key]
    rows = [[p[0]] + [money(key, mp["rev_lines"][i][y], m["rev_lines"][i][y]) for y in range(3)]
            for i, p in enumerate(P["products"])]
    rows.append([total] + [money(key, mp["R"][y], m["R"][y]) for y in range(3)])
    return dict(caption=cap, unit=f"ĐVT: {money_word(key)}", header=["Sản phẩm"] + YH, rows=rows)


def t_cost(key, mp, m, cap, vlabel="Chi phí biến đổi (biến phí)", flabel="Chi phí cố định (định phí)"):
    P = PLANS[key]
    rows = [["I", vlabel] + [money(key, x) for x in mp["V"]]]
    for i, (lk, label, _mat) in enumerate(P["lines"]):
        rows.append([f"{i + 1}", label] + [money(key, x) for x in mp["vl"][lk]])
    rows.append(["II", flabel] + [money(key, x) for x in mp["F"]])
    piece = P.get("piece")
    rows.append(["1", "Lương lao động cố định" if piece else "Tiền lương"] + [money(key, x) for x in mp["W"]])
    rows.append(["2", "Khấu hao tài sản cố định"] + [money(key, mp["dep"])] * 3)
    rows.append(["3", "Lãi vay"] + [money(key, x) for x in mp["I"]])
    rows.append(["4", "Chi phí cố định khác"] + [money(key, x) for x in mp["O"]])
    rows.append(["III", "Tổng chi phí (I + II)"] + [money(key, x) for x in mp["C"]])
    return dict(caption=cap, unit=f"ĐVT: {money_word(key)}", header=["TT", "Khoản mục"] + YH, rows=rows)


def t_sum(key, mp, m, cap, plabel="Lợi nhuận trước thuế"):
    rows = [["1", "Doanh thu"] + [money(key, mp["R"][y], m["R"][y]) for y in range(3)],
            ["2", "Tổng chi phí"] + [money(key, x) for x in mp["C"]],
            ["3", plabel] + [money(key, mp["P"][y], m["P"][y]) for y in range(3)],
            ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [num(mp["margin"][y], 1, m["margin"][y]) for y in range(3)]]
    return dict(caption=cap, unit=f"ĐVT: {money_word(key)}", header=["TT", "Chỉ tiêu"] + YH, rows=rows)


BE_ROWS = {
    # name: (label template, source key, kind, decimals)
    "F": ("Định phí", "F", "money", 1), "V": ("Biến phí", "V", "money", 1), "R": ("Doanh thu", "R", "money", 1),
    "CM": ("Số dư đảm phí (doanh thu − biến phí)", "CM", "money", 1),
    "CMR": ("Tỷ lệ số dư đảm phí (%)", "CMR", "num", 1),
    "BE_R": ("Doanh thu hòa vốn", "BE_R", "money", 1),
    "BE_Q": ("Sản lượng hòa vốn ({u})", "BE_Q", "num", 0),
    "BE_cap": ("Công suất hòa vốn (%)", "BE_cap", "num", 1),
    "safety": ("Mức an toàn doanh thu (%)", "safety", "num", 1),
    "BE_month": ("Thời gian hòa vốn trong năm (tháng)", "BE_month", "num", 1),
    "avg_price": ("Giá bán bình quân (đồng/{u})", "avg_price", "num", 0),
    "avg_var": ("Biến phí đơn vị (đồng/{u})", "avg_var", "num", 0),
    "unit_cm": ("Lãi trên biến phí đơn vị (đồng/{u})", "unit_cm", "num", 0),
    "be_price": ("Giá bán hòa vốn (đồng/{u})", "be_price", "num", 0),
}


def t_be(key, mp, m, cap, rows_spec):
    """rows_spec: list of (name, label or None) — label overrides BE_ROWS' template; special names:
    'W', 'dep', 'I', 'O' (fixed items), 'BE_packs:<i>:<label>' (break-even output in packs of product i)."""
    P = PLANS[key]
    u = P["unit"]
    F_src = mp.get("F_be", mp["F"])
    rows = []
    for name, label in rows_spec:
        if name in ("W", "dep", "I", "O"):
            vals = [mp["dep"]] * 3 if name == "dep" else mp[name]
            rows.append([label] + [money(key, x) for x in vals])
            continue
        if name == "F":
            rows.append([label or "Định phí"] + [money(key, F_src[y], m["F"][y]) for y in range(3)])
            continue
        if name.startswith("BE_packs"):
            _, i = name.split(":")
            i = int(i)
            size = P["products"][i][2]
            src = mp.get("BE_Q_be", mp["BE_Q"])
            rows.append([label] + [num(src[y] / size, 0, m["BE_Q"][y] / size) for y in range(3)])
            continue
        tmpl, sk, kind, d = BE_ROWS[name]
        lab = (label or tmpl).replace("{u}", u)
        src = mp.get(sk + "_be", mp[sk])
        if kind == "money":
            rows.append([lab] + [money(key, src[y], m[sk][y]) for y in range(3)])
        else:
            dd = 1 if (name == "BE_Q" and m["Q"][0] < 1000) else d
            rows.append([lab] + [num(src[y], dd, m[sk][y]) for y in range(3)])
    unit = f"ĐVT: {money_word(key)}"
    return dict(caption=cap, unit=unit, header=["Chỉ tiêu"] + YH, rows=rows)


SENS_COL = {
    # name: (header, field, kind, decimals)
    "R": ("Doanh thu", "R", "money", 1), "V": ("Biến phí", "V", "money", 1), "F": ("Định phí", "F", "money", 1),
    "C": ("Tổng chi phí", "C", "money", 1), "P": ("Lợi nhuận", "P", "money", 1),
    "margin": ("Tỷ suất LN (%)", "margin", "num", 1), "dP": ("So với phương án (%)", "dP", "num", 1),
    "BE_R": ("Doanh thu hòa vốn", "BE_R", "money", 1), "BE_Q": ("Sản lượng hòa vốn", "BE_Q", "num", 0),
    "Q": ("Lượt khách", "Q", "num", 0), "payback": ("Hoàn vốn (năm)", "payback", "num", 1),
}


def t_sens(key, mp, m, cap, cases, cols, orient="rows", unit=True):
    """cases: list of (case name, label); cols: list of (column name, header or None)."""
    def cell(case, col):
        _h, f, kind, d = SENS_COL[col]
        v, t = mp["sens"][case][f], m["sens"][case][f]
        if kind == "money":
            return money(key, v, t)
        return num(v, d, t)

    if orient == "rows":
        header = ["Trường hợp"] + [h or SENS_COL[c][0] for c, h in cols]
        rows = [[lab] + [cell(cn, c) for c, _h in cols] for cn, lab in cases]
    else:
        header = ["Chỉ tiêu"] + [lab for _cn, lab in cases]
        rows = [[h or SENS_COL[c][0]] + [cell(cn, c) for cn, _lab in cases] for c, h in cols]
    return dict(caption=cap, unit=f"ĐVT: {money_word(key)}" if unit else None, header=header, rows=rows)


# per plan: the computed tables in the order the plan prints them (captions as printed)
C4 = [("base", "Phương án (năm 2027)"), ("price", "Giá bán giảm 10 %"), ("out", "Sản lượng giảm 20 %"),
      ("mat", "Giá nguyên liệu tăng 15 %")]


def layout(key: str) -> dict[str, dict]:
    m, mp = model(key), printed(key)
    L: dict[str, dict] = {}
    if key == "jz01":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Quy cách và giá bán dự kiến")
        L["raw"] = t_raw(key, m, "Bảng 4. Cân đối nguyên liệu (kg)")
        L["staff"] = t_staff(key, m, "Bảng 6. Lao động và tiền lương")
        L["out"] = t_out(key, m, "Bảng 7. Kế hoạch sản lượng 2027 – 2029", "Công suất dây chuyền (110 kg × 300 ngày)")
        L["inv"] = t_inv(key, m, "Bảng 8. Tổng vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 9. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 10. Doanh thu dự kiến")
        L["cost"] = t_cost(key, mp, m, "Bảng 11. Chi phí sản xuất kinh doanh")
        L["sum"] = t_sum(key, mp, m, "Bảng 12. Tổng hợp hiệu quả kinh tế")
        L["be"] = t_be(key, mp, m, "Bảng 13. Điểm hòa vốn theo năm",
                       [("F", "Định phí"), ("V", "Biến phí"), ("CM", None), ("CMR", None), ("BE_R", None),
                        ("BE_Q", None), ("BE_cap", None), ("safety", None)])
        L["sens"] = t_sens(key, mp, m, "Bảng 14. Phân tích độ nhạy của lợi nhuận năm 2027", C4,
                           [("R", None), ("C", None), ("P", None), ("dP", None)])
    elif key == "jz02":
        L["hist"] = t_hist(key, m, "Bảng 2. Kết quả sản xuất, kinh doanh ba năm gần đây", style="years")
        L["price"] = t_price(key, m, "Bảng 3. Sản phẩm và giá bán")
        L["raw"] = t_raw(key, m, "Bảng 4. Nhu cầu và nguồn cung cà gai leo tươi (kg)")
        L["staff"] = t_staff(key, m, "Bảng 6. Lao động của hợp tác xã tham gia phương án")
        L["out"] = t_out(key, m, "Bảng 7. Sản lượng kế hoạch", "Công suất sấy (28 kg × 280 ngày)")
        L["inv"] = t_inv(key, m, "Bảng 8. Nhu cầu vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 9. Cơ cấu nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 10. Dự kiến doanh thu")
        L["cost"] = t_cost(key, mp, m, "Bảng 11. Dự toán chi phí", vlabel="Chi phí biến đổi",
                           flabel="Chi phí cố định")
        L["sum"] = t_sum(key, mp, m, "Bảng 12. Doanh thu, chi phí, lợi nhuận")
        L["be"] = t_be(key, mp, m, "Bảng 13. Điểm hòa vốn",
                       [("F", "Chi phí cố định"), ("CM", "Lãi trên biến phí"), ("CMR", "Tỷ lệ lãi trên biến phí (%)"),
                        ("BE_R", None), ("BE_Q", "Sản lượng hòa vốn quy đổi (kg khô)"),
                        ("BE_month", None)])
        L["sens"] = t_sens(key, mp, m, "Bảng 14. Độ nhạy của lợi nhuận năm 2028",
                           [("base", "Cơ sở 2028"), ("price", "Giá −10 %"), ("out", "SL −20 %"),
                            ("mat", "NL +15 %")],
                           [("R", None), ("V", "Chi phí biến đổi"), ("F", "Chi phí cố định"), ("P", None),
                            ("BE_R", None)], orient="cols")
    elif key == "jz03":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả kinh doanh 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Gói dịch vụ và giá bán", years=False)
        L["proc"] = t_proc(key, m, "Bảng 3. Thực phẩm mua của người dân địa phương")
        L["staff"] = t_staff(key, m, "Bảng 4. Lao động của cơ sở")
        L["out"] = t_out(key, m, "Bảng 5. Kế hoạch đón khách",
                         "Sức chứa phòng nghỉ, gói 2 ngày 1 đêm (12 khách × 360 đêm)",
                         use_label="Công suất phòng sử dụng (%)")
        L["inv"] = t_inv(key, m, "Bảng 6. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 7. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 8. Doanh thu dự kiến")
        L["cost"] = t_cost(key, mp, m, "Bảng 9. Chi phí kinh doanh")
        L["sum"] = t_sum(key, mp, m, "Bảng 10. Hiệu quả kinh doanh")
        L["be"] = t_be(key, mp, m, "Bảng 11. Số lượt khách hòa vốn",
                       [("F", "Định phí"), ("avg_price", "Doanh thu bình quân một lượt (đồng)"),
                        ("avg_var", "Biến phí bình quân một lượt (đồng)"),
                        ("unit_cm", "Lãi trên biến phí một lượt (đồng)"), ("BE_Q", "Lượt khách hòa vốn"),
                        ("BE_R", None)])
        L["sens"] = t_sens(key, mp, m, "Bảng 12. Lợi nhuận năm 2027 theo các trường hợp",
                           [("base", "Phương án"), ("price", "Giá các gói giảm 10 %"),
                            ("out", "Lượt khách giảm 20 %"), ("mat", "Giá thực phẩm tăng 15 %")],
                           [("Q", None), ("R", None), ("P", None), ("BE_Q", "Lượt khách hòa vốn")])
    elif key == "jz04":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Sản phẩm và giá bán buôn", years=False)
        L["raw"] = t_raw(key, m, "Bảng 3. Cân đối nguyên liệu")
        L["staff"] = t_staff(key, m, "Bảng 5. Lao động và tiền lương")
        L["out"] = t_out(key, m, "Bảng 6. Sản lượng dự kiến", "Công suất (120 lít × 260 ngày)")
        L["inv"] = t_inv(key, m, "Bảng 7. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 8. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 9. Doanh thu")
        L["cost"] = t_cost(key, mp, m, "Bảng 10. Chi phí")
        L["sum"] = t_sum(key, mp, m, "Bảng 11. Kết quả kinh doanh dự kiến")
        L["be"] = t_be(key, mp, m, "Bảng 12. Hòa vốn tính trên một lít siro quy đổi",
                       [("F", "Định phí"), ("avg_price", None), ("avg_var", None), ("unit_cm", None),
                        ("BE_Q", None), ("BE_R", None), ("be_price", None)])
        L["sens"] = t_sens(key, mp, m, "Bảng 13. Kiểm tra độ nhạy (năm 2027)",
                           C4 + [("both", "Giá −10 % và nguyên liệu +15 %")],
                           [("R", None), ("V", None), ("P", None), ("margin", None)])
    elif key == "jz05":
        L["hist"] = t_hist(key, m, "Bảng 1. Sản xuất, kinh doanh 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Giá bán", years=False)
        L["raw"] = t_raw(key, m, "Bảng 3. Nguyên liệu cần và nguồn cung (kg)")
        L["staff"] = t_staff(key, m, "Bảng 4. Lao động")
        L["out"] = t_out(key, m, "Bảng 5. Sản lượng kế hoạch", "Công suất chưng cất (80 lít × 250 ngày)")
        L["inv"] = t_inv(key, m, "Bảng 6. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 7. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 8. Doanh thu")
        L["cost"] = t_cost(key, mp, m, "Bảng 9. Chi phí")
        L["sum"] = t_sum(key, mp, m, "Bảng 10. Lợi nhuận")
        L["be"] = t_be(key, mp, m, "Bảng 11. Điểm hòa vốn",
                       [("F", "Định phí"), ("CMR", "Tỷ lệ lãi trên biến phí (%)"), ("BE_R", None),
                        ("BE_Q", "Sản lượng hòa vốn (lít)"), ("BE_packs:0", "Quy đổi chai 500 ml"),
                        ("BE_cap", None)])
        L["sens"] = t_sens(key, mp, m, "Bảng 12. Độ nhạy của lợi nhuận năm 2027", C4,
                           [("R", None), ("P", None), ("BE_Q", "Hòa vốn (lít)")])
    elif key == "jz06":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả 2024 – 2026", style="years")
        L["raw"] = t_raw(key, m, "Bảng 3. Cân đối nguyên liệu (kg)")
        L["staff"] = t_staff(key, m, "Bảng 4. Lao động")
        L["out"] = t_out(key, m, "Bảng 5. Sản lượng theo sản phẩm",
                         "Thể tích ủ (60 thùng × 700 lít)", use_label="Sử dụng thể tích ủ (%)")
        L["inv"] = t_inv(key, m, "Bảng 6. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 7. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 8. Doanh thu theo sản phẩm")
        L["cost"] = t_cost(key, mp, m, "Bảng 9. Chi phí")
        L["sum"] = t_sum(key, mp, m, "Bảng 10. Hiệu quả kinh tế")
        L["be"] = t_be(key, mp, m, "Bảng 11. Điểm hòa vốn",
                       [("F", "Định phí"), ("V", "Biến phí"), ("R", "Doanh thu"), ("CMR", None),
                        ("BE_R", None), ("BE_Q", "Sản lượng hòa vốn (lít)"), ("safety", "Hệ số an toàn (%)")])
        L["sens"] = t_sens(key, mp, m, "Bảng 12. Độ nhạy lợi nhuận năm 2027",
                           [("base", "Phương án"), ("price", "Giá −10 %"), ("out", "Sản lượng −20 %"),
                            ("mat", "Cá, muối +15 %")],
                           [("R", None), ("V", None), ("F", None), ("P", None)], orient="cols")
    elif key == "jz07":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Sản phẩm và giá bán", years=False)
        L["raw"] = t_raw(key, m, "Bảng 3. Nguồn mật ong thô (kg)", balance=False)
        L["staff"] = t_staff(key, m, "Bảng 4. Lao động")
        L["out"] = t_out(key, m, "Bảng 5. Sản lượng dự kiến", "Công suất máy (60 kg × 250 ngày)")
        L["inv"] = t_inv(key, m, "Bảng 6. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 7. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 8. Doanh thu")
        L["cost"] = t_cost(key, mp, m, "Bảng 9. Chi phí")
        L["sum"] = t_sum(key, mp, m, "Bảng 10. Lợi nhuận", plabel="Lợi nhuận")
        L["be"] = t_be(key, mp, m, "Bảng 11. Hòa vốn",
                       [("F", "Định phí"), ("unit_cm", "Lãi trên biến phí (đồng/kg)"),
                        ("BE_Q", "Sản lượng hòa vốn (kg)"), ("BE_R", None), ("BE_month", "Tháng hòa vốn")])
        L["sens"] = t_sens(key, mp, m, "Bảng 12. Lợi nhuận năm 2027 khi điều kiện thay đổi",
                           [("base", "Theo phương án"), ("price", "Giá bán giảm 10 %"),
                            ("out", "Sản lượng giảm 20 %"), ("mat", "Giá mật thô tăng 15 %")],
                           [("P", None), ("dP", "Thay đổi (%)")])
    elif key == "jz08":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Sản phẩm, giá bán", years=False)
        L["raw"] = t_raw(key, m, "Bảng 3. Vật tư nuôi cấy")
        L["staff"] = t_staff(key, m, "Bảng 4. Lao động")
        L["out"] = t_out(key, m, "Bảng 5. Sản lượng", "Công suất (55 kg × 4 đợt)")
        L["inv"] = t_inv(key, m, "Bảng 6. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 7. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 8. Doanh thu")
        L["cost"] = t_cost(key, mp, m, "Bảng 9. Chi phí")
        L["sum"] = t_sum(key, mp, m, "Bảng 10. Hiệu quả")
        L["be"] = t_be(key, mp, m, "Bảng 11. Định phí và điểm hòa vốn",
                       [("W", "Lương lao động"), ("dep", "Khấu hao"), ("I", "Lãi vay"),
                        ("O", "Chi phí cố định khác"), ("F", "Tổng định phí"),
                        ("CMR", "Tỷ lệ lãi trên biến phí (%)"), ("BE_R", None),
                        ("BE_Q", "Sản lượng hòa vốn (kg)"), ("BE_cap", None)])
        L["sens"] = t_sens(key, mp, m, "Bảng 12. Phân tích độ nhạy (năm 2028)",
                           [("base", "Phương án năm 2028"), ("price", "Giá bán giảm 10 %"),
                            ("out", "Sản lượng giảm 20 %"), ("mat", "Vật tư tăng 15 %")],
                           [("R", None), ("C", None), ("P", None), ("payback", None)])
    elif key == "jz09":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Sản phẩm và giá bán", years=False)
        L["raw"] = t_raw(key, m, "Bảng 3. Gỗ nguyên liệu (m³)")
        L["staff"] = t_staff(key, m, "Bảng 4. Lao động")
        L["out"] = t_out(key, m, "Bảng 5. Sản lượng kế hoạch", "Công suất máy CNC (22 sp × 280 ngày)",
                         show_use=False)
        L["inv"] = t_inv(key, m, "Bảng 6. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 7. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 8. Doanh thu")
        L["cost"] = t_cost(key, mp, m, "Bảng 9. Chi phí")
        L["sum"] = t_sum(key, mp, m, "Bảng 10. Lợi nhuận")
        L["be"] = t_be(key, mp, m, "Bảng 11. Điểm hòa vốn",
                       [("F", "Định phí"), ("unit_cm", "Lãi trên biến phí bình quân (đồng/sp)"),
                        ("BE_Q", "Sản lượng hòa vốn (sản phẩm)"), ("BE_R", None), ("safety", "Mức an toàn (%)")])
        L["sens"] = t_sens(key, mp, m, "Bảng 12. Lợi nhuận năm 2027 theo các trường hợp",
                           [("base", "Phương án"), ("price", "Giá −10 %"), ("out", "Sản lượng −20 %"),
                            ("mat", "Gỗ +15 %")],
                           [("R", None), ("V", None), ("F", None), ("P", None)])
    elif key == "jz10":
        L["hist"] = t_hist(key, m, "Bảng 1. Kết quả 2024 – 2026")
        L["price"] = t_price(key, m, "Bảng 2. Giá bán dự kiến")
        L["raw"] = t_raw(key, m, "Bảng 3. Nguyên liệu (kg)")
        L["staff"] = t_staff(key, m, "Bảng 4. Lao động")
        L["out"] = t_out(key, m, "Bảng 5. Sản lượng", "Công suất 7.200 chiếc/ngày × 300 ngày",
                         unit_col=False)
        L["inv"] = t_inv(key, m, "Bảng 6. Vốn đầu tư")
        L["src"] = t_src(key, m, "Bảng 7. Nguồn vốn")
        L["rev"] = t_rev(key, mp, m, "Bảng 8. Doanh thu")
        L["cost"] = t_cost(key, mp, m, "Bảng 9. Chi phí")
        L["sum"] = t_sum(key, mp, m, "Bảng 10. Hiệu quả")
        L["be"] = t_be(key, mp, m, "Bảng 11. Hòa vốn",
                       [("F", "Định phí"), ("CMR", "Tỷ lệ lãi trên biến phí (%)"), ("BE_R", None),
                        ("BE_Q", "Sản lượng hòa vốn (chiếc)"), ("BE_packs:0", "Quy đổi túi 10 chiếc"),
                        ("safety", "Mức an toàn (%)")])
        L["sens"] = t_sens(key, mp, m, "Bảng 12. Độ nhạy (năm 2027)",
                           C4 + [("both", "Giá −10 %, nguyên liệu +15 %")],
                           [("R", None), ("C", None), ("P", None)])
    return L


# --------------------------------------------------------------------------- numbers in the prose
def tokens(key: str) -> dict[str, str]:
    """Every number the prose of plan `key` states, formatted as printed (the generator fills the
    template's «name» fields with them; the check finds each in the plan)."""
    P, m, mp = PLANS[key], model(key), printed(key)
    u = P["unit"]
    s = P["sens"]
    t = {
        "Q0": f"{fm(m['Q'][0], 1 if m['Q'][0] < 1000 else 0)} {u}",
        "Q2": f"{fm(m['Q'][2], 1 if m['Q'][2] < 1000 else 0)} {u}",
        "R0": mtext(key, mp["R"][0]), "R2": mtext(key, m["R"][2]),
        "P0": mtext(key, mp["P"][0]),
        "F0": mtext(key, mp["F"][0]), "Fs": mtext(key, m["F"][s]),
        "CMs": mtext(key, mp["CM"][s]), "CMRs": f"{fm(m['CMR'][s], 1)} %",
        "BE_Rs": mtext(key, m["BE_R"][s]),
        "BE_Qs": f"{fm(m['BE_Q'][s], 1 if m['Q'][0] < 1000 else 0)} {u}",
        "BE_caps": f"{fm(m['BE_cap'][s], 1)} %", "safetys": f"{fm(m['safety'][s], 1)} %",
        "BE_months": f"{fm(m['BE_month'][s], 1)} tháng",
        "unit_cms": f"{fm(m['unit_cm'][s])} đồng/{u}", "avg_prices": f"{fm(m['avg_price'][s])} đồng/{u}",
        "avg_vars": f"{fm(m['avg_var'][s])} đồng/{u}",
        "inv": mtext(key, m["inv_total"]), "src": mtext(key, m["src_total"]),
        "payback": f"{fm(mp['payback'], 1)} năm", "dep": mtext(key, m["dep"]),
        "P_sprice": mtext(key, mp["sens"]["price"]["P"]), "P_sout": mtext(key, mp["sens"]["out"]["P"]),
        "P_smat": mtext(key, mp["sens"]["mat"]["P"]), "P_sboth": mtext(key, mp["sens"]["both"]["P"]),
        "dP_price": f"{fm(abs(mp['sens']['price']['dP']), 1)} %", "dP_out": f"{fm(abs(mp['sens']['out']['dP']), 1)} %",
        "dP_mat": f"{fm(abs(mp['sens']['mat']['dP']), 1)} %",
        "BEQ_price": f"{fm(m['sens']['price']['BE_Q'], 1 if m['Q'][0] < 1000 else 0)} {u}",
        "BEQ_mat": f"{fm(m['sens']['mat']['BE_Q'], 1 if m['Q'][0] < 1000 else 0)} {u}",
        "staff0": f"{m['workers'][0]} lao động", "use2": f"{fm(m['use'][2], 1)} %",
        "cap": f"{fm(m['cap'])} {u}", "Ms": mtext(key, m["M"][s]),
        "hist_R2": mtext(key, m["hist_R"][2]), "P_avg": mtext(key, mp["P_avg"]),
        "P1": mtext(key, mp["P"][1]), "P2": mtext(key, mp["P"][2]), "R1": mtext(key, mp["R"][1]),
        "Rs": mtext(key, mp["R"][s]), "Ps": mtext(key, mp["P"][s]), "Vs": mtext(key, mp["V"][s]),
        "margin0": f"{fm(mp['margin'][0], 1)} %", "margin2": f"{fm(m['margin'][2], 1)} %",
        "use0": f"{fm(m['use'][0], 1)} %", "BE_R0": mtext(key, m["BE_R"][0]), "CMR0": f"{fm(m['CMR'][0], 1)} %",
        "BE_Q0": f"{fm(m['BE_Q'][0], 1 if m['Q'][0] < 1000 else 0)} {u}", "BE_cap0": f"{fm(m['BE_cap'][0], 1)} %",
        "workers2": f"{m['workers'][2]} lao động",
        "W0": mtext(key, m["W"][0]), "I0": mtext(key, m["I"][0]), "hist_out2": f"{fm(m['hist_out'][2])} {u}",
    }
    for i, p in enumerate(P["products"]):
        t[f"price{i}"] = f"{fm(p[3][0])} đồng/{p[1]}"
        t[f"packs{i}"] = f"{fm(p[4][0])} {p[1]}"
    for mk, label, unit, norm, price, rows in P["mats"]:
        t[f"need_{mk}0"] = f"{fm(m['need'][mk][0])} {unit}"
        t[f"need_{mk}2"] = f"{fm(m['need'][mk][2])} {unit}"
        t[f"supply_{mk}"] = f"{fm(m['supply'][mk][0])} {unit}"
        t[f"mprice_{mk}"] = f"{fm(price)} đồng/{unit}"
    if key == "jz05":
        t["area_text"] = "16 ha đồi sim"  # planted figure-inconsistent: the table's 12 ha
    if key == "jz07":
        t["P0_sum"] = mtext(key, mp["P"][0])
    if key == "jz10":
        t["g1"] = f"{fm((m['Q'][1] / m['Q'][0] - 1) * 100, 0)} %"
        t["g2"] = f"{fm((m['Q'][2] / m['Q'][1] - 1) * 100, 0)} %"
    return t


# --------------------------------------------------------------------------- the check
_CAP = re.compile(r"^Bảng \d+\.")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> tuple[str | None, list[list[str]]]:
        """The unit line and the rows (header first, separator dropped) of the table under `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if line.strip() == caption:
                unit, rows = None, []
                for nxt in lines[i + 1:]:
                    s = nxt.strip()
                    if not s or s.startswith(":::"):
                        if rows:
                            break
                        continue
                    if s.startswith("ĐVT") and not rows:
                        unit = s
                        continue
                    if s.startswith("|"):
                        cells = [c.strip() for c in s.strip("|").split("|")]
                        if all(re.fullmatch(r":?-+:?", c) for c in cells):
                            continue
                        rows.append(cells)
                        continue
                    break
                return unit, rows
        self.failures.append(f"table not found: {caption!r}")
        return None, []

    def compare(self, name: str, t: dict) -> list[tuple[float, float]]:
        """Every cell of a computed table as printed; returns the planted cells (printed, true)."""
        unit, rows = self.table(t["caption"])
        planted = []
        if not rows:
            return planted
        if (t["unit"] or None) != unit:
            self.failures.append(f"{name}: unit line {unit!r}, expected {t['unit']!r}")
        want = [t["header"]] + t["rows"]
        if len(rows) != len(want):
            self.failures.append(f"{name}: {len(rows)} rows, expected {len(want)}")
            return planted
        for r, w in zip(rows, want):
            if len(r) != len(w):
                self.failures.append(f"{name}: row {r[:2]} has {len(r)} cells, expected {len(w)}")
                continue
            for c, x in zip(r, w):
                if isinstance(x, Num):
                    try:
                        v = float(c.replace(".", "").replace(",", "."))
                    except ValueError:
                        self.failures.append(f"{name}: {c!r} is no number ({w[0]})")
                        continue
                    tol = max(0.01 * abs(x.value), 0.6 * 10 ** -x.d)
                    if abs(v - x.value) > tol:
                        self.failures.append(f"{name}: {w[0]} {w[1] if len(w) > 1 else ''} printed {c}, "
                                             f"model {fm(x.value, x.d)}")
                    if x.true is not None:
                        planted.append((v, x.true))
                elif c != x:
                    self.failures.append(f"{name}: cell {c!r}, expected {x!r}")
        return planted


def diffs(a, b, path=()) -> list[tuple]:
    """Paths where two models differ by more than 1e-6 (relative)."""
    out = []
    if isinstance(a, dict):
        for k in a:
            if k in b:
                out += diffs(a[k], b[k], path + (k,))
    elif isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            out += diffs(x, y, path + (i,))
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if not (math.isinf(a) and math.isinf(b)) and abs(a - b) > 1e-6 * max(1.0, abs(a), abs(b)):
            out.append(path)
    return out


def _matches(path: tuple, pat: tuple) -> bool:
    return len(path) == len(pat) and all(p == "*" or p == q for p, q in zip(pat, path))


def check_full(key: str) -> Plan:
    p = Plan(STEMS[key])
    P, m, mp = PLANS[key], model(key), printed(key)
    # 1. every computed table, cell by cell
    planted_cells = []
    for name, t in layout(key).items():
        planted_cells += [(name, v, tv) for v, tv in p.compare(name, t)]
    # 2. every number of the prose
    tk = tokens(key)
    for name in USED.get(key, []):
        if name in tk:
            p.has(tk[name])
        else:
            p.failures.append(f"unknown prose figure {name}")
    # 3. the printed model differs from the true one exactly where planted
    pats = PLANTED.get(key, {})
    for path in diffs(mp, m):
        if not any(_matches(path, pat) for pat in pats):
            p.failures.append(f"printed differs from the model at {path} (not planted)")
    for pat, kind in pats.items():
        if kind == "knock-on" or "*" in pat:
            continue
        a, b = _get(mp, pat), _get(m, pat)
        p.check(off(a, b), f"planted {kind} at {pat} not off by > 5 %: {a} vs {b}")
    p.check(bool(planted_cells) == (key in ("jz06", "jz07", "jz08")), "planted cells where none is planted")
    if key == "jz08":
        p.check(off(mp["F_be"][1], m["F"][1]), "planted table total not off by > 5 %")
    # 4. the model's own sanity (true figures)
    for y in range(3):
        p.check(0 < m["margin"][y] < 40 or key == "jz10", f"margin {m['margin'][y]:.1f} % in {YEARS[y]}")
        p.check(m["BE_R"][y] < m["R"][y], f"break-even above revenue in {YEARS[y]}")
    ratio = m["Q"][0] / P["hist"]["out"][2]
    p.check(ratio < 1.2, f"2027 output {ratio:.2f} × 2026")
    if key not in ("jz06",):
        p.check(_same(m["src_total"], m["inv_total"]), "sources differ from investment")
    for mk in m["need"]:
        for y in range(3):
            short = m["need"][mk][y] > m["supply"][mk][y]
            if key != "jz07":
                p.check(not short, f"material {mk} short in {YEARS[y]}")
    for y in range(3):
        if key != "jz09":
            p.check(m["use"][y] <= 85.0, f"capacity use {m['use'][y]:.1f} % in {YEARS[y]}")
    if key != "jz10":
        for y in (1, 2):
            p.check(m["R"][y] / m["R"][y - 1] < 1.35, f"revenue growth in {YEARS[y]}")
    # the break-even and sensitivity identities, on the true model
    s = P["sens"]
    p.check(abs(m["BE_R"][s] - m["F"][s] / (m["CM"][s] / m["R"][s])) < 1e-6, "break-even revenue")
    sc = m["sens"]
    p.check(abs(sc["price"]["P"] - (m["P"][s] - 0.1 * m["R"][s])) < 1e-6, "price case")
    p.check(abs(sc["out"]["P"] - (0.8 * m["CM"][s] - m["F"][s])) < 1e-6, "output case")
    p.check(abs(sc["mat"]["P"] - (m["P"][s] - 0.15 * m["M"][s])) < 1e-6, "material case")
    return p


def _get(d, path):
    for k in path:
        d = d[k]
    return d


# the prose figures each plan states (names of tokens(); written by the generator from the templates)
# USED-BEGIN
USED: dict[str, list[str]] = {
    'jz01': ['BEQ_price', 'BE_Qs', 'BE_Rs', 'BE_caps', 'CMRs', 'CMs', 'F0', 'P0', 'P_avg', 'P_smat', 'P_sout',
            'P_sprice', 'Q0', 'Q2', 'R0', 'avg_prices', 'cap', 'dP_price', 'dep', 'inv', 'mprice_lac',
            'mprice_mat', 'need_lac2', 'payback', 'price0', 'price1', 'price2', 'safetys', 'use0', 'use2'],
    'jz02': ['BE_Qs', 'BE_Rs', 'BE_months', 'CMRs', 'CMs', 'Fs', 'Ms', 'P_avg', 'P_sout', 'P_sprice', 'Q0', 'Q2',
            'R0', 'R2', 'Rs', 'Vs', 'cap', 'dP_mat', 'inv', 'mprice_cgl', 'payback', 'use2'],
    'jz03': ['BEQ_price', 'BE_Qs', 'BE_Rs', 'F0', 'P0', 'P_avg', 'P_smat', 'P_sout', 'P_sprice', 'Q0', 'Q2',
            'R0', 'avg_prices', 'avg_vars', 'cap', 'dep', 'hist_R2', 'hist_out2', 'inv', 'payback', 'price2',
            'safetys', 'unit_cms', 'use0', 'use2'],
    'jz04': ['BE_Qs', 'BE_Rs', 'BE_caps', 'F0', 'P0', 'P_avg', 'P_sboth', 'P_smat', 'P_sout', 'P_sprice', 'Q0',
            'Q2', 'R0', 'avg_prices', 'avg_vars', 'cap', 'dep', 'hist_R2', 'hist_out2', 'inv', 'mprice_cl',
            'mprice_duong', 'payback', 'unit_cms'],
    'jz05': ['BE_Qs', 'BE_Rs', 'BE_caps', 'CMRs', 'F0', 'P0', 'P_avg', 'P_smat', 'P_sout', 'P_sprice', 'Q0',
            'Q2', 'R0', 'area_text', 'avg_prices', 'cap', 'dP_price', 'inv', 'mprice_nep', 'mprice_sim',
            'payback', 'price0', 'price1', 'price2'],
    'jz06': ['BE_Qs', 'BE_Rs', 'CMRs', 'F0', 'P0', 'P_smat', 'P_sout', 'P_sprice', 'Q0', 'Q2', 'R0', 'Rs', 'Vs',
            'hist_R2', 'hist_out2', 'inv', 'mprice_ca', 'payback', 'safetys'],
    'jz07': ['BE_Qs', 'BE_Rs', 'BE_months', 'F0', 'P0_sum', 'P_avg', 'P_smat', 'P_sout', 'P_sprice', 'Q0', 'Q2',
            'R0', 'avg_prices', 'avg_vars', 'cap', 'inv', 'mprice_mo', 'payback', 'unit_cms'],
    'jz08': ['BE_Q0', 'BE_R0', 'BE_cap0', 'CMR0', 'F0', 'P0', 'P_smat', 'P_sout', 'P_sprice', 'Q0', 'Q2', 'R0',
            'cap', 'inv', 'mprice_gia', 'mprice_giong', 'payback'],
    'jz09': ['BE_Qs', 'BE_Rs', 'F0', 'P0', 'P_smat', 'P_sout', 'P_sprice', 'Q0', 'Q2', 'R0', 'avg_prices',
            'avg_vars', 'cap', 'inv', 'mprice_go', 'payback', 'unit_cms'],
    'jz10': ['BE_Qs', 'BE_Rs', 'BE_caps', 'CMRs', 'F0', 'P0', 'P_avg', 'P_sboth', 'P_smat', 'P_sout', 'P_sprice',
            'Q0', 'Q2', 'R0', 'R2', 'cap', 'dep', 'g1', 'g2', 'inv', 'mprice_bot', 'mprice_nhan', 'payback'],
}
# USED-END


# --------------------------------------------------------------------------- the textual checks
def words(p: Plan) -> int:
    text = re.sub(r"^#+\s*", "", p.body, flags=re.M)
    return len(re.findall(r"\w+", text))


def ready_checks(p: Plan, extra: tuple[str, ...]) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", *extra)
    p.lacks(REPLACED, "outdated instrument in a ready plan")
    for d in re.findall(r"đến (?:ngày )?(\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        p.check(int(d[1]) >= 2030, f"paper valid only to {d[0]}")


def text_checks(key: str, p: Plan) -> None:
    if key != "jz09":
        p.lacks(PLACEHOLDER, "template placeholder")
    food_papers = ("an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "phiếu kết quả thử nghiệm",
                   "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
    if key == "jz01":
        ready_checks(p, food_papers + ("môi trường", "đăng ký doanh nghiệp", "điểm hòa vốn"))
    elif key == "jz02":
        ready_checks(p, food_papers + ("không ghi công dụng chữa bệnh", "Luật Hợp tác xã năm 2023"))
        p.lacks(r"chữa (khỏi|bệnh gan)|điều trị", "health claim")
    elif key == "jz03":
        ready_checks(p, ("an toàn thực phẩm", "phòng cháy", "Luật Du lịch", "nhãn hiệu", "môi trường",
                         "hộ kinh doanh"))
    elif key == "jz04":
        ready_checks(p, food_papers + ("môi trường", "đăng ký doanh nghiệp"))
    elif key == "jz05":  # no-alcohol-license
        for w in ("giấy phép", "cấp phép", "105/2017", "17/2020", "sản xuất rượu thủ công nhằm"):
            p.lacks(re.escape(w), "alcohol licence mentioned")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "QCVN 6-3:2010/BYT", "43/2017/NĐ-CP", "nhãn hiệu",
              "biogas", "đăng ký hợp tác xã")
        p.has("| Quả sim chín: Đồi sim của hợp tác xã, 12 ha × 1.000 kg | 12.000 |")
        p.check(off(16, 12), "area")
        p.check(off(printed(key)["payback"], model(key)["payback"]), "payback")
    elif key == "jz06":  # no-environment-measures
        for w in ("môi trường", "chất thải", "nước thải", "mùi", "xử lý", "bể lắng", "biogas", "rác",
                  "khí thải", "ô nhiễm"):
            p.lacks(re.escape(w), "environment mentioned")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất")
        m = model(key)
        p.check(off(m["src_total"], m["inv_total"]), "capital not off")
    elif key == "jz07":  # no-label-plan; material-shortfall
        p.lacks(r"nhãn(?! hiệu)", "label mentioned")
        for w in ("43/2017", "111/2021", "tem", "mã vạch", "ghi nhãn", "thiếu", "Còn dư"):
            p.lacks(rf"(?<!\w){re.escape(w)}(?!\w)", "label or balance mentioned")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "đủ nguyên liệu")
        m = model(key)
        for y in (1, 2):
            p.check(m["need"]["mo"][y] > m["supply"]["mo"][y] * 1.05, f"shortfall {YEARS[y]} not > 5 %")
    elif key == "jz08":  # no-product-standard; outdated-policy
        for w in ("tiêu chuẩn", "TCCS", "công bố", "kiểm nghiệm", "thử nghiệm", "QCVN", "TCVN", "quy chuẩn"):
            p.lacks(re.escape(w), "product standard mentioned")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current instrument cited")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "không ghi công dụng chữa bệnh")
    elif key == "jz09":  # no-business-registration; boilerplate; capacity-exceeded
        for w in ("đăng ký kinh doanh", "đăng ký hộ kinh doanh", "mã số thuế", "giấy chứng nhận đăng ký",
                  "hộ kinh doanh", "doanh nghiệp", "hợp tác xã", "tổ hợp tác"):
            p.lacks(re.escape(w), "registration mentioned")
        p.check(bool(re.search(PLACEHOLDER, p.body)), "no placeholder left in")
        m = model(key)
        p.check(m["Q"][2] > m["cap"] * 1.05, "capacity not exceeded by > 5 %")
        p.has("không phải đầu tư thêm máy")
        p.has("môi trường", "hút bụi", "nhãn hiệu", "thẻ treo", "tiêu chuẩn cơ sở")
    elif key == "jz10":  # no-food-safety; no-sales-channel; unrealistic-growth
        for w in ("an toàn thực phẩm", "ATTP", "đủ điều kiện", "15/2018", "vệ sinh thực phẩm", "cam kết"):
            p.lacks(re.escape(w), "food safety mentioned")
        p.has("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "môi trường")
        mk = market_text(p)
        for w in ("đại lý", "siêu thị", "chợ", "cửa hàng", "nhà hàng", "quán", "sàn", "Shopee", "trực tuyến",
                  "khách hàng", "hợp đồng", "đồng/", "giá bán", "phân phối", "bếp ăn", "bán lẻ", "bán buôn"):
            p.check(w.lower() not in mk.lower(), f"market names {w!r}")
        m = model(key)
        p.check(m["Q"][1] / m["Q"][0] > 1.5 and m["Q"][2] / m["Q"][1] > 1.5, "growth not planted")
    if key in READY:
        p.lacks(r"\[[^\]]*\]", "bracket placeholder")


def market_text(p: Plan) -> str:
    """The market part of jz10: from its heading to the next level-1 heading."""
    m = re.search(r"^# [^\n]*THỊ TRƯỜNG[^\n]*\n(.*?)(?=^# )", p.text, re.S | re.M | re.I)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- the sketchy plans
SKETCH = {
    "jz11": dict(figures=("3.000 bịch phôi", "2.500 kg", "35.000 đồng/kg", "90 triệu đồng", "hòa vốn"),
                 absent=("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất", "|")),
    "jz12": dict(figures=("4.000 cái", "25.000 đồng", "30 triệu đồng", "hòa vốn"),
                 absent=("đăng ký kinh doanh", "nhãn hiệu", "|", "môi trường")),
}


def check_sketchy(key: str) -> Plan:
    p = Plan(STEMS[key])
    n = words(p)
    p.check(150 <= n <= 350, f"{n} words")
    p.check(not p.rows, "a table")
    p.has(*SKETCH[key]["figures"])
    for w in SKETCH[key]["absent"]:
        p.check(w not in p.body, f"{w!r} present")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def check(key: str) -> Plan:
    if key in SKETCHY:
        return check_sketchy(key)
    p = check_full(key)
    text_checks(key, p)
    p.check(len(re.findall(r"^Bảng \d+\.", p.body, re.M)) >= 10, "fewer than 10 tables")
    return p


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
