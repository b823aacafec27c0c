"""The 175th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout175/arithmetic.py

Theme: honey and bee products from twelve producers of very different size, from a household with
60 hives of native bees to a joint-stock company buying the honey of 1.500 member hives. For every
full plan (ft01-ft10) the constants give the products (pack size in kg, price, pack cost, packs per
year), the 2024-2026 history (hives, output, average price, profit), the flowering seasons the hives
follow (harvests a season x kg a harvest, giving kg a hive a year), the hives kept in 2027-2029
(colonies split), the honey bought from members or linked households (hives x kg a hive), the raw
materials with their norms per kg of each product (raw honey lost in moisture reduction, lemon and
ginger, fresh pollen, crude wax) and their supply, the processing capacity (kg of raw honey a day x
days), staff by role, wage and months, energy rate, investment items and capital sources, loan
balances and rate, selling and tax shares and a fixed line. From them this script recomputes: kg a
hive a year = sum of harvests x kg; own honey = hives x that yield; purchase = sum of hives x kg;
raw need = sum of output x norm; the balance; output in kg = sum of packs x size; history revenue =
output x average price; capacity; staff; investment and sources; depreciation and interest; every
revenue line (packs x price) and cost line; totals; profit = revenue - cost; margin; growth; payback
= investment / (average profit + depreciation). Each figure is read back from the plan's source
(tables found by their caption "Bảng N.") and compared: planted numeric defects must be wrong by
more than 5 % (the true value is computed beside them), every other number right within 1 %.
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
            r"Sở Kế hoạch và Đầu tư|Sở Nông nghiệp và Phát triển nông thôn|Hội đồng .{0,20}huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in kg, price đ, pack cost đ, packs per year 2027-2029)
# hist: (hives at year end, output kg, average price đ/kg, profit triệu) for 2024, 2025, 2026
# seasons: (flowering season, months, where the hives stand, harvests, kg a hive a harvest)
# hives: own hives kept in 2027, 2028, 2029 (colonies split)
# buy: (village or member group, households, hives, kg a hive a year committed); buy_scale: share of
#      the committed honey taken each year (1 unless the plan says otherwise)
# raws: (label, unit, price đ, {product index: norm per kg of product}, supply)
#       supply "honey" = own hives x season yield + the buy table (only raw 0);
#       ("hive", kg a hive a year) = from the producer's own hives, no purchase cost;
#       ("buy", kg a year committed) = bought, cost = need x price
# care: bee-care cost đ a hive a year (sugar, medicine, moving with the flowering seasons)
# cap: (kg of raw honey a day, working days); roles: (label, people per year, triệu a month, months)
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "ft01": dict(
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 180000, 12000, [1200, 1320, 1440]),
                  ("Mật ong hoa tràm, chai 500 g", "chai", 0.5, 200000, 12000, [600, 660, 720]),
                  ("Mật ong nội hoa keo, hũ 1 kg", "hũ", 1, 340000, 18000, [200, 220, 240])],
        hist=[(48, 850, 340000, 58), (54, 920, 345000, 66), (60, 1000, 350000, 74)],
        seasons=[("Hoa keo", "tháng 5 – 7", "đồi keo thôn Khe Dền", 3, 2.5),
                 ("Hoa tràm (keo lá tràm)", "tháng 9 – 11", "rừng trồng thôn Trung Đô", 2, 2.25)],
        hives=[65, 72, 80],
        buy=[("Thôn Khe Dền", 3, 40, 8), ("Thôn Trung Đô", 2, 30, 8)],
        raws=[("Mật ong thô", "kg", 180000, {0: 1.05, 1: 1.05, 2: 1.05}, "honey")],
        care=450000,
        cap=(40, 120),
        roles=[("Chủ hộ, quản lý đàn ong", [1, 1, 1], 5.0, 12),
               ("Vợ chủ hộ, đóng chai, bán hàng", [1, 1, 1], 4.5, 12),
               ("Lao động thời vụ mùa quay mật", [1, 1, 2], 4.0, 4)],
        energy=3000,
        inv=[("Máy hạ thủy phần mật ong 20 kg/mẻ", 45, True), ("Máy quay mật inox, thùng lắng 200 lít", 18, True),
             ("Cải tạo phòng đóng chai 16 m²", 35, True), ("Thùng ong mới, cầu chia đàn", 22, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 15, False), ("Vốn lưu động", 45, False)],
        src=[("Vốn tự có của hộ", 100), ("Vay Ngân hàng Chính sách xã hội", 80)],
        life=8, loan=[80, 60, 40], rate=0.066, sell=0.04, tax=0.01, other=8,
        other_label="Chi phí khác (điện thoại, vận chuyển)", pack_label="Chai, hũ, nắp, nhãn, tem"),
    "ft02": dict(
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 165000, 11000, [26000, 28000, 30000]),
                  ("Mật ong hoa nhãn, chai 500 g", "chai", 0.5, 210000, 11000, [5000, 5400, 5800]),
                  ("Mật ong hoa vải, chai 500 g", "chai", 0.5, 195000, 11000, [3000, 3300, 3600]),
                  ("Mật ong hoa keo, can 5 kg", "can", 5, 650000, 30000, [800, 900, 1000]),
                  ("Phấn hoa khô, hũ 250 g", "hũ", 0.25, 110000, 9000, [1800, 2000, 2200])],
        hist=[(160, 15000, 290000, 905), (180, 16800, 295000, 1040), (200, 18600, 300000, 1160)],
        seasons=[("Hoa vải", "tháng 2 – 3", "Lục Ngạn (Bắc Giang cũ)", 2, 5),
                 ("Hoa nhãn", "tháng 3 – 4", "Khoái Châu (Hưng Yên)", 2, 6),
                 ("Hoa keo", "tháng 5 – 8", "đồi keo xã Sơn Tây, Sơn Kim", 3, 5)],
        hives=[220, 240, 260],
        buy=[("Tổ liên kết Sơn Tây", 18, 420, 12), ("Tổ liên kết Sơn Kim", 15, 380, 12),
             ("Tổ liên kết Sơn Hồng", 16, 400, 12), ("Tổ liên kết Tứ Mỹ", 13, 300, 12)],
        buy_col="Tổ hộ thành viên liên kết",
        raws=[("Mật ong thô", "kg", 100000, {0: 1.05, 1: 1.05, 2: 1.05, 3: 1.05}, "honey"),
              ("Phấn hoa tươi", "kg", 0, {4: 1.25}, ("hive", 3))],
        care=1500000, care_label="Chăm sóc, di chuyển đàn ong của công ty theo mùa hoa",
        buy_label="Mật ong thô mua của hộ thành viên liên kết",
        cap=(300, 150),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3], 12, 12),
               ("Kỹ thuật, chăm sóc và di chuyển đàn ong", [6, 6, 7], 8, 12),
               ("Thu mua, kiểm tra chất lượng mật", [2, 2, 2], 8, 12),
               ("Chế biến, đóng chai", [5, 5, 6], 7, 12), ("Bán hàng, kho vận", [4, 4, 4], 8, 12)],
        energy=4000,
        inv=[("Cải tạo, mở rộng xưởng chế biến 200 m²", 600, True),
             ("Hệ thống hạ thủy phần chân không 300 kg/mẻ", 650, True),
             ("Máy chiết rót, đóng nắp, dán nhãn bán tự động", 420, True),
             ("Kho mát bảo quản mật thô 60 m²", 350, True), ("Xe tải 2,5 tấn vận chuyển đàn ong", 600, True),
             ("Thùng ong, cầu chia đàn", 60, True), ("Bao bì, kiểm nghiệm, tem truy xuất", 80, False),
             ("Vốn lưu động thu mua mật", 1120, False)],
        src=[("Vốn chủ sở hữu", 2080), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1800)],
        life=10, loan=[1800, 1350, 900], rate=0.08, sell=0.08, tax=0.015, other=150,
        pack_label="Chai, can, hũ, nắp, nhãn, tem QR"),
    "ft03": dict(
        products=[("Mật ong hoa vải, chai 350 g", "chai", 0.35, 125000, 9000, [6000, 6600, 7200]),
                  ("Mật ong hoa nhãn, chai 350 g", "chai", 0.35, 135000, 9000, [8000, 8800, 9600]),
                  ("Mật ong hoa keo, chai 700 g", "chai", 0.7, 190000, 12000, [5000, 5500, 6000]),
                  ("Phấn hoa khô, túi 200 g", "túi", 0.2, 85000, 4000, [1500, 1650, 1800]),
                  ("Sáp ong tinh, bánh 200 g", "bánh", 0.2, 50000, 2000, [1000, 1100, 1200])],
        hist=[(100, 6800, 315000, 330), (110, 7400, 320000, 372), (120, 8000, 325000, 410)],
        seasons=[("Hoa vải", "tháng 2 – 3", "Thanh Hà (Hải Dương cũ)", 2, 5),
                 ("Hoa nhãn", "tháng 3 – 4", "Khoái Châu (Hưng Yên)", 3, 5),
                 ("Hoa keo", "tháng 6 – 8", "đồi keo xã Cẩm Lạc", 2, 4)],
        hives=[130, 145, 160],
        buy=[("Tổ ong Cẩm Hòa 1", 7, 110, 17), ("Tổ ong Cẩm Hòa 2", 6, 90, 17),
             ("Tổ ong Cẩm Lĩnh", 5, 80, 17), ("Tổ ong Cẩm Bình", 5, 70, 17)],
        buy_col="Tổ thành viên",
        raws=[("Mật ong thô", "kg", 130000, {0: 1.05, 1: 1.05, 2: 1.05}, "honey"),
              ("Phấn hoa tươi", "kg", 0, {3: 1.25}, ("hive", 3)),
              ("Sáp ong thô", "kg", 120000, {4: 1.2}, ("buy", 300))],
        care=1400000, care_label="Chăm sóc, di chuyển đàn ong của hợp tác xã",
        buy_label="Mật ong thô mua của thành viên",
        cap=(120, 150),
        roles=[("Ban quản trị, kế toán", [3, 3, 3], 8, 12), ("Kỹ thuật, di chuyển đàn ong", [3, 3, 3], 7.5, 12),
               ("Chế biến, đóng gói", [4, 4, 5], 6.5, 12), ("Bán hàng", [2, 2, 2], 7, 12)],
        energy=4000,
        inv=[("Nhà chế biến, đóng gói 120 m²", 450, True), ("Máy hạ thủy phần 60 kg/mẻ", 180, True),
             ("Máy sấy phấn hoa bơm nhiệt", 120, True), ("Nồi nấu, khuôn lọc sáp ong inox", 40, True),
             ("Thùng ong, cầu chia đàn", 60, True), ("Bao bì, kiểm nghiệm, tem QR", 50, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500),
             ("Quỹ đầu tư phát triển của hợp tác xã", 100)],
        life=10, loan=[500, 350, 200], rate=0.08, sell=0.06, tax=0.015, other=60,
        pack_label="Chai, túi, hộp, nhãn, tem QR"),
    "ft04": dict(
        products=[("Mật ong hoa tràm, chai 500 g", "chai", 0.5, 190000, 12000, [1500, 1650, 1800]),
                  ("Mật ong ngâm chanh, hũ 300 g", "hũ", 0.3, 95000, 9000, [4000, 4600, 5200]),
                  ("Mật ong ngâm gừng, hũ 300 g", "hũ", 0.3, 95000, 9000, [2500, 2900, 3300])],
        hist=[(150, 1900, 300000, 92), (165, 2150, 305000, 110), (180, 2400, 310000, 128)],
        seasons=[("Hoa keo", "tháng 5 – 7", "đồi keo Thạch Xuân", 3, 2),
                 ("Hoa tràm (keo lá tràm)", "tháng 9 – 11", "rừng phòng hộ ven biển", 2, 2),
                 ("Hoa sú, vẹt", "tháng 4 – 5", "rừng ngập mặn ven sông", 2, 1)],
        hives=[190, 205, 220],
        buy=[("Hộ ngoài tổ, thôn Bắc Sơn", 2, 30, 9), ("Hộ ngoài tổ, thôn Trung Tiến", 2, 20, 9),
             ("Hộ ngoài tổ, thôn Đông Hà", 1, 20, 9)],
        raws=[("Mật ong thô", "kg", 170000, {0: 1.05, 1: 0.8, 2: 0.8}, "honey"),
              ("Chanh tươi", "kg", 25000, {1: 0.25}, ("buy", 600)),
              ("Gừng tươi", "kg", 35000, {2: 0.25}, ("buy", 300))],
        care=420000, care_label="Chăm sóc đàn ong của tổ viên (đường, thuốc, thùng)",
        buy_label="Mật ong thô mua của hộ ngoài tổ",
        cap=(50, 150),
        roles=[("Tổ trưởng, thủ quỹ, kế toán", [2, 2, 2], 6, 12), ("Kỹ thuật đàn ong, quay mật", [2, 2, 2], 5.5, 12),
               ("Sơ chế chanh, gừng, đóng hũ", [2, 2, 3], 5, 12), ("Bán hàng, giao hàng", [1, 1, 1], 5.5, 12)],
        energy=5000,
        inv=[("Cải tạo phòng chế biến 40 m² một chiều", 120, True), ("Máy hạ thủy phần 25 kg/mẻ", 60, True),
             ("Máy thái chanh, gừng, bàn inox, tủ sấy hũ", 55, True), ("Máy quay mật, thùng lắng inox", 35, True),
             ("Thiết kế bao bì, kiểm nghiệm, tem QR", 40, False), ("Vốn lưu động", 110, False)],
        src=[("Vốn góp của tổ viên", 220), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.01, other=20,
        pack_label="Hũ, chai, nắp, nhãn, tem QR"),
    "ft05": dict(
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 160000, 10000, [7000, 7800, 8600]),
                  ("Mật ong hoa tràm, chai 500 g", "chai", 0.5, 180000, 10000, [3000, 3400, 3800]),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, 560000, 18000, [1450, 1600, 1800])],
        hist=[(40, 6200, 290000, 255), (45, 6600, 295000, 280), (50, 7000, 300000, 305)],
        seasons=[("Hoa keo", "tháng 5 – 8", "đồi keo xã Kỳ Thượng", 3, 4),
                 ("Hoa tràm", "tháng 9 – 11", "rừng trồng ven hồ Kẻ Gỗ", 2, 3)],
        hives=[55, 60, 65],
        buy=[("Tổ ong thôn Đồng Trụ", 12, 120, 18), ("Tổ ong thôn Tân Phong", 10, 110, 18),
             ("Tổ ong thôn Khe Giao", 9, 100, 18), ("Tổ ong thôn Hòa Bình", 8, 90, 18)],
        buy_col="Tổ ong thành viên",
        raws=[("Mật ong thô", "kg", 110000, {0: 1.05, 1: 1.05, 2: 1.05}, "honey")],
        care=1200000, care_label="Chăm sóc đàn ong trại của hợp tác xã",
        buy_label="Mật ong thô mua của thành viên",
        cap=(100, 150),
        roles=[("Ban quản trị, kế toán", [3, 3, 3], 7.5, 12), ("Kỹ thuật trại ong, thu mua", [2, 2, 2], 7, 12),
               ("Lọc, hạ thủy phần, đóng chai", [3, 3, 4], 6, 12), ("Bán hàng", [2, 2, 2], 6.5, 12)],
        energy=4000,
        inv=[("Nhà xưởng lọc, đóng chai 100 m²", 380, True), ("Máy hạ thủy phần 50 kg/mẻ", 150, True),
             ("Bồn lắng, bồn chứa inox 1.000 lít", 90, True), ("Máy chiết rót, đóng nắp", 80, True),
             ("Thiết kế chai, hộp giấy, kiểm nghiệm", 50, False), ("Vốn lưu động thu mua mật", 450, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500),
             ("Quỹ đầu tư phát triển của hợp tác xã", 200)],
        life=10, loan=[500, 380, 250], rate=0.08, sell=0.06, tax=0.015, other=50,
        pack_label="Chai, can, nắp, hộp giấy"),
    "ft06": dict(
        products=[("Mật ong rừng, chai 500 g", "chai", 0.5, 290000, 12000, [1400, 1500, 1600]),
                  ("Mật ong nội, chai 500 g", "chai", 0.5, 200000, 12000, [1800, 2000, 2200]),
                  ("Sáp ong vàng, bánh 250 g", "bánh", 0.25, 65000, 2000, [160, 180, 200])],
        hist=[(100, 1350, 400000, 120), (110, 1450, 420000, 140), (120, 1550, 440000, 160)],
        seasons=[("Hoa keo", "tháng 5 – 7", "đồi keo thôn Khe Tre", 3, 2),
                 ("Hoa rừng (hoa chân chim, bạc thau, dẻ)", "tháng 10 – 12", "ven rừng thôn Rào Mây", 2, 0.5)],
        hives=[130, 140, 150],
        buy=[("Hộ nuôi ong thôn Khe Tre", 2, 25, 6), ("Hộ nuôi ong thôn Rào Mây", 1, 15, 6)],
        raws=[("Mật ong thô", "kg", 180000, {1: 1.05}, "honey"),
              ("Mật ong rừng thô", "kg", 230000, {0: 1.08}, ("buy", 900)),
              ("Sáp ong thô", "kg", 0, {2: 1.2}, ("hive", 0.5))],
        care=450000, care_label="Chăm sóc đàn ong nội của hộ",
        buy_label="Mật ong nội thô mua của hộ trong thôn",
        cap=(40, 100),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 6, 12), ("Con trai chủ hộ, chăm sóc ong, quay mật", [1, 1, 1], 5.5, 12),
               ("Đóng chai, bán hàng", [1, 1, 1], 5, 12), ("Lao động thời vụ", [1, 1, 2], 4.5, 3)],
        energy=4000,
        inv=[("Máy hạ thủy phần 20 kg/mẻ", 48, True), ("Phòng lọc, đóng chai 20 m²", 60, True),
             ("Nồi nấu sáp, khuôn inox", 12, True), ("Thùng ong nội mới", 20, True),
             ("Nhà kho, phòng giới thiệu sản phẩm 30 m²", 150, True),
             ("Chai, hộp, tem QR đợt đầu", 20, False), ("Vốn lưu động mua mật rừng", 90, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.05, tax=0.01, other=10,
        pack_label="Chai, hộp, nhãn, tem QR"),
    "ft07": dict(
        products=[("Mật ong hoa vải, chai 500 g", "chai", 0.5, 170000, 11000, [10000, 11000, 11800]),
                  ("Mật ong hoa nhãn, chai 500 g", "chai", 0.5, 185000, 11000, [14000, 15400, 16400]),
                  ("Mật ong hoa keo, chai 1 kg", "chai", 1, 230000, 15000, [6000, 6600, 7100]),
                  ("Mật ong hoa keo, can 5 kg", "can", 5, 550000, 30000, [1600, 1760, 1880])],
        hist=[(520, 20000, 260000, 1120), (550, 21600, 265000, 1240), (580, 23000, 270000, 1350)],
        seasons=[("Hoa vải", "tháng 2 – 3", "Lục Ngạn, Tân Yên (Bắc Giang cũ)", 2, 5),
                 ("Hoa nhãn", "tháng 3 – 5", "Khoái Châu, Kim Động (Hưng Yên)", 3, 5),
                 ("Hoa keo", "tháng 6 – 9", "đồi keo Hương Khê, Hương Đô", 3, 5)],
        hives=[600, 640, 680],
        buy=[("Nhóm hộ nuôi ong Phúc Trạch", 6, 120, 20), ("Nhóm hộ nuôi ong Hương Trà", 8, 155, 20)],
        buy_col="Nhóm hộ liên kết",
        raws=[("Mật ong thô", "kg", 105000, {0: 1.05, 1: 1.05, 2: 1.05, 3: 1.05}, "honey")],
        care=1500000, care_label="Chăm sóc, di chuyển đàn ong theo mùa hoa",
        cap=(140, 200),
        roles=[("Giám đốc, kế toán, hành chính", [3, 3, 3], 11, 12),
               ("Kỹ thuật, chăm sóc và di chuyển đàn ong", [10, 11, 12], 8, 12),
               ("Chế biến, đóng chai", [4, 4, 4], 7, 12), ("Bán hàng, giao hàng", [4, 4, 4], 7.5, 12)],
        energy=4000,
        inv=[("Thùng ong, cầu, chúa giống cho đàn chia", 240, True), ("Xe tải 5 tấn chở đàn ong", 950, True),
             ("Cửa hàng giới thiệu sản phẩm tại Hà Tĩnh", 350, True), ("Kho chứa mật thô, bồn inox", 260, True),
             ("Chai, hộp quà đợt đầu, kiểm nghiệm", 120, False), ("Vốn lưu động", 780, False)],
        src=[("Vốn chủ sở hữu", 1500), ("Vay Ngân hàng thương mại", 1200)],
        life=10, loan=[1200, 900, 600], rate=0.09, sell=0.08, tax=0.015, other=180,
        pack_label="Chai, can, hộp quà, nhãn, tem QR"),
    "ft08": dict(
        products=[("Phấn hoa khô, hũ 200 g", "hũ", 0.2, 80000, 5000, [3000, 3300, 3600]),
                  ("Mật ong hoa keo, chai 500 g", "chai", 0.5, 140000, 10000, [7000, 7600, 8200]),
                  ("Mật ong hoa tràm, can 2 kg", "can", 2, 360000, 20000, [800, 880, 960])],
        hist=[(200, 4300, 270000, 200), (215, 4800, 275000, 232), (230, 5200, 280000, 260)],
        seasons=[("Hoa keo", "tháng 5 – 8", "đồi keo thôn Bàu Sen", 3, 4),
                 ("Hoa tràm", "tháng 9 – 11", "rừng trồng ven đập Khe Lang", 2, 4)],
        hives=[240, 250, 260],
        buy=[("Hộ nuôi ong thôn Đồng Mới", 2, 40, 15), ("Hộ nuôi ong thôn Bàu Sen", 1, 20, 15),
             ("Hộ nuôi ong thôn Hà Thanh", 2, 30, 15)],
        raws=[("Mật ong thô", "kg", 100000, {1: 1.05, 2: 1.05}, "honey"),
              ("Phấn hoa tươi", "kg", 0, {0: 1.25}, ("hive", 4))],
        care=1100000, care_label="Chăm sóc đàn ong của các hộ trong nhóm",
        cap=(80, 120),
        roles=[("Nhóm trưởng, thủ quỹ", [2, 2, 2], 6, 12), ("Chăm sóc ong, quay mật, lấy phấn", [4, 4, 4], 5.5, 12),
               ("Sấy phấn, đóng chai, bán hàng", [2, 2, 3], 5, 12)],
        energy=6000,
        inv=[("Máy sấy phấn hoa bơm nhiệt 30 kg/mẻ", 95, True), ("Máy hạ thủy phần 40 kg/mẻ", 120, True),
             ("Cửa lấy phấn, thùng ong mới", 45, True), ("Phòng đóng gói chung 30 m²", 90, True),
             ("Bao bì, kiểm nghiệm", 30, False), ("Vốn lưu động", 120, False)],
        src=[("Góp vốn của 9 hộ", 300), ("Vay quỹ tín dụng Hội Nông dân", 200)],
        life=8, loan=[200, 140, 80], rate=0.07, sell=0.05, tax=0.01, other=25,
        pack_label="Hũ, chai, can, nhãn"),
    "ft09": dict(
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 185000, 11000, [4400, 4800, 5200]),
                  ("Mật ong hoa tràm, chai 500 g", "chai", 0.5, 200000, 11000, [2400, 2600, 2800]),
                  ("Mật ong ngâm gừng, lọ 350 g", "lọ", 0.35, 125000, 9000, [4000, 4600, 5200])],
        hist=[(130, 4000, 320000, 190), (140, 4300, 325000, 215), (150, 4600, 330000, 240)],
        seasons=[("Hoa keo", "tháng 5 – 8", "đồi keo xã Kỳ Tân", 3, 4),
                 ("Hoa tràm", "tháng 9 – 11", "rừng phòng hộ ven biển Kỳ Ninh", 2, 3)],
        hives=[150, 160, 170],
        buy=[("Thành viên thôn Tân Hòa", 6, 70, 15), ("Thành viên thôn Tân Phú", 5, 60, 15),
             ("Thành viên thôn Tân Lợi", 5, 70, 15)],
        buy_col="Thành viên góp mật",
        raws=[("Mật ong thô", "kg", 110000, {0: 1.05, 1: 1.05, 2: 0.8}, "honey"),
              ("Gừng tươi", "kg", 35000, {2: 0.25}, ("buy", 600))],
        care=1100000, care_label="Chăm sóc đàn ong trại của hợp tác xã",
        buy_label="Mật ong thô mua của thành viên",
        cap=(80, 150),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 7, 12), ("Kỹ thuật trại ong", [2, 2, 2], 6.5, 12),
               ("Chế biến, đóng chai, đóng lọ", [3, 3, 4], 6, 12), ("Bán hàng", [2, 2, 2], 6.5, 12)],
        energy=5000,
        inv=[("Xưởng chế biến một chiều 80 m²", 360, True), ("Máy hạ thủy phần 40 kg/mẻ", 130, True),
             ("Máy thái gừng, nồi hấp lọ, bàn inox", 70, True), ("Máy chiết rót, đóng nắp", 90, True),
             ("Thùng ong, cầu chia đàn", 50, True), ("Bao bì, kiểm nghiệm, tem QR", 60, False),
             ("Vốn lưu động", 490, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450),
             ("Quỹ đầu tư phát triển của hợp tác xã", 300)],
        src_planted=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 330, 210], rate=0.08, sell=0.06, tax=0.015, other=40,
        pack_label="Chai, lọ, nắp, nhãn, tem QR"),
    "ft10": dict(
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 140000, 10000, [18000, 38000, 40000]),
                  ("Mật ong hoa tràm, chai 500 g", "chai", 0.5, 160000, 10000, [8000, 17000, 18400]),
                  ("Mật ong hoa keo, can 5 kg", "can", 5, 600000, 28000, [1000, 2100, 2240]),
                  ("Phấn hoa khô, hũ 250 g", "hũ", 0.25, 100000, 8000, [1600, 3400, 3600])],
        hist=[(600, 14000, 270000, 690), (625, 15000, 275000, 760), (650, 16000, 280000, 830)],
        seasons=[("Hoa keo", "tháng 5 – 8", "đồi keo các xã phía tây", 3, 6),
                 ("Hoa tràm", "tháng 9 – 11", "rừng trồng ven biển", 2, 5)],
        hives=[660, 670, 680],
        buy=[("Hộ liên kết Đức Lĩnh", 20, 380, 20), ("Hộ liên kết Đức Bồng", 18, 340, 20),
             ("Hộ liên kết Đức Hương", 17, 300, 20), ("Hộ liên kết Hương Minh", 12, 230, 20)],
        buy_scale=(0.1, 1, 1),
        raws=[("Mật ong thô", "kg", 100000, {0: 1.05, 1: 1.05, 2: 1.05}, "honey"),
              ("Phấn hoa tươi", "kg", 0, {3: 1.25}, ("hive", 2))],
        care=1300000, care_label="Chăm sóc, di chuyển đàn ong của công ty",
        cap=(250, 200),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 11, 12), ("Kỹ thuật, chăm sóc đàn ong", [6, 6, 6], 8, 12),
               ("Chế biến, đóng chai", [4, 4, 4], 7, 12), ("Bán hàng, kho", [2, 2, 2], 7.5, 12)],
        energy=4000,
        inv=[("Máy hạ thủy phần chân không 250 kg/mẻ", 520, True), ("Bồn lắng, bồn chứa inox", 160, True),
             ("Máy chiết rót, đóng nắp", 180, True), ("Thùng ong, cầu chia đàn", 40, True),
             ("Bao bì, kiểm nghiệm", 60, False), ("Vốn lưu động", 640, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 500, 300], rate=0.09, sell=0.07, tax=0.015, other=120,
        pack_label="Chai, can, hũ, nhãn"),
}


# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "ft05": {"shortfall": True},                        # need 9.240 / 10.290 kg raw honey vs 8.640 / 8.730 supply
    "ft06": {"rev_line": (0, 1, 1.12)},                 # 2028 forest-honey revenue line x 1,12, total follows
    "ft07": {"over_capacity": True, "cost_total": (2, 0.90)},  # 30.030 / 32.130 kg vs 140 x 200; 2029 cost total -10 %
    "ft08": {"profit": (1, 1.30)},                      # 2028 profit x 1,30 in the summary
    "ft09": {"src_total": True, "payback": 1.2},        # sources 950 vs investment 1.250; payback 1,2 years
    "ft10": {"growth": True},                           # output x2,1 in 2028, same staff, no channel
}
READY = ("ft01", "ft02", "ft03", "ft04")
STEMS = {
    "ft01": "ft01_mat_ong_khe_den_hkd",
    "ft02": "ft02_mat_ong_ngan_pho_ctcp",
    "ft03": "ft03_mat_ong_nhan_vai_cam_hoa_htx",
    "ft04": "ft04_mat_ong_chanh_gung_thach_xuan_tht",
    "ft05": "ft05_mat_ong_keo_tram_ky_thuong_htx",
    "ft06": "ft06_mat_ong_rung_rao_may_hkd",
    "ft07": "ft07_mat_ong_nhan_vai_thien_phuc_cty",
    "ft08": "ft08_phan_hoa_mat_ong_bau_sen_nhom_ho",
    "ft09": "ft09_mat_ong_ngam_gung_tan_lam_htx",
    "ft10": "ft10_mat_ong_keo_tram_duc_linh_cty",
    "ft11": "ft11_mat_ong_noi_son_le_so_sai",
    "ft12": "ft12_mat_ong_sap_ong_ke_go_so_sai",
}


# --------------------------------------------------------------------------- the model
def _rsum(xs):
    return [sum(x[y] for x in xs) for y in Y]


def model(k: str, planted: bool = True) -> dict:
    """Every figure of plan k; with planted=True the planted numeric defects are applied the way
    the plan's author carried them on (what the plan prints), else the true values."""
    c = PLANS[k]
    P = PLANTED.get(k, {}) if planted else {}
    m: dict = {}
    prods = c["products"]
    m["kg_lines"] = [[p[5][y] * p[2] for y in Y] for p in prods]
    m["out"] = _rsum(m["kg_lines"])
    m["rev_lines"] = [[p[5][y] * p[3] / 1e6 for y in Y] for p in prods]
    if "rev_line" in P:
        i, y, f = P["rev_line"]
        m["rev_lines"][i][y] = round(m["rev_lines"][i][y] * f, 1)
    m["rev"] = _rsum(m["rev_lines"])
    m["hist_rev"] = [h[1] * h[2] / 1e6 for h in c["hist"]]
    m["season_kg"] = [s[3] * s[4] for s in c["seasons"]]
    m["yield"] = sum(m["season_kg"])
    m["hives"] = list(c["hives"])
    m["own"] = [h * m["yield"] for h in m["hives"]]
    m["buy_rows"] = [b[2] * b[3] for b in c["buy"]]
    m["buy"] = sum(m["buy_rows"])
    m["buy_y"] = [m["buy"] * f for f in c.get("buy_scale", (1, 1, 1))]
    m["buy_house"] = sum(b[1] for b in c["buy"])
    m["buy_hives"] = sum(b[2] for b in c["buy"])
    needs, supply = [], []
    for label, unit, price, norms, sup in c["raws"]:
        need = [sum(prods[i][5][y] * prods[i][2] * n for i, n in norms.items()) for y in Y]
        needs.append(need)
        if sup == "honey":
            supply.append([m["own"][y] + m["buy_y"][y] for y in Y])
        elif sup[0] == "hive":
            supply.append([h * sup[1] for h in m["hives"]])
        else:
            supply.append([sup[1]] * 3)
    m["need"], m["supply"] = needs, supply
    m["cap"] = c["cap"][0] * c["cap"][1]
    m["staff"] = _rsum([r[1] for r in c["roles"]])
    # costs
    lines = []
    lines.append((c.get("care_label", "Chăm sóc đàn ong, di chuyển theo mùa hoa"),
                  [h * c["care"] / 1e6 for h in m["hives"]]))
    bought = [max(0.0, needs[0][y] - m["own"][y]) for y in Y]
    m["bought"] = bought
    lines.append((c.get("buy_label", "Mật ong thô mua của hộ liên kết"),
                  [bought[y] * c["raws"][0][2] / 1e6 for y in Y]))
    for r, (label, unit, price, norms, sup) in enumerate(c["raws"]):
        if r and sup[0] == "buy":
            lines.append((label, [needs[r][y] * price / 1e6 for y in Y]))
    lines.append((c.get("pack_label", "Bao bì, nhãn, tem"),
                  [sum(p[5][y] * p[4] for p in prods) / 1e6 for y in Y]))
    lines.append(("Tiền công lao động", [sum(r[1][y] * r[2] * r[3] for r in c["roles"]) for y in Y]))
    lines.append(("Điện, nước, nhiên liệu", [m["out"][y] * c["energy"] / 1e6 for y in Y]))
    m["fixed"] = sum(x[1] for x in c["inv"] if x[2])
    m["dep"] = m["fixed"] / c["life"]
    lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    lines.append(("Lãi vay", [b * c["rate"] for b in c["loan"]]))
    lines.append(("Chi phí bán hàng, quảng bá", [m["rev"][y] * c["sell"] for y in Y]))
    lines.append(("Thuế, phí", [m["rev"][y] * c["tax"] for y in Y]))
    lines.append((c.get("other_label", "Chi phí quản lý, chi khác"), [c["other"]] * 3))
    m["cost_lines"] = lines
    m["cost"] = _rsum([x[1] for x in lines])
    if "cost_total" in P:
        y, f = P["cost_total"]
        m["cost"][y] = round(m["cost"][y] * f, 1)
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    if "profit" in P:
        y, f = P["profit"]
        m["profit"][y] = round(m["profit"][y] * f, 1)
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["inv"] = sum(x[1] for x in c["inv"])
    src = c.get("src_planted") if "src_total" in P else c["src"]
    m["src"] = src
    m["src_total"] = sum(x[1] for x in src)
    m["avg_profit"] = sum(m["profit"]) / 3
    m["payback"] = m["inv"] / (m["avg_profit"] + m["dep"])
    if "payback" in P:
        m["payback"] = P["payback"]
    return m


# --------------------------------------------------------------------------- reading the plans
_CAP = re.compile(r"^Bảng (\d+)\.\s*(.*)$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap = None
        for line in self.body.splitlines():
            s = line.strip()
            if mm := _CAP.match(s):
                cap = mm.group(2)
                self.tables[cap] = []
            elif s.startswith("|") and cap is not None:
                self.tables[cap].append([x.strip() for x in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT") and cap is not None and self.tables[cap]:
                cap = None

    def table(self, key: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if key.lower() in cap.lower():
                return rows
        self.failures.append(f"table not found: {key}")
        return []

    def trow(self, key: str, label: str, n: int = 3) -> list[float]:
        for r in self.table(key):
            if any(c == label for c in r[:2]):
                nums = [vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x) and x not in (".", ",")]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {key} / {label}")
        return [0.0] * n

    def near(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got:g}, computed {want:g}")

    def nears(self, got, want, what: str) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            self.near(g, w, f"{what} {YEARS[y] if len(got) == 3 else y}")

    def wrong(self, stated: float, true: float, what: str) -> None:
        if not off(stated, true):
            self.failures.append(f"planted {what} not wrong by > 5 %: stated {stated:g}, true {true:g}")


def pfmt(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def check_full(k: str) -> Plan:
    c, p = PLANS[k], Plan(STEMS[k])
    m, t = model(k), model(k, planted=False)
    P = PLANTED.get(k, {})
    # history
    for i, lab in enumerate(("Số thùng ong tự nuôi (cuối năm)", "Sản lượng mật ong và sản phẩm",
                             "Giá bán bình quân", "Doanh thu", "Lợi nhuận")):
        want = [h[i] if i < 3 else (m["hist_rev"][j] if i == 3 else h[3]) for j, h in enumerate(c["hist"])]
        p.nears(p.trow("Kết quả sản xuất", lab), want, f"history {lab}")
    g27 = m["out"][0] / c["hist"][2][1] - 1
    if "growth" not in P:
        p.check(-0.05 <= g27 <= 0.21, f"2027 output {m['out'][0]:g} vs 2026 {c['hist'][2][1]:g}")
    h26 = c["hist"][2][0]
    sup26 = h26 * m["yield"] + m["buy"] + sum(
        (r[4][1] * h26 if r[4][0] == "hive" else r[4][1]) for r in c["raws"][1:])
    p.check(c["hist"][2][1] * 1.05 <= sup26, f"2026 output {c['hist'][2][1]} beyond 2026 supply {sup26:g}")
    # seasons
    for s, kgs in zip(c["seasons"], m["season_kg"]):
        p.near(p.trow("Mùa hoa", s[0], 1)[0], kgs, f"season {s[0]}")
    p.near(p.trow("Mùa hoa", "Cả năm", 1)[0], m["yield"], "kg a hive a year")
    # purchase
    for b, kgs in zip(c["buy"], m["buy_rows"]):
        p.nears(p.trow("cung ứng mật ong", b[0], 4), [b[1], b[2], b[3], kgs], f"purchase {b[0]}")
    tot = p.trow("cung ứng mật ong", "Tổng cộng", 3)
    p.nears(tot, [m["buy_house"], m["buy_hives"], m["buy"]], "purchase total")
    # balance
    p.nears(p.trow("Cân đối", "Số thùng ong tự nuôi (thùng)"), m["hives"], "hives")
    p.nears(p.trow("Cân đối", "Mật ong thô từ đàn tự nuôi (kg)"), m["own"], "own honey")
    p.nears(p.trow("Cân đối", "Mật ong thô cam kết cung ứng theo hợp đồng (kg)"), m["buy_y"], "purchase")
    p.nears(p.trow("Cân đối", "Tổng nguồn mật ong thô (kg)"), m["supply"][0], "honey supply")
    p.nears(p.trow("Cân đối", "Nhu cầu mật ong thô (kg)"), m["need"][0], "honey need")
    if "shortfall" in P:
        for y in (1, 2):
            p.wrong(m["supply"][0][y], m["need"][0][y], f"honey supply {YEARS[y]} (need)")
        p.check(not any(r and r[1].startswith("Chênh lệch") or (len(r) > 1 and r[1].startswith("Còn dư"))
                        for r in p.table("Cân đối")), "shortfall plan shows a difference row")
    else:
        p.nears(p.trow("Cân đối", "Còn dư (kg)"), [m["supply"][0][y] - m["need"][0][y] for y in Y], "surplus")
        for y in Y:
            p.check(m["need"][0][y] <= m["supply"][0][y], f"honey need beyond supply {YEARS[y]}")
    for r, (label, unit, price, norms, sup) in enumerate(c["raws"]):
        if r:
            p.nears(p.trow("Cân đối", f"Nhu cầu {label.lower()} ({unit})"), m["need"][r], f"need {label}")
            p.nears(p.trow("Cân đối", f"Nguồn {label.lower()} ({unit})"), m["supply"][r], f"supply {label}")
            for y in Y:
                p.check(m["need"][r][y] <= m["supply"][r][y], f"{label} need beyond supply {YEARS[y]}")
    # capacity
    p.has(f"{c['cap'][0]} kg mật thô/ngày")
    p.has(plancheck_int(m["cap"]) + " kg")
    if "over_capacity" in P:
        for y in (1, 2):
            p.wrong(m["cap"], m["need"][0][y], f"capacity {YEARS[y]} (raw honey need)")
    else:
        for y in Y:
            p.check(m["need"][0][y] <= m["cap"], f"raw honey need beyond capacity {YEARS[y]}")
    # staff
    for r in c["roles"]:
        p.nears(p.trow("Lao động", r[0]), r[1], f"staff {r[0]}")
    p.nears(p.trow("Lao động", "Tổng cộng"), m["staff"], "staff total")
    # investment and sources
    for lab, v, _ in c["inv"]:
        p.near(p.trow("Tổng vốn đầu tư", lab, 1)[0], v, f"investment {lab}")
    p.near(p.trow("Tổng vốn đầu tư", "Tổng cộng", 1)[0], m["inv"], "investment total")
    for lab, v in m["src"]:
        got = p.trow("Nguồn vốn", lab, 2)
        p.near(got[0], v, f"source {lab}")
        p.near(got[1], v / m["src_total"] * 100, f"source share {lab}")
    p.near(p.trow("Nguồn vốn", "Tổng cộng", 2)[0], m["src_total"], "sources total")
    if "src_total" in P:
        p.wrong(m["src_total"], m["inv"], "sources total (investment)")
    else:
        p.near(m["src_total"], m["inv"], "sources = investment")
    # production
    for prod, kgl in zip(c["products"], m["kg_lines"]):
        p.nears(p.trow("Kế hoạch sản lượng", prod[0]), prod[5], f"packs {prod[0]}")
    p.nears(p.trow("Kế hoạch sản lượng", "Tổng sản lượng quy đổi (kg)"), m["out"], "output kg")
    # revenue
    for i, prod in enumerate(c["products"]):
        lab = f"{prod[0]} ({plancheck_int(prod[3])} đ/{prod[1]})"
        p.nears(p.trow("Doanh thu", lab), m["rev_lines"][i], f"revenue {prod[0]}")
    p.nears(p.trow("Doanh thu", "Tổng doanh thu"), m["rev"], "revenue total")
    if "rev_line" in P:
        i, y, _ = P["rev_line"]
        p.wrong(m["rev_lines"][i][y], t["rev_lines"][i][y], "revenue line")
        p.wrong(m["rev"][y], t["rev"][y], "revenue total")
    # cost
    for (lab, vals) in m["cost_lines"]:
        p.nears(p.trow("Chi phí", lab), vals, f"cost {lab}")
    p.nears(p.trow("Chi phí", "Tổng chi phí"), m["cost"], "cost total")
    if "cost_total" in P:
        y = P["cost_total"][0]
        p.wrong(m["cost"][y], t["cost"][y], f"cost total {YEARS[y]}")
    # summary
    p.nears(p.trow("Tổng hợp", "Doanh thu"), m["rev"], "summary revenue")
    p.nears(p.trow("Tổng hợp", "Tổng chi phí"), m["cost"], "summary cost")
    p.nears(p.trow("Tổng hợp", "Lợi nhuận"), m["profit"], "summary profit")
    p.nears(p.trow("Tổng hợp", "Tỷ suất lợi nhuận/doanh thu (%)"), m["margin"], "margin")
    if "profit" in P:
        y = P["profit"][0]
        p.wrong(m["profit"][y], t["profit"][y], f"profit {YEARS[y]}")
    for y in Y:
        p.check(0 < t["margin"][y] < 40, f"true margin {t['margin'][y]:.1f} % in {YEARS[y]}")
    # payback as printed
    p.has(f"{pfmt(m['payback'])} năm")
    if "payback" in P:
        p.wrong(m["payback"], t["payback"], "payback")
    # growth
    grow = [m["rev"][0] / m["hist_rev"][2] - 1, m["rev"][1] / m["rev"][0] - 1, m["rev"][2] / m["rev"][1] - 1]
    if "growth" in P:
        p.check(m["out"][1] / m["out"][0] > 1.8, "growth defect: 2028 output under x1,8")
    else:
        p.check(max(grow) < 0.31, f"revenue growth {max(grow) * 100:.0f} %")
    # every plan: no placeholder
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def plancheck_int(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


def common_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "15/2018/NĐ-CP")
    p.has("tiêu chuẩn cơ sở", "kết quả thử nghiệm", "truy xuất", "nhãn hiệu", "HMF")
    p.lacks(REPLACED, "replaced instrument or abolished level")
    for d in re.findall(r"[đĐ]ến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        p.check(int(d[1]) >= 2029, f"paper valid only to {d[0]}")


def section(p: Plan, start: str, end: str) -> str:
    """The body text from the heading containing `start` to the next one containing `end`."""
    i = p.body.find(start)
    j = p.body.find(end, i + 1)
    if i < 0 or j < 0:
        p.failures.append(f"section not found: {start!r} .. {end!r}")
        return ""
    return p.body[i:j]


def textual(k: str, p: Plan) -> None:
    """The textual defects (absence or presence of their words) and the facts the notes rely on."""
    b = p.body
    if k in ("ft01", "ft02", "ft03"):  # the linked households commit up to X; the plan buys at least a share
        share = {"ft01": 60, "ft02": 70, "ft03": 70}[k]
        m = model(k)
        took = [m["bought"][y] / m["buy"] * 100 for y in Y]
        p.has(f"không dưới {share} %")
        p.check(min(took) >= share, f"{k} buys only {min(took):.0f} % of the committed honey")
        if k == "ft02":
            p.has(f"({round(min(took))} – {round(max(took))} % lượng cam kết)")
    if k == "ft05":  # no-label-plan, outdated-policy, shortfall claimed away
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|\bQR\b", "label word in ft05")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Kỳ Anh",
              "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Kỳ Anh", "đáp ứng đủ nhu cầu")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP decision in ft05")
        p.check(p.count("tháng 10 năm 2026") == 1, "ft05 date")
    if k == "ft06":  # no-product-standard, figure-inconsistent
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|TCVN|QCVN|Codex|chỉ tiêu chất lượng|HMF",
                "standard or test in ft06")
        p.has(f"có {PLANS[k]['hist'][2][0]} thùng ong nội", "đàn ong nội 200 thùng")
    if k == "ft07":  # no-trademark, capacity claimed enough
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|độc quyền", "trademark word in ft07")
        p.has("Thiết bị hiện có đáp ứng kế hoạch sản xuất đến năm 2029",
              "không đầu tư thêm thiết bị chế biến")
        p.check(not any("hạ thủy phần" in x[0] for x in PLANS[k]["inv"]), "ft07 invests in a dehumidifier")
    if k == "ft08":  # no-business-registration, no-quality-control
        p.lacks(r"đăng ký kinh doanh|mã số thuế|hộ kinh doanh|hợp tác xã|tổ hợp tác|doanh nghiệp|"
                r"giấy chứng nhận đăng ký (?!nhãn)|đăng ký thành lập", "registration in ft08")
        p.has("chưa đăng ký với cơ quan nào", "tài khoản cá nhân của nhóm trưởng")
        p.lacks(r"truy xuất|nhật ký|\bQR\b|\blô\b|lưu mẫu|kiểm soát|\btem\b|mã vạch|ghi sổ",
                "quality control in ft08")
        p.has("OCOP 3 sao")
    if k == "ft09":  # name-inconsistent
        p.check(p.count("Hợp tác xã Ong mật Hoa Sơn") == 2, "ft09: the other cooperative named twice")
        p.check(p.count("Hợp tác xã Nông nghiệp Dịch vụ Tân Lâm") >= 3, "ft09: own name")
        p.has("bảo đảm đủ cho tổng mức đầu tư", "khoảng 1,2 năm")
    if k == "ft10":  # no-sales-channel, no-food-safety, growth
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|HACCP|ISO", "food safety in ft10")
        p.lacks(r"siêu thị|đại lý|cửa hàng|sàn thương mại|trực tuyến|khách|phân phối|xuất khẩu|chợ|"
                r"điểm bán|Facebook|Zalo|hội chợ", "channel or customer in ft10")
        mk = section(p, "Phần VII. Thị trường", "Phần VIII.")
        p.check(not re.search(r"\d", mk), "ft10 market part has a figure")
        p.has("giữ nguyên bộ máy và số lao động", "thị trường mật ong trong nước còn rất lớn")
        p.check(all(len(set(r[1])) == 1 for r in PLANS[k]["roles"]), "ft10 staff grows")


SKETCHY = {
    "ft11": ("25 thùng ong", "400 kg", "300.000 đồng/lít", "60 triệu đồng", "120 triệu đồng"),
    "ft12": ("6 hộ", "40 thùng ong", "1.200 kg", "250.000 đồng/kg", "200 triệu đồng"),
}


def check_sketchy(k: str) -> Plan:
    p = Plan(STEMS[k])
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 320, f"sketchy plan of {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*SKETCHY[k])
    p.lacks(r"đăng ký kinh doanh|an toàn thực phẩm|tiêu chuẩn|nhãn hiệu|43/2017|truy xuất|môi trường",
            "paper in a sketchy plan")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def main() -> int:
    plans, missing = [], 0
    for k in sorted(STEMS):
        if not (Plan.src / f"{STEMS[k]}.md").exists():
            print(f"MISS {STEMS[k]}")
            missing += 1
            continue
        if k in PLANS:
            p = check_full(k)
            if k in READY:
                common_ready(p)
            textual(k, p)
        else:
            p = check_sketchy(k)
        plans.append(p)
    return plancheck.report(plans) or (1 if missing else 0)


if __name__ == "__main__":
    sys.exit(main())
