"""The 271st holdout set's arithmetic, recomputed from the constants below: what a careful
reviewer checks by hand on terse plans.

    .venv/bin/python tests/holdout271/arithmetic.py [jm01 jm05 ...]

Theme: terse but complete plans. Every full plan (jm01-jm10) is written in bullets, "Mục: nội
dung" lines, one-line leads over dense tables and office abbreviations (SL, ĐG, DT, CP, LN, KH,
TSCĐ, VLĐ, NVL, tr.đ), so every figure sits in a table cell or a short line. The constants give,
per plan: the products (pack size in the plan's base unit, price in đồng, packs per year, the
packaging cost per pack, a piece rate for hand-made goods), the 2024-2026 history (output, average
price, profit), the raw materials (norm per base unit, price, supply rows as count x yield), the
binding equipment (rating per day x days, or vats x litres), staff by role and the monthly wage,
energy per base unit, the selling line, the tax share, the investment items (fixed or not) and
sources, asset life, loan balances and rate, and the sales channels' shares. `model()` turns them
into every figure a plan prints; `printed()` applies the planted numeric defects (and only the
knock-ons the notes name). From the plan's Markdown (tables found by their caption "Bảng N") this
script reads back: history revenue = output x average price, prices, packs, output = sum of packs x
size, capacity = rating x days and its use, channel volumes = share x output, supply rows = count x
yield and their sum, need = output x norm and the balance, staff and wage fund, investment items
and total, sources, their shares and total, revenue lines = packs x price and their total, every
cost line (need x price, packs x pack cost, output x energy, staff x wage x 12, fixed assets / life,
loan x rate, the selling line, tax share x revenue) and the total, profit = revenue - cost, margin,
payback = investment / (average profit + depreciation), and the figures the prose repeats. Planted
numeric defects must be wrong by more than 5 % (the true value beside them), everything else right
within 1 % (or 0,11 of a million). Textual defects are asserted by the absence or presence of
their words; ready plans cite QĐ 148 and QĐ 1489 and no replaced instrument or district body.
Sketchy plans: 150-350 words, no table, a few loose figures.
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

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


def _p(label, short, pack, size, price, packs, pc, piece=0):
    """A product: label, short name, pack word, size in base units, price (đ), packs a year,
    packaging cost a pack (đ), piece rate a pack (đ, hand-made goods only)."""
    return dict(label=label, short=short, pack=pack, size=size, price=price, packs=packs, pc=pc,
                piece=piece)


def _r(label, unit, norm, price, supply):
    """A raw material: norm per base unit of output, price (đ per its unit), supply rows
    (label, count, count word, yield per count)."""
    return dict(label=label, unit=unit, norm=norm, price=price, supply=supply)


# --------------------------------------------------------------------------- constants
# hist: (output, average price đ, profit triệu) for 2024-2026
# cap: rating per day (or litres per vat) x days (or vats); staff: (role, n or [n per year])
# wage: triệu a month; energy: đ per base unit; sell: triệu a year; tax: share of revenue
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year; rate
# chan: (channel, share of the 2027 output in %)
# tables: the kinds in caption order ("Bảng 1" is tables[0])
PLANS: dict[str, dict] = {
    "jm01": dict(
        unit="kg",
        products=[_p("Bánh ram ít đông lạnh, hộp 10 cái 400 g", "Bánh ram ít đông lạnh", "hộp", 0.4, 48000, [30000, 33000, 36000], 4500),
                  _p("Bánh ram chiên sẵn, khay 6 cái 300 g", "Bánh ram chiên sẵn", "khay", 0.3, 42000, [12000, 13500, 15000], 3500),
                  _p("Bánh ít lá gai, túi 10 cái 500 g", "Bánh ít lá gai", "túi", 0.5, 50000, [8000, 9000, 10000], 2500)],
        hist=[(15200, 104000, 190.0), (16800, 108000, 235.0), (18300, 112000, 290.0)],
        raws=[_r("Gạo nếp", "kg", 0.45, 28000, [("Hộ trồng nếp thôn Trung Lộc", 30, "hộ", 250),
                                                 ("Hộ trồng nếp thôn Đông Hội", 16, "hộ", 250)]),
              _r("Đậu xanh", "kg", 0.12, 45000, [("Hộ trồng đậu thôn Bắc Hà", 24, "hộ", 150)]),
              _r("Thịt lợn, tôm đất", "kg", 0.15, 140000, [("HĐ với HTX chăn nuôi Đồng Lộc", 1, "HĐ", 4000)])],
        cap=(100, 300), staff=[("GĐ, kế toán", 2), ("Sản xuất", [6, 7, 7]), ("Bán hàng, giao hàng", 2)],
        wage=6.0, energy=1800, sell=[110, 120, 130], tax=0.015,
        inv=[("Máy nhồi, cán bột", 180, True), ("Dây chuyền chiên, ly tâm tách dầu", 220, True),
             ("Tủ cấp đông, kho lạnh 20 m³", 260, True), ("Cải tạo xưởng một chiều", 150, True),
             ("Bao bì, mã vạch, tem QR", 40, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Agribank chi nhánh Hà Tĩnh", 500)],
        life=10, loan=[500, 400, 300], rate=0.085,
        chan=[("Siêu thị, cửa hàng tiện lợi (12 điểm)", 35), ("Đại lý thực phẩm đông lạnh (5 đại lý)", 30),
              ("Điểm OCOP, cửa hàng đặc sản (6 điểm)", 15), ("Nhà hàng, bếp ăn (9 đơn vị)", 10),
              ("Sàn TMĐT, bán lẻ tại cơ sở", 10)],
        tables=["hist", "prod", "comp", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev",
                "cost", "sum", "papers", "sched"]),
    "jm02": dict(
        unit="kg",
        products=[_p("Mật ong hoa rừng, chai 500 g", "Mật ong hoa rừng", "chai", 0.5, 185000, [6000, 6600, 7200], 9000),
                  _p("Mật ong hoa keo, hũ 1 kg", "Mật ong hoa keo hũ 1 kg", "hũ", 1, 250000, [2500, 2800, 3000], 12000),
                  _p("Mật ong hoa keo, chai 250 g", "Mật ong hoa keo chai 250 g", "chai", 0.25, 75000, [4000, 4400, 4800], 6000)],
        hist=[(5200, 290000, 150.0), (5700, 300000, 180.0), (6100, 305000, 205.0)],
        raws=[_r("Mật ong thô", "kg", 1.05, 140000, [("Đàn ong của 14 thành viên", 560, "đàn", 12),
                                                      ("Hộ liên kết thôn Khe Giao", 12, "hộ", 180)])],
        cap=(80, 150), staff=[("BQT, kế toán", 3), ("Quay mật, lọc", 3), ("Đóng chai, bán hàng", 2)],
        wage=5.5, energy=300, sell=[80, 85, 90], tax=0.015,
        inv=[("Máy hạ thủy phần 40 kg/mẻ", 180, True), ("Bồn inox, máy lọc", 120, True),
             ("Phòng đóng chai 40 m²", 200, True), ("100 thùng ong mới", 120, True),
             ("Kiểm nghiệm, bao bì, nhãn", 40, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp thành viên", 400), ("Quỹ phát triển HTX", 100), ("Vay Agribank", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        chan=[("Cửa hàng đặc sản, điểm OCOP (14 điểm)", 40), ("Nhà thuốc đông y (6 nhà thuốc)", 15),
              ("Khách sỉ Hà Nội, Vinh (3 khách)", 25), ("Bán tại HTX, Facebook, Zalo", 20)],
        tables=["hist", "prod", "comp", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev",
                "cost", "sum", "papers"]),
    "jm03": dict(
        unit="lít",
        products=[_p("Rượu nếp sim 29 độ, chai 500 ml", "Rượu nếp sim chai 500 ml", "chai", 0.5, 85000, [14000, 15500, 17000], 8000),
                  _p("Rượu nếp sim 29 độ, bình gốm 1,5 lít", "Rượu nếp sim bình gốm", "bình", 1.5, 260000, [1600, 1800, 2000], 45000)],
        hist=[(7200, 150000, 220.0), (7900, 155000, 260.0), (8600, 160000, 300.0)],
        raws=[_r("Gạo nếp", "kg", 1.1, 30000, [("Ruộng nếp của hộ", 1.2, "ha", 5000),
                                                ("Hộ trồng nếp thôn Kim Tân", 20, "hộ", 400)]),
              _r("Quả sim chín", "kg", 0.35, 35000, [("Hộ hái sim thôn Khe Cò", 25, "hộ", 180)])],
        cap=(60, 250), staff=[("Chủ hộ, sổ sách", 1), ("Nấu, chưng cất", 3), ("Chiết chai, bán hàng", 2)],
        wage=5.5, energy=3000, sell=[90, 95, 100], tax=0.02,
        inv=[("Nồi chưng cất inox 2 × 30 lít", 160, True), ("Máy lọc khử andehit", 120, True),
             ("Kho ủ, hạ thổ 40 m²", 180, True), ("Chum, bình ủ", 60, True), ("Bể biogas, bể chứa bã", 70, True),
             ("Bao bì, nhãn, tem", 30, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Agribank", 300)],
        life=10, loan=[300, 200, 100], rate=0.08,
        chan=[("Nhà hàng, quán đặc sản (18 quán)", 40), ("Cửa hàng đặc sản, điểm OCOP (7 điểm)", 30),
              ("Quà biếu, khách lẻ tại cơ sở", 20), ("Sàn TMĐT (khách trên 18 tuổi)", 10)],
        tables=["hist", "prod", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev", "cost",
                "sum", "papers"]),
    "jm04": dict(
        unit="chiếc",
        products=[_p("Nón lá trắng 16 vành", "Nón lá trắng", "chiếc", 1, 55000, [5000, 5400, 5800], 1500, 18000),
                  _p("Nón bài thơ", "Nón bài thơ", "chiếc", 1, 120000, [1500, 1700, 1900], 3000, 40000),
                  _p("Nón lá mini lưu niệm, hộp giấy", "Nón mini", "chiếc", 1, 45000, [1200, 1400, 1600], 4000, 15000)],
        hist=[(6200, 58000, 52.0), (6700, 60000, 63.0), (7100, 63000, 74.0)],
        raws=[_r("Lá nón khô", "kg", 0.1, 80000, [("Hộ hái lá thôn Trung Sơn", 18, "hộ", 40),
                                                   ("Cơ sở thu mua lá Sơn Kim (HĐ)", 1, "HĐ", 400)]),
              _r("Vành tre", "bộ", 1, 5000, [("Hộ chuốt vành thôn Yên Hòa", 8, "hộ", 1300)])],
        cap=(40, 280), staff=[("Tổ trưởng, kế toán", 2)], piece_workers=25, piece_rate=1.6,
        wage=3.0, energy=500, sell=[25, 27, 29], tax=0.01,
        inv=[("Nhà xưởng chằm nón 80 m²", 150, True), ("Lò sấy lá, máy là lá", 60, True),
             ("Khuôn nón, dụng cụ", 20, True), ("Mẫu mã, thẻ treo, hộp", 25, False),
             ("Đăng ký nhãn hiệu", 15, False), ("Vốn lưu động", 50, False)],
        src=[("Vốn góp tổ viên", 220), ("Vay NHCSXH", 100)],
        life=10, loan=[100, 60, 20], rate=0.066,
        chan=[("Cửa hàng lưu niệm, điểm du lịch (9 điểm)", 45), ("Chợ, đại lý tạp hóa (11 đại lý)", 35),
              ("Đơn hàng đoàn, sự kiện", 10), ("Facebook, Shopee", 10)],
        tables=["hist", "prod", "comp", "chan", "raw", "staff", "out", "inv", "src", "rev", "cost",
                "sum", "papers", "sched"]),
    "jm05": dict(
        unit="lít",
        products=[_p("Nước mắm cốt 40 độ đạm, chai 500 ml", "Nước mắm cốt 40 độ đạm", "chai", 0.5, 80000, [16000, 18000, 20000], 7000),
                  _p("Nước mắm 30 độ đạm, chai 1 lít", "Nước mắm 30 độ đạm", "chai", 1, 65000, [8000, 9000, 10000], 8000),
                  _p("Nước mắm 20 độ đạm, can 5 lít", "Nước mắm 20 độ đạm", "can", 5, 200000, [1400, 1600, 1700], 15000)],
        hist=[(18500, 80000, 260.0), (19800, 83000, 300.0), (21500, 86000, 350.0)],
        raws=[_r("Cá cơm tươi", "kg", 1.3, 22000, [("Tàu của thành viên", 9, "tàu", 4500)]),
              _r("Muối hạt", "kg", 0.43, 4000, [("HĐ mua muối Diêm nghiệp Hộ Độ", 1, "HĐ", 13500)])],
        cap=(400, 60), staff=[("BQT, kế toán", 2), ("Chượp, lọc", 3), ("Chiết chai, bán hàng", 3)],
        wage=5.5, energy=1000, sell=[100, 110, 120], tax=0.015,
        inv=[("Dây chuyền chiết rót, đóng nắp", 220, True), ("Kho thành phẩm 60 m²", 180, True),
             ("Bể lọc inox", 100, True), ("Bao bì, mã vạch, tem", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp thành viên", 450), ("Vay Agribank", 350)],
        life=10, loan=[350, 250, 150], rate=0.08,
        chan=[("Đại lý, cửa hàng tạp hóa (26 điểm)", 45), ("Nhà hàng, bếp ăn (15 đơn vị)", 25),
              ("Điểm OCOP, cửa hàng đặc sản (5 điểm)", 15), ("Bán tại cơ sở, Zalo, Facebook", 15)],
        tables=["hist", "prod", "comp", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev",
                "cost", "sum"]),
    "jm06": dict(
        unit="lít",
        products=[_p("Rượu nếp cẩm 27 độ, chai 500 ml", "Rượu nếp cẩm chai 500 ml", "chai", 0.5, 90000, [20000, 22000, 24000], 9000),
                  _p("Rượu nếp cẩm 27 độ, bình sứ 1 lít", "Rượu nếp cẩm bình sứ", "bình", 1, 170000, [3000, 3500, 4000], 30000),
                  _p("Rượu nếp cẩm 27 độ, can 5 lít", "Rượu nếp cẩm can 5 lít", "can", 5, 450000, [600, 700, 800], 20000)],
        hist=[(12500, 145000, 300.0), (13800, 150000, 360.0), (15000, 155000, 420.0)],
        raws=[_r("Gạo nếp cẩm", "kg", 1.2, 32000, [("Hộ trồng nếp cẩm thôn Minh Tiến", 25, "hộ", 500),
                                                    ("Hộ trồng nếp cẩm thôn Minh Hòa", 15, "hộ", 500)]),
              _r("Men lá", "kg", 0.02, 150000, [("Tổ làm men của công ty", 1, "tổ", 500)])],
        cap=(120, 250), staff=[("GĐ, kế toán", 2), ("Nấu, ủ, chưng cất", 4), ("Lọc, chiết, đóng hộp", 2), ("Bán hàng", 2)],
        wage=6.0, energy=4000, sell=[150, 160, 170], tax=0.025,
        inv=[("Nồi chưng cất 3 × 40 lít", 240, True), ("Máy lọc, khử andehit", 150, True),
             ("Kho ủ rượu 80 m²", 300, True), ("Hầm biogas, bể bỗng", 90, True),
             ("Bao bì, nhãn, tem", 60, False), ("Vốn lưu động", 360, False)],
        src=[("Vốn góp cổ đông", 800), ("Vay VietinBank", 400)],
        life=10, loan=[400, 300, 200], rate=0.085,
        chan=[("Nhà hàng, khách sạn (22 đơn vị)", 40), ("Đại lý đồ uống (4 đại lý)", 30),
              ("Điểm OCOP, cửa hàng quà tặng (8 điểm)", 20), ("Bán tại công ty, TMĐT", 10)],
        tables=["hist", "prod", "comp", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev",
                "cost", "sum", "papers"]),
    "jm07": dict(
        unit="kg",
        products=[_p("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "Trà túi lọc hộp 30 túi", "hộp", 0.06, 45000, [40000, 44000, 48000], 7000),
                  _p("Cà gai leo khô cắt khúc, túi 500 g", "Cà gai leo khô túi 500 g", "túi", 0.5, 110000, [4000, 4500, 5000], 3000)],
        hist=[(3200, 440000, 180.0), (3600, 450000, 220.0), (4000, 465000, 270.0)],
        raws=[_r("Cà gai leo tươi", "kg", 5, 15000, [("Vùng trồng của công ty", 4, "ha", 5000),
                                                      ("Hộ liên kết thôn Hạ Vàng", 12, "hộ", 800)])],
        cap=(25, 260), staff=[("GĐ, kế toán", 2), ("Trồng, thu hái", 3), ("Sấy, đóng túi", 3), ("Bán hàng", 2)],
        wage=6.0, energy=5000, sell=[250, 260, 270], tax=0.015,
        inv=[("Nhà sấy, phòng đóng gói 120 m²", 450, True), ("Máy sấy bơm nhiệt", 300, True),
             ("Máy đóng túi lọc tự động", 380, True), ("Máy thái, máy nghiền", 120, True),
             ("Bao bì, mã QR", 50, False), ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vốn góp bổ sung của thành viên", 300), ("Vay BIDV", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        chan=[("Nhà thuốc, quầy dược liệu (30 điểm)", 35), ("Siêu thị, cửa hàng sạch (10 điểm)", 25),
              ("Nhà phân phối Hà Nội (1 HĐ)", 25), ("Điểm OCOP, TMĐT", 15)],
        tables=["hist", "prod", "comp", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev",
                "cost", "sum", "papers"]),
    "jm08": dict(
        unit="kg",
        products=[_p("Chả mực giã tay, khay 500 g", "Chả mực khay 500 g", "khay", 0.5, 200000, [6000, 6600, 7200], 4000),
                  _p("Chả mực, túi hút chân không 1 kg", "Chả mực túi 1 kg", "túi", 1, 380000, [1500, 1700, 1900], 5000)],
        hist=[(3400, 360000, 150.0), (3800, 370000, 175.0), (4100, 380000, 200.0)],
        raws=[_r("Mực tươi", "kg", 1.25, 150000, [("Tàu câu mực của gia đình", 1, "tàu", 2500),
                                                   ("Vựa hải sản bến Cửa Sót (HĐ)", 2, "vựa", 3000)]),
              _r("Mỡ lưng, gia vị", "kg", 0.1, 80000, [("Sạp thịt chợ Thạch Hải (HĐ)", 1, "HĐ", 700)])],
        cap=(40, 220), staff=[("Chủ hộ", 1), ("Giã, nặn, chiên", 4), ("Đóng gói, bán hàng", 1)],
        wage=6.0, energy=3000, sell=[60, 65, 70], tax=0.015,
        inv=[("Máy xay giã thịt", 150, True), ("Tủ cấp đông, kho lạnh 10 m³", 280, True),
             ("Máy hút chân không", 80, True), ("Cải tạo bếp, phòng đóng gói 60 m²", 240, True),
             ("Bao bì, nhãn", 50, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có", 600), ("Vay Agribank", 400)],
        life=8, loan=[400, 300, 200], rate=0.085,
        chan=[("Cửa hàng hải sản, đặc sản (15 điểm)", 40), ("Nhà hàng (12 nhà hàng)", 30),
              ("Khách sỉ Vinh, Hà Nội (2 khách)", 20), ("Bán tại cơ sở, Facebook", 10)],
        tables=["hist", "prod", "comp", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev",
                "cost", "sum"]),
    "jm09": dict(
        unit="kg",
        products=[_p("Chè búp khô đặc biệt, túi 200 g", "Chè búp đặc biệt túi 200 g", "túi", 0.2, 60000, [15000, 16500, 18000], 3000),
                  _p("Chè búp khô loại 1, túi 500 g", "Chè búp loại 1 túi 500 g", "túi", 0.5, 110000, [4000, 4400, 4800], 4000)],
        hist=[(4000, 240000, 120.0), (4300, 250000, 145.0), (4600, 260000, 170.0)],
        raws=[_r("Búp chè tươi", "kg", 4.5, 12000, [("Đồi chè của hộ thành viên", 26, "hộ", 900),
                                                    ("Hộ liên kết thôn Khe Thờ", 10, "hộ", 600)])],
        cap=(30, 240), staff=[("BQT, kế toán", 3), ("Sao, vò, sấy", 4), ("Đóng gói, bán hàng", 2)],
        wage=5.5, energy=6000, sell=[60, 65, 70], tax=0.015,
        inv=[("Máy sao, vò chè", 220, True), ("Máy sấy chè", 150, True), ("Xưởng chế biến 100 m²", 300, True),
             ("Bao bì, túi", 30, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp thành viên", 500), ("Vay Agribank", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        chan=[("Đại lý chè, tạp hóa (20 điểm)", 45), ("Quán nước, nhà hàng (25 quán)", 25),
              ("Khách sỉ Vinh (2 khách)", 20), ("Bán tại HTX, Facebook", 10)],
        tables=["hist", "prod", "comp", "chan", "raw", "equip", "staff", "out", "inv", "src", "rev",
                "cost", "sum", "sched"]),
    "jm10": dict(
        unit="chiếc",
        products=[_p("Chổi đót cán tre loại lớn", "Chổi đót lớn", "chiếc", 1, 45000, [12000, 13200, 14400], 500),
                  _p("Chổi đót nhỏ quét bàn", "Chổi đót nhỏ", "chiếc", 1, 20000, [6000, 6600, 7200], 300)],
        hist=[(14500, 33000, 70.0), (15800, 34000, 82.0), (16800, 35000, 95.0)],
        raws=[_r("Bông đót khô", "kg", 0.3, 18000, [("Hộ hái đót thôn Ngọc Sơn", 30, "hộ", 240)]),
              _r("Cán tre", "cái", 0.7, 2000, [("Hộ làm cán tre thôn Ngọc Hà", 4, "hộ", 4200)])],
        cap=(91, 300), staff=[("Chủ cơ sở, quản lý", 1), ("Tước đót, bó chổi", 7), ("Phơi, đóng bó, vận chuyển", 1)],
        wage=3.5, energy=200, sell=[20, 22, 24], tax=0.0,
        inv=[("Máy tước, làm sạch đót", 45, True), ("Nhà kho, sân phơi", 60, True), ("Máy bấm, dụng cụ", 15, True),
             ("Nhãn hiệu, thẻ treo", 15, False), ("Vốn lưu động", 65, False)],
        src=[("Vốn tự có", 120), ("Vay Quỹ hỗ trợ nông dân", 80)],
        life=8, loan=[80, 50, 20], rate=0.06,
        chan=[],
        tables=["hist", "prod", "raw", "equip", "staff", "out", "inv", "src", "rev", "cost", "sum",
                "papers", "sched"]),
}

READY = ("jm01", "jm02", "jm03", "jm04")
REVISE = ("jm05", "jm06", "jm07", "jm08", "jm09", "jm10")
SKETCHY = ("jm11", "jm12")

# Planted numeric defects: what the plan prints instead of the true value.
PRINTED_REV_LINE = {"jm05": {(0, 1): 1656.0}}       # product 0, year 2028 (true 1.440,0)
PRINTED_COST_TOTAL = {"jm06": {1: 1992.8}}          # 2028 (true 2.189,9)
PRINTED_PROFIT = {"jm09": {1: 359.7}}               # 2028 (true 304,8)
PRINTED_PAYBACK = {"jm08": 1.8}                     # true 2,6
TEXT_STAFF = {"jm10": 6}                            # the producer part's head count (table: 9)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str) -> dict:
    """Every true figure of plan k."""
    P = PLANS[k]
    Y = range(3)
    pr = P["products"]
    m: dict = {"P": P}
    m["out"] = [round(sum(p["packs"][y] * p["size"] for p in pr), 3) for y in Y]
    m["rev_line"] = [[p["packs"][y] * p["price"] / 1e6 for y in Y] for p in pr]
    m["rev"] = [sum(l[y] for l in m["rev_line"]) for y in Y]
    m["need"] = [[m["out"][y] * r["norm"] for y in Y] for r in P["raws"]]
    m["supply_rows"] = [[c * yl for _, c, _, yl in r["supply"]] for r in P["raws"]]
    m["supply"] = [sum(x) for x in m["supply_rows"]]
    m["cap"] = P["cap"][0] * P["cap"][1]
    m["use"] = [m["out"][y] / m["cap"] * 100 for y in Y]
    st = [[s[1]] * 3 if isinstance(s[1], int) else s[1] for s in P["staff"]]
    m["staff_rows"] = st
    m["staff"] = [sum(s[y] for s in st) for y in Y]
    m["wages"] = [m["staff"][y] * P["wage"] * 12 for y in Y]
    m["c_raw"] = [[m["need"][i][y] * r["price"] / 1e6 for y in Y] for i, r in enumerate(P["raws"])]
    m["c_pack"] = [sum(p["packs"][y] * p["pc"] for p in pr) / 1e6 for y in Y]
    m["c_piece"] = [sum(p["packs"][y] * p["piece"] for p in pr) / 1e6 for y in Y]
    m["c_energy"] = [m["out"][y] * P["energy"] / 1e6 for y in Y]
    m["fixed"] = sum(v for _, v, f in P["inv"] if f)
    m["dep"] = m["fixed"] / P["life"]
    m["interest"] = [b * P["rate"] for b in P["loan"]]
    m["sell"] = list(P["sell"])
    m["c_tax"] = [m["rev"][y] * P["tax"] for y in Y]
    m["cost"] = [sum(c[y] for c in m["c_raw"]) + m["c_pack"][y] + m["c_piece"][y] + m["c_energy"][y]
                 + m["wages"][y] + m["dep"] + m["interest"][y] + m["sell"][y] + m["c_tax"][y] for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["inv"] = sum(v for _, v, _ in P["inv"])
    m["src"] = sum(v for _, v in P["src"])
    m["src_share"] = [v / m["src"] * 100 for _, v in P["src"]]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    m["hist_rev"] = [o * pz / 1e6 for o, pz, _ in P["hist"]]
    m["chan_vol"] = [s / 100 * m["out"][0] for _, s in P["chan"]]
    return m


def printed(k: str) -> dict:
    """The figures as the plan prints them: the true ones with the planted defects and the
    knock-ons the notes name (a total that sums a planted line, a tax share of a planted revenue,
    a profit and margin from a planted total, a payback from planted profits)."""
    m = model(k)
    p = copy.deepcopy(m)
    P = PLANS[k]
    for (i, y), v in PRINTED_REV_LINE.get(k, {}).items():
        p["rev_line"][i][y] = v
        p["rev"][y] = sum(l[y] for l in p["rev_line"])
        p["c_tax"][y] = p["rev"][y] * P["tax"]
        p["cost"][y] = m["cost"][y] - m["c_tax"][y] + p["c_tax"][y]
    for y, v in PRINTED_COST_TOTAL.get(k, {}).items():
        p["cost"][y] = v
    for y in range(3):
        p["profit"][y] = p["rev"][y] - p["cost"][y]
    for y, v in PRINTED_PROFIT.get(k, {}).items():
        p["profit"][y] = v
    p["margin"] = [p["profit"][y] / p["rev"][y] * 100 for y in range(3)]
    p["payback"] = PRINTED_PAYBACK.get(k, p["inv"] / (sum(r1(x) for x in p["profit"]) / 3 + p["dep"]))
    return p


# --------------------------------------------------------------------------- reading the plans
_CELLNUM = re.compile(r"^([\d.,]+)\s*%?$")


def num(cell: str) -> float | None:
    m = _CELLNUM.match(cell.strip())
    return vn(m.group(1)) if m else None


def fmt1(x: float) -> str:
    s = f"{r1(x):,.1f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def fmt0(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]

    def tab(self, n: int) -> list[list[str]]:
        """The rows (header first, separator dropped) of the first table after the line that
        starts with 'Bảng n'."""
        lines = self.body.splitlines()
        for i, ln in enumerate(lines):
            if re.match(rf"^\**Bảng {n}\b", ln.strip()):
                rows = []
                for ln2 in lines[i + 1:]:
                    s = ln2.strip()
                    if s.startswith("|"):
                        if not re.fullmatch(r"\|(\s*-+\s*\|)+", s):
                            rows.append([c.strip() for c in s.strip("|").split("|")])
                    elif rows or (s and not s.startswith("ĐVT")):
                        break
                if not rows:
                    self.failures.append(f"Bảng {n}: no table after the caption")
                return rows
        self.failures.append(f"caption not found: Bảng {n}")
        return [[]]

    def n(self, kind: str) -> int:
        return PLANS[self.key]["tables"].index(kind) + 1

    def eq(self, got, want: float, what: str, tol: float = 0.01, atol: float = 0.11) -> None:
        if got is None:
            self.failures.append(f"{what}: no number (want {want:g})")
        elif abs(got - want) > max(tol * abs(want), atol):
            self.failures.append(f"{what}: printed {got:g}, computed {want:g}")

    def wrong(self, got, true: float, what: str) -> None:
        """A planted figure: must be off the true value by more than 5 %."""
        if got is None or not off(got, true, 5.0):
            self.failures.append(f"{what}: planted value {got} not > 5 % off the true {true:g}")

    def nums(self, row: list[str], k: int = 3) -> list[float | None]:
        return [num(c) for c in row[-k:]]


def check_full(p: Plan) -> None:
    k = p.key
    P = PLANS[k]
    t = model(k)           # the truth
    m = printed(k)         # as printed
    Y = range(3)
    kinds = P["tables"]

    # history: revenue = output x average price; the profits as stated
    rows = p.tab(p.n("hist"))[1:]
    p.check(len(rows) == 3, "history table: 3 years")
    for y, r in enumerate(rows[:3]):
        o, pz, rv, pf = (num(c) for c in r[1:5])
        p.eq(o, P["hist"][y][0], f"history {HIST_YEARS[y]} output")
        p.eq(pz, P["hist"][y][1], f"history {HIST_YEARS[y]} price")
        p.eq(rv, t["hist_rev"][y], f"history {HIST_YEARS[y]} revenue = output x price")
        p.eq(pf, P["hist"][y][2], f"history {HIST_YEARS[y]} profit")
        p.check(0 < P["hist"][y][2] / t["hist_rev"][y] < 0.25, f"history {HIST_YEARS[y]} margin plausible")
    p.check(t["out"][0] <= P["hist"][2][0] * 1.2, "2027 output within +20 % of 2026")

    # products and prices
    rows = p.tab(p.n("prod"))[1:]
    for i, pr in enumerate(P["products"]):
        p.eq(num(rows[i][2]) if i < len(rows) else None, pr["price"], f"price of {pr['short']}")

    # channels: volume = share x 2027 output
    if "chan" in kinds:
        rows = p.tab(p.n("chan"))[1:]
        for i, (c, s) in enumerate(P["chan"]):
            r = rows[i]
            p.eq(num(r[1]), s, f"channel share {c}")
            p.eq(num(r[2]), t["chan_vol"][i], f"channel volume {c} = share x output")
        p.eq(sum(s for _, s in P["chan"]), 100, "channel shares sum to 100")
        p.eq(num(rows[-1][1]), 100, "channel total share")
        p.eq(num(rows[-1][2]), t["out"][0], "channel total = 2027 output")

    # raw materials: supply rows = count x yield, their sum, need = output x norm, balance
    rows = p.tab(p.n("raw"))[1:]
    j = 0
    balance = k != "jm06"
    for i, r in enumerate(P["raws"]):
        for (lab, c, w, yl), v in zip(r["supply"], t["supply_rows"][i]):
            row = rows[j]; j += 1
            p.check(row[0].startswith(lab), f"raw table row {j}: {lab}")
            for y, x in enumerate(p.nums(row)):
                p.eq(x, c * yl, f"supply {lab} {YEARS[y]} = {c} x {yl}")
        for y, x in enumerate(p.nums(rows[j])):
            p.eq(x, t["supply"][i], f"supply of {r['label']} {YEARS[y]}")
        j += 1
        for y, x in enumerate(p.nums(rows[j])):
            p.eq(x, t["need"][i][y], f"need of {r['label']} {YEARS[y]} = output x {r['norm']}")
        j += 1
        if balance:
            for y, x in enumerate(p.nums(rows[j])):
                p.eq(x, t["supply"][i] - t["need"][i][y], f"balance of {r['label']} {YEARS[y]}")
            j += 1
        if k == "jm06" and i == 0:
            p.check(t["need"][i][0] <= t["supply"][i], "jm06 2027 rice within supply")
            p.wrong(t["supply"][i], t["need"][i][2], "jm06 rice supply vs 2029 need (material-shortfall)")
            p.check(t["need"][i][2] > t["supply"][i] * 1.05, "jm06 2029 rice need > supply + 5 %")
        else:
            for y in Y:
                p.check(t["need"][i][y] <= t["supply"][i], f"{r['label']} {YEARS[y]} need within supply")
            if k in READY:
                p.check(t["supply"][i] >= t["need"][i][2] * 1.05, f"{r['label']}: 5 % to spare in 2029")
    p.check(j == len(rows), f"raw table has {len(rows)} rows, {j} expected")

    # staff and wage fund
    rows = p.tab(p.n("staff"))[1:]
    if k == "jm04":
        workers = P["piece_workers"]
        for y in Y:
            p.eq(num(rows[0][1 + y]), t["staff"][y], "jm04 salaried staff")
            p.eq(num(rows[1][1 + y]), workers, "jm04 piece workers")
            p.eq(num(rows[2][1 + y]), t["staff"][y] + workers, "jm04 staff total")
        p.eq(t["cap"], workers * P["piece_rate"] * P["cap"][1], "jm04 capacity = workers x rate x days")
        p.has(f"{workers} thợ × {fmt1(P['piece_rate'])} chiếc/ngày × {P['cap'][1]} ngày = {fmt0(t['cap'])} chiếc/năm")
        off_ = 3
    else:
        for i, st in enumerate(t["staff_rows"]):
            for y in Y:
                p.eq(num(rows[i][1 + y]), st[y], f"staff {P['staff'][i][0]} {YEARS[y]}")
        off_ = len(t["staff_rows"])
        for y in Y:
            p.eq(num(rows[off_][1 + y]), t["staff"][y], f"staff total {YEARS[y]}")
        off_ += 1
    for y in Y:
        p.eq(num(rows[off_][1 + y]), P["wage"], "monthly wage")
        p.eq(num(rows[off_ + 1][1 + y]), t["wages"][y], f"wage fund {YEARS[y]} = staff x wage x 12")

    # output plan: packs, output = sum packs x size, capacity and its use
    rows = p.tab(p.n("out"))[1:]
    for i, pr in enumerate(P["products"]):
        for y in Y:
            p.eq(num(rows[i][1 + y]), pr["packs"][y], f"packs {pr['short']} {YEARS[y]}")
    n_ = len(P["products"])
    for y in Y:
        p.eq(num(rows[n_][1 + y]), t["out"][y], f"output {YEARS[y]} = sum packs x size")
    if k == "jm05":
        p.check(len(rows) == n_ + 1, "jm05 output table has no capacity row")
        p.has(f"{fmt0(t['cap'])} lít/năm", "không đầu tư thêm thùng")
        p.check(t["out"][0] <= t["cap"], "jm05 2027 within the vats")
        p.wrong(t["cap"], t["out"][2], "jm05 vats' capacity vs 2029 output (capacity-exceeded)")
        p.check(t["out"][1] > t["cap"] * 1.05 and t["out"][2] > t["cap"] * 1.05, "jm05 2028-2029 output > capacity + 5 %")
    else:
        for y in Y:
            p.eq(num(rows[n_ + 1][1 + y]), t["cap"], f"capacity {YEARS[y]} = rating x days")
            p.eq(num(rows[n_ + 2][1 + y]), t["use"][y], f"capacity use {YEARS[y]}")
            p.check(t["use"][y] <= (85.0 if k in READY else 100.0), f"capacity use {YEARS[y]} {t['use'][y]:.1f} %")
        p.has(f"= {fmt0(t['cap'])} ")

    # investment and sources
    rows = p.tab(p.n("inv"))[1:]
    for i, (lab, v, _) in enumerate(P["inv"]):
        p.check(rows[i][1] == lab, f"investment item {lab}")
        p.eq(num(rows[i][2]), v, f"investment {lab}")
    p.eq(num(rows[-1][2]), t["inv"], "investment total = sum of items")
    rows = p.tab(p.n("src"))[1:]
    for i, (lab, v) in enumerate(P["src"]):
        p.eq(num(rows[i][2]), v, f"source {lab}")
        p.eq(num(rows[i][3]), t["src_share"][i], f"share of {lab}")
    p.eq(num(rows[-1][2]), t["src"], "sources total = sum of sources")
    if k == "jm07":
        p.wrong(t["src"], t["inv"], "jm07 sources vs investment (capital-mismatch)")
    else:
        p.eq(t["src"], t["inv"], "sources = investment")

    # revenue: lines = packs x price, total
    rows = p.tab(p.n("rev"))[1:]
    for i, pr in enumerate(P["products"]):
        p.eq(num(rows[i][1]), pr["price"], f"revenue table price {pr['short']}")
        for y in Y:
            got = num(rows[i][2 + y])
            if (i, y) in PRINTED_REV_LINE.get(k, {}):
                p.eq(got, m["rev_line"][i][y], "planted revenue line as noted")
                p.wrong(got, t["rev_line"][i][y], f"revenue {pr['short']} {YEARS[y]} (revenue-mismatch)")
            else:
                p.eq(got, t["rev_line"][i][y], f"revenue {pr['short']} {YEARS[y]} = packs x price")
    for y in Y:
        p.eq(num(rows[-1][2 + y]), sum(num(r[2 + y]) or 0 for r in rows[:-1]), f"revenue total {YEARS[y]} = sum of lines")
        p.eq(num(rows[-1][2 + y]), m["rev"][y], f"revenue total {YEARS[y]}")

    # costs, line by line, and the total
    rows = p.tab(p.n("cost"))[1:]
    want = [t["c_raw"][i] for i in range(len(P["raws"]))] + [t["c_pack"]]
    if any(t["c_piece"]):
        want.append(t["c_piece"])
    want += [t["c_energy"], t["wages"], [t["dep"]] * 3, t["interest"], t["sell"]]
    if P["tax"]:
        want.append(m["c_tax"])   # the tax share follows the revenue as printed
    p.check(len(rows) == len(want) + 1, f"cost table: {len(want)} lines and a total")
    for r, w in zip(rows, want):
        for y in Y:
            p.eq(num(r[2 + y]), w[y], f"cost '{r[0]}' {YEARS[y]}")
    if P["tax"]:
        for y in Y:
            p.eq(m["c_tax"][y], m["rev"][y] * P["tax"], f"tax {YEARS[y]} = {P['tax']} x revenue")
    for y in Y:
        lines = sum(num(r[2 + y]) or 0 for r in rows[:-1])
        got = num(rows[-1][2 + y])
        if y in PRINTED_COST_TOTAL.get(k, {}):
            p.eq(got, m["cost"][y], "planted cost total as noted")
            p.wrong(got, lines, f"cost total {YEARS[y]} vs its lines (table-total-mismatch)")
        else:
            p.eq(got, lines, f"cost total {YEARS[y]} = sum of lines")
            p.eq(got, t["cost"][y] - t["c_tax"][y] + m["c_tax"][y], f"cost total {YEARS[y]}")

    # summary: revenue, cost, profit = revenue - cost, margin
    rows = p.tab(p.n("sum"))[1:]
    for y in Y:
        dt, cp, ln, mg = (num(rows[i][1 + y]) for i in range(4))
        p.eq(dt, m["rev"][y], f"summary revenue {YEARS[y]}")
        p.eq(cp, m["cost"][y], f"summary cost {YEARS[y]}")
        if y in PRINTED_PROFIT.get(k, {}):
            p.eq(ln, m["profit"][y], "planted profit as noted")
            p.wrong(ln, (dt or 0) - (cp or 0), f"profit {YEARS[y]} vs revenue - cost (profit-mismatch)")
        else:
            p.eq(ln, (dt or 0) - (cp or 0), f"profit {YEARS[y]} = revenue - cost")
        p.eq(mg, (ln or 0) / (dt or 1) * 100, f"margin {YEARS[y]} = profit / revenue")
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]:.1f} %")
    for y in (1, 2):
        p.check(t["rev"][y] / t["rev"][y - 1] < 1.35, f"true revenue growth {YEARS[y]} under 35 %")

    # payback as printed
    pb = re.findall(r"[Hh]oàn vốn[^\n]*?(\d+,\d) năm", p.body)
    p.check(bool(pb), "payback stated")
    for x in pb:
        p.eq(vn(x), m["payback"], "payback as printed", atol=0.051)
    if k in PRINTED_PAYBACK:
        p.wrong(vn(pb[0]) if pb else None, t["payback"], "payback (payback-mismatch)")
        p.has(f"{fmt1(PRINTED_PAYBACK[k])} năm")
    else:
        avg = sum(r1(x) for x in m["profit"]) / 3
        p.eq(m["payback"], m["inv"] / (avg + m["dep"]), "payback = investment / (average profit + depreciation)")
        if not (PRINTED_PROFIT.get(k) or PRINTED_COST_TOTAL.get(k) or PRINTED_REV_LINE.get(k)):
            p.eq(m["payback"], t["payback"], "payback true", tol=0.02)
        if "(" in "".join(pb[:1]) or re.search(r"hoàn vốn[^\n]*\(", p.body, re.I):
            p.has(f"({fmt1(avg)} + {fmt1(m['dep'])})")

    # figures the prose repeats
    p.has(f"{fmt0(t['out'][0])} ", f"{fmt0(t['out'][2])} ", f"{fmt1(m['rev'][0])} tr.đ", f"{fmt0(t['inv'])} tr.đ"
          if k not in ("jm06",) else f"{fmt0(t['inv'])}")

    # no template placeholder except the planted one
    if k != "jm08":
        p.lacks(PLACEHOLDER, "template placeholder")


PAPERS = ("TCCS", "thử nghiệm|kiểm nghiệm", "nhãn hiệu", "43/2017", "111/2021")
ENV_WORDS = r"môi trường|chất thải|nước thải|thải|mùi|xử lý|bể lắng|biogas|rác|ô nhiễm|NN&MT|hố thấm"
LICENCE_WORDS = r"giấy phép|\bGP\b|105/2017|17/2020|cấp phép|thủ công nhằm"
STANDARD_WORDS = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu|hợp quy|hợp chuẩn"
FOOD_SAFETY_WORDS = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|Luật An toàn"
LABEL_WORDS = r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|QR|mã lô|ghi nhãn"
REGISTRATION_WORDS = (r"đăng ký kinh doanh|ĐKKD|hộ kinh doanh|\bHKD\b|mã số thuế|\bMST\b|doanh nghiệp|\bHTX\b|"
                      r"hợp tác xã|tổ hợp tác|GCN đăng ký|ĐKDN")
CHANNEL_WORDS = (r"đại lý|cửa hàng|\bchợ\b|siêu thị|khách hàng|khách sỉ|thương lái|bán lẻ|bán buôn|Facebook|Shopee|"
                 r"Zalo|sàn|nhà hàng|điểm bán")


def check_text(p: Plan) -> None:
    k = p.key
    if k in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or district body in a ready plan")
        for w in PAPERS:
            p.check(bool(re.search(w, p.body)), f"ready plan names {w}")
        p.check(bool(re.search(r"QR|mã thợ", p.body)), "traceability")
        # every validity date in a papers table ('Hiệu lực đến') runs to 2030 or later
        rows = p.tab(p.n("papers"))
        if rows and rows[0] and "Hiệu lực" in rows[0][-1]:
            for r in rows[1:]:
                for yr in re.findall(r"\d{1,2}/\d{1,2}/(\d{4})", r[-1]):
                    p.check(int(yr) >= 2030, f"{r[0]} valid to {yr}")
    else:
        if k != "jm09":
            p.lacks(REPLACED, "replaced instrument or district body")
    if k == "jm01":
        p.has("GCN ATTP", "bể tách mỡ", "NĐ 05/2025/NĐ-CP", "mã lô")
    if k == "jm02":
        p.has("GCN ATTP", "không ghi công dụng chữa bệnh", "Nhãn hiệu tập thể", "mã lô, QR")
    if k == "jm03":
        p.has("Giấy phép SX rượu", "sản xuất rượu thủ công nhằm mục đích kinh doanh", "NĐ 105/2017", "GCN ATTP",
              "QCVN 6-3:2010/BYT", "Đăng ký môi trường", "độ cồn 29 % vol", "Không dùng cho người dưới 18 tuổi")
    if k == "jm04":
        p.has("không phải thực phẩm", "GCN đăng ký THT", "thẻ treo", "Đơn nhãn hiệu")
    if k == "jm05":
        p.lacks(ENV_WORDS, "jm05 environmental word (no-environment-measures)")
        p.has("GCN cơ sở đủ điều kiện ATTP", "TCCS", "thử nghiệm", "tự công bố", "NĐ 43/2017", "Nhãn hiệu")
        p.has("# XV. HIỆU QUẢ XÃ HỘI")
    if k == "jm06":
        p.lacks(LICENCE_WORDS, "jm06 alcohol licence word (no-alcohol-license)")
        p.has("GCN ATTP", "TCCS", "QCVN 6-3:2010/BYT", "thử nghiệm", "GCN nhãn hiệu", "Đăng ký môi trường",
              "cảnh báo", "không đủ" if False else "đủ cho KH 2027–2029")
        p.lacks(r"Còn dư|Chênh lệch|thiếu (gạo|nếp|nguyên liệu)|không đủ", "jm06 balance row or admitted shortfall")
    if k == "jm07":
        p.lacks(STANDARD_WORDS, "jm07 product-standard word (no-product-standard)")
        p.has("GCN ATTP", "NĐ 43/2017", "GCN nhãn hiệu", "mã lô", "QR", "bảo đảm đủ vốn")
        p.check(p.count("Hòa Hải") >= 3, "jm07 another producer's name at least 3 times (name-inconsistent)")
        p.check(p.count("Hồng Lam") >= 5, "jm07 its own name throughout")
        p.check(p.count("Trà giảo cổ lam Hòa Hải") >= 2, "jm07 another product's name twice")
    if k == "jm08":
        p.lacks(FOOD_SAFETY_WORDS, "jm08 food-safety word (no-food-safety)")
        p.has("TCCS", "kiểm nghiệm", "tự công bố", "NĐ 43/2017", "Nhãn hiệu", "mã lô", "bể lắng")
        p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "jm08 two template placeholders (boilerplate)")
        p.has("Website: ……", "[tên sản phẩm]")
    if k == "jm09":
        for w in ("Luật HTX năm 2012", "03/2014/TT-BKHĐT", "919/QĐ-TTg", "1048/QĐ-TTg", "781/QĐ-TTg",
                  "123/2018/NQ-HĐND", "UBND huyện Hương Sơn", "Hội đồng OCOP cấp huyện", "Phòng NN&PTNT huyện"):
            p.has(w)
        p.lacks(r"148/QĐ-TTg|1489|Luật HTX 2023|17/2023", "jm09 current instrument")
        p.lacks(LABEL_WORDS, "jm09 label word (no-label-plan)")
        p.has("GCN cơ sở đủ điều kiện ATTP", "TCCS", "kiểm nghiệm", "tự công bố", "Nhãn hiệu", "nhật ký")
    if k == "jm10":
        p.lacks(REGISTRATION_WORDS, "jm10 registration word (no-business-registration)")
        p.lacks(CHANNEL_WORDS, "jm10 channel word (no-sales-channel)")
        market = p.body.split("# VII. Thị trường", 1)[1].split("\n# ", 1)[0]
        p.check(not re.search(r"\d", market), "jm10 market part has no figure")
        p.check(len(market.split()) < 60, "jm10 market part is two sentences")
        p.has(f"Lao động thường xuyên giai đoạn 2027–2029: {TEXT_STAFF[k]} người")
        model_staff = model(k)["staff"]
        p.check(all(s == 9 for s in model_staff), "jm10 staff table 9")
        p.wrong(TEXT_STAFF[k], model_staff[0], "jm10 head count in the text vs the table (figure-inconsistent)")
        p.has("7 thợ × 13 chiếc/ngày", "TCCS", "NĐ 43/2017", "nhãn hiệu")


SKETCHY_FIGURES = {
    "jm11": ("2 sào", "1.000 kg", "80 triệu đồng", "150.000 đồng/kg"),
    "jm12": ("7 hộ", "300 kg", "120 triệu đồng", "400.000 đồng/kg"),
}


def check_sketchy(p: Plan) -> None:
    words = len(p.body.split())
    p.check(150 <= words <= 350, f"sketchy plan of {words} words")
    p.check(not p.rows, "sketchy plan has no table")
    p.has(*SKETCHY_FIGURES[p.key])
    p.check(len(re.findall(r"\d[\d.,]{2,}", p.body)) <= 10, "few figures (phone and date included)")
    p.lacks(r"ATTP|an toàn thực phẩm|TCCS|công bố|kiểm nghiệm|nhãn hiệu|môi trường|QR|truy xuất",
            "a paper the sketchy plan lacks")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument")
    if p.key == "jm12":
        p.lacks(r"đăng ký|GCN|mã số", "jm12 registration")


def plans(keys: list[str] | None = None) -> list[Plan]:
    stems = sorted(f.stem for f in (HERE / "src").glob("jm*.md"))
    out = []
    for s in stems:
        if keys and s[:4] not in keys:
            continue
        p = Plan(s)
        if p.key in SKETCHY:
            check_sketchy(p)
        else:
            check_full(p)
            check_text(p)
        out.append(p)
    return out


def main(argv: list[str] | None = None) -> int:
    keys = list(argv) if argv else None
    found = plans(keys)
    if not found:
        print("no plan")
        return 1
    return plancheck.report(found)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
