"""The 276th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout276/arithmetic.py [jr01 jr05 ...]

Theme: producers selling to institutional buyers under tenders and framework contracts (school
kitchens, hospitals, industrial-zone and company kitchens, army units, supermarket chains' central
purchasing), with the rest of the output sold on the open market at other prices. For every full
plan (jr01-jr10) the constants give the sales channels: each buyer with the way its volume is
stated (portions a day x grams a portion x school days; deliveries a week x quantity a delivery x
weeks; quantity a day x days; quantities per school term; quantities per quarter; a monthly
quantity x months; a yearly quantity), its price (fixed by the tender, indexed by a stated rate,
or re-tendered at stated prices), its payment term after acceptance and its performance guarantee;
the open-market sales and prices; the 2024-2026 history (output, average price, margin); the raw
materials (norm per unit of each product, supply rows count x yield); the equipment rating; staff by
role and the monthly wage; investment items and capital sources; loan, rate and asset life; and
the cost lines (raw material = need x price, per-unit lines, shares of revenue or of contract
revenue, wages, depreciation, interest, fixed lines). `model()` turns them into every figure the
plan prints and `tables()` into every table cell; the plan's source is read back (tables found by
their caption) and compared cell by cell: every number right within 1 % (0,11 for money in
triệu), planted numeric defects off by more than 5 % with the true value beside them. Then the
relations a reviewer checks by hand are recomputed from the printed figures alone (delivery
schedule = deliveries x quantity x weeks, revenue = quantity x price, totals, profit, margin,
capital sources = investment, payback = investment / (average profit + depreciation), raw-material
need within supply, output within capacity, receivables = contract value x days / 360, guarantee =
value x rate, wage fund, growth): each must hold, except the ones a planted defect breaks, which
must be off by more than 5 %. Textual defects are asserted by the absence or presence of their
words. Sketchy plans: 150-350 words, no table.
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
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|43/2013/QH13|63/2014/NĐ-CP|"
            r"cấp huyện|UBND huyện|Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


class Plan(plancheck.Plan):
    src = HERE / "src"


# --------------------------------------------------------------------------- number formats
def fmt(v: float, d: int = 0) -> str:
    """Vietnamese number: 1234567.8 -> '1.234.567,8'."""
    s = f"{abs(v):,.{d}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if v < 0 and round(abs(v), d) != 0 else "") + s


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def r100(x: float) -> int:
    return int(round(x / 100.0)) * 100


def _y(v, y):
    return v[y] if isinstance(v, (list, tuple)) else v


# --------------------------------------------------------------------------- constants
# Channel keys: key, prod (product index), label (row label), buyer (full name, in prose),
# form (how the contract was won), inst (an institutional contract; False = open market),
# kind + its parameters (a scalar or one value per year):
#   portion: portions (a day), g (grams a portion), days (meal days a year)
#   week:    per_week (deliveries), qty (a delivery), weeks
#   day:     qty (a day), days
#   term:    terms (per year: [term I, term II])
#   quarter: quarters (per year: [Q1, Q2, Q3, Q4])
#   month:   qty (a month), months
#   year:    qty
# price: [p2027, p2028, p2029] (đồng per product unit) or ("idx", p2027, rate) -> rounded to 100 đ
# pay: days after acceptance; guar: performance guarantee in % of the contract value.
# Cost lines: ("raw", label, i) need x price; ("unit", label, {prod: đồng}) output x rate;
# ("share", label, share, "rev"|"inst") share of total or contract revenue; ("wage", label);
# ("dep", label); ("int", label); ("fixed", label, [triệu x 3]).
PLANS: dict[str, dict] = {}

# jr01: giò lụa and chả quế, Công ty TNHH; schools (portions), hospital (deliveries a week),
# company kitchens (quarters), open market.
PLANS["jr01"] = dict(
    stem="jr01_gio_cha_phuc_hung_cty", verdict="ready",
    products=[("Giò lụa", "kg", 1.0), ("Chả quế", "kg", 1.0)], base="kg",
    channels=[
        dict(key="truong", prod=0, label="Bếp ăn bán trú 9 trường", inst=True, kind="portion",
             form="Chào giá cạnh tranh, HĐ theo năm học",
             portions=[3200, 3400, 3600], g=30, days=70, price=("idx", 172000, 0.03), pay=30, guar=0),
        dict(key="benhvien", prod=0, label="Khoa Dinh dưỡng bệnh viện", inst=True, kind="week",
             form="Đấu thầu rộng rãi qua mạng, HĐ 12 tháng",
             per_week=3, qty=25, weeks=52, price=("idx", 178000, 0.03), pay=45, guar=5),
        dict(key="congty", prod=1, label="Bếp ăn 3 công ty", inst=True, kind="quarter",
             form="Hợp đồng khung 12 tháng, đặt theo quý",
             quarters=[[900, 900, 1000, 1200], [1000, 1000, 1100, 1300], [1100, 1100, 1200, 1400]],
             price=("idx", 190000, 0.03), pay=30, guar=3),
        dict(key="cho_gio", prod=0, label="Chợ, đại lý: giò lụa", inst=False, kind="year",
             qty=[7000, 7200, 7400], price=[210000, 216000, 222000]),
        dict(key="cho_cha", prod=1, label="Chợ, đại lý: chả quế", inst=False, kind="year",
             qty=[3000, 3100, 3200], price=[230000, 236000, 243000]),
    ],
    hist=dict(out=[19800, 21600, 23100], price=[178000, 185000, 192000], margin=[0.07, 0.075, 0.08]),
    cap=dict(rating=120, days=300, prods=None),
    raws=[dict(label="Thịt lợn nạc", unit="kg", norm={0: 0.88, 1: 0.75},
               price=[112000, 115000, 118000],
               supply=[("Trang trại lợn Đại Hòa (400 con × 38 kg nạc)", 400, 38),
                       ("HTX chăn nuôi Thạch Đài (240 con × 38 kg nạc)", 240, 38)])],
    roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Pha lọc, giã giò, hấp", [6, 6, 7]),
           ("Đóng gói, bảo quản lạnh", [2, 2, 2]), ("Giao hàng", [2, 2, 2])],
    wage=[6.5, 6.8, 7.1],
    inv=[("Cối giã giò inox và máy cắt thịt", 380, True), ("Kho lạnh 30 m³ và 2 tủ đông", 260, True),
         ("Xe tải đông lạnh 1,5 tấn", 520, True), ("Cải tạo khu chế biến một chiều", 180, True),
         ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False)],
    wc_stock=("Thịt, gia vị, bao bì dự trữ 10 ngày", 70.0),
    src=[("Vốn chủ sở hữu", None), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
    life=10, loan=[800, 640, 480], rate=0.08,
    use=["hist", "contracts", "sched_portion", "sched_quarter", "price", "raw0", "staff", "vol", "wc", "inv",
         "src", "rev", "cost", "sum"],
    tv=dict(sched_only=["truong", "congty"],
            titles=dict(sched_portion="Nhu cầu giò lụa của các bếp ăn bán trú năm 2027",
                        sched_quarter="Đơn hàng chả quế theo quý của bếp ăn công ty năm 2027",
                        price="Giá bán theo kênh 2027 – 2029", raw0="Cân đối thịt lợn nạc",
                        wc="Vốn lưu động bị chiếm dụng bởi các hợp đồng năm 2027"),
            wc_item="Vốn lưu động cho hợp đồng (phải thu, bảo đảm, dự trữ)"),
    costs=[("raw", "Thịt lợn nạc", 0),
           ("unit", "Mỡ, gia vị, quế, lá chuối", 14000),
           ("unit", "Bao bì, hút chân không", 4500),
           ("unit", "Điện, nước, gas", 3500),
           ("share", "Vận chuyển, giao hàng", 0.025, "rev"),
           ("share", "Bảo lãnh, dự phòng phạt", 0.008, "inst"),
           ("wage", "Tiền lương"),
           ("dep", "Khấu hao tài sản cố định"),
           ("int", "Lãi vay ngân hàng"),
           ("fixed", "Quản lý, chi phí khác", [90, 95, 100])],
)


# jr02: bún tươi and bánh phở, HTX; industrial-zone kitchens (kg a day x days), schools (terms),
# open market.
PLANS["jr02"] = dict(
    stem="jr02_bun_banh_pho_ky_thu_htx", verdict="ready",
    products=[("Bún tươi", "kg", 1.0), ("Bánh phở tươi", "kg", 1.0)], base="kg",
    channels=[
        dict(key="hoanglinh", prod=0, label="Bếp ăn Công ty Hoàng Linh", inst=True, kind="day",
             form="Hợp đồng khung 12 tháng, giá xét lại theo quý", qty=180, days=312,
             price=("idx", 12000, 0.04), pay=15, guar=0),
        dict(key="kylong", prod=0, label="Bếp ăn Công ty Kỳ Long", inst=True, kind="day",
             form="Chào giá cạnh tranh, hợp đồng 12 tháng", qty=[120, 135, 150], days=312,
             price=("idx", 12300, 0.04), pay=30, guar=3),
        dict(key="ktx", prod=1, label="Bếp ăn ký túc xá công nhân", inst=True, kind="day",
             form="Hợp đồng khung 12 tháng", qty=80, days=360,
             price=("idx", 14000, 0.04), pay=30, guar=0),
        dict(key="truong", prod=0, label="Bếp ăn bán trú 6 trường", inst=True, kind="term",
             form="Hợp đồng theo năm học, giá cố định", terms=[[4600, 4200], [4800, 4400], [5000, 4600]],
             price=("idx", 12500, 0.03), pay=30, guar=0),
        dict(key="cho_bun", prod=0, label="Chợ, quán ăn: bún", inst=False, kind="year",
             qty=[38000, 39000, 40000], price=[13500, 14000, 14500]),
        dict(key="cho_pho", prod=1, label="Chợ, quán ăn: bánh phở", inst=False, kind="year",
             qty=[14000, 14500, 15000], price=[15500, 16000, 16500]),
    ],
    hist=dict(out=[142000, 153000, 166000], price=[11800, 12200, 12600], margin=[0.06, 0.065, 0.07]),
    cap=dict(rating=800, days=330, prods=None),
    raws=[dict(label="Gạo tẻ", unit="kg", norm={0: 0.38, 1: 0.42}, price=[14000, 14500, 15000],
               supply=[("Hộ thành viên (85 hộ × 600 kg gạo)", 85, 600),
                       ("Đại lý gạo Kỳ Phong (hợp đồng 40 tấn/năm)", 1, 40000)])],
    roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ngâm, xay, tráng, luộc", [4, 4, 5]),
           ("Đóng túi, giao hàng", [2, 2, 2])],
    wage=[5.6, 5.9, 6.2],
    inv=[("Dây chuyền bún tự động 800 kg/ngày", 420, True), ("Lò hơi đốt trấu viên", 150, True),
         ("Xe tải 1,25 tấn thùng kín", 360, True), ("Mở rộng nhà xưởng 120 m²", 240, True),
         ("Bể lắng, bể biogas xử lý nước thải", 60, True)],
    wc_stock=("Gạo dự trữ 15 ngày", 50.0),
    src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", None),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    life=10, loan=[600, 450, 300], rate=0.08,
    use=["contracts", "sched_day", "sched_term", "price", "hist", "raw0", "cap", "staff", "vol", "wc", "inv",
         "src", "rev", "cost", "sum"],
    tv=dict(titles=dict(contracts="Khách hàng tổ chức và điều kiện hợp đồng năm 2027",
                        sched_day="Lượng giao hằng ngày cho các bếp ăn khu kinh tế năm 2027",
                        sched_term="Lượng bún giao các trường theo học kỳ, năm học 2026 – 2027",
                        price="Giá bán bình quân theo kênh", hist="Kết quả sản xuất, kinh doanh của HTX 2024 – 2026",
                        raw0="Cân đối gạo nguyên liệu", cap="Công suất dây chuyền và mức sử dụng",
                        staff="Lao động của hợp tác xã", vol="Kế hoạch sản lượng theo kênh tiêu thụ",
                        wc="Vốn lưu động phát sinh từ các hợp đồng", inv="Nhu cầu vốn đầu tư",
                        src="Cơ cấu nguồn vốn", rev="Dự kiến doanh thu", cost="Dự kiến chi phí",
                        sum="Hiệu quả sản xuất kinh doanh"),
            cap_rating="Công suất dây chuyền (kg/ngày)", rev_split=True, stock_basis="15 ngày sản xuất"),
    costs=[("raw", "Gạo tẻ", 0),
           ("unit", "Điện, trấu viên, nước", 900),
           ("unit", "Túi, khay, màng bọc", 350),
           ("share", "Vận chuyển, giao hàng", 0.03, "rev"),
           ("wage", "Tiền công lao động"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Chi phí khác", [40, 40, 45])],
)

# jr03: bottled water, Công ty CP; schools (terms), hospital (a month x 12), factories (quarters),
# an army unit (a yearly contract), open market.
PLANS["jr03"] = dict(
    stem="jr03_nuoc_tinh_khiet_ngan_hong_ctcp", verdict="ready",
    products=[("Nước tinh khiết bình 20 lít", "bình", 20.0), ("Nước tinh khiết chai 500 ml", "thùng", 12.0)],
    base="lít",
    channels=[
        dict(key="truong", prod=0, label="14 trường học", inst=True, kind="term",
             form="Chào giá cạnh tranh, HĐ theo năm học", terms=[[5400, 4600], [5800, 5000], [6200, 5400]],
             price=("idx", 15000, 0.03), pay=30, guar=0),
        dict(key="ytte", prod=0, label="Trung tâm Y tế khu vực", inst=True, kind="month",
             form="Chào hàng cạnh tranh, HĐ 12 tháng", qty=500, months=12,
             price=[14500, 14900, 15300], pay=45, guar=3),
        dict(key="nhamay", prod=0, label="5 nhà máy cụm công nghiệp", inst=True, kind="quarter",
             form="Hợp đồng khung, đặt hàng theo quý",
             quarters=[[3000, 3400, 3400, 3200], [3200, 3600, 3600, 3400], [3400, 3800, 3800, 3600]],
             price=("idx", 15500, 0.03), pay=30, guar=0),
        dict(key="quandoi", prod=1, label="Ban Hậu cần Trung đoàn 852", inst=True, kind="year",
             form="Hợp đồng mua sắm 12 tháng", qty=[4000, 4200, 4400],
             price=[66000, 68000, 70000], pay=30, guar=2),
        dict(key="cho_binh", prod=0, label="Hộ gia đình, đại lý", inst=False, kind="year",
             qty=[16000, 16500, 17000], price=[20000, 20500, 21000]),
        dict(key="cho_thung", prod=1, label="Cửa hàng tạp hóa", inst=False, kind="year",
             qty=[6000, 6300, 6600], price=[78000, 80000, 82000]),
    ],
    hist=dict(out=[820000, 880000, 940000], price=[1330, 1370, 1410], margin=[0.08, 0.085, 0.09]),
    cap=dict(rating=8000, days=300, prods=None),
    raws=[dict(label="Nước nguồn", unit="m³", norm={0: 0.03, 1: 0.018}, price=[3000, 3000, 3000],
               supply=[("Giếng khoan số 1 (8 m³/ngày × 330 ngày)", 330, 8),
                       ("Nước máy dự phòng (100 m³/tháng × 12 tháng)", 12, 100)])],
    roles=[("Giám đốc, kế toán, kinh doanh", [2, 2, 2]), ("Vận hành lọc, chiết rót", [2, 2, 2]),
           ("Súc rửa vỏ bình, kho", [2, 2, 2]), ("Giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    inv=[("Bổ sung màng RO, đèn UV, bồn inox", 220, True), ("Máy súc rửa, chiết rót bình tự động", 260, True),
         ("Xe tải 1 tấn giao hàng", 340, True), ("2.000 vỏ bình 20 lít", 100, True),
         ("Kiểm nghiệm, bao bì, mã vạch", 30, False)],
    wc_stock=("Chai, nắp, thùng dự trữ 1 tháng", 40.0),
    src=[("Vốn chủ sở hữu (lợi nhuận giữ lại, cổ đông góp thêm)", None), ("Vay Ngân hàng thương mại cổ phần", 450)],
    life=8, loan=[450, 300, 150], rate=0.085,
    use=["hist", "contracts", "sched_term", "sched_quarter", "price", "vol", "raw0", "staff", "wc", "inv", "src",
         "rev", "cost", "sum"],
    tv=dict(sched_only=["truong", "nhamay"], vol_base=True,
            titles=dict(hist="Sản lượng, doanh thu 2024 – 2026", contracts="Hợp đồng với khách hàng tổ chức năm 2027",
                        sched_term="Số bình giao 14 trường theo học kỳ", sched_quarter="Đơn hàng quý của 5 nhà máy",
                        price="Giá bán theo kênh (chưa gồm tiền cược vỏ bình)", vol="Sản lượng tiêu thụ dự kiến",
                        raw0="Cân đối nước nguồn", staff="Nhân sự và quỹ lương", wc="Vốn lưu động cho hợp đồng",
                        inv="Vốn đầu tư bổ sung", src="Nguồn vốn", rev="Doanh thu dự kiến", cost="Chi phí dự kiến",
                        sum="Lợi nhuận dự kiến"),
            blocks=dict(price="không kẻ"), stock_basis="1 tháng sản xuất"),
    costs=[("raw", "Nước nguồn, thuế tài nguyên", 0),
           ("unit", "Chai, nắp, màng co, thùng", {1: 28000}),
           ("unit", "Nắp, màng co, tem bình", {0: 1200}),
           ("unit", "Điện, lõi lọc, hóa chất vệ sinh", 60),
           ("share", "Vận chuyển, giao hàng", 0.06, "rev"),
           ("wage", "Tiền lương"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Kiểm nghiệm định kỳ, chi phí khác", [45, 45, 48])],
)

# jr04: bamboo kitchenware, tổ hợp tác; an army unit (two batches a year, in quarters),
# school kitchens (one order a year), a supermarket chain's central purchasing (a month x 12),
# open market.
PLANS["jr04"] = dict(
    stem="jr04_dung_cu_bep_tre_tht", verdict="ready",
    products=[("Đũa tre", "bó", 1.0), ("Thớt tre ghép", "chiếc", 1.0), ("Rổ tre", "chiếc", 1.0)],
    base="sản phẩm",
    channels=[
        dict(key="qd_dua", prod=0, label="Trung đoàn 814: đũa", inst=True, kind="quarter",
             form="Hợp đồng mua sắm, giao 2 đợt", quarters=[[4000, 0, 4000, 0], [4200, 0, 4200, 0], [4400, 0, 4400, 0]],
             price=[32000, 33000, 34000], pay=30, guar=5),
        dict(key="qd_thot", prod=1, label="Trung đoàn 814: thớt", inst=True, kind="quarter",
             form="Hợp đồng mua sắm, giao 2 đợt", quarters=[[150, 0, 150, 0], [160, 0, 160, 0], [170, 0, 170, 0]],
             price=[85000, 87000, 89000], pay=30, guar=5),
        dict(key="th_thot", prod=1, label="11 bếp ăn bán trú: thớt", inst=True, kind="year",
             form="Chào giá, giao một lần trước năm học", qty=[440, 480, 520],
             price=[90000, 92000, 95000], pay=30, guar=0),
        dict(key="th_ro", prod=2, label="11 bếp ăn bán trú: rổ", inst=True, kind="year",
             form="Chào giá, giao một lần trước năm học", qty=[880, 960, 1040],
             price=[45000, 46000, 48000], pay=30, guar=0),
        dict(key="st_dua", prod=0, label="Siêu thị Sen Vàng: đũa", inst=True, kind="month",
             form="Hợp đồng nguyên tắc, đơn hàng tháng", qty=[800, 850, 900], months=12,
             price=("idx", 35000, 0.03), pay=45, guar=0),
        dict(key="st_thot", prod=1, label="Siêu thị Sen Vàng: thớt", inst=True, kind="month",
             form="Hợp đồng nguyên tắc, đơn hàng tháng", qty=[150, 160, 170], months=12,
             price=("idx", 95000, 0.03), pay=45, guar=0),
        dict(key="cho_dua", prod=0, label="Chợ, cửa hàng, online: đũa", inst=False, kind="year",
             qty=[5000, 5200, 5400], price=[45000, 46000, 47000]),
        dict(key="cho_thot", prod=1, label="Chợ, cửa hàng, online: thớt", inst=False, kind="year",
             qty=[1200, 1250, 1300], price=[120000, 124000, 128000]),
        dict(key="cho_ro", prod=2, label="Chợ, cửa hàng, online: rổ", inst=False, kind="year",
             qty=[3000, 3100, 3200], price=[60000, 62000, 64000]),
    ],
    hist=dict(out=[22000, 24500, 27000], price=[44000, 45000, 46000], margin=[0.12, 0.13, 0.14]),
    cap=dict(rating=120, days=280, prods=[0]),
    raws=[dict(label="Tre luồng", unit="cây", norm={0: 0.25, 1: 0.6, 2: 0.3}, price=[25000, 26000, 27000],
               supply=[("Đồi tre của các tổ viên (12 ha × 500 cây)", 12, 500),
                       ("Hộ trồng tre liên kết (25 hộ × 200 cây)", 25, 200)])],
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chặt, luộc, sấy tre", [2, 2, 2]),
           ("Vót đũa, ép thớt, đan rổ", [5, 5, 6]), ("Đóng gói, giao hàng", [1, 1, 1])],
    wage=[4.8, 5.0, 5.2],
    inv=[("Máy vót đũa và máy đánh bóng", 160, True), ("Máy ép thớt ghép thủy lực", 140, True),
         ("Lò sấy tre bằng hơi nóng", 120, True), ("Nhà xưởng, kho 100 m²", 180, True),
         ("Thiết kế bao bì, mã vạch, thử nghiệm", 30, False)],
    wc_stock=("Tre nguyên liệu, bao bì dự trữ", 60.0),
    src=[("Vốn góp của tổ viên", None), ("Vay Ngân hàng Chính sách xã hội", 250)],
    life=8, loan=[250, 170, 90], rate=0.066,
    use=["hist", "contracts", "sched_quarter", "price", "vol", "raw0", "cap", "staff", "wc", "inv", "src", "rev",
         "cost", "sum"],
    tv=dict(sched_only=["qd_dua", "qd_thot"],
            titles=dict(hist="Kết quả hoạt động của tổ 2024 – 2026 (quy ra sản phẩm)",
                        contracts="Hợp đồng với khách hàng tổ chức năm 2027",
                        sched_quarter="Lịch giao hàng cho Trung đoàn 814 năm 2027 (2 đợt)",
                        price="Đơn giá theo kênh bán", vol="Sản lượng tiêu thụ theo kênh",
                        raw0="Nhu cầu và nguồn cung tre luồng", cap="Công suất máy vót đũa",
                        staff="Tổ viên và lao động làm thuê", wc="Vốn lưu động do thanh toán chậm và bảo đảm",
                        inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả"),
            cap_out="Sản lượng đũa (bó)", cap_rating="Công suất máy vót (bó/ngày)", cap_year="Công suất năm (bó)",
            stock_basis="1 tháng sản xuất"),
    costs=[("raw", "Tre luồng", 0),
           ("unit", "Dầu bóng, keo, bao bì", {0: 3500, 1: 12000, 2: 4000}),
           ("unit", "Điện, củi sấy", 1200),
           ("share", "Vận chuyển, chiết khấu, hội chợ", 0.06, "rev"),
           ("wage", "Tiền công"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Chi phí khác", [30, 30, 35])],
)

# jr05: rượu nếp sim, HTX; supermarket central purchasing (quarters), corporate Tết gift orders,
# a restaurant chain (deliveries a week), open market.
PLANS["jr05"] = dict(
    stem="jr05_ruou_sim_tung_loc_htx", verdict="revise", rules=["no-alcohol-license", "revenue-mismatch",
                                                                "outdated-policy"],
    products=[("Rượu sim chai 500 ml", "chai", 0.5), ("Rượu sim hộp quà 2 chai 750 ml", "hộp", 1.5)],
    base="lít",
    channels=[
        dict(key="sieuthi", prod=0, label="Chuỗi siêu thị Hồng Lam Mart", inst=True, kind="quarter",
             form="Hợp đồng nguyên tắc 12 tháng, đơn hàng quý",
             quarters=[[3600, 1800, 1800, 2800], [4000, 2000, 2000, 3000], [4400, 2200, 2200, 3200]],
             price=("idx", 95000, 0.04), pay=45, guar=0),
        dict(key="quatang", prod=1, label="Quà Tết 6 doanh nghiệp", inst=True, kind="year",
             form="Đơn đặt hàng, giao tháng 12 – 1", qty=[1500, 1600, 1700],
             price=[380000, 390000, 400000], pay=30, guar=0),
        dict(key="nhahang", prod=0, label="Chuỗi 4 nhà hàng Sen Hồng", inst=True, kind="week",
             form="Hợp đồng cung ứng 12 tháng", per_week=2, qty=30, weeks=50,
             price=[100000, 104000, 108000], pay=30, guar=0),
        dict(key="cho_chai", prod=0, label="Cửa hàng, điểm bán đặc sản", inst=False, kind="year",
             qty=[6000, 6300, 6600], price=[130000, 135000, 140000]),
        dict(key="cho_hop", prod=1, label="Cửa hàng: hộp quà", inst=False, kind="year",
             qty=[800, 850, 900], price=[420000, 435000, 450000]),
    ],
    hist=dict(out=[10200, 11000, 11900], price=[205000, 212000, 219000], margin=[0.12, 0.125, 0.13]),
    cap=dict(rating=70, days=250, prods=None),
    raws=[dict(label="Gạo nếp", unit="kg", norm={0: 0.65, 1: 1.95}, price=[26000, 27000, 28000],
               supply=[("Hộ thành viên (40 hộ × 350 kg)", 40, 350),
                       ("HTX Nông nghiệp Tùng Lộc (hợp đồng)", 1, 6500)]),
          dict(label="Quả sim chín", unit="kg", norm={0: 0.4, 1: 1.2}, price=[30000, 31000, 32000],
               supply=[("Đồi sim của hợp tác xã (15 ha × 500 kg)", 15, 500),
                       ("Hộ hái sim (45 hộ × 110 kg)", 45, 110)])],
    roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [5, 5, 5]),
           ("Ngâm sim, lọc, chiết chai", [4, 4, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
    wage=[6.5, 6.8, 7.1],
    inv=[("Hệ thống chưng cất, khử andehit", 280, True), ("Chum, bồn inox ngâm sim 4.000 lít", 160, True),
         ("Máy chiết, đóng nắp, dán nhãn", 150, True), ("Kho chứa, phòng chiết 80 m²", 220, True),
         ("Thiết kế hộp quà, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 300, False)],
    src=[("Vốn góp của thành viên", 560), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    life=10, loan=[600, 480, 360], rate=0.08,
    use=["hist", "contracts", "sched_quarter", "price", "vol", "raw0", "raw1", "staff", "inv", "src", "rev", "cost",
         "sum"],
    tv=dict(sched_only=["sieuthi"],
            titles=dict(hist="Kết quả sản xuất, kinh doanh 2024 – 2026", contracts="Khách hàng có hợp đồng năm 2027",
                        sched_quarter="Đơn hàng quý của chuỗi siêu thị năm 2027", price="Giá bán theo kênh",
                        vol="Sản lượng tiêu thụ theo kênh", raw0="Cân đối gạo nếp", raw1="Cân đối quả sim",
                        staff="Lao động", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu theo kênh",
                        cost="Chi phí sản xuất kinh doanh", sum="Kết quả kinh doanh dự kiến"),
            vol_base=True),
    breaks=["rev:sieuthi:1"],
    costs=[("raw", "Gạo nếp, men", 0), ("raw", "Quả sim", 1),
           ("unit", "Chai, hộp quà, nhãn, nút", {0: 9000, 1: 45000}),
           ("unit", "Củi, điện, nước", 4000),
           ("unit", "Chiết khấu, phí trưng bày", {0: 8000, 1: 20000}),
           ("wage", "Tiền công"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Quảng bá, hội chợ, chi phí khác", [150, 160, 170])],
)

# jr06: honey, household business; a hospital (a month x 12), supermarket central purchasing
# (a month x 12), company gift orders, open market.
PLANS["jr06"] = dict(
    stem="jr06_mat_ong_vu_quang_hkd", verdict="revise", rules=["material-shortfall", "no-label-plan",
                                                               "payback-mismatch"],
    products=[("Mật ong chai 0,5 kg", "chai", 0.5), ("Mật ong hũ 1 kg", "hũ", 1.0)], base="kg",
    channels=[
        dict(key="benhvien", prod=1, label="Khoa Dinh dưỡng bệnh viện", inst=True, kind="month",
             form="Chào hàng cạnh tranh, HĐ 12 tháng", qty=50, months=12,
             price=[260000, 268000, 276000], pay=60, guar=3),
        dict(key="sieuthi", prod=0, label="Chuỗi siêu thị Hồng Lam Mart", inst=True, kind="month",
             form="Hợp đồng nguyên tắc, đơn hàng tháng", qty=[250, 320, 400], months=12,
             price=("idx", 150000, 0.03), pay=45, guar=0),
        dict(key="congty", prod=0, label="Quà Tết 5 công ty", inst=True, kind="year",
             form="Đơn đặt hàng cuối năm", qty=[1000, 1200, 1400],
             price=[160000, 165000, 170000], pay=30, guar=0),
        dict(key="cho_chai", prod=0, label="Khách lẻ, online", inst=False, kind="year",
             qty=[1800, 2100, 2400], price=[190000, 196000, 202000]),
        dict(key="cho_hu", prod=1, label="Khách lẻ: hũ 1 kg", inst=False, kind="year",
             qty=[500, 560, 620], price=[350000, 360000, 370000]),
    ],
    hist=dict(out=[3300, 3550, 3800], price=[290000, 295000, 300000], margin=[0.14, 0.145, 0.15]),
    cap=dict(rating=40, days=250, prods=None),
    raws=[dict(label="Mật ong thô", unit="kg", norm={0: 0.525, 1: 1.05}, price=[150000, 155000, 160000],
               supply=[("Đàn ong của hộ (190 đàn × 15 kg)", 190, 15),
                       ("Hộ nuôi ong liên kết (12 hộ × 120 kg)", 12, 120)])],
    roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Chăm ong, quay mật", [2, 2, 2]), ("Lọc, đóng chai, giao hàng", [1, 1, 1])],
    wage=[5.5, 5.8, 6.1],
    inv=[("Máy hạ thủy phần mật ong", 150, True), ("Bồn lắng inox, máy lọc", 70, True),
         ("Bổ sung 40 thùng ong và ong giống", 80, True), ("Phòng lọc, đóng chai 30 m²", 100, True)],
    wc_stock=("Chai, hũ dự trữ", 30.0),
    src=[("Vốn tự có của hộ", None), ("Vay Ngân hàng Chính sách xã hội", 200)],
    life=8, loan=[200, 130, 60], rate=0.066,
    use=["hist", "contracts", "sched_month", "price", "vol", "raw0", "cap", "staff", "wc", "inv", "src", "rev", "cost",
         "sum"],
    tv=dict(sched_only=["benhvien", "sieuthi"], no_spare0=True, cap_rating="Máy hạ thủy phần (kg/ngày)",
            cap_out="Mật ong thành phẩm (kg)",
            titles=dict(hist="Sản lượng, doanh thu ba năm gần đây", contracts="Các hợp đồng bán mật ong năm 2027",
                        sched_month="Lượng giao hằng tháng theo hợp đồng năm 2027", price="Giá bán theo từng kênh",
                        vol="Kế hoạch tiêu thụ theo kênh", raw0="Nguồn mật ong thô", cap="Công suất thiết bị",
                        staff="Lao động của hộ", wc="Tiền bị đọng do trả chậm và bảo đảm hợp đồng",
                        inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Lãi lỗ dự kiến"),
            need_label0="Mật ong thô cần cho sản xuất (kg)", blocks=dict(staff="tab"), stock_basis="2 tháng"),
    breaks=["raw0:enough:1", "raw0:enough:2", "payback"],
    costs=[("raw", "Mật ong thô (kể cả của hộ)", 0),
           ("unit", "Chai, hũ, nắp, thùng", {0: 9000, 1: 14000}),
           ("unit", "Điện, kiểm nghiệm", 3000),
           ("share", "Chiết khấu, vận chuyển", 0.05, "rev"),
           ("wage", "Tiền công"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Chi phí khác", [20, 20, 22])],
)

# jr07: rice, HTX; two army units (quarters), schools (portions), industrial-zone caterers (a month
# x 12), open market.
PLANS["jr07"] = dict(
    stem="jr07_gao_cam_due_htx", verdict="revise", rules=["capacity-exceeded", "table-total-mismatch",
                                                          "no-quality-control"],
    products=[("Gạo tẻ Khang dân", "kg", 1.0), ("Gạo thơm", "kg", 1.0)], base="kg",
    channels=[
        dict(key="qd1", prod=0, label="Trung đoàn 841", inst=True, kind="quarter",
             form="Hợp đồng nguyên tắc 12 tháng", quarters=[[14000] * 4, [15000] * 4, [17000] * 4],
             price=("idx", 16500, 0.03), pay=30, guar=3),
        dict(key="qd2", prod=0, label="Tiểu đoàn huấn luyện 27", inst=True, kind="quarter",
             form="Hợp đồng nguyên tắc 12 tháng", quarters=[[9000, 9000, 12000, 12000], [12000, 12000, 15000, 15000],
                                                            [15000, 15000, 18000, 18000]],
             price=("idx", 16500, 0.03), pay=30, guar=3),
        dict(key="truong", prod=1, label="Bếp ăn bán trú 14 trường", inst=True, kind="portion",
             form="Chào giá cạnh tranh, HĐ theo năm học", portions=[4200, 4500, 4800], g=80, days=170,
             price=("idx", 21000, 0.03), pay=30, guar=0),
        dict(key="kcn", prod=0, label="2 nhà thầu suất ăn khu công nghiệp", inst=True, kind="month",
             form="Hợp đồng khung, đơn hàng tháng", qty=[8000, 9000, 10000], months=12,
             price=("idx", 16800, 0.03), pay=30, guar=0),
        dict(key="cho_te", prod=0, label="Đại lý, chợ: gạo tẻ", inst=False, kind="year",
             qty=[60000, 64000, 68000], price=[18000, 18500, 19000]),
        dict(key="cho_thom", prod=1, label="Đại lý, chợ: gạo thơm", inst=False, kind="year",
             qty=[30000, 33000, 36000], price=[23000, 23500, 24000]),
    ],
    hist=dict(out=[255000, 280000, 305000], price=[15600, 16000, 16500], margin=[0.05, 0.055, 0.06]),
    cap=dict(rating=1400, days=280, prods=None),
    raws=[dict(label="Thóc", unit="kg", norm={0: 1.5, 1: 1.55}, price=[8000, 8200, 8400],
               supply=[("Cánh đồng lớn của hợp tác xã (120 ha × 5.500 kg)", 120, 5500),
                       ("Hộ liên kết xã Cẩm Quang (50 ha × 5.500 kg)", 50, 5500)])],
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Sấy, xay xát, đánh bóng", [4, 4, 4]),
           ("Đóng bao, kho", [3, 3, 3]), ("Giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    inv=[("Máy sấy thóc 10 tấn/mẻ", 450, True), ("Kho chứa thóc 300 tấn", 600, True),
         ("Máy đóng bao, cân điện tử", 120, True), ("Xe tải 2,5 tấn", 480, True)],
    wc_stock=("Thóc dự trữ 1 tháng", 400.0),
    src=[("Vốn góp của thành viên", 900), ("Quỹ đầu tư phát triển của hợp tác xã", None),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1200)],
    life=10, loan=[1200, 960, 720], rate=0.08,
    use=["hist", "contracts", "sched_quarter", "sched_portion", "price", "vol", "raw0", "cap", "staff", "wc", "inv",
         "src", "rev", "cost", "sum"],
    tv=dict(sched_only=["qd1", "qd2", "truong"], no_use=True,
            titles=dict(hist="Kết quả kinh doanh gạo 2024 – 2026", contracts="Hợp đồng cung ứng gạo năm 2027",
                        sched_quarter="Khối lượng gạo giao các đơn vị quân đội theo quý năm 2027",
                        sched_portion="Nhu cầu gạo thơm của bếp ăn bán trú năm 2027",
                        price="Giá bán gạo theo kênh", vol="Sản lượng gạo tiêu thụ",
                        raw0="Nguồn thóc và nhu cầu", cap="Năng lực xay xát", staff="Lao động làm việc tại xưởng",
                        wc="Vốn lưu động cho các hợp đồng", inv="Tổng mức đầu tư", src="Nguồn vốn",
                        rev="Doanh thu", cost="Chi phí", sum="Hiệu quả"),
            cap_out="Gạo thành phẩm (kg)", cap_rating="Máy xát, đánh bóng (kg/ngày)", stock_basis="1 tháng"),
    breaks=["sched_quarter:total", "cap:within:2"],
    costs=[("raw", "Thóc nguyên liệu", 0),
           ("unit", "Điện, bao bì", 350),
           ("share", "Vận chuyển, bốc xếp", 0.02, "rev"),
           ("wage", "Tiền lương"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Chi phí khác", [80, 85, 90])],
)

# jr08: đậu phụ, household business; schools and a health centre (deliveries a week x weeks),
# open market; output doubling on hoped-for contracts.
PLANS["jr08"] = dict(
    stem="jr08_dau_phu_hong_loc_hkd", verdict="revise", rules=["no-environment-measures", "profit-mismatch",
                                                               "unrealistic-growth"],
    products=[("Đậu phụ", "kg", 1.0)], base="kg",
    channels=[
        dict(key="truong", prod=0, label="Bếp ăn bán trú các trường", inst=True, kind="week",
             form="Chào giá, hợp đồng theo năm học", per_week=3, qty=[40, 120, 240], weeks=35,
             price=("idx", 26000, 0.03), pay=30, guar=0),
        dict(key="ytte", prod=0, label="Bếp ăn Trung tâm Y tế khu vực", inst=True, kind="week",
             form="Chào hàng cạnh tranh, HĐ 12 tháng", per_week=6, qty=[15, 30, 45], weeks=52,
             price=("idx", 26500, 0.03), pay=45, guar=3),
        dict(key="cho", prod=0, label="Chợ Hồng Lộc, chợ Nghèn", inst=False, kind="year",
             qty=[18000, 24000, 30000], price=[28000, 29000, 30000]),
    ],
    hist=dict(out=[20000, 22500, 24800], price=[25000, 26000, 27000], margin=[0.12, 0.12, 0.125]),
    cap=dict(rating=250, days=300, prods=None),
    raws=[dict(label="Đậu tương hạt", unit="kg", norm={0: 0.5}, price=[18000, 18500, 19000],
               supply=[("Hộ trồng đậu tương Hồng Lộc (60 hộ × 300 kg)", 60, 300),
                       ("Đại lý nông sản Nghèn (hợp đồng khung 25 tấn)", 1, 25000)])],
    roles=[("Chủ hộ", [1, 1, 1]), ("Xay, nấu, ép đậu, giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    inv=[("Máy xay đậu liên hoàn, nồi nấu hơi", 140, True), ("Khuôn ép inox, bàn ép", 40, True),
         ("Xe ba gác máy có thùng kín", 60, True), ("Cải tạo bếp, mái che 40 m²", 60, True)],
    wc_stock=("Đậu tương, than dự trữ", 30.0),
    src=[("Vốn tự có của hộ", None), ("Vay Ngân hàng Chính sách xã hội", 100)],
    life=8, loan=[100, 70, 40], rate=0.066,
    use=["hist", "contracts", "sched_week", "price", "vol", "raw0", "cap", "staff", "wc", "inv", "src", "rev", "cost",
         "sum"],
    tv=dict(titles=dict(hist="Kết quả bán đậu phụ 2024 – 2026", contracts="Hợp đồng với bếp ăn năm 2027",
                        sched_week="Lịch giao đậu phụ cho các bếp ăn năm 2027", price="Giá bán",
                        vol="Sản lượng tiêu thụ dự kiến", raw0="Đậu tương nguyên liệu", cap="Công suất máy",
                        staff="Lao động", wc="Vốn lưu động", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                        cost="Chi phí", sum="Lợi nhuận"),
            cap_rating="Công suất máy xay, nấu (kg đậu phụ/ngày)", stock_basis="10 ngày"),
    breaks=["profit:0", "growth:1", "growth:2", "outgrowth:1", "outgrowth:2"],
    costs=[("raw", "Đậu tương", 0),
           ("unit", "Than, điện, nước, men", 3500),
           ("unit", "Túi, khay, lá chuối", 600),
           ("share", "Giao hàng, phí chợ", 0.03, "rev"),
           ("wage", "Tiền công"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Chi phí khác", [12, 12, 12])],
)

# jr09: cà gai leo tea, Công ty TNHH; hospital tender (a yearly lot), company canteens (quarters),
# supermarket central purchasing (a month x 12), open market.
PLANS["jr09"] = dict(
    stem="jr09_tra_ca_gai_leo_xuan_loc_cty", verdict="revise", rules=["capital-mismatch", "no-product-standard",
                                                                     "figure-inconsistent"],
    products=[("Trà cà gai leo túi lọc, hộp 25 túi", "hộp", 0.05), ("Cà gai leo khô, túi 500 g", "túi", 0.5)],
    base="kg",
    channels=[
        dict(key="benhvien", prod=0, label="Gói thầu 2 bệnh viện", inst=True, kind="year",
             form="Đấu thầu rộng rãi, HĐ 12 tháng", qty=[8000, 8400, 8800],
             price=[42000, 43000, 44000], pay=60, guar=3),
        dict(key="congty", prod=0, label="Căng tin 4 công ty", inst=True, kind="quarter",
             form="Hợp đồng khung, đặt hàng theo quý",
             quarters=[[1500, 1500, 1800, 2200], [1600, 1600, 1900, 2300], [1700, 1700, 2000, 2400]],
             price=("idx", 45000, 0.03), pay=30, guar=0),
        dict(key="sieuthi", prod=0, label="Chuỗi siêu thị Sen Vàng", inst=True, kind="month",
             form="Hợp đồng nguyên tắc, đơn hàng tháng", qty=[800, 850, 900], months=12,
             price=("idx", 48000, 0.03), pay=45, guar=0),
        dict(key="cho_hop", prod=0, label="Nhà thuốc, đại lý", inst=False, kind="year",
             qty=[6000, 6400, 6800], price=[60000, 62000, 64000]),
        dict(key="cho_tui", prod=1, label="Nhà thuốc, đại lý: hàng khô", inst=False, kind="year",
             qty=[2000, 2100, 2200], price=[120000, 124000, 128000]),
    ],
    hist=dict(out=[1900, 2100, 2300], price=[640000, 655000, 670000], margin=[0.1, 0.11, 0.115]),
    cap=dict(rating=14, days=260, prods=None),
    raws=[dict(label="Cà gai leo tươi", unit="kg", norm={0: 0.2, 1: 2.0}, price=[9000, 9300, 9600],
               supply=[("Vùng trồng của công ty (3 ha × 2.500 kg)", 3, 2500),
                       ("Hộ liên kết xã Xuân Lộc (20 hộ × 400 kg)", 20, 400)])],
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
           ("Sấy, nghiền, đóng túi lọc", [3, 3, 3]), ("Kinh doanh, giao hàng", [2, 2, 2])],
    wage=[6.5, 6.8, 7.1],
    inv=[("Máy sấy bơm nhiệt", 240, True), ("Máy nghiền, máy đóng túi lọc tự động", 380, True),
         ("Nhà sơ chế, phòng đóng gói 120 m²", 300, True), ("Bao bì, tem truy xuất", 40, False)],
    wc_stock=("Nguyên liệu khô, bao bì dự trữ", 80.0),
    src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại cổ phần", 350)],
    life=10, loan=[350, 280, 210], rate=0.085,
    use=["hist", "contracts", "sched_quarter", "sched_month", "price", "vol", "raw0", "cap", "staff", "wc", "inv",
         "src", "rev", "cost", "sum"],
    tv=dict(sched_only=["congty", "sieuthi"], vol_base=True, ylab="Năm {}",
            titles=dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026 (quy ra kg trà khô)",
                        contracts="Hợp đồng với khách hàng tổ chức năm 2027",
                        sched_quarter="Đơn hàng theo quý của căng tin 4 công ty năm 2027",
                        sched_month="Đơn hàng tháng của chuỗi siêu thị năm 2027", price="Giá bán theo kênh",
                        vol="Kế hoạch tiêu thụ theo kênh", raw0="Cân đối cà gai leo tươi",
                        cap="Công suất máy sấy và mức sử dụng", staff="Nhân sự", wc="Vốn lưu động theo hợp đồng",
                        inv="Nhu cầu vốn đầu tư", src="Nguồn vốn huy động", rev="Doanh thu theo kênh",
                        cost="Chi phí sản xuất kinh doanh", sum="Hiệu quả kinh tế"),
            cap_out="Trà khô thành phẩm (kg)", cap_rating="Máy sấy (kg khô/ngày)", stock_basis="1,5 tháng"),
    breaks=["src=inv"],
    costs=[("raw", "Cà gai leo tươi", 0),
           ("unit", "Túi lọc, hộp, thùng", {0: 6500, 1: 8000}),
           ("unit", "Điện sấy, nước", 9000),
           ("share", "Bán hàng, vận chuyển", 0.06, "rev"),
           ("share", "Bảo lãnh, dự phòng phạt", 0.01, "inst"),
           ("wage", "Tiền lương"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Chi phí khác", [50, 50, 55])],
)

# jr10: chả cá, tổ hợp tác; schools (terms), an industrial-zone kitchen (deliveries a week),
# supermarket central purchasing (a month x 12), open market.
PLANS["jr10"] = dict(
    stem="jr10_cha_ca_cam_nhuong_tht", verdict="revise", rules=["no-food-safety", "name-inconsistent",
                                                               "boilerplate"],
    products=[("Chả cá", "kg", 1.0)], base="kg",
    channels=[
        dict(key="truong", prod=0, label="Bếp ăn bán trú 7 trường", inst=True, kind="term",
             form="Chào giá cạnh tranh, HĐ theo năm học", terms=[[1800, 1600], [1900, 1700], [2000, 1800]],
             price=("idx", 150000, 0.03), pay=30, guar=0),
        dict(key="kcn", prod=0, label="Bếp ăn Công ty Vũng Áng Xanh", inst=True, kind="week",
             form="Hợp đồng khung 12 tháng", per_week=2, qty=60, weeks=50,
             price=("idx", 145000, 0.03), pay=30, guar=3),
        dict(key="sieuthi", prod=0, label="Chuỗi siêu thị Hồng Lam Mart", inst=True, kind="month",
             form="Hợp đồng nguyên tắc, đơn hàng tháng", qty=[400, 420, 440], months=12,
             price=("idx", 155000, 0.03), pay=45, guar=0),
        dict(key="cho", prod=0, label="Chợ, nhà hàng, khách lẻ", inst=False, kind="year",
             qty=[5000, 5200, 5400], price=[180000, 185000, 190000]),
    ],
    hist=dict(out=[15500, 16800, 18000], price=[155000, 160000, 165000], margin=[0.09, 0.095, 0.1]),
    cap=dict(rating=100, days=280, prods=None),
    raws=[dict(label="Cá tươi (cá thu, cá mối)", unit="kg", norm={0: 1.6}, price=[45000, 46000, 47000],
               supply=[("Tàu cá của tổ viên (5 tàu × 5.000 kg)", 5, 5000),
                       ("Nậu vựa cảng Cửa Nhượng (hợp đồng)", 1, 12000)])],
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Lọc cá, quết chả, chiên hấp", [6, 6, 6]),
           ("Đóng gói, giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    inv=[("Máy xay quết chả, máy định hình", 220, True), ("Tủ cấp đông, kho lạnh 20 m³", 260, True),
         ("Máy hút chân không", 60, True), ("Xe tải lạnh 1 tấn", 480, True)],
    wc_stock=("Cá, bao bì dự trữ", 120.0),
    src=[("Vốn góp của tổ viên", None), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
    life=10, loan=[700, 560, 420], rate=0.08,
    use=["hist", "contracts", "sched_term", "sched_month", "price", "vol", "raw0", "cap", "staff", "wc", "inv", "src",
         "rev", "cost", "sum"],
    tv=dict(sched_only=["truong", "sieuthi"],
            titles=dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", contracts="Các hợp đồng cung ứng năm 2027",
                        sched_term="Chả cá giao bếp ăn bán trú theo học kỳ", sched_month="Đơn hàng tháng của siêu thị",
                        price="Giá bán theo kênh", vol="Sản lượng tiêu thụ", raw0="Cân đối cá nguyên liệu",
                        cap="Công suất và mức sử dụng", staff="Lao động", wc="Vốn lưu động theo hợp đồng",
                        inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả"),
            cap_rating="Công suất máy quết, định hình (kg/ngày)", stock_basis="10 ngày", rev_split=True),
    costs=[("raw", "Cá tươi", 0),
           ("unit", "Gia vị, dầu, bao bì", 9000),
           ("unit", "Điện, đá lạnh, nước", 3500),
           ("share", "Vận chuyển, chiết khấu", 0.03, "rev"),
           ("wage", "Tiền công"),
           ("dep", "Khấu hao"),
           ("int", "Lãi vay"),
           ("fixed", "Chi phí khác", [50, 50, 55])],
)


# jr11, jr12: sketchy plans (no table, a few loose figures)
PLANS["jr11"] = dict(stem="jr11_gia_do_rau_mam_so_sai", verdict="sketchy")
PLANS["jr12"] = dict(stem="jr12_choi_dot_so_sai", verdict="sketchy")


# --------------------------------------------------------------------------- model
def qty(ch: dict, y: int) -> int:
    k = ch["kind"]
    if k == "portion":
        return round(_y(ch["portions"], y) * _y(ch["g"], y) * _y(ch["days"], y) / 1000)
    if k == "week":
        return _y(ch["per_week"], y) * _y(ch["qty"], y) * _y(ch["weeks"], y)
    if k == "day":
        return _y(ch["qty"], y) * _y(ch["days"], y)
    if k == "term":
        return sum(ch["terms"][y])
    if k == "quarter":
        return sum(ch["quarters"][y])
    if k == "month":
        return _y(ch["qty"], y) * _y(ch["months"], y)
    if k == "year":
        return _y(ch["qty"], y)
    raise ValueError(k)


def prices(ch: dict) -> list[int]:
    p = ch["price"]
    if isinstance(p, tuple) and p[0] == "idx":
        return [r100(p[1] * (1 + p[2]) ** n) for n in range(3)]
    return list(p)


@dataclass
class Model:
    P: dict
    q: dict = field(default_factory=dict)       # channel -> [qty x 3]
    price: dict = field(default_factory=dict)   # channel -> [đồng x 3]
    rev: dict = field(default_factory=dict)     # channel -> [triệu x 3]
    out: list = field(default_factory=list)     # product -> [qty x 3]
    outb: list = field(default_factory=list)    # base unit x 3
    rev_total: list = field(default_factory=list)
    inst_rev: list = field(default_factory=list)
    cap: list = field(default_factory=list)
    cap_out: list = field(default_factory=list)
    use: list = field(default_factory=list)
    need: list = field(default_factory=list)    # material -> [x 3]
    supply: list = field(default_factory=list)  # material -> [rows], total
    staff: list = field(default_factory=list)
    fund: list = field(default_factory=list)
    wc: dict = field(default_factory=dict)
    inv_total: float = 0.0
    fixed: float = 0.0
    dep: float = 0.0
    src: list = field(default_factory=list)
    cost_lines: list = field(default_factory=list)  # (label, [x 3], basis)
    cost_total: list = field(default_factory=list)
    profit: list = field(default_factory=list)
    margin: list = field(default_factory=list)
    payback: float = 0.0
    hist_rev: list = field(default_factory=list)
    hist_profit: list = field(default_factory=list)


def model(P: dict) -> Model:
    m = Model(P)
    chans = P["channels"]
    for ch in chans:
        k = ch["key"]
        m.q[k] = [qty(ch, y) for y in range(3)]
        m.price[k] = prices(ch)
        m.rev[k] = [r1(m.q[k][y] * m.price[k][y] / 1e6) for y in range(3)]
    prods = P["products"]
    m.out = [[sum(m.q[c["key"]][y] for c in chans if c["prod"] == i) for y in range(3)]
             for i in range(len(prods))]
    m.outb = [sum(m.out[i][y] * prods[i][2] for i in range(len(prods))) for y in range(3)]
    m.rev_total = [r1(sum(m.rev[c["key"]][y] for c in chans)) for y in range(3)]
    m.inst_rev = [r1(sum(m.rev[c["key"]][y] for c in chans if c["inst"])) for y in range(3)]
    cp = P["cap"]
    sel = cp["prods"] if cp["prods"] is not None else range(len(prods))
    m.cap = [_y(cp["rating"], y) * _y(cp["days"], y) for y in range(3)]
    m.cap_out = [sum(m.out[i][y] * prods[i][2] for i in sel) for y in range(3)]
    m.use = [r1(m.cap_out[y] / m.cap[y] * 100) for y in range(3)]
    for rw in P["raws"]:
        m.need.append([round(sum(m.out[i][y] * n for i, n in rw["norm"].items())) for y in range(3)])
        rows = [_y(c, 0) * yl for _, c, yl in rw["supply"]]
        m.supply.append((rows, sum(rows)))
    m.staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    m.fund = [r1(m.staff[y] * P["wage"][y] * 12) for y in range(3)]
    # working capital tied up by the contracts (year 1): receivables and guarantees
    if P.get("wc_stock"):
        rows = []
        for ch in chans:
            if not ch["inst"]:
                continue
            v = m.rev[ch["key"]][0]
            rows.append((ch["key"], v, ch["pay"], r1(v * ch["pay"] / 360), ch["guar"],
                         r1(v * ch["guar"] / 100)))
        recv = r1(sum(r[3] for r in rows))
        guar = r1(sum(r[5] for r in rows))
        total = r1(recv + guar + P["wc_stock"][1])
        m.wc = dict(rows=rows, recv=recv, guar=guar, total=total)
    items = sum(a for _, a, _ in P["inv"])
    m.fixed = sum(a for _, a, f in P["inv"] if f)
    m.inv_total = r1(items + (m.wc["total"] if m.wc else 0))
    m.dep = r1(m.fixed / P["life"])
    known = sum(a for _, a in P["src"] if a is not None)
    m.src = [(lab, a if a is not None else r1(m.inv_total - known)) for lab, a in P["src"]]
    for line in P["costs"]:
        kind, label = line[0], line[1]
        if kind == "raw":
            i = line[2]
            vals = [r1(m.need[i][y] * P["raws"][i]["price"][y] / 1e6) for y in range(3)]
        elif kind == "unit":
            rate = line[2]
            if isinstance(rate, dict):
                vals = [r1(sum(m.out[i][y] * r for i, r in rate.items()) / 1e6) for y in range(3)]
            else:
                vals = [r1(m.outb[y] * rate / 1e6) for y in range(3)]
        elif kind == "share":
            base = m.rev_total if line[3] == "rev" else m.inst_rev
            vals = [r1(base[y] * line[2]) for y in range(3)]
        elif kind == "wage":
            vals = list(m.fund)
        elif kind == "dep":
            vals = [m.dep] * 3
        elif kind == "int":
            vals = [r1(P["loan"][y] * P["rate"]) for y in range(3)]
        elif kind == "fixed":
            vals = [float(v) for v in line[2]]
        else:
            raise ValueError(kind)
        m.cost_lines.append((label, vals, line))
    m.cost_total = [r1(sum(v[y] for _, v, _ in m.cost_lines)) for y in range(3)]
    m.profit = [r1(m.rev_total[y] - m.cost_total[y]) for y in range(3)]
    m.margin = [r1(m.profit[y] / m.rev_total[y] * 100) for y in range(3)]
    m.payback = r1(m.inv_total / (sum(m.profit) / 3 + m.dep))
    h = P["hist"]
    m.hist_rev = [r1(h["out"][y] * h["price"][y] / 1e6) for y in range(3)]
    m.hist_profit = [r1(m.hist_rev[y] * h["margin"][y]) for y in range(3)]
    return m



# --------------------------------------------------------------------------- tables
@dataclass
class Num:
    v: float
    d: int = 0

    def text(self) -> str:
        return fmt(self.v, self.d)


@dataclass
class Table:
    key: str
    title: str
    header: list
    rows: list            # [(rowkey, [cells])]; a cell is a str or a Num
    unit: str = ""        # the "ĐVT: ..." line before the table, if any
    years: bool = True    # the last three cells of a row are the years 2027-2029
    block: str = ""       # "tab" or "không kẻ": the FORMAT.md block the table sits in

    def cell(self, rowkey: str, col: int):
        for k, cells in self.rows:
            if k == rowkey:
                return cells[col]
        raise KeyError((self.key, rowkey))


def ylabels(P: dict) -> list[str]:
    f = P.get("tv", {}).get("ylab", "Năm {}")
    return [f.format(y) for y in YEARS]


def _N(v, d=0):
    return Num(v, d)


def tables(P: dict, m: Model) -> dict[str, Table]:
    """Every table of the plan with its true values (before the planted overrides)."""
    tv = P.get("tv", {})
    T: dict[str, Table] = {}
    YL = ylabels(P)
    prods = P["products"]
    chans = P["channels"]
    by = {c["key"]: c for c in chans}
    base = P["base"]
    title = lambda k, d: tv.get("titles", {}).get(k, d)  # noqa: E731
    lab = lambda c: c["label"]  # noqa: E731

    h = P["hist"]
    T["hist"] = Table("hist", title("hist", "Kết quả sản xuất kinh doanh 2024 – 2026"),
                      ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS], [
                          ("out", ["1", f"Sản lượng ({base})"] + [_N(v) for v in h["out"]]),
                          ("price", ["2", f"Giá bán bình quân (đồng/{base})"] + [_N(v) for v in h["price"]]),
                          ("rev", ["3", "Doanh thu (triệu đồng)"] + [_N(v, 1) for v in m.hist_rev]),
                          ("profit", ["4", "Lợi nhuận (triệu đồng)"] + [_N(v, 1) for v in m.hist_profit])])

    units = {p[1] for p in prods}
    one_unit = len(units) == 1
    pu = lambda c: prods[c["prod"]][1]  # noqa: E731
    inst = [c for c in chans if c["inst"]]
    T["contracts"] = Table(
        "contracts", title("contracts", "Các hợp đồng cung ứng đã ký và dự kiến năm 2027"),
        ["Bên mua", "Hình thức, thời hạn",
         f"Giá 2027 (đồng/{prods[0][1]})" if one_unit else "Giá 2027 (đồng)",
         "Trả tiền sau (ngày)", "Bảo đảm (%)"],
        [(c["key"], [lab(c) if one_unit else f"{lab(c)} ({pu(c)})", c["form"], _N(m.price[c["key"]][0]),
                     _N(c["pay"]), _N(c["guar"]) if c["guar"] else "không"]) for c in inst], years=False)

    def sched(kind):
        cs = [c for c in chans if c["kind"] == kind and c["key"] in tv.get("sched_only", [c["key"]])]
        if not cs:
            return None
        u = pu(cs[0])
        if kind == "portion":
            hd = ["Bên mua", "Suất/ngày", "Gam/suất", "Ngày/năm", f"Cả năm ({u})"]
            rows = [(c["key"], [lab(c), _N(_y(c["portions"], 0)), _N(_y(c["g"], 0)), _N(_y(c["days"], 0)),
                                _N(m.q[c["key"]][0])]) for c in cs]
        elif kind == "week":
            hd = ["Bên mua", "Lần/tuần", f"{u}/lần", "Số tuần", f"Cả năm ({u})"]
            rows = [(c["key"], [lab(c), _N(_y(c["per_week"], 0)), _N(_y(c["qty"], 0)), _N(_y(c["weeks"], 0)),
                                _N(m.q[c["key"]][0])]) for c in cs]
        elif kind == "day":
            hd = ["Bên mua", f"{u}/ngày", "Ngày/năm", f"Cả năm ({u})"]
            rows = [(c["key"], [lab(c), _N(_y(c["qty"], 0)), _N(_y(c["days"], 0)), _N(m.q[c["key"]][0])])
                    for c in cs]
        elif kind == "term":
            hd = ["Bên mua", "Học kỳ I", "Học kỳ II", f"Cả năm học ({u})"]
            rows = [(c["key"], [lab(c)] + [_N(v) for v in c["terms"][0]] + [_N(m.q[c["key"]][0])]) for c in cs]
        elif kind == "quarter":
            hd = ["Bên mua", "Quý I", "Quý II", "Quý III", "Quý IV", f"Cả năm ({u})"]
            rows = [(c["key"], [lab(c)] + [_N(v) for v in c["quarters"][0]] + [_N(m.q[c["key"]][0])])
                    for c in cs]
        elif kind == "month":
            hd = ["Bên mua", f"{u}/tháng", "Số tháng", f"Cả năm ({u})"]
            rows = [(c["key"], [lab(c), _N(_y(c["qty"], 0)), _N(_y(c["months"], 0)), _N(m.q[c["key"]][0])])
                    for c in cs]
        else:
            return None
        if len(cs) > 1 and len({pu(c) for c in cs}) == 1:
            if kind in ("term", "quarter"):
                rows.append(("total", ["Cộng"] + [_N(sum(r[1][j].v for r in rows)) for j in range(1, len(hd))]))
            else:
                rows.append(("total", ["Cộng"] + [""] * (len(hd) - 2) + [_N(sum(m.q[c["key"]][0] for c in cs))]))
        return Table(f"sched_{kind}", title(f"sched_{kind}", f"Lịch giao hàng năm 2027 ({kind})"), hd, rows,
                     years=False)

    for kind in ("portion", "week", "day", "term", "quarter", "month"):
        t = sched(kind)
        if t:
            T[t.key] = t

    T["price"] = Table("price", title("price", "Giá bán theo hợp đồng và giá bán lẻ"),
                       ["Kênh bán"] + YL,
                       [(c["key"], [lab(c) if one_unit else f"{lab(c)} ({pu(c)})"] + [_N(v) for v in m.price[c["key"]]])
                        for c in chans], unit=tv.get("price_unit", f"ĐVT: đồng/{prods[0][1]}" if one_unit else "ĐVT: đồng"))

    rows = []
    for i, p in enumerate(prods):
        for c in chans:
            if c["prod"] == i:
                rows.append((c["key"], [lab(c)] + [_N(v) for v in m.q[c["key"]]]))
        if len(prods) > 1:
            rows.append((f"sub{i}", [f"Cộng {p[0].lower()} ({p[1]})"] + [_N(v) for v in m.out[i]]))
    if len(prods) == 1 or one_unit:
        rows.append(("total", [f"Tổng sản lượng ({base})"] + [_N(v) for v in m.outb]))
    if one_unit:
        share = [r1(sum(m.q[c["key"]][y] * prods[c["prod"]][2] for c in inst) / m.outb[y] * 100) for y in range(3)]
        rows.append(("share", ["Tỷ trọng bán theo hợp đồng (%)"] + [_N(v, 1) for v in share]))
    elif tv.get("vol_base"):
        rows.append(("total", [f"Tổng sản lượng quy đổi ({base})"] + [_N(v) for v in m.outb]))
    T["vol"] = Table("vol", title("vol", "Sản lượng tiêu thụ theo kênh 2027 – 2029"), ["Kênh tiêu thụ"] + YL, rows,
                     unit=tv.get("vol_unit", f"ĐVT: {prods[0][1]}" if one_unit else ""))

    cp = P["cap"]
    T["cap"] = Table("cap", title("cap", "Công suất thiết bị và mức sử dụng"), ["Chỉ tiêu"] + YL, [
        ("out", [tv.get("cap_out", f"Sản lượng ({base})")] + [_N(v) for v in m.cap_out]),
        ("rating", [tv.get("cap_rating", f"Công suất thiết kế ({base}/ngày)")] + [_N(_y(cp["rating"], y)) for y in range(3)]),
        ("days", ["Số ngày hoạt động"] + [_N(_y(cp["days"], y)) for y in range(3)]),
        ("cap", [tv.get("cap_year", f"Công suất năm ({base})")] + [_N(v) for v in m.cap])] +
        ([] if tv.get("no_use") else [("use", ["Mức sử dụng công suất (%)"] + [_N(v, 1) for v in m.use])]))

    for i, rw in enumerate(P["raws"]):
        sup, tot = m.supply[i]
        rows = [(f"s{j}", [s[0]] + [_N(sup[j])] * 3) for j, s in enumerate(rw["supply"])]
        rows.append(("sum", [f"Cộng nguồn cung ({rw['unit']})"] + [_N(tot)] * 3))
        rows.append(("need", [tv.get(f"need_label{i}", f"Nhu cầu theo kế hoạch ({rw['unit']})")] + [_N(v) for v in m.need[i]]))
        if not tv.get(f"no_spare{i}"):
            rows.append(("spare", [f"Còn dư ({rw['unit']})"] + [_N(tot - v) for v in m.need[i]]))
        rows.append(("price", [f"Giá mua (đồng/{rw['unit']})"] + [_N(v) for v in rw["price"]]))
        T[f"raw{i}"] = Table(f"raw{i}", title(f"raw{i}", f"Cân đối nguyên liệu: {rw['label'].lower()}"),
                             ["Nguồn cung / chỉ tiêu"] + YL, rows)

    rows = [(f"r{j}", [r[0]] + [_N(v) for v in r[1]]) for j, r in enumerate(P["roles"])]
    rows += [("total", ["Tổng số lao động (người)"] + [_N(v) for v in m.staff]),
             ("wage", ["Lương bình quân (triệu đồng/tháng)"] + [_N(v, 1) for v in P["wage"]]),
             ("fund", ["Quỹ lương năm (triệu đồng)"] + [_N(v, 1) for v in m.fund])]
    T["staff"] = Table("staff", title("staff", "Lao động và tiền lương"), ["Bộ phận"] + YL, rows)

    if m.wc:
        rows = []
        for k, v, d, rc, g, ga in m.wc["rows"]:
            rows.append((f"recv_{k}", [f"Phải thu: {lab(by[k]).lower()}", f"{fmt(v, 1)} × {d} : 360", _N(rc, 1)]))
        for k, v, d, rc, g, ga in m.wc["rows"]:
            if g:
                rows.append((f"guar_{k}", [f"Bảo đảm HĐ: {lab(by[k]).lower()}", f"{fmt(v, 1)} × {g} %", _N(ga, 1)]))
        rows.append(("stock", [P["wc_stock"][0], tv.get("stock_basis", "ước tính"), _N(P["wc_stock"][1], 1)]))
        rows.append(("total", ["Tổng vốn lưu động", "", _N(m.wc["total"], 1)]))
        T["wc"] = Table("wc", title("wc", "Vốn lưu động cho các hợp đồng năm 2027"),
                        ["Khoản", "Cách tính", "Số tiền"], rows, unit="ĐVT: triệu đồng", years=False)

    rows = [(f"i{j}", [str(j + 1), it[0], _N(it[1], 1 if it[1] % 1 else 0)]) for j, it in enumerate(P["inv"])]
    if m.wc:
        rows.append(("wc", [str(len(P["inv"]) + 1), tv.get("wc_item", "Vốn lưu động"), _N(m.wc["total"], 1)]))
    rows.append(("total", ["", "Tổng vốn đầu tư", _N(m.inv_total, 1)]))
    T["inv"] = Table("inv", title("inv", "Tổng vốn đầu tư"), ["TT", "Hạng mục", "Thành tiền"], rows,
                     unit="ĐVT: triệu đồng", years=False)

    stot = sum(s[1] for s in m.src)
    rows = [(f"s{j}", [s[0], _N(s[1], 1), _N(r1(s[1] / stot * 100), 1)]) for j, s in enumerate(m.src)]
    rows.append(("total", ["Tổng nguồn vốn", _N(r1(sum(s[1] for s in m.src)), 1), _N(100.0, 1)]))
    T["src"] = Table("src", title("src", "Nguồn vốn đầu tư"), ["Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows,
                     unit="ĐVT: triệu đồng", years=False)

    rows = [(c["key"], [lab(c)] + [_N(v, 1) for v in m.rev[c["key"]]]) for c in chans]
    if tv.get("rev_split"):
        rows.append(("inst", ["Doanh thu theo hợp đồng"] + [_N(v, 1) for v in m.inst_rev]))
        rows.append(("open", ["Doanh thu bán ngoài hợp đồng"] + [_N(r1(m.rev_total[y] - m.inst_rev[y]), 1) for y in range(3)]))
    rows.append(("total", ["Tổng doanh thu"] + [_N(v, 1) for v in m.rev_total]))
    T["rev"] = Table("rev", title("rev", "Doanh thu theo kênh bán"), ["Kênh bán"] + YL, rows, unit="ĐVT: triệu đồng")

    rows = []
    for j, (label, vals, line) in enumerate(m.cost_lines):
        kind = line[0]
        if kind == "raw":
            basis = "nhu cầu × giá mua"
        elif kind == "unit":
            basis = f"{fmt(line[2])} đ/{base}" if not isinstance(line[2], dict) else "theo sản phẩm"
        elif kind == "share":
            basis = f"{fmt(line[2] * 100, 1 if (line[2] * 1000) % 10 else 0)} % {'doanh thu' if line[3] == 'rev' else 'DT hợp đồng'}"
        elif kind == "wage":
            basis = "quỹ lương"
        elif kind == "dep":
            basis = f"{fmt(m.fixed)} : {P['life']} năm"
        elif kind == "int":
            basis = f"{fmt(P['rate'] * 100, 1 if (P['rate'] * 1000) % 10 else 0)} % dư nợ"
        else:
            basis = "ước tính"
        rows.append((f"c{j}", [label, basis] + [_N(v, 1) for v in vals]))
    rows.append(("total", ["Tổng chi phí", ""] + [_N(v, 1) for v in m.cost_total]))
    T["cost"] = Table("cost", title("cost", "Chi phí sản xuất kinh doanh"), ["Khoản mục", "Căn cứ"] + YL, rows,
                      unit="ĐVT: triệu đồng")

    T["sum"] = Table("sum", title("sum", "Tổng hợp hiệu quả kinh tế"), ["Chỉ tiêu"] + YL, [
        ("rev", ["Tổng doanh thu"] + [_N(v, 1) for v in m.rev_total]),
        ("cost", ["Tổng chi phí"] + [_N(v, 1) for v in m.cost_total]),
        ("profit", ["Lợi nhuận trước thuế"] + [_N(v, 1) for v in m.profit]),
        ("margin", ["Lợi nhuận/doanh thu (%)"] + [_N(v, 1) for v in m.margin]),
        ("dep", ["Khấu hao tài sản cố định"] + [_N(m.dep, 1)] * 3)], unit="ĐVT: triệu đồng")

    for k in ("comp", "terms", "papers", "timeline"):
        if k in P:
            spec = P[k]
            T[k] = Table(k, spec["title"], spec["header"],
                         [(f"t{j}", [c if not isinstance(c, (int, float)) else _N(c) for c in row])
                          for j, row in enumerate(spec["rows"])], unit=spec.get("unit", ""), years=False)
    for k, b in tv.get("blocks", {}).items():
        T[k].block = b
    return T


OVERRIDES: dict = {}   # plan -> function(model) -> {(table, row, col): (printed value, "plant" | "follow")}
PAYBACK: dict = {}     # plan -> function(model) -> the payback the plan prints (default: the true one)


def printed(P: dict, m: Model) -> dict[str, Table]:
    """The tables as the plan prints them: the true values with the planted overrides applied."""
    T = tables(P, m)
    f = OVERRIDES.get(P["stem"][:4])
    for (t, r, col), (v, kind) in (f(m) if f else {}).items():
        cells = next(c for k, c in T[t].rows if k == r)
        old = cells[col]
        cells[col] = Num(v, old.d)
    return T



# --------------------------------------------------------------------------- reading the plan back
_NUMCELL = re.compile(r"^-?[\d.,]+$")


def read_table(plan: Plan, T: Table) -> list[list[str]] | None:
    """The data rows of the table whose caption ends with T.title (None when absent)."""
    lines = plan.body.splitlines()
    for i, line in enumerate(lines):
        if line.strip().endswith(T.title) and re.match(r"(Bảng|Biểu) \d+", line.strip()):
            rows, j = [], i + 1
            while j < len(lines) and (not lines[j].strip() or lines[j].strip().startswith(("ĐVT", ":::"))):
                j += 1
            while j < len(lines) and lines[j].strip().startswith("|"):
                rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                j += 1
            return [r for r in rows[1:] if not all(set(c) <= set("-: ") for c in r)]
    return None


def tol_ok(a: float, b: float, d: int) -> bool:
    return abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.11 if d else 0.5)


def compare(plan: Plan, P: dict, m: Model) -> dict[str, Table]:
    """Every cell of every recomputed table against the plan; returns the tables as read back."""
    true = tables(P, m)
    shown = printed(P, m)
    ov = OVERRIDES.get(P["stem"][:4])
    ov = ov(m) if ov else {}
    read: dict[str, Table] = {}
    for key in P["use"]:
        T, S = true[key], shown[key]
        rows = read_table(plan, T)
        if rows is None:
            plan.failures.append(f"table not found: {T.title}")
            continue
        if len(rows) != len(T.rows):
            plan.failures.append(f"{T.title}: {len(rows)} rows, expected {len(T.rows)}")
            continue
        back = []
        for (rk, cells), (_, scells), got in zip(T.rows, S.rows, rows):
            if len(got) != len(cells):
                plan.failures.append(f"{T.title} / {rk}: {len(got)} cells, expected {len(cells)}")
                back.append((rk, scells))
                continue
            new = []
            for col, (c, sc, g) in enumerate(zip(cells, scells, got)):
                if isinstance(c, Num):
                    if not _NUMCELL.match(g):
                        plan.failures.append(f"{T.title} / {rk} / {col}: {g!r} is not a number")
                        new.append(sc)
                        continue
                    v = vn(g)
                    kind = ov.get((key, rk, col), (None, None))[1]
                    if kind == "plant":
                        if not off(v, c.v):
                            plan.failures.append(f"{T.title} / {rk} / {col}: planted {g} not off from true "
                                                 f"{fmt(c.v, c.d)} by more than 5 %")
                    elif kind == "follow":
                        if not tol_ok(v, sc.v, c.d):
                            plan.failures.append(f"{T.title} / {rk} / {col}: knock-on {g}, expected {sc.text()}")
                    elif not tol_ok(v, c.v, c.d):
                        plan.failures.append(f"{T.title} / {rk} / {col}: printed {g}, true {fmt(c.v, c.d)}")
                    new.append(Num(v, c.d))
                else:
                    if " ".join(str(c).split()) != " ".join(g.split()):
                        plan.failures.append(f"{T.title} / {rk} / {col}: text {g!r}, expected {c!r}")
                    new.append(g)
            back.append((rk, new))
        read[key] = Table(T.key, T.title, T.header, back, T.unit, T.years)
    return read


# --------------------------------------------------------------------------- relations from printed figures
def relations(P: dict, m: Model, R: dict[str, Table], payback_printed: float):
    """(name, printed, recomputed from printed figures, mode) for every relation a reviewer checks."""
    out = []
    add = lambda name, a, b, mode="eq": out.append((name, a, b, mode))  # noqa: E731
    chans = P["channels"]
    prods = P["products"]

    def v(t, r, col):
        c = R[t].cell(r, col)
        return c.v if isinstance(c, Num) else None

    def yv(t, r, y):
        return v(t, r, len(R[t].rows[0][1]) - 3 + y)

    # delivery schedules
    sched_q = {}
    for key, T in R.items():
        if not key.startswith("sched_"):
            continue
        kind = key[6:]
        for rk, cells in T.rows:
            if rk == "total":
                for j, cell in enumerate(cells):
                    if isinstance(cell, Num):
                        add(f"{key}:total" + ("" if j == len(cells) - 1 else f":{j}"), cell.v,
                            sum(c[j].v for k, c in T.rows if k != "total"))
                continue
            nums = [c.v for c in cells if isinstance(c, Num)]
            if kind == "portion":
                calc = round(nums[0] * nums[1] * nums[2] / 1000)
            elif kind in ("week",):
                calc = nums[0] * nums[1] * nums[2]
            elif kind in ("day", "month"):
                calc = nums[0] * nums[1]
            else:
                calc = sum(nums[:-1])
            add(f"{key}:{rk}", nums[-1], calc)
            sched_q[rk] = nums[-1]
    # schedules stated in prose only: the constants (the text facts check the words)
    for c in chans:
        if c["key"] not in sched_q and c["kind"] != "year":
            sched_q[c["key"]] = qty(c, 0)
    # volumes
    vol = {}
    if "vol" in R:
        for c in chans:
            vol[c["key"]] = [yv("vol", c["key"], y) for y in range(3)]
            if c["key"] in sched_q:
                add(f"vol:{c['key']}:2027", vol[c["key"]][0], sched_q[c["key"]])
        outp = []
        for i, p in enumerate(prods):
            s = [sum(vol[c["key"]][y] for c in chans if c["prod"] == i) for y in range(3)]
            outp.append(s)
            if len(prods) > 1:
                for y in range(3):
                    add(f"vol:sub{i}:{y}", yv("vol", f"sub{i}", y), s[y])
        outb = [sum(outp[i][y] * prods[i][2] for i in range(len(prods))) for y in range(3)]
        if any(k == "total" for k, _ in R["vol"].rows):
            for y in range(3):
                add(f"vol:total:{y}", yv("vol", "total", y), outb[y])
        if any(k == "share" for k, _ in R["vol"].rows):
            for y in range(3):
                inst = sum(vol[c["key"]][y] * prods[c["prod"]][2] for c in chans if c["inst"])
                add(f"vol:share:{y}", yv("vol", "share", y), inst / outb[y] * 100)
    else:
        outp, outb = m.out, m.outb
        vol = {c["key"]: m.q[c["key"]] for c in chans}
    # prices and revenue
    price = {c["key"]: ([yv("price", c["key"], y) for y in range(3)] if "price" in R else m.price[c["key"]])
             for c in chans}
    if "contracts" in R:
        for c in chans:
            if c["inst"]:
                add(f"contracts:{c['key']}:price", v("contracts", c["key"], 2), price[c["key"]][0])
    rev = {}
    for c in chans:
        rev[c["key"]] = [yv("rev", c["key"], y) for y in range(3)]
        for y in range(3):
            add(f"rev:{c['key']}:{y}", rev[c["key"]][y], vol[c["key"]][y] * price[c["key"]][y] / 1e6)
    rev_total = [yv("rev", "total", y) for y in range(3)]
    inst_rev = [sum(rev[c["key"]][y] for c in chans if c["inst"]) for y in range(3)]
    for y in range(3):
        add(f"rev:total:{y}", rev_total[y], sum(rev[c["key"]][y] for c in chans))
        if any(k == "inst" for k, _ in R["rev"].rows):
            add(f"rev:inst:{y}", yv("rev", "inst", y), inst_rev[y])
            add(f"rev:open:{y}", yv("rev", "open", y), sum(rev[c["key"]][y] for c in chans if not c["inst"]))
    # investment and sources
    inv_rows = [(k, c) for k, c in R["inv"].rows if k not in ("total",)]
    inv_total = v("inv", "total", 2)
    add("inv:total", inv_total, sum(c[2].v for _, c in inv_rows))
    fixed = sum(R["inv"].cell(f"i{j}", 2).v for j, it in enumerate(P["inv"]) if it[2])
    if "src" in R:
        srcs = [c[1].v for k, c in R["src"].rows if k != "total"]
        add("src:total", v("src", "total", 1), sum(srcs))
        add("src=inv", sum(srcs), inv_total)
        for k, c in R["src"].rows:
            if k != "total":
                add(f"src:{k}:share", c[2].v, c[1].v / sum(srcs) * 100)
    # working capital
    if "wc" in R:
        tot = 0.0
        for k, cells in R["wc"].rows:
            if k == "total":
                add("wc:total", cells[2].v, tot)
                if any(rk == "wc" for rk, _ in R["inv"].rows):
                    add("inv:wc", v("inv", "wc", 2), cells[2].v)
                continue
            tot += cells[2].v
            nums = [vn(x) for x in re.findall(r"[\d.,]*\d", cells[1])]
            if k.startswith("recv_"):
                add(f"wc:{k}", cells[2].v, nums[0] * nums[1] / 360)
                add(f"wc:{k}:value", nums[0], rev[k[5:]][0])
            elif k.startswith("guar_"):
                add(f"wc:{k}", cells[2].v, nums[0] * nums[1] / 100)
                add(f"wc:{k}:value", nums[0], rev[k[5:]][0])
    # staff
    if "staff" in R:
        for y in range(3):
            st = sum(yv("staff", f"r{j}", y) for j in range(len(P["roles"])))
            add(f"staff:total:{y}", yv("staff", "total", y), st)
            add(f"staff:fund:{y}", yv("staff", "fund", y), yv("staff", "total", y) * yv("staff", "wage", y) * 12)
        fund = [yv("staff", "fund", y) for y in range(3)]
    else:
        fund = m.fund
    # raw materials
    need = []
    for i, rw in enumerate(P["raws"]):
        key = f"raw{i}"
        if key not in R:
            need.append(m.need[i])
            continue
        nd = [yv(key, "need", y) for y in range(3)]
        need.append(nd)
        for y in range(3):
            sup = sum(yv(key, f"s{j}", y) for j in range(len(rw["supply"])))
            add(f"{key}:sum:{y}", yv(key, "sum", y), sup)
            add(f"{key}:need:{y}", nd[y], sum(outp[p][y] * n for p, n in rw["norm"].items()))
            add(f"{key}:enough:{y}", nd[y], yv(key, "sum", y), "le")
            if any(k == "spare" for k, _ in R[key].rows):
                add(f"{key}:spare:{y}", yv(key, "spare", y), yv(key, "sum", y) - nd[y])
        for j, s in enumerate(rw["supply"]):
            add(f"{key}:s{j}", yv(key, f"s{j}", 0), s[1] * s[2])
    # capacity
    cp = P["cap"]
    sel = cp["prods"] if cp["prods"] is not None else range(len(prods))
    capout = [sum(outp[i][y] * prods[i][2] for i in sel) for y in range(3)]
    if "cap" in R:
        for y in range(3):
            add(f"cap:out:{y}", yv("cap", "out", y), capout[y])
            add(f"cap:year:{y}", yv("cap", "cap", y), yv("cap", "rating", y) * yv("cap", "days", y))
            if any(k == "use" for k, _ in R["cap"].rows):
                add(f"cap:use:{y}", yv("cap", "use", y), capout[y] / yv("cap", "cap", y) * 100)
            add(f"cap:within:{y}", capout[y], yv("cap", "cap", y), "le")
    else:
        for y in range(3):
            add(f"cap:within:{y}", capout[y], m.cap[y], "le")
    # costs
    total_cost = [0.0, 0.0, 0.0]
    for j, (label, _, line) in enumerate(m.cost_lines):
        vals = [yv("cost", f"c{j}", y) for y in range(3)]
        kind = line[0]
        for y in range(3):
            total_cost[y] += vals[y]
            if kind == "raw":
                i = line[2]
                rp = yv(f"raw{i}", "price", y) if f"raw{i}" in R else P["raws"][i]["price"][y]
                add(f"cost:raw{i}:{y}", vals[y], need[i][y] * rp / 1e6)
            elif kind == "unit":
                rate = line[2]
                calc = (sum(outp[p][y] * r for p, r in rate.items()) if isinstance(rate, dict) else outb[y] * rate)
                add(f"cost:c{j}:{y}", vals[y], calc / 1e6)
            elif kind == "share":
                base = rev_total[y] if line[3] == "rev" else inst_rev[y]
                add(f"cost:c{j}:{y}", vals[y], base * line[2])
            elif kind == "wage":
                add(f"cost:wage:{y}", vals[y], fund[y])
            elif kind == "dep":
                add(f"cost:dep:{y}", vals[y], fixed / P["life"])
            elif kind == "int":
                add(f"cost:int:{y}", vals[y], P["loan"][y] * P["rate"])
            elif kind == "fixed":
                add(f"cost:c{j}:{y}", vals[y], line[2][y])
    cost_total = [yv("cost", "total", y) for y in range(3)]
    for y in range(3):
        add(f"cost:total:{y}", cost_total[y], total_cost[y])
    # summary
    dep = fixed / P["life"]
    if "sum" in R:
        profit = [yv("sum", "profit", y) for y in range(3)]
        for y in range(3):
            add(f"sum:rev:{y}", yv("sum", "rev", y), rev_total[y])
            add(f"sum:cost:{y}", yv("sum", "cost", y), cost_total[y])
            add(f"profit:{y}", profit[y], yv("sum", "rev", y) - yv("sum", "cost", y))
            add(f"margin:{y}", yv("sum", "margin", y), profit[y] / yv("sum", "rev", y) * 100)
            add(f"sum:dep:{y}", yv("sum", "dep", y), dep)
    else:
        profit = [rev_total[y] - cost_total[y] for y in range(3)]
    add("payback", payback_printed, inv_total / (sum(profit) / 3 + dep))
    # realism: margins, growth, first-year jump
    true_rev = m.rev_total
    for y in range(3):
        add(f"margin<=40:{y}", m.profit[y] / true_rev[y] * 100, 40, "le")
        add(f"margin>0:{y}", 0.0, m.profit[y], "le")
    for y in (1, 2):
        add(f"growth:{y}", true_rev[y] / true_rev[y - 1], 1.35, "le")
        add(f"outgrowth:{y}", m.outb[y] / m.outb[y - 1], 1.35, "le")
    if P.get("hist_comparable", True):
        add("jump:2027", m.outb[0], P["hist"]["out"][2] * 1.3, "le")
    for y in range(3):
        add(f"hist:rev:{y}", v("hist", "rev", 2 + y) if "hist" in R else m.hist_rev[y],
            P["hist"]["out"][y] * P["hist"]["price"][y] / 1e6)
    return out


def judge(plan: Plan, rels, breaks: set[str]) -> None:
    names = {r[0] for r in rels}
    for b in breaks:
        if b not in names:
            plan.failures.append(f"planted relation {b} not computed")
    for name, a, b, mode in rels:
        if a is None or b is None:
            plan.failures.append(f"{name}: value missing")
            continue
        if mode == "eq":
            ok = abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.11)
            if name in breaks:
                if not (b and off(a, b)):
                    plan.failures.append(f"{name}: planted break not off by > 5 % ({fmt(a, 1)} vs {fmt(b, 1)})")
            elif not ok:
                plan.failures.append(f"{name}: {fmt(a, 2)} printed, {fmt(b, 2)} from the printed figures")
        else:  # a <= b
            if name in breaks:
                if not a > b * 1.05:
                    plan.failures.append(f"{name}: planted violation too small ({fmt(a, 2)} vs {fmt(b, 2)})")
            elif a > b * 1.0001:
                plan.failures.append(f"{name}: {fmt(a, 2)} exceeds {fmt(b, 2)}")


# --------------------------------------------------------------------------- text checks
READY_MUST = ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
FACTS: dict = {}      # plan -> function(model) -> strings the prose must contain
TEXT: dict = {}       # plan -> function(plan, model): textual checks (planted textual defects and papers)


def words(plan: Plan) -> int:
    return len(re.findall(r"\w+", plan.body))


def check_text(plan: Plan, P: dict, m: Model) -> None:
    key = P["stem"][:4]
    if P["verdict"] in ("ready", "revise"):
        f = FACTS.get(key)
        for s in (f(m) if f else []):
            if s not in plan.body:
                plan.failures.append(f"text not found: {s!r}")
    if P["verdict"] == "ready":
        plan.has(*READY_MUST)
        plan.lacks(REPLACED, "outdated instrument or district level in a ready plan")
        for dd, mm, yy in re.findall(r"đến (?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})", plan.body):
            if int(yy) < 2030:
                plan.failures.append(f"paper valid only to {dd}/{mm}/{yy}")
        if not re.search(r"tiêu chuẩn cơ sở|TCCS", plan.body):
            plan.failures.append("ready plan without a product standard")
    if "boilerplate" not in P.get("rules", []):
        plan.lacks(PLACEHOLDER, "template placeholder")
    t = TEXT.get(key)
    if t:
        t(plan, m)


def front_matter(plan: Plan) -> dict:
    import yaml

    return yaml.safe_load(plan.text.split("---", 2)[1])


def check(key: str) -> Plan:
    P = PLANS[key]
    plan = Plan(P["stem"])
    exp = front_matter(plan)["expected"]
    plan.check(exp["verdict"] == P["verdict"], f"verdict {exp['verdict']} != {P['verdict']}")
    plan.check(list(exp.get("rules") or []) == list(P.get("rules", [])), f"planted rules {exp.get('rules')}")
    for f in exp.get("figures", []):
        plan.check(f["text"] in plan.body, f"expected figure text not in the plan: {f['text']!r}")
    if P["verdict"] == "sketchy":
        t = TEXT.get(key)
        if t:
            t(plan, None)
        return plan
    m = model(P)
    R = compare(plan, P, m)
    if not plan.failures:
        pb = PAYBACK[key](m) if key in PAYBACK else m.payback
        judge(plan, relations(P, m, R, pb), set(P.get("breaks", ())))
    check_text(plan, P, m)
    return plan


def check_set() -> plancheck.Plan:
    """The set as the brief asks for it: 4 ready, 6 revise with 3 planted defects each (18 different rule ids),
    2 sketchy; 4 docx, 4 pdf, 2 scanned (300 and 250 dpi), 2 doc."""
    s = Plan.__new__(Plan)
    s.stem, s.failures = "set (verdicts, rule ids, formats)", []
    verdicts = [P["verdict"] for P in PLANS.values()]
    s.check(len(PLANS) == 12 and verdicts.count("ready") == 4 and verdicts.count("revise") == 6
            and verdicts.count("sketchy") == 2, f"verdicts {verdicts}")
    rules = [r for P in PLANS.values() for r in P.get("rules", [])]
    s.check(len(rules) == 18 and len(set(rules)) == 18, f"planted rules not 18 different ids: {sorted(rules)}")
    s.check(all(len(P.get("rules", [])) == 3 for P in PLANS.values() if P["verdict"] == "revise"), "3 per plan")
    builds = []
    for P in PLANS.values():
        fm = front_matter(Plan(P["stem"]))
        builds.append((fm["build"], fm.get("dpi")))
    kinds = [b for b, _ in builds]
    s.check(kinds.count("docx") == 4 and kinds.count("pdf") == 4 and kinds.count("doc") == 2
            and sorted(d for b, d in builds if b == "scanned") == [250, 300], f"builds {builds}")
    return s


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if a in PLANS] or list(PLANS)
    plans = [check(k) for k in keys]
    if len(keys) == len(PLANS):
        plans.append(check_set())
    return plancheck.report(plans)


def summary():
    for k, P in PLANS.items():
        if P["verdict"] == "sketchy":
            continue
        m = model(P)
        print(k, "out", m.outb, "rev", m.rev_total, "cost", m.cost_total, "margin", m.margin,
              "inv", m.inv_total, "pb", m.payback, "use", m.use, "need", m.need,
              "sup", [s[1] for s in m.supply], "fund", m.fund, "dep", m.dep)


# --------------------------------------------------------------------------- per plan: prose figures, papers
def _growth(a, b, n=1):
    return ((b / a) ** (1 / n) - 1) * 100


FACTS["jr01"] = lambda m: [
    f"năm 2027 đạt {fmt(m.outb[0])} kg, năm 2029 đạt {fmt(m.outb[2])} kg",
    f"Doanh thu năm 2027 đạt {fmt(m.rev_total[0], 1)} triệu đồng", f"{fmt(m.inst_rev[0], 1)} triệu đồng",
    f"tăng bình quân {fmt(_growth(19800, 23100, 2), 1)} %/năm",
    "3 lần/tuần vào sáng thứ Hai, thứ Tư và thứ Sáu, mỗi lần 25 kg, 52 tuần/năm",
    f"tức {fmt(m.q['benhvien'][0])} kg/năm", "trúng thầu với giá 178.000 đồng/kg",
    "bảo đảm thực hiện hợp đồng 5 % giá trị hợp đồng", "thanh toán trong 45 ngày kể từ ngày nghiệm thu",
    f"tăng lên {fmt(m.q['congty'][1])} kg và {fmt(m.q['congty'][2])} kg",
    "giò lụa 210.000 đồng/kg, chả quế 230.000 đồng/kg",
    "công suất 120 kg/ngày", "300 ngày làm việc", f"công suất năm là {fmt(m.cap[0])} kg",
    f"năm 2027 là {fmt(m.use[0], 1)} %, năm 2029 là {fmt(m.use[2], 1)} %",
    f"Nguồn cung {fmt(m.supply[0][1])} kg/năm", f"{fmt(m.need[0][2])} kg năm 2029",
    f"≈ {fmt(m.payback, 1)} năm", f"({fmt(sum(m.profit) / 3, 1)} + {fmt(m.dep, 1)})"]
TEXT["jr01"] = lambda p, m: p.has(
    "đủ điều kiện an toàn thực phẩm", "đến 18/01/2030", "TCCS 01:2026/PH", "tự công bố", "phiếu kết quả thử nghiệm",
    "đăng ký môi trường", "Luật Đấu thầu số 22/2023/QH15", "Giấy chứng nhận đăng ký doanh nghiệp")

FACTS["jr02"] = lambda m: [
    f"chiếm {fmt(sum(m.q[k][0] for k in ('hoanglinh', 'kylong', 'ktx', 'truong')) / m.outb[0] * 100, 1)} % sản lượng",
    "mỗi ngày nhận 180 kg bún, 312 ngày/năm", "tăng 4 %/năm", "giá 12.300 đồng/kg",
    "bảo đảm thực hiện hợp đồng 3 %", "từ 120 kg/ngày năm 2027 lên 150 kg/ngày năm 2029",
    "nhận 80 kg bánh phở mỗi ngày, 360 ngày/năm",
    f"{fmt(m.q['cho_bun'][0])} kg bún và {fmt(m.q['cho_pho'][0])} kg bánh phở năm 2027",
    f"Sản lượng năm 2027: {fmt(m.outb[0])} kg (bún {fmt(m.out[0][0])} kg, bánh phở {fmt(m.out[1][0])} kg)",
    f"năm 2029: {fmt(m.outb[2])} kg", f"{fmt(m.rev_total[0], 1)} triệu đồng, lợi nhuận {fmt(m.profit[0], 1)}",
    f"tăng bình quân {fmt(_growth(142000, 166000, 2), 1)} %/năm", "0,38 kg gạo cho 1 kg bún", "0,42 kg gạo cho 1 kg",
    f"khoảng {fmt(m.payback, 1)} năm", f"{fmt(_growth(m.outb[0], m.outb[2], 2), 1)} %/năm"]
TEXT["jr02"] = lambda p, m: p.has(
    "đủ điều kiện an toàn thực phẩm", "đến ngày 12/01/2030", "TCCS 01:2026/KT", "tự công bố", "phiếu kết quả thử nghiệm",
    "đăng ký môi trường", "Giấy chứng nhận đăng ký hợp tác xã", "Luật Hợp tác xã năm 2023", "14 thành viên chính thức")

FACTS["jr03"] = lambda m: [
    f"sản xuất {fmt(m.out[0][0])} bình 20 lít và {fmt(m.out[1][0])} thùng chai 500 ml, tổng {fmt(m.outb[0])} lít",
    f"năm 2029 đạt {fmt(m.outb[2])} lít", f"{fmt(m.inst_rev[0], 1)} triệu đồng từ hợp đồng",
    f"tăng bình quân {fmt(_growth(820000, 940000, 2), 1)} %/năm",
    "mỗi tháng 500 bình, cả năm 6.000 bình, giá cố định 14.500 đồng/bình", "bảo đảm thực hiện hợp đồng 3 %",
    "14.900 và 15.300 đồng/bình", "4.000 thùng chai 500 ml", "giá 66.000 đồng/thùng",
    "bảo đảm thực hiện hợp đồng 2 %", "16.000 bình và 6.000 thùng", "20.000 đồng/bình và 78.000 đồng/thùng",
    "0,030 m³", "0,018 m³", f"tức {fmt(m.cap[0])} lít/năm", f"sử dụng {fmt(m.use[0], 1)} %",
    f"năm 2029 là {fmt(m.use[2], 1)} %", f"≈ {fmt(m.payback, 1)} năm"]
TEXT["jr03"] = lambda p, m: p.has(
    "đủ điều kiện ATTP", "đến 08/01/2030", "QCVN 6-1:2010/BYT", "TCCS 01:2026/NH", "Phiếu kết quả thử nghiệm",
    "Đăng ký môi trường", "đăng ký khai thác nước dưới đất", "Giấy chứng nhận đăng ký doanh nghiệp")

FACTS["jr04"] = lambda m: [
    f"sản xuất {fmt(m.out[0][0])} bó đũa, {fmt(m.out[1][0])} thớt và {fmt(m.out[2][0])} rổ",
    f"tương ứng {fmt(m.out[0][2])}, {fmt(m.out[1][2])} và {fmt(m.out[2][2])}",
    f"{fmt(m.inst_rev[0] / m.rev_total[0] * 100, 1)} % doanh thu",
    f"tăng bình quân {fmt(_growth(22000, 27000, 2), 1)} %/năm", "bảo đảm thực hiện hợp đồng 5 %",
    "bình quân 800 bó đũa và 150 thớt/tháng", "lên 900 bó và 170 thớt/tháng", "45 ngày sau khi kho nhận hàng",
    "đũa 45.000 đồng/bó, thớt 120.000 đồng/chiếc, rổ 60.000 đồng/chiếc", "0,25 cây/bó", "0,6 cây/thớt",
    "0,3 cây/rổ", f"khoảng {fmt(m.payback, 1)} năm"]
TEXT["jr04"] = lambda p, m: p.has(
    "không phải là thực phẩm", "tự công bố", "phiếu kết quả thử nghiệm", "TCCS 01:2026/SH", "đăng ký môi trường",
    "giấy chứng nhận đăng ký tổ hợp tác", "mã số thuế")


def _ov05(m):
    true = m.rev["sieuthi"][1]
    wrong = r1(true * 1.15)
    rev = r1(m.rev_total[1] - true + wrong)
    prof = r1(rev - m.cost_total[1])
    return {("rev", "sieuthi", 2): (wrong, "plant"), ("rev", "total", 2): (rev, "follow"),
            ("sum", "rev", 2): (rev, "follow"), ("sum", "profit", 2): (prof, "follow"),
            ("sum", "margin", 2): (r1(prof / rev * 100), "follow")}


def _printed_profit05(m):
    o = _ov05(m)
    return [m.profit[0], o[("sum", "profit", 2)][0], m.profit[2]]


OVERRIDES["jr05"] = _ov05
PAYBACK["jr05"] = lambda m: r1(m.inv_total / (sum(_printed_profit05(m)) / 3 + m.dep))


FACTS["jr05"] = lambda m: [
    f"{fmt(m.out[0][0])} chai 500 ml và {fmt(m.out[1][0])} hộp quà, quy ra {fmt(m.outb[0])} lít",
    f"năm 2029: {fmt(m.outb[2])} lít", f"Doanh thu năm 2027: {fmt(m.rev_total[0], 1)} triệu đồng",
    f"tăng bình quân {fmt(_growth(10200, 11900, 2), 1)} %/năm", "Giá nhập 95.000 đồng/chai",
    "năm sau tăng 4 %", "2 lần/tuần, mỗi lần 30 chai, 50 tuần/năm (3.000 chai), giá 100.000 đồng/chai",
    "1.500 hộp quà Tết", "130.000 đồng/chai và 420.000 đồng/hộp", "0,65 kg gạo nếp và 0,4 kg quả sim",
    "1,95 kg nếp và 1,2 kg sim", f"tức {fmt(m.cap[0])} lít/năm", f"dùng {fmt(m.use[0], 1)} %",
    f"{fmt(m.use[2], 1)} % công suất", f"≈ {fmt(PAYBACK['jr05'](m), 1)} năm"]


def _t05(p, m):
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/TL",
          "QCVN 6-3:2010/BYT", "phiếu kết quả thử nghiệm", "Nhãn hiệu", "đăng ký môi trường", "độ cồn",
          # outdated-policy (planted)
          "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Can Lộc")
    p.lacks(r"148/QĐ-TTg|1489", "current OCOP instrument in the outdated-policy plan")
    # no-alcohol-license (planted): no licence held or planned
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm|Phòng Kinh tế", "alcohol licence mentioned")


TEXT["jr05"] = _t05


PAYBACK["jr06"] = lambda m: 1.1


FACTS["jr06"] = lambda m: [
    f"{fmt(m.out[0][0])} chai 0,5 kg và {fmt(m.out[1][0])} hũ 1 kg, tức {fmt(m.outb[0])} kg mật",
    f"năm 2029 {fmt(m.outb[2])} kg", f"Doanh thu năm 2027 {fmt(m.rev_total[0], 1)} triệu đồng",
    f"tăng bình quân {fmt(_growth(3300, 3800, 2), 1)} %/năm", "mỗi tháng 50 hũ 1 kg, giá 260.000 đồng/hũ",
    "bảo đảm thực hiện hợp đồng 3 %", "bình quân 250 chai/tháng, năm 2028 320 chai và năm 2029 400 chai",
    "giá nhập 150.000 đồng/chai, tăng 3 %/năm", "190.000 đồng/chai", "350.000 đồng/hũ",
    "190 đàn ong của hộ (15 kg/đàn/năm)", "120 kg/hộ/năm", "1,05 kg mật thô cho 1 kg",
    "bảo đảm đủ nguyên liệu", f"công suất {fmt(m.cap[0])} kg/năm", "khoảng 1,1 năm"]


def _t06(p, m):
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/NT", "tự công bố",
          "phiếu kết quả thử nghiệm", "Nhãn hiệu", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument")
    # no-label-plan (planted): "nhãn" only inside "nhãn hiệu"
    p.lacks(r"nhãn(?! hiệu)|Nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch", "label mentioned")
    # material-shortfall (planted): no balance row in the raw-material table
    p.lacks(r"Còn dư|Thiếu|Chênh lệch", "raw-material balance row")


TEXT["jr06"] = _t06


OVERRIDES["jr07"] = lambda m: {("sched_quarter", "total", 5): (86000, "plant")}


FACTS["jr07"] = lambda m: [
    f"năm 2027: {fmt(m.outb[0])} kg (gạo tẻ {fmt(m.out[0][0])} kg, gạo thơm {fmt(m.out[1][0])} kg)",
    f"2029: {fmt(m.outb[2])} kg", f"Doanh thu năm 2027: {fmt(m.rev_total[0], 1)} triệu đồng",
    f"tăng bình quân {fmt(_growth(255000, 305000, 2), 1)} %/năm", "giá gạo tẻ 16.500 đồng/kg",
    "bảo đảm thực hiện hợp đồng 3 %", f"nhận {fmt(m.q['qd1'][1] + m.q['qd2'][1])} kg và "
    f"{fmt(m.q['qd1'][2] + m.q['qd2'][2])}", "8.000 kg/tháng năm 2027, lên 10.000 kg/tháng năm 2029",
    "1,50 kg thóc cho 1 kg gạo tẻ", "1,55", "1,4 tấn gạo/ngày", "đủ cho kế hoạch", f"≈ {fmt(m.payback, 1)}"]


def _t07(p, m):
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/CD", "tự công bố",
          "phiếu kết quả", "Nhãn hiệu", "43/2017/NĐ-CP", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument")
    # no-quality-control (planted)
    p.lacks(r"truy xuất|nhật ký|kiểm soát|(?<!\w)lô(?!\w)|\bQR\b|lưu mẫu|\btem\b|mã vạch|HACCP|ISO",
            "internal quality control or traceability mentioned")
    # capacity-exceeded (planted): no new mill, the staff unchanged
    p.lacks(r"máy xát mới|dây chuyền xát mới|mua thêm máy xát", "new mill")
    p.check(m.staff[0] == m.staff[2], "staff should stay the same")


TEXT["jr07"] = _t07


def _ov08(m):
    wrong = r1(m.profit[0] * 1.3)
    return {("sum", "profit", 1): (wrong, "plant"), ("sum", "margin", 1): (r1(wrong / m.rev_total[0] * 100), "follow")}


OVERRIDES["jr08"] = _ov08
PAYBACK["jr08"] = lambda m: r1(m.inv_total / ((_ov08(m)[("sum", "profit", 1)][0] + m.profit[1] + m.profit[2]) / 3
                                              + m.dep))


FACTS["jr08"] = lambda m: [
    f"năm 2027: {fmt(m.outb[0])} kg; năm 2028: {fmt(m.outb[1])} kg; năm 2029: {fmt(m.outb[2])} kg",
    f"từ {fmt(m.rev_total[0], 1)} triệu đồng năm 2027 lên {fmt(m.rev_total[2], 1)} triệu đồng",
    f"tăng bình quân {fmt(_growth(20000, 24800, 2), 1)} %/năm", "3 buổi/tuần trong 35 tuần học, mỗi buổi 40 kg",
    "26.000 đồng/kg", "6 lần/tuần, mỗi lần 15 kg, giá 26.500 đồng/kg", "bảo đảm thực hiện hợp đồng 3 %",
    "(mỗi buổi 120 kg)", "(mỗi buổi 240 kg)", "lên 30 kg rồi 45 kg", "từ 18.000 kg lên 30.000 kg",
    "còn rất lớn", "giữ nguyên 3 lao động", "0,5 kg đậu tương hạt",
    f"tăng {fmt((m.outb[1] / m.outb[0] - 1) * 100, 1)} %", f"tăng {fmt((m.outb[2] / m.outb[1] - 1) * 100, 1)} %",
    f"có lãi {fmt(_ov08(m)[('sum', 'profit', 1)][0], 1)} triệu đồng", f"khoảng {fmt(PAYBACK['jr08'](m), 1)} năm"]


def _t08(p, m):
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/MHL", "tự công bố",
          "phiếu kết quả thử nghiệm", "Nhãn hiệu", "43/2017/NĐ-CP", "truy xuất", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument")
    # no-environment-measures (planted)
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|bể lắng|biogas|hầm|bã đậu|(?<!\w)rác|khói|mùi|thu gom",
            "environmental measure mentioned")
    # unrealistic-growth (planted): the same staff, no signed contract beyond 2027
    p.check(m.staff[0] == m.staff[2] == 3, "staff should stay at 3")


TEXT["jr08"] = _t08


FACTS["jr09"] = lambda m: [
    f"{fmt(m.out[0][0])} hộp trà túi lọc và {fmt(m.out[1][0])} túi cà gai leo khô, quy ra {fmt(m.outb[0])} kg",
    f"năm 2029 {fmt(m.outb[2])} kg", f"Doanh thu năm 2027 {fmt(m.rev_total[0], 1)} triệu đồng",
    f"tăng bình quân {fmt(_growth(1900, 2300, 2), 1)} %/năm", "giá 42.000 đồng/hộp cố định 12 tháng",
    "bảo đảm thực hiện hợp đồng 3 %", "thanh toán trong 60 ngày", "60.000 đồng/hộp và 120.000 đồng/túi",
    "0,2 kg tươi", "2,0 kg tươi", "14 kg khô/ngày", f"≈ {fmt(m.payback, 1)}",
    f"Tổng nguồn vốn {fmt(sum(s[1] for s in m.src), 1)} triệu đồng bảo đảm đủ"]


def _t09(p, m):
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "đủ điều kiện an toàn thực phẩm", "Nhãn hiệu", "43/2017/NĐ-CP",
          "truy xuất", "đăng ký môi trường", "không ghi công dụng chữa bệnh", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument")
    # no-product-standard (planted)
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|vi sinh|lý hóa)",
            "product standard mentioned")
    # figure-inconsistent (planted): the hospital lot in the text against the tables
    p.has("trúng thầu gói 10.000 hộp/năm")
    p.check(m.q["benhvien"][0] == 8000 and off(10000, m.q["benhvien"][0]), "hospital lot 10.000 vs 8.000")


TEXT["jr09"] = _t09


FACTS["jr10"] = lambda m: [
    f"Sản lượng chả cá năm 2027: {fmt(m.outb[0])} kg; năm 2029: {fmt(m.outb[2])} kg",
    f"Doanh thu năm 2027: {fmt(m.rev_total[0], 1)} triệu đồng, trong đó {fmt(m.inst_rev[0], 1)} triệu đồng",
    f"tăng bình quân {fmt(_growth(15500, 18000, 2), 1)} %/năm",
    "nhận 2 lần/tuần, mỗi lần 60 kg, 50 tuần/năm (6.000 kg), giá 145.000 đồng/kg", "bảo đảm thực hiện hợp đồng 3 %",
    "180.000 đồng/kg", "1,6 kg cá tươi cho 1 kg chả", "5.000 kg cá mối", "12.000 kg/năm", f"≈ {fmt(m.payback, 1)}"]


def _t10(p, m):
    p.has("giấy chứng nhận đăng ký tổ hợp tác", "mã số thuế", "TCCS 01:2026/CN", "phiếu kết quả thử nghiệm",
          "Nhãn hiệu", "43/2017/NĐ-CP", "truy xuất", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "outdated instrument")
    # no-food-safety (planted)
    p.lacks(r"an toàn|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|ISO", "food safety mentioned")
    # name-inconsistent (planted): another producer's name in three places, its own at least four times
    p.check(p.count("Tổ hợp tác Chả cá Thạch Kim") == 3, "other producer's name should appear 3 times")
    p.check(p.count("Tổ hợp tác Chế biến hải sản Cẩm Nhượng") + p.count("TỔ HỢP TÁC CHẾ BIẾN HẢI SẢN CẨM NHƯỢNG")
            >= 4, "own name")
    # boilerplate (planted): a template placeholder left in
    p.check(bool(re.search(PLACEHOLDER, p.body)), "template placeholder missing")
    p.has("[ghi tên trường]", "……/2026/HĐCU")


TEXT["jr10"] = _t10


def _sketchy(figures: tuple[str, ...], absent: str):
    def t(p, m):
        w = words(p)
        p.check(150 <= w <= 350, f"sketchy plan has {w} words")
        p.check(not p.rows, "sketchy plan has a table")
        p.has(*figures)
        p.lacks(absent, "paper a sketchy plan should lack")
        p.lacks(REPLACED, "outdated instrument")
    return t


TEXT["jr11"] = _sketchy(("40 kg", "15.000 đồng/kg", "50 triệu đồng", "3 trường mầm non", "chưa đăng ký kinh doanh",
                         "gấp đôi"),
                        r"giấy chứng nhận|ATTP|an toàn thực phẩm|tự công bố|TCCS|nhãn|môi trường|truy xuất")
TEXT["jr12"] = _sketchy(("1.500 cái", "35.000 đồng/cái", "6.000 cái", "200 triệu đồng",
                         "giấy chứng nhận đăng ký hộ kinh doanh"),
                        r"TCCS|tiêu chuẩn|tự công bố|nhãn hàng|truy xuất|đăng ký môi trường|(?<!\w)tem\b")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
