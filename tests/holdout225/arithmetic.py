"""Holdout set 225 (stem prefix `hr`): every number of the twelve plans recomputed.

    .venv/bin/python tests/holdout225/arithmetic.py [hr01 hr05 ...]

The plans round what they print: money to the nearest million đồng ("tr"), to the nearest ten
million ("tr10", cells ending in 0, or "ty2", tỷ with two decimals) or to one decimal of a tỷ
("ty1"), and percentages to whole numbers. Every total is the rounded value of the exact total,
not the sum of the rounded parts, so a printed total may differ from the sum of its printed parts
by rounding alone (up to half a unit per part); the check below proves that it does in every full
plan. `model()` holds the exact figures: output = packs x pack size, revenue = packs x price,
raw-material need = output x norm against supply = count x yield, capacity = rating x days, wage
fund = staff x wage x 12, cost lines from their drivers, depreciation = fixed assets / life,
interest = loan balance x rate, profit = revenue - cost, payback = investment / (mean profit +
depreciation). Each printed cell is read back from the plan's source (tables found by their
caption) and must equal the exact figure rounded to the plan's precision (within half a unit);
planted numeric defects must be wrong by more than 5 % and by at least five rounding units, with
the true value computed beside them. Textual defects are asserted through the absence or presence
of their words. Sketchy plans: 150-350 words, no table.
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
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- rounding
# precision -> (size of one printed unit in đồng, display divisor, decimals)
PREC = {"tr": (1e6, 1e6, 0), "tr10": (1e7, 1e6, 0), "ty1": (1e8, 1e9, 1), "ty2": (1e7, 1e9, 2)}


def rnd(v: float, prec: str) -> float:
    """The exact amount v (đồng) as the plan prints it, in the display unit (triệu or tỷ)."""
    unit, div, _ = PREC[prec]
    q = Decimal(repr(v / unit)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return float(q) * unit / div


def vnf(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    q = Decimal(repr(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    s = f"{abs(q):,.{dec}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if q < 0 else "") + s


def show(v: float, prec: str) -> str:
    return vnf(rnd(v, prec), PREC[prec][2])


def pct(x: float) -> int:
    """A share (0.237) as a whole percentage (24)."""
    return int(Decimal(repr(x * 100)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def within(printed: float, exact: float, prec: str) -> bool:
    """printed (display unit) is exact (đồng) rounded to prec, within half a unit."""
    unit, div, _ = PREC[prec]
    return abs(printed * div - exact) <= unit / 2 + 1


def wrong(printed: float, exact: float, prec: str) -> bool:
    """A planted figure: off by more than 5 % and by at least five printed units."""
    unit, div, _ = PREC[prec]
    return off(printed * div, exact) and abs(printed * div - exact) >= 5 * unit


# --------------------------------------------------------------------------- constants
# unit: base unit of output; products: (label, pack word, size in base units, [price đ x3],
#   [packs x3]); hist: output 2024-2026 (base units), average price đ per base unit, margin;
# raws: (label, unit, norm per base unit (or per pack of each product), price đ per unit,
#   supply rows (label, [count x3], count word, yield per count));
# cap: (rating per day in base units, days, rating text, products bound or None);
# roles: (role, [staff x3]); wage: monthly wage (triệu) x3; packc: đ per pack of each product;
# energy, sell, piece: đ per base unit (piece: hand work paid by the piece); tax: share of revenue;
# inv: (label, đồng, fixed?); src: (label, đồng); life: years; loan: balance (triệu) x3, rate;
# other: triệu a year; prec: precision of the detail tables and of the summary table.
PLANS: dict[str, dict] = {
    "hr01": dict(
        unit="kg",
        products=[("Bánh ram ít cấp đông, hộp 10 chiếc (450 g)", "hộp", 0.45,
                   [56000, 58000, 60000], [32400, 35600, 38800]),
                  ("Bánh ram ít cấp đông, túi 30 chiếc (1,35 kg)", "túi", 1.35,
                   [152000, 156000, 160000], [5300, 6100, 6900]),
                  ("Bánh ít lá gai nhân dừa, hộp 8 chiếc (400 g)", "hộp", 0.4,
                   [44000, 45000, 46000], [12700, 14100, 15500])],
        hist=dict(out=[21400, 23300, 24900], price=[108300, 112600, 116900],
                  margin=[0.082, 0.088, 0.091]),
        raws=[("Gạo nếp cái", "kg", 0.42, 27500,
               [("Hộ trồng nếp thôn Bình Hòa", [22, 22, 22], "hộ", 420),
                ("Hộ trồng nếp thôn Đông Thịnh", [16, 16, 16], "hộ", 400)]),
              ("Đậu xanh, dừa nạo", "kg", 0.09, 46000,
               [("Hộ trồng đậu, dừa thôn Bãi Ngang", [24, 24, 24], "hộ", 140)]),
              ("Thịt lợn, tôm đất", "kg", 0.11, 142000,
               [("Cơ sở giết mổ Tân Lộc (hợp đồng)", [1, 1, 1], "cơ sở", 2600),
                ("Hộ đánh bắt tôm đất ven sông", [18, 18, 18], "hộ", 90)])],
        cap=(135, 300, "135 kg bánh/ngày", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, nấu nhân", [4, 4, 5]),
               ("Nặn bánh, chiên, cấp đông", [6, 7, 7]), ("Đóng gói, kho lạnh", [2, 2, 2]),
               ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8],
        packc=[4800, 9600, 4300], energy=5400, sell=6900, tax=0.015,
        inv=[("Tủ cấp đông gió 300 kg/mẻ", 386_500_000, True),
             ("Kho lạnh bảo quản 20 m³", 248_300_000, True),
             ("Máy định hình bánh bán tự động", 164_800_000, True),
             ("Cải tạo xưởng theo nguyên tắc một chiều", 215_600_000, True),
             ("Bao bì, mã vạch, tem truy xuất", 42_700_000, False),
             ("Vốn lưu động", 300_000_000, False)],
        src=[("Vốn chủ sở hữu", 807_900_000),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 550_000_000)],
        life=10, loan=[550, 420, 290], rate=0.08, other=[64, 66, 68],
        prec=("tr", "ty1")),
    "hr02": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 3 g", "hộp", 0.09,
                   [52000, 54000, 56000], [21500, 23800, 26200]),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5,
                   [135000, 138000, 142000], [3700, 4100, 4500]),
                  ("Cà gai leo khô, bao 2 kg cho nhà thuốc", "bao", 2,
                   [480000, 490000, 505000], [350, 400, 450])],
        hist=dict(out=[3550, 3880, 4200], price=[352000, 361000, 372000],
                  margin=[0.11, 0.12, 0.125]),
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 4.2, 14000,
               [("Vườn cà gai leo của hợp tác xã", [2, 2, 2], "ha", 7000),
                ("Hộ thành viên thôn Trung Tiến", [18, 18, 18], "hộ", 700)])],
        cap=(26, 260, "26 kg khô/ngày", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, sao, đóng túi lọc", [2, 3, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.6, 5.9, 6.2],
        packc=[9500, 3800, 9000], energy=14000, sell=30000, tax=0.015,
        inv=[("Nhà sơ chế, sấy 80 m²", 238_400_000, True),
             ("Máy sấy bơm nhiệt", 186_700_000, True),
             ("Máy đóng gói trà túi lọc", 254_900_000, True),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 36_800_000, False),
             ("Bao bì, tem QR", 27_300_000, False),
             ("Vốn lưu động", 250_000_000, False)],
        src=[("Vốn góp của thành viên", 394_100_000),
             ("Quỹ phát triển của hợp tác xã", 150_000_000),
             ("Vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 450_000_000)],
        life=10, loan=[450, 350, 250], rate=0.06, other=[90, 94, 98],
        prec=("tr10", "tr10")),
    "hr03": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 700 g", "chai", 0.7,
                   [196000, 202000, 208000], [3800, 4200, 4600]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0,
                   [215000, 220000, 226000], [1450, 1600, 1750]),
                  ("Mật ong hoa keo, can 3 kg", "can", 3.0,
                   [585000, 600000, 615000], [180, 200, 220])],
        hist=dict(out=[3900, 4150, 4400], price=[232000, 238000, 243000],
                  margin=[0.13, 0.14, 0.14]),
        raws=[("Mật ong thô", "kg", 1.06, 95000,
               [("Đàn ong của hộ", [270, 290, 310], "đàn", 12),
                ("Hộ nuôi ong liên kết thôn Khe Cò", [28, 30, 32], "hộ", 100)])],
        cap=(40, 220, "40 kg/mẻ, 1 mẻ/ngày", None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [1, 2, 2]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.2, 5.5, 5.8],
        packc=[7800, 8500, 21000], energy=2600, sell=9500, tax=0.015,
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 148_600_000, True),
             ("Bồn inox, máy lọc, máy quay mật", 72_600_000, True),
             ("Bổ sung 40 đàn ong giống và thùng", 58_600_000, True),
             ("Phòng lọc, đóng chai 35 m²", 126_500_000, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 38_700_000, False),
             ("Vốn lưu động", 220_000_000, False)],
        src=[("Vốn tự có của hộ", 365_000_000),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300_000_000)],
        life=8, loan=[300, 200, 100], rate=0.085, other=[24, 25, 26],
        prec=("tr", "tr")),
    "hr04": dict(
        unit="chiếc",
        products=[("Giỏ lục bình tròn có quai, Ø 30 cm", "chiếc", 1,
                   [145000, 149000, 153000], [5200, 5700, 6200]),
                  ("Khay lục bình chữ nhật 40 × 30 cm", "chiếc", 1,
                   [98000, 101000, 104000], [4300, 4700, 5100]),
                  ("Thảm lục bình tròn Ø 60 cm", "chiếc", 1,
                   [165000, 170000, 175000], [1600, 1800, 2000]),
                  ("Túi xách lục bình nữ", "chiếc", 1,
                   [210000, 216000, 222000], [900, 1000, 1100])],
        hist=dict(out=[9800, 10600, 11300], price=[124000, 128000, 131000],
                  margin=[0.10, 0.105, 0.11]),
        raws=[("Lục bình khô", "kg", [0.55, 0.45, 1.2, 0.5], 16000,
               [("Tổ viên tự vớt, phơi", [12, 12, 12], "hộ", 450),
                ("Cơ sở thu mua lục bình Cẩm Bình", [1, 1, 1], "hợp đồng", 4500)]),
              ("Quai, khung, vải lót, chỉ", "bộ", [1, 1, 1, 1], 9500,
               [("Cửa hàng vật tư Hưng Phát", [1, 1, 1], "hợp đồng", 16000)])],
        cap=(60, 300, "30 thợ × 2 chiếc/ngày", None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Sơ chế, phơi, sấy lục bình", [3, 3, 3]),
               ("Kiểm hàng, đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.6],
        packc=[3500, 3000, 4500, 6000], energy=1200, sell=6500, piece=38000, tax=0.01,
        inv=[("Nhà xưởng, kho 150 m²", 312_400_000, True),
             ("Lò sấy lục bình chống mốc", 96_800_000, True),
             ("Bể nhuộm và bể lắng nước nhuộm", 48_600_000, True),
             ("Máy ép, máy may công nghiệp", 63_900_000, True),
             ("Mẫu mã, thẻ treo, nhãn hiệu", 41_200_000, False),
             ("Vốn lưu động", 180_000_000, False)],
        src=[("Vốn góp của tổ viên", 442_900_000),
             ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 300_000_000)],
        life=10, loan=[300, 220, 140], rate=0.066, other=[30, 32, 34],
        prec=("tr", "ty2")),
    "hr05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5,
                   [92000, 95000, 98000], [17200, 19600, 22000]),
                  ("Rượu nếp sim 29 độ, bình sứ 1,5 lít", "bình", 1.5,
                   [285000, 292000, 300000], [1300, 1500, 1700]),
                  ("Rượu sim ngâm 25 độ, chai 700 ml", "chai", 0.7,
                   [148000, 152000, 156000], [2100, 2400, 2700])],
        hist=dict(out=[9600, 10400, 11200], price=[168000, 172000, 176000],
                  margin=[0.11, 0.12, 0.125]),
        raws=[("Gạo nếp cái", "kg", 1.1, 26000,
               [("Ruộng nếp của thành viên", [26, 26, 26], "hộ", 480),
                ("Hộ trồng nếp thôn Trung Sơn", [14, 14, 14], "hộ", 500)]),
              ("Quả sim chín", "kg", 0.45, 32000,
               [("Đồi sim của hợp tác xã", [6, 6, 6], "ha", 900),
                ("Hộ hái sim trên đồi trồng", [30, 30, 30], "hộ", 80)])],
        cap=(80, 250, "2 nồi × 40 lít/ngày", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 5]),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 2, 2])],
        wage=[5.8, 6.1, 6.4],
        packc=[7500, 42000, 9800], energy=6500, sell=12000, tax=0.02,
        inv=[("Kho hạ thổ, ủ rượu 80 m²", 264_800_000, True),
             ("Hệ thống lọc, khử andehit", 218_600_000, True),
             ("Máy chiết rót, đóng nắp", 146_300_000, True),
             ("Chum sành, bình ủ 200 lít", 92_700_000, True),
             ("Hầm biogas, bể chứa bỗng", 86_400_000, True),
             ("Thiết kế bao bì, nhãn, tem", 48_900_000, False),
             ("Vốn lưu động", 320_000_000, False)],
        src=[("Vốn góp của thành viên", 480_000_000),
             ("Quỹ phát triển của hợp tác xã", 150_000_000),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400_000_000)],
        life=10, loan=[400, 300, 200], rate=0.08, other=[50, 52, 54],
        prec=("tr10", "tr10")),
    "hr06": dict(
        unit="kg",
        products=[("Mắm tôm Lộc Hải, hũ 250 g", "hũ", 0.25,
                   [28000, 29000, 30000], [46000, 50000, 54000]),
                  ("Mắm tôm Lộc Hải, hũ 500 g", "hũ", 0.5,
                   [52000, 54000, 56000], [18500, 20000, 21500]),
                  ("Mắm tôm đặc, can 2 kg", "can", 2,
                   [178000, 184000, 190000], [1900, 2100, 2300])],
        hist=dict(out=[19800, 21200, 22700], price=[96000, 99000, 102000],
                  margin=[0.10, 0.105, 0.11]),
        raws=[("Tôm moi tươi", "kg", 1.05, 38000,
               [("Tàu thuyền của ngư dân liên kết", [12, 12, 12], "tàu", 2200),
                ("Vựa hải sản bến Cửa Sót (hợp đồng)", [2, 2, 2], "vựa", 4000)]),
              ("Muối hạt sạch", "kg", 0.2, 4000,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 7000)])],
        cap=(800, 45, "45 chum, bể × 800 kg/năm", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, sơ chế, muối chượp", [3, 3, 4]),
               ("Phơi, đảo, ủ chượp", [2, 2, 2]), ("Đóng hũ, kho", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        packc=[3200, 4600, 12000], energy=1500, sell=5800, tax=0.015,
        inv=[("Nhà xưởng ủ chượp 200 m²", 356_200_000, True),
             ("Chum, bể inox ủ chượp (45 chiếc)", 167_400_000, True),
             ("Máy xay, máy chiết rót, đóng nắp", 138_900_000, True),
             ("Sân phơi có mái che", 92_600_000, True),
             ("Bao bì, mã vạch", 35_800_000, False),
             ("Vốn lưu động", 300_000_000, False)],
        src=[("Vốn chủ sở hữu", 590_900_000),
             ("Vay Ngân hàng thương mại cổ phần Công Thương", 500_000_000)],
        life=10, loan=[500, 400, 300], rate=0.08, other=[55, 57, 59],
        prec=("tr", "ty1")),
    "hr07": dict(
        unit="chiếc",
        products=[("Hộp đựng trà gỗ xoan đào khắc hoa văn", "chiếc", 1,
                   [520000, 535000, 550000], [1560, 3120, 5150]),
                  ("Khay trà gỗ mít nguyên tấm", "chiếc", 1,
                   [780000, 800000, 820000], [820, 1640, 2700]),
                  ("Bộ đũa, thìa gỗ quà tặng (hộp)", "hộp", 1,
                   [145000, 149000, 153000], [2300, 4600, 7600])],
        hist=dict(out=[4100, 4300, 4500], price=[352000, 360000, 368000],
                  margin=[0.12, 0.12, 0.125]),
        raws=[("Gỗ xoan đào, gỗ mít xẻ sấy", "m³", [0.0045, 0.012, 0.0015], 16_000_000,
               [("Xưởng gỗ Thịnh Phát (hợp đồng)", [1, 1, 1], "hợp đồng", 80)]),
              ("Dầu lau, vecni gốc nước, giấy nhám", "bộ", [1, 1, 1], 9000,
               [("Cửa hàng vật tư Minh Tâm", [1, 1, 1], "hợp đồng", 20000)])],
        cap=None,
        roles=[("Trưởng nhóm, sổ sách", [1, 1, 1]), ("Thợ cắt, pha gỗ", [2, 2, 2]),
               ("Thợ chạm khắc, tiện", [4, 4, 4]), ("Thợ đánh bóng, đóng hộp", [2, 2, 2])],
        wage=[7.0, 7.3, 7.6],
        packc=[18000, 22000, 15000], energy=12000, sell=20000, tax=0,
        inv=[("Máy cưa, bào liên hợp", 86_500_000, True),
             ("Máy tiện gỗ, máy khoan, máy chà nhám", 64_800_000, True),
             ("Hệ thống hút bụi, buồng sơn có màng lọc", 58_300_000, True),
             ("Cải tạo xưởng 120 m²", 94_700_000, True),
             ("Thiết kế mẫu, hộp quà, thẻ treo", 28_600_000, False),
             ("Vốn lưu động", 250_000_000, False)],
        src=[("Vốn góp của các hộ", 382_900_000),
             ("Vay Ngân hàng Chính sách xã hội (các hộ đứng vay)", 200_000_000)],
        life=8, loan=[200, 150, 100], rate=0.066, other=[20, 22, 24],
        prec=("tr", "ty1")),
    "hr08": dict(
        unit="kg",
        products=[("Chè búp khô đặc biệt, túi 200 g", "túi", 0.2,
                   [82000, 85000, 88000], [16000, 19000, 22500]),
                  ("Chè xanh khô loại 1, túi 500 g", "túi", 0.5,
                   [130000, 134000, 138000], [7400, 8800, 10400]),
                  ("Chè khô cho quán nước, bao 5 kg", "bao", 5,
                   [1050000, 1080000, 1110000], [260, 300, 340])],
        hist=dict(out=[6300, 6900, 7500], price=[276000, 284000, 292000],
                  margin=[0.09, 0.10, 0.105]),
        raws=[("Búp chè tươi", "kg", 4.8, 13000,
               [("Đồi chè của công ty", [6, 6, 6], "ha", 5000),
                ("Hộ trồng chè thôn Tân Hà (hợp đồng)", [20, 20, 20], "hộ", 900)])],
        cap=(48, 290, "48 kg chè khô/ngày", None),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Chăm sóc, hái chè", [6, 6, 7]),
               ("Héo, vò, sao, sấy", [3, 4, 4]), ("Phân loại, đóng túi, kho", [2, 2, 2]),
               ("Bán hàng", [2, 2, 2])],
        wage=[5.9, 6.2, 6.5],
        packc=[3900, 5200, 22000], energy=16000, sell=18000, tax=0.015,
        inv=[("Dây chuyền vò, sao, sấy chè", 412_600_000, True),
             ("Máy phân loại, máy hút chân không", 138_400_000, True),
             ("Nhà xưởng chế biến 150 m²", 486_300_000, True),
             ("Cải tạo 2 ha chè, hệ thống tưới", 174_900_000, True),
             ("Thiết kế bao bì", 46_700_000, False),
             ("Vốn lưu động", 400_000_000, False)],
        src=[("Vốn góp của cổ đông", 858_900_000),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800_000_000)],
        life=10, loan=[800, 650, 500], rate=0.08, other=[80, 84, 88],
        prec=("tr10", "ty1")),
    "hr09": dict(
        unit="lít",
        products=[("Tinh dầu tràm, chai 50 ml", "chai", 0.05,
                   [65000, 67000, 69000], [16800, 19400, 24000]),
                  ("Tinh dầu tràm, chai 100 ml", "chai", 0.1,
                   [115000, 118000, 121000], [5600, 6500, 8000]),
                  ("Tinh dầu tràm, can 1 lít cho spa", "can", 1,
                   [850000, 870000, 890000], [250, 300, 350])],
        hist=dict(out=[1280, 1390, 1510], price=[1120000, 1150000, 1180000],
                  margin=[0.12, 0.13, 0.13]),
        raws=[("Lá, cành tràm tươi", "kg", 118, 2200,
               [("Rừng tràm của hợp tác xã", [35, 35, 35], "ha", 5000),
                ("Hộ thành viên khai thác tràm", [40, 40, 40], "hộ", 3500)])],
        cap=(8.5, 240, "2 nồi, 8,5 lít tinh dầu/ngày", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Khai thác, vận chuyển lá", [4, 4, 4]),
               ("Chưng cất, lọc", [3, 3, 3]), ("Chiết chai, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        packc=[6500, 8200, 35000], energy=95000, sell=60000, tax=0.015,
        inv=[("Nhà xưởng chưng cất 120 m²", 268_600_000, True),
             ("Hệ thống ngưng tụ, bình tách dầu", 96_700_000, True),
             ("Máy lọc, bồn chứa inox", 58_600_000, True),
             ("Máy chiết rót, dán nhãn", 74_600_000, True),
             ("Bể chứa nước ngưng, hố ủ bã lá", 39_400_000, True),
             ("Bao bì, nhãn, đăng ký nhãn hiệu", 42_300_000, False),
             ("Vốn lưu động", 250_000_000, False)],
        src=[("Vốn góp của thành viên", 385_200_000),
             ("Quỹ phát triển của hợp tác xã", 95_000_000),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350_000_000)],
        life=10, loan=[350, 250, 150], rate=0.08, other=[36, 38, 40],
        prec=("tr", "ty2")),
    "hr10": dict(
        unit="kg",
        products=[("Mực khô loại 1 (12–15 con/kg), túi 500 g", "túi", 0.5,
                   [560000, 575000, 590000], [2400, 2700, 3000]),
                  ("Mực khô loại 2 (20–25 con/kg), túi 500 g", "túi", 0.5,
                   [420000, 430000, 440000], [1970, 2280, 2590]),
                  ("Mực cán tẩm gia vị, hộp 200 g", "hộp", 0.2,
                   [165000, 170000, 175000], [3020, 3420, 3770])],
        hist=dict(out=[2250, 2420, 2600], price=[880000, 905000, 930000],
                  margin=[0.10, 0.105, 0.11]),
        raws=[("Mực ống tươi", "kg", 4.3, 125000,
               [("Tàu câu mực của gia đình", [2, 2, 2], "tàu", 3500),
                ("Tàu câu mực liên kết bến Cửa Nhượng", [4, 4, 4], "tàu", 2800)])],
        cap=(30, 200, "30 kg mực khô/ngày", None),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Mổ, rửa, phơi, sấy mực", [4, 4, 5]),
               ("Phân loại, cán, đóng gói", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        packc=[6500, 6500, 5200], energy=22000, sell=25000, tax=0,
        inv=[("Máy sấy bơm nhiệt 2 buồng", 268_600_000, True),
             ("Kho lạnh bảo quản mực 15 m³", 182_600_000, True),
             ("Máy cán mực, máy hút chân không", 64_600_000, True),
             ("Nhà sơ chế 60 m², giàn phơi lưới", 118_900_000, True),
             ("Bao bì, tem, đăng ký nhãn hiệu", 36_600_000, False),
             ("Vốn lưu động", 400_000_000, False)],
        src=[("Vốn tự có của hộ", 571_300_000),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500_000_000)],
        life=8, loan=[500, 380, 260], rate=0.085, other=[30, 31, 32],
        prec=("tr", "tr")),
}


# --------------------------------------------------------------------------- model
def model(key: str) -> dict:
    """Every exact figure of a plan (money in đồng)."""
    p = PLANS[key]
    prods = p["products"]
    m: dict = {"key": key}
    m["packs"] = [[pr[4][y] for pr in prods] for y in Y]
    m["qty"] = [[pr[4][y] * pr[2] for pr in prods] for y in Y]
    m["out"] = [sum(m["qty"][y]) for y in Y]
    m["rev_line"] = [[pr[4][y] * pr[3][y] for pr in prods] for y in Y]
    m["rev"] = [sum(m["rev_line"][y]) for y in Y]
    h = p["hist"]
    m["h_out"] = h["out"]
    m["h_rev"] = [h["out"][i] * h["price"][i] for i in Y]
    m["h_profit"] = [m["h_rev"][i] * h["margin"][i] for i in Y]
    # raw materials
    m["need"], m["supply_rows"], m["supply"], m["raw_cost"] = [], [], [], []
    for label, unit, norm, price, rows in p["raws"]:
        if isinstance(norm, list):
            need = [sum(m["packs"][y][i] * norm[i] for i in range(len(prods))) for y in Y]
        else:
            need = [m["out"][y] * norm for y in Y]
        srows = [[r[1][y] * r[3] for y in Y] for r in rows]
        m["need"].append(need)
        m["supply_rows"].append(srows)
        m["supply"].append([sum(s[y] for s in srows) for y in Y])
        m["raw_cost"].append([need[y] * price for y in Y])
    # capacity
    if p.get("cap"):
        rating, days, _, bound = p["cap"]
        m["cap"] = rating * days
        m["cap_out"] = [sum(m["qty"][y][i] for i in (bound or range(len(prods)))) for y in Y]
        m["use"] = [m["cap_out"][y] / m["cap"] for y in Y]
    # staff and wages
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in Y]
    m["wage_fund"] = [m["staff"][y] * p["wage"][y] * 12 * 1e6 for y in Y]
    # investment and sources
    m["inv"] = sum(v for _, v, _ in p["inv"])
    m["fixed"] = sum(v for _, v, f in p["inv"] if f)
    m["src"] = sum(v for _, v in p["src"])
    m["dep"] = m["fixed"] / p["life"]
    # cost lines (key, value x3)
    lines = []
    for (label, *_), c in zip(p["raws"], m["raw_cost"]):
        lines.append(("raw:" + label, c))
    lines.append(("pack", [sum(m["packs"][y][i] * p["packc"][i] for i in range(len(prods)))
                           for y in Y]))
    if p.get("piece"):
        lines.append(("piece", [m["out"][y] * p["piece"] for y in Y]))
    lines.append(("wage", m["wage_fund"]))
    lines.append(("energy", [m["out"][y] * p["energy"] for y in Y]))
    lines.append(("sell", [m["out"][y] * p["sell"] for y in Y]))
    lines.append(("dep", [m["dep"]] * 3))
    lines.append(("interest", [p["loan"][y] * p["rate"] * 1e6 for y in Y]))
    if p.get("tax"):
        lines.append(("tax", [m["rev"][y] * p["tax"] for y in Y]))
    lines.append(("other", [p["other"][y] * 1e6 for y in Y]))
    m["cost_lines"] = lines
    m["cost"] = [sum(c[y] for _, c in lines) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] for y in Y]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    return m


# --------------------------------------------------------------------------- what each plan prints
# raw: how raw-material quantities print ("kg" exact integers, "tan" tấn with one decimal, or
#   {raw index: decimals}); balance: a "Còn dư" row; use: a capacity-use row; sum_t: the summary
#   with the years as rows; payback: "exact" (the stated value is the exact payback to one decimal),
#   "printed" (computed from the printed, planted profits) or a planted number.
LAYOUT = {
    "hr01": dict(raw="kg", balance=True, use=True, sum_t=False, payback="exact"),
    "hr02": dict(raw="kg", balance=True, use=True, sum_t=True, payback="exact"),
    "hr03": dict(raw="kg", balance=True, use=True, sum_t=False, payback="exact"),
    "hr04": dict(raw="kg", balance=True, use=True, sum_t=False, payback="exact"),
    "hr05": dict(raw="kg", balance=True, use=True, sum_t=False, payback=1.1),
    "hr06": dict(raw="tan", balance=True, use=True, sum_t=False, payback="printed"),
    "hr07": dict(raw={0: 1}, balance=True, use=None, sum_t=False, payback="exact"),
    "hr08": dict(raw="tan", balance=False, use=True, sum_t=False, payback="exact"),
    "hr09": dict(raw="tan", balance=True, use=False, sum_t=True, payback="exact"),
    "hr10": dict(raw="kg", balance=True, use=True, sum_t=False, payback="printed"),
}
# planted figures as printed (đồng): cost-table totals, revenue lines (year, product), summary profits
PLANTED = {
    "hr06": dict(cost_total={1: 2_220_000_000}),
    "hr10": dict(rev_line={(1, 0): 1_801_000_000}, profit={2: 780_000_000}),
}
READY = ("hr01", "hr02", "hr03", "hr04")
SKETCHY = ("hr11", "hr12")
OTHER_08 = "Công ty Cổ phần Chè Tân Hương"
OWN_08 = "Công ty Cổ phần Trà Ngàn Phố"


def printed_model(key: str) -> dict:
    """The figures as the plan prints them: the exact model with the planted figures put in and
    the totals that copy them (a revenue total, the summary's cost and profit) following."""
    m = model(key)
    pl = PLANTED.get(key, {})
    m["rev_line_pr"] = [list(r) for r in m["rev_line"]]
    for (y, i), v in pl.get("rev_line", {}).items():
        m["rev_line_pr"][y][i] = v
    m["rev_pr"] = [sum(r) for r in m["rev_line_pr"]]
    m["cost_pr"] = [pl.get("cost_total", {}).get(y, m["cost"][y]) for y in Y]
    m["profit_pr"] = [pl.get("profit", {}).get(y, m["rev_pr"][y] - m["cost_pr"][y]) for y in Y]
    m["payback_pr"] = m["inv"] / (sum(m["profit_pr"]) / 3 + m["dep"])
    return m


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.lines = self.body.splitlines()
        self.gaps: list[str] = []  # rounding gaps found (the theme at work)

    def table(self, fragment: str) -> list[list[str]]:
        """Data rows of the table whose caption ("Bảng N. …") contains fragment."""
        for i, line in enumerate(self.lines):
            if line.strip().startswith("Bảng") and fragment in line:
                rows, started = [], False
                for nxt in self.lines[i + 1:]:
                    t = nxt.strip()
                    if t.startswith("|"):
                        started = True
                        cells = [c.strip() for c in t.strip("|").split("|")]
                        if not all(set(c) <= set("-: ") for c in cells):
                            rows.append(cells)
                    elif started:
                        break
                    elif t and not t.startswith("ĐVT"):
                        break
                return rows[1:]  # without the header row
        self.failures.append(f"table not found: {fragment!r}")
        return []

    @staticmethod
    def nums(row: list[str]) -> list[float]:
        return [vn(c) for c in row[1:] if re.fullmatch(r"[\d.,]+", c) and re.search(r"\d", c)]

    def pick(self, rows, label: str) -> list[float]:
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                return self.nums(r)
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * 3

    # ---------------------------------------------------------------- cell checks
    def money(self, printed: float, exact: float, prec: str, what: str) -> None:
        if not within(printed, exact, prec):
            self.failures.append(f"{what}: printed {vnf(printed, 2)}, exact {vnf(exact / PREC[prec][1], 3)}")

    def planted(self, printed: float, true: float, prec: str, what: str) -> None:
        if not wrong(printed, true, prec):
            self.failures.append(f"{what}: planted {vnf(printed, 2)} not >5 % and 5 units off "
                                 f"the true {vnf(true / PREC[prec][1], 3)}")

    def eq(self, printed: float, exact: float, what: str, tol: float = 0.5) -> None:
        if abs(printed - exact) > tol + 1e-9:
            self.failures.append(f"{what}: printed {vnf(printed, 2)}, exact {vnf(exact, 3)}")

    def gap(self, parts: list[float], total: float, what: str, tol: float = 1e-6) -> None:
        if abs(sum(parts) - total) > tol:
            self.gaps.append(f"{what}: {vnf(sum(parts), 2)} vs {vnf(total, 2)}")


# --------------------------------------------------------------------------- the checks
def check_full(p: Plan, key: str) -> None:
    P, L, m = PLANS[key], LAYOUT[key], printed_model(key)
    d, s = P["prec"]
    pl = PLANTED.get(key, {})
    nprod = len(P["products"])

    # history 2024-2026
    rows = p.table("2024 – 2026")
    p.check(p.pick(rows, "Sản lượng") == [float(x) for x in P["hist"]["out"]], "history output")
    if any(r[1].startswith("Giá bán") for r in rows):
        p.check(p.pick(rows, "Giá bán") == [float(x) for x in P["hist"]["price"]], "history price")
    for y, v in enumerate(p.pick(rows, "Doanh thu")):
        p.money(v, m["h_rev"][y], d, f"history revenue {HIST_YEARS[y]}")
    for y, v in enumerate(p.pick(rows, "Lợi nhuận")):
        p.money(v, m["h_profit"][y], d, f"history profit {HIST_YEARS[y]}")
    g = [m["h_out"][i + 1] / m["h_out"][i] - 1 for i in range(2)]
    p.check(all(0 < x < 0.12 for x in g), f"history growth {g}")

    # products and prices
    rows = p.table("giá bán")
    for i, pr in enumerate(P["products"]):
        p.check(p.nums(rows[i])[-3:] == [float(x) for x in pr[3]] if i < len(rows) else False,
                f"prices of product {i + 1}")

    # raw materials: need = output x norm, supply = count x yield, total, balance
    rows = p.table("guyên liệu") if key != "hr08" else p.table("búp chè tươi")
    if key == "hr09":
        rows = p.table("lá tràm")
    k = 0
    for r, (label, unit, norm, price, srows) in enumerate(P["raws"]):
        fmt = L["raw"]
        if fmt == "tan":  # tấn with one decimal
            step, scale = 0.1, 1000
        elif isinstance(fmt, dict):  # the plan's unit with the given decimals
            step, scale = 10 ** -fmt.get(r, 0), 1
        else:  # the plan's unit, whole numbers
            step, scale = 1, 1

        def q(cell_val, exact, what):
            if abs(cell_val * scale - exact) > step * scale / 2 + 1e-6:
                p.failures.append(f"{what}: printed {cell_val}, exact {exact / scale:.3f}")
        vals = p.nums(rows[k])
        p.check(rows[k][1].startswith("Nhu cầu"), f"raw row {k}: {rows[k][1]!r}")
        for y in Y:
            q(vals[-3 + y], m["need"][r][y], f"need {label} {YEARS[y]}")
        k += 1
        for j, sr in enumerate(srows):
            vals = p.nums(rows[k])
            for y in Y:
                q(vals[-3 + y], m["supply_rows"][r][j][y], f"supply {sr[0]} {YEARS[y]}")
            k += 1
        vals = p.nums(rows[k])
        p.check(rows[k][1].startswith("Tổng nguồn cung"), f"raw total row {rows[k][1]!r}")
        for y in Y:
            q(vals[-3 + y], m["supply"][r][y], f"supply total {label} {YEARS[y]}")
        k += 1
        if L["balance"]:
            vals = p.nums(rows[k])
            p.check(rows[k][1].startswith("Còn dư"), f"balance row {rows[k][1]!r}")
            for y in Y:
                q(vals[-3 + y], m["supply"][r][y] - m["need"][r][y], f"balance {label} {YEARS[y]}")
            k += 1
        spare = [m["supply"][r][y] / m["need"][r][y] - 1 for y in Y]
        if key == "hr08":  # planted material-shortfall
            p.check(spare[2] < -0.05 and m["need"][r][2] / m["supply"][r][2] - 1 > 0.08,
                    f"hr08 shortfall 2029 {spare[2]:.3f}")
            p.check(spare[0] > 0 and spare[1] > 0, "hr08: 2027, 2028 within supply")
        else:
            p.check(min(spare) >= 0.05, f"{label}: supply spare {min(spare):.3f} < 5 %")

    # staff and wages
    rows = p.table("ao động")
    for i, (role, cnt) in enumerate(P["roles"]):
        p.check(p.nums(rows[i])[-3:] == [float(x) for x in cnt], f"staff {role}")
    p.check(p.pick(rows, "Tổng số lao động") == [float(x) for x in m["staff"]], "staff total")
    p.check(p.pick(rows, "Lương bình quân") == P["wage"], "wage")
    for y, v in enumerate(p.pick(rows, "Quỹ lương")):
        p.money(v, m["wage_fund"][y], d, f"wage fund {YEARS[y]}")

    # output plan
    rows = p.table("sản lượng 2027")
    for i in range(nprod):
        p.check(p.nums(rows[i])[-3:] == [float(m["packs"][y][i]) for y in Y], f"packs of product {i + 1}")
    for y, v in enumerate(p.nums(rows[nprod])[-3:]):
        p.eq(v, m["out"][y], f"output {YEARS[y]}", 0.05)
    if P.get("cap"):
        p.check(p.nums(rows[nprod + 1])[-3:] == [m["cap"]] * 3, "capacity row")
        if L["use"]:
            p.check(p.nums(rows[nprod + 2])[-3:] == [float(pct(u)) for u in m["use"]], "use row")
        else:
            p.check(len(rows) == nprod + 2, "no use row")
        if key == "hr09":  # planted capacity-exceeded
            p.check(m["use"][2] > 1.08 and m["use"][1] <= 1.0, f"hr09 use {m['use']}")
        else:
            p.check(max(m["use"]) <= 0.85, f"capacity use {max(m['use']):.3f} > 85 %")

    # investment and sources
    rows = p.table("vốn đầu tư")
    items = [p.nums(r)[-1] for r in rows[:-1]]
    for (label, v, _), x in zip(P["inv"], items):
        p.money(x, v, d, f"investment {label}")
    p.check(len(items) == len(P["inv"]), "investment rows")
    p.money(p.nums(rows[-1])[-1], m["inv"], d, "investment total")
    p.gap(items, p.nums(rows[-1])[-1], "investment items vs total")
    rows = p.table("guồn vốn")
    amounts = [p.nums(r)[-2] for r in rows[:-1]]
    shares = [p.nums(r)[-1] for r in rows[:-1]]
    for (label, v), a, sh in zip(P["src"], amounts, shares):
        p.money(a, v, d, f"source {label}")
        p.eq(sh, pct(v / m["src"]), f"share {label}", 0)
    p.money(p.nums(rows[-1])[-2], m["src"], d, "sources total")
    p.check(p.nums(rows[-1])[-1] == 100, "shares total 100")
    p.gap(amounts, p.nums(rows[-1])[-2], "source amounts vs total")
    p.gap(shares, 100, "source shares vs 100 %")
    if key == "hr05":  # planted capital-mismatch
        p.planted(p.nums(rows[-1])[-2], m["inv"], d, "hr05 sources total vs investment")
        p.has("bảo đảm đủ vốn cho phương án")
    else:
        p.money(p.nums(rows[-1])[-2], m["inv"], d, "sources total = investment")

    # revenue
    rows = p.table("Doanh thu dự kiến")
    for i in range(nprod):
        for y, v in enumerate(p.nums(rows[i])[-3:]):
            if (y, i) in pl.get("rev_line", {}):
                p.money(v, m["rev_line_pr"][y][i], d, f"planted revenue line {i + 1} {YEARS[y]}")
                p.planted(v, m["rev_line"][y][i], d, f"revenue line {i + 1} {YEARS[y]} vs packs x price")
            else:
                p.money(v, m["rev_line"][y][i], d, f"revenue line {i + 1} {YEARS[y]}")
    tot = p.nums(rows[nprod])[-3:]
    for y in Y:
        p.money(tot[y], m["rev_pr"][y], d, f"revenue total {YEARS[y]}")
        if m["rev_pr"][y] != m["rev"][y]:
            p.planted(tot[y], m["rev"][y], d, f"revenue total {YEARS[y]} (follows the planted line)")
        p.gap([p.nums(rows[i])[-3:][y] for i in range(nprod)], tot[y], f"revenue {YEARS[y]}")

    # costs
    rows = p.table("Chi phí sản xuất kinh doanh")
    share_col = len(p.nums(rows[0])) == 4
    nl = len(m["cost_lines"])
    p.check(len(rows) == nl + 1, "cost rows")
    for i, (k2, c) in enumerate(m["cost_lines"]):
        vals = p.nums(rows[i])
        vals3 = vals[:3] if share_col else vals[-3:]
        for y in Y:
            p.money(vals3[y], c[y], d, f"cost {k2} {YEARS[y]}")
        if share_col:
            p.eq(vals[3], pct(c[0] / m["cost"][0]), f"cost share {k2}", 0)
    tv = p.nums(rows[nl])
    tot = tv[:3] if share_col else tv[-3:]
    for y in Y:
        lines_y = [(p.nums(rows[i])[:3] if share_col else p.nums(rows[i])[-3:])[y] for i in range(nl)]
        if y in pl.get("cost_total", {}):
            p.money(tot[y], m["cost_pr"][y], d, f"planted cost total {YEARS[y]}")
            p.planted(tot[y], m["cost"][y], d, f"cost total {YEARS[y]} vs its lines")
        else:
            p.money(tot[y], m["cost"][y], d, f"cost total {YEARS[y]}")
            p.gap(lines_y, tot[y], f"cost {YEARS[y]}")
    if share_col:
        p.gap([p.nums(rows[i])[3] for i in range(nl)], 100, "cost shares vs 100 %")

    # summary
    if L["sum_t"]:
        rows = p.table("ổng hợp")
        cols = [p.nums(r)[-4:] for r in rows]  # revenue, cost, profit, margin per year
        rv, cs, pf, mg = ([c[j] for c in cols] for j in range(4))
    else:
        rows = p.table("ổng hợp") if key != "hr03" else p.table("Lợi nhuận dự kiến")
        rv, cs, pf = p.pick(rows, "Doanh thu"), p.pick(rows, "Tổng chi phí"), p.pick(rows, "Lợi nhuận")
        mg = p.pick(rows, "Tỷ suất")
    for y in Y:
        p.money(rv[y], m["rev_pr"][y], s, f"summary revenue {YEARS[y]}")
        p.money(cs[y], m["cost_pr"][y], s, f"summary cost {YEARS[y]}")
        p.money(pf[y], m["profit_pr"][y], s, f"summary profit {YEARS[y]}")
        p.eq(mg[y], pct(m["profit_pr"][y] / m["rev_pr"][y]), f"summary margin {YEARS[y]}", 0)
        planted_y = y in pl.get("profit", {})
        if planted_y:
            p.planted(pf[y], m["profit"][y], s, f"summary profit {YEARS[y]} vs revenue - cost")
        else:
            p.gap([rv[y], -cs[y]], pf[y], f"summary profit {YEARS[y]}")
    true_margin = [m["margin"][y] for y in Y]
    if key != "hr07":
        p.check(all(0.05 < x < 0.35 for x in true_margin), f"margins {true_margin}")
    growth = [m["rev"][0] / m["h_rev"][2] - 1] + [m["rev"][y] / m["rev"][y - 1] - 1 for y in (1, 2)]
    if key == "hr07":  # planted unrealistic-growth
        og = [m["out"][1] / m["out"][0] - 1, m["out"][2] / m["out"][1] - 1]
        p.check(og[0] >= 0.9 and og[1] >= 0.5, f"hr07 output growth {og}")
        p.check(len(set(m["staff"])) == 1, "hr07 staff unchanged")
        p.has("giữ nguyên số thợ", "hiện có")
    else:
        p.check(max(growth) < 0.30, f"revenue growth {growth}")

    # payback as stated
    mt = re.search(r"hoàn vốn(?:[^.]|\.(?=\d))*?(\d+,\d) năm", p.body)
    stated = vn(mt.group(1)) if mt else None
    p.check(stated is not None, "payback stated")
    if stated is not None:
        if L["payback"] == "exact":
            p.eq(stated, m["payback"], "payback", 0.05)
        elif L["payback"] == "printed":
            p.eq(stated, m["payback_pr"], "payback from the printed profits", 0.05)
            p.check(off(stated, m["payback"]), f"tolerated payback {stated} vs true {m['payback']:.2f}")
        else:
            p.eq(stated, L["payback"], "planted payback", 0)
            p.check(off(stated, m["payback"], 20) and off(stated, m["src"] / (sum(m["profit"]) / 3 + m["dep"]), 15),
                    f"planted payback {stated} vs {m['payback']:.2f}")

    # prose figures that must follow the tables
    ty1, tr_ = (lambda v: show(v, "ty1")), (lambda v: show(v, d))
    p.check(re.search(re.escape(vnf(m["out"][0])) + r" (kg|lít|sản phẩm|chiếc)", p.body) is not None,
            "output 2027 in the text")
    if key in ("hr01", "hr06", "hr07", "hr08"):
        p.has(f"{ty1(m['rev_pr'][0])} tỷ đồng")
    if key in ("hr02", "hr03", "hr05", "hr10"):
        p.has(f"{tr_(m['rev_pr'][0])} triệu đồng")
    if key in ("hr04", "hr09"):
        p.has(f"{show(m['rev'][0], 'ty2')} tỷ đồng")

    # the theme: rounding gaps exist in every full plan
    p.check(len(p.gaps) >= 2, f"only {len(p.gaps)} rounding gap(s): {p.gaps}")


def check_ready(p: Plan, key: str) -> None:
    p.lacks(REPLACED, "replaced instrument or district level")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất",
          "lưu mẫu", "thử nghiệm", "môi trường")
    for dd, mm, yy in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(yy) >= 2029, f"paper valid only to {dd}/{mm}/{yy}")
    if key in ("hr01", "hr02", "hr03"):
        p.has("đủ điều kiện an toàn thực phẩm", "tự công bố", "Tiêu chuẩn cơ sở")
    if key == "hr02":
        p.has("không ghi công dụng chữa bệnh")
    if key == "hr04":
        p.has("không phải thực phẩm", "TCCS")
        # channels: pieces add up to the 2027 output, shares are whole percentages
        rows = p.table("theo kênh")
        q = [p.nums(r)[-2] for r in rows[:-1]]
        sh = [p.nums(r)[-1] for r in rows[:-1]]
        out = model(key)["out"][0]
        p.check(sum(q) == out and p.nums(rows[-1])[-2] == out, "channels add up to the output")
        for a, b in zip(q, sh):
            p.eq(b, pct(a / out), "channel share", 0)
        p.gap(sh, 100, "channel shares vs 100 %")


def check_revise(p: Plan, key: str) -> None:
    if key != "hr06":
        p.lacks(REPLACED, "replaced instrument or district level")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key != "hr09":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key == "hr05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công", "alcohol licence")
        p.has("đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "nhãn hiệu", "đăng ký môi trường",
              "sản xuất đồ uống có cồn")
    if key == "hr06":
        p.lacks(r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|"
                r"khí thải|ô nhiễm", "environmental measure")
        p.has("919/QĐ-TTg", "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current instrument")
    if key == "hr07":
        p.lacks(r"đăng ký kinh doanh|mã số thuế|hộ kinh doanh|hợp tác xã|tổ hợp tác|doanh nghiệp|"
                r"giấy chứng nhận đăng ký|công ty", "registration")
        p.has("14 lao động thường xuyên")
        rows = p.table("ao động")
        p.check(p.pick(rows, "Tổng số lao động") == [9.0, 9.0, 9.0], "hr07 staff table 9")
    if key == "hr08":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn", "label")
        p.has("bảo đảm đủ", "nhãn hiệu", "đủ điều kiện an toàn thực phẩm", "lưu mẫu")
        p.lacks(r"Còn dư|thiếu", "balance of the raw material")
        p.check(p.count(OTHER_08) >= 3, "hr08: other company named at least 3 times")
        p.check(p.count(OWN_08) >= 3, "hr08: own name at least 3 times")
    if key == "hr09":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất",
                "product standard")
        found = [x.group(0) for x in re.finditer(PLACEHOLDER, p.body)]
        p.check(len(found) >= 2, f"hr09 placeholders {found}")
        p.has("[tên sản phẩm]", "Đối thủ cạnh tranh chính: ……", "không đầu tư thêm nồi",
              "43/2017/NĐ-CP", "nhãn hiệu", "lưu mẫu")
    if key == "hr10":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
        p.has("Tiêu chuẩn cơ sở", "tự công bố", "thử nghiệm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 350, f"sketchy plan of {words} words")
    p.check(not p.rows, "sketchy plan with a table")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|nhãn hiệu|truy xuất|môi trường", "a paper")
    if key == "hr11":
        p.has("180.000 đồng/kg", "30 kg", "9 tấn", "1,6 tỷ đồng", "15 %", "240 triệu", "150 triệu")
        p.check(abs(30 * 300 * 180000 - 1.62e9) < 1 and abs(round(1.62e9 * 0.15 / 1e7) * 10 - 240) < 1,
                "hr11 loose figures consistent")
        p.has("đã đăng ký kinh doanh")
    if key == "hr12":
        p.has("1,2 ha", "3.000 lượt khách", "50.000 đồng/người", "150 triệu", "200 triệu")
        p.lacks(r"đăng ký|mã số thuế|hộ kinh doanh", "registration")


def run(keys: list[str]) -> list[Plan]:
    plans = []
    for f in sorted((HERE / "src").glob("hr*.md")):
        key = f.stem[:4]
        if keys and key not in keys:
            continue
        p = Plan(f.stem)
        if key in SKETCHY:
            check_sketchy(p, key)
        else:
            check_full(p, key)
            (check_ready if key in READY else check_revise)(p, key)
        plans.append(p)
    return plans


def main(argv=None) -> int:
    keys = list(argv or [])
    plans = run(keys)
    if not plans:
        print("no plan found")
        return 1
    for p in plans:
        if p.gaps and not p.failures:
            p.stem = f"{p.stem}  ({len(p.gaps)} rounding gaps)"
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
