"""The 214th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout214/arithmetic.py [hg01 hg05 ...]

Theme: every table in its own unit of account (đồng, nghìn đồng, triệu đồng, tỷ đồng), declared in
different places: an "ĐVT" line above the table, the header cell of one column ("Thành tiền
(1.000 đ)"), the row label ("Doanh thu (triệu đồng)"), a note under the table, or a sentence
before the caption; quantities likewise (kg, tạ, tấn; lít, chai, bộ), with the running text quoting
the same figures in another unit than the table.

For every full plan (hg01-hg10) the constants give the products (size in the plan's base unit,
prices and packs per year), the 2024-2026 history (output, average price, margin), the raw
materials (norm per base unit, price, supply rows in kg or litres), the equipment rating, staff by
role and the monthly wage, investment items and sources, asset life, loan balances and rate, the
shares of revenue for selling and tax, the fixed "other" line, and, per table, the unit it is
printed in and where that unit is declared. `model()` turns them into every figure (in đồng, kg or
litres); `tables()` lays them out as the plan prints them (scaled to each table's unit);
`FACTS` lists, per plan, the figures the running text quotes and the unit it quotes them in.
The checker reads every table of the plan's source back (found by its caption), compares every
label and every number with the model (within rounding, i.e. 1 %), checks that each table's unit
declaration stands where the model says, and that every quoted figure is in the text. Planted
numeric defects are overrides of the model ("printed"): each is asserted wrong by more than 5 %
against the true value computed beside it; the figures that follow a planted one are checked as
printed (knock-ons, listed as tolerated in the plan's front matter where a rule could see them).
Textual defects are asserted through the absence or presence of their words; ready plans cite
QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and nothing replaced. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

Y = range(3)
YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
SCALE = {"đồng": 1, "đ": 1, "nghìn đồng": 1e3, "1.000 đồng": 1e3, "1.000 đ": 1e3, "nghìn": 1e3,
         "triệu đồng": 1e6, "triệu": 1e6, "tr.đ": 1e6, "tỷ đồng": 1e9, "tỷ": 1e9,
         "kg": 1, "tạ": 100, "tấn": 1000, "lít": 1, "nghìn lít": 1e3, "m³": 1e3}
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


def U(form: str, text: str, scale: float, dec: int) -> dict:
    """Where a table's unit is declared: dvt (a line above the table), header (one column's
    header cell), row (each row label), note (a line under the table), lead (a sentence before
    the caption), col (an ĐVT column); `text` is what the plan prints there."""
    return dict(form=form, text=text, scale=scale, dec=dec)


# --------------------------------------------------------------------------- constants
# products: name, spec (quy cách), pack word, size in base units, price đ/pack per year,
#           packs per year, packcost đ/pack (bao bì, or piece-rate work + packing for hg04)
# raws: name, unit word, norm per base unit, price đ per unit, supply rows (label, per year)
# cap: rating per day (base units), days; staff: (role, per year); wage: triệu đồng/month
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance triệu per year
PLANS: dict[str, dict] = {}

PLANS["hg01"] = dict(
    clabels=dict(pack="Hộp, túi, nhãn", energy="Gas, điện, nước"),
    base="kg",
    products=[
        dict(short="Cu đơ lạc, hộp 300 g", name="Cu đơ lạc cắt lát",
             spec="hộp giấy 300 g", pack="hộp", size=0.3,
             price=[45000, 45000, 47000], packs=[24000, 26400, 29000], packcost=4500),
        dict(short="Cu đơ vừng, hộp 300 g", name="Cu đơ vừng đen",
             spec="hộp giấy 300 g", pack="hộp", size=0.3,
             price=[48000, 48000, 50000], packs=[10000, 11000, 12100], packcost=4500),
        dict(short="Cu đơ tấm, túi 500 g", name="Cu đơ tấm kẹp bánh đa",
             spec="túi 500 g", pack="túi", size=0.5,
             price=[62000, 62000, 65000], packs=[8000, 8800, 9700], packcost=3000)],
    hist=dict(out=[11000, 12100, 13100], price=[132000, 136000, 140000], margin=[0.12, 0.13, 0.14]),
    raws=[dict(name="Lạc nhân", unit="kg", norm=0.36, price=60000,
               rows=[("Hộ liên kết thôn Phong Giang (38 hộ)", [3000, 3200, 3400]),
                     ("HTX Nông nghiệp Xuân Mỹ (hợp đồng)", [3000, 3300, 3600])]),
          dict(name="Mật mía, mạch nha", unit="kg", norm=0.42, price=28000,
               rows=[("Lò mật mía Khánh Thịnh (hợp đồng)", [7000, 7500, 8000])]),
          dict(name="Bánh đa nướng", unit="kg", norm=0.12, price=55000,
               rows=[("Hộ tráng bánh đa thôn Hồng Lam", [2000, 2200, 2400])])],
    cap=dict(rating=75, days=280),
    staff=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt", [4, 4, 5]),
           ("Đóng gói, kho", [2, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
    wage=[5.8, 6.1, 6.4],
    energy=3500,
    inv=[("Nồi nấu kẹo hai vỏ có cánh khuấy", 180, True), ("Máy cán và máy cắt cu đơ", 220, True),
         ("Máy đóng gói, hàn miệng túi", 120, True), ("Cải tạo xưởng một chiều 80 m²", 300, True),
         ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 270, False)],
    src=[("Vốn chủ sở hữu", 750), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
    life=10, loan=[400, 300, 200], rate=0.08, sell=0.04, tax=0.015, other=[60, 60, 65],
)

PLANS["hg02"] = dict(
    clabels=dict(pack="Chai, nắp, nhãn", energy="Điện, nước"),
    base="lít",
    products=[
        dict(short="Chai 330 ml", name="Nước ép bưởi nguyên chất",
             spec="chai thủy tinh 330 ml", pack="chai", size=0.33,
             price=[22000, 22000, 23000], packs=[60000, 66000, 72000], packcost=3500),
        dict(short="Chai 1 lít", name="Nước ép bưởi nguyên chất", spec="chai PET 1 lít", pack="chai", size=1,
             price=[58000, 58000, 60000], packs=[6000, 6600, 7200], packcost=6000),
        dict(short="Chai mật ong 250 ml", name="Nước bưởi mật ong",
             spec="chai thủy tinh 250 ml", pack="chai", size=0.25,
             price=[20000, 20000, 21000], packs=[20000, 22000, 24000], packcost=3200)],
    hist=dict(out=[24600, 26800, 28600], price=[60000, 61000, 62000], margin=[0.10, 0.11, 0.12]),
    raws=[dict(name="Bưởi quả tươi", unit="kg", norm=2.2, price=6000,
               rows=[("Vườn của 42 hộ thành viên", [62000, 64000, 67000]),
                     ("Hộ liên kết thôn Trung Hà", [16000, 18000, 21000])])],
    cap=dict(rating=200, days=220),
    staff=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ép, lọc, thanh trùng", [3, 3, 3]),
           ("Chiết rót, đóng thùng", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
    wage=[5.2, 5.4, 5.6],
    energy=2500,
    inv=[("Máy ép bưởi và máy lọc tinh", 260, True), ("Thiết bị thanh trùng, chiết rót, đóng nắp", 340, True),
         ("Kho mát bảo quản quả 40 m³", 150, True), ("Cải tạo phòng chế biến 70 m²", 180, True),
         ("Bao bì, nhãn, mã QR", 50, False), ("Vốn lưu động", 220, False)],
    src=[("Vốn góp của thành viên", 520), ("Quỹ đầu tư phát triển của hợp tác xã", 180),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[500, 400, 300], rate=0.08, sell=0.05, tax=0.015, other=[50, 50, 55],
)

PLANS["hg03"] = dict(
    clabels=dict(pack="Hộp, túi lọc, nhãn", energy="Điện sấy"),
    base="kg",
    products=[
        dict(short="Hộp 25 túi lọc", name="Trà túi lọc cà gai leo",
             spec="hộp 25 túi × 2 g", pack="hộp", size=0.05,
             price=[40000, 40000, 42000], packs=[16000, 17600, 19400], packcost=6000),
        dict(short="Túi 500 g", name="Cà gai leo khô cắt khúc", spec="túi 500 g", pack="túi", size=0.5,
             price=[110000, 110000, 115000], packs=[2400, 2640, 2900], packcost=3000),
        dict(short="Bao 1 kg", name="Cà gai leo khô", spec="bao 1 kg", pack="bao", size=1,
             price=[200000, 200000, 205000], packs=[500, 550, 600], packcost=2000)],
    hist=dict(out=[2000, 2150, 2300], price=[380000, 390000, 395000], margin=[0.14, 0.15, 0.16]),
    raws=[dict(name="Cà gai leo tươi", unit="kg", norm=5.5, price=12000,
               rows=[("Vườn cà gai leo của hộ (1,2 ha)", [9600, 9600, 9600]),
                     ("12 hộ liên kết thôn Vĩnh Gia", [6000, 7200, 8400])])],
    cap=dict(rating=15, days=260),
    staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Thu hái, sơ chế", [2, 2, 2]),
           ("Sấy, nghiền, đóng túi", [2, 2, 3])],
    wage=[5.0, 5.2, 5.4],
    energy=8000,
    inv=[("Máy sấy bơm nhiệt 1 buồng", 180, True), ("Máy nghiền, máy đóng túi lọc", 210, True),
         ("Phòng đóng gói 40 m²", 110, True), ("Kiểm nghiệm, bao bì, mã QR", 40, False),
         ("Vốn lưu động", 110, False)],
    src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 250)],
    life=10, loan=[250, 180, 110], rate=0.066, sell=0.05, tax=0.015, other=[40, 40, 42],
)

PLANS["hg04"] = dict(
    clabels=dict(pack="Tiền công gia công, hộp, thẻ treo", energy="Điện, nước"),
    base="chiếc",
    products=[
        dict(short="Nón trắng", name="Nón lá trắng truyền thống",
             spec="chiếc, vành 42 cm", pack="chiếc", size=1,
             price=[65000, 65000, 68000], packs=[9000, 9600, 10200], packcost=18000),
        dict(short="Nón bài thơ", name="Nón bài thơ quai lụa", spec="chiếc, hộp giấy", pack="chiếc", size=1,
             price=[150000, 150000, 155000], packs=[3000, 3300, 3600], packcost=38000),
        dict(short="Nón mini, bộ 3 chiếc", name="Nón lá mini trang trí", spec="bộ 3 chiếc", pack="bộ", size=3,
             price=[120000, 120000, 125000], packs=[1500, 1700, 1900], packcost=22000)],
    hist=dict(out=[13800, 14700, 15600], price=[68000, 70000, 72000], margin=[0.13, 0.14, 0.15]),
    raws=[dict(name="Lá nón đã phơi", unit="kg", norm=0.12, price=40000,
               rows=[("Tổ viên tự khai thác, phơi", [900, 900, 900]),
                     ("Hộ cung ứng lá thôn Đông Tiến", [1400, 1600, 1800])]),
          dict(name="Khung vành tre", unit="bộ", norm=1, price=6000,
               rows=[("Cơ sở chuốt vành ông Hồ Văn Ngọ", [18000, 19500, 21000])])],
    cap=dict(rating=90, days=280),
    staff=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ chằm nón chính", [2, 2, 3]),
           ("Ủi lá, làm vành, hoàn thiện", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
    wage=[4.8, 5.0, 5.2],
    energy=500,
    inv=[("Nhà xưởng, kho 90 m²", 220, True), ("Máy ủi lá, khuôn nón inox", 90, True),
         ("Tủ sấy chống mốc", 60, True), ("Thiết kế mẫu, hộp, thẻ treo", 40, False),
         ("Đăng ký nhãn hiệu, thử nghiệm", 20, False), ("Vốn lưu động", 170, False)],
    src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 200)],
    life=10, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=[30, 30, 30],
)

PLANS["hg05"] = dict(
    clabels=dict(pack="Chai, bình sứ, can, nhãn", energy="Củi, điện, nước", tax="Thuế, phí khác"),
    base="lít",
    products=[
        dict(short="Chai 500 ml", name="Rượu nếp sim 29 độ",
             spec="chai thủy tinh 500 ml", pack="chai", size=0.5,
             price=[95000, 95000, 100000], packs=[18000, 20000, 22000], packcost=9000),
        dict(short="Bình sứ 1 lít", name="Rượu nếp sim", spec="bình sứ 1 lít", pack="bình", size=1,
             price=[230000, 230000, 240000], packs=[2500, 2800, 3000], packcost=45000),
        dict(short="Can 2 lít", name="Rượu nếp sim", spec="can 2 lít", pack="can", size=2,
             price=[240000, 240000, 250000], packs=[1500, 1650, 1800], packcost=12000)],
    hist=dict(out=[11400, 12500, 13500], price=[165000, 170000, 175000], margin=[0.15, 0.16, 0.17]),
    raws=[dict(name="Gạo nếp cái", unit="kg", norm=1.5, price=25000,
               rows=[("Ruộng nếp của 52 hộ thành viên", [14000, 14000, 14000]),
                     ("Tổ hợp tác lúa nếp thôn Bình Hòa", [7000, 7000, 7000])]),
          dict(name="Quả sim chín", unit="kg", norm=0.4, price=30000,
               rows=[("Đồi sim của hợp tác xã", [4000, 4200, 4400]),
                     ("Hộ hái sim thôn Đồng Vịnh", [2500, 2800, 3100])])],
    cap=dict(rating=80, days=270),
    staff=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
           ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
    wage=[6.0, 6.2, 6.4],
    energy=4000,
    inv=[("Nồi chưng cất inox cách thủy bổ sung", 160, True), ("Hệ thống lọc, khử andehit", 220, True),
         ("Kho ủ rượu 60 m² và chum sành", 240, True), ("Máy chiết rót, đóng nắp", 130, True),
         ("Thiết kế bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 290, False)],
    src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[500, 400, 300], rate=0.08, sell=0.06, tax=0.02, other=[60, 60, 65],
    printed=dict(rev_line={(0, 1): 2_185_000_000}), defects=("material",),
)

PLANS["hg06"] = dict(
    clabels=dict(pack="Hũ, chai, can", energy="Điện, nước"),
    base="kg",
    products=[
        dict(short="Hũ 500 g hoa rừng", name="Mật ong hoa rừng",
             spec="hũ thủy tinh 500 g", pack="hũ", size=0.5,
             price=[170000, 170000, 180000], packs=[3200, 3500, 3800], packcost=12000),
        dict(short="Chai 1 kg hoa keo", name="Mật ong hoa keo", spec="chai 1 kg", pack="chai", size=1,
             price=[220000, 220000, 230000], packs=[1200, 1300, 1400], packcost=8000),
        dict(short="Can 3 kg hoa keo", name="Mật ong hoa keo", spec="can 3 kg", pack="can", size=3,
             price=[600000, 600000, 620000], packs=[150, 170, 190], packcost=15000)],
    hist=dict(out=[2500, 2750, 3000], price=[260000, 265000, 270000], margin=[0.14, 0.15, 0.15]),
    raws=[dict(name="Mật ong thô", unit="kg", norm=1.05, price=95000,
               rows=[("Đàn ong của hộ (260 – 280 đàn)", [2600, 2700, 2800]),
                     ("Hộ nuôi ong liên kết thôn Khe Bò", [1300, 1500, 1700])])],
    cap=dict(rating=25, days=250),
    staff=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm đàn ong, quay mật", [2, 2, 2]),
           ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
    wage=[5.0, 5.2, 5.4],
    energy=1500,
    inv=[("Máy hạ thủy phần mật ong", 150, True), ("Bồn inox, máy lọc, máy quay mật", 90, True),
         ("Bổ sung 20 thùng ong giống", 60, True), ("Phòng lọc, đóng chai 30 m²", 100, True),
         ("Chai, hũ, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
    src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
    life=8, loan=[250, 170, 90], rate=0.066, sell=0.04, tax=0.015, other=[20, 20, 22],
    printed=dict(payback=1.7),
)

PLANS["hg07"] = dict(
    clabels=dict(pack="Hộp, túi, tem QR", energy="Điện, củi sấy", sell="Bán hàng, đại lý"),
    base="kg",
    products=[
        dict(short="Hộp 250 g thái lát", name="Nấm linh chi thái lát",
             spec="hộp 250 g", pack="hộp", size=0.25,
             price=[190000, 190000, 200000], packs=[6000, 6600, 7200], packcost=15000),
        dict(short="Túi 500 g nguyên tai", name="Nấm linh chi nguyên tai",
             spec="túi 500 g", pack="túi", size=0.5,
             price=[350000, 350000, 365000], packs=[2000, 2200, 2400], packcost=8000),
        dict(short="Hộp quà 1 kg", name="Hộp quà linh chi", spec="hộp gỗ 1 kg", pack="hộp", size=1,
             price=[750000, 750000, 780000], packs=[400, 440, 480], packcost=60000)],
    hist=dict(out=[2300, 2500, 2700], price=[690000, 700000, 710000], margin=[0.15, 0.16, 0.17]),
    raws=[dict(name="Nấm linh chi tươi", unit="kg", norm=3.2, price=60000,
               rows=[("Trại nấm của công ty (4 nhà nuôi)", [7200, 7600, 8000]),
                     ("Trang trại liên kết thôn Tân Hương", [3200, 3600, 4000])])],
    cap=dict(rating=16, days=270),
    staff=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Trồng, chăm sóc, thu hái", [3, 3, 3]),
           ("Sấy, thái lát, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
    wage=[6.2, 6.5, 6.8],
    energy=12000,
    inv=[("Nhà nuôi nấm khung thép 2 nhà", 560, True), ("Hai lò sấy nấm bằng hơi nóng", 320, True),
         ("Máy thái lát, máy hút chân không", 180, True), ("Phòng đóng gói, kho khô 60 m²", 340, True),
         ("Bao bì, hộp quà, tem QR", 90, False), ("Vốn lưu động", 660, False)],
    src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại cổ phần Công thương", 700)],
    life=10, loan=[700, 560, 420], rate=0.08, sell=0.06, tax=0.015, other=[60, 60, 65],
    printed=dict(cost_total={1: 1_680_000_000}), defects=("capital",),
)

PLANS["hg08"] = dict(
    clabels=dict(pack="Chai, nắp, nhãn", energy="Điện, nước"),
    base="lít",
    products=[
        dict(short="Chai 500 ml 40 độ đạm", name="Nước mắm cốt cá cơm 40 độ đạm",
             spec="chai 500 ml", pack="chai", size=0.5,
             price=[75000, 75000, 78000], packs=[20000, 21600, 23300], packcost=7000),
        dict(short="Chai 1 lít 25 độ đạm", name="Nước mắm cá cơm 25 độ đạm",
             spec="chai 1 lít", pack="chai", size=1,
             price=[65000, 65000, 68000], packs=[9000, 9700, 10500], packcost=7500),
        dict(short="Can 5 lít 15 độ đạm", name="Nước mắm 15 độ đạm", spec="can 5 lít", pack="can", size=5,
             price=[200000, 200000, 210000], packs=[900, 970, 1050], packcost=15000)],
    hist=dict(out=[19800, 21000, 22200], price=[88000, 90000, 92000], margin=[0.15, 0.16, 0.17]),
    raws=[dict(name="Cá cơm tươi", unit="kg", norm=1.4, price=18000,
               rows=[("Tàu thuyền của 9 thành viên", [30000, 30000, 30000]),
                     ("Vựa cá bến Cửa Nhượng (hợp đồng)", [10000, 12000, 14000])]),
          dict(name="Muối hạt", unit="kg", norm=0.45, price=3000,
               rows=[("HTX muối Kỳ Hà (hợp đồng)", [13000, 14000, 15000])])],
    cap=dict(rating=800, days=30),  # 30 vats x 800 litres of finished sauce a year
    staff=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối cá, chăm chượp", [4, 4, 4]),
           ("Kéo rút, lọc, đóng chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
    wage=[5.5, 5.7, 5.9],
    energy=1500,
    inv=[("Thay mái, khung nhà chượp 200 m²", 280, True), ("Máy lọc và thiết bị chiết rót", 230, True),
         ("Bồn inox chứa nước mắm thành phẩm", 120, True), ("Xe tải nhỏ chở cá", 90, True),
         ("Bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 330, False)],
    src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[500, 400, 300], rate=0.08, sell=0.05, tax=0.015, other=[50, 50, 55],
    defects=("capacity",),
)

PLANS["hg09"] = dict(
    clabels=dict(pack="Túi, hũ, nhãn", energy="Điện sấy, than"),
    base="kg",
    products=[
        dict(short="Túi 200 g loại 1", name="Tôm nõn khô loại 1", spec="túi zip 200 g", pack="túi", size=0.2,
             price=[210000, 210000, 215000], packs=[1800, 3600, 6300], packcost=4000),
        dict(short="Hũ 500 g loại 1", name="Tôm nõn khô loại 1", spec="hũ nhựa 500 g", pack="hũ", size=0.5,
             price=[500000, 500000, 510000], packs=[400, 800, 1400], packcost=9000),
        dict(short="Túi 1 kg loại 2", name="Tôm khô loại 2", spec="túi 1 kg", pack="túi", size=1,
             price=[750000, 750000, 760000], packs=[140, 280, 490], packcost=5000)],
    hist=dict(out=[520, 560, 600], price=[950000, 960000, 970000], margin=[0.14, 0.15, 0.15]),
    raws=[dict(name="Tôm tươi", unit="kg", norm=4.5, price=80000,
               rows=[("Tàu thuyền của 6 tổ viên", [2000, 2000, 2000]),
                     ("Nậu vựa bến Hộ Độ (hợp đồng)", [1500, 5000, 10000])])],
    cap=dict(rating=12, days=250),
    staff=[("Tổ trưởng kiêm kế toán", [1, 1, 1]), ("Luộc, sấy, bóc vỏ, đóng gói", [3, 3, 3])],
    wage=[4.5, 4.7, 4.9],
    energy=15000,
    inv=[("Máy sấy tôm bằng khí nóng", 120, True), ("Máy bóc vỏ, sàng tôm", 60, True),
         ("Tủ cấp đông, kho lạnh nhỏ", 80, True), ("Túi, hũ, tem nhãn", 20, False),
         ("Vốn lưu động", 100, False)],
    src=[("Vốn góp của tổ viên", 260), ("Vay Quỹ hỗ trợ nông dân", 120)],
    life=8, loan=[120, 80, 40], rate=0.06, sell=0.04, tax=0.015, other=[20, 20, 20],
    printed=dict(profit={0: 125_000_000}), defects=("growth",),
)

PLANS["hg10"] = dict(
    clabels=dict(pack="Chai, hũ, nhãn", energy="Điện, củi, muối", sell="Vận chuyển, quảng bá"),
    base="lít",
    products=[
        dict(short="Chai 500 ml", name="Tương đậu nành", spec="chai nhựa 500 ml", pack="chai", size=0.5,
             price=[30000, 30000, 32000], packs=[10000, 11000, 12000], packcost=3500),
        dict(short="Chai 1 lít", name="Tương đậu nành", spec="chai nhựa 1 lít", pack="chai", size=1,
             price=[55000, 55000, 58000], packs=[3000, 3300, 3600], packcost=5000),
        dict(short="Hũ sành 2 lít", name="Tương đậu nành", spec="hũ sành 2 lít", pack="hũ", size=2,
             price=[120000, 120000, 125000], packs=[500, 550, 600], packcost=25000)],
    hist=dict(out=[7200, 7800, 8400], price=[50000, 51000, 52000], margin=[0.17, 0.18, 0.19]),
    raws=[dict(name="Đậu nành hạt", unit="kg", norm=0.35, price=22000,
               rows=[("Ruộng đậu của gia đình (5 sào)", [400, 400, 400]),
                     ("Mua của hộ trồng đậu thôn Bắc Sơn", [3000, 3400, 3800])]),
          dict(name="Gạo nếp", unit="kg", norm=0.25, price=24000,
               rows=[("Ruộng nếp của gia đình (4 sào)", [1000, 1000, 1000]),
                     ("Mua của hộ trồng nếp trong thôn", [1500, 1700, 1900])])],
    cap=dict(rating=3000, days=5),  # 50 jars x 60 litres a batch, 5 batches a year
    staff=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, đảo tương", [1, 1, 1]),
           ("Lọc, đóng chai", [1, 1, 1])],
    wage=[4.5, 4.7, 4.9],
    energy=1500,
    inv=[("Mái che và sân phơi chum 120 m²", 90, True), ("Bổ sung 20 chum sành 60 lít", 24, True),
         ("Nồi nấu inox, máy xay đậu", 36, True), ("Chai, hũ, nhãn lần đầu", 15, False),
         ("Vốn lưu động", 45, False)],
    src=[("Vốn tự có của gia đình", 150), ("Vay người thân", 60)],
    life=8, loan=None, rate=0, sell=0.03, tax=0, other=[15, 15, 16],
)


# --------------------------------------------------------------------------- table layouts
# Per plan, the computed tables in the order printed: caption text, and where each table declares
# its unit (U(form, text, scale, decimals)); hist/staff/out/raw quantities carry (unit, scale, dec).
T, M, B = 1e3, 1e6, 1e9
PLANS["hg01"]["tables"] = [
    ("hist", dict(cap="Kết quả sản xuất kinh doanh 2024 – 2026", out=("tấn", T, 1),
                  price=("đồng/kg", 1, 0), money=("triệu đồng", M, 1))),
    ("price", dict(cap="Sản phẩm và giá bán lẻ năm 2027", u=U("header", "Giá bán lẻ (1.000 đ)", T, 0))),
    ("raw", dict(cap="Nguồn cung và nhu cầu nguyên liệu", u=U("col", "", 1, 0),
                 units=[("tạ", 100, 1), ("tấn", T, 1), ("kg", 1, 0)])),
    ("staff", dict(cap="Lao động và tiền lương", wage=("nghìn đồng/người/tháng", T, 0),
                   fund=("triệu đồng/năm", M, 1))),
    ("out", dict(cap="Kế hoạch sản lượng 2027 – 2029", unit=("kg", 1, 0))),
    ("inv", dict(cap="Tổng vốn đầu tư", u=U("dvt", "ĐVT: triệu đồng", M, 0))),
    ("src", dict(cap="Nguồn vốn", u=U("header", "Số tiền (triệu đồng)", M, 0))),
    ("rev", dict(cap="Dự kiến doanh thu theo sản phẩm", layout="B", price=("đồng", 1, 0),
                 u=U("header", "Thành tiền (1.000 đ)", T, 0))),
    ("cost", dict(cap="Dự toán chi phí sản xuất kinh doanh",
                  u=U("note", "Ghi chú: số liệu trong bảng tính bằng nghìn đồng.", T, 0))),
    ("sum", dict(cap="Tổng hợp hiệu quả kinh tế",
                 u=U("lead", "Các chỉ tiêu tổng hợp dưới đây tính bằng tỷ đồng, riêng tỷ suất lợi nhuận "
                             "tính bằng phần trăm.", B, 3))),
]
PLANS["hg02"]["tables"] = [
    ("hist", dict(cap="Kết quả sản xuất, kinh doanh ba năm gần đây", out=("nghìn lít", T, 1),
                  price=("đồng/lít", 1, 0), money=("tr.đ", M, 1))),
    ("price", dict(cap="Danh mục sản phẩm", u=U("header", "Giá bán lẻ (đồng/chai)", 1, 0))),
    ("raw", dict(cap="Nguồn bưởi nguyên liệu", u=U("dvt", "ĐVT: tấn quả tươi", T, 1), units=[("tấn", T, 1)])),
    ("staff", dict(cap="Bố trí lao động", wage=("triệu đồng/người/tháng", M, 1), fund=("triệu đồng", M, 1))),
    ("out", dict(cap="Sản lượng dự kiến", unit=("lít", 1, 0))),
    ("inv", dict(cap="Nhu cầu vốn đầu tư", u=U("header", "Giá trị (nghìn đồng)", T, 0))),
    ("src", dict(cap="Cơ cấu nguồn vốn", u=U("dvt", "ĐVT: nghìn đồng", T, 0))),
    ("rev", dict(cap="Doanh thu dự kiến", layout="A", price=("đồng", 1, 0), u=U("row", "triệu đồng", M, 1))),
    ("cost", dict(cap="Chi phí sản xuất kinh doanh", u=U("header", "Khoản mục (ĐVT: triệu đồng)", M, 1))),
    ("sum", dict(cap="Hiệu quả kinh tế của phương án", u=U("row", "tỷ đồng", B, 3),
                 rowunits=dict(rev=("tỷ đồng", B, 3), cost=("tỷ đồng", B, 3), profit=("triệu đồng", M, 1)))),
]
PLANS["hg03"]["tables"] = [
    ("hist", dict(cap="Kết quả kinh doanh của hộ 2024 – 2026", outlabel="Sản lượng khô", out=("tạ", 100, 1),
                  price=("nghìn đồng/kg", T, 0), money=("triệu đồng", M, 1))),
    ("price", dict(cap="Quy cách và giá bán", u=U("header", "Giá bán (đồng)", 1, 0))),
    ("raw", dict(cap="Nguồn cà gai leo tươi", u=U("dvt", "ĐVT: tấn cây tươi", T, 2), units=[("tấn", T, 2)])),
    ("staff", dict(cap="Lao động của hộ", wage=("đồng/tháng", 1, 0), fund=("triệu đồng", M, 1))),
    ("out", dict(cap="Kế hoạch sản xuất", unit=("kg", 1, 0))),
    ("inv", dict(cap="Vốn đầu tư", u=U("header", "Số tiền (đồng)", 1, 0))),
    ("src", dict(cap="Nguồn vốn đầu tư", u=U("header", "Số tiền (triệu đồng)", M, 0))),
    ("rev", dict(cap="Doanh thu theo sản phẩm", layout="B", price=("đồng", 1, 0),
                 u=U("header", "Thành tiền (đồng)", 1, 0))),
    ("cost", dict(cap="Chi phí hằng năm", u=U("dvt", "Đơn vị tính: đồng", 1, 0))),
    ("sum", dict(cap="Lợi nhuận dự kiến", u=U("dvt", "ĐVT: triệu đồng", M, 1))),
]
PLANS["hg04"]["tables"] = [
    ("hist", dict(cap="Kết quả hoạt động 2024 – 2026", outlabel="Số nón bán ra", out=("chiếc", 1, 0),
                  price=("đồng/chiếc", 1, 0), money=("nghìn đồng", T, 0))),
    ("price", dict(cap="Sản phẩm của tổ", u=U("header", "Giá bán (nghìn đồng)", T, 0))),
    ("raw", dict(cap="Nguyên liệu lá nón và khung vành", u=U("col", "", 1, 0),
                 units=[("kg", 1, 0), ("bộ", 1, 0)])),
    ("staff", dict(cap="Lao động thường xuyên của tổ", wage=("nghìn đồng/tháng", T, 0),
                   fund=("nghìn đồng/năm", T, 0))),
    ("out", dict(cap="Kế hoạch sản phẩm", unit=("chiếc", 1, 0))),
    ("inv", dict(cap="Vốn đầu tư của tổ", u=U("dvt", "ĐVT: 1.000 đồng", T, 0))),
    ("src", dict(cap="Nguồn vốn", u=U("note", "Số liệu tính bằng nghìn đồng.", T, 0))),
    ("rev", dict(cap="Doanh thu dự kiến", layout="B", price=("đồng", 1, 0),
                 u=U("header", "Thành tiền (nghìn đồng)", T, 0))),
    ("cost", dict(cap="Chi phí dự kiến",
                  u=U("lead", "Chi phí hằng năm của tổ được dự toán bằng triệu đồng như sau.", M, 1))),
    ("sum", dict(cap="Hiệu quả kinh tế", u=U("row", "triệu đồng", M, 1),
                 rowunits=dict(rev=("triệu đồng", M, 1), cost=("triệu đồng", M, 1), profit=("triệu đồng", M, 1)))),
]
PLANS["hg05"]["tables"] = [
    ("hist", dict(cap="Kết quả sản xuất kinh doanh 2024 – 2026", out=("lít", 1, 0),
                  price=("đồng/lít", 1, 0), money=("tỷ đồng", B, 3))),
    ("price", dict(cap="Sản phẩm rượu nếp sim", u=U("header", "Giá bán lẻ (đồng)", 1, 0))),
    ("raw", dict(cap="Nguồn gạo nếp và quả sim", u=U("dvt", "ĐVT: tấn", T, 1),
                 units=[("tấn", T, 1), ("tấn", T, 1)], need=False)),
    ("staff", dict(cap="Lao động và quỹ lương", wage=("triệu đồng/tháng", M, 1), fund=("triệu đồng/năm", M, 1))),
    ("out", dict(cap="Kế hoạch sản lượng", unit=("lít", 1, 0))),
    ("inv", dict(cap="Tổng vốn đầu tư",
                 u=U("lead", "Tổng vốn đầu tư của phương án tính bằng triệu đồng theo bảng dưới đây.", M, 0))),
    ("src", dict(cap="Nguồn vốn", u=U("header", "Số tiền (tỷ đồng)", B, 2))),
    ("rev", dict(cap="Doanh thu dự kiến", layout="B", price=("đồng", 1, 0),
                 u=U("header", "Thành tiền (1.000 đ)", T, 0))),
    ("cost", dict(cap="Chi phí dự kiến", u=U("note", "Đơn vị: triệu đồng.", M, 1))),
    ("sum", dict(cap="Tổng hợp kết quả kinh doanh", u=U("dvt", "ĐVT: triệu đồng", M, 1))),
]
PLANS["hg06"]["tables"] = [
    ("hist", dict(cap="Kết quả của hộ 2024 – 2026", outlabel="Sản lượng mật ong", out=("tạ", 100, 1),
                  price=("đồng/kg", 1, 0), money=("triệu đồng", M, 1))),
    ("price", dict(cap="Sản phẩm và giá bán", u=U("header", "Giá bán (nghìn đồng)", T, 0))),
    ("raw", dict(cap="Nguồn mật ong thô", u=U("col", "", 1, 0), units=[("kg", 1, 0)])),
    ("staff", dict(cap="Lao động", wage=("đồng/người/tháng", 1, 0), fund=("nghìn đồng", T, 0))),
    ("out", dict(cap="Kế hoạch sản lượng", unit=("kg", 1, 0))),
    ("inv", dict(cap="Vốn đầu tư", u=U("header", "Số tiền (đồng)", 1, 0))),
    ("src", dict(cap="Nguồn vốn", u=U("dvt", "ĐVT: triệu đồng", M, 0))),
    ("rev", dict(cap="Doanh thu", layout="A", price=("đồng", 1, 0), u=U("row", "nghìn đồng", T, 0))),
    ("cost", dict(cap="Chi phí", u=U("dvt", "ĐVT: 1.000 đồng", T, 0))),
    ("sum", dict(cap="Hiệu quả", u=U("note", "(Đơn vị tính: triệu đồng)", M, 1))),
]
PLANS["hg07"]["tables"] = [
    ("hist", dict(cap="Kết quả sản xuất kinh doanh 2024 – 2026", outlabel="Sản lượng nấm khô", out=("kg", 1, 0),
                  price=("nghìn đồng/kg", T, 0), money=("tỷ đồng", B, 2))),
    ("price", dict(cap="Sản phẩm nấm linh chi", u=U("header", "Giá bán (đồng/sản phẩm)", 1, 0))),
    ("raw", dict(cap="Nguồn nấm linh chi tươi", u=U("dvt", "ĐVT: kg nấm tươi", 1, 0), units=[("kg", 1, 0)])),
    ("staff", dict(cap="Nhân sự", wage=("triệu đồng/tháng", M, 1), fund=("triệu đồng/năm", M, 1))),
    ("out", dict(cap="Kế hoạch sản lượng", unit=("kg", 1, 0))),
    ("inv", dict(cap="Tổng mức đầu tư", u=U("dvt", "ĐVT: 1.000 đồng", T, 0))),
    ("src", dict(cap="Nguồn vốn đầu tư", u=U("header", "Số tiền (tỷ đồng)", B, 2))),
    ("rev", dict(cap="Doanh thu dự kiến", layout="B", price=("nghìn đồng", T, 0),
                 u=U("header", "Thành tiền (triệu đồng)", M, 1))),
    ("cost", dict(cap="Chi phí sản xuất kinh doanh",
                  u=U("lead", "Dự toán chi phí dưới đây tính bằng triệu đồng.", M, 1))),
    ("sum", dict(cap="Hiệu quả kinh tế", u=U("row", "tỷ đồng", B, 3),
                 rowunits=dict(rev=("tỷ đồng", B, 3), cost=("tỷ đồng", B, 3), profit=("triệu đồng", M, 1)))),
]
PLANS["hg08"]["tables"] = [
    ("hist", dict(cap="Kết quả sản xuất kinh doanh 2024 – 2026", outlabel="Sản lượng nước mắm",
                  out=("lít", 1, 0), price=("đồng/lít", 1, 0), money=("triệu đồng", M, 1))),
    ("price", dict(cap="Sản phẩm nước mắm", u=U("header", "Giá bán lẻ (đồng)", 1, 0))),
    ("raw", dict(cap="Nguồn cá cơm và muối", u=U("dvt", "ĐVT: tấn", T, 1), units=[("tấn", T, 1),
    ("tấn", T, 1)])),
    ("staff", dict(cap="Lao động", wage=("triệu đồng/tháng", M, 1), fund=("triệu đồng", M, 1))),
    ("out", dict(cap="Kế hoạch sản lượng", unit=("lít", 1, 0), capacity=False)),
    ("inv", dict(cap="Vốn đầu tư", u=U("header", "Kinh phí (triệu đồng)", M, 0))),
    ("src", dict(cap="Nguồn vốn", u=U("note", "Ghi chú: đơn vị tính triệu đồng.", M, 0))),
    ("rev", dict(cap="Doanh thu", layout="A", price=("đồng", 1, 0), u=U("row", "nghìn đồng", T, 0))),
    ("cost", dict(cap="Chi phí", u=U("dvt", "ĐVT: triệu đồng", M, 1))),
    ("sum", dict(cap="Tổng hợp kết quả", u=U("lead", "Tổng hợp kết quả kinh doanh (đơn vị: tỷ đồng):", B, 3))),
]
PLANS["hg09"]["tables"] = [
    ("hist", dict(cap="Kết quả của tổ 2024 – 2026", outlabel="Sản lượng tôm khô", out=("kg", 1, 0),
                  price=("nghìn đồng/kg", T, 0), money=("triệu đồng", M, 1))),
    ("price", dict(cap="Sản phẩm tôm khô", u=U("header", "Giá bán (đồng)", 1, 0))),
    ("raw", dict(cap="Nguồn tôm tươi", u=U("dvt", "ĐVT: tạ tôm tươi", 100, 1), units=[("tạ", 100, 1)])),
    ("staff", dict(cap="Lao động", wage=("triệu đồng/tháng", M, 1), fund=("triệu đồng", M, 1))),
    ("out", dict(cap="Kế hoạch sản lượng", unit=("kg", 1, 0))),
    ("inv", dict(cap="Vốn đầu tư", u=U("header", "Số tiền (nghìn đồng)", T, 0))),
    ("src", dict(cap="Nguồn vốn", u=U("dvt", "ĐVT: nghìn đồng", T, 0))),
    ("rev", dict(cap="Doanh thu dự kiến", layout="B", price=("đồng", 1, 0), u=U("header", "Thành tiền (đồng)", 1, 0))),
    ("cost", dict(cap="Chi phí dự kiến", u=U("header", "Khoản mục chi phí (nghìn đồng)", T, 0))),
    ("sum", dict(cap="Kết quả kinh doanh dự kiến", u=U("dvt", "ĐVT: triệu đồng", M, 1))),
]
PLANS["hg10"]["tables"] = [
    ("hist", dict(cap="Kết quả của gia đình 2024 – 2026", outlabel="Sản lượng tương", out=("lít", 1, 0),
                  price=("đồng/lít", 1, 0), money=("triệu đồng", M, 1))),
    ("raw", dict(cap="Nguyên liệu đậu nành và gạo nếp", u=U("col", "", 1, 0), units=[("kg", 1, 0),
    ("kg", 1, 0)])),
    ("staff", dict(cap="Lao động gia đình", wage=("triệu đồng/người/tháng", M, 1), fund=("triệu đồng", M, 1))),
    ("out", dict(cap="Kế hoạch sản lượng", unit=("lít", 1, 0))),
    ("inv", dict(cap="Vốn đầu tư", u=U("lead", "Các khoản đầu tư dưới đây tính bằng đồng.", 1, 0))),
    ("src", dict(cap="Nguồn vốn", u=U("header", "Số tiền (đồng)", 1, 0))),
    ("rev", dict(cap="Doanh thu dự kiến", layout="A", price=("đồng", 1, 0), u=U("row", "đồng", 1, 0))),
    ("cost", dict(cap="Chi phí dự kiến", u=U("note", "Đơn vị tính: nghìn đồng.", T, 0))),
    ("sum", dict(cap="Kết quả dự kiến", u=U("row", "triệu đồng", M, 1),
                 rowunits=dict(rev=("triệu đồng", M, 1), cost=("triệu đồng", M, 1), profit=("triệu đồng", M, 1)))),
]


def model(key: str, true: bool = False) -> dict:
    """Every figure of plan `key` in đồng, kg, litres or pieces; `true` ignores the planted
    overrides (what the plan should have printed)."""
    P = PLANS[key]
    O = {} if true else P.get("printed", {})
    prods = P["products"]
    m: dict = {}
    m["packs"] = [list(p["packs"]) for p in prods]
    m["price"] = [list(p["price"]) for p in prods]
    m["out"] = [sum(p["packs"][y] * p["size"] for p in prods) for y in Y]
    m["rev_line"] = [[p["packs"][y] * p["price"][y] for y in Y] for p in prods]
    for (i, y), v in O.get("rev_line", {}).items():
        m["rev_line"][i][y] = v
    m["rev"] = [sum(line[y] for line in m["rev_line"]) for y in Y]
    h = P["hist"]
    m["hout"] = list(h["out"])
    m["hprice"] = list(h["price"])
    m["hrev"] = [h["out"][i] * h["price"][i] for i in range(3)]
    m["hprofit"] = [m["hrev"][i] * h["margin"][i] for i in range(3)]
    m["hgrow"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    m["need"] = [[m["out"][y] * r["norm"] for y in Y] for r in P["raws"]]
    m["sup"] = [[sum(row[1][y] for row in r["rows"]) for y in Y] for r in P["raws"]]
    m["bal"] = [[m["sup"][i][y] - m["need"][i][y] for y in Y] for i in range(len(P["raws"]))]
    c = P["cap"]
    m["cap"] = c["rating"] * c["days"]
    m["use"] = [m["out"][y] / m["cap"] * 100 for y in Y]
    m["staff"] = [sum(n[y] for _, n in P["staff"]) for y in Y]
    m["wage"] = [P["wage"][y] * 1e6 for y in Y]
    m["wagefund"] = [m["staff"][y] * m["wage"][y] * 12 for y in Y]
    m["inv_items"] = [v * 1e6 for _, v, _ in P["inv"]]
    m["inv"] = sum(m["inv_items"])
    m["fixed"] = sum(v * 1e6 for _, v, f in P["inv"] if f)
    m["depr"] = m["fixed"] / P["life"]
    m["src_items"] = [v * 1e6 for _, v in P["src"]]
    m["src"] = sum(m["src_items"])
    m["src_share"] = [v / m["src"] * 100 for v in m["src_items"]]
    lines = [("raw", [need[y] * r["price"] for y in Y]) for r, need in zip(P["raws"], m["need"])]
    lines.append(("pack", [sum(p["packs"][y] * p["packcost"] for p in prods) for y in Y]))
    lines.append(("energy", [m["out"][y] * P["energy"] for y in Y]))
    lines.append(("wage", list(m["wagefund"])))
    lines.append(("depr", [m["depr"]] * 3))
    if P.get("loan"):
        lines.append(("int", [P["loan"][y] * 1e6 * P["rate"] for y in Y]))
    lines.append(("sell", [m["rev"][y] * P["sell"] for y in Y]))
    if P.get("tax"):
        lines.append(("tax", [m["rev"][y] * P["tax"] for y in Y]))
    lines.append(("other", [P["other"][y] * 1e6 for y in Y]))
    m["cost_lines"] = lines
    m["cost_sum"] = [sum(v[y] for _, v in lines) for y in Y]
    m["cost"] = list(m["cost_sum"])
    for y, v in O.get("cost_total", {}).items():
        m["cost"][y] = v
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    for y, v in O.get("profit", {}).items():
        m["profit"][y] = v
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["avgprofit"] = sum(m["profit"]) / 3
    m["payback"] = O.get("payback", m["inv"] / (m["avgprofit"] + m["depr"]))
    m["growth"] = [(m["out"][y] / (m["out"][y - 1] if y else m["hout"][2]) - 1) * 100 for y in Y]
    m["rgrowth"] = [(m["rev"][y] / (m["rev"][y - 1] if y else m["hrev"][2]) - 1) * 100 for y in Y]
    return m


# --------------------------------------------------------------------------- tables
def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{abs(x):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 and s.strip("0,.") else "") + s


class N:
    """A numeric cell: the value in the table's unit and its decimals."""

    def __init__(self, v: float, dec: int):
        self.v, self.dec = v, dec

    def __str__(self) -> str:
        return fmt(self.v, self.dec)


CLABELS = dict(pack="Bao bì, nhãn", energy="Điện, nước, nhiên liệu", wage="Tiền lương, tiền công",
               depr="Khấu hao tài sản cố định", int="Lãi vay ngân hàng", sell="Bán hàng, quảng bá",
               tax="Thuế, phí", other="Chi phí khác")


def tables(key: str, m: dict | None = None) -> list[dict]:
    """The plan's computed tables as it prints them: caption text (after "Bảng N."), where the
    unit is declared, header, rows (text cells and N cells)."""
    P = PLANS[key]
    m = m or model(key)
    prods = P["products"]
    yh = ["Năm 2027", "Năm 2028", "Năm 2029"]
    out = []
    for kind, o in P["tables"]:
        u = o.get("u")
        t = dict(kind=kind, cap=o["cap"], u=u, lead=None, dvt=None, note=None)
        if u and u["form"] in ("lead", "dvt", "note"):
            t[u["form"]] = u["text"]
        sc = u["scale"] if u else 1
        dc = u["dec"] if u else 0

        def mon(v, scale=None, dec=None):
            return N(v / (scale or sc), dc if dec is None else dec)

        rows: list[list] = []
        if kind == "hist":
            (ou, os_, od), (pu, ps, pd), (mu, ms, md) = o["out"], o["price"], o["money"]
            t["header"] = ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"]
            rows = [["1", f"{o.get('outlabel', 'Sản lượng')} ({ou})"] + [N(v / os_, od) for v in m["hout"]],
                    ["2", f"Giá bán bình quân ({pu})"] + [N(v / ps, pd) for v in m["hprice"]],
                    ["3", f"Doanh thu ({mu})"] + [N(v / ms, md) for v in m["hrev"]],
                    ["4", f"Lợi nhuận ({mu})"] + [N(v / ms, md) for v in m["hprofit"]]]
        elif kind == "price":
            t["header"] = ["TT", "Sản phẩm", "Quy cách", u["text"] if u["form"] == "header" else "Giá bán lẻ"]
            rows = [[str(i + 1), p["name"], p["spec"], mon(p["price"][0])] for i, p in enumerate(prods)]
        elif kind == "raw":
            col = u["form"] == "col"
            t["header"] = ["TT", "Nguồn cung, nhu cầu"] + (["ĐVT"] if col else []) + yh
            n = 0
            for r, (ut, us, ud), need, sup in zip(P["raws"], o["units"], m["need"], m["sup"]):
                for label, vals in r["rows"]:
                    n += 1
                    rows.append([str(n), label] + ([ut] if col else []) + [N(v / us, ud) for v in vals])
                lab = r["name"][0].lower() + r["name"][1:]
                rows.append(["", f"Cộng nguồn {lab}"] + ([ut] if col else []) + [N(v / us, ud) for v in sup])
                if o.get("need", True):
                    rows.append(["", f"Nhu cầu {lab} theo kế hoạch"] + ([ut] if col else [])
                                + [N(v / us, ud) for v in need])
                    rows.append(["", "Còn dư"] + ([ut] if col else [])
                                + [N((s - v) / us, ud) for s, v in zip(sup, need)])
        elif kind == "staff":
            (wu, ws, wd), (fu, fs, fd) = o["wage"], o["fund"]
            t["header"] = ["TT", "Vị trí công việc"] + yh
            rows = [[str(i + 1), role] + [N(v, 0) for v in n] for i, (role, n) in enumerate(P["staff"])]
            k = len(P["staff"])
            rows += [[str(k + 1), "Tổng số lao động (người)"] + [N(v, 0) for v in m["staff"]],
                     [str(k + 2), f"Lương bình quân ({wu})"] + [N(v / ws, wd) for v in m["wage"]],
                     [str(k + 3), f"Quỹ lương ({fu})"] + [N(v / fs, fd) for v in m["wagefund"]]]
        elif kind == "out":
            qu, qs, qd = o["unit"]
            t["header"] = ["TT", "Sản phẩm, chỉ tiêu"] + yh
            rows = [[str(i + 1), f"{p['name']}, {p['spec']} ({p['pack']})"] + [N(v, 0) for v in p["packs"]]
                    for i, p in enumerate(prods)]
            k = len(prods)
            rows.append([str(k + 1), f"Sản lượng quy đổi ({qu})"] + [N(v / qs, qd) for v in m["out"]])
            if o.get("capacity", True):
                rows.append([str(k + 2), f"Công suất thiết kế ({qu}/năm)"] + [N(m["cap"] / qs, qd)] * 3)
                rows.append([str(k + 3), "Mức sử dụng công suất (%)"] + [N(v, 1) for v in m["use"]])
        elif kind == "inv":
            t["header"] = ["TT", "Hạng mục đầu tư", u["text"] if u["form"] == "header" else "Số tiền"]
            rows = [[str(i + 1), lab, mon(v)] for i, ((lab, _, _), v) in enumerate(zip(P["inv"], m["inv_items"]))]
            rows.append(["", "Tổng cộng", mon(m["inv"])])
        elif kind == "src":
            t["header"] = ["TT", "Nguồn vốn", u["text"] if u["form"] == "header" else "Số tiền", "Tỷ lệ (%)"]
            rows = [[str(i + 1), lab, mon(v), N(s, 1)]
                    for i, ((lab, _), v, s) in enumerate(zip(P["src"], m["src_items"], m["src_share"]))]
            rows.append(["", "Tổng cộng", mon(m["src"]), N(100, 1)])
        elif kind == "rev" and o["layout"] == "A":
            pu, ps, pd = o["price"]
            t["header"] = ["TT", "Sản phẩm, chỉ tiêu"] + yh
            for i, p in enumerate(prods):
                rows += [[f"{i + 1}.1", f"{p['short']}: số lượng ({p['pack']})"] + [N(v, 0) for v in p["packs"]],
                         [f"{i + 1}.2", f"Đơn giá ({pu}/{p['pack']})"] + [N(v / ps, pd) for v in p["price"]],
                         [f"{i + 1}.3", f"Thành tiền ({u['text']})"] + [mon(v) for v in m["rev_line"][i]]]
            rows.append([str(len(prods) + 1), f"Tổng doanh thu ({u['text']})"] + [mon(v) for v in m["rev"]])
        elif kind == "rev":
            pu, ps, pd = o["price"]
            t["header"] = ["Năm", "Sản phẩm", "Số lượng", f"Đơn giá ({pu})", u["text"]]
            for y in Y:
                for i, p in enumerate(prods):
                    rows.append([str(YEARS[y]), p["short"], N(p["packs"][y], 0),
                                 N(p["price"][y] / ps, pd), mon(m["rev_line"][i][y])])
                rows.append([str(YEARS[y]), "Cộng", "–", "–", mon(m["rev"][y])])
        elif kind == "cost":
            lab = dict(CLABELS, **P.get("clabels", {}))
            t["header"] = [("TT"), u["text"] if u["form"] == "header" else "Khoản mục chi phí"] + yh
            raws = iter(P["raws"])
            for i, (k, vals) in enumerate(m["cost_lines"]):
                name = next(raws)["name"] if k == "raw" else lab[k]
                if u["form"] == "row":
                    name = f"{name} ({u['text']})"
                rows.append([str(i + 1), name] + [mon(v) for v in vals])
            tot = "Tổng chi phí" + (f" ({u['text']})" if u["form"] == "row" else "")
            rows.append(["", tot] + [mon(v) for v in m["cost"]])
        elif kind == "sum":
            t["header"] = ["TT", "Chỉ tiêu"] + yh
            ru = o.get("rowunits", {})
            labels = [("rev", "Doanh thu"), ("cost", "Tổng chi phí"), ("profit", "Lợi nhuận")]
            for i, (k, lab) in enumerate(labels):
                if k in ru:
                    text, s, d = ru[k]
                    rows.append([str(i + 1), f"{lab} ({text})"] + [N(v / s, d) for v in m[k]])
                else:
                    rows.append([str(i + 1), lab] + [mon(v) for v in m[k]])
            rows.append(["4", "Tỷ suất lợi nhuận trên doanh thu (%)"] + [N(v, 1) for v in m["margin"]])
        else:
            raise ValueError(kind)
        t["rows"] = rows
        out.append(t)
    return out


def render(t: dict) -> list[str]:
    """The table as Markdown lines (without caption, lead and note)."""
    lines = ["| " + " | ".join(t["header"]) + " |", "|" + "---|" * len(t["header"])]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in t["rows"]]
    return lines


# --------------------------------------------------------------------------- facts
def quantity(m: dict, q: str, idx: str) -> float:
    """A figure of the model by name: out|0, rev|1, need|0,2 (raw 0, year 2), pk|1,0 ..."""
    ix = [int(x) for x in idx.split(",")] if idx not in ("", "-") else []
    names = dict(pk="packs", pr="price", sup="sup", need="need", bal="bal", revline="rev_line",
                 src="src_items", invitem="inv_items")
    v = m[names.get(q, q)]
    for i in ix:
        v = v[i]
    return v


def fact(m: dict, spec: str) -> str:
    """«q|idx|unit|dec» -> the text the plan prints, e.g. '14,2 tấn'."""
    q, idx, unit, dec = spec.split("|")
    v = quantity(m, q, idx) / SCALE.get(unit, 1)
    num = fmt(v, int(dec))
    if unit == "%":
        return f"{num}%"
    return f"{num} {unit}".strip()


FACT = re.compile(r"«([^»]+)»")


# --------------------------------------------------------------------------- checks
class Plan(plancheck.Plan):
    src = HERE / "src"

    def lines(self) -> list[str]:
        return self.body.splitlines()

    def table_block(self, cap: str) -> tuple[int, int, int] | None:
        """(caption line, first table line, end) of the table captioned `cap`."""
        ls = self.lines()
        pat = re.compile(r"^(Bảng|Biểu) \d+[.:] " + re.escape(cap) + "$")
        hits = [i for i, line in enumerate(ls) if pat.match(line.strip())]
        if len(hits) != 1:
            self.failures.append(f"caption {cap!r} found {len(hits)} times")
            return None
        i = j = hits[0]
        while j < len(ls) and not ls[j].startswith("|"):
            j += 1
        k = j
        while k < len(ls) and ls[k].startswith("|"):
            k += 1
        return i, j, k

    def check_table(self, t: dict) -> None:
        where = self.table_block(t["cap"])
        if not where:
            return
        i, j, k = where
        ls = self.lines()
        before = [x for x in ls[:i] if x.strip()]
        between = [x for x in ls[i + 1:j] if x.strip()]
        after = [x for x in ls[k:] if x.strip()]
        self.check(between == ([t["dvt"]] if t["dvt"] else []),
                   f"{t['cap']}: lines between caption and table {between}")
        if t["lead"]:
            self.check(before and before[-1] == t["lead"], f"{t['cap']}: lead sentence missing")
        if t["note"]:
            self.check(after and after[0] == t["note"], f"{t['cap']}: note under the table missing")
        rows = [[c.strip() for c in x.strip().strip("|").split("|")] for x in ls[j:k]]
        want = [t["header"]] + [list(map(str, r)) for r in t["rows"]]
        got = [rows[0]] + rows[2:]
        if len(got) != len(want):
            self.failures.append(f"{t['cap']}: {len(got)} rows, model {len(want)}")
            return
        model_rows = [t["header"]] + t["rows"]
        for r_got, r_mod in zip(got, model_rows):
            if len(r_got) != len(r_mod):
                self.failures.append(f"{t['cap']}: row {r_got} has {len(r_got)} cells")
                continue
            for c_got, c_mod in zip(r_got, r_mod):
                if isinstance(c_mod, N):
                    ok = re.fullmatch(r"-?[\d.,]+", c_got) is not None
                    v = vn(c_got) if ok else None
                    half = 0.5 * 10 ** -c_mod.dec + 1e-9
                    if not ok or not (abs(v - c_mod.v) <= half or abs(v - c_mod.v) <= 0.01 * abs(c_mod.v)):
                        self.failures.append(f"{t['cap']}: {r_got[1]!r} printed {c_got}, model {c_mod}")
                elif c_got != c_mod:
                    self.failures.append(f"{t['cap']}: cell {c_got!r}, model {c_mod!r}")

    def check_facts(self, m: dict, specs: list[str]) -> None:
        for spec in specs:
            self.has(fact(m, spec))


def planted(p: Plan, what: str, printed: float, true: float, lo: float = 5.0, hi: float = 45.0) -> None:
    """A planted numeric defect: wrong by more than 5 % (and not absurdly)."""
    d = abs(printed - true) / abs(true) * 100
    p.check(lo < d < hi, f"{what}: printed {printed:.4g}, true {true:.4g} ({d:.1f} %)")


def check_full(key: str, p: Plan) -> tuple[dict, dict]:
    """Tables, facts and the sanity every full plan shares; returns (printed, true) models."""
    m, t = model(key), model(key, true=True)
    for tab in tables(key, m):
        p.check_table(tab)
    p.check_facts(m, FACTS.get(key, []))
    P = PLANS[key]
    p.check(m["src"] == m["inv"] or "capital" in P.get("defects", ()), "sources do not add up to investment")
    p.check(len(re.findall(r"^(Bảng|Biểu) \d+[.:] ", p.body, re.M)) in range(10, 16), "10-15 tables")
    nums = [int(n) for n in re.findall(r"^(?:Bảng|Biểu) (\d+)[.:] ", p.body, re.M)]
    p.check(nums == list(range(1, len(nums) + 1)), f"table numbers {nums}")
    p.lacks(PLACEHOLDER, "template placeholder")
    for y in Y:
        if "growth" not in P.get("defects", ()):
            p.check(t["rgrowth"][y] < 35 and t["growth"][y] < 35, f"growth {YEARS[y]} {t['growth'][y]:.1f} %")
        if "capacity" not in P.get("defects", ()):
            p.check(t["use"][y] <= 85, f"capacity use {YEARS[y]} {t['use'][y]:.1f} %")
        if "material" not in P.get("defects", ()):
            for i, r in enumerate(P["raws"]):
                p.check(t["sup"][i][y] >= 1.05 * t["need"][i][y], f"{r['name']} supply {YEARS[y]}")
        if "growth" not in P.get("defects", ()):
            p.check(0 < t["margin"][y] < 35, f"margin {YEARS[y]} {t['margin'][y]:.1f} %")
    if "payback" not in P.get("defects", ()) and "payback" not in P.get("printed", {}):
        p.has(f"{fmt(m['payback'], 1)} năm")
    return m, t


def ready(p: Plan) -> None:
    """What every ready plan carries and must not carry."""
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument or abolished level")
    for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(d) >= 2029, f"a paper valid only to {d}")


# Figures the running text quotes (written by the generator from the prose it lays out).
FACTS: dict[str, list[str]] = {
    'hg01': [
        'out|0|tấn|1',
        'out|2|tấn|1',
        'rev|0|triệu đồng|0',
        'rev|2|tỷ đồng|2',
        'profit|0|triệu đồng|1',
        'hout|2|kg|0',
        'hrev|2|tỷ đồng|2',
        'hgrow|-|%|1',
        'need|0,0|tấn|1',
        'need|0,2|kg|0',
        'need|1,2|kg|0',
        'cap|-|tấn|0',
        'wage|0|triệu đồng|1',
        'use|0|%|1',
        'use|2|%|1',
        'inv|-|tỷ đồng|2',
        'fixed|-|triệu đồng|0',
        'cost|0|tỷ đồng|2',
        'inv|-|triệu đồng|0',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|0',
        'payback|-|năm|1',
    ],
    'hg02': [
        'hout|2|lít|0',
        'hrev|2|triệu đồng|1',
        'out|0|lít|0',
        'out|2|nghìn lít|0',
        'rev|0|tỷ đồng|2',
        'rev|2|tỷ đồng|2',
        'need|0,0|kg|0',
        'need|0,2|kg|0',
        'cap|-|lít|0',
        'use|0|%|1',
        'use|2|%|1',
        'inv|-|tỷ đồng|1',
        'src|2|triệu đồng|0',
        'profit|0|tỷ đồng|2',
        'margin|0|%|1',
        'inv|-|triệu đồng|0',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|0',
        'payback|-|năm|1',
    ],
    'hg03': [
        'out|0|tạ|0',
        'out|2|tạ|1',
        'rev|0|tỷ đồng|3',
        'profit|0|triệu đồng|0',
        'hout|2|tấn|1',
        'hrev|2|triệu đồng|1',
        'need|0,0|kg|0',
        'need|0,2|kg|0',
        'cap|-|kg|0',
        'wage|0|triệu đồng|0',
        'use|0|%|1',
        'use|2|%|1',
        'inv|-|triệu đồng|0',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|0',
        'payback|-|năm|1',
    ],
    'hg04': [
        'out|0|chiếc|0',
        'pk|2,0|bộ|0',
        'out|2|chiếc|0',
        'rev|0|tỷ đồng|2',
        'profit|0|triệu đồng|0',
        'hout|2|chiếc|0',
        'hrev|2|triệu đồng|0',
        'need|0,0|tạ|1',
        'need|0,2|tạ|1',
        'need|1,0|bộ|0',
        'cap|-|chiếc|0',
        'wage|0|triệu đồng|1',
        'inv|-|triệu đồng|0',
        'margin|0|%|1',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|0',
        'payback|-|năm|1',
    ],
    'hg05': [
        'out|0|lít|0',
        'out|2|lít|0',
        'rev|0|tỷ đồng|2',
        'hout|2|lít|0',
        'hrev|2|triệu đồng|1',
        'need|0,0|tạ|0',
        'need|0,2|tạ|0',
        'need|1,0|tạ|0',
        'cap|-|lít|0',
        'use|2|%|0',
        'wage|0|triệu đồng|1',
        'inv|-|tỷ đồng|1',
        'inv|-|triệu đồng|0',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|0',
        'payback|-|năm|1',
    ],
    'hg06': [
        'rev|0|triệu đồng|0',
        'hout|2|kg|0',
        'hrev|2|triệu đồng|0',
        'out|0|tạ|1',
        'out|2|tạ|1',
        'need|0,0|tạ|0',
        'cap|-|kg|0',
        'wage|0|triệu đồng|0',
        'inv|-|tỷ đồng|1',
        'profit|0|triệu đồng|0',
        'payback|-|năm|1',
    ],
    'hg07': [
        'out|0|kg|0',
        'out|2|tấn|2',
        'rev|0|tỷ đồng|2',
        'hout|2|tấn|1',
        'hrev|2|triệu đồng|0',
        'need|0,0|tấn|1',
        'need|0,2|tấn|1',
        'cap|-|kg|0',
        'wage|0|triệu đồng|1',
        'use|2|%|1',
        'inv|-|tỷ đồng|2',
        'payback|-|năm|1',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|0',
    ],
    'hg08': [
        'out|0|lít|0',
        'out|2|lít|0',
        'rev|0|tỷ đồng|2',
        'hout|2|lít|0',
        'hrev|2|tỷ đồng|2',
        'need|0,0|kg|0',
        'need|1,0|kg|0',
        'need|0,2|kg|0',
        'cap|-|lít|0',
        'wage|0|triệu đồng|1',
        'inv|-|triệu đồng|0',
        'profit|0|triệu đồng|1',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|0',
        'payback|-|năm|1',
    ],
    'hg09': [
        'out|0|tạ|0',
        'out|1|tạ|0',
        'out|2|tạ|1',
        'rev|0|triệu đồng|0',
        'rev|2|tỷ đồng|2',
        'hout|2|kg|0',
        'hrev|2|triệu đồng|0',
        'hgrow|-|%|1',
        'need|0,0|tấn|2',
        'need|0,2|tấn|0',
        'cap|-|kg|0',
        'wage|0|triệu đồng|1',
        'inv|-|triệu đồng|0',
        'avgprofit|-|triệu đồng|1',
        'payback|-|năm|1',
    ],
    'hg10': [
        'out|0|lít|0',
        'out|2|lít|0',
        'rev|0|triệu đồng|0',
        'rev|2|tỷ đồng|2',
        'hout|2|lít|0',
        'hrev|2|triệu đồng|1',
        'need|0,0|tạ|1',
        'need|1,0|tấn|2',
        'cap|-|lít|0',
        'wage|0|triệu đồng|1',
        'inv|-|triệu đồng|0',
        'profit|0|triệu đồng|0',
        'avgprofit|-|triệu đồng|1',
        'depr|-|triệu đồng|1',
        'payback|-|năm|1',
    ],
}


# --------------------------------------------------------------------------- per plan
def stems() -> dict[str, str]:
    return {p.stem[:4]: p.stem for p in sorted((HERE / "src").glob("hg*.md"))}


CHECKS: dict = {}


def check(key: str):
    def deco(fn):
        CHECKS[key] = fn
        return fn
    return deco


def short(x: float) -> str:
    """A constant as the text writes it: 2.2 -> '2,2', 0.45 -> '0,45', 1 -> '1'."""
    return fmt(x, len(repr(float(x)).split(".")[1].rstrip("0")))


def pct(x: float) -> str:
    return f"{fmt(x * 100, 1 if (x * 100) % 1 else 0)} %"


def stated(p: Plan, key: str, per: dict[str, str] | None = None) -> None:
    """The constants the running text states: norms, purchase prices, pack costs, energy, shares of
    revenue, loan rate and yearly repayment, capacity rating and days."""
    P = PLANS[key]
    for r in P["raws"]:
        p.has(f"{fmt(r['price'])} đồng/{r['unit']}")
        p.has(f"{short(r['norm'])} {r['unit']}")
    for k in ("sell", "tax"):
        if P.get(k):
            p.has(pct(P[k]))
    if P.get("loan"):
        p.has(pct(P["rate"]) + "/năm", f"{fmt(P['loan'][0] - P['loan'][1])} triệu đồng")
    p.has(f"{fmt(P['energy'])} đồng/")
    for x in (per or {}).values():
        p.has(x)


def packs_stated(p: Plan, key: str) -> None:
    for q in PLANS[key]["products"]:
        p.has(f"{fmt(q['packcost'])} đồng")


def sketchy(p: Plan, figures: list[str], lacks: str) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*figures)
    p.lacks(lacks, "a paper the sketchy plan should not have")
    p.lacks(PLACEHOLDER, "template placeholder")


PAPERS_FOOD = ("cơ sở đủ điều kiện ATTP", "Tiêu chuẩn cơ sở", "tự công bố", "Phiếu kết quả thử nghiệm",
               "Giấy chứng nhận đăng ký nhãn hiệu", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP",
               "mã QR", "lưu mẫu")


@check("hg01")
def _hg01(p: Plan) -> None:
    check_full("hg01", p)
    ready(p)
    stated(p, "hg01", dict(cap="75 kg/ngày × 280 ngày", box="45.000 đồng/hộp"))
    packs_stated(p, "hg01")
    p.has(*PAPERS_FOOD, "3002236417", "đến 14/5/2029", "nhật ký sản xuất", "không phải đăng ký môi trường")


@check("hg02")
def _hg02(p: Plan) -> None:
    m, _ = check_full("hg02", p)
    ready(p)
    stated(p, "hg02", dict(cap="200 lít/ngày, làm 220 ngày", bottle="22.000 đồng/chai 330 ml",
                           per_l=f"{fmt(round(22000 / 0.33, -2))} đồng/lít"))
    packs_stated(p, "hg02")
    p.has(*PAPERS_FOOD, "3001987452", "42 thành viên", "QCVN 6-2:2010/BYT", "đăng ký môi trường",
          "đến 09/9/2029")


@check("hg03")
def _hg03(p: Plan) -> None:
    check_full("hg03", p)
    ready(p)
    stated(p, "hg03", dict(cap="15 kg khô/ngày × 260 ngày", box="40.000 đồng/hộp",
                           own="8 tấn cây tươi/ha/năm"))
    packs_stated(p, "hg03")
    p.check(PLANS["hg03"]["raws"][0]["rows"][0][1][0] == 1.2 * 8000, "own plants = 1,2 ha × 8 tấn")
    p.has(*PAPERS_FOOD, "28A8004172", "không ghi công dụng chữa bệnh", "đến 20/3/2029")
    p.lacks(r"chữa (viêm|gan|bệnh gan)|giải độc gan|hỗ trợ điều trị", "health claim")


@check("hg04")
def _hg04(p: Plan) -> None:
    check_full("hg04", p)
    ready(p)
    stated(p, "hg04", dict(cap="90 chiếc/ngày, làm 280 ngày", hat="65.000 đồng/chiếc",
                           set="120.000 đồng", mini="bộ 3 chiếc"))
    for q in PLANS["hg04"]["products"]:
        p.has(f"{fmt(q['packcost'])} đồng")
    p.check(PLANS["hg04"]["products"][2]["size"] == 3, "a set of mini hats is 3 pieces")
    p.has("TCCS 01:2026/NLKP", "Phiếu kết quả thử nghiệm", "Giấy chứng nhận đăng ký nhãn hiệu",
          "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP", "mã QR", "không phải thực phẩm",
          "3002311875", "không xông lưu huỳnh")


@check("hg05")
def _hg05(p: Plan) -> None:
    m, t = check_full("hg05", p)
    stated(p, "hg05", dict(cap="80 lít rượu/ngày và 270 ngày", bottle="95.000 đồng/chai"))
    packs_stated(p, "hg05")
    # no-alcohol-license: every other paper is there, no licence held or planned
    p.has("cơ sở đủ điều kiện ATTP", "TCCS 01:2025/HL", "tự công bố", "QCVN 6-3:2010/BYT",
          "Phiếu kết quả thử nghiệm", "Giấy chứng nhận đăng ký nhãn hiệu", "độ cồn", "Không sử dụng cho người dưới 18",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm|đăng ký sản xuất rượu", "alcohol licence")
    # revenue-mismatch: the 2028 line of the 500 ml bottle
    planted(p, "2028 revenue line, chai 500 ml", m["rev_line"][0][1], t["rev_line"][0][1])
    p.check(m["rev"][1] == m["rev_line"][0][1] + sum(x[1] for x in m["rev_line"][1:]), "subtotal follows the line")
    # material-shortfall: glutinous rice need (text, tạ) over supply (table, tấn)
    for y in (1, 2):
        planted(p, f"rice need {YEARS[y]} vs supply", t["need"][0][y], t["sup"][0][y])
    p.check(t["need"][0][0] / t["sup"][0][0] - 1 < 0.05, "2027 shortfall under 5 %")
    p.has("bảo đảm đủ cho kế hoạch sản xuất")
    p.lacks(r"\bthiếu\b|Còn dư", "a balance that shows the shortfall")
    p.check(not any(c.startswith("Nhu cầu") for r in p.rows for c in r[:2]), "a need row in a table")
    # tolerated payback-mismatch: the stated payback follows the inflated profit
    p.check(off(m["payback"], t["payback"]), "payback knock-on")
    p.lacks(REPLACED, "outdated instrument")


@check("hg06")
def _hg06(p: Plan) -> None:
    m, t = check_full("hg06", p)
    stated(p, "hg06", dict(cap="25 kg/ngày × 250 ngày", jar="170.000 đồng/hũ", hive="10 kg mật/đàn/năm"))
    p.check(PLANS["hg06"]["raws"][0]["rows"][0][1][0] == 260 * 10, "own honey = 260 hives × 10 kg")
    p.has("cơ sở đủ điều kiện ATTP", "TCCS 01:2026/NT", "tự công bố", "Phiếu kết quả thử nghiệm",
          "Giấy chứng nhận đăng ký nhãn hiệu", "nhật ký nuôi ong", "lưu mẫu", "148/QĐ-TTg", "1489/QĐ-TTg")
    # no-label-plan
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn|\bQR\b", "label")
    # payback-mismatch
    p.has(f"khoảng {fmt(m['payback'], 1)} năm")
    planted(p, "payback", m["payback"], t["payback"])
    # figure-inconsistent: the objectives' output in tấn against the table in kg (and 32,5 tạ)
    p.has("đạt 3,8 tấn")
    planted(p, "2027 output in the objectives", 3800, t["out"][0])
    p.lacks(REPLACED, "outdated instrument")


@check("hg07")
def _hg07(p: Plan) -> None:
    m, t = check_full("hg07", p)
    stated(p, "hg07", dict(cap="16 kg khô/ngày, làm 270 ngày", box="190.000 đồng/hộp"))
    packs_stated(p, "hg07")
    p.has("cơ sở đủ điều kiện ATTP", "Giấy chứng nhận đăng ký nhãn hiệu", "Nghị định số 43/2017/NĐ-CP",
          "mã QR", "lưu mẫu", "không ghi công dụng chữa bệnh", "148/QĐ-TTg", "1489/QĐ-TTg")
    # capital-mismatch: sources (tỷ) against the investment (1.000 đồng)
    planted(p, "sources against investment", t["src"], t["inv"])
    p.has("bảo đảm đủ vốn cho phương án")
    # table-total-mismatch: the 2028 cost total
    planted(p, "2028 cost total against its lines", m["cost"][1], t["cost_sum"][1])
    # no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|cảm quan|"
            r"vi sinh|lý hóa)", "product standard")
    # tolerated knock-ons of the short total
    p.check(off(m["profit"][1], t["profit"][1]) and off(m["payback"], t["payback"]), "knock-ons")
    p.lacks(REPLACED, "outdated instrument")


@check("hg08")
def _hg08(p: Plan) -> None:
    m, t = check_full("hg08", p)
    P = PLANS["hg08"]
    stated(p, "hg08", dict(vats="30 bể", per_vat="800 lít nước mắm thành phẩm một năm",
                           bottle="75.000 đồng/chai"))
    packs_stated(p, "hg08")
    p.has("cơ sở đủ điều kiện ATTP", "TCCS 01:2024/CN", "tự công bố", "Phiếu kết quả thử nghiệm",
          "Giấy chứng nhận đăng ký nhãn hiệu")
    # no-environment-measures
    p.lacks(r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|\brác\b|ô nhiễm|hố thấm|phân hữu cơ",
            "environmental word")
    # capacity-exceeded: 30 vats × 800 l against the output, no vat built, staff unchanged
    planted(p, "2029 output against the vats", t["out"][2], t["cap"], hi=30)
    p.check(t["use"][1] > 100, "2028 over capacity too")
    p.check(not any("bể" in lab for lab, _, _ in P["inv"]), "no vat in the investment")
    p.check(len(set(m["staff"])) == 1, "staff unchanged")
    p.has("không phải xây thêm bể")
    # outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Cẩm Xuyên",
          "Luật Hợp tác xã năm 2012")
    p.lacks(r"148/QĐ-TTg|1489", "current instrument")


@check("hg09")
def _hg09(p: Plan) -> None:
    m, t = check_full("hg09", p)
    stated(p, "hg09", dict(cap="12 kg tôm khô/ngày, làm 250 ngày", bag="210.000 đồng/túi"))
    p.has("cơ sở đủ điều kiện ATTP", "TCCS 01:2026/TK", "tự công bố", "Phiếu kết quả thử nghiệm",
          "Nghị định số 43/2017/NĐ-CP", "mã QR", "148/QĐ-TTg", "1489/QĐ-TTg", "3002295561")
    # unrealistic-growth
    p.check(t["growth"][1] >= 90 and t["growth"][2] >= 60 and t["hgrow"] < 10, "growth +100 % / +75 %")
    p.check(len(set(m["staff"])) == 1, "same workers")
    p.has("giữ nguyên 4 lao động", "tăng gấp đôi", "75 %", "rất lớn")
    # profit-mismatch: the 2027 profit of the summary
    planted(p, "2027 profit", m["profit"][0], t["profit"][0])
    # no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark")
    p.lacks(REPLACED, "outdated instrument")


@check("hg10")
def _hg10(p: Plan) -> None:
    m, t = check_full("hg10", p)
    stated(p, "hg10", dict(cap="50 chum × 60 lít", sets="5 mẻ"))
    packs_stated(p, "hg10")
    p.check(PLANS["hg10"]["cap"]["rating"] == 50 * 60, "50 jars × 60 litres")
    p.has("tiêu chuẩn cơ sở", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "mã lô",
          "148/QĐ-TTg", "1489/QĐ-TTg")
    p.check(not PLANS["hg10"].get("tax"), "no tax line")
    # no-business-registration
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"Giấy chứng nhận đăng ký", "business registration")
    # no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
    # no-sales-channel: nowhere a buyer, a place of sale or a price in the market part
    p.lacks(r"\bchợ\b|đại lý|cửa hàng|siêu thị|khách hàng|khách quen|Facebook|Zalo|Shopee|bán lẻ|bán buôn|"
            r"nhà hàng|\bquán\b|thương lái|người mua|điểm bán|phân phối|đơn hàng", "sales channel")
    market = p.body.split("Thị trường tiêu thụ", 1)[1].split("\n# ", 1)[0]
    p.check(not re.search(r"\d|giá|khách", market, re.I), "a figure, price or customer in the market part")
    p.lacks(REPLACED, "outdated instrument")


@check("hg11")
def _hg11(p: Plan) -> None:
    sketchy(p, ["8 tạ", "3 tấn", "150 nghìn đồng/kg", "120 triệu đồng", "80 triệu"],
            r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|kiểm nghiệm|nhãn hiệu|truy xuất|môi trường")
    p.check(8 * 100 * 150_000 == 120_000_000, "8 tạ × 150 nghìn = 120 triệu")
    p.has("đăng ký hộ kinh doanh")


@check("hg12")
def _hg12(p: Plan) -> None:
    sketchy(p, ["3 tấn", "6.000 cái", "35 nghìn đồng/cái", "210 triệu đồng", "0,1 tỷ đồng"],
            r"đăng ký|mã số thuế|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất")
    p.check(6000 * 35_000 == 210_000_000, "6.000 × 35 nghìn = 210 triệu")


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    found = stems()
    plans = []
    for key, stem in found.items():
        if keys and key not in keys:
            continue
        p = Plan(stem)
        if key in CHECKS:
            CHECKS[key](p)
        else:
            p.failures.append("no check written for this plan")
        plans.append(p)
    if not keys:
        bad = set_checks(plans)
        for b in bad:
            print(f"FAIL set: {b}")
        if bad:
            return 1
    return plancheck.report(plans)


def set_checks(plans: list[Plan]) -> list[str]:
    """4 ready, 6 revise with 3 planted rules each (18 different ids), 2 sketchy; formats as briefed."""
    import yaml

    bad = []
    if len(plans) != 12:
        bad.append(f"{len(plans)} plans")
    fronts = [yaml.safe_load(p.text.split("---", 2)[1]) for p in plans]
    verdicts = [f["expected"]["verdict"] for f in fronts]
    if sorted(verdicts) != sorted(["ready"] * 4 + ["revise"] * 6 + ["sketchy"] * 2):
        bad.append(f"verdicts {verdicts}")
    rules = [r for f in fronts for r in f["expected"]["rules"]]
    if len(rules) != 18 or len(set(rules)) != 18:
        bad.append(f"planted rules {rules}")
    for f in fronts:
        e = f["expected"]
        if e["verdict"] == "revise" and len(e["rules"]) != 3:
            bad.append(f"{f['stem']}: {e['rules']}")
        if e["verdict"] != "revise" and e["rules"]:
            bad.append(f"{f['stem']}: rules on a {e['verdict']} plan")
    builds = sorted((f["build"], f.get("dpi")) for f in fronts)
    want = sorted([("docx", None)] * 4 + [("pdf", None)] * 4 + [("doc", None)] * 2
                  + [("scanned", 300), ("scanned", 250)])
    if builds != want:
        bad.append(f"builds {builds}")
    for f in fronts:
        if not (HERE / "expected" / f"{f['stem']}.yml").exists():
            bad.append(f"no expected/{f['stem']}.yml")
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
