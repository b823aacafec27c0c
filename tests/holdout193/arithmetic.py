"""The 193rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout193/arithmetic.py [gl01 gl05 ...]

Theme: producers who reason in prose. The key figures of every full plan (gl01-gl10) are reckoned
in sentences ("bán 15.000 hũ, giá 150.000 đồng/hũ, thu khoảng 2,25 tỷ đồng") and some only there.
For each full plan the constants give the products (pack size in the plan's base unit, price,
packs per year, packaging cost and, for the hats, the piece rate), the raw materials (price, norm
per base unit or per pack, supply rows as count x yield), auxiliary and energy costs, staff by
role and the monthly wage, investment items and capital sources, asset life, loan balances and
rate, selling, other and tax lines, the equipment rating (per day x days) and the 2024-2026
history. `model()` turns them into every figure a plan prints (the generator that wrote the
plans' Markdown used the same function). The checks read the figures back from the plan's
source: table rows (tables found by their caption "Bảng N.") and the number that follows an
anchor phrase in the prose. Planted numeric defects must be wrong by more than 5 % with the true
value computed beside them; every other figure right within 1 % (paybacks and percentages to
half a unit of their last printed digit). Textual defects are asserted by the absence or presence
of their words; ready plans by the instruments they cite and do not cite. Sketchy plans
(gl11, gl12): 150-350 words, no table, their few figures.
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
            r"(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def grp(s: str) -> str:
    """'1234567' -> '1.234.567'."""
    neg = s.startswith("-")
    s = s.lstrip("-")
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    return ("-" if neg else "") + s + out


def nf(x: float, d: int = 0, keep0: bool = False) -> str:
    """Vietnamese number with d decimals: 1416.8 -> '1.416,8'; a trailing ',0' is dropped unless keep0."""
    s = f"{x:.{d}f}"
    if "." in s:
        i, f = s.split(".")
        if not keep0 and set(f) == {"0"}:
            return grp(i)
        return grp(i) + "," + f
    return grp(s)


def tr(x: float) -> str:
    """A million-đồng amount in a table: one decimal, ',0' dropped."""
    return nf(x, 1)


def ty(x: float, d: int = 2) -> str:
    """A million-đồng amount said in tỷ: 3410 -> '3,41'."""
    return nf(x / 1000, d, keep0=True)


# --------------------------------------------------------------------------- constants
# P(name, pack word, size in base units, price đ (or one per year), packs per year, packaging
#   đ per pack, piece rate đ per pack)
# R(raw material, price đ/kg, norm kg per base unit (or norms: kg per pack, one per product),
#   supply rows (label, count, count word, yield kg per count))
# aux: auxiliary materials đ per base unit (per piece when aux_per == "piece"); energy: đ per base
# unit or a list of triệu per year; roles: staff per year; wage: triệu đồng per person and month;
# inv: (item, triệu, fixed asset?); src: (source, triệu); loan: balance per year, rate;
# sell / other: triệu per year; tax: share of revenue or triệu per year;
# cap: (machine, rating per day, days, products it limits (None = all))
# hist: 2024-2026 output, average price đ per base unit, profit triệu


def P(name, word, size, price, qty, pack, piece=0):
    return dict(name=name, word=word, size=size, price=price, qty=qty, pack=pack, piece=piece)


def R(name, price, norm, supply, norms=None, unit="kg"):
    """norm: kg of raw per base unit of output; norms: kg per pack, one per product."""
    return dict(name=name, price=price, norm=norm, norms=norms, supply=supply, unit=unit)


PLANS = {
    "gl01": dict(
        unit="kg",
        products=[P("Ruốc cá thu hũ 200 g", "hũ", 0.2, 150000, [15000, 16500, 18000], 9000),
                  P("Ruốc cá thu túi 500 g", "túi", 0.5, 350000, [2000, 2300, 2600], 7000),
                  P("Ruốc cá thu vị cay hũ 150 g", "hũ", 0.15, 115000, [4000, 4600, 5200], 8000)],
        raws=[R("Cá thu tươi", 110000, 2.8,
                [("Tàu lưới rê của ngư dân Cẩm Nhượng", 8, "tàu", 2000),
                 ("Vựa hải sản Hải Lợi", 1, "vựa", 3000)])],
        aux=22000, energy=18000,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, hấp cá", [3, 3, 4]),
               ("Sao, đánh tơi, sấy", [2, 3, 3]), ("Đóng gói, kho, bán hàng", [2, 2, 2])],
        wage=[6.0, 6.2, 6.4],
        inv=[("Chảo sao ruốc tự động (2 chảo)", 320, True), ("Máy đánh tơi, xé sợi", 160, True),
             ("Tủ hấp cá inox", 90, True), ("Cải tạo xưởng một chiều 150 m²", 250, True),
             ("Kho lạnh 10 tấn", 180, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động", 360, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08,
        sell=[170, 190, 210], other=[60, 60, 60], tax=0.015,
        cap=[("chảo sao", 30, 260, None)],
        hist=dict(out=[3600, 3950, 4300], price=[700000, 715000, 730000], profit=[290, 335, 380]),
    ),
    "gl02": dict(
        unit="kg",
        products=[P("Mật ong hoa rừng hũ 500 g", "hũ", 0.5, 200000, [5000, 5500, 6000], 12000),
                  P("Mật ong hoa rừng chai 1 kg", "chai", 1, 360000, [2500, 2800, 3100], 15000),
                  P("Mật ong cả tổ hộp 300 g", "hộp", 0.3, 165000, [1000, 1200, 1400], 18000)],
        raws=[R("Mật ong thô", 150000, 1.05,
                [("Đàn ong của 23 hộ thành viên", 620, "đàn", 11),
                 ("Trại ong của hợp tác xã", 80, "đàn", 11)])],
        aux=0, energy=6000,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kỹ thuật, thu mua mật", [2, 2, 2]),
               ("Lọc, hạ thủy phần, đóng chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        inv=[("Máy hạ thủy phần 50 kg/mẻ", 240, True), ("Máy lọc, bồn inox 2 tấn", 110, True),
             ("Phòng đóng chai 40 m²", 180, True), ("Máy quay mật, thùng ong cải tiến", 90, True),
             ("Bao bì, tem truy xuất", 35, False), ("Vốn lưu động", 345, False)],
        src=[("Vốn góp của thành viên", 450), ("Quỹ phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.075,
        sell=[110, 120, 130], other=[40, 40, 40], tax=0.01,
        cap=[("máy hạ thủy phần", 100, 90, None)],
        hist=dict(out=[4300, 4700, 5000], price=[340000, 350000, 360000], profit=[210, 240, 270]),
    ),
}

PLANS.update({
    "gl03": dict(
        unit="chiếc",
        products=[P("Nón lá truyền thống", "chiếc", 1, 85000, [8000, 8800, 9600], 2000, 28000),
                  P("Nón bài thơ vẽ tranh", "chiếc", 1, 190000, [2000, 2400, 2800], 8000, 60000),
                  P("Nón lá mini trang trí", "chiếc", 1, 55000, [2000, 2300, 2600], 3000, 18000)],
        raws=[R("Lá nón khô", 70000, None,
                [("Đầu mối lá nón Rào Tre", 1, "đầu mối", 1500),
                 ("Đầu mối lá nón Phú Gia", 1, "đầu mối", 1200)], norms=[0.16, 0.18, 0.05])],
        aux=9000, aux_per="piece", energy=1000,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Bán hàng, giao nhận", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Nhà trưng bày, xưởng hoàn thiện 80 m²", 220, True), ("Lò sấy lá bằng điện", 60, True),
             ("Máy là phẳng lá", 40, True), ("Khuôn nón, dụng cụ", 30, True),
             ("Thiết kế mẫu, hộp, thẻ treo", 40, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Quỹ hỗ trợ nông dân tỉnh", 250)],
        life=10, loan=[250, 200, 150], rate=0.06,
        sell=[60, 65, 70], other=[20, 20, 20], tax=0.01,
        cap=[("30 tổ viên khâu nón", 60, 300, None)],
        hist=dict(out=[9800, 10500, 11200], price=[92000, 94000, 96000], profit=[120, 135, 150]),
    ),
    "gl04": dict(
        unit="kg",
        products=[P("Cao chè vằng hộp 200 g", "hộp", 0.2, 120000, [4000, 4400, 4800], 6000),
                  P("Cao chè vằng hộp 500 g", "hộp", 0.5, 280000, [1000, 1100, 1200], 9000),
                  P("Chè vằng khô cắt đoạn túi 1 kg", "túi", 1, 90000, [1500, 1600, 1700], 4000)],
        raws=[R("Chè vằng tươi", 6000, None,
                [("Vườn chè vằng của hộ", 2.5, "ha", 8000),
                 ("Hộ trồng chè vằng thôn Tân Phú", 12, "hộ", 1200)], norms=[3, 7.5, 4])],
        aux=0, energy=[60, 66, 72],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Thu hái, sơ chế", [2, 2, 2]),
               ("Nấu cao, đóng gói", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Nồi nấu cao inox hai vỏ 100 lít", 120, True), ("Máy sấy lá 4 khay", 90, True),
             ("Máy cắt chè vằng", 45, True), ("Phòng chế biến 50 m²", 160, True),
             ("Bao bì, tem truy xuất", 25, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 150)],
        life=10, loan=[250, 180, 110], rate=0.07,
        sell=[50, 55, 60], other=[15, 15, 15], tax=0.015,
        cap=[("nồi nấu cao", 8, 250, [0, 1]), ("máy sấy lá", 20, 150, [2])],
        hist=dict(out=[2200, 2400, 2600], price=[300000, 305000, 310000], profit=[140, 160, 180]),
    ),
    "gl05": dict(
        unit="lít",
        products=[P("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, 120000, [12000, 14000, 16000], 14000),
                  P("Rượu nếp sim, bình sứ 1 lít", "bình", 1, 280000, [1500, 1800, 2000], 45000),
                  P("Rượu nếp sim, can 2 lít", "can", 2, 300000, [1000, 1200, 1400], 12000)],
        raws=[R("Gạo nếp", 28000, 1.2,
                [("Hộ thành viên trồng nếp", 30, "hộ", 350), ("Đại lý gạo Tiến Lộc", 1, "đại lý", 2000)]),
              R("Quả sim chín", 25000, 0.6, [("Đồi sim của hợp tác xã", 15, "ha", 700)])],
        aux=5000, energy=8000,
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Nấu, chưng cất", [3, 3, 3]),
               ("Ngâm ủ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        inv=[("Hai nồi chưng cất inox", 260, True), ("Thiết bị lọc, khử andehit", 150, True),
             ("Chum sành, bình ủ 200 lít", 80, True), ("Nhà ủ rượu 60 m²", 200, True),
             ("Hầm biogas, bể chứa bã", 70, True), ("Bao bì, tem truy xuất", 40, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        sell=[180, 200, 220], other=[60, 60, 60], tax=[40, 45, 50],
        cap=[("hai nồi chưng cất", 60, 280, None)],
        plant={"line0_2027": 1800},
        hist=dict(out=[7600, 8200, 8900], price=[200000, 205000, 210000], profit=[260, 290, 320]),
    ),
    "gl06": dict(
        unit="lít",
        products=[P("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, 90000, [20000, 23000, 26000], 7000),
                  P("Nước mắm 30 độ đạm, chai 500 ml", "chai", 0.5, 55000, [30000, 34000, 38000], 6000),
                  P("Nước mắm 25 độ đạm, can 2 lít", "can", 2, 150000, [6000, 7000, 8000], 8000)],
        raws=[R("Cá cơm tươi", 25000, 1.5,
                [("Tàu vây của ngư dân Thạch Kim", 7, "tàu", 9000), ("Vựa cá Hải Châu", 1, "vựa", 20000)]),
              R("Muối hạt", 4000, 0.35, [("Hợp tác xã muối Hộ Độ", 1, "hợp đồng", 20000)])],
        aux=0, energy=2000,
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Muối chượp, đảo chượp", [4, 4, 4]),
               ("Lọc, chiết chai", [3, 3, 3]), ("Bán hàng, kho", [2, 2, 2])],
        wage=[6.5, 6.7, 6.9],
        inv=[("Nhà lọc, chiết chai 120 m²", 450, True), ("Hệ thống lọc, bồn inox", 280, True),
             ("Máy chiết rót, đóng nắp", 220, True), ("Xe tải nhỏ giao hàng", 350, True),
             ("Bao bì, tem truy xuất", 60, False), ("Vốn lưu động", 640, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại cổ phần Công thương", 800)],
        life=10, loan=[800, 650, 500], rate=0.085,
        sell=[320, 360, 400], other=[100, 100, 100], tax=0.02,
        cap=[("40 bể chượp", 1000, 40, None)],
        plant={"profit_2028": 1400},
        hist=dict(out=[31000, 33000, 35000], price=[105000, 108000, 112000], profit=[520, 580, 640]),
    ),
    "gl07": dict(
        unit="kg",
        products=[P("Tinh bột nghệ hũ 100 g", "hũ", 0.1, 65000, [12000, 13500, 15000], 5000),
                  P("Tinh bột nghệ hũ 250 g", "hũ", 0.25, 150000, [3000, 3400, 3800], 7000),
                  P("Tinh bột nghệ túi 500 g", "túi", 0.5, 260000, [1000, 1150, 1300], 4000)],
        raws=[R("Củ nghệ tươi", 8000, 25,
                [("Ruộng nghệ của gia đình", 3, "ha", 20000), ("Hộ trồng nghệ liên kết", 18, "hộ", 1600)])],
        aux=0, energy=20000,
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rửa, xay, lọc", [3, 3, 3]),
               ("Sấy, đóng hũ, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Máy rửa, máy mài nghệ", 150, True), ("Máy lọc tách bã, bể lắng inox", 220, True),
             ("Tủ sấy bơm nhiệt", 260, True), ("Nhà xưởng sơ chế 80 m²", 300, True),
             ("Hũ, túi, tem truy xuất", 40, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của gia đình", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.075,
        sell=[60, 65, 70], other=[20, 20, 20], tax=0.015,
        cap=[("tủ sấy", 14, 280, None)],
        plant={"area_producer": 5},
        hist=dict(out=[1700, 1950, 2200], price=[560000, 580000, 590000], profit=[190, 220, 250]),
    ),
    "gl08": dict(
        unit="lít",
        products=[P("Nước cam ép chai 330 ml", "chai", 0.33, 30000, [30000, 33000, 36000], 4500),
                  P("Nước cam ép chai 1 lít", "chai", 1, 75000, [5000, 5500, 6000], 8000),
                  P("Hộp quà 6 chai 330 ml", "hộp", 1.98, 190000, [1000, 1200, 1400], 32000)],
        raws=[R("Cam quả", 8000, 2.5,
                [("Vườn cam của tổ viên", 12, "hộ", 3500), ("Vườn cam chung của tổ", 1.5, "ha", 12000),
                 ("Hộ ngoài tổ (hợp đồng)", 10, "hộ", 1000)])],
        aux=0, energy=3000,
        roles=[("Tổ trưởng kiêm kế toán", [1, 1, 1]), ("Ép, lọc, thanh trùng", [2, 2, 2]),
               ("Chiết rót, đóng thùng", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Máy ép cam, máy lọc", 150, True), ("Thiết bị thanh trùng, chiết rót", 220, True),
             ("Kho lạnh bảo quản cam 40 m³", 130, True), ("Cải tạo phòng chế biến", 100, True),
             ("Bao bì, tem truy xuất", 30, False), ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của tổ viên", 420), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.07,
        sell=[80, 85, 90], other=[20, 20, 20], tax=0.015,
        cap=[("dây chuyền ép, thanh trùng", 150, 180, None)],
        plant={"supply_total": 78000, "payback": 1.3},
        hist=dict(out=[12500, 13800, 15000], price=[80000, 82000, 84000], profit=[150, 170, 190]),
    ),
    "gl09": dict(
        unit="kg",
        products=[P("Kẹo cu đơ hộp 300 g", "hộp", 0.3, 55000, [20000, 40000, 68000], 4000),
                  P("Kẹo cu đơ gói 500 g", "gói", 0.5, 80000, [6000, 12000, 20400], 2500),
                  P("Kẹo cu đơ gừng hộp 200 g", "hộp", 0.2, 42000, [5000, 10000, 17000], 3500)],
        raws=[R("Lạc nhân", 55000, 0.35, [("Hợp tác xã nông nghiệp Xuân Hồng", 1, "hợp đồng", 15000)]),
              R("Mật mía", 20000, 0.45, [("Lò mật mía Xuân Lĩnh", 2, "lò", 9000)])],
        aux=15000, energy=6000,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt", [4, 4, 4]),
               ("Đóng gói", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.2, 6.4],
        inv=[("Nồi nấu kẹo hai vỏ có cánh khuấy", 180, True), ("Máy cán, cắt kẹo", 150, True),
             ("Máy đóng gói", 120, True), ("Cải tạo xưởng 100 m²", 200, True),
             ("Bao bì, hộp", 40, False), ("Vốn lưu động", 310, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        sell=[90, 95, 100], other=[40, 40, 40], tax=0.015,
        cap=[("nồi nấu kẹo", 180, 250, None)],
        hist=dict(out=[8000, 8600, 9200], price=[160000, 165000, 170000], profit=[170, 190, 215]),
    ),
    "gl10": dict(
        unit="kg",
        products=[P("Chè búp khô túi 200 g", "túi", 0.2, 70000, [10000, 11000, 12000], 3000),
                  P("Chè búp khô hộp 500 g", "hộp", 0.5, 170000, [2000, 2200, 2400], 8000),
                  P("Chè nõn tôm hộp 100 g", "hộp", 0.1, 60000, [3000, 3300, 3600], 6000)],
        raws=[R("Búp chè tươi", 15000, 4.5,
                [("Đồi chè của hợp tác xã", 1.5, "ha", 8000), ("Hộ thành viên", 20, "hộ", 500)])],
        aux=0, energy=18000,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sao, vò, sấy chè", [3, 3, 3]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Hai máy sao chè quay điện", 140, True), ("Máy vò chè", 80, True),
             ("Máy sấy chè", 120, True), ("Nhà xưởng chế biến 100 m²", 260, True),
             ("Túi, hộp", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.075,
        sell=[70, 75, 80], other=[25, 25, 25], tax=0.01,
        cap=[("dây chuyền sao, vò, sấy", 22, 230, None)],
        hist=dict(out=[2700, 2900, 3100], price=[330000, 340000, 350000], profit=[200, 220, 240]),
    ),
})


def model(key):
    c = PLANS[key]
    prods = c["products"]
    price = [[p["price"]] * 3 if isinstance(p["price"], int) else p["price"] for p in prods]
    lines = [[p["qty"][y] * price[i][y] / 1e6 for y in range(3)] for i, p in enumerate(prods)]
    rev = [sum(l[y] for l in lines) for y in range(3)]
    out = [sum(p["qty"][y] * p["size"] for p in prods) for y in range(3)]
    need, supply = [], []
    for r in c["raws"]:
        if r["norms"]:
            need.append([sum(p["qty"][y] * n for p, n in zip(prods, r["norms"])) for y in range(3)])
        else:
            need.append([out[y] * r["norm"] for y in range(3)])
        supply.append(sum(n * yl for _, n, _, yl in r["supply"]))
    costs = {}
    for i, r in enumerate(c["raws"]):
        costs[f"raw{i}"] = [need[i][y] * r["price"] / 1e6 for y in range(3)]
    if c.get("aux"):
        base = [sum(p["qty"][y] for p in prods) for y in range(3)] if c.get("aux_per") == "piece" else out
        costs["aux"] = [base[y] * c["aux"] / 1e6 for y in range(3)]
    costs["pack"] = [sum(p["qty"][y] * p["pack"] for p in prods) / 1e6 for y in range(3)]
    if any(p["piece"] for p in prods):
        costs["piece"] = [sum(p["qty"][y] * p["piece"] for p in prods) / 1e6 for y in range(3)]
    e = c["energy"]
    costs["energy"] = list(e) if isinstance(e, list) else [out[y] * e / 1e6 for y in range(3)]
    staff = [sum(n[y] for _, n in c["roles"]) for y in range(3)]
    costs["wage"] = [staff[y] * c["wage"][y] * 12 for y in range(3)]
    fixed = sum(v for _, v, f in c["inv"] if f)
    dep = fixed / c["life"]
    costs["dep"] = [dep] * 3
    costs["int"] = [b * c["rate"] for b in c["loan"]]
    costs["sell"] = list(c["sell"])
    costs["other"] = list(c["other"])
    t = c["tax"]
    costs["tax"] = list(t) if isinstance(t, list) else [rev[y] * t for y in range(3)]
    cost = [sum(v[y] for v in costs.values()) for y in range(3)]
    profit = [rev[y] - cost[y] for y in range(3)]
    inv = sum(v for _, v, _ in c["inv"])
    src = sum(v for _, v in c["src"])
    avgp = sum(profit) / 3
    payback = inv / (avgp + dep)
    caps = []
    for lab, perday, days, idx in c["cap"]:
        capy = perday * days
        prod = [sum(p["qty"][y] * p["size"] for i, p in enumerate(prods) if idx is None or i in idx)
                for y in range(3)]
        caps.append(dict(label=lab, cap=capy, prod=prod, use=[x / capy * 100 for x in prod]))
    h = c["hist"]
    hrev = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    return dict(lines=lines, rev=rev, out=out, need=need, supply=supply, costs=costs, cost=cost,
                profit=profit, margin=[profit[y] / rev[y] * 100 for y in range(3)], inv=inv, src=src,
                fixed=fixed, dep=dep, avgp=avgp, payback=payback, caps=caps, staff=staff, hrev=hrev,
                price=price)



# --------------------------------------------------------------------------- reading the plans
NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
CELL = re.compile(r"^[\d.,]+$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.lines = self.body.splitlines()

    # ---- tables, found by their caption "Bảng N."
    def table(self, n: int) -> list[list[str]]:
        cap = f"Bảng {n}."
        idx = [i for i, line in enumerate(self.lines) if line.startswith(cap)]
        if len(idx) != 1:
            self.failures.append(f"caption {cap!r} found {len(idx)} times")
            return []
        rows, started = [], False
        for line in self.lines[idx[0] + 1:]:
            s = line.strip()
            if s.startswith("|"):
                started = True
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(set(c) <= set("-") for c in cells):
                    continue
                rows.append(cells)
            elif started or (s and not s.startswith("ĐVT")):
                break
        return rows[1:]

    def tables(self) -> int:
        return sum(1 for line in self.lines if line.strip().startswith("|---"))

    def trow(self, n: int, label: str, k: int = 3) -> list[float]:
        """The last k numbers of the row of table n whose first or second cell starts with label."""
        for r in self.table(n):
            if any(c.startswith(label) for c in r[:2]):
                nums = [vn(c) for c in r[1:] if CELL.match(c)]
                if len(nums) >= k:
                    return nums[-k:]
        self.failures.append(f"Bảng {n}: row not found: {label!r}")
        return [float("nan")] * k

    # ---- prose: the number right after an anchor phrase
    def after(self, anchor: str, occ: int | None = None) -> float:
        n = self.body.count(anchor)
        if n == 0 or (occ is None and n > 1):
            self.failures.append(f"anchor {anchor!r} found {n} times")
            return float("nan")
        i = -1
        for _ in range((occ or 0) + 1):
            i = self.body.find(anchor, i + 1)
        m = NUM.search(self.body, i + len(anchor))
        if not m or m.start() - (i + len(anchor)) > 1:
            self.failures.append(f"no number right after {anchor!r}")
            return float("nan")
        return vn(m.group(0))

    def says(self, anchor: str, true: float, mult: float = 1.0, tol: float = 0.01,
             absolute: float | None = None, occ: int | None = None) -> float:
        v = self.after(anchor, occ) * mult
        ok = abs(v - true) <= absolute + 1e-9 if absolute is not None else close(v, true, tol)
        self.check(ok, f"{anchor!r}: printed {v:g}, computed {true:g}")
        return v

    def planted(self, anchor: str, true: float, mult: float = 1.0, occ: int | None = None) -> float:
        v = self.after(anchor, occ) * mult
        self.check(off(v, true), f"planted {anchor!r}: printed {v:g} is not > 5 % off the true {true:g}")
        return v

    def near(self, got: list[float], want: list[float], what: str, tol: float = 0.01,
             absolute: float = 0.11) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            self.check(close(g, w, tol) or abs(g - w) <= absolute,
                       f"{what} [{y}]: printed {g:g}, computed {w:g}")

    def words(self, pattern: str, what: str) -> None:
        """Fails when the (word-bounded) pattern occurs in the body."""
        self.lacks(r"(?<!\w)(?:" + pattern + r")(?!\w)", what)


def r1(x: float) -> float:
    return round(x, 1)


# --------------------------------------------------------------------------- shared checks
def check_tables(p: Plan, key: str, m: dict, t: dict, rev=None, supply_total=None) -> None:
    """Every numeric table of a full plan against the model. t: kind -> caption number."""
    c = PLANS[key]
    prods = c["products"]
    if "hist" in t:
        n, h = t["hist"], c["hist"]
        p.near(p.trow(n, "Sản lượng"), h["out"], "history output")
        p.near(p.trow(n, "Giá bán bình quân"), h["price"], "history price")
        p.near(p.trow(n, "Doanh thu"), m["hrev"], "history revenue = output × price")
        p.near(p.trow(n, "Lợi nhuận"), h["profit"], "history profit")
        for y in range(3):
            p.check(0 < h["profit"][y] / m["hrev"][y] < 0.3, f"history margin {y}")
        p.check(m["out"][0] <= h["out"][2] * 1.2, "2027 output within +20 % of 2026")
    if "output" in t:
        n = t["output"]
        for x in prods:
            row = p.trow(n, x["name"], 3)
            p.near(row, x["qty"], f"packs of {x['name']}")
            if t.get("output_price", True):
                p.near(p.trow(n, x["name"], 4)[:1], [x["price"]], f"price of {x['name']}")
        p.near(p.trow(n, "Quy ra") if t.get("output_total", "Quy ra") == "Quy ra"
               else p.trow(n, t["output_total"]), m["out"], "output = Σ packs × size")
    if "prices" in t:
        for x in prods:
            p.near(p.trow(n := t["prices"], x["name"], 1), [x["price"]], f"price of {x['name']}")
    for i, n in enumerate(t.get("supply", [])):
        r = c["raws"][i]
        rows = p.table(n)
        for lab, cnt, _, yl in r["supply"]:
            got = p.trow(n, lab, 2)
            p.near(got, [yl, cnt * yl], f"supply row {lab} = count × yield")
        tot = [vn(x) for x in rows[-1] if CELL.match(x)][-1] if rows else float("nan")
        if supply_total is not None:
            p.check(off(tot, m["supply"][i]),
                    f"planted supply total {tot:g} not > 5 % off the sum {m['supply'][i]:g}")
        else:
            p.near([tot], [m["supply"][i]], "supply total = Σ rows")
    if "staff" in t:
        n = t["staff"]
        for role, nn in c["roles"]:
            p.near(p.trow(n, role), nn, f"staff {role}")
        p.near(p.trow(n, "Cộng"), m["staff"], "staff total")
    if "inv" in t:
        n = t["inv"]
        for lab, v, _ in c["inv"]:
            p.near(p.trow(n, lab, 1), [v], f"investment {lab}")
        p.near(p.trow(n, "Tổng vốn đầu tư", 1), [m["inv"]], "investment total = Σ items")
    if "src" in t:
        n = t["src"]
        for lab, v in c["src"]:
            p.near(p.trow(n, lab, 2), [v, v / m["src"] * 100], f"source {lab} and its share")
        p.near(p.trow(n, "Tổng nguồn vốn", 2), [m["src"], 100], "sources total")
        p.check(close(m["src"], m["inv"]), "sources = investment")
    if "cost" in t:
        n, labels = t["cost"]
        for k, lab in labels:
            p.near(p.trow(n, lab), m["costs"][k], f"cost line {lab}")
        p.check(sorted(k for k, _ in labels) == sorted(m["costs"]), "every cost line printed")
        p.near(p.trow(n, "Tổng chi phí"), m["cost"], "cost total = Σ lines")
    if "summary" in t:
        n = t["summary"]
        rv = rev or m["rev"]
        p.near(p.trow(n, "Doanh thu"), rv, "summary revenue")
        p.near(p.trow(n, "Tổng chi phí"), m["cost"], "summary cost")
        prof = [rv[y] - m["cost"][y] for y in range(3)]
        p.near(p.trow(n, "Lợi nhuận"), prof, "summary profit = revenue − cost")
        p.near(p.trow(n, "Tỷ suất"), [prof[y] / rv[y] * 100 for y in range(3)], "margin %",
               absolute=0.051)


def check_model(p: Plan, key: str, m: dict, growth_ok=False, supply_ok=True, cap_ok=True) -> None:
    """Plausibility of the true figures (what the defects do not touch)."""
    for y in range(3):
        if not growth_ok:
            p.check(0.05 < m["margin"][y] / 100 < 0.35, f"true margin {m['margin'][y]:.1f} % in year {y}")
    for y in (1, 2):
        g = m["rev"][y] / m["rev"][y - 1] - 1
        p.check(growth_ok or g < 0.2, f"true revenue growth {g:.0%} in year {y}")
    if supply_ok:
        for i, nd in enumerate(m["need"]):
            p.check(max(nd) <= m["supply"][i], f"raw material {i}: need {max(nd):g} > supply {m['supply'][i]:g}")
    if cap_ok:
        for cp in m["caps"]:
            p.check(max(cp["use"]) <= 85, f"capacity {cp['label']} used {max(cp['use']):.1f} %")


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "Ủy ban nhân dân xã")
    p.check(re.search("nhãn hiệu", p.body, re.I) is not None, "no trademark in a ready plan")
    p.lacks(REPLACED, "outdated instrument or district level in a ready plan")
    for d in re.findall(r"[Đđ]ến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        p.check(int(d[1]) >= 2030, f"paper valid only to {d[0]}")
    p.lacks(PLACEHOLDER, "template placeholder")


def check_clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "template placeholder")
    p.check(6 <= p.tables() <= 9, f"{p.tables()} tables (6–9 wanted)")


# --------------------------------------------------------------------------- the plans
def lines_of(m: dict, i: int, y: int) -> float:
    return m["lines"][i][y]


def gl01(p: Plan) -> None:
    k, m = "gl01", model("gl01")
    c = PLANS[k]
    check_tables(p, k, m, dict(hist=1, supply=[2], staff=3, output=4, inv=5, summary=7,
                               cost=(6, [("raw0", "Cá thu tươi"), ("aux", "Gia vị"), ("pack", "Hũ, túi, nhãn"),
                                         ("energy", "Điện, gas"), ("wage", "Tiền lương"), ("dep", "Khấu hao"),
                                         ("int", "Lãi vay"), ("sell", "Bán hàng"), ("other", "Chi phí khác"),
                                         ("tax", "Thuế, phí")])))
    check_model(p, k, m)
    out, rev, need, cap = m["out"], m["rev"], m["need"][0], m["caps"][0]
    # objectives and history in sentences
    p.says("Năm 2027 sản xuất ", out[0])
    p.says("kg ruốc thành phẩm, doanh thu khoảng ", rev[0], 1000)
    p.says("năm 2029 đạt ", out[2])
    p.says(f"{nf(out[2])} kg, doanh thu khoảng ", rev[2], 1000)
    p.says("Năm 2026 công ty làm ra ", c["hist"]["out"][2])
    p.says("nên doanh thu đạt ", m["hrev"][2], 1000)
    p.says("gấp khoảng ", out[2] / c["hist"]["out"][2], absolute=0.05)
    # raw material: need = output × 2,8 against the contracted catch
    p.says("công ty cần ", need[0])
    p.says("năm 2028 cần ", need[1])
    p.says("năm cao nhất, cần ", need[2])
    p.says("nguồn cá có hợp đồng là ", m["supply"][0])
    p.says("vẫn còn dư ", m["supply"][0] - need[2])
    p.says("tiền cá năm 2027 vào khoảng ", m["costs"]["raw0"][0], 1000)
    p.says("lượng cá tươi để làm ra nó chỉ hết khoảng ", c["raws"][0]["norm"] * c["raws"][0]["price"])
    # capacity, only in the prose
    p.says("mỗi ngày ra tối đa ", c["cap"][0][1])
    p.says("vậy công suất là ", cap["cap"])
    p.says("tức là mới dùng khoảng ", cap["use"][2], absolute=0.05)
    # wages
    p.says("12 tháng = ", m["costs"]["wage"][0])
    p.says("triệu đồng, năm 2029 là ", m["costs"]["wage"][2])
    # revenue reckoned per pack size and year
    q = [x["qty"] for x in c["products"]]
    p.says("đồng thì thu ", lines_of(m, 0, 0), 1000)
    p.says("túi 500 g giá 350.000 đồng thu ", lines_of(m, 1, 0))
    p.says("hũ vị cay giá 115.000 đồng thu ", lines_of(m, 2, 0))
    p.says("Cộng lại doanh thu năm 2027 là ", rev[0])
    p.says(f"{nf(q[0][1])} hũ 200 g thu ", lines_of(m, 0, 1), 1000)
    p.says(f"{nf(q[1][1])} túi 500 g thu ", lines_of(m, 1, 1))
    p.says(f"{nf(q[2][1])} hũ vị cay thu ", lines_of(m, 2, 1))
    p.says("tổng cộng ", rev[1])
    p.says(f"{nf(q[0][2])} hũ 200 g (", lines_of(m, 0, 2), 1000)
    p.says(f"{nf(q[1][2])} túi 500 g (", lines_of(m, 1, 2))
    p.says(f"{nf(q[2][2])} hũ vị cay (", lines_of(m, 2, 2))
    # capital, sources only in the prose
    p.says("Tổng vốn cần cho phương án là ", m["inv"])
    p.says("triệu đồng, trong đó ", m["fixed"])
    p.says("tự bỏ ra ", c["src"][0][1])
    p.says("Hai nguồn cộng lại đúng bằng ", m["src"])
    p.check(close(m["src"], m["inv"]), "sources = investment")
    p.says("khấu hao đều trong 10 năm, mỗi năm ", m["dep"])
    p.says("vốn vay chỉ chiếm ", c["src"][1][1] / m["inv"] * 100, absolute=0.5)
    # profit and payback in sentences
    p.says("năm 2027 công ty thu ", rev[0], 1000)
    p.says("chi hết ", m["cost"][0], 1000)
    p.says("còn lãi khoảng ", m["profit"][0])
    p.says("năm 2028 lãi khoảng ", m["profit"][1])
    p.says("năm 2029 khoảng ", m["profit"][2])
    p.says("Lãi bình quân ba năm là ", m["avgp"])
    p.says("thu về khoảng ", m["avgp"] + m["dep"])
    p.says("thời gian hoàn vốn khoảng ", m["payback"], absolute=0.05)
    p.says("trong xã khoảng ", need[0] / 1000, 1, absolute=0.05)
    check_ready(p)
    p.has("15/2018/NĐ-CP", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "tự công bố",
          "đăng ký môi trường", "bể lắng", "mã lô")
    check_clean(p)


def gl02(p: Plan) -> None:
    k, m = "gl02", model("gl02")
    c = PLANS[k]
    check_tables(p, k, m, dict(supply=[1], output=2, output_total="Tổng mật", inv=3, src=4, summary=6,
                               cost=(5, [("raw0", "Mật ong thô"), ("pack", "Hũ, chai"), ("energy", "Điện"),
                                         ("wage", "Tiền lương"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
                                         ("sell", "Bán hàng"), ("other", "Chi phí khác"), ("tax", "Thuế")])))
    check_model(p, k, m)
    out, rev, need, h = m["out"], m["rev"], m["need"][0], c["hist"]
    p.says("nâng sản lượng mật đóng chai từ ", out[0])
    p.says(f"{nf(out[0])} kg lên ", out[2])
    p.says("doanh thu từ ", rev[0], 1000)
    p.says("tỷ đồng lên khoảng ", rev[2], 1000)
    # history only in sentences: revenue = output × price
    for y, yr in enumerate(HIST_YEARS):
        p.says(f"{nf(h['price'][y])} đồng/kg, doanh thu ", m["hrev"][y])
        p.check(close(h["out"][y] * h["price"][y] / 1e6, m["hrev"][y]), f"history {yr}")
    p.says("Năm 2024 hợp tác xã đóng chai được ", h["out"][0])
    p.says("lợi nhuận ba năm lần lượt là ", h["profit"][0])
    p.check(out[0] <= h["out"][2] * 1.2, "2027 output within +20 % of 2026")
    # raw honey: 1,05 kg per kg from hives × 11 kg
    p.says("nên 620 đàn của các hộ cho khoảng ", 620 * 11)
    p.says("hợp tác xã cần ", need[0])
    p.says("năm 2028 cần ", need[1])
    p.says("năm 2029 cần ", need[2])
    p.says("kg. Nguồn ", m["supply"][0])
    p.says("vẫn dư khoảng ", m["supply"][0] - need[2])
    p.says("nhân với giá 150.000 đồng/kg thì hết ", m["costs"]["raw0"][0])
    p.check(close(105 / 100, c["raws"][0]["norm"]), "105 kg raw for 100 kg")
    # capacity and staff, only in the prose
    p.says("2 mẻ một ngày, tức ", c["cap"][0][1])
    p.says("mỗi năm máy xử lý được tối đa ", m["caps"][0]["cap"])
    p.says("bằng khoảng ", m["caps"][0]["use"][2], absolute=0.05)
    p.says("Năm 2027 hợp tác xã sử dụng ", m["staff"][0])
    p.says("thêm 1 người ở khâu đóng chai, thành ", m["staff"][2])
    p.says("5,5 × 12 = ", m["costs"]["wage"][0])
    p.says("năm 2029 là ", m["costs"]["wage"][2])
    # revenue per pack size
    p.says("5.000 × 200.000 = ", lines_of(m, 0, 0))
    p.says("2.500 chai 1 kg, được ", lines_of(m, 1, 0))
    p.says("1.000 hộp mật cả tổ, được ", lines_of(m, 2, 0))
    p.says("Tổng doanh thu năm 2027 là ", rev[0])
    p.says("5.500 hũ (", lines_of(m, 0, 1))
    p.says("2.800 chai (", lines_of(m, 1, 1))
    p.says("1.200 hộp (", lines_of(m, 2, 1))
    p.says("cộng lại ", rev[1])
    p.says("hộp, doanh thu ", rev[2])
    # capital, profit and payback in sentences
    p.says("\nTổng vốn ", m["inv"])
    p.says("các thành viên góp ", c["src"][0][1])
    p.says("tổng cộng ", m["fixed"])
    p.says("khấu hao trong 10 năm, mỗi năm ", m["dep"])
    p.says("Lợi nhuận năm 2027 là ", rev[0])
    p.says(f"{tr(rev[0])} – ", m["cost"][0])
    p.says(f"{tr(m['cost'][0])} = ", m["profit"][0])
    p.says("năm 2028 khoảng ", m["profit"][1])
    p.says("năm 2029 khoảng ", m["profit"][2])
    p.says("Bình quân mỗi năm lãi ", m["avgp"])
    p.says("hợp tác xã thu hồi được khoảng ", m["avgp"] + m["dep"])
    p.says("sẽ hoàn lại sau khoảng ", m["payback"], absolute=0.05)
    p.says("trả cho các hộ khoảng ", m["costs"]["raw0"][0])
    check_ready(p)
    p.has("không ghi công dụng chữa bệnh", "15/2018/NĐ-CP", "Cơ sở đủ điều kiện ATTP", "Đến 06/01/2030",
          "Tiêu chuẩn cơ sở", "tự công bố", "kiểm soát chất lượng nội bộ")
    check_clean(p)


def gl03(p: Plan) -> None:
    k, m = "gl03", model("gl03")
    c = PLANS[k]
    prods = c["products"]
    check_tables(p, k, m, dict(prices=1, inv=3, src=4, summary=6,
                               cost=(5, [("raw0", "Lá nón khô"), ("aux", "Vành, chỉ"), ("pack", "Túi, hộp"),
                                         ("piece", "Tiền công khâu"), ("energy", "Điện sấy"),
                                         ("wage", "Lương bộ phận"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
                                         ("sell", "Bán hàng"), ("other", "Chi phí khác"), ("tax", "Thuế")])))
    check_model(p, k, m)
    for x in prods:  # piece-rate table: rate and rate × hats per year
        row = p.trow(2, x["name"], 4)
        p.near(row, [x["piece"]] + [x["qty"][y] * x["piece"] / 1e6 for y in range(3)], f"piece wages {x['name']}")
    p.near(p.trow(2, "Cộng tiền công"), m["costs"]["piece"], "piece wages total")
    out, rev, need, h, cap = m["out"], m["rev"], m["need"][0], c["hist"], m["caps"][0]
    pc = m["costs"]["piece"]
    p.says("tổ làm và bán ", out[2])
    p.says("chiếc nón các loại, doanh thu khoảng ", rev[2], 1000)
    p.says("tiền công trả cho tổ viên đạt ", pc[2])
    for y in range(3):  # history only in sentences
        p.says(f"{nf(h['price'][y])} đồng" + (" nên doanh thu " if y == 0 else ", doanh thu "), m["hrev"][y])
        p.says(("nhóm sở thích) bán được " if y == 0 else f"Năm {HIST_YEARS[y]} bán "), h["out"][y])
    p.says("Trừ lá, vành, tiền công và chi phí khác, tổ còn lại ", h["profit"][0])
    p.check(out[0] <= h["out"][2] * 1.2, "2027 output within +20 % of 2026")
    # leaves per hat type
    p.says("0,05 = ", need[0])
    p.says("năm 2028 cần ", need[1])
    p.says("năm 2029 cần ", need[2])
    p.says("cộng là ", m["supply"][0])
    p.says("năm 2029 vẫn dư ", m["supply"][0] - need[2])
    p.says("tiền lá năm 2027 là khoảng ", m["costs"]["raw0"][0])
    # capacity of the members' hands
    p.says("30 × 2 × 300 = ", cap["cap"])
    p.says(f"Năm 2027 tổ làm {nf(out[0])} chiếc, bằng ", cap["use"][0], absolute=0.05)
    p.says(f"năm 2029 làm {nf(out[2])} chiếc, bằng ", cap["use"][2], absolute=0.05)
    # wages
    p.says("năm 2029, tức ", m["costs"]["wage"][0])
    p.says("Năm 2027 tiền công trả cho tổ viên là ", pc[0])
    p.says("mỗi người được khoảng ", pc[0] / 30 / 12, absolute=0.005)
    # revenue per hat type, only in sentences
    p.says("nón mini, cộng ", out[0])
    p.says("nón thường 8.000 × 85.000 đồng được ", lines_of(m, 0, 0))
    p.says("2.000 × 190.000 đồng được ", lines_of(m, 1, 0))
    p.says("2.000 × 55.000 đồng được ", lines_of(m, 2, 0))
    p.says("cộng lại doanh thu năm 2027 là ", rev[0])
    p.says("tổng ", out[1], occ=0)
    p.says("doanh thu là ", lines_of(m, 0, 1))
    p.says(f"{tr(lines_of(m, 1, 1))} + {tr(lines_of(m, 2, 1))} = ", rev[1])
    p.says("tổng ", out[2], occ=1)
    p.says(f"{tr(lines_of(m, 1, 2))} + {tr(lines_of(m, 2, 2))} = ", rev[2])
    # capital, profit, payback
    p.says("Khoản vay ", c["src"][1][1])
    p.says("tài sản cố định ", m["fixed"])
    p.says("trong 10 năm, mỗi năm ", m["dep"])
    p.says("năm đầu tổ bán được ", rev[0])
    p.says("chi hết ", m["cost"][0])
    p.says("còn lãi ", m["profit"][0])
    p.says("Năm 2028 lãi ", m["profit"][1])
    p.says("năm 2029 lãi ", m["profit"][2])
    p.says("Lãi bình quân ", m["avgp"])
    p.says(f"cộng khấu hao {nf(m['dep'])} triệu đồng là ", m["avgp"] + m["dep"])
    p.says("với tổng vốn ", m["inv"])
    p.says("thì sau khoảng ", m["payback"], absolute=0.05)
    check_ready(p)
    p.has("không phải thực phẩm", "TCCS 01:2026", "thẻ treo", "05/2025/NĐ-CP", "lò sấy lá")
    check_clean(p)


def gl04(p: Plan) -> None:
    k, m = "gl04", model("gl04")
    c = PLANS[k]
    q = [x["qty"] for x in c["products"]]
    check_tables(p, k, m, dict(hist=1, supply=[2], output=3, output_price=False, inv=4, summary=6,
                               cost=(5, [("raw0", "Lá chè vằng"), ("pack", "Hộp, túi"), ("energy", "Điện, củi"),
                                         ("wage", "Tiền công"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
                                         ("sell", "Bán hàng"), ("other", "Chi khác"), ("tax", "Thuế")])))
    check_model(p, k, m)
    rev, need, cao, say = m["rev"], m["need"][0], m["caps"][0], m["caps"][1]
    cao_kg = cao["prod"]
    p.says("Năm 2027 hộ làm ra ", cao_kg[0])
    p.says("kg cao chè vằng và ", q[2][0])
    p.says("kg chè vằng khô, doanh thu ", rev[0])
    p.says("năm 2029 nâng lên ", cao_kg[2])
    p.says("kg chè khô, doanh thu khoảng ", rev[2], 1000)
    p.says("chỉ hết 15 kg, khoảng ", 15 * c["raws"][0]["price"])
    p.says("một kg cao bán được ", c["products"][0]["price"] / 0.2)
    p.says("năm 2026 bán ", c["hist"]["out"][2])
    p.says("đồng/kg, được ", m["hrev"][2])
    # leaves per pack
    p.says("× 4 = ", need[0])
    p.says("năm 2028 cần ", need[1])
    p.says("năm 2029 cần ", need[2])
    p.says("tức ", 20000, occ=0)
    p.says("Tổng cộng ", m["supply"][0])
    p.says("còn dư ", m["supply"][0] - need[2])
    p.says(f"{nf(m['supply'][0] - need[2])} kg, khoảng ", (m["supply"][0] - need[2]) / need[2] * 100, absolute=0.5)
    # capacity (two machines), only in the prose
    p.says("ra khoảng ", c["cap"][0][1])
    p.says("nên nấu được tối đa ", cao["cap"])
    p.says("Năm 2029 cần ", cao_kg[2])
    p.says("tức nồi chạy khoảng ", cao["use"][2], absolute=0.5)
    p.says("chạy 150 ngày trong mùa lá là ", say["cap"])
    p.says("hộ chỉ cần ", say["prod"][2])
    # wages and the cost lines in '+' sentences
    p.says("5 người × 5 triệu × 12 tháng = ", m["costs"]["wage"][0])
    p.says("kg × 6.000 đồng = ", m["costs"]["raw0"][0])
    p.says("Hộp, túi nhôm, nhãn: ", m["costs"]["pack"][0])
    p.says("5 triệu đồng/tháng × 12 tháng = ", m["costs"]["energy"][0])
    p.says("+ Tiền công: ", m["costs"]["wage"][0])
    p.says("; khấu hao ", m["dep"])
    p.says("; lãi vay ", m["costs"]["int"][0])
    p.says("thuế, phí 1,5 % doanh thu là ", m["costs"]["tax"][0])
    # revenue per pack
    p.says("120.000 đồng = ", lines_of(m, 0, 0))
    p.says("280.000 đồng = ", lines_of(m, 1, 0))
    p.says("90.000 đồng = ", lines_of(m, 2, 0))
    p.says("đồng; cộng ", rev[0])
    p.says("Năm 2028 là ", lines_of(m, 0, 1))
    p.says(f"{tr(lines_of(m, 1, 1))} + {tr(lines_of(m, 2, 1))} = ", rev[1])
    p.says("Năm 2029 là ", lines_of(m, 0, 2))
    p.says(f"{tr(lines_of(m, 1, 2))} + {tr(lines_of(m, 2, 2))} = ", rev[2])
    # capital in sentences only
    p.says("\nTổng vốn đầu tư ", m["inv"])
    p.says("Cộng lại ", c["src"][0][1])
    p.says(f"{nf(c['src'][0][1])} + {nf(c['src'][1][1])} + {nf(c['src'][2][1])} = ", m["src"])
    p.check(close(m["src"], m["inv"]), "sources = investment")
    p.says("Dư nợ hai khoản vay còn ", c["loan"][0])
    p.says("Nồi, máy và phòng chế biến (", m["fixed"])
    p.says("khấu hao 10 năm, mỗi năm ", m["dep"])
    # profit and payback
    p.says("Năm 2027 hộ thu ", rev[0])
    p.says("triệu đồng, chi ", m["cost"][0])
    p.says("triệu đồng, lãi ", m["profit"][0], occ=0)
    p.says("năm 2028 lãi ", m["profit"][1])
    p.says("năm 2029 lãi ", m["profit"][2])
    p.says("Mỗi năm bình quân lãi ", m["avgp"])
    p.says("khấu hao, là ", m["avgp"] + m["dep"])
    p.says("sẽ thu lại sau khoảng ", m["payback"], absolute=0.05)
    p.says("mỗi hộ thu thêm khoảng ", 1200 * c["raws"][0]["price"] / 1e6)
    check_ready(p)
    p.has("không ghi công dụng phòng hay chữa bệnh", "Đến 15/02/2030", "TCCS 01:2026/PL", "Bản tự công bố",
          "Phiếu thử nghiệm", "số lô")
    check_clean(p)


def gl05(p: Plan) -> None:
    k, m = "gl05", model("gl05")
    c = PLANS[k]
    q = [x["qty"] for x in c["products"]]
    L = m["lines"]
    pl = c["plant"]["line0_2027"]
    rev_p = [m["rev"][0] - L[0][0] + pl, m["rev"][1], m["rev"][2]]
    prof_p = [rev_p[y] - m["cost"][y] for y in range(3)]
    pb_p = m["inv"] / (sum(prof_p) / 3 + m["dep"])
    check_tables(p, k, m, dict(hist=1, staff=3, output=4, inv=5, summary=7,
                               cost=(6, [("raw0", "Gạo nếp"), ("raw1", "Quả sim"), ("aux", "Men lá"),
                                         ("pack", "Chai, bình"), ("energy", "Củi, điện"), ("wage", "Tiền lương"),
                                         ("dep", "Khấu hao"), ("int", "Lãi vay"), ("sell", "Bán hàng"),
                                         ("other", "Chi phí khác"), ("tax", "Thuế, phí khác")])), rev=rev_p)
    check_model(p, k, m, supply_ok=False)
    nr, ns = m["need"]
    sr, ss = m["supply"]
    # PLANTED revenue-mismatch: the 2027 line of the 500 ml bottles, said in a sentence
    p.planted("thu về khoảng ", L[0][0], 1000)
    p.check(close(q[0][0] * c["products"][0]["price"] / 1e6, L[0][0]), "true line = packs × price")
    # the 2027 total follows the inflated line (knock-on), and so do the objectives and summary
    p.says("Tổng doanh thu năm 2027 khoảng ", rev_p[0], 1000)
    p.says("Doanh thu năm 2027 khoảng ", rev_p[0], 1000)
    p.check(off(rev_p[0], m["rev"][0]), "2027 total follows the planted line")
    p.says("thu 420 triệu đồng; bán 1.000 can 2 lít giá 300.000 đồng, thu ", L[2][0])
    p.says("bán 1.500 bình sứ giá 280.000 đồng, thu ", L[1][0])
    for y in (1, 2):
        p.says(f"{nf(q[0][y])} chai 500 ml (", L[0][y])
        p.says(f"{nf(q[1][y])} bình sứ (", L[1][y])
        p.says(f"{nf(q[2][y])} can (", L[2][y])
        p.says(f"{tr(L[2][y])} triệu đồng), tổng ", m["rev"][y])
    p.says("năm 2029 khoảng ", m["rev"][2], 1000)
    # PLANTED material-shortfall: 1,2 kg rice per litre against 30 households × 350 kg + 2.000 kg
    p.says("lít thì cần ", nr[0])
    p.says(f"{nf(m['out'][1])} lít cần ", nr[1])
    p.says(f"{nf(m['out'][2])} lít cần ", nr[2])
    p.says("tổng nguồn gạo ", sr)
    p.says("tức ", 30 * 350, occ=0)
    p.check(nr[1] > sr and off(nr[1], sr) and nr[2] > sr and off(nr[2], sr),
            f"planted shortfall: need {nr[1]:g} / {nr[2]:g} vs supply {sr:g}")
    p.check(nr[0] <= sr, "2027 rice within supply")
    p.has("bảo đảm đủ gạo nếp cho sản xuất cả giai đoạn")
    p.lacks(r"Còn dư|thiếu hụt|Chênh lệch", "a printed rice balance")
    p.says("năm 2029 cần ", ns[2])
    p.check(ns[2] <= ss, "sim within supply")
    # capacity, capital, profit and payback in sentences (payback follows the printed profits)
    p.says("Hai nồi chưng cất mỗi ngày cho ", c["cap"][0][1])
    p.says("làm 280 ngày một năm thì được ", m["caps"][0]["cap"])
    p.says("mới dùng khoảng ", m["caps"][0]["use"][2], absolute=0.5)
    p.says("8 × 5,5 × 12 = ", m["costs"]["wage"][0])
    p.says("Tổng vốn đầu tư là ", m["inv"])
    p.says("hai nguồn cộng lại đủ ", m["src"])
    p.check(close(m["src"], m["inv"]), "sources = investment")
    p.says("tỷ đồng, chi phí ", m["cost"][0], 1000)
    p.says("hợp tác xã lãi khoảng ", prof_p[0])
    p.says("năm 2028 lãi ", prof_p[1])
    p.says("năm 2029 lãi ", prof_p[2])
    p.says("Lãi bình quân ", sum(prof_p) / 3)
    p.says("thu hồi trong khoảng ", pb_p, absolute=0.05)
    p.check(off(pb_p, m["payback"]), "tolerated payback knock-on really differs")
    p.check(rev_p[0] / m["hrev"][2] - 1 > 0.3, "tolerated growth knock-on: printed 2027 revenue jump")
    # PLANTED no-alcohol-license
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "an alcohol licence")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "tự công bố",
          "Không dành cho người dưới 18 tuổi", "Nhãn hiệu", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument")
    check_clean(p)


def gl06(p: Plan) -> None:
    k, m = "gl06", model("gl06")
    c = PLANS[k]
    q = [x["qty"] for x in c["products"]]
    L = m["lines"]
    pp = c["plant"]["profit_2028"]
    prof_p = [m["profit"][0], pp, m["profit"][2]]
    pb_p = m["inv"] / (sum(prof_p) / 3 + m["dep"])
    check_tables(p, k, m, dict(hist=1, supply=[2], staff=3, output=4, inv=5, src=6,
                               cost=(7, [("raw0", "Cá cơm"), ("raw1", "Muối"), ("pack", "Chai, can"),
                                         ("energy", "Điện, nước"), ("wage", "Tiền lương"), ("dep", "Khấu hao"),
                                         ("int", "Lãi vay"), ("sell", "Bán hàng"), ("other", "Chi phí khác"),
                                         ("tax", "Thuế")])))
    check_model(p, k, m, cap_ok=False)
    cap = m["caps"][0]
    nf_, ns_ = m["need"]
    # PLANTED capacity-exceeded: 40 vats × 1.000 l a year, said to be enough
    p.says("mỗi năm 40 bể cho ", cap["cap"])
    p.says("rút được khoảng ", cap["cap"] / 40)
    p.check(cap["use"][1] > 100 and cap["use"][2] > 105,
            f"planted capacity: use {cap['use'][1]:.1f} % / {cap['use'][2]:.1f} %")
    p.check(cap["use"][0] <= 100, "2027 within the vats")
    p.has("đủ đáp ứng kế hoạch sản xuất đến năm 2029", "không phải xây thêm bể")
    p.check(not any("bể" in lab for lab, _, _ in c["inv"]), "no vat bought")
    p.check(len(set(m["staff"])) == 1, "staff unchanged")
    # output, raw material, revenue in sentences
    p.says("Năm 2027 công ty bán ", m["out"][0], occ=0)
    p.says("năm 2028 bán ", m["out"][1])
    p.says("năm 2029 bán ", m["out"][2])
    p.says("Năm 2027 công ty cần ", nf_[0])
    p.says("năm 2028 cần ", nf_[1])
    p.says("kg, năm 2029 cần ", nf_[2])
    p.says("đã cam kết bán cho công ty ", m["supply"][0])
    p.says("nhiều hơn mức cần cao nhất ", m["supply"][0] - nf_[2])
    p.says("trong khi năm 2029 cần ", ns_[2])
    p.says("Hộ Độ theo hợp đồng ", m["supply"][1])
    p.says("chai cốt 40 độ được ", L[0][0], 1000)
    p.says("chai 30 độ được ", L[1][0], 1000)
    p.says("can 2 lít được ", L[2][0])
    p.says("doanh thu cả năm ", m["rev"][0], 1000)
    p.says(f"{nf(q[2][1])} can, doanh thu ", m["rev"][1], 1000)
    p.says(f"{nf(q[2][2])} can, doanh thu ", m["rev"][2], 1000)
    p.says("Doanh thu từ ", m["rev"][0], 1000)
    p.says("tỷ đồng năm 2027 lên ", m["rev"][2], 1000)
    p.says("quỹ lương năm 2027 là ", m["costs"]["wage"][0])
    p.says("giá thành bình quân năm 2027 khoảng ", m["cost"][0] / m["out"][0] * 1e6)
    p.says("giá bán bình quân khoảng ", m["rev"][0] / m["out"][0] * 1e6)
    p.says("khoản cá cơm chiếm gần ", m["costs"]["raw0"][0] / m["cost"][0] * 100, absolute=1)
    # PLANTED profit-mismatch (2028, in a sentence); 2027 and 2029 right
    p.says("chi 3,52 tỷ đồng, lãi khoảng ", m["profit"][0])
    p.says("Năm 2028 doanh thu ", m["rev"][1], 1000)
    p.says("tỷ đồng, tổng chi phí ", m["cost"][1], 1000)
    p.planted(f"{ty(m['cost'][1])} tỷ đồng, công ty lãi khoảng ", m["profit"][1], 1000)
    p.says(f"chi phí {ty(m['cost'][2])} tỷ đồng, lãi khoảng ", m["profit"][2], 1000)
    # payback follows the printed profits (tolerated knock-on)
    p.says("Bình quân ba năm công ty lãi khoảng ", sum(prof_p) / 3)
    p.says("mỗi năm thu về khoảng ", sum(prof_p) / 3 + m["dep"])
    p.says("được thu hồi sau khoảng ", pb_p, absolute=0.05)
    p.check(off(pb_p, m["payback"]), "tolerated payback knock-on really differs")
    # PLANTED no-environment-measures
    p.words(r"môi trường|chất thải|nước thải|thải|mùi|xử lý|bể lắng|biogas|rác|bã|ô nhiễm|vệ sinh",
            "an environmental word")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "TCVN 5107:2018", "Tiêu chuẩn cơ sở", "xin cấp lại")
    p.lacks(REPLACED, "outdated instrument")
    check_clean(p)


def gl07(p: Plan) -> None:
    k, m = "gl07", model("gl07")
    c = PLANS[k]
    L = m["lines"]
    check_tables(p, k, m, dict(supply=[1], output=2, inv=3, summary=5,
                               cost=(4, [("raw0", "Nghệ tươi"), ("pack", "Hũ, túi"), ("energy", "Điện, nước"),
                                         ("wage", "Tiền công"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
                                         ("sell", "Bán hàng"), ("other", "Chi phí khác"), ("tax", "Thuế")])))
    check_model(p, k, m)
    need, h = m["need"][0], c["hist"]
    # PLANTED capital-mismatch: the sources, only in the prose, fall short of the investment table
    p.says("gia đình tôi tự có ", c["src"][0][1])
    p.says("vay Ngân hàng Nông nghiệp và Phát triển nông thôn ", c["src"][1][1])
    p.check(off(m["src"], m["inv"]) and m["src"] < m["inv"],
            f"planted capital gap: sources {m['src']:g} vs investment {m['inv']:g}")
    p.has("Hai nguồn này bảo đảm đủ vốn")
    p.says("\nTổng vốn đầu tư của phương án là ", m["inv"])
    p.says("trong đó máy móc và nhà xưởng ", m["fixed"])
    p.says("vốn lưu động để mua nghệ vào vụ ", m["inv"] - m["fixed"])
    # PLANTED figure-inconsistent: the area of turmeric
    a = p.after("Gia đình tôi có ")
    p.check(off(a, 3), f"planted area {a:g} ha not off the 3 ha")
    p.says("Ruộng nghệ của gia đình là ", 3)
    p.says("Diện tích nghệ của gia đình (", 3)
    p.check(c["raws"][0]["supply"][0][1] == 3, "supply reckoned on 3 ha")
    # the rest in sentences
    p.says("Năm 2027 làm ra ", m["out"][0])
    p.says("năm 2029 khoảng ", m["out"][2])
    for y in range(3):
        p.says(f"{nf(h['price'][y])} đồng/kg, thu ", m["hrev"][y])
    p.says("mỗi năm cho ", 60000)
    p.says("mỗi hộ 1.600 kg, thêm ", 18 * 1600)
    p.says("Tổng cộng ", m["supply"][0])
    p.says("năm 2027 cần ", need[0])
    p.says("năm 2028 cần ", need[1])
    p.says("năm 2029 cần ", need[2])
    p.says("nguồn trên còn dư ", m["supply"][0] - need[2])
    p.says("mỗi ngày sấy tối đa ", c["cap"][0][1])
    p.says("làm 280 ngày một năm thì được ", m["caps"][0]["cap"])
    p.says("bằng khoảng ", m["caps"][0]["use"][2], absolute=0.5)
    p.says("6 × 5 × 12 = ", m["costs"]["wage"][0])
    p.says("hũ 100 g được ", L[0][0])
    p.says("hũ 250 g được ", L[1][0])
    p.says("túi 500 g được ", L[2][0])
    p.says("cộng lại ", m["rev"][0])
    p.says(f"{tr(L[1][1])} + {tr(L[2][1])} = ", m["rev"][1])
    p.says(f"{tr(L[1][2])} + {tr(L[2][2])} = ", m["rev"][2])
    p.says("có giá thành khoảng ", m["cost"][0] / m["out"][0] * 1e6)
    p.says("giá bán bình quân cả ba loại khoảng ", m["rev"][0] / m["out"][0] * 1e6)
    p.says("kg × 8.000 đồng = ", m["costs"]["raw0"][0])
    p.says("năm 2027 hộ chi ", m["cost"][0])
    p.says("triệu đồng, lãi ", m["profit"][0], occ=0)
    p.says("năm 2028 lãi ", m["profit"][1])
    p.says("năm 2029 lãi ", m["profit"][2])
    p.says("Lãi bình quân ", m["avgp"])
    p.says("thu hồi sau khoảng ", m["payback"], absolute=0.05)
    p.says("mỗi năm lãi từ ", m["profit"][0])
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "a product standard word")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "mã lô",
          "148/QĐ-TTg", "1489/QĐ-TTg", "đăng ký môi trường")
    p.lacks(REPLACED, "outdated instrument")
    check_clean(p)


def gl08(p: Plan) -> None:
    k, m = "gl08", model("gl08")
    c = PLANS[k]
    L = m["lines"]
    sup_p, pb_p = c["plant"]["supply_total"], c["plant"]["payback"]
    check_tables(p, k, m, dict(hist=1, supply=[2], staff=3, output=4, inv=5, src=6, summary=8,
                               cost=(7, [("raw0", "Cam quả"), ("pack", "Chai, nắp"), ("energy", "Điện, nước"),
                                         ("wage", "Tiền công"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
                                         ("sell", "Bán hàng"), ("other", "Chi phí khác"), ("tax", "Thuế")])),
                 supply_total=sup_p)
    check_model(p, k, m)
    need = m["need"][0]
    # PLANTED table-total-mismatch: the supply total (the text repeats it); need stays below the true sum
    p.planted("Tổng nguồn cam khoảng ", m["supply"][0], 1000)
    p.check(max(need) < m["supply"][0], "no shortfall against the true supply")
    # PLANTED payback-mismatch: inputs right, the result wrong
    p.says("\nTổng vốn đầu tư của phương án là ", m["inv"])
    p.says("Lợi nhuận bình quân ba năm khoảng ", m["avgp"])
    p.says("mỗi năm tổ thu về khoảng ", m["avgp"] + m["dep"])
    p.planted("nên sau khoảng ", m["payback"])
    p.check(abs(p.after("nên sau khoảng ") - pb_p) < 1e-9, "printed payback as planted")
    # PLANTED outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Hương Sơn", "cấp huyện",
          "Hội đồng cấp huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện")
    p.lacks(r"148/QĐ-TTg|1489", "the instruments in force")
    # the rest in sentences
    p.says("Năm 2027 sản xuất ", m["out"][0])
    p.says("năm 2029 đạt ", m["out"][2])
    p.says("doanh thu từ ", m["rev"][0], 1000, occ=0)
    p.says("tỷ đồng lên ", m["rev"][2], 1000)
    p.says("tức ", c["raws"][0]["norm"] * c["raws"][0]["price"], occ=0)
    p.says("Năm 2027 cần ", need[0])
    p.says("năm 2028 cần ", need[1])
    p.says("năm 2029 cần ", need[2])
    p.says("thanh trùng được ", c["cap"][0][1])
    p.says("(từ tháng 11 đến tháng 4) là ", m["caps"][0]["cap"])
    p.says("lít, bằng ", m["caps"][0]["use"][2], absolute=0.05)
    p.says("tức ", m["costs"]["wage"][0], occ=1)
    p.says("chai 330 ml được ", L[0][0])
    p.says("chai 1 lít được ", L[1][0])
    p.says("hộp quà được ", L[2][0])
    p.says("tổng ", m["rev"][0], occ=0)
    p.says("Năm 2028 doanh thu ", m["rev"][1])
    p.says("triệu đồng, năm 2029 ", m["rev"][2])
    p.says("giá thành bình quân năm 2027 khoảng ", m["cost"][0] / m["out"][0] * 1e6)
    p.says("còn giá bán bình quân khoảng ", m["rev"][0] / m["out"][0] * 1e6)
    p.says("lợi nhuận mỗi năm từ ", m["profit"][0])
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/STR", "QCVN 6-2:2010/BYT",
          "tự công bố", "Đơn đăng ký nhãn hiệu", "bể lắng")
    check_clean(p)


def gl09(p: Plan) -> None:
    k, m = "gl09", model("gl09")
    c = PLANS[k]
    q = [x["qty"] for x in c["products"]]
    L = m["lines"]
    check_tables(p, k, m, dict(hist=1, prices=2, staff=4, inv=5, src=6, summary=8,
                               cost=(7, [("raw0", "Lạc nhân"), ("raw1", "Mật mía"), ("aux", "Bánh đa"),
                                         ("pack", "Hộp, túi"), ("energy", "Điện, than"), ("wage", "Tiền lương"),
                                         ("dep", "Khấu hao"), ("int", "Lãi vay"), ("sell", "Bán hàng"),
                                         ("other", "Chi phí khác"), ("tax", "Thuế")])))
    check_model(p, k, m, growth_ok=True)
    out, rev = m["out"], m["rev"]
    # PLANTED unrealistic-growth, in sentences: ×2 then +70 % with the same staff and channels
    p.says("quy ra ", out[0], occ=0)
    p.says("10.000 hộp gừng, tức ", out[1])
    p.says("17.000 hộp gừng, tức ", out[2])
    p.says(f"{nf(out[1])} kg kẹo, doanh thu ", rev[1])
    p.says("doanh thu năm 2029 là ", L[0][2])
    p.says(f"{tr(L[1][2])} + {tr(L[2][2])} = ", rev[2])
    p.check(out[1] / out[0] >= 1.9 and out[2] / out[1] >= 1.6, "output ×2 then +70 %")
    p.check(rev[1] / rev[0] - 1 > 0.5 and rev[2] / rev[1] - 1 > 0.5, "revenue growth > 50 %/year")
    h = c["hist"]["out"]
    p.check(max(h[1] / h[0], h[2] / h[1]) < 1.1, "history grows < 10 %/year")
    p.check(len(set(m["staff"])) == 1 and len(set(c["sell"])) == 3 and c["sell"][2] / c["sell"][0] < 1.2,
            "same staff, selling budget barely moves")
    p.has("giữ các kênh bán như hiện nay", "Nhu cầu kẹo cu đơ làm quà trên thị trường còn rất lớn",
          "giữ nguyên 8 lao động")
    p.check(max(m["caps"][0]["use"]) <= 100, "the pot holds the output (capacity only by labour)")
    p.says("Sản lượng năm 2027 là ", out[0] / 1000)
    p.says("năm 2029 đạt ", out[2] / 1000)
    p.says("doanh thu từ ", rev[0], 1000, occ=0)
    p.says("tỷ đồng lên khoảng ", rev[2], 1000)
    p.says("20.000 × 55.000 = ", L[0][0])
    p.says("6.000 × 80.000 = ", L[1][0])
    p.says("5.000 × 42.000 = ", L[2][0])
    p.says("triệu đồng, cộng ", rev[0])
    p.says("cao hơn năm 2026 khoảng ", (out[0] / h[2] - 1) * 100, absolute=0.5)
    # raw materials, capacity, profit in sentences
    p.says("năm cao nhất, cần ", m["need"][0][2])
    p.says("kg lạc và ", m["need"][1][2])
    p.says("theo hợp đồng khung tối đa ", m["supply"][0])
    p.check(all(max(n) <= s for n, s in zip(m["need"], m["supply"])), "raw materials within contracts")
    p.says("mỗi ngày nấu được ", c["cap"][0][1])
    p.says("làm 250 ngày một năm là ", m["caps"][0]["cap"])
    p.says("quỹ lương năm 2027 là ", m["costs"]["wage"][0])
    p.says("Giá thành một kg kẹo năm 2027 khoảng ", m["cost"][0] / out[0] * 1e6)
    p.says("giá bán bình quân khoảng ", rev[0] / out[0] * 1e6)
    p.says("Năm 2027 công ty thu ", rev[0], 1000)
    p.says("tỷ đồng, chi ", m["cost"][0], 1000)
    p.says("Năm 2028 lãi khoảng ", m["profit"][1], 1000)
    p.says("năm 2029 khoảng ", m["profit"][2], 1000)
    p.says("Lãi bình quân ", m["avgp"])
    p.says("thu hồi trong khoảng ", m["payback"], absolute=0.05)
    # PLANTED no-food-safety and name-inconsistent
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|ISO 22000",
            "a food-safety paper or commitment")
    p.check(p.count("Công ty TNHH Bánh kẹo Thành Vinh") >= 3, "the other company named at least 3 times")
    p.check(p.body.lower().count("kẹo cu đơ lam hồng") >= 4, "own name at least 4 times")
    p.has("TCCS 01:2025/LH", "phiếu kết quả kiểm nghiệm", "tự công bố", "43/2017/NĐ-CP", "Nhãn hiệu",
          "148/QĐ-TTg", "1489/QĐ-TTg", "bể tách dầu mỡ")
    p.lacks(REPLACED, "outdated instrument")
    check_clean(p)


def gl10(p: Plan) -> None:
    k, m = "gl10", model("gl10")
    c = PLANS[k]
    L = m["lines"]
    need = m["need"][0]
    check_tables(p, k, m, dict(supply=[1], output=3, inv=4, src=5, summary=7,
                               cost=(6, [("raw0", "Búp chè"), ("pack", "Túi, hộp"), ("energy", "Điện, củi"),
                                         ("wage", "Tiền lương"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
                                         ("sell", "Bán hàng"), ("other", "Chi phí khác"), ("tax", "Thuế")])))
    check_model(p, k, m)
    # PLANTED no-label-plan, no-trademark, boilerplate
    p.words(r"nhãn|tem|mã vạch|ghi nhãn|43/2017|111/2021", "a label word")
    p.words(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "a trademark word")
    p.check(p.count("[tên sản phẩm]") == 2, "the placeholder '[tên sản phẩm]' left twice")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/KT", "tự công bố",
          "ghi nhật ký", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument")
    p.check(6 <= p.tables() <= 9, "6–9 tables")
    # figures in sentences
    p.says("Sản lượng chè khô năm 2027 là ", m["out"][0])
    p.says("năm 2029 là ", m["out"][2])
    p.says("doanh thu từ ", m["rev"][0], 1000, occ=0)
    p.says("tỷ đồng lên ", m["rev"][2], 1000)
    h = c["hist"]
    for y in range(3):
        p.says(f"{nf(h['price'][y])} đồng/kg, doanh thu ", m["hrev"][y])
    p.says("Năm 2027 cần ", need[0])
    p.says("năm 2028 cần ", need[1])
    p.says("năm 2029 cần ", need[2])
    p.says("cho khoảng ", 12000, occ=0)
    p.says("cộng ", m["supply"][0], occ=0)
    p.says("năm cao nhất còn dư ", m["supply"][0] - need[2])
    p.says("nguồn búp hiện dư khoảng ", (m["supply"][0] - need[2]) / need[2] * 100, absolute=0.5)
    p.says("mỗi ngày ra khoảng ", c["cap"][0][1])
    p.says("nên được ", m["caps"][0]["cap"])
    p.says("kg, bằng ", m["caps"][0]["use"][2], absolute=0.05)
    p.says("tức ", m["costs"]["wage"][0], occ=1)
    p.says("túi 200 g thu ", L[0][0])
    p.says("hộp 500 g thu ", L[1][0])
    p.says("hộp nõn tôm thu ", L[2][0])
    p.says("cộng lại ", m["rev"][0])
    p.says("nên năm 2028 doanh thu ", m["rev"][1])
    p.says("triệu đồng và năm 2029 ", m["rev"][2])
    p.says("giá thành một kg chè khô năm 2027 khoảng ", m["cost"][0] / m["out"][0] * 1e6)
    p.says("giá bán bình quân khoảng ", m["rev"][0] / m["out"][0] * 1e6)
    p.says("trừ chi phí ", m["cost"][0])
    p.says("còn lãi ", m["profit"][0])
    p.says("năm 2028 lãi ", m["profit"][1])
    p.says("năm 2029 lãi ", m["profit"][2])
    p.says("Lãi bình quân ", m["avgp"])
    p.says("hoàn lại sau khoảng ", m["payback"], absolute=0.05)


def sketchy(p: Plan, figures: dict, lacks: str, price: float, per_year: float, revenue: float) -> None:
    words = len([w for w in p.body.split() if any(ch.isalpha() for ch in w)])
    p.check(150 <= words <= 350, f"{words} words (150–350 wanted)")
    p.check(p.tables() == 0, "no table")
    p.has(*figures)
    p.check(close(price * per_year / 1e6, revenue), "revenue = price × volume")
    p.lacks(lacks, "a paper the sketchy plan does not have")
    p.lacks(PLACEHOLDER, "template placeholder")


def gl11(p: Plan) -> None:
    sketchy(p, ["7.000 đồng/chiếc", "6.000 chiếc", "500 triệu đồng", "150 triệu đồng"],
            r"đăng ký kinh doanh|đăng ký hộ|mã số thuế|an toàn thực phẩm|tiêu chuẩn|nhãn|công bố|môi trường",
            7000, 6000 * 12, 504)
    p.check(close(7000 * 6000 * 12 / 1e6, 500, 0.01), "about 500 triệu")


def gl12(p: Plan) -> None:
    sketchy(p, ["40.000 đồng/chục", "6.000 chục", "240 triệu đồng", "50 triệu đồng", "120 triệu đồng"],
            r"an toàn thực phẩm|tiêu chuẩn|nhãn|công bố|môi trường|kiểm nghiệm", 40000, 6000, 240)
    p.has("đã đăng ký hộ kinh doanh")


CHECKS = {"gl01": gl01, "gl02": gl02, "gl03": gl03, "gl04": gl04, "gl05": gl05, "gl06": gl06,
          "gl07": gl07, "gl08": gl08, "gl09": gl09, "gl10": gl10, "gl11": gl11, "gl12": gl12}


def check_set(plans: list[Plan]) -> list[str]:
    """The set as a whole: 4 ready, 6 revise with 3 planted rules each (18 different), 2 sketchy."""
    import yaml

    out = []
    exp = {p.stem[:4]: yaml.safe_load(p.text.split("---", 2)[1])["expected"] for p in plans}
    if len(exp) == 12:
        verdicts = [e["verdict"] for e in exp.values()]
        if (verdicts.count("ready"), verdicts.count("revise"), verdicts.count("sketchy")) != (4, 6, 2):
            out.append(f"verdicts {verdicts}")
        rules = [r for e in exp.values() for r in e["rules"]]
        if len(rules) != 18 or len(set(rules)) != 18:
            out.append(f"planted rules not 18 different: {rules}")
        for k, e in exp.items():
            if e["verdict"] == "revise" and len(e["rules"]) != 3:
                out.append(f"{k}: {len(e['rules'])} planted rules")
            if e["verdict"] != "revise" and e["rules"]:
                out.append(f"{k}: rules on a {e['verdict']} plan")
    return out


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in CHECKS] or list(CHECKS)
    stems = {f.stem[:4]: f.stem for f in Plan.src.glob("*.md")}
    plans = []
    for k in keys:
        if k not in stems:
            print(f"FAIL {k}: no source")
            return 1
        p = Plan(stems[k])
        CHECKS[k](p)
        plans.append(p)
    rc = plancheck.report(plans)
    problems = check_set(plans)
    for s in problems:
        print(f"FAIL set: {s}")
    return 1 if (rc or problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
