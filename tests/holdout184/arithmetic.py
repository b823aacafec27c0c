"""The 184th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout184/arithmetic.py [gc01 gc05 ...]

Theme: plans that plan by month, quarter or season. For every full plan (gc01-gc10) the constants
give the 2027 production calendar month by month (working days x output a day), the products with
their share of the year's output, pack size and 2027 price, the yearly output and price growth, the
2024-2026 history, the raw materials (norm per base unit, supply rows count x yield, the ones bought
in season and stored, with a quarterly stock flow for some plans), the binding equipment (rating a
day x working days), regular staff by role and seasonal staff (people x months), the quarter shares
of the 2027 sales, the cost shares, investment, sources, loans. `model()` turns them into every
table the plan prints (the generator that wrote the plans imports it); planted numeric defects are
overrides applied in the printed figures only. This script reads the printed tables back from the
plan's source (by caption) and checks the relations on the printed numbers: months = days x output
a day and their sum = the year (table total row or the year stated in the text), quarters sum to
the year, packs x size = output, revenue lines = packs x price, cost lines = share x revenue, profit
= revenue - cost, sources = investment, payback = investment / (average profit + depreciation),
supply = count x yield >= need = output x norm, stock flows, output <= rating x days (each month and
the year), growth within bounds. A planted relation must fail by more than 5 % (the true value is
printed beside it), every other relation must hold within 1 %. Textual defects are asserted through
the presence or absence of their words. Sketchy plans: 150-350 words, no table.
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
HIST = (2024, 2025, 2026)
MONTHS = tuple(range(1, 13))
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# months: 12 x (working days, output a day in the base unit) for 2027 (days 0 = no production)
# products: (label, pack word, size in base units, 2027 price đ, share of the year's output)
# g_out: output growth 2027->2028, 2028->2029; g_price: price growth a year
# hist: output 2024-2026, average price đ per base unit, margin
# raws: (label, unit, norm per base unit, [(supply label, [count per year], word, yield)])
# stock: (raw index, opening stock 1/1/2027, purchase share per quarter of the 2027 supply)
# cap: (rating a day, text); roles: regular staff per year; wage: 2027 monthly wage (triệu), g_wage
# seasonal: (label, [people per year], months, monthly wage triệu)
# shares: cost lines as share of revenue; inv: (label, triệu, fixed asset?); src: (label, triệu)
# qshare: share of each quarter in the 2027 sales; plant: the planted overrides
PLANS: dict[str, dict] = {
    "gc01": dict(
        unit="kg", cal="month_total", qrev="table",
        months=[(26, 160), (14, 120), (24, 60), (24, 60), (25, 60), (24, 60),
                (25, 60), (25, 70), (24, 80), (26, 80), (25, 100), (26, 160)],
        products=[("Cu đơ thanh 200 g", "thanh", 0.2, 30000, 0.5),
                  ("Cu đơ hộp quà 500 g", "hộp", 0.5, 80000, 0.3),
                  ("Cu đơ túi 1 kg", "túi", 1.0, 140000, 0.2)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[20800, 22400, 24100], price=[138000, 142000, 146000], margin=[0.085, 0.09, 0.092]),
        raws=[("Lạc nhân", "kg", 0.45,
               [("Hộ trồng lạc thôn Trung Hòa (vụ xuân, tháng 5 – 6)", [40, 42, 45], "hộ", 250),
                ("Hộ trồng lạc thôn Xuân Sơn (vụ thu, tháng 9)", [20, 22, 24], "hộ", 150)]),
              ("Mạch nha", "kg", 0.5,
               [("Cơ sở nấu mạch nha Hồng Lĩnh (hợp đồng)", [1, 1, 1], "cơ sở", 17000)])],
        stock=(0, 4000, [0, 10000 / 13000, 3000 / 13000, 0]),
        cap=(180, "2 nồi nấu × 90 kg kẹo/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt", [6, 6, 7]),
               ("Đóng gói, kho", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        seasonal=("Lao động thời vụ mùa Tết (tháng 11, 12, 1)", [6, 6, 6], 3, 5.5),
        shares=[("Lạc nhân, mạch nha, gừng, vừng", 0.36), ("Bao bì, hộp quà", 0.09),
                ("Điện, gas, nước", 0.03), ("Bán hàng, vận chuyển", 0.05), ("Thuế, phí", 0.015)],
        inv=[("Máy cán, cắt kẹo tự động", 260, True), ("Hai nồi nấu kẹo hai vỏ", 120, True),
             ("Kho mát bảo quản lạc nhân 40 m²", 180, True), ("Cải tạo phòng đóng gói", 150, True),
             ("Bao bì, mã vạch, tem QR", 60, False), ("Vốn lưu động mùa Tết", 430, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=90,
        qshare=[0.36, 0.12, 0.17, 0.35], plant={}),
    "gc02": dict(
        unit="kg", cal="month_season", qrev="text",
        months=[(0, 0), (0, 0), (20, 40), (24, 60), (25, 70), (25, 70),
                (25, 65), (25, 65), (24, 55), (20, 40), (0, 0), (0, 0)],
        products=[("Chè búp đặc biệt, túi 200 g", "túi", 0.2, 70000, 0.3),
                  ("Chè xanh Kỳ Tây, hộp 500 g", "hộp", 0.5, 150000, 0.4),
                  ("Chè xanh khô, túi 1 kg", "túi", 1.0, 260000, 0.3)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[9200, 9900, 10500], price=[268000, 275000, 282000], margin=[0.11, 0.115, 0.12]),
        raws=[("Búp chè tươi", "kg", 4.5,
               [("Đồi chè của hợp tác xã", [12, 13, 14], "ha", 3000),
                ("Hộ thành viên trồng chè (hợp đồng)", [20, 22, 24], "hộ", 1000)])],
        stock=None,
        cap=(80, "dây chuyền sao, vò, sấy 80 kg chè khô/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Chế biến, sao, sấy", [5, 5, 6]),
               ("Đóng gói, bán hàng", [3, 3, 3])],
        wage=5.5, g_wage=0.05,
        seasonal=("Lao động hái chè thời vụ (tháng 3 – 10)", [10, 10, 11], 8, 4.5),
        shares=[("Búp chè tươi mua ngoài", 0.26), ("Bao bì, hộp, túi", 0.08),
                ("Điện, củi sấy", 0.05), ("Bán hàng, quảng bá", 0.06), ("Thuế, phí", 0.015)],
        inv=[("Dây chuyền sao, vò chè liên hoàn", 350, True), ("Máy sấy băng tải", 280, True),
             ("Nhà chế biến 120 m²", 400, True), ("Kho chè khô có điều hòa, máy hút ẩm", 150, True),
             ("Bao bì, tem truy xuất", 40, False), ("Vốn lưu động thu mua búp", 280, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, other=70,
        qshare=[0.28, 0.18, 0.22, 0.32], plant={}),
    "gc03": dict(
        unit="kg", cal="quarter_total", qrev="table",
        months=[(22, 25), (12, 20), (22, 12), (22, 15), (22, 15), (22, 12),
                (22, 10), (22, 10), (22, 12), (22, 15), (22, 18), (22, 25)],
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 180000, 0.5),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, 280000, 0.3),
                  ("Mật ong hoa keo, can 2 kg", "can", 2.0, 500000, 0.2)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[3300, 3550, 3780], price=[290000, 296000, 302000], margin=[0.12, 0.125, 0.13]),
        raws=[("Mật ong thô", "kg", 1.08,
               [("Đàn ong của hộ", [220, 230, 240], "đàn", 13),
                ("Hộ nuôi ong thôn Kim Cương (hợp đồng)", [15, 16, 17], "hộ", 120)])],
        stock=(0, 1300, [0, 0.55, 0, 0.45]),
        cap=(50, "máy hạ thủy phần 2 mẻ × 25 kg/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc đàn ong", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=5.0, g_wage=0.05,
        seasonal=("Lao động quay mật thời vụ (tháng 4, 5, 10, 11)", [2, 2, 2], 4, 5.0),
        shares=[("Mật ong thô, chăm sóc đàn ong", 0.42), ("Chai, hũ, can", 0.08),
                ("Điện, nước", 0.015), ("Bán hàng, vận chuyển", 0.05), ("Thuế, phí", 0.015)],
        inv=[("Máy hạ thủy phần 25 kg/mẻ", 160, True), ("Bồn inox chứa mật 2 tấn", 80, True),
             ("Phòng lọc, đóng chai 30 m²", 120, True), ("Bổ sung 30 thùng ong", 60, True),
             ("Bao bì, tem truy xuất", 30, False), ("Vốn lưu động mua mật mùa vụ", 250, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, other=25,
        qshare=[0.30, 0.20, 0.20, 0.30], plant={}),
    "gc04": dict(
        unit="chiếc", cal="quarter_total", qrev="text",
        months=[(20, 40), (12, 30), (22, 40), (24, 45), (24, 50), (24, 50),
                (24, 45), (24, 45), (22, 40), (24, 45), (24, 50), (24, 50)],
        products=[("Nón lá trắng truyền thống", "chiếc", 1, 80000, 0.6),
                  ("Nón bài thơ quai lụa", "chiếc", 1, 140000, 0.25),
                  ("Nón lá mini trang trí", "chiếc", 1, 50000, 0.15)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[10200, 10900, 11500], price=[82000, 84000, 86000], margin=[0.09, 0.095, 0.10]),
        raws=[("Lá nón khô", "kg", 0.12,
               [("Hộ khai thác lá nón thôn Phúc Đồng (tháng 3 – 8)", [12, 13, 14], "hộ", 100),
                ("Cơ sở thu gom lá nón Hương Trạch (hợp đồng)", [1, 1, 1], "cơ sở", 500)])],
        stock=(0, 400, [0, 0.6, 0.4, 0]),
        cap=(60, "24 thợ × 2,5 chiếc/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hoàn thiện, khâu quai, kiểm hàng", [3, 3, 3]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=4.5, g_wage=0.05,
        seasonal=("Thợ chằm nón thời vụ (tháng 10 – 12)", [6, 6, 6], 3, 4.0),
        shares=[("Tiền công khoán chằm nón", 0.28), ("Lá nón, tre vành, chỉ", 0.10),
                ("Bao bì, thẻ treo", 0.03), ("Điện, nước", 0.01), ("Bán hàng, hội chợ", 0.06),
                ("Thuế, phí", 0.015)],
        inv=[("Nhà hoàn thiện và kho lá 80 m²", 220, True), ("Lò sấy lá bằng nhiệt", 60, True),
             ("Khuôn nón, máy ép quai", 40, True), ("Thiết kế mẫu, bao bì, thẻ treo", 30, False),
             ("Đăng ký nhãn hiệu", 15, False), ("Vốn lưu động mua lá mùa vụ", 135, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 200)],
        life=10, loan=[200, 150, 100], rate=0.066, other=20,
        qshare=[0.24, 0.22, 0.24, 0.30], plant={}),
    "gc05": dict(
        unit="lít", cal="month_total", qrev="table",
        months=[(24, 100), (12, 60), (24, 60), (24, 60), (24, 60), (24, 60),
                (24, 60), (24, 70), (24, 70), (25, 80), (25, 100), (26, 110)],
        products=[("Rượu nếp 29 độ, chai 500 ml", "chai", 0.5, 80000, 0.5),
                  ("Rượu nếp 29 độ, bình gốm 2 lít", "bình", 2.0, 300000, 0.3),
                  ("Rượu nếp 29 độ, can 5 lít", "can", 5.0, 500000, 0.2)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[17600, 18800, 19900], price=[140000, 143000, 146000], margin=[0.13, 0.14, 0.14]),
        raws=[("Gạo nếp cái", "kg", 1.25,
               [("Hộ thành viên (vụ xuân, thu mua tháng 5 – 6)", [30, 30, 30], "hộ", 500),
                ("Hộ thôn Đông Lộc (vụ hè thu, tháng 9)", [20, 20, 20], "hộ", 400)])],
        stock=None,
        cap=(120, "3 nồi chưng cất × 40 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.8, g_wage=0.06,
        seasonal=("Lao động thời vụ mùa Tết (tháng 11, 12, 1)", [3, 3, 3], 3, 5.0),
        shares=[("Gạo nếp, men lá", 0.30), ("Chai, bình gốm, hộp", 0.10),
                ("Củi, điện, nước", 0.05), ("Bán hàng, quảng bá", 0.06), ("Thuế, phí", 0.02)],
        inv=[("Hệ thống chưng cất 3 nồi inox", 300, True),
             ("Máy lọc khử andehit, dây chuyền chiết rót", 260, True),
             ("Kho chứa gạo nếp 60 m²", 150, True), ("Chum ủ và kho hạ thổ", 140, True),
             ("Hầm biogas xử lý bỗng rượu", 100, True), ("Thiết kế bao bì, nhãn", 50, False),
             ("Vốn lưu động mua gạo theo mùa vụ", 400, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của HTX", 100),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, other=60,
        qshare=[0.32, 0.16, 0.18, 0.34], plant={"cal_total": 1.12}),
    "gc06": dict(
        unit="lít", cal="fish", qrev="table",
        months=[(24, 130), (14, 100), (24, 90), (24, 90), (24, 90), (24, 90),
                (24, 90), (24, 90), (24, 90), (24, 90), (24, 110), (25, 130)],
        fish=[0, 0, 3000, 5500, 7000, 7500, 6000, 7000, 0, 0, 0, 0],
        products=[("Nước mắm cá cơm 30 độ đạm, chai 500 ml", "chai", 0.5, 70000, 0.4),
                  ("Nước mắm cá cơm 25 độ đạm, chai 1 lít", "chai", 1.0, 55000, 0.4),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5.0, 200000, 0.2)],
        g_out=(0.08, 0.20), g_price=0.03,
        hist=dict(out=[24000, 25300, 26600], price=[76000, 78000, 80000], margin=[0.11, 0.115, 0.12]),
        raws=[("Cá cơm tươi", "kg", 1.2,
               [("Tàu cá của cổ đông (mùa cá tháng 3 – 8)", [8, 9, 11], "tàu", 3000),
                ("Vựa cá bến Cửa Sót (hợp đồng)", [2, 2, 2], "vựa", 6000)]),
              ("Muối hạt", "kg", 0.4,
               [("HTX muối Thạch Khê (hợp đồng)", [1, 1, 1], "hợp đồng", 18000)])],
        stock=None,
        cap=(32000, "80 bể chượp × 400 lít nước mắm/năm"), cap_year=True,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật chượp, lọc", [2, 2, 2]),
               ("Chiết chai, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, g_wage=0.05,
        seasonal=("Lao động muối cá thời vụ (tháng 3 – 8)", [6, 6, 6], 6, 5.0),
        shares=[("Cá cơm, muối", 0.28), ("Chai, can, thùng", 0.10),
                ("Điện, nước", 0.02), ("Bán hàng, vận chuyển", 0.06), ("Thuế, phí", 0.015)],
        inv=[("Nhà thùng chượp 300 m²", 500, True), ("20 bể composite thay bể hỏng", 160, True),
             ("Hệ thống lọc, chiết chai", 240, True), ("Kho thành phẩm", 150, True),
             ("Bao bì, nhãn, mã vạch", 50, False), ("Vốn lưu động mua cá mùa vụ", 500, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, other=60,
        qshare=[0.30, 0.20, 0.22, 0.28], plant={}),
    "gc07": dict(
        unit="kg", cal="month_total_season", qrev="table",
        months=[(0, 0), (0, 0), (0, 0), (22, 40), (24, 50), (24, 55),
                (24, 55), (24, 50), (22, 45), (20, 35), (0, 0), (0, 0)],
        products=[("Chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 40000, 0.3),
                  ("Chè vằng khô cắt đoạn, túi 500 g", "túi", 0.5, 90000, 0.5),
                  ("Chè vằng khô, bao 2 kg", "bao", 2.0, 320000, 0.2)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[6300, 6800, 7200], price=[330000, 338000, 345000], margin=[0.12, 0.125, 0.13]),
        raws=[("Cành lá chè vằng tươi", "kg", 4.5,
               [("Vùng chè vằng của công ty", [6, 7, 7], "ha", 3000),
                ("Hộ liên kết thôn Trung Lưu (tháng 4 – 10)", [25, 26, 29], "hộ", 800)])],
        stock=None,
        cap=(65, "máy sấy bơm nhiệt 65 kg chè khô/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, sấy", [3, 3, 3]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, g_wage=0.05,
        seasonal=("Lao động thu hái, sơ chế thời vụ (tháng 4 – 10)", [12, 12, 12], 7, 4.8),
        shares=[("Chè vằng tươi mua ngoài", 0.22), ("Hộp, túi lọc, bao", 0.09),
                ("Điện sấy, nước", 0.04), ("Bán hàng, đại lý", 0.06), ("Thuế, phí", 0.015)],
        inv=[("Nhà xưởng sơ chế, sấy 150 m²", 450, True), ("Máy sấy bơm nhiệt", 300, True),
             ("Máy đóng túi lọc tự động", 250, True), ("Kho bảo quản chè khô", 120, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động mùa thu hái", 330, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, other=60,
        qshare=[0.30, 0.20, 0.22, 0.28], plant={"rev_line": (0, 1, 1.16)}),
    "gc08": dict(
        unit="chiếc", cal="month_plain", qrev="table",
        months=[(22, 1500), (10, 1000), (18, 1200), (22, 1500), (25, 1600), (25, 1600),
                (25, 1600), (24, 1500), (20, 1200), (15, 1000), (16, 1000), (22, 1500)],
        products=[("Bánh đa vừng, túi 10 chiếc", "túi", 10, 40000, 0.6),
                  ("Bánh đa vừng nướng sẵn, hộp 5 chiếc", "hộp", 5, 35000, 0.2),
                  ("Bánh đa vừng, thùng 100 chiếc", "thùng", 100, 350000, 0.2)],
        g_out=(0.85, 0.60), g_price=0.03,
        hist=dict(out=[298000, 312000, 325000], price=[3800, 3900, 4000], margin=[0.10, 0.105, 0.11]),
        raws=[("Gạo tẻ", "kg", 0.035,
               [("Hộ trồng lúa thôn Vĩnh Lộc (hợp đồng)", [30, 55, 90], "hộ", 450)]),
              ("Vừng đen (thu mua tháng 8 – 9)", "kg", 0.004,
               [("Hộ trồng vừng thôn Bãi Dọc", [16, 30, 48], "hộ", 100)])],
        stock=None,
        cap=(5000, "2 máy tráng × 2.500 chiếc/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Tráng, phơi, nướng bánh", [4, 4, 4]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, g_wage=0.05,
        seasonal=("Lao động phơi bánh thời vụ (tháng 4 – 8)", [4, 4, 4], 5, 4.5),
        shares=[("Gạo, vừng, gừng", 0.30), ("Túi, hộp, thùng", 0.07),
                ("Điện, củi, than", 0.04), ("Bán hàng, vận chuyển", 0.05), ("Thuế, phí", 0.015)],
        inv=[("Hai máy tráng bánh đa", 240, True), ("Giàn phơi và nhà sấy mùa mưa", 200, True),
             ("Kho gạo, vừng", 100, True), ("Cải tạo khu tráng bánh", 120, True),
             ("Thiết kế túi, hộp", 40, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 340)],
        life=10, loan=[340, 260, 180], rate=0.08, other=30,
        qshare=[0.24, 0.26, 0.28, 0.22], plant={"capital": True, "growth": True}),
    "gc09": dict(
        unit="lượt khách", cal="month_total", qrev="text", service=True,
        months=[(20, 8), (18, 10), (22, 6), (24, 8), (26, 14), (28, 20),
                (30, 22), (30, 20), (24, 10), (20, 6), (18, 5), (20, 6)],
        products=[("Lưu trú (lượt khách/đêm)", "lượt", 1, 250000, 1.0),
                  ("Suất ăn đặc sản biển", "suất", 1, 120000, 2.0),
                  ("Tour trải nghiệm kéo lưới, chèo thúng", "lượt", 1, 150000, 0.5)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[2700, 2950, 3200], price=[520000, 540000, 555000], margin=[0.14, 0.15, 0.15]),
        raws=[("Thực phẩm tươi (hải sản, rau, gạo)", "kg", 1.5,
               [("Hộ ngư dân thôn Hải Hà (hợp đồng miệng)", [6, 6, 7], "hộ", 500),
                ("Hộ trồng rau, nuôi gà trong thôn", [10, 10, 10], "hộ", 300)])],
        stock=None,
        cap=(24, "6 phòng, 24 giường"),
        roles=[("Chủ nhà, quản lý, đặt phòng", [1, 1, 1]), ("Nấu ăn", [2, 2, 2]),
               ("Phục vụ phòng, hướng dẫn", [2, 2, 2])],
        wage=5.5, g_wage=0.05,
        seasonal=("Lao động thời vụ mùa hè (tháng 5 – 8)", [4, 4, 4], 4, 5.0),
        shares=[("Thực phẩm, đồ uống", 0.30), ("Điện, nước, gas", 0.06),
                ("Đồ dùng phòng, giặt là", 0.05), ("Quảng bá, đặt phòng trực tuyến", 0.08),
                ("Thuế, phí", 0.015)],
        inv=[("Cải tạo 6 phòng nghỉ khép kín", 600, True), ("Bếp, nhà ăn 60 khách", 200, True),
             ("Thuyền thúng, áo phao, dụng cụ", 100, True), ("Bể tự hoại, bể lọc nước thải", 80, True),
             ("Trang web, biển hiệu", 40, False), ("Vốn lưu động", 80, False)],
        src=[("Vốn tự có của gia đình", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=40,
        qshare=[0.12, 0.22, 0.50, 0.16], plant={"profit": (0, 1.30), "payback": 1.4}),
    "gc10": dict(
        unit="kg", cal="text", qrev="table",
        months=[(24, 120), (12, 80), (22, 40), (22, 40), (22, 40), (22, 40),
                (22, 40), (22, 50), (22, 60), (24, 80), (24, 100), (26, 120)],
        products=[("Kẹo lạc vừng, hộp 250 g", "hộp", 0.25, 30000, 0.5),
                  ("Kẹo lạc vừng, túi 500 g", "túi", 0.5, 55000, 0.3),
                  ("Kẹo lạc vừng, gói 1 kg", "gói", 1.0, 100000, 0.2)],
        g_out=(0.07, 0.07), g_price=0.03,
        hist=dict(out=[15600, 16500, 17300], price=[108000, 110000, 112000], margin=[0.10, 0.105, 0.11]),
        raws=[("Lạc nhân", "kg", 0.5,
               [("Hộ tổ viên trồng lạc (vụ xuân, tháng 5 – 6)", [26, 28, 30], "hộ", 300),
                ("Hộ thôn Tân Mỹ (vụ thu, tháng 9)", [12, 13, 14], "hộ", 150)]),
              ("Mật mía, đường", "kg", 0.35,
               [("Cơ sở mật mía Đại Lộc (hợp đồng)", [1, 1, 1], "cơ sở", 8000)])],
        stock=None,
        cap=(140, "2 nồi nấu × 70 kg kẹo/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rang lạc, nấu, cắt kẹo", [3, 3, 3]),
               ("Đóng gói, giao hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.05,
        seasonal=("Lao động thời vụ mùa Tết (tháng 10 – 1)", [8, 8, 8], 4, 4.5),
        shares=[("Lạc, vừng, mật mía", 0.36), ("Hộp, túi, gói", 0.08),
                ("Điện, gas", 0.03), ("Vận chuyển", 0.04), ("Thuế, phí", 0.015)],
        inv=[("Máy rang lạc, máy bóc vỏ", 150, True), ("Nồi nấu kẹo, máy cắt thanh", 200, True),
             ("Kho lạc nhân 40 m²", 100, True), ("Cải tạo xưởng kẹo", 150, True),
             ("Bao bì", 50, False), ("Vốn lưu động mua lạc mùa vụ", 250, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, other=30,
        qshare=[0.34, 0.10, 0.16, 0.40], plant={}),
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str, printed: bool = True) -> dict:
    """Every figure of a full plan; with printed=False the planted overrides are left out."""
    c = PLANS[key]
    plant = c["plant"] if printed else {}
    m = {}
    mon = [d * r for d, r in c["months"]]
    m["mon"], m["days"] = mon, [d for d, _ in c["months"]]
    out0 = sum(mon)
    m["out_months"] = out0
    m["cal_total"] = round(out0 * plant["cal_total"], -1) if "cal_total" in plant else out0
    m["q_out"] = [sum(mon[3 * q:3 * q + 3]) for q in range(4)]
    m["q_days"] = [sum(m["days"][3 * q:3 * q + 3]) for q in range(4)]
    packs = [[round(out0 * sh / size) for _, _, size, _, sh in c["products"]]]
    for g in c["g_out"]:
        packs.append([round(p * (1 + g), -1) if p >= 1000 else round(p * (1 + g)) for p in packs[-1]])
    m["packs"] = packs
    if c.get("service"):
        m["out"] = [packs[y][0] for y in range(3)]
    else:
        m["out"] = [r1(sum(p * pr[2] for p, pr in zip(packs[y], c["products"]))) for y in range(3)]
    m["price"] = [[round(pr[3] * (1 + c["g_price"]) ** y, -2) for pr in c["products"]] for y in range(3)]
    lines = [[r1(packs[y][i] * m["price"][y][i] / 1e6) for i in range(len(c["products"]))] for y in range(3)]
    if "rev_line" in plant:
        i, y, f = plant["rev_line"]
        lines[y][i] = r1(lines[y][i] * f)
    m["rev_lines"] = lines
    m["rev"] = [r1(sum(lines[y])) for y in range(3)]
    # quarter revenue 2027 (last quarter takes the rounding)
    q = [r1(m["rev"][0] * s) for s in c["qshare"][:3]]
    m["qrev"] = q + [r1(m["rev"][0] - sum(q))]
    # history
    h = c["hist"]
    m["h_rev"] = [r1(o * p / 1e6) for o, p in zip(h["out"], h["price"])]
    m["h_profit"] = [r1(rv * mg) for rv, mg in zip(m["h_rev"], h["margin"])]
    # raw materials
    m["raws"] = []
    for label, unit, norm, rows in c["raws"]:
        sup_rows = [[n[y] * yld for y in range(3)] for _, n, _, yld in rows]
        supply = [sum(r[y] for r in sup_rows) for y in range(3)]
        need = [round(m["out"][y] * norm) for y in range(3)]
        m["raws"].append(dict(label=label, unit=unit, norm=norm, rows=sup_rows, supply=supply, need=need,
                              spare=[supply[y] - need[y] for y in range(3)]))
    if c.get("stock"):
        ri, opening, qs = c["stock"]
        norm = c["raws"][ri][2]
        sup = m["raws"][ri]["supply"][0]
        buy = [round(sup * s) for s in qs]
        buy[-1 if qs[-1] else max(i for i, s in enumerate(qs) if s)] += sup - sum(buy)
        use = [round(x * norm) for x in m["q_out"]]
        st, rows = opening, []
        for i in range(4):
            end = st + buy[i] - use[i]
            rows.append((st, buy[i], use[i], end))
            st = end
        m["stock"] = rows
    # capacity
    rating = c["cap"][0]
    if c.get("cap_year"):
        m["cap_year"] = [rating] * 3
        m["cap_month"] = None
    else:
        m["cap_month"] = [rating * d for d in m["days"]]
        m["cap_year"] = [rating * sum(m["days"])] * 3
    m["use"] = [r1(m["out"][y] / m["cap_year"][y] * 100) for y in range(3)]
    # staff and wages
    reg = [sum(n[y] for _, n in c["roles"]) for y in range(3)]
    m["staff"] = reg
    m["wage"] = [round(c["wage"] * (1 + c["g_wage"]) ** y, 2) for y in range(3)]
    sl, sn, smon, sw = c["seasonal"]
    m["swage"] = [round(sw * (1 + c["g_wage"]) ** y, 2) for y in range(3)]
    m["wf_reg"] = [r1(reg[y] * m["wage"][y] * 12) for y in range(3)]
    m["wf_seas"] = [r1(sn[y] * smon * m["swage"][y]) for y in range(3)]
    m["wf"] = [r1(m["wf_reg"][y] + m["wf_seas"][y]) for y in range(3)]
    # investment, sources, costs
    m["inv_total"] = sum(v for _, v, _ in c["inv"])
    m["src_total"] = sum(v for _, v in c["src"])
    m["fixed"] = sum(v for _, v, f in c["inv"] if f)
    m["dep"] = r1(m["fixed"] / c["life"])
    m["interest"] = [r1(b * c["rate"]) for b in c["loan"]]
    cost_lines = []
    for label, sh in c["shares"]:
        cost_lines.append((label, sh, [r1(m["rev"][y] * sh) for y in range(3)]))
    m["cost_lines"] = cost_lines
    m["cost"] = [r1(sum(cl[2][y] for cl in cost_lines) + m["wf"][y] + m["dep"] + m["interest"][y]
                    + c["other"]) for y in range(3)]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    if "profit" in plant:
        y, f = plant["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    avgp = sum(m["profit"]) / 3
    m["payback_calc"] = round(m["inv_total"] / (avgp + m["dep"]), 1)
    m["payback"] = plant.get("payback", m["payback_calc"])
    return m


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> list[tuple[str, list[list[str]]]]:
        out, caption, rows = [], None, None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("|"):
                if rows is None:
                    rows = []
                if not re.fullmatch(r"\|[-| :]+\|", s):
                    rows.append([x.strip() for x in s.strip("|").split("|")])
                continue
            if rows is not None:
                out.append((caption or "", rows))
                rows, caption = None, None
            if s.startswith("Bảng "):
                caption = s
        if rows is not None:
            out.append((caption or "", rows))
        return out

    def table(self, phrase: str) -> list[list[str]]:
        for cap, rows in self.tables():
            if phrase in cap:
                return rows
        self.failures.append(f"table not found: {phrase}")
        return [[""]]


def num(cell: str) -> float | None:
    cell = cell.strip().rstrip("%").strip()
    if re.fullmatch(r"-?[\d.]+(,\d+)?", cell):
        neg = cell.startswith("-")
        v = vn(cell.lstrip("-"))
        return -v if neg else v
    return None


def nums(row: list[str]) -> list[float]:
    return [v for c in row[1:] if (v := num(c)) is not None]


def find(rows: list[list[str]], label: str, n: int = 3) -> list[float]:
    for r in rows:
        if any(c.startswith(label) for c in r[:2]):
            v = nums(r)
            if len(v) >= n:
                return v[-n:]
    raise KeyError(label)


class Checker:
    def __init__(self, p: Plan, key: str):
        self.p, self.key = p, key

    def rel(self, name: str, printed: float, true: float, planted: bool = False, tol: float = 0.01):
        """One relation: the printed figure against the value recomputed from other printed figures."""
        if planted:
            self.p.check(off(printed, true, 5.0), f"{name}: planted defect not wrong by > 5 % "
                                                  f"(printed {printed}, true {true})")
        else:
            self.p.check(close(printed, true, tol) or abs(printed - true) <= 0.11,
                         f"{name}: printed {printed}, recomputed {true}")


def check_full(key: str) -> Plan:
    p = Plan(next(f.stem for f in (HERE / "src").glob(f"{key}_*.md")))
    c, m, t = PLANS[key], model(key), model(key, printed=False)
    ck = Checker(p, key)
    plant = c["plant"]
    service = c.get("service", False)
    try:
        _check_tables(p, c, m, t, ck, plant, service)
    except KeyError as e:
        p.failures.append(f"row not found: {e}")
    # no template placeholder unless planted
    if key != "gc10":
        p.lacks(PLACEHOLDER, "placeholder")
    p.check(len(p.tables()) >= 10, f"only {len(p.tables())} tables")
    return p


def _check_tables(p, c, m, t, ck, plant, service):
    # history: revenue = output x price, profit = revenue x margin
    rows = p.table("Kết quả sản xuất kinh doanh")
    ho, hp, hr, hpr = find(rows, "Sản lượng"), find(rows, "Giá bán"), find(rows, "Doanh thu"), find(rows, "Lợi nhuận")
    for i in range(3):
        ck.rel(f"history revenue {HIST[i]}", hr[i], ho[i] * hp[i] / 1e6)
        ck.rel(f"history profit {HIST[i]}", hpr[i], hr[i] * c["hist"]["margin"][i])
    ck.p.check(t["out_months"] <= ho[2] * 1.25, "2027 output jumps > 25 % over 2026")
    # calendar: months (or quarters) = days x output a day; sum = the year
    form = c["cal"]
    year_txt = m["out_months"]
    if form in ("month_total", "month_total_season", "month_season", "month_plain"):
        rows = p.table("theo tháng")
        total = 0.0
        for i, (d, r) in enumerate(c["months"]):
            if d == 0:
                continue
            row = next(rr for rr in rows if rr[0] == f"Tháng {i + 1}" or rr[0].startswith(f"Tháng {i + 1} "))
            vals = nums([""] + row)
            ck.rel(f"month {i + 1} = days x rate", vals[-1], vals[0] * vals[1])
            if m["cap_month"]:
                ck.rel(f"month {i + 1} within capacity", min(vals[-1], c["cap"][0] * vals[0]), vals[-1])
            total += vals[-1]
        if form in ("month_total", "month_total_season"):
            printed_total = find(rows, "Cả năm", 1)[-1]
            ck.rel("calendar total row = sum of months", printed_total, total, "cal_total" in plant)
        ck.rel("sum of months = year output (output table)", total, m["out"][0], tol=0.01)
        p.has(fmt(m["out_months"]))
    elif form == "quarter_total":
        rows = p.table("Lịch sản xuất theo quý")
        total = 0.0
        for qn, lab in enumerate(["Quý I", "Quý II", "Quý III", "Quý IV"]):
            row = next(rr for rr in rows if rr[0] == lab)
            vals = nums([""] + row)
            ck.rel(f"{lab} output = Σ months", vals[1], m["q_out"][qn])
            ck.rel(f"{lab} days", vals[0], m["q_days"][qn])
            ck.rel(f"{lab} within capacity", min(vals[1], c["cap"][0] * vals[0]), vals[1])
            total += vals[1]
        ck.rel("quarters = year", find(rows, "Cả năm", 2)[1], total)
        # months stated in the text
        for i, (d, r) in enumerate(c["months"]):
            p.has(f"tháng {i + 1}")
    elif form == "fish":
        rows = p.table("Thu mua cá cơm theo tháng")
        total = 0.0
        for i, kg in enumerate(c["fish"]):
            if kg:
                row = next(rr for rr in rows if rr[0] == f"Tháng {i + 1}")
                total += nums([""] + row)[-1]
        ck.rel("fish months = total row", find(rows, "Cả mùa", 1)[-1], total)
        ck.rel("fish bought = supply 2027", total, m["raws"][0]["supply"][0])
        p.has(fmt(m["out_months"]))
    elif form == "text":
        p.has(fmt(m["out_months"]))
        for i, (d, r) in enumerate(c["months"]):
            p.has(fmt(d * r))
    # output plan: packs x size = output; growth; capacity
    rows = p.table("Kế hoạch sản lượng")
    outs = find(rows, "Tổng sản lượng") if not service else find(rows, c["products"][0][0])
    for y in range(3):
        packs = [find(rows, pr[0])[y] for pr in c["products"]]
        if not service:
            ck.rel(f"output {YEARS[y]} = Σ packs × size", outs[y],
                   sum(pk * pr[2] for pk, pr in zip(packs, c["products"])))
        if y:
            g = c["g_out"][y - 1]
            for i, pr in enumerate(c["products"]):
                prev = find(rows, pr[0])[y - 1]
                ck.rel(f"packs {pr[0]} {YEARS[y]} growth", packs[i], prev * (1 + g), tol=0.01)
    capv = find(rows, "Công suất thiết kế")
    for y in range(3):
        exceeded = key_cap_planted(c) and y == 2
        ck.rel(f"output {YEARS[y]} within capacity", min(outs[y], capv[y]), outs[y], exceeded)
        ck.rel(f"use % {YEARS[y]}", find(rows, "Mức sử dụng")[y], outs[y] / capv[y] * 100)
    # growth: true revenue growth
    for y in (1, 2):
        g = t["rev"][y] / t["rev"][y - 1] - 1
        if plant.get("growth"):
            ck.p.check(g > 0.5, f"planted growth {YEARS[y]} only {g:.0%}")
        else:
            ck.p.check(g < 0.35, f"revenue growth {YEARS[y]} {g:.0%} too high")
    # prices
    rows = p.table("Giá bán")
    for i, pr in enumerate(c["products"]):
        pv = find(rows, pr[0])
        for y in range(3):
            ck.rel(f"price {pr[0]} {YEARS[y]}", pv[y], pr[3] * (1 + c["g_price"]) ** y, tol=0.01)
    # raw materials: supply rows = count x yield, need = output x norm, need <= supply
    rows = p.table("nguyên liệu")
    for ri, (label, unit, norm, srows) in enumerate(c["raws"]):
        tot = find(rows, "Tổng nguồn cung", 3) if len(c["raws"]) == 1 else find(
            [r for r in rows if r], f"Tổng {label.split(' (')[0].lower()}", 3)
        for y in range(3):
            s = sum(n[y] * yld for _, n, _, yld in srows)
            ck.rel(f"supply {label} {YEARS[y]}", tot[y], s)
            need = (t["out"][y] if not service else t["out"][y]) * norm
            short = c["plant"].get("shortfall") or (PLANS_SHORT.get(p.stem[:4]) == ri)
            ck.rel(f"{label} need {YEARS[y]} within supply", min(need, tot[y]), need,
                   short and need > tot[y] * 1.05)
    if c.get("stock"):
        rows = p.table("Tồn kho")
        for qn, lab in enumerate(["Quý I", "Quý II", "Quý III", "Quý IV"]):
            row = next(rr for rr in rows if rr[0] == lab)
            a, b, u, e = nums([""] + row)
            ck.rel(f"stock {lab}", e, a + b - u)
            ck.p.check(e >= 0, f"stock {lab} negative")
            ck.rel(f"stock use {lab}", u, m["q_out"][qn] * c["raws"][c["stock"][0]][2])
    # staff, wages
    rows = p.table("Lao động")
    tot = find(rows, "Cộng lao động thường xuyên")
    for y in range(3):
        ck.rel(f"regular staff {YEARS[y]}", tot[y], sum(n[y] for _, n in c["roles"]))
    sn = find(rows, "Lao động thời vụ") if True else None
    wf = find(rows, "Quỹ lương")
    wg = find(rows, "Lương bình quân")
    for y in range(3):
        seas = sn[y] * c["seasonal"][2] * c["seasonal"][3] * (1 + c["g_wage"]) ** y
        ck.rel(f"wage fund {YEARS[y]}", wf[y], tot[y] * wg[y] * 12 + seas)
    # investment and sources
    rows = p.table("Tổng vốn đầu tư")
    items = [find(rows, lab, 1)[-1] for lab, _, _ in c["inv"]]
    inv_total = find(rows, "Tổng vốn đầu tư", 1)[-1]
    ck.rel("investment items = total", inv_total, sum(items))
    rows = p.table("Nguồn vốn")
    srcs = [find(rows, lab, 2)[0] for lab, _ in c["src"]]
    src_total = find(rows, "Tổng nguồn vốn", 2)[0]
    ck.rel("sources = their total row", src_total, sum(srcs))
    ck.rel("sources = investment", src_total, inv_total, bool(plant.get("capital")))
    # revenue
    rows = p.table("Doanh thu dự kiến")
    for y in range(3):
        lines = []
        for i, pr in enumerate(c["products"]):
            v = find(rows, pr[0])[y]
            lines.append(v)
            planted = "rev_line" in plant and plant["rev_line"][:2] == (i, y)
            ck.rel(f"revenue {pr[0]} {YEARS[y]} = packs × price", v,
                   t["packs"][y][i] * t["price"][y][i] / 1e6, planted)
        ck.rel(f"revenue total {YEARS[y]}", find(rows, "Tổng doanh thu")[y], sum(lines))
    rev = find(rows, "Tổng doanh thu")
    if c["qrev"] == "table":
        rows = p.table("Phân bổ doanh thu")
        qs = [find(rows, lab, 2)[0] for lab in ["Quý I", "Quý II", "Quý III", "Quý IV"]]
        ck.rel("quarter revenue = 2027 revenue", sum(qs), rev[0])
        ck.rel("quarter total row", find(rows, "Cả năm", 2)[0], sum(qs))
    else:
        for v in m["qrev"]:
            p.has(fmt(v, 1))
        ck.rel("quarter revenue (text) = 2027 revenue", sum(m["qrev"]), rev[0])
    # costs
    rows = p.table("Chi phí sản xuất kinh doanh")
    for y in range(3):
        tot = 0.0
        for label, sh in c["shares"]:
            v = find(rows, label)[y]
            ck.rel(f"cost {label} {YEARS[y]} = {sh:.1%} × revenue", v, rev[y] * sh)
            tot += v
        w = find(rows, "Tiền lương")[y]
        ck.rel(f"cost wages {YEARS[y]} = wage fund", w, wf[y])
        d = find(rows, "Khấu hao")[y]
        ck.rel("depreciation", d, sum(v for _, v, f in c["inv"] if f) / c["life"])
        it = find(rows, "Lãi vay")[y]
        ck.rel(f"interest {YEARS[y]}", it, c["loan"][y] * c["rate"])
        o = find(rows, "Chi phí khác")[y]
        ck.rel("other", o, c["other"])
        ck.rel(f"cost total {YEARS[y]}", find(rows, "Tổng chi phí")[y], tot + w + d + it + o)
    cost = find(rows, "Tổng chi phí")
    dep = find(rows, "Khấu hao")[0]
    # summary
    rows = p.table("Hiệu quả kinh tế")
    pr = find(rows, "Lợi nhuận")
    for y in range(3):
        ck.rel(f"summary revenue {YEARS[y]}", find(rows, "Doanh thu")[y], rev[y])
        ck.rel(f"summary cost {YEARS[y]}", find(rows, "Chi phí")[y], cost[y])
        planted = "profit" in plant and plant["profit"][0] == y
        ck.rel(f"profit {YEARS[y]} = revenue − cost", pr[y], rev[y] - cost[y], planted)
        ck.rel(f"margin {YEARS[y]}", find(rows, "Tỷ suất")[y], pr[y] / rev[y] * 100)
        ck.p.check(0 < t["profit"][y] / t["rev"][y] < (0.45 if plant.get("growth") else 0.3),
                   f"true margin {YEARS[y]} out of range")
    stated = vn(re.search(r"hoàn vốn (?:khoảng|dự kiến|trong khoảng|là)? ?([\d,]+) năm", p.body).group(1))
    pb_printed = inv_total / (sum(pr) / 3 + dep)
    pb_true = t["inv_total"] / (sum(t["profit"]) / 3 + t["dep"])
    if "payback" in plant:
        ck.rel("payback (printed profits)", stated, pb_printed, True)
        ck.rel("payback (true profits)", stated, pb_true, True)
    else:
        ck.rel("payback", stated, pb_printed, tol=0.04)


PLANS_SHORT = {"gc05": 0}


def key_cap_planted(c: dict) -> bool:
    return c is PLANS["gc06"]


def fmt(x: float, d: int = 0) -> str:
    """Vietnamese number: 1.234,5."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# --------------------------------------------------------------------------- text checks
READY = ("gc01", "gc02", "gc03", "gc04")


def check_text(key: str, p: Plan) -> None:
    b = p.body
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", b):
            p.check(int(d) >= 2030, f"paper valid only to {d}")
        p.has("nhãn hiệu", "truy xuất")
        if key != "gc04":
            p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm")
        else:
            p.has("không phải là thực phẩm", "43/2017/NĐ-CP")
    if key == "gc05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence")
        p.has("an toàn thực phẩm", "tự công bố", "nhãn hiệu", "biogas")
        p.lacks(r"Còn dư|thiếu", "balance row")
    if key == "gc06":
        p.lacks(r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|bể lắng|biogas|\brác\b|\bkhử\b", "environment")
        p.has("1048/QĐ-TTg", "cấp huyện", "123/2018/NQ-HĐND")
        p.lacks(r"148/QĐ-TTg|1489", "current programme")
    if key == "gc07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "product standard")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "8 lao động thời vụ")
        p.check("12 lao động thời vụ" not in b, "text gives 12 seasonal workers")
    if key == "gc08":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|tem|mã vạch|ghi nhãn", "label")
        p.has("nhãn hiệu", "an toàn thực phẩm", "tự công bố")
    if key == "gc09":
        p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|"
                r"đăng ký thành lập|hộ kinh doanh", "business registration")
        p.has("cam kết bảo đảm an toàn thực phẩm", "bể tự hoại")
    if key == "gc10":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
        p.has("[tên sản phẩm]")
        mk = b.split("Thị trường", 1)[1].split("\n# ", 1)[0]
        for w in ("đại lý", "siêu thị", "cửa hàng", "sàn", "đồng", "khách hàng", "chợ", "Zalo",
                  "Facebook", "hợp đồng"):
            p.check(w not in mk, f"market names {w!r}")


def check_sketchy(stem: str, words: tuple[str, ...], missing: str) -> Plan:
    p = Plan(stem)
    n = len(re.findall(r"\w+", p.body))
    p.check(150 <= n <= 350, f"{n} words")
    p.check("|" not in p.body, "a table in a sketchy plan")
    p.has(*words)
    p.lacks(missing, "a paper the sketchy plan lacks")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = argv or []  # (the command line's keys come from __main__; under pytest, none)
    plans = []
    for key in PLANS:
        if argv and key not in argv:
            continue
        p = check_full(key)
        check_text(key, p)
        plans.append(p)
    if not argv or "gc11" in argv:
        plans.append(check_sketchy("gc11_banh_chung_tet_so_sai", ("600 cái", "120.000 đồng", "72 triệu"),
                                   r"an toàn thực phẩm|tiêu chuẩn|nhãn|đăng ký"))
    if not argv or "gc12" in argv:
        plans.append(check_sketchy("gc12_khoai_deo_so_sai", ("1.200 kg", "180.000 đồng", "216 triệu"),
                                   r"tiêu chuẩn cơ sở|nhãn hiệu|truy xuất|môi trường"))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
