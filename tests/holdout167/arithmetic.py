"""The 167th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout167/arithmetic.py

Theme: plans that report what was done before they plan. Every full plan (fl01-fl10) opens its
figures with the results of 2024-2026 ("Thực hiện 2024", "Thực hiện 2025", "Ước TH 2026" or
"Thực hiện 2026", with "% so với cùng kỳ" columns), compares 2026 with the plan the producer had
set for it ("% hoàn thành"), and reasons the 2027-2029 targets from those actuals (the growth
rate of 2024-2026, the capacity used in 2026, the raw material bought in 2026). The constants give,
per plan, the products (pack size in the plan's base unit, price, pack cost, packs in 2026-2029),
the 2024-2025 output and average price, the margins and head count of 2024-2026, the plan set for
2026, raw materials (norm per base unit, price), own supply (area or hives x yield) and purchase
contracts, capacity (per day x days), staff by role and wage, energy rate, investment items,
sources, loan balances, selling / tax shares and a fixed line. From them this script recomputes
every table number and compares it with the plan's source (tables found by their caption
"Bảng N."): planted numeric defects must be wrong by more than 5 % (the true value is computed
beside them), everything else right within 1 %. Textual defects are asserted through the
presence or absence of their words. Sketchy plans: 150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs 2026..2029)
# hist: output 2024, 2025 (base units) and average price đ / base unit; 2026 = the products' 2026 packs
# margin: profit / revenue 2024..2026; workers 2024..2026; plan26: (output, revenue, profit, workers)
#   the producer had planned for 2026 (the "% hoàn thành" table)
# raws: (label, unit, norm per base unit, price đ / unit); the first is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year) or None
# contracts: (source, households or members, quantity of the first raw a year)
# cap: (per day, working days, what limits it)
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance 2027..2029 (triệu), rate
PLANS: dict[str, dict] = {
    "fl01": dict(
        unit="lít", actual26="Ước TH 2026",
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, 98000, 5500, [20000, 22000, 24000, 26000]),
                  ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, 185000, 8000, [10000, 11000, 12000, 13000]),
                  ("Dầu lạc ép nguyên chất, can 2 lít", "can", 2, 360000, 12000, [2000, 2200, 2400, 2600])],
        hist=[(19000, 178000), (21500, 182000)], margin=[0.11, 0.12, 0.13], workers=[8, 8, 9],
        plan26=(25000, 4600, 620, 9),
        raws=[("Lạc nhân", "kg", 2.6, 42000)],
        own=("ruộng lạc công ty thuê ở thôn Phúc Lộc", 6, "ha", 1700),
        contracts=[("Hợp tác xã Nông nghiệp Thiên Lộc", 64, 30000), ("Hợp tác xã Dịch vụ nông nghiệp Vượng Lộc", 52, 25000),
                   ("Tổ hợp tác trồng lạc thôn Trung Lộc", 38, 22000)],
        cap=(120, 290, "máy ép trục vít"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, rang, ép", [3, 3, 4]),
               ("Lọc, chiết chai", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.5, energy=3500,
        inv=[("Máy lọc dầu ly tâm và bồn lắng inox 2.000 lít", 180, True),
             ("Máy chiết rót, đóng nắp bán tự động", 150, True),
             ("Kho chứa lạc nhân có thông gió 60 m²", 220, True),
             ("Thiết kế lại bao bì, nhãn", 40, False), ("Kiểm nghiệm định kỳ, duy trì chứng nhận", 30, False),
             ("Vốn lưu động", 480, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, sell=0.05, tax=0.015, other=60),
    "fl02": dict(
        unit="kg", actual26="Ước TH 2026",
        products=[("Chè búp khô Sơn Tây, túi 200 g", "túi", 0.2, 70000, 3000, [6000, 6500, 7000, 7500]),
                  ("Chè búp đặc biệt, hộp 500 g", "hộp", 0.5, 220000, 12000, [1200, 1400, 1600, 1800]),
                  ("Chè xanh khô loại 2, gói 1 kg", "gói", 1, 170000, 4000, [1500, 1600, 1700, 1800])],
        hist=[(2700, 265000), (3000, 275000)], margin=[0.14, 0.15, 0.16], workers=[7, 8, 8],
        plan26=(3400, 980, 160, 8),
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.5, 12000)],
        own=("đồi chè của hợp tác xã", 1.5, "ha", 9000),
        contracts=[("Thành viên hợp tác xã (chè của hộ)", 18, 9000), ("Hộ liên kết thôn Sơn Thủy", 9, 2800),
                   ("Hộ liên kết thôn Tây Lâm", 7, 2200)],
        cap=(17, 260, "máy sao, vò chè"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Hái, vận chuyển búp", [2, 2, 2]),
               ("Sao, vò, sấy chè", [2, 2, 3]), ("Đóng gói, bán hàng", [1, 2, 2])],
        wage=5.0, energy=15000,
        inv=[("Máy sao chè quay liên tục", 95, True), ("Máy vò chè 2 cối", 60, True),
             ("Máy sấy chè bơm nhiệt", 110, True), ("Nâng cấp xưởng chế biến 60 m²", 130, True),
             ("Bao bì, nhãn, tem truy xuất", 30, False), ("Vốn lưu động", 175, False)],
        src=[("Vốn góp của thành viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200), ("Quỹ phát triển hợp tác xã", 100)],
        life=10, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.01, other=30),
    "fl03": dict(
        unit="kg", actual26="Ước TH 2026",
        products=[("Tinh bột nghệ vàng, hũ 100 g", "hũ", 0.1, 110000, 6000, [3000, 3300, 3600, 3900]),
                  ("Tinh bột nghệ vàng, hũ 500 g", "hũ", 0.5, 480000, 12000, [500, 560, 620, 680]),
                  ("Tinh bột nghệ đỏ, hũ 200 g", "hũ", 0.2, 230000, 8000, [400, 450, 500, 550])],
        hist=[(480, 960000), (530, 990000)], margin=[0.20, 0.21, 0.22], workers=[4, 4, 4],
        plan26=(600, 640, 140, 4),
        raws=[("Củ nghệ tươi", "kg", 35, 8000)],
        own=("ruộng nghệ của hộ", 0.8, "ha", 20000),
        contracts=[("Hộ trồng nghệ thôn Bắc Sơn", 12, 8000), ("Hộ trồng nghệ thôn Trung Thủy", 9, 6000),
                   ("Hộ trồng nghệ thôn Đông Thủy", 7, 4000)],
        cap=(5, 200, "máy ly tâm tách bột"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rửa, xay, lọc, lắng", [2, 2, 2]), ("Sấy, đóng hũ, bán hàng", [1, 1, 1])],
        wage=5.0, energy=25000,
        inv=[("Máy ly tâm tách dầu nghệ", 85, True), ("Tủ sấy tinh bột bơm nhiệt", 70, True),
             ("Bể lắng inox và bể chứa nước thải 3 ngăn", 45, True), ("Bao bì, nhãn, mã QR", 25, False),
             ("Vốn lưu động", 75, False)],
        src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 100)],
        life=8, loan=[100, 70, 40], rate=0.066, sell=0.05, tax=0.015, other=20),
    "fl04": dict(
        unit="sản phẩm", actual26="Thực hiện 2026",
        products=[("Khay trà gỗ xoan đào", "chiếc", 1, 820000, 20000, [900, 1000, 1100, 1200]),
                  ("Hộp đựng trà gỗ hương khắc hoa văn", "chiếc", 1, 480000, 15000, [1500, 1650, 1800, 1950]),
                  ("Tượng linh vật gỗ để bàn", "chiếc", 1, 1550000, 30000, [300, 330, 360, 400])],
        hist=[(2300, 640000), (2500, 665000)], margin=[0.17, 0.18, 0.19], workers=[9, 9, 10],
        plan26=(2800, 2000, 380, 10),
        raws=[("Gỗ xoan đào, gỗ hương xẻ sấy", "m³", 0.01, 12000000), ("Sơn PU gốc nước, dầu lau", "lít", 0.06, 160000)],
        own=None,
        contracts=[("Công ty TNHH Lâm sản Hương Phú (gỗ rừng trồng có hồ sơ)", 1, 20), ("Xưởng xẻ gỗ Đức Lạng", 1, 18)],
        cap=(13, 290, "máy CNC và bàn chạm"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thợ mộc, thợ chạm", [5, 5, 6]),
               ("Chà nhám, sơn, hoàn thiện", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 2, 2])],
        wage=7.0, energy=15000,
        inv=[("Máy CNC khắc gỗ 4 đầu", 320, True), ("Hệ thống hút bụi túi vải", 90, True),
             ("Buồng phun sơn màng nước", 110, True), ("Lò sấy gỗ hơi nước", 150, True),
             ("Thiết kế mẫu, hộp, nhãn", 40, False), ("Vốn lưu động", 290, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại cổ phần Công Thương", 400)],
        life=8, loan=[400, 300, 200], rate=0.09, sell=0.06, tax=0.015, other=60),
    "fl05": dict(
        unit="lít", actual26="Ước TH 2026",
        products=[("Rượu nếp cái hoa vàng 35 độ, chai 500 ml", "chai", 0.5, 95000, 9000, [6000, 8800, 12000, 15500]),
                  ("Rượu nếp cái hoa vàng 35 độ, bình sứ 1 lít", "bình", 1, 260000, 35000, [1200, 1700, 2300, 3000]),
                  ("Rượu nếp cái, can 5 lít", "can", 5, 500000, 10000, [300, 440, 600, 780])],
        hist=[(4700, 170000), (5200, 175000)], margin=[0.16, 0.17, 0.18], workers=[6, 6, 7],
        plan26=(6500, 1150, 190, 7),
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.6, 28000), ("Men lá", "kg", 0.02, 150000)],
        own=("ruộng nếp của thành viên", 4, "ha", 4500),
        contracts=[("Hộ trồng nếp thôn Đông Hà", 21, 9000), ("Hộ trồng nếp thôn Tân Mỹ", 17, 8000),
                   ("Hợp tác xã Dịch vụ nông nghiệp Thạch Mỹ", 40, 12000)],
        cap=(60, 300, "nồi chưng cất"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Lọc, hạ thổ, đóng chai", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=12000,
        inv=[("Nồi chưng cất inox 200 lít có sinh hàn", 160, True), ("Hệ thống lọc và bồn chứa inox", 90, True),
             ("Hầm hạ thổ 40 chum", 120, True), ("Bể biogas xử lý bã rượu", 60, True),
             ("Bao bì, bình sứ, nhãn", 40, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.08, sell=0.05, tax=0.02, other=40),
    "fl06": dict(
        unit="kg", actual26="Ước TH 2026",
        products=[("Chả cá thu, túi 500 g", "túi", 0.5, 150000, 3500, [9000, 9300, 10600, 11800]),
                  ("Chả cá mối hỗn hợp, túi 1 kg", "túi", 1, 210000, 4500, [7000, 7250, 8200, 9100])],
        hist=[(9400, 236000), (10600, 240000)], margin=[0.17, 0.18, 0.19], workers=[7, 8, 8],
        plan26=(11000, 2700, 500, 8),
        raws=[("Cá tươi (cá thu, cá mối)", "kg", 1.7, 66000), ("Bột năng, gia vị", "kg", 0.08, 40000)],
        own=None,
        contracts=[("Tàu cá thôn Hải Hà", 6, 12000), ("Nậu cá chợ Thạch Kim", 4, 9000), ("Tàu cá thôn Bắc Hải", 5, 6000)],
        cap=(40, 300, "máy xay quết cá"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Sơ chế cá", [3, 3, 3]), ("Quết, hấp, rán", [2, 2, 2]),
               ("Đóng gói, giao hàng", [2, 2, 2])],
        wage=6.0, energy=6000,
        inv=[("Tủ cấp đông và kho lạnh 10 m³", 180, True), ("Máy hút chân không đôi", 60, True),
             ("Xe tải nhỏ giao hàng có thùng lạnh", 260, True), ("Bao bì, nhãn", 30, False),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.085, sell=0.05, tax=0.015, other=40),
    "fl07": dict(
        unit="kg", actual26="Ước TH 2026",
        products=[("Chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 7500, [24000, 28000, 33000, 38000]),
                  ("Chè vằng khô thái, túi 500 g", "túi", 0.5, 90000, 3000, [5600, 6400, 7200, 8000])],
        hist=[(3200, 370000), (3600, 385000)], margin=[0.2, 0.22, 0.24], workers=[8, 9, 9],
        plan26=(4100, 1600, 360, 9),
        raws=[("Cành lá chè vằng tươi", "kg", 4.5, 9000)],
        own=("vườn chè vằng của hợp tác xã", 2, "ha", 6000),
        contracts=[("Hộ thành viên thôn Khánh Lộc", 24, 5500), ("Hộ liên kết thôn Phú Lộc", 14, 3000),
                   ("Hộ liên kết thôn Trung Lộc", 10, 1500)],
        cap=(22, 280, "máy sấy và máy đóng túi lọc"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=10000,
        inv=[("Máy đóng túi lọc tự động thứ hai", 180, True), ("Máy sấy bơm nhiệt 300 kg/mẻ", 140, True),
             ("Nhà sơ chế, kho 80 m²", 160, True), ("Bao bì, nhãn, tem QR", 30, False), ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066, sell=0.10, tax=0.015, other=60),
    "fl08": dict(
        unit="kg", actual26="Ước TH 2026",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 150000, 9000, [4000, 4400, 4800, 5200]),
                  ("Mật ong hoa rừng, chai 1 kg", "chai", 1, 320000, 14000, [1600, 1750, 1900, 2050])],
        hist=[(3000, 290000), (3300, 300000)], margin=[0.18, 0.19, 0.20], workers=[5, 5, 6],
        plan26=(3800, 1150, 230, 6),
        raws=[("Mật ong thô", "kg", 1.05, 100000)],
        own=("đàn ong của các tổ viên", 380, "đàn", 9),
        contracts=[("Hộ nuôi ong thôn Hương Đại", 8, 900), ("Hộ nuôi ong thôn Kim Quang", 6, 700),
                   ("Hộ nuôi ong thôn Hà Linh", 5, 500)],
        cap=(40, 200, "máy hạ thủy phần mật"),
        roles=[("Tổ trưởng, thủ quỹ", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [3, 3, 3]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=4000,
        inv=[("Máy hạ thủy phần mật 50 kg/mẻ", 140, True), ("Thùng quay mật, bồn lắng inox", 60, True),
             ("Bổ sung 80 thùng ong và ong chúa giống", 90, True), ("Phòng đóng chai 20 m²", 70, True),
             ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 130, 60], rate=0.066, sell=0.05, tax=0.015, other=30),
    "fl09": dict(
        unit="chiếc", actual26="Thực hiện 2026",
        products=[("Nón lá truyền thống 16 vành", "chiếc", 1, 150000, 3000, [5200, 5600, 6000, 6400]),
                  ("Nón lá bài thơ vẽ tay", "chiếc", 1, 320000, 8000, [1400, 1600, 1800, 2000]),
                  ("Nón lá mini lưu niệm", "chiếc", 1, 70000, 2000, [2600, 2900, 3200, 3500])],
        hist=[(7800, 150000), (8400, 155000)], margin=[0.15, 0.16, 0.17], workers=[14, 15, 16],
        plan26=(9500, 1450, 250, 16),
        raws=[("Lá nón đã phơi, là", "kg", 0.25, 70000), ("Vành tre, chỉ cước, quai", "bộ", 1, 9000)],
        own=None,
        contracts=[("Hộ khai thác lá nón xã Hương Liên", 22, 1400), ("Hộ khai thác lá nón xã Phúc Trạch", 18, 1200),
                   ("Đại lý lá nón chợ Gôi", 1, 700)],
        cap=(45, 300, "khuôn nón"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thợ chằm nón", [15, 16, 17]),
               ("Vẽ, hoàn thiện, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=3.5, energy=1500,
        inv=[("Nhà xưởng chằm nón 120 m²", 220, True), ("Lò là lá nón bằng điện, khuôn nón inox", 60, True),
             ("Tủ sấy chống mốc", 40, True), ("Thiết kế mẫu, túi, hộp", 30, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của thành viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 140, 80], rate=0.066, sell=0.05, tax=0.01, other=30),
    "fl10": dict(
        unit="chiếc", actual26="Thực hiện 2026",
        products=[("Bánh gai nhân đậu xanh, hộp 10 chiếc", "hộp", 10, 90000, 6000, [18000, 19500, 21000, 22500]),
                  ("Bánh gai nhân dừa, túi 5 chiếc", "túi", 5, 42000, 2000, [14000, 15000, 16000, 17000])],
        hist=[(215000, 8600), (238000, 8800)], margin=[0.10, 0.11, 0.12], workers=[11, 12, 12],
        plan26=(255000, 2300, 300, 12),
        raws=[("Gạo nếp", "kg", 0.045, 26000), ("Đậu xanh, dừa, đường, mỡ", "kg", 0.035, 45000)],
        own=None,
        contracts=[("Hợp tác xã Nông nghiệp Đức Hòa (gạo nếp)", 55, 7000), ("Đại lý gạo Thiên Thủy", 1, 5000),
                   ("Hộ trồng nếp thôn Yên Hồ", 26, 3000)],
        cap=(1100, 300, "dây chuyền đồ bánh"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chế biến lá gai, bột", [3, 3, 3]),
               ("Gói, hấp bánh", [5, 5, 6]), ("Đóng hộp, bán hàng", [2, 2, 2])],
        wage=6.0, energy=300,
        inv=[("Máy xay bột nếp và máy nhồi bột", 140, True), ("Tủ hấp bánh công nghiệp 2 cánh", 180, True),
             ("Cải tạo xưởng một chiều 150 m²", 420, True), ("Kho mát bảo quản", 150, True),
             ("Thiết kế hộp, nhãn", 50, False), ("Vốn lưu động", 510, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 380, 260], rate=0.085, sell=0.05, tax=0.015, other=80),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fl05": {"contracts_total": 1.12, "growth_text": 10.0},  # contract table total +12 %; "khoảng 10 %/năm"
    "fl06": {"rev_line": (0, 0, 1.12)},          # 2027 chả cá thu revenue line × 1,12
    "fl07": {"shortfall": True},                 # need above own + contracted supply, no balance row
    "fl08": {"hist26": 4200, "payback": 1.2},    # 2026 output 4.200 in the history table, 3.600 elsewhere
    "fl09": {"profit": (1, 1.30)},               # 2028 profit × 1,30 in the summary table
    "fl10": {"src_short": True},                 # sources 1.200 against investment 1.450
}
READY = ("fl01", "fl02", "fl03", "fl04")
STEMS = {
    "fl01": "fl01_dau_lac_ep_thien_loc_cty",
    "fl02": "fl02_che_bup_kho_son_tay_htx",
    "fl03": "fl03_tinh_bot_nghe_bac_son_hkd",
    "fl04": "fl04_do_go_my_nghe_thai_yen_cty",
    "fl05": "fl05_ruou_nep_cai_thach_my_htx",
    "fl06": "fl06_cha_ca_thach_kim_hkd",
    "fl07": "fl07_che_vang_tui_loc_khanh_loc_htx",
    "fl08": "fl08_mat_ong_hoa_keo_huong_dai_tht",
    "fl09": "fl09_non_la_dong_mon_htx",
    "fl10": "fl10_banh_gai_duc_hoa_cty",
    "fl11": "fl11_khoai_lang_say_so_sai",
    "fl12": "fl12_tinh_dau_sa_so_sai",
}


def model(key: str) -> dict:
    """Every true number of a full plan. Index 0 of a 4-list is 2026, 1..3 are 2027..2029."""
    p = PLANS[key]
    m: dict = {}
    prods = p["products"]
    m["out"] = [sum(pr[5][y] * pr[2] for pr in prods) for y in range(4)]
    m["rev_lines"] = [[pr[5][y] * pr[3] / 1e6 for y in range(4)] for pr in prods]
    m["rev"] = [sum(r[y] for r in m["rev_lines"]) for y in range(4)]
    (o24, pr24), (o25, pr25) = p["hist"]
    m["h_out"] = [o24, o25, m["out"][0]]
    m["h_price"] = [pr24, pr25, m["rev"][0] * 1e6 / m["out"][0]]
    m["h_rev"] = [o24 * pr24 / 1e6, o25 * pr25 / 1e6, m["rev"][0]]
    m["h_profit"] = [m["h_rev"][i] * p["margin"][i] for i in range(3)]
    m["h_cost"] = [m["h_rev"][i] - m["h_profit"][i] for i in range(3)]
    m["h_workers"] = list(p["workers"])
    m["g_hist"] = ((m["h_out"][2] / m["h_out"][0]) ** 0.5 - 1) * 100
    m["g_plan"] = ((m["out"][3] / m["out"][0]) ** (1 / 3) - 1) * 100
    po, prv, ppf, pw = p["plan26"]
    m["plan26"] = [po, prv, ppf, pw]
    m["act26"] = [m["out"][0], m["rev"][0], m["h_profit"][2], p["workers"][2]]
    m["done26"] = [m["act26"][i] / m["plan26"][i] * 100 for i in range(4)]
    m["need"] = [[m["out"][y] * r[2] for y in range(4)] for r in p["raws"]]
    m["own"] = p["own"][1] * p["own"][3] if p["own"] else 0.0
    m["contracts"] = sum(c[2] for c in p["contracts"])
    m["supply"] = m["own"] + m["contracts"]
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["workers"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["inv"] = sum(i[1] for i in p["inv"])
    m["fixed"] = sum(i[1] for i in p["inv"] if i[2])
    m["src"] = sum(s[1] for s in p["src"])
    m["dep"] = m["fixed"] / p["life"]
    costs: list[tuple[str, list[float]]] = []
    for i, r in enumerate(p["raws"]):
        costs.append((r[0], [m["need"][i][y] * r[3] / 1e6 for y in (1, 2, 3)]))
    costs.append(("pack", [sum(pr[5][y] * pr[4] for pr in prods) / 1e6 for y in (1, 2, 3)]))
    costs.append(("wages", [m["workers"][y] * p["wage"] * 12 for y in range(3)]))
    costs.append(("energy", [m["out"][y] * p["energy"] / 1e6 for y in (1, 2, 3)]))
    costs.append(("dep", [m["dep"]] * 3))
    costs.append(("interest", [p["loan"][y] * p["rate"] for y in range(3)]))
    costs.append(("sell", [m["rev"][y] * p["sell"] for y in (1, 2, 3)]))
    costs.append(("tax", [m["rev"][y] * p["tax"] for y in (1, 2, 3)]))
    costs.append(("other", [float(p["other"])] * 3))
    m["costs"] = costs
    m["cost"] = [sum(c[1][y] for c in costs) for y in range(3)]
    m["profit"] = [m["rev"][y + 1] - m["cost"][y] for y in range(3)]
    m["margin"] = [m["profit"][y] / m["rev"][y + 1] * 100 for y in range(3)]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    return m


def printed(key: str) -> dict:
    """The numbers as the plan prints them: the true ones, except the planted defects, and what
    follows from them inside the plan (a stated revenue drives the selling and tax lines)."""
    p, m = PLANS[key], model(key)
    d = {k: (v if not isinstance(v, list) else [x if not isinstance(x, list) else list(x) for x in v])
         for k, v in m.items() if k != "costs"}
    d["costs"] = [(n, list(v)) for n, v in m["costs"]]
    pl = PLANTED.get(key, {})
    d["g_plan_text"] = pl.get("growth_text", m["g_plan"])
    d["contracts_total"] = m["contracts"] * pl.get("contracts_total", 1.0)
    d["supply_printed"] = m["own"] + d["contracts_total"]
    d["h_out_table"] = list(m["h_out"])
    if "hist26" in pl:
        d["h_out_table"][2] = pl["hist26"]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        d["rev_lines"][i][y + 1] = m["rev_lines"][i][y + 1] * f
        d["rev"] = [sum(r[yy] for r in d["rev_lines"]) for yy in range(4)]
        for n, v in d["costs"]:
            if n in ("sell", "tax"):
                share = p["sell"] if n == "sell" else p["tax"]
                for yy in range(3):
                    v[yy] = d["rev"][yy + 1] * share
        d["cost"] = [sum(c[1][yy] for c in d["costs"]) for yy in range(3)]
        d["profit"] = [d["rev"][yy + 1] - d["cost"][yy] for yy in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        d["profit"][y] = m["profit"][y] * f
    d["margin"] = [d["profit"][y] / d["rev"][y + 1] * 100 for y in range(3)]
    d["payback"] = pl.get("payback", m["inv"] / (sum(d["profit"]) / 3 + m["dep"]))
    if pl.get("src_short"):
        d["src"] = m["src"]  # the sources table adds up to its own total, short of the investment
    return d


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap, rows = None, []
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("Bảng "):
                cap = s
                rows = []
                self.tables[cap] = rows
            elif s.startswith("|") and cap:
                rows.append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT") and not s.startswith("|"):
                cap = None if rows else cap

    def table(self, words: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if words.lower() in cap.lower():
                return rows
        self.failures.append(f"table not found: {words}")
        return []

    def trow(self, tab: str, label: str, n: int) -> list[float]:
        for r in self.table(tab):
            if any(c.startswith(label) for c in r[:3]):
                nums = [c for c in r[1:] if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {tab} / {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got} != {want:.2f}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} is within 5 % of the true {true:.2f}")


def check_full(key: str) -> Plan:
    p, m, d = PLANS[key], model(key), printed(key)
    pl = PLANTED.get(key, {})
    P = Plan(STEMS[key])
    # history and the % so với cùng kỳ columns
    out_t = P.trow("Kết quả sản xuất kinh doanh", "Sản lượng", 5)
    for i in range(3):
        if i == 2 and "hist26" in pl:
            P.wrong(out_t[2], m["h_out"][2], "2026 output in the history table")
        else:
            P.eq(out_t[i], m["h_out"][i], f"history output {2024 + i}")
    P.eq(out_t[3], d["h_out_table"][1] / d["h_out_table"][0] * 100, "% 2025/2024 output")
    P.eq(out_t[4], d["h_out_table"][2] / d["h_out_table"][1] * 100, "% 2026/2025 output")
    hout = d["h_out_table"]
    hp = [m["h_price"][0], m["h_price"][1], m["h_price"][2]]
    hrev = [hout[i] * hp[i] / 1e6 for i in range(3)]
    hprof = [hrev[i] * p["margin"][i] for i in range(3)]
    for lab, vals in (("Doanh thu", hrev), ("Chi phí", [hrev[i] - hprof[i] for i in range(3)]),
                      ("Lợi nhuận", hprof)):
        got = P.trow("Kết quả sản xuất kinh doanh", lab, 5)
        for i in range(3):
            P.eq(got[i], vals[i], f"history {lab} {2024 + i}")
        P.eq(got[3], vals[1] / vals[0] * 100, f"% 2025/2024 {lab}")
        P.eq(got[4], vals[2] / vals[1] * 100, f"% 2026/2025 {lab}")
    # the plan set for 2026 and its completion
    done = P.trow("hoàn thành", "Sản lượng", 3)
    P.eq(done[0], m["plan26"][0], "plan 2026 output")
    P.eq(done[1], m["act26"][0], "actual 2026 output")
    P.eq(done[2], m["done26"][0], "% hoàn thành output")
    for lab, i in (("Doanh thu", 1), ("Lợi nhuận", 2)):
        got = P.trow("hoàn thành", lab, 3)
        P.eq(got[0], m["plan26"][i], f"plan 2026 {lab}")
        P.eq(got[1], m["act26"][i], f"actual 2026 {lab}")
        P.eq(got[2], m["done26"][i], f"% hoàn thành {lab}")
    # growth reasoning
    g = re.search(r"tăng bình quân ([\d,]+) %/năm trong ba năm 2024", P.body)
    P.check(bool(g), "historic growth sentence")
    if g:
        P.eq(vn(g.group(1)), m["g_hist"], "historic growth %", tol=0.02)
    g = re.search(r"mục tiêu tăng bình quân (?:khoảng )?([\d,]+) %/năm", P.body)
    P.check(bool(g), "planned growth sentence")
    if g:
        if "growth_text" in pl:
            P.wrong(vn(g.group(1)), m["g_plan"], "planned growth rate")
        else:
            P.eq(vn(g.group(1)), m["g_plan"], "planned growth %", tol=0.02)
    # production plan
    for i, pr in enumerate(p["products"]):
        got = P.trow("Kế hoạch sản lượng", pr[0], 4)
        for y in range(4):
            P.eq(got[y], pr[5][y], f"packs {pr[0]} {2026 + y}")
    got = P.trow("Kế hoạch sản lượng", "Tổng sản lượng", 4)
    for y in range(4):
        P.eq(got[y], m["out"][y], f"output {2026 + y}")
    got = P.trow("Kế hoạch sản lượng", "% so với năm trước", 3)
    for y in range(3):
        P.eq(got[y], m["out"][y + 1] / m["out"][y] * 100, f"growth {2027 + y}")
    # raw materials: contracts, balance
    for c in p["contracts"]:
        P.eq(P.trow("liên kết", c[0], 1)[0], c[2], f"contract {c[0]}")
    tot = P.trow("liên kết", "Tổng cộng", 1)[0]
    if "contracts_total" in pl:
        P.wrong(tot, m["contracts"], "contract table total")
    else:
        P.eq(tot, m["contracts"], "contract table total")
    need = P.trow("Cân đối nguyên liệu", "Nhu cầu", 3)
    for y in range(3):
        P.eq(need[y], m["need"][0][y + 1], f"need {2027 + y}")
    if m["own"]:
        P.eq(P.trow("Cân đối nguyên liệu", "Tự sản xuất", 3)[2], m["own"], "own supply")
    P.eq(P.trow("Cân đối nguyên liệu", "Thu mua", 3)[2], d["contracts_total"], "purchase (as printed)")
    sup = P.trow("Cân đối nguyên liệu", "Tổng nguồn cung", 3)[2]
    P.eq(sup, d["supply_printed"], "supply (as printed)")
    if pl.get("shortfall"):
        P.check(m["need"][0][3] > m["supply"] * 1.05, "planted shortfall: need not above supply")
        P.check(not any(r[1].startswith("Cân đối") for r in P.table("Cân đối nguyên liệu") if len(r) > 1),
                "planted shortfall: a balance row is printed")
    else:
        bal = P.trow("Cân đối nguyên liệu", "Cân đối", 3)
        for y in range(3):
            P.eq(bal[y], d["supply_printed"] - m["need"][0][y + 1], f"balance {2027 + y}")
            P.check(m["need"][0][y + 1] <= m["supply"], f"need {2027 + y} above the true supply")
    # capacity
    if key == "fl06":
        P.check(m["out"][3] > m["cap"] * 1.05 and m["out"][2] > m["cap"], "planted capacity: output not above")
        P.check(m["out"][0] >= 0.9 * m["cap"], "fl06: 2026 should be near capacity")
    else:
        P.check(all(m["out"][y] <= m["cap"] for y in range(4)), "output above capacity")
    P.has(f"{fmt(p['cap'][0])} {p['unit']}/ngày" if key != "fl09" else "2,5 chiếc/người/ngày")
    # staff
    for r in p["roles"]:
        got = P.trow("Lao động", r[0], 3)
        for y in range(3):
            P.eq(got[y], r[1][y], f"staff {r[0]} {2027 + y}")
    got = P.trow("Lao động", "Tổng cộng", 3)
    for y in range(3):
        P.eq(got[y], m["workers"][y], f"staff total {2027 + y}")
    # investment and sources
    for it in p["inv"]:
        P.eq(P.trow("vốn đầu tư", it[0], 1)[0], it[1], f"investment {it[0]}")
    P.eq(P.trow("vốn đầu tư", "Tổng cộng", 1)[0], m["inv"], "investment total")
    for s in p["src"]:
        got = P.trow("Nguồn vốn", s[0], 2)
        P.eq(got[0], s[1], f"source {s[0]}")
        P.eq(got[1], s[1] / m["src"] * 100, f"share {s[0]}")
    src_tot = P.trow("Nguồn vốn", "Tổng cộng", 2)[0]
    if pl.get("src_short"):
        P.eq(src_tot, m["src"], "sources total (adds up to its lines)")
        P.wrong(src_tot, m["inv"], "sources against investment")
    else:
        P.eq(src_tot, m["inv"], "sources = investment")
        P.check(close(m["src"], m["inv"]), "sources do not add up to the investment")
    # revenue
    for i, pr in enumerate(p["products"]):
        got = P.trow("Doanh thu dự kiến", pr[0], 3)
        for y in range(3):
            if "rev_line" in pl and pl["rev_line"][:2] == (i, y):
                P.wrong(got[y], m["rev_lines"][i][y + 1], f"revenue line {pr[0]} {2027 + y}")
            else:
                P.eq(got[y], m["rev_lines"][i][y + 1], f"revenue {pr[0]} {2027 + y}")
        P.has(f"{fmt(pr[3])} đ/{pr[1]}")
    got = P.trow("Doanh thu dự kiến", "Tổng doanh thu", 3)
    for y in range(3):
        P.eq(got[y], d["rev"][y + 1], f"revenue total {2027 + y} (as printed)")
        if d["rev"][y + 1] != m["rev"][y + 1]:
            P.wrong(got[y], m["rev"][y + 1], f"revenue total {2027 + y}")
    # cost
    tab = P.table("Chi phí dự kiến")
    lines = [r for r in tab if r and r[0].isdigit()]
    P.check(len(lines) == len(d["costs"]), f"cost lines {len(lines)} != {len(d['costs'])}")
    for r, (n, v) in zip(lines, d["costs"]):
        nums = [vn(c) for c in r[-3:]]
        for y in range(3):
            P.eq(nums[y], v[y], f"cost {n} {2027 + y}")
    got = P.trow("Chi phí dự kiến", "Tổng chi phí", 3)
    for y in range(3):
        P.eq(got[y], d["cost"][y], f"cost total {2027 + y}")
        P.eq(sum(vn(r[-3:][y]) for r in lines), got[y], f"cost lines add up {2027 + y}")
    # summary
    rv = P.trow("Tổng hợp hiệu quả", "Doanh thu", 3)
    cs = P.trow("Tổng hợp hiệu quả", "Chi phí", 3)
    pf = P.trow("Tổng hợp hiệu quả", "Lợi nhuận", 3)
    mg = P.trow("Tổng hợp hiệu quả", "Tỷ suất", 3)
    for y in range(3):
        P.eq(rv[y], d["rev"][y + 1], f"summary revenue {2027 + y}")
        P.eq(cs[y], d["cost"][y], f"summary cost {2027 + y}")
        if "profit" in pl and pl["profit"][0] == y:
            P.wrong(pf[y], rv[y] - cs[y], f"profit {2027 + y} against revenue - cost")
        else:
            P.eq(pf[y], rv[y] - cs[y], f"summary profit {2027 + y}")
        P.eq(mg[y], d["margin"][y], f"margin {2027 + y}", tol=0.02)
        P.check(0 < m["margin"][y] < 40, f"true margin {2027 + y} {m['margin'][y]:.1f}")
    # payback
    g = re.search(r"thời gian hoàn vốn khoảng ([\d,]+) năm", P.body)
    P.check(bool(g), "payback sentence")
    if g:
        if "payback" in pl:
            P.wrong(vn(g.group(1)), m["payback"], "payback")
        else:
            P.eq(vn(g.group(1)), d["payback"], "payback", tol=0.04)
    # growth is moderate except in fl05
    for y in range(3):
        gr = m["rev"][y + 1] / m["rev"][y]
        if key == "fl05":
            continue
        P.check(gr < 1.31, f"revenue growth {2027 + y} {gr:.2f}")
    if key == "fl05":
        P.check(m["out"][1] / m["out"][0] > 1.4 and m["g_plan"] > 30, "planted growth too mild")
    P.lacks(PLACEHOLDER, "placeholder")
    return P


def fmt(x: float, dec: int | None = None) -> str:
    """Vietnamese number: dotted thousands, decimal comma, one decimal unless whole."""
    if dec is None:
        dec = 0 if abs(x - round(x)) < 0.05 else 1
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def common_ready(P: Plan, category: str) -> None:
    b = P.body
    for s in ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
              "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất", "môi trường", "mã số"):
        P.check(s.lower() in b.lower(), f"ready plan lacks {s!r}")
    if category != "handicraft":
        P.check("an toàn thực phẩm" in b, "ready food plan lacks the food-safety certificate")
        P.check("tự công bố" in b, "ready food plan lacks the self-declaration")
    P.lacks(REPLACED, "replaced instrument or district body")
    for d in re.findall(r"đến (\d{2}/\d{2}/(\d{4}))", b):
        P.check(int(d[1]) >= 2028, f"paper valid only to {d[0]}")


def check_textual(key: str, P: Plan) -> None:
    b = P.body
    low = b.lower()
    if key in READY:
        common_ready(P, "handicraft" if key == "fl04" else "food")
        return
    if key != "fl07":
        for s in ("148/QĐ-TTg", "1489/QĐ-TTg"):
            P.check(s in b, f"lacks {s}")
        P.lacks(REPLACED, "replaced instrument or district body")
    if key == "fl05":
        P.lacks(r"giấy phép sản xuất rượu|105/2017|17/2020|giấy phép", "alcohol licence")
        P.check("khoảng 10 %/năm" in b, "fl05: stated growth")
    if key == "fl06":
        P.lacks(r"môi trường|nước thải|chất thải|xử lý|phế phẩm|mùi|ruồi|bể lắng|thu gom", "environment words")
    if key == "fl07":
        P.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu chất lượng|công bố",
                "product-standard words")
        for s in ("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "huyện"):
            P.check(s in b, f"fl07 lacks the outdated {s}")
        P.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current instrument in fl07")
        P.check("đủ nguyên liệu" in b, "fl07: claim of enough raw material")
    if key == "fl08":
        P.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|bao bì ghi", "label words")
        P.check("3.600 kg" in b, "fl08: 2026 output 3.600 kg in the text")
    if key == "fl09":
        P.lacks(r"nhãn hiệu|sở hữu trí tuệ|logo|thương hiệu|bảo hộ", "trademark words")
        P.check(P.count("Ba Đồn") >= 2, "fl09: the other product name")
        P.check(P.count("Đồng Môn") >= 5, "fl09: the true name")
    if key == "fl10":
        P.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết sản xuất", "food-safety words")
        P.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\btem\b|kiểm soát nội bộ|HACCP|ISO|mẫu lưu|hồ sơ lô",
                "quality-control words")
        P.check("bảo đảm đủ vốn" in b, "fl10: claim of enough capital")


SKETCHY = {
    "fl11": ["1.200 kg", "85.000 đồng", "150 triệu đồng"],
    "fl12": ["300 lít", "450.000 đồng", "2 ha"],
}


def check_sketchy(key: str) -> Plan:
    P = Plan(STEMS[key])
    words = len(re.findall(r"\w+", re.sub(r"^#+ ", "", P.body, flags=re.M)))
    P.check(150 <= words <= 320, f"sketchy word count {words}")
    P.check(not P.rows, "sketchy plan has a table")
    P.has(*SKETCHY[key])
    P.lacks(r"tiêu chuẩn cơ sở|tự công bố|nhãn hiệu|truy xuất|43/2017|148/QĐ-TTg", "papers in a sketchy plan")
    P.lacks(PLACEHOLDER, "placeholder")
    return P


def main() -> int:
    plans = []
    for key in STEMS:
        if key in SKETCHY:
            plans.append(check_sketchy(key))
        else:
            P = check_full(key)
            check_textual(key, P)
            plans.append(P)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
