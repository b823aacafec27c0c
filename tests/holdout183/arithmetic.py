"""The 183rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout183/arithmetic.py

Theme: plans that project with growth rates and percentages. For every full plan (gb01-gb10) the
constants give the products (pack size in the plan's base unit, the 2027 price, the 2027 packs),
the yearly output growth the text states, the yearly price growth, the 2024-2026 history (output,
average price, margin), the raw materials with their norm per base unit and the supply rows (count
x yield), the equipment rating (per day x working days, or per vat x vats), staff by role with the
2027 monthly wage and its yearly index, the cost lines reckoned as shares of revenue (raw material,
packaging, energy, selling, tax) and the fixed lines (wages, depreciation, interest, other),
investment items and capital sources, loan balances and rate. From them this script recomputes:
packs = 2027 packs x (1 + growth) per year, price = 2027 price x (1 + price growth) per year,
output = sum of packs x size, the growth row, capacity = rating x days and its use in %, history
revenue = output x average price, profit = revenue x margin and its average growth, raw material
need = output x norm against supply = sum of count x yield, staff by role, wage = 2027 wage x
index, wage fund = staff x wage x 12, investment items and sources with their shares, depreciation,
interest, every revenue line (packs x price), every cost line (share x the plan's revenue, with
the share printed in the "Căn cứ" column), the cost total, profit = revenue - cost, margin, and
payback = investment / (average profit + depreciation). Each figure is read back from the plan's
source (tables found by their caption "Bảng N.") and compared: planted numeric defects must be
wrong by more than 5 % (the true value is computed beside them), every other number right within
1 % (or 0,11 of a million). Textual defects are asserted through the presence or absence of their
words. Sketchy plans: 150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# product: (label, pack word, size in base units, 2027 price đ, 2027 packs)
# g_out: output (packs) growth 2027->2028 and 2028->2029; g_price: price growth a year
# hist: outputs 2024-2026, average price đ per base unit, margin (share of revenue)
# raws: (label, unit, norm per base unit, supply rows (label, [count per year], count word, yield))
# cap: (rating, multiplier, rating text, multiplier text, product indexes or None = all)
# roles: (role, staff per year); wage: 2027 monthly wage (triệu đồng), g_wage its yearly index
# shares: cost lines reckoned as a share of revenue: (key, label, share)
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "gb01": dict(
        unit="kg",
        products=[("Bánh đa vừng đen cán mỏng, túi 10 chiếc (500 g)", "túi", 0.5, 48000, 30000),
                  ("Bánh đa vừng đen nướng giòn, hộp 6 chiếc (240 g)", "hộp", 0.24, 38000, 15000),
                  ("Bánh đa vừng ăn liền cắt miếng, gói 100 g", "gói", 0.1, 15000, 30000)],
        g_out=(0.10, 0.10), g_price=0.04,
        hist=dict(out=[16500, 18000, 19700], price=[104000, 108000, 112000], margin=[0.085, 0.09, 0.096]),
        raws=[("Gạo tẻ (gạo Khang dân)", "kg", 0.9,
               [("Hộ trồng lúa thôn Trung Thành", [25, 25, 25], "hộ", 400),
                ("Hộ trồng lúa thôn Yên Hạ", [20, 20, 20], "hộ", 400),
                ("Hộ trồng lúa thôn Phúc Xuân", [18, 18, 18], "hộ", 400)]),
              ("Vừng đen", "kg", 0.08,
               [("Hộ trồng vừng thôn Bãi Trạch", [30, 30, 30], "hộ", 80)])],
        cap=(120, 300, "120 kg bánh/ngày", "300 ngày", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Tráng, phơi sấy, nướng bánh", [4, 5, 5]),
               ("Đóng gói, kho", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.06,
        shares=[("raw", "Nguyên liệu", 0.36),
                ("pack", "Bao bì, hộp, túi", 0.08),
                ("energy", "Điện, nước, than", 0.04),
                ("sell", "Bán hàng, vận chuyển", 0.05),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Máy tráng bánh đa tự động", 350, True), ("Lò sấy bánh bằng hơi nóng", 180, True),
             ("Máy nướng bánh hồng ngoại", 120, True), ("Cải tạo xưởng theo nguyên tắc một chiều", 200, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 380, 260], rate=0.08, other=80),
    "gb02": dict(
        unit="kg",
        products=[("Chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 40000),
                  ("Chè vằng khô cắt đoạn, túi 500 g", "túi", 0.5, 95000, 8000),
                  ("Chè vằng khô, bao 2 kg cho quán, nhà hàng", "bao", 2, 330000, 600)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[5600, 6100, 6650], price=[350000, 360000, 370000], margin=[0.15, 0.16, 0.165]),
        raws=[("Cành lá chè vằng tươi", "kg", 4.5,
               [("Vườn chè vằng của hợp tác xã", [10, 10, 10], "ha", 2000),
                ("Hộ thành viên thôn Tân Thành", [16, 16, 16], "hộ", 700),
                ("Hộ thôn Tây Sơn (hợp đồng thu mua)", [12, 12, 12], "hộ", 750)])],
        cap=(38, 260, "38 kg chè khô/ngày", "260 ngày", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi lọc", [2, 2, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=5.5, g_wage=0.05,
        shares=[("raw", "Chè vằng tươi", 0.38),
                ("pack", "Bao bì, túi lọc", 0.10),
                ("energy", "Điện sấy, nước", 0.04),
                ("sell", "Bán hàng, quảng bá", 0.06),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Nhà sấy và phòng đóng gói 90 m²", 260, True), ("Máy sấy bơm nhiệt 2 buồng", 240, True),
             ("Máy nghiền và máy đóng túi lọc tự động", 300, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 450), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=80),
    "gb03": dict(
        unit="lít",
        products=[("Nước cam ép nguyên chất, chai 330 ml", "chai", 0.33, 22000, 60000),
                  ("Nước cam ép nguyên chất, chai 1 lít", "chai", 1, 58000, 8000)],
        g_out=(0.12, 0.12), g_price=0.03,
        hist=dict(out=[20000, 22300, 24800], price=[58000, 60000, 62000], margin=[0.11, 0.12, 0.125]),
        raws=[("Cam tươi (cam chanh, cam bù)", "kg", 2.2,
               [("Vườn cam của hộ", [3, 3, 3], "ha", 15000),
                ("Hộ trồng cam thôn Kim Quang", [10, 10, 10], "hộ", 2500),
                ("Hộ trồng cam thôn Hòa Bình", [6, 6, 6], "hộ", 2500)])],
        cap=(220, 200, "220 lít/ngày", "200 ngày", None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Ép, lọc, thanh trùng", [2, 2, 3]),
               ("Chiết rót, đóng thùng, bán hàng", [2, 3, 3])],
        wage=5.0, g_wage=0.05,
        shares=[("raw", "Cam nguyên liệu", 0.36),
                ("pack", "Chai, nắp, thùng carton", 0.12),
                ("energy", "Điện, nước, gas", 0.05),
                ("sell", "Bán hàng, vận chuyển", 0.05),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Máy ép cam công nghiệp và máy lọc", 180, True),
             ("Thiết bị thanh trùng, chiết rót, đóng nắp", 260, True),
             ("Kho lạnh bảo quản cam 50 m³", 150, True), ("Cải tạo phòng chế biến 60 m²", 110, True),
             ("Bao bì, mã vạch, tem truy xuất", 30, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=30),
    "gb04": dict(
        unit="chiếc",
        products=[("Chiếu cói dệt máy in hoa, khổ 1,6 m", "chiếc", 1, 180000, 6000),
                  ("Chiếu cói đan tay, khổ 1,8 m", "chiếc", 1, 260000, 2000),
                  ("Thảm cói trải sàn 60 × 90 cm", "chiếc", 1, 95000, 5000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[10400, 11300, 12100], price=[148000, 152000, 156000], margin=[0.09, 0.10, 0.105]),
        raws=[("Cói khô (đã chẻ, phơi)", "kg", 1.5,
               [("Ruộng cói của các tổ viên", [4, 4, 4], "ha", 6000),
                ("Hộ trồng cói thôn Hội Thủy", [10, 10, 10], "hộ", 500)]),
              ("Sợi đay se", "kg", 0.12,
               [("Cơ sở se sợi đay Xuân Hải (hợp đồng)", [1, 1, 1], "cơ sở", 2000)])],
        cap=(32, 260, "4 máy × 8 chiếc/ngày", "260 ngày", [0]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chẻ, nhuộm, phơi cói", [3, 3, 3]),
               ("Dệt máy, đan tay", [5, 5, 6]), ("Hoàn thiện, đóng gói, bán hàng", [1, 2, 2])],
        wage=4.8, g_wage=0.05,
        shares=[("raw", "Cói, đay, màu nhuộm", 0.32),
                ("pack", "Bao bì, thẻ treo", 0.04),
                ("energy", "Điện, nước", 0.03),
                ("sell", "Bán hàng, hội chợ", 0.06),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Hai máy dệt chiếu bán tự động bổ sung", 180, True), ("Nhà xưởng dệt và kho 120 m²", 240, True),
             ("Bể nhuộm và bể lắng nước nhuộm", 60, True), ("Lò sấy cói chống mốc", 70, True),
             ("Thiết kế mẫu, bao bì, thẻ treo", 30, False), ("Đăng ký nhãn hiệu, thử nghiệm", 20, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội (các hộ tổ viên đứng vay)", 300)],
        life=10, loan=[300, 220, 140], rate=0.066, other=50),
    "gb05": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng 29,5 độ, chai 500 ml", "chai", 0.5, 75000, 24000),
                  ("Rượu nếp cái hoa vàng, bình gốm 2 lít", "bình", 2, 320000, 2500),
                  ("Rượu nếp cái 29,5 độ, can 5 lít", "can", 5, 480000, 600)],
        g_out=(0.20, 0.20), g_price=0.05,
        hist=dict(out=[14500, 16200, 18000], price=[130000, 135000, 140000], margin=[0.12, 0.13, 0.13]),
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.2,
               [("Ruộng nếp của thành viên", [30, 30, 30], "hộ", 600),
                ("Hộ trồng nếp thôn Đông Hà", [35, 35, 35], "hộ", 600)])],
        cap=(100, 250, "2 nồi × 50 lít/ngày", "250 ngày", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.8, g_wage=0.06,
        shares=[("raw", "Gạo nếp, men lá", 0.34),
                ("pack", "Chai, bình gốm, hộp", 0.10),
                ("energy", "Củi, điện, nước", 0.05),
                ("sell", "Bán hàng, quảng bá", 0.06),
                ("tax", "Thuế, phí khác", 0.02)],
        inv=[("Kho hạ thổ, ủ rượu 60 m²", 200, True),
             ("Máy lọc, khử andehit và hệ thống chiết rót", 260, True),
             ("Chum, bình gốm ủ rượu 300 lít", 120, True), ("Hầm biogas và bể chứa bỗng rượu", 90, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=50),
    "gb06": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 180000, 4000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 250000, 1400),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, 460000, 300)],
        g_out=(0.15, 0.15), g_price=0.04,
        hist=dict(out=[3100, 3350, 3600], price=[280000, 288000, 295000], margin=[0.12, 0.13, 0.13]),
        raws=[("Mật ong thô", "kg", 1.08,
               [("Đàn ong của hộ", [200, 210, 220], "đàn", 12),
                ("Hộ nuôi ong thôn Khe Dẻ (hợp đồng)", [20, 20, 20], "hộ", 100)])],
        cap=(50, 250, "2 mẻ × 25 kg/ngày", "250 ngày", None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=5.0, g_wage=0.05,
        shares=[("raw", "Mật ong thô, đàn ong", 0.42),
                ("pack", "Chai, hũ, can", 0.08),
                ("energy", "Điện, nước", 0.015),
                ("sell", "Bán hàng, vận chuyển", 0.05),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Máy hạ thủy phần mật ong 25 kg/mẻ", 160, True), ("Máy lọc, bồn inox, máy quay mật", 90, True),
             ("Bổ sung 20 thùng ong và đàn giống", 60, True), ("Phòng lọc, đóng chai 30 m²", 120, True),
             ("Chai, hũ, can, kiểm nghiệm", 40, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, other=25),
    "gb07": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng, hũ 200 g", "hũ", 0.2, 110000, 18000),
                  ("Tinh bột nghệ đỏ, hũ 500 g", "hũ", 0.5, 250000, 3000),
                  ("Tinh bột nghệ, túi 1 kg cho đại lý", "túi", 1, 420000, 800)],
        g_out=(0.10, 0.10), g_price=0.03,
        hist=dict(out=[4500, 4950, 5400], price=[480000, 495000, 505000], margin=[0.10, 0.11, 0.115]),
        raws=[("Củ nghệ tươi", "kg", 35,
               [("Vùng nghệ của công ty", [3, 3, 3], "ha", 28000),
                ("Hộ liên kết thôn Thiên Thai", [40, 40, 40], "hộ", 2500),
                ("Hộ liên kết thôn Bình Lộc", [32, 32, 32], "hộ", 2500)])],
        cap=(30, 280, "30 kg tinh bột/ngày", "280 ngày", None),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Rửa, xay, lọc, lắng", [4, 4, 5]),
               ("Sấy, nghiền, đóng hũ", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=5.8, g_wage=0.06,
        shares=[("raw", "Củ nghệ tươi", 0.38),
                ("pack", "Hũ, túi, hộp", 0.07),
                ("energy", "Điện, nước", 0.05),
                ("sell", "Bán hàng, đại lý", 0.05),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Nhà xưởng sơ chế, lọc lắng 200 m²", 600, True), ("Máy rửa, máy xay nghệ công nghiệp", 320, True),
             ("Hệ thống bể lọc, lắng inox", 280, True), ("Máy sấy bơm nhiệt 2 buồng", 350, True),
             ("Máy nghiền mịn, máy đóng hũ", 150, True), ("Bao bì, mã vạch, tem truy xuất", 60, False),
             ("Vốn lưu động", 640, False)],
        src=[("Vốn góp của cổ đông", 1000), ("Lợi nhuận giữ lại của công ty", 300),
             ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.075, other=60),
    "gb08": dict(
        unit="lít",
        products=[("Nước mắm cốt cá cơm 35 độ đạm, chai 500 ml", "chai", 0.5, 75000, 16000),
                  ("Nước mắm cá cơm 25 độ đạm, chai 1 lít", "chai", 1, 60000, 12000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 200000, 1600)],
        g_out=(0.08, 0.08), g_price=0.04,
        hist=dict(out=[23000, 24800, 26500], price=[74000, 76000, 78000], margin=[0.11, 0.12, 0.12]),
        raws=[("Cá cơm tươi", "kg", 1.2,
               [("Tàu thuyền của thành viên", [6, 6, 6], "tàu", 4500),
                ("Vựa cá bến Kỳ Xuân (hợp đồng)", [3, 3, 3], "vựa", 5000)]),
              ("Muối hạt", "kg", 0.4,
               [("Hợp tác xã muối Kỳ Ninh (hợp đồng)", [1, 1, 1], "hợp đồng", 16000)])],
        cap=(450, 85, "450 lít/thùng/năm", "85 thùng chượp", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối cá, chăm chượp", [3, 3, 3]),
               ("Lọc, pha đấu, đóng chai", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.05,
        shares=[("raw", "Cá cơm, muối", 0.34),
                ("pack", "Chai, can, thùng", 0.10),
                ("energy", "Điện, nước", 0.02),
                ("sell", "Bán hàng, vận chuyển", 0.06),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Bổ sung 25 thùng chượp gỗ mít", 150, True), ("Nhà ủ chượp mái tôn 150 m²", 300, True),
             ("Máy lọc, bồn chứa inox, máy chiết rót", 200, True), ("Bao bì, kiểm nghiệm, tem", 50, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=40),
    "gb09": dict(
        unit="lít",
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, 85000, 9000),
                  ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, 160000, 3000),
                  ("Dầu lạc, can 5 lít", "can", 5, 750000, 300)],
        g_out=(1.00, 0.60), g_price=0.04,
        hist=dict(out=[7200, 7800, 8400], price=[150000, 155000, 159000], margin=[0.10, 0.105, 0.11]),
        raws=[("Lạc nhân", "kg", 2.5,
               [("Hộ trồng lạc thôn Trung Hòa (hợp đồng)", [15, 30, 40], "hộ", 900),
                ("Hộ trồng lạc thôn Tân Hương (hợp đồng)", [12, 25, 45], "hộ", 900)])],
        cap=(120, 280, "120 lít/ngày", "280 ngày", None),
        roles=[("Tổ trưởng, ghi chép sổ sách", [1, 1, 1]), ("Rang, ép, lắng lọc dầu", [2, 2, 2]),
               ("Đóng chai, bán hàng", [1, 1, 1])],
        wage=5.0, g_wage=0.05,
        shares=[("raw", "Lạc nhân", 0.50),
                ("pack", "Chai, can, nhãn", 0.07),
                ("energy", "Điện, củi rang", 0.03),
                ("sell", "Bán hàng, vận chuyển", 0.05),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Máy lọc dầu ép khung bản", 80, True), ("Bồn lắng inox và máy chiết rót", 90, True),
             ("Cải tạo nhà xưởng 50 m²", 100, True), ("Chai, nhãn, kiểm nghiệm", 30, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Quỹ hỗ trợ nông dân tỉnh", 250)],
        life=10, loan=[250, 180, 110], rate=0.06, other=30),
    "gb10": dict(
        unit="kg",
        products=[("Khoai lang sấy dẻo, túi 250 g", "túi", 0.25, 38000, 40000),
                  ("Khoai lang sấy dẻo, hộp quà 500 g", "hộp", 0.5, 85000, 8000),
                  ("Khoai lang sấy dẻo, túi 1 kg bán sỉ", "túi", 1, 130000, 3000)],
        g_out=(0.12, 0.12), g_price=0.03,
        hist=dict(out=[12600, 14000, 15300], price=[140000, 145000, 149000], margin=[0.11, 0.12, 0.125]),
        raws=[("Khoai lang tươi (khoai mật)", "kg", 3.2,
               [("Ruộng khoai của công ty, 2 vụ/năm", [4, 4, 4], "ha", 22000),
                ("Hộ liên kết thôn Trung Sơn", [10, 10, 10], "hộ", 2000)])],
        cap=(85, 300, "85 kg thành phẩm/ngày", "300 ngày", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, hấp, sấy", [4, 4, 5]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 2, 2])],
        wage=5.8, g_wage=0.06,
        shares=[("raw", "Khoai lang, mạch nha", 0.30),
                ("pack", "Túi, hộp quà", 0.09),
                ("energy", "Điện sấy, nước", 0.06),
                ("sell", "Bán hàng, đại lý", 0.06),
                ("tax", "Thuế, phí", 0.015)],
        inv=[("Hai máy sấy bơm nhiệt 500 kg/mẻ", 420, True), ("Nồi hấp, máy gọt, máy thái", 130, True),
             ("Cải tạo xưởng sơ chế và phòng đóng gói", 250, True), ("Máy hàn miệng túi, hút chân không", 60, True),
             ("Thiết kế bao bì, đăng ký nhãn hiệu", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 380, 260], rate=0.08, other=50),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "gb05": {"rev_line": (0, 1, 1.12),         # 2028 chai 500 ml revenue line × 1,12
             "cap_use": [None, 88.0, 92.0]},   # stated use % while output reaches 96 % and 115,2 %
    "gb06": {"shortfall": True,                # need 4.968 / 5.713 kg raw honey vs 4.520 / 4.640 kg supply
             "payback": 1.6},                  # stated payback 1,6 years
    "gb07": {"src_total": True,                # sources 2.100 vs investment 2.400
             "workers_text": 16},              # "16 lao động thường xuyên" vs 10 in the staff table
    "gb08": {"cost_total": (1, 0.92)},         # 2028 cost total written 8 % low
    "gb09": {"profit": (0, 1.40),              # 2027 profit × 1,40 in the summary
             "growth": True},                  # output × 2 then × 1,6 with the same 4 workers
}
READY = ("gb01", "gb02", "gb03", "gb04")
STEMS = {
    "gb01": "gb01_banh_da_vung_den_gia_hanh_cty",
    "gb02": "gb02_che_vang_ky_thuong_htx",
    "gb03": "gb03_nuoc_cam_ep_huong_minh_hkd",
    "gb04": "gb04_chieu_coi_co_dam_tht",
    "gb05": "gb05_ruou_nep_cai_thach_lac_htx",
    "gb06": "gb06_mat_ong_huong_xuan_hkd",
    "gb07": "gb07_tinh_bot_nghe_thien_loc_ctcp",
    "gb08": "gb08_nuoc_mam_ky_xuan_htx",
    "gb09": "gb09_dau_lac_huong_trach_tht",
    "gb10": "gb10_khoai_lang_say_deo_cam_trung_cty",
    "gb11": "gb11_tinh_dau_sa_so_sai",
    "gb12": "gb12_mut_gung_so_sai",
}


# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str) -> dict:
    """Every figure of plan k as the plan prints it (planted defects included) and, beside the
    planted ones, the true value."""
    c = PLANS[k]
    pl = PLANTED.get(k, {})
    prods = c["products"]
    # packs and prices from the stated rates
    packs = []
    for (_, _, _, _, p0) in prods:
        step = 10 if p0 >= 2000 else 1  # packs rounded to tens, small counts to units
        row = [p0]
        for y in (1, 2):
            row.append(int(round(row[-1] * (1 + c["g_out"][y - 1]) / step)) * step)
        packs.append(row)
    prices = [[int(round(p * (1 + c["g_price"]) ** y / 100.0)) * 100 for y in range(3)]
              for (_, _, _, p, _) in prods]
    out = [sum(packs[i][y] * prods[i][2] for i in range(len(prods))) for y in range(3)]
    growth = [None, r1((out[1] / out[0] - 1) * 100), r1((out[2] / out[1] - 1) * 100)]
    # capacity
    a, b, _, _, idx = c["cap"]
    capacity = a * b
    cap_out = out if idx is None else [sum(packs[i][y] * prods[i][2] for i in idx) for y in range(3)]
    use_true = [r1(cap_out[y] / capacity * 100) for y in range(3)]
    use = list(use_true)
    if "cap_use" in pl:
        use = [use_true[y] if pl["cap_use"][y] is None else pl["cap_use"][y] for y in range(3)]
    # history
    h = c["hist"]
    h_rev = [r1(h["out"][i] * h["price"][i] / 1e6) for i in range(3)]
    h_profit = [r1(h_rev[i] * h["margin"][i]) for i in range(3)]
    h_cagr = r1(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100)
    h_growth_2027 = r1((out[0] / h["out"][2] - 1) * 100)
    # raw materials
    raws = []
    for (label, unit, norm, rows) in c["raws"]:
        need = [round(out[y] * norm) for y in range(3)]
        sup_rows = [(lab, n, word, per, [n[y] * per for y in range(3)]) for (lab, n, word, per) in rows]
        supply = [sum(r[4][y] for r in sup_rows) for y in range(3)]
        raws.append(dict(label=label, unit=unit, norm=norm, rows=sup_rows, need=need, supply=supply))
    # staff and wages
    staff = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    wage = [round(c["wage"] * (1 + c["g_wage"]) ** y, 2) for y in range(3)]
    fund = [r1(staff[y] * wage[y] * 12) for y in range(3)]
    # investment, sources
    inv_total = sum(v for (_, v, _) in c["inv"])
    fixed = sum(v for (_, v, f) in c["inv"] if f)
    dep = r1(fixed / c["life"])
    src_total = sum(v for (_, v) in c["src"])
    src_share = [r1(v / src_total * 100) for (_, v) in c["src"]]
    interest = [r1(c["loan"][y] * c["rate"]) for y in range(3)]
    # revenue
    rev_true = [[r1(packs[i][y] * prices[i][y] / 1e6) for y in range(3)] for i in range(len(prods))]
    rev_lines = [list(r) for r in rev_true]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        rev_lines[i][y] = r1(rev_true[i][y] * f)
    revenue = [r1(sum(rev_lines[i][y] for i in range(len(prods)))) for y in range(3)]
    revenue_true = [r1(sum(rev_true[i][y] for i in range(len(prods)))) for y in range(3)]
    # costs
    share = {key: s for (key, _, s) in c["shares"]}
    costs = []  # (key, label, basis, values)
    for key, label, s in c["shares"]:
        if key in ("sell", "tax"):
            continue
        costs.append((key, label, f"{pct(s)} % doanh thu", [r1(revenue[y] * s) for y in range(3)]))
        if key == "pack":
            costs.append(("wages", "Tiền lương", "bảng lao động", list(fund)))
    costs.append(("dep", "Khấu hao", f"{fmt(fixed)} : {c['life']} năm", [dep] * 3))
    costs.append(("interest", "Lãi vay", f"{pct(c['rate'])} %/năm", interest))
    for key, label, s in c["shares"]:
        if key in ("sell", "tax"):
            costs.append((key, label, f"{pct(s)} % doanh thu", [r1(revenue[y] * s) for y in range(3)]))
    costs.append(("other", "Chi phí khác", "cố định", [float(c["other"])] * 3))
    cost_true = [r1(sum(v[y] for (_, _, _, v) in costs)) for y in range(3)]
    cost = list(cost_true)
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        cost[y] = r1(cost_true[y] * f)
    profit_true = [r1(revenue[y] - cost_true[y]) for y in range(3)]
    profit = [r1(revenue[y] - cost[y]) for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        profit[y] = r1(profit[y] * f)
    margin = [r1(profit[y] / revenue[y] * 100) for y in range(3)]
    margin_true = [r1(profit_true[y] / revenue_true[y] * 100) for y in range(3)]
    avg_profit = r1(sum(profit) / 3)
    avg_profit_true = r1(sum(profit_true) / 3)
    payback_true = r1(inv_total / (avg_profit_true + dep))
    payback = r1(inv_total / (avg_profit + dep))
    if "payback" in pl:
        payback = pl["payback"]
    return dict(c=c, packs=packs, prices=prices, out=out, growth=growth, capacity=capacity,
                cap_out=cap_out, use=use, use_true=use_true, h_rev=h_rev, h_profit=h_profit,
                h_cagr=h_cagr, h_growth_2027=h_growth_2027, raws=raws, staff=staff, wage=wage,
                fund=fund, inv_total=inv_total, fixed=fixed, dep=dep, src_total=src_total,
                src_share=src_share, interest=interest, rev_lines=rev_lines, rev_true=rev_true,
                revenue=revenue, revenue_true=revenue_true, share=share, costs=costs, cost=cost,
                cost_true=cost_true, profit=profit, profit_true=profit_true, margin=margin,
                margin_true=margin_true, avg_profit=avg_profit, payback=payback,
                payback_true=payback_true)


def fmt(x: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> 1.234,5."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def pct(x: float) -> str:
    """A share or rate as the plans print it in %: 0.30 -> 30, 0.015 -> 1,5, 1.0 -> 100."""
    v = round(x * 100, 6)
    return fmt(v, 0) if abs(v - round(v)) < 1e-9 else fmt(v, 1)


# --------------------------------------------------------------------------- reading a plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        caption, rows, in_table = None, [], False
        for line in self.body.splitlines():
            s = line.strip()
            if m := re.match(r"^Bảng \d+\.\s*(.+)$", s):
                caption = m.group(1)
                continue
            if s.startswith("|"):
                cells = [x.strip() for x in s.strip("|").split("|")]
                if not all(re.fullmatch(r"-+", x) for x in cells):
                    rows.append(cells)
                in_table = True
                continue
            if in_table:
                if caption:
                    self.tables[caption] = rows
                caption, rows, in_table = None, [], False
        if in_table and caption:
            self.tables[caption] = rows

    def table(self, start: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if cap.startswith(start):
                return rows
        self.failures.append(f"table not found: {start}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in rows:
            if any(x.startswith(label) for x in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def cell(self, rows: list[list[str]], label: str, col: int) -> str:
        for r in rows:
            if any(x.startswith(label) for x in r[:2]):
                return r[col] if col < len(r) else ""
        self.failures.append(f"row not found: {label}")
        return ""

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got}, computed {want}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} is within 5 % of the true {true}")

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def check_full(k: str, p: Plan) -> None:
    m = model(k)
    c, pl = m["c"], PLANTED.get(k, {})
    prods = c["products"]
    # history: revenue = output x average price, profit, the average growth stated in the text
    t = p.table("Kết quả sản xuất kinh doanh")
    for y, (got, want) in enumerate(zip(p.trow(t, "Sản lượng"), c["hist"]["out"])):
        p.eq(got, want, f"history output {HIST_YEARS[y]}")
    for y, (got, want) in enumerate(zip(p.trow(t, "Giá bán bình quân"), c["hist"]["price"])):
        p.eq(got, want, f"history price {HIST_YEARS[y]}")
    out_h, price_h = p.trow(t, "Sản lượng"), p.trow(t, "Giá bán bình quân")
    for y, got in enumerate(p.trow(t, "Doanh thu")):
        p.eq(got, out_h[y] * price_h[y] / 1e6, f"history revenue {HIST_YEARS[y]}")
    rev_h = p.trow(t, "Doanh thu")
    for y, got in enumerate(p.trow(t, "Lợi nhuận")):
        p.eq(got, rev_h[y] * c["hist"]["margin"][y], f"history profit {HIST_YEARS[y]}")
    cagr = ((out_h[2] / out_h[0]) ** 0.5 - 1) * 100
    p.has(f"bình quân {fmt(m['h_cagr'], 1)} %/năm")
    p.check(abs(cagr - m["h_cagr"]) < 0.1, f"history growth {cagr:.2f} vs stated {m['h_cagr']}")
    p.check(0 < m["h_growth_2027"] < 20, f"2027 output {m['h_growth_2027']} % over 2026")
    # output plan: packs follow the stated growth, output = sum packs x size, capacity use
    t = p.table("Kế hoạch sản lượng")
    packs = []
    for i, pr in enumerate(prods):
        row = p.trow(t, pr[0])
        packs.append(row)
        for y in range(3):
            want = pr[4] if y == 0 else packs[i][y - 1] * (1 + c["g_out"][y - 1])
            p.eq(row[y], want, f"packs {pr[0]} {YEARS[y]}", tol=0.01)
    out = p.trow(t, "Sản lượng quy đổi")
    for y in range(3):
        p.eq(out[y], sum(packs[i][y] * prods[i][2] for i in range(len(prods))), f"output {YEARS[y]}")
    gr = p.trow(t, "Tăng so với năm trước", 2)
    for y in (1, 2):
        p.eq(gr[y - 1], (out[y] / out[y - 1] - 1) * 100, f"growth row {YEARS[y]}", tol=0.02)
    for g in set(c["g_out"]):
        p.has(f"{pct(g)} %")
    capy = p.trow(t, "Công suất định mức năm")
    a, b, _, _, idx = c["cap"]
    for y in range(3):
        p.eq(capy[y], a * b, f"capacity {YEARS[y]}")
    use = p.trow(t, "Tỷ lệ sử dụng công suất")
    for y in range(3):
        if "cap_use" in pl and pl["cap_use"][y] is not None:
            p.wrong(use[y], m["use_true"][y], f"capacity use {YEARS[y]}")
        else:
            p.eq(use[y], m["cap_out"][y] / (a * b) * 100, f"capacity use {YEARS[y]}")
    if "cap_use" in pl:
        p.check(off(m["cap_out"][2], a * b) and m["cap_out"][2] > a * b,
                f"planted capacity: output {m['cap_out'][2]} vs capacity {a * b}")
    else:
        p.check(all(x <= a * b for x in m["cap_out"]), "output within capacity")
    # prices follow the stated rate
    t = p.table("Giá bán dự kiến")
    prices = []
    for i, pr in enumerate(prods):
        row = p.trow(t, pr[0])
        prices.append(row)
        for y in range(3):
            p.eq(row[y], pr[3] * (1 + c["g_price"]) ** y, f"price {pr[0]} {YEARS[y]}", tol=0.005)
    p.has(f"{pct(c['g_price'])} %/năm")
    # raw materials: supply rows = count x yield, need = output x norm, need within supply
    t = p.table("Nguồn nguyên liệu")
    for r in m["raws"]:
        for (lab, n, word, per, vals) in r["rows"]:
            got = p.trow(t, lab)
            for y in range(3):
                p.eq(got[y], n[y] * per, f"supply {lab} {YEARS[y]}")
        sup = p.trow(t, f"Cộng nguồn {r['label'].split(' (')[0].lower()}")
        for y in range(3):
            p.eq(sup[y], sum(v[4][y] for v in r["rows"]), f"supply total {r['label']} {YEARS[y]}")
        need = p.trow(t, f"Nhu cầu {r['label'].split(' (')[0].lower()}")
        for y in range(3):
            p.eq(need[y], out[y] * r["norm"], f"need {r['label']} {YEARS[y]}")
        if not pl.get("shortfall"):
            left = p.trow(t, f"Còn dư {r['label'].split(' (')[0].lower()}")
            for y in range(3):
                p.eq(left[y], sup[y] - need[y], f"balance {r['label']} {YEARS[y]}")
        if pl.get("shortfall") and r is m["raws"][0]:
            p.check(off(need[2], sup[2]) and need[2] > sup[2],
                    f"planted shortfall: need {need[2]} vs supply {sup[2]}")
            p.lacks(r"Thiếu|thiếu hụt|Chênh lệch", "no balance row in the shortfall plan")
        else:
            p.check(all(need[y] <= sup[y] for y in range(3)), f"need within supply {r['label']}")
    # staff and wages follow the index
    t = p.table("Lao động và tiền lương")
    for (role, ns) in c["roles"]:
        got = p.trow(t, role)
        for y in range(3):
            p.eq(got[y], ns[y], f"staff {role} {YEARS[y]}")
    staff = p.trow(t, "Tổng số lao động")
    for y in range(3):
        p.eq(staff[y], sum(r[1][y] for r in c["roles"]), f"staff total {YEARS[y]}")
    wage = p.trow(t, "Lương bình quân")
    for y in range(3):
        p.eq(wage[y], c["wage"] * (1 + c["g_wage"]) ** y, f"wage {YEARS[y]}", tol=0.005)
    fund = p.trow(t, "Quỹ lương năm")
    for y in range(3):
        p.eq(fund[y], staff[y] * wage[y] * 12, f"wage fund {YEARS[y]}")
    p.has(f"{pct(c['g_wage'])} %/năm")
    # investment and sources
    t = p.table("Tổng vốn đầu tư")
    items = [p.trow(t, lab, 1)[0] for (lab, _, _) in c["inv"]]
    for (lab, v, _), got in zip(c["inv"], items):
        p.eq(got, v, f"investment {lab}")
    inv_total = p.trow(t, "Tổng cộng", 1)[0]
    p.eq(inv_total, sum(items), "investment total")
    t = p.table("Nguồn vốn")
    srcs = [p.trow(t, lab, 2) for (lab, _) in c["src"]]
    src_total = p.trow(t, "Tổng cộng", 2)
    p.eq(src_total[0], sum(s[0] for s in srcs), "sources total")
    for (lab, _), s in zip(c["src"], srcs):
        p.eq(s[1], s[0] / src_total[0] * 100, f"source share {lab}")
    if pl.get("src_total"):
        p.wrong(src_total[0], inv_total, "capital: sources vs investment")
    else:
        p.eq(src_total[0], inv_total, "sources = investment")
    # revenue lines = packs x price
    t = p.table("Doanh thu dự kiến")
    lines = []
    for i, pr in enumerate(prods):
        got = p.trow(t, pr[0])
        lines.append(got)
        for y in range(3):
            want = packs[i][y] * prices[i][y] / 1e6
            if "rev_line" in pl and pl["rev_line"][:2] == (i, y):
                p.wrong(got[y], want, f"revenue line {pr[0]} {YEARS[y]}")
            else:
                p.eq(got[y], want, f"revenue line {pr[0]} {YEARS[y]}")
    revenue = p.trow(t, "Tổng doanh thu")
    for y in range(3):
        p.eq(revenue[y], sum(x[y] for x in lines), f"revenue total {YEARS[y]}")
    # costs: shares of the plan's revenue (share printed in the basis column), fixed lines
    t = p.table("Chi phí sản xuất kinh doanh")
    got_lines = []
    for (key, label, basis, _) in m["costs"]:
        got = p.trow(t, label)
        got_lines.append(got)
        if key in m["share"]:
            s = m["share"][key]
            p.check(f"{pct(s)} % doanh thu" in p.cell(t, label, 2), f"basis of {label}: {pct(s)} %")
            for y in range(3):
                p.eq(got[y], revenue[y] * s, f"cost {label} {YEARS[y]}")
        elif key == "wages":
            for y in range(3):
                p.eq(got[y], fund[y], f"wages {YEARS[y]}")
        elif key == "dep":
            for y in range(3):
                p.eq(got[y], m["fixed"] / c["life"], f"depreciation {YEARS[y]}")
        elif key == "interest":
            for y in range(3):
                p.eq(got[y], c["loan"][y] * c["rate"], f"interest {YEARS[y]}")
        elif key == "other":
            for y in range(3):
                p.eq(got[y], c["other"], f"other {YEARS[y]}")
    cost = p.trow(t, "Tổng chi phí")
    for y in range(3):
        want = sum(x[y] for x in got_lines)
        if "cost_total" in pl and pl["cost_total"][0] == y:
            p.wrong(cost[y], want, f"cost total {YEARS[y]}")
        else:
            p.eq(cost[y], want, f"cost total {YEARS[y]}")
    # summary: profit = revenue - cost, margin; payback
    t = p.table("Tổng hợp hiệu quả")
    s_rev, s_cost = p.trow(t, "Doanh thu"), p.trow(t, "Tổng chi phí")
    s_profit, s_margin = p.trow(t, "Lợi nhuận"), p.trow(t, "Tỷ suất lợi nhuận")
    for y in range(3):
        p.eq(s_rev[y], revenue[y], f"summary revenue {YEARS[y]}")
        p.eq(s_cost[y], cost[y], f"summary cost {YEARS[y]}")
        if "profit" in pl and pl["profit"][0] == y:
            p.wrong(s_profit[y], s_rev[y] - s_cost[y], f"profit {YEARS[y]}")
        else:
            p.eq(s_profit[y], s_rev[y] - s_cost[y], f"profit {YEARS[y]}")
        p.eq(s_margin[y], s_profit[y] / s_rev[y] * 100, f"margin {YEARS[y]}", tol=0.02)
        p.check(0 < m["margin_true"][y] < 40, f"true margin {YEARS[y]} {m['margin_true'][y]}")
    p.has(f"{fmt(m['payback'], 1)} năm")
    stated_pb = inv_total / (sum(s_profit) / 3 + m["dep"])
    if "payback" in pl:
        p.wrong(m["payback"], m["payback_true"], "payback")
    else:
        p.eq(m["payback"], stated_pb, "payback", tol=0.04)
    # growth: revenue under +35 % a year except in the growth defect
    for y in (1, 2):
        g = (m["revenue_true"][y] / m["revenue_true"][y - 1] - 1) * 100
        if pl.get("growth"):
            continue
        p.check(g < 35, f"revenue growth {YEARS[y]} {g:.1f} %")
    if pl.get("growth"):
        p.check(out[1] / out[0] >= 1.9 and out[2] / out[1] >= 1.5, "planted growth: output × 2, × 1,6")
        p.check(len(set(tuple(r[1]) for r in c["roles"])) and staff[0] == staff[2], "same staff")
    p.lacks(PLACEHOLDER, "template placeholder")


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "nhãn hiệu",
          "phiếu kết quả thử nghiệm", "tiêu chuẩn cơ sở")
    p.lacks(REPLACED, "replaced instrument or district body")
    for d in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        p.check(int(d[1]) >= 2030, f"paper valid only to {d[0]}")


def check_texts(k: str, p: Plan) -> None:
    if k == "gb01":
        p.has("an toàn thực phẩm", "đăng ký môi trường", "Giấy chứng nhận đăng ký doanh nghiệp")
    if k == "gb02":
        p.has("an toàn thực phẩm", "đăng ký môi trường", "Luật Hợp tác xã năm 2023",
              "không ghi công dụng chữa bệnh")
    if k == "gb03":
        p.has("an toàn thực phẩm", "đăng ký môi trường", "đăng ký hộ kinh doanh")
    if k == "gb04":
        p.has("đăng ký môi trường", "không phải là thực phẩm", "đăng ký tổ hợp tác")
    if k == "gb05":  # no-alcohol-license
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép|sản xuất rượu thủ công nhằm", "alcohol licence")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "đăng ký môi trường",
              "148/QĐ-TTg", "1489/QĐ-TTg")
        p.has("chạy khoảng 92 % công suất")
    if k == "gb06":  # no-label-plan
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "label")
        p.has("nhãn hiệu", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "truy xuất", "148/QĐ-TTg")
        p.has("đủ nguyên liệu")
    if k == "gb07":  # no-product-standard, figure-inconsistent (workers)
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
                "product standard")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "148/QĐ-TTg")
        staff = model(k)["staff"][0]
        p.has(f"{pl_workers(k)} lao động thường xuyên", f"{staff} lao động thường xuyên")
        p.wrong(pl_workers(k), staff, "workers in the producer part vs the staff table")
    if k == "gb08":  # no-environment-measures, outdated-policy
        p.lacks(r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|bể lắng|biogas|\brác\b", "environment")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP instruments")
    if k == "gb09":  # no-trademark
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "truy xuất", "148/QĐ-TTg")
    if k == "gb10":  # no-food-safety, no-quality-control, name-inconsistent
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|\blô\b|kiểm soát nội bộ|lưu mẫu|\btem\b|mã vạch",
                "quality control")
        p.has("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "148/QĐ-TTg")
        p.check(p.count("Công ty TNHH Nông sản Hoàng Mai") >= 2, "the other company's name twice")
        p.check(p.count("Công ty TNHH Nông sản sạch Cẩm Trung") >= 4, "own name throughout")
    if k not in READY and k not in ("gb08",):
        p.lacks(REPLACED, "replaced instrument or district body")


def pl_workers(k: str) -> int:
    return PLANTED[k]["workers_text"]


def check_sketchy(k: str, p: Plan) -> None:
    n = p.words()
    p.check(150 <= n <= 320, f"sketchy length {n} words")
    p.check(not p.rows, "no table in a sketchy plan")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"tiêu chuẩn cơ sở|nhãn hiệu|truy xuất|an toàn thực phẩm", "papers a sketchy plan lacks")
    if k == "gb11":
        p.has("2 sào", "40 lít", "650.000 đồng", "20 %", "chưa đăng ký kinh doanh")
    if k == "gb12":
        p.has("1.500 kg", "160.000 đồng", "15 %", "đăng ký hộ kinh doanh")


def main() -> int:
    plans = []
    only = sys.argv[1:]
    for k, stem in STEMS.items():
        if only and k not in only:
            continue
        p = Plan(stem)
        if k in PLANS:
            check_full(k, p)
            check_texts(k, p)
            if k in READY:
                check_ready(p)
        else:
            check_sketchy(k, p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
