"""The 152nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout152/arithmetic.py

Theme: financing-heavy plans. Every full plan (ew01-ew10) borrows (Ngân hàng Chính sách xã hội,
Agribank or another bank, the provincial cooperative-development fund, the farmers' support fund)
and shows a loan table (amount, term, grace, rate), a repayment schedule year by year (opening
balance, principal, interest, closing balance, totals), depreciation (in the investment table or a
table of its own), a cost table that carries depreciation and interest, a summary with the cash
flow (profit + depreciation - principal) and the payback worked out in the text. From the
constants this script recomputes: output = sum of packs x size; history revenue = output x average
price; raw-material need = output x norm against own + contracted supply; output against capacity;
staff; investment items and their total; sources, their shares and their total against the
investment; the loan schedule (equal principal instalments after the grace years, interest on the
opening balance); depreciation = value / life per item; every revenue line (packs x price); every
cost line; profit = revenue - cost; margin; cash flow; payback = investment / (average profit +
depreciation); growth. Each figure is read back from the plan's source (tables found by a word of
their caption "Bảng N. ...") and compared: planted numeric defects must be wrong by more than 5 %
(the true value is computed beside them), every other number right within 1 % (or 0,11 triệu).
Textual defects are asserted through the presence or absence of their words. Sketchy plans:
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

YEARS = (2027, 2028, 2029)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|\bhuyện\b|"
            r"Sở Kế hoạch|Sở Nông nghiệp và Phát triển nông thôn|Sở Tài nguyên")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output, average price đ per base unit, profit triệu, workers) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity per year, unit, yield of the first raw per unit and year) or None
# contracts: (partner, kg or unit of the first raw a year)
# cap: (per day or per batch, days or batches a year)
# roles: (role, staff per year); wage triệu per person and month; energy đ per base unit
# inv: (label, triệu, life in years; 0 = not depreciated)
# src: (label, triệu); loans: (lender, triệu, term years, grace years, rate)
# sell, tax: shares of revenue; ttdb: excise share of revenue per year (alcohol); other: triệu a year
# own_cost: (label, đ per own unit a year); buy: (label, đ per raw unit bought = need - own)
PLANS: dict[str, dict] = {
    "ew01": dict(
        unit="kg",
        products=[("Kẹo cu đơ thanh, gói 250 g", "gói", 0.25, 40000, 2500, [36000, 40000, 44000]),
                  ("Kẹo cu đơ hộp quà, hộp 500 g", "hộp", 0.5, 90000, 9000, [9000, 10000, 11000]),
                  ("Kẹo cu đơ lát mỏng, túi 300 g", "túi", 0.3, 50000, 3000, [10000, 11000, 12000])],
        hist=[(12500, 155000, 262, 8), (13800, 158000, 298, 9), (14800, 162000, 331, 9)],
        raws=[("Lạc nhân", "kg", 0.42, 55000), ("Mật mía, mạch nha", "kg", 0.5, 22000),
              ("Bánh đa nướng", "kg", 0.08, 60000), ("Gừng tươi, vừng", "kg", 0.03, 80000)],
        own=("lạc của các hộ thành viên", [5, 5, 5], "ha", 1500),
        contracts=[("Tổ hợp tác trồng lạc thôn Đồng Quang", 2000), ("Hộ kinh doanh nông sản Lê Thị Sen", 1500)],
        cap=(75, 290),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu mật, cán, cắt kẹo", [5, 6, 6]),
               ("Đóng gói, kiểm tra", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=6.0, energy=8000,
        inv=[("Mở rộng xưởng nấu kẹo và phòng đóng gói 120 m²", 420, 15),
             ("Dây chuyền nấu mật, cán, cắt kẹo bán tự động", 480, 10),
             ("Máy rang lạc, máy tách vỏ lụa", 160, 8), ("Máy đóng gói, máy in hạn sử dụng", 120, 8),
             ("Thiết kế bao bì, mã vạch, tem truy xuất, công bố sản phẩm", 60, 3),
             ("Vốn lưu động", 360, 0)],
        src=[("Vốn góp của thành viên hợp tác xã", 500),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)", 600),
             ("Vay Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", 300),
             ("Kinh phí khuyến công hỗ trợ dây chuyền", 200)],
        loans=[("Agribank chi nhánh Hà Tĩnh", 600, 5, 1, 0.078),
               ("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Hà Tĩnh", 300, 3, 0, 0.054)],
        sell=0.06, tax=0.015, other=60),
    "ew02": dict(
        unit="lít",
        products=[("Rượu nếp cái 29 % vol, chai 500 ml", "chai", 0.5, 200000, 22000, [14000, 16000, 18000]),
                  ("Rượu nếp cái 35 % vol, bình sứ 1 lít", "bình", 1, 550000, 85000, [1800, 2100, 2400]),
                  ("Rượu nếp cái 29 % vol, can 2 lít", "can", 2, 340000, 12000, [900, 1000, 1100])],
        hist=[(8400, 340000, 142, 6), (9000, 350000, 161, 7), (9500, 360000, 178, 7)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.4, 30000), ("Men lá", "kg", 0.02, 150000)],
        own=None,
        contracts=[("Hợp tác xã Nông nghiệp Xuân Viên (8 ha nếp cái)", 12000),
                   ("Tổ hợp tác lúa nếp thôn Phúc An (5 ha)", 8000)],
        cap=(50, 300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Lọc, hạ thổ, chiết chai", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=6.5, energy=6000,
        inv=[("Nhà ủ và kho hạ thổ rượu 100 m²", 360, 15), ("Hai nồi chưng cất inox 150 lít/mẻ, tháp làm lạnh", 260, 10),
             ("Hệ thống lọc tách an-đê-hít, bồn inox", 220, 10), ("Máy chiết rót, đóng nút, dán nhãn", 180, 8),
             ("Bể thu gom nước thải, hầm biogas", 90, 10),
             ("Thiết kế bao bì, kiểm nghiệm, đăng ký nhãn hiệu", 60, 3), ("Vốn lưu động", 430, 0)],
        src=[("Vốn chủ sở hữu của công ty", 800),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)", 800)],
        loans=[("Agribank chi nhánh Hà Tĩnh", 800, 5, 1, 0.082)],
        sell=0.05, tax=0.01, ttdb=[0.412, 0.429, 0.444], other=50),
    "ew03": dict(
        unit="sản phẩm",
        products=[("Hộp đựng trà gỗ mít khắc hoa văn", "hộp", 1, 280000, 15000, [2000, 2300, 2600]),
                  ("Khay trà gỗ keo ghép, bộ 2 chiếc", "bộ", 1, 350000, 18000, [1500, 1700, 1900]),
                  ("Tượng linh vật gỗ mít cao 20 cm", "tượng", 1, 650000, 25000, [600, 700, 800])],
        hist=[(3100, 330000, 118, 7), (3400, 340000, 139, 7), (3700, 350000, 158, 8)],
        raws=[("Gỗ keo, gỗ mít xẻ sấy", "m³", 0.006, 9000000), ("Sơn PU gốc nước, dầu lau", "lít", 0.06, 160000)],
        own=None,
        contracts=[("Xưởng xẻ gỗ rừng trồng Tân Phú", 20), ("Hộ trồng rừng keo Nguyễn Văn Lực", 15)],
        cap=(20, 290),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Thợ mộc, đục, chạm", [4, 5, 5]),
               ("Vận hành máy CNC, chà nhám", [2, 2, 2]), ("Sơn, đóng gói, bán hàng", [1, 1, 1])],
        wage=5.5, energy=5000,
        inv=[("Nhà xưởng mở rộng 150 m², kho gỗ có mái che", 300, 15), ("Máy CNC khắc gỗ 4 trục", 280, 10),
             ("Máy bào, cưa bàn trượt, máy chà nhám", 120, 8),
             ("Hệ thống hút bụi túi vải và buồng phun sơn màng nước", 110, 10),
             ("Lò sấy gỗ bằng hơi nhiệt 8 m³/mẻ", 90, 10),
             ("Thiết kế mẫu, bao bì, đăng ký nhãn hiệu, thử nghiệm", 45, 3), ("Vốn lưu động", 255, 0)],
        src=[("Vốn góp của các tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 500),
             ("Vay Quỹ Hỗ trợ nông dân tỉnh", 150), ("Kinh phí khuyến công hỗ trợ máy CNC", 150)],
        loans=[("Ngân hàng Chính sách xã hội (chương trình hỗ trợ tạo việc làm)", 500, 5, 1, 0.0792),
               ("Quỹ Hỗ trợ nông dân tỉnh Hà Tĩnh", 150, 3, 0, 0.06)],
        sell=0.06, tax=0.015, other=40),
    "ew04": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 110000, 9000, [9000, 10500, 12000]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 250000, 14000, [2400, 2800, 3200]),
                  ("Mật ong bánh tổ, hộp 300 g", "hộp", 0.3, 150000, 12000, [1000, 1200, 1400])],
        hist=[(5600, 215000, 172, 3), (6100, 222000, 196, 3), (6500, 230000, 214, 3)],
        raws=[("Mật ong thô", "kg", 1.06, 0)],
        own=("đàn ong ngoại của hộ", [300, 380, 450], "đàn", 22),
        contracts=[("Hộ nuôi ong Trần Văn Đông", 800), ("Hộ nuôi ong Phan Thị Lài", 700), ("Hộ nuôi ong Hồ Sỹ Tứ", 500)],
        own_cost=("Chi phí nuôi ong (đường bổ sung, thuốc, thay chúa, thuê bãi đặt ong)", 1200000),
        buy=("Mật ong thô mua của hộ liên kết", 95000),
        cap=(40, 260),
        roles=[("Chủ hộ, quản lý, kế toán", [1, 1, 1]), ("Chăm sóc đàn ong, khai thác", [2, 3, 3]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1]), ("Bán hàng", [0, 0, 1])],
        wage=6.0, energy=3000,
        inv=[("Mua thêm 150 đàn ong giống kèm thùng", 225, 5), ("Máy hạ thủy phần, máy quay mật inox", 180, 8),
             ("Phòng chiết rót, đóng gói 40 m²", 160, 10), ("Xe tải nhỏ chở thùng ong theo mùa hoa", 320, 8),
             ("Bao bì, kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 45, 3), ("Vốn lưu động", 170, 0)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)", 450),
             ("Vay Quỹ Hỗ trợ nông dân tỉnh", 100)],
        loans=[("Ngân hàng Chính sách xã hội", 100, 5, 1, 0.0792),
               ("Agribank chi nhánh Hà Tĩnh", 450, 5, 1, 0.078),
               ("Quỹ Hỗ trợ nông dân tỉnh Hà Tĩnh", 100, 3, 0, 0.06)],
        sell=0.05, tax=0.015, other=30),
    "ew05": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 35 độ đạm, chai 500 ml", "chai", 0.5, 75000, 9000, [16000, 18000, 20000]),
                  ("Nước mắm cá cơm 25 độ đạm, chai 1 lít", "chai", 1, 70000, 10000, [8000, 9000, 10000]),
                  ("Nước mắm cá cơm 20 độ đạm, can 5 lít", "can", 5, 220000, 12000, [1200, 1300, 1400])],
        hist=[(18500, 78000, 158, 7), (19800, 80000, 176, 7), (20500, 82000, 190, 8)],
        raws=[("Cá cơm tươi", "kg", 1.5, 14000), ("Muối hạt", "kg", 0.5, 4000)],
        own=("thuyền đánh cá của thành viên", [6, 6, 6], "thuyền", 5000),
        contracts=[("Tổ đoàn kết nghề cá thôn Hải Đông", 9000), ("Nậu vựa cá Trần Thị Hường", 6000)],
        cap=(320, 90),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, chăm chượp", [3, 3, 3]),
               ("Lọc, pha đấu, đóng chai", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=2000,
        inv=[("Nhà xưởng chượp mái tôn cách nhiệt 300 m²", 525, 15), ("30 bể chượp composite 2 m³", 360, 10),
             ("Hệ thống lọc, bơm inox, bồn pha đấu", 240, 10), ("Máy chiết rót, đóng nắp, in hạn sử dụng", 180, 8),
             ("Kho thành phẩm 60 m²", 150, 15), ("Bao bì, kiểm nghiệm, công bố, mã vạch", 45, 3),
             ("Vốn lưu động (mua cá vụ cá cơm)", 350, 0)],
        src=[("Vốn góp của thành viên hợp tác xã", 600),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)", 700),
             ("Vay Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", 300), ("Kinh phí khuyến công hỗ trợ", 100)],
        loans=[("Agribank chi nhánh Hà Tĩnh", 700, 5, 1, 0.08),
               ("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Hà Tĩnh", 300, 3, 0, 0.054)],
        sell=0.06, tax=0.015, other=60),
    "ew06": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng, hũ 200 g", "hũ", 0.2, 130000, 9000, [5000, 5600, 6200]),
                  ("Tinh bột nghệ vàng, túi 500 g", "túi", 0.5, 300000, 6000, [1000, 1150, 1300]),
                  ("Hộp quà tinh bột nghệ 2 hũ × 200 g", "hộp", 0.4, 280000, 25000, [800, 900, 1000])],
        hist=[(1400, 600000, 121, 4), (1550, 610000, 138, 4), (1650, 620000, 150, 5)],
        raws=[("Củ nghệ vàng tươi", "kg", 28, 7000)],
        own=("ruộng nghệ của hộ", [1.5, 1.5, 1.5], "ha", 25000),
        contracts=[("Thôn Yên Thịnh (18 hộ)", 16000), ("Thôn Bàu Mới (15 hộ)", 14000)],
        cap=(8, 300),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rửa, nghiền, lọc, lắng", [2, 2, 2]),
               ("Sấy, đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=25000,
        inv=[("Nhà sơ chế, lắng lọc và phòng sấy 80 m²", 225, 15),
             ("Máy rửa, máy nghiền nghệ tươi, máy ly tâm tách bã", 180, 8),
             ("Tủ sấy bơm nhiệt 100 kg/mẻ", 140, 8), ("Máy xay mịn, máy đóng hũ, hàn túi", 80, 8),
             ("Thiết kế bao bì, nhãn, mã QR", 30, 3), ("Vốn lưu động", 125, 0)],
        src=[("Vốn tự có của hộ", 330), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)", 350)],
        loans=[("Ngân hàng Chính sách xã hội", 100, 5, 1, 0.0792),
               ("Agribank chi nhánh Đức Thọ", 350, 5, 1, 0.08)],
        sell=0.05, tax=0.015, other=25),
    "ew07": dict(
        unit="kg",
        products=[("Chè búp khô, túi 200 g", "túi", 0.2, 60000, 3000, [15000, 17000, 19000]),
                  ("Chè búp khô đặc biệt, hộp 500 g", "hộp", 0.5, 190000, 15000, [2400, 2800, 3200]),
                  ("Chè xanh loại 2, túi 1 kg", "túi", 1, 160000, 4000, [1600, 1800, 2000])],
        hist=[(4600, 255000, 132, 8), (5000, 262000, 151, 8), (5300, 270000, 168, 8)],
        raws=[("Búp chè tươi", "kg", 4.5, 12000)],
        own=("nương chè của các tổ viên", [5, 5, 5], "ha", 6000),
        contracts=[("Hộ trồng chè thôn Khe Dầu (12 hộ)", 8000)],
        cap=(25, 300),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, vận chuyển búp", [3, 4, 4]),
               ("Sao, vò, sấy chè", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.5, energy=10000,
        inv=[("Xưởng chế biến chè 150 m²", 330, 15), ("Máy diệt men, máy vò, máy sao chè liên hoàn", 360, 10),
             ("Máy sấy chè băng tải", 180, 10), ("Máy hút chân không, máy đóng gói", 90, 8),
             ("Bao bì, công bố, kiểm nghiệm, mã QR", 45, 3), ("Vốn lưu động", 195, 0)],
        src=[("Vốn góp của các tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 400),
             ("Vay Quỹ Hỗ trợ nông dân tỉnh", 200), ("Kinh phí khuyến công hỗ trợ máy sao chè", 150)],
        loans=[("Ngân hàng Chính sách xã hội (chương trình hỗ trợ tạo việc làm)", 400, 5, 1, 0.0792),
               ("Quỹ Hỗ trợ nông dân tỉnh Hà Tĩnh", 200, 3, 0, 0.06)],
        sell=0.06, tax=0.015, other=40),
    "ew08": dict(
        unit="kg",
        products=[("Dưa lưới ruột cam loại 1, hộp quà 2 quả (3 kg)", "hộp", 3, 170000, 25000, [3600, 4600, 5000]),
                  ("Dưa lưới loại 1 bán lẻ", "kg", 1, 40000, 1500, [38000, 46000, 50000]),
                  ("Dưa lưới loại 2 bán buôn", "kg", 1, 20000, 300, [21200, 28200, 31000])],
        hist=[(46000, 33000, 236, 8), (54000, 34000, 281, 9), (58000, 35000, 312, 9)],
        raws=[("Dưa lưới quả thu hoạch", "kg", 1.03, 0)],
        own=("nhà màng của hợp tác xã", [10000, 10000, 10000], "m²", 8.4),
        contracts=[],
        own_cost=("Vật tư trồng (hạt giống, giá thể, phân bón, chế phẩm sinh học)", 75000),
        cap=(400, 300),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Chăm sóc, thu hoạch trong nhà màng", [6, 7, 8]),
               ("Phân loại, đóng hộp, giao hàng", [2, 2, 2])],
        wage=6.0, energy=1500,
        inv=[("Nhà màng mới 3.000 m² (khung thép mạ kẽm, màng PE)", 1050, 10),
             ("Hệ thống tưới nhỏ giọt, châm phân tự động", 280, 8),
             ("Nhà sơ chế, đóng hộp 100 m²", 255, 15), ("Kho mát bảo quản 20 m³", 180, 10),
             ("Bao bì, nhãn, đăng ký nhãn hiệu", 45, 3), ("Vốn lưu động", 390, 0)],
        src=[("Vốn góp của thành viên hợp tác xã", 600),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)", 1000),
             ("Vay Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", 400), ("Kinh phí khuyến nông hỗ trợ hệ thống tưới", 200)],
        loans=[("Agribank chi nhánh Cẩm Xuyên", 1000, 5, 1, 0.075),
               ("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Hà Tĩnh", 400, 3, 0, 0.054)],
        sell=0.05, tax=0.01, other=80),
    "ew09": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 % vol, chai 500 ml", "chai", 0.5, 190000, 20000, [6600, 13000, 17000]),
                  ("Rượu nếp sim 29 % vol, bình 2 lít", "bình", 2, 650000, 40000, [600, 1400, 1900])],
        hist=[(3200, 320000, 96, 4), (3500, 330000, 108, 4), (3700, 340000, 117, 4)],
        raws=[("Gạo nếp", "kg", 1.4, 28000), ("Quả sim chín", "kg", 0.5, 30000), ("Men lá", "kg", 0.02, 150000)],
        own=None,
        contracts=[("Hợp tác xã Nông nghiệp Thạch Sơn", 12000), ("Hộ trồng lúa nếp Đặng Văn Hợi", 6000)],
        cap=(50, 300),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, chưng cất", [2, 2, 2]), ("Lọc, chiết chai, bán hàng", [1, 1, 1])],
        wage=5.0, energy=6000,
        inv=[("Nồi chưng cất inox 200 lít/mẻ, hệ thống làm lạnh", 180, 8), ("Chum sứ ủ rượu 60 chiếc", 90, 10),
             ("Máy lọc, máy chiết chai bán tự động", 120, 8), ("Cải tạo nhà nấu, kho ủ 60 m²", 150, 15),
             ("Thiết kế bao bì, nhãn, kiểm nghiệm", 40, 4), ("Vốn lưu động", 220, 0)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)", 300)],
        loans=[("Ngân hàng Chính sách xã hội", 100, 5, 1, 0.0792), ("Agribank chi nhánh Thạch Hà", 300, 4, 1, 0.08)],
        sell=0.05, tax=0.01, ttdb=[0.412, 0.429, 0.444], other=20),
    "ew10": dict(
        unit="kg",
        products=[("Cá chỉ vàng khô tẩm gia vị, túi 200 g", "túi", 0.2, 60000, 2500, [20000, 26000, 30000]),
                  ("Cá chỉ vàng khô tẩm gia vị, túi 500 g", "túi", 0.5, 140000, 4000, [8000, 10000, 12000]),
                  ("Cá chỉ vàng khô loại 1, thùng 5 kg", "thùng", 5, 1250000, 20000, [500, 560, 600])],
        hist=[(8200, 255000, 240, 9), (9000, 262000, 268, 10), (9800, 270000, 295, 10)],
        raws=[("Cá chỉ vàng tươi", "kg", 3.2, 32000), ("Gia vị (đường, muối, ớt, tỏi)", "kg", 0.05, 120000)],
        own=None,
        contracts=[("Năm tàu cá của ngư dân xã Kỳ Xuân", 50000), ("Đại lý thu mua hải sản Bảy Hòa", 12000)],
        cap=(40, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Mổ, rửa, tẩm ướp cá", [4, 5, 6]),
               ("Sấy, phân loại, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=6.5, energy=6000,
        inv=[("Kho lạnh bảo quản nguyên liệu 40 tấn", 650, 10), ("Xe tải đông lạnh 1,5 tấn", 550, 8),
             ("Cửa hàng giới thiệu sản phẩm tại trung tâm xã", 300, 15),
             ("Website bán hàng, thiết kế bao bì mới", 60, 3), ("Vốn lưu động", 440, 0)],
        src=[("Vốn chủ sở hữu của công ty", 800),
             ("Vay Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)", 900),
             ("Vay Ngân hàng Chính sách xã hội", 300)],
        loans=[("BIDV chi nhánh Hà Tĩnh", 900, 5, 1, 0.085),
               ("Ngân hàng Chính sách xã hội (chương trình hỗ trợ tạo việc làm)", 300, 5, 1, 0.0792)],
        sell=0.06, tax=0.015, other=70),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "ew05": {"capital": True},              # sources 1.700 against an investment of 1.850
    "ew06": {"profit_no_interest": True},   # summary profit = revenue - production cost, interest row ignored
    "ew07": {"payback_on_loan": True},      # payback = loans / cash flow instead of investment / cash flow
    "ew08": {"rev_line": (1, 0, 1.12), "shortfall": True},  # 2027 retail line × 1,12; output beyond greenhouse yield
    "ew09": {"dep_total": 0.85, "growth": True},  # depreciation table total row 15 % short; output × 2,2 in 2028
    "ew10": {"over_capacity": True},         # 13.000 / 15.000 kg against 40 kg/day × 280 days, no new dryer
}
READY = ("ew01", "ew02", "ew03", "ew04")


# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- Vietnamese numbers as the plans print them
def grp(n: int) -> str:
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def fm(x: float) -> str:
    """triệu: whole numbers without decimals, else one decimal; dotted thousands, decimal comma."""
    x = r1(x)
    if abs(x - round(x)) < 0.05:
        return grp(int(round(x)))
    i = int(abs(x))
    d = int(round((abs(x) - i) * 10))
    if d == 10:
        i, d = i + 1, 0
    return ("-" if x < 0 else "") + grp(i) + "," + str(d)


def fi(x: float) -> str:
    return grp(int(round(x)))


def schedule(loans: list[tuple]) -> dict:
    """Equal principal instalments after the grace years, interest on the opening balance;
    drawn in full in January 2027. Per year from 2027 to the last repayment: totals of all loans."""
    end = max(term for _, _, term, _, _ in loans)
    rows = []
    for t in range(end):
        opening = principal = interest = 0.0
        for _, amount, term, grace, rate in loans:
            inst = amount / (term - grace)
            paid_before = inst * max(0, min(t, term) - grace)
            bal = max(0.0, amount - paid_before)
            pay = inst if grace <= t < term else 0.0
            opening += bal
            principal += pay
            interest += bal * rate
        rows.append(dict(year=2027 + t, opening=r1(opening), principal=r1(principal),
                         interest=r1(interest), closing=r1(opening - principal)))
    return dict(rows=rows, principal=r1(sum(r["principal"] for r in rows)),
                interest=r1(sum(r["interest"] for r in rows)))


def model(k: str) -> dict:
    P, pl = PLANS[k], PLANTED.get(k, {})
    prods = P["products"]
    out = [sum(p[2] * p[5][y] for p in prods) for y in Y]
    rev_lines = [[r1(p[5][y] * p[3] / 1e6) for y in Y] for p in prods]
    rev_true = [r1(sum(l[y] for l in rev_lines)) for y in Y]
    rev_stated_lines = [list(l) for l in rev_lines]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        rev_stated_lines[i][y] = r1(rev_lines[i][y] * f)
    rev = [r1(sum(l[y] for l in rev_stated_lines)) for y in Y]
    need = [[out[y] * r[2] for y in Y] for r in P["raws"]]
    own = [0.0] * 3
    if P["own"]:
        own = [P["own"][1][y] * P["own"][3] for y in Y]
    contracted = sum(c[1] for c in P["contracts"])
    supply = [own[y] + contracted for y in Y]
    cap = P["cap"][0] * P["cap"][1]
    staff = [sum(r[1][y] for r in P["roles"]) for y in Y]
    bought = [0.0] * 3
    if "buy" in P:
        bought = [max(0.0, need[0][y] - own[y]) for y in Y]
    dep_items = [(lab, v, life, r1(v / life)) for lab, v, life in P["inv"] if life]
    dep = r1(sum(d[3] for d in dep_items))
    sch = schedule(P["loans"])
    interest = [sch["rows"][y]["interest"] for y in Y]
    principal = [sch["rows"][y]["principal"] for y in Y]

    def cost_lines(rv: list[float]) -> list[tuple[str, list[float]]]:
        """The cost table's lines (label, three years) in the order printed, for revenue rv."""
        lines: list[tuple[str, list[float]]] = []
        for r, nd in zip(P["raws"], need):
            if r[3]:
                lines.append((r[0], [r1(nd[y] * r[3] / 1e6) for y in Y]))
        if "own_cost" in P:
            lab, per = P["own_cost"]
            lines.append((lab, [r1(P["own"][1][y] * per / 1e6) for y in Y]))
        if "buy" in P:
            lab, price = P["buy"]
            lines.append((lab, [r1(bought[y] * price / 1e6) for y in Y]))
        lines.append(("Bao bì", [r1(sum(p[5][y] * p[4] for p in prods) / 1e6) for y in Y]))
        lines.append(("Tiền công lao động", [r1(staff[y] * P["wage"] * 12) for y in Y]))
        lines.append(("Điện, nhiên liệu", [r1(out[y] * P["energy"] / 1e6) for y in Y]))
        lines.append(("Bán hàng, quảng bá", [r1(rv[y] * P["sell"]) for y in Y]))
        if "ttdb" in P:
            lines.append(("Thuế tiêu thụ đặc biệt", [r1(rv[y] * P["ttdb"][y]) for y in Y]))
        lines.append(("Thuế, phí", [r1(rv[y] * P["tax"]) for y in Y]))
        lines.append(("Quản lý, chi phí khác", [float(P["other"])] * 3))
        lines.append(("Khấu hao tài sản cố định", [dep] * 3))
        lines.append(("Lãi vay", list(interest)))
        return lines

    lines = cost_lines(rev)
    cost = [r1(sum(l[1][y] for l in lines)) for y in Y]
    cost_no_int = [r1(cost[y] - interest[y]) for y in Y]
    lines_true = cost_lines(rev_true)
    cost_true = [r1(sum(l[1][y] for l in lines_true)) for y in Y]
    profit_true = [r1(rev_true[y] - cost_true[y]) for y in Y]
    profit = [r1(rev[y] - cost[y]) for y in Y]
    if pl.get("profit_no_interest"):
        profit = [r1(rev[y] - cost_no_int[y]) for y in Y]
    inv_total = sum(v for _, v, _ in P["inv"])
    src_total = sum(v for _, v in P["src"])
    loan_total = sum(l[1] for l in P["loans"])
    avg_profit = r1(sum(profit) / 3)
    cash = [r1(profit[y] + dep) for y in Y]
    after = [r1(cash[y] - principal[y]) for y in Y]
    payback_true = inv_total / (sum(profit_true) / 3 + dep)
    payback = inv_total / (avg_profit + dep)
    if pl.get("payback_on_loan"):
        payback = loan_total / (avg_profit + dep)
    dep_total_stated = dep
    if "dep_total" in pl:
        dep_total_stated = r1(dep * pl["dep_total"])
    hist = [dict(out=h[0], price=h[1], rev=r1(h[0] * h[1] / 1e6), profit=h[2], workers=h[3]) for h in P["hist"]]
    return dict(P=P, out=out, rev_lines=rev_lines, rev_stated_lines=rev_stated_lines, rev=rev, rev_true=rev_true,
                need=need, own=own, contracted=contracted, supply=supply, bought=bought, cap=cap, staff=staff,
                lines=lines, cost=cost, cost_true=cost_true, cost_no_int=cost_no_int, interest=interest, principal=principal,
                profit=profit, profit_true=profit_true, margin=[r1(profit[y] / rev[y] * 100) for y in Y],
                dep_items=dep_items, dep=dep, dep_total_stated=dep_total_stated, sch=sch,
                inv_total=inv_total, src_total=src_total, loan_total=loan_total, avg_profit=avg_profit,
                cash=cash, after=after, payback=round(payback, 1), payback_true=round(payback_true, 1),
                hist=hist)



# --------------------------------------------------------------------------- the plans
STEMS = {
    "ew01": "ew01_keo_cu_do_lam_hong_htx",
    "ew02": "ew02_ruou_nep_cai_xuan_vien_cty",
    "ew03": "ew03_do_go_my_nghe_thai_hoa_tht",
    "ew04": "ew04_mat_ong_khanh_van_hkd",
    "ew05": "ew05_nuoc_mam_loc_hai_htx",
    "ew06": "ew06_tinh_bot_nghe_minh_chau_hkd",
    "ew07": "ew07_che_bup_tan_huong_tht",
    "ew08": "ew08_dua_luoi_cam_thinh_htx",
    "ew09": "ew09_ruou_nep_sim_doi_may_hkd",
    "ew10": "ew10_ca_chi_vang_kho_ky_xuan_cty",
}
SKETCHY = {
    "ew11_banh_da_vung_thu_hang_so_sai": (["25.000 đồng/chục", "200 triệu đồng", "150 triệu đồng", "120 triệu đồng"],
                                          r"an toàn thực phẩm|tiêu chuẩn|nhãn|tự công bố|thử nghiệm|QR|môi trường"),
    "ew12_du_lich_vuon_cam_khe_co_so_sai": (["50.000 đồng/người", "400 triệu đồng", "300 triệu đồng", "3.000 lượt khách"],
                                           r"giấy chứng nhận|nhãn hiệu|môi trường|an toàn thực phẩm|tiêu chuẩn"),
}
# Caption words of each table (the first table whose caption holds the word, case-insensitive).
CAPTIONS = dict(hist="kết quả sản xuất kinh doanh", raw=("nguyên liệu", "nguồn dưa", "cân đối", "nguồn cung"), staff=("lao động", "nhân lực", "nhân sự"),
                prod=("kế hoạch sản lượng", "sản lượng và giá bán", "sản lượng dự kiến"), inv=("vốn đầu tư", "mức đầu tư"),
                src="nguồn vốn", loans=("khoản vay", "vốn vay"), repay="trả nợ", dep="khấu hao tài sản",
                rev="doanh thu", cost="chi phí", summ=("dòng tiền",))
_NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


def num(c: str) -> float:
    return -vn(c[1:]) if c.startswith("-") else vn(c)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: list[tuple[str, list[list[str]]]] = []
        cap, cur = "", None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("Bảng "):
                cap, cur = s, None
            elif s.startswith("|"):
                if cur is None:
                    cur = []
                    self.tables.append((cap, cur))
                if not s.startswith("|---"):
                    cur.append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT"):
                cur = None

    def table(self, key: str, exclude: str | None = None) -> list[list[str]]:
        words = CAPTIONS[key]
        words = (words,) if isinstance(words, str) else words
        for cap, rows in self.tables:
            c = cap.lower()
            if any(w in c for w in words) and not (exclude and exclude in c):
                return rows
        self.failures.append(f"table not found: {key}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        """The last n numbers of the first row of `rows` whose first or second cell starts with label
        (a label ending in '|' must equal the whole cell)."""
        exact, lab = label.endswith("|"), label.rstrip(" |")
        for r in rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [num(c) for c in r[1:] if _NUM.match(c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * n

    def eq(self, got, want, what: str, tol: float = 0.01) -> None:
        got = got if isinstance(got, (list, tuple)) else [got]
        want = want if isinstance(want, (list, tuple)) else [want]
        for g, w in zip(got, want):
            if not (close(g, w, tol) or abs(g - w) <= 0.11):
                self.failures.append(f"{what}: plan {g} vs computed {w}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what} not wrong by > 5 %: plan {got} vs true {true}")


def check_full(k: str) -> Plan:
    p = Plan(STEMS[k])
    m, P, pl = model(k), PLANS[k], PLANTED.get(k, {})
    p.lacks(PLACEHOLDER, "template placeholder")
    # history
    t = p.table("hist")
    p.eq(p.trow(t, "Sản lượng"), [h["out"] for h in m["hist"]], "history output")
    p.eq(p.trow(t, "Giá bán bình quân"), [h["price"] for h in m["hist"]], "history price")
    p.eq(p.trow(t, "Doanh thu"), [h["rev"] for h in m["hist"]], "history revenue = output × price")
    p.eq(p.trow(t, "Lợi nhuận"), [h["profit"] for h in m["hist"]], "history profit")
    p.check(m["out"][0] <= m["hist"][2]["out"] * 1.25, "2027 output more than +25 % on 2026")
    # prices, production plan
    for prod in P["products"]:
        p.has(f"{fi(prod[3])} đ/{prod[1]}")
    t = p.table("prod")
    for prod in P["products"]:
        p.eq(p.trow(t, prod[0]), prod[5], f"packs {prod[0]}")
    p.eq(p.trow(t, "Quy ra sản lượng"), m["out"], "output = Σ packs × size")
    # raw materials
    t = p.table("raw")
    p.eq(p.trow(t, "Nhu cầu"), m["need"][0], "need of the first raw = output × norm")
    if P["own"]:
        p.eq([num(c) for c in t[2][-3:]], m["own"], f"own supply ({t[2][1]}) = quantity × yield")
    for c in P["contracts"]:
        p.eq(p.trow(t, f"Hợp đồng liên kết: {c[0]}"), [c[1]] * 3, f"contract {c[0]}")
    p.eq(p.trow(t, "Tổng nguồn cung"), m["supply"], "supply = own + contracts")
    for r, nd in zip(P["raws"][1:], m["need"][1:]):
        p.eq(p.trow(t, f"Nhu cầu {r[0].lower()}"), nd, f"need of {r[0]}")
    if pl.get("shortfall"):
        for y in (1, 2):
            p.wrong(m["supply"][y], m["need"][0][y], f"material supply {YEARS[y]} (need {m['need'][0][y]:.0f})")
        p.check(not any(r[1].startswith("Chênh lệch") for r in t), "shortfall plan shows a difference row")
        p.has("bảo đảm đủ sản lượng")
    else:
        p.eq(p.trow(t, "Chênh lệch"), [m["supply"][y] - m["need"][0][y] for y in Y], "balance row")
        p.check(all(m["supply"][y] >= m["need"][0][y] for y in Y), "need exceeds supply")
    # capacity
    if pl.get("over_capacity"):
        for y in (1, 2):
            p.wrong(m["cap"], m["out"][y], f"capacity against {YEARS[y]} output {m['out'][y]:.0f}")
        p.has(f"mỗi ngày sấy được {P['cap'][0]} kg", f"làm việc {P['cap'][1]} ngày/năm", "đáp ứng đủ sản lượng kế hoạch")
        p.check(not any("sấy" in lab.lower() for lab, _, _ in P["inv"]), "a dryer is invested in")
    else:
        p.check(all(m["out"][y] <= m["cap"] for y in Y), "output above capacity")
        if k != "ew08":
            p.has(fi(m["cap"]))
    # staff
    t = p.table("staff")
    for role, n in P["roles"]:
        p.eq(p.trow(t, role), n, f"staff {role}")
    p.eq(p.trow(t, "Tổng cộng"), m["staff"], "staff total")
    # investment and depreciation
    t = p.table("inv")
    for lab, v, life in P["inv"]:
        r = next((r for r in t if r[1] == lab), None)
        p.check(r is not None, f"investment item {lab}")
        if r:
            p.eq(num(r[2]), v, f"investment {lab}")
            if len(r) == 5 and life:
                p.eq([num(r[3]), num(r[4])], [life, v / life], f"depreciation of {lab}")
    tot = next((r for r in t if r[1] == "Tổng cộng"), ["", "", "0"])
    p.eq(num(tot[2]), m["inv_total"], "investment total = Σ items")
    if len(tot) == 5:
        p.eq(num(tot[4]), m["dep"], "depreciation total in the investment table")
    if any(cap.lower().startswith("bảng") and "khấu hao tài sản" in cap.lower() for cap, _ in p.tables):
        t = p.table("dep")
        for lab, v, life, dd in m["dep_items"]:
            p.eq(p.trow(t, lab), [v, life, dd], f"depreciation table {lab}")
        c = next((r for r in t if r[1] == "Cộng"), ["", "", "0", "", "0"])
        p.eq(num(c[2]), sum(d[1] for d in m["dep_items"]), "depreciation table: assets total")
        if "dep_total" in pl:
            p.wrong(num(c[4]), m["dep"], "depreciation table total row")
        else:
            p.eq(num(c[4]), m["dep"], "depreciation table total")
    # sources
    t = p.table("src")
    for lab, v in P["src"]:
        p.eq(p.trow(t, lab, 2), [v, v / m["src_total"] * 100], f"source {lab} and its share")
    p.eq(p.trow(t, "Tổng cộng", 2), [m["src_total"], 100], "sources total")
    if pl.get("capital"):
        p.wrong(m["src_total"], m["inv_total"], "sources total against the investment")
        p.has(f"Tổng nguồn vốn huy động là {fm(m['src_total'])} triệu đồng, bảo đảm đủ nhu cầu vốn",
              f"Tổng vốn đầu tư của phương án là {fm(m['inv_total'])} triệu đồng")
    else:
        p.eq(m["src_total"], m["inv_total"], "sources = investment")
    p.eq(sum(v for lab, v in P["src"] if lab.startswith("Vay")), m["loan_total"], "loans in the sources = loan table")
    # loans and schedule
    t = p.table("loans")
    for lab, amt, term, grace, rate in P["loans"]:
        r = next((r for r in t if r[1] == lab), None)
        p.check(r is not None and num(r[2]) == amt and r[3] == f"{term * 12} tháng"
                and r[4] == (f"{grace * 12} tháng" if grace else "không") and close(num(r[5]), rate * 100),
                f"loan row {lab}")
    t = p.table("repay")
    for row in m["sch"]["rows"]:
        p.eq(p.trow(t, str(row["year"]), 4), [row["opening"], row["principal"], row["interest"], row["closing"]],
             f"repayment {row['year']}")
    p.eq(p.trow(t, "Cộng", 2), [m["loan_total"], m["sch"]["interest"]], "repayment totals")
    p.check(m["sch"]["rows"][-1]["closing"] == 0, "loans not repaid by the end of the schedule")
    # revenue
    t = p.table("rev", exclude="kết quả")
    for i, prod in enumerate(P["products"]):
        got = p.trow(t, f"{prod[0]} ({fi(prod[3])} đ/{prod[1]})")
        if "rev_line" in pl and pl["rev_line"][0] == i:
            y = pl["rev_line"][1]
            p.wrong(got[y], m["rev_lines"][i][y], f"revenue line {prod[0]} {YEARS[y]}")
            p.eq([g for j, g in enumerate(got) if j != y], [v for j, v in enumerate(m["rev_lines"][i]) if j != y], f"revenue {prod[0]}")
        else:
            p.eq(got, m["rev_lines"][i], f"revenue {prod[0]} = packs × price")
    got = p.trow(t, "Tổng doanh thu")
    p.eq(got, m["rev"], "revenue total = Σ lines as printed")
    if "rev_line" in pl:
        p.wrong(got[pl["rev_line"][1]], m["rev_true"][pl["rev_line"][1]], "revenue total")
    # cost
    t = p.table("cost")
    for lab, vals in m["lines"]:
        if pl.get("profit_no_interest") and lab == "Lãi vay":
            continue
        r = next((r for r in t if len(r) > 1 and r[1].split(" (")[0] == lab.split(" (")[0]), None)
        if r is None:
            p.failures.append(f"cost line not found: {lab}")
            continue
        p.eq([num(c) for c in r[-3:]], vals, f"cost line {lab}")
    want = m["cost_no_int"] if pl.get("profit_no_interest") else m["cost"]
    p.eq(p.trow(t, "Tổng chi phí"), want, "cost total = Σ lines")
    # summary and cash flow
    t = p.table("summ")
    p.eq(p.trow(t, "Doanh thu"), m["rev"], "summary revenue")
    if pl.get("profit_no_interest"):
        p.eq(p.trow(t, "Chi phí sản xuất"), m["cost_no_int"], "summary production cost")
        p.eq(p.trow(t, "Lãi vay"), m["interest"], "summary interest = schedule")
        got = p.trow(t, "Lợi nhuận |")
        true = [r1(m["rev"][y] - m["cost_no_int"][y] - m["interest"][y]) for y in Y]
        for y in Y:
            p.wrong(got[y], true[y], f"profit {YEARS[y]} (revenue − cost − interest)")
    else:
        p.eq(p.trow(t, "Tổng chi phí"), m["cost"], "summary cost")
        p.eq(p.trow(t, "Lợi nhuận |"), [r1(m["rev"][y] - m["cost"][y]) for y in Y], "profit = revenue − cost")
    p.eq(p.trow(t, "Tỷ suất"), m["margin"], "margin")
    p.eq(p.trow(t, "Khấu hao"), [m["dep"]] * 3, "summary depreciation")
    p.eq(p.trow(t, "Dòng tiền thuần"), m["cash"], "cash flow = profit + depreciation")
    p.eq(p.trow(t, "Trả nợ gốc"), m["principal"], "principal = schedule")
    p.eq(p.trow(t, "Dòng tiền còn lại"), m["after"], "cash after principal")
    p.check(all(0 < x < 40 for x in [m["profit_true"][y] / m["rev_true"][y] * 100 for y in Y]), "true margin outside 0–40 %")
    # payback, as printed
    mm = re.search(r"(?:≈|sau khoảng) (\d+,\d) năm", p.body)
    p.check(bool(mm), "payback sentence")
    if mm:
        stated = vn(mm.group(1))
        p.eq(stated, m["payback"], "payback as printed")
        true = m["inv_total"] / (sum(m["profit_true"]) / 3 + m["dep"])
        if pl.get("payback_on_loan") or k in ("ew06", "ew08"):
            p.wrong(stated, true, "payback against investment / (true average profit + depreciation)")
        else:
            p.check(close(stated, true, 0.05), f"payback {stated} vs {true:.2f}")
    # growth
    g = [m["rev"][0] / m["hist"][2]["rev"] - 1] + [m["rev"][y] / m["rev"][y - 1] - 1 for y in (1, 2)]
    if pl.get("growth"):
        p.check(m["out"][1] / m["out"][0] > 1.5 and len(set(m["staff"])) == 1, "growth defect: output × 1,5 with the same staff")
        p.has("Hộ giữ nguyên 4 lao động", "Nhu cầu rượu sim ngày càng lớn", "6 đại lý hiện có")
    elif k == "ew08":
        p.check(m["rev_true"][0] / m["hist"][2]["rev"] - 1 < 0.31 and max(g[1:]) < 0.31, "ew08 true growth")
    else:
        p.check(max(g) < 0.31, f"revenue growth {max(g):.2f}")
    return p


def common_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017", "111/2021", "nhãn hiệu", "Phiếu kết quả thử nghiệm", "QR",
          "Giấy chứng nhận đăng ký")
    p.check("tiêu chuẩn cơ sở" in p.body.lower(), "TCCS")
    p.check("đăng ký môi trường" in p.body or "cam kết bảo vệ môi trường" in p.body, "environment paper")
    p.lacks(REPLACED, "replaced or lapsed instrument, or a district body")
    for dd in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        if int(dd[1]) < 2030:
            p.check("cấp lại" in p.body, f"paper valid only to {dd[0]} and no renewal planned")


def check_text(k: str, p: Plan) -> None:
    if k in READY:
        common_ready(p)
    if k in ("ew01", "ew02", "ew04"):
        p.has("an toàn thực phẩm", "tự công bố")
    if k == "ew02":
        p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "etanol", "18 tuổi", "QCVN 6-3:2010/BYT")
    if k == "ew03":
        p.has("không phải thực phẩm", "bảng kê lâm sản")
    if k == "ew04":
        p.has("trẻ dưới 1 tuổi")
    if k not in READY and k != "ew06":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced or lapsed instrument, or a district body")
    if k == "ew05":
        p.lacks(r"môi trường|nước thải|chất thải|\bmùi\b|xử lý|bể lắng|\brác\b|ô nhiễm|khí thải", "environment word")
        p.check(p.count("Thịnh Phát") == 2, "the other cooperative named twice")
        p.has("Nước mắm của Hợp tác xã Nước mắm Thịnh Phát", "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "nhãn hiệu", "43/2017")
        p.check(p.count("Hợp tác xã Nước mắm Lộc Hải") >= 2, "own name")
    if k == "ew06":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu (chất lượng|an toàn)|hợp quy|phiếu kết quả",
                "product standard word")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "UBND huyện Đức Thọ", "OCOP huyện Đức Thọ", "tháng 8 năm 2026",
              "an toàn thực phẩm", "nhãn hiệu", "43/2017")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decision")
    if k == "ew07":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|biểu trưng", "trademark word")
        m = model(k)
        p.check(p.count("14 lao động thường xuyên") == 2, "the 14 workers twice")
        p.wrong(m["staff"][0], 14, "2027 staff in the table against the 14 in the text")
        p.has("an toàn thực phẩm", "TCCS", "Phiếu kết quả thử nghiệm", "43/2017", "QR")
    if k == "ew08":
        p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\btem\b|kiểm soát|GAP|ghi chép|theo dõi|kiểm tra", "quality-control word")
        p.has("Bản cam kết sản xuất thực phẩm an toàn", "TCCS", "Phiếu kết quả thử nghiệm", "nhãn hiệu", "43/2017")
    if k == "ew09":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence word")
        p.has("an toàn thực phẩm", "TCCS", "etanol", "nhãn hiệu", "đăng ký môi trường")
    if k == "ew10":
        p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch", "label word")
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh an toàn|HACCP|ISO 22000", "food-safety word")
        p.has("TCCS", "Phiếu kết quả thử nghiệm", "nhãn hiệu", "QR", "đăng ký môi trường")


def check_sketchy(stem: str) -> Plan:
    p = Plan(stem)
    figures, absent = SKETCHY[stem]
    words = len(p.body.split())
    p.check(150 <= words <= 320, f"sketchy length {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*figures)
    p.lacks(absent, "paper a sketchy plan lacks on purpose")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def main() -> int:
    plans = []
    for k in STEMS:
        p = check_full(k)
        check_text(k, p)
        plans.append(p)
    plans += [check_sketchy(s) for s in SKETCHY]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
