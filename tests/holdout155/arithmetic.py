"""The 155th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand with a calculator.

    .venv/bin/python tests/holdout155/arithmetic.py

Theme: household businesses and family producers (hộ kinh doanh, tổ hợp tác, family workshops)
keeping simple books. Money tables are in nghìn đồng ("ĐVT: 1.000 đồng"); some summaries in triệu.
Quantities are counted by the batch (mẻ, lứa, chum), the day, the market session (phiên chợ) and
the month, and converted to the year.

For every full plan (ez01-ez10) the constants give the products (pack size in the plan's base
unit, price in đồng, pack cost in đồng, packs per year), the 2024-2026 history (output, average
price, margin), the raw materials (norm per base unit, price), the own supply (area / hives x
yield) and the purchase in local units with the conversion the plan states once, the sales
channels of 2027 (quantity per session / day / month x number of them), the capacity (per batch x
batches a day x days, or the like), the family and hired labour by role and monthly pay (and a
piece rate where the plan pays by the piece), the energy rate, investment items and capital
sources, the loan balance and rate, selling and tax shares and a fixed line. From them `model()`
recomputes every table figure. `printed()` is the same model with the planted numeric defects
applied as the plans print them (a wrong line and what follows from it); the plan's text must
equal `printed()` within 1 %, and each planted figure must be off its true value by more than 5 %.
Textual defects are asserted through the absence or presence of their words.
Sketchy plans (ez11, ez12): 150-320 words, no table, their few figures.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|51/2021|"
            r"03/2014|01/2021/NĐ-CP|78/2015|Luật Hợp tác xã (năm )?2012|23/2012/QH13|"
            r"cấp huyện|UBND huyện|\bhuyện\b|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
#           size 0 = a by-product line sold beside the product (not in the output)
# hist: (output in base units, average price đ per base unit, margin) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); the first one is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year)
# buy: (local unit, its conversion to the raw's unit, rows (source, households, local units a year))
# channels (2027): (label, quantity in base units, per what, how many a year)
# cap: (a, b, c) with capacity a year = a x b x c (text in the plan says what each is)
# roles: (label, who, people per year, pay nghìn đồng a month); piece: nghìn đồng per base unit
# inv: (label, nghìn đồng, fixed asset?); src: (label, nghìn đồng); loan: balance per year (nghìn)
PLANS: dict[str, dict] = {
    "ez01": dict(
        unit="cái",
        products=[("Bánh ram ít tươi, hộp 10 cái", "hộp", 10, 60000, 2500, [14000, 15000, 16000]),
                  ("Bánh ram ít cấp đông, túi 20 cái", "túi", 20, 110000, 4000, [3000, 3500, 4000])],
        hist=[(150000, 5200, 0.15), (165000, 5400, 0.16), (180000, 5600, 0.16)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 0.03, 28000), ("Đỗ xanh tách vỏ", "kg", 0.008, 40000),
              ("Tôm đất, thịt ba chỉ làm nhân", "kg", 0.005, 160000), ("Dầu lạc để rán", "lít", 0.004, 50000)],
        own=("ruộng nếp cái hoa vàng của gia đình (hai vụ)", 5, "sào", 300),
        buy=("tạ", 100, [("Hộ ông Nguyễn Văn Bình, thôn Trung Thịnh", 1, 20),
                         ("Hộ bà Lê Thị Tâm, thôn Tân Mỹ", 1, 18),
                         ("Tổ liên kết trồng nếp thôn Kim Thành", 6, 30)]),
        channels=[("Quầy bánh của gia đình tại chợ Nghèn", 500, "phiên", 72),
                  ("Cửa hàng đặc sản, điểm bán OCOP (9 điểm)", 8000, "tháng", 12),
                  ("Đặt cỗ cưới, cỗ giỗ", 2500, "tháng", 12),
                  ("Khách đặt qua điện thoại, Zalo, gửi xe khách", 1500, "tháng", 12),
                  ("Đơn hàng quà Tết (tháng Chạp)", 20000, "mùa Tết", 1)],
        cap=(400, 3, 300),
        roles=[("Bà Trần Thị Huệ – chủ hộ: quản lý, làm nhân, bán hàng", "chủ hộ", [1, 1, 1], 7000),
               ("Ông Phạm Văn Lợi – chồng: mua nguyên liệu, rán bánh", "gia đình", [1, 1, 1], 6000),
               ("Chị Phạm Thị Ngân – con gái: đóng gói, sổ sách, bán online", "gia đình", [1, 1, 1], 6000),
               ("Lao động thuê: gói bánh, rán bánh", "thuê", [2, 2, 3], 5000)],
        energy=150,
        inv=[("Cải tạo bếp một chiều 40 m²", 120000, True), ("Tủ cấp đông 1.000 lít, tủ mát", 95000, True),
             ("Bếp rán công nghiệp có chụp hút khói, lọc dầu", 52000, True),
             ("Máy hút chân không, máy hàn túi", 38000, True),
             ("Bao bì, nhãn, kiểm nghiệm, tự công bố, nhãn hiệu", 45000, False),
             ("Vốn lưu động", 150000, False)],
        src=[("Vốn tự có của hộ", 300000), ("Vay Ngân hàng Chính sách xã hội", 200000)],
        life=8, loan=[200000, 150000, 100000], rate=0.066, sell=0.05, tax=0.015, other=24000,
        summary_unit="nghìn"),
    "ez02": dict(
        unit="kg",
        products=[("Chè búp khô đặc biệt, túi 200 g", "túi", 0.2, 70000, 3500, [12000, 13000, 14000]),
                  ("Chè xanh khô loại 1, túi 500 g", "túi", 0.5, 125000, 4500, [4800, 5200, 5600]),
                  ("Chè xanh khô bán buôn, bao 5 kg", "bao", 5, 950000, 12000, [120, 130, 140])],
        hist=[(4300, 270000, 0.18), (4700, 275000, 0.19), (5000, 280000, 0.20)],
        hist_staff=[7, 8, 8],
        raws=[("Búp chè tươi (một tôm hai lá)", "kg", 4.5, 14000)],
        own=("nương chè của 7 hộ tổ viên", 44, "sào", 550),
        buy=("tạ", 100, [("Hộ trồng chè ngoài tổ, thôn Tân Phú", 5, 30),
                         ("Hộ trồng chè ngoài tổ, thôn Khe Lau", 4, 20)]),
        channels=[("Quầy chè của tổ tại chợ phiên Kỳ Thượng", 30, "phiên", 48),
                  ("Cửa hàng đặc sản, điểm bán OCOP (12 điểm)", 120, "tháng", 12),
                  ("Đại lý chè ở Kỳ Anh và Vinh (3 đại lý)", 70, "tháng", 12),
                  ("Bán buôn cho cơ sở đóng gói chè (bao 5 kg)", 50, "tháng", 12),
                  ("Đặt hàng qua Zalo, sàn thương mại điện tử", 40, "tháng", 12),
                  ("Quà Tết cho cơ quan, doanh nghiệp", 600, "mùa Tết", 1)],
        cap=(15, 2, 240),
        roles=[("Ông Hoàng Văn Tú – tổ trưởng: điều hành, sao chè", "tổ viên", [1, 1, 1], 6500),
               ("Bà Nguyễn Thị Mai – kế toán, thủ quỹ", "tổ viên", [1, 1, 1], 5500),
               ("Tổ viên sao, vò, sấy chè", "tổ viên", [4, 4, 5], 5500),
               ("Tổ viên phân loại, đóng gói, bán hàng", "tổ viên", [2, 2, 2], 5000)],
        energy=12000,
        inv=[("Cải tạo nhà sao chè, đóng gói 120 m²", 180000, True),
             ("Máy sao quay hai nồi, máy vò chè", 160000, True),
             ("Máy sấy chè bằng điện 100 kg/mẻ", 95000, True),
             ("Máy hút chân không, máy hàn túi, cân điện tử", 35000, True),
             ("Chứng nhận VietGAP, kiểm nghiệm, tự công bố", 40000, False),
             ("Thiết kế bao bì, nhãn, tem truy xuất, nhãn hiệu", 30000, False),
             ("Vốn lưu động", 220000, False)],
        src=[("Vốn góp của tổ viên", 360000), ("Vay Ngân hàng Chính sách xã hội", 400000)],
        life=10, loan=[400000, 300000, 200000], rate=0.066, sell=0.05, tax=0.015, other=40000,
        energy_label="Điện sấy, củi, nước", labour_label="Tiền công tổ viên", summary_unit="triệu"),
    "ez03": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 130000, 9000, [3600, 4000, 4400]),
                  ("Mật ong hoa keo, hũ thủy tinh 1 kg", "hũ", 1, 240000, 14000, [1200, 1300, 1400]),
                  ("Mật ong hoa keo bán buôn, can 5 kg", "can", 5, 950000, 25000, [160, 180, 200])],
        hist=[(3000, 210000, 0.15), (3300, 218000, 0.16), (3500, 225000, 0.16)],
        raws=[("Mật ong thô hoa keo", "kg", 1.06, 75000)],
        own=("thùng ong nội của gia đình", 280, "thùng", 9),
        buy=("can (25 kg)", 25, [("Hộ nuôi ong thôn Tân Thành", 6, 42), ("Hộ nuôi ong thôn Bắc Sơn", 5, 36),
                                 ("Tổ nuôi ong thôn Trung Hà", 4, 30)]),
        channels=[("Quầy mật ong tại chợ Cẩm Hưng", 12, "phiên", 72),
                  ("Cửa hàng đặc sản, điểm bán OCOP (7 điểm)", 110, "tháng", 12),
                  ("Quán giải khát, tiệm bánh mua can 5 kg", 200, "quý", 4),
                  ("Khách đặt qua điện thoại, Zalo", 50, "tháng", 12),
                  ("Hội chợ OCOP, quà Tết", 108, "đợt", 2)],
        cap=(50, 1, 200),
        roles=[("Ông Võ Văn Hùng – chủ hộ: chăm ong, thu mua mật", "chủ hộ", [1, 1, 1], 6500),
               ("Bà Nguyễn Thị Hằng – vợ: lọc, đóng chai, bán hàng", "gia đình", [1, 1, 1], 5500),
               ("Anh Võ Văn Hậu – con trai: chăm ong, giao hàng", "gia đình", [1, 1, 1], 5500),
               ("Lao động thời vụ mùa quay mật", "thuê", [1, 1, 2], 4500)],
        energy=3000,
        inv=[("Máy hạ thủy phần mật ong 50 kg/mẻ", 95000, True),
             ("Bồn inox, máy lọc, máy chiết rót", 52000, True),
             ("Cải tạo phòng chiết rót, đóng gói 30 m²", 63000, True),
             ("Bổ sung 60 thùng ong giống", 54000, True),
             ("Kiểm nghiệm, tự công bố, bao bì, nhãn hiệu", 36000, False),
             ("Vốn lưu động", 200000, False)],
        src=[("Vốn tự có của hộ", 300000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200000)],
        life=8, loan=[200000, 140000, 80000], rate=0.085, sell=0.05, tax=0.015, other=20000,
        pack_label="Chai, hũ, can, nhãn, tem", summary_unit="nghìn"),
    "ez04": dict(
        unit="chiếc",
        products=[("Nón lá truyền thống 16 vành", "chiếc", 1, 65000, 2000, [9000, 9500, 10000]),
                  ("Nón bài thơ có hộp giấy", "chiếc", 1, 140000, 12000, [2500, 2800, 3100]),
                  ("Nón lá vẽ tay trang trí, có hộp", "chiếc", 1, 210000, 14000, [1200, 1400, 1600])],
        hist=[(11000, 82000, 0.14), (11500, 85000, 0.15), (12000, 88000, 0.15)],
        hist_staff=[19, 20, 21],
        raws=[("Lá nón đã phơi, là phẳng", "lá", 30, 500), ("Vành tre, cước, chỉ khâu", "bộ", 1, 6000),
              ("Sơn vẽ gốc nước, dầu bóng", "lít", 0.01, 180000)],
        own=("đồi lá nón của các hộ tổ viên", 4, "ha", 80000),
        buy=("bó (100 lá)", 100, [("Hộ trồng lá nón thôn Đông Sơn", 8, 600), ("Hộ trồng lá nón thôn Hòa Bình", 6, 450),
                                 ("Hộ trồng lá nón thôn Tân Lộc", 5, 400)]),
        channels=[("Quầy nón của tổ tại chợ phiên Thạch Lạc", 40, "phiên", 72),
                  ("Cửa hàng lưu niệm ở Hà Tĩnh, Vinh, Huế (6 cửa hàng)", 400, "tháng", 12),
                  ("Công ty lữ hành, khu du lịch biển (3 đơn vị)", 160, "tháng", 12),
                  ("Đơn đặt nón in logo cho hội nghị, lễ hội", 250, "quý", 4),
                  ("Bán qua Zalo, sàn thương mại điện tử", 175, "tháng", 12)],
        cap=(18, 3, 290),
        roles=[("Bà Lê Thị Hương – tổ trưởng: điều hành, kiểm hàng", "tổ viên", [1, 1, 1], 5500),
               ("Chị Trần Thị Vân – kế toán, bán hàng", "tổ viên", [1, 1, 1], 5000),
               ("Tổ viên chằm nón (trả công khoán 25.000 đ/chiếc)", "tổ viên", [18, 18, 18], 0),
               ("Tổ viên vẽ nón, đóng hộp", "tổ viên", [1, 1, 2], 4500)],
        piece=25,
        energy=1000,
        inv=[("Lò sấy lá nón bằng hơi nóng (thay xông diêm sinh)", 85000, True),
             ("Cải tạo nhà làm nón, trưng bày 80 m²", 150000, True),
             ("Khuôn nón inox, bàn là lá", 30000, True),
             ("Thiết kế mẫu nón vẽ, hộp, nhãn, tem", 35000, False),
             ("Đăng ký nhãn hiệu, tiêu chuẩn cơ sở, thử nghiệm", 25000, False),
             ("Vốn lưu động", 175000, False)],
        src=[("Vốn góp của tổ viên", 270000), ("Vay Ngân hàng Chính sách xã hội", 230000)],
        life=8, loan=[230000, 150000, 80000], rate=0.066, sell=0.06, tax=0.015, other=20000,
        labour_label="Tiền công (lương tháng và công khoán)", energy_label="Điện, củi sấy lá",
        pack_label="Hộp, túi, nhãn treo", summary_unit="nghìn"),
    "ez05": dict(
        unit="lít",
        products=[("Rượu nếp cái 35 độ, chai thủy tinh 500 ml", "chai", 0.5, 110000, 9000, [12000, 13000, 14000]),
                  ("Rượu nếp cái 35 độ, bình sứ 1 lít có hộp", "bình", 1, 250000, 45000, [2000, 2400, 2800])],
        hist=[(6800, 185000, 0.14), (7200, 195000, 0.15), (7500, 205000, 0.15)],
        raws=[("Gạo nếp cái", "kg", 1.25, 26000), ("Men lá tự làm", "kg", 0.03, 150000)],
        own=("ruộng nếp cái của gia đình (hai vụ)", 8, "sào", 300),
        buy=("tạ", 100, [("Hộ ông Trần Văn Hòa, thôn Yên Thịnh", 1, 25), ("Hộ bà Phan Thị Lý, thôn Trung Hà", 1, 20),
                         ("Tổ sản xuất lúa nếp thôn Đông Thành", 7, 25)]),
        channels=[("Quầy rượu tại chợ Đức Thịnh", 30, "phiên", 72),
                  ("Cửa hàng đặc sản, điểm bán OCOP (8 điểm)", 180, "tháng", 12),
                  ("Nhà hàng, quán ăn (10 quán)", 120, "tháng", 12),
                  ("Khách đặt cỗ cưới, quà biếu", 100, "tháng", 12),
                  ("Quà Tết cho cơ quan, doanh nghiệp", 1040, "mùa Tết", 1)],
        cap=(30, 2, 300),
        roles=[("Ông Lê Văn Sâm – chủ hộ: nấu, chưng cất", "chủ hộ", [1, 1, 1], 6500),
               ("Bà Nguyễn Thị Thu – vợ: ủ men, đóng chai, bán hàng", "gia đình", [1, 1, 1], 5500),
               ("Anh Lê Văn Tâm – con trai: giao hàng, sổ sách", "gia đình", [1, 1, 1], 5500),
               ("Lao động thuê: đóng chai, dán nhãn", "thuê", [1, 1, 1], 4500)],
        energy=2500,
        inv=[("Hệ thống nồi chưng cất inox hai nồi, làm lạnh", 140000, True),
             ("Máy lọc khử an-đê-hít, bồn inox 2.000 lít", 110000, True),
             ("Cải tạo nhà nấu, nhà ủ 60 m²", 180000, True),
             ("Chum, vò hạ thổ 40 chiếc", 40000, True),
             ("Hầm biogas 12 m³, chuồng lợn nuôi bằng bã rượu", 60000, True),
             ("Bao bì, nhãn, kiểm nghiệm, công bố, nhãn hiệu", 50000, False),
             ("Vốn lưu động", 320000, False)],
        src=[("Vốn tự có của hộ", 600000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300000)],
        life=10, loan=[300000, 200000, 100000], rate=0.085, sell=0.06, tax=0.30, other=20000,
        tax_label="Thuế tiêu thụ đặc biệt, GTGT, TNCN (tạm tính 30 % doanh thu)",
        pack_label="Chai, bình sứ, hộp, nhãn", energy_label="Củi, điện, nước", summary_unit="nghìn"),
    "ez06": dict(
        unit="kg",
        products=[("Giò lụa, cây 1 kg", "cây", 1, 230000, 6000, [4200, 4500, 4800]),
                  ("Giò lụa, cây 500 g", "cây", 0.5, 120000, 4000, [5600, 6000, 6400]),
                  ("Chả quế, khoanh 500 g", "khoanh", 0.5, 125000, 4000, [2000, 2200, 2400]),
                  ("Xương, mỡ, lòng bán tươi", "kg", 0, 40000, 0, [9000, 9700, 10400])],
        hist=[(7000, 215000, 0.15, 290000), (7300, 220000, 0.16, 305000), (7600, 225000, 0.16, 320000)],
        hist_extra="Doanh thu phụ phẩm",
        raws=[("Lợn hơi", "kg", 2.4, 62000), ("Nước mắm, gia vị", "kg", 0.05, 80000),
              ("Lá chuối, lạt giang", "kg", 0.1, 10000)],
        own=("lợn do gia đình tự nuôi", 40, "con", 95),
        buy=("con (≈ 95 kg hơi)", 95, [("Hộ chăn nuôi thôn Xuân Hải", 9, 90), ("Hộ chăn nuôi thôn Tiên Quang", 7, 70),
                                      ("Trang trại lợn ông Hồ Văn Kiên", 1, 40)]),
        channels=[("Sạp giò chả tại chợ Giang Đình (họp hằng ngày)", 10, "ngày", 330),
                  ("Nhà hàng, quán ăn (12 quán)", 175, "tháng", 12),
                  ("Đặt cỗ cưới, cỗ giỗ", 150, "tháng", 12),
                  ("Cửa hàng thực phẩm, điểm bán OCOP (4 điểm)", 50, "tháng", 12),
                  ("Đơn giò chả Tết", 200, "mùa Tết", 1)],
        cap=(8, 6, 330),
        roles=[("Ông Phan Văn Lực – chủ hộ: mổ lợn, giã giò", "chủ hộ", [1, 1, 1], 7000),
               ("Bà Hoàng Thị Nhung – vợ: gói giò, bán hàng ở chợ", "gia đình", [1, 1, 1], 6000),
               ("Anh Phan Văn Luận – con trai: giã giò, giao hàng", "gia đình", [1, 1, 1], 6000),
               ("Chị Trần Thị Mơ – con dâu: gói giò, sổ sách", "gia đình", [1, 1, 1], 5500),
               ("Lao động thuê: phụ mổ, rửa dụng cụ", "thuê", [1, 1, 1], 5000)],
        energy=4000,
        inv=[("Cải tạo lò mổ và phòng chế biến 45 m²", 160000, True),
             ("Máy xay giã giò 8 kg/mẻ", 65000, True),
             ("Tủ cấp đông, tủ mát trưng bày", 70000, True),
             ("Nồi luộc giò inox 200 lít, bếp gas công nghiệp", 35000, True),
             ("Bao bì, nhãn, kiểm nghiệm, công bố", 40000, False),
             ("Vốn lưu động", 230000, False)],
        src=[("Vốn tự có của hộ", 350000), ("Vay Ngân hàng Chính sách xã hội", 250000)],
        life=8, loan=[250000, 180000, 100000], rate=0.066, sell=0.04, tax=0.015, other=30000,
        pack_label="Túi hút chân không, hộp, nhãn", energy_label="Gas, điện, nước", summary_unit="nghìn",
        total_label="Tổng giò, chả quy đổi"),
    "ez07": dict(
        unit="chiếc",
        products=[("Bánh đa vừng đen nướng sẵn, gói 10 chiếc", "gói", 10, 45000, 2000, [21000, 45000, 52000]),
                  ("Bánh đa vừng đen chưa nướng, tập 20 chiếc", "tập", 20, 70000, 2500, [6000, 12500, 15000])],
        hist=[(270000, 3800, 0.2), (285000, 3900, 0.21), (300000, 4000, 0.22)],
        hist_staff=[9, 9, 9],
        raws=[("Gạo tẻ", "kg", 0.04, 16000), ("Vừng đen", "kg", 0.004, 70000),
              ("Gừng, đường, muối", "kg", 0.002, 25000)],
        own=("ruộng lúa của các hộ tổ viên (gạo để lại làm bánh)", 30, "sào", 250),
        buy=("tạ", 100, [("Cơ sở xay xát ông Đinh Văn Quế (hợp đồng năm)", 1, 250),
                         ("Hộ trồng lúa thôn Hồng Thịnh", 8, 80)]),
        channels=[("Quầy bánh của tổ tại chợ Nghèn", 600, "phiên", 72),
                  ("Cửa hàng đặc sản, điểm bán OCOP (5 điểm)", 14500, "tháng", 12),
                  ("Quán ăn, nhà hàng (cuốn, gỏi, bánh đa trộn)", 6000, "tháng", 12),
                  ("Bán qua Zalo, Facebook, gửi xe khách", 1400, "tháng", 12),
                  ("Quà Tết", 24000, "mùa Tết", 1)],
        cap=(3200, 1, 300),
        roles=[("Bà Nguyễn Thị Lan – tổ trưởng: điều hành, kiểm hàng", "tổ viên", [1, 1, 1], 5500),
               ("Chị Đặng Thị Hoa – kế toán, thủ quỹ", "tổ viên", [1, 1, 1], 4500),
               ("Tổ viên tráng, phơi, nướng bánh", "tổ viên", [6, 6, 6], 4000),
               ("Tổ viên đóng gói, giao hàng", "tổ viên", [1, 1, 1], 4000)],
        energy=150,
        inv=[("Máy tráng bánh đa bán tự động 2.000 chiếc/ngày", 180000, True),
             ("Giàn phơi inox có mái che 150 m²", 70000, True),
             ("Lò nướng bánh bằng than hoa có chụp hút", 40000, True),
             ("Máy hàn túi, cân, bàn đóng gói inox", 25000, True),
             ("Bao bì, nhãn, kiểm nghiệm, tự công bố, nhãn hiệu", 35000, False),
             ("Vốn lưu động", 150000, False)],
        src=[("Vốn góp của tổ viên", 250000), ("Vay Ngân hàng Chính sách xã hội", 250000)],
        life=8, loan=[250000, 180000, 100000], rate=0.066, sell=0.05, tax=0.015, other=25000,
        energy_label="Điện, than, nước", summary_unit="nghìn"),
    "ez08": dict(
        unit="sản phẩm",
        products=[("Khay trà gỗ xoan đào khắc hoa văn", "chiếc", 1, 280000, 8000, [1200, 1450, 1650]),
                  ("Hộp gỗ đựng quà có nắp khắc chữ", "chiếc", 1, 190000, 6000, [1400, 1650, 1850]),
                  ("Đế lót ly gỗ keo, bộ 6 chiếc", "bộ", 1, 150000, 5000, [1000, 1200, 1300])],
        hist=[(3000, 190000, 0.17), (3200, 195000, 0.18), (3400, 200000, 0.18)],
        raws=[("Gỗ xoan, gỗ keo xẻ sấy", "m³", 0.006, 7000000), ("Sơn PU gốc nước, dầu lau gỗ", "lít", 0.03, 160000)],
        own=("vườn rừng keo, xoan của gia đình", 2, "ha", 6),
        buy=("xe (3 m³)", 3, [("Hộ trồng rừng thôn Trung Sơn", 3, 3), ("Xưởng xẻ gỗ ông Trần Văn Bảy", 1, 4)]),
        channels=[("Quầy hàng tại chợ phiên Đức Minh", 8, "phiên", 72),
                  ("Cửa hàng quà tặng, đồ gỗ ở Hà Tĩnh, Vinh (5 cửa hàng)", 140, "tháng", 12),
                  ("Quán cà phê, nhà hàng đặt khay, đế lót ly", 60, "tháng", 12),
                  ("Bán qua Facebook, Zalo", 40, "tháng", 12),
                  ("Quà Tết cho cơ quan, doanh nghiệp", 144, "mùa Tết", 1)],
        cap=(13, 1, 290),
        roles=[("Ông Lê Văn Thắng – chủ xưởng: thiết kế, khắc, lắp ráp", "chủ", [1, 1, 1], 7000),
               ("Anh Lê Văn Trung – con trai: chạy máy phay CNC, cưa, bào", "gia đình", [1, 1, 1], 6500),
               ("Bà Đoàn Thị Mến – vợ: chà nhám, lau dầu, đóng gói", "gia đình", [1, 1, 1], 5000),
               ("Thợ thuê: chà nhám, sơn", "thuê", [1, 1, 1], 6000)],
        energy=5000,
        inv=[("Kho gỗ, mái che sân phơi 60 m²", 90000, True),
             ("Hệ thống hút bụi túi vải, buồng sơn màng nước", 75000, True),
             ("Lò sấy gỗ bằng hơi 4 m³/mẻ", 110000, True),
             ("Thiết kế mẫu, hộp, nhãn treo", 30000, False),
             ("Tiêu chuẩn cơ sở, thử nghiệm, đơn nhãn hiệu", 25000, False),
             ("Vốn lưu động", 190000, False)],
        src=[("Vốn tự có của gia đình", 220000), ("Vay người thân", 100000), ("Vay Quỹ tín dụng nhân dân xã", 100000)],
        life=8, loan=[200000, 150000, 100000], rate=0.09, sell=0.06, tax=0, other=20000,
        pack_label="Hộp, túi vải, nhãn treo", energy_label="Điện", summary_unit="nghìn"),
    "ez09": dict(
        unit="kg",
        products=[("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 75000, 3000, [5000, 5400, 5800]),
                  ("Chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 40000, 6000, [8000, 9000, 10000])],
        hist=[(2300, 205000, 0.17), (2500, 212000, 0.18), (2650, 220000, 0.18)],
        raws=[("Cành lá chè vằng tươi", "kg", 4, 10000)],
        own=("vườn chè vằng trồng của gia đình", 12, "sào", 600),
        buy=("gánh (≈ 35 kg)", 35, [("Hộ hái chè vằng thôn Khe Dừa", 12, 110), ("Hộ hái chè vằng thôn Trung Hòa", 10, 90)]),
        channels=[("Quầy hàng tại chợ phiên Hương Đô", 10, "phiên", 72),
                  ("Cửa hàng đặc sản, tạp hóa (10 điểm)", 90, "tháng", 12),
                  ("Nhà hàng, quán cơm (nước uống cho khách)", 40, "tháng", 12),
                  ("Khách đặt qua Zalo, gửi xe khách", 40, "tháng", 12),
                  ("Quà Tết, hội chợ", 140, "năm", 1)],
        cap=(20, 1, 250),
        roles=[("Bà Phan Thị Nga – chủ hộ: thu mua, sấy, bán hàng", "chủ hộ", [1, 1, 1], 6000),
               ("Ông Nguyễn Văn Hảo – chồng: cắt khúc, sao, vận chuyển", "gia đình", [1, 1, 1], 5500),
               ("Chị Nguyễn Thị Thảo – con gái: đóng gói, sổ sách", "gia đình", [1, 1, 1], 5000),
               ("Lao động thuê thời vụ", "thuê", [1, 1, 1], 4500)],
        energy=8000,
        inv=[("Cải tạo nhà sơ chế, sấy 40 m²", 80000, True), ("Máy sấy bơm nhiệt 200 kg tươi/mẻ", 95000, True),
             ("Máy cắt khúc, máy nghiền, máy đóng túi lọc", 110000, True),
             ("Bao bì, nhãn, tem QR, nhãn hiệu", 35000, False), ("Vốn lưu động", 130000, False)],
        src=[("Vốn tự có của hộ", 250000), ("Vay Ngân hàng Chính sách xã hội", 200000)],
        life=8, loan=[200000, 140000, 80000], rate=0.066, sell=0.05, tax=0.015, other=15000,
        energy_label="Điện sấy, nước", summary_unit="triệu"),
    "ez10": dict(
        unit="lít",
        products=[("Tương nếp, chai 500 ml", "chai", 0.5, 35000, 4000, [18000, 19500, 21000]),
                  ("Tương nếp, hũ sành 1 lít", "hũ", 1, 75000, 12000, [3000, 3300, 3600])],
        hist=[(10000, 60000, 0.2), (10500, 63000, 0.21), (11000, 66000, 0.22)],
        raws=[("Đậu tương hạt", "kg", 0.3, 22000), ("Gạo nếp", "kg", 0.2, 26000), ("Muối hạt", "kg", 0.15, 5000)],
        own=("ruộng đậu tương của gia đình", 6, "sào", 120),
        buy=("tạ", 100, [("Hộ trồng đậu tương thôn Đông Châu", 6, 20), ("Hộ trồng đậu tương thôn Văn Minh", 5, 16)]),
        cap=(50, 60, 5),
        roles=[("Bà Đặng Thị Lài – chủ hộ: ủ mốc, ủ tương, chiết chai", "chủ hộ", [1, 1, 1], 6000),
               ("Ông Hồ Văn Minh – chồng: rang đậu, xay, phơi", "gia đình", [1, 1, 1], 5000),
               ("Chị Võ Thị Hiền – con dâu: đóng chai, sổ sách", "gia đình", [1, 1, 1], 5000),
               ("Lao động thời vụ", "thuê", [1, 1, 1], 4000)],
        energy=1500,
        inv=[("Sân phơi, mái che ủ tương 80 m²", 90000, True), ("Bổ sung 30 chum sành, nồi đồ xôi inox", 45000, True),
             ("Máy xay đậu, máy chiết rót bán tự động", 70000, True),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30000, False), ("Vốn lưu động", 165000, False)],
        src=[("Vốn tự có của hộ", 250000), ("Vay Ngân hàng Chính sách xã hội", 150000)],
        life=8, loan=[150000, 100000, 50000], rate=0.066, sell=0.06, tax=0.015, other=15000,
        pack_label="Chai, hũ, nắp, thùng carton", energy_label="Củi, điện, nước", summary_unit="nghìn",
        sell_label="Chi phí tiêu thụ, vận chuyển (6 % doanh thu)"),
}

# Planted numeric defects (printed() applies them; the true values come from model()).
PLANTED: dict[str, dict] = {
    "ez05": {"payback": 1.2},                  # stated 1,2 years; 900.000 : (368.650 + 53.000) = 2,1
    "ez06": {"rev_line": (0, 1, 1.12)},        # 2028 line "Giò lụa, cây 1 kg" x 1,12 (total, selling, tax, profit follow)
    "ez07": {"cost_total": (0, 0.90)},         # 2027 "Tổng chi phí" 10 % below its items (summary profit follows)
    "ez09": {"profit": (2, 1.30)},             # 2029 profit in the summary x 1,30 (margin follows)
}
READY = ("ez01", "ez02", "ez03", "ez04")
SKETCHY = ("ez11", "ez12")
STEMS = {
    "ez01": "ez01_banh_ram_thanh_hue_hkd",
    "ez02": "ez02_che_bup_kho_binh_tien_tht",
    "ez03": "ez03_mat_ong_hoa_keo_cam_hung_hkd",
    "ez04": "ez04_non_la_thach_lac_tht",
    "ez05": "ez05_ruou_nep_cai_duc_thinh_hkd",
    "ez06": "ez06_gio_lua_giang_dinh_hkd",
    "ez07": "ez07_banh_da_vung_hong_loc_tht",
    "ez08": "ez08_do_go_xoan_duc_minh_xuong_gia_dinh",
    "ez09": "ez09_che_vang_huong_do_hkd",
    "ez10": "ez10_tuong_nep_cam_due_hkd",
    "ez11": "ez11_mam_tep_thach_kim_so_sai",
    "ez12": "ez12_trai_nghiem_vuon_buoi_so_sai",
}


# --------------------------------------------------------------------------- model
def r0(x: float) -> int:
    """Round half up to a whole number (nghìn đồng, kg, ...)."""
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def model(key: str, planted: bool = False) -> dict:
    """Every figure of plan `key`, true (planted=False) or as the plan prints it."""
    p = PLANS[key]
    pl = PLANTED.get(key, {}) if planted else {}
    m: dict = {"key": key, "unit": p["unit"]}
    prods = p["products"]
    m["packs"] = [list(x[5]) for x in prods]
    m["output"] = [sum(x[2] * x[5][y] for x in prods) for y in range(3)]
    m["output"] = [round(v, 3) for v in m["output"]]
    # history
    hist = []
    for out, price, margin, *extra in p["hist"]:
        main = r0(out * price / 1000)
        rev = main + (extra[0] if extra else 0)
        cost = r0(rev * (1 - margin))
        hist.append(dict(output=out, price=price, main=main, extra=extra[0] if extra else 0, rev=rev,
                         cost=cost, profit=rev - cost))
    m["hist"] = hist
    # revenue
    lines = [[r0(x[3] * x[5][y] / 1000) for y in range(3)] for x in prods]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        lines[i][y] = r0(lines[i][y] * f)
    m["rev_lines"] = lines
    m["rev"] = [sum(l[y] for l in lines) for y in range(3)]
    # raw materials
    m["need"] = [[round(m["output"][y] * r[2], 3) for y in range(3)] for r in p["raws"]]
    m["raw_cost"] = [[r0(m["need"][j][y] * r[3] / 1000) for y in range(3)] for j, r in enumerate(p["raws"])]
    own = p.get("own")
    m["own"] = own[1] * own[3] if own else 0
    buy = p.get("buy")
    m["buy_rows"] = [q * buy[1] for _, _, q in buy[2]] if buy else []
    m["buy"] = sum(m["buy_rows"])
    m["supply"] = m["own"] + m["buy"]
    m["balance"] = [m["supply"] - m["need"][0][y] for y in range(3)]
    # channels, capacity
    m["channels"] = [q * n for _, q, _, n in p.get("channels", [])]
    a, b, c = p["cap"]
    m["cap"] = a * b * c
    # labour
    m["staff"] = [sum(r[2][y] for r in p["roles"]) for y in range(3)]
    m["pay"] = [sum(r[2][y] * r[3] * 12 for r in p["roles"]) for y in range(3)]
    m["piece"] = [r0(m["output"][y] * p.get("piece", 0)) for y in range(3)]
    m["labour"] = [m["pay"][y] + m["piece"][y] for y in range(3)]
    # packaging, energy
    m["pack"] = [r0(sum(x[4] * x[5][y] for x in prods) / 1000) for y in range(3)]
    m["energy"] = [r0(m["output"][y] * p["energy"] / 1000) for y in range(3)]
    # investment, sources
    m["inv"] = sum(v for _, v, _ in p["inv"])
    m["fixed"] = sum(v for _, v, f in p["inv"] if f)
    m["src"] = sum(v for _, v in p["src"])
    m["src_pct"] = [round(v / m["src"] * 100, 1) for _, v in p["src"]]
    m["dep"] = r0(m["fixed"] / p["life"])
    m["interest"] = [r0(x * p["rate"]) for x in p["loan"]]
    m["sell"] = [r0(m["rev"][y] * p["sell"]) for y in range(3)]
    m["tax"] = [r0(m["rev"][y] * p["tax"]) for y in range(3)]
    m["other"] = [p["other"]] * 3
    cost_lines = [("raw", j) for j in range(len(p["raws"]))] + [("pack",), ("labour",), ("energy",), ("dep",),
                                                                 ("interest",), ("sell",)]
    if p["tax"]:
        cost_lines.append(("tax",))
    cost_lines.append(("other",))
    m["cost_keys"] = cost_lines

    def line(k, y):
        if k[0] == "raw":
            return m["raw_cost"][k[1]][y]
        if k[0] == "dep":
            return m["dep"]
        return m[k[0]][y]

    m["cost_items"] = [[line(k, y) for y in range(3)] for k in cost_lines]
    m["cost"] = [sum(v[y] for v in m["cost_items"]) for y in range(3)]
    m["cost_sum"] = list(m["cost"])                # what the items add up to
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        m["cost"][y] = r0(m["cost"][y] * f)
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit"][y] = r0(m["profit"][y] * f)
    m["margin"] = [round(m["profit"][y] / m["rev"][y] * 100, 1) for y in range(3)]
    m["avg_profit"] = r0(sum(m["profit"]) / 3)
    m["payback"] = round(m["inv"] / (m["avg_profit"] + m["dep"]), 1)
    if "payback" in pl:
        m["payback"] = pl["payback"]
    m["growth"] = [round((m["rev"][y] / m["rev"][y - 1] - 1) * 100, 1) for y in (1, 2)]
    m["growth0"] = round((m["rev"][0] / hist[2]["rev"] - 1) * 100, 1)
    return m


def printed(key: str) -> dict:
    return model(key, planted=True)


# --------------------------------------------------------------------------- formatting
def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234567.5 -> '1.234.567,5'."""
    neg = x < 0
    x = abs(x)
    if dec:
        s = f"{x:,.{dec}f}"
    else:
        s = f"{r0(x):,}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("−" if neg else "") + s


def fq(x: float) -> str:
    """A quantity: whole numbers without decimals, else up to three decimals (trailing zeros cut)."""
    if abs(x - round(x)) < 1e-9:
        return fmt(x)
    for d in (1, 2, 3):
        if abs(x * 10 ** d - round(x * 10 ** d)) < 1e-6:
            return fmt(x, d)
    return fmt(x, 3)


# --------------------------------------------------------------------------- table captions
DEFAULT_CAPTIONS = {
    "hist": "Kết quả sản xuất kinh doanh giai đoạn 2024 – 2026",
    "prod": "Sản phẩm, quy cách và giá bán",
    "comp": "So sánh giá sản phẩm cùng loại trên thị trường",
    "chan": "Kênh tiêu thụ và sản lượng dự kiến năm 2027",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "buy": "Nguồn thu mua nguyên liệu",
    "equip": "Máy móc, thiết bị và năng lực sản xuất",
    "staff": "Lao động của hộ",
    "plan": "Kế hoạch sản lượng 2027 – 2029",
    "inv": "Nhu cầu vốn đầu tư",
    "src": "Nguồn vốn đầu tư",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí dự kiến",
    "sum": "Tổng hợp hiệu quả kinh tế",
    "papers": "Hồ sơ pháp lý và chứng nhận",
    "sched": "Tiến độ thực hiện",
    "risk": "Rủi ro và giải pháp",
}
CAPTIONS: dict[str, dict[str, str]] = {
    "ez02": {"staff": "Nhân lực của tổ hợp tác"},
    "ez04": {"staff": "Nhân lực của tổ hợp tác", "raw": "Cân đối nguyên liệu"},
    "ez07": {"staff": "Nhân lực của tổ hợp tác"},
    "ez08": {"staff": "Lao động của xưởng", "inv": "Nhu cầu vốn của phương án"},
    "ez10": {"plan": "Sản lượng dự kiến theo năm"},
}


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, key: str):
        super().__init__(STEMS[key])
        self.key = key
        self.tables: list[tuple[str, list[list[str]]]] = []
        caption, rows = "", None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("|"):
                if rows is None:
                    rows = []
                    self.tables.append((caption, rows))
                if not re.fullmatch(r"\|(\s*-+\s*\|)+", s):
                    rows.append([c.strip() for c in s.strip("|").split("|")])
                continue
            rows = None
            if s.startswith("Bảng "):
                caption = s

    def table(self, kind: str) -> list[list[str]]:
        title = CAPTIONS.get(self.key, {}).get(kind, DEFAULT_CAPTIONS[kind])
        for cap, rows in self.tables:
            if title in cap:
                return rows
        self.failures.append(f"table not found: {title}")
        return []

    def has_table(self, kind: str) -> bool:
        title = CAPTIONS.get(self.key, {}).get(kind, DEFAULT_CAPTIONS[kind])
        return any(title in cap for cap, _ in self.tables)

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        """The last n numbers of the first row of `rows` whose label cell starts with `label`."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [vn(m.group(1)) for x in r[1:] if (m := re.match(r"^([\d.,]+)$", x))]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not close(got, want, tol) and abs(got - want) > 0.051:
            self.failures.append(f"{what}: plan says {got:g}, computed {want:g}")

    def eqs(self, got: list[float], want: list[float], what: str, tol: float = 0.01) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            self.eq(g, w, f"{what} [{y}]", tol)

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted figure: more than 5 % off its true value."""
        if not off(got, true):
            self.failures.append(f"planted {what} not wrong enough: {got:g} against true {true:g}")


def lf(s: str) -> str:
    return s[0].lower() + s[1:]


def check_full(key: str) -> Plan:
    P = Plan(key)
    p, m, t = PLANS[key], printed(key), model(key)
    planted = PLANTED.get(key, {})
    u = p["unit"]
    tr = p.get("summary_unit") == "triệu"

    # history 2024-2026: revenue = output x price, profit = revenue - cost
    rows = P.table("hist")
    P.eqs(P.trow(rows, "Sản lượng"), [h["output"] for h in m["hist"]], "history output")
    P.eqs(P.trow(rows, "Giá bán bình quân"), [h["price"] for h in m["hist"]], "history price")
    if "hist_extra" in p:
        main = P.trow(rows, "Doanh thu giò")
        extra = P.trow(rows, p["hist_extra"])
        tot = P.trow(rows, "Tổng doanh thu")
        P.eqs(main, [h["output"] * h["price"] / 1000 for h in m["hist"]], "history main revenue")
        P.eqs(tot, [a + b for a, b in zip(main, extra)], "history total revenue")
    else:
        tot = P.trow(rows, "Doanh thu")
        P.eqs(tot, [h["output"] * h["price"] / 1000 for h in m["hist"]], "history revenue")
    hc, hp = P.trow(rows, "Chi phí"), P.trow(rows, "Lợi nhuận")
    P.eqs(hp, [a - b for a, b in zip(tot, hc)], "history profit")
    P.check(m["output"][0] <= m["hist"][2]["output"] * 1.2, "2027 output more than +20 % on 2026")
    P.check(t["growth0"] < 25, f"2027 revenue growth on 2026 {t['growth0']} %")

    # products and prices
    rows = P.table("prod")
    for x in p["products"]:
        P.eq(P.trow(rows, x[0] + " |", 1)[0], x[3], f"price of {x[0]}")

    # channels of 2027 add up to the 2027 output
    if p.get("channels"):
        rows = P.table("chan")
        for (lab, q, per, n), v in zip(p["channels"], m["channels"]):
            P.eq(P.trow(rows, lab, 2)[0], q * n, f"channel {lab}")
        P.eq(P.trow(rows, "Cộng |", 2)[0], sum(m["channels"]), "channel total")
        P.eq(sum(m["channels"]), t["output"][0], "channels against the 2027 output")
    else:
        P.check(not P.has_table("chan"), "channel table present")

    # raw materials: need = output x norm; own = area x yield; supply = own + purchase
    rows = P.table("raw")
    for j, r in enumerate(p["raws"]):
        P.eqs(P.trow(rows, f"Nhu cầu {lf(r[0])}"), t["need"][j], f"need of {r[0]}")
    P.eqs(P.trow(rows, "Tổng nguồn cung"), [t["supply"]] * 3, "raw supply")
    own_row = next((r for r in rows if len(r) > 1 and r[1].startswith(("Gạo", "Búp", "Mật", "Lá", "Lợn", "Gỗ", "Chè",
                                                                        "Đậu")) and "tự" in r[1]), None)
    P.check(own_row is not None, "own supply row")
    if own_row:
        P.eq(vn(own_row[-1]), p["own"][1] * p["own"][3], "own supply")
    if key == "ez05":
        P.check(not any("Cân đối" in r[1] for r in rows if len(r) > 1), "ez05 shows a balance row")
        P.wrong(t["supply"], t["need"][0][0], "material supply 2027 (against the need)")
        P.wrong(t["supply"], t["need"][0][2], "material supply 2029 (against the need)")
        P.has("nguồn gạo nếp bảo đảm cho kế hoạch sản xuất cả giai đoạn 2027 – 2029")
    else:
        P.eqs(P.trow(rows, "Cân đối"), [t["supply"] - v for v in t["need"][0]], "raw balance")
        P.check(all(v <= t["supply"] for v in t["need"][0]), "raw need above supply")
    if P.has_table("buy"):
        rows = P.table("buy")
        for (s, hh, q), v in zip(p["buy"][2], t["buy_rows"]):
            P.eq(P.trow(rows, s, 2)[1], v, f"purchase {s}")
        P.eq(P.trow(rows, "Cộng |", 3)[2], t["buy"], "purchase total")

    # capacity
    rows = P.table("equip")
    P.eq(P.trow(rows, "Năng lực", 1)[0], t["cap"], "capacity")
    if key == "ez08":
        P.wrong(t["cap"], t["output"][1], "capacity against 2028 output")
        P.wrong(t["cap"], t["output"][2], "capacity against 2029 output")
        P.check(t["output"][0] <= t["cap"], "ez08 2027 output above capacity")
        P.check(t["staff"][0] == t["staff"][2], "ez08 staff grows")
        P.check(not any("máy" in lab.lower() and "sấy" not in lab.lower() for lab, _, _ in p["inv"]),
                "ez08 invests in a machine")
        P.has("Máy móc hiện có đủ cho kế hoạch sản xuất")
    else:
        P.check(all(v <= t["cap"] for v in t["output"]), "output above capacity")

    # staff
    rows = P.table("staff")
    for lab, who, n, w in p["roles"]:
        if w:
            got = P.trow(rows, lab, 4)
            P.eqs(got[:3], n, f"staff {lab}")
            P.eq(got[3], w, f"pay {lab}")
        else:
            P.eqs(P.trow(rows, lab, 3), n, f"staff {lab}")
    P.eqs(P.trow(rows, "Cộng |"), t["staff"], "staff total")

    # production plan
    rows = P.table("plan")
    for x in p["products"]:
        P.eqs(P.trow(rows, x[0] + " |"), x[5], f"plan {x[0]}")
    P.eqs(P.trow(rows, p.get("total_label", "Tổng sản lượng quy đổi")), t["output"], "plan output")
    if any(r[1:2] == ["Bình quân một tháng"] for r in rows):
        P.eqs(P.trow(rows, "Bình quân một tháng"), [v / 12 for v in t["output"]], "monthly output")

    # investment and sources
    rows = P.table("inv")
    for lab, v, _ in p["inv"]:
        P.eq(P.trow(rows, lab + " |", 1)[0], v, f"investment {lab}")
    P.eq(P.trow(rows, "Tổng cộng", 1)[0], sum(v for _, v, _ in p["inv"]), "investment total")
    rows = P.table("src")
    for (lab, v), pc in zip(p["src"], t["src_pct"]):
        got = P.trow(rows, lab + " |", 2)
        P.eq(got[0], v, f"source {lab}")
        P.eq(got[1], pc, f"share {lab}")
    P.eq(P.trow(rows, "Tổng cộng", 2)[0], sum(v for _, v in p["src"]), "sources total")
    if key == "ez08":
        P.wrong(t["src"], t["inv"], "sources total against the investment")
        P.has("520 triệu đồng", "bảo đảm đủ vốn")
    else:
        P.eq(t["src"], t["inv"], "sources against the investment")

    # revenue: each line = packs x price (the planted line excepted), total = sum of the lines
    rows = P.table("rev")
    for i, x in enumerate(p["products"]):
        got = P.trow(rows, f"{x[0]} ({fmt(x[3])} đ/{x[1]})")
        P.eqs(got, m["rev_lines"][i], f"revenue line {x[0]}")
        for y in range(3):
            if planted.get("rev_line", (None, None))[:2] == (i, y):
                P.wrong(got[y], x[3] * x[5][y] / 1000, f"revenue {x[0]} {YEARS[y]}")
            else:
                P.eq(got[y], x[3] * x[5][y] / 1000, f"revenue {x[0]} {YEARS[y]} = packs x price")
    rev = P.trow(rows, "Tổng doanh thu")
    P.eqs(rev, m["rev"], "revenue total")

    # cost: every line from the constants; the total = sum of the lines (the planted total excepted)
    rows = P.table("cost")
    items = []
    for k, vals in zip(m["cost_keys"], m["cost_items"]):
        lab = {"raw": None}.get(k[0], "")
        if k[0] == "raw":
            lab = p["raws"][k[1]][0]
        else:
            idx = m["cost_keys"].index(k)
            lab = [r for r in rows if r[0] == str(idx + 1)][0][1] if any(r[0] == str(idx + 1) for r in rows) else "?"
        got = P.trow(rows, lab + " |")
        items.append(got)
        P.eqs(got, vals, f"cost {lab}")
    true_items = {
        "pack": t["pack"], "labour": t["labour"], "energy": t["energy"], "dep": [t["dep"]] * 3,
        "interest": t["interest"], "sell": [p["sell"] * v for v in rev], "tax": [p["tax"] * v for v in rev],
        "other": [p["other"]] * 3}
    for k, got in zip(m["cost_keys"], items):
        want = t["raw_cost"][k[1]] if k[0] == "raw" else true_items[k[0]]
        P.eqs(got, want, f"cost line {k[0]} from the constants")
    cost = P.trow(rows, "Tổng chi phí")
    sums = [sum(it[y] for it in items) for y in range(3)]
    for y in range(3):
        if planted.get("cost_total", (None,))[0] == y:
            P.wrong(cost[y], sums[y], f"cost total {YEARS[y]}")
        else:
            P.eq(cost[y], sums[y], f"cost total {YEARS[y]}")
    P.eqs(cost, m["cost"], "cost total as printed")

    # summary: revenue and cost as in the two tables, profit = revenue - cost (the planted one excepted)
    rows = P.table("sum")
    sc = 1000 if tr else 1
    srev, scost, sprof = (P.trow(rows, "Doanh thu"), P.trow(rows, "Tổng chi phí"), P.trow(rows, "Lợi nhuận"))
    smar = P.trow(rows, "Tỷ suất")
    P.eqs([v * sc for v in srev], rev, "summary revenue")
    P.eqs([v * sc for v in scost], cost, "summary cost")
    for y in range(3):
        if planted.get("profit", (None,))[0] == y:
            P.wrong(sprof[y], srev[y] - scost[y], f"profit {YEARS[y]}")
        else:
            P.eq(sprof[y], srev[y] - scost[y], f"profit {YEARS[y]}", 0.01)
        P.eq(smar[y], sprof[y] / srev[y] * 100, f"margin {YEARS[y]}", 0.02)
    P.eqs([v * sc for v in sprof], m["profit"], "profit as printed")
    if key != "ez07":
        P.check(all(0 < v < 40 for v in t["margin"]), f"true margins {t['margin']}")

    # payback as stated
    mm = re.search(r"(?:hoàn vốn|thu hồi toàn bộ vốn)[^\n]{0,160}?(\d+,\d) năm", P.body)
    P.check(bool(mm), "payback sentence")
    if mm:
        stated = vn(mm.group(1))
        P.eq(stated, m["payback"], "payback as printed")
        if key == "ez05":
            P.wrong(stated, t["payback"], "payback")
            P.wrong(stated, t["inv"] / t["avg_profit"], "payback (on profit alone)")
        elif not planted:
            P.eq(stated, t["payback"], "payback", 0.05)

    # growth
    if key == "ez07":
        P.check(t["growth"][0] > 50, "ez07 growth")
        P.check(t["output"][1] / t["output"][0] > 2, "ez07 output doubles")
        P.check(t["staff"][0] == t["staff"][1] == t["staff"][2], "ez07 staff changes")
        P.check(len(p["channels"]) == 5, "ez07 channels")
        P.has("Thị trường bánh đa quê còn rất lớn")
    else:
        P.check(all(g < 31 for g in t["growth"]), f"growth {t['growth']}")
    return P


FOOD_WORDS = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018"


def check_text(P: Plan) -> None:
    key, b = P.key, P.body
    P.lacks(PLACEHOLDER, "template placeholder")
    if key != "ez09":
        P.lacks(REPLACED, "replaced instrument or district body")
        P.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key in READY:
        P.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "nhãn hiệu", "mã lô",
              "môi trường", "Giấy chứng nhận đăng ký", "UBND xã")
        for d in re.findall(r"[Đđ]ến (\d{1,2}/\d{1,2}/(\d{4}))", b):
            P.check(int(d[1]) >= 2030 or "cấp lại" in b, f"paper valid only to {d[0]}")
        if key != "ez04":
            P.has("an toàn thực phẩm", "tự công bố")
        else:
            P.has("không phải thực phẩm", "xông diêm sinh")
    if key == "ez05":
        P.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence words")
        P.has("sản xuất rượu thủ công", "an toàn thực phẩm", "hàm lượng etanol", "đăng ký môi trường")
    if key == "ez06":
        P.lacks(r"môi trường|nước thải|chất thải|xử lý|rác|biogas|hầm|hố ga|bể lắng|hố lắng|thu gom|mùi|vệ sinh",
                "environment words")
        P.has("Hộ hiện có 5 lao động thường xuyên", "giải quyết việc làm thường xuyên cho 9 lao động", "giết mổ")
        P.check(PLANS[key]["roles"] and model(key)["staff"] == [5, 5, 5], "ez06 staff table 5")
    if key == "ez07":
        P.lacks(FOOD_WORDS + r"|cam kết", "food-safety words")
        P.has("tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "tem QR")
    if key == "ez08":
        P.lacks(r"đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|mã số thuế|đăng ký kinh doanh số|sẽ đăng ký",
                "registration words")
        P.has("Cơ sở chưa làm thủ tục đăng ký kinh doanh", "tài khoản cá nhân")
    if key == "ez09":
        P.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện", "ngày 05 tháng 9 năm 2026")
        P.lacks(r"148/QĐ-TTg|1489", "current OCOP decisions")
        P.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN", "product-standard words")
        P.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "QR")
    if key == "ez10":
        P.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch", "label words")
        P.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|\blô\b|kiểm soát", "quality-control words")
        P.lacks(r"chợ|cửa hàng|siêu thị|đại lý|nhà hàng|quán|zalo|facebook|thương mại điện tử|online|bán lẻ|bán buôn",
                "sales-channel words")
        sec = b.split("# 7. Phân tích thị trường", 1)[-1].split("# 8.", 1)[0]
        P.check(len(sec.split()) > 60, "ez10 market section too short")
        P.check(not re.search(r"\d|khách hàng|giá", sec), "ez10 market section names a figure, customer or price")
        P.has("3 sao", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "an toàn thực phẩm", "nhãn hiệu")


SKETCHY_LACKS = {
    "ez11": r"đăng ký hộ kinh doanh|mã số thuế|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn hiệu|truy xuất|môi trường|\|",
    "ez12": r"đăng ký hộ kinh doanh|mã số thuế|an toàn thực phẩm|tiêu chuẩn|nhãn hiệu|môi trường|doanh thu|lợi nhuận|\|",
}
SKETCHY_HAS = {
    "ez11": ("1.200 kg", "2.000 kg", "120.000 đồng/kg", "240 triệu đồng", "80 triệu đồng", "30 triệu đồng"),
    "ez12": ("1,2 ha", "3.000 lượt khách", "150.000 đồng/lượt", "250 triệu đồng"),
}


def check_sketchy(key: str) -> Plan:
    P = Plan(key)
    words = len(P.body.split())
    P.check(150 <= words <= 320, f"sketchy length {words} words")
    P.check(not P.tables, "sketchy plan with a table")
    P.has(*SKETCHY_HAS[key])
    P.lacks(SKETCHY_LACKS[key], "a paper or table the sketchy plan lacks on purpose")
    P.lacks(PLACEHOLDER, "template placeholder")
    return P


def main() -> int:
    plans = []
    for key in STEMS:
        if key in SKETCHY:
            plans.append(check_sketchy(key))
        else:
            P = check_full(key)
            check_text(P)
            plans.append(P)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
