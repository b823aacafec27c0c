"""The 203rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout203/arithmetic.py [gv01 gv05 ...]

Theme: products made from several raw materials by a recipe. Every full plan (gv01-gv10) states a
recipe, in one of the forms producers use (quantities per batch, per 100 pieces, per piece of each
product, shares in % with a processing loss, a ratio by weight), and each input has its own supply
(own area x yield, households x kg, hives x kg, trees x kg, contracts in kg a year, fresh leaves
turned into dry weight), so that a plan holds several material balances at once.

The constants give, per plan, the products (pack size in the plan's base unit, price and packs per
year), the recipe, the inputs (norm, purchase price, supply rows as count x yield), the limiting
equipment (rating per day x working days), the 2024-2026 history, staff by role and monthly wage
(or a piece rate), packaging per pack, energy per batch or per unit, investment items and sources,
asset life, loan balances and rate, a fixed "other" line and taxes as a share of revenue.
`Model(key, planted)` turns them into every table cell and every figure the prose quotes: with
`planted=True` the plan as printed (planted overrides applied and followed downstream), with
`planted=False` the plan as it should be. The check reads the plan's Markdown back (tables found by
their caption "Bảng N. ..."), compares every cell with the printed model (within 1 %), lets the
printed and the true model differ only in the planted cells and their declared knock-ons, and runs
the reviewer's relations on the printed figures (revenue = packs x price, sums and totals, need =
output x norm, need <= supply for every input, output <= capacity, profit = revenue - cost, sources
= investment, payback = investment / (average profit + depreciation), growth): the planted ones must
be wrong by more than 5 % (true value shown), every other one right within 1 %. Textual defects are
asserted by the absence or presence of their words; ready plans cite no replaced instrument.
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
            r"(?<!\w)huyện(?!\w)")


def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{abs(x):,.{dec}f}".replace(",", "#").replace(".", ",").replace("#", ".")
    return ("-" if x < 0 and round(abs(x), dec) != 0 else "") + s


def dec_of(x: float) -> int:
    """Decimals a norm is printed with (0,4 / 0,04 / 0,012 / 1,111)."""
    for d in (0, 1, 2, 3):
        if abs(round(x, d) - x) < 1e-9:
            return d
    return 3


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per pack 2027-2029], [packs 2027-2029])
# recipe: "batch" (q = input per batch of `batch` base units), "per100" (q per 100 base units),
#   "percent" (q = share in %, loss = processing loss, norm = share / (1 - loss)),
#   "product" (q = list, input per pack of each product)
# inputs: (label, unit, q, price đ per unit, supply rows (label, [count 2027-2029], rate text, yield))
#   conv: supply counted fresh, need counted dry (fresh : dry)
# cap: (rating per day in base units, working days, rating text); energy: đ per batch (or per unit)
# hist: output, average price đ per base unit, margin (2024-2026)
# roles: (role, [staff 2027-2029]); wage: triệu đồng a month per year; piece: đ per base unit
# pack: đ per pack of each product; inv: (item, triệu, fixed asset?); src: (source, triệu)
# loan: balance per year (triệu), rate; other: fixed line per year (triệu); tax: share of revenue
# plant: overrides of the printed plan {(kind, ...): printed value}
# diff: (table, row label) allowed to differ between the printed and the true plan
PLANS: dict[str, dict] = {
    "gv01": dict(
        unit="kg",
        products=[("Cu đơ lát mỏng, hộp 300 g", "hộp", 0.3, [42000, 42000, 44000], [30000, 33000, 36000]),
                  ("Cu đơ bánh tròn, túi 500 g", "túi", 0.5, [58000, 58000, 60000], [16000, 17600, 19000]),
                  ("Cu đơ gừng, hộp quà 600 g", "hộp", 0.6, [90000, 90000, 94000], [5000, 5500, 6000])],
        recipe="batch", batch=30, batch_word="mẻ",
        inputs=[("Lạc nhân", "kg", 12, 55000,
                 [("Hộ trồng lạc thôn Đông Lam (28 hộ)", [28, 28, 28], "300 kg/hộ", 300),
                  ("HTX Nông nghiệp Xuân Lam", [1, 1, 1], "hợp đồng", 3000)]),
                ("Mật mía", "kg", 15, 22000,
                 [("Lò mật mía Sơn Lễ (2 lò)", [2, 2, 2], "7.000 kg/lò", 7000)]),
                ("Gừng tươi", "kg", 1.2, 30000,
                 [("Hộ trồng gừng thôn Tiên Sơn (12 hộ)", [12, 12, 12], "90 kg/hộ", 90)]),
                ("Bánh đa nướng", "kg", 4.5, 60000,
                 [("Cơ sở tráng bánh đa Hồng Lam (2 cơ sở)", [2, 2, 2], "2.100 kg/cơ sở", 2100)])],
        cap=(120, 280, "1 nồi × 4 mẻ × 30 kg/ngày"), energy=150000,
        hist=dict(out=[15800, 17100, 18400], price=[128000, 132000, 136000], margin=[0.10, 0.11, 0.12]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu mật, trộn, cán kẹo", [5, 5, 5]),
               ("Cắt, đóng gói, kho", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        pack=[4000, 2500, 12000],
        inv=[("Nồi nấu mật inox có cánh khuấy", 180, True), ("Máy cán, máy cắt kẹo", 220, True),
             ("Máy đóng gói hút chân không", 150, True), ("Cải tạo xưởng một chiều 150 m²", 250, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=[120, 125, 130], tax=0.015,
        plant={}, diff=set()),
    "gv02": dict(
        unit="kg",
        products=[("Trà túi lọc, hộp 25 túi × 3 g", "hộp", 0.075, [45000, 45000, 47000], [40000, 44000, 48000]),
                  ("Trà thảo dược cắt nhỏ, túi 200 g", "túi", 0.2, [80000, 80000, 83000], [6000, 6600, 7200]),
                  ("Trà thảo dược, bao 1 kg cho quán", "bao", 1, [320000, 320000, 330000], [400, 450, 500])],
        recipe="percent",
        inputs=[("Cà gai leo khô", "kg", 50, 120000,
                 [("Vườn cà gai leo của HTX (1,2 ha)", [1.2, 1.2, 1.2], "10.000 kg tươi/ha", 10000),
                  ("Hộ thành viên thôn Trung Hòa (16 hộ)", [16, 16, 16], "150 kg tươi/hộ", 150)]),
                ("Chè vằng khô", "kg", 30, 90000,
                 [("Hộ trồng chè vằng thôn Khe Lim (20 hộ)", [20, 20, 20], "380 kg tươi/hộ", 380)]),
                ("Lá vối khô", "kg", 15, 60000,
                 [("Hộ có vườn vối thôn Trung Hòa (16 hộ)", [16, 16, 16], "240 kg tươi/hộ", 240)]),
                ("Cỏ ngọt khô", "kg", 5, 150000,
                 [("Công ty TNHH Cỏ ngọt Đức Thọ (hợp đồng)", [1, 1, 1], "kg khô/năm", 320)])],
        loss=0.04, conv=[4.5, 4.0, 4.0, None],
        cap=(26, 260, "dây chuyền sấy, nghiền, đóng túi 26 kg/ngày"), energy=18000, energy_per="kg",
        hist=dict(out=[3700, 4050, 4400], price=[205000, 212000, 218000], margin=[0.13, 0.14, 0.15]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [3, 3, 3]),
               ("Nghiền, phối trộn, đóng túi", [3, 3, 3]), ("Bán hàng, kho", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1],
        pack=[12000, 5000, 8000],
        inv=[("Nhà sơ chế, sấy và đóng gói 120 m²", 300, True), ("Máy sấy bơm nhiệt 2 buồng", 260, True),
             ("Máy nghiền, máy trộn, máy đóng túi lọc", 320, True),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 40, False),
             ("Bao bì, mã QR truy xuất", 40, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển sản xuất của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=[60, 60, 65], tax=0.015,
        plant={}, diff=set()),
    "gv03": dict(
        unit="lít",
        products=[("Rượu nếp sim 29,5 độ, chai 500 ml", "chai", 0.5, [85000, 85000, 88000], [26000, 28000, 30000]),
                  ("Rượu nếp sim, bình gốm 1,5 lít", "bình", 1.5, [250000, 250000, 260000], [2400, 2600, 2800]),
                  ("Hộp quà 2 chai 300 ml", "hộp", 0.6, [160000, 160000, 165000], [3000, 3200, 3400])],
        recipe="batch", batch=54, batch_word="mẻ",
        inputs=[("Gạo nếp cái", "kg", 60, 28000,
                 [("Hộ trồng nếp thôn Lĩnh Sơn (42 hộ)", [42, 42, 42], "450 kg/hộ", 450),
                  ("HTX Dịch vụ nông nghiệp Sơn Lộc", [1, 1, 1], "hợp đồng", 8000)]),
                ("Quả sim chín", "kg", 24, 35000,
                 [("Đồi sim của công ty (9 ha)", [9, 9, 9], "650 kg/ha", 650),
                  ("Hộ hái sim thôn Hồng Sơn (30 hộ)", [30, 30, 30], "180 kg/hộ", 180)]),
                ("Men lá", "kg", 2, 80000,
                 [("Tổ làm men của công ty", [1, 1, 1], "kg/năm", 900)])],
        cap=(96, 290, "3 nồi chưng cất × 32 lít/ngày"), energy=260000,
        hist=dict(out=[13600, 15100, 16500], price=[170000, 176000, 182000], margin=[0.12, 0.13, 0.135]),
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Nấu cơm, ủ men, chưng cất", [4, 4, 4]),
               ("Hạ thổ, lọc, chiết chai", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        pack=[9000, 35000, 30000],
        inv=[("Kho hạ thổ và ủ rượu 80 m²", 260, True), ("Máy lọc, khử andehit, dây chuyền chiết rót", 320, True),
             ("Kho lạnh cấp đông quả sim 30 m³", 180, True), ("Bể biogas và bể chứa bã rượu", 120, True),
             ("Bao bì, nhãn, tem truy xuất", 70, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại cổ phần Công Thương", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, other=[180, 185, 190], tax=0.02,
        plant={}, diff=set()),
    "gv04": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [90000, 90000, 94000], [7000, 7600, 8200]),
                  ("Nón bài thơ (hai lớp lá, lồng tranh)", "chiếc", 1, [200000, 200000, 208000], [2400, 2700, 3000]),
                  ("Nón lá mini trang trí", "chiếc", 1, [45000, 45000, 47000], [3000, 3300, 3600])],
        recipe="product",
        inputs=[("Lá nón", "lá", [24, 30, 10], 500,
                 [("Hộ lấy lá Khe Tre (22 hộ)", [22, 22, 22], "18.000 lá/hộ", 18000)]),
                ("Vành tre", "vành", [16, 16, 8], 700,
                 [("Thợ chuốt vành (10 hộ)", [10, 10, 10], "24.000/hộ", 24000)]),
                ("Chỉ cước", "g", [12, 16, 5], 200,
                 [("Cửa hàng Phúc Hải", [1, 1, 1], "hợp đồng", 200000)]),
                ("Dầu bóng", "ml", [30, 35, 12], 150,
                 [("Đại lý sơn Hồng Hà", [1, 1, 1], "hợp đồng", 450000)])],
        cap=(58.5, 300, "45 thợ × 1,3 chiếc/ngày"), energy=1500, energy_per="chiếc",
        hist=dict(out=[9800, 10600, 11400], price=[80000, 83000, 86000], margin=[0.10, 0.11, 0.115]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0], piece=26000,
        pack=[3000, 8000, 2000],
        inv=[("Nhà xưởng hoàn thiện và kho 100 m²", 220, True), ("Máy ép khuôn nón và khung sấy", 90, True),
             ("Buồng phun dầu bóng có quạt hút, lọc", 70, True),
             ("Thiết kế mẫu, thẻ treo, hộp nón bài thơ", 40, False),
             ("Đăng ký nhãn hiệu", 20, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, other=[40, 40, 45], tax=0.015,
        plant={}, diff=set()),
    "gv05": dict(
        unit="chiếc",
        products=[("Bánh gai túi 10 chiếc", "túi", 10, [75000, 75000, 78000], [20000, 21600, 23300]),
                  ("Hộp quà 6 chiếc", "hộp", 6, [60000, 60000, 62000], [8000, 8600, 9300]),
                  ("Cấp đông, túi 20 chiếc", "túi", 20, [140000, 140000, 145000], [3000, 3300, 3600])],
        recipe="per100",
        inputs=[("Gạo nếp (xay bột)", "kg", 4, 28000,
                 [("Ruộng nếp của thành viên (32 hộ)", [32, 32, 32], "500 kg/hộ", 500)]),
                ("Lá gai khô", "kg", 0.5, 90000,
                 [("Vườn gai của HTX (1,5 ha)", [1.5, 1.5, 1.5], "1.400 kg khô/ha", 1400)]),
                ("Đỗ xanh tách vỏ", "kg", 1.6, 50000,
                 [("Hộ trồng đỗ thôn Đài Phúc (22 hộ)", [22, 22, 22], "200 kg/hộ", 200)]),
                ("Dừa nạo sợi", "kg", 0.6, 40000,
                 [("Cơ sở sơ chế dừa Minh Phát (hợp đồng)", [1, 1, 1], "kg/năm", 2600)]),
                ("Đường kính", "kg", 1, 22000,
                 [("Đại lý đường Thạch Đài (hợp đồng)", [1, 1, 1], "kg/năm", 4200)])],
        cap=(1800, 290, "4 nồi hấp × 3 mẻ × 150 chiếc/ngày"), energy=60000, batch=150, batch_word="mẻ hấp",
        hist=dict(out=[236000, 258000, 281000], price=[7000, 7200, 7400], margin=[0.10, 0.11, 0.11]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ngâm, xay bột, nấu nhân", [3, 3, 3]),
               ("Nặn, gói, hấp bánh", [5, 5, 6]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.0],
        pack=[2000, 6000, 3000],
        inv=[("Nhà chế biến một chiều 120 m²", 280, True), ("Máy xay bột nước, máy nghiền đỗ", 120, True),
             ("Nồi hấp inox 2 tầng và tủ cấp đông", 200, True), ("Máy hàn miệng túi hút chân không", 60, True),
             ("Thiết kế bao bì, hộp quà", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=[60, 60, 65], tax=0.015,
        plant={("payback",): 1.5}, diff=set()),
    "gv06": dict(
        unit="kg",
        products=[("Nem chua, chục 10 cái (300 g)", "chục", 0.3, [55000, 55000, 57000], [20000, 21600, 23300]),
                  ("Nem chua túi 20 cái (600 g)", "túi", 0.6, [105000, 105000, 109000], [5000, 5400, 5800]),
                  ("Nem chua hộp quà 500 g", "hộp", 0.5, [95000, 95000, 98000], [2400, 2600, 2800])],
        recipe="batch", batch=36, batch_word="mẻ",
        inputs=[("Thịt lợn nạc mông", "kg", 24, 115000,
                 [("Cơ sở giết mổ Cẩm Duệ (hợp đồng)", [1, 1, 1], "kg/năm", 6000),
                  ("Trang trại lợn Hòa Lạc (hợp đồng)", [1, 1, 1], "kg/năm", 4000)]),
                ("Bì lợn", "kg", 10, 40000,
                 [("Cơ sở giết mổ Cẩm Duệ (hợp đồng)", [1, 1, 1], "kg/năm", 3800)]),
                ("Thính gạo", "kg", 1, 45000,
                 [("Thính tự rang từ gạo của hộ", [1, 1, 1], "kg/năm", 400)]),
                ("Tỏi, ớt", "kg", 0.8, 60000,
                 [("Hộ trồng tỏi, ớt thôn Yên Huy (6 hộ)", [6, 6, 6], "50 kg/hộ", 50)])],
        cap=(50, 300, "máy xay giã 50 kg nem/ngày"), energy=70000,
        hist=dict(out=[8200, 8800, 9400], price=[170000, 174000, 178000], margin=[0.10, 0.11, 0.11]),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Lọc thịt, giã, trộn", [2, 2, 2]),
               ("Gói nem, đóng túi", [3, 3, 3]), ("Giao hàng, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0],
        pack=[2000, 3500, 8000],
        inv=[("Cải tạo phòng chế biến 50 m², kho mát", 180, True), ("Máy xay giã thịt công nghiệp", 120, True),
             ("Tủ mát bảo quản 1.200 lít", 60, True), ("Máy hàn miệng túi, cân điện tử", 30, True),
             ("Bao bì, nhãn, hộp quà", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 200, 150], rate=0.066, other=[30, 30, 35], tax=0.015,
        plant={("rev", 1, 1): 652.0, ("v", "out27_obj"): 12000},
        diff={("rev", "Doanh thu (triệu đồng)#1"), ("rev", "Tổng doanh thu"),
              ("cost", "Thuế, phí"), ("sum", "Doanh thu"), ("sum", "Lợi nhuận"),
              ("sum", "Tỷ suất lợi nhuận trên doanh thu (%)")}),
    "gv07": dict(
        unit="kg",
        products=[("Mật ong gừng chanh đào, hũ 250 g", "hũ", 0.25, [85000, 85000, 88000], [14000, 15400, 16800]),
                  ("Mật ong gừng chanh đào, hũ 500 g", "hũ", 0.5, [150000, 150000, 155000], [5000, 5500, 6000]),
                  ("Mật ong ngâm chanh đào, chai 1 kg", "chai", 1, [260000, 260000, 270000], [600, 660, 720])],
        recipe="percent",
        inputs=[("Mật ong hoa rừng", "kg", 70, 180000,
                 [("Đàn ong của tổ viên (280, 300, 320 đàn)", [280, 300, 320], "15 kg/đàn", 15),
                  ("Hộ nuôi ong thôn Khe Giao (hợp đồng)", [12, 12, 12], "120 kg/hộ", 120)]),
                ("Gừng tươi", "kg", 15, 30000,
                 [("Hộ trồng gừng thôn Phúc Sơn (12 hộ)", [12, 12, 12], "150 kg/hộ", 150)]),
                ("Chanh đào quả tươi", "kg", 15, 25000,
                 [("Vườn chanh đào của tổ viên (250 cây)", [250, 250, 250], "8 kg/cây", 8)])],
        loss=[0.02, 0.25, 0.30],
        cap=(40, 250, "2 thùng trộn × 20 kg/ngày"), energy=6000, energy_per="kg",
        hist=dict(out=[5200, 5600, 6000], price=[200000, 206000, 212000], margin=[0.12, 0.13, 0.13]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chăm sóc ong, quay mật", [3, 3, 3]),
               ("Sơ chế gừng chanh, phối trộn", [2, 2, 2]), ("Đóng hũ, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.5],
        pack=[6000, 9000, 12000],
        inv=[("Phòng sơ chế, phối trộn, đóng hũ 60 m²", 200, True),
             ("Máy hạ thủy phần, thùng trộn inox", 180, True),
             ("Bổ sung 60 thùng ong và đàn giống", 90, True), ("Máy thái lát, máy rửa quả", 70, True),
             ("Hũ, chai, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Quỹ hỗ trợ nông dân", 150)],
        life=8, loan=[450, 350, 250], rate=0.066, other=[40, 40, 45], tax=0.015,
        plant={("src", 0): 250},
        diff={("src", "Vốn góp của tổ viên"), ("src", "Vay Ngân hàng Chính sách xã hội"),
              ("src", "Vay Quỹ hỗ trợ nông dân"), ("src", "Tổng nguồn vốn")}),
    "gv08": dict(
        unit="kg",
        products=[("Bột ngũ cốc dinh dưỡng, túi 500 g", "túi", 0.5, [62000, 62000, 62000], [44000, 50000, 62000]),
                  ("Bột ngũ cốc ít đường, hộp 600 g (20 gói)", "hộp", 0.6, [88000, 88000, 88000], [16000, 18000, 22000]),
                  ("Bột ngũ cốc, túi 1 kg", "túi", 1, [110000, 110000, 110000], [8400, 9200, 12100])],
        recipe="percent",
        inputs=[("Gạo lứt đỏ", "kg", 30, 25000,
                 [("Hộ trồng lúa thôn Phong Lạc (36 hộ)", [36, 36, 36], "600 kg/hộ", 600)]),
                ("Đậu đen xanh lòng", "kg", 15, 60000,
                 [("HTX Nông nghiệp Kỳ Tân (hợp đồng)", [1, 1, 1], "kg/năm", 10500)]),
                ("Đậu xanh", "kg", 15, 50000,
                 [("Hộ trồng đậu thôn Tân Phong (30 hộ)", [30, 30, 30], "350 kg/hộ", 350)]),
                ("Đậu nành", "kg", 15, 35000,
                 [("Công ty TNHH Nông sản Miền Trung (hợp đồng)", [1, 1, 1], "kg/năm", 11000)]),
                ("Lạc nhân", "kg", 15, 55000,
                 [("Hộ trồng lạc thôn Phong Lạc (36 hộ)", [36, 36, 36], "300 kg/hộ", 300)]),
                ("Vừng đen", "kg", 10, 90000,
                 [("Hộ trồng vừng thôn Bãi Ngang (40 hộ)", [40, 40, 40], "180 kg/hộ", 180)])],
        loss=0.08,
        cap=(180, 280, "máy nghiền, phối trộn 180 kg/ngày"), energy=4000, energy_per="kg",
        hist=dict(out=[30500, 33000, 35500], price=[150000, 154000, 158000], margin=[0.09, 0.10, 0.10]),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế, rang, nghiền", [5, 5, 5]),
               ("Phối trộn, đóng gói", [4, 4, 4]), ("Bán hàng, kho", [4, 4, 4])],
        wage=[6.5, 6.8, 7.0],
        pack=[3000, 9000, 4000],
        inv=[("Máy rang hạt trống quay 2 lò", 260, True), ("Máy đóng gói định lượng tự động", 300, True),
             ("Cyclone lọc bụi và chụp hút khói lò rang", 90, True), ("Kho nguyên liệu có kệ, quạt thông gió", 150, True),
             ("Mở rộng nhà xưởng 200 m²", 600, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 540, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.085, other=[260, 270, 280], tax=0.015,
        plant={("needtot", 1): 43000.0}, diff={("need", "Tổng khối lượng nguyên liệu")}),
    "gv09": dict(
        unit="kg",
        products=[("Trà gạo lứt đậu đen, hộp 30 túi lọc × 8 g", "hộp", 0.24, [46000, 46000, 48000], [12000, 24000, 40000]),
                  ("Trà gạo lứt đậu đen rang, túi 500 g", "túi", 0.5, [62000, 62000, 64000], [4400, 8800, 15000]),
                  ("Trà gạo lứt đậu đen, túi 1 kg", "túi", 1, [110000, 110000, 114000], [1920, 3900, 6400])],
        recipe="percent",
        inputs=[("Gạo lứt", "kg", 60, 24000,
                 [("HTX Bình An (hợp đồng)", [1, 2, 3], "4.200 kg/HĐ", 4200),
                  ("Hộ thôn Đồng Môn", [10, 25, 40], "300 kg/hộ", 300)]),
                ("Đậu đen xanh lòng", "kg", 30, 60000,
                 [("Hộ thôn Bình Lộc", [18, 36, 60], "150 kg/hộ", 150)]),
                ("Đậu đỏ", "kg", 10, 55000,
                 [("Cơ sở Hưng Lộc", [1, 1, 1], "hợp đồng", [1300, 2600, 4200])])],
        loss=0.15,
        cap=(100, 280, "máy rang trống quay 100 kg/ngày"), energy=5000, energy_per="kg",
        hist=dict(out=[5200, 5600, 6000], price=[98000, 100000, 102000], margin=[0.10, 0.105, 0.11]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang, xay, phối trộn", [2, 2, 2]),
               ("Đóng túi lọc, đóng gói", [1, 1, 1])],
        wage=[6.0, 6.2, 6.4],
        pack=[7000, 3000, 4000],
        inv=[("Máy rang trống quay 100 kg/ngày", 280, True), ("Máy đóng túi lọc tự động", 260, True),
             ("Cải tạo xưởng 80 m²", 150, True), ("Bao bì, mã vạch", 40, False), ("Vốn lưu động", 270, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 320, 240], rate=0.08, other=[50, 55, 60], tax=0.015,
        plant={("profit", 1): 740.0},
        diff={("sum", "Lợi nhuận"), ("sum", "Tỷ suất lợi nhuận trên doanh thu (%)")}),
    "gv10": dict(
        unit="chiếc",
        products=[("Giỏ tròn bẹ chuối có quai", "chiếc", 1, [110000, 110000, 115000], [3000, 3300, 3600]),
                  ("Túi xách bẹ chuối lót vải", "chiếc", 1, [165000, 165000, 170000], [1500, 1650, 1800]),
                  ("Khay, hộp đựng đồ bẹ chuối", "chiếc", 1, [75000, 75000, 78000], [2500, 2750, 3000])],
        recipe="product",
        inputs=[("Bẹ chuối khô", "kg", [0.35, 0.3, 0.25], 15000,
                 [("Hộ trồng chuối thôn Bàu Sen (30 hộ)", [30, 30, 30], "120 kg khô/hộ", 120)]),
                ("Cói se sợi", "kg", [0.1, 0.08, 0.06], 35000,
                 [("Tổ cói Hội Thủy (hợp đồng)", [1, 1, 1], "kg/năm", 800)]),
                ("Vải lót", "m", [0, 0.6, 0], 30000,
                 [("Cửa hàng vải Thạch Xuân", [1, 1, 1], "m/năm", 1200)]),
                ("Quai mây, quai da", "bộ", [1, 1, 0], 12000,
                 [("Cơ sở làm quai mây Phú Lộc (hợp đồng)", [1, 1, 1], "bộ/năm", 6000)])],
        cap=(35, 300, "14 thợ × 2,5 chiếc/ngày"), energy=2000, energy_per="chiếc",
        hist=dict(out=[5200, 5900, 6300], price=[108000, 112000, 116000], margin=[0.11, 0.12, 0.12]),
        roles=[("Chủ cơ sở, ghi chép", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], piece=38000,
        pack=[3000, 5000, 2000],
        inv=[("Nhà xưởng đan và kho 80 m²", 160, True), ("Lò sấy bẹ chuối, buồng xông chống mốc", 80, True),
             ("Khuôn đan, máy may quai", 60, True), ("Thiết kế mẫu, thẻ treo, hộp", 30, False),
             ("Đăng ký nhãn hiệu", 15, False), ("Vốn lưu động", 155, False)],
        src=[("Vốn tự có của gia đình", 300), ("Vay Quỹ hỗ trợ phụ nữ phát triển kinh tế", 200)],
        life=8, loan=[200, 150, 100], rate=0.06, other=[25, 25, 30], tax=0.015,
        plant={}, diff=set()),
}

# per-plan presentation: short product names for "product" recipes, the tables a plan prints
# (table key -> caption), the output table's rows, the need table's total row
SHORT = {"gv04": ["Nón trắng", "Nón bài thơ", "Nón mini"],
         "gv10": ["Giỏ tròn", "Túi xách", "Khay, hộp"]}
NO_USE_ROW = {"gv08"}  # the output table prints the capacity but no "use %" row
NEED_TOTAL = {"gv02", "gv08"}  # the need table has a total row (all inputs in kg)


def _n(x, d=0):
    return (float(x), d)


class Model:
    """Every table cell and prose figure of one plan; planted=False gives the plan as it should be."""

    def __init__(self, key: str, planted: bool = True):
        P = PLANS[key]
        self.key, self.P = key, P
        ov = P.get("plant", {}) if planted else {}

        def o(k, val):
            return ov.get(k, val)

        U = P["unit"]
        prods, inputs = P["products"], P["inputs"]
        Y3 = range(3)
        self.tables: dict[str, list[list]] = {}
        self.v: dict[str, str] = {}
        self.rel: list[tuple[str, float, float]] = []  # (name, printed, recomputed from printed)
        self.bound: list[tuple[str, float, float, float]] = []  # (name, value, low, high)
        v = self.v

        # ---- output
        packs = [[p[4][y] for y in Y3] for p in prods]
        price = [[p[3][y] for y in Y3] for p in prods]
        out = [sum(packs[i][y] * prods[i][2] for i in range(len(prods))) for y in Y3]
        self.out = out
        batch = P.get("batch")
        batches = [out[y] / batch for y in Y3] if batch else None
        rating, days, rating_text = P["cap"]
        cap = rating * days
        use = [out[y] / cap * 100 for y in Y3]
        self.cap, self.use = cap, use

        # ---- norms (input per base unit of output; product-specific for "product" recipes)
        form = P["recipe"]
        loss = P.get("loss", 0.0)
        norms = []
        for j, inp in enumerate(inputs):
            q = inp[2]
            if form == "batch":
                norms.append(q / batch)
            elif form == "per100":
                norms.append(q / 100)
            elif form == "percent":
                lj = loss[j] if isinstance(loss, list) else loss
                norms.append(q / 100 / (1 - lj))
            else:
                norms.append(list(q))
        self.norms = norms

        def need_of(j, y):
            if form == "product":
                return sum(packs[i][y] * norms[j][i] for i in range(len(prods)))
            return out[y] * norms[j]

        need = [[need_of(j, y) for y in Y3] for j in range(len(inputs))]
        conv = P.get("conv") or [None] * len(inputs)

        def yld(row, y):
            return row[3][y] if isinstance(row[3], list) else row[3]

        sup_rows = [[[row[1][y] * yld(row, y) for y in Y3] for row in inp[4]] for inp in inputs]
        sup_raw = [[sum(r[y] for r in sup_rows[j]) for y in Y3] for j in range(len(inputs))]
        supply = [[sup_raw[j][y] / conv[j] if conv[j] else sup_raw[j][y] for y in Y3]
                  for j in range(len(inputs))]
        self.need, self.supply = need, supply
        for j, inp in enumerate(inputs):
            for y in Y3:
                self.bound.append((f"need of {inp[0]} within supply {YEARS[y]}", need[j][y], 0, supply[j][y]))

        # ---- recipe table
        rows = []
        if form == "batch":
            for j, inp in enumerate(inputs):
                rows.append([str(j + 1), inp[0], inp[1], _n(inp[2], dec_of(inp[2])), _n(norms[j], 3)])
            rows.append(["", f"Thành phẩm mỗi {P['batch_word']}", U, _n(batch), _n(1)])
        elif form == "per100":
            for j, inp in enumerate(inputs):
                rows.append([str(j + 1), inp[0], inp[1], _n(inp[2], dec_of(inp[2])), _n(norms[j] * 1000, 0)])
        elif form == "percent":
            for j, inp in enumerate(inputs):
                lj = loss[j] if isinstance(loss, list) else loss
                rows.append([str(j + 1), inp[0], _n(inp[2]), _n(lj * 100), _n(norms[j], 3)])
            rows.append(["", "Cộng", _n(sum(i[2] for i in inputs)), "", _n(sum(norms), 3)])
        else:
            for j, inp in enumerate(inputs):
                rows.append([str(j + 1), inp[0], inp[1]] + [_n(x, dec_of(x)) for x in norms[j]])
        self.tables["recipe"] = rows

        # ---- output table
        rows = []
        for i, p in enumerate(prods):
            rows.append([str(i + 1), p[0], p[1]] + [_n(packs[i][y]) for y in Y3])
        rows.append(["", "Tổng sản lượng", U] + [_n(out[y]) for y in Y3])
        if batches:
            rows.append(["", f"Số {P['batch_word']}", P["batch_word"]] + [_n(batches[y]) for y in Y3])
        rows.append(["", "Công suất thiết kế", f"{U}/năm"] + [_n(cap)] * 3)
        if key not in NO_USE_ROW:
            rows.append(["", "Sử dụng công suất", "%"] + [_n(use[y], 1) for y in Y3])
        self.tables["output"] = rows
        for y in Y3:
            self.bound.append((f"output within capacity {YEARS[y]}", out[y], 0, cap))
        for y in (1, 2):
            g = out[y] / out[y - 1] - 1
            self.bound.append((f"output growth {YEARS[y]} (%)", g * 100, -10, 35))

        # ---- need table
        rows = []
        for j, inp in enumerate(inputs):
            rows.append([str(j + 1), inp[0], inp[1]] + [_n(need[j][y]) for y in Y3])
        if key in NEED_TOTAL:
            tot = [o(("needtot", y), sum(need[j][y] for j in range(len(inputs)))) for y in Y3]
            rows.append(["", "Tổng khối lượng nguyên liệu", "kg"] + [_n(tot[y]) for y in Y3])
            for y in Y3:
                self.rel.append((f"need table total {YEARS[y]}", tot[y], sum(need[j][y] for j in range(len(inputs)))))
        self.tables["need"] = rows

        # ---- supply table
        rows = []
        for j, inp in enumerate(inputs):
            rows.append([str(j + 1), inp[0], "", "", "", ""])
            for k, row in enumerate(inp[4]):
                rows.append(["", row[0], row[2]] + [_n(sup_rows[j][k][y]) for y in Y3])
            u = "tươi" if conv[j] else inp[1]
            rows.append(["", f"Cộng {inp[0][0].lower() + inp[0][1:]}" if not conv[j] else "Cộng (tươi)",
                         "kg" if conv[j] else inp[1]] + [_n(sup_raw[j][y]) for y in Y3])
            if conv[j]:
                rows.append(["", f"Quy ra khô ({fmt(conv[j], dec_of(conv[j]))} : 1)", "kg khô"] + [_n(supply[j][y]) for y in Y3])
        self.tables["supply"] = rows

        # ---- balance table
        rows = []
        for j, inp in enumerate(inputs):
            rows.append([str(j + 1), f"{inp[0]} ({inp[1]})", "Nhu cầu"] + [_n(need[j][y]) for y in Y3])
            rows.append(["", "", "Cung ứng"] + [_n(supply[j][y]) for y in Y3])
            rows.append(["", "", "Còn dư"] + [_n(supply[j][y] - need[j][y]) for y in Y3])
        self.tables["balance"] = rows

        # ---- history
        h = P["hist"]
        hrev = [h["out"][y] * h["price"][y] / 1e6 for y in Y3]
        hprof = [hrev[y] * h["margin"][y] for y in Y3]
        self.tables["hist"] = [
            ["1", f"Sản lượng ({U})"] + [_n(h["out"][y]) for y in Y3],
            ["2", f"Giá bán bình quân (đồng/{U})"] + [_n(h["price"][y]) for y in Y3],
            ["3", "Doanh thu (triệu đồng)"] + [_n(hrev[y], 1) for y in Y3],
            ["4", "Chi phí (triệu đồng)"] + [_n(hrev[y] - hprof[y], 1) for y in Y3],
            ["5", "Lợi nhuận (triệu đồng)"] + [_n(hprof[y], 1) for y in Y3]]
        self.bound.append(("output 2027 over 2026 (%)", (out[0] / h["out"][2] - 1) * 100, 0, 25))

        # ---- staff
        roles = P["roles"]
        staff = [sum(r[1][y] for r in roles) for y in Y3]
        wage = P["wage"]
        fund = [staff[y] * wage[y] * 12 for y in Y3]
        rows = [[str(k + 1), r[0]] + [_n(r[1][y]) for y in Y3] for k, r in enumerate(roles)]
        rows.append(["", "Cộng lao động hưởng lương" if P.get("piece") else "Tổng số lao động"]
                    + [_n(staff[y]) for y in Y3])
        rows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [_n(wage[y], 1) for y in Y3])
        rows.append(["", "Quỹ lương năm (triệu đồng)"] + [_n(fund[y], 1) for y in Y3])
        self.tables["staff"] = rows

        # ---- investment and sources
        inv = P["inv"]
        inv_total = sum(x[1] for x in inv)
        fixed = sum(x[1] for x in inv if x[2])
        dep = fixed / P["life"]
        self.tables["inv"] = [[str(k + 1), x[0], _n(x[1], 1)] for k, x in enumerate(inv)] + \
            [["", "Tổng vốn đầu tư", _n(inv_total, 1)]]
        src = [o(("src", k), s[1]) for k, s in enumerate(P["src"])]
        src_total = sum(src)
        self.tables["src"] = [[str(k + 1), s[0], _n(src[k], 1), _n(src[k] / src_total * 100, 1)]
                              for k, s in enumerate(P["src"])] + \
            [["", "Tổng nguồn vốn", _n(src_total, 1), _n(100, 1)]]
        self.rel.append(("sources = investment", src_total, inv_total))

        # ---- revenue
        rows, rev = [], []
        for i, p in enumerate(prods):
            line = [o(("rev", i, y), packs[i][y] * price[i][y] / 1e6) for y in Y3]
            rev.append(line)
            rows.append([str(i + 1), p[0], "", "", ""])
            rows.append(["", f"Số lượng ({p[1]})"] + [_n(packs[i][y]) for y in Y3])
            rows.append(["", f"Giá bán (đồng/{p[1]})"] + [_n(price[i][y]) for y in Y3])
            rows.append(["", "Doanh thu (triệu đồng)"] + [_n(line[y], 1) for y in Y3])
            for y in Y3:
                self.rel.append((f"revenue {p[0]} {YEARS[y]}", line[y], packs[i][y] * price[i][y] / 1e6))
        rev_total = [sum(rev[i][y] for i in range(len(prods))) for y in Y3]
        rows.append(["", "Tổng doanh thu"] + [_n(rev_total[y], 1) for y in Y3])
        self.tables["rev"] = rows

        # ---- cost
        rows, lines = [], []

        def cost(label, basis, vals):
            lines.append(vals)
            rows.append([str(len(rows) + 1), label, basis] + [_n(x, 1) for x in vals])

        for j, inp in enumerate(inputs):
            cost(inp[0], f"{fmt(inp[3])} đ/{inp[1]}", [need[j][y] * inp[3] / 1e6 for y in Y3])
        cost("Bao bì", "theo loại", [sum(packs[i][y] * P["pack"][i] for i in range(len(prods))) / 1e6 for y in Y3])
        e = P["energy"]
        if P.get("energy_per"):
            cost("Điện, nước, nhiên liệu", f"{fmt(e)} đ/{P['energy_per']}", [out[y] * e / 1e6 for y in Y3])
        else:
            cost("Điện, nước, nhiên liệu", f"{fmt(e)} đ/{P['batch_word']}", [batches[y] * e / 1e6 for y in Y3])
        if P.get("piece"):
            cost("Tiền công khoán", f"{fmt(P['piece'])} đ/{U}", [out[y] * P["piece"] / 1e6 for y in Y3])
        cost("Tiền lương", "quỹ lương", fund)
        cost("Khấu hao tài sản", f"{fmt(fixed)} : {P['life']} năm", [dep] * 3)
        loan = P["loan"]
        cost("Lãi vay", f"{fmt(P['rate'] * 100, 1)} %/năm", [loan[y] * P["rate"] for y in Y3])
        cost("Chi phí khác", "cố định", list(map(float, P["other"])))
        cost("Thuế, phí", f"{fmt(P['tax'] * 100, 1)} % doanh thu", [rev_total[y] * P["tax"] for y in Y3])
        cost_total = [sum(line[y] for line in lines) for y in Y3]
        rows.append(["", "Tổng chi phí", ""] + [_n(cost_total[y], 1) for y in Y3])
        self.tables["cost"] = rows

        # ---- summary
        profit = [o(("profit", y), rev_total[y] - cost_total[y]) for y in Y3]
        margin = [profit[y] / rev_total[y] * 100 for y in Y3]
        for y in Y3:
            self.rel.append((f"profit = revenue - cost {YEARS[y]}", profit[y], rev_total[y] - cost_total[y]))
            self.bound.append((f"margin {YEARS[y]} (%)", margin[y], 5, 35))
        for y in (1, 2):
            g = rev_total[y] / rev_total[y - 1] - 1
            self.bound.append((f"revenue growth {YEARS[y]} (%)", g * 100, -10, 35))
        self.tables["sum"] = [
            ["1", "Doanh thu"] + [_n(rev_total[y], 1) for y in Y3],
            ["2", "Tổng chi phí"] + [_n(cost_total[y], 1) for y in Y3],
            ["3", "Lợi nhuận"] + [_n(profit[y], 1) for y in Y3],
            ["4", "Tỷ suất lợi nhuận trên doanh thu (%)"] + [_n(margin[y], 1) for y in Y3],
            ["5", "Khấu hao tài sản"] + [_n(dep, 1)] * 3]
        avg_profit = sum(profit) / 3
        payback_calc = inv_total / (avg_profit + dep)
        payback = o(("payback",), round(payback_calc, 1))
        self.rel.append(("payback = investment / (average profit + depreciation)", payback, payback_calc))

        # ---- prose figures
        for y in Y3:
            yy = str(YEARS[y])[2:]
            v[f"out{yy}"] = fmt(out[y])
            v[f"rev{yy}"] = fmt(rev_total[y], 1)
            v[f"cost{yy}"] = fmt(cost_total[y], 1)
            v[f"profit{yy}"] = fmt(profit[y], 1)
            v[f"margin{yy}"] = fmt(margin[y], 1)
            v[f"use{yy}"] = fmt(use[y], 1)
            v[f"staff{yy}"] = fmt(staff[y])
            v[f"fund{yy}"] = fmt(fund[y], 1)
            if batches:
                v[f"batches{yy}"] = fmt(batches[y])
            for i in range(len(prods)):
                v[f"packs{i}_{yy}"] = fmt(packs[i][y])
                v[f"price{i}_{yy}"] = fmt(price[i][y])
            for j in range(len(inputs)):
                v[f"need{j}_{yy}"] = fmt(need[j][y])
                v[f"sup{j}_{yy}"] = fmt(supply[j][y])
                v[f"left{j}_{yy}"] = fmt(supply[j][y] - need[j][y])
                v[f"leftpct{j}_{yy}"] = fmt((supply[j][y] - need[j][y]) / need[j][y] * 100, 1)
            v[f"hout{yy}"] = fmt(h["out"][y])
        for y, yy in enumerate(("24", "25", "26")):
            v[f"hout{yy}"] = fmt(h["out"][y])
            v[f"hrev{yy}"] = fmt(hrev[y], 1)
            v[f"hprofit{yy}"] = fmt(hprof[y], 1)
        v["hgrowth"] = fmt(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100, 1)
        v["out27_obj"] = fmt(o(("v", "out27_obj"), out[0]))
        if P.get("piece"):
            v["piece27"] = fmt(out[0] * P["piece"] / 1e6, 1)
        v["cap"] = fmt(cap)
        v["inv"] = fmt(inv_total)
        v["fixed"] = fmt(fixed)
        v["dep"] = fmt(dep, 1)
        v["src_total"] = fmt(src_total)
        for k in range(len(src)):
            v[f"src{k}"] = fmt(src[k])
        v["payback"] = fmt(payback, 1)
        v["avgprofit"] = fmt(avg_profit, 1)
        self.payback_calc = payback_calc
        self.rev_total, self.cost_total, self.profit = rev_total, cost_total, profit
        self.inv_total, self.src_total, self.dep = inv_total, src_total, dep



# --------------------------------------------------------------------------- the tables each plan prints
# table key -> its caption after "Bảng N. " (hand-written tables, e.g. competitors' prices, equipment,
# papers, schedule, are quoted facts and are not listed here)
CAPS: dict[str, dict[str, str]] = {
    "gv01": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 supply="Nguồn cung từng loại nguyên liệu",
                 balance="Cân đối nhu cầu và nguồn cung nguyên liệu 2027 – 2029",
                 recipe="Định mức nguyên liệu cho một mẻ kẹo 30 kg",
                 staff="Lao động và tiền lương", output="Kế hoạch sản lượng 2027 – 2029",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu theo sản phẩm",
                 cost="Chi phí sản xuất kinh doanh", sum="Tổng hợp hiệu quả kinh tế"),
    "gv02": dict(hist="Kết quả sản xuất, kinh doanh 2024 – 2026",
                 recipe="Công thức phối trộn trà (tính trên nguyên liệu khô)",
                 supply="Vùng nguyên liệu và sản lượng lá tươi",
                 balance="Cân đối nguyên liệu khô theo từng thành phần",
                 staff="Nhân lực và quỹ lương", output="Sản lượng dự kiến",
                 need="Nhu cầu nguyên liệu khô", inv="Tổng vốn đầu tư", src="Cơ cấu nguồn vốn",
                 rev="Dự toán doanh thu", cost="Dự toán chi phí", sum="Hiệu quả kinh tế"),
    "gv03": dict(hist="Kết quả kinh doanh 2024 – 2026",
                 recipe="Định mức nguyên liệu cho một mẻ rượu (54 lít thành phẩm 29,5 độ)",
                 supply="Nguồn cung gạo nếp, quả sim và men lá",
                 balance="Cân đối nguyên liệu theo năm",
                 staff="Lao động, tiền lương", output="Sản lượng và công suất",
                 inv="Vốn đầu tư của phương án", src="Nguồn vốn",
                 rev="Doanh thu dự kiến (giá chưa gồm thuế tiêu thụ đặc biệt)",
                 cost="Chi phí sản xuất kinh doanh", sum="Tổng hợp kết quả kinh doanh"),
    "gv04": dict(hist="Kết quả hoạt động 2024 – 2026",
                 recipe="Định mức vật tư cho một chiếc nón theo loại",
                 supply="Nguồn cung lá, vành, chỉ và dầu bóng",
                 balance="Cân đối vật tư 2027 – 2029",
                 staff="Lao động hưởng lương của tổ", output="Kế hoạch sản lượng nón",
                 need="Nhu cầu vật tư theo năm", inv="Vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Tổng hợp hiệu quả"),
    "gv05": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 recipe="Định mức nguyên liệu bánh gai",
                 need="Nhu cầu nguyên liệu theo năm",
                 supply="Nguồn cung nguyên liệu",
                 staff="Lao động và tiền lương", output="Kế hoạch sản lượng bánh",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí sản xuất kinh doanh", sum="Hiệu quả kinh tế"),
    "gv06": dict(hist="Kết quả sản xuất kinh doanh của hộ 2024 – 2026",
                 recipe="Định mức nguyên liệu cho một mẻ nem (36 kg thành phẩm)",
                 supply="Nguồn cung nguyên liệu",
                 balance="Cân đối nguyên liệu",
                 staff="Lao động của hộ", output="Sản lượng nem chua 2027 – 2029",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí", sum="Lợi nhuận"),
    "gv07": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 recipe="Công thức phối trộn theo khối lượng",
                 supply="Nguồn cung mật ong, gừng và chanh đào",
                 balance="Cân đối nguyên liệu",
                 staff="Lao động và tiền công", output="Kế hoạch sản lượng",
                 inv="Tổng vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu dự kiến", cost="Chi phí dự kiến", sum="Hiệu quả kinh tế"),
    "gv08": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 recipe="Công thức phối trộn bột ngũ cốc",
                 need="Nhu cầu nguyên liệu hạt",
                 supply="Nguồn cung nguyên liệu hạt",
                 balance="Cân đối từng loại hạt",
                 staff="Lao động", output="Kế hoạch sản lượng",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí sản xuất", sum="Hiệu quả kinh tế"),
    "gv09": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 recipe="Tỷ lệ phối trộn 6 : 3 : 1",
                 need="Nhu cầu nguyên liệu",
                 supply="Nguồn cung nguyên liệu",
                 staff="Lao động", output="Kế hoạch sản lượng",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí", sum="Hiệu quả kinh tế"),
    "gv10": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 recipe="Định mức nguyên liệu cho một sản phẩm",
                 supply="Nguồn nguyên liệu",
                 balance="Cân đối nguyên liệu",
                 staff="Người làm hưởng lương", output="Kế hoạch sản lượng",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí", sum="Hiệu quả kinh tế"),
}
YEAR_HEAD = {"gv03": "{}", "gv06": "{}"}  # header "2027" instead of "Năm 2027"

# --------------------------------------------------------------------------- what is planted
STEMS = {
    "gv01": "gv01_keo_cu_do_hong_lam_cty", "gv02": "gv02_tra_thao_duoc_huong_do_htx",
    "gv03": "gv03_ruou_nep_sim_linh_son_ctcp", "gv04": "gv04_non_la_tan_phuc_tht",
    "gv05": "gv05_banh_gai_thach_dai_htx", "gv06": "gv06_nem_chua_bay_hien_hkd",
    "gv07": "gv07_mat_ong_gung_chanh_khe_giao_tht", "gv08": "gv08_bot_ngu_coc_thien_phu_ctcp",
    "gv09": "gv09_tra_gao_lut_binh_an_cty", "gv10": "gv10_gio_be_chuoi_thach_xuan_gd",
    "gv11": "gv11_dau_goi_bo_ket_so_sai", "gv12": "gv12_banh_chung_so_sai",
}
READY = ("gv01", "gv02", "gv03", "gv04")
# relation or bound name -> (rule, planted?): planted ones must be wrong by more than 5 %, knock-ons may be
KNOWN: dict[str, dict[str, tuple[str, bool]]] = {
    "gv05": {"need of Đỗ xanh tách vỏ within supply 2027": ("material-shortfall", True),
             "need of Đỗ xanh tách vỏ within supply 2028": ("material-shortfall", True),
             "need of Đỗ xanh tách vỏ within supply 2029": ("material-shortfall", True),
             "payback = investment / (average profit + depreciation)": ("payback-mismatch", True)},
    "gv06": {"revenue Nem chua túi 20 cái (600 g) 2028": ("revenue-mismatch", True)},
    "gv07": {"sources = investment": ("capital-mismatch", True)},
    "gv08": {"need table total 2028": ("table-total-mismatch", True),
             "output within capacity 2029": ("capacity-exceeded", True)},
    "gv09": {"output growth 2028 (%)": ("unrealistic-growth", True),
             "output growth 2029 (%)": ("unrealistic-growth", True),
             "revenue growth 2028 (%)": ("unrealistic-growth", True),
             "revenue growth 2029 (%)": ("unrealistic-growth", True),
             "margin 2028 (%)": ("profit-mismatch", False),
             "margin 2029 (%)": ("unrealistic-growth", False),
             "profit = revenue - cost 2028": ("profit-mismatch", True)},
}
# prose figures the printed plan states differently from the true plan (planted or knock-on)
VDIFF: dict[str, dict[str, tuple[str, bool]]] = {
    "gv05": {"payback": ("payback-mismatch", True)},
    "gv06": {"out27_obj": ("figure-inconsistent", True),
             "avgprofit": ("revenue-mismatch", False), "payback": ("revenue-mismatch", False)},
    "gv07": {"src0": ("capital-mismatch", True)},
    "gv09": {"avgprofit": ("profit-mismatch", False), "payback": ("profit-mismatch", False)},
}


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables_md(self) -> dict[str, list[list[str]]]:
        """Caption (the text after 'Bảng N. ') -> the table's body rows (header and rule dropped)."""
        found: dict[str, list[list[str]]] = {}
        lines = self.body.splitlines()
        for k, line in enumerate(lines):
            m = re.match(r"^Bảng (\d+)\. (.+)$", line.strip())
            if not m:
                continue
            rows, started = [], False
            for nxt in lines[k + 1:]:
                s = nxt.strip()
                if s.startswith("|"):
                    started = True
                    rows.append([c.strip() for c in s.strip("|").split("|")])
                elif started or (s and not s.startswith("ĐVT")):
                    break
            found[m.group(2).strip()] = rows[2:]
        return found

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def _label(row: list) -> str:
    for c in row[1:]:
        if isinstance(c, str) and c:
            return c
    return ""


def row_key(rows: list[list], r: int) -> str:
    """A row's label (its first text cell after the TT) and its occurrence ("label#1" = second)."""
    lab = _label(rows[r])
    occ = sum(1 for k in range(r) if _label(rows[k]) == lab)
    return lab if occ == 0 else f"{lab}#{occ}"


def check_numbers(p: Plan, key: str) -> None:
    m, t = Model(key), Model(key, planted=False)
    P = PLANS[key]
    md = p.tables_md()
    # 1. every cell of every computed table as the printed model has it
    for tkey, cap in CAPS[key].items():
        rows = md.get(cap)
        if rows is None:
            p.failures.append(f"table not found: {cap}")
            continue
        want = m.tables[tkey]
        if len(rows) != len(want):
            p.failures.append(f"{cap}: {len(rows)} rows, model has {len(want)}")
            continue
        for r, (got, exp) in enumerate(zip(rows, want)):
            if len(got) != len(exp):
                p.failures.append(f"{cap}: row {r + 1} has {len(got)} cells, model {len(exp)}")
                continue
            for c, (g, e) in enumerate(zip(got, exp)):
                if isinstance(e, tuple):
                    try:  # within 1 %, or within the rounding of the printed decimals
                        ok = close(vn(g), e[0]) or abs(vn(g) - e[0]) <= 0.5 * 10 ** -e[1] + 1e-9
                    except ValueError:
                        ok = False
                    if not ok:
                        p.failures.append(f"{cap}: {row_key(want, r)!r} col {c + 1} printed {g}, "
                                          f"computed {fmt(e[0], e[1])}")
                elif g != e:
                    p.failures.append(f"{cap}: row {r + 1} col {c + 1} {g!r} != {e!r}")
    # 2. the printed plan differs from the true one only where planted (and its knock-ons)
    differ = set()
    for tkey in CAPS[key]:
        for r, (pr, tr) in enumerate(zip(m.tables[tkey], t.tables[tkey])):
            for pc, tc in zip(pr, tr):
                if isinstance(pc, tuple) and not close(pc[0], tc[0]):
                    differ.add((tkey, row_key(m.tables[tkey], r)))
    allowed = set(P.get("diff", set()))
    for d in sorted(differ - allowed):
        p.failures.append(f"printed and true plan differ outside the planted cells: {d}")
    for d in sorted(allowed - differ):
        p.failures.append(f"declared knock-on does not differ: {d}")
    # 3. the figures the prose quotes, and which of them are planted
    vd = VDIFF.get(key, {})
    for vk in PROSE[key]:
        p.has(m.v[vk])
        if m.v[vk] != t.v[vk] and vk not in vd:
            p.failures.append(f"prose figure {vk} printed {m.v[vk]}, true {t.v[vk]}, not declared")
    for vk, (rule, planted) in vd.items():
        a, b = vn(m.v[vk]), vn(t.v[vk])
        if planted and not off(a, b):
            p.failures.append(f"{rule}: {vk} printed {m.v[vk]} should be > 5 % off the true {t.v[vk]}")
        if planted and vk not in PROSE[key]:
            p.failures.append(f"{rule}: planted figure {vk} not in the prose")
    # 4. the reviewer's relations on the printed figures
    known = KNOWN.get(key, {})
    for name, printed, expected in m.rel:
        if name in known:
            rule, planted = known[name]
            if planted and not off(printed, expected):
                p.failures.append(f"{rule}: {name}: printed {printed:.2f} vs {expected:.2f}, not > 5 % off")
        elif not (close(printed, expected) or (name.startswith("payback") and abs(printed - expected) <= 0.051)):
            p.failures.append(f"{name}: printed {printed:.2f}, recomputed {expected:.2f}")
    for name, value, lo, hi in m.bound:
        ready = key in READY
        if ready and name.startswith("need of"):
            hi = hi / 1.08  # a ready plan keeps at least 8 % of each input to spare
        if ready and name.startswith("output within capacity"):
            hi = hi * 0.85
        if name in known:
            rule, planted = known[name]
            if planted and not (value > hi * 1.05 or value < lo - abs(lo) * 0.05):
                p.failures.append(f"{rule}: {name}: {value:.1f} not clearly outside [{lo}, {hi:.1f}]")
        elif not (lo - 1e-9 <= value <= hi + 1e-9):
            p.failures.append(f"{name}: {value:.1f} outside [{lo}, {hi:.1f}]")


def check_ready(p: Plan) -> None:
    p.lacks(REPLACED, "replaced instrument or abolished level in a ready plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    for m in re.finditer(r"[Đđ]ến (\d{2})/(\d{2})/(\d{4})", p.body):
        if int(m.group(3)) < 2030:
            p.failures.append(f"paper valid only to {m.group(0)}")


def check_all(p: Plan, key: str) -> None:
    if key != "gv10":  # gv10's placeholders are planted
        p.lacks(PLACEHOLDER, "template placeholder")
    if key in PLANS:
        check_numbers(p, key)
    if key in READY:
        check_ready(p)
    TEXT[key](p)

# the figures each plan's prose quotes (keys of Model.v)
PROSE: dict[str, list[str]] = {
    "gv01": ["out27", "out29", "rev27", "profit27", "staff27", "staff29", "hgrowth", "hout24",
             "hout26", "hprofit26", "left0_29", "leftpct0_29", "leftpct1_29", "leftpct2_29",
             "leftpct3_29", "cap", "use27", "use29", "inv", "src0", "src1", "avgprofit", "dep",
             "payback"],
    "gv02": ["out27", "out29", "rev27", "rev29", "hgrowth", "hrev26", "leftpct1_29", "leftpct0_29",
             "cap", "use27", "use29", "inv", "src0", "src1", "src2", "avgprofit", "dep", "payback",
             "staff27"],
    "gv03": ["out27", "out29", "rev27", "hgrowth", "leftpct0_29", "leftpct1_29", "leftpct2_29",
             "cap", "use29", "inv", "src1", "avgprofit", "dep", "payback", "staff27"],
    "gv04": ["out27", "out29", "rev27", "hout26", "hgrowth", "leftpct1_29", "leftpct0_29", "cap",
             "use29", "inv", "src0", "src1", "avgprofit", "payback", "piece27"],
    "gv05": ["out27", "out29", "rev27", "profit27", "hgrowth", "cap", "use27", "use29", "inv",
             "src0", "src1", "avgprofit", "payback", "staff27"],
    "gv06": ["out27_obj", "rev27", "staff27", "hout26", "hgrowth", "out27", "leftpct1_29",
             "leftpct3_29", "leftpct0_29", "cap", "inv", "src0", "src1", "avgprofit", "payback"],
    "gv07": ["out27", "out29", "rev27", "hgrowth", "leftpct0_29", "leftpct1_29", "leftpct2_29",
             "cap", "inv", "src0", "avgprofit", "payback", "staff27"],
    "gv08": ["out27", "out28", "out29", "rev27", "hgrowth", "leftpct1_29", "leftpct5_29", "inv",
             "src0", "src1", "avgprofit", "payback", "staff27"],
    "gv09": ["out27", "out28", "out29", "rev27", "rev29", "hgrowth", "hout26", "hprofit26", "cap",
             "inv", "src0", "src1", "avgprofit", "dep", "payback"],
    "gv10": ["out27", "out29", "rev27", "hout26", "hgrowth", "leftpct2_29", "leftpct1_29",
             "leftpct0_29", "cap", "inv", "src0", "src1", "avgprofit", "payback", "piece27"],
}


# --------------------------------------------------------------------------- the words of each plan
def _section(p: Plan, start: str, end: str) -> str:
    i = p.body.find(start)
    j = p.body.find(end, i + 1)
    return p.body[i:j] if i >= 0 and j > i else ""


def t_gv01(p: Plan) -> None:  # ready food
    p.has("3001947258", "Cơ sở đủ điều kiện ATTP", "Đến 12/01/2030", "TCCS 01:2026/HL",
          "Phiếu kết quả thử nghiệm", "Bản tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Nghị định số 111/2021/NĐ-CP", "Nhãn hiệu", "mã QR", "mã lô", "lưu mẫu",
          "đã đăng ký môi trường", "26 cửa hàng đặc sản", "hợp đồng số 05/2026/HĐLK")


def t_gv02(p: Plan) -> None:  # ready herbal
    p.has("3002286417", "19 thành viên chính thức", "Đến 08/01/2030", "TCCS 02:2026/HĐ",
          "Phiếu kết quả thử nghiệm", "Bản tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP",
          "không ghi công dụng chữa bệnh", "Nhãn hiệu", "mã QR", "nhật ký", "đã đăng ký môi trường",
          "21 hợp đồng đại lý", "4,5 kg cà gai leo tươi")


def t_gv03(p: Plan) -> None:  # ready alcohol
    p.has("3002105673", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Đến 16/01/2032",
          "Đến 14/01/2030", "TCCS 01:2026/LS", "QCVN 6-3:2010/BYT", "29,5 % vol",
          "Không dành cho người dưới 18 tuổi", "Nghị định số 43/2017/NĐ-CP", "105/2017/NĐ-CP",
          "chưa gồm thuế tiêu thụ đặc biệt", "biogas", "đã đăng ký môi trường", "mã QR", "Nhãn hiệu")


def t_gv04(p: Plan) -> None:  # ready handicraft
    p.has("04/THT", "3002319845", "không phải là thực phẩm", "thẻ treo", "TCCS 01:2026/NLTP",
          "Đến 20/05/2035", "Đăng ký môi trường", "quạt hút và tấm lọc sơn", "Nghị định số 43/2017/NĐ-CP",
          "26.000 đồng/chiếc", "45 thợ")


def t_gv05(p: Plan) -> None:  # material-shortfall, no-label-plan, payback-mismatch
    p.lacks(r"nhãn(?! hiệu)", "no-label-plan: a label is mentioned")
    p.lacks(r"43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|mã QR", "no-label-plan: label word")
    p.lacks(r"Còn dư|thiếu|Cân đối", "material-shortfall: a balance row tells the shortage")
    p.has("bảo đảm đủ cho sản xuất cả giai đoạn", "thời gian hoàn vốn khoảng 1,5 năm",
          "22 hộ thôn Đài Phúc trồng, mỗi hộ bán 200 kg/năm", "Cơ sở đủ điều kiện ATTP", "TCCS 01:2026/BGTĐ",
          "Bản tự công bố sản phẩm", "Nhãn hiệu", "sổ nhật ký", "3002251908")


def t_gv06(p: Plan) -> None:  # no-food-safety, revenue-mismatch, figure-inconsistent
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết",
            "no-food-safety: a food-safety word")
    p.has("Năm 2027 đạt 12.000 kg nem chua", "hộ dự kiến làm 10.200 kg", "28C8004512",
          "TCCS 01:2026/BH", "Bản tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP",
          "bể tự hoại", "25 cửa hàng thực phẩm")


def t_gv07(p: Plan) -> None:  # capital-mismatch, no-product-standard, name-inconsistent
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
            "no-product-standard: a standard or test word")
    p.check(p.count("Tổ hợp tác Ong mật Trà Sơn") == 3, "name-inconsistent: other name not 3 times")
    p.check(p.count("Tổ hợp tác Nuôi ong Khe Giao") >= 4, "name-inconsistent: own name under 4 times")
    p.has("nguồn vốn đủ cho phương án", "Cơ sở đủ điều kiện ATTP", "Nghị định số 43/2017/NĐ-CP",
          "mã QR", "02/THT")


def t_gv08(p: Plan) -> None:  # table-total-mismatch, capacity-exceeded, outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Kỳ Anh",
          "cấp huyện", "không phải đầu tư thêm", "Cyclone lọc bụi", "đã đăng ký môi trường")
    p.lacks(r"148/QĐ-TTg|1489", "outdated-policy: the current instrument is cited")
    p.lacks(r"Sử dụng công suất", "capacity-exceeded: a use row tells the overload")


def t_gv09(p: Plan) -> None:  # unrealistic-growth, profit-mismatch, no-sales-channel
    p.lacks(r"đại lý|siêu thị|cửa hàng|sàn thương mại|nhà phân phối|khách hàng|kênh|(?<!\w)chợ(?!\w)|"
            r"điểm bán|bán lẻ|bán buôn|xuất khẩu|hội chợ|mạng xã hội|hợp đồng (tiêu thụ|phân phối|bao tiêu)",
            "no-sales-channel: a channel or customer is named")
    market = _section(p, "Mục 7.", "Mục 8.")
    p.check(bool(market) and not re.search(r"\d", re.sub(r"Mục \d+\.|(?<!\d)20\d\d(?!\d)", "", market)),
            "no-sales-channel: a figure (price, volume) in the market part")
    p.has("giữ nguyên bộ máy 5 người", "Nhu cầu thị trường trong và ngoài tỉnh rất lớn",
          "Cơ sở đủ điều kiện ATTP", "TCCS 01:2025/BA")


def t_gv10(p: Plan) -> None:  # no-business-registration, boilerplate, no-environment-measures
    p.has("[tên sản phẩm]", "Website: ……", "xông lưu huỳnh", "nhuộm màu", "phun dầu bóng",
          "Nghị định số 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "mã thợ đan")
    p.check(len(re.findall(PLACEHOLDER, p.body)) == 2, "boilerplate: not exactly two placeholders")
    p.lacks(r"đăng ký (hộ )?kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|"
            r"hợp tác xã|tổ hợp tác", "no-business-registration: a registration")
    p.lacks(r"môi trường|chất thải|nước thải|xử lý|khí thải|thu gom|bể lắng|hố thấm|(?<!\w)rác|khói|bụi",
            "no-environment-measures: an environmental word")


def t_sketchy(p: Plan, figures: list[str], lacking: str) -> None:
    n = p.words()
    p.check(150 <= n <= 350, f"sketchy: {n} words")
    p.check(not p.rows, "sketchy: a table")
    p.has(*figures)
    p.lacks(lacking, "sketchy: a paper it should lack")


TEXT = {
    "gv01": t_gv01, "gv02": t_gv02, "gv03": t_gv03, "gv04": t_gv04, "gv05": t_gv05, "gv06": t_gv06,
    "gv07": t_gv07, "gv08": t_gv08, "gv09": t_gv09, "gv10": t_gv10,
    "gv11": lambda p: t_sketchy(p, ["2.000 chai", "65.000 đồng/chai", "80 triệu đồng"],
                                r"tiêu chuẩn|TCCS|công bố|nhãn hiệu|43/2017|truy xuất|môi trường"),
    "gv12": lambda p: t_sketchy(p, ["3.000 chiếc", "60.000 đồng/chiếc", "150 triệu đồng"],
                                r"ATTP|an toàn thực phẩm|tiêu chuẩn|TCCS|công bố|nhãn hiệu|truy xuất|"
                                r"môi trường"),
}


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for key in keys:
        p = Plan(STEMS[key])
        check_all(p, key)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
