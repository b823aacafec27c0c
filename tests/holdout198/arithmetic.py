"""The 198th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout198/arithmetic.py [gq01 gq05 ...]

Theme: plans with asset and depreciation schedules (khấu hao nhà xưởng, máy móc), leased land and
premises (thuê đất, thuê mặt bằng), depreciation counted into the yearly cost and into the payback.
For every full plan (gq01-gq10) the constants give the products (pack size in the plan's base unit,
price and packs per year), the 2024-2026 history, the raw materials (norm per base unit or per
pack, price, supply rows as count x yield), the rated capacity, the leases (area x price per m2 a
year, or a monthly rent x 12, with the contract's step-up), the staff and wages, every investment
item with its useful life and the year (and month) it enters service, the capital sources, the
loan balances and rate and the other cost lines. `model()` turns them into every figure a plan
prints; `tables()` lays those figures out as the plan's tables (the generator that wrote the plans
used the same two functions, so every table cell is computed). The check reads each table back
from the plan's Markdown by its caption ("Bảng N. ...") and compares every cell: planted numeric
defects must be wrong by more than 5 % against the true value (computed beside them), every other
number right within 1 % (or 0,11). The numbers the prose states are checked as text (`claims()`),
the textual defects through the absence or presence of their words, and the sketchy plans through
their length, the absence of any table and their few figures.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|Luật Đất đai (năm )?2013|"
            r"45/2013/QH13|cấp huyện|UBND huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def r1(x: float) -> float:
    """Half-up rounding to one decimal (the plans print money in triệu đồng with one decimal)."""
    return float(int(abs(x) * 10 + 0.5 + 1e-9)) / 10 * (1 if x >= 0 else -1)


def r0(x: float) -> int:
    return int(abs(x) + 0.5 + 1e-9) * (1 if x >= 0 else -1)


def fmt(x: float, d: int = 1) -> str:
    """Vietnamese number: 4880.5 -> '4.880,5' (d decimals; d=0 -> '4.881')."""
    neg = x < 0
    x = abs(x)
    if d == 0:
        s, frac = f"{r0(x)}", ""
    else:
        s = f"{x:.{d}f}"
        s, frac = s.split(".")
        frac = "," + frac
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ("−" if neg else "") + ".".join(groups) + frac


def tr(x: float) -> str:
    """Money in triệu for prose: one decimal, dropped when it is ,0."""
    s = fmt(x, 1)
    return s[:-2] if s.endswith(",0") else s


def n0(x: float) -> str:
    return fmt(x, 0)


class N:
    """A numeric table cell: value and decimals."""

    def __init__(self, v: float, d: int = 1):
        self.v, self.d = v, d

    def __str__(self) -> str:
        return fmt(self.v, self.d)


class T:
    """A table: key, caption (after "Bảng N. "), optional unit line, header row, rows."""

    def __init__(self, key: str, caption: str, unit: str | None, header: list[str], rows: list[list]):
        self.key, self.caption, self.unit, self.header, self.rows = key, caption, unit, header, rows


# --------------------------------------------------------------------------- constants
# products: label, pack word, size (plan's base unit per pack; None for services), price đ per
#   year, packs per year; unit: (label, đ per pack per product) lines such as packaging, or
#   ("label", "base", đ per base unit)
# raws: label, unit, norm (per base unit, or per pack of each product), price đ per unit and year,
#   supply rows (label, count per year, count word, yield per count); no supply: bought at market
# cap: rating per day (base units, all machines together), days, texts
# leases: kind "m2" (area m2 x đ/m2/year) or "month" (triệu/month x 12); step: multiplier per year
# roles: (role, staff per year); wage: triệu per month per year
# inv: (label, triệu, useful life or None, group, first year, months in service in the first year)
#   group: build | machine | prepaid (land rent paid ahead: amortised over `life` years) | other | wc
# src: (label, triệu); loan: balance per year; rate; sell, tax: shares of revenue; other: triệu per year
PLANS: dict[str, dict] = {
    # ------------------------------------------------------------------ gq01 miến dong, Cty TNHH
    "gq01": dict(
        unit="kg",
        products=[dict(label="Miến dong, gói 500 g", pack="gói", size=0.5,
                       price=[52000, 54000, 56000], qty=[60000, 66000, 72000]),
                  dict(label="Miến dong, gói 200 g", pack="gói", size=0.2,
                       price=[23000, 24000, 25000], qty=[40000, 45000, 50000]),
                  dict(label="Miến dong, bao 5 kg", pack="bao", size=5,
                       price=[420000, 435000, 450000], qty=[2000, 2400, 2800])],
        hist=dict(out=[30000, 33000, 36000], price=[88000, 90000, 92000], margin=[0.10, 0.105, 0.11]),
        raws=[dict(label="Tinh bột dong riềng", unit="kg", norm=1.05, price=[30000, 31000, 32000],
                   supply=[("Hộ trồng dong thôn Khe Giao", [50, 50, 50], "hộ", 700),
                           ("Hộ trồng dong thôn Hồng Lĩnh", [36, 36, 36], "hộ", 700),
                           ("HTX Nông nghiệp Sơn Hồng (hợp đồng)", [1, 1, 1], "HTX", 10000)])],
        unit_costs=[("Bao bì, túi, thùng", [3000, 1800, 12000]), ("Điện, nước, than", "base", 3500)],
        cap=dict(rating=250, days=280, text="250 kg/ngày", mult="280 ngày"),
        leases=[dict(label="Đất xưởng, kho (thuê của Nhà nước)", kind="m2", area=2400, price=12500,
                     step=[1, 1, 1]),
                dict(label="Cửa hàng giới thiệu sản phẩm", kind="month", area=45, month=6.0,
                     step=[1, 1, 1])],
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Tráng, hấp, cắt sợi, sấy", [6, 7, 8]),
               ("Đóng gói", [3, 3, 4]), ("Bán hàng, lái xe", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        inv=[("Nhà xưởng chế biến 480 m²", 1150, 20, "build", 2027, 12),
             ("Kho thành phẩm 120 m²", 260, 20, "build", 2027, 12),
             ("Dây chuyền tráng, hấp, cắt sợi", 780, 10, "machine", 2027, 12),
             ("Hệ thống sấy bơm nhiệt", 420, 10, "machine", 2027, 12),
             ("Máy đóng gói, hàn túi", 120, 5, "machine", 2027, 12),
             ("Xe tải nhẹ 1,5 tấn", 480, 8, "machine", 2027, 12),
             ("Máy đóng gói tự động (7/2028)", 150, 5, "machine", 2028, 6),
             ("Bao bì, mã vạch, kiểm nghiệm", 90, None, "other", 2027, 12),
             ("Vốn lưu động", 500, None, "wc", 2027, 12)],
        src=[("Vốn chủ sở hữu", 2300), ("Vay Ngân hàng Nông nghiệp và PTNT", 1500),
             ("Lợi nhuận để lại năm 2027", 150)],
        loan=[1500, 1200, 900], rate=0.08, sell=0.05, tax=0.015, other=[100, 100, 110],
        payback="avg"),
    # ------------------------------------------------------------------ gq02 trà cà gai leo, HTX
    "gq02": dict(
        unit="kg",
        products=[dict(label="Trà túi lọc, hộp 20 túi × 2 g", pack="hộp", size=0.04,
                       price=[45000, 47000, 49000], qty=[30000, 34000, 38000]),
                  dict(label="Trà cà gai leo khô, túi 300 g", pack="túi", size=0.3,
                       price=[78000, 80000, 82000], qty=[8000, 9000, 10000]),
                  dict(label="Cà gai leo khô, bao 5 kg", pack="bao", size=5,
                       price=[550000, 570000, 590000], qty=[400, 450, 500])],
        hist=dict(out=[4200, 4600, 5000], price=[360000, 370000, 380000], margin=[0.12, 0.13, 0.135]),
        raws=[dict(label="Cà gai leo tươi (thân, lá)", unit="kg", norm=5.0, price=[10000, 10000, 10500],
                   supply=[("Ruộng của HTX (thuê của thành viên)", [2, 2, 2], "ha", 12000),
                           ("Hộ thành viên thôn Đông Trường", [15, 15, 15], "hộ", 1200),
                           ("Hộ thôn Tây Trường (hợp đồng)", [8, 8, 8], "hộ", 1000)])],
        unit_costs=[("Hộp, túi lọc, túi, bao", [6500, 3500, 15000]), ("Điện sấy, nước", "base", 6000)],
        cap=dict(rating=40, days=240, text="40 kg khô/ngày", mult="240 ngày"),
        leases=[dict(label="Đất xưởng (trả một lần, 20 năm)", kind="prepaid", area=1500, price=10000,
                     step=[1, 1, 1]),
                dict(label="Ruộng trồng thuê của 9 hộ thành viên", kind="m2", area=20000, price=600,
                     step=[1, 1, 1])],
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái", [2, 2, 2]),
               ("Sơ chế, sấy, sao", [3, 3, 4]), ("Đóng túi lọc, đóng gói", [2, 3, 3]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        inv=[("Tiền thuê đất trả một lần (20 năm)", 300, 20, "prepaid", 2027, 12),
             ("Nhà xưởng chế biến 250 m²", 750, 20, "build", 2027, 12),
             ("Kho nguyên liệu 100 m²", 150, 20, "build", 2027, 12),
             ("Máy sấy bơm nhiệt", 280, 10, "machine", 2027, 12),
             ("Máy sao, máy nghiền", 120, 10, "machine", 2027, 12),
             ("Máy đóng túi lọc tự động", 360, 8, "machine", 2027, 12),
             ("Bao bì, TCCS, kiểm nghiệm", 60, None, "other", 2027, 12),
             ("Vốn lưu động", 200, None, "wc", 2027, 12)],
        src=[("Vốn góp của thành viên", 900), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 800), ("Vay Quỹ hỗ trợ phát triển HTX tỉnh", 320)],
        loan=[1120, 870, 620], rate=0.075, sell=0.06, tax=0.01, other=[60, 60, 65],
        payback="cum"),
    # ------------------------------------------------------------------ gq03 mật ong, hộ kinh doanh
    "gq03": dict(
        unit="kg",
        products=[dict(label="Mật ong hoa rừng, chai 500 g", pack="chai", size=0.5,
                       price=[185000, 190000, 195000], qty=[4000, 4500, 5000]),
                  dict(label="Mật ong hoa rừng, hũ 1 kg", pack="hũ", size=1,
                       price=[330000, 340000, 350000], qty=[2000, 2200, 2400]),
                  dict(label="Mật ong hoa keo, can 2 kg", pack="can", size=2,
                       price=[480000, 490000, 500000], qty=[300, 350, 400])],
        hist=dict(out=[3600, 3900, 4200], price=[280000, 290000, 300000], margin=[0.11, 0.12, 0.12]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.06, price=[150000, 155000, 160000],
                   supply=[("Đàn ong của hộ", [320, 360, 400], "đàn", 12),
                           ("Hộ nuôi ong thôn Trại Tiểu (hợp đồng)", [28, 28, 28], "hộ", 120)])],
        unit_costs=[("Chai, hũ, can, nhãn", [7000, 9000, 14000]), ("Điện, nước", "base", 2000)],
        cap=dict(rating=100, days=200, text="2 mẻ × 50 kg/ngày", mult="200 ngày"),
        leases=[dict(label="Mặt bằng 80 m² (lọc, đóng chai, cửa hàng)", kind="month", month=5.0,
                     area=80, step=[1, 1, 1.1]),
                dict(label="Điểm đặt ong trong rừng keo (4 điểm)", kind="fixed", count=4, each=1.5,
                     step=[1, 1, 1])],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2])],
        wage=[5.0, 5.3, 5.6],
        inv=[("Máy hạ thủy phần 50 kg/mẻ", 160, 8, "machine", 2027, 12),
             ("Bồn inox, máy lọc", 80, 8, "machine", 2027, 12),
             ("Máy chiết rót, dán nhãn", 90, 5, "machine", 2027, 12),
             ("120 thùng ong và đàn giống", 96, 5, "machine", 2027, 12),
             ("Cải tạo mặt bằng thuê", 120, 4, "build", 2027, 12),
             ("Bao bì, nhãn, kiểm nghiệm", 40, None, "other", 2027, 12),
             ("Vốn lưu động", 200, None, "wc", 2027, 12)],
        src=[("Vốn tự có của hộ", 486), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        loan=[300, 200, 100], rate=0.08, sell=0.05, tax=0.015, other=[30, 30, 35],
        payback="avg"),
    # ------------------------------------------------------------------ gq04 du lịch sinh thái, CTCP
    "gq04": dict(
        unit="lượt",
        products=[dict(label="Phòng nghỉ", pack="đêm phòng", size=None,
                       price=[750000, 800000, 850000], qty=[1900, 2200, 2450]),
                  dict(label="Suất ăn tại nhà hàng", pack="suất", size=None,
                       price=[160000, 170000, 180000], qty=[9000, 10500, 12000]),
                  dict(label="Vé tham quan, trải nghiệm", pack="vé", size=None,
                       price=[60000, 65000, 70000], qty=[14000, 16000, 18000])],
        hist=dict(out=[15000, 17000, 19000], price=[160000, 165000, 170000], margin=[0.08, 0.09, 0.10]),
        raws=[dict(label="Rau, củ quả", unit="kg", norm=0.3, basis=[1], price=[20000, 20000, 21000],
                   supply=[("HTX Rau an toàn Hương Bình (hợp đồng)", [1, 1, 1], "HTX", 6000)]),
              dict(label="Gà đồi", unit="con", norm=0.1, basis=[1], price=[150000, 155000, 160000],
                   supply=[("Hộ nuôi gà thôn Bình Hà", [20, 20, 20], "hộ", 80)]),
              dict(label="Cá suối, cá ao", unit="kg", norm=0.15, basis=[1], price=[90000, 92000, 95000],
                   supply=[("Hộ nuôi cá thôn Bình Tiến", [3, 3, 3], "hộ", 800)])],
        unit_costs=[("Vật tư buồng phòng", [120000, 0, 0]), ("Gạo, gia vị, đồ uống kèm", [0, 30000, 0]),
                    ("Điện, nước, gas", [150000, 8000, 3000])],
        cap=dict(rating=10, days=365, text="10 phòng", mult="365 đêm", basis=[0]),
        leases=[dict(label="Đất khu du lịch (thuê của Nhà nước)", kind="m2", area=25000, price=4000,
                     step=[1, 1, 1]),
                dict(label="Ruộng, vườn trải nghiệm (6 hộ)", kind="m2", area=12000, price=1500,
                     step=[1, 1, 1])],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Lễ tân, buồng phòng", [3, 3, 4]),
               ("Bếp, phục vụ", [5, 6, 6]), ("Hướng dẫn trải nghiệm", [2, 2, 3]),
               ("Bảo vệ, cảnh quan", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        inv=[("6 nhà nghỉ bungalow", 1500, 20, "build", 2027, 12),
             ("Nâng cấp nhà hàng 250 m²", 700, 20, "build", 2027, 12),
             ("Đường nội bộ, cảnh quan", 450, 15, "build", 2027, 12),
             ("Hệ thống xử lý nước thải", 240, 10, "machine", 2027, 12),
             ("Xe điện chở khách (2 chiếc)", 360, 8, "machine", 2027, 12),
             ("Thuyền kayak, dụng cụ", 150, 5, "machine", 2027, 12),
             ("Trang thiết bị phòng, bếp", 300, 5, "machine", 2027, 12),
             ("Quảng bá, website, thiết kế", 80, None, "other", 2027, 12),
             ("Vốn lưu động", 300, None, "wc", 2027, 12)],
        src=[("Vốn góp của cổ đông", 2280), ("Vay ngân hàng thương mại", 1800)],
        loan=[1800, 1500, 1200], rate=0.085, sell=0.06, tax=0.02, other=[150, 150, 160],
        payback="avg"),
    # ------------------------------------------------------------------ gq05 rượu nếp sim, HTX
    "gq05": dict(
        unit="lít",
        products=[dict(label="Rượu nếp sim 29 độ, chai 500 ml", pack="chai", size=0.5,
                       price=[70000, 72000, 74000], qty=[30000, 34000, 40000]),
                  dict(label="Rượu nếp sim, bình sứ 1,5 lít", pack="bình", size=1.5,
                       price=[320000, 330000, 340000], qty=[3000, 3500, 4000]),
                  dict(label="Rượu nếp sim, can 5 lít", pack="can", size=5,
                       price=[500000, 515000, 530000], qty=[800, 900, 1000])],
        hist=dict(out=[18000, 20000, 22000], price=[130000, 135000, 140000], margin=[0.10, 0.11, 0.12]),
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=1.3, price=[24000, 25000, 26000],
                   supply=[("Hộ thành viên trồng nếp", [45, 45, 45], "hộ", 600),
                           ("Hộ thôn Đông Lộc (hợp đồng)", [35, 35, 35], "hộ", 500)]),
              dict(label="Quả sim chín", unit="kg", norm=0.4, price=[20000, 21000, 22000],
                   supply=[("Hộ hái sim đồi thôn Bắc Sơn", [25, 25, 25], "hộ", 600)])],
        unit_costs=[("Chai, bình sứ, can, hộp", [9000, 45000, 25000]), ("Củi, điện, nước", "base", 6000)],
        cap=dict(rating=100, days=270, text="2 nồi × 50 lít/ngày", mult="270 ngày"),
        leases=[dict(label="Nhà xưởng 300 m² (thuê)", kind="month", month=7.0, area=300, step=[1, 1, 1]),
                dict(label="Ki-ốt bán hàng tại chợ Tùng Lộc", kind="month", month=2.5, area=12,
                     step=[1, 1, 1])],
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Nấu, ủ, chưng cất", [4, 4, 4]),
               ("Lọc, chiết rót, đóng hộp", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4],
        inv=[("2 nồi chưng cất inox", 240, 10, "machine", 2027, 12),
             ("Máy lọc, khử andehit", 180, 10, "machine", 2027, 12),
             ("Chum, bình ủ rượu", 150, 10, "machine", 2027, 12),
             ("Hệ thống chiết rót, đóng nút", 160, 8, "machine", 2027, 12),
             ("Nồi hấp cơm, lò hơi", 200, 10, "machine", 2027, 12),
             ("Xe tải nhỏ 990 kg", 320, 8, "machine", 2027, 12),
             ("Hầm biogas, bể chứa bã", 120, 10, "build", 2027, 12),
             ("Cải tạo nhà xưởng thuê", 200, 8, "build", 2027, 12),
             ("Bao bì, nhãn, kiểm nghiệm", 70, None, "other", 2027, 12),
             ("Vốn lưu động", 300, None, "wc", 2027, 12)],
        src=[("Vốn góp của thành viên", 940), ("Vay Ngân hàng Nông nghiệp và PTNT", 1000)],
        loan=[1000, 800, 600], rate=0.08, sell=0.06, tax=0.02, other=[60, 60, 65],
        payback="avg"),
    # ------------------------------------------------------------------ gq06 nước mắm, tổ hợp tác
    "gq06": dict(
        unit="lít",
        products=[dict(label="Nước mắm cốt 35 độ đạm, chai 500 ml", pack="chai", size=0.5,
                       price=[70000, 72000, 74000], qty=[20000, 22000, 24000]),
                  dict(label="Nước mắm 25 độ đạm, chai 1 lít", pack="chai", size=1,
                       price=[55000, 57000, 59000], qty=[10000, 11000, 12000]),
                  dict(label="Nước mắm 20 độ đạm, can 5 lít", pack="can", size=5,
                       price=[200000, 205000, 210000], qty=[1000, 1100, 1200])],
        hist=dict(out=[20000, 21500, 23000], price=[70000, 72000, 74000], margin=[0.10, 0.11, 0.11]),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.25, price=[18000, 19000, 20000],
                   supply=[("Tàu của tổ viên", [4, 4, 4], "tàu", 6000),
                           ("Vựa cá bến Xuân Hội (hợp đồng)", [1, 1, 1], "vựa", 8000)]),
              dict(label="Muối hạt", unit="kg", norm=0.35, price=[4000, 4000, 4200],
                   supply=[("HTX muối Hộ Độ (hợp đồng)", [1, 1, 1], "HTX", 15000)])],
        unit_costs=[("Chai, nắp, can, thùng", [6000, 7000, 15000]), ("Điện, nước", "base", 1500)],
        cap=dict(rating=900, days=40, text="900 lít/thùng/năm", mult="40 thùng"),
        leases=[dict(label="Nhà xưởng 400 m² và sân 500 m²", kind="month", month=8.0, area=900,
                     step=[1, 1, 1])],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Muối, đảo chượp, kéo rút", [3, 3, 4]),
               ("Lọc, chiết chai, đóng thùng", [2, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        inv=[("40 thùng chượp composite 3.000 lít", 480, 10, "machine", 2027, 12),
             ("Hệ thống lọc, bơm inox", 160, 8, "machine", 2027, 12),
             ("Máy chiết rót, đóng nắp", 120, 8, "machine", 2027, 12),
             ("Cải tạo nhà xưởng thuê", 200, 10, "build", 2027, 12),
             ("Xe tải nhỏ 990 kg", 280, 8, "machine", 2027, 12),
             ("Bao bì, nhãn, kiểm nghiệm", 50, None, "other", 2027, 12),
             ("Vốn lưu động", 350, None, "wc", 2027, 12)],
        src=[("Vốn góp của tổ viên", 840), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        loan=[800, 600, 400], rate=0.075, sell=0.05, tax=0.015, other=[50, 50, 55],
        payback="avg"),
    # ------------------------------------------------------------------ gq07 tinh dầu tràm, Cty TNHH
    "gq07": dict(
        unit="lít",
        products=[dict(label="Tinh dầu tràm, chai 10 ml", pack="chai", size=0.01,
                       price=[26000, 27000, 28000], qty=[40000, 45000, 50000]),
                  dict(label="Tinh dầu tràm, chai 50 ml", pack="chai", size=0.05,
                       price=[110000, 114000, 118000], qty=[6000, 7000, 8000]),
                  dict(label="Tinh dầu tràm, chai 100 ml", pack="chai", size=0.1,
                       price=[200000, 206000, 212000], qty=[2000, 2400, 2800])],
        hist=dict(out=[600, 700, 800], price=[2000000, 2100000, 2200000], margin=[0.10, 0.11, 0.12]),
        raws=[dict(label="Lá tràm tươi", unit="kg", norm=80, price=[2500, 2600, 2700],
                   supply=[("Hộ có rừng tràm thôn Đông Hà", [40, 40, 40], "hộ", 1500),
                           ("Hộ có rừng tràm thôn Nam Hà", [30, 30, 30], "hộ", 1500),
                           ("Tổ khai thác lá tràm Cẩm Lạc", [1, 1, 1], "tổ", 20000)])],
        unit_costs=[("Chai thủy tinh, hộp, nhãn", [4500, 9000, 14000]), ("Củi, điện, nước", "base", 40000)],
        cap=dict(rating=12.5, days=220, text="12,5 lít/ngày", mult="220 ngày"),
        leases=[dict(label="Đất xưởng 2.400 m² (nộp trước 5 năm)", kind="prepaid", area=2400, price=9000,
                     step=[1, 1, 1]),
                dict(label="Gian hàng giới thiệu sản phẩm", kind="month", month=4.0, area=30,
                     step=[1, 1, 1])],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, chưng cất", [4, 4, 5]),
               ("Chiết chai, đóng hộp", [2, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        inv=[("Nhà xưởng chưng cất 200 m²", 600, 20, "build", 2027, 12),
             ("Kho thành phẩm 100 m²", 200, 20, "build", 2027, 12),
             ("Hệ thống chưng cất inox", 450, 10, "machine", 2027, 12),
             ("Lò hơi đốt bã lá", 180, 10, "machine", 2027, 12),
             ("Máy chiết rót chai nhỏ", 120, 8, "machine", 2027, 12),
             ("Tiền thuê đất nộp trước 5 năm", 108, 5, "prepaid", 2027, 12),
             ("Bao bì, nhãn hiệu, thiết kế", 50, None, "other", 2027, 12),
             ("Vốn lưu động", 400, None, "wc", 2027, 12)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay ngân hàng thương mại", 800)],
        loan=[800, 650, 500], rate=0.08, sell=0.06, tax=0.015, other=[60, 60, 65],
        payback="avg"),
    # ------------------------------------------------------------------ gq08 bánh ram, hộ kinh doanh
    "gq08": dict(
        unit="kg",
        products=[dict(label="Bánh ram đông lạnh, túi 10 chiếc", pack="túi", size=0.4,
                       price=[50000, 52000, 54000], qty=[20000, 22000, 24000]),
                  dict(label="Bánh ram đông lạnh, hộp 20 chiếc", pack="hộp", size=0.8,
                       price=[92000, 95000, 98000], qty=[5000, 5500, 6000]),
                  dict(label="Bánh ram tươi bán quán", pack="kg", size=1,
                       price=[75000, 77000, 79000], qty=[2000, 2200, 2400])],
        hist=dict(out=[10000, 11000, 12000], price=[100000, 104000, 108000], margin=[0.10, 0.11, 0.12]),
        raws=[dict(label="Gạo nếp", unit="kg", norm=0.55, price=[25000, 26000, 27000],
                   supply=[("Hộ trồng nếp thôn Yên Thượng", [20, 20, 20], "hộ", 500)]),
              dict(label="Nhân (thịt, tôm, đậu xanh, mộc nhĩ)", unit="kg", norm=0.3,
                   price=[90000, 93000, 96000])],
        unit_costs=[("Túi, hộp, khay", [2500, 6000, 500]), ("Dầu chiên, gas, điện", "base", 9000)],
        cap=dict(rating=80, days=280, text="80 kg bánh/ngày", mult="280 ngày"),
        leases=[dict(label="Mặt bằng sản xuất 150 m²", kind="month", month=4.0, area=150, step=[1, 1, 1]),
                dict(label="Kho lạnh thuê 10 m³", kind="month", month=1.2, area=None, step=[1, 1, 1])],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Làm vỏ, nhân, nặn bánh", [3, 3, 4]),
               ("Chiên, cấp đông, đóng gói", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6],
        inv=[("Tủ cấp đông (2 chiếc)", 96, 8, "machine", 2027, 12),
             ("Máy nhào bột, máy cán", 110, 10, "machine", 2027, 12),
             ("Nồi chiên tự động", 140, 7, "machine", 2027, 12),
             ("Máy hút chân không", 60, 5, "machine", 2027, 12),
             ("Cải tạo mặt bằng thuê", 150, 5, "build", 2027, 12),
             ("Bao bì, kiểm nghiệm, công bố", 40, None, "other", 2027, 12),
             ("Vốn lưu động", 200, None, "wc", 2027, 12)],
        src=[("Vốn tự có của hộ", 496), ("Vay Quỹ tín dụng nhân dân", 300)],
        loan=[300, 200, 100], rate=0.09, sell=0.05, tax=0.015, other=[30, 30, 35],
        payback="avg"),
    # ------------------------------------------------------------------ gq09 đồ gỗ, cơ sở gia đình
    "gq09": dict(
        unit="chiếc",
        products=[dict(label="Khay trà gỗ hương", pack="chiếc", size=1,
                       price=[560000, 580000, 600000], qty=[1200, 1300, 1400]),
                  dict(label="Hộp đựng trà gỗ", pack="chiếc", size=1,
                       price=[240000, 250000, 260000], qty=[2000, 2200, 2400]),
                  dict(label="Tượng gỗ 30 cm", pack="chiếc", size=1,
                       price=[1500000, 1550000, 1600000], qty=[300, 330, 360])],
        hist=dict(out=[2800, 3000, 3200], price=[400000, 420000, 440000], margin=[0.12, 0.13, 0.13]),
        raws=[dict(label="Gỗ hương, gỗ xoan đào xẻ", unit="m³", norm=[0.012, 0.005, 0.02], dec=1,
                   price=[12000000, 12500000, 13000000],
                   supply=[("Xưởng xẻ gỗ Trung Lương", [1, 1, 1], "cơ sở", 20),
                           ("Công ty TNHH Lâm sản Hồng Lam", [1, 1, 1], "công ty", 20)])],
        unit_costs=[("Sơn PU, dầu, giấy nhám", [30000, 15000, 60000]),
                    ("Hộp giấy, xốp chèn", [15000, 8000, 40000]), ("Điện", [20000, 8000, 50000])],
        cap=dict(rating=16, days=280, text="16 sản phẩm/ngày", mult="280 ngày"),
        leases=[dict(label="Nhà xưởng 250 m² và sân 200 m²", kind="month", month=5.0, area=450,
                     step=[1, 1, 1])],
        roles=[("Chủ cơ sở, quản lý", [1, 1, 1]), ("Thợ chạm, chạy máy CNC", [3, 3, 3]),
               ("Thợ mộc, hoàn thiện, sơn", [2, 2, 3]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        inv=[("Máy CNC 4 đầu", 420, 10, "machine", 2027, 12),
             ("Máy cưa, bào, chà nhám", 150, 10, "machine", 2027, 12),
             ("Hệ thống hút bụi", 90, 10, "machine", 2027, 12),
             ("Phòng sơn có màng lọc", 120, 10, "build", 2027, 12),
             ("Cải tạo nhà xưởng thuê", 150, 10, "build", 2027, 12),
             ("Mẫu mã, hộp, website", 40, None, "other", 2027, 12),
             ("Vốn lưu động", 250, None, "wc", 2027, 12)],
        src=[("Vốn của gia đình", 720), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        loan=[500, 400, 300], rate=0.09, sell=0.05, tax=0.0, other=[30, 30, 35],
        payback="avg"),
    # ------------------------------------------------------------------ gq10 nước chanh leo, CTCP
    "gq10": dict(
        unit="lít",
        products=[dict(label="Nước cốt chanh leo, chai 500 ml", pack="chai", size=0.5,
                       price=[65000, 67000, 69000], qty=[20000, 50000, 80000]),
                  dict(label="Nước chanh leo pha sẵn, chai 330 ml", pack="chai", size=0.33,
                       price=[15000, 15500, 16000], qty=[30000, 75000, 120000]),
                  dict(label="Nước cốt chanh leo, can 5 lít", pack="can", size=5,
                       price=[520000, 535000, 550000], qty=[1000, 2500, 4000])],
        hist=dict(out=[14000, 16000, 18000], price=[85000, 88000, 90000], margin=[0.08, 0.09, 0.10]),
        raws=[dict(label="Quả chanh leo", unit="kg", norm=[1.5, 0.25, 15], price=[9000, 9000, 9500],
                   supply=[("Vườn thuê của hộ dân", [8, 8, 8], "ha", 10000),
                           ("HTX Chanh leo Phú Gia (hợp đồng)", [20, 60, 150], "tấn", 1000)]),
              dict(label="Đường kính", unit="kg", norm=[0, 0.03, 0], price=[22000, 22000, 23000])],
        unit_costs=[("Chai, nắp, can, thùng", [5000, 3000, 20000]), ("Điện, nước", "base", 3000)],
        cap=dict(rating=420, days=260, text="420 lít/ngày", mult="260 ngày"),
        leases=[dict(label="Đất xưởng trong cụm công nghiệp", kind="m2", area=1500, price=15000,
                     step=[1, 1, 1]),
                dict(label="Vườn chanh leo thuê của hộ dân", kind="m2", area=80000, price=600,
                     step=[1, 1, 1])],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Ép, lọc, thanh trùng", [4, 4, 4]),
               ("Chiết rót, đóng thùng", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        inv=[("Nhà xưởng chế biến 400 m²", 1000, 20, "build", 2027, 12),
             ("Dây chuyền ép, lọc, thanh trùng", 900, 10, "machine", 2027, 12),
             ("Máy chiết rót, đóng nắp", 300, 10, "machine", 2027, 12),
             ("Kho lạnh bảo quản quả 60 m³", 360, 10, "machine", 2027, 12),
             ("Hệ thống xử lý nước thải", 150, 10, "machine", 2027, 12),
             ("Bao bì, TCCS, kiểm nghiệm", 80, None, "other", 2027, 12),
             ("Vốn lưu động", 600, None, "wc", 2027, 12)],
        src=[("Vốn góp của cổ đông", 1890), ("Vay ngân hàng thương mại", 1500)],
        loan=[1500, 1200, 900], rate=0.085, sell=0.06, tax=0.015, other=[100, 110, 120],
        payback="avg"),
}

# Planted numeric defects that change a printed figure (the others live in the constants: gq05's
# stills, gq06's fish supply, gq07's sources, gq10's output; and in the prose: gq07's area).
DEFECTS: dict[str, dict] = {
    "gq05": {"profit_plus_dep": True},          # profit = revenue - cost + depreciation
    "gq06": {"dep_total_printed": 118.0},       # depreciation schedule, total of "KH/năm"
    "gq08": {"payback_printed": 1.8},           # "khoảng 1,8 năm"
    "gq09": {"rev_line": [(2, 1, 600.0)]},      # 2028 statues: 330 x 1.550.000 = 511,5
}


# --------------------------------------------------------------------------- the model
def model(key: str, printed: bool = True) -> dict:
    """Every figure of plan `key`; printed=False gives the true values (no planted defect)."""
    c = PLANS[key]
    d = DEFECTS.get(key, {}) if printed else {}
    m: dict = {"key": key}
    prods = c["products"]
    m["qty"] = [[p["qty"][y] for y in Y] for p in prods]
    m["price"] = [[p["price"][y] for y in Y] for p in prods]
    lines = [[r1(p["qty"][y] * p["price"][y] / 1e6) for y in Y] for p in prods]
    for (i, y, v) in d.get("rev_line", []):
        lines[i][y] = v
    m["rev_lines"] = lines
    m["rev"] = [r1(sum(l[y] for l in lines)) for y in Y]
    m["out"] = [r1(sum(p["qty"][y] * p["size"] for p in prods if p.get("size"))) for y in Y]
    m["growth"] = ([None] + [r1((m["out"][y] / m["out"][y - 1] - 1) * 100) for y in (1, 2)]
                   if m["out"][0] else [None] * 3)
    h = c["hist"]
    m["h_out"] = h["out"]
    m["h_price"] = h["price"]
    m["h_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in Y]
    m["h_profit"] = [r1(m["h_rev"][i] * h["margin"][i]) for i in Y]
    # raw materials
    m["raws"] = []
    for r in c["raws"]:
        if isinstance(r["norm"], list):
            need = [sum(p["qty"][y] * r["norm"][i] for i, p in enumerate(prods)) for y in Y]
        else:
            base = r.get("basis")
            q = m["out"] if base is None else [sum(prods[i]["qty"][y] for i in base) for y in Y]
            need = [q[y] * r["norm"] for y in Y]
        dec = r.get("dec", 0)
        need = [round(x, dec) if dec else r0(x) for x in need]
        sup_rows = [[r0(cnt[y] * yl) if not dec else round(cnt[y] * yl, dec) for y in Y]
                    for (_, cnt, _, yl) in r.get("supply", [])]
        sup = [sum(s[y] for s in sup_rows) for y in Y] if sup_rows else None
        cost = [r1(need[y] * r["price"][y] / 1e6) for y in Y]
        m["raws"].append(dict(need=need, sup_rows=sup_rows, sup=sup, cost=cost, dec=dec))
    # unit costs (packaging, energy ...)
    m["unit"] = []
    for u in c["unit_costs"]:
        if u[1] == "base":
            m["unit"].append([r1(m["out"][y] * u[2] / 1e6) for y in Y])
        else:
            m["unit"].append([r1(sum(p["qty"][y] * u[1][i] for i, p in enumerate(prods)) / 1e6)
                              for y in Y])
    # capacity
    cap = c.get("cap")
    if cap:
        m["cap"] = r0(cap["rating"] * cap["days"])
        basis = cap.get("basis")
        q = m["out"] if basis is None else [sum(prods[i]["qty"][y] * (prods[i].get("size") or 1)
                                                for i in basis) for y in Y]
        m["cap_q"] = q
        m["use"] = [r1(q[y] / m["cap"] * 100) for y in Y]
    # staff and wages
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m["wage"] = c["wage"]
    m["wages"] = [r1(m["staff"][y] * c["wage"][y] * 12) for y in Y]
    # leases
    m["lease"] = []
    for ls in c["leases"]:
        if ls["kind"] == "month":
            rent = [r1(ls["month"] * 12 * ls["step"][y]) for y in Y]
        elif ls["kind"] == "fixed":
            rent = [r1(ls["count"] * ls["each"] * ls["step"][y]) for y in Y]
        else:
            rent = [r1(ls["area"] * ls["price"] * ls["step"][y] / 1e6) for y in Y]
        m["lease"].append(rent)
    m["rent"] = [r1(sum(x[y] for x, ls in zip(m["lease"], c["leases"]) if ls["kind"] != "prepaid"))
                 for y in Y]
    # investment, depreciation, amortisation
    inv = c["inv"]
    m["inv_total"] = r1(sum(i[1] for i in inv))
    m["fixed_total"] = r1(sum(i[1] for i in inv if i[3] in ("build", "machine")))
    deps = []
    for (lab, amt, life, grp, y0, months) in inv:
        if grp not in ("build", "machine", "prepaid"):
            continue
        row = []
        for y, yr in enumerate(YEARS):
            if yr < y0:
                row.append(0.0)
            elif yr == y0:
                row.append(r1(amt / life * months / 12))
            else:
                row.append(r1(amt / life))
        deps.append(dict(label=lab, amt=amt, life=life, grp=grp, y0=y0, months=months,
                         year=r1(amt / life), row=row,
                         left=r1(amt - sum(row))))
    m["deps"] = [x for x in deps if x["grp"] != "prepaid"]
    m["amorts"] = [x for x in deps if x["grp"] == "prepaid"]
    m["dep"] = [r1(sum(x["row"][y] for x in m["deps"])) for y in Y]
    m["dep_build"] = [r1(sum(x["row"][y] for x in m["deps"] if x["grp"] == "build")) for y in Y]
    m["dep_machine"] = [r1(sum(x["row"][y] for x in m["deps"] if x["grp"] == "machine")) for y in Y]
    m["amort"] = [r1(sum(x["row"][y] for x in m["amorts"])) for y in Y]
    m["dep_year_total"] = r1(sum(x["year"] for x in m["deps"]))
    if "dep_total_printed" in d:
        m["dep_year_total"] = d["dep_total_printed"]
    m["dep_left_total"] = r1(sum(x["left"] for x in m["deps"]))
    m["src"] = c["src"]
    m["src_total"] = r1(sum(s[1] for s in c["src"]))
    m["interest"] = [r1(c["loan"][y] * c["rate"]) for y in Y]
    m["sell"] = [r1(m["rev"][y] * c["sell"]) for y in Y]
    m["tax"] = [r1(m["rev"][y] * c["tax"]) for y in Y]
    m["other"] = c["other"]
    parts = ([r["cost"] for r in m["raws"]] + m["unit"] + [m["wages"], m["rent"], m["dep"],
             m["amort"], m["interest"], m["sell"], m["tax"], m["other"]])
    m["cost"] = [r1(sum(p[y] for p in parts)) for y in Y]
    if d.get("profit_plus_dep"):
        m["profit"] = [r1(m["rev"][y] - m["cost"][y] + m["dep"][y]) for y in Y]
    else:
        m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["cash"] = [r1(m["profit"][y] + m["dep"][y] + m["amort"][y]) for y in Y]
    cum, run = [], -m["inv_total"]
    for y in Y:
        run = r1(run + m["cash"][y])
        cum.append(run)
    m["cum"] = cum
    avg_p = sum(m["profit"]) / 3
    avg_nc = (sum(m["dep"]) + sum(m["amort"])) / 3
    m["avg_profit"] = r1(avg_p)
    m["avg_noncash"] = r1(avg_nc)
    m["payback_avg"] = round(m["inv_total"] / (r1(avg_p) + r1(avg_nc)), 2)
    # payback on the cumulated cash flow (years from 1/1/2027, linear inside the year)
    pb, left = None, m["inv_total"]
    for y in Y:
        if m["cash"][y] >= left:
            pb = y + left / m["cash"][y]
            break
        left -= m["cash"][y]
    m["payback_cum"] = round(pb, 2) if pb is not None else None
    m["payback"] = m["payback_avg"] if c["payback"] == "avg" else m["payback_cum"]
    if "payback_printed" in d:
        m["payback"] = d["payback_printed"]
    return m


# --------------------------------------------------------------------------- the tables
# How each plan lays its figures out: unit words, captions, the depreciation schedule's form
# ("life": useful life and depreciation a year; "years": depreciation per year; "rate": the
# yearly rate in %), whether the cost table splits rent and depreciation, and the summary rows.
LAYOUT: dict[str, dict] = {
    "gq01": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="kg", dep="years", rent_split=True, dep_split=True, cash=True, cum=False,
                 raw_left=True, cost_cap="Chi phí sản xuất kinh doanh 2027 – 2029 (đã gồm khấu hao)"),
    "gq02": dict(tabs=['hist', 'raw', 'land', 'output', 'price', 'rev', 'staff', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="kg chè khô", dep="life", rent_split=False, dep_split=False, cash=True,
                 cum=True, raw_left=True, cost_cap="Dự toán chi phí 2027 – 2029"),
    "gq03": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="kg", dep="rate", rent_split=True, dep_split=False, cash=True, cum=False,
                 raw_left=True, cost_cap="Chi phí hằng năm của hộ"),
    "gq04": dict(tabs=['hist', 'raw_all', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="lượt khách", dep="life", rent_split=True, dep_split=True, cash=True,
                 cum=False, raw_left=False, cost_cap="Chi phí kinh doanh dịch vụ 2027 – 2029"),
    "gq05": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="lít", dep="life", rent_split=False, dep_split=False, cash=False, cum=False,
                 raw_left=True, dep_row=True, cost_cap="Chi phí sản xuất 2027 – 2029"),
    "gq06": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="lít", dep="life", rent_split=False, dep_split=False, cash=True, cum=False,
                 raw_left=False, cost_cap="Chi phí sản xuất kinh doanh 2027 – 2029"),
    "gq07": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="lít", dep="rate", rent_split=True, dep_split=True, cash=True, cum=False,
                 raw_left=True, cost_cap="Chi phí sản xuất kinh doanh 2027 – 2029"),
    "gq08": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="kg", dep="life", rent_split=True, dep_split=False, cash=True, cum=False,
                 raw_left=True, cost_cap="Chi phí sản xuất của hộ 2027 – 2029"),
    "gq09": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="chiếc", dep="life", rent_split=False, dep_split=False, cash=True, cum=False,
                 raw_left=True, cost_cap="Chi phí sản xuất 2027 – 2029"),
    "gq10": dict(tabs=['hist', 'raw', 'land', 'staff', 'output', 'price', 'rev', 'inv', 'src', 'dep', 'cost', 'sum'],
                 unit_word="lít", dep="rate", rent_split=True, dep_split=False, cash=True, cum=False,
                 raw_left=True, cost_cap="Chi phí sản xuất kinh doanh 2027 – 2029"),
}

YH = ["Năm 2027", "Năm 2028", "Năm 2029"]


def _lease_price(ls: dict) -> str:
    if ls["kind"] in ("m2", "prepaid"):
        return f"{n0(ls['price'])} đ/m²/năm"
    if ls["kind"] == "month":
        return f"{fmt(ls['month'], 1)} tr.đ/tháng"
    return f"{fmt(ls['each'], 1)} tr.đ/điểm/năm"


def rate_pct(life: int) -> float:
    return r1(100 / life)


def tables(key: str, m: dict) -> dict[str, T]:
    """The numeric tables of a full plan, from the model `m` (printed or true)."""
    c, lay = PLANS[key], LAYOUT[key]
    u = lay["unit_word"]
    out: dict[str, T] = {}
    service = key == "gq04"
    # history
    if service:
        hrows = [["1", "Lượt khách", *[N(x, 0) for x in m["h_out"]]],
                 ["2", "Chi tiêu bình quân (đồng/lượt)", *[N(x, 0) for x in m["h_price"]]]]
    else:
        hrows = [["1", f"Sản lượng ({u})", *[N(x, 0) for x in m["h_out"]]],
                 ["2", f"Giá bán bình quân (đồng/{c['unit']})", *[N(x, 0) for x in m["h_price"]]]]
    hrows += [["3", "Doanh thu (triệu đồng)", *[N(x) for x in m["h_rev"]]],
              ["4", "Lợi nhuận (triệu đồng)", *[N(x) for x in m["h_profit"]]]]
    out["hist"] = T("hist", "Kết quả sản xuất kinh doanh 2024 – 2026", None,
                    ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], hrows)
    # raw materials: the main material in detail
    r0c, rm = c["raws"][0], m["raws"][0]
    dec = rm["dec"]
    rows, i = [], 1
    for (lab, cnt, word, yl), vals in zip(r0c["supply"], rm["sup_rows"]):
        if cnt == [1, 1, 1]:
            rows.append([str(i), lab, *[N(v, dec) for v in vals]])
        elif len(set(cnt)) == 1:
            rows.append([str(i), f"{lab}: {n0(cnt[0])} {word} × {n0(yl)} {r0c['unit']}",
                         *[N(v, dec) for v in vals]])
        else:
            rows.append([str(i), f"{lab} (số {word})", *[N(x, 0) for x in cnt]])
            i += 1
            rows.append([str(i), f"Sản lượng ({n0(yl)} {r0c['unit']}/{word})", *[N(v, dec) for v in vals]])
        i += 1
    rows.append([str(i), f"Tổng nguồn cung ({r0c['unit']})", *[N(v, dec) for v in rm["sup"]]])
    i += 1
    if isinstance(r0c["norm"], list):
        need_lab = f"Nhu cầu ({r0c['unit']}, theo định mức từng sản phẩm)"
    else:
        base = "suất ăn" if r0c.get("basis") else u
        need_lab = f"Nhu cầu ({fmt(r0c['norm'], 2).rstrip('0').rstrip(',')} {r0c['unit']}/{base})"
    rows.append([str(i), need_lab, *[N(v, dec) for v in rm["need"]]])
    if lay["raw_left"]:
        i += 1
        rows.append([str(i), f"Còn dư ({r0c['unit']})",
                     *[N(rm["sup"][y] - rm["need"][y], dec) for y in Y]])
    out["raw"] = T("raw", f"Nguồn cung và nhu cầu {r0c['label'].lower()} 2027 – 2029", None,
                   ["TT", "Nguồn / chỉ tiêu", *YH], rows)
    if service:  # the other food supplies in one table
        rows = []
        for j, (rc, rmm) in enumerate(zip(c["raws"], m["raws"]), 1):
            rows.append([str(j), f"{rc['label']} ({rc['unit']})", *[N(v, 0) for v in rmm["need"]],
                         N(rmm["sup"][0], 0)])
        out["raw_all"] = T("raw_all", "Nhu cầu thực phẩm theo số suất ăn và nguồn cung", None,
                           ["TT", "Thực phẩm (ĐVT)", "Cần 2027", "Cần 2028", "Cần 2029", "Cung/năm"], rows)
    # leases
    rows = []
    for j, (ls, rent) in enumerate(zip(c["leases"], m["lease"]), 1):
        area = N(ls["area"], 0) if ls.get("area") else "–"
        rows.append([str(j), ls["label"], area, _lease_price(ls), *[N(v) for v in rent]])
    if len(rows) > 1:
        rows.append(["", "Cộng", "–", "–",
                     *[N(r1(sum(l[y] for l in m["lease"]))) for y in Y]])
    out["land"] = T("land", "Đất đai, mặt bằng thuê và tiền thuê hằng năm", "ĐVT tiền thuê: triệu đồng",
                    ["TT", "Hạng mục thuê", "Diện tích (m²)", "Đơn giá", *YH], rows)
    # staff
    rows = [[str(j), lab, *[N(x, 0) for x in v]] for j, (lab, v) in enumerate(c["roles"], 1)]
    rows += [["", "Tổng số lao động", *[N(x, 0) for x in m["staff"]]],
             ["", "Lương bình quân (triệu đồng/người/tháng)", *[N(x) for x in m["wage"]]],
             ["", "Quỹ lương (triệu đồng/năm)", *[N(x) for x in m["wages"]]]]
    out["staff"] = T("staff", "Lao động và tiền lương", None, ["TT", "Bộ phận", *YH], rows)
    # output
    rows = [[str(j), f"{p['label']} ({p['pack']})", *[N(x, 0) for x in m["qty"][j - 1]]]
            for j, p in enumerate(c["products"], 1)]
    if service:
        rows.append(["", "Số đêm phòng tối đa (10 phòng × 365 đêm)", *[N(m["cap"], 0)] * 3])
        rows.append(["", "Công suất sử dụng phòng (%)", *[N(x) for x in m["use"]]])
    else:
        d_out = 0 if all(abs(x - round(x)) < 1e-9 for x in m["out"]) else 1
        rows.append(["", f"Tổng sản lượng quy đổi ({u})", *[N(x, d_out) for x in m["out"]]])
        if key != "gq05":
            rows.append(["", f"Công suất thiết kế ({u}/năm)", *[N(m["cap"], 0)] * 3])
            rows.append(["", "Tỷ lệ sử dụng công suất (%)", *[N(x) for x in m["use"]]])
    out["output"] = T("output", "Kế hoạch sản lượng 2027 – 2029", None, ["TT", "Sản phẩm (ĐVT)", *YH], rows)
    # prices and revenue
    rows = [[str(j), f"{p['label']} (đồng/{p['pack']})", *[N(x, 0) for x in m["price"][j - 1]]]
            for j, p in enumerate(c["products"], 1)]
    out["price"] = T("price", "Giá bán dự kiến", None, ["TT", "Sản phẩm", *YH], rows)
    rows = [[str(j), p["label"], *[N(x) for x in m["rev_lines"][j - 1]]]
            for j, p in enumerate(c["products"], 1)]
    rows.append(["", "Tổng doanh thu", *[N(x) for x in m["rev"]]])
    out["rev"] = T("rev", "Doanh thu dự kiến 2027 – 2029", "ĐVT: triệu đồng", ["TT", "Sản phẩm", *YH], rows)
    # investment and sources
    rows = [[str(j), lab, N(amt)] for j, (lab, amt, *_rest) in enumerate(c["inv"], 1)]
    rows.append(["", "Tổng vốn đầu tư", N(m["inv_total"])])
    out["inv"] = T("inv", "Tổng vốn đầu tư", "ĐVT: triệu đồng", ["TT", "Hạng mục", "Thành tiền"], rows)
    tot = m["src_total"]
    rows = [[str(j), lab, N(amt), N(r1(amt / tot * 100))] for j, (lab, amt) in enumerate(c["src"], 1)]
    rows.append(["", "Tổng nguồn vốn", N(tot), N(100.0)])
    out["src"] = T("src", "Nguồn vốn", "ĐVT: triệu đồng", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows)
    # depreciation schedule
    deps = m["deps"]
    if lay["dep"] == "life":
        rows = [[str(j), x["label"], N(x["amt"]), N(x["life"], 0), N(x["year"]), N(x["left"])]
                for j, x in enumerate(deps, 1)]
        rows.append(["", "Tổng cộng", N(r1(sum(x["amt"] for x in deps))), "–",
                     N(m["dep_year_total"]), N(m["dep_left_total"])])
        hdr = ["TT", "Tài sản cố định", "Nguyên giá", "Số năm", "KH/năm", "Còn lại 2029"]
    elif lay["dep"] == "rate":
        rows = [[str(j), x["label"], N(x["amt"]), N(rate_pct(x["life"])), N(x["year"])]
                for j, x in enumerate(deps, 1)]
        rows.append(["", "Tổng cộng", N(r1(sum(x["amt"] for x in deps))), "–", N(m["dep_year_total"])])
        hdr = ["TT", "Tài sản cố định", "Nguyên giá", "Tỷ lệ KH (%/năm)", "Khấu hao/năm"]
    else:
        rows = [[str(j), x["label"], N(x["amt"]), N(x["life"], 0), *[N(v) for v in x["row"]]]
                for j, x in enumerate(deps, 1)]
        rows.append(["", "Tổng cộng", N(r1(sum(x["amt"] for x in deps))), "–", *[N(v) for v in m["dep"]]])
        hdr = ["TT", "Tài sản", "Nguyên giá", "Số năm", "2027", "2028", "2029"]
    out["dep"] = T("dep", "Khấu hao tài sản cố định (đường thẳng)", "ĐVT: triệu đồng", hdr, rows)
    # costs
    rows, j = [], 1

    def add(lab, vals):
        nonlocal j
        rows.append([str(j), lab, *[N(v) for v in vals]])
        j += 1

    for rc, rmm in zip(c["raws"], m["raws"]):
        add(rc["label"], rmm["cost"])
    for uc, vals in zip(c["unit_costs"], m["unit"]):
        add(uc[0], vals)
    add("Tiền lương lao động", m["wages"])
    if lay["rent_split"]:
        for ls, vals in zip(c["leases"], m["lease"]):
            if ls["kind"] != "prepaid":
                add("Thuê " + ls["label"][0].lower() + ls["label"][1:], vals)
    else:
        if any(v for v in m["rent"]):
            add("Thuê đất, mặt bằng", m["rent"])
    if lay["dep_split"]:
        if any(m["dep_build"]):
            add("Khấu hao nhà xưởng, công trình", m["dep_build"])
        add("Khấu hao máy móc, thiết bị", m["dep_machine"])
    else:
        add("Khấu hao tài sản cố định", m["dep"])
    if any(m["amort"]):
        add("Phân bổ tiền thuê đất trả trước", m["amort"])
    add(f"Lãi vay ({fmt(c['rate'] * 100, 1).replace(',0', '')} %/năm)", m["interest"])
    add(f"Bán hàng, quảng bá ({fmt(c['sell'] * 100, 1).replace(',0', '')} % doanh thu)", m["sell"])
    if c["tax"]:
        add(f"Thuế, phí ({fmt(c['tax'] * 100, 1).replace(',0', '')} % doanh thu)", m["tax"])
    add("Chi phí khác", m["other"])
    rows.append(["", "Tổng chi phí", *[N(v) for v in m["cost"]]])
    out["cost"] = T("cost", lay["cost_cap"], "ĐVT: triệu đồng", ["TT", "Khoản mục", *YH], rows)
    # summary
    rows = [["1", "Doanh thu", *[N(v) for v in m["rev"]]],
            ["2", "Tổng chi phí", *[N(v) for v in m["cost"]]]]
    k = 3
    if lay.get("dep_row"):
        rows.append([str(k), "Khấu hao TSCĐ", *[N(v) for v in m["dep"]]])
        k += 1
    rows.append([str(k), "Lợi nhuận", *[N(v) for v in m["profit"]]])
    k += 1
    rows.append([str(k), "Tỷ suất lợi nhuận/doanh thu (%)", *[N(v) for v in m["margin"]]])
    k += 1
    if lay["cash"]:
        lab = "Khấu hao và phân bổ" if any(m["amort"]) else "Khấu hao TSCĐ"
        rows.append([str(k), lab, *[N(r1(m["dep"][y] + m["amort"][y])) for y in Y]])
        k += 1
        rows.append([str(k), "Dòng tiền thuần (lợi nhuận + khấu hao)", *[N(v) for v in m["cash"]]])
        k += 1
    if lay["cum"]:
        rows.append([str(k), f"Dòng tiền lũy kế (vốn đầu tư −{fmt(m['inv_total'])})",
                     *[N(v) for v in m["cum"]]])
    out["sum"] = T("sum", "Tổng hợp hiệu quả kinh tế", "ĐVT: triệu đồng", ["TT", "Chỉ tiêu", *YH], rows)
    for k2, cap in lay.get("caps", {}).items():
        out[k2].caption = cap
    return out


def payback_text(key: str, m: dict) -> str:
    """The payback as the plan words it."""
    pb = m["payback"]
    if key in ("gq03", "gq02"):
        yrs = int(pb)
        months = r0((pb - yrs) * 12)
        if months == 12:
            yrs, months = yrs + 1, 0
        return f"{yrs} năm {months} tháng"
    return f"{fmt(pb, 1)} năm"


def claims(key: str, m: dict) -> dict[str, str]:
    """Figures the prose of a full plan states, worded as they appear in it."""
    c = PLANS[key]
    u = LAYOUT[key]["unit_word"]
    f = {
        "inv": f"{tr(m['inv_total'])} triệu đồng",
        "rev27": f"{tr(m['rev'][0])} triệu đồng",
        "rev29": f"{tr(m['rev'][2])} triệu đồng",
        "profit27": f"{tr(m['profit'][0])} triệu đồng",
        "profit29": f"{tr(m['profit'][2])} triệu đồng",
        "dep27": f"{tr(m['dep'][0])} triệu đồng",
        "wages27": f"{tr(m['wages'][0])} triệu đồng",
        "staff27": f"{m['staff'][0]} lao động",
        "payback": payback_text(key, m),
        "fixed": f"{tr(m['fixed_total'])} triệu đồng",
        "rent27": f"{tr(m['rent'][0])} triệu đồng",
        "avg_profit": tr(m["avg_profit"]),
        "avg_noncash": tr(m["avg_noncash"]),
        "payback2": f"{fmt(m['payback'], 2)} năm",
        "dep29": f"{tr(m['dep'][2])} triệu đồng",
        "use27": fmt(m["use"][0]) if "use" in m else "",
        "use29": fmt(m["use"][2]) if "use" in m else "",
        "cum_left": f"{tr(-m['cum'][1])} triệu đồng chưa thu hồi",
        "cash29": f"dòng tiền {tr(m['cash'][2])} triệu đồng",
        "loss27": f"lỗ {tr(-m['profit'][0])} triệu đồng",
    }
    if len(c["raws"]) > 1:
        f["raw1_need"] = f"{n0(m['raws'][1]['need'][0])} – {n0(m['raws'][1]['need'][2])} kg/năm"
    if key != "gq04":
        f["out27"] = f"{n0(m['out'][0])} {c['unit']}"
        f["out29"] = f"{n0(m['out'][2])} {c['unit']}"
        f["out28"] = f"{n0(m['out'][1])} {c['unit']}"
        f["cap"] = f"{n0(m['cap'])} {c['unit']}/năm"
    for j, ls in enumerate(c["leases"]):
        if ls.get("area"):
            f[f"area{j}"] = f"{n0(ls['area'])} m²"
        f[f"lease{j}"] = f"{tr(m['lease'][j][0])} triệu đồng"
        f[f"lease{j}_29"] = f"{tr(m['lease'][j][2])} triệu đồng"
    return f


# --------------------------------------------------------------------------- what is planted
# Printed table cells that differ from the true model: planted (must be off by more than 5 %) or
# knock-on (follow a planted figure). (table key, row label prefix); every numeric column.
PLANTED_CELLS: dict[str, list[tuple[str, str]]] = {
    "gq05": [("sum", "Lợi nhuận")],
    "gq06": [("dep", "Tổng cộng")],
    "gq09": [("rev", "Tượng gỗ 30 cm")],
}
KNOCK_CELLS: dict[str, list[tuple[str, str]]] = {
    "gq05": [("sum", "Tỷ suất lợi nhuận")],
    "gq09": [("rev", "Tổng doanh thu"), ("cost", "Bán hàng"), ("cost", "Tổng chi phí"), ("sum", "")],
}
# prose figures (claims()) that differ from the true ones
PLANTED_CLAIMS = {"gq08": ["payback"]}
KNOCK_CLAIMS = {"gq05": ["payback", "profit27", "profit29", "avg_profit"],
                "gq09": ["payback", "avg_profit"]}

# The prose figures each plan states (keys of claims())
CLAIM_KEYS: dict[str, list[str]] = {
    'gq01': ['area0', 'avg_noncash', 'avg_profit', 'cap', 'dep27', 'dep29', 'fixed', 'inv', 'lease0', 'lease1', 'out27', 'out29', 'payback', 'profit29', 'rev27', 'rev29', 'staff27', 'use27', 'use29'],
    'gq02': ['area0', 'cap', 'cash29', 'cum_left', 'dep27', 'fixed', 'inv', 'lease1', 'out27', 'out29', 'payback', 'rev27', 'rev29', 'staff27', 'use27', 'use29'],
    'gq03': ['avg_noncash', 'avg_profit', 'cap', 'dep27', 'fixed', 'inv', 'lease0', 'lease0_29', 'out27', 'out29', 'payback', 'payback2', 'rev27', 'rev29'],
    'gq04': ['area0', 'avg_noncash', 'avg_profit', 'dep27', 'fixed', 'inv', 'payback', 'rev27', 'rev29', 'staff27', 'use27', 'use29'],
    'gq05': ['avg_noncash', 'avg_profit', 'cap', 'dep27', 'fixed', 'inv', 'lease0', 'lease1', 'out27', 'out29', 'payback', 'profit27', 'profit29', 'raw1_need', 'rev27', 'rev29', 'staff27'],
    'gq06': ['avg_noncash', 'avg_profit', 'cap', 'dep27', 'inv', 'lease0', 'out27', 'out29', 'payback', 'rev27', 'rev29', 'staff27', 'use27', 'use29'],
    'gq07': ['avg_noncash', 'avg_profit', 'cap', 'dep27', 'fixed', 'inv', 'lease1', 'out27', 'out29', 'payback', 'rev27', 'rev29'],
    'gq08': ['avg_noncash', 'avg_profit', 'cap', 'dep27', 'inv', 'out27', 'out29', 'payback', 'rev27', 'rev29', 'staff27'],
    'gq09': ['avg_noncash', 'avg_profit', 'cap', 'dep27', 'inv', 'lease0', 'out27', 'out29', 'payback', 'profit27', 'profit29', 'rev27', 'rev29', 'use27', 'use29'],
    'gq10': ['area0', 'avg_noncash', 'avg_profit', 'cap', 'dep27', 'inv', 'lease0', 'lease1', 'loss27', 'out27', 'out28', 'out29', 'payback', 'profit29', 'rev27', 'rev29'],
}

SKETCHY = {
    "gq11": dict(words=(150, 350), figures=["1.500 kg", "180.000 đồng/kg", "120 triệu đồng",
                                            "270 triệu đồng", "60 triệu đồng", "khoảng 2 năm",
                                            "40 m²", "2 triệu đồng/tháng", "25 triệu đồng"]),
    "gq12": dict(words=(150, 350), figures=["20.000 cây", "35.000 đồng/cây", "700 triệu đồng",
                                            "150 triệu đồng", "6 triệu đồng", "40 triệu đồng"]),
}
READY = ("gq01", "gq02", "gq03", "gq04")


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables_md(self) -> dict[str, tuple[list[str], list[list[str]]]]:
        """caption -> (header, rows) of every "Bảng N. caption" table in the Markdown."""
        out: dict[str, tuple[list[str], list[list[str]]]] = {}
        lines = self.body.splitlines()
        i = 0
        while i < len(lines):
            mm = re.match(r"^Bảng \d+\. (.+)$", lines[i].strip())
            if not mm:
                i += 1
                continue
            cap = mm.group(1).strip()
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("|"):
                j += 1
            rows = []
            while j < len(lines) and lines[j].strip().startswith("|"):
                rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                j += 1
            out[cap] = (rows[0], rows[2:]) if len(rows) >= 2 else ([], [])
            i = j
        return out


def _num(x: str) -> float | None:
    x = x.replace("−", "-")
    if re.fullmatch(r"-?[\d.]+(,\d+)?", x):
        return vn(x)
    return None


def near(a: float, b: float) -> bool:
    return close(a, b) or abs(a - b) <= 0.11


def _match(label: str, prefixes: list[tuple[str, str]], tkey: str) -> bool:
    return any(tk == tkey and label.startswith(pre) for tk, pre in prefixes)


def check_tables(p: Plan, key: str) -> None:
    m, mt = model(key), model(key, printed=False)
    printed, true = tables(key, m), tables(key, mt)
    md = p.tables_md()
    n_md = len(md)
    p.check(10 <= n_md <= 15, f"{n_md} tables (want 10-15)")
    for tk in LAYOUT[key]["tabs"]:
        spec, tspec = printed[tk], true[tk]
        if spec.caption not in md:
            p.failures.append(f"table not found: {spec.caption!r}")
            continue
        hdr, rows = md[spec.caption]
        p.check(hdr == spec.header, f"{tk}: header {hdr} != {spec.header}")
        if len(rows) != len(spec.rows):
            p.failures.append(f"{tk}: {len(rows)} rows, model has {len(spec.rows)}")
            continue
        for r_md, r_sp, r_tr in zip(rows, spec.rows, tspec.rows):
            label = str(r_sp[1])
            for j, (x, sp, tv) in enumerate(zip(r_md, r_sp, r_tr)):
                if isinstance(sp, N):
                    v = _num(x)
                    if v is None or not near(v, sp.v):
                        p.failures.append(f"{tk} / {label} / col {j}: plan {x!r}, model {sp}")
                        continue
                    if near(sp.v, tv.v):
                        continue
                    if _match(label, PLANTED_CELLS.get(key, []), tk):
                        p.check(off(v, tv.v), f"{tk} / {label}: planted {x} not > 5 % off true {tv}")
                    elif not _match(label, KNOCK_CELLS.get(key, []), tk):
                        p.failures.append(f"{tk} / {label} / col {j}: {x} differs from true {tv}, "
                                          f"not declared")
                elif x != str(sp):
                    p.failures.append(f"{tk} / col {j}: plan {x!r}, model {str(sp)!r}")
    # planted cells really exist
    for tk, pre in PLANTED_CELLS.get(key, []):
        hits = [r for r in printed[tk].rows if str(r[1]).startswith(pre)]
        p.check(bool(hits), f"planted row {tk}/{pre} not in the model")
    # prose figures
    cp, ct = claims(key, m), claims(key, mt)
    for name in CLAIM_KEYS[key]:
        text = cp[name]
        if text not in p.body:
            p.failures.append(f"prose figure {name} not found: {text!r}")
        if ct[name] != text:
            if name in PLANTED_CLAIMS.get(key, []):
                pass
            elif name not in KNOCK_CLAIMS.get(key, []):
                p.failures.append(f"prose figure {name}: {text!r} differs from true {ct[name]!r}")
    for name in PLANTED_CLAIMS.get(key, []):
        if name == "payback":
            p.check(off(m["payback"], mt["payback"]),
                    f"planted payback {m['payback']} not > 5 % off true {mt['payback']}")
            p.check(ct["payback"] not in p.body, f"true payback {ct['payback']} is in the plan")


def check_feasibility(p: Plan, key: str) -> None:
    """The realism checks a reviewer makes, true values; planted exceptions asserted the other way."""
    t = model(key, printed=False)
    c = PLANS[key]
    # raw materials
    for i, (rc, rm) in enumerate(zip(c["raws"], t["raws"])):
        if rm["sup"] is None:
            continue
        for y in Y:
            short = rm["need"][y] > rm["sup"][y]
            if key == "gq06" and i == 0 and y > 0:
                p.check(short and off(rm["need"][y], rm["sup"][y]),
                        f"gq06 {YEARS[y]}: need {rm['need'][y]} should exceed supply {rm['sup'][y]} by > 5 %")
            else:
                p.check(not short, f"{rc['label']} {YEARS[y]}: need {rm['need'][y]} > supply {rm['sup'][y]}")
    # capacity
    for y in Y:
        over = t["cap_q"][y] > t["cap"]
        if key == "gq05" and y == 2:
            p.check(over and off(t["cap_q"][y], t["cap"]),
                    f"gq05 2029: output {t['cap_q'][y]} should exceed capacity {t['cap']} by > 5 %")
        else:
            p.check(not over, f"{YEARS[y]}: output {t['cap_q'][y]} > capacity {t['cap']}")
    # capital
    if key == "gq07":
        p.check(off(t["src_total"], t["inv_total"]),
                f"gq07: sources {t['src_total']} should be > 5 % off investment {t['inv_total']}")
    else:
        p.check(near(t["src_total"], t["inv_total"]), f"sources {t['src_total']} != investment {t['inv_total']}")
    # growth and margins
    g = [t["rev"][y] / t["rev"][y - 1] - 1 for y in (1, 2)]
    if key == "gq10":
        p.check(g[0] > 1.0 and g[1] > 0.5 and len(set(t["staff"])) == 1,
                f"gq10: growth {g} should be > 100 % then > 50 % with the same staff")
    else:
        p.check(all(x <= 0.35 for x in g), f"revenue growth {g} above 35 %")
        if t["out"][0]:
            p.check(t["out"][0] <= t["h_out"][2] * 1.4, "2027 output more than +40 % over 2026")
        p.check(all(0 < x <= 35 for x in t["margin"]), f"margins {t['margin']}")
    # depreciation as the schedule says: each asset cost / life, and the cost line uses it
    for x in t["deps"]:
        p.check(near(x["year"], x["amt"] / x["life"]), f"depreciation of {x['label']}")


def has_i(p: Plan, *snippets: str) -> None:
    for x in snippets:
        p.check(x.lower() in p.body.lower(), f"text not found: {x!r}")


def check_text(p: Plan, key: str) -> None:
    b = p.body
    if key != "gq10":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key != "gq08":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or district level")
    if key in READY:
        has_i(p, "nhãn hiệu", "TCCS", "cấp lại")
        # gq03: washing water under 5 m³/day, exempt under NĐ 08/2022 as amended by NĐ 05/2025
        has_i(p, "không phải đăng ký môi trường" if key == "gq03" else "đăng ký môi trường")
        if key != "gq04":  # a service sells no packaged goods
            p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP")
        p.check(bool(re.search(r"truy xuất|nhật ký", b)), "no traceability / log")
        for d_, mo, yr in re.findall(r"(?:đến|hiệu lực đến) (\d{1,2})/(\d{1,2})/(\d{4})", b):
            p.check(int(yr) >= 2028, f"paper valid only to {d_}/{mo}/{yr}")
        if key != "gq04":
            p.has("an toàn thực phẩm", "tự công bố", "thử nghiệm")
    if key == "gq01":
        p.has("trả tiền hằng năm", "không trích khấu hao", "12.500 đồng/m²/năm", "6 tháng khấu hao")
    if key == "gq02":
        p.has("không ghi công dụng chữa bệnh", "trả tiền thuê đất một lần", "phân bổ đều", "cộng dồn",
              "1.500 m² × 10.000 đồng/m²/năm × 20 năm = 300 triệu đồng", "15 triệu đồng mỗi năm")
        p.check(near(1500 * 10000 * 20 / 1e6, 300) and near(300 / 20, model(key)["amort"][0]),
                "gq02: prepaid rent and its amortisation")
    if key == "gq03":
        p.has("tăng 10 %", "thời hạn thuê còn lại 4 năm", "25 %/năm", "12,5 %/năm", "20 %/năm")
    if key == "gq04":
        p.has("Luật Du lịch năm 2017", "an toàn thực phẩm", "4.000 đồng/m²/năm", "1.500 đồng/m²")
    if key == "gq05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công", "alcohol licence")
        p.has("đủ điều kiện an toàn thực phẩm", "TCCS", "QCVN 6-3:2010/BYT", "đăng ký môi trường",
              "50 lít rượu/ngày", "270 ngày", "đáp ứng đủ sản lượng kế hoạch đến năm 2029")
        p.lacks(r"Công suất thiết kế|Tỷ lệ sử dụng công suất", "capacity row in gq05")
    if key == "gq06":
        p.lacks(r"môi trường|nước thải|chất thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|(?<!\w)rác(?!\w)|ô nhiễm|"
                r"vệ sinh|biogas|(?<!\w)bã(?!\w)|nước rửa", "environment words")
        p.has("an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP", "bảo đảm đủ nguyên liệu")
        p.lacks(r"Còn dư|thiếu", "raw-material balance row")
    if key == "gq07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|hợp chuẩn|hợp quy|"
                r"chất lượng sản phẩm", "product standard words")
        p.has("43/2017/NĐ-CP", "nhãn hiệu", "đủ điều kiện sản xuất mỹ phẩm", "không phải thực phẩm",
              "thuê 3.000 m² đất", "bảo đảm đủ cho phương án")
        ls = PLANS["gq07"]["leases"][0]
        p.check(off(3000, ls["area"]), "gq07: 3.000 m² vs the table's area")
        p.check(near(ls["area"] * ls["price"] * 5 / 1e6, 108), "gq07: prepaid rent = area × price × 5")
    if key == "gq08":
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current programme instrument")
        has_i(p, "nhãn hiệu")
        p.lacks(r"kiểm soát|truy xuất|nhật ký|(?<!\w)lô(?!\w)|(?<!\w)QR(?!\w)|lưu mẫu|(?<!\w)tem(?!\w)|mã vạch|"
                r"kiểm tra|sổ theo dõi", "quality-control words")
        p.has("an toàn thực phẩm", "TCCS", "thử nghiệm", "43/2017/NĐ-CP")
    if key == "gq09":
        p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|đăng ký doanh nghiệp|giấy chứng nhận đăng ký|"
                r"hợp tác xã|(?<!\w)thuế(?!\w)", "registration words")
        p.lacks(r"nhãn(?! hiệu)|(?<!\w)tem(?!\w)|mã vạch|43/2017|111/2021|thẻ treo", "label words")
        p.has("gia đình ông Võ Văn Toàn làm chủ", "nhãn hiệu", "102/2020/NĐ-CP")
    if key == "gq10":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|ISO 22000",
                "food-safety words")
        p.has("[tên sản phẩm]", "[nêu các thách thức chính của sản phẩm]", "………………",
              "giữ nguyên 12 lao động", "vẫn qua các kênh hiện có", "TCCS", "tự công bố", "43/2017/NĐ-CP")
    # planted figure checks with the true value beside them
    if key == "gq05":
        t = model(key, printed=False)
        pm = model(key)
        for y in Y:
            p.check(off(pm["profit"][y], t["rev"][y] - t["cost"][y]),
                    f"gq05 {YEARS[y]}: profit {pm['profit'][y]} vs revenue - cost {t['profit'][y]}")
    if key == "gq06":
        t = model(key, printed=False)
        p.check(off(model(key)["dep_year_total"], sum(x["year"] for x in t["deps"])),
                "gq06: depreciation total not > 5 % off the sum of its lines")
    if key == "gq09":
        p.check(off(600.0, 330 * 1550000 / 1e6), "gq09: 2028 statues not > 5 % off 330 × 1.550.000")


def check_sketchy(p: Plan, key: str) -> None:
    sk = SKETCHY[key]
    words = len(p.body.split())
    lo, hi = sk["words"]
    p.check(lo <= words <= hi, f"{words} words (want {lo}-{hi})")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*sk["figures"])
    p.lacks(r"an toàn thực phẩm|TCCS|tiêu chuẩn cơ sở|công bố|nhãn hiệu|43/2017|truy xuất|môi trường",
            "a paper the sketchy plan lacks")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument")
    if key == "gq11":
        p.check(near(1500 * 180000 / 1e6, 270) and near(120 / 60, 2), "gq11 loose figures disagree")
    if key == "gq12":
        p.check(near(20000 * 35000 / 1e6, 700), "gq12 loose figures disagree")
        p.lacks(r"đăng ký|mã số thuế", "registration")


def stems() -> dict[str, str]:
    return {f.stem[:4]: f.stem for f in sorted((HERE / "src").glob("gq*.md"))}


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    found = stems()
    plans = []
    for key, stem in found.items():
        if keys and key not in keys:
            continue
        p = Plan(stem)
        try:
            if key in SKETCHY:
                check_sketchy(p, key)
            else:
                check_tables(p, key)
                check_feasibility(p, key)
                check_text(p, key)
        except Exception as e:  # a crash is a failure of that plan, not of the run
            p.failures.append(f"check crashed: {e!r}")
        plans.append(p)
    if len(found) != 12 and not keys:
        print(f"FAIL {len(found)} plans in src/ (want 12)")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
