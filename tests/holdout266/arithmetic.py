"""The 266th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout266/arithmetic.py [jg01 jg05 ...]

Theme: plans that report pilot runs ("sản xuất thử") beside the plan. For every full plan (jg01-jg10)
the constants give the 2026 trial batches (date, raw material in, finished product out), the trial's
raw-material price and its other cost items, its small sales (channel, product, quantity, trial
price) and, for the tourism plan, the trial groups of guests; then the plan itself: the products
(pack size in the plan's base unit, price and packs for 2027-2029), the 2024-2026 history of the
producer's current line, the raw materials with the plan's norm (which may differ from the trial's)
and price, the supply rows (count x yield), the equipment rating x working days, staff by role and
the monthly wage, per-unit cost lines (energy, auxiliary materials, packaging per pack), the selling
share of revenue, fixed lines (depreciation of the fixed investment over its life, interest on the
loan balance, "other"), investment items and capital sources.

From them the script recomputes: trial input/output totals, yield per batch and overall, the trial
norm (input / output), the trial cost total and cost per unit, trial sales (quantity x trial price),
their total and the average trial price per base unit; output = sum of packs x size, capacity and its
use in %, raw-material need = output x the plan's norm against the supply, staff totals, wage fund =
staff x wage x 12, revenue lines = packs x price, every cost line, profit, margin, unit cost and
average price of 2027 (the "trial vs plan" comparison table), investment and sources with their
shares, payback = investment / (average profit + depreciation), and the history revenue. Each figure
is read back from the plan's source (tables found by their caption "Bảng N. ...") and compared with
what the plan prints; the printed model differs from the true one only in the planted defects and
their listed knock-ons, which must be wrong by more than 5 % (true value beside them); everything else
right within 1 % (or 0,11 of the unit printed). Textual defects are asserted by the presence or
absence of their words; ready plans must cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced
instrument or district-level body. Sketchy plans: 150-350 words, no table.
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

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, prices 2027-2029 (đồng), packs 2027-2029)
# hist: the producer's current line 2024-2026 (output, average price đồng, profit triệu)
# trial: raw material of the batches, batches (label, date, input, output), the trial's raw price
#        (đồng per unit of input), other cost items (nghìn đồng), sales (channel, product index,
#        quantity, trial price đồng); jg10: groups (label, date, tour index, guests, trial price)
# raws: (label, unit, plan norm per base unit, price đồng, supply rows (label, counts, word, yield))
# aux: per-unit cost lines (đồng per base unit); packcost: đồng per pack of each product
# cap: (rating per day, working days); roles: staff per year; wage: triệu đồng per month
# sell: selling cost as a share of revenue; other: fixed "other" line (triệu)
# inv: (item, triệu, fixed asset?); src: (source, triệu); life: years; loan: balance; rate
PLANS = {
    "jg01": dict(
        unit="kg",
        products=[("Mì gạo sợi nhỏ, gói 500 g", "gói", 0.5, [28000, 29000, 30000], [60000, 68000, 76000]),
                  ("Mì gạo lứt, gói 300 g", "gói", 0.3, [24000, 25000, 26000], [40000, 46000, 52000]),
                  ("Mì gạo, thùng 5 kg cho quán", "thùng", 5, [250000, 255000, 260000], [2400, 2800, 3200])],
        hist=dict(label="Bún tươi", out=[152000, 158000, 163000], price=[12000, 12500, 13000],
                  profit=[136.8, 150.1, 164.6]),
        trial=dict(raw="Gạo tẻ, gạo lứt", batches=[("Mẻ 1", "14/3/2026", 300, 224), ("Mẻ 2", "11/4/2026", 400, 304),
                                                   ("Mẻ 3", "16/5/2026", 400, 308), ("Mẻ 4", "20/6/2026", 500, 390)],
                   raw_price=15000,
                   costs=[("Bao bì, túi, thùng", 2460), ("Điện, củi, nước", 3680),
                          ("Công lao động (128 công)", 32000), ("Kiểm nghiệm mẫu", 3500),
                          ("Vận chuyển, trưng bày", 2200)],
                   sales=[("Hội chợ nông sản tỉnh", 0, 400, 25000), ("5 cửa hàng thực phẩm", 0, 900, 25000),
                          ("Cửa hàng OCOP", 1, 800, 22000), ("12 quán bún, phở", 2, 60, 230000)]),
        raws=[("Gạo tẻ, gạo lứt", "kg", 1.28, 15000,
               [("HTX Nông nghiệp Tân Phong (hợp đồng)", [1, 1, 1], "hợp đồng", 40000),
                ("Hộ trồng lúa thôn Tân Phong", [40, 40, 40], "hộ", 800),
                ("Hộ trồng lúa thôn Tân Hòa", [35, 35, 35], "hộ", 800)])],
        aux=[("Điện, nước, nhiên liệu", 2500)],
        packcost=[1500, 1200, 12000],
        cap=(280, 300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm, xay, tráng, hấp", [4, 4, 5]),
               ("Sấy, cắt, đóng gói", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        sell=0.06, other=60,
        inv=[("Dây chuyền tráng, hấp, cắt sợi", 780, True), ("Máy sấy tuy-nen 3 buồng", 520, True),
             ("Cải tạo xưởng mì 180 m²", 360, True), ("Máy đóng gói, hàn miệng túi", 140, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 1400), ("Vay Ngân hàng Nông nghiệp và PTNT", 800)],
        life=10, loan=[800, 600, 400], rate=0.08),
    "jg02": dict(
        unit="kg",
        products=[("Trà túi lọc cà gai leo, hộp 20 túi × 3 g", "hộp", 0.06, [36000, 37000, 38000], [30000, 34000, 38000]),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [110000, 112000, 115000], [2400, 2800, 3200]),
                  ("Cà gai leo khô, bao 5 kg cho đại lý", "bao", 5, [900000, 920000, 940000], [120, 140, 160])],
        hist=dict(label="Cà gai leo khô bán buôn", out=[2600, 2900, 3150], price=[150000, 155000, 160000],
                  profit=[46.8, 56.2, 65.5]),
        trial=dict(raw="Cà gai leo tươi", batches=[("Mẻ 1", "09/4/2026", 350, 68), ("Mẻ 2", "23/4/2026", 400, 79),
                                                  ("Mẻ 3", "14/5/2026", 400, 80), ("Mẻ 4", "04/6/2026", 450, 91),
                                                  ("Mẻ 5", "25/6/2026", 400, 80)],
                   raw_price=7000,
                   costs=[("Túi lọc, hộp, túi", 12600), ("Điện sấy", 2100), ("Công lao động (160 công)", 35200),
                          ("Kiểm nghiệm mẫu", 4200)],
                   sales=[("Hội chợ OCOP tỉnh", 0, 500, 35000), ("4 nhà thuốc đông y", 1, 120, 105000),
                          ("Khách quen, bán online", 0, 1200, 35000)]),
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 5.0, 7000,
               [("Vùng trồng của hợp tác xã", [2.5, 2.5, 2.5], "ha", 8000),
                ("Hộ thành viên thôn Tân Hà", [12, 12, 12], "hộ", 600)])],
        aux=[("Điện sấy, nước", 5000)],
        packcost=[6500, 3000, 10000],
        cap=(24, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái", [2, 2, 2]),
               ("Sơ chế, sấy, đóng gói", [3, 3, 4]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        sell=0.08, other=50,
        inv=[("Nhà sấy, phòng đóng gói 120 m²", 220, True), ("Máy sấy bơm nhiệt 2 buồng", 280, True),
             ("Máy đóng trà túi lọc", 260, True), ("Máy thái, máy nghiền dược liệu", 60, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 210, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "jg03": dict(
        unit="lít",
        products=[("Nước bưởi ép, chai 330 ml", "chai", 0.33, [25000, 25000, 26000], [40000, 46000, 52000]),
                  ("Nước bưởi ép, chai 1 lít", "chai", 1, [65000, 65000, 68000], [6000, 7000, 8000])],
        hist=dict(label="Bưởi quả tươi", out=[27000, 27800, 28500], price=[16000, 17000, 18000],
                  profit=[108.0, 118.2, 128.3]),
        trial=dict(raw="Quả bưởi loại 2", batches=[("Mẻ 1", "18/8/2026", 200, 71), ("Mẻ 2", "25/8/2026", 300, 108),
                                                  ("Mẻ 3", "02/9/2026", 300, 109), ("Mẻ 4", "10/9/2026", 400, 146),
                                                  ("Mẻ 5", "17/9/2026", 400, 145)],
                   raw_price=5000,
                   costs=[("Chai, nắp, nhãn", 2100), ("Điện, gas thanh trùng", 1400), ("Công lao động (30 công)", 7500),
                          ("Kiểm nghiệm mẫu", 3800), ("Bảo quản, vận chuyển", 900)],
                   sales=[("6 quán giải khát", 0, 900, 20000), ("Khách tham quan vườn", 0, 500, 22000),
                          ("Cửa hàng thực phẩm sạch", 1, 80, 55000)]),
        raws=[("Quả bưởi loại 2", "kg", 2.6, 5000,
               [("Quả loại 2 từ vườn của hộ", [2, 2, 2], "ha", 4000),
                ("Hộ trồng bưởi thôn Phúc Tân", [22, 22, 22], "hộ", 2000),
                ("HTX Bưởi Phúc Trạch (hợp đồng)", [1, 1, 1], "hợp đồng", 20000)])],
        aux=[("Đường, điện, nước, gas", 3000)],
        packcost=[3500, 7000],
        cap=(200, 150),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Bóc, ép, lọc, thanh trùng", [3, 3, 4]),
               ("Chiết rót, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.0],
        sell=0.07, other=30,
        inv=[("Máy bóc vỏ, máy ép bưởi", 220, True), ("Thiết bị thanh trùng, chiết rót", 280, True),
             ("Kho lạnh 40 m³", 160, True), ("Cải tạo phòng chế biến 50 m²", 120, True),
             ("Chai, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "jg04": dict(
        unit="kg",
        products=[("Nhang quế, hộp 200 g", "hộp", 0.2, [42000, 43000, 44000], [20000, 23000, 26000]),
                  ("Nhang thảo mộc, bó 500 g", "bó", 0.5, [70000, 72000, 74000], [6000, 7000, 8000]),
                  ("Nhang vòng quế, hộp 250 g", "hộp", 0.25, [60000, 62000, 64000], [4000, 4600, 5200])],
        hist=dict(label="Nhang truyền thống", out=[6200, 6600, 7000], price=[95000, 98000, 100000],
                  profit=[70.7, 77.6, 84.0]),
        trial=dict(raw="Bột hương", batches=[("Mẻ 1", "10/3/2026", 50, 60), ("Mẻ 2", "07/4/2026", 60, 74),
                                            ("Mẻ 3", "12/5/2026", 80, 100), ("Mẻ 4", "16/6/2026", 100, 126)],
                   raw_price=38000,
                   costs=[("Tăm tre (72 kg)", 2520), ("Hộp, giấy gói", 1900), ("Công lao động (100 công)", 20000),
                          ("Thử nghiệm mẫu", 2800)],
                   sales=[("3 chùa, đền trong xã", 1, 140, 60000), ("4 cửa hàng đồ thờ", 0, 600, 40000),
                          ("Hội chợ, khách quen", 2, 200, 55000)]),
        raws=[("Bột hương (quế, bời lời, gỗ)", "kg", 0.8, 38000,
               [("Hộ trồng quế thôn Kim Lộc", [15, 15, 15], "hộ", 150),
                ("Cơ sở xay bột bời lời Đại Hòa", [1, 1, 1], "hợp đồng", 7500)]),
              ("Tăm tre", "kg", 0.18, 35000,
               [("Hộ chẻ tăm thôn Kim Lộc", [12, 12, 12], "hộ", 180)])],
        aux=[("Điện, nước", 2000)],
        packcost=[4000, 3500, 5000],
        cap=(48, 280),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Xay, trộn bột", [1, 1, 1]),
               ("Se nhang, phơi sấy", [4, 5, 5]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        sell=0.08, other=60,
        inv=[("Máy se nhang thứ ba", 120, True), ("Lò sấy nhang bằng hơi nóng", 150, True),
             ("Máy trộn bột, chụp hút bụi", 80, True), ("Nhà xưởng, sân phơi có mái", 250, True),
             ("Thiết kế hộp, tem truy xuất", 40, False), ("Nhãn hiệu, thử nghiệm", 25, False),
             ("Vốn lưu động", 185, False)],
        src=[("Vốn góp của tổ viên", 550), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 220, 140], rate=0.066),
    "jg05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [75000, 77000, 80000], [30000, 36000, 45000]),
                  ("Rượu nếp sim, bình sứ 1,5 lít", "bình", 1.5, [280000, 285000, 290000], [2000, 2400, 2800]),
                  ("Rượu nếp 40 độ, can 5 lít", "can", 5, [320000, 330000, 340000], [1200, 1400, 1800])],
        hist=dict(label="Rượu nếp trắng", out=[15500, 16800, 18000], price=[95000, 98000, 100000],
                  profit=[161.9, 181.1, 198.0]),
        trial=dict(raw="Gạo nếp", batches=[("Mẻ 1", "06/4/2026", 120, 72), ("Mẻ 2", "20/4/2026", 120, 74),
                                          ("Mẻ 3", "11/5/2026", 150, 95), ("Mẻ 4", "25/5/2026", 150, 94),
                                          ("Mẻ 5", "08/6/2026", 160, 101)],
                   raw_price=22000,
                   costs=[("Sim chín (130 kg)", 3250), ("Men lá, củi", 2600), ("Chai, bình, can", 3900),
                          ("Công lao động (45 công)", 11250), ("Kiểm nghiệm mẫu", 4500)],
                   sales=[("7 nhà hàng, quán ăn", 0, 300, 75000), ("Khách tham quan HTX", 0, 240, 80000),
                          ("Hội chợ OCOP", 1, 40, 260000)]),
        raws=[("Gạo nếp", "kg", 1.6, 25000,
               [("Ruộng nếp của thành viên", [45, 45, 45], "hộ", 700),
                ("HTX Nông nghiệp Thạch Đài", [1, 1, 1], "hợp đồng", 30000)]),
              ("Quả sim chín", "kg", 0.3, 25000,
               [("Hộ hái sim đồi thôn Bàu Láng", [50, 50, 50], "hộ", 250)])],
        aux=[("Men lá, củi, điện, nước", 6000)],
        packcost=[9000, 45000, 15000],
        cap=(120, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [4, 4, 4]),
               ("Ngâm, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        sell=0.07, other=60,
        inv=[("Nhà nấu, kho thành phẩm 150 m²", 500, True),
             ("Hệ thống lọc, khử andehit, chiết rót", 320, True), ("Kho ủ rượu, hạ thổ 80 m²", 300, True),
             ("Chum sành, bình ủ", 100, True), ("Hầm biogas, bể chứa bỗng", 120, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của thành viên", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 900)],
        life=10, loan=[900, 700, 500], rate=0.08),
    "jg06": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, [150000, 155000, 160000], [4000, 4600, 5200]),
                  ("Mật ong hoa rừng, chai 1 kg", "chai", 1, [330000, 340000, 350000], [1200, 1400, 1600]),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, [420000, 430000, 440000], [300, 360, 420])],
        hist=dict(label="Mật ong thô", out=[2600, 2750, 2860], price=[120000, 125000, 130000],
                  profit=[62.4, 68.8, 74.4]),
        trial=dict(raw="Mật ong thô", batches=[("Mẻ 1", "15/5/2026", 100, 94), ("Mẻ 2", "29/5/2026", 120, 113),
                                              ("Mẻ 3", "12/6/2026", 150, 142), ("Mẻ 4", "26/6/2026", 150, 141),
                                              ("Mẻ 5", "10/7/2026", 180, 170)],
                   raw_price=130000,
                   costs=[("Chai, nắp", 3400), ("Điện", 600), ("Công lao động (20 công)", 5000),
                          ("Kiểm nghiệm mẫu", 3600)],
                   sales=[("Khách quen trong xã", 0, 400, 140000), ("5 cửa hàng thực phẩm sạch", 1, 180, 310000),
                          ("Bán qua Zalo, Facebook", 0, 300, 140000)]),
        raws=[("Mật ong thô", "kg", 1.06, 130000,
               [("Đàn ong của hộ", [220, 230, 240], "đàn", 13),
                ("Hộ nuôi ong thôn Khe Sắn", [16, 16, 16], "hộ", 100)])],
        aux=[("Điện, nước", 1500)],
        packcost=[5000, 8000, 15000],
        cap=(40, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Hạ thủy phần, lọc, đóng chai", [1, 1, 1]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        sell=0.06, other=25,
        inv=[("Máy hạ thủy phần 40 kg/mẻ", 180, True), ("Phòng lọc, đóng chai 25 m²", 120, True),
             ("Bổ sung thùng ong, đàn giống", 60, True), ("Chai, can, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066),
    "jg07": dict(
        unit="kg",
        products=[("Chả cá thu, hộp 500 g", "hộp", 0.5, [140000, 145000, 150000], [16000, 18000, 20000]),
                  ("Chả cá hấp lá chuối, cây 1 kg", "cây", 1, [230000, 235000, 240000], [4000, 4600, 5200]),
                  ("Chả cá viên, túi 500 g", "túi", 0.5, [85000, 88000, 90000], [8000, 9000, 10000])],
        hist=dict(label="Cá khô, mực khô", out=[21000, 22000, 23500], price=[180000, 185000, 190000],
                  profit=[226.8, 244.2, 267.9]),
        trial=dict(raw="Cá tươi", batches=[("Mẻ 1", "05/5/2026", 100, 50), ("Mẻ 2", "19/5/2026", 150, 77),
                                          ("Mẻ 3", "02/6/2026", 200, 102), ("Mẻ 4", "16/6/2026", 250, 128),
                                          ("Mẻ 5", "30/6/2026", 300, 155)],
                   raw_price=45000,
                   costs=[("Bột năng, gia vị, lá chuối", 6100), ("Hộp, túi", 2000), ("Điện, đá lạnh", 3000),
                          ("Công lao động (60 công)", 15000), ("Kiểm nghiệm mẫu", 4800)],
                   sales=[("Hội chợ, phiên chợ OCOP", 0, 300, 160000), ("8 nhà hàng, quán ăn", 1, 150, 210000),
                          ("3 siêu thị mini", 2, 200, 80000)]),
        raws=[("Cá tươi (cá thu, cá mối, cá nhám)", "kg", 1.9, 45000,
               [("Tàu cá của cổ đông", [5, 5, 5], "tàu", 4000),
                ("Vựa cá cảng Cửa Hội", [2, 2, 2], "vựa", 12000)])],
        aux=[("Bột năng, gia vị, lá chuối", 12000), ("Điện, nước, đá lạnh", 6000)],
        packcost=[4000, 3000, 2500],
        cap=(90, 290),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, lọc cá", [3, 3, 3]),
               ("Quết, định hình, hấp", [4, 4, 5]), ("Bao gói, kho, bán hàng", [3, 3, 3])],
        wage=[6.5, 6.8, 7.1],
        sell=0.07, other=80,
        inv=[("Nhà xưởng chế biến 200 m²", 650, True), ("Máy xay, máy quết chả (2 máy)", 250, True),
             ("Kho cấp đông, tủ đông", 400, True), ("Tủ hấp, máy hút chân không", 250, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 500, False)],
        src=[("Vốn góp của cổ đông", 1100), ("Vay Ngân hàng thương mại", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08),
    "jg08": dict(
        unit="lít",
        products=[("Dầu gội bồ kết vỏ bưởi, chai 300 ml", "chai", 0.3, [65000, 67000, 70000], [6000, 7000, 8000]),
                  ("Dầu gội bồ kết hương nhu, chai 500 ml", "chai", 0.5, [95000, 98000, 100000], [3000, 3500, 4000]),
                  ("Nước gội bồ kết cô đặc, can 2 lít", "can", 2, [200000, 205000, 210000], [300, 360, 420])],
        hist=None,
        trial=dict(raw="Quả bồ kết khô", batches=[("Mẻ 1", "08/3/2026", 10, 48), ("Mẻ 2", "05/4/2026", 12, 58),
                                                 ("Mẻ 3", "03/5/2026", 15, 74), ("Mẻ 4", "31/5/2026", 15, 76),
                                                 ("Mẻ 5", "28/6/2026", 20, 101)],
                   raw_price=60000,
                   costs=[("Vỏ bưởi, hương nhu, sả", 900), ("Chất tạo bọt, phụ liệu", 6400), ("Chai, nắp", 2600),
                          ("Củi, điện", 500), ("Công lao động (25 công)", 5000)],
                   sales=[("Chợ xã, người quen", 0, 400, 55000), ("3 tiệm gội đầu", 2, 40, 180000),
                          ("Bán qua Facebook", 1, 150, 85000)]),
        raws=[("Quả bồ kết khô", "kg", 0.2, 60000,
               [("Cây bồ kết của gia đình", [35, 35, 35], "cây", 8),
                ("Hộ có bồ kết thôn Tân Thủy", [40, 40, 40], "hộ", 25)]),
              ("Vỏ bưởi, hương nhu, sả tươi", "kg", 0.5, 6000,
               [("Vườn nhà và hộ trong thôn", [20, 20, 20], "hộ", 150)])],
        aux=[("Chất tạo bọt gốc dừa, phụ liệu", 18000), ("Điện, củi, nước", 2500)],
        packcost=[6000, 8000, 12000],
        cap=(30, 250),
        roles=[("Chủ cơ sở", [1, 1, 1]), ("Nấu, lọc, chiết chai", [2, 2, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        sell=0.08, other=20,
        inv=[("Nồi nấu inox 200 lít có cánh khuấy", 90, True), ("Máy lọc, bồn chứa, máy chiết rót", 110, True),
             ("Cải tạo gian sản xuất 40 m²", 100, True), ("Thiết kế chai, nhãn", 30, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của gia đình", 250), ("Vay Quỹ hỗ trợ phụ nữ phát triển kinh tế", 150)],
        life=8, loan=[150, 100, 50], rate=0.066),
    "jg09": dict(
        unit="kg",
        products=[("Cam sấy dẻo, túi 200 g", "túi", 0.2, [55000, 57000, 59000], [20000, 23000, 26000]),
                  ("Cam sấy dẻo, hộp quà 500 g", "hộp", 0.5, [150000, 155000, 160000], [4000, 4600, 5200]),
                  ("Cam sấy dẻo, túi 1 kg cho đại lý", "túi", 1, [260000, 265000, 270000], [1000, 1200, 1400])],
        hist=dict(label="Cam quả tươi", out=[36000, 38000, 39000], price=[15000, 16000, 17000],
                  profit=[91.8, 103.4, 112.7]),
        trial=dict(raw="Cam tươi loại 2", batches=[("Mẻ 1", "12/1/2026", 150, 23), ("Mẻ 2", "26/1/2026", 200, 32),
                                                  ("Mẻ 3", "09/2/2026", 250, 40), ("Mẻ 4", "23/2/2026", 300, 48),
                                                  ("Mẻ 5", "09/3/2026", 300, 47)],
                   raw_price=8000,
                   costs=[("Đường, mạch nha", 3420), ("Túi, hộp", 1300), ("Điện, gas sấy", 1900),
                          ("Công lao động (40 công)", 9200), ("Kiểm nghiệm mẫu", 4000)],
                   sales=[("4 cửa hàng đặc sản", 0, 300, 55000), ("Hội chợ Xuân", 1, 120, 150000),
                          ("Khách quen, đặt online", 0, 200, 58000)]),
        raws=[("Cam tươi (cam chanh, cam bù loại 2)", "kg", 6.0, 8000,
               [("Vườn cam của công ty", [4, 4, 4], "ha", 10000),
                ("Hộ trồng cam thôn Trung Hà", [15, 15, 15], "hộ", 1500)])],
        aux=[("Đường, mạch nha", 18000), ("Điện, gas sấy", 9000)],
        packcost=[2500, 12000, 5000],
        cap=(40, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Gọt, thái, ngâm đường", [3, 3, 3]),
               ("Sấy, đóng gói", [3, 3, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8],
        sell=0.07, other=50,
        inv=[("Máy sấy bơm nhiệt 2 tủ", 360, True), ("Máy gọt vỏ, thái lát cam", 180, True),
             ("Nồi ngâm, cô đường inox", 90, True), ("Cải tạo xưởng 150 m²", 370, True),
             ("Bao bì, kiểm nghiệm", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08),
    "jg10": dict(
        unit="lượt khách",
        products=[("Trải nghiệm nửa ngày", "lượt", 1, [250000, 260000, 270000], [2400, 6000, 12000]),
                  ("Trải nghiệm một ngày có bữa trưa", "lượt", 1, [450000, 460000, 480000], [900, 2200, 4400]),
                  ("Lưu trú homestay 1 đêm 2 ngày", "lượt", 1, [900000, 920000, 950000], [300, 700, 1400])],
        hist=None,
        trial=dict(groups=[("Đoàn 1", "18/4/2026", 0, 24, 200000), ("Đoàn 2", "02/5/2026", 1, 18, 350000),
                           ("Đoàn 3", "23/5/2026", 0, 32, 200000), ("Đoàn 4", "13/6/2026", 2, 12, 700000),
                           ("Đoàn 5", "27/6/2026", 1, 26, 350000), ("Đoàn 6", "11/7/2026", 0, 36, 200000)],
                   costs=[("Thực phẩm, bữa ăn", 9600), ("Nguyên liệu trải nghiệm", 2960),
                          ("Công phục vụ (52 công)", 13000), ("Điện, nước, giặt là", 1850),
                          ("Quà lưu niệm, ảnh", 2100)]),
        raws=[("Thực phẩm địa phương (rau, gà, cá)", "kg", 0.5, 70000,
               [("Hộ thành viên cung cấp thực phẩm", [30, 30, 30], "hộ", 400)])],
        aux=[("Nguyên liệu trải nghiệm", 20000), ("Điện, nước, giặt là", 15000)],
        packcost=[0, 0, 0],
        cap=(80, 300),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Hướng dẫn viên", [3, 3, 3]),
               ("Nấu ăn, buồng phòng", [2, 2, 2]), ("Bảo vệ, đưa đón", [1, 1, 1])],
        wage=[6.0, 6.2, 6.4],
        sell=0.10, other=60,
        inv=[("Nhà đón khách, nhà ăn 150 m²", 600, True), ("Cải tạo 4 phòng homestay", 400, True),
             ("Thuyền, xe đạp, dụng cụ", 150, True), ("Nhà vệ sinh, bãi đỗ xe", 250, True),
             ("Biển chỉ dẫn, tờ giới thiệu", 50, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của thành viên", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 800)],
        life=10, loan=[800, 600, 400], rate=0.08),
}


def model(k):
    P = PLANS[k]
    m = {}
    pr = P["products"]
    m["packs"] = [list(p[4]) for p in pr]
    m["prices"] = [list(p[3]) for p in pr]
    m["out"] = [sum(p[4][y] * p[2] for p in pr) for y in Y]
    m["rev_lines"] = [[p[4][y] * p[3][y] / 1e6 for y in Y] for p in pr]
    m["rev"] = [sum(l[y] for l in m["rev_lines"]) for y in Y]
    per_day, days = P["cap"]
    m["cap"] = per_day * days
    m["use"] = [m["out"][y] / m["cap"] * 100 for y in Y]
    # raw materials
    m["raw"] = []
    for lab, unit, norm, price, rows in P["raws"]:
        sup_rows = [[r[1][y] * r[3] for y in Y] for r in rows]
        sup = [sum(s[y] for s in sup_rows) for y in Y]
        need = [m["out"][y] * norm for y in Y]
        m["raw"].append(dict(label=lab, rows=sup_rows, sup=sup, need=need,
                             spare=[sup[y] - need[y] for y in Y],
                             cost=[need[y] * price / 1e6 for y in Y]))
    # trial
    t = P.get("trial")
    if t and "groups" in t:
        m["t_guests"] = sum(g[3] for g in t["groups"])
        m["t_sales"] = [g[3] * g[4] for g in t["groups"]]
        m["t_sales_total"] = sum(m["t_sales"])
        m["t_cost"] = sum(c[1] for c in t["costs"])
        m["t_unit_cost"] = m["t_cost"] * 1000 / m["t_guests"]
        m["t_avg_price"] = m["t_sales_total"] / m["t_guests"]
    if t and "batches" in t:
        tin = sum(b[2] for b in t["batches"])
        tout = sum(b[3] for b in t["batches"])
        m["t_in"], m["t_out"] = tin, tout
        m["t_yield"] = [b[3] / b[2] * 100 for b in t["batches"]]
        m["t_yield_all"] = tout / tin * 100
        m["t_norm"] = tin / tout
        m["t_raw_cost"] = tin * t["raw_price"] / 1000  # nghìn đồng
        m["t_cost"] = m["t_raw_cost"] + sum(c[1] for c in t["costs"])
        m["t_unit_cost"] = m["t_cost"] * 1000 / tout
        m["t_sales"] = [s[2] * s[3] for s in t["sales"]]  # đồng
        m["t_sales_total"] = sum(m["t_sales"])
        m["t_sold"] = sum(s[2] * pr[s[1]][2] for s in t["sales"])
        m["t_avg_price"] = m["t_sales_total"] / m["t_sold"]
    # staff
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["wage_fund"] = [m["staff"][y] * P["wage"][y] * 12 for y in Y]
    # costs
    lines = []
    for r in m["raw"]:
        lines.append(("raw:" + r["label"], r["cost"]))
    for lab, per in P["aux"]:
        lines.append(("aux:" + lab, [m["out"][y] * per / 1e6 for y in Y]))
    if any(P["packcost"]):
        lines.append(("pack", [sum(m["packs"][i][y] * P["packcost"][i] for i in range(len(pr))) / 1e6
                               for y in Y]))
    lines.append(("wages", m["wage_fund"]))
    fixed = sum(i[1] for i in P["inv"] if i[2])
    m["fixed"] = fixed
    m["dep"] = fixed / P["life"]
    lines.append(("dep", [m["dep"]] * 3))
    lines.append(("interest", [P["loan"][y] * P["rate"] for y in Y]))
    lines.append(("sell", [m["rev"][y] * P["sell"] for y in Y]))
    lines.append(("other", [P["other"]] * 3))
    m["cost_lines"] = lines
    m["cost"] = [sum(l[1][y] for l in lines) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["unit_cost"] = [m["cost"][y] * 1e6 / m["out"][y] for y in Y]
    m["avg_price"] = [m["rev"][y] * 1e6 / m["out"][y] for y in Y]
    m["inv"] = sum(i[1] for i in P["inv"])
    m["src"] = sum(s[1] for s in P["src"])
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    if P.get("hist"):
        h = P["hist"]
        m["h_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in Y]
    return m



# --------------------------------------------------------------------------- planted figures
JG05_PROFIT_2028 = 838.0  # summary "Lợi nhuận" 2028 (true 654,6)
JG06_COST_TOTAL_2029 = 1054.2  # cost table "Tổng chi phí" 2029 (its lines add up to 1.171,3)
JG07_TRIAL_PRICE = 160000  # 2027 line of the 500 g box reckoned at the trial price (plan 140.000)
JG08_SOURCES = 400  # the sources add up to 400 while the investment is 480
JG09_TEXT_OUTPUT = 8400  # objectives: "năm 2027 ... 8.400 kg" (every table: 7.000)
JG09_TEXT_PAYBACK = 1.8  # "khoảng 1,8 năm" (true 1.400 / (464,9 + 100) = 2,5)


def printed(k):
    """The figures as the plan prints them: the true model with the planted defects and the
    figures the plan's author derived from them (knock-ons)."""
    m = model(k)
    p = copy.deepcopy(m)
    P = PLANS[k]
    if k == "jg05":
        p["profit"][1] = JG05_PROFIT_2028
    if k == "jg06":
        p["cost"][2] = JG06_COST_TOTAL_2029
        p["profit"][2] = p["rev"][2] - p["cost"][2]
    if k == "jg07":
        p["rev_lines"][0][0] = P["products"][0][4][0] * JG07_TRIAL_PRICE / 1e6
        p["rev"][0] = sum(line[0] for line in p["rev_lines"])
        p["cost_lines"] = [(lab, ([P["sell"] * p["rev"][y] for y in Y] if lab == "sell" else v))
                           for lab, v in p["cost_lines"]]
        p["cost"][0] = sum(v[0] for _, v in p["cost_lines"])
        p["profit"][0] = p["rev"][0] - p["cost"][0]
        p["unit_cost"][0] = p["cost"][0] * 1e6 / p["out"][0]
    if k == "jg08":
        p["src"] = JG08_SOURCES
    for y in Y:
        p["margin"][y] = p["profit"][y] / p["rev"][y] * 100
    p["payback"] = p["inv"] / (sum(p["profit"]) / 3 + p["dep"])
    if k == "jg09":
        p["payback"] = JG09_TEXT_PAYBACK
    return p


# --------------------------------------------------------------------------- other constants
# figures the prose and a few tables use besides PLANS
JG04_TRIAL_STICKS = 72  # kg of bamboo sticks in the four trial batches
JG05_TRIAL_SIM = 130  # kg of ripe sim berries soaked with the trial spirit
SURVEY = {"jg08": 120, "jg10": 148}  # people asked in the trial's survey
# knock-on figures: (key, year) of the printed model allowed to differ from the true one
KNOCK = {
    "jg05": {("profit", 1), ("margin", 1), ("payback", None)},
    "jg06": {("cost", 2), ("profit", 2), ("margin", 2), ("payback", None)},
    "jg07": {("rev_lines", 0), ("rev", 0), ("cost_lines", 0), ("cost", 0), ("profit", 0), ("margin", 0),
             ("unit_cost", 0), ("payback", None)},
    "jg08": {("src", None)},
    "jg09": {("payback", None)},
}
READY = ("jg01", "jg02", "jg03", "jg04")
SKETCHY = ("jg11", "jg12")
STEMS = {
    "jg01": "jg01_mi_gao_dong_tien_cty", "jg02": "jg02_tra_ca_gai_leo_thinh_loc_htx",
    "jg03": "jg03_nuoc_buoi_ep_tuong_vy_hkd", "jg04": "jg04_nhang_que_kim_loc_tht",
    "jg05": "jg05_ruou_nep_sim_thach_binh_htx", "jg06": "jg06_mat_ong_huong_do_hkd",
    "jg07": "jg07_cha_ca_cuong_gian_ctcp", "jg08": "jg08_dau_goi_bo_ket_hoa_mai",
    "jg09": "jg09_cam_say_deo_son_ha_cty", "jg10": "jg10_du_lich_trai_nghiem_khe_giao_htx",
    "jg11": "jg11_banh_ram_tung_loc_so_sai", "jg12": "jg12_ruou_men_la_huong_lam_so_sai",
}
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)|thị xã|Sở Kế hoạch và Đầu tư|Nông nghiệp và Phát triển nông thôn")


def fmt(x: float, d: int = 0) -> str:
    """Vietnamese number as the plans print it: 1.234,5."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


_CELL = re.compile(r"^[\d.,]+$")


def num(cell: str) -> float | None:
    return vn(cell) if _CELL.match(cell) else None


def near(a: float, b: float, d: int = 1) -> bool:
    """Equal within 1 % or half a unit of the last printed digit (plus a little)."""
    return close(a, b) or abs(a - b) <= 0.6 * 10 ** -d + 1e-9


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> list[list[str]]:
        """Rows (without the header) of the table whose caption 'Bảng N. ...' contains title."""
        lines = self.body.splitlines()
        caps = [(i, re.sub(r"^Bảng \d+\. ", "", x.strip())) for i, x in enumerate(lines)
                if re.match(r"Bảng \d+\. ", x.strip())]
        exact = [i for i, c in caps if c == title]
        loose = [i for i, c in caps if title.lower() in c.lower()]
        for i in (exact or loose)[:1]:
            rows, started = [], False
            for x in lines[i + 1:]:
                x = x.strip()
                if x.startswith("|"):
                    cells = [c.strip() for c in x.strip("|").split("|")]
                    if not all(set(c) <= set("-: ") for c in cells):
                        rows.append(cells)
                    started = True
                elif started and x:
                    break
                elif not started and x and not x.startswith("ĐVT"):
                    break
            return rows[1:]
        self.failures.append(f"table not found: {title}")
        return []

    def trow(self, title: str, label: str, n: int = 3, skip: int = 0) -> list[float]:
        """Last n numbers of the (skip+1)-th row of a table whose first or second cell starts with label."""
        seen = 0
        exact = label.endswith("|")
        lab = label.rstrip("|")
        for r in self.table(title):
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [v for c in r[1:] if (v := num(c)) is not None]
                if len(nums) >= n:
                    if seen == skip:
                        return nums[-n:]
                    seen += 1
        self.failures.append(f"row not found: {title} / {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, d: int = 1) -> None:
        if not near(got, want, d):
            self.failures.append(f"{what}: printed {got} but {want:.3f}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted figure: must be off by more than 5 %."""
        if not off(got, true):
            self.failures.append(f"planted {what}: printed {got} is within 5 % of the true {true:.1f}")

    def says(self, *values: tuple) -> None:
        """Numbers the prose states: (value, decimals) formatted the Vietnamese way must appear."""
        for v, d in values:
            if fmt(v, d) not in self.body:
                self.failures.append(f"text does not state {fmt(v, d)}")

    def payback_text(self) -> float:
        mm = re.search(r"hoàn vốn (?:sau )?khoảng ([\d,]+) năm", self.body, re.I)
        if not mm:
            self.failures.append("no payback sentence")
            return 0.0
        return vn(mm.group(1))

    def caption(self, pattern: str) -> str:
        """The caption text (after 'Bảng N. ') of the first table whose caption matches pattern."""
        for x in self.body.splitlines():
            mm = re.match(r"Bảng \d+\. (.*)$", x.strip())
            if mm and re.search(pattern, mm.group(1)):
                return mm.group(1)
        self.failures.append(f"no table caption matching {pattern!r}")
        return "\x00"

    def has_i(self, *snippets: str) -> None:
        for sn in snippets:
            if sn.lower() not in self.body.lower():
                self.failures.append(f"text not found: {sn!r}")

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


# --------------------------------------------------------------------------- checks
def compare_rows(k: str, m: dict, p: dict) -> list[tuple[str, float, float, int]]:
    """The 'trial vs plan' table: (row label, trial value, plan value, decimals of the trial value)."""
    P = PLANS[k]
    if k == "jg10":
        t = P["trial"]
        return [("Số lượt khách", m["t_guests"], m["out"][0], 0),
                ("Giá gói nửa ngày", t["groups"][0][4], P["products"][0][3][0], 0),
                ("Doanh thu bình quân", m["t_avg_price"], m["avg_price"][0], 0),
                ("Chi phí bình quân", m["t_unit_cost"], m["unit_cost"][0], 0)]
    norm = P["raws"][0][2]
    rows = [("Định mức", m["t_norm"], norm, 2)]
    if k in ("jg03",):
        rows.append(("Tỷ lệ", m["t_out"] / m["t_in"], 1 / norm, 3))
    elif k in ("jg01", "jg02", "jg06", "jg07", "jg09"):
        rows.append(("Tỷ lệ", m["t_yield_all"], 100 / norm, 1))
    if k == "jg04":
        rows.append(("Định mức tăm tre", JG04_TRIAL_STICKS / m["t_out"], P["raws"][1][2], 3))
    if k == "jg05":
        rows.append(("Lượng sim chín", JG05_TRIAL_SIM / m["t_out"], P["raws"][1][2], 2))
    rows.append(("Sản lượng", m["t_out"], m["out"][0], 0))
    if k == "jg02":
        rows.append(("Giá hộp trà", P["trial"]["sales"][0][3], P["products"][0][3][0], 0))
    elif k == "jg07":
        rows.append(("Giá chả cá thu", JG07_TRIAL_PRICE, P["products"][0][3][0], 0))
    else:
        rows.append(("Giá bán bình quân", m["t_avg_price"], m["avg_price"][0], 0))
    rows.append(("Giá thành", m["t_unit_cost"], p["unit_cost"][0], 0))
    return rows


def check_full(pl: Plan, k: str) -> None:
    P = PLANS[k]
    m, p = model(k), printed(k)
    pr = P["products"]

    # printed model = true model except the planted figures and their knock-ons
    allowed = KNOCK.get(k, set())
    for key in ("rev", "cost", "profit", "margin", "unit_cost"):
        for y in Y:
            if (key, y) not in allowed and not near(p[key][y], m[key][y]):
                pl.failures.append(f"printed model differs from the true one: {key} {YEARS[y]}")
    for key in ("payback", "src"):
        if (key, None) not in allowed and not near(p[key], m[key], 2):
            pl.failures.append(f"printed model differs from the true one: {key}")

    # history
    if P.get("hist"):
        h, tt = P["hist"], pl.caption(r"2024 – 2026$")
        out_h = pl.trow(tt, "1")
        price_h = pl.trow(tt, "2")
        for y in Y:
            pl.eq(out_h[y], h["out"][y], f"history output {2024 + y}", 0)
            pl.eq(price_h[y], h["price"][y], f"history price {2024 + y}", 0)
        rev_h, prof_h = pl.trow(tt, "3"), pl.trow(tt, "4")
        for y in Y:
            pl.eq(rev_h[y], out_h[y] * price_h[y] / 1e6, f"history revenue {2024 + y} = output x price")
            pl.eq(prof_h[y], h["profit"][y], f"history profit {2024 + y}")
            pl.check(0 < prof_h[y] / rev_h[y] < 0.4, f"history margin {2024 + y} out of range")
        pl.check(m["out"][0] > 0, "output")

    # trial
    t = P["trial"]
    if k != "jg10":
        bt = [r for r in pl.table("thử") if r and r[0].startswith("Mẻ")]
        pl.check(len(bt) == len(t["batches"]), "trial batches table")
        per = k in ("jg03", "jg04", "jg05", "jg08")
        for r, b in zip(bt, t["batches"]):
            vals = [v for c in r[1:] if (v := num(c)) is not None]
            i, o, ratio = vals[-3:]
            pl.eq(i, b[2], f"{b[0]} input", 0)
            pl.eq(o, b[3], f"{b[0]} output", 0)
            pl.eq(ratio, o / i if per else o / i * 100, f"{b[0]} ratio", 2 if per else 1)
        tot = [r for r in pl.table("thử") if r and r[0] == "Cộng"][0]
        vals = [v for c in tot[1:] if (v := num(c)) is not None]
        pl.eq(vals[-3], m["t_in"], "trial input total", 0)
        pl.eq(vals[-2], m["t_out"], "trial output total", 0)
        pl.eq(vals[-1], m["t_norm"] ** -1 * (1 if per else 100), "trial overall ratio", 2 if per else 1)
        # trial cost (nghìn đồng)
        ct = next(c for c in ("Chi phí sản xuất thử", "Chi phí ép thử", "Chi phí làm thử", "Chi phí nấu thử",
                              "Chi phí sấy thử") if any(c.lower() in x.lower() for x in pl.body.splitlines()
                                                       if x.startswith("Bảng")))
        lines = pl.table(ct)
        items = [num(r[2]) for r in lines if r[0].isdigit()]
        want = [m["t_raw_cost"]] + [c[1] for c in t["costs"]]
        pl.check(len(items) == len(want), "trial cost lines")
        for a, b in zip(items, want):
            pl.eq(a, b, "trial cost line", 0)
        total = num([r for r in lines if r[1].startswith("Tổng")][0][2])
        pl.eq(total, sum(items), "trial cost total = sum of its lines", 0)
        pl.eq(total, m["t_cost"], "trial cost total", 0)
        pl.check(t["raw_price"] * m["t_in"] / 1000 == m["t_raw_cost"], "trial raw cost")
        # trial sales
        st = [r for r in pl.table("bán thử") if len(r) == 5]
        amount = 0.0
        sold = 0.0
        for r, s in zip(st, t["sales"]):
            q, price, amt = num(r[2]), num(r[3]), num(r[4])
            pl.eq(q, s[2], f"trial sales quantity {s[0]}", 0)
            pl.eq(price, s[3], f"trial price {s[0]}", 0)
            pl.eq(amt, q * price / 1000, f"trial sales {s[0]} = quantity x trial price", 0)
            amount += amt
            sold += q * pr[s[1]][2]
        tot = num([r for r in pl.table("bán thử") if r[0] == "Cộng"][0][4])
        pl.eq(tot, amount, "trial sales total", 0)
        pl.eq(sold, m["t_sold"], "trial quantity sold", 0)
        pl.check(sold <= m["t_out"], "trial sold more than it made")
        pl.says((m["t_in"], 0), (m["t_out"], 0), (m["t_sold"], 0), (m["t_sales_total"] / 1000, 0))
        pl.check(fmt(m["t_norm"], 3) in pl.body or fmt(m["t_norm"], 2) in pl.body, "trial norm not stated")
    else:
        gt = [r for r in pl.table("Kết quả đón khách thử") if r[0].startswith("Đoàn")]
        pl.check(len(gt) == len(t["groups"]), "trial groups")
        amount = 0.0
        for r, g in zip(gt, t["groups"]):
            q, price, amt = num(r[2]), num(r[3]), num(r[4])
            pl.eq(q, g[3], f"{g[0]} guests", 0)
            pl.eq(price, g[4], f"{g[0]} trial price", 0)
            pl.eq(amt, q * price / 1000, f"{g[0]} revenue = guests x trial price", 0)
            amount += amt
        tot = [r for r in pl.table("Kết quả đón khách thử") if r[0] == "Cộng"][0]
        pl.eq(num(tot[2]), m["t_guests"], "trial guests", 0)
        pl.eq(num(tot[4]), amount, "trial revenue total", 0)
        lines = pl.table("Chi phí đón khách thử")
        items = [num(r[2]) for r in lines if r[0].isdigit()]
        pl.eq(num(lines[-1][2]), sum(items), "trial cost total = sum of its lines", 0)
        pl.says((m["t_guests"], 0), (m["t_sales_total"] / 1000, 0), (m["t_unit_cost"], 0),
                (m["t_avg_price"], 0))
    if k in SURVEY:
        n = SURVEY[k]
        for r in pl.table("Ý kiến"):
            pl.eq(num(r[3]), num(r[2]) / n * 100, f"survey share {r[1]}", 1)
            pl.check(num(r[2]) <= n, "survey count above the people asked")

    # trial vs plan
    for label, tv, pv, d in compare_rows(k, m, p):
        got = pl.trow("và kế hoạch năm 2027", label, 2)
        pl.eq(got[0], tv, f"comparison '{label}' trial", d)
        pl.eq(got[1], pv, f"comparison '{label}' plan", 3)

    # raw materials
    titles = [x for x in pl.body.splitlines() if x.startswith("Bảng") and ("Cân đối" in x or "Nguồn cung" in x)]
    pl.check(len(titles) == len(P["raws"]), "raw-material tables")
    for idx, (lab, unit, norm, price, rows) in enumerate(P["raws"]):
        tt = titles[idx].split(". ", 1)[1]
        sup = [0.0] * 3
        for i, row in enumerate(rows):
            got = pl.trow(tt, str(i + 1))
            for y in Y:
                pl.eq(got[y], row[1][y] * row[3], f"{lab}: supply row {row[0]} = count x yield", 0)
                sup[y] += got[y]
        tot, need = pl.trow(tt, "Tổng nguồn cung"), pl.trow(tt, "Nhu cầu")
        for y in Y:
            pl.eq(tot[y], sup[y], f"{lab}: supply total {YEARS[y]}", 0)
            pl.eq(need[y], m["out"][y] * norm, f"{lab}: need {YEARS[y]} = output x norm", 0)
        if k == "jg06":
            pl.check(not any(r[1].startswith("Còn dư") for r in pl.table(tt)), "jg06 must print no balance row")
            pl.check(need[0] <= tot[0], "jg06 2027 supply")
            for y in (1, 2):
                pl.wrong(tot[y], need[y], f"material-shortfall {YEARS[y]} (supply vs need)")
                pl.check(need[y] > tot[y], "jg06 need must exceed supply")
        else:
            spare = pl.trow(tt, "Còn dư")
            for y in Y:
                pl.eq(spare[y], tot[y] - need[y], f"{lab}: balance {YEARS[y]}", 0)
                pl.check(need[y] * 1.05 <= tot[y], f"{lab}: supply {YEARS[y]} with less than 5 % to spare")

    # staff and wages
    st = next(x.split(". ", 1)[1] for x in pl.body.splitlines()
              if x.startswith("Bảng") and ("ao động" in x or "hân lực" in x or "hân sự" in x))
    staff = [0.0] * 3
    for i, (role, cnt) in enumerate(P["roles"]):
        got = pl.trow(st, str(i + 1))
        for y in Y:
            pl.eq(got[y], cnt[y], f"staff {role}", 0)
            staff[y] += got[y]
    tot, wage, fund = pl.trow(st, "Tổng số"), pl.trow(st, "Lương"), pl.trow(st, "Quỹ lương")
    for y in Y:
        pl.eq(tot[y], staff[y], "staff total", 0)
        pl.eq(wage[y], P["wage"][y], "wage")
        pl.eq(fund[y], tot[y] * wage[y] * 12, "wage fund = staff x wage x 12")

    # output plan, prices, capacity
    ot = next(x.split(". ", 1)[1] for x in pl.body.splitlines()
              if x.startswith("Bảng") and ("ản lượng" in x or "lượt khách" in x) and "2024" not in x)
    packs = [pl.trow(ot, str(i + 1)) for i in range(len(pr))]
    prices = [pl.trow(pl.caption(r"^Giá"), pr[i][0] + "|") for i in range(len(pr))]
    outp = pl.trow(ot, "Tổng sản lượng")
    cap = pl.trow(ot, "Công suất") if k != "jg10" else pl.trow(ot, "Sức chứa")
    for i, x in enumerate(pr):
        for y in Y:
            pl.eq(packs[i][y], x[4][y], f"packs {x[0]} {YEARS[y]}", 0)
            pl.eq(prices[i][y], x[3][y], f"price {x[0]} {YEARS[y]}", 0)
    for y in Y:
        pl.eq(outp[y], sum(packs[i][y] * pr[i][2] for i in range(len(pr))), f"output {YEARS[y]} = sum packs x size", 0)
        pl.eq(cap[y], P["cap"][0] * P["cap"][1], "capacity = rating x days", 0)
    if k == "jg05":
        pl.check(not any(r[1].startswith("Mức sử dụng") for r in pl.table(ot)), "jg05 must print no use row")
        pl.check(outp[1] <= cap[1], "jg05 2028 within capacity")
        pl.wrong(cap[2], outp[2], "capacity-exceeded 2029 (capacity vs output)")
        pl.check(outp[2] > cap[2], "jg05 output must exceed capacity")
        pl.has("đáp ứng đủ sản lượng đến năm 2029", "giữ nguyên 10 lao động")
        pl.check(m["staff"] == [10, 10, 10], "jg05 staff constant")
    else:
        use = pl.trow(ot, "Mức sử dụng") if any(r[1].startswith("Mức sử dụng") for r in pl.table(ot)) else None
        for y in Y:
            if use:
                pl.eq(use[y], outp[y] / cap[y] * 100, f"capacity use {YEARS[y]}")
            pl.check(outp[y] <= 0.86 * cap[y], f"output {YEARS[y]} above 86 % of capacity")

    # investment and sources
    it = "Vốn đầu tư và nguồn vốn" if k in ("jg04", "jg05") else None
    inv_rows = [r for r in pl.table(it or next(x.split(". ", 1)[1] for x in pl.body.splitlines()
                                              if x.startswith("Bảng") and ("vốn đầu tư" in x.lower()
                                                                            or "nhu cầu vốn" in x.lower())))]
    if it:
        a = next(i for i, r in enumerate(inv_rows) if r[0] == "B")
        inv_part, src_part = inv_rows[1:a], inv_rows[a + 1:]
    else:
        inv_part = inv_rows
        src_part = pl.table(next(x.split(". ", 1)[1] for x in pl.body.splitlines()
                                 if x.startswith("Bảng") and ("guồn vốn" in x) and "Vốn" not in x[8:12]))
    items = [num(r[2]) for r in inv_part if r[0].isdigit()]
    inv_tot = num([r for r in inv_part if r[1].startswith("Tổng")][0][2])
    pl.check([x[1] for x in P["inv"]] == items, "investment items")
    pl.eq(inv_tot, sum(items), "investment total = sum of items", 0)
    srcs = [num(r[2]) for r in src_part if r[0].isdigit()]
    shares = [num(r[3]) for r in src_part if r[0].isdigit()]
    src_tot = num([r for r in src_part if r[1].startswith("Tổng")][0][2])
    pl.check([x[1] for x in P["src"]] == srcs, "sources")
    pl.eq(src_tot, sum(srcs), "sources total = sum of sources", 0)
    for a, b in zip(shares, srcs):
        pl.eq(a, b / src_tot * 100, "source share", 1)
    if k == "jg08":
        pl.wrong(src_tot, inv_tot, "capital-mismatch (sources vs investment)")
        pl.has("Nguồn vốn trên bảo đảm đủ cho nhu cầu đầu tư")
    else:
        pl.eq(src_tot, inv_tot, "sources = investment", 0)
    loan = [x[1] for x in P["src"] if x[0].startswith("Vay")]
    pl.check(loan == [P["loan"][0]], "the loan in the sources is the 2027 balance")

    # revenue
    rt = pl.caption(r"^Doanh thu")
    revt = [pl.trow(rt, pr[i][0] + "|") for i in range(len(pr))]
    rev_tot = pl.trow(rt, "Tổng doanh thu")
    for i in range(len(pr)):
        for y in Y:
            true = packs[i][y] * prices[i][y] / 1e6
            if k == "jg07" and i == 0 and y == 0:
                pl.wrong(revt[i][y], true, "revenue-mismatch 2027 box line (packs x price)")
                pl.eq(revt[i][y], packs[i][y] * JG07_TRIAL_PRICE / 1e6, "jg07 line at the trial price")
            else:
                pl.eq(revt[i][y], true, f"revenue {pr[i][0]} {YEARS[y]} = packs x price")
    for y in Y:
        pl.eq(rev_tot[y], sum(r[y] for r in revt), f"revenue total {YEARS[y]}")
        pl.eq(rev_tot[y], p["rev"][y], f"revenue total {YEARS[y]} (model)")

    # costs
    ct = next(x.split(". ", 1)[1] for x in pl.body.splitlines() if x.startswith("Bảng") and re.search(
        r"\. Chi phí( sản xuất kinh doanh)?$", x))
    crow = [r for r in pl.table(ct) if r[0].isdigit()]
    pl.check(len(crow) == len(p["cost_lines"]), "cost lines")
    lines = []
    for r, (key, v) in zip(crow, p["cost_lines"]):
        vals = [num(c) for c in r[2:]]
        lines.append(vals)
        for y in Y:
            pl.eq(vals[y], v[y], f"cost {key} {YEARS[y]}")
            if (k, key, y) == ("jg07", "sell", 0):
                pl.eq(vals[y], P["sell"] * rev_tot[y], "jg07 selling line follows the printed revenue")
            elif key == "sell":
                pl.eq(vals[y], P["sell"] * rev_tot[y], f"selling {YEARS[y]} = share x revenue")
        true = dict(m["cost_lines"])[key]
        for y in Y:
            if not (k == "jg07" and key == "sell" and y == 0):
                pl.eq(vals[y], true[y], f"cost {key} {YEARS[y]} (true)")
    cost_tot = pl.trow(ct, "Tổng chi phí")
    for y in Y:
        s = sum(x[y] for x in lines)
        if (k, y) == ("jg06", 2):
            pl.wrong(cost_tot[y], s, "table-total-mismatch 2029 (total vs its lines)")
            pl.eq(cost_tot[y], JG06_COST_TOTAL_2029, "jg06 printed total")
        else:
            pl.eq(cost_tot[y], s, f"cost total {YEARS[y]} = sum of lines")
    fund_line = lines[[key for key, _ in p["cost_lines"]].index("wages")]
    for y in Y:
        pl.eq(fund_line[y], fund[y], "wage line = wage fund")

    # summary, payback
    sr = next(x.split(". ", 1)[1] for x in pl.body.splitlines() if x.startswith("Bảng") and (
        "hiệu quả" in x.lower() or "kết quả" in x.lower() or "tổng hợp" in x.lower()) and "2024" not in x
        and "thử" not in x and "kiểm nghiệm" not in x)
    s_rev, s_cost, s_prof, s_marg = (pl.trow(sr, str(i)) for i in (1, 2, 3, 4))
    for y in Y:
        pl.eq(s_rev[y], rev_tot[y], f"summary revenue {YEARS[y]}")
        pl.eq(s_cost[y], cost_tot[y], f"summary cost {YEARS[y]}")
        if (k, y) == ("jg05", 1):
            pl.wrong(s_prof[y], s_rev[y] - s_cost[y], "profit-mismatch 2028 (profit vs revenue - cost)")
        else:
            pl.eq(s_prof[y], s_rev[y] - s_cost[y], f"profit {YEARS[y]} = revenue - cost")
        pl.eq(s_marg[y], s_prof[y] / s_rev[y] * 100, f"margin {YEARS[y]}")
    pb = pl.payback_text()
    pl.eq(pb, round(p["payback"], 1), "payback as printed", 1)
    if k == "jg09":
        pl.wrong(pb, m["payback"], "payback-mismatch (text vs investment / (profit + depreciation))")
    elif k not in KNOCK:
        pl.eq(pb, round(m["payback"], 1), "payback (true)", 1)
    # realism of the true figures
    for y in Y:
        pl.check(0 < m["margin"][y] < 40 or k == "jg10", f"true margin {YEARS[y]} out of range")
    for y in (1, 2):
        g = m["rev"][y] / m["rev"][y - 1] - 1
        if k == "jg10":
            pl.check(g > 0.5, "jg10 growth must be unrealistic")
        else:
            pl.check(g < 0.35, f"revenue growth {YEARS[y]} above 35 %")

    # prose figures
    pl.says((m["inv"], 0), (m["rev"][2], 0 if m["rev"][2] == int(m["rev"][2]) else 1))
    if k != "jg09":
        pl.says((m["out"][0], 0))
    if k not in ("jg07",):
        pl.check(fmt(m["rev"][0], 0) in pl.body or fmt(m["rev"][0], 1) in pl.body, "2027 revenue not stated")
    else:
        pl.says((p["rev"][0], 0))
    pl.says((m["cap"], 0))


def check_text(pl: Plan, k: str) -> None:
    b = pl.body
    pl.lacks(PLACEHOLDER, "template placeholder")
    if k in READY:
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
        pl.has_i("tiêu chuẩn cơ sở", "Phiếu kết quả thử nghiệm", "Nhãn hiệu", "truy xuất", "môi trường",
                 "lưu mẫu", "mã lô")
        pl.lacks(REPLACED, "replaced instrument or abolished level")
        for d_, mth, yr in re.findall(r"đến ngày (\d{1,2})/(\d{1,2})/(\d{4})", b):
            pl.check(int(yr) >= 2029, f"paper valid only to {d_}/{mth}/{yr}")
        if k in ("jg01", "jg02", "jg03"):
            pl.has("an toàn thực phẩm", "tự công bố")
        if k == "jg02":
            pl.has("không ghi công dụng")
        if k == "jg03":
            pl.has("QCVN 6-2:2010/BYT", "đăng ký môi trường")
        if k == "jg04":
            pl.has("không phải là thực phẩm", "không thuộc diện cấp giấy chứng nhận", "đăng ký môi trường")
        if k == "jg02":
            pl.has("miễn đăng ký môi trường", "05/2025/NĐ-CP")
        if k == "jg01":
            pl.has("đăng ký môi trường")
    elif k not in SKETCHY:
        pl.lacks(r"1048/QĐ|781/QĐ|919/QĐ|123/2018|(?<!\w)huyện(?!\w)", "replaced instrument") if k != "jg07" else None
        if k != "jg07":
            pl.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k == "jg05":
        pl.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "an alcohol licence")
        pl.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "Nhãn hiệu",
               "đăng ký môi trường", "Không sử dụng cho người dưới 18 tuổi")
    if k == "jg06":
        pl.check(all(mm.group(0).lower() == "nhãn hiệu" for mm in re.finditer(r"nhãn(?: hiệu)?", b, re.I)),
                 "'nhãn' other than 'nhãn hiệu'")
        pl.lacks(r"43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|\bQR\b|mã lô|thiếu|Chênh lệch|Còn dư",
                 "labelling or balance words")
        pl.has("bảo đảm đủ cho kế hoạch đóng chai cả giai đoạn", "an toàn thực phẩm", "Tiêu chuẩn cơ sở",
               "Nhãn hiệu")
    if k == "jg07":
        pl.lacks(r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác|ô nhiễm|"
                 r"khí thải|vệ sinh|phế phụ phẩm|hố thấm|phân bón|thức ăn chăn nuôi", "an environmental measure")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Nghi Xuân",
               "cấp huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện")
        pl.lacks(r"148/QĐ|1489", "the current programme")
    if k == "jg08":
        pl.lacks(r"đăng ký|giấy chứng nhận|mã số thuế|hộ kinh doanh|hợp tác xã|\bHTX\b|công ty|doanh nghiệp|"
                 r"tổ hợp tác", "a business registration")
        pl.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|hợp quy|phòng thí nghiệm",
                 "a product standard or declaration")
        pl.has("không phải thực phẩm", "Nhãn chai theo Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu", "lưu mẫu")
    if k == "jg09":
        pl.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|văn bằng", "a trademark")
        pl.has(f"Năm 2027 sản xuất {fmt(JG09_TEXT_OUTPUT)} kg cam sấy dẻo",
               f"{fmt(model(k)['raw'][0]['need'][0])} kg cam cho {fmt(model(k)['out'][0])} kg")
        pl.wrong(JG09_TEXT_OUTPUT, model(k)["out"][0], "figure-inconsistent (objectives vs tables)")
        pl.check(pl.count(fmt(JG09_TEXT_OUTPUT)) == 1, "8.400 must appear once")
    if k == "jg10":
        mk = b.split("7) Thị trường", 1)[1].split("8) Liên kết", 1)[0]
        pl.check(not re.search(r"\d", mk), "jg10 market section states a figure")
        hit = re.search(r"công ty|lữ hành|đại lý|(?<!thị )(?<!\w)trường(?!\w)|cơ quan|Facebook|Zalo|website|sàn|"
                        r"hội chợ|đối thủ|(?<!\w)giá(?!\w)|(?<!cộng )(?<!\w)đồng(?!\w)|học sinh|đoàn", mk, re.I)
        pl.check(not hit, f"jg10 market section names a channel, customer or price: {hit and hit.group(0)}")
        pl.lacks(r"lữ hành|đại lý|hoa hồng|Facebook|Zalo|website|mạng xã hội|sàn thương mại", "a sales channel")
        pl.check(pl.count("Hợp tác xã Du lịch sinh thái Bản Giằng") == 3, "jg10 other name three times")
        pl.check(pl.count("Hợp tác xã Du lịch cộng đồng Khe Giao") >= 1, "jg10 own name")
        pl.has("HTX giữ nguyên 8 lao động", "nhu cầu du lịch trải nghiệm rất lớn")


def check_sketchy(pl: Plan, k: str) -> None:
    w = pl.words()
    pl.check(150 <= w <= 350, f"sketchy plan has {w} words")
    pl.check(not pl.rows, "sketchy plan has a table")
    pl.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|giấy phép|kiểm nghiệm|môi trường|truy xuất",
             "a paper the sketchy plan lacks")
    if k == "jg11":
        pl.has("1.200 cái", "3.000 đồng/cái", "150.000 cái", "3.500 đồng/cái", "520 triệu đồng", "80 triệu đồng",
               "giấy chứng nhận đăng ký hộ kinh doanh")
        pl.check(not off(150000 * 3500 / 1e6, 520, 1.5), "jg11 revenue about pieces x price")
    if k == "jg12":
        pl.has("30 kg gạo", "60 lít", "60.000 đồng/lít", "2.000 lít", "50 triệu đồng")
        pl.lacks(r"đăng ký|hộ kinh doanh|mã số thuế", "a registration")


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for k in keys:
        pl = Plan(STEMS[k])
        try:
            if k in SKETCHY:
                check_sketchy(pl, k)
            else:
                check_full(pl, k)
            check_text(pl, k)
        except (IndexError, ValueError, ZeroDivisionError, StopIteration, TypeError) as e:
            import traceback
            pl.failures.append(f"check crashed: {e!r} at line {traceback.extract_tb(e.__traceback__)[-1].lineno}")
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
