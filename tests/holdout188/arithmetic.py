"""The 188th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout188/arithmetic.py [gg01 gg02 ...]

Theme: growers of fresh or lightly processed produce. For every full plan (gg01-gg10) the constants
give the plots (trees by planting year, m² of greenhouse, sào, ha, bags of substrate) with their
count and yield per year (trees coming into bearing), the grades with their share of the harvest,
their price per year and their conversion (1 for fresh, 1/5 or 1/4,5 or 1/4 for dried), the
grading / drying facility (rating x days), staff and wage, the cost lines (per area unit, per kg
harvested, share of revenue, fixed), investment items and sources, loan balances and rate, and the
2024-2026 history. model() computes every figure the plans print; the checks below read each table
back from the plan's source (found by its caption "Bảng N. <title>") and compare: planted numeric
defects wrong by more than 5 % (true value computed beside them), every other number right within
1 %. Textual defects are asserted by the absence or presence of their words. Sketchy plans:
150-350 words, no table.
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

# plots: (label, count word, counts per year, yield unit text, yields per count per year)
# grades: (label, share of harvest, prices per year (đồng per sold unit), conversion sold/harvested)
# area: (word, per year) the area the per-area cost lines use
# cap: (facility text, rating per day, harvest days)  -> seasonal capacity, used by the harvest
# roles: (role, staff per year); wage triệu/month (flat)
# costs: ("area", label, basis text, triệu per area unit) | ("kg", label, basis, đồng per harvested unit)
#        | ("share", label, basis, share of revenue) | ("fixed", label, basis, triệu)
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan per year, rate; life (years)
# hist: area, harvest, average price
PLANS: dict[str, dict] = {
    "gg01": dict(
        unit="kg",
        plots=[("Cam trồng 2016", "cây", [4800] * 3, "kg/cây", [38, 40, 40]),
               ("Cam trồng 2020", "cây", [3600] * 3, "kg/cây", [28, 32, 35]),
               ("Cam trồng 2023", "cây", [2400] * 3, "kg/cây", [6, 12, 20])],
        grades=[("Cam loại 1", 0.60, [24000, 25000, 26000], 1),
                ("Cam loại 2", 0.30, [14000, 14500, 15000], 1),
                ("Cam loại bỏ", 0.10, [4000, 4000, 4000], 1)],
        area=("ha", [27, 27, 27]),
        cap=("Nhà sơ chế", 2400, 170, "kg/ngày", "ngày thu hoạch"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Chăm sóc vườn", [8, 8, 8]),
               ("Phân loại, đóng thùng", [3, 3, 4]), ("Bán hàng, kho", [2, 2, 2])],
        wage=6.0,
        costs=[("area", "Phân bón, chế phẩm sinh học", "60 triệu/ha", 60),
               ("kg", "Thu hái thời vụ, phân loại", "2.500 đ/kg", 2500),
               ("kg", "Thùng carton, túi, tem", "1.500 đ/kg", 1500),
               ("share", "Bán hàng, vận chuyển", "5 % doanh thu", 0.05),
               ("share", "Thuế, phí", "1 % doanh thu", 0.01),
               ("fixed", "Thuê đất, thủy lợi phí", "cố định", 135),
               ("fixed", "Chi phí khác", "cố định", 120)],
        inv=[("Nhà sơ chế, kho mát 200 m²", 900, True), ("Máy phân loại cam theo cỡ", 450, True),
             ("Tưới nhỏ giọt cho 9 ha", 540, True), ("Thay cây giống, trồng dặm", 160, True),
             ("Mã QR, bao bì, tái chứng nhận VietGAP", 90, False), ("Vốn lưu động", 560, False)],
        src=[("Vốn góp của thành viên", 1100), ("Quỹ phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp", 1300)],
        loan=[1300, 1000, 700], rate=0.08, life=10,
        hist=dict(area=[27, 27, 27], harvest=[231000, 252000, 270000], price=[17500, 18000, 18500])),
    "gg02": dict(
        unit="quả",
        plots=[("Bưởi trồng 2012", "cây", [320] * 3, "quả/cây", [85, 90, 90]),
               ("Bưởi trồng 2018", "cây", [260] * 3, "quả/cây", [50, 60, 70]),
               ("Bưởi trồng 2022", "cây", [180] * 3, "quả/cây", [8, 20, 35])],
        grades=[("Bưởi loại 1", 0.65, [40000, 41000, 42000], 1),
                ("Bưởi loại 2", 0.27, [22000, 22500, 23000], 1),
                ("Bưởi loại bỏ", 0.08, [5000, 5000, 5000], 1)],
        area=("sào", [38, 38, 38]),
        cap=("Nhà bảo quản", 800, 100, "quả/ngày", "ngày thu hoạch"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Chăm sóc vườn", [2, 2, 2]),
               ("Bao quả, phân loại", [1, 1, 2])],
        wage=5.5,
        costs=[("area", "Phân bón, chế phẩm sinh học", "11 triệu/sào", 11),
               ("kg", "Túi bao quả, thu hái thời vụ", "1.800 đ/quả", 1800),
               ("kg", "Hộp, lưới xốp, tem", "2.500 đ/quả", 2500),
               ("share", "Bán hàng, vận chuyển", "6 % doanh thu", 0.06),
               ("share", "Thuế, phí", "1,5 % doanh thu", 0.015),
               ("fixed", "Chi phí khác", "cố định", 40)],
        inv=[("Nhà bảo quản, phân loại 60 m²", 220, True), ("Tưới phun mưa gốc cho 38 sào", 140, True),
             ("Cây giống ghép, trồng dặm", 40, True), ("Hộp, tem QR, tái chứng nhận VietGAP", 45, False),
             ("Vốn lưu động", 155, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 150, 100], rate=0.066, life=10,
        hist=dict(area=[38, 38, 38], harvest=[34500, 36800, 39000], price=[28500, 29500, 31000])),
    "gg03": dict(
        unit="kg",
        plots=[("Nhà màng khu A", "m²", [6000] * 3, "kg/m²/năm", [9.0, 9.3, 9.6]),
               ("Nhà màng khu B", "m²", [4000] * 3, "kg/m²/năm", [8.4, 9.0, 9.3]),
               ("Nhà màng khu C (mới)", "m²", [0, 4000, 4000], "kg/m²/năm", [0, 7.8, 9.0])],
        grades=[("Dưa loại 1", 0.70, [45000, 46000, 47000], 1),
                ("Dưa loại 2", 0.22, [26000, 27000, 28000], 1),
                ("Dưa loại bỏ", 0.08, [3000, 3000, 3000], 1)],
        area=("1.000 m²", [10, 14, 14]),
        cap=("Dây chuyền sơ chế, đóng hộp", 1000, 110, "kg/ngày", "ngày thu hoạch"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật nhà màng", [3, 4, 4]),
               ("Chăm sóc, thu hái", [6, 8, 8]), ("Đóng hộp, giao hàng", [2, 2, 2])],
        wage=6.5,
        costs=[("area", "Giống, giá thể, dinh dưỡng", "80 triệu/1.000 m²", 80),
               ("kg", "Thu hái, phân loại", "1.000 đ/kg", 1000),
               ("kg", "Hộp, lưới xốp, tem", "2.000 đ/kg", 2000),
               ("share", "Bán hàng, vận chuyển", "6 % doanh thu", 0.06),
               ("share", "Thuế, phí", "1 % doanh thu", 0.01),
               ("fixed", "Chi phí khác", "cố định", 150)],
        inv=[("Nhà màng khu C 4.000 m²", 1400, True), ("Tưới nhỏ giọt, châm phân tự động", 420, True),
             ("Kho mát 40 m³", 260, True), ("Bao bì, tem truy xuất", 70, False),
             ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 1350), ("Vay Ngân hàng thương mại", 1300)],
        loan=[1300, 1000, 700], rate=0.085, life=10,
        hist=dict(area=[10, 10, 10], harvest=[72000, 80000, 86000], price=[40000, 41500, 43000])),
    "gg04": dict(
        unit="kg",
        plots=[("Nhà nấm số 1 và 2", "bịch", [48000] * 3, "kg/bịch", [0.60, 0.62, 0.62]),
               ("Nhà nấm số 3", "bịch", [20000, 28000, 28000], "kg/bịch", [0.58, 0.60, 0.62])],
        grades=[("Nấm loại 1", 0.80, [38000, 40000, 42000], 1),
                ("Nấm loại 2", 0.15, [22000, 23000, 24000], 1),
                ("Nấm loại bỏ", 0.05, [0, 0, 0], 1)],
        area=("1.000 bịch", [68, 76, 76]),
        cap=("Phòng sơ chế", 200, 300, "kg/ngày", "ngày làm việc"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Đóng bịch, hấp, cấy giống", [2, 2, 2]),
               ("Chăm sóc, thu hái", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=4.5,
        costs=[("area", "Phôi, mùn cưa, cám, giống", "6 triệu/1.000 bịch", 6),
               ("kg", "Khay, màng bọc, nhãn", "1.500 đ/kg", 1500),
               ("kg", "Điện, nước, củi hấp", "900 đ/kg", 900),
               ("share", "Bán hàng, vận chuyển", "5 % doanh thu", 0.05),
               ("share", "Thuế, phí", "1,5 % doanh thu", 0.015),
               ("fixed", "Chi phí khác", "cố định", 30)],
        inv=[("Nhà nấm số 3 (mở rộng, 120 m²)", 180, True), ("Nồi hấp phôi 1.000 bịch/mẻ", 95, True),
             ("Máy đóng bịch, phun sương", 65, True), ("Nhãn, khay, tự công bố", 25, False),
             ("Vốn lưu động", 135, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 200)],
        loan=[200, 150, 100], rate=0.06, life=8,
        hist=dict(area=[40, 44, 48], harvest=[23200, 25900, 28800], price=[30000, 31000, 32000])),
    "gg05": dict(
        unit="kg",
        plots=[("Rau ăn lá", "sào", [30, 30, 32], "kg/sào/năm", [2400, 2500, 2500]),
               ("Rau ăn quả", "sào", [14, 16, 18], "kg/sào/năm", [3000, 3100, 3200]),
               ("Rau gia vị", "sào", [6, 6, 6], "kg/sào/năm", [1200, 1200, 1300])],
        grades=[("Rau loại 1", 0.85, [32000, 33000, 34000], 1),
                ("Rau loại 2", 0.10, [15000, 15000, 16000], 1),
                ("Rau loại bỏ", 0.05, [0, 0, 0], 1)],
        area=("sào", [50, 52, 56]),
        cap=("Nhà sơ chế", 600, 300, "kg/ngày", "ngày làm việc"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, chăm sóc", [10, 10, 11]),
               ("Sơ chế, đóng gói", [4, 4, 5]), ("Giao hàng, bán hàng", [2, 2, 2])],
        wage=5.5,
        costs=[("area", "Giống, phân hữu cơ, chế phẩm", "18 triệu/sào", 18),
               ("kg", "Túi, khay, tem", "1.200 đ/kg", 1200),
               ("kg", "Điện, nước tưới", "500 đ/kg", 500),
               ("share", "Bán hàng, vận chuyển", "6 % doanh thu", 0.06),
               ("share", "Thuế, phí", "1 % doanh thu", 0.01),
               ("fixed", "Chi phí khác", "cố định", 90)],
        inv=[("Nhà lưới 6 sào", 480, True), ("Nhà sơ chế, kho mát 80 m²", 390, True),
             ("Tưới phun sương, nhỏ giọt", 210, True), ("Xe tải lạnh 1,5 tấn", 450, True),
             ("Tái chứng nhận hữu cơ, bao bì", 80, False), ("Vốn lưu động", 390, False)],
        src=[("Vốn góp của thành viên", 900), ("Quỹ phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp", 900)],
        loan=[900, 700, 500], rate=0.08, life=10,
        hist=dict(area=[40, 44, 48], harvest=[98000, 106000, 114000], price=[27000, 28000, 29000])),
    "gg06": dict(
        unit="kg",
        plots=[("Chè của hợp tác xã", "ha", [6] * 3, "kg/ha/năm", [9000, 9500, 10000]),
               ("Chè hộ thành viên", "ha", [5] * 3, "kg/ha/năm", [8500, 9000, 9000])],
        grades=[("Chè búp khô đặc biệt", 0.25, [220000, 228000, 235000], 1 / 5),
                ("Chè xanh khô loại 1", 0.55, [125000, 130000, 135000], 1 / 4.5),
                ("Lá bánh tẻ bán tươi", 0.20, [4000, 4000, 4000], 1)],
        area=("ha", [11, 11, 11]),
        cap=("Máy sao, sấy", 500, 240, "kg tươi/ngày", "ngày sản xuất"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Hái, chăm sóc chè", [6, 6, 6]),
               ("Sao, vò, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5,
        costs=[("area", "Phân bón, chế phẩm, cắt tỉa", "24 triệu/ha", 24),
               ("kg", "Hái búp thời vụ", "4.000 đ/kg tươi", 4000),
               ("kg", "Củi, điện sao sấy", "600 đ/kg tươi", 600),
               ("kg", "Túi, hộp", "450 đ/kg tươi", 450),
               ("share", "Bán hàng, vận chuyển", "5 % doanh thu", 0.05),
               ("share", "Thuế, phí", "1 % doanh thu", 0.01),
               ("fixed", "Chi phí khác", "cố định", 80)],
        inv=[("Xưởng sao sấy 150 m²", 600, True), ("Máy sao, vò, sấy chè", 540, True),
             ("Tưới phun cho 6 ha chè", 240, True), ("Túi, hộp, kiểm nghiệm", 60, False),
             ("Vốn lưu động", 360, False)],
        src=[("Vốn góp của thành viên", 700), ("Quỹ phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp", 800)],
        loan=[800, 600, 400], rate=0.08, life=10,
        hist=dict(area=[11, 11, 11], harvest=[84000, 88000, 92000], price=[23000, 24000, 25000])),
    "gg07": dict(
        unit="kg",
        plots=[("Cà gai leo trồng 2024", "ha", [5] * 3, "kg/ha/năm", [16000, 16000, 15000]),
               ("Cà gai leo trồng 2026", "ha", [4] * 3, "kg/ha/năm", [12000, 16000, 16000])],
        grades=[("Dược liệu khô loại 1", 0.75, [95000, 98000, 100000], 1 / 4),
                ("Dược liệu khô loại 2", 0.20, [60000, 62000, 64000], 1 / 4),
                ("Thân già loại bỏ", 0.05, [0, 0, 0], 1)],
        area=("ha", [9, 9, 9]),
        cap=("Máy sấy bơm nhiệt", 900, 180, "kg tươi/ngày", "ngày sấy"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Trồng, cắt, phơi", [6, 6, 6]),
               ("Sấy, cắt đoạn, đóng túi", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=6.5,
        costs=[("area", "Giống, phân hữu cơ, làm cỏ", "42 triệu/ha", 42),
               ("kg", "Thu cắt thời vụ", "800 đ/kg tươi", 800),
               ("kg", "Điện sấy, túi", "700 đ/kg tươi", 700),
               ("share", "Bán hàng, đại lý", "6 % doanh thu", 0.06),
               ("share", "Thuế, phí", "1 % doanh thu", 0.01),
               ("fixed", "Thuê đất", "cố định", 90),
               ("fixed", "Chi phí khác", "cố định", 100)],
        inv=[("Xưởng sấy, kho 240 m²", 950, True), ("Máy sấy bơm nhiệt 2 buồng", 640, True),
             ("Máy cắt đoạn, máy đóng túi", 260, True), ("Tưới, cải tạo đất 4 ha", 300, True),
             ("Bao bì, mã vạch, tem QR", 80, False), ("Vốn lưu động", 570, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại", 900)],
        loan=[900, 700, 500], rate=0.085, life=10,
        hist=dict(area=[5, 5, 9], harvest=[64000, 78000, 80000], price=[20500, 21500, 22500])),
    "gg08": dict(
        unit="kg",
        plots=[("Bí xanh vụ Xuân", "sào", [40, 90, 160], "kg/sào/vụ", [2200, 2300, 2400]),
               ("Bí xanh vụ Hè Thu", "sào", [30, 70, 120], "kg/sào/vụ", [1800, 1900, 2000])],
        grades=[("Bí loại 1", 0.70, [9000, 9500, 10000], 1),
                ("Bí loại 2", 0.22, [5500, 5500, 6000], 1),
                ("Bí loại bỏ", 0.08, [0, 0, 0], 1)],
        area=("sào", [70, 160, 280]),
        cap=("Lán tập kết, phân loại", 12000, 70, "kg/ngày", "ngày thu hoạch"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Trồng, chăm sóc", [3, 3, 3]),
               ("Thu hái, bốc xếp", [1, 1, 1])],
        wage=4.5,
        costs=[("area", "Giống, phân, giàn", "4,5 triệu/sào", 4.5),
               ("kg", "Thu hái, bốc xếp", "400 đ/kg", 400),
               ("share", "Vận chuyển", "4 % doanh thu", 0.04),
               ("share", "Thuế, phí", "1 % doanh thu", 0.01),
               ("fixed", "Chi phí khác", "cố định", 40)],
        inv=[("Lán tập kết, phân loại 80 m²", 150, True), ("Hệ thống tưới 10 ha", 230, True),
             ("Giàn, màng phủ mở rộng", 120, True), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        loan=[300, 250, 200], rate=0.066, life=8,
        hist=dict(area=[60, 64, 68], harvest=[128000, 133000, 139000], price=[7200, 7500, 7800])),
    "gg09": dict(
        unit="kg",
        plots=[("Nhà nuôi trồng số 1", "bịch", [15000] * 3, "kg khô/bịch", [0.034, 0.035, 0.036]),
               ("Nhà nuôi trồng số 2", "bịch", [10000, 15000, 15000], "kg khô/bịch", [0.032, 0.034, 0.035])],
        grades=[("Linh chi loại 1", 0.70, [900000, 930000, 950000], 1),
                ("Linh chi loại 2", 0.25, [550000, 570000, 580000], 1),
                ("Linh chi loại bỏ", 0.05, [0, 0, 0], 1)],
        area=("1.000 bịch", [25, 30, 30]),
        cap=("Máy sấy", 15, 90, "kg khô/mẻ", "mẻ/năm"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Đóng bịch, chăm sóc", [1, 1, 1]),
               ("Sấy, đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0,
        costs=[("area", "Phôi, giống, mùn cưa", "7 triệu/1.000 bịch", 7),
               ("kg", "Túi, hộp, nhãn", "25.000 đ/kg", 25000),
               ("kg", "Điện sấy, hấp", "30.000 đ/kg", 30000),
               ("share", "Bán hàng, vận chuyển", "6 % doanh thu", 0.06),
               ("share", "Thuế, phí", "1,5 % doanh thu", 0.015),
               ("fixed", "Chi phí khác", "cố định", 20)],
        inv=[("Nhà nuôi trồng số 2 (100 m²)", 140, True), ("Máy sấy nhiệt 40 kg/mẻ", 70, True),
             ("Phun sương, quạt thông gió", 40, True), ("Hộp, nhãn, mã QR", 20, False),
             ("Vốn lưu động", 80, False)],
        src=[("Vốn tự có của hộ", 230), ("Vay Ngân hàng Nông nghiệp", 120)],
        loan=[120, 80, 40], rate=0.08, life=8,
        hist=dict(area=[14, 16, 18], harvest=[476, 544, 630], price=[700000, 720000, 740000])),
    "gg10": dict(
        unit="kg",
        plots=[("Măng tây trồng 2022", "ha", [4] * 3, "kg/ha/năm", [9000, 9200, 9200]),
               ("Măng tây trồng 2025", "ha", [2] * 3, "kg/ha/năm", [4500, 7500, 9000]),
               ("Măng tây trồng 2027", "ha", [1.5] * 3, "kg/ha/năm", [0, 2000, 5000])],
        grades=[("Măng loại 1", 0.62, [78000, 80000, 82000], 1),
                ("Măng loại 2", 0.28, [45000, 46000, 47000], 1),
                ("Măng loại bỏ", 0.10, [8000, 8000, 8000], 1)],
        area=("ha", [7.5, 7.5, 7.5]),
        cap=("Nhà sơ chế", 250, 280, "kg/ngày", "ngày thu hoạch"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chăm sóc, thu hái", [9, 10, 11]),
               ("Phân loại, bó, đóng hộp", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0,
        costs=[("area", "Phân hữu cơ, chế phẩm, tưới", "70 triệu/ha", 70),
               ("kg", "Hộp, dây bó, tem", "3.000 đ/kg", 3000),
               ("kg", "Đá lạnh, kho mát", "1.500 đ/kg", 1500),
               ("share", "Bán hàng, vận chuyển", "6 % doanh thu", 0.06),
               ("share", "Thuế, phí", "1 % doanh thu", 0.01),
               ("fixed", "Thuê đất", "cố định", 60),
               ("fixed", "Chi phí khác", "cố định", 80)],
        inv=[("Giống, làm đất 1,5 ha trồng 2027", 420, True), ("Tưới nhỏ giọt 1,5 ha", 150, True),
             ("Nhà sơ chế, kho mát 60 m²", 380, True), ("Bao bì, tem, tái chứng nhận", 50, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp", 500)],
        loan=[500, 400, 300], rate=0.08, life=10,
        hist=dict(area=[4, 6, 6], harvest=[30000, 34500, 43000], price=[58000, 60000, 62000])),
}

# Planted numeric defects: what the plan prints instead of the true figure.
DEFECTS = {
    "gg03": dict(rev_line=(0, 1, 1.16), use_printed=[None, 88.0, 92.0]),
    "gg04": dict(cost_total=(1, 0.89)),
    "gg06": dict(dried=[[4800, 5700, 6400], [11700, 13900, 15600]], payback_printed=1.1),
    "gg07": dict(area_text=12),
    "gg08": dict(profit=(0, 1.28)),
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str, printed: bool = True) -> dict:
    p = PLANS[key]
    d = DEFECTS.get(key, {}) if printed else {}
    m: dict = {}
    rows = []
    for lab, word, counts, yunit, yields in p["plots"]:
        out = [round(counts[y] * yields[y]) if p is not PLANS["gg09"] else round(counts[y] * yields[y])
               for y in range(3)]
        rows.append(out)
    m["plot_out"] = rows
    m["harvest"] = [sum(r[y] for r in rows) for y in range(3)]
    # graded quantities (sold units)
    gq = []
    for i, (lab, share, prices, conv) in enumerate(p["grades"]):
        gq.append([round(m["harvest"][y] * share * conv) for y in range(3)])
    m["grade_fresh"] = [[round(m["harvest"][y] * g[1]) for y in range(3)] for g in p["grades"]]
    if "dried" in d or key == "gg06":
        dried = DEFECTS["gg06"]["dried"]
        for i in range(2):
            gq[i] = list(dried[i])  # gg06 prints its dried targets (printed and true alike)
    m["grade_qty"] = gq
    m["prices"] = [g[2] for g in p["grades"]]
    rev = [[r1(gq[i][y] * p["grades"][i][2][y] / 1e6) for y in range(3)] for i in range(len(gq))]
    if "rev_line" in d:
        i, y, f = d["rev_line"]
        rev[i][y] = r1(rev[i][y] * f)
    m["rev_lines"] = rev
    m["revenue"] = [r1(sum(r[y] for r in rev)) for y in range(3)]
    # capacity
    cap = p["cap"][1] * p["cap"][2]
    m["cap"] = cap
    m["through"] = list(m["harvest"])
    if key == "gg06":
        m["through"] = [round(gq[0][y] * 5 + gq[1][y] * 4.5) for y in range(3)]
    m["use"] = [r1(m["through"][y] / cap * 100) for y in range(3)]
    if "use_printed" in d:
        m["use"] = [u if v is None else v for u, v in zip(m["use"], d["use_printed"])]
    # staff and wages
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["wages"] = [r1(m["staff"][y] * p["wage"] * 12) for y in range(3)]
    # investment
    m["inv_total"] = sum(x[1] for x in p["inv"])
    m["fixed_assets"] = sum(x[1] for x in p["inv"] if x[2])
    m["src_total"] = sum(x[1] for x in p["src"])
    m["dep"] = r1(m["fixed_assets"] / p["life"])
    m["interest"] = [r1(p["loan"][y] * p["rate"]) for y in range(3)]
    # costs
    lines = []
    for c in p["costs"]:
        kind, lab, basis, v = c
        if kind == "area":
            vals = [r1(v * p["area"][1][y]) for y in range(3)]
        elif kind == "kg":
            base = m["harvest"]
            vals = [r1(v * base[y] / 1e6) for y in range(3)]
        elif kind == "share":
            vals = [r1(v * m["revenue"][y]) for y in range(3)]
        else:
            vals = [float(v)] * 3
        lines.append((lab, basis, vals))
    lines.append(("Tiền lương, tiền công", "lương cố định", m["wages"]))
    lines.append(("Khấu hao tài sản", f"{p['life']} năm", [m["dep"]] * 3))
    lines.append(("Lãi vay", f"{str(p['rate'] * 100).rstrip('0').rstrip('.').replace('.', ',')} %/năm",
                  m["interest"]))
    m["cost_lines"] = lines
    m["cost_true_sum"] = [r1(sum(l[2][y] for l in lines)) for y in range(3)]
    m["cost"] = list(m["cost_true_sum"])
    if "cost_total" in d:
        y, f = d["cost_total"]
        m["cost"][y] = r1(m["cost"][y] * f)
    m["profit"] = [r1(m["revenue"][y] - m["cost"][y]) for y in range(3)]
    if "profit" in d:
        y, f = d["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["revenue"][y] * 100) for y in range(3)]
    avgp = sum(m["profit"]) / 3
    m["payback"] = r1(m["inv_total"] / (avgp + m["dep"]))
    if "payback_printed" in d:
        m["payback"] = d["payback_printed"]
    # history
    h = p["hist"]
    m["hist_rev"] = [r1(h["harvest"][y] * h["price"][y] / 1e6) for y in range(3)]
    m["hist_yield"] = [round(h["harvest"][y] / h["area"][y]) for y in range(3)]
    # raw balance for processed plans: fresh need for the dried grades vs fresh graded supply
    m["fresh_need"] = [[round(gq[i][y] / p["grades"][i][3]) for y in range(3)]
                       for i in range(len(gq))]
    return m


# --------------------------------------------------------------------------- checks
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|03/2014|01/2021/NĐ-CP|"
            r"Luật Hợp tác xã (năm )?2012|cấp huyện|(?<!\w)huyện(?!\w)")
STEMS = {
    "gg01": "gg01_cam_chanh_khe_may_htx", "gg02": "gg02_buoi_phuc_trach_duc_lan_hkd",
    "gg03": "gg03_dua_luoi_nha_mang_thach_van_cty", "gg04": "gg04_nam_so_dong_tien_tht",
    "gg05": "gg05_rau_huu_co_xuan_hoi_htx", "gg06": "gg06_che_bup_son_tay_htx",
    "gg07": "gg07_ca_gai_leo_hong_linh_ctcp", "gg08": "gg08_bi_xanh_tuong_son_tht",
    "gg09": "gg09_linh_chi_ha_phuc_hkd", "gg10": "gg10_mang_tay_cam_lac_cty",
    "gg11": "gg11_rau_ma_so_sai", "gg12": "gg12_dinh_lang_so_sai",
}
READY = ("gg01", "gg02", "gg05", "gg10")
_NUMCELL = re.compile(r"^[\d.,]+$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap = None
        for line in self.body.splitlines():
            s = line.strip()
            if m := re.match(r"^Bảng \d+\. (.+)$", s):
                cap = m.group(1)
                self.tables[cap] = []
            elif s.startswith("|") and cap is not None:
                if not s.startswith("|---"):
                    self.tables[cap].append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT") and not s.startswith("|"):
                cap = None

    def tab(self, title: str) -> list[list[str]]:
        for k, v in self.tables.items():
            if k.startswith(title):
                return v
        self.failures.append(f"table not found: {title}")
        return []

    def trow(self, title: str, label: str, n: int = 3) -> list[float]:
        for r in self.tab(title):
            if len(r) > 1 and (r[1].startswith(label) or r[0].startswith(label)):
                nums = [vn(c) for c in r[2:] if _NUMCELL.match(c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {title} / {label}")
        return [0.0] * n

    def eq(self, got, want, what, tol=0.01):
        for y, (g, w) in enumerate(zip(got, want)):
            if not close(g, w, tol) and abs(g - w) > 0.051:
                self.failures.append(f"{what} [{y}]: printed {g}, computed {w}")

    def wrong(self, got, true, what):
        if not off(got, true):
            self.failures.append(f"planted {what}: printed {got} not >5 % from true {true}")


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def check_full(key: str) -> Plan:
    pl = Plan(STEMS[key])
    p, m, t = PLANS[key], model(key), model(key, printed=False)
    u = p["unit"]
    # history: revenue = harvest x price, yield = harvest / area
    h = p["hist"]
    hh = pl.trow("Kết quả", "Sản lượng thu hoạch")
    hp = pl.trow("Kết quả", "Giá bán bình quân")
    pl.eq(hh, h["harvest"], "history harvest")
    pl.eq(hp, h["price"], "history price")
    pl.eq(pl.trow("Kết quả", "Doanh thu"), [r1(a * b / 1e6) for a, b in zip(hh, hp)], "history revenue = harvest x price")
    pl.eq(pl.trow("Kết quả", "Năng suất"), [a / b for a, b in zip(hh, h["area"])], "history yield", tol=0.011)
    pl.check(m["harvest"][0] <= h["harvest"][2] * 1.75, "2027 harvest within reach of 2026")
    # harvest = count x yield per plot, total = sum
    tot = [0.0, 0.0, 0.0]
    for i, (lab, word, counts, yunit, yields) in enumerate(p["plots"]):
        c = pl.trow("Diện tích", f"{lab}: quy mô")
        yy = pl.trow("Diện tích", f"{lab}: năng suất")
        o = pl.trow("Diện tích", f"{lab}: sản lượng")
        pl.eq(c, counts, f"{lab} count"); pl.eq(yy, yields, f"{lab} yield")
        pl.eq(o, [a * b for a, b in zip(c, yy)], f"{lab} output = count x yield")
        tot = [a + b for a, b in zip(tot, o)]
    H = pl.trow("Diện tích", "Tổng sản lượng")
    pl.eq(H, tot, "harvest total = sum of plots")
    # grading
    grade_title = "Kế hoạch chế biến" if key == "gg06" else "Sản lượng theo hạng"
    if key == "gg06":
        f1 = pl.trow(grade_title, "Búp 1 tôm 2 lá"); f2 = pl.trow(grade_title, "Búp 1 tôm 3 lá")
        pl.eq(f1, [x * 0.25 for x in H], "1 bud 2 leaves = 25 %"); pl.eq(f2, [x * 0.55 for x in H], "1 bud 3 leaves = 55 %")
        k1 = pl.trow(grade_title, "Chè búp khô"); k2 = pl.trow(grade_title, "Chè xanh khô")
        n1 = pl.trow(grade_title, "Búp tươi cần (5"); n2 = pl.trow(grade_title, "Búp tươi cần (4,5")
        pl.eq(n1, [x * 5 for x in k1], "need = dried x 5"); pl.eq(n2, [x * 4.5 for x in k2], "need = dried x 4,5")
        pl.eq(k1, m["grade_qty"][0], "dried special"); pl.eq(k2, m["grade_qty"][1], "dried grade 1")
        pl.check(n1[0] <= f1[0] and n2[0] <= f2[0], "2027 within supply")
        for y in (1, 2):  # PLANTED material-shortfall
            pl.wrong(n1[y] + n2[y], f1[y] + f2[y], f"material-shortfall {YEARS[y]} need vs supply")
            pl.check(n1[y] > f1[y] and n2[y] > f2[y], f"material-shortfall {YEARS[y]}: need above supply")
        qty = [k1, k2, pl.trow(grade_title, "Lá bánh tẻ")]
        pl.eq(qty[2], [x * 0.20 for x in H], "leaves sold fresh = 20 %")
        pl.has("bảo đảm đủ nguyên liệu")
    else:
        qty = []
        for i, (lab, share, prices, conv) in enumerate(p["grades"]):
            q = pl.trow(grade_title, lab)
            pl.eq(q, [x * share * conv for x in H], f"{lab} = harvest x {share} x conv", tol=0.012)
            qty.append(q)
        pl.check(abs(sum(g[1] for g in p["grades"]) - 1) < 1e-9, "grade shares sum to 100 %")
    # capacity
    fac, rating, n, rtext, ntext = p["cap"]
    capt = "Năng lực"
    cap = pl.trow(capt, "Công suất cả năm")
    pl.eq(cap, [rating * n] * 3, "capacity = rating x days")
    thr = pl.trow(capt, "4", 3)
    use = pl.trow(capt, "Mức sử dụng")
    true_use = [a / b * 100 for a, b in zip(thr, cap)]
    if key == "gg03":  # PLANTED capacity-exceeded: use row printed 88 / 92 %
        pl.eq(thr, H, "through = harvest")
        pl.eq(use[:1], true_use[:1], "use 2027")
        for y in (1, 2):
            pl.check(true_use[y] > 105, f"capacity-exceeded {YEARS[y]}: {true_use[y]:.1f} % > 100 %")
            pl.wrong(use[y], true_use[y], f"use row {YEARS[y]}")
        pl.has("92 % công suất", "không đầu tư thêm dây chuyền")
        pl.check("Dây chuyền" not in " ".join(x[0] for x in p["inv"]), "no packing line bought")
    else:
        pl.eq(use, true_use, "use = through / capacity")
        pl.check(max(true_use) <= 90.0, "capacity use at most 90 %")
    # staff
    st = [pl.trow("Lao động", r[0]) for r in p["roles"]]
    tot_st = pl.trow("Lao động", "Tổng số lao động")
    pl.eq(tot_st, [sum(x[y] for x in st) for y in range(3)], "staff total")
    pl.eq(pl.trow("Lao động", "Quỹ lương"), [s * p["wage"] * 12 for s in tot_st], "wage fund = staff x wage x 12")
    # investment and sources
    inv = [pl.trow("Nhu cầu vốn", x[0], 1)[0] for x in p["inv"]]
    inv_tot = pl.trow("Nhu cầu vốn", "Tổng cộng", 1)[0]
    pl.eq([inv_tot], [sum(inv)], "investment total = sum of items")
    srcs = [pl.trow("Cơ cấu nguồn vốn", x[0], 2) for x in p["src"]]
    src_tot = pl.trow("Cơ cấu nguồn vốn", "Tổng cộng", 2)
    pl.eq([src_tot[0]], [sum(s[0] for s in srcs)], "sources total = sum")
    for s in srcs:
        pl.eq([s[1]], [s[0] / src_tot[0] * 100], "source share")
    if key == "gg07":  # PLANTED capital-mismatch
        pl.wrong(src_tot[0], inv_tot, "capital-mismatch sources vs investment")
        pl.has("bảo đảm đủ vốn cho phương án")
    else:
        pl.eq([src_tot[0]], [inv_tot], "sources = investment")
    # prices and revenue
    pr = [pl.trow("Giá bán dự kiến", g[0]) for g in p["grades"]]
    for g, x in zip(p["grades"], pr):
        pl.eq(x, g[2], f"price {g[0]}")
    rev_lines = [pl.trow("Doanh thu theo hạng", g[0]) for g in p["grades"]]
    for i, g in enumerate(p["grades"]):
        calc = [q * c / 1e6 for q, c in zip(qty[i], pr[i])]
        for y in range(3):
            if key == "gg03" and i == 0 and y == 1:  # PLANTED revenue-mismatch
                pl.wrong(rev_lines[i][y], calc[y], "revenue-mismatch 2028 Dưa loại 1")
                pl.eq([rev_lines[i][y]], [t["rev_lines"][0][1] * 1.16], "inflated line as modelled")
            else:
                pl.eq([rev_lines[i][y]], [calc[y]], f"revenue {g[0]} {YEARS[y]} = qty x price")
    REV = pl.trow("Doanh thu theo hạng", "Tổng doanh thu")
    pl.eq(REV, [sum(r[y] for r in rev_lines) for y in range(3)], "revenue total = sum of lines")
    pl.eq(REV, m["revenue"], "revenue total as modelled")
    # costs
    lines = []
    for lab, basis, vals in m["cost_lines"]:
        got = pl.trow("Chi phí sản xuất", lab)
        lines.append(got)
        pl.eq(got, vals, f"cost line {lab}")
    for c, got in zip(p["costs"], lines):
        kind, lab, basis, v = c
        drv = {"area": [v * a for a in p["area"][1]], "kg": [v * x / 1e6 for x in H],
               "share": [v * r for r in REV], "fixed": [v] * 3}[kind]
        pl.eq(got, drv, f"cost {lab} from its basis '{basis}'")
    pl.eq(lines[-3], pl.trow("Lao động", "Quỹ lương"), "wages = wage fund")
    pl.eq(lines[-2], [sum(x[1] for x in p["inv"] if x[2]) / p["life"]] * 3, "depreciation = fixed assets / life")
    pl.eq(lines[-1], [b * p["rate"] for b in p["loan"]], "interest = balance x rate")
    COST = pl.trow("Chi phí sản xuất", "Tổng chi phí")
    sums = [sum(l[y] for l in lines) for y in range(3)]
    for y in range(3):
        if key == "gg04" and y == 1:  # PLANTED table-total-mismatch
            pl.wrong(COST[y], sums[y], "table-total-mismatch cost total 2028")
        else:
            pl.eq([COST[y]], [sums[y]], f"cost total {YEARS[y]} = sum of lines")
    # summary
    pl.eq(pl.trow("Tổng hợp", "Doanh thu"), REV, "summary revenue")
    pl.eq(pl.trow("Tổng hợp", "Tổng chi phí"), COST, "summary cost")
    PRO = pl.trow("Tổng hợp", "Lợi nhuận")
    for y in range(3):
        if key == "gg08" and y == 0:  # PLANTED profit-mismatch
            pl.wrong(PRO[y], REV[y] - COST[y], "profit-mismatch 2027")
        else:
            pl.eq([PRO[y]], [REV[y] - COST[y]], f"profit {YEARS[y]} = revenue - cost")
    pl.eq(pl.trow("Tổng hợp", "Tỷ suất"), [a / b * 100 for a, b in zip(PRO, REV)], "margin")
    true_margin = [x / r * 100 for x, r in zip(t["profit"], t["revenue"])]
    pl.check(all(0 < x <= 60 for x in true_margin), f"true margins plausible {true_margin}")
    if key not in ("gg08",):
        pl.check(max(t["revenue"][1] / t["revenue"][0], t["revenue"][2] / t["revenue"][1]) < 1.75,
                 "true revenue growth explained by area / bearing")
    # payback
    dep = lines[-2][0]
    pb_calc = inv_tot / (sum(PRO) / 3 + dep)
    mm = re.search(r"(?:≈|khoảng) ([\d,]+) năm", pl.body)
    pb = vn(mm.group(1)) if mm else 0
    if key == "gg06":  # PLANTED payback-mismatch
        pl.wrong(pb, pb_calc, "payback-mismatch")
    else:
        pl.check(abs(pb - pb_calc) <= 0.06, f"payback printed {pb} vs {pb_calc:.2f}")
    pl.lacks(PLACEHOLDER, "template placeholder") if key != "gg09" else None
    return pl


def has_not(pl: Plan, pats: list[str], what: str) -> None:
    for pat in pats:
        pl.lacks(pat, what)


def specific(key: str, pl: Plan) -> None:
    m, t = model(key), model(key, printed=False)
    if key in READY:
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS", "phiếu kết quả thử nghiệm",
               "nhãn hiệu", "truy xuất", "cam kết sản xuất thực phẩm an toàn", "nhật ký")
        pl.lacks(REPLACED, "outdated instrument in a ready plan")
        for dd in re.findall(r"hiệu lực đến (\d\d/\d\d?/(\d{4}))", pl.body):
            pl.check(int(dd[1]) >= 2028, f"paper in force: {dd[0]}")
    if key == "gg01":
        pl.has("VietGAP", "đánh giá lại")
    if key == "gg05":
        pl.has("TCVN 11041-2:2017", "hữu cơ")
    if key == "gg02":
        pl.has("chỉ dẫn địa lý", "quả")
    if key == "gg03":  # no-trademark
        has_not(pl, [r"nhãn hiệu", r"thương hiệu", r"sở hữu trí tuệ", r"\blogo\b", r"bảo hộ", r"chỉ dẫn địa lý"], "no-trademark")
        pl.has("VietGAP", "TCCS", "43/2017")
    if key == "gg04":  # no-quality-control, name-inconsistent
        has_not(pl, [r"truy xuất", r"nhật ký", r"\bQR\b", r"mã lô", r"(?<!\w)lô(?!\w)", r"kiểm soát", r"lưu mẫu",
                     r"(?<!\w)tem(?!\w)", r"mã vạch", r"VietGAP", r"sổ theo dõi"], "no-quality-control")
        pl.check(pl.count("Tổ hợp tác Nấm sạch Yên Lộc") >= 3, "other producer named 3 times")
        pl.check(pl.count("Tổ hợp tác trồng nấm Đồng Tiến") >= 2, "own name present")
        pl.has("cam kết sản xuất thực phẩm an toàn", "TCCS", "nhãn hiệu")
    if key == "gg06":  # no-label-plan
        has_not(pl, [r"nhãn(?! hiệu)", r"43/2017", r"111/2021", r"(?<!\w)tem(?!\w)", r"mã vạch", r"\bQR\b"], "no-label-plan")
        pl.has("an toàn thực phẩm", "TCCS", "nhãn hiệu", "nhật ký")
    if key == "gg07":  # no-food-safety, figure-inconsistent
        has_not(pl, [r"an toàn thực phẩm", r"ATTP", r"đủ điều kiện", r"15/2018", r"vệ sinh", r"cam kết"], "no-food-safety")
        pl.has("vùng 12 ha")
        pl.check(sum(x[2][0] for x in PLANS["gg07"]["plots"]) == 9 == PLANS["gg07"]["area"][1][0], "9 ha in the tables")
        pl.wrong(12, 9, "figure-inconsistent area")
        pl.has("TCCS", "nhãn hiệu", "43/2017")
    if key == "gg08":  # unrealistic-growth, no-sales-channel
        g = [t["revenue"][1] / t["revenue"][0] - 1, t["revenue"][2] / t["revenue"][1] - 1]
        pl.check(g[0] > 1.0 and g[1] > 0.6, f"unrealistic-growth true revenue growth {g}")
        hs = PLANS["gg08"]["hist"]["area"]
        pl.check(hs[2] - hs[1] == 4, "history +4 sào/year")
        pl.check(m["staff"][0] == m["staff"][2], "same staff")
        pl.has("giữ nguyên 6 lao động", "thị trường tiêu thụ rộng lớn")
        has_not(pl, [r"thương lái", r"(?<!\w)chợ(?!\w)", r"siêu thị", r"đại lý", r"bếp ăn", r"nhà hàng", r"cửa hàng",
                     r"hợp đồng tiêu thụ", r"khách hàng", r"thương mại điện tử", r"\bsàn\b", r"người mua"], "no-sales-channel")
    if key == "gg09":  # no-product-standard, outdated-policy, boilerplate
        has_not(pl, [r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN", r"quy chuẩn"],
                "no-product-standard")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "huyện Đức Thọ", "[tên sản phẩm]")
        pl.lacks(r"148/QĐ-TTg|1489", "current programme cited in the outdated plan")
        pl.has("an toàn thực phẩm", "nhãn hiệu", "truy xuất")
    if key == "gg10":
        pl.has("VietGAP", "Câu chuyện sản phẩm")
    if key not in READY:
        pass


def check_sketchy(key: str) -> Plan:
    pl = Plan(STEMS[key])
    n = words(pl.body)
    pl.check(150 <= n <= 350, f"sketchy length {n} words")
    pl.check(not pl.rows, "sketchy plan has no table")
    if key == "gg11":
        pl.has("3 sào", "6.000 kg", "15.000 đồng/kg", "90 triệu đồng", "40 triệu đồng")
        pl.check(abs(6000 * 15000 / 1e6 - 90) < 1e-9, "90 triệu = 6.000 kg x 15.000 đ")
        has_not(pl, [r"đăng ký", r"an toàn thực phẩm", r"nhãn", r"tiêu chuẩn"], "sketchy gg11 papers")
    else:
        pl.has("5 sào", "2.500 cây", "4.000 kg", "120.000 đồng/kg", "480 triệu đồng")
        pl.check(abs(4000 * 120000 / 1e6 - 480) < 1e-9, "480 triệu = 4.000 kg x 120.000 đ")
        has_not(pl, [r"an toàn thực phẩm", r"nhãn", r"tiêu chuẩn", r"công bố"], "sketchy gg12 papers")
    pl.lacks(REPLACED, "outdated instrument")
    return pl


def main(argv: list[str] | None = None) -> int:
    keys = (argv or []) or list(STEMS)
    plans = []
    for k in keys:
        if k in PLANS:
            pl = check_full(k)
            specific(k, pl)
        else:
            pl = check_sketchy(k)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
