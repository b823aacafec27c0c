"""The 274th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout274/arithmetic.py [jp01 jp05 ...]

Theme: sales on credit, deposits and debts. For every full plan (jp01-jp10) the constants give the
products (pack size in the plan's base unit, price and packs per year, packaging cost per pack),
the 2024-2026 history, raw materials (norm per base unit, price, supply rows as count x yield), the
equipment rating, staff and monthly wages, cost shares (selling, tax), energy per base unit, the
sales channels (share of revenue, days of credit, or a Tết pre-order with its deposit rate), the
bad-debt allowance rule (a share of credit sales, a share of the year-end balance, or an aging
table), the suppliers' credit days, the stock days, the minimum cash, investment items, capital
sources, loan balances and rate. From them `model()` computes every figure the plans print: revenue
lines (packs x price) and totals, output and capacity use, raw-material need and supply, wage fund,
every cost line, profit, margin, the year-end receivables per channel (channel revenue x days /
360), deposits held at year end (deposit rate x share of the year's Tết orders already booked for
the next Tết), the allowance, payables per supplier (purchases x days / 360), stock, the working
capital need (receivables + stock + cash - payables - deposits) which is the "Vốn lưu động" item of
the investment, the cash collected in the year (revenue - rise in receivables + rise in deposits),
the cash paid to suppliers, the collection schedule of the year-end balance, and payback =
investment / (average profit + depreciation).

A planted numeric defect is an override of one figure: "print" overrides change only the printed
cell, "flow" overrides are carried into every figure computed from it (its knock-ons, listed in
each plan's `knock`). The plan's tables (found by their caption "Bảng N.") are read back cell by
cell: every planted cell must be wrong by more than 5 % against the true model with the true value
beside it, every knock-on cell must equal the printed model, every other cell must equal the true
model within 1 % (or 0,11 of a million). Textual defects are asserted by the presence or absence of
their words; ready plans cite QĐ 148 and QĐ 1489 and nothing outdated. Sketchy plans: 150-350
words, no table.
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
DAYS = 360
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year], pack cost đ)
# hist: output 2024-2026, average price đ per base unit, margin
# raws: (label, unit, norm per base unit, price đ per unit, [(supply label, [count], count word, yield)])
# cap: (rating per day, working days, rating text)
# roles: (role, [staff per year]); wage: monthly wage per year (triệu)
# energy: đ per base unit; sell / tax: share of revenue
# channels: (label, share of revenue, credit days, kind) kind: cash | credit | pre
# pre: deposit rate and share of the year's pre-order value booked by 31/12 for the next Tết
# bad: ("credit", rate) on credit sales | ("ar", rate) on the year-end balance |
#      ("aging", [(bucket, share of balance, rate)]) the allowance held, its rise is the cost
# ap: (supplier label, cost key, days); stock: (label, [cost keys], days); cash: minimum cash
# inv: (label, triệu, fixed?) before the working-capital item; src: (label, triệu or None = rest)
# loan: balance per year, rate; other: fixed "Chi phí khác"; money: "tr" (triệu) or "k" (1.000 đ)
PLANS: dict[str, dict] = {
    "jp01": dict(
        unit="kg", money="tr",
        products=[("Kẹo lạc vừng hộp 300 g", "hộp", 0.3, [52000, 54000, 56000], [30000, 33000, 36000], 6000),
                  ("Kẹo lạc túi 500 g cho đại lý", "túi", 0.5, [70000, 72000, 75000], [12000, 13000, 14000], 3000),
                  ("Hộp quà Tết kẹo lạc, kẹo vừng 600 g", "hộp", 0.6, [165000, 170000, 175000], [4000, 4500, 5000], 28000)],
        hist=dict(out=[13200, 14600, 15900], price=[158000, 164000, 170000], margin=[0.095, 0.10, 0.105]),
        raws=[("Lạc nhân", "kg", 0.55, 58000,
               [("Hộ trồng lạc thôn Trung Lương", [55, 55, 55], "hộ", 160),
                ("Hộ trồng lạc thôn Đông Thịnh", [30, 30, 30], "hộ", 150)]),
              ("Mạch nha, đường", "kg", 0.36, 24000,
               [("Công ty Mạch nha Phúc Nguyên (hợp đồng)", [1, 1, 1], "hợp đồng", 9000)]),
              ("Vừng", "kg", 0.08, 72000,
               [("Hộ trồng vừng bãi sông Lam", [25, 25, 25], "hộ", 80)])],
        cap=(90, 280, "90 kg kẹo/ngày"),
        roles=[("Giám đốc, kế toán, thủ quỹ", [3, 3, 3]), ("Rang lạc, nấu mạch nha, cán kẹo", [5, 5, 6]),
               ("Cắt, đóng hộp, kho", [3, 3, 3]), ("Bán hàng, giao hàng, thu nợ", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8], energy=6000, sell=0.07, tax=0.015,
        channels=[("Bán lẻ tại cửa hàng, bán trực tuyến", 0.20, 0, "cash"),
                  ("Đại lý, cửa hàng đặc sản", 0.42, 30, "credit"),
                  ("Siêu thị, chuỗi cửa hàng tiện lợi", 0.16, 60, "credit"),
                  ("Đơn quà Tết của cơ quan, doanh nghiệp", 0.22, 0, "pre")],
        pre=(0.30, 0.60),
        bad=("aging", [("Trong hạn", 0.82, 0.0), ("Quá hạn đến 3 tháng", 0.12, 0.10),
                       ("Quá hạn 3 – 6 tháng", 0.04, 0.30), ("Quá hạn trên 6 tháng", 0.02, 0.50)]),
        ap=[("Công ty Mạch nha Phúc Nguyên", "raw1", 30), ("Bao bì Thành Vinh (hộp, túi, thùng)", "pack", 45)],
        stock=[("Lạc nhân, vừng dự trữ", ["raw0", "raw2"], 60), ("Mạch nha, đường", ["raw1"], 20),
               ("Hộp, túi, thùng", ["pack"], 30), ("Kẹo thành phẩm", ["raw", "pack", "energy"], 15)],
        cash=60,
        inv=[("Máy rang lạc lồng quay 50 kg/mẻ", 160, True), ("Nồi nấu mạch nha hai vỏ, máy cán cắt kẹo", 290, True),
             ("Máy đóng hộp, hàn màng co", 130, True), ("Cải tạo xưởng một chiều, kho mát 40 m²", 240, True),
             ("Xe tải nhỏ 1,25 tấn giao hàng", 380, True), ("Thiết kế hộp quà, mã vạch, tem truy xuất", 45, False)],
        src=[("Vốn chủ sở hữu của công ty", None), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, other=70),
    "jp02": dict(
        unit="kg", money="tr",
        products=[("Mật ong hoa rừng chai 500 g", "chai", 0.5, [190000, 195000, 200000], [5000, 5500, 6000], 9000),
                  ("Mật ong hoa keo hũ 1 kg", "hũ", 1, [230000, 236000, 242000], [2400, 2600, 2800], 12000),
                  ("Hộp quà mật ong 2 chai 250 g", "hộp", 0.5, [215000, 220000, 225000], [1200, 1350, 1500], 38000)],
        hist=dict(out=[4300, 4700, 5050], price=[300000, 308000, 315000], margin=[0.10, 0.105, 0.11]),
        raws=[("Mật ong thô (đã kiểm tra thủy phần)", "kg", 1.06, 130000,
               [("Đàn ong của thành viên", [480, 510, 540], "đàn", 12),
                ("Hộ nuôi ong liên kết xã Hương Thọ", [14, 14, 14], "hộ", 120)])],
        cap=(40, 250, "2 mẻ × 20 kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, kiểm tra thủy phần", [1, 1, 1]),
               ("Hạ thủy phần, lọc, chiết rót", [2, 2, 2]), ("Bán hàng, thu nợ", [1, 1, 2])],
        wage=[5.8, 6.0, 6.2], energy=4000, sell=0.06, tax=0.015,
        channels=[("Cửa hàng, điểm bán OCOP", 0.25, 0, "cash"),
                  ("Nhà thuốc, cửa hàng đặc sản", 0.33, 60, "credit"),
                  ("Bán qua sàn thương mại điện tử", 0.15, 15, "credit"),
                  ("Đơn quà biếu của doanh nghiệp", 0.27, 0, "pre")],
        pre=(0.50, 0.50),
        bad=("credit", 0.015),
        ap=[("Mật ong thô mua của thành viên", "raw0", 30), ("Chai, hũ, hộp quà (Bao bì Hưng Phát)", "pack", 30)],
        stock=[("Mật ong thô dự trữ sau vụ", ["raw0"], 90), ("Chai, hũ, hộp", ["pack"], 30),
               ("Mật ong thành phẩm", ["raw", "pack", "energy"], 20)],
        cash=40,
        inv=[("Máy hạ thủy phần chân không 20 kg/mẻ", 180, True), ("Bồn lọc inox, máy chiết rót", 120, True),
             ("Phòng chiết rót, kho 45 m²", 210, True), ("Kiểm nghiệm, tem truy xuất, thiết kế hộp quà", 40, False)],
        src=[("Vốn góp thêm của thành viên", None), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 200, 150], rate=0.066, other=40),
    "jp03": dict(
        unit="lít", money="tr",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [16000, 17000, 18000], 7000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [70000, 72000, 74000], [10000, 10600, 11200], 8000),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, [220000, 226000, 232000], [1200, 1280, 1360], 15000)],
        hist=dict(out=[19800, 21400, 22700], price=[90000, 93000, 95000], margin=[0.10, 0.105, 0.11]),
        raws=[("Cá cơm tươi", "kg", 1.3, 25000,
               [("Thuyền của tổ viên", [6, 6, 6], "thuyền", 5000),
                ("Nậu cá bến Cửa Sót (hợp đồng)", [1, 1, 1], "hợp đồng", 10000)]),
              ("Muối hạt", "kg", 0.35, 4000,
               [("Diêm dân xã Thạch Khê (hợp đồng)", [1, 1, 1], "hợp đồng", 12000)])],
        cap=(110, 300, "chiết rót 110 lít/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Muối cá, đảo chượp", [3, 3, 3]),
               ("Kéo rút, lọc, chiết chai", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0], energy=2000, sell=0.07, tax=0.015,
        channels=[("Bán lẻ tại cơ sở, chợ", 0.28, 0, "cash"),
                  ("Nhà phân phối Vinh, Hà Nội", 0.34, 45, "credit"),
                  ("Nhà hàng, bếp ăn (can 5 lít)", 0.16, 30, "credit"),
                  ("Đơn hộp quà Tết đặt trước", 0.22, 0, "pre")],
        pre=(0.20, 0.50),
        bad=("ar", 0.02),
        ap=[("Diêm dân Thạch Khê (muối)", "raw1", 30), ("Chai, can, thùng (Bao bì Nam Đàn)", "pack", 30)],
        stock=[("Chượp đang ủ (12 tháng)", ["raw"], 360), ("Chai, can, thùng", ["pack"], 30),
               ("Nước mắm thành phẩm", ["raw", "pack"], 20)],
        cash=40,
        inv=[("Bổ sung 20 thùng gỗ ủ chượp 2.000 lít", 160, True), ("Nhà ủ chượp mái che 150 m²", 260, True),
             ("Máy lọc, bồn chứa inox, máy chiết rót", 150, True), ("Bể thu gom, xử lý nước thải, nước rửa", 90, True),
             ("Kiểm nghiệm, tự công bố, tem truy xuất", 30, False)],
        src=[("Vốn góp thêm, quỹ tích lũy của tổ", None), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=40),
    "jp04": dict(
        unit="chiếc", money="k",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [72000, 74000, 76000], [10000, 10800, 11600], 3000),
                  ("Nón bài thơ vẽ tay", "chiếc", 1, [145000, 149000, 153000], [3500, 3800, 4100], 8000),
                  ("Bộ 3 nón lá mini lưu niệm", "bộ", 3, [110000, 113000, 116000], [2000, 2200, 2400], 9000)],
        hist=dict(out=[15600, 16800, 17900], price=[69000, 70500, 72000], margin=[0.08, 0.085, 0.09]),
        raws=[("Lá nón đã phơi, là phẳng", "kg", 0.15, 80000,
               [("Hộ thu hái lá nón xã Sơn Kim", [60, 60, 60], "hộ", 60),
                ("Tổ thu mua lá Hương Khê (hợp đồng)", [1, 1, 1], "tổ", 400)]),
              ("Vành tre chuốt sẵn", "bộ", 1, 6000,
               [("Cơ sở chuốt vành tre Đức Lạng (hợp đồng)", [1, 1, 1], "cơ sở", 26000)]),
              ("Công khâu nón tại nhà", "chiếc", 1, 16000,
               [("Người khâu tại nhà thôn Phú Thượng", [26, 26, 26], "người", 700),
                ("Người khâu tại nhà thôn Phú Hạ", [12, 12, 12], "người", 650)])],
        cap=(100, 280, "100 chiếc/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Chọn lá, là lá, kiểm tra nón", [3, 3, 4]),
               ("Vẽ, in hoa văn, đóng gói", [2, 2, 2])],
        wage=[4.2, 4.4, 4.6], energy=600, sell=0.06, tax=0.015,
        channels=[("Bán tại cơ sở, làng nghề", 0.25, 0, "cash"),
                  ("Cửa hàng lưu niệm Huế, Hội An, Hà Nội", 0.35, 30, "credit"),
                  ("Công ty lữ hành đặt trước", 0.15, 0, "pre"),
                  ("Công ty xuất khẩu thủ công mỹ nghệ", 0.25, 60, "credit")],
        pre=(0.30, 0.40),
        bad=("ar", 0.03),
        ap=[("Cơ sở chuốt vành tre Đức Lạng", "raw1", 30), ("Tiền công khâu tại nhà", "raw2", 7)],
        stock=[("Lá nón dự trữ mùa khô", ["raw0"], 90), ("Vành tre", ["raw1"], 20),
               ("Nón thành phẩm chờ giao", ["raw", "pack"], 15)],
        cash=30,
        inv=[("Nhà xưởng khâu nón, kho lá 100 m²", 350, True), ("Máy là lá, máy sấy lá bằng điện", 60, True),
             ("Khuôn nón, bàn vẽ, máy in lụa", 35, True), ("Thiết kế thẻ treo, hộp quà, mã QR", 20, False)],
        src=[("Vốn tự có của hộ", None), ("Vay Ngân hàng Chính sách xã hội (giải quyết việc làm)", 100)],
        life=8, loan=[100, 70, 40], rate=0.066, other=25),
    "jp05": dict(
        unit="lít", money="tr",
        products=[("Rượu nếp 29,5 độ, chai 500 ml", "chai", 0.5, [75000, 78000, 81000], [20000, 22000, 24000], 9000),
                  ("Rượu nếp hạ thổ, bình gốm 1,5 lít", "bình", 1.5, [280000, 290000, 300000], [1500, 1650, 1800], 45000),
                  ("Rượu nếp 29,5 độ, can 5 lít", "can", 5, [420000, 435000, 450000], [800, 850, 900], 12000)],
        hist=dict(out=[12600, 13800, 14900], price=[140000, 144000, 148000], margin=[0.11, 0.115, 0.12]),
        raws=[("Gạo nếp cái", "kg", 1.25, 32000,
               [("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 500),
                ("Hộ trồng nếp thôn Bắc Tiến (hợp đồng)", [12, 12, 12], "hộ", 500)])],
        cap=(120, 250, "2 nồi × 60 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2]), ("Bán hàng, thu nợ", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=5000, sell=0.06, tax=0.02,
        channels=[("Bán tại cơ sở", 0.25, 0, "cash"),
                  ("Nhà hàng, quán ăn", 0.35, 30, "credit"),
                  ("Cửa hàng đặc sản, tạp hóa", 0.20, 15, "credit"),
                  ("Đơn quà Tết đặt trước", 0.20, 0, "pre")],
        pre=(0.30, 0.50),
        bad=("credit", 0.01),
        ap=[("Chai, bình gốm, can (Gốm Cẩm Hà)", "pack", 30)],
        stock=[("Gạo nếp dự trữ sau vụ", ["raw"], 45), ("Rượu hạ thổ (ủ 6 tháng)", ["raw", "energy"], 180),
               ("Chai, bình, can", ["pack"], 30)],
        cash=40,
        inv=[("Hệ thống lọc, khử andehit", 180, True), ("Kho hạ thổ 50 m², 60 chum sành", 220, True),
             ("Máy chiết rót, đóng nắp", 90, True), ("Hầm biogas 20 m³ xử lý bỗng, nước rửa", 70, True),
             ("Thiết kế nhãn, hộp quà, tem truy xuất", 40, False)],
        src=[("Vốn góp của thành viên", None), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 350, 250], rate=0.08, other=45),
    "jp06": dict(
        unit="kg", money="tr",
        products=[("Chè búp khô túi 200 g", "túi", 0.2, [60000, 62000, 64000], [15000, 16500, 18000], 3000),
                  ("Chè búp khô hộp quà 500 g", "hộp", 0.5, [150000, 155000, 160000], [3000, 3300, 3600], 20000),
                  ("Chè búp khô bao 1 kg cho quán nước", "bao", 1, [220000, 226000, 232000], [2000, 2200, 2400], 4000)],
        hist=dict(out=[5100, 5500, 5950], price=[255000, 260000, 265000], margin=[0.12, 0.125, 0.13]),
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.5, 18000,
               [("Nương chè của tổ viên", [6, 6, 6], "ha", 5000),
                ("Hộ trồng chè thôn Tân Hòa (hợp đồng)", [20, 20, 20], "hộ", 1200)])],
        cap=(36, 270, "36 kg chè khô/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, vận chuyển búp", [3, 3, 3]),
               ("Diệt men, vò, sao, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.2, 5.4], energy=9000, sell=0.06, tax=0.015,
        channels=[("Bán lẻ tại chợ, khách quen", 0.35, 0, "cash"),
                  ("Đại lý chè, quán nước", 0.30, 30, "credit"),
                  ("Siêu thị, cửa hàng tiện lợi", 0.15, 60, "credit"),
                  ("Đơn hộp quà Tết", 0.20, 0, "pre")],
        pre=(0.30, 0.50),
        bad=("ar", 0.02),
        ap=[("Búp chè tươi của hộ (trả 15 ngày một lần)", "raw0", 15), ("Túi, hộp, bao (In Thành Sen)", "pack", 30)],
        stock=[("Chè khô thành phẩm", ["raw", "pack", "energy"], 30), ("Túi, hộp, bao", ["pack"], 30)],
        cash=30,
        inv=[("Máy vò chè, máy sao chè quay", 300, True), ("Máy sấy chè bằng điện", 180, True),
             ("Nhà chế biến 120 m²", 340, True), ("Bao bì, hộp quà, mã vạch", 30, False)],
        src=[("Vốn góp của tổ viên", 580), ("Vay Quỹ hỗ trợ nông dân", 150), ("Vay Ngân hàng Chính sách xã hội", 100)],
        life=8, loan=[250, 200, 150], rate=0.07, other=30),
    "jp07": dict(
        unit="kg", money="tr",
        products=[("Trà túi lọc cà gai leo, hộp 25 túi × 2 g", "hộp", 0.05, [50000, 52000, 54000], [40000, 44000, 48000], 11000),
                  ("Trà túi lọc cà gai leo, hộp 50 túi × 2 g", "hộp", 0.1, [92000, 95000, 98000], [8000, 8800, 9600], 16000),
                  ("Cà gai leo khô, túi 500 g cho nhà thuốc", "túi", 0.5, [170000, 175000, 180000], [1500, 1650, 1800], 5000)],
        hist=dict(out=[2650, 2900, 3200], price=[770000, 785000, 800000], margin=[0.09, 0.095, 0.10]),
        raws=[("Cà gai leo khô", "kg", 1.1, 65000,
               [("Vùng trồng của công ty", [5, 5, 5], "ha", 600),
                ("Hộ liên kết xã Thạch Sơn", [40, 40, 40], "hộ", 50)])],
        cap=(20, 280, "20 kg trà/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế, sấy, nghiền", [3, 3, 3]),
               ("Đóng túi lọc, đóng hộp", [4, 4, 5]), ("Kinh doanh, thu hồi công nợ", [3, 3, 3])],
        wage=[6.5, 6.8, 7.1], energy=45000, sell=0.09, tax=0.015,
        channels=[("Bán tại văn phòng, hội chợ", 0.10, 0, "cash"),
                  ("Nhà phân phối miền Bắc", 0.40, 45, "credit"),
                  ("Chuỗi nhà thuốc", 0.25, 30, "credit"),
                  ("Sàn thương mại điện tử", 0.15, 15, "credit"),
                  ("Đơn quà Tết của doanh nghiệp", 0.10, 0, "pre")],
        pre=(0.30, 0.50),
        bad=("aging", [("Trong hạn", 0.85, 0.0), ("Quá hạn đến 3 tháng", 0.10, 0.10),
                       ("Quá hạn 3 – 6 tháng", 0.03, 0.30), ("Quá hạn trên 6 tháng", 0.02, 0.70)]),
        ap=[("Công ty In bao bì Hồng Hà (hộp, túi lọc)", "pack", 45), ("Hộ liên kết (cà gai leo khô)", "raw0", 15)],
        stock=[("Cà gai leo khô dự trữ", ["raw"], 60), ("Hộp, túi lọc", ["pack"], 45),
               ("Trà thành phẩm", ["raw", "pack", "energy"], 30)],
        cash=80,
        inv=[("Máy đóng túi lọc tự động", 420, True), ("Máy sấy, máy nghiền dược liệu", 210, True),
             ("Cải tạo xưởng, phòng sạch đóng gói 120 m²", 380, True), ("Kiểm nghiệm, thiết kế hộp", 60, False)],
        src=[("Vốn góp của cổ đông", None), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.085, other=90),
    "jp08": dict(
        unit="kg", money="tr",
        products=[("Bún gạo khô gói 500 g", "gói", 0.5, [22000, 23000, 24000], [40000, 44000, 48000], 1200),
                  ("Miến gạo gói 400 g", "gói", 0.4, [28000, 29000, 30000], [25000, 27500, 30000], 1400),
                  ("Bún khô bao 5 kg cho bếp ăn", "bao", 5, [170000, 176000, 182000], [1800, 1980, 2160], 3000)],
        hist=dict(out=[30500, 32800, 35600], price=[46000, 47000, 48000], margin=[0.08, 0.085, 0.09]),
        raws=[("Gạo tẻ", "kg", 1.25, 16000,
               [("Hộ trồng lúa liên kết thôn Phú Mỹ", [40, 40, 40], "hộ", 800),
                ("Xưởng xay xát Hồng Phúc (hợp đồng)", [1, 1, 1], "xưởng", 18000)])],
        cap=(200, 300, "200 kg/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Ngâm, xay, tráng, ép", [4, 4, 4]),
               ("Phơi, sấy, đóng gói", [3, 3, 3]), ("Giao hàng, thu tiền", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], energy=1500, sell=0.05, tax=0.015,
        channels=[("Bán tại chợ, tại nhà", 0.30, 0, "cash"),
                  ("Thương lái, đại lý chợ đầu mối", 0.35, 15, "credit"),
                  ("Bếp ăn trường học, khu công nghiệp", 0.35, 30, "credit")],
        bad=("ar", 0.02),
        ap=[("Xưởng xay xát Hồng Phúc (gạo)", "raw0", 15), ("Túi, bao (Bao bì Vinh Phát)", "pack", 30)],
        stock=[("Gạo dự trữ", ["raw"], 20), ("Bún, miến thành phẩm", ["raw", "pack", "energy"], 10)],
        cash=30,
        inv=[("Máy xay bột nước, máy tráng, máy ép bún", 260, True), ("Lò sấy bún khô bằng hơi nóng", 180, True),
             ("Cải tạo xưởng, sân phơi có mái che 120 m²", 150, True),
             ("Xe tải nhỏ chở gạo, giao hàng", 250, True), ("Bao bì, mã vạch", 20, False)],
        src=[("Vốn tự có của hộ", None), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.08, other=30),
    "jp09": dict(
        unit="kg", money="tr",
        products=[("Bánh chưng 1 kg", "chiếc", 1, [100000, 104000, 108000], [8000, 14400, 24480], 5000),
                  ("Bánh chưng nhỏ 0,5 kg", "chiếc", 0.5, [55000, 57000, 59000], [6000, 10800, 18360], 3000),
                  ("Bánh tét 1 kg", "đòn", 1, [90000, 93000, 96000], [3000, 5400, 9180], 4000)],
        hist=dict(out=[11000, 11800, 12600], price=[92000, 94000, 96000], margin=[0.10, 0.105, 0.11]),
        raws=[("Gạo nếp", "kg", 0.5, 30000,
               [("Ruộng nếp của thành viên", [60, 60, 60], "hộ", 400)]),
              ("Thịt lợn", "kg", 0.15, 130000,
               [("Trang trại lợn Mạnh Hùng (hợp đồng)", [1, 1, 1], "trang trại", 8000)]),
              ("Đỗ xanh", "kg", 0.12, 45000,
               [("Hộ trồng đỗ thôn Yên Thịnh", [30, 30, 30], "hộ", 200)])],
        cap=(520, 100, "13 nồi × 40 bánh/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Gói bánh, luộc bánh", [2, 2, 2]),
               ("Giao hàng, thu tiền", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0], energy=3000, sell=0.05, tax=0.015,
        channels=[("Khách mua tại cơ sở", 0.20, 0, "cash"),
                  ("Đơn Tết của cơ quan, doanh nghiệp", 0.45, 0, "pre"),
                  ("Đại lý tại Vinh, Hà Nội", 0.25, 30, "credit"),
                  ("Siêu thị, cửa hàng thực phẩm sạch", 0.10, 45, "credit")],
        pre=(0.30, 0.30),
        bad=("credit", 0.01),
        ap=[("Trang trại lợn Mạnh Hùng (thịt)", "raw1", 15)],
        stock=[("Gạo nếp, đỗ xanh dự trữ", ["raw0", "raw2"], 60), ("Lá dong, lạt, hộp", ["pack"], 20)],
        cash=50,
        inv=[("Bếp hơi và 8 nồi luộc bánh inox", 120, True), ("Kho lạnh bảo quản thịt, bánh 30 m³", 140, True),
             ("Cải tạo nhà gói bánh 80 m²", 130, True), ("Hộp giấy, túi quà, mã vạch", 25, False)],
        src=[("Vốn góp của thành viên", None), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=30),
    "jp10": dict(
        unit="kg", money="tr",
        products=[("Giò lụa 1 kg", "cây", 1, [240000, 248000, 256000], [12000, 13800, 15870], 6000),
                  ("Giò bê 0,5 kg", "cây", 0.5, [170000, 176000, 182000], [8000, 9200, 10580], 4000),
                  ("Chả quế 0,5 kg", "khoanh", 0.5, [130000, 134000, 138000], [6000, 6900, 7940], 4000)],
        hist=dict(out=[15400, 16500, 17600], price=[238000, 244000, 250000], margin=[0.07, 0.075, 0.08]),
        raws=[("Thịt lợn nạc, thịt bê", "kg", 1.0, 140000,
               [("Trang trại lợn Hưng Thịnh (hợp đồng)", [2, 2, 2], "trang trại", 10000),
                ("Cơ sở giết mổ Đông Lộc (hợp đồng)", [1, 1, 1], "cơ sở", 9000)])],
        cap=(75, 300, "giã giò 75 kg/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế thịt, giã giò", [5, 5, 5]),
               ("Gói, luộc, làm lạnh", [4, 4, 4]), ("Bán hàng, giao hàng, thu nợ", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=7000, sell=0.06, tax=0.015,
        channels=[("Bán lẻ tại cửa hàng", 0.15, 0, "cash"),
                  ("Nhà hàng, dịch vụ cưới hỏi", 0.35, 30, "credit"),
                  ("Chuỗi siêu thị", 0.25, 45, "credit"),
                  ("Đơn giò Tết đặt trước", 0.25, 0, "pre")],
        pre=(0.30, 0.50),
        bad=("ar", 0.02),
        ap=[("Trang trại lợn Hưng Thịnh", "raw0", 15), ("Lá chuối, túi hút chân không", "pack", 30)],
        stock=[("Thịt đông lạnh dự trữ", ["raw"], 7), ("Giò chả trong kho lạnh", ["raw", "pack", "energy"], 5)],
        cash=80,
        inv=[("Máy giã giò, máy xay thịt", 220, True), ("Kho lạnh âm 18 độ 40 m³", 380, True),
             ("Nồi luộc giò, bể làm lạnh nhanh", 90, True), ("Cải tạo xưởng một chiều 120 m²", 450, True),
             ("Xe tải lạnh 1,5 tấn", 550, True),
             ("Bao bì, nhãn, mã vạch", 40, False)],
        src=[("Vốn chủ sở hữu", None), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.085, other=80),
}


# --------------------------------------------------------------------------- model
def _r(x: float, P: dict) -> float:
    return round(x + 1e-9, 1) if P.get("money", "tr") == "tr" else round(x + 1e-12, 3)


def model(P: dict, planted: bool = True) -> dict:
    """Every figure of a full plan, keyed by tuples. With `planted`, the plan's overrides apply:
    ("flow", value) is carried into what follows, ("print", value) changes only that figure."""
    plant = P.get("plant", {}) if planted else {}
    M: dict = {}

    def r(x):
        return _r(x, P)

    def S(key, val):
        o = plant.get(key)
        if o is not None and o[0] == "flow":
            val = o[1]
        M[key] = val
        return val

    Y = range(3)
    prods, raws = P["products"], P["raws"]
    for j in range(3):
        h = P["hist"]
        S(("h_out", j), h["out"][j])
        S(("h_price", j), h["price"][j])
        hr = S(("h_rev", j), r(h["out"][j] * h["price"][j] / 1e6))
        S(("h_profit", j), r(hr * h["margin"][j]))
    for y in Y:
        for i, (_, _, size, price, qty, pc) in enumerate(prods):
            S(("q", i, y), qty[y])
            S(("p", i, y), price[y])
            S(("rl", i, y), r(qty[y] * price[y] / 1e6))
        S(("rev", y), r(sum(M["rl", i, y] for i in range(len(prods)))))
        S(("out", y), round(sum(qty[y] * size for (_, _, size, _, qty, _) in prods), 1))
        rating, days, _ = P["cap"]
        S(("cap", y), rating * days)
        S(("use", y), round(M["out", y] / M["cap", y] * 100, 1))
        for a, (_, _, norm, price, rows) in enumerate(raws):
            for j, (_, counts, _, yld) in enumerate(rows):
                S(("sup", a, j, y), counts[y] * yld)
            S(("sup_t", a, y), sum(M["sup", a, j, y] for j in range(len(rows))))
            S(("need", a, y), round(M["out", y] * norm))
            S(("bal", a, y), M["sup_t", a, y] - M["need", a, y])
            S(("c_raw", a, y), r(M["need", a, y] * price / 1e6))
        S(("c_rawt", y), r(sum(M["c_raw", a, y] for a in range(len(raws)))))
        for k, (_, staff) in enumerate(P["roles"]):
            S(("role", k, y), staff[y])
        S(("staff", y), sum(M["role", k, y] for k in range(len(P["roles"]))))
        S(("wage", y), P["wage"][y])
        S(("c_wage", y), r(M["staff", y] * M["wage", y] * 12))
        S(("c_pack", y), r(sum(q[y] * pc for (_, _, _, _, q, pc) in prods) / 1e6))
        S(("c_energy", y), r(M["out", y] * P["energy"] / 1e6))
        S(("c_sell", y), r(M["rev", y] * P["sell"]))
        S(("c_tax", y), r(M["rev", y] * P["tax"]))
    fixed = sum(v for (_, v, f) in P["inv"] if f)
    # channels, receivables, deposits
    chans = P["channels"]
    pre_rate, pre_booked = P.get("pre", (0, 0))
    h26 = M["h_rev", 2]
    S(("ar", -1), r(h26 * sum(s * d for (_, s, d, kd) in chans if kd == "credit") / DAYS))
    S(("dep", -1), r(h26 * sum(s for (_, s, _, kd) in chans if kd == "pre") * pre_booked * pre_rate))
    bad = P["bad"]
    if bad[0] == "aging":
        S(("allow", -1), r(sum(M["ar", -1] * sh * rt for (_, sh, rt) in bad[1])))
    for y in Y:
        for c, (_, share, days, kind) in enumerate(chans):
            S(("ch", c, y), r(M["rev", y] * share))
            if kind == "credit":
                S(("ar_c", c, y), r(M["ch", c, y] * days / DAYS))
            if kind == "pre":
                S(("pre_v", y), M["ch", c, y])
        S(("ar", y), r(sum(M["ar_c", c, y] for c, ch in enumerate(chans) if ch[3] == "credit")))
        S(("ar_tot", y), M["ar", y])
        S(("credit", y), r(sum(M["ch", c, y] for c, ch in enumerate(chans) if ch[3] == "credit")))
        if any(ch[3] == "pre" for ch in chans):
            S(("booked", y), r(M["pre_v", y] * pre_booked))
            S(("dep", y), r(M["booked", y] * pre_rate))
        else:
            S(("dep", y), 0.0)
        if bad[0] == "credit":
            S(("c_bad", y), r(M["credit", y] * bad[1]))
        elif bad[0] == "ar":
            S(("c_bad", y), r(M["ar", y] * bad[1]))
        else:
            for b, (_, sh, rt) in enumerate(bad[1]):
                S(("ag", b, y), r(M["ar", y] * sh))
                S(("ag_a", b, y), r(M["ag", b, y] * rt))
            S(("allow", y), r(sum(M["ag_a", b, y] for b in range(len(bad[1])))))
            S(("c_bad", y), r(M["allow", y] - M["allow", y - 1]))
        S(("c_dep", y), r(fixed / P["life"]))
        S(("c_int", y), r(P["loan"][y] * P["rate"]))
        S(("c_other", y), P["other"])
        S(("cost", y), r(sum(M[c, y] for c in COST_KEYS)))
        S(("profit", y), r(M["rev", y] - M["cost", y]))
        S(("margin", y), round(M["profit", y] / M["rev", y] * 100, 1))
        S(("cash_in", y), r(M["rev", y] - (M["ar", y] - M["ar", y - 1]) + (M["dep", y] - M["dep", y - 1])))
        if y:
            S(("g_rev", y), round((M["rev", y] / M["rev", y - 1] - 1) * 100, 1))
            S(("g_out", y), round((M["out", y] / M["out", y - 1] - 1) * 100, 1))
        # payables and stock
        for s, (_, key, days) in enumerate(P["ap"]):
            S(("ap_s", s, y), r(_cost(M, key, y) * days / DAYS))
        S(("ap", y), r(sum(M["ap_s", s, y] for s in range(len(P["ap"])))))
        S(("purch", y), r(sum(_cost(M, key, y) for (_, key, _) in P["ap"])))
        for s, (_, keys, days) in enumerate(P["stock"]):
            S(("st_s", s, y), r(sum(_cost(M, key, y) for key in keys) * days / DAYS))
        S(("stock", y), r(sum(M["st_s", s, y] for s in range(len(P["stock"])))))
        S(("cash", y), P["cash"])
        S(("wc", y), r(M["ar", y] + M["stock", y] + M["cash", y] - M["ap", y] - M["dep", y]))
        if y:
            S(("dwc", y), r(M["wc", y] - M["wc", y - 1]))
    S(("ap", -1), r(M["ap", 0] * M["h_out", 2] / M["out", 0]))
    for y in Y:
        S(("pay", y), r(M["purch", y] - (M["ap", y] - M["ap", y - 1])))
    # collection of the balance at 31/12/2027 in January and February 2028 (even over the days)
    for c, (_, _, days, kind) in enumerate(chans):
        if kind == "credit":
            first = min(30, days) / days
            S(("col", c, 0), r(M["ar_c", c, 0] * first))
            S(("col", c, 1), r(M["ar_c", c, 0] - M["col", c, 0]))
    for m in range(2):
        S(("col_t", m), r(sum(M["col", c, m] for c, ch in enumerate(chans) if ch[3] == "credit")))
    # investment, sources, payback
    for i, (_, v, _) in enumerate(P["inv"]):
        S(("inv_i", i), float(v))
    S(("inv_wc",), M["wc", 0])
    S(("inv",), r(sum(M["inv_i", i] for i in range(len(P["inv"]))) + M["inv_wc",]))
    rest = M["inv",] - sum(v for (_, v) in P["src"] if v is not None)
    for j, (_, v) in enumerate(P["src"]):
        S(("src", j), float(v) if v is not None else r(rest))
    S(("src_t",), r(sum(M["src", j] for j in range(len(P["src"])))))
    for j in range(len(P["src"])):
        S(("src_pct", j), round(M["src", j] / M["src_t",] * 100, 1))
    S(("fixed",), float(fixed))
    S(("avg_profit",), r(sum(M["profit", y] for y in Y) / 3))
    S(("pb",), round(M["inv",] / (M["avg_profit",] + M["c_dep", 0]), 1))
    for key, o in plant.items():
        if o[0] == "print":
            M[key] = o[1]
    return M


COST_KEYS = ("c_rawt", "c_pack", "c_energy", "c_wage", "c_sell", "c_tax", "c_dep", "c_int", "c_bad", "c_other")


def _cost(M: dict, key: str, y: int) -> float:
    if key == "raw":
        return M["c_rawt", y]
    if key.startswith("raw"):
        return M["c_raw", int(key[3:]), y]
    return M["c_" + key, y]


# --------------------------------------------------------------------------- formats
def _group(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def fmt(x: float, kind: str, P: dict) -> str:
    """A figure as the plan prints it: m = money in the plan's unit, n = count, d = đồng,
    p = percent or one decimal."""
    if kind == "m":
        if P.get("money", "tr") == "k":
            return ("-" if x < 0 else "") + _group(abs(round(x * 1000)))
        kind = "p"
    if kind in ("n", "d"):
        if abs(x - round(x)) > 1e-6:
            kind = "p"
        else:
            return ("-" if x < 0 else "") + _group(abs(int(round(x))))
    a = abs(x)
    whole, dec = f"{a:.1f}".split(".")
    return ("-" if x < 0 else "") + _group(int(whole)) + "," + dec


def money_word(P: dict) -> str:
    return "triệu đồng" if P.get("money", "tr") == "tr" else "nghìn đồng"


def pct(x: float) -> str:
    """0.015 -> '1,5'; 0.3 -> '30'."""
    v = round(x * 100, 1)
    return str(int(v)) if v == int(v) else f"{v:.1f}".replace(".", ",")


# --------------------------------------------------------------------------- tables
# Every table a plan prints is built here, so the generator and the checker read the same cells:
# a cell is text, or (key, kind) naming a model figure and its format.
def tables(k: str, M: dict) -> dict:
    P = PLANS[k]
    u, mw = P["unit"], money_word(P)
    yrs = lambda key, kind="m": [((key, y), kind) for y in range(3)]  # noqa: E731
    t: dict = {}
    yh = [str(y) for y in YEARS] if P.get("yh") == "bare" else [f"Năm {y}" for y in YEARS]
    hh = [str(y) for y in HIST] if P.get("yh") == "bare" else [f"Năm {y}" for y in HIST]
    ml = "(triệu đồng)" if P.get("money", "tr") == "tr" else "(1.000 đồng)"
    unit_line = "ĐVT: triệu đồng" if P.get("money", "tr") == "tr" else "ĐVT: 1.000 đồng"
    t["hist"] = dict(unit=None, head=["TT", "Chỉ tiêu"] + hh, rows=[
        ["1", f"Sản lượng ({u})"] + [(("h_out", j), "n") for j in range(3)],
        ["2", f"Giá bán bình quân (đồng/{u})"] + [(("h_price", j), "d") for j in range(3)],
        ["3", f"Doanh thu {ml}"] + [(("h_rev", j), "m") for j in range(3)],
        ["4", f"Lợi nhuận {ml}"] + [(("h_profit", j), "m") for j in range(3)]])
    rows, n = [], 0
    for a, (label, ru, norm, _, sup) in enumerate(P["raws"]):
        for j, (sl, counts, word, yld) in enumerate(sup):
            n += 1
            rows.append([str(n), f"{sl}: {_group(counts[0])} {word} × {fmt(yld, 'n', P)} {ru}"]
                        + [(("sup", a, j, y), "n") for y in range(3)])
        low = label[0].lower() + label[1:]
        rows.append(["", f"Cộng nguồn cung {low} ({ru})"] + [(("sup_t", a, y), "n") for y in range(3)])
        rows.append(["", f"Nhu cầu {low} ({_norm(norm)} {ru}/{u})"] + [(("need", a, y), "n") for y in range(3)])
        if not P.get("no_balance"):
            rows.append(["", "Còn dư" if len(P["raws"]) == 1 else f"Còn dư {low.split(' (')[0].split(',')[0]}"]
                        + [(("bal", a, y), "n") for y in range(3)])
    t["raw"] = dict(unit=None, head=["TT", "Nguồn cung và nhu cầu"] + yh, rows=rows)
    prods = P["products"]
    rows = [[str(i + 1), f"{lab} ({pk})"] + [(("q", i, y), "n") for y in range(3)] for i, (lab, pk, *_) in enumerate(prods)]
    rows.append(["", f"Sản lượng quy đổi ({u})"] + [(("out", y), "n") for y in range(3)])
    rows.append(["", f"Công suất thiết kế ({u}/năm)"] + [(("cap", y), "n") for y in range(3)])
    if not P.get("no_use"):
        rows.append(["", "Mức sử dụng công suất (%)"] + [(("use", y), "p") for y in range(3)])
    t["out"] = dict(unit=None, head=["TT", "Sản phẩm"] + yh, rows=rows)
    t["cap"] = dict(unit=None, head=["TT", "Chỉ tiêu"] + yh, rows=[
        ["1", f"Sản lượng quy đổi ({u})"] + [(("out", y), "n") for y in range(3)],
        ["2", f"Công suất thiết kế ({u}/năm)"] + [(("cap", y), "n") for y in range(3)],
        ["3", "Mức sử dụng công suất (%)"] + [(("use", y), "p") for y in range(3)]])
    t["price"] = dict(unit="ĐVT: đồng", head=["TT", "Sản phẩm", "Đơn vị"] + yh, rows=[
        [str(i + 1), lab, pk] + [(("p", i, y), "d") for y in range(3)] for i, (lab, pk, *_) in enumerate(prods)])
    t["rev"] = dict(unit=unit_line, head=["TT", "Sản phẩm"] + yh, rows=[
        [str(i + 1), lab] + [(("rl", i, y), "m") for y in range(3)] for i, (lab, *_) in enumerate(prods)] + [["", "Tổng doanh thu"] + yrs("rev")])
    rows = []
    for i, (lab, pk, *_) in enumerate(prods):
        rows.append([str(i + 1), f"{lab}: số lượng ({pk})"] + [(("q", i, y), "n") for y in range(3)])
        rows.append(["", f"Giá bán (đồng/{pk})"] + [(("p", i, y), "d") for y in range(3)])
        rows.append(["", f"Thành tiền {ml}"] + [(("rl", i, y), "m") for y in range(3)])
    rows.append(["", f"Tổng doanh thu {ml}"] + yrs("rev"))
    t["revq"] = dict(unit=None, head=["TT", "Sản phẩm, chỉ tiêu"] + yh, rows=rows)
    cl = dict(CLABELS, **P.get("clabels", {}))
    bad = P["bad"]
    basis = dict(
        c_rawt="Nhu cầu × giá mua", c_pack="Số sản phẩm × giá bao bì", c_energy=f"{_group(P['energy'])} đ/{u}",
        c_wage="Lao động × lương × 12", c_sell=f"{pct(P['sell'])} % doanh thu", c_tax=f"{pct(P['tax'])} % doanh thu",
        c_dep=f"{_group(int(sum(v for (_, v, f) in P['inv'] if f)))} : {P['life']} năm",
        c_int=f"Dư nợ × {pct(P['rate'])} %/năm",
        c_bad="Phần tăng dự phòng" if bad[0] == "aging" else
        f"{pct(bad[1])} % doanh thu bán chịu" if bad[0] == "credit" else f"{pct(bad[1])} % số dư phải thu",
        c_other="Ước tính")
    if P.get("money") == "k":
        basis["c_dep"] = f"{_group(int(sum(v for (_, v, f) in P['inv'] if f) * 1000))} : {P['life']} năm"
        basis["c_energy"] = f"{_group(P['energy'])} đ/{u}"
    shown = ("c_energy", "c_sell", "c_tax", "c_dep", "c_int", "c_bad")
    rows = [[str(n + 1), f"{cl[c]} ({basis[c]})" if c in shown else cl[c]] + yrs(c) for n, c in enumerate(COST_KEYS)]
    rows.append(["", "Tổng chi phí"] + yrs("cost"))
    t["cost"] = dict(unit=unit_line, head=["TT", "Khoản chi phí (căn cứ tính)"] + yh, rows=rows)
    rows = [[str(i + 1), lab, (("inv_i", i), "m")] for i, (lab, *_) in enumerate(P["inv"])]
    rows.append([str(len(rows) + 1), P.get("wc_label", "Vốn lưu động (nhu cầu năm 2027)"), (("inv_wc",), "m")])
    rows.append(["", "Tổng vốn đầu tư", (("inv",), "m")])
    t["inv"] = dict(unit=unit_line, head=["TT", "Hạng mục", "Số tiền"], rows=rows)
    rows = [[str(j + 1), lab, (("src", j), "m"), (("src_pct", j), "p")] for j, (lab, _) in enumerate(P["src"])]
    rows.append(["", "Tổng nguồn vốn", (("src_t",), "m"), "100"])
    t["src"] = dict(unit=unit_line, head=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    rows = [["1", "Doanh thu"] + yrs("rev"), ["2", "Tổng chi phí"] + yrs("cost"),
            ["3", "Lợi nhuận"] + yrs("profit"), ["4", "Tỷ suất lợi nhuận trên doanh thu (%)"] + yrs("margin", "p")]
    if P.get("sum_cash"):
        rows.append(["5", "Tiền thu bán hàng trong năm"] + yrs("cash_in"))
    t["sum"] = dict(unit=unit_line, head=["TT", "Chỉ tiêu"] + yh, rows=rows)
    rows = []
    for c, (lab, share, days, kind) in enumerate(P["channels"]):
        pay = {"cash": "trả ngay", "credit": f"nợ {days} ngày",
               "pre": f"cọc {pct(P.get('pre', (0, 0))[0])} %"}[kind]
        rows.append([str(c + 1), f"{lab} ({pct(share)} %, {pay})"] + [(("ch", c, y), "m") for y in range(3)])
    rows.append(["", "Cộng doanh thu (100 %)"] + yrs("rev"))
    t["chan"] = dict(unit=unit_line, head=["TT", "Kênh bán (tỷ trọng, thanh toán)"] + yh, rows=rows)
    ends = [f"Cuối {y}" for y in YEARS]
    rows = [[str(n + 1), lab, str(days)] + [(("ar_c", c, y), "m") for y in range(3)]
            for n, (c, (lab, _, days, _)) in enumerate([(c, ch) for c, ch in enumerate(P["channels"]) if ch[3] == "credit"])]
    rows.append(["", "Tổng phải thu cuối năm", ""] + yrs("ar_tot"))
    t["ar"] = dict(unit=unit_line, head=["TT", "Khách hàng", "Số ngày nợ"] + ends, rows=rows)
    cr = [(c, ch) for c, ch in enumerate(P["channels"]) if ch[3] == "credit"]
    rows = [[str(n + 1), lab, (("ar_c", c, 0), "m"), (("col", c, 0), "m"), (("col", c, 1), "m")]
            for n, (c, (lab, *_)) in enumerate(cr)]
    rows.append(["", "Cộng", (("ar", 0), "m"), (("col_t", 0), "m"), (("col_t", 1), "m")])
    t["col"] = dict(unit=unit_line, head=["TT", "Khách hàng", "Số dư cuối 2027", "Thu tháng 1/2028", "Thu tháng 2/2028"],
                    rows=rows)
    if "pre" in P:
        rate, bk = P["pre"]
        t["dep"] = dict(unit=unit_line, head=["TT", "Chỉ tiêu"] + yh, rows=[
            ["1", P.get("pre_label", "Giá trị đơn Tết giao trong năm (doanh thu)")] + yrs("pre_v"),
            ["2", f"Đơn đã nhận đến 31/12 {P.get('pre_next', 'cho Tết năm sau')} ({pct(bk)} %)"] + yrs("booked"),
            ["3", f"Tiền đặt cọc khách đã trả, giữ đến 31/12 ({pct(rate)} %)"] + yrs("dep")])
    rows = [[str(s + 1), lab, str(days)] + [(("ap_s", s, y), "m") for y in range(3)]
            for s, (lab, _, days) in enumerate(P["ap"])]
    rows.append(["", "Tổng phải trả cuối năm", ""] + yrs("ap"))
    t["ap"] = dict(unit=unit_line, head=["TT", "Nhà cung cấp", "Số ngày được nợ"] + ends, rows=rows)
    if bad[0] == "aging":
        rows = [[str(b + 1), lab, pct(sh), pct(rt)] + [(("ag_a", b, y), "m") for y in range(3)]
                for b, (lab, sh, rt) in enumerate(bad[1])]
        rows.append(["", "Số dư dự phòng cuối năm", "", ""] + yrs("allow"))
        rows.append(["", "Trích thêm trong năm (vào chi phí)", "", ""] + yrs("c_bad"))
        t["bad"] = dict(unit=unit_line, head=["TT", "Tuổi nợ", "Tỷ trọng (%)", "Tỷ lệ trích (%)"] + ends, rows=rows)
    else:
        base = ("Doanh thu bán chịu", "credit") if bad[0] == "credit" else ("Số dư phải thu cuối năm", "ar")
        t["bad"] = dict(unit=unit_line, head=["TT", "Chỉ tiêu"] + yh, rows=[
            ["1", base[0]] + yrs(base[1]), ["2", "Tỷ lệ trích dự phòng (%)", pct(bad[1]), pct(bad[1]), pct(bad[1])],
            ["3", "Chi phí dự phòng nợ khó đòi"] + yrs("c_bad")])
    rows = [[str(s + 1), lab, str(days)] + [(("st_s", s, y), "m") for y in range(3)]
            for s, (lab, _, days) in enumerate(P["stock"])]
    rows.append(["", "Cộng hàng tồn kho", ""] + yrs("stock"))
    t["stock"] = dict(unit=unit_line, head=["TT", "Loại hàng tồn kho", "Số ngày dự trữ"] + ends, rows=rows)
    rows = [["1", "Phải thu khách hàng"] + yrs("ar"), ["2", "Hàng tồn kho"] + yrs("stock"),
            ["3", "Tiền mặt tối thiểu"] + yrs("cash"), ["4", "Trừ: phải trả nhà cung cấp"] + yrs("ap")]
    if "pre" in P:
        rows.append(["5", "Trừ: tiền đặt cọc của khách"] + yrs("dep"))
    rows.append(["", "Nhu cầu vốn lưu động"] + yrs("wc"))
    rows.append(["", "Vốn lưu động tăng thêm so với năm trước", "–", (("dwc", 1), "m"), (("dwc", 2), "m")])
    t["wc"] = dict(unit=unit_line, head=["TT", "Chỉ tiêu"] + yh, rows=rows)
    rows = [["1", "Doanh thu trong năm"] + yrs("rev"),
            ["2", "Cộng: phải thu đầu năm"] + [(("ar", y - 1), "m") for y in range(3)],
            ["3", "Trừ: phải thu cuối năm"] + yrs("ar")]
    if "pre" in P:
        rows += [["4", "Cộng: tiền cọc nhận trước, giữ cuối năm"] + yrs("dep"),
                 ["5", "Trừ: tiền cọc nhận năm trước"] + [(("dep", y - 1), "m") for y in range(3)]]
    rows.append(["", "Tiền thu bán hàng trong năm"] + yrs("cash_in"))
    t["cash"] = dict(unit=unit_line, head=["TT", "Chỉ tiêu"] + yh, rows=rows)
    rows = [[str(r + 1), role] + [(("role", r, y), "n") for y in range(3)] for r, (role, _) in enumerate(P["roles"])]
    rows += [["", "Tổng số lao động (người)"] + yrs("staff", "n"),
             ["", "Lương bình quân (triệu đồng/người/tháng)"] + yrs("wage", "p"),
             ["", f"Quỹ lương năm {ml}"] + yrs("c_wage")]
    t["staff"] = dict(unit=None, head=["TT", "Bộ phận"] + yh, rows=rows)
    return t


def _norm(x: float) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


CLABELS = dict(c_rawt="Nguyên liệu", c_pack="Bao bì", c_energy="Điện, nước, nhiên liệu",
               c_wage="Tiền lương, bảo hiểm", c_sell="Bán hàng, chiết khấu, vận chuyển", c_tax="Thuế, phí",
               c_dep="Khấu hao tài sản cố định", c_int="Lãi vay", c_bad="Dự phòng nợ phải thu khó đòi",
               c_other="Chi phí khác")


# --------------------------------------------------------------------------- per plan
# the tables each full plan prints (found by caption), planted overrides and the families of figures
# allowed to follow a "flow" override
TITLES: dict[str, dict] = {
    "jp01": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", raw="Nhu cầu và nguồn cung nguyên liệu",
                 revq="Sản lượng, giá bán và doanh thu theo sản phẩm",
                 cost="Chi phí sản xuất kinh doanh", chan="Doanh thu theo kênh bán và hình thức thanh toán",
                 ar="Công nợ phải thu cuối năm theo nhóm khách hàng",
                 col="Kế hoạch thu hồi số dư phải thu ngày 31/12/2027", dep="Đơn hàng Tết và tiền đặt cọc",
                 bad="Dự phòng nợ phải thu khó đòi theo tuổi nợ", wc="Nhu cầu vốn lưu động",
                 inv="Tổng vốn đầu tư", src="Nguồn vốn đầu tư", sum="Tổng hợp doanh thu, chi phí, lợi nhuận"),
    "jp02": dict(hist="Kết quả kinh doanh mật ong 2024 – 2026", raw="Cân đối mật ong thô",
                 out="Sản lượng theo sản phẩm và công suất", price="Giá bán dự kiến",
                 rev="Doanh thu theo sản phẩm", cost="Chi phí sản xuất kinh doanh",
                 chan="Doanh thu theo kênh và điều kiện thanh toán", ar="Số dư phải thu cuối năm",
                 dep="Đơn quà biếu đặt trước và tiền cọc", ap="Số dư phải trả cuối năm",
                 wc="Vốn lưu động cần có", inv="Tổng mức đầu tư", src="Nguồn vốn",
                 sum="Hiệu quả kinh tế"),
    "jp03": dict(hist="Kết quả sản xuất 2024 – 2026", raw="Nguyên liệu cá cơm và muối",
                 revq="Kế hoạch sản lượng và doanh thu", cap="Công suất chiết rót",
                 cost="Dự toán chi phí", chan="Kênh tiêu thụ và thời hạn thanh toán",
                 ar="Công nợ phải thu tại ngày 31/12", stock="Hàng tồn kho cuối năm",
                 wc="Nhu cầu vốn lưu động", cash="Doanh thu và tiền thực thu",
                 inv="Vốn đầu tư", src="Nguồn vốn", sum="Doanh thu, chi phí, lợi nhuận"),
    "jp04": dict(hist="Kết quả kinh doanh ba năm gần đây", raw="Cân đối lá nón và vành tre",
                 out="Số lượng nón theo loại và năng lực khâu", price="Giá bán từng loại nón",
                 rev="Doanh thu", staff="Lao động và tiền công", cost="Chi phí",
                 chan="Bán hàng theo kênh", ar="Tiền hàng khách còn nợ cuối năm",
                 dep="Tiền cọc của công ty lữ hành", wc="Vốn lưu động",
                 inv="Vốn đầu tư", src="Nguồn vốn", sum="Lãi lỗ dự kiến"),
    "jp05": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", raw="Nguồn gạo nếp",
                 out="Sản lượng và công suất nồi chưng cất", price="Giá bán (chưa gồm thuế tiêu thụ đặc biệt)",
                 rev="Doanh thu dự kiến", cost="Chi phí sản xuất kinh doanh",
                 chan="Doanh thu theo kênh bán", ar="Công nợ phải thu cuối năm",
                 dep="Đơn quà Tết đặt trước", wc="Nhu cầu vốn lưu động", cash="Doanh thu và tiền thu về",
                 inv="Tổng vốn đầu tư", src="Nguồn vốn", sum="Tổng hợp hiệu quả"),
    "jp06": dict(hist="Sản lượng, doanh thu 2024 – 2026", raw="Nguồn búp chè tươi",
                 revq="Sản lượng, giá và doanh thu", cap="Công suất chế biến",
                 cost="Chi phí", chan="Kênh bán và điều kiện thanh toán", ar="Phải thu khách hàng cuối năm",
                 ap="Phải trả người bán cuối năm", wc="Vốn lưu động", inv="Vốn đầu tư",
                 src="Nguồn vốn huy động", sum="Hiệu quả kinh tế"),
    "jp07": dict(hist="Kết quả kinh doanh 2024 – 2026", raw="Nguồn cà gai leo khô",
                 out="Sản lượng và công suất", price="Bảng giá bán", rev="Doanh thu",
                 staff="Lao động và quỹ lương", cost="Chi phí", chan="Doanh thu theo kênh phân phối",
                 ar="Phải thu khách hàng cuối năm", bad="Dự phòng theo tuổi nợ",
                 col="Thu hồi công nợ đầu năm 2028", wc="Nhu cầu vốn lưu động",
                 inv="Tổng vốn đầu tư", src="Nguồn vốn", sum="Kết quả kinh doanh dự kiến"),
    "jp08": dict(hist="Kết quả sản xuất 2024 – 2026", raw="Nguồn gạo", out="Sản lượng và công suất",
                 price="Giá bán", rev="Doanh thu", cost="Chi phí", chan="Khách hàng và thời hạn trả tiền",
                 ar="Tiền hàng phải thu cuối năm", ap="Tiền hàng phải trả cuối năm",
                 wc="Vốn lưu động", cash="Tiền bán hàng thu được trong năm",
                 inv="Vốn đầu tư", src="Nguồn vốn", sum="Lợi nhuận dự kiến"),
    "jp09": dict(hist="Kết quả 2024 – 2026", raw="Nguyên liệu gói bánh",
                 revq="Sản lượng, giá và doanh thu", cap="Công suất nồi luộc bánh",
                 cost="Chi phí", chan="Kênh bán và thanh toán", dep="Đơn bánh Tết và tiền đặt cọc",
                 ar="Phải thu cuối năm", wc="Nhu cầu vốn lưu động", inv="Vốn đầu tư",
                 src="Nguồn vốn", sum="Hiệu quả kinh tế"),
    "jp10": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", raw="Nguồn thịt nguyên liệu",
                 out="Sản lượng theo sản phẩm", price="Giá bán", rev="Doanh thu",
                 cost="Chi phí sản xuất kinh doanh", chan="Doanh thu theo kênh bán",
                 ar="Công nợ phải thu cuối năm", dep="Đơn giò Tết đặt trước", ap="Công nợ phải trả cuối năm",
                 bad="Dự phòng nợ khó đòi", wc="Nhu cầu vốn lưu động", inv="Tổng vốn đầu tư",
                 src="Nguồn vốn", sum="Tổng hợp kết quả kinh doanh"),
}

PLANTED: dict[str, dict] = {
    # revenue-mismatch: 2028 line of the 500 ml bottle; table-total-mismatch: AR table 2027 total
    "jp05": dict(plant={("rl", 0, 1): ("flow", 1921.9), ("ar_tot", 0): ("print", 74.6)},
                 knock={"rev", "ch", "ar_c", "ar", "ar_tot", "credit", "pre_v", "booked", "dep", "c_bad", "c_sell",
                        "c_tax", "cost", "profit", "margin", "cash_in", "g_rev", "wc", "dwc", "avg_profit", "pb"}),
    # profit-mismatch: 2027 profit printed without the distributor's year-end balance
    "jp07": dict(plant={("profit", 0): ("flow", 272.6)}, knock={"margin", "avg_profit", "pb"}),
    # payback-mismatch: printed payback
    "jp08": dict(plant={("pb",): ("print", 1.8)}, knock=set()),
}
for _k, _v in PLANTED.items():
    PLANS[_k].update(_v)
PLANS["jp08"]["no_balance"] = True
PLANS["jp04"].update(pre_label="Giá trị đơn đặt trước giao trong năm (doanh thu)", pre_next="cho năm sau",
                     clabels=dict(c_rawt="Lá, vành tre, công khâu tại nhà"))
PLANS["jp10"]["no_use"] = True
PLANS["jp03"]["sum_cash"] = True
PLANS["jp06"]["yh"] = "bare"
PLANS["jp10"]["yh"] = "bare"


def say(k: str, M: dict) -> dict:
    """Figures the prose states, as it states them."""
    P = PLANS[k]

    def money(x):
        if P.get("money", "tr") == "k":
            return f"{_group(round(x * 1e6))} đồng"
        return f"{fmt(x, 'm', P)} triệu đồng"

    out = dict(rev0=money(M["rev", 0]), rev2=money(M["rev", 2]), inv=money(M["inv",]), wc0=money(M["wc", 0]),
               ar0=money(M["ar", 0]), cash0=money(M["cash_in", 0]), profit0=money(M["profit", 0]),
               pb=f"{fmt(M['pb',], 'p', P)} năm", out0=f"{fmt(M['out', 0], 'n', P)} {P['unit']}",
               out2=f"{fmt(M['out', 2], 'n', P)} {P['unit']}", staff0=f"{M['staff', 0]} lao động",
               avgp=money(M["avg_profit",]), dep=money(M["c_dep", 0]))
    if "pre" in P:
        out["dep0"] = money(M["dep", 0])
    return out


# --------------------------------------------------------------------------- checks
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> list[list[str]] | None:
        """Body rows (no header) of the table whose caption is 'Bảng N. <title>'."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.fullmatch(r"Bảng \d+\. " + re.escape(title), line.strip()):
                rows, started = [], False
                for ln in lines[i + 1:]:
                    if ln.strip().startswith("|"):
                        started = True
                        rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
                    elif started:
                        break
                return rows[2:]
        self.failures.append(f"table not found: {title}")
        return None


def _num_ok(printed: str, want: float, kind: str, P: dict) -> tuple[bool, float]:
    v = vn(printed)
    if kind == "m" and P.get("money", "tr") == "k":
        v = v / 1000
    tol = 0.11 if kind in ("m", "p") else 1
    return (abs(v - want) <= tol or close(v, want)), v


def check_tables(p: Plan, k: str, M: dict, T: dict) -> None:
    P = PLANS[k]
    spec = tables(k, M)
    plant = P.get("plant", {})
    knock = P.get("knock", set())
    for tid, title in TITLES[k].items():
        rows = p.table(title)
        if rows is None:
            continue
        want = spec[tid]["rows"]
        p.check(len(rows) == len(want), f"{title}: {len(rows)} rows, expected {len(want)}")
        for r, (got, exp) in enumerate(zip(rows, want)):
            for c, (g, e) in enumerate(zip(got, exp)):
                if isinstance(e, str):
                    p.check(g == e, f"{title} row {r + 1} cell {c + 1}: {g!r} != {e!r}")
                    continue
                key, kind = e
                ok, v = _num_ok(g, M[key], kind, P)
                p.check(ok, f"{title} {exp[1]!r} {key}: printed {g}, model {fmt(M[key], kind, P)}")
                truth = T[key]
                if key in plant:
                    p.check(off(v, truth), f"{title} {key}: planted {g} not >5 % off the true {fmt(truth, kind, P)}")
                elif abs(M[key] - truth) > 1e-9:
                    p.check(key[0] in knock, f"{title} {key}: {g} differs from the true {fmt(truth, kind, P)}")
                else:
                    p.check(_num_ok(g, truth, kind, P)[0], f"{title} {key}: {g} vs true {fmt(truth, kind, P)}")


def check_model(p: Plan, k: str, T: dict) -> None:
    """Realism of the true model (what the planted numeric defects are not allowed to spoil)."""
    P = PLANS[k]
    for y in range(3):
        m = T["margin", y]
        p.check(0 < m < 40, f"true margin {YEARS[y]} {m} %")
        p.check(T["wc", y] > 0, f"working capital {YEARS[y]} not positive")
        if k != "jp08":
            for a in range(len(P["raws"])):
                p.check(T["bal", a, y] >= 0.05 * T["need", a, y] or k not in READY,
                        f"raw {a} {YEARS[y]}: supply {T['sup_t', a, y]} vs need {T['need', a, y]}")
                p.check(T["bal", a, y] >= 0, f"raw {a} {YEARS[y]} short")
        if k != "jp10":
            p.check(T["use", y] <= 85, f"capacity use {YEARS[y]} {T['use', y]} %")
        if y and k != "jp09":
            p.check(T["g_rev", y] < 35, f"revenue growth {YEARS[y]} {T['g_rev', y]} %")
    p.check(T["out", 0] <= 1.2 * T["h_out", 2], "2027 output more than +20 % over 2026")
    if k != "jp06":
        p.check(close(T["src_t",], T["inv",]), "sources != investment")
    p.check(close(T["inv_wc",], T["wc", 0]), "working-capital item != 2027 need")
    # the theme's identities, recomputed from the printed tables' own logic
    for y in range(3):
        ar = sum(T["rev", y] * sh * d / DAYS for (_, sh, d, kd) in P["channels"] if kd == "credit")
        p.check(abs(ar - T["ar", y]) <= 0.3 or close(ar, T["ar", y]), f"receivables {YEARS[y]}")
        cash = T["rev", y] - T["ar", y] + T["ar", y - 1] + T["dep", y] - T["dep", y - 1]
        p.check(abs(cash - T["cash_in", y]) <= 0.2, f"cash collected {YEARS[y]}")
        wc = T["ar", y] + T["stock", y] + T["cash", y] - T["ap", y] - T["dep", y]
        p.check(abs(wc - T["wc", y]) <= 0.2, f"working capital {YEARS[y]}")
        p.check(abs(T["rev", y] - T["cost", y] - T["profit", y]) <= 0.2, f"profit {YEARS[y]}")
        p.check(abs(sum(T[c, y] for c in COST_KEYS) - T["cost", y]) <= 0.3, f"cost total {YEARS[y]}")


READY = ("jp01", "jp02", "jp03", "jp04")
OLD_OK = re.compile(r"đến (?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})")


def check_text(p: Plan, k: str, M: dict, T: dict) -> None:
    P = PLANS.get(k)
    b = p.body
    if P:
        sy = say(k, M)
        for key in ("rev0", "inv", "wc0", "pb", "out0", "cash0"):
            p.has(sy[key])
    if k != "jp09":
        p.lacks(PLACEHOLDER, "template placeholder")
    if k in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "nhãn hiệu", "truy xuất")
        p.lacks(REPLACED, "outdated instrument")
        for m in OLD_OK.finditer(b):
            p.check(int(m.group(3)) >= 2030, f"paper valid only {m.group(0)}")
        if k != "jp04":
            p.has("an toàn thực phẩm", "15/2018/NĐ-CP", "tiêu chuẩn cơ sở", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    if k == "jp04":
        p.has("không phải là thực phẩm", "43/2017/NĐ-CP", "tiêu chuẩn cơ sở")
    if k == "jp03":
        p.has("đăng ký môi trường", "nước thải")
    if k == "jp05":  # no-alcohol-license
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence mentioned")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "biogas")
    if k == "jp06":  # no-product-standard, outdated-policy, capital-mismatch
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "product standard mentioned")
        p.has("1048/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decision cited")
        p.check(off(T["src_t",], T["inv",]), "jp06 sources not >5 % off the investment")
        p.has("đủ vốn")
    if k == "jp07":  # no-label-plan, figure-inconsistent
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|ghi nhãn|tem|mã vạch", "label mentioned")
        p.has("18 lao động")
        p.check(T["staff", 0] == 13, "jp07 staff table")
        p.check(p.count("18 lao động") == 1, "jp07 '18 lao động' more than once")
    if k == "jp08":  # no-environment-measures, material-shortfall
        p.lacks(r"môi trường|chất thải|nước thải|xử lý|bể lắng|(?<!\w)rác(?!\w)|(?<!\w)bã(?!\w)|nước ngâm|mùi",
                "environment mentioned")
        for y in (1, 2):
            p.check(off(T["need", 0, y], T["sup_t", 0, y]) and T["need", 0, y] > T["sup_t", 0, y],
                    f"jp08 need {T['need', 0, y]} not >5 % over supply {T['sup_t', 0, y]}")
        p.has("đủ gạo")
    if k == "jp09":  # boilerplate, no-trademark, unrealistic-growth
        p.check(bool(re.search(PLACEHOLDER, b)), "jp09 placeholder missing")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark mentioned")
        p.check(T["g_out", 1] >= 50 and T["g_out", 2] >= 50, "jp09 growth not unrealistic")
        p.check(T["staff", 0] == T["staff", 2], "jp09 staff changes")
    if k == "jp10":  # no-food-safety, name-inconsistent, capacity-exceeded
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety mentioned")
        p.check(p.count("Công ty TNHH Thực phẩm Phú Gia") >= 2, "other company named less than twice")
        p.check(p.count("Công ty TNHH Giò chả Đông Hồng") >= 4, "own name less than four times")
        p.check(T["use", 2] > 105, f"jp10 2029 use {T['use', 2]} %")
        p.has("đáp ứng đủ")
    if k in ("jp05", "jp06", "jp07", "jp08", "jp09", "jp10"):
        p.check("Bảng" in b, "revise plan without tables")


def check_sketchy(p: Plan, k: str) -> None:
    words = len(re.sub(r"[#|*-]", " ", p.body).split())
    p.check(150 <= words <= 350, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(r"Bảng \d", "table caption")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|nhãn hiệu|truy xuất|43/2017|thử nghiệm|kiểm nghiệm", "paper in a sketchy plan")
    p.lacks(PLACEHOLDER, "template placeholder")


def stems() -> dict[str, str]:
    out = {}
    for f in sorted((HERE / "src").glob("jp*.md")):
        out[f.stem[:4]] = f.stem
    return out


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    plans = []
    for k, stem in stems().items():
        if keys and k not in keys:
            continue
        p = Plan(stem)
        if k in PLANS:
            P = PLANS[k]
            M, T = model(P), model(P, planted=False)
            check_tables(p, k, M, T)
            check_model(p, k, T)
            check_text(p, k, M, T)
        else:
            check_sketchy(p, k)
        plans.append(p)
    if not plans:
        print("no plan found")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
