"""Holdout set 259 (prefix iz): every number of every plan recomputed from constants.

    .venv/bin/python tests/holdout259/arithmetic.py [iz01 iz05 ...]

The constants below give, per full plan, the products (pack size in the plan's base unit, prices
and packs for 2027-2029, packaging cost per pack), the 2024-2026 history, the raw materials (norm,
price, supply rows as count x yield), the limiting equipment (rating x days), staff and wages,
energy per base unit, the selling and tax shares, the quality-testing schedule (samples a year x
price per sample, by lot, quarter, season or half-year), the laboratory's results with their
limits, investment items and sources, asset life, loan balances and rate and the fixed "other"
line. `model()` turns them into every figure the plan prints (the throw-away generator that wrote
the plans' Markdown imported it). Each figure is then read back from the plan's source (tables
found by their caption) and compared: planted numeric defects must be wrong by more than 5 % (the
true value computed beside them), everything else right within 1 %. The laboratory results are
checked against their printed limits (every result of every plan within its limit; the theme is
testing, no planted defect is a failed test). Textual defects are asserted through the presence or
absence of their words; ready plans must cite QĐ 148 and QĐ 1489 and no replaced instrument.
Sketchy plans: 150-350 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base unit, prices đ [3], packs [3], packaging đ/pack)
# hist: output 2024-2026 (base unit), average price đ/base unit, profit triệu
# raws: (label, unit, norm per base unit, price đ/unit, supply rows (label, [count/yr], word, yield))
# cap: (rating per day or per vat, days or vats) -> capacity a year in base units
# roles: (role, staff [3]); wage: triệu đồng/month [3]; energy: đ per base unit
# tests: (label, samples a year [3], price nghìn đồng/sample, spread) -- spread = samples by quarter,
#        season or half-year where the plan prints them
# results: (indicator, unit, [results], limit) as printed
# inv: (label, triệu, depreciable?); src: (label, triệu); loan balance [3], rate; other triệu/yr
PLANS: dict[str, dict] = {
    "iz01": dict(
        unit="lít",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [95000, 98000, 101000], [14000, 16000, 18000], 6500),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [80000, 82000, 84000], [9000, 10000, 11000], 8000),
                  ("Nước mắm cá cơm 20 độ đạm, can 5 lít", "can", 5, [220000, 226000, 232000], [1200, 1300, 1400], 15000)],
        hist=dict(out=[18400, 19600, 20900], price=[92000, 94000, 96000], profit=[196.4, 221.5, 248.3]),
        raws=[("Cá cơm tươi", "kg", 1.25, 22000,
               [("Tàu, thuyền của thành viên", [8, 8, 8], "tàu", 3500),
                ("Vựa cá cảng Hải Xuân (hợp đồng)", [2, 2, 2], "vựa", 5000)]),
              ("Muối hạt", "kg", 0.4, 3000,
               [("Hợp tác xã muối Xuân Thành (hợp đồng)", [1, 1, 1], "hợp đồng", 14000)])],
        cap=(400, 90),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ủ chượp, kéo rút nước mắm", [4, 4, 5]),
               ("Lọc, chiết rót, đóng gói", [2, 3, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=1500, sell=0.06, tax=0.015,
        tests=[("Đo nhanh độ đạm, độ mặn tại xưởng (mỗi lô)", [44, 49, 54], 60, None),
               ("Kiểm nghiệm đủ chỉ tiêu công bố (6 tháng/lần, 3 sản phẩm)", [6, 6, 6], 1800, None),
               ("Histamin, kim loại nặng (1 lần/năm, 3 sản phẩm)", [3, 3, 3], 1500, None),
               ("Cá và muối nguyên liệu (mỗi quý 1 mẫu)", [4, 4, 4], 450, None)],
        results=[("Đạm tổng số", "g N/l", ["41,6", "31,2"], ["≥ 40", "≥ 30"]),
                 ("Đạm amoniac", "% đạm TS", ["17,8", "20,5"], ["≤ 30", "≤ 30"]),
                 ("Muối NaCl", "g/l", ["262", "271"], ["245 – 295", "245 – 295"]),
                 ("Histamin", "mg/l", ["184", "226"], ["≤ 400", "≤ 400"]),
                 ("Chì (Pb)", "mg/l", ["KPH", "KPH"], ["≤ 0,5", "≤ 0,5"]),
                 ("Cadimi (Cd)", "mg/l", ["KPH", "KPH"], ["≤ 0,5", "≤ 0,5"]),
                 ("Vi sinh vật hiếu khí", "CFU/ml", ["2,4×10²", "3,6×10²"], ["≤ 10⁴", "≤ 10⁴"]),
                 ("Coliforms", "CFU/ml", ["<10", "<10"], ["≤ 10²", "≤ 10²"]),
                 ("E. coli", "CFU/ml", ["KPH", "KPH"], ["KPH", "KPH"])],
        inv=[("Nhà lọc, chiết rót 80 m²", 320, True), ("30 bể chượp composite bổ sung", 180, True),
             ("Hệ thống lọc, chiết rót bán tự động", 260, True),
             ("Khúc xạ kế, bộ chuẩn độ đạm, tủ lưu mẫu", 45, True),
             ("Bể thu gom, xử lý nước rửa, nước muối", 70, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False),
             ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 35, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=60),
    "iz02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [160000, 165000, 170000], [3000, 3300, 3600], 9000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, [290000, 298000, 306000], [1200, 1300, 1400], 14000),
                  ("Hộp quà 2 chai mật ong 250 g", "hộp", 0.5, [185000, 190000, 195000], [500, 600, 700], 25000)],
        hist=dict(out=[2450, 2620, 2800], price=[300000, 305000, 310000], profit=[98.0, 111.8, 125.9]),
        raws=[("Mật ong thô", "kg", 1.06, 110000,
               [("Đàn ong của hộ (14 kg/đàn)", [150, 160, 170], "đàn", 14),
                ("Hộ nuôi ong thôn Khe Mây (hợp đồng)", [12, 12, 12], "hộ", 150)])],
        cap=(25, 200),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [1, 1, 1]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1], energy=1000, sell=0.06, tax=0.015,
        tests=[("Cảm quan, độ ẩm, HMF", [4, 4, 4], 650, [1, 1, 1, 1]),
               ("Đường khử, đường sacaroza", [2, 2, 2], 500, [0, 1, 0, 1]),
               ("Chì, cadimi", [1, 1, 1], 900, [0, 1, 0, 0]),
               ("Dư lượng kháng sinh", [1, 1, 1], 1400, [0, 0, 0, 1])],
        results=[("Độ ẩm", "%", ["18,6", "19,1"], "≤ 20"),
                 ("HMF", "mg/kg", ["14,2", "21,7"], "≤ 40"),
                 ("Đường khử (fructoza + glucoza)", "g/100 g", ["71,3", "69,8"], "≥ 60"),
                 ("Đường sacaroza", "g/100 g", ["2,1", "2,8"], "≤ 5"),
                 ("Chì (Pb)", "mg/kg", ["0,02", "0,03"], "≤ 0,1"),
                 ("Cloramphenicol", "µg/kg", ["KPH", "KPH"], "KPH")],
        inv=[("Máy lọc tinh, bồn inox chứa mật 1 tấn", 150, True), ("Phòng lọc, đóng chai 30 m²", 110, True),
             ("Bổ sung 20 thùng ong, đàn giống", 50, True), ("Máy đo độ ẩm, tủ lưu mẫu", 20, True),
             ("Chai, hũ, hộp quà, nhãn", 35, False), ("Kiểm nghiệm, tự công bố", 15, False),
             ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=20),
    "iz03": dict(
        unit="lít",
        products=[("Rượu nếp Đức Quang 29,5 độ, chai 500 ml", "chai", 0.5, [80000, 83000, 86000], [20000, 22000, 24000], 9000),
                  ("Rượu nếp hạ thổ 29,5 độ, bình sứ 1,5 lít", "bình", 1.5, [340000, 350000, 360000], [1500, 1700, 1900], 45000),
                  ("Rượu nếp 29,5 độ, can 5 lít", "can", 5, [360000, 370000, 380000], [800, 900, 1000], 12000)],
        hist=dict(out=[13200, 14100, 15000], price=[132000, 136000, 140000], profit=[174.2, 198.5, 223.0]),
        raws=[("Gạo nếp cái", "kg", 1.3, 22000,
               [("Hộ trồng nếp thôn Tân Quang (liên kết)", [40, 40, 40], "hộ", 500),
                ("Hợp tác xã nông nghiệp Đức Quang (hợp đồng)", [1, 1, 1], "hợp đồng", 8000)])],
        cap=(90, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Hạ thổ, lọc, chiết rót", [2, 2, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8], energy=5000, sell=0.07, tax=0.02,
        tests=[("Đo độ rượu, nhiệt độ tại xưởng (mỗi mẻ)", [180, 200, 220], 20, None),
               ("Kiểm nghiệm đủ chỉ tiêu công bố (6 tháng/lần)", [6, 6, 6], 2200, [3, 3]),
               ("Metanol, andehyt theo lô hạ thổ", [4, 4, 4], 900, [2, 2])],
        results=[("Độ cồn ở 20 °C", "% v/v", "29,8", "29,5 ± 1,0"),
                 ("Metanol", "mg/l cồn 100°", "412", "≤ 2.000"),
                 ("Andehyt", "mg/l cồn 100°", "86", "≤ 500"),
                 ("Furfural", "mg/l cồn 100°", "KPH", "≤ 20"),
                 ("Chì (Pb)", "mg/l", "0,018", "≤ 0,2"),
                 ("Asen (As)", "mg/l", "KPH", "≤ 0,2"),
                 ("Coliforms", "CFU/ml", "KPH", "KPH")],
        inv=[("Kho hạ thổ và ủ rượu 80 m²", 280, True), ("Nồi chưng cất inox thứ ba 30 lít/ngày", 120, True),
             ("Máy lọc, khử andehyt, hệ thống chiết rót", 240, True),
             ("Cồn kế, nhiệt kế chuẩn, tủ lưu mẫu", 25, True),
             ("Bể chứa bỗng rượu, hầm biogas", 85, True),
             ("Thiết kế nhãn, hộp, tem truy xuất", 40, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Thương mại cổ phần Công thương", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, other=70),
    "iz04": dict(
        unit="kg",
        products=[("Chè búp khô đặc biệt, hộp 200 g", "hộp", 0.2, [90000, 93000, 96000], [8000, 9000, 10000], 8000),
                  ("Chè xanh khô loại 1, túi 500 g", "túi", 0.5, [140000, 144000, 148000], [4000, 4400, 4800], 4000),
                  ("Chè xanh khô, bao 1 kg cho quán", "bao", 1, [240000, 246000, 252000], [800, 900, 1000], 3000)],
        hist=dict(out=[3600, 3850, 4100], price=[300000, 310000, 318000], profit=[118.8, 131.3, 143.4]),
        raws=[("Búp chè tươi", "kg", 4.5, 17000,
               [("Đồi chè của các tổ viên", [2, 2, 2], "ha", 9000),
                ("Hộ trồng chè thôn Trà Sơn (hợp đồng)", [10, 10, 10], "hộ", 800)])],
        cap=(28, 240),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, làm héo, vò chè", [3, 3, 4]),
               ("Sao sấy, phân loại", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=8000, sell=0.06, tax=0.015,
        tests=[("Độ ẩm, cảm quan (kiểm tra nhanh)", [9, 9, 9], 300, [3, 3, 3]),
               ("Dư lượng thuốc bảo vệ thực vật", [3, 3, 3], 2400, [1, 1, 1]),
               ("Kim loại nặng, vi sinh", [2, 2, 2], 1600, [1, 0, 1])],
        results=[("Độ ẩm (%)", "", "6,8", "≤ 8"),
                 ("Tro tổng số (%)", "", "5,4", "≤ 8"),
                 ("Chất hòa tan (%)", "", "38,5", "≥ 32"),
                 ("Chì – Pb (mg/kg)", "", "0,42", "≤ 2"),
                 ("Cadimi – Cd (mg/kg)", "", "0,05", "≤ 1"),
                 ("Nấm men, nấm mốc (CFU/g)", "", "1,5×10²", "≤ 10³"),
                 ("Dư lượng BVTV (32 hoạt chất)", "", "KPH", "KPH")],
        inv=[("Máy sao, máy vò chè liên hoàn", 220, True), ("Máy sấy chè 28 kg/ngày", 180, True),
             ("Nhà chế biến, kho 100 m²", 240, True), ("Máy đo độ ẩm, cân phân tích", 18, True),
             ("Bao bì, hộp, nhãn, mã QR", 42, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, other=40),
    "iz05": dict(
        unit="lít",
        products=[("Rượu sim 25 độ, chai 500 ml", "chai", 0.5, [90000, 94000, 98000], [16000, 18000, 20000], 9000),
                  ("Rượu sim 25 độ, chai 250 ml hộp quà", "chai", 0.25, [60000, 62000, 64000], [6000, 7000, 8000], 12000),
                  ("Rượu nếp sim 29 độ, bình 2 lít", "bình", 2, [320000, 330000, 340000], [700, 800, 900], 35000)],
        hist=dict(out=[8600, 9300, 10000], price=[160000, 165000, 170000], profit=[165.1, 184.1, 204.0]),
        raws=[("Quả sim chín", "kg", 0.8, 32000,
               [("Đồi sim của hợp tác xã", [6, 6, 6], "ha", 1500),
                ("Hộ hái sim thôn Sơn Hà (thu mua)", [30, 30, 30], "hộ", 150)]),
              ("Gạo nếp", "kg", 1.0, 22000,
               [("Ruộng nếp của thành viên", [25, 25, 25], "hộ", 600)])],
        cap=(70, 270),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ngâm ủ, chưng cất", [3, 3, 4]),
               ("Lọc, chiết chai, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=3500, sell=0.07, tax=0.02,
        tests=[("Độ cồn, metanol (mỗi quý)", [4, 4, 4], 1100, [1, 1, 1, 1]),
               ("Đủ chỉ tiêu công bố (quý II, quý IV)", [2, 2, 2], 2600, [0, 1, 0, 1]),
               ("Kim loại nặng (quý III)", [1, 1, 1], 1300, [0, 0, 1, 0])],
        results=[("Độ cồn (20 °C)", "% v/v", ["25,3", "24,8"], "25 ± 1"),
                 ("Metanol", "mg/l cồn 100°", ["380", "415"], "≤ 2.000"),
                 ("Andehyt", "mg/l cồn 100°", ["95", "102"], "≤ 500"),
                 ("Chì (Pb)", "mg/l", ["0,021", "0,017"], "≤ 0,2"),
                 ("Nấm men, nấm mốc", "CFU/ml", ["KPH", "<10"], "≤ 10")],
        inv=[("Nồi chưng cất inox 30 lít/ngày", 90, True), ("Bể ngâm, chum ủ rượu sim 4.000 lít", 150, True),
             ("Máy lọc, hệ thống chiết chai", 180, True), ("Kho chứa, phòng đóng hộp 60 m²", 200, True),
             ("Cồn kế, tủ lưu mẫu", 15, True), ("Bể chứa bã, hầm biogas", 65, True),
             ("Thiết kế nhãn, hộp quà", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=50),
    "iz06": dict(
        unit="kg",
        products=[("Mật ong hoa rừng Kỳ Thượng, chai 500 g", "chai", 0.5, [150000, 155000, 160000], [3200, 4000, 4800], 8500),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [280000, 288000, 296000], [1000, 1200, 1400], 13000)],
        hist=dict(out=[1900, 2100, 2300], price=[285000, 290000, 295000], profit=[70.4, 79.2, 88.3]),
        raws=[("Mật ong thô", "kg", 1.05, 110000,
               [("Đàn ong của các tổ viên (12 kg/đàn)", [220, 230, 240], "đàn", 12),
                ("Hộ nuôi ong thôn Tây Lộc (thu mua)", [4, 4, 4], "hộ", 100)])],
        cap=(30, 200),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=1000, sell=0.06, tax=0.015,
        tests=None,
        results=[("Độ ẩm", "%", "19,2", "≤ 20"),
                 ("HMF", "mg/kg", "18,6", "≤ 40"),
                 ("Đường khử", "g/100 g", "70,4", "≥ 60"),
                 ("Đường sacaroza", "g/100 g", "3,1", "≤ 5"),
                 ("Chì (Pb)", "mg/kg", "0,04", "≤ 0,1"),
                 ("Nấm men, nấm mốc", "CFU/g", "<10", "≤ 10²")],
        inv=[("Máy hạ thủy phần mật ong", 140, True), ("Phòng lọc, đóng chai 30 m²", 100, True),
             ("Bổ sung 30 thùng ong, đàn giống", 60, True),
             ("Chai, hũ, nhãn", 30, False), ("Kiểm nghiệm một lần, tự công bố", 12, False),
             ("Vốn lưu động", 158, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=18),
    "iz07": dict(
        unit="kg",
        products=[("Mắm tôm đặc biệt, hũ 250 g", "hũ", 0.25, [45000, 47000, 49000], [20000, 23000, 26000], 4500),
                  ("Mắm tôm loại 1, hũ 500 g", "hũ", 0.5, [70000, 73000, 76000], [10000, 11500, 13000], 6000),
                  ("Mắm tôm, can 2 kg cho nhà hàng", "can", 2, [220000, 228000, 236000], [1500, 1700, 1900], 10000)],
        hist=dict(out=[10800, 11600, 12300], price=[128000, 132000, 136000], profit=[120.9, 137.8, 150.5]),
        raws=[("Moi biển tươi", "kg", 1.15, 25000,
               [("Thuyền đánh moi của cổ đông", [10, 10, 10], "thuyền", 1600),
                ("Vựa moi bến Hội Thống (hợp đồng)", [1, 1, 1], "vựa", 5000)]),
              ("Muối hạt sạch", "kg", 0.25, 3500,
               [("Diêm dân Thạch Long (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)])],
        cap=(120, 200),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ướp muối, ủ", [4, 4, 5]),
               ("Xay, đóng hũ, dán nhãn", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=2500, sell=0.06, tax=0.015,
        tests=[("Vi sinh theo lô (mỗi lô 1 mẫu)", [26, 30, 34], 650, None),
               ("Độ ẩm, muối, đạm (mỗi quý, 3 sản phẩm)", [12, 12, 12], 700, None),
               ("Kim loại nặng (6 tháng/lần)", [2, 2, 2], 1500, None),
               ("Đủ chỉ tiêu công bố (1 lần/năm)", [3, 3, 3], 2800, None)],
        results=[("Độ ẩm", "%", "58,4", "≤ 65"),
                 ("Hàm lượng muối NaCl", "%", "21,6", "18 – 25"),
                 ("Đạm tổng số", "g/100 g", "14,2", "≥ 12"),
                 ("Đạm amoniac", "g/100 g", "1,6", "≤ 2,5"),
                 ("Chì (Pb)", "mg/kg", "0,12", "≤ 0,5"),
                 ("Asen (As)", "mg/kg", "0,31", "≤ 1"),
                 ("Coliforms", "CFU/g", "2,0×10¹", "≤ 10²"),
                 ("Salmonella", "/25 g", "KPH", "KPH")],
        inv=[("Nhà xưởng chế biến 150 m²", 560, True), ("Dàn chum, bể ủ mắm tôm", 180, True),
             ("Máy xay, máy đóng hũ bán tự động", 240, True), ("Máy đo độ mặn, độ ẩm, tủ lưu mẫu", 30, True),
             ("Bể lắng, xử lý nước rửa", 90, True), ("Bao bì, nhãn, mã QR", 50, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 40, False), ("Vốn lưu động", 390, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=70),
    "iz08": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [42000, 44000, 46000], [15000, 17000, 19000], 7500),
                  ("Cà gai leo khô cắt nhỏ, túi 500 g", "túi", 0.5, [110000, 114000, 118000], [2000, 2200, 2400], 3500)],
        hist=dict(out=[1450, 1600, 1750], price=[400000, 410000, 420000], profit=[75.4, 85.3, 95.6]),
        raws=[("Cây cà gai leo tươi", "kg", 6, 10000,
               [("Vườn cà gai leo của hộ", [20, 20, 20], "sào", 600),
                ("Hộ trồng liên kết thôn Phú Lộc", [10, 10, 10], "hộ", 700)])],
        cap=(12, 250),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Trồng, thu hái, sơ chế", [2, 2, 3]),
               ("Sấy, nghiền, đóng túi lọc", [1, 2, 2])],
        wage=[5.0, 5.3, 5.6], energy=9000, sell=0.06, tax=0.015,
        tests=[("Gửi mẫu kiểm nghiệm đủ chỉ tiêu (1 lần/năm)", [2, 2, 2], 2400, None),
               ("Vi sinh, độ ẩm (6 tháng/lần)", [4, 4, 4], 700, None)],
        results=[("Độ ẩm", "%", "8,2", None),
                 ("Tro tổng số", "%", "6,1", None),
                 ("Chì (Pb)", "mg/kg", "0,36", None),
                 ("Cadimi (Cd)", "mg/kg", "0,04", None),
                 ("Tổng số vi sinh vật hiếu khí", "CFU/g", "3,2×10³", None),
                 ("Nấm men, nấm mốc", "CFU/g", "1,1×10²", None),
                 ("E. coli", "CFU/g", "KPH", None)],
        inv=[("Máy sấy bơm nhiệt 10 kg/mẻ", 95, True), ("Máy nghiền, máy đóng túi lọc", 160, True),
             ("Phòng chế biến, đóng gói 40 m²", 120, True), ("Bao bì, hộp, nhãn", 30, False),
             ("Kiểm nghiệm", 10, False), ("Vốn lưu động", 85, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=20),
    "iz09": dict(
        unit="kg",
        products=[("Kẹo cu đơ truyền thống, gói 250 g", "gói", 0.25, [35000, 36000, 37000], [40000, 44000, 48000], 2500),
                  ("Kẹo cu đơ gừng, hộp 400 g", "hộp", 0.4, [60000, 62000, 64000], [15000, 17000, 19000], 5000),
                  ("Kẹo cu đơ, hộp quà 1 kg", "hộp", 1, [140000, 145000, 150000], [2000, 2400, 2800], 15000)],
        hist=dict(out=[13800, 14900, 15800], price=[128000, 131000, 134000], profit=[150.2, 167.6, 182.8]),
        raws=[("Mật mía, mạch nha", "kg", 0.5, 28000,
               [("Cơ sở mật mía Hương Tân (hợp đồng)", [1, 1, 1], "hợp đồng", 14000)]),
              ("Lạc nhân", "kg", 0.32, 55000,
               [("Hộ trồng lạc thôn Xuân Sơn", [40, 40, 40], "hộ", 200)])],
        cap=(30, 2 * 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, rang lạc", [5, 5, 5]),
               ("Cán, cắt, đóng gói", [5, 5, 5]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4], energy=3000, sell=0.06, tax=0.015,
        tests=[("Độ ẩm, đường tổng (mỗi quý)", [4, 4, 4], 600, [1, 1, 1, 1]),
               ("Aflatoxin B1 (quý II, quý IV)", [2, 2, 2], 1200, [0, 1, 0, 1]),
               ("Vi sinh, kim loại nặng (quý I, quý III)", [2, 2, 2], 1500, [1, 0, 1, 0])],
        results=[("Độ ẩm", "%", "6,4", "≤ 8"),
                 ("Đường tổng số", "%", "48,2", "≤ 55"),
                 ("Aflatoxin B1", "µg/kg", "0,8", "≤ 2"),
                 ("Chì (Pb)", "mg/kg", "0,05", "≤ 0,2"),
                 ("Tổng số vi sinh vật hiếu khí", "CFU/g", "4,5×10²", "≤ 10⁴"),
                 ("Nấm men, nấm mốc", "CFU/g", "30", "≤ 10²")],
        inv=[("Máy trộn nhân lạc, gừng", 90, True), ("Máy rang lạc, máy bóc vỏ lụa", 110, True),
             ("Máy cán, cắt kẹo", 160, True), ("Máy đóng gói hút chân không", 120, True),
             ("Cải tạo xưởng 120 m²", 260, True), ("Bao bì, hộp quà, nhãn", 60, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, other=80),
    "iz10": dict(
        unit="kg",
        products=[("Cá cơm khô loại 1, túi 500 g", "túi", 0.5, [95000, 98000, 101000], [4500, 5000, 5500], 3000),
                  ("Cá cơm khô loại 2, túi 1 kg", "túi", 1, [140000, 144000, 148000], [1800, 2000, 2200], 4000)],
        hist=dict(out=[3300, 3550, 3800], price=[150000, 154000, 158000], profit=[49.5, 54.7, 60.0]),
        raws=[("Cá cơm tươi", "kg", 3.5, 18000,
               [("Thuyền của gia đình", [1, 1, 1], "thuyền", 8000),
                ("Thuyền cùng xóm (mua theo chuyến)", [5, 5, 5], "thuyền", 2200)])],
        cap=(40, 150),
        roles=[("Chủ hộ, ghi chép", [1, 1, 1]), ("Đánh bắt, luộc, phơi sấy", [2, 2, 2]),
               ("Phân loại, đóng túi", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9], energy=3000, sell=0.03, tax=0.01,
        tests=[("Đợt 1 – đầu vụ cá nam", [1, 1, 1], 2600, None),
               ("Đợt 2 – giữa vụ cá nam", [1, 1, 1], 1200, None),
               ("Đợt 3 – vụ cá bấc", [1, 1, 1], 1800, None)],
        results=[("Độ ẩm", "%", "22,5", "≤ 25"),
                 ("Muối NaCl", "%", "8,4", "≤ 12"),
                 ("Histamin", "mg/kg", "42", "≤ 200"),
                 ("Chì (Pb)", "mg/kg", "0,08", "≤ 0,3"),
                 ("Cadimi (Cd)", "mg/kg", "0,03", "≤ 0,1"),
                 ("Thủy ngân (Hg)", "mg/kg", "0,02", "≤ 0,5"),
                 ("Tổng số vi sinh vật hiếu khí", "CFU/g", "6,8×10³", "≤ 10⁶")],
        inv=[("Lò sấy cá bằng hơi nóng 40 kg/mẻ", 85, True), ("Giàn phơi inox, lưới che 300 m²", 60, True),
             ("Nồi luộc cá, bể rửa inox", 30, True), ("Máy hàn miệng túi, cân", 15, True),
             ("Bao bì, nhãn", 20, False), ("Kiểm nghiệm, tự công bố", 12, False),
             ("Vốn lưu động", 78, False)],
        src=[("Vốn tự có của gia đình", 200), ("Vay người thân", 100)],
        life=8, loan=[0, 0, 0], rate=0.0, other=12),
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def fm(x, d: int = 1) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'; d decimals."""
    if isinstance(x, str):
        return x
    neg = x < 0
    s = f"{abs(x):,.{d}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("−" if neg else "") + s


# Planted numeric defects, as the plan prints them (everything downstream of a printed figure
# follows it, as the producer computed it): see PLANTS below and notes in each plan's source.
PLANTS: dict[str, dict] = {
    "iz05": {"rev_line": (0, 2, 2254.0)},      # true 20.000 chai x 98.000 đ = 1.960,0
    "iz06": {"payback": 1.8},                  # true 500 : (154,5 + 37,5) = 2,6 năm
    "iz07": {"test_total": (1, 31.5)},         # true 39,3 (items of the testing table)
    "iz08": {"profit": (1, 312.0)},            # true 998,8 - 758,8 = 240,0
}


def model(P: dict, plant: dict | None = None) -> dict:
    """Every figure of a full plan. plant=None: true values; plant=PLANTS[key]: as printed."""
    plant = plant or {}
    M: dict = {}
    prods = P["products"]
    M["out"] = [round(sum(p[4][y] * p[2] for p in prods), 3) for y in Y]
    M["rev_line"] = [[r1(p[4][y] * p[3][y] / 1e6) for y in Y] for p in prods]
    if "rev_line" in plant:
        i, y, v = plant["rev_line"]
        M["rev_line"][i][y] = v
    M["rev"] = [r1(sum(line[y] for line in M["rev_line"])) for y in Y]
    raws = []
    for label, unit, norm, price, rows in P["raws"]:
        sup_rows = [[c[y] * yld for y in Y] for (_, c, _, yld) in rows]
        sup = [sum(r[y] for r in sup_rows) for y in Y]
        need = [round(M["out"][y] * norm, 1) for y in Y]
        raws.append(dict(label=label, rows=sup_rows, sup=sup, need=need,
                         bal=[sup[y] - need[y] for y in Y],
                         cost=[r1(need[y] * price / 1e6) for y in Y]))
    M["raws"] = raws
    M["cap"] = P["cap"][0] * P["cap"][1]
    M["use"] = [round(M["out"][y] / M["cap"] * 100, 1) for y in Y]
    M["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    M["wage_fund"] = [r1(M["staff"][y] * P["wage"][y] * 12) for y in Y]
    tests = P.get("tests") or []
    M["test_line"] = [[t[1][y] * t[2] / 1000 for y in Y] for t in tests]
    M["test"] = [round(sum(t[y] for t in M["test_line"]), 2) for y in Y]
    M["test_total_printed"] = list(M["test"])
    if "test_total" in plant:
        y, v = plant["test_total"]
        M["test_total_printed"][y] = v
    fixed = sum(v for _, v, f in P["inv"] if f)
    M["inv"] = sum(v for _, v, _ in P["inv"])
    M["fixed"] = fixed
    M["src"] = sum(v for _, v in P["src"])
    M["dep"] = r1(fixed / P["life"])
    cost = {}
    cost["raw"] = [r1(sum(r["cost"][y] for r in raws)) for y in Y]
    cost["pack"] = [r1(sum(p[4][y] * p[5] for p in prods) / 1e6) for y in Y]
    cost["wage"] = M["wage_fund"]
    cost["energy"] = [r1(M["out"][y] * P["energy"] / 1e6) for y in Y]
    if tests:
        cost["test"] = [r1(M["test"][y]) for y in Y]
    cost["sell"] = [r1(M["rev"][y] * P["sell"]) for y in Y]
    cost["tax"] = [r1(M["rev"][y] * P["tax"]) for y in Y]
    cost["dep"] = [M["dep"]] * 3
    if any(P["loan"]):
        cost["int"] = [r1(P["loan"][y] * P["rate"]) for y in Y]
    cost["other"] = [float(P["other"])] * 3
    M["cost_lines"] = cost
    M["cost"] = [r1(sum(v[y] for v in cost.values())) for y in Y]
    M["profit"] = [r1(M["rev"][y] - M["cost"][y]) for y in Y]
    if "profit" in plant:
        y, v = plant["profit"]
        M["profit"][y] = v
    M["margin"] = [round(M["profit"][y] / M["rev"][y] * 100, 1) for y in Y]
    M["payback"] = round(M["inv"] / (sum(M["profit"]) / 3 + M["dep"]), 1)
    if "payback" in plant:
        M["payback"] = plant["payback"]
    M["src_share"] = [round(v / M["src"] * 100, 1) for _, v in P["src"]]
    h = P["hist"]
    M["h_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in range(3)]
    M["h_margin"] = [round(h["profit"][i] / M["h_rev"][i] * 100, 1) for i in range(3)]
    return M


# --------------------------------------------------------------------------- tables
# Per plan: year header form, money unit line, captions (by table id) and the cost lines' labels.
STYLE: dict[str, dict] = {
    "iz01": dict(yh="Năm {}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả sản xuất, kinh doanh của hợp tác xã 2024 – 2026",
        raw="Cân đối nguyên liệu cá cơm và muối 2027 – 2029",
        staff="Lao động và quỹ tiền công",
        out="Kế hoạch sản lượng và mức sử dụng bể chượp",
        price="Giá bán buôn dự kiến",
        rev="Doanh thu dự kiến 2027 – 2029",
        cost="Chi phí sản xuất kinh doanh 2027 – 2029",
        sum="Tổng hợp hiệu quả kinh tế",
        inv="Nhu cầu vốn đầu tư",
        src="Cơ cấu nguồn vốn",
        res="Kết quả thử nghiệm nước mắm (Phiếu số 2604/KN-HL ngày 14/10/2026)",
        tplan="Kế hoạch kiểm tra, kiểm nghiệm theo lô và chi phí 2027 – 2029"),
        cost=dict(raw="Cá cơm, muối nguyên liệu", pack="Chai, can, nhãn, thùng", wage="Tiền công lao động",
                  energy="Điện, nước", test="Kiểm tra, kiểm nghiệm chất lượng", sell="Bán hàng, quảng bá",
                  tax="Thuế, phí", dep="Khấu hao tài sản cố định", int="Lãi vay ngân hàng", other="Chi phí khác")),
    "iz02": dict(yh="{}", money="Đơn vị tính: triệu đồng", caps=dict(
        hist="Kết quả kinh doanh mật ong ba năm gần đây",
        raw="Nguồn mật ong thô và nhu cầu chế biến",
        staff="Lao động của hộ",
        out="Sản lượng mật ong thành phẩm theo năm",
        price="Giá bán lẻ dự kiến",
        rev="Dự kiến doanh thu",
        cost="Dự kiến chi phí",
        sum="Lợi nhuận dự kiến",
        inv="Hạng mục đầu tư",
        src="Nguồn vốn đầu tư",
        res="Kết quả kiểm nghiệm mật ong hai lần gần nhất",
        tplan="Lịch kiểm nghiệm định kỳ theo quý và chi phí mỗi năm"),
        cost=dict(raw="Mật ong thô", pack="Chai, hũ, hộp, nhãn", wage="Tiền công",
                  energy="Điện, nước", test="Kiểm nghiệm định kỳ", sell="Bán hàng, vận chuyển",
                  tax="Thuế, phí", dep="Khấu hao", int="Lãi vay", other="Chi khác")),
    "iz03": dict(yh="{}", money="ĐVT: triệu đồng", caps=dict(
        hist="Sản lượng và kết quả kinh doanh 2024 – 2026",
        raw="Nguồn gạo nếp cái và nhu cầu",
        staff="Nhân lực của công ty",
        out="Sản lượng rượu theo sản phẩm và công suất nồi chưng cất",
        price="Giá bán chưa gồm thuế (đồng/đơn vị)",
        rev="Doanh thu theo sản phẩm",
        cost="Chi phí theo khoản mục",
        sum="Doanh thu, chi phí, lợi nhuận",
        inv="Vốn đầu tư theo hạng mục",
        src="Nguồn vốn",
        res="Kết quả thử nghiệm rượu nếp 29,5 độ (Phiếu số KQ-0871/26 ngày 22/9/2026)",
        tplan="Chi phí kiểm tra, kiểm nghiệm năm 2027"),
        cost=dict(raw="Gạo nếp, men lá", pack="Chai, bình sứ, can, nhãn", wage="Lương nhân viên",
                  energy="Củi, điện, nước", test="Kiểm tra, kiểm nghiệm", sell="Bán hàng, tiếp thị",
                  tax="Thuế, phí (trừ TTĐB)", dep="Khấu hao", int="Lãi vay", other="Chi phí khác")),
    "iz04": dict(yh="Năm {}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả sản xuất chè của tổ 2024 – 2026",
        raw="Nguồn búp chè tươi",
        staff="Lao động và tiền công",
        out="Sản lượng chè khô và công suất máy sấy",
        price="Giá bán dự kiến",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Hiệu quả kinh tế",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        res="Kết quả kiểm nghiệm chè xanh búp khô (Phiếu số 1187/PKN-BTB)",
        tplan="Kế hoạch lấy mẫu theo vụ chè và chi phí một năm"),
        cost=dict(raw="Búp chè tươi", pack="Hộp, túi, nhãn", wage="Tiền công tổ viên",
                  energy="Điện, củi sấy", test="Kiểm nghiệm theo vụ", sell="Bán hàng, hội chợ",
                  tax="Thuế, phí", dep="Khấu hao máy, nhà xưởng", int="Lãi vay", other="Chi khác")),
    "iz05": dict(yh="Năm {}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả sản xuất kinh doanh 2024 – 2026",
        raw="Nguồn quả sim và gạo nếp",
        staff="Lao động",
        out="Kế hoạch sản lượng",
        price="Giá bán",
        rev="Doanh thu dự kiến",
        cost="Chi phí dự kiến",
        sum="Tổng hợp kết quả",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        res="Kết quả thử nghiệm hai lô rượu sim năm 2026",
        tplan="Lịch kiểm nghiệm theo quý và chi phí"),
        cost=dict(raw="Quả sim, gạo nếp", pack="Chai, bình, hộp quà", wage="Tiền công",
                  energy="Củi, điện, nước", test="Kiểm nghiệm định kỳ", sell="Bán hàng, quảng bá",
                  tax="Thuế, phí", dep="Khấu hao", int="Lãi vay", other="Chi phí khác")),
    "iz06": dict(yh="{}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả 2024 – 2026",
        raw="Nguồn mật ong thô",
        staff="Lao động",
        out="Sản lượng dự kiến",
        price="Giá bán",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Hiệu quả",
        inv="Đầu tư",
        src="Nguồn vốn",
        res="Kết quả kiểm nghiệm mật ong hoa rừng (Phiếu số 0415/KQ-TĐ ngày 03/3/2026)"),
        cost=dict(raw="Mật ong thô", pack="Chai, hũ, nhãn", wage="Tiền công",
                  energy="Điện", sell="Bán hàng", tax="Thuế, phí", dep="Khấu hao",
                  int="Lãi vay", other="Chi khác")),
    "iz07": dict(yh="Năm {}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả sản xuất kinh doanh 2024 – 2026",
        raw="Cân đối nguyên liệu moi và muối",
        staff="Lao động và tiền lương",
        out="Kế hoạch sản lượng mắm tôm",
        price="Giá bán buôn",
        rev="Doanh thu",
        cost="Chi phí sản xuất kinh doanh",
        sum="Kết quả kinh doanh dự kiến",
        inv="Tổng mức đầu tư",
        src="Nguồn vốn",
        res="Kết quả thử nghiệm mắm tôm đặc biệt (Phiếu số 3318/26/KNMT)",
        tplan="Chi phí kiểm nghiệm theo lô và theo quý 2027 – 2029"),
        cost=dict(raw="Moi, muối nguyên liệu", pack="Hũ, can, nhãn", wage="Tiền lương",
                  energy="Điện, nước", test="Kiểm nghiệm", sell="Bán hàng, quảng bá",
                  tax="Thuế, phí", dep="Khấu hao", int="Lãi vay", other="Chi phí khác")),
    "iz08": dict(yh="{}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả sản xuất 2024 – 2026",
        raw="Nguồn cây cà gai leo tươi",
        staff="Lao động",
        out="Sản lượng",
        price="Giá bán",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Lợi nhuận",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        res="Kết quả kiểm nghiệm trà cà gai leo túi lọc (Phiếu số 26-0932/TN)",
        tplan="Chi phí kiểm nghiệm mỗi năm"),
        cost=dict(raw="Cà gai leo tươi", pack="Hộp, túi lọc, nhãn", wage="Tiền công",
                  energy="Điện sấy", test="Kiểm nghiệm", sell="Bán hàng", tax="Thuế, phí",
                  dep="Khấu hao", int="Lãi vay", other="Chi khác")),
    "iz09": dict(yh="Năm {}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả sản xuất kinh doanh 2024 – 2026",
        raw="Nguyên liệu chính",
        staff="Lao động và tiền lương",
        out="Kế hoạch sản lượng",
        price="Giá bán buôn",
        rev="Doanh thu dự kiến",
        cost="Chi phí dự kiến",
        sum="Hiệu quả kinh tế",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        res="Kết quả kiểm nghiệm kẹo cu đơ truyền thống (Phiếu số 5520/VKN-26)",
        tplan="Kế hoạch kiểm nghiệm hằng quý và chi phí"),
        cost=dict(raw="Mật mía, mạch nha, lạc", pack="Bao bì, hộp, nhãn", wage="Tiền lương",
                  energy="Điện, than, gas", test="Kiểm nghiệm định kỳ", sell="Bán hàng, quảng bá",
                  tax="Thuế, phí", dep="Khấu hao", int="Lãi vay", other="Chi phí khác")),
    "iz10": dict(yh="Năm {}", money="ĐVT: triệu đồng", caps=dict(
        hist="Kết quả làm cá khô của gia đình 2024 – 2026",
        raw="Nguồn cá cơm tươi",
        staff="Lao động trong gia đình",
        out="Sản lượng cá khô",
        price="Giá bán",
        rev="Doanh thu",
        cost="Chi phí",
        sum="Hiệu quả",
        inv="Vốn đầu tư",
        src="Nguồn vốn",
        res="Kết quả thử nghiệm cá cơm khô loại 1 (Phiếu số 772/KQTN-HN)",
        tplan="Các đợt lấy mẫu kiểm nghiệm trong năm"),
        cost=dict(raw="Cá cơm tươi", pack="Túi, nhãn", wage="Công lao động gia đình",
                  energy="Điện, củi sấy", test="Kiểm nghiệm", sell="Chi phí tiêu thụ",
                  tax="Thuế, phí", dep="Khấu hao", other="Chi khác")),
}

UNIT_WORD = {"lít": "lít", "kg": "kg"}


def _limit_text(lim):
    if isinstance(lim, list):
        return lim[0] if len(set(lim)) == 1 else " / ".join(lim)
    return lim


def tables(key: str, printed: bool = True) -> dict:
    """Every computed table of a full plan: id -> dict(header, rows=[(label, [cells], decimals)])."""
    P, S = PLANS[key], STYLE[key]
    M = model(P, PLANTS.get(key) if printed else None)
    u = P["unit"]
    yh = [S["yh"].format(y) for y in YEARS]
    hy = [S["yh"].format(y) for y in (2024, 2025, 2026)]
    T: dict = {}
    h = P["hist"]
    T["hist"] = dict(header=["TT", "Chỉ tiêu"] + hy, rows=[
        (f"Sản lượng ({u})", h["out"], 0), (f"Giá bán bình quân (đồng/{u})", h["price"], 0),
        ("Doanh thu (triệu đồng)", M["h_rev"], 1), ("Lợi nhuận (triệu đồng)", h["profit"], 1)])
    rows = []
    for (label, unit, norm, price, srows), R in zip(P["raws"], M["raws"]):
        short = label.split(",")[0].lower()
        for (slab, cnt, word, yld), vals in zip(srows, R["rows"]):
            if cnt == [1, 1, 1]:
                rows.append((slab, vals, 0))
            elif len(set(cnt)) == 1:
                rows.append((f"{slab}: {cnt[0]} {word} × {fm(yld, 0)} kg", vals, 0))
            else:
                rows.append((f"Số {word} ({slab.split(' (')[0].lower()})", cnt, 0))
                rows.append((slab, vals, 0))
        rows.append((f"Cộng nguồn {short}", R["sup"], 0))
        rows.append((f"Nhu cầu {short} ({fm(norm, 2).rstrip('0').rstrip(',')} kg/{u})", R["need"], 0))
        if key != "iz06":
            rows.append((f"Còn dư {short}", R["bal"], 0))
    T["raw"] = dict(header=["Nguồn, nhu cầu (kg)"] + yh, rows=rows)
    T["staff"] = dict(header=["TT", "Bộ phận"] + yh, rows=[(r, n, 0) for r, n in P["roles"]] + [
        ("Tổng số lao động", M["staff"], 0),
        ("Tiền công bình quân (triệu đồng/người/tháng)", P["wage"], 1),
        ("Quỹ tiền công (triệu đồng/năm)", M["wage_fund"], 1)])
    rows = [(f"{p[0]} ({p[1]})", p[4], 0) for p in P["products"]]
    rows.append((f"Sản lượng quy đổi ({u})", M["out"], 0))
    if key != "iz09":
        rows.append((f"Công suất thiết kế ({u}/năm)", [M["cap"]] * 3, 0))
        rows.append(("Mức sử dụng công suất (%)", M["use"], 1))
    T["out"] = dict(header=["TT", "Sản phẩm"] + yh, rows=rows)
    T["price"] = dict(header=["TT", "Sản phẩm"] + yh,
                      rows=[(f"{p[0]} (đồng/{p[1]})", p[3], 0) for p in P["products"]])
    T["rev"] = dict(header=["TT", "Sản phẩm"] + yh,
                    rows=[(p[0], M["rev_line"][i], 1) for i, p in enumerate(P["products"])]
                    + [("Tổng doanh thu", M["rev"], 1)])
    T["cost"] = dict(header=["TT", "Khoản mục"] + yh,
                     rows=[(S["cost"][k], v, 1) for k, v in M["cost_lines"].items()]
                     + [("Tổng chi phí", M["cost"], 1)])
    T["sum"] = dict(header=["TT", "Chỉ tiêu"] + yh, rows=[
        ("Doanh thu", M["rev"], 1), ("Tổng chi phí", M["cost"], 1),
        ("Lợi nhuận trước thuế", M["profit"], 1), ("Tỷ suất lợi nhuận trên doanh thu (%)", M["margin"], 1)])
    T["inv"] = dict(header=["TT", "Hạng mục", "Thành tiền (triệu đồng)"],
                    rows=[(l, [v], 0) for l, v, _ in P["inv"]] + [("Tổng cộng", [M["inv"]], 0)])
    T["src"] = dict(header=["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"],
                    rows=[(l, [v, M["src_share"][i]], [0, 1]) for i, (l, v) in enumerate(P["src"])]
                    + [("Tổng cộng", [M["src"], 100.0], [0, 1])])
    # ---- the theme: laboratory results and the testing schedule with its cost
    res = P["results"]
    if key == "iz01":
        T["res"] = dict(header=["TT", "Chỉ tiêu", "ĐVT", "Loại 40 độ đạm", "Loại 30 độ đạm", "Mức công bố"],
                        rows=[(l, [un] + v + [_limit_text(lim)], None) for l, un, v, lim in res])
    elif key in ("iz02", "iz05"):
        cols = ["Lần 1 (03/2026)", "Lần 2 (09/2026)"] if key == "iz02" else ["Lô S-01/26", "Lô S-04/26"]
        lim = "Giới hạn" if key == "iz02" else "Mức công bố"
        T["res"] = dict(header=["Chỉ tiêu", "ĐVT"] + cols + [lim],
                        rows=[(l, [un] + v + [lm], None) for l, un, v, lm in res])
    elif key == "iz04":
        T["res"] = dict(header=["TT", "Chỉ tiêu", "Kết quả", "Yêu cầu"],
                        rows=[(l, [v, lm], None) for l, un, v, lm in res])
    elif key == "iz08":
        T["res"] = dict(header=["TT", "Chỉ tiêu", "ĐVT", "Kết quả"],
                        rows=[(l, [un, v], None) for l, un, v, lm in res])
    elif key in ("iz03", "iz10"):
        T["res"] = dict(header=["Chỉ tiêu", "ĐVT", "Kết quả", "Mức công bố" if key == "iz03" else "Mức cho phép"],
                        rows=[(l, [un, v, lm], None) for l, un, v, lm in res])
    else:
        lim = {"iz06": "Yêu cầu", "iz07": "Mức TCCS", "iz09": "Giới hạn"}[key]
        T["res"] = dict(header=["TT", "Chỉ tiêu", "ĐVT", "Kết quả", lim],
                        rows=[(l, [un, v, lm], None) for l, un, v, lm in res])
    tests = P.get("tests")
    tl = M["test_line"]
    if key == "iz01":
        T["tplan"] = dict(header=["TT", "Nội dung", "Đơn giá (nghìn đồng/mẫu)"] + yh,
                          rows=[(t[0], [t[2]] + t[1], 0) for t in tests]
                          + [("Chi phí (triệu đồng)", [""] + [r1(x) for x in M["test_total_printed"]], 1)])
    elif key == "iz02":
        rows = [(t[0], [t[3][q] * t[2] for q in range(4)] + [t[1][0] * t[2]], 0) for t in tests]
        rows.append(("Cộng", [sum(t[3][q] * t[2] for t in tests) for q in range(4)]
                     + [M["test_total_printed"][0] * 1000], 0))
        T["tplan"] = dict(header=["Nội dung", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"], rows=rows)
    elif key == "iz03":
        rows = [(t[0], [t[1][0], t[2] * 1000, t[1][0] * t[2] * 1000], 0) for t in tests]
        rows.append(("Cộng", ["", "", M["test_total_printed"][0] * 1e6], 0))
        T["tplan"] = dict(header=["TT", "Nội dung", "Số mẫu", "Đơn giá (đồng)", "Thành tiền (đồng)"], rows=rows)
    elif key == "iz04":
        seasons = ["Vụ xuân (tháng 3 – 5)", "Vụ hè (tháng 6 – 8)", "Vụ thu (tháng 9 – 11)"]
        rows = []
        for s_i, sname in enumerate(seasons):
            parts = [f"{t[0].split(' (')[0].lower()} {t[3][s_i]} mẫu" for t in tests if t[3][s_i]]
            rows.append((sname, ["; ".join(parts), sum(t[3][s_i] for t in tests),
                                 sum(t[3][s_i] * t[2] for t in tests)], 0))
        rows.append(("Cả năm", ["", sum(t[1][0] for t in tests), M["test_total_printed"][0] * 1000], 0))
        T["tplan"] = dict(header=["Vụ chè", "Chỉ tiêu kiểm tra", "Số mẫu", "Chi phí (nghìn đồng)"], rows=rows)
    elif key == "iz05":
        qn = ["Quý I", "Quý II", "Quý III", "Quý IV"]
        rows = []
        for q in range(4):
            parts = [t[0].split(" (")[0].lower() for t in tests if t[3][q]]
            rows.append((qn[q], ["; ".join(parts), sum(t[3][q] * t[2] for t in tests)], 0))
        rows.append(("Cả năm", ["", M["test_total_printed"][0] * 1000], 0))
        T["tplan"] = dict(header=["Quý", "Nội dung kiểm nghiệm", "Chi phí (nghìn đồng)"], rows=rows)
    elif key == "iz07":
        rows = [(t[0], [t[2]] + [r1(x) for x in tl[i]], [0, 1, 1, 1]) for i, t in enumerate(tests)]
        rows.append(("Tổng cộng", [""] + [r1(x) for x in M["test_total_printed"]], [0, 1, 1, 1]))
        T["tplan"] = dict(header=["TT", "Nội dung", "Đơn giá (nghìn đồng/mẫu)"] + yh, rows=rows)
    elif key == "iz08":
        rows = [(t[0], [t[1][0], r1(tl[i][0])], 1) for i, t in enumerate(tests)]
        rows.append(("Cộng", ["", r1(M["test_total_printed"][0])], 1))
        T["tplan"] = dict(header=["TT", "Nội dung", "Số mẫu/năm", "Chi phí/năm (triệu đồng)"], rows=rows)
    elif key == "iz09":
        rows = [(t[0], [t[1][0], t[2], r1(tl[i][0])], 1) for i, t in enumerate(tests)]
        rows.append(("Cộng", ["", "", r1(M["test_total_printed"][0])], 1))
        T["tplan"] = dict(header=["TT", "Nội dung", "Số mẫu/năm", "Đơn giá (nghìn đồng)", "Thành tiền (triệu đồng)"],
                          rows=rows)
    elif key == "iz10":
        when = ["tháng 4", "tháng 7", "tháng 11"]
        rows = [(t[0], [when[i], t[2]], 0) for i, t in enumerate(tests)]
        rows.append(("Cộng cả năm", ["", M["test_total_printed"][0] * 1000], 0))
        T["tplan"] = dict(header=["Đợt lấy mẫu", "Thời điểm", "Chi phí (nghìn đồng)"], rows=rows)
    return T


# --------------------------------------------------------------------------- reading the plans
STEMS = {
    "iz01": "iz01_nuoc_mam_hai_xuan_htx", "iz02": "iz02_mat_ong_kim_hoa_hkd",
    "iz03": "iz03_ruou_nep_duc_quang_cty", "iz04": "iz04_che_xanh_huong_tra_tht",
    "iz05": "iz05_ruou_sim_phuc_son_htx", "iz06": "iz06_mat_ong_ky_thuong_tht",
    "iz07": "iz07_mam_tom_long_hoi_ctcp", "iz08": "iz08_tra_ca_gai_leo_hong_loc_hkd",
    "iz09": "iz09_keo_cu_do_xuan_lam_cty", "iz10": "iz10_ca_com_kho_ky_ninh_gd",
    "iz11": "iz11_ruou_ngo_so_sai", "iz12": "iz12_bot_san_day_so_sai",
}
READY = ("iz01", "iz02", "iz03", "iz04")
SKETCHY = ("iz11", "iz12")
PLAN_DATE = {"iz01": (2026, 11), "iz02": (2026, 10), "iz03": (2026, 10), "iz04": (2027, 1),
             "iz05": (2026, 12), "iz06": (2026, 7), "iz07": (2027, 2), "iz08": (2026, 9),
             "iz09": (2027, 3), "iz10": (2026, 8), "iz11": (2027, 1), "iz12": (2027, 3)}

# Cells allowed to differ from the true model: (table, row label, column index) -> "planted" (must be
# off by > 5 %) or "follows" (must equal the figure as printed, computed from the planted one).
DEVIATE: dict[str, dict] = {
    "iz05": {("rev", "Rượu sim 25 độ, chai 500 ml", 2): "planted",
             ("rev", "Tổng doanh thu", 2): "follows", ("cost", "Bán hàng, quảng bá", 2): "follows",
             ("cost", "Thuế, phí", 2): "follows", ("cost", "Tổng chi phí", 2): "follows",
             ("sum", "Doanh thu", 2): "follows", ("sum", "Tổng chi phí", 2): "follows",
             ("sum", "Lợi nhuận trước thuế", 2): "follows",
             ("sum", "Tỷ suất lợi nhuận trên doanh thu (%)", 2): "follows"},
    "iz07": {("tplan", "Tổng cộng", 1): "planted"},
    "iz08": {("sum", "Lợi nhuận trước thuế", 1): "planted",
             ("sum", "Tỷ suất lợi nhuận trên doanh thu (%)", 1): "follows"},
}

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def lab_value(s: str) -> float:
    """A laboratory figure as printed: '41,6', '2,4×10²', '10⁴', '<10', 'KPH', '2.000'."""
    s = s.strip()
    if s in ("KPH", "Không phát hiện"):
        return 0.0
    if s.startswith("<"):
        return vn(s[1:].strip()) - 1e-6
    if "10" in s and any(ch in s for ch in "⁰¹²³⁴⁵⁶⁷⁸⁹"):
        m = re.fullmatch(r"(?:([\d,]+)×)?10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", s)
        if not m:
            raise ValueError(s)
        mant = vn(m.group(1)) if m.group(1) else 1.0
        return mant * 10 ** int(m.group(2).translate(_SUP))
    return vn(s)


def within(value: str, limit: str) -> bool:
    v = lab_value(value)
    lim = limit.strip()
    if lim in ("KPH", "Không phát hiện"):
        return v == 0.0
    if lim.startswith("≤"):
        return v <= lab_value(lim[1:])
    if lim.startswith("≥"):
        return v >= lab_value(lim[1:])
    if "±" in lim:
        a, b = (lab_value(x) for x in lim.split("±"))
        return a - b <= v <= a + b
    if "–" in lim:
        a, b = (lab_value(x) for x in lim.split("–"))
        return a <= v <= b
    raise ValueError(limit)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, key: str):
        super().__init__(STEMS[key])
        self.key = key
        raw = self.text.split("---", 2)[2]
        self.tabs: dict[str, list[list[str]]] = {}
        cap = None
        for line in raw.splitlines():
            m = re.match(r"^Bảng \d+\. (.*)$", line)
            if m:
                cap = m.group(1).strip()
                self.tabs[cap] = []
                continue
            if cap and line.startswith("|"):
                if not line.startswith("|---"):
                    self.tabs[cap].append([c.strip() for c in line.strip().strip("|").split("|")])
            elif cap and line.strip() and not line.startswith(("ĐVT", "Đơn vị tính", ":::")):
                if self.tabs[cap]:
                    cap = None

    def table(self, caption: str) -> list[list[str]]:
        if caption not in self.tabs:
            self.failures.append(f"table not found: {caption}")
            return []
        return self.tabs[caption]

    def section(self, heading_re: str) -> str:
        m = re.search(r"^# " + heading_re + r".*?$(.*?)(?=^# |\Z)", self.body, re.M | re.S)
        if not m:
            self.failures.append(f"section not found: {heading_re}")
            return ""
        return m.group(1)


def num(cell: str) -> float | None:
    c = cell.replace("%", "").strip()
    if re.fullmatch(r"−?[\d.]+(,\d+)?", c):
        return -vn(c[1:]) if c.startswith("−") else vn(c)
    return None


def check_tables(p: Plan) -> None:
    """Every cell of every computed table against the true model (planted cells off by > 5 %)."""
    key = p.key
    true, printed = tables(key, printed=False), tables(key, printed=True)
    dev = DEVIATE.get(key, {})
    caps = STYLE[key]["caps"]
    for tid, t in true.items():
        rows = p.table(caps[tid])
        if not rows:
            continue
        if rows[0] != t["header"]:
            p.failures.append(f"{tid}: header {rows[0]} != {t['header']}")
        li = 1 if t["header"][0] == "TT" else 0
        byl = {r[li]: r[li + 1:] for r in rows[1:]}
        if len(rows) - 1 != len(t["rows"]):
            p.failures.append(f"{tid}: {len(rows) - 1} rows printed, {len(t['rows'])} expected")
        for (label, vals, d), (_, pvals, _) in zip(t["rows"], printed[tid]["rows"]):
            cells = byl.get(label)
            if cells is None:
                p.failures.append(f"{tid}: row not found {label!r}")
                continue
            for i, v in enumerate(vals):
                got = cells[i] if i < len(cells) else None
                if isinstance(v, str) or got is None:
                    if got != v:
                        p.failures.append(f"{tid} {label!r} col {i}: {got!r} != {v!r}")
                    continue
                g = num(got)
                if g is None:
                    p.failures.append(f"{tid} {label!r} col {i}: not a number {got!r}")
                    continue
                # the year columns of year tables are indexed 0..2
                kind = dev.get((tid, label, i - (len(vals) - 3) if len(vals) > 3 else i))
                if kind == "planted":
                    if not off(g, v, 5.0):
                        p.failures.append(f"PLANT {tid} {label!r}: {g} not > 5 % off the true {v}")
                    if not close(g, pvals[i]):
                        p.failures.append(f"PLANT {tid} {label!r}: printed {g} != intended {pvals[i]}")
                elif kind == "follows":
                    if not close(g, pvals[i]):
                        p.failures.append(f"knock-on {tid} {label!r}: {g} != {pvals[i]}")
                elif not (close(g, v) or abs(g - v) <= 0.051):
                    p.failures.append(f"{tid} {label!r} col {i}: printed {g}, true {v}")


def check_relations(p: Plan) -> None:
    """Arithmetic read straight off the printed tables (independent of the model's bookkeeping)."""
    key, P = p.key, PLANS[p.key]
    caps = STYLE[key]["caps"]
    M = model(P)

    def rows(tid):
        t = p.table(caps[tid])
        li = 1 if t and t[0][0] == "TT" else 0
        return {r[li]: [num(c) for c in r[li + 1:]] for r in t[1:]}

    out, price, rev = rows("out"), rows("price"), rows("rev")
    for i, pr in enumerate(P["products"]):
        packs = out.get(f"{pr[0]} ({pr[1]})", [0] * 3)
        prices = price.get(f"{pr[0]} (đồng/{pr[1]})", [0] * 3)
        line = rev.get(pr[0], [0] * 3)
        for y in Y:
            want = packs[y] * prices[y] / 1e6
            if (key, i, y) == ("iz05", 0, 2):
                p.check(off(line[y], want), f"iz05 planted revenue line not > 5 % off {want}")
            else:
                p.check(close(line[y], want), f"revenue {pr[0]} {YEARS[y]}: {line[y]} != {want}")
    tot = rev.get("Tổng doanh thu", [0] * 3)
    for y in Y:
        p.check(close(tot[y], sum(v[y] for k, v in rev.items() if k != "Tổng doanh thu")),
                f"revenue total {YEARS[y]}")
    cost = rows("cost")
    ctot = cost.get("Tổng chi phí", [0] * 3)
    for y in Y:
        p.check(close(ctot[y], sum(v[y] for k, v in cost.items() if k != "Tổng chi phí")),
                f"cost total {YEARS[y]}")
    sm = rows("sum")
    for y in Y:
        r_, c_, pr_ = sm["Doanh thu"][y], sm["Tổng chi phí"][y], sm["Lợi nhuận trước thuế"][y]
        p.check(close(r_, tot[y]) and close(c_, ctot[y]), f"summary vs tables {YEARS[y]}")
        if (key, y) == ("iz08", 1):
            p.check(off(pr_, r_ - c_), f"iz08 planted profit {pr_} not > 5 % off {r_ - c_}")
        else:
            p.check(abs(pr_ - (r_ - c_)) <= 0.11, f"profit {YEARS[y]}: {pr_} != {r_ - c_:.1f}")
    inv = rows("inv")
    itot = inv.pop("Tổng cộng", [0])[0]
    p.check(close(itot, sum(v[0] for v in inv.values())), "investment items != total")
    src = rows("src")
    stot = src.pop("Tổng cộng", [0, 0])[0]
    p.check(close(stot, sum(v[0] for v in src.values())), "source items != their total")
    if key == "iz07":
        p.check(off(stot, itot), f"iz07 planted sources {stot} not > 5 % off investment {itot}")
    else:
        p.check(close(stot, itot), f"sources {stot} != investment {itot}")
    # raw materials
    for R, (label, unit, norm, _, srows) in zip(M["raws"], P["raws"]):
        short = label.split(",")[0].lower()
        raw = rows("raw")
        sup = raw.get(f"Cộng nguồn {short}", [0] * 3)
        need = raw.get(f"Nhu cầu {short} ({fm(norm, 2).rstrip('0').rstrip(',')} kg/{P['unit']})", [0] * 3)
        outq = out.get(f"Sản lượng quy đổi ({P['unit']})", [0] * 3)
        for y in Y:
            p.check(close(need[y], outq[y] * norm), f"raw need {short} {YEARS[y]}")
            if key == "iz06" and y >= 1:
                p.check(need[y] > sup[y] and off(need[y], sup[y]),
                        f"iz06 planted shortfall {YEARS[y]}: need {need[y]} vs supply {sup[y]}")
            elif key == "iz06":
                p.check(sup[y] >= need[y], "iz06 2027 supply")
            else:
                p.check(sup[y] >= need[y] * 1.05, f"supply {short} {YEARS[y]} under need + 5 %")
    # capacity
    outq = out.get(f"Sản lượng quy đổi ({P['unit']})", [0] * 3)
    for y in Y:
        use = outq[y] / M["cap"] * 100
        if key == "iz09":
            if y >= 1:
                p.check(use > 105, f"iz09 planted capacity {YEARS[y]}: {use:.1f} %")
        else:
            p.check(use <= 90, f"capacity use {YEARS[y]} {use:.1f} %")
    # staff and wages
    st = rows("staff")
    for y in Y:
        n = sum(v[y] for k, v in st.items() if k not in (
            "Tổng số lao động", "Tiền công bình quân (triệu đồng/người/tháng)", "Quỹ tiền công (triệu đồng/năm)"))
        p.check(n == st["Tổng số lao động"][y], f"staff total {YEARS[y]}")
        p.check(close(st["Quỹ tiền công (triệu đồng/năm)"][y],
                      n * st["Tiền công bình quân (triệu đồng/người/tháng)"][y] * 12), f"wage fund {YEARS[y]}")
    # growth (true revenue) and margins
    for y in Y:
        p.check(0 < M["margin"][y] <= 26, f"true margin {YEARS[y]} {M['margin'][y]} %")
    g = [M["rev"][0] / M["h_rev"][2] - 1, M["rev"][1] / M["rev"][0] - 1, M["rev"][2] / M["rev"][1] - 1]
    p.check(max(g) < 0.35, f"true revenue growth {g}")
    # the testing schedule: its cost reaches the cost table
    tests = P.get("tests")
    if tests:
        label = STYLE[key]["cost"]["test"]
        for y in Y:
            want = sum(t[1][y] * t[2] for t in tests) / 1000
            p.check(abs(cost[label][y] - want) <= 0.051, f"testing cost line {YEARS[y]}: {cost[label][y]} != {want}")
    else:
        p.check("test" not in STYLE[key]["cost"] or key == "iz06", "no testing line expected")


def check_lab(p: Plan) -> None:
    """Laboratory results printed as the constants say, each within its printed limit."""
    key, P = p.key, PLANS[p.key]
    rows = p.table(STYLE[key]["caps"]["res"])
    if not rows:
        return
    header = rows[0]
    li = 1 if header[0] == "TT" else 0
    byl = {r[li]: r[li + 1:] for r in rows[1:]}
    for label, unit, vals, lim in P["results"]:
        cells = byl.get(label)
        if cells is None:
            p.failures.append(f"lab row not found {label!r}")
            continue
        vals = vals if isinstance(vals, list) else [vals]
        lims = lim if isinstance(lim, list) else [lim] * len(vals)
        shown = cells[1:] if unit or key == "iz08" else cells
        if key == "iz04":
            shown = cells
        for i, v in enumerate(vals):
            p.check(shown[i] == v, f"lab {label!r}: printed {shown[i]!r} != {v!r}")
            if lim is not None:
                p.check(within(v, lims[i]), f"lab {label!r}: {v} outside {lims[i]}")
        if lim is not None:
            p.check(shown[len(vals)] == _limit_text(lim), f"lab {label!r}: limit {shown[len(vals)]!r}")
    if key == "iz08":
        p.check(len(header) == 4 and header[-1] == "Kết quả", "iz08: the lab table has a limit column")


def check_text(p: Plan) -> None:
    key = p.key
    P, M = PLANS.get(key), (model(PLANS[key], PLANTS.get(key)) if key in PLANS else None)
    T = model(P) if P else None
    b = p.body
    if key not in ("iz10",):
        p.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "an toàn thực phẩm",
              "tự công bố", "Phiếu", "nhãn hiệu", "QR")
        p.lacks(REPLACED, "replaced instrument in a ready plan")
        p.check("tiêu chuẩn cơ sở" in b or "TCCS" in b, "no product standard in a ready plan")
        y0, m0 = PLAN_DATE[key]
        for dd, mm, yy in re.findall(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", b):
            p.check((int(yy), int(mm)) > (y0, m0), f"paper expired before the plan: {dd}/{mm}/{yy}")
    if key in ("iz01", "iz03", "iz05", "iz07"):
        p.has("đăng ký môi trường")
    if key == "iz03":
        p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "17/2020/NĐ-CP",
              "Không bán cho người dưới 18 tuổi")
    if key == "iz05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence in iz05")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|văn bằng", "trademark in iz05")
        p.has("an toàn thực phẩm", "TCCS 01:2025/RSPS", "Không bán cho người dưới 18 tuổi")
        p.has(f"thời gian hoàn vốn khoảng {fm(M['payback'])} năm")
        p.check(M["payback"] != T["payback"] and off(M["payback"], T["payback"]), "iz05 knock-on payback")
    if key == "iz06":
        p.lacks(r"(?<!\w)lô(?!\w)|truy xuất|nhật ký|\bQR\b|kiểm soát|lưu mẫu|(?<!\w)tem(?!\w)|mã vạch|định kỳ|"
                r"sổ theo dõi|ghi chép", "quality control in iz06")
        p.lacks(r"Còn dư", "balance row in iz06")
        p.has("bảo đảm đủ mật thô cho kế hoạch sản xuất cả giai đoạn 2027 – 2029",
              f"Thời gian hoàn vốn khoảng {fm(PLANTS['iz06']['payback'])} năm", "OCOP 3 sao")
        p.check(off(PLANTS["iz06"]["payback"], T["payback"], 5.0), "iz06 planted payback not > 5 % off")
        p.check(T["payback"] == round(T["inv"] / (sum(T["profit"]) / 3 + T["dep"]), 1), "iz06 true payback")
    if key == "iz07":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety in iz07")
        p.has("TCCS 02:2026/LH", "tự công bố", "3318/26/KNMT", "bảo đảm đủ vốn cho tổng mức đầu tư")
    if key == "iz08":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|quy chuẩn|giới hạn|mức tối đa|mức cho phép",
                "product standard in iz08")
        p.check(p.count("Hộ kinh doanh Lê Thị Mai") >= 3, "iz08: the other producer fewer than 3 times")
        p.check(p.count("Hộ kinh doanh Nguyễn Thị Thu") + p.count("HỘ KINH DOANH NGUYỄN THỊ THU") >= 4,
                "iz08: own name fewer than 4 times")
        p.has("an toàn thực phẩm", "26-0932/TN", f"Thời gian hoàn vốn khoảng {fm(M['payback'])} năm")
    if key == "iz09":
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "123/2018/NQ-HĐND", "Hội đồng OCOP cấp huyện",
              "Ủy ban nhân dân huyện", "Năm 2027 công ty sử dụng 18 lao động thường xuyên",
              "16.800 kg kẹo/năm", "đủ đáp ứng kế hoạch sản xuất 2027 – 2029",
              f"ổn định cho {M['staff'][0]} lao động")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decision in iz09")
        p.check(off(18, M["staff"][0]), "iz09 planted workers not > 5 % off")
        p.check(M["staff"] == [14, 14, 14], "iz09 staff constant")
        p.check(all("nồi" not in l.lower() for l, _, _ in P["inv"]), "iz09 buys a kettle")
    if key == "iz10":
        p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|giấy chứng nhận đăng ký|"
                r"tổ hợp tác", "registration in iz10")
        p.check(len(re.findall(PLACEHOLDER, b)) >= 2, "iz10: fewer than 2 placeholders")
        p.has("[tên sản phẩm]")
        channels = (r"chợ|cửa hàng|đại lý|siêu thị|nhà hàng|quán|Facebook|Zalo|Shopee|thương lái|khách du lịch|"
                    r"bán lẻ|bán buôn|phân phối|online|trực tuyến|website|giao hàng|khách hàng|người mua")
        p.lacks(channels, "a sales channel in iz10")
        mk = p.section(r"\d+\. Thị trường tiêu thụ")
        p.check(not re.search(r"\d", mk), "iz10: a figure in the market section")
        p.has("bản cam kết bảo đảm an toàn thực phẩm", "tự công bố", "772/KQTN-HN")
    if key in PLANS:
        # figures stated in the prose
        o, r, pr = M["out"], M["rev"], M["profit"]
        p.check(fm(o[0], 0) in b and fm(o[2], 0) in b, "outputs 2027/2029 not in the prose")
        p.check(fm(r[0]) in b, "revenue 2027 not in the prose")
        if key not in ("iz05", "iz06", "iz08"):
            p.check(f"{fm(T['payback'])} năm" in b, f"payback {fm(T['payback'])} not in the prose")
        if P.get("tests"):
            t0 = T["test"][0]
            p.check(any(s in b for s in (fm(t0, 2), fm(t0), fm(t0 * 1000, 0), fm(t0 * 1e6, 0))),
                    "yearly testing cost not in the prose")
    if key == "iz01":
        g = ((P["hist"]["out"][2] / P["hist"]["out"][0]) ** 0.5 - 1) * 100
        p.has(f"khoảng {fm(g)} %/năm", f"{fm(M['raws'][0]['bal'][2], 0)} kg", f"90 bể × 400 lít = {fm(M['cap'], 0)}")
        p.check([t for t in P["tests"][0][1]] == [round(M["out"][y] / 500) for y in Y], "iz01 lots != output/500 l")
    if key == "iz02":
        g = ((T["h_rev"][2] / T["h_rev"][0]) ** 0.5 - 1) * 100
        p.has(f"tăng bình quân {fm(g)} %/năm", "5.900 nghìn đồng")
    if key == "iz03":
        p.check([t for t in P["tests"][0][1]] == [180, 200, 220], "iz03 batches")
        p.has("20.800.000 đồng", "21.200.000 đồng", "metanol chỉ khoảng 20 %")
        p.check(abs(lab_value("412") / 2000 - 0.20) < 0.01, "iz03 methanol share")
    if key == "iz07":
        p.check(P["tests"][0][1] == [round(M["out"][y] / 500) for y in Y], "iz07 lots != output/500 kg")
    if key in SKETCHY:
        n = len([w for w in b.split() if any(ch.isalnum() for ch in w)])
        p.check(150 <= n <= 350, f"sketchy plan has {n} words")
        p.check(not p.rows, "sketchy plan has a table")
        p.lacks(r"Phiếu|TCCS|tiêu chuẩn cơ sở|an toàn thực phẩm|giấy phép", "a paper in a sketchy plan")
        figs = {"iz11": ["3.000 lít", "5.000 lít", "60.000 đồng/lít", "180 triệu đồng", "80 triệu đồng"],
                "iz12": ["2 tấn", "3 tấn", "120.000 đồng/kg", "240 triệu đồng", "100 triệu đồng"]}[key]
        p.has(*figs)
        p.check(close(3000 * 60000 / 1e6, 180) if key == "iz11" else close(2000 * 120000 / 1e6, 240),
                "sketchy revenue")


def check(key: str) -> Plan:
    p = Plan(key)
    if key in PLANS:
        check_tables(p)
        check_relations(p)
        check_lab(p)
        nt = len(re.findall(r"^Bảng \d+\. ", p.text, re.M))
        p.check(10 <= nt <= 15, f"{nt} tables")
    check_text(p)
    return p


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
