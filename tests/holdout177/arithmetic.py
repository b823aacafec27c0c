"""The 177th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout177/arithmetic.py

Theme: grains, pulses and dried farm produce of Hà Tĩnh cooperatives and households (gạo from
thóc at a milling ratio, lạc nhân, vừng đen, khoai lang dẻo sấy, gạo nếp cái, đậu xanh tách vỏ,
đậu đen xanh lòng, ngô nếp, trà gạo lứt, ý dĩ). For every full plan (fv01-fv10) the constants
give the products (pack size in kg, price, pack cost, packs per year), the 2024-2026 history, the
crop by season (vụ xuân, vụ hè thu, vụ đông: area of members or the producer and of linked
households, in sào or ha, and the yield per sào or ha), the processing chain from the harvested
crop to the product (drying, shelling, milling, sorting losses, each a factor stated once in the
text), the purchase price of the crop, a by-product where there is one (cám gạo), equipment
capacity (kg of product per day x days), storage, staff by role (number, wage, months), energy per
kg, investment items and capital sources, loan balances, selling / tax shares and a fixed line.
From them this script recomputes: output = sum of packs x size; history revenue; crop per season
= area x yield and the supply = sum over the seasons; the need of harvested crop = output / the
product of the chain's factors, and every intermediate stage; need against supply; output against
capacity; storage against the largest season; staff; investment and sources; depreciation;
interest; every revenue line; every cost line; the totals; profit = revenue - cost; margin;
growth; payback = investment / (average profit + depreciation). Each figure is then read back from
the plan's source (tables found by their caption "Bảng N. ...") and compared: planted numeric
defects must be wrong by more than 5 % (the true value is computed beside them), every other
number right within 1 %. Textual defects are asserted through the presence or absence of their
words. Sketchy plans: 150-320 words, no table.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size kg, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output kg, average price đ/kg) for 2024, 2025, 2026
# crop: what is harvested and bought (the first stage's input); area_unit: sào or ha
# seasons: (vụ, area of members / the producer, area of linked households, yield kg per area unit)
# stages: (input, step as written, factor): harvested crop -> product, one factor per step
# raw_price: đ per kg of harvested crop; byprod: (label, share of the last stage's input, đ/kg)
# cap: (kg of product per day, working days); store: (kg, basis: 0 harvested, 1 after stage 1)
# roles: (label, staff per year, wage triệu/month, months a year); energy: đ per kg of product
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "fv01": dict(
        products=[("Gạo thơm Tùng Lộc, túi 2 kg", "túi", 2, 70000, 3500, [6000, 6600, 7200]),
                  ("Gạo thơm Tùng Lộc, túi 5 kg", "túi", 5, 165000, 6000, [8400, 9200, 10000]),
                  ("Gạo thơm Tùng Lộc, bao 10 kg", "bao", 10, 310000, 9000, [1500, 1600, 1700])],
        hist=[(52000, 31000), (57000, 32000), (62000, 33000)],
        crop="Thóc tươi", area_unit="sào",
        seasons=[("Vụ xuân", 250, 100, 290), ("Vụ hè thu", 200, 80, 240)],
        stages=[("Thóc tươi", "phơi, sấy đến độ ẩm 14 %, hao hụt 14 %", 0.86),
                ("Thóc khô", "xay xát, đánh bóng, tỷ lệ gạo thành phẩm 64 %", 0.64)],
        raw_price=7800, byprod=("Cám gạo", 0.10, 6000),
        cap=(500, 200), store=(100000, 1),
        roles=[("Ban quản trị, kế toán (kiêm nhiệm)", [3, 3, 3], 3.0, 12),
               ("Vận hành sấy, xay xát, đóng gói", [3, 3, 4], 6.0, 12),
               ("Bán hàng, giao hàng", [1, 2, 2], 6.0, 12),
               ("Lao động thời vụ phơi, sấy (2 vụ)", [6, 6, 6], 5.0, 3)],
        energy=1000,
        inv=[("Máy sấy thóc tĩnh vỉ ngang 8 tấn/mẻ", 260, True),
             ("Dây chuyền xay xát, đánh bóng, tách màu", 420, True),
             ("Cân đóng gói định lượng, máy hàn miệng túi", 120, True),
             ("Cải tạo kho thóc 100 tấn, chống ẩm, chống chuột", 150, True),
             ("Thiết kế bao bì, mã QR truy xuất", 40, False),
             ("Tiêu chuẩn cơ sở, kiểm nghiệm, tự công bố", 30, False),
             ("Vốn lưu động (thu mua thóc)", 380, False)],
        src=[("Vốn góp của thành viên", 550), ("Quỹ đầu tư phát triển của hợp tác xã", 250),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.01, other=50),
    "fv02": dict(
        products=[("Lạc nhân đỏ Xuân Hội, túi 500 g", "túi", 0.5, 55000, 2500, [16000, 17500, 19000]),
                  ("Lạc nhân đỏ Xuân Hội, túi 1 kg", "túi", 1, 105000, 3500, [9000, 9800, 10600]),
                  ("Lạc nhân loại 1, bao 20 kg", "bao", 20, 1500000, 15000, [450, 500, 550])],
        hist=[(19000, 88000), (21500, 91000), (23500, 94000)],
        crop="Lạc vỏ khô", area_unit="ha",
        seasons=[("Vụ xuân", 3, 13, 2600), ("Vụ hè thu", 1, 6, 2000)],
        stages=[("Lạc vỏ khô", "bóc vỏ, tỷ lệ nhân 70 %", 0.70),
                ("Lạc nhân xô", "sàng, phân loại, loại hạt lép, hạt mốc 6 %", 0.94)],
        raw_price=30000, byprod=None,
        cap=(150, 250), store=(45000, 0),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 7.0, 12),
               ("Thu mua, kỹ thuật vùng nguyên liệu", [1, 1, 1], 6.0, 12),
               ("Bóc vỏ, phân loại, đóng gói", [3, 3, 4], 5.5, 12),
               ("Bán hàng", [1, 1, 1], 6.0, 12)],
        energy=1500,
        inv=[("Máy bóc vỏ lạc 300 kg/giờ và máy sàng phân loại", 180, True),
             ("Máy sấy bơm nhiệt 500 kg/mẻ", 220, True),
             ("Kho chứa 45 tấn có kệ kê, quạt thông gió", 200, True),
             ("Máy hút chân không, cân đóng gói", 90, True),
             ("Bao bì, mã QR, kiểm nghiệm, tự công bố", 60, False),
             ("Vốn lưu động (thu mua lạc vụ xuân)", 450, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 350, 200], rate=0.09, sell=0.05, tax=0.015, other=50),
    "fv03": dict(
        products=[("Vừng đen sạch, túi 250 g", "túi", 0.25, 36000, 2000, [4000, 4400, 4800]),
                  ("Vừng đen sạch, túi 500 g", "túi", 0.5, 68000, 2500, [5000, 5500, 6000]),
                  ("Vừng đen sạch, bao 5 kg", "bao", 5, 600000, 8000, [300, 330, 360])],
        hist=[(3900, 122000), (4200, 126000), (4500, 130000)],
        crop="Vừng hạt khô", area_unit="sào",
        seasons=[("Vụ xuân", 20, 50, 40), ("Vụ hè thu", 25, 80, 45)],
        stages=[("Vừng hạt khô", "phơi lại đến độ ẩm dưới 7 %, hao hụt 4 %", 0.96),
                ("Vừng đã phơi", "sàng, sảy, loại tạp chất và hạt lép 8 %", 0.92)],
        raw_price=50000, byprod=None,
        cap=(60, 150), store=(8000, 0),
        roles=[("Chủ hộ, quản lý, bán hàng", [1, 1, 1], 5.0, 12),
               ("Phơi, sàng, đóng gói", [2, 2, 2], 4.5, 8)],
        energy=500,
        inv=[("Máy sàng tạp chất, máy phân loại hạt", 70, True),
             ("Máy sấy bơm nhiệt 100 kg/mẻ", 90, True),
             ("Sửa kho chứa 8 tấn, bạt và giá kê", 60, True),
             ("Máy hàn miệng túi, cân điện tử", 25, True),
             ("Bao bì, mã QR, kiểm nghiệm", 25, False),
             ("Vốn lưu động", 130, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.04, tax=0.015, other=15),
    "fv04": dict(
        products=[("Khoai lang dẻo sấy, túi 250 g", "túi", 0.25, 45000, 3000, [12000, 13200, 14400]),
                  ("Khoai lang dẻo sấy, hộp 500 g", "hộp", 0.5, 95000, 9000, [3000, 3300, 3600]),
                  ("Khoai lang dẻo sấy, túi 1 kg", "túi", 1, 140000, 4000, [1000, 1100, 1200])],
        hist=[(4000, 158000), (4500, 163000), (5000, 168000)],
        crop="Khoai lang tươi", area_unit="sào",
        seasons=[("Vụ đông", 18, 12, 800), ("Vụ xuân", 8, 6, 650)],
        stages=[("Khoai lang tươi", "rửa, gọt vỏ, loại củ hỏng, hao hụt 20 %", 0.80),
                ("Khoai đã gọt", "hấp chín, sấy dẻo: 3,2 kg khoai đã gọt cho 1 kg thành phẩm", 0.3125)],
        raw_price=7000, byprod=None,
        cap=(60, 130), store=None,
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 4.0, 12),
               ("Sơ chế, hấp, sấy, đóng gói", [5, 5, 6], 5.0, 6),
               ("Bán hàng", [1, 1, 1], 5.5, 12)],
        energy=8000,
        inv=[("Hai tủ sấy bơm nhiệt 100 kg/mẻ", 240, True),
             ("Nồi hấp inox, bàn sơ chế, máy thái lát", 90, True),
             ("Cải tạo nhà sơ chế một chiều 60 m²", 180, True),
             ("Máy hàn túi, máy hút chân không", 50, True),
             ("Thiết kế bao bì, mã QR truy xuất", 30, False),
             ("Tiêu chuẩn cơ sở, kiểm nghiệm, tự công bố", 25, False),
             ("Vốn lưu động", 185, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Chính sách xã hội", 350)],
        life=10, loan=[350, 250, 150], rate=0.066, sell=0.06, tax=0.015, other=40),
    "fv05": dict(
        products=[("Gạo nếp cái Đồng Tâm, túi 2 kg", "túi", 2, 86000, 3500, [5000, 5750, 6000]),
                  ("Gạo nếp cái Đồng Tâm, túi 5 kg", "túi", 5, 205000, 6000, [4400, 5200, 5600]),
                  ("Gạo nếp cái, bao 25 kg", "bao", 25, 925000, 12000, [400, 440, 440])],
        hist=[(30000, 38000), (34000, 39000), (37000, 40000)],
        crop="Thóc nếp khô", area_unit="sào",
        seasons=[("Vụ xuân", 130, 50, 250), ("Vụ hè thu", 100, 40, 210)],
        stages=[("Thóc nếp khô", "xay xát, tỷ lệ gạo nếp thành phẩm 62 %", 0.62)],
        raw_price=12000, byprod=("Cám gạo", 0.10, 6000),
        cap=(300, 220), store=(50000, 0),
        roles=[("Ban quản trị, kế toán (kiêm nhiệm)", [3, 3, 3], 3.0, 12),
               ("Vận hành xay xát, đóng gói", [2, 2, 3], 6.0, 12),
               ("Bán hàng, giao hàng", [1, 1, 1], 6.0, 12),
               ("Lao động thời vụ nhận thóc, phơi lại", [4, 4, 4], 5.0, 3)],
        energy=800,
        inv=[("Máy xay xát, đánh bóng gạo nếp liên hoàn", 320, True),
             ("Máy sấy thóc 5 tấn/mẻ", 180, True),
             ("Sửa kho thóc 50 tấn", 120, True),
             ("Cân đóng gói, máy hàn miệng túi", 60, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 40, False),
             ("Vốn lưu động (thu mua thóc)", 330, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.01, other=40),
    "fv06": dict(
        products=[("Đậu xanh tách vỏ, túi 500 g", "túi", 0.5, 45000, 1500, [10000, 11000, 12000]),
                  ("Đậu xanh tách vỏ, túi 1 kg", "túi", 1, 86000, 2000, [4000, 4400, 4800]),
                  ("Đậu xanh tách vỏ, bao 25 kg", "bao", 25, 1750000, 10000, [160, 180, 200])],
        hist=[(9500, 76000), (10500, 78000), (11500, 80000)],
        crop="Đậu xanh hạt khô", area_unit="sào",
        seasons=[("Vụ xuân", 90, 110, 60), ("Vụ hè thu", 80, 120, 70)],
        stages=[("Đậu xanh hạt khô", "sàng, loại hạt lép, hạt sâu 5 %", 0.95),
                ("Đậu xanh đã sàng", "xát tách vỏ, tỷ lệ thu hồi 80 %", 0.80)],
        raw_price=30000, byprod=None,
        cap=(100, 200), store=(20000, 0),
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2], 2.5, 12),
               ("Sàng, xát vỏ, đóng gói", [3, 3, 3], 5.0, 8),
               ("Giao hàng, bán hàng", [1, 1, 1], 5.0, 12)],
        energy=600,
        inv=[("Máy xát tách vỏ đậu xanh 150 kg/giờ", 110, True),
             ("Máy sàng tạp chất, quạt sảy", 40, True),
             ("Sửa kho 20 tấn, kệ kê", 70, True),
             ("Máy hàn túi, máy hút chân không", 40, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 30, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.01, other=20),
    "fv07": dict(
        products=[("Đậu đen xanh lòng, túi 500 g", "túi", 0.5, 45000, 1500, [12000, 20000, 24000]),
                  ("Đậu đen xanh lòng, túi 1 kg", "túi", 1, 85000, 2000, [5000, 9000, 11000]),
                  ("Đậu đen xanh lòng, bao 10 kg", "bao", 10, 780000, 6000, [400, 700, 900])],
        hist=[(11000, 80000), (12500, 82000), (13500, 84000)],
        crop="Đậu đen hạt khô", area_unit="sào",
        seasons=[("Vụ xuân", 110, 60, 55), ("Vụ hè thu", 140, 90, 65)],
        stages=[("Đậu đen hạt khô", "phơi lại, sàng, loại hạt lép, hạt mọt 8 %", 0.92)],
        raw_price=38000, byprod=None,
        cap=(200, 200), store=(30000, 0),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 4.0, 12),
               ("Phơi, sàng, đóng gói", [4, 4, 4], 5.0, 8),
               ("Bán hàng, giao hàng", [1, 1, 1], 5.5, 12)],
        energy=500,
        inv=[("Máy sàng, phân loại hạt và tách tạp chất", 150, True),
             ("Sân phơi 400 m² và mái che di động", 120, True),
             ("Sửa kho chứa 30 tấn, kệ kê, quạt", 130, True),
             ("Máy hàn túi, cân, máy hút chân không", 60, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 40, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của thành viên", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=8, loan=[450, 300, 150], rate=0.08, sell=0.05, tax=0.01, other=30),
    "fv08": dict(
        products=[("Ngô nếp hạt khô làm sạch, túi 1 kg", "túi", 1, 45000, 2000, [6000, 6600, 7200]),
                  ("Ngô nếp mảnh xay vỡ, túi 500 g", "túi", 0.5, 25000, 1500, [8000, 8800, 9600]),
                  ("Ngô nếp hạt khô, bao 20 kg", "bao", 20, 700000, 8000, [250, 275, 300])],
        hist=[(11000, 40000), (12000, 41000), (13000, 42000)],
        crop="Ngô bắp khô", area_unit="sào",
        seasons=[("Vụ đông", 50, 30, 280), ("Vụ xuân", 20, 10, 250)],
        stages=[("Ngô bắp khô", "tẽ hạt, tỷ lệ hạt 76 %", 0.76),
                ("Ngô hạt", "sấy lại, sàng, loại hạt lép, hạt mốc 6 %", 0.94)],
        raw_price=9000, byprod=None,
        cap=(120, 180), store=(25000, 0),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1], 3.0, 12),
               ("Tẽ hạt, sấy, sàng, đóng gói", [4, 4, 4], 4.5, 6),
               ("Giao hàng, bán hàng", [1, 1, 1], 4.5, 12)],
        energy=1500,
        inv=[("Máy tẽ ngô 500 kg/giờ", 45, True),
             ("Lò sấy ngô đốt than 1 tấn/mẻ", 110, True),
             ("Máy xay mảnh, máy sàng", 55, True),
             ("Mái che, nền kho 60 m²", 40, True),
             ("Bao bì, cân, máy hàn túi", 30, False),
             ("Vốn lưu động", 120, False)],
        src=[("Vốn góp của các hộ", 250), ("Vay quỹ tín dụng Hội Nông dân", 150)],
        life=8, loan=[150, 100, 50], rate=0.07, sell=0.04, tax=0.0, other=15),
    "fv09": dict(
        products=[("Trà gạo lứt rang, hộp 30 gói lọc × 10 g", "hộp", 0.3, 65000, 9000, [12000, 13500, 15000]),
                  ("Gạo lứt rang pha trà, túi 500 g", "túi", 0.5, 70000, 3000, [5000, 5600, 6200]),
                  ("Gạo lứt huyết rồng rang, túi 1 kg", "túi", 1, 120000, 3500, [1500, 1700, 1900])],
        hist=[(5400, 158000), (6000, 162000), (6600, 166000)],
        crop="Thóc huyết rồng khô", area_unit="sào",
        seasons=[("Vụ xuân", 10, 40, 220), ("Vụ hè thu", 0, 30, 180)],
        stages=[("Thóc khô", "xay bóc vỏ trấu thành gạo lứt, tỷ lệ 76 %", 0.76),
                ("Gạo lứt", "vo, rang chín, hao hụt 12 %", 0.88)],
        raw_price=14000, byprod=None,
        cap=(40, 250), store=(15000, 0),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 7.0, 12),
               ("Rang, nghiền, đóng gói túi lọc", [3, 3, 3], 5.5, 12),
               ("Bán hàng, thương mại điện tử", [1, 1, 2], 6.0, 12)],
        energy=5000,
        inv=[("Máy rang trống quay 30 kg/mẻ", 180, True),
             ("Máy xay xát gạo lứt mini", 90, True),
             ("Máy đóng gói túi lọc tự động", 260, True),
             ("Cải tạo xưởng một chiều 80 m²", 170, True),
             ("Thiết kế bao bì, mã QR, đăng ký nhãn hiệu", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 400)],
        life=10, loan=[400, 300, 200], rate=0.09, sell=0.08, tax=0.015, other=60),
    "fv10": dict(
        products=[("Ý dĩ tách vỏ, túi 500 g", "túi", 0.5, 55000, 2000, [9000, 11000, 12000]),
                  ("Ý dĩ tách vỏ, túi 1 kg", "túi", 1, 105000, 3000, [3500, 4200, 4800]),
                  ("Ý dĩ tách vỏ, bao 10 kg", "bao", 10, 900000, 6000, [100, 130, 160])],
        hist=[(6500, 96000), (7200, 99000), (8000, 102000)],
        crop="Ý dĩ nguyên vỏ khô", area_unit="sào",
        seasons=[("Vụ xuân – hè", 30, 170, 130)],
        stages=[("Ý dĩ nguyên vỏ khô", "xát vỏ, tỷ lệ nhân 58 %", 0.58),
                ("Ý dĩ đã xát", "đánh bóng, sàng, loại hạt vỡ 5 %", 0.95)],
        raw_price=25000, byprod=None,
        cap=(60, 170), store=(28000, 0),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 5.0, 12),
               ("Xát vỏ, sàng, đóng gói", [2, 2, 2], 5.0, 10),
               ("Bán hàng", [1, 1, 1], 5.0, 12)],
        energy=1000,
        inv=[("Kho chứa 28 tấn có kệ kê, quạt hút ẩm", 150, True),
             ("Máy hút chân không, máy hàn túi", 45, True),
             ("Sân phơi xi măng 300 m²", 60, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 35, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn tự có của hộ", 440), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=20),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fv05": {"mill_shown": 0.70},            # balance table milled with 70 % while the text says 62 %
    "fv06": {"rev_line": (0, 1, 1.20),       # 2028 revenue line of the 500 g bag x 1,20
             "yield_said": 90},              # vụ hè thu yield 90 kg/sào in one part, 70 in the tables
    "fv07": {"src_short": True},             # sources 750 against investment 900 (constants)
    "fv08": {"crop_total": 1.12},            # area table: total crop row 12 % above its rows
    "fv09": {"profit": (0, 1.30)},           # summary table: 2027 profit x 1,30
    "fv10": {"payback": 1.2},                # payback said 1,2 years
}
READY = ("fv01", "fv02", "fv03", "fv04")
STEMS = {
    "fv01": "fv01_gao_thom_tung_loc_htx",
    "fv02": "fv02_lac_nhan_xuan_hoi_cty",
    "fv03": "fv03_vung_den_cam_binh_hkd",
    "fv04": "fv04_khoai_lang_deo_ky_xuan_htx",
    "fv05": "fv05_gao_nep_cai_duc_dong_htx",
    "fv06": "fv06_dau_xanh_tach_vo_thach_khe_tht",
    "fv07": "fv07_dau_den_xanh_long_huong_tra_htx",
    "fv08": "fv08_ngo_nep_say_son_tien_nhom_ho",
    "fv09": "fv09_tra_gao_lut_thien_cam_cty",
    "fv10": "fv10_y_di_tach_vo_hoa_hai_hkd",
    "fv11": "fv11_khoai_lang_kho_so_sai",
    "fv12": "fv12_vung_lac_so_sai",
}


# --------------------------------------------------------------------------- the model
def model(k: str) -> dict:
    """Every number of plan k, true values (planted defects are applied by the printer)."""
    p = PLANS[k]
    m: dict = {}
    m["out"] = [sum(pr[2] * pr[5][y] for pr in p["products"]) for y in range(3)]
    m["hist_rev"] = [o * pr / 1e6 for o, pr in p["hist"]]
    m["season_area"] = [a + b for _, a, b, _ in p["seasons"]]
    m["season_crop"] = [(a + b) * yl for _, a, b, yl in p["seasons"]]
    m["area_members"] = sum(a for _, a, _, _ in p["seasons"])
    m["area_linked"] = sum(b for _, _, b, _ in p["seasons"])
    m["area_total"] = sum(m["season_area"])
    m["supply"] = sum(m["season_crop"])
    factors = [f for _, _, f in p["stages"]]
    m["F"] = math.prod(factors)
    # stage inputs, from the harvested crop (index 0) to the last stage's input
    m["stage_in"] = [[m["out"][y] / math.prod(factors[j:]) for y in range(3)] for j in range(len(factors))]
    m["need"] = m["stage_in"][0]
    m["possible"] = m["supply"] * m["F"]          # product the supply can give
    m["balance"] = [m["supply"] - m["need"][y] for y in range(3)]
    m["cap_year"] = p["cap"][0] * p["cap"][1]
    m["util"] = [o / m["cap_year"] for o in m["out"]]
    if p["store"]:
        basis = p["store"][1]
        m["max_season_store"] = max(m["season_crop"]) * (factors[0] if basis == 1 else 1)
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["wages"] = [sum(r[1][y] * r[2] * r[3] for r in p["roles"]) for y in range(3)]
    m["inv_total"] = sum(x for _, x, _ in p["inv"])
    m["fixed"] = sum(x for _, x, f in p["inv"] if f)
    m["src_total"] = sum(x for _, x in p["src"])
    m["dep"] = m["fixed"] / p["life"]
    m["rev_lines"] = [[pr[3] * pr[5][y] / 1e6 for y in range(3)] for pr in p["products"]]
    if p["byprod"]:
        lab, share, price = p["byprod"]
        m["byprod_kg"] = [m["stage_in"][-1][y] * share for y in range(3)]
        m["byprod_rev"] = [q * price / 1e6 for q in m["byprod_kg"]]
    else:
        m["byprod_kg"] = m["byprod_rev"] = None
    m["rev"] = [sum(l[y] for l in m["rev_lines"]) + (m["byprod_rev"][y] if m["byprod_rev"] else 0)
                for y in range(3)]
    m["growth"] = [m["rev"][0] / m["hist_rev"][2] - 1, m["rev"][1] / m["rev"][0] - 1,
                   m["rev"][2] / m["rev"][1] - 1]
    m["out_growth"] = [m["out"][0] / p["hist"][2][0] - 1, m["out"][1] / m["out"][0] - 1,
                       m["out"][2] / m["out"][1] - 1]
    m["cost_lines"] = cost_lines(p, m, m["rev"])
    m["cost"] = [sum(v[y] for _, v in m["cost_lines"]) for y in range(3)]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    m["payback"] = round(m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"]), 1)
    return m


def cost_lines(p: dict, m: dict, rev: list[float]) -> list[tuple[str, list[float]]]:
    """The cost table's lines; selling and tax are shares of the revenue given (the plan's own)."""
    lines = [
        (f"Nguyên liệu: {p['crop'].lower()} ({fmt_d(p['raw_price'])} đ/kg)",
         [m["need"][y] * p["raw_price"] / 1e6 for y in range(3)]),
        ("Bao bì đóng gói", [sum(pr[4] * pr[5][y] for pr in p["products"]) / 1e6 for y in range(3)]),
        ("Tiền công lao động", m["wages"]),
        ("Điện, nhiên liệu", [m["out"][y] * p["energy"] / 1e6 for y in range(3)]),
        ("Khấu hao tài sản cố định", [m["dep"]] * 3),
        ("Lãi vay", [p["loan"][y] * p["rate"] for y in range(3)]),
        (f"Chi phí bán hàng, vận chuyển ({fmt_pct(p['sell'])} doanh thu)", [p["sell"] * rev[y] for y in range(3)]),
    ]
    if p["tax"]:
        lines.append((f"Thuế, phí ({fmt_pct(p['tax'])} doanh thu)", [p["tax"] * rev[y] for y in range(3)]))
    lines.append((p.get("other_label", "Chi phí quản lý, chi khác"), [p["other"]] * 3))
    return lines


# --------------------------------------------------------------------------- number formats
def fmt(x: float, d: int = 1) -> str:
    """Vietnamese number: dotted thousands, decimal comma; d decimals, ',0' dropped."""
    s = f"{round(x, d):,.{d}f}" if d else f"{round(x):,}"
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    if d and s.endswith("," + "0" * d):
        s = s[: -(d + 1)]
    return s


def fmt_d(x: float) -> str:
    return fmt(x, 0)


def fmt_pct(x: float) -> str:
    return fmt(x * 100, 1) + " %"


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, key: str):
        super().__init__(STEMS[key])
        self.key = key
        self.prose = "\n".join(l for l in self.body.splitlines() if not l.lstrip().startswith("|"))

    def tables(self) -> list[tuple[str, list[str], list[list[str]]]]:
        """(caption, header, rows) of every table: the caption is the 'Bảng N. …' line above it."""
        out, caption, cur = [], "", None
        for line in self.body.splitlines():
            if line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if cur is None:
                    cur = (caption, cells, [])
                elif not set("".join(cells)) <= set("-: "):
                    cur[2].append(cells)
                continue
            if cur is not None:
                out.append(cur)
                cur = None
            if re.match(r"^Bảng \d+\. ", line):
                caption = line
        if cur is not None:
            out.append(cur)
        return out

    def table(self, kind: str) -> list[list[str]]:
        """Rows of the one table of a kind, told by its header row (or, for the summary, its rows)."""
        sig = {"hist": lambda h, r: "Năm 2024" in h,
               "prod": lambda h, r: "Sản phẩm, quy cách" in h,
               "area": lambda h, r: any(x.startswith("Năng suất (kg/") for x in h),
               "bal": lambda h, r: h[:2] == ["TT", "Chỉ tiêu"] and "Năm 2027" in h and r and "Tổng doanh thu" not in r[0],
               "plan": lambda h, r: h[:3] == ["TT", "Sản phẩm", "ĐVT"],
               "staff": lambda h, r: any(x.startswith("Vị trí (tiền công") for x in h),
               "inv": lambda h, r: "Hạng mục" in h,
               "src": lambda h, r: "Nguồn vốn" in h,
               "rev": lambda h, r: "Sản phẩm (đơn giá)" in h,
               "cost": lambda h, r: "Khoản mục" in h,
               "sum": lambda h, r: h[:2] == ["TT", "Chỉ tiêu"] and r and r[0][1] == "Tổng doanh thu"}[kind]
        found = [rows for _, h, rows in self.tables() if sig(h, rows)]
        if len(found) != 1:
            self.failures.append(f"{len(found)} tables of kind {kind!r}")
            return found[0] if found else []
        return found[0]

    def trow(self, tab: list[list[str]], label: str, n: int = 3) -> list[float]:
        """The last n numbers of the first row of `tab` whose first or second cell starts with label."""
        for r in tab:
            if any(c.startswith(label) for c in r[:2]):
                nums = [plancheck.vn(c) for c in r[1:] if re.fullmatch(r"[\d.,]+", c) and re.search(r"\d", c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label!r}")
        return [float("nan")] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01, abs_tol: float = 0.11) -> None:
        if not (abs(got - want) <= abs_tol or close(got, want, tol)):
            self.failures.append(f"{what}: plan {got:g}, recomputed {want:g}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted numeric defect: the printed value must be off the true one by more than 5 %."""
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got:g} is within 5 % of the true {true:g}")

    def number_after(self, pattern: str) -> float | None:
        m = re.search(pattern, self.prose)
        return plancheck.vn(m.group(1)) if m else None


# --------------------------------------------------------------------------- the checks
def check_full(k: str) -> Plan:
    p, m, pl = PLANS[k], model(k), PLANTED.get(k, {})
    P = Plan(k)
    Y = range(3)

    # history
    t = P.table("hist")
    used = P.trow(t, f"{p['crop']} đã sử dụng")
    outs = P.trow(t, "Sản lượng sản phẩm")
    prices = P.trow(t, "Giá bán bình quân")
    revs = P.trow(t, "Doanh thu")
    for i, (o, pr) in enumerate(p["hist"]):
        P.eq(outs[i], o, f"history output {2024 + i}")
        P.eq(prices[i], pr, f"history price {2024 + i}")
        P.eq(revs[i], o * pr / 1e6, f"history revenue {2024 + i} = output x price")
        P.eq(used[i], o / m["F"], f"history crop used {2024 + i} = output / chain factor", abs_tol=1.01)
    P.check(m["out"][0] <= 1.2 * p["hist"][2][0], "2027 output more than 20 % over 2026")

    # products and prices
    t = P.table("prod")
    for pr in p["products"]:
        got = P.trow(t, pr[0], 2)
        P.eq(got[0], pr[3], f"price of {pr[0]}")
        P.eq(got[1], pr[3] / pr[2], f"price per kg of {pr[0]}", abs_tol=1.01)

    # crop by season: area x yield, totals
    t = P.table("area")
    for vu, a, b, yl in p["seasons"]:
        got = P.trow(t, vu, 5)
        for g, w, what in zip(got, [a, b, a + b, yl, (a + b) * yl], ["members", "linked", "area", "yield", "crop"]):
            P.eq(g, w, f"{vu}: {what}")
    tot = P.trow(t, "Cộng cả năm", 4)
    P.eq(tot[0], m["area_members"], "area of members, total")
    P.eq(tot[1], m["area_linked"], "area of linked households, total")
    P.eq(tot[2], m["area_total"], "area total")
    if "crop_total" in pl:
        P.wrong(tot[3], m["supply"], "table-total-mismatch: crop total row vs the sum of the seasons")
        supply_printed = tot[3]
    else:
        P.eq(tot[3], m["supply"], "crop total = sum over the seasons of area x yield")
        supply_printed = m["supply"]

    # raw-material balance
    t = P.table("bal")
    if "mill_shown" in pl:
        ratio = p["stages"][-1][2]
        P.eq(P.trow(t, p["crop"])[0], m["supply"], "paddy from the area")
        shown = P.trow(t, "Gạo nếp xay được")
        P.wrong(shown[0], m["supply"] * ratio, f"material-shortfall: milled rice shown vs paddy x {ratio}")
        for y in Y:
            P.eq(P.trow(t, "Gạo nếp theo kế hoạch")[y], m["out"][y], f"planned rice {YEARS[y]}")
        P.check(m["need"][2] > 1.05 * m["supply"] and m["need"][1] > 1.05 * m["supply"],
                "material-shortfall: 2028 and 2029 paddy need must exceed the supply by more than 5 %")
        P.has(f"Tỷ lệ gạo nếp thành phẩm đạt {fmt(ratio * 100, 0)} %")
        P.has("đủ cho kế hoạch sản xuất cả giai đoạn")
    else:
        rows = [r for r in t]
        got = P.trow(t, rows[0][1] if rows else "?")
        for y in Y:
            P.eq(got[y], m["out"][y], f"balance: output {YEARS[y]}")
        for j in range(len(p["stages"])):
            got = P.trow(t, f"{p['stages'][j][0]} cần")
            for y in Y:
                P.eq(got[y], m["stage_in"][j][y], f"balance: {p['stages'][j][0]} needed {YEARS[y]}", abs_tol=1.01)
        got = P.trow(t, f"{p['crop']} từ vùng sản xuất")
        for y in Y:
            P.eq(got[y], supply_printed, f"balance: supply {YEARS[y]}")
        if k == "fv07":
            P.check(not any("còn dư" in r[1] for r in t), "fv07 keeps no balance row")
            P.check(m["need"][1] > 1.05 * m["supply"] and m["need"][2] > 1.05 * m["supply"],
                    "fv07: the 2028 / 2029 need exceeds area x yield x seasons (tolerated knock-on)")
        else:
            got = P.trow(t, f"{p['crop']} còn dư")
            for y in Y:
                P.eq(got[y], supply_printed - m["need"][y], f"balance: surplus {YEARS[y]}", abs_tol=1.01)
                P.check(m["need"][y] <= m["supply"], f"need {YEARS[y]} above the true supply")

    # storage
    if p["store"]:
        P.check(p["store"][0] >= m["max_season_store"], "store smaller than the largest season")
        P.has(f"{fmt(p['store'][0] / 1000, 0)} tấn")

    # production plan and capacity
    t = P.table("plan")
    for pr in p["products"]:
        got = P.trow(t, pr[0])
        for y in Y:
            P.eq(got[y], pr[5][y], f"packs of {pr[0]} {YEARS[y]}")
    got = P.trow(t, "Sản lượng quy ra kg")
    for y in Y:
        P.eq(got[y], m["out"][y], f"output {YEARS[y]} = sum of packs x size")
    if m["byprod_kg"]:
        got = P.trow(t, f"{p['byprod'][0]} thu được")
        for y in Y:
            P.eq(got[y], m["byprod_kg"][y], f"by-product {YEARS[y]}", abs_tol=1.01)
    got = P.trow(t, "Công suất dây chuyền")
    P.eq(got[0], m["cap_year"], "capacity = per day x days")
    got = P.trow(t, "Tỷ lệ sử dụng công suất")
    for y in Y:
        P.eq(got[y], m["util"][y] * 100, f"utilisation {YEARS[y]}", abs_tol=0.6)
    P.has(f"{fmt(p['cap'][0], 0)} kg", f"{fmt(p['cap'][1], 0)} ngày")
    if k == "fv10":
        P.wrong(m["out"][2], m["cap_year"], "capacity-exceeded: 2029 output vs capacity")
        P.check(m["out"][1] > m["cap_year"], "capacity-exceeded: 2028 output above capacity")
        P.check(m["staff"][0] == m["staff"][2], "fv10 keeps its staff")
        P.has("không đầu tư thêm máy xát")
        P.lacks(r"máy xát[^|\n]*Mua mới|Máy xát[^|\n]*\| [\d.]+ \| Tài sản", "a new huller in fv10")
    else:
        for y in Y:
            P.check(m["out"][y] <= m["cap_year"], f"output {YEARS[y]} above capacity")

    # staff
    t = P.table("staff")
    for r in p["roles"]:
        got = P.trow(t, f"{r[0]} ({fmt(r[2], 1)} triệu đồng/tháng, {fmt(r[3], 0)} tháng/năm)")
        for y in Y:
            P.eq(got[y], r[1][y], f"staff {r[0]} {YEARS[y]}")
    got = P.trow(t, "Cộng")
    for y in Y:
        P.eq(got[y], m["staff"][y], f"staff total {YEARS[y]}")

    # investment and sources
    t = P.table("inv")
    for lab, x, fx in p["inv"]:
        P.eq(P.trow(t, lab, 1)[0], x, f"investment item {lab}")
    P.eq(P.trow(t, "Tổng vốn đầu tư", 1)[0], m["inv_total"], "investment total = sum of items")
    t = P.table("src")
    for lab, x in p["src"]:
        got = P.trow(t, lab, 2)
        P.eq(got[0], x, f"source {lab}")
        P.eq(got[1], x / m["src_total"] * 100, f"share of {lab}")
    P.eq(P.trow(t, "Tổng nguồn vốn", 2)[0], m["src_total"], "sources total = sum of sources")
    if pl.get("src_short"):
        P.wrong(m["src_total"], m["inv_total"], "capital-mismatch: sources vs investment")
        P.has("Tổng vốn đầu tư 900 triệu đồng", "Vốn được bảo đảm")
    else:
        P.eq(m["src_total"], m["inv_total"], "sources = investment")
    inv_txt = P.number_after(r"[Tt]ổng vốn đầu tư (?:của phương án là )?([\d.]+) triệu đồng")
    P.eq(inv_txt if inv_txt is not None else float("nan"), m["inv_total"], "investment in the text")
    rep = P.number_after(r"trả gốc ([\d.]+) triệu đồng mỗi năm")
    P.eq(rep if rep is not None else float("nan"), p["loan"][0] - p["loan"][1], "yearly repayment in the text")

    # revenue
    t = P.table("rev")
    rev_printed = [0.0, 0.0, 0.0]
    for i, pr in enumerate(p["products"]):
        got = P.trow(t, f"{pr[0]} ({fmt_d(pr[3])} đ/{pr[1]})")
        for y in Y:
            if pl.get("rev_line", (None, None))[:2] == (i, y):
                P.wrong(got[y], m["rev_lines"][i][y], f"revenue-mismatch: {pr[0]} {YEARS[y]} vs packs x price")
            else:
                P.eq(got[y], m["rev_lines"][i][y], f"revenue {pr[0]} {YEARS[y]} = packs x price")
            rev_printed[y] += got[y]
    if m["byprod_rev"]:
        got = P.trow(t, f"{p['byprod'][0]} ({fmt_d(p['byprod'][2])} đ/kg)")
        for y in Y:
            P.eq(got[y], m["byprod_rev"][y], f"by-product revenue {YEARS[y]}")
            rev_printed[y] += got[y]
    got = P.trow(t, "Tổng doanh thu")
    for y in Y:
        P.eq(got[y], rev_printed[y], f"revenue total {YEARS[y]} = sum of its lines")
        if "rev_line" in pl and y == pl["rev_line"][1]:
            P.wrong(got[y], m["rev"][y], f"revenue total {YEARS[y]} follows the planted line")
        else:
            P.eq(got[y], m["rev"][y], f"revenue total {YEARS[y]}")

    # cost
    t = P.table("cost")
    cost_printed = [0.0, 0.0, 0.0]
    for lab, v in cost_lines(p, m, rev_printed):
        got = P.trow(t, lab)
        for y in Y:
            P.eq(got[y], v[y], f"cost {lab} {YEARS[y]}")
            cost_printed[y] += got[y]
    got = P.trow(t, "Tổng chi phí")
    for y in Y:
        P.eq(got[y], cost_printed[y], f"cost total {YEARS[y]} = sum of its lines", abs_tol=0.31)
        if "rev_line" not in pl:
            P.eq(got[y], m["cost"][y], f"cost total {YEARS[y]}")

    # summary
    t = P.table("sum")
    r_ = P.trow(t, "Tổng doanh thu")
    c_ = P.trow(t, "Tổng chi phí")
    pr_ = P.trow(t, "Lợi nhuận")
    mg_ = P.trow(t, "Tỷ suất")
    for y in Y:
        P.eq(r_[y], rev_printed[y], f"summary revenue {YEARS[y]}")
        P.eq(c_[y], cost_printed[y], f"summary cost {YEARS[y]}", abs_tol=0.31)
        P.eq(mg_[y], pr_[y] / r_[y] * 100, f"margin {YEARS[y]} = profit / revenue", abs_tol=0.11)
        if pl.get("profit", (None,))[0] == y:
            P.wrong(pr_[y], r_[y] - c_[y], f"profit-mismatch: profit {YEARS[y]} vs revenue - cost")
        else:
            P.eq(pr_[y], r_[y] - c_[y], f"profit {YEARS[y]} = revenue - cost", abs_tol=0.31)
        P.check(0 < m["margin"][y] < 40, f"true margin {YEARS[y]} outside 0-40 %")
    avg_printed = sum(pr_) / 3
    avg_txt = P.number_after(r"[Ll]ợi nhuận bình quân ([\d.,]+) triệu đồng")
    P.eq(avg_txt if avg_txt is not None else float("nan"), avg_printed, "average profit in the text")
    dep_txt = P.number_after(r"khấu hao ([\d.,]+) triệu đồng/năm")
    if dep_txt is not None:
        P.eq(dep_txt, m["dep"], "depreciation in the text")
    pb = P.number_after(r"hoàn vốn.*?(\d+,\d|\d+) năm")
    pb = pb if pb is not None else float("nan")
    if "payback" in pl:
        P.wrong(pb, m["payback"], "payback-mismatch: stated payback vs investment / (average profit + depreciation)")
    else:
        P.eq(pb, round(m["inv_total"] / (avg_printed + m["dep"]), 1), "payback = investment / (average profit + depreciation)", abs_tol=0.051)

    # growth
    for y in (1, 2):
        g = m["rev"][y] / m["rev"][y - 1] - 1
        if k == "fv07" and y == 1:
            P.check(g > 0.5 and m["out_growth"][1] > 0.5, "fv07: the 2028 jump")
            P.check(m["staff"][0] == m["staff"][2], "fv07 keeps its staff")
            P.has("Giữ nguyên bộ máy 7 người", "rất lớn và còn tăng nhanh")
        else:
            P.check(g < 0.31, f"revenue growth {YEARS[y]} {g:.0%}")
    P.check(m["growth"][0] < 0.25, f"2027 revenue growth on 2026 {m['growth'][0]:.0%}")

    # the current-state yield (fv06)
    if "yield_said" in pl:
        said = pl["yield_said"]
        P.has(f"bình quân {said} kg/sào", f"{fmt(said * 20 / 1000, 1)} tấn/ha", f"năng suất {p['seasons'][1][3]} kg/sào")
        P.wrong(said, p["seasons"][1][3], "figure-inconsistent: yield said in the current state vs the tables")
    return P


def prose_numbers(k: str, m: dict) -> list[str]:
    """Figures written in the prose that follow from the constants (each must appear as computed)."""
    p = PLANS[k]
    pct = lambda x: fmt(round(x * 100), 0)  # noqa: E731
    spare = pct(1 - m["need"][2] / m["supply"])
    pk = sorted(pr[3] / pr[2] for pr in p["products"])
    price_range = f"{fmt_d(pk[0])} – {fmt_d(pk[-1])} đồng/kg"
    nonfixed = {lab: x for lab, x, fx in p["inv"] if not fx}
    wc = sum(x for lab, x in nonfixed.items() if "lưu động" in lab)
    other_nf = sum(nonfixed.values()) - wc
    inv_split = [f"{fmt(m['fixed'], 0)} triệu đồng", f"{fmt(wc, 0)} triệu đồng"]
    crop = [fmt(c, 0) for c in m["season_crop"]]
    growth = f"tăng khoảng {pct(min(m['out_growth'][1:]))} – {pct(max(m['out_growth'][1:]))} % mỗi năm"
    if k == "fv01":
        return [f"tài sản cố định {fmt(m['fixed'], 0)} triệu đồng", f"khoảng {fmt(round(m['max_season_store'], -2), 0)} kg nên kho đủ chứa",
                            f"bằng {pct(m['need'][2] / m['supply'])} % sản lượng của vùng",
                            f"vùng lúa có {spare} % diện tích dư",
                            f"thu thêm khoảng {round(0.0005 * m['need'][0])} – {round(0.0007 * m['need'][2])} triệu đồng",
                            f"thường xuyên cho {fmt(m['staff'][0] - 6, 0)} – {fmt(m['staff'][2] - 6, 0)} lao động",
                            growth,
                            f"bao bì và vốn lưu động {fmt(other_nf + wc, 0)} triệu đồng",
                            f"{fmt(m['fixed'], 0)} triệu đồng trong {p['life']} năm"]
    if k == "fv02":
        return inv_split + [f"vùng liên kết dư {spare} %", f"khoảng {crop[0]} kg",
                            f"quy ra {fmt_d(pk[1])} – {fmt_d(pk[2])} đồng/kg cho túi nhỏ và {fmt_d(pk[0])} đồng/kg",
                            f"tự công bố {fmt(other_nf, 0)} triệu đồng",
                            growth]
    if k == "fv03":
        return [f"dư khoảng {spare} %", f"khoảng {crop[1]} kg nên kho đủ chứa", f"giá của hộ {fmt_d(pk[0])} – {fmt_d(pk[-1])}",
                f"mỗi năm sau tăng {fmt(m['out'][1] - m['out'][0], 0)} kg"]
    if k == "fv04":
        share = m["season_crop"][0] / m["supply"]
        return inv_split + [f"dư khoảng {spare} %", f"cùng quy cách khoảng {pct(1 - 45000 / 55000)} %",
                            f"Khoảng {fmt(round(share, 1) * 100, 0)} % sản lượng",
                            f"kiểm nghiệm {fmt(other_nf, 0)} triệu đồng"]
    if k == "fv05":
        return [f"lớn nhất sau vụ xuân là {crop[0]} kg", f"Giá bán quy ra {price_range}",
                f"tăng lên {fmt(m['out'][1], 0)} kg"]
    if k == "fv06":
        return inv_split + [f"dư khoảng {spare} %", f"khoảng {crop[1]} kg", f"Giá của tổ quy ra {fmt(round(pk[0], -4), 0)} – {fmt(round(pk[-1], -4), 0)} đồng/kg",
                            f"tự công bố {fmt(other_nf, 0)} triệu đồng"]
    if k == "fv07":
        return inv_split + [f"kiểm nghiệm {fmt(other_nf, 0)} triệu đồng", f"sản lượng cả năm {fmt(m['supply'], 0)} kg"]
    if k == "fv08":
        P = m["profit"]
        return [f"khoảng {round(P[0] / 8)} – {round(P[2] / 8)} triệu đồng/năm", f"Giá của nhóm {price_range}",
                f"được {crop[0]} kg", f"được {crop[1]} kg"]
    if k == "fv09":
        return [f"dư khoảng {spare} %", f"khoảng {pct(1 - 65000 / 78000)} %",
                f"tăng {fmt(m['out'][1] - m['out'][0], 0)} kg mỗi năm", f"sau vụ xuân {crop[0]} kg"]
    if k == "fv10":
        return inv_split + [f"giá của hộ {price_range}", f"kiểm nghiệm, tự công bố {fmt(other_nf, 0)} triệu đồng",
                            f"đủ chứa {fmt(m['supply'], 0)} kg"]
    return []


LABEL_WORDS = r"nhãn(?! hiệu)|Nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch|\bQR\b"
FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết"
STANDARD = r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu chất lượng"
TRADEMARK = r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ"
QC = r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|lưu mẫu|kiểm soát (chất lượng|nội bộ)|Kiểm soát nội bộ"
ENV = r"môi trường|chất thải|xử lý|khói|bụi|\btro\b|\brác\b|nước thải"
REGISTERED = r"mã số (hợp tác xã|doanh nghiệp|thuế)|đăng ký hộ kinh doanh số|Giấy chứng nhận đăng ký hộ"


def papers(P: Plan, *, food_safety=True, standard=True, label=True, trademark=True, qc=True, env=True,
           registration=True) -> None:
    """Every paper of the category present unless the plan is built without it (then absent)."""
    for flag, pattern, what in [(food_safety, FOOD_SAFETY, "food-safety paper"), (standard, STANDARD, "standard"),
                                (label, LABEL_WORDS, "label"), (trademark, TRADEMARK, "trademark"),
                                (qc, QC, "internal control / traceability"), (env, ENV, "environment"),
                                (registration, REGISTERED, "registration")]:
        if flag:
            P.check(re.search(pattern, P.body, re.I) is not None, f"{what} missing")
        else:
            P.lacks(pattern, f"{what} present in a plan planted without it")


def common_ready(P: Plan) -> None:
    P.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở", "thử nghiệm",
          "tự công bố", "an toàn thực phẩm", "mã lô")
    papers(P)
    P.lacks(REPLACED, "replaced instrument or district-level body")
    for d in re.findall(r"Đến (\d{2})/(\d{1,2})/(\d{4})", P.body):
        P.check(int(d[2]) >= 2030, f"paper valid only to {'/'.join(d)}")


def check_revise(P: Plan) -> None:
    k = P.key
    if k == "fv05":
        papers(P, qc=False)
        P.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "huyện Đức Thọ", "25 tháng 9 năm 2026")
        P.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP instruments in fv05")
    else:
        P.has("148/QĐ-TTg", "1489/QĐ-TTg")
        P.lacks(REPLACED, "replaced instrument or district-level body")
    if k == "fv06":
        papers(P, label=False)
        P.has("Đơn đăng ký nhãn hiệu", "số lô")
    if k == "fv07":
        papers(P, trademark=False)
    if k == "fv08":
        papers(P, env=False, registration=False)
        P.has("chưa đăng ký hộ kinh doanh, tổ hợp tác hay hợp tác xã", "tài khoản cá nhân của trưởng nhóm")
        P.lacks(r"mã số thuế|sẽ đăng ký|dự kiến đăng ký", "a registration or a plan to register in fv08")
        P.check("Thuế, phí" not in P.body, "an unregistered group with a tax line")
    if k == "fv09":
        papers(P, standard=False)
        P.check(P.count("Công ty TNHH Thực phẩm Lộc An") == 2, "the other company named twice in fv09")
        P.check(P.count("Công ty TNHH Nông sản Thiên Cầm") >= 2, "the producer's own name")
    if k == "fv10":
        papers(P, food_safety=False)


def check_sketchy(k: str) -> Plan:
    P = Plan(k)
    words = len(re.findall(r"\w+", P.body))
    P.check(150 <= words <= 320, f"sketchy plan has {words} words")
    P.check("|" not in P.body, "a table in a sketchy plan")
    nums = re.findall(r"\d[\d.,]*", P.body)
    P.check(len(nums) <= 20, f"{len(nums)} numbers in a sketchy plan")
    P.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|đăng ký|môi trường|truy xuất|mã số", "a paper in a sketchy plan")
    if k == "fv11":
        P.has("400 kg", "120.000 đồng/kg", "50 triệu đồng", "người quen")
    else:
        P.has("300 hũ", "35.000 đồng/hũ", "80 triệu đồng", "các chợ quê")
    return P


def main() -> int:
    plans = []
    for k in STEMS:
        if k in PLANS:
            P = check_full(k)
            P.has(*prose_numbers(k, model(k)))
            if k in READY:
                common_ready(P)
            else:
                check_revise(P)
        else:
            P = check_sketchy(k)
        P.lacks(PLACEHOLDER, "template placeholder")
        plans.append(P)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
