"""The 226th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand, plus the three things the set's theme adds to every full plan.

    .venv/bin/python tests/holdout226/arithmetic.py [hs01 hs05 ...]

Theme: plans that open with a cover page (producer, title, commune, date) and a typed table of
contents (every heading again, with dot leaders and page numbers), and close with a list of the
attached papers ("danh mục hồ sơ kèm theo"), each paper named with its number.

For every full plan (hs01-hs10) the constants give the products (pack size in the plan's base unit,
price and packs per year, packaging cost), the 2024-2026 history (output, average price, profit),
the raw materials (norm per base unit, price, supply rows as count x yield), the rated capacity
(a day x working days, or vats x litres), staff by role and the monthly wage, the sales channels'
shares, investment items and capital sources, asset life, loan balances and rate, and the cost
table's lines (raw material = need x price, packaging = packs x cost per pack, per-unit lines =
output x rate, wages = staff x wage x 12, depreciation = fixed assets / life, interest = balance x
rate, fixed lines, tax = share of revenue). `model()` turns them into every figure the plan prints;
`printed()` applies the planted numeric defects (and the figures a producer would have computed
from them); the throw-away generator that wrote src/ used the same two functions. Each table is
read back from the plan's source by its caption and compared cell by cell with `printed()`; then
the relations a reviewer checks are recomputed from the printed cells themselves (revenue = packs x
price, totals, profit = revenue - cost, sources = investment, need <= supply, output <= capacity,
payback = investment / (average profit + depreciation)); planted numeric defects must be wrong by
more than 5 % with the true value beside them, everything else right within 1 %. Textual defects
are asserted by the absence or presence of their words; ready plans cite no replaced instrument.
Theme checks: the cover names the producer, the commune, the title and a date before the table of
contents; the table of contents lists every heading of the plan, in order, each with a dot leader
and a page number, pages never decreasing; the closing list names each attached paper with its
number. Sketchy plans (hs11, hs12): 150-350 words, no table, their few figures.
"""

from __future__ import annotations

import copy
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")
# --------------------------------------------------------------------------- constants
# Per full plan (hs01-hs10):
#   unit: the base unit of output; products: label (pack spec in it), pack word, size in base
#   units, price per year (đồng/pack), packs per year, packaging cost (đồng/pack);
#   hist: 2024-2026 output (base units), average price (đồng/base unit), profit (triệu);
#   raws: label, unit, norm per base unit of output, price (đồng/unit), supply rows
#         (label, count per year, count word, yield per count);
#   cap: rated output a day x working days (base units); roles: staff per year; wage: triệu
#   đồng/person/month per year; channels: share of output per year (the last takes the rest);
#   inv: (label, triệu, fixed asset?); src: (label, triệu); life: years of straight-line
#   depreciation; loan: balance per year (triệu) and rate;
#   costs: the cost table's lines, each (label, kind, parameter):
#     raw:i   -> need of raw material i x its price
#     pack    -> sum of packs x packaging cost
#     unit    -> output x parameter (đồng/base unit) (energy, piece-rate work, ...)
#     wage    -> staff x wage x 12
#     dep     -> fixed assets / life
#     interest-> loan balance x rate
#     fixed   -> the parameter (triệu a year, per year)
#     tax     -> parameter x the plan's revenue of the year
PLANS: dict[str, dict] = {
    "hs01": dict(
        unit="kg",
        products=[
            dict(label="Bánh ram ít cấp đông, hộp 10 cặp 600 g", word="hộp", size=0.6,
                 price=[68000, 70000, 72000], packs=[18000, 20000, 22000], pack_cost=5000),
            dict(label="Bánh ram chiên sẵn, khay 8 chiếc 320 g", word="khay", size=0.32,
                 price=[38000, 39000, 40000], packs=[15000, 16500, 18000], pack_cost=3500),
            dict(label="Bánh ít lá gai nhân dừa, túi 10 chiếc 450 g", word="túi", size=0.45,
                 price=[42000, 43000, 44000], packs=[10000, 11000, 12000], pack_cost=2000)],
        hist=dict(out=[15200, 16900, 18600], price=[102000, 105000, 108000], profit=[138.2, 160.5, 184.8]),
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=0.5, price=30000,
                   supply=[("Hộ trồng nếp thôn Khê Thượng", [20, 20, 20], "hộ", 400),
                           ("Hộ trồng nếp thôn Đông Khê", [14, 14, 14], "hộ", 400)]),
              dict(label="Thịt lợn, tôm đất làm nhân", unit="kg", norm=0.2, price=140000,
                   supply=[("Cơ sở giết mổ Hồng Phát (hợp đồng)", [1, 1, 1], "cơ sở", 3500),
                           ("Hộ đánh bắt tôm đất thôn Bãi Dọc", [12, 12, 12], "hộ", 150)])],
        cap=dict(rate=100, days=300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nhào bột, nặn, chiên bánh", [4, 4, 5]),
               ("Cấp đông, đóng gói, kho lạnh", [1, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        channels=[("Siêu thị, cửa hàng thực phẩm trong tỉnh", [0.34, 0.34, 0.33]),
                  ("Đại lý, nhà hàng tại Vinh và Hà Nội", [0.26, 0.27, 0.28]),
                  ("Điểm OCOP, cửa hàng quà quê", [0.16, 0.16, 0.16]),
                  ("Bán trực tuyến, giao tận nơi", [0.0, 0.0, 0.0])],
        inv=[("Tủ cấp đông gió 200 kg/mẻ", 320, True), ("Máy định hình bánh ram bán tự động", 260, True),
             ("Bếp chiên công nghiệp và máy hút dầu", 120, True),
             ("Cải tạo khu chế biến một chiều 80 m²", 200, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 45, False), ("Vốn lưu động", 255, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.075,
        costs=[("Gạo nếp cái", "raw:0", None), ("Thịt lợn, tôm đất làm nhân", "raw:1", None),
               ("Bao bì, hộp, khay, túi", "pack", None), ("Điện, gas, nước", "unit", 2500),
               ("Tiền lương", "wage", None), ("Khấu hao tài sản", "dep", None),
               ("Lãi vay ngân hàng", "interest", None), ("Quảng bá, bán hàng", "fixed", [60, 65, 70]),
               ("Chi phí khác", "fixed", [35, 35, 40]), ("Thuế, phí", "tax", 0.015)]),
    "hs02": dict(
        unit="kg",
        products=[
            dict(label="Mật ong rừng nguyên chất, lọ 500 g", word="lọ", size=0.5,
                 price=[220000, 228000, 236000], packs=[3000, 3400, 3800], pack_cost=6000),
            dict(label="Mật ong hoa keo, chai 1 kg", word="chai", size=1.0,
                 price=[260000, 268000, 276000], packs=[1800, 2000, 2200], pack_cost=8000),
            dict(label="Mật ong hoa keo, can 5 kg bán sỉ", word="can", size=5.0,
                 price=[1100000, 1130000, 1160000], packs=[200, 220, 240], pack_cost=20000)],
        hist=dict(out=[3350, 3700, 4020], price=[290000, 298000, 305000], profit=[121.5, 136.3, 151.3]),
        raws=[dict(label="Mật ong thô (chưa hạ thủy phần)", unit="kg", norm=1.05, price=150000,
                   supply=[("Đàn ong của thành viên", [320, 345, 370], "đàn", 15),
                           ("Hộ nuôi ong liên kết thôn Khe Giao", [8, 8, 8], "hộ", 150)])],
        cap=dict(rate=30, days=220),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, hạ thủy phần, đóng lọ", [1, 1, 2])],
        wage=[5.0, 5.2, 5.4],
        channels=[("Cửa hàng đặc sản, nhà thuốc trong tỉnh", [0.38, 0.36, 0.34]),
                  ("Điểm bán OCOP, hội chợ", [0.22, 0.22, 0.22]),
                  ("Đại lý tại Hà Nội, Vinh", [0.20, 0.22, 0.24]),
                  ("Bán trực tuyến, khách quen", [0.0, 0.0, 0.0])],
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True), ("Bồn lắng, máy lọc, máy quay mật inox", 85, True),
             ("Bổ sung 50 thùng ong và đàn giống", 75, True), ("Phòng chiết, đóng lọ 36 m²", 110, True),
             ("Lọ, chai, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066,
        costs=[("Mật ong thô", "raw:0", None), ("Lọ, chai, can, nhãn", "pack", None),
               ("Điện, nước", "unit", 1000), ("Tiền công lao động", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Quảng bá, hội chợ", "fixed", [40, 42, 44]), ("Chi khác", "fixed", [25, 25, 25]),
               ("Thuế, phí", "tax", 0.015)]),
    "hs03": dict(
        unit="chiếc",
        products=[
            dict(label="Nón lá trắng 16 vành", word="chiếc", size=1,
                 price=[60000, 62000, 64000], packs=[14000, 15000, 16000], pack_cost=1500),
            dict(label="Nón bài thơ vẽ hoa văn, hộp quà", word="chiếc", size=1,
                 price=[150000, 155000, 160000], packs=[3000, 3400, 3800], pack_cost=12000),
            dict(label="Bộ 3 nón lá mini trang trí", word="bộ", size=3,
                 price=[90000, 93000, 96000], packs=[2000, 2300, 2600], pack_cost=6000)],
        hist=dict(out=[18600, 20100, 21700], price=[56000, 58000, 60000], profit=[94.0, 104.8, 118.3]),
        raws=[dict(label="Lá nón đã phơi, là phẳng", unit="kg", norm=0.12, price=60000,
                   supply=[("Hộ khai thác lá nón thôn Tùng Sơn", [18, 18, 18], "hộ", 140),
                           ("Hộ khai thác lá nón thôn Hạ Vàng", [9, 9, 9], "hộ", 130)]),
              dict(label="Vành tre chuốt sẵn", unit="bộ", norm=1.0, price=4000,
                   supply=[("Hộ chuốt vành thôn Tùng Sơn", [6, 6, 6], "hộ", 3500),
                           ("Tổ viên tự chuốt vành", [4, 4, 4], "hộ", 2200)])],
        cap=dict(rate=110, days=290),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chằm nón (tổ viên)", [14, 15, 16]),
               ("Vẽ, in hoa văn, hoàn thiện", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[3.2, 3.3, 3.4],
        channels=[("Cửa hàng lưu niệm, khu du lịch", [0.36, 0.35, 0.34]),
                  ("Thương lái, đại lý tại Huế, Hội An", [0.30, 0.30, 0.30]),
                  ("Điểm OCOP, hội chợ", [0.14, 0.15, 0.15]),
                  ("Bán trực tuyến, khách đoàn", [0.0, 0.0, 0.0])],
        inv=[("Nhà xưởng chằm nón và kho 150 m²", 220, True), ("Bàn là lá, khuôn nón inox (20 bộ)", 90, True),
             ("Máy in lụa hoa văn", 60, True), ("Lò sấy lá chống mốc", 55, True),
             ("Thiết kế hộp quà, thẻ treo", 35, False), ("Đăng ký nhãn hiệu, thử nghiệm", 20, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 260)],
        life=10, loan=[260, 200, 140], rate=0.066,
        costs=[("Lá nón", "raw:0", None), ("Vành tre", "raw:1", None),
               ("Sợi cước, chỉ, quai, sơn vẽ", "unit", 3500), ("Hộp, thẻ treo, túi", "pack", None),
               ("Tiền công tổ viên", "wage", None), ("Khấu hao", "dep", None),
               ("Lãi vay", "interest", None), ("Hội chợ, quảng bá", "fixed", [30, 32, 34]),
               ("Điện, chi khác", "fixed", [25, 26, 27]), ("Thuế, phí", "tax", 0.015)]),
    "hs04": dict(
        unit="kg",
        products=[
            dict(label="Trà cà gai leo túi lọc, hộp 25 túi × 2 g", word="hộp", size=0.05,
                 price=[42000, 43000, 44000], packs=[24000, 26000, 28000], pack_cost=9000),
            dict(label="Cà gai leo khô cắt khúc, túi 500 g", word="túi", size=0.5,
                 price=[110000, 113000, 116000], packs=[2400, 2600, 2800], pack_cost=3000),
            dict(label="Trà cà gai leo – atiso, hộp 20 túi × 2 g", word="hộp", size=0.04,
                 price=[40000, 41000, 42000], packs=[6000, 7000, 8000], pack_cost=8000)],
        hist=dict(out=[2050, 2230, 2420], price=[520000, 540000, 560000], profit=[138.6, 156.6, 176.2]),
        raws=[dict(label="Cà gai leo tươi (thân, lá)", unit="kg", norm=4.0, price=14000,
                   supply=[("Vườn cà gai leo của hộ", [1.5, 1.5, 1.5], "ha", 8000),
                           ("Hộ trồng liên kết thôn Trung Lộc", [12, 12, 12], "hộ", 250)])],
        cap=dict(rate=16, days=250),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, cắt, đóng túi lọc", [3, 3, 4]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        channels=[("Nhà thuốc, cửa hàng thực phẩm sạch", [0.40, 0.38, 0.36]),
                  ("Điểm bán OCOP, hội chợ", [0.20, 0.20, 0.20]),
                  ("Nhà phân phối tại Vinh, Hà Nội", [0.18, 0.20, 0.22]),
                  ("Bán trực tuyến", [0.0, 0.0, 0.0])],
        inv=[("Máy sấy bơm nhiệt 16 kg khô/mẻ", 180, True), ("Máy cắt, máy nghiền dược liệu", 75, True),
             ("Máy đóng túi lọc tự động", 210, True), ("Cải tạo phòng sơ chế, đóng gói 60 m²", 130, True),
             ("Bao bì, nhãn, mã QR", 35, False), ("Kiểm nghiệm, tự công bố", 25, False),
             ("Vốn lưu động", 145, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350)],
        life=10, loan=[350, 250, 150], rate=0.075,
        costs=[("Cà gai leo tươi", "raw:0", None), ("Túi lọc, hộp, túi", "pack", None),
               ("Điện sấy, nước", "unit", 9000), ("Tiền công", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Quảng bá, bán hàng", "fixed", [90, 95, 100]), ("Chi khác", "fixed", [30, 30, 30]),
               ("Thuế, phí", "tax", 0.015)]),
    "hs05": dict(
        unit="lít",
        products=[
            dict(label="Rượu nếp sim 29 độ, chai 500 ml", word="chai", size=0.5,
                 price=[85000, 88000, 91000], packs=[16000, 18000, 20000], pack_cost=9000),
            dict(label="Rượu nếp sim, bình sứ 1,5 lít", word="bình", size=1.5,
                 price=[290000, 300000, 310000], packs=[1500, 1700, 1900], pack_cost=45000),
            dict(label="Rượu nếp sim, can 5 lít", word="can", size=5.0,
                 price=[420000, 435000, 450000], packs=[600, 700, 800], pack_cost=12000)],
        hist=dict(out=[10600, 11500, 12400], price=[140000, 145000, 150000], profit=[178.1, 200.1, 223.2]),
        raws=[dict(label="Gạo nếp", unit="kg", norm=1.2, price=28000,
                   supply=[("Ruộng nếp của thành viên", [30, 30, 30], "hộ", 385),
                           ("Hợp tác xã nông nghiệp Đức Lĩnh (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)]),
              dict(label="Quả sim chín", unit="kg", norm=0.4, price=25000,
                   supply=[("Hộ hái sim thôn Khe Sim", [40, 40, 40], "hộ", 200)])],
        cap=dict(rate=80, days=260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.0, 6.3],
        channels=[("Nhà hàng, quán đặc sản trong tỉnh", [0.40, 0.38, 0.36]),
                  ("Cửa hàng quà tặng, điểm OCOP", [0.25, 0.26, 0.27]),
                  ("Đại lý tại Vinh, Hà Nội", [0.20, 0.21, 0.22]),
                  ("Khách mua tại hợp tác xã", [0.0, 0.0, 0.0])],
        inv=[("Hệ thống chưng cất inox 2 nồi", 240, True), ("Máy lọc, khử andehit", 150, True),
             ("Kho ủ, hạ thổ 50 m²", 180, True), ("Hầm biogas xử lý bỗng rượu", 85, True),
             ("Bao bì, nhãn, tem truy xuất", 45, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        costs=[("Gạo nếp", "raw:0", None), ("Quả sim", "raw:1", None),
               ("Chai, bình sứ, can, nhãn", "pack", None), ("Men, củi, điện, nước", "unit", 6000),
               ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, quảng bá", "fixed", [70, 75, 80]), ("Chi khác", "fixed", [40, 40, 45]),
               ("Thuế, phí", "tax", 0.02)]),
    "hs06": dict(
        unit="lít",
        products=[
            dict(label="Nước mắm cốt nhĩ 40 độ đạm, chai 500 ml", word="chai", size=0.5,
                 price=[105000, 108000, 111000], packs=[12000, 13000, 14000], pack_cost=7000),
            dict(label="Nước mắm cá cơm 30 độ đạm, chai 1 lít", word="chai", size=1.0,
                 price=[70000, 72000, 74000], packs=[10000, 11000, 12000], pack_cost=6000),
            dict(label="Nước mắm 20 độ đạm, can 5 lít", word="can", size=5.0,
                 price=[190000, 195000, 200000], packs=[1500, 1600, 1700], pack_cost=10000)],
        hist=dict(out=[19800, 21000, 22400], price=[88000, 90000, 92000], profit=[174.2, 189.0, 206.1]),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.2, price=18000,
                   supply=[("Tàu đánh cá của cổ đông", [5, 5, 5], "tàu", 5000),
                           ("Vựa cá bến Cẩm Nhượng (hợp đồng)", [2, 2, 2], "vựa", 5000)]),
              dict(label="Muối hạt", unit="kg", norm=0.4, price=4000,
                   supply=[("Hợp tác xã muối Cẩm Lĩnh (hợp đồng)", [1, 1, 1], "hợp đồng", 12000)])],
        cap=dict(rate=500, days=70),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [3, 3, 3]),
               ("Kéo rút, lọc, chiết chai", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[5.8, 6.0, 6.3],
        channels=[("Siêu thị, cửa hàng thực phẩm", [0.30, 0.30, 0.30]),
                  ("Nhà phân phối tại Vinh, Hà Nội, Đà Nẵng", [0.32, 0.33, 0.34]),
                  ("Nhà hàng, bếp ăn tập thể", [0.18, 0.18, 0.18]),
                  ("Bán tại xưởng, trực tuyến", [0.0, 0.0, 0.0])],
        inv=[("Bổ sung 20 thùng chượp gỗ 500 lít", 300, True), ("Nhà phơi chượp mái kính 200 m²", 650, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 420, True), ("Kho thành phẩm 80 m²", 280, True),
             ("Bao bì, thiết kế nhãn, mã vạch", 70, False), ("Vốn lưu động", 480, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800),
             ("Quỹ đầu tư phát triển của công ty", 180)],
        life=10, loan=[800, 650, 500], rate=0.075,
        costs=[("Cá cơm tươi", "raw:0", None), ("Muối hạt", "raw:1", None),
               ("Chai, can, nhãn, thùng", "pack", None), ("Điện, nước", "unit", 1500),
               ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, vận chuyển", "fixed", [150, 160, 170]), ("Chi khác", "fixed", [50, 50, 55]),
               ("Thuế, phí", "tax", 0.015)]),
    "hs07": dict(
        unit="kg",
        products=[
            dict(label="Chè vằng khô cắt khúc, túi 500 g", word="túi", size=0.5,
                 price=[80000, 82000, 84000], packs=[6000, 6500, 7000], pack_cost=2500),
            dict(label="Chè vằng túi lọc, hộp 30 túi × 2 g", word="hộp", size=0.06,
                 price=[42000, 43000, 44000], packs=[9000, 10000, 11000], pack_cost=8500),
            dict(label="Chè vằng khô, bao 5 kg cho quán nước", word="bao", size=5.0,
                 price=[700000, 720000, 740000], packs=[200, 220, 240], pack_cost=8000)],
        hist=dict(out=[3900, 4150, 4400], price=[205000, 210000, 215000], profit=[84.0, 91.5, 99.3]),
        raws=[dict(label="Cành lá chè vằng tươi", unit="kg", norm=4.5, price=6000,
                   supply=[("Vườn chè vằng của hộ", [3, 3, 3], "ha", 7000),
                           ("Hộ thu hái chè vằng thôn Khe Tre", [15, 15, 15], "hộ", 800)])],
        cap=dict(rate=25, days=260),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, cắt, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        channels=[("Quán nước, nhà hàng", [0.30, 0.28, 0.26]),
                  ("Cửa hàng đặc sản, nhà thuốc", [0.35, 0.36, 0.37]),
                  ("Điểm OCOP, hội chợ", [0.15, 0.15, 0.15]),
                  ("Bán trực tuyến", [0.0, 0.0, 0.0])],
        inv=[("Máy sấy bơm nhiệt 25 kg khô/mẻ", 190, True), ("Máy cắt khúc, máy đóng túi lọc", 220, True),
             ("Nhà sơ chế, kho 70 m²", 160, True), ("Bao bì, nhãn, tem truy xuất", 40, False),
             ("Đăng ký nhãn hiệu", 15, False), ("Vốn lưu động", 175, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200),
             ("Vay người thân", 200)],
        life=10, loan=[400, 300, 200], rate=0.07,
        costs=[("Chè vằng tươi", "raw:0", None), ("Bao bì, túi lọc, hộp", "pack", None),
               ("Điện sấy, nước", "unit", 5000), ("Tiền công", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Quảng bá, bán hàng", "fixed", [35, 38, 40]), ("Chi khác", "fixed", [20, 20, 20]),
               ("Thuế, phí", "tax", 0.015)]),
    "hs08": dict(
        unit="kg",
        products=[
            dict(label="Kẹo lạc mật mía, gói 200 g", word="gói", size=0.2,
                 price=[27000, 28000, 29000], packs=[24000, 45600, 77500], pack_cost=1200),
            dict(label="Kẹo lạc vừng, hộp 400 g", word="hộp", size=0.4,
                 price=[60000, 62000, 64000], packs=[8000, 15200, 25800], pack_cost=4000),
            dict(label="Kẹo lạc, túi 1 kg cho đại lý", word="túi", size=1.0,
                 price=[115000, 118000, 121000], packs=[1800, 3420, 5820], pack_cost=1500)],
        hist=dict(out=[8100, 8700, 9300], price=[118000, 121000, 124000], profit=[86.1, 94.8, 104.2]),
        raws=[dict(label="Lạc nhân", unit="kg", norm=0.6, price=65000,
                   supply=[("Hộ trồng lạc thôn Bắc Hà (hợp đồng)", [30, 55, 90], "hộ", 220),
                           ("Tổ viên tự trồng", [8, 8, 8], "hộ", 150)]),
              dict(label="Mật mía, đường", unit="kg", norm=0.45, price=30000,
                   supply=[("Lò mật Thạch Ngọc (hợp đồng)", [1, 2, 3], "lò", 5000)])],
        cap=dict(rate=150, days=280),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Rang lạc, nấu mật, cán kẹo", [3, 3, 3]),
               ("Cắt, đóng gói", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[3.5, 3.6, 3.7],
        channels=[("Tạp hóa, chợ trong tỉnh", [0.45, 0.45, 0.45]),
                  ("Cửa hàng đặc sản, quà quê", [0.25, 0.25, 0.25]),
                  ("Đại lý bánh kẹo tại Vinh", [0.18, 0.18, 0.18]),
                  ("Khách mua tại xưởng", [0.0, 0.0, 0.0])],
        inv=[("Máy rang lạc tang trống", 95, True), ("Nồi nấu mật có cánh khuấy", 70, True),
             ("Máy cán, cắt kẹo", 140, True), ("Máy đóng gói hút chân không", 65, True),
             ("Cải tạo xưởng 60 m²", 90, True), ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 150),
             ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[300, 240, 180], rate=0.066,
        costs=[("Lạc nhân", "raw:0", None), ("Mật mía, đường", "raw:1", None),
               ("Bao bì, hộp, túi", "pack", None), ("Điện, củi, gas", "unit", 2500),
               ("Công khoán theo sản lượng", "unit", 15000), ("Tiền công cố định", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, vận chuyển", "fixed", [50, 90, 150]), ("Chi khác", "fixed", [20, 20, 20]),
               ("Thuế, phí", "tax", 0.015)]),
    "hs09": dict(
        unit="kg",
        products=[
            dict(label="Chè xanh búp đặc biệt, hộp 200 g", word="hộp", size=0.2,
                 price=[65000, 67000, 69000], packs=[15000, 18000, 20500], pack_cost=12000),
            dict(label="Chè xanh búp, túi 500 g", word="túi", size=0.5,
                 price=[130000, 134000, 138000], packs=[8000, 9600, 11000], pack_cost=4000),
            dict(label="Chè xanh loại 1, bao 2 kg", word="bao", size=2.0,
                 price=[440000, 453000, 466000], packs=[1000, 1200, 1350], pack_cost=6000)],
        hist=dict(out=[7300, 7900, 8500], price=[245000, 250000, 255000], profit=[178.9, 197.5, 216.8]),
        raws=[dict(label="Búp chè tươi", unit="kg", norm=4.5, price=15000,
                   supply=[("Đồi chè của công ty", [3, 3, 3], "ha", 10000),
                           ("Hộ trồng chè liên kết thôn Kim Sơn", [40, 40, 40], "hộ", 800)])],
        cap=dict(rate=40, days=250),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Thu hái, làm héo, sao, vò", [5, 5, 5]),
               ("Sấy, phân loại, đóng gói", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        channels=[("Đại lý chè tại Vinh, Hà Nội", [0.35, 0.36, 0.37]),
                  ("Cửa hàng đặc sản, quà biếu", [0.25, 0.25, 0.25]),
                  ("Quán cà phê, nhà hàng", [0.15, 0.15, 0.15]),
                  ("Bán trực tuyến", [0.0, 0.0, 0.0])],
        inv=[("Cải tạo nhà chế biến 120 m²", 260, True), ("Kho bảo quản chè khô có điều hòa", 150, True),
             ("Máy hút chân không, hàn miệng túi", 60, True), ("Bao bì, hộp, thiết kế nhãn", 80, False),
             ("Vốn lưu động", 450, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại cổ phần Công Thương", 400)],
        life=10, loan=[400, 300, 200], rate=0.078,
        costs=[("Búp chè tươi", "raw:0", None), ("Hộp, túi, bao", "pack", None),
               ("Điện, củi sao chè", "unit", 8000), ("Tiền lương", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, vận chuyển", "fixed", [90, 95, 100]), ("Chi khác", "fixed", [45, 45, 50]),
               ("Thuế, phí", "tax", 0.015)]),
    "hs10": dict(
        unit="sản phẩm",
        products=[
            dict(label="Hộp đựng trà gỗ hương khắc hoa văn", word="chiếc", size=1,
                 price=[520000, 535000, 550000], packs=[1800, 2000, 2200], pack_cost=15000),
            dict(label="Khay trà gỗ mít nguyên tấm", word="chiếc", size=1,
                 price=[650000, 670000, 690000], packs=[1200, 1350, 1500], pack_cost=20000),
            dict(label="Tượng linh vật gỗ xoan cao 30 cm", word="chiếc", size=1,
                 price=[1800000, 1850000, 1900000], packs=[300, 340, 380], pack_cost=40000)],
        hist=dict(out=[2650, 2860, 3080], price=[620000, 635000, 650000], profit=[197.2, 217.9, 240.2]),
        raws=[dict(label="Gỗ xẻ rừng trồng (mít, xoan, hương)", unit="m³", norm=0.012, price=11000000,
                   supply=[("Công ty Lâm nghiệp Hương Thọ (hợp đồng)", [1, 1, 1], "hợp đồng", 45),
                           ("Hộ trồng mít, xoan thôn Yên Thịnh", [10, 10, 10], "hộ", 1.5)])],
        cap=dict(rate=18, days=290),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thợ chạm, khắc, CNC", [6, 6, 7]),
               ("Chà nhám, sơn, hoàn thiện", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.1],
        channels=[("Cửa hàng quà tặng, lưu niệm", [0.40, 0.38, 0.36]),
                  ("Doanh nghiệp đặt quà tặng", [0.25, 0.27, 0.29]),
                  ("Điểm OCOP, hội chợ", [0.15, 0.15, 0.15]),
                  ("Bán trực tuyến", [0.0, 0.0, 0.0])],
        inv=[("Máy CNC khắc gỗ 2 đầu", 420, True), ("Hệ thống hút bụi túi vải", 120, True),
             ("Buồng phun sơn có màng nước", 150, True), ("Nhà xưởng, kho gỗ 250 m²", 380, True),
             ("Bao bì, thiết kế mẫu", 40, False), ("Vốn lưu động", 290, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600),
             ("Quỹ đầu tư phát triển của hợp tác xã", 200)],
        life=10, loan=[600, 480, 360], rate=0.075,
        costs=[("Gỗ xẻ", "raw:0", None), ("Sơn PU, keo, giấy nhám", "unit", 35000),
               ("Hộp, túi, xốp", "pack", None), ("Điện, nước", "unit", 12000),
               ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "interest", None),
               ("Bán hàng, hội chợ", "fixed", [60, 65, 70]), ("Chi khác", "fixed", [30, 30, 35]),
               ("Thuế, phí", "tax", 0.015)]),
}


def model(key: str) -> dict:
    """Every figure of a full plan, true values (before any planted defect)."""
    c = PLANS[key]
    m: dict = {"key": key, "unit": c["unit"]}
    prods = c["products"]
    m["packs"] = [p["packs"][:] for p in prods]
    m["price"] = [p["price"][:] for p in prods]
    m["base"] = [[p["packs"][y] * p["size"] for y in Y] for p in prods]
    m["out"] = [sum(p["packs"][y] * p["size"] for p in prods) for y in Y]
    m["growth"] = [None] + [(m["out"][y] / m["out"][y - 1] - 1) * 100 for y in (1, 2)]
    m["rev_line"] = [[p["packs"][y] * p["price"][y] / 1e6 for y in Y] for p in prods]
    m["rev"] = [sum(r[y] for r in m["rev_line"]) for y in Y]
    h = c["hist"]
    m["h_out"], m["h_price"], m["h_profit"] = h["out"], h["price"], h["profit"]
    m["h_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in Y]
    m["h_growth"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    m["cap"] = c["cap"]["rate"] * c["cap"]["days"]
    m["use"] = [o / m["cap"] * 100 for o in m["out"]]
    m["need"], m["sup_rows"], m["sup"] = [], [], []
    for r in c["raws"]:
        m["need"].append([o * r["norm"] for o in m["out"]])
        rows = [[s[1][y] * s[3] for y in Y] for s in r["supply"]]
        m["sup_rows"].append(rows)
        m["sup"].append([sum(x[y] for x in rows) for y in Y])
    m["spare"] = [[m["sup"][i][y] - m["need"][i][y] for y in Y] for i in range(len(c["raws"]))]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m["wage"] = c["wage"]
    m["wagefund"] = [m["staff"][y] * c["wage"][y] * 12 for y in Y]
    ch = []
    for i, (_, shares) in enumerate(c["channels"]):
        if i < len(c["channels"]) - 1:
            ch.append([round(m["out"][y] * shares[y]) for y in Y])
        else:
            ch.append([m["out"][y] - sum(x[y] for x in ch) for y in Y])
    m["chan"] = ch
    m["inv"] = sum(x[1] for x in c["inv"])
    m["fixed"] = sum(x[1] for x in c["inv"] if x[2])
    m["src"] = sum(x[1] for x in c["src"])
    m["src_share"] = [x[1] / m["src"] * 100 for x in c["src"]]
    m["dep"] = m["fixed"] / c["life"]
    m["interest"] = [b * c["rate"] for b in c["loan"]]
    lines = []
    for label, kind, par in c["costs"]:
        if kind.startswith("raw:"):
            i = int(kind[4:])
            v = [m["need"][i][y] * c["raws"][i]["price"] / 1e6 for y in Y]
        elif kind == "pack":
            v = [sum(p["packs"][y] * p["pack_cost"] for p in prods) / 1e6 for y in Y]
        elif kind == "unit":
            v = [m["out"][y] * par / 1e6 for y in Y]
        elif kind == "wage":
            v = m["wagefund"][:]
        elif kind == "dep":
            v = [m["dep"]] * 3
        elif kind == "interest":
            v = m["interest"][:]
        elif kind == "fixed":
            v = list(par)
        elif kind == "tax":
            v = [m["rev"][y] * par for y in Y]
        else:
            raise ValueError(kind)
        lines.append(v)
    m["cost_line"] = lines
    m["cost"] = [sum(v[y] for v in lines) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["avg_profit"] = sum(m["profit"]) / 3
    m["payback"] = m["inv"] / (m["avg_profit"] + m["dep"])
    return m


def _cost_index(key: str, kind: str) -> int:
    return [i for i, c in enumerate(PLANS[key]["costs"]) if c[1] == kind][0]


def _refresh(p: dict, key: str) -> None:
    """Totals, profit, margin and payback recomputed from the (printed) lines of p."""
    p["cost"] = [sum(v[y] for v in p["cost_line"]) for y in Y]
    p["profit"] = [p["rev"][y] - p["cost"][y] for y in Y]
    p["margin"] = [p["profit"][y] / p["rev"][y] * 100 for y in Y]
    p["avg_profit"] = sum(p["profit"]) / 3
    p["payback"] = p["inv"] / (p["avg_profit"] + p["dep"])


# The planted numeric defects, as factors on the true value (see README "Planted defects").
PLANT = {
    "hs05": 1.14,   # revenue table, 2028 line of the 500 ml bottle
    "hs07": 1.7,    # the payback period as stated (years)
    "hs08": 1.30,   # summary table, 2027 profit
    "hs10": 0.89,   # cost table, 2028 total
}


def printed(key: str) -> dict:
    """The figures as the plan prints them: the true model with the planted defects and what the
    producer computed from them (knock-ons, listed as tolerated where a rule would see them)."""
    m = model(key)
    p = copy.deepcopy(m)
    if key == "hs05":
        p["rev_line"][0][1] = m["rev_line"][0][1] * PLANT[key]
        p["rev"] = [sum(r[y] for r in p["rev_line"]) for y in Y]
        t = _cost_index(key, "tax")
        p["cost_line"][t] = [p["rev"][y] * PLANS[key]["costs"][t][2] for y in Y]
        _refresh(p, key)
    elif key == "hs07":
        p["payback"] = PLANT[key]
    elif key == "hs08":
        p["profit"][0] = m["profit"][0] * PLANT[key]
        p["margin"][0] = p["profit"][0] / p["rev"][0] * 100
        p["avg_profit"] = sum(p["profit"]) / 3
        p["payback"] = p["inv"] / (p["avg_profit"] + p["dep"])
    elif key == "hs10":
        p["cost"][1] = m["cost"][1] * PLANT[key]
        p["profit"][1] = p["rev"][1] - p["cost"][1]
        p["margin"][1] = p["profit"][1] / p["rev"][1] * 100
        p["avg_profit"] = sum(p["profit"]) / 3
        p["payback"] = p["inv"] / (p["avg_profit"] + p["dep"])
    return p


# ----------------------------------------------------------------------------- captions
# Each table is found by its caption's title (after "Bảng N." / "Biểu N:"); the numbering is the
# plan's own. Defaults, then each plan's wording.
_CAP = dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
            comp="So sánh giá với sản phẩm cùng loại trên thị trường",
            chan="Sản lượng tiêu thụ dự kiến theo kênh",
            raw="Nhu cầu và nguồn cung nguyên liệu",
            equip="Máy móc, thiết bị sản xuất",
            staff="Lao động và quỹ lương",
            prod="Kế hoạch sản lượng 2027 – 2029",
            price="Giá bán dự kiến",
            inv="Tổng vốn đầu tư",
            src="Cơ cấu nguồn vốn",
            rev="Doanh thu dự kiến",
            cost="Chi phí sản xuất kinh doanh",
            sum="Tổng hợp hiệu quả kinh tế",
            sched="Tiến độ thực hiện",
            annex="Danh mục hồ sơ kèm theo")
_CAP_PLAN = {
    "hs01": dict(hist="Kết quả sản xuất kinh doanh của công ty 2024 – 2026",
                 comp="Giá bán bánh ram của một số cơ sở trên thị trường",
                 annex="Hồ sơ, giấy tờ kèm theo phương án"),
    "hs02": dict(hist="Kết quả sản xuất, tiêu thụ mật ong 2024 – 2026", raw="Nguồn mật ong thô và nhu cầu",
                 sum="Doanh thu, chi phí, lợi nhuận theo năm"),
    "hs03": dict(raw="Nguồn lá nón, vành tre và nhu cầu", prod="Kế hoạch sản xuất nón 2027 – 2029"),
    "hs04": dict(raw="Cân đối nguyên liệu cà gai leo tươi", inv="Dự toán vốn đầu tư",
                 annex="Danh mục giấy tờ kèm theo"),
    "hs05": dict(raw="Nguồn cung gạo nếp, quả sim", prod="Kế hoạch sản lượng rượu 2027 – 2029"),
    "hs06": dict(raw="Nguồn cá cơm, muối và nhu cầu", prod="Kế hoạch sản lượng nước mắm",
                 annex="Danh mục hồ sơ gửi kèm"),
    "hs07": dict(raw="Nguồn chè vằng tươi", sum="Hiệu quả kinh tế của phương án"),
    "hs08": dict(prod="Kế hoạch sản lượng kẹo 2027 – 2029", sum="Doanh thu, chi phí, lợi nhuận",
                 annex="Hồ sơ kèm theo"),
    "hs09": dict(raw="Nguồn búp chè tươi", prod="Kế hoạch sản lượng chè khô 2027 – 2029"),
    "hs10": dict(raw="Nguồn gỗ nguyên liệu", prod="Kế hoạch sản phẩm 2027 – 2029",
                 annex="Danh mục hồ sơ kèm theo phương án"),
}
CAPTIONS = {k: {**_CAP, **_CAP_PLAN.get(k, {})} for k in PLANS}


# ----------------------------------------------------------------------------- the plans
STEMS = {
    "hs01": "hs01_banh_ram_thach_khe_cty", "hs02": "hs02_mat_ong_vu_quang_htx",
    "hs03": "hs03_non_la_tung_loc_tht", "hs04": "hs04_tra_ca_gai_leo_hong_loc_hkd",
    "hs05": "hs05_ruou_nep_sim_duc_minh_htx", "hs06": "hs06_nuoc_mam_cam_nhuong_ctcp",
    "hs07": "hs07_che_vang_son_tay_hkd", "hs08": "hs08_keo_lac_thach_ngoc_tht",
    "hs09": "hs09_che_xanh_son_kim_cty", "hs10": "hs10_do_go_yen_hoa_htx",
    "hs11": "hs11_dau_lac_phuc_trach_so_sai", "hs12": "hs12_banh_da_nghi_xuan_so_sai",
}
READY = ("hs01", "hs02", "hs03", "hs04")
# cover: producer (as printed on the cover), commune, plan date (month, year)
COVER = {
    "hs01": ("CÔNG TY TNHH THỰC PHẨM HỒNG KHÊ", "Thạch Khê", (10, 2026)),
    "hs02": ("HỢP TÁC XÃ ONG MẬT NGÀN TRƯƠI", "Vũ Quang", (8, 2026)),
    "hs03": ("TỔ HỢP TÁC NÓN LÁ TÙNG SƠN", "Tùng Lộc", (12, 2026)),
    "hs04": ("HỘ KINH DOANH THẢO DƯỢC HỒNG LỘC", "Hồng Lộc", (2, 2027)),
    "hs05": ("HỢP TÁC XÃ NẾP SIM ĐỨC MINH", "Đức Minh", (11, 2026)),
    "hs06": ("CÔNG TY CỔ PHẦN NƯỚC MẮM VẠN THÀNH", "Cẩm Nhượng", (9, 2026)),
    "hs07": ("HỘ KINH DOANH CHÈ VẰNG SƠN TÂY", "Sơn Tây", (7, 2026)),
    "hs08": ("TỔ HỢP TÁC KẸO LẠC BẮC HÀ", "Thạch Ngọc", (1, 2027)),
    "hs09": ("CÔNG TY TNHH TRÀ SƠN KIM", "Sơn Kim", (3, 2027)),
    "hs10": ("HỢP TÁC XÃ MỘC MỸ NGHỆ YÊN HÒA", "Yên Hòa", (10, 2026)),
    "hs11": ("GIA ĐÌNH BÀ NGUYỄN THỊ HOA", "Phúc Trạch", (9, 2026)),
    "hs12": ("HỘ KINH DOANH BÁNH ĐA THU HIỀN", "Nghi Xuân", (11, 2026)),
}
# the closing list of attached papers: how many papers, each named with its number
ANNEX = {"hs01": 11, "hs02": 9, "hs03": 6, "hs04": 9, "hs05": 8, "hs06": 10, "hs07": 6, "hs08": 9,
         "hs09": 7, "hs10": 8, "hs12": 1}
AUTONUM = ("hs04", "hs09")  # headings numbered by Word: the table of contents is compared without numbers
OTHER_NAME = "Công ty Cổ phần Nước mắm Hải Thịnh"  # hs06's copied name
_HEAD_NUM = re.compile(r"^((?:PHẦN|Phần|Chương|CHƯƠNG)\s+[IVXLC\d]+\s*[.:–-]?|[IVXLC]+\s*[.–-]|[A-ZĐ]\.|"
                       r"\d+(?:\.\d+)*[./)]?)\s+")
_LEADER = re.compile(r"\s*(?:\.{3,}|…+|(?:\. ){3,}\.?)\s*")
_CAPTION = re.compile(r"^(?:Bảng|Biểu)\s+\d+\s*[.:–-]\s*(.+)$")


def _n(cell: str) -> float:
    return vn(cell.strip())


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, key: str):
        super().__init__(STEMS[key])
        self.key = key
        self.raw = self.text.split("---", 2)[2]
        lines = self.raw.splitlines()
        self.headings = [m.group(2).strip() for l in lines if (m := re.match(r"^(#{1,3}) (.+)$", l))
                         and m.group(2).strip().upper() != "MỤC LỤC"]

    # ------------------------------------------------------------------ reading tables back
    def table(self, title: str):
        """(unit scale to triệu, rows) of the table whose caption ends with `title`."""
        lines = self.body.splitlines()
        for i, l in enumerate(lines):
            m = _CAPTION.match(l.strip())
            if m and m.group(1).strip() == title:
                scale, rows, j = 1.0, [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    if "1.000 đồng" in lines[j]:
                        scale = 0.001
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                    if not set("".join(cells)) <= set("-: "):
                        rows.append(cells)
                    j += 1
                return scale, rows
        self.failures.append(f"table not found: {title}")
        return 1.0, []

    def cells(self, rows, label: str, col: int = 1, n: int = 3) -> list[float]:
        for r in rows:
            if len(r) > col and r[col] == label:
                return [_n(x) for x in r[-n:]]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def eq(self, got, want, what: str, tol: float = 0.01, absolute: float = 0.11) -> None:
        """A printed figure equal (within 1 % or the rounding of its cell) to the model's."""
        if not (close(got, want, tol) or abs(got - want) <= absolute):
            self.failures.append(f"{what}: printed {got}, computed {want:.2f}")

    def wrong(self, printed, true, what: str) -> None:
        """A planted figure: more than 5 % off its true value."""
        if not off(printed, true):
            self.failures.append(f"planted {what} not off by > 5 %: printed {printed}, true {true:.2f}")


# ----------------------------------------------------------------------------- full-plan checks
def check_full(pl: Plan) -> None:
    k = pl.key
    c, m, p, cap = PLANS[k], model(k), printed(k), CAPTIONS[k]
    u = c["unit"]
    # history: revenue = output x average price; the average growth the text states
    _, rows = pl.table(cap["hist"])
    out_h = pl.cells(rows, f"Sản lượng ({u})")
    price_h = pl.cells(rows, f"Giá bán bình quân (đồng/{u})")
    rev_h = pl.cells(rows, "Doanh thu (triệu đồng)")
    prof_h = pl.cells(rows, "Lợi nhuận (triệu đồng)")
    for y in Y:
        pl.eq(out_h[y], m["h_out"][y], f"history output {HIST_YEARS[y]}")
        pl.eq(price_h[y], m["h_price"][y], f"history price {HIST_YEARS[y]}")
        pl.eq(rev_h[y], out_h[y] * price_h[y] / 1e6, f"history revenue {HIST_YEARS[y]} = output x price")
        pl.eq(prof_h[y], m["h_profit"][y], f"history profit {HIST_YEARS[y]}")
        pl.check(0.05 < prof_h[y] / rev_h[y] < 0.2, f"history margin {HIST_YEARS[y]} out of 5-20 %")
    pl.has(f"{_f1(m['h_growth'])} %/năm")
    # production plan: packs, output = sum of packs x size, capacity and its use
    _, rows = pl.table(cap["prod"])
    packs = [pl.cells(rows, pr["label"], 1) for pr in c["products"]]
    for j, pr in enumerate(c["products"]):
        for y in Y:
            pl.eq(packs[j][y], pr["packs"][y], f"packs {pr['label']} {YEARS[y]}")
    out = pl.cells(rows, "Sản lượng quy đổi")
    for y in Y:
        pl.eq(out[y], sum(packs[j][y] * pr["size"] for j, pr in enumerate(c["products"])),
              f"output {YEARS[y]} = sum of packs x size")
    ratedcap = c["cap"]["rate"] * c["cap"]["days"]
    if k == "hs09":  # planted capacity-exceeded: no capacity row, output beyond the line's rating
        pl.check(not any(r[1].startswith("Công suất") or r[1].startswith("Mức sử dụng") for r in rows if len(r) > 1),
                 "hs09 must print no capacity row")
        pl.check(out[0] <= ratedcap, "hs09 2027 output within capacity")
        for y in (1, 2):
            pl.wrong(out[y], ratedcap, f"hs09 output {YEARS[y]} against capacity {ratedcap}")
            pl.check(out[y] > ratedcap, f"hs09 output {YEARS[y]} must exceed capacity")
        pl.has(f"{c['cap']['rate']} kg chè khô/ngày", f"{c['cap']['days']} ngày/năm",
               "không đầu tư thêm máy sao, vò, sấy")
        pl.check(len(set(m["staff"])) == 1, "hs09 staff unchanged")
    else:
        capr = pl.cells(rows, "Công suất thiết kế")
        use = pl.cells(rows, "Mức sử dụng công suất")
        for y in Y:
            pl.eq(capr[y], ratedcap, f"capacity {YEARS[y]} = rating x days")
            pl.eq(use[y], out[y] / capr[y] * 100, f"capacity use {YEARS[y]}", absolute=0.06)
            pl.check(out[y] <= 0.9 * capr[y], f"output {YEARS[y]} above 90 % of capacity")
        pl.has(f"{_f0(ratedcap)} ")
    if k == "hs08":  # growth row and the planted growth
        g = pl.cells(rows, "Tăng so với năm trước")
        pl.eq(g[0], (out[0] / m["h_out"][2] - 1) * 100, "growth 2027", absolute=0.06)
        pl.eq(g[1], (out[1] / out[0] - 1) * 100, "growth 2028", absolute=0.06)
        pl.eq(g[2], (out[2] / out[1] - 1) * 100, "growth 2029", absolute=0.06)
        pl.check(g[1] > 60 and g[2] > 50, "hs08 planted growth must stay far above the history")
        pl.check(len(set(m["staff"])) == 1, "hs08 staff unchanged")
        pl.has("giữ nguyên", "Nhu cầu kẹo lạc trên thị trường còn rất lớn")
    pl.check(out[0] <= m["h_out"][2] * 1.2, "2027 output more than +20 % over 2026")
    # prices
    if k != "hs06":
        _, rows = pl.table(cap["price"])
        prices = [pl.cells(rows, f"{pr['label']} (đồng/{pr['word']})", 1) for pr in c["products"]]
    else:
        prices = [pr["price"] for pr in c["products"]]
    for j, pr in enumerate(c["products"]):
        for y in Y:
            pl.eq(prices[j][y], pr["price"][y], f"price {pr['label']} {YEARS[y]}")
    if k == "hs06":  # prices stated in the text
        for pr in c["products"]:
            pl.has(f"{_f0(pr['price'][0])} đồng/")
        for y in (1, 2):
            pl.has(", ".join(_f0(pr["price"][y]) for pr in c["products"]))
    # channels add up to the output
    _, rows = pl.table(cap["chan"])
    chan = [pl.cells(rows, lab) for lab, _ in c["channels"]]
    tot = pl.cells(rows, "Cộng")
    for y in Y:
        pl.eq(sum(x[y] for x in chan), tot[y], f"channels {YEARS[y]} sum")
        pl.eq(tot[y], out[y], f"channels total {YEARS[y]} = output")
    # raw materials: supply rows = count x yield, need = output x norm
    _, rows = pl.table(cap["raw"])
    for i, r in enumerate(c["raws"]):
        short = r.get("short", r["label"]).lower()
        sup_rows = []
        for j, s in enumerate(r["supply"]):
            row = [x for x in rows if len(x) > 1 and x[1].startswith(f"{r.get('short', r['label'])}: {s[0]}")]
            if not row:
                pl.failures.append(f"supply row not found: {s[0]}")
                continue
            vals = [_n(x) for x in row[0][-3:]]
            for y in Y:
                pl.eq(vals[y], s[1][y] * s[3], f"supply {s[0]} {YEARS[y]} = count x yield")
            sup_rows.append(vals)
        sup = pl.cells(rows, f"Tổng nguồn cung {short} ({r['unit']})")
        need = pl.cells(rows, f"Nhu cầu {short} ({_nn(r['norm'])} {r['unit']}/{u})")
        for y in Y:
            pl.eq(sup[y], sum(v[y] for v in sup_rows), f"supply total {short} {YEARS[y]}")
            pl.eq(need[y], out[y] * r["norm"], f"need {short} {YEARS[y]} = output x norm")
        if k == "hs05" and i == 0:  # planted material-shortfall
            pl.check(not any(len(x) > 1 and x[1].startswith("Còn dư") for x in rows), "hs05 has no balance row")
            pl.check(need[0] <= sup[0], "hs05 2027 rice within supply")
            for y in (1, 2):
                pl.wrong(need[y], sup[y], f"hs05 rice need {YEARS[y]} against supply")
                pl.check(need[y] > sup[y], f"hs05 rice need {YEARS[y]} must exceed supply")
            pl.has("bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029")
        else:
            for y in Y:
                pl.check(need[y] * 1.05 <= sup[y], f"{short} {YEARS[y]}: need within supply with 5 % to spare")
            if k != "hs05":
                spare = pl.cells(rows, f"Còn dư {short} ({r['unit']})")
                for y in Y:
                    pl.eq(spare[y], sup[y] - need[y], f"spare {short} {YEARS[y]}")
    # staff and wage fund
    _, rows = pl.table(cap["staff"])
    staff = [pl.cells(rows, role) for role, _ in c["roles"]]
    total = pl.cells(rows, "Tổng số lao động")
    wage = pl.cells(rows, "Lương bình quân (triệu đồng/người/tháng)")
    fund = pl.cells(rows, "Quỹ lương (triệu đồng/năm)")
    for y in Y:
        pl.eq(total[y], sum(s[y] for s in staff), f"staff total {YEARS[y]}")
        pl.eq(wage[y], c["wage"][y], f"wage {YEARS[y]}")
        pl.eq(fund[y], total[y] * wage[y] * 12, f"wage fund {YEARS[y]} = staff x wage x 12")
    # investment and sources
    sc, rows = pl.table(cap["inv"])
    items = [pl.cells(rows, lab, 1, 1)[0] * sc for lab, _, _ in c["inv"]]
    inv = pl.cells(rows, "Tổng cộng", 1, 1)[0] * sc
    for (lab, v, _), x in zip(c["inv"], items):
        pl.eq(x, v, f"investment item {lab}")
    pl.eq(inv, sum(items), "investment total = sum of items")
    sc, rows = pl.table(cap["src"])
    srcs = [pl.cells(rows, lab, 1, 2) for lab, _ in c["src"]]
    stot = pl.cells(rows, "Tổng cộng", 1, 2)
    for (lab, v), (amt, share) in zip(c["src"], srcs):
        pl.eq(amt * sc, v, f"source {lab}")
        pl.eq(share, amt / stot[0] * 100, f"share of {lab}", absolute=0.06)
    pl.eq(stot[0], sum(a for a, _ in srcs), "sources total = sum")
    if k == "hs06":  # planted capital-mismatch
        pl.wrong(stot[0] * sc, inv, "hs06 sources against investment")
        pl.has("Các nguồn vốn trên bảo đảm đủ nhu cầu vốn của phương án")
    else:
        pl.eq(stot[0] * sc, inv, "sources = investment")
    # revenue lines = packs x price
    sc, rows = pl.table(cap["rev"])
    lines = [[v * sc for v in pl.cells(rows, pr["label"], 1)] for pr in c["products"]]
    rev = [v * sc for v in pl.cells(rows, "Tổng doanh thu")]
    for j, pr in enumerate(c["products"]):
        for y in Y:
            true = packs[j][y] * prices[j][y] / 1e6
            if k == "hs05" and j == 0 and y == 1:  # planted revenue-mismatch
                pl.wrong(lines[j][y], true, "hs05 revenue line 2028 (chai 500 ml)")
                pl.eq(lines[j][y], p["rev_line"][j][y], "hs05 planted revenue line as printed")
            else:
                pl.eq(lines[j][y], true, f"revenue {pr['label']} {YEARS[y]} = packs x price")
    for y in Y:
        pl.eq(rev[y], sum(x[y] for x in lines), f"revenue total {YEARS[y]}")
    # cost lines
    sc, rows = pl.table(cap["cost"])
    clines = [[v * sc for v in pl.cells(rows, lab)] for lab, _, _ in c["costs"]]
    cost = [v * sc for v in pl.cells(rows, "Tổng chi phí")]
    for i, (lab, kind, par) in enumerate(c["costs"]):
        for y in Y:
            want = p["cost_line"][i][y]
            if kind == "tax":
                want = rev[y] * par  # the tax line follows the revenue the plan prints
            pl.eq(clines[i][y], want, f"cost line {lab} {YEARS[y]}")
            pl.eq(p["cost_line"][i][y], m["cost_line"][i][y] if kind != "tax" else p["rev"][y] * par,
                  f"model cost line {lab} {YEARS[y]}")
    for y in Y:
        s = sum(x[y] for x in clines)
        if k == "hs10" and y == 1:  # planted table-total-mismatch
            pl.wrong(cost[y], s, "hs10 cost total 2028")
        else:
            pl.eq(cost[y], s, f"cost total {YEARS[y]} = sum of lines")
    # summary: revenue and cost as in their tables, profit = revenue - cost, margin
    sc, rows = pl.table(cap["sum"])
    if k in ("hs02", "hs08"):  # years as rows
        yr = {int(r[0]): [_n(x) for x in r[1:]] for r in rows if r[0].isdigit()}
        srev = [yr[a][0] * sc for a in YEARS]
        scost = [yr[a][1] * sc for a in YEARS]
        sprof = [yr[a][2] * sc for a in YEARS]
        smarg = [yr[a][3] for a in YEARS]
    else:
        srev = [v * sc for v in pl.cells(rows, "Doanh thu")]
        scost = [v * sc for v in pl.cells(rows, "Tổng chi phí")]
        sprof = [v * sc for v in pl.cells(rows, "Lợi nhuận")]
        smarg = pl.cells(rows, "Tỷ suất lợi nhuận trên doanh thu (%)")
    for y in Y:
        pl.eq(srev[y], rev[y], f"summary revenue {YEARS[y]} = revenue table")
        pl.eq(scost[y], cost[y], f"summary cost {YEARS[y]} = cost table")
        if k == "hs08" and y == 0:  # planted profit-mismatch
            pl.wrong(sprof[y], srev[y] - scost[y], "hs08 profit 2027")
            pl.eq(smarg[y], sprof[y] / srev[y] * 100, "hs08 margin follows the printed profit", absolute=0.06)
        else:
            pl.eq(sprof[y], srev[y] - scost[y], f"profit {YEARS[y]} = revenue - cost")
            pl.eq(smarg[y], sprof[y] / srev[y] * 100, f"margin {YEARS[y]}", absolute=0.06)
        pl.check(0.05 < m["profit"][y] / m["rev"][y] < 0.40, f"true margin {YEARS[y]} out of 5-40 %")
        pl.eq(m["cost"][y], sum(v[y] for v in m["cost_line"]), "model cost total")
    # payback = investment / (average profit + depreciation), as the text states it
    mt = re.search(r"(?:hoàn vốn|thu hồi vốn)[^.;]*?(?:khoảng|≈)\s*(\d+,\d)\s*năm", pl.body)
    if not mt:
        pl.failures.append("payback not found")
    else:
        stated = _n(mt.group(1))
        dep = m["dep"]
        from_printed = inv / (sum(sprof) / 3 + dep)
        if k == "hs07":  # planted payback-mismatch
            pl.wrong(stated, m["payback"], "hs07 payback")
            pl.wrong(stated, from_printed, "hs07 payback against the printed profits")
        else:
            pl.eq(stated, from_printed, "payback from the printed profits", absolute=0.051)
    # growth of the true revenue stays plausible except in the planted growth plan
    for y in (1, 2):
        g = m["rev"][y] / m["rev"][y - 1] - 1
        if k == "hs08":
            pl.check(g > 0.6, "hs08 revenue growth is the planted one")
        else:
            pl.check(g < 0.35, f"true revenue growth {YEARS[y]} above 35 %")
    # key figures in the prose
    pl.has(f"{_q(m['out'][0])} ", f"{_f0(m['inv'])} triệu đồng" if k != "hs04" else f"{_f0(m['inv'] * 1000)} nghìn đồng")


def _f0(x) -> str:
    return f"{round(x):,}".replace(",", ".")


def _f1(x) -> str:
    return f"{x:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _nn(x) -> str:
    return f"{x:.3f}".rstrip("0").rstrip(".").replace(".", ",")


def _q(x) -> str:
    return _f0(x) if abs(x - round(x)) < 1e-9 else _f1(x)


# ----------------------------------------------------------------------------- theme checks
def _strip_num(h: str) -> str:
    return _HEAD_NUM.sub("", h, count=1)


def _fold(s: str) -> str:
    return " ".join(s.replace("**", "").split()).casefold()


def toc_entries(pl: Plan):
    """(text, page) of each typed table-of-contents entry: paragraphs, tab-aligned rows or table rows
    between 'MỤC LỤC' and the first heading after it."""
    lines = pl.raw.splitlines()
    start = next((i for i, l in enumerate(lines) if l.replace("*", "").replace("#", "").strip() == "MỤC LỤC"), None)
    if start is None:
        return None
    entries = []
    for l in lines[start + 1:]:
        s = l.strip()
        if s.startswith("#"):
            break
        if not s or s.startswith(":::") or s.startswith("|---"):
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if cells[-1] == "Trang":  # the header row
                continue
            text, page = " ".join(cells[:-1]), cells[-1]
        else:
            mt = re.match(r"^(.*?)\s*((?:[Tt]rang\s*)?\d+)$", s)
            if not mt:
                pl.failures.append(f"table of contents line without a page number: {s!r}")
                continue
            text, page = mt.group(1), mt.group(2)
        if not _LEADER.search(text + " "):
            pl.failures.append(f"table of contents entry without a dot leader: {text!r}")
        text = _LEADER.sub(" ", text).strip()
        entries.append((text, int(re.sub(r"\D", "", page))))
    return entries


def check_theme(pl: Plan) -> None:
    k = pl.key
    name, commune, (month, year) = COVER[k]
    first = pl.raw.split("\n# ", 1)[0]
    cover = first.split("MỤC LỤC", 1)[0]
    pl.check(name in cover, f"cover lacks the producer {name!r}")
    pl.check(commune in cover, f"cover lacks the commune {commune!r}")
    pl.check("PHƯƠNG ÁN" in cover.upper(), "cover lacks the title")
    pl.check(re.search(rf"tháng 0?{month} năm {year}", cover) is not None, "cover lacks the date")
    pl.check((2026, 7) <= (year, month) <= (2027, 3), "plan date outside 07/2026-03/2027")
    if k == "hs11":  # the one plan with no table of contents
        pl.check(toc_entries(pl) is None, "hs11 has no table of contents")
        return
    entries = toc_entries(pl)
    if entries is None:
        pl.failures.append("no table of contents")
        return
    pl.check(len(entries) == len(pl.headings),
             f"table of contents has {len(entries)} entries for {len(pl.headings)} headings")
    for (text, _), h in zip(entries, pl.headings):
        want = _strip_num(h) if k in AUTONUM else h
        got = _strip_num(text) if k in AUTONUM else text
        pl.check(_fold(got) == _fold(want), f"table of contents entry {text!r} is not heading {h!r}")
    pages = [pg for _, pg in entries]
    pl.check(pages == sorted(pages) and pages[0] >= 1 and pages[-1] <= 9, f"pages out of order: {pages}")
    # the closing list of attached papers: last heading, each paper with its number
    last = pl.headings[-1].casefold()
    pl.check("kèm theo" in last or "gửi kèm" in last, f"last heading is not the list of papers: {pl.headings[-1]!r}")
    tail = pl.raw.rsplit("\n# ", 1)[1].split("\n", 1)[1]
    items = [l.strip() for l in tail.splitlines()
             if l.strip() and not l.strip().startswith("|---") and not l.strip().startswith("| STT")
             and not l.strip().startswith("| TT") and not l.strip().startswith("Công ty gửi kèm")
             and not l.strip().startswith("Bảng") and not l.strip().startswith("Biểu")]
    pl.check(len(items) == ANNEX[k], f"{len(items)} attached papers listed, {ANNEX[k]} expected")
    for it in items:
        pl.check(re.search(r"(số|Số|\|)\s*[^|]*\d", it) is not None and re.search(r"\d{2,}", it) is not None,
                 f"attached paper without its number: {it[:60]!r}")


def check_text(pl: Plan) -> None:
    """Textual defects, compliance words of the ready plans, placeholders, instruments."""
    k = pl.key
    body = pl.body
    no_toc = "\n".join(l for l in body.splitlines() if not _LEADER.search(l))
    if k == "hs10":  # planted boilerplate
        pl.has("[ghi rõ số lượng]", "[tên doanh nghiệp]")
        pl.check(len(re.findall(PLACEHOLDER, no_toc)) == 2, "hs10: exactly the two planted placeholders")
        pl.has("Hợp tác xã hiện có 18 lao động thường xuyên")  # planted figure-inconsistent
        pl.check(model("hs10")["staff"][0] == 12, "hs10 staff table 2027 must be 12")
        pl.has(f"{model('hs10')['staff'][0]} lao động, thu nhập")
    else:
        if m_ := re.search(PLACEHOLDER, no_toc):
            pl.failures.append(f"placeholder outside the table of contents: {m_.group(0)!r}")
    if k != "hs07":
        pl.lacks(REPLACED, "replaced instrument or district level")
    if k in READY or k in ("hs05", "hs06", "hs08", "hs09", "hs10"):
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k in READY:
        pl.has("nhãn hiệu", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
        pl.check(re.search(r"TCCS|[Tt]iêu chuẩn cơ sở", body) is not None, "ready plan without a product standard")
        pl.check(re.search(r"thử nghiệm", body) is not None, "ready plan without a test report")
        pl.check(re.search(r"truy xuất|QR", body) is not None, "ready plan without traceability")
        mo, yr = COVER[k][2]
        for d, mth, yy in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", body):
            pl.check((int(yy), int(mth)) > (yr, mo), f"paper valid to {d}/{mth}/{yy}, before the plan")
            if int(yy) < 2030:
                pl.check("gia hạn" in body.lower(), f"paper valid to {d}/{mth}/{yy} without renewal scheduled")
    food = {"hs01": True, "hs02": True, "hs04": True, "hs03": False}
    if k in food:
        if food[k]:
            pl.has("an toàn thực phẩm", "tự công bố")
        else:
            pl.has("không phải là thực phẩm")
    if k == "hs02":
        pl.has("không ghi công dụng chữa bệnh")
    if k == "hs04":
        pl.has("không ghi công dụng chữa bệnh", "không phải thực phẩm bảo vệ sức khỏe")
    if k in ("hs01", "hs10"):
        pl.has("Giấy tiếp nhận đăng ký môi trường")
    if k == "hs05":  # planted no-alcohol-license
        pl.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "hs05 mentions a licence")
        pl.has("an toàn thực phẩm", "QCVN 6-3:2010/BYT", "nhãn hiệu", "đăng ký môi trường", "29 % vol")
    if k == "hs06":  # planted no-environment-measures and name-inconsistent
        pl.lacks(r"môi trường|thải|mùi|xử lý|bể lắng|biogas|\brác|ô nhiễm", "hs06 mentions the environment")
        pl.check(pl.count(OTHER_NAME) == 3, f"hs06: the copied name {OTHER_NAME!r} 3 times")
        pl.check(pl.count("Công ty Cổ phần Nước mắm Vạn Thành") >= 2, "hs06: own name in the body")
        pl.has("an toàn thực phẩm", "TCCS", "nhãn hiệu")
    if k == "hs07":  # planted no-product-standard and outdated-policy
        pl.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn",
                 "hs07 mentions a product standard")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Hương Sơn",
               "cấp huyện", "Hội đồng OCOP huyện")
        pl.lacks(r"148/QĐ-TTg|1489", "hs07 cites the current instruments")
        pl.has("an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "truy xuất")
    if k == "hs08":  # planted no-label-plan
        pl.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn|QR", "hs08 mentions a label")
        pl.has("an toàn thực phẩm", "TCCS", "tự công bố", "nhãn hiệu", "thử nghiệm")
    if k == "hs09":  # planted no-food-safety and no-trademark
        pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "hs09 food safety")
        pl.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|độc quyền", "hs09 trademark")
        pl.has("TCCS", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "truy xuất", "đăng ký môi trường")


def check_sketchy(pl: Plan) -> None:
    k = pl.key
    text = "\n".join(l for l in pl.raw.splitlines() if not _LEADER.search(l))
    words = len(re.findall(r"\w+", text.replace("#", "")))
    pl.check(150 <= words <= 350, f"sketchy plan has {words} words")
    pl.check(not any(l.strip().startswith("|") for l in pl.raw.splitlines()
                     if not _LEADER.search(l)), "sketchy plan has a table")
    figs = {"hs11": ("1.200 lít", "90.000 đồng/lít", "80 triệu đồng"),
            "hs12": ("2.000 kg", "60.000 đồng/kg", "50 triệu đồng", "120 triệu đồng")}[k]
    pl.has(*figs)
    if k == "hs12":
        pl.check(abs(2000 * 60000 / 1e6 - 120) < 1e-9, "hs12 revenue = 2.000 kg x 60.000 đ")
        pl.has("28F8004417")
    else:
        pl.has("chưa đăng ký kinh doanh")
    pl.lacks(r"an toàn thực phẩm|ATTP|TCCS|tiêu chuẩn|nhãn|truy xuất|môi trường", f"{k} names a paper")
    pl.lacks(REPLACED, "replaced instrument")
    if m_ := re.search(PLACEHOLDER, text):
        pl.failures.append(f"placeholder: {m_.group(0)!r}")


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for k in keys:
        pl = Plan(k)
        try:
            check_theme(pl)
            if k in PLANS:
                check_full(pl)
                check_text(pl)
            else:
                check_sketchy(pl)
        except Exception as e:  # a crash is a failure of that plan, not of the run
            pl.failures.append(f"check crashed: {type(e).__name__}: {e}")
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
