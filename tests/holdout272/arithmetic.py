"""The 272nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout272/arithmetic.py [jn01 jn05 ...]

Theme: plans illustrated with pictures, charts and diagrams. The pictures (photos drawn with
Pillow, charts, process flows, map sketches) are added to the built documents by figures.py; what
a reader can check is the plan's text and tables, so this script checks the text and tables only,
plus the captions and the sentences that refer to the pictures ("như Hình 3 cho thấy …").

For every full plan (jn01-jn10) the constants give the products (pack size in the plan's base
unit, price and packs per year, packaging cost per pack), the 2024-2026 history (output, average
price, margin), the raw materials (norm per base unit, price, supply rows as count x yield), the
rated capacity (per day x working days), staff by role with the monthly wage per year, the energy
cost per base unit, the selling and tax shares of revenue, a fixed "other" line, the investment
items and capital sources, asset life, loan balances and rate. `model()` turns them into every
figure; `printed()` applies the planted defects (and the figures that follow them in the plan).
Each figure is read back from the plan's source (tables found by their caption "Bảng N") and
compared: planted numeric defects must be wrong by more than 5 % (the true value is computed
beside them), everything else right within 1 %. Textual defects are asserted through the absence
or presence of their words. Sketchy plans: 150-350 words, no table.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- constants
# product: (label, pack word, size in base unit, prices đ per year, packs per year, pack cost đ)
# hist: out per year (base unit), price đ/base unit, margin
# raws: (label, unit, norm per base unit, price đ/unit, rows [(label, counts per year, count word, yield)])
# cap: (rating per day in base unit, days)
# roles: (role, staff per year); wage: monthly wage per year (triệu)
# energy: đ per base unit; sell, tax: shares of revenue; other: triệu a year
# inv: (label, triệu, fixed?); src: (label, triệu); life: years; loan: balance per year; rate
PLANS: dict[str, dict] = {
    "jn01": dict(
        unit="kg",
        products=[("Bột sắn dây nguyên chất, hộp giấy 500 g", "hộp", 0.5, [95000, 98000, 100000], [9000, 10000, 11000], 6000),
                  ("Bột sắn dây nguyên chất, túi 1 kg", "túi", 1.0, [175000, 180000, 185000], [3500, 3900, 4300], 4000),
                  ("Bột sắn dây hũ thủy tinh 300 g", "hũ", 0.3, [78000, 80000, 82000], [3000, 3400, 3800], 9000)],
        hist=dict(out=[6800, 7500, 8200], price=[178000, 182000, 186000], margin=[0.15, 0.16, 0.17]),
        raws=[("Củ sắn dây tươi", "kg", 6.5, 8000,
               [("Vùng sắn dây của công ty", [2, 2, 2], "ha", 18000),
                ("Hộ liên kết thôn Kim Sơn", [25, 25, 25], "hộ", 1200),
                ("Hộ liên kết thôn Tân Hòa", [15, 15, 15], "hộ", 1000)])],
        cap=(60, 250),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rửa, nghiền, lọc, lắng", [3, 3, 3]),
               ("Sấy, đóng gói, kho", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        energy=5000, sell=0.05, tax=0.015, other=60,
        inv=[("Máy nghiền và máy lọc tách bã", 180, True), ("Bể lắng inox 6 bể", 120, True),
             ("Máy sấy bơm nhiệt 60 kg/ngày", 260, True), ("Cải tạo xưởng 150 m² theo nguyên tắc một chiều", 190, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 650), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "jn02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [230000, 235000, 240000], [3000, 3250, 3500], 9000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1.0, [420000, 430000, 440000], [1200, 1300, 1400], 12000),
                  ("Mật ong hoa rừng, chai 250 g", "chai", 0.25, [125000, 128000, 130000], [2000, 2200, 2400], 7000)],
        hist=dict(out=[2500, 2750, 2950], price=[390000, 400000, 410000], margin=[0.14, 0.15, 0.15]),
        raws=[("Mật ong thô", "kg", 1.05, 190000,
               [("Đàn ong của thành viên", [300, 330, 360], "đàn", 10),
                ("Hộ nuôi ong liên kết", [12, 12, 12], "hộ", 60)])],
        cap=(60, 220),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Lọc, hạ thủy phần, đóng chai", [1, 1, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[4.5, 4.8, 5.0],
        energy=3000, sell=0.05, tax=0.01, other=40,
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 150, True), ("Máy quay mật, bồn lắng inox", 70, True),
             ("Phòng lọc, đóng chai 36 m²", 140, True), ("Bổ sung 60 thùng ong giống", 90, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.075),
    "jn03": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [68000, 70000, 72000], [6000, 6500, 7000], 2000),
                  ("Nón bài thơ hai lớp lá", "chiếc", 1, [165000, 170000, 175000], [2000, 2200, 2400], 5000),
                  ("Nón lá mini lưu niệm", "chiếc", 1, [42000, 43000, 44000], [3000, 3200, 3400], 3000)],
        hist=dict(out=[9000, 9800, 10500], price=[78000, 80000, 82000], margin=[0.09, 0.10, 0.10]),
        raws=[("Lá nón khô", "kg", 0.12, 60000,
               [("Hộ khai thác lá nón thôn Khe Giao", [12, 12, 12], "hộ", 120),
                ("Hộ khai thác lá nón thôn Bình Hà", [8, 8, 8], "hộ", 100)]),
              ("Nứa chuốt vành", "kg", 0.08, 15000,
               [("Cơ sở chuốt nứa Đồng Môn", [1, 1, 1], "cơ sở", 1500)])],
        cap=(54, 280),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Phơi, là lá, chuốt vành", [1, 1, 1]),
               ("Hoàn thiện, bán hàng", [1, 1, 2])],
        wage=[4.5, 4.7, 4.9],
        piece=("Tiền công khoán chằm nón", 24000),
        energy=500, sell=0.05, tax=0.01, other=30,
        inv=[("Nhà xưởng chằm nón và kho lá 120 m²", 220, True), ("Lò sấy lá nón chống mốc", 60, True),
             ("Bộ khuôn nón các cỡ", 40, True), ("Thiết kế mẫu, thẻ treo, hộp", 30, False),
             ("Đăng ký nhãn hiệu, tem truy xuất", 20, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 200)],
        life=10, loan=[200, 150, 100], rate=0.066),
    "jn04": dict(
        unit="kg",
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, [60000, 62000, 64000], [6000, 6600, 7200], 2500),
                  ("Chè xanh búp khô, hộp 500 g", "hộp", 0.5, [150000, 155000, 160000], [2000, 2200, 2400], 8000),
                  ("Chè xanh búp khô, túi 1 kg", "túi", 1.0, [260000, 268000, 276000], [800, 880, 960], 3000)],
        hist=dict(out=[2400, 2600, 2800], price=[250000, 260000, 270000], margin=[0.13, 0.14, 0.14]),
        raws=[("Búp chè tươi", "kg", 5.0, 12000,
               [("Đồi chè của hộ", [1.5, 1.5, 1.5], "ha", 8000),
                ("Hộ trồng chè thôn Khe Cò", [8, 8, 8], "hộ", 1200)])],
        cap=(25, 200),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Hái, phân loại búp", [2, 2, 2]),
               ("Sao, vò, sấy chè", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        energy=15000, sell=0.05, tax=0.015, other=25,
        inv=[("Máy sao chè quay tay cải tiến 2 lồng", 90, True), ("Máy vò chè và máy sấy", 110, True),
             ("Cải tạo phòng chế biến 50 m²", 80, True), ("Bao bì, nhãn, mã QR", 25, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, False), ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        life=8, loan=[200, 150, 100], rate=0.08),
    "jn05": dict(
        unit="lít",
        products=[("Rượu ngô men lá, chai 500 ml", "chai", 0.5, [45000, 46000, 47000], [30000, 36000, 40000], 7000),
                  ("Rượu ngô men lá, bình sành 2 lít", "bình", 2.0, [160000, 164000, 168000], [3000, 3500, 3800], 30000),
                  ("Rượu ngô men lá, can 5 lít", "can", 5.0, [300000, 305000, 310000], [1400, 1600, 1680], 12000)],
        hist=dict(out=[21000, 23000, 25000], price=[74000, 76000, 78000], margin=[0.12, 0.13, 0.13]),
        raws=[("Ngô hạt", "kg", 2.2, 9000,
               [("Hộ thành viên trồng ngô", [60, 60, 60], "hộ", 1200),
                ("Hộ liên kết thôn Kim Lĩnh", [20, 20, 20], "hộ", 1500)])],
        cap=(120, 250),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, chiết, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        energy=4000, sell=0.05, tax=0.02, other=50,
        inv=[("Kho ủ rượu 80 m²", 220, True), ("Máy lọc, khử andehit", 180, True),
             ("Hệ thống chiết rót, đóng nắp", 150, True), ("Chum, bình sành ủ rượu", 90, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "jn06": dict(
        unit="kg",
        products=[("Cá chỉ vàng khô tẩm gia vị, túi 250 g", "túi", 0.25, [95000, 98000, 100000], [12000, 13000, 14000], 3000),
                  ("Cá chỉ vàng khô tẩm gia vị, túi 500 g", "túi", 0.5, [180000, 185000, 190000], [4000, 4400, 4800], 4000),
                  ("Cá chỉ vàng nướng xé sợi, hộp 200 g", "hộp", 0.2, [85000, 88000, 90000], [5000, 5500, 6000], 6000)],
        hist=dict(out=[4800, 5200, 5600], price=[340000, 350000, 360000], margin=[0.11, 0.12, 0.12]),
        raws=[("Cá chỉ vàng tươi", "kg", 3.2, 35000,
               [("Tàu cá của cổ đông", [4, 4, 4], "tàu", 5000),
                ("Vựa cá bến Xuân Hội (hợp đồng)", [1, 1, 1], "vựa", 6000)])],
        cap=(40, 250),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế, tẩm gia vị", [4, 4, 5]),
               ("Sấy, nướng, xé sợi", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        energy=12000, sell=0.05, tax=0.015, other=80,
        inv=[("Máy sấy bơm nhiệt 40 kg/ngày", 320, True), ("Lò nướng và máy xé sợi", 160, True),
             ("Kho lạnh bảo quản cá 40 m³", 240, True), ("Cải tạo xưởng chế biến 200 m²", 300, True),
             ("Bể lắng, xử lý nước rửa cá", 80, True), ("Bao bì, mã vạch, nhãn", 60, False),
             ("Vốn lưu động", 440, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.085),
    "jn07": dict(
        unit="kg",
        products=[("Trà túi lọc cà gai leo, hộp 25 túi × 2 g", "hộp", 0.05, [32000, 33000, 34000], [20000, 22400, 24800], 6000),
                  ("Trà túi lọc cà gai leo, hộp 50 túi × 2 g", "hộp", 0.1, [58000, 60000, 62000], [6000, 6800, 7600], 9000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [90000, 92000, 94000], [3000, 3400, 3800], 3000)],
        hist=dict(out=[2600, 2800, 2950], price=[385000, 390000, 395000], margin=[0.12, 0.13, 0.13]),
        raws=[("Cà gai leo tươi", "kg", 4.0, 9000,
               [("Vùng trồng của hợp tác xã", [3, 3, 3], "ha", 3400),
                ("Hộ liên kết thôn Trung Thiên", [10, 10, 10], "hộ", 300)])],
        cap=(25, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi lọc", [2, 2, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.2, 5.5, 5.8],
        energy=6000, sell=0.05, tax=0.01, other=45,
        inv=[("Nhà sơ chế và phòng đóng gói 100 m²", 260, True), ("Máy sấy bơm nhiệt 25 kg/ngày", 210, True),
             ("Máy nghiền dược liệu", 60, True), ("Máy đóng túi lọc tự động", 250, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "jn08": dict(
        unit="kg",
        products=[("Hương nén trầm, hộp 250 g", "hộp", 0.25, [65000, 66000, 67000], [4000, 8000, 12000], 4000),
                  ("Nụ trầm, hộp 100 g", "hộp", 0.1, [55000, 56000, 57000], [3000, 6000, 9000], 3000),
                  ("Hương vòng trầm, hộp 24 vòng 300 g", "hộp", 0.3, [90000, 92000, 94000], [2000, 4000, 6000], 5000)],
        hist=dict(out=[1500, 1650, 1800], price=[290000, 295000, 300000], margin=[0.12, 0.12, 0.13]),
        raws=[("Bột gỗ trầm, bột quế", "kg", 0.55, 150000,
               [("Xưởng bột trầm (hợp đồng)", [1, 2, 3], "xưởng", 1200)]),
              ("Tăm tre", "kg", 0.30, 30000,
               [("Hộ chẻ tăm thôn Đồng Văn", [6, 12, 18], "hộ", 120)])],
        cap=(40, 250),
        roles=[("Trưởng nhóm, sổ sách", [1, 1, 1]), ("Trộn bột, se hương", [2, 2, 2]),
               ("Phơi, đóng hộp, bán hàng", [2, 2, 2])],
        wage=[4.5, 4.7, 4.9],
        energy=3000, sell=0.05, tax=0.01, other=20,
        inv=[("Máy se hương tự động", 160, True), ("Giàn phơi và nhà phơi có mái che", 80, True),
             ("Máy trộn bột, máy ép nụ trầm", 60, True), ("Hộp, nhãn, thẻ treo", 30, False),
             ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của các hộ", 300), ("Vay Quỹ hỗ trợ nông dân", 150)],
        life=8, loan=[150, 100, 50], rate=0.07),
    "jn09": dict(
        unit="lít",
        products=[("Tương ớt Hồng Lộc, chai 250 ml", "chai", 0.25, [27000, 28000, 29000], [18000, 19800, 21600], 3500),
                  ("Tương ớt Hồng Lộc, chai 500 ml", "chai", 0.5, [45000, 46000, 47000], [9000, 9900, 10800], 5000),
                  ("Tương ớt Hồng Lộc, can 2 lít", "can", 2.0, [140000, 144000, 148000], [900, 990, 1080], 8000)],
        hist=dict(out=[8000, 9000, 10000], price=[82000, 84000, 86000], margin=[0.12, 0.13, 0.13]),
        raws=[("Ớt tươi", "kg", 0.9, 25000,
               [("Ruộng ớt của hộ", [0.5, 0.5, 0.5], "ha", 12000),
                ("Hộ trồng ớt thôn Thượng Phú", [12, 12, 12], "hộ", 600)]),
              ("Tỏi khô", "kg", 0.08, 60000,
               [("Cơ sở tỏi Xuân Yên (hợp đồng)", [1, 1, 1], "cơ sở", 1200)])],
        cap=(70, 250),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Sơ chế, xay, nấu tương", [2, 2, 3]),
               ("Chiết chai, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        energy=4000, sell=0.05, tax=0.015, other=25,
        inv=[("Máy xay ớt công nghiệp", 70, True), ("Nồi nấu tương có cánh khuấy", 120, True),
             ("Máy chiết rót, đóng nắp", 110, True), ("Cải tạo phòng chế biến 60 m²", 150, True),
             ("Bao bì, nhãn, mã vạch", 50, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200),
             ("Vay người thân", 50)],
        life=10, loan=[200, 150, 100], rate=0.08),
    "jn10": dict(
        unit="kg",
        products=[("Bún gạo lứt khô, túi 500 g", "túi", 0.5, [38000, 39000, 40000], [36000, 39000, 42000], 1800),
                  ("Bún gạo lứt khô, túi 1 kg", "túi", 1.0, [70000, 72000, 74000], [8000, 8800, 9600], 2500),
                  ("Bún gạo lứt đỏ, hộp 300 g", "hộp", 0.3, [32000, 33000, 34000], [10000, 11000, 12000], 2500)],
        hist=dict(out=[22000, 24000, 26500], price=[68000, 70000, 72000], margin=[0.10, 0.11, 0.11]),
        raws=[("Gạo lứt", "kg", 1.15, 22000,
               [("Hợp tác xã Nông nghiệp Đức Quang (hợp đồng)", [1, 1, 1], "hợp đồng", 30000),
                ("Hộ trồng lúa thôn Yên Điềm", [25, 25, 25], "hộ", 1000)])],
        cap=(200, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm, xay, ép bún", [4, 4, 4]),
               ("Sấy, đóng gói, kho", [3, 3, 3]), ("Vận chuyển", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        energy=4000, sell=0.05, tax=0.015, other=70,
        inv=[("Dây chuyền ép đùn bún 200 kg/ngày", 520, True), ("Máy sấy bún bơm nhiệt", 300, True),
             ("Máy xay gạo ướt và bồn ngâm", 90, True), ("Cải tạo xưởng 250 m²", 280, True),
             ("Bao bì, mã vạch, nhãn", 60, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08),
}



# The tables of each full plan, in the order they are numbered ("Bảng 1" is the first key).
TABLES: dict[str, list[str]] = {
    "jn01": ["hist", "price", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev", "cost",
             "sum", "papers", "risk", "sched"],
    "jn02": ["comp", "price", "swot", "raw", "equip", "staff", "output", "inv", "src", "rev", "cost",
             "sum", "papers", "sched"],
    "jn03": ["hist", "price", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev", "cost",
             "sum", "papers", "sched"],
    "jn04": ["hist", "price", "swot", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev",
             "cost", "sum", "papers", "sched"],
    "jn05": ["hist", "price", "swot", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev",
             "cost", "sum", "papers", "sched"],
    "jn06": ["hist", "price", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev", "cost",
             "sum", "papers", "risk", "sched"],
    "jn07": ["hist", "price", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev", "cost",
             "sum", "papers", "sched"],
    "jn08": ["hist", "price", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev", "cost",
             "sum", "papers", "sched"],
    "jn09": ["hist", "price", "swot", "comp", "raw", "equip", "staff", "output", "inv", "src", "rev",
             "cost", "sum", "papers", "sched"],
    "jn10": ["hist", "swot", "raw", "equip", "staff", "price", "output", "inv", "src", "rev", "cost",
             "sum", "papers", "risk", "sched"],
}

# Plans whose raw-material table has no balance row ("Còn dư") and whose output table has no
# capacity rows (the capacity is stated in the text and a caption only).
NO_BALANCE = {"jn07"}
NO_CAP_ROWS = {"jn05"}

# Planted numeric defects (what the plan prints instead of the true value).
PLANT: dict[str, dict] = {
    "jn06": {"rev_line": (0, 2, 1.15)},      # revenue line of product 0, year 2029, x 1,15
    "jn07": {"cost_total": (1, 0.91)},       # cost table's 2028 total, x 0,91
    "jn08": {"payback": 0.7},                # payback printed in the text (years)
    "jn09": {"h_out_text": 12000},           # 2026 output stated in the chart caption and text
    "jn10": {"profit": (1, 1.25)},           # summary profit 2028, x 1,25
}


def model(k: str) -> dict:
    """Every figure of a full plan, true values."""
    P = PLANS[k]
    m: dict = {}
    prods = P["products"]
    m["packs"] = [p[4] for p in prods]
    m["prices"] = [p[3] for p in prods]
    m["out"] = [round(sum(p[2] * p[4][y] for p in prods), 3) for y in Y]
    m["rev_lines"] = [[r1(p[4][y] * p[3][y] / 1e6) for y in Y] for p in prods]
    m["rev"] = [r1(sum(line[y] for line in m["rev_lines"])) for y in Y]
    h = P["hist"]
    m["h_out"] = h["out"]
    m["h_price"] = h["price"]
    m["h_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in Y]
    m["h_profit"] = [r1(m["h_rev"][i] * h["margin"][i]) for i in Y]
    m["raw"] = []
    for lab, unit, norm, price, rows in P["raws"]:
        sup_rows = [[round(c[y] * yld) for y in Y] for (_l, c, _w, yld) in rows]
        sup = [sum(r[y] for r in sup_rows) for y in Y]
        need = [round(m["out"][y] * norm) for y in Y]
        m["raw"].append(dict(label=lab, unit=unit, norm=norm, price=price, rows=rows,
                             sup_rows=sup_rows, sup=sup, need=need,
                             bal=[sup[y] - need[y] for y in Y],
                             cost=[r1(need[y] * price / 1e6) for y in Y]))
    rating, days = P["cap"]
    m["cap"] = rating * days
    m["use"] = [r1(m["out"][y] / m["cap"] * 100) for y in Y]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["fund"] = [r1(m["staff"][y] * P["wage"][y] * 12) for y in Y]
    m["inv_total"] = sum(x[1] for x in P["inv"])
    m["fixed"] = sum(x[1] for x in P["inv"] if x[2])
    m["src_total"] = sum(x[1] for x in P["src"])
    m["src_share"] = [r1(x[1] / m["src_total"] * 100) for x in P["src"]]
    m["depr"] = r1(m["fixed"] / P["life"])
    m["interest"] = [r1(P["loan"][y] * P["rate"]) for y in Y]
    m["pack"] = [r1(sum(p[4][y] * p[5] for p in prods) / 1e6) for y in Y]
    m["energy"] = [r1(m["out"][y] * P["energy"] / 1e6) for y in Y]
    return m


def cost_lines(k: str, m: dict, rev: list[float]) -> list[tuple[str, list[float]]]:
    """The cost lines, the selling and tax lines reckoned on the revenue given."""
    P = PLANS[k]
    lines = [(r["label"], r["cost"]) for r in m["raw"]]
    if "piece" in P:
        lines.append((P["piece"][0], [r1(m["out"][y] * P["piece"][1] / 1e6) for y in Y]))
    lines += [("Bao bì, nhãn", m["pack"]),
              ("Điện, nước, nhiên liệu", m["energy"]),
              ("Tiền lương, tiền công", m["fund"]),
              ("Khấu hao tài sản cố định", [m["depr"]] * 3),
              ("Lãi vay ngân hàng", m["interest"]),
              ("Bán hàng, quảng bá", [r1(rev[y] * P["sell"]) for y in Y]),
              ("Thuế, phí", [r1(rev[y] * P["tax"]) for y in Y]),
              ("Chi phí khác", [float(P["other"])] * 3)]
    return lines


def finance(k: str, m: dict, rev_lines: list[list[float]], cost_total_override=None,
            profit_override=None) -> dict:
    rev = [r1(sum(line[y] for line in rev_lines)) for y in Y]
    lines = cost_lines(k, m, rev)
    cost_sum = [r1(sum(line[1][y] for line in lines)) for y in Y]
    cost = list(cost_sum)
    if cost_total_override:
        y, f = cost_total_override
        cost[y] = r1(cost_sum[y] * f)
    profit = [r1(rev[y] - cost[y]) for y in Y]
    if profit_override:
        y, f = profit_override
        profit[y] = r1(profit[y] * f)
    margin = [r1(profit[y] / rev[y] * 100) for y in Y]
    payback = round(m["inv_total"] / (sum(profit) / 3 + m["depr"]) + 1e-9, 1)
    return dict(rev_lines=rev_lines, rev=rev, lines=lines, cost_sum=cost_sum, cost=cost,
                profit=profit, margin=margin, payback=payback)


def true(k: str) -> dict:
    m = model(k)
    return finance(k, m, m["rev_lines"])


def printed(k: str) -> dict:
    """The figures as the plan prints them: planted defects and what follows them."""
    m = model(k)
    pl = PLANT.get(k, {})
    rl = [list(x) for x in m["rev_lines"]]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        rl[i][y] = r1(rl[i][y] * f)
    f = finance(k, m, rl, pl.get("cost_total"), pl.get("profit"))
    if "payback" in pl:
        f["payback"] = pl["payback"]
    return f


# --------------------------------------------------------------------------- reading the plans
def fnum(x: float) -> str:
    """A number as the plans print it in prose: dotted thousands, decimal comma, no trailing zero."""
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}".replace(",", ".")
    return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[int, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            s = line.strip()
            if mm := re.match(r"^Bảng (\d+)[.:]", s):
                cur = int(mm.group(1))
                self.tables[cur] = []
                continue
            if cur is None:
                continue
            if s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if not all(re.fullmatch(r"-+", c) for c in cells):
                    self.tables[cur].append(cells)
            elif s and not s.startswith("ĐVT") and self.tables[cur]:
                cur = None

    def trow(self, n: int, label: str, count: int = 3, skip: int = 0) -> list[float]:
        seen = 0
        for r in self.tables.get(n, []):
            if any(c.startswith(label) for c in r[:2]):
                nums = [vn(c) for c in r[2:] if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]
                if len(nums) >= count:
                    if seen == skip:
                        return nums[-count:]
                    seen += 1
        self.failures.append(f"table {n}: row not found: {label!r}")
        return [0.0] * count

    def eq(self, got: list[float] | float, want: list[float] | float, what: str, tol: float = 0.01) -> None:
        got = got if isinstance(got, list) else [got]
        want = want if isinstance(want, list) else [want]
        for i, (g, w) in enumerate(zip(got, want)):
            if not (close(g, w, tol) or abs(g - w) <= 0.11):
                self.failures.append(f"{what}[{i}]: printed {g}, expected {w}")

    def wrong(self, printed: float, true_value: float, what: str) -> None:
        """A planted numeric defect: wrong by more than 5 % (and by less than 45 %)."""
        dev = abs(printed - true_value) / abs(true_value) * 100
        if not off(printed, true_value, 5.0) or dev > 45:
            self.failures.append(f"planted {what}: printed {printed}, true {true_value} ({dev:.1f} %)")

    def section(self, heading_pattern: str) -> str:
        """The text from a heading matching the pattern to the next heading."""
        lines = self.body.splitlines()
        out, on = [], False
        for ln in lines:
            if ln.startswith("#"):
                if on:
                    break
                on = bool(re.search(heading_pattern, ln))
                continue
            if on:
                out.append(ln)
        if not out:
            self.failures.append(f"section not found: {heading_pattern!r}")
        return "\n".join(out)


# --------------------------------------------------------------------------- checks of a full plan
FULL = [f"jn{i:02d}" for i in range(1, 11)]
READY = ["jn01", "jn02", "jn03", "jn04"]
CAPTION = re.compile(r"^(Hình \d+[.:]|Ảnh \d+[.:]|Biểu đồ \d+[.:]|Sơ đồ \d+[.:]|Sơ đồ quy trình)", re.M)


def check_full(pl: Plan, k: str) -> None:
    P, m, t, p = PLANS[k], model(k), true(k), printed(k)
    idx = {key: i + 1 for i, key in enumerate(TABLES[k])}
    pl.check(sorted(pl.tables) == list(range(1, len(TABLES[k]) + 1)),
             f"tables numbered {sorted(pl.tables)}, expected 1..{len(TABLES[k])}")
    pl.check(10 <= len(pl.tables) <= 15, f"{len(pl.tables)} tables")
    u = P["unit"]
    prods = P["products"]

    # history (a table, or a chart whose figures the text states)
    if "hist" in idx:
        n = idx["hist"]
        out26 = pl.trow(n, f"Sản lượng ({u})")
        pl.eq(out26, m["h_out"], "history output")
        pl.eq(pl.trow(n, "Giá bán bình quân"), m["h_price"], "history price")
        rev = pl.trow(n, "Doanh thu")
        pl.eq(rev, [r1(a * b / 1e6) for a, b in zip(out26, pl.trow(n, "Giá bán bình quân"))], "history revenue")
        pl.eq(pl.trow(n, "Lợi nhuận"), m["h_profit"], "history profit")
    else:
        for x in m["h_out"]:
            pl.has(f"{fnum(x)} kg")
        for x in m["h_rev"] + m["h_profit"]:
            pl.has(fnum_1(x))
    hist_growth = (m["h_out"][2] / m["h_out"][0]) ** 0.5 - 1
    pl.check(hist_growth < 0.15, f"history growth {hist_growth:.3f}")
    pl.check(m["out"][0] <= m["h_out"][2] * 1.2, "2027 output more than 20 % above 2026")

    # prices and output (packs), revenue lines = packs x price
    n_price, n_out, n_rev = idx["price"], idx["output"], idx["rev"]
    packs = [pl.trow(n_out, pr[0]) for pr in prods]
    prices = [pl.trow(n_price, pr[0]) for pr in prods]
    for i, pr in enumerate(prods):
        pl.eq(packs[i], pr[4], f"packs {i}")
        pl.eq(prices[i], pr[3], f"prices {i}")
    out = [sum(packs[i][y] * prods[i][2] for i in range(len(prods))) for y in Y]
    pl.eq(pl.trow(n_out, f"Tổng sản lượng ({u})"), out, "output total")
    pl.eq(out, m["out"], "output model")
    if k not in NO_CAP_ROWS:
        pl.eq(pl.trow(n_out, "Công suất thiết kế"), [m["cap"]] * 3, "capacity")
        pl.eq(pl.trow(n_out, "Mức sử dụng công suất"), [r1(o / m["cap"] * 100) for o in out], "capacity use")
    pl.has(f"{fnum(P['cap'][1])} ngày/năm")
    rl = PLANT.get(k, {}).get("rev_line")
    rev_lines = []
    for i, pr in enumerate(prods):
        got = pl.trow(n_rev, pr[0])
        rev_lines.append(got)
        for y in Y:
            want = r1(packs[i][y] * prices[i][y] / 1e6)
            if rl and (i, y) == (rl[0], rl[1]):
                pl.wrong(got[y], want, f"revenue line {i} {YEARS[y]}")
                pl.eq(got[y], p["rev_lines"][i][y], "planted revenue line as modelled")
            else:
                pl.eq(got[y], want, f"revenue line {i} {YEARS[y]}")
    rev_total = pl.trow(n_rev, "Tổng doanh thu")
    pl.eq(rev_total, [r1(sum(x[y] for x in rev_lines)) for y in Y], "revenue total = lines")
    pl.eq(rev_total, p["rev"], "revenue total model")

    # raw materials: supply rows = count x yield, need = output x norm, balance
    n_raw = idx["raw"]
    for j, r in enumerate(m["raw"]):
        for (lab, cnt, _w, yld), vals in zip(r["rows"], r["sup_rows"]):
            pl.eq(pl.trow(n_raw, lab), [c * yld for c in cnt], f"supply {lab}")
        sup = pl.trow(n_raw, "Tổng nguồn cung", skip=j)
        pl.eq(sup, r["sup"], f"supply total {r['label']}")
        need = [round(out[y] * r["norm"]) for y in Y]
        pl.eq(pl.trow(n_raw, "Nhu cầu", skip=j), need, f"need {r['label']}")
        if k in NO_BALANCE:
            pl.check("Còn dư" not in pl.body, "a balance row is printed")
        else:
            pl.eq(pl.trow(n_raw, "Còn dư", skip=j), [sup[y] - need[y] for y in Y], f"balance {r['label']}")
        for y in Y:
            if k == "jn07" and y == 2:
                pl.wrong(sup[y], need[y], "material-shortfall: supply 2029 against need")
                pl.check(need[y] > sup[y], "jn07 2029 need within supply")
            elif not (k == "jn07" and y == 1):
                pl.check(need[y] <= sup[y], f"need above supply {r['label']} {YEARS[y]}")
        pl.has(f"{fnum(r['norm'])} kg")

    # capacity: output within the rated capacity except the planted defect
    for y in Y:
        if k == "jn05" and y >= 1:
            pl.wrong(m["cap"], out[y], f"capacity-exceeded: capacity against output {YEARS[y]}")
            pl.check(out[y] > m["cap"], "jn05 output within capacity")
        elif k == "jn05":
            pl.check(out[y] <= m["cap"], "jn05 2027 output above capacity")
        else:
            pl.check(out[y] <= m["cap"] * 0.85 + 1e-6, f"capacity use above 85 % in {YEARS[y]}")

    # staff and wages
    n_st = idx["staff"]
    staff = [0.0] * 3
    for role, counts in P["roles"]:
        got = pl.trow(n_st, role)
        pl.eq(got, counts, f"staff {role}")
        staff = [staff[y] + got[y] for y in Y]
    pl.eq(pl.trow(n_st, "Tổng số lao động"), staff, "staff total")
    wage = pl.trow(n_st, "Lương bình quân")
    pl.eq(wage, P["wage"], "wage")
    fund = pl.trow(n_st, "Quỹ lương")
    pl.eq(fund, [r1(staff[y] * wage[y] * 12) for y in Y], "wage fund = staff x wage x 12")

    # investment and sources
    n_inv, n_src = idx["inv"], idx["src"]
    items = [pl.trow(n_inv, lab, 1)[0] for lab, _a, _f in P["inv"]]
    pl.eq(items, [a for _l, a, _f in P["inv"]], "investment items")
    inv_total = pl.trow(n_inv, "Tổng cộng", 1)[0]
    pl.eq(inv_total, sum(items), "investment total = items")
    srcs = [pl.trow(n_src, lab, 2) for lab, _a in P["src"]]
    src_sum = sum(s[0] for s in srcs)
    pl.eq(pl.trow(n_src, "Tổng cộng", 2), [src_sum, 100.0], "sources total")
    for s in srcs:
        pl.eq(s[1], r1(s[0] / src_sum * 100), "source share")
    if k == "jn09":
        pl.wrong(src_sum, inv_total, "capital-mismatch: sources against investment")
        pl.has("bảo đảm đủ vốn cho phương án")
    else:
        pl.eq(src_sum, inv_total, "sources = investment")
    pl.has(f"{fnum(inv_total)} triệu đồng")

    # costs: every line from the model, the total = the lines
    n_cost = idx["cost"]
    lines = [(lab, pl.trow(n_cost, lab)) for lab, _v in p["lines"]]
    for (lab, got), (_l, want) in zip(lines, p["lines"]):
        pl.eq(got, want, f"cost line {lab}")
    for (lab, got), (_l, want) in zip(lines, t["lines"]):
        if lab in ("Bán hàng, quảng bá", "Thuế, phí") and rl:
            continue  # reckoned on the printed (inflated) revenue, a knock-on
        pl.eq(got, want, f"cost line {lab} (true)")
    # wage line = wage fund, depreciation = fixed assets / life, interest = loan x rate
    pl.eq(dict(lines)["Tiền lương, tiền công"], fund, "wage line = wage fund")
    pl.eq(dict(lines)["Khấu hao tài sản cố định"], [r1(m["fixed"] / P["life"])] * 3, "depreciation")
    pl.eq(dict(lines)["Lãi vay ngân hàng"], [r1(b * P["rate"]) for b in P["loan"]], "interest")
    cost_total = pl.trow(n_cost, "Tổng chi phí")
    line_sum = [r1(sum(x[1][y] for x in lines)) for y in Y]
    for y in Y:
        if k == "jn07" and y == 1:
            pl.wrong(cost_total[y], line_sum[y], "table-total-mismatch: cost total 2028")
        else:
            pl.eq(cost_total[y], line_sum[y], f"cost total {YEARS[y]}")

    # summary: revenue and cost as the two tables, profit = revenue - cost, margin
    n_sum = idx["sum"]
    s_rev, s_cost = pl.trow(n_sum, "Doanh thu"), pl.trow(n_sum, "Tổng chi phí")
    s_profit, s_margin = pl.trow(n_sum, "Lợi nhuận"), pl.trow(n_sum, "Tỷ suất")
    pl.eq(s_rev, rev_total, "summary revenue")
    pl.eq(s_cost, cost_total, "summary cost")
    for y in Y:
        want = r1(s_rev[y] - s_cost[y])
        if k == "jn10" and y == 1:
            pl.wrong(s_profit[y], want, "profit-mismatch: profit 2028")
        else:
            pl.eq(s_profit[y], want, f"profit {YEARS[y]}")
        pl.eq(s_margin[y], r1(s_profit[y] / s_rev[y] * 100), f"margin {YEARS[y]}")
    # the true figures: revenue growth and margins
    for y in Y:
        prev = m["h_rev"][2] if y == 0 else t["rev"][y - 1]
        g = t["rev"][y] / prev - 1
        if k == "jn08" and y >= 1:
            pl.check(g > 0.5, f"jn08 growth {YEARS[y]} only {g:.3f}")
        else:
            pl.check(g < 0.3, f"revenue growth {YEARS[y]} {g:.3f}")
        mg = t["profit"][y] / t["rev"][y]
        pl.check(0 < mg < (0.42 if k == "jn08" else 0.26), f"true margin {YEARS[y]} {mg:.3f}")
    if k == "jn06":  # knock-ons of the inflated revenue line (tolerated)
        pl.check(off(s_rev[2], t["rev"][2]), "knock-on: summary revenue 2029 within 5 %")
        pl.check(off(s_profit[2], t["profit"][2]), "knock-on: profit 2029 within 5 %")
    if k == "jn07":  # knock-on of the short cost total (tolerated)
        pl.check(off(s_profit[1], t["profit"][1]), "knock-on: profit 2028 within 5 %")
    if k == "jn10":  # the planted profit against the true one
        pl.wrong(s_profit[1], t["profit"][1], "profit-mismatch against the true profit")

    # payback = investment / (average printed profit + depreciation); the true one beside it
    pb_printed = round(inv_total / (sum(s_profit) / 3 + m["depr"]) + 1e-9, 1)
    stated = p["payback"]
    pl.check(f"khoảng {fnum(stated)} năm" in pl.body or f"≈ {fnum(stated)} năm" in pl.body,
             f"payback {fnum(stated)} năm not stated")
    if k == "jn08":
        pl.wrong(stated, t["payback"], "payback-mismatch")
        pl.wrong(stated, pb_printed, "payback-mismatch (printed profits)")
    else:
        pl.eq(stated, pb_printed, "payback from printed profits", tol=0.02)
    if k in ("jn06", "jn07", "jn10"):
        pl.check(abs(stated - t["payback"]) / t["payback"] > 0.05, "knock-on payback within 5 %")

    # the rates the text states
    pl.has(f"{fnum(P['sell'] * 100)} %", f"{fnum(P['tax'] * 100)} %", f"{fnum(P['rate'] * 100)} %/năm")

    # pictures: captions and sentences that refer to them
    caps = CAPTION.findall(pl.body)
    pl.check(len(caps) >= 4, f"only {len(caps)} picture captions")
    refs = 0
    for c in caps:
        name = re.match(r"(Hình \d+|Ảnh \d+|Biểu đồ \d+|Sơ đồ \d+|Sơ đồ quy trình)", c).group(1)
        refs += sum(1 for ln in pl.body.splitlines() if name in ln and not CAPTION.match(ln))
    pl.check(refs >= 3, f"only {refs} sentences refer to a picture")


def fnum_1(x: float) -> str:
    """Money with one decimal as printed: 1.234,5."""
    i, d = divmod(round(x * 10), 10)
    return f"{i:,}".replace(",", ".") + f",{d}"


# --------------------------------------------------------------------------- textual checks
def check_text(pl: Plan, k: str) -> None:
    b = pl.body
    date = re.search(r"tháng (\d{1,2}) năm (20\d\d)", b)
    if date:
        ym = int(date.group(2)) * 100 + int(date.group(1))
        pl.check(202607 <= ym <= 202703, f"plan dated {date.group(0)}")
    else:
        pl.failures.append("no plan date")
    if k != "jn10":
        pl.lacks(PLACEHOLDER, "template placeholder")
    if k != "jn06":
        pl.lacks(r"(?<!\w)huyện(?!\w)", "district level")
    if k in READY:
        pl.lacks(REPLACED, "replaced instrument in a ready plan")
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "mã lô")
        for yy in re.findall(r"[Hh]iệu lực đến \d{1,2}/\d{1,2}/(20\d\d)", b):
            pl.check(int(yy) >= 2030, f"paper valid only to {yy}")
        if k == "jn03":
            pl.has("không phải là thực phẩm", "TCCS 01:2026/PL")
        else:
            pl.has("an toàn thực phẩm", "Tiêu chuẩn cơ sở", "thử nghiệm", "tự công bố", "QR")
        if k == "jn01":
            pl.has("đăng ký môi trường")
        if k in ("jn02", "jn04"):
            pl.has("không ghi công dụng chữa bệnh")
    if k == "jn05":
        pl.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence")
        pl.lacks(r"môi trường|chất thải|nước thải|(?<!\w)bã(?!\w)|bỗng|biogas|xử lý|ô nhiễm|khói|(?<!\w)rác|(?<!\w)thải",
                 "environment measure")
        pl.has("mỗi nồi 60 lít rượu/ngày", "250 ngày/năm", "đủ năng lực đáp ứng sản lượng kế hoạch",
               "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "18 tuổi")
        pl.check(all(x[0] != "Nồi chưng cất" for x in PLANS[k]["inv"]), "a still is bought")
    if k == "jn06":
        pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|tự công bố|cam kết",
                 "food-safety paper")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
               "Tiêu chuẩn cơ sở", "nhãn hiệu", "đăng ký môi trường")
        pl.lacks(r"148/QĐ-TTg|1489", "current programme decision")
    if k == "jn07":
        pl.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|an toàn|vi sinh)",
                 "product standard")
        pl.has("an toàn thực phẩm", "nhãn hiệu", "43/2017/NĐ-CP", "bảo đảm đủ",
               "Sơ đồ 1. Vùng trồng cà gai leo 3 ha")
    if k == "jn08":
        pl.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác|"
                 r"công ty|doanh nghiệp|đăng ký hộ|giấy phép", "business registration")
        pl.has("giữ nguyên 5 lao động", "không phải là thực phẩm", "Tiêu chuẩn cơ sở", "nhãn hiệu",
               "tăng gấp ba")
    if k == "jn09":
        other, own = "Hộ kinh doanh Tương ớt Mai Hoa", "Hộ kinh doanh Tương ớt Hiền Lương"
        pl.check(pl.count(other) >= 3, "the other producer's name named fewer than 3 times")
        pl.check(pl.count(own) >= 3, "own name named fewer than 3 times")
        shown = PLANT["jn09"]["h_out_text"]
        pl.has(f"năm 2026 đạt {fnum(shown)} lít", f"năm 2026 cơ sở sản xuất {fnum(shown)}")
        pl.wrong(shown, model("jn09")["h_out"][2], "figure-inconsistent: 2026 output in the caption")
    if k == "jn10":
        pl.has("[tên sản phẩm]", "Hạn sử dụng: …… tháng")
        pl.lacks(r"đại lý|siêu thị|cửa hàng|(?<!\w)chợ|(?<!\w)sàn(?!\w)|Shopee|Facebook|Zalo|TikTok|phân phối|"
                 r"hội chợ|bếp ăn|trường học|nhà hàng|khách sạn|xuất khẩu|(?<!\w)kênh|khách hàng|điểm bán|"
                 r"thương lái", "sales channel")
        market = pl.section(r"Phân tích thị trường")
        pl.check(not re.search(r"\d", market), "a figure or price in the market section")
    for f in pl.front["figures"]:
        pl.has(f["text"])


def check_sketchy(pl: Plan, k: str) -> None:
    words = len(pl.body.split())
    pl.check(150 <= words <= 350, f"{words} words")
    pl.check(not pl.rows, "a table in a sketchy plan")
    pl.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn cơ sở|TCCS|tự công bố|nhãn hiệu|mã lô|truy xuất|"
             r"43/2017|đăng ký môi trường", "a paper a sketchy plan lacks")
    pl.check(len(CAPTION.findall(pl.body)) == 1, "one picture caption")
    if k == "jn11":
        pl.has("300 chiếc", "3.000 đồng/chiếc", "80 triệu đồng", "lãi khoảng 10 triệu đồng")
        pl.lacks(r"đăng ký|mã số thuế", "registration")
    if k == "jn12":
        pl.has("12.000 chiếc", "45.000 đồng/chiếc", "540 triệu đồng", "150 triệu đồng",
               "giấy chứng nhận đăng ký tổ hợp tác số 07/ĐKTHT")
        pl.check(abs(12000 * 45000 / 1e6 - 540) < 1e-6, "jn12 revenue")
    for f in pl.front["figures"]:
        pl.has(f["text"])


def main(argv: list[str] | None = None) -> int:
    import yaml

    keys = list(argv or [])
    plans = []
    for path in sorted((HERE / "src").glob("*.md")):
        k = path.stem[:4]
        if keys and k not in keys:
            continue
        pl = Plan(path.stem)
        pl.front = yaml.safe_load(pl.text.split("---", 2)[1])["expected"]
        if k in FULL:
            check_full(pl, k)
        else:
            check_sketchy(pl, k)
        check_text(pl, k) if k in FULL else None
        plans.append(pl)
    if not plans:
        print("no plan selected")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
