"""The 245th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout245/arithmetic.py [il01 il05 ...]

Theme: members who sell on their own too. Every full plan (il01-il10) is written by a cooperative,
a group, a company owned by its farmer members, or a household business leading a group of
households, that buys only part of what its members grow or make. The constants give, per plan,
the members' rows (households, scale in hives / hectares / boats or the household itself, yield
per unit and year), the share of the members' whole output the organisation buys each year, the
share the households keep, the split of the rest between traders and retail at the market, the
three prices (the organisation's, the traders', the market's), the organisation's products (pack
size in the plan's base unit, raw material per base unit, price and packs per year, packaging cost
per pack), energy and auxiliary costs per base unit, the equipment rating and its days, staff by
role and the monthly wage, investment items and sources, asset life, loan balances and rate, the
selling and tax shares of revenue, the fixed "other" line and the 2024-2026 history.

From them `model()` computes: the members' whole output = sum of scale x yield, the
organisation's purchase = whole x share (to the ten), the households' own use, what they sell to
traders and at the market and its value, what the organisation pays them, packs x size = output,
output x norm = raw-material need against the purchase, capacity = rating x days and its use,
staff and wage fund, investment, depreciation, interest, revenue lines = packs x price, every cost
line, total cost, profit, margin, payback = investment / (average profit + depreciation), the
history's revenue and profit. Every numeric table of every plan is rebuilt from the model and
compared cell by cell with the plan's source (found by its caption), and the figures the prose
quotes are looked up in it. The organisation's revenue and costs count its own share only: the
members' own sales appear beside them and are checked as such, never added in.

Planted numeric defects are printed through the model's `fx` overrides (the printed world);
the script asserts each is wrong by more than 5 % against the true value computed beside it, that
every other cell is the same in the printed and the true world (knock-ons listed per plan), and
that every relation a reviewer checks (sums, revenue = packs x price, profit = revenue - cost,
sources = investment, need <= purchase, output <= capacity, payback, growth) holds within 1 %
except where a defect was planted. Textual defects are asserted by the absence or presence of
their words; ready plans by the papers they rely on and the absence of any outdated instrument.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace as NS

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

Y = range(3)
YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# members: (row label, households, scale per year or None (= the households), yield per unit per year)
# share: the organisation's purchase as a share of the members' whole output, per year
# own_use: kept by the households; trader: share of what the households sell themselves that goes
#   to traders (the rest is sold retail at the market); p_buy / p_trader / p_market per raw unit
# products: (label, pack word, size in base units, raw per base unit, [price đ], [packs], pack cost đ)
# energy, aux: đồng per base unit of output; cap: (rating, days, rating text, days text[, product idx])
# roles: (role, staff per year); wage: monthly wage per year (triệu đồng)
# inv: (item, triệu đồng, fixed asset?); src: (source, triệu đồng); loan: balance per year
# sell, tax: shares of revenue; other: triệu đồng a year
# hist: 2024-2026 whole output, purchase, output, average price per base unit, margin
PLANS = {
    # ---------------------------------------------------------------- il01 honey, HTX, ready
    "il01": dict(
        unit="kg", raw=("Mật ong thô", "kg"),
        members=[("Thôn Khe Giao", 10, [210, 220, 230], [14, 14, 14]),
                 ("Thôn Bình Sơn", 8, [160, 165, 170], [14, 14, 14]),
                 ("Thôn Kim Lũy", 6, [110, 115, 120], [13, 13, 13])],
        share=[0.46, 0.49, 0.51], own_use=0.03, trader=0.55,
        p_buy=[150000, 155000, 160000], p_trader=[120000, 124000, 128000], p_market=[180000, 185000, 190000],
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 1.08, [200000, 206000, 212000], [3000, 3300, 3500], 9000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 1.08, [360000, 370000, 380000], [900, 1000, 1100], 15000),
                  ("Mật ong hoa rừng, chai 250 g", "chai", 0.25, 1.08, [110000, 113000, 116000], [1200, 1400, 1600], 6000)],
        energy=2500, aux=0,
        cap=(100, 60, "100 kg/ngày", "60 ngày"),
        roles=[("Ban quản trị kiêm nhiệm, kế toán", [2, 2, 2]), ("Lọc, hạ thủy phần, đóng chai", [2, 2, 2]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[4.2, 4.4, 4.6],
        inv=[("Máy hạ thủy phần mật ong 100 kg/ngày", 180, True), ("Bồn lắng inox, máy lọc", 60, True),
             ("Cải tạo phòng đóng chai 40 m²", 90, True), ("Thiết kế nhãn, tem truy xuất", 30, False),
             ("Vốn lưu động thu mua mật", 240, False)],
        src=[("Vốn góp của thành viên", 250), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        life=10, loan=[250, 200, 150], rate=0.075, sell=0.05, tax=0.015, other=25,
        hist=dict(whole=[5600, 5950, 6300], buy=[2000, 2300, 2650], out=[1780, 2050, 2380],
                  price=[360000, 370000, 380000], margin=[0.07, 0.08, 0.085]),
    ),
    # ---------------------------------------------------------------- il02 nón lá, HTX, ready
    "il02": dict(
        unit="chiếc", raw=("Nón trắng chưa hoàn thiện", "chiếc"),
        members=[("Thôn Thanh Mai", 18, None, [600, 620, 640]),
                 ("Thôn Yên Lạc", 14, None, [560, 580, 600]),
                 ("Thôn Tân Phong", 10, None, [520, 540, 560])],
        share=[0.31, 0.33, 0.36], own_use=0.0, trader=0.65,
        p_buy=[38000, 39000, 40000], p_trader=[30000, 31000, 32000], p_market=[42000, 43000, 44000],
        products=[("Nón lá bài thơ vẽ tay, kèm hộp", "chiếc", 1, 1.03, [140000, 144000, 148000], [3000, 3400, 3800], 8000),
                  ("Nón lá trắng quai lụa", "chiếc", 1, 1.03, [70000, 72000, 74000], [3200, 3500, 3800], 3000),
                  ("Nón lá quà tặng in hoa văn", "chiếc", 1, 1.03, [110000, 113000, 116000], [600, 700, 800], 6000)],
        energy=500, aux=2500,
        cap=(40, 280, "40 chiếc/ngày", "280 ngày"),
        roles=[("Giám đốc kiêm kế toán", [1, 1, 1]), ("Vẽ, khâu quai, hoàn thiện", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9],
        inv=[("Bàn vẽ, máy khâu quai, khuôn ép vành", 70, True), ("Cải tạo phòng trưng bày 30 m²", 80, True),
             ("Thiết kế hộp, thẻ treo, tem truy xuất", 25, False), ("Vốn lưu động thu mua nón", 125, False)],
        src=[("Vốn góp của thành viên", 180), ("Vay Ngân hàng Chính sách xã hội", 120)],
        life=8, loan=[120, 90, 60], rate=0.066, sell=0.05, tax=0.015, other=15,
        hist=dict(whole=[21800, 22500, 23200], buy=[5200, 5800, 6400], out=[5000, 5600, 6200],
                  price=[98000, 100000, 102000], margin=[0.10, 0.11, 0.12]),
    ),
    # ---------------------------------------------------------------- il03 chè xanh, Công ty TNHH, ready
    "il03": dict(
        unit="kg", raw=("Búp chè tươi", "kg"),
        members=[("Thôn Bãi Dinh", 6, [5.0, 5.0, 5.2], [9000, 9200, 9400]),
                 ("Thôn Tân Hương", 5, [4.2, 4.4, 4.4], [8500, 8700, 8900]),
                 ("Thôn Đồng Văn", 3, [2.8, 2.8, 3.0], [8000, 8200, 8400])],
        share=[0.28, 0.29, 0.30], own_use=0.02, trader=0.8,
        p_buy=[12000, 12500, 13000], p_trader=[10000, 10500, 11000], p_market=[14000, 14500, 15000],
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, 4.8, [70000, 72000, 74000], [15000, 16000, 17500], 3500),
                  ("Chè xanh búp đặc biệt, hộp 500 g", "hộp", 0.5, 4.8, [190000, 196000, 202000], [3000, 3300, 3600], 12000),
                  ("Chè xanh khô, gói 1 kg", "gói", 1, 4.8, [230000, 236000, 242000], [1200, 1300, 1400], 4000)],
        energy=9000, aux=0,
        cap=(36, 250, "36 kg chè khô/ngày", "250 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Héo, vò, sao chè", [4, 4, 5]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        inv=[("Máy vò chè, máy sao chè tang quay", 420, True), ("Nhà xưởng sơ chế 150 m²", 520, True),
             ("Máy đóng gói hút chân không", 120, True), ("Bao bì, tem truy xuất", 40, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên công ty", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08, sell=0.06, tax=0.015, other=60,
        hist=dict(whole=[95000, 97800, 100600], buy=[22000, 24500, 27000], out=[4400, 4900, 5400],
                  price=[300000, 310000, 320000], margin=[0.09, 0.10, 0.11]),
    ),
    # ---------------------------------------------------------------- il04 nước mắm, HTX, ready
    "il04": dict(
        unit="lít", raw=("Cá cơm tươi", "kg"),
        members=[("Tổ lưới vây thôn Bắc Hải", 9, [9, 9, 9], [6500, 6600, 6700]),
                 ("Tổ lưới rê thôn Nam Hải", 12, [12, 12, 12], [3800, 3850, 3900]),
                 ("Hộ đánh bắt ven bờ", 15, [15, 15, 15], [1500, 1520, 1540])],
        share=[0.25, 0.27, 0.29], own_use=0.05, trader=0.75,
        p_buy=[22000, 23000, 24000], p_trader=[18000, 19000, 20000], p_market=[26000, 27000, 28000],
        products=[("Nước mắm cốt 35 độ đạm, chai 500 ml", "chai", 0.5, 1.3, [95000, 98000, 101000], [14000, 15000, 16000], 7000),
                  ("Nước mắm 25 độ đạm, chai 1 lít", "chai", 1, 1.3, [70000, 72000, 74000], [10000, 11000, 12000], 3000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 1.3, [220000, 226000, 232000], [1300, 1400, 1500], 8000)],
        energy=1000, aux=3000,
        cap=(86, 400, "86 thùng gỗ", "400 lít/thùng/năm"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, kéo rút", [3, 3, 3]),
               ("Lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        inv=[("Thùng gỗ, bể chượp bổ sung 20 thùng", 260, True), ("Nhà ủ chượp mái che 120 m²", 380, True),
             ("Máy lọc, máy chiết rót", 160, True), ("Hệ thống thu gom nước rửa, bể lắng", 100, True),
             ("Bao bì, tem truy xuất", 40, False), ("Vốn lưu động thu mua cá", 360, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.075, sell=0.05, tax=0.015, other=40,
        hist=dict(whole=[120500, 122800, 124600], buy=[25000, 27500, 29500], out=[19200, 21100, 22700],
                  price=[90000, 93000, 96000], margin=[0.12, 0.13, 0.14]),
    ),
    # ---------------------------------------------------------------- il05 rượu nếp, HTX, revise
    "il05": dict(
        unit="lít", raw=("Rượu nếp gốc", "lít"),
        members=[("Thôn Phù Lưu", 14, None, [1500, 1520, 1540]),
                 ("Thôn Yên Bình", 10, None, [1400, 1420, 1440]),
                 ("Thôn Hồng Lộc", 8, None, [1200, 1220, 1240])],
        share=[0.30, 0.32, 0.34], own_use=0.04, trader=0.5,
        p_buy=[55000, 57000, 59000], p_trader=[45000, 46000, 47000], p_market=[65000, 67000, 69000],
        products=[("Rượu nếp Phù Lưu 30 độ, chai 500 ml", "chai", 0.5, 1.12, [90000, 94000, 98000], [15000, 19000, 23000], 9000),
                  ("Rượu nếp Phù Lưu, bình gốm 2 lít", "bình", 2, 1.12, [360000, 372000, 384000], [1200, 1500, 1800], 45000),
                  ("Rượu nếp 30 độ, can 5 lít", "can", 5, 1.12, [450000, 466000, 482000], [400, 500, 600], 10000)],
        energy=800, aux=0,
        cap=(150, 250, "150 lít/ngày", "250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ủ, lọc, hạ thổ", [2, 2, 3]),
               ("Chiết chai, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        inv=[("Kho hạ thổ, ủ rượu 80 m²", 300, True), ("Chum sành ủ rượu 40 chiếc", 80, True),
             ("Máy lọc, khử andehit, hệ thống chiết rót", 280, True), ("Thiết kế nhãn, bình gốm mẫu", 40, False),
             ("Vốn lưu động thu mua rượu", 400, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 500, 400], rate=0.08, sell=0.06, tax=0.02, other=50,
        hist=dict(whole=[42800, 43500, 44200], buy=[10500, 11400, 12300], out=[9200, 10000, 10800],
                  price=[135000, 140000, 145000], margin=[0.10, 0.11, 0.12]),
    ),
    # ---------------------------------------------------------------- il06 cam, THT, revise
    "il06": dict(
        unit="kg", raw=("Cam quả tươi", "kg"),
        members=[("Xóm Trung Sơn", 7, [5.6, 5.6, 5.6], [16000, 16500, 17000]),
                 ("Xóm Hòa Bình", 6, [4.4, 4.4, 4.4], [15000, 15500, 16000]),
                 ("Xóm Bắc Hà", 4, [2.5, 2.5, 2.5], [14000, 14500, 15000])],
        share=[0.24, 0.26, 0.28], own_use=0.02, trader=0.7,
        p_buy=[18000, 18500, 19000], p_trader=[14000, 14500, 15000], p_market=[22000, 22500, 23000],
        products=[("Cam chanh Đồng Lộc, hộp quà 5 kg", "hộp", 5, 1.05, [230000, 236000, 242000], [2400, 2700, 3000], 25000),
                  ("Cam chanh Đồng Lộc, túi lưới 3 kg", "túi", 3, 1.05, [120000, 123000, 126000], [5000, 5500, 6000], 4000),
                  ("Cam chanh loại 1, thùng 10 kg", "thùng", 10, 1.05, [350000, 360000, 370000], [1500, 1700, 1900], 12000)],
        energy=1000, aux=0,
        cap=(500, 140, "500 kg/ngày", "140 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Phân loại, đóng hộp", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Nhà sơ chế, đóng gói 80 m²", 180, True), ("Kho mát bảo quản 30 m³", 150, True),
             ("Máy rửa, máy phân loại quả theo cỡ", 90, True), ("Bao bì, tem truy xuất", 30, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 300)],
        life=10, loan=[300, 240, 180], rate=0.066, sell=0.05, tax=0.015, other=20,
        hist=dict(whole=[176000, 180500, 185000], buy=[30000, 35000, 40000], out=[28000, 33000, 37500],
                  price=[36000, 37000, 38000], margin=[0.10, 0.12, 0.13]),
    ),
    # ---------------------------------------------------------------- il07 bánh đa, HKD, revise
    "il07": dict(
        unit="chiếc", raw=("Bánh đa phơi khô", "chiếc"),
        members=[("Thôn Trà Sơn", 12, None, [30000, 30500, 31000]),
                 ("Thôn Hòa Lạc", 6, None, [26000, 26500, 27000]),
                 ("Thôn Phú Mỹ", 4, None, [24000, 24500, 25000])],
        share=[0.34, 0.36, 0.38], own_use=0.02, trader=0.6,
        p_buy=[2200, 2300, 2400], p_trader=[1800, 1900, 2000], p_market=[2800, 2900, 3000],
        products=[("Bánh đa vừng nướng sẵn, túi 10 chiếc", "túi", 10, 1.04, [55000, 57000, 59000], [8000, 8600, 9200], 1500),
                  ("Bánh đa vừng chưa nướng, túi 20 chiếc", "túi", 20, 1.04, [80000, 83000, 86000], [4000, 4300, 4600], 2000),
                  ("Bánh đa mè đen cỡ nhỏ, hộp 30 chiếc", "hộp", 30, 1.04, [190000, 196000, 202000], [1200, 1300, 1400], 9000)],
        energy=150, aux=0,
        cap=(1000, 280, "1.000 chiếc/ngày", "280 ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Nướng, đóng gói", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Lò nướng bánh đa bằng điện 2 khoang", 140, True), ("Cải tạo phòng đóng gói 35 m²", 100, True),
             ("Máy hàn miệng túi, cân điện tử", 30, True), ("Thiết kế bao bì, mã vạch", 30, False),
             ("Vốn lưu động thu mua bánh", 160, False)],
        src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=20,
        hist=dict(whole=[560000, 575000, 590000], buy=[160000, 175000, 190000], out=[150000, 165000, 180000],
                  price=[4400, 4600, 4800], margin=[0.08, 0.09, 0.10]),
    ),
    # ---------------------------------------------------------------- il08 cà gai leo, HTX, revise
    "il08": dict(
        unit="kg", raw=("Cà gai leo khô", "kg"),
        members=[("Thôn Mỹ Dương", 11, [4.0, 4.0, 4.2], [4500, 4600, 4700]),
                 ("Thôn Hồng Lam", 9, [3.2, 3.4, 3.4], [4200, 4300, 4400]),
                 ("Thôn Phú Ích", 6, [2.0, 2.0, 2.2], [4000, 4100, 4200])],
        share=[0.35, 0.37, 0.39], own_use=0.0, trader=0.85,
        p_buy=[60000, 62000, 64000], p_trader=[52000, 54000, 56000], p_market=[70000, 72000, 74000],
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 3 g", "hộp", 0.075, 1.15, [45000, 46000, 47000], [40000, 43000, 46000], 6000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 1.1, [75000, 77000, 79000], [12000, 13000, 14000], 4000),
                  ("Cao cà gai leo, hũ 100 g", "hũ", 0.1, 10, [160000, 165000, 170000], [3000, 3200, 3400], 8000)],
        energy=5000, aux=0,
        cap=(20, 250, "20 kg/ngày", "250 ngày", [0]),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Sơ chế, sấy, nấu cao", [4, 4, 4]),
               ("Đóng túi lọc, đóng gói", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        inv=[("Nhà xưởng chế biến 200 m²", 600, True), ("Máy sấy, máy cắt, máy nghiền", 300, True),
             ("Máy đóng túi lọc tự động", 350, True), ("Nồi cô cao chân không", 250, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn góp của thành viên", 800), ("Quỹ đầu tư phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, loan=[900, 750, 600], rate=0.075, sell=0.08, tax=0.015, other=80,
        hist=dict(whole=[36000, 37200, 38500], buy=[11500, 12300, 13100], out=[8000, 8500, 9000],
                  price=[310000, 320000, 330000], margin=[0.12, 0.13, 0.14]),
    ),
    # ---------------------------------------------------------------- il09 dầu lạc, CTCP, revise
    "il09": dict(
        unit="lít", raw=("Lạc vỏ khô", "kg"),
        members=[("Thôn Hà Thanh", 15, [15.0, 15.0, 15.0], [4200, 4250, 4300]),
                 ("Thôn Hà Bắc", 12, [12.0, 12.0, 12.0], [4000, 4050, 4100]),
                 ("Thôn Hà Nam", 9, [9.0, 9.0, 9.0], [3800, 3850, 3900])],
        share=[0.21, 0.37, 0.62], own_use=0.03, trader=0.7,
        p_buy=[26000, 26500, 27000], p_trader=[23000, 23500, 24000], p_market=[32000, 32500, 33000],
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, 3.2, [90000, 92000, 94000], [6000, 10800, 18400], 6000),
                  ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, 3.2, [170000, 174000, 178000], [3600, 6500, 11000], 8000),
                  ("Dầu lạc ép, can 5 lít", "can", 5, 3.2, [800000, 820000, 840000], [480, 860, 1460], 15000)],
        energy=4000, aux=0,
        cap=(150, 250, "150 lít/ngày", "250 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Bóc vỏ, rang, ép dầu", [2, 2, 2]),
               ("Lọc, chiết chai, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6],
        inv=[("Máy ép dầu trục vít 150 lít/ngày", 320, True), ("Máy bóc vỏ, máy rang lạc", 120, True),
             ("Hệ thống lắng lọc dầu", 90, True), ("Cải tạo xưởng ép 100 m²", 120, True),
             ("Vốn lưu động thu mua lạc", 350, False)],
        src=[("Vốn góp của cổ đông", 600), ("Vay Ngân hàng thương mại", 400)],
        life=10, loan=[400, 320, 240], rate=0.08, sell=0.05, tax=0.015, other=40,
        hist=dict(whole=[138000, 140500, 143000], buy=[26000, 27500, 29000], out=[7600, 8000, 8400],
                  price=[158000, 162000, 166000], margin=[0.06, 0.065, 0.07]),
    ),
    # ---------------------------------------------------------------- il10 mây tre đan, THT, revise
    "il10": dict(
        unit="chiếc", raw=("Sản phẩm đan mộc", "chiếc"),
        members=[("Thôn Thượng Phú", 14, None, [1400, 1420, 1440]),
                 ("Thôn Hạ Phú", 12, None, [1300, 1320, 1340]),
                 ("Thôn Tân Hòa", 8, None, [1200, 1220, 1240])],
        share=[0.33, 0.35, 0.43], own_use=0.0, trader=0.75,
        p_buy=[38000, 39000, 40000], p_trader=[33000, 34000, 35000], p_market=[46000, 47000, 48000],
        products=[("Giỏ mây có nắp, bộ 3 chiếc", "bộ", 3, 1.02, [260000, 268000, 276000], [1200, 1300, 1600], 12000),
                  ("Khay tre đan chữ nhật", "chiếc", 1, 1.02, [85000, 87000, 89000], [4400, 4900, 6300], 3000),
                  ("Làn mây đi chợ có quai", "chiếc", 1, 1.02, [120000, 124000, 128000], [4400, 4900, 6200], 4000),
                  ("Chao đèn tre", "chiếc", 1, 1.02, [150000, 155000, 160000], [1300, 1400, 1700], 6000)],
        energy=1500, aux=4000,
        cap=(60, 280, "60 chiếc/ngày", "280 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Sấy, phun dầu bóng, hoàn thiện", [3, 3, 3]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Lò sấy sản phẩm 60 chiếc/mẻ", 150, True), ("Buồng phun dầu bóng, máy nén khí", 120, True),
             ("Nhà xưởng hoàn thiện, kho 120 m²", 280, True), ("Thiết kế mẫu, thẻ treo, hộp", 30, False),
             ("Vốn lưu động thu mua hàng mộc", 220, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 400)],
        life=10, loan=[400, 320, 240], rate=0.066, sell=0.06, tax=0.015, other=30,
        hist=dict(whole=[41000, 42500, 43900], buy=[10000, 11500, 13000], out=[9700, 11200, 12700],
                  price=[105000, 108000, 111000], margin=[0.09, 0.10, 0.11]),
    ),
}

# --------------------------------------------------------------------------- presentation, defects
# org: the organisation's short name in table labels; scale/yield: the members' table columns;
# tables: the numeric tables in the order printed, with their caption (without "Bảng N.");
# fx: the planted values the plan prints (the printed world); diff_ok: (table, row label) cells
# allowed to differ between the printed and the true world (planted cells and their knock-ons);
# rules: planted rule ids; checked by the relations below and by the plan's text checks.
META: dict[str, dict] = {
    "il01": dict(
        org="HTX", scale=("Số đàn ong", 0), yld="kg/đàn/năm",
        cost_labels={"pack": "Chai, hũ, nắp, nhãn", "energy": "Điện, nước"},
        mem="hộ thành viên",
        tables=[("members", "Đàn ong và sản lượng mật của hộ thành viên năm 2027"),
                ("hist", "Kết quả hoạt động của hợp tác xã 2024 – 2026"),
                ("alloc", "Phân bổ sản lượng mật ong của hộ thành viên 2027 – 2029"),
                ("chan", "Kênh tiêu thụ năm 2027: phần hợp tác xã bán và phần hộ thành viên tự bán"),
                ("output", "Kế hoạch sản lượng mật ong đóng chai của hợp tác xã"),
                ("raw", "Cân đối mật ong thô thu mua của thành viên"),
                ("price", "Giá bán sản phẩm của hợp tác xã (đồng/đơn vị)"),
                ("staff", "Lao động và tiền lương của hợp tác xã"),
                ("inv", "Tổng vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu của hợp tác xã (chỉ phần mật hợp tác xã thu mua)"),
                ("cost", "Chi phí sản xuất kinh doanh của hợp tác xã"),
                ("summary", "Hiệu quả kinh tế của hợp tác xã")],
        chan=[("Cửa hàng đặc sản, điểm bán OCOP", 0.45), ("Đại lý, cửa hàng thực phẩm sạch", 0.35),
              ("Bán tại trụ sở, trên mạng", 0.20)],
        cap_rows=True, sum_members=True, rules=[], tolerated=[]),
    "il02": dict(
        org="HTX", scale=None, yld="Chiếc/hộ/năm",
        cost_labels={"aux": "Quai lụa, chỉ, màu vẽ", "pack": "Hộp giấy, thẻ treo", "energy": "Điện, nước"},
        tables=[("members", "Hộ thành viên làm nón và số nón trắng năm 2027"),
                ("hist", "Kết quả thu mua và tiêu thụ nón của hợp tác xã 2024 – 2026"),
                ("alloc", "Nón trắng của thành viên: hợp tác xã mua bao nhiêu, thành viên tự bán bao nhiêu"),
                ("output", "Kế hoạch sản phẩm nón hoàn thiện"),
                ("raw", "Cân đối nón trắng"),
                ("price", "Giá bán nón hoàn thiện (đồng/chiếc)"),
                ("inv", "Vốn đầu tư của phương án"),
                ("src", "Nguồn vốn đầu tư"),
                ("rev", "Doanh thu bán nón của hợp tác xã"),
                ("cost", "Chi phí của hợp tác xã"),
                ("summary", "Lợi nhuận của hợp tác xã"),
                ("income", "Thu nhập từ nón của các hộ thành viên (tham khảo, ngoài sổ sách hợp tác xã)")],
        alloc_rows=True, cap_rows=True, rules=[], tolerated=[]),
    "il03": dict(
        org="công ty", scale=("Diện tích (ha)", 1), yld="kg búp/ha/năm",
        cost_labels={"pack": "Túi, hộp, nhãn", "energy": "Điện, củi sao chè"},
        tables=[("members", "Diện tích và sản lượng chè búp tươi của các thành viên góp vốn năm 2027"),
                ("alloc", "Búp chè tươi của thành viên: phần công ty mua và phần thành viên tự bán"),
                ("hist", "Kết quả sản xuất kinh doanh của công ty 2024 – 2026"),
                ("output", "Kế hoạch sản phẩm chè khô của công ty"),
                ("raw", "Cân đối búp chè tươi"),
                ("price", "Giá bán chè khô (đồng)"),
                ("inv", "Dự toán vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu của công ty"),
                ("cost", "Chi phí của công ty"),
                ("summary", "Hiệu quả kinh tế"),
                ("income", "Tiền bán chè của các hộ thành viên góp vốn")],
        cap_rows=True, rules=[], tolerated=[]),
    "il04": dict(
        org="HTX", scale=("Số tàu, thuyền", 0), yld="kg cá/tàu/năm",
        cost_labels={"aux": "Muối hạt, vật tư phụ", "pack": "Chai, can, nhãn", "energy": "Điện, nước"},
        unit_col=False,
        tables=[("members", "Tàu thuyền và sản lượng cá cơm của thành viên năm 2027"),
                ("hist", "Kết quả sản xuất kinh doanh nước mắm 2024 – 2026"),
                ("alloc", "Phân bổ sản lượng cá cơm của thành viên"),
                ("output", "Kế hoạch sản lượng nước mắm"),
                ("raw", "Cân đối cá cơm nguyên liệu"),
                ("price", "Giá bán nước mắm (đồng/đơn vị)"),
                ("staff", "Lao động của hợp tác xã"),
                ("inv", "Tổng mức đầu tư"),
                ("src", "Cơ cấu nguồn vốn"),
                ("rev", "Doanh thu nước mắm của hợp tác xã"),
                ("cost", "Chi phí sản xuất nước mắm"),
                ("summary", "Hiệu quả kinh tế của hợp tác xã và giá trị cá thành viên tự bán")],
        cap_rows=True, sum_members=True, rules=[], tolerated=[]),
    "il05": dict(
        org="HTX", scale=None, yld="Lít/hộ/năm",
        cost_labels={"pack": "Chai, bình gốm, hộp, nhãn", "energy": "Điện, nước"},
        mem="hộ thành viên",
        unit_col=False,
        tables=[("members", "Hộ thành viên nấu rượu và sản lượng rượu gốc năm 2027"),
                ("hist", "Kết quả hoạt động 2024 – 2026"),
                ("alloc", "Phân bổ rượu gốc của hộ thành viên"),
                ("chan", "Kênh tiêu thụ năm 2027 của hợp tác xã và của hộ thành viên"),
                ("output", "Kế hoạch sản lượng rượu đóng chai"),
                ("raw", "Nhu cầu rượu gốc và lượng hợp tác xã thu mua"),
                ("price", "Giá bán (đồng/đơn vị)"),
                ("staff", "Lao động và tiền lương"),
                ("inv", "Vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu của hợp tác xã"),
                ("cost", "Chi phí của hợp tác xã"),
                ("summary", "Tổng hợp hiệu quả")],
        chan=[("Nhà hàng, quán đặc sản", 0.40), ("Cửa hàng OCOP, cửa hàng quà", 0.35),
              ("Bán tại hợp tác xã, trên mạng", 0.25)],
        no_balance=True,
        fx=dict(rev={(1, 1): 648.0}),
        diff_ok=[("rev", "Rượu nếp Phù Lưu, bình gốm 2 lít"), ("rev", "Tổng doanh thu"),
                 ("cost", "Bán hàng"), ("cost", "Thuế"), ("cost", "Tổng chi phí"),
                 ("summary", "Doanh thu"), ("summary", "Tổng chi phí"), ("summary", "Lợi nhuận"),
                 ("summary", "Tỷ suất")],
        rules=["no-alcohol-license", "material-shortfall", "revenue-mismatch"],
        tolerated=["unrealistic-growth", "payback-mismatch"]),
    "il06": dict(
        org="tổ", scale=("Diện tích (ha)", 1), yld="kg/ha/năm",
        cost_labels={"raw": "Mua cam của tổ viên", "pack": "Hộp, túi lưới, thùng, nhãn dán", "energy": "Điện kho mát, nước"},
        mem="tổ viên",
        tables=[("members", "Vườn cam và sản lượng của tổ viên năm 2027"),
                ("hist", "Kết quả của tổ 2024 – 2026"),
                ("alloc", "Cam của tổ viên: tổ thu mua và tổ viên tự bán"),
                ("output", "Kế hoạch sản phẩm cam đóng hộp, đóng túi"),
                ("raw", "Cân đối cam quả tươi"),
                ("price", "Giá bán (đồng/đơn vị)"),
                ("staff", "Lao động của tổ"),
                ("inv", "Vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu của tổ"),
                ("cost", "Chi phí của tổ"),
                ("summary", "Lợi nhuận và thời gian hoàn vốn"),
                ("income", "Tiền bán cam của tổ viên")],
        alloc_rows=True, cap_rows=True, payback_row=True,
        fx=dict(payback=0.9),
        diff_ok=[("summary", "Thời gian hoàn vốn")],
        rules=["payback-mismatch", "no-trademark", "figure-inconsistent"],
        tolerated=[]),
    "il07": dict(
        org="cơ sở", scale=None, yld="Chiếc/hộ/năm",
        cost_labels={"raw": "Mua bánh đa phơi của các hộ", "pack": "Túi, hộp, nhãn", "energy": "Điện nướng bánh"},
        mem="hộ trong tổ",
        unit_col=False,
        tables=[("members", "Hộ trong tổ liên kết và số bánh đa phơi năm 2027"),
                ("hist", "Kết quả kinh doanh của cơ sở 2024 – 2026"),
                ("alloc", "Bánh đa phơi của các hộ: cơ sở mua và hộ tự bán"),
                ("output", "Kế hoạch sản phẩm của cơ sở"),
                ("raw", "Cân đối bánh đa phơi"),
                ("price", "Giá bán (đồng)"),
                ("staff", "Lao động của hộ kinh doanh"),
                ("inv", "Tổng vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu của cơ sở"),
                ("cost", "Chi phí của cơ sở"),
                ("summary", "Hiệu quả kinh tế")],
        cap_rows=True,
        rules=["no-food-safety", "capital-mismatch", "name-inconsistent"],
        tolerated=[]),
    "il08": dict(
        org="HTX", scale=("Diện tích (ha)", 1), yld="kg khô/ha/năm",
        cost_labels={"pack": "Hộp, túi lọc, hũ, nhãn", "energy": "Điện sấy, nấu cao"},
        unit_col=False,
        tables=[("members", "Diện tích cà gai leo của hộ thành viên năm 2027"),
                ("hist", "Kết quả sản xuất kinh doanh 2024 – 2026"),
                ("alloc", "Cà gai leo khô của thành viên: phần HTX mua, phần bán thương lái"),
                ("output", "Kế hoạch sản phẩm"),
                ("raw", "Nhu cầu và nguồn cà gai leo khô"),
                ("price", "Giá bán (đồng)"),
                ("staff", "Lao động"),
                ("inv", "Vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu"),
                ("cost", "Chi phí"),
                ("summary", "Hiệu quả"),
                ("income", "Thu nhập của hộ thành viên từ cà gai leo")],
        cap_rows=True, raw_by_product=True,
        fx=dict(cost_total={2: 2756.3}),
        diff_ok=[("cost", "Tổng chi phí"), ("summary", "Tổng chi phí"), ("summary", "Lợi nhuận"),
                 ("summary", "Tỷ suất")],
        rules=["no-product-standard", "table-total-mismatch", "outdated-policy"],
        tolerated=["profit-mismatch", "payback-mismatch"]),
    "il09": dict(
        org="công ty", scale=("Diện tích (ha)", 1), yld="kg lạc vỏ/ha/năm",
        cost_labels={"raw": "Mua lạc vỏ của cổ đông", "pack": "Chai, can, nắp", "energy": "Điện ép, rang"},
        mem="cổ đông",
        unit_col=False,
        tables=[("members", "Diện tích lạc của cổ đông nông dân năm 2027"),
                ("hist", "Kết quả sản xuất kinh doanh 2024 – 2026"),
                ("alloc", "Lạc của cổ đông: phần công ty mua và phần cổ đông tự bán"),
                ("output", "Kế hoạch sản lượng dầu lạc"),
                ("raw", "Cân đối lạc nguyên liệu"),
                ("price", "Giá bán dầu lạc (đồng)"),
                ("staff", "Lao động"),
                ("inv", "Vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu của công ty"),
                ("cost", "Chi phí của công ty"),
                ("summary", "Hiệu quả kinh tế")],
        cap_rows=True, sum_members=True,
        fx=dict(profit={1: 661.4}),
        diff_ok=[("summary", "Lợi nhuận"), ("summary", "Tỷ suất")],
        rules=["profit-mismatch", "no-label-plan", "unrealistic-growth"],
        tolerated=["capacity-exceeded", "payback-mismatch"]),
    "il10": dict(
        org="tổ", scale=None, yld="Chiếc/hộ/năm",
        cost_labels={"raw": "Mua hàng mộc của tổ viên", "aux": "Dầu bóng, vật tư phụ", "pack": "Hộp, thẻ treo, thùng carton", "energy": "Điện sấy, khí nén"},
        mem="tổ viên",
        tables=[("members", "Tổ viên và sản phẩm đan mộc năm 2027"),
                ("hist", "Kết quả của tổ 2024 – 2026"),
                ("alloc", "Sản phẩm đan mộc của tổ viên: tổ mua và tổ viên tự bán"),
                ("chan", "Nơi tiêu thụ năm 2027"),
                ("output", "Kế hoạch sản phẩm hoàn thiện của tổ"),
                ("raw", "Cân đối hàng mộc"),
                ("price", "Giá bán (đồng)"),
                ("staff", "Lao động"),
                ("inv", "Vốn đầu tư"),
                ("src", "Nguồn vốn"),
                ("rev", "Doanh thu của tổ"),
                ("cost", "Chi phí của tổ"),
                ("summary", "Hiệu quả")],
        chan=[("Công ty xuất khẩu thủ công mỹ nghệ", 0.50), ("Cửa hàng OCOP, quà lưu niệm", 0.30),
              ("Bán tại xưởng, trên mạng", 0.20)],
        cap_rows=False, unprinted=("cap",),
        rules=["no-environment-measures", "capacity-exceeded", "boilerplate"],
        tolerated=["unrealistic-growth"]),
}


def r10(x: float) -> int:
    return int(x / 10 + 0.5) * 10


def model(key: str, planted: bool = True) -> NS:
    """Every figure of plan `key`; planted=False gives the true world (no printed defect)."""
    P, M = PLANS[key], META[key]
    fx = M.get("fx", {}) if planted else {}
    m = NS()
    m.mem = []
    for label, hh, scale, yld in P["members"]:
        sc = scale if scale is not None else [hh] * 3
        m.mem.append((label, hh, sc, yld, [sc[y] * yld[y] for y in Y]))
    m.hh = sum(r[1] for r in m.mem)
    m.whole = [sum(r[4][y] for r in m.mem) for y in Y]
    m.buy = [r10(m.whole[y] * P["share"][y]) for y in Y]
    m.own = [r10(m.whole[y] * P["own_use"]) for y in Y]
    m.selfsold = [m.whole[y] - m.buy[y] - m.own[y] for y in Y]
    m.trader = [r10(m.selfsold[y] * P["trader"]) for y in Y]
    m.market = [m.selfsold[y] - m.trader[y] for y in Y]
    m.val_trader = [m.trader[y] * P["p_trader"][y] / 1e6 for y in Y]
    m.val_market = [m.market[y] * P["p_market"][y] / 1e6 for y in Y]
    m.mem_val = [m.val_trader[y] + m.val_market[y] for y in Y]
    m.pay = [m.buy[y] * P["p_buy"][y] / 1e6 for y in Y]
    m.mem_income = [m.pay[y] + m.mem_val[y] for y in Y]
    prods = P["products"]
    m.out = [sum(p[2] * p[5][y] for p in prods) for y in Y]
    m.need_i = [[p[2] * p[3] * p[5][y] for y in Y] for p in prods]
    m.need = [sum(n[y] for n in m.need_i) for y in Y]
    m.spare = [m.buy[y] - m.need[y] for y in Y]
    m.cap = P["cap"][0] * P["cap"][1]
    idx = P["cap"][4] if len(P["cap"]) > 4 else range(len(prods))
    m.cap_out = [sum(prods[i][2] * prods[i][5][y] for i in idx) for y in Y]
    m.use = [m.cap_out[y] / m.cap * 100 for y in Y]
    m.staff = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m.wage = P["wage"]
    m.fund = [m.staff[y] * m.wage[y] * 12 for y in Y]
    m.inv_total = sum(i[1] for i in P["inv"])
    m.fixed = sum(i[1] for i in P["inv"] if i[2])
    m.dep = m.fixed / P["life"]
    m.src = [s[1] for s in P["src"]]
    m.src_total = sum(m.src)
    m.interest = [P["loan"][y] * P["rate"] for y in Y]
    m.rev_line = [[fx.get("rev", {}).get((i, y), p[5][y] * p[4][y] / 1e6) for y in Y]
                  for i, p in enumerate(prods)]
    m.rev = [sum(line[y] for line in m.rev_line) for y in Y]
    c = {"raw": [m.buy[y] * P["p_buy"][y] / 1e6 for y in Y]}
    if P.get("aux"):
        c["aux"] = [m.out[y] * P["aux"] / 1e6 for y in Y]
    c["pack"] = [sum(p[5][y] * p[6] for p in prods) / 1e6 for y in Y]
    c["energy"] = [m.out[y] * P["energy"] / 1e6 for y in Y]
    c["wage"] = m.fund
    c["dep"] = [m.dep] * 3
    c["interest"] = m.interest
    c["sell"] = [m.rev[y] * P["sell"] for y in Y]
    c["other"] = [float(P["other"])] * 3
    c["tax"] = [m.rev[y] * P["tax"] for y in Y]
    m.c = c
    m.cost_sum = [sum(v[y] for v in c.values()) for y in Y]
    m.cost = [fx.get("cost_total", {}).get(y, m.cost_sum[y]) for y in Y]
    m.profit = [fx.get("profit", {}).get(y, m.rev[y] - m.cost[y]) for y in Y]
    m.margin = [m.profit[y] / m.rev[y] * 100 for y in Y]
    m.payback_calc = m.inv_total / (sum(m.profit) / 3 + m.dep)
    m.payback = fx.get("payback", round(m.payback_calc + 1e-9, 1))
    h = P["hist"]
    m.h_whole, m.h_buy, m.h_out = h["whole"], h["buy"], h["out"]
    m.h_share = [h["buy"][k] / h["whole"][k] * 100 for k in Y]
    m.h_rev = [h["out"][k] * h["price"][k] / 1e6 for k in Y]
    m.h_profit = [m.h_rev[k] * h["margin"][k] for k in Y]
    return m


# --------------------------------------------------------------------------- number formats
def n0(x: float) -> str:
    return f"{int(round(x)):,}".replace(",", ".")


def n1(x: float) -> str:
    s = f"{x:,.1f}"
    return s.replace(",", " ").replace(".", ",").replace(" ", ".")


def nd(x: float, d: int) -> str:
    return n0(x) if d == 0 else n1(x)


def nn(x: float) -> str:
    """A norm as written: 1,08 / 4,8 / 10."""
    return f"{x:g}".replace(".", ",")


def pct(share: float) -> str:
    return n0(share * 100)


# --------------------------------------------------------------------------- numeric tables
COST_LABELS = {"raw": "Mua {raw} của thành viên", "aux": "Vật tư phụ", "pack": "Bao bì, chai, hộp",
               "energy": "Điện, nước, nhiên liệu", "wage": "Tiền lương, tiền công",
               "dep": "Khấu hao tài sản cố định", "interest": "Lãi vay ngân hàng",
               "sell": "Bán hàng, quảng bá ({sell} % doanh thu)", "other": "Chi phí khác",
               "tax": "Thuế, phí ({tax} % doanh thu)"}


def tables(key: str, planted: bool = True) -> dict[str, tuple[str | None, list[list[str]]]]:
    """Each numeric table of the plan as (unit line, rows with the header first)."""
    P, M = PLANS[key], META[key]
    m = model(key, planted)
    org, raw, ru, unit = M["org"], P["raw"][0], P["raw"][1], P["unit"]
    Org = org[0].upper() + org[1:]
    mem = M.get("mem", "thành viên")
    Mem = mem[0].upper() + mem[1:]
    prods = P["products"]
    yh = [str(y) for y in YEARS]
    out: dict[str, tuple[str | None, list[list[str]]]] = {}
    # members
    if M["scale"] is None:
        rows = [["TT", "Thôn", "Số hộ", M["yld"], f"Sản lượng ({ru})"]]
        for i, r in enumerate(m.mem):
            rows.append([str(i + 1), r[0], str(r[1]), n0(r[3][0]), n0(r[4][0])])
        rows.append(["", "Cộng", str(m.hh), "", n0(m.whole[0])])
    else:
        lab, d = M["scale"]
        rows = [["TT", "Thôn", "Số hộ", lab, M["yld"], f"Sản lượng ({ru})"]]
        for i, r in enumerate(m.mem):
            rows.append([str(i + 1), r[0], str(r[1]), nd(r[2][0], d), n0(r[3][0]), n0(r[4][0])])
        rows.append(["", "Cộng", str(m.hh), nd(sum(r[2][0] for r in m.mem), d), "", n0(m.whole[0])])
    out["members"] = (None, rows)
    # history
    out["hist"] = (None, [["Chỉ tiêu", "ĐVT", *map(str, HIST_YEARS)],
                          [f"Sản lượng của {mem}", ru, *map(n0, m.h_whole)],
                          [f"{Org} thu mua", ru, *map(n0, m.h_buy)],
                          [f"Tỷ lệ {org} thu mua", "%", *map(n1, m.h_share)],
                          [f"Sản phẩm {org} bán ra", unit, *map(n0, m.h_out)],
                          [f"Doanh thu của {org}", "triệu đồng", *map(n1, m.h_rev)],
                          [f"Lợi nhuận của {org}", "triệu đồng", *map(n1, m.h_profit)]])
    # allocation of the members' whole output
    own = any(m.own)
    if M.get("alloc_rows"):
        head = ["Năm", "Tổng sản lượng", f"{Org} thu mua", "Tỷ lệ (%)", "Bán thương lái", "Bán lẻ"]
        if own:
            head.append("Để dùng")
        rows = [head]
        for y in Y:
            r = [yh[y], n0(m.whole[y]), n0(m.buy[y]), pct(P["share"][y]), n0(m.trader[y]), n0(m.market[y])]
            if own:
                r.append(n0(m.own[y]))
            rows.append(r)
    else:
        rows = [["Chỉ tiêu", *yh],
                [f"Tổng sản lượng của {mem}", *map(n0, m.whole)],
                [f"{Org} thu mua để chế biến", *map(n0, m.buy)],
                [f"Tỷ lệ {org} thu mua (%)", *[pct(s) for s in P["share"]]],
                [f"{Mem} bán cho thương lái", *map(n0, m.trader)],
                [f"{Mem} bán lẻ tại chợ", *map(n0, m.market)]]
        if own:
            rows.append(["Giữ lại dùng trong gia đình", *map(n0, m.own)])
    out["alloc"] = (f"ĐVT: {ru}", rows)
    # channels of 2027: the organisation's output by channel, the members' own sales beside it
    if "chan" in M:
        rows = [["Kênh tiêu thụ", "Bên bán", f"Khối lượng ({unit})"]]
        left = m.out[0]
        for j, (lab, sh) in enumerate(M["chan"]):
            q = left if j == len(M["chan"]) - 1 else r10(m.out[0] * sh)
            left -= q
            rows.append([lab, Org, n0(q)])
        rows.append([f"Cộng phần {org} bán", "", n0(m.out[0])])
        rows.append(["Thương lái đến mua tận nhà", Mem, n0(m.trader[0])])
        rows.append(["Chợ, khách mua lẻ", Mem, n0(m.market[0])])
        out["chan"] = (None, rows)
    # output plan
    uc = M.get("unit_col", True)  # a unit column, or the unit in the row label only
    rows = [["Sản phẩm", "ĐVT", *yh] if uc else ["Sản phẩm", *yh]]
    for p in prods:
        rows.append([p[0], p[1], *map(n0, p[5])] if uc else [p[0], *map(n0, p[5])])
    rows.append([f"Quy ra {unit}", unit, *map(n0, m.out)] if uc else [f"Quy ra {unit}", *map(n0, m.out)])
    if M.get("cap_rows"):
        rows.append([f"Công suất ({unit})", unit, *[n0(m.cap)] * 3] if uc else [f"Công suất ({unit})", *[n0(m.cap)] * 3])
        rows.append(["Sử dụng công suất", "%", *map(n1, m.use)] if uc else ["Sử dụng công suất (%)", *map(n1, m.use)])
    out["output"] = (None, rows)
    # raw-material balance
    rows = [["Chỉ tiêu", *yh]]
    if M.get("raw_by_product"):
        for p, need in zip(prods, m.need_i):
            rows.append([f"Cho {p[0].split(',')[0].lower()} ({nn(p[3])} {ru}/{unit})", *map(n0, need)])
        rows.append(["Tổng nhu cầu", *map(n0, m.need)])
    else:
        rows.append([f"Nhu cầu ({nn(prods[0][3])} {ru}/{unit})", *map(n0, m.need)])
    rows.append([f"{Org} thu mua của {mem}", *map(n0, m.buy)])
    if not M.get("no_balance"):
        rows.append(["Còn dư (dự phòng hao hụt)", *map(n0, m.spare)])
    out["raw"] = (f"ĐVT: {ru}", rows)
    # prices
    out["price"] = (None, [["Sản phẩm", "Đơn vị", *yh] if uc else ["Sản phẩm", *yh]]
                     + [[p[0], p[1], *map(n0, p[4])] if uc else [p[0], *map(n0, p[4])] for p in prods])
    # staff
    rows = [["Bộ phận", *yh]] + [[r[0], *map(str, r[1])] for r in P["roles"]]
    rows += [["Tổng số lao động", *map(str, m.staff)],
             ["Lương bình quân (triệu đồng/tháng)", *map(n1, m.wage)],
             ["Quỹ lương (triệu đồng/năm)", *map(n1, m.fund)]]
    out["staff"] = (None, rows)
    # investment and sources
    rows = [["TT", "Hạng mục", "Thành tiền (triệu đồng)"]]
    rows += [[str(i + 1), it[0], n1(it[1])] for i, it in enumerate(P["inv"])]
    rows.append(["", "Tổng vốn đầu tư", n1(m.inv_total)])
    out["inv"] = (None, rows)
    rows = [["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"]]
    rows += [[str(i + 1), s[0], n1(v), n1(v / m.src_total * 100)] for i, (s, v) in enumerate(zip(P["src"], m.src))]
    rows.append(["", "Tổng nguồn vốn", n1(m.src_total), n1(100)])
    out["src"] = (None, rows)
    # revenue
    rows = [["Sản phẩm", *yh]] + [[p[0], *map(n1, line)] for p, line in zip(prods, m.rev_line)]
    rows.append([f"Tổng doanh thu của {org}", *map(n1, m.rev)])
    out["rev"] = ("ĐVT: triệu đồng", rows)
    # cost
    rows = [["TT", "Khoản chi phí", *yh]]
    for i, (k, vals) in enumerate(m.c.items()):
        lab = {**COST_LABELS, **M.get("cost_labels", {})}[k].format(
            raw=raw.lower(), sell=n1(P["sell"] * 100).replace(",0", ""), tax=n1(P["tax"] * 100).replace(",0", ""))
        rows.append([str(i + 1), lab, *map(n1, vals)])
    rows.append(["", "Tổng chi phí", *map(n1, m.cost)])
    out["cost"] = ("ĐVT: triệu đồng", rows)
    # summary
    rows = [["Chỉ tiêu", *yh],
            [f"Doanh thu của {org}", *map(n1, m.rev)],
            [f"Tổng chi phí của {org}", *map(n1, m.cost)],
            [f"Lợi nhuận của {org}", *map(n1, m.profit)],
            ["Tỷ suất lợi nhuận/doanh thu (%)", *map(n1, m.margin)]]
    if M.get("payback_row"):
        rows.append(["Thời gian hoàn vốn (năm)", n1(m.payback), "", ""])
    if M.get("sum_members"):
        rows.append([f"Tiền {org} trả {mem} (đã tính trong chi phí)", *map(n1, m.pay)])
        rows.append([f"{Mem} tự bán ra ngoài (không tính vào doanh thu)", *map(n1, m.mem_val)])
    out["summary"] = ("ĐVT: triệu đồng", rows)
    # members' income
    rows = [[f"Khoản thu của {mem}", *yh],
            [f"Bán {raw.lower()} cho {org}", *map(n1, m.pay)],
            ["Bán cho thương lái", *map(n1, m.val_trader)],
            ["Bán lẻ tại chợ", *map(n1, m.val_market)],
            [f"Tổng thu của {mem}", *map(n1, m.mem_income)],
            ["Bình quân một hộ", *[n1(v / m.hh) for v in m.mem_income]]]
    out["income"] = ("ĐVT: triệu đồng", rows)
    return {k: out[k] for k, _ in M["tables"]}


def facts(key: str) -> dict[str, str]:
    """The figures every full plan's prose quotes, as the plan prints them."""
    P = PLANS[key]
    m = model(key)
    return {"whole0": n0(m.whole[0]), "whole2": n0(m.whole[2]), "buy0": n0(m.buy[0]),
            "buy2": n0(m.buy[2]), "share0": pct(P["share"][0]), "share2": pct(P["share"][2]),
            "self0": n0(m.selfsold[0]), "out0": n0(m.out[0]), "out2": n0(m.out[2]),
            "rev0": n1(m.rev[0]), "rev2": n1(m.rev[2]), "profit0": n1(m.profit[0]),
            "profit2": n1(m.profit[2]), "inv": n0(m.inv_total), "payback": n1(m.payback),
            "memval0": n1(m.mem_val[0]), "pay0": n1(m.pay[0]), "cap": n0(m.cap),
            "hh": str(m.hh), "staff0": str(m.staff[0]), "price0": n0(P["products"][0][4][0]),
            "pbuy0": n0(P["p_buy"][0]), "ptrader0": n0(P["p_trader"][0]),
            "pmarket0": n0(P["p_market"][0])}


# --------------------------------------------------------------------------- text of the plans
READY = ("il01", "il02", "il03", "il04")


def claims(key: str) -> list[str]:
    """Figures the prose states beyond the common facts, recomputed from the model."""
    if key not in PLANS:
        return []
    P, m = PLANS[key], model(key)
    out: list[str] = []
    if key == "il01":
        out += [f"khoảng {n0(m.buy[0] * (P['p_buy'][0] - P['p_trader'][0]) / 1e6)} triệu đồng",
                f"Khấu hao {n0(m.dep)} triệu đồng/năm", f"{n0(m.use[0])} – {n0(m.use[2])} % công suất",
                f"để lại {n0(m.own[0])} kg"]
    if key == "il02":
        sp = [m.spare[y] / m.need[y] * 100 for y in Y]
        out += [f"{n0(m.use[0])} – {n0(m.use[2])} % công suất", f"còn dư {n0(min(sp))} – {n0(max(sp))} %",
                f"hơn {int(min(v / m.hh for v in m.mem_income))} triệu đồng/năm", f"lương bình quân {n1(m.wage[0])}",
                f"trả {n0(P['loan'][0] - P['loan'][1])} triệu đồng mỗi năm",
                f"tăng {n0(P['p_buy'][1] - P['p_buy'][0])} đồng mỗi năm", f"tăng khoảng {n0((m.wage[1] / m.wage[0] - 1) * 100)} %/năm",
                f"nón quai lụa {n0(P['products'][1][4][0])} đồng/chiếc"]
    if key == "il03":
        sp = [m.spare[y] / m.need[y] * 100 for y in Y]
        out += [f"dư khoảng {n0(min(sp))} – {n0(max(sp))} %", f"lương bình quân {n1(m.wage[0])}",
                f"tăng {n0((m.wage[1] / m.wage[0] - 1) * 100)} %/năm", f"{m.staff[2]} người năm 2029",
                f"trả {n0(P['loan'][0] - P['loan'][1])} triệu đồng mỗi năm",
                f"{n0(P['p_buy'][0] - P['p_trader'][0])} đồng/kg", f"dùng {n0(m.use[0])} – {n0(m.use[2])} %",
                f"{m.staff[0]} – {m.staff[2]} lao động"]
    if key == "il04":
        out += [f"khoảng {n0(P['p_buy'][0] - P['p_trader'][0])} đồng/kg", f"dùng {n0(m.use[0])} – {n0(m.use[2])} %",
                f"trả {n0(P['loan'][0] - P['loan'][1])} triệu đồng mỗi năm", f"Khấu hao {n0(m.dep)} triệu",
                f"bình quân {n0(P['p_trader'][0])} đồng/kg", f"{m.staff[0]} lao động thường xuyên"]
    if key == "il05":
        out += [f"khoảng {n0((m.out[1] / m.out[0] - 1) * 100)} % năm 2028 và {n0((m.out[2] / m.out[1] - 1) * 100)} % năm 2029",
                f"mối buôn {n0(P['p_buy'][0] - P['p_trader'][0])} đồng/lít", f"{m.staff[2]} lao động năm 2029",
                f"trả {n0(P['loan'][0] - P['loan'][1])} triệu đồng mỗi năm", f"khấu hao {n0(m.dep)} triệu",
                f"bình quân khoảng {n0(m.mem_income[0] / m.hh)} triệu", f"nấu trên {n0(m.whole[0])} lít",
                f"gấp hơn {['một', 'hai', 'ba'][int(min(m.whole[y] / m.need[y] for y in Y)) - 1]} lần nhu cầu"]
    if key == "il06":
        out += [f"tăng {n0(P['p_buy'][1] - P['p_buy'][0])} đồng/kg mỗi năm", f"trả {n0(P['loan'][0] - P['loan'][1])} triệu",
                f"cao hơn thương lái {n0(P['p_buy'][0] - P['p_trader'][0])} đồng/kg", f"khấu hao {n0(m.dep)} triệu",
                f"dùng {n0(m.use[0])} – {n0(m.use[2])} %", f"khoảng {n0(m.mem_income[0] / m.hh)} triệu đồng năm 2027",
                f"năng suất {n0(min(r[3][0] for r in m.mem) / 1000)} – {n0(max(r[3][0] for r in m.mem) / 1000)} tấn/ha"]
    if key == "il07":
        out += [f"giá người buôn {n0(P['p_buy'][0] - P['p_trader'][0])} đồng/chiếc", f"trả {n0(P['loan'][0] - P['loan'][1])} triệu",
                f"dùng {n0(m.use[0])} – {n0(m.use[2])} %", f"khoảng {n0(m.mem_income[0] / m.hh)} triệu đồng năm 2027",
                f"Khấu hao {n1(m.dep)} triệu", f"lương {n1(m.wage[0])} triệu", f"vốn tự có của hộ {n0(m.src[0])} triệu",
                f"hội {n0(m.src[1])} triệu", f"{P['cap'][2]}/ngày".replace("/ngày/ngày", "/ngày")]
    if key == "il08":
        out += [f"trả {n0(P['loan'][0] - P['loan'][1])} triệu đồng mỗi năm", f"dùng {n0(m.use[0])} – {n0(m.use[2])} %",
                f"khoảng {n0(m.mem_income[0] / m.hh)} triệu đồng năm 2027", f"trên {n1(sum(r[2][0] for r in m.mem))} ha"]
    if key == "il09":
        out += [f"tăng {n0((m.out[1] / m.out[0] - 1) * 100)} % năm 2028 và {n0((m.out[2] / m.out[1] - 1) * 100)} % năm 2029",
                f"trả {n0(P['loan'][0] - P['loan'][1])} triệu đồng mỗi năm",
                f"khoảng {n0((m.h_out[2] / m.h_out[1] - 1) * 100)} %/năm", f"khoảng {n0(m.mem_income[0] / m.hh)} triệu đồng",
                f"giữ nguyên {m.staff[0]} lao động", f"rộng {n0(sum(r[2][0] for r in m.mem))} ha",
                f"thương lái {n0(P['p_buy'][0] - P['p_trader'][0])} đồng/kg"]
    if key == "il10":
        out += [f"trả {n0(P['loan'][0] - P['loan'][1])} triệu đồng mỗi năm", f"khoảng {n0(m.mem_income[0] / m.hh)} triệu",
                f"thương lái {n0(P['p_buy'][0] - P['p_trader'][0])} đồng/chiếc", f"mỗi ngày {P['cap'][0]} sản phẩm",
                f"làm {P['cap'][1]} ngày/năm", f"được 40 – {n0(m.h_out[2] / P['cap'][1])} sản phẩm"]
    return out


_PAPERS = ["đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở", "thử nghiệm", "tự công bố", "nhãn hiệu",
           "43/2017/NĐ-CP", "111/2021/NĐ-CP", "QR", "lưu mẫu"]
TEXT: dict[str, dict] = {
    "il01": dict(has=_PAPERS + ["Luật Hợp tác xã năm 2023", "hố thấm", "chỉ tính doanh thu", "không cộng vào doanh thu"]),
    "il02": dict(has=["không phải là thực phẩm", "TCCS 01:2026/TM", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu",
                      "QR", "cam kết bảo vệ môi trường", "không tính vào doanh thu", "không thuộc sổ sách"],
                 lacks=[(r"an toàn thực phẩm|ATTP", "a food-safety paper for a craft")]),
    "il03": dict(has=_PAPERS + ["không ghi công dụng chữa bệnh", "VietGAP", "đăng ký môi trường",
                                "không phải doanh thu của công ty"]),
    "il04": dict(has=_PAPERS + ["TCVN 5107:2018", "đăng ký môi trường", "bể lắng", "ngoài sổ sách"]),
    "il05": dict(has=["đủ điều kiện an toàn thực phẩm", "TCCS", "QCVN 6-3:2010/BYT", "tự công bố", "nhãn hiệu",
                      "44/2019/QH14", "Không dành cho người dưới 18 tuổi", "đăng ký môi trường", "148/QĐ-TTg"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|Giấy phép", "an alcohol licence"),
                        (r"Còn dư|thiếu hụt|Chênh lệch", "a balance row"), (REPLACED, "an outdated instrument")]),
    "il06": dict(has=["VietGAP", "cam kết sản xuất, kinh doanh thực phẩm an toàn", "TCCS", "thử nghiệm", "43/2017/NĐ-CP",
                      "111/2021/NĐ-CP", "QR", "148/QĐ-TTg", "14,5 ha"],
                 lacks=[(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "a trademark"),
                        (REPLACED, "an outdated instrument")],
                 count=[(r"12,5 ha", 3), (r"14,5 ha", 1)]),
    "il07": dict(has=["TCCS", "thử nghiệm", "tự công bố", "nhãn hiệu", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "QR",
                      "lưu mẫu", "148/QĐ-TTg", "bảo đảm đủ cho phương án"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "a food-safety paper"),
                        (REPLACED, "an outdated instrument")],
                 count=[(r"Cơ sở bánh đa Thuận Phát", 3), (r"Hộ kinh doanh Bánh đa Trà Sơn", 2), (r"Trà Sơn", 8)]),
    "il08": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "huyện Nghi Xuân",
                      "Luật Hợp tác xã năm 2012", "đủ điều kiện an toàn thực phẩm", "nhãn hiệu", "QR", "lưu mẫu",
                      "43/2017/NĐ-CP", "không ghi công dụng chữa bệnh"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|VietGAP|GACP|hợp quy",
                         "a product standard"), (r"148/QĐ-TTg|1489/QĐ-TTg|Luật Hợp tác xã năm 2023", "the current instruments")]),
    "il09": dict(has=["đủ điều kiện an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố", "nhãn hiệu", "lưu mẫu",
                      "148/QĐ-TTg", "giữ các kênh này", "còn rất lớn"],
                 lacks=[(r"nhãn(?! hiệu)|\btem\b|mã vạch|QR|43/2017|111/2021", "a label"),
                        (REPLACED, "an outdated instrument")]),
    "il10": dict(has=["[ghi rõ quy cách đóng gói từng loại]", "……", "TCCS", "không phải là thực phẩm", "43/2017/NĐ-CP",
                      "QR", "hun lưu huỳnh", "dầu bóng PU", "đáp ứng đủ kế hoạch", "148/QĐ-TTg"],
                 lacks=[(r"môi trường|chất thải|nước thải|xử lý|khí thải|thu gom|mùi|bụi|\brác\b|lắng|hố thấm",
                         "an environmental measure"), (REPLACED, "an outdated instrument")]),
    "il11": dict(has=["1.200 kg", "120.000 đồng/kg", "144 triệu đồng", "80 triệu đồng", "20 %", "chưa làm thủ tục đăng ký",
                      "tự mang ra chợ bán"],
                 lacks=[(r"an toàn thực phẩm|ATTP|TCCS|tự công bố|nhãn|\btem\b|mã vạch|QR|môi trường|giấy chứng nhận",
                         "a paper the sketchy plan does not have")]),
    "il12": dict(has=["3.000 kg", "1.200 kg", "150.000 đồng/kg", "180 triệu đồng", "60 triệu đồng",
                      "giấy chứng nhận đăng ký tổ hợp tác", "bán cho thương lái"],
                 lacks=[(r"an toàn thực phẩm|ATTP|TCCS|tự công bố|nhãn|\btem\b|mã vạch|QR|môi trường",
                         "a paper the sketchy plan does not have")]),
}


# --------------------------------------------------------------------------- checks
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> tuple[str | None, list[list[str]]] | None:
        """The table under the caption "Bảng N. <title>": its unit line and its rows (separator out)."""
        lines = self.body.splitlines()
        pat = re.compile(r"^Bảng \d+\. " + re.escape(title) + r"$")
        for i, line in enumerate(lines):
            if pat.match(line.strip()):
                unit, rows, j = None, [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    if lines[j].strip().startswith("ĐVT"):
                        unit = lines[j].strip()
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                        rows.append(cells)
                    j += 1
                return unit, rows
        return None


def _cells(rows):
    """(row label, column index) -> cell, for the cells that hold a number."""
    got = {}
    for r in rows[1:]:
        lab = r[1] if r[0].isdigit() or r[0] == "" else r[0]
        for j, c in enumerate(r):
            if re.fullmatch(r"[\d.]+(,\d+)?", c) and not (j == 0 and c.isdigit() and r[0] != lab):
                got[(lab, j)] = c
    return got


def check_tables(key: str, p: Plan) -> None:
    M = META[key]
    printed, true = tables(key, True), tables(key, False)
    allowed = M.get("diff_ok", [])
    for tk, title in M["tables"]:
        found = p.table(title)
        if found is None:
            p.failures.append(f"table not found: {title!r}")
            continue
        unit, rows = found
        want_unit, want = printed[tk]
        p.check(unit == want_unit, f"{tk}: unit line {unit!r}, expected {want_unit!r}")
        if rows != want:
            for a, b in zip(rows, want):
                if a != b:
                    p.failures.append(f"{tk}: row {a} != recomputed {b}")
                    break
            p.check(len(rows) == len(want), f"{tk}: {len(rows)} rows, expected {len(want)}")
        # the printed world against the true one: only planted cells and their knock-ons differ
        pc, tc = _cells(want), _cells(true[tk][1])
        for (lab, j), c in pc.items():
            tv = tc.get((lab, j))
            if tv is None or close(plancheck.vn(c), plancheck.vn(tv)):
                continue
            if not any(t == tk and lab.startswith(l) for t, l in allowed):
                p.failures.append(f"{tk}: {lab} col {j} printed {c}, true {tv}, not a declared defect")


def check_relations(key: str, p: Plan) -> list[str]:
    """The reviewer's arithmetic on the printed figures; returns what was found wrong (with the
    true value beside it). A planted rule must show > 5 %, every other relation holds within 1 %."""
    P, M = PLANS[key], META[key]
    m, t = model(key), model(key, False)
    planted = set(M["rules"])
    found: dict[str, list[str]] = {}

    def rel(rule: str, what: str, printed: float, right: float, tol: float = 0.01) -> None:
        if close(printed, right, tol):
            return
        if rule in planted and off(printed, right, 5):
            found.setdefault(rule, []).append(f"{what}: printed {printed:.1f}, true {right:.1f} "
                                              f"({(printed / right - 1) * 100:+.1f} %)")
        else:
            p.failures.append(f"{rule} not planted / not > 5 %: {what}: {printed:.2f} vs {right:.2f}")

    def most(rule: str, what: str, lhs: float, limit: float) -> None:
        if lhs <= limit:
            return
        if rule in planted and off(lhs, limit, 5):
            found.setdefault(rule, []).append(f"{what}: {lhs:,.0f} against {limit:,.0f} "
                                              f"({(lhs / limit - 1) * 100:+.1f} %)")
        else:
            p.failures.append(f"{rule} not planted / not > 5 %: {what}: {lhs:.1f} > {limit:.1f}")

    for i, pr in enumerate(P["products"]):
        for y in Y:
            rel("revenue-mismatch", f"revenue {pr[0]} {YEARS[y]}", m.rev_line[i][y], pr[5][y] * pr[4][y] / 1e6)
    for y in Y:
        rel("table-total-mismatch", f"cost total {YEARS[y]}", m.cost[y], m.cost_sum[y])
        rel("profit-mismatch", f"profit {YEARS[y]}", m.profit[y], m.rev[y] - m.cost[y])
        most("material-shortfall", f"raw need {YEARS[y]} vs purchase", m.need[y], m.buy[y])
        most("capacity-exceeded", f"output {YEARS[y]} vs capacity", m.cap_out[y], m.cap)
        p.check(0 < t.margin[y] < 40, f"true margin {YEARS[y]} {t.margin[y]:.1f} % out of 0-40 %")
        p.check(m.buy[y] < m.whole[y] and m.selfsold[y] > 0, f"{YEARS[y]}: members sell nothing themselves")
    rel("capital-mismatch", "sources vs investment", m.src_total, m.inv_total)
    rel("payback-mismatch", "payback", m.payback, m.payback_calc, 0.051 / m.payback_calc)
    outs, revs = [t.h_out[2], *t.out], [t.h_rev[2], *t.rev]
    for y in Y:
        most("unrealistic-growth", f"output growth into {YEARS[y]} (%)", (outs[y + 1] / outs[y] - 1) * 100, 35)
        most("unrealistic-growth", f"revenue growth into {YEARS[y]} (%)", (revs[y + 1] / revs[y] - 1) * 100, 35)
    for rule in planted & {"revenue-mismatch", "table-total-mismatch", "profit-mismatch", "material-shortfall",
                           "capacity-exceeded", "capital-mismatch", "payback-mismatch", "unrealistic-growth"}:
        p.check(rule in found, f"planted {rule} not found in the arithmetic")
    if key in READY:
        p.check(all(m.spare[y] >= 0 for y in Y), "ready plan short of raw material")
        p.check(all(m.use[y] <= 85 for y in Y), "ready plan above 85 % of capacity")
    return [f"{r}: {x}" for r, xs in found.items() for x in xs]


def check_facts(key: str, p: Plan) -> None:
    for name, s in facts(key).items():
        if name in META[key].get("unprinted", ()):
            p.check(s not in p.body, f"{name} = {s!r} printed, the plan leaves it to the reader")
        elif s not in p.body:
            p.failures.append(f"prose figure {name} = {s!r} not in the plan")


def check_text(key: str, p: Plan) -> None:
    p.has(*claims(key))
    T = TEXT.get(key, {})
    p.has(*T.get("has", []))
    for pat, what in T.get("lacks", []):
        p.lacks(pat, what)
    for pat, n in T.get("count", []):
        c = len(re.findall(pat, p.body))
        p.check(c >= n, f"{pat!r} found {c} times, expected at least {n}")
    if key != "il10":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
            p.check(int(d) >= 2030, f"a paper valid only to {d}")


def check_sketchy(key: str, p: Plan) -> None:
    words = len(re.findall(r"\w+", re.sub(r"^#+ ", "", p.body, flags=re.M)))
    p.check(150 <= words <= 350, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    T = TEXT.get(key, {})
    p.has(*T.get("has", []))
    for pat, what in T.get("lacks", []):
        p.lacks(pat, what)
    p.lacks(PLACEHOLDER, "template placeholder")


def run(keys: list[str] | None = None, verbose: bool = False) -> list[Plan]:
    stems = sorted(f.stem for f in (HERE / "src").glob("il*.md"))
    plans = []
    for stem in stems:
        key = stem[:4]
        if keys and key not in keys:
            continue
        p = Plan(stem)
        if key in PLANS:
            check_tables(key, p)
            found = check_relations(key, p)
            check_facts(key, p)
            check_text(key, p)
            if verbose:
                for f in found:
                    print(f"      {stem}: {f}")
        else:
            check_sketchy(key, p)
        plans.append(p)
    return plans


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    verbose = "-v" in argv
    keys = [a for a in argv if not a.startswith("-")]
    plans = run(keys or None, verbose)
    if not plans:
        print("no plan found")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
