"""The 158th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout158/arithmetic.py

Theme: upgrade plans. Every full plan (fc01-fc10) belongs to a producer whose product already holds
a 3-star OCOP certificate and who plans to be re-rated at 4 stars. The constants give the earlier
results (2024-2026 output, average price and cost; the part A / B / C scores of the last rating and
the scores aimed at), the new product line (pack size in the plan's base unit, price, pack cost,
packs per year), the raw materials with their norms and prices and the contracted supply of the main
one, equipment capacity, staff by role and wage, energy rate, investment items and capital
sources, the depreciation of the assets already held, loan balances, selling / tax shares and a
fixed line. From them this script recomputes: history revenue = output x average price and profit =
revenue - cost; the score totals and their star class (50-69: 3 stars, 70-89: 4 stars); output =
sum of packs x size; raw-material need = output x norm against the supply; output against
capacity; staff by role; investment items and sources; every revenue line (packs x price); every
cost line; the cost total; profit = revenue - cost; margin; growth; payback = investment / (average
profit + depreciation of the new assets). Each figure is read back from the plan's source (tables
found by their caption "Bảng N. ...") and compared: planted numeric defects must be wrong by more
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
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|Hội đồng .{0,25}huyện|cấp huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output in base units, average price đ per base unit, cost triệu) for 2024, 2025, 2026
# score_old / score_new: points of parts A (max 40), B (max 25), C (max 35)
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# supply: (source, quantity a year in the first raw's unit)
# cap: (a, b) with capacity = a x b base units a year
# roles: (label, staff 2027-2029); wage triệu a month; energy đ per base unit
# inv: (label, triệu, fixed?); src: (label, triệu); dep_old: depreciation of assets held, triệu a year
# life: years over which the new fixed assets depreciate; loan: balance per year (triệu), rate
# sell, tax: shares of revenue; other: fixed line (triệu a year)
PLANS: dict[str, dict] = {
    "fc01": dict(
        unit="lít",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 90000, 14000,
                   [24000, 27000, 30000]),
                  ("Nước mắm cá cơm 30 độ đạm, chai PET 1 lít", "chai", 1.0, 80000, 8000, [12000, 13000, 14000]),
                  ("Hộp quà 2 chai thủy tinh 250 ml, 40 độ đạm", "hộp", 0.5, 140000, 32000, [3000, 3600, 4200])],
        hist=[(21000, 122000, 2330), (22500, 126000, 2570), (23500, 130000, 2760)],
        score_old=(24, 15, 21), score_new=(30, 19, 25),
        raws=[("Cá cơm tươi", "kg", 2.2, 17000), ("Muối hạt sạch", "kg", 0.7, 4000)],
        supply=[("Tổ đoàn kết nghề cá Nhượng Bắc (7 thuyền)", 30000),
                ("Tổ đoàn kết nghề cá Hải Hà (5 thuyền)", 24000),
                ("Thuyền lưới vây của công ty", 18000)],
        cap=(40, 850),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp, kéo rút", [4, 4, 5]),
               ("Lọc, chiết chai, dán nhãn", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=7.5, energy=3000,
        inv=[("10 bể chượp composite 2.000 lít", 160, True),
             ("Hệ thống lọc tinh, máy chiết rót và đóng nắp", 360, True),
             ("Cải tạo nhà lọc và kho thành phẩm", 180, True),
             ("Thu gom nước rửa, bể lắng và chụp hút mùi chượp", 110, True),
             ("Thiết kế bao bì, hộp quà, tem truy xuất QR", 60, False),
             ("Kiểm nghiệm, sửa đổi tiêu chuẩn cơ sở, câu chuyện sản phẩm", 40, False),
             ("Vốn lưu động", 290, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng TMCP Công thương, chi nhánh Hà Tĩnh", 500)],
        dep_old=70, life=10, loan=[500, 350, 200], rate=0.085, sell=0.06, tax=0.015, other=160,
        other_label="Quản lý, xúc tiến thương mại, chi khác"),
    "fc02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai thủy tinh 500 g", "chai", 0.5, 220000, 12000, [6000, 6600, 7200]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1.0, 400000, 15000, [2400, 2600, 2800]),
                  ("Hộp quà mật ong 2 chai 250 g", "hộp", 0.5, 280000, 35000, [1200, 1500, 1800])],
        hist=[(4800, 380000, 1640), (5200, 390000, 1830), (5500, 400000, 1975)],
        score_old=(25, 14, 22), score_new=(30, 18, 26),
        raws=[("Mật ong thô", "kg", 1.08, 190000)],
        supply=[("38 hộ thành viên: 560 đàn × 14 kg/đàn", 7840),
                ("22 hộ liên kết: 120 đàn × 12 kg/đàn", 1440)],
        cap=(50, 200),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kỹ thuật nuôi ong, thu mua", [1, 1, 1]),
               ("Hạ thủy phần, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=6.5, energy=5000,
        inv=[("Máy hạ thủy phần mật ong 50 kg/mẻ", 180, True), ("Phòng chiết rót 30 m² và kho mát", 220, True),
             ("Máy chiết rót định lượng, máy đóng nắp", 90, True),
             ("Thiết kế hộp quà, chai mới, tem truy xuất", 50, False),
             ("Kiểm nghiệm định kỳ, tiêu chuẩn cơ sở, câu chuyện sản phẩm", 40, False),
             ("Vốn lưu động (thu mua mật vụ hoa)", 320, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        dep_old=35, life=10, loan=[450, 300, 150], rate=0.08, sell=0.06, tax=0.015, other=120),
    "fc03": dict(
        unit="kg",
        products=[("Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 6000, [11000, 12500, 14000]),
                  ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 75000, 3000, [3400, 3600, 3800]),
                  ("Chè vằng khô, hộp quà 300 g", "hộp", 0.3, 80000, 10000, [1000, 1200, 1400])],
        hist=[(2000, 280000, 470), (2150, 285000, 515), (2300, 292000, 560)],
        score_old=(23, 14, 20), score_new=(29, 18, 24),
        raws=[("Cành lá chè vằng tươi", "kg", 4, 7000)],
        supply=[("Vườn chè vằng của hộ, 1,2 ha", 6000), ("Hợp đồng thu mua với 16 hộ thôn Bình Sơn", 5000),
                ("Tổ hợp tác chè vằng Khe Dọc", 3000)],
        cap=(15, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, sấy", [2, 2, 2]), ("Nghiền, đóng túi lọc, đóng gói", [1, 1, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=10000,
        inv=[("Máy đóng túi lọc tự động", 180, True), ("Máy sấy bơm nhiệt 150 kg/mẻ", 120, True),
             ("Cải tạo phòng đóng gói một chiều 40 m²", 90, True),
             ("Thiết kế hộp túi lọc, hộp quà, tem QR", 40, False),
             ("Kiểm nghiệm, tiêu chuẩn cơ sở, tự công bố sản phẩm mới", 30, False),
             ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        dep_old=20, life=8, loan=[250, 180, 100], rate=0.066, sell=0.05, tax=0.015, other=30),
    "fc04": dict(
        unit="sản phẩm",
        products=[("Khay trà gỗ xoan đào khắc hoa văn", "chiếc", 1, 650000, 25000, [1800, 2000, 2200]),
                  ("Hộp đựng trà gỗ sồi khắc laser", "hộp", 1, 280000, 12000, [3000, 3400, 3800]),
                  ("Tranh gỗ khắc cảnh Hà Tĩnh 40 × 60 cm", "bức", 1, 950000, 40000, [600, 700, 800])],
        hist=[(4600, 440000, 1700), (4800, 450000, 1820), (5000, 460000, 1930)],
        score_old=(26, 14, 21), score_new=(31, 18, 25),
        raws=[("Gỗ xẻ xoan đào, sồi có hồ sơ lâm sản hợp pháp", "m³", 0.008, 14000000),
              ("Sơn PU gốc nước, dầu lau gỗ", "lít", 0.06, 120000)],
        supply=[("Hợp đồng với Công ty Lâm nghiệp Hồng Lĩnh Xanh", 40), ("Xưởng xẻ gỗ rừng trồng Đức Thịnh", 20)],
        cap=(24, 300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thợ mộc, tạo hình", [4, 4, 5]), ("Khắc laser, chạm tay", [3, 3, 3]),
               ("Sơn, hoàn thiện, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=7.0, energy=6000,
        inv=[("Máy khắc laser CO2 khổ lớn", 220, True), ("Máy chà nhám, máy phay CNC mini", 260, True),
             ("Hệ thống hút bụi túi vải và buồng sơn màng nước", 180, True),
             ("Mở rộng kho gỗ, sấy gỗ 60 m²", 150, True),
             ("Thiết kế mẫu mới, bao bì, tem QR", 60, False),
             ("Thử nghiệm, tiêu chuẩn cơ sở, câu chuyện sản phẩm", 30, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 500)],
        dep_old=60, life=10, loan=[500, 350, 200], rate=0.09, sell=0.06, tax=0.015, other=90),
    "fc05": dict(
        unit="kg",
        products=[("Bánh đa vừng đen nướng sẵn, túi 10 chiếc (400 g)", "túi", 0.4, 40000, 2500, [30000, 33000, 36000]),
                  ("Bánh đa vừng đen chưa nướng, túi 20 chiếc (1 kg)", "túi", 1.0, 70000, 3000, [8000, 8500, 9000]),
                  ("Hộp quà bánh đa vừng mini nướng, 300 g", "hộp", 0.3, 55000, 9000, [4000, 4500, 5000])],
        hist=[(18000, 85000, 1390), (19000, 87000, 1490), (20000, 89000, 1600)],
        score_old=(24, 13, 20), score_new=(29, 18, 24),
        raws=[("Gạo tẻ", "kg", 0.8, 16000), ("Vừng đen", "kg", 0.08, 70000), ("Gừng, muối, đường", "kg", 0.03, 30000)],
        supply=[("Gạo của 40 hộ thành viên (hợp đồng liên kết)", 15000), ("Đại lý lương thực Minh Phát", 8000)],
        cap=(95, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Xay bột, tráng bánh", [5, 5, 5]), ("Phơi, nướng, đóng gói", [3, 3, 4]),
               ("Bán hàng", [2, 2, 2])],
        wage=5.5, energy=4000,
        inv=[("Lò tráng bánh hơi nước bán tự động", 220, True), ("Máy nướng bánh hồng ngoại băng tải", 180, True),
             ("Nhà phơi bánh có mái che, lưới chắn côn trùng 120 m²", 150, True),
             ("Máy đóng gói, máy hàn miệng túi", 70, True),
             ("Thiết kế túi, hộp quà mới", 40, False), ("Kiểm nghiệm, câu chuyện sản phẩm", 25, False),
             ("Vốn lưu động", 215, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        dep_old=40, life=10, loan=[400, 300, 200], rate=0.08, sell=0.05, tax=0.01, other=70,
        pack_label="Bao bì (túi, hộp, thùng carton)"),
    "fc06": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng 35 độ, chai thủy tinh 500 ml", "chai", 0.5, 150000, 12000, [14000, 16000, 18000]),
                  ("Rượu nếp cái 30 độ, can 2 lít", "can", 2.0, 260000, 8000, [2500, 2800, 3000]),
                  ("Hộp quà rượu nếp 2 chai 350 ml", "hộp", 0.7, 380000, 45000, [1000, 1200, 1500])],
        hist=[(10500, 210000, 2000), (11200, 218000, 2210), (11800, 225000, 2390)],
        score_old=(23, 14, 21), score_new=(29, 18, 25),
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.6, 28000), ("Men lá", "kg", 0.02, 150000)],
        supply=[("Ruộng nếp của hộ, 2,5 ha", 9000), ("Tổ hợp tác lúa nếp thôn Tân Hải", 12000),
                ("Đại lý gạo Phúc Hưng", 6000)],
        cap=(44, 300),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu cơm, ủ men, chưng cất", [2, 2, 2]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=6000,
        inv=[("Hệ thống lọc khử an-đê-hít và lọc tinh", 160, True), ("Máy chiết rót, đóng nút chai", 90, True),
             ("20 chum sành hạ thổ và kho ủ rượu 40 m²", 150, True),
             ("Bể chứa bỗng rượu có nắp, bể lắng nước rửa", 60, True),
             ("Thiết kế chai, hộp quà, tem truy xuất", 50, False), ("Kiểm nghiệm, câu chuyện sản phẩm", 30, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 300)],
        dep_old=35, life=10, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.40, other=60,
        tax_label="Thuế tiêu thụ đặc biệt và thuế khác"),
    "fc07": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng nguyên chất, hũ thủy tinh 250 g", "hũ", 0.25, 220000, 12000, [3200, 3800, 4400]),
                  ("Tinh bột nghệ vàng, túi zip 500 g", "túi", 0.5, 400000, 5000, [900, 1000, 1100]),
                  ("Tinh bột nghệ đỏ, hũ 100 g", "hũ", 0.1, 110000, 8000, [2000, 2400, 2800])],
        hist=[(1150, 720000, 640), (1250, 750000, 735), (1350, 780000, 840)],
        score_old=(24, 14, 22), score_new=(30, 18, 26),
        raws=[("Củ nghệ tươi", "kg", 25, 6000)],
        supply=[("Vùng nghệ của công ty: 1,2 ha × 18 tấn/ha", 21600),
                ("Hợp đồng bao tiêu với 24 hộ thôn Khe Cò", 18000)],
        cap=(8, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rửa, nghiền, lọc, lắng", [2, 2, 3]), ("Sấy, đóng hũ", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=20000,
        inv=[("Máy nghiền ly tâm và bể lắng inox", 160, True), ("Máy sấy lạnh 30 kg/mẻ", 240, True),
             ("Phòng đóng hũ khép kín 30 m²", 110, True), ("Máy định lượng, đóng hũ, co màng", 80, True),
             ("Thiết kế hũ, túi, tem truy xuất", 40, False), ("Câu chuyện sản phẩm, quảng bá", 30, False),
             ("Vốn lưu động", 240, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng TMCP Ngoại thương", 400)],
        dep_old=30, life=10, loan=[400, 300, 200], rate=0.085, sell=0.06, tax=0.015, other=40),
    "fc08": dict(
        unit="kg",
        products=[("Chè búp xanh sao khô, túi 200 g", "túi", 0.2, 60000, 2500, [9000, 18000, 23000]),
                  ("Chè búp xanh, hộp giấy 500 g", "hộp", 0.5, 140000, 8000, [2400, 4800, 6200]),
                  ("Chè búp đặc biệt, hộp quà 2 túi 100 g", "hộp", 0.2, 120000, 20000, [1000, 2000, 2600])],
        hist=[(2700, 270000, 650), (2850, 275000, 700), (3000, 280000, 745)],
        score_old=(22, 13, 20), score_new=(28, 18, 24),
        raws=[("Búp chè tươi (một tôm hai lá)", "kg", 4.5, 11000)],
        supply=[("Đồi chè của 12 tổ viên, 7,5 ha", 39000)],
        cap=(40, 250),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, héo, sao, vò chè", [5, 5, 5]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, energy=15000,
        inv=[("Máy sao chè quay điện 40 kg/ngày", 120, True), ("Máy vò chè, máy hút chân không", 80, True),
             ("Cải tạo xưởng chế biến 60 m²", 100, True),
             ("Thiết kế túi, hộp quà mới", 30, False), ("Kiểm nghiệm, tự công bố", 20, False),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        dep_old=15, life=8, loan=[200, 140, 80], rate=0.066, sell=0.05, tax=0.01, other=30),
    "fc09": dict(
        unit="sản phẩm",
        products=[("Chiếu cói in hoa 1,6 × 2 m", "chiếc", 1, 380000, 15000, [3000, 3300, 3600]),
                  ("Chiếu cói trơn dệt máy 1,2 × 1,9 m", "chiếc", 1, 220000, 8000, [2500, 2700, 2900]),
                  ("Túi xách cói thêu tay", "chiếc", 1, 160000, 5000, [3000, 3500, 4000]),
                  ("Bộ 3 giỏ cói đựng quà", "bộ", 1, 190000, 6000, [1500, 1800, 2100])],
        hist=[(8800, 215000, 1700), (9200, 220000, 1820), (9500, 225000, 1930)],
        score_old=(25, 13, 20), score_new=(30, 18, 24),
        raws=[("Cói khô đã chẻ", "kg", 1.8, 18000), ("Phẩm nhuộm", "kg", 0.02, 250000)],
        supply=[("Vùng cói của 46 hộ thành viên, 9 ha", 18000), ("Tổ hợp tác trồng cói Bãi Bồi", 6000)],
        cap=(45, 290),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Nhuộm, phơi cói", [3, 3, 3]), ("Dệt chiếu", [6, 6, 6]),
               ("Đan túi, giỏ, thêu", [6, 6, 7]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.2, energy=3000,
        inv=[("Hai máy dệt chiếu cải tiến", 260, True), ("Máy in hoa văn chiếu bằng nhiệt", 180, True),
             ("Nhà xưởng dệt và kho 150 m²", 350, True), ("Nồi nhuộm, sân phơi có mái che", 120, True),
             ("Thiết kế mẫu túi, giỏ mới, bao bì, tem", 60, False),
             ("Tiêu chuẩn cơ sở, thử nghiệm, câu chuyện sản phẩm", 30, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        dep_old=50, life=10, loan=[450, 300, 150], rate=0.08, sell=0.05, tax=0.01, other=100),
    "fc10": dict(
        unit="kg",
        products=[("Mực khô loại 1 (8–10 con/kg), túi hút chân không 500 g", "túi", 0.5, 650000, 6000, [3000, 3300, 3600]),
                  ("Mực khô loại 2 (12–15 con/kg), túi hút chân không 500 g", "túi", 0.5, 520000, 6000, [2000, 2200, 2400]),
                  ("Mực khô nướng xé sợi, hộp 200 g", "hộp", 0.2, 230000, 9000, [2500, 3000, 3500])],
        hist=[(2500, 1100000, 2420), (2650, 1120000, 2620), (2800, 1140000, 2820)],
        score_old=(24, 14, 21), score_new=(30, 18, 25),
        raws=[("Mực ống tươi", "kg", 4.5, 135000)],
        supply=[("Tàu HT 91268 TS, chủ tàu Phan Văn Lực", 5200), ("Tàu HT 90715 TS, chủ tàu Trần Đình Sáu", 4600),
                ("Tàu HT 92034 TS, chủ tàu Lê Văn Hòe", 4000), ("Nậu vựa Bích Liên, cảng cá Xuân Hội", 3400)],
        cap=(14, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, phơi, sấy", [4, 4, 4]), ("Nướng, xé sợi, đóng gói", [2, 2, 3]),
               ("Bán hàng", [2, 2, 2])],
        wage=6.5, energy=15000,
        inv=[("Máy sấy nhiệt mặt trời kết hợp bơm nhiệt 200 kg/mẻ", 320, True),
             ("Máy nướng, máy cán xé mực", 140, True), ("Kho lạnh 20 m²", 180, True),
             ("Máy hút chân không, máy đóng hộp", 90, True),
             ("Thiết kế túi, hộp mới", 50, False), ("Câu chuyện sản phẩm, quảng bá", 30, False),
             ("Vốn lưu động", 390, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng TMCP Công thương", 500)],
        dep_old=50, life=10, loan=[500, 350, 200], rate=0.085, sell=0.05, tax=0.015, other=60,
        pack_label="Bao bì (túi hút chân không, hộp)"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fc05": {"rev_line": (0, 1, 1.12)},      # 2028 line of the 400 g bag × 1,12; the total and profit follow
    "fc06": {"over_capacity": True, "payback": 1.2},  # 14.440 / 16.050 l vs 44 l × 300 days; payback 1,2 years
    "fc07": {"shortfall": True},             # fresh turmeric need 42.250 / 48.250 kg vs 39.600 kg, no balance row
    "fc08": {"profit": (2, 1.30), "growth": True},  # 2029 profit × 1,30; output doubles in 2028
    "fc09": {"src_short": True},             # sources 1.050 vs investment 1.250
    "fc10": {"supply_total": 1.10},          # purchase table total row 10 % above its rows
}
READY = ("fc01", "fc02", "fc03", "fc04")
SKETCHY = ("fc11", "fc12")
STEMS = {
    "fc01": "fc01_nuoc_mam_bien_nhuong_cty",
    "fc02": "fc02_mat_ong_khe_lim_htx",
    "fc03": "fc03_tra_che_vang_binh_loc_hkd",
    "fc04": "fc04_do_go_my_nghe_yen_ho_cty",
    "fc05": "fc05_banh_da_vung_trung_loc_htx",
    "fc06": "fc06_ruou_nep_cai_tan_hai_hkd",
    "fc07": "fc07_tinh_bot_nghe_khe_co_cty",
    "fc08": "fc08_che_bup_son_linh_tht",
    "fc09": "fc09_chieu_coi_ho_do_htx",
    "fc10": "fc10_muc_kho_xuan_hoi_cty",
    "fc11": "fc11_banh_ram_so_sai",
    "fc12": "fc12_non_la_so_sai",
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def stars(total: float) -> int:
    return 1 if total < 30 else 2 if total < 50 else 3 if total < 70 else 4 if total < 90 else 5


def model(k: str) -> dict:
    """Every number of plan k, true values and the values the plan prints (planted defects applied)."""
    P, pl = PLANS[k], PLANTED.get(k, {})
    m: dict = {"P": P}
    prods = P["products"]
    m["out"] = [sum(p[5][y] * p[2] for p in prods) for y in range(3)]
    m["rev_lines_true"] = [[r1(p[5][y] * p[3] / 1e6) for y in range(3)] for p in prods]
    lines = [list(x) for x in m["rev_lines_true"]]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        lines[i][y] = r1(lines[i][y] * f)
    m["rev_lines"] = lines
    m["rev_true"] = [r1(sum(x[y] for x in m["rev_lines_true"])) for y in range(3)]
    m["rev"] = [r1(sum(x[y] for x in lines)) for y in range(3)]
    m["hist"] = [dict(out=o, price=p, rev=r1(o * p / 1e6), cost=c, profit=r1(o * p / 1e6 - c))
                 for o, p, c in P["hist"]]
    m["score_old_total"] = sum(P["score_old"])
    m["score_new_total"] = sum(P["score_new"])
    m["need"] = [[r1(m["out"][y] * raw[2]) for y in range(3)] for raw in P["raws"]]
    m["supply"] = sum(q for _, q in P["supply"])
    m["supply_stated"] = m["supply"]
    if "supply_total" in pl:
        m["supply_stated"] = round(m["supply"] * pl["supply_total"], -2)
    m["cap"] = P["cap"][0] * P["cap"][1]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    fixed = sum(v for _, v, f in P["inv"] if f)
    m["fixed"] = fixed
    m["inv_total"] = sum(v for _, v, _ in P["inv"])
    m["src_total"] = sum(v for _, v in P["src"])
    m["dep_new"] = r1(fixed / P["life"])
    m["dep"] = r1(P["dep_old"] + m["dep_new"])
    cost = []
    for i, raw in enumerate(P["raws"]):
        cost.append((f"{raw[0]} ({fmt(raw[3])} đ/{raw[1]})", [r1(m["need"][i][y] * raw[3] / 1e6) for y in range(3)]))
    cost.append((P.get("pack_label", "Bao bì, nhãn, tem"),
                 [r1(sum(p[5][y] * p[4] for p in prods) / 1e6) for y in range(3)]))
    cost.append((f"Tiền công lao động ({fmt(P['wage'])} triệu đồng/người/tháng)",
                 [r1(m["staff"][y] * P["wage"] * 12) for y in range(3)]))
    cost.append(("Điện, nhiên liệu, nước", [r1(m["out"][y] * P["energy"] / 1e6) for y in range(3)]))
    cost.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    cost.append(("Lãi vay", [r1(P["loan"][y] * P["rate"]) for y in range(3)]))
    cost.append(("Bán hàng, vận chuyển, quảng bá", [r1(m["rev"][y] * P["sell"]) for y in range(3)]))
    cost.append((P.get("tax_label", "Thuế, phí"), [r1(m["rev"][y] * P["tax"]) for y in range(3)]))
    cost.append((P.get("other_label", "Quản lý, chi phí khác"), [float(P["other"])] * 3))
    m["cost_lines"] = cost
    m["cost"] = [r1(sum(c[1][y] for c in cost)) for y in range(3)]
    m["profit_true"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["profit"] = list(m["profit_true"])
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["avg_profit_true"] = r1(sum(m["profit_true"]) / 3)
    m["payback_true"] = round(m["inv_total"] / (m["avg_profit"] + m["dep_new"]), 1)
    m["payback"] = pl.get("payback", m["payback_true"])
    return m


def fmt(x: float, dec: int | None = None) -> str:
    """Vietnamese number: dotted thousands, decimal comma; ',0' dropped unless dec is given."""
    if dec is None:
        dec = next(d for d in range(4) if abs(x * 10 ** d - round(x * 10 ** d)) < 1e-6 or d == 3)
    s = f"{x:,.{dec}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


# --------------------------------------------------------------------------- reading the plans
DATES = {"fc01": (2026, 11), "fc02": (2026, 8), "fc03": (2027, 1), "fc04": (2026, 9), "fc05": (2026, 10),
         "fc06": (2027, 2), "fc07": (2026, 7), "fc08": (2026, 12), "fc09": (2026, 9), "fc10": (2027, 3),
         "fc11": (2026, 7), "fc12": (2027, 1)}
NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """Data rows (header and separator dropped) of the table whose caption 'Bảng N. <caption>' starts so."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(rf"Bảng \d+\. {re.escape(caption)}", line.strip()):
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                    j += 1
                return rows[2:]
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3, skip: int = 0) -> list[float]:
        seen = 0
        for r in rows:
            if any(c == label or c.startswith(label) for c in r[:2]):
                vals = [plancheck.vn(c) for c in r[1:] if NUM.match(c)]
                if len(vals) >= n:
                    if seen == skip:
                        return vals[-n:]
                    seen += 1
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got}, computed {want}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted numeric defect: must be off by more than 5 %."""
        if not off(got, true):
            self.failures.append(f"planted {what} not wrong enough: plan {got}, true {true}")


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def check_full(k: str) -> Plan:
    p = Plan(STEMS[k])
    m, P, pl = model(k), PLANS[k], PLANTED.get(k, {})
    b = p.body
    p.check(12 <= len(re.findall(r"^Bảng \d+\. ", b, re.M)) <= 15, "12-15 tables")
    p.lacks(PLACEHOLDER, "template placeholder")
    # history: revenue = output x average price, profit = revenue - cost; 2027 within +20 % of 2026
    h = p.table("Kết quả sản xuất kinh doanh")
    outs, prices = p.trow(h, "Sản lượng"), p.trow(h, "Giá bán bình quân")
    revs, costs, profs = p.trow(h, "Doanh thu"), p.trow(h, "Tổng chi phí"), p.trow(h, "Lợi nhuận")
    for y in range(3):
        o, pr, c = P["hist"][y]
        p.eq(outs[y], o, f"history output {2024 + y}")
        p.eq(prices[y], pr, f"history price {2024 + y}")
        p.eq(revs[y], outs[y] * prices[y] / 1e6, f"history revenue {2024 + y} = output x price")
        p.eq(costs[y], c, f"history cost {2024 + y}")
        p.eq(profs[y], revs[y] - costs[y], f"history profit {2024 + y}")
    p.check(m["out"][0] <= outs[2] * 1.2, "2027 output within +20 % of 2026")
    # the last rating and the scores aimed at
    s = p.table("Điểm đánh giá, phân hạng lần trước")
    for i, part in enumerate("ABC"):
        r = next((x for x in s if x and x[0] == part), None)
        p.check(r is not None and [int(r[2]), int(r[3]), int(r[4])] == [(40, 25, 35)[i], P["score_old"][i],
                                                                           P["score_new"][i]], f"score row {part}")
    tot = p.trow(s, "Tổng điểm", 3)
    p.check(tot == [100, sum(P["score_old"]), sum(P["score_new"])], "score totals = sums of parts")
    p.check(stars(tot[1]) == 3 and stars(tot[2]) == 4, "old total in the 3-star band, aim in the 4-star band")
    p.has(f"| {stars(tot[1])} sao | {stars(tot[2])} sao |")
    # certificate: decision date + 36 months
    dec = re.search(r"(\d{3,4})/QĐ-UBND ngày (\d{1,2})/(\d{1,2})/(20\d\d)", b)
    if dec:
        d, mo, y = dec.group(2), dec.group(3), int(dec.group(4))
        p.check(y in (2024, 2025), "3-star decision in 2024 or 2025")
        p.check(re.search(rf"{d}/{mo}/{y + 3}", b) is not None, "certificate valid 36 months (date + 3 years)")
        p.has(f"QĐ {dec.group(1)}/QĐ-UBND")
    else:
        p.failures.append("3-star decision not found")
    # products
    pr = p.table("Kế hoạch sản lượng theo sản phẩm")
    for i, prod in enumerate(P["products"]):
        got = p.trow(pr, prod[0])
        for y in range(3):
            p.eq(got[y], prod[5][y], f"packs {prod[0][:30]} {YEARS[y]}")
    conv = p.trow(pr, "", 3, skip=len(P["products"]))
    for y in range(3):
        p.eq(conv[y], m["out"][y], f"output {YEARS[y]} = sum packs x size")
    # raw material balance
    raw = P["raws"][0]
    rt = next((p.table(c) for c in ("Cân đối", "Nhu cầu và nguồn cung") if c in b and
               re.search(rf"Bảng \d+\. {c}", b)), [])
    rows = {r[0]: r for r in rt}
    need = [plancheck.vn(x) for x in rows.get("3", ["", "", "", "0", "0", "0"])[3:6]]
    for y in range(3):
        p.eq(need[y], m["out"][y] * raw[2], f"raw need {YEARS[y]} = output x {raw[2]}")
    supply_true = sum(q for _, q in P["supply"])
    tot_row = p.trow(rt, "Tổng nguồn cung")
    if "supply_total" in pl:
        pt = p.table("Nguồn mực ống tươi thu mua")
        for lab, q in P["supply"]:
            p.eq(p.trow(pt, lab, 1)[0], q, f"purchase {lab[:20]}")
        stated = p.trow(pt, "Tổng cộng", 1)[0]
        p.wrong(stated, supply_true, "purchase table total (table-total-mismatch)")
        p.eq(tot_row[0], stated, "balance table carries the stated total")
        p.check(all(x <= supply_true for x in m["need"][0]), "true supply still covers the need")
    else:
        for lab, q in P["supply"]:
            p.eq(p.trow(rt, lab)[0], q, f"supply {lab[:20]}")
        p.eq(tot_row[0], supply_true, "supply total = sum of sources")
    if "shortfall" in pl:
        p.check("Chênh lệch" not in "".join(sum(rt, [])), "no balance row in the shortfall plan")
        p.check(m["need"][0][0] <= supply_true, "2027 need within supply")
        for y in (1, 2):
            p.wrong(supply_true, m["need"][0][y], f"supply vs need {YEARS[y]} (material-shortfall)")
        p.has("đủ nguyên liệu")
    else:
        p.check(all(x <= supply_true for x in m["need"][0]), "need within supply every year")
        if "supply_total" not in pl:
            bal = p.trow(rt, "Chênh lệch")
            for y in range(3):
                p.eq(bal[y], supply_true - need[y], f"balance {YEARS[y]}")
    # capacity
    p.has(f"{fmt(m['cap'])} ")
    if "over_capacity" in pl:
        p.check(m["out"][0] <= m["cap"], "2027 within capacity")
        for y in (1, 2):
            p.wrong(m["cap"], m["out"][y], f"capacity vs output {YEARS[y]} (capacity-exceeded)")
        p.lacks(r"nồi chưng cất (mới|đầu tư)|mua thêm nồi", "a new still")
    else:
        p.check(all(o <= m["cap"] for o in m["out"]), "output within capacity")
    # staff
    st = p.table("Bố trí lao động")
    for lab, n in P["roles"]:
        got = p.trow(st, lab)
        p.check(got == [float(x) for x in n], f"staff {lab}")
    p.check(p.trow(st, "Tổng cộng") == [float(x) for x in m["staff"]], "staff total")
    # investment and sources
    it = p.table("Tổng vốn đầu tư nâng cấp")
    for lab, val, _ in P["inv"]:
        p.eq(p.trow(it, lab, 1)[0], val, f"investment {lab[:25]}")
    p.eq(p.trow(it, "Tổng cộng", 1)[0], m["inv_total"], "investment total = items")
    sc = p.table("Nguồn vốn")
    for lab, val in P["src"]:
        got = p.trow(sc, lab, 2)
        p.eq(got[0], val, f"source {lab[:25]}")
        p.eq(got[1], val / m["src_total"] * 100, f"share {lab[:25]}", tol=0.02)
    p.eq(p.trow(sc, "Tổng cộng", 2)[0], m["src_total"], "sources total")
    if "src_short" in pl:
        p.wrong(m["src_total"], m["inv_total"], "sources vs investment (capital-mismatch)")
        p.has("bảo đảm đủ vốn", f"{fmt(m['inv_total'])} triệu đồng")
    else:
        p.check(m["src_total"] == m["inv_total"], "sources = investment")
    # revenue
    rv = p.table("Doanh thu dự kiến")
    lines = []
    for i, prod in enumerate(P["products"]):
        got = p.trow(rv, prod[0])
        lines.append(got)
        for y in range(3):
            true = prod[5][y] * prod[3] / 1e6
            if "rev_line" in pl and pl["rev_line"][:2] == (i, y):
                p.wrong(got[y], true, f"revenue line {i} {YEARS[y]} (revenue-mismatch)")
            else:
                p.eq(got[y], true, f"revenue {prod[0][:25]} {YEARS[y]} = packs x price")
        p.check(f"({fmt(prod[3])} đ/{prod[1]})" in " ".join(sum(rv, [])), f"price in label {prod[0][:20]}")
    rev = p.trow(rv, "Tổng doanh thu")
    for y in range(3):
        p.eq(rev[y], sum(x[y] for x in lines), f"revenue total {YEARS[y]} = lines")
    # costs
    ct = p.table("Chi phí sản xuất kinh doanh dự kiến")
    want = {}
    for i, r in enumerate(P["raws"]):
        want[r[0]] = [m["out"][y] * r[2] * r[3] / 1e6 for y in range(3)]
    want[P.get("pack_label", "Bao bì, nhãn, tem")] = [sum(x[5][y] * x[4] for x in P["products"]) / 1e6 for y in range(3)]
    want["Tiền công lao động"] = [m["staff"][y] * P["wage"] * 12 for y in range(3)]
    want["Điện, nhiên liệu, nước"] = [m["out"][y] * P["energy"] / 1e6 for y in range(3)]
    want["Khấu hao tài sản cố định"] = [P["dep_old"] + m["fixed"] / P["life"]] * 3
    want["Lãi vay"] = [P["loan"][y] * P["rate"] for y in range(3)]
    want["Bán hàng, vận chuyển, quảng bá"] = [rev[y] * P["sell"] for y in range(3)]
    want[P.get("tax_label", "Thuế, phí")] = [rev[y] * P["tax"] for y in range(3)]
    want[P.get("other_label", "Quản lý, chi phí khác")] = [P["other"]] * 3
    lines = []
    for lab, w in want.items():
        got = p.trow(ct, lab)
        lines.append(got)
        for y in range(3):
            p.eq(got[y], w[y], f"cost {lab[:25]} {YEARS[y]}")
    cost = p.trow(ct, "Tổng chi phí")
    for y in range(3):
        p.eq(cost[y], sum(x[y] for x in lines), f"cost total {YEARS[y]} = lines")
    # summary
    su = p.table("Tổng hợp hiệu quả kinh tế")
    s_rev, s_cost, s_prof = p.trow(su, "Doanh thu"), p.trow(su, "Tổng chi phí"), p.trow(su, "Lợi nhuận")
    s_marg = p.trow(su, "Tỷ suất")
    for y in range(3):
        p.eq(s_rev[y], rev[y], f"summary revenue {YEARS[y]}")
        p.eq(s_cost[y], cost[y], f"summary cost {YEARS[y]}")
        true = rev[y] - cost[y]
        if "profit" in pl and pl["profit"][0] == y:
            p.wrong(s_prof[y], true, f"profit {YEARS[y]} (profit-mismatch)")
        else:
            p.eq(s_prof[y], true, f"profit {YEARS[y]} = revenue - cost")
        p.eq(s_marg[y], s_prof[y] / s_rev[y] * 100, f"margin {YEARS[y]}", tol=0.02)
        true_margin = (sum(x[5][y] * x[3] for x in P["products"]) / 1e6 - cost[y]) / rev[y] * 100
        if k != "fc08":
            p.check(0 < true_margin < 40, f"true margin {YEARS[y]} between 0 and 40 %")
    # payback as printed = investment / (average printed profit + depreciation of the new assets)
    pb = re.search(r"(?:≈|khoảng) (\d+,\d) năm\.", b)
    avg = sum(s_prof) / 3
    true_pb = m["inv_total"] / (avg + m["fixed"] / P["life"])
    if pb:
        got = plancheck.vn(pb.group(1))
        if "payback" in pl:
            p.wrong(got, true_pb, "payback (payback-mismatch)")
        else:
            p.eq(got, round(true_pb, 1), "payback = investment / (average profit + new depreciation)", tol=0.04)
    else:
        p.failures.append("payback sentence not found")
    p.has(f"{fmt(m['avg_profit'])} triệu đồng/năm" if k != "fc01" else f"{fmt(m['avg_profit'])} triệu đồng.")
    # growth
    g = [rev[0] / revs[2] - 1, rev[1] / rev[0] - 1, rev[2] / rev[1] - 1]
    if "growth" in pl:
        p.check(g[1] > 0.8, "growth defect: 2028 revenue +80 % or more")
        p.check(m["staff"][0] == m["staff"][1] == m["staff"][2], "growth defect: same staff")
        p.has("tăng gấp đôi", "hiện có")
    else:
        p.check(all(x < 0.31 for x in g), "revenue growth under 31 % a year")
    # papers: every validity date after the plan's date
    py, pm = DATES[k]
    for d_, mo, y in re.findall(r"[Đđ]ến (?:ngày )?(\d{1,2})/(\d{1,2})/(20\d\d)", b):
        p.check((int(y), int(mo)) > (py, pm), f"validity {d_}/{mo}/{y} after the plan's date")
    p.check(f"tháng {pm:02d} năm {py}" in b or f"tháng {pm} năm {py}" in b, "plan date as in DATES")
    return p


READY_TEXT = ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017", "111/2021", "nhãn hiệu", "thử nghiệm", "QR",
              "môi trường", "Giấy chứng nhận đăng ký")
FOOD_READY = ("fc01", "fc02", "fc03")


def check_text(p: Plan, k: str) -> None:
    b = p.body
    if k in READY:
        p.has(*READY_TEXT)
        p.check("TCCS" in b or "Tiêu chuẩn cơ sở" in b or "tiêu chuẩn cơ sở" in b, "product standard")
        p.lacks(REPLACED, "replaced instrument or district council")
        p.check(re.search(r"truy xuất|nhật ký|kiểm soát nội bộ", b) is not None, "traceability / internal control")
        if k in FOOD_READY:
            p.has("an toàn thực phẩm", "tự công bố")
            p.check(re.search(r"[Cc]ấp lại giấy chứng nhận an toàn thực phẩm|cấp lại quý", b) is not None,
                    "ATTP renewal scheduled")
        else:
            p.has("không phải thực phẩm")
    elif k != "fc07":
        p.lacks(REPLACED, "replaced instrument or district council")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k == "fc05":
        p.lacks(r"nhãn(?! hiệu)", "label word (no-label-plan)")
        p.lacks(r"43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "label decree, stamp or barcode (no-label-plan)")
        p.check(p.count("Bánh đa nem Xuân Lộc") == 1, "the copied product name once (name-inconsistent)")
        p.check(p.count("Bánh đa vừng đen Trung Lộc") >= 3, "the real product name elsewhere")
        p.has("an toàn thực phẩm", "TCCS", "nhãn hiệu")
    if k == "fc06":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020", "alcohol licence (no-alcohol-license)")
        p.has("Nồi chưng cất bằng đồng", "2 (hiện có)", "Hai nồi hiện có đáp ứng kế hoạch", "an toàn thực phẩm",
              "độ cồn", "tiêu thụ đặc biệt")
    if k == "fc07":
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decisions (outdated-policy)")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "Phòng Nông nghiệp và PTNT huyện")
        p.lacks(r"[Tt]iêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu (chất|an toàn|vi|kim|hóa)",
                "product standard or test (no-product-standard)")
        p.has("an toàn thực phẩm", "nhãn hiệu", "QR")
    if k == "fc08":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark (no-trademark)")
        p.has("TCCS", "an toàn thực phẩm", "QR", "43/2017")
    if k == "fc09":
        p.lacks(r"môi trường|nước thải|xử lý|chất thải|lắng|ô nhiễm|thu gom|cam kết",
                "environmental measure (no-environment-measures)")
        p.has("nhuộm", "450.000 đồng/chiếc", "380.000 đồng/chiếc", "(380.000 đ/chiếc)", "nhãn hiệu", "TCCS")
        p.check(PLANS["fc09"]["products"][0][3] == 380000, "revenue uses 380.000")
    if k == "fc10":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|HACCP|ISO|đủ điều kiện|vệ sinh|cam kết",
                "food-safety paper (no-food-safety)")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|\btem\b|lưu mẫu|kiểm soát|\blô\b|ghi chép|\bsổ\b",
                "internal control / traceability (no-quality-control)")
        p.has("TCCS", "tự công bố", "nhãn hiệu", "43/2017", "môi trường")


def check_sketchy(k: str) -> Plan:
    p = Plan(STEMS[k])
    n = words(p.body)
    p.check(150 <= n <= 320, f"sketchy length {n} words")
    p.check(not p.rows, "sketchy: no table")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.check(re.search(r"\d+/QĐ-UBND ngày", p.body) is not None and "36 tháng" in p.body, "3-star decision, 36 months")
    p.lacks(r"an toàn thực phẩm|TCCS|tiêu chuẩn cơ sở|nhãn hiệu|43/2017|môi trường|mã số|QR", "papers it lacks")
    figs = re.findall(r"\d[\d.,]* (?:đồng|triệu|chiếc|kg|lao động|tổ viên)", p.body)
    p.check(3 <= len(figs) <= 8, f"a handful of figures ({len(figs)})")
    return p


def main() -> int:
    plans = []
    for k in STEMS:
        if k in SKETCHY:
            plans.append(check_sketchy(k))
        else:
            p = check_full(k)
            check_text(p, k)
            plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
