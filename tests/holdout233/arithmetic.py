"""The 233rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout233/arithmetic.py [hz01 hz05 ...]

Theme: taxes, fees and interest between revenue and profit. For every full plan (hz01-hz10) the
constants give the products (pack size in the plan's base unit, the 2027 price and packs), the
yearly output and price growth, the 2024-2026 history (output, average price, cost, the tax of
each year: corporate income tax at that year's rate, or a household's flat tax "thuế khoán" and
licence fee "lệ phí môn bài" until 2025 and a percentage of revenue from 2026), the raw materials
(norm per base unit, supply rows count x yield), the equipment that limits output, staff and
wages, investment items and capital sources, the loans (amount, rate, repayments), the land rented
(area x yearly rent per m2 or per unit), the fees, every cost line (a raw material's need x its
price, packs x packaging cost, output x a cost per unit, a share of revenue, wages, depreciation,
interest, land rent, fees, a tax on revenue) and where the plan puts interest, land rent, fees and
taxes: inside its cost table (profit before tax = revenue - total cost) or as separate lines after
an operating profit. `model()` turns them into every table the plans print; the throw-away
generator that wrote the plans (in /tmp, not kept) used the same function. This script reads each
table back from the plan's source (found by its caption) and compares every cell with the model,
then recomputes from the printed figures: revenue = packs x price, totals, output = sum of packs x
size, capacity use, raw-material need against supply, staff and wage fund, investment = sources,
the loan schedule (closing = opening - repayment, interest = opening balance x rate), land rent =
area x rent, every cost line, operating profit, profit before tax, corporate income tax = rate x
profit before tax, profit after tax, the household's tax on revenue, margins, payback =
investment / (average profit after tax + depreciation), growth. Planted numeric defects must be
wrong by more than 5 % (the true value is computed beside them), everything else right within 1 %.
Textual defects are asserted through the presence or absence of their words. Sketchy plans:
150-350 words, no table.
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"92/2015|139/2016|01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|"
            r"UBND huyện|Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)|Chi cục Thuế")


# --------------------------------------------------------------------------- helpers
def r1(x: float) -> float:
    """Half-up to one decimal (money in triệu đồng)."""
    return math.floor(x * 10 + 0.5 + 1e-9) / 10 if x >= 0 else -math.floor(-x * 10 + 0.5 + 1e-9) / 10


def rstep(x: float, step: float) -> float:
    return math.floor(x / step + 0.5 + 1e-9) * step


def fnum(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dec}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = ".".join(groups) + ("," + fp if fp else "")
    return ("−" if neg else "") + out


def fq(x: float) -> str:
    """A quantity: integer when whole, else one decimal."""
    return fnum(x, 0) if abs(x - round(x)) < 1e-9 else fnum(x, 1)


def fm(x: float) -> str:
    """Money in triệu đồng, one decimal."""
    return fnum(x, 1)


def pct(x: float) -> str:
    return fnum(x, 1)


def rate_s(r: float) -> str:
    """A rate as the plans write it: 0.15 -> '15', 0.066 -> '6,6', 0.045 -> '4,5'."""
    x = round(r * 100, 2)
    return fnum(x, 0) if abs(x - round(x)) < 1e-9 else fnum(x, 1)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, 2027 price đ, 2027 packs)
# g_out: packs growth 2027->28, 2028->29; g_price: price growth a year (prices to the hundred đồng)
# out_idx: products counted in "output" (default all)
# hist: output 2024-2026, average price đ per base unit, cost (triệu, all costs before the tax of
#       the year); tax: ("cit", rates per year) or ("hh", thuế khoán triệu per year, môn bài per
#       year, rate on revenue per year)
# raws: (key, label, unit, norm per base unit, products the norm applies to or None,
#        supply rows (label, counts per year, count word, yield))
# cap: (label, rating per day, days, products idx or None)
# roles: (role, staff per year); wage: monthly wage per year (triệu)
# inv: (label, triệu, fixed?); src: (label, triệu); life: years of straight-line depreciation
# loans: (label, amount, rate, repayments per year)
# land: (label, quantity per year, unit word, rent đ per unit a year)
# fees: (label, triệu per year)
# costs: (label, kind, param, below?) kinds: need (raw key, đ per unit), supply (raw key, row, đ
#        per unit of that row's yearly volume), pack ([đ per pack of each product]), per_out (đ per
#        base unit of output), share (of revenue), fixed ([triệu per year]), wages, depr, interest,
#        land, fees, revtax (rate on revenue)
#        below=True: the line is not in the cost table but after the operating profit
# cit: corporate income tax rate (None for households, tổ hợp tác, family)
PLANS: dict[str, dict] = {}

PLANS["hz01"] = dict(
    unit="kg",
    products=[("Chả mực giã tay, khay 500 g", "khay", 0.5, 165000, 14000),
              ("Chả mực viên chiên sẵn, túi 300 g", "túi", 0.3, 98000, 9000),
              ("Chả mực miếng, túi 1 kg cho nhà hàng", "túi", 1, 310000, 2500)],
    g_out=(0.10, 0.08), g_price=0.03,
    hist=dict(out=[10400, 11000, 11600], price=[292000, 296000, 300000],
              cost=[2790.0, 2975.0, 3150.0], tax=("cit", [0.20, 0.17, 0.17])),
    raws=[("muc", "Mực ống tươi", "kg", 1.15, None,
           [("Tàu lưới chụp của 8 chủ tàu (hợp đồng)", [8, 8, 8], "tàu", 2200),
            ("Vựa hải sản Kim Đông (hợp đồng)", [1, 1, 1], "vựa", 3500)])],
    cap=("Dây chuyền giã, định hình, cấp đông", 60, 290, None),
    roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Sơ chế, giã, định hình", [5, 5, 6]),
           ("Hấp, chiên, cấp đông, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 2, 2])],
    wage=[6.5, 6.8, 7.1],
    inv=[("Máy xay giã mực chân không", 420, True), ("Tủ cấp đông gió 500 kg/mẻ", 380, True),
         ("Kho lạnh bảo quản 40 m³", 350, True), ("Máy hút chân không, máy dán khay", 150, True),
         ("Cải tạo khu chế biến một chiều", 300, True),
         ("Bao bì, mã vạch, tem truy xuất, kiểm nghiệm", 60, False), ("Vốn lưu động", 340, False)],
    src=[("Vốn chủ sở hữu của công ty", 1100),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
    life=10,
    loans=[("Vay Ngân hàng Nông nghiệp và PTNT", 900, 0.075, [300, 300, 300])],
    land=[("Thuê đất của Nhà nước, trả tiền hằng năm", [1200, 1200, 1200], "m²", 14500)],
    fees=[("Phí kiểm nghiệm định kỳ sản phẩm", [9.0, 9.0, 9.0]),
          ("Phí duy trì mã số mã vạch", [1.5, 1.5, 1.5]),
          ("Phí thẩm định cấp lại giấy ATTP", [0.0, 0.0, 3.5])],
    costs=[("Mực ống tươi", "need", ("muc", 130000), False),
           ("Gia vị, mỡ, bột năng", "per_out", 12000, False),
           ("Khay, túi, thùng carton", "pack", [6000, 3500, 5000], False),
           ("Điện cấp đông, kho lạnh, nước", "per_out", 9000, False),
           ("Tiền lương, bảo hiểm", "wages", None, False),
           ("Khấu hao tài sản cố định", "depr", None, False),
           ("Bán hàng, vận chuyển lạnh", "share", 0.04, False),
           ("Lãi vay ngân hàng", "interest", None, False),
           ("Tiền thuê đất", "land", None, False),
           ("Phí, lệ phí", "fees", None, False),
           ("Chi phí khác", "fixed", [40.0, 40.0, 40.0], False)],
    cit=0.17,
)

PLANS["hz02"] = dict(
    unit="kg",
    products=[("Trà xạ đen túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 45000, 30000),
              ("Xạ đen khô thái lát, túi 500 g", "túi", 0.5, 95000, 6000),
              ("Xạ đen khô, bao 5 kg cho đại lý", "bao", 5, 800000, 300)],
    g_out=(0.06, 0.06), g_price=0.0,
    hist=dict(out=[5200, 5600, 5950], price=[330000, 335000, 340000],
              cost=[1520.0, 1640.0, 1745.0], tax=("cit", [0.20, 0.15, 0.15])),
    raws=[("xaden", "Cành lá xạ đen tươi", "kg", 4.0, None,
           [("Vườn xạ đen của hợp tác xã", [3, 3, 3], "ha", 5000),
            ("Hộ thành viên trồng xạ đen", [26, 26, 26], "hộ", 600)])],
    cap=("Máy sấy bơm nhiệt 2 buồng", 34, 260, None),
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
           ("Sấy, thái, đóng túi lọc", [3, 3, 4]), ("Bán hàng, kho", [1, 1, 1])],
    wage=[6.0, 6.2, 6.4],
    inv=[("Nhà sấy, phòng đóng gói 120 m²", 320, True), ("Máy sấy bơm nhiệt 2 buồng", 280, True),
         ("Máy thái dược liệu, máy nghiền", 120, True), ("Máy đóng túi lọc tự động", 260, True),
         ("Bao bì, mã vạch, tem truy xuất", 40, False),
         ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 250, False)],
    src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    life=10,
    loans=[("Vay Ngân hàng Nông nghiệp và PTNT", 600, 0.08, [200, 200, 200])],
    land=[("Thuê đất công ích của UBND xã", [30000, 30000, 30000], "m²", 1200)],
    fees=[("Phí kiểm nghiệm định kỳ", [6.0, 6.0, 6.0]), ("Phí duy trì mã số mã vạch", [1.5, 1.5, 1.5])],
    costs=[("Xạ đen tươi (thu mua, chăm sóc vườn)", "need", ("xaden", 14000), False),
           ("Hộp, túi lọc, túi, bao", "pack", [5500, 4000, 15000], False),
           ("Điện sấy, nước", "per_out", 15000, False),
           ("Tiền công, tiền lương", "wages", None, False),
           ("Khấu hao tài sản cố định", "depr", None, False),
           ("Bán hàng, hội chợ, vận chuyển", "share", 0.06, False),
           ("Quản lý, chi khác", "fixed", [45.0, 45.0, 45.0], False),
           ("Lãi vay ngân hàng", "interest", None, True),
           ("Tiền thuê đất công ích", "land", None, True),
           ("Phí, lệ phí", "fees", None, True)],
    cit=0.15,
    funds=[("Trích quỹ đầu tư phát triển (20 %)", 0.20), ("Trích quỹ chung không chia (5 %)", 0.05)],
)

PLANS["hz03"] = dict(
    unit="kg",
    products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 170000, 3000),
              ("Mật ong hoa keo, chai 1 kg", "chai", 1, 230000, 1200),
              ("Mật ong hoa keo, can 3 kg", "can", 3, 600000, 150)],
    g_out=(0.06, 0.06), g_price=0.0,
    hist=dict(out=[2700, 2850, 3000], price=[255000, 260000, 265000],
              cost=[560.0, 598.0, 636.0], tax=("hh", [9.6, 9.6, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.045])),
    raws=[("mat", "Mật ong thô", "kg", 1.05, None,
           [("Đàn ong của hộ", [220, 235, 250], "đàn", 12),
            ("Hộ nuôi ong liên kết thôn Khe Lau", [10, 10, 10], "hộ", 120)])],
    cap=("Máy hạ thủy phần mật ong", 25, 250, None),
    roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
           ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
    wage=[5.5, 5.7, 5.9],
    inv=[("Máy hạ thủy phần 25 kg/mẻ", 120, True), ("Bồn inox, máy lọc, máy quay mật", 70, True),
         ("Bổ sung 30 thùng ong và đàn giống", 60, True), ("Phòng lọc, đóng chai 30 m²", 110, True),
         ("Chai, can, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động", 150, False)],
    src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 100),
         ("Vay Ngân hàng Nông nghiệp và PTNT", 150)],
    life=8,
    loans=[("Ngân hàng Chính sách xã hội", 100, 0.066, [0, 50, 50]),
           ("Ngân hàng Nông nghiệp và PTNT", 150, 0.08, [50, 50, 50])],
    land=[("Thuê chỗ đặt đàn ong trong rừng keo", [220, 235, 250], "đàn", 30000)],
    fees=[("Phí kiểm nghiệm định kỳ", [4.0, 4.0, 4.0])],
    costs=[("Mật ong thô mua của hộ liên kết", "supply", ("mat", 1, 110000), False),
           ("Chăm sóc đàn ong (đường, thuốc, thùng)", "count", ("mat", 0, 250000), False),
           ("Chai, can, tem", "pack", [7000, 9000, 15000], False),
           ("Điện, nước", "per_out", 5000, False),
           ("Tiền công lao động", "wages", None, False),
           ("Khấu hao", "depr", None, False),
           ("Bán hàng, vận chuyển", "share", 0.05, False),
           ("Lãi vay", "interest", None, False),
           ("Thuê chỗ đặt đàn ong", "land", None, False),
           ("Phí kiểm nghiệm", "fees", None, False),
           ("Chi phí khác", "fixed", [15.0, 15.0, 15.0], False),
           ("Thuế GTGT, thuế TNCN (4,5 % doanh thu)", "revtax", 0.045, True)],
    cit=None,
)

PLANS["hz04"] = dict(
    unit="lượt khách",
    products=[("Vé tham quan, trải nghiệm", "lượt", 1, 50000, 18000),
              ("Lưu trú nhà gỗ", "đêm phòng", 1, 650000, 1800),
              ("Ăn uống", "suất", 1, 150000, 9000),
              ("Chèo thuyền, câu cá", "lượt", 1, 60000, 3000)],
    g_out=(0.08, 0.08), g_price=0.0, out_idx=[0],
    hist=dict(out=[16000, 16800, 17400], price=[190000, 195000, 198000],
              cost=[2760.0, 2950.0, 3080.0], tax=("cit", [0.20, 0.17, 0.17])),
    raws=[("thucpham", "Thực phẩm tươi (rau, gà, cá)", "kg", 0.6, [2],
           [("Hộ trồng rau, nuôi gà thôn Hồ Sen", [15, 15, 15], "hộ", 300),
            ("Tổ nuôi cá lồng trên hồ (hợp đồng)", [1, 1, 1], "tổ", 2500)])],
    cap=("Nhà gỗ lưu trú (8 phòng)", 8, 365, [1]),
    roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Lễ tân, hướng dẫn viên", [4, 4, 5]),
           ("Buồng phòng, bảo vệ, cây xanh", [4, 4, 4]), ("Bếp, phục vụ nhà hàng", [6, 6, 7])],
    wage=[6.5, 6.8, 7.1],
    inv=[("Tám nhà gỗ lưu trú", 1600, True), ("Nhà hàng 120 chỗ", 900, True),
         ("Cầu gỗ, chòi nghỉ, đường dạo", 500, True), ("Thuyền, dụng cụ câu, áo phao", 150, True),
         ("Xử lý nước thải, phòng cháy chữa cháy", 350, True),
         ("Biển hiệu, quảng bá, nhận diện", 100, False), ("Vốn lưu động", 400, False)],
    src=[("Vốn góp của cổ đông", 2500), ("Vay Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", 1500)],
    life=15,
    loans=[("Vay Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", 1500, 0.08, [300, 300, 300])],
    land=[("Thuê đất thương mại, dịch vụ", [25000, 25000, 25000], "m²", 6000),
          ("Thuê mặt nước hồ của UBND xã", [40000, 40000, 40000], "m²", 500)],
    fees=[("Phí kiểm nghiệm nước, thực phẩm", [5.0, 5.0, 5.0]),
          ("Bảo hiểm cháy, nổ bắt buộc", [8.0, 8.0, 8.0])],
    costs=[("Thực phẩm, đồ uống chế biến", "pack", [0, 0, 55000, 0], False),
           ("Đồ dùng buồng phòng, giặt là", "pack", [0, 80000, 0, 0], False),
           ("Điện, nước, gas", "fixed", [180.0, 190.0, 200.0], False),
           ("Tiền lương, bảo hiểm", "wages", None, False),
           ("Khấu hao tài sản cố định", "depr", None, False),
           ("Quảng bá, hoa hồng lữ hành", "share", 0.06, False),
           ("Sửa chữa, bảo dưỡng, chi khác", "fixed", [80.0, 85.0, 90.0], False),
           ("Lãi vay", "interest", None, True),
           ("Tiền thuê đất, mặt nước", "land", None, True),
           ("Phí, lệ phí, bảo hiểm bắt buộc", "fees", None, True)],
    cit=0.17,
)

PLANS["hz05"] = dict(
    unit="lít",
    products=[("Rượu nếp men lá 35 độ, chai 500 ml", "chai", 0.5, 70000, 20000),
              ("Rượu nếp men lá, bình sành 2 lít", "bình", 2, 260000, 2000),
              ("Rượu nếp men lá, can 5 lít", "can", 5, 450000, 600)],
    g_out=(0.10, 0.10), g_price=0.0,
    hist=dict(out=[14000, 15000, 16000], price=[120000, 124000, 127000],
              cost=[1520.0, 1660.0, 1800.0], tax=("cit", [0.20, 0.15, 0.15])),
    raws=[("nep", "Gạo nếp cái", "kg", 1.4, None,
           [("Ruộng nếp của hộ thành viên", [20, 20, 20], "hộ", 900),
            ("Hộ trồng nếp thôn Đồng Môn (hợp đồng)", [8, 8, 8], "hộ", 800)])],
    cap=("Hệ thống chưng cất 2 nồi", 100, 280, None),
    roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
           ("Hạ thổ, lọc, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
    wage=[6.0, 6.2, 6.4],
    inv=[("Nhà nấu, kho ủ rượu 80 m²", 260, True), ("Nồi chưng cất inox, hệ thống làm lạnh", 220, True),
         ("Máy lọc, khử andehit, chiết rót", 180, True), ("Chum sành ủ rượu", 80, True),
         ("Hầm biogas, bể chứa bã rượu", 60, True), ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False),
         ("Vốn lưu động", 250, False)],
    src=[("Vốn góp của thành viên", 450), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
         ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
    life=10,
    loans=[("Vay Ngân hàng Nông nghiệp và PTNT", 500, 0.08, [150, 150, 200])],
    land=[("Thuê đất của UBND xã làm nhà nấu, kho", [2000, 2000, 2000], "m²", 8000)],
    fees=[("Phí kiểm nghiệm định kỳ", [8.0, 8.0, 8.0]), ("Phí duy trì mã số mã vạch", [1.5, 1.5, 1.5])],
    costs=[("Gạo nếp cái", "need", ("nep", 22000), False),
           ("Men lá", "per_out", 3000, False),
           ("Chai, bình, can, hộp", "pack", [9000, 45000, 20000], False),
           ("Củi, điện, nước", "per_out", 4000, False),
           ("Tiền công, tiền lương", "wages", None, False),
           ("Khấu hao tài sản cố định", "depr", None, False),
           ("Bán hàng, quảng bá", "share", 0.06, False),
           ("Chi phí khác", "fixed", [30.0, 30.0, 30.0], False),
           ("Lãi vay", "interest", None, True),
           ("Tiền thuê đất", "land", None, True),
           ("Phí, lệ phí", "fees", None, True)],
    cit=0.15,
    plant=dict(lntt_skip={(1, "interest"), (1, "land")}),
)

PLANS["hz06"] = dict(
    unit="kg",
    products=[("Ram thịt Hà Tĩnh, hộp 20 cái (400 g)", "hộp", 0.4, 65000, 40000),
              ("Ram tôm thịt, hộp 20 cái (500 g)", "hộp", 0.5, 85000, 15000),
              ("Ram thịt, túi 100 cái (2 kg) cho nhà hàng", "túi", 2, 260000, 3000)],
    g_out=(0.10, 0.10), g_price=0.03,
    hist=dict(out=[22000, 24500, 26500], price=[150000, 155000, 158000],
              cost=[3010.0, 3440.0, 3770.0], tax=("cit", [0.20, 0.17, 0.17])),
    raws=[("thit", "Thịt lợn nạc vai", "kg", 0.35, None,
           [("Trang trại lợn Hòa Lạc (hợp đồng)", [3, 3, 3], "trại", 5000)]),
          ("banhda", "Bánh đa nem", "kg", 0.12, None,
           [("Cơ sở bánh đa nem Tiền Phong (hợp đồng)", [1, 1, 1], "cơ sở", 5000)])],
    cap=("Dây chuyền cuốn ram bán tự động, cấp đông", 150, 290, None),
    roles=[("Giám đốc, kế toán, kho", [3, 3, 3]), ("Sơ chế nhân, cuốn ram", [10, 11, 12]),
           ("Cấp đông, đóng gói", [4, 4, 4]), ("Bán hàng, giao hàng", [3, 3, 3])],
    wage=[6.5, 6.8, 7.1],
    inv=[("Máy cuốn ram bán tự động", 450, True), ("Tủ cấp đông 1 tấn/mẻ", 420, True),
         ("Kho lạnh 60 m³", 380, True), ("Máy xay, trộn nhân", 150, True),
         ("Cải tạo nhà xưởng 300 m²", 400, True), ("Bao bì, mã vạch, thiết kế nhãn", 80, False),
         ("Vốn lưu động", 520, False)],
    src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng TMCP Công thương Việt Nam", 1200)],
    life=10,
    loans=[("Vay Ngân hàng TMCP Công thương Việt Nam", 1200, 0.08, [400, 400, 400])],
    land=[("Thuê đất cụm công nghiệp, trả hằng năm", [1500, 1500, 1500], "m²", 15000)],
    fees=[("Phí kiểm nghiệm định kỳ", [10.0, 10.0, 10.0]), ("Phí duy trì mã số mã vạch", [2.0, 2.0, 2.0])],
    costs=[("Thịt lợn nạc vai", "need", ("thit", 110000), False),
           ("Bánh đa nem", "need", ("banhda", 60000), False),
           ("Tôm, rau củ, gia vị", "per_out", 8000, False),
           ("Hộp, túi, thùng", "pack", [4000, 4500, 8000], False),
           ("Điện cấp đông, nước", "per_out", 5000, False),
           ("Tiền lương, bảo hiểm", "wages", None, False),
           ("Khấu hao", "depr", None, False),
           ("Bán hàng, vận chuyển", "share", 0.05, False),
           ("Lãi vay", "interest", None, False),
           ("Tiền thuê đất", "land", None, False),
           ("Phí, lệ phí", "fees", None, False),
           ("Chi phí khác", "fixed", [60.0, 60.0, 60.0], False)],
    cit=0.17,
    plant=dict(cost_total={1: 4097.6}, payback=1.8),
)

PLANS["hz07"] = dict(
    unit="kg", money="k",
    products=[("Mắm tôm hũ thủy tinh 250 g", "hũ", 0.25, 28000, 16000),
              ("Mắm tôm hũ 500 g", "hũ", 0.5, 50000, 8000),
              ("Mắm tôm can 2 kg cho quán ăn", "can", 2, 150000, 1500)],
    g_out=(0.08, 0.08), g_price=0.0,
    hist=dict(out=[9000, 9600, 10200], price=[88000, 92000, 95000],
              cost=[640.0, 712.0, 780.0], tax=("hh", [7.2, 7.2, 7.2], [1.0, 1.0, 1.0], [0.0, 0.0, 0.0])),
    raws=[("tom", "Tôm moi tươi", "kg", 1.0, None,
           [("Thuyền te của 5 hộ ngư dân (hợp đồng)", [5, 5, 5], "thuyền", 2500),
            ("Vựa hải sản Lộc Bình", [1, 1, 1], "vựa", 2000)]),
          ("muoi", "Muối hạt", "kg", 0.15, None,
           [("Đồng muối Hộ Độ (mua theo vụ)", [1, 1, 1], "vụ", 3000)])],
    cap=("Chum ủ mắm", 90, 180, None),
    roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Phơi, xay, ủ mắm", [2, 2, 2]), ("Đóng hũ, bán hàng", [1, 1, 2])],
    wage=[5.0, 5.2, 5.4],
    inv=[("Mái che, sân phơi, nhà ủ 120 m²", 150, True), ("Thêm 30 chum sành ủ mắm", 45, True),
         ("Máy xay tôm, máy đóng hũ", 85, True), ("Hũ, can, thiết kế nhãn", 40, False),
         ("Vốn lưu động", 80, False)],
    src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 100),
         ("Vay Ngân hàng Nông nghiệp và PTNT", 100)],
    life=10,
    loans=[("Ngân hàng Chính sách xã hội", 100, 0.066, [0, 50, 50]),
           ("Ngân hàng Nông nghiệp và PTNT", 100, 0.08, [30, 30, 40])],
    land=[("Thuê sân phơi của hợp tác xã", [300, 300, 300], "m²", 20000)],
    fees=[("Lệ phí môn bài", [1.0, 1.0, 1.0])],
    costs=[("Tôm moi tươi", "need", ("tom", 35000), False),
           ("Muối hạt", "need", ("muoi", 4000), False),
           ("Hũ, can, nhãn", "pack", [4500, 6000, 8000], False),
           ("Điện, nước", "per_out", 3000, False),
           ("Tiền công", "wages", None, False),
           ("Khấu hao", "depr", None, False),
           ("Bán hàng, vận chuyển", "share", 0.04, False),
           ("Lãi vay", "interest", None, False),
           ("Thuê sân phơi", "land", None, False),
           ("Thuế khoán", "fixed", [7.2, 7.2, 7.2], False),
           ("Lệ phí môn bài", "fees", None, False),
           ("Chi khác", "fixed", [12.0, 12.0, 12.0], False)],
    cit=None,
    plant=dict(rev_line={(1, 0): 460.0}),
)

PLANS["hz08"] = dict(
    unit="lít",
    products=[("Dầu gội bồ kết hương nhu, chai 300 ml", "chai", 0.3, 95000, 25000),
              ("Dầu xả bưởi bồ kết, chai 300 ml", "chai", 0.3, 90000, 8000),
              ("Dầu gội bồ kết, can 5 lít cho salon, spa", "can", 5, 850000, 300)],
    g_out=(1.10, 0.65), g_price=0.0,
    hist=dict(out=[8200, 9000, 10500], price=[285000, 290000, 292000],
              cost=[2110.0, 2350.0, 2720.0], tax=("cit", [0.20, 0.15, 0.17])),
    raws=[("boket", "Quả bồ kết khô", "kg", 0.08, None,
           [("Hộ trồng bồ kết liên kết", [100, 100, 100], "hộ", 35)]),
          ("huongnhu", "Hương nhu, vỏ bưởi khô", "kg", 0.05, None,
           [("Tổ trồng dược liệu thôn Bàu Sen", [1, 1, 1], "tổ", 2200)])],
    cap=("Nồi nấu, khuấy trộn 200 lít/mẻ", 200, 250, None),
    roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Nấu dịch, phối trộn", [3, 3, 3]),
           ("Chiết rót, đóng gói", [4, 4, 4]), ("Bán hàng, marketing", [3, 3, 3])],
    wage=[7.0, 7.3, 7.6],
    inv=[("Nồi nấu dịch chiết 200 lít, nồi khuấy", 380, True), ("Máy chiết rót, đóng nắp tự động", 450, True),
         ("Hệ thống lọc nước RO", 180, True), ("Cải tạo xưởng sạch 150 m²", 520, True),
         ("Bể lắng, xử lý nước thải", 120, True), ("Thiết kế bao bì, nhãn, mã vạch", 100, False),
         ("Vốn lưu động", 900, False)],
    src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng TMCP Ngoại thương Việt Nam", 1150)],
    life=10,
    loans=[("Vay Ngân hàng TMCP Ngoại thương Việt Nam", 1150, 0.075, [350, 400, 400])],
    land=[("Thuê đất, nhà xưởng trong cụm công nghiệp", [1000, 1000, 1000], "m²", 18000)],
    fees=[("Phí duy trì mã số mã vạch", [2.0, 2.0, 2.0]),
          ("Phí đánh giá định kỳ cơ sở sản xuất", [5.0, 5.0, 5.0])],
    costs=[("Quả bồ kết khô", "need", ("boket", 60000), False),
           ("Hương nhu, vỏ bưởi", "need", ("huongnhu", 40000), False),
           ("Chất tạo bọt, phụ gia, hương liệu", "per_out", 45000, False),
           ("Chai, can, hộp", "pack", [9000, 9000, 45000], False),
           ("Điện, nước RO", "per_out", 6000, False),
           ("Tiền lương, bảo hiểm", "wages", None, False),
           ("Khấu hao", "depr", None, False),
           ("Quảng cáo, bán hàng, chiết khấu", "share", 0.12, False),
           ("Lãi vay", "interest", None, False),
           ("Tiền thuê đất, nhà xưởng", "land", None, False),
           ("Phí, lệ phí", "fees", None, False),
           ("Chi phí khác", "fixed", [80.0, 80.0, 80.0], False)],
    cit=0.17,
)

PLANS["hz09"] = dict(
    unit="kg",
    products=[("Chè búp khô đặc biệt, hộp 200 g", "hộp", 0.2, 80000, 12000),
              ("Chè xanh khô loại 1, túi 500 g", "túi", 0.5, 120000, 6000),
              ("Chè xanh khô, bao 2 kg cho quán nước", "bao", 2, 380000, 800)],
    g_out=(0.05, 0.05), g_price=0.0,
    hist=dict(out=[6000, 6400, 6700], price=[260000, 270000, 278000],
              cost=[1330.0, 1460.0, 1570.0], tax=("hh", [0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.015, 0.015, 0.015])),
    raws=[("che", "Búp chè tươi", "kg", 4.5, None,
           [("Nương chè của tổ viên", [22, 23, 24], "hộ", 1200),
            ("Hộ trồng chè thôn Bàu Trúc (hợp đồng)", [8, 8, 8], "hộ", 1000)])],
    cap=("Tôn quay diệt men và máy vò chè", 34, 280, None),
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu hái, vận chuyển búp", [4, 4, 4]),
           ("Sao, vò, sấy chè", [4, 4, 5]), ("Đóng gói, bán hàng", [2, 2, 2])],
    wage=[5.8, 6.0, 6.2],
    inv=[("Nhà xưởng chế biến, kho", 250, True), ("Tôn quay diệt men chạy điện", 160, True),
         ("Máy vò chè 2 chiếc", 90, True), ("Máy sấy chè", 120, True),
         ("Máy hút chân không, hàn túi", 40, True), ("Hộp, túi, bao", 40, False),
         ("Vốn lưu động", 200, False)],
    src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 300)],
    life=10,
    loans=[("Vay Ngân hàng Chính sách xã hội", 300, 0.066, [100, 100, 100])],
    land=[("Thuê đất của UBND xã làm xưởng", [2000, 2000, 2000], "m²", 10000)],
    fees=[("Phí kiểm nghiệm định kỳ", [5.0, 5.0, 5.0])],
    costs=[("Búp chè tươi", "need", ("che", 12000), False),
           ("Hộp, túi, bao", "pack", [5000, 3000, 8000], False),
           ("Củi, điện sấy", "per_out", 12000, False),
           ("Tiền công, tiền lương", "wages", None, False),
           ("Khấu hao", "depr", None, False),
           ("Bán hàng, vận chuyển", "share", 0.05, False),
           ("Lãi vay", "interest", None, False),
           ("Tiền thuê đất", "land", None, False),
           ("Phí kiểm nghiệm", "fees", None, False),
           ("Thuế GTGT, TNCN (1,5 % doanh thu)", "revtax", 0.015, False),
           ("Chi khác", "fixed", [25.0, 25.0, 25.0], False)],
    cit=None,
)

PLANS["hz10"] = dict(
    unit="sản phẩm",
    products=[("Khay trà tre ép khắc hoa văn", "chiếc", 1, 85000, 6000),
              ("Hộp đựng trà tre ép", "chiếc", 1, 60000, 8000),
              ("Bộ 6 đế lót ly tre ép", "bộ", 1, 35000, 12000)],
    g_out=(0.08, 0.08), g_price=0.0,
    hist=dict(out=[18000, 20500, 23000], price=[50000, 51000, 53000],
              cost=[680.0, 790.0, 905.0], tax=("none",)),
    raws=[("tre", "Cây tre luồng", "cây", 0.25, None,
           [("Rừng tre của gia đình", [1.2, 1.2, 1.2], "ha", 2500),
            ("Hộ trồng tre thôn Khe Giao", [12, 12, 12], "hộ", 500)])],
    cap=("Máy khắc laser CO2", 84, 280, None),
    roles=[("Chủ hộ và vợ (thiết kế, quản lý)", [2, 2, 2]), ("Thợ ép, cắt, chà nhám", [3, 3, 3]),
           ("Khắc, phủ dầu, đóng gói", [2, 2, 2])],
    wage=[5.5, 5.7, 5.9],
    inv=[("Máy khắc laser CO2 thứ hai", 180, True), ("Máy ép tre thủy lực", 150, True),
         ("Máy cưa, máy chà nhám", 60, True), ("Quạt hút bụi, buồng phủ dầu", 50, True),
         ("Mái che xưởng 100 m²", 90, True), ("Hộp giấy, thẻ treo", 20, False),
         ("Vốn lưu động", 100, False)],
    src=[("Vốn tự có của gia đình", 450), ("Vay Ngân hàng Chính sách xã hội", 100),
         ("Vay Ngân hàng Nông nghiệp và PTNT", 100)],
    life=8,
    loans=[("Ngân hàng Chính sách xã hội", 100, 0.066, [0, 50, 50]),
           ("Ngân hàng Nông nghiệp và PTNT", 100, 0.08, [50, 50, 0])],
    land=[], fees=[],
    costs=[("Cây tre luồng", "need", ("tre", 25000), False),
           ("Keo ép, dầu phủ gốc nước", "per_out", 6000, False),
           ("Hộp giấy, thẻ treo", "per_out", 3000, False),
           ("Điện", "per_out", 1500, False),
           ("Tiền công", "wages", None, False),
           ("Khấu hao", "depr", None, False),
           ("Bán hàng, gửi hàng, sàn TMĐT", "share", 0.08, False),
           ("Lãi vay", "interest", None, False),
           ("Chi khác", "fixed", [15.0, 15.0, 15.0], False)],
    cit=None,
)



# --------------------------------------------------------------------------- model
def _cost_line(kind, param, ctx, y):
    if kind == "need":
        k, price = param
        return r1(ctx["raw"][k]["need"][y] * price / 1e6)
    if kind == "supply":
        k, i, price = param
        return r1(ctx["raw"][k]["rows"][i]["vol"][y] * price / 1e6)
    if kind == "count":
        k, i, price = param
        return r1(ctx["raw"][k]["rows"][i]["counts"][y] * price / 1e6)
    if kind == "pack":
        return r1(sum(ctx["packs"][p][y] * c for p, c in enumerate(param)) / 1e6)
    if kind == "per_out":
        return r1(ctx["out"][y] * param / 1e6)
    if kind == "share":
        return r1(ctx["rev"][y] * param)
    if kind == "fixed":
        return param[y]
    if kind == "wages":
        return ctx["fund"][y]
    if kind == "depr":
        return ctx["depr"]
    if kind == "interest":
        return ctx["interest"][y]
    if kind == "land":
        return ctx["land"][y]
    if kind == "fees":
        return ctx["fees"][y]
    if kind == "revtax":
        return r1(ctx["rev"][y] * param)
    raise ValueError(kind)


def _fin(P, base, rev_lines, skip):
    """Everything downstream of the revenue lines (true or as printed)."""
    ctx = dict(base)
    ctx["rev_lines"] = rev_lines
    ctx["rev"] = [r1(sum(l[y] for l in rev_lines)) for y in range(3)]
    lines = []
    for label, kind, param, below in P["costs"]:
        lines.append(dict(label=label, kind=kind, param=param, below=below,
                          v=[_cost_line(kind, param, ctx, y) for y in range(3)]))
    ctx["lines"] = lines
    ctx["table_total"] = [r1(sum(l["v"][y] for l in lines if not l["below"])) for y in range(3)]
    ctx["p1"] = [r1(ctx["rev"][y] - ctx["table_total"][y]) for y in range(3)]
    ctx["below_total"] = [r1(sum(l["v"][y] for l in lines if l["below"])) for y in range(3)]
    ctx["lntt"] = [r1(ctx["p1"][y] - sum(l["v"][y] for l in lines
                                         if l["below"] and (y, l["kind"]) not in skip))
                   for y in range(3)]
    rate = P.get("cit")
    ctx["cit"] = [r1(max(ctx["lntt"][y], 0) * rate) if rate else 0.0 for y in range(3)]
    ctx["np"] = [r1(ctx["lntt"][y] - ctx["cit"][y]) for y in range(3)]
    ctx["margin"] = [r1(ctx["np"][y] / ctx["rev"][y] * 100) for y in range(3)]
    if P.get("funds"):
        ctx["funds"] = [[r1(ctx["np"][y] * s) for y in range(3)] for _, s in P["funds"]]
        ctx["fund_rest"] = [r1(ctx["np"][y] - sum(f[y] for f in ctx["funds"])) for y in range(3)]
    avg = sum(ctx["np"]) / 3
    ctx["np_avg"] = r1(avg)
    ctx["payback"] = r1(ctx["inv_total"] / (ctx["np_avg"] + ctx["depr"]))
    return ctx


def model(key: str) -> dict:
    P = PLANS[key]
    n = len(P["products"])
    g_out, g_price = P["g_out"], P.get("g_price", 0.0)
    step = P.get("pack_step", 10)
    packs, price = [], []
    for (label, word, size, p0, k0) in P["products"]:
        ks, ps = [k0], [p0]
        for y in (1, 2):
            ks.append(rstep(ks[-1] * (1 + g_out[y - 1]), step))
            ps.append(rstep(p0 * (1 + g_price) ** y, 100))
        packs.append(ks)
        price.append(ps)
    out_idx = P.get("out_idx", list(range(n)))
    out = [sum(packs[p][y] * P["products"][p][2] for p in out_idx) for y in range(3)]
    base = dict(packs=packs, price=price, out=out)
    # raw materials
    raw = {}
    for (k, label, u, norm, idx, rows) in P["raws"]:
        idx = idx if idx is not None else out_idx
        drive = [sum(packs[p][y] * P["products"][p][2] for p in idx) for y in range(3)]
        need = [round(drive[y] * norm) for y in range(3)]
        rr = [dict(label=l, counts=c, word=w, yld=yl, vol=[c[y] * yl for y in range(3)])
              for (l, c, w, yl) in rows]
        supply = [sum(r["vol"][y] for r in rr) for y in range(3)]
        raw[k] = dict(label=label, unit=u, norm=norm, need=need, rows=rr, supply=supply,
                      bal=[supply[y] - need[y] for y in range(3)], drive=drive)
    base["raw"] = raw
    # capacity
    clabel, rating, days, cidx = P["cap"]
    cidx = cidx if cidx is not None else out_idx
    cap = rating * days
    cap_out = [sum(packs[p][y] * P["products"][p][2] for p in cidx) for y in range(3)]
    base.update(cap=cap, cap_out=cap_out, use=[r1(cap_out[y] / cap * 100) for y in range(3)])
    # staff
    staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    fund = [r1(staff[y] * P["wage"][y] * 12) for y in range(3)]
    base.update(staff=staff, fund=fund)
    # investment
    inv_total = r1(sum(v for _, v, _ in P["inv"]))
    fixed_total = r1(sum(v for _, v, f in P["inv"] if f))
    src_total = r1(sum(v for _, v in P["src"]))
    base.update(inv_total=inv_total, fixed_total=fixed_total, src_total=src_total,
                src_pct=[r1(v / src_total * 100) for _, v in P["src"]],
                depr=r1(fixed_total / P["life"]))
    # loans
    loans, interest = [], [0.0, 0.0, 0.0]
    for (label, amount, rate, repay) in P["loans"]:
        opening, closing, it = [], [], []
        bal = amount
        for y in range(3):
            opening.append(bal)
            it.append(r1(bal * rate))
            bal = bal - repay[y]
            closing.append(bal)
        loans.append(dict(label=label, amount=amount, rate=rate, repay=repay, opening=opening,
                          closing=closing, interest=it))
        interest = [r1(interest[y] + it[y]) for y in range(3)]
    base.update(loans=loans, interest=interest)
    land_items = [dict(label=l, qty=q, u=u, rent=rt, v=[r1(q[y] * rt / 1e6) for y in range(3)])
                  for (l, q, u, rt) in P.get("land", [])]
    base["land_items"] = land_items
    base["land"] = [r1(sum(i["v"][y] for i in land_items)) for y in range(3)]
    base["fees"] = [r1(sum(v[y] for _, v in P.get("fees", []))) for y in range(3)]
    # revenue
    rev_true = [[r1(packs[p][y] * price[p][y] / 1e6) for y in range(3)] for p in range(n)]
    rev_print = [list(l) for l in rev_true]
    plant = P.get("plant", {})
    for (p, y), v in plant.get("rev_line", {}).items():
        rev_print[p][y] = v
    true = _fin(P, base, rev_true, set())
    printed = _fin(P, base, rev_print, set(plant.get("lntt_skip", set())))
    M = dict(key=key, P=P, true=true, pr=printed, **base)
    M["table_total_pr"] = list(printed["table_total"])
    for y, v in plant.get("cost_total", {}).items():
        if v is not None:
            M["table_total_pr"][y] = v
    M["payback_pr"] = plant.get("payback", printed["payback"])
    M["use_pr"] = list(base["use"])
    for y, v in plant.get("use", {}).items():
        M["use_pr"][y] = v
    # history
    H = P["hist"]
    hrev = [r1(H["out"][y] * H["price"][y] / 1e6) for y in range(3)]
    hl = [r1(hrev[y] - H["cost"][y]) for y in range(3)]
    kind = H["tax"][0]
    if kind == "cit":
        htax = [r1(hl[y] * H["tax"][1][y]) for y in range(3)]
        hmb = [0.0] * 3
    elif kind == "none":
        htax, hmb = [0.0] * 3, [0.0] * 3
    else:
        _, khoan, monbai, rate = H["tax"]
        htax = [r1(khoan[y] + hrev[y] * rate[y]) for y in range(3)]
        hmb = list(monbai)
    hnp = [r1(hl[y] - htax[y] - hmb[y]) for y in range(3)]
    M["hist"] = dict(out=H["out"], price=H["price"], rev=hrev, cost=H["cost"], lntt=hl,
                     tax=htax, mb=hmb, np=hnp)
    return M


# --------------------------------------------------------------------------- presentation
# How each plan prints its tables: captions, row labels, optional columns and rows.
ALL = ("hist", "prices", "raw", "staff", "output", "inv", "src", "loan", "taxfee", "rev", "cost", "result")
PRESENT: dict[str, dict] = {
    "hz01": dict(tables=ALL, cost_basis=False, balance=True, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí", p1="Lợi nhuận trước thuế",
                             cit="Thuế TNDN (17 %)", np="Lợi nhuận sau thuế")),
    "hz02": dict(tables=ALL, balance=True, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí sản xuất", p1="Lợi nhuận từ sản xuất, kinh doanh",
                             lntt="Lợi nhuận trước thuế", cit="Thuế TNDN (15 %)",
                             np="Lợi nhuận sau thuế", rest="Còn lại chia cho thành viên")),
    "hz03": dict(tables=ALL, balance=True, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí", p1="Thu nhập trước thuế",
                             np="Thu nhập sau thuế của hộ")),
    "hz04": dict(tables=ALL, balance=True, show_cap=True, out_total=False,
                 cap_rows=("Số đêm phòng tối đa (8 phòng × 365 ngày)", "Công suất sử dụng phòng (%)"),
                 labels=dict(cost_total="Chi phí hoạt động", p1="Lợi nhuận trước lãi vay, thuê đất và thuế",
                             lntt="Lợi nhuận trước thuế", cit="Thuế TNDN (17 %)", np="Lợi nhuận sau thuế")),
    "hz05": dict(tables=ALL, balance=False, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí sản xuất", p1="Lợi nhuận từ hoạt động SXKD",
                             lntt="Lợi nhuận trước thuế", cit="Thuế TNDN (15 %)", np="Lợi nhuận sau thuế")),
    "hz06": dict(tables=ALL, cost_basis=True, balance=True, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí", p1="Lợi nhuận trước thuế",
                             cit="Thuế TNDN (17 %)", np="Lợi nhuận sau thuế")),
    "hz07": dict(tables=ALL, hist_tax="Thuế khoán", balance=True, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí", p1="Thu nhập của hộ")),
    "hz08": dict(tables=ALL, balance=True, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí", p1="Lợi nhuận trước thuế",
                             cit="Thuế TNDN (17 %)", np="Lợi nhuận sau thuế")),
    "hz09": dict(tables=ALL, balance=True, show_cap=True,
                 labels=dict(cost_total="Tổng chi phí (đã gồm thuế, phí)", p1="Lợi nhuận của tổ hợp tác")),
    "hz10": dict(tables=tuple(t for t in ALL if t != "taxfee"), balance=True, show_cap=False,
                 labels=dict(cost_total="Tổng chi phí", p1="Thu nhập của gia đình")),
}

YH = ["Năm 2027", "Năm 2028", "Năm 2029"]


def money(M, v: float) -> str:
    return fnum(v * 1000, 0) if M["P"].get("money") == "k" else fm(v)


def money_unit(M) -> str:
    return "ĐVT: 1.000 đồng" if M["P"].get("money") == "k" else "ĐVT: triệu đồng"


def tables(M: dict) -> dict:
    """Every model table of a plan: key -> dict(unit, header, rows) with the cells as printed."""
    P, key = M["P"], M["key"]
    S = PRESENT[key]
    L = S.get("labels", {})
    u = P["unit"]
    pr = M["pr"]
    T = {}
    mm = lambda v: money(M, v)  # noqa: E731
    # history
    H = M["hist"]
    rows = [["1", "Sản lượng", u, *[fq(x) for x in H["out"]]],
            ["2", "Giá bán bình quân", f"đồng/{u}", *[fnum(x) for x in H["price"]]],
            ["3", "Doanh thu", "triệu đồng", *[fm(x) for x in H["rev"]]],
            ["4", "Tổng chi phí", "triệu đồng", *[fm(x) for x in H["cost"]]]]
    kind = P["hist"]["tax"][0]
    if kind == "cit":
        rows += [["5", "Lợi nhuận trước thuế", "triệu đồng", *[fm(x) for x in H["lntt"]]],
                 ["6", "Thuế TNDN", "triệu đồng", *[fm(x) for x in H["tax"]]],
                 ["7", "Lợi nhuận sau thuế", "triệu đồng", *[fm(x) for x in H["np"]]]]
    elif kind == "hh":
        lab = S.get("hist_tax", "Thuế phải nộp")
        rows += [["5", lab, "triệu đồng", *[fm(x) for x in H["tax"]]]]
        if any(H["mb"]):
            rows += [["6", "Lệ phí môn bài", "triệu đồng", *[fm(x) for x in H["mb"]]]]
        rows += [[str(len(rows) + 1), S.get("hist_np", "Thu nhập sau thuế"), "triệu đồng",
                  *[fm(x) for x in H["np"]]]]
    else:
        rows += [["5", "Thu nhập của gia đình", "triệu đồng", *[fm(x) for x in H["np"]]]]
    T["hist"] = dict(unit=None, header=["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Năm 2026"],
                     rows=rows)
    # prices
    if P.get("g_price"):
        rows = [[str(i + 1), p[0], p[1], *[fnum(x) for x in M["price"][i]]]
                for i, p in enumerate(P["products"])]
        T["prices"] = dict(unit="ĐVT: đồng", header=["TT", "Sản phẩm", "Đơn vị", *YH], rows=rows)
    else:
        rows = [[str(i + 1), p[0], p[1], fnum(p[3])] for i, p in enumerate(P["products"])]
        T["prices"] = dict(unit=None, header=["TT", "Sản phẩm", "Đơn vị", "Giá bán (đồng)"], rows=rows)
    # output plan
    rows = [[str(i + 1), p[0], p[1], *[fq(x) for x in M["packs"][i]]] for i, p in enumerate(P["products"])]
    if S.get("out_total", True):
        rows.append(["", f"Tổng sản lượng ({u})", "", *[fq(x) for x in M["out"]]])
    if S.get("show_cap", True):
        capl, usel = S.get("cap_rows", (f"Công suất thiết bị ({u}/năm)", "Mức sử dụng công suất (%)"))
        rows.append(["", capl, "", *[fq(M["cap"])] * 3])
        rows.append(["", usel, "", *[pct(x) for x in M["use_pr"]]])
    T["output"] = dict(unit=None, header=["TT", "Sản phẩm", "Đơn vị", *YH], rows=rows)
    # raw materials
    rows, n = [], 0
    for k, R in M["raw"].items():
        n += 1
        rows.append([str(n), f"Nhu cầu {R['label'].lower()} ({R['unit']})", *[fq(x) for x in R["need"]]])
        for r in R["rows"]:
            n += 1
            c = r["counts"]
            if c[0] == c[1] == c[2]:
                lab = f"{r['label']}: {fq(c[0])} {r['word']} × {fq(r['yld'])} {R['unit']}"
                rows.append([str(n), lab, *[fq(x) for x in r["vol"]]])
            else:
                rows.append([str(n), f"{r['label']} (số {r['word']})", *[fq(x) for x in c]])
                rows.append(["", f"Sản lượng ({fq(r['yld'])} {R['unit']}/{r['word']})",
                             *[fq(x) for x in r["vol"]]])
        rows.append(["", f"Tổng nguồn cung ({R['unit']})", *[fq(x) for x in R["supply"]]])
        if S.get("balance", True):
            rows.append(["", f"Còn dư ({R['unit']})", *[fq(x) for x in R["bal"]]])
    T["raw"] = dict(unit=None, header=["TT", "Nội dung", *YH], rows=rows)
    # staff
    rows = [[str(i + 1), r[0], *[str(x) for x in r[1]]] for i, r in enumerate(P["roles"])]
    rows += [["", "Tổng số lao động (người)", *[str(x) for x in M["staff"]]],
             ["", "Lương bình quân (triệu đồng/tháng)", *[fnum(x, 1) for x in P["wage"]]],
             ["", "Quỹ lương năm (triệu đồng)", *[fm(x) for x in M["fund"]]]]
    T["staff"] = dict(unit=None, header=["TT", "Bộ phận", *YH], rows=rows)
    # investment and sources
    rows = [[str(i + 1), it[0], mm(it[1])] for i, it in enumerate(P["inv"])]
    rows.append(["", "Tổng vốn đầu tư", mm(M["inv_total"])])
    T["inv"] = dict(unit=money_unit(M), header=["TT", "Hạng mục", "Thành tiền"], rows=rows)
    rows = [[str(i + 1), s_[0], mm(s_[1]), pct(M["src_pct"][i])] for i, s_ in enumerate(P["src"])]
    rows.append(["", "Tổng nguồn vốn", mm(M["src_total"]), "100,0"])
    T["src"] = dict(unit=money_unit(M), header=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    # loans
    rows, n = [], 0
    multi = len(M["loans"]) > 1
    for ln in M["loans"]:
        sfx = f" ({ln['label']})" if multi else ""
        for lab, vals in (("Dư nợ đầu năm", ln["opening"]), ("Trả nợ gốc", ln["repay"]),
                          ("Dư nợ cuối năm", ln["closing"]),
                          (f"Lãi vay {rate_s(ln['rate'])} %/năm", ln["interest"])):
            n += 1
            rows.append([str(n), lab + sfx, *[mm(x) for x in vals]])
    if multi:
        rows.append(["", "Tổng lãi vay phải trả", *[mm(x) for x in M["interest"]]])
    T["loan"] = dict(unit=money_unit(M), header=["TT", "Chỉ tiêu", *YH], rows=rows)
    # taxes, fees and land rent
    rows, n = [], 0
    for it in M["land_items"]:
        n += 1
        q = it["qty"]
        basis = (f"{fq(q[0])} {it['u']} × {fnum(it['rent'])} đ" if q[0] == q[1] == q[2]
                 else f"{fnum(it['rent'])} đ/{it['u']}")
        rows.append([str(n), it["label"], basis, *[mm(x) for x in it["v"]]])
    for lab, v in P.get("fees", []):
        n += 1
        rows.append([str(n), lab, "theo thực tế", *[mm(x) for x in v]])
    tot = [M["land"][y] + M["pr"]["fees"][y] for y in range(3)]
    for l in pr["lines"]:
        if l["kind"] == "revtax":
            n += 1
            rows.append([str(n), "Thuế GTGT, thuế TNCN", f"{rate_s(l['param'])} % doanh thu",
                         *[mm(x) for x in l["v"]]])
            tot = [tot[y] + l["v"][y] for y in range(3)]
        if l["kind"] == "fixed" and l["label"].startswith("Thuế khoán"):
            n += 1
            rows.append([str(n), "Thuế khoán", "600.000 đ/tháng", *[mm(x) for x in l["v"]]])
            tot = [tot[y] + l["v"][y] for y in range(3)]
    if P.get("cit"):
        n += 1
        rows.append([str(n), "Thuế thu nhập doanh nghiệp", f"{rate_s(P['cit'])} % LNTT",
                     *[mm(x) for x in pr["cit"]]])
        tot = [tot[y] + pr["cit"][y] for y in range(3)]
    rows.append(["", "Tổng cộng", "", *[mm(r1(x)) for x in tot]])
    T["taxfee"] = dict(unit=money_unit(M), header=["TT", "Khoản phải nộp", "Căn cứ tính", *YH], rows=rows)
    # revenue
    rows = [[str(i + 1), p[0], *[mm(x) for x in pr["rev_lines"][i]]] for i, p in enumerate(P["products"])]
    rows.append(["", "Tổng doanh thu", *[mm(x) for x in pr["rev"]]])
    T["rev"] = dict(unit=money_unit(M), header=["TT", "Sản phẩm", *YH], rows=rows)
    # costs
    basis_col = S.get("cost_basis", False)
    rows, n = [], 0
    for l in pr["lines"]:
        if l["below"]:
            continue
        n += 1
        cells = [str(n), l["label"]]
        if basis_col:
            cells.append(cost_basis(M, l))
        rows.append(cells + [mm(x) for x in l["v"]])
    total = ["", L.get("cost_total", "Tổng chi phí")] + ([""] if basis_col else [])
    rows.append(total + [mm(x) for x in M["table_total_pr"]])
    head = ["TT", "Khoản mục chi phí"] + (["Căn cứ tính"] if basis_col else []) + YH
    T["cost"] = dict(unit=money_unit(M), header=head, rows=rows)
    # results
    rows = [["1", "Doanh thu", *[mm(x) for x in pr["rev"]]],
            ["2", L.get("cost_total", "Tổng chi phí"), *[mm(x) for x in pr["table_total"]]],
            ["3", L.get("p1", "Lợi nhuận trước thuế"), *[mm(x) for x in pr["p1"]]]]
    for l in pr["lines"]:
        if l["below"]:
            rows.append([str(len(rows) + 1), ("Thuế GTGT, TNCN (" + rate_s(l["param"]) + " % doanh thu)")
                         if l["kind"] == "revtax" else "Trừ: " + l["label"].lower(), *[mm(x) for x in l["v"]]])
    if P.get("cit"):
        if any(l["below"] for l in pr["lines"]):
            rows.append([str(len(rows) + 1), L.get("lntt", "Lợi nhuận trước thuế"), *[mm(x) for x in pr["lntt"]]])
        rows.append([str(len(rows) + 1), L.get("cit", "Thuế TNDN"), *[mm(x) for x in pr["cit"]]])
        rows.append([str(len(rows) + 1), L.get("np", "Lợi nhuận sau thuế"), *[mm(x) for x in pr["np"]]])
    elif any(l["below"] for l in pr["lines"]):
        rows.append([str(len(rows) + 1), L.get("np", "Thu nhập sau thuế"), *[mm(x) for x in pr["np"]]])
    for (lab, _), v in zip(P.get("funds", []), pr.get("funds", [])):
        rows.append([str(len(rows) + 1), lab, *[mm(x) for x in v]])
    if P.get("funds"):
        rows.append([str(len(rows) + 1), L.get("rest", "Còn lại"), *[mm(x) for x in pr["fund_rest"]]])
    rows.append(["", "Tỷ suất lợi nhuận/doanh thu (%)" if P.get("cit") or key == "hz09"
                 else "Tỷ suất thu nhập/doanh thu (%)", *[pct(x) for x in pr["margin"]]])
    T["result"] = dict(unit=money_unit(M), header=["TT", "Chỉ tiêu", *YH], rows=rows)
    return T


def cost_basis(M, l) -> str:
    P = M["P"]
    k, p = l["kind"], l["param"]
    if k == "need":
        return f"{fnum(p[1])} đ/{M['raw'][p[0]]['unit']}"
    if k == "per_out":
        return f"{fnum(p)} đ/{P['unit']}"
    if k == "pack":
        return "đơn giá bao bì"
    if k == "share":
        return f"{rate_s(p)} % doanh thu"
    if k == "wages":
        return "bảng lương"
    if k == "depr":
        return f"{fnum(M['fixed_total'])} : {P['life']} năm"
    if k == "interest":
        return "dư nợ × lãi suất"
    if k == "land":
        it = M["land_items"][0]
        return f"{fq(it['qty'][0])} {it['u']} × {fnum(it['rent'])} đ"
    if k == "fees":
        return "theo thực tế"
    if k == "revtax":
        return f"{rate_s(p)} % doanh thu"
    return "ước tính"


def render(t: dict) -> str:
    """A model table as FORMAT.md pipe syntax (with its unit line)."""
    out = []
    if t["unit"]:
        out.append(t["unit"])
    out.append("| " + " | ".join(t["header"]) + " |")
    out.append("|" + "---|" * len(t["header"]))
    for r in t["rows"]:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out)


CAPTIONS = dict(
    hist="Kết quả sản xuất kinh doanh 2024 – 2026",
    prices="Giá bán sản phẩm",
    output="Kế hoạch sản lượng 2027 – 2029",
    raw="Cân đối nguyên liệu",
    staff="Lao động và tiền lương",
    inv="Tổng vốn đầu tư",
    src="Nguồn vốn đầu tư",
    loan="Kế hoạch vay, trả nợ gốc và lãi vay",
    taxfee="Các khoản thuế, phí, lệ phí và tiền thuê đất",
    rev="Doanh thu dự kiến",
    cost="Chi phí sản xuất kinh doanh",
    result="Kết quả kinh doanh dự kiến",
)


def caption(key: str, t: str) -> str:
    return PRESENT[key].get("captions", {}).get(t, CAPTIONS[t])


# --------------------------------------------------------------------------- checks
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> tuple[str | None, list[list[str]]] | None:
        """The pipe rows (header first, separator dropped) under the caption ending with `title`,
        and the unit line between caption and table (or None)."""
        lines = self.body.splitlines()
        for i, ln in enumerate(lines):
            s = ln.strip()
            if re.match(r"^(Bảng|Biểu)\s+\d+", s) and s.endswith(title):
                unit, rows, j = None, [], i + 1
                while j < len(lines):
                    x = lines[j].strip()
                    if x.startswith("|"):
                        if not re.fullmatch(r"\|(\s*-+\s*\|)+", x):
                            rows.append([c.strip() for c in x.strip("|").split("|")])
                    elif rows:
                        break
                    elif x.startswith("ĐVT"):
                        unit = x
                    j += 1
                return unit, rows
        return None


class Rel:
    """Relations between printed figures: planted ones must be off by > 5 %, others within 1 %."""

    def __init__(self, plan: Plan, planted: set[str]):
        self.plan, self.planted, self.seen = plan, planted, set()

    def eq(self, rid: str, printed: float, true: float, tol: float = 0.01, absol: float = 0.11):
        if rid in self.planted:
            self.seen.add(rid)
            if not off(printed, true, 5.0):
                self.plan.failures.append(f"planted {rid}: printed {printed} vs true {true} not off by > 5 %")
        elif not (close(printed, true, tol) or abs(printed - true) <= absol):
            self.plan.failures.append(f"{rid}: printed {printed} vs computed {true}")

    def le(self, rid: str, a: float, b: float, slack: float = 0.0):
        """Realism: a <= b (e.g. need <= supply). Planted: a exceeds b by more than 5 %."""
        if rid in self.planted:
            self.seen.add(rid)
            if not a > b * 1.05:
                self.plan.failures.append(f"planted {rid}: {a} does not exceed {b} by > 5 %")
        elif a > b * (1 + slack):
            self.plan.failures.append(f"{rid}: {a} > {b}")

    def done(self):
        for rid in sorted(self.planted - self.seen):
            self.plan.failures.append(f"planted relation never checked: {rid}")


def _vals(row: list[str], n: int = 3) -> list[float]:
    nums = [vn(c) for c in row if re.fullmatch(r"[\d.,]+", c)]
    return nums[-n:]


# planted numeric relations per plan (and the knock-ons the notes list)
PLANTED_REL = {
    "hz05": {"res.lntt.1", "short.nep.1", "short.nep.2"},
    "hz06": {"cost.total.1", "res.cost_vs_table.1", "payback"},
    "hz07": {"rev.line.1.0"},
    "hz08": {"capital", "growth.1", "growth.2"},
    "hz10": {"cap.0", "cap.1", "cap.2"},
}
READY = ("hz01", "hz02", "hz03", "hz04")


def check_tables(plan: Plan, M: dict) -> dict:
    """Every model table printed in the plan must be there cell for cell; returns the parsed rows."""
    key = M["key"]
    T = tables(M)
    got = {}
    for t in PRESENT[key]["tables"]:
        title = caption(key, t)
        found = plan.table(title)
        if not found:
            plan.failures.append(f"table not found: {title}")
            continue
        unit, rows = found
        want = T[t]
        if (want["unit"] or None) != unit:
            plan.failures.append(f"{t}: unit line {unit!r} != {want['unit']!r}")
        exp = [want["header"]] + want["rows"]
        if rows != exp:
            for a, b in zip(rows, exp):
                if a != b:
                    plan.failures.append(f"{t}: row {a} != model {b}")
                    break
            if len(rows) != len(exp):
                plan.failures.append(f"{t}: {len(rows)} rows != model {len(exp)}")
        got[t] = {r[1]: r for r in rows[1:]}
        got[t + "#rows"] = rows[1:]
    return got


def check_relations(plan: Plan, M: dict, got: dict) -> None:
    key, P, S = M["key"], M["P"], PRESENT[M["key"]]
    L = S.get("labels", {})
    R = Rel(plan, PLANTED_REL.get(key, set()))
    scale = 1000.0 if P.get("money") == "k" else 1.0
    money_ = lambda row, n=3: [v / scale for v in _vals(row, n)]  # noqa: E731
    u = P["unit"]
    n = len(P["products"])
    # history
    h = got.get("hist")
    if h:
        out, price = _vals(h["Sản lượng"]), _vals(h["Giá bán bình quân"])
        rev, cost = _vals(h["Doanh thu"]), _vals(h["Tổng chi phí"])
        for y in range(3):
            R.eq(f"hist.rev.{y}", rev[y], out[y] * price[y] / 1e6)
        kind = P["hist"]["tax"][0]
        if kind == "cit":
            lntt, tax, np_ = (_vals(h["Lợi nhuận trước thuế"]), _vals(h["Thuế TNDN"]),
                              _vals(h["Lợi nhuận sau thuế"]))
            for y in range(3):
                R.eq(f"hist.lntt.{y}", lntt[y], rev[y] - cost[y])
                R.eq(f"hist.tax.{y}", tax[y], lntt[y] * P["hist"]["tax"][1][y])
                R.eq(f"hist.np.{y}", np_[y], lntt[y] - tax[y])
        elif kind == "hh":
            _, khoan, monbai, rate = P["hist"]["tax"]
            tax = _vals(h[S.get("hist_tax", "Thuế phải nộp")])
            mb = _vals(h["Lệ phí môn bài"]) if "Lệ phí môn bài" in h else [0.0] * 3
            np_ = _vals(h[S.get("hist_np", "Thu nhập sau thuế")])
            for y in range(3):
                R.eq(f"hist.tax.{y}", tax[y], khoan[y] + rev[y] * rate[y])
                R.eq(f"hist.mb.{y}", mb[y], monbai[y])
                R.eq(f"hist.np.{y}", np_[y], rev[y] - cost[y] - tax[y] - mb[y])
        else:
            np_ = _vals(h["Thu nhập của gia đình"])
            for y in range(3):
                R.eq(f"hist.np.{y}", np_[y], rev[y] - cost[y])
        # the first plan year continues the history (no jump)
        R.le("hist.jump", M["out"][0], out[2] * 1.2)
    # prices and packs
    prices = [_vals(got["prices"][p[0]], 3 if P.get("g_price") else 1) for p in P["products"]]
    if not P.get("g_price"):
        prices = [[x[0]] * 3 for x in prices]
    for i, p in enumerate(P["products"]):
        R.eq(f"price.{i}.0", prices[i][0], p[3])
        for y in (1, 2):
            R.eq(f"price.{i}.{y}", prices[i][y], p[3] * (1 + P.get("g_price", 0)) ** y)
    o = got["output"]
    packs = [_vals(o[p[0]]) for p in P["products"]]
    for i in range(n):
        R.eq(f"packs.{i}.0", packs[i][0], P["products"][i][4])
        for y in (1, 2):
            R.eq(f"packs.{i}.{y}", packs[i][y], packs[i][y - 1] * (1 + P["g_out"][y - 1]), tol=0.012, absol=5)
    out_idx = P.get("out_idx", list(range(n)))
    out = [sum(packs[i][y] * P["products"][i][2] for i in out_idx) for y in range(3)]
    if S.get("out_total", True):
        printed = _vals(o[f"Tổng sản lượng ({u})"])
        for y in range(3):
            R.eq(f"out.{y}", printed[y], out[y])
    clabel, rating, days, cidx = P["cap"]
    cidx = cidx if cidx is not None else out_idx
    cap = rating * days
    cap_out = [sum(packs[i][y] * P["products"][i][2] for i in cidx) for y in range(3)]
    if S.get("show_cap", True):
        capl, usel = S.get("cap_rows", (f"Công suất thiết bị ({u}/năm)", "Mức sử dụng công suất (%)"))
        cp, use = _vals(o[capl]), _vals(o[usel])
        for y in range(3):
            R.eq(f"capacity.{y}", cp[y], cap)
            R.eq(f"use.{y}", use[y], cap_out[y] / cap * 100)
    for y in range(3):
        R.le(f"cap.{y}", cap_out[y], cap * (0.85 if key in READY else 1.0))
    # raw materials
    rw = got["raw#rows"]
    labels = [r[1] for r in rw]
    for (k, label, ru, norm, idx, rows) in P["raws"]:
        idx = idx if idx is not None else out_idx
        drive = [sum(packs[i][y] * P["products"][i][2] for i in idx) for y in range(3)]
        need = _vals(got["raw"][f"Nhu cầu {label.lower()} ({ru})"])
        for y in range(3):
            R.eq(f"need.{k}.{y}", need[y], drive[y] * norm, absol=1)
        start = labels.index(f"Nhu cầu {label.lower()} ({ru})")
        vols = []
        j = start + 1
        for (rl, counts, word, yld) in rows:
            r = rw[j]
            if counts[0] == counts[1] == counts[2]:
                v = _vals(r)
                for y in range(3):
                    R.eq(f"supplyrow.{k}.{rl}.{y}", v[y], counts[y] * yld)
                j += 1
            else:
                c, v = _vals(r), _vals(rw[j + 1])
                for y in range(3):
                    R.eq(f"supplyrow.{k}.{rl}.{y}", v[y], c[y] * yld)
                j += 2
            vols.append(v)
        sup = _vals(rw[j])
        for y in range(3):
            R.eq(f"supply.{k}.{y}", sup[y], sum(v[y] for v in vols))
            R.le(f"short.{k}.{y}", need[y], sup[y])
        if S.get("balance", True):
            bal = _vals(rw[j + 1])
            for y in range(3):
                R.eq(f"bal.{k}.{y}", bal[y], sup[y] - need[y], absol=1)
                if key in READY:
                    R.le(f"spare.{k}.{y}", need[y], sup[y] / 1.06)
    # staff and wages
    st = got["staff"]
    roles = [_vals(st[r[0]]) for r in P["roles"]]
    staff = _vals(st["Tổng số lao động (người)"])
    wage = _vals(st["Lương bình quân (triệu đồng/tháng)"])
    fund = _vals(st["Quỹ lương năm (triệu đồng)"])
    for y in range(3):
        R.eq(f"staff.{y}", staff[y], sum(r[y] for r in roles))
        R.eq(f"fund.{y}", fund[y], staff[y] * wage[y] * 12)
    # investment and sources
    iv = got["inv#rows"]
    items = [money_(r, 1)[0] for r in iv[:-1]]
    inv_total = money_(iv[-1], 1)[0]
    R.eq("inv.total", inv_total, sum(items))
    sr = got["src#rows"]
    srcs = [money_(r[:3], 1)[0] for r in sr[:-1]]
    src_total = money_(sr[-1][:3], 1)[0]
    R.eq("src.total", src_total, sum(srcs))
    for i, r in enumerate(sr[:-1]):
        R.eq(f"src.pct.{i}", vn(r[3]), srcs[i] / src_total * 100)
    R.eq("capital", src_total, inv_total)
    fixed = sum(v for _, v, f in P["inv"] if f)
    R.eq("inv.fixed", fixed, sum(items[i] for i, it in enumerate(P["inv"]) if it[2]))
    depr = fixed / P["life"]
    # loans
    lr = got["loan#rows"]
    j, interest = 0, [0.0, 0.0, 0.0]
    for li, (label, amount, rate, repay) in enumerate(P["loans"]):
        op, rp, cl, it = (money_(lr[j]), money_(lr[j + 1]), money_(lr[j + 2]), money_(lr[j + 3]))
        R.eq(f"loan.{li}.amount", op[0], amount)
        for y in range(3):
            R.eq(f"loan.{li}.close.{y}", cl[y], op[y] - rp[y])
            if y:
                R.eq(f"loan.{li}.open.{y}", op[y], cl[y - 1])
            R.eq(f"loan.{li}.int.{y}", it[y], op[y] * rate)
            interest[y] += it[y]
        j += 4
    if len(P["loans"]) > 1:
        ti = money_(lr[j])
        for y in range(3):
            R.eq(f"loan.int.total.{y}", ti[y], interest[y])
    # revenue
    rv = got["rev"]
    lines = [money_(rv[p[0]]) for p in P["products"]]
    for i in range(n):
        for y in range(3):
            R.eq(f"rev.line.{i}.{y}", lines[i][y], packs[i][y] * prices[i][y] / 1e6)
    rev = money_(rv["Tổng doanh thu"])
    for y in range(3):
        R.eq(f"rev.total.{y}", rev[y], sum(l[y] for l in lines))
        if y:
            R.le(f"growth.{y}", rev[y], rev[y - 1] * 1.35)
    # taxes, fees, land rent
    tf = got.get("taxfee#rows", [])
    land = [0.0, 0.0, 0.0]
    j = 0
    for (label, qty, lu, rent) in P.get("land", []):
        v = money_(tf[j])
        for y in range(3):
            R.eq(f"land.{label}.{y}", v[y], qty[y] * rent / 1e6)
            land[y] += v[y]
        j += 1
    fees = [0.0, 0.0, 0.0]
    for (label, fv) in P.get("fees", []):
        v = money_(tf[j])
        for y in range(3):
            R.eq(f"fee.{label}.{y}", v[y], fv[y])
            fees[y] += v[y]
        j += 1
    tf_total = [0.0, 0.0, 0.0]
    for r in tf[:-1]:
        v = money_(r)
        tf_total = [tf_total[y] + v[y] for y in range(3)]
    if tf:
        tft = money_(tf[-1])
        for y in range(3):
            R.eq(f"taxfee.total.{y}", tft[y], tf_total[y])
    # costs
    cr = got["cost#rows"]
    k_line = 0
    need_of = {}
    for (k, label, ru, norm, idx, rows) in P["raws"]:
        need_of[k] = _vals(got["raw"][f"Nhu cầu {label.lower()} ({ru})"])
    items_sum = [0.0, 0.0, 0.0]
    below = {}
    for (label, kind, param, is_below) in P["costs"]:
        if kind == "need":
            exp = [need_of[param[0]][y] * param[1] / 1e6 for y in range(3)]
        elif kind in ("supply", "count"):
            rk, ri, price = param
            rrow = P["raws"][[r[0] for r in P["raws"]].index(rk)][5][ri]
            exp = [(rrow[1][y] * (rrow[3] if kind == "supply" else 1)) * price / 1e6 for y in range(3)]
        elif kind == "pack":
            exp = [sum(packs[i][y] * c for i, c in enumerate(param)) / 1e6 for y in range(3)]
        elif kind == "per_out":
            exp = [out[y] * param / 1e6 for y in range(3)]
        elif kind in ("share", "revtax"):
            exp = [rev[y] * param for y in range(3)]
        elif kind == "fixed":
            exp = list(param)
        elif kind == "wages":
            exp = fund
        elif kind == "depr":
            exp = [depr] * 3
        elif kind == "interest":
            exp = interest
        elif kind == "land":
            exp = land
        elif kind == "fees":
            exp = fees
        if is_below:
            below[label] = exp
            continue
        v = money_(cr[k_line])
        for y in range(3):
            R.eq(f"cost.{label}.{y}", v[y], exp[y])
            items_sum[y] += v[y]
        k_line += 1
    ct = money_(cr[k_line])
    for y in range(3):
        R.eq(f"cost.total.{y}", ct[y], items_sum[y])
    # results
    rs = got["result#rows"]
    res = {r[1]: r for r in rs}
    cost_label = L.get("cost_total", "Tổng chi phí")
    r_rev, r_cost, p1 = (money_(res["Doanh thu"]), money_(res[cost_label]),
                         money_(res[L.get("p1", "Lợi nhuận trước thuế")]))
    for y in range(3):
        R.eq(f"res.rev.{y}", r_rev[y], rev[y])
        R.eq(f"res.cost.{y}", r_cost[y], items_sum[y])
        R.eq(f"res.cost_vs_table.{y}", r_cost[y], ct[y])
        R.eq(f"res.p1.{y}", p1[y], r_rev[y] - r_cost[y])
    lntt = p1
    for (label, kind, param, is_below) in P["costs"]:
        if not is_below:
            continue
        lab = (f"Thuế GTGT, TNCN ({rate_s(param)} % doanh thu)" if kind == "revtax"
               else "Trừ: " + label.lower())
        v = money_(res[lab])
        for y in range(3):
            R.eq(f"res.below.{label}.{y}", v[y], below[label][y])
        lntt = [lntt[y] - v[y] for y in range(3)]
    has_below = any(c[3] for c in P["costs"])
    if P.get("cit"):
        if has_below:
            pl = money_(res[L.get("lntt", "Lợi nhuận trước thuế")])
            for y in range(3):
                R.eq(f"res.lntt.{y}", pl[y], lntt[y])
            lntt = pl
        cit = money_(res[L.get("cit", "Thuế TNDN")])
        npv = money_(res[L.get("np", "Lợi nhuận sau thuế")])
        for y in range(3):
            R.eq(f"res.cit.{y}", cit[y], max(lntt[y], 0) * P["cit"])
            R.eq(f"res.np.{y}", npv[y], lntt[y] - cit[y])
        # the tax table's CIT row is the result's
        citrow = money_([r for r in tf if r[1] == "Thuế thu nhập doanh nghiệp"][0])
        for y in range(3):
            R.eq(f"taxfee.cit.{y}", citrow[y], cit[y])
    elif has_below:
        npv = money_(res[L.get("np", "Thu nhập sau thuế")])
        for y in range(3):
            R.eq(f"res.np.{y}", npv[y], lntt[y])
    else:
        npv = p1
    for (lab, share), y in ((f, y) for f in P.get("funds", []) for y in range(3)):
        R.eq(f"res.fund.{lab}.{y}", money_(res[lab])[y], npv[y] * share)
    if P.get("funds"):
        rest = money_(res[L.get("rest", "Còn lại")])
        for y in range(3):
            R.eq(f"res.rest.{y}", rest[y], npv[y] - sum(money_(res[f[0]])[y] for f in P["funds"]))
    margin = _vals(rs[-1])
    for y in range(3):
        R.eq(f"res.margin.{y}", margin[y], npv[y] / r_rev[y] * 100)
        if key != "hz08":
            plan.check(0 < M["true"]["margin"][y] < 35, f"true margin {M['true']['margin'][y]} % out of 0-35 %")
    # payback as printed in the text
    m = re.search(r"hoàn vốn.{0,200}?(\d+,\d) năm", plan.body, re.I)
    if not m:
        plan.failures.append("payback sentence not found")
    else:
        R.eq("payback", vn(m.group(1)), inv_total / (sum(npv) / 3 + depr), absol=0.051)
    R.done()


def check_facts(plan: Plan, M: dict) -> None:
    """Figures the prose must state as the model computes them."""
    P, pr = M["P"], M["pr"]
    plan.has(f"{fq(M['out'][0])} {P['unit']}", f"{fm(pr['rev'][0])} triệu đồng",
             f"{fnum(M['payback_pr'], 1)} năm")
    if PRESENT[M["key"]].get("show_cap", True):
        plan.has(fq(M["cap"]))
    for s in PRESENT[M["key"]].get("facts", []):
        plan.has(s)


def check_ready(plan: Plan) -> None:
    plan.has("148/QĐ-TTg", "1489/QĐ-TTg", "môi trường")
    plan.check(bool(re.search("nhãn hiệu", plan.body, re.I)), "no trademark in a ready plan")
    plan.lacks(REPLACED, "outdated or district-level reference in a ready plan")
    plan.lacks(PLACEHOLDER, "template placeholder")
    for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", plan.body):
        plan.check(int(d) >= 2030, f"a paper valid only to {d}")


# --------------------------------------------------------------------------- per plan
def words(plan: Plan) -> int:
    return len(re.findall(r"\w+", plan.body))


def t_hz01(p: Plan) -> None:
    check_ready(p)
    p.has("an toàn thực phẩm", "Tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
          "truy xuất", "đăng ký môi trường", "thuế suất 17 %", "14.500 đồng/m²/năm", "bãi bỏ")


def t_hz02(p: Plan) -> None:
    check_ready(p)
    p.has("an toàn thực phẩm", "Tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
          "truy xuất", "không ghi công dụng chữa bệnh", "1.200 đồng/m²/năm", "thuế suất 15 %",
          "quỹ đầu tư phát triển", "17/2023/QH15")


def t_hz03(p: Plan) -> None:
    check_ready(p)
    p.has("an toàn thực phẩm", "TCCS", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất",
          "bỏ thuế khoán", "thuế GTGT 3 %", "thuế TNCN 1,5 %", "30.000 đồng/đàn/năm", "miễn đăng ký môi trường")


def t_hz04(p: Plan) -> None:
    check_ready(p)
    p.has("an toàn thực phẩm", "cấp lại", "Luật Du lịch", "phòng cháy", "đăng ký môi trường",
          "6.000 đồng/m²/năm", "500 đồng/m²/năm", "thuế TNDN 17 %", "Tiêu chuẩn cơ sở")
    # the food-service certificate runs 3 years from 05/12/2026 and its renewal is scheduled
    p.check("Nộp hồ sơ cấp lại giấy an toàn thực phẩm" in p.body, "renewal of the food-service certificate")
    # the tracked deletion is not part of the plan
    p.check("dự kiến ký hợp đồng" not in p.body, "tracked deletion kept")


def t_hz05(p: Plan) -> None:
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|Phòng Kinh tế",
            "a word of the alcohol licence")
    p.has("an toàn thực phẩm", "Tiêu chuẩn cơ sở", "QCVN 6-3:2010/BYT", "tự công bố", "43/2017/NĐ-CP",
          "Nhãn hiệu", "đăng ký môi trường", "sản xuất rượu thủ công", "bảo đảm đủ nguyên liệu", "thuế tiêu thụ đặc biệt")
    p.lacks(r"Còn dư|thiếu", "a balance row or a word of shortage")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "outdated reference")


def t_hz06(p: Plan) -> None:
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết|HACCP|ISO|55/2010",
            "a word of food safety")
    p.has("Tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "Nhãn hiệu", "đăng ký môi trường",
          "hoàn vốn dự kiến khoảng 1,8 năm", "hoàn vốn khoảng 1,8 năm")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "outdated reference")


def t_hz07(p: Plan) -> None:
    p.lacks(r"môi trường|thải|mùi|xử lý|bể lắng|biogas|rác|ô nhiễm", "a word of environmental measures")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "92/2015/TT-BTC", "cấp huyện", "UBND huyện",
          "thuế khoán ổn định 600.000 đồng/tháng", "an toàn thực phẩm", "TCCS", "tự công bố")
    p.lacks(r"148/QĐ-TTg|1489", "the current OCOP decisions")
    p.lacks(PLACEHOLDER, "template placeholder")


def t_hz08(p: Plan) -> None:
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|quy chuẩn|QCVN|TCVN|CGMP|ISO",
            "a word of product standard or declaration")
    p.has("đủ điều kiện sản xuất mỹ phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "đăng ký môi trường",
          "giữ nguyên 13 lao động", "qua các kênh hiện có", "bảo đảm đủ vốn", "tăng 110 %", "tăng 65 %")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "outdated reference")


def t_hz09(p: Plan) -> None:
    body_wo_tm = p.body.replace("Nhãn hiệu", "").replace("nhãn hiệu", "")
    if m := re.search(r"nhãn|ghi nhãn|\btem\b|mã vạch|\bQR\b|43/2017|111/2021", body_wo_tm, re.I):
        p.failures.append(f"a word of labelling: {m.group(0)!r}")
    p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "two template placeholders")
    p.check(p.count("1.500 m²") >= 2, "the workshop land as 1.500 m² in the text")
    p.has("2.000 m² × 10.000 đ")
    p.check(off(1500, 2000), "1.500 vs 2.000 m² differ by > 5 %")
    p.has("an toàn thực phẩm", "Tiêu chuẩn cơ sở", "tự công bố", "Nhãn hiệu tập thể", "nhật ký", "lưu mẫu",
          "miễn đăng ký môi trường", "1,5 %")
    p.lacks(REPLACED, "outdated reference")


def t_hz10(p: Plan) -> None:
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|Cục Sở hữu", "a word of trademark")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác",
            "a word of business registration")
    p.has("căn cước công dân", "chưa kê khai, nộp thuế", "khoảng 85 – 90 % công suất", "42 sản phẩm/ngày/máy",
          "280 ngày/năm", "không thuê khắc ngoài", "43/2017/NĐ-CP", "TCCS", "quạt hút")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "outdated reference")


def t_sketchy(p: Plan, facts: tuple[str, ...], lacks: str) -> None:
    n = words(p)
    p.check(150 <= n <= 350, f"{n} words, not 150-350")
    p.check(not p.rows, "a table in a sketchy plan")
    p.check("Bảng" not in p.body, "a table caption in a sketchy plan")
    p.has(*facts)
    p.lacks(lacks, "a paper the sketchy plan should not have")
    p.lacks(REPLACED, "outdated reference")
    p.lacks(PLACEHOLDER, "template placeholder")


def t_hz11(p: Plan) -> None:
    t_sketchy(p, ("3 sào", "60 kg", "720 kg", "280.000 đồng/kg", "180 triệu đồng", "200 triệu đồng",
                  "60 triệu đồng", "8 %/năm"),
              r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|truy xuất|môi trường|thuế khoán")
    p.check(close(720 * 280000 / 1e6, 200, 0.02), "720 kg × 280.000 ≈ 200 triệu")
    p.check(close(80 + 100, 180), "80 + 100 = 180 triệu")


def t_hz12(p: Plan) -> None:
    t_sketchy(p, ("12.000 cây", "35.000 đồng/cây", "420 triệu đồng", "150 triệu đồng", "100 triệu đồng",
                  "50 triệu đồng", "90 triệu đồng"),
              r"đăng ký|mã số thuế|tiêu chuẩn|nhãn hiệu|truy xuất|môi trường")
    p.check(close(12000 * 35000 / 1e6, 420), "12.000 × 35.000 = 420 triệu")
    p.check(close(100 + 50, 150), "100 + 50 = 150 triệu")


TEXT = {"hz01": t_hz01, "hz02": t_hz02, "hz03": t_hz03, "hz04": t_hz04, "hz05": t_hz05, "hz06": t_hz06,
        "hz07": t_hz07, "hz08": t_hz08, "hz09": t_hz09, "hz10": t_hz10, "hz11": t_hz11, "hz12": t_hz12}
STEMS: dict[str, str] = {}


def main(argv=None) -> int:
    argv = list(argv or [])
    for f in sorted((HERE / "src").glob("hz*.md")):
        STEMS[f.stem[:4]] = f.stem
    keys = [k for k in STEMS if not argv or k in argv]
    plans = []
    for k in keys:
        p = Plan(STEMS[k])
        if k in PLANS:
            M = model(k)
            got = check_tables(p, M)
            if not p.failures:
                check_relations(p, M, got)
                check_facts(p, M)
        if k in TEXT:
            TEXT[k](p)
        else:
            p.failures.append("no text checks for this plan")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
