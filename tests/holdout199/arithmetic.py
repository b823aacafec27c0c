"""The 199th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout199/arithmetic.py [gr01 gr05 ...]

Theme: plans that name their years "Năm thứ nhất / Năm 1 / Năm thứ 2 / Năm đầu" instead of calendar
years (some give both, one counts operating years from July to June), and plans whose first year
is a partial year (production starts in April, July, August or September). For every full plan
(gr01-gr10) the constants give the plan years (the header the plan prints and the months of
production in each), the products (pack size in the plan's base unit, the price of each year, the
packs made in a month of production), the equipment capacity per month, the raw materials (norm per
base unit, supply rows as count x yield, prorated by the months of a partial year where the plan
says so), staff by role and the monthly wage, the cost lines (raw material x its price, packaging
per pack, a cost per base unit, wages = staff x wage x months, depreciation and interest prorated by
months, a share of revenue, a monthly fixed line), investment items and sources, the history
2024-2026 and the sales channels. `model()` turns them into every figure the plan prints; the
generator (kept outside the repository) and this checker share it and the table layouts
(`tables()`).

What is compared: every numeric cell of every table of the plan's source (tables found by their
caption "Bảng N. <title>") against the model computed from the constants: right within 1 % (or 0,11
when small), except the planted cells (wrong by more than 5 %, the true value printed beside them
in the failure message) and the cells the plan's `follow` list names (knock-on figures of a planted
defect, equal to the printed model); a printed figure that differs from the true model must be one
of those. Then the figures quoted in the prose, the theme's statements (which calendar months a plan
year covers), the true model's realism on ready plans (capacity use, raw-material surplus, margins,
growth per month of production, sources = investment, payback), the planted defects on the true
model, and the textual defects through the presence or absence of their words. Sketchy plans:
150-350 words, no table, their few figures, and none of the papers they lack.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def n0(x: float) -> str:
    """Whole number, dotted thousands: 36000 -> 36.000."""
    s = f"{abs(round(x)):,}".replace(",", ".")
    return ("-" if round(x) < 0 else "") + s


def n1(x: float) -> str:
    """One decimal, dotted thousands, decimal comma: 1234.56 -> 1.234,6."""
    r = round(x + (1e-9 if x >= 0 else -1e-9), 1)
    whole, dec = f"{abs(r):,.1f}".split(".")
    return ("-" if r < 0 else "") + whole.replace(",", ".") + "," + dec


def n2(x: float) -> str:
    r = round(x, 2)
    whole, dec = f"{abs(r):,.2f}".split(".")
    return ("-" if r < 0 else "") + whole.replace(",", ".") + "," + dec


def fmt(x: float, kind: str) -> str:
    return {"i": n0, "1": n1, "2": n2}[kind](x)


def parse_num(s: str) -> float | None:
    s = s.strip().replace("−", "-")
    if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", s):
        return None
    neg = s.startswith("-")
    v = float(s.lstrip("-").replace(".", "").replace(",", "."))
    return -v if neg else v


# --------------------------------------------------------------------------- constants
# years: (header printed in the tables, months of production in that plan year)
# products: label, word (pack), size (base units per pack), price (đ per pack, per year),
#   monthly (packs made in a month of production, per year), pack (đ of packaging per pack)
# cap_pm: rated output per month of production (base units); cap_text: how the plan states it
# raws: label, unit, norm (per base unit), rows: (label, count per year, yield per count per year)
# prorate: supply of a partial year = count x yield x months / 12
# roles: (role, staff per year); wage: triệu đồng per month per year
# costs: ("raw", label, raw index, đ per unit) | ("pack", label) | ("unit", label, đ per base unit)
#   | ("wage", label) | ("dep", label) | ("int", label) | ("share", label, share of revenue)
#   | ("month", label, triệu per month)
# inv: (label, triệu, fixed asset?); src: (label, triệu); life (years); loan (balance per year), rate
# payback: "avg" (mean profit of all plan years) or "full" (mean of the 12-month years), + dep a year
# hist: 2024-2026 output, average price (đ per base unit), margin
# chans: (label, share % per year)
# over: printed figures that differ from the model (planted); follow: keys whose printed value
#   follows a planted figure (knock-on)
PLANS: dict[str, dict] = {}


def plan(key: str, **kw) -> None:
    PLANS[key] = kw


# gr01: bánh ram, Công ty TNHH, full years named "Năm thứ nhất (2027)" ... (both)
plan("gr01",
     unit="kg",
     years=[("Năm thứ nhất (2027)", 12), ("Năm thứ hai (2028)", 12), ("Năm thứ ba (2029)", 12)],
     products=[dict(label="Bánh ram đông lạnh, khay 10 chiếc", spec="khay 500 g", word="khay",
                    size=0.5, price=[56000, 58000, 60000], monthly=[2400, 2700, 3000], pack=4500),
               dict(label="Bánh ram chiên sẵn, túi hút chân không", spec="túi 300 g", word="túi",
                    size=0.3, price=[42000, 44000, 45000], monthly=[1200, 1400, 1500], pack=3000),
               dict(label="Bánh ram mini, hộp giấy 20 chiếc", spec="hộp 400 g", word="hộp",
                    size=0.4, price=[65000, 67000, 69000], monthly=[500, 600, 700], pack=7000)],
     cap_pm=120 * 25, cap_text="120 kg bánh/ngày × 25 ngày/tháng",
     raws=[dict(label="Gạo nếp cái", unit="kg", norm=0.42,
                rows=[("Hộ trồng nếp thôn Phù Lưu (hợp đồng)", [28, 30, 32], 350),
                      ("Tổ hợp tác lúa nếp thôn Hồng Thủy", [1, 1, 1], 2000)]),
           dict(label="Thịt lợn, tôm đất", unit="kg", norm=0.22,
                rows=[("Cơ sở giết mổ Tân Phúc (thịt lợn)", [1, 1, 1], 3600),
                      ("Hộ nuôi tôm đất thôn Hồng Thủy", [9, 10, 11], 250)])],
     roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế nhân, định hình", [3, 3, 4]),
            ("Chiên, cấp đông, đóng gói", [3, 4, 4]), ("Bán hàng, giao hàng", [1, 1, 1])],
     wage=[6.0, 6.3, 6.6],
     costs=[("raw", "Gạo nếp cái", 0, 26000), ("raw", "Thịt lợn, tôm đất", 1, 150000),
            ("pack", "Khay, túi, hộp, nhãn"), ("unit", "Dầu chiên, gas, điện", 7000),
            ("wage", "Tiền lương"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
            ("share", "Bán hàng, vận chuyển (5 %)", 0.05), ("month", "Chi phí khác", 4)],
     inv=[("Máy cán, định hình bánh ram", 280, True), ("Máy chiên tách dầu tự động", 220, True),
          ("Tủ cấp đông, kho lạnh 20 m³", 300, True), ("Máy đóng gói hút chân không", 120, True),
          ("Cải tạo xưởng một chiều 150 m²", 180, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
          ("Vốn lưu động", 260, False)],
     src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
     life=10, loan=[600, 450, 300], rate=0.08, payback="avg",
     hist=dict(out=[15800, 17400, 19200], price=[112000, 116000, 120000], margin=[0.09, 0.10, 0.11]),
     chans=[("Chợ, cửa hàng tạp hóa trong tỉnh", [35, 32, 30]), ("Siêu thị, cửa hàng OCOP", [30, 31, 32]),
            ("Nhà hàng, quán ăn", [20, 20, 20]), ("Bán trực tuyến, đặt hàng qua điện thoại", [15, 17, 18])],
     over={}, follow=[])



# gr02: trà xạ đen túi lọc, HTX, "Năm 1 / Năm 2 / Năm 3"; Năm 1 = 2027 from 01/4 (9 months)
plan("gr02",
     unit="kg",
     years=[("Năm 1", 9), ("Năm 2", 12), ("Năm 3", 12)],
     products=[dict(label="Trà xạ đen túi lọc, hộp 30 túi", spec="30 túi × 2 g", word="hộp",
                    size=0.06, price=[48000, 50000, 52000], monthly=[2000, 2400, 2800], pack=8000),
               dict(label="Trà xạ đen khô cắt nhỏ, túi 300 g", spec="túi zip 300 g", word="túi",
                    size=0.3, price=[90000, 94000, 98000], monthly=[300, 350, 400], pack=4000),
               dict(label="Trà xạ đen khô, túi 1 kg", spec="túi 1 kg", word="túi",
                    size=1, price=[260000, 270000, 280000], monthly=[40, 50, 60], pack=8000)],
     cap_pm=20 * 24, cap_text="20 kg trà khô/ngày × 24 ngày/tháng",
     prorate=True,
     raws=[dict(label="Thân, lá xạ đen tươi", unit="kg", norm=5,
                rows=[("Vườn xạ đen tập trung của HTX (ha)", [6, 6, 7], 2400),
                      ("Hộ thành viên thôn Khe Giao (hộ)", [15, 18, 20], 400)])],
     roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, sơ chế", [3, 3, 4]),
            ("Sấy, sao, đóng gói", [2, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
     wage=[5.5, 5.8, 6.0],
     costs=[("raw", "Xạ đen tươi (18.000 đ/kg)", 0, 18000), ("pack", "Hộp, túi lọc, túi zip, nhãn"),
            ("unit", "Điện sấy, nước", 15000), ("wage", "Tiền công, tiền lương"),
            ("dep", "Khấu hao tài sản cố định"), ("int", "Lãi vay ngân hàng"),
            ("share", "Bán hàng, quảng bá (8 % doanh thu)", 0.08), ("month", "Chi phí quản lý khác", 4)],
     inv=[("Nhà sấy, phòng đóng gói 80 m²", 300, True), ("Máy sấy bơm nhiệt 100 kg/mẻ", 250, True),
          ("Máy đóng túi lọc tự động", 280, True), ("Máy sao, máy nghiền", 70, True),
          ("Bao bì, kiểm nghiệm, tự công bố", 50, False), ("Vốn lưu động", 200, False)],
     src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của HTX", 150),
          ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
     life=10, loan=[500, 400, 300], rate=0.075, payback="full",
     hist=dict(out=[1800, 2000, 2200], price=[180000, 185000, 190000], margin=[0.14, 0.15, 0.15]),
     chans=[("Cửa hàng OCOP, đặc sản trong tỉnh", [40, 36, 34]), ("Nhà thuốc đông y, cửa hàng thảo mộc", [25, 24, 24]),
            ("Khách du lịch tại điểm bán của HTX", [15, 15, 15]), ("Sàn thương mại điện tử", [20, 25, 27])],
     over={}, follow=[])

# gr03: mật ong, hộ kinh doanh, "Năm thứ 1 / thứ 2 / thứ 3" only (Năm thứ 1 = 2027), full years
plan("gr03",
     unit="kg",
     years=[("Năm thứ 1", 12), ("Năm thứ 2", 12), ("Năm thứ 3", 12)],
     products=[dict(label="Mật ong hoa rừng, chai thủy tinh 500 ml", spec="chai 700 g", word="chai",
                    size=0.7, price=[210000, 215000, 220000], monthly=[300, 330, 360], pack=9000),
               dict(label="Mật ong hoa keo, hũ 1 kg", spec="hũ 1 kg", word="hũ",
                    size=1, price=[200000, 205000, 210000], monthly=[120, 130, 140], pack=7000),
               dict(label="Mật ong hoa keo, chai nhựa 350 g", spec="chai 350 g", word="chai",
                    size=0.35, price=[85000, 87000, 89000], monthly=[150, 170, 180], pack=4000)],
     cap_pm=40 * 20, cap_text="40 kg/ngày × 20 ngày/tháng",
     raws=[dict(label="Mật ong thô", unit="kg", norm=1.05,
                rows=[("Đàn ong của hộ (đàn × 13 kg)", [300, 320, 340], 13),
                      ("Hộ nuôi ong thôn Khe Cò (hộ × 150 kg)", [12, 12, 14], 150)])],
     roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 3]),
            ("Lọc, đóng chai, bán hàng", [1, 2, 2])],
     wage=[5.5, 5.8, 6.0],
     costs=[("raw", "Mật ong thô (120.000 đ/kg)", 0, 120000), ("pack", "Chai, hũ, nắp, nhãn"),
            ("unit", "Điện, nước", 3000), ("wage", "Tiền công lao động"), ("dep", "Khấu hao"),
            ("int", "Lãi vay"), ("share", "Vận chuyển, bán hàng (5 %)", 0.05), ("month", "Chi khác", 2)],
     inv=[("Máy hạ thủy phần mật ong", 160, True), ("Bồn lắng, máy lọc inox", 90, True),
          ("Bổ sung 40 thùng ong giống", 80, True), ("Phòng lọc, đóng chai 30 m²", 120, True),
          ("Bao bì, kiểm nghiệm, tem truy xuất", 50, False), ("Vốn lưu động", 200, False)],
     src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
     life=8, loan=[300, 200, 100], rate=0.08, payback="avg",
     hist=dict(out=[3700, 3950, 4200], price=[235000, 245000, 250000], margin=[0.10, 0.105, 0.11]),
     over={}, follow=[])

# gr04: nón lá, tổ hợp tác; operating years "Năm thứ nhất" = 01/7/2027 - 30/6/2028 ...
plan("gr04",
     unit="chiếc",
     years=[("Năm thứ nhất", 12), ("Năm thứ hai", 12), ("Năm thứ ba", 12)],
     products=[dict(label="Nón lá trắng truyền thống", spec="nón 16 vòng", word="chiếc",
                    size=1, price=[95000, 98000, 100000], monthly=[700, 750, 800], pack=2000),
               dict(label="Nón lá vẽ tay, có hộp quà", spec="nón 16 vòng, hộp", word="chiếc",
                    size=1, price=[180000, 185000, 190000], monthly=[200, 230, 260], pack=12000),
               dict(label="Nón lá trẻ em", spec="nón 12 vòng", word="chiếc",
                    size=1, price=[60000, 62000, 64000], monthly=[150, 170, 180], pack=2000)],
     cap_pm=65 * 24, cap_text="65 chiếc/ngày × 24 ngày/tháng",
     raws=[dict(label="Lá nón khô", unit="kg", norm=0.1,
                rows=[("Đồi lá nón của tổ viên (ha × 300 kg)", [3, 3, 3], 300),
                      ("Hộ trồng lá xã Phúc Trạch (hộ × 80 kg)", [8, 9, 10], 80)])],
     roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chọn lá, là lá", [2, 2, 2]),
            ("Chằm, khâu nón", [8, 9, 10]), ("Vẽ, hoàn thiện, bán hàng", [2, 2, 2])],
     wage=[4.5, 4.7, 4.9],
     costs=[("raw", "Lá nón (60.000 đ/kg)", 0, 60000), ("unit", "Vành tre, chỉ cước, dầu bóng", 6000),
            ("pack", "Túi, hộp quà, thẻ treo"), ("wage", "Tiền công tổ viên, thợ"), ("dep", "Khấu hao"),
            ("int", "Lãi vay"), ("share", "Bán hàng, hội chợ (6 %)", 0.06), ("month", "Chi phí khác", 2.5)],
     inv=[("Nhà xưởng chằm nón 100 m²", 180, True), ("Bàn là lá, máy khâu vành", 60, True),
          ("Khuôn nón, dụng cụ", 30, True), ("Tủ sấy chống mốc, kệ trưng bày", 30, True),
          ("Hộp, thẻ treo, đăng ký nhãn hiệu", 40, False), ("Vốn lưu động", 160, False)],
     src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
     life=10, loan=[200, 150, 100], rate=0.066, payback="avg",
     hist=dict(out=[9800, 10600, 11500], price=[98000, 100000, 102000], margin=[0.10, 0.11, 0.12]),
     chans=[("Khách du lịch, điểm bán tại làng", [30, 30, 30]), ("Cửa hàng lưu niệm, OCOP", [40, 38, 36]),
            ("Công ty lữ hành, sự kiện", [20, 21, 22]), ("Bán trực tuyến", [10, 11, 12])],
     over={}, follow=[])

# gr05: rượu nếp men lá, HTX; "Năm 2027 (5 tháng)" from 01/8/2027, then 2028, 2029
plan("gr05",
     unit="lít",
     years=[("Năm 2027 (5 tháng)", 5), ("Năm 2028 (12 tháng)", 12), ("Năm 2029 (12 tháng)", 12)],
     products=[dict(label="Rượu nếp men lá 30 độ, chai 500 ml", spec="chai 500 ml", word="chai",
                    size=0.5, price=[55000, 57000, 59000], monthly=[3600, 2200, 2400], pack=8000),
               dict(label="Rượu nếp men lá, bình sứ 1,5 lít", spec="bình 1,5 lít, hộp", word="bình",
                    size=1.5, price=[250000, 258000, 265000], monthly=[500, 250, 280], pack=45000),
               dict(label="Rượu nếp 30 độ, can 5 lít", spec="can 5 lít", word="can",
                    size=5, price=[275000, 285000, 295000], monthly=[110, 90, 100], pack=12000)],
     cap_pm=100 * 25, cap_text="2 nồi × 50 lít/ngày × 25 ngày/tháng",
     raws=[dict(label="Gạo nếp cái", unit="kg", norm=1.2,
                rows=[("Ruộng nếp của thành viên (hộ × 500 kg)", [40, 42, 45], 500),
                      ("Hộ trồng nếp thôn Tân Hợp (hộ × 500 kg)", [10, 20, 22], 500)])],
     roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
            ("Lọc, chiết rót, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
     wage=[5.5, 5.8, 6.0],
     costs=[("raw", "Gạo nếp cái", 0, 25000), ("pack", "Chai, bình sứ, can, hộp, nhãn"),
            ("unit", "Men lá, củi, điện, nước", 6000), ("wage", "Tiền lương"), ("dep", "Khấu hao"),
            ("int", "Lãi vay"), ("share", "Bán hàng, quảng bá (8 %)", 0.08),
            ("share", "Thuế, phí (2 %)", 0.02), ("month", "Chi phí khác", 5)],
     inv=[("Nhà nấu, kho ủ rượu 150 m²", 320, True), ("Hai nồi chưng cất inox 50 lít/ngày", 180, True),
          ("Máy lọc, khử andehit, chiết rót", 200, True), ("Bể biogas, bể chứa bã rượu", 100, True),
          ("Thiết kế bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
     src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
     life=10, loan=[600, 550, 450], rate=0.08, payback="full",
     hist=dict(out=[11200, 12000, 12900], price=[100000, 105000, 110000], margin=[0.12, 0.12, 0.13]),
     # capacity-exceeded: the 2027 column prints a full year's capacity (2.500 l x 12) for 5 months
     # profit-mismatch: the 2029 profit of the summary table
     over={("cap", 0): 30000, ("profit", 2): 702.5},
     follow=[("use", 0), ("margin", 2), ("profit_pm", 2), ("avg_profit",), ("payback",)])

# gr06: nước mắm cá cơm, Công ty TNHH, "Năm 1 (2027)" ... full years
plan("gr06",
     unit="lít",
     years=[("Năm 1 (2027)", 12), ("Năm 2 (2028)", 12), ("Năm 3 (2029)", 12)],
     products=[dict(label="Nước mắm cá cơm 40 độ đạm, chai 500 ml", spec="chai thủy tinh 500 ml", word="chai",
                    size=0.5, price=[80000, 83000, 86000], monthly=[1800, 2000, 2200], pack=9000),
               dict(label="Nước mắm cá cơm 30 độ đạm, chai 1 lít", spec="chai PET 1 lít", word="chai",
                    size=1, price=[65000, 67000, 69000], monthly=[1000, 1100, 1250], pack=5000),
               dict(label="Nước mắm 20 độ đạm, can 5 lít", spec="can 5 lít", word="can",
                    size=5, price=[180000, 185000, 190000], monthly=[150, 170, 190], pack=15000)],
     cap_pm=4000, cap_text="60 thùng chượp × 800 lít/năm",
     raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.3,
                rows=[("Tàu cá bạn hàng (tàu × 4.000 kg)", [8, 8, 8], 4000),
                      ("Vựa cá cảng Cửa Nhượng (vựa × 6.250 kg)", [2, 2, 2], 6250)]),
           dict(label="Muối hạt", unit="kg", norm=0.4,
                rows=[("Hợp tác xã muối Cẩm Lĩnh (hợp đồng)", [1, 1, 1], 20000)])],
     roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối cá, đảo chượp, kéo rút", [3, 3, 4]),
            ("Lọc, chiết chai, đóng thùng", [2, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
     wage=[6.5, 6.8, 7.1],
     costs=[("raw", "Cá cơm (18.000 đ/kg)", 0, 18000), ("raw", "Muối hạt (4.000 đ/kg)", 1, 4000),
            ("pack", "Chai, can, nắp, nhãn, thùng"), ("unit", "Điện, nước, vận chuyển cá", 2500),
            ("wage", "Tiền lương"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
            ("share", "Bán hàng, tiếp thị (6 %)", 0.06), ("month", "Chi phí khác", 6)],
     inv=[("Nhà chượp 300 m² và 20 thùng gỗ mới", 650, True), ("Hệ thống lọc, bồn chứa inox", 220, True),
          ("Máy chiết rót, đóng nắp", 180, True), ("Xe tải nhỏ giao hàng", 350, True),
          ("Bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 540, False)],
     src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng thương mại", 800)],
     life=10, loan=[800, 650, 500], rate=0.085, payback="avg",
     hist=dict(out=[26500, 28000, 29600], price=[74000, 76000, 78000], margin=[0.10, 0.11, 0.11]),
     chans=[("Đại lý, cửa hàng tạp hóa", [45, 43, 41]), ("Siêu thị, cửa hàng OCOP", [25, 26, 27]),
            ("Bếp ăn, nhà hàng", [20, 20, 20]), ("Bán lẻ tại cơ sở, trực tuyến", [10, 11, 12])],
     # revenue-mismatch: Năm 2 line of the 1-litre bottle (13.200 chai x 67.000 đ = 884,4)
     over={("rev", 1, 1): 1043.6},
     follow=[("rev_t", 1), ("cost", 7, 1), ("cost_t", 1), ("profit", 1), ("margin", 1),
             ("profit_pm", 1), ("avg_profit",), ("payback",)])

# gr07: trà cà gai leo túi lọc, Công ty CP; "Năm đầu (6 tháng)" = T7-T12/2027, "Năm thứ 2", "Năm thứ 3"
plan("gr07",
     unit="kg",
     years=[("Năm đầu (6 tháng)", 6), ("Năm thứ 2", 12), ("Năm thứ 3", 12)],
     products=[dict(label="Trà cà gai leo túi lọc, hộp 25 túi", spec="25 túi × 2 g", word="hộp",
                    size=0.05, price=[42000, 44000, 46000], monthly=[4000, 4400, 4800], pack=7000),
               dict(label="Cà gai leo khô cắt lát, túi 500 g", spec="túi 500 g", word="túi",
                    size=0.5, price=[110000, 115000, 120000], monthly=[400, 450, 500], pack=4000),
               dict(label="Trà cà gai leo túi lọc, hộp 50 túi", spec="50 túi × 2 g", word="hộp",
                    size=0.1, price=[78000, 81000, 84000], monthly=[600, 700, 800], pack=11000)],
     cap_pm=35 * 24, cap_text="35 kg khô/ngày × 24 ngày/tháng",
     prorate=True,
     raws=[dict(label="Cà gai leo tươi", unit="kg", norm=4,
                rows=[("Vùng trồng của công ty (ha × 3.000 kg)", [8, 8, 8], 3000),
                      ("Hộ liên kết thôn Yên Bình (hộ × 400 kg)", [30, 30, 32], 400)])],
     roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Thu hái, sơ chế, thái", [5, 6, 6]),
            ("Sấy, nghiền, đóng túi lọc", [4, 4, 5]), ("Kinh doanh, giao hàng", [2, 3, 3])],
     wage=[6.8, 7.1, 7.4],
     costs=[("raw", "Cà gai leo tươi (15.000 đ/kg)", 0, 15000), ("pack", "Túi lọc, hộp, túi, nhãn"),
            ("unit", "Điện, nước", 12000), ("wage", "Tiền lương"), ("dep", "Khấu hao"),
            ("int", "Lãi vay"), ("share", "Bán hàng, tiếp thị (10 %)", 0.10), ("month", "Chi phí khác", 10)],
     inv=[("Nhà xưởng chế biến 250 m²", 700, True), ("Máy sấy bơm nhiệt hai buồng", 380, True),
          ("Máy đóng túi lọc tự động", 420, True), ("Máy thái, máy nghiền", 120, True),
          ("Thiết kế bao bì, nhãn, mã QR", 60, False), ("Vốn lưu động", 520, False)],
     src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng thương mại", 800)],
     life=10, loan=[800, 700, 550], rate=0.085, payback="full",
     hist=dict(out=[3000, 3400, 3800], price=[95000, 98000, 100000], margin=[0.10, 0.11, 0.11]),
     chans=[("Nhà thuốc, cửa hàng thảo dược", [35, 33, 32]), ("Cửa hàng OCOP, siêu thị", [30, 30, 30]),
            ("Nhà phân phối ngoài tỉnh", [20, 21, 22]), ("Sàn thương mại điện tử", [15, 16, 16])],
     # payback-mismatch: the text's 1,7 years (true 2.200 : (761,9 + 162) = 2,4)
     over={("payback",): 1.7}, follow=[])

# gr08: nấm sò, HTX; "Năm thứ nhất / thứ hai / thứ ba" = 2027-2029 in the text
plan("gr08",
     unit="kg",
     years=[("Năm thứ nhất", 12), ("Năm thứ hai", 12), ("Năm thứ ba", 12)],
     products=[dict(label="Nấm sò tươi, khay 300 g", spec="khay 300 g", word="khay",
                    size=0.3, price=[12000, 12500, 13000], monthly=[3000, 5400, 8600], pack=1500),
               dict(label="Nấm sò tươi, túi 1 kg", spec="túi 1 kg", word="túi",
                    size=1, price=[35000, 36000, 37000], monthly=[900, 1620, 2580], pack=1000),
               dict(label="Nấm sò muối chua, hũ 500 g", spec="hũ 500 g", word="hũ",
                    size=0.5, price=[45000, 46000, 47000], monthly=[400, 720, 1150], pack=5000)],
     cap_pm=12500, cap_text="60.000 bịch/lứa × 4 lứa/năm : 1,6 bịch/kg",
     raws=[dict(label="Phôi nấm (bịch 1,2 kg)", unit="bịch", norm=1.6,
                rows=[("Phôi do HTX tự đóng (mùn cưa, rơm)", [1, 1, 1], [38000, 66000, 106000]),
                      ("Trại phôi Đồng Lộc (hợp đồng)", [1, 1, 1], [4000, 7000, 10000])])],
     roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Đóng phôi, hấp, cấy giống", [2, 2, 2]),
            ("Chăm sóc, thu hái", [2, 2, 2]), ("Sơ chế, đóng gói, bán hàng", [1, 1, 1])],
     wage=[5.0, 5.2, 5.4],
     costs=[("raw", "Phôi nấm (5.500 đ/bịch)", 0, 5500), ("pack", "Khay, túi, hũ, nhãn"),
            ("unit", "Điện, nước, củi hấp phôi", 1500), ("wage", "Tiền công"), ("dep", "Khấu hao"),
            ("int", "Lãi vay"), ("share", "Vận chuyển, bán hàng (5 %)", 0.05), ("month", "Chi phí khác", 2.5)],
     inv=[("Cải tạo 4 nhà trồng, giàn kệ", 240, True), ("Lò hấp phôi, máy đóng bịch", 150, True),
          ("Hệ thống tưới phun sương", 60, True), ("Phòng muối chua, tủ mát", 80, True),
          ("Bao bì, nhãn", 20, False), ("Vốn lưu động", 150, False)],
     src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
     life=8, loan=[300, 250, 200], rate=0.066, payback="avg",
     hist=dict(out=[19000, 20500, 22000], price=[26000, 27000, 28000], margin=[0.08, 0.085, 0.09]),
     # table-total-mismatch: the Năm thứ hai total of the cost table (its lines add up to 1.249,7)
     over={("cost_t", 1): 1099.7},
     follow=[("profit", 1), ("margin", 1), ("profit_pm", 1), ("avg_profit",), ("payback",)])

# gr09: chè xanh búp khô, tổ hợp tác; "2027 (năm 1)" ...; tea dried 10 months a year
plan("gr09",
     unit="kg",
     years=[("2027 (năm 1)", 12), ("2028 (năm 2)", 12), ("2029 (năm 3)", 12)],
     products=[dict(label="Chè búp khô đặc biệt, túi 200 g", spec="túi hút chân không 200 g", word="túi",
                    size=0.2, price=[44000, 46000, 48000], monthly=[1000, 1100, 1200], pack=2500),
               dict(label="Chè xanh khô loại 1, túi 500 g", spec="túi 500 g", word="túi",
                    size=0.5, price=[75000, 78000, 80000], monthly=[600, 650, 700], pack=3000),
               dict(label="Chè búp khô, hộp quà 2 túi 200 g", spec="hộp 400 g", word="hộp",
                    size=0.4, price=[110000, 115000, 120000], monthly=[100, 120, 140], pack=15000)],
     cap_pm=40 * 22, cap_text="40 kg chè khô/ngày × 22 ngày/tháng",
     raws=[dict(label="Búp chè tươi", unit="kg", norm=4.5,
                rows=[("Nương chè của tổ viên (ha × 5.500 kg)", [4, 4, 4.5], 5500),
                      ("Hộ trồng chè thôn Trung Hà (hộ × 1.200 kg)", [12, 14, 15], 1200)])],
     roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái chè, sơ chế", [3, 3, 3]),
            ("Sao, vò, sấy chè", [2, 2, 3]), ("Đóng gói, bán hàng", [1, 1, 1])],
     wage=[5.0, 5.2, 5.4],
     costs=[("raw", "Búp chè tươi (9.000 đ/kg)", 0, 9000), ("pack", "Túi, hộp, nhãn"),
            ("unit", "Củi, điện", 8000), ("wage", "Tiền công"), ("dep", "Khấu hao"),
            ("int", "Lãi vay"), ("share", "Bán hàng (5 %)", 0.05), ("month", "Chi khác", 2)],
     inv=[("Nhà sao chè 80 m²", 200, True), ("Máy vò, tôn sao chè liên hoàn", 160, True),
          ("Máy sấy, máy hút chân không", 110, True), ("Bao bì, nhãn, kiểm nghiệm", 40, False),
          ("Vốn lưu động", 190, False)],
     src=[("Vốn góp của tổ viên", 400), ("Vay Quỹ hỗ trợ nông dân", 300)],
     life=10, loan=[300, 200, 100], rate=0.06, payback="avg",
     hist=dict(out=[5500, 5800, 6100], price=[160000, 165000, 170000], margin=[0.10, 0.11, 0.11]),
     chans=[("Đại lý chè trong tỉnh", [45, 43, 41]), ("Cửa hàng OCOP, quà tặng", [25, 26, 27]),
            ("Quán nước, nhà hàng", [15, 15, 15]), ("Bán trực tuyến", [15, 16, 17])],
     over={}, follow=[])

# gr10: sản phẩm đan lục bình, nhóm hộ chưa đăng ký; "Năm đầu tiên (4 tháng)" from 01/9/2027
plan("gr10",
     unit="chiếc",
     years=[("Năm đầu tiên (4 tháng)", 4), ("Năm thứ hai", 12), ("Năm thứ ba", 12)],
     products=[dict(label="Giỏ đan lục bình có quai", spec="25 × 35 cm", word="chiếc",
                    size=1, price=[120000, 125000, 130000], monthly=[300, 330, 360], pack=3000),
               dict(label="Thảm tròn lục bình", spec="đường kính 60 cm", word="chiếc",
                    size=1, price=[150000, 155000, 160000], monthly=[120, 130, 140], pack=4000),
               dict(label="Hộp đựng đồ lục bình (bộ 3)", spec="bộ 3 cỡ", word="bộ",
                    size=1, price=[220000, 228000, 235000], monthly=[80, 90, 100], pack=6000)],
     cap_pm=30 * 25, cap_text="lò sấy 15 kg cọng/ngày (30 sản phẩm) × 25 ngày",
     prorate=True,
     raws=[dict(label="Cọng lục bình khô", unit="kg", norm=0.5,
                rows=[("Các hộ tự thu gom, phơi (hộ × 400 kg)", [7, 7, 8], 400),
                      ("Mua của người thu gom ven sông (kg)", [1, 1, 1], 1500)])],
     roles=[("Người đại diện, ghi chép", [1, 1, 1]), ("Phơi, sấy cọng", [2, 2, 2]),
            ("Đan, hoàn thiện", [8, 9, 10])],
     wage=[4.2, 4.4, 4.6],
     costs=[("raw", "Cọng lục bình (12.000 đ/kg)", 0, 12000), ("unit", "Khung sắt, sơn bóng, chỉ", 15000),
            ("pack", "Túi, thùng, thẻ treo"), ("wage", "Tiền công"), ("dep", "Khấu hao"),
            ("share", "Vận chuyển, bán hàng (5 %)", 0.05), ("month", "Chi phí khác", 1.5)],
     inv=[("Nhà xưởng đan 80 m² (cải tạo)", 120, True), ("Lò sấy cọng lục bình", 60, True),
          ("Khuôn, máy ép, dụng cụ", 40, True), ("Thẻ treo, túi", 15, False), ("Vốn lưu động", 90, False)],
     src=[("Vốn các hộ góp", 200), ("Vay người thân", 125)],
     life=8, loan=[0, 0, 0], rate=0.0, payback="full",
     over={}, follow=[])


# --------------------------------------------------------------------------- model
def model(p: dict, over: dict | None = None) -> dict:
    over = {} if over is None else over
    m: dict = {}

    def put(k, v):
        v = over.get(k, v)
        m[k] = v
        return v

    months = [mo for _, mo in p["years"]]
    Y = range(len(months))
    prods = p["products"]
    fixed = sum(v for _, v, f in p["inv"] if f)
    dep_year = put(("dep_year",), fixed / p["life"])
    for y in Y:
        put(("months", y), months[y])
        for i, pr in enumerate(prods):
            put(("packs", i, y), pr["monthly"][y] * months[y])
            put(("price", i, y), pr["price"][y])
        out = put(("out", y), sum(m["packs", i, y] * pr["size"] for i, pr in enumerate(prods)))
        put(("out_pm", y), out / months[y])
        cap = put(("cap", y), p["cap_pm"] * months[y])
        put(("use", y), m["out", y] / cap * 100)
        for c, (_, shares) in enumerate(p.get("chans", [])):
            put(("chan", c, y), shares[y] / 100 * m["out", y])
        for r, raw in enumerate(p["raws"]):
            tot = 0.0
            for j, (_, ns, yld) in enumerate(raw["rows"]):
                f = months[y] / 12 if p.get("prorate") else 1
                ylds = yld if isinstance(yld, list) else [yld] * len(months)
                tot += put(("sup", r, j, y), ns[y] * ylds[y] * f)
            tot = put(("sup_t", r, y), tot)
            need = put(("need", r, y), m["out", y] * raw["norm"])
            put(("surplus", r, y), tot - need)
        st = 0
        for k, (_, ns) in enumerate(p["roles"]):
            st += put(("staff", k, y), ns[y])
        st = put(("staff_t", y), st)
        w = put(("wage", y), p["wage"][y])
        put(("fund", y), st * w * months[y])
        rev = 0.0
        for i, pr in enumerate(prods):
            rev += put(("rev", i, y), m["packs", i, y] * m["price", i, y] / 1e6)
        rev = put(("rev_t", y), rev)
        tot = 0.0
        for k, line in enumerate(p["costs"]):
            typ = line[0]
            if typ == "raw":
                v = m["need", line[2], y] * line[3] / 1e6
            elif typ == "pack":
                v = sum(m["packs", i, y] * pr["pack"] for i, pr in enumerate(prods)) / 1e6
            elif typ == "unit":
                v = m["out", y] * line[2] / 1e6
            elif typ == "wage":
                v = m["fund", y]
            elif typ == "dep":
                v = dep_year * months[y] / 12
            elif typ == "int":
                v = p["loan"][y] * p["rate"] * months[y] / 12
            elif typ == "share":
                v = line[2] * rev
            elif typ == "month":
                v = line[2] * months[y]
            else:
                raise ValueError(typ)
            tot += put(("cost", k, y), v)
        tot = put(("cost_t", y), tot)
        prof = put(("profit", y), rev - tot)
        put(("margin", y), prof / rev * 100)
        put(("profit_pm", y), prof / months[y])
    inv_t = put(("inv_t",), sum(v for _, v, _ in p["inv"]))
    for i, (_, v, _) in enumerate(p["inv"]):
        put(("inv", i), v)
    src_t = put(("src_t",), sum(v for _, v in p["src"]))
    for j, (_, v) in enumerate(p["src"]):
        put(("src", j), v)
        put(("src_pct", j), v / src_t * 100)
    years = [y for y in Y if p["payback"] == "avg" or months[y] == 12]
    avg = sum(m["profit", y] for y in years) / len(years)
    put(("avg_profit",), avg)
    put(("payback",), round(inv_t / (avg + dep_year), 1))
    if h := p.get("hist"):
        for i in range(3):
            put(("h_out", i), h["out"][i])
            put(("h_price", i), h["price"][i])
            rev = put(("h_rev", i), h["out"][i] * h["price"][i] / 1e6)
            put(("h_profit", i), rev * h["margin"][i])
    return m


def true_model(p: dict) -> dict:
    return model(p, {})


def printed_model(p: dict) -> dict:
    return model(p, p.get("over", {}))


# --------------------------------------------------------------------------- tables
# A table: dict(title, unit (the "ĐVT" line or None), header, rows); a cell is text or (key, kind).
def T(title, header, rows, unit=None):
    return dict(title=title, unit=unit, header=header, rows=rows)


def t_hist(p, title="Kết quả sản xuất kinh doanh 2024 – 2026"):
    u = p["unit"]
    return T(title, ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], [
        ["1", f"Sản lượng ({u})"] + [(("h_out", i), "i") for i in range(3)],
        ["2", f"Giá bán bình quân (đồng/{u})"] + [(("h_price", i), "i") for i in range(3)],
        ["3", "Doanh thu (triệu đồng)"] + [(("h_rev", i), "1") for i in range(3)],
        ["4", "Lợi nhuận (triệu đồng)"] + [(("h_profit", i), "1") for i in range(3)]])


def t_spec(p, title="Sản phẩm, quy cách và giá bán năm đầu", extra=None):
    head = ["TT", "Sản phẩm", "Quy cách", "Giá bán (đồng)"]
    rows = []
    for i, pr in enumerate(p["products"]):
        rows.append([str(i + 1), pr["label"], pr["spec"], (("price", i, 0), "i")])
    return T(title, head, rows)


def t_years(p, title="Quy ước năm kế hoạch", spans=None):
    rows = []
    for y, (h, mo) in enumerate(p["years"]):
        rows.append([h, spans[y], (("months", y), "i")])
    return T(title, ["Năm kế hoạch", "Thời gian", "Số tháng sản xuất"], rows)


def yh(p):
    return [h for h, _ in p["years"]]


def t_prod(p, title="Kế hoạch sản xuất", months=False, per_month=False, cap_label=None):
    u = p["unit"]
    Y = range(len(p["years"]))
    rows = []
    n = 0
    if months:
        n += 1
        rows.append([str(n), "Số tháng sản xuất"] + [(("months", y), "i") for y in Y])
    for i, pr in enumerate(p["products"]):
        n += 1
        rows.append([str(n), f"{pr['label']} ({pr['word']})"] + [(("packs", i, y), "i") for y in Y])
    n += 1
    rows.append([str(n), f"Sản lượng quy đổi ({u})"] + [(("out", y), "i") for y in Y])
    if per_month:
        n += 1
        rows.append([str(n), f"Bình quân một tháng ({u})"] + [(("out_pm", y), "i") for y in Y])
    n += 1
    rows.append([str(n), cap_label or f"Công suất thiết kế ({u})"] + [(("cap", y), "i") for y in Y])
    n += 1
    rows.append([str(n), "Sử dụng công suất (%)"] + [(("use", y), "1") for y in Y])
    return T(title, ["TT", "Chỉ tiêu"] + yh(p), rows)


def t_chan(p, title="Kế hoạch tiêu thụ theo kênh"):
    Y = range(len(p["years"]))
    rows = [[str(c + 1), lab] + [(("chan", c, y), "i") for y in Y] for c, (lab, _) in enumerate(p["chans"])]
    rows.append(["", "Tổng cộng"] + [(("out", y), "i") for y in Y])
    return T(title, ["TT", "Kênh tiêu thụ"] + yh(p), rows, unit=f"ĐVT: {p['unit']}")


def t_raw(p, title="Nguồn cung và nhu cầu nguyên liệu", balance=True, need_label=None):
    Y = range(len(p["years"]))
    rows = []
    multi = len(p["raws"]) > 1
    n = 0
    for r, raw in enumerate(p["raws"]):
        pre = f"{raw['label']}: " if multi else ""
        for j, (lab, ns, yld) in enumerate(raw["rows"]):
            n += 1
            rows.append([str(n), lab] + [(("sup", r, j, y), "i") for y in Y])
        rows.append(["", f"{pre}Tổng nguồn cung"] + [(("sup_t", r, y), "i") for y in Y])
        nl = need_label(raw) if need_label else f"{pre}Nhu cầu ({raw['norm']:g} {raw['unit']}/{p['unit']})".replace(".", ",")
        rows.append(["", nl] + [(("need", r, y), "i") for y in Y])
        if balance:
            rows.append(["", f"{pre}Còn dư"] + [(("surplus", r, y), "i") for y in Y])
    units = {raw["unit"] for raw in p["raws"]}
    return T(title, ["TT", "Nguồn"] + yh(p), rows, unit=f"ĐVT: {'/'.join(sorted(units))}")


def t_staff(p, title="Lao động và tiền lương", months=False):
    Y = range(len(p["years"]))
    rows = [[str(k + 1), role] + [(("staff", k, y), "i") for y in Y] for k, (role, _) in enumerate(p["roles"])]
    rows.append(["", "Tổng số lao động (người)"] + [(("staff_t", y), "i") for y in Y])
    rows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [(("wage", y), "1") for y in Y])
    if months:
        rows.append(["", "Số tháng trả lương"] + [(("months", y), "i") for y in Y])
    rows.append(["", "Quỹ lương (triệu đồng)"] + [(("fund", y), "1") for y in Y])
    return T(title, ["TT", "Bộ phận"] + yh(p), rows)


def t_price(p, title="Giá bán dự kiến"):
    Y = range(len(p["years"]))
    rows = [[str(i + 1), f"{pr['label']} ({pr['word']})"] + [(("price", i, y), "i") for y in Y]
            for i, pr in enumerate(p["products"])]
    return T(title, ["TT", "Sản phẩm"] + yh(p), rows, unit="ĐVT: đồng")


def t_inv(p, title="Nhu cầu vốn đầu tư"):
    rows = [[str(i + 1), lab, (("inv", i), "i")] for i, (lab, _, _) in enumerate(p["inv"])]
    rows.append(["", "Tổng vốn đầu tư", (("inv_t",), "i")])
    return T(title, ["TT", "Hạng mục", "Thành tiền"], rows, unit="ĐVT: triệu đồng")


def t_src(p, title="Nguồn vốn"):
    rows = [[str(j + 1), lab, (("src", j), "i"), (("src_pct", j), "1")] for j, (lab, _) in enumerate(p["src"])]
    rows.append(["", "Tổng nguồn vốn", (("src_t",), "i"), "100,0"])
    return T(title, ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows)


def t_rev(p, title="Doanh thu dự kiến"):
    Y = range(len(p["years"]))
    rows = [[str(i + 1), pr["label"]] + [(("rev", i, y), "1") for y in Y] for i, pr in enumerate(p["products"])]
    rows.append(["", "Tổng doanh thu"] + [(("rev_t", y), "1") for y in Y])
    return T(title, ["TT", "Sản phẩm"] + yh(p), rows, unit="ĐVT: triệu đồng")


def t_cost(p, title="Chi phí sản xuất kinh doanh"):
    Y = range(len(p["years"]))
    rows = [[str(k + 1), line[1]] + [(("cost", k, y), "1") for y in Y] for k, line in enumerate(p["costs"])]
    rows.append(["", "Tổng chi phí"] + [(("cost_t", y), "1") for y in Y])
    return T(title, ["TT", "Khoản mục"] + yh(p), rows, unit="ĐVT: triệu đồng")


def t_summ(p, title="Tổng hợp hiệu quả kinh tế", per_month=False, profit_label="Lợi nhuận"):
    Y = range(len(p["years"]))
    rows = [["1", "Doanh thu"] + [(("rev_t", y), "1") for y in Y],
            ["2", "Tổng chi phí"] + [(("cost_t", y), "1") for y in Y],
            ["3", profit_label] + [(("profit", y), "1") for y in Y],
            ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [(("margin", y), "1") for y in Y]]
    if per_month:
        rows.append(["5", "Lợi nhuận bình quân tháng"] + [(("profit_pm", y), "1") for y in Y])
    return T(title, ["TT", "Chỉ tiêu"] + yh(p), rows, unit="ĐVT: triệu đồng")


SPANS = {
    "gr02": ["2027 (01/4 – 31/12/2027)", "2028", "2029"],
    "gr04": ["01/7/2027 – 30/6/2028", "01/7/2028 – 30/6/2029", "01/7/2029 – 30/6/2030"],
}


def plan_tables(key: str) -> dict[str, dict]:
    """The numeric tables each plan prints, by name, with the plan's own captions."""
    p = PLANS[key]
    t: dict[str, dict] = {}
    if key == "gr01":
        t["hist"] = t_hist(p, "Kết quả sản xuất, kinh doanh bánh ram 2024 – 2026")
        t["chan"] = t_chan(p, "Sản lượng tiêu thụ theo kênh")
        t["raw"] = t_raw(p, "Cân đối nguyên liệu chính")
        t["staff"] = t_staff(p, "Lao động và quỹ lương")
        t["prod"] = t_prod(p, "Kế hoạch sản xuất ba năm", cap_label="Công suất dây chuyền (kg)")
        t["price"] = t_price(p, "Giá bán buôn dự kiến")
        t["inv"] = t_inv(p, "Hạng mục đầu tư")
        t["src"] = t_src(p, "Cơ cấu nguồn vốn")
        t["rev"] = t_rev(p, "Doanh thu theo sản phẩm")
        t["cost"] = t_cost(p, "Chi phí sản xuất kinh doanh")
        t["summ"] = t_summ(p, "Hiệu quả kinh tế", profit_label="Lợi nhuận trước thuế")
    elif key == "gr02":
        t["years"] = t_years(p, "Quy ước năm của phương án", SPANS[key])
        t["hist"] = t_hist(p, "Kết quả bán lá xạ đen khô 2024 – 2026")
        t["chan"] = t_chan(p, "Phân bổ sản lượng theo kênh tiêu thụ")
        t["raw"] = t_raw(p, "Cân đối nguyên liệu xạ đen tươi")
        t["staff"] = t_staff(p, "Lao động của xưởng trà", months=True)
        t["prod"] = t_prod(p, "Sản lượng theo năm", months=True, per_month=True,
                           cap_label="Công suất máy sấy (kg)")
        t["price"] = t_price(p, "Giá bán theo năm")
        t["inv"] = t_inv(p, "Vốn đầu tư xưởng trà túi lọc")
        t["src"] = t_src(p, "Nguồn vốn đầu tư")
        t["rev"] = t_rev(p, "Doanh thu")
        t["cost"] = t_cost(p, "Chi phí")
        t["summ"] = t_summ(p, "Lợi nhuận theo năm", per_month=True)
    elif key == "gr03":
        t["hist"] = t_hist(p, "Sản lượng và doanh thu mật ong 2024 – 2026")
        t["raw"] = t_raw(p, "Nguồn mật ong thô")
        t["staff"] = t_staff(p, "Lao động")
        t["prod"] = t_prod(p, "Kế hoạch sản xuất", cap_label="Công suất máy hạ thủy phần (kg)")
        t["price"] = t_price(p, "Giá bán lẻ")
        t["inv"] = t_inv(p, "Vốn đầu tư")
        t["src"] = t_src(p, "Nguồn vốn")
        t["rev"] = t_rev(p, "Doanh thu dự kiến")
        t["cost"] = t_cost(p, "Chi phí dự kiến")
        t["summ"] = t_summ(p, "Lãi lỗ dự kiến")
    elif key == "gr04":
        t["years"] = t_years(p, "Năm sản xuất của phương án", SPANS[key])
        t["hist"] = t_hist(p, "Kết quả của tổ các năm 2024 – 2026")
        t["chan"] = t_chan(p, "Kế hoạch tiêu thụ")
        t["raw"] = t_raw(p, "Lá nón: nguồn cung và nhu cầu")
        t["staff"] = t_staff(p, "Tổ viên, lao động và tiền công")
        t["prod"] = t_prod(p, "Kế hoạch sản xuất nón", cap_label="Năng lực xưởng (chiếc)")
        t["price"] = t_price(p, "Giá bán")
        t["inv"] = t_inv(p, "Vốn đầu tư")
        t["src"] = t_src(p, "Nguồn vốn")
        t["rev"] = t_rev(p, "Doanh thu")
        t["cost"] = t_cost(p, "Chi phí")
        t["summ"] = t_summ(p, "Hiệu quả")
    elif key == "gr05":
        t["hist"] = t_hist(p, "Rượu của các hộ thành viên 2024 – 2026")
        t["raw"] = t_raw(p, "Nguồn gạo nếp")
        t["staff"] = t_staff(p, "Lao động của lò rượu chung", months=True)
        t["prod"] = t_prod(p, "Sản lượng rượu theo năm", months=True,
                           cap_label="Công suất thiết kế (lít/năm)")
        t["price"] = t_price(p, "Giá bán (chưa gồm thuế tiêu thụ đặc biệt)")
        t["inv"] = t_inv(p, "Vốn đầu tư lò rượu chung")
        t["src"] = t_src(p, "Nguồn vốn")
        t["rev"] = t_rev(p, "Doanh thu")
        t["cost"] = t_cost(p, "Chi phí")
        t["summ"] = t_summ(p, "Tổng hợp kết quả kinh doanh")
    elif key == "gr06":
        t["hist"] = t_hist(p, "Kết quả kinh doanh nước mắm 2024 – 2026")
        t["chan"] = t_chan(p, "Sản lượng bán theo kênh")
        t["raw"] = t_raw(p, "Nguyên liệu cá và muối", balance=False)
        t["staff"] = t_staff(p, "Nhân sự và tiền lương")
        t["prod"] = t_prod(p, "Kế hoạch sản xuất", cap_label="Công suất nhà chượp (lít)")
        t["price"] = t_price(p, "Giá bán")
        t["inv"] = t_inv(p, "Tổng mức đầu tư")
        t["src"] = t_src(p, "Nguồn vốn")
        t["rev"] = t_rev(p, "Doanh thu")
        t["cost"] = t_cost(p, "Chi phí")
        t["summ"] = t_summ(p, "Kết quả kinh doanh dự kiến", profit_label="Lợi nhuận trước thuế")
    elif key == "gr07":
        t["hist"] = t_hist(p, "Cà gai leo khô bán cho thương lái 2024 – 2026")
        t["chan"] = t_chan(p, "Tiêu thụ theo kênh")
        t["raw"] = t_raw(p, "Nguyên liệu cà gai leo tươi")
        t["staff"] = t_staff(p, "Nhân sự", months=True)
        t["prod"] = t_prod(p, "Kế hoạch sản lượng", months=True, cap_label="Công suất máy sấy (kg)")
        t["price"] = t_price(p, "Giá bán dự kiến")
        t["inv"] = t_inv(p, "Tổng vốn đầu tư")
        t["src"] = t_src(p, "Nguồn vốn huy động")
        t["rev"] = t_rev(p, "Doanh thu")
        t["cost"] = t_cost(p, "Chi phí hoạt động")
        t["summ"] = t_summ(p, "Hiệu quả tài chính", per_month=True, profit_label="Lợi nhuận trước thuế")
    elif key == "gr08":
        t["hist"] = t_hist(p, "Kết quả sản xuất nấm 2024 – 2026")
        t["raw"] = t_raw(p, "Phôi nấm", need_label=lambda raw: "Nhu cầu (1,6 bịch/kg nấm)")
        t["staff"] = t_staff(p, "Lao động")
        t["prod"] = t_prod(p, "Kế hoạch sản lượng nấm", cap_label="Sức chứa nhà trồng (kg nấm)")
        t["price"] = t_price(p, "Giá bán")
        t["inv"] = t_inv(p, "Vốn đầu tư")
        t["src"] = t_src(p, "Nguồn vốn")
        t["rev"] = t_rev(p, "Doanh thu")
        t["cost"] = t_cost(p, "Chi phí")
        t["summ"] = t_summ(p, "Hiệu quả kinh tế")
    elif key == "gr09":
        t["hist"] = t_hist(p, "Chè khô của tổ 2024 – 2026")
        t["chan"] = t_chan(p, "Tiêu thụ theo kênh")
        t["raw"] = t_raw(p, "Búp chè tươi")
        t["staff"] = t_staff(p, "Lao động")
        t["prod"] = t_prod(p, "Kế hoạch sản xuất chè khô", cap_label="Công suất xưởng sao (kg)")
        t["price"] = t_price(p, "Giá bán")
        t["inv"] = t_inv(p, "Vốn đầu tư")
        t["src"] = t_src(p, "Nguồn vốn")
        t["rev"] = t_rev(p, "Doanh thu")
        t["cost"] = t_cost(p, "Chi phí")
        t["summ"] = t_summ(p, "Kết quả")
    elif key == "gr10":
        t["raw"] = t_raw(p, "Cọng lục bình")
        t["staff"] = t_staff(p, "Người làm", months=True)
        t["prod"] = t_prod(p, "Số sản phẩm làm ra", months=True, cap_label="Khả năng của lò sấy (chiếc)")
        t["price"] = t_price(p, "Giá bán")
        t["inv"] = t_inv(p, "Vốn cần có")
        t["src"] = t_src(p, "Nguồn vốn")
        t["rev"] = t_rev(p, "Tiền bán hàng")
        t["cost"] = t_cost(p, "Chi phí")
        t["summ"] = t_summ(p, "Lãi")
    return t


def render(t: dict, m: dict, number: int) -> str:
    out = [f"Bảng {number}. {t['title']}", ""]
    if t["unit"]:
        out.append(t["unit"])
        out.append("")
    out.append("| " + " | ".join(t["header"]) + " |")
    out.append("|" + "---|" * len(t["header"]))
    for row in t["rows"]:
        cells = [c if isinstance(c, str) else fmt(m[c[0]], c[1]) for c in row]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


# --------------------------------------------------------------------------- reading a plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        found: dict[str, list[list[str]]] = {}
        caption = None
        lines = self.body.splitlines()
        i = 0
        while i < len(lines):
            s = lines[i].strip()
            if mm := re.match(r"Bảng \d+\. (.+)$", s):
                caption = mm.group(1).strip()
            elif s.startswith("|") and caption:
                rows = []
                while i < len(lines) and lines[i].strip().startswith("|"):
                    cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r"-+", c) for c in cells):
                        rows.append(cells)
                    i += 1
                found[caption] = rows[1:]
                caption = None
                continue
            i += 1
        return found

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def compare_tables(pl: Plan, p: dict, tabs: list[dict], mt: dict, mp: dict) -> None:
    """Every numeric cell of the plan's tables against the true model (or the printed one, for the
    planted cells and their declared knock-ons)."""
    over, follow = p.get("over", {}), p.get("follow", [])
    parsed = pl.tables()
    for t in tabs:
        rows = parsed.get(t["title"])
        if rows is None:
            pl.failures.append(f"table not found: {t['title']}")
            continue
        if len(rows) != len(t["rows"]):
            pl.failures.append(f"{t['title']}: {len(rows)} rows, expected {len(t['rows'])}")
            continue
        for want, got in zip(t["rows"], rows):
            for c, g in zip(want, got):
                if isinstance(c, str):
                    if c != g:
                        pl.failures.append(f"{t['title']}: cell {g!r}, expected {c!r}")
                    continue
                key, kind = c
                v = parse_num(g)
                if v is None:
                    pl.failures.append(f"{t['title']}: not a number {g!r} ({key})")
                    continue
                tv, pv = mt[key], mp[key]
                small = 0.11 if kind in ("1", "2") else 1.0
                if key in over:
                    if not (close(v, pv) or abs(v - pv) <= small):
                        pl.failures.append(f"{t['title']}: planted {key} printed {g}, constants say {pv}")
                    if not off(v, tv):
                        pl.failures.append(f"{t['title']}: planted {key} = {g} not off > 5 % from true {tv:.1f}")
                elif key in follow or key[0] in follow:
                    if not (close(v, pv) or abs(v - pv) <= small):
                        pl.failures.append(f"{t['title']}: knock-on {key} = {g}, printed model {pv:.2f}")
                elif not (close(v, tv) or abs(v - tv) <= small):
                    pl.failures.append(f"{t['title']}: {key} = {g}, true {tv:.2f}")


def knockons_declared(pl: Plan, p: dict, mt: dict, mp: dict) -> None:
    """A printed figure that differs from the true model is planted or a declared knock-on."""
    over, follow = p.get("over", {}), p.get("follow", [])
    for k in mt:
        a, b = mt[k], mp[k]
        if abs(a - b) > max(0.01 * max(abs(a), abs(b)), 0.11):
            if k not in over and k not in follow and k[0] not in follow:
                pl.failures.append(f"undeclared knock-on {k}: printed {b:.2f}, true {a:.2f}")


# --------------------------------------------------------------------------- per-plan checks
STEMS = {
    "gr01": "gr01_banh_ram_mai_phu_cty", "gr02": "gr02_tra_xa_den_son_kim_htx",
    "gr03": "gr03_mat_ong_tra_son_hkd", "gr04": "gr04_non_la_phuc_dong_tht",
    "gr05": "gr05_ruou_nep_son_tien_htx", "gr06": "gr06_nuoc_mam_hai_thinh_cty",
    "gr07": "gr07_tra_ca_gai_leo_xuan_loc_ctcp", "gr08": "gr08_nam_so_thuong_loc_htx",
    "gr09": "gr09_che_xanh_ha_linh_tht", "gr10": "gr10_luc_binh_yen_lac_nhom_ho",
    "gr11": "gr11_bot_san_day_so_sai", "gr12": "gr12_tra_la_voi_so_sai",
}
READY = ("gr01", "gr02", "gr03", "gr04")

# Figures the prose quotes: (key, kind, text after the number)
_OBJ = [(("out", 0), "i", " "), (("out", 2), "i", " "), (("inv_t",), "i", " ")]
SAY: dict[str, list] = {
    "gr01": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("rev_t", 2), "1", " triệu đồng"), (("use", 0), "1", " %"),
                    (("use", 2), "1", " %"), (("cap", 0), "i", " kg một năm"), (("avg_profit",), "1", " + 110"),
                    (("payback",), "1", " năm")],
    "gr02": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("out_pm", 0), "i", " kg lên"), (("out_pm", 1), "i", " kg (khoảng 20 %)"),
                    (("cap", 0), "i", " kg."), (("avg_profit",), "1", " + 90"), (("payback",), "1", " năm")],
    "gr03": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("use", 0), "1", "–"), (("cap", 0), "i", " kg một năm"),
                    (("avg_profit",), "1", " triệu đồng, khấu hao"), (("payback",), "1", " năm")],
    "gr04": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("use", 0), "1", " % năng lực"), (("cap", 0), "i", " chiếc một năm"),
                    (("avg_profit",), "1", " + 30"), (("payback",), "1", " năm sản xuất")],
    "gr05": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("out", 1), "i", " lít"), (("use", 0), "1", " %"),
                    (("profit", 2), "1", " triệu đồng"), (("avg_profit",), "1", " + 80"), (("payback",), "1", " năm")],
    "gr06": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("rev_t", 1), "1", " triệu đồng"), (("use", 0), "1", " %"),
                    (("cap", 0), "i", " lít"), (("avg_profit",), "1", " + 140"), (("payback",), "1", " năm")],
    "gr07": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("out_pm", 0), "i", " kg lên"), (("out_pm", 1), "i", " kg (khoảng 12 %)"),
                    (("cap", 0), "i", " kg, các năm sau"), (("src_t",), "i", " triệu đồng gồm"),
                    (("profit_pm", 0), "1", " triệu đồng ở Năm đầu"), (("payback",), "1", " năm tính từ")],
    "gr08": _OBJ + [(("out", 1), "i", " kg (tăng 80 %)"), (("rev_t", 2), "1", " triệu đồng"), (("cap", 0), "i", " kg nấm"),
                    (("avg_profit",), "1", " + 66,3"), (("payback",), "1", " năm")],
    "gr09": _OBJ + [(("rev_t", 0), "1", " triệu đồng"), (("out", 1), "i", " kg, năm 3"), (("cap", 0), "i", " kg chè khô"),
                    (("avg_profit",), "1", " + 47"), (("payback",), "1", " năm")],
    "gr10": _OBJ + [(("rev_t", 2), "1", " triệu đồng"), (("out_pm", 0), "i", " lên"), (("cap", 0), "i", " chiếc."),
                    (("avg_profit",), "1", " + 27,5"), (("payback",), "1", " năm")],
}

# The theme as each plan states it (which calendar months a plan year covers)
THEME = {
    "gr01": ["Năm thứ nhất (2027)", "năm thứ nhất là năm 2027", "cả ba năm đều sản xuất đủ 12 tháng"],
    "gr02": ["| Năm 1 | Năm 2 | Năm 3 |", "Năm 1 là năm 2027", "từ ngày 01/4/2027, tức 9 tháng", "2027 (01/4 – 31/12/2027)"],
    "gr03": ["| Năm thứ 1 | Năm thứ 2 | Năm thứ 3 |", "Năm thứ 1 là năm 2027", "Năm 0"],
    "gr04": ["| Năm thứ nhất | Năm thứ hai | Năm thứ ba |", "01/7/2027 – 30/6/2028", "01/7/2029 – 30/6/2030",
             "Năm thứ nhất bắt đầu ngày 01/7/2027"],
    "gr05": ["Năm 2027 (5 tháng)", "từ ngày 01/8/2027", "5 tháng cuối năm 2027"],
    "gr06": ["Năm 1 (2027)", "Năm 3 (2029)"],
    "gr07": ["Năm đầu (6 tháng)", "từ ngày 01/7/2027", "Năm đầu là 6 tháng cuối năm 2027"],
    "gr08": ["| Năm thứ nhất | Năm thứ hai | Năm thứ ba |", "năm thứ nhất là năm 2027"],
    "gr09": ["2027 (năm 1)", "Năm thứ 2 (2028)", "năm 3 (2029)"],
    "gr10": ["Năm đầu tiên (4 tháng)", "từ ngày 01/9/2027 đến hết ngày 31/12/2027 (4 tháng)"],
    "gr11": ["năm đầu (năm 2027)", "3 tháng cuối năm", "Năm thứ hai", "Năm thứ 3"],
    "gr12": ["Năm 1 bắt đầu từ tháng 6/2027, làm 7 tháng", "Năm 2", "Năm 3"],
}

# Papers each plan holds (a planted gap is asserted by absence below)
HAS = {
    "gr01": ["Giấy chứng nhận cơ sở đủ điều kiện ATTP", "TCCS 01:2026", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP",
             "111/2021/NĐ-CP", "nhãn hiệu", "mã QR", "đăng ký môi trường", "quyền sử dụng đất", "3002217845"],
    "gr02": ["Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026", "thử nghiệm", "tự công bố",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "mã QR", "không ghi công dụng chữa bệnh", "Luật Hợp tác xã năm 2023",
             "12 thành viên chính thức", "hợp đồng thuê"],
    "gr03": ["Giấy chứng nhận cơ sở đủ điều kiện ATTP", "TCCS 01:2026", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP",
             "111/2021/NĐ-CP", "nhãn hiệu", "QR", "trẻ dưới 1 tuổi", "28G8004517"],
    "gr04": ["không phải là thực phẩm", "TCCS 01:2026", "thử nghiệm", "thẻ treo", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
             "nhãn hiệu", "mã QR", "cam kết bảo vệ môi trường", "đăng ký tổ hợp tác", "hợp đồng thuê"],
    "gr05": ["Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026", "QCVN 6-3:2010/BYT", "tự công bố",
             "43/2017/NĐ-CP", "độ cồn", "Không dành cho người dưới 18 tuổi", "nhãn hiệu", "đăng ký môi trường", "biogas"],
    "gr06": ["Giấy chứng nhận cơ sở đủ điều kiện ATTP", "TCCS 02:2024", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP",
             "nhãn hiệu", "mã QR"],
    "gr07": ["Giấy chứng nhận cơ sở đủ điều kiện ATTP", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "mã QR",
             "nhật ký", "đăng ký môi trường", "không ghi công dụng chữa bệnh"],
    "gr08": ["đủ điều kiện an toàn thực phẩm", "TCCS 01:2025", "thử nghiệm", "tự công bố", "nhãn hiệu", "mã QR"],
    "gr09": ["TCCS 01:2026", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "mã QR",
             "nhật ký", "đăng ký tổ hợp tác"],
    "gr10": ["không phải thực phẩm", "TCCS 01:2027", "thẻ treo", "43/2017/NĐ-CP", "mã QR", "nhãn hiệu", "lưu huỳnh"],
}

# Words whose absence is the planted gap
LACKS = {
    "gr05": [(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence mentioned")],
    "gr06": [(r"môi trường|nước thải|chất thải|mùi|xử lý|bể lắng|\brác\b|ô nhiễm|vệ sinh|biogas|hố thấm",
              "environmental measure mentioned")],
    "gr07": [(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|15/2018|"
              r"chỉ tiêu (cảm quan|vi sinh|chất lượng|hóa lý|an toàn)",
              "product standard mentioned")],
    "gr09": [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết", "food safety mentioned")],
    "gr10": [(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác|doanh nghiệp|"
              r"\bthành lập\b", "registration mentioned"),
             (r"khách|cửa hàng|đại lý|hội chợ|trực tuyến|thương mại điện tử|siêu thị|công ty|du lịch|xuất khẩu|thương lái|"
              r"người mua|\bchợ\b|đặt hàng|hợp đồng bao tiêu", "a customer or channel named")],
}


def check_full(key: str) -> Plan:
    p = PLANS[key]
    pl = Plan(STEMS[key])
    mt, mp = true_model(p), printed_model(p)
    Y = range(len(p["years"]))
    compare_tables(pl, p, list(plan_tables(key).values()), mt, mp)
    knockons_declared(pl, p, mt, mp)
    for k, kind, after in SAY[key]:
        pl.has(fmt(mp[k], kind) + after)
    pl.has(*THEME[key])
    pl.has(*HAS[key])
    for pat, what in LACKS.get(key, []):
        pl.lacks(pat, what)
    pl.has(p["cap_text"])
    months = [mo for _, mo in p["years"]]
    partial = months[0] < 12
    # the year headers of every table are the plan's own
    pl.check(pl.count(" | ".join(yh(p)) + " |") >= 6, "year headers not used in the tables")
    if partial:
        pl.check(mt["out", 1] / mt["out", 0] - 1 > 0.35,
                 "a partial first year should make the year-on-year jump look large")
    # realism of the true model, unless a planted defect is about it
    for y in Y:
        if not (key == "gr05" and y == 0):
            pl.check(mt["use", y] <= 85.5, f"capacity use {mt['use', y]:.1f} % in year {y + 1}")
        for r in range(len(p["raws"])):
            if not (key == "gr06" and r == 0 and y > 0):
                pl.check(mt["sup_t", r, y] >= 1.05 * mt["need", r, y],
                         f"raw {r}: supply {mt['sup_t', r, y]:.0f} < need {mt['need', r, y]:.0f} + 5 % in year {y + 1}")
        if key != "gr08":
            pl.check(3 < mt["margin", y] < 40, f"margin {mt['margin', y]:.1f} % in year {y + 1}")
        if y and key != "gr08":
            g = mt["out_pm", y] / mt["out_pm", y - 1] - 1
            pl.check(-0.40 < g < 0.35, f"monthly output growth {g * 100:.0f} % in year {y + 1}")
    if p.get("hist") and key in ("gr01", "gr03", "gr04", "gr06", "gr08", "gr09"):
        g = mt["out_pm", 0] / (p["hist"]["out"][2] / 12) - 1
        pl.check(-0.05 < g < 0.25, f"first year {g * 100:.0f} % on 2026")
    if key != "gr07":
        pl.check(close(mt["src_t",], mt["inv_t",]), "sources differ from investment")
    if key not in ("gr05", "gr06", "gr07", "gr08"):
        pl.check(close(mp["payback",], mt["payback",], 0.001), "payback")
    pl.check(2 <= mt["payback",] <= 5 or key in ("gr04", "gr08", "gr02"), f"payback {mt['payback',]}")
    # ready plans: the current programme and no replaced instrument
    if key in READY:
        pl.check(not p["over"] and not p["follow"], "a ready plan with planted figures")
    if key != "gr08":  # the one plan whose outdated grounds are planted
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg")
        pl.lacks(REPLACED, "replaced instrument or district level")
    if key != "gr10":
        pl.lacks(PLACEHOLDER, "template placeholder")
    return pl, mt, mp


def planted(key: str, pl: Plan, mt: dict, mp: dict) -> None:
    """The planted numeric defects on the true model, the true value beside the printed one."""
    p = PLANS[key]
    if key == "gr05":
        pl.check(off(mp["cap", 0], mt["cap", 0]), "2027 capacity printed = true")
        pl.check(mt["out", 0] > 1.05 * mt["cap", 0],
                 f"capacity-exceeded: 2027 output {mt['out', 0]:.0f} vs 5-month capacity {mt['cap', 0]:.0f}")
        pl.check(off(mp["profit", 2], mt["profit", 2]),
                 f"profit-mismatch: printed {mp['profit', 2]} vs true {mt['profit', 2]:.1f}")
        pl.check(off(mp["payback",], mt["payback",]), "payback knock-on (tolerated) not off")
    if key == "gr06":
        pl.check(mt["need", 0, 2] > 1.05 * mt["sup_t", 0, 2],
                 f"material-shortfall: Năm 3 need {mt['need', 0, 2]:.0f} vs supply {mt['sup_t', 0, 2]:.0f}")
        pl.check(mt["need", 0, 1] > mt["sup_t", 0, 1], "Năm 2 need within supply")
        pl.has("nguồn cá bảo đảm đủ cho cả Năm 1, Năm 2 và Năm 3")
        pl.check(off(mp["rev", 1, 1], mt["rev", 1, 1]),
                 f"revenue-mismatch: printed {mp['rev', 1, 1]} vs true {mt['rev', 1, 1]:.1f}")
        pl.check(off(mp["payback",], mt["payback",]), "payback knock-on (tolerated) not off")
        pl.lacks(r"Còn dư", "a balance row")
    if key == "gr07":
        pl.check(off(mt["src_t",], mt["inv_t",]), f"capital-mismatch: sources {mt['src_t',]} vs {mt['inv_t',]}")
        pl.check(off(mp["payback",], mt["payback",]),
                 f"payback-mismatch: printed {mp['payback',]} vs true {mt['payback',]}")
        pl.has("bảo đảm đủ vốn cho phương án")
    if key == "gr08":
        for y, g in ((1, 0.5), (2, 0.5)):
            pl.check(mt["out", y] / mt["out", y - 1] - 1 > g, f"growth in year {y + 1} not > {g * 100:.0f} %")
        pl.check(len({mt["staff_t", y] for y in range(3)}) == 1, "staff changes")
        pl.has("giữ nguyên 7 lao động", "nhu cầu nấm sạch rất lớn")
        lines = sum(mt["cost", k, 1] for k in range(len(p["costs"])))
        pl.check(close(lines, mt["cost_t", 1]), "true total = lines")
        pl.check(off(mp["cost_t", 1], lines), f"table-total-mismatch: printed {mp['cost_t', 1]} vs lines {lines:.1f}")
        pl.check(off(mp["profit", 1], mt["profit", 1]), "profit knock-on (tolerated) not off")
        pl.check(off(mp["payback",], mt["payback",]), "payback knock-on (tolerated) not off")
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "Luật Hợp tác xã năm 2012", "UBND huyện")
        pl.lacks(r"148/QĐ-TTg|1489|Luật Hợp tác xã năm 2023", "current instrument cited")
    if key == "gr09":
        pl.has("nâng sản lượng lên 8.400 kg chè khô")
        pl.check(off(8400, mt["out", 1]), f"figure-inconsistent: 8.400 vs table {mt['out', 1]:.0f}")
        pl.check(pl.count("Tổ hợp tác chè Đồng Lam") >= 3, "other producer's name fewer than 3 times")
        pl.check(pl.count("Tổ hợp tác Chè xanh Hà Linh") >= 2, "own name fewer than 2 times")
    if key == "gr10":
        pl.has("[tên sản phẩm]", "Giải pháp: ……………")
        pl.has("Nhóm hộ đan lục bình thôn Yên Lạc gồm 7 hộ gia đình")


SKETCHY = {
    "gr11": dict(figs=["400 kg", "1 tấn", "1,5 tấn", "180.000 đồng/kg", "90 triệu đồng", "60 triệu đồng"],
                 lacks=r"an toàn thực phẩm|ATTP|TCCS|tiêu chuẩn|công bố|nhãn hiệu|truy xuất|môi trường|nước thải|"
                       r"siêu thị|đại lý|cửa hàng",
                 has=["giấy đăng ký hộ kinh doanh"]),
    "gr12": dict(figs=["300 kg", "600 kg", "800 kg", "120.000 đồng/kg", "50 triệu đồng"],
                 lacks=r"đăng ký|an toàn thực phẩm|ATTP|TCCS|tiêu chuẩn|công bố|nhãn hiệu|truy xuất|môi trường|"
                       r"siêu thị|đại lý|cửa hàng",
                 has=[]),
}


def check_sketchy(key: str) -> Plan:
    s = SKETCHY[key]
    pl = Plan(STEMS[key])
    w = pl.words()
    pl.check(150 <= w <= 350, f"{w} words")
    pl.check(not pl.rows, "a table")
    pl.has(*s["figs"], *s["has"], *THEME[key])
    pl.lacks(s["lacks"], "a paper or a channel")
    pl.lacks(REPLACED, "replaced instrument or district level")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for key in keys:
        if key in PLANS:
            pl, mt, mp = check_full(key)
            planted(key, pl, mt, mp)
        else:
            pl = check_sketchy(key)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
