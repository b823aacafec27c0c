"""The 160th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout160/arithmetic.py

Theme: Hà Tĩnh after the 2025 reorganisation of communes (districts abolished on 1/7/2025). For
every full plan (fe01-fe10) the constants give the products (pack size in the plan's base unit,
price, pack cost, packs per year), the 2024-2026 history, the raw materials with their norms and
prices, the own supply (area, boats, hives x yield), the purchase by village in local units (tạ,
bao, bó, can, khối) with the conversion the plan states once, capacity (per day x working days, or
per tank x tanks), staff by role and wage, energy rate, investment items and capital sources, loan
balances and rate, selling / tax shares and a fixed line. From them this script recomputes: output
= sum of packs x size, history revenue = output x average price and the 2027 growth on 2026,
purchase = sum of local units x conversion, own supply = quantity x yield, raw-material need =
output x norm against own + purchased supply, output against capacity, staff by role, investment
items and sources, depreciation, interest, every revenue line (packs x price), every cost line, the
cost total, profit = revenue - cost, margin, growth, and payback = investment / (average profit +
depreciation). Each figure is then read back from the plan's source (tables found by the title of
their caption "Bảng N. <title>", N following the plan's order) and compared: planted numeric defects must be wrong by more than 5 % (the true value is
computed beside them), every other number right within 1 %. Textual defects are asserted through
the presence or absence of their words. Sketchy plans: 150-320 words, no table.

The plans' tables were generated from these constants (a throw-away generator outside the
repository imported `model()`), so no cell was typed by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
# Instruments replaced or lapsed before the plans' dates, and the abolished district level as an
# OCOP body. Papers issued by a former district before 1/7/2025 are allowed (they stay valid).
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"Luật Hợp tác xã (năm )?2012|23/2012/QH13")
DISTRICT_OCOP = r"(Hội đồng|Hội đồng đánh giá)[^.|\n]{0,60}(huyện|cấp huyện)|OCOP (cấp )?huyện"

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year) or None
# buy: (local unit, its conversion to the raw's unit, rows (place, households, quantity in local units))
# cap: (per day or per tank, working days or tanks)
# roles: (label, workers 2027-2029); wage: triệu đồng per worker and month
# energy: đ per base unit; inv: (label, triệu, fixed asset?); src: (label, triệu)
# life: years of depreciation; loan: balance per year (triệu); rate; sell, tax: shares of revenue;
# other: triệu a year
PLANS: dict[str, dict] = {
    "fe01": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 12000,
                   [30000, 33000, 36000]),
                  ("Nước mắm cá cơm 30 độ đạm, can 2 lít", "can", 2, 300000, 25000, [7000, 7500, 8000])],
        hist=[(24000, 150000), (26000, 155000), (28000, 160000)],
        raws=[("Cá cơm tươi", "kg", 1.6, 28000), ("Muối hạt", "kg", 0.5, 3500)],
        own=("hai tàu khai thác ven bờ của công ty", 2, "tàu", 8000),
        buy=("tạ", 100, [("Thôn Hải Thành", 14, 130), ("Thôn Kim Hải", 12, 120), ("Thôn Bắc Kim", 10, 100),
                         ("Nậu cá bến Cửa Sót", 6, 70)]),
        cap=(600, 60),
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Ủ chượp, chăm chượp", [3, 3, 4]),
               ("Kéo rút, lọc, đóng chai", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=7.0, energy=2000,
        inv=[("Bổ sung 10 bể chượp composite 5 m³", 300, True),
             ("Nhà đóng chai một chiều 120 m²", 450, True),
             ("Máy lọc tinh, máy chiết rót và đóng nắp bán tự động", 280, True),
             ("Hệ thống thu gom, xử lý nước thải và khử mùi", 180, True),
             ("Kho thành phẩm 60 m²", 200, True),
             ("Bao bì, mã vạch, tem truy xuất nguồn gốc", 60, False),
             ("Kiểm nghiệm, tự công bố, hồ sơ đánh giá OCOP", 40, False),
             ("Vốn lưu động", 540, False)],
        src=[("Vốn chủ sở hữu", 1150), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, loan=[900, 700, 500], rate=0.085, sell=0.08, tax=0.015, other=150,
        pack_label="Chai, can, nắp, nhãn, thùng carton", own_label="Tự khai thác"),
    "fe02": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng 35 % vol, chai 500 ml", "chai", 0.5, 180000, 12000,
                   [14000, 15500, 17000]),
                  ("Rượu nếp cái hoa vàng 35 % vol, bình gốm 2 lít", "bình", 2, 650000, 45000,
                   [1500, 1700, 1900])],
        hist=[(8000, 310000), (8600, 320000), (9200, 330000)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.6, 32000), ("Men lá", "kg", 0.04, 150000)],
        own=("ruộng nếp cái hoa vàng của thành viên", 5, "ha", 3000),
        buy=("tạ", 100, [("Thôn Yên Hội", 12, 35), ("Thôn Trung Tiến", 10, 30)]),
        cap=(50, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [2, 2, 3]),
               ("Lọc, hạ thổ, đóng chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=6000,
        inv=[("Hệ thống chưng cất inox 2 nồi 100 lít/mẻ", 260, True),
             ("Hầm và chum sành hạ thổ", 120, True),
             ("Máy lọc, thiết bị khử andehit, máy chiết chai", 220, True),
             ("Hầm biogas, bể lắng xử lý bỗng và nước rửa", 90, True),
             ("Bao bì, nhãn, tem, kiểm nghiệm", 60, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[600, 450, 300], rate=0.07, sell=0.06, tax=0.40, other=60,
        tax_label="Thuế tiêu thụ đặc biệt và thuế khác", pack_label="Chai, bình gốm, nút, nhãn, hộp"),
    "fe03": dict(
        unit="kg",
        products=[("Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 6000, [30000, 33000, 36000]),
                  ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 70000, 3000, [5000, 5500, 6000])],
        hist=[(3200, 380000), (3500, 390000), (3800, 400000)],
        raws=[("Cành lá chè vằng tươi", "kg", 4, 8000)],
        own=("vườn chè vằng của hợp tác xã", 20, "sào", 400),
        buy=("bao", 25, [("Thôn Mỹ Hòa", 14, 190), ("Thôn Tân Thành", 12, 170), ("Thôn Khe Dầu", 10, 140)]),
        cap=(20, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái", [3, 3, 3]),
               ("Sơ chế, sấy, sao", [2, 2, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=18000,
        inv=[("Nhà sơ chế, sấy, đóng gói 120 m²", 300, True), ("Máy sấy bơm nhiệt 300 kg/mẻ", 200, True),
             ("Máy cắt, máy nghiền, máy đóng túi lọc", 280, True),
             ("Thiết kế bao bì, nhãn, tem QR", 40, False),
             ("Kiểm nghiệm, tự công bố, cấp lại giấy chứng nhận ATTP", 30, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400),
             ("Quỹ đầu tư phát triển của hợp tác xã", 250)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.06, tax=0.015, other=50,
        pack_label="Túi lọc, hộp, túi, nhãn"),
    "fe04": dict(
        unit="sản phẩm",
        products=[("Túi xách cói in hoa văn", "cái", 1, 160000, 10000, [6000, 6600, 7200]),
                  ("Hộp cói đựng quà, bộ 3 chiếc", "bộ", 1, 120000, 6000, [5000, 5500, 6000]),
                  ("Thảm cói tròn 60 cm", "chiếc", 1, 90000, 4000, [4000, 4400, 4800])],
        hist=[(12000, 115000), (13000, 118000), (14000, 122000)],
        raws=[("Cói sợi khô", "kg", 0.6, 25000), ("Quai, khóa, vải lót, chỉ", "bộ", 1, 8000)],
        own=("ruộng cói của các tổ viên", 3, "ha", 2500),
        buy=("bó", 5, [("Thôn Liên Thanh", 16, 340), ("Thôn Hồng Lam", 12, 270), ("Thôn Đông Biên", 9, 190)]),
        cap=(75, 270),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Dệt, đan", [10, 11, 12]),
               ("Nhuộm, hoàn thiện", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=4.2, energy=1000,
        inv=[("Hai máy dệt chiếu, thảm cói", 120, True), ("Bể nhuộm và bể lắng nước nhuộm", 80, True),
             ("Lò sấy chống mốc", 90, True), ("Cải tạo nhà xưởng 150 m²", 150, True),
             ("Thiết kế mẫu, bao bì, nhãn, tem", 35, False),
             ("Đăng ký nhãn hiệu, tiêu chuẩn cơ sở, thử nghiệm", 25, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 250),
             ("Vay Quỹ hỗ trợ phụ nữ phát triển", 150)],
        life=8, loan=[400, 300, 200], rate=0.066, sell=0.06, tax=0.01, other=40,
        pack_label="Túi giấy, hộp, nhãn, thẻ treo"),
    "fe05": dict(
        unit="lít",
        products=[("Rượu nếp than 30 % vol, chai 500 ml", "chai", 0.5, 170000, 11000, [9000, 10000, 11000]),
                  ("Rượu nếp than 30 % vol, can 2 lít", "can", 2, 560000, 15000, [1200, 1300, 1400])],
        hist=[(5800, 290000), (6200, 300000), (6600, 310000)],
        raws=[("Gạo nếp than", "kg", 1.45, 35000), ("Men lá", "kg", 0.05, 120000)],
        own=("ruộng nếp than của gia đình", 1.5, "ha", 3000),
        buy=("tạ", 100, [("Thôn Vĩnh Phú", 8, 45), ("Thôn Đồng Huề", 6, 40), ("Thôn Hồng Thịnh", 5, 35)]),
        cap=(32, 280),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, chưng cất", [2, 2, 3]),
               ("Đóng chai, bán hàng", [1, 2, 2])],
        wage=6.0, energy=5000,
        inv=[("Hai nồi chưng cất inox", 150, True), ("Máy lọc, thiết bị khử andehit", 120, True),
             ("Chum, vại hạ thổ 60 chiếc", 60, True), ("Máy chiết rót, đóng nắp", 70, True),
             ("Bể lắng, hầm biogas xử lý bỗng rượu", 50, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.40, other=40,
        tax_label="Thuế tiêu thụ đặc biệt và thuế khác", pack_label="Chai, can, nút, nhãn"),
    "fe06": dict(
        unit="kg",
        products=[("Tinh bột nghệ đỏ nguyên chất, hũ 500 g", "hũ", 0.5, 260000, 12000, [4000, 4400, 4800]),
                  ("Tinh bột nghệ đỏ, hộp 100 g", "hộp", 0.1, 65000, 5000, [6000, 6600, 7200])],
        hist=[(2000, 480000), (2200, 500000), (2400, 520000)],
        raws=[("Củ nghệ đỏ tươi", "kg", 16, 6000)],
        own=("ruộng nghệ của các thành viên", 40, "sào", 1000),
        buy=("tạ", 100, [("Thôn Trung Hòa", 11, 60), ("Thôn Thượng Bình", 9, 55), ("Thôn Nam Sơn", 8, 45)]),
        cap=(12, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rửa, nghiền, lọc, sấy", [3, 3, 3]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.0, energy=25000,
        inv=[("Nhà xưởng chế biến 150 m²", 350, True), ("Máy rửa, máy nghiền nghệ liên hoàn", 180, True),
             ("Máy ly tâm, bể lắng lọc inox", 220, True), ("Máy sấy bơm nhiệt", 200, True),
             ("Bao bì, nhãn", 30, False), ("Kiểm nghiệm, công bố sản phẩm", 30, False),
             ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.015, other=50,
        pack_label="Hũ, hộp, nhãn"),
    "fe07": dict(
        unit="chiếc",
        products=[("Bánh đa vừng đen nướng sẵn, túi 5 chiếc", "túi", 5, 40000, 2500, [30000, 33000, 36000]),
                  ("Bánh đa vừng đen chưa nướng, túi 10 chiếc", "túi", 10, 55000, 2000, [18000, 20000, 22000])],
        hist=[(260000, 6000), (280000, 6200), (300000, 6400)],
        raws=[("Gạo tẻ", "kg", 0.05, 15000), ("Vừng đen", "kg", 0.006, 80000)],
        own=None,
        buy=("tạ", 100, [("Hợp tác xã Nông nghiệp Tùng Lộc", 1, 120), ("Thôn Thịnh Xá", 9, 60),
                         ("Thôn Đông Thành", 8, 50), ("Thôn Hậu Lộc", 6, 40)]),
        cap=(1200, 280),
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Tráng, phơi, nướng bánh", [4, 4, 4]),
               ("Đóng gói", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=5.5, energy=250,
        inv=[("Kho nguyên liệu và thành phẩm 100 m²", 280, True),
             ("Sân phơi có mái che lấy sáng", 150, True), ("Máy rang vừng", 60, True),
             ("Máy đóng gói, hàn miệng túi tự động", 160, True), ("Xe tải nhỏ giao hàng", 250, True),
             ("Thiết kế bao bì, nhãn, mã vạch", 50, False), ("Vốn lưu động", 360, False)],
        src=[("Vốn chủ sở hữu", 580), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.09, sell=0.06, tax=0.015, other=60,
        pack_label="Túi, thùng carton, nhãn"),
    "fe08": dict(
        unit="sản phẩm",
        products=[("Tượng gỗ mít linh vật để bàn", "cái", 1, 1200000, 20000, [800, 880, 960]),
                  ("Hộp gỗ hương khắc hoa văn đựng trà", "cái", 1, 450000, 12000, [2000, 2200, 2400]),
                  ("Tranh gỗ khắc chữ thư pháp", "bức", 1, 1500000, 30000, [400, 440, 480])],
        hist=[(2600, 690000), (2800, 700000), (3000, 720000)],
        raws=[("Gỗ mít, gỗ hương xẻ", "m³", 0.015, 8000000), ("Sơn PU, dầu bóng, giấy nhám", "lít", 0.15, 120000)],
        own=None,
        buy=("khối", 1, [("Xưởng xẻ gỗ rừng trồng Đức Lạng", 1, 35), ("Hộ trồng mít các thôn Yên Trung, Yên Hòa", 12, 30)]),
        cap=(14, 300),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Thợ đục, chạm", [8, 8, 8]),
               ("Chà nhám, sơn, hoàn thiện", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=7.0, energy=15000,
        inv=[("Máy cưa lọng, máy bào, máy khoan đục", 150, True), ("Máy chà nhám, máy phun sơn", 90, True),
             ("Nhà xưởng chung 120 m²", 200, True), ("Máy CNC khắc gỗ 2D", 250, True),
             ("Vốn lưu động", 210, False)],
        src=[("Vốn góp của các hộ", 500), ("Vay Ngân hàng Chính sách xã hội (các hộ đứng tên)", 400)],
        life=8, loan=[400, 300, 200], rate=0.066, sell=0.06, tax=0.01, other=50,
        pack_label="Hộp, túi vải, xốp chèn"),
    "fe09": dict(
        unit="lít",
        products=[("Nước cam ép nguyên chất, chai 330 ml", "chai", 0.33, 35000, 5500, [60000, 66000, 72000]),
                  ("Nước cam ép nguyên chất, chai 1 lít", "chai", 1, 95000, 9000, [8000, 9000, 10000])],
        hist=[(20000, 92000), (23000, 95000), (26000, 98000)],
        raws=[("Cam quả tươi", "kg", 2.5, 10000)],
        own=("vườn cam của công ty", 3, "ha", 14000),
        buy=("tạ", 100, [("Thôn Thống Nhất", 12, 120), ("Thôn Kim Sơn", 10, 100), ("Thôn Minh Lạc", 8, 80)]),
        cap=(120, 300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ép, thanh trùng", [4, 4, 5]),
               ("Chiết rót, đóng gói", [2, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0, energy=3000,
        inv=[("Nhà xưởng chế biến 150 m²", 450, True), ("Máy rửa, máy ép, máy lọc cam", 300, True),
             ("Thiết bị thanh trùng, chiết rót, đóng nắp", 350, True), ("Kho lạnh 40 m³", 200, True),
             ("Bao bì, nhãn, tem QR", 60, False), ("Vốn lưu động", 440, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 900)],
        life=10, loan=[900, 700, 500], rate=0.085, sell=0.08, tax=0.015, other=60,
        pack_label="Chai, nắp, nhãn, thùng"),
    "fe10": dict(
        unit="kg",
        products=[("Mật ong hoa tràm, chai 500 ml (0,7 kg)", "chai", 0.7, 180000, 8000, [4000, 9000, 11000]),
                  ("Mật ong hoa keo, chai 1 lít (1,4 kg)", "chai", 1.4, 330000, 10000, [1500, 3300, 4100])],
        hist=[(3400, 240000), (3800, 245000), (4200, 250000)],
        raws=[("Mật ong thô", "kg", 1.05, 100000)],
        own=("đàn ong của gia đình", 250, "đàn", 15),
        buy=("can", 28, [("Thôn Tân Thành", 20, 160), ("Thôn Tân Hòa", 18, 140), ("Thôn Hợp Tiến", 12, 110)]),
        cap=(60, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Lọc, hạ thủy phần, đóng chai", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=2000,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True), ("Bồn inox, máy lọc", 60, True),
             ("Phòng đóng chai 20 m²", 80, True), ("Thiết kế bao bì", 30, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.015, other=30,
        pack_label="Chai, nắp, thùng carton"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fe05": {"rev_line": (0, 1, 1.12)},              # 2028 bottle revenue line x 1,12; total follows
    "fe06": {"src": [("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)]},  # sources 1.050 against investment 1.230
    "fe07": {"inv_total": 0.90, "over_capacity": True},  # investment total written 10 % low; output > 336.000
    "fe08": {"profit": (1, 1.30)},                   # 2028 profit in the summary x 1,30
    "fe09": {"shortfall": True, "payback": 1.5},     # need 76.950 / 84.400 kg vs 72.000; payback 1,5 years
    "fe10": {"growth": True},                        # output x 2,2 in 2028 with the same staff and channels
}
# the date each plan is signed (day, month, year)
DATES = {"fe01": (12, 11, 2026), "fe02": (20, 1, 2027), "fe03": (15, 9, 2026), "fe04": (8, 3, 2027),
         "fe05": (15, 10, 2026), "fe06": (22, 9, 2026), "fe07": (5, 12, 2026), "fe08": (18, 2, 2027),
         "fe09": (10, 8, 2026), "fe10": (25, 11, 2026), "fe11": (14, 7, 2026), "fe12": (3, 3, 2027)}
READY = ("fe01", "fe02", "fe03", "fe04")
REVISE = ("fe05", "fe06", "fe07", "fe08", "fe09", "fe10")
STEMS = {
    "fe01": "fe01_nuoc_mam_ca_com_loc_ha_cty",
    "fe02": "fe02_ruou_nep_cai_duc_tho_htx",
    "fe03": "fe03_tra_che_vang_cam_lac_htx",
    "fe04": "fe04_tui_coi_co_dam_tht",
    "fe05": "fe05_ruou_nep_than_dong_tien_hkd",
    "fe06": "fe06_tinh_bot_nghe_tu_my_htx",
    "fe07": "fe07_banh_da_vung_tung_loc_cty",
    "fe08": "fe08_tuong_go_duc_quang_nhom_ho",
    "fe09": "fe09_nuoc_cam_ep_vu_quang_cty",
    "fe10": "fe10_mat_ong_hoa_tram_ky_xuan_hkd",
    "fe11": "fe11_banh_ram_gia_hanh_so_sai",
    "fe12": "fe12_non_la_huong_do_so_sai",
}


# --------------------------------------------------------------------------- the model
def model(key: str) -> SimpleNamespace:
    """Every number of plan `key`: the true values and, where a defect is planted, the printed ones."""
    c = PLANS[key]
    d = PLANTED.get(key, {})
    m = SimpleNamespace(key=key, c=c, unit=c["unit"])
    m.packs = [p[5] for p in c["products"]]
    m.out = [sum(p[5][y] * p[2] for p in c["products"]) for y in range(3)]
    m.rev_line = [[p[5][y] * p[3] / 1e6 for y in range(3)] for p in c["products"]]
    m.rev = [sum(line[y] for line in m.rev_line) for y in range(3)]
    m.hist_out = [h[0] for h in c["hist"]]
    m.hist_price = [h[1] for h in c["hist"]]
    m.hist_rev = [h[0] * h[1] / 1e6 for h in c["hist"]]
    m.need = [[m.out[y] * r[2] for y in range(3)] for r in c["raws"]]
    own = c["own"]
    m.own = own[1] * own[3] if own else 0.0
    unit, conv, rows = c["buy"]
    m.buy_rows = [(v, hh, q, q * conv) for v, hh, q in rows]
    m.buy = sum(r[3] for r in m.buy_rows)
    m.buy_units = sum(r[2] for r in m.buy_rows)
    m.buy_hh = sum(r[1] for r in m.buy_rows)
    m.supply = m.own + m.buy
    m.cap = c["cap"][0] * c["cap"][1]
    m.staff = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m.inv_total = sum(i[1] for i in c["inv"])
    m.fixed = sum(i[1] for i in c["inv"] if i[2])
    m.dep = m.fixed / c["life"]
    m.src = d.get("src", c["src"])
    m.src_total = sum(s[1] for s in m.src)
    m.interest = [b * c["rate"] for b in c["loan"]]
    # cost lines (triệu)
    m.raw_cost = [[m.need[i][y] * r[3] / 1e6 for y in range(3)] for i, r in enumerate(c["raws"])]
    m.pack = [sum(p[5][y] * p[4] for p in c["products"]) / 1e6 for y in range(3)]
    m.wages = [m.staff[y] * c["wage"] * 12 for y in range(3)]
    m.energy = [m.out[y] * c["energy"] / 1e6 for y in range(3)]
    # printed revenue (a planted line error changes the line, the total and what follows from it)
    m.p_rev_line = [list(x) for x in m.rev_line]
    if "rev_line" in d:
        i, y, f = d["rev_line"]
        m.p_rev_line[i][y] = m.rev_line[i][y] * f
    m.p_rev = [sum(line[y] for line in m.p_rev_line) for y in range(3)]
    m.sell = [m.p_rev[y] * c["sell"] for y in range(3)]
    m.tax = [m.p_rev[y] * c["tax"] for y in range(3)]
    m.other = [c["other"]] * 3
    m.cost = [sum(x[y] for x in m.raw_cost) + m.pack[y] + m.wages[y] + m.energy[y] + m.dep
              + m.interest[y] + m.sell[y] + m.tax[y] + m.other[y] for y in range(3)]
    # true revenue-based lines (for the true profit of a plan whose revenue is misprinted)
    t_sell = [m.rev[y] * c["sell"] for y in range(3)]
    t_tax = [m.rev[y] * c["tax"] for y in range(3)]
    m.t_cost = [m.cost[y] - m.sell[y] - m.tax[y] + t_sell[y] + t_tax[y] for y in range(3)]
    m.t_profit = [m.rev[y] - m.t_cost[y] for y in range(3)]
    m.profit = [m.p_rev[y] - m.cost[y] for y in range(3)]           # consistent with printed rows
    m.p_profit = list(m.profit)
    if "profit" in d:
        y, f = d["profit"]
        m.p_profit[y] = m.profit[y] * f
    m.margin = [m.profit[y] / m.p_rev[y] * 100 for y in range(3)]
    m.p_margin = [m.p_profit[y] / m.p_rev[y] * 100 for y in range(3)]
    m.avg_profit = sum(m.profit) / 3
    m.p_avg_profit = sum(m.p_profit) / 3
    m.t_avg_profit = sum(m.t_profit) / 3
    # the printed investment total, and the base of the printed payback
    m.p_inv_total = m.inv_total * d["inv_total"] if "inv_total" in d else m.inv_total
    m.p_inv_total = round(m.p_inv_total / 10) * 10
    m.payback = m.inv_total / (m.t_avg_profit + m.dep)              # the true payback
    m.p_payback = d.get("payback", round(m.p_inv_total / (m.p_avg_profit + m.dep), 1))
    return m


# --------------------------------------------------------------------------- reading the plans
# each table is found by the title of its caption "Bảng N. <title>" (N follows the plan's order)
CAPTIONS = {
    "hist": "Kết quả sản xuất kinh doanh", "prod": "Sản phẩm, quy cách", "plan": "Kế hoạch sản lượng",
    "buy": "(Thu mua|Khả năng thu mua)", "bal": "Cân đối nguyên liệu", "staff": "Lao động theo bộ phận",
    "inv": "Tổng vốn đầu tư", "src": "Nguồn vốn", "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất kinh doanh", "sum": "Tổng hợp hiệu quả", "papers": "(Hồ sơ pháp lý|Giấy tờ)",
    "sched": "Tiến độ",
}
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, key: str) -> list[list[str]]:
        """The rows (header included) of the table right after its caption "Bảng N. <title>"."""
        lines = self.body.splitlines()
        caption = re.compile(r"Bảng \d+\. " + CAPTIONS[key])
        for i, line in enumerate(lines):
            if caption.match(line.strip()):
                out, started = [], False
                for ln in lines[i + 1:]:
                    s = ln.strip()
                    if s.startswith("|"):
                        started = True
                        if re.fullmatch(r"\|[-| :]+\|", s):
                            continue
                        out.append([c.strip() for c in s.strip("|").split("|")])
                    elif started:
                        break
                    elif s and not s.startswith("ĐVT") and not s.startswith("Đơn vị"):
                        break
                return out
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        """The last n numbers of the first row of `rows` whose first or second cell starts with label."""
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got:g}, computed {want:g}")

    def wrong(self, got: float, want: float, what: str) -> None:
        if not off(got, want):
            self.failures.append(f"{what} should be planted wrong by > 5 %: plan {got:g}, true {want:g}")

    def eq3(self, got: list[float], want: list[float], what: str) -> None:
        for y in range(3):
            self.eq(got[y], want[y], f"{what} {YEARS[y]}")


def check_full(p: Plan, m: SimpleNamespace) -> None:
    c, d = m.c, PLANTED.get(m.key, {})
    # 1. history
    t = p.table("hist")
    p.eq3(p.trow(t, "Sản lượng"), m.hist_out, "history output")
    p.eq3(p.trow(t, "Giá bán bình quân"), m.hist_price, "history price")
    p.eq3(p.trow(t, "Doanh thu"), m.hist_rev, "history revenue")
    if "growth" not in d:
        p.check(m.out[0] <= m.hist_out[2] * 1.20, f"2027 output {m.out[0]} > 2026 + 20 %")
    # 2. products and prices
    t = p.table("prod")
    for prod in c["products"]:
        p.eq(p.trow(t, prod[0], 1)[0], prod[3], f"price of {prod[0]}")
    # production plan
    t = p.table("plan")
    for prod in c["products"]:
        p.eq3(p.trow(t, prod[0]), prod[5], f"packs of {prod[0]}")
    p.eq3(p.trow(t, "Tổng sản lượng"), m.out, "output")
    # purchase by village
    t = p.table("buy")
    for v, hh, q, conv in m.buy_rows:
        got = p.trow(t, v, 3)
        p.eq(got[0], hh, f"households {v}")
        p.eq(got[1], q, f"local units {v}")
        p.eq(got[2], conv, f"converted {v}")
    got = p.trow(t, "Tổng cộng", 3)
    p.eq(got[0], m.buy_hh, "households total")
    p.eq(got[1], m.buy_units, "local units total")
    p.eq(got[2], m.buy, "purchase total")
    # raw-material balance
    t = p.table("bal")
    p.eq3(p.trow(t, "Nhu cầu"), m.need[0], "raw need")
    if m.c["own"]:
        p.eq3(p.trow(t, "Tự "), [m.own] * 3, "own supply")
    p.eq3(p.trow(t, "Thu mua"), [m.buy] * 3, "purchase")
    p.eq3(p.trow(t, "Tổng nguồn cung"), [m.supply] * 3, "supply")
    if d.get("shortfall"):
        p.check(any(m.need[0][y] > m.supply * 1.05 for y in range(3)), "shortfall not > 5 %")
        p.check(not any(r and r[0].startswith("Cân đối") or (len(r) > 1 and r[1].startswith("Cân đối"))
                        for r in t), "the shortfall plan should print no balance row")
    else:
        p.eq3(p.trow(t, "Cân đối"), [m.supply - m.need[0][y] for y in range(3)], "balance")
        p.check(all(m.need[0][y] <= m.supply for y in range(3)), "need above supply")
    # capacity
    if d.get("over_capacity"):
        p.check(m.out[1] > m.cap * 1.05 and m.out[2] > m.cap * 1.05, "capacity defect not > 5 %")
    else:
        p.check(all(o <= m.cap for o in m.out), f"output above capacity {m.cap}")
    # staff
    t = p.table("staff")
    for label, n in c["roles"]:
        p.eq3(p.trow(t, label), n, f"staff {label}")
    p.eq3(p.trow(t, "Tổng số lao động"), m.staff, "staff total")
    # investment and sources
    t = p.table("inv")
    for label, v, _ in c["inv"]:
        p.eq(p.trow(t, label, 1)[0], v, f"investment {label}")
    tot = p.trow(t, "Tổng cộng", 1)[0]
    if "inv_total" in d:
        p.wrong(tot, m.inv_total, "investment total")
        p.eq(tot, m.p_inv_total, "printed investment total")
    else:
        p.eq(tot, m.inv_total, "investment total")
    t = p.table("src")
    for label, v in m.src:
        got = p.trow(t, label, 2)
        p.eq(got[0], v, f"source {label}")
        p.eq(got[1], v / m.src_total * 100, f"share {label}")
    p.eq(p.trow(t, "Tổng cộng", 2)[0], m.src_total, "sources total")
    if "src" in d:
        p.wrong(m.src_total, m.inv_total, "sources against investment")
    else:
        p.eq(m.src_total, m.p_inv_total, "sources = investment")
    # revenue
    t = p.table("rev")
    for i, prod in enumerate(c["products"]):
        got = p.trow(t, prod[0])
        for y in range(3):
            if "rev_line" in d and d["rev_line"][:2] == (i, y):
                p.wrong(got[y], m.rev_line[i][y], f"revenue line {prod[0]} {YEARS[y]}")
                p.eq(got[y], m.p_rev_line[i][y], "printed revenue line")
            else:
                p.eq(got[y], m.rev_line[i][y], f"revenue {prod[0]} {YEARS[y]}")
    got = p.trow(t, "Tổng doanh thu")
    for y in range(3):
        if "rev_line" in d and d["rev_line"][1] == y:
            p.wrong(got[y], m.rev[y], f"revenue total {YEARS[y]}")
        p.eq(got[y], m.p_rev[y], f"printed revenue total {YEARS[y]}")
    # cost
    t = p.table("cost")
    for i, r in enumerate(c["raws"]):
        p.eq3(p.trow(t, r[0]), m.raw_cost[i], f"cost {r[0]}")
    p.eq3(p.trow(t, c["pack_label"]), m.pack, "packaging")
    p.eq3(p.trow(t, "Tiền lương"), m.wages, "wages")
    p.eq3(p.trow(t, "Điện, nước"), m.energy, "energy")
    p.eq3(p.trow(t, "Khấu hao"), [m.dep] * 3, "depreciation")
    p.eq3(p.trow(t, "Lãi vay"), m.interest, "interest")
    p.eq3(p.trow(t, "Bán hàng"), m.sell, "selling")
    p.eq3(p.trow(t, c.get("tax_label", "Thuế")), m.tax, "tax")
    p.eq3(p.trow(t, "Quản lý, chi phí khác"), m.other, "other")
    p.eq3(p.trow(t, "Tổng chi phí"), m.cost, "cost total")
    # summary
    t = p.table("sum")
    p.eq3(p.trow(t, "Doanh thu"), m.p_rev, "summary revenue")
    p.eq3(p.trow(t, "Tổng chi phí"), m.cost, "summary cost")
    got = p.trow(t, "Lợi nhuận")
    for y in range(3):
        if "profit" in d and d["profit"][0] == y:
            p.wrong(got[y], m.profit[y], f"profit {YEARS[y]}")
            p.eq(got[y], m.p_profit[y], "printed profit")
        else:
            p.eq(got[y], m.profit[y], f"profit {YEARS[y]}")
    p.eq3(p.trow(t, "Tỷ suất lợi nhuận"), m.p_margin, "margin")
    for y in range(3):
        p.check(0 < m.t_profit[y] / m.rev[y] * 100 < 40, f"true margin {YEARS[y]} out of 0-40 %")
    # payback as printed
    txt = f"khoảng {fmt(m.p_payback, 1)} năm"
    p.has(txt)
    if "payback" in d:
        p.wrong(m.p_payback, m.payback, "payback")
    elif {"inv_total", "profit", "rev_line"} & set(d):
        pass  # a knock-on of the planted defect: the printed payback follows the printed figures
    else:
        p.eq(m.p_payback, m.payback, "payback", tol=0.05)
    # growth
    for y in (1, 2):
        g = m.rev[y] / m.rev[y - 1] - 1
        if "growth" in d:
            continue
        p.check(g < 0.31, f"revenue growth {YEARS[y]} {g:.0%}")
    g0 = m.rev[0] / m.hist_rev[2] - 1
    if "growth" not in d:
        p.check(g0 < 0.31, f"revenue growth 2027 on 2026 {g0:.0%}")
    # the captions are numbered 1..N in the order they appear; a full plan has 12-15 tables
    nums = [int(n) for n in re.findall(r"^Bảng (\d+)\. ", p.body, flags=re.M)]
    p.check(nums == list(range(1, len(nums) + 1)), f"table numbers out of order: {nums}")
    p.check(12 <= len(nums) <= 15 and len(nums) == p.body.count("\n| --- ") + p.body.count("\n|---"),
            f"{len(nums)} captions")
    p.lacks(PLACEHOLDER, "template placeholder")


def fmt(x: float, dec: int = 1) -> str:
    """Vietnamese number: dotted thousands, decimal comma, `dec` decimals unless whole."""
    if abs(x - round(x)) < 0.05 and dec <= 1:
        s = f"{round(x):,}"
        return s.replace(",", ".")
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    p.lacks(REPLACED, "replaced or lapsed instrument")
    p.lacks(DISTRICT_OCOP, "district-level OCOP body")
    p.has("Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh")
    p.has("nhãn hiệu", "truy xuất")
    p.check(bool(re.search(r"tiêu chuẩn cơ sở|TCCS", p.body)), "no product standard")
    p.check(bool(re.search(r"phiếu kết quả thử nghiệm|kết quả kiểm nghiệm", p.body, re.I)), "no test report")
    p.check(bool(re.search(r"[Mm]ôi trường", p.body)), "no environment paragraph")
    # every "đến dd/mm/yyyy" of the papers table is after the plan's date, and a paper that ends
    # inside the planning period has its renewal (or re-evaluation) in the schedule
    t = p.table("papers")
    pd, pm, py = DATES[p.key]
    p.check(bool(re.search(rf"ngày 0?{pd} tháng 0?{pm} năm {py}", p.body)), "the plan's date")
    for r in t[1:]:
        for dd, mm, yy in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", " ".join(r)):
            p.check((int(yy), int(mm), int(dd)) > (py, pm, pd), f"paper lapsed before the plan: {r[1]}")
            if int(yy) <= 2029:
                sched = " ".join(" ".join(x) for x in p.table("sched"))
                p.check(bool(re.search(r"[Gg]ia hạn|[Cc]ấp lại|[Đđ]ánh giá lại", sched)),
                        f"paper to {yy} without a renewal in the schedule: {r[1]}")
    # papers of the former district are allowed, but only issued before 1/7/2025
    for r in t[1:]:
        line = " ".join(r)
        if "huyện" in line:
            ys = [int(y) for y in re.findall(r"\d{1,2}/\d{1,2}/(\d{4})", line)]
            p.check(bool(ys) and min(ys) <= 2025, f"district paper with no date before 2025: {r[1]}")


def check_text(p: Plan, key: str, m: SimpleNamespace | None) -> None:
    """The textual defects (and the words that must stay out), plan by plan."""
    b = p.body
    if key == "fe01":
        p.has("xã Thạch Kim, huyện Lộc Hà", "xã Lộc Hà", "UBND huyện Lộc Hà", "đến 25/12/2027")
        # 50 existing tanks x 600 l carry 2027; the 10 new tanks (60 in all) carry 2028-2029
        p.check(m.out[0] <= 50 * 600, "2027 output above the 50 existing tanks")
        p.has("50 bể composite 5 m³", "30.000 lít/năm")
    if key == "fe02":
        p.has("Giấy phép sản xuất rượu thủ công", "xã Tùng Ảnh, huyện Đức Thọ", "UBND xã Đức Thọ",
              "44/2019/QH14", "đăng ký môi trường")
    if key == "fe03":
        p.has("xã Cẩm Mỹ, huyện Cẩm Xuyên", "xã Cẩm Lạc", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    if key == "fe04":
        p.has("xã Xuân Liên, huyện Nghi Xuân", "xã Cổ Đạm", "không phải là thực phẩm", "tổ hợp tác")
        # capacity with 10 weavers in 2027 (66 a day) and 12 in 2029 (75 a day)
        p.check(m.out[0] <= 66 * m.c["cap"][1], "2027 output above the 10-weaver capacity")
        p.has(f"{fmt(66 * m.c['cap'][1])} sản phẩm")
    if key == "fe05":
        # no-alcohol-license: the district licence ran 5 years from 18/3/2021 and lapsed on 18/3/2026;
        # the plan (10/2026) treats it as current and plans no renewal or new licence
        p.has("18/3/2021", "18/3/2026", "UBND huyện Thạch Hà")
        p.lacks(r"gia hạn|cấp lại|cấp mới giấy phép|xin cấp giấy phép|đề nghị cấp giấy phép|hết hạn|hết hiệu lực",
                "a renewal of the alcohol licence")
        # figure-inconsistent: the family's glutinous-rice fields
        p.has("1,5 ha ruộng nếp than", "2,5 ha ruộng nếp than")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key == "fe06":
        # outdated-policy: criteria of QĐ 1048 / 781, district OCOP council and district support in 2027
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Hương Sơn")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "the current OCOP decisions")
        # no-quality-control
        p.lacks(r"truy xuất|kiểm soát nội bộ|nội kiểm|nhật ký|mã lô|số lô|\blô\b|QR|\btem\b|mã vạch|HACCP|ISO",
                "a quality-control or traceability word")
        p.has("bảo đảm đủ vốn")
    if key == "fe07":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|HACCP|ISO 22000|cam kết sản xuất",
                "a food-safety word")
        p.has("Hai máy tráng bánh", "1.200 chiếc/ngày", "600 chiếc/ngày")
        p.check(m.c["cap"] == (1200, 280) and all(r[1] == [4, 4, 4] for r in m.c["roles"][1:2]),
                "capacity defect: the machines and the bakers stay the same")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key == "fe08":
        p.lacks(r"môi trường|bụi|chất thải|xử lý|mùn cưa|dung môi|khẩu trang|thông gió|phòng cháy|tiếng ồn",
                "an environmental word")
        p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|mã số thuế|mã số hợp tác|tổ hợp tác|hợp tác xã|"
                r"giấy chứng nhận đăng ký|công ty", "a business registration")
        p.has("thỏa thuận miệng")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key == "fe09":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu (chất lượng|an toàn|vi sinh|lý|hóa|cảm quan)",
                "a product-standard word")
        p.has("đủ nguyên liệu")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key == "fe10":
        p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch|ghi trên bao bì", "a label word")
        p.has("Trại ong Hồng Phúc")
        # unrealistic-growth: output more than doubles in 2028 with the same staff
        p.check(m.out[1] > 2 * m.out[0] and m.staff[0] == m.staff[1] == m.staff[2], "growth defect")
        p.check(m.out[1] <= m.cap and m.need[0][2] <= m.supply, "growth plan must stay within capacity and supply")
        p.check(b.count("Trại ong Kỳ Tân") >= 4, "the producer's own name should dominate")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.findall(r"\w+", re.sub(r"^#+.*$", "", p.body, flags=re.M)))
    p.check(150 <= words <= 320, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|nhãn hiệu|truy xuất", "a paper the sketchy plan should lack")
    if key == "fe11":
        p.has("25.000 đồng", "40 chục")
    if key == "fe12":
        p.has("60.000 đồng", "1.500 chiếc")


def main() -> int:
    plans = []
    only = sys.argv[1:]
    for key, stem in STEMS.items():
        if only and key not in only:
            continue
        p = Plan(stem)
        p.key = key
        if key in PLANS:
            m = model(key)
            check_full(p, m)
            if key in READY:
                check_ready(p)
        else:
            check_sketchy(p, key)
        check_text(p, key, model(key) if key in PLANS else None)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
