"""The 241st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout241/arithmetic.py [ih01 ih05 ...]

Theme: one harvest, several uses. Every full plan (ih01-ih10) starts from one harvest of one raw
material (peanuts, raw honey, fresh turmeric, sedge, glutinous rice, fresh tea shoots, sweet
potatoes, anchovies, chillies, kudzu roots) and splits it, year by year, between selling it fresh,
processing it into the OCOP product (and in some plans a second product), keeping seed or stock,
a low-grade use and losses. The constants give per plan the supply rows (count x yield, with the
cost of a kg), the uses with their share of the harvest per year (one use takes the remainder),
the products (pack size in the plan's base unit, the use they draw on, packs and prices per year,
the packing cost and the raw material a base unit needs), by-products (a ratio of the raw
material processed), the equipment rating, staff, wages, the variable cost shares, investment
items and sources, loans, and the 2024-2026 history. `model()` turns them into every figure the
plan prints and `tables()` into every table; the generator that wrote the plans used the same two
functions, so every cell is computed.

From them this script checks, per plan: every table cell of the source equals the model (within
1 %), the harvest = sum of count x yield, the allocation by use adds up to the harvest, the share
set aside for each processed product covers output x norm (the check the theme is about: against
the share, never the whole harvest), output within the rated capacity, revenue lines = packs x
price, fresh sales = the fresh share x the fresh price, by-products = ratio x raw material
processed, cost lines, profit = revenue - cost, sources = investment, payback = investment /
(average profit + depreciation), growth, and the figures the prose repeats. Planted numeric
defects are asserted wrong by more than 5 % with the true value computed beside them; textual
defects by the absence (or presence) of their words. Sketchy plans: 150-350 words, no table.
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
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


def r10(x: float) -> int:
    """Round a quantity to the ten (kg)."""
    return int(round(x / 10.0)) * 10


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def fnum(x: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    neg = x < 0
    s = f"{abs(x):,.{d}f}"
    s = s.replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if neg else "") + s


# --------------------------------------------------------------------------- constants
# src: (label, [count per year], count word, yield kg per count, cost đ per kg)
# uses: (key, label, [share per year] or None = the remainder, [price đ/kg per year] or None)
# products: (label, pack word, size in base units, use key, [packs], [price đ], packing and
#            other material đ per pack, raw kg per base unit)
# byp: (label, ratio kg per kg of raw material processed for `use`, use, [price đ/kg])
# cap: (rating per day, days, rating text, use keys whose products the rating binds)
# roles: (role, [staff per year]); wage: monthly wage per year (triệu đồng)
# energy: đ per base unit of processed output; sell, tax: shares of revenue
# inv: (label, triệu, fixed asset?); caps: capital sources (label, triệu); loan: balance per year
# hist: 2024-2026 harvest (kg), processed output (base units), revenue and profit (triệu)
PLANS: dict[str, dict] = {
    "ih01": dict(
        unit="lít", crop="lạc vỏ khô",
        src=[("Ruộng lạc của thành viên", [32, 33, 34], "ha", 2500, 0),
             ("Hộ liên kết thôn Trung Thượng", [20, 20, 20], "hộ", 1400, 0),
             ("Hộ liên kết thôn Hòa Tiến", [15, 15, 15], "hộ", 1400, 0)],
        raw_mode="need", buy=[24000, 24500, 25000],
        uses=[("proc", "Ép dầu (hợp tác xã thu mua)", [0.42, 0.45, 0.48], None),
              ("seed", "Để giống vụ sau", [0.08, 0.08, 0.08], None),
              ("loss", "Hao hụt phơi, bảo quản", [0.03, 0.03, 0.03], None),
              ("fresh", "Thành viên tự bán lạc vỏ", None, None)],
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, "proc",
                   [14000, 15400, 16800], [80000, 82000, 84000], 7000, 3.4),
                  ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, "proc",
                   [5000, 5600, 6200], [150000, 154000, 158000], 10000, 3.4),
                  ("Dầu lạc ép nguyên chất, can 2 lít", "can", 2, "proc",
                   [1000, 1100, 1200], [290000, 298000, 306000], 16000, 3.4)],
        byp=[("Khô dầu lạc (thức ăn chăn nuôi)", 0.4, "proc", [9000, 9000, 9500])],
        cap=(80, 260, "80 lít dầu/ngày", ["proc"]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sàng, rang, ép dầu", [2, 2, 3]),
               ("Lắng lọc, chiết chai", [1, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=3000, sell=0.05, tax=0.015,
        inv=[("Máy ép dầu trục vít và máy rang lạc", 320, True),
             ("Hệ thống lắng lọc, bồn inox", 150, True),
             ("Máy chiết rót, đóng nắp chai", 120, True),
             ("Kho bảo quản lạc nguyên liệu 100 m²", 280, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 360, False)],
        caps=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
              ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, other=40,
        hist=dict(harvest=[118000, 122500, 126000], out=[10800, 11900, 12900],
                  rev=[1555.2, 1737.4, 1916.9], profit=[168.0, 197.5, 226.2])),
    "ih02": dict(
        unit="kg", crop="mật ong thô",
        src=[("Đàn ong của hộ", [220, 230, 240], "đàn", 15, 45000),
             ("Hộ nuôi ong thôn Khe Bố (hợp đồng)", [12, 12, 12], "hộ", 120, 140000)],
        raw_mode="all",
        uses=[("proc", "Lọc, hạ thủy phần, đóng chai", [0.60, 0.61, 0.62], None),
              ("proc2", "Ngâm mật ong nghệ", [0.12, 0.12, 0.12], None),
              ("keep", "Để lại nuôi đàn qua mùa mưa", [0.10, 0.10, 0.10], None),
              ("loss", "Hao hụt khi quay, lọc", [0.03, 0.03, 0.03], None),
              ("fresh", "Bán mật thô cho thương lái", None, [140000, 145000, 150000])],
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, "proc",
                   [3000, 3200, 3400], [160000, 165000, 170000], 8000, 1.08),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, "proc",
                   [900, 950, 1000], [300000, 310000, 320000], 12000, 1.08),
                  ("Mật ong nghệ, hũ 300 g", "hũ", 0.3, "proc2",
                   [2500, 2600, 2700], [110000, 113000, 116000], 30000, 0.7)],
        byp=[],
        cap=(60, 120, "2 mẻ × 30 kg/ngày", ["proc", "proc2"]),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.25, 5.5], energy=2000, sell=0.05, tax=0.015,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True),
             ("Máy quay mật, bồn lắng inox, máy lọc", 90, True),
             ("Phòng lọc, đóng chai 30 m²", 120, True),
             ("Bổ sung 30 thùng ong và ong giống", 60, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 140, False)],
        caps=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=20,
        hist=dict(harvest=[3900, 4150, 4420], out=[2600, 2820, 3000],
                  rev=[845.0, 925.6, 1012.4], profit=[152.1, 171.2, 192.4])),
    "ih03": dict(
        unit="kg", crop="củ nghệ tươi",
        src=[("Vùng nghệ của công ty", [6, 6, 6], "ha", 25000, 2600),
             ("Hộ liên kết thôn Khe Giao", [18, 18, 18], "hộ", 3000, 4000),
             ("Hộ liên kết thôn Tân Mỹ", [12, 12, 12], "hộ", 3000, 4000)],
        raw_mode="all",
        uses=[("proc", "Chế biến tinh bột nghệ", [0.46, 0.50, 0.54], None),
              ("proc2", "Thái lát, sấy nghệ khô", [0.05, 0.05, 0.05], None),
              ("seed", "Giữ củ giống", [0.06, 0.06, 0.06], None),
              ("loss", "Hao hụt, củ dập, củ thối", [0.04, 0.04, 0.04], None),
              ("fresh", "Bán nghệ tươi", None, [8000, 8200, 8400])],
        products=[("Tinh bột nghệ vàng, hũ 200 g", "hũ", 0.2, "proc",
                   [8000, 8800, 9600], [110000, 113000, 116000], 9000, 40),
                  ("Tinh bột nghệ vàng, hũ 500 g", "hũ", 0.5, "proc",
                   [1200, 1300, 1400], [250000, 257000, 264000], 14000, 40),
                  ("Tinh bột nghệ, túi 1 kg cho đại lý", "túi", 1, "proc",
                   [300, 330, 360], [450000, 462000, 474000], 6000, 40),
                  ("Nghệ khô thái lát, túi 500 g", "túi", 0.5, "proc2",
                   [2800, 3000, 3200], [85000, 87000, 89000], 5000, 7)],
        byp=[("Bã nghệ sau lọc", 0.3, "proc", [1500, 1500, 1500])],
        cap=(14, 280, "14 kg tinh bột/ngày", ["proc"]),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hoạch nghệ", [2, 2, 2]),
               ("Rửa, xay, lọc, lắng", [3, 3, 3]), ("Sấy, nghiền, đóng gói", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=12000, sell=0.06, tax=0.015,
        inv=[("Nhà xưởng sơ chế, lọc lắng 180 m²", 500, True),
             ("Máy rửa, máy xay nghệ công nghiệp", 240, True),
             ("Hệ thống bể lọc, lắng inox", 220, True),
             ("Máy sấy bơm nhiệt 2 buồng", 260, True),
             ("Máy nghiền mịn, máy đóng hũ", 120, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False),
             ("Vốn lưu động", 410, False)],
        caps=[("Vốn góp của cổ đông", 900), ("Lợi nhuận giữ lại của công ty", 300),
              ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.075, other=60,
        hist=dict(harvest=[205000, 218000, 232000], out=[1850, 2100, 2320],
                  rev=[1602.5, 1788.0, 1954.6], profit=[176.3, 205.6, 234.6])),
    "ih04": dict(
        unit="chiếc", crop="cói khô",
        src=[("Ruộng cói của tổ viên", [5, 5, 5], "ha", 8000, 4000),
             ("Hộ trồng cói thôn Hải Thanh", [12, 12, 12], "hộ", 600, 6500)],
        raw_mode="all",
        uses=[("proc", "Dệt chiếu máy", [0.30, 0.31, 0.32], None),
              ("proc2", "Đan thảm, giỏ thủ công", [0.10, 0.10, 0.11], None),
              ("low", "Cói ngắn bán làm dây buộc", [0.08, 0.08, 0.08], [3000, 3000, 3200]),
              ("loss", "Hao hụt do mốc, gãy", [0.05, 0.05, 0.05], None),
              ("fresh", "Bán cói khô cho cơ sở khác", None, [9000, 9300, 9600])],
        products=[("Chiếu cói dệt máy in hoa, khổ 1,6 m", "chiếc", 1, "proc",
                   [5000, 5300, 5600], [160000, 165000, 170000], 20000, 2.0),
                  ("Chiếu cói dệt máy trơn, khổ 1,8 m", "chiếc", 1, "proc",
                   [1000, 1100, 1200], [220000, 226000, 232000], 24000, 2.4),
                  ("Thảm cói trải sàn 60 × 90 cm", "chiếc", 1, "proc2",
                   [3000, 3200, 3400], [85000, 87000, 89000], 10000, 0.8),
                  ("Giỏ cói đan tay có quai", "chiếc", 1, "proc2",
                   [4000, 4300, 4600], [60000, 62000, 64000], 6000, 0.4)],
        byp=[],
        cap=(32, 260, "4 máy × 8 chiếc/ngày", ["proc"]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Phơi, chẻ, nhuộm cói", [3, 3, 3]),
               ("Dệt chiếu máy", [3, 3, 3]), ("Đan thảm, giỏ", [3, 3, 4]),
               ("Hoàn thiện, bán hàng", [1, 1, 1])],
        wage=[4.6, 4.85, 5.1], energy=3000, sell=0.06, tax=0.015,
        inv=[("Hai máy dệt chiếu bán tự động bổ sung", 180, True),
             ("Nhà xưởng dệt và kho cói 120 m²", 240, True),
             ("Bể nhuộm và bể lắng nước nhuộm", 60, True),
             ("Sân phơi, lò sấy cói chống mốc", 70, True),
             ("Thiết kế mẫu, bao bì, thẻ treo", 30, False),
             ("Đăng ký nhãn hiệu, thử nghiệm", 20, False),
             ("Vốn lưu động", 200, False)],
        caps=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 300)],
        life=10, loan=[300, 220, 140], rate=0.066, other=40,
        hist=dict(harvest=[44800, 45600, 46400], out=[10800, 11600, 12300],
                  rev=[1268.0, 1396.7, 1512.5], profit=[114.1, 139.7, 158.8])),
    "ih05": dict(
        unit="lít", crop="gạo nếp cái hoa vàng",
        src=[("Cánh đồng nếp của thành viên", [18, 18, 18], "ha", 3600, 21000),
             ("Hộ liên kết thôn Đông Lạc", [25, 25, 25], "hộ", 1000, 22000)],
        raw_mode="all",
        uses=[("proc", "Nấu rượu", [0.18, 0.18, 0.18], None),
              ("seed", "Để giống vụ sau", [0.03, 0.03, 0.03], None),
              ("loss", "Hao hụt xay xát, bảo quản", [0.04, 0.04, 0.04], None),
              ("fresh", "Bán gạo nếp theo hợp đồng bao tiêu", None, [28000, 29000, 30000])],
        products=[("Rượu nếp cái 29,5 độ, chai 500 ml", "chai", 0.5, "proc",
                   [14000, 16800, 20160], [80000, 84000, 88000], 9000, 1.25),
                  ("Rượu nếp cái 29,5 độ, bình gốm 2 lít", "bình", 2, "proc",
                   [1500, 1800, 2160], [330000, 345000, 360000], 60000, 1.25),
                  ("Rượu nếp cái 29,5 độ, can 5 lít", "can", 5, "proc",
                   [400, 480, 576], [450000, 470000, 490000], 15000, 1.25)],
        byp=[("Bỗng rượu (thức ăn chăn nuôi)", 2.5, "proc", [800, 800, 800])],
        cap=(120, 250, "2 nồi × 60 lít/ngày", ["proc"]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Xay xát, đóng bao gạo", [2, 2, 2]),
               ("Nấu, ủ men, chưng cất", [2, 2, 2]), ("Hạ thổ, lọc, chiết chai", [1, 1, 1]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=4000, sell=0.06, tax=0.02,
        inv=[("Nhà nấu rượu và kho hạ thổ 120 m²", 620, True),
             ("Máy lọc, khử andehit, hệ thống chiết rót", 260, True),
             ("Chum, bình gốm ủ rượu", 180, True),
             ("Hầm biogas, bể chứa bỗng", 120, True),
             ("Máy xay xát, máy đóng bao gạo", 220, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False),
             ("Vốn lưu động", 350, False)],
        caps=[("Vốn góp của thành viên", 900), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
              ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 600, 400], rate=0.08, other=50,
        hist=dict(harvest=[86500, 88100, 89800], out=[9000, 10200, 11000],
                  rev=[3020.4, 3195.0, 3368.2], profit=[290.0, 318.4, 342.7])),
    "ih06": dict(
        unit="kg", crop="búp chè tươi",
        src=[("Đồi chè của hộ", [4, 4.3, 4.6], "ha", 9000, 6000),
             ("Hộ liên kết thôn Tân Hòa", [10, 10, 10], "hộ", 2500, 7000)],
        raw_mode="all",
        uses=[("proc", "Sao sấy chè búp khô", [0.55, 0.58, 0.60], None),
              ("loss", "Héo, dập khi thu hái", [0.04, 0.04, 0.04], None),
              ("fresh", "Bán chè tươi cho chợ, quán", None, [7000, 7300, 7600])],
        products=[("Chè búp khô, túi 200 g", "túi", 0.2, "proc",
                   [15000, 16500, 18000], [42000, 44000, 46000], 4000, 4.5),
                  ("Chè búp khô, hộp 500 g", "hộp", 0.5, "proc",
                   [4000, 4400, 4800], [100000, 104000, 108000], 12000, 4.5),
                  ("Chè búp khô, túi 1 kg cho quán", "túi", 1, "proc",
                   [1600, 1700, 1800], [185000, 192000, 199000], 5000, 4.5)],
        byp=[("Chè vụn, chè cám", 0.02, "proc", [40000, 40000, 42000])],
        cap=(40, 250, "2 máy sao × 20 kg/ngày", ["proc"]),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Hái chè (quy đổi thường xuyên)", [4, 4, 4]),
               ("Sao, sấy, vò chè", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.25, 5.5], energy=6000, sell=0.05, tax=0.015,
        inv=[("Máy sao chè và máy vò chè", 180, True),
             ("Lò sấy chè bằng điện 2 tầng", 150, True),
             ("Cải tạo nhà sao chè 70 m²", 160, True),
             ("Máy hàn miệng túi, cân điện tử", 30, True),
             ("Túi, hộp chè in sẵn", 40, False),
             ("Vốn lưu động", 140, False)],
        caps=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.08, other=30,
        hist=dict(harvest=[52000, 55400, 58300], out=[5200, 5650, 6100],
                  rev=[1310.4, 1435.1, 1561.6], profit=[196.6, 222.4, 249.9])),
    "ih07": dict(
        unit="kg", crop="khoai lang tươi",
        src=[("Cánh đồng khoai của công ty", [8, 8, 8], "ha", 18000, 3000),
             ("Hộ liên kết thôn Cẩm Thành", [30, 30, 30], "hộ", 2000, 4500)],
        raw_mode="all",
        uses=[("proc", "Sấy dẻo (củ vừa)", [0.35, 0.37, 0.39], None),
              ("feed", "Củ nhỏ, củ xước bán làm thức ăn chăn nuôi", [0.12, 0.12, 0.12], [1500, 1500, 1600]),
              ("seed", "Giữ củ giống ươm dây", [0.02, 0.02, 0.02], None),
              ("loss", "Hao hụt, thối khi bảo quản", [0.05, 0.05, 0.05], None),
              ("fresh", "Bán khoai tươi loại 1", None, [9000, 9300, 9600])],
        products=[("Khoai lang sấy dẻo, túi 250 g", "túi", 0.25, "proc",
                   [40000, 43200, 46600], [35000, 36000, 37000], 3000, 4),
                  ("Khoai lang sấy dẻo, hộp 500 g", "hộp", 0.5, "proc",
                   [8000, 8600, 9300], [65000, 67000, 69000], 6000, 4),
                  ("Khoai lang sấy dẻo, túi 1 kg", "túi", 1, "proc",
                   [1500, 1600, 1700], [120000, 124000, 128000], 4000, 4)],
        byp=[],
        cap=(90, 260, "3 máy × 30 kg/ngày", ["proc"]),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hoạch, phân loại", [3, 3, 3]),
               ("Gọt, hấp, sấy", [4, 4, 4]), ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=8000, sell=0.05, tax=0.015,
        inv=[("Nhà xưởng chế biến 200 m²", 650, True),
             ("Ba máy sấy bơm nhiệt", 420, True),
             ("Nồi hấp, máy gọt, máy thái", 180, True),
             ("Kho mát bảo quản khoai 40 m³", 200, True),
             ("Máy đóng gói hút chân không", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False),
             ("Vốn lưu động", 540, False)],
        caps=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại", 700),
              ("Vốn góp của các hộ liên kết", 250)],
        life=10, loan=[700, 550, 400], rate=0.08, other=60,
        hist=dict(harvest=[176000, 188000, 197000], out=[12500, 13600, 14600],
                  rev=[2417.5, 2611.4, 2790.5], profit=[272.0, 301.6, 329.3])),
    "ih08": dict(
        unit="lít", crop="cá cơm tươi",
        src=[("Thuyền của thành viên", [8, 8, 8], "thuyền", 6000, 15000),
             ("Vựa cá liên kết bến Cửa Nhượng", [2, 2, 2], "vựa", 8000, 16000)],
        raw_mode="all",
        uses=[("proc", "Ủ chượp làm nước mắm", [0.45, 0.47, 0.49], None),
              ("proc2", "Hấp, phơi cá cơm khô", [0.13, 0.13, 0.13], None),
              ("loss", "Hao hụt, cá dập nát", [0.05, 0.05, 0.05], None),
              ("fresh", "Bán cá tươi tại bến", None, [17000, 17500, 18000])],
        products=[("Nước mắm cá cơm 35 độ đạm, chai 500 ml", "chai", 0.5, "proc",
                   [16000, 16800, 17600], [70000, 72000, 74000], 8000, 1.1),
                  ("Nước mắm cá cơm 25 độ đạm, chai 1 lít", "chai", 1, "proc",
                   [10000, 10500, 11000], [55000, 57000, 59000], 9000, 1.1),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, "proc",
                   [1200, 1260, 1330], [190000, 196000, 202000], 25000, 1.1),
                  ("Cá cơm khô, túi 200 g", "túi", 0.2, "proc2",
                   [6000, 6300, 6600], [70000, 72000, 74000], 3000, 3.5),
                  ("Cá cơm khô, túi 500 g", "túi", 0.5, "proc2",
                   [1600, 1700, 1800], [165000, 170000, 175000], 5000, 3.5)],
        byp=[],
        cap=(None, None, "110 thùng ủ × 300 lít", ["proc"]), vats=(110, 300),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, muối cá, ủ chượp", [3, 3, 3]),
               ("Hấp, phơi cá khô", [2, 2, 2]), ("Lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=0, sell=0.05, tax=0.015,
        inv=[("Nhà ủ chượp và 30 thùng gỗ mới", 380, True),
             ("Hệ thống lọc, bồn chứa, chiết chai", 240, True),
             ("Nhà hấp, giàn phơi cá lưới inox", 160, True),
             ("Kho thành phẩm 50 m²", 120, True),
             ("Bao bì, nhãn, tem", 50, False),
             ("Vốn lưu động", 350, False)],
        caps=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400),
              ("Quỹ hỗ trợ nông dân", 300)],
        life=10, loan=[700, 550, 400], rate=0.075, other=50,
        hist=dict(harvest=[58000, 60500, 62000], out=[20500, 21800, 22900],
                  rev=[2520.3, 2661.8, 2808.4], profit=[262.1, 285.4, 304.7])),
    "ih09": dict(
        unit="kg", crop="ớt quả tươi",
        src=[("Ruộng ớt của tổ viên", [6, 6, 6], "ha", 12000, 9000),
             ("Hộ trồng ớt thôn Phú Mậu", [15, 15, 15], "hộ", 1500, 12000)],
        raw_mode="all",
        uses=[("proc", "Xay, nấu tương ớt", [0.20, 0.24, 0.28], None),
              ("proc2", "Phơi sấy, xay ớt bột", [0.09, 0.09, 0.09], None),
              ("seed", "Giữ quả chín làm giống", [0.01, 0.01, 0.01], None),
              ("loss", "Hao hụt, quả dập, thối", [0.06, 0.06, 0.06], None),
              ("fresh", "Bán ớt tươi", None, [13000, 13500, 14000])],
        products=[("Tương ớt, chai 250 g", "chai", 0.25, "proc",
                   [60000, 72000, 86400], [23000, 24000, 25000], 8000, 0.65),
                  ("Tương ớt, hũ 500 g", "hũ", 0.5, "proc",
                   [12000, 14400, 17280], [40000, 41500, 43000], 13000, 0.65),
                  ("Tương ớt, can 5 kg cho quán", "can", 5, "proc",
                   [800, 960, 1152], [320000, 330000, 340000], 70000, 0.65),
                  ("Ớt bột, hũ 100 g", "hũ", 0.1, "proc2",
                   [8400, 8800, 9200], [30000, 31000, 32000], 4000, 8)],
        byp=[],
        cap=(110, 250, "110 kg tương/ngày", ["proc"]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Trồng, thu hái, phân loại ớt", [3, 3, 3]),
               ("Xay, nấu, chiết chai", [3, 3, 3]), ("Phơi sấy ớt bột", [1, 1, 1]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=1500, sell=0.05, tax=0.015,
        inv=[("Máy xay ớt, nồi nấu 2 vỏ 150 lít", 220, True),
             ("Máy chiết rót, đóng nắp", 160, True),
             ("Máy sấy ớt bơm nhiệt", 180, True),
             ("Nhà chế biến 90 m²", 150, True),
             ("Chai, hũ, nhãn", 50, False),
             ("Vốn lưu động", 240, False)],
        caps=[("Vốn góp của tổ viên", 600), ("Vay Quỹ hỗ trợ nông dân", 400)],
        life=10, loan=[400, 300, 200], rate=0.07, other=40,
        hist=dict(harvest=[86000, 89500, 92000], out=[19000, 20800, 22500],
                  rev=[2720.0, 2890.5, 3044.6], profit=[312.8, 338.2, 362.3])),
    "ih10": dict(
        unit="kg", crop="củ sắn dây tươi",
        src=[("Vùng sắn dây của công ty", [12, 12, 12], "ha", 20000, 2500),
             ("Hộ liên kết thôn Phúc Đồng", [20, 20, 20], "hộ", 3000, 3500)],
        raw_mode="all",
        uses=[("proc", "Lọc tinh bột sắn dây", [0.20, 0.40, 0.62], None),
              ("feed", "Củ xơ, củ nhỏ làm thức ăn gia súc", [0.05, 0.05, 0.05], [1000, 1000, 1000]),
              ("loss", "Hao hụt, củ dập", [0.03, 0.03, 0.03], None),
              ("fresh", "Bán củ tươi cho thương lái", None, [6000, 6200, 6400])],
        products=[("Tinh bột sắn dây, túi 500 g", "túi", 0.5, "proc",
                   [8000, 16000, 25200], [75000, 77000, 79000], 4000, 8),
                  ("Tinh bột sắn dây, hộp 1 kg", "hộp", 1, "proc",
                   [2000, 4000, 6400], [140000, 144000, 148000], 9000, 8),
                  ("Tinh bột sắn dây, túi 5 kg cho đại lý", "túi", 5, "proc",
                   [120, 240, 480], [650000, 665000, 680000], 10000, 8)],
        byp=[("Bã sắn dây sau lọc", 0.5, "proc", [500, 500, 500])],
        cap=(100, 240, "100 kg tinh bột/ngày", ["proc"]),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Trồng, đào củ", [3, 3, 3]),
               ("Rửa, mài, lọc, lắng", [2, 2, 2]), ("Phơi sấy, đóng gói", [1, 1, 1]),
               ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=6000, sell=0.05, tax=0.015,
        inv=[("Nhà xưởng lọc, lắng 150 m²", 420, True),
             ("Máy rửa, máy mài củ công nghiệp", 260, True),
             ("Bể lắng inox, máy ly tâm", 240, True),
             ("Máy sấy bơm nhiệt", 280, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False),
             ("Vốn lưu động", 350, False)],
        caps=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.075, other=60,
        hist=dict(harvest=[262000, 280000, 296000], out=[5200, 5600, 6000],
                  rev=[2130.0, 2290.2, 2452.8], profit=[230.0, 256.5, 279.6])),
}

# Planted numeric defects (the printed value; the model gives the true one beside it).
#   rev: (revenue line index, year index, printed triệu) - the revenue table's line, followed by
#        the table's total, the share-based cost lines and everything after them
#   profit: (year index, printed triệu) - the summary's profit line (the margin follows it)
#   alloc_total: (year index, printed kg) - the "Cộng" row of the allocation table, nothing else
#   payback: printed years
PLANT: dict[str, dict] = {
    "ih05": dict(payback=1.3),
    "ih06": dict(rev=[(0, 1, 815.0)]),
    "ih08": dict(alloc_total=[(1, 70400)]),
    "ih10": dict(profit=[(0, 0.0)]),  # set below from the true profit
}


def _mean(xs):
    return sum(xs) / len(xs)


def model(key: str, planted: bool = True) -> dict:
    """Every figure of plan `key` (true values; with `planted`, the printed ones)."""
    P = PLANS[key]
    pl = PLANT.get(key, {}) if planted else {}
    m: dict = {"key": key}
    Y = range(3)
    rows = [(lab, cnt, word, yld, c, [r10(cnt[y] * yld) for y in Y]) for lab, cnt, word, yld, c in P["src"]]
    m["src"] = rows
    H = [sum(r[5][y] for r in rows) for y in Y]
    m["H"] = H
    alloc, share = {}, {}
    rem = None
    for k, lab, sh, price in P["uses"]:
        if sh is None:
            rem = k
        else:
            alloc[k] = [r10(H[y] * sh[y]) for y in Y]
            share[k] = [round(sh[y] * 100, 1) for y in Y]
    alloc[rem] = [H[y] - sum(v[y] for kk, v in alloc.items()) for y in Y]
    share[rem] = [round(alloc[rem][y] / H[y] * 100, 1) for y in Y]
    m["alloc"], m["share"], m["rem"] = alloc, share, rem
    m["uses"] = P["uses"]
    # products
    prods = []
    for lab, word, size, use, packs, prices, pc, norm in P["products"]:
        base = [packs[y] * size for y in Y]
        prods.append(dict(label=lab, word=word, size=size, use=use, packs=packs, prices=prices,
                          pc=pc, norm=norm, base=base, raw=[base[y] * norm for y in Y]))
    m["prods"] = prods
    puses = []
    for p in prods:
        if p["use"] not in puses:
            puses.append(p["use"])
    m["puses"] = puses
    m["out_use"] = {u: [sum(p["base"][y] for p in prods if p["use"] == u) for y in Y] for u in puses}
    m["need"] = {u: [round(sum(p["raw"][y] for p in prods if p["use"] == u)) for y in Y] for u in puses}
    m["spare"] = {u: [alloc[u][y] - m["need"][u][y] for y in Y] for u in puses}
    m["byp"] = [dict(label=lab, ratio=ratio, use=use, prices=pr,
                     qty=[r10(m["need"][use][y] * ratio) for y in Y]) for lab, ratio, use, pr in P["byp"]]
    # capacity
    rating, days, rtext, cuses = P["cap"]
    if P.get("vats"):
        nv, lv = P["vats"]
        m["capacity"] = nv * lv
    else:
        m["capacity"] = rating * days
    m["cap_out"] = [sum(m["out_use"][u][y] for u in cuses) for y in Y]
    m["cap_use"] = [round(m["cap_out"][y] / m["capacity"] * 100, 1) for y in Y]
    # revenue
    lines = []
    for p in prods:
        lines.append((p["label"], [r1(p["packs"][y] * p["prices"][y] / 1e6) for y in Y]))
    for k, lab, sh, price in P["uses"]:
        if price:
            lines.append((lab, [r1(alloc[k][y] * price[y] / 1e6) for y in Y]))
    for b in m["byp"]:
        lines.append((b["label"], [r1(b["qty"][y] * b["prices"][y] / 1e6) for y in Y]))
    for i, y, v in pl.get("rev", []):
        lab, vals = lines[i]
        vals = list(vals)
        vals[y] = v
        lines[i] = (lab, vals)
    m["rev_lines"] = lines
    rev = [r1(sum(v[y] for _, v in lines)) for y in Y]
    m["rev"] = rev
    # costs
    if P["raw_mode"] == "need":
        raw = [r1(sum(m["need"][u][y] for u in puses) * P["buy"][y] / 1e6) for y in Y]
    else:
        raw = [r1(sum(r[5][y] * r[4] for r in rows) / 1e6) for y in Y]
    pack = [r1(sum(p["packs"][y] * p["pc"] for p in prods) / 1e6) for y in Y]
    staff = [sum(n[y] for _, n in P["roles"]) for y in Y]
    wages = [r1(staff[y] * P["wage"][y] * 12) for y in Y]
    out_all = [sum(p["base"][y] for p in prods) for y in Y]
    energy = [r1(out_all[y] * P["energy"] / 1e6) for y in Y]
    sell = [r1(rev[y] * P["sell"]) for y in Y]
    tax = [r1(rev[y] * P["tax"]) for y in Y]
    fixed = sum(v for _, v, f in P["inv"] if f)
    dep = r1(fixed / P["life"])
    interest = [r1(P["loan"][y] * P["rate"]) for y in Y]
    other = [float(P["other"])] * 3
    m.update(staff=staff, out_all=out_all, fixed=fixed, dep=dep)
    costs = [("raw", raw), ("pack", pack), ("wages", wages), ("energy", energy), ("sell", sell),
             ("tax", tax), ("dep", [dep] * 3), ("interest", interest), ("other", other)]
    if not P["energy"]:
        costs = [c for c in costs if c[0] != "energy"]
    m["costs"] = costs
    cost = [r1(sum(v[y] for _, v in costs)) for y in Y]
    m["cost"] = cost
    profit = [r1(rev[y] - cost[y]) for y in Y]
    for y, v in pl.get("profit", []):
        profit[y] = v
    m["profit"] = profit
    m["margin"] = [round(profit[y] / rev[y] * 100, 1) for y in Y]
    m["inv"] = P["inv"]
    m["inv_total"] = sum(v for _, v, _ in P["inv"])
    m["caps"] = P["caps"]
    m["caps_total"] = sum(v for _, v in P["caps"])
    m["interest"] = interest
    true_pb = round(m["inv_total"] / (_mean(profit) + dep), 1)
    m["payback"] = pl.get("payback", true_pb)
    m["alloc_total"] = list(H)
    for y, v in pl.get("alloc_total", []):
        m["alloc_total"][y] = v
    return m


# ih10's planted 2027 profit: the true one plus about 30 %
PLANT["ih10"]["profit"] = [(0, r1(model("ih10", planted=False)["profit"][0] * 1.3 + 0.04))]



# --------------------------------------------------------------------------- tables
# Per plan: the allocation table's form, the unit of each processed use, captions and the tables
# (in the order the plan prints them; text tables - equipment, papers, schedule, competitors -
# are the plan's own and not listed here).
LAYOUT: dict[str, dict] = {
    "ih01": dict(price_k=True, hist_out="Dầu lạc", alloc="rows_top", pct_of="proc", pct_label="Tỷ lệ dành ép dầu (%)",
                 cap=dict(alloc="Phân bổ sản lượng lạc vỏ khô của vùng nguyên liệu theo mục đích sử dụng",
                          balance="Cân đối lạc nguyên liệu cho ép dầu")),
    "ih02": dict(hist_out="Mật ong đóng chai, mật ong nghệ", alloc="rows",
                 cap=dict(alloc="Phân chia mật ong thô thu hoạch theo mục đích sử dụng",
                          balance="Cân đối mật ong thô cho hai sản phẩm")),
    "ih03": dict(price_k=True, hist_out="Tinh bột nghệ", alloc="years_t", merge=[("Giữ giống, hao hụt", ["seed", "loss"])],
                 cap=dict(alloc="Phân bổ củ nghệ tươi theo năm và mục đích (tấn)",
                          balance="Cân đối củ nghệ tươi cho chế biến")),
    "ih04": dict(price_k=True, alloc="rows", hist_out="Chiếu, thảm, giỏ",
                 cap=dict(alloc="Sử dụng cói khô thu hoạch theo mục đích",
                          balance="Cân đối cói khô cho dệt chiếu và đan thảm, giỏ")),
    "ih05": dict(price_k=True, hist_out="Rượu nếp", alloc="rows_pct", balance=False,
                 cap=dict(alloc="Phân bổ gạo nếp cái hoa vàng thu hoạch theo mục đích")),
    "ih06": dict(hist_out="Chè búp khô", alloc="rows", noline=True,
                 cap=dict(alloc="Phân chia búp chè tươi thu hái trong năm",
                          balance="Cân đối búp chè tươi cho sao sấy")),
    "ih07": dict(price_k=True, hist_out="Khoai lang sấy dẻo", alloc="years_t", merge=[("Giống, hao hụt", ["seed", "loss"])],
                 cap=dict(alloc="Phân bổ khoai lang tươi theo năm và mục đích (tấn)",
                          balance="Cân đối khoai lang tươi cho sấy dẻo")),
    "ih08": dict(price_k=True, alloc="cong", uunit={"proc": "lít", "proc2": "kg"}, hist_out="Nước mắm",
                 cap=dict(alloc="Phân bổ sản lượng cá cơm theo mục đích sử dụng",
                          balance="Cân đối cá cơm cho nước mắm và cá khô")),
    "ih09": dict(hist_out="Tương ớt", alloc="rows", cap_rows=False,
                 cap=dict(alloc="Phân bổ ớt quả tươi theo mục đích sử dụng",
                          balance="Cân đối ớt tươi cho tương ớt và ớt bột")),
    "ih10": dict(price_k=True, hist_out="Tinh bột sắn dây", alloc="pct_kg",
                 cap=dict(alloc="Khối lượng củ sắn dây theo mục đích sử dụng",
                          alloc_pct="Tỷ lệ phân bổ củ sắn dây tươi theo năm",
                          balance="Cân đối củ sắn dây tươi cho lọc tinh bột")),
}

UNIT_WORD = {"kg": "kg", "lít": "lít", "chiếc": "chiếc"}
COST_LABEL = {"raw": None, "pack": "Bao bì, vật tư phụ", "wages": "Tiền lương, tiền công",
              "energy": "Điện, nước, nhiên liệu", "sell": "Bán hàng, vận chuyển",
              "tax": "Thuế, phí", "dep": "Khấu hao tài sản cố định", "interest": "Lãi vay",
              "other": "Chi phí khác"}


def N(v, d=None):
    """A numeric cell: (value, decimals); decimals None = as many as the value has (0 or 1)."""
    if d is None:
        d = 0 if abs(v - round(v)) < 1e-9 else 1
    return (v, d)


def cell_text(c) -> str:
    return c if isinstance(c, str) else fnum(c[0], c[1])


def use_label(m, k):
    return next(lab for kk, lab, _, _ in m["uses"] if kk == k)


def uunit(key, u):
    return LAYOUT[key].get("uunit", {}).get(u, PLANS[key]["unit"])


def tables(key: str, m: dict) -> dict:
    """Every numeric table of plan `key` as printed: kind -> dict(cap, unit, head, rows)."""
    P, L = PLANS[key], LAYOUT[key]
    Y = range(3)
    yh = ["2027", "2028", "2029"]
    T: dict[str, dict] = {}
    crop = P["crop"]
    cap = L["cap"]
    H = m["H"]
    # history
    h = P["hist"]
    T["hist"] = dict(cap="Kết quả sản xuất, kinh doanh giai đoạn 2024 – 2026", unit=None,
                     head=["Chỉ tiêu", "ĐVT", "2024", "2025", "2026"],
                     rows=[["Sản lượng thu hoạch", "kg"] + [N(x) for x in h["harvest"]],
                           [L.get("hist_out", "Sản phẩm chế biến"), P["unit"]] + [N(x) for x in h["out"]],
                           ["Doanh thu", "triệu đồng"] + [N(x, 1) for x in h["rev"]],
                           ["Lợi nhuận", "triệu đồng"] + [N(x, 1) for x in h["profit"]]])
    # sources
    rows = []
    for lab, cnt, word, yld, c, qty in m["src"]:
        scale = f"{fnum(cnt[0], 0 if cnt[0] == int(cnt[0]) else 1)} {word}" if len(set(cnt)) == 1 else \
            f"{fnum(cnt[0], 0 if cnt[0] == int(cnt[0]) else 1)} – {fnum(cnt[2], 0 if cnt[2] == int(cnt[2]) else 1)} {word}"
        rows.append([f"{lab} ({scale} × {fnum(yld)} kg)"] + [N(q) for q in qty])
    rows.append(["Tổng sản lượng thu hoạch"] + [N(x) for x in H])
    T["src"] = dict(cap=f"Nguồn {crop} và sản lượng thu hoạch dự kiến", unit="ĐVT: kg",
                    head=["Nguồn (quy mô × năng suất)"] + yh, rows=rows)
    # allocation
    form = L["alloc"]
    uses = m["uses"]
    if form in ("rows", "rows_top", "cong", "pct_kg"):
        rows = [[lab] + [N(m["alloc"][k][y]) for y in Y] for k, lab, _, _ in uses]
        if form == "rows_top":
            rows = [["Tổng sản lượng thu hoạch"] + [N(x) for x in H]] + rows
            if L.get("pct_of"):
                k = L["pct_of"]
                rows.append([L.get("pct_label", f"Tỷ lệ dành cho {use_label(m, k).lower()} (%)")]
                            + [N(x) for x in m["share"][k]])
        elif form == "cong":
            rows.append(["Cộng"] + [N(x) for x in m["alloc_total"]])
        else:
            rows.append(["Tổng sản lượng thu hoạch"] + [N(x) for x in H])
        T["alloc"] = dict(cap=cap["alloc"], unit="ĐVT: kg", head=["Mục đích sử dụng"] + yh, rows=rows)
        if form == "pct_kg":
            prow = [[lab] + [N(m["share"][k][y]) for y in Y] for k, lab, _, _ in uses]
            prow.append(["Cộng"] + [N(100)] * 3)
            T["alloc_pct"] = dict(cap=cap["alloc_pct"], unit="ĐVT: %", head=["Mục đích sử dụng"] + yh,
                                  rows=prow)
    elif form == "rows_pct":
        rows = [[lab, N(m["share"][k][0])] + [N(m["alloc"][k][y]) for y in Y] for k, lab, _, _ in uses]
        rows.append(["Tổng sản lượng thu hoạch", N(100)] + [N(x) for x in H])
        T["alloc"] = dict(cap=cap["alloc"], unit="ĐVT: kg", head=["Mục đích sử dụng", "Tỷ lệ (%)"] + yh,
                          rows=rows)
    elif form == "years_t":
        groups = []
        merged = {k for _, ks in L.get("merge", []) for k in ks}
        for k, lab, _, _ in uses:
            if k not in merged:
                groups.append((k, [k]))
        groups += [(lab, ks) for lab, ks in L.get("merge", [])]
        short = {"proc": None}
        head = ["Năm", "Thu hoạch"]
        for g, ks in groups:
            head.append(g if g not in m["alloc"] else SHORT[key][g])
        rows = []
        for y in Y:
            rows.append([f"Năm {yh[y]}", N(round(H[y] / 1000, 1), 1)]
                        + [N(round(sum(m["alloc"][k][y] for k in ks) / 1000, 1), 1) for _, ks in groups])
        T["alloc"] = dict(cap=cap["alloc"], unit="ĐVT: tấn", head=head, rows=rows)
    # balance
    if L.get("balance", True):
        rows = []
        for u in m["puses"]:
            ul = use_label(m, u)
            rows += [[f"{crop[0].upper() + crop[1:]} dành cho {ul[0].lower() + ul[1:]}"] + [N(x) for x in m["alloc"][u]],
                     ["Nhu cầu theo kế hoạch"] + [N(x) for x in m["need"][u]],
                     ["Còn dư dự phòng"] + [N(x) for x in m["spare"][u]]]
        T["balance"] = dict(cap=cap["balance"], unit="ĐVT: kg", head=["Chỉ tiêu"] + yh, rows=rows)
    # output
    rows = [[p["label"], p["word"]] + [N(x) for x in p["packs"]] for p in m["prods"]]
    if len(m["puses"]) == 1:
        u = m["puses"][0]
        rows.append(["Tổng sản lượng quy đổi", uunit(key, u)] + [N(x) for x in m["out_use"][u]])
    else:
        for u in m["puses"]:
            rows.append([f"Quy đổi: {OUTNAME[key][u]}", uunit(key, u)] + [N(x) for x in m["out_use"][u]])
    if L.get("cap_rows", True):
        cu = P["cap"][3]
        rows.append(["Công suất thiết kế", f"{uunit(key, cu[0])}/năm"] + [N(m["capacity"])] * 3)
        rows.append(["Tỷ lệ sử dụng công suất", "%"] + [N(x, 1) for x in m["cap_use"]])
    T["output"] = dict(cap="Kế hoạch sản lượng sản phẩm", unit=None,
                       head=["Sản phẩm", "ĐVT"] + yh, rows=rows)
    # prices
    # prices in đồng, or in nghìn đồng where the plan writes them so (k = 1000)
    k_, cur = (1000, "nghìn đồng") if L.get("price_k") else (1, "đồng")
    rows = [[p["label"], f"{cur}/{p['word']}"] + [N(x / k_) for x in p["prices"]] for p in m["prods"]]
    for k, lab, sh, price in uses:
        if price:
            rows.append([lab, f"{cur}/kg"] + [N(x / k_) for x in price])
    for b in m["byp"]:
        rows.append([b["label"], f"{cur}/kg"] + [N(x / k_) for x in b["prices"]])
    T["price"] = dict(cap="Giá bán dự kiến", unit=None, head=["Sản phẩm", "ĐVT"] + yh, rows=rows)
    # staff
    rows = [[r] + [N(x) for x in n] for r, n in P["roles"]]
    rows.append(["Tổng số lao động"] + [N(x) for x in m["staff"]])
    rows.append(["Lương bình quân (triệu đồng/tháng)"] + [N(x, 2) for x in P["wage"]])
    rows.append(["Quỹ lương (triệu đồng/năm)"] + [N(x, 1) for x in dict(m["costs"])["wages"]])
    T["staff"] = dict(cap="Lao động và tiền lương", unit=None, head=["Bộ phận"] + yh, rows=rows)
    # investment
    rows = [[lab, N(v), f"{P['life']} năm" if f else "–"] for lab, v, f in P["inv"]]
    rows.append(["Tổng vốn đầu tư", N(m["inv_total"]), ""])
    T["inv"] = dict(cap="Tổng vốn đầu tư", unit="ĐVT: triệu đồng",
                    head=["Hạng mục", "Thành tiền", "Khấu hao"], rows=rows)
    rows = [[lab, N(v), N(round(v / m["caps_total"] * 100, 1), 1)] for lab, v in P["caps"]]
    rows.append(["Tổng nguồn vốn", N(m["caps_total"]), N(100.0, 1)])
    T["caps"] = dict(cap="Cơ cấu nguồn vốn", unit="ĐVT: triệu đồng",
                     head=["Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    # revenue
    rows = [[lab] + [N(v[y], 1) for y in Y] for lab, v in m["rev_lines"]]
    rows.append(["Tổng doanh thu"] + [N(x, 1) for x in m["rev"]])
    T["rev"] = dict(cap="Doanh thu dự kiến", unit="ĐVT: triệu đồng", head=["Nguồn thu"] + yh, rows=rows)
    rows = []
    for k, v in m["costs"]:
        lab = COST_LABEL[k] or RAWLABEL[key]
        if k == "sell":
            lab += f" ({fnum(P['sell'] * 100, 0 if P['sell'] * 100 == int(P['sell'] * 100) else 1)} % doanh thu)"
        if k == "tax":
            lab += f" ({fnum(P['tax'] * 100, 1 if P['tax'] * 100 != int(P['tax'] * 100) else 0)} % doanh thu)"
        rows.append([lab] + [N(v[y], 1) for y in Y])
    rows.append(["Tổng chi phí"] + [N(x, 1) for x in m["cost"]])
    T["cost"] = dict(cap="Chi phí sản xuất kinh doanh", unit="ĐVT: triệu đồng", head=["Khoản mục"] + yh,
                     rows=rows)
    T["summary"] = dict(cap="Tổng hợp hiệu quả kinh tế", unit="ĐVT: triệu đồng", head=["Chỉ tiêu"] + yh,
                        rows=[["Doanh thu"] + [N(x, 1) for x in m["rev"]],
                              ["Tổng chi phí"] + [N(x, 1) for x in m["cost"]],
                              ["Lợi nhuận"] + [N(x, 1) for x in m["profit"]],
                              ["Tỷ suất lợi nhuận/doanh thu (%)"] + [N(x, 1) for x in m["margin"]]])
    for kind, c in cap.items():
        if kind in T:
            T[kind]["cap"] = c
    return T


# short column heads of the transposed allocation tables, names of the converted outputs,
# the raw-material cost line
SHORT = {"ih03": {"proc": "Tinh bột", "proc2": "Nghệ lát", "fresh": "Bán tươi"},
         "ih07": {"proc": "Sấy dẻo", "feed": "Chăn nuôi", "fresh": "Bán tươi"}}
OUTNAME = {"ih02": {"proc": "mật ong đóng chai", "proc2": "mật ong nghệ"},
           "ih03": {"proc": "tinh bột nghệ", "proc2": "nghệ khô lát"},
           "ih04": {"proc": "chiếu dệt máy", "proc2": "thảm, giỏ đan tay"},
           "ih08": {"proc": "nước mắm", "proc2": "cá cơm khô"},
           "ih09": {"proc": "tương ớt", "proc2": "ớt bột"}}
RAWLABEL = {"ih01": "Thu mua lạc nguyên liệu", "ih02": "Mật ong thô (đàn ong của hộ và thu mua)",
            "ih03": "Củ nghệ (vùng trồng và thu mua)", "ih04": "Cói khô (ruộng tổ viên và thu mua)",
            "ih05": "Gạo nếp (cánh đồng và hộ liên kết)", "ih06": "Búp chè tươi (đồi chè và thu mua)",
            "ih07": "Khoai lang (cánh đồng và thu mua)", "ih08": "Cá cơm tươi",
            "ih09": "Ớt quả tươi (ruộng tổ viên và thu mua)", "ih10": "Củ sắn dây (vùng trồng và thu mua)"}


def render(t: dict, n: int) -> str:
    """The Markdown of table `t` as plan table number n."""
    out = [f"**Bảng {n}. {t['cap']}**", ""]
    if t["unit"]:
        out.append(t["unit"])
    out.append("| " + " | ".join(t["head"]) + " |")
    out.append("|" + "---|" * len(t["head"]))
    for r in t["rows"]:
        out.append("| " + " | ".join(cell_text(c) for c in r) + " |")
    return "\n".join(out)


# --------------------------------------------------------------------------- prose figures
PCT_SPACE = {"ih02": False, "ih06": False, "ih09": False}  # these plans write "42%", the others "42 %"


def pct(key: str, v: float) -> str:
    return fnum(v, 0 if v == int(v) else 1) + ("%" if not PCT_SPACE.get(key, True) else " %")


def facts(key: str, m: dict) -> dict[str, str]:
    """The figures the plan's prose repeats, as it writes them (from the printed model)."""
    P = PLANS[key]
    pu = m["puses"][0]
    un = uunit(key, pu)
    p0 = m["prods"][0]
    norm = p0["norm"] * (1 if P["unit"] != "chiếc" else 1)
    F = {
        "H0": f"{fnum(m['H'][0])} kg", "H2": f"{fnum(m['H'][2])} kg",
        "A0": f"{fnum(m['alloc'][pu][0])} kg", "S0": pct(key, m["share"][pu][0]),
        "N0": f"{fnum(m['need'][pu][0])} kg",
        "NORM": f"{fnum(norm, 0 if norm == int(norm) else (2 if norm * 10 != int(norm * 10) else 1))} kg",
        "OUT0": f"{fnum(m['out_use'][pu][0])} {un}", "OUT2": f"{fnum(m['out_use'][pu][2])} {un}",
        "P0": f"{fnum(p0['prices'][0])} đồng/{p0['word']}",
        "REV0": f"{fnum(m['rev'][0], 1)} triệu đồng", "REV2": f"{fnum(m['rev'][2], 1)} triệu đồng",
        "PROF0": f"{fnum(m['profit'][0], 1)} triệu đồng",
        "INV": f"{fnum(m['inv_total'])} triệu đồng", "PB": f"{fnum(m['payback'], 1)} năm",
        "L0": f"{m['staff'][0]} lao động", "DEP": f"{fnum(m['dep'], 1)} triệu đồng",
        "FRESH0": pct(key, m["share"][m["rem"]][0]),
    }
    F["CAP"] = f"{fnum(m['capacity'])} {uunit(key, P['cap'][3][0])}"
    if key != "ih05":
        F["SP0"] = f"{fnum(m['spare'][pu][0])} kg"
    for u in m["puses"][1:]:
        F["A0_" + u] = f"{fnum(m['alloc'][u][0])} kg"
        F["OUT0_" + u] = f"{fnum(m['out_use'][u][0])} {uunit(key, u)}"
    if key in TEXT_FIGURE:
        F["TXT"] = TEXT_FIGURE[key][1]
    return F


# figure-inconsistent (ih09): the prose states the tonnage set aside for the sauce in 2027
# differently from the allocation table: (true kg from the table, the prose's wording)
TEXT_FIGURE = {"ih09": (None, "24.000 kg ớt tươi")}


# --------------------------------------------------------------------------- checks
class Plan(plancheck.Plan):
    src = HERE / "src"


STEMS = {
    "ih01": "ih01_dau_lac_dong_loc_htx", "ih02": "ih02_mat_ong_vu_quang_hkd",
    "ih03": "ih03_tinh_bot_nghe_son_tay_ctcp", "ih04": "ih04_chieu_coi_dan_hai_tht",
    "ih05": "ih05_ruou_nep_cai_dong_tien_htx", "ih06": "ih06_che_bup_huong_binh_hkd",
    "ih07": "ih07_khoai_lang_say_deo_cam_hung_cty", "ih08": "ih08_nuoc_mam_ca_com_nhuong_ban_htx",
    "ih09": "ih09_tuong_ot_thien_loc_tht", "ih10": "ih10_tinh_bot_san_day_ha_linh_ctcp",
    "ih11": "ih11_mut_vo_buoi_so_sai", "ih12": "ih12_muoi_vung_so_sai",
}
READY = ("ih01", "ih02", "ih03", "ih04")
_CAPTION = re.compile(r"^\**Bảng (\d+)\. (.+?)\**$")


def md_tables(body: str) -> dict[str, list[list[str]]]:
    """caption -> the table's rows (header and separator dropped) as printed in the source."""
    out: dict[str, list[list[str]]] = {}
    cap, rows, seen_head = None, None, False
    for line in body.splitlines():
        s = line.strip()
        if mm := _CAPTION.match(s):
            cap, rows, seen_head = mm.group(2).strip(), [], False
            out[cap] = rows
            continue
        if s.startswith("|") and rows is not None:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue
            if not seen_head:
                seen_head = True
                continue
            rows.append(cells)
        elif s and not s.startswith(":::") and not s.startswith("ĐVT") and rows:
            rows = None
    return out


def cell_ok(exp, got: str) -> bool:
    if isinstance(exp, str):
        return exp == got
    try:
        v = vn(got)
    except ValueError:
        return False
    return close(v, exp[0]) or abs(v - exp[0]) <= 0.11


def check_tables(p: Plan, key: str, m: dict) -> None:
    md = md_tables(p.body)
    for kind, t in tables(key, m).items():
        rows = md.get(t["cap"])
        if rows is None:
            p.failures.append(f"table not found: {t['cap']!r}")
            continue
        if len(rows) != len(t["rows"]):
            p.failures.append(f"{t['cap']!r}: {len(rows)} rows, model has {len(t['rows'])}")
            continue
        for er, gr in zip(t["rows"], rows):
            if len(er) != len(gr):
                p.failures.append(f"{t['cap']!r} row {gr[0]!r}: {len(gr)} cells, model {len(er)}")
                continue
            for ec, gc in zip(er, gr):
                if not cell_ok(ec, gc):
                    p.failures.append(f"{t['cap']!r} row {er[0]!r}: printed {gc!r}, model {cell_text(ec)!r}")


def pct_off(a: float, b: float) -> float:
    return (a / b - 1) * 100


def check_numbers(p: Plan, key: str, m: dict, t: dict) -> None:
    """The plan's arithmetic: printed model m against the true model t."""
    Y = range(3)
    P = PLANS[key]
    ck = p.check
    # harvest = sum of count x yield; allocation adds up to the harvest
    for y in Y:
        ck(t["H"][y] == sum(r10(c[y] * yl) for _, c, _, yl, _ in P["src"]), f"harvest {YEARS[y]}")
        ck(sum(t["alloc"][k][y] for k in t["alloc"]) == t["H"][y], f"allocation {YEARS[y]} adds up")
    # the printed "Cộng" of ih08's allocation table (planted), the rest equal to the harvest
    for y in Y:
        if key == "ih08" and y == 1:
            ck(off(m["alloc_total"][y], t["H"][y]),
               f"ih08 planted Cộng {m['alloc_total'][y]} vs {t['H'][y]}: not > 5 % off")
        else:
            ck(m["alloc_total"][y] == t["H"][y], f"allocation total {YEARS[y]}")
    # raw material of each processed product against its own share
    for u in t["puses"]:
        for y in Y:
            need, al = t["need"][u][y], t["alloc"][u][y]
            if key == "ih05" and y > 0:
                ck(need > al * 1.05, f"ih05 planted shortfall {YEARS[y]}: need {need} vs share {al}")
                ck(need < t["H"][y] * 0.5, "ih05: the whole harvest would cover the need")
            else:
                ck(al >= need * 1.03, f"{u} {YEARS[y]}: share {al} does not cover need {need} + 3 %")
    # capacity
    for y in Y:
        use = t["cap_out"][y] / t["capacity"] * 100
        if key == "ih09" and y > 0:
            ck(use > 105, f"ih09 planted capacity {YEARS[y]}: {use:.1f} %")
        elif key == "ih09":
            ck(use <= 92, f"ih09 2027 capacity {use:.1f} %")
        elif key in READY:
            ck(use <= 85, f"capacity {YEARS[y]} {use:.1f} % > 85 %")
        else:
            ck(use <= 90, f"capacity {YEARS[y]} {use:.1f} % > 90 %")
    # revenue lines = packs x price (fresh = share x price, by-products = ratio x processed)
    for i, (lab, vals) in enumerate(m["rev_lines"]):
        for y in Y:
            tv = t["rev_lines"][i][1][y]
            if key == "ih06" and (i, y) == (0, 1):
                ck(off(vals[y], tv), f"ih06 planted revenue line {vals[y]} vs {tv}: not > 5 % off")
            else:
                ck(close(vals[y], tv), f"revenue line {lab} {YEARS[y]}: {vals[y]} vs {tv}")
    for i, p0 in enumerate(t["prods"]):
        for y in Y:
            ck(abs(t["rev_lines"][i][1][y] - p0["packs"][y] * p0["prices"][y] / 1e6) <= 0.06, "revenue = packs x price")
    # profit = revenue - cost
    for y in Y:
        ck(abs(m["rev"][y] - sum(v[y] for _, v in m["rev_lines"])) <= 0.11, f"revenue total {YEARS[y]}")
        ck(abs(m["cost"][y] - sum(v[y] for _, v in m["costs"])) <= 0.11, f"cost total {YEARS[y]}")
        calc = m["rev"][y] - m["cost"][y]
        if key == "ih10" and y == 0:
            ck(off(m["profit"][y], calc), f"ih10 planted profit {m['profit'][y]} vs {calc:.1f}: not > 5 % off")
            ck(off(m["profit"][y], t["profit"][y]), "ih10 planted profit vs true")
        else:
            ck(abs(m["profit"][y] - calc) <= 0.11, f"profit {YEARS[y]}: {m['profit'][y]} vs {calc:.1f}")
        ck(5 <= t["margin"][y] <= 45, f"true margin {YEARS[y]} {t['margin'][y]} %")
    # sources and investment
    ck(sum(v for _, v, _ in P["inv"]) == t["inv_total"], "investment items add up")
    if key == "ih07":
        ck(off(t["caps_total"], t["inv_total"]),
           f"ih07 planted sources {t['caps_total']} vs investment {t['inv_total']}: not > 5 % off")
    else:
        ck(t["caps_total"] == t["inv_total"], f"sources {t['caps_total']} != investment {t['inv_total']}")
    ck(P["loan"][0] == next((v for lab, v in P["caps"] if lab.startswith("Vay")), P["loan"][0]) or key == "ih08",
       "loan balance = the loan source")
    # payback = investment / (average printed profit + depreciation)
    pb_printed_basis = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    pb_true = t["inv_total"] / (sum(t["profit"]) / 3 + t["dep"])
    if key == "ih05":
        ck(off(m["payback"], pb_true), f"ih05 planted payback {m['payback']} vs {pb_true:.2f}: not > 5 % off")
    else:
        ck(abs(m["payback"] - pb_printed_basis) <= 0.06, f"payback {m['payback']} vs {pb_printed_basis:.2f}")
    if key in ("ih06", "ih10"):  # tolerated knock-on: the stated payback follows the inflated profit
        ck(m["payback"] < pb_true - 0.04, f"{key} knock-on payback {m['payback']} vs {pb_true:.2f}")
    # growth
    o = t["out_use"][t["puses"][0]]
    g = [o[y] / o[y - 1] - 1 for y in (1, 2)]
    rg = [t["rev"][y] / t["rev"][y - 1] - 1 for y in (1, 2)]
    hist = P["hist"]
    ck(o[0] <= hist["out"][2] * 1.25, f"2027 output {o[0]} vs 2026 {hist['out'][2]}")
    if key == "ih10":
        ck(g[0] >= 0.9 and g[1] >= 0.5, f"ih10 planted growth {g}")
        ck(len({sum(n[y] for _, n in P["roles"]) for y in Y}) == 1, "ih10: staff unchanged")
        ck(rg[0] > 0.25, "ih10 revenue growth")
    else:
        ck(max(g) <= 0.21, f"output growth {g}")
        ck(max(rg) <= 0.35, f"revenue growth {rg}")
    if key == "ih09":
        ck(len({sum(n[y] for _, n in P["roles"]) for y in Y}) == 1, "ih09: staff unchanged")
    for y in range(3):
        h_m = hist["profit"][y] / hist["rev"][y]
        ck(0.05 <= h_m <= 0.3, f"history margin {HIST_YEARS[y]}")
    # figure-inconsistent (ih09): the prose's 2027 tonnage for the sauce against the table
    if key == "ih09":
        txt = vn(TEXT_FIGURE["ih09"][1].split()[0])
        ck(off(txt, t["alloc"]["proc"][0]), f"ih09 planted text figure {txt} vs {t['alloc']['proc'][0]}")
        ck(txt >= t["need"]["proc"][0], "ih09 text figure covers the need")


# textual checks: (snippets that must be there, (pattern, what) that must not)
NO_LABEL = [(r"nhãn(?! hiệu)", "label"), (r"(?<!\w)tem(?!\w)", "stamp"), (r"mã vạch", "barcode"),
            (r"43/2017|111/2021", "labelling decree")]
NO_QC = [(r"truy xuất|nhật ký|(?<!\w)QR(?!\w)|(?<!\w)lô(?!\w)|lưu mẫu|kiểm soát|định kỳ", "quality control")]
TEXT: dict[str, dict] = {
    "ih01": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "truy xuất",
                      "đăng ký môi trường", "Đến 11/01/2030"]),
    "ih02": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "truy xuất",
                      "không ghi công dụng chữa bệnh", "Đến 15/02/2030"]),
    "ih03": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "truy xuất",
                      "đăng ký môi trường", "không quảng cáo công dụng chữa bệnh", "đến 20/01/2030"]),
    "ih04": dict(has=["không phải thực phẩm", "TCCS", "thử nghiệm", "nhãn hiệu", "truy xuất",
                      "Đăng ký môi trường", "bể lắng"]),
    "ih05": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "nhãn hiệu", "đăng ký môi trường",
                      "bảo đảm đủ gạo cho kế hoạch rượu cả giai đoạn", "hợp đồng bao tiêu"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence"),
                        (r"Cân đối", "balance table")]),
    "ih06": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "::: không kẻ"],
                 lacks=NO_LABEL + NO_QC),
    "ih07": dict(has=["TCCS", "tự công bố", "thử nghiệm", "43/2017", "nhãn hiệu", "truy xuất",
                      "đăng ký môi trường", "bảo đảm đủ cho nhu cầu đầu tư"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|ISO 22000",
                         "food safety")]),
    "ih08": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
                      "an toàn thực phẩm", "TCCS"],
                 lacks=[(r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)",
                         "environment"), (r"148/QĐ-TTg|1489", "current programme")]),
    "ih09": dict(has=["an toàn thực phẩm", "43/2017", "nhãn hiệu", "truy xuất", "không phải mua thêm nồi nấu",
                      "giữ nguyên 10 người"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
                         "product standard"), (r"Tỷ lệ sử dụng công suất", "capacity row")]),
    "ih10": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "43/2017", "truy xuất", "giữ nguyên",
                      "còn rất lớn"],
                 lacks=[(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "trademark")]),
    "ih11": dict(has=["9.000 quả", "300 kg", "180.000 đồng/kg", "50 triệu đồng", "54 triệu đồng"],
                 lacks=[(r"đăng ký kinh doanh|mã số thuế|an toàn thực phẩm|tiêu chuẩn|nhãn|truy xuất|môi trường",
                         "paper")]),
    "ih12": dict(has=["1.200 kg", "2.000 hũ", "35.000 đồng/hũ", "70 triệu đồng", "30 triệu đồng",
                      "đã đăng ký kinh doanh"],
                 lacks=[(r"an toàn thực phẩm|tiêu chuẩn|nhãn|truy xuất|môi trường|công bố", "paper")]),
}


def check_text(p: Plan, key: str) -> None:
    spec = TEXT[key]
    p.has(*spec.get("has", []))
    for pat, what in spec.get("lacks", []):
        p.lacks(pat, what)
    p.lacks(PLACEHOLDER, "template placeholder")
    if key != "ih08":
        p.lacks(REPLACED, "outdated instrument")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017", "111/2021")
        for mm in re.finditer(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body, re.I):
            p.check(int(mm.group(3)) >= 2030, f"paper valid only to {mm.group(0)}")
    if key == "ih07":
        p.check(p.count("Công ty TNHH Thực phẩm Phúc An") >= 3, "ih07: the other company named 3 times")
        p.check(p.count("Công ty TNHH Nông sản Thiên Hưng") >= 2, "ih07: own name")


def words(p: Plan) -> int:
    return len(re.findall(r"\w+", p.body.replace("**", "")))


def check_plan(key: str) -> Plan:
    p = Plan(STEMS[key])
    if key in PLANS:
        m, t = model(key), model(key, planted=False)
        check_tables(p, key, m)
        check_numbers(p, key, m, t)
        for k, v in facts(key, m).items():
            if v not in p.body:
                p.failures.append(f"prose figure {k} {v!r} not found")
        n = len(md_tables(p.body))
        p.check(10 <= n <= 15, f"{n} tables")
    else:
        p.check(not p.rows, "sketchy plan has a table")
        n = words(p)
        p.check(150 <= n <= 350, f"sketchy plan has {n} words")
    check_text(p, key)
    return p


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    return plancheck.report([check_plan(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
