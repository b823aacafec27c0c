"""The 182nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout182/arithmetic.py

Theme: producers who outsource one step of their processing (thuê gia công): milling, drying,
pasteurising and bottling, tea-bag packing, weaving, extraction, moisture reduction, retort
sterilising, done by another facility under a contract, beside the steps the producer does in its
own workshop. For every full plan (ga01-ga10) the constants give the products (pack size in the
plan's base unit, price, pack cost, packs per year), the 2024-2026 history, the raw materials with
their norms and prices, the own supply (area or hives or boats x yield) and the purchase by source
(in a local unit where the plan uses one), the own workshop's capacity, the outsourced step (what
it is counted in, quantity per pack, fee per unit, the contractor's capacity or contract volume for
this producer), staff by role and wage, energy rate, investment items and capital sources, loan
balances, selling / tax shares and a fixed line. From them this script recomputes: output = sum of
packs x size, history revenue = output x average price, raw-material need = output x norm against
own + purchased supply, own capacity, the outsourced volume = sum of packs x quantity per pack
against the contractor's capacity, the outsourcing fee = volume x fee, staff, investment items and
sources, depreciation, interest, every revenue line (packs x price), every cost line, the cost
total, profit = revenue - cost, margin, growth, and payback = investment / (average profit +
depreciation). Each figure is then read back from the plan's source (tables found by their caption
"Bảng N. ...") and compared: planted numeric defects must be wrong by more than 5 % (the true value
is computed beside them), every other number right within 1 %. Textual defects are asserted through
the presence or absence of their words. Sketchy plans: 150-320 words, no table.
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
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026; hm: margin
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year)
# buy: (local unit, its conversion to the raw's unit, rows (source, households, quantity in local units))
# cap: (per day, working days, "out" | "raw"): the own workshop, in output or in the first raw
# gc: the outsourced step: (cost-line label, unit, quantity per pack of each product, fee đ per unit,
#     contractor's capacity or contract volume for this producer per year, in the same unit)
# roles: staff by role and year; wage triệu a month; energy đ per base unit
# inv: (label, triệu, fixed?); src: (label, triệu); life years; loan: balance per year (triệu), rate
# sell, tax: shares of revenue (tax may be one per year); other: fixed line (triệu)
PLANS: dict[str, dict] = {
    "ga01": dict(
        unit="kg",
        products=[("Bột ngũ cốc gạo lứt, túi 500 g", "túi", 0.5, 95000, 5000, [8000, 9000, 10000]),
                  ("Bột ngũ cốc gạo lứt, hộp 20 gói × 30 g", "hộp", 0.6, 140000, 14000, [3000, 3400, 3800])],
        hist=[(4300, 182000), (4800, 186000), (5300, 190000)], hm=0.14,
        raws=[("Gạo lứt đỏ", "kg", 0.62, 26000), ("Mè đen, đậu đen, đậu xanh, lạc nhân", "kg", 0.45, 62000)],
        own=("ruộng lúa đỏ canh tác hữu cơ của thành viên", 1.2, "ha", 3000),
        buy=("tạ", 100, [("Tổ hợp tác lúa hữu cơ thôn Yên Lạc", 9, 8), ("Các hộ trồng lúa đỏ thôn Đồng Bồ", 7, 6)]),
        cap=(40, 250, "out"),
        gc=("Thuê xay mịn", "kg", [0.5, 0.6], 7000, 9000),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang, phối trộn", [2, 2, 2]),
               ("Đóng gói, kho", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=5.0, energy=3500,
        inv=[("Lò rang thùng quay 30 kg/mẻ", 180, True), ("Máy đóng gói định lượng tự động", 220, True),
             ("Cải tạo phòng phối trộn, đóng gói một chiều 60 m²", 150, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 35, False),
             ("Kiểm nghiệm, tự công bố sản phẩm", 25, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 360), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.06, tax=0.015, other=45),
    "ga02": dict(
        unit="lít",
        products=[("Nước cam ép nguyên chất, chai 330 ml", "chai", 0.33, 30000, 5500, [60000, 66000, 72000]),
                  ("Nước cam ép nguyên chất, chai 1 lít", "chai", 1.0, 85000, 11000, [10000, 11000, 12000])],
        hist=[(24000, 76000), (26000, 78000), (27500, 80000)], hm=0.12,
        raws=[("Cam tươi loại 2 (cam chanh, cam bù)", "kg", 2.4, 9000)],
        own=("vườn cam của công ty", 9, "ha", 7000),
        buy=("tấn", 1000, [("Tổ hợp tác cam thôn Hương Đại", 12, 12), ("Các hộ trồng cam thôn Kim Quang", 9, 14)]),
        cap=(300, 160, "out"),
        gc=("Thuê thanh trùng, chiết chai", "lít", [0.33, 1.0], 5500, 45000),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Tuyển, rửa, ép cam", [3, 3, 4]),
               ("Kho lạnh, giao hàng", [2, 2, 2]), ("Bán hàng", [1, 2, 2])],
        wage=6.5, energy=1500,
        inv=[("Máy ép cam công nghiệp 300 kg quả/giờ", 260, True), ("Máy rửa, băng tải tuyển quả", 140, True),
             ("Bồn inox, máy lọc và tủ lạnh chứa nước cốt", 180, True), ("Xe tải nhỏ có thùng lạnh", 320, True),
             ("Thiết kế nhãn, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.09, sell=0.07, tax=0.015, other=60),
    "ga03": dict(
        unit="m",
        products=[("Khăn lụa tơ tằm 50 × 180 cm", "chiếc", 0.9, 450000, 25000, [1800, 2000, 2200]),
                  ("Vải lụa tơ tằm khổ 90 cm", "mét", 1.0, 400000, 8000, [2200, 2500, 2800])],
        hist=[(3000, 390000), (3300, 395000), (3500, 400000)], hm=0.13,
        raws=[("Kén tằm tươi", "kg", 0.6, 120000), ("Vỏ cây, lá, củ nhuộm tự nhiên", "kg", 0.3, 15000)],
        own=("nương dâu của tổ viên", 2.5, "ha", 1000),
        buy=("yến", 10, [("Hộ nuôi tằm thôn Tiến Thành", 6, 50), ("Hộ nuôi tằm thôn Vĩnh Phúc", 5, 30)]),
        cap=(20, 200, "raw"),
        gc=("Thuê dệt vải", "m", [0.9, 1.0], 45000, 6000),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Ươm tơ, se tơ", [3, 3, 4]),
               ("Nhuộm, hoàn thiện, may viền", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=6000,
        inv=[("Hai máy ươm tơ bán tự động", 240, True), ("Máy se tơ, guồng đánh ống", 120, True),
             ("Nhà nhuộm có bể lắng 40 m²", 130, True), ("Thiết kế mẫu, hộp quà, thẻ treo", 40, False),
             ("Đăng ký nhãn hiệu, tiêu chuẩn cơ sở, thử nghiệm", 30, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=8, loan=[400, 300, 200], rate=0.066, sell=0.06, tax=0.01, other=40),
    "ga04": dict(
        unit="kg",
        products=[("Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 42000, 4500, [12000, 13500, 15000]),
                  ("Chè vằng khô cắt nhỏ, túi 500 g", "túi", 0.5, 85000, 3000, [1500, 1600, 1700])],
        hist=[(1150, 330000), (1250, 370000), (1300, 420000)], hm=0.15,
        raws=[("Cành lá chè vằng tươi", "kg", 4.4, 5000)],
        own=("đồi chè vằng của hộ", 10, "sào", 600),
        buy=("gánh", 30, [("Thôn Đông Châu", 6, 40), ("Thôn Trung Hòa", 5, 30)]),
        cap=(20, 180, "out"),
        gc=("Thuê đóng túi lọc", "hộp", [1, 0], 6000, 20000),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Thu hái, sơ chế, sấy", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=5.0, energy=8000,
        inv=[("Máy sấy bơm nhiệt 100 kg/mẻ", 110, True), ("Máy thái, máy sàng phân loại", 60, True),
             ("Lát nền, ốp tường phòng sơ chế 30 m²", 50, True), ("Bao bì, mã vạch, tem truy xuất", 20, False),
             ("Vốn lưu động", 80, False)],
        src=[("Vốn tự có của hộ", 170), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.05, tax=0.015, other=15),
    "ga05": dict(
        unit="kg",
        products=[("Bột sắn dây, túi 500 g", "túi", 0.5, 100000, 3000, [7000, 8200, 9000]),
                  ("Bột sắn dây, hũ 400 g", "hũ", 0.4, 95000, 6000, [5250, 6250, 7250])],
        hist=[(4200, 190000), (4700, 195000), (5100, 200000)], hm=0.13,
        raws=[("Củ sắn dây tươi", "kg", 8, 5000)],
        own=("vùng sắn dây của thành viên", 3, "ha", 20000),
        buy=("tạ", 100, [("Thôn Phú Mỹ", 11, 60), ("Thôn Bắc Tiến", 8, 40)]),
        cap=(80, 120, "out"),
        gc=("Thuê sấy bột", "kg", [0.5, 0.4], 10000, 6000),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, rửa, mài củ", [3, 3, 3]),
               ("Lọc, lắng bột", [2, 2, 2]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=4.5, energy=4000,
        inv=[("Máy rửa củ, máy mài củ liên hoàn", 230, True), ("Bể lọc, bể lắng inox và hệ thống nước sạch", 190, True),
             ("Máy đóng gói, máy hàn miệng túi", 90, True), ("Thiết kế bao bì, tem, mã vạch", 30, False),
             ("Đăng ký nhãn hiệu, kiểm nghiệm, tự công bố", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.05, tax=0.015, other=40),
    "ga06": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng 29 độ, chai 500 ml", "chai", 0.5, 180000, 14000, [8000, 9000, 10000]),
                  ("Rượu nếp cái hoa vàng 29 độ, bình sứ 1 lít", "bình", 1.0, 400000, 60000, [1200, 1400, 1600])],
        hist=[(4200, 300000), (4600, 320000), (5000, 340000)], hm=0.12,
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.4, 32000), ("Men lá tự làm", "kg", 0.03, 150000)],
        own=("ruộng nếp cái hoa vàng của hộ", 8, "sào", 250),
        buy=("tạ", 100, [("Hợp tác xã nông nghiệp thôn Trung Lương", 14, 45), ("Các hộ trồng nếp thôn Đông Hà", 10, 30)]),
        cap=(40, 250, "out"),
        gc=("Thuê lọc, hạ độ, chiết chai", "lít", [0.5, 1.0], 8000, 12000),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, chưng cất", [2, 2, 2]), ("Kho, bán hàng", [1, 1, 2])],
        wage=5.5, energy=5000,
        inv=[("Nồi chưng cất inox hai lớp 200 lít", 150, True), ("Chum, vại hạ thổ và kho ủ 30 m²", 120, True),
             ("Bình sứ, hộp quà đặt khuôn riêng", 40, False), ("Thiết kế nhãn, tem, mã vạch", 30, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=[0.41, 0.43, 0.44], other=20,
        tax_label="Thuế tiêu thụ đặc biệt và thuế khác"),
    "ga07": dict(
        unit="kg",
        products=[("Cao chè vằng, hộp 100 g", "hộp", 0.1, 150000, 9000, [6000, 6800, 7600]),
                  ("Cao chè vằng, hũ 250 g", "hũ", 0.25, 340000, 12000, [1600, 1800, 2000])],
        hist=[(700, 1250000), (800, 1300000), (900, 1350000)], hm=0.14,
        raws=[("Cành lá chè vằng tươi", "kg", 30, 5000)],
        own=("đồi chè vằng của công ty", 5, "ha", 4000),
        buy=("tạ", 100, [("Thôn Thượng Phú", 12, 60), ("Thôn Kim Lũ", 10, 50)]),
        cap=(150, 260, "raw"),
        gc=("Thuê chiết xuất, cô cao", "kg", [0.1, 0.25], 150000, 2000),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [3, 3, 3]),
               ("Đóng hộp, kho", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=20000,
        inv=[("Nhà sơ chế, sấy 120 m²", 320, True), ("Máy sấy bơm nhiệt 500 kg/mẻ", 240, True),
             ("Máy thái cành lá, máy đóng hũ", 110, True), ("Bao bì, hộp quà, mã vạch", 40, False),
             ("Kiểm nghiệm, tự công bố sản phẩm", 30, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn điều lệ của các cổ đông", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.07, tax=0.015, other=60),
    "ga08": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 160000, 9000, [4000, 4400, 4800]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, 300000, 14000, [1200, 1300, 1400])],
        hist=[(2600, 280000), (2800, 290000), (3000, 300000)], hm=0.14,
        raws=[("Mật ong thô (bình quân tự có và thu mua)", "kg", 1.1, 105000)],
        own=("đàn ong nội và ong ngoại của hộ", 260, "đàn", 12),
        buy=("can", 25, [("Tổ nuôi ong thôn Tân Phong", 8, 30), ("Các hộ nuôi ong thôn Khe Lang", 6, 20)]),
        cap=(30, 200, "out"),
        gc=("Thuê hạ thủy phần, chiết chai", "kg", [0.5, 1.0], 15000, 6000),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 2]), ("Kho, bán hàng", [1, 1, 1])],
        wage=5.5, energy=2000,
        inv=[("Mua thêm 60 đàn ong và thùng nuôi", 150, True), ("Máy quay mật inox, thùng lọc", 60, True),
             ("Kho mát chứa mật 20 m²", 90, True), ("Thiết kế nhãn, tem, mã vạch", 25, False),
             ("Vốn lưu động", 175, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=25),
    "ga09": dict(
        unit="chiếc",
        products=[("Chiếu cói dệt máy 1,6 × 2 m", "chiếc", 1, 230000, 8000, [3000, 3300, 3600]),
                  ("Chiếu cói in hoa văn 1,8 × 2 m", "chiếc", 1, 290000, 10000, [2000, 2300, 2600])],
        hist=[(4200, 215000), (4500, 220000), (4800, 225000)], hm=0.12,
        raws=[("Cói khô đã chẻ", "kg", 2.6, 22000), ("Phẩm nhuộm, phèn", "kg", 0.05, 90000)],
        own=("ruộng cói của các hộ trong nhóm", 2.5, "ha", 5000),
        buy=("tạ", 100, [("Thôn Hải Hà", 10, 20), ("Thôn Tân Hải", 8, 20)]),
        cap=(25, 280, "out"),
        gc=("Thuê dệt chiếu máy", "chiếc", [1, 1], 30000, 8000),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Chẻ, phơi, nhuộm cói", [4, 4, 4]),
               ("Viền, hoàn thiện, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=4.5, energy=3000,
        inv=[("Nhà kho chung 100 m² và sân phơi", 150, True), ("Hai nồi nhuộm, máy chẻ cói", 60, True),
             ("Máy in hoa văn lên chiếu", 90, True), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của các hộ", 250), ("Vay qua Hội Liên hiệp Phụ nữ xã", 200)],
        life=8, loan=[200, 150, 100], rate=0.07, sell=0.05, tax=0.0, other=25,
        other_label="Vận chuyển, chi khác"),
    "ga10": dict(
        unit="kg",
        products=[("Cá bống kho tiêu, lọ thủy tinh 200 g", "lọ", 0.2, 70000, 7000, [22000, 44000, 52000]),
                  ("Cá nục kho sả, lọ thủy tinh 200 g", "lọ", 0.2, 55000, 7000, [11000, 22000, 26000])],
        hist=[(4800, 300000), (5300, 305000), (5800, 310000)], hm=0.12,
        raws=[("Cá bống, cá nục tươi", "kg", 1.6, 50000), ("Gia vị (nước mắm, tiêu, sả, đường)", "kg", 0.15, 80000)],
        own=("cá do tàu của thành viên khai thác", 6, "tàu", 4000),
        buy=("tạ", 100, [("Chợ cá cảng Cửa Sót", 0, 40)]),
        cap=(120, 250, "out"),
        gc=("Thuê tiệt trùng", "lọ", [1, 1], 3500, 100000),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, kho cá", [2, 2, 2]),
               ("Vào lọ, dán nhãn, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=5000,
        inv=[("Bếp kho công nghiệp và nồi kho inox", 260, True), ("Phòng sơ chế một chiều 60 m²", 380, True),
             ("Máy rửa lọ, máy đóng nắp", 180, True), ("Kho lạnh bảo quản cá 20 m³", 280, True),
             ("Thiết kế nhãn, mã vạch", 40, False), ("Vốn lưu động", 360, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, sell=0.06, tax=0.015, other=50),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "ga05": {"gc_over": True},                  # 6.600 / 7.400 kg to dry vs 50 kg/day x 120 days = 6.000
    "ga06": {"rev_line": (0, 1, 1.12)},         # 2028 line of the 500 ml bottle x 1,12
    "ga07": {"shortfall": True, "payback": 1.4},  # need 33.900 / 37.800 kg vs 31.000; payback 1,4 years
    "ga08": {"profit": (0, 1.30)},              # 2027 profit in the summary x 1,30
    "ga09": {"cost_total": (1, 0.90)},          # 2028 cost total written 10 % low
    "ga10": {"src_total": True, "growth": True},  # sources 1.200 vs investment 1.500; output x 2,0 in 2028
}
READY = ("ga01", "ga02", "ga03", "ga04")
STEMS = {
    "ga01": "ga01_bot_ngu_coc_gao_lut_duc_thinh_htx",
    "ga02": "ga02_nuoc_cam_ep_huong_dai_cty",
    "ga03": "ga03_khan_lua_to_tam_tien_thanh_tht",
    "ga04": "ga04_tra_che_vang_tui_loc_dong_chau_hkd",
    "ga05": "ga05_bot_san_day_phu_my_htx",
    "ga06": "ga06_ruou_nep_cai_hoa_vang_trung_luong_hkd",
    "ga07": "ga07_cao_che_vang_thuong_phu_cty",
    "ga08": "ga08_mat_ong_hoa_keo_tan_phong_hkd",
    "ga09": "ga09_chieu_coi_hai_ha_nhom_ho",
    "ga10": "ga10_ca_kho_lo_cua_sot_htx",
    "ga11": "ga11_dau_lac_ep_so_sai",
    "ga12": "ga12_non_la_so_sai",
}


# --------------------------------------------------------------------------- the model
def _tax(p: dict, y: int) -> float:
    t = p["tax"]
    return t[y] if isinstance(t, list) else t


def model(k: str) -> dict:
    """Every number of plan k: 'true' values and the 'shown' ones (the planted defects applied)."""
    p, pl = PLANS[k], PLANTED.get(k, {})
    m: dict = {"p": p}
    prods = p["products"]
    m["packs"] = [pr[5] for pr in prods]
    m["out"] = [sum(pr[2] * pr[5][y] for pr in prods) for y in Y]
    m["rev_lines"] = [[pr[5][y] * pr[3] / 1e6 for y in Y] for pr in prods]
    m["rev"] = [sum(line[y] for line in m["rev_lines"]) for y in Y]
    m["hist_rev"] = [o * pr / 1e6 for o, pr in p["hist"]]
    m["hist_profit"] = [r * p["hm"] for r in m["hist_rev"]]
    m["need"] = [[m["out"][y] * r[2] for y in Y] for r in p["raws"]]
    m["raw_cost"] = [[m["need"][j][y] * r[3] / 1e6 for y in Y] for j, r in enumerate(p["raws"])]
    own = p["own"]
    m["own_q"] = own[1] * own[3]
    unit, conv, rows = p["buy"]
    m["buy_rows"] = [(name, hh, q, q * conv) for name, hh, q in rows]
    m["buy_q"] = sum(r[3] for r in m["buy_rows"])
    m["supply"] = m["own_q"] + m["buy_q"]
    per_day, days, basis = p["cap"]
    m["cap"] = per_day * days
    m["cap_use"] = m["out"] if basis == "out" else m["need"][0]
    g = p["gc"]
    m["gc_vol"] = [sum(pr[5][y] * g[2][i] for i, pr in enumerate(prods)) for y in Y]
    m["gc_cost"] = [v * g[3] / 1e6 for v in m["gc_vol"]]
    m["gc_cap"] = g[4]
    m["pack"] = [sum(pr[5][y] * pr[4] for pr in prods) / 1e6 for y in Y]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in Y]
    m["wages"] = [s * p["wage"] * 12 for s in m["staff"]]
    m["energy"] = [o * p["energy"] / 1e6 for o in m["out"]]
    m["fixed"] = sum(v for _, v, f in p["inv"] if f)
    m["dep"] = m["fixed"] / p["life"]
    m["interest"] = [b * p["rate"] for b in p["loan"]]
    m["inv_total"] = sum(v for _, v, _ in p["inv"])
    m["src_total"] = sum(v for _, v in p["src"])

    def costs(rev):
        lines = [(r[0], m["raw_cost"][j]) for j, r in enumerate(p["raws"])]
        lines += [(p.get("pack_label", "Bao bì, nhãn"), m["pack"]), (g[0], m["gc_cost"]),
                  ("Tiền công lao động", m["wages"]), ("Điện, nước, nhiên liệu", m["energy"]),
                  ("Khấu hao tài sản đầu tư mới", [m["dep"]] * 3), ("Lãi vay", m["interest"]),
                  ("Bán hàng, quảng bá", [rev[y] * p["sell"] for y in Y])]
        if any(_tax(p, y) for y in Y):
            lines.append((p.get("tax_label", "Thuế, phí"), [rev[y] * _tax(p, y) for y in Y]))
        lines.append((p.get("other_label", "Quản lý, chi phí khác"), [p["other"]] * 3))
        return lines

    m["cost_lines"] = costs(m["rev"])
    m["cost"] = [sum(v[y] for _, v in m["cost_lines"]) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["payback"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])

    # what the plan prints
    s = {"rev_lines": [list(x) for x in m["rev_lines"]], "src": list(p["src"])}
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        s["rev_lines"][i][y] = m["rev_lines"][i][y] * f
    s["rev"] = [sum(line[y] for line in s["rev_lines"]) for y in Y]
    s["cost_lines"] = costs(s["rev"])
    s["cost"] = [sum(v[y] for _, v in s["cost_lines"]) for y in Y]
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        s["cost"][y] = m["cost"][y] * f
    s["profit"] = [s["rev"][y] - s["cost"][y] for y in Y]
    if "profit" in pl:
        y, f = pl["profit"]
        s["profit"][y] = m["profit"][y] * f
    s["margin"] = [s["profit"][y] / s["rev"][y] * 100 for y in Y]
    s["src_total"] = sum(v for _, v in s["src"])
    s["payback"] = pl.get("payback", m["inv_total"] / (sum(s["profit"]) / 3 + m["dep"]))
    m["shown"] = s
    return m


# --------------------------------------------------------------------------- reading the plans
_CAP = re.compile(r"^Bảng (\d+)\. (.+)$")
_NUM = re.compile(r"^−?[\d.]+(,\d+)?$")


def vnum(s: str) -> float:
    neg = s.startswith("−")
    v = plancheck.vn(s.lstrip("−"))
    return -v if neg else v


def fmt(x: float, d: int = 0) -> str:
    s = f"{abs(x):,.{d}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("−" if x < 0 else "") + s


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: list[tuple[str, list[list[str]]]] = []
        cap, rows = None, None
        for line in self.body.splitlines():
            t = line.strip()
            if mm := _CAP.match(t):
                cap, rows = mm.group(2), []
                self.tables.append((cap, rows))
            elif t.startswith("|") and rows is not None:
                cells = [c.strip() for c in t.strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
        self.prose = "\n".join(l for l in self.body.splitlines() if not l.strip().startswith("|"))

    def table(self, inc: str, exc: str | None = None) -> list[list[str]]:
        for cap, rows in self.tables:
            if re.search(inc, cap, re.I) and not (exc and re.search(exc, cap, re.I)):
                return rows
        self.failures.append(f"table not found: {inc}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3, what: str = "") -> list[float]:
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                nums = [vnum(c) for c in r[1:] if _NUM.match(c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {what or label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str) -> None:
        if not (close(got, want) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got} != computed {round(want, 2)}")

    def eqs(self, got: list[float], want: list[float], what: str) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            self.eq(g, w, f"{what} [{y}]")

    def wrong(self, got: float, true: float, what: str) -> None:
        """a planted defect: the plan's number must be off the true one by more than 5 %"""
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} is within 5 % of the true {round(true, 2)}")

    def absent(self, pattern: str, what: str) -> None:
        self.lacks(pattern, what)


# --------------------------------------------------------------------------- the checks
def check_full(k: str) -> Plan:
    m = model(k)
    p, s, pl = m["p"], m["shown"], PLANTED.get(k, {})
    P = Plan(STEMS[k])
    body = P.body
    # history
    h = P.table(r"2024")
    P.eqs(P.trow(h, "Sản lượng"), [o for o, _ in p["hist"]], "history output")
    P.eqs(P.trow(h, "Giá bán bình quân"), [pr for _, pr in p["hist"]], "history price")
    P.eqs(P.trow(h, "Doanh thu"), m["hist_rev"], "history revenue")
    if any(r[1].startswith("Lợi nhuận") for r in h):
        P.eqs(P.trow(h, "Lợi nhuận"), m["hist_profit"], "history profit")
    g27 = m["rev"][0] / m["hist_rev"][2] - 1
    P.check(0 <= g27 <= 0.25, f"2027 revenue growth on 2026 {g27:.1%}")
    P.check(m["out"][0] / p["hist"][2][0] - 1 <= 0.20, "2027 output within +20 % of 2026")
    # product prices
    for pr in p["products"]:
        P.has(fmt(pr[3]))
    # purchase table (local units and their conversion)
    unit, conv, rows = p["buy"]
    if any(re.search("mua", c, re.I) and re.search(r"thu mua|mua (của|theo|thêm)|cói khô mua|Gạo nếp mua", c)
           for c, _ in P.tables):
        b = P.table(r"^(Thu mua|.*mua (của|theo)|Cói khô mua|Gạo nếp mua|Kén tằm thu mua|Chè vằng tươi (thu )?mua|Mật thô mua|Củ sắn dây mua)")
        for name, hh, q, kg in m["buy_rows"]:
            got = P.trow(b, name, 2, f"purchase {name}")
            P.eq(got[0], q, f"purchase {name} local units")
            P.eq(got[1], kg, f"purchase {name} kg")
        tot = P.trow(b, "Tổng cộng", 2)
        P.eq(tot[1], m["buy_q"], "purchase total")
    # raw-material balance
    bal = P.table(r"cân đối|nguồn cung và nhu cầu")
    first = [r[1] for r in bal if r[0] == "1"]
    P.eqs(P.trow(bal, first[0] if first else "?"), m["out"], "balance output")
    P.eqs(P.trow(bal, "Nhu cầu " + p["raws"][0][0][:6].lower()), m["need"][0], "need of the first raw")
    for j, r in enumerate(p["raws"][1:], 1):
        P.eqs(P.trow(bal, "Nhu cầu " + r[0][:6].lower()), m["need"][j], f"need of {r[0]}")
    own_lab = ([r[1] for r in bal if r[0] == "3"] or ["?"])[0]
    P.eqs(P.trow(bal, own_lab), [m["own_q"]] * 3, "own supply")
    P.eqs(P.trow(bal, "Tổng nguồn cung"), [m["supply"]] * 3, "total supply")
    P.has(fmt(p["own"][3]))  # the yield is stated in the text
    if pl.get("shortfall"):
        for y in (1, 2):
            P.wrong(m["supply"], m["need"][0][y], f"supply covers the {YEARS[y]} need")
            P.check(m["need"][0][y] > m["supply"], "shortfall")
        P.check(not any(r[1].startswith("Chênh lệch") for r in bal if len(r) > 1), "no difference row")
        P.has("có đủ nguyên liệu")
    else:
        P.eqs(P.trow(bal, "Chênh lệch"), [m["supply"] - x for x in m["need"][0]], "balance difference")
        P.check(all(m["supply"] >= x for x in m["need"][0]), "supply covers the need")
    # own capacity (per day x days stated in the text)
    P.has(fmt(m["cap"]))
    P.check(all(u <= m["cap"] for u in m["cap_use"]), "own workshop capacity")
    # the outsourced step
    g = p["gc"]
    P.has(f"{fmt(g[3])} đ/{g[1]}")
    pt = P.table(r"sản lượng")
    for i, pr in enumerate(p["products"]):
        P.eqs(P.trow(pt, pr[0]), pr[5], f"packs of {pr[0]}")
    n = len(p["products"])
    lab = {r[0]: r[1] for r in pt}
    P.eqs(P.trow(pt, lab.get(str(n + 1), "?")), m["out"], "output")
    P.eqs(P.trow(pt, lab.get(str(n + 2), "?")), m["gc_vol"], "outsourced volume")
    if pl.get("gc_over"):
        P.has("50 kg bột khô/ngày", "120 ngày")
        P.check(50 * 120 == g[4], "contract capacity")
        for y in (1, 2):
            P.wrong(g[4], m["gc_vol"][y], f"dryer capacity for {YEARS[y]}")
            P.check(m["gc_vol"][y] > g[4], "over capacity")
        P.check(not any("tối đa" in r[1] for r in pt), "no capacity row")
        P.has("đáp ứng đủ")
    else:
        P.has(f"Tối đa {fmt(g[4])} ")
        P.check(all(v <= g[4] for v in m["gc_vol"]), "outsourced volume within the contractor's capacity")
        cap_rows = [r for r in pt if len(r) > 1 and "tối đa" in r[1]]
        if cap_rows:
            P.eqs(P.trow(pt, cap_rows[0][1]), [g[4]] * 3, "contract capacity row")
    # staff
    st = P.table(r"lao động|nhân sự")
    for lab, xs in p["roles"]:
        P.eqs(P.trow(st, lab), xs, f"staff {lab}")
    P.eqs(P.trow(st, "Tổng cộng"), m["staff"], "staff total")
    # investment and sources
    inv = P.table(r"vốn đầu tư")
    for lab, v, _ in p["inv"]:
        P.eq(P.trow(inv, lab, 1)[0], v, f"investment {lab}")
    P.eq(P.trow(inv, "Tổng cộng", 1)[0], m["inv_total"], "investment total")
    src = P.table(r"^nguồn vốn")
    for lab, v in s["src"]:
        got = P.trow(src, lab, 2)
        P.eq(got[0], v, f"source {lab}")
        P.eq(got[1], v / s["src_total"] * 100, f"share {lab}")
    P.eq(P.trow(src, "Tổng cộng", 2)[0], s["src_total"], "sources total")
    if "src_total" in pl:
        P.wrong(s["src_total"], m["inv_total"], "sources = investment")
        P.has("bảo đảm đủ vốn")
    else:
        P.eq(s["src_total"], m["inv_total"], "sources = investment")
    # revenue
    rv = P.table(r"^doanh thu")
    for i, pr in enumerate(p["products"]):
        got = P.trow(rv, pr[0], 3, f"revenue {pr[0]}")
        P.has(f"{pr[0]} ({fmt(pr[3])} đ/{pr[1]})")
        for y in Y:
            if "rev_line" in pl and pl["rev_line"][:2] == (i, y):
                P.eq(got[y], s["rev_lines"][i][y], "planted revenue line as printed")
                P.wrong(got[y], m["rev_lines"][i][y], f"revenue line {pr[0]} {YEARS[y]}")
            else:
                P.eq(got[y], m["rev_lines"][i][y], f"revenue {pr[0]} {YEARS[y]}")
    P.eqs(P.trow(rv, "Tổng doanh thu"), s["rev"], "revenue total")
    for y in Y:
        if not ("rev_line" in pl and pl["rev_line"][1] == y):
            P.eq(s["rev"][y], m["rev"][y], "revenue total true")
    # costs
    ct = P.table(r"^chi phí")
    for lab, v in s["cost_lines"]:
        P.eqs(P.trow(ct, lab), v, f"cost {lab}")
    tot = P.trow(ct, "Tổng chi phí")
    P.eqs(tot, s["cost"], "cost total as printed")
    for y in Y:
        true_lines = sum(v[y] for _, v in s["cost_lines"])
        if "cost_total" in pl and pl["cost_total"][0] == y:
            P.wrong(tot[y], true_lines, f"cost total {YEARS[y]}")
        else:
            P.eq(tot[y], true_lines, f"cost total {YEARS[y]} = its lines")
    # summary
    sm = P.table(r"hiệu quả|lợi nhuận")
    P.eqs(P.trow(sm, "Doanh thu"), s["rev"], "summary revenue")
    P.eqs(P.trow(sm, "Tổng chi phí"), s["cost"], "summary cost")
    got = P.trow(sm, "Lợi nhuận")
    P.eqs(got, s["profit"], "summary profit as printed")
    for y in Y:
        if "profit" in pl and pl["profit"][0] == y:
            P.wrong(got[y], s["rev"][y] - s["cost"][y], f"profit {YEARS[y]}")
        else:
            P.eq(got[y], s["rev"][y] - s["cost"][y], f"profit {YEARS[y]} = revenue - cost")
    P.eqs(P.trow(sm, "Tỷ suất"), s["margin"], "margin")
    P.check(all(0 < x < 35 for x in m["margin"]), f"true margins {[round(x, 1) for x in m['margin']]}")
    # payback
    pb = re.search(r"hoàn vốn[^.]*?khoảng ([\d,]+) năm|hoàn vốn = [^≈]+≈ ([\d,]+) năm", body)
    if not pb:
        P.failures.append("payback not found")
    else:
        got = vnum(pb.group(1) or pb.group(2))
        if "payback" in pl:
            P.eq(got, pl["payback"], "planted payback as printed")
            P.wrong(got, m["payback"], "payback")
        else:
            P.check(abs(got - s["payback"]) <= 0.051, f"payback {got} vs {s['payback']:.2f}")
    # growth
    for y in (1, 2):
        gr = m["out"][y] / m["out"][y - 1] - 1
        if pl.get("growth") and y == 1:
            P.check(gr > 0.9, "planted growth: output doubles in 2028")
            P.check(m["staff"][1] == m["staff"][0], "same staff")
            P.has("giữ nguyên", "rất rộng lớn")
        else:
            P.check(gr <= 0.20, f"output growth {YEARS[y]} {gr:.1%}")
    # placeholders, years
    P.lacks(PLACEHOLDER, "template placeholder")
    P.check(all(f"Năm {y}" in body for y in YEARS), "years 2027-2029 in the tables")
    return P


def common_ready(P: Plan, food: bool) -> None:
    P.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS", "nhãn hiệu", "QR", "môi trường")
    for pat, what in ((r"tiêu chuẩn cơ sở", "product standard"), (r"phiếu kết quả thử nghiệm", "test report"),
                      (r"mã lô|số lô", "lot codes"), (r"đăng ký (hợp tác xã|doanh nghiệp|hộ kinh doanh|tổ hợp tác)", "registration")):
        P.check(bool(re.search(pat, P.body, re.I)), f"{what} missing")
    P.lacks(REPLACED, "replaced instrument or district body")
    papers = P.table(r"giấy tờ")
    for r in papers:
        if any("Hợp đồng" in c for c in r[:2]):
            continue  # a contract runs to the end of the plan period
        for d in re.findall(r"[Đđ]ến (\d{1,2}/\d{1,2}/(\d{4}))", " ".join(r)):
            P.check(int(d[1]) >= 2030, f"paper valid only to {d[0]}")
        for d in re.findall(r"[Đđ]ến (20\d\d)\b", " ".join(r)):
            P.check(int(d) >= 2030, f"paper valid only to {d}")
    if food:
        P.has("an toàn thực phẩm")
        P.check(P.count("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm") + P.count("Giấy chứng nhận an toàn thực phẩm") >= 3,
                "food-safety certificates of both facilities")


def check(k: str) -> Plan:
    if k in ("ga11", "ga12"):
        return check_sketchy(k)
    P = check_full(k)
    b = P.body
    if k in READY:
        common_ready(P, food=k != "ga03")
    if k == "ga01":
        P.has("Công ty TNHH Chế biến Nông sản Phúc An", "phạm vi: sơ chế, xay nghiền ngũ cốc")
    if k == "ga02":
        P.has("Công ty Cổ phần Đồ uống Hồng Lam", "thanh trùng và chiết rót nước quả", "đã đăng ký môi trường")
    if k == "ga03":
        P.has("không thuộc diện cấp giấy chứng nhận an toàn thực phẩm", "QCVN 01:2017/BCT", "bể lắng")
    if k == "ga04":
        P.has("sản xuất trà túi lọc từ chè, thảo mộc", "không ghi công dụng chữa bệnh")
        P.lacks(r"chữa (khỏi|trị)|điều trị|hạ huyết áp|giải độc gan", "health claim")
    if k == "ga05":
        P.lacks(r"an toàn|ATTP|đủ điều kiện|15/2018|HACCP|ISO 22000|vệ sinh thực phẩm", "food-safety paper")
        P.has("14 lao động thường xuyên")
        P.check(model(k)["staff"][0] != 14, "staff table differs from 14")
        P.has(f"bố trí {model(k)['staff'][0]} lao động thường xuyên")
    if k == "ga06":
        P.lacks(r"giấy phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "alcohol licence")
        P.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Đức Thọ", "OCOP huyện")
        P.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP instrument")
    if k == "ga07":
        P.lacks(r"kiểm soát chất lượng|kiểm tra chất lượng|truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|\btem\b|lưu mẫu|ghi chép",
                "internal quality control or traceability")
        P.has("khoảng 1,4 năm", "3 sao")
    if k == "ga08":
        P.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|SHTT", "trademark")
        P.check(P.count("Mật ong hoa nhãn Xuân Hội") == 2, "the other product's name twice")
        P.check(P.count("Mật ong hoa keo Tân Phong") >= 3, "own product name elsewhere")
    if k == "ga09":
        P.lacks(r"môi trường|nước thải|chất thải|xử lý|bể lắng|hố lắng|thu gom|\brác\b|khí thải", "environmental measure")
        P.has("nấu với phẩm nhuộm", "xông lưu huỳnh", "chưa đăng ký với cơ quan nào", "tài khoản cá nhân của trưởng nhóm")
        P.lacks(r"mã số thuế|tổ hợp tác|hợp tác xã|doanh nghiệp", "a registration of the group")
        P.check(P.count("đăng ký hộ kinh doanh") == 1, "only the contractor's registration")
    if k == "ga10":
        P.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu (chất lượng|an toàn|vi sinh|cảm quan)",
                "product standard or test")
        P.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu")
    return P


SKETCHY_FIGS = {"ga11": ["3 tấn", "4.000 đồng/kg", "90.000 đồng/lít", "1.200 lít", "25 triệu đồng"],
                "ga12": ["9 chị em", "60.000 đồng/chiếc", "90.000 đồng/chiếc", "2.000 đồng", "6.000 chiếc/năm"]}


def check_sketchy(k: str) -> Plan:
    P = Plan(STEMS[k])
    n = len(P.body.split())
    P.check(150 <= n <= 320, f"{n} words")
    P.check(not P.rows, "no table")
    P.has(*SKETCHY_FIGS[k])
    P.lacks(PLACEHOLDER, "template placeholder")
    P.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|nhãn hiệu|43/2017|truy xuất|môi trường|giấy phép", "a paper")
    P.check("chưa đăng ký" in P.body, "unregistered")
    return P


def main() -> int:
    return plancheck.report([check(k) for k in STEMS])


if __name__ == "__main__":
    sys.exit(main())
