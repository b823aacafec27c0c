"""The 180th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout180/arithmetic.py

Theme: producers changing their legal form around the start of the plan (household business to
company or cooperative, tổ hợp tác to cooperative, a cooperative's processing moved into a company).
For every full plan (fy01-fy10) the constants give the products (pack size in the plan's base unit,
price, pack cost, packs per year), the 2024-2026 history of the OLD entity, the raw materials with
their norms and prices (piece-rate work costed the same way), the own supply (area x yield) and the
purchase contracts, capacity, staff by role and wage, energy rate, investment items and capital
sources, the members' contributions to the NEW entity's charter capital (its cash part is the equity
source of the investment), loan balances, selling / tax shares and a fixed line. From them this script
recomputes: charter capital and shares, history revenue = output x average price and profit, output =
sum of packs x size, 2027 growth on 2026, purchase total, raw-material need = output x norm against
own + purchased supply, output against capacity, staff, investment items and sources, depreciation,
interest, every revenue line (packs x price), every cost line, the cost total, profit = revenue -
cost, margin, growth, and payback = investment / (average profit + depreciation). Each figure is
read back from the plan's source (tables found by their header row) and compared: planted numeric
defects must be wrong by more than 5 % (the true value beside them), every other number right within
1 %. Textual defects are asserted through the presence or absence of their words. Sketchy plans:
150-320 words, no table.
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

Y = range(3)
YEARS = (2027, 2028, 2029)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output in base units, average price đ per base unit) 2024-2026, the OLD entity's figures;
#   hist_margin: profit / revenue of those years; hist_staff: workers
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply,
#   the others are cost lines only (piece-rate work is costed the same way)
# own: (what, quantity, unit, yield of the first raw per unit and year); buy: (supplier, households, quantity)
# cap: (base units per day, working days); roles: staff by role per year; wage triệu/person/month
# inv: (item, triệu, fixed asset?); src: (source, triệu); members: (who, role, triệu, form) = charter capital
# life: years of depreciation of the fixed items; loan: balance per year (triệu); rate; sell, tax: shares of
#   the stated revenue; other: a fixed line (triệu/year)
PLANS = {
 "fy01": dict(unit="kg",
   products=[("Khoai lang deo nguyên củ, túi 250 g", "túi", 0.25, 45000, 2500, [32000, 35000, 38000]),
             ("Khoai lang deo, hộp quà 500 g", "hộp", 0.5, 95000, 9000, [9000, 10000, 11000]),
             ("Khoai deo thái sợi, túi 200 g", "túi", 0.2, 40000, 2500, [6000, 7000, 8000])],
   hist=[(10500, 170000), (11500, 175000), (12600, 178000)], hist_margin=[0.14, 0.15, 0.16], hist_staff=[7, 8, 8],
   raws=[("Khoai lang tươi (giống khoai vàng)", "kg", 4.5, 9000)],
   own=("ruộng khoai công ty thuê tại thôn Hồng Lam", 3, "ha", 16000),
   buy=[("Hộ trồng khoai thôn Đông Hải", 18, 10000), ("Hộ trồng khoai thôn Xuân Mỹ", 15, 8500),
        ("Hộ trồng khoai thôn Tiên Thành", 12, 7000), ("Hợp tác xã Nông nghiệp Tiên Điền", None, 12000)],
   cap=(150, 130),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Gọt, hấp, cán khoai", [4, 4, 5]),
          ("Sấy, phân loại, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 2, 2])],
   wage=6.5, energy=12000,
   inv=[("Máy sấy bơm nhiệt 300 kg/mẻ", 320, True), ("Cải tạo nhà sấy và kho thành phẩm 60 m²", 180, True),
        ("Máy cán dẻo, máy thái sợi, máy hút chân không", 90, True),
        ("Thiết kế lại nhãn, bao bì mang tên công ty", 35, False),
        ("Thủ tục cấp lại giấy tờ, kiểm nghiệm", 25, False), ("Vốn lưu động (mua khoai vụ đông)", 350, False)],
   src=[("Vốn góp bằng tiền của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
   members=[("Phan Thị Thảo", "Chủ tịch Hội đồng thành viên", 900, "Tài sản của hộ kinh doanh (định giá)"),
            ("Nguyễn Văn Hậu", "Giám đốc", 300, "Tiền mặt"),
            ("Lê Thị Mai", "Thành viên mới, bán hàng", 300, "Tiền mặt")],
   life=8, loan=[400, 300, 200], rate=0.085, sell=0.06, tax=0.015, other=110,
   other_label="Quản lý, sửa chữa, chi khác"),
 "fy02": dict(unit="kg",
   products=[("Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 48000, 6000, [16000, 18000, 20000]),
             ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 85000, 3000, [3000, 3400, 3800])],
   hist=[(1750, 410000), (1900, 420000), (2100, 430000)], hist_margin=[0.12, 0.13, 0.13], hist_staff=[5, 5, 6],
   raws=[("Cành lá chè vằng tươi", "kg", 4, 7000)],
   own=("vườn chè vằng của các hộ sáng lập", 24, "sào", 350),
   buy=[("Thôn Trung Sơn", 11, 2400), ("Thôn Khe Cò", 9, 1800), ("Thôn Bãi Dọi", 8, 1600)],
   cap=(14, 220),
   roles=[("Quản lý, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [3, 3, 4]), ("Đóng gói, bán hàng", [2, 3, 3])],
   wage=5.0, energy=15000,
   inv=[("Máy sấy bơm nhiệt 150 kg/mẻ", 160, True), ("Máy cắt khúc, máy nghiền, máy đóng túi lọc", 210, True),
        ("Cải tạo phòng đóng gói 40 m² theo quy trình một chiều", 90, True),
        ("Thiết kế bao bì, tem truy xuất mang tên hợp tác xã", 30, False),
        ("Thủ tục thành lập hợp tác xã, cấp lại giấy tờ", 20, False), ("Vốn lưu động", 140, False)],
   src=[("Vốn góp của thành viên sáng lập", 350), ("Vay Ngân hàng Chính sách xã hội", 300)],
   members=[("Võ Thị Lan", "Chủ hộ kinh doanh, dự kiến Giám đốc", 150, "Máy móc của hộ (định giá) 100 triệu và tiền 50 triệu"),
            ("Phạm Văn Tiến", "Thành viên, trồng chè vằng", 50, "Tiền"),
            ("Nguyễn Thị Hiền", "Thành viên, trồng chè vằng", 50, "Tiền"),
            ("Trần Văn Lực", "Thành viên, trồng chè vằng", 50, "Tiền"),
            ("Lê Thị Nga", "Thành viên, kế toán", 50, "Tiền"),
            ("Hồ Văn Thắng", "Thành viên, trồng chè vằng", 50, "Tiền"),
            ("Đặng Thị Tuyết", "Thành viên, bán hàng", 50, "Tiền")],
   life=8, loan=[300, 200, 100], rate=0.066, sell=0.06, tax=0.01, other=60,
   other_label="Quản lý, chi khác"),
 "fy03": dict(unit="kg",
   products=[("Chè xanh búp sao sấy, túi 200 g", "túi", 0.2, 78000, 3000, [14000, 15500, 17000]),
             ("Chè xanh đặc biệt, hộp 500 g", "hộp", 0.5, 230000, 14000, [4200, 4600, 5000]),
             ("Chè xanh túi lọc, hộp 50 túi × 2 g", "hộp", 0.1, 55000, 7000, [6000, 6600, 7200])],
   hist=[(4100, 400000), (4400, 410000), (4800, 420000)], hist_margin=[0.11, 0.12, 0.12], hist_staff=[12, 12, 13],
   raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.5, 11000)],
   own=("đồi chè của thành viên Hợp tác xã Chè Tân Hương", 4.5, "ha", 7000),
   buy=[("Thôn Tân Hương", 21, 4800), ("Thôn Khe Lau", 16, 3600), ("Thôn Đồng Tâm", 14, 3200)],
   cap=(30, 240),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, chế biến (diệt men, vò, sao)", [5, 5, 5]),
          ("Phân loại, đóng gói, kho", [2, 2, 3]), ("Kinh doanh, giao hàng", [2, 2, 2])],
   wage=7.0, energy=22000,
   inv=[("Dây chuyền diệt men, vò, sao sấy chè 150 kg búp/mẻ", 450, True), ("Máy đóng túi lọc và máy hút chân không", 240, True),
        ("Mở rộng xưởng chế biến, kho 120 m²", 350, True), ("Thiết kế nhận diện thương hiệu, bao bì mới", 60, False),
        ("Chứng nhận, kiểm nghiệm, thủ tục chuyển đổi", 40, False), ("Vốn lưu động", 460, False)],
   src=[("Vốn cổ phần phát hành thêm cho cổ đông mới", 900), ("Vay Ngân hàng thương mại", 700)],
   members=[("Hợp tác xã Chè Tân Hương", "Cổ đông sáng lập", 1200, "Máy móc chế biến, tồn kho (định giá)"),
            ("Bùi Quang Vinh", "Cổ đông mới, Giám đốc", 400, "Tiền mặt"),
            ("Công ty TNHH Thương mại Lam Hồng", "Cổ đông mới (nhà phân phối)", 300, "Tiền mặt"),
            ("Trịnh Thị Quỳnh", "Cổ đông mới", 200, "Tiền mặt")],
   life=10, loan=[700, 500, 300], rate=0.09, sell=0.07, tax=0.015, other=200,
   other_label="Quản lý, hội đồng quản trị, chi khác"),
 "fy04": dict(unit="chiếc",
   products=[("Nón lá trắng truyền thống", "chiếc", 1, 85000, 2000, [7000, 7600, 8200]),
             ("Nón bài thơ in tranh, kèm hộp", "chiếc", 1, 190000, 12000, [3000, 3400, 3800]),
             ("Nón lá mini trang trí, bộ 3 chiếc", "bộ", 1, 120000, 6000, [2000, 2300, 2600])],
   hist=[(9800, 108000), (10400, 111000), (11000, 114000)], hist_margin=[0.1, 0.11, 0.11], hist_staff=[18, 20, 21],
   raws=[("Lá nón (bó 100 lá đã phơi)", "bó", 0.28, 60000), ("Vành tre, nan, chỉ cước", "bộ", 1, 6000),
         ("Tiền công khâu nón khoán cho thành viên", "chiếc", 1, 20000)],
   own=("vườn lá nón trồng dưới tán rừng của thành viên", 6, "ha", 600),
   buy=[("Tổ thu hái lá nón thôn Khe Nang", 9, 700), ("Tổ thu hái lá nón thôn Rào Mây", 7, 500), ("Các hộ thôn Phúc Thủy", 6, 300)],
   cap=(60, 290),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Là lá, chằm vành, in tranh, hoàn thiện", [4, 4, 5]),
          ("Bán hàng, đóng gói", [1, 2, 2])],
   wage=5.0, energy=1500,
   inv=[("Nhà xưởng chung 100 m² và kho lá", 280, True), ("Lò là lá bằng điện, khuôn nón inox", 60, True),
        ("Máy in tranh lên lá, dụng cụ hoàn thiện", 90, True), ("Thiết kế mẫu, hộp, nhãn hàng hóa", 30, False),
        ("Đăng ký nhãn hiệu, tiêu chuẩn cơ sở, thử nghiệm", 25, False), ("Vốn lưu động (mua lá mùa khô)", 165, False)],
   src=[("Vốn góp bằng tiền của thành viên hợp tác xã", 360), ("Vay Ngân hàng Chính sách xã hội", 290)],
   members=[("11 thành viên tổ hợp tác cũ", "Thành viên chính thức", 330, "30 triệu đồng/người, trong đó tài sản của tổ hợp tác chuyển sang 90 triệu"),
            ("5 thành viên mới (thợ nón thôn Phúc Thủy)", "Thành viên chính thức", 100, "20 triệu đồng/người, tiền"),
            ("Trần Thị Sen", "Giám đốc (thành viên mới)", 20, "Tiền")],
   life=10, loan=[290, 190, 90], rate=0.066, sell=0.06, tax=0.01, other=45,
   other_label="Quản lý, chi khác"),
 "fy05": dict(unit="lít",
   products=[("Rượu nếp Kim Lộc 29,5% vol, chai 500 ml", "chai", 0.5, 120000, 8000, [14000, 15600, 17000]),
             ("Rượu nếp Kim Lộc 35% vol, bình gốm 1 lít", "bình", 1, 320000, 45000, [2000, 2200, 2400]),
             ("Rượu nếp Kim Lộc 29,5% vol, can 2 lít", "can", 2, 260000, 6000, [1500, 1650, 1800])],
   hist=[(9500, 200000), (10200, 205000), (11000, 210000)], hist_margin=[0.13, 0.13, 0.14], hist_staff=[4, 4, 5],
   raws=[("Gạo nếp cái (0,8 lít rượu/kg)", "kg", 1.25, 24000), ("Men lá truyền thống", "kg", 0.02, 160000)],
   own=("ruộng nếp của các thành viên", 2.5, "ha", 5000),
   buy=[("Tổ sản xuất nếp thôn Kim Thành", 14, 3000), ("Tổ sản xuất nếp thôn Đông Lộc", 11, 2500), ("Đại lý gạo Hưng Phát", None, 2000)],
   cap=(50, 300),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]), ("Lọc, hạ độ, đóng chai", [2, 2, 2]),
          ("Bán hàng", [1, 1, 2])],
   wage=6.0, energy=8000,
   inv=[("Hệ thống nồi chưng cất inox 2 nồi", 260, True), ("Bồn ủ, lọc, tàng trữ rượu inox 4.000 lít", 180, True),
        ("Máy lọc khử an-đê-hít, máy chiết rót", 120, True), ("Cải tạo phòng chiết rót, kho 50 m²", 110, True),
        ("Thiết kế nhãn, bình gốm, hộp", 45, False), ("Vốn lưu động", 285, False)],
   src=[("Vốn góp bằng tiền của thành viên hợp tác xã", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 550)],
   members=[("Nguyễn Đình Luân (chủ hộ kinh doanh cũ)", "Giám đốc", 200, "Thiết bị, rượu tồn kho của hộ kinh doanh 150 triệu và tiền 50 triệu"),
            ("6 hộ nấu rượu thôn Kim Thành", "Thành viên chính thức", 300, "50 triệu đồng/thành viên, tiền"),
            ("Trần Thị Vân", "Kế toán", 50, "Tiền"), ("Phạm Văn Dũng", "Thành viên, trồng nếp", 50, "Tiền")],
   life=8, loan=[550, 400, 250], rate=0.08, sell=0.06, tax=0.28, other=90,
   other_label="Quản lý, chi khác", pack_label="Chai, bình gốm, can, nhãn, hộp",
   tax_label="Thuế tiêu thụ đặc biệt, thuế và phí khác (28% doanh thu)"),
 "fy06": dict(unit="lít",
   products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, 95000, 5000, [12000, 14000, 16000]),
             ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, 175000, 7000, [4000, 5000, 5600]),
             ("Dầu lạc ép, can 5 lít", "can", 5, 800000, 20000, [1000, 1100, 1300])],
   hist=[(12500, 165000), (13400, 168000), (14100, 170000)], hist_margin=[0.1, 0.11, 0.11], hist_staff=[6, 6, 7],
   raws=[("Lạc nhân loại 1", "kg", 2.5, 34000)],
   own=("ruộng lạc của thành viên", 12, "ha", 2100),
   buy=[("Hộ trồng lạc thôn Trung Nghĩa", 24, 7000), ("Hộ trồng lạc thôn Yên Bình", 19, 5000), ("Hộ trồng lạc thôn Tân Phú", 15, 3800)],
   cap=(80, 280),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang, ép, lắng lọc", [3, 3, 4]), ("Chiết rót, đóng gói", [2, 2, 2]),
          ("Bán hàng, giao hàng", [1, 2, 2])],
   wage=6.0, energy=9000,
   inv=[("Máy ép dầu trục vít 25 kg lạc/giờ, bộ lọc ép", 360, True), ("Máy rang lạc và máy bóc vỏ lụa", 140, True),
        ("Hệ thống lắng, lọc dầu và bồn chứa inox", 150, True), ("Nhà xưởng ép dầu, kho lạc 150 m²", 330, True),
        ("Nhãn, chai, can, thiết kế bao bì", 40, False), ("Vốn lưu động (mua lạc vụ xuân)", 280, False)],
   src=[("Vốn góp bằng tiền của thành viên (cũ và mới)", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
   members=[("8 thành viên tổ hợp tác cũ", "Thành viên chính thức", 320, "40 triệu đồng/người; tài sản của tổ hợp tác (máy ép cũ) chuyển sang 120 triệu"),
            ("5 thành viên mới (hộ trồng lạc)", "Thành viên chính thức", 200, "40 triệu đồng/người, tiền")],
   life=10, loan=[700, 550, 400], rate=0.08, sell=0.05, tax=0.015, other=80,
   other_label="Quản lý, chi khác"),
 "fy07": dict(unit="kg",
   products=[("Tinh bột nghệ vàng, hũ 100 g", "hũ", 0.1, 65000, 6000, [12000, 13200, 14400]),
             ("Tinh bột nghệ vàng, hũ 250 g", "hũ", 0.25, 150000, 9000, [3000, 3300, 3600]),
             ("Tinh bột nghệ đỏ, hũ 100 g", "hũ", 0.1, 85000, 6000, [2000, 2200, 2400])],
   hist=[(1600, 580000), (1750, 590000), (1900, 600000)], hist_margin=[0.14, 0.15, 0.15], hist_staff=[4, 4, 5],
   raws=[("Củ nghệ tươi", "kg", 22, 6000)],
   own=("ruộng nghệ của công ty và gia đình chủ sở hữu", 1.5, "ha", 22000),
   buy=[("Hộ trồng nghệ thôn Phúc Đồng", 13, 10000), ("Hộ trồng nghệ thôn Hà Linh", 10, 8000), ("Hộ trồng nghệ thôn Tiến Hòa", 8, 7000)],
   cap=(12, 250),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rửa, xay, lọc, lắng tinh bột", [3, 3, 3]), ("Sấy, đóng hũ, bán hàng", [2, 2, 2])],
   wage=5.5, energy=28000,
   inv=[("Máy xay, máy vắt ly tâm nghệ", 150, True), ("Máy sấy lạnh tinh bột 50 kg/mẻ", 230, True),
        ("Phòng lắng, lọc tinh bột 60 m² và bể inox", 160, True), ("Phòng đóng hũ vô trùng", 90, True),
        ("Nhãn, hũ, thiết kế bao bì", 30, False), ("Vốn lưu động", 140, False)],
   src=[("Vốn chủ sở hữu (góp vào vốn điều lệ bằng tiền)", 400), ("Vay Ngân hàng Chính sách xã hội", 400)],
   members=[("Nguyễn Thị Phúc", "Chủ sở hữu, Giám đốc", 800, "Tài sản của hộ kinh doanh 400 triệu và tiền 400 triệu")],
   life=8, loan=[400, 300, 200], rate=0.066, sell=0.06, tax=0.015, other=60,
   other_label="Quản lý, chi khác"),
 "fy08": dict(unit="chiếc",
   products=[("Chiếu cói trơn 1,6 m × 2 m", "chiếc", 1, 160000, 5000, [2500, 2800, 3000]),
             ("Chiếu cói dệt hoa 1,8 m × 2 m", "chiếc", 1, 250000, 8000, [1500, 1700, 1900]),
             ("Túi xách cói, làn cói", "chiếc", 1, 90000, 3000, [3000, 3300, 3600])],
   hist=[(6100, 140000), (6500, 142000), (6800, 145000)], hist_margin=[0.09, 0.1, 0.1], hist_staff=[4, 4, 4],
   raws=[("Cói sợi phơi khô", "kg", 1.6, 18000), ("Sợi đay, màu nhuộm tự nhiên", "chiếc", 1, 7000),
         ("Tiền công dệt khoán cho các hộ", "chiếc", 1, 30000)],
   own=("ruộng cói của các hộ trong nhóm", 5, "ha", 3000),
   buy=[("Hộ trồng cói thôn Đông Hội", 12, 2000), ("Hộ trồng cói thôn Hải Thanh", 9, 1500)],
   cap=(34, 280),
   roles=[("Nhóm trưởng, ghi chép sổ sách", [1, 1, 1]), ("Chẻ, nhuộm, phơi cói", [2, 2, 2]), ("Hoàn thiện, đóng gói, bán hàng", [1, 2, 2])],
   wage=4.5, energy=2000,
   inv=[("Nhà xưởng chung 90 m² và sân phơi cói", 160, True), ("Khung dệt chiếu bán cơ giới (4 khung)", 120, True),
        ("Bể nhuộm, bể lắng nước nhuộm", 40, True), ("Vốn lưu động (mua cói vụ chiêm)", 130, False)],
   src=[("Vốn góp của các hộ", 200), ("Vay quỹ tín dụng Hội Nông dân", 250)],
   life=8, loan=[250, 170, 90], rate=0.07, sell=0.05, tax=0.01, other=30,
   other_label="Chi khác"),
 "fy09": dict(unit="lít",
   products=[("Nước cốt chanh leo nguyên chất, chai 250 ml", "chai", 0.25, 45000, 7000, [40000, 43000, 46000]),
             ("Nước cốt chanh leo nguyên chất, chai 1 lít", "chai", 1, 150000, 12000, [5000, 5400, 5800]),
             ("Siro chanh leo, chai 500 ml", "chai", 0.5, 75000, 8000, [6000, 6500, 7000])],
   hist=[(14500, 160000), (15500, 163000), (16500, 165000)], hist_margin=[0.1, 0.11, 0.11], hist_staff=[7, 7, 8],
   raws=[("Quả chanh leo tím", "kg", 3.2, 14000), ("Đường kính trắng (cho siro)", "kg", 0.15, 22000)],
   own=("vườn chanh leo của thành viên góp vốn", 3, "ha", 15000),
   buy=[("Hợp tác xã Chanh leo Khe Dứa", None, 20000), ("Hộ trồng chanh leo thôn Trường Sơn", 15, 6000)],
   cap=(100, 250),
   roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ép, thanh trùng", [4, 4, 4]), ("Chiết rót, đóng thùng", [2, 2, 3]),
          ("Kinh doanh, giao hàng", [2, 2, 2])],
   wage=6.0, energy=12000,
   inv=[("Máy tách vỏ, ép lấy dịch chanh leo", 220, True), ("Thiết bị thanh trùng, chiết rót, đóng nắp", 350, True),
        ("Kho lạnh bảo quản 20 m³", 180, True), ("Cải tạo xưởng ép theo hướng một chiều", 200, True),
        ("Chai, thùng, thiết kế bao bì", 40, False), ("Vốn lưu động", 310, False)],
   src=[("Vốn góp bằng tiền của các thành viên công ty", 700), ("Vay Ngân hàng thương mại", 600)],
   members=[("Hợp tác xã Nông nghiệp Ngàn Phố (góp bằng tài sản)", "Thành viên", 600, "Dây chuyền ép cũ, nhà xưởng trên đất thuê (định giá)"),
            ("Hồ Sỹ Nam", "Giám đốc", 300, "Tiền"), ("Lê Văn Cường", "Thành viên", 200, "Tiền"),
            ("Nguyễn Thị Thu Hà", "Thành viên", 200, "Tiền")],
   life=10, loan=[600, 450, 300], rate=0.09, sell=0.06, tax=0.015, other=100,
   other_label="Quản lý, chi khác", pack_label="Chai thủy tinh, nắp, thùng carton"),
 "fy10": dict(unit="kg",
   products=[("Bánh ram cấp đông, khay 10 chiếc (400 g)", "khay", 0.4, 60000, 3500, [30000, 38000, 41000]),
             ("Bánh ram cấp đông, túi 1 kg", "túi", 1, 140000, 4000, [6000, 7000, 8000]),
             ("Bánh ram chiên sẵn cho nhà hàng, hộp 2 kg", "hộp", 2, 270000, 9000, [2000, 2700, 3000])],
   hist=[(18000, 135000), (19500, 138000), (21000, 140000)], hist_margin=[0.1, 0.11, 0.11], hist_staff=[9, 9, 10],
   raws=[("Gạo nếp", "kg", 0.45, 26000), ("Thịt lợn, tôm đất làm nhân", "kg", 0.22, 150000),
         ("Rau, gia vị, dầu chiên", "kg", 1, 9000)],
   own=("ruộng nếp của hộ và các hộ dự kiến tham gia", 2.5, "ha", 5000),
   buy=[("Hộ trồng nếp thôn Thượng Nga", 16, 4500), ("Đại lý gạo Quang Minh", None, 4000)],
   cap=(85, 300),
   roles=[("Chủ hộ, kế toán", [2, 2, 2]), ("Xay bột, làm nhân", [3, 3, 3]), ("Nặn, chiên bánh", [5, 5, 5]),
          ("Cấp đông, đóng gói, giao hàng", [2, 2, 2])],
   wage=5.5, energy=10000,
   inv=[("Tủ cấp đông nhanh 300 kg/mẻ", 260, True), ("Kho lạnh 30 m³", 220, True),
        ("Máy hút chân không, máy dán khay", 80, True), ("Xe tải nhỏ có thùng lạnh", 380, True),
        ("Thiết kế bao bì, nhãn mới", 30, False), ("Vốn lưu động", 230, False)],
   src=[("Vốn góp của hộ kinh doanh và các thành viên dự kiến", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
   members=[("Đoàn Thị Ngọc Anh (chủ hộ kinh doanh)", "Dự kiến Giám đốc", 300, "Tiền (vốn của hộ kinh doanh)"),
            ("6 hộ làm bánh ram thôn Thượng Nga", "Dự kiến thành viên", 300, "50 triệu đồng/hộ, tiền")],
   life=8, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.015, other=90,
   other_label="Quản lý, chi khác"),
}


# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fy05": {"rev_line": (0, 1, 1.12)},   # 2028 bottle line × 1,12; total, selling and tax lines follow
    "fy06": {},                           # shortfall and capital gap come from the constants themselves
    "fy07": {"payback": 1.2},             # "khoảng 1,2 năm"
    "fy08": {"cost_total": (1, 0.90)},    # 2028 cost total written 10 % low; profit follows it
    "fy09": {"profit": (2, 1.30)},        # 2029 profit in the summary × 1,30; margin follows
    "fy10": {},                           # output above the fryers' capacity comes from the constants
}
# cash part of each charter capital (the rest is assets of the old entity contributed in kind)
CASH_IN = {"fy01": 600, "fy02": 350, "fy03": 900, "fy04": 360, "fy05": 450, "fy06": 400, "fy07": 400,
           "fy09": 700, "fy10": 600}
READY = ("fy01", "fy02", "fy03", "fy04")
SKETCHY = ("fy11", "fy12")
STEMS = {
    "fy01": "fy01_khoai_deo_tien_dien_cty",
    "fy02": "fy02_che_vang_ky_lac_hkd",
    "fy03": "fy03_che_xanh_tan_huong_ctcp",
    "fy04": "fy04_non_la_thach_xuan_htx",
    "fy05": "fy05_ruou_nep_kim_loc_htx",
    "fy06": "fy06_dau_lac_thien_loc_htx",
    "fy07": "fy07_tinh_bot_nghe_phuc_an_cty",
    "fy08": "fy08_chieu_coi_xuan_hoi_nhom_ho",
    "fy09": "fy09_chanh_leo_ngan_pho_cty",
    "fy10": "fy10_banh_ram_thuong_loc_hkd",
    "fy11": "fy11_banh_da_tung_loc_so_sai",
    "fy12": "fy12_mat_ong_khe_tre_so_sai",
}
PLAN_YEAR = {"fy01": 2027, "fy02": 2026, "fy03": 2027, "fy04": 2027, "fy05": 2027, "fy06": 2027, "fy07": 2027,
             "fy08": 2026, "fy09": 2027, "fy10": 2026, "fy11": 2026, "fy12": 2026}
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|01/2021/NĐ-CP|"
            r"23/2012/QH13|Luật Hợp tác xã (năm )?2012|cấp huyện|UBND huyện|Ủy ban nhân dân huyện|Phòng [^.|]{0,40} huyện|"
            r"(?<!hội chợ )\bhuyện\b")  # fy02 recalls a district fair of 2019: history, not a body it relies on
FOOD = ("fy01", "fy02", "fy03", "fy05", "fy06", "fy07", "fy09", "fy10")   # ATTP applies (herbal teas, drinks too)


def model(k: str) -> dict:
    """Every table number of plan k from its constants (true values, no planted defect)."""
    p = PLANS[k]
    m: dict = {}
    prods = p["products"]
    m["kg_lines"] = [[q[y] * size for y in Y] for (_, _, size, _, _, q) in prods]
    m["out"] = [sum(line[y] for line in m["kg_lines"]) for y in Y]
    m["rev_lines"] = [[r1(q[y] * price / 1e6) for y in Y] for (_, _, _, price, _, q) in prods]
    m["rev"] = [r1(sum(line[y] for line in m["rev_lines"])) for y in Y]
    m["hist_rev"] = [r1(o * pr / 1e6) for (o, pr) in p["hist"]]
    m["hist_profit"] = [r1(m["hist_rev"][i] * p["hist_margin"][i]) for i in range(3)]
    m["need"] = [[r1(m["out"][y] * norm) for y in Y] for (_, _, norm, _) in p["raws"]]
    own = p.get("own")
    m["own"] = own[1] * own[3] if own else 0
    m["buy"] = sum(b[2] for b in p["buy"])
    m["supply"] = m["own"] + m["buy"]
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in Y]
    m["inv"] = sum(i[1] for i in p["inv"])
    m["fixed"] = sum(i[1] for i in p["inv"] if i[2])
    m["src"] = sum(s[1] for s in p["src"])
    m["charter"] = sum(x[2] for x in p.get("members", []))
    dep = r1(m["fixed"] / p["life"])
    cost = []
    for (label, _unit, _norm, price), need in zip(p["raws"], m["need"]):
        cost.append((label, [r1(need[y] * price / 1e6) for y in Y]))
    cost.append(("pack", [r1(sum(q[y] * pc for (_, _, _, _, pc, q) in prods) / 1e6) for y in Y]))
    cost.append(("wage", [r1(m["staff"][y] * p["wage"] * 12) for y in Y]))
    cost.append(("energy", [r1(m["out"][y] * p["energy"] / 1e6) for y in Y]))
    cost.append(("dep", [dep] * 3))
    cost.append(("interest", [r1(p["loan"][y] * p["rate"]) for y in Y]))
    cost.append(("sell", [r1(m["rev"][y] * p["sell"]) for y in Y]))
    cost.append(("tax", [r1(m["rev"][y] * p["tax"]) for y in Y]))
    cost.append(("other", [p["other"]] * 3))
    m["cost_lines"] = cost
    m["dep"] = dep
    m["cost"] = [r1(sum(c[1][y] for c in cost)) for y in Y]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["payback"] = r1(m["inv"] / (sum(m["profit"]) / 3 + dep))
    return m


# --------------------------------------------------------------------------- reading the plan

_NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


def num(cell: str) -> float | None:
    c = cell.strip()
    return vn(c) if _NUM.match(c) else None


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: list[tuple[str, list[str], list[list[str]]]] = []
        caption, rows = "", []
        for line in self.body.splitlines() + [""]:
            t = line.strip()
            if t.startswith("|"):
                cells = [c.strip() for c in t.strip("|").split("|")]
                if not set("".join(cells)) <= set("-: "):
                    rows.append(cells)
                continue
            if rows:
                self.tables.append((caption, rows[0], rows[1:]))
                rows = []
            if t.startswith("Bảng "):
                caption = t
        self.prose = "\n".join(l for l in self.body.splitlines() if not l.strip().startswith("|"))

    def table(self, *header_words: str) -> list[list[str]]:
        for _cap, head, rows in self.tables:
            if all(any(w in h for h in head) for w in header_words):
                return rows
        self.failures.append(f"table not found with header {header_words}")
        return []

    def nums(self, row: list[str], n: int = 3) -> list[float]:
        vals = [v for c in row[1:] if (v := num(c)) is not None]
        return vals[-n:] if len(vals) >= n else [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got:g}, computed {want:g}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted numeric defect: the printed value must be off by more than 5 %."""
        if not off(got, true):
            self.failures.append(f"planted defect not wrong enough: {what}: plan {got:g}, true {true:g}")


def label_row(rows: list[list[str]], start: str) -> list[str]:
    for r in rows:
        if any(c.startswith(start) for c in r[:2]):
            return r
    return []


# --------------------------------------------------------------------------- checks

def check_full(k: str) -> Plan:
    p, m = PLANS[k], model(k)
    pl = PLANTED.get(k, {})
    P = Plan(STEMS[k])

    # members / shareholders and charter capital; the cash part is the equity source of the investment
    if "members" in p:
        P.eq(p["src"][0][1], CASH_IN[k], "equity source = members' cash contributions")
        rows = P.table("Giá trị (triệu đồng)", "Tỷ lệ (%)")
        for (who, _role, val, _form) in p["members"]:
            r = label_row(rows, who)
            v = P.nums(r, 2)
            P.eq(v[0], val, f"capital of {who}")
            P.eq(v[1], r1(val / m["charter"] * 100), f"share of {who}", tol=0.02)
        P.eq(P.nums(label_row(rows, "Tổng cộng"), 2)[0], m["charter"], "charter capital total")
        stated = [vn(x) for x in re.findall(r"[Vv]ốn điều lệ (?:dự kiến )?([\d.]+) triệu", P.prose)]
        P.check(bool(stated), "charter capital not stated in prose")
        for v in stated:
            if k == "fy07" and v != m["charter"]:
                P.wrong(v, m["charter"], "charter capital in the investment part (figure-inconsistent)")
            else:
                P.eq(v, m["charter"], "charter capital in prose")
        if k == "fy07":
            P.check(any(v != m["charter"] for v in stated), "fy07: the second charter capital figure is missing")

    # history of the old entity
    rows = P.table("Năm 2024", "Năm 2026")
    for i, (o, pr) in enumerate(p["hist"]):
        P.eq(P.nums(label_row(rows, "Sản lượng"))[i], o, f"history output {2024 + i}")
        P.eq(P.nums(label_row(rows, "Giá bán bình quân"))[i], pr, f"history price {2024 + i}")
        P.eq(P.nums(label_row(rows, "Doanh thu"))[i], m["hist_rev"][i], f"history revenue {2024 + i}")
        P.eq(P.nums(label_row(rows, "Lợi nhuận"))[i], m["hist_profit"][i], f"history profit {2024 + i}")
        P.eq(P.nums(label_row(rows, "Lao động"))[i], p["hist_staff"][i], f"history staff {2024 + i}")
    P.check(m["out"][0] <= p["hist"][2][0] * 1.20, f"2027 output {m['out'][0]} more than +20 % on 2026")

    # products, prices, quantities, output
    rows = P.table("Giá bán (đồng)")
    for (label, _pack, _size, price, _pc, q) in p["products"]:
        r = label_row(rows, label)
        v = P.nums(r, 4)
        P.eq(v[0], price, f"price of {label}")
        for y in Y:
            P.eq(v[1 + y], q[y], f"quantity of {label} {YEARS[y]}")
    tot = P.nums(label_row(rows, "Tổng sản lượng"))
    for y in Y:
        P.eq(tot[y], m["out"][y], f"output {YEARS[y]}")

    # purchase contracts
    rows = P.table("Nguồn cung")
    for (who, _hh, q) in p["buy"]:
        P.eq(P.nums(label_row(rows, who), 1)[0], q, f"purchase from {who}")
    P.eq(P.nums(label_row(rows, "Cộng"), 1)[0], m["buy"], "purchase total")

    # raw-material balance
    bal = next((rs for (_c, _h, rs) in P.tables if label_row(rs, "Nhu cầu nguyên liệu")), [])
    P.check(bool(bal), "raw-material balance table not found")
    need = m["need"][0]
    for y in Y:
        P.eq(P.nums(label_row(bal, "Sản lượng thành phẩm"))[y], m["out"][y], f"balance output {YEARS[y]}")
        P.eq(P.nums(label_row(bal, "Nhu cầu nguyên liệu"))[y], need[y], f"raw need {YEARS[y]}")
        P.eq(P.nums(label_row(bal, "Tổng nguồn cung"))[y], m["supply"], f"supply {YEARS[y]}")
    P.eq(P.nums(label_row(bal, "Định mức"), 1)[0], p["raws"][0][2], "raw norm")
    P.eq(P.nums(bal[3])[0], m["own"], "own supply (area × yield)")
    P.eq(P.nums(bal[4])[0], m["buy"], "purchased supply")
    diff = label_row(bal, "Chênh lệch")
    if k == "fy06":
        P.check(not diff, "fy06 balance must have no difference row")
        for y in (1, 2):
            P.wrong(m["supply"], need[y], f"supply vs need {YEARS[y]} (material-shortfall)")
            P.check(need[y] > m["supply"], f"fy06 need {YEARS[y]} must exceed supply")
        P.check(need[0] <= m["supply"], "fy06 2027 need within supply")
        P.has("bảo đảm đủ nguyên liệu")
    else:
        for y in Y:
            P.eq(P.nums(diff)[y], m["supply"] - need[y], f"balance difference {YEARS[y]}")
            P.check(need[y] <= m["supply"], f"need {need[y]} above supply {m['supply']} in {YEARS[y]}")

    # capacity
    P.has(n_vn(m["cap"]))
    if k == "fy10":
        P.check(m["out"][0] <= m["cap"], "fy10 2027 within capacity")
        for y in (1, 2):
            P.check(m["out"][y] > m["cap"], f"fy10 output {YEARS[y]} must exceed capacity")
            P.wrong(m["cap"], m["out"][y], f"capacity vs output {YEARS[y]} (capacity-exceeded)")
        P.has("giữ nguyên hai chảo chiên")
        P.check(not any("chảo" in i[0].lower() or "chiên" in i[0].lower() for i in p["inv"]), "fy10 invests in no fryer")
    else:
        for y in Y:
            P.check(m["out"][y] <= m["cap"], f"output {m['out'][y]} above capacity {m['cap']} in {YEARS[y]}")

    # staff
    rows = P.table("Vị trí công việc")
    for (label, c) in p["roles"]:
        v = P.nums(label_row(rows, label))
        for y in Y:
            P.eq(v[y], c[y], f"staff {label} {YEARS[y]}")
    tot = P.nums(label_row(rows, "Tổng số lao động"))
    for y in Y:
        P.eq(tot[y], m["staff"][y], f"staff total {YEARS[y]}")

    # investment and sources
    rows = P.table("Hạng mục đầu tư")
    for (label, v, _f) in p["inv"]:
        P.eq(P.nums(label_row(rows, label), 1)[0], v, f"investment item {label}")
    P.eq(P.nums(label_row(rows, "Tổng vốn đầu tư"), 1)[0], m["inv"], "investment total")
    rows = P.table("Nguồn vốn", "Tỷ lệ (%)")
    for (label, v) in p["src"]:
        vv = P.nums(label_row(rows, label), 2)
        P.eq(vv[0], v, f"source {label}")
        P.eq(vv[1], r1(v / m["src"] * 100), f"share of source {label}", tol=0.02)
    P.eq(P.nums(label_row(rows, "Tổng nguồn vốn"), 2)[0], m["src"], "sources total")
    if k == "fy06":
        P.wrong(m["src"], m["inv"], "sources vs investment (capital-mismatch)")
        P.has("đã cân đối đủ nguồn vốn")
    else:
        P.eq(m["src"], m["inv"], "sources = investment")

    # revenue: lines = packs × price; stated revenue follows a planted line
    rows = P.table("Sản phẩm (giá bán)")
    rev_st = [0.0, 0.0, 0.0]
    for i, (label, _pack, _size, price, _pc, q) in enumerate(p["products"]):
        v = P.nums(label_row(rows, label))
        for y in Y:
            true = m["rev_lines"][i][y]
            if pl.get("rev_line", (None, None))[:2] == (i, y):
                P.wrong(v[y], true, f"revenue line {label} {YEARS[y]} (revenue-mismatch)")
            else:
                P.eq(v[y], true, f"revenue line {label} {YEARS[y]}")
            rev_st[y] += v[y]
    tot = P.nums(label_row(rows, "Tổng doanh thu"))
    for y in Y:
        P.eq(tot[y], rev_st[y], f"revenue total {YEARS[y]} (sum of the printed lines)")
        if "rev_line" in pl and pl["rev_line"][1] == y:
            P.wrong(tot[y], m["rev"][y], f"revenue total {YEARS[y]} follows the planted line")
    rev_st = [r1(x) for x in rev_st]

    # cost: every line recomputed; selling and tax on the stated revenue
    rows = P.table("Khoản mục chi phí")
    lines = [r for r in rows if r[0].strip().isdigit()]
    P.check(len(lines) == len(m["cost_lines"]), f"cost table has {len(lines)} lines, model {len(m['cost_lines'])}")
    sums = [0.0, 0.0, 0.0]
    for r, (key, vals) in zip(lines, m["cost_lines"]):
        v = P.nums(r)
        for y in Y:
            want = vals[y]
            if key == "sell":
                want = r1(rev_st[y] * p["sell"])
            if key == "tax":
                want = r1(rev_st[y] * p["tax"])
            P.eq(v[y], want, f"cost line {key} {YEARS[y]}")
            sums[y] += v[y]
    cost_tot = P.nums(label_row(rows, "Tổng chi phí"))
    for y in Y:
        if pl.get("cost_total", (None,))[0] == y:
            P.wrong(cost_tot[y], sums[y], f"cost total {YEARS[y]} vs its lines (table-total-mismatch)")
        else:
            P.eq(cost_tot[y], sums[y], f"cost total {YEARS[y]}")

    # summary: revenue and cost equal the tables; profit = revenue − cost; margin
    srow = next((rs for (_c, _h, rs) in P.tables if label_row(rs, "Tỷ suất lợi nhuận")), [])
    sr, sc = P.nums(label_row(srow, "Doanh thu")), P.nums(label_row(srow, "Tổng chi phí"))
    sp, sm = P.nums(label_row(srow, "Lợi nhuận")), P.nums(label_row(srow, "Tỷ suất"))
    for y in Y:
        P.eq(sr[y], rev_st[y], f"summary revenue {YEARS[y]}")
        P.eq(sc[y], cost_tot[y], f"summary cost {YEARS[y]}")
        if pl.get("profit", (None,))[0] == y:
            P.wrong(sp[y], r1(sr[y] - sc[y]), f"summary profit {YEARS[y]} (profit-mismatch)")
        else:
            P.eq(sp[y], r1(sr[y] - sc[y]), f"summary profit {YEARS[y]}")
        P.eq(sm[y], r1(sp[y] / sr[y] * 100), f"margin {YEARS[y]}", tol=0.02)
        P.check(0 < m["margin"][y] < 40, f"true margin {m['margin'][y]} % out of 0-40 %")
    for y in (1, 2):
        P.check(m["rev"][y] <= m["rev"][y - 1] * 1.31, f"true revenue growth {YEARS[y]} above 31 %")

    # payback as printed
    pm = re.search(r"(?:≈|khoảng) ([\d,]+) năm", P.prose)
    P.check(bool(pm), "payback not found")
    if pm:
        got = vn(pm.group(1))
        avg_st = sum(sp) / 3
        printed_basis = r1(m["inv"] / (avg_st + m["dep"]))
        if "payback" in pl:
            P.wrong(got, m["payback"], "payback (payback-mismatch)")
        else:
            P.eq(got, printed_basis, "payback on the printed profits")
            if k in READY:
                P.eq(got, m["payback"], "payback on the true profits")
        P.has(f"{n_vn(m['dep'])} triệu đồng/năm")
    return P


def n_vn(x: float) -> str:
    s = f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.1f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def dates_after(P: Plan, year: int) -> None:
    """Every validity date in the papers table lies after the plan's year."""
    papers = [rows for (cap, _h, rows) in P.tables if re.search(r"[Gg]iấy tờ|[Hh]ồ sơ", cap)]
    P.check(bool(papers), "papers table not found")
    for rows in papers:
        for d, mth, y in re.findall(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", " ".join(" ".join(r) for r in rows)):
            P.check(int(y) > year, f"a paper runs only to {d}/{mth}/{y}")


def common(k: str, P: Plan) -> None:
    P.lacks(PLACEHOLDER, "template placeholder")
    if k == "fy10":
        P.has("23/2012/QH13", "1048/QĐ-TTg", "781/QĐ-TTg", "huyện Can Lộc", "Phòng Nông nghiệp và PTNT huyện")
        P.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15|Luật Hợp tác xã năm 2023", "fy10 must not cite the current instruments")
    else:
        P.lacks(REPLACED, "replaced instrument or district body")
        if k not in SKETCHY:
            P.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k in SKETCHY:
        return
    dates_after(P, PLAN_YEAR[k])
    # papers every full plan must show unless it is the planted gap
    if k != "fy08":
        P.check(bool(re.search(r"mã số \d{10}|số 28[A-Z]\d{7}|\d{10}, \d", P.body)), "registration number missing")
    if k in FOOD and k != "fy09":
        P.check(bool(re.search(r"an toàn thực phẩm", P.body)), "food-safety paper missing")
    if k not in ("fy07",):
        P.check(bool(re.search(r"TCCS|[Tt]iêu chuẩn cơ sở", P.body)), "product standard missing")
        P.check(bool(re.search(r"thử nghiệm", P.body)), "test report missing")
    if k != "fy09":
        P.has("43/2017/NĐ-CP", "111/2021/NĐ-CP")
    if k != "fy08":
        P.check(bool(re.search(r"[Nn]hãn hiệu", P.body)), "trademark missing")
    if k != "fy10":
        P.check(bool(re.search(r"QR|mã thợ|mã hộ", P.body)), "traceability missing")
    if k != "fy05":
        P.check("môi trường" in P.body, "environment missing")


def check_text(k: str, P: Plan) -> None:
    if k == "fy05":
        P.lacks(r"giấy phép|cấp phép|105/2017|17/2020", "fy05 must not mention an alcohol licence")
        P.lacks(r"môi trường|\bbã\b|nước thải|chất thải|xử lý|\bmùi\b|\bhôi\b|\brác\b", "fy05 must have no environmental word")
        P.has("Luật Phòng, chống tác hại của rượu, bia")
    if k == "fy06":
        P.check(P.count("Hợp tác xã Nông sản Yên Hồ") == 2, "fy06: the other cooperative's name must appear twice")
        P.check(P.count("Hợp tác xã Dầu lạc Thiên Lộc") >= 3, "fy06: own name")
    if k == "fy07":
        P.lacks(r"TCCS|tiêu chuẩn|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu (chất lượng|an toàn|vi sinh|lý hóa)",
                "fy07 must have no product standard or test")
        P.has("khoảng 1,2 năm", "vốn điều lệ 1.200 triệu đồng")
    if k == "fy08":
        P.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ", "fy08 must have no trademark word")
        P.has("chưa đăng ký kinh doanh", "chưa có mã số thuế")
        P.lacks(r"[Gg]iấy chứng nhận đăng ký|mã số \d|hộ kinh doanh|đăng ký hợp tác xã", "fy08 must show no registration")
    if k == "fy09":
        P.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|cam kết bảo đảm|vệ sinh thực phẩm|HACCP|ISO 22000",
                "fy09 must have no food-safety word")
        P.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch|ghi nhãn", "fy09 must have no label word")
    if k == "fy10":
        P.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|kiểm soát|lưu mẫu|\btem\b", "fy10 must have no quality-control word")


def check_sketchy(k: str) -> Plan:
    P = Plan(STEMS[k])
    words = len(P.body.split())
    P.check(150 <= words <= 320, f"{words} words, not 150-320")
    P.check(not P.tables, "a sketchy plan has no table")
    if k == "fy11":
        P.has("25.000 đồng/tập", "500 chiếc", "300 triệu đồng", "900 triệu đồng", "150 triệu đồng")
        P.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|nguyên liệu", "fy11 gaps")
    if k == "fy12":
        P.has("120 đàn", "1.500 lít", "180.000 đồng/chai", "200 triệu")
        P.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn hiệu|đăng ký kinh doanh|mã số", "fy12 gaps")
    return P


def main() -> int:
    plans = []
    for k in STEMS:
        P = check_sketchy(k) if k in SKETCHY else check_full(k)
        common(k, P)
        check_text(k, P)
        P.failures = [f for f in P.failures if f]
        plans.append(P)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
