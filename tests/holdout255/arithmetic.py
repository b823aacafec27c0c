"""The 255th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout255/arithmetic.py [iv01 iv05 ...]

Theme: producers that change form or hands during the plan (a household business becoming a
company, a tổ hợp tác becoming an HTX, a parent handing the workshop to a child, two households
merging). Every full plan (iv01-iv10) shows the figures of the old producer (2024-2026) and the
plan of the new one (2027-2029), a table comparing the producer before and after the change, the
old papers and the ones applied for.

For every full plan the constants give the products (size in the plan's base unit, price and
packs per year), the history of the old producer (output, average price, cost), the raw materials
(norm per base unit, price, supply rows as count x yield), the equipment rating x working days,
staff by role and the monthly wage per year, the cost lines (raw material = need x price,
packaging per pack, per-unit lines, wages = staff x wage x 12, depreciation = new fixed assets /
life + the yearly depreciation of the assets taken over from the old producer, interest = loan
balance x rate, selling and tax as shares of revenue, a fixed other line), investment items,
capital sources and the before/after figures. `model()` turns them into every figure the plan
prints; `grids()` lays them out as the plan's tables. The generator that wrote the plans (kept
outside the repository) used the same two functions, so every cell is computed.

The check reads each table back from the plan's source (found by its caption "Bảng N. <text>"),
compares every cell with the printed model, and compares the printed model with the true one:
planted numeric defects must be wrong by more than 5 % (the true value is printed beside them in
a failure), every other figure right within 1 %. The relations a reviewer recomputes (revenue =
packs x price, sums, profit = revenue - cost, sources = investment, payback, need <= supply,
output <= capacity, growth) are evaluated on the printed figures: only the planted ones may fail.
Textual defects are asserted by the absence or presence of their words; ready plans cite QĐ 148 and
QĐ 1489 and no replaced instrument. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|78/2015|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def fi(x: float) -> str:
    """Integer with dotted thousands: 31200 -> '31.200'."""
    s = f"{abs(round(x)):,}".replace(",", ".")
    return ("-" if round(x) < 0 else "") + s


def fd(x: float, d: int = 1) -> str:
    """Decimal with comma and dotted thousands: 2030.04 -> '2.030,0'."""
    neg = x < 0
    s = f"{abs(x):,.{d}f}"
    s = s.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return ("-" if neg else "") + s


def fp(x: float, d: int = 1) -> str:
    """A share as a percentage number: 0.1425 -> '14,3'."""
    return fd(x * 100, d)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per pack by year], [packs by year])
# hist: old producer's outputs 2024-2026 (base units), average price đ/unit, cost (triệu)
# raws: (label, unit, norm per base unit (or one per product), price đ/unit,
#        [(supply label, [count by year], count word, yield per count)])
# cap: rating per day by year, working days, the products it binds (None = all)
# roles: (role, [staff by year]); wage: monthly wage by year (triệu)
# packc: packaging đ per pack; var: (label, đ per base unit); sell/tax: shares of revenue
# inv: (label, triệu, fixed?); src: (label, triệu); life: years; dep_old: triệu a year of the
# assets taken over; loan: balance by year (triệu); rate; other: triệu a year
PLANS: dict[str, dict] = {
    # ---------------------------------------------------------------- iv01 ready
    "iv01": dict(
        unit="kg", money="tr",
        products=[("Bánh ram ít cấp đông, hộp 10 cặp (600 g)", "hộp", 0.6, [65000, 65000, 68000], [27000, 29700, 32600]),
                  ("Bánh ram chưa chiên cấp đông, túi 20 chiếc (500 g)", "túi", 0.5, [45000, 45000, 47000], [18000, 19800, 21800]),
                  ("Bánh ít lá gai cấp đông, túi 10 chiếc (500 g)", "túi", 0.5, [40000, 40000, 42000], [12000, 13200, 14500])],
        hist=dict(out=[21000, 23000, 25500], price=[88000, 92000, 95000], cost=[1700, 1930, 2200]),
        raws=[("Gạo nếp", "kg", 0.5, 26000,
               [("Hộ trồng nếp thôn Trung Lưu", [36, 36, 36], "hộ", 400),
                ("Đại lý gạo Hồng Phát (hợp đồng)", [1, 1, 1], "hợp đồng", 7000)]),
              ("Nhân thịt, tôm, mộc nhĩ", "kg", 0.12, 115000,
               [("Cơ sở thực phẩm Tân Mỹ (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)])],
        cap=dict(rating=[160, 160, 160], days=290, idx=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nhào bột, nặn, chiên bánh", [4, 5, 5]),
               ("Cấp đông, đóng gói, kho", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        packc=[5500, 3000, 3000],
        var=[("Lá gai, đậu xanh, gia vị", 8000), ("Điện cấp đông, gas, nước", 6000)],
        sell=0.06, tax=0.015,
        inv=[("Kho cấp đông và tủ đông gió", 320, True), ("Máy nhào bột, máy định hình bánh", 180, True),
             ("Máy đóng gói hút chân không", 90, True), ("Cải tạo xưởng một chiều 100 m²", 200, True),
             ("Bao bì, nhãn, kiểm nghiệm, mã QR", 40, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp thêm bằng tiền của chủ sở hữu", 580),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, dep_old=52, loan=[500, 400, 300], rate=0.085, other=70),
    # ---------------------------------------------------------------- iv02 ready
    "iv02": dict(
        unit="kg", money="tr",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [45000, 46500, 48000], [36000, 39600, 43500]),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, [85000, 87500, 90000], [6000, 6500, 7000]),
                  ("Cà gai leo khô, bao 2 kg", "bao", 2, [300000, 310000, 320000], [500, 550, 600])],
        hist=dict(out=[4300, 4800, 5250], price=[380000, 390000, 400000], cost=[1480, 1640, 1810]),
        raws=[("Cây cà gai leo tươi", "kg", 4.0, 9000,
               [("Vườn của thành viên hợp tác xã", [2, 2, 2], "ha", 12000),
                ("Hộ liên kết thôn Hòa Lạc", [14, 14, 14], "hộ", 1200)])],
        cap=dict(rating=[30, 30, 30], days=280, idx=None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [4, 4, 5]),
               ("Sấy, nghiền, đóng túi", [4, 4, 4]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        packc=[8000, 3500, 6000],
        var=[("Điện sấy, nước", 14000)],
        sell=0.08, tax=0.015,
        inv=[("Máy sấy bơm nhiệt 2 buồng", 260, True), ("Máy đóng túi lọc tự động", 280, True),
             ("Nhà sơ chế, phòng đóng gói 80 m²", 240, True), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên (tiền mặt)", 420), ("Quỹ đầu tư phát triển của hợp tác xã", 180),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, dep_old=30, loan=[500, 400, 300], rate=0.08, other=60),
    # ---------------------------------------------------------------- iv03 ready (1.000 đồng)
    "iv03": dict(
        unit="kg", money="k",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 190000, 200000], [3600, 3900, 4200]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [260000, 260000, 270000], [1200, 1300, 1400]),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, [480000, 480000, 500000], [250, 270, 300])],
        hist=dict(out=[2900, 3050, 3200], price=[290000, 300000, 305000], cost=[780, 830, 860]),
        raws=[("Mật ong thô", "kg", 1.05, 150000,
               [("Đàn ong của hộ", [220, 235, 250], "đàn", 12),
                ("Hộ nuôi ong thôn Khe Lim (hợp đồng)", [12, 13, 14], "hộ", 120)])],
        cap=dict(rating=[40, 40, 40], days=200, idx=None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.3, 5.6],
        packc=[6000, 8000, 12000],
        var=[("Điện, nước, vận chuyển đàn ong", 4000)],
        sell=0.05, tax=0.015,
        inv=[("Máy hạ thủy phần mật ong 20 kg/mẻ", 150, True), ("Bổ sung 30 thùng ong và đàn giống", 75, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True), ("Nhãn, kiểm nghiệm, tem QR", 25, False),
             ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, dep_old=18, loan=[200, 150, 100], rate=0.066, other=20),
    # ---------------------------------------------------------------- iv04 ready (chiếc)
    "iv04": dict(
        unit="chiếc", money="tr",
        products=[("Khay trà gỗ mít chạm hoa sen", "chiếc", 1, [600000, 615000, 630000], [2400, 2700, 3000]),
                  ("Hộp quà tặng gỗ nhãn", "chiếc", 1, [300000, 307000, 314000], [3000, 3300, 3600]),
                  ("Ống cắm bút gỗ keo khắc chữ", "chiếc", 1, [200000, 205000, 210000], [2000, 2300, 2600])],
        hist=dict(out=[5900, 6300, 6800], price=[330000, 340000, 350000], cost=[1760, 1920, 2140]),
        raws=[("Gỗ mít, gỗ nhãn xẻ sấy", "m³", [0.010, 0.006, 0.0], 9000000,
               [("Xưởng xẻ gỗ Hòa Bình (hợp đồng)", [1, 1, 1], "hợp đồng", 35),
                ("Hộ bán cây mít, nhãn vườn già", [40, 40, 40], "hộ", 0.5)]),
              ("Gỗ keo rừng trồng xẻ sấy", "m³", [0.0, 0.0, 0.005], 4500000,
               [("Lâm trường Tây Sơn (hợp đồng)", [1, 1, 1], "hợp đồng", 18)])],
        cap=dict(rating=[40, 40, 40], days=280, idx=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Xẻ, pha phôi, máy CNC", [3, 3, 3]),
               ("Chạm tay, ráp, chà nhám", [6, 7, 7]), ("Sơn PU gốc nước, đóng gói", [2, 2, 3]),
               ("Bán hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.1],
        packc=[12000, 8000, 6000],
        var=[("Sơn gốc nước, keo, giấy nhám", 18000), ("Điện, hút bụi, vận chuyển", 9000)],
        sell=0.06, tax=0.015,
        inv=[("Máy CNC 2 đầu chạm gỗ", 380, True), ("Hệ thống hút bụi và buồng sơn màng nước", 210, True),
             ("Lò sấy gỗ 6 m³", 150, True), ("Mở rộng xưởng và kho 150 m²", 300, True),
             ("Thiết kế mẫu, thẻ treo, nhãn hiệu", 45, False), ("Vốn lưu động", 315, False)],
        src=[("Vốn góp bằng tiền của hai thành viên", 700),
             ("Vay Ngân hàng Thương mại cổ phần Công Thương", 700)],
        life=10, dep_old=64, loan=[700, 560, 420], rate=0.085, other=80),
    # ---------------------------------------------------------------- iv05 revise (alcohol)
    "iv05": dict(
        unit="lít", money="tr",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [110000, 114000, 118000], [16000, 17600, 19400]),
                  ("Rượu nếp sim 29 độ, bình gốm 1,5 lít", "bình", 1.5, [330000, 340000, 350000], [1500, 1650, 1800]),
                  ("Rượu nếp sim 29 độ, can 5 lít", "can", 5, [550000, 570000, 590000], [500, 550, 600])],
        hist=dict(out=[9600, 10500, 11400], price=[170000, 178000, 186000], cost=[1440, 1640, 1850]),
        raws=[("Gạo nếp cái", "kg", 1.3, 24000,
               [("Ruộng nếp của thành viên", [24, 24, 24], "hộ", 500),
                ("Hộ trồng nếp thôn Đông Tiến", [20, 20, 20], "hộ", 500)]),
              ("Quả sim chín", "kg", 0.45, 30000,
               [("Đồi sim của thành viên", [10, 10, 10], "ha", 600),
                ("Hộ hái sim thôn Đông Hà", [20, 20, 20], "hộ", 150)])],
        cap=dict(rating=[80, 80, 80], days=260, idx=None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Nấu, ủ, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        packc=[9000, 45000, 25000],
        var=[("Men lá, củi trấu, điện, nước", 9000)],
        sell=0.06, tax=0.02,
        inv=[("Nồi chưng cất inox 2 nồi", 220, True), ("Kho hạ thổ, ủ rượu 70 m²", 260, True),
             ("Máy lọc, khử andehit, chiết rót", 280, True), ("Chum, bình gốm ủ sim 400 lít", 150, True),
             ("Hầm biogas, bể chứa bã rượu", 110, True), ("Nhãn, mã QR, kiểm nghiệm", 60, False),
             ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 700),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, dep_old=35, loan=[700, 560, 420], rate=0.08, other=60),
    # ---------------------------------------------------------------- iv06 revise (đồng)
    "iv06": dict(
        unit="kg", money="d",
        products=[("Mắm tôm đặc, hũ 500 g", "hũ", 0.5, [65000, 67000, 69000], [14000, 15000, 16000]),
                  ("Mắm tôm, hũ 250 g", "hũ", 0.25, [35000, 36000, 37000], [10000, 11000, 12000]),
                  ("Mắm tôm, can 2 kg cho quán ăn", "can", 2, [220000, 226000, 232000], [900, 1000, 1100])],
        hist=dict(out=[9800, 10400, 11000], price=[112000, 116000, 120000], cost=[980, 1040, 1100]),
        raws=[("Tôm moi tươi", "kg", 0.85, 45000,
               [("Thuyền đánh moi của gia đình", [2, 2, 2], "thuyền", 3000),
                ("Bạn thuyền bến Cửa Sót (hợp đồng)", [4, 4, 4], "thuyền", 2000)]),
              ("Muối hạt", "kg", 0.25, 5000,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 4500)])],
        cap=dict(rating=[60, 60, 60], days=300, idx=None),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Muối, ủ, đảo chượp", [3, 3, 3]),
               ("Đóng hũ, bán hàng", [2, 2, 3])],
        wage=[5.2, 5.5, 5.8],
        packc=[4000, 3000, 15000],
        var=[("Gia vị, điện, nước", 3000)],
        sell=0.05, tax=0.015,
        inv=[("Nhà ủ mắm và sân phơi có mái che 120 m²", 360, True), ("Chum, bể ủ composite 40 cái", 180, True),
             ("Máy xay, máy khuấy, máy đóng hũ", 210, True), ("Kho thành phẩm 30 m²", 120, True),
             ("Nhãn, kiểm nghiệm, mã QR", 40, False), ("Vốn lưu động", 290, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=10, dep_old=22, loan=[600, 480, 360], rate=0.07, other=40),
    # ---------------------------------------------------------------- iv07 revise (honey)
    "iv07": dict(
        unit="kg", money="tr",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [200000, 206000, 212000], [6000, 7200, 8600]),
                  ("Mật ong hoa cà phê, hũ 1 kg", "hũ", 1, [270000, 278000, 286000], [2000, 2400, 2900]),
                  ("Mật ong, can 5 kg", "can", 5, [1100000, 1130000, 1160000], [300, 360, 430])],
        hist=dict(out=[5200, 5600, 6100], price=[300000, 305000, 312000], cost=[1390, 1500, 1650]),
        raws=[("Mật ong thô", "kg", 1.06, 95000,
               [("Đàn ong của hộ Hoàng Văn Phúc", [250, 250, 250], "đàn", 13),
                ("Đàn ong của hộ Nguyễn Thị Xoan", [210, 210, 210], "đàn", 13),
                ("Hộ nuôi ong liên kết", [14, 14, 14], "hộ", 110)])],
        cap=dict(rating=[60, 60, 60], days=240, idx=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chăm đàn ong, quay mật", [3, 3, 3]),
               ("Lọc, hạ thủy phần, đóng chai", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=[5.8, 6.1, 6.4],
        packc=[7000, 10000, 30000],
        var=[("Điện, nước, vận chuyển đàn", 5000)],
        sell=0.06, tax=0.015,
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 280, True), ("Phòng lọc, đóng chai 50 m²", 220, True),
             ("Bồn inox, máy lọc, máy quay mật", 140, True), ("Xe tải nhỏ chở đàn ong", 260, True),
             ("Nhãn, kiểm nghiệm, đăng ký nhãn hiệu", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn góp bằng tiền của hai thành viên", 600),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=8, dep_old=40, loan=[700, 550, 400], rate=0.08, other=60),
    # ---------------------------------------------------------------- iv08 revise (chả cá)
    "iv08": dict(
        unit="kg", money="tr",
        products=[("Chả cá thu, khay 500 g", "khay", 0.5, [140000, 143000, 146000], [12000, 21600, 34600]),
                  ("Chả cá thu viên chiên, túi 500 g", "túi", 0.5, [105000, 107000, 109000], [8000, 14400, 23000]),
                  ("Chả cá nhồng, khay 1 kg", "khay", 1, [220000, 225000, 230000], [1600, 2900, 4600])],
        hist=dict(out=[9000, 9800, 10500], price=[225000, 232000, 240000], cost=[1840, 2040, 2220]),
        raws=[("Cá thu, cá nhồng làm sạch", "kg", 1.1, 95000,
               [("Tàu cá của gia đình", [1, 1, 1], "tàu", 6000),
                ("Nậu vựa cá cảng Thạch Kim (hợp đồng)", [2, 4, 7], "vựa", 5000)])],
        cap=dict(rating=[150, 150, 150], days=300, idx=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Lọc cá, quết chả", [3, 3, 3]),
               ("Hấp, chiên, cấp đông", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        packc=[5000, 4000, 7000],
        var=[("Gia vị, dầu, bột", 9000), ("Điện cấp đông, nước", 6000)],
        sell=0.06, tax=0.015,
        inv=[("Máy quết chả và máy xay cá", 260, True), ("Tủ cấp đông nhanh, kho lạnh 20 m³", 380, True),
             ("Máy hút chân không, máy dán khay", 120, True), ("Cải tạo xưởng chế biến 90 m²", 240, True),
             ("Bể tách mỡ, bể lắng nước thải", 60, True), ("Nhãn, kiểm nghiệm, mã QR", 40, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của chủ sở hữu", 700), ("Vay Ngân hàng Thương mại cổ phần Ngoại thương", 800)],
        life=10, dep_old=36, loan=[800, 650, 500], rate=0.085, other=70),
    # ---------------------------------------------------------------- iv09 revise (juice)
    "iv09": dict(
        unit="lít", money="tr",
        products=[("Nước ép bưởi Phúc Trạch, chai 330 ml", "chai", 0.33, [25000, 25500, 26000], [60000, 69000, 79300]),
                  ("Nước ép bưởi Phúc Trạch, chai 1 lít", "chai", 1, [65000, 66500, 68000], [6000, 6900, 7900])],
        hist=dict(out=[17800, 19600, 22400], price=[60000, 61000, 62000], cost=[960, 1050, 1210]),
        raws=[("Quả bưởi Phúc Trạch", "kg", 2.6, 6000,
               [("Vườn bưởi của thành viên", [18, 18, 18], "ha", 7000),
                ("Hộ liên kết thôn Phúc Đồng", [20, 20, 20], "hộ", 2500)])],
        cap=dict(rating=[120, 120, 120], days=250, idx=None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Bóc, ép, lọc, thanh trùng", [3, 3, 3]),
               ("Chiết rót, đóng thùng", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        packc=[2800, 6000],
        var=[("Đường, điện, nước, gas", 4000)],
        sell=0.06, tax=0.015,
        inv=[("Máy bóc vỏ, máy ép bưởi", 220, True), ("Thiết bị thanh trùng, chiết rót", 300, True),
             ("Kho lạnh bảo quản quả 40 m³", 180, True), ("Cải tạo phòng chế biến 80 m²", 160, True),
             ("Bao bì, nhãn, mã QR", 40, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, dep_old=28, loan=[600, 480, 360], rate=0.08, other=60),
    # ---------------------------------------------------------------- iv10 revise (service, 1.000 đồng)
    "iv10": dict(
        unit="lượt dịch vụ", money="k",
        products=[("Tour thuyền thúng và kéo lưới buổi sáng", "lượt", 1, [250000, 260000, 270000], [2400, 2700, 3000]),
                  ("Nghỉ đêm tại nhà dân (homestay)", "đêm", 1, [350000, 360000, 370000], [1500, 1700, 1900]),
                  ("Trải nghiệm làm mắm, phơi cá (nửa ngày)", "lượt", 1, [150000, 155000, 160000], [1800, 2000, 2200])],
        hist=dict(out=[3600, 4300, 5000], price=[235000, 240000, 245000], cost=[700, 850, 1000]),
        raws=[],
        cap=dict(rating=[0, 0, 0], days=0, idx=None),
        roles=[("Chủ cơ sở, quản lý đặt phòng", [1, 1, 1]), ("Lái thuyền, hướng dẫn", [3, 3, 3]),
               ("Buồng phòng, dọn dẹp", [2, 2, 2]), ("Hướng dẫn làm mắm", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        packc=[0, 0, 0],
        var=[("Nhiên liệu thuyền, áo phao, bảo hiểm khách", 45000), ("Đồ dùng phòng, giặt là, điện nước", 35000)],
        sell=0.08, tax=0.0,
        inv=[("Nâng cấp 4 phòng nghỉ và khu vệ sinh", 420, True), ("Thuyền máy 12 chỗ và áo phao", 180, True),
             ("Nhà trải nghiệm làm mắm 60 m²", 160, True), ("Trang web đặt phòng, biển chỉ dẫn", 40, False),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn tự có của gia đình", 500), ("Vay người thân", 400)],
        life=10, dep_old=20, loan=[0, 0, 0], rate=0.0, other=90),
}


# --------------------------------------------------------------------------- printed versions
# A planted numeric defect is an override applied to the printed model at a stage of model();
# everything after that stage is computed from the printed figure (the knock-ons the plan carries).
def _ov_iv05(M):  # table-total-mismatch: 2028 "Tổng chi phí" of the cost table printed 10 % short
    M["cost_tot"][1] = round(M["cost_tot"][1] * 0.90, 1)


def _ov_iv07_pb(M):  # payback-mismatch: "khoảng 1,2 năm"
    M["payback"] = 1.2


def _ov_iv08(M):  # profit-mismatch: 2027 profit printed 30 % above revenue - cost
    M["profit"][0] = round(M["profit"][0] * 1.30, 1)


def _ov_iv09(M):  # capacity-exceeded: the output table's capacity row printed 30 % above rating x days
    M["cap"] = [round(M["cap"][y] * 1.30) for y in range(3)]
    M["use"] = [M["cap_out"][y] / M["cap"][y] for y in range(3)]


def _ov_iv10(M):  # revenue-mismatch: 2028 homestay line printed 16 % above nights x price
    M["rev_line"][1][1] = M["rev_line"][1][1] * 1.16


OVERRIDES = {
    "iv05": {"cost_total": _ov_iv05},
    # iv06 capital-mismatch: the constants' sources add up to 1.050 against an investment of 1.200
    "iv07": {"payback": _ov_iv07_pb},
    "iv08": {"profit": _ov_iv08},
    "iv09": {"capacity": _ov_iv09},
    "iv10": {"revenue": _ov_iv10},
}



# --------------------------------------------------------------------------- the model
def model(k: str, printed: bool = True) -> dict:
    P = PLANS[k]
    ov = OVERRIDES.get(k, {}) if printed else {}

    def hook(stage):
        f = ov.get(stage)
        if f:
            f(M)

    M: dict = {"k": k}
    prods = P["products"]
    n = len(prods)
    M["packs"] = [list(p[4]) for p in prods]
    M["price"] = [list(p[3]) for p in prods]
    M["size"] = [p[2] for p in prods]
    M["out_i"] = [[M["packs"][i][y] * M["size"][i] for y in range(3)] for i in range(n)]
    M["out"] = [sum(M["out_i"][i][y] for i in range(n)) for y in range(3)]
    M["rev_line"] = [[M["packs"][i][y] * M["price"][i][y] / 1e6 for y in range(3)] for i in range(n)]
    hook("revenue")
    M["rev"] = [sum(M["rev_line"][i][y] for i in range(n)) for y in range(3)]
    # raw materials
    M["raws"] = []
    for lab, unit, norm, rp, rows in P["raws"]:
        norms = norm if isinstance(norm, list) else [norm] * n
        need = [sum(M["out_i"][i][y] * norms[i] for i in range(n)) for y in range(3)]
        sup_rows = [(sl, cnt, cw, yl, [cnt[y] * yl for y in range(3)]) for sl, cnt, cw, yl in rows]
        supply = [sum(r[4][y] for r in sup_rows) for y in range(3)]
        M["raws"].append(dict(label=lab, unit=unit, norms=norms, price=rp, rows=sup_rows,
                              supply=supply, need=need, cost=[need[y] * rp / 1e6 for y in range(3)]))
    # capacity
    c = P["cap"]
    idx = c["idx"] if c["idx"] is not None else list(range(n))
    M["cap"] = [c["rating"][y] * c["days"] for y in range(3)]
    M["cap_out"] = [sum(M["out_i"][i][y] for i in idx) for y in range(3)]
    M["use"] = [M["cap_out"][y] / M["cap"][y] if M["cap"][y] else 0 for y in range(3)]
    hook("capacity")
    # staff
    M["roles"] = P["roles"]
    M["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    M["wage"] = P["wage"]
    M["fund"] = [M["staff"][y] * P["wage"][y] * 12 for y in range(3)]
    # investment and sources
    M["inv"] = list(P["inv"])
    M["inv_tot"] = sum(a for _, a, _ in P["inv"])
    M["fixed_new"] = sum(a for _, a, f in P["inv"] if f)
    M["dep_new"] = M["fixed_new"] / P["life"]
    M["dep"] = M["dep_new"] + P["dep_old"]
    M["src"] = list(P["src"])
    hook("sources")
    M["src_tot"] = sum(a for _, a in M["src"])
    # costs
    cl = []
    for r in M["raws"]:
        cl.append(("raw", r["label"], r["cost"]))
    if any(P["packc"]):
        cl.append(("pack", "Bao bì", [sum(M["packs"][i][y] * P["packc"][i] for i in range(n)) / 1e6
                                      for y in range(3)]))
    for lab, per in P["var"]:
        cl.append(("var", lab, [M["out"][y] * per / 1e6 for y in range(3)]))
    cl.append(("wage", "Tiền lương", list(M["fund"])))
    cl.append(("dep", "Khấu hao", [M["dep"]] * 3))
    if P["rate"]:
        cl.append(("int", "Lãi vay", [P["loan"][y] * P["rate"] for y in range(3)]))
    cl.append(("sell", "Bán hàng", [M["rev"][y] * P["sell"] for y in range(3)]))
    if P["tax"]:
        cl.append(("tax", "Thuế, phí", [M["rev"][y] * P["tax"] for y in range(3)]))
    cl.append(("other", "Chi phí khác", [P["other"]] * 3))
    M["costs"] = cl
    hook("costs")
    M["cost_tot"] = [sum(x[2][y] for x in cl) for y in range(3)]
    hook("cost_total")
    M["profit"] = [M["rev"][y] - M["cost_tot"][y] for y in range(3)]
    hook("profit")
    M["margin"] = [M["profit"][y] / M["rev"][y] for y in range(3)]
    M["payback"] = M["inv_tot"] / (sum(M["profit"]) / 3 + M["dep"])
    hook("payback")
    # history of the old producer
    h = P["hist"]
    M["h_out"] = h["out"]
    M["h_price"] = h["price"]
    M["h_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    M["h_cost"] = h["cost"]
    M["h_profit"] = [M["h_rev"][y] - h["cost"][y] for y in range(3)]
    return M


def relations(M: dict) -> list[tuple[str, float, float]]:
    """(name, printed, what the relation gives) for everything a reviewer recomputes."""
    k, P = M["k"], PLANS[M["k"]]
    R = []
    n = len(M["packs"])
    for y in range(3):
        for i in range(n):
            R.append((f"revenue line {i + 1} {YEARS[y]}", M["rev_line"][i][y],
                      M["packs"][i][y] * M["price"][i][y] / 1e6))
        R.append((f"revenue {YEARS[y]}", M["rev"][y], sum(M["rev_line"][i][y] for i in range(n))))
        R.append((f"cost total {YEARS[y]}", M["cost_tot"][y], sum(x[2][y] for x in M["costs"])))
        R.append((f"profit {YEARS[y]}", M["profit"][y], M["rev"][y] - M["cost_tot"][y]))
        R.append((f"staff {YEARS[y]}", M["staff"][y], sum(r[1][y] for r in M["roles"])))
        R.append((f"wage fund {YEARS[y]}", M["fund"][y], M["staff"][y] * M["wage"][y] * 12))
        c = PLANS[k]["cap"]
        if c["days"]:
            R.append((f"capacity {YEARS[y]} = rating x days", M["cap"][y], c["rating"][y] * c["days"]))
        if M["cap"][y]:
            R.append((f"capacity use {YEARS[y]}", M["use"][y], M["cap_out"][y] / M["cap"][y]))
        R.append((f"history revenue {HIST[y]}", M["h_rev"][y], M["h_out"][y] * M["h_price"][y] / 1e6))
    R.append(("investment total", M["inv_tot"], sum(a for _, a, _ in M["inv"])))
    R.append(("capital sources = investment", M["src_tot"], M["inv_tot"]))
    R.append(("payback", M["payback"], M["inv_tot"] / (sum(M["rev"][y] - M["cost_tot"][y] for y in range(3)) / 3
                                                      + M["dep"])))
    return R


# which relations each plan's planted defects break (all others must hold within 1 %)
PLANTED_REL = {
    "iv05": {"cost total 2028"},
    "iv06": {"capital sources = investment"},
    "iv07": {"payback"},
    "iv08": {"profit 2027"},
    "iv09": {"capacity 2027 = rating x days", "capacity 2028 = rating x days", "capacity 2029 = rating x days"},
    "iv10": {"revenue line 2 2028"},
}


# --------------------------------------------------------------------------- money formats
def money(k: str, x_trieu: float) -> str:
    m = PLANS[k]["money"]
    if m == "tr":
        return fd(x_trieu, 1)
    if m == "k":
        return fi(x_trieu * 1000)
    return fi(x_trieu * 1e6)


UNIT_LINE = {"tr": "ĐVT: triệu đồng", "k": "ĐVT: 1.000 đồng", "d": "ĐVT: đồng"}


# --------------------------------------------------------------------------- tables
@dataclass
class Table:
    key: str
    caption: str
    unit: str | None
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


def _yrs(lay, years=YEARS):
    fmt = lay.get("year_fmt", "Năm {}")
    return [fmt.format(y) for y in years]


def grids(k: str, M: dict) -> dict[str, Table]:
    """Every table of plan k, laid out the way that plan prints it."""
    P, L = PLANS[k], LAYOUT[k]
    mo = lambda x: money(k, x)  # noqa: E731
    ul = L.get("unit_line", UNIT_LINE[P["money"]])
    T: dict[str, Table] = {}
    n = len(P["products"])
    U = P["unit"]
    # history of the old producer
    hh = L.get("hist_header") or [str(y) for y in HIST]
    mu = {"tr": "triệu đồng", "k": "1.000 đồng", "d": "đồng"}[P["money"]]
    hrows = [["Sản lượng (" + U + ")"] + [fi(v) for v in M["h_out"]],
             ["Giá bán bình quân (đồng/" + U + ")"] + [fi(v) for v in M["h_price"]],
             [f"Doanh thu ({mu})"] + [mo(v) for v in M["h_rev"]],
             [f"Chi phí ({mu})"] + [mo(v) for v in M["h_cost"]],
             [f"Lợi nhuận ({mu})"] + [mo(v) for v in M["h_profit"]]]
    if L.get("hist_transposed"):
        mt = {"tr": "tr.đ", "k": "1.000 đ", "d": "đ"}[P["money"]]
        head = ["Năm", "Sản lượng (" + U + ")", "Giá BQ (đ/" + U + ")", f"Doanh thu ({mt})", f"Chi phí ({mt})",
                f"Lợi nhuận ({mt})"]
        rows = [[hh[y]] + [hrows[r][y + 1] for r in range(5)] for y in range(3)]
        T["hist"] = Table("hist", L["cap_hist"], None, head, rows)
    else:
        T["hist"] = Table("hist", L["cap_hist"], None, ["Chỉ tiêu"] + hh, hrows)
    # products and prices
    yh = _yrs(L)
    rows = []
    ucol = L.get("price_unit_col", True)
    for i, p in enumerate(P["products"]):
        rows.append([str(i + 1), p[0]] + ([p[1]] if ucol else []) + [fi(v) for v in p[3]])
    T["prices"] = Table("prices", L["cap_prices"], L.get("price_unit", "ĐVT: đồng/đơn vị sản phẩm"),
                        ["TT", "Sản phẩm"] + (["ĐV"] if ucol else []) + yh, rows)
    # output plan
    rows = []
    for i, p in enumerate(P["products"]):
        rows.append([str(i + 1), p[0]] + [fi(v) for v in M["packs"][i]])
    rows.append(["", f"Tổng sản lượng quy đổi ({U})"] + [fi(v) for v in M["out"]])
    if M["cap"][0]:
        rows.append(["", f"Công suất thiết kế ({U})"] + [fi(v) for v in M["cap"]])
        rows.append(["", "Tỷ lệ sử dụng công suất (%)"] + [fp(v) for v in M["use"]])
    T["output"] = Table("output", L["cap_output"], None, ["TT", "Sản phẩm (số đơn vị)"] + yh, rows)
    # raw materials
    for j, r in enumerate(M["raws"]):
        rows = []
        for sl, cnt, cw, yl, vals in r["rows"]:
            lab = f"{sl}: {fi(cnt[0]) if yl >= 1 else fi(cnt[0])} {cw} × {fd(yl, 1) if yl < 1 else fi(yl)} {r['unit']}"
            if len(set(cnt)) > 1:
                lab = f"{sl} ({cw}: {'/'.join(fi(c) for c in cnt)}) × {fd(yl, 1) if yl < 1 else fi(yl)} {r['unit']}"
            rows.append([lab] + [_q(v) for v in vals])
        rows.append([f"Tổng nguồn cung ({r['unit']})"] + [_q(v) for v in r["supply"]])
        rows.append([f"Nhu cầu theo kế hoạch ({r['unit']})"] + [_q(v) for v in r["need"]])
        if L.get("raw_balance", True):
            rows.append(["Còn dư"] + [_q(r["supply"][y] - r["need"][y]) for y in range(3)])
        T[f"raw{j}"] = Table(f"raw{j}", L["cap_raw"][j], None, ["Nguồn"] + yh, rows)
    # staff
    rows = [[r] + [str(v) for v in vals] for r, vals in P["roles"]]
    rows.append(["Tổng số lao động"] + [str(v) for v in M["staff"]])
    rows.append(["Lương bình quân (triệu đồng/tháng)"] + [fd(v, 1) for v in P["wage"]])
    rows.append(["Quỹ lương (triệu đồng/năm)"] + [fd(v, 1) for v in M["fund"]])
    T["staff"] = Table("staff", L["cap_staff"], None, ["Bộ phận"] + yh, rows)
    # investment
    rows = [[str(i + 1), lab, mo(a)] for i, (lab, a, _) in enumerate(M["inv"])]
    rows.append(["", "Tổng vốn đầu tư", mo(M["inv_tot"])])
    T["inv"] = Table("inv", L["cap_inv"], ul, ["TT", "Hạng mục", "Thành tiền"], rows)
    rows = [[str(i + 1), lab, mo(a), fp(a / M["src_tot"])] for i, (lab, a) in enumerate(M["src"])]
    rows.append(["", "Tổng nguồn vốn", mo(M["src_tot"]), "100,0"])
    T["src"] = Table("src", L["cap_src"], ul, ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows)
    # revenue
    tt = not L.get("no_tt")
    rows = [([str(i + 1)] if tt else []) + [P["products"][i][0]] + [mo(v) for v in M["rev_line"][i]]
            for i in range(n)]
    rows.append(([""] if tt else []) + ["Tổng doanh thu"] + [mo(v) for v in M["rev"]])
    T["rev"] = Table("rev", L["cap_rev"], ul, (["TT"] if tt else []) + ["Sản phẩm"] + yh, rows)
    # costs
    labels = L["cost_labels"]
    rows = []
    for i, (key, lab, vals) in enumerate(M["costs"]):
        rows.append(([str(i + 1)] if tt else []) + [labels.get(lab, lab)] + [mo(v) for v in vals])
    rows.append(([""] if tt else []) + ["Tổng chi phí"] + [mo(v) for v in M["cost_tot"]])
    T["cost"] = Table("cost", L["cap_cost"], ul, (["TT"] if tt else []) + ["Khoản mục"] + yh, rows)
    # summary
    srows = [["Doanh thu"] + [mo(v) for v in M["rev"]],
             ["Chi phí"] + [mo(v) for v in M["cost_tot"]],
             ["Lợi nhuận"] + [mo(v) for v in M["profit"]],
             ["Tỷ suất lợi nhuận/doanh thu (%)"] + [fp(v) for v in M["margin"]]]
    if L.get("sum_transposed"):
        head = ["Năm", "Doanh thu", "Chi phí", "Lợi nhuận", "Tỷ suất LN (%)"]
        rows = [[yh[y]] + [srows[r][y + 1] for r in range(4)] for y in range(3)]
        T["sum"] = Table("sum", L["cap_sum"], ul, head, rows)
    else:
        T["sum"] = Table("sum", L["cap_sum"], ul, ["Chỉ tiêu"] + yh, srows)
    # the plan's own static or theme tables
    for key, fn in EXTRA.get(k, {}).items():
        T[key] = fn(M)
    return T


def _q(v: float) -> str:
    return fi(v) if abs(v - round(v)) < 1e-6 or abs(v) >= 100 else fd(v, 1)


# --------------------------------------------------------------------------- layouts
COST = {"Bao bì": "Bao bì, nhãn", "Tiền lương": "Tiền lương, tiền công", "Khấu hao": "Khấu hao tài sản cố định",
        "Lãi vay": "Lãi vay ngân hàng", "Bán hàng": "Chi phí bán hàng", "Thuế, phí": "Thuế, phí, lệ phí"}
LAYOUT: dict[str, dict] = {
    "iv01": dict(year_fmt="Năm {}", hist_header=["2024 (hộ KD)", "2025 (hộ KD)", "2026 (hộ KD)"],
                 cap_hist="Kết quả sản xuất kinh doanh của hộ kinh doanh 2024 – 2026",
                 cap_prices="Giá bán dự kiến (đồng/đơn vị)", cap_output="Kế hoạch sản lượng và công suất",
                 cap_raw=["Cân đối gạo nếp (kg)", "Cân đối nhân bánh (kg)"],
                 cap_staff="Lao động và tiền lương của công ty", cap_inv="Vốn đầu tư mới",
                 cap_src="Nguồn vốn đầu tư mới", cap_rev="Doanh thu dự kiến", cap_cost="Chi phí sản xuất kinh doanh",
                 cap_sum="Hiệu quả kinh tế", cost_labels=dict(COST, **{"Khấu hao": "Khấu hao (tài sản mới và tài sản nhận từ hộ)"})),
    "iv02": dict(year_fmt="{}", hist_header=["2024 (THT)", "2025 (THT)", "2026 (THT)"],
                 cap_hist="Kết quả của tổ hợp tác các năm 2024 – 2026", price_unit_col=False,
                 cap_prices="Giá bán theo năm", cap_output="Sản lượng kế hoạch của hợp tác xã",
                 cap_raw=["Nguồn và nhu cầu cà gai leo tươi (kg)"],
                 cap_staff="Lao động của hợp tác xã", cap_inv="Tổng mức đầu tư",
                 cap_src="Cơ cấu nguồn vốn", cap_rev="Doanh thu theo sản phẩm", cap_cost="Chi phí theo khoản mục",
                 cap_sum="Doanh thu, chi phí, lợi nhuận", sum_transposed=True, cost_labels=COST),
    "iv03": dict(year_fmt="Năm {}", hist_header=["2024 (ông Cảnh)", "2025 (ông Cảnh)", "2026 (ông Cảnh)"],
                 unit_line="Đơn vị tính: 1.000 đồng",
                 cap_hist="Sản xuất của hộ ông Lê Văn Cảnh trước khi bàn giao", cap_prices="Giá bán",
                 cap_output="Sản lượng dự kiến", cap_raw=["Nguồn mật ong thô (kg)"],
                 cap_staff="Lao động", cap_inv="Nhu cầu vốn", cap_src="Nguồn vốn", cap_rev="Doanh thu",
                 cap_cost="Chi phí", cap_sum="Lợi nhuận", cost_labels=COST),
    "iv04": dict(year_fmt="{}", hist_header=["2024 (2 hộ)", "2025 (2 hộ)", "2026 (2 hộ)"],
                 cap_hist="Kết quả cộng gộp của hai hộ kinh doanh 2024 – 2026",
                 cap_prices="Giá bán sản phẩm", cap_output="Sản lượng và công suất xưởng",
                 cap_raw=["Gỗ mít, gỗ nhãn (m³)", "Gỗ keo (m³)"], cap_staff="Nhân lực",
                 cap_inv="Vốn đầu tư", cap_src="Nguồn vốn", cap_rev="Doanh thu", cap_cost="Chi phí",
                 cap_sum="Kết quả kinh doanh dự kiến", cost_labels=dict(COST, **{"Gỗ mít, gỗ nhãn xẻ sấy": "Gỗ mít, gỗ nhãn", "Gỗ keo rừng trồng xẻ sấy": "Gỗ keo"})),
    "iv05": dict(year_fmt="Năm {}", unit_line="ĐVT: tr.đ", hist_header=["2024", "2025", "2026"],
                 cap_hist="Kết quả của tổ hợp tác (2024 – 2026)",
                 cap_prices="Giá bán (đồng/đơn vị)", cap_output="Sản lượng rượu dự kiến",
                 cap_raw=["Gạo nếp (kg)", "Quả sim (kg)"], cap_staff="Lao động",
                 cap_inv="Vốn đầu tư", cap_src="Nguồn vốn", cap_rev="Doanh thu",
                 cap_cost="Chi phí sản xuất", cap_sum="Hiệu quả", cost_labels=COST),
    "iv06": dict(year_fmt="Năm {}", hist_header=["2024", "2025", "2026"], no_tt=True,
                 cap_hist="Sản xuất của cơ sở những năm gần đây",
                 cap_prices="Giá bán", cap_output="Sản lượng", cap_raw=["Tôm moi (kg)", "Muối (kg)"],
                 cap_staff="Lao động", cap_inv="Vốn đầu tư", cap_src="Nguồn vốn", cap_rev="Doanh thu",
                 cap_cost="Chi phí", cap_sum="Lãi lỗ", cost_labels=COST),
    "iv07": dict(year_fmt="Năm {}", hist_header=["2024", "2025", "2026"],
                 cap_hist="Sản xuất cộng gộp của hai hộ (2024 – 2026)",
                 cap_prices="Giá bán", cap_output="Sản lượng và công suất", cap_raw=["Mật ong thô (kg)"],
                 raw_balance=False, cap_staff="Lao động", cap_inv="Vốn đầu tư", cap_src="Nguồn vốn",
                 cap_rev="Doanh thu", cap_cost="Chi phí", cap_sum="Hiệu quả kinh tế", cost_labels=COST),
    "iv08": dict(year_fmt="Năm {}", hist_header=["2024", "2025", "2026"],
                 cap_hist="Kết quả của hộ kinh doanh 2024 – 2026",
                 cap_prices="Giá bán", cap_output="Sản lượng và công suất", cap_raw=["Cá nguyên liệu (kg)"],
                 cap_staff="Lao động", cap_inv="Vốn đầu tư", cap_src="Nguồn vốn", cap_rev="Doanh thu",
                 cap_cost="Chi phí", cap_sum="Hiệu quả kinh tế", cost_labels=COST),
    "iv09": dict(year_fmt="Năm {}", hist_header=["2024", "2025", "2026"], hist_transposed=True,
                 cap_hist="Kết quả của tổ hợp tác 2024 – 2026",
                 cap_prices="Giá bán", cap_output="Sản lượng và công suất", cap_raw=["Quả bưởi (kg)"],
                 cap_staff="Lao động", cap_inv="Vốn đầu tư", cap_src="Nguồn vốn", cap_rev="Doanh thu",
                 cap_cost="Chi phí", cap_sum="Hiệu quả kinh tế", cost_labels=COST),
    "iv10": dict(year_fmt="Năm {}", hist_header=["2024", "2025", "2026"], unit_line="Đơn vị tính: 1.000 đồng",
                 cap_hist="Khách và doanh thu những năm qua", price_unit="ĐVT: đồng/lượt hoặc đồng/đêm",
                 cap_prices="Giá dịch vụ", cap_output="Số lượt khách dự kiến", cap_raw=[],
                 cap_staff="Lao động", cap_inv="Vốn đầu tư", cap_src="Nguồn vốn", cap_rev="Doanh thu",
                 cap_cost="Chi phí", cap_sum="Hiệu quả", cost_labels=COST),
}

# plan-specific tables (before/after, papers, competitors, equipment, schedule): filled in below
EXTRA: dict[str, dict] = {}


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        """Caption text (without 'Bảng N. ') -> the rows of the first pipe table after it."""
        out, cap, lines = {}, None, self.body.splitlines()
        i = 0
        while i < len(lines):
            s = lines[i].strip().strip("*").strip()
            m = re.match(r"^Bảng \d+\.\s*(.+)$", s)
            if m:
                cap = m.group(1).strip()
            elif s.startswith("|") and cap:
                rows = []
                while i < len(lines) and lines[i].strip().startswith("|"):
                    cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                        rows.append(cells)
                    i += 1
                out[cap] = rows
                cap = None
                continue
            i += 1
        return out


def _num(s: str) -> float | None:
    s = s.strip().replace(" ", "")
    if re.fullmatch(r"-?[\d.]+(,\d+)?", s):
        return vn(s)
    return None


def check_full(k: str, stem: str) -> Plan:
    p = Plan(stem)
    Mp, Mt = model(k, True), model(k, False)
    Gp, Gt = grids(k, Mp), grids(k, Mt)
    read = p.tables()
    planted_cells = PLANTED_CELLS.get(k, {})
    knock = KNOCK_CELLS.get(k, set())
    for key, t in Gp.items():
        if t.caption not in read:
            p.failures.append(f"table not found: {t.caption}")
            continue
        rows = read[t.caption]
        want = [t.header] + t.rows
        if len(rows) != len(want):
            p.failures.append(f"{t.caption}: {len(rows)} rows, model has {len(want)}")
            continue
        tt = Gt.get(key)
        for r, (got, exp) in enumerate(zip(rows, want)):
            if [c.replace("**", "") for c in got] != exp:
                p.failures.append(f"{t.caption} row {r}: {got} != model {exp}")
                continue
            if tt is None or r == 0:
                continue
            texp = ([tt.header] + tt.rows)[r] if r < len(tt.rows) + 1 else exp
            for c, (a, b) in enumerate(zip(exp, texp)):
                x, y = _num(a), _num(b)
                if x is None or y is None:
                    if a != b and (key, r, c) not in knock and (key, r, c) not in planted_cells:
                        p.failures.append(f"{t.caption} [{r},{c}] text {a!r} != true {b!r}")
                    continue
                if (key, r, c) in planted_cells:
                    if not plancheck.off(x, y):
                        p.failures.append(f"{t.caption} [{r},{c}] planted {a} not > 5 % off true {b}")
                elif (key, r, c) in knock:
                    pass
                elif not plancheck.close(x, y) and abs(x - y) > 0.11:
                    p.failures.append(f"{t.caption} [{r},{c}] printed {a} but true {b}")
    for cell in planted_cells:
        if cell[0] not in Gp:
            p.failures.append(f"planted cell in unknown table {cell}")
    # the relations a reviewer recomputes, on the printed figures
    for name, got, rel in relations(Mp):
        if name in PLANTED_REL.get(k, set()):
            if not plancheck.off(got, rel):
                p.failures.append(f"planted relation {name}: {got:.3f} not > 5 % off {rel:.3f}")
        elif not plancheck.close(got, rel) and abs(got - rel) > 0.11:
            p.failures.append(f"relation {name}: printed {got:.3f}, recomputed {rel:.3f}")
    # feasibility a reviewer checks on the true figures
    for r in Mt["raws"]:
        for y in range(3):
            short = r["need"][y] > r["supply"][y]
            if short != (k == "iv07" and y > 0):
                p.failures.append(f"{r['label']} {YEARS[y]}: need {r['need'][y]:.0f}, supply {r['supply'][y]:.0f}")
    for y in range(3):
        if Mt["cap"][y]:
            over = Mt["cap_out"][y] > Mt["cap"][y]
            if over != (k == "iv09" and y == 2):
                p.failures.append(f"capacity {YEARS[y]}: {Mt['cap_out'][y]:.0f} of {Mt['cap'][y]:.0f}")
            if k in READY and Mt["use"][y] > 0.86:
                p.failures.append(f"ready plan uses {Mt['use'][y]:.1%} of capacity")
        if not (0 < Mt["margin"][y] < (0.35 if k == "iv08" else 0.30)):  # iv08: part of the growth defect
            p.failures.append(f"true margin {YEARS[y]}: {Mt['margin'][y]:.1%}")
    for y in (1, 2):
        g = Mt["out"][y] / Mt["out"][y - 1] - 1
        gr = Mt["rev"][y] / Mt["rev"][y - 1] - 1
        if (g > 0.35 or gr > 0.35) != (k == "iv08"):
            p.failures.append(f"growth {YEARS[y]}: output {g:.1%}, revenue {gr:.1%}")
    g0 = Mt["out"][0] / Mt["h_out"][2] - 1
    if (g0 > 0.35) != (k == "iv08"):
        # iv08 jumps later; its 2027 step is ordinary
        if k != "iv08" or g0 > 0.35:
            p.failures.append(f"2027 output {g0:+.1%} over 2026")
    for y in range(3):
        if not (0 < Mt["h_profit"][y] / Mt["h_rev"][y] < 0.25):
            p.failures.append(f"history margin {HIST[y]}")
    # figures the prose states
    for s in FACTS[k](Mp, Mt):
        p.has(s)
    TEXT[k](p, Mp, Mt)
    p.lacks(PLACEHOLDER, "template placeholder") if k != "iv10" else None
    if k in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument in a ready plan")
        for d in re.findall(r"(?:đến|hết hạn|hiệu lực đến)(?: ngày)? (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
            if int(d[1]) < 2029:
                p.failures.append(f"paper valid only to {d[0]}")
    return p


READY = {"iv01", "iv02", "iv03", "iv04"}
PLANTED_CELLS: dict[str, set] = {}
KNOCK_CELLS: dict[str, set] = {}
FACTS: dict[str, callable] = {}
TEXT: dict[str, callable] = {}


def words(body: str) -> int:
    return len(re.findall(r"\w+", body))


# --------------------------------------------------------------------------- the plans' own tables
STEMS = {
    "iv01": "iv01_banh_ram_hoai_thu_hkd_len_cty",
    "iv02": "iv02_tra_ca_gai_leo_tht_len_htx",
    "iv03": "iv03_mat_ong_ong_canh_cha_giao_con",
    "iv04": "iv04_do_go_loi_tu_hai_ho_hop_nhat",
    "iv05": "iv05_ruou_nep_sim_tht_len_htx",
    "iv06": "iv06_mam_tom_tam_sau_cha_giao_con",
    "iv07": "iv07_mat_ong_phuc_xoan_hai_ho_cty",
    "iv08": "iv08_cha_ca_huong_thuy_hkd_len_cty",
    "iv09": "iv09_nuoc_buoi_phuc_dong_tht_len_htx",
    "iv10": "iv10_du_lich_lang_chai_me_giao_con",
    "iv11": "iv11_keo_lac_ba_tu_so_sai",
    "iv12": "iv12_nam_so_ky_xuan_so_sai",
}


def _t(key, caption, header, rows, unit=None):
    return Table(key, caption, unit, header, rows)


def _x01(M):
    return {
        "theme": lambda M: _t("theme", "Chủ thể trước và sau khi chuyển đổi",
                              ["Nội dung", "Hộ kinh doanh (trước 05/11/2026)", "Công ty (từ 05/11/2026)"], [
            ["Tên", "Hộ kinh doanh Bánh ram Hoài Thu", "Công ty TNHH Bánh ram Hoài Thu"],
            ["Số đăng ký", "28F8002471", "3002614785"],
            ["Ngày cấp", "14/3/2017", "05/11/2026"],
            ["Người đại diện", "Trần Thị Hoài Thu, chủ hộ", "Trần Thị Hoài Thu, giám đốc"],
            ["Vốn (triệu đồng)", "600,0", fd(920 + PLANS["iv01"]["src"][0][1], 1)],
            ["Lao động (người)", "8", str(M["staff"][0])],
            ["Nhà xưởng (m²)", "120", "220"],
            ["Sản lượng (kg)", fi(M["h_out"][2]), fi(M["out"][0])]]),
        "assets": lambda M: _t("assets", "Tài sản hộ kinh doanh góp vào vốn điều lệ công ty",
                               ["TT", "Tài sản", "Giá trị còn lại"], [
            ["1", "Nhà xưởng 120 m² và sân phơi", "420,0"],
            ["2", "Máy xay bột, nồi chiên, bàn nặn", "180,0"],
            ["3", "Tủ đông, tủ mát", "120,0"],
            ["4", "Xe tải nhỏ giao hàng", "150,0"],
            ["5", "Nguyên liệu, bao bì tồn kho", "50,0"],
            ["", "Cộng", "920,0"]], unit="ĐVT: triệu đồng"),
        "equip": lambda M: _t("equip", "Máy móc, thiết bị và công suất",
                              ["TT", "Thiết bị", "Nguồn", "Công suất"], [
            ["1", "Máy định hình bánh ram", "Mua mới 2027", "160 kg/ngày"],
            ["2", "Máy nhào bột 2 cối", "Mua mới 2027", "220 kg/ngày"],
            ["3", "Nồi chiên tách dầu", "Của hộ chuyển sang", "200 kg/ngày"],
            ["4", "Tủ đông gió −35 °C", "Mua mới 2027", "250 kg/mẻ"],
            ["5", "Máy hút chân không", "Mua mới 2027", "900 túi/giờ"]]),
        "papers": lambda M: _t("papers", "Giấy tờ của hộ kinh doanh và của công ty",
                               ["Giấy tờ", "Của hộ kinh doanh", "Của công ty", "Tình trạng"], [
            ["Đăng ký kinh doanh", "28F8002471", "3002614785", "Hộ chấm dứt 05/11/2026"],
            ["Chứng nhận ATTP", "27/2023/GCNATTP-SCT", "04/2027/GCNATTP-SCT", "Đến 18/01/2030"],
            ["Tiêu chuẩn cơ sở", "TCCS 01:2023/BRHT", "TCCS 01:2027/HT", "Công bố 20/01/2027"],
            ["Tự công bố", "01/BRHT/2023", "01/HT/2027", "Đăng tải 22/01/2027"],
            ["Thử nghiệm", "Phiếu năm 2023", "Phiếu 1186/2026", "Đạt"],
            ["Nhãn hiệu", "Văn bằng của bà Thu", "Chuyển nhượng", "Ghi nhận 28/12/2026"],
            ["Đăng ký môi trường", "Chưa có", "UBND xã tiếp nhận", "15/12/2026"]]),
    }


def _x02(M):
    return {
        "members": lambda M: _t("members", "Thành viên trước và sau khi thành lập hợp tác xã",
                                ["Nhóm", "Số người", "Góp tài sản", "Góp tiền", "Cộng"], [
            ["Tổ viên cũ của tổ hợp tác", "7", "280,0", "210,0", "490,0"],
            ["Thành viên mới năm 2026", "4", "0,0", "210,0", "210,0"],
            ["Cộng vốn điều lệ", "11", "280,0", "420,0", "700,0"]], unit="ĐVT: triệu đồng"),
        "compare": lambda M: _t("compare", "Tổ hợp tác và hợp tác xã",
                                ["Chỉ tiêu", "Tổ hợp tác (2026)", "Hợp tác xã (2027)"], [
            ["Căn cứ pháp lý", "Hợp đồng hợp tác 12/4/2021", "GCN đăng ký HTX 3002639118"],
            ["Số thành viên", "7 tổ viên", "11 thành viên"],
            ["Diện tích cà gai leo (ha)", "1,4", "2,0"],
            ["Hộ liên kết", "9", "14"],
            ["Lao động thường xuyên", "8", str(M["staff"][0])],
            ["Sản lượng khô (kg)", fi(M["h_out"][2]), fi(M["out"][0])]]),
        "papers": lambda M: _t("papers", "Hồ sơ pháp lý và chất lượng",
                               ["Nội dung", "Số, ngày", "Hiệu lực, ghi chú"], [
            ["Đăng ký hợp tác xã", "3002639118, ngày 14/10/2026", "Thay hợp đồng hợp tác của tổ"],
            ["Chứng nhận ATTP", "09/2027/NNMT-GCN, ngày 25/01/2027", "Đến 25/01/2030"],
            ["Tiêu chuẩn cơ sở", "TCCS 01:2027/HL", "Áp dụng từ 20/01/2027"],
            ["Tự công bố sản phẩm", "01/HTXHL/2027", "Đăng tải 27/01/2027"],
            ["Phiếu kết quả thử nghiệm", "0247/2027, ngày 15/01/2027", "Đạt các chỉ tiêu công bố"],
            ["Nhãn hiệu Hòa Lạc Xanh", "Đơn 4-2026-27915, ngày 30/10/2026", "Chờ cấp văn bằng"],
            ["Đăng ký môi trường", "UBND xã tiếp nhận 05/12/2026", "Nước rửa lá qua bể lắng"]]),
        "sched": lambda M: _t("sched", "Kế hoạch triển khai",
                              ["Thời gian", "Nội dung", "Người phụ trách"], [
            ["Quý I/2027", "In nhãn mang tên hợp tác xã, gắn tem QR", "Giám đốc"],
            ["Quý II/2027", "Lắp máy đóng túi lọc, hoàn thiện nhà sơ chế", "Chủ tịch HĐQT"],
            ["Quý III/2027", "Nộp hồ sơ OCOP cấp tỉnh", "Giám đốc"],
            ["Năm 2028", "Mở rộng liên kết lên 14 hộ, vào 2 chuỗi nhà thuốc", "Tổ bán hàng"],
            ["Năm 2029", "Gia hạn ATTP trước 25/01/2030, nâng hạng", "Giám đốc"]]),
    }


def _x03(M):
    return {
        "handover": lambda M: _t("handover", "Tài sản bàn giao theo hợp đồng tặng cho ngày 15/8/2026",
                                 ["TT", "Tài sản", "Số lượng", "Giá trị"], [
            ["1", "Đàn ong nội và thùng ong", "220 đàn", "264.000"],
            ["2", "Máy quay mật, bồn lắng inox", "1 bộ", "38.000"],
            ["3", "Phòng lọc, đóng chai 18 m²", "1 phòng", "95.000"],
            ["4", "Xe máy chở thùng ong", "1 chiếc", "28.000"],
            ["", "Cộng", "", "425.000"]], unit="Đơn vị tính: 1.000 đồng"),
        "compare": lambda M: _t("compare", "Trước và sau khi chuyển giao",
                                ["Chỉ tiêu", "Hộ ông Cảnh (2026)", "Hộ chị Nguyệt (2027)"], [
            ["Số đăng ký hộ kinh doanh", "28H8001265", "28H8004390"],
            ["Số đàn ong (đàn)", "220", "220"],
            ["Hộ nuôi ong liên kết", "10", str(PLANS["iv03"]["raws"][0][4][1][1][0])],
            ["Lao động (người)", "3", str(M["staff"][0])],
            ["Sản lượng mật (kg)", fi(M["h_out"][2]), fi(M["out"][0])]]),
        "papers": lambda M: _t("papers", "Giấy tờ đã có",
                               ["Giấy tờ", "Số hiệu", "Ngày cấp", "Ghi chú"], [
            ["Đăng ký hộ kinh doanh", "28H8004390", "02/10/2026", "Thay số 28H8001265"],
            ["Chứng nhận ATTP", "118/2026/NNMT-GCN", "26/11/2026", "Hiệu lực đến 26/11/2029"],
            ["Tiêu chuẩn cơ sở", "TCCS 01:2026/MN", "10/11/2026", "Mật ong hoa rừng, hoa keo"],
            ["Bản tự công bố", "01/MN/2026", "12/11/2026", "Đăng tải tại UBND xã"],
            ["Phiếu thử nghiệm", "3391/2026", "04/11/2026", "Độ ẩm, HMF, đường khử đạt"],
            ["Nhãn hiệu Ông Cảnh", "Văn bằng cấp năm 2021", "Đơn chuyển nhượng 05/10/2026", "Chờ ghi nhận"]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Việc làm", "Người làm"], [
            ["Tháng 12/2026", "In nhãn mới mang tên hộ chị Nguyệt, tem QR", "Chị Nguyệt"],
            ["Quý I/2027", "Nhận ghi nhận chuyển nhượng nhãn hiệu", "Chị Nguyệt"],
            ["Quý II/2027", "Lắp máy hạ thủy phần, mua 30 thùng ong", "Anh Dũng"],
            ["Quý III/2027", "Nộp hồ sơ đánh giá OCOP", "Chị Nguyệt"],
            ["Năm 2029", "Gia hạn giấy ATTP trước 26/11/2029", "Chị Nguyệt"]]),
    }


def _x04(M):
    P = PLANS["iv04"]
    return {
        "merge": lambda M: _t("merge", "Hai hộ kinh doanh và công ty sau hợp nhất",
                              ["Chỉ tiêu", "Hộ ông Lợi", "Hộ ông Tú", "Công ty 2027"], [
            ["Số đăng ký", "28D8000934", "28D8002218", "3002655402"],
            ["Lao động (người)", "6", "5", str(M["staff"][0])],
            ["Nhà xưởng (m²)", "180", "140", "470"],
            ["Sản lượng 2026 (chiếc)", "3.700", "3.100", fi(M["out"][0])],
            ["Doanh thu 2026 (triệu đồng)", fd(3700 * 350000 / 1e6, 1), fd(3100 * 350000 / 1e6, 1), fd(M["rev"][0], 1)]]),
        "capital": lambda M: _t("capital", "Góp vốn điều lệ của hai thành viên",
                                ["Thành viên", "Tài sản", "Tiền", "Cộng", "Tỷ lệ (%)"], [
            ["Phan Văn Lợi", "820,0", "400,0", "1.220,0", fp(1220 / 2400)],
            ["Phan Đình Tú", "880,0", "300,0", "1.180,0", fp(1180 / 2400)],
            ["Cộng", "1.700,0", fd(P["src"][0][1], 1), "2.400,0", "100,0"]], unit="ĐVT: triệu đồng"),
        "papers": lambda M: _t("papers", "Hồ sơ pháp lý",
                               ["Giấy tờ", "Tình trạng"], [
            ["Đăng ký doanh nghiệp 3002655402", "Cấp ngày 08/01/2027"],
            ["Bảng kê gỗ có nguồn gốc hợp pháp", "Lưu theo từng chuyến gỗ"],
            ["Tiêu chuẩn cơ sở TCCS 01:2027/LT", "Công bố ngày 05/02/2027"],
            ["Thẻ treo, nhãn theo NĐ 43/2017, 111/2021", "Đã in mẫu"],
            ["Nhãn hiệu Lợi Tú", "Nộp đơn ngày 15/01/2027"],
            ["Đăng ký môi trường", "UBND xã tiếp nhận 20/02/2027"],
            ["Phòng cháy, chữa cháy", "Biên bản kiểm tra 02/2027"]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Nội dung"], [
            ["Quý I/2027", "Bàn giao tài sản hai hộ, lắp hút bụi và buồng sơn"],
            ["Quý II/2027", "Lắp máy CNC, lò sấy; xây thêm 150 m² xưởng"],
            ["Quý III/2027", "Nộp hồ sơ đánh giá OCOP cấp tỉnh"],
            ["Năm 2028", "Gian hàng ở Hà Nội, Đà Nẵng; sàn thương mại điện tử"],
            ["Năm 2029", "Nhận văn bằng nhãn hiệu, mẫu mới cho khách du lịch"]]),
    }


def _x05(M):
    return {
        "compare": lambda M: _t("compare", "Tổ hợp tác hiện nay và hợp tác xã đang đăng ký",
                                ["Nội dung", "Tổ hợp tác", "Hợp tác xã"], [
            ["Văn bản thành lập", "Hợp đồng hợp tác 2019", "Hồ sơ nộp 22/9/2026"],
            ["Thành viên", "8 tổ viên", "12 thành viên"],
            ["Vốn", "Góp 560 triệu", "Điều lệ 1.260 triệu"],
            ["Sản lượng (lít)", fi(M["h_out"][2]), fi(M["out"][0])]]),
        "papers": lambda M: _t("papers", "Hồ sơ chất lượng và pháp lý",
                               ["Nội dung", "Hiện có (tổ hợp tác)", "Hợp tác xã"], [
            ["Đăng ký", "Hợp đồng hợp tác, mã số thuế", "GCN đăng ký HTX, quý IV/2026"],
            ["Chứng nhận ATTP", "Số 41/2024/GCNATTP-SCT", "Xin cấp mới quý I/2027"],
            ["Tiêu chuẩn cơ sở", "TCCS 01:2024/ĐT", "Công bố lại 2027"],
            ["Tự công bố", "QCVN 6-3:2010/BYT", "Công bố lại 2027"],
            ["Nhãn hàng hóa", "Có độ cồn, cảnh báo", "In tên hợp tác xã"],
            ["Nhãn hiệu", "Đơn nộp 2025", "Chuyển tên sang HTX"]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Nội dung"], [
            ["Quý IV/2026", "Nhận GCN đăng ký hợp tác xã, bàn giao tài sản"],
            ["Quý I/2027", "Xin cấp giấy ATTP, công bố lại, in nhãn mới"],
            ["Quý II/2027", "Lắp nồi chưng cất, máy lọc, hầm biogas"],
            ["Quý III/2027", "Nộp hồ sơ OCOP cấp tỉnh"],
            ["2028 – 2029", "Mở đại lý Vinh, Hà Nội; giữ hạng 3 sao"]]),
    }


def _x06(M):
    return {
        "compare": lambda M: _t("compare", "Cơ sở trước và sau khi bố giao lại",
                                ["Nội dung", "Trước 16/7/2026", "Từ 16/7/2026"], [
            ["Chủ hộ kinh doanh", "Ông Nguyễn Văn Sáu", "Anh Nguyễn Văn Tâm"],
            ["Số đăng ký", "28K8000512", "28K8004127"],
            ["Lao động", "5", str(M["staff"][0])],
            ["Số chum, bể ủ", "60", "100"],
            ["Sản lượng (kg)", fi(M["h_out"][2]), fi(M["out"][0])]]),
        "papers": lambda M: _t("papers", "Giấy tờ",
                               ["Giấy tờ", "Số", "Ghi chú"], [
            ["Đăng ký hộ kinh doanh", "28K8004127", "Cấp 16/7/2026"],
            ["Chứng nhận ATTP", "72/2026/NNMT-GCN", "Cấp 05/8/2026, hiệu lực 3 năm"],
            ["Tiêu chuẩn cơ sở", "TCCS 01:2026/TS", "Mắm tôm đặc"],
            ["Tự công bố", "01/TS/2026", "Đăng tải 10/8/2026"],
            ["Phiếu thử nghiệm", "2215/2026", "Đạm, muối, vi sinh đạt"],
            ["Nhãn hiệu Tâm Sáu", "Đơn 4-2026-19044", "Nộp 25/7/2026"]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Việc", "Người làm"], [
            ["Tháng 9 – 12/2026", "In nhãn mới, làm tem QR", "Anh Tâm"],
            ["Quý I – II/2027", "Làm nhà ủ, mua chum bể, máy đóng hũ", "Anh Tâm, ông Sáu"],
            ["Quý III/2027", "Nộp hồ sơ đánh giá OCOP", "Anh Tâm"],
            ["Năm 2028", "Hộ kinh doanh Mắm tôm Hải Yến mở thêm 10 điểm bán", "Chị Hải Yến"],
            ["Năm 2029", "Gia hạn ATTP, nâng hạng sao", "Anh Tâm"]]),
    }


def _x07(M):
    return {
        "contrib": lambda M: _t("contrib", "Hai hộ góp vào công ty",
                                ["", "Hộ ông Phúc", "Hộ bà Xoan", "Công ty"], [
            ["Số đăng ký", "28E8001733", "28E8002906", "3002648871"],
            ["Đàn ong (đàn)", "250", "210", "460"],
            ["Lao động (người)", "4", "3", str(M["staff"][0])],
            ["Sản lượng 2026 (kg)", "3.400", "2.700", fi(M["h_out"][2])],
            ["Vốn góp (triệu đồng)", "900,0", "800,0", "1.700,0"]]),
        "papers": lambda M: _t("papers", "Giấy tờ pháp lý",
                               ["Giấy tờ", "Tình trạng"], [
            ["Đăng ký doanh nghiệp 3002648871", "Cấp ngày 21/9/2026"],
            ["Chứng nhận ATTP 131/2026/NNMT-GCN", "Cấp 28/10/2026, hiệu lực đến 28/10/2029"],
            ["Tiêu chuẩn cơ sở TCCS 01:2026/PX", "Công bố 02/11/2026"],
            ["Bản tự công bố 01/PX/2026", "Đăng tải 04/11/2026"],
            ["Phiếu kết quả thử nghiệm", "Đạt, mẫu lấy 10/2026"],
            ["Nhãn theo NĐ 43/2017, 111/2021", "Mẫu nhãn mang tên công ty"],
            ["Nhãn hiệu Phúc Xoan", "Nộp đơn 30/9/2026"]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Nội dung"], [
            ["Tháng 12/2026", "Bàn giao đàn ong, thiết bị của hai hộ"],
            ["Quý I/2027", "Lắp máy hạ thủy phần, phòng lọc 50 m²"],
            ["Quý II/2027", "Mua xe chở đàn ong, mở điểm bán Vinh"],
            ["Quý III/2027", "Nộp hồ sơ OCOP cấp tỉnh"],
            ["2028 – 2029", "Đại lý Hà Nội, sàn điện tử; gia hạn ATTP"]]),
    }


def _x08(M):
    return {
        "steps": lambda M: _t("steps", "Các bước chuyển hộ kinh doanh thành công ty",
                              ["Bước", "Nội dung", "Thời gian"], [
            ["1", "Nộp hồ sơ đăng ký doanh nghiệp", "02/12/2026"],
            ["2", "Nhận giấy chứng nhận, khắc dấu", "Dự kiến 12/2026"],
            ["3", "Chuyển tài sản, hợp đồng, lao động", "Tháng 01/2027"],
            ["4", "Chấm dứt hộ kinh doanh 28B8003058", "Tháng 01/2027"],
            ["5", "Làm lại nhãn, hồ sơ sản phẩm", "Quý I/2027"]]),
        "compare": lambda M: _t("compare", "Hộ kinh doanh và công ty",
                                ["Chỉ tiêu", "Hộ kinh doanh 2026", "Công ty 2027"], [
            ["Tên", "Hộ kinh doanh Chả cá Hương Thủy", "Công ty TNHH Thực phẩm Hương Thủy"],
            ["Vốn (triệu đồng)", "800,0", "2.000,0"],
            ["Lao động (người)", "7", str(M["staff"][0])],
            ["Sản lượng (kg)", fi(M["h_out"][2]), fi(M["out"][0])]]),
        "papers": lambda M: _t("papers", "Hồ sơ sản phẩm",
                               ["Nội dung", "Hiện trạng", "Kế hoạch"], [
            ["Tiêu chuẩn cơ sở", "TCCS 01:2024/HT", "Ban hành lại tên công ty"],
            ["Tự công bố sản phẩm", "Đã có, tên hộ", "Công bố lại quý I/2027"],
            ["Phiếu thử nghiệm", "Số 1870/2026", "Thử lại năm 2028"],
            ["Nhãn hàng hóa", "Theo NĐ 43/2017", "In tên công ty"],
            ["Nhãn hiệu Hương Thủy", "Văn bằng 2022", "Chuyển cho công ty"],
            ["Truy xuất nguồn gốc", "Sổ nhật ký", "Tem QR từ 2027"]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Nội dung"], [
            ["Quý I/2027", "Hoàn tất chuyển đổi, in nhãn mới"],
            ["Quý II/2027", "Lắp tủ cấp đông, kho lạnh, máy quết"],
            ["Quý III/2027", "Nộp hồ sơ OCOP"],
            ["Năm 2028", "Sản lượng tăng 80 %"],
            ["Năm 2029", "Sản lượng tăng 60 %"]]),
    }


def _x09(M):
    return {
        "members": lambda M: _t("members", "Thành viên",
                                ["Chỉ tiêu", "Tổ hợp tác 2025", "Hợp tác xã 2026"], [
            ["Số thành viên", "5", "7"],
            ["Diện tích bưởi (ha)", "13", "18"],
            ["Vốn góp (triệu đồng)", "250,0", "500,0"],
            ["Sản lượng nước ép (lít)", fi(M["h_out"][1]), fi(M["h_out"][2])]]),
        "equip": lambda M: _t("equip", "Thiết bị",
                              ["TT", "Thiết bị", "Công suất"], [
            ["1", "Máy ép bưởi trục vít", "120 lít/ngày"],
            ["2", "Nồi thanh trùng 200 lít", "2 mẻ/ngày"],
            ["3", "Máy chiết rót, đóng nắp", "1.200 chai/giờ"],
            ["4", "Kho lạnh 40 m³", "25 tấn quả"]]),
        "papers": lambda M: _t("papers", "Hồ sơ",
                               ["Giấy tờ", "Tình trạng"], [
            ["Đăng ký hợp tác xã", "Cấp 12/5/2026"],
            ["Chứng nhận ATTP", "Cấp cho hợp tác xã 20/7/2026"],
            ["Nhãn hàng hóa", "Mẫu nhãn theo NĐ 43/2017"],
            ["Nhãn hiệu Phúc Đồng", "Nộp đơn 06/2026"],
            ["Truy xuất", "Tem QR theo mẻ"]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Nội dung"], [
            ["Quý IV/2026", "Hoàn thiện phòng chế biến"],
            ["Quý I/2027", "Báo cáo UBND huyện, Phòng Nông nghiệp"],
            ["Quý II/2027", "Hồ sơ lên Hội đồng OCOP cấp huyện"],
            ["2028 – 2029", "Mở thêm đại lý, giữ 3 sao"]]),
    }


def _x10(M):
    return {
        "compare": lambda M: _t("compare", "Trước và sau khi con trai tiếp quản",
                                ["Nội dung", "Bà Lài quản lý (2026)", "Anh Hiếu quản lý (2027)"], [
            ["Phòng nghỉ", "2", "4"],
            ["Thuyền", "1 thuyền thúng máy", "1 thuyền 12 chỗ, 4 thúng"],
            ["Lao động (người)", "4", str(M["staff"][0])],
            ["Lượt khách", fi(M["h_out"][2]), fi(M["out"][0])]]),
        "roles": lambda M: _t("roles", "Phân công trước và sau khi giao lại",
                              ["Công việc", "Đến hết 2026", "Từ 01/2027"], [
            ["Nhận đặt phòng, thu tiền", "Bà Lài (sổ tay)", "Anh Hiếu (trang đặt phòng)"],
            ["Lái thuyền, kéo lưới", "Ông Lực", "Ông Lực và 2 người thuê"],
            ["Dọn phòng", "Bà Lài", "2 người thuê"],
            ["Hướng dẫn làm mắm", "Bà Lài", "Bà Lài"],
            ["Liên hệ công ty lữ hành", "Chưa có", "Anh Hiếu"]]),
        "season": lambda M: _t("season", "Lượt khách dự kiến theo mùa năm 2027",
                               ["Mùa", "Tháng", "Tỷ lệ (%)", "Số lượt"], [
            ["Hè", "5 – 8", "60", fi(M["out"][0] * 0.60)],
            ["Thu, đông", "9 – 12", "25", fi(M["out"][0] * 0.25)],
            ["Xuân", "1 – 4", "15", fi(M["out"][0] * 0.15)],
            ["Cả năm", "", "100", fi(M["out"][0])]]),
        "sched": lambda M: _t("sched", "Tiến độ",
                              ["Thời gian", "Việc làm"], [
            ["Tháng 01 – 03/2027", "Bà Lài bàn giao sổ sách, khách quen"],
            ["Quý II/2027", "Nâng cấp 4 phòng, mua thuyền 12 chỗ"],
            ["Quý III/2027", "Trang web đặt phòng, [ghi rõ tên đơn vị phối hợp]"],
            ["2028 – 2029", "Đón đoàn học sinh, khách quốc tế"]]),
    }


EXTRA.update({k: f(None) for k, f in {"iv01": _x01, "iv02": _x02, "iv03": _x03, "iv04": _x04, "iv05": _x05,
                                      "iv06": _x06, "iv07": _x07, "iv08": _x08, "iv09": _x09,
                                      "iv10": _x10}.items()})


# --------------------------------------------------------------------------- per-plan prose and text
def _f(M, *keys):
    return [fd(M[k][y], 1) if k in ("rev", "profit", "cost_tot") else fi(M[k][y]) for k, y in keys]


def hasi(p: Plan, *pats: str) -> None:
    for s in pats:
        if not re.search(s, p.body, re.I):
            p.failures.append(f"text not found: {s!r}")


def nowhere(p: Plan, what: str, *pats: str) -> None:
    for s in pats:
        if m := re.search(s, p.body, re.I):
            p.failures.append(f"{what}: found {m.group(0)!r}")


def _ready_food(p: Plan):
    hasi(p, "an toàn thực phẩm", "tiêu chuẩn cơ sở", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
         "nhãn hiệu", "truy xuất", "đăng ký môi trường", "15/2018/NĐ-CP", "tự công bố")


def facts01(Mp, Mt):
    return [f"{fi(Mp['out'][0])} kg bánh", f"{fi(Mp['out'][2])} kg", f"{fd(Mp['rev'][0])} triệu đồng",
            f"{fd(Mp['rev'][2])} triệu đồng", f"{Mp['staff'][0]} lao động thường xuyên",
            f"≈ {fd(Mp['payback'])} năm", "Vốn điều lệ 1.500 triệu đồng",
            "920 triệu đồng", f"{fi(Mp['cap'][0])} kg/năm"]


def text01(p, Mp, Mt):
    _ready_food(p)
    p.has("Công ty TNHH Bánh ram Hoài Thu", "Hộ kinh doanh Bánh ram Hoài Thu", "3002614785", "28F8002471",
          "hiệu lực đến 18/01/2030", "chấm dứt hoạt động")
    p.check(920 + PLANS["iv01"]["src"][0][1] == 1500, "charter capital = assets 920 + cash")


FACTS["iv01"] = facts01
TEXT["iv01"] = text01


def _pb(M):
    return f"≈ {fd(M['payback'])} năm"


def _money_facts(Mp):
    return [f"{fd(Mp['rev'][0])} triệu đồng", f"{fd(Mp['rev'][2])} triệu đồng"]


def facts02(Mp, Mt):
    return _money_facts(Mp) + [f"{fi(Mp['out'][0])} kg", _pb(Mp), "Vốn điều lệ 700 triệu đồng",
                               "11 thành viên chính thức", f"{Mp['staff'][0]} lao động thường xuyên"]


def text02(p, Mp, Mt):
    _ready_food(p)
    p.has("Hợp tác xã Nông nghiệp và Dược liệu Hòa Lạc", "Tổ hợp tác trồng cà gai leo thôn Hòa Lạc",
          "3002639118", "12/4/2021", "17/2023/QH15", "113/2024/NĐ-CP", "không ghi công dụng chữa bệnh",
          "hiệu lực đến 25/01/2030")
    p.check(7 * 40 == 280 and 7 * 30 + 4 * 52.5 == 420 == PLANS["iv02"]["src"][0][1], "members' contributions")
    p.check(280 + 420 == 700, "charter capital")
    nowhere(p, "health claim", r"chữa (bệnh )?gan", r"giải độc gan", r"điều trị")


def facts03(Mp, Mt):
    return [f"{fi(Mp['out'][0])} kg năm 2027", f"{fd(Mp['rev'][0])} triệu đồng", f"{fd(Mp['rev'][2])} triệu đồng",
            _pb(Mp), "425 triệu đồng", "220 đàn", f"{fi(Mp['cap'][0])} kg/năm"]


def text03(p, Mp, Mt):
    hasi(p, "an toàn thực phẩm", "tiêu chuẩn cơ sở", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
         "nhãn hiệu", "truy xuất", "15/2018/NĐ-CP", "tự công bố", "trẻ dưới 1 tuổi")
    p.has("Hộ kinh doanh Lê Thị Minh Nguyệt", "Hộ kinh doanh Lê Văn Cảnh", "28H8004390", "28H8001265",
          "hợp đồng tặng cho", "hiệu lực đến 26/11/2029")
    p.check(264000 + 38000 + 95000 + 28000 == 425000, "handover total")
    # the hives given (220) and the linked households of 2027 are the plan's own
    r = PLANS["iv03"]["raws"][0][4]
    p.check(r[0][1][0] == 220 and r[1][1][0] == 12, "hives and linked households")


def facts04(Mp, Mt):
    return _money_facts(Mp) + [f"{fi(Mp['out'][0])} chiếc", _pb(Mp), "Vốn điều lệ 2.400 triệu đồng",
                               "1.700 triệu đồng", f"{fi(Mp['cap'][0])} chiếc/năm"]


def text04(p, Mp, Mt):
    hasi(p, "không phải thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu",
         "QR", "đăng ký môi trường", "bảng kê lâm sản", "hút bụi", "sơn")
    p.has("Công ty TNHH Mỹ nghệ Lợi Tú", "Hộ kinh doanh Phan Văn Lợi", "Hộ kinh doanh Phan Đình Tú",
          "3002655402", "28D8000934", "28D8002218")
    p.check(3700 + 3100 == Mt["h_out"][2], "two households' 2026 output = history")
    p.check(abs(3700 * 0.35 + 3100 * 0.35 - Mt["h_rev"][2]) < 0.01, "two households' 2026 revenue")
    p.check(6 + 5 == 11 and 11 + 3 == Mt["staff"][0], "staff taken over + hired = 2027 staff")
    p.check(820 + 880 == 1700 and 400 + 300 == PLANS["iv04"]["src"][0][1] and 1700 + 700 == 2400, "capital")
    p.check(180 + 140 + 150 == 470, "workshop area")


def facts05(Mp, Mt):
    return _money_facts(Mp) + [f"{fi(Mp['out'][0])} lít", "1.260 triệu đồng",
                               f"Năm 2028 tổng chi phí là {fd(Mp['cost_tot'][1])} triệu đồng",
                               f"{fi(Mp['cap'][0])} lít/năm", _pb(Mp)]


def text05(p, Mp, Mt):
    # no-alcohol-license: no licence held or planned anywhere
    nowhere(p, "alcohol licence mentioned", r"giấy phép", r"cấp phép", r"105/2017", r"17/2020",
            r"sản xuất rượu thủ công nhằm", r"\bphép\b")
    hasi(p, "an toàn thực phẩm", "tiêu chuẩn cơ sở", "QCVN 6-3:2010/BYT", "thử nghiệm", "43/2017/NĐ-CP",
         "111/2021/NĐ-CP", "tác hại của rượu, bia", "nhãn hiệu", "QR", "biogas", "đăng ký môi trường",
         "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument")
    p.has("Tổ hợp tác sản xuất rượu nếp sim Đồng Tiến", "Hợp tác xã Rượu truyền thống Đồng Tiến", "22/9/2026")
    # figure-inconsistent: the producer part says 16 workers for 2027, the staff table and the social part 12
    p.has("Năm 2027 hợp tác xã dự kiến sử dụng 16 lao động thường xuyên", "việc làm ổn định cho 12 lao động")
    p.check(Mt["staff"][0] == 12 and plancheck.off(16, Mt["staff"][0]), "16 workers vs 12 in the staff table")
    p.check(560 + PLANS["iv05"]["src"][0][1] == 1260, "charter capital 560 + cash")


def facts06(Mp, Mt):
    return _money_facts(Mp) + [f"{fi(Mp['out'][0])} kg", f"Tổng nguồn vốn {fd(Mp['src_tot'])} triệu đồng",
                               _pb(Mp)]


def text06(p, Mp, Mt):
    nowhere(p, "environmental word", r"môi trường", r"nước thải", r"chất thải", r"\bmùi\b", r"xử lý", r"\brác\b",
            r"bể lắng", r"biogas", r"thu gom", r"ô nhiễm", r"vệ sinh", r"tự hoại", r"hố thấm")
    hasi(p, "an toàn thực phẩm", "tiêu chuẩn cơ sở", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
         "nhãn hiệu", "QR", "tự công bố", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument")
    # name-inconsistent: another producer's name in the SWOT, the risks and the schedule
    p.check(p.count("Hộ kinh doanh Mắm tôm Hải Yến") >= 3, "the other producer's name at least three times")
    p.check(p.count("Nguyễn Văn Tâm") >= 4 and p.count("Nguyễn Văn Sáu") >= 1, "own names")
    p.has("bảo đảm đủ cho nhu cầu đầu tư")
    p.check(Mt["inv_tot"] == 1200 and Mt["src_tot"] == 1050, "investment 1.200 vs sources 1.050")


def facts07(Mp, Mt):
    return _money_facts(Mp) + [f"{fi(Mp['out'][0])} kg", f"hoàn vốn khoảng {fd(Mp['payback'])} năm",
                               "Vốn điều lệ 1.700 triệu đồng", f"{fi(Mp['cap'][0])} kg/năm"]


def text07(p, Mp, Mt):
    nowhere(p, "quality-control word", r"truy xuất", r"nhật ký", r"\bQR\b", r"mã lô", r"số lô", r"\blô\b",
            r"kiểm soát nội bộ", r"lưu mẫu", r"\btem\b", r"mã vạch", r"HACCP", r"ISO")
    hasi(p, "an toàn thực phẩm", "tiêu chuẩn cơ sở", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
         "nhãn hiệu", "tự công bố", "148/QĐ-TTg", "1489/QĐ-TTg", "hố thấm")
    p.lacks(REPLACED, "replaced instrument")
    p.has("bảo đảm đủ nguyên liệu cho kế hoạch sản xuất cả giai đoạn 2027 – 2029")
    p.check("Còn dư" not in p.body, "no balance row in the honey table")
    p.check(plancheck.off(Mp["payback"], Mt["payback"]), f"payback {Mp['payback']} vs true {Mt['payback']:.2f}")
    p.check(250 + 210 == 460 and 3400 + 2700 == Mt["h_out"][2] and 350 + 250 == PLANS["iv07"]["src"][0][1]
            and 550 + 550 + 600 == 1700, "the two households' figures")


def facts08(Mp, Mt):
    return _money_facts(Mp) + [f"{fi(Mp['out'][1])} kg (tăng {fp(Mp['out'][1] / Mp['out'][0] - 1)} %)",
                               f"{fi(Mp['out'][2])} kg (tăng {fp(Mp['out'][2] / Mp['out'][1] - 1)} %)",
                               f"Lợi nhuận năm 2027: {fd(Mp['profit'][0])} triệu đồng", "2.000 triệu đồng"]


def text08(p, Mp, Mt):
    nowhere(p, "food-safety word", r"an toàn thực phẩm", r"\bATTP\b", r"đủ điều kiện", r"15/2018", r"vệ sinh",
            r"cam kết", r"HACCP", r"ISO 22000", r"Luật An toàn")
    hasi(p, "tiêu chuẩn cơ sở", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu",
         "QR", "nước thải", "148/QĐ-TTg", "1489/QĐ-TTg", "giữ nguyên")
    p.lacks(REPLACED, "replaced instrument")
    p.has("Hộ kinh doanh Chả cá Hương Thủy", "Công ty TNHH Thực phẩm Hương Thủy", "02/12/2026")
    p.check(len(set(Mt["staff"])) == 1, "same staff every year")
    g = [Mt["out"][y] / Mt["out"][y - 1] - 1 for y in (1, 2)]
    p.check(g[0] > 0.75 and g[1] > 0.55, f"growth {g}")


def facts09(Mp, Mt):
    return _money_facts(Mp) + [f"{fi(Mp['out'][0])} lít", "120 lít/ngày", f"làm việc {PLANS['iv09']['cap']['days']} ngày/năm",
                               f"Công suất thiết kế của dây chuyền {fi(Mp['cap'][0])} lít/năm"]


def text09(p, Mp, Mt):
    nowhere(p, "product-standard word", r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm",
            r"QCVN", r"TCVN", r"quy chuẩn")
    p.has("Luật Hợp tác xã năm 2012", "23/2012/QH13", "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND",
          "Ủy ban nhân dân huyện Hương Khê", "cấp huyện", "UBND huyện")
    nowhere(p, "current instrument", r"148/QĐ-TTg", r"1489", r"17/2023/QH15")
    hasi(p, "an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "QR", "bể lắng")
    p.check(Mt["cap_out"][2] > Mt["cap"][2] * 1.05, "2029 output over 120 l/day x 250 days")


def facts10(Mp, Mt):
    return [f"{fi(Mp['out'][0])} lượt dịch vụ", f"{fd(Mp['rev'][0])} triệu đồng", f"{fd(Mp['rev'][2])} triệu đồng",
            _pb(Mp)]


def text10(p, Mp, Mt):
    nowhere(p, "registration word", r"đăng ký (kinh doanh|hộ|doanh nghiệp|hợp tác xã)", r"mã số thuế",
            r"giấy chứng nhận đăng ký", r"hộ kinh doanh", r"doanh nghiệp", r"hợp tác xã", r"công ty TNHH",
            r"mã số doanh nghiệp", r"tổ hợp tác")
    p.check(bool(re.search(PLACEHOLDER, p.body)), "a template placeholder is left in")
    p.check(p.count("[ghi rõ tên đơn vị phối hợp]") >= 2, "placeholder twice")
    hasi(p, "áo phao", "bể tự hoại", "nhãn hiệu", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument")
    p.has("Hồ Thị Lài", "Trần Văn Hiếu")


FACTS.update({"iv02": facts02, "iv03": facts03, "iv04": facts04, "iv05": facts05, "iv06": facts06,
              "iv07": facts07, "iv08": facts08, "iv09": facts09, "iv10": facts10})
TEXT.update({"iv02": text02, "iv03": text03, "iv04": text04, "iv05": text05, "iv06": text06, "iv07": text07,
             "iv08": text08, "iv09": text09, "iv10": text10})

# planted numeric cells (table key, row, column; row 0 = header) and the knock-ons that follow them
PLANTED_CELLS.update({
    "iv05": {("cost", 11, 3)},
    "iv08": {("sum", 3, 1)},
    "iv09": {("output", 4, 2), ("output", 4, 3), ("output", 4, 4)},
    "iv10": {("rev", 2, 3)},
})
KNOCK_CELLS.update({
    "iv05": {("sum", 2, 2), ("sum", 3, 2), ("sum", 4, 2)},
    "iv08": {("sum", 4, 1)},
    "iv09": {("output", 5, 2), ("output", 5, 3), ("output", 5, 4)},
    "iv10": {("rev", 4, 3), ("cost", 5, 3), ("cost", 7, 3), ("sum", 1, 2), ("sum", 2, 2), ("sum", 3, 2), ("sum", 4, 2)},
})


def _sk11(p):
    p.has("Hộ kinh doanh Trần Thị Tư", "3 tấn", "120.000 đồng/kg", "360 triệu đồng", "150 triệu đồng",
          "Hoàng Văn Bình")
    p.check(3000 * 120000 / 1e6 == 360, "sketchy revenue")
    nowhere(p, "paper in a sketchy plan", r"an toàn thực phẩm", r"tiêu chuẩn", r"nhãn", r"môi trường",
            r"truy xuất", r"148/QĐ", r"huyện")


def _sk12(p):
    p.has("Tổ hợp tác trồng nấm thôn Tân Phong", "20 tấn", "35.000 đồng/kg", "700 triệu đồng",
          "300 triệu đồng", "hợp tác xã")
    p.check(20000 * 35000 / 1e6 == 700, "sketchy revenue")
    nowhere(p, "paper in a sketchy plan", r"an toàn thực phẩm", r"tiêu chuẩn", r"môi trường", r"truy xuất",
            r"148/QĐ", r"huyện", r"nhãn hiệu")


# --------------------------------------------------------------------------- sketchy plans
def check_sketchy(k: str, stem: str) -> Plan:
    p = Plan(stem)
    w = words(p.body)
    p.check(150 <= w <= 350, f"sketchy plan has {w} words")
    p.check(not p.rows, "sketchy plan has a table")
    SKETCHY[k](p)
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


SKETCHY: dict[str, callable] = {"iv11": _sk11, "iv12": _sk12}


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for k in keys:
        if not (HERE / "src" / f"{STEMS[k]}.md").exists():
            p = plancheck.Plan.__new__(Plan)
            p.stem, p.failures = STEMS[k], ["source missing"]
            plans.append(p)
            continue
        plans.append(check_full(k, STEMS[k]) if k in PLANS else check_sketchy(k, STEMS[k]))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
