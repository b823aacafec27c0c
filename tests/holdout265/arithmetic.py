"""The 265th holdout set's arithmetic, recomputed from the constants below: what a careful
reviewer checks by hand on plans laid out unusually on the page.

    .venv/bin/python tests/holdout265/arithmetic.py [jf01 jf05 ...]

Theme: summary boxes on the first page, side boxes holding key figures, text in two columns
(borderless two-cell tables), wide tables with narrow header cells (quarters, twelve months) in
the middle of portrait text. For every full plan (jf01-jf10) the constants give the products
(label, pack word, size in the plan's base unit, price and packs for 2027-2029), the raw
materials (norm per base unit, price, supply rows as count x yield), the equipment rating x
working days, staff by role and the monthly wage, packaging cost per pack, energy per base unit,
piece-rate pay (handwork), selling and tax shares of revenue, a fixed "other" line, investment
items (fixed assets or not) and capital sources, loan balances and rate, asset life, the
2024-2026 history (output, average price, profit), the quarterly split of 2027 sales and the
monthly calendar of the first raw material. model() turns them into every figure the plan
prints (with the planted defects, `planted=True`, or without them); the throw-away generator
that wrote src/ used the same model. The checks read the figures back from each plan's source
(tables found by their header row or row labels, boxes and prose by their words) and compare them
with the model and with each other: planted numeric defects must be wrong by more than 5 % (the
true value is computed beside them), every other figure right within 1 %. Textual defects are
asserted by the absence or presence of their words. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)

# --------------------------------------------------------------------------- constants
# product: (label, short label, pack word, size in base unit, prices đ [3 years], packs [3 years])
# raws: (label, short, unit, norm per base unit of the products it serves, price đ/unit,
#        product indexes or None = all, supply rows [(label, count, count word, yield/count/year)])
# cap: (rating per day, working days, rating text)
# roles: (role, staff [3]); wage: monthly wage triệu đồng [3]
# packc: packaging cost đ per pack word; energy: đ per base unit; piece: piece-rate pay đ per base unit
# sell, tax: shares of revenue; other: fixed triệu; inv: (label, triệu, fixed asset?); src: (label, triệu)
# loan: balance per year (triệu); rate; life: years (straight-line depreciation of fixed assets)
# hist: output [2024-2026], average price đ/base unit, profit triệu
# quarters: shares of 2027 packs by quarter; months: shares of the first raw's 2027 need by month
PLANS = {
    "jf01": dict(
        unit="kg",
        products=[("Bánh đa ram loại mỏng, túi 500 g", "Túi 500 g", "túi", 0.5, [42000, 43500, 45000], [36000, 39600, 43200]),
                  ("Bánh đa ram cắt sẵn, hộp 300 g", "Hộp 300 g", "hộp", 0.3, [30000, 31000, 32000], [20000, 22000, 24000]),
                  ("Bánh đa ram loại dày, bao 5 kg", "Bao 5 kg", "bao", 5, [380000, 390000, 400000], [1200, 1300, 1400])],
        raws=[("Gạo tẻ Khang dân", "Gạo tẻ", "kg", 1.1, 17500, None,
               [("Hộ trồng lúa thôn Đông Thắng", 40, "hộ", 500),
                ("Hộ trồng lúa thôn Hưng Mỹ", 30, "hộ", 500),
                ("Đại lý gạo Thanh Bình (hợp đồng)", 1, "đại lý", 8000)])],
        cap=(150, 300, "2 máy × 75 kg bánh/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Tráng, phơi, sấy bánh", [6, 6, 7]),
               ("Cắt, đóng gói, kho", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        packc={"túi": 1500, "hộp": 3000, "bao": 9000}, energy=4500, piece=0,
        sell=0.06, tax=0.015, other=90,
        inv=[("Máy tráng bánh tự động thứ hai", 380, True), ("Lò sấy bánh bằng hơi nóng", 220, True),
             ("Cải tạo xưởng một chiều 120 m²", 260, True), ("Máy hàn túi, cân điện tử", 60, True),
             ("Thiết kế bao bì, mã vạch, tem QR", 45, False), ("Vốn lưu động", 335, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08,
        hist=dict(out=[23500, 25800, 27900], price=[78000, 80000, 82000], profit=[260.0, 305.0, 352.0]),
        quarters=[0.22, 0.20, 0.24, 0.34],
        months=[0.10, 0.06, 0.06, 0.07, 0.12, 0.10, 0.06, 0.06, 0.07, 0.12, 0.08, 0.10],
    ),
}

PLANS.update({
    "jf02": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "Hộp túi lọc", "hộp", 0.05, [45000, 46500, 48000], [24000, 25900, 28000]),
                  ("Cà gai leo khô cắt khúc, túi 250 g", "Túi 250 g", "túi", 0.25, [70000, 72000, 74000], [6000, 6480, 7000]),
                  ("Cà gai leo khô, bao 1 kg cho nhà thuốc", "Bao 1 kg", "bao", 1, [260000, 267000, 274000], [600, 650, 700])],
        raws=[("Cây cà gai leo tươi", "Cà gai leo tươi", "kg", 4.2, 9000, None,
               [("Vùng trồng của hợp tác xã", 1, "ha", 9000),
                ("Hộ thành viên thôn Bình Minh", 14, "hộ", 700),
                ("Hộ thôn Tân Phúc (hợp đồng thu mua)", 10, "hộ", 650)])],
        cap=(24, 250, "máy sấy bơm nhiệt 24 kg khô/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, cắt, đóng túi lọc", [2, 3, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.6, 5.9, 6.2],
        packc={"hộp": 7500, "túi": 2500, "bao": 5000}, energy=9000, piece=0,
        sell=0.07, tax=0.015, other=70,
        inv=[("Nhà sơ chế, phòng sấy và đóng gói 100 m²", 280, True), ("Máy sấy bơm nhiệt 24 kg/ngày", 260, True),
             ("Máy cắt, nghiền và máy đóng túi lọc", 320, True), ("Thiết kế bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 35, False), ("Vốn lưu động", 265, False)],
        src=[("Vốn góp của thành viên", 520), ("Quỹ phát triển của hợp tác xã", 180),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 380, 260], rate=0.08,
        hist=dict(out=[2700, 2880, 3050], price=[470000, 480000, 490000], profit=[205.0, 228.0, 251.0]),
        quarters=[0.24, 0.22, 0.24, 0.30],
        months=[0.02, 0.03, 0.08, 0.12, 0.14, 0.14, 0.12, 0.11, 0.10, 0.08, 0.04, 0.02],
    ),
    "jf03": dict(
        unit="kg",
        products=[("Mật ong hoa bưởi, chai 500 g", "Chai 500 g", "chai", 0.5, [170000, 176000, 182000], [3000, 3150, 3300]),
                  ("Mật ong hoa rừng, hũ 1 kg", "Hũ 1 kg", "hũ", 1, [280000, 290000, 300000], [1200, 1260, 1320]),
                  ("Mật ong hoa keo, can 2 kg", "Can 2 kg", "can", 2, [520000, 538000, 556000], [200, 210, 220])],
        raws=[("Mật ong thô (tự khai thác và thu mua)", "Mật ong thô", "kg", 1.05, 125000, None,
               [("Đàn ong của hộ", 190, "đàn", 12),
                ("Hộ nuôi ong thôn Phúc Lâm (hợp đồng)", 16, "hộ", 110)])],
        cap=(30, 200, "máy hạ thủy phần 30 kg/mẻ, 1 mẻ/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[5.2, 5.5, 5.8],
        packc={"chai": 9000, "hũ": 14000, "can": 18000}, energy=3000, piece=0,
        sell=0.05, tax=0.015, other=30,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True), ("Máy quay mật, bồn lắng inox 300 lít", 85, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True), ("Bổ sung 30 thùng ong và ong giống", 45, True),
             ("Chai, hũ, nhãn, tem truy xuất", 35, False), ("Vốn lưu động", 175, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 170, 90], rate=0.066,
        hist=dict(out=[2650, 2820, 2980], price=[285000, 292000, 300000], profit=[68.0, 74.0, 81.0]),
        quarters=[0.30, 0.34, 0.16, 0.20],
        months=[0.04, 0.13, 0.19, 0.16, 0.10, 0.04, 0.02, 0.02, 0.04, 0.08, 0.10, 0.08],
    ),
    "jf04": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống 16 vòng", "Nón trắng", "chiếc", 1, [95000, 98000, 101000], [6000, 6300, 6600]),
                  ("Nón bài thơ vẽ tay, hộp giấy", "Nón vẽ tay", "chiếc", 1, [190000, 196000, 202000], [1500, 1580, 1660]),
                  ("Nón lá mini lưu niệm", "Nón mini", "chiếc", 1, [42000, 43000, 44000], [2500, 2620, 2750])],
        raws=[("Lá nón khô đã ủi", "Lá nón", "kg", 0.13, 60000, None,
               [("Hộ hái lá thôn Khe Tre (hợp đồng)", 14, "hộ", 80),
                ("Hộ hái lá thôn Rào Trổ (hợp đồng)", 10, "hộ", 70)]),
              ("Vành tre, chỉ cước, quai", "Vành, chỉ", "bộ", 1, 8000, None,
               [("Cơ sở vót vành Thanh Lâm (hợp đồng)", 1, "cơ sở", 13000)])],
        cap=(50, 280, "25 thợ × 2 chiếc/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        packc={"chiếc": 3000}, energy=500, piece=30000,
        sell=0.06, tax=0.015, other=30,
        inv=[("Nhà xưởng chằm nón và kho lá 90 m²", 180, True), ("Lò sấy lá nón bằng điện", 45, True),
             ("Bàn ủi lá, khuôn nón, bàn vẽ", 40, True), ("Thiết kế hộp giấy, thẻ treo", 25, False),
             ("Đăng ký nhãn hiệu, thử nghiệm", 20, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 150)],
        life=10, loan=[150, 100, 50], rate=0.066,
        hist=dict(out=[8700, 9150, 9560], price=[88000, 91000, 94000], profit=[96.0, 108.0, 119.0]),
        quarters=[0.28, 0.22, 0.22, 0.28],
        months=[0.02, 0.03, 0.14, 0.17, 0.17, 0.12, 0.08, 0.07, 0.06, 0.05, 0.05, 0.04],
    ),
    "jf05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "Chai 500 ml", "chai", 0.5, [80000, 84000, 88000], [20000, 22400, 25080]),
                  ("Rượu nếp sim, bình gốm 1,5 lít", "Bình 1,5 lít", "bình", 1.5, [300000, 312000, 324000], [1500, 1680, 1880]),
                  ("Rượu nếp sim, can 5 lít", "Can 5 lít", "can", 5, [480000, 500000, 520000], [600, 670, 750])],
        raws=[("Gạo nếp cái", "Gạo nếp", "kg", 1.15, 26000, None,
               [("Hộ trồng nếp thôn Trung Bình", 30, "hộ", 450),
                ("Hộ trồng nếp thôn Sơn Bình", 24, "hộ", 450)]),
              ("Quả sim chín", "Quả sim", "kg", 0.4, 30000, None,
               [("Đồi sim của hợp tác xã", 6, "ha", 1200), ("Hộ hái sim thôn Khe Giao", 20, "hộ", 100)])],
        cap=(60, 270, "2 nồi × 30 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        packc={"chai": 9000, "bình": 45000, "can": 15000}, energy=5000, piece=0,
        sell=0.06, tax=0.02, other=60,
        inv=[("Kho ủ và hạ thổ rượu 50 m²", 180, True), ("Máy lọc, khử andehit, chiết rót", 240, True),
             ("Chum sành, bình gốm ủ 200 lít", 90, True), ("Hầm biogas và bể chứa bã rượu", 80, True),
             ("Thiết kế nhãn, hộp, tem truy xuất", 45, False), ("Vốn lưu động", 265, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 350, 250], rate=0.08,
        hist=dict(out=[12300, 13100, 13900], price=[140000, 145000, 150000], profit=[205.0, 232.0, 260.0]),
        quarters=[0.36, 0.16, 0.18, 0.30],
        months=[0.10, 0.04, 0.03, 0.04, 0.14, 0.14, 0.05, 0.04, 0.04, 0.14, 0.14, 0.10],
    ),
    "jf06": dict(
        unit="kg",
        products=[("Mực một nắng, túi hút chân không 500 g", "Mực túi 500 g", "túi", 0.5, [320000, 330000, 340000], [8000, 8600, 9200]),
                  ("Mực một nắng loại lớn, khay 1 kg", "Mực khay 1 kg", "khay", 1, [600000, 620000, 640000], [2500, 2700, 2900]),
                  ("Cá thu một nắng cắt khúc, khay 500 g", "Cá thu 500 g", "khay", 0.5, [150000, 155000, 160000], [6000, 6400, 6800])],
        raws=[("Mực ống tươi", "Mực tươi", "kg", 2.6, 130000, [0, 1],
               [("Tàu câu mực của công ty", 3, "tàu", 6500),
                ("Nậu vựa bến Cửa Sót (hợp đồng)", 1, "vựa", 9000)]),
              ("Cá thu tươi", "Cá thu tươi", "kg", 1.7, 110000, [2],
               [("Tàu lưới của ngư dân thôn Hải Thanh (hợp đồng)", 4, "tàu", 1800)])],
        cap=(45, 300, "45 kg thành phẩm/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, phơi, sấy", [5, 5, 5]),
               ("Đóng gói, kho lạnh", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        packc={"túi": 4000, "khay": 6000}, energy=12000, piece=0,
        sell=0.05, tax=0.015, other=90,
        inv=[("Kho lạnh 20 tấn và tủ cấp đông", 520, True), ("Giàn phơi inox có mái che 200 m²", 180, True),
             ("Máy hút chân không, máy dán khay", 140, True), ("Cải tạo nhà sơ chế 150 m²", 260, True),
             ("Thiết kế bao bì, mã vạch, tem QR", 50, False), ("Vốn lưu động", 650, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại cổ phần Công thương", 800)],
        life=10, loan=[800, 600, 400], rate=0.085,
        hist=dict(out=[7900, 8500, 9100], price=[480000, 495000, 510000], profit=[330.0, 365.0, 402.0]),
        quarters=[0.18, 0.32, 0.30, 0.20],
        months=[0.03, 0.05, 0.09, 0.12, 0.14, 0.13, 0.12, 0.11, 0.09, 0.06, 0.03, 0.03],
    ),
    "jf07": dict(
        unit="kg",
        products=[("Cao chè vằng, hộp 10 bánh (200 g)", "Hộp 200 g", "hộp", 0.2, [150000, 155000, 160000], [10000, 11000, 12100]),
                  ("Cao chè vằng, hộp 500 g", "Hộp 500 g", "hộp", 0.5, [330000, 340000, 350000], [2000, 2200, 2420]),
                  ("Cao chè vằng, gói 1 kg cho đại lý", "Gói 1 kg", "gói", 1, [600000, 618000, 636000], [500, 550, 605])],
        raws=[("Chè vằng khô (cành lá)", "Chè vằng khô", "kg", 7, 25000, None,
               [("Vùng chè vằng của công ty", 8, "ha", 2000),
                ("Hộ liên kết thôn Trung Hòa", 20, "hộ", 300)])],
        cap=(18, 280, "nồi cô chân không 18 kg cao/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Nấu chiết, cô cao", [3, 3, 3]),
               ("Định hình, sấy, đóng hộp", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8],
        packc={"hộp": 7000, "gói": 5000}, energy=25000, piece=0,
        sell=0.06, tax=0.015, other=80,
        inv=[("Nhà xưởng chiết xuất 180 m²", 520, True), ("Nồi chiết và nồi cô chân không", 480, True),
             ("Máy định hình, tủ sấy cao", 210, True), ("Kho chè vằng khô 80 m²", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 580, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.078,
        hist=dict(out=[2700, 2950, 3200], price=[640000, 655000, 670000], profit=[205.0, 236.0, 268.0]),
        quarters=[0.30, 0.20, 0.20, 0.30],
        months=[0.05, 0.05, 0.08, 0.10, 0.12, 0.12, 0.12, 0.10, 0.09, 0.07, 0.05, 0.05],
    ),
    "jf08": dict(
        unit="kg",
        products=[("Bột sắn dây nguyên chất, túi 500 g", "Túi 500 g", "túi", 0.5, [95000, 98000, 101000], [6000, 6400, 6800]),
                  ("Bột sắn dây nguyên chất, hộp 1 kg", "Hộp 1 kg", "hộp", 1, [180000, 186000, 192000], [2000, 2150, 2300]),
                  ("Bột sắn dây, gói 200 g", "Gói 200 g", "gói", 0.2, [42000, 43000, 44000], [5000, 5300, 5600])],
        raws=[("Củ sắn dây tươi", "Sắn dây tươi", "kg", 8.5, 4500, None,
               [("Diện tích sắn dây của tổ viên", 9, "ha", 6000),
                ("Hộ trồng sắn dây thôn Đồng Quang (hợp đồng)", 12, "hộ", 1000)])],
        cap=(36, 240, "máy xay, bể lắng 36 kg bột/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rửa, xay, lọc, lắng bột", [3, 3, 3]),
               ("Phơi sấy, đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.2, 5.5, 5.8],
        packc={"túi": 3000, "hộp": 6000, "gói": 1500}, energy=6000, piece=0,
        sell=0.06, tax=0.015, other=40,
        inv=[("Nhà sơ chế, bể lắng 120 m²", 260, True), ("Máy rửa, máy xay củ sắn dây", 180, True),
             ("Tủ sấy bột bằng nhiệt", 120, True), ("Bao bì, nhãn, mã vạch", 35, False),
             ("Vốn lưu động", 205, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=10, loan=[300, 200, 100], rate=0.06,
        hist=dict(out=[4800, 5200, 5600], price=[180000, 183000, 186000], profit=[120.0, 134.0, 149.0]),
        quarters=[0.40, 0.18, 0.14, 0.28],
        months=[0.22, 0.20, 0.08, 0.02, 0.00, 0.00, 0.00, 0.00, 0.02, 0.08, 0.18, 0.20],
    ),
    "jf09": dict(
        unit="lít",
        products=[("Trà bí đao, chai 330 ml", "Chai 330 ml", "chai", 0.33, [11000, 11500, 12000], [80000, 152000, 258400]),
                  ("Trà bí đao, chai 500 ml", "Chai 500 ml", "chai", 0.5, [15000, 15500, 16000], [20000, 38000, 64600])],
        raws=[("Bí xanh (bí đao) tươi", "Bí xanh", "kg", 0.55, 6000, None,
               [("Tổ hợp tác bí xanh Tượng Sơn (hợp đồng)", 12, "ha", 25000)]),
              ("Đường kính trắng", "Đường", "kg", 0.07, 22000, None,
               [("Đại lý tạp hóa Minh Hằng (hợp đồng)", 1, "đại lý", 12000)])],
        cap=(600, 250, "dây chuyền 600 lít/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Nấu, lọc, thanh trùng", [2, 2, 2]),
               ("Chiết chai, đóng thùng, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        packc={"chai": 2400}, energy=2500, piece=0,
        sell=0.10, tax=0.015, other=40,
        inv=[("Nồi nấu 300 lít và máy lọc", 160, True), ("Máy chiết rót, đóng nắp bán tự động", 240, True),
             ("Phòng chế biến 70 m²", 150, True), ("Xe ba gác điện giao hàng", 40, True),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066,
        hist=dict(out=[30500, 32800, 35200], price=[31000, 32000, 33000], profit=[84.0, 92.0, 99.0]),
        quarters=[0.14, 0.32, 0.34, 0.20],
        months=[0.04, 0.04, 0.06, 0.08, 0.12, 0.14, 0.14, 0.12, 0.10, 0.07, 0.05, 0.04],
    ),
    "jf10": dict(
        unit="kg",
        products=[("Nhút mít trộn, hũ 500 g", "Hũ 500 g", "hũ", 0.5, [35000, 36000, 37000], [6000, 6300, 6600]),
                  ("Nhút mít trộn, hũ 1 kg", "Hũ 1 kg", "hũ", 1, [62000, 64000, 66000], [2000, 2100, 2200]),
                  ("Nhút mít, xô 5 kg cho quán ăn", "Xô 5 kg", "xô", 5, [250000, 258000, 266000], [200, 210, 220])],
        raws=[("Mít non", "Mít non", "kg", 0.9, 6000, None,
               [("Vườn mít của gia đình", 1, "vườn", 1500),
                ("Hộ có vườn mít thôn Trường Xuân", 25, "hộ", 250)])],
        cap=(32, 260, "32 kg nhút/ngày"),
        roles=[("Chủ cơ sở, sổ sách", [1, 1, 1]), ("Thái mít, trộn, muối", [2, 2, 2]),
               ("Đóng hũ, giao hàng", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9],
        packc={"hũ": 4000, "xô": 12000}, energy=1500, piece=0,
        sell=0.05, tax=0.0, other=15,
        inv=[("Cải tạo gian chế biến 40 m²", 90, True), ("Máy thái mít, bàn inox, chum vại", 45, True),
             ("Tủ mát bảo quản", 25, True), ("Hũ thủy tinh, thiết kế nhãn", 20, False),
             ("Vốn lưu động", 70, False)],
        src=[("Tiền tích lũy của gia đình", 170), ("Vay Hội Liên hiệp Phụ nữ xã (tín chấp)", 80)],
        life=8, loan=[80, 50, 20], rate=0.07,
        hist=dict(out=[5000, 5400, 5700], price=[58000, 60000, 62000], profit=[30.0, 33.0, 36.0]),
        quarters=[0.30, 0.22, 0.20, 0.28],
        months=[0.04, 0.05, 0.10, 0.13, 0.15, 0.14, 0.11, 0.09, 0.07, 0.05, 0.04, 0.03],
    ),
})


LABELS = {"pack": "Bao bì, nhãn", "piece": "Tiền công khoán", "energy": "Điện, nước, nhiên liệu",
          "wage": "Tiền lương", "dep": "Khấu hao tài sản cố định", "interest": "Lãi vay",
          "sell": "Bán hàng, quảng bá", "tax": "Thuế, phí", "other": "Chi phí khác"}
PLANS["jf09"]["labels"] = {"pack": "Chai, nắp, thùng"}
PLANS["jf07"]["no_balance"] = True          # no "Còn dư" row: the shortfall is not printed
PLANS["jf05"]["no_use"] = True              # no capacity-use row: the excess is not printed
PLANS["jf10"]["no_tax"] = True              # an unregistered family declares no tax line


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def clean(x: float) -> float:
    return round(x, 6)


def model(k: str, planted: bool = True) -> dict:
    """Every figure plan k prints; with planted=False the true values behind the planted defects."""
    P = PLANS[k]
    m: dict = {}
    prods = P["products"]
    n = len(prods)
    m["units"] = [[clean(p[5][y] * p[3]) for y in range(3)] for p in prods]
    m["out"] = [clean(sum(m["units"][i][y] for i in range(n))) for y in range(3)]
    m["rev_line"] = [[r1(p[5][y] * p[4][y] / 1e6) for y in range(3)] for p in prods]
    if planted and k == "jf06":  # revenue-mismatch: 2028 line of cá thu printed 18 % high
        m["rev_line"][2][1] = r1(m["rev_line"][2][1] * 1.18)
    m["rev"] = [r1(sum(m["rev_line"][i][y] for i in range(n))) for y in range(3)]
    # raw materials
    m["need"], m["supply_rows"], m["supply"], m["raw_base"] = [], [], [], []
    for raw in P["raws"]:
        idx = raw[5] if raw[5] is not None else range(n)
        base = [clean(sum(m["units"][i][y] for i in idx)) for y in range(3)]
        m["raw_base"].append(base)
        m["need"].append([round(base[y] * raw[3]) for y in range(3)])
        rows = [(lab, c, w, yl, c * yl) for (lab, c, w, yl) in raw[6]]
        m["supply_rows"].append(rows)
        m["supply"].append(sum(r[4] for r in rows))
    # monthly calendar of the first raw material, 2027
    need0 = m["need"][0][0]
    if need0 >= 8000:
        m["munit"], tot = "tấn", r1(need0 / 1000)
        vals = [r1(need0 * s / 1000) for s in P["months"][:11]]
        vals.append(r1(tot - sum(vals)))
    else:
        m["munit"], tot = "kg", need0
        vals = [round(need0 * s) for s in P["months"][:11]]
        vals.append(tot - sum(vals))
    m["month"], m["month_total"] = vals, tot
    # quarterly split of 2027 packs (wide table, base units)
    m["q_packs"], m["q_units"] = [], []
    for p in prods:
        step = 100 if p[5][0] >= 5000 else 10
        q = [round(p[5][0] * s / step) * step for s in P["quarters"][:3]]
        q.append(p[5][0] - sum(q))
        m["q_packs"].append(q)
        m["q_units"].append([clean(v * p[3]) for v in q])
    m["q_total"] = [clean(sum(m["q_units"][i][j] for i in range(n))) for j in range(4)]
    m["q_total_printed"] = list(m["q_total"])
    if planted and k == "jf05":  # table-total-mismatch: Quý IV of the "Cộng" row
        m["q_total_printed"][3] = clean(m["q_total"][3] - 1200)
    rating, days = P["cap"][0], P["cap"][1]
    m["cap"] = rating * days
    m["use"] = [r1(m["out"][y] / m["cap"] * 100) for y in range(3)]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    m["fund"] = [r1(m["staff"][y] * P["wage"][y] * 12) for y in range(3)]
    m["fixed"] = sum(v for (_, v, f) in P["inv"] if f)
    m["inv"] = sum(v for (_, v, f) in P["inv"])
    m["src"] = sum(v for (_, v) in P["src"])
    m["dep"] = r1(m["fixed"] / P["life"])
    labels = dict(LABELS, **P.get("labels", {}))
    cost, cl = {}, []
    for r, raw in enumerate(P["raws"]):
        cost[f"raw{r}"] = [r1(m["need"][r][y] * raw[4] / 1e6) for y in range(3)]
        cl.append((f"raw{r}", raw[1]))
    cost["pack"] = [r1(sum(prods[i][5][y] * P["packc"][prods[i][2]] for i in range(n)) / 1e6) for y in range(3)]
    cl.append(("pack", labels["pack"]))
    if P.get("piece"):
        cost["piece"] = [r1(m["out"][y] * P["piece"] / 1e6) for y in range(3)]
        cl.append(("piece", labels["piece"]))
    cost["energy"] = [r1(m["out"][y] * P["energy"] / 1e6) for y in range(3)]
    cost["wage"] = list(m["fund"])
    cost["dep"] = [m["dep"]] * 3
    cost["interest"] = [r1(b * P["rate"]) for b in P["loan"]]
    cost["sell"] = [r1(m["rev"][y] * P["sell"]) for y in range(3)]
    keys = ["energy", "wage", "dep", "interest", "sell"]
    if not P.get("no_tax"):
        cost["tax"] = [r1(m["rev"][y] * P["tax"]) for y in range(3)]
        keys.append("tax")
    cost["other"] = [float(P["other"])] * 3
    keys.append("other")
    cl += [(x, labels[x]) for x in keys]
    m["cost_lines"], m["cost_labels"] = cost, cl
    m["cost"] = [r1(sum(v[y] for v in cost.values())) for y in range(3)]
    m["cost_printed"] = list(m["cost"])
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["profit_printed"] = list(m["profit"])
    if planted and k == "jf09":  # profit-mismatch: 2027 profit leaves out the interest line
        m["profit_printed"][0] = r1(m["profit"][0] + cost["interest"][0])
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    m["margin_printed"] = [r1(m["profit_printed"][y] / m["rev"][y] * 100) for y in range(3)]
    m["payback"] = r1(m["inv"] / (sum(m["profit_printed"]) / 3 + m["dep"]))
    m["payback_printed"] = m["payback"]
    if planted and k == "jf07":  # payback-mismatch: the side box and the text say 1,6 years
        m["payback_printed"] = 1.6
    h = P["hist"]
    m["hrev"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in range(3)]
    m["hgrowth"] = r1((math.sqrt(h["out"][2] / h["out"][0]) - 1) * 100)
    m["extra_text"] = {}
    if k == "jf06":  # figure-inconsistent: the first-page box states another 2027 output
        m["extra_text"]["box_out27"] = "11.500" if planted else "9.500"
    return m


# --------------------------------------------------------------------------- reading the plans
READY = ("jf01", "jf02", "jf03", "jf04")
SKETCHY = ("jf11", "jf12")
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")
NUMCELL = re.compile(r"^-?[\d.]+(,\d+)?$")


def num(c: str):
    c = c.strip()
    if c in ("–", "-"):
        return 0.0
    return vn(c) if NUMCELL.match(c) else None


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        self.tables: list[dict] = []
        cur = None
        unit = None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if cur is None:
                    cur = {"header": cells, "rows": [], "unit": unit}
                    self.tables.append(cur)
                elif not set(s) <= set("|-: "):
                    cur["rows"].append(cells)
                continue
            cur = None
            if s:
                unit = s if s.startswith("ĐVT") else None

    # a table whose header or first-column labels contain `mark`
    def table(self, mark: str, where: str = "header") -> dict:
        for t in self.tables:
            cells = t["header"] if where == "header" else [c for r in t["rows"] for c in r[:2]]
            if any(mark in c for c in cells):
                return t
        self.failures.append(f"table not found: {mark}")
        return {"header": [], "rows": [], "unit": None}

    def trow(self, t: dict, label: str, n: int = 3) -> list[float]:
        """the last n numbers of the first row of t whose first or second cell starts with label"""
        for r in t["rows"]:
            if any(c.startswith(label) for c in r[:2]):
                nums = [v for v in (num(c) for c in r[1:]) if v is not None]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label!r} in table {t['header'][:3]}")
        return [0.0] * n

    def eq(self, printed: float, true: float, what: str, tol: float = 0.01) -> None:
        if not (close(printed, true, tol) or abs(printed - true) <= 0.11):
            self.failures.append(f"{what}: printed {printed}, computed {true}")

    def planted(self, printed: float, true: float, what: str) -> None:
        if not off(printed, true):
            self.failures.append(f"planted {what} not wrong by > 5 %: printed {printed}, true {true}")


def fmt0(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


def fmt1(x: float) -> str:
    a, b = f"{x:,.1f}".split(".")
    return a.replace(",", ".") + "," + b


def fmtq(x: float) -> str:
    return fmt0(x) if abs(x - round(x)) < 1e-9 else fmt1(x)


# --------------------------------------------------------------------------- checks of a full plan
def check_full(p: Plan) -> None:
    k = p.key
    P = PLANS[k]
    m = model(k, planted=True)
    t = model(k, planted=False)
    n = len(P["products"])
    Yi = range(3)

    # history
    h = p.table("Năm 2024")
    out_h, price_h = p.trow(h, "1"), p.trow(h, "2")
    rev_h, prof_h = p.trow(h, "3"), p.trow(h, "4")
    for y in Yi:
        p.eq(out_h[y], P["hist"]["out"][y], f"history output {2024 + y}")
        p.eq(rev_h[y], out_h[y] * price_h[y] / 1e6, f"history revenue {2024 + y} = output x price")
        p.eq(prof_h[y], P["hist"]["profit"][y], f"history profit {2024 + y}")
    g = (math.sqrt(out_h[2] / out_h[0]) - 1) * 100
    p.has(f"{fmt1(r1(g))} %/năm")
    p.check(t["out"][0] <= out_h[2] * 1.25, "2027 output more than +25 % over 2026")

    # production plan: packs, output, capacity
    pt = p.table("Sản lượng quy đổi", "rows")
    packs = []
    for i, prod in enumerate(P["products"]):
        row = p.trow(pt, f"{i + 1}")
        packs.append(row)
        for y in Yi:
            p.eq(row[y], prod[5][y], f"packs of {prod[1]} {YEARS[y]}")
    out = p.trow(pt, "Sản lượng quy đổi")
    cap = p.trow(pt, "Công suất")
    for y in Yi:
        p.eq(out[y], sum(packs[i][y] * P["products"][i][3] for i in range(n)), f"output {YEARS[y]} = sum packs x size")
        p.eq(cap[y], P["cap"][0] * P["cap"][1], "capacity = rating x days")
    if not P.get("no_use"):
        use = p.trow(pt, "Mức sử dụng")
        for y in Yi:
            p.eq(use[y], out[y] / cap[y] * 100, f"capacity use {YEARS[y]}")
    if k == "jf05":  # capacity-exceeded: 2029 output above capacity by more than 5 %
        p.planted(out[2], cap[2], "capacity-exceeded (2029 output vs capacity)")
        p.check(out[2] > cap[2] * 1.08, "jf05 2029 output not 8 % above capacity")
    else:
        for y in Yi:
            p.check(out[y] <= cap[y] * 0.86, f"output {YEARS[y]} above 86 % of capacity")
    p.has(fmt0(P["cap"][0] * P["cap"][1]))

    # quarterly wide table
    q = p.table("Quý I")
    totals = [0.0] * 7
    for i, prod in enumerate(P["products"]):
        r = p.trow(q, prod[1], 7)
        for j in range(7):
            totals[j] += r[j]
        p.eq(sum(r[:4]), r[4], f"quarters of {prod[1]} add up to the year")
        for y in Yi:
            p.eq(r[4 + y], packs[i][y] * prod[3], f"{prod[1]} {YEARS[y]} in the quarterly table = packs x size")
    tot = p.trow(q, "Cộng", 7)
    for j in range(7):
        if k == "jf05" and j == 3:  # table-total-mismatch
            p.planted(tot[j], totals[j], "table-total-mismatch (Quý IV total)")
        else:
            p.eq(tot[j], totals[j], f"quarterly total column {j + 1}")
    for y in Yi:
        p.eq(tot[4 + y], out[y], f"quarterly table year total {YEARS[y]} = output")

    # prices and revenue
    prt = None
    for tb in p.tables:
        if tb["unit"] and "đồng/đơn vị sản phẩm" in tb["unit"]:
            prt = tb
    if prt is None:
        p.failures.append("price table not found")
        return
    rt = p.table("Tổng doanh thu", "rows")
    rev_lines = []
    for i, prod in enumerate(P["products"]):
        pr = p.trow(prt, f"{i + 1}")
        rl = p.trow(rt, f"{i + 1}")
        rev_lines.append(rl)
        for y in Yi:
            p.eq(pr[y], prod[4][y], f"price of {prod[1]} {YEARS[y]}")
            true = packs[i][y] * pr[y] / 1e6
            if k == "jf06" and i == 2 and y == 1:  # revenue-mismatch
                p.planted(rl[y], true, "revenue-mismatch (2028 cá thu line)")
                p.check(close(true, t["rev_line"][2][1]), "jf06 true 2028 line")
            else:
                p.eq(rl[y], true, f"revenue {prod[1]} {YEARS[y]} = packs x price")
        if y and pr[2] > pr[0] * 1.12:
            p.failures.append(f"price of {prod[1]} grows more than 6 %/year")
    rev = p.trow(rt, "Tổng doanh thu")
    for y in Yi:
        p.eq(rev[y], sum(r[y] for r in rev_lines), f"revenue total {YEARS[y]}")
        p.eq(rev[y], m["rev"][y], f"revenue total {YEARS[y]} (model)")

    # raw materials
    for r, raw in enumerate(P["raws"]):
        nt = p.table(f"Nhu cầu {raw[1].lower()}", "rows")
        base = p.trow(nt, "1")
        norm = p.trow(nt, "2")
        need = p.trow(nt, "3")
        sup = p.trow(nt, "4")
        idx = raw[5] if raw[5] is not None else range(n)
        for y in Yi:
            p.eq(base[y], sum(packs[i][y] * P["products"][i][3] for i in idx), f"{raw[1]}: output it serves {YEARS[y]}")
            p.eq(norm[y], raw[3], f"{raw[1]}: norm")
            p.eq(need[y], base[y] * norm[y], f"{raw[1]}: need {YEARS[y]} = output x norm")
            p.eq(sup[y], sum(c * yl for (_, c, _, yl) in raw[6]), f"{raw[1]}: supply = sum count x yield")
            if k == "jf07":  # material-shortfall
                p.planted(sup[y], need[y], f"material-shortfall {YEARS[y]} (supply vs need)")
                p.check(need[y] > sup[y], f"jf07 need {YEARS[y]} not above supply")
            else:
                p.check(need[y] <= sup[y] * 0.95, f"{raw[1]}: need {YEARS[y]} not 5 % within supply")
        if not P.get("no_balance"):
            bal = p.trow(nt, "5")
            for y in Yi:
                p.eq(bal[y], sup[y] - need[y], f"{raw[1]}: surplus {YEARS[y]}")
        else:
            p.check(not any(r_[1].startswith("Còn") for r_ in nt["rows"]), "jf07 prints a surplus row")
        # supply rows: printed table (count x yield) or the prose
        st = [tb for tb in p.tables if tb["header"][:2] == ["TT", "Nguồn cung"]]
        if r == 0 and st:
            total = 0.0
            for j, (lab, c, w, yl) in enumerate(raw[6]):
                row = p.trow(st[0], f"{j + 1}", 2)
                p.eq(row[0], yl, f"{lab}: yield")
                p.eq(row[1], c * yl, f"{lab}: supply = count x yield")
                total += row[1]
            p.eq(p.trow(st[0], "Tổng nguồn cung", 1)[0], total, "supply table total")
    if k in ("jf01", "jf05", "jf06", "jf08"):  # supply given in prose
        prose = {"jf01": ["40 hộ thôn Đông Thắng và 30 hộ thôn Hưng Mỹ, mỗi hộ bán 500 kg", "(tổng 35.000 kg)",
                          "8.000 kg/năm"],
                 "jf05": ["30 hộ thôn Trung Bình và 24 hộ thôn Sơn Bình, mỗi hộ 450 kg/năm (tổng 24.300 kg)",
                          "6 ha đồi sim của hợp tác xã (1.200 kg/ha)", "(100 kg/hộ), tổng 9.200 kg/năm"],
                 "jf06": ["3 tàu câu của công ty (mỗi tàu khoảng 6.500 kg/năm)", "9.000 kg/năm",
                          "4 tàu lưới", "mỗi tàu 1.800 kg/năm"],
                 "jf08": ["9 ha sắn dây của tổ viên (6.000 kg/ha, tổng 54.000 kg)", "12 hộ",
                          "mỗi hộ 1.000 kg/năm"]}[k]
        p.has(*prose)

    # monthly calendar of the first raw material
    mt = p.table("Tháng")
    mv = [num(c) for c in mt["rows"][0][1:]] if mt["rows"] else [0.0] * 13
    p.eq(sum(mv[:12]), mv[12], "monthly calendar adds up")
    p.eq(mv[12] * (1000 if m["munit"] == "tấn" else 1), t["need"][0][0], "monthly calendar = 2027 need", 0.01)

    # staff and wages
    sft = p.table("Bộ phận")
    staff = p.trow(sft, "Cộng lao động")
    wage = p.trow(sft, "Lương bình quân")
    fund = p.trow(sft, "Quỹ lương")
    for y in Yi:
        p.eq(staff[y], sum(p.trow(sft, f"{i + 1}")[y] for i in range(len(P["roles"]))), f"staff {YEARS[y]}")
        p.eq(fund[y], staff[y] * wage[y] * 12, f"wage fund {YEARS[y]} = staff x wage x 12")

    # investment and sources
    it = p.table("Hạng mục")
    inv = p.trow(it, "Tổng vốn đầu tư", 1)[0]
    p.eq(inv, sum(p.trow(it, f"{i + 1}", 1)[0] for i in range(len(P["inv"]))), "investment items add up")
    for i, (lab, v, f) in enumerate(P["inv"]):
        p.eq(p.trow(it, f"{i + 1}", 1)[0], v, f"investment item {lab}")
    srt = p.table("Nguồn vốn")
    src_rows = [p.trow(srt, f"{i + 1}", 2) for i in range(len(P["src"]))]
    src = p.trow(srt, "Tổng nguồn vốn", 2)[0]
    p.eq(src, sum(r_[0] for r_ in src_rows), "sources add up")
    for (lab, v), r_ in zip(P["src"], src_rows):
        p.eq(r_[0], v, f"source {lab}")
        p.eq(r_[1], r_[0] / src * 100, "source share %")
    p.eq(p.trow(srt, "Tổng nguồn vốn", 2)[1], 100.0, "source shares total 100 %")
    if k == "jf08":  # capital-mismatch
        p.planted(src, inv, "capital-mismatch (sources vs investment)")
    else:
        p.eq(src, inv, "sources = investment")

    # costs
    ct = p.table("Khoản mục chi phí")
    lines = {}
    for j, (key, lab) in enumerate(m["cost_labels"]):
        lines[key] = p.trow(ct, f"{j + 1}")
    ctot = p.trow(ct, "Tổng chi phí")
    for y in Yi:
        for r, raw in enumerate(P["raws"]):
            p.eq(lines[f"raw{r}"][y], t["need"][r][y] * raw[4] / 1e6, f"{raw[1]} cost {YEARS[y]} = need x price")
        p.eq(lines["pack"][y], sum(packs[i][y] * P["packc"][P["products"][i][2]] for i in range(n)) / 1e6,
             f"packaging {YEARS[y]}")
        if "piece" in lines:
            p.eq(lines["piece"][y], out[y] * P["piece"] / 1e6, f"piece-rate pay {YEARS[y]}")
        p.eq(lines["energy"][y], out[y] * P["energy"] / 1e6, f"energy {YEARS[y]}")
        p.eq(lines["wage"][y], fund[y], f"wages {YEARS[y]} = wage fund")
        p.eq(lines["dep"][y], m["fixed"] / P["life"], "depreciation = fixed assets / life")
        p.eq(lines["interest"][y], P["loan"][y] * P["rate"], f"interest {YEARS[y]}")
        p.eq(lines["sell"][y], rev[y] * P["sell"], f"selling {YEARS[y]} = share x printed revenue")
        if "tax" in lines:
            p.eq(lines["tax"][y], rev[y] * P["tax"], f"tax {YEARS[y]}")
        p.eq(lines["other"][y], P["other"], "other costs")
        p.eq(ctot[y], sum(v[y] for v in lines.values()), f"cost total {YEARS[y]}")
    p.eq(m["fixed"], sum(v for (_, v, f) in P["inv"] if f), "fixed assets")

    # efficiency
    et = p.table("Tỷ suất lợi nhuận", "rows")
    er, ec, ep, em = (p.trow(et, lab) for lab in ("Doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất"))
    for y in Yi:
        p.eq(er[y], rev[y], f"efficiency revenue {YEARS[y]}")
        p.eq(ec[y], ctot[y], f"efficiency cost {YEARS[y]}")
        if k == "jf09" and y == 0:  # profit-mismatch
            p.planted(ep[y], er[y] - ec[y], "profit-mismatch (2027)")
        else:
            p.eq(ep[y], er[y] - ec[y], f"profit {YEARS[y]} = revenue - cost")
        p.eq(em[y], ep[y] / er[y] * 100, f"margin {YEARS[y]}")
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]} outside 0-40 %")
    # growth of the true revenue (history 2026 -> 2027 -> ...)
    seq = [t["hrev"][2]] + t["rev"]
    for y in range(3):
        gr = seq[y + 1] / seq[y] - 1
        if k == "jf09" and y:
            p.check(gr > 0.5, f"jf09 growth {YEARS[y]} not above 50 %")
        else:
            p.check(gr < 0.35, f"revenue growth {YEARS[y]} {gr:.0%} over 35 %")
    # payback as printed
    pb = re.findall(r"(?:≈|khoảng) (\d+,\d) năm", p.body)
    p.check(bool(pb), "no payback stated")
    true_pb = inv / (sum(ep) / 3 + m["dep"])
    for s in pb:
        if k == "jf07":  # payback-mismatch
            p.planted(vn(s), true_pb, "payback-mismatch")
        else:
            p.eq(vn(s), true_pb, "payback = investment / (average profit + depreciation)", 0.05)

    # figures repeated in the summary boxes and the prose
    p.has(f"{fmtq(m['out'][0])} ", f"{fmt1(m['rev'][0])} triệu đồng", fmt0(m["inv"]))
    if k == "jf06":  # figure-inconsistent: the first-page box
        box = re.search(r"\| Sản lượng năm 2027 \| ([\d.]+) kg", p.body)
        p.check(bool(box), "jf06 summary box output not found")
        if box:
            p.planted(vn(box.group(1)), out[0], "figure-inconsistent (summary box output)")
        p.has(f"Sản lượng thành phẩm {fmtq(out[0])} kg năm 2027")


# --------------------------------------------------------------------------- text checks
def check_text(p: Plan) -> None:
    k = p.key
    b = p.body
    if k in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS", "thử nghiệm",
              "Nhãn hiệu", "QR")
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        for d in re.findall(r"hiệu lực đến (\d{1,2})/(\d{1,2})/(\d{4})", b):
            p.check(int(d[2]) >= 2028, f"paper valid only to {'/'.join(d)}")
        if k != "jf04":
            p.has("an toàn thực phẩm", "tự công bố")
        if k == "jf02":
            p.has("không ghi công dụng chữa bệnh")
        if k == "jf04":
            p.has("không phải là thực phẩm")
        p.has("UBND xã")
    if k not in ("jf08",) and k not in SKETCHY:
        p.lacks(REPLACED, "outdated instrument")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k != "jf08":
        p.lacks(PLACEHOLDER, "template placeholder")
    if k == "jf05":  # no-alcohol-license
        p.lacks(r"giấy phép|cấp phép|(?<!\w)phép(?!\w)|105/2017|17/2020|rượu thủ công", "alcohol licence mentioned")
        p.has("29 % vol", "Sở Công Thương", "QCVN 6-3:2010/BYT", "đăng ký môi trường")
    if k == "jf06":  # no-environment-measures
        p.lacks(r"môi trường|nước thải|chất thải|(?<!\w)mùi(?!\w)|xử lý|(?<!\w)rác(?!\w)|bể lắng|biogas|"
                r"hố thấm|ô nhiễm|vệ sinh|thu gom", "environmental measure mentioned")
        p.has("bỏ nội tạng", "an toàn thực phẩm", "TCCS")
    if k == "jf07":  # no-product-standard
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "product standard mentioned")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "QR")
        p.has("bảo đảm đủ cho sản xuất cả giai đoạn")
    if k == "jf08":  # outdated-policy, boilerplate
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "huyện Hương Sơn")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP instrument cited")
        p.check(len(re.findall(PLACEHOLDER, b)) >= 3, "jf08: fewer than 3 placeholders")
        p.has("bảo đảm đủ cho nhu cầu đầu tư")
    if k == "jf09":  # no-label-plan
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|\bQR\b", "label mentioned")
        p.has("an toàn thực phẩm", "TCCS", "Nhãn hiệu", "giữ nguyên 5 lao động", "còn rất lớn")
    if k == "jf10":  # no-business-registration, no-food-safety, name-inconsistent
        p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|"
                r"tổ hợp tác|đăng ký hộ|giấy phép", "registration mentioned")
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết|vệ sinh", "food safety mentioned")
        p.check(p.count("Cơ sở nhút Hồng Phúc") >= 3, "jf10: other producer named fewer than 3 times")
        p.check(p.count("Phạm Lài") >= 3, "jf10: own name fewer than 3 times")
        p.has("TCCS", "43/2017/NĐ-CP", "bể lắng")
    if k in SKETCHY:
        words = len(re.findall(r"\w+", b))
        p.check(150 <= words <= 350, f"sketchy plan has {words} words")
        p.check(not p.rows, "sketchy plan has a table")
        p.lacks(r"TCCS|an toàn thực phẩm|tự công bố|nhãn hiệu|môi trường", "a paper in a sketchy plan")
        p.has(*{"jf11": ["3.000 chai", "25.000 đồng/chai", "50 triệu đồng", "75 triệu đồng"],
                "jf12": ["2 ha", "50.000 đồng/người", "300 triệu đồng"]}[k])
        if k == "jf12":
            p.lacks(r"đăng ký|hộ kinh doanh|mã số thuế", "registration in jf12")


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    stems = sorted(f.stem for f in (HERE / "src").glob("jf*.md"))
    if keys:
        stems = [s for s in stems if s[:4] in keys]
    plans = []
    for stem in stems:
        p = Plan(stem)
        if p.key in PLANS:
            check_full(p)
        check_text(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
