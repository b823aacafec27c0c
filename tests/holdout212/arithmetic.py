"""The 212th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout212/arithmetic.py [he05 he06 ...]

Theme: tables made without Word's table grid. Every full plan (he01-he10) mixes three kinds of
table: figures typed one paragraph a row and lined up by tab stops (`::: tab` blocks), Word tables
drawn without ruling lines (`::: không kẻ`) and ordinary ruled tables. The arithmetic does not care
how a table is drawn: each table is found by its caption ("Bảng N. ...") and read row by row.

For every full plan the constants give the products (pack size in the plan's base unit, packs and
price per pack for 2027-2029), the 2024-2026 history (output, average price per base unit, profit),
the raw materials (norm per base unit of the products that use them, purchase price, supply rows
as count x yield), the equipment rating (per day x working days), staff by role with the monthly
wage of each year, the packaging cost per pack, energy per base unit, the shares of revenue for
selling and for tax and fees, an optional piece rate, the investment items (fixed or not) and the
capital sources, asset life, loan balances and rate, and the fixed "other" line. `model()` turns them
into every figure a plan prints: output = sum of packs x size, revenue line = packs x price, history
revenue = output x average price, supply = count x yield and need = output x norm, capacity =
rating x days and its use, staff totals and wage fund = staff x wage x 12, investment and source
totals and shares, depreciation = fixed assets / life, interest = loan balance x rate, every cost
line, profit = revenue - cost, margin, payback = investment / (average profit + depreciation).
`model(key, planted=False)` is the true plan; `model(key)` is the plan as printed, with the planted
defect put in and its knock-ons followed the way the producer's own sheet would follow them.

Checks: every figure read back from the source equals the printed model within 1 % (or 0,11 of a
million); every figure where the printed and the true model differ by more than 1 % must be a
declared planted or knock-on cell, and the planted cells must be wrong by more than 5 % against the
true value; the physical balances (raw material, capacity, growth, margin, capital) hold in the
ready plans and fail where a defect is planted; textual defects are asserted through the presence
or absence of their words; ready plans cite no replaced instrument. Sketchy plans: 150-350 words,
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
HIST_YEARS = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, packs per year, price per pack đ per year)
# hist: output per year 2024-2026 (base units), average price đ per base unit, profit (triệu)
# raws: (label, unit, norm per base unit, price đ per unit, supply rows, product indexes or None)
#        supply row: (label, count per year, count word, yield per count)
# cap: (rating per day, days, rating text, days text) or None
# roles: (role, staff per year); wage: monthly wage per year (triệu đồng)
# costs: the cost lines in the order printed: (label, kind, arg)
#        kinds: raw (arg = raw index), pack (arg = đ per pack per product), energy (đ per base unit),
#        piece (đ per base unit, wages paid by the piece), wage, dep, interest, share (of revenue),
#        other (triệu per year)
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "he01": dict(
        unit="kg",
        products=[("Bánh ram cấp đông, túi 20 chiếc (500 g)", "túi", 0.5,
                   [24000, 26500, 29000], [62000, 64000, 66000]),
                  ("Bánh ram chiên sẵn, hộp 10 chiếc (300 g)", "hộp", 0.3,
                   [14000, 15500, 17000], [46000, 47500, 49000]),
                  ("Bánh mướt, khay 500 g", "khay", 0.5,
                   [9000, 10000, 11000], [28000, 29000, 30000])],
        hist=dict(out=[15600, 17200, 18900], price=[104000, 108000, 112000], profit=[140, 168, 196]),
        raws=[("Gạo nếp cái", "kg", 0.42, 27000,
               [("Hộ trồng nếp thôn Trung Sơn", [30, 30, 30], "hộ", 220),
                ("Hộ trồng nếp thôn Đại Tiến", [24, 24, 24], "hộ", 220)], None),
              ("Thịt lợn nạc, tôm đất", "kg", 0.2, 140000,
               [("Cơ sở giết mổ Hùng Cường", [1, 1, 1], "cơ sở", 4000),
                ("Hộ nuôi tôm thôn Bắc Hà", [8, 8, 8], "hộ", 200)], None)],
        cap=(110, 300, "110 kg bánh/ngày", "300 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Cuốn, chiên bánh ram", [5, 5, 6]),
               ("Tráng bánh mướt", [1, 1, 1]), ("Đóng gói, kho lạnh", [1, 2, 2]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        costs=[("Gạo nếp cái", "raw", 0), ("Thịt lợn, tôm đất", "raw", 1),
               ("Bao bì, túi, hộp, khay", "pack", [3500, 4500, 2000]),
               ("Điện, gas, dầu chiên", "energy", 5000), ("Tiền lương", "wage", None),
               ("Khấu hao tài sản cố định", "dep", None), ("Lãi vay ngân hàng", "interest", None),
               ("Bán hàng, vận chuyển", "share", 0.05), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [50, 50, 55])],
        inv=[("Máy cán, cắt vỏ bánh ram", 180, True), ("Tủ cấp đông và kho lạnh 20 m³", 260, True),
             ("Máy chiên tách dầu", 90, True), ("Cải tạo xưởng theo nguyên tắc một chiều", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "he02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5,
                   [5000, 5500, 6000], [170000, 175000, 180000]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1,
                   [1500, 1650, 1800], [320000, 330000, 340000]),
                  ("Mật ong hoa keo, chai 500 g", "chai", 0.5,
                   [2000, 2200, 2400], [110000, 113000, 116000])],
        hist=dict(out=[3900, 4300, 4700], price=[280000, 290000, 300000], profit=[170, 190, 215]),
        raws=[("Mật ong thô", "kg", 1.06, 130000,
               [("Đàn ong của hộ", [240, 260, 280], "đàn", 14),
                ("Hộ nuôi ong thôn Kim Thủy", [24, 24, 24], "hộ", 140)], None)],
        cap=(60, 150, "2 mẻ × 30 kg/ngày", "150 ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.0],
        costs=[("Mật ong thô", "raw", 0), ("Chai, hũ, hộp", "pack", [4000, 6000, 4000]),
               ("Điện, nước", "energy", 2000), ("Tiền công lao động", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, vận chuyển", "share", 0.05), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [25, 25, 25])],
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True), ("Bồn lắng, máy lọc inox", 60, True),
             ("Bổ sung 40 thùng ong và đàn giống", 80, True), ("Phòng lọc, đóng chai 30 m²", 110, True),
             ("Tem, nhãn, kiểm nghiệm", 30, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        life=8, loan=[250, 170, 90], rate=0.08),
    "he03": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1,
                   [9000, 9800, 10600], [65000, 67000, 69000]),
                  ("Nón lá quai lụa, vẽ tranh làng quê", "chiếc", 1,
                   [3000, 3300, 3600], [160000, 165000, 170000]),
                  ("Nón lá mini lưu niệm", "chiếc", 1,
                   [6000, 6600, 7200], [35000, 36000, 37000])],
        hist=dict(out=[14500, 15800, 16900], price=[64000, 66000, 68000], profit=[95, 110, 128]),
        raws=[("Lá nón đã phơi, là phẳng", "kg", 0.1, 60000,
               [("Hộ hái lá thôn Phúc Đồng", [12, 12, 12], "hộ", 150),
                ("Cơ sở thu mua lá Hương Trạch", [1, 1, 1], "cơ sở", 600)], None),
              ("Vành nón chuốt sẵn", "bộ", 1, 4000,
               [("Hộ chuốt vành thôn Tiến Thành", [20, 20, 20], "hộ", 1200)], None)],
        cap=(96, 280, "32 khuôn × 3 chiếc/ngày", "280 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ chằm nón (làm tại nhà)", [24, 26, 28]),
               ("Vẽ tranh, khâu quai", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9],
        costs=[("Lá nón", "raw", 0), ("Vành nón", "raw", 1),
               ("Thẻ treo, túi, hộp quà", "pack", [1500, 8000, 1500]),
               ("Điện, nước", "energy", 1000), ("Tiền công chằm nón (khoán)", "piece", 20000),
               ("Lương tổ trưởng, kế toán, thợ vẽ", "wage", [0, 2, 3]),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, hội chợ", "share", 0.06), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [30, 30, 30])],
        inv=[("Nhà xưởng chằm nón và kho 100 m²", 220, True), ("Máy là lá, lò sấy lá", 60, True),
             ("Khuôn nón inox 32 bộ", 40, True), ("Thiết kế mẫu, thẻ treo, hộp quà", 30, False),
             ("Đăng ký nhãn hiệu, xây dựng tiêu chuẩn", 20, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 320), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066),
    "he04": dict(
        unit="kg",
        products=[("Nấm linh chi đỏ nguyên tai, hộp 500 g", "hộp", 0.5,
                   [2400, 2650, 2900], [350000, 360000, 370000]),
                  ("Nấm linh chi thái lát, túi 250 g", "túi", 0.25,
                   [3200, 3500, 3800], [190000, 195000, 200000]),
                  ("Trà linh chi túi lọc, hộp 20 túi × 2 g", "hộp", 0.04,
                   [6000, 6600, 7200], [85000, 87000, 89000])],
        hist=dict(out=[1650, 1800, 1980], price=[800000, 820000, 840000], profit=[180, 205, 235]),
        raws=[("Nấm linh chi tươi", "kg", 3.2, 80000,
               [("Nhà trồng nấm của hợp tác xã", [8, 8, 8], "nhà", 900),
                ("Hộ thành viên trồng nấm", [14, 14, 14], "hộ", 250)], None)],
        cap=(12, 280, "12 kg nấm khô/ngày", "280 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, chăm sóc nấm", [4, 4, 5]),
               ("Sấy, thái, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        costs=[("Nấm tươi (phôi, chăm sóc)", "raw", 0), ("Hộp, túi, túi lọc", "pack", [12000, 5000, 9000]),
               ("Điện sấy, nước", "energy", 15000), ("Tiền lương", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, quảng bá", "share", 0.06), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [40, 40, 40])],
        inv=[("Hai nhà trồng nấm 200 m²", 280, True), ("Máy sấy nhiệt 2 buồng", 160, True),
             ("Máy thái lát, máy đóng túi lọc", 140, True), ("Phòng đóng gói 40 m²", 90, True),
             ("Bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "he05": dict(
        unit="lít",
        products=[("Rượu nếp Xuân Viên 35 độ, chai 500 ml", "chai", 0.5,
                   [26000, 29500, 33000], [70000, 73000, 76000]),
                  ("Rượu nếp Xuân Viên 35 độ, bình sứ 1,5 lít", "bình", 1.5,
                   [3000, 3400, 3800], [260000, 270000, 280000]),
                  ("Rượu nếp 30 độ, can 5 lít", "can", 5,
                   [1200, 1350, 1500], [400000, 415000, 430000])],
        hist=dict(out=[19500, 21000, 22400], price=[118000, 122000, 126000], profit=[260, 290, 320]),
        raws=[("Gạo nếp cái", "kg", 1.25, 26000,
               [("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 600),
                ("Hộ trồng nếp thôn Phúc Lộc", [30, 30, 30], "hộ", 600)], None),
              ("Men lá", "kg", 0.02, 150000,
               [("Xưởng men lá của hợp tác xã", [1, 1, 1], "xưởng", 700)], None)],
        cap=(96, 260, "2 nồi × 48 lít/ngày", "260 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        costs=[("Gạo nếp cái", "raw", 0), ("Men lá", "raw", 1),
               ("Chai, bình sứ, can, hộp", "pack", [6000, 45000, 15000]),
               ("Củi, điện, nước", "energy", 6000), ("Tiền lương", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, quảng bá", "share", 0.06), ("Thuế, phí", "share", 0.02),
               ("Chi phí khác", "other", [60, 60, 60])],
        inv=[("Kho ủ và hạ thổ rượu 80 m²", 240, True),
             ("Máy lọc khử andehit, máy chiết rót", 220, True),
             ("Chum sành ủ rượu 60 chiếc", 90, True), ("Hầm biogas và bể chứa bỗng rượu", 80, True),
             ("Thiết kế nhãn, bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 550), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 350, 250], rate=0.08),
    "he06": dict(
        unit="lít",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5,
                   [18000, 20000, 22000], [80000, 83000, 86000]),
                  ("Nước mắm cá cơm 25 độ đạm, chai 1 lít", "chai", 1,
                   [14000, 15500, 17000], [55000, 57000, 59000]),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5,
                   [2000, 2200, 2400], [190000, 196000, 202000])],
        hist=dict(out=[27500, 29500, 31500], price=[72000, 74000, 76000], profit=[210, 235, 262]),
        raws=[("Cá cơm tươi", "kg", 1.3, 18000,
               [("Tàu cá của công ty", [2, 2, 2], "tàu", 9000),
                ("Ngư dân bến Cửa Sót", [14, 14, 14], "hộ", 1800)], None),
              ("Muối hạt", "kg", 0.4, 4000,
               [("Hợp tác xã muối Thạch Khê", [1, 1, 1], "hợp đồng", 20000)], None)],
        cap=(250, 250, "250 lít/ngày", "250 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ướp chượp, đảo chượp", [3, 3, 4]),
               ("Lọc, pha đấu, đóng chai", [3, 3, 3]), ("Bán hàng, vận chuyển", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        costs=[("Cá cơm tươi", "raw", 0), ("Muối hạt", "raw", 1),
               ("Chai, can, thùng", "pack", [5000, 6000, 12000]),
               ("Điện, nước", "energy", 3000), ("Tiền lương", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, vận chuyển", "share", 0.05), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [70, 70, 70])],
        inv=[("Thùng gỗ, bể chượp composite 60 chiếc", 300, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 260, True), ("Nhà kho thành phẩm 120 m²", 240, True),
             ("Thiết kế bao bì, mã QR", 40, False), ("Vốn lưu động", 360, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại cổ phần", 500)],
        life=10, loan=[500, 400, 300], rate=0.085),
    "he07": dict(
        unit="lít",
        products=[("Sữa đậu nành hạt sen, chai 330 ml", "chai", 0.33,
                   [90000, 99000, 108000], [12000, 12500, 13000]),
                  ("Sữa đậu nành nguyên chất, chai 1 lít", "chai", 1,
                   [10000, 11000, 12000], [30000, 31000, 32000])],
        hist=dict(out=[30000, 33500, 36500], price=[32000, 33000, 34000], profit=[120, 135, 150]),
        raws=[("Đậu tương hạt", "kg", 0.13, 22000,
               [("Hộ trồng đậu tương thôn Nam Sơn", [24, 24, 24], "hộ", 200),
                ("Đại lý nông sản Hòa Lạc", [1, 1, 1], "đại lý", 2500)], None),
              ("Hạt sen khô", "kg", 0.025, 250000,
               [("Hợp tác xã sen Đồng Môn", [1, 1, 1], "hợp đồng", 1000)], [0])],
        cap=(200, 300, "200 lít/ngày", "300 ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, lọc, thanh trùng", [2, 2, 3]),
               ("Chiết rót, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        costs=[("Đậu tương", "raw", 0), ("Hạt sen", "raw", 1),
               ("Chai, nắp, thùng", "pack", [2000, 4500]),
               ("Điện, gas, nước", "energy", 3500), ("Tiền công", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, giao hàng", "share", 0.05), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [25, 25, 25])],
        inv=[("Máy xay, nồi nấu sữa đậu nành", 150, True),
             ("Nồi thanh trùng, máy chiết rót, đóng nắp", 180, True),
             ("Tủ mát bảo quản", 60, True), ("Cải tạo phòng chế biến 50 m²", 80, True),
             ("Bao bì, tem QR", 20, False), ("Vốn lưu động", 110, False)],
        src=[("Vốn tự có của hộ", 280), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        life=10, loan=[250, 180, 110], rate=0.08),
    "he08": dict(
        unit="kg",
        products=[("Chả mực giã tay, túi 500 g", "túi", 0.5,
                   [12000, 13200, 14400], [190000, 195000, 200000]),
                  ("Chả mực chiên, hộp 300 g", "hộp", 0.3,
                   [6000, 6600, 7200], [120000, 123000, 126000])],
        hist=dict(out=[6000, 6600, 7200], price=[330000, 340000, 350000], profit=[190, 215, 240]),
        raws=[("Mực ống tươi", "kg", 1.05, 160000,
               [("Tàu câu mực của thành viên", [8, 8, 8], "tàu", 900),
                ("Nậu vựa bến Thạch Bằng", [1, 1, 1], "nậu vựa", 4000)], None)],
        cap=(42, 280, "42 kg chả/ngày", "280 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, giã chả", [4, 4, 5]),
               ("Chiên, đóng gói, cấp đông", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        costs=[("Mực ống tươi", "raw", 0), ("Túi, hộp", "pack", [3000, 5000]),
               ("Điện cấp đông, dầu chiên", "energy", 8000), ("Tiền lương", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, vận chuyển", "share", 0.05), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [50, 50, 50])],
        inv=[("Máy xay giã chả", 120, True), ("Kho lạnh cấp đông 30 m³", 250, True),
             ("Máy hút chân không", 60, True), ("Cải tạo xưởng chế biến", 150, True),
             ("Bao bì, phần mềm truy xuất", 30, False), ("Vốn lưu động", 290, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "he09": dict(
        unit="chiếc",
        products=[("Chổi đót cán tre loại lớn", "chiếc", 1,
                   [8000, 14400, 24480], [45000, 46000, 47000]),
                  ("Chổi đót cán gỗ quấn dây", "chiếc", 1,
                   [4000, 7200, 12240], [60000, 61000, 62000]),
                  ("Chổi đót mini quét bàn", "chiếc", 1,
                   [2000, 3600, 6120], [25000, 25500, 26000])],
        hist=dict(out=[11500, 12200, 12900], price=[42000, 43000, 44000], profit=[70, 76, 84]),
        raws=[("Bông đót khô", "kg", 0.35, 18000,
               [("Hộ cắt đót thôn Khe Cò", [20, 36, 62], "hộ", 260)], None),
              ("Cán tre, cán gỗ", "cái", 1, 4000,
               [("Xưởng cán chổi Sơn Hà", [1, 1, 1], "xưởng", 48000)], None)],
        cap=(100, 260, "5 thợ bó × 20 chiếc/ngày", "260 ngày"),
        roles=[("Nhóm trưởng, ghi sổ", [1, 1, 1]), ("Phơi, chọn, tuốt đót", [2, 2, 2]),
               ("Bó chổi, quấn cán", [5, 5, 5])],
        wage=[3.6, 3.8, 4.0],
        costs=[("Bông đót", "raw", 0), ("Cán chổi", "raw", 1),
               ("Dây buộc, thẻ treo", "pack", [2000, 2500, 1500]),
               ("Điện, nước", "energy", 300),
               ("Tiền công bó chổi (khoán)", "piece", 11000), ("Lương nhóm trưởng, phơi đót", "wage", [0, 1]),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Vận chuyển, bán hàng", "share", 0.05), ("Thuế, phí", "share", 0.01),
               ("Chi phí khác", "other", [15, 15, 15])],
        inv=[("Nhà xưởng bó chổi và kho 120 m²", 260, True), ("Máy tuốt hạt đót, máy ép cán", 70, True),
             ("Sân phơi, giàn phơi đót", 60, True), ("Thiết kế thẻ treo, đăng ký nhãn hiệu", 20, False),
             ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của các hộ", 400), ("Vay Ngân hàng Chính sách xã hội (hộ thành viên đứng vay)", 200)],
        life=10, loan=[200, 150, 100], rate=0.066),
    "he10": dict(
        unit="kg",
        products=[("Trà túi lọc cà gai leo, hộp 25 túi × 2 g", "hộp", 0.05,
                   [30000, 33000, 36000], [48000, 49500, 51000]),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5,
                   [4000, 4400, 4800], [90000, 93000, 96000])],
        hist=dict(out=[2600, 2900, 3200], price=[470000, 485000, 500000], profit=[150, 170, 190]),
        raws=[("Cà gai leo tươi", "kg", 4.0, 12000,
               [("Vùng trồng của công ty", [1.5, 1.5, 1.5], "ha", 10000),
                ("Hộ liên kết thôn Yên Thịnh", [20, 20, 20], "hộ", 250)], None)],
        cap=(18, 280, "18 kg chè khô/ngày", "280 ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi lọc", [2, 2, 3]), ("Kho, giao nhận", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        costs=[("Cà gai leo tươi", "raw", 0), ("Hộp, túi lọc, túi", "pack", [8000, 4000]),
               ("Điện sấy, nước", "energy", 20000), ("Tiền lương", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Tiếp thị, vận chuyển", "share", 0.05), ("Thuế, phí", "share", 0.015),
               ("Chi phí khác", "other", [60, 60, 60])],
        inv=[("Xưởng chế biến 150 m²", 400, True), ("Máy sấy bơm nhiệt", 180, True),
             ("Máy nghiền, máy đóng túi lọc", 320, True), ("Bao bì, mã QR", 40, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của cổ đông", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
}

# --------------------------------------------------------------------------- planted numbers
# cell -> factor the printed figure carries against the true one (rounded as printed); every
# figure computed from it afterwards follows the printed value (the producer's own sheet)
PRINTED: dict[str, dict[str, float]] = {
    "he05": {"cost_total[1]": 0.92},      # table-total-mismatch: cost table 2028 total
    "he06": {"rev[0][1]": 1.12},          # revenue-mismatch: 2028 line of the 500 ml bottle
    "he08": {"profit[0]": 1.30},          # profit-mismatch: summary 2027 profit
    "he09": {"payback": 1.40},            # payback-mismatch: stated payback
}
# cells allowed to differ from the true model: the planted cell and what follows from it
KNOCK: dict[str, list[str]] = {
    "he05": ["cost_total[1]", "sum_cost[1]", "profit[1]", "margin[1]", "avg_profit", "payback"],
    "he06": ["rev[0][1]", "rev_total[1]", "cost[Bán hàng, vận chuyển][1]", "cost[Thuế, phí][1]",
             "cost_total[1]", "sum_rev[1]", "sum_cost[1]", "profit[1]", "margin[1]", "avg_profit", "payback"],
    "he08": ["profit[0]", "margin[0]", "avg_profit", "payback"],
    "he09": ["payback"],
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str, planted: bool = True) -> dict:
    """Every figure of a full plan, by cell name; planted=False gives the true plan."""
    P = PLANS[key]
    ov = PRINTED.get(key, {}) if planted else {}
    c: dict = {}

    def put(name, value):
        if name in ov:
            value = r1(value * ov[name])
        c[name] = value
        return value

    prods = P["products"]
    for i, (_, _, size, packs, price) in enumerate(prods):
        for y in Y:
            c[f"packs[{i}][{y}]"] = packs[y]
            c[f"price[{i}][{y}]"] = price[y]
            put(f"rev[{i}][{y}]", packs[y] * price[y] / 1e6)
    for y in Y:
        c[f"out[{y}]"] = sum(p[3][y] * p[2] for p in prods)
        put(f"rev_total[{y}]", sum(c[f"rev[{i}][{y}]"] for i in range(len(prods))))
    h = P["hist"]
    for y in Y:
        c[f"hist_out[{y}]"] = h["out"][y]
        c[f"hist_price[{y}]"] = h["price"][y]
        c[f"hist_rev[{y}]"] = h["out"][y] * h["price"][y] / 1e6
        c[f"hist_profit[{y}]"] = h["profit"][y]
    # raw materials
    for j, (_, _, norm, _, rows, idx) in enumerate(P["raws"]):
        for y in Y:
            base = sum(p[3][y] * p[2] for i, p in enumerate(prods) if idx is None or i in idx)
            c[f"need[{j}][{y}]"] = base * norm
            tot = 0
            for k, (_, counts, _, yld) in enumerate(rows):
                c[f"supply[{j}][{k}][{y}]"] = counts[y] * yld
                tot += counts[y] * yld
            c[f"supply_total[{j}][{y}]"] = tot
            c[f"spare[{j}][{y}]"] = tot - c[f"need[{j}][{y}]"]
    if P["cap"]:
        rating, days = P["cap"][0], P["cap"][1]
        c["cap"] = rating * days
        for y in Y:
            c[f"use[{y}]"] = c[f"out[{y}]"] / c["cap"] * 100
    # staff
    for y in Y:
        for k, (_, n) in enumerate(P["roles"]):
            c[f"staff[{k}][{y}]"] = n[y]
        c[f"staff_total[{y}]"] = sum(n[y] for _, n in P["roles"])
        c[f"wage[{y}]"] = P["wage"][y]
    # investment and sources
    c["inv_total"] = sum(v for _, v, _ in P["inv"])
    c["fixed"] = sum(v for _, v, f in P["inv"] if f)
    for k, (_, v, _) in enumerate(P["inv"]):
        c[f"inv[{k}]"] = v
    c["src_total"] = sum(v for _, v in P["src"])
    for k, (_, v) in enumerate(P["src"]):
        c[f"src[{k}]"] = v
        c[f"src_pct[{k}]"] = v / c["src_total"] * 100
    c["dep"] = c["fixed"] / P["life"]
    # costs
    for y in Y:
        tot = 0.0
        for label, kind, arg in P["costs"]:
            if kind == "raw":
                _, _, norm, price, _, _ = P["raws"][arg]
                v = c[f"need[{arg}][{y}]"] * price / 1e6
            elif kind == "pack":
                v = sum(p[3][y] * arg[i] for i, p in enumerate(prods)) / 1e6
            elif kind in ("energy", "piece"):
                v = c[f"out[{y}]"] * arg / 1e6
            elif kind == "wage":
                roles = range(len(P["roles"])) if arg is None else arg
                n = sum(P["roles"][k][1][y] for k in roles)
                c[f"wagefund[{y}]"] = n * P["wage"][y] * 12
                v = c[f"wagefund[{y}]"]
            elif kind == "dep":
                v = c["dep"]
            elif kind == "interest":
                v = P["loan"][y] * P["rate"]
                c[f"loan[{y}]"] = P["loan"][y]
            elif kind == "share":
                v = c[f"rev_total[{y}]"] * arg
            elif kind == "other":
                v = arg[y]
            else:
                raise ValueError(kind)
            v = put(f"cost[{label}][{y}]", v)
            tot += v
        put(f"cost_total[{y}]", tot)
        put(f"sum_rev[{y}]", c[f"rev_total[{y}]"])
        put(f"sum_cost[{y}]", c[f"cost_total[{y}]"])
        put(f"profit[{y}]", c[f"sum_rev[{y}]"] - c[f"sum_cost[{y}]"])
        put(f"margin[{y}]", c[f"profit[{y}]"] / c[f"sum_rev[{y}]"] * 100)
    c["avg_profit"] = sum(c[f"profit[{y}]"] for y in Y) / 3
    put("payback", c["inv_total"] / (c["avg_profit"] + c["dep"]))
    return c


# --------------------------------------------------------------------------- reading the plans
_CAPTION = re.compile(r"^Bảng\s+\d+\s*[.:]")
_NUMCELL = re.compile(r"^-?[\d.,]+$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.lines = self.body.splitlines()
        self.key = stem[:4]

    def table(self, word: str) -> list[list[str]]:
        """The rows of the one table whose caption ("Bảng N. ...") contains `word`."""
        pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
        hits = [i for i, ln in enumerate(self.lines) if _CAPTION.match(ln.strip()) and pat.search(ln)]
        if len(hits) != 1:
            self.failures.append(f"{len(hits)} table captions with {word!r}")
            return []
        rows = []
        for ln in self.lines[hits[0] + 1:]:
            s = ln.strip()
            if _CAPTION.match(s) or s.startswith("#"):
                break
            if s.startswith("|") and not re.fullmatch(r"\|(\s*-+\s*\|)+", s):
                rows.append([x.strip() for x in s.strip("|").split("|")])
        if not rows:
            self.failures.append(f"table {word!r} has no rows")
        return rows

    def nums(self, rows, label: str, n: int = 3, skip: int = 0) -> list[float]:
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        seen = 0
        for r in rows:
            if any((x == lab) if exact else x.startswith(lab) for x in r[:2]):
                vals = [x for x in r[1:] if _NUMCELL.match(x) and x != lab]
                if len(vals) >= n:
                    if seen == skip:
                        return [vn(x) for x in vals[-n:]]
                    seen += 1
        self.failures.append(f"row not found: {label!r} (skip {skip})")
        return [float("nan")] * n


def near(a: float, b: float) -> bool:
    return abs(a - b) <= 0.11 or close(a, b, 0.01)


class Full:
    """Compares one full plan with its printed and its true model."""

    def __init__(self, p: Plan):
        self.p, self.k = p, p.key
        self.P = PLANS[self.k]
        self.cp = model(self.k)
        self.ct = model(self.k, planted=False)
        self.read: set[str] = set()

    def cmp(self, name: str, value: float) -> None:
        self.read.add(name)
        want = self.cp[name]
        if value != value:  # nan: the row was not found, already reported
            return
        if not near(value, want):
            self.p.failures.append(f"{name}: printed {value} but the printed model says {want:.2f}")

    def row3(self, rows, label, name, skip=0):
        vals = self.p.nums(rows, label, 3, skip)
        for y in Y:
            self.cmp(name.format(y=y), vals[y])

    def run(self) -> None:
        p, P, c = self.p, self.P, self.cp
        # history
        rows = p.table("Kết quả sản xuất")
        if not any(r and r[0] == str(HIST_YEARS[0]) for r in rows):
            self.row3(rows, "Sản lượng", "hist_out[{y}]")
            self.row3(rows, "Giá bán bình quân", "hist_price[{y}]")
            self.row3(rows, "Doanh thu", "hist_rev[{y}]")
            self.row3(rows, "Lợi nhuận", "hist_profit[{y}]")
        else:
            for y, year in enumerate(HIST_YEARS):
                v = p.nums(rows, str(year), 4)
                for name, x in zip(("hist_out", "hist_price", "hist_rev", "hist_profit"), v):
                    self.cmp(f"{name}[{y}]", x)
        # raw materials
        rows = p.table("nguyên liệu")
        for j, (_, _, _, _, srcs, _) in enumerate(P["raws"]):
            for k, (sl, *_rest) in enumerate(srcs):
                self.row3(rows, sl, f"supply[{j}][{k}][{{y}}]")
            self.row3(rows, "Cộng nguồn", f"supply_total[{j}][{{y}}]", skip=j)
            self.row3(rows, "Nhu cầu", f"need[{j}][{{y}}]", skip=j)
            if any(r[1:2] and r[1].startswith("Còn dư") for r in rows):
                self.row3(rows, "Còn dư", f"spare[{j}][{{y}}]", skip=j)
        # staff
        rows = p.table("lao động")
        for k, (role, _) in enumerate(P["roles"]):
            self.row3(rows, role + "|", f"staff[{k}][{{y}}]")
        self.row3(rows, "Tổng số lao động", "staff_total[{y}]")
        self.row3(rows, "Lương", "wage[{y}]")
        if any(r[1:2] and r[1].startswith("Quỹ lương") for r in rows):
            self.row3(rows, "Quỹ lương", "wagefund[{y}]")
        # output, prices, revenue
        rows = p.table("sản lượng")
        for i, prod in enumerate(P["products"]):
            self.row3(rows, prod[0] + "|", f"packs[{i}][{{y}}]")
        self.row3(rows, "Sản lượng quy đổi", "out[{y}]")
        if any(r[1:2] and r[1].startswith("Công suất") or r[:1] and r[0].startswith("Công suất")
               for r in rows):
            self.cmp("cap", p.nums(rows, "Công suất", 1)[0])
        if any(r[1:2] and r[1].startswith("Mức sử dụng") or r[:1] and r[0].startswith("Mức sử dụng")
               for r in rows):
            self.row3(rows, "Mức sử dụng", "use[{y}]")
        rows = p.table("Giá bán")
        for i, prod in enumerate(P["products"]):
            self.row3(rows, prod[0] + "|", f"price[{i}][{{y}}]")
        rows = p.table("Doanh thu")
        for i, prod in enumerate(P["products"]):
            self.row3(rows, prod[0] + "|", f"rev[{i}][{{y}}]")
        self.row3(rows, "Tổng doanh thu", "rev_total[{y}]")
        # investment and sources
        rows = p.table("vốn đầu tư")
        for k, (label, _, _) in enumerate(P["inv"]):
            self.cmp(f"inv[{k}]", p.nums(rows, label + "|", 1)[0])
        self.cmp("inv_total", p.nums(rows, "Tổng vốn đầu tư", 1)[0])
        rows = p.table("Nguồn vốn")
        share = any(len([x for x in r if _NUMCELL.match(x)]) >= 2 for r in rows[1:])
        for k, (label, _) in enumerate(P["src"]):
            v = p.nums(rows, label + "|", 2 if share else 1)
            self.cmp(f"src[{k}]", v[0])
            if share:
                self.cmp(f"src_pct[{k}]", v[1])
        self.cmp("src_total", p.nums(rows, "Tổng nguồn vốn", 2 if share else 1)[0])
        # costs and summary
        rows = p.table("Chi phí")
        for label, _, _ in P["costs"]:
            self.row3(rows, label + "|", f"cost[{label}][{{y}}]")
        self.row3(rows, "Tổng chi phí", "cost_total[{y}]")
        rows = p.table("Hiệu quả kinh tế")
        self.row3(rows, "Doanh thu|", "sum_rev[{y}]")
        self.row3(rows, "Tổng chi phí", "sum_cost[{y}]")
        self.row3(rows, "Lợi nhuận|", "profit[{y}]")
        self.row3(rows, "Tỷ suất lợi nhuận", "margin[{y}]")
        # payback as the text states it
        m = re.search(r"[Ll]ợi nhuận bình quân[^\d]{0,20}([\d.]+,\d)", p.body)
        if m:
            self.cmp("avg_profit", vn(m.group(1)))
        m = re.search(r"hoàn vốn[^\n]{0,160}?(?:≈|khoảng)\s*(\d+(?:,\d+)?)\s*năm", p.body)
        if not m:
            p.failures.append("no payback sentence")
        else:
            self.cmp("payback", vn(m.group(1)))
        self.deviations()
        self.balances()

    def deviations(self) -> None:
        """Cells where the printed plan departs from the true one: only the declared ones."""
        p, k = self.p, self.k
        allowed = set(KNOCK.get(k, []))
        for name, v in self.cp.items():
            t = self.ct[name]
            if not near(v, t) and name not in allowed:
                p.failures.append(f"{name}: printed {v:.2f} differs from true {t:.2f} undeclared")
        for name in PRINTED.get(k, {}):
            if name not in self.read:
                p.failures.append(f"planted cell {name} not read from the plan")
            if not off(self.cp[name], self.ct[name], 5.0):
                p.failures.append(f"planted {name}: {self.cp[name]:.2f} not >5 % off true {self.ct[name]:.2f}")
        for name in allowed:
            if name not in self.read and name in self.cp:
                p.failures.append(f"knock-on cell {name} not read from the plan")

    def balances(self) -> None:
        """The physical balances, on the true model."""
        p, k, P, t = self.p, self.k, self.P, self.ct
        for j in range(len(P["raws"])):
            for y in Y:
                need, sup = t[f"need[{j}][{y}]"], t[f"supply_total[{j}][{y}]"]
                short = k == "he06" and j == 0 and y >= 1
                if k == "he06" and j == 0 and y == 0:
                    p.check(need <= sup, f"he06 fish 2027: need {need:.0f} vs supply {sup:.0f}")
                elif short:
                    p.check(off(need, sup, 5.0) and need > sup,
                            f"he06 fish need {need:.0f} should exceed supply {sup:.0f} by >5 %")
                else:
                    p.check(need <= sup * 0.97, f"raw {j} year {y}: need {need:.0f} vs supply {sup:.0f}")
        if P["cap"]:
            for y in Y:
                u = t[f"use[{y}]"]
                if k == "he05" and y >= 1:
                    p.check(u > 105, f"he05 capacity use {u:.1f} % should exceed 105 %")
                elif k == "he09" and y >= 1:
                    p.check(u > 90, f"he09 use {u:.1f} %: the growth should outrun the binders")
                else:
                    p.check(u <= 95 if k in ("he05",) else u <= 85, f"capacity use {u:.1f} % in year {y}")
        for y in (1, 2):
            g = t[f"rev_total[{y}]"] / t[f"rev_total[{y - 1}]"] - 1
            if k == "he09":
                p.check(g > 0.5, f"he09 revenue growth {g:.2f} should be > 50 %")
            else:
                p.check(g < 0.25, f"revenue growth {g:.2f} in year {y}")
        g0 = t["out[0]"] / t["hist_out[2]"] - 1
        p.check(-0.05 < g0 < 0.25, f"2027 output vs 2026: {g0:+.2f}")
        for y in Y:
            m = t[f"margin[{y}]"]
            p.check(5 < m < 40, f"true margin {m:.1f} % in year {y}")
        if k == "he07":
            p.check(off(t["src_total"], t["inv_total"], 5.0),
                    f"he07 sources {t['src_total']} vs investment {t['inv_total']} should differ >5 %")
        else:
            p.check(t["src_total"] == t["inv_total"], "sources differ from investment")
        p.check(abs(sum(t[f"src_pct[{i}]"] for i in range(len(P["src"]))) - 100) < 0.2, "shares sum")


# --------------------------------------------------------------------------- per plan
READY = ("he01", "he02", "he03", "he04")
STEMS = {
    "he01": "he01_banh_ram_tung_loc_cty",
    "he02": "he02_mat_ong_son_kim_hkd",
    "he03": "he03_non_la_tien_thanh_tht",
    "he04": "he04_nam_linh_chi_phu_gia_htx",
    "he05": "he05_ruou_nep_xuan_vien_htx",
    "he06": "he06_nuoc_mam_hai_hung_cty",
    "he07": "he07_sua_dau_nanh_hanh_nguyen_hkd",
    "he08": "he08_cha_muc_thach_bang_htx",
    "he09": "he09_choi_dot_khe_co_nhom_ho",
    "he10": "he10_tra_ca_gai_leo_hong_loc_ctcp",
    "he11": "he11_dua_ca_muoi_so_sai",
    "he12": "he12_ruou_sim_ky_son_so_sai",
}
LABEL_WORDS = r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|QR"
STANDARD_WORDS = (r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|"
                  r"chỉ tiêu (chất lượng|cảm quan|vi sinh|hóa lý)")
CHANNEL_WORDS = (r"đại lý|siêu thị|cửa hàng|nhà thuốc|hội chợ|thương mại điện tử|khách hàng|phân phối|"
                 r"bán lẻ|bán buôn|Facebook|Zalo|(?<!\w)sàn(?!\w)|điểm bán|(?<!\w)kênh(?!\w)|nhà hàng")
FOOD_SAFETY_WORDS = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết"
ENV_WORDS = r"môi trường|nước thải|chất thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm|thải"
LICENCE_WORDS = r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm|Phòng Kinh tế"
REGISTRATION_WORDS = (r"đăng ký kinh doanh|đăng ký hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|"
                      r"hợp tác xã|tổ hợp tác|doanh nghiệp|hộ kinh doanh")


def ready_papers(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
          "phiếu kết quả thử nghiệm", "QR")
    p.check(bool(re.search(r"nhãn hiệu", p.body, re.I)), "no trademark in a ready plan")
    p.check(bool(re.search(r"truy xuất", p.body, re.I)), "no traceability in a ready plan")
    for m in re.finditer(r"đến (\d{2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(m.group(3)) >= 2029, f"paper valid only to {m.group(0)}")


def f1(x: float) -> str:
    """One decimal, Vietnamese style."""
    return f"{r1(x):,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


def food_papers(p: Plan) -> None:
    p.has("đủ điều kiện an toàn thực phẩm", "tự công bố")


def check_he01(p: Plan) -> None:
    ready_papers(p)
    food_papers(p)
    p.has("đăng ký môi trường", "quý IV/2028", "đến 05/02/2029", "kiểm soát chất lượng nội bộ")
    c = model("he01")
    g = ((c["hist_rev[2]"] / c["hist_rev[0]"]) ** 0.5 - 1) * 100
    p.has(f"doanh thu tăng bình quân {f1(g)} %/năm", "bao tiêu gạo nếp cho 54 hộ")
    p.check(sum(r[1][0] for r in PLANS["he01"]["raws"][0][4]) == 54, "he01 households")


def check_he02(p: Plan) -> None:
    ready_papers(p)
    food_papers(p)
    p.has("cam kết bảo vệ môi trường", "Quý I/2029", "đến 20/4/2029", "Đơn 4-2025-28417")
    c = model("he02")
    spare = [c[f"spare[0][{y}]"] / c[f"need[0][{y}]"] * 100 for y in Y]
    p.has(f"vẫn dư {f1(min(spare))} – {f1(max(spare))} %", f"{f1(140 * 130000 / 1e6)} triệu đồng/hộ/năm",
          "Nâng đàn ong từ 240 lên 280 đàn")


def check_he03(p: Plan) -> None:
    ready_papers(p)
    p.has("không phải là thực phẩm", "12/XN-UBND", "mã số thuế", "32 khuôn, mỗi khuôn 3 chiếc/ngày",
          "khoán 20.000 đồng/chiếc", "miễn đăng ký môi trường")
    c = model("he03")
    p.has(f"có thêm khoảng {f1(c['out[0]'] * 20000 / c['staff[1][0]'] / 12 / 1e6)} triệu đồng/tháng")


def check_he04(p: Plan) -> None:
    ready_papers(p)
    food_papers(p)
    p.has("không ghi công dụng chữa bệnh", "quý IV/2028", "đến 15/01/2029", "đăng ký môi trường",
          "kiểm soát chất lượng nội bộ", "12 kg nấm khô/ngày")


def check_he05(p: Plan) -> None:
    p.lacks(LICENCE_WORDS, "no-alcohol-license: a licence is mentioned")
    food_papers(p)
    p.has("QCVN 6-3:2010/BYT", "tiêu chuẩn cơ sở", "đăng ký môi trường", "biogas", "Không dành cho người dưới 18",
          "đáp ứng đủ kế hoạch sản lượng đến năm 2029", "chưa đầu tư thêm nồi", "Nhãn hiệu")
    c = model("he05", planted=False)
    p.check(c["cap"] == 2 * 48 * 260, "he05 capacity")
    p.check(PLANS["he05"]["roles"][1][1] == [4, 4, 4], "he05 distillers unchanged")
    p.has("42 thành viên chính thức", "Bao tiêu gạo nếp cho 70 hộ, trong đó 40 hộ thành viên")
    p.check(sum(r[1][0] for r in PLANS["he05"]["raws"][0][4]) == 70, "he05 households")
    p.check(not any("Mức sử dụng" in " ".join(r) for r in p.table("sản lượng")), "he05 prints no use row")


def check_he06(p: Plan) -> None:
    p.lacks(ENV_WORDS, "no-environment-measures: an environmental word")
    p.lacks(r"Còn dư|thiếu hụt|Chênh lệch", "he06 raw table must have no balance row")
    food_papers(p)
    p.has("bảo đảm đủ cho kế hoạch sản xuất", "tiêu chuẩn cơ sở", "Nhãn hiệu", "QR", "Nghị định 43/2017/NĐ-CP")


def check_he07(p: Plan) -> None:
    p.lacks(FOOD_SAFETY_WORDS, "no-food-safety: a food-safety word")
    c = model("he07")
    p.has("có 8 lao động thường xuyên", f"cho {c['staff_total[0]']} lao động năm 2027",
          "đáp ứng đủ nhu cầu vốn đầu tư", "tiêu chuẩn cơ sở", "tự công bố", "QCVN 6-2:2010/BYT",
          "đăng ký môi trường", "QR")
    p.check(c["staff_total[0]"] != 8 and off(8, c["staff_total[0]"], 5.0), "he07 staff figure")


def check_he08(p: Plan) -> None:
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Lộc Hà",
          "Luật Hợp tác xã năm 2012")
    p.lacks(r"148/QĐ-TTg|1489", "he08 must not cite the current programme")
    p.lacks(LABEL_WORDS, "no-label-plan: a label word")
    food_papers(p)
    p.has("tiêu chuẩn cơ sở", "truy xuất", "Nhãn hiệu tập thể", "quý II/2027")


def check_he09(p: Plan) -> None:
    p.lacks(REGISTRATION_WORDS, "no-business-registration: a registration word")
    p.has("giữ nguyên", "Nhu cầu chổi đót trên thị trường còn rất lớn", "20 chiếc chổi/ngày",
          "tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP", "đơn đăng ký nhãn hiệu", "QR")
    c = model("he09")
    g1 = (c["out[1]"] / c["out[0]"] - 1) * 100
    g2 = (c["out[2]"] / c["out[1]"] - 1) * 100
    p.has(f"(tăng {round(g1)} %)", f"(tăng {round(g2)} %)")
    p.check(g1 > 50 and g2 > 50, "he09 growth")
    p.check(len({tuple(n) for _, n in PLANS["he09"]["roles"]} - {(1, 1, 1), (2, 2, 2), (5, 5, 5)}) == 0,
            "he09 staff unchanged")


def check_he10(p: Plan) -> None:
    p.has("Website: ………………", "Sản phẩm [tên sản phẩm] gồm", "Thị trường tiêu thụ rộng lớn")
    p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "he10 keeps two placeholders")
    p.lacks(STANDARD_WORDS, "no-product-standard: a standard word")
    p.lacks(CHANNEL_WORDS, "no-sales-channel: a channel word")
    p.has("đủ điều kiện an toàn thực phẩm")
    p.has("43/2017/NĐ-CP", "Nhãn hiệu", "kiểm soát chất lượng nội bộ", "QR", "148/QĐ-TTg", "1489/QĐ-TTg")


def sketchy(p: Plan, lo: int = 150, hi: int = 350) -> None:
    words = len([w for w in re.findall(r"\S+", p.body) if w != "#"])
    p.check(lo <= words <= hi, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(r"tiêu chuẩn|nhãn|môi trường|truy xuất|an toàn thực phẩm|ATTP|kiểm soát", "a paper in a sketchy plan")


def check_he11(p: Plan) -> None:
    sketchy(p)
    p.lacks(r"đăng ký", "he11 is unregistered")
    p.has("3 tấn", "50 triệu đồng", "30.000 đồng/hũ", "6.000 hũ", "180 triệu đồng", "40 triệu đồng")
    p.check(close(6000 * 30000, 180e6), "he11 revenue")


def check_he12(p: Plan) -> None:
    sketchy(p)
    p.lacks(r"giấy phép|cấp phép", "he12 has no licence")
    p.has("28K8002716", "2.000 lít", "120.000 đồng/lít", "240 triệu đồng", "80 triệu đồng")
    p.check(close(2000 * 120000, 240e6), "he12 revenue")


def check(stem: str) -> Plan:
    p = Plan(stem)
    if p.key != "he10":
        p.lacks(PLACEHOLDER, "template placeholder")
    if p.key != "he08":
        p.lacks(REPLACED, "replaced instrument or abolished level")
    if p.key in PLANS:
        Full(p).run()
    globals()[f"check_{p.key}"](p)
    return p


def main(argv=None) -> int:
    argv = list(argv or [])
    keys = [a for a in argv if a in STEMS] or list(STEMS)
    return plancheck.report([check(STEMS[k]) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
