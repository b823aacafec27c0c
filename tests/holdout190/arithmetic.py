"""The 190th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout190/arithmetic.py [gi01 gi05 ...]

Theme: producers who process on order for others ("gia công": customers bring their own material and
pay a fee per kg, per m³ or per batch) beside selling their own product. For every full plan (gi01-gi10)
the constants give the own products (pack size, price, packs per year, packaging cost), the orders
(fee basis, fee, volume per year and how much of the shared machine one unit takes), the raw material
bought or grown for the OWN product only (norm, price, supply rows as count x yield), the shared
machine's rating and the share of it the plan reserves for orders, staff and wages, energy per unit
through the machine, selling and tax shares, investment items and sources, loans, and the 2024-2026
history. model() turns them into every figure the plans print; printed() applies the planted figures
and lets what the plan computes from them follow. The checks read each table back through its caption
("Bảng N. <caption>") and row label and recompute: history revenue = output x price and orders x fee,
profit = revenue x margin; the fee table; the order book / contracts adding up to the orders planned;
own prices; supply rows = count x yield, their sum, need = own output x norm (orders need no material),
the balance; machine: own share = output x norm, orders, total, use % and the orders' share, use within
85 % and orders within the reserve; staff, wage fund = staff x wage x 12; packs, output = packs x size;
investment items and sources with their shares; revenue lines = packs x price, by-product, orders x
fee; every cost line (material = need x price, packaging = packs x unit cost, energy = throughput x
rate, wages, depreciation = fixed assets / life, interest = balance x rate, selling = share of own
sales, tax = share of revenue, other), the cost total, profit = revenue - cost, margin, payback in the
text = investment / (average profit + depreciation), growth. Planted numeric defects must be wrong by
more than 5 % with the true value beside them, everything else right within 1 % (or 0,11). Textual
defects are asserted by the absence or presence of their words; ready plans cite QD 148 and QD 1489 and
no replaced instrument. Sketchy plans: 150-350 words, no table.
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
HIST_YEARS = (2024, 2025, 2026)

# --------------------------------------------------------------------------- constants
# unit: base unit of the producer's OWN output; cap_unit: what the shared machine is rated in
# products: (label, pack word, size in base units, 2027 price đ, packs per year, packaging đ/pack)
# g_price: yearly growth of own prices and of the processing fees (0 = constant)
# own_cap: capacity units one base unit of own output takes on the shared machine
# tolls: processing on order (customer's material): (label, fee basis, fee đ, volume per year,
#        capacity units per fee unit)
# byprod: by-product of OWN processing sold: (label, kg per base unit, price đ/kg)
# raws: material bought or grown for the OWN product only:
#       (label, unit, norm per base unit, price đ/unit, supply rows (label, [count], word, yield))
# cap: (capacity per year in cap units, text of the rating); reserve: share of capacity the plan
#      keeps for orders
# roles: (role, staff per year); wage: monthly wage per year (triệu đồng)
# energy: đ per capacity unit (own and orders alike); sell: share of own sales; tax: share of all
# revenue; other: triệu đồng a year
# inv: (label, triệu, fixed?); src: (label, triệu); life: years; loan: balance per year; rate
# hist: own output, order volume (cap units), average own price đ per base unit (by-products
#       included), average fee đ per cap unit, margin (share of revenue), 2024-2026
PLANS: dict[str, dict] = {
    "gi01": dict(
        unit="lít", cap_unit="kg",
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, 95000, [9000, 9700, 10400], 4500),
                  ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, 180000, [6000, 6500, 7000], 6500),
                  ("Dầu lạc ép, can 5 lít", "can", 5, 850000, [700, 760, 820], 18000)],
        g_price=0.0, own_cap=2.5,
        tolls=[("Ép dầu lạc cho khách mang lạc nhân đến", "kg lạc nhân", 6000, [30000, 31500, 33000], 1),
               ("Ép dầu vừng cho khách mang vừng đến", "kg vừng", 9000, [3000, 3200, 3400], 1)],
        byprod=[("Khô dầu lạc (bã ép) bán cho trại chăn nuôi", 1.45, 9000)],
        raws=[("Lạc nhân", "kg", 2.5, 40000,
               [("Vùng lạc liên kết với HTX Nông nghiệp Tùng Lộc", [18, 18, 18], "ha", 1500),
                ("Hộ trồng lạc thôn Đông Thịnh", [25, 25, 25], "hộ", 400),
                ("Đại lý nông sản Thanh Huyền (hợp đồng)", [1, 1, 1], "đại lý", 8000)])],
        cap=([98000] * 3, "50 kg nhân/giờ × 7 giờ × 280 ngày"), reserve=0.40,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Vận hành máy ép, lọc dầu", [3, 3, 3]),
               ("Chiết rót, đóng gói, kho", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=350, sell=0.05, tax=0.015, other=60,
        inv=[("Máy ép dầu trục vít 20 kg nhân/giờ", 210, True),
             ("Máy lọc khung bản và 4 bồn lắng inox", 120, True),
             ("Máy chiết rót, đóng nắp bán tự động", 90, True),
             ("Kho lạc nhân 60 m² có quạt thông gió", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 390, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=8, loan=[400, 300, 200], rate=0.08,
        hist=dict(own=[10800, 11900, 13000], tolls=[24000, 26500, 29000],
                  price=[178000, 184000, 190000], fee=[5500, 6000, 6000],
                  margin=[0.07, 0.075, 0.08])),
    "gi02": dict(
        unit="kg", cap_unit="kg",
        products=[("Chè búp khô đặc biệt, hộp 200 g", "hộp", 0.2, 100000, [6000, 6400, 6800], 9000),
                  ("Chè búp khô loại 1, túi 500 g", "túi", 0.5, 180000, [3000, 3200, 3400], 4000),
                  ("Chè xanh khô, bao 2 kg cho quán nước", "bao", 2, 560000, [400, 430, 460], 6000)],
        g_price=0.0, own_cap=4.8,
        tolls=[("Chế biến chè thuê cho hộ thành viên", "kg búp tươi", 3500, [14000, 14500, 15000], 1),
               ("Chế biến chè thuê cho hộ ngoài hợp tác xã", "kg búp tươi", 4500, [10000, 10500, 11000], 1)],
        byprod=[],
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.8, 18000,
               [("Nương chè của hộ thành viên", [32, 32, 32], "hộ", 550),
                ("Hộ ngoài hợp tác xã thôn Trung Hòa (hợp đồng)", [8, 8, 8], "hộ", 500)])],
        cap=([60000] * 3, "300 kg búp tươi/ngày × 200 ngày"), reserve=0.45,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Diệt men, vò, sấy, sao", [4, 4, 4]),
               ("Phân loại, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=600, sell=0.06, tax=0.015, other=40,
        inv=[("Máy diệt men tang trống", 140, True), ("Máy vò chè 2 cối", 90, True),
             ("Máy sấy chè băng tải", 160, True), ("Máy sao lăn hồi hương", 70, True),
             ("Cải tạo nhà xưởng 150 m²", 180, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.08,
        hist=dict(own=[2900, 3100, 3300], tolls=[19000, 21000, 23000],
                  price=[330000, 345000, 360000], fee=[3500, 3500, 4000],
                  margin=[0.10, 0.11, 0.11])),
    "gi03": dict(
        unit="kg", cap_unit="kg",
        products=[("Mật ong rừng Ngàn Trươi, chai 500 g", "chai", 0.5, 190000, [3000, 3200, 3400], 7000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 240000, [1500, 1600, 1700], 9000)],
        g_price=0.0, own_cap=1.1,
        tolls=[("Hạ thủy phần mật ong cho hộ nuôi ong (lô nhỏ)", "kg mật", 12000, [5000, 5300, 5600], 1),
               ("Hạ thủy phần trọn mẻ 100 kg mật", "mẻ", 1100000, [40, 42, 44], 100)],
        byprod=[],
        raws=[("Mật ong thô", "kg", 1.1, 110000,
               [("Đàn ong của hộ", [150, 160, 170], "đàn", 15),
                ("Hộ nuôi ong Kim Quang", [12, 13, 14], "hộ", 120)])],
        cap=([18000] * 3, "100 kg/mẻ × 1 mẻ/ngày × 180 ngày"), reserve=0.60,
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Hạ thủy phần, lọc, đóng chai", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0], energy=500, sell=0.05, tax=0.015, other=25,
        inv=[("Máy hạ thủy phần mật ong 100 kg/mẻ", 180, True),
             ("Bồn lắng, máy lọc, máy chiết chai", 85, True),
             ("Phòng hạ thủy phần, đóng chai 40 m²", 130, True),
             ("Bổ sung 20 thùng ong và đàn giống", 50, True),
             ("Chai, hũ, nhãn, tem truy xuất", 35, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        hist=dict(own=[2500, 2700, 2850], tolls=[6500, 8200, 9600],
                  price=[280000, 290000, 298000], fee=[10000, 11000, 11000],
                  margin=[0.12, 0.13, 0.13])),
    "gi04": dict(
        unit="m³", cap_unit="m³",
        products=[("Bộ bàn trà gỗ mít chạm hoa sen (1 bàn, 4 đôn)", "bộ", 0.35, 14500000, [60, 66, 72], 300000),
                  ("Khay trà gỗ hương khắc chữ", "chiếc", 0.012, 650000, [1200, 1300, 1400], 25000),
                  ("Tranh gỗ chạm phong cảnh 60 × 90 cm", "bức", 0.03, 2800000, [200, 220, 240], 80000),
                  ("Hộp gỗ đựng chè", "chiếc", 0.006, 280000, [1500, 1600, 1700], 8000)],
        g_price=0.0, own_cap=1.2,
        tolls=[("Đóng đồ gỗ dân dụng từ gỗ của khách", "m³ gỗ xẻ", 6500000, [40, 42, 44], 1),
               ("Xẻ và sấy gỗ cho khách", "m³ gỗ", 900000, [90, 95, 100], 1)],
        byprod=[],
        raws=[("Gỗ xẻ (mít, xoan đào, hương)", "m³", 1.2, 14000000,
               [("Hộ trồng mít, xoan trong xã (cây có nguồn gốc)", [30, 30, 30], "hộ", 1.3),
                ("Công ty lâm nghiệp (hợp đồng gỗ rừng trồng)", [1, 1, 1], "hợp đồng", 40)])],
        cap=([270] * 3, "9 m³/mẻ × 30 mẻ/năm"), reserve=0.55,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ mộc, thợ chạm", [8, 8, 8]),
               ("Xẻ, sấy, đánh bóng, sơn", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[7.0, 7.3, 7.6], energy=400000, sell=0.05, tax=0.015, other=60,
        inv=[("Lò sấy gỗ hơi nước 9 m³/mẻ", 320, True), ("Máy chạm CNC 4 đầu", 380, True),
             ("Buồng sơn có hút bụi, lọc khí", 120, True), ("Mở rộng xưởng và kho gỗ 200 m²", 300, True),
             ("Thiết kế mẫu, thẻ treo, đăng ký nhãn hiệu", 40, False), ("Vốn lưu động", 440, False)],
        src=[("Vốn góp của tổ viên", 800),
             ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 400),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[800, 650, 500], rate=0.075,
        hist=dict(own=[38.0, 42.0, 46.0], tolls=[105.0, 115.0, 122.0],
                  price=[48000000, 50000000, 51000000], fee=[2400000, 2500000, 2600000],
                  margin=[0.09, 0.10, 0.10])),
    "gi05": dict(
        unit="lít", cap_unit="kg",
        products=[("Rượu nếp 35 độ, chai 500 ml", "chai", 0.5, 70000, [14000, 15400, 16900], 9000),
                  ("Rượu nếp 35 độ, bình sành 2 lít", "bình", 2, 260000, [1500, 1650, 1800], 45000),
                  ("Rượu nếp 35 độ, can 5 lít", "can", 5, 450000, [500, 550, 600], 15000)],
        g_price=0.0, own_cap=1.25,
        tolls=[("Nấu rượu thuê cho hộ mang gạo nếp đến", "kg gạo", 9000, [18000, 26000, 30000], 1),
               ("Nấu thuê trọn mẻ 50 kg gạo (cưới hỏi, lễ, Tết)", "mẻ", 400000, [60, 70, 80], 50)],
        byprod=[],
        raws=[("Gạo nếp cái", "kg", 1.25, 22000,
               [("Ruộng nếp của thành viên", [35, 35, 35], "hộ", 450),
                ("Hộ trồng nếp thôn Đông Hải (hợp đồng)", [20, 20, 20], "hộ", 400)])],
        cap=([45000] * 3, "3 nồi × 50 kg gạo/mẻ × 300 ngày"), reserve=None,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=1500, sell=0.06, tax=0.02, other=50,
        inv=[("Kho hạ thổ, ủ rượu 50 m²", 180, True),
             ("Máy lọc, khử andehit và hệ thống chiết rót", 240, True),
             ("Chum, bình sành ủ rượu", 90, True), ("Hầm biogas và bể chứa bỗng rượu", 80, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 270, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        hist=dict(own=[9800, 10700, 11500], tolls=[14000, 15500, 17000],
                  price=[118000, 122000, 126000], fee=[8000, 8500, 9000],
                  margin=[0.10, 0.11, 0.11])),
    "gi06": dict(
        unit="kg", cap_unit="kg",
        products=[("Mực một nắng loại 1, hộp 500 g", "hộp", 0.5, 320000, [5000, 5500, 6050], 12000),
                  ("Mực một nắng loại 2, túi hút chân không 1 kg", "túi", 1, 480000, [3000, 3300, 3630], 8000),
                  ("Mực một nắng cắt khoanh tẩm gia vị, khay 300 g", "khay", 0.3, 170000, [4000, 4400, 4840], 6000)],
        g_price=0.0, own_cap=2.0,
        tolls=[("Sấy mực một nắng cho tàu cá, tiểu thương mang mực đến", "kg mực tươi", 15000,
                [30000, 32000, 34000], 1),
               ("Phơi sấy cá mối, cá cơm cho khách", "kg cá tươi", 6000, [20000, 21000, 22000], 1)],
        byprod=[],
        raws=[("Mực lá, mực ống tươi", "kg", 2.0, 150000,
               [("Tàu câu mực của cổ đông", [4, 4, 4], "tàu", 2000),
                ("Hợp đồng mua mực tại cảng cá Cửa Nhượng", [1, 1, 1], "hợp đồng", 3500)])],
        cap=([86400] * 3, "2 buồng × 160 kg/mẻ × 270 ngày"), reserve=0.70,
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Sơ chế, rửa, xẻ mực", [5, 5, 5]),
               ("Vận hành buồng sấy, cấp đông", [2, 2, 2]), ("Đóng gói, bán hàng", [3, 3, 3])],
        wage=[7.0, 7.4, 7.8], energy=1200, sell=0.06, tax=0.015, other=90,
        inv=[("Hai buồng sấy nhiệt độ thấp 160 kg/mẻ", 460, True), ("Kho cấp đông 20 m³", 280, True),
             ("Máy hút chân không, máy dán khay", 110, True), ("Cải tạo xưởng sơ chế 180 m²", 350, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 740, False)],
        src=[("Vốn góp của cổ đông", 1260), ("Vay Ngân hàng thương mại cổ phần Công Thương", 740)],
        life=10, loan=[740, 600, 450], rate=0.085,
        hist=dict(own=[5200, 5700, 6200], tolls=[30000, 34000, 38000],
                  price=[500000, 515000, 530000], fee=[10000, 10500, 11000],
                  margin=[0.07, 0.08, 0.08])),
    "gi07": dict(
        unit="kg", cap_unit="kg",
        products=[("Cao chè vằng, hũ 100 g", "hũ", 0.1, 85000, [9000, 9700, 10500], 6000),
                  ("Cao chè vằng, hộp 5 bánh × 100 g", "hộp", 0.5, 400000, [700, 760, 820], 15000),
                  ("Cao chè vằng, gói 1 kg cho quán nước", "gói", 1, 750000, [250, 270, 290], 8000)],
        g_price=0.0, own_cap=9.0,
        tolls=[("Nấu cao thuê trọn mẻ (60 kg dược liệu khô)", "mẻ", 1500000, [120, 130, 140], 60),
               ("Nấu cao thuê mẻ ghép, tính theo kg dược liệu", "kg dược liệu", 30000, [1200, 1300, 1400], 1)],
        byprod=[],
        raws=[("Chè vằng khô (lá, cành)", "kg", 9.0, 30000,
               [("Vườn chè vằng của hộ", [2, 2, 2], "ha", 2500),
                ("Hộ trồng chè vằng thôn Hải Hà (hợp đồng)", [25, 25, 25], "hộ", 500)])],
        cap=([31200] * 3, "2 nồi × 60 kg/mẻ × 260 ngày"), reserve=0.35,
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Nấu, cô cao", [3, 3, 3]),
               ("Đóng hũ, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=1500, sell=0.06, tax=0.015, other=30,
        inv=[("Hai nồi nấu cao inox 2 vỏ 60 kg/mẻ", 260, True), ("Nồi cô chân không", 180, True),
             ("Phòng đóng hũ 30 m²", 120, True), ("Máy ép bánh cao, máy dán màng", 70, True),
             ("Hũ, hộp, nhãn, tem QR", 40, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 170, 90], rate=0.066,
        hist=dict(own=[1050, 1150, 1260], tolls=[3500, 3900, 4200],
                  price=[780000, 800000, 810000], fee=[24000, 25000, 25000],
                  margin=[0.12, 0.13, 0.14])),
    "gi08": dict(
        unit="kg", cap_unit="kg",
        products=[("Giò lụa, cây 1 kg gói lá chuối", "cây", 1, 230000, [6000, 6500, 7000], 4000),
                  ("Giò lụa, cây 500 g", "cây", 0.5, 120000, [5000, 5400, 5800], 2500),
                  ("Chả quế, khoanh 500 g", "khoanh", 0.5, 130000, [2000, 2200, 2400], 2000)],
        g_price=0.0, own_cap=1.0,
        tolls=[("Làm giò thuê trọn gói (xay, quết, gói, luộc)", "kg thịt", 30000, [12000, 12600, 13200], 1),
               ("Quết giò sống cho quán (khách tự gói, luộc)", "kg thịt", 12000, [8000, 8500, 9000], 1)],
        byprod=[],
        raws=[("Thịt lợn nạc (mông, vai)", "kg", 1.0, 140000,
               [("Lò mổ Hưng Phát (hợp đồng giao hằng ngày)", [1, 1, 1], "hợp đồng", 8000),
                ("Hộ nuôi lợn thôn Nam Hà", [6, 6, 6], "hộ", 700)])],
        cap=([48000] * 3, "20 kg thịt/mẻ × 8 mẻ/ngày × 300 ngày"), reserve=0.50,
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Xay, quết, gói giò", [5, 5, 5]),
               ("Luộc, làm nguội, giao hàng", [3, 3, 3])],
        wage=[6.0, 6.3, 6.6], energy=900, sell=0.04, tax=0.015, other=40,
        inv=[("Máy quết giò 20 kg/mẻ", 160, True), ("Tủ đông, tủ mát bảo quản", 120, True),
             ("Nồi luộc giò 2 vỏ dùng gas", 60, True), ("Cải tạo bếp làm giò 60 m²", 150, True),
             ("Bể tách mỡ, bể lắng nước thải", 40, True), ("Vốn lưu động", 270, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.08,
        hist=dict(own=[7800, 8500, 9100], tolls=[15000, 16800, 18500],
                  price=[210000, 215000, 218000], fee=[20000, 21000, 22000],
                  margin=[0.10, 0.11, 0.11])),
    "gi09": dict(
        unit="kg", cap_unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 48000, [12000, 24000, 40000], 7000),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, 100000, [2000, 3600, 6000], 3000)],
        g_price=0.0, own_cap=5.0,
        tolls=[("Sấy, thái cà gai leo tươi cho hộ trồng", "kg tươi", 2500, [30000, 22000, 12000], 1)],
        byprod=[],
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 5.0, 9000,
               [("Vùng trồng của thành viên", [2, 3, 4], "ha", 4000),
                ("Hộ liên kết thôn Phú Lộc", [10, 15, 25], "hộ", 600)])],
        cap=([54000] * 3, "200 kg tươi/mẻ × 270 ngày"), reserve=None,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thái, sấy dược liệu", [2, 2, 2]),
               ("Nghiền, đóng túi lọc, đóng hộp", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9], energy=700, sell=0.08, tax=0.015, other=60,
        inv=[("Máy thái dược liệu", 50, True), ("Máy sấy bơm nhiệt 200 kg/mẻ", 240, True),
             ("Máy nghiền dược liệu", 60, True), ("Cải tạo nhà sấy, kho 120 m²", 120, True),
             ("Bao bì, nhãn", 30, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của thành viên", 350), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 240, 180], rate=0.08,
        hist=dict(own=[1300, 1400, 1500], tolls=[26000, 28000, 30000],
                  price=[460000, 470000, 480000], fee=[2300, 2400, 2500],
                  margin=[0.09, 0.10, 0.10])),
    "gi10": dict(
        unit="kg", cap_unit="kg",
        products=[("Bánh đa vừng đen nướng sẵn, túi 10 chiếc (450 g)", "túi", 0.45, 45000, [20000, 21600, 23300], 2500),
                  ("Bánh đa vừng đen chưa nướng, xấp 20 chiếc (1 kg)", "xấp", 1, 65000, [9000, 9700, 10500], 2000),
                  ("Bánh đa vừng ăn liền cắt miếng, gói 500 g", "gói", 0.5, 40000, [6000, 6500, 7000], 1500)],
        g_price=0.0, own_cap=1.1,
        tolls=[("Tráng bánh đa thuê cho hộ mang gạo đến", "kg gạo", 10000, [15000, 16000, 17000], 1),
               ("Tráng thuê trọn mẻ 50 kg gạo (cưới hỏi, lễ, Tết)", "mẻ", 450000, [80, 85, 90], 50)],
        byprod=[],
        raws=[("Gạo tẻ", "kg", 1.1, 16000,
               [("Hộ trồng lúa thôn Bàu Láng", [20, 20, 20], "hộ", 800),
                ("Hợp tác xã Nông nghiệp Kim Lộc (hợp đồng)", [1, 1, 1], "hợp đồng", 15000)]),
              ("Vừng đen", "kg", 0.06, 65000,
               [("Hộ trồng vừng thôn Bàu Láng", [16, 16, 16], "hộ", 100)])],
        cap=([67200] * 3, "40 kg gạo/giờ × 6 giờ × 280 ngày"), reserve=0.40,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Xay bột, tráng, phơi bánh", [6, 6, 6]),
               ("Nướng, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=700, sell=0.05, tax=0.015, other=40,
        inv=[("Máy tráng bánh đa tự động", 320, True), ("Lò sấy bánh hơi nóng", 160, True),
             ("Máy nướng bánh hồng ngoại", 90, True), ("Nhà phơi có mái che 120 m²", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066,
        hist=dict(own=[17500, 18700, 19800], tolls=[17000, 18000, 19000],
                  price=[92000, 95000, 98000], fee=[8000, 9000, 9000],
                  margin=[0.08, 0.09, 0.09])),
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str) -> dict:
    """Every figure a plan prints, from its constants (money in triệu đồng, 1 decimal)."""
    P = PLANS[key]
    g = P.get("g_price", 0.0)
    M: dict = {"P": P}
    M["prices"] = [[round(p[3] * (1 + g) ** y, -2) for y in range(3)] for p in P["products"]]
    M["fees"] = [[round(t[2] * (1 + g) ** y, -2) for y in range(3)] for t in P["tolls"]]
    M["packs"] = [p[4] for p in P["products"]]
    M["out"] = [round(sum(p[4][y] * p[2] for p in P["products"]), 3) for y in range(3)]
    M["own_cap"] = [round(M["out"][y] * P["own_cap"], 3) for y in range(3)]
    M["toll_cap"] = [[t[3][y] * t[4] for y in range(3)] for t in P["tolls"]]
    M["toll_cap_sum"] = [sum(tc[y] for tc in M["toll_cap"]) for y in range(3)]
    M["through"] = [M["own_cap"][y] + M["toll_cap_sum"][y] for y in range(3)]
    M["cap"] = P["cap"][0]
    M["use"] = [r1(M["through"][y] / M["cap"][y] * 100) for y in range(3)]
    M["toll_use"] = [r1(M["toll_cap_sum"][y] / M["cap"][y] * 100) for y in range(3)]
    M["own_use"] = [r1(M["own_cap"][y] / M["cap"][y] * 100) for y in range(3)]
    M["reserve"] = P.get("reserve")
    # raw material: own product only
    M["raws"] = []
    for lab, unit, norm, price, rows in P["raws"]:
        supply_rows = [[c[y] * yl for y in range(3)] for _, c, _, yl in rows]
        supply = [sum(s[y] for s in supply_rows) for y in range(3)]
        need = [round(M["out"][y] * norm, 3) for y in range(3)]
        M["raws"].append(dict(label=lab, unit=unit, norm=norm, price=price, rows=rows,
                              supply_rows=supply_rows, supply=supply, need=need,
                              spare=[supply[y] - need[y] for y in range(3)],
                              cost=[r1(need[y] * price / 1e6) for y in range(3)]))
    # revenue
    M["rev_own"] = [[r1(M["packs"][i][y] * M["prices"][i][y] / 1e6) for y in range(3)]
                    for i in range(len(P["products"]))]
    M["rev_by"] = [[r1(M["out"][y] * b[1] * b[2] / 1e6) for y in range(3)] for b in P.get("byprod", [])]
    M["rev_toll"] = [[r1(P["tolls"][j][3][y] * M["fees"][j][y] / 1e6) for y in range(3)]
                     for j in range(len(P["tolls"]))]
    M["own_rev"] = [r1(sum(x[y] for x in M["rev_own"]) + sum(x[y] for x in M["rev_by"])) for y in range(3)]
    M["fee_rev"] = [r1(sum(x[y] for x in M["rev_toll"])) for y in range(3)]
    M["rev"] = [r1(M["own_rev"][y] + M["fee_rev"][y]) for y in range(3)]
    M["fee_share"] = [r1(M["fee_rev"][y] / M["rev"][y] * 100) for y in range(3)]
    # staff
    M["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    M["wage"] = P["wage"]
    M["wages"] = [r1(M["staff"][y] * P["wage"][y] * 12) for y in range(3)]
    # investment
    M["inv_total"] = sum(i[1] for i in P["inv"])
    M["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    M["src_total"] = sum(s[1] for s in P["src"])
    M["src_pct"] = [r1(s[1] / M["src_total"] * 100) for s in P["src"]]
    M["dep"] = r1(M["fixed"] / P["life"])
    M["interest"] = [r1(b * P["rate"]) for b in P["loan"]]
    # costs
    cost = {}
    for k, r in enumerate(M["raws"]):
        cost[f"raw{k}"] = r["cost"]
    cost["pack"] = [r1(sum(M["packs"][i][y] * P["products"][i][5] for i in range(len(P["products"]))) / 1e6)
                    for y in range(3)]
    cost["energy"] = [r1(M["through"][y] * P["energy"] / 1e6) for y in range(3)]
    cost["wages"] = M["wages"]
    cost["dep"] = [M["dep"]] * 3
    cost["interest"] = M["interest"]
    cost["sell"] = [r1(M["own_rev"][y] * P["sell"]) for y in range(3)]
    cost["tax"] = [r1(M["rev"][y] * P["tax"]) for y in range(3)]
    cost["other"] = [float(P["other"])] * 3
    M["cost"] = cost
    M["cost_total"] = [r1(sum(v[y] for v in cost.values())) for y in range(3)]
    M["profit"] = [r1(M["rev"][y] - M["cost_total"][y]) for y in range(3)]
    M["margin"] = [r1(M["profit"][y] / M["rev"][y] * 100) for y in range(3)]
    M["avg_profit"] = r1(sum(M["profit"]) / 3)
    M["payback"] = r1(M["inv_total"] / (M["avg_profit"] + M["dep"]))
    # history
    h = P["hist"]
    M["h_own_rev"] = [r1(h["own"][y] * h["price"][y] / 1e6) for y in range(3)]
    M["h_fee_rev"] = [r1(h["tolls"][y] * h["fee"][y] / 1e6) for y in range(3)]
    M["h_rev"] = [r1(M["h_own_rev"][y] + M["h_fee_rev"][y]) for y in range(3)]
    M["h_profit"] = [r1(M["h_rev"][y] * h["margin"][y]) for y in range(3)]
    M["growth_rev"] = [r1((M["rev"][y] / M["rev"][y - 1] - 1) * 100) for y in (1, 2)]
    M["growth_out"] = [r1((M["out"][y] / M["out"][y - 1] - 1) * 100) for y in (1, 2)]
    return M


# --------------------------------------------------------------------------- planted figures
# What the plans print where a numeric defect is planted (the truth is model()); printed() applies
# them and lets the figures that the plan itself computes from them follow (knock-ons).
PLANTED = {
    "gi05": dict(toll_line_2027=199.8),   # 18.000 kg × 9.000 đ = 162,0 triệu
    "gi06": dict(cost_table_total_2028=3742.5),  # lines add up to 4.142,5
    "gi08": dict(profit_2028=586.7),      # 2.909,0 − 2.457,7 = 451,3
    "gi10": dict(payback=1.8, fee_text=12000),  # 1.000 : (average profit + depreciation) = 2,7
}


def printed(key: str) -> dict:
    """The model with the plan's planted figures and their knock-ons, as the plan prints it."""
    import copy

    M = copy.deepcopy(model(key))
    P = M["P"]
    M["cost_table_total"] = list(M["cost_total"])
    M["use_printed"] = list(M["use"])
    if key == "gi05":
        M["rev_toll"][0][0] = PLANTED[key]["toll_line_2027"]
        M["fee_rev"][0] = r1(sum(x[0] for x in M["rev_toll"]))
        M["rev"][0] = r1(M["own_rev"][0] + M["fee_rev"][0])
        M["cost"]["tax"][0] = r1(M["rev"][0] * P["tax"])
        M["cost_total"][0] = r1(sum(v[0] for v in M["cost"].values()))
        M["cost_table_total"] = list(M["cost_total"])
        M["profit"][0] = r1(M["rev"][0] - M["cost_total"][0])
        M["margin"][0] = r1(M["profit"][0] / M["rev"][0] * 100)
        M["use_printed"] = list(M["own_use"])  # the plan's use row counts its own rice only
    if key == "gi06":
        M["cost_table_total"][1] = PLANTED[key]["cost_table_total_2028"]
    if key == "gi08":
        M["profit"][1] = PLANTED[key]["profit_2028"]
        M["margin"][1] = r1(M["profit"][1] / M["rev"][1] * 100)
    M["avg_profit"] = r1(sum(M["profit"]) / 3)
    M["payback"] = r1(M["inv_total"] / (M["avg_profit"] + M["dep"]))
    if key == "gi10":
        M["payback"] = PLANTED[key]["payback"]
    return M



# --------------------------------------------------------------------------- captions and labels
# The tables' captions (found in the plan as "Bảng N. <caption>") and the row labels the plan
# prints; the generator writes them, the checks below read the figures back through them.
_BASE = dict(
    h_price="Giá bán bình quân (đồng/kg)", h_own_rev="Doanh thu bán sản phẩm (triệu đồng)",
    h_fee_rev="Doanh thu phí gia công (triệu đồng)", h_rev="Tổng doanh thu (triệu đồng)",
    h_profit="Lợi nhuận (triệu đồng)", raw_spare="Còn dư", staff="Tổng số lao động",
    wage="Lương bình quân (triệu đồng/tháng)", fund="Quỹ lương (triệu đồng/năm)",
    inv_total="Tổng vốn đầu tư", src_total="Tổng nguồn vốn", rev_total="Tổng doanh thu",
    cost_total="Tổng chi phí", s_rev="Tổng doanh thu", s_fee="trong đó: phí gia công",
    s_cost="Tổng chi phí", s_profit="Lợi nhuận", s_margin="Tỷ suất lợi nhuận/doanh thu (%)",
    use="Tỷ lệ sử dụng công suất (%)", toll_use="Tỷ lệ công suất dành cho gia công (%)",
)


def _lab(**kw) -> dict:
    d = dict(_BASE)
    d.update(kw)
    return d


_COST = [("pack", "Bao bì"), ("energy", "Điện, nhiên liệu"), ("wages", "Tiền lương"),
         ("dep", "Khấu hao tài sản cố định"), ("interest", "Lãi vay"), ("sell", "Chi phí bán hàng"),
         ("tax", "Thuế, phí"), ("other", "Chi phí khác")]

CAPS: dict[str, dict] = {}
LABELS: dict[str, dict] = {}

CAPS["gi01"] = dict(
    hist="Kết quả sản xuất kinh doanh 2024 – 2026", fees="Biểu phí ép dầu thuê áp dụng từ 01/01/2027",
    prices="Giá bán dầu lạc của công ty và sản phẩm cùng loại",
    orders="Sổ nhận ép thuê: khách hàng và lượng hạt dự kiến năm 2027",
    raw="Cân đối lạc nhân cho sản phẩm của công ty (kg)", equip="Máy móc, thiết bị chính",
    cap="Phân bổ công suất máy ép (kg hạt/năm)", staff="Lao động và tiền lương",
    prod="Kế hoạch sản xuất và nhận ép thuê 2027 – 2029", inv="Tổng vốn đầu tư",
    src="Cơ cấu nguồn vốn", rev="Dự toán doanh thu", cost="Dự toán chi phí",
    sum="Tổng hợp doanh thu, chi phí, lợi nhuận", papers="Hồ sơ pháp lý và chứng nhận hiện có")
LABELS["gi01"] = _lab(
    h_own="Dầu lạc của công ty (lít)", h_toll="Hạt nhận ép thuê (kg)",
    h_price="Giá bán bình quân (đồng/lít)", h_fee="Phí ép bình quân (đồng/kg)",
    h_fee_rev="Doanh thu phí ép thuê (triệu đồng)",
    raw_supply="Cộng nguồn lạc nhân", raw_need="Nhu cầu cho dầu của công ty ({norm} kg/lít)",
    cap="Công suất máy ép", own_cap="Lạc ép dầu của công ty", toll_cap="Hạt của khách ép thuê",
    through="Tổng lượng hạt qua máy", out="Sản lượng dầu của công ty",
    rev_names=["Dầu lạc chai 500 ml", "Dầu lạc chai 1 lít", "Dầu lạc can 5 lít"],
    rev_tolls=["Phí ép dầu lạc thuê", "Phí ép dầu vừng thuê"],
    cost_lines=[("raw0", "Lạc nhân mua vào")] + [
        ("pack", "Chai, can, nắp, nhãn"), ("energy", "Điện chạy máy ép, máy lọc")] + _COST[2:],
    s_fee="trong đó: phí ép thuê")

CAPS["gi02"] = dict(
    hist="Kết quả sản xuất, kinh doanh và chế biến thuê 2024 – 2026",
    fees="Biểu phí chế biến chè thuê năm 2027", orders="Lượng búp tươi nhận chế biến thuê theo vụ năm 2027",
    prices="Giá chè của hợp tác xã so với chè cùng loại", raw="Cân đối búp chè tươi cho sản phẩm của hợp tác xã (kg)",
    equip="Thiết bị chế biến hiện có và đầu tư mới", cap="Công suất dây chuyền và phần dành cho chế biến thuê (kg búp tươi)",
    staff="Lao động làm việc thường xuyên", prod="Kế hoạch sản xuất và chế biến thuê 2027 – 2029",
    inv="Nhu cầu vốn đầu tư", src="Nguồn vốn", rev="Doanh thu dự kiến",
    cost="Chi phí dự kiến", sum="Hiệu quả kinh tế 2027 – 2029")
LABELS["gi02"] = _lab(
    h_own="Chè khô của hợp tác xã (kg)", h_toll="Búp tươi nhận chế biến thuê (kg)",
    h_fee="Phí chế biến bình quân (đồng/kg búp)", h_own_rev="Doanh thu bán chè (triệu đồng)",
    h_fee_rev="Doanh thu chế biến thuê (triệu đồng)",
    raw_supply="Cộng búp tươi thu mua", raw_need="Nhu cầu cho chè của hợp tác xã ({norm} kg/kg khô)",
    cap="Công suất dây chuyền", own_cap="Búp tươi chế biến chè của hợp tác xã",
    toll_cap_each=["Búp tươi của hộ thành viên", "Búp tươi của hộ ngoài hợp tác xã"],
    through="Tổng búp tươi qua dây chuyền", toll_use="Tỷ lệ dành cho chế biến thuê (%)",
    out="Chè khô của hợp tác xã", staff="Cộng lao động",
    rev_names=["Chè búp đặc biệt hộp 200 g", "Chè búp loại 1 túi 500 g", "Chè xanh khô bao 2 kg"],
    rev_tolls=["Phí chế biến chè cho thành viên", "Phí chế biến chè cho hộ ngoài"],
    cost_lines=[("raw0", "Búp chè tươi mua của hộ"), ("pack", "Hộp, túi, bao"),
                ("energy", "Điện, củi sấy")] + _COST[2:],
    s_fee="trong đó: phí chế biến thuê")

CAPS["gi03"] = dict(
    hist="Sản lượng, doanh thu của hộ 2024 – 2026", fees="Bảng giá hạ thủy phần mật ong cho hộ nuôi ong",
    orders="Sổ nhận hạ thủy phần: khách quen và lượng dự kiến năm 2027",
    prices="Giá bán mật ong của hộ và trên thị trường", raw="Cân đối mật ong thô cho sản phẩm của hộ (kg)",
    equip="Thiết bị hiện có và mua mới", cap="Công suất máy hạ thủy phần và phần nhận cho khách (kg mật/năm)",
    staff="Lao động của hộ", prod="Kế hoạch sản xuất và nhận hạ thủy phần",
    inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Kết quả kinh doanh dự kiến",
    papers="Giấy tờ pháp lý của hộ và sản phẩm")
LABELS["gi03"] = _lab(
    h_own="Mật ong của hộ bán ra (kg)", h_toll="Mật nhận hạ thủy phần (kg)",
    h_fee="Phí bình quân (đồng/kg mật)", h_own_rev="Doanh thu bán mật ong (triệu đồng)",
    h_fee_rev="Doanh thu hạ thủy phần (triệu đồng)",
    raw_supply="Cộng mật thô có được", raw_need="Mật thô cần cho mật của hộ ({norm} kg/kg)",
    cap="Công suất máy hạ thủy phần", own_cap="Mật thô của hộ",
    toll_cap_each=["Mật của khách gửi lô nhỏ", "Mật của khách gửi trọn mẻ"],
    through="Tổng mật qua máy", toll_use="Phần công suất cho khách (%)",
    out="Mật ong của hộ (kg)",
    rev_names=["Mật ong rừng chai 500 g", "Mật ong hoa keo hũ 1 kg"],
    rev_tolls=["Phí hạ thủy phần lô nhỏ", "Phí hạ thủy phần trọn mẻ"],
    cost_lines=[("raw0", "Mật ong thô")] + [("pack", "Chai, hũ, nhãn")] + [("energy", "Điện")] + _COST[2:],
    s_fee="trong đó: phí hạ thủy phần")

CAPS["gi04"] = dict(
    hist="Kết quả hoạt động của tổ 2024 – 2026", fees="Bảng giá nhận gia công gỗ năm 2027",
    orders="Hợp đồng, phiếu nhận gỗ của khách dự kiến năm 2027",
    prices="Giá sản phẩm của tổ so với sản phẩm cùng loại", raw="Cân đối gỗ xẻ cho sản phẩm của tổ (m³)",
    equip="Máy móc, thiết bị của xưởng", cap="Công suất lò sấy dùng chung (m³ gỗ/năm)",
    staff="Tổ viên và lao động", prod="Kế hoạch sản phẩm và gia công 2027 – 2029",
    inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế",
    papers="Hồ sơ pháp lý, chất lượng và nguồn gốc gỗ")
LABELS["gi04"] = _lab(
    h_own="Gỗ dùng cho sản phẩm của tổ (m³)", h_toll="Gỗ của khách nhận gia công (m³)",
    h_price="Doanh thu bình quân (triệu đồng/m³ gỗ)", h_fee="Phí bình quân (triệu đồng/m³)", h_div=1e6,
    h_fee_rev="Doanh thu gia công (triệu đồng)",
    raw_supply="Cộng gỗ mua được", raw_need="Gỗ xẻ cần cho sản phẩm của tổ ({norm} m³/m³)",
    cap="Công suất lò sấy", own_cap="Gỗ của tổ đưa vào lò", toll_cap="Gỗ của khách đưa vào lò",
    through="Tổng gỗ qua lò sấy", toll_use="Phần công suất cho gỗ của khách (%)",
    out="Gỗ trong sản phẩm của tổ", staff="Cộng",
    rev_names=["Bộ bàn trà gỗ mít", "Khay trà gỗ hương", "Tranh gỗ chạm", "Hộp gỗ đựng chè"],
    rev_tolls=["Tiền công đóng đồ gỗ cho khách", "Tiền công xẻ, sấy gỗ cho khách"],
    cost_lines=[("raw0", "Gỗ xẻ mua vào"), ("pack", "Thẻ treo, hộp, đóng kiện"),
                ("energy", "Điện lò sấy, máy")] + _COST[2:],
    s_fee="trong đó: tiền công gia công")

CAPS["gi05"] = dict(
    hist="Kết quả sản xuất kinh doanh 2024 – 2026", fees="Biểu phí nấu rượu thuê năm 2027",
    prices="Giá bán rượu của hợp tác xã và rượu cùng loại", orders="Khách gửi gạo nấu thuê năm 2027",
    raw="Cân đối gạo nếp cho rượu của hợp tác xã (kg)", equip="Thiết bị nấu, chưng cất, hoàn thiện",
    cap="Công suất nồi nấu và lượng gạo nấu (kg gạo/năm)", staff="Lao động",
    prod="Kế hoạch sản xuất rượu và nấu thuê", inv="Vốn đầu tư", src="Nguồn vốn",
    rev="Dự toán doanh thu năm 2027", cost="Chi phí sản xuất kinh doanh 2027 – 2029",
    sum="Tổng hợp kết quả kinh doanh 2027 – 2029")
LABELS["gi05"] = _lab(
    h_own="Rượu của hợp tác xã (lít)", h_toll="Gạo nhận nấu thuê (kg)",
    h_price="Giá bán bình quân (đồng/lít)", h_fee="Phí nấu bình quân (đồng/kg gạo)",
    h_own_rev="Doanh thu bán rượu (triệu đồng)", h_fee_rev="Doanh thu nấu thuê (triệu đồng)",
    raw_supply="Cộng gạo nếp", raw_need="Gạo cần cho rượu của hợp tác xã ({norm} kg/lít)",
    cap="Công suất 3 nồi nấu", own_cap="Gạo nấu rượu của hợp tác xã",
    toll_cap_each=["Gạo khách mang đến nấu thuê", "Nấu thuê trọn mẻ (50 kg gạo/mẻ)"],
    out="Rượu của hợp tác xã (lít)",
    rev_names=["Rượu nếp chai 500 ml", "Rượu nếp bình sành 2 lít", "Rượu nếp can 5 lít"],
    rev_tolls=["Phí nấu rượu thuê theo kg gạo", "Phí nấu thuê trọn mẻ"],
    cost_lines=[("raw0", "Gạo nếp cái, men lá")] + [("pack", "Chai, bình sành, can, nhãn"),
                ("energy", "Củi, điện")] + _COST[2:],
    s_rev="Tổng doanh thu", s_fee="trong đó: phí nấu thuê")

CAPS["gi06"] = dict(
    hist="Kết quả kinh doanh 2024 – 2026", fees="Biểu phí sấy hải sản cho khách năm 2027",
    prices="Giá bán sản phẩm của công ty và hàng cùng loại", orders="Khách gửi hải sản sấy thuê năm 2027",
    raw="Nguồn mực nguyên liệu cho sản phẩm của công ty (kg mực tươi)", equip="Thiết bị chính",
    cap="Công suất buồng sấy và phân bổ (kg nguyên liệu tươi/năm)", staff="Lao động và tiền lương",
    prod="Kế hoạch sản xuất và sấy thuê", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
    cost="Chi phí", sum="Tổng hợp hiệu quả")
LABELS["gi06"] = _lab(
    h_own="Sản phẩm mực của công ty (kg)", h_toll="Hải sản tươi nhận sấy thuê (kg)",
    h_fee="Phí sấy bình quân (đồng/kg tươi)", h_own_rev="Doanh thu bán mực (triệu đồng)",
    h_fee_rev="Doanh thu sấy thuê (triệu đồng)",
    raw_supply="Cộng mực tươi", raw_need="Mực tươi cần cho sản phẩm ({norm} kg/kg)",
    cap="Công suất hai buồng sấy", own_cap="Mực tươi của công ty", toll_cap="Hải sản của khách sấy thuê",
    through="Tổng nguyên liệu qua buồng sấy", toll_use="Phần dành cho sấy thuê (%)",
    out="Sản phẩm mực của công ty (kg)",
    rev_names=["Mực loại 1 hộp 500 g", "Mực loại 2 túi 1 kg", "Mực tẩm gia vị khay 300 g"],
    rev_tolls=["Phí sấy mực thuê", "Phí sấy cá thuê"],
    cost_lines=[("raw0", "Mực tươi mua vào"), ("pack", "Hộp, túi, khay"),
                ("energy", "Điện buồng sấy, kho đông")] + _COST[2:],
    s_fee="trong đó: phí sấy thuê")

CAPS["gi07"] = dict(
    hist="Kết quả 2024 – 2026", fees="Giá nấu cao thuê năm 2027",
    prices="Giá bán cao chè vằng của hộ và sản phẩm cùng loại", orders="Hợp đồng nấu cao thuê năm 2027",
    raw="Nguồn chè vằng khô cho cao của hộ (kg)", equip="Thiết bị nấu, cô cao",
    cap="Công suất nồi nấu và phân bổ (kg dược liệu khô/năm)", staff="Lao động",
    prod="Kế hoạch sản xuất và nấu thuê", inv="Vốn đầu tư", src="Nguồn vốn",
    rev="Doanh thu", cost="Chi phí", sum="Lợi nhuận dự kiến")
LABELS["gi07"] = _lab(
    h_own="Cao chè vằng của hộ (kg)", h_toll="Dược liệu khô nhận nấu thuê (kg)",
    h_fee="Phí nấu bình quân (đồng/kg dược liệu)", h_own_rev="Doanh thu bán cao (triệu đồng)",
    h_fee_rev="Doanh thu nấu thuê (triệu đồng)",
    raw_supply="Cộng chè vằng khô", raw_need="Nhu cầu cho cao của hộ ({norm} kg/kg cao)",
    cap="Công suất 2 nồi nấu", own_cap="Chè vằng nấu cao của hộ", toll_cap="Dược liệu của khách nấu thuê",
    through="Tổng dược liệu qua nồi", toll_use="Phần công suất nấu thuê (%)", out="Cao chè vằng của hộ (kg)",
    rev_names=["Cao chè vằng hũ 100 g", "Cao chè vằng hộp 5 bánh", "Cao chè vằng gói 1 kg"],
    rev_tolls=["Nấu cao thuê trọn mẻ", "Nấu cao thuê mẻ ghép"],
    cost_lines=[("raw0", "Chè vằng khô"), ("pack", "Hũ, hộp, gói, nhãn"),
                ("energy", "Điện, củi")] + _COST[2:],
    s_fee="trong đó: phí nấu thuê")

CAPS["gi08"] = dict(
    hist="Sản lượng và doanh thu 2024 – 2026", fees="Giá làm giò thuê năm 2027",
    prices="Giá bán giò, chả của cơ sở và của cơ sở khác", orders="Khách gửi thịt làm giò năm 2027",
    raw="Nguồn thịt cho giò, chả của cơ sở (kg)", equip="Máy móc, dụng cụ",
    cap="Công suất máy quết và phân bổ (kg thịt/năm)", staff="Lao động", prod="Kế hoạch sản xuất",
    inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Tổng hợp kết quả kinh doanh")
LABELS["gi08"] = _lab(
    h_own="Giò, chả của cơ sở (kg)", h_toll="Thịt khách gửi làm giò (kg)",
    h_fee="Phí bình quân (đồng/kg thịt)", h_own_rev="Doanh thu bán giò, chả (triệu đồng)",
    h_fee_rev="Doanh thu làm giò thuê (triệu đồng)",
    raw_supply="Cộng thịt mua được", raw_need="Thịt cần cho giò, chả ({norm} kg/kg)",
    cap="Công suất máy quết", own_cap="Thịt làm giò của cơ sở", toll_cap="Thịt của khách",
    through="Tổng thịt qua máy quết", toll_use="Phần công suất cho khách (%)", out="Giò, chả của cơ sở (kg)",
    rev_names=["Giò lụa cây 1 kg", "Giò lụa cây 500 g", "Chả quế khoanh 500 g"],
    rev_tolls=["Làm giò thuê trọn gói", "Quết giò sống cho quán"],
    cost_lines=[("raw0", "Thịt lợn nạc"), ("pack", "Lá chuối, lạt, túi"),
                ("energy", "Điện, gas")] + _COST[2:],
    s_fee="trong đó: làm giò thuê")

CAPS["gi09"] = dict(
    hist="Kết quả sản xuất kinh doanh 2024 – 2026", fees="Phí sấy, thái dược liệu thuê",
    orders="Lượng cà gai leo tươi nhận sấy thuê 2027 – 2029 (kg)",
    prices="Giá bán sản phẩm của hợp tác xã và sản phẩm cùng loại",
    raw="Vùng nguyên liệu cà gai leo cho sản phẩm của hợp tác xã (kg tươi)", equip="Máy móc, thiết bị",
    cap="Công suất máy sấy (kg tươi/năm)", staff="Lao động", prod="Kế hoạch sản xuất kinh doanh 2027 – 2029",
    inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế 2027 – 2029")
LABELS["gi09"] = _lab(
    h_own="Sản phẩm của hợp tác xã (kg)", h_toll="Cà gai leo tươi sấy thuê (kg)",
    h_fee="Phí sấy bình quân (đồng/kg tươi)", h_own_rev="Doanh thu bán sản phẩm (triệu đồng)",
    h_fee_rev="Doanh thu sấy thuê (triệu đồng)",
    raw_supply="Cộng cà gai leo tươi", raw_need="Nhu cầu cho sản phẩm ({norm} kg tươi/kg)",
    cap="Công suất máy sấy", own_cap="Cà gai leo cho sản phẩm của hợp tác xã",
    toll_cap="Cà gai leo sấy thuê", through="Tổng lượng sấy", toll_use="Phần sấy thuê (%)",
    out="Sản phẩm quy ra kg",
    rev_names=["Trà túi lọc hộp 25 túi", "Cà gai leo khô túi 500 g"], rev_tolls=["Phí sấy, thái thuê"],
    cost_lines=[("raw0", "Cà gai leo tươi"), ("pack", "Túi lọc, hộp, túi"),
                ("energy", "Điện sấy")] + _COST[2:],
    s_fee="trong đó: phí sấy thuê")

CAPS["gi10"] = dict(
    hist="Kết quả sản xuất của tổ 2024 – 2026", fees="Bảng phí tráng bánh thuê",
    orders="Khách gửi gạo tráng bánh theo kg năm 2027", prices="Giá bánh của tổ và bánh cùng loại",
    raw="Cân đối gạo, vừng cho bánh của tổ (kg)", equip="Máy móc, thiết bị",
    cap="Công suất máy tráng và phần tráng thuê (kg gạo/năm)", staff="Tổ viên, lao động",
    prod="Kế hoạch sản xuất và tráng thuê", inv="Vốn đầu tư", src="Nguồn vốn",
    rev="Doanh thu", cost="Chi phí", sum="Hiệu quả sản xuất kinh doanh")
LABELS["gi10"] = _lab(
    h_own="Bánh của tổ (kg)", h_toll="Gạo nhận tráng thuê (kg)",
    h_fee="Phí tráng bình quân (đồng/kg gạo)", h_own_rev="Doanh thu bán bánh (triệu đồng)",
    h_fee_rev="Doanh thu tráng thuê (triệu đồng)",
    raw_supply="Cộng {m}", raw_need="Nhu cầu {m} ({norm} kg/kg bánh)",
    cap="Công suất máy tráng", own_cap="Gạo làm bánh của tổ", toll_cap_each=["Gạo khách gửi theo kg", "Gạo tráng trọn mẻ (50 kg/mẻ)"],
    through="Tổng gạo qua máy", toll_use="Phần công suất tráng thuê (%)", out="Bánh của tổ (kg)",
    rev_names=["Bánh đa nướng túi 450 g", "Bánh đa chưa nướng xấp 1 kg", "Bánh đa cắt miếng gói 500 g"],
    rev_tolls=["Phí tráng thuê theo kg gạo", "Phí tráng thuê trọn mẻ"],
    cost_lines=[("raw0", "Gạo tẻ"), ("raw1", "Vừng đen"), ("pack", "Túi, gói, thùng"),
                ("energy", "Điện, than")] + _COST[2:],
    s_fee="trong đó: phí tráng thuê")


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.lines = self.body.splitlines()

    def table(self, caption: str) -> list[list[str]]:
        """The body rows (header and separator left out) of the table captioned 'Bảng N. <caption>'."""
        pat = re.compile(r"^Bảng \d+\. " + re.escape(caption) + r"$")
        for i, line in enumerate(self.lines):
            if pat.match(line.strip()):
                j = i + 1
                while j < len(self.lines) and not self.lines[j].startswith("|"):
                    j += 1
                rows = []
                while j < len(self.lines) and self.lines[j].startswith("|"):
                    rows.append([c.strip() for c in self.lines[j].strip().strip("|").split("|")])
                    j += 1
                return rows[2:]
        self.failures.append(f"table not found: {caption}")
        return []

    def get(self, caption: str, label: str, n: int = 3, nth: int = 0) -> list[float]:
        """The last n numbers of the nth row of a table whose label cell is exactly `label`."""
        seen = 0
        for r in self.table(caption):
            if label in r[:2]:
                if seen == nth:
                    nums = [vn(c) for c in r[2:] if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]
                    if len(nums) >= n:
                        return nums[-n:]
                seen += 1
        self.failures.append(f"row not found: {caption} / {label}")
        return [0.0] * n

    def eq(self, got, want, what: str, tol: float = 0.01) -> None:
        got, want = (list(got), list(want)) if isinstance(got, (list, tuple)) else ([got], [want])
        for g, w in zip(got, want):
            if not (close(g, w, tol) or abs(g - w) <= 0.11):
                self.failures.append(f"{what}: printed {g}, computed {w}")

    def has_i(self, *snippets: str) -> None:
        for s in snippets:
            if not re.search(re.escape(s), self.body, re.I):
                self.failures.append(f"text not found: {s!r}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted figure: wrong by more than 5 %."""
        if not off(got, true):
            self.failures.append(f"{what}: planted figure {got} is not >5 % off the true {true}")


KEYS = {f"gi{i:02d}": None for i in range(1, 13)}
READY = ("gi01", "gi02", "gi03", "gi04")
SKETCHY = ("gi11", "gi12")
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


def stem_of(key: str) -> str:
    return next(p.stem for p in (HERE / "src").glob(f"{key}_*.md"))


def fmt1(x: float) -> str:
    s = f"{abs(x):,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


# --------------------------------------------------------------------------- the checks
def check_full(p: Plan, k: str) -> None:
    T, M, P, C, L = model(k), printed(k), PLANS[k], CAPS[k], LABELS[k]
    nprod, ntoll = len(P["products"]), len(P["tolls"])
    h = P["hist"]
    # history 2024-2026: revenue = output × average price (fee), total, profit = revenue × margin
    div = L.get("h_div", 1)
    p.eq(p.get(C["hist"], L["h_own"]), h["own"], "history output")
    p.eq(p.get(C["hist"], L["h_toll"]), h["tolls"], "history orders")
    p.eq([x * div for x in p.get(C["hist"], L["h_price"])], h["price"], "history price")
    p.eq([x * div for x in p.get(C["hist"], L["h_fee"])], h["fee"], "history fee")
    own_r = p.get(C["hist"], L["h_own_rev"])
    fee_r = p.get(C["hist"], L["h_fee_rev"])
    p.eq(own_r, [h["own"][y] * h["price"][y] / 1e6 for y in range(3)], "history own revenue = output × price")
    p.eq(fee_r, [h["tolls"][y] * h["fee"][y] / 1e6 for y in range(3)], "history fee revenue = orders × fee")
    tot = p.get(C["hist"], L["h_rev"])
    p.eq(tot, [own_r[y] + fee_r[y] for y in range(3)], "history total revenue")
    p.eq(p.get(C["hist"], L["h_profit"]), [tot[y] * h["margin"][y] for y in range(3)], "history profit")
    p.check(T["out"][0] <= 1.2 * h["own"][2], "2027 output within +20 % of 2026")
    # fee table: the fee per unit of each order
    for j, t in enumerate(P["tolls"]):
        p.eq(p.get(C["fees"], t[0], 1), [t[2]], f"fee {t[0]}")
    # prices of the own products (market table)
    for i in range(nprod):
        p.eq(p.get(C["prices"], L["rev_names"][i], 2)[0:1], [T["prices"][i][0]], f"price {L['rev_names'][i]}")
    # raw material for the own product only: rows = count × yield, sum, need = output × norm, balance
    for r in T["raws"]:
        rows = p.table(C["raw"])
        for k2, (lab, cnt, word, yl) in enumerate(r["rows"]):
            hit = [x for x in rows if x[1].startswith(lab[:-1] if lab.endswith(")") else lab)]
            if not hit:
                p.failures.append(f"raw row not found: {lab}")
                continue
            got = [vn(c) for c in hit[0][-3:]]
            p.eq(got, [cnt[y] * yl for y in range(3)], f"supply {lab} = count × yield")
        m = r["label"].split(" (")[0]
        m = m[0].lower() + m[1:]
        sup = p.get(C["raw"], L["raw_supply"].format(m=m))
        p.eq(sup, r["supply"], f"supply total {m}")
        need = p.get(C["raw"], L["raw_need"].format(m=m, norm=_nq(r["norm"])))
        p.eq(need, [T["out"][y] * r["norm"] for y in range(3)], f"need {m} = output × norm")
        if k == "gi06":
            for y in range(3):
                p.wrong(sup[y], need[y], f"material-shortfall {YEARS[y]}: supply vs need")
                p.check(need[y] > sup[y], "gi06 need exceeds supply")
        else:
            for y in range(3):
                p.check(need[y] <= sup[y] * 0.99, f"need within supply {m} {YEARS[y]}")
            bal = p.get(C["raw"], L["raw_spare"], 3, nth=T["raws"].index(r))
            p.eq(bal, [sup[y] - need[y] for y in range(3)], f"balance {m}")
    # the shared machine: own use + orders against the rating
    p.eq(p.get(C["cap"], L["cap"]), T["cap"], "capacity")
    p.eq(p.get(C["cap"], L["own_cap"]), T["own_cap"], "own product's share of the machine = output × norm")
    if "toll_cap_each" in L:
        for j in range(ntoll):
            p.eq(p.get(C["cap"], L["toll_cap_each"][j]), T["toll_cap"][j], f"orders on the machine {j}")
    else:
        p.eq(p.get(C["cap"], L["toll_cap"]), T["toll_cap_sum"], "orders on the machine")
    use = p.get(C["cap"], L["use"])
    if k == "gi05":
        p.eq(use, T["own_use"], "gi05 printed use = own rice only")
        for y in (1, 2):
            p.wrong(use[y], T["use"][y], f"capacity-exceeded {YEARS[y]}: printed use vs true")
            p.check(T["through"][y] > T["cap"][y] * 1.03, f"gi05 {YEARS[y]}: rice on the stills exceeds capacity")
    else:
        p.eq(p.get(C["cap"], L["through"]), T["through"], "total on the machine")
        p.eq(use, T["use"], "capacity use")
        p.eq(p.get(C["cap"], L["toll_use"]), T["toll_use"], "orders' share of capacity")
        for y in range(3):
            p.check(T["use"][y] <= 85.0, f"capacity use within 85 % {YEARS[y]}")
            if P.get("reserve"):
                p.check(T["toll_cap_sum"][y] <= P["reserve"] * T["cap"][y], f"orders within the reserve {YEARS[y]}")
    # staff and wages
    for role, n in P["roles"]:
        p.eq(p.get(C["staff"], role), n, f"staff {role}")
    p.eq(p.get(C["staff"], L["staff"]), T["staff"], "staff total")
    p.eq(p.get(C["staff"], L["wage"]), P["wage"], "wage")
    p.eq(p.get(C["staff"], L["fund"]), [T["staff"][y] * P["wage"][y] * 12 for y in range(3)], "wage fund")
    # production plan
    for i, pr in enumerate(P["products"]):
        p.eq(p.get(C["prod"], pr[0]), pr[4], f"packs {pr[0]}")
    p.eq(p.get(C["prod"], L["out"]),
         [sum(pr[4][y] * pr[2] for pr in P["products"]) for y in range(3)], "output = Σ packs × size")
    for t in P["tolls"]:
        p.eq(p.get(C["prod"], t[0]), t[3], f"orders {t[0]}")
    # investment and sources
    items = [p.get(C["inv"], x[0], 1)[0] for x in P["inv"]]
    p.eq(items, [x[1] for x in P["inv"]], "investment items")
    inv = p.get(C["inv"], L["inv_total"], 1)[0]
    p.eq(inv, sum(items), "investment total = Σ items")
    srcs = [p.get(C["src"], x[0], 2) for x in P["src"]]
    p.eq([s[0] for s in srcs], [x[1] for x in P["src"]], "sources")
    src_total = p.get(C["src"], L["src_total"], 2)[0]
    p.eq(src_total, sum(s[0] for s in srcs), "sources total = Σ sources")
    p.eq([s[1] for s in srcs], [s[0] / src_total * 100 for s in srcs], "sources' shares")
    if k == "gi07":
        p.wrong(src_total, inv, "capital-mismatch: sources vs investment")
    else:
        p.eq(src_total, inv, "sources = investment")
    # revenue: packs × price, by-product, orders × fee, total
    if k == "gi05":
        rows = p.table(C["rev"])
        for i, pr in enumerate(P["products"]):
            r = p.get(C["rev"], f"{L['rev_names'][i]} ({pr[1]})")
            p.eq(r, [pr[4][0], T["prices"][i][0], pr[4][0] * T["prices"][i][0] / 1e6], f"2027 line {pr[0]}")
        r0 = p.get(C["rev"], L["rev_tolls"][0] + " (kg)")
        p.eq(r0[:2], [P["tolls"][0][3][0], P["tolls"][0][2]], "2027 order kg and fee")
        p.wrong(r0[2], r0[0] * r0[1] / 1e6, "revenue-mismatch: kg × fee")
        p.eq(r0[2], M["rev_toll"][0][0], "the planted line as planned")
        r1_ = p.get(C["rev"], L["rev_tolls"][1] + " (mẻ)")
        p.eq(r1_, [P["tolls"][1][3][0], P["tolls"][1][2], P["tolls"][1][3][0] * P["tolls"][1][2] / 1e6], "2027 batches")
        tot = p.get(C["rev"], "Tổng doanh thu năm 2027", 1)[0]
        p.eq(tot, M["rev"][0], "2027 total (follows the planted line)")
        p.eq(tot, sum(p.get(C["rev"], r[1], 1)[0] for r in rows[:-1]), "2027 total = Σ lines")
    else:
        for i in range(nprod):
            p.eq(p.get(C["rev"], L["rev_names"][i]),
                 [P["products"][i][4][y] * T["prices"][i][y] / 1e6 for y in range(3)], f"revenue {L['rev_names'][i]}")
        for b in P.get("byprod", []):
            p.eq(p.get(C["rev"], b[0]), [T["out"][y] * b[1] * b[2] / 1e6 for y in range(3)], f"by-product {b[0]}")
        for j, t in enumerate(P["tolls"]):
            p.eq(p.get(C["rev"], L["rev_tolls"][j]), [t[3][y] * t[2] / 1e6 for y in range(3)], f"fee revenue {t[0]}")
        p.eq(p.get(C["rev"], L["rev_total"]), T["rev"], "revenue total")
    # costs, line by line
    rev_used = M["rev"]  # gi05's tax line follows its printed revenue
    want = {}
    for n, r in enumerate(T["raws"]):
        want[f"raw{n}"] = [T["out"][y] * r["norm"] * r["price"] / 1e6 for y in range(3)]
    want["pack"] = [sum(pr[4][y] * pr[5] for pr in P["products"]) / 1e6 for y in range(3)]
    want["energy"] = [T["through"][y] * P["energy"] / 1e6 for y in range(3)]
    want["wages"] = [T["staff"][y] * P["wage"][y] * 12 for y in range(3)]
    want["dep"] = [T["fixed"] / P["life"]] * 3
    want["interest"] = [b * P["rate"] for b in P["loan"]]
    want["sell"] = [T["own_rev"][y] * P["sell"] for y in range(3)]
    want["tax"] = [rev_used[y] * P["tax"] for y in range(3)]
    want["other"] = [P["other"]] * 3
    lines = {}
    for key, label in L["cost_lines"]:
        lines[key] = p.get(C["cost"], label)
        p.eq(lines[key], want[key], f"cost {label}")
    ctot = p.get(C["cost"], L["cost_total"])
    sums = [sum(v[y] for v in lines.values()) for y in range(3)]
    if k == "gi06":
        p.eq([ctot[0], ctot[2]], [sums[0], sums[2]], "cost total 2027, 2029")
        p.wrong(ctot[1], sums[1], "table-total-mismatch: 2028 cost total vs its lines")
        p.eq(ctot[1], M["cost_table_total"][1], "the planted total as planned")
    else:
        p.eq(ctot, sums, "cost total = Σ lines")
    # summary: revenue, fees, cost, profit = revenue − cost, margin
    srev = p.get(C["sum"], L["s_rev"])
    p.eq(srev, M["rev"], "summary revenue")
    p.eq(p.get(C["sum"], L["s_fee"]), M["fee_rev"], "summary fee revenue")
    scost = p.get(C["sum"], L["s_cost"])
    p.eq(scost, T["cost_total"] if k != "gi05" else M["cost_total"], "summary cost")
    sprof = p.get(C["sum"], L["s_profit"])
    if k == "gi08":
        p.eq([sprof[0], sprof[2]], [srev[0] - scost[0], srev[2] - scost[2]], "profit 2027, 2029")
        p.wrong(sprof[1], srev[1] - scost[1], "profit-mismatch 2028: printed vs revenue − cost")
    else:
        p.eq(sprof, [srev[y] - scost[y] for y in range(3)], "profit = revenue − cost")
    p.eq(p.get(C["sum"], L["s_margin"]), [sprof[y] / srev[y] * 100 for y in range(3)], "margin")
    for y in range(3):
        if not (k == "gi09" and y > 0):
            p.check(0 < T["margin"][y] < 40, f"true margin within 0–40 % {YEARS[y]}")
    # payback as printed in the text against investment / (average profit + depreciation)
    m = re.search(r"(?:≈|khoảng) (\d+,\d) năm\.", p.body)
    if not m:
        p.failures.append("payback not found")
    else:
        pb = vn(m.group(1))
        true_pb = T["inv_total"] / (sum(T["profit"]) / 3 + T["fixed"] / P["life"])
        printed_pb = M["inv_total"] / (sum(M["profit"]) / 3 + T["fixed"] / P["life"])
        if k == "gi10":
            p.wrong(pb, true_pb, "payback-mismatch")
        elif k == "gi08":
            p.eq(pb, printed_pb, "gi08 payback from the printed profits", 0.04)
            p.wrong(pb, true_pb, "gi08 payback (knock-on) vs true")
        else:
            p.eq(pb, true_pb, "payback", 0.04)
    # growth of revenue and output
    g = T["growth_rev"]
    if k == "gi09":
        p.check(min(g) > 50 and min(T["growth_out"]) > 50, "gi09 growth above 50 %/year")
        p.check(T["staff"][0] == T["staff"][2], "gi09 same staff")
        p.check(T["use"][2] <= 85, "gi09 dryer not exceeded")
    else:
        p.check(max(g) < 35, "revenue growth under 35 %/year")
    # the text states what the tables hold
    p.has(f"{fmt1(M['rev'][0])} triệu đồng", f"{fmt1(M['dep'])} triệu đồng")


def _nq(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}".replace(",", ".")
    s = f"{x:.2f}".rstrip("0").replace(".", ",")
    return s


def check_orders(p: Plan, k: str) -> None:
    """The order book / customers' contracts add up to the orders the plan counts."""
    P, C = PLANS[k], CAPS[k]
    rows = p.table(C["orders"])
    if k in ("gi03", "gi09"):
        cols = 2 if k == "gi03" else 3
        tot = [vn(c) for c in rows[-1][-cols:]]
        items = [[vn(c) if c not in ("–", "") else 0.0 for c in r[-cols:]] for r in rows[:-1]]
        sums = [sum(r[c] for r in items) for c in range(cols)]
        p.eq(tot, sums, "order book total = Σ rows")
        want = [P["tolls"][0][3][0], P["tolls"][1][3][0]] if k == "gi03" else P["tolls"][0][3]
        p.eq(tot, want, "order book = the orders planned")
        return
    qcol = {"gi01": 3, "gi02": 4, "gi04": 3, "gi05": 2, "gi06": 3, "gi07": 4, "gi08": 3, "gi10": 3}[k]
    items = [vn(r[qcol]) for r in rows[:-1]]
    tot = vn(rows[-1][qcol])
    p.eq(tot, sum(items), "order book total = Σ rows")
    want = {"gi05": P["tolls"][0][3][0], "gi07": P["tolls"][0][3][0], "gi10": P["tolls"][0][3][0]}.get(
        k, sum(t[3][0] for t in P["tolls"]))
    p.eq(tot, want, "order book = the orders planned for 2027")


def check_text(p: Plan, k: str) -> None:
    body = p.body
    if k in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem truy xuất" if k != "gi04" else "QR")
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        for d_ in re.findall(r"đến (\d\d/\d\d/(\d{4}))", body):
            p.check(int(d_[1]) >= 2030, f"paper valid to {d_[0]}")
        if k != "gi04":
            p.has_i("an toàn thực phẩm", "tự công bố", "thử nghiệm", "nhãn hiệu")
            if k != "gi03":
                p.has("đăng ký môi trường")
        else:
            p.has_i("không phải thực phẩm", "thẻ treo", "nhãn hiệu", "đăng ký môi trường", "nguồn gốc")
        p.has("không dán nhãn" if k in ("gi01", "gi02", "gi03") else "không gắn thẻ treo")
    elif k not in SKETCHY:
        if k != "gi09":
            p.lacks(REPLACED, "outdated instrument")
            p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k not in SKETCHY and k != "gi10":
        p.lacks(PLACEHOLDER, "template placeholder")
    if k == "gi05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence")
        p.has("an toàn thực phẩm", "QCVN 6-3:2010/BYT", "Nhãn hiệu", "đăng ký môi trường", "35 % vol")
        p.has("không cần đầu tư thêm nồi")
    if k == "gi06":
        p.lacks(r"môi trường|nước thải|chất thải|mùi|xử lý|bể lắng|biogas|rác|khí thải|ô nhiễm|thu gom",
                "environment")
        p.has("chủ động đủ mực nguyên liệu")
        p.lacks(r"Còn dư|Thiếu|thiếu", "a balance row or a shortfall said")
    if k == "gi07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "product standard")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "QR", "bảo đảm đủ vốn")
    if k == "gi08":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
        p.lacks(r"nhãn|(?<!\w)tem(?!\w)|mã vạch|43/2017|111/2021", "label")
        p.has("TCCS", "tự công bố", "kiểm nghiệm", "Sở hữu trí tuệ", "đăng ký môi trường")
    if k == "gi09":
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát nội bộ|lưu mẫu|(?<!\w)tem(?!\w)|mã vạch",
                "quality control")
        p.has("919/QĐ-TTg", "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Can Lộc", "cấp huyện",
              "Luật Hợp tác xã năm 2012", "giữ nguyên 6 lao động", "3 sao")
        p.lacks(r"148/QĐ-TTg|1489", "current instrument in gi09")
    if k == "gi10":
        p.check(re.search(PLACEHOLDER, body) is not None, "gi10 keeps a template placeholder")
        p.has("[tên khách hàng]", "……/HĐGC")
        fee_txt = PLANTED["gi10"]["fee_text"]
        p.has(f"{fee_txt:,}".replace(",", ".") + " đồng/kg gạo")
        p.wrong(fee_txt, PLANS["gi10"]["tolls"][0][2], "figure-inconsistent: text fee vs fee table")


def check_sketchy(p: Plan, k: str) -> None:
    words = len(p.body.split())
    p.check(150 <= words <= 350, f"sketchy length {words} words")
    p.check(not p.rows, "sketchy plan has no table")
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|TCCS|nhãn hiệu|truy xuất|môi trường|giấy phép", "a paper")
    if k == "gi11":
        p.has("chưa đăng ký kinh doanh", "5.000 đồng/kg", "120.000 đồng/kg", "800 kg", "80 triệu đồng")
    else:
        p.has("28A8006153", "8.000 đồng", "60.000 đồng/lít", "3.000 lít", "50 triệu đồng")


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in KEYS] or list(KEYS)
    plans = []
    for k in keys:
        p = Plan(stem_of(k))
        if k in SKETCHY:
            check_sketchy(p, k)
        else:
            check_full(p, k)
            check_orders(p, k)
            check_text(p, k)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
