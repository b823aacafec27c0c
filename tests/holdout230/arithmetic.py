"""The 230th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout230/arithmetic.py [hw01 hw05 ...]

Theme: cooperatives and companies whose plan gives the whole organisation's figures (all its
members, services and lines of business, its total revenue, staff and assets) beside the OCOP
product's own smaller figures. For every full plan (hw01-hw10) the constants give the product
(packs per year, pack size, price per year, pack cost, piece rates), its 2024-2026 history, the raw
materials (norm per base unit, purchase price, supply rows as count x yield), the equipment rating,
the product's own staff and wage, energy per unit, selling and tax shares, the fixed "other" line,
the investment items and sources, loan balances and rate, and the organisation: its other lines of
business with their 2024-2026 revenue and yearly growth, members, staff by department, assets.
`model()` turns them into every figure a plan prints (the generator that wrote the plans used the
same function, so every table cell is computed); `tables()` renders the tables, and each rendered
table must stand verbatim in the plan. Then the relations a reviewer checks are recomputed:
revenue = packs x price, totals = sum of lines, profit = revenue - cost, sources = investment,
need <= supply, output <= capacity, payback = investment / (average profit + depreciation), the
organisation's totals = its lines (the OCOP line = the product's own revenue), the product's share.
Planted numeric defects must be wrong by more than 5 % (the true value is computed beside them),
everything else right within 1 %. Textual defects are asserted through the presence or absence of
their words. Sketchy plans: 150-350 words, no table.
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
HIST = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year],
#            pack cost đ, piece rate đ per pack (hand work paid by the piece, 0 = none))
# hist: product outputs 2024-2026 (base units), average price đ per base unit, profit margin
# raws: (label, unit, norm per base unit, price đ per unit, supply rows
#        (label, [count per year], count word, yield per count))
# cap: (rating, multiplier, rating text, multiplier text) -> capacity = rating x multiplier
# roles: the product's own staff (role, [per year]); wage: monthly wage per year (triệu đồng)
# energy: đ per base unit; sell, tax: shares of revenue; other: fixed triệu a year
# inv: (label, triệu, fixed asset?); src: (label, triệu); life: years; loan: balance per year
# org: the whole organisation: lines (label, [revenue 2024-2026 triệu], growth a year),
#      the OCOP line's label, members, departments (label, staff), assets, charter capital
# plant: the planted numeric defects that change printed figures (see model())
PLANS: dict[str, dict] = {
    "hw01": dict(
        unit="kg",
        products=[("Miến gạo trắng, túi 500 g", "túi", 0.5, [42000, 42000, 44000], [24000, 26000, 28000], 2500, 0),
                  ("Miến gạo lứt đỏ, túi 400 g", "túi", 0.4, [48000, 48000, 50000], [9000, 10500, 12000], 2500, 0),
                  ("Miến gạo, bao 5 kg cho quán ăn", "bao", 5, [350000, 350000, 360000], [600, 700, 800], 8000, 0)],
        hist=dict(out=[14200, 15600, 17100], price=[84000, 86000, 87000], margin=[0.20, 0.21, 0.22]),
        raws=[("Gạo tẻ, gạo lứt đỏ", "kg", 1.25, 14000,
               [("Hộ thành viên cánh đồng lúa chất lượng", [42, 44, 46], "hộ", 600),
                ("Gạo xay từ lúa giống loại 2 của HTX", [1, 1, 1], "lô", 6000)])],
        cap=(100, 280, "100 kg miến/ngày", "280 ngày"),
        roles=[("Quản lý xưởng, kiểm soát chất lượng", [1, 1, 1]), ("Ngâm, xay, tráng, hấp", [3, 3, 3]),
               ("Phơi, sấy, cắt sợi", [2, 2, 3]), ("Đóng gói, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=1800, sell=0.05, tax=0.01, other=40,
        inv=[("Máy tráng, hấp miến liên hoàn", 320, True), ("Lò sấy miến bằng hơi nóng", 260, True),
             ("Cải tạo xưởng 150 m² theo một chiều", 180, True), ("Máy đóng gói hút chân không", 90, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 250, False)],
        src=[("Quỹ đầu tư phát triển của HTX", 340), ("Vốn góp bổ sung của thành viên", 300),
             ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, loan=[500, 400, 300], rate=0.075,
        org=dict(lines=[("Dịch vụ thủy lợi nội đồng", [1250, 1290, 1320], 0.02),
                        ("Dịch vụ làm đất, thu hoạch", [2480, 2610, 2760], 0.04),
                        ("Cung ứng vật tư nông nghiệp", [4120, 4380, 4650], 0.04),
                        ("Sản xuất, cung ứng lúa giống", [1380, 1460, 1540], 0.03)],
                 ocop="Chế biến miến gạo (OCOP)", members=386,
                 depts=[("Hội đồng quản trị, ban giám đốc", 5), ("Kế toán, thủ quỹ, kiểm soát", 3),
                        ("Tổ thủy lợi nội đồng", 4), ("Tổ máy làm đất, thu hoạch", 6),
                        ("Cửa hàng vật tư, kho lúa giống", 3), ("Xưởng miến gạo", 8)],
                 assets=9860, charter=2450, product_assets=1020),
        plant={}),
    "hw02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 195000, 200000], [5000, 5600, 6200], 9000, 0),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [260000, 265000, 270000], [1800, 2000, 2200], 12000, 0),
                  ("Mật ong hoa rừng, hộp quà 2 chai 250 g", "hộp", 0.5, [240000, 245000, 250000], [800, 900, 1000], 30000, 0)],
        hist=dict(out=[3600, 3950, 4300], price=[318000, 325000, 332000], margin=[0.14, 0.15, 0.16]),
        raws=[("Mật ong thô", "kg", 1.06, 110000,
               [("Trại ong của công ty", [320, 340, 360], "đàn", 12),
                ("Hộ nuôi ong liên kết xã Hương Đô", [28, 30, 32], "hộ", 80)])],
        cap=(30, 250, "30 kg/ngày (1 mẻ)", "250 ngày"),
        roles=[("Quản lý bộ phận ong mật", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [3, 3, 3]),
               ("Lọc, hạ thủy phần, đóng chai", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=2000, sell=0.06, tax=0.01, other=35,
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 220, True), ("Phòng lọc, đóng chai 45 m²", 180, True),
             ("Bổ sung 40 thùng ong và đàn giống", 70, True), ("Bồn inox lắng, thiết bị lọc", 80, True),
             ("Bao bì, nhãn, kiểm nghiệm", 45, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu của công ty", 495), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        org=dict(lines=[("Kinh doanh thức ăn chăn nuôi", [14820, 15960, 17240], 0.05),
                        ("Thuốc thú y, vật tư chăn nuôi", [3260, 3480, 3710], 0.04),
                        ("Ong giống, thùng ong, dịch vụ", [410, 450, 480], 0.03)],
                 ocop="Mật ong (sản phẩm OCOP)", members=0,
                 depts=[("Ban giám đốc, văn phòng", 4), ("Kế toán, tài chính", 2),
                        ("Kinh doanh thức ăn chăn nuôi", 18), ("Thuốc thú y, vật tư", 5),
                        ("Bộ phận ong mật", 7), ("Kho, vận chuyển", 9)],
                 assets=15150, charter=8000, product_assets=610,
                 balance=dict(short=8940, long=6210, debt=5380, equity=9770)),
        plant={}),
    "hw03": dict(
        unit="chiếc",
        products=[("Nón lá truyền thống 16 vành", "chiếc", 1, [95000, 98000, 100000], [7000, 7500, 8000], 4000, 25000),
                  ("Nón lá bài thơ thêu tay", "chiếc", 1, [180000, 185000, 190000], [2500, 2800, 3000], 8000, 50000),
                  ("Nón lá mini trang trí, hộp quà", "hộp", 1, [130000, 135000, 140000], [1500, 1700, 2000], 12000, 30000)],
        hist=dict(out=[8600, 9400, 10200], price=[108000, 111000, 114000], margin=[0.12, 0.13, 0.13]),
        raws=[("Lá nón đã phơi, là phẳng", "kg", 0.15, 60000,
               [("Hộ trồng cây lá nón thôn Phú Hòa", [36, 36, 38], "hộ", 50),
                ("Tổ thu gom lá nón xã Sơn Lộc", [1, 1, 1], "tổ", 400)]),
              ("Tre, giang làm vành", "kg", 0.25, 15000,
               [("Hộ khai thác tre, giang trong xã", [12, 12, 12], "hộ", 300)])],
        cap=(54, 300, "45 thợ × 1,2 chiếc/ngày", "300 ngày"),
        roles=[("Quản lý, kiểm tra chất lượng", [1, 1, 1]), ("Sơ chế lá, làm vành", [2, 2, 2]),
               ("Hoàn thiện, quét dầu, đóng gói", [2, 2, 3])],
        wage=[5.0, 5.3, 5.6], energy=3000, sell=0.06, tax=0.01, other=30,
        inv=[("Nhà sơ chế lá và kho 120 m²", 260, True), ("Máy là lá bằng hơi nước", 90, True),
             ("Lò sấy chống mốc cho nón", 110, True), ("Khuôn nón inox, khung thêu", 40, True),
             ("Mẫu mã, hộp quà, thẻ treo", 35, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 335), ("Vay Ngân hàng Nông nghiệp", 400)],
        life=10, loan=[400, 300, 200], rate=0.075,
        org=dict(lines=[("Gia công mây tre đan xuất khẩu", [5860, 6240, 6710], 0.04),
                        ("Chổi đót, chổi chít", [1120, 1180, 1250], 0.03),
                        ("Cung ứng vật tư, nguyên liệu", [640, 690, 720], 0.03)],
                 ocop="Nón lá (sản phẩm OCOP)", members=126,
                 depts=[], assets=4380, charter=1260, product_assets=420,
                 homeworkers=210, hat_workers=45),
        plant={}),
    "hw04": dict(
        unit="kg",
        products=[("Trà vối túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [36000, 36000, 38000], [36000, 40000, 44000], 6000, 0),
                  ("Nụ vối khô, túi 300 g", "túi", 0.3, [75000, 75000, 78000], [4000, 4500, 5000], 3000, 0),
                  ("Lá vối ủ khô, túi 500 g", "túi", 0.5, [55000, 55000, 58000], [3000, 3300, 3600], 3000, 0)],
        hist=dict(out=[3500, 3800, 4150], price=[360000, 370000, 380000], margin=[0.14, 0.15, 0.16]),
        raws=[("Lá, nụ vối tươi", "kg", 4.0, 9000,
               [("Vùng vối của công ty", [6, 6, 6], "ha", 2400),
                ("Hộ trồng vối liên kết", [24, 26, 28], "hộ", 350)])],
        cap=(25, 270, "25 kg khô/ngày", "270 ngày"),
        roles=[("Quản lý, kiểm soát chất lượng", [1, 1, 1]), ("Thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 4]), ("Kho, giao hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=6000, sell=0.06, tax=0.01, other=45,
        inv=[("Máy sấy bơm nhiệt 2 buồng", 280, True), ("Máy nghiền, máy đóng túi lọc", 340, True),
             ("Phòng đóng gói 60 m² một chiều", 160, True), ("Bao bì, nhãn, tem truy xuất", 45, False),
             ("Kiểm nghiệm, tiêu chuẩn cơ sở", 25, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 650), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        org=dict(lines=[("Dược liệu khô bán cho công ty dược", [6420, 6880, 7350], 0.04),
                        ("Cây giống dược liệu", [1350, 1420, 1510], 0.03),
                        ("Dịch vụ sơ chế, sấy thuê", [480, 520, 560], 0.03)],
                 ocop="Trà vối (sản phẩm OCOP)", members=0,
                 depts=[("Ban giám đốc, kế toán", 4), ("Đội trồng, chăm sóc dược liệu", 14),
                        ("Vườn ươm cây giống", 5), ("Xưởng sơ chế, sấy", 6), ("Xưởng trà vối", 8)],
                 assets=11240, charter=5000, product_assets=540, area=62),
        plant={}),
    "hw05": dict(
        unit="lít",
        products=[("Rượu nếp cái 35 độ, chai 500 ml", "chai", 0.5, [70000, 72000, 74000], [30000, 36000, 42000], 9000, 0),
                  ("Rượu nếp cái 35 độ, bình sứ 1,5 lít", "bình", 1.5, [240000, 245000, 250000], [3000, 3500, 4000], 45000, 0),
                  ("Rượu nếp cái 30 độ, can 5 lít", "can", 5, [350000, 360000, 370000], [1200, 1300, 1400], 15000, 0)],
        hist=dict(out=[19800, 21600, 23400], price=[118000, 121000, 124000], margin=[0.12, 0.13, 0.13]),
        raws=[("Gạo nếp cái", "kg", 1.3, 20000,
               [("Ruộng nếp cái của thành viên", [80, 80, 85], "hộ", 550),
                ("Hộ trồng nếp thôn Đông Thịnh", [20, 22, 24], "hộ", 500)])],
        cap=(120, 250, "2 nồi × 60 lít/ngày", "250 ngày"),
        roles=[("Ban quản lý xưởng", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Hạ thổ, lọc, chiết rót", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=4000, sell=0.06, tax=0.01, other=50,
        inv=[("Nhà chưng cất, chiết rót 120 m²", 600, True), ("Kho hạ thổ, ủ rượu 80 m²", 240, True), ("Hệ thống lọc, khử andehit, chiết rót", 280, True),
             ("Chum sành ủ rượu", 150, True), ("Hầm biogas, bể chứa bỗng rượu", 110, True),
             ("Nhãn, bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 650), ("Quỹ đầu tư phát triển của HTX", 300),
             ("Vay Ngân hàng Nông nghiệp", 800)],
        life=10, loan=[800, 650, 500], rate=0.075,
        org=dict(lines=[("Dịch vụ làm đất, gieo cấy, thu hoạch", [2150, 2240, 2360], 0.03),
                        ("Dịch vụ thủy lợi, tưới tiêu", [860, 880, 910], 0.02),
                        ("Cung ứng vật tư, phân bón", [3420, 3610, 3790], 0.04),
                        ("Chăn nuôi lợn thịt", [1280, 1350, 1440], 0.04)],
                 ocop="Rượu nếp cái (OCOP)", members=264,
                 depts=[], assets=8740, charter=1980, product_assets=760),
        plant={"capacity": True}),
    "hw06": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [85000, 88000, 90000], [20000, 22000, 24000], 7000, 0),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [70000, 72000, 74000], [14000, 15000, 16000], 8000, 0),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [190000, 195000, 200000], [1800, 1900, 2000], 12000, 0)],
        hist=dict(out=[27500, 29600, 31400], price=[86000, 88000, 90000], margin=[0.13, 0.14, 0.14]),
        raws=[("Cá cơm tươi", "kg", 1.3, 18000,
               [("Tàu khai thác của công ty", [6, 6, 6], "tàu", 6000),
                ("Vựa cá cảng Cửa Sót (hợp đồng)", [3, 3, 3], "vựa", 8000)]),
              ("Muối hạt", "kg", 0.4, 3000,
               [("Cơ sở muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 18000)])],
        cap=(400, 120, "400 lít/thùng/năm", "120 thùng chượp"),
        roles=[("Quản lý xưởng, kỹ thuật", [2, 2, 2]), ("Muối chượp, đảo chượp", [4, 4, 4]),
               ("Lọc, pha đấu, chiết chai", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=1500, sell=0.06, tax=0.01, other=60,
        inv=[("Bổ sung 30 thùng chượp gỗ", 240, True), ("Nhà ủ chượp mái tôn 200 m²", 380, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 260, True), ("Xe tải nhẹ giao hàng 1,5 tấn", 320, True),
             ("Bao bì, nhãn, mã vạch", 60, False), ("Vốn lưu động", 440, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại cổ phần", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        org=dict(lines=[("Khai thác hải sản (6 tàu)", [18640, 19320, 20850], 0.03),
                        ("Sản xuất nước đá cây", [2340, 2410, 2530], 0.02),
                        ("Thu mua, chế biến hải sản khô", [7820, 8150, 8640], 0.04)],
                 ocop="Nước mắm (sản phẩm OCOP)", members=0,
                 depts=[("Ban giám đốc, văn phòng, kế toán", 7), ("Thuyền viên 6 tàu", 54),
                        ("Xưởng nước đá", 8), ("Xưởng hải sản khô", 16), ("Xưởng nước mắm", 11)],
                 assets=32600, charter=12000, product_assets=1350,
                 balance=dict(short=9850, long=22750, debt=13900, equity=18700)),
        plant={"rev_line": (0, 1, 2230.0)}),
    "hw07": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [42000, 42000, 44000], [30000, 36000, 42000], 6500, 0),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [90000, 90000, 95000], [3000, 3400, 3800], 3000, 0)],
        hist=dict(out=[2500, 2750, 3000], price=[450000, 460000, 470000], margin=[0.13, 0.14, 0.15]),
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 5.0, 10000,
               [("Vùng cà gai leo của HTX", [8, 8, 8], "ha", 1800),
                ("Hộ thành viên trồng xen", [12, 12, 12], "hộ", 250)])],
        cap=(20, 270, "20 kg khô/ngày", "270 ngày"),
        roles=[("Quản lý, kỹ thuật", [1, 1, 1]), ("Thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, đóng túi lọc", [3, 3, 3]), ("Kho, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=7000, sell=0.06, tax=0.01, other=35,
        inv=[("Máy sấy bơm nhiệt", 250, True), ("Máy đóng túi lọc tự động", 300, True),
             ("Nhà sơ chế, phòng đóng gói 80 m²", 220, True), ("Bao bì, nhãn, tem QR", 40, False),
             ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 250), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp", 600)],
        life=10, loan=[600, 480, 360], rate=0.075,
        org=dict(lines=[("Dược liệu khô (xạ đen, giảo cổ lam, hà thủ ô)", [3240, 3520, 3860], 0.05),
                        ("Cây giống dược liệu", [620, 680, 720], 0.03),
                        ("Dịch vụ vật tư, làm đất", [1480, 1530, 1590], 0.02)],
                 ocop="Trà cà gai leo (OCOP)", members=58,
                 depts=[("Ban quản trị, ban kiểm soát", 4), ("Kế toán", 2), ("Tổ dược liệu khô", 5),
                        ("Vườn ươm cây giống", 2), ("Xưởng trà cà gai leo", 9)],
                 assets=5920, charter=1160, product_assets=480, area=32),
        plant={"shortfall": True, "workers_text": 13}),
    "hw08": dict(
        unit="kg",
        products=[("Bánh đa nem, túi 200 g", "túi", 0.2, [18000, 18000, 18000], [45000, 85000, 145000], 1200, 0),
                  ("Bánh đa nem cỡ nhỏ, túi 300 g", "túi", 0.3, [29000, 29000, 29000], [11000, 21000, 36000], 1500, 0),
                  ("Bánh đa nem, bó 1 kg cho nhà hàng", "bó", 1, [72000, 72000, 72000], [1600, 3000, 5200], 2000, 0)],
        hist=dict(out=[10200, 11000, 11800], price=[82000, 84000, 86000], margin=[0.11, 0.12, 0.12]),
        raws=[("Gạo tẻ", "kg", 1.1, 18000,
               [("Xưởng xay xát của công ty", [1, 1, 1], "xưởng", 60000)])],
        cap=(180, 300, "180 kg bánh/ngày", "300 ngày"),
        roles=[("Quản lý xưởng", [1, 1, 1]), ("Tráng, phơi, sấy bánh", [3, 3, 3]),
               ("Đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.2, 6.4], energy=3000, sell=0.05, tax=0.01, other=40,
        inv=[("Kho thành phẩm 80 m²", 220, True), ("Máy đóng gói hút chân không", 160, True),
             ("Máy cắt, cuốn bánh", 120, True), ("Bao bì, nhãn, mã vạch", 60, False),
             ("Vốn lưu động", 640, False)],
        src=[("Vốn chủ sở hữu của công ty", 600), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        org=dict(lines=[("Bún, bánh phở tươi", [4860, 5120, 5390], 0.03),
                        ("Xay xát, bán gạo", [6240, 6580, 6930], 0.03),
                        ("Bán buôn thực phẩm khô", [3120, 3280, 3450], 0.03)],
                 ocop="Bánh đa nem (sản phẩm OCOP)", members=0,
                 depts=[("Giám đốc, kế toán", 3), ("Xưởng bún, bánh phở", 12), ("Xưởng xay xát", 5),
                        ("Kho, bán buôn", 6), ("Xưởng bánh đa nem", 7)],
                 assets=10420, charter=6000, product_assets=890,
                 balance=dict(short=4610, long=5810, debt=3950, equity=6470)),
        plant={"capital": True, "growth": True}),
    "hw09": dict(
        unit="kg",
        products=[("Cam chanh tuyển chọn, hộp quà 3 kg", "hộp", 3, [150000, 150000, 160000], [6000, 6500, 7000], 15000, 0),
                  ("Cam chanh loại 1, thùng 10 kg", "thùng", 10, [350000, 350000, 370000], [5000, 5500, 6000], 12000, 0),
                  ("Cam bù, túi lưới 5 kg", "túi", 5, [160000, 160000, 170000], [4000, 4400, 4800], 3000, 0)],
        hist=dict(out=[62000, 71000, 80000], price=[35000, 36000, 37000], margin=[0.10, 0.11, 0.11]),
        raws=[("Cam quả tươi (trước phân loại)", "kg", 1.15, 18000,
               [("Vườn cam VietGAP của thành viên", [48, 48, 48], "ha", 2800)])],
        cap=(600, 220, "600 kg/ngày", "220 ngày"),
        roles=[("Quản lý, kiểm tra chất lượng", [1, 1, 1]), ("Phân loại, rửa, đóng hộp", [4, 4, 4]),
               ("Kho, bốc xếp", [1, 1, 1]), ("Bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=300, sell=0.06, tax=0.01, other=50,
        inv=[("Nhà sơ chế, đóng gói 200 m²", 420, True), ("Dây chuyền rửa, phân loại quả", 360, True),
             ("Kho lạnh 80 m³", 380, True), ("Bao bì, nhãn, tem QR", 60, False),
             ("Vốn lưu động", 480, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của HTX", 300),
             ("Vay Ngân hàng Nông nghiệp", 900)],
        life=10, loan=[900, 700, 500], rate=0.075,
        org=dict(lines=[("Tiêu thụ cam xô cho thành viên", [14200, 15600, 16300], 0.04),
                        ("Cung ứng phân bón, vật tư", [3860, 4020, 4280], 0.03),
                        ("Sản xuất cây giống cam", [920, 980, 1050], 0.03),
                        ("Dịch vụ chăm sóc, phun thuốc", [540, 580, 620], 0.02)],
                 ocop="Cam đóng hộp, đóng thùng (OCOP)", members=142,
                 depts=[], assets=12680, charter=3550, product_assets=0, area=186),
        plant={"org_total": (1, 1.12), "profit": (1, 1.30)}),
    "hw10": dict(
        unit="lít",
        products=[("Nước chè xanh, chai 350 ml", "chai", 0.35, [12000, 12000, 12500], [120000, 140000, 160000], 2500, 0),
                  ("Nước chè xanh ít đường, chai 500 ml", "chai", 0.5, [15000, 15000, 15500], [40000, 46000, 52000], 3000, 0)],
        hist=dict(out=[38000, 44000, 52000], price=[31000, 32000, 33000], margin=[0.10, 0.11, 0.12]),
        raws=[("Chè búp tươi", "kg", 0.12, 12000,
               [("Đồi chè của công ty (phần dành riêng)", [4, 4, 4], "ha", 3000)]),
              ("Đường kính trắng", "kg", 0.04, 22000,
               [("Hợp đồng mua đường hằng năm", [1, 1, 1], "hợp đồng", 4000)])],
        cap=(400, 260, "400 lít/ngày", "260 ngày"),
        roles=[("Quản lý xưởng, KCS", [2, 2, 2]), ("Pha chế, thanh trùng", [3, 3, 3]),
               ("Chiết rót, đóng thùng", [3, 3, 4])],
        wage=[6.5, 6.8, 7.1], energy=800, sell=0.07, tax=0.01, other=60,
        inv=[("Dây chuyền thanh trùng, chiết rót chai PET", 640, True),
             ("Nồi chiết xuất, bồn phối trộn inox", 280, True), ("Cải tạo xưởng 120 m²", 220, True),
             ("Thiết kế bao bì, nhãn, mã vạch", 70, False), ("Kiểm nghiệm, công bố sản phẩm", 30, False),
             ("Vốn lưu động", 460, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại cổ phần", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        org=dict(lines=[("Chè búp khô", [12460, 13180, 13850], 0.03),
                        ("Chè búp tươi bán ra", [2140, 2210, 2260], 0.02),
                        ("Chè giống", [380, 410, 430], 0.02)],
                 ocop="Nước chè xanh (OCOP)", members=0,
                 depts=[("Ban giám đốc, kế toán", 5), ("Đội chăm sóc, thu hái chè", 38),
                        ("Xưởng chè khô", 14), ("Xưởng nước chè", 8)],
                 assets=24300, charter=9000, product_assets=760, area=40),
        plant={"payback": 1.8}),
}

# --------------------------------------------------------------------------- model


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str, planted: bool = True) -> dict:
    """Every figure of plan `key`; planted=False gives the true values (no planted override)."""
    P = PLANS[key]
    plant = P.get("plant", {}) if planted else {}
    m: dict = {"key": key}
    prods = P["products"]
    m["packs"] = [list(p[4]) for p in prods]
    m["prices"] = [list(p[3]) for p in prods]
    m["out"] = [round(sum(p[2] * p[4][y] for p in prods), 3) for y in Y]
    m["rev_lines"] = [[r1(p[3][y] * p[4][y] / 1e6) for y in Y] for p in prods]
    if "rev_line" in plant:
        i, y, v = plant["rev_line"]
        m["rev_lines"][i][y] = v
    m["rev"] = [r1(sum(l[y] for l in m["rev_lines"])) for y in Y]
    # history of the product
    h = P["hist"]
    m["h_out"] = h["out"]
    m["h_price"] = h["price"]
    m["h_rev"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in Y]
    m["h_profit"] = [r1(m["h_rev"][y] * h["margin"][y]) for y in Y]
    # raw materials
    m["raw"] = []
    for lab, unit, norm, price, rows in P["raws"]:
        sup_rows = [[c[y] * yld for y in Y] for (_, c, _, yld) in rows]
        supply = [sum(r[y] for r in sup_rows) for y in Y]
        need = [round(m["out"][y] * norm) for y in Y]
        m["raw"].append(dict(label=lab, unit=unit, norm=norm, price=price, rows=rows,
                             sup_rows=sup_rows, supply=supply, need=need,
                             spare=[supply[y] - need[y] for y in Y],
                             cost=[r1(need[y] * price / 1e6) for y in Y]))
    # capacity
    rating, mult = P["cap"][0], P["cap"][1]
    m["cap"] = rating * mult
    m["use"] = [r1(m["out"][y] / m["cap"] * 100) for y in Y]
    # staff
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["wage"] = P["wage"]
    m["wagefund"] = [r1(m["staff"][y] * P["wage"][y] * 12) for y in Y]
    # investment and sources
    m["inv_total"] = sum(v for _, v, _ in P["inv"])
    m["fixed"] = sum(v for _, v, f in P["inv"] if f)
    m["src_total"] = sum(v for _, v in P["src"])
    m["dep"] = r1(m["fixed"] / P["life"])
    m["interest"] = [r1(P["loan"][y] * P["rate"]) for y in Y]
    # costs
    pack = [r1(sum(p[4][y] * p[5] for p in prods) / 1e6) for y in Y]
    piece = [r1(sum(p[4][y] * p[6] for p in prods) / 1e6) for y in Y]
    energy = [r1(m["out"][y] * P["energy"] / 1e6) for y in Y]
    sell = [r1(m["rev"][y] * P["sell"]) for y in Y]
    tax = [r1(m["rev"][y] * P["tax"]) for y in Y]
    lines = [(r["label"], r["cost"]) for r in m["raw"]]
    lines.append(("Bao bì, nhãn", pack))
    if any(piece):
        lines.append(("Tiền công khoán theo sản phẩm", piece))
    lines += [("Điện, nước, nhiên liệu", energy),
              ("Tiền lương, tiền công", m["wagefund"]),
              ("Khấu hao tài sản cố định", [m["dep"]] * 3),
              ("Lãi vay ngân hàng", m["interest"]),
              ("Bán hàng, quảng bá", sell),
              ("Thuế, phí", tax),
              ("Chi phí khác", [float(P["other"])] * 3)]
    m["cost_lines"] = lines
    m["cost"] = [r1(sum(l[1][y] for l in lines)) for y in Y]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    if "profit" in plant:
        y, f = plant["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = r1(m["inv_total"] / (m["avg_profit"] + m["dep"]))
    if "payback" in plant:
        m["payback"] = plant["payback"]
    # the organisation
    o = P["org"]
    m["org_lines"] = [(lab, list(h3), g) for lab, h3, g in o["lines"]]
    m["org_hist"] = [r1(sum(l[1][y] for l in m["org_lines"]) + m["h_rev"][y]) for y in Y]
    if "org_total" in plant:
        y, f = plant["org_total"]
        m["org_hist"][y] = r1(m["org_hist"][y] * f)
    m["org_plan_lines"] = [(lab, [r1(h3[2] * (1 + g) ** (y + 1)) for y in Y]) for lab, h3, g in o["lines"]]
    m["org_plan"] = [r1(sum(l[1][y] for l in m["org_plan_lines"]) + m["rev"][y]) for y in Y]
    m["share_hist"] = [r1(m["h_rev"][y] / m["org_hist"][y] * 100) for y in Y]
    m["share_plan"] = [r1(m["rev"][y] / m["org_plan"][y] * 100) for y in Y]
    m["org_staff"] = sum(n for _, n in o["depts"]) if o["depts"] else None
    return m


# --------------------------------------------------------------------------- number formats


def vnum(x: float, d: int = 0) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def tr(x: float) -> str:  # triệu đồng, one decimal
    return vnum(x, 1)


def n0(x: float) -> str:
    return vnum(x, 0)


def pc(x: float) -> str:
    return vnum(x, 1)


def size_txt(x: float) -> str:
    return vnum(x, 2).rstrip("0").rstrip(",") if x != int(x) else vnum(x, 0)


# --------------------------------------------------------------------------- tables


def _table(header: list[str], rows: list[list[str]], unit: str | None = None) -> str:
    out = []
    if unit:
        out.append(unit)
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + "---|" * len(header))
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


def tables(key: str, m: dict | None = None) -> dict[str, str]:
    """Every computed table of plan `key`, as the plan prints it (FORMAT.md pipe syntax)."""
    m = m or model(key)
    P = PLANS[key]
    o = P["org"]
    U = P["unit"]
    T: dict[str, str] = {}
    yh = [f"Năm {y}" for y in YEARS]
    hh = [f"Năm {y}" for y in HIST]
    # the organisation's revenue by line of business 2024-2026
    rows = [[str(i + 1), lab, *[tr(v) for v in h3]] for i, (lab, h3, _) in enumerate(m["org_lines"])]
    rows.append([str(len(rows) + 1), o["ocop"], *[tr(v) for v in m["h_rev"]]])
    rows.append(["", "Tổng doanh thu", *[tr(v) for v in m["org_hist"]]])
    rows.append(["", "Tỷ trọng sản phẩm OCOP (%)", *[pc(v) for v in m["share_hist"]]])
    T["org_hist"] = _table(["TT", "Lĩnh vực", *hh], rows, "ĐVT: triệu đồng")
    # the same, years as rows (columns = lines): only the total and the OCOP line
    rows = [[str(HIST[y]), tr(m["org_hist"][y] - m["h_rev"][y]), tr(m["h_rev"][y]), tr(m["org_hist"][y]),
             pc(m["share_hist"][y])] for y in Y]
    T["org_hist_rows"] = _table(["Năm", "Các lĩnh vực khác", "Sản phẩm OCOP", "Toàn đơn vị", "Tỷ trọng OCOP (%)"],
                                rows, "ĐVT: triệu đồng")
    # the organisation's revenue plan 2027-2029
    rows = [[str(i + 1), lab, *[tr(v) for v in l]] for i, (lab, l) in enumerate(m["org_plan_lines"])]
    rows.append([str(len(rows) + 1), o["ocop"], *[tr(v) for v in m["rev"]]])
    rows.append(["", "Tổng doanh thu", *[tr(v) for v in m["org_plan"]]])
    rows.append(["", "Tỷ trọng sản phẩm OCOP (%)", *[pc(v) for v in m["share_plan"]]])
    T["org_plan"] = _table(["TT", "Lĩnh vực", *yh], rows, "ĐVT: triệu đồng")
    # departments
    if o["depts"]:
        rows = [[str(i + 1), lab, str(n)] for i, (lab, n) in enumerate(o["depts"])]
        rows.append(["", "Tổng số lao động", str(m["org_staff"])])
        T["depts"] = _table(["TT", "Bộ phận", "Lao động (người)"], rows)
    # balance sheet
    if "balance" in o:
        b = o["balance"]
        rows = [["A", "Tài sản ngắn hạn", n0(b["short"])], ["B", "Tài sản dài hạn", n0(b["long"])],
                ["", "Tổng tài sản", n0(b["short"] + b["long"])],
                ["C", "Nợ phải trả", n0(b["debt"])], ["D", "Vốn chủ sở hữu", n0(b["equity"])],
                ["", "Tổng nguồn vốn", n0(b["debt"] + b["equity"])]]
        T["balance"] = _table(["Mã", "Chỉ tiêu", "31/12/2025"], rows, "ĐVT: triệu đồng")
    # product history
    rows = [["1", f"Sản lượng ({U})", *[n0(v) for v in m["h_out"]]],
            ["2", f"Giá bán bình quân (đồng/{U})", *[n0(v) for v in m["h_price"]]],
            ["3", "Doanh thu (triệu đồng)", *[tr(v) for v in m["h_rev"]]],
            ["4", "Lợi nhuận (triệu đồng)", *[tr(v) for v in m["h_profit"]]]]
    T["hist"] = _table(["TT", "Chỉ tiêu", *hh], rows)
    # products and prices
    rows = [[str(i + 1), p[0], *[n0(v) for v in p[3]]] for i, p in enumerate(P["products"])]
    T["prices"] = _table(["TT", "Sản phẩm (đơn vị bán)", *yh], rows, "ĐVT: đồng")
    # raw materials
    for k, r in enumerate(m["raw"]):
        rows = []
        for (lab, c, word, yld), sr in zip(r["rows"], r["sup_rows"]):
            rows.append([f"{lab} ({n0(c[0]) if len(set(c)) == 1 else '/'.join(n0(x) for x in c)} {word}"
                         f" × {n0(yld)} {r['unit']})", *[n0(v) for v in sr]])
        rows.append(["Tổng nguồn cung", *[n0(v) for v in r["supply"]]])
        rows.append([f"Nhu cầu ({vnum(r['norm'], 2).rstrip('0').rstrip(',')} {r['unit']}/{U} thành phẩm)",
                     *[n0(v) for v in r["need"]]])
        if not (key == "hw07"):
            rows.append(["Còn dư", *[n0(v) for v in r["spare"]]])
        T[f"raw{k}"] = _table(["Nguồn", *yh], rows, f"ĐVT: {r['unit']}")
    # staff and wages
    rows = [[str(i + 1), lab, *[str(v) for v in n]] for i, (lab, n) in enumerate(P["roles"])]
    rows.append(["", "Tổng số lao động", *[str(v) for v in m["staff"]]])
    rows.append(["", "Lương bình quân (triệu/tháng)", *[vnum(v, 1) for v in m["wage"]]])
    rows.append(["", "Quỹ lương năm (triệu đồng)", *[tr(v) for v in m["wagefund"]]])
    T["staff"] = _table(["TT", "Vị trí", *yh], rows)
    # output plan
    rows = [[str(i + 1), f"{p[0]} ({p[1]})", *[n0(v) for v in p[4]]] for i, p in enumerate(P["products"])]
    rows.append(["", f"Tổng sản lượng ({U})", *[n0(v) for v in m["out"]]])
    if key != "hw05":
        rows.append(["", f"Công suất ({U}/năm)", *[n0(m["cap"])] * 3])
        rows.append(["", "Mức sử dụng công suất (%)", *[pc(v) for v in m["use"]]])
    T["output"] = _table(["TT", "Sản phẩm", *yh], rows)
    # investment and sources
    rows = [[str(i + 1), lab, tr(v)] for i, (lab, v, _) in enumerate(P["inv"])]
    rows.append(["", "Tổng vốn đầu tư", tr(m["inv_total"])])
    T["inv"] = _table(["TT", "Hạng mục", "Thành tiền"], rows, "ĐVT: triệu đồng")
    tot = m["src_total"]
    rows = [[str(i + 1), lab, tr(v), pc(v / tot * 100)] for i, (lab, v) in enumerate(P["src"])]
    rows.append(["", "Tổng nguồn vốn", tr(tot), pc(100)])
    T["src"] = _table(["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows, "ĐVT: triệu đồng")
    # revenue
    rows = [[str(i + 1), p[0], *[tr(v) for v in m["rev_lines"][i]]] for i, p in enumerate(P["products"])]
    rows.append(["", "Tổng doanh thu", *[tr(v) for v in m["rev"]]])
    T["rev"] = _table(["TT", "Sản phẩm", *yh], rows, "ĐVT: triệu đồng")
    # cost
    rows = [[str(i + 1), lab, *[tr(v) for v in l]] for i, (lab, l) in enumerate(m["cost_lines"])]
    rows.append(["", "Tổng chi phí", *[tr(v) for v in m["cost"]]])
    T["cost"] = _table(["TT", "Khoản mục", *yh], rows, "ĐVT: triệu đồng")
    # summary
    rows = [["1", "Doanh thu", *[tr(v) for v in m["rev"]]],
            ["2", "Tổng chi phí", *[tr(v) for v in m["cost"]]],
            ["3", "Lợi nhuận", *[tr(v) for v in m["profit"]]],
            ["4", "Tỷ suất lợi nhuận/doanh thu (%)", *[pc(v) for v in m["margin"]]]]
    T["summary"] = _table(["TT", "Chỉ tiêu", *yh], rows, "ĐVT: triệu đồng")
    return T


# --------------------------------------------------------------------------- checks


class Plan(plancheck.Plan):
    src = HERE / "src"


FULL = [f"hw{i:02d}" for i in range(1, 11)]
SKETCHY = ["hw11", "hw12"]
READY = ["hw01", "hw02", "hw03", "hw04"]


def stem_of(key: str) -> str:
    return next(p.stem for p in (HERE / "src").glob(f"{key}_*.md"))


def relations(p: Plan, key: str) -> None:
    """The relations a reviewer recomputes, printed figures (m) against true ones (t)."""
    P, m, t = PLANS[key], model(key), model(key, planted=False)
    plant = P["plant"]
    chk = p.check
    # tables verbatim
    T = tables(key, m)
    for name, md in T.items():
        if name in ("org_hist_rows",) and key not in ("hw04", "hw10"):
            continue
        if name == "org_hist" and key in ("hw04", "hw10"):
            continue
        if name in USED.get(key, ()) and md not in p.body:
            p.failures.append(f"table {name} not as computed")
    # revenue lines = packs x price
    for i, pr in enumerate(P["products"]):
        for y in Y:
            true = pr[3][y] * pr[4][y] / 1e6
            if plant.get("rev_line", (None, None))[:2] == (i, y):
                chk(off(m["rev_lines"][i][y], true, 5), f"planted revenue line not >5 % off ({m['rev_lines'][i][y]} vs {true})")
            else:
                chk(close(m["rev_lines"][i][y], true), f"revenue line {i} {y}")
    for y in Y:
        chk(close(m["rev"][y], sum(l[y] for l in m["rev_lines"])), "revenue total")
        chk(close(m["cost"][y], sum(l[1][y] for l in m["cost_lines"])), "cost total")
        true_profit = m["rev"][y] - m["cost"][y]
        if plant.get("profit", (None,))[0] == y:
            chk(off(m["profit"][y], true_profit, 5), f"planted profit not >5 % off ({m['profit'][y]} vs {true_profit:.1f})")
        else:
            chk(close(m["profit"][y], true_profit), f"profit {y}")
        if not (plant.get("growth") and y == 2):  # hw08: the 2029 margin is part of the growth defect
            chk(0 < t["profit"][y] / t["rev"][y] < 0.40, f"true margin {y} out of 0-40 %")
    # output = sum packs x size
    for y in Y:
        chk(close(m["out"][y], sum(pr[2] * pr[4][y] for pr in P["products"])), "output")
    # investment and sources
    if plant.get("capital"):
        chk(off(m["src_total"], m["inv_total"], 5), f"planted sources not >5 % off ({m['src_total']} vs {m['inv_total']})")
    else:
        chk(m["src_total"] == m["inv_total"], "sources != investment")
    # payback
    true_pb = t["inv_total"] / (sum(t["profit"]) / 3 + t["dep"])
    if "payback" in plant:
        chk(off(m["payback"], true_pb, 5), f"planted payback not >5 % off ({m['payback']} vs {true_pb:.2f})")
    elif "profit" not in plant and "rev_line" not in plant:
        chk(close(m["payback"], true_pb, 0.03), f"payback {m['payback']} vs {true_pb:.2f}")
    # raw materials: need within supply
    for r in m["raw"]:
        for y in Y:
            if plant.get("shortfall"):
                continue
            chk(r["need"][y] <= r["supply"][y] * 0.97, f"{r['label']} need {r['need'][y]} vs supply {r['supply'][y]}")
    if plant.get("shortfall"):
        r = m["raw"][0]
        chk(off(r["need"][1], r["supply"][1], 8) and r["need"][1] > r["supply"][1], "shortfall 2028 not > 8 %")
        chk(r["need"][2] > r["supply"][2] * 1.2, "shortfall 2029 not > 20 %")
    # capacity
    for y in Y:
        if plant.get("capacity"):
            continue
        chk(m["use"][y] <= 85.0, f"capacity use {m['use'][y]} % in {YEARS[y]}")
    if plant.get("capacity"):
        chk(m["out"][2] > m["cap"] * 1.08, f"planted capacity: {m['out'][2]} vs {m['cap']}")
    # growth
    g = [m["out"][0] / m["h_out"][2] - 1, m["out"][1] / m["out"][0] - 1, m["out"][2] / m["out"][1] - 1]
    if plant.get("growth"):
        chk(g[1] > 0.6 and g[2] > 0.5, f"planted growth too small: {g}")
        chk(m["staff"][0] == m["staff"][2], "growth plan must keep the same staff")
    else:
        chk(max(g) < 0.25, f"output growth {g}")
        gr = [t["rev"][y] / t["rev"][y - 1] - 1 for y in (1, 2)]
        chk(max(gr) < 0.25, f"revenue growth {gr}")
    # history: 2027 output within +20 % of 2026
    chk(m["out"][0] <= m["h_out"][2] * 1.2, "2027 output jumps over 2026")
    # the organisation: totals = lines; the OCOP line = the product's own revenue
    for y in Y:
        true_tot = sum(l[1][y] for l in m["org_lines"]) + m["h_rev"][y]
        if plant.get("org_total", (None,))[0] == y:
            chk(off(m["org_hist"][y], true_tot, 5), f"planted org total not >5 % off ({m['org_hist'][y]} vs {true_tot})")
        else:
            chk(close(m["org_hist"][y], true_tot), f"org total {HIST[y]}")
        chk(close(m["org_plan"][y], sum(l[1][y] for l in m["org_plan_lines"]) + m["rev"][y]), "org plan total")
        chk(m["share_plan"][y] < 40, "the OCOP product must stay the smaller part of the organisation")
    o = P["org"]
    if "balance" in o:
        b = o["balance"]
        chk(b["short"] + b["long"] == b["debt"] + b["equity"] == o["assets"], "balance sheet")


def common_full(p: Plan, key: str) -> None:
    m = model(key)
    p.lacks(PLACEHOLDER, "template placeholder") if key != "hw10" else None
    n_tables = sum(1 for line in p.body.splitlines() if line.startswith("|---"))
    p.check(10 <= n_tables <= 15, f"{n_tables} tables (10-15 wanted)")
    o = PLANS[key]["org"]
    # the organisation's own figures stand beside the product's
    p.has(tr(m["org_hist"][2]) if key != "hw09" else tr(m["org_hist"][2]))
    if o["members"]:
        p.has(f"{o['members']} thành viên")
    p.has(n0(o["assets"]))


def ready_checks(p: Plan, key: str) -> None:
    p.lacks(REPLACED, "outdated instrument in a ready plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất")
    for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(d) >= 2030, f"a paper valid only to {d}")


# the tables each full plan prints (the generator and this check share the list)
USED: dict[str, tuple[str, ...]] = {
    "hw01": ("org_hist", "org_plan", "depts", "hist", "prices", "raw0", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw02": ("org_hist", "balance", "depts", "hist", "prices", "raw0", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw03": ("org_hist", "org_plan", "hist", "prices", "raw0", "raw1", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw04": ("org_hist_rows", "depts", "hist", "prices", "raw0", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw05": ("org_hist", "org_plan", "hist", "prices", "raw0", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw06": ("org_hist", "balance", "depts", "hist", "prices", "raw0", "raw1", "output", "inv", "src", "rev", "cost", "summary"),
    "hw07": ("org_hist", "depts", "hist", "prices", "raw0", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw08": ("org_hist", "balance", "depts", "hist", "prices", "raw0", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw09": ("org_hist", "org_plan", "hist", "prices", "raw0", "staff", "output", "inv", "src", "rev", "cost", "summary"),
    "hw10": ("org_hist_rows", "depts", "hist", "prices", "raw0", "raw1", "staff", "output", "inv", "src", "rev", "cost", "summary"),
}

WORDS = lambda p: len(re.findall(r"\w+", re.sub(r"^---.*?---", "", p.text, flags=re.S)))  # noqa: E731


def per_plan(p: Plan, key: str) -> None:
    m, t = model(key), model(key, planted=False)
    P = PLANS[key]
    if key == "hw01":
        p.has("ATTP", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Luật Hợp tác xã năm 2023")
    elif key == "hw02":
        p.has("an toàn thực phẩm", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Luật Doanh nghiệp")
    elif key == "hw03":
        p.has("đăng ký môi trường", "không phải là thực phẩm", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
              f"{P['org']['hat_workers']} thợ", f"{P['org']['homeworkers']} lao động")
    elif key == "hw04":
        p.has("an toàn thực phẩm", "tự công bố", "không ghi công dụng chữa bệnh", "43/2017/NĐ-CP")
    elif key == "hw05":
        # no-alcohol-license: no licence held or planned
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "alcohol licence mentioned")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "đăng ký môi trường", "44/2019/QH14")
        # capacity-exceeded: 2029 output over 2 stills x 60 l x 250 days, no still bought
        p.has(f"{n0(m['cap'])} lít/năm", "không cần mua thêm nồi")
        p.lacks(r"(?<!cần )mua (thêm|mới) nồi|nồi chưng cất mới|đầu tư thêm nồi", "a new still")
        # name-inconsistent: another cooperative's name in three places
        p.check(p.count("Hợp tác xã Nông nghiệp Thạch Đài") >= 3, "other HTX name fewer than 3 times")
        p.check(p.count("Hợp tác xã Nông nghiệp Dịch vụ Đồng Môn") >= 4, "own name fewer than 4 times")
    elif key == "hw06":
        p.lacks(r"môi trường|nước thải|chất thải|(?<!\w)mùi|xử lý|bể lắng|biogas|rác|ô nhiễm|vệ sinh khu",
                "environment mentioned")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "919/QĐ-TTg")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decision cited")
        p.has(tr(m["rev_lines"][0][1]), tr(m["rev"][1]))
    elif key == "hw07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng|hợp quy",
                "product standard mentioned")
        p.has("an toàn thực phẩm", "nhãn hiệu", "43/2017/NĐ-CP")
        p.has(f"{P['plant']['workers_text']} lao động")
        p.check(P["plant"]["workers_text"] / m["staff"][0] > 1.3, "figure-inconsistent not far enough")
        p.has(f"{m['staff'][0]} lao động")
        p.lacks(r"Còn dư|thiếu hụt|Chênh lệch", "a balance row or admission in the shortfall plan")
    elif key == "hw08":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết|HACCP|ISO 22000",
                "food safety mentioned")
        p.has("tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "43/2017/NĐ-CP")
        p.has(tr(m["src_total"]), tr(m["inv_total"]))
        p.has("giữ nguyên 7 lao động")
    elif key == "hw09":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý|nhãn hiệu tập thể",
                "trademark mentioned")
        p.has("VietGAP", "43/2017/NĐ-CP", "tiêu chuẩn cơ sở", "truy xuất")
        y, f = P["plant"]["org_total"]
        p.has(tr(m["org_hist"][y]))
        y2, f2 = P["plant"]["profit"]
        p.has(tr(m["profit"][y2]))
    elif key == "hw10":
        p.check(re.search(PLACEHOLDER, p.body) is not None, "no template placeholder left in")
        p.has("[tên sản phẩm]")
        p.has(f"khoảng {vnum(m['payback'], 1)} năm")
        mk = re.search(r"^# [^\n]*THỊ TRƯỜNG[^\n]*\n(.*?)(?=^# )", p.body, re.S | re.M)
        p.check(bool(mk), "market section not found")
        if mk:
            for w in ("hợp đồng", "đồng", "khách hàng", r"\d"):
                p.check(not re.search(w, mk.group(1).lower()), f"market section names a channel, price or figure: {w}")
        p.lacks(r"đại lý|siêu thị|cửa hàng|nhà phân phối|thương mại điện tử|(?<!\w)sàn(?!\w)|điểm bán|"
                r"hội chợ|bán lẻ|bán buôn|Shopee|Facebook|khách hàng", "a channel or customer named for the drink")
    if key in FULL:
        p.check(close(m["payback"], P["plant"].get("payback", m["payback"])), "payback")
        p.has(f"khoảng {vnum(m['payback'], 1)} năm")


def sketchy(p: Plan, key: str) -> None:
    w = WORDS(p)
    p.check(150 <= w <= 350, f"{w} words (150-350 wanted)")
    p.check("|---" not in p.body, "a table in a sketchy plan")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"tiêu chuẩn cơ sở|kiểm nghiệm|nhãn hiệu|43/2017|truy xuất", "a paper the sketchy plan lacks")
    if key == "hw11":
        p.has("tổ hợp tác", "12 thành viên", "4.000 kg", "45.000 đồng/kg")
    if key == "hw12":
        p.has("hộ kinh doanh", "1.200 kg", "180.000 đồng/kg")


def main(argv=None) -> int:
    keys = list(argv) if argv else FULL + SKETCHY
    plans = []
    for key in keys:
        p = Plan(stem_of(key))
        if key in FULL:
            relations(p, key)
            common_full(p, key)
            per_plan(p, key)
            if key in READY:
                ready_checks(p, key)
        else:
            sketchy(p, key)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
