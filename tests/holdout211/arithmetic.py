"""The 211th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand on the plan as it reads with every tracked change accepted.

    .venv/bin/python tests/holdout211/arithmetic.py [hd01 hd05 ...]

Theme: plans that use Word's own machinery (tracked changes, the clerk's comments, text boxes,
footnotes, content controls). The text checked is the plan's source as tests/holdout/plancheck.py
resolves it (samples/markup.plain_text: tracked deletions and comments out, insertions, footnotes,
text boxes and content controls in), so every figure below is the accepted figure.

For every full plan (hd01-hd10) the constants give the products (pack size in the plan's base unit,
price and packs per year, packaging cost per pack), the 2024-2026 history (output, average price,
margin), the raw materials (norm per base unit, price, supply rows as count x yield), the equipment
rating (per day x working days), staff by role with the monthly wage per year, the unit costs
(energy per base unit, piece wage), the fixed lines (selling, other), investment items and capital
sources, asset life, loan balances and rate. `model()` turns them into every figure the plan
prints; the generator that wrote the plans (outside the repository) used the same function, and
for the tracked changes it also ran `model()` on the plan's pre-review version (`orig`) and
printed "{-old-}{+new+}" wherever the two differ. From the constants this script recomputes
history revenue and profit, packs x size = output, capacity and its use, raw-material need =
output x norm against supply = sum of count x yield, staff and wage fund, investment and sources
with their shares, every revenue line (packs x price), every cost line, the cost total, profit,
margin and payback = investment / (average profit + depreciation). Each figure is read back from
the plan (tables found by their caption "Bảng N.") and compared: planted numeric defects must be
wrong by more than 5 % (the true value is computed beside them), every other number right within
1 %. Textual defects are asserted through the presence or absence of their words in the accepted
text. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import copy
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
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
# products: (label, pack word, size in base units, [price đ per pack by year], [packs by year],
#            packaging cost đ per pack)
# hist: outputs 2024-2026 (base units), average price đ per base unit, margin (share of revenue)
# raws: (key, label, unit, norm per base unit, price đ per unit, [(supply label, count, word, yield)])
# cap: (rating per day in base units, working days)
# roles: (role, [staff by year]); wage: monthly wage per year (triệu đồng)
# energy: đ per base unit; piece: piece wage đ per base unit (0 = none)
# selling, other: triệu đồng per year; inv: (label, triệu, fixed asset?); src: (label, triệu)
# loan: balance per year (triệu), rate; life: years of straight-line depreciation
# plant: planted numeric defects as the plan prints them (what the shown figures follow)
# orig: the pre-review version of the constants (tracked changes are printed where they differ)
PLANS: dict[str, dict] = {
    "hd01": dict(
        unit="kg",
        products=[("Chè búp đặc biệt, hộp 200 g", "hộp", 0.2, [90000, 94000, 98000], [9000, 10000, 11000], 14000),
                  ("Chè búp loại 1, túi 500 g", "túi", 0.5, [150000, 155000, 160000], [4000, 4400, 4800], 6000),
                  ("Chè túi lọc, hộp 25 gói × 2 g", "hộp", 0.05, [45000, 47000, 49000], [8000, 9000, 10000], 11000)],
        hist=dict(out=[3500, 3800, 4000], price=[360000, 370000, 380000], margin=[0.10, 0.11, 0.12]),
        raws=[("che", "Búp chè tươi", "kg", 4.5, 14000,
               [("Vườn chè của hợp tác xã", 3, "ha", 6000),
                ("Hộ thành viên thôn Khe Cò", 15, "hộ", 600)])],
        cap=(25, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, vận chuyển búp", [3, 3, 3]),
               ("Làm héo, sao, vò, sấy", [3, 3, 4]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=9000, piece=0, selling=[80, 90, 100], other=[50, 55, 60],
        inv=[("Máy sao, máy vò chè liên hoàn", 320, True), ("Máy sấy chè bơm nhiệt", 220, True),
             ("Cải tạo xưởng chế biến một chiều 120 m²", 260, True), ("Máy đóng gói chè túi lọc", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển sản xuất của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        orig=dict(price={(0, 1): 98000}),
    ),
    "hd02": dict(
        unit="kg",
        products=[("Trà xạ đen túi lọc, hộp 30 túi × 3 g", "hộp", 0.09, [85000, 88000, 91000], [12000, 13500, 15000], 12000),
                  ("Xạ đen khô cắt đoạn, túi 500 g", "túi", 0.5, [120000, 124000, 128000], [3000, 3300, 3600], 5000),
                  ("Xạ đen khô, bao 2 kg cho nhà thuốc", "bao", 2, [420000, 435000, 450000], [500, 550, 600], 9000)],
        hist=dict(out=[2900, 3150, 3400], price=[390000, 400000, 410000], margin=[0.11, 0.12, 0.13]),
        raws=[("xaden", "Cành lá xạ đen tươi", "kg", 4.2, 9000,
               [("Vườn xạ đen của công ty", 5, "ha", 2600),
                ("Hộ liên kết thôn Tân Hòa, Khe Bò", 26, "hộ", 300)])],
        cap=(20, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, cắt, đóng túi lọc", [3, 3, 3]), ("Kinh doanh, kho", [2, 2, 3])],
        wage=[6.0, 6.3, 6.6], energy=15000, piece=0, selling=[90, 100, 110], other=[60, 60, 70],
        inv=[("Nhà sấy, phòng đóng gói 100 m²", 280, True), ("Máy sấy bơm nhiệt 2 buồng", 240, True),
             ("Máy cắt, nghiền dược liệu", 90, True), ("Máy đóng túi lọc tự động", 260, True),
             ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 40, False),
             ("Bao bì, mã vạch, tem truy xuất", 50, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại cổ phần Công Thương", 500)],
        life=10, loan=[500, 400, 300], rate=0.085,
    ),
    "hd03": dict(
        unit="chiếc",
        products=[("Bánh ram sống cấp đông, khay 20 chiếc", "khay", 20, [80000, 83000, 86000], [9000, 9900, 10800], 3000),
                  ("Bánh ram chiên sẵn, hộp 10 chiếc", "hộp", 10, [55000, 57000, 59000], [6000, 6600, 7200], 4000),
                  ("Bánh ram ít, bộ 10 cặp", "bộ", 10, [85000, 88000, 91000], [2500, 2750, 3000], 5000)],
        hist=dict(out=[210000, 228000, 245000], price=[4200, 4400, 4600], margin=[0.14, 0.15, 0.16]),
        raws=[("nep", "Gạo nếp cái hoa vàng", "kg", 0.025, 30000,
               [("Hộ trồng nếp thôn Bắc Sơn", 12, "hộ", 500),
                ("Cửa hàng lương thực Hòa Lợi (hợp đồng)", 1, "hợp đồng", 3000)]),
              ("nhan", "Tôm đất, thịt lợn làm nhân", "kg", 0.008, 120000,
               [("Quầy thực phẩm chợ Thạch Khê (hợp đồng)", 1, "hợp đồng", 3000)])],
        cap=(1500, 280),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Làm nhân, nặn bánh", [3, 3, 4]),
               ("Chiên, cấp đông, đóng gói", [2, 2, 2]), ("Giao hàng, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.5], energy=80, piece=0, selling=[40, 45, 50], other=[25, 25, 30],
        inv=[("Máy định hình bánh ram", 120, True), ("Tủ cấp đông gió 500 lít", 95, True),
             ("Bếp chiên công nghiệp, máy thấm dầu", 60, True), ("Cải tạo bếp sản xuất một chiều 45 m²", 110, True),
             ("Máy hút chân không, máy dán hộp", 45, True), ("Bao bì, nhãn, mã vạch", 25, False),
             ("Kiểm nghiệm, tự công bố sản phẩm", 15, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 150)],
        life=10, loan=[250, 200, 150], rate=0.07,
    ),
    "hd04": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [85000, 88000, 91000], [5000, 5400, 5800], 2000),
                  ("Nón bài thơ in hoa văn, kèm túi vải", "chiếc", 1, [180000, 186000, 192000], [2000, 2300, 2600], 8000),
                  ("Nón lá mini trang trí, hộp quà", "hộp", 1, [75000, 78000, 81000], [1500, 1800, 2100], 6000)],
        hist=dict(out=[7200, 7700, 8100], price=[92000, 95000, 98000], margin=[0.09, 0.10, 0.11]),
        raws=[("la", "Lá nón khô", "kg", 0.12, 60000,
               [("Đồi lá nón của các tổ viên", 4, "ha", 250),
                ("Hộ thu hái lá nón thôn Trung Hà", 20, "hộ", 25)]),
              ("vanh", "Vành tre chuốt sẵn", "bộ", 1, 8000,
               [("Cơ sở chuốt vành tre Hòa Mỹ (hợp đồng)", 1, "cơ sở", 12000)])],
        cap=(42, 300),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Phơi, ủi lá, chuốt vành", [2, 2, 2]),
               ("In hoa văn, hoàn thiện, đóng hộp", [1, 1, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], energy=2000, piece=18000, selling=[30, 35, 40], other=[20, 20, 25],
        inv=[("Nhà phơi, ủi lá và kho 80 m²", 150, True), ("Máy in lụa hoa văn, bàn ủi lá", 45, True),
             ("Khuôn nón inox các cỡ", 25, True), ("Thiết kế mẫu, hộp quà, thẻ treo", 30, False),
             ("Đăng ký nhãn hiệu, mã vạch", 15, False), ("Vốn lưu động", 85, False)],
        src=[("Vốn góp của tổ viên", 200), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 150)],
        life=10, loan=[150, 100, 50], rate=0.066,
        orig=dict(src={1: 100}, packs={(1, 2): 2800}),
    ),
    "hd05": dict(
        unit="lít",
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [14000, 15000, 16000], 9000),
                  ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, [70000, 72000, 75000], [9000, 9500, 10000], 10000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [220000, 228000, 236000], [1200, 1300, 1400], 25000)],
        hist=dict(out=[18500, 19800, 21000], price=[84000, 86000, 88000], margin=[0.10, 0.11, 0.11]),
        raws=[("ca", "Cá cơm tươi", "kg", 1.2, 18000,
               [("Tàu thuyền của thành viên", 7, "tàu", 4000),
                ("Nậu cá bến Xuân Hội (hợp đồng)", 1, "hợp đồng", 5000)]),
              ("muoi", "Muối hạt", "kg", 0.4, 4000,
               [("Diêm dân thôn Hội Thủy (hợp đồng)", 1, "hợp đồng", 12000)])],
        cap=(None, None), vats=(64, 480),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [3, 3, 3]),
               ("Lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=1500, piece=0, selling=[100, 110, 120], other=[60, 60, 70],
        inv=[("Nhà ủ chượp 200 m²", 320, True), ("Bổ sung 24 thùng gỗ ủ chượp", 190, True),
             ("Hệ thống lọc, bồn inox, máy chiết rót", 230, True), ("Bao bì, nhãn, tem truy xuất", 60, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 400), ("Vốn tích lũy của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        # the clerk asked to cut 2028; the 1-litre bottles went from 12.000 to 9.500 everywhere
        # except in the revenue table, which still counts 12.000
        orig=dict(packs={(1, 1): 12000}),
        plant=dict(rev_packs={(1, 1): 12000}),
    ),
    "hd06": dict(
        unit="lít",
        products=[("Rượu nếp 35 độ, chai 500 ml", "chai", 0.5, [80000, 84000, 88000], [20000, 22000, 24000], 12000),
                  ("Rượu nếp 35 độ, bình sứ 1 lít", "bình", 1, [220000, 230000, 240000], [2000, 2200, 2400], 60000),
                  ("Rượu nếp 30 độ, can 2 lít", "can", 2, [150000, 156000, 162000], [3000, 3300, 3600], 8000)],
        hist=dict(out=[14200, 15600, 16800], price=[128000, 132000, 136000], margin=[0.10, 0.11, 0.12]),
        raws=[("nep", "Gạo nếp", "kg", 1.35, 28000,
               [("Hộ trồng nếp xã Cẩm Lạc", 30, "hộ", 600),
                ("Hợp tác xã Nông nghiệp Cẩm Sơn (hợp đồng)", 1, "hợp đồng", 8000)])],
        cap=(100, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=3000, piece=0, selling=[150, 160, 170], other=[60, 60, 70],
        inv=[("Kho ủ, hạ thổ rượu 120 m²", 420, True), ("Hệ thống lọc, khử andehit", 260, True),
             ("Máy chiết rót, đóng nắp tự động", 260, True), ("Hầm biogas xử lý bỗng rượu 20 m³", 90, True),
             ("Phòng trưng bày, bán sản phẩm 40 m²", 270, True),
             ("Thiết kế nhãn, bao bì, tem truy xuất", 60, False), ("Vốn lưu động", 440, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại cổ phần Đầu tư và Phát triển", 800)],
        life=10, loan=[800, 650, 500], rate=0.085,
        # the Cẩm Sơn cooperative cut its contract from 14.000 to 8.000 kg (tracked change in the
        # supply row and its total); output was not reduced
        orig=dict(supply={("nep", 1): 14000}, payback=None),
        plant=dict(payback=2.1),
    ),
    "hd07": dict(
        unit="kg",
        products=[("Giò me cây 1 kg", "cây", 1, [350000, 360000, 370000], [5000, 5500, 6000], 6000),
                  ("Giò me cây 500 g", "cây", 0.5, [180000, 185000, 190000], [3000, 3300, 3600], 4000),
                  ("Chả me chiên, hộp 300 g", "hộp", 0.3, [105000, 109000, 113000], [2000, 2200, 2400], 5000)],
        hist=dict(out=[5600, 6100, 6600], price=[330000, 340000, 350000], margin=[0.07, 0.08, 0.08]),
        raws=[("me", "Thịt bê (me) tươi", "kg", 1.15, 180000,
               [("Cơ sở giết mổ Thanh Tùng (hợp đồng)", 1, "hợp đồng", 7000),
                ("Hộ nuôi bê thôn Trung Sơn", 12, "hộ", 300)])],
        cap=(60, 300),
        roles=[("Chủ cơ sở, sổ sách", [1, 1, 1]), ("Pha thịt, giã giò", [3, 3, 3]),
               ("Gói, luộc, đóng gói", [2, 2, 3]), ("Giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0], energy=5000, piece=0, selling=[60, 65, 70], other=[30, 30, 35],
        inv=[("Cải tạo bếp sản xuất một chiều 60 m²", 150, True), ("Máy xay giò 20 kg/mẻ (thêm 1 máy)", 85, True),
             ("Tủ mát, tủ đông bảo quản", 90, True), ("Nồi luộc giò inox 200 lít", 35, True),
             ("Máy hút chân không", 40, True), ("Bao bì, nhãn, mã vạch", 25, False), ("Vốn lưu động", 175, False)],
        src=[("Vốn tự có của gia đình", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        life=10, loan=[200, 150, 100], rate=0.08,
        plant=dict(cost_total={1: None}),  # filled below: the 2028 total printed 9 % short
    ),
    "hd08": dict(
        unit="lít",
        products=[("Tinh dầu tràm nguyên chất, chai 10 ml", "chai", 0.01, [28000, 29000, 30000], [40000, 46000, 55000], 4000),
                  ("Tinh dầu tràm, chai 50 ml", "chai", 0.05, [110000, 114000, 118000], [6000, 7000, 8400], 7000),
                  ("Tinh dầu tràm, chai 100 ml có vòi xịt", "chai", 0.1, [200000, 206000, 212000], [1500, 1700, 2000], 10000)],
        hist=dict(out=[620, 700, 780], price=[2200000, 2250000, 2350000], margin=[0.15, 0.16, 0.17]),
        raws=[("la", "Lá tràm tươi", "kg", 125, 2500,
               [("Rừng tràm của công ty", 30, "ha", 3000),
                ("Hộ khai thác tràm thôn Hải Hà, Tân Phúc", 45, "hộ", 1500)])],
        cap=(4, 250),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Thu mua, vận chuyển lá", [2, 2, 2]),
               ("Chưng cất, lọc tinh dầu", [2, 2, 2]), ("Chiết chai, đóng gói", [2, 2, 2]),
               ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=20000, piece=0, selling=[200, 220, 240], other=[80, 80, 90],
        inv=[("Cải tạo nhà xưởng chưng cất 150 m²", 400, True), ("Lò hơi đốt củi thay lò cũ", 350, True),
             ("Thiết bị lọc, tách nước, bồn chứa inox", 120, True), ("Máy chiết rót, dán nhãn", 150, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        plant=dict(profit={1: None}),  # filled below: the 2028 profit printed 25 % high
    ),
    "hd09": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [160000, 166000, 172000], [5000, 5500, 6000], 7000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [280000, 290000, 300000], [2000, 2200, 2400], 9000),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, [700000, 725000, 750000], [300, 330, 360], 15000)],
        hist=dict(out=[4300, 4700, 5000], price=[250000, 260000, 270000], margin=[0.15, 0.16, 0.17]),
        raws=[("mat", "Mật ong thô", "kg", 1.05, 130000,
               [("Đàn ong của tổ viên", 420, "đàn", 14),
                ("Hộ nuôi ong liên kết", 15, "hộ", 100)])],
        cap=(32, 250),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Lọc, hạ thủy phần, đóng chai", [3, 3, 3]),
               ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.5], energy=3000, piece=0, selling=[60, 65, 70], other=[30, 30, 35],
        inv=[("Máy hạ thủy phần mật ong 32 kg/mẻ", 150, True), ("Máy quay mật, thùng lọc inox", 60, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True), ("Bổ sung 60 thùng ong và đàn giống", 90, True),
             ("Chai, hũ, nhãn, mã vạch", 40, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200), ("Vay Quỹ hỗ trợ nông dân", 100)],
        life=10, loan=[300, 200, 100], rate=0.066,
        workers_box=8,  # the org-chart text box; the text and the staff table say 6
    ),
    "hd10": dict(
        unit="kg",
        products=[("Bún gạo lứt đỏ, túi 500 g", "túi", 0.5, [38000, 39000, 40000], [40000, 44000, 48000], 2500),
                  ("Bún gạo lứt đen, túi 300 g", "túi", 0.3, [32000, 33000, 34000], [20000, 22000, 24000], 2200),
                  ("Bún gạo lứt, thùng 5 kg cho bếp ăn", "thùng", 5, [300000, 310000, 320000], [1200, 1320, 1440], 12000)],
        hist=dict(out=[24000, 26500, 29000], price=[68000, 70000, 72000], margin=[0.09, 0.10, 0.11]),
        raws=[("gao", "Gạo lứt đỏ, gạo lứt đen", "kg", 1.15, 22000,
               [("Cánh đồng lúa hữu cơ của công ty", 8, "ha", 5000),
                ("Hộ liên kết thôn Đức Phong", 25, "hộ", 500)])],
        cap=(200, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm, xay, ép bún", [4, 4, 4]),
               ("Sấy, đóng gói", [3, 3, 4]), ("Kinh doanh", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=4000, piece=0, selling=[120, 130, 140], other=[60, 60, 70],
        inv=[("Dây chuyền xay, ép, hấp bún 200 kg/ngày", 650, True), ("Máy sấy bún bơm nhiệt", 300, True),
             ("Cải tạo nhà xưởng 250 m²", 400, True), ("Máy đóng gói", 120, True),
             ("Thiết kế bao bì", 40, False), ("Vốn lưu động", 390, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
    ),
}


# --------------------------------------------------------------------------- numbers
def r1(x: float) -> float:
    return float(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def r0(x: float) -> int:
    return int(Decimal(repr(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def f0(x: float) -> str:
    """12.345 (Vietnamese thousands dots)."""
    return f"{r0(x):,}".replace(",", ".")


def f1(x: float) -> str:
    """1.234,5"""
    s = f"{r1(x):,.1f}"
    return s.replace(",", " ").replace(".", ",").replace(" ", ".")


def fq(x: float) -> str:
    """A quantity: integer when whole, else one decimal."""
    return f0(x) if abs(x - round(x)) < 1e-9 else f1(x)


def variant(key: str, which: str = "now") -> dict:
    """The constants of a plan as accepted (`now`) or as first written (`orig`)."""
    P = copy.deepcopy(PLANS[key])
    if which == "orig":
        o = P.get("orig", {})
        for (i, y), v in o.get("price", {}).items():
            P["products"][i][3][y] = v
        for (i, y), v in o.get("packs", {}).items():
            P["products"][i][4][y] = v
        for i, v in o.get("src", {}).items():
            P["src"][i] = (P["src"][i][0], v)
        for (k, j), v in o.get("supply", {}).items():
            for r in P["raws"]:
                if r[0] == k:
                    s = r[5][j]
                    r[5][j] = (s[0], s[1], s[2], v) if s[2] == "hợp đồng" else (s[0], v, s[2], s[3])
        if "payback" in o:
            P.setdefault("plant", {}).pop("payback", None)
    return P


def model(key: str, which: str = "now") -> dict:
    P = variant(key, which)
    prods = P["products"]
    m: dict = {"unit": P["unit"]}
    packs = [[p[4][y] for y in Y] for p in prods]
    price = [[p[3][y] for y in Y] for p in prods]
    out = [r1(sum(packs[i][y] * prods[i][2] for i in range(len(prods)))) for y in Y]
    m.update(packs=packs, price=price, out=out)
    # history
    h = P["hist"]
    hrev = [r1(h["out"][t] * h["price"][t] / 1e6) for t in range(3)]
    m.update(hout=h["out"], hprice=h["price"], hrev=hrev,
             hprof=[r1(hrev[t] * h["margin"][t]) for t in range(3)])
    # capacity
    if P.get("vats"):
        n, lit = P["vats"]
        m["capyear"] = n * lit
    else:
        m["capyear"] = P["cap"][0] * P["cap"][1]
    m["use"] = [r1(out[y] / m["capyear"] * 100) for y in Y]
    # raw materials
    raws = {}
    for k, label, unit, norm, rprice, rows in P["raws"]:
        sup = [r0(c * yl) for _, c, _, yl in rows]
        need = [r0(out[y] * norm) for y in Y]
        raws[k] = dict(label=label, unit=unit, norm=norm, price=rprice, rows=rows, sup=sup,
                       total=sum(sup), need=need, rest=[sum(sup) - need[y] for y in Y])
    m["raws"] = raws
    # staff
    staff = [sum(r[1][y] for r in P["roles"]) for y in Y]
    fund = [r1(staff[y] * P["wage"][y] * 12) for y in Y]
    m.update(staff=staff, fund=fund)
    # investment
    inv_total = sum(v for _, v, _ in P["inv"])
    fixed = sum(v for _, v, f in P["inv"] if f)
    src_total = sum(v for _, v in P["src"])
    m.update(inv_total=inv_total, fixed=fixed, src_total=src_total,
             src_share=[r1(v / src_total * 100) for _, v in P["src"]],
             dep=r1(fixed / P["life"]))
    # revenue: true and as printed
    rev_lines = [[r1(packs[i][y] * price[i][y] / 1e6) for y in Y] for i in range(len(prods))]
    plant = P.get("plant", {})
    shown_lines = [row[:] for row in rev_lines]
    for (i, y), pk in plant.get("rev_packs", {}).items():
        shown_lines[i][y] = r1(pk * price[i][y] / 1e6)
    rev = [r1(sum(r[y] for r in rev_lines)) for y in Y]
    srev = [r1(sum(r[y] for r in shown_lines)) for y in Y]
    m.update(rev_lines=rev_lines, shown_lines=shown_lines, rev=rev, srev=srev)
    # costs
    cost = {}
    for k, r in raws.items():
        cost[k] = [r1(r["need"][y] * r["price"] / 1e6) for y in Y]
    cost["pack"] = [r1(sum(packs[i][y] * prods[i][5] for i in range(len(prods))) / 1e6) for y in Y]
    cost["labour"] = fund
    if P["piece"]:
        cost["piece"] = [r1(out[y] * P["piece"] / 1e6) for y in Y]
    cost["energy"] = [r1(out[y] * P["energy"] / 1e6) for y in Y]
    cost["selling"] = [float(x) for x in P["selling"]]
    cost["dep"] = [m["dep"]] * 3
    cost["interest"] = [r1(P["loan"][y] * P["rate"]) for y in Y]
    cost["other"] = [float(x) for x in P["other"]]
    total = [r1(sum(v[y] for v in cost.values())) for y in Y]
    m.update(cost=cost, cost_total=total)
    stotal = total[:]
    for y, v in plant.get("cost_total", {}).items():
        stotal[y] = v
    m["scost_total"] = stotal
    profit = [r1(rev[y] - total[y]) for y in Y]
    sprofit = [r1(srev[y] - stotal[y]) for y in Y]
    for y, v in plant.get("profit", {}).items():
        sprofit[y] = v
    m.update(profit=profit, sprofit=sprofit,
             margin=[r1(profit[y] / rev[y] * 100) for y in Y],
             smargin=[r1(sprofit[y] / srev[y] * 100) for y in Y])
    m["payback"] = r1(inv_total / (sum(profit) / 3 + m["dep"]))
    m["spayback"] = plant.get("payback") or r1(inv_total / (sum(sprofit) / 3 + m["dep"]))
    return m


# planted values that depend on the model: hd07's 2028 cost total printed 9 % short, hd08's 2028
# profit printed 25 % high (each then followed by what is computed from it)
def _plant_derived() -> None:
    t = model("hd07")["cost_total"][1]
    PLANS["hd07"]["plant"]["cost_total"] = {1: r1(round(t * 0.91))}
    p = model("hd08")["profit"][1]
    PLANS["hd08"]["plant"]["profit"] = {1: r1(round(p * 1.25))}


PLANS["hd07"]["plant"] = {}
PLANS["hd08"]["plant"] = {}
_plant_derived()


# --------------------------------------------------------------------------- tables
CAPTIONS = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "prices": "Sản phẩm và giá bán dự kiến",
    "output": "Kế hoạch sản lượng 2027 – 2029",
    "raw": "Cân đối nguyên liệu",
    "staff": "Lao động và tiền lương",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn đầu tư",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Hiệu quả kinh tế",
}
COST_LABELS = {"pack": "Bao bì, đóng gói", "labour": "Tiền lương lao động", "piece": "Tiền công khoán",
               "energy": "Điện, nước, nhiên liệu", "selling": "Bán hàng, quảng bá",
               "dep": "Khấu hao tài sản cố định", "interest": "Lãi vay ngân hàng", "other": "Chi phí khác"}
# per plan: captions and cost labels of its own, which optional rows its tables print
STYLE: dict[str, dict] = {
    "hd01": dict(caps={"raw": "Cân đối búp chè tươi", "sum": "Tổng hợp hiệu quả kinh tế"},
                 labels={"che": "Búp chè tươi", "energy": "Điện, củi sấy"}, show_cap=True),
    "hd02": dict(caps={"rev": "Dự toán doanh thu", "cost": "Dự toán chi phí"},
                 labels={"xaden": "Cành lá xạ đen tươi", "energy": "Điện sấy, nước"}, show_cap=True),
    "hd03": dict(caps={"output": "Kế hoạch sản lượng bánh 2027 – 2029"},
                 labels={"nep": "Gạo nếp", "nhan": "Tôm, thịt làm nhân", "energy": "Gas, điện cấp đông"},
                 show_cap=True),
    "hd04": dict(caps={"raw": "Nguồn lá nón và vành tre"},
                 labels={"la": "Lá nón khô", "vanh": "Vành tre", "piece": "Tiền công chằm nón (khoán)",
                         "energy": "Điện, than ủi lá"}, show_cap=True),
    "hd05": dict(caps={"raw": "Cân đối cá cơm và muối"},
                 labels={"ca": "Cá cơm tươi", "muoi": "Muối hạt", "energy": "Điện, nước"}, show_cap=True),
    "hd06": dict(caps={"raw": "Nguồn gạo nếp và nhu cầu"},
                 labels={"nep": "Gạo nếp", "energy": "Củi, điện, nước"}, show_cap=True, show_rest=False),
    "hd07": dict(caps={"cost": "Dự toán chi phí sản xuất"},
                 labels={"me": "Thịt bê (me)", "energy": "Điện, gas luộc giò"}, show_cap=False),
    "hd08": dict(caps={"output": "Kế hoạch sản lượng tinh dầu"},
                 labels={"la": "Lá tràm tươi", "energy": "Củi đốt lò hơi, điện"}, show_cap=False),
    "hd09": dict(caps={"raw": "Cân đối mật ong thô"},
                 labels={"mat": "Mật ong thô", "energy": "Điện, nước"}, show_cap=True),
    "hd10": dict(caps={"sum": "Hiệu quả sản xuất kinh doanh"},
                 labels={"gao": "Gạo lứt", "energy": "Điện, nước, hơi sấy"}, show_cap=True),
}


def fnorm(x: float) -> str:
    s = f"{x:g}"
    return s.replace(".", ",")


def spec(key: str, which: str = "now") -> dict:
    """Every generated table of a plan: caption, unit line, header and rows. A row is
    (tt, label, unit cell or None, [cells as printed], [true values], [shown values])."""
    P, m, st = variant(key, which), model(key, which), STYLE[key]
    caps = {**CAPTIONS, **st.get("caps", {})}
    lab = {**COST_LABELS, **st.get("labels", {})}
    u = m["unit"]
    T: dict = {}

    def row(tt, label, unitcell, vals, shown=None, fmt=f1):
        shown = vals if shown is None else shown
        return (tt, label, unitcell, [fmt(v) for v in shown], list(vals), list(shown))

    yh = ["Năm 2027", "Năm 2028", "Năm 2029"]
    T["hist"] = dict(unit=None, header=["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], rows=[
        row("1", f"Sản lượng ({u})", None, m["hout"], fmt=f0),
        row("2", f"Giá bán bình quân (đồng/{u})", None, m["hprice"], fmt=f0),
        row("3", "Doanh thu (triệu đồng)", None, m["hrev"]),
        row("4", "Lợi nhuận (triệu đồng)", None, m["hprof"])])
    T["prices"] = dict(unit="ĐVT: đồng/đơn vị sản phẩm",
                       header=["TT", "Sản phẩm, quy cách", "Đơn vị", "Năm 2027", "Năm 2028", "Năm 2029"],
                       rows=[row(str(i + 1), p[0], p[1], m["price"][i], fmt=f0)
                             for i, p in enumerate(P["products"])])
    rows = [row(str(i + 1), p[0], p[1], m["packs"][i], fmt=f0) for i, p in enumerate(P["products"])]
    rows.append(row("", f"Tổng sản lượng quy đổi ({u})", u, m["out"], fmt=fq))
    if st.get("show_cap"):
        if P.get("vats"):
            n, lit = P["vats"]
            clabel = f"Công suất {n} thùng × {f0(lit)} lít ({u}/năm)"
        else:
            clabel = f"Công suất thiết bị ({u}/năm)"
        rows.append(row("", clabel, u, [m["capyear"]] * 3, fmt=f0))
        rows.append(row("", "Mức sử dụng công suất (%)", "%", m["use"]))
    T["output"] = dict(unit=None, header=["TT", "Sản phẩm", "Đơn vị"] + yh, rows=rows)
    rows, n = [], 0
    for k, r in m["raws"].items():
        for (slabel, c, w, yl), v in zip(r["rows"], r["sup"]):
            n += 1
            text = slabel if w in ("hợp đồng", "cơ sở") else f"{slabel} ({f0(c)} {w} × {f0(yl)} {r['unit']})"
            rows.append(row(str(n), text, None, [v] * 3, fmt=f0))
        name = r["label"][0].lower() + r["label"][1:]
        rows.append(row("", f"Tổng nguồn {name} ({r['unit']})", None, [r["total"]] * 3, fmt=f0))
        rows.append(row("", f"Nhu cầu {name} ({fnorm(r['norm'])} {r['unit']}/{u})", None, r["need"], fmt=f0))
        if st.get("show_rest", True):
            rows.append(row("", f"Còn dư {name} ({r['unit']})", None, r["rest"], fmt=f0))
    T["raw"] = dict(unit=None, header=["TT", "Nguồn cung và nhu cầu"] + yh, rows=rows)
    rows = [row(str(i + 1), rl, None, ns, fmt=f0) for i, (rl, ns) in enumerate(P["roles"])]
    rows += [row("", "Tổng số lao động (người)", None, m["staff"], fmt=f0),
             row("", "Lương bình quân (triệu đồng/tháng)", None, P["wage"]),
             row("", "Quỹ lương (triệu đồng/năm)", None, m["fund"])]
    T["staff"] = dict(unit=None, header=["TT", "Bộ phận"] + yh, rows=rows)
    rows = [row(str(i + 1), il, None, [v], fmt=f0) for i, (il, v, _) in enumerate(P["inv"])]
    rows.append(row("", "Tổng vốn đầu tư", None, [m["inv_total"]], fmt=f0))
    T["inv"] = dict(unit=None, header=["TT", "Hạng mục đầu tư", "Thành tiền (triệu đồng)"], rows=rows)
    rows = []
    for i, ((sl, v), sh) in enumerate(zip(P["src"], m["src_share"])):
        r = row(str(i + 1), sl, None, [v, sh])
        rows.append((r[0], r[1], r[2], [f0(v), f1(sh)], r[4], r[5]))
    rows.append(("", "Tổng nguồn vốn", None, [f0(m["src_total"]), "100,0"],
                 [m["src_total"], 100.0], [m["src_total"], 100.0]))
    T["src"] = dict(unit=None, header=["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows=rows)
    rows = [row(str(i + 1), p[0], None, m["rev_lines"][i], m["shown_lines"][i])
            for i, p in enumerate(P["products"])]
    rows.append(row("", "Tổng doanh thu", None, m["rev"], m["srev"]))
    T["rev"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Sản phẩm"] + yh, rows=rows)
    rows = []
    for i, (k, v) in enumerate(m["cost"].items()):
        rows.append(row(str(i + 1), lab.get(k, k), None, v))
    rows.append(row("", "Tổng chi phí", None, m["cost_total"], m["scost_total"]))
    T["cost"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Khoản mục chi phí"] + yh, rows=rows)
    T["sum"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Chỉ tiêu"] + yh, rows=[
        row("1", "Doanh thu", None, m["rev"], m["srev"]),
        row("2", "Tổng chi phí", None, m["cost_total"], m["scost_total"]),
        row("3", "Lợi nhuận", None, m["profit"], m["sprofit"]),
        row("4", "Tỷ suất lợi nhuận/doanh thu (%)", None, m["margin"], m["smargin"])])
    for tid, t in T.items():
        t["caption"] = caps[tid]
    return T


def render(key: str, tid: str, number: int) -> str:
    """The Markdown of one generated table, tracked changes where the first version differs."""
    now, T0 = spec(key)[tid], spec(key, "orig")[tid] if PLANS[key].get("orig") else None
    out = [f"Bảng {number}. {now['caption']}", ""]
    if now["unit"]:
        out += [now["unit"], ""]
    out.append("| " + " | ".join(now["header"]) + " |")
    out.append("|" + "---|" * len(now["header"]))
    for j, (tt, label, ucell, cells, _, _) in enumerate(now["rows"]):
        if T0 is not None:
            old = T0["rows"][j][3]
            cells = [c if o == c else f"{{-{o}-}}{{+{c}+}}" for o, c in zip(old, cells)]
        head = [tt, label] + ([ucell] if ucell is not None else [])
        out.append("| " + " | ".join(head + cells) + " |")
    return "\n".join(out)


# --------------------------------------------------------------------------- checks
_NUM = re.compile(r"^-?[\d.]+(,\d+)?$")
# cells that differ from the true figure: planted (must be off by more than 5 %) and knock-on
# (follow a planted figure: printed as the model's shown value)
PLANTED_CELLS = {
    "hd05": {("rev", "Nước mắm 30 độ đạm, chai 1 lít", 1)},
    "hd07": {("cost", "Tổng chi phí", 1)},
    "hd08": {("sum", "Lợi nhuận", 1)},
}
KNOCK_ON_CELLS = {
    "hd05": {("rev", "Tổng doanh thu", 1), ("sum", "Doanh thu", 1), ("sum", "Lợi nhuận", 1),
             ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 1)},
    "hd07": {("sum", "Tổng chi phí", 1), ("sum", "Lợi nhuận", 1), ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 1)},
    "hd08": {("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 1)},
}
FULL = [f"hd{i:02d}" for i in range(1, 11)]
SKETCHY = ["hd11", "hd12"]


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        self.lines = self.body.splitlines()

    def table(self, caption: str) -> list[list[str]]:
        """The rows of the table whose caption "Bảng N. <caption>" starts as given."""
        pat = re.compile(r"^\**Bảng \d+\.\s*" + re.escape(caption))
        for i, line in enumerate(self.lines):
            if pat.match(line.strip()):
                rows: list[list[str]] = []
                for nxt in self.lines[i + 1:]:
                    s = nxt.strip()
                    if s.startswith("|"):
                        if not re.fullmatch(r"\|[-|: ]+\|", s):
                            rows.append([c.strip() for c in s.strip("|").split("|")])
                    elif rows:
                        break
                return rows
        self.failures.append(f"table not found: {caption}")
        return []

    def nums(self, rows: list[list[str]], label: str) -> list[float] | None:
        for r in rows:
            if len(r) > 1 and r[1] == label:
                return [vn(c) for c in r[2:] if _NUM.match(c)]
        return None

    def section(self, start: str, stop: str) -> str:
        """Accepted text from the heading line containing `start` to the next containing `stop`."""
        m = re.search(r"^#+ [^\n]*" + start + r"[^\n]*$(.*?)^#+ [^\n]*" + stop, self.body, re.M | re.S)
        if not m:
            self.failures.append(f"section not found: {start}")
            return ""
        return m.group(1)


def check_tables(p: Plan) -> None:
    """Every generated table cell against the model: true within 1 %, or the planted and knock-on
    cells as printed (planted ones more than 5 % from the true value)."""
    T = spec(p.key)
    planted, knock = PLANTED_CELLS.get(p.key, set()), KNOCK_ON_CELLS.get(p.key, set())
    seen = set()
    for tid, t in T.items():
        rows = p.table(t["caption"])
        if not rows:
            continue
        if rows[0][:2] != t["header"][:2]:
            p.failures.append(f"{tid}: header {rows[0][:2]}")
        for tt, label, _, _, true, shown in t["rows"]:
            got = p.nums(rows[1:], label)
            if got is None or len(got) != len(true):
                p.failures.append(f"{tid}: row {label!r} read {got}")
                continue
            for y, (g, tv, sv) in enumerate(zip(got, true, shown)):
                where = (tid, label, y)
                if where in planted:
                    seen.add(where)
                    p.check(close(g, sv) and off(g, tv), f"{where}: planted {g} vs true {tv} (shown {sv})")
                elif where in knock:
                    seen.add(where)
                    p.check(close(g, sv), f"{where}: knock-on {g} vs shown {sv}")
                else:
                    p.check(close(g, tv), f"{where}: {g} vs {tv}")
    for where in planted | knock:
        p.check(where in seen, f"planted/knock-on cell not checked: {where}")


def check_common(p: Plan) -> None:
    m = model(p.key)
    u = m["unit"]
    # the capacity use and raw-material balance of the accepted figures
    for k, r in m["raws"].items():
        for y in Y:
            if not (p.key == "hd06" and y > 0):
                p.check(r["need"][y] <= r["total"], f"{k} {YEARS[y]}: need {r['need'][y]} > supply {r['total']}")
    if p.key != "hd08":
        p.check(max(m["use"]) <= 90, f"capacity use {m['use']}")
    # margins plausible, revenue growth moderate
    for y in Y:
        p.check(0 < m["margin"][y] < 40, f"margin {YEARS[y]} {m['margin'][y]}")
    for y in (1, 2):
        p.check(m["rev"][y] / m["rev"][y - 1] < 1.35, f"revenue growth {YEARS[y]}")
    p.check(m["out"][0] / m["hout"][2] < 1.2, "2027 output within +20 % of 2026")
    # key figures of the prose
    p.has(f"{fq(m['out'][0])} {u}", f"{f0(m['inv_total'])} triệu đồng")
    p.lacks(PLACEHOLDER, "template placeholder") if p.key != "hd09" else None


def check_ready(p: Plan) -> None:
    p.lacks(REPLACED, "replaced instrument or abolished level")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    for d in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(d[2]) >= 2029, f"paper valid only to {'/'.join(d)}")
    m = model(p.key)
    p.check(m["inv_total"] == m["src_total"], "sources = investment")
    p.has(f"hoàn vốn khoảng {f1(m['payback'])} năm")


def boxes(p: Plan) -> str:
    """The accepted text inside the plan's text boxes (the `::: hộp` blocks)."""
    return "\n".join(re.findall(r"^::: hộp\n(.*?)^:::$", p.body, re.M | re.S))


def outside_boxes(p: Plan) -> str:
    return re.sub(r"^::: hộp\n.*?^:::$", "", p.body, flags=re.M | re.S)


def kinds(p: Plan) -> set[str]:
    """Which of the five kinds of Word machinery the plan's source uses."""
    t = p.text.split("---", 2)[2]
    found = set()
    if "{-" in t or "{+" in t:
        found.add("tracked")
    if "{!" in t:
        found.add("comment")
    if "::: hộp" in t:
        found.add("textbox")
    if re.search(r"\[\^\w+\]", t):
        found.add("footnote")
    if "{{" in t or "::: ô" in t:
        found.add("control")
    return found


def stated_payback(p: Plan) -> float:
    m = re.search(r"hoàn vốn khoảng ([\d,]+) năm", p.body)
    if not m:
        p.failures.append("no stated payback")
        return 0.0
    return vn(m.group(1))


ENV = r"môi trường|nước thải|bể lắng|xử lý|(?<!\w)mùi|chất thải|hố lắng"
LICENCE = r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm"
REGISTRATION = r"đăng ký hộ kinh doanh|đăng ký kinh doanh|đăng ký doanh nghiệp|mã số thuế|Giấy chứng nhận đăng ký"
CHANNEL = r"nhà hàng|cửa hàng|đại lý|siêu thị|(?<!\w)chợ|bếp ăn|sàn|phân phối|khách hàng|giá bán|đồng/|hợp đồng"
STANDARD = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn"
FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết"
LABEL = r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn"


def check_plan(p: Plan) -> None:
    k = p.key
    m = model(k) if k in PLANS else {}
    fmt = re.search(r"^build: (\S+)", p.text, re.M).group(1)
    used = kinds(p)
    if k in FULL:
        p.check(len(used) >= 3, f"only {sorted(used)} of Word's machinery")
        check_tables(p)
        check_common(p)
    if fmt not in ("docx", "doc"):
        p.check(not used & {"tracked", "comment"}, "tracked changes or comments in a PDF build")
    papers = ("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm")
    if k == "hd01":
        check_ready(p)
        p.has(*papers, "nhãn hiệu", "QR", "không ghi công dụng chữa bệnh", "19 thành viên chính thức")
        p.lacks(r"17 thành viên|98\.000 đồng để|hiệu lực đến 20/6/2025", "deleted figure accepted")
        p.check("{-Quyết định số 1048/QĐ-TTg" in p.text and "UBND huyện" in p.text,
                "the replaced grounds are kept as tracked deletions")
        p.check(used == {"tracked", "comment", "textbox", "footnote", "control"}, f"kinds {used}")
    elif k == "hd02":
        check_ready(p)
        p.has(*papers, "không ghi công dụng chữa bệnh", "Tổ kiểm soát chất lượng")
        p.check("kiểm soát chất lượng" not in outside_boxes(p) and "lưu mẫu" not in outside_boxes(p),
                "quality control written outside the text boxes")
    elif k == "hd03":
        check_ready(p)
        p.has(*papers, "nhãn hiệu", "28H8004127")
        p.check("lưu mẫu" in boxes(p) and "lưu mẫu" not in outside_boxes(p),
                "retained samples only in the text boxes")
    elif k == "hd04":
        check_ready(p)
        p.has("không phải thực phẩm", "TCCS", "đã nộp đơn đăng ký nhãn hiệu", "03/GCN-THT", "Nghị định số 05/2025/NĐ-CP")
        p.lacks(r"412318", "the deleted trademark certificate")
        p.check("{-đã được cấp Giấy chứng nhận đăng ký nhãn hiệu số 412318-}" in p.text, "deletion kept")
    elif k == "hd05":
        p.lacks(ENV, "environmental measure in the accepted text")
        p.check(re.search(r"\{-[^}]*bể lắng", p.text) is not None, "the deleted environmental paragraph")
        other, own = "Hợp tác xã Hải sản Cửa Sót", "Hợp tác xã Nước mắm Xuân Hội"
        p.check(p.count(other) >= 3 and other in boxes(p), f"other name {p.count(other)}")
        p.check(p.count(own) >= 4, f"own name {p.count(own)}")
        true_rev = m["packs"][1][1] * m["price"][1][1] / 1e6
        p.check(off(m["shown_lines"][1][1], true_rev, 8), "revenue line off by more than 8 %")
        s = stated_payback(p)
        p.check(close(s, m["spayback"]) and off(s, m["payback"]), f"payback {s} (true {m['payback']})")
        p.has("ATTP" if "ATTP" in p.body else "an toàn thực phẩm", "TCCS", "thử nghiệm")
    elif k == "hd06":
        p.lacks(LICENCE, "alcohol licence in the accepted text")
        p.check("{-Công ty có Giấy phép sản xuất rượu thủ công" in p.text, "the deleted licence")
        s = stated_payback(p)
        p.check(close(s, 2.1) and off(s, m["payback"], 8), f"payback {s} vs true {m['payback']}")
        r = m["raws"]["nep"]
        p.check(off(r["need"][2], r["total"], 5) and r["need"][2] > r["total"],
                f"2029 need {r['need'][2]} vs supply {r['total']}")
        p.has("bảo đảm đủ", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT",
              "đăng ký môi trường", "498127")
        p.lacks(r"Còn dư", "balance row")
    elif k == "hd07":
        p.lacks(REGISTRATION, "registration in the accepted text")
        p.check("{-Cơ sở đã được cấp Giấy chứng nhận đăng ký hộ kinh doanh" in p.text, "the deleted registration")
        market = p.section("Thị trường tiêu thụ", "Nguồn nguyên liệu")
        if found := re.search(CHANNEL, market, re.I):
            p.failures.append(f"channel in the market part: {found.group(0)!r}")
        p.check(len(re.findall(r"\w+", market)) < 130, "market part longer than expected")
        cost_lines = sum(v[1] for v in m["cost"].values())
        p.check(off(m["scost_total"][1], cost_lines, 8), "2028 total off its lines by more than 8 %")
        s = stated_payback(p)
        p.check(close(s, m["spayback"]) and off(s, m["payback"]), f"payback {s} vs true {m['payback']}")
        p.has("Bản cam kết bảo đảm an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP")
    elif k == "hd08":
        cap = 4 * 250
        p.check(m["capyear"] == cap and m["out"][2] > cap * 1.05, f"2029 output {m['out'][2]} vs {cap}")
        p.has("250 kg lá/mẻ, 2 mẻ/ngày", "2 lít tinh dầu mỗi mẻ", "250 ngày/năm", "đáp ứng đủ",
              "không đầu tư thêm nồi")
        p.check("2 lít tinh dầu mỗi mẻ" in boxes(p), "the yield per batch is in a text box")
        p.check(all(r[1][0] == r[1][2] for r in PLANS[k]["roles"]), "staff unchanged")
        p.lacks(STANDARD, "product standard")
        p.has("Nghị định số 43/2017/NĐ-CP", "512604", "đăng ký môi trường")
        s = stated_payback(p)
        p.check(close(s, m["spayback"]) and off(s, m["payback"]), f"payback {s} vs true {m['payback']}")
    elif k == "hd09":
        p.check(re.search(PLACEHOLDER, p.body) is not None, "template placeholder kept")
        box = re.search(r"Tổng số lao động thường xuyên: (\d+) người", boxes(p))
        p.check(box is not None and int(box.group(1)) == PLANS[k]["workers_box"], "workers in the box")
        p.check(off(PLANS[k]["workers_box"], m["staff"][0], 8), "box workers off the table")
        p.has(f"sử dụng {m['staff'][0]} lao động thường xuyên")
        p.lacks(FOOD_SAFETY, "food safety")
        p.has("TCCS", "tự công bố", "thử nghiệm", "Nghị định số 43/2017/NĐ-CP", "4-2026-20417")
    elif k == "hd10":
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current programme")
        p.check(off(m["src_total"], m["inv_total"], 8), f"sources {m['src_total']} vs {m['inv_total']}")
        p.has("bảo đảm đủ")
        p.lacks(LABEL, "label")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS", "thử nghiệm", "487215",
              "đăng ký môi trường")
    elif k in SKETCHY:
        words = len(re.findall(r"\w+", p.body))
        p.check(150 <= words <= 350, f"{words} words")
        p.check(not p.rows, "a table")
        p.lacks(PLACEHOLDER, "template placeholder")
        if k == "hd11":
            p.has("600 kg", "250.000 đồng/kg", "150 triệu đồng", "50 triệu đồng")
            p.check(600 * 250000 == 150_000_000, "revenue = 600 kg × 250.000 đồng")
            p.lacks(r"đăng ký (hộ )?kinh doanh|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|nhãn hiệu", "papers")
        else:
            p.has("5.000 chiếc", "40.000 đồng/chiếc", "200 triệu đồng", "30 triệu đồng", "đã đăng ký với UBND xã")
            p.check(5000 * 40000 == 200_000_000, "revenue = 5.000 × 40.000 đồng")
            p.lacks(r"tiêu chuẩn|nhãn|môi trường", "papers")


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    stems = sorted(p.stem for p in (HERE / "src").glob("hd*.md"))
    if keys:
        stems = [s for s in stems if any(s.startswith(k) for k in keys)]
    plans = []
    for stem in stems:
        p = Plan(stem)
        check_plan(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
