"""The 173rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout173/arithmetic.py

Theme: plans that detail their labour. For every full plan (fr01-fr10) the constants give the
products (pack size in the plan's base unit, price, pack cost, packs per year), the 2024-2026
history, the raw materials (norm per base unit, price), the own supply and the contracted purchase,
the equipment capacity, the permanent staff by role (number x monthly wage x months, and whether
the role is insured), the social-insurance rate, the seasonal hired labour in công (công per base
unit x the day rate), the members' or family's own labour (công, and whether it is costed), the
labour norm of the bottleneck stage (workers x working days x output per worker per day),
energy, investment items and sources, asset life, loan balances and rate, selling / tax shares and
a fixed line. From them this script recomputes every table number and compares it with the plan's
source (tables found by their caption "Bảng N. ..."): planted numeric defects must be wrong by more
than 5 % (the true value is computed beside them), every other number right within 1 %. Textual
defects are asserted through the presence or absence of their words. Sketchy plans: 150-320 words,
no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|74/2024/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|58/2014/QH13|"
            r"cấp huyện|UBND huyện|\bhuyện\b|Phòng .{0,30} huyện")
INS = 0.215  # employer's share: BHXH 17,5 % + BHYT 3 % + BHTN 1 %

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output, average price đ per base unit, profit triệu, permanent staff, seasonal công) 2024-2026
# raws: (label, unit, norm per base unit, price đ per unit, product index or None = all products);
#       the first raw is balanced against own + bought supply
# own: (what, quantity, unit, yield of the first raw per unit and year) or None
# buy: (supplier, households or units, quantity of the first raw a year)
# cap: (equipment, output per day in base units, working days) or None
# staff: (role, number, wage triệu/month, months a year, insured)
# seasonal: (work, đ per công, công per base unit)
# member: (who, công per base unit or fixed list, đ per công, costed in the cost table?) or None
# lab: (stage, staff indices, extra workers, days, output per worker per day, show table?)
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year, rate
PLANS: dict[str, dict] = {
    "fr01": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống 16 vành", "chiếc", 1, 160000, 3000, [6000, 6500, 7000]),
                  ("Nón bài thơ vẽ tay, hộp giấy", "chiếc", 1, 320000, 15000, [3000, 3300, 3600]),
                  ("Nón lá mini lưu niệm", "chiếc", 1, 95000, 4000, [1500, 1700, 1900])],
        hist=[(8400, 168000, 118, 6, 3090), (9000, 172000, 131, 6, 3270), (9700, 176000, 152, 7, 3520)],
        raws=[("Lá nón khô đã chọn", "kg", 0.15, 70000, None),
              ("Vành tre, chỉ cước, quai nón", "bộ", 1, 9000, None),
              ("Màu vẽ, dầu bóng", "lít", 0.008, 180000, 1)],
        own=("đồi lá nón của thành viên", 14, "ha", 75),
        buy=[("Tổ trồng lá nón thôn Khe Dây", 12, 400), ("Các hộ trồng lá thôn Rào Mây", 9, 300),
             ("Hộ thu gom lá thôn Tân Hòa", 6, 250)],
        cap=None,
        staff=[("Giám đốc, kế toán", 2, 7.0, 12, True), ("Xử lý lá (phơi, sấy, là, chọn lá)", 2, 5.5, 12, True),
               ("Vẽ tranh, chép thơ, phủ bóng", 2, 6.0, 12, True), ("Đóng gói, bán hàng, kho", 1, 5.5, 12, True)],
        seasonal=[("Hái lá, phơi lá mùa khô", 200000, 0.03)],
        member=("Khâu nón tại nhà của thành viên (3 chiếc/công)", 1 / 3, 180000, True),
        lab=("khâu nón", [], 38, 120, 3, True),
        energy=1500, labels=dict(member="Tiền công khâu nón trả thành viên"),
        inv=[("Cải tạo nhà xưởng và phòng trưng bày 120 m²", 260, True), ("Lò sấy lá và bàn là lá điện", 90, True),
             ("Khuôn nón, dụng cụ khâu cấp cho thành viên", 60, True),
             ("Thiết kế bao bì, hộp quà, tem truy xuất", 45, False),
             ("Thử nghiệm mẫu, xây dựng tiêu chuẩn cơ sở", 25, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của thành viên", 300), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, sell=0.06, tax=0.01, other=40),
    "fr02": dict(
        unit="kg",
        products=[("Chè xanh búp đặc biệt, hộp 200 g", "hộp", 0.2, 130000, 9000, [6000, 6600, 7200]),
                  ("Chè xanh búp loại 1, túi 500 g", "túi", 0.5, 200000, 4000, [3000, 3200, 3400]),
                  ("Chè xanh loại 2, túi 1 kg", "túi", 1, 240000, 5000, [800, 900, 1000])],
        hist=[(2900, 390000, 186, 6, 360), (3100, 400000, 214, 6, 385), (3300, 410000, 247, 7, 400)],
        raws=[("Búp chè tươi", "kg", 4.5, 12000, None)],
        own=("đồi chè của thành viên", 3, "ha", 5000),
        buy=[("Hộ trồng chè thôn Khe Lim", 14, 2500), ("Hộ trồng chè thôn Bồng Giang", 11, 1800),
             ("Tổ chè thôn Rú Cháy", 7, 1200)],
        cap=("Dây chuyền héo, sao, vò, sấy", 25, 220),
        staff=[("Giám đốc, kế toán", 2, 6.5, 12, True), ("Chế biến (héo, sao, vò, sấy)", 3, 6.0, 10, True),
               ("Phân loại, đóng gói, bán hàng", 2, 5.5, 12, True)],
        seasonal=[("Nhặt cẫng, phân loại chè mùa vụ", 220000, 0.08),
                  ("Bốc xếp, vận chuyển búp tươi", 220000, 0.04)],
        member=("Công hái búp của thành viên, hộ liên kết (trong giá thu mua)", 0.1, 250000, False),
        lab=("chế biến", [1], 0, 220, 7, True),
        energy=9000,
        inv=[("Hai máy sao chè quay điện", 140, True), ("Máy vò chè và máy sấy băng tải", 160, True),
             ("Cải tạo xưởng chế biến 150 m²", 250, True), ("Máy hút chân không, hàn túi, cân điện tử", 50, True),
             ("Bao bì, tem truy xuất, thiết kế", 40, False),
             ("Chứng nhận VietGAP vùng chè, kiểm nghiệm", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.06, tax=0.01, other=50),
    "fr03": dict(
        unit="chiếc",
        products=[("Bánh đa vừng đen nướng sẵn, túi 10 chiếc", "túi", 10, 45000, 2500, [24000, 26000, 28000]),
                  ("Bánh đa vừng đen chưa nướng, bó 20 chiếc", "bó", 20, 70000, 1500, [9000, 9500, 10000])],
        hist=[(360000, 3900, 205, 4, 430), (380000, 4000, 228, 5, 455), (400000, 4050, 246, 5, 480)],
        raws=[("Gạo tẻ", "kg", 0.035, 16000, None), ("Vừng đen", "kg", 0.004, 90000, None)],
        own=("ruộng lúa của gia đình, 2 vụ", 1.2, "ha", 7000),
        buy=[("Hợp tác xã Nông nghiệp Tùng Lộc", 1, 6000), ("Cơ sở xay xát Hòa Thuận", 1, 3500)],
        cap=("Lò tráng bánh bằng hơi 2 khuôn", 1800, 300),
        staff=[("Thợ tráng bánh", 2, 6.0, 12, True), ("Phơi, nướng, đóng gói", 2, 5.0, 12, True),
               ("Giao hàng, bán hàng", 1, 5.5, 12, True)],
        seasonal=[("Tráng, phơi bánh dịp Tết (tháng 11 – tháng 1)", 250000, 0.0012)],
        member=("Lao động gia đình (chủ hộ, chồng, con trai)", [870, 870, 870], 250000, True),
        lab=("tráng bánh", [0], 1, 300, 600, True),
        energy=80,
        inv=[("Lò tráng bánh bằng hơi 2 khuôn", 120, True), ("Giàn phơi có mái che 100 m², lưới chắn côn trùng", 80, True),
             ("Lò nướng than hoa cải tiến có chụp hút khói", 45, True), ("Máy xay bột nước, máy hàn túi", 55, True),
             ("Bao bì, tem, kiểm nghiệm, tự công bố", 35, False), ("Vốn lưu động", 165, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=6, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=25),
    "fr04": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 170000, 9000, [8000, 8800, 9600]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 450000, 14000, [1500, 1650, 1800])],
        hist=[(4300, 330000, 140, 5, 200), (4700, 340000, 166, 5, 220), (5000, 345000, 190, 6, 240)],
        raws=[("Mật ong thô", "kg", 1.06, 110000, None)],
        own=("đàn ong của các thành viên góp vốn", 500, "đàn", 10),
        buy=[("Tổ nuôi ong thôn Trung Hòa", 14, 1200), ("Hộ nuôi ong thôn Hòa Bình", 11, 900),
             ("Tổ nuôi ong thôn Khe Cò", 8, 650)],
        cap=("Máy hạ thủy phần chân không", 30, 250),
        staff=[("Giám đốc, kế toán", 2, 7.5, 12, True), ("Kỹ thuật nuôi ong, thu mua", 1, 6.5, 12, True),
               ("Lọc, hạ thủy phần, đóng chai", 2, 6.0, 12, True), ("Bán hàng, giao hàng", 1, 6.0, 12, True)],
        seasonal=[("Quay mật, di chuyển đàn ong mùa hoa", 300000, 0.05)],
        member=("Chăm sóc đàn ong của thành viên góp vốn (đã tính trong giá mật thu mua)", [4000, 4000, 4000],
                250000, False),
        lab=("lọc, hạ thủy phần, đóng chai", [2], 0, 250, 15, True),
        energy=4000,
        inv=[("Máy hạ thủy phần mật ong chân không", 180, True), ("Bồn lọc, bồn chứa inox 2 tấn", 90, True),
             ("Phòng đóng chai 40 m²", 150, True), ("Máy chiết rót, dán nhãn bán tự động", 110, True),
             ("Bao bì, tem, kiểm nghiệm", 60, False), ("Vốn lưu động thu mua mật", 410, False)],
        src=[("Vốn chủ sở hữu", 550), ("Vay ngân hàng thương mại", 450)],
        life=8, loan=[450, 300, 150], rate=0.09, sell=0.07, tax=0.015, other=70),
    "fr05": dict(
        unit="lít",
        products=[("Rượu nếp men lá 29 % vol, chai 500 ml", "chai", 0.5, 200000, 12000, [12000, 13000, 14000]),
                  ("Rượu nếp cẩm 25 % vol, chai 300 ml", "chai", 0.3, 140000, 11000, [5000, 5500, 6000]),
                  ("Rượu nếp hạ thổ, bình sành 2 lít", "bình", 2, 650000, 45000, [600, 650, 700])],
        hist=[(7300, 355000, 262, 7, 215), (7800, 365000, 290, 8, 230), (8200, 375000, 318, 8, 245)],
        raws=[("Gạo nếp cái, nếp cẩm", "kg", 1.3, 22000, None), ("Men lá", "kg", 0.04, 150000, None)],
        own=None,
        buy=[("Hợp tác xã Nông nghiệp Thạch Châu", 1, 6000), ("Hộ trồng nếp cái thôn Bắc Châu", 25, 5000),
             ("Hộ trồng nếp cẩm thôn Trung Tiến", 18, 3500)],
        cap=("Hệ thống 3 nồi chưng cất", 45, 280),
        staff=[("Giám đốc", 1, 9.0, 12, True), ("Kế toán, thủ quỹ", 1, 7.0, 12, True),
               ("Thợ nấu, ủ men, chưng cất", 3, 6.5, 12, True), ("Lọc, hạ thổ, đóng chai", 2, 5.5, 12, True),
               ("Nhân viên bán hàng trực tuyến", 1, 6.5, 12, True)],
        seasonal=[("Xay gạo, đồ xôi, rải men vụ Tết (tháng 10 – 12)", 250000, 0.03)],
        member=None,
        lab=("nấu, chưng cất", [2], 0, 280, 14, True),
        energy=6000,
        excise=[0.70, 0.75, 0.80],
        inv=[("Hệ thống nồi chưng cất inox có ngưng tụ", 220, True), ("Chum, bồn hạ thổ và kho ủ 60 m²", 180, True),
             ("Hệ lọc khử andehit, lọc tinh", 150, True), ("Máy chiết rót, đóng nắp", 90, True),
             ("Hầm biogas và bể lắng nước rửa", 70, True), ("Bao bì, nhãn, kiểm nghiệm", 60, False),
             ("Vốn lưu động", 330, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay ngân hàng thương mại", 500)],
        life=10, loan=[500, 350, 200], rate=0.09, sell=0.07, tax=0.005, other=60),
    "fr06": dict(
        unit="kg",
        products=[("Cá nục một nắng, khay 500 g", "khay", 0.5, 110000, 5000, [14000, 17000, 20000]),
                  ("Cá thu một nắng cắt khúc, khay 500 g", "khay", 0.5, 230000, 6000, [3000, 3600, 4000])],
        hist=[(7200, 236000, 262, 6, 70), (7600, 240000, 285, 6, 75), (8000, 245000, 310, 7, 80)],
        raws=[("Cá nục tươi", "kg", 1.7, 32000, 0), ("Cá thu tươi", "kg", 1.6, 125000, 1),
              ("Muối, tỏi, ớt, gia vị", "kg", 0.05, 20000, None)],
        own=None,
        buy=[("Thuyền lưới vây của thành viên", 9, 12000), ("Vựa cá bến Kỳ Xuân", 2, 8000)],
        cap=("Máy sấy lạnh và giàn phơi inox", 60, 250),
        staff=[("Giám đốc, kế toán", 2, 7.0, 12, True), ("Công nhân sơ chế, phơi, đóng khay", 3, 6.0, 12, True),
               ("Thu mua, bảo quản lạnh", 1, 6.0, 12, True), ("Bán hàng, giao hàng", 1, 6.0, 12, True)],
        seasonal=[("Bốc xếp, vận chuyển cá từ bến về xưởng", 250000, 0.01)],
        member=None,
        lab=("sơ chế, phơi, đóng khay", [1], 0, 250, 12, False),
        energy=5000,
        inv=[("Kho lạnh 20 m³", 220, True), ("Máy sấy lạnh 60 kg/mẻ", 180, True),
             ("Giàn phơi inox có lưới chắn côn trùng", 60, True), ("Máy hút chân không, cân điện tử", 70, True),
             ("Bao bì, tem, kiểm nghiệm", 50, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=8, loan=[500, 350, 200], rate=0.08, sell=0.06, tax=0.015, other=50),
    "fr07": dict(
        unit="sản phẩm",
        products=[("Hộp đựng chè gỗ mít chạm hoa", "chiếc", 1, 550000, 15000, [1200, 1300, 1400]),
                  ("Khay trà gỗ mít chạm sen", "chiếc", 1, 1300000, 25000, [600, 650, 700]),
                  ("Tượng gỗ để bàn, bộ tứ linh", "bộ", 1, 3500000, 40000, [200, 220, 240])],
        hist=[(1700, 880000, 310, 11, 170), (1800, 900000, 332, 12, 180), (1900, 920000, 350, 12, 190)],
        raws=[("Gỗ mít, gỗ xoan đã xẻ", "m³", 0.012, 9000000, None), ("Sơn PU, dầu lau gỗ", "lít", 0.15, 120000, None)],
        own=None,
        buy=[("Xưởng xẻ gỗ Đức Yên (gỗ có hồ sơ nguồn gốc)", 1, 15), ("Hộ bán gỗ mít vườn thôn Trung Yên", 12, 10),
             ("Hộ bán gỗ xoan thôn Yên Hồ", 8, 6)],
        cap=None,
        staff=[("Trưởng nhóm, giao dịch, bán hàng", 1, 8.0, 12, False), ("Thợ cả chạm khắc", 4, 9.0, 12, False),
               ("Thợ phụ xẻ, pha gỗ, đục thô", 5, 6.5, 12, False), ("Thợ đánh giấy ráp, phun sơn", 2, 6.0, 12, False)],
        seasonal=[("Xẻ gỗ, bốc xếp, đóng thùng dịp cao điểm", 300000, 0.1)],
        member=None,
        lab=("chạm khắc và pha gỗ", [1, 2], 0, 270, 1.0, True),
        energy=15000,
        inv=[("Máy cưa vòng, máy bào, máy khoan", 150, True),
             ("Hệ thống hút bụi túi vải và buồng phun sơn màng nước", 130, True), ("Lò sấy gỗ 6 m³/mẻ", 160, True),
             ("Mẫu mã, hộp quà, bao bì", 40, False), ("Tiêu chuẩn cơ sở, thử nghiệm độ ẩm, formaldehyde", 30, False),
             ("Vốn lưu động", 290, False)],
        src=[("Vốn góp của các thợ", 450), ("Vay tiêu dùng của trưởng nhóm tại ngân hàng thương mại", 350)],
        life=8, loan=[350, 250, 150], rate=0.1, sell=0.05, tax=0.01, other=40),
    "fr08": dict(
        unit="kg",
        products=[("Chè vằng khô cắt đoạn, túi 500 g", "túi", 0.5, 90000, 3000, [5000, 5500, 6000]),
                  ("Trà vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 6000, [8000, 9000, 10000])],
        hist=[(2400, 165000, 70, 2, 45), (2550, 168000, 82, 3, 50), (2700, 170000, 95, 3, 54)],
        raws=[("Cành lá vằng tươi", "kg", 3.5, 7000, None)],
        own=("vườn vằng của gia đình", 1.6, "ha", 3000),
        buy=[("Hộ cắt vằng thôn Ngọc Hà", 15, 3000), ("Hộ cắt vằng thôn Tân Phúc", 12, 2500),
             ("Hộ trồng vằng thôn Khe Voi", 8, 2500)],
        cap=("Máy sấy bơm nhiệt 300 kg tươi/mẻ", 14, 270),
        staff=[("Sơ chế, sấy vằng", 2, 5.5, 12, True), ("Đóng gói, bán hàng", 1, 5.5, 12, True)],
        seasonal=[("Cắt vằng, bó, vận chuyển (tháng 4 – 10)", 220000, 0.02)],
        member=("Lao động gia đình (vợ chồng chủ hộ)", [580, 580, 580], 220000, True),
        lab=("sơ chế, sấy", [0], 0, 270, 7, True),
        energy=8000,
        inv=[("Máy sấy bơm nhiệt 300 kg/mẻ", 150, True), ("Máy cắt, máy nghiền, máy đóng túi lọc", 180, True),
             ("Cải tạo nhà sơ chế, kho 60 m²", 90, True), ("Bao bì, mã QR, thiết kế", 30, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=25),
    "fr09": dict(
        unit="chiếc",
        products=[("Bánh ram sống cấp đông, túi 20 chiếc", "túi", 20, 85000, 2000, [30000, 66000, 74000]),
                  ("Bánh ram chiên sẵn, hộp 10 chiếc", "hộp", 10, 65000, 3000, [12000, 25000, 28000])],
        hist=[(560000, 4300, 262, 11, 330), (610000, 4400, 296, 12, 365), (660000, 4500, 327, 12, 400)],
        raws=[("Bột nếp", "kg", 0.015, 28000, None), ("Nhân (thịt lợn, tôm, mộc nhĩ, hành)", "kg", 0.008, 110000, None),
              ("Dầu ăn", "lít", 0.004, 45000, 1)],
        own=None,
        buy=[("Cơ sở xay bột Cẩm Thành", 1, 18000), ("Hợp tác xã Nông nghiệp Cẩm Bình", 1, 12000)],
        cap=None,
        staff=[("Giám đốc, kế toán", 2, 8.0, 12, True), ("Thợ cán vỏ, cuốn bánh", 6, 6.0, 12, True),
               ("Chiên, cấp đông, đóng gói", 2, 6.0, 12, True), ("Bán hàng, giao hàng", 2, 6.0, 12, True)],
        seasonal=[("Cuốn bánh thời vụ dịp Tết, rằm tháng Bảy", 230000, 0.0006)],
        member=None,
        lab=("cuốn bánh", [1], 0, 290, 500, False),
        energy=150, labels=dict(pack="Bao bì (túi, hộp, thùng carton)"),
        inv=[("Tủ cấp đông, kho lạnh 15 m³", 200, True), ("Máy cán vỏ bánh, máy xay nhân", 120, True),
             ("Bếp chiên công nghiệp, máy tách dầu", 80, True), ("Cải tạo xưởng một chiều 120 m²", 220, True),
             ("Kiểm nghiệm, tự công bố", 50, False), ("Vốn lưu động", 330, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay ngân hàng thương mại", 400)],
        life=10, loan=[400, 300, 200], rate=0.09, sell=0.06, tax=0.015, other=60),
    "fr10": dict(
        unit="kg",
        products=[("Giò bò, cây 500 g", "cây", 0.5, 250000, 4000, [9000, 9600, 10200]),
                  ("Chả bò chiên, hộp 500 g", "hộp", 0.5, 230000, 6000, [3000, 3300, 3600])],
        hist=[(5100, 470000, 172, 7, 200), (5400, 480000, 194, 8, 215), (5700, 485000, 213, 8, 230)],
        raws=[("Thịt bò nạc (bắp, mông)", "kg", 1.1, 200000, None),
              ("Mỡ, gia vị, lá chuối, lạt", "kg", 0.2, 40000, None)],
        own=None,
        buy=[("Lò mổ bò Xuân Viên", 1, 4500), ("Hộ nuôi bò thịt thôn Hội Thủy (giết mổ tại lò)", 14, 2200)],
        cap=("Máy xay giò (cối quết) 10 kg/mẻ", 30, 290),
        staff=[("Giám đốc, kế toán", 2, 7.0, 12, True), ("Thợ giò chả (pha thịt, quết, gói, luộc)", 4, 6.5, 12, True),
               ("Chiên chả, đóng gói, kho lạnh", 1, 6.0, 12, True), ("Bán hàng, giao hàng", 1, 6.0, 12, True)],
        seasonal=[("Gói giò, luộc giò dịp Tết và rằm", 280000, 0.04)],
        member=("Thành viên góp công gói giò ngày cao điểm (không nhận tiền công)", [120, 130, 140], 250000, False),
        lab=("pha thịt, quết, gói giò", [1], 0, 290, 6.5, True),
        energy=6000, labels=dict(pack="Bao bì, nhãn, hộp giấy"),
        inv=[("Máy xay giò (cối quết) 10 kg/mẻ", 150, True), ("Nồi luộc giò bằng hơi, bếp chiên", 80, True),
             ("Kho lạnh, tủ đông", 180, True), ("Cải tạo xưởng một chiều 100 m²", 250, True),
             ("Bể tách mỡ, bể lắng nước thải", 60, True), ("Bao bì, nhãn, tự công bố", 40, False),
             ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.015, other=60),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fr05": {"staff_drop": 4, "payback": 1.8},     # wage total leaves out the last role; payback 1,8 years
    "fr06": {"rev_line": (0, 2, 1.12), "labour_over": True},  # 2029 cá nục line × 1,12; output > 3 × 250 × 12
    "fr08": {"src_short": True},                    # sources 450 vs investment 600
    "fr09": {"profit": (0, 1.30), "growth": True},  # 2027 profit × 1,30; output × 2,2 in 2028
    "fr10": {"shortfall": True},                    # beef need 7.095 / 7.590 kg vs 6.700 contracted
}
READY = ("fr01", "fr02", "fr03", "fr04")
STEMS = {
    "fr01": "fr01_non_la_tung_chau_htx",
    "fr02": "fr02_che_xanh_thuong_bong_htx",
    "fr03": "fr03_banh_da_vung_lai_thuan_hkd",
    "fr04": "fr04_mat_ong_duc_linh_cty",
    "fr05": "fr05_ruou_nep_thach_chau_cty",
    "fr06": "fr06_ca_nuc_mot_nang_ky_xuan_htx",
    "fr07": "fr07_do_go_my_nghe_thai_yen_nhom",
    "fr08": "fr08_che_vang_ngoc_son_hkd",
    "fr09": "fr09_banh_ram_cam_binh_cty",
    "fr10": "fr10_gio_bo_xuan_hoi_htx",
    "fr11": "fr11_khoai_deo_ky_tan_so_sai",
    "fr12": "fr12_moc_len_thach_lac_so_sai",
}

# Table captions (the words after "Bảng N. "), the same in every full plan.
T = dict(hist="Kết quả sản xuất kinh doanh", prod="Sản phẩm, quy cách", plan="Kế hoạch sản xuất",
         raw="Nhu cầu và nguồn cung nguyên liệu", equip="Máy móc, thiết bị", staff="Lao động thường xuyên",
         season="Lao động thời vụ", lab="Năng suất lao động", inv="Tổng vốn đầu tư", src="Nguồn vốn",
         rev="Doanh thu", cost="Chi phí", sum="Tổng hợp hiệu quả")
COST_LABELS = dict(pack="Bao bì, nhãn, tem", wage="Lương lao động thường xuyên",
                   ins="Bảo hiểm xã hội, y tế, thất nghiệp", season="Tiền công thuê thời vụ",
                   member="Công lao động thành viên, gia đình", energy="Điện, nước, nhiên liệu",
                   dep="Khấu hao tài sản cố định", interest="Lãi vay", sell="Bán hàng, vận chuyển, quảng bá",
                   tax="Thuế, phí", excise="Thuế tiêu thụ đặc biệt", other="Quản lý, chi phí khác")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str) -> dict:
    """Every number of plan `key`: the true values and, where a defect is planted, the printed ones."""
    P, pl = PLANS[key], PLANTED.get(key, {})
    m: dict = {"P": P}
    prods = P["products"]
    m["packs"] = [p[5] for p in prods]
    m["prod_out"] = [[p[5][y] * p[2] for y in range(3)] for p in prods]
    m["out"] = [sum(po[y] for po in m["prod_out"]) for y in range(3)]
    # revenue
    lines = [[p[5][y] * p[3] / 1e6 for y in range(3)] for p in prods]
    m["rev_lines"] = lines
    m["rev"] = [sum(l[y] for l in lines) for y in range(3)]
    plines = [list(l) for l in lines]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        plines[i][y] = lines[i][y] * f
    m["rev_lines_p"] = plines
    m["rev_p"] = [sum(l[y] for l in plines) for y in range(3)]
    # raw materials
    needs = []
    for (label, unit, norm, price, pi) in P["raws"]:
        base = m["out"] if pi is None else m["prod_out"][pi]
        needs.append([base[y] * norm for y in range(3)])
    m["need"] = needs
    m["raw_cost"] = [[needs[i][y] * P["raws"][i][3] / 1e6 for y in range(3)] for i in range(len(needs))]
    m["own"] = P["own"][1] * P["own"][3] if P["own"] else 0
    m["buy"] = sum(b[2] for b in P["buy"])
    m["supply"] = m["own"] + m["buy"]
    # capacity
    m["cap"] = P["cap"][1] * P["cap"][2] if P["cap"] else None
    # staff
    staff = P["staff"]
    m["staff_amt"] = [s[1] * s[2] * s[3] for s in staff]
    m["staff_n"] = sum(s[1] for s in staff)
    m["wage"] = sum(m["staff_amt"])
    m["ins_base"] = sum(a for a, s in zip(m["staff_amt"], staff) if s[4])
    drop = pl.get("staff_drop")
    m["wage_p"] = m["wage"] - (m["staff_amt"][drop] if drop is not None else 0)
    m["ins_base_p"] = m["ins_base"] - (m["staff_amt"][drop] if drop is not None and staff[drop][4] else 0)
    m["ins"] = INS * m["ins_base"]
    m["ins_p"] = INS * m["ins_base_p"]
    # seasonal labour
    m["season_cong"] = [[round(m["out"][y] * s[2]) for y in range(3)] for s in P["seasonal"]]
    m["season_total"] = [sum(c[y] for c in m["season_cong"]) for y in range(3)]
    m["season_cost"] = [sum(c[y] * s[1] for c, s in zip(m["season_cong"], P["seasonal"])) / 1e6 for y in range(3)]
    mem = P["member"]
    if mem:
        m["member_cong"] = list(mem[1]) if isinstance(mem[1], list) else [round(m["out"][y] * mem[1]) for y in range(3)]
        m["member_value"] = [c * mem[2] / 1e6 for c in m["member_cong"]]
        m["member_costed"] = mem[3]
    else:
        m["member_cong"], m["member_value"], m["member_costed"] = None, None, False
    # labour norm of the bottleneck stage
    stage, idx, extra, days, norm, show = P["lab"]
    m["lab_workers"] = sum(staff[i][1] for i in idx) + extra
    m["lab_cap"] = m["lab_workers"] * days * norm
    # costs (printed values follow the printed revenue and the printed wage total)
    rev_p = m["rev_p"]
    fixed = sum(v for _, v, f in P["inv"] if f)
    m["fixed"] = fixed
    m["dep"] = fixed / P["life"]
    m["interest"] = [b * P["rate"] for b in P["loan"]]
    pack = [sum(p[5][y] * p[4] for p in prods) / 1e6 for y in range(3)]
    L = {**COST_LABELS, **P.get("labels", {})}
    cl: list[tuple[str, list[float]]] = []
    for i, r in enumerate(P["raws"]):
        cl.append((r[0], m["raw_cost"][i]))
    cl.append((L["pack"], pack))
    cl.append((L["wage"], [m["wage_p"]] * 3))
    if m["ins_base"]:
        cl.append((L["ins"], [m["ins_p"]] * 3))
    cl.append((L["season"], m["season_cost"]))
    if mem and mem[3]:
        cl.append((L["member"], m["member_value"]))
    cl.append((L["energy"], [m["out"][y] * P["energy"] / 1e6 for y in range(3)]))
    cl.append((L["dep"], [m["dep"]] * 3))
    cl.append((L["interest"], m["interest"]))
    cl.append((L["sell"], [rev_p[y] * P["sell"] for y in range(3)]))
    if "excise" in P:
        m["excise_share"] = [e / (1 + e) for e in P["excise"]]
        cl.append((L["excise"], [rev_p[y] * m["excise_share"][y] for y in range(3)]))
    cl.append((L["tax"], [rev_p[y] * P["tax"] for y in range(3)]))
    cl.append((L["other"], [P["other"]] * 3))
    m["cost_lines"] = cl
    m["cost"] = [sum(v[y] for _, v in cl) for y in range(3)]
    # true cost (with the true revenue and the true wage total)
    true_cost = list(m["cost"])
    for y in range(3):
        d_rev = m["rev"][y] - rev_p[y]
        share = P["sell"] + P["tax"] + (m["excise_share"][y] if "excise" in P else 0)
        true_cost[y] += d_rev * share + (m["wage"] - m["wage_p"]) + (m["ins"] - m["ins_p"])
    m["cost_true"] = true_cost
    m["profit_true"] = [m["rev"][y] - true_cost[y] for y in range(3)]
    m["profit_table"] = [rev_p[y] - m["cost"][y] for y in range(3)]  # revenue - cost as printed
    m["profit_p"] = list(m["profit_table"])
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit_p"][y] = m["profit_table"][y] * f
    m["margin_p"] = [m["profit_p"][y] / rev_p[y] * 100 for y in range(3)]
    m["margin_true"] = [m["profit_true"][y] / m["rev"][y] * 100 for y in range(3)]
    m["inv"] = sum(v for _, v, _ in P["inv"])
    m["src"] = sum(v for _, v in P["src"])
    avg = sum(m["profit_p"]) / 3
    m["payback_calc"] = m["inv"] / (avg + m["dep"])
    m["payback_true"] = m["inv"] / (sum(m["profit_true"]) / 3 + m["dep"])
    m["payback_p"] = pl.get("payback", r1(m["payback_calc"]))
    m["hist_rev"] = [h[0] * h[1] / 1e6 for h in P["hist"]]
    m["income"] = m["wage"] / (m["staff_n"] * 12)
    return m


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        caption = None
        for line in self.body.splitlines():
            s = line.strip()
            if mt := re.match(r"^\*{0,2}Bảng \d+\. (.+?)\*{0,2}$", s):
                caption = mt.group(1)
                self.tables[caption] = []
            elif s.startswith("|") and caption is not None:
                self.tables[caption].append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT") and caption is not None and self.tables[caption]:
                caption = None

    def table(self, key: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if cap.startswith(T[key]):
                return rows
        self.failures.append(f"table not found: {T[key]}")
        return []

    def trow(self, key: str, label: str, n: int = 3) -> list[float]:
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in self.table(key):
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x) and re.search(r"\d", x)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found in {T[key]}: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got} != {want:.2f}")

    def eqs(self, got: list[float], want: list[float], what: str) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            self.eq(g, w, f"{what} {YEARS[y] if len(got) == 3 else y}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what} not off by > 5 %: plan {got}, true {true:.1f}")


def fnum(x: float) -> str:
    """The way the plans print an integer: dotted thousands."""
    return f"{round(x):,}".replace(",", ".")


def check_full(key: str) -> Plan:
    p = Plan(STEMS[key])
    m = model(key)
    P, pl = m["P"], PLANTED.get(key, {})
    ready = key in READY
    # history
    p.eqs(p.trow("hist", "Sản lượng"), [h[0] for h in P["hist"]], "history output")
    p.eqs(p.trow("hist", "Giá bán bình quân"), [h[1] for h in P["hist"]], "history price")
    p.eqs(p.trow("hist", "Doanh thu"), m["hist_rev"], "history revenue")
    p.eqs(p.trow("hist", "Lợi nhuận"), [h[2] for h in P["hist"]], "history profit")
    p.eqs(p.trow("hist", "Lao động thường xuyên"), [h[3] for h in P["hist"]], "history staff")
    p.eqs(p.trow("hist", "Công lao động thời vụ"), [h[4] for h in P["hist"]], "history công")
    for y in range(3):
        p.check(P["hist"][y][2] / m["hist_rev"][y] < 0.4, f"history margin {y} >= 40 %")
    g27 = m["out"][0] / P["hist"][2][0] - 1
    p.check(g27 <= 0.20, f"2027 output +{g27:.0%} on 2026")
    # products and plan
    for pr in P["products"]:
        p.eq(p.trow("prod", pr[0], 1)[0], pr[3], f"price {pr[0]}")
        p.eqs(p.trow("plan", pr[0]), pr[5], f"packs {pr[0]}")
    p.eqs(p.trow("plan", "Sản lượng quy đổi"), m["out"], "output")
    # raw materials
    for i, r in enumerate(P["raws"]):
        p.eqs(p.trow("raw", f"Nhu cầu {r[0].lower()}"), m["need"][i], f"need {r[0]}")
    if P["own"]:
        p.eqs(p.trow("raw", "Nguồn tự có"), [m["own"]] * 3, "own supply")
        p.has(fnum(P["own"][1]) if P["own"][1] >= 1000 else str(P["own"][1]).replace(".", ","))
    for b in P["buy"]:
        p.eqs(p.trow("raw", f"Thu mua: {b[0]}"), [b[2]] * 3, f"bought {b[0]}")
    p.eqs(p.trow("raw", "Tổng nguồn cung"), [m["supply"]] * 3, "supply")
    need0 = m["need"][0]
    if pl.get("shortfall"):
        p.check(not any(r and r[1].startswith("Cân đối") for r in p.table("raw")), "shortfall plan has a balance row")
        p.wrong(m["supply"], need0[2], "raw supply vs 2029 need")
        p.check(all(n > m["supply"] * 1.05 for n in need0[1:]), "need 2028/2029 not > supply + 5 %")
    else:
        p.eqs(p.trow("raw", "Cân đối"), [m["supply"] - n for n in need0], "raw balance")
        p.check(all(n <= m["supply"] for n in need0), "raw need above supply")
    # equipment capacity
    if m["cap"]:
        p.check(all(o <= m["cap"] for o in m["out"]), "output above equipment capacity")
        p.has(fnum(P["cap"][2]) + " ngày")
    # staff table
    for s, amt in zip(P["staff"], m["staff_amt"]):
        row = p.trow("staff", s[0], 4)
        p.eqs(row, [s[1], s[2], s[3], amt], f"staff {s[0]}")
    tot = p.trow("staff", "Cộng quỹ lương", 2)
    p.eq(tot[0], m["staff_n"], "staff count")
    if "staff_drop" in pl:
        p.wrong(tot[1], m["wage"], "wage total vs its rows")
        p.eq(tot[1], m["wage_p"], "printed wage total")
    else:
        p.eq(tot[1], m["wage"], "wage total")
    if m["ins_base"]:
        p.eq(p.trow("staff", "Bảo hiểm xã hội", 1)[0], m["ins_p"], "social insurance")
        p.eq(p.trow("staff", "Tổng chi phí lao động thường xuyên", 1)[0], m["wage_p"] + m["ins_p"], "staff cost")
    else:
        p.check(not any(s.startswith("Bảo hiểm") for r in p.table("staff") for s in r[:2]), "insurance row")
    # seasonal labour
    for s, c in zip(P["seasonal"], m["season_cong"]):
        row = p.trow("season", s[0], 4)
        p.eqs(row, [s[1]] + c, f"seasonal {s[0]}")
    p.eqs(p.trow("season", "Tổng số công thuê"), m["season_total"], "seasonal công")
    p.eqs(p.trow("season", "Tiền công thuê"), m["season_cost"], "seasonal cost")
    if P["member"]:
        p.eqs(p.trow("season", P["member"][0], 4), [P["member"][2]] + m["member_cong"], "member công")
        if P["member"][3]:
            p.eqs(p.trow("season", "Giá trị công"), m["member_value"], "member value")
    # labour norm of the bottleneck stage
    stage, idx, extra, days, norm, show = P["lab"]
    if show:
        p.eqs(p.trow("lab", "Số lao động"), [m["lab_workers"]] * 3, "workers at the stage")
        p.eqs(p.trow("lab", "Số ngày"), [days] * 3, "days")
        p.eqs(p.trow("lab", "Định mức"), [norm] * 3, "norm")
        p.eqs(p.trow("lab", "Năng lực"), [m["lab_cap"]] * 3, "labour capacity")
        p.eqs(p.trow("lab", "Sản lượng kế hoạch"), m["out"], "planned output")
        p.eqs(p.trow("lab", "Tỷ lệ sử dụng"), [o / m["lab_cap"] * 100 for o in m["out"]], "utilisation")
    else:
        p.check(T["lab"] not in " ".join(p.tables), "labour table present")
    if pl.get("labour_over"):
        for y in (1, 2):
            p.wrong(m["out"][y], m["lab_cap"], f"{YEARS[y]} output vs labour capacity")
    elif key != "fr09":
        p.check(all(o <= m["lab_cap"] for o in m["out"]), "output above labour capacity")
    # investment and sources
    for label, v, _ in P["inv"]:
        p.eq(p.trow("inv", label, 1)[0], v, f"investment {label}")
    p.eq(p.trow("inv", "Tổng cộng", 1)[0], m["inv"], "investment total")
    for label, v in P["src"]:
        row = p.trow("src", label, 2)
        p.eqs(row, [v, v / m["src"] * 100], f"source {label}")
    p.eq(p.trow("src", "Tổng cộng", 2)[0], m["src"], "sources total")
    if pl.get("src_short"):
        p.wrong(m["src"], m["inv"], "sources vs investment")
    else:
        p.eq(m["src"], m["inv"], "sources = investment")
    # revenue
    for i, pr in enumerate(P["products"]):
        got = p.trow("rev", pr[0])
        if "rev_line" in pl and pl["rev_line"][0] == i:
            y = pl["rev_line"][1]
            p.wrong(got[y], m["rev_lines"][i][y], f"revenue line {pr[0]} {YEARS[y]}")
            p.eqs(got, m["rev_lines_p"][i], f"printed revenue {pr[0]}")
        else:
            p.eqs(got, m["rev_lines"][i], f"revenue {pr[0]}")
    got = p.trow("rev", "Tổng doanh thu")
    p.eqs(got, m["rev_p"], "revenue total as printed")
    if "rev_line" in pl:
        p.wrong(got[pl["rev_line"][1]], m["rev"][pl["rev_line"][1]], "revenue total")
    # cost
    for label, vals in m["cost_lines"]:
        p.eqs(p.trow("cost", label), vals, f"cost {label}")
    p.eqs(p.trow("cost", "Tổng chi phí"), m["cost"], "cost total")
    # summary
    p.eqs(p.trow("sum", "Doanh thu"), m["rev_p"], "summary revenue")
    p.eqs(p.trow("sum", "Tổng chi phí"), m["cost"], "summary cost")
    got = p.trow("sum", "Lợi nhuận")
    p.eqs(got, m["profit_p"], "summary profit as printed")
    if "profit" in pl:
        y = pl["profit"][0]
        p.wrong(got[y], m["rev_p"][y] - m["cost"][y], f"profit {YEARS[y]} vs revenue - cost")
    p.eqs(p.trow("sum", "Tỷ suất lợi nhuận"), m["margin_p"], "margin")
    p.eqs(p.trow("sum", "Thu nhập bình quân"), [m["income"]] * 3, "income per worker")
    for y in range(3):
        p.check(0 < m["margin_true"][y] < 40, f"true margin {YEARS[y]} {m['margin_true'][y]:.1f}")
    # payback
    pb = f"{m['payback_p']:.1f}".replace(".", ",")
    p.has(f"khoảng {pb} năm")
    if "payback" in pl:
        p.wrong(pl["payback"], m["payback_calc"], "payback")
    else:
        p.eq(m["payback_p"], m["payback_calc"], "payback", tol=0.04)
    # growth
    g = [m["rev_p"][y + 1] / m["rev_p"][y] - 1 for y in range(2)]
    if pl.get("growth"):
        p.check(m["out"][1] / m["out"][0] > 2, "planted growth: 2028 output not above 2 × 2027")
    elif key == "fr06":
        p.check(max(g) < 0.36, f"revenue growth {max(g):.0%}")
    else:
        p.check(max(g) < 0.31, f"revenue growth {max(g):.0%}")
    # words
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
              "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất")
        p.lacks(REPLACED, "replaced instrument or district body")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
            p.check(int(d) >= 2029, f"paper valid only to {d}")
    return p


def words(p: Plan) -> int:
    return len(re.findall(r"\w+", p.body))


def check_text(p: Plan, key: str) -> None:
    if key == "fr01":
        p.has("không thuộc nhóm thực phẩm", "đăng ký môi trường")
    if key == "fr02":
        p.has("an toàn thực phẩm", "tự công bố", "VietGAP", "đăng ký môi trường")
    if key == "fr03":
        p.has("an toàn thực phẩm", "tự công bố", "Giấy chứng nhận đăng ký hộ kinh doanh")
    if key == "fr04":
        p.has("an toàn thực phẩm", "tự công bố", "trẻ em dưới 1 tuổi")
    if key == "fr05":
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "alcohol licence")
        p.has("thuế tiêu thụ đặc biệt", "an toàn thực phẩm", "nhãn hiệu", "8 lao động")
    if key == "fr06":
        p.lacks(r"môi trường|nước thải|chất thải|xử lý|bể lắng|hầm|mùi|ruồi", "environment")
        p.has("không cần tuyển thêm")
    if key == "fr07":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ", "trademark")
        p.lacks(r"hộ kinh doanh|hợp tác xã|tổ hợp tác|mã số thuế \d|đăng ký kinh doanh (số|ngày)|doanh nghiệp", "registration")
        p.has("12 thợ", "18 thợ", "chưa đăng ký")
        p.check(model(key)["staff_n"] == 12, "fr07 staff table is 12")
    if key == "fr08":
        p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|TCCS|QCVN|TCVN|chỉ tiêu (chất lượng|an toàn|vi sinh)|thử nghiệm|phân tích mẫu", "product standard")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "UBND huyện", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP instrument")
        p.has("bảo đảm đủ vốn")
    if key == "fr09":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "label")
        p.has("giữ nguyên 12 lao động", "Thị trường bánh ram còn rất lớn")
    if key == "fr10":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|vệ sinh thực phẩm", "food safety")
        p.lacks(r"truy xuất|\bQR\b|mã lô|số lô|nhật ký|kiểm soát chất lượng|\btem\b|kiểm tra nội bộ", "quality control")
        p.has("bảo đảm đủ", "tự công bố", "tiêu chuẩn cơ sở", "nhãn hiệu")


SKETCHY = {
    "fr11": ("2 tấn", "120.000 đồng/kg", "150 triệu đồng"),
    "fr12": ("1.500 sản phẩm", "80.000 đồng", "40 triệu đồng"),
}


def check_sketchy(key: str) -> Plan:
    p = Plan(STEMS[key])
    n = words(p)
    p.check(150 <= n <= 320, f"sketchy length {n} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*SKETCHY[key])
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"148/QĐ-TTg|tiêu chuẩn cơ sở|nhãn hiệu|truy xuất", "paper a sketchy plan lacks")
    return p


def main(argv: list[str] | None = None) -> int:
    plans = []
    for key in [k for k in STEMS if not argv or k in argv]:
        if key in PLANS:
            p = check_full(key)
            check_text(p, key)
        else:
            p = check_sketchy(key)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
