"""The 275th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout275/arithmetic.py [jq01 jq05 ...]

Theme: producers rebuilding after the 2025 (or 2026) storm and flood season. For every full plan
(jq01-jq10) the constants give the 2023-2026 history with the storm year beside the normal years
(output, average price, profit), the damage items (with the insured part where the plan prints it)
and the money raised to repair them (insurance payout, state support, relief, loans, own money),
the products (pack size, price and packs of each plan year: the dip and the recovery), the raw
materials with their norm and the supply rows as count x yield of each year (replanted areas
yield nothing until they bear again), the limiting equipment (rating x days), staff by role and the
monthly wage, investment items (repairs, replacements and storm-proofing) and capital sources, the
loan balances (recovery loans included) and rate, and every cost line. `_model()` turns them into
every figure a plan prints, with the planted defects applied (planted=False gives the true world);
the generator that wrote the plans (kept outside the repository) printed exactly these figures.

The checks read the plans' own printed tables (found by caption) and recompute from them:
history revenue = output x price; damage and funding totals; the insured column = the payout;
output = sum of packs x size, its share of the pre-storm year, capacity = rating x days and its use;
each supply row = count x yield, the total, need = output x norm, the balance; staff = sum of roles,
wage fund = staff x wage x 12; investment and source totals, shares, sources = investment; revenue
= packs x price of the same year; every cost line from its basis (need x price, share x revenue,
packs x unit cost, wage fund, depreciation = fixed assets / life, interest = balance x rate, fixed
lines) and the total; the summary (revenue, cost, profit = revenue - cost, margin); the payback as
printed = investment / (average printed profit + depreciation); that the storm year is a dip and the
plan years recover; growth and margins within reason. Planted numeric defects are asserted wrong by
more than 5 % against the true value, everything else right within 1 % (or 0,11 of a million);
textual defects by the absence or presence of their words; ready plans by their papers and the
absence of any replaced instrument or district-level body.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

YEARS = (2027, 2028, 2029)

T, F = True, False

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in the plan's base unit (0 = not counted in the output measure),
#            prices đ per pack [2027, 2028, 2029], packs [2027, 2028, 2029])
# hist: years, output, average price đ per base unit, profit triệu; storm: the storm year; base: the
#       pre-storm year the plan measures its recovery against
# damage: (item, scale, triệu[, insured part paid, triệu]); funding: (source, triệu) raised in 2025-2026
# raws: (label, unit, norm per base unit | [per product] | ("pack", [per pack]),
#        supply rows (label, [count per year], count word, [yield per count per year]))
# cap: (rating per day, days, rating text, days text, product indexes or None = all) or None
# roles: (role, [staff per year]); wage: monthly wage triệu per year
# costs: ("raw", label, raw index, [đ per raw unit]) | ("share", label, share of revenue)
#        | ("packs", label, [đ per pack of each product]) | ("count", label, raw, row, [đ per count])
#        | ("row", label, raw, row, [đ per unit bought]) | ("area", label, raw, [đ per m²])
#        | ("wages",) | ("dep",) | ("interest",) | ("fixed", label, [triệu per year])
# inv: (item, triệu, fixed asset?); src: (source, triệu); life: years of depreciation;
# loan: outstanding balance per year (recovery loans included), rate
# plant: the planted numeric defects the printed figures carry (rev_line: year, product, factor;
#        cost_total: year, factor; profit: year, factor; payback: printed value)
PLANS = {
    "jq01": dict(
        unit="kg", storm=2025, base=2024,
        products=[("Bưởi loại 1 dán tem QR (quả từ 1,2 kg)", "kg", 1, [32000, 33000, 34000], [80000, 88000, 95000]),
                  ("Hộp quà 2 quả bưởi (khoảng 2,5 kg)", "hộp", 2.5, [110000, 114000, 118000], [8000, 9000, 10000]),
                  ("Bưởi loại 2 bán buôn", "kg", 1, [15000, 15500, 16000], [40000, 44500, 45000])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[165000, 172000, 61000, 112000],
                  price=[27000, 28000, 31000, 29500], profit=[352.0, 381.5, -286.4, 148.2]),
        damage=[("Cây bưởi bật gốc, gãy thân phải trồng lại", "4 ha, 1.200 cây", 960),
                ("Cây bưởi gãy cành lớn, rụng lá", "6 ha", 540),
                ("Quả rụng, dập trước thu hoạch vụ 2025", "95 tấn", 1330),
                ("Nhà sơ chế, đóng gói: tốc mái, hỏng cửa", "320 m²", 185),
                ("Kho mát: hỏng dàn nóng, tủ điện", "1 kho 60 m³", 120),
                ("Hộp quà, tem, túi lưới ngấm nước", "3.500 bộ", 46)],
        funding=[("Bồi thường bảo hiểm tài sản (nhà sơ chế, kho mát)", 212),
                 ("Hỗ trợ khôi phục sản xuất cho diện tích bưởi bị hại", 150),
                 ("Tỉnh hỗ trợ cây giống bưởi (1.200 cây)", 54),
                 ("Vay Agribank theo gói khôi phục sản xuất", 600),
                 ("Vốn góp bổ sung của thành viên, quỹ hợp tác xã", 296)],
        raws=[("Bưởi quả thu hoạch", "kg", 1.05,
               [("Vườn không bị hư hại", [10, 10, 10], "ha", [9000, 9000, 9000]),
                ("Vườn gãy cành đang phục hồi", [6, 6, 6], "ha", [5400, 7650, 9000]),
                ("Vườn trồng lại năm 2026", [4, 4, 4], "ha", [0, 0, 0]),
                ("Hộ liên kết thôn Tân Hương", [15, 15, 15], "hộ", [3000, 3000, 3000])])],
        cap=(2000, 100, "2.000 kg/ngày", "100 ngày vụ", None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Thu mua, kỹ thuật vườn", [2, 2, 2]),
               ("Sơ chế, đóng gói (quy đổi)", [4, 4, 5]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        costs=[("raw", "Thu mua bưởi của thành viên, hộ liên kết", 0, [16000, 16500, 17000]),
               ("share", "Hộp quà, tem QR, túi lưới", 0.04),
               ("share", "Vận chuyển, bán hàng", 0.05),
               ("fixed", "Điện kho mát, nước", [70, 75, 80]),
               ("wages", "Tiền công lao động"),
               ("dep", "Khấu hao tài sản mới"),
               ("interest", "Lãi vay"),
               ("fixed", "Phí bảo hiểm tài sản, cây trồng", [28, 30, 32]),
               ("fixed", "Chi phí khác", [40, 40, 40])],
        inv=[("Gia cố nhà sơ chế: thay mái tôn dày, giằng chống bão", 260, T),
             ("Nâng nền kho mát 0,8 m, dời tủ điện lên cao", 180, T),
             ("Cọc chống, dây néo cho 16 ha vườn bưởi", 120, T),
             ("Máy phát điện dự phòng 30 kVA", 140, T),
             ("Hộp quà, tem truy xuất, thiết kế bao bì", 60, F),
             ("Vốn lưu động thu mua vụ 2027", 540, F)],
        src=[("Vốn góp thành viên, quỹ đầu tư phát triển", 500),
             ("Vay Agribank (khoản vay mới)", 800)],
        life=10, loan=[1100, 800, 500], rate=0.07),
    "jq02": dict(
        unit="kg", storm=2025, base=2024,
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 196000, 202000], [3600, 4200, 4800]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [250000, 258000, 265000], [1400, 1700, 2000]),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, [460000, 475000, 490000], [300, 350, 400])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[4300, 4600, 3100, 2900],
                  price=[278000, 285000, 292000, 298000], profit=[221.5, 240.8, 38.6, 52.4]),
        damage=[("Đàn ong bị lũ cuốn, chết", "150 đàn", 180),
                ("Thùng ong, cầu ong, chân kệ", "150 bộ", 75),
                ("Mật ong thành phẩm trong kho bị ngập", "320 kg", 80),
                ("Máy quay mật, máy hạ thủy phần", "hỏng mô tơ, tủ điện", 45),
                ("Chai, hũ, nhãn dự trữ", "ngấm nước", 18)],
        funding=[("Hỗ trợ khôi phục sản xuất của xã", 30),
                 ("Hội Nông dân tỉnh hỗ trợ 40 đàn ong giống", 48),
                 ("Vay Ngân hàng Chính sách xã hội", 100),
                 ("Vốn tự có của hộ", 120)],
        raws=[("Mật ong thô", "kg", 1.05,
               [("Đàn ong của hộ", [220, 260, 300], "đàn", [12, 13, 14]),
                ("Hộ nuôi ong liên kết", [11, 12, 13], "hộ", [150, 150, 150])])],
        cap=(60, 110, "2 mẻ × 30 kg/ngày", "110 ngày", None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 3]),
               ("Lọc, hạ thủy phần, đóng chai, bán hàng", [1, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        costs=[("count", "Chăm sóc đàn ong (đường, thuốc, thay chúa)", 0, 0, [800000, 820000, 840000]),
               ("row", "Thu mua mật ong của hộ liên kết", 0, 1, [165000, 170000, 175000]),
               ("share", "Chai, hũ, nhãn, tem", 0.08),
               ("share", "Vận chuyển, bán hàng", 0.05),
               ("fixed", "Điện, nước", [12, 13, 14]),
               ("wages", "Tiền công lao động"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Chi phí khác", [15, 15, 15])],
        inv=[("Bổ sung 60 đàn ong giống và thùng nuôi", 90, T),
             ("Kệ đặt ong chân cao, dây chằng", 45, T),
             ("Nâng nền, lợp lại mái nhà lọc mật 30 m²", 120, T),
             ("Máy hạ thủy phần mật ong 30 kg/mẻ", 85, T),
             ("Chai, hũ, nhãn, kiểm nghiệm", 30, F),
             ("Vốn lưu động", 130, F)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066),
    "jq03": dict(
        unit="sản phẩm", storm=2025, base=2024,
        products=[("Đồng hồ gỗ treo tường khắc phong cảnh", "chiếc", 1, [650000, 670000, 690000], [3000, 3600, 4200]),
                  ("Hộp gỗ lưu niệm khắc chữ", "chiếc", 1, [280000, 288000, 297000], [6000, 7200, 8400]),
                  ("Tranh gỗ khắc CNC 60 × 90 cm", "bức", 1, [1800000, 1850000, 1900000], [400, 500, 600])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[11800, 12500, 7200, 8600],
                  price=[455000, 462000, 470000, 478000], profit=[412.0, 448.6, -514.8, 88.3]),
        damage=[("Nhà xưởng ngập 1,2 m: tường, cửa, điện", "xưởng 600 m²", 420, 300),
                ("Máy CNC, máy cưa, máy bào bị ngập", "6 máy", 560, 392),
                ("Gỗ xẻ trong kho ngâm nước, cong vênh", "38 m³", 342, 171),
                ("Sản phẩm hoàn thiện, bán thành phẩm", "1.150 sản phẩm", 486, 243),
                ("Rừng xoan, keo nguyên liệu gãy đổ", "8 ha", 640, 0)],
        funding=[("Bồi thường bảo hiểm mọi rủi ro tài sản", 1106),
                 ("Hỗ trợ giống cây lâm nghiệp trồng lại 8 ha", 64),
                 ("Vay ngân hàng (vay mới sau lũ)", 600),
                 ("Vốn chủ sở hữu", 420)],
        raws=[("Gỗ xẻ xoan đào, keo", "m³", [0.02, 0.007, 0.05],
               [("Hợp đồng với Công ty Lâm nghiệp Hương Thủy", [1, 1, 1], "hợp đồng", [85, 105, 125]),
                ("Rừng xoan, keo của công ty (trồng lại 2026)", [8, 8, 8], "ha", [0, 0, 0]),
                ("Hộ trồng rừng liên kết", [10, 11, 12], "hộ", [5, 5, 5])])],
        cap=(55, 280, "55 sản phẩm/ngày", "280 ngày", None),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Thợ mộc, chạm khắc", [8, 9, 10]),
               ("Vận hành CNC, sơn hoàn thiện", [3, 3, 4]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[8.0, 8.4, 8.8],
        costs=[("raw", "Gỗ xẻ", 0, [9000000, 9300000, 9600000]),
               ("share", "Sơn gốc nước, keo, phụ liệu", 0.08),
               ("share", "Hộp, thẻ treo, bao bì", 0.04),
               ("fixed", "Điện sản xuất", [95, 105, 115]),
               ("share", "Bán hàng, hội chợ, vận chuyển", 0.06),
               ("wages", "Tiền lương"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Phí bảo hiểm tài sản", [36, 38, 40]),
               ("fixed", "Chi phí khác", [60, 60, 60])],
        inv=[("Nâng nền xưởng 1,2 m, tường chắn nước", 620, T),
             ("Máy CNC 4 đầu thay máy bị ngập", 480, T),
             ("Buồng phun sơn màng nước, hút bụi túi vải", 260, T),
             ("Kho gỗ kệ cao 1,5 m, lò sấy gỗ", 340, T),
             ("Bao bì, thẻ treo, đăng ký kiểu dáng", 50, F),
             ("Vốn lưu động", 450, F)],
        src=[("Vốn góp của cổ đông", 900), ("Tiền bồi thường bảo hiểm còn lại", 300),
             ("Vay ngân hàng thương mại", 1000)],
        life=10, loan=[1400, 1150, 900], rate=0.075),
    "jq04": dict(
        unit="lít", storm=2026, base=2025,
        products=[("Nước cốt chanh leo, chai 500 ml", "chai", 0.5, [68000, 70000, 72000], [30000, 36000, 42000]),
                  ("Nước chanh leo pha sẵn, chai 330 ml", "chai", 0.33, [18000, 18500, 19000], [30000, 42000, 48000]),
                  ("Nước cốt chanh leo, can 5 lít", "can", 5, [600000, 620000, 640000], [620, 830, 1000])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[38000, 42000, 45000, 31000],
                  price=[95000, 98000, 101000, 104000], profit=[300.0, 350.0, 392.0, 12.0]),
        damage=[("Giàn chanh leo đổ sập", "3 ha", 420),
                ("Quả non, quả chín rụng", "46 tấn", 506),
                ("Mái tôn, khung nhà xưởng", "420 m²", 310),
                ("Kho lạnh 40 m³ ngập nước", "1 kho", 180),
                ("Chai, nắp, nhãn, thùng carton", "ngấm nước", 64)],
        funding=[("Bồi thường bảo hiểm tài sản (PVI)", 372),
                 ("Hỗ trợ khôi phục sản xuất cho 3 ha cây ăn quả", 45),
                 ("Giãn nợ, vay bổ sung Agribank", 300),
                 ("Vốn chủ sở hữu", 183)],
        raws=[("Quả chanh leo tím", "kg", [3.0, 1.0, 3.0],
               [("Vườn công ty trồng lại (tháng 2/2027)", [1, 1, 1], "ha", [5000, 20000, 21000]),
                ("Vườn công ty dựng lại giàn", [1, 1, 1], "ha", [15000, 20000, 21000]),
                ("Hộ liên kết thôn Bình Minh", [25, 25, 25], "hộ", [2000, 2200, 2400])])],
        cap=(250, 220, "250 lít/ngày", "220 ngày", None),
        roles=[("Giám đốc, kế toán, kỹ thuật", [3, 3, 3]), ("Sơ chế, ép, lọc", [4, 5, 5]),
               ("Thanh trùng, chiết rót, đóng thùng", [3, 3, 4]), ("Kinh doanh, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        costs=[("raw", "Quả chanh leo", 0, [15000, 15500, 16000]),
               ("packs", "Chai, nắp, can, nhãn", [6000, 3500, 25000]),
               ("fixed", "Điện, nước, gas", [90, 110, 125]),
               ("share", "Bán hàng, vận chuyển", 0.06),
               ("wages", "Tiền lương"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Phí bảo hiểm tài sản", [30, 32, 34]),
               ("fixed", "Chi phí khác", [50, 50, 50])],
        inv=[("Thay mái, giằng khung nhà xưởng chống bão", 380, T),
             ("Kho lạnh 40 m³ đặt trên bệ cao", 260, T),
             ("Giàn chanh leo trụ bê tông cho 2 ha", 240, T),
             ("Máy phát điện dự phòng", 120, T),
             ("Bao bì, nhãn, tem truy xuất", 50, F),
             ("Vốn lưu động", 350, F)],
        src=[("Vốn chủ sở hữu", 500), ("Tiền bồi thường bảo hiểm", 300), ("Vay Agribank", 600)],
        life=10, loan=[600, 450, 300], rate=0.07),
    "jq05": dict(
        unit="lít", storm=2025, base=2024,
        products=[("Rượu nếp Kim Lộc 35 độ, chai 500 ml", "chai", 0.5, [70000, 73000, 76000], [20000, 25000, 30000]),
                  ("Rượu nếp Kim Lộc 40 độ, bình sứ 1 lít", "bình", 1, [180000, 188000, 196000], [3500, 4400, 5200]),
                  ("Rượu nếp 35 độ, can 5 lít", "can", 5, [350000, 365000, 380000], [1100, 1400, 1600])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[17500, 19000, 9800, 16800],
                  price=[118000, 121000, 125000, 128000], profit=[236.0, 268.0, -195.5, 132.8]),
        damage=[("Ba nồi chưng cất và lò nấu", "3 bộ", 270),
                ("Rượu thành phẩm trong chum bị ngập", "3.600 lít", 430),
                ("Gạo nếp dự trữ", "8 tấn", 200),
                ("Nhà nấu, kho ủ", "tường, cửa, điện", 160),
                ("Lúa nếp vụ Hè Thu của thành viên mất trắng", "14 ha", 390)],
        funding=[("Bồi thường bảo hiểm tài sản", 240),
                 ("Hỗ trợ khôi phục sản xuất lúa (14 ha)", 70),
                 ("Vay Agribank khôi phục sản xuất", 300),
                 ("Vốn góp thêm của thành viên", 210)],
        raws=[("Gạo nếp cái", "kg", 1.25,
               [("Ruộng nếp của thành viên", [35, 35, 35], "hộ", [650, 720, 800]),
                ("Hộ trồng nếp liên kết thôn Trung Nghĩa", [20, 20, 20], "hộ", [500, 560, 620])])],
        cap=(100, 240, "2 nồi × 50 lít/ngày", "240 ngày", None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.1],
        costs=[("raw", "Gạo nếp cái", 0, [32000, 33000, 34000]),
               ("packs", "Chai, bình sứ, can, nhãn", [5000, 22000, 12000]),
               ("fixed", "Củi, điện, nước", [80, 92, 105]),
               ("share", "Bán hàng, quảng bá", 0.06),
               ("share", "Thuế, phí khác", 0.02),
               ("wages", "Tiền công"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Bảo hiểm nhà nấu, kho rượu", [20, 22, 24]),
               ("fixed", "Chi phí khác", [40, 40, 40])],
        inv=[("Kho hạ thổ, ủ rượu trên nền cao 80 m²", 330, T),
             ("Máy lọc, khử andehit, máy chiết rót", 260, T),
             ("Chum sành, bình ủ 200 lít thay chum vỡ", 160, T),
             ("Bể biogas, bể chứa bỗng rượu", 120, T),
             ("Bao bì, nhãn, tem truy xuất", 60, F),
             ("Vốn lưu động", 520, F)],
        src=[("Vốn góp của thành viên", 450), ("Tiền bồi thường bảo hiểm còn lại", 180),
             ("Vay Agribank", 650)],
        life=10, loan=[950, 750, 550], rate=0.07),
    "jq06": dict(
        unit="kg", storm=2025, base=2024,
        products=[("Mắm tôm Hải Phong, hũ thủy tinh 250 g", "hũ", 0.25, [28000, 29000, 30000], [16000, 18000, 20000]),
                  ("Mắm tôm, hũ nhựa 500 g", "hũ", 0.5, [46000, 47500, 49000], [8000, 9600, 10400]),
                  ("Mắm tôm, can 5 kg cho quán ăn", "can", 5, [380000, 392000, 404000], [800, 960, 1100])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[13200, 14000, 6500, 9500],
                  price=[80000, 82000, 85000, 88000], profit=[118.0, 130.0, -96.4, 42.5]),
        damage=[("Chum mắm vỡ, ngập nước biển", "45 chum", 135),
                ("Mắm tôm đang ủ và thành phẩm", "5.200 kg", 390),
                ("Sân phơi, mái che", "180 m²", 95),
                ("Máy xay, máy đóng hũ", "2 máy", 40),
                ("Hũ, nhãn, can dự trữ", "ngấm nước", 22)],
        funding=[("Hỗ trợ theo Nghị định số 02/2017/NĐ-CP", 20),
                 ("Ủng hộ của Mặt trận xã", 10),
                 ("Vay Ngân hàng Chính sách xã hội", 150),
                 ("Vốn tự có", 95)],
        raws=[("Ruốc (moi) tươi", "kg", 1.15,
               [("Thuyền đánh ruốc thôn Hải Phong (hợp đồng)", [9, 10, 11], "thuyền", [1800, 1800, 1800])]),
              ("Muối hạt", "kg", 0.12,
               [("Hợp tác xã muối (hợp đồng)", [1, 1, 1], "hợp đồng", [2000, 2000, 2200])])],
        cap=(7200, 3, "60 chum × 120 kg", "3 mẻ/năm", None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Muối, đảo, phơi mắm", [2, 3, 3]),
               ("Đóng hũ, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.3, 5.6],
        costs=[("raw", "Ruốc tươi", 0, [26000, 27000, 28000]),
               ("raw", "Muối hạt", 1, [3000, 3000, 3200]),
               ("packs", "Hũ, can, nắp, nhãn", [4500, 3500, 15000]),
               ("fixed", "Điện, nước", [18, 20, 22]),
               ("share", "Vận chuyển, bán hàng", 0.05),
               ("wages", "Tiền công"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Chi phí khác", [20, 20, 20])],
        inv=[("Nâng nền sân chượp 1 m, tường chắn sóng", 280, T),
             ("Mua 30 chum sành thay chum vỡ", 60, T),
             ("Mái che sân phơi khung thép giằng chống bão", 150, T),
             ("Máy xay, máy đóng hũ", 90, T),
             ("Hũ, nhãn, mã vạch", 30, F),
             ("Vốn lưu động", 140, F)],
        src=[("Vốn tự có", 350), ("Vay Ngân hàng Chính sách xã hội", 200),
             ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=10, loan=[550, 420, 290], rate=0.066,
        plant=dict(cost_total=(1, 0.9))),
    "jq07": dict(
        unit="kg", storm=2025, base=2024,
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [38000, 39500, 41000], [30000, 36000, 42000]),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [90000, 93000, 96000], [3000, 3600, 4200])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[2900, 3100, 1800, 2400],
                  price=[440000, 450000, 460000, 470000], profit=[150.0, 162.0, -65.0, 72.0]),
        damage=[("Cà gai leo ngập úng, chết", "6 sào", 96),
                ("Dược liệu khô trong kho ẩm mốc", "420 kg", 84),
                ("Máy sấy ngập nước", "1 máy", 150),
                ("Nhà sơ chế", "mái, cửa", 45)],
        funding=[("Hỗ trợ giống cà gai leo trồng lại", 18),
                 ("Vay Ngân hàng Chính sách xã hội", 200),
                 ("Góp thêm của tổ viên", 80)],
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 5.0,
               [("Ruộng tổ viên không bị ngập", [12, 12, 12], "sào", [1000, 1000, 1000]),
                ("Ruộng trồng lại sau lũ (tháng 2/2026)", [6, 6, 6], "sào", [700, 750, 850])])],
        cap=(25, 200, "25 kg khô/ngày", "200 ngày", None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, cắt, đóng túi lọc", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.6, 6.0, 6.4],
        costs=[("raw", "Cà gai leo tươi", 0, [16000, 16500, 17000]),
               ("packs", "Túi lọc, hộp, túi zip", [6500, 4000]),
               ("fixed", "Điện sấy, nước", [40, 46, 52]),
               ("share", "Bán hàng, quảng bá", 0.06),
               ("wages", "Tiền công"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Chi phí khác", [25, 25, 25])],
        inv=[("Máy sấy bơm nhiệt thay máy bị ngập", 220, T),
             ("Nâng nền, làm lại mái nhà sơ chế 80 m²", 180, T),
             ("Máy cắt, máy đóng túi lọc", 160, T),
             ("Rãnh thoát nước, bờ bao ruộng", 90, T),
             ("Bao bì, nhãn, mã QR", 40, F),
             ("Vốn lưu động", 170, F)],
        src=[("Vốn góp tổ viên", 360), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=10, loan=[650, 520, 390], rate=0.066,
        plant=dict(payback=1.4)),
    "jq08": dict(
        unit="kg", storm=2025, base=2024,
        products=[("Dưa lưới ruột cam loại 1", "kg", 1, [35000, 36000, 37000], [19000, 44000, 63000]),
                  ("Dưa lưới loại 2 bán buôn", "kg", 1, [20000, 20000, 21000], [8000, 19000, 27000])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[24000, 27000, 8500, 15500],
                  price=[30000, 31000, 33000, 32500], profit=[150.0, 175.0, -160.0, 38.0]),
        damage=[("Nhà màng số 3 đổ sập khung", "1.000 m²", 310),
                ("Màng phủ, lưới chắn côn trùng rách", "2.000 m²", 96),
                ("Dưa sắp thu hoạch bị dập, úng", "9 tấn", 270),
                ("Hệ thống tưới, bơm, tủ điện", "1 bộ", 38)],
        funding=[("Hỗ trợ khôi phục sản xuất của xã", 15),
                 ("Vay Ngân hàng Chính sách xã hội", 150),
                 ("Tiền của gia đình", 115)],
        raws=[("Dưa lưới thu hoạch", "kg", 1.05,
               [("Nhà màng số 1–3 (khôi phục)", [3000, 3000, 3000], "m²", [10, 10, 10]),
                ("Nhà màng mở rộng", [0, 4000, 7000], "m²", [10, 10, 10])])],
        cap=None,
        roles=[("Vợ chồng chủ trang trại", [2, 2, 2]), ("Con trai: chăm sóc, thu hoạch", [1, 1, 1]),
               ("Lao động thuê thường xuyên", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        costs=[("area", "Giống, giá thể, phân bón, thuốc sinh học", 0, [75000, 76000, 77000]),
               ("fixed", "Điện bơm tưới, nước", [24, 50, 70]),
               ("share", "Thùng carton, tem QR, vận chuyển", 0.06),
               ("wages", "Tiền công"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Chi phí khác", [15, 20, 25])],
        inv=[("Dựng lại nhà màng số 3, khung chịu gió cấp 10", 320, T),
             ("Thay màng, lưới cho nhà màng số 1, 2", 90, T),
             ("Hệ thống tưới nhỏ giọt, châm phân", 60, T),
             ("Neo móng, dây chằng, lưới chắn gió", 40, T),
             ("Giống, giá thể, phân bón vụ đầu", 70, F)],
        src=[("Tiền của gia đình", 280), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[450, 360, 270], rate=0.066,
        plant=dict(profit=(0, 1.25))),
    "jq09": dict(
        unit="kg", storm=2025, base=2024,
        products=[("Bún gạo lứt đỏ khô, túi 500 g", "túi", 0.5, [38000, 39500, 41000], [40000, 46000, 52000]),
                  ("Bún gạo trắng khô, túi 500 g", "túi", 0.5, [26000, 27000, 28000], [30000, 34000, 38000]),
                  ("Phở gạo lứt khô, túi 300 g", "túi", 0.3, [28000, 29000, 30000], [20000, 24000, 28000])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[42000, 45000, 24000, 33000],
                  price=[62000, 64000, 66000, 68000], profit=[236.0, 262.0, -118.0, 96.0]),
        damage=[("Máy ép đùn: cháy mô tơ, tủ điện", "1 dây chuyền", 165),
                ("Giàn phơi bún ngoài trời", "400 m²", 72),
                ("Thóc, gạo trong kho ngấm nước", "12 tấn", 204),
                ("Bún thành phẩm, bao bì", "2.100 kg", 98),
                ("Lúa Hè Thu của thành viên mất trắng", "22 ha", 528)],
        funding=[("Bồi thường bảo hiểm tài sản", 150),
                 ("Hỗ trợ khôi phục sản xuất lúa (22 ha)", 110),
                 ("Vay Agribank", 400),
                 ("Vốn góp thêm của thành viên", 140)],
        raws=[("Gạo lứt đỏ, gạo tẻ", "kg", 1.12,
               [("Ruộng lúa của thành viên", [60, 60, 60], "hộ", [800, 850, 900]),
                ("Hộ liên kết thôn Đông Hà", [15, 18, 20], "hộ", [600, 650, 700])])],
        cap=(220, 300, "220 kg/ngày", "300 ngày", None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Vận hành máy ép, hấp", [4, 4, 5]),
               ("Sấy, đóng gói", [4, 5, 5]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        costs=[("raw", "Gạo lứt, gạo tẻ", 0, [18000, 18500, 19000]),
               ("packs", "Túi, thùng carton, nhãn", [1800, 1800, 1500]),
               ("fixed", "Điện, than sấy, nước", [150, 170, 190]),
               ("share", "Bán hàng, vận chuyển", 0.06),
               ("share", "Thuế, phí", 0.015),
               ("wages", "Tiền công"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Phí bảo hiểm tài sản", [18, 20, 22]),
               ("fixed", "Chi phí khác", [40, 40, 40])],
        inv=[("Máy ép đùn đặt trên bệ cao 1 m, thay mô tơ", 180, T),
             ("Lò sấy bún kín thay giàn phơi ngoài trời", 420, T),
             ("Kho thóc gạo sàn cao, silo 20 tấn", 260, T),
             ("Máy đóng gói, hàn miệng túi", 90, T),
             ("Bao bì, nhãn, mã vạch", 50, F),
             ("Vốn lưu động", 400, F)],
        src=[("Vốn góp thành viên", 500), ("Quỹ đầu tư phát triển", 100), ("Vay Agribank", 800)],
        life=10, loan=[1100, 900, 700], rate=0.07,
        plant=dict(rev_line=(1, 0, 1.15))),
    "jq10": dict(
        unit="lượt khách", storm=2025, base=2024,
        products=[("Vé tham quan, trải nghiệm", "lượt", 1, [120000, 125000, 130000], [5000, 6200, 7200]),
                  ("Nghỉ bungalow (đêm phòng)", "đêm", 0, [650000, 680000, 700000], [750, 1000, 1250]),
                  ("Suất ăn đặc sản", "suất", 0, [150000, 155000, 160000], [4200, 5200, 6200])],
        hist=dict(years=[2023, 2024, 2025, 2026], out=[5200, 6100, 2600, 3900],
                  price=[300000, 310000, 320000, 330000], profit=[190.0, 236.0, -260.0, 45.0]),
        damage=[("Bungalow bị lũ cuốn", "3 căn", 540),
                ("Cầu gỗ, lối đi ven suối", "160 m", 210),
                ("Vườn cây, thảm cỏ", "0,8 ha", 85),
                ("Đồ dùng phòng, bếp", "ngập nước", 95)],
        funding=[("Bồi thường bảo hiểm công trình", 260),
                 ("Vay ngân hàng", 300),
                 ("Vốn chủ sở hữu", 240)],
        raws=[("Thực phẩm tươi (rau, gà, cá suối)", "kg", ("pack", [0, 0, 0.6]),
               [("Hộ cung cấp thực phẩm", [10, 10, 10], "hộ", [280, 340, 400])])],
        cap=(6, 365, "6 bungalow", "365 đêm", [1]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Lễ tân, buồng phòng", [3, 3, 4]),
               ("Bếp, phục vụ", [4, 4, 5]), ("Hướng dẫn viên, bảo vệ", [3, 3, 3])],
        wage=[6.0, 6.3, 6.6],
        costs=[("raw", "Thực phẩm tươi mua của hộ", 0, [95000, 98000, 100000]),
               ("packs", "Đồ dùng phòng, giặt là", [0, 60000, 0]),
               ("fixed", "Điện, nước, gas", [110, 125, 140]),
               ("share", "Quảng bá, tiếp thị", 0.05),
               ("wages", "Tiền lương"),
               ("dep", "Khấu hao"),
               ("interest", "Lãi vay"),
               ("fixed", "Phí bảo hiểm công trình", [25, 27, 29]),
               ("fixed", "Chi phí khác", [50, 50, 50])],
        inv=[("Dựng lại 2 bungalow nhà sàn cao 1,5 m", 560, T),
             ("Cầu đi bộ, kè đá bờ suối", 380, T),
             ("Nhà bếp, nhà ăn trên nền cao", 240, T),
             ("Trồng lại vườn cây, thảm cỏ", 90, T),
             ("Trang thiết bị phòng, bếp", 150, T),
             ("Vốn lưu động", 180, F)],
        src=[("Vốn chủ sở hữu", 700), ("Vay ngân hàng", 900)],
        life=10, loan=[900, 750, 600], rate=0.075),
}


def r1(x):
    return round(x + 1e-9, 1)


def _model(p, planted=True):
    """Every figure a plan prints, from its constants (planted=False: the true world)."""
    m = {}
    Y = range(3)
    prods = p["products"]
    m["packs"] = [pr[4] for pr in prods]
    m["prices"] = [pr[3] for pr in prods]
    m["out_i"] = [[pr[4][y] * pr[2] for y in Y] for pr in prods]
    m["output"] = [sum(o[y] for o in m["out_i"]) for y in Y]
    h = p["hist"]
    m["h_rev"] = [r1(o * pr / 1e6) for o, pr in zip(h["out"], h["price"])]
    m["h_profit"] = list(h["profit"])
    bi = h["years"].index(p["base"])
    m["base_out"] = h["out"][bi]
    m["recov"] = [r1(m["output"][y] / m["base_out"] * 100) for y in Y]
    # revenue
    rev_i = [[r1(pr[4][y] * pr[3][y] / 1e6) for y in Y] for pr in prods]
    plants = p.get("plant", {}) if planted else {}
    if "rev_line" in plants:
        y, i, f = plants["rev_line"]
        rev_i[i][y] = r1(rev_i[i][y] * f)
    m["rev_i"] = rev_i
    m["rev"] = [r1(sum(r[y] for r in rev_i)) for y in Y]
    # raw materials
    m["raws"] = []
    for raw in p["raws"]:
        label, unit, norm, rows = raw[:4]
        of = raw[4] if len(raw) > 4 else None
        vals = [[c[y] * yl[y] for y in Y] for (_, c, _, yl) in rows]
        supply = [sum(v[y] for v in vals) for y in Y]
        if isinstance(norm, tuple):  # ("pack", [norm per pack of each product])
            need = [r1(sum(prods[i][4][y] * norm[1][i] for i in range(len(prods)))) for y in Y]
        else:
            norms = norm if isinstance(norm, list) else [norm] * len(prods)
            need = [r1(sum(m["out_i"][i][y] * norms[i] for i in range(len(prods))
                            if of is None or i in of)) for y in Y]
        m["raws"].append(dict(vals=vals, supply=supply, need=need,
                              spare=[r1(supply[y] - need[y]) for y in Y],
                              counts=[r[1] for r in rows], yields=[r[3] for r in rows]))
    # capacity
    rating, days, _, _, of = p["cap"] or (0, 0, "", "", None)
    m["cap"] = rating * days
    base = [sum((m["out_i"][i][y] if prods[i][2] else prods[i][4][y])
                for i in range(len(prods)) if of is None or i in of) for y in Y]
    m["cap_base"] = base
    m["use"] = [r1(base[y] / m["cap"] * 100) if m["cap"] else None for y in Y]
    # staff
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in Y]
    m["wage"] = p["wage"]
    m["fund"] = [r1(m["staff"][y] * p["wage"][y] * 12) for y in Y]
    # investment
    m["inv"] = sum(x[1] for x in p["inv"])
    m["fixed"] = sum(x[1] for x in p["inv"] if x[2])
    m["src"] = sum(x[1] for x in p["src"])
    m["src_pct"] = [r1(x[1] / m["src"] * 100) for x in p["src"]]
    m["dep"] = r1(m["fixed"] / p["life"])
    m["interest"] = [r1(b * p["rate"]) for b in p["loan"]]
    # costs
    lines = []
    for c in p["costs"]:
        kind = c[0]
        if kind == "raw":
            v = [r1(m["raws"][c[2]]["need"][y] * c[3][y] / 1e6) for y in Y]
        elif kind == "count":
            v = [r1(m["raws"][c[2]]["counts"][c[3]][y] * c[4][y] / 1e6) for y in Y]
        elif kind == "area":
            v = [r1(sum(cc[y] for cc in m["raws"][c[2]]["counts"]) * c[3][y] / 1e6) for y in Y]
        elif kind == "row":
            v = [r1(m["raws"][c[2]]["vals"][c[3]][y] * c[4][y] / 1e6) for y in Y]
        elif kind == "share":
            v = [r1(m["rev"][y] * c[2]) for y in Y]
        elif kind == "packs":
            v = [r1(sum(pk[y] * u for pk, u in zip(m["packs"], c[2])) / 1e6) for y in Y]
        elif kind == "fixed":
            v = list(c[2])
        elif kind == "wages":
            v = list(m["fund"])
        elif kind == "dep":
            v = [m["dep"]] * 3
        elif kind == "interest":
            v = list(m["interest"])
        else:
            raise ValueError(kind)
        lines.append(v)
    m["cost_lines"] = lines
    m["cost"] = [r1(sum(l[y] for l in lines)) for y in Y]
    if "cost_total" in plants:
        y, f = plants["cost_total"]
        m["cost"][y] = r1(m["cost"][y] * f)
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    if "profit" in plants:
        y, f = plants["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = r1(m["inv"] / (m["avg_profit"] + m["dep"]))
    if "payback" in plants:
        m["payback"] = plants["payback"]
    m["damage"] = sum(d[2] for d in p["damage"])
    m["funding"] = sum(f[1] for f in p["funding"])
    return m


def model(key, planted=True):
    return _model(PLANS[key], planted)


# table captions, by the role each table plays (the generator printed exactly these)
CAPS: dict[str, dict[str, str]] = {
    "jq01": {
        "comp": "Bảng 1. Giá bán lẻ bưởi trên thị trường mục tiêu (tháng 8/2026)",
        "hist": "Bảng 2. Kết quả sản xuất, kinh doanh 2023 – 2026",
        "damage": "Bảng 3. Thiệt hại của hợp tác xã và thành viên do bão, lũ năm 2025",
        "funding": "Bảng 4. Kinh phí khắc phục đã huy động năm 2025 – 2026",
        "area": "Bảng 5. Hiện trạng vườn bưởi sau bão và thời gian cho quả trở lại",
        "supply": "Bảng 6. Cân đối bưởi quả nguyên liệu 2027 – 2029",
        "output": "Bảng 7. Kế hoạch sản lượng tiêu thụ 2027 – 2029",
        "prices": "Bảng 8. Giá bán dự kiến",
        "inv": "Bảng 9. Vốn đầu tư khôi phục và chống bão năm 2027",
        "src": "Bảng 10. Nguồn vốn đầu tư",
        "rev": "Bảng 11. Doanh thu dự kiến",
        "cost": "Bảng 12. Chi phí sản xuất kinh doanh dự kiến",
        "summary": "Bảng 13. Tổng hợp hiệu quả kinh tế",
        "sched": "Bảng 14. Tiến độ thực hiện",
    },
    "jq02": {
        "hist": "Bảng 1. Sản lượng và kết quả kinh doanh mật ong 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do lũ tháng 10/2025",
        "comp": "Bảng 3. Giá mật ong cùng loại trên thị trường (tháng 9/2026)",
        "area": "Bảng 4. Đàn ong và hộ liên kết theo năm",
        "supply": "Bảng 5. Cân đối mật ong thô",
        "staff": "Bảng 6. Lao động và tiền công",
        "output": "Bảng 7. Kế hoạch sản lượng mật ong thành phẩm",
        "prices": "Bảng 8. Giá bán dự kiến theo năm",
        "inv": "Bảng 9. Vốn đầu tư năm 2027",
        "src": "Bảng 10. Nguồn vốn",
        "rev": "Bảng 11. Doanh thu",
        "cost": "Bảng 12. Chi phí",
        "summary": "Bảng 13. Lợi nhuận và tỷ suất lợi nhuận",
    },
    "jq03": {
        "hist": "Bảng 1. Kết quả sản xuất kinh doanh 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do lũ tháng 10/2025 và phần được bảo hiểm bồi thường",
        "funding": "Bảng 3. Nguồn tiền khắc phục hậu quả lũ",
        "equip": "Bảng 4. Máy móc, thiết bị sau khắc phục",
        "comp": "Bảng 5. Giá bán sản phẩm gỗ mỹ nghệ cùng loại",
        "area": "Bảng 6. Nguồn gỗ nguyên liệu sau lũ",
        "supply": "Bảng 7. Cân đối gỗ xẻ nguyên liệu",
        "staff": "Bảng 8. Lao động theo bộ phận",
        "output": "Bảng 9. Sản lượng kế hoạch",
        "prices": "Bảng 10. Giá bán",
        "inv": "Bảng 11. Vốn đầu tư",
        "src": "Bảng 12. Cơ cấu nguồn vốn",
        "rev": "Bảng 13. Doanh thu theo sản phẩm",
        "cost": "Bảng 14. Chi phí hoạt động",
        "summary": "Bảng 15. Kết quả kinh doanh dự kiến",
    },
    "jq04": {
        "hist": "Bảng 1. Sản lượng, doanh thu, lợi nhuận 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do bão tháng 9 và lũ tháng 10/2026",
        "funding": "Bảng 3. Kinh phí khắc phục đến tháng 12/2026",
        "comp": "Bảng 4. Sản phẩm cạnh tranh",
        "area": "Bảng 5. Vườn chanh leo sau bão và thời điểm cho quả",
        "supply": "Bảng 6. Cân đối quả chanh leo nguyên liệu",
        "staff": "Bảng 7. Nhân lực",
        "output": "Bảng 8. Kế hoạch sản xuất 2027 – 2029",
        "prices": "Bảng 9. Giá bán sản phẩm",
        "inv": "Bảng 10. Nhu cầu vốn đầu tư",
        "src": "Bảng 11. Nguồn vốn",
        "rev": "Bảng 12. Doanh thu dự kiến",
        "cost": "Bảng 13. Chi phí dự kiến",
        "summary": "Bảng 14. Hiệu quả kinh doanh",
    },
    "jq05": {
        "hist": "Bảng 1. Kết quả sản xuất, kinh doanh rượu 2023 – 2026",
        "funding": "Bảng 2. Nguồn kinh phí khắc phục sau lũ",
        "equip": "Bảng 3. Thiết bị nấu, chưng cất sau lũ",
        "comp": "Bảng 4. Giá rượu nếp cùng phân khúc",
        "supply": "Bảng 5. Nguồn gạo nếp và nhu cầu",
        "staff": "Bảng 6. Lao động của hợp tác xã",
        "output": "Bảng 7. Sản lượng rượu theo năm",
        "prices": "Bảng 8. Giá bán (chưa gồm thuế tiêu thụ đặc biệt)",
        "inv": "Bảng 9. Tổng vốn đầu tư",
        "src": "Bảng 10. Nguồn vốn thực hiện",
        "rev": "Bảng 11. Doanh thu",
        "cost": "Bảng 12. Chi phí",
        "summary": "Bảng 13. Hiệu quả sản xuất kinh doanh",
        "papers": "Bảng 14. Hồ sơ pháp lý, chất lượng của sản phẩm",
    },
    "jq06": {
        "hist": "Bảng 1. Kết quả sản xuất kinh doanh 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do nước biển dâng tháng 9/2025",
        "funding": "Bảng 3. Tiền khắc phục đã sử dụng",
        "comp": "Bảng 4. Giá mắm tôm trên thị trường",
        "supply": "Bảng 5. Nguồn ruốc tươi",
        "supply2": "Bảng 6. Nguồn muối hạt",
        "staff": "Bảng 7. Lao động",
        "output": "Bảng 8. Sản lượng mắm tôm theo năm",
        "prices": "Bảng 9. Giá bán",
        "inv": "Bảng 10. Vốn đầu tư",
        "src": "Bảng 11. Nguồn vốn",
        "rev": "Bảng 12. Doanh thu",
        "cost": "Bảng 13. Chi phí sản xuất kinh doanh",
        "summary": "Bảng 14. Lợi nhuận",
    },
    "jq07": {
        "hist": "Bảng 1. Kết quả sản xuất 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do lũ tháng 10/2025",
        "funding": "Bảng 3. Nguồn lực khắc phục",
        "comp": "Bảng 4. Sản phẩm cùng loại trên thị trường",
        "supply": "Bảng 5. Nguồn cà gai leo tươi",
        "staff": "Bảng 6. Lao động và tiền công",
        "output": "Bảng 7. Kế hoạch sản lượng",
        "prices": "Bảng 8. Giá bán",
        "inv": "Bảng 9. Vốn đầu tư",
        "src": "Bảng 10. Nguồn vốn",
        "rev": "Bảng 11. Doanh thu",
        "cost": "Bảng 12. Chi phí",
        "summary": "Bảng 13. Tổng hợp kết quả",
        "sched": "Bảng 14. Tiến độ thực hiện",
    },
    "jq08": {
        "hist": "Bảng 1. Sản lượng và thu nhập của trang trại 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do bão tháng 8/2025",
        "funding": "Bảng 3. Tiền khắc phục năm 2025 – 2026",
        "comp": "Bảng 4. Giá dưa lưới trên thị trường",
        "area": "Bảng 5. Diện tích nhà màng và năng suất",
        "supply": "Bảng 6. Sản lượng thu hoạch và nhu cầu",
        "staff": "Bảng 7. Lao động",
        "output": "Bảng 8. Kế hoạch sản lượng bán ra",
        "prices": "Bảng 9. Giá bán dự kiến",
        "inv": "Bảng 10. Vốn đầu tư năm 2027",
        "src": "Bảng 11. Nguồn vốn",
        "rev": "Bảng 12. Doanh thu",
        "cost": "Bảng 13. Chi phí",
        "summary": "Bảng 14. Lợi nhuận",
    },
    "jq09": {
        "hist": "Bảng 1. Kết quả sản xuất kinh doanh 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do lũ tháng 10/2025",
        "funding": "Bảng 3. Nguồn lực khắc phục sau lũ",
        "equip": "Bảng 4. Máy móc, thiết bị chính",
        "comp": "Bảng 5. Giá bún, phở khô cùng loại",
        "supply": "Bảng 6. Cân đối gạo nguyên liệu",
        "staff": "Bảng 7. Lao động",
        "output": "Bảng 8. Kế hoạch sản xuất",
        "prices": "Bảng 9. Giá bán buôn dự kiến",
        "inv": "Bảng 10. Vốn đầu tư",
        "src": "Bảng 11. Nguồn vốn",
        "rev": "Bảng 12. Doanh thu",
        "cost": "Bảng 13. Chi phí",
        "summary": "Bảng 14. Hiệu quả",
    },
    "jq10": {
        "hist": "Bảng 1. Khách và kết quả kinh doanh 2023 – 2026",
        "damage": "Bảng 2. Thiệt hại do lũ quét tháng 10/2025",
        "funding": "Bảng 3. Kinh phí khắc phục",
        "equip": "Bảng 4. Cơ sở vật chất sau khắc phục",
        "supply": "Bảng 5. Thực phẩm tươi cho bếp",
        "staff": "Bảng 6. Nhân sự",
        "output": "Bảng 7. Kế hoạch khách và dịch vụ",
        "prices": "Bảng 8. Giá dịch vụ",
        "inv": "Bảng 9. Vốn đầu tư",
        "src": "Bảng 10. Nguồn vốn",
        "rev": "Bảng 11. Doanh thu",
        "cost": "Bảng 12. Chi phí",
        "summary": "Bảng 13. Kết quả kinh doanh",
        "sched": "Bảng 14. Kế hoạch triển khai",
    },
}


# --------------------------------------------------------------------------- reading the plans
from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

_NUMCELL = re.compile(r"^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$")
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|02/2017|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")
FULL = [f"jq{i:02d}" for i in range(1, 11)]
READY = ["jq01", "jq02", "jq03", "jq04"]


def num(cell: str) -> float | None:
    c = cell.strip().replace("−", "-")
    if not _NUMCELL.match(c):
        return None
    return float(c.replace(".", "").replace(",", "."))


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        self.tabs: dict[str, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            s = line.strip().strip("*")
            if re.match(r"^Bảng \d+\. ", s):
                cur = s
                self.tabs[cur] = []
            elif cur and line.strip().startswith("|") and not line.strip().startswith("|---"):
                self.tabs[cur].append([c.strip() for c in line.strip().strip("|").split("|")])

    # a table by its role: data rows (header dropped)
    def tab(self, role: str) -> list[list[str]]:
        cap = CAPS[self.key][role]
        if cap not in self.tabs:
            self.failures.append(f"table not found: {cap}")
            return []
        return self.tabs[cap][1:]

    def nums(self, row: list[str], n: int) -> list[float]:
        v = [x for x in (num(c) for c in row[1:]) if x is not None]
        if len(v) < n:
            self.failures.append(f"row {row[:2]} has fewer than {n} numbers")
            return [0.0] * n
        return v[-n:]

    def eq(self, got: float, want: float, what: str, tol: float = 0.01, abs_tol: float = 0.11) -> None:
        if not (close(got, want, tol) or abs(got - want) <= abs_tol):
            self.failures.append(f"{what}: printed {got} vs {want}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """a planted numeric defect: wrong by more than 5 %"""
        if not off(got, true, 5.0):
            self.failures.append(f"planted {what} not wrong enough: printed {got}, true {true}")

    def has_i(self, *snippets: str) -> None:
        low = self.body.lower()
        for x in snippets:
            if x.lower() not in low:
                self.failures.append(f"text not found (any case): {x!r}")

    def label(self, row: list[str], want: str) -> None:
        if not any(c.startswith(want) for c in row[:2]):
            self.failures.append(f"row label {row[:2]!r} is not {want!r}")


def _yrs(v):
    return ", ".join(str(x) for x in v)


# --------------------------------------------------------------------------- checks of a full plan
def check_full(pl: Plan) -> None:
    k = pl.key
    p, m, t = PLANS[k], model(k), model(k, planted=False)
    plant = p.get("plant", {})
    Y = range(3)
    prods = p["products"]

    # the storm's dip and the recovery the plan tells
    h = p["hist"]
    si, bi = h["years"].index(p["storm"]), h["years"].index(p["base"])
    pl.check(h["out"][si] < 0.75 * h["out"][bi], "the storm year is no dip")
    pl.check(h["profit"][si] < 0.5 * h["profit"][bi], "the storm year's profit does not fall")
    pl.check(t["output"][2] > t["output"][0], "output does not recover over the plan years")
    pl.check("bão" in pl.body or "lũ" in pl.body, "no storm or flood in the text")

    # history (years as columns or as rows)
    rows = pl.tab("hist")
    if rows and num(rows[0][0].split()[0]) is not None:  # years as rows
        for i, r in enumerate(rows):
            o, pr, rv, pf = pl.nums(r, 4)
            pl.eq(o, h["out"][i], f"history output {h['years'][i]}")
            pl.eq(pr, h["price"][i], f"history price {h['years'][i]}")
            pl.eq(rv, o * pr / 1e6, f"history revenue {h['years'][i]} = output × price")
            pl.eq(pf, h["profit"][i], f"history profit {h['years'][i]}")
    elif rows:
        o, pr, rv, pf = (pl.nums(r, 4) for r in rows[:4])
        for i in range(4):
            pl.eq(o[i], h["out"][i], f"history output {h['years'][i]}")
            pl.eq(pr[i], h["price"][i], f"history price {h['years'][i]}")
            pl.eq(rv[i], o[i] * pr[i] / 1e6, f"history revenue {h['years'][i]} = output × price")
            pl.eq(pf[i], h["profit"][i], f"history profit {h['years'][i]}")

    # damage and the money raised to repair it (a table, or the prose of jq05 / jq02)
    if "damage" in CAPS[k]:
        rows = pl.tab("damage")
        ins = len(p["damage"][0]) > 3
        vals = [pl.nums(r, 2 if ins else 1) for r in rows]
        for d, v in zip(p["damage"], vals):
            pl.eq(v[0], d[2], f"damage {d[0]}")
            if ins:
                pl.eq(v[1], d[3], f"insured part of {d[0]}")
        pl.eq(vals[-1][0], sum(v[0] for v in vals[:-1]), "damage total = sum of items")
        pl.eq(vals[-1][0], m["damage"], "damage total")
        if ins:
            pl.eq(vals[-1][1], sum(v[1] for v in vals[:-1]), "insured total = sum of items")
            pl.eq(vals[-1][1], p["funding"][0][1], "insured total = the insurance payout")
    else:
        for d in p["damage"]:
            pl.has(f"{d[1]}) {n0(d[2])} triệu đồng")
        pl.has(f"Tổng cộng {n0(m['damage'])} triệu đồng")
    if "funding" in CAPS[k]:
        rows = pl.tab("funding")
        vals = [pl.nums(r, 1)[0] for r in rows]
        for f, v in zip(p["funding"], vals):
            pl.eq(v, f[1], f"funding {f[0]}")
        pl.eq(vals[-1], sum(vals[:-1]), "funding total = sum of sources")
        pl.eq(vals[-1], m["funding"], "funding total")
    else:
        for f in p["funding"]:
            pl.has(f"{n0(f[1])} triệu đồng")
        pl.has(f"{n0(m['funding'])} triệu đồng để khắc phục")

    # output plan: packs, output = Σ packs × size, share of the pre-storm year, capacity and its use
    rows = pl.tab("output")
    packs = []
    for i, pr in enumerate(prods):
        pl.label(rows[i], pr[0])
        v = pl.nums(rows[i], 3)
        packs.append(v)
        for y in Y:
            pl.eq(v[y], pr[4][y], f"packs {pr[0]} {YEARS[y]}")
    n = len(prods)
    out = pl.nums(rows[n], 3)
    for y in Y:
        want = sum(packs[i][y] * (prods[i][2] or 0) for i in range(n))
        pl.eq(out[y], want, f"output {YEARS[y]} = Σ packs × size")
    rec = pl.nums(rows[n + 1], 3)
    for y in Y:
        pl.eq(rec[y], out[y] / h["out"][bi] * 100, f"output {YEARS[y]} as % of {p['base']}", abs_tol=0.06)
    cap_rows = rows[n + 2:]
    if p["cap"]:
        rating, days, _, _, of = p["cap"]
        cap = rating * days
        base = [sum((packs[i][y] * prods[i][2] if prods[i][2] else packs[i][y])
                    for i in range(n) if of is None or i in of) for y in Y]
        if cap_rows:
            c = pl.nums(cap_rows[0], 3)
            u = pl.nums(cap_rows[1], 3)
            for y in Y:
                pl.eq(c[y], cap, f"capacity {YEARS[y]} = rating × days")
                pl.eq(u[y], base[y] / cap * 100, f"capacity use {YEARS[y]}", abs_tol=0.06)
        else:
            pl.has(n0(cap))
        if k == "jq05":  # planted capacity-exceeded
            pl.check(base[2] > 1.05 * cap, f"planted capacity-exceeded: 2029 {base[2]} vs {cap}")
            pl.check(p["roles"][0][1] == p["roles"][0][1][:1] * 3 and m["staff"][0] == m["staff"][2],
                     "jq05 must keep the same workers")
        else:
            for y in Y:
                pl.check(base[y] <= 0.86 * cap, f"output {YEARS[y]} uses {base[y] / cap:.0%} of capacity")

    # prices
    prices = []
    if "prices" in CAPS[k]:
        rows = pl.tab("prices")
        for i, pr in enumerate(prods):
            v = pl.nums(rows[i], 3)
            prices.append(v)
            for y in Y:
                pl.eq(v[y], pr[3][y], f"price {pr[0]} {YEARS[y]}")

    # raw materials: supply rows = count × yield, total, need = output × norm, balance
    for ri, raw in enumerate(p["raws"]):
        role = "supply" if ri == 0 else f"supply{ri + 1}"
        rows = pl.tab(role)
        rr = m["raws"][ri]
        vals = [pl.nums(r, 3) for r in rows]
        for j, srow in enumerate(raw[3]):
            pl.label(rows[j], srow[0])
            for y in Y:
                pl.eq(vals[j][y], srow[1][y] * srow[3][y], f"{srow[0]} {YEARS[y]} = count × yield")
        ns = len(raw[3])
        tot = vals[ns]
        norm = raw[2]
        need = []
        for y in Y:
            pl.eq(tot[y], sum(vals[j][y] for j in range(ns)), f"{raw[0]} supply {YEARS[y]} = Σ rows")
            if isinstance(norm, tuple):
                nd = sum(packs[i][y] * norm[1][i] for i in range(n))
            else:
                norms = norm if isinstance(norm, list) else [norm] * n
                nd = sum(packs[i][y] * prods[i][2] * norms[i] for i in range(n))
            need.append(nd)
            pl.eq(vals[ns + 1][y], nd, f"{raw[0]} need {YEARS[y]} = output × norm")
        if len(vals) > ns + 2:
            for y in Y:
                pl.eq(vals[ns + 2][y], tot[y] - need[y], f"{raw[0]} balance {YEARS[y]}")
        if k == "jq07":  # planted material-shortfall
            for y in (1, 2):
                pl.check(need[y] > tot[y] * 1.05, f"planted shortfall {YEARS[y]}: need {need[y]} vs {tot[y]}")
            pl.check(len(vals) == ns + 2, "jq07 must print no balance row")
        else:
            for y in Y:
                pl.check(tot[y] >= need[y] * 1.05, f"{raw[0]} {YEARS[y]}: supply {tot[y]} under need × 1,05")

    # staff
    if "staff" in CAPS[k]:
        rows = pl.tab("staff")
        nr = len(p["roles"])
        roles = [pl.nums(r, 3) for r in rows[:nr]]
        tot, wage, fund = (pl.nums(r, 3) for r in rows[nr:nr + 3])
        for y in Y:
            pl.eq(tot[y], sum(r[y] for r in roles), f"staff {YEARS[y]} = Σ roles")
            pl.eq(wage[y], p["wage"][y], f"wage {YEARS[y]}")
            pl.eq(fund[y], tot[y] * wage[y] * 12, f"wage fund {YEARS[y]} = staff × wage × 12")
    else:
        fund = m["fund"]
        pl.has(*(n1(x) for x in m["fund"]))
        pl.has(f"năm 2027 là {m['staff'][0]} người")

    # investment and sources
    rows = pl.tab("inv")
    iv = [pl.nums(r, 1)[0] for r in rows]
    for it, v in zip(p["inv"], iv):
        pl.eq(v, it[1], f"investment item {it[0]}")
    pl.eq(iv[-1], sum(iv[:-1]), "investment total = Σ items")
    rows = pl.tab("src")
    sv = [pl.nums(r, 2) for r in rows]
    for s, v in zip(p["src"], sv):
        pl.eq(v[0], s[1], f"source {s[0]}")
        pl.eq(v[1], v[0] / sv[-1][0] * 100, f"share of {s[0]}", abs_tol=0.06)
    pl.eq(sv[-1][0], sum(v[0] for v in sv[:-1]), "sources total = Σ sources")
    if k == "jq05":  # planted capital-mismatch
        pl.wrong(sv[-1][0], iv[-1], "capital-mismatch (sources vs investment)")
        pl.has("bảo đảm đủ vốn")
    else:
        pl.eq(sv[-1][0], iv[-1], "sources = investment")

    # revenue = packs × price of the same year
    rows = pl.tab("rev")
    rv = [pl.nums(r, 3) for r in rows]
    for i, pr in enumerate(prods):
        pl.label(rows[i], pr[0])
        for y in Y:
            want = packs[i][y] * (prices[i][y] if prices else pr[3][y]) / 1e6
            if plant.get("rev_line", (None,))[:2] == (y, i):
                pl.wrong(rv[i][y], want, f"revenue-mismatch {pr[0]} {YEARS[y]}")
                pl.eq(rv[i][y], want * plant["rev_line"][2], "the planted revenue line")
            else:
                pl.eq(rv[i][y], want, f"revenue {pr[0]} {YEARS[y]} = packs × price")
    rev = rv[len(prods)]
    for y in Y:
        pl.eq(rev[y], sum(rv[i][y] for i in range(len(prods))), f"revenue total {YEARS[y]}")

    # costs, line by line
    rows = pl.tab("cost")
    cv = [pl.nums(r, 3) for r in rows]
    for j, c in enumerate(p["costs"]):
        pl.label(rows[j], c[1])
        for y in Y:
            kind = c[0]
            if kind == "raw":
                raw = p["raws"][c[2]]
                nd = m["raws"][c[2]]["need"][y]
                want = nd * c[3][y] / 1e6
            elif kind == "share":
                want = rev[y] * c[2]
            elif kind == "packs":
                want = sum(packs[i][y] * c[2][i] for i in range(len(prods))) / 1e6
            elif kind == "count":
                want = p["raws"][c[2]][3][c[3]][1][y] * c[4][y] / 1e6
            elif kind == "row":
                srow = p["raws"][c[2]][3][c[3]]
                want = srow[1][y] * srow[3][y] * c[4][y] / 1e6
            elif kind == "area":
                want = sum(r[1][y] for r in p["raws"][c[2]][3]) * c[3][y] / 1e6
            elif kind == "wages":
                want = fund[y]
            elif kind == "dep":
                want = sum(x[1] for x in p["inv"] if x[2]) / p["life"]
            elif kind == "interest":
                want = p["loan"][y] * p["rate"]
            else:
                want = c[2][y]
            pl.eq(cv[j][y], want, f"cost {c[1]} {YEARS[y]}")
    cost = cv[len(p["costs"])]
    for y in Y:
        lines = sum(cv[j][y] for j in range(len(p["costs"])))
        if plant.get("cost_total", (None,))[0] == y:
            pl.wrong(cost[y], lines, f"table-total-mismatch cost total {YEARS[y]}")
        else:
            pl.eq(cost[y], lines, f"cost total {YEARS[y]} = Σ lines")

    # summary: revenue and cost from the two tables, profit = revenue − cost, margin
    rows = pl.tab("summary")
    srev, scost, sprof, smarg = (pl.nums(r, 3) for r in rows[:4])
    for y in Y:
        pl.eq(srev[y], rev[y], f"summary revenue {YEARS[y]}")
        pl.eq(scost[y], cost[y], f"summary cost {YEARS[y]}")
        if plant.get("profit", (None,))[0] == y:
            pl.wrong(sprof[y], srev[y] - scost[y], f"profit-mismatch {YEARS[y]}")
        else:
            pl.eq(sprof[y], srev[y] - scost[y], f"profit {YEARS[y]} = revenue − cost")
        pl.eq(smarg[y], sprof[y] / srev[y] * 100, f"margin {YEARS[y]}", abs_tol=0.06)
        pl.check(0 < t["margin"][y] < (55 if k == "jq08" else 30), f"true margin {YEARS[y]} {t['margin'][y]} %")

    # payback as printed = investment / (average printed profit + depreciation)
    mt = re.search(r"hoàn vốn[^\n]*?(?:≈|=|khoảng)\s*(\d+,\d)\s*năm", pl.body)
    if not mt:
        pl.failures.append("payback not found")
    else:
        pb = float(mt.group(1).replace(",", "."))
        dep = sum(x[1] for x in p["inv"] if x[2]) / p["life"]
        want = iv[-1] / (sum(sprof) / 3 + dep)
        if k == "jq07":
            pl.wrong(pb, want, "payback-mismatch")
            pl.eq(pb, plant["payback"], "the planted payback")
        else:
            pl.eq(pb, want, "payback", tol=0.05, abs_tol=0.06)

    # growth: the true revenue of the plan years
    g = [t["rev"][y + 1] / t["rev"][y] - 1 for y in (0, 1)]
    if k == "jq08":  # planted unrealistic-growth
        pl.check(t["output"][1] / t["output"][0] > 2.0, "planted growth: 2028 output not over twice 2027")
        pl.check(t["rev"][1] / t["rev"][0] > 2.0, "planted growth: 2028 revenue not over twice 2027")
        pl.check(m["staff"][0] == m["staff"][2], "jq08 must keep the same 4 workers")
        pl.check(not any("nhà màng" in x[0] and "mở rộng" in x[0] for x in p["inv"]),
                 "jq08 must not pay for the new greenhouses")
    else:
        pl.check(max(g) < 0.35, f"revenue growth {g}")
        pl.check(t["rev"][0] / t["h_rev"][-1] - 1 < 0.4, "2027 revenue jumps over 40 % on 2026")


def n0(x: float) -> str:
    s = f"{abs(int(round(x))):,}".replace(",", ".")
    return ("-" if x < 0 else "") + s


def n1(x: float) -> str:
    s = f"{abs(x):,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < -1e-9 else "") + s


# --------------------------------------------------------------------------- the words
def check_text(pl: Plan) -> None:
    k = pl.key
    b = pl.body
    low = b.lower()
    if k != "jq10":
        pl.lacks(PLACEHOLDER, "template placeholder")
    if k in READY:
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
        pl.has_i("nhãn hiệu", "phiếu kết quả thử nghiệm")
        pl.check("tiêu chuẩn cơ sở" in low or "TCCS" in b, "no TCCS")
        pl.check("truy xuất" in low or "QR" in b, "no traceability")
        pl.lacks(REPLACED, "replaced instrument or abolished district level")
        for d, mth, yr in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", b):
            pl.check(int(yr) >= 2029, f"paper valid only to {d}/{mth}/{yr}")
        if k == "jq03":
            pl.has("không phải là thực phẩm", "đăng ký môi trường", "102/2020/NĐ-CP")
        else:
            pl.has_i("an toàn thực phẩm")
        if k in ("jq01", "jq04"):
            pl.has("9/2025/NĐ-CP")
        if k == "jq04":
            pl.has("QCVN 6-2:2010/BYT", "đăng ký môi trường")
        if k == "jq02":
            pl.has("không ghi công dụng chữa bệnh")
    elif k in FULL:
        # the revise plans: outdated-policy only where planted
        if k != "jq06":
            pl.lacks(REPLACED, "replaced instrument or abolished district level")
            pl.has("148/QĐ-TTg")
    if k == "jq05":  # no-alcohol-license
        pl.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "a licence word")
        pl.has("QCVN 6-3:2010/BYT")
        pl.has_i("an toàn thực phẩm", "tiêu chuẩn cơ sở", "đăng ký môi trường", "nhãn hiệu")
    if k == "jq06":  # no-environment-measures, outdated-policy
        pl.lacks(r"môi trường|nước thải|chất thải|mùi|xử lý|rác|bể lắng|biogas|ô nhiễm|vệ sinh", "an environment word")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "02/2017/NĐ-CP", "UBND huyện Lộc Hà",
               "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", "lên Hội đồng cấp huyện")
        pl.lacks(r"148/QĐ-TTg|1489|9/2025/NĐ-CP", "the current instruments")
    if k == "jq07":  # no-product-standard
        pl.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "a product-standard word")
        pl.has("43/2017/NĐ-CP", "QR", "bảo đảm đủ cà gai leo tươi")
        pl.has_i("an toàn thực phẩm", "nhãn hiệu")
    if k == "jq08":  # no-business-registration
        pl.lacks(r"đăng ký|mã số thuế|hộ kinh doanh|doanh nghiệp|hợp tác xã|tổ hợp tác", "a registration word")
        pl.has("gia đình ông Phan Văn Lực", "cam kết", "VietGAP", "thị trường dưa lưới còn rất lớn",
               "giữ nguyên 4 lao động")
    if k == "jq09":  # no-food-safety, name-inconsistent
        pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "a food-safety word")
        pl.has_i("tiêu chuẩn cơ sở", "tự công bố", "phiếu kết quả thử nghiệm", "nhãn hiệu", "đăng ký môi trường")
        pl.check(pl.count("Hợp tác xã Nông sản Yên Phú") >= 3, "the other HTX's name fewer than 3 times")
        pl.check(pl.count("Hợp tác xã Dịch vụ nông nghiệp Cẩm Hưng") >= 2, "own name fewer than 2 times")
    if k == "jq10":  # no-sales-channel, boilerplate, figure-inconsistent
        pl.has("[tên sản phẩm]", "Đề nghị hỗ trợ ……………", "9 bungalow đang đón khách", "6 bungalow × 365 đêm")
        mk = b[b.index("# VI. THỊ TRƯỜNG"):b.index("# VII.")]
        pl.lacks(r"đại lý|lữ hành|công ty du lịch|booking|agoda|traveloka|website|trang web|facebook|zalo|"
                 r"(?<!nhà )sàn|trường học|đặt chỗ|đặt phòng|hợp đồng|kênh", "a sales channel")
        pl.check(not re.search(r"\d{2,}\.\d{3}|đồng", mk), "a price in the market part")
        pl.check(not re.search(r"khách (hàng )?(là|gồm)|học sinh|gia đình|doanh nghiệp|cơ quan", mk),
                 "a customer group in the market part")
        pl.has_i("đăng ký môi trường", "an toàn thực phẩm", "nhãn hiệu")


def check_sketchy(pl: Plan) -> None:
    words = len(pl.body.split())
    pl.check(150 <= words <= 350, f"sketchy plan has {words} words")
    pl.check(not pl.rows, "sketchy plan has a table")
    pl.lacks(r"tiêu chuẩn cơ sở|TCCS|an toàn thực phẩm|nhãn hiệu|truy xuất|môi trường|43/2017", "a paper")
    if pl.key == "jq11":
        pl.has("5.000 chiếc", "60.000 đồng/chiếc", "300 triệu đồng", "80 triệu đồng", "28C8003561", "bão")
    else:
        pl.has("3 tấn", "250.000 đồng/kg", "750 triệu đồng", "120 triệu đồng", "bão")
        pl.lacks(r"đăng ký|mã số thuế|hộ kinh doanh", "a registration word")


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    stems = sorted(p.stem for p in (HERE / "src").glob("*.md"))
    if argv:
        stems = [s for s in stems if any(s.startswith(a) for a in argv)]
    plans = []
    for stem in stems:
        pl = Plan(stem)
        try:
            if pl.key in FULL:
                check_full(pl)
            else:
                check_sketchy(pl)
            check_text(pl)
        except Exception as e:  # a broken table must be reported, not crash the others
            pl.failures.append(f"{type(e).__name__}: {e}")
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
