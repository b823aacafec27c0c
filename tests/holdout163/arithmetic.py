"""The 163rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout163/arithmetic.py

Theme: figures written the way people write them. Within one plan the money comes as "1,55 tỷ
đồng", "850 triệu", "0,7 tỷ", "95.000đ/chai", "95 nghìn đồng", "tr.đ", "trđ", "ngđ" and in words
("Một tỷ năm trăm năm mươi triệu đồng"); tables are in triệu đồng (one or two in nghìn đồng), the
prose in đồng or tỷ; quantities in kg, tạ, tấn, lít and pieces side by side. For every full plan
(fh01-fh10) the constants give the products (pack size in the plan's base unit, price, pack cost,
packs per year), the 2024-2026 history, the raw materials with their norms and prices, the own
supply and the purchases in the unit each supplier is quoted in (tạ, tấn, yến, kg, tấn/tháng),
capacity, staff by role and wage, energy rate, piece-work rate, investment items and capital
sources, loan balances, selling / tax shares and a fixed line. From them this script recomputes
every table number (output, revenue lines, raw-material need and supply, staff, investment,
sources and their shares, every cost line, totals, profit, margin, payback) and the money the
prose repeats in other forms (tỷ, đồng, nghìn đồng, words), reads them back from the plan's
source (tables found by their caption "Bảng N. ...", scaled by the unit each table is written in)
and compares: planted numeric defects must be wrong by more than 5 % (the true value is computed
beside them), every other number right within 1 %. Where a planted defect carries on into other
cells (a wrong line into its total, a short cost total into the profit), those cells are compared
with the plan's own chain of figures and the knock-on is reported in README.md. Textual defects are
asserted through the presence or absence of their words. Sketchy plans: 150-320 words, no table.
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

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year) or None
# buy: (supplier, households, quantity, unit it is quoted in, that unit in the raw's unit)
# cap: (base units per day, working days a year); roles: staff per year; wage: triệu/month
# piece: (label, đ per base unit) piece-work paid to linked households
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
 "fh01": dict(unit="lít",
   hist_profit=[268.0, 301.5, 342.0], hist_staff=[8, 9, 9],
   fmt=dict(hist_out=1, hist_price=1, price=1, need=1000, inv="triệu đồng", src="triệu đồng", rev="triệu đồng", cost="tr.đ", sum="triệu đồng"),
   products=[("Nước mắm cốt cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 11000, [20000, 22000, 24000]),
             ("Nước mắm cá cơm 30 độ đạm, chai PET 1 lít", "chai", 1, 65000, 6000, [9000, 10000, 11000]),
             ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 190000, 14000, [800, 900, 1000])],
   hist=[(17000, 104000), (18500, 107000), (20000, 110000)],
   raws=[("Cá cơm tươi", "kg", 1.5, 16000), ("Muối hạt", "kg", 0.5, 3000)],
   own=("2 tàu lưới vây của công ty", 2, "tàu", 9000),
   buy=[("Tổ hợp tác khai thác hải sản Kim Đồng", 8, 120, "tạ", 100), ("Các hộ ngư dân thôn Hải Thành", 14, 90, "tạ", 100), ("Nậu vựa cá bến Cửa Sót", 3, 8, "tấn", 1000)],
   cap=(120, 250),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, kéo rút", [3, 3, 3]), ("Lọc, chiết chai, đóng thùng", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
   wage=6.5, energy=3000,
   inv=[("Cải tạo nhà chượp mái che 150 m²", 300, True), ("20 thùng gỗ chượp 1,2 tấn", 240, True),
        ("Máy lọc, bồn inox, máy chiết rót và đóng nắp", 280, True), ("Hệ thống thu gom, xử lý nước thải và khử mùi", 160, True),
        ("Thiết kế bao bì, nhãn, tem truy xuất", 60, False), ("Kiểm nghiệm, công bố, duy trì nhãn hiệu", 40, False),
        ("Vốn lưu động mua cá, muối", 470, False)],
   src=[("Vốn chủ sở hữu", 850), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
   life=10, loan=[700, 500, 300], rate=0.08, sell=0.06, tax=0.015, other=90),
 "fh02": dict(unit="lít",
   hist_profit=[142.5, 171.0, 203.5], hist_staff=[7, 7, 8],
   fmt=dict(hist_out=1, hist_price=1000, price=1000, need=1, inv="trđ", src="trđ", rev="triệu đồng", cost="1.000 đồng", sum="triệu đồng"),
   products=[("Rượu nếp cái 35 độ, chai 500 ml", "chai", 0.5, 165000, 14000, [12000, 13600, 15000]),
             ("Rượu nếp cái 35 độ, bình sứ 1 lít", "bình", 1, 430000, 55000, [1500, 1700, 1900]),
             ("Rượu nếp cái 29 độ, can 2 lít", "can", 2, 300000, 9000, [1000, 1100, 1200])],
   hist=[(7000, 285000), (7800, 295000), (8500, 300000)],
   raws=[("Gạo nếp cái hoa vàng", "kg", 1.25, 28000), ("Men lá", "kg", 0.02, 160000)],
   own=("ruộng nếp của thành viên", 40, "sào", 220),
   buy=[("Tổ hợp tác nếp thôn Yên Thịnh", 12, 35, "tạ", 100), ("Hộ trồng nếp thôn Yên Mỹ", 9, 25, "tạ", 100), ("Các hộ thôn Tân Tiến", 7, 1.5, "tấn", 1000)],
   cap=(48, 300),
   roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]), ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 2])],
   wage=6.0, energy=8000,
   inv=[("Mở rộng nhà nấu, nhà hạ thổ 90 m²", 260, True), ("Hai bộ nồi chưng cất inox 30 kg gạo/mẻ", 180, True),
        ("Máy lọc, hạ độ aldehyde, bồn chứa inox", 150, True), ("Bể biogas và hệ thống xử lý nước thải", 90, True),
        ("Chum sành hạ thổ 200 lít (40 chiếc)", 60, True), ("Bao bì, nhãn, tem, kiểm nghiệm", 60, False), ("Vốn lưu động mua nếp", 300, False)],
   src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Chính sách xã hội", 300), ("Vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 300)],
   life=10, loan=[600, 450, 300], rate=0.07, sell=0.05, tax=0.4, other=40,
   tax_label="Thuế tiêu thụ đặc biệt và thuế khác"),

 "fh03": dict(unit="chiếc",
   hist_profit=[118.0, 132.5, 150.0], hist_staff=[4, 5, 5],
   fmt=dict(hist_out=1, hist_price=1, price=1, need=1, inv="triệu đồng", src="triệu đồng", rev="triệu đồng", cost="triệu đồng", sum="triệu đồng"),
   products=[("Nón lá trắng truyền thống 16 vành", "chiếc", 1, 90000, 3000, [6000, 6600, 7200]),
             ("Nón bài thơ vẽ tay, hộp giấy", "chiếc", 1, 190000, 8000, [2000, 2300, 2600]),
             ("Bộ quà lưu niệm nón mini (3 nón nhỏ)", "bộ", 1, 150000, 12000, [1500, 1700, 1900])],
   hist=[(7800, 112000), (8300, 115000), (8800, 118000)],
   raws=[("Lá nón (lá cọ non) đã phơi", "kg", 0.12, 70000), ("Vành tre, cước, chỉ khâu", "bộ", 1, 6000)],
   own=("vườn cọ của hộ", 6, "sào", 80),
   buy=[("Tổ hái lá nón xã Sơn Kim", 10, 5, "tạ", 100), ("Hộ thu gom lá thôn Rào Mắc", 4, 4, "tạ", 100), ("Thương lái lá nón Quảng Bình", 2, 300, "kg", 1)],
   cap=(45, 280),
   roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Ủi lá, chuốt vành, bắt khung", [2, 2, 2]), ("Vẽ, hoàn thiện, đóng gói", [2, 2, 3])],
   wage=5.5, energy=1500, piece=("Tiền công khâu nón khoán cho hộ liên kết", 30000),
   inv=[("Cải tạo nhà xưởng ủi lá, hoàn thiện 60 m²", 120, True), ("Lò sấy lá chống mốc bằng hơi nóng", 75, True),
        ("Máy ủi lá, bàn là nhiệt, khuôn nón các cỡ", 45, True), ("Thiết kế mẫu, hộp, nhãn treo", 35, False),
        ("Đăng ký nhãn hiệu, tiêu chuẩn cơ sở, thử nghiệm", 25, False), ("Vốn lưu động (lá, vành, tiền công)", 200, False)],
   src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
   life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.015, other=25),
 "fh04": dict(unit="kg",
   hist_profit=[131.0, 149.5, 166.0], hist_staff=[5, 5, 6],
   fmt=dict(hist_out=100, hist_price=1000, price=1000, need=1, inv="triệu đồng", src="triệu đồng", rev="triệu đồng", cost="triệu đồng", sum="tr.đ"),
   products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 130000, 9000, [5000, 5600, 6200]),
             ("Mật ong hoa rừng, hũ thủy tinh 1 kg", "hũ", 1, 350000, 16000, [1800, 2000, 2200]),
             ("Mật ong hoa keo, bình 2 kg", "bình", 2, 420000, 10000, [400, 450, 500])],
   hist=[(4300, 255000), (4600, 262000), (4800, 268000)],
   raws=[("Mật ong thô (đã quay, lọc)", "kg", 1.06, 100000)],
   own=("đàn ong của các tổ viên", 500, "đàn", 11),
   buy=[("Hộ nuôi ong thôn Hợp Tiến", 6, 6, "tạ", 100), ("Hộ nuôi ong thôn Tân Thượng", 5, 45, "yến", 10), ("Các hộ nuôi ong xã Kỳ Tây", 4, 0.5, "tấn", 1000)],
   cap=(30, 250),
   roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Quay mật, lọc, hạ thủy phần", [2, 2, 2]), ("Đóng chai, dán nhãn, bán hàng", [2, 2, 3])],
   wage=6.0, energy=2000,
   inv=[("Phòng sơ chế, đóng chai một chiều 40 m²", 150, True), ("Máy hạ thủy phần mật ong 50 kg/mẻ", 130, True),
        ("Máy quay mật inox, bồn lắng, máy chiết rót", 70, True), ("Thùng ong và 100 đàn ong giống bổ sung", 120, True),
        ("Bao bì, tem truy xuất, kiểm nghiệm", 50, False), ("Vốn lưu động", 280, False)],
   src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 350)],
   life=8, loan=[350, 250, 150], rate=0.066, sell=0.05, tax=0.01, other=30),

 "fh05": dict(unit="kg",
   hist_profit=[151.0, 176.5, 190.0], hist_staff=[4, 5, 5],
   fmt=dict(hist_out=1, hist_price=1, price=1, need=1, inv="triệu đồng", src="triệu đồng", rev="triệu đồng", cost="trđ", sum="triệu đồng"),
   products=[("Giò bò cây 500 g, hút chân không", "cây", 0.5, 185000, 3500, [7000, 14000, 18000]),
             ("Giò bò cây 1 kg, hút chân không", "cây", 1, 360000, 5000, [2500, 5000, 6500]),
             ("Chả bò quế 500 g", "cây", 0.5, 175000, 3500, [1500, 3000, 4000])],
   hist=[(5200, 330000), (5700, 340000), (6100, 345000)],
   raws=[("Thịt bò bắp, thăn", "kg", 0.9, 240000), ("Mỡ heo, gia vị, lá chuối", "kg", 0.2, 50000)],
   own=None,
   buy=[("Cơ sở giết mổ bò Tiên Điền", 1, 1.1, "tấn/tháng", 12000), ("Lò mổ bò thôn Đông Mỹ", 1, 6, "tạ/tháng", 1200)],
   cap=(80, 300),
   roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Xay, quết, gói, luộc giò", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
   wage=6.5, energy=4000,
   inv=[("Tủ cấp đông, tủ mát trưng bày", 90, True), ("Máy hút chân không, máy dán túi", 45, True),
        ("Thiết kế bao bì, nhãn, mã vạch", 25, False), ("Vốn lưu động mua thịt", 240, False)],
   src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
   life=5, loan=[150, 100, 50], rate=0.066, sell=0.05, tax=0.015, other=40),
 "fh06": dict(unit="lít",
   hist_profit=[181.0, 204.5, 226.0], hist_staff=[9, 9, 10],
   fmt=dict(hist_out=1, hist_price=1, price=1, need=1000, inv="triệu đồng", src="triệu đồng", rev="triệu đồng", cost="triệu đồng", sum="tr.đ"),
   products=[("Rượu nếp 30 độ, chai 500 ml", "chai", 0.5, 160000, 12000, [14000, 16000, 18000]),
             ("Rượu nếp 35 độ, chai 1 lít", "chai", 1, 330000, 20000, [3000, 3500, 4000]),
             ("Rượu nếp 29 độ, can 5 lít", "can", 5, 700000, 25000, [500, 600, 700])],
   hist=[(9500, 268000), (10400, 275000), (11200, 280000)],
   raws=[("Gạo nếp", "kg", 1.4, 26000), ("Men lá", "kg", 0.02, 150000)],
   own=("ruộng nếp của thành viên", 45, "sào", 230),
   buy=[("Hộ trồng nếp thôn Quan Hòa", 11, 40, "tạ", 100), ("Hộ trồng nếp thôn Quan Lộc", 8, 3, "tấn", 1000), ("Đại lý gạo chợ Cẩm Quan", 1, 1500, "kg", 1)],
   cap=(70, 280),
   roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]), ("Hạ thổ, lọc, chiết chai", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
   wage=6.0, energy=7000,
   inv=[("Nhà nấu, nhà ủ và kho 120 m²", 380, True), ("Ba bộ nồi chưng cất inox 50 kg gạo/mẻ", 210, True),
        ("Máy lọc, bồn chứa inox 2.000 lít", 160, True), ("Bể biogas 30 m³ và bể lắng nước thải", 110, True),
        ("Bao bì, nhãn, kiểm nghiệm", 70, False), ("Vốn lưu động mua nếp", 420, False)],
   src=[("Vốn góp của thành viên", 650), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
   life=10, loan=[700, 550, 400], rate=0.08, sell=0.05, tax=0.4, other=50,
   tax_label="Thuế tiêu thụ đặc biệt và thuế khác"),
 "fh07": dict(unit="kg",
   hist_profit=[96.0, 112.5, 128.0], hist_staff=[7, 8, 8],
   fmt=dict(hist_out=1000, hist_price=1000, price=1, need=1, inv="triệu đồng", src="triệu đồng", rev="tr.đ", cost="triệu đồng", sum="triệu đồng"),
   products=[("Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 6000, [24000, 27000, 30000]),
             ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 75000, 3000, [3000, 3300, 3600]),
             ("Chè vằng khô, bao 2 kg", "bao", 2, 250000, 5000, [500, 550, 600])],
   hist=[(3000, 360000), (3200, 370000), (3400, 375000)],
   raws=[("Chè vằng tươi (thân, lá)", "kg", 3.5, 7000)],
   own=("vườn chè vằng của công ty", 2.5, "ha", 3000),
   buy=[("Tổ hợp tác chè vằng thôn Đông Sơn", 12, 45, "tạ", 100), ("Hộ trồng chè vằng thôn Tây Yên", 10, 3.5, "tấn", 1000), ("Hộ trồng chè vằng thôn Hòa Lạc", 6, 1800, "kg", 1)],
   cap=(20, 260),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái", [2, 2, 2]), ("Sơ chế, sấy", [2, 2, 2]), ("Đóng túi lọc, đóng gói", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
   wage=6.5, energy=12000,
   inv=[("Nhà sơ chế, sấy 80 m²", 220, True), ("Máy sấy bơm nhiệt 200 kg/mẻ", 150, True),
        ("Máy đóng túi lọc tự động", 240, True), ("Máy nghiền, máy cắt khúc", 60, True),
        ("Bao bì, mã vạch, tem", 40, False), ("Vốn lưu động", 290, False)],
   src=[("Vốn chủ sở hữu", 600), ("Vay ngân hàng thương mại", 400)],
   life=10, loan=[400, 300, 200], rate=0.09, sell=0.07, tax=0.015, other=60),
 "fh08": dict(unit="kg",
   hist_profit=[121.0, 140.0, 158.5], hist_staff=[7, 8, 8],
   fmt=dict(hist_out=1, hist_price=1000, price=1, need=1000, inv="triệu đồng", src="tr.đ", rev="triệu đồng", cost="triệu đồng", sum="triệu đồng"),
   products=[("Cá mối khô một nắng, túi hút chân không 500 g", "túi", 0.5, 150000, 4000, [6000, 6800, 7600]),
             ("Cá mối khô tẩm gia vị, hộp 300 g", "hộp", 0.3, 110000, 6000, [4000, 4500, 5000]),
             ("Cá mối khô loại 2, túi 1 kg", "túi", 1, 220000, 3000, [800, 900, 1000])],
   hist=[(3900, 285000), (4200, 292000), (4500, 298000)],
   raws=[("Cá mối tươi", "kg", 3, 20000), ("Muối, gia vị", "kg", 0.05, 40000)],
   own=("thuyền lưới của thành viên", 6, "thuyền", 2200),
   buy=[("Chợ cá Kỳ Xuân", 1, 40, "tạ", 100), ("Nậu vựa cảng Cửa Khẩu", 1, 3, "tấn", 1000)],
   cap=(25, 280),
   roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Mổ, rửa, tẩm ướp", [3, 3, 3]), ("Phơi, sấy, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
   wage=6.0, energy=6000,
   inv=[("Nhà sơ chế một chiều 120 m²", 380, True), ("Máy sấy bơm nhiệt 300 kg/mẻ", 260, True),
        ("Giàn phơi inox có lưới che", 90, True), ("Kho lạnh bảo quản 20 m³", 220, True), ("Máy hút chân không, máy dán hộp", 80, True),
        ("Bao bì, nhãn, mã vạch, kiểm nghiệm", 70, False), ("Vốn lưu động", 500, False)],
   src=[("Vốn góp của thành viên", 650), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 750)],
   life=10, loan=[750, 600, 450], rate=0.08, sell=0.05, tax=0.015, other=60),
 "fh09": dict(unit="sản phẩm",
   hist_profit=[162.0, 178.5, 191.0], hist_staff=[5, 5, 5],
   fmt=dict(hist_out=1, hist_price=1, price=1, need=1, inv="triệu đồng", src="triệu đồng", rev="triệu đồng", cost="1.000 đồng", sum="triệu đồng"),
   products=[("Chiếu cói dệt hoa 1,6 × 2 m", "chiếc", 1, 320000, 5000, [2400, 2600, 2800]),
             ("Chiếu cói trơn 1,2 × 2 m", "chiếc", 1, 220000, 4000, [1800, 2000, 2200]),
             ("Thảm cói tròn 60 cm", "chiếc", 1, 90000, 3000, [3000, 3300, 3600])],
   hist=[(6200, 186000), (6600, 190000), (7000, 194000)],
   raws=[("Cói khô chẻ sợi", "kg", 1.8, 25000), ("Sợi đay, phẩm màu tự nhiên", "bộ", 1, 8000)],
   own=("ruộng cói của các hộ", 25, "sào", 250),
   buy=[("Hộ trồng cói thôn Hội Thủy", 12, 60, "tạ", 100), ("Thương lái cói Nga Sơn", 1, 4, "tấn", 1000)],
   cap=(32, 300),
   roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Chẻ, nhuộm, phơi cói", [2, 2, 2]), ("Hoàn thiện, đóng gói, bán hàng", [2, 2, 2])],
   wage=5.0, energy=1500, piece=("Tiền công dệt khoán cho các hộ", 40000),
   inv=[("Nhà xưởng chung 100 m² và sân phơi", 150, True), ("12 khung dệt chiếu cải tiến", 96, True),
        ("Máy chẻ cói, nồi nhuộm", 40, True), ("Lò sấy chống mốc", 34, True), ("Vốn lưu động", 180, False)],
   src=[("Vốn góp của các hộ", 300), ("Vay quỹ hỗ trợ nông dân", 200)],
   life=8, loan=[200, 140, 80], rate=0.066, sell=0.05, tax=0.01, other=20),
 "fh10": dict(unit="kg",
   hist_profit=[118.5, 131.0, 147.0], hist_staff=[9, 9, 10],
   fmt=dict(hist_out=1, hist_price=1000, price=1000, need=1000, inv="triệu đồng", src="triệu đồng", rev="triệu đồng", cost="trđ", sum="triệu đồng"),
   products=[("Chè búp đặc biệt, túi zip 200 g", "túi", 0.2, 80000, 3000, [6000, 7000, 8000]),
             ("Chè búp loại 1, hộp 500 g", "hộp", 0.5, 130000, 8000, [6000, 7000, 7600]),
             ("Chè xanh loại 2, bao 1 kg", "bao", 1, 150000, 2000, [2000, 2500, 2800])],
   hist=[(4800, 240000), (5100, 245000), (5500, 250000)],
   raws=[("Chè búp tươi", "kg", 4.5, 14000)],
   own=("đồi chè của thành viên", 5.5, "ha", 6000),
   buy=[("Tổ chè thôn Trung Thành", 15, 40, "tạ", 100), ("Hộ trồng chè thôn Kim Lĩnh", 9, 3, "tấn", 1000)],
   cap=(30, 220),
   roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, vận chuyển", [3, 3, 3]), ("Sao, vò, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
   wage=5.5, energy=15000,
   inv=[("Nhà đóng gói và kho 60 m²", 180, True), ("Máy hút chân không, máy hàn túi, cân điện tử", 60, True),
        ("Thiết kế bao bì, hộp", 40, False), ("Đăng ký nhãn hiệu, kiểm nghiệm", 30, False), ("Vốn lưu động", 290, False)],
   src=[("Vốn góp của thành viên", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
   life=10, loan=[250, 180, 110], rate=0.066, sell=0.06, tax=0.015, other=40),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fh05": {"growth": True},                    # output 6.750 -> 13.500 -> 17.500 kg, same 5 workers, same shops
    "fh06": {"shortfall": True, "charter": (1200, 850)},  # need 20,3 / 23,1 t glutinous rice vs 18,85 t supply
    "fh07": {"profit": (1, 1.30)},               # 2028 profit in the summary × 1,30
    "fh08": {"src_total": True, "payback": 1.5},  # sources 650 + 750 = 1.400 vs investment 1.600; payback 1,5 years
    "fh09": {"cost_total": (1, 0.90)},           # 2028 cost total (nghìn đồng) 10 % short of its lines
    "fh10": {"rev_line": (1, 0, 1.15), "over_capacity": True},  # 2027 box line × 1,15; 7.400 / 8.200 kg vs 6.600
}
READY = ("fh01", "fh02", "fh03", "fh04")
STEMS = {
    "fh01": "fh01_nuoc_mam_van_long_cty",
    "fh02": "fh02_ruou_nep_cai_yen_ho_htx",
    "fh03": "fh03_non_la_thanh_binh_hkd",
    "fh04": "fh04_mat_ong_ky_thuong_tht",
    "fh05": "fh05_gio_bo_tien_dien_hkd",
    "fh06": "fh06_ruou_nep_cam_quan_htx",
    "fh07": "fh07_tra_che_vang_ky_son_cty",
    "fh08": "fh08_ca_moi_kho_ky_xuan_htx",
    "fh09": "fh09_chieu_coi_hoi_thuy_nhom_ho",
    "fh10": "fh10_che_bup_son_linh_htx",
    "fh11": "fh11_banh_gai_thach_lien_so_sai",
    "fh12": "fh12_trai_nghiem_dam_sen_so_sai",
}


# --------------------------------------------------------------------------- formatting
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def num(x: float, dec: int | None = None) -> str:
    """Vietnamese number: dotted thousands, decimal comma; integral values without decimals
    unless dec is given."""
    if dec is None:
        dec = 0 if abs(x - round(x)) < 1e-9 else (1 if abs(x * 10 - round(x * 10)) < 1e-6 else 2)
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def ty(trieu: float) -> str:
    """1550 -> '1,55' (tỷ)."""
    s = f"{trieu / 1000:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


_D = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _three(n: int, full: bool) -> str:
    h, t, u = n // 100, n // 10 % 10, n % 10
    out = []
    if full or h:
        out.append(f"{_D[h]} trăm")
    if t == 0:
        if u:
            out.append(f"lẻ {_D[u]}" if (full or h) else _D[u])
    elif t == 1:
        out.append("mười" + ("" if u == 0 else " lăm" if u == 5 else f" {_D[u]}"))
    else:
        out.append(f"{_D[t]} mươi" + ("" if u == 0 else " mốt" if u == 1 else " lăm" if u == 5 else f" {_D[u]}"))
    return " ".join(out)


def words(trieu: int) -> str:
    """An amount in triệu (a whole number) in words: 1550 -> 'một tỷ năm trăm năm mươi triệu đồng'."""
    t, r = divmod(int(trieu), 1000)
    parts = []
    if t:
        parts.append(f"{_three(t, False)} tỷ")
    if r:
        parts.append(f"{_three(r, bool(t))} triệu")
    return " ".join(parts) + " đồng"


# --------------------------------------------------------------------------- the model
def model(key: str, planted: bool = False) -> dict:
    """Every figure of plan `key`, true (planted=False) or as the plan states it (planted=True:
    the planted numeric defects applied and carried on the way the plan's author carried them)."""
    p = PLANS[key]
    d = PLANTED.get(key, {}) if planted else {}
    Y = range(3)
    prods = p["products"]
    m: dict = {"p": p}
    m["out"] = [sum(pr[2] * pr[5][y] for pr in prods) for y in Y]
    m["prod_out"] = [[pr[2] * pr[5][y] for y in Y] for pr in prods]
    lines = [[r1(pr[5][y] * pr[3] / 1e6) for y in Y] for pr in prods]
    if "rev_line" in d:
        i, y, f = d["rev_line"]
        lines[i][y] = r1(lines[i][y] * f)
    m["rev_lines"] = lines
    m["rev"] = [r1(sum(l[y] for l in lines)) for y in Y]
    m["hist_rev"] = [r1(o * pr / 1e6) for o, pr in p["hist"]]
    m["need"] = [[m["out"][y] * r[2] for y in Y] for r in p["raws"]]
    own = p.get("own")
    m["own"] = own[1] * own[3] if own else 0
    m["buy_rows"] = [b[2] * b[4] for b in p["buy"]]
    m["buy"] = sum(m["buy_rows"])
    m["supply"] = m["own"] + m["buy"]
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in Y]
    cl = []
    for i, r in enumerate(p["raws"]):
        cl.append(("raw", r[0], [r1(m["need"][i][y] * r[3] / 1e6) for y in Y]))
    cl.append(("pack", "Bao bì", [r1(sum(pr[5][y] * pr[4] for pr in prods) / 1e6) for y in Y]))
    if p.get("piece"):
        cl.append(("piece", p["piece"][0], [r1(m["out"][y] * p["piece"][1] / 1e6) for y in Y]))
    cl.append(("wages", "Tiền lương", [r1(m["staff"][y] * p["wage"] * 12) for y in Y]))
    cl.append(("energy", "Điện, nhiên liệu", [r1(m["out"][y] * p["energy"] / 1e6) for y in Y]))
    m["inv"] = sum(i[1] for i in p["inv"])
    m["fixed"] = sum(i[1] for i in p["inv"] if i[2])
    m["dep"] = r1(m["fixed"] / p["life"])
    cl.append(("dep", "Khấu hao", [m["dep"]] * 3))
    cl.append(("interest", "Lãi vay", [r1(p["loan"][y] * p["rate"]) for y in Y]))
    cl.append(("sell", "Bán hàng", [r1(m["rev"][y] * p["sell"]) for y in Y]))
    cl.append(("tax", "Thuế", [r1(m["rev"][y] * p["tax"]) for y in Y]))
    cl.append(("other", "Khác", [float(p["other"])] * 3))
    m["cost_lines"] = cl
    m["cost_sum"] = [r1(sum(l[2][y] for l in cl)) for y in Y]
    m["cost"] = list(m["cost_sum"])
    if "cost_total" in d:
        y, f = d["cost_total"]
        m["cost"][y] = r1(m["cost"][y] * f)
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    if "profit" in d:
        y, f = d["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["src"] = sum(s[1] for s in p["src"])
    if "src_total" not in d and planted and key in PLANTED and False:
        pass
    m["avgp"] = r1(sum(m["profit"]) / 3)
    m["payback"] = round(m["inv"] / (m["avgp"] + m["dep"]), 1)
    if "payback" in d:
        m["payback"] = d["payback"]
    m["cash"] = r1(m["avgp"] + m["dep"])
    return m


# --------------------------------------------------------------------------- reading a plan
_NUM = re.compile(r"^-?[\d.,]+$")
SCALE = {100: "tạ", 1000: "tấn"}


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """The body rows of the table whose caption line "Bảng N. ..." contains `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"Bảng \d+\. ", line) and caption in line:
                rows, seen = [], 0
                for nxt in lines[i + 1:]:
                    s = nxt.strip()
                    if not s or s.startswith("ĐVT:"):
                        if rows or seen:
                            break
                        continue
                    if not s.startswith("|"):
                        break
                    seen += 1
                    if seen <= 2:  # header and separator
                        continue
                    rows.append([c.strip() for c in s.strip("|").split("|")])
                if not rows:
                    self.failures.append(f"table empty: {caption}")
                return rows
        self.failures.append(f"table not found: {caption}")
        return []

    def unit_of(self, caption: str) -> str:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"Bảng \d+\. ", line) and caption in line:
                for nxt in lines[i + 1:i + 4]:
                    if nxt.startswith("ĐVT:"):
                        return nxt[4:].strip()
        return ""

    @staticmethod
    def nums(row: list[str]) -> list[float]:
        return [plancheck.vn(c) for c in row[1:] if _NUM.match(c)]

    def near(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got:g}, computed {want:g}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted figure: the plan's value must be off the true one by more than 5 %."""
        if not off(got, true):
            self.failures.append(f"planted {what} not off by > 5 %: plan {got:g}, true {true:g}")

    def words(self) -> int:
        return len(re.sub(r"^#+\s*", "", self.body, flags=re.M).split())


def _money(p: Plan, which: str, k: str) -> float:
    """Multiplier from triệu to the unit a money table is written in."""
    u = PLANS[k]["fmt"][which]
    return 1000.0 if u.startswith("1.000") or u.startswith("nghìn") else 1.0


# Captions (first words) of the standard tables, per plan.
CAPTIONS = {
    "fh01": dict(hist="Kết quả sản xuất", prod="Sản phẩm, quy cách", need="Nhu cầu nguyên liệu", supply="Nguồn cung cá",
                 staff="Lao động", plan="Kế hoạch sản lượng", inv="Tổng vốn đầu tư", src="Cơ cấu nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Tổng hợp", papers="Hồ sơ pháp lý", equip="Nhà xưởng, thiết bị"),
    "fh02": dict(hist="Kết quả sản xuất", prod="Sản phẩm và giá", need="Nhu cầu nguyên liệu", supply="Nguồn cung gạo",
                 staff="Lao động", plan="Kế hoạch sản lượng", inv="Vốn đầu tư", src="Nguồn vốn thực hiện",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế", papers="Hồ sơ pháp lý", equip="Nhà xưởng, máy"),
    "fh03": dict(hist="Kết quả kinh doanh", prod="Sản phẩm và giá", need="Nhu cầu lá", supply="Nguồn cung lá",
                 staff="Lao động", plan="Kế hoạch sản xuất", inv="Nhu cầu vốn", src="Nguồn vốn",
                 rev="Dự kiến doanh thu", cost="Dự kiến chi phí", sum="Hiệu quả kinh doanh", papers="Giấy tờ", equip="Cơ sở vật chất"),
    "fh04": dict(hist="Kết quả hoạt động", prod="Các sản phẩm", need="Nhu cầu mật", supply="Nguồn mật",
                 staff="Lao động", plan="Kế hoạch sản xuất", inv="Vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả", papers="Giấy tờ", equip="Thiết bị"),
    "fh05": dict(hist="Kết quả kinh doanh", prod="Sản phẩm và giá", need="Nhu cầu nguyên liệu", supply="Nguồn cung thịt",
                 staff="Lao động", plan="Kế hoạch sản lượng", inv="Vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế", papers="Giấy tờ", equip="Máy móc"),
    "fh06": dict(hist="Kết quả sản xuất", prod="Sản phẩm rượu", need="Nhu cầu nguyên liệu", supply="Nguồn nếp",
                 staff="Bố trí lao động", plan="Kế hoạch sản xuất", inv="Tổng vốn đầu tư", src="Nguồn vốn đầu tư",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế", papers="Hồ sơ pháp lý", equip="Nhà xưởng"),
    "fh07": dict(hist="Kết quả kinh doanh", prod="Danh mục sản phẩm", need="Nhu cầu nguyên liệu", supply="Nguồn chè vằng",
                 staff="Nhân sự", plan="Kế hoạch sản xuất", inv="Vốn đầu tư", src="Cơ cấu vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Tổng hợp", papers="Hồ sơ pháp lý", equip="Nhà xưởng, máy"),
    "fh08": dict(hist="Kết quả sản xuất", prod="Sản phẩm và giá", need="Nhu cầu cá", supply="Nguồn cá",
                 staff="Lao động", plan="Kế hoạch sản lượng", inv="Tổng vốn đầu tư", src="Nguồn vốn thực hiện",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế", papers="Hồ sơ pháp lý", equip="Nhà xưởng"),
    "fh09": dict(hist="Kết quả bán hàng", prod="Sản phẩm của nhóm", need="Nhu cầu cói", supply="Nguồn cói",
                 staff="Người làm việc", plan="Kế hoạch sản xuất", inv="Nhu cầu vốn", src="Nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế", papers="Hồ sơ về sản phẩm", equip="Nhà xưởng"),
    "fh10": dict(hist="Kết quả sản xuất", prod="Sản phẩm chè", need="Nhu cầu chè", supply="Nguồn chè",
                 staff="Lao động", plan="Kế hoạch sản xuất", inv="Vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả sản xuất", papers="Giấy tờ", equip="Thiết bị"),
}


# --------------------------------------------------------------------------- checks of a full plan
def check_tables(P: Plan, k: str) -> None:
    p, t, s = PLANS[k], model(k), model(k, planted=True)
    f, C, d = p["fmt"], CAPTIONS[k], PLANTED.get(k, {})
    Y = range(3)

    # history 2024-2026: output, price, revenue = output x price, profit, staff
    h = P.table(C["hist"])
    if len(h) == 5:
        for y in Y:
            P.near(P.nums(h[0])[y] * f["hist_out"], p["hist"][y][0], f"hist output {HIST_YEARS[y]}")
            P.near(P.nums(h[1])[y] * f["hist_price"], p["hist"][y][1], f"hist price {HIST_YEARS[y]}")
            P.near(P.nums(h[2])[y], t["hist_rev"][y], f"hist revenue {HIST_YEARS[y]}")
            P.near(P.nums(h[3])[y], p["hist_profit"][y], f"hist profit {HIST_YEARS[y]}")
            P.near(P.nums(h[4])[y], p["hist_staff"][y], f"hist staff {HIST_YEARS[y]}")
    else:
        P.failures.append("history table: 5 rows expected")
    P.check(t["out"][0] <= 1.2 * p["hist"][2][0], "2027 output more than +20 % on 2026")

    # products and prices
    pr = P.table(C["prod"])
    for i, prod in enumerate(p["products"]):
        P.near(P.nums(pr[i])[-1] * f["price"], prod[3], f"price of {prod[0]}")

    # production plan: packs per product, output
    pl = P.table(C["plan"])
    for i, prod in enumerate(p["products"]):
        for y in Y:
            P.near(P.nums(pl[i])[y], prod[5][y], f"packs {prod[0]} {YEARS[y]}")
    for y in Y:
        P.near(P.nums(pl[-1])[y], t["out"][y], f"output {YEARS[y]}")

    # raw materials: need = output x norm (first raw scaled to tạ / tấn as the table says)
    nd = P.table(C["need"])
    for i, r in enumerate(p["raws"]):
        div = f["need"] if i == 0 else 1
        for y in Y:
            P.near(P.nums(nd[i])[-3 + y] * div, t["need"][i][y], f"need {r[0]} {YEARS[y]}")
    if len(nd) > len(p["raws"]):  # supply and balance rows
        div = f["need"]
        for y in Y:
            P.near(P.nums(nd[-2])[-3 + y] * div, t["supply"], f"supply row {YEARS[y]}")
            P.near(P.nums(nd[-1])[-3 + y] * div, t["supply"] - t["need"][0][y], f"balance {YEARS[y]}")

    # supply: own = quantity x yield, purchases in their units x conversion, total
    sp = P.table(C["supply"])
    div, j = f["need"], 0
    if p.get("own"):
        P.near(P.nums(sp[0])[-1] * div, t["own"], "own supply")
        P.near(P.nums(sp[0])[-2], p["own"][1], "own quantity")
        j = 1
    for i, b in enumerate(p["buy"]):
        row = P.nums(sp[j + i])
        P.near(row[-2], b[2], f"purchase quantity {b[0]}")
        P.near(row[-1] * div, t["buy_rows"][i], f"purchase {b[0]}")
    P.near(P.nums(sp[-1])[-1] * div, t["supply"], "total supply")

    # staff by role and total
    st = P.table(C["staff"])
    for i, r in enumerate(p["roles"]):
        for y in Y:
            P.near(P.nums(st[i])[y], r[1][y], f"staff {r[0]} {YEARS[y]}")
    for y in Y:
        P.near(P.nums(st[-1])[y], t["staff"][y], f"staff total {YEARS[y]}")

    # investment items, total; sources, shares, total
    mi = _money(P, "inv", k)
    iv = P.table(C["inv"])
    for i, it in enumerate(p["inv"]):
        P.near(P.nums(iv[i])[-1] / mi, it[1], f"investment {it[0]}")
    P.near(P.nums(iv[-1])[-1] / mi, t["inv"], "investment total")
    ms = _money(P, "src", k)
    sr = P.table(C["src"])
    for i, so in enumerate(p["src"]):
        P.near(P.nums(sr[i])[-2] / ms, so[1], f"source {so[0]}")
        P.near(P.nums(sr[i])[-1], so[1] / t["src"] * 100, f"share {so[0]}")
    P.near(P.nums(sr[-1])[-2] / ms, t["src"], "sources total")
    if d.get("src_total"):
        P.wrong(t["src"], t["inv"], "sources total against the investment")
    else:
        P.near(t["src"], t["inv"], "sources = investment")

    # revenue lines = packs x price; total
    mr = _money(P, "rev", k)
    rv = P.table(C["rev"])
    for i, prod in enumerate(p["products"]):
        for y in Y:
            got = P.nums(rv[i])[y] / mr
            P.near(got, s["rev_lines"][i][y], f"revenue {prod[0]} {YEARS[y]}")
            if s["rev_lines"][i][y] != t["rev_lines"][i][y]:
                P.wrong(got, t["rev_lines"][i][y], f"revenue line {prod[0]} {YEARS[y]}")
    for y in Y:
        P.near(P.nums(rv[-1])[y] / mr, s["rev"][y], f"revenue total {YEARS[y]}")
        P.near(s["rev"][y], sum(s["rev_lines"][i][y] for i in range(len(p["products"]))), "revenue total = its lines")

    # cost lines and total
    mc = _money(P, "cost", k)
    if C.get("cost"):
        unit = P.unit_of(C["cost"])
        P.check(unit == p["fmt"]["cost"], f"cost table unit {unit!r}")
    co = P.table(C["cost"])
    for i, line in enumerate(s["cost_lines"]):
        for y in Y:
            P.near(P.nums(co[i])[y] / mc, line[2][y], f"cost {line[1]} {YEARS[y]}")
    for y in Y:
        got = P.nums(co[-1])[y] / mc
        P.near(got, s["cost"][y], f"cost total {YEARS[y]}")
        if s["cost"][y] != s["cost_sum"][y]:
            P.wrong(got, s["cost_sum"][y], f"cost total {YEARS[y]} against its lines")
        else:
            P.near(got, s["cost_sum"][y], f"cost total {YEARS[y]} = its lines")

    # summary: revenue, cost, profit = revenue - cost, margin
    mm = _money(P, "sum", k)
    sm = P.table(C["sum"])
    for y in Y:
        P.near(P.nums(sm[0])[y] / mm, s["rev"][y], f"summary revenue {YEARS[y]}")
        P.near(P.nums(sm[1])[y] / mm, s["cost"][y], f"summary cost {YEARS[y]}")
        got = P.nums(sm[2])[y] / mm
        P.near(got, s["profit"][y], f"summary profit {YEARS[y]}")
        if "profit" in d and d["profit"][0] == y:
            P.wrong(got, r1(s["rev"][y] - s["cost"][y]), f"profit {YEARS[y]} against revenue - cost")
        else:
            P.near(got, s["rev"][y] - s["cost"][y], f"profit {YEARS[y]} = revenue - cost")
        P.near(P.nums(sm[3])[y], s["profit"][y] / s["rev"][y] * 100, f"margin {YEARS[y]}")
        P.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]} out of 0-40 %")

    # depreciation, interest in the cost table come from the constants (checked above);
    # payback as printed = investment / (average printed profit + depreciation)
    m = re.search(r"hoàn vốn[^\n]*?(?:≈|khoảng)\s*([\d,]+)\s*năm", P.body)
    if not m:
        P.failures.append("payback not found")
    else:
        got = plancheck.vn(m.group(1))
        if "payback" in d:
            P.near(got, d["payback"], "payback as planted")
            P.wrong(got, t["payback"], "payback")
        else:
            P.near(got, s["payback"], "payback = investment / (average profit + depreciation)", tol=0.04)

    # capacity, raw-material balance, growth
    for y in Y:
        if d.get("over_capacity") and y > 0:
            P.wrong(t["cap"], t["out"][y], f"capacity {YEARS[y]} against output")
            P.check(t["out"][y] > t["cap"], f"output {YEARS[y]} should exceed capacity")
        else:
            P.check(t["out"][y] <= t["cap"], f"output {YEARS[y]} {t['out'][y]} over capacity {t['cap']}")
        if d.get("shortfall") and y > 0:
            P.wrong(t["supply"], t["need"][0][y], f"supply against need {YEARS[y]}")
            P.check(t["need"][0][y] > t["supply"], f"need {YEARS[y]} should exceed supply")
        else:
            P.check(t["need"][0][y] <= t["supply"], f"need {YEARS[y]} {t['need'][0][y]} over supply {t['supply']}")
    for y in (1, 2):
        g = t["out"][y] / t["out"][y - 1]
        if d.get("growth") and y == 1:
            P.check(g >= 1.9, f"planted growth 2028 only ×{g:.2f}")
            P.check(t["staff"][1] == t["staff"][0], "planted growth: staff should stay the same")
        else:
            P.check(t["rev"][y] / t["rev"][y - 1] < 1.31, f"revenue growth {YEARS[y]} over 31 %")


# --------------------------------------------------------------------------- the money the prose repeats
def prose(k: str) -> list[str]:
    """Every money or quantity figure the prose of plan k repeats in another form than its table,
    computed from the constants (tỷ, triệu, trđ, ngđ, nghìn đồng, đ/unit, words, tạ, tấn)."""
    p, t, s = PLANS[k], model(k), model(k, planted=True)
    pr = [x[3] for x in p["products"]]
    src = [x[1] for x in p["src"]]
    inv, out, need0 = t["inv"], t["out"], t["need"][0]
    ng = lambda v: num(v / 1000)  # noqa: E731  đồng -> nghìn
    common = [f"{ty(inv)} tỷ đồng", words(inv).capitalize()]
    per = {
        "fh01": lambda: [f"{num(src[0])} triệu đồng", f"{ty(src[1])} tỷ đồng", f"{num(pr[0])}đ/chai", f"{ng(pr[1])} nghìn đồng/chai",
                 f"{num(pr[2])} đồng/can", f"{num(out[0])} lít", f"{num(need0[0] / 1000)} tấn cá cơm",
                 f"{num(t['hist_rev'][2])} triệu đồng (tức {ty(t['hist_rev'][2])} tỷ đồng)", f"{ty(t['rev'][2])} tỷ đồng",
                 f"({num(p['buy'][0][2])} tạ)", f"({num(p['buy'][1][2])} tạ)", f"({num(p['buy'][2][2])} tấn)",
                 f"khoảng {num(t['supply'] / 1000)} tấn/năm", f"{num(need0[2] / 1000)} tấn"],
        "fh02": lambda: [f"Vốn góp của thành viên {num(src[0])} triệu đồng", f"{ty(src[1])} tỷ đồng", f"{words(src[2])} ({num(src[2])} triệu đồng)",
                 f"{num(pr[0])}đ/chai", f"{ng(pr[1])} nghìn đồng/bình", f"{num(out[0])} lít",
                 f"{num(t['cost'][0] * 1000)} nghìn đồng, tức {num(t['cost'][0])} triệu đồng",
                 f"{num(t['own'])} kg tức {num(t['own'] / 100)} tạ", f"{num(t['supply'])} kg (khoảng {num(t['supply'] / 1000)} tấn)",
                 f"{num(p['buy'][2][2])} tấn"],
        "fh03": lambda: [f"{num(src[0])} triệu đồng", f"{words(src[1])} ({num(src[1] * 1e6)} đồng)", f"{num(pr[0])}đ/chiếc",
                 f"{ng(pr[1])} nghìn đồng/chiếc", f"{num(pr[2])} đồng/bộ", f"{num(need0[0])} kg lá, tức {num(need0[0] / 100)} tạ",
                 f"{num(out[0])} chiếc"],
        "fh04": lambda: [f"góp {num(src[0])} triệu đồng", f"{ty(src[1])} tỷ đồng", f"{num(pr[0])}đ/chai", f"{ng(pr[1])} nghìn đồng/hũ",
                 f"{num(pr[2])} đồng", f"{num(out[0])} kg ({num(out[0] / 1000)} tấn)",
                 f"{num(p['hist'][2][0])} kg mật ({num(p['hist'][2][0] / 100)} tạ)", f"{ty(t['rev'][0])} tỷ đồng",
                 f"{num(p['buy'][1][2])} yến"],
        "fh05": lambda: [f"{num(src[0])} trđ", words(src[1]), f"{num(pr[0])}đ/cây", f"{ng(pr[1])} nghìn đồng/cây",
                 f"{ng(pr[2])} nghìn đồng một cây", f"{num(out[1] / 1000)} tấn", f"{num(out[2] / 1000)} tấn",
                 f"{num(out[0])} kg", f"{ty(t['rev'][0])} tỷ đồng"],
        "fh06": lambda: [f"{num(src[0])} triệu đồng", f"{ty(src[1])} tỷ đồng", f"{num(pr[0])}đ/chai", f"{ng(pr[1])} nghìn đồng/chai",
                 f"{ng(pr[2])} ngđ/can", f"{num(out[0])} lít", f"{num(t['supply'] / 1000)} tấn/năm",
                 f"{num(need0[0] / 1000)} tấn"],
        "fh07": lambda: [f"{ty(src[0])} tỷ đồng", f"{num(src[1])} trđ", f"{num(pr[0])}đ/hộp", f"{ng(pr[1])} nghìn đồng/túi",
                 f"{ng(pr[2])} ngđ/bao", f"{num(out[0] / 1000)} tấn", f"{num(need0[0])} kg tươi"],
        "fh08": lambda: [f"{ty(src[0])} tỷ đồng", f"{num(src[1])} triệu đồng", f"{num(pr[0])}đ/túi", f"{ng(pr[1])} nghìn đồng/hộp",
                 f"{ng(pr[2])} ngđ", f"{num(out[0])} kg", f"{num(need0[0] / 1000)} tấn cá tươi, tức {num(need0[0] / 100)} tạ"],
        "fh09": lambda: [f"{num(src[0])} triệu đồng", words(src[1]), f"{num(pr[0])}đ/chiếc", f"{ng(pr[1])} nghìn đồng/chiếc",
                 f"{num(pr[2])} đồng", f"{num(need0[0])} kg cói"],
        "fh10": lambda: [f"{num(src[0])} triệu đồng", f"{num(src[1])} trđ", f"{num(pr[0])}đ/túi", f"{ng(pr[1])} nghìn đồng/hộp",
                 f"{ng(pr[2])} ngđ/bao", f"{num(out[0])} kg", f"khoảng {num(t['cap'] / 1000)} tấn chè khô/năm",
                 f"Doanh thu năm 2027 đạt {num(s['rev'][0])} triệu đồng"],
    }
    return common + per[k]()


# --------------------------------------------------------------------------- words
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")
ABSENT = {  # the textual planted defects: words that must not be in the plan
    "fh05": r"an toàn thực phẩm|ATTP|vệ sinh|15/2018|đủ điều kiện|cơ sở đủ",
    "fh06": r"giấy phép|105/2017|17/2020|cấp phép|rượu thủ công nhằm mục đích kinh doanh",
    "fh07": r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu chất lượng|148/QĐ-TTg|1489/QĐ-TTg",
    "fh08": r"môi trường|nước thải|chất thải|xử lý|mùi|ruồi|vệ sinh|\brác\b|hố thấm|bể lắng",
    "fh09": r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|đăng ký kinh doanh|hộ kinh doanh|hợp tác xã|mã số thuế|doanh nghiệp|tổ hợp tác",
    "fh10": r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|ghi nhãn",
}


def check_words(P: Plan, k: str) -> None:
    b = P.body
    P.lacks(PLACEHOLDER, "template placeholder")
    if k in ABSENT:
        P.lacks(ABSENT[k], f"planted defect {k} broken by")
    if k != "fh07":
        P.lacks(REPLACED, "replaced instrument or district level")
        P.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k in READY:
        P.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở", "thử nghiệm", "nhãn hiệu", "truy xuất",
              "môi trường", "Giấy chứng nhận đăng ký")
        rows = P.table(CAPTIONS[k]["papers"])
        for r in rows:
            for dd in re.findall(r"đến (\d{2}/\d{1,2}/(\d{4}))", " ".join(r)):
                P.check(int(dd[1]) >= 2030, f"paper valid only to {dd[0]}")
        if PLANS[k]["products"][0][0].startswith("Rượu"):
            P.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "17/2020/NĐ-CP",
                  "Không dành cho người dưới 18 tuổi")
        if k != "fh03":
            P.has("an toàn thực phẩm", "tự công bố")
        else:
            P.has("không phải thực phẩm")
    if k == "fh05":
        P.check(P.count("Giò chả Hương Lan") == 2, "fh05: the other producer's name twice")
        P.check(P.count("Giò bò Tiên Điền") >= 5, "fh05: own name throughout")
        P.has("ngày càng tăng", "giữ nguyên", "đủ cho")
    if k == "fh06":
        P.has("vốn điều lệ 1,2 tỷ đồng", "vốn điều lệ 850 triệu đồng", "bảo đảm đủ nguyên liệu")
        P.wrong(850, 1200, "charter capital (850 triệu against 1,2 tỷ)")
        P.lacks(r"Cân đối", "fh06 balance row")
    if k == "fh07":
        P.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Kỳ Anh", "Hội đồng OCOP huyện Kỳ Anh",
              "Nghị định số 43/2017/NĐ-CP", "an toàn thực phẩm", "nhãn hiệu", "truy xuất")
    if k == "fh08":
        P.has("bảo đảm đủ vốn", "khoảng 1,5 năm", "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "thử nghiệm")
    if k == "fh09":
        P.has("chưa đăng ký với cơ quan nào", "tài khoản cá nhân", "Tiêu chuẩn cơ sở", "thử nghiệm", "43/2017/NĐ-CP")
    if k == "fh10":
        P.has("đủ công suất", "nhãn hiệu", "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "nhật ký")
    if k in PLANS:
        for snippet in prose(k):
            P.has(snippet)


def check_sketchy(P: Plan, k: str) -> None:
    n = P.words()
    P.check(150 <= n <= 320, f"sketchy plan has {n} words")
    P.check(not P.rows, "sketchy plan has a table")
    figs = re.findall(r"\d[\d.,]*\s*(?:đ|trđ|ngđ|triệu|tỷ|nghìn|lượt|chiếc|ha|g\b|%)", P.body)
    P.check(3 <= len(figs) <= 15, f"sketchy plan has {len(figs)} figures")
    P.lacks(r"an toàn thực phẩm|nhãn hiệu|tiêu chuẩn|môi trường|truy xuất|Giấy chứng nhận|mã số thuế", "sketchy paper")
    P.lacks(PLACEHOLDER, "template placeholder")
    P.lacks(REPLACED, "replaced instrument or district level")


def main() -> int:
    plans = []
    for k, stem in STEMS.items():
        P = Plan(stem)
        if k in PLANS:
            check_tables(P, k)
            check_words(P, k)
            P.check(13 <= len(re.findall(r"^Bảng \d+\. ", P.body, re.M)) <= 15, "12-15 tables expected")
        else:
            check_sketchy(P, k)
        plans.append(P)
    rc = plancheck.report(plans)
    print(f"{len(plans) - sum(bool(p.failures) for p in plans)}/{len(plans)} ok")
    return rc


if __name__ == "__main__":
    sys.exit(main())
