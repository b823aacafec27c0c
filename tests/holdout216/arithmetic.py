"""The 216th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout216/arithmetic.py [hi01 hi05 ...]

Theme: tables pasted from Excel with the number format of an English-language spreadsheet
("1,250,000", "12,500.5", "0.35", "1,250,000.00", "12.5%", "(25,000)") beside running text written
the Vietnamese way ("1.250.000 đồng", "0,35 kg"). Each full plan (hi01-hi10) says which of its
tables are "en" (pasted from Excel) and which are "vn" (typed in Word); the parser below reads each
table with its own convention, and the prose with the Vietnamese one.

For every full plan the constants give the products (pack size in the plan's base unit, prices and
packs per year, packaging cost per pack), the 2024-2026 history (output, average price, profit),
the raw materials (norm per base unit, price, supply rows as count x yield), the rated capacity
(per day x days, or vats x litres), staff by role and the monthly wage, the energy cost per base
unit, the selling and tax shares of revenue, a fixed "other" line, the investment items (fixed or
not), the capital sources, asset life, loan balances and rate. `model()` turns them into every
figure the plan prints; the throw-away generator (outside the repository) and this checker share
it. Planted numeric defects are overrides of printed figures (`plant`); `model(k, printed=False)`
gives the true chain beside them.

The checker reads every numeric table back from the plan's source (found by its caption "Bảng N.")
and compares every cell with the model, then redoes the reviewer's arithmetic on the printed
numbers: history revenue = output x price; supply rows, their sum, need = output x norm, balance;
staff and wage fund; packs x size = output, capacity and its use; investment and source totals,
shares, sources = investment; revenue lines = packs x price of the same year, their total; every
cost line from its base (need x price, packs x pack cost, output x energy, wage fund,
fixed assets / life, loan x rate, share x revenue, the fixed line) and the cost total; profit =
revenue - cost, margin; the cash table (profit + depreciation, cumulative from minus the
investment); payback as the text states it = investment / (average profit + depreciation); growth
of revenue and output. Planted numeric defects must be off by more than 5 % (the true value beside
them), everything else right within 1 %. Textual defects are asserted through the absence or
presence of their words; ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced
instrument or district level. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year], pack cost đ)
# hist: output per year 2024-2026 (base units), average price đ/base unit, profit triệu (may be < 0)
# raws: name, unit, norm per base unit, price đ per unit, supply rows (label, [count/year], word, yield)
# cap: (rating per day or per vat, days or vats, text of the rating)
# roles: (role, [staff per year]); wage: triệu đồng a month per year
# energy: đ per base unit; sell, tax: shares of revenue; other: triệu a year
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year; rate
# en: tables pasted from Excel (English number format); money: table -> "tr" | "ng" | "d"
# x00: tables whose money cells keep Excel's ".00"; order: the tables in the plan's order
# plant: printed overrides; expect_off: the reviewer checks the planted defects make fail
PLANS: dict[str, dict] = {
    "hi01": dict(
        unit="kg", raw_label="Gạo nếp, thịt lợn",
        products=[("Bánh ram cấp đông, hộp 10 cái (400 g)", "hộp", 0.4, [52000, 54000, 56000],
                   [20000, 22000, 24000], 5000),
                  ("Bánh ram kèm bánh mướt, khay 600 g", "khay", 0.6, [72000, 75000, 78000],
                   [12000, 13200, 14400], 6500),
                  ("Bánh ram mini chiên sẵn, túi 300 g", "túi", 0.3, [42000, 44000, 46000],
                   [15000, 16500, 18000], 3500)],
        hist=dict(out=[14200, 15800, 17600], price=[118000, 122000, 125000],
                  profit=[95.4, 168.2, 221.5]),
        raws=[dict(name="gạo nếp", unit="kg", norm=0.5, price=30000,
                   supply=[("Hộ trồng nếp thôn Đông Tiến", [20, 20, 20], "hộ", 450),
                           ("HTX Nông nghiệp Tùng Lộc (hợp đồng)", [1, 1, 1], "HTX", 5000)]),
              dict(name="thịt lợn", unit="kg", norm=0.12, price=125000,
                   supply=[("Cơ sở giết mổ Hồng Hà (hợp đồng)", [1, 1, 1], "cơ sở", 3200)])],
        cap=(100, 300, "100 kg/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Xay bột, làm nhân, nặn, chiên", [5, 6, 6]),
               ("Cấp đông, đóng gói, kho", [2, 2, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=8000, sell=0.05, tax=0.015, other=60,
        inv=[("Tủ cấp đông nhanh và kho lạnh 20 m³", 420, True),
             ("Máy xay bột nước, máy trộn nhân", 160, True),
             ("Dây chuyền chiên, ly tâm tách dầu", 230, True),
             ("Cải tạo xưởng một chiều 180 m²", 350, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 60, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        en={"hist", "raw", "staff", "prod", "price", "inv", "src", "rev", "cost", "sum", "cash"},
        x00={"price"},
        order=["hist", "comp", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev",
               "cost", "sum", "cash", "legal", "sched"],
        plant={}, expect_off=set()),
    "hi02": dict(
        unit="lít", raw_label="Cá cơm tươi, muối hạt",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [95000, 98000, 100000],
                   [14000, 15000, 16000], 9000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [70000, 72000, 74000],
                   [8000, 8600, 9200], 5000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [210000, 215000, 220000],
                   [900, 950, 1000], 12000)],
        hist=dict(out=[16500, 17600, 18600], price=[98000, 100000, 103000],
                  profit=[140.2, 165.8, 190.4]),
        raws=[dict(name="cá cơm", unit="kg", norm=1.3, price=22000, nd=1,
                   supply=[("Thuyền lưới vây của thành viên", [8, 8, 8], "thuyền", 3000),
                           ("Nậu vựa cảng Cẩm Nhượng (hợp đồng)", [1, 1, 1], "vựa", 9000)]),
              dict(name="muối hạt", unit="kg", norm=0.4, price=4000, nd=1,
                   supply=[("Diêm dân thôn Hải Hà (hợp đồng)", [1, 1, 1], "hợp đồng", 10000)])],
        cap=(500, 56, "56 thùng gỗ × 500 lít/năm"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Muối chượp, chăm thùng", [4, 4, 4]),
               ("Lọc, chiết chai, đóng thùng", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=3000, sell=0.05, tax=0.015, other=70,
        inv=[("16 thùng gỗ mít ủ chượp 2 m³", 320, True),
             ("Nhà ủ chượp mái tôn cách nhiệt 150 m²", 380, True),
             ("Hệ thống lọc, chiết rót bán tự động", 210, True),
             ("Bể thu gom, xử lý nước rửa và nước muối", 140, True),
             ("Bao bì, nhãn, mã vạch", 50, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 370, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=12, loan=[700, 560, 420], rate=0.08,
        en={"rev", "cost"},
        order=["comp", "hist", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev",
               "cost", "sum", "legal", "sched"],
        plant={}, expect_off=set()),
    "hi03": dict(
        unit="kg", raw_label="Mật ong thô (tự nuôi, thu mua)",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [210000, 220000, 230000],
                   [3600, 3900, 4200], 9000),
                  ("Mật ong hoa keo, hũ thủy tinh 1 kg", "hũ", 1, [280000, 290000, 300000],
                   [1500, 1600, 1700], 15000),
                  ("Mật ong hoa rừng, lọ quà 250 g", "lọ", 0.25, [120000, 125000, 130000],
                   [2000, 2200, 2400], 7000)],
        hist=dict(out=[2900, 3200, 3500], price=[330000, 345000, 355000],
                  profit=[-25.0, 128.4, 162.3]),
        raws=[dict(name="mật ong thô", unit="kg", norm=1.05, price=140000,
                   supply=[("Đàn ong của hộ", [240, 250, 260], "đàn", 14),
                           ("Hộ nuôi ong thôn Khe Cò (hợp đồng)", [12, 12, 12], "hộ", 130)])],
        cap=(30, 200, "30 kg/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Chăm đàn ong, quay mật", [3, 3, 3]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 2]), ("Bán hàng trực tuyến", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=5000, sell=0.06, tax=0.015, other=25,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 185, True),
             ("Bổ sung 40 thùng ong và đàn giống", 96, True),
             ("Phòng lọc, đóng chai 36 m² ốp inox", 150, True),
             ("Máy quay mật, bồn lắng inox", 64, True),
             ("Chai, hũ, nhãn, tem truy xuất", 35, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, False),
             ("Vốn lưu động", 245, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 350)],
        life=8, loan=[350, 250, 150], rate=0.08,
        en={"hist", "raw", "staff", "prod", "price", "inv", "src", "rev", "cost", "sum", "cash"},
        money={"hist": "ng", "inv": "d", "rev": "ng", "cost": "ng", "sum": "ng"},
        x00={"inv"},
        order=["hist", "comp", "raw", "staff", "prod", "price", "inv", "src", "rev", "cost",
               "sum", "cash", "legal", "sched"],
        plant={}, expect_off=set()),
    "hi04": dict(
        unit="chiếc", raw_label="Gỗ xẻ, dầu lau gỗ",
        products=[("Khay trà gỗ xoan đào chạm hoa sen", "chiếc", 1, [450000, 465000, 480000],
                   [1500, 1650, 1800], 25000),
                  ("Hộp đựng chè gỗ keo hai ngăn", "chiếc", 1, [180000, 185000, 190000],
                   [4000, 4400, 4800], 12000),
                  ("Bộ đĩa, thìa gỗ nhãn 6 món", "bộ", 1, [150000, 155000, 160000],
                   [3000, 3300, 3600], 10000)],
        hist=dict(out=[6800, 7300, 7900], price=[190000, 200000, 205000],
                  profit=[160.1, 190.8, 225.4]),
        raws=[dict(name="gỗ xẻ", unit="m³", norm=0.006, price=7500000, d=1, nd=3, yd=1,
                   supply=[("Xưởng xẻ gỗ rừng trồng Hòa Lạc (hợp đồng)", [1, 1, 1], "xưởng", 45),
                           ("Gỗ nhãn, gỗ xoan của hộ trong xã", [25, 25, 25], "hộ", 0.9)]),
              dict(name="dầu lau gỗ gốc nước", unit="lít", norm=0.05, price=180000, nd=2,
                   supply=[("Đại lý sơn Minh Phát (hợp đồng)", [1, 1, 1], "đại lý", 600)])],
        cap=(48, 280, "2 đầu khắc × 24 chiếc/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ mộc, thợ khắc", [3, 4, 5]),
               ("Chà nhám, lau dầu, hoàn thiện", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.6, 5.9, 6.2], energy=6000, sell=0.06, tax=0.015, other=50,
        inv=[("Máy CNC khắc gỗ 2 đầu", 380, True),
             ("Máy chà nhám thùng, máy cưa bàn", 120, True),
             ("Hệ thống hút bụi túi vải", 90, True),
             ("Cải tạo nhà xưởng 200 m²", 260, True),
             ("Lò sấy gỗ hơi nóng 5 m³", 150, True),
             ("Thiết kế mẫu, thẻ treo, hộp quà", 40, False),
             ("Đăng ký nhãn hiệu, xây dựng tiêu chuẩn", 25, False),
             ("Vốn lưu động", 335, False)],
        src=[("Vốn góp của tổ viên", 700), ("Vay Ngân hàng Chính sách xã hội", 400),
             ("Vay Quỹ hỗ trợ nông dân tỉnh", 300)],
        life=10, loan=[700, 560, 420], rate=0.07,
        en={"raw", "cost"},
        order=["hist", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev", "cost",
               "sum", "legal", "sched"],
        plant={}, expect_off=set()),
    "hi05": dict(
        unit="lít", raw_label="Gạo nếp, quả sim",
        products=[("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, [95000, 98000, 100000],
                   [16000, 17600, 19000], 9000),
                  ("Rượu nếp sim 32 độ, bình gốm 1,5 lít", "bình", 1.5, [320000, 330000, 340000],
                   [1800, 2000, 2200], 45000),
                  ("Rượu sim 29 độ, can 5 lít", "can", 5, [480000, 490000, 500000],
                   [500, 550, 600], 20000)],
        hist=dict(out=[10800, 11600, 12300], price=[150000, 155000, 160000],
                  profit=[150.5, 182.0, 214.6]),
        raws=[dict(name="gạo nếp", unit="kg", norm=1.1, price=28000, nd=1,
                   supply=[("Hộ thành viên trồng nếp", [40, 40, 40], "hộ", 350),
                           ("HTX Nông nghiệp Thạch Liên (hợp đồng)", [1, 1, 1], "HTX", 6000)]),
              dict(name="quả sim chín", unit="kg", norm=0.6, price=25000, nd=1,
                   supply=[("Đồi sim của hợp tác xã", [12, 12, 12], "ha", 500),
                           ("Hộ hái sim thôn Sơn Thủy", [30, 30, 30], "hộ", 150)])],
        cap=(75, 260, "3 nồi × 25 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=6000, sell=0.06, tax=0.02, other=60,
        inv=[("Ba nồi chưng cất inox hai vỏ", 240, True),
             ("Kho ủ, hạ thổ rượu 80 m²", 300, True),
             ("Máy lọc, khử andehit, chiết rót", 280, True),
             ("Chum sành, bình ngâm sim", 90, True),
             ("Hầm biogas, bể chứa bỗng rượu", 110, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        en={"hist", "raw", "staff", "prod", "price", "inv", "src", "rev", "cost", "sum"},
        borderless={"rev", "cost"},
        order=["hist", "comp", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev",
               "cost", "sum", "legal", "sched"],
        plant={"cost_total": {1: 1904.0}}, expect_off={"cost_tot:1"}),
    "hi06": dict(
        unit="kg", raw_label="Cà gai leo tươi",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [52000, 54000, 56000],
                   [30000, 33000, 36000], 6000),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [120000, 125000, 130000],
                   [4000, 4400, 4800], 5000),
                  ("Trà cà gai leo – mật nhân, hộp 20 túi × 2 g", "hộp", 0.04, [65000, 67000, 69000],
                   [10000, 11000, 12000], 6000)],
        hist=dict(out=[2800, 3150, 3500], price=[660000, 680000, 700000],
                  profit=[250.3, 301.2, 356.8]),
        raws=[dict(name="cà gai leo tươi", unit="kg", norm=5, price=8000, nd=0,
                   supply=[("Vùng trồng của công ty", [2, 2, 2], "ha", 8000),
                           ("Hộ liên kết thôn Trung Lương", [15, 15, 15], "hộ", 800)])],
        cap=(25, 250, "25 kg chè khô/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [4, 4, 5]),
               ("Sấy, đóng túi lọc", [3, 3, 3]), ("Kinh doanh", [2, 3, 3])],
        wage=[6.5, 6.8, 7.1], energy=30000, sell=0.14, tax=0.015, other=120,
        inv=[("Nhà xưởng sấy, đóng gói 240 m²", 650, True),
             ("Máy sấy bơm nhiệt 500 kg tươi/mẻ", 420, True),
             ("Máy đóng túi lọc tự động", 380, True),
             ("Máy nghiền, sàng", 90, True),
             ("Hệ thống tưới nhỏ giọt 2 ha", 160, True),
             ("Bao bì, mã vạch", 70, False),
             ("Đăng ký nhãn hiệu, thiết kế nhãn", 30, False),
             ("Vốn lưu động", 600, False)],
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng TMCP Công Thương", 800),
             ("Hỗ trợ theo Nghị quyết 123/2018/NQ-HĐND", 300)],
        life=10, loan=[800, 650, 500], rate=0.09,
        en={"inv", "src"},
        order=["hist", "comp", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev",
               "cost", "sum", "legal", "sched"],
        plant={}, expect_off={"src_eq_inv"}),
    "hi07": dict(
        unit="lít", raw_label="Bưởi quả",
        products=[("Nước ép bưởi nguyên chất, chai 330 ml", "chai", 0.33, [28000, 29000, 30000],
                   [30000, 34000, 38000], 3500),
                  ("Nước ép bưởi mật ong, chai 330 ml", "chai", 0.33, [32000, 33000, 34000],
                   [12000, 13500, 15000], 3800),
                  ("Nước ép bưởi nguyên chất, chai 1 lít", "chai", 1, [72000, 74000, 76000],
                   [4000, 4500, 5000], 6000)],
        hist=dict(out=[13500, 15000, 16400], price=[78000, 80000, 82000],
                  profit=[-18.5, 96.3, 150.8]),
        raws=[dict(name="bưởi quả", unit="kg", norm=2.8, price=7000, nd=1,
                   supply=[("Vườn bưởi 2.5 ha của hộ", [1, 1, 1], "vườn", 30000),
                           ("Hộ trồng bưởi thôn Trung Hòa (hợp đồng)", [10, 10, 10], "hộ", 2200)])],
        nobal=True,
        cap=(150, 200, "150 lít/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Gọt, ép, lọc", [3, 3, 4]),
               ("Thanh trùng, chiết rót", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=[5.2, 5.5, 5.8], energy=4000, sell=0.06, tax=0.015, other=30,
        inv=[("Máy ép bưởi trục vít, máy tách vỏ", 160, True),
             ("Thiết bị thanh trùng, chiết rót, đóng nắp", 240, True),
             ("Kho lạnh bảo quản quả 40 m³", 140, True),
             ("Cải tạo phòng chế biến 50 m²", 120, True),
             ("Chai, nắp, thùng carton dự trữ", 40, False),
             ("Kiểm nghiệm, tự công bố", 20, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        en={"hist", "raw", "staff", "prod", "price", "inv", "src", "rev", "cost", "sum", "cash"},
        x00={"price"},
        order=["hist", "comp", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev",
               "cost", "sum", "cash", "legal", "sched"],
        plant={"rev_line": {(0, 1): 1160.0}}, expect_off={"rev_line:0:1", "supply:0:1", "supply:0:2"}),
    "hi08": dict(
        unit="kg", raw_label="Cá thu, cá nhồng, mực tươi",
        products=[("Chả cá thu hấp, gói 500 g", "gói", 0.5, [110000, 115000, 120000],
                   [6000, 6600, 7200], 3000),
                  ("Chả mực giã tay, gói 500 g", "gói", 0.5, [160000, 165000, 170000],
                   [3000, 3300, 3600], 3000),
                  ("Chả cá chiên sẵn, hộp 300 g", "hộp", 0.3, [70000, 72000, 75000],
                   [4000, 4400, 4800], 3500)],
        hist=dict(out=[4600, 5000, 5300], price=[215000, 225000, 235000],
                  profit=[120.5, 140.6, 163.2]),
        raws=[dict(name="cá, mực tươi", unit="kg", norm=0.85, price=120000, nd=2,
                   supply=[("Tàu cá của gia đình và người thân", [2, 2, 2], "tàu", 1500),
                           ("Nậu vựa cảng Cửa Sót (thỏa thuận)", [1, 1, 1], "vựa", 3500)])],
        cap=(30, 300, "30 kg/ngày"),
        roles=[("Chủ cơ sở, sổ sách", [1, 1, 1]), ("Lọc cá, giã, hấp, chiên", [3, 3, 4]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.6], energy=6000, sell=0.05, tax=0.01, other=20,
        clabels={"tax": "Phí chợ, phí sàn, phí khác"},
        inv=[("Máy xay cá, máy giã chả", 120, True),
             ("Tủ cấp đông, tủ mát", 150, True),
             ("Máy hút chân không, máy hàn miệng túi", 60, True),
             ("Cải tạo khu chế biến, lát gạch, rãnh thoát nước", 140, True),
             ("Bể tách mỡ, bể lắng nước thải", 50, True),
             ("Bao bì, nhãn, mã QR", 30, False),
             ("Kiểm nghiệm, xây dựng tiêu chuẩn cơ sở", 20, False),
             ("Vốn lưu động", 130, False)],
        src=[("Vốn của gia đình", 400), ("Vay Quỹ tín dụng nhân dân Thạch Kim", 300)],
        life=8, loan=[300, 220, 140], rate=0.09,
        en={"rev", "sum"},
        order=["hist", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev", "cost",
               "sum", "legal", "sched"],
        plant={"profit": {0: 275.0}}, expect_off={"profit:0"}),
    "hi09": dict(
        unit="kg", raw_label="Gạo lứt đỏ, gạo lứt đen",
        products=[("Bún gạo lứt đỏ khô, gói 500 g", "gói", 0.5, [45000, 46000, 47000],
                   [40000, 46000, 55000], 2500),
                  ("Mì gạo lứt đen, gói 300 g", "gói", 0.3, [35000, 36000, 37000],
                   [30000, 34000, 40000], 2000),
                  ("Phở gạo lứt khô, túi 2 kg cho quán ăn", "túi", 2, [150000, 153000, 156000],
                   [3000, 3400, 4200], 5000)],
        hist=dict(out=[26000, 29500, 32000], price=[88000, 90000, 92000],
                  profit=[280.6, 345.2, 410.8]),
        raws=[dict(name="gạo lứt", unit="kg", norm=1.12, price=26000, nd=2,
                   supply=[("Cánh đồng lúa hữu cơ HTX Cẩm Hưng (hợp đồng)", [1, 1, 1], "HTX", 40000),
                           ("Hộ trồng lúa đỏ thôn Tân Thành", [55, 55, 55], "hộ", 400)])],
        cap=(150, 280, "150 kg/ngày"),
        roles=[("Giám đốc, kế toán", [3, 3, 3]), ("Vận hành ép đùn, sấy", [4, 4, 4]),
               ("Đóng gói, kho", [3, 3, 3]), ("Kinh doanh", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8], energy=5500, sell=0.08, tax=0.015, other=120,
        inv=[("Dây chuyền ép đùn, hấp, cắt 150 kg/ngày", 650, True),
             ("Phòng sấy bơm nhiệt 2 buồng", 380, True),
             ("Máy đóng gói định lượng", 220, True),
             ("Nhà xưởng 300 m²", 500, True),
             ("Bao bì, mã vạch", 60, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 550, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng Nông nghiệp và PTNT", 1200)],
        life=10, loan=[1200, 1000, 800], rate=0.085,
        en={"hist", "comp", "raw", "staff", "prod", "inv", "src", "rev", "cost", "sum", "cash"},
        money={"inv": "d"}, x00={"inv"}, borderless={"cash"},
        order=["hist", "comp", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev",
               "cost", "sum", "cash", "legal", "sched"],
        plant={"use": [83.3, 95.2, 92.0], "payback": 1.9},
        expect_off={"use:2", "cap:2", "payback"}),
    "hi10": dict(
        unit="kg", raw_label="Củ sắn dây tươi",
        products=[("Bột sắn dây nguyên chất, hũ 500 g", "hũ", 0.5, [110000, 112000, 114000],
                   [3600, 7920, 13460], 4000),
                  ("Bột sắn dây, túi 1 kg", "túi", 1, [200000, 204000, 208000],
                   [1800, 3960, 6730], 3000),
                  ("Bột sắn dây hoa bưởi, hộp 300 g", "hộp", 0.3, [90000, 92000, 94000],
                   [1200, 2640, 4490], 5000)],
        hist=dict(out=[3200, 3400, 3600], price=[185000, 190000, 195000],
                  profit=[60.4, 72.8, 85.1]),
        raws=[dict(name="củ sắn dây", unit="kg", norm=7, price=6000, nd=0,
                   supply=[("Ruộng sắn dây của thành viên", [3, 4, 6], "ha", 12000),
                           ("Hộ liên kết thôn Thượng Phú", [10, 20, 30], "hộ", 1500)])],
        cap=(100, 180, "100 kg bột/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rửa, mài củ", [1, 2, 4]),
               ("Gạn bột, sấy, đóng gói", [1, 2, 3]), ("Giao hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=15000, sell=0.08, tax=0.015, other=40,
        inv=[("Máy rửa, máy mài củ sắn dây", 180, True),
             ("Bể gạn tinh bột inox", 160, True),
             ("Máy sấy bột bơm nhiệt", 300, True),
             ("Nhà sơ chế 150 m²", 250, True),
             ("Bao bì, nhãn, tem QR", 40, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 500),
             ("Quỹ đầu tư phát triển của HTX", 200)],
        life=10, loan=[500, 400, 300], rate=0.08,
        en={"prod", "rev"},
        order=["hist", "raw", "equip", "staff", "prod", "price", "inv", "src", "rev", "cost",
               "sum", "legal", "sched"],
        plant={}, expect_off={"growth:1", "growth:2"}),
}

# --------------------------------------------------------------------------- numbers


def fnum(x: float, d: int = 0, fmt: str = "vn", pct: bool = False) -> str:
    """A number as the plan prints it: "en" = 1,250.5 / (25,000) / 12.5%; "vn" = 1.250,5 / -25.000 / 12,5%."""
    s = f"{abs(x):,.{d}f}"
    if fmt == "vn":
        s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    if pct:
        s += "%"
    if x < 0 and round(abs(x), d) != 0:
        s = f"({s})" if fmt == "en" else f"-{s}"
    return s


def vn(x: float, d: int = 0) -> str:
    return fnum(x, d, "vn")


def parse(s: str, fmt: str) -> float:
    """A printed cell back to a number, with the table's own convention."""
    t = s.strip()
    neg = (t.startswith("(") and t.endswith(")")) or t.startswith("-")
    t = t.strip("()-").replace("%", "").strip()
    t = t.replace(",", "") if fmt == "en" else t.replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


# --------------------------------------------------------------------------- the model


def model(k: str, printed: bool = True) -> dict:
    P = PLANS[k]
    pl = P.get("plant", {}) if printed else {}
    m: dict = {}
    prods = P["products"]
    m["packs"] = [list(p[4]) for p in prods]
    m["price"] = [list(p[3]) for p in prods]
    m["out"] = [sum(p[2] * p[4][y] for p in prods) for y in Y]
    rating, days = P["cap"][0], P["cap"][1]
    m["cap"] = rating * days
    m["use"] = [m["out"][y] / m["cap"] * 100 for y in Y]
    if "use" in pl:
        m["use"] = list(pl["use"])
    lines = [[p[4][y] * p[3][y] / 1e6 for y in Y] for p in prods]
    for (i, y), v in pl.get("rev_line", {}).items():
        lines[i][y] = v
    m["rev_lines"] = lines
    m["rev"] = [sum(line[y] for line in lines) for y in Y]
    m["raws"] = []
    for r in P["raws"]:
        sup = [[c[y] * yl for y in Y] for (_, c, _, yl) in r["supply"]]
        tot = [sum(s[y] for s in sup) for y in Y]
        need = [m["out"][y] * r["norm"] for y in Y]
        m["raws"].append(dict(sup=sup, tot=tot, need=need, bal=[tot[y] - need[y] for y in Y],
                              cost=[need[y] * r["price"] / 1e6 for y in Y]))
    m["staff"] = [sum(n[y] for _, n in P["roles"]) for y in Y]
    m["fund"] = [m["staff"][y] * P["wage"][y] * 12 for y in Y]
    m["fixed"] = sum(a for _, a, f in P["inv"] if f)
    m["dep"] = m["fixed"] / P["life"]
    m["int"] = [b * P["rate"] for b in P["loan"]]
    c = {}
    c["raw"] = [sum(r["cost"][y] for r in m["raws"]) for y in Y]
    c["pack"] = [sum(p[4][y] * p[5] for p in prods) / 1e6 for y in Y]
    c["energy"] = [m["out"][y] * P["energy"] / 1e6 for y in Y]
    c["wage"] = list(m["fund"])
    c["dep"] = [m["dep"]] * 3
    c["int"] = list(m["int"])
    c["sell"] = [m["rev"][y] * P["sell"] for y in Y]
    c["tax"] = [m["rev"][y] * P["tax"] for y in Y]
    c["other"] = [P["other"]] * 3
    m["costs"] = c
    m["cost"] = [sum(v[y] for v in c.values()) for y in Y]
    for y, v in pl.get("cost_total", {}).items():
        m["cost"][y] = v
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    for y, v in pl.get("profit", {}).items():
        m["profit"][y] = v
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["inv"] = sum(a for _, a, _ in P["inv"])
    m["src"] = list(pl.get("src", [a for _, a in P["src"]]))
    m["src_tot"] = sum(m["src"])
    m["flow"] = [m["profit"][y] + m["dep"] for y in Y]
    cum, run = [], -m["inv"]
    for y in Y:
        run += m["flow"][y]
        cum.append(run)
    m["cum"] = cum
    m["payback_calc"] = m["inv"] / (statistics.mean(m["profit"]) + m["dep"])
    m["payback"] = pl.get("payback", round(m["payback_calc"], 1))
    h = P["hist"]
    m["hist_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in Y]
    return m


# --------------------------------------------------------------------------- numeric tables


@dataclass
class N:
    """A numeric cell: value, decimals, percent sign."""
    v: float
    d: int = 0
    pct: bool = False


@dataclass
class Table:
    id: str
    title: str
    header: list[str]
    rows: list[tuple[tuple, list]]  # (key, cells); a cell is a str or an N
    fmt: str = "vn"
    unit: str | None = None
    borderless: bool = False
    note: str | None = None


MONEY = {"tr": (1, 1, "ĐVT: triệu đồng", "triệu đồng"),
         "ng": (1000, 0, "ĐVT: 1.000 đồng", "nghìn đồng"),
         "d": (1e6, 0, "ĐVT: đồng", "đồng")}
TITLES = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "raw": "Nguồn cung và nhu cầu nguyên liệu 2027 – 2029",
    "staff": "Lao động và quỹ lương",
    "prod": "Kế hoạch sản lượng và công suất",
    "price": "Giá bán dự kiến",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Hiệu quả kinh tế",
    "cash": "Dòng tiền và thu hồi vốn",
    "comp": "So sánh giá với sản phẩm cùng loại",
    "equip": "Máy móc, thiết bị chính",
    "legal": "Hồ sơ pháp lý và chứng nhận",
    "sched": "Tiến độ thực hiện",
}
COST_LABELS = {"raw": "Nguyên liệu", "pack": "Bao bì, hộp, túi", "energy": "Điện, nước, nhiên liệu",
               "wage": "Tiền lương, bảo hiểm", "dep": "Khấu hao tài sản cố định", "int": "Lãi vay",
               "sell": "Bán hàng, vận chuyển", "tax": "Thuế, phí", "other": "Chi phí khác"}


def caption_title(k: str, tid: str) -> str:
    return PLANS[k].get("titles", {}).get(tid, TITLES.get(tid, tid))


def numeric_tables(k: str) -> dict[str, Table]:
    P, m = PLANS[k], model(k)
    U = P["unit"]
    fmt = {t: ("en" if t in P["en"] else "vn") for t in P["order"]}
    mon = {t: P.get("money", {}).get(t, "tr") for t in P["order"]}
    yrs = [str(y) for y in YEARS]
    out: dict[str, Table] = {}

    def money(t: str, x: float) -> N:
        f, d, _, _ = MONEY[mon[t]]
        if t in P.get("x00", set()) and fmt[t] == "en":
            d = 2
        return N(x * f, d)

    def ud(t: str) -> str:
        return MONEY[mon[t]][2]

    # history
    t = "hist"
    if t in P["order"]:
        mu = MONEY[mon[t]][3]
        pd = 2 if "hist" in P.get("x00", set()) and fmt[t] == "en" else 0
        rows = [(("out",), ["Sản lượng", U] + [N(x) for x in P["hist"]["out"]]),
                (("price",), ["Giá bán bình quân", f"đồng/{U}"] + [N(x, pd) for x in P["hist"]["price"]]),
                (("rev",), ["Doanh thu", mu] + [money(t, x) for x in m["hist_rev"]]),
                (("profit",), ["Lợi nhuận", mu] + [money(t, x) for x in P["hist"]["profit"]])]
        out[t] = Table(t, caption_title(k, t), ["Chỉ tiêu", "ĐVT"] + [str(y) for y in HIST], rows, fmt[t])
    # raw materials: four columns (the scale and the norm stand in the row label)
    t = "raw"
    if t in P["order"]:
        rows = []
        for ri, r in enumerate(P["raws"]):
            d = r.get("d", 0)
            for si, (lab, cnt, word, yl) in enumerate(r["supply"]):
                if len(set(cnt)) == 1:
                    scale = f"{fnum(cnt[0], 0, fmt[t])} {word} × {fnum(yl, r.get('yd', 0), fmt[t])} {r['unit']}"
                else:
                    scale = f"{fnum(yl, r.get('yd', 0), fmt[t])} {r['unit']}/{word}"
                cell_label = f"{lab[:-1]}, {scale})" if lab.endswith(")") else f"{lab} ({scale})"
                rows.append((("sup", ri, si), [cell_label] + [N(x, d) for x in m["raws"][ri]["sup"][si]]))
            rows.append((("tot", ri), [f"Cộng nguồn {r['name']} ({r['unit']})"]
                         + [N(x, d) for x in m["raws"][ri]["tot"]]))
            norm = f"{fnum(r['norm'], r.get('nd', 2), fmt[t])} {r['unit']}/{U}"
            rows.append((("need", ri), [f"Nhu cầu {r['name']} ({norm})"]
                         + [N(x, d) for x in m["raws"][ri]["need"]]))
            if not P.get("nobal"):
                rows.append((("bal", ri), [f"Còn dư {r['name']} ({r['unit']})"]
                             + [N(x, d) for x in m["raws"][ri]["bal"]]))
        out[t] = Table(t, caption_title(k, t), ["Nguồn cung, nhu cầu"] + yrs, rows, fmt[t])
    # staff
    t = "staff"
    if t in P["order"]:
        rows = [(("role", i), [role] + [N(x) for x in n]) for i, (role, n) in enumerate(P["roles"])]
        rows.append((("staff",), ["Tổng số lao động"] + [N(x) for x in m["staff"]]))
        rows.append((("wage",), ["Lương bình quân (triệu đồng/tháng)"] + [N(x, 1) for x in P["wage"]]))
        rows.append((("fund",), ["Quỹ lương (triệu đồng/năm)"] + [N(x, 1) for x in m["fund"]]))
        out[t] = Table(t, caption_title(k, t), ["Bộ phận"] + yrs, rows, fmt[t])
    # production
    t = "prod"
    if t in P["order"]:
        od = P.get("out_d", 0)
        rows = [(("packs", i), [p[0], p[1]] + [N(x) for x in p[4]]) for i, p in enumerate(P["products"])]
        rows.append((("out",), ["Sản lượng quy đổi", U] + [N(x, od) for x in m["out"]]))
        rows.append((("cap",), ["Công suất thiết kế", U] + [N(m["cap"], od)] * 3))
        rows.append((("use",), ["Sử dụng công suất", "%"] + [N(x, 1, True) for x in m["use"]]))
        out[t] = Table(t, caption_title(k, t), ["Sản phẩm", "ĐVT"] + yrs, rows, fmt[t])
    # prices (đồng per the pack each row names)
    t = "price"
    if t in P["order"]:
        pd = 2 if t in P.get("x00", set()) and fmt[t] == "en" else 0
        rows = [(("price", i), [p[0]] + [N(x, pd) for x in p[3]]) for i, p in enumerate(P["products"])]
        out[t] = Table(t, caption_title(k, t), ["Sản phẩm"] + yrs, rows, fmt[t], "ĐVT: đồng")
    # investment
    t = "inv"
    if t in P["order"]:
        rows = [(("inv", i), [str(i + 1), lab, money(t, a)]) for i, (lab, a, _) in enumerate(P["inv"])]
        rows.append((("tot",), ["", "Tổng cộng", money(t, m["inv"])]))
        out[t] = Table(t, caption_title(k, t), ["TT", "Hạng mục", "Thành tiền"], rows, fmt[t], ud(t))
    # sources
    t = "src"
    if t in P["order"]:
        rows = [(("src", i), [str(i + 1), lab, money(t, m["src"][i]),
                              N(m["src"][i] / m["src_tot"] * 100, 1, True)])
                for i, (lab, _) in enumerate(P["src"])]
        rows.append((("tot",), ["", "Tổng cộng", money(t, m["src_tot"]), N(100, 1, True)]))
        out[t] = Table(t, caption_title(k, t), ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ"], rows, fmt[t], ud(t))
    # revenue
    t = "rev"
    if t in P["order"]:
        rows = [(("rev", i), [p[0]] + [money(t, x) for x in m["rev_lines"][i]])
                for i, p in enumerate(P["products"])]
        rows.append((("tot",), ["Tổng doanh thu"] + [money(t, x) for x in m["rev"]]))
        out[t] = Table(t, caption_title(k, t), ["Sản phẩm"] + yrs, rows, fmt[t], ud(t))
    # costs
    t = "cost"
    if t in P["order"]:
        labels = dict(COST_LABELS, raw=P.get("raw_label", COST_LABELS["raw"]), **P.get("clabels", {}))
        rows = []
        for i, key in enumerate(m["costs"]):
            rows.append((("c", key), [str(i + 1), labels[key]] + [money(t, x) for x in m["costs"][key]]))
        rows.append((("tot",), ["", "Tổng chi phí"] + [money(t, x) for x in m["cost"]]))
        out[t] = Table(t, caption_title(k, t), ["TT", "Khoản mục"] + yrs, rows, fmt[t], ud(t))
    # summary
    t = "sum"
    if t in P["order"]:
        rows = [(("rev",), ["Doanh thu"] + [money(t, x) for x in m["rev"]]),
                (("cost",), ["Tổng chi phí"] + [money(t, x) for x in m["cost"]]),
                (("profit",), ["Lợi nhuận"] + [money(t, x) for x in m["profit"]]),
                (("margin",), ["Tỷ suất lợi nhuận/doanh thu"] + [N(x, 1, True) for x in m["margin"]])]
        out[t] = Table(t, caption_title(k, t), ["Chỉ tiêu"] + yrs, rows, fmt[t], ud(t))
    # cash
    t = "cash"
    if t in P["order"]:
        rows = [(("y", y), [str(YEARS[y]), money(t, m["profit"][y]), money(t, m["dep"]),
                            money(t, m["flow"][y]), money(t, m["cum"][y])]) for y in Y]
        out[t] = Table(t, caption_title(k, t),
                       ["Năm", "Lợi nhuận", "Khấu hao", "Thu hồi trong năm", "Lũy kế dòng tiền"],
                       rows, fmt[t], ud(t))
    for tid, tb in out.items():
        tb.borderless = tid in P.get("borderless", set())
    return out


def caption(k: str, tid: str) -> str:
    n = PLANS[k]["order"].index(tid) + 1
    return f"Bảng {n}. {caption_title(k, tid)}"


# --------------------------------------------------------------------------- prose facts


def vs(x: float) -> str:
    """A money amount as the prose writes it: 2.534 or 2.904,5."""
    return vn(x, 0) if abs(x - round(x)) < 0.05 else vn(x, 1)


def vtrim(x: float, d: int = 3) -> str:
    """A norm as the prose writes it: 0,5 / 0,006 / 1,05."""
    s = vn(x, d)
    return s.rstrip("0").rstrip(",") if "," in s else s


def facts(k: str) -> dict[str, str]:
    """Figures every full plan's prose states (Vietnamese format); the generator writes them."""
    P, m = PLANS[k], model(k)
    U = P["unit"]
    p0, r0 = P["products"][0], P["raws"][0]
    return dict(
        out0=f"{vn(m['out'][0])} {U}", out2=f"{vn(m['out'][2])} {U}",
        rev0=f"{vs(m['rev'][0])} triệu đồng", rev2=f"{vs(m['rev'][2])} triệu đồng",
        inv=f"{vs(m['inv'])} triệu đồng", payback=f"{vn(m['payback'], 1)} năm",
        price0=f"{vn(p0[3][0])} đồng/{p0[1]}", staff0=f"{m['staff'][0]} lao động",
        norm0=f"{vtrim(r0['norm'])} {r0['unit']}", cap=f"{vn(m['cap'])} {U}",
        profit0=f"{vs(m['profit'][0])} triệu đồng",
    )


# --------------------------------------------------------------------------- text checks
# has: words the plan must contain; lacks: (pattern, what) that must not occur
READY_HAS = ["148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
             "nhãn hiệu", "truy xuất", "môi trường"]
TEXT: dict[str, dict] = {
    "hi01": dict(has=READY_HAS + ["an toàn thực phẩm", "tự công bố", "đăng ký môi trường"]),
    "hi02": dict(has=READY_HAS + ["an toàn thực phẩm", "tự công bố", "đăng ký môi trường",
                                  "Luật Hợp tác xã năm 2023"]),
    "hi03": dict(has=READY_HAS + ["an toàn thực phẩm", "tự công bố", "hộ kinh doanh"]),
    "hi04": dict(has=READY_HAS + ["không phải là thực phẩm", "hợp đồng hợp tác", "hút bụi"]),
    "hi05": dict(has=["14 lao động", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu",
                      "biogas", "43/2017/NĐ-CP"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm",
                         "alcohol licence mentioned")]),
    "hi06": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "an toàn thực phẩm",
                      "nhãn hiệu", "đủ vốn"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|phiếu kết quả",
                         "product standard mentioned"),
                        (r"148/QĐ-TTg|1489", "current OCOP decision cited")],
                 outdated=True),
    "hi07": dict(has=["an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "đủ nguyên liệu"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn",
                         "label mentioned"),
                        (r"Còn dư|thiếu hụt|Chênh lệch", "raw-material balance row")]),
    "hi08": dict(has=["tiêu chuẩn cơ sở", "nhãn hiệu", "43/2017/NĐ-CP", "nước thải"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết",
                         "food safety mentioned"),
                        (r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|"
                         r"mã số doanh nghiệp|doanh nghiệp", "business registration mentioned")]),
    "hi09": dict(has=["an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất",
                      "không cần đầu tư thêm"]),
    "hi10": dict(has=["an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất",
                      "trên thị trường rất lớn và ngày càng tăng"],
                 lacks=[(r"môi trường|nước thải|chất thải|xử lý|(?<!\w)bã(?!\w)|(?<!\w)rác(?!\w)|biogas|"
                         r"(?<!\w)lắng(?!\w)|(?<!\w)mùi(?!\w)", "environment mentioned"),
                        (r"siêu thị|đại lý|cửa hàng|(?<!\w)chợ(?!\w)|thương mại điện tử|Facebook|"
                         r"Zalo|hội chợ|phân phối|hợp đồng tiêu thụ|khách sạn|nhà hàng|quán",
                         "sales channel named")]),
}
OTHER_NAME = {"hi09": ("Công ty TNHH Nông sản Xuân Viên", "Công ty TNHH Thực phẩm Lúa Đỏ Cẩm Thạch")}
SKETCHY = {
    "hi11": dict(words=(150, 350), has=["200 kg", "120.000 đồng", "30 triệu"],
                 lacks=[(r"an toàn thực phẩm|tiêu chuẩn cơ sở|nhãn hiệu|đăng ký kinh doanh|mã số thuế",
                         "a paper it does not have")]),
    "hi12": dict(words=(150, 350), has=["1.500 chiếc", "85.000 đồng", "40 triệu"],
                 lacks=[(r"tiêu chuẩn cơ sở|nhãn hiệu|mã vạch|truy xuất", "a paper it does not have")]),
}


# --------------------------------------------------------------------------- reading the plans


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, cap: str) -> list[list[str]] | None:
        """The rows of the table printed under the caption `cap` (header and separator dropped)."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if line.strip() == cap:
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and (lines[j].strip().startswith("|") or lines[j].strip() == ""):
                    if lines[j].strip():
                        rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                    elif rows:
                        break
                    j += 1
                rows = [r for r in rows if not all(re.fullmatch(r":?-{3,}:?", c) for c in r)]
                return rows[1:]
        return None

    def words(self) -> int:
        return len(re.findall(r"\w+", re.sub(r"^---.*?---", "", self.body, flags=re.S)))


def read_tables(p: Plan, k: str) -> dict[str, dict]:
    """Every numeric table of plan k: compared cell by cell with the model; the parsed numbers
    per row key (in triệu đồng for money tables, whatever the table's unit)."""
    P = PLANS[k]
    vals: dict[str, dict] = {}
    for tid, tb in numeric_tables(k).items():
        got = p.table(caption(k, tid))
        if got is None:
            p.failures.append(f"table not found: {caption(k, tid)}")
            continue
        if len(got) != len(tb.rows):
            p.failures.append(f"{tid}: {len(got)} rows printed, {len(tb.rows)} in the model")
            continue
        f = MONEY[P.get("money", {}).get(tid, "tr")][0] if tid in ("inv", "src", "rev", "cost", "sum", "cash") else 1
        vals[tid] = {}
        for (key, cells), printed in zip(tb.rows, got):
            nums = []
            if len(printed) != len(cells):
                p.failures.append(f"{tid} {key}: {len(printed)} cells, {len(cells)} expected")
                continue
            for c, s in zip(cells, printed):
                if isinstance(c, N):
                    try:
                        x = parse(s, tb.fmt)
                    except ValueError:
                        p.failures.append(f"{tid} {key}: {s!r} is not a number")
                        x = float("nan")
                    if not abs(x - round(c.v, c.d)) <= 0.51 * 10 ** -c.d + 1e-9:
                        p.failures.append(f"{tid} {key}: printed {s!r}, model {c.v:.3f}")
                    nums.append(x)
                elif s != c:
                    p.failures.append(f"{tid} {key}: printed {s!r}, model {c!r}")
            if tid == "hist" and key in (("rev",), ("profit",)):
                fh = MONEY[P.get("money", {}).get(tid, "tr")][0]
                nums = [x / fh for x in nums]
            elif tid == "src" and key[0] in ("src", "tot"):
                nums = [nums[0] / f, nums[1]]
            elif tid != "hist":
                nums = [x / f for x in nums] if tid != "sum" or key != ("margin",) else nums
            vals[tid][key] = nums
    return vals


def check_plan(p: Plan, k: str) -> None:
    P, t = PLANS[k], model(k, printed=False)
    exp = P["expect_off"]
    seen: set[str] = set()
    V = read_tables(p, k)
    if p.failures:
        return

    def chk(name: str, printed: float, true: float, tol: float = 0.01, absol: float = 0.15) -> None:
        seen.add(name)
        if name in exp:
            p.check(off(printed, true), f"{name}: planted, printed {printed:.2f} should be > 5 % off the true {true:.2f}")
        else:
            p.check(close(printed, true, tol) or abs(printed - true) <= absol,
                    f"{name}: printed {printed:.2f}, reckoned {true:.2f}")

    def ok(name: str, cond: bool, what: str) -> None:
        seen.add(name)
        if name in exp:
            p.check(not cond, f"{name}: planted, should fail: {what}")
        else:
            p.check(cond, f"{name}: {what}")

    prod, price = V["prod"], V["price"]
    npr = len(P["products"])
    out = prod[("out",)]
    # history
    h = V["hist"]
    for y in Y:
        chk(f"hist_rev:{y}", h[("rev",)][y], h[("out",)][y] * h[("price",)][y] / 1e6)
        p.check(0 < h[("profit",)][y] / h[("rev",)][y] < 0.3 or h[("profit",)][y] < 0,
                f"history margin {y} implausible")
    p.check(0.95 <= out[0] / h[("out",)][2] <= 1.25, "2027 output more than +25 % over 2026 (or below it)")
    # production and capacity
    for y in Y:
        chk(f"out:{y}", out[y], sum(prod[("packs", i)][y] * P["products"][i][2] for i in range(npr)))
        chk(f"capv:{y}", prod[("cap",)][y], P["cap"][0] * P["cap"][1])
        chk(f"use:{y}", prod[("use",)][y], out[y] / prod[("cap",)][y] * 100, absol=0.06)
        ok(f"cap:{y}", out[y] <= prod[("cap",)][y],
           f"output {out[y]:.0f} over capacity {prod[('cap',)][y]:.0f} ({out[y] / prod[('cap',)][y] * 100:.1f} %)")
    # raw materials
    rw = V["raw"]
    for ri, r in enumerate(P["raws"]):
        for si, (_, cnt, _, yl) in enumerate(r["supply"]):
            for y in Y:
                chk(f"sup:{ri}:{si}:{y}", rw[("sup", ri, si)][y], cnt[y] * yl)
        for y in Y:
            tot = rw[("tot", ri)][y]
            chk(f"suptot:{ri}:{y}", tot, sum(rw[("sup", ri, si)][y] for si in range(len(r["supply"]))))
            need = rw[("need", ri)][y]
            chk(f"need:{ri}:{y}", need, out[y] * r["norm"])
            if ("bal", ri) in rw:
                chk(f"bal:{ri}:{y}", rw[("bal", ri)][y], tot - need)
            ok(f"supply:{ri}:{y}", tot >= need if f"supply:{ri}:{y}" not in exp else tot >= need / 1.05,
               f"{r['name']} {YEARS[y]}: supply {tot:.1f}, need {need:.1f} (true need {t['raws'][ri]['need'][y]:.1f})")
    # staff
    st = V["staff"]
    for y in Y:
        chk(f"staff:{y}", st[("staff",)][y], sum(st[("role", i)][y] for i in range(len(P["roles"]))))
        chk(f"fund:{y}", st[("fund",)][y], st[("staff",)][y] * st[("wage",)][y] * 12)
    # investment and sources
    iv, sc = V["inv"], V["src"]
    items = [iv[("inv", i)][0] for i in range(len(P["inv"]))]
    chk("inv_tot", iv[("tot",)][0], sum(items))
    srcs = [sc[("src", i)][0] for i in range(len(P["src"]))]
    chk("src_tot", sc[("tot",)][0], sum(srcs))
    for i, a in enumerate(srcs):
        chk(f"src_share:{i}", sc[("src", i)][1], a / sc[("tot",)][0] * 100, absol=0.06)
    chk("src_eq_inv", sc[("tot",)][0], iv[("tot",)][0])
    # revenue
    rv = V["rev"]
    for y in Y:
        for i in range(npr):
            chk(f"rev_line:{i}:{y}", rv[("rev", i)][y], prod[("packs", i)][y] * price[("price", i)][y] / 1e6)
        chk(f"rev_tot:{y}", rv[("tot",)][y], sum(rv[("rev", i)][y] for i in range(npr)))
    # costs
    cs = V["cost"]
    fixed = sum(items[i] for i, (_, _, fx) in enumerate(P["inv"]) if fx)
    for y in Y:
        base = {
            "raw": sum(rw[("need", ri)][y] * r["price"] for ri, r in enumerate(P["raws"])) / 1e6,
            "pack": sum(prod[("packs", i)][y] * P["products"][i][5] for i in range(npr)) / 1e6,
            "energy": out[y] * P["energy"] / 1e6,
            "wage": st[("fund",)][y],
            "dep": fixed / P["life"],
            "int": P["loan"][y] * P["rate"],
            "sell": rv[("tot",)][y] * P["sell"],
            "tax": rv[("tot",)][y] * P["tax"],
            "other": P["other"],
        }
        for key, v in base.items():
            chk(f"cost_{key}:{y}", cs[("c", key)][y], v)
        chk(f"cost_tot:{y}", cs[("tot",)][y], sum(cs[("c", key)][y] for key in base))
    # summary
    sm = V["sum"]
    for y in Y:
        chk(f"sum_rev:{y}", sm[("rev",)][y], rv[("tot",)][y])
        chk(f"sum_cost:{y}", sm[("cost",)][y], cs[("tot",)][y])
        chk(f"profit:{y}", sm[("profit",)][y], sm[("rev",)][y] - sm[("cost",)][y])
        chk(f"margin:{y}", sm[("margin",)][y], sm[("profit",)][y] / sm[("rev",)][y] * 100, absol=0.06)
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]:.1f} % implausible")
    # growth: revenue a year, from the plan's own printed totals (and 2026 -> 2027)
    for y in (1, 2):
        g = sm[("rev",)][y] / sm[("rev",)][y - 1] - 1
        ok(f"growth:{y}", g <= 0.35, f"revenue {YEARS[y]} {g * 100:+.1f} % a year")
    p.check(sm[("rev",)][0] / h[("rev",)][2] - 1 <= 0.35, "2027 revenue more than +35 % over 2026")
    # cash table
    if "cash" in V:
        c = V["cash"]
        run = -iv[("tot",)][0]
        for y in Y:
            chk(f"cash_profit:{y}", c[("y", y)][0], sm[("profit",)][y])
            chk(f"cash_dep:{y}", c[("y", y)][1], fixed / P["life"])
            chk(f"cash_flow:{y}", c[("y", y)][2], c[("y", y)][0] + c[("y", y)][1])
            run += c[("y", y)][2]
            chk(f"cash_cum:{y}", c[("y", y)][3], run)
    # payback as the text states it
    F = facts(k)
    p.has(*F.values())
    stated = PLANS[k].get("plant", {}).get("payback", model(k)["payback"])
    avg = statistics.mean(sm[("profit",)][y] for y in Y)
    chk("payback", stated, iv[("tot",)][0] / (avg + fixed / P["life"]), absol=0.05)
    missing = exp - seen
    p.check(not missing, f"planted checks never made: {sorted(missing)}")


def check_text(p: Plan, k: str) -> None:
    spec = TEXT.get(k, {})
    p.has(*spec.get("has", []))
    for pat, what in spec.get("lacks", []):
        p.lacks(pat, what)
    if not spec.get("outdated"):
        p.lacks(REPLACED, "replaced instrument or district level")
    p.lacks(PLACEHOLDER, "template placeholder")
    if k in OTHER_NAME:
        other, own = OTHER_NAME[k]
        p.check(p.count(other) >= 2, f"the other company's name appears {p.count(other)} times")
        p.check(p.count(own) >= 4, f"the producer's own name appears {p.count(own)} times")


def check_sketchy(p: Plan, k: str) -> None:
    spec = SKETCHY[k]
    lo, hi = spec["words"]
    n = p.words()
    p.check(lo <= n <= hi, f"{n} words, not {lo}-{hi}")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*spec["has"])
    for pat, what in spec["lacks"]:
        p.lacks(pat, what)
    p.lacks(REPLACED, "replaced instrument or district level")


def stems() -> dict[str, str]:
    return {f.stem[:4]: f.stem for f in sorted((HERE / "src").glob("hi*.md"))}


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    found = stems()
    plans = []
    for k in sorted(set(PLANS) | set(SKETCHY)):
        if keys and k not in keys:
            continue
        if k not in found:
            print(f"FAIL {k}: no source")
            return 1
        p = Plan(found[k])
        if k in PLANS:
            check_plan(p, k)
            check_text(p, k)
        else:
            check_sketchy(p, k)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
