"""The 209th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout209/arithmetic.py [hb01 hb05 ...]

Theme: producers who sell part of their output abroad (or through a large foreign-owned buyer).
Every full plan (hb01-hb10) has, beside its Vietnamese lines, an export line priced in a foreign
currency (US dollars; hb02 in yen, hb07 in yuan) with the plan's own exchange rate, quantities in
tonnes (or bottles, sets) and 20- or 40-foot containers, FOB/CIF/DAP terms and the exporter's papers.
The money tables are in triệu đồng. From the constants this script recomputes: domestic revenue =
packs x price; export amount in the foreign currency = quantity x foreign price, in VND = that amount
x the plan's rate; containers = quantity / load per container; output = sum of packs x size plus the
export quantity; growth; raw material need = output x norm against supply = sum of count x yield;
capacity = rating x days and its use; staff and wage fund; every cost line (raw material = need x
price, packaging and energy per unit, export charges per container or per unit, ocean freight in
USD per container x rate for CIF lines, fixed lines, straight-line depreciation, interest on the
loan balance, tax); profit, corporate income tax, margin, payback = investment / (average profit
after tax + depreciation); investment items and sources. Each table of a plan (found by its caption
"Bảng N.") is read back from the plan's source and every numeric cell compared; then the plan's own
printed figures are checked against each other (export VND = printed quantity x printed price x
printed rate, totals, profit, sources, supply, capacity). Planted numeric defects must be wrong by
more than 5 % (the true value is computed beside them); every other number right within 1 % (or
0,11 of a million). Textual defects are asserted through the absence or presence of their words.
"""

from __future__ import annotations

import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# dom: (label, pack word, size in base units, [price đ/pack x3], [packs x3])
# exp: label, unit (the export quantity's unit), per (base units per unit), qty [x3], fp (foreign
#      price per unit x3), cont (units per container, None = LCL), ft (container size), term
# cur: (code, rate đồng per unit of the currency)
# hist: output 2024-2026 (base units), of which exported, average price đ/base unit, margin
# raws: label, unit, norm (per base unit of all output, or a list per line: dom lines then export
#       lines), price đ/unit, rows (label, [count x3], count word, yield per count)
# cap: what limits output: rating per day (in base units of output, or of raw material `of`), days
# roles: (role, [staff x3]); wage: monthly wage triệu x3
# pack: packaging đ per base unit (domestic, export); energy: đ per base unit
# logi: ("cont", triệu per container) or ("unit", đ per export unit); freight: USD per container
#       (CIF lines only)
# cert, sell, other: triệu x3; tax: ("cit", rate) | ("rev", share of revenue) | ("fixed", [x3])
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance x3; rate: interest a year
PLANS: dict[str, dict] = {
    "hb01": dict(
        base="kg", cur=("USD", 25400),
        dom=[("Mực ống khô loại 1, túi hút chân không 500 g", "túi", 0.5,
               [620000, 640000, 660000], [12000, 12600, 13200]),
             ("Mực ống khô loại 2, túi 1 kg", "túi", 1.0, [980000, 1010000, 1040000], [5000, 5200, 5400])],
        exp=[dict(label="Mực ống khô nguyên con, thùng 10 kg (CIF Busan)", unit="kg", per=1,
                  qty=[8000, 8000, 12000], fp=[36.0, 37.0, 38.0], cont=4000, ft=20, term="CIF Busan")],
        hist=dict(out=[13600, 14800, 16500], exp=[0, 0, 4000], price=[960000, 975000, 990000],
                  margin=[0.085, 0.09, 0.095]),
        raws=[dict(label="Mực ống tươi", unit="kg", norm=4.2, price=165000,
                   rows=[("Tàu câu mực của ngư dân xã Xuân Hội (hợp đồng)", [18, 18, 22], "tàu", 4500),
                         ("Vựa hải sản cảng cá Xuân Hội (hợp đồng)", [2, 2, 2], "vựa", 12000)])],
        cap=dict(label="Hệ thống sấy lạnh bơm nhiệt 3 buồng", rating=120, days=280,
                 text="3 buồng × 40 kg/ngày"),
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Sơ chế, phân loại, phơi sấy", [12, 12, 14]),
               ("Đóng gói, kiểm soát chất lượng", [5, 5, 6]), ("Bán hàng, xuất khẩu", [3, 3, 3])],
        wage=[7.0, 7.4, 7.8],
        pack=(18000, 2500), energy=15000, logi=("cont", 28.0), freight=1800,
        cert=[140, 145, 150], sell=[420, 450, 480], other=[260, 280, 300], tax=("cit", 0.20),
        inv=[("Hệ thống sấy lạnh bơm nhiệt 3 buồng", 2150, True),
             ("Kho lạnh bảo quản 40 m³", 620, True),
             ("Cải tạo xưởng sơ chế theo nguyên tắc một chiều", 780, True),
             ("Máy hút chân không, máy dò kim loại, cân", 350, True),
             ("Bao bì, mã vạch, tem truy xuất, website tiếng Anh", 120, False),
             ("Vốn lưu động", 2100, False)],
        src=[("Vốn chủ sở hữu", 4120), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 2000)],
        life=10, loan=[2000, 1600, 1200], rate=0.08),
    "hb02": dict(
        base="kg", cur=("JPY", 172),
        dom=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, [140000, 145000, 150000], [8000, 8600, 9200]),
             ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, [250000, 258000, 266000], [3000, 3200, 3400]),
             ("Mật ong ong nội, chai 350 g", "chai", 0.35, [210000, 218000, 226000], [4000, 4200, 4400])],
        exp=[dict(label="Mật ong hoa keo nguyên chất, can 25 kg (FOB Hải Phòng)", unit="kg", per=1,
                  qty=[4000, 5000, 6000], fp=[1250, 1300, 1350], cont=None, ft=20, term="FOB Hải Phòng")],
        hist=dict(out=[9800, 10700, 11800], exp=[0, 0, 1500], price=[240000, 245000, 250000],
                  margin=[0.13, 0.14, 0.15]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.05, price=145000,
                   rows=[("Đàn ong ngoại của thành viên", [500, 520, 540], "đàn", 22),
                         ("Đàn ong nội của thành viên", [400, 420, 440], "đàn", 8),
                         ("Hộ nuôi ong liên kết thôn Kim Quang (hợp đồng)", [25, 25, 25], "hộ", 120)])],
        cap=dict(label="Máy hạ thủy phần chân không", rating=80, days=250, text="80 kg/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Thu mua, kiểm tra mật", [2, 2, 2]),
               ("Hạ thủy phần, lọc, đóng chai", [3, 3, 4]), ("Bán hàng, kho", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        pack=(12000, 8000), energy=3000, logi=("unit", 6000), freight=0,
        cert=[90, 90, 95], sell=[120, 130, 140], other=[60, 65, 70], tax=("fixed", [30, 35, 40]),
        inv=[("Máy hạ thủy phần chân không 80 kg/ngày", 380, True),
             ("Phòng lọc, đóng chai 60 m² và kho mát", 520, True),
             ("Bồn lắng inox, máy lọc, máy chiết rót", 210, True),
             ("Thùng ong, đàn giống bổ sung cho thành viên", 90, True),
             ("Bao bì, nhãn, mã QR truy xuất", 60, False),
             ("Kiểm nghiệm, chứng nhận, xúc tiến thương mại", 70, False),
             ("Vốn lưu động", 370, False)],
        src=[("Vốn góp của thành viên", 700), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 600, 400], rate=0.075),
    "hb03": dict(
        base="sản phẩm", cur=("USD", 25600),
        dom=[("Giỏ mây đan có quai, cỡ vừa", "chiếc", 1, [180000, 185000, 190000], [3000, 3200, 3400]),
             ("Khay tre đan hình oval", "chiếc", 1, [120000, 124000, 128000], [2500, 2600, 2800]),
             ("Chụp đèn mây tre", "chiếc", 1, [350000, 360000, 370000], [600, 650, 700])],
        exp=[dict(label="Bộ 3 giỏ mây có nắp (FOB Hải Phòng)", unit="bộ", per=1,
                  qty=[3000, 3000, 4000], fp=[38.0, 38.5, 39.0], cont=1000, ft=40, term="FOB Hải Phòng")],
        hist=dict(out=[7200, 7900, 8600], exp=[1000, 1500, 2000], price=[330000, 345000, 370000],
                  margin=[0.09, 0.10, 0.11]),
        raws=[dict(label="Sợi mây chẻ, vót sẵn", unit="kg", norm=[0.9, 0.2, 1.5, 2.4], price=65000,
                   rows=[("Cơ sở sơ chế mây Hương Khê (hợp đồng)", [1, 1, 1], "cơ sở", 10000),
                         ("Hộ thu hái mây thôn Đồng Vịnh", [30, 30, 36], "hộ", 200)]),
              dict(label="Nan tre, giang", unit="kg", norm=[0.3, 0.9, 0.8, 0.6], price=18000,
                   rows=[("Hộ trồng tre, giang của các tổ viên", [40, 40, 48], "hộ", 160)])],
        cap=dict(label="Lò sấy chống mốc bằng hơi nóng", rating=60, days=280,
                 text="60 sản phẩm/mẻ × 1 mẻ/ngày"),
        roles=[("Tổ trưởng, kế toán, thủ kho", [3, 3, 3]), ("Thợ đan chính", [26, 26, 30]),
               ("Sơ chế, sấy, hoàn thiện", [6, 6, 7]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        pack=(8000, 22000), energy=4000, logi=("cont", 24.0), freight=0,
        cert=[40, 40, 45], sell=[60, 65, 70], other=[40, 45, 50], tax=("fixed", [25, 27, 30]),
        inv=[("Lò sấy chống mốc bằng hơi nóng", 220, True), ("Nhà xưởng đan và kho 200 m²", 480, True),
             ("Máy chẻ, vót nan và dụng cụ", 110, True), ("Buồng phun sơn phủ có lọc bụi", 140, True),
             ("Thiết kế mẫu, bao bì, thẻ treo", 40, False), ("Vốn lưu động", 410, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 400),
             ("Vay Quỹ hỗ trợ nông dân", 400)],
        life=8, loan=[800, 600, 400], rate=0.07),
    "hb04": dict(
        base="kg", cur=("USD", 25500),
        dom=[("Gạo hữu cơ Bắc thơm, túi 2 kg", "túi", 2, [96000, 99000, 102000], [40000, 42000, 44000]),
             ("Gạo hữu cơ Bắc thơm, túi 5 kg", "túi", 5, [225000, 232000, 239000], [16000, 17000, 18000]),
             ("Gạo lứt đỏ hữu cơ, túi 1 kg", "túi", 1, [62000, 64000, 66000], [15000, 16000, 17000])],
        exp=[dict(label="Gạo hữu cơ Bắc thơm, thùng 10 túi × 2 kg (CIF Hamburg)", unit="tấn", per=1000,
                  qty=[60, 80, 100], fp=[1450, 1480, 1510], cont=20, ft=20, term="CIF Hamburg")],
        hist=dict(out=[160000, 182000, 215000], exp=[0, 0, 20000], price=[40500, 41500, 43000],
                  margin=[0.08, 0.09, 0.10]),
        raws=[dict(label="Lúa hữu cơ (thóc khô)", unit="kg", norm=1.55, price=14500,
                   rows=[("Cánh đồng hữu cơ của công ty (2 vụ)", [15, 15, 15], "ha", 9500),
                         ("Hộ liên kết thôn Trung Lộc (bao tiêu)", [22, 25, 28], "ha", 9000),
                         ("Hộ liên kết thôn Yên Hồ (bao tiêu)", [8, 9, 12], "ha", 9000)])],
        cap=dict(label="Dây chuyền xát, đánh bóng, tách màu", rating=1500, days=280,
                 text="1,5 tấn gạo/ngày"),
        roles=[("Hội đồng quản trị, giám đốc, kế toán", [4, 4, 4]), ("Kỹ thuật đồng ruộng", [3, 3, 3]),
               ("Xay xát, đóng gói, kho", [8, 9, 10]), ("Bán hàng, xuất khẩu", [3, 3, 4])],
        wage=[7.5, 7.9, 8.3],
        pack=(2200, 1800), energy=600, logi=("cont", 22.0), freight=2600,
        cert=[210, 215, 220], sell=[220, 240, 260], other=[180, 190, 200], tax=("cit", 0.20),
        inv=[("Dây chuyền xát, đánh bóng, tách màu 1,5 tấn/ngày", 1850, True),
             ("Kho chứa thóc có điều hòa 500 tấn", 1200, True),
             ("Máy sấy thóc 10 tấn/mẻ", 650, True), ("Máy đóng gói hút chân không", 380, True),
             ("Chứng nhận hữu cơ, kiểm nghiệm, thiết kế bao bì", 220, False),
             ("Vốn lưu động", 1700, False)],
        src=[("Vốn góp của cổ đông", 3000), ("Lợi nhuận giữ lại", 500),
             ("Vay Ngân hàng thương mại cổ phần", 2500)],
        life=10, loan=[2500, 2000, 1500], rate=0.085),
    "hb05": dict(
        base="lít", cur=("USD", 25400),
        dom=[("Nước mắm cốt 35 độ đạm, chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [24000, 25000, 26000]),
             ("Nước mắm 25 độ đạm, chai 1 lít", "chai", 1.0, [65000, 67000, 69000], [10000, 10500, 11000]),
             ("Nước mắm 20 độ đạm, can 5 lít", "can", 5.0, [200000, 206000, 212000], [1400, 1500, 1600])],
        exp=[dict(label="Nước mắm cốt 35 độ đạm, chai 500 ml (FOB Hải Phòng)", unit="chai", per=0.5,
                  qty=[13800, 13800, 27600], fp=[2.40, 2.50, 2.60], cont=13800, ft=20, term="FOB Hải Phòng")],
        hist=dict(out=[30000, 32000, 35000], exp=[0, 0, 3450], price=[90000, 94000, 98000],
                  margin=[0.11, 0.12, 0.12]),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.4, price=25000,
                   rows=[("Tàu thuyền của thành viên", [7, 7, 8], "tàu", 6000),
                         ("Vựa cá bến Cẩm Nhượng (hợp đồng)", [3, 3, 4], "vựa", 6000)]),
              dict(label="Muối hạt", unit="kg", norm=0.4, price=4000,
                   rows=[("Hợp tác xã muối Kỳ Ninh (hợp đồng)", [1, 1, 1], "hợp đồng", 24000)])],
        cap=dict(label="Thùng gỗ, bể chượp", rating=None, days=None, vats=120, per_vat=500,
                 text="120 thùng × 500 lít/năm"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Muối chượp, đảo chượp, kéo rút", [5, 6, 6]),
               ("Lọc, chiết chai, đóng thùng", [4, 4, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        pack=(9000, 11000), energy=1500, logi=("cont", 26.0), freight=0,
        cert=[85, 85, 95], sell=[150, 160, 240], other=[70, 75, 110], tax=("fixed", [40, 45, 50]),
        inv=[("Nhà ủ chượp mái che 300 m²", 650, True), ("Bổ sung 40 thùng gỗ ủ chượp", 320, True),
             ("Máy lọc, chiết rót, đóng nắp chai thủy tinh", 410, True),
             ("Kho thành phẩm 80 m²", 260, True), ("Bao bì, nhãn song ngữ, mã vạch", 90, False),
             ("Vốn lưu động", 470, False)],
        src=[("Vốn góp của thành viên", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1300)],
        life=10, loan=[1300, 1000, 700], rate=0.08,
        plant=dict(exp_vnd={(0, 1): 1002.0})),
    "hb06": dict(
        base="kg", cur=("USD", 25800),
        dom=[("Tinh dầu tràm gió, chai 50 ml", "chai", 0.045, [65000, 68000, 71000], [14000, 15000, 16000]),
             ("Tinh dầu tràm gió, chai 100 ml", "chai", 0.09, [115000, 120000, 125000], [5000, 5400, 5800]),
             ("Tinh dầu tràm, can 1 lít cho spa", "can", 0.92, [980000, 1020000, 1060000], [300, 320, 340])],
        exp=[dict(label="Tinh dầu tràm nguyên chất, phuy 180 kg (FOB Đà Nẵng)", unit="kg", per=1,
                  qty=[2160, 2520, 2880], fp=[19.5, 20.0, 20.5], cont=None, ft=20, term="FOB Đà Nẵng")],
        hist=dict(out=[2100, 2350, 2900], exp=[0, 0, 720], price=[980000, 995000, 860000],
                  margin=[0.10, 0.11, 0.12]),
        raws=[dict(label="Lá, cành tràm tươi", unit="kg", norm=80, price=2200,
                   rows=[("Rừng tràm trồng của công ty", [40, 40, 40], "ha", 6000),
                         ("Hộ trồng tràm thôn Phú Hòa (hợp đồng)", [120, 130, 140], "hộ", 1500)])],
        cap=dict(label="Nồi chưng cất hơi nước 800 kg lá/mẻ", rating=1600, days=250,
                 text="800 kg lá × 2 mẻ/ngày", of=0),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, vận chuyển lá", [3, 3, 3]),
               ("Chưng cất, tách dầu", [4, 4, 4]), ("Chiết chai, đóng gói", [3, 3, 3]),
               ("Bán hàng, xuất khẩu", [2, 2, 2])],
        wage=[6.5, 6.9, 7.3],
        pack=(95000, 12000), energy=28000, logi=("unit", 9000), freight=0,
        cert=[60, 60, 65], sell=[200, 210, 220], other=[110, 115, 120], tax=("cit", 0.20),
        inv=[("Nồi chưng cất hơi nước inox 800 kg lá/mẻ", 950, True),
             ("Lò hơi đốt bã lá và ống sinh hàn", 420, True),
             ("Nhà xưởng chưng cất 180 m²", 680, True), ("Máy chiết chai, đóng nắp", 180, True),
             ("Thiết kế bao bì, nhãn, đăng ký nhãn hiệu", 70, False), ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 1500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08),
    "hb07": dict(
        base="kg", cur=("CNY", 3550),
        dom=[("Lạc nhân loại 1, bao 25 kg", "bao", 25, [1250000, 1275000, 1300000], [1200, 1250, 1300]),
             ("Lạc rang muối, hộp 300 g", "hộp", 0.3, [38000, 39000, 40000], [20000, 22000, 24000])],
        exp=[dict(label="Lạc nhân loại 1, bao 50 kg (DAP Hữu Nghị)", unit="tấn", per=1000,
                  qty=[72, 72, 90], fp=[13500, 13700, 13900], cont=18, ft=20, term="DAP cửa khẩu Hữu Nghị")],
        hist=dict(out=[70000, 82000, 96000], exp=[18000, 36000, 54000], price=[45000, 46000, 47000],
                  margin=[0.07, 0.075, 0.08]),
        raws=[dict(label="Lạc vỏ khô", unit="kg", norm=[1.45, 1.5, 1.45], price=23500,
                   rows=[("Ruộng lạc của các tổ viên", [35, 35, 35], "ha", 3000),
                         ("Hộ liên kết thôn Văn Thịnh (hợp đồng)", [40, 40, 40], "hộ", 1000)])],
        cap=dict(label="Máy bóc vỏ, phân loại hạt", rating=1200, days=200, text="1,2 tấn nhân/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu mua, phơi, bảo quản", [3, 3, 4]),
               ("Bóc vỏ, phân loại, đóng bao", [4, 5, 5]), ("Rang, đóng hộp, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        pack=(2500, 900), energy=500, logi=("cont", 30.0), freight=0,
        cert=[35, 35, 40], sell=[45, 50, 55], other=[40, 45, 50], tax=("fixed", [35, 40, 45]),
        inv=[("Máy bóc vỏ lạc và máy phân loại hạt", 320, True), ("Sân phơi, kho chứa lạc 250 m²", 410, True),
             ("Máy rang và máy đóng hộp", 150, True), ("Máy sấy hạt 2 tấn/mẻ", 260, True),
             ("Hồ sơ mã số vùng trồng, kiểm nghiệm", 40, False), ("Vốn lưu động", 620, False)],
        src=[("Vốn góp của tổ viên", 700), ("Vay Quỹ hỗ trợ nông dân", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[1100, 900, 700], rate=0.075),
    "hb08": dict(
        base="lít", cur=("USD", 25400),
        dom=[("Rượu nếp Xuân Lam 39,5 độ, chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [16000, 24000, 36000]),
             ("Rượu nếp Xuân Lam, bình gốm 2 lít", "bình", 2.0, [300000, 310000, 320000], [1100, 2000, 3000])],
        exp=[dict(label="Rượu nếp 39,5 độ, chai 500 ml (FOB Hải Phòng)", unit="chai", per=0.5,
                  qty=[8400, 16800, 33600], fp=[3.6, 3.7, 3.8], cont=16800, ft=20, term="FOB Hải Phòng")],
        hist=dict(out=[9500, 10200, 11000], exp=[0, 0, 0], price=[150000, 155000, 160000],
                  margin=[0.12, 0.12, 0.13]),
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=1.3, price=30000,
                   rows=[("Hộ trồng nếp thôn Xuân Lam (bao tiêu)", [30, 50, 80], "hộ", 500),
                         ("Hộ trồng nếp thôn Hồng Lam (hợp đồng)", [10, 20, 40], "hộ", 600)])],
        cap=dict(label="Nồi chưng cất (2 nồi cũ, 2 nồi mới)", rating=240, days=250,
                 text="4 nồi × 60 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 5, 6]),
               ("Lọc, hạ thổ, chiết chai", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        pack=(22000, 24000), energy=12000, logi=("cont", 26.0), freight=0,
        cert=[50, 50, 55], sell=[150, 240, 420], other=[80, 140, 260], tax=("fixed", [120, 210, 360]),
        inv=[("Hai nồi chưng cất inox 60 lít/ngày", 240, True), ("Kho ủ, hạ thổ rượu 80 m²", 260, True),
             ("Máy lọc, khử andehit, chiết rót", 280, True), ("Hầm biogas, bể chứa bỗng rượu", 110, True),
             ("Bao bì, nhãn song ngữ, tem truy xuất", 60, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        plant=dict(supply_total={(0, 1): 42000})),
    "hb09": dict(
        base="kg", cur=("USD", 25500),
        dom=[("Mít sấy giòn, túi 200 g", "túi", 0.2, [55000, 57000, 59000], [22000, 22500, 23000]),
             ("Mít sấy giòn, hộp 500 g", "hộp", 0.5, [125000, 129000, 133000], [4000, 4100, 4200]),
             ("Mít sấy giòn, thùng 5 kg (chuỗi siêu thị Mizuho)", "thùng", 5.0,
              [1050000, 1080000, 1110000], [300, 320, 340])],
        exp=[dict(label="Mít sấy giòn, thùng carton 10 kg (CIF Sydney)", unit="kg", per=1,
                  qty=[9000, 13500, 18000], fp=[9.0, 9.2, 9.4], cont=4500, ft=20, term="CIF Sydney")],
        hist=dict(out=[11500, 12800, 15600], exp=[0, 0, 2500], price=[230000, 236000, 228000],
                  margin=[0.09, 0.10, 0.105]),
        raws=[dict(label="Mít quả tươi", unit="kg", norm=6.0, price=8000,
                   rows=[("Vườn mít của công ty", [12, 12, 12], "ha", 15000),
                         ("Hộ trồng mít liên kết (hợp đồng bao tiêu)", [110, 130, 150], "hộ", 1000)])],
        cap=dict(label="Dây chuyền chiên chân không", rating=80, days=280,
                 text="2 máy × 40 kg thành phẩm/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế, bóc múi", [6, 7, 7]),
               ("Chiên chân không, ly tâm", [3, 3, 3]), ("Đóng gói, kho", [3, 3, 3]),
               ("Bán hàng, xuất khẩu", [2, 2, 2])],
        wage=[6.5, 6.9, 7.3],
        pack=(16000, 5000), energy=30000, logi=("cont", 30.0), freight=2200,
        cert=[90, 95, 100], sell=[200, 240, 330], other=[120, 140, 190], tax=("cit", 0.20),
        inv=[("Nhà xưởng sơ chế 240 m²", 850, True), ("Kho lạnh bảo quản múi mít 30 m³", 420, True),
             ("Máy đóng gói nitơ tự động", 380, True), ("Máy bóc vỏ, tách múi bán tự động", 150, True),
             ("Chứng nhận HACCP, kiểm nghiệm", 90, False), ("Vốn lưu động", 710, False)],
        src=[("Vốn góp của cổ đông", 1600), ("Vay Ngân hàng thương mại cổ phần", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.085,
        plant=dict(profit={1: None})),
    "hb10": dict(
        base="kg", cur=("USD", 25400),
        dom=[("Chè búp khô Tây Sơn, túi 200 g", "túi", 0.2, [45000, 47000, 49000], [15000, 16500, 18000]),
             ("Chè búp khô Tây Sơn, túi 500 g", "túi", 0.5, [105000, 110000, 115000], [4000, 4400, 4800]),
             ("Chè xanh sao, bao 5 kg cho quán", "bao", 5.0, [750000, 780000, 810000], [320, 350, 380])],
        exp=[dict(label="Chè xanh búp khô, bao 30 kg (FOB Hải Phòng)", unit="kg", per=1,
                  qty=[9000, 9000, 9000], fp=[4.6, 4.7, 4.8], cont=9000, ft=20, term="FOB Hải Phòng")],
        hist=dict(out=[10800, 12000, 15000], exp=[0, 4500, 9000], price=[135000, 128000, 132000],
                  margin=[0.11, 0.12, 0.12]),
        raws=[dict(label="Búp chè tươi", unit="kg", norm=4.6, price=10500,
                   rows=[("Đồi chè của hộ", [4, 4, 4], "ha", 11000),
                         ("Hộ trồng chè thôn Tân Hương (hợp đồng)", [20, 21, 22], "hộ", 2000)])],
        cap=dict(label="Máy sao, vò, sấy chè", rating=80, days=260, text="80 kg chè khô/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Thu mua, làm héo", [2, 2, 2]),
               ("Sao, vò, sấy, phân loại", [4, 4, 4]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        pack=(9000, 3000), energy=12000, logi=("cont", 18.0), freight=0,
        cert=[20, 20, 25], sell=[60, 65, 70], other=[40, 42, 45], tax=("rev", 0.015),
        inv=[("Máy sao, vò chè liên hoàn", 380, True), ("Máy sấy chè bằng hơi nóng", 260, True),
             ("Nhà xưởng chế biến 150 m²", 600, True), ("Máy đóng gói, hút chân không", 120, True),
             ("Thiết kế bao bì, đăng ký nhãn hiệu", 40, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn tự có của hộ", 1000), ("Vay Ngân hàng Chính sách xã hội (vốn tạo việc làm)", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[800, 600, 400], rate=0.075,
        stated_payback=1.8),
}


# --------------------------------------------------------------------------- helpers
def rnd(x: float, d: int = 1) -> float:
    """Half-up rounding to d decimals (what a spreadsheet prints)."""
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP))


def fmt(x: float, d: int = 0) -> str:
    """Vietnamese number: 1.234,5."""
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def pct(x: float, d: int = 1) -> str:
    return fmt(x * 100, d) + " %"


def tr(x: float) -> float:
    """đồng -> triệu đồng, one decimal."""
    return rnd(x / 1e6, 1)


def model(k: str, printed: bool = True) -> dict:
    """Every figure of plan k. printed=False gives the true values; printed=True applies the
    planted numeric defect and the figures that follow it in the plan (the knock-on)."""
    P = PLANS[k]
    plant = P.get("plant", {}) if printed else {}
    code, rate = P["cur"]
    m: dict = dict(k=k, code=code, rate=rate, base=P["base"])
    # domestic lines
    dom = []
    for label, word, size, price, qty in P["dom"]:
        rev = [tr(qty[y] * price[y]) for y in range(3)]
        dom.append(dict(label=label, word=word, size=size, price=price, qty=qty,
                        base=[qty[y] * size for y in range(3)], rev=rev))
    m["dom"] = dom
    # export lines
    exp = []
    for i, e in enumerate(P["exp"]):
        amount = [e["qty"][y] * e["fp"][y] for y in range(3)]
        vnd = [tr(amount[y] * rate) for y in range(3)]
        for (li, y), v in plant.get("exp_vnd", {}).items():
            if li == i:
                vnd[y] = v
        cont = [e["qty"][y] / e["cont"] if e["cont"] else None for y in range(3)]
        exp.append(dict(e, amount=amount, vnd=vnd, cont_n=cont,
                        base=[e["qty"][y] * e["per"] for y in range(3)]))
    m["exp"] = exp
    m["out_dom"] = [sum(d["base"][y] for d in dom) for y in range(3)]
    m["out_exp"] = [sum(e["base"][y] for e in exp) for y in range(3)]
    m["out"] = [m["out_dom"][y] + m["out_exp"][y] for y in range(3)]
    # history
    h = P["hist"]
    hrev = [tr(h["out"][i] * h["price"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    m["hist"] = dict(out=h["out"], exp=h["exp"], price=h["price"], rev=hrev, profit=hprof)
    seq = [h["out"][2]] + m["out"]
    m["growth"] = [(seq[y + 1] - seq[y]) / seq[y] for y in range(3)]
    # raw materials
    lines = [d["base"] for d in dom] + [e["base"] for e in exp]
    raws = []
    for ri, r in enumerate(P["raws"]):
        norms = r["norm"] if isinstance(r["norm"], list) else [r["norm"]] * len(lines)
        need = [rnd(sum(lines[j][y] * norms[j] for j in range(len(lines))), 0) for y in range(3)]
        rows = [(lab, cnt, word, yl, [cnt[y] * yl for y in range(3)]) for lab, cnt, word, yl in r["rows"]]
        supply = [sum(x[4][y] for x in rows) for y in range(3)]
        supply_p = list(supply)
        for (i, y), v in plant.get("supply_total", {}).items():
            if i == ri:
                supply_p[y] = v
        cost = [tr(need[y] * r["price"]) for y in range(3)]
        raws.append(dict(r, norms=norms, need=need, rows=rows, supply=supply, supply_p=supply_p,
                         spare=[supply[y] - need[y] for y in range(3)], cost=cost))
    m["raws"] = raws
    # capacity
    c = P["cap"]
    if c.get("vats"):
        capy = c["vats"] * c["per_vat"]
    else:
        capy = c["rating"] * c["days"]
    used = raws[c["of"]]["need"] if "of" in c else m["out"]
    m["cap"] = dict(c, cap=capy, used=used, use=[used[y] / capy for y in range(3)])
    # staff
    staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    fund = [rnd(staff[y] * P["wage"][y] * 12, 1) for y in range(3)]
    m.update(roles=P["roles"], staff=staff, wage=P["wage"], fund=fund)
    # investment and sources
    inv_total = sum(x[1] for x in P["inv"])
    fixed = sum(x[1] for x in P["inv"] if x[2])
    src_total = sum(x[1] for x in P["src"])
    dep = rnd(fixed / P["life"], 1)
    interest = [rnd(P["loan"][y] * P["rate"], 1) for y in range(3)]
    m.update(inv=P["inv"], inv_total=inv_total, fixed=fixed, src=P["src"], src_total=src_total,
             dep=dep, interest=interest, life=P["life"], loan=P["loan"], irate=P["rate"])
    # revenue
    rev_total = [rnd(sum(d["rev"][y] for d in dom) + sum(e["vnd"][y] for e in exp), 1) for y in range(3)]
    rev_dom = [rnd(sum(d["rev"][y] for d in dom), 1) for y in range(3)]
    rev_exp = [rnd(sum(e["vnd"][y] for e in exp), 1) for y in range(3)]
    m.update(rev=rev_total, rev_dom=rev_dom, rev_exp=rev_exp)
    # costs
    pd, pe = P["pack"]
    cont_tot = [sum(e["cont_n"][y] or 0 for e in exp) for y in range(3)]
    m["cont"] = cont_tot
    costs = []
    for r in raws:
        costs.append(("raw", r["label"], r["cost"]))
    costs.append(("pack", "Bao bì", [tr(m["out_dom"][y] * pd + m["out_exp"][y] * pe) for y in range(3)]))
    costs.append(("wage", "Tiền lương, tiền công", fund))
    costs.append(("energy", "Điện, nước, nhiên liệu", [tr(m["out"][y] * P["energy"]) for y in range(3)]))
    kind, v = P["logi"]
    if kind == "cont":
        logi = [rnd(cont_tot[y] * v, 1) for y in range(3)]
    else:
        logi = [tr(sum(e["qty"][y] for e in exp) * v) for y in range(3)]
    costs.append(("logi", "Chi phí xuất khẩu", logi))
    if P["freight"]:
        costs.append(("freight", "Cước biển, bảo hiểm", [tr(cont_tot[y] * P["freight"] * rate) for y in range(3)]))
    costs.append(("cert", "Chứng nhận, kiểm nghiệm", list(P["cert"])))
    costs.append(("sell", "Bán hàng, quảng bá", list(P["sell"])))
    costs.append(("dep", "Khấu hao tài sản cố định", [dep] * 3))
    costs.append(("interest", "Lãi vay", interest))
    costs.append(("other", "Chi phí khác", list(P["other"])))
    tkind, tv = P["tax"]
    if tkind == "rev":
        costs.append(("tax", "Thuế, phí", [rnd(rev_total[y] * tv, 1) for y in range(3)]))
    elif tkind == "fixed":
        costs.append(("tax", "Thuế, phí", list(tv)))
    m["costs"] = costs
    cost_total = [rnd(sum(c[2][y] for c in costs), 1) for y in range(3)]
    m["cost"] = cost_total
    profit = [rnd(rev_total[y] - cost_total[y], 1) for y in range(3)]
    m["profit_true_from_printed"] = list(profit)
    if "profit" in plant:
        profit = list(profit)
        for y in plant["profit"]:
            profit[y] = PROFIT_PRINTED[k][y]
    m["profit"] = profit
    if tkind == "cit":
        cit = [rnd(max(profit[y], 0) * tv, 1) for y in range(3)]
        pat = [rnd(profit[y] - cit[y], 1) for y in range(3)]
    else:
        cit, pat = None, profit
    m.update(cit=cit, pat=pat, margin=[profit[y] / rev_total[y] for y in range(3)])
    m["payback"] = rnd(inv_total / (sum(pat) / 3 + dep), 1)
    m["payback_printed"] = P.get("stated_payback", m["payback"]) if printed else m["payback"]
    return m


# hb09's planted profit-mismatch: the 2028 profit printed in the summary table
PROFIT_PRINTED = {"hb09": {1: 1215.4}}

# hb07's planted figure-inconsistent: the objectives state the 2027 export as 90 tấn in 5
# containers; the export table (and every figure computed from it) has 72 tấn in 4
STATED_EXPORT_2027 = {"hb07": (90, 5)}

CUR_WORD = {"USD": "USD", "JPY": "JPY", "CNY": "CNY"}

# Per plan: year headers, the money unit line, table captions (id -> title) where they differ
STYLE: dict[str, dict] = {
    "hb01": dict(year="Năm {}", unit="ĐVT: triệu đồng", cap={}),
    "hb02": dict(year="{}", unit="Đơn vị tính: triệu đồng",
                 cap=dict(hist="Kết quả sản xuất, kinh doanh của hợp tác xã 2024 – 2026",
                          raw="Nguồn mật ong thô và nhu cầu")),
    "hb03": dict(year="Năm {}", unit="ĐVT: triệu đồng",
                 cap=dict(out="Kế hoạch sản phẩm theo năm", cap="Năng lực sấy chống mốc")),
    "hb04": dict(year="{}", unit="ĐVT: triệu đồng",
                 cap=dict(raw="Vùng nguyên liệu lúa hữu cơ và nhu cầu thóc")),
    "hb05": dict(year="Năm {}", unit="ĐVT: Triệu đồng",
                 cap=dict(cap="Năng lực thùng, bể chượp")),
    "hb06": dict(year="Năm {}", unit="Đơn vị tính: triệu đồng",
                 cap=dict(cap="Năng lực chưng cất")),
    "hb07": dict(year="Năm {}", unit="ĐVT: triệu đồng", cap={}),
    "hb08": dict(year="Năm {}", unit="ĐVT: triệu đồng", cap={}),
    "hb09": dict(year="{}", unit="ĐVT: triệu đồng", cap=dict(cap="Công suất dây chuyền chiên chân không")),
    "hb10": dict(year="Năm {}", unit="Đơn vị tính: triệu đồng", cap={}),
}

CAPTIONS = dict(
    hist="Kết quả sản xuất kinh doanh 2024 – 2026",
    price="Giá bán dự kiến",
    exp="Kế hoạch xuất khẩu",
    out="Kế hoạch sản lượng",
    raw="Nguồn nguyên liệu và nhu cầu",
    cap="Máy móc và công suất",
    staff="Lao động và quỹ lương",
    inv="Tổng vốn đầu tư",
    src="Nguồn vốn",
    rev="Doanh thu dự kiến",
    cost="Chi phí sản xuất kinh doanh",
    sum="Hiệu quả kinh tế",
)

# cost-line labels per plan (key -> label); raw lines keep their material's label
COST_LABELS: dict[str, dict] = {
    "hb01": dict(raw="Mua mực ống tươi", pack="Bao bì, thùng carton", logi="Vận chuyển, thủ tục xuất khẩu",
                 freight="Cước biển, bảo hiểm (CIF)"),
    "hb02": dict(raw="Thu mua mật ong thô", pack="Chai, hũ, can, thùng", logi="Gửi hàng lẻ, thủ tục xuất khẩu"),
    "hb03": dict(pack="Bao bì, thùng carton, thẻ treo", wage="Tiền công đan, lương", logi="Phí ủy thác, vận chuyển, thủ tục"),
    "hb04": dict(raw="Mua thóc hữu cơ", pack="Túi, thùng carton", logi="Vận chuyển, thủ tục, kiểm dịch",
                 freight="Cước biển, bảo hiểm đến Hamburg"),
    "hb05": dict(pack="Chai, nắp, thùng", logi="Vận chuyển, thủ tục xuất khẩu"),
    "hb06": dict(raw="Mua lá, cành tràm", pack="Chai, hộp, phuy", logi="Gửi hàng lẻ, thủ tục xuất khẩu",
                 cert="Chứng từ xuất khẩu, đăng ký"),
    "hb07": dict(raw="Mua lạc vỏ", pack="Bao, hộp", logi="Vận chuyển, thủ tục, kiểm dịch"),
    "hb08": dict(raw="Mua gạo nếp, men", pack="Chai, bình gốm, thùng", logi="Vận chuyển, thủ tục xuất khẩu"),
    "hb09": dict(raw="Mua mít quả", pack="Túi, hộp, thùng carton", energy="Điện, dầu chiên, nước",
                 logi="Vận chuyển, thủ tục xuất khẩu", freight="Cước biển, bảo hiểm đến Sydney"),
    "hb10": dict(raw="Mua búp chè tươi", pack="Túi, bao", logi="Phí ủy thác, vận chuyển, thủ tục",
                 energy="Điện, củi, nước"),
}


def decimals(xs) -> int:
    ds = 0
    for x in xs:
        if abs(x - round(x)) > 1e-9:
            ds = max(ds, 2 if abs(x * 10 - round(x * 10)) > 1e-9 else 1)
    return ds


def exp_show(e: dict) -> tuple[str, float, int]:
    """How an export line's quantity is shown: (unit word, divisor from its unit, decimals)."""
    if e["unit"] == "kg" and min(e["qty"]) >= 4000:
        return "tấn", 1000, 1
    return e["unit"], 1, 0


def tables(k: str, m: dict) -> list[dict]:
    """The computed tables of plan k: id, title, unit line, header, rows. A cell is a str or a
    (value, decimals) pair."""
    st = STYLE[k]
    Y = [st["year"].format(y) for y in YEARS]
    H = [st["year"].format(y) for y in HIST]
    code = m["code"]
    base = m["base"]
    cap = {**CAPTIONS, **st["cap"]}
    out: list[dict] = []

    def T(tid, head, rows, unit=None):
        out.append(dict(id=tid, title=cap[tid], unit=unit, head=head, rows=rows))

    h = m["hist"]
    T("hist", ["TT", "Chỉ tiêu", "ĐVT", *H], [
        ["1", "Sản lượng", base, *[(x, 0) for x in h["out"]]],
        ["", "Trong đó xuất khẩu", base, *[(x, 0) for x in h["exp"]]],
        ["2", "Giá bán bình quân", f"đồng/{base}", *[(x, 0) for x in h["price"]]],
        ["3", "Doanh thu", "triệu đồng", *[(x, 1) for x in h["rev"]]],
        ["4", "Lợi nhuận", "triệu đồng", *[(x, 1) for x in h["profit"]]],
    ])
    rows = []
    for i, d in enumerate(m["dom"], 1):
        rows.append([str(i), f"{d['label']} (đồng/{d['word']})", *[(x, 0) for x in d["price"]]])
    for j, e in enumerate(m["exp"], len(m["dom"]) + 1):
        rows.append([str(j), f"{e['label']}, {CUR_WORD[code]}/{e['unit']}",
                     *[(x, decimals(e["fp"])) for x in e["fp"]]])
    T("price", ["TT", "Sản phẩm (đơn vị tính)", *Y], rows)
    for e in m["exp"]:
        word, div, dq = exp_show(e)
        rows = [["Sản lượng xuất khẩu", word, *[(q / div, dq) for q in e["qty"]]]]
        if e["cont"]:
            dc = decimals(e["cont_n"])
            rows.append([f"Số container {e['ft']} feet", "container", *[(c, dc) for c in e["cont_n"]]])
        rows += [[f"Giá {e['term'].split()[0]}", f"{CUR_WORD[code]}/{e['unit']}",
                  *[(x, decimals(e["fp"])) for x in e["fp"]]],
                 ["Kim ngạch", CUR_WORD[code], *[(x, 0) for x in e["amount"]]],
                 ["Tỷ giá quy đổi", f"đồng/{CUR_WORD[code]}", *[(m["rate"], 0)] * 3],
                 ["Thành tiền", "triệu đồng", *[(x, 1) for x in e["vnd"]]]]
        T("exp", ["Chỉ tiêu", "ĐVT", *Y], rows)
    rows = []
    for i, d in enumerate(m["dom"], 1):
        rows.append([str(i), d["label"], d["word"], *[(x, 0) for x in d["qty"]]])
    dq = 1 if any(abs(x - round(x)) > 1e-9 for x in m["out"]) else 0
    n = len(m["dom"])
    rows += [[str(n + 1), "Tiêu thụ trong nước, quy ra " + base, base, *[(x, dq) for x in m["out_dom"]]],
             [str(n + 2), "Xuất khẩu, quy ra " + base, base, *[(x, dq) for x in m["out_exp"]]],
             [str(n + 3), "Tổng sản lượng", base, *[(x, dq) for x in m["out"]]],
             [str(n + 4), "Tăng so với năm trước", "%", *[(g * 100, 1) for g in m["growth"]]]]
    T("out", ["TT", "Sản phẩm", "ĐVT", *Y], rows)
    rows = []
    for ri, r in enumerate(m["raws"]):
        u = r["unit"]
        for i, (lab, cnt, word, yl, amt) in enumerate(r["rows"], 1):
            src = f"nguồn {i}" if len(m["raws"]) == 1 else f"nguồn {ri + 1}.{i}"
            rows.append([f"{src.capitalize()}: {lab}, số {word}", word, *[(c, 0) for c in cnt]])
            rows.append([f"Sản lượng {src} ({fmt(yl)} {u}/{word})", u, *[(a, 0) for a in amt]])
        tot = f"Tổng nguồn cung {r['label'].lower()}" if len(m["raws"]) > 1 else "Tổng nguồn cung"
        rows.append([tot, u, *[(x, 0) for x in r["supply_p"]]])
        norm = r["norm"] if not isinstance(r["norm"], list) else None
        need = (f"Nhu cầu ({fmt(norm, decimals([norm]))} {u}/{base} thành phẩm)" if norm is not None
                else f"Nhu cầu {r['label'].lower()}")
        rows.append([need, u, *[(x, 0) for x in r["need"]]])
        if k not in ("hb07", "hb08"):
            rows.append(["Còn dư" + (f" {r['label'].lower()}" if len(m["raws"]) > 1 else ""), u,
                         *[(x, 0) for x in r["spare"]]])
    T("raw", ["Nguồn, chỉ tiêu", "ĐVT", *Y], rows)
    c = m["cap"]
    if c.get("vats"):
        rows = [["Số thùng, bể chượp (thùng)", *[(c["vats"], 0)] * 3],
                ["Nước mắm rút mỗi thùng (lít/năm)", *[(c["per_vat"], 0)] * 3]]
        cu = "lít"
    else:
        cu = m["raws"][c["of"]]["unit"] if "of" in c else base
        rows = [[f"{c['label']} ({c['text']})", *[(c["rating"], 0)] * 3],
                ["Số ngày làm việc (ngày)", *[(c["days"], 0)] * 3]]
    rows.append([f"Công suất năm ({cu})", *[(c["cap"], 0)] * 3])
    used = "Lá cần chưng cất" if "of" in c else "Sản lượng kế hoạch"
    rows.append([f"{used} ({cu})", *[(x, dq if "of" not in c else 0) for x in c["used"]]])
    if k != "hb09":
        rows.append(["Mức sử dụng công suất (%)", *[(u * 100, 1) for u in c["use"]]])
    T("cap", ["Chỉ tiêu", *Y], rows)
    rows = [[str(i), role, *[(x, 0) for x in cnt]] for i, (role, cnt) in enumerate(m["roles"], 1)]
    rows += [["", "Tổng số lao động (người)", *[(x, 0) for x in m["staff"]]],
             ["", "Lương bình quân (triệu đồng/tháng)", *[(x, 1) for x in m["wage"]]],
             ["", "Quỹ lương (triệu đồng/năm)", *[(x, 1) for x in m["fund"]]]]
    T("staff", ["TT", "Bộ phận", *Y], rows)
    rows = [[str(i), lab, (v, 0), (v / m["inv_total"] * 100, 1)] for i, (lab, v, _) in enumerate(m["inv"], 1)]
    rows.append(["", "Tổng vốn đầu tư", (m["inv_total"], 0), (100, 1)])
    T("inv", ["TT", "Hạng mục", "Giá trị", "Tỷ lệ (%)"], rows, st["unit"])
    rows = [[str(i), lab, (v, 0), (v / m["src_total"] * 100, 1)] for i, (lab, v) in enumerate(m["src"], 1)]
    rows.append(["", "Tổng nguồn vốn", (m["src_total"], 0), (100, 1)])
    T("src", ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], rows, st["unit"])
    rows = [[str(i), f"{d['label']}", *[(x, 1) for x in d["rev"]]] for i, d in enumerate(m["dom"], 1)]
    rows += [[str(j), f"{e['label']}", *[(x, 1) for x in e["vnd"]]]
             for j, e in enumerate(m["exp"], len(m["dom"]) + 1)]
    rows.append(["", "Tổng doanh thu", *[(x, 1) for x in m["rev"]]])
    if k in ("hb01", "hb04", "hb07", "hb09"):
        rows += [["", "Trong đó: trong nước", *[(x, 1) for x in m["rev_dom"]]],
                 ["", "xuất khẩu", *[(x, 1) for x in m["rev_exp"]]]]
    T("rev", ["TT", "Sản phẩm", *Y], rows, st["unit"])
    labels = COST_LABELS.get(k, {})
    rows = []
    for i, (key, lab, vals) in enumerate(m["costs"], 1):
        if key == "raw":
            lab = labels.get("raw", lab) if len(m["raws"]) == 1 else f"Mua {lab.lower()}"
        else:
            lab = labels.get(key, lab)
        rows.append([str(i), lab, *[(x, 1) for x in vals]])
    rows.append(["", "Tổng chi phí", *[(x, 1) for x in m["cost"]]])
    T("cost", ["TT", "Khoản mục", *Y], rows, st["unit"])
    rows = [["1", "Doanh thu", *[(x, 1) for x in m["rev"]]],
            ["2", "Tổng chi phí", *[(x, 1) for x in m["cost"]]]]
    if m["cit"] is not None:
        rows += [["3", "Lợi nhuận trước thuế", *[(x, 1) for x in m["profit"]]],
                 ["4", "Thuế thu nhập doanh nghiệp (20 %)", *[(x, 1) for x in m["cit"]]],
                 ["5", "Lợi nhuận sau thuế", *[(x, 1) for x in m["pat"]]],
                 ["6", "Tỷ suất lợi nhuận trước thuế/doanh thu (%)", *[(x * 100, 1) for x in m["margin"]]]]
    else:
        rows += [["3", "Lợi nhuận", *[(x, 1) for x in m["profit"]]],
                 ["4", "Tỷ suất lợi nhuận/doanh thu (%)", *[(x * 100, 1) for x in m["margin"]]]]
    T("sum", ["TT", "Chỉ tiêu", *Y], rows, st["unit"])
    return out


def cell(c) -> str:
    if isinstance(c, tuple):
        return fmt(c[0], c[1])
    return c


def render(t: dict, n: int) -> str:
    """A table as the plan's Markdown, captioned "Bảng n."."""
    lines = [f"Bảng {n}. {t['title']}", ""]
    if t["unit"]:
        lines.append(t["unit"])
    lines.append("| " + " | ".join(t["head"]) + " |")
    lines.append("|" + "---|" * len(t["head"]))
    for r in t["rows"]:
        lines.append("| " + " | ".join(cell(c) for c in r) + " |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- prose facts
# how each plan states the load of a container (or its less-than-container shipments)
CONT_PHRASE = {
    "hb01": "1 container 20 feet lạnh ≈ 4 tấn",
    "hb02": "1 container 20 feet ≈ 18 tấn",
    "hb03": "1 container 40 feet ≈ 1.000 bộ",
    "hb04": "1 container 20 feet ≈ 20 tấn",
    "hb05": "1 container 20 feet ≈ 1.150 thùng",
    "hb06": "1 container 20 feet ≈ 80 phuy",
    "hb07": "1 container 20 feet ≈ 18 tấn",
    "hb08": "1 container 20 feet ≈ 1.400 thùng",
    "hb09": "1 container 20 feet ≈ 4,5 tấn",
    "hb10": "1 container 20 feet ≈ 9 tấn",
}


def facts(k: str, m: dict) -> list[str]:
    """Strings the plan's prose states, each computed from the model."""
    code = m["code"]
    e = m["exp"][0]
    out = [f"tỷ giá {fmt(m['rate'])} đồng/{code}", CONT_PHRASE[k],
           f"khoảng {fmt(m['payback_printed'], 1)} năm",
           f"{fmt(m['rev'][0], 1)} triệu đồng",
           f"{fmt(m['inv_total'])} triệu đồng",
           f"{fmt(e['amount'][0])} {code}"]
    return out


# --------------------------------------------------------------------------- checking
NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


def num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        self.tables: dict[str, list[list[str]]] = {}
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            mm = re.match(r"^Bảng \d+\. (.+)$", line.strip())
            if not mm:
                continue
            rows, j = [], i + 1
            while j < len(lines) and not lines[j].strip().startswith("|"):
                j += 1
            while j < len(lines) and lines[j].strip().startswith("|"):
                cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
                j += 1
            self.tables[mm.group(1).strip()] = rows

    def trow(self, title: str, label: str) -> list[float]:
        """The numbers of the row labelled `label` (its first non-number cell) in table `title`."""
        for r in self.tables.get(title, []):
            if label in r[:2]:
                return [num(c) for c in r[r.index(label) + 1:] if NUM.match(c)]
        self.failures.append(f"row not found: {title!r} / {label!r}")
        return []


def near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.11)


def check_tables(k: str, p: Plan, m: dict) -> None:
    """Every numeric cell of every computed table equals the model (planted values included)."""
    for t in tables(k, m):
        if t["title"] not in p.tables:
            p.failures.append(f"table not found: {t['title']!r}")
            continue
        got_rows = p.tables[t["title"]]
        p.check([c.strip() for c in got_rows[0]] == t["head"], f"{t['title']}: header {got_rows[0]}")
        for r in t["rows"]:
            label = next(c for c in r if isinstance(c, str) and c and not c.isdigit())
            want = [c[0] for c in r if isinstance(c, tuple)]
            got = p.trow(t["title"], label)
            if len(got) != len(want) or not all(near(a, b) for a, b in zip(got, want)):
                p.failures.append(f"{t['title']} / {label}: printed {got}, computed {want}")


def check_invariants(k: str, p: Plan, m: dict, true: dict) -> None:
    """The plan's printed figures against each other, and the planted defects against the truth."""
    cap = {**CAPTIONS, **STYLE[k]["cap"]}
    code = m["code"]
    # export lines: VND = printed quantity x printed price x printed rate
    e = m["exp"][0]
    word, div, _ = exp_show(e)
    q = p.trow(cap["exp"], "Sản lượng xuất khẩu")
    fp = p.trow(cap["exp"], f"Giá {e['term'].split()[0]}")
    amt = p.trow(cap["exp"], "Kim ngạch")
    rate = p.trow(cap["exp"], "Tỷ giá quy đổi")
    vnd = p.trow(cap["exp"], "Thành tiền")
    if min(len(q), len(fp), len(amt), len(rate), len(vnd)) == 3:
        for y in range(3):
            p.check(near(amt[y], q[y] * div * fp[y]), f"kim ngạch {YEARS[y]}: {amt[y]} vs {q[y] * div * fp[y]}")
            calc = q[y] * div * fp[y] * rate[y] / 1e6
            if k == "hb05" and y == 1:
                p.check(off(vnd[y], calc, 5), f"hb05 planted export VND 2028 {vnd[y]} not off {calc:.1f}")
                p.check(close(calc, true["exp"][0]["vnd"][1]), "hb05 true export VND")
            else:
                p.check(near(vnd[y], calc), f"export VND {YEARS[y]}: {vnd[y]} vs {calc:.1f}")
        if e["cont"]:
            cn = p.trow(cap["exp"], f"Số container {e['ft']} feet")
            for y in range(3):
                p.check(near(cn[y], q[y] * div / e["cont"] / e["per"] * e["per"]) if cn else False,
                        f"containers {YEARS[y]}")
    # revenue table lines sum to the total; the export line equals the export table
    rev_rows = [r for r in p.tables.get(cap["rev"], []) if r and r[0].isdigit()]
    tot = p.trow(cap["rev"], "Tổng doanh thu")
    for y in range(3):
        s = sum(num(r[2 + y]) for r in rev_rows)
        p.check(bool(tot) and near(s, tot[y]), f"revenue total {YEARS[y]}")
    # cost lines sum to the total (hb08's planted total is in the raw-material table)
    cost_rows = [r for r in p.tables.get(cap["cost"], []) if r and r[0].isdigit()]
    ctot = p.trow(cap["cost"], "Tổng chi phí")
    for y in range(3):
        s = sum(num(r[2 + y]) for r in cost_rows)
        p.check(bool(ctot) and near(s, ctot[y]), f"cost total {YEARS[y]}")
    # summary: profit = revenue - cost, except hb09's planted 2028 profit
    R = p.trow(cap["sum"], "Doanh thu")
    C = p.trow(cap["sum"], "Tổng chi phí")
    pl = "Lợi nhuận trước thuế" if m["cit"] is not None else "Lợi nhuận"
    Pf = p.trow(cap["sum"], pl)
    for y in range(3):
        if not (R and C and Pf):
            break
        if k == "hb09" and y == 1:
            p.check(off(Pf[y], R[y] - C[y], 5), "hb09 planted profit not off")
            p.check(close(R[y] - C[y], true["profit"][1]), "hb09 true profit")
        else:
            p.check(near(Pf[y], R[y] - C[y]), f"profit {YEARS[y]}: {Pf[y]} vs {R[y] - C[y]:.1f}")
    # investment items = total; sources = investment except hb06
    inv_rows = [r for r in p.tables.get(cap["inv"], []) if r and r[0].isdigit()]
    itot = p.trow(cap["inv"], "Tổng vốn đầu tư")
    p.check(bool(itot) and near(sum(num(r[2]) for r in inv_rows), itot[0]), "investment items sum")
    src_rows = [r for r in p.tables.get(cap["src"], []) if r and r[0].isdigit()]
    ssum = sum(num(r[2]) for r in src_rows)
    if k == "hb06":
        p.check(off(ssum, itot[0], 5), f"hb06 planted capital: sources {ssum} vs investment {itot}")
    else:
        p.check(bool(itot) and near(ssum, itot[0]), f"sources {ssum} vs investment {itot}")
    # raw materials: supply total = sum of rows (hb08 2028 planted), need within supply (hb07 not)
    for ri, r in enumerate(m["raws"]):
        tlabel = f"Tổng nguồn cung {r['label'].lower()}" if len(m["raws"]) > 1 else "Tổng nguồn cung"
        tot = p.trow(cap["raw"], tlabel)
        amounts = [p.trow(cap["raw"], f"Sản lượng {'nguồn ' + str(i) if len(m['raws']) == 1 else f'nguồn {ri + 1}.{i}'}"
                                      f" ({fmt(yl)} {r['unit']}/{word_})")
                   for i, (_, _, word_, yl, _) in enumerate(r["rows"], 1)]
        for y in range(3):
            s = sum(a[y] for a in amounts if a)
            if k == "hb08" and y == 1:
                p.check(off(tot[y], s, 5), f"hb08 planted supply total {tot[y]} vs {s}")
            else:
                p.check(bool(tot) and near(tot[y], s), f"supply total {YEARS[y]}: {tot[y] if tot else None} vs {s}")
            need = true["raws"][ri]["need"][y]
            if k == "hb07":
                p.check(need > s * 1.05, f"hb07 planted shortfall {YEARS[y]}: need {need} supply {s}")
            else:
                p.check(need <= s * 0.95, f"supply {YEARS[y]} too tight: need {need} supply {s}")
    # capacity: output within capacity (ready: use at most 85 %), hb09 over in 2029
    c = true["cap"]
    for y in range(3):
        if k == "hb09" and y == 2:
            p.check(c["used"][y] > c["cap"] * 1.05, "hb09 planted capacity")
        else:
            p.check(c["used"][y] <= c["cap"] * (0.85 if k in READY else 0.98), f"capacity {YEARS[y]}")
    # growth of the true revenue: under 35 % a year except hb08's planted growth
    seq = [true["hist"]["rev"][2]] + true["rev"]
    g = [(seq[y + 1] - seq[y]) / seq[y] for y in range(3)]
    if k == "hb08":
        p.check(g[1] > 0.5 and g[2] > 0.5, f"hb08 planted growth {g}")
        p.check(true["growth"][1] > 0.5 and true["growth"][2] > 0.5, "hb08 output growth")
    else:
        p.check(all(x < 0.35 for x in g), f"revenue growth {g}")
    # margins plausible
    for y in range(3):
        p.check(0.05 < true["margin"][y] < 0.31, f"margin {YEARS[y]} {true['margin'][y]:.3f}")
    # payback as printed
    pay = true["payback"]
    if k == "hb10":
        p.check(off(m["payback_printed"], pay, 5), "hb10 planted payback")
    p.check(abs(rnd(m["inv_total"] / (sum(m["pat"]) / 3 + m["dep"]), 1) - m["payback"]) < 0.05, "payback")
    # the planted values differ from the truth only where planted (and in their knock-on)
    diff = {key for key in ("rev", "profit", "pat", "cost") if m[key] != true[key]}
    allowed = {"hb05": {"rev", "profit", "pat"}, "hb09": {"profit", "pat"}}.get(k, set())
    p.check(diff <= allowed, f"printed differs from true in {diff}")
    if k == "hb05":
        p.check(off(m["exp"][0]["vnd"][1], true["exp"][0]["vnd"][1], 5), "hb05 planted > 5 %")
    if k == "hb09":
        p.check(off(m["profit"][1], true["profit"][1], 5), "hb09 planted > 5 %")
    if k == "hb08":
        r0 = true["raws"][0]
        p.check(off(m["raws"][0]["supply_p"][1], r0["supply"][1], 5), "hb08 planted > 5 %")
    if k == "hb07":
        qt, cn = STATED_EXPORT_2027["hb07"]
        p.has(f"{qt} tấn", f"{cn} container")
        p.check(off(qt * 1000, true["out_exp"][0], 5), "hb07 planted export figure > 5 %")
    for f in facts(k, m):
        p.has(f)


READY = ("hb01", "hb02", "hb03", "hb04")
FULL = READY + ("hb05", "hb06", "hb07", "hb08", "hb09", "hb10")
PAPERS = {
    "hb01": ["HACCP", "an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "kiểm nghiệm", "nhãn hiệu",
             "43/2017", "111/2021", "truy xuất", "đăng ký môi trường", "C/O", "mã số DL"],
    "hb02": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "kiểm nghiệm", "nhãn hiệu", "43/2017",
             "111/2021", "truy xuất", "C/O", "dư lượng"],
    "hb03": ["không phải là thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "thẻ treo", "43/2017", "hun trùng",
             "đăng ký môi trường", "nguồn gốc hợp pháp", "EUR.1"],
    "hb04": ["TCVN 11041", "hữu cơ", "HACCP", "an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở",
             "kiểm dịch thực vật", "EUR.1", "43/2017", "nhãn hiệu", "đăng ký môi trường", "truy xuất"],
    "hb05": ["HACCP", "FDA", "an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "nhãn hiệu", "43/2017"],
    "hb06": ["nhãn hiệu", "43/2017", "đăng ký môi trường", "truy xuất", "C/O"],
    "hb07": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "mã số vùng trồng", "kiểm dịch thực vật",
             "43/2017", "C/O", "truy xuất"],
    "hb08": ["an toàn thực phẩm", "tự công bố", "QCVN 6-3:2010/BYT", "nhãn hiệu", "43/2017", "44/2019",
             "đăng ký môi trường", "truy xuất"],
    "hb09": ["HACCP", "an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "kiểm nghiệm", "nhãn hiệu",
             "đăng ký môi trường"],
    "hb10": ["tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "43/2017", "truy xuất", "mã số vùng trồng"],
}
ABSENT = {
    "hb05": r"môi trường|nước thải|chất thải|(?<!\w)mùi|xử lý|bể lắng|biogas|(?<!\w)rác|khí thải|ô nhiễm",
    "hb06": r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|COA|phân tích|"
            r"hàm lượng|chỉ tiêu chất lượng|ISO",
    "hb07": r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ",
    "hb08": r"giấy phép|cấp phép|(?<!\w)phép(?!\w)|105/2017|17/2020|rượu thủ công nhằm",
    "hb09": r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch",
    "hb10": r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|ISO 22000|VietGAP",
}
OTHER_NAME = {"hb06": ("Công ty TNHH Tinh dầu Phương Nam", "Công ty TNHH Tinh dầu Lâm Phong")}
PLAN_DATE = {"hb01": (2026, 9), "hb02": (2026, 8), "hb03": (2026, 10), "hb04": (2027, 1), "hb05": (2026, 7),
             "hb06": (2026, 11), "hb07": (2026, 12), "hb08": (2027, 2), "hb09": (2027, 3), "hb10": (2026, 9)}


def check_texts(k: str, p: Plan) -> None:
    for s in PAPERS[k]:
        p.has(s)
    if k == "hb05":
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "hb05 cites the current instruments")
    else:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "outdated instrument")
    if k in ABSENT:
        p.lacks(ABSENT[k], f"{k}: planted absence broken")
    if k == "hb10":
        p.check(p.count("[tên sản phẩm]") == 1, "hb10 placeholder")
    else:
        p.lacks(PLACEHOLDER, "template placeholder")
    if k in OTHER_NAME:
        other, own = OTHER_NAME[k]
        p.check(p.count(other) >= 2 and p.count(own) >= 4, f"name counts {p.count(other)} {p.count(own)}")
    y0, m0 = PLAN_DATE[k]
    for d, mo, y in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check((int(y), int(mo)) > (y0, m0), f"paper expired: đến {d}/{mo}/{y}")
    p.check(len(p.tables) >= 10, f"{len(p.tables)} tables")


SKETCHY = {"hb11": dict(words=(150, 350), has=["200 kg", "8 USD", "180.000 đồng/kg", "50 triệu"]),
           "hb12": dict(words=(150, 350), has=["3.000 chiếc", "1,5 USD", "25.000 đồng/chiếc", "80 triệu"])}


def check_sketchy(k: str, p: Plan) -> None:
    words = len(re.findall(r"\w+", p.body))
    lo, hi = SKETCHY[k]["words"]
    p.check(lo <= words <= hi, f"{words} words")
    p.check(not p.rows, "a table in a sketchy plan")
    p.has(*SKETCHY[k]["has"])
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|công bố|nhãn hiệu|Bảng \d", "a paper in a sketchy plan")


def stems() -> list[str]:
    return sorted(x.stem for x in (HERE / "src").glob("hb*.md"))


def main(argv: list[str] | None = None) -> int:
    want = set(argv or [])
    plans = []
    for stem in stems():
        k = stem[:4]
        if want and k not in want and stem not in want:
            continue
        p = Plan(stem)
        if k in FULL:
            m, true = model(k), model(k, printed=False)
            check_tables(k, p, m)
            check_invariants(k, p, m, true)
            check_texts(k, p)
        else:
            check_sketchy(k, p)
        plans.append(p)
    if not plans:
        print("no plan found")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
