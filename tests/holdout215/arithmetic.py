"""Holdout set 215 (stem prefix `hh`): plans resubmitted after an earlier review.

Every number of the twelve plans recomputed from the constants below. `model()` turns the
constants of a full plan into every figure it prints (the generator that wrote the plans' Markdown
used the same function, so every table cell is computed): output = Σ packs × pack size, revenue
lines = packs × price of the same year, raw-material need = packs × norm, supply rows = count ×
yield, capacity = rating × days (or vats, or beds), staff by role, wage fund = staff × wage × 12,
investment items and sources with their shares, depreciation = fixed assets / life, interest = loan
balance × rate, every cost line, total cost, profit = revenue − cost, margin, and payback =
investment / (average profit + depreciation). `printed()` applies the planted defects to that
model (a revenue line still at the old price, a profit row still without the added interest, a
payback or a total row left from the first version); the planted cells are asserted wrong by more
than 5 % with the true value beside them, every other figure right within 1 %.

The theme: each full plan carries a part (or appendix) "Giải trình, tiếp thu ý kiến" quoting the
reviewers' remarks and the old figures beside the corrected ones. `CORR` lists every such pair:
the new figure must be the model's, the old one off by more than 5 %, and both printed in the
giải trình part; the old figure must not appear in the body (outside the giải trình part) unless it
is the planted defect. Textual defects are asserted by the absence or presence of their words.

    .venv/bin/python tests/holdout215/arithmetic.py [hh01 hh05 ...]
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"07/2019/TT|01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ per pack by year, packs by year,
#            packaging cost đ per pack)
# hist: output 2024-2026 (base units), average price đ per base unit, profit as a share of revenue
# raws: (label, unit, norm per base unit (or a list per pack of each product), cost đ per unit,
#        supply rows (label, count by year, count word, yield per count))
# cap: (rating, multiplier, product indexes bound by it or None = all): capacity = rating × multiplier
# roles: (role, staff by year); wage: monthly wage by year (triệu đồng)
# energy: đ per base unit; sell, other: triệu đồng a year; tax: share of revenue
# inv: (item, triệu đồng, fixed asset?); src: (source, triệu đồng); life: years of depreciation
# loan: balance by year (triệu đồng); rate: interest a year
PLANS = {
    # ------------------------------------------------------------------ ready
    "hh01": dict(  # nước mắm, HTX
        unit="lít",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [85000, 85000, 88000], [14000, 15000, 16000], 6000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [70000, 70000, 72000], [10000, 10500, 11000], 8000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [210000, 210000, 215000], [1200, 1250, 1300], 15000)],
        hist=dict(out=[19500, 20800, 21600], price=[78000, 80000, 82000], margin=[0.09, 0.10, 0.105]),
        raws=[("Cá cơm tươi", "kg", 1.2, 18000,
               [("Tàu cá của thành viên", [5, 5, 5], "tàu", 4000),
                ("Nậu vựa bến Cửa Nhượng (hợp đồng)", [2, 2, 2], "vựa", 7000)]),
              ("Muối hạt", "kg", 0.4, 4000,
               [("Diêm dân thôn Hải Hà (hợp đồng)", [8, 8, 8], "hộ", 1500)])],
        cap=(500, 60, None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Ướp, chăm chượp, kéo rút", [4, 4, 5]),
               ("Lọc, chiết chai, đóng thùng", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=500, sell=[80, 85, 90], other=[40, 40, 40], tax=0.01,
        inv=[("Nhà lọc, chiết chai 120 m²", 450, True), ("Bổ sung 20 thùng chượp composite 500 lít", 160, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 280, True), ("Bể thu gom, xử lý nước rửa, nước muối", 120, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 480, False)],
        src=[("Vốn góp của thành viên", 650), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08),
    "hh02": dict(  # trà cà gai leo, Công ty TNHH
        unit="kg",
        products=[("Trà túi lọc cà gai leo, hộp 20 túi × 2,5 g", "hộp", 0.05, [42000, 42000, 44000], [30000, 33000, 36000], 6500),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [120000, 120000, 125000], [2400, 2600, 2800], 3000),
                  ("Trà cà gai leo lá vối, hộp 30 túi × 3 g", "hộp", 0.09, [65000, 65000, 68000], [6000, 7000, 8000], 8000)],
        hist=dict(out=[2300, 2550, 2750], price=[330000, 340000, 350000], margin=[0.10, 0.11, 0.12]),
        raws=[("Cà gai leo tươi", "kg", 4.2, 7000,
               [("Vùng trồng của công ty", [1, 1, 1], "ha", 12000),
                ("Hộ liên kết thôn Đồng Văn", [10, 10, 10], "hộ", 500),
                ("Hộ liên kết thôn Trung Hà", [8, 8, 8], "hộ", 450)])],
        cap=(18, 260, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi", [3, 3, 4]), ("Bán hàng, kho", [2, 2, 2])],
        wage=[7.0, 7.3, 7.6], energy=6000, sell=[150, 160, 170], other=[60, 60, 60], tax=0.015,
        inv=[("Nhà sấy, phòng đóng gói 100 m²", 380, True), ("Máy sấy bơm nhiệt 300 kg tươi/mẻ", 260, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 340, True), ("Bao bì, nhãn, tem QR", 70, False),
             ("Kiểm nghiệm, tự công bố", 30, False), ("Vốn lưu động", 420, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại cổ phần Công Thương", 700)],
        life=10, loan=[700, 550, 400], rate=0.085),
    "hh03": dict(  # mật ong, hộ kinh doanh
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [175000, 175000, 180000], [3600, 3900, 4200], 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [240000, 240000, 245000], [1300, 1400, 1500], 12000),
                  ("Mật ong hoa rừng, hộp quà 2 chai 250 g", "hộp", 0.5, [210000, 210000, 215000], [600, 700, 800], 35000)],
        hist=dict(out=[2650, 2850, 3050], price=[270000, 280000, 290000], margin=[0.13, 0.14, 0.14]),
        raws=[("Mật ong thô", "kg", 1.07, 110000,
               [("Đàn ong của hộ", [240, 250, 260], "đàn", 13),
                ("Hộ nuôi ong thôn Khe Giao (hợp đồng)", [15, 15, 15], "hộ", 110)])],
        cap=(40, 250, None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2])],
        wage=[5.5, 5.7, 5.9], energy=2000, sell=[45, 50, 55], other=[20, 20, 20], tax=0.015,
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 150, True), ("Phòng lọc, đóng chai 30 m²", 140, True),
             ("Bồn inox, máy lọc, máy quay mật", 80, True), ("Bổ sung 20 thùng ong", 40, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066),
    "hh04": dict(  # du lịch cộng đồng, HTX
        unit="đêm khách",
        products=[("Lưu trú nhà sàn (đêm khách)", "đêm khách", 1, [320000, 320000, 340000], [2300, 2600, 2900], 25000),
                  ("Suất ăn món địa phương", "suất", 0, [150000, 150000, 160000], [5200, 5800, 6400], 0),
                  ("Vé trải nghiệm (suối, nương chè, làm bánh)", "vé", 0, [90000, 90000, 100000], [3600, 4000, 4400], 15000)],
        hist=dict(out=[1500, 1750, 2000], price=[760000, 790000, 820000], margin=[0.08, 0.09, 0.10]),
        hist_unit="đêm khách",
        raws=[("Thực phẩm cho suất ăn", "kg", [0, 0.8, 0], 85000,
               [("Hộ thành viên (rau, gà, cá)", [14, 14, 14], "hộ", 320),
                ("Chợ xã và hộ chăn nuôi (hợp đồng)", [1, 1, 1], "hợp đồng", 1500)])],
        cap=(18, 330, [0]),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Buồng phòng, lễ tân", [3, 3, 4]),
               ("Nấu ăn, phục vụ", [4, 4, 4]), ("Hướng dẫn viên", [2, 2, 3])],
        wage=[5.5, 5.8, 6.1], energy=30000, sell=[90, 100, 110], other=[60, 60, 60], tax=0.02,
        inv=[("Cải tạo 3 nhà sàn thành 9 phòng", 600, True), ("Nhà bếp, nhà ăn 80 chỗ", 300, True),
             ("Nhà vệ sinh, bể tự hoại, thu gom rác", 180, True), ("Biển chỉ dẫn, đường dạo, chòi nghỉ", 120, True),
             ("Trang web, ảnh, video quảng bá", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08),
    # ------------------------------------------------------------------ revise
    "hh05": dict(  # rượu nếp cái, hộ kinh doanh
        unit="lít",
        products=[("Rượu nếp cái 30 độ, chai 500 ml", "chai", 0.5, [70000, 70000, 72000], [12000, 13000, 14000], 9000),
                  ("Rượu nếp cái 30 độ, bình sành 2 lít", "bình", 2, [260000, 260000, 270000], [1500, 1700, 1900], 40000),
                  ("Rượu nếp cái 35 độ, can 5 lít", "can", 5, [450000, 450000, 460000], [600, 650, 700], 15000)],
        hist=dict(out=[9800, 10500, 11200], price=[118000, 122000, 126000], margin=[0.12, 0.12, 0.13]),
        raws=[("Gạo nếp cái", "kg", 1.25, 22000,
               [("Ruộng nếp của hộ", [1, 1, 1], "ha", 5500),
                ("Hộ trồng nếp thôn Trung Lưu (hợp đồng)", [26, 26, 26], "hộ", 550)])],
        cap=(80, 250, None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Lọc, chiết chai, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=4000, sell=[70, 75, 80], other=[30, 30, 30], tax=0.02,
        inv=[("Hai nồi chưng cất inox 40 lít/ngày", 160, True), ("Kho ủ, hạ thổ 50 m²", 180, True),
             ("Máy lọc, khử andehit, chiết rót", 220, True), ("Hầm biogas, bể chứa bỗng", 90, True),
             ("Bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn tự có của hộ", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08),
    "hh06": dict(  # kẹo vừng thanh, HTX
        unit="kg",
        products=[("Kẹo vừng thanh, hộp 300 g", "hộp", 0.3, [55000, 55000, 57000], [15000, 16500, 18000], 4500),
                  ("Kẹo vừng lạc, túi 500 g", "túi", 0.5, [75000, 75000, 78000], [6000, 6600, 7200], 3000),
                  ("Kẹo vừng thanh, hộp quà 600 g", "hộp", 0.6, [120000, 120000, 125000], [1500, 1700, 1900], 14000)],
        hist=dict(out=[6200, 6800, 7300], price=[150000, 155000, 160000], margin=[0.10, 0.11, 0.11]),
        raws=[("Vừng đen", "kg", 0.45, 60000,
               [("Hộ thành viên trồng vừng", [40, 40, 40], "hộ", 80),
                ("Hộ thôn Phong Hải (hợp đồng)", [25, 25, 25], "hộ", 70)]),
              ("Mạch nha, đường", "kg", 0.6, 25000,
               [("Cơ sở nấu mạch nha Đức Thuận (hợp đồng)", [1, 1, 1], "cơ sở", 7000)])],
        cap=(45, 270, None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rang vừng, nấu kẹo, cắt", [4, 4, 4]),
               ("Đóng gói, kho", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=6000, sell=[70, 75, 80], other=[35, 35, 35], tax=0.01,
        inv=[("Cải tạo xưởng kẹo một chiều 100 m²", 300, True), ("Máy rang vừng, nồi nấu kẹo", 160, True),
             ("Máy cán, cắt, đóng gói hút chân không", 250, True), ("Bao bì, nhãn, mã QR", 60, False),
             ("Vốn lưu động", 330, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "hh07": dict(  # tinh bột nghệ, Công ty TNHH
        unit="kg",
        products=[("Tinh bột nghệ vàng, hũ 250 g", "hũ", 0.25, [120000, 120000, 125000], [9200, 10400, 11600], 9000),
                  ("Tinh bột nghệ đỏ, hũ 500 g", "hũ", 0.5, [240000, 240000, 250000], [2400, 2700, 3000], 12000),
                  ("Tinh bột nghệ, túi 1 kg cho đại lý", "túi", 1, [400000, 400000, 410000], [800, 900, 1000], 5000)],
        hist=dict(out=[3300, 3600, 3900], price=[440000, 450000, 460000], margin=[0.11, 0.12, 0.12]),
        raws=[("Củ nghệ tươi", "kg", 25, 4500,
               [("Vùng nghệ của công ty", [3, 3, 3], "ha", 25000),
                ("Hộ liên kết thôn Tân Thủy", [22, 22, 22], "hộ", 2000)])],
        cap=(24, 280, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rửa, xay, lọc, lắng", [4, 4, 4]),
               ("Sấy, nghiền, đóng hũ", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=20000, sell=[110, 120, 130], other=[45, 45, 45], tax=0.015,
        inv=[("Nhà xưởng sơ chế, lọc lắng 160 m²", 500, True), ("Máy rửa, máy xay nghệ", 220, True),
             ("Bể lọc, lắng inox", 180, True), ("Máy sấy bơm nhiệt", 260, True),
             ("Bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 490, False)],
        src=[("Vốn góp của thành viên công ty", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08),
    "hh08": dict(  # chè xanh búp khô, tổ hợp tác
        unit="kg",
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, [60000, 60000, 62000], [12000, 13000, 14000], 3000),
                  ("Chè xanh búp khô, hộp 500 g", "hộp", 0.5, [160000, 160000, 165000], [2000, 2200, 2400], 12000),
                  ("Chè xanh khô loại 2, bao 1 kg cho quán nước", "bao", 1, [180000, 180000, 185000], [600, 700, 800], 4000)],
        hist=dict(out=[3300, 3500, 3750], price=[280000, 285000, 290000], margin=[0.10, 0.11, 0.11]),
        raws=[("Búp chè tươi", "kg", 4.5, 12000,
               [("Đồi chè của tổ viên", [15, 15, 15], "hộ", 1200),
                ("Hộ trồng chè thôn Khe Lim (hợp đồng)", [6, 6, 6], "hộ", 900)])],
        cap=(25, 250, None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, vận chuyển búp", [3, 3, 3]),
               ("Sao, vò, sấy chè", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.2, 5.4], energy=15000, sell=[50, 55, 60], other=[25, 25, 25], tax=0.01,
        inv=[("Nhà chế biến chè 80 m²", 250, True), ("Hai bộ máy sao, máy vò chè", 180, True),
             ("Máy sấy, máy hút chân không", 120, True), ("Thiết kế bao bì, nhãn, tem QR", 50, False),
             ("Kiểm nghiệm, tự công bố sản phẩm", 40, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của tổ viên", 430), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 400)],
        life=10, loan=[400, 300, 200], rate=0.066),
    "hh09": dict(  # đồ gỗ mỹ nghệ, gia đình chưa đăng ký
        unit="sản phẩm",
        products=[("Khay trà gỗ hương đá khắc hoa văn", "chiếc", 1, [320000, 320000, 330000], [1200, 1500, 1900], 15000),
                  ("Hộp gỗ đựng trà, đựng quà", "chiếc", 1, [190000, 190000, 195000], [1600, 2000, 2500], 10000),
                  ("Tranh gỗ khắc CNC 40 × 60 cm", "bức", 1, [850000, 850000, 880000], [300, 380, 480], 40000)],
        hist=dict(out=[2300, 2550, 2750], price=[270000, 275000, 280000], margin=[0.12, 0.12, 0.13]),
        raws=[("Gỗ xẻ (hương đá, gỗ xoan)", "m³", [0.004, 0.003, 0.008], 12000000,
               [("Xưởng xẻ gỗ Tân Phong (hợp đồng)", [1, 1, 1], "xưởng", 14),
                ("Xưởng xẻ gỗ Đồng Trảng (hợp đồng)", [1, 1, 1], "xưởng", 8)])],
        cap=(14, 300, None),
        roles=[("Chủ cơ sở, quản lý", [1, 1, 1]), ("Thợ mộc, vận hành máy CNC", [3, 3, 3]),
               ("Chà nhám, sơn hoàn thiện", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[6.0, 6.2, 6.4], energy=8000, sell=[60, 70, 80], other=[60, 65, 70], tax=0.0,
        inv=[("Cải tạo xưởng mộc 150 m²", 200, True), ("Máy chà nhám, máy cưa bàn trượt", 90, True),
             ("Hệ thống hút bụi, buồng sơn có màng lọc", 120, True), ("Thiết kế mẫu, hộp, thẻ treo", 40, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn tự có của gia đình", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 250, 200], rate=0.066),
    "hh10": dict(  # mắm tôm, Công ty cổ phần
        unit="kg",
        products=[("Mắm tôm, hũ thủy tinh 250 g", "hũ", 0.25, [30000, 30000, 31000], [20000, 36000, 58000], 4000),
                  ("Mắm tôm, hũ 500 g", "hũ", 0.5, [55000, 55000, 57000], [8000, 14000, 22000], 5500),
                  ("Mắm tôm, can 2 kg cho nhà hàng", "can", 2, [190000, 190000, 195000], [1000, 1800, 2800], 8000)],
        hist=dict(out=[8600, 9300, 10000], price=[112000, 115000, 118000], margin=[0.09, 0.10, 0.10]),
        raws=[("Tôm moi tươi", "kg", 1.1, 25000,
               [("Tàu đánh bắt moi (hợp đồng)", [9, 15, 24], "tàu", 1600)]),
              ("Muối hạt", "kg", 0.25, 4000,
               [("Diêm dân thôn Hộ Độ (hợp đồng)", [6, 8, 10], "hộ", 1000)])],
        cap=(400, 180, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ướp, đảo, ủ mắm", [2, 3, 3]),
               ("Xay, đóng hũ, dán nhãn", [2, 2, 3]), ("Bán hàng", [1, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=1500, sell=[70, 100, 130], other=[35, 45, 50], tax=0.015,
        inv=[("Nhà xưởng ủ mắm 150 m²", 420, True), ("120 chum sành, bể ủ composite", 150, True),
             ("Máy xay mịn, máy chiết hũ, đóng nắp", 260, True), ("Bao bì, nhãn, tem QR", 60, False),
             ("Vốn lưu động", 510, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại cổ phần Đầu tư và Phát triển", 500)],
        life=10, loan=[500, 400, 300], rate=0.085),
}


# --------------------------------------------------------------------------- producers
META = {
    "hh01": dict(stem="hh01_nuoc_mam_ca_com_hai_thinh_htx", build="docx", headings="styles",
                 producer="Hợp tác xã Chế biến thủy sản Hải Thịnh", legal_form="htx",
                 email="htxhaithinh.camnhuong@gmail.com", commune="Cẩm Nhượng",
                 product=["Nước mắm cá cơm Hải Thịnh", "Nước mắm Hải Thịnh", "Nước mắm cá cơm"],
                 category="food", money="tr", cap_text="60 thùng chượp × 500 lít/năm",
                 date="tháng 8 năm 2026"),
    "hh02": dict(stem="hh02_tra_ca_gai_leo_phuc_lam_cty", build="pdf", headings="upper",
                 producer="Công ty TNHH Thảo dược Phúc Lâm", legal_form="doanh_nghiep",
                 email="thaoduocphuclam@gmail.com", commune="Tùng Lộc",
                 product=["Trà cà gai leo Phúc Lâm", "Trà túi lọc cà gai leo Phúc Lâm", "Trà cà gai leo"],
                 category="herbal", money="k", cap_text="18 kg chè khô/ngày × 260 ngày",
                 date="tháng 11 năm 2026"),
    "hh03": dict(stem="hh03_mat_ong_khe_giao_hkd", build="scanned", headings="bold", dpi=300,
                 producer="Hộ kinh doanh Phan Thị Thoa", legal_form="ho_kinh_doanh",
                 email="matongkhegiao@gmail.com", commune="Vũ Quang",
                 product=["Mật ong hoa rừng Khe Giao", "Mật ong Khe Giao", "Mật ong"],
                 category="honey", money="tr", cap_text="2 mẻ × 20 kg/ngày × 250 ngày",
                 date="tháng 10 năm 2026"),
    "hh04": dict(stem="hh04_du_lich_cong_dong_khe_may_htx", build="doc", headings="autonum",
                 producer="Hợp tác xã Du lịch sinh thái Khe Mây", legal_form="htx",
                 email="khemay.dulich@gmail.com", commune="Sơn Hồng",
                 product=["Du lịch cộng đồng Khe Mây", "Điểm du lịch cộng đồng Khe Mây", "Du lịch sinh thái Khe Mây"],
                 category="service", money="tr", cap_text="9 phòng × 2 khách × 330 ngày",
                 date="tháng 12 năm 2026"),
    "hh05": dict(stem="hh05_ruou_nep_cai_tung_huong_hkd", build="docx", headings="bold",
                 producer="Hộ kinh doanh Đặng Văn Tùng", legal_form="ho_kinh_doanh",
                 email="ruoutunghuong@gmail.com", commune="Việt Xuyên",
                 product=["Rượu nếp cái Tùng Hương", "Rượu nếp Tùng Hương", "Rượu nếp cái"],
                 category="beverage_alcohol", money="tr", cap_text="2 nồi × 40 lít/ngày × 250 ngày",
                 date="tháng 9 năm 2026"),
    "hh06": dict(stem="hh06_keo_vung_thanh_duc_phong_htx", build="pdf", headings="plain",
                 producer="Hợp tác xã Nông nghiệp Đức Phong", legal_form="htx",
                 email="htxducphong@gmail.com", commune="Đức Đồng",
                 product=["Kẹo vừng thanh Đức Phong", "Kẹo vừng Đức Phong", "Kẹo vừng thanh"],
                 category="food", money="tr", cap_text="45 kg kẹo/ngày × 270 ngày",
                 date="tháng 1 năm 2027"),
    "hh07": dict(stem="hh07_tinh_bot_nghe_lam_phat_cty", build="scanned", headings="styles", dpi=250,
                 producer="Công ty TNHH Nông sản Lâm Phát", legal_form="doanh_nghiep",
                 email="lamphat.nongsan@gmail.com", commune="Hương Thủy",
                 product=["Tinh bột nghệ Lâm Phát", "Tinh bột nghệ"],
                 category="herbal", money="tr", cap_text="24 kg tinh bột/ngày × 280 ngày",
                 date="tháng 2 năm 2027"),
    "hh08": dict(stem="hh08_che_xanh_tan_huong_tht", build="doc", headings="upper",
                 producer="Tổ hợp tác chè xanh Tân Hương", legal_form="to_hop_tac",
                 email="chexanhtanhuong@gmail.com", commune="Kim Hoa",
                 product=["Chè xanh Tân Hương", "Chè xanh búp khô Tân Hương", "Chè xanh búp khô"],
                 category="beverage", money="trd", cap_text="25 kg chè khô/ngày × 250 ngày",
                 date="tháng 3 năm 2027"),
    "hh09": dict(stem="hh09_do_go_my_nghe_huu_binh", build="pdf", headings="bold",
                 producer="Cơ sở mộc mỹ nghệ Hữu Bính", legal_form="other",
                 email="mocmynghehuubinh@gmail.com", commune="Đức Thịnh",
                 product=["Đồ gỗ mỹ nghệ Hữu Bính", "Khay trà, hộp gỗ, tranh gỗ Hữu Bính", "Đồ gỗ mỹ nghệ"],
                 category="handicraft", money="tr", cap_text="14 sản phẩm/ngày × 300 ngày",
                 date="tháng 12 năm 2026"),
    "hh10": dict(stem="hh10_mam_tom_loc_hai_ctcp", build="docx", headings="autonum",
                 producer="Công ty cổ phần Hải sản Lộc Hải", legal_form="doanh_nghiep",
                 email="haisanlochai@gmail.com", commune="Lộc Hà",
                 product=["Mắm tôm Lộc Hải", "Mắm tôm"],
                 category="food", money="tr", cap_text="120 chum × 300 kg × 2 mẻ/năm",
                 date="tháng 7 năm 2026"),
    "hh11": dict(stem="hh11_bot_san_day_so_sai", build="docx", headings="plain",
                 producer="Hộ kinh doanh Trần Thị Mai", legal_form="ho_kinh_doanh",
                 email="bosandaymai@gmail.com", commune="Hương Trạch",
                 product=["Bột sắn dây Hương Trạch", "Bột sắn dây"], category="food",
                 date="tháng 9 năm 2026"),
    "hh12": dict(stem="hh12_tinh_dau_tram_so_sai", build="pdf", headings="upper",
                 producer="Gia đình bà Hồ Thị Lan", legal_form="other",
                 email=None, commune="Kỳ Lạc",
                 product=["Tinh dầu tràm Kỳ Lạc", "Tinh dầu tràm"], category="herbal",
                 date="tháng 2 năm 2027"),
}
FULL = [k for k in META if k in PLANS]
READY = ["hh01", "hh02", "hh03", "hh04"]
REVISE = ["hh05", "hh06", "hh07", "hh08", "hh09", "hh10"]
SKETCHY = ["hh11", "hh12"]

# --------------------------------------------------------------------------- giải trình
# What each full plan's "giải trình" part says it changed: (what, old figure, reference to the
# model's corrected figure). ref: ("out", y) | ("price", product, y) | ("inv_total",) |
# ("src", i) | ("payback",) | ("staff", y) | ("supply", raw, y) | ("rev", y) | ("cap",) |
# ("loan", y) | ("const", value) (a figure outside the model, e.g. a count of rooms)
CORR = {
    "hh01": [("sản lượng năm 2027", 28000, ("out", 0), "lít", 0),
             ("giá chai 500 ml", 95000, ("price", 0, 0), "đồng/chai", 0),
             ("tổng vốn đầu tư", 1850, ("inv_total",), "triệu đồng", 0),
             ("vốn vay", 1000, ("src", 2), "triệu đồng", 0),
             ("thời gian hoàn vốn", 1.5, ("payback",), "năm", 1),
             ("lao động", 18, ("staff", 0), "lao động", 0)],
    "hh02": [("sản lượng năm 2027", 4500, ("out", 0), "kg", 0),
             ("công suất sấy", 25, ("const", 18), "kg/ngày", 0),
             ("giá hộp 20 túi", 48000, ("price", 0, 0), "đồng/hộp", 0),
             ("doanh thu năm 2027", 2650, ("rev", 0), "triệu đồng", 0),
             ("tổng vốn đầu tư", 1800, ("inv_total",), "triệu đồng", 0),
             ("thời gian hoàn vốn", 1.4, ("payback",), "năm", 1),
             ("lao động", 14, ("staff", 0), "người", 0)],
    "hh03": [("sản lượng năm 2027", 5000, ("out", 0), "kg", 0),
             ("giá chai 500 g", 190000, ("price", 0, 0), "đồng/chai", 0),
             ("tổng vốn đầu tư", 900, ("inv_total",), "triệu đồng", 0),
             ("vốn vay", 500, ("src", 1), "triệu đồng", 0),
             ("nguồn mật thô", 6500, ("supply", 0, 0), "kg", 0)],
    "hh04": [("đêm khách năm 2027", 3600, ("out", 0), "đêm khách", 0),
             ("giá lưu trú", 380000, ("price", 0, 0), "đồng/đêm", 0),
             ("số phòng", 12, ("const", 9), "phòng", 0),
             ("tổng vốn đầu tư", 2100, ("inv_total",), "triệu đồng", 0),
             ("vốn vay", 1300, ("src", 1), "triệu đồng", 0),
             ("lao động", 16, ("staff", 0), "người", 0)],
    "hh05": [("sản lượng năm 2027", 15000, ("out", 0), "lít", 0),
             ("tổng vốn đầu tư", 1300, ("inv_total",), "triệu đồng", 0),
             ("giá chai 500 ml", 80000, ("price", 0, 0), "đồng/chai", 0)],
    "hh06": [("giá hộp 300 g", 65000, ("price", 0, 0), "đồng/hộp", 0),
             ("lao động", 12, ("staff", 0), "người", 0),
             ("sản lượng năm 2027", 10500, ("out", 0), "kg", 0)],
    "hh07": [("nguồn nghệ tươi", 151000, ("supply", 0, 0), "kg", 0),
             ("thời gian hoàn vốn", 2.4, ("payback",), "năm", 1),
             ("giá hũ 250 g", 135000, ("price", 0, 0), "đồng/hũ", 0)],
    "hh08": [("sản lượng năm 2027", 5000, ("out", 0), "kg", 0),
             ("giá túi 200 g", 70000, ("price", 0, 0), "đồng/túi", 0),
             ("lao động", 12, ("staff", 0), "người", 0)],
    "hh09": [("sản lượng năm 2027", 3800, ("out", 0), "sản phẩm", 0),
             ("giá khay trà", 380000, ("price", 0, 0), "đồng/chiếc", 0)],
    "hh10": [("giá hũ 250 g", 35000, ("price", 0, 0), "đồng/hũ", 0),
             ("lao động năm 2027", 10, ("staff", 0), "người", 0)],
}


def corr_texts(key: str) -> list[tuple[str, str, str]]:
    """(what, old as printed, new as printed) for each correction of a plan's giải trình."""
    out = []
    for what, old, ref, unit, dec in CORR.get(key, []):
        out.append((what, f"{fmt(old, dec)} {unit}", f"{fmt(ref_value(key, ref), dec)} {unit}"))
    return out


# --------------------------------------------------------------------------- planted defects
# hh05: objectives still print the old output 15.000 l (figure-inconsistent); the sources table
#       still the old 700 + 600 = 1.300 triệu against the corrected investment 1.000 (capital-mismatch)
# hh06: the revenue lines 2028 and 2029 of "Kẹo vừng thanh, hộp 300 g" still at the old 65.000 đ
# hh07: the financial part still prints the old payback 2,4 years (the giải trình gives the new one)
# hh08: the 2027 profit row still without the added interest; the investment total row still the
#       first version's 830 triệu after two items were added
PLANT = {
    "hh05": dict(obj_out=15000),
    "hh06": dict(rev_price={0: {1: 65000, 2: 65000}}, old_name="Kẹo vừng Bà Lụa"),
    "hh07": dict(payback=2.4),
    "hh08": dict(inv_total=830),
    "hh09": dict(),
    "hh10": dict(),
}


def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def model(key: str) -> dict:
    """Every figure of a full plan, true values."""
    c = PLANS[key]
    m: dict = {}
    prods = c["products"]
    m["packs"] = [[p[4][y] for y in Y] for p in prods]
    m["price"] = [[p[3][y] for y in Y] for p in prods]
    m["out"] = [sum(p[2] * p[4][y] for p in prods) for y in Y]
    m["rev_line"] = [[p[4][y] * p[3][y] / 1e6 for y in Y] for p in prods]
    m["rev"] = [sum(r[y] for r in m["rev_line"]) for y in Y]
    h = c["hist"]
    m["hist_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in Y]
    m["hist_profit"] = [m["hist_rev"][y] * h["margin"][y] for y in Y]
    raws = []
    for (lab, unit, norm, ucost, sup) in c["raws"]:
        norms = [norm * p[2] for p in prods] if not isinstance(norm, list) else norm
        need = [sum(norms[i] * prods[i][4][y] for i in range(len(prods))) for y in Y]
        rows = [[cnt[y] * yl for y in Y] for (_, cnt, _, yl) in sup]
        supply = [sum(r[y] for r in rows) for y in Y]
        raws.append(dict(label=lab, unit=unit, norm=norm, need=need, rows=rows, supply=supply,
                         cost=[need[y] * ucost / 1e6 for y in Y], ucost=ucost))
    m["raws"] = raws
    rating, mult, idx = c["cap"]
    m["cap"] = rating * mult
    ids = idx if idx is not None else range(len(prods))
    m["cap_out"] = [sum(prods[i][2] * prods[i][4][y] for i in ids) for y in Y]
    m["use"] = [m["cap_out"][y] / m["cap"] * 100 for y in Y]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m["wages"] = [m["staff"][y] * c["wage"][y] * 12 for y in Y]
    m["fixed"] = sum(v for (_, v, f) in c["inv"] if f)
    m["inv_total"] = sum(v for (_, v, _) in c["inv"])
    m["src_total"] = sum(v for (_, v) in c["src"])
    m["dep"] = m["fixed"] / c["life"]
    costs = {
        "raw": [sum(r["cost"][y] for r in raws) for y in Y],
        "pack": [sum(p[4][y] * p[5] for p in prods) / 1e6 for y in Y],
        "energy": [m["out"][y] * c["energy"] / 1e6 for y in Y],
        "wages": m["wages"],
        "dep": [m["dep"]] * 3,
        "interest": [c["loan"][y] * c["rate"] for y in Y],
        "sell": list(c["sell"]),
        "other": list(c["other"]),
        "tax": [m["rev"][y] * c["tax"] for y in Y],
    }
    if not c["tax"]:
        del costs["tax"]
    m["costs"] = costs
    m["cost"] = [sum(v[y] for v in costs.values()) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["payback"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    return m


def printed(key: str) -> dict:
    """The figures as the plan prints them: the model with the planted defects applied and
    whatever follows from them inside the plan's own arithmetic."""
    import copy
    c = PLANS[key]
    m = copy.deepcopy(model(key))
    pl = PLANT.get(key, {})
    for i, years in pl.get("rev_price", {}).items():
        for y, price in years.items():
            m["rev_line"][i][y] = m["packs"][i][y] * price / 1e6
        m["rev"] = [sum(r[y] for r in m["rev_line"]) for y in Y]
        if "tax" in m["costs"]:
            m["costs"]["tax"] = [m["rev"][y] * c["tax"] for y in Y]
        m["cost"] = [sum(v[y] for v in m["costs"].values()) for y in Y]
        m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
        m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
        m["payback"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    if key == "hh08":  # the 2027 profit row kept from before the interest line was added
        m["profit"][0] = m["rev"][0] - (m["cost"][0] - m["costs"]["interest"][0])
        m["margin"][0] = m["profit"][0] / m["rev"][0] * 100
        m["inv_total_row"] = pl["inv_total"]
    m["payback_printed"] = pl.get("payback", round(m["payback"], 1))
    if key == "hh08":  # recomputed by the producer from the new items and the true profits
        m["payback_printed"] = round(model(key)["payback"], 1)
    return m


def ref_value(key: str, ref: tuple) -> float:
    m = model(key)
    kind = ref[0]
    if kind == "out":
        return m["out"][ref[1]]
    if kind == "price":
        return m["price"][ref[1]][ref[2]]
    if kind == "inv_total":
        return m["inv_total"]
    if kind == "src":
        return PLANS[key]["src"][ref[1]][1]
    if kind == "payback":
        return round(m["payback"], 1)
    if kind == "staff":
        return m["staff"][ref[1]]
    if kind == "supply":
        return m["raws"][ref[1]]["supply"][ref[2]]
    if kind == "rev":
        return m["rev"][ref[1]]
    if kind == "const":
        return ref[1]
    raise ValueError(ref)


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"


def load(key: str) -> Plan:
    return Plan(META[key]["stem"])


GT_HEAD = re.compile(r"^#+ .*(giải trình|GIẢI TRÌNH|Giải trình)", re.M)


def split_gt(p: Plan) -> tuple[str, str]:
    """(the giải trình part, the rest of the plan): the giải trình part runs from its heading to the
    next heading of the same or a higher level."""
    m = GT_HEAD.search(p.body)
    if not m:
        p.failures.append("no giải trình heading")
        return "", p.body
    level = len(m.group(0).split()[0])
    rest = p.body[m.end():]
    nxt = re.search(r"^#{1,%d} " % level, rest, re.M)
    end = m.end() + (nxt.start() if nxt else len(rest))
    return p.body[m.start():end], p.body[:m.start()] + p.body[end:]


def tables(p: Plan) -> list[dict]:
    """Every table of the plan: caption, unit line, header and rows (cells as text)."""
    out, lines = [], p.body.splitlines()
    i = 0
    while i < len(lines):
        cap = re.match(r"^Bảng (\d+)\. (.*)", lines[i].strip())
        if cap:
            j, unit = i + 1, None
            while j < len(lines) and not lines[j].strip().startswith("|"):
                if lines[j].strip().startswith("ĐVT:"):
                    unit = lines[j].strip()[4:].strip()
                elif lines[j].strip() and not lines[j].startswith(":::"):
                    break
                j += 1
            rows = []
            while j < len(lines) and lines[j].strip().startswith("|"):
                cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                if not all(set(c) <= {"-"} for c in cells):
                    rows.append(cells)
                j += 1
            out.append(dict(n=int(cap.group(1)), caption=cap.group(2), unit=unit, header=rows[0] if rows else [],
                            rows=rows[1:]))
            i = j
        else:
            i += 1
    return out


def find(p: Plan, kind: str) -> dict | None:
    for t in tables(p):
        h, labels = t["header"], [r[0] if r[0] not in ("", *map(str, range(1, 20))) else r[1] for r in t["rows"]]
        ok = {
            "hist": "Năm 2024" in h,
            "raw": h[:1] == ["Nguồn cung, nhu cầu"],
            "staff": "Tổng số lao động" in labels,
            "prod": h == ["Sản phẩm", "ĐVT", "2027", "2028", "2029"],
            "price": h == ["Sản phẩm", "2027", "2028", "2029"] and all("(đồng/" in x for x in labels),
            "rev": h == ["Sản phẩm", "2027", "2028", "2029"] and labels[-1:] == ["Tổng doanh thu"],
            "cost": h[:1] == ["Khoản mục"],
            "sum": h[:1] in (["Chỉ tiêu"], ["Năm"]) and "Năm 2024" not in h and (
                "Lợi nhuận" in labels or "Lợi nhuận" in h),
            "inv": h == ["TT", "Hạng mục", "Loại", "Thành tiền"],
            "src": h[1:2] == ["Nguồn vốn"],
        }[kind]
        if ok:
            return t
    p.failures.append(f"table not found: {kind}")
    return None


def nums(cells: list[str]) -> list[float]:
    return [vn(c) for c in cells if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]


def money(key: str, s: float) -> float:
    """A money cell as triệu đồng."""
    return s / 1000 if META[key].get("money") == "k" else s


def near(a: float, b: float, tol: float = 0.01, floor: float = 0.11) -> bool:
    return abs(a - b) <= max(tol * max(abs(a), abs(b)), floor)


def payback_text(rest: str) -> float | None:
    m = re.search(r"hoàn vốn(?:[^.]|\.(?=\d))*?(?:≈|khoảng)\s*(\d+,\d)\s*năm", rest)
    return vn(m.group(1)) if m else None


# --------------------------------------------------------------------------- checks of a full plan
def check_full(key: str) -> Plan:
    p = load(key)
    c, t, mp, meta = PLANS[key], model(key), printed(key), META[key]
    gt, rest = split_gt(p)
    chk = p.check

    ntab = len(tables(p))
    chk(10 <= ntab <= 15, f"{ntab} tables (10-15 asked)")

    # history
    h = find(p, "hist")
    if h:
        rows = [nums(r) for r in h["rows"]]
        chk(rows[0][-3:] == [float(x) for x in c["hist"]["out"]], "history output")
        chk(rows[1][-3:] == [float(x) for x in c["hist"]["price"]], "history price")
        for y in Y:
            chk(near(money(key, rows[2][-3 + y]), t["hist_rev"][y]), f"history revenue {HIST_YEARS[y]}")
            chk(near(money(key, rows[3][-3 + y]), t["hist_profit"][y]), f"history profit {HIST_YEARS[y]}")
        chk(t["out"][0] / c["hist"]["out"][2] - 1 <= 0.20, "2027 output more than +20 % over 2026")

    # raw materials: rows in the generator's order (supply rows, total, need, balance?)
    r_t = find(p, "raw")
    if r_t:
        rows = [nums(r)[-3:] for r in r_t["rows"]]
        i = 0
        balance = key != "hh07"
        for ri, (lab, unit, norm, ucost, sup) in enumerate(c["raws"]):
            rm = t["raws"][ri]
            for si, s in enumerate(sup):
                chk(all(near(rows[i][y], rm["rows"][si][y], 0.005, 0.5) for y in Y), f"supply row {s[0]}")
                i += 1
            chk(all(near(rows[i][y], rm["supply"][y], 0.005, 0.5) for y in Y), f"supply total {lab}")
            chk(all(near(rows[i][y], sum(rows[i - 1 - k][y] for k in range(len(sup))), 0.005, 0.5) for y in Y),
                f"supply total = sum of rows ({lab})")
            i += 1
            chk(all(near(rows[i][y], rm["need"][y], 0.005, 0.5) for y in Y), f"need {lab}")
            i += 1
            if balance:
                chk(all(near(rows[i][y], rm["supply"][y] - rm["need"][y], 0.005, 0.5) for y in Y), f"balance {lab}")
                i += 1
            for y in Y:
                if key == "hh07" and y >= 1:
                    continue
                chk(rm["need"][y] <= rm["supply"][y], f"need over supply {lab} {YEARS[y]}")
        if key == "hh07":  # planted material-shortfall: 2029 need above supply by more than 5 %
            rm = t["raws"][0]
            chk(off(rm["need"][2], rm["supply"][2]) and rm["need"][2] > rm["supply"][2],
                f"hh07 shortfall 2029: need {rm['need'][2]:.0f} vs supply {rm['supply'][2]:.0f}")
            p.lacks(r"Còn dư|thiếu|Chênh lệch", "hh07 balance row or admitted shortfall")
            p.has("bảo đảm đủ nguyên liệu")

    # staff and wages
    s_t = find(p, "staff")
    if s_t:
        rows = {r[0]: nums(r)[-3:] for r in s_t["rows"]}
        for role, staff in c["roles"]:
            chk(rows.get(role) == [float(x) for x in staff], f"staff {role}")
        chk(rows.get("Tổng số lao động") == [float(x) for x in t["staff"]], "staff total")
        chk(all(near(rows["Lương bình quân (triệu đồng/tháng)"][y], c["wage"][y]) for y in Y), "wage")
        fund = [v for k_, v in rows.items() if k_.startswith("Quỹ lương")][0]
        chk(all(near(money(key, fund[y]), t["wages"][y]) for y in Y), "wage fund = staff x wage x 12")

    # output plan and capacity
    pr = find(p, "prod")
    if pr:
        rows = [nums(r)[-3:] for r in pr["rows"]]
        for i, prod in enumerate(c["products"]):
            chk(rows[i] == [float(x) for x in prod[4]], f"packs {prod[0]}")
        n = len(c["products"])
        chk(all(near(rows[n][y], t["out"][y], 0.005, 0.5) for y in Y), "output = packs x size")
        has_cap = key != "hh09"
        if has_cap:
            chk(rows[n + 1] == [float(t["cap"])] * 3, "capacity row = rating x days")
            chk(all(near(rows[n + 2][y], t["use"][y], 0.01, 0.06) for y in Y), "use %")
        else:
            chk(len(rows) == n + 1, "hh09 prints no capacity row")
    lim = 85.0 if key in READY else 100.0
    for y in Y:
        if key == "hh09" and y == 2:
            continue
        chk(t["use"][y] <= lim + 1e-9, f"use {t['use'][y]:.1f} % over {lim} % in {YEARS[y]}")
    if key == "hh09":  # planted capacity-exceeded
        chk(off(t["cap_out"][2], t["cap"]) and t["cap_out"][2] > t["cap"],
            f"hh09 2029 output {t['cap_out'][2]:.0f} vs capacity {t['cap']:.0f}")
        p.has("đáp ứng đủ kế hoạch sản xuất của cả giai đoạn")
    p.has(f"= {fmt(t['cap'])}")

    # prices
    pt = find(p, "price")
    if pt:
        for i, prod in enumerate(c["products"]):
            chk(nums(pt["rows"][i])[-3:] == [float(x) for x in prod[3]], f"prices {prod[0]}")

    # investment and sources
    it = find(p, "inv")
    if it:
        for i, (lab, v, fixed) in enumerate(c["inv"]):
            r = it["rows"][i]
            chk(r[1] == lab and near(money(key, nums(r[3:])[0]), v), f"investment item {lab}")
            chk(r[2] == ("Tài sản cố định" if fixed else "Chi phí khác"), f"investment kind {lab}")
        total = money(key, nums(it["rows"][-1])[-1])
        if key == "hh08":  # planted table-total-mismatch
            chk(off(total, t["inv_total"]) and near(total, PLANT["hh08"]["inv_total"]),
                f"hh08 investment total row {total} vs items {t['inv_total']}")
        else:
            chk(near(total, t["inv_total"]), "investment total = items")
    st = find(p, "src")
    if st:
        tot = t["src_total"]
        for i, (lab, v) in enumerate(c["src"]):
            r = nums(st["rows"][i])
            chk(near(money(key, r[-2]), v) and near(r[-1], v / tot * 100, 0.01, 0.06), f"source {lab}")
        chk(near(money(key, nums(st["rows"][-1])[-2]), tot), "sources total = sum")
        if key == "hh05":  # planted capital-mismatch
            chk(off(tot, t["inv_total"]), f"hh05 sources {tot} vs investment {t['inv_total']}")
        elif key == "hh08":  # the sources match the printed total (830) but not the items (tolerated)
            chk(near(tot, PLANT["hh08"]["inv_total"]) and off(tot, t["inv_total"]), "hh08 sources vs items")
        else:
            chk(near(tot, t["inv_total"]), "sources = investment")

    # revenue
    rt = find(p, "rev")
    if rt:
        for i, prod in enumerate(c["products"]):
            got = [money(key, x) for x in nums(rt["rows"][i])[-3:]]
            for y in Y:
                true = t["rev_line"][i][y]
                if key == "hh06" and i == 0 and y >= 1:  # planted revenue-mismatch
                    chk(off(got[y], true) and near(got[y], mp["rev_line"][i][y]),
                        f"hh06 revenue line {YEARS[y]}: printed {got[y]} vs true {true}")
                else:
                    chk(near(got[y], true), f"revenue {prod[0]} {YEARS[y]}: {got[y]} vs {true}")
        tot = [money(key, x) for x in nums(rt["rows"][-1])[-3:]]
        lines = [[money(key, x) for x in nums(r)[-3:]] for r in rt["rows"][:-1]]
        chk(all(near(tot[y], sum(l[y] for l in lines)) for y in Y), "revenue total = lines")

    # costs
    ct_ = find(p, "cost")
    if ct_:
        keys = list(mp["costs"])
        for i, kk in enumerate(keys):
            got = [money(key, x) for x in nums(ct_["rows"][i])[-3:]]
            chk(all(near(got[y], mp["costs"][kk][y]) for y in Y), f"cost line {kk}")
        tot = [money(key, x) for x in nums(ct_["rows"][-1])[-3:]]
        chk(all(near(tot[y], mp["cost"][y]) for y in Y), "cost total = lines")

    # summary
    su = find(p, "sum")
    if su:
        if su["header"][:1] == ["Năm"]:
            cols = list(zip(*[nums(r)[-4:] for r in su["rows"]]))
            rev_, cost_, prof_, marg_ = [list(x) for x in cols]
        else:
            rows = {r[0]: nums(r)[-3:] for r in su["rows"]}
            rev_, cost_, prof_ = rows["Doanh thu"], rows["Tổng chi phí"], rows["Lợi nhuận"]
            marg_ = rows["Tỷ suất lợi nhuận/doanh thu (%)"]
        rev_, cost_, prof_ = ([money(key, x) for x in v] for v in (rev_, cost_, prof_))
        for y in Y:
            chk(near(rev_[y], mp["rev"][y]), f"summary revenue {YEARS[y]}")
            chk(near(cost_[y], mp["cost"][y]), f"summary cost {YEARS[y]}")
            if key == "hh08" and y == 0:  # planted profit-mismatch
                chk(off(prof_[y], rev_[y] - cost_[y]) and near(prof_[y], mp["profit"][0]),
                    f"hh08 profit 2027 printed {prof_[y]} vs {rev_[y] - cost_[y]:.1f}")
            else:
                chk(near(prof_[y], rev_[y] - cost_[y]), f"profit = revenue - cost {YEARS[y]}")
            chk(near(marg_[y], prof_[y] / rev_[y] * 100, 0.01, 0.06), f"margin {YEARS[y]}")
            chk(0 < t["margin"][y] < 40, f"true margin {t['margin'][y]:.1f} % in {YEARS[y]}")

    # payback as printed
    pb = payback_text(rest)
    chk(pb is not None, "payback not found")
    if pb is not None:
        true = t["payback"]
        if key == "hh07":  # planted payback-mismatch
            chk(off(pb, true) and pb == PLANT["hh07"]["payback"], f"hh07 payback {pb} vs true {true:.2f}")
        elif key == "hh06":  # follows the inflated profits (tolerated)
            chk(abs(pb - mp["payback"]) <= 0.051 and off(pb, true), f"hh06 payback {pb}")
        else:
            chk(abs(pb - true) <= 0.051, f"payback {pb} vs {true:.2f}")
        chk(1.5 <= true <= 5, f"true payback {true:.2f} years")

    # growth
    for y in (1, 2):
        g_rev = t["rev"][y] / t["rev"][y - 1] - 1
        if key == "hh10":
            continue
        chk(g_rev <= 0.35, f"revenue growth {g_rev:.0%} in {YEARS[y]}")
    if key == "hh10":  # planted unrealistic-growth
        o = t["out"]
        chk(o[1] / o[0] - 1 > 0.5 and o[2] / o[1] - 1 > 0.5, "hh10 output growth")
        chk(t["rev"][1] / t["rev"][0] - 1 > 0.5, "hh10 revenue growth")
        p.has("giữ nguyên hệ thống 15 đại lý", "xin giữ nguyên kế hoạch")

    # the giải trình part: old figure beside the new one; the old one not in the body
    planted_old = {"hh05": ["15.000 lít"], "hh07": ["2,4 năm"]}.get(key, [])
    for what, old, new in corr_texts(key):
        o_num, n_num = old.split()[0], new.split()[0]
        chk(o_num in gt and n_num in gt, f"giải trình lacks {what}: {old} -> {new}")
        chk(off(vn(o_num), vn(n_num)), f"giải trình {what}: old {old} not off the new {new}")
        if old in planted_old:
            chk(old in rest, f"planted old figure {old} not in the body")
        else:
            chk(old not in rest, f"old figure {old} ({what}) left in the body")
    for what, old, ref, unit, dec in CORR[key]:
        if ref[0] != "const" and not (key == "hh07" and ref[0] == "payback"):
            chk(fmt(ref_value(key, ref), dec) in rest, f"new figure of {what} not in the body")
    if key == "hh05":  # planted figure-inconsistent
        p.has("Năm 2027 sản xuất 15.000 lít")
        chk(off(15000, t["out"][0]), "hh05 objectives output")
    if key == "hh07":
        chk(off(2.4, t["payback"]) and fmt(round(t["payback"], 1), 1) + " năm" in gt, "hh07 giải trình payback")

    # names
    prod_names = meta["product"]
    chk(prod_names[0].lower() in rest.lower(), f"product name {prod_names[0]} not in the body")
    if key == "hh03":
        chk("Mật ong rừng Hoa Sơn" in gt and "Hoa Sơn" not in rest, "hh03 old name only in the giải trình")
    if key == "hh06":  # planted name-inconsistent
        old = PLANT["hh06"]["old_name"]
        chk(rest.count(old) >= 2 and rest.count(prod_names[0]) >= 4, "hh06 old name in the body")
        sw = re.search(r"# 6/ .*?(?=\n# )", p.body, re.S).group(0)
        mk = re.search(r"# 7/ .*?(?=\n# )", p.body, re.S).group(0)
        chk(old in sw and old in mk, "hh06 old name in SWOT and market")

    # textual defects and compliance words
    text_checks(key, p, rest)
    return p


NO_ATTP = r"(?<!\w)(?:an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết)(?!\w)"
NO_ENV = r"(?<!\w)(?:môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|rác|nước rửa|ô nhiễm)(?!\w)"


def text_checks(key: str, p: Plan, rest: str) -> None:
    body = p.body
    if key != "hh09":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key != "hh08":
        p.lacks(REPLACED, "replaced instrument or district level")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key in READY:
        p.lacks(r"(?i)(?<!\w)huyện(?!\w)", "district")
        p.has("an toàn thực phẩm", "nhãn hiệu")
        if key != "hh03":  # a bee-keeping household: no waste that needs registration
            p.has("đăng ký môi trường")
        if key != "hh04":
            p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở", "thử nghiệm", "tự công bố", "QR", "mã lô")
        else:
            p.has("an ninh, trật tự", "phòng cháy", "lưu trú du lịch", "quy trình phục vụ")
    # every paper in force at the plan's date; before 2030 a renewal is scheduled
    year = int(re.search(r"năm (\d{4})", META[key]["date"]).group(1))
    for d, mth, yy in re.findall(r"Đến (\d{1,2})/(\d{1,2})/(\d{4})", body):
        p.check(int(yy) > year, f"paper valid only to {d}/{mth}/{yy}")
        if int(yy) < 2030:
            p.check("cấp lại" in body.lower(), f"paper to {yy} with no renewal scheduled")
    if key == "hh02":
        p.has("không ghi công dụng phòng hay chữa bệnh")
        gt, _ = split_gt(p)
        p.check("hỗ trợ điều trị viêm gan" in gt and "điều trị" not in rest, "hh02 health claim only quoted")
    if key == "hh05":
        p.lacks(r"(?i)giấy phép|cấp phép|phép|105/2017|17/2020|thủ công nhằm", "hh05 alcohol licence")
        p.has("QCVN 6-3:2010/BYT", "44/2019/QH14", "đăng ký môi trường", "an toàn thực phẩm")
    if key == "hh06":
        p.lacks(r"(?i)tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "hh06 product standard")
        p.has("an toàn thực phẩm", "nhãn hiệu", "43/2017/NĐ-CP")
    if key == "hh07":
        p.lacks(r"(?i)nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|đăng ký nhãn", "hh07 trademark")
        p.has("Tiêu chuẩn cơ sở", "an toàn thực phẩm", "đăng ký môi trường")
    if key == "hh08":
        p.has("123/2018/NQ-HĐND", "cấp huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện",
              "148/QĐ-TTg", "1489/QĐ-TTg", "bỏ các văn bản đã hết hiệu lực")
    if key == "hh09":
        p.lacks(r"(?i)đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|hợp tác xã|công ty|"
                r"tổ hợp tác|giấy chứng nhận đăng ký|thuế", "hh09 business registration")
        found = re.findall(PLACEHOLDER, body)
        p.check(len(found) >= 2, f"hh09 placeholders: {found}")
        p.has("[tên sản phẩm]", "bà ……………")
        p.has("đăng ký nhãn hiệu", "Tiêu chuẩn cơ sở", "43/2017/NĐ-CP")
    if key == "hh10":
        p.lacks(NO_ATTP, "hh10 food safety")
        p.lacks(NO_ENV, "hh10 environment")
        p.has("Tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "mã lô")


# --------------------------------------------------------------------------- sketchy plans
def check_sketchy(key: str) -> Plan:
    p = load(key)
    words = len(re.sub(r"^#+ ", "", p.body, flags=re.M).split())
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a table in a sketchy plan")
    p.lacks(REPLACED, "replaced instrument or district level")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(NO_ATTP + r"|tiêu chuẩn|TCCS|công bố|nhãn hiệu|truy xuất|" + NO_ENV, "a paper in a sketchy plan")
    if key == "hh11":
        p.has("800 kg", "150.000 đồng/kg", "120 triệu đồng", "50 triệu đồng", "28H8004417")
        p.check(close(800 * 150000, 120e6), "hh11 800 kg x 150.000 = 120 triệu")
    else:
        p.has("60 lít", "400.000 đồng/lít", "24 triệu đồng", "30 triệu đồng")
        p.check(close(60 * 400000, 24e6), "hh12 60 l x 400.000 = 24 triệu")
        p.lacks(r"(?i)đăng ký|mã số|hộ kinh doanh|hợp tác xã|công ty", "hh12 registration")
    return p


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in META] or list(META)
    plans = [check_full(k) if k in PLANS else check_sketchy(k) for k in keys]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
