"""The 219th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout219/arithmetic.py [hl01 hl05 ...]

Theme: producers whose product lines fall into different categories with different papers (a food
producer with one alcoholic drink, a honey producer with a soap and a lip balm, a herbal-tea maker
with one line registered as a health supplement, a handicraft group that also sells a packaged food,
a fruit-peel candy maker with an essential oil and a shampoo, an orange-juice HTX with an orange
wine). Every full plan (hl01-hl10) is computed from the constants of its lines: each line belongs
to a family (the workshop or equipment that makes it: candy, spirit, honey, cosmetics, tea, crafts,
juice, wine ...), has a pack size in the family's base unit, packs a year and a price a year. From
them this script recomputes: output of each family = sum of packs x size, capacity = rating x days
and its use in %, revenue of each line = packs x price and their total, every raw material's supply
(count x yield per supplier row), its need (output of each line x that line's norm, the lines that
share one material added up) and the balance, staff by role, wage fund = staff x monthly wage x 12,
the cost lines (each raw material at its price, packaging per pack, contract manufacturing per pack
for a line made by a certified partner, energy per base unit of each family, wages, the yearly cost
of keeping each line's papers - tests, fees, renewals - , selling and tax as shares of revenue,
straight-line depreciation of the fixed investment, interest on the loan balance, a fixed other
line), the cost total, profit = revenue - cost, margin, investment items and sources with their
shares, and payback = investment / (average profit + depreciation); the 2024-2026 history (output
of each family x average price, profit = revenue x margin).

Each figure is read back from the plan's source (tables found by their caption "Bảng N. ...") and
compared with the printed model (the plan prints exactly what the model gives, planted defects
included). Where the printed model differs from the true model by more than 1 % the key must be a
planted defect (wrong by more than 5 %, the true value beside it) or a knock-on the plan's notes
list as tolerated. Independent checks on the printed figures (line revenue = packs x price, sums,
sources = investment, need <= supply, output <= capacity, growth, payback) fail only where a defect
is planted. Textual defects are asserted through the presence or absence of their words; ready
plans cite no replaced instrument and every paper they rely on. Sketchy plans: 150-350 words, no
table, their few figures.
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
            r"43/2014/TT-BYT|01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|"
            r"UBND huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# fams: (key, label, base unit, rating per day in base units or None, working days, rating text)
# lines: (key, family, table label, pack word, size in base units, packs [3], price đ [3],
#         packaging đ per pack, contract manufacturing đ per pack)
# hist: output per family 2024-2026, average price đ per base unit, margin
# raws: label, unit, price đ/unit, norms {line: units per base unit of that line},
#       supply rows (label, [count per year], count word, yield per count),
#       need rows (label, [lines]) as the plan prints them
# roles: (role, staff per year); wage: monthly wage (triệu đồng) per year
# energy: đ per base unit of each family; papers: yearly cost (triệu) of keeping each line's papers
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year; ov: printed overrides
PLANS: dict[str, dict] = {
    "hl01": dict(
        fams=[("mut", "Mứt sim sấy dẻo", "kg", 60, 250, "máy sấy 60 kg mứt/ngày"),
              ("ruou", "Rượu nếp sim", "lít", 30, 250, "2 nồi × 15 lít/ngày")],
        lines=[("m200", "mut", "Mứt sim sấy dẻo, hộp 200 g", "hộp", 0.2,
                [30000, 33000, 36000], [45000, 46500, 48000], 5500, 0),
               ("m500", "mut", "Mứt sim sấy dẻo, túi 500 g", "túi", 0.5,
                [8000, 8800, 9600], [98000, 101000, 104000], 3500, 0),
               ("r500", "ruou", "Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5,
                [10000, 11000, 12000], [85000, 87500, 90000], 9000, 0)],
        hist=dict(out={"mut": [7600, 8400, 9200], "ruou": [3800, 4200, 4600]},
                  price={"mut": [205000, 210000, 215000], "ruou": [160000, 165000, 168000]},
                  margin=[0.12, 0.135, 0.15]),
        raws=[dict(label="Quả sim chín", unit="kg", price=24000,
                   norms={"m200": 2.2, "m500": 2.2, "r500": 0.5},
                   supply=[("Đồi sim của công ty", [6, 6, 6], "ha", 2500),
                           ("Hộ thu hái sim thôn Tân Thượng", [40, 40, 40], "hộ", 450)],
                   need=[("Nhu cầu cho mứt sim", ["m200", "m500"]), ("Nhu cầu cho rượu sim", ["r500"])]),
              dict(label="Gạo nếp cái", unit="kg", price=28000, norms={"r500": 1.1},
                   supply=[("Hộ trồng nếp thôn Đông Thượng", [12, 12, 12], "hộ", 700)],
                   need=[("Nhu cầu cho rượu sim", ["r500"])]),
              dict(label="Đường kính trắng", unit="kg", price=22000, norms={"m200": 0.35, "m500": 0.35},
                   supply=[("Đại lý đường Kỳ Anh (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)],
                   need=[("Nhu cầu cho mứt sim", ["m200", "m500"])])],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, sấy mứt", [4, 4, 5]),
               ("Nấu, chưng cất, ngâm rượu", [2, 2, 2]), ("Đóng gói, kho", [2, 2, 2]),
               ("Bán hàng", [1, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        energy={"mut": 3000, "ruou": 5000},
        papers=[("Mứt sim: kiểm nghiệm định kỳ, phí", [12, 12, 12]),
                ("Rượu sim: kiểm nghiệm, hồ sơ, gia hạn", [15, 15, 15]),
                ("Hai dòng: tem QR, duy trì nhãn hiệu", [8, 8, 8])],
        sell=0.08, tax=0.015, other=100,
        inv=[("Máy sấy mứt bơm nhiệt 60 kg/ngày", 320, True),
             ("Cải tạo xưởng mứt một chiều 80 m²", 260, True),
             ("Máy lọc, khử andehit, chiết rót rượu", 220, True),
             ("Bể lắng, hầm biogas cho bã và nước thải", 120, True),
             ("Nhãn, mã vạch, tem QR cho hai dòng", 40, False),
             ("Kiểm nghiệm, công bố, hồ sơ giấy phép", 30, False),
             ("Vốn lưu động", 410, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08,
        ov={}, knock=[]),
    "hl02": dict(
        fams=[("mat", "Mật ong", "kg", 40, 250, "máy hạ thủy phần 40 kg/ngày"),
              ("mp", "Xà phòng, son dưỡng", "sản phẩm", 100, 200, "phòng pha chế 100 sản phẩm/ngày")],
        lines=[("mo500", "mat", "Mật ong hoa rừng, chai 500 g", "chai", 0.5,
                [6000, 6600, 7200], [170000, 175000, 180000], 9000, 0),
               ("mo1k", "mat", "Mật ong hoa keo, hũ 1 kg", "hũ", 1.0,
                [2000, 2200, 2400], [230000, 236000, 242000], 12000, 0),
               ("xp", "mp", "Xà phòng sáp ong mật ong, bánh 100 g", "bánh", 1,
                [8000, 9000, 10000], [45000, 46000, 47000], 10400, 0),
               ("son", "mp", "Son dưỡng môi sáp ong, thỏi 5 g", "thỏi", 1,
                [3000, 3500, 4000], [55000, 56000, 57000], 6000, 0)],
        hist=dict(out={"mat": [4300, 4600, 4800], "mp": [5500, 7000, 9000]},
                  price={"mat": [275000, 282000, 288000], "mp": [44000, 45000, 46000]},
                  margin=[0.12, 0.13, 0.14]),
        raws=[dict(label="Mật ong thô", unit="kg", price=130000,
                   norms={"mo500": 1.05, "mo1k": 1.05, "xp": 0.012},
                   supply=[("Đàn ong của thành viên", [420, 440, 460], "đàn", 15),
                           ("Hộ nuôi ong liên kết thôn Trung Lưu", [12, 12, 12], "hộ", 200)],
                   need=[("Nhu cầu cho mật ong đóng chai, hũ", ["mo500", "mo1k"]),
                         ("Nhu cầu cho xà phòng", ["xp"])]),
              dict(label="Sáp ong", unit="kg", price=250000, norms={"xp": 0.008, "son": 0.0015},
                   supply=[("Sáp thu từ đàn ong của thành viên", [420, 440, 460], "đàn", 0.3)],
                   need=[("Nhu cầu cho xà phòng, son dưỡng", ["xp", "son"])])],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Chăm sóc ong, quay mật", [2, 2, 2]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1]), ("Pha chế xà phòng, son", [1, 1, 1]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        energy={"mat": 2000, "mp": 1500},
        papers=[("Mật ong: kiểm nghiệm định kỳ, phí", [10, 10, 10]),
                ("Mỹ phẩm: kiểm nghiệm, hồ sơ Sở Y tế", [12, 12, 12]),
                ("Tem QR, duy trì nhãn hiệu", [6, 6, 6])],
        sell=0.06, tax=0.015, other=50,
        inv=[("Máy hạ thủy phần, lọc mật 40 kg/ngày", 180, True),
             ("Bồn inox, máy quay mật, máy chiết", 90, True),
             ("Phòng pha chế mỹ phẩm 40 m² và thiết bị", 230, True),
             ("Thêm 40 thùng ong và đàn giống", 80, True),
             ("Nhãn, tem QR, hồ sơ công bố hai dòng", 40, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        ov={}, knock=[]),
    "hl03": dict(
        fams=[("tra", "Trà cà gai leo", "kg", 28, 280, "máy sấy 28 kg khô/ngày"),
              ("vien", "Viên nang cà gai leo", "hộp", None, 0, "")],
        lines=[("t25", "tra", "Trà cà gai leo túi lọc, hộp 25 túi", "hộp", 0.05,
                [40000, 44000, 48000], [48000, 49500, 51000], 9000, 0),
               ("t500", "tra", "Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5,
                [6000, 6600, 7200], [110000, 113000, 116000], 4000, 0),
               ("vien", "vien", "Viên nang cà gai leo, hộp 60 viên", "hộp", 1,
                [10000, 11000, 12000], [165000, 170000, 175000], 0, 78000)],
        hist=dict(out={"tra": [4100, 4500, 4850], "vien": [0, 6000, 9000]},
                  price={"tra": [480000, 495000, 505000], "vien": [0, 160000, 160000]},
                  margin=[0.15, 0.19, 0.22]),
        raws=[dict(label="Cà gai leo tươi", unit="kg", price=9000,
                   norms={"t25": 5.0, "t500": 5.0, "vien": 0.3},
                   supply=[("Vùng trồng của công ty", [2, 2, 2], "ha", 10000),
                           ("Hộ liên kết thôn Nam Sơn, Bắc Sơn", [20, 20, 20], "hộ", 1000)],
                   need=[("Nhu cầu cho trà", ["t25", "t500"]),
                         ("Nguyên liệu giao nhà máy làm viên", ["vien"])])],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, đóng túi lọc", [3, 3, 4]), ("Kiểm soát chất lượng, kho", [1, 1, 1]),
               ("Bán hàng, nhà thuốc", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        energy={"tra": 12000, "vien": 0},
        papers=[("Trà: kiểm nghiệm định kỳ, phí", [10, 10, 10]),
                ("Viên nang: kiểm nghiệm, hậu kiểm", [20, 20, 20]),
                ("Viên nang: xác nhận quảng cáo", [6, 6, 6])],
        sell=0.09, tax=0.015, other=120,
        inv=[("Máy sấy bơm nhiệt 28 kg khô/ngày", 260, True),
             ("Máy đóng trà túi lọc tự động", 300, True),
             ("Nhà sơ chế, kho khô 150 m²", 350, True),
             ("Hồ sơ đăng ký bản công bố viên nang", 60, False),
             ("Nhãn, tem QR, đăng ký nhãn hiệu", 40, False),
             ("Vốn lưu động", 590, False)],
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.08,
        ov={}, knock=[]),
    "hl04": dict(
        fams=[("may", "Sản phẩm mây tre đan", "chiếc", None, 0, ""),
              ("keo", "Kẹo lạc mật mía", "kg", 30, 150, "nồi nấu và máy cắt 30 kg/ngày")],
        lines=[("lan", "may", "Làn mây đan tay, cỡ 30 cm", "chiếc", 1,
                [3000, 3300, 3600], [240000, 247000, 254000], 6000, 0),
               ("khay", "may", "Khay, hộp mây tre đựng đồ", "chiếc", 1,
                [4000, 4400, 4800], [130000, 134000, 138000], 4000, 0),
               ("keo", "keo", "Kẹo lạc mật mía, hộp 300 g", "hộp", 0.3,
                [6000, 6600, 7200], [42000, 43500, 45000], 3500, 0)],
        hist=dict(out={"may": [5600, 6000, 6400], "keo": [1000, 1300, 1600]},
                  price={"may": [165000, 170000, 174000], "keo": [130000, 135000, 138000]},
                  margin=[0.09, 0.10, 0.11]),
        raws=[dict(label="Mây sợi khô", unit="kg", price=60000, norms={"lan": 0.6, "khay": 0.4},
                   supply=[("Mây trồng của tổ viên", [6, 6, 6], "ha", 500),
                           ("Cơ sở sơ chế mây Phúc Lộc (hợp đồng)", [1, 1, 1], "hợp đồng", 2000)],
                   need=[("Nhu cầu cho làn, khay mây", ["lan", "khay"])]),
              dict(label="Lạc nhân", unit="kg", price=50000, norms={"keo": 0.6},
                   supply=[("Hộ trồng lạc thôn Đồng Văn", [25, 25, 25], "hộ", 150)],
                   need=[("Nhu cầu cho kẹo lạc", ["keo"])]),
              dict(label="Mật mía", unit="kg", price=30000, norms={"keo": 0.35},
                   supply=[("Lò mật mía thôn Trung Lộc (hợp đồng)", [1, 1, 1], "hợp đồng", 1000)],
                   need=[("Nhu cầu cho kẹo lạc", ["keo"])])],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ đan mây tre", [8, 9, 10]),
               ("Nấu, cắt, đóng hộp kẹo", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[4.6, 4.8, 5.0],
        energy={"may": 1500, "keo": 4000},
        papers=[("Kẹo lạc: kiểm nghiệm định kỳ, phí", [8, 8, 8]),
                ("Mây tre: thử nghiệm mối mọt, nấm mốc", [5, 5, 5]),
                ("Tem, duy trì nhãn hiệu", [4, 4, 4])],
        sell=0.06, tax=0.015, other=30,
        inv=[("Nhà xưởng đan và kho 150 m²", 260, True),
             ("Lò sấy, hun chống mốc mây tre", 90, True),
             ("Phòng nấu kẹo một chiều 30 m² và thiết bị", 150, True),
             ("Mẫu mã, nhãn, thẻ treo, tem", 30, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 25, False),
             ("Vốn lưu động", 215, False)],
        src=[("Vốn góp của tổ viên", 420), ("Vay Ngân hàng Chính sách xã hội", 350)],
        life=10, loan=[350, 250, 150], rate=0.066,
        ov={}, knock=[]),
    "hl05": dict(
        fams=[("banh", "Bánh đa", "kg", 90, 260, "lò tráng 90 kg bánh/ngày"),
              ("ruou", "Rượu nếp Trung Lễ", "lít", 54, 250, "3 nồi × 18 lít/ngày")],
        lines=[("bd", "banh", "Bánh đa vừng, túi 10 chiếc 500 g", "túi", 0.5,
                [24000, 26000, 28000], [42000, 43000, 44000], 2500, 0),
               ("bdn", "banh", "Bánh đa nem, gói 300 g", "gói", 0.3,
                [10000, 11000, 12000], [18000, 18500, 19000], 1500, 0),
               ("r500", "ruou", "Rượu nếp Trung Lễ 30 độ, chai 500 ml", "chai", 0.5,
                [12000, 13200, 14400], [70000, 72000, 74000], 8000, 0),
               ("r2l", "ruou", "Rượu nếp Trung Lễ, bình 2 lít", "bình", 2,
                [1500, 1650, 1800], [250000, 257000, 264000], 30000, 0)],
        hist=dict(out={"banh": [13000, 13800, 14400], "ruou": [7200, 7800, 8400]},
                  price={"banh": [68000, 70000, 72000], "ruou": [125000, 128000, 132000]},
                  margin=[0.10, 0.11, 0.11]),
        raws=[dict(label="Gạo tẻ", unit="kg", price=16000, norms={"bd": 0.95, "bdn": 0.95},
                   supply=[("Hộ thành viên trồng lúa", [40, 40, 40], "hộ", 500)],
                   need=[("Nhu cầu cho bánh đa", ["bd", "bdn"])]),
              dict(label="Gạo nếp", unit="kg", price=26000, norms={"r500": 1.2, "r2l": 1.2},
                   supply=[("Hộ thành viên trồng nếp", [25, 25, 25], "hộ", 600)],
                   need=[("Nhu cầu cho rượu nếp", ["r500", "r2l"])]),
              dict(label="Vừng đen", unit="kg", price=70000, norms={"bd": 0.06},
                   supply=[("Hộ trồng vừng thôn Lễ Sơn", [12, 12, 12], "hộ", 80)],
                   need=[("Nhu cầu cho bánh đa vừng", ["bd"])])],
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Tráng, phơi, sấy bánh", [5, 5, 5]),
               ("Nấu, ủ men, chưng cất rượu", [3, 3, 3]), ("Đóng gói, chiết rót", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.6, 5.9, 6.2],
        energy={"banh": 2500, "ruou": 6000},
        papers=[("Bánh đa: kiểm nghiệm định kỳ, phí", [8, 8, 8]),
                ("Rượu: kiểm nghiệm độ cồn, andehit", [12, 12, 12]),
                ("Tem QR, duy trì nhãn hiệu", [5, 5, 5])],
        sell=0.06, tax=0.015, other=50,
        inv=[("Máy lọc, khử andehit rượu", 180, True),
             ("Hệ thống chiết rót, đóng nút chai", 150, True),
             ("Kho ủ rượu 60 m² và chum sành", 160, True),
             ("Lò sấy bánh đa bằng hơi nóng", 140, True),
             ("Thiết kế nhãn, bao bì, tem QR", 45, False),
             ("Kiểm nghiệm, công bố sản phẩm", 25, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        ov={("rev", "r500", 1): 1.15},
        knock=[("rev_total", 1), ("cost", "sell", 1), ("cost", "tax", 1), ("cost_total", 1),
               ("profit", 1), ("margin", 1), ("payback",)]),
    "hl06": dict(
        fams=[("mat", "Mật ong", "kg", 30, 250, "máy hạ thủy phần 30 kg/ngày"),
              ("mp", "Xà phòng, son dưỡng", "sản phẩm", 60, 200, "bàn pha chế 60 sản phẩm/ngày")],
        lines=[("mo", "mat", "Mật ong hoa rừng, chai 500 g", "chai", 0.5,
                [3600, 4200, 4800], [175000, 180000, 185000], 9000, 0),
               ("mo1", "mat", "Mật ong hoa keo, hũ 1 kg", "hũ", 1.0,
                [1000, 1150, 1300], [235000, 240000, 245000], 12000, 0),
               ("xp", "mp", "Xà phòng mật ong, bánh 90 g", "bánh", 1,
                [4000, 5000, 6000], [40000, 41000, 42000], 4500, 0),
               ("son", "mp", "Son dưỡng sáp ong, thỏi 4 g", "thỏi", 1,
                [2000, 2500, 3000], [50000, 51000, 52000], 5500, 0)],
        hist=dict(out={"mat": [2400, 2550, 2700], "mp": [2000, 3500, 5000]},
                  price={"mat": [280000, 290000, 300000], "mp": [40000, 42000, 43000]},
                  margin=[0.12, 0.12, 0.13]),
        raws=[dict(label="Mật ong thô", unit="kg", price=150000,
                   norms={"mo": 1.05, "mo1": 1.05, "xp": 0.015},
                   supply=[("Đàn ong của hộ", [170, 170, 170], "đàn", 14),
                           ("Hộ nuôi ong thôn Tân Hương (thu mua)", [6, 6, 6], "hộ", 120)],
                   need=[("Nhu cầu cho mật ong đóng chai, hũ", ["mo", "mo1"]),
                         ("Nhu cầu cho xà phòng mật ong", ["xp"])]),
              dict(label="Sáp ong", unit="kg", price=250000, norms={"xp": 0.01, "son": 0.0012},
                   supply=[("Sáp thu từ đàn ong của hộ", [170, 170, 170], "đàn", 0.5)],
                   need=[("Nhu cầu cho xà phòng, son dưỡng", ["xp", "son"])])],
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 2]),
               ("Lọc mật, đóng chai", [1, 1, 1]), ("Làm xà phòng, son, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6],
        energy={"mat": 2000, "mp": 1200},
        papers=[("Mật ong: chứng nhận ATTP, tem QR", [4, 4, 4]),
                ("Nhãn hiệu: duy trì, thêm nhóm 3", [5, 5, 5])],
        sell=0.05, tax=0.015, other=25,
        inv=[("Máy hạ thủy phần mật ong 30 kg/ngày", 150, True),
             ("Máy quay mật, bồn lọc inox", 70, True),
             ("Khuôn, nồi inox, bàn pha chế xà phòng", 60, True),
             ("Phòng đóng chai, pha chế 25 m²", 110, True),
             ("Chai, hũ, hộp, nhãn mẫu", 40, False),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 170, 90], rate=0.066,
        ov={}, payback_printed=1.4, knock=[]),
    "hl07": dict(
        fams=[("tra", "Chè vằng", "kg", 24, 280, "máy sấy 24 kg khô/ngày"),
              ("com", "Cốm chè vằng", "hộp", None, 0, "")],
        lines=[("t25", "tra", "Trà chè vằng túi lọc, hộp 25 túi", "hộp", 0.05,
                [36000, 39000, 42000], [45000, 46500, 48000], 6000, 0),
               ("tk", "tra", "Chè vằng khô, túi 500 g", "túi", 0.5,
                [5000, 5500, 6000], [90000, 93000, 96000], 3500, 0),
               ("com", "com", "Cốm chè vằng, hộp 20 gói", "hộp", 1,
                [8000, 8800, 9600], [150000, 155000, 160000], 0, 72000)],
        hist=dict(out={"tra": [3600, 3900, 4100], "com": [0, 4000, 7000]},
                  price={"tra": [440000, 455000, 470000], "com": [0, 145000, 148000]},
                  margin=[0.12, 0.15, 0.17]),
        raws=[dict(label="Cành lá chè vằng tươi", unit="kg", price=8000,
                   norms={"t25": 4.5, "tk": 4.5, "com": 0.4},
                   supply=[("Vườn chè vằng của công ty", [4, 4, 4], "ha", 4500),
                           ("Hộ liên kết thôn Tân Hà", [14, 14, 14], "hộ", 800)],
                   need=[("Nhu cầu cho trà và chè khô", ["t25", "tk"]),
                         ("Nguyên liệu giao nhà máy làm cốm", ["com"])])],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [5, 5, 5]),
               ("Sấy, đóng túi lọc", [4, 4, 4]), ("Kho, bán hàng", [3, 3, 3])],
        wage=[5.8, 6.1, 6.4],
        energy={"tra": 10000, "com": 0},
        papers=[("Trà: kiểm nghiệm định kỳ, phí", [9, 9, 9]),
                ("Cốm: kiểm nghiệm, hồ sơ đăng ký", [18, 18, 18])],
        sell=0.09, tax=0.015, other=110,
        inv=[("Máy sấy bơm nhiệt 24 kg khô/ngày", 240, True),
             ("Máy đóng trà túi lọc", 280, True),
             ("Nhà sơ chế, kho 120 m²", 300, True),
             ("Hồ sơ đăng ký cốm chè vằng", 50, False),
             ("Bao bì, tem, nhãn hiệu", 40, False),
             ("Vốn lưu động", 390, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 380, 260], rate=0.08,
        ov={("cost_total", 2): 0.91},
        knock=[("profit", 2), ("margin", 2), ("payback",)]),
    "hl08": dict(
        fams=[("non", "Nón lá", "chiếc", None, 0, ""),
              ("cl", "Chè lam gừng", "kg", 17, 200, "nồi sên và máy cán cắt 17 kg/ngày")],
        lines=[("non", "non", "Nón lá bài thơ", "chiếc", 1,
                [5000, 5500, 6000], [120000, 124000, 128000], 5000, 0),
               ("nonq", "non", "Nón lá quai lụa, hộp quà", "chiếc", 1,
                [1500, 1650, 1800], [260000, 267000, 274000], 18000, 0),
               ("cl", "cl", "Chè lam gừng, hộp 250 g", "hộp", 0.25,
                [12000, 15000, 18000], [38000, 39000, 40000], 4000, 0)],
        hist=dict(out={"non": [5600, 5900, 6200], "cl": [2200, 2500, 2800]},
                  price={"non": [140000, 145000, 149000], "cl": [145000, 148000, 150000]},
                  margin=[0.09, 0.10, 0.10]),
        raws=[dict(label="Lá nón đã phơi, sấy", unit="kg", price=90000,
                   norms={"non": 0.25, "nonq": 0.3},
                   supply=[("Hộ cung cấp lá nón thôn Sơn Thủy", [18, 18, 18], "hộ", 120)],
                   need=[("Nhu cầu cho nón lá", ["non", "nonq"])]),
              dict(label="Gạo nếp", unit="kg", price=26000, norms={"cl": 0.55},
                   supply=[("Hộ tổ viên trồng nếp", [10, 10, 10], "hộ", 400)],
                   need=[("Nhu cầu cho chè lam", ["cl"])]),
              dict(label="Mật mía, đường, gừng, lạc", unit="kg", price=40000, norms={"cl": 0.5},
                   supply=[("Cửa hàng vật tư thôn Trung Hòa (hợp đồng)", [1, 1, 1], "hợp đồng", 3000)],
                   need=[("Nhu cầu cho chè lam", ["cl"])])],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ chằm nón", [6, 6, 7]),
               ("Làm chè lam, đóng hộp", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9],
        energy={"non": 1000, "cl": 6000},
        papers=[("Chè lam: kiểm nghiệm định kỳ, phí", [7, 7, 7]),
                ("Nón lá: thẻ treo, mẫu lưu", [3, 3, 3]),
                ("Duy trì nhãn hiệu hai nhóm", [3, 3, 3])],
        sell=0.06, tax=0.015, other=30,
        inv=[("Nhà chằm nón và kho 120 m²", 220, True),
             ("Khuôn nón, máy sấy lá", 80, True),
             ("Bếp sên, máy cán cắt chè lam", 110, True),
             ("Thiết kế hộp quà, thẻ treo, nhãn", 35, False),
             ("Vốn lưu động", 195, False)],
        src=[("Vốn góp của tổ viên", 340), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 220, 140], rate=0.066,
        ov={("profit", 0): 1.25},
        knock=[("margin", 0), ("payback",)]),
    "hl09": dict(
        fams=[("mut", "Mứt vỏ bưởi", "kg", 50, 250, "máy sấy 50 kg mứt/ngày"),
              ("td", "Tinh dầu, dầu gội bưởi", "lít", None, 0, "")],
        lines=[("m250", "mut", "Mứt vỏ bưởi, hộp 250 g", "hộp", 0.25,
                [24000, 26400, 28800], [55000, 57000, 59000], 5000, 0),
               ("m1k", "mut", "Mứt vỏ bưởi, túi 1 kg", "túi", 1.0,
                [2000, 2200, 2400], [190000, 196000, 202000], 4000, 0),
               ("td", "td", "Tinh dầu vỏ bưởi, chai 50 ml", "chai", 0.05,
                [6000, 6600, 7200], [120000, 124000, 128000], 12000, 0),
               ("dg", "td", "Dầu gội tinh dầu bưởi, chai 300 ml", "chai", 0.3,
                [5000, 5500, 6000], [95000, 98000, 101000], 18000, 0)],
        hist=dict(out={"mut": [6200, 6800, 7400], "td": [1300, 1500, 1700]},
                  price={"mut": [215000, 220000, 225000], "td": [560000, 570000, 580000]},
                  margin=[0.10, 0.11, 0.12]),
        raws=[dict(label="Vỏ bưởi tươi", unit="kg", price=3000,
                   norms={"m250": 1.6, "m1k": 1.6, "td": 200, "dg": 4},
                   supply=[("Vườn bưởi của công ty", [8, 8, 8], "ha", 3000),
                           ("Cơ sở tách múi, nước ép bưởi (hợp đồng)", [3, 3, 3], "cơ sở", 30000)],
                   need=[("Nhu cầu cho mứt", ["m250", "m1k"]),
                         ("Nhu cầu cho tinh dầu, dầu gội", ["td", "dg"])]),
              dict(label="Đường kính trắng", unit="kg", price=22000, norms={"m250": 0.6, "m1k": 0.6},
                   supply=[("Đại lý đường Hương Khê (hợp đồng)", [1, 1, 1], "hợp đồng", 7000)],
                   need=[("Nhu cầu cho mứt", ["m250", "m1k"])])],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế vỏ, sên, sấy mứt", [6, 6, 7]),
               ("Chưng cất tinh dầu, pha dầu gội", [2, 2, 2]), ("Đóng gói, kho", [2, 2, 2]),
               ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        energy={"mut": 3500, "td": 40000},
        papers=[("Mứt: kiểm nghiệm định kỳ, tem", [8, 8, 8]),
                ("Tinh dầu, dầu gội: hồ sơ Sở Y tế", [14, 14, 14]),
                ("Duy trì nhãn hiệu hai nhóm", [6, 6, 6])],
        sell=0.08, tax=0.015, other=110,
        inv=[("Máy sấy mứt 50 kg/ngày", 280, True),
             ("Nồi chưng cất tinh dầu inox 500 lít", 240, True),
             ("Phòng pha chế mỹ phẩm 40 m²", 260, True),
             ("Cải tạo xưởng mứt 100 m²", 300, True),
             ("Nhãn, bao bì, tem QR", 50, False),
             ("Vốn lưu động", 470, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[700, 550, 400], rate=0.08,
        ov={}, knock=[]),
    "hl10": dict(
        fams=[("nc", "Nước cam ép", "lít", 300, 220, "dây chuyền ép, chiết 300 lít/ngày"),
              ("vang", "Vang cam", "lít", 30, 200, "6 thùng lên men, 30 lít/ngày")],
        lines=[("nc330", "nc", "Nước cam ép, chai 330 ml", "chai", 0.33,
                [40000, 72000, 115200], [22000, 22500, 23000], 4000, 0),
               ("nc1", "nc", "Nước cam ép, chai 1 lít", "chai", 1.0,
                [5000, 9000, 14400], [58000, 59500, 61000], 7000, 0),
               ("vang", "vang", "Vang cam 12 độ, chai 750 ml", "chai", 0.75,
                [3000, 3300, 3600], [150000, 154000, 158000], 14000, 0)],
        hist=dict(out={"nc": [13500, 15200, 16800], "vang": [1500, 1800, 2100]},
                  price={"nc": [62000, 63000, 64000], "vang": [190000, 195000, 198000]},
                  margin=[0.10, 0.11, 0.11]),
        raws=[dict(label="Cam tươi", unit="kg", price=9000,
                   norms={"nc330": 2.2, "nc1": 2.2, "vang": 1.8},
                   supply=[("Vườn cam của thành viên", [10, 10, 10], "ha", 14000)],
                   need=[("Nhu cầu cho nước cam ép", ["nc330", "nc1"]),
                         ("Nhu cầu cho vang cam", ["vang"])])],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ép, thanh trùng, chiết rót", [3, 3, 3]),
               ("Lên men, lọc vang", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        energy={"nc": 2500, "vang": 4000},
        papers=[("Nước cam: kiểm nghiệm định kỳ, phí", [8, 8, 8]),
                ("Vang cam: kiểm nghiệm, hồ sơ", [12, 12, 12])],
        sell=0.06, tax=0.015, other=40,
        inv=[("Máy ép, lọc, thanh trùng nước cam", 260, True),
             ("Máy chiết rót, đóng nắp", 180, True),
             ("Thùng lên men inox và máy lọc vang", 120, True),
             ("Kho lạnh 40 m³", 140, True),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 270, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        ov={}, knock=[]),
}
# hl09's sources are short of the investment on purpose (capital-mismatch): 1.400 against 1.600.

# cost-line labels (raw materials take their own label, or "clabel")
CLABELS = {
    "hl01": dict(pack="Hộp, túi, chai, nút", energy="Điện sấy, củi nấu rượu", wage="Tiền lương",
                 papers="Duy trì giấy tờ hai dòng", sell="Bán hàng, quảng bá (8 %)",
                 tax="Thuế, phí (1,5 %)", dep="Khấu hao tài sản", int="Lãi vay", other="Chi phí khác"),
    "hl02": dict(pack="Bao bì, dầu nền, phụ liệu mỹ phẩm", energy="Điện, nước", wage="Tiền công thành viên",
                 papers="Giấy tờ, kiểm nghiệm hai dòng", sell="Bán hàng (6 %)", tax="Thuế, phí (1,5 %)",
                 dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl03": dict(pack="Bao bì trà, túi lọc", gc="Gia công viên nang (nhà máy GMP)", energy="Điện sấy",
                 wage="Tiền lương", papers="Giấy tờ theo dòng", sell="Bán hàng, nhà thuốc (9 %)",
                 tax="Thuế, phí (1,5 %)", dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl04": dict(pack="Thẻ treo, hộp, túi", energy="Điện, củi", wage="Tiền công tổ viên",
                 papers="Giấy tờ, thử nghiệm", sell="Bán hàng, hội chợ (6 %)", tax="Thuế, phí (1,5 %)",
                 dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl05": dict(pack="Túi bánh, chai, bình", energy="Điện, củi, than", wage="Tiền công",
                 papers="Kiểm nghiệm, tem hai dòng", sell="Bán hàng (6 %)", tax="Thuế, phí (1,5 %)",
                 dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl06": dict(pack="Chai, hũ, hộp giấy, vỏ son", energy="Điện", wage="Tiền công",
                 papers="Giấy tờ, nhãn hiệu", sell="Bán hàng (5 %)", tax="Thuế, phí (1,5 %)",
                 dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl07": dict(pack="Bao bì, túi lọc", gc="Gia công cốm (nhà máy GMP)", energy="Điện sấy",
                 wage="Tiền lương", papers="Giấy tờ theo dòng", sell="Bán hàng (9 %)",
                 tax="Thuế, phí (1,5 %)", dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl08": dict(pack="Hộp quà, thẻ treo, hộp chè lam", energy="Điện, củi", wage="Tiền công tổ viên",
                 papers="Giấy tờ hai nhóm hàng", sell="Bán hàng (6 %)", tax="Thuế, phí (1,5 %)",
                 dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl09": dict(pack="Hộp, túi, chai", energy="Điện sấy, hơi chưng cất", wage="Tiền lương",
                 papers="Giấy tờ theo dòng", sell="Bán hàng, quảng bá (8 %)", tax="Thuế, phí (1,5 %)",
                 dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
    "hl10": dict(pack="Chai, nắp, thùng", energy="Điện, nước", wage="Tiền công",
                 papers="Kiểm nghiệm, hồ sơ hai dòng", sell="Bán hàng (6 %)", tax="Thuế, phí (1,5 %)",
                 dep="Khấu hao", int="Lãi vay", other="Chi phí khác"),
}
# table captions (after "Bảng N. ")
CAPS = {
    "hl01": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 raw=["Cân đối quả sim chín", "Cân đối gạo nếp cái", "Cân đối đường kính trắng"],
                 staff="Lao động và tiền lương", out="Kế hoạch sản lượng theo dòng sản phẩm",
                 price="Giá bán tại cơ sở theo năm", inv="Tổng vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu theo dòng sản phẩm", cost="Chi phí sản xuất kinh doanh",
                 sum="Tổng hợp hiệu quả kinh tế"),
    "hl02": dict(hist="Kết quả hoạt động của hợp tác xã 2024 – 2026",
                 raw=["Cân đối mật ong thô", "Cân đối sáp ong"],
                 staff="Lao động của hợp tác xã",
                 out="Sản lượng dự kiến theo dòng", price="Giá bán buôn tại hợp tác xã",
                 inv="Nhu cầu vốn đầu tư", src="Cơ cấu nguồn vốn", rev="Doanh thu dự kiến",
                 cost="Chi phí dự kiến", papcost="Chi phí giấy tờ theo từng dòng",
                 sum="Hiệu quả kinh tế 2027 – 2029"),
    "hl03": dict(hist="Kết quả kinh doanh ba năm gần đây", raw=["Cân đối cà gai leo tươi"],
                 staff="Nhân sự của công ty", out="Kế hoạch sản lượng 2027 – 2029",
                 price="Giá bán theo năm", inv="Tổng mức đầu tư", src="Nguồn vốn đầu tư",
                 rev="Doanh thu theo dòng", cost="Chi phí theo khoản mục",
                 papcost="Chi phí duy trì giấy tờ từng dòng", sum="Lợi nhuận dự kiến"),
    "hl04": dict(hist="Kết quả của tổ 2024 – 2026",
                 raw=["Cân đối mây sợi khô", "Cân đối lạc nhân", "Cân đối mật mía"],
                 staff="Tổ viên và tiền công", out="Kế hoạch sản phẩm theo năm",
                 price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí", sum="Hiệu quả"),
    "hl05": dict(hist="Sản lượng, doanh thu 2024 – 2026",
                 raw=["Cân đối gạo tẻ", "Cân đối gạo nếp", "Cân đối vừng đen"],
                 equip="Năng lực thiết bị", staff="Lao động",
                 out="Kế hoạch sản xuất hai dòng", price="Giá bán dự kiến",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí",
                 sum="Hiệu quả kinh tế"),
    "hl06": dict(hist="Kết quả của hộ 2024 – 2026", raw=["Nguồn mật ong thô", "Nguồn sáp ong"],
                 staff="Lao động của hộ", out="Sản lượng theo dòng", price="Giá bán",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí",
                 papcost="Chi phí giấy tờ, nhãn hiệu", sum="Lãi dự kiến"),
    "hl07": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", raw=["Cân đối chè vằng tươi"],
                 staff="Lao động", out="Kế hoạch sản lượng", price="Giá bán",
                 inv="Tổng vốn đầu tư", src="Nguồn vốn", rev="Doanh thu theo dòng",
                 cost="Chi phí sản xuất kinh doanh", papcost="Chi phí giấy tờ theo dòng",
                 sum="Hiệu quả kinh tế"),
    "hl08": dict(hist="Kết quả của tổ hợp tác 2024 – 2026",
                 raw=["Cân đối lá nón", "Cân đối gạo nếp", "Cân đối mật mía, đường, gừng, lạc"],
                 equip="Công suất thiết bị", staff="Tổ viên, lao động",
                 out="Kế hoạch sản phẩm", price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Tổng hợp hiệu quả"),
    "hl09": dict(hist="Kết quả kinh doanh 2024 – 2026",
                 raw=["Cân đối vỏ bưởi tươi", "Cân đối đường kính trắng"],
                 staff="Lao động và lương", out="Kế hoạch sản lượng theo dòng",
                 price="Giá bán tại xưởng", inv="Tổng vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu theo dòng", cost="Chi phí", papcost="Chi phí giấy tờ theo dòng",
                 sum="Hiệu quả kinh tế"),
    "hl10": dict(hist="Kết quả của hợp tác xã 2024 – 2026", raw=["Cân đối cam tươi"],
                 equip="Công suất thiết bị", staff="Lao động", out="Kế hoạch sản lượng",
                 price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí", papcost="Chi phí hồ sơ từng dòng", sum="Hiệu quả kinh tế"),
}
for _k, _c in PLANS.items():
    _c["caps"], _c["clabels"] = CAPS[_k], CLABELS[_k]

# row labels shared by every plan
LAB = dict(hist_rev="Doanh thu (triệu đồng)", hist_profit="Lợi nhuận (triệu đồng)",
           supply_total="Cộng nguồn cung", need_total="Cộng nhu cầu", balance="Còn dư",
           staff_total="Tổng số lao động", wage="Lương bình quân (triệu đồng/tháng)",
           wage_fund="Quỹ lương (triệu đồng/năm)", inv_total="Tổng vốn đầu tư",
           src_total="Tổng nguồn vốn", rev_total="Tổng doanh thu", cost_total="Tổng chi phí",
           papers_total="Cộng chi phí giấy tờ", sum_rev="Doanh thu", sum_cost="Chi phí",
           sum_profit="Lợi nhuận", sum_margin="Tỷ suất lợi nhuận/doanh thu (%)")


def _n(x) -> str:
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:g}".replace(".", ",")


def supply_label(r: dict, row: tuple) -> str:
    lab, cnt, word, yld = row
    if word == "hợp đồng" and set(cnt) == {1}:
        return f"{lab}: {_n(yld)} {r['unit']}/năm"
    if len(set(cnt)) == 1:
        return f"{lab}: {_n(cnt[0])} {word} × {_n(yld)} {r['unit']}"
    return f"{lab} ({_n(yld)} {r['unit']}/{word})"


def _low(s: str) -> str:
    return s[0].lower() + s[1:]


def hist_label(c: dict, fk: str) -> str:
    f = next(f for f in c["fams"] if f[0] == fk)
    return f"Sản lượng {_low(f[1])} ({f[2]})"


def out_label(c: dict, fk: str) -> str:
    return "Cộng " + hist_label(c, fk)[0].lower() + hist_label(c, fk)[1:]


def use_label(c: dict, fk: str) -> str:
    f = next(f for f in c["fams"] if f[0] == fk)
    return f"Sử dụng công suất {_low(f[1])} (%)"


# --------------------------------------------------------------------------- the model
def model(k: str, printed: bool = True) -> dict:
    """Every figure of plan k: `printed=False` the true values, `True` what the plan prints
    (its planted numeric overrides applied, the figures computed from them following)."""
    c = PLANS[k]
    ov = c["ov"] if printed else {}

    def o(key, v):
        return v * ov[key] if key in ov else v

    m: dict = {}
    lines = {ln[0]: ln for ln in c["lines"]}
    fams = {f[0]: f for f in c["fams"]}
    m["packs"] = {lk: list(ln[5]) for lk, ln in lines.items()}
    m["price"] = {lk: list(ln[6]) for lk, ln in lines.items()}
    m["out_line"] = {lk: [ln[5][y] * ln[4] for y in Y] for lk, ln in lines.items()}
    m["out"] = {fk: [sum(m["out_line"][lk][y] for lk, ln in lines.items() if ln[1] == fk) for y in Y]
                for fk in fams}
    m["cap"] = {fk: f[3] * f[4] for fk, f in fams.items() if f[3]}
    m["use"] = {fk: [m["out"][fk][y] / m["cap"][fk] * 100 for y in Y] for fk in m["cap"]}
    m["rev"] = {lk: [o(("rev", lk, y), ln[5][y] * ln[6][y] / 1e6) for y in Y] for lk, ln in lines.items()}
    m["rev_total"] = [sum(m["rev"][lk][y] for lk in lines) for y in Y]
    m["rev_growth"] = [None] + [(m["rev_total"][y] / m["rev_total"][y - 1] - 1) * 100 for y in (1, 2)]
    # raw materials
    m["raws"] = []
    for r in c["raws"]:
        rows = [[cnt[y] * yld for y in Y] for (_lab, cnt, _w, yld) in r["supply"]]
        supply = [sum(x[y] for x in rows) for y in Y]
        needs = [[sum(m["out_line"][lk][y] * r["norms"].get(lk, 0) for lk in group) for y in Y]
                 for (_lab, group) in r["need"]]
        need = [sum(m["out_line"][lk][y] * nrm for lk, nrm in r["norms"].items()) for y in Y]
        m["raws"].append(dict(rows=rows, supply=supply, needs=needs, need=need,
                              balance=[supply[y] - need[y] for y in Y],
                              cost=[need[y] * r["price"] / 1e6 for y in Y]))
    # staff and wages
    m["staff"] = [sum(n[y] for _r, n in c["roles"]) for y in Y]
    m["wage"] = list(c["wage"])
    m["wage_fund"] = [m["staff"][y] * c["wage"][y] * 12 for y in Y]
    # investment and sources
    m["inv_total"] = sum(v for _l, v, _f in c["inv"])
    m["fixed"] = sum(v for _l, v, f in c["inv"] if f)
    m["src_total"] = sum(v for _l, v in c["src"])
    m["src_share"] = [v / m["src_total"] * 100 for _l, v in c["src"]]
    m["inv_share"] = [v / m["inv_total"] * 100 for _l, v, _f in c["inv"]]
    m["dep"] = m["fixed"] / c["life"]
    # costs
    cost = {}
    for i, r in enumerate(m["raws"]):
        cost[f"raw{i}"] = r["cost"]
    cost["pack"] = [sum(ln[5][y] * ln[7] for ln in lines.values()) / 1e6 for y in Y]
    if any(ln[8] for ln in lines.values()):
        cost["gc"] = [sum(ln[5][y] * ln[8] for ln in lines.values()) / 1e6 for y in Y]
    cost["energy"] = [sum(m["out"][fk][y] * c["energy"].get(fk, 0) for fk in fams) / 1e6 for y in Y]
    cost["wage"] = m["wage_fund"]
    m["papers"] = [list(v) for _l, v in c["papers"]]
    m["papers_total"] = [sum(v[y] for _l, v in c["papers"]) for y in Y]
    cost["papers"] = m["papers_total"]
    cost["sell"] = [o(("cost", "sell", y), c["sell"] * m["rev_total"][y]) for y in Y]
    cost["tax"] = [o(("cost", "tax", y), c["tax"] * m["rev_total"][y]) for y in Y]
    cost["dep"] = [m["dep"]] * 3
    cost["int"] = [c["loan"][y] * c["rate"] for y in Y]
    cost["other"] = [c["other"]] * 3
    m["cost"] = cost
    m["cost_sum"] = [sum(v[y] for v in cost.values()) for y in Y]
    m["cost_total"] = [o(("cost_total", y), m["cost_sum"][y]) for y in Y]
    m["profit"] = [o(("profit", y), m["rev_total"][y] - m["cost_total"][y]) for y in Y]
    m["margin"] = [m["profit"][y] / m["rev_total"][y] * 100 for y in Y]
    m["avg_profit"] = sum(m["profit"]) / 3
    pb = m["inv_total"] / (m["avg_profit"] + m["dep"])
    m["payback"] = round(c["payback_printed"] if printed and c.get("payback_printed") else pb, 1)
    m["payback_nodep"] = m["inv_total"] / m["avg_profit"]
    # history
    h = c["hist"]
    m["hist_rev"] = [sum(h["out"][fk][y] * h["price"][fk][y] for fk in fams) / 1e6 for y in Y]
    m["hist_profit"] = [m["hist_rev"][y] * h["margin"][y] for y in Y]
    return m


def cost_labels(c: dict) -> dict:
    """The cost table's row label of each cost key (raw materials with their price)."""
    labs = {}
    for i, r in enumerate(c["raws"]):
        labs[f"raw{i}"] = f"{r['label']} ({_n(r['price'])} đ/{r['unit']})"
    labs.update(c["clabels"])
    return labs


# --------------------------------------------------------------------------- what each plan is
READY = ("hl01", "hl02", "hl03", "hl04")
SKETCHY = ("hl11", "hl12")
RULES = {
    "hl05": ["no-alcohol-license", "no-environment-measures", "revenue-mismatch"],
    "hl06": ["material-shortfall", "no-product-standard", "payback-mismatch"],
    "hl07": ["outdated-policy", "table-total-mismatch", "figure-inconsistent"],
    "hl08": ["capacity-exceeded", "profit-mismatch", "boilerplate"],
    "hl09": ["no-food-safety", "capital-mismatch", "name-inconsistent"],
    "hl10": ["no-label-plan", "no-quality-control", "unrealistic-growth"],
}
ENV_WORDS = (r"môi trường|chất thải|nước thải|xử lý|biogas|\bbã\b|\brác\b|\bkhói\b|\bmùi\b|bể lắng|"
             r"ô nhiễm|hố lắng|phân bón|\bủ phân")
STANDARD_WORDS = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng"
LABEL_WORDS = r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn"
QC_WORDS = r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát|lưu mẫu|HACCP|\bISO\b"
FOOD_SAFETY_WORDS = r"an toàn thực phẩm|\bATTP\b|15/2018|vệ sinh|cam kết"
LICENCE_WORDS = r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công"
DATE_TO = re.compile(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", re.I)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        import yaml

        self.meta = yaml.safe_load(self.text.split("---", 2)[1])
        self.tabs: dict[str, list[list[str]]] = {}
        cap, started = None, False
        for line in self.body.splitlines():
            s = line.strip()
            if mm := re.match(r"^\**Bảng \d+\. (.+?)\**$", s):
                cap, started = mm.group(1), False
                self.tabs[cap] = []
            elif s.startswith("|") and cap is not None:
                cells = [x.strip() for x in s.strip("|").split("|")]
                if all(re.fullmatch(r"-+", x) for x in cells):
                    continue
                self.tabs[cap].append(cells)
                started = True
            elif s and started and not s.startswith("ĐVT"):
                cap, started = None, False

    def tab(self, cap: str) -> list[list[str]]:
        if cap not in self.tabs:
            self.failures.append(f"table not found: {cap}")
            return []
        return self.tabs[cap]

    def vals(self, cap: str, label: str, n: int = 3) -> list[float]:
        for r in self.tab(cap):
            if label in r[:2]:
                cells = r[-n:]
                try:
                    return [0.0 if x in ("–", "-") else vn(x) for x in cells]
                except ValueError:
                    break
        self.failures.append(f"row not found: {cap} / {label}")
        return [0.0] * n


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.11)


def check_full(p: Plan, k: str) -> None:
    c, P, T = PLANS[k], model(k, True), model(k, False)
    planted, knock = set(c["ov"]), set(c["knock"])
    if c.get("payback_printed"):
        planted.add(("payback",))
    caps = c["caps"]

    def cmp(key, got, pv, tv, what):
        if not _near(got, pv):
            p.failures.append(f"{what}: plan prints {got}, model gives {pv:.2f}")
        if key in planted:
            if not off(pv, tv, 5):
                p.failures.append(f"{what}: planted defect only {pv:.2f} against true {tv:.2f}")
        elif not _near(pv, tv) and key not in knock:
            p.failures.append(f"{what}: {pv:.2f} differs from true {tv:.2f} and is not planted")

    def row(key0, cap, label, pv, tv, n=3):
        got = p.vals(cap, label, n)
        for y in range(n):
            key = (key0, y) if isinstance(key0, str) else (*key0, y)
            cmp(key, got[y], pv[y], tv[y], f"{cap} / {label} / {y}")
        return got

    # history
    for fk, *_ in c["fams"]:
        row(("hist_out", fk), caps["hist"], hist_label(c, fk), c["hist"]["out"][fk], c["hist"]["out"][fk])
    row("hist_rev", caps["hist"], LAB["hist_rev"], P["hist_rev"], T["hist_rev"])
    row("hist_profit", caps["hist"], LAB["hist_profit"], P["hist_profit"], T["hist_profit"])
    # raw materials
    md_need, md_supply = [], []
    for i, r in enumerate(c["raws"]):
        cap, mp, mt = caps["raw"][i], P["raws"][i], T["raws"][i]
        for j, srow in enumerate(r["supply"]):
            row(("sup", i, j), cap, supply_label(r, srow), mp["rows"][j], mt["rows"][j])
        sup = row(("supply", i), cap, LAB["supply_total"], mp["supply"], mt["supply"])
        needs = [row(("need", i, j), cap, lab, mp["needs"][j], mt["needs"][j]) for j, (lab, _g) in enumerate(r["need"])]
        labels = [x[1] for x in p.tab(cap)]
        if LAB["need_total"] in labels:
            row(("need_total", i), cap, LAB["need_total"], mp["need"], mt["need"])
        if LAB["balance"] in labels:
            row(("balance", i), cap, LAB["balance"], mp["balance"], mt["balance"])
        md_need.append([sum(x[y] for x in needs) for y in Y])
        md_supply.append(sup)
        p.check(all(_near(md_need[-1][y], mt["need"][y]) for y in Y), f"{cap}: need rows do not add to the need")
    # equipment
    if "equip" in caps:
        for fk, lab, base, rating, days, text in c["fams"]:
            if rating:
                got = p.vals(caps["equip"], lab, 1)[0]
                cmp(("cap", fk), got, P["cap"][fk], T["cap"][fk], f"capacity {fk}")
                p.check(_near(got, rating * days), f"capacity {fk}: {got} != {rating} × {days}")
    # staff
    for lab, v in c["roles"]:
        row(("role", lab), caps["staff"], lab, v, v)
    row("staff", caps["staff"], LAB["staff_total"], P["staff"], T["staff"])
    row("wage", caps["staff"], LAB["wage"], P["wage"], T["wage"])
    fund = row("wage_fund", caps["staff"], LAB["wage_fund"], P["wage_fund"], T["wage_fund"])
    staff = p.vals(caps["staff"], LAB["staff_total"])
    wage = p.vals(caps["staff"], LAB["wage"])
    p.check(all(_near(fund[y], staff[y] * wage[y] * 12) for y in Y), "wage fund != staff × wage × 12")
    # output, prices, revenue
    md_rev_lines = []
    for ln in c["lines"]:
        lk = ln[0]
        packs = row(("packs", lk), caps["out"], f"{ln[2]} ({ln[3]})", P["packs"][lk], T["packs"][lk])
        price = row(("price", lk), caps["price"], ln[2], P["price"][lk], T["price"][lk])
        rev = row(("rev", lk), caps["rev"], ln[2], P["rev"][lk], T["rev"][lk])
        md_rev_lines.append(rev)
        for y in Y:
            ok = _near(rev[y], packs[y] * price[y] / 1e6)
            if ("rev", lk, y) in planted:
                p.check(off(rev[y], packs[y] * price[y] / 1e6, 5), f"planted revenue {lk} {y} not off")
            else:
                p.check(ok, f"revenue {lk} {y}: {rev[y]} != {packs[y]} × {price[y]}")
    out_labels = [x[1] for x in p.tab(caps["out"])]
    md_out = {}
    for fk, lab, base, rating, *_ in c["fams"]:
        md_out[fk] = row(("out", fk), caps["out"], out_label(c, fk), P["out"][fk], T["out"][fk])
        if rating and use_label(c, fk) in out_labels:
            row(("use", fk), caps["out"], use_label(c, fk), P["use"][fk], T["use"][fk])
    rev_total = row("rev_total", caps["rev"], LAB["rev_total"], P["rev_total"], T["rev_total"])
    p.check(all(_near(rev_total[y], sum(x[y] for x in md_rev_lines)) for y in Y), "revenue total != its lines")
    # investment and sources
    inv = [p.vals(caps["inv"], lab, 1)[0] for lab, v, f in c["inv"]]
    for (lab, v, f), got in zip(c["inv"], inv):
        cmp(("inv", lab), got, v, v, f"investment {lab}")
    inv_total = p.vals(caps["inv"], LAB["inv_total"], 1)[0]
    cmp("inv_total", inv_total, P["inv_total"], T["inv_total"], "investment total")
    p.check(_near(inv_total, sum(inv)), "investment items do not add up")
    src = [p.vals(caps["src"], lab, 2) for lab, v in c["src"]]
    for (lab, v), got, sh in zip(c["src"], src, P["src_share"]):
        cmp(("src", lab), got[0], v, v, f"source {lab}")
        cmp(("share", lab), got[1], sh, sh, f"share {lab}")
    src_total = p.vals(caps["src"], LAB["src_total"], 2)[0]
    p.check(_near(src_total, sum(x[0] for x in src)), "sources do not add up to their total")
    if "capital-mismatch" in RULES.get(k, []):
        p.check(off(src_total, inv_total, 5), f"planted capital-mismatch: {src_total} vs {inv_total} not off")
    else:
        p.check(_near(src_total, inv_total), f"sources {src_total} != investment {inv_total}")
    # costs
    labs = cost_labels(c)
    md_cost = []
    for key in P["cost"]:
        md_cost.append(row(("cost", key), caps["cost"], labs[key], P["cost"][key], T["cost"][key]))
    cost_total = row("cost_total", caps["cost"], LAB["cost_total"], P["cost_total"], T["cost_total"])
    for y in Y:
        s = sum(x[y] for x in md_cost)
        if ("cost_total", y) in planted:
            p.check(off(cost_total[y], s, 5), f"planted cost total {y} not off")
        else:
            p.check(_near(cost_total[y], s), f"cost total {y}: {cost_total[y]} != lines {s:.1f}")
    md_sell = p.vals(caps["cost"], labs["sell"])
    p.check(all(_near(md_sell[y], c["sell"] * rev_total[y]) for y in Y), "selling cost != share × revenue")
    if "papcost" in caps:
        for lab, v in c["papers"]:
            row(("pap", lab), caps["papcost"], lab, v, v)
        pt = row("papers_total", caps["papcost"], LAB["papers_total"], P["papers_total"], T["papers_total"])
        p.check(all(_near(pt[y], md_cost[list(P["cost"]).index("papers")][y]) for y in Y),
                "papers total != the cost line")
    # summary
    s_rev = row("rev_total", caps["sum"], LAB["sum_rev"], P["rev_total"], T["rev_total"])
    s_cost = row("cost_total", caps["sum"], LAB["sum_cost"], P["cost_total"], T["cost_total"])
    s_profit = row("profit", caps["sum"], LAB["sum_profit"], P["profit"], T["profit"])
    row("margin", caps["sum"], LAB["sum_margin"], P["margin"], T["margin"])
    for y in Y:
        if ("profit", y) in planted:
            p.check(off(s_profit[y], s_rev[y] - s_cost[y], 5), f"planted profit {y} not off")
        else:
            p.check(_near(s_profit[y], s_rev[y] - s_cost[y]), f"profit {y} != revenue - cost")
    # payback as printed
    mm = re.search(r"hoàn vốn khoảng ([\d,]+) năm", p.body)
    if not mm:
        p.failures.append("payback not stated")
    else:
        pb = vn(mm.group(1))
        cmp(("payback",), pb, P["payback"], T["payback"], "payback")
        calc = inv_total / (sum(s_profit) / 3 + P["dep"])
        if ("payback",) in planted:
            p.check(off(pb, calc, 5), f"planted payback {pb} not off against {calc:.2f}")
        else:
            p.check(abs(pb - calc) <= 0.051 + 0.01 * calc, f"payback {pb} != {calc:.2f}")
    # raw material need against supply
    shortfall = [(i, y) for i in range(len(c["raws"])) for y in Y if md_need[i][y] > md_supply[i][y]]
    if "material-shortfall" in RULES.get(k, []):
        p.check(any(off(md_need[i][y], md_supply[i][y], 5) for i, y in shortfall), "planted shortfall not > 5 %")
    else:
        p.check(not shortfall, f"need exceeds supply: {shortfall}")
    # output against capacity
    over = [(fk, y) for fk in P["cap"] for y in Y if md_out[fk][y] > P["cap"][fk]]
    if "capacity-exceeded" in RULES.get(k, []):
        p.check(any(off(md_out[fk][y], P["cap"][fk], 5) for fk, y in over), "planted capacity not > 5 % over")
    else:
        p.check(not over, f"output exceeds capacity: {over}")
    # growth of the true revenue; history to the first plan year
    g = [T["rev_growth"][1], T["rev_growth"][2]]
    if "unrealistic-growth" in RULES.get(k, []):
        p.check(min(g) > 35, f"planted growth only {g}")
    else:
        p.check(max(g) <= 25, f"revenue growth {g} above 25 %")
    p.check(T["rev_total"][0] / T["hist_rev"][2] - 1 <= 0.2, "2027 revenue more than 20 % above 2026")
    p.check(all(0 < x < 40 for x in T["margin"]), f"true margins {T['margin']}")
    if k in READY:
        p.check(all(u <= 85 for v in T["use"].values() for u in v), "ready plan above 85 % of capacity")
        p.check(all(r["balance"][y] >= 0.05 * r["need"][y] for r in T["raws"] for y in Y),
                "ready plan with less than 5 % supply to spare")


def check_text(p: Plan, k: str) -> None:
    full = k not in SKETCHY
    for f in p.meta["expected"]["figures"]:
        p.has(f["text"])
    if k == "hl08":
        p.check(len(re.findall(PLACEHOLDER, p.body)) == 1, "hl08 must keep exactly one placeholder")
        p.has("[tên sản phẩm]")
    else:
        p.lacks(PLACEHOLDER, "template placeholder")
    if full and k != "hl07":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or district level")
    if k in READY:
        p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "kiểm soát nội bộ", "lưu mẫu")
        for w in ("nhãn hiệu", "truy xuất"):
            p.check(bool(re.search(w, p.body, re.I)), f"ready plan without {w}")
        p.check("TCCS" in p.body or "tiêu chuẩn cơ sở" in p.body, "no product standard in a ready plan")
        p.check(bool(re.search("thử nghiệm|kiểm nghiệm", p.body)), "no test report in a ready plan")
        p.check(bool(re.search("đăng ký môi trường|không phải đăng ký môi trường", p.body)),
                "no environmental paper in a ready plan")
        for d_, m_, y_ in DATE_TO.findall(p.body):
            p.check(int(y_) >= 2030, f"a paper of a ready plan ends {d_}/{m_}/{y_}")
    if k == "hl01":
        p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "17/2020/NĐ-CP",
              "QCVN 6-3:2010/BYT", "44/2019/QH14", "Chỉ dòng rượu", "nhóm 29 và 33")
    if k == "hl02":
        p.has("Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "phiếu công bố sản phẩm mỹ phẩm", "Sở Y tế",
              "Sở Nông nghiệp và Môi trường", "nhóm 3", "không ghi công dụng chữa bệnh")
    if k == "hl03":
        p.has("Giấy tiếp nhận đăng ký bản công bố sản phẩm", "GMP", "không phải là thuốc",
              "không ghi công dụng chữa bệnh", "Giấy xác nhận nội dung quảng cáo", "nhóm 5 và nhóm 30")
    if k == "hl04":
        p.has("Không áp dụng (không phải thực phẩm)", "19/2027/GCNATTP-SCT", "nhóm 20", "aflatoxin")
    if k == "hl05":
        p.lacks(LICENCE_WORDS, "hl05 must have no alcohol licence")
        p.lacks(ENV_WORDS, "hl05 must have no environmental measure")
        p.has("chưng cất", "30 % vol", "Chứng nhận cơ sở đủ điều kiện ATTP", "không cần làm thêm thủ tục riêng")
    if k == "hl06":
        p.lacks(STANDARD_WORDS, "hl06 must have no product standard or declaration")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "tem QR", "đủ nguyên liệu cho cả mật ong")
        labels = [r[1] for r in p.tabs.get(PLANS[k]["caps"]["raw"][0], [])]
        p.check(LAB["balance"] not in labels and LAB["need_total"] not in labels, "hl06 honey table has a balance")
    if k == "hl07":
        p.has("1048/QĐ-TTg", "919/QĐ-TTg", "38/2012/NĐ-CP", "43/2014/TT-BYT", "cấp huyện", "UBND huyện",
              "vườn chè vằng 6 ha", "Vườn chè vằng của công ty 4 ha")
        p.lacks(r"148/QĐ-TTg|1489", "hl07 must not cite the current OCOP decisions")
    if k == "hl08":
        p.has("không đầu tư thêm máy", "giữ 3 người", "Không áp dụng")
    if k == "hl09":
        p.lacks(FOOD_SAFETY_WORDS, "hl09 must have no food-safety paper")
        p.check(all(p.body[mm.end():].startswith(" sản xuất mỹ phẩm")
                    for mm in re.finditer("đủ điều kiện", p.body)), "hl09: 'đủ điều kiện' outside cosmetics")
        p.check(p.count("Mứt bưởi Gia Phố") >= 3, "hl09: the other brand fewer than 3 times")
        p.check(p.count("Mứt vỏ bưởi Phúc Đồng") >= 3, "hl09: own product name fewer than 3 times")
        p.has("bảo đảm đủ vốn", "phiếu công bố sản phẩm mỹ phẩm", "TCCS 01:2025/PĐ")
    if k == "hl10":
        p.lacks(LABEL_WORDS, "hl10 must have no label plan")
        p.lacks(QC_WORDS, "hl10 must have no quality control or traceability")
        p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "giữ nguyên 7 lao động",
              "tăng 80 % năm 2028", "60 % năm 2029", "đăng ký môi trường", "TCCS 01:2025/HTXHM")
    if k in SKETCHY:
        words = len(re.findall(r"\w+", p.body))
        p.check(150 <= words <= 350, f"sketchy plan has {words} words")
        p.check(not p.rows, "sketchy plan has a table")
        p.lacks(r"an toàn thực phẩm|\bATTP\b|tiêu chuẩn|công bố|nhãn|giấy phép|truy xuất|môi trường",
                "a paper in a sketchy plan")
        if k == "hl11":
            p.has("chưa đăng ký kinh doanh")
        if k == "hl12":
            p.has("đã đăng ký hộ kinh doanh")


def main(argv=None) -> int:
    keys = list(argv or [])
    stems = sorted(f.stem for f in (HERE / "src").glob("*.md"))
    plans = []
    for stem in stems:
        k = stem[:4]
        if keys and k not in keys:
            continue
        p = Plan(stem)
        if k in PLANS:
            check_full(p, k)
        check_text(p, k)
        exp = p.meta["expected"]
        p.check(exp["rules"] == RULES.get(k, []), f"front matter rules {exp['rules']}")
        want = "ready" if k in READY else "sketchy" if k in SKETCHY else "revise"
        p.check(exp["verdict"] == want, f"front matter verdict {exp['verdict']}")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
