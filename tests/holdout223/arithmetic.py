"""The 223rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout223/arithmetic.py [hp01 hp05 ...]

Theme: Vietnamese typed in every way real offices type it (old and new tone placement, i/y
variants, capitals, labels and paragraphs without diacritics, stray spaces). The numbers are plain;
the words around them vary. For every full plan (hp01-hp10) the constants give the products (pack
size in the plan's base unit, price and packs for 2027-2029, packaging cost per pack), the
2024-2026 history (output, average price, profit), the raw materials (norm per base unit, price,
supply rows as count x yield), the rated capacity (per day x days, or per vat x vats), staff by role
with the monthly wage, the energy cost per base unit, the selling cost as a share of revenue, a
fixed "other" line, a piece-rate line where the plan pays one, investment items and capital
sources, asset life, loan balances and rate, and what each revise plan plants. `model()` turns
them into every figure the plan prints; the generator that wrote the plans and this checker share
it. Each figure is read back from the plan's source (tables found by their caption number, in any
of the spellings the plans use: "Bảng", "BẢNG", "Bang") and compared: planted numeric defects must
be wrong by more than 5 % (the true value computed beside them), every other number right within
1 % (or 0,11 of a million). Textual defects are asserted by the absence or presence of their words,
on the text as written and on a folded copy without diacritics (so "Giay chung nhan" counts as
"Giấy chứng nhận"). Ready plans must cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and nothing replaced
or district-level. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)

# replaced instruments and the abolished district level (checked on the folded text)
REPLACED = (r"1048/qd-ttg|781/qd-ttg|490/qd-ttg|919/qd-ttg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/nd-cp|luat hop tac xa (nam )?2012|23/2012/qh13|cap huyen|ubnd huyen|"
            r"\bhuyen\b")


def fold(s: str) -> str:
    """Lower case without diacritics (đ -> d), as a phone keyboard types Vietnamese."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price 2027-2029] đ, [packs 2027-2029], pack cost đ)
# hist: output 2024-2026 (base unit), average price (đ per base unit), profit (triệu)
# raws: (label, unit, norm per base unit, price đ per unit, cost-line label,
#        supply rows (label, [count per year], yield per count))
# cap: (rating, multiplier) -> rated output a year; cap_text says how the plan words it
# roles: (role, [staff per year]); wage: monthly wage per year (triệu)
# energy: đ per base unit; sell: share of revenue; other: triệu a year
# piece: (label, đ per base unit) a piece-rate line, or None
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year (triệu), rate
# tables: caption number of each table; lab: the row labels the plan prints
# plant: what a revise plan prints wrong (see `model`)
PLANS: dict[str, dict] = {
    "hp01": dict(
        unit="kg",
        products=[("Chả cá hấp, gói 500 g", "gói", 0.5, [98000, 101000, 104000], [14000, 15400, 16800], 3500),
                  ("Chả cá chiên, hộp 300 g", "hộp", 0.3, [72000, 74000, 76000], [12000, 13200, 14400], 4500),
                  ("Chả cá sống, túi 1 kg (nhà hàng)", "túi", 1, [170000, 175000, 180000], [2400, 2600, 2800], 2500)],
        hist=dict(out=[10800, 11600, 12400], price=[172000, 178000, 184000], profit=[160, 185, 212]),
        raws=[("Cá biển tươi (cá mối, cá nhồng, cá hố)", "kg", 1.6, 48000, "Cá biển tươi",
               [("Tàu cá của ngư dân liên kết (9 tàu × 2.600 kg)", [9, 9, 9], 2600),
                ("Vựa cá bến Cẩm Nhượng, hợp đồng (2 vựa × 3.000 kg)", [2, 2, 2], 3000)]),
              ("Bột năng, hành, tiêu, gia vị", "kg", 0.12, 40000, "Bột năng, gia vị",
               [("Đại lý thực phẩm khô Hoà Bình, hợp đồng", [1, 1, 1], 3000)])],
        cap=(70, 280), cap_text="70 kg chả/ngày × 280 ngày",
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, lọc thịt cá", [3, 3, 4]),
               ("Quết, hấp, chiên chả", [3, 4, 4]), ("Đóng gói, kho lạnh", [2, 2, 2]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=6000, sell=0.05, other=60, piece=None,
        inv=[("Máy xay, máy quết chả inox", 260, True), ("Tủ hấp, chảo chiên công nghiệp", 150, True),
             ("Kho lạnh 20 m³ và tủ cấp đông", 240, True),
             ("Cải tạo xưởng một chiều 150 m²", 300, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn chủ sở hữu của công ty", 700),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, plant={},
    ),
    "hp02": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 2,5 g", "hộp", 0.05, [52000, 54000, 56000], [36000, 39000, 42000], 9000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [110000, 114000, 118000], [5000, 5400, 5800], 3000),
                  ("Cà gai leo khô, bao 5 kg", "bao", 5, [900000, 930000, 960000], [200, 220, 240], 8000)],
        hist=dict(out=[4100, 4500, 4900], price=[440000, 455000, 470000], profit=[300, 350, 410]),
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 4.2, 15000, "Cà gai leo tươi",
               [("Vùng trồng của HTX (2 ha × 9.000 kg)", [2, 2, 2], 9000),
                ("Hộ thành viên trồng xen (28 hộ × 400 kg)", [28, 28, 28], 400)])],
        cap=(28, 280), cap_text="28 kg chè khô/ngày × 280 ngày",
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, sao, đóng túi lọc", [3, 4, 4]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=25000, sell=0.10, other=150, piece=None,
        inv=[("Nhà sấy, phòng đóng gói 100 m²", 280, True), ("Máy sấy bơm nhiệt", 220, True),
             ("Máy sao, nghiền, đóng túi lọc", 320, True),
             ("Bao bì, mã vạch, tem QR", 40, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 35, False), ("Vốn lưu động", 205, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ phát triển sản xuất của HTX", 150),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 550)],
        life=10, loan=[550, 450, 350], rate=0.08, plant={},
    ),
    "hp03": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [170000, 176000, 182000], [3600, 3900, 4200], 7000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, [320000, 330000, 340000], [1200, 1300, 1400], 9000),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, [440000, 455000, 470000], [350, 380, 410], 12000)],
        hist=dict(out=[2900, 3150, 3400], price=[290000, 296000, 302000], profit=[120, 135, 150]),
        raws=[("Mật ong thô (đã quay)", "kg", 1.05, 150000, "Mật ong thô",
               [("Đàn ong của hộ (× 12 kg/đàn)", [220, 230, 240], 12),
                ("Hộ nuôi ong liên kết (× 120 kg/hộ)", [16, 16, 18], 120)])],
        cap=(60, 200), cap_text="60 kg/ngày × 200 ngày",
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.3, 5.6], energy=2000, sell=0.06, other=25, piece=None,
        inv=[("Máy hạ thuỷ phần mật ong 30 kg/mẻ", 150, True), ("Máy lọc, bồn inox lắng mật", 80, True),
             ("Bổ sung 30 thùng ong và đàn giống", 75, True), ("Phòng lọc, đóng chai 30 m²", 110, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 35, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066, plant={},
    ),
    "hp04": dict(
        unit="chiếc",
        products=[("Non la trang truyen thong", "chiếc", 1, [65000, 67000, 69000], [9000, 9600, 10200], 2000),
                  ("Non bai tho ve tay", "chiếc", 1, [150000, 155000, 160000], [3000, 3300, 3600], 6000),
                  ("Non la mini, hop 2 chiec", "hộp", 2, [120000, 124000, 128000], [1500, 1700, 1900], 9000)],
        hist=dict(out=[12000, 13000, 14000], price=[78000, 80000, 82000], profit=[150, 168, 185]),
        raws=[("La non kho", "kg", 0.15, 60000, "La non kho",
               [("Ho khai thac la (10 ho × 250 kg)", [10, 10, 10], 250),
                ("Co so thu mua la Phu Gia (hop dong)", [1, 1, 1], 800)]),
              ("Vanh tre, soi cuoc, chi (bo/chiec)", "bộ", 1.0, 4000, "Vanh, cuoc, chi",
               [("To vien tu chuot vanh", [1, 1, 1], 20000)])],
        cap=(80, 280), cap_text="32 hộ khâu × 2,5 chiếc/ngày × 280 ngày",
        roles=[("To truong, ke toan", [2, 2, 2]), ("Phoi, say, la la, chuot vanh", [2, 2, 2]),
               ("Kiem hang, dong goi, ban hang", [1, 2, 2])],
        wage=[5.0, 5.3, 5.6], energy=600, sell=0.07, other=30,
        piece=("Tien cong khau, ve non (khoan theo chiec)", 22000),
        inv=[("Lo say la bang dien (thay lo than)", 120, True), ("May la la, ban la nhiet", 60, True),
             ("Nha phoi la, kho 150 m²", 260, True), ("Khuon non, dung cu khau", 40, True),
             ("Thiet ke mau, hop, the treo", 30, False), ("Dang ky nhan hieu", 15, False),
             ("Von luu dong", 175, False)],
        src=[("Von gop cua to vien", 400), ("Vay Ngan hang Chinh sach xa hoi", 300)],
        life=10, loan=[300, 220, 140], rate=0.066, plant={},
    ),
    "hp05": dict(
        unit="lít",
        products=[("Rượu sim chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [16000, 18000, 20000], 12000),
                  ("Rượu sim bình sứ 1,5 lít", "bình", 1.5, [320000, 330000, 340000], [1500, 1700, 1900], 45000),
                  ("Rượu sim can 5 lít", "can", 5, [450000, 465000, 480000], [500, 550, 600], 15000)],
        hist=dict(out=[9800, 10900, 11800], price=[150000, 155000, 160000], profit=[170, 195, 220]),
        raws=[("Gạo nếp", "kg", 1.1, 22000, "Gạo nếp",
               [("Ruộng nếp của thành viên (30 hộ x 500 kg)", [30, 30, 30], 500),
                ("Hộ thôn Trung Lộc, hợp đồng (10 hộ x 500 kg)", [10, 10, 10], 500)]),
              ("Quả sim chín", "kg", 0.4, 30000, "Quả sim chín",
               [("Đồi sim của HTX (15 ha x 300 kg)", [15, 15, 15], 300),
                ("Hộ hái sim thuê (25 hộ x 120 kg)", [25, 25, 25], 120)])],
        cap=(80, 260), cap_text="2 nồi x 40 lít/ngày x 260 ngày",
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=5000, sell=0.06, other=50, piece=None,
        inv=[("Nhà ủ, kho hạ thổ 80 m2", 240, True), ("Nồi chưng cất inox cách thuỷ (2 nồi)", 180, True),
             ("Máy lọc, khử andehit, chiết rót", 220, True), ("Chum, bình sứ ủ rượu", 90, True),
             ("Hầm biogas, bể chứa bỗng", 80, True), ("Nhãn, hộp, tem truy xuất", 40, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        # cost table: the 2028 total printed short; the summary's cost and profit follow it
        plant=dict(cost_total=(1, 1680.0), staff_text=15),
    ),
    "hp06": dict(
        unit="lít",
        products=[("Nước mắm cốt 35 độ đạm, chai 500 ml", "chai", 0.5, [78000, 81000, 84000], [14000, 15000, 16000], 6000),
                  ("Nước mắm 25 độ đạm, chai 1 lít", "chai", 1, [62000, 64000, 66000], [10000, 10800, 11600], 7000),
                  ("Nước mắm 15 độ đạm, can 5 lít", "can", 5, [180000, 186000, 192000], [1400, 1500, 1600], 14000)],
        hist=dict(out=[19500, 21000, 22500], price=[68000, 70000, 72000], profit=[150, 170, 190]),
        raws=[("Cá cơm tươi", "kg", 1.25, 15000, "Cá cơm tươi",
               [("Thuyền của thành viên (7 thuyền × 4.800 kg)", [7, 7, 7], 4800),
                ("Vựa cá Xuân Hội, hợp đồng (2 vựa × 3.500 kg)", [2, 2, 2], 3500)]),
              ("Muối hạt", "kg", 0.4, 4000, "Muối hạt",
               [("HTX muối, hợp đồng", [1, 1, 1], 14000)])],
        cap=(400, 90), cap_text="90 thùng chượp × 400 lít/năm",
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ướp chượp, đảo chượp", [3, 3, 3]),
               ("Lọc, pha, chiết chai", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=2000, sell=0.06, other=60, piece=None,
        inv=[("Cải tạo nhà thùng chượp 300 m²", 350, True), ("Bổ sung 30 thùng chượp", 150, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 200, True), ("Kho thành phẩm 60 m²", 120, True),
             ("Bao bì, nhãn, mã vạch", 40, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 500, 400], rate=0.08,
        # revenue table: the 2028 line of the 500 ml bottle printed high; total, summary revenue,
        # profit and the selling-cost line follow it
        plant=dict(rev_line=(0, 1, 1404.0)),
    ),
    "hp07": dict(
        unit="kg",
        products=[("Bột sắn dây nguyên chất, hộp 500 g", "hộp", 0.5, [95000, 98000, 101000], [6000, 7000, 8000], 5000),
                  ("Bột sắn dây, túi 1 kg", "túi", 1, [170000, 175000, 180000], [2400, 2800, 3200], 3000),
                  ("Bột sắn dây vị gừng, hộp 20 gói × 15 g", "hộp", 0.3, [65000, 67000, 69000], [3000, 3500, 4000], 6000)],
        hist=dict(out=[4800, 5300, 5800], price=[160000, 165000, 170000], profit=[95, 110, 125]),
        raws=[("Củ sắn dây tươi", "kg", 6.5, 7000, "Củ sắn dây tươi",
               [("Ruộng sắn dây của hộ (2 ha × 16.000 kg)", [2, 2, 2], 16000),
                ("Ho lien ket thon Trung Son (20 ho × 600 kg)", [20, 20, 20], 600)])],
        cap=(40, 250), cap_text="40 kg bột/ngày × 250 ngày",
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Rửa, mài, lọc, lắng bột", [3, 3, 4]),
               ("Phơi sấy, đóng gói", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=8000, sell=0.06, other=30, piece=None,
        inv=[("Máy rửa, máy mài củ sắn dây", 150, True), ("Bể lọc, lắng inox", 110, True),
             ("Máy sấy bơm nhiệt", 180, True), ("Nhà xưởng chế biến 100 m²", 220, True),
             ("Bao bì, mã vạch", 30, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        # summary: the 2029 profit printed high; the margin row follows it
        plant=dict(profit=(2, 450.0)),
    ),
    "hp08": dict(
        unit="kg",
        products=[("Cu đơ bánh tròn, túi 10 chiếc (400 g)", "túi", 0.4, [45000, 47000, 49000], [24000, 27000, 30000], 2500),
                  ("Cu đơ hộp quà 500 g", "hộp", 0.5, [75000, 78000, 81000], [8000, 9000, 10000], 8000),
                  ("Cu đơ mini, gói 200 g", "gói", 0.2, [25000, 26000, 27000], [15000, 17000, 19000], 1500)],
        hist=dict(out=[13200, 14300, 15400], price=[118000, 120000, 122000], profit=[140, 158, 175]),
        raws=[("Mạch nha", "kg", 0.45, 30000, "Mạch nha",
               [("Cơ sở mạch nha Trung Tiết, hợp đồng", [1, 1, 1], 11000)]),
              ("Lạc nhân", "kg", 0.35, 55000, "Lạc nhân",
               [("Hộ trồng lạc thôn Hoà Hợp (25 hộ × 320 kg)", [25, 25, 25], 320)]),
              ("Đường, gừng, vừng", "kg", 0.15, 25000, "Đường, gừng, vừng",
               [("Đại lý đường Thạch Hưng, hợp đồng", [1, 1, 1], 4000)])],
        cap=(70, 250), cap_text="2 nồi × 35 kg/ngày × 250 ngày",
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rang lạc, nấu kẹo", [3, 3, 3]),
               ("Cán, cắt, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.2, 5.5, 5.8], energy=4000, sell=0.06, other=40, piece=None,
        inv=[("Máy rang lạc, máy tách vỏ lụa", 120, True), ("Máy cán, cắt kẹo tự động", 220, True),
             ("Máy đóng gói hút chân không", 90, True), ("Cải tạo phòng đóng gói 60 m²", 130, True),
             ("Hộp quà, tem truy xuất", 40, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 350)],
        life=10, loan=[350, 250, 150], rate=0.08,
        plant=dict(payback=0.8),
    ),
    "hp09": dict(
        unit="kg",
        products=[("Chè búp đặc biệt, hộp 200 g", "hộp", 0.2, [90000, 93000, 96000], [9000, 10000, 11000], 7000),
                  ("Chè búp loại 1, túi 500 g", "túi", 0.5, [150000, 155000, 160000], [6000, 6500, 7000], 3000),
                  ("Chè xanh khô, bao 5 kg", "bao", 5, [1050000, 1080000, 1110000], [400, 440, 480], 10000)],
        hist=dict(out=[5600, 6000, 6400], price=[250000, 255000, 260000], profit=[160, 180, 200]),
        raws=[("Búp chè tươi", "kg", 4.8, 12000, "Búp chè tươi",
               [("Đồi chè của công ty (6 ha × 5.000 kg)", [6, 6, 6], 5000),
                ("Hộ trồng chè liên kết (40 hộ × 450 kg)", [40, 40, 40], 450)])],
        cap=(34, 290), cap_text="34 kg chè khô/ngày × 290 ngày",
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Héo, sao, vò, sấy chè", [4, 4, 4]),
               ("Phân loại, đóng gói", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=12000, sell=0.06, other=70, piece=None,
        inv=[("Nhà xưởng chế biến chè 250 m²", 650, True), ("Máy sao, máy vò, máy sấy chè", 520, True),
             ("Máy phân loại, đóng gói hút chân không", 260, True),
             ("Cải tạo đồi chè, hệ thống tưới", 250, True),
             ("Bao bì, hộp giấy", 60, False), ("Vốn lưu động", 410, False)],
        src=[("Vốn góp của cổ đông", 900), ("Lợi nhuận giữ lại", 250),
             ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.085,
        plant=dict(sources_short=True),
    ),
    "hp10": dict(
        unit="kg",
        products=[("Cam sấy dẻo, túi 200 g", "túi", 0.2, [55000, 57000, 59000], [15000, 30000, 48000], 2500),
                  ("Cam sấy dẻo, hộp quà 500 g", "hộp", 0.5, [130000, 134000, 138000], [3000, 6000, 9600], 7000),
                  ("Vỏ cam sấy, túi 100 g", "túi", 0.1, [25000, 26000, 27000], [6000, 12000, 19200], 1500)],
        hist=dict(out=[3900, 4300, 4700], price=[255000, 262000, 270000], profit=[85, 98, 112]),
        raws=[("Cam tươi (cam bù, cam chanh)", "kg", 5.0, 16500, "Cam tươi",
               [("Hộ trồng cam liên kết (× 1.500 kg/hộ)", [18, 36, 58], 1500)]),
              ("Đường kính trắng", "kg", 0.6, 20000, "Đường kính",
               [("Đại lý đường Hương Khê, hợp đồng", [1, 1, 1], 12000)])],
        cap=(64, 300), cap_text="2 máy × 32 kg/ngày × 300 ngày",
        roles=[("Giám đốc, kế toán", [1, 1, 1]), ("Gọt, thái, ngâm đường", [2, 2, 2]),
               ("Sấy, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=12000, sell=0.08, other=50, piece=None,
        inv=[("Cải tạo xưởng sơ chế 80 m²", 200, True), ("Máy gọt, máy thái lát cam", 90, True),
             ("Bể ngâm, nồi sên inox", 60, True), ("Máy đóng gói hút chân không", 80, True),
             ("Thiết kế hộp quà, túi", 40, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn chủ sở hữu", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, plant={},
    ),
}

READY = ("hp01", "hp02", "hp03", "hp04")
REVISE = ("hp05", "hp06", "hp07", "hp08", "hp09", "hp10")
SKETCHY = ("hp11", "hp12")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str) -> dict:
    """Every figure of a full plan: `true` as the constants give it, `shown` as the plan prints it."""
    c = PLANS[key]
    pl = c["plant"]
    t: dict = {}
    prods = c["products"]
    t["out"] = [sum(p[2] * p[4][y] for p in prods) for y in range(3)]
    t["rev_lines"] = [[p[3][y] * p[4][y] / 1e6 for y in range(3)] for p in prods]
    t["rev"] = [sum(line[y] for line in t["rev_lines"]) for y in range(3)]
    h = c["hist"]
    t["hist_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    t["hist_margin"] = [h["profit"][i] / t["hist_rev"][i] * 100 for i in range(3)]
    t["need"], t["supply_rows"], t["supply"], t["balance"], t["raw_cost"] = [], [], [], [], []
    for r in c["raws"]:
        need = [t["out"][y] * r[2] for y in range(3)]
        rows = [[s[1][y] * s[2] for y in range(3)] for s in r[5]]
        sup = [sum(row[y] for row in rows) for y in range(3)]
        t["need"].append(need)
        t["supply_rows"].append(rows)
        t["supply"].append(sup)
        t["balance"].append([sup[y] - need[y] for y in range(3)])
        t["raw_cost"].append([need[y] * r[3] / 1e6 for y in range(3)])
    t["cap"] = c["cap"][0] * c["cap"][1]
    t["use"] = [t["out"][y] / t["cap"] * 100 for y in range(3)]
    t["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    t["wages"] = [t["staff"][y] * c["wage"][y] * 12 for y in range(3)]
    t["pack"] = [sum(p[4][y] * p[5] for p in prods) / 1e6 for y in range(3)]
    t["energy"] = [t["out"][y] * c["energy"] / 1e6 for y in range(3)]
    t["piece"] = [t["out"][y] * c["piece"][1] / 1e6 for y in range(3)] if c["piece"] else None
    t["inv_total"] = sum(i[1] for i in c["inv"])
    t["fixed"] = sum(i[1] for i in c["inv"] if i[2])
    t["dep"] = t["fixed"] / c["life"]
    t["interest"] = [b * c["rate"] for b in c["loan"]]
    t["src_total"] = sum(s[1] for s in c["src"])
    t["other"] = c["other"]

    def costs(rev):
        lines = [rc for rc in t["raw_cost"]] + [t["pack"], t["energy"]]
        if t["piece"]:
            lines.append(t["piece"])
        lines += [t["wages"], [t["dep"]] * 3, t["interest"], [rev[y] * c["sell"] for y in range(3)],
                  [c["other"]] * 3]
        return lines

    t["sell"] = [t["rev"][y] * c["sell"] for y in range(3)]
    t["cost_lines"] = costs(t["rev"])
    t["cost"] = [sum(line[y] for line in t["cost_lines"]) for y in range(3)]
    t["profit"] = [t["rev"][y] - t["cost"][y] for y in range(3)]
    t["margin"] = [t["profit"][y] / t["rev"][y] * 100 for y in range(3)]
    t["payback"] = t["inv_total"] / (sum(t["profit"]) / 3 + t["dep"])
    t["growth"] = [t["out"][0] / h["out"][2] - 1] + [t["out"][y] / t["out"][y - 1] - 1 for y in (1, 2)]
    t["rev_growth"] = [t["rev"][y] / t["rev"][y - 1] - 1 for y in (1, 2)]

    # what the plan prints: the true figures, then the planted ones and what follows them
    s = {k: (v if not isinstance(v, list) else [list(x) if isinstance(x, list) else x for x in v])
         for k, v in t.items()}
    if "rev_line" in pl:
        i, y, val = pl["rev_line"]
        s["rev_lines"][i][y] = val
        s["rev"] = [sum(line[yy] for line in s["rev_lines"]) for yy in range(3)]
        s["cost_lines"] = costs(s["rev"])
        s["sell"] = s["cost_lines"][-2]
        s["cost"] = [sum(line[yy] for line in s["cost_lines"]) for yy in range(3)]
    s["cost_total_printed"] = list(s["cost"])
    if "cost_total" in pl:
        y, val = pl["cost_total"]
        s["cost_total_printed"][y] = val
    s["sum_cost"] = list(s["cost_total_printed"])
    s["profit"] = [s["rev"][y] - s["sum_cost"][y] for y in range(3)]
    if "profit" in pl:
        y, val = pl["profit"]
        s["profit"][y] = val
    s["margin"] = [s["profit"][y] / s["rev"][y] * 100 for y in range(3)]
    s["payback"] = round(t["inv_total"] / (sum(r1(x) for x in s["profit"]) / 3 + t["dep"]), 1)
    if "payback" in pl:
        s["payback"] = pl["payback"]
    s["staff_text"] = pl.get("staff_text", t["staff"][0])
    if pl.get("sources_short"):
        s["src_total"] = t["src_total"]  # the sources as printed add up, but not to the investment
    return dict(true=t, shown=s, c=c)


# --------------------------------------------------------------------------- reading the plans
CAPTION = re.compile(r"^\**\s*(?:Bảng|BẢNG|Bang|BANG)\s+(\d+)\b")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.folded = fold(self.body)
        self.tables: dict[int, list[list[str]]] = {}
        cur, seen_rows = None, False
        for line in self.body.splitlines():
            s = line.strip()
            m = CAPTION.match(s)
            if m:
                cur, seen_rows = int(m.group(1)), False
                self.tables[cur] = []
                continue
            if cur is None:
                continue
            if s.startswith("|"):
                seen_rows = True
                self.tables[cur].append([c.replace("**", "").strip() for c in s.strip("|").split("|")])
            elif seen_rows and s:
                cur = None

    def trow(self, n: int, label: str, cnt: int = 3, skip: int = 0) -> list[float]:
        """The last `cnt` numbers of the (skip+1)-th row of table n whose first or second cell
        starts with `label`."""
        seen = 0
        for r in self.tables.get(n, []):
            if any(c.startswith(label) for c in r[:2]):
                nums = [m.group(1) for x in r[1:] if (m := re.match(r"^([\d.,]+)$", x))]
                if len(nums) >= cnt:
                    if seen == skip:
                        return [vn(x) for x in nums[-cnt:]]
                    seen += 1
        self.failures.append(f"row not found in table {n}: {label!r}")
        return [0.0] * cnt

    def near(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: printed {got:g}, computed {want:g}")

    def planted(self, got: float, true: float, what: str) -> None:
        if not off(got, true, 5.0):
            self.failures.append(f"planted {what} not wrong by > 5 %: printed {got:g}, true {true:g}")

    def absent(self, pattern: str, what: str) -> None:
        """No match on the text as written nor on its folded copy."""
        for text in (self.body, self.folded):
            if m := re.search(pattern, text, re.I):
                self.failures.append(f"{what}: found {m.group(0)!r}")
                return

    def present(self, pattern: str, what: str) -> None:
        if not re.search(pattern, self.folded, re.I):
            self.failures.append(f"{what}: not found")


# --------------------------------------------------------------------------- checks
def check_full(p: Plan, key: str) -> None:
    m = model(key)
    t, s, c = m["true"], m["shown"], m["c"]
    T = TABLES[key]
    L = LABELS[key]
    pl = c["plant"]
    prods = c["products"]
    # history: revenue = output x price; 2027 output within +20 % of 2026 (except the growth defect)
    out_h = p.trow(T["hist"], L["hist_out"])
    price_h = p.trow(T["hist"], L["hist_price"])
    rev_h = p.trow(T["hist"], L["hist_rev"])
    prof_h = p.trow(T["hist"], L["hist_profit"])
    for i in range(3):
        p.near(out_h[i], c["hist"]["out"][i], f"history output {HIST_YEARS[i]}")
        p.near(price_h[i], c["hist"]["price"][i], f"history price {HIST_YEARS[i]}")
        p.near(rev_h[i], out_h[i] * price_h[i] / 1e6, f"history revenue {HIST_YEARS[i]}")
        p.near(prof_h[i], c["hist"]["profit"][i], f"history profit {HIST_YEARS[i]}")
    p.check(0 < t["growth"][0] <= 0.20, f"2027 output {t['out'][0]:g} vs 2026 {c['hist']['out'][2]:g}")
    # output plan: packs, output, capacity and its use
    for pr in prods:
        packs = p.trow(T["prod"], pr[0])
        for y in range(3):
            p.near(packs[y], pr[4][y], f"packs {pr[0]} {YEARS[y]}")
    out = p.trow(T["prod"], L["out"])
    for y in range(3):
        p.near(out[y], t["out"][y], f"output {YEARS[y]}")
    if "cap" in L:
        cap = p.trow(T["prod"], L["cap"])
        for y in range(3):
            p.near(cap[y], t["cap"], f"rated capacity {YEARS[y]}")
    if "use" in L:
        use = p.trow(T["prod"], L["use"])
        for y in range(3):
            p.near(use[y], t["use"][y], f"capacity use {YEARS[y]}")
    if key == "hp08":  # planted capacity-exceeded
        p.check(t["out"][1] > t["cap"] * 1.05 and t["out"][2] > t["cap"] * 1.05,
                f"capacity-exceeded: output {t['out']} vs capacity {t['cap']:g}")
    else:
        p.check(max(t["use"]) <= 85.5, f"capacity use {max(t['use']):.1f} % > 85 %")
    # prices
    for pr in prods:
        price = p.trow(T["price"], pr[0])
        for y in range(3):
            p.near(price[y], pr[3][y], f"price {pr[0]} {YEARS[y]}")
    # raw materials: supply rows, totals, need, balance
    for k, r in enumerate(c["raws"]):
        for j, srow in enumerate(r[5]):
            got = p.trow(T["raw"], srow[0])
            for y in range(3):
                p.near(got[y], t["supply_rows"][k][j][y], f"supply {srow[0]} {YEARS[y]}")
        sup = p.trow(T["raw"], L["supply"], skip=k)
        need = p.trow(T["raw"], L["need"], skip=k)
        for y in range(3):
            p.near(sup[y], t["supply"][k][y], f"supply total {r[0]} {YEARS[y]}")
            p.near(need[y], t["need"][k][y], f"need {r[0]} {YEARS[y]}")
        if "balance" in L:
            bal = p.trow(T["raw"], L["balance"], skip=k)
            for y in range(3):
                p.near(bal[y], t["balance"][k][y], f"balance {r[0]} {YEARS[y]}")
        short = [t["need"][k][y] > t["supply"][k][y] for y in range(3)]
        if key == "hp07":  # planted material-shortfall in 2028 and 2029
            p.check(short == [False, True, True], f"material-shortfall pattern {short}")
            for y in (1, 2):
                p.planted(t["supply"][k][y], t["need"][k][y], f"material-shortfall {YEARS[y]} supply vs need")
        else:
            p.check(not any(short), f"raw material short: {r[0]}")
            p.check(min(t["supply"][k][y] / t["need"][k][y] for y in range(3)) >= 1.05,
                    f"raw material spare under 5 %: {r[0]}")
    # staff and wages
    for role, counts in c["roles"]:
        got = p.trow(T["staff"], role)
        for y in range(3):
            p.near(got[y], counts[y], f"staff {role} {YEARS[y]}")
    st = p.trow(T["staff"], L["staff"])
    wage = p.trow(T["staff"], L["wage"])
    fund = p.trow(T["staff"], L["fund"])
    for y in range(3):
        p.near(st[y], t["staff"][y], f"staff total {YEARS[y]}")
        p.near(wage[y], c["wage"][y], f"wage {YEARS[y]}")
        p.near(fund[y], t["wages"][y], f"wage fund {YEARS[y]}")
    # investment and sources
    for lab, amt, _ in c["inv"]:
        p.near(p.trow(T["inv"], lab, 1)[0], amt, f"investment item {lab}")
    inv_total = p.trow(T["inv"], L["inv_total"], 1)[0]
    p.near(inv_total, t["inv_total"], "investment total")
    for lab, amt in c["src"]:
        got = p.trow(T["src"], lab, 2)
        p.near(got[0], amt, f"source {lab}")
        p.near(got[1], amt / t["src_total"] * 100, f"source share {lab}")
    src_total = p.trow(T["src"], L["src_total"], 2)
    p.near(src_total[0], t["src_total"], "sources total")
    if pl.get("sources_short"):
        p.planted(t["src_total"], t["inv_total"], "capital-mismatch: sources vs investment")
    else:
        p.near(t["src_total"], t["inv_total"], "sources = investment")
    # revenue lines and total
    rev_read = []
    for i, pr in enumerate(prods):
        got = p.trow(T["rev"], pr[0])
        rev_read.append(got)
        for y in range(3):
            if pl.get("rev_line", (None, None))[:2] == (i, y):
                p.near(got[y], s["rev_lines"][i][y], "planted revenue line as printed")
                p.planted(got[y], t["rev_lines"][i][y], f"revenue-mismatch {pr[0]} {YEARS[y]}")
            else:
                p.near(got[y], t["rev_lines"][i][y], f"revenue {pr[0]} {YEARS[y]}")
    rev = p.trow(T["rev"], L["rev_total"])
    for y in range(3):
        p.near(rev[y], sum(line[y] for line in rev_read), f"revenue total {YEARS[y]} = sum of its lines")
        p.near(rev[y], s["rev"][y], f"revenue total {YEARS[y]} as the model prints it")
    # cost lines and total
    cost_labels = [r[4] for r in c["raws"]] + [L["pack"], L["energy"]] + \
        ([c["piece"][0]] if c["piece"] else []) + [L["wages"], L["dep"], L["interest"], L["sell"], L["other"]]
    lines = []
    for lab, want in zip(cost_labels, s["cost_lines"]):
        got = p.trow(T["cost"], lab)
        lines.append(got)
        for y in range(3):
            p.near(got[y], want[y], f"cost line {lab} {YEARS[y]}")
    ctot = p.trow(T["cost"], L["cost_total"])
    for y in range(3):
        sum_lines = sum(line[y] for line in lines)
        if pl.get("cost_total", (None,))[0] == y:
            p.planted(ctot[y], sum_lines, f"table-total-mismatch cost total {YEARS[y]}")
        else:
            p.near(ctot[y], sum_lines, f"cost total {YEARS[y]}")
    # summary
    srev = p.trow(T["sum"], L["sum_rev"])
    scost = p.trow(T["sum"], L["sum_cost"])
    sprof = p.trow(T["sum"], L["sum_profit"])
    smarg = p.trow(T["sum"], L["sum_margin"])
    for y in range(3):
        p.near(srev[y], rev[y], f"summary revenue {YEARS[y]} = revenue table")
        p.near(scost[y], ctot[y], f"summary cost {YEARS[y]} = cost table total")
        if pl.get("profit", (None,))[0] == y:
            p.planted(sprof[y], srev[y] - scost[y], f"profit-mismatch {YEARS[y]}")
        else:
            p.near(sprof[y], srev[y] - scost[y], f"profit {YEARS[y]} = revenue - cost")
        p.near(smarg[y], sprof[y] / srev[y] * 100, f"margin {YEARS[y]}")
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]:.1f} %")
        if "rev_line" in pl and y == pl["rev_line"][1]:
            p.planted(srev[y], t["rev"][y], f"revenue-mismatch knock-on total {YEARS[y]}")
    p.has(c["cap_text"])  # the rating as the text words it
    # payback stated in the text: "hoàn vốn ... N,N năm"
    pb = [vn(x) for x in re.findall(r"ho[àa]n v[ốo]n[^.\n]{0,80}?(\d+,\d) n[ăa]m", p.body, re.I)]
    p.check(bool(pb), "payback sentence not found")
    printed_pb = t["inv_total"] / (sum(sprof) / 3 + t["dep"])
    for v in pb:
        if "payback" in pl:
            p.planted(v, t["payback"], "payback-mismatch")
        else:
            p.near(v, printed_pb, "payback as printed (investment / (avg printed profit + depreciation))", 0.04)
    # growth: true revenue under +35 % a year, except the planted growth defect
    if key == "hp10":
        p.check(t["growth"][1] >= 0.9 and t["growth"][2] >= 0.5,
                f"unrealistic-growth: output growth {t['growth']}")
        p.check(t["staff"][0] == t["staff"][2], "unrealistic-growth: staff unchanged")
    else:
        p.check(all(g < 0.35 for g in t["rev_growth"]), f"revenue growth {t['rev_growth']}")
    # figures stated in the text
    for snippet in FACTS[key](t, s):
        p.has(snippet)


def check_texts(p: Plan, key: str) -> None:
    """Theme and textual defects."""
    b = p.body
    if key != "hp09":
        p.lacks(PLACEHOLDER, "template placeholder")
    # the theme: each full plan shows several of the ways offices type Vietnamese
    if key not in SKETCHY:
        p.check(bool(re.search(r"(?i)ho[àáảãạ]|thu[ỷỳýỹỵ]|kho[ẻèéẽẹ]|u[ỷỳýỹỵ] ban", b)),
                "no old-style tone placement")
        p.check(bool(re.search(r"  \S", b)) or bool(re.search(r"\w [,.;:]", b)),
                "no stray spaces")
    if key in READY:
        p.absent(REPLACED, "replaced or district-level instrument in a ready plan")
        p.present(r"148/qd-ttg", "QĐ 148/QĐ-TTg")
        p.present(r"1489/qd-ttg", "QĐ 1489/QĐ-TTg")
        p.present(r"43/2017", "NĐ 43/2017 (labels)")
        p.present(r"111/2021", "NĐ 111/2021 (labels)")
        p.present(r"nhan hieu", "trademark")
        p.present(r"truy xuat", "traceability")
        p.present(r"dang ky (ho kinh doanh|hop tac xa|doanh nghiep|to hop tac|hoat dong)|ma so thue",
                  "registration")
        for d in re.findall(r"(?:đến|den|ĐẾN|DEN)\s+\d{2}/\d{2}/(\d{4})", b):
            p.check(int(d) >= 2030, f"paper valid only to {d}")
        p.check(not re.search(PLACEHOLDER, b), "placeholder in a ready plan")
    if key in ("hp01", "hp02", "hp03"):
        p.present(r"an toan thuc pham|attp", "food safety")
        p.present(r"tieu chuan co so|tccs", "product standard")
        p.present(r"tu cong bo", "self-declaration")
        p.present(r"kiem nghiem|thu nghiem", "test report")
        p.present(r"moi truong", "environment")
    if key == "hp02":
        p.present(r"khong ghi cong dung chua benh", "no health claim")
        p.absent(r"điều trị|dieu tri|chữa khỏi|chua khoi|trị bệnh|tri benh|giải độc gan|giai doc gan|"
                 r"mát gan|mat gan|bảo vệ gan|bao ve gan", "health claim")
    if key == "hp04":
        p.present(r"khong phai (la )?thuc pham", "not a food")
        p.present(r"moi truong", "environment")
        p.absent(r"an toan thuc pham|attp|tu cong bo", "food-safety paper on a craft")
    # revise plans: their textual defects
    if key == "hp05":
        p.absent(r"giấy phép|giay phep|cấp phép|cap phep|105/2017|17/2020|san xuat ruou thu cong nham",
                 "no-alcohol-license")
        p.present(r"an toan thuc pham|attp", "ATTP held")
        p.present(r"moi truong", "environment held")
        p.present(r"tu cong bo", "self-declaration held")
        m = model(key)
        p.has(f"{m['shown']['staff_text']} lao động thường xuyên")
        p.check(p.count(f"{m['true']['staff'][0]} lao động") >= 1, "true staff stated elsewhere")
        p.planted(m["shown"]["staff_text"], m["true"]["staff"][0], "figure-inconsistent workers")
    if key == "hp06":
        p.absent(r"môi trường|moi truong|nước thải|nuoc thai|chất thải|chat thai|\bmùi\b|\bmui\b|"
                 r"xử lý|xu ly|bể lắng|be lang|biogas|\brác\b|\brac\b|thu gom",
                 "no-environment-measures")
        p.present(r"1048/qd-ttg", "QĐ 1048 cited")
        p.present(r"123/2018", "NQ 123/2018 cited")
        p.present(r"cap huyen|ubnd huyen", "district level cited")
        p.absent(r"148/QĐ-TTg|148/qd-ttg|1489", "current programme cited")
        p.present(r"an toan thuc pham|attp", "ATTP held")
    if key == "hp07":
        p.absent(r"tiêu chuẩn|tieu chuan|tccs|công bố|cong bo|kiểm nghiệm|kiem nghiem|thử nghiệm|"
                 r"thu nghiem|qcvn|tcvn|quy chuẩn|quy chuan|chỉ tiêu chất lượng|chi tieu chat luong",
                 "no-product-standard")
        p.present(r"an toan thuc pham|attp", "ATTP held")
        p.present(r"nhan hieu", "trademark held")
        p.present(r"du (nguyen lieu|cho)", "claim of enough raw material")
    if key == "hp08":
        p.absent(r"nồi nấu[^.\n]{0,40}(mua|đầu tư) (mới|thêm)", "a new cooking pot")
        p.has("không đầu tư thêm nồi nấu")
        own = "Tổ hợp tác Kẹo cu đơ Hoà Mỹ"
        other = "Tổ hợp tác Kẹo cu đơ Trường Sơn"
        p.check(p.count(other) >= 2, "name-inconsistent: the other name at least twice")
        p.check(fold(b).count(fold(own)) >= 4, "own name at least four times")
        p.present(r"an toan thuc pham|attp", "ATTP held")
    if key == "hp09":
        p.check(bool(re.search(PLACEHOLDER, b)), "boilerplate: placeholder left in")
        p.absent(r"truy xuất|truy xuat|nhật ký|nhat ky|mã lô|ma lo|số lô|so lo|\blô\b|lô hàng|"
                 r"kiểm soát|kiem soat|lưu mẫu|luu mau|\bQR\b|\btem\b|mã vạch|ma vach|HACCP|ISO|"
                 r"VietGAP|nội bộ|noi bo",
                 "no-quality-control")
        p.present(r"an toan thuc pham|attp", "ATTP held")
        p.present(r"tieu chuan co so|tccs", "TCCS held")
    if key == "hp10":
        p.absent(r"an toàn thực phẩm|an toan thuc pham|attp|đủ điều kiện|du dieu kien|15/2018|"
                 r"cam kết|cam ket|vệ sinh thực phẩm|ve sinh thuc pham",
                 "no-food-safety")
        p.absent(r"nhãn(?!\s+hiệu)|NHÃN(?!\s+HIỆU)|nhan mac|nhan hang hoa|ghi nhan|43/2017|111/2021|"
                 r"\btem\b|mã vạch|ma vach",
                 "no-label-plan")
        p.present(r"tieu chuan co so|tccs", "TCCS held")
        p.present(r"nhan hieu", "trademark held")
        p.present(r"truy xuat|nhat ky", "quality control held")
        p.present(r"moi truong", "environment held")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.findall(r"\w+", re.sub(r"^#+", "", p.body, flags=re.M)))
    p.check(150 <= words <= 350, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(PLACEHOLDER, "template placeholder")
    for snippet in SKETCHY_FACTS[key]:
        p.has(snippet)
    p.absent(r"tieu chuan co so|tccs|tu cong bo|kiem nghiem|nhan hieu|truy xuat|43/2017|"
             r"dang ky moi truong|giay chung nhan", "a paper the sketchy plan does not have")


# --------------------------------------------------------------------------- per plan wording
def vnum(x: float, d: int = 0) -> str:
    """Vietnamese number: dotted thousands, decimal comma."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money(x: float) -> str:
    return vnum(r1(x), 1)


def _base_labels(**kw) -> dict:
    lab = dict(hist_out="Sản lượng", hist_price="Giá bán bình quân", hist_rev="Doanh thu",
               hist_profit="Lợi nhuận", out="Tổng sản lượng", cap="Công suất thiết kế",
               use="Mức sử dụng công suất", supply="Tổng nguồn cung", need="Nhu cầu",
               balance="Còn dư", staff="Tổng số lao động", wage="Lương bình quân",
               fund="Quỹ lương", inv_total="Tổng cộng", src_total="Tổng cộng",
               rev_total="Tổng doanh thu", pack="Bao bì, nhãn", energy="Điện, nước, nhiên liệu",
               wages="Tiền lương", dep="Khấu hao tài sản cố định", interest="Lãi vay",
               sell="Bán hàng, quảng bá", other="Chi phí khác", cost_total="Tổng chi phí",
               sum_rev="Doanh thu", sum_cost="Tổng chi phí", sum_profit="Lợi nhuận trước thuế",
               sum_margin="Tỷ suất lợi nhuận")
    lab.update(kw)
    return lab


# the order in which each plan prints its tables ("Bảng 1" first)
_DEFAULT = ("hist", "comp", "price", "raw", "equip", "staff", "prod", "inv", "src", "rev", "cost", "sum",
            "papers", "sched")
ORDER: dict[str, tuple] = {k: _DEFAULT for k in PLANS}
ORDER["hp05"] = ("hist", "equip", "comp", "price", "raw", "staff", "prod", "inv", "src", "rev", "cost", "sum",
                 "papers", "sched")
ORDER["hp02"] = ("comp", "price", "hist", "raw", "equip", "staff", "prod", "inv", "src", "rev", "cost", "sum",
                 "papers", "sched")
TABLES: dict[str, dict] = {k: {name: i + 1 for i, name in enumerate(ORDER[k])} for k in PLANS}
LABELS: dict[str, dict] = {
    "hp01": _base_labels(),
    "hp02": _base_labels(hist_out="SẢN LƯỢNG", hist_price="GIÁ BÁN BÌNH QUÂN", hist_rev="DOANH THU",
                         hist_profit="LỢI NHUẬN", out="TỔNG SẢN LƯỢNG", supply="TỔNG NGUỒN CUNG",
                         need="NHU CẦU", balance="CÒN DƯ", staff="TỔNG SỐ LAO ĐỘNG", inv_total="TỔNG CỘNG",
                         src_total="TỔNG CỘNG", rev_total="TỔNG DOANH THU", cost_total="TỔNG CHI PHÍ",
                         sum_rev="DOANH THU", sum_cost="TỔNG CHI PHÍ", sum_profit="LỢI NHUẬN",
                         sum_margin="TỈ SUẤT LỢI NHUẬN"),
    "hp03": _base_labels(hist_rev="Doanh thu (tr.đ)", hist_profit="Loi nhuan", supply="Tong nguon cung",
                         need="Nhu cau", balance="Con du", rev_total="Tong doanh thu",
                         cost_total="Tong chi phi", sum_rev="Doanh thu", sum_cost="Tong chi phi",
                         sum_profit="Loi nhuan", sum_margin="Ti suat loi nhuan",
                         energy="Điện, nước", sell="Bán hàng, vận chuyển"),
    "hp04": _base_labels(hist_out="San luong", hist_price="Gia ban binh quan", hist_rev="Doanh thu",
                         hist_profit="Loi nhuan", out="Tong san luong", cap="Cong suat",
                         use="Muc su dung cong suat", supply="Tong nguon cung", need="Nhu cau",
                         balance="Con du", staff="Tong so lao dong", wage="Luong binh quan",
                         fund="Quy luong", inv_total="Tong cong", src_total="Tong cong",
                         rev_total="Tong doanh thu", pack="Bao bi, the treo", energy="Dien, nuoc",
                         wages="Tien luong bo phan gian tiep", dep="Khau hao", interest="Lai vay",
                         sell="Ban hang, hoi cho", other="Chi phi khac", cost_total="Tong chi phi",
                         sum_rev="Doanh thu", sum_cost="Tong chi phi", sum_profit="Loi nhuan",
                         sum_margin="Ty suat loi nhuan"),
    "hp05": _base_labels(energy="Củi, điện, nước", sum_margin="Tỉ suất lợi nhuận"),
    "hp06": _base_labels(hist_rev="Doanh thu", hist_profit="Loi nhuan", rev_total="TONG DOANH THU",
                         cost_total="TONG CHI PHI", sum_rev="Doanh thu", sum_cost="Chi phi",
                         sum_profit="Loi nhuan", sum_margin="Ty suat LN"),
    "hp07": _base_labels(balance=None, sum_margin="Tỷ suất lợi nhuận"),
    "hp08": _base_labels(cap=None, use=None, sum_profit="Lợi nhuận"),
    "hp09": _base_labels(sum_margin="Tỷ lệ lợi nhuận"),
    "hp10": _base_labels(sum_profit="Lợi nhuận", pack="Bao bì, túi, hộp"),
}
for _k, _lab in LABELS.items():
    for _x in [k for k, v in _lab.items() if v is None]:
        del _lab[_x]


FACTS = {
    "hp01": lambda t, s: [f"{vnum(t['out'][0])} kg", "98.000 đồng/gói", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp02": lambda t, s: [f"{vnum(t['out'][0])} kg", "52.000 đồng/hộp", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp03": lambda t, s: [f"{vnum(t['out'][0])} kg", "170.000 đồng/chai", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp04": lambda t, s: [f"{vnum(t['out'][0])} chiếc", "65.000 đồng/chiếc", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp05": lambda t, s: [f"{vnum(t['out'][0])} lít", "85.000 đồng/chai", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp06": lambda t, s: [f"{vnum(t['out'][0])} lít", "78.000 đồng/chai", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp07": lambda t, s: [f"{vnum(t['out'][0])} kg", "95.000 đồng/hộp", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp08": lambda t, s: [f"{vnum(t['out'][0])} kg", "45.000 đồng/túi", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp09": lambda t, s: [f"{vnum(t['out'][0])} kg", "90.000 đồng/hộp", f"{vnum(t['inv_total'])} triệu đồng"],
    "hp10": lambda t, s: [f"{vnum(t['out'][0])} kg", "55.000 đồng/túi", f"{vnum(t['inv_total'])} triệu đồng"],
}
SKETCHY_FACTS = {
    "hp11": ["600 lít", "90.000 đồng/lít", "50 triệu"],
    "hp12": ["4 PHÒNG", "350.000 ĐỒNG", "120 TRIỆU ĐỒNG"],
}


def stems() -> dict[str, str]:
    return {p.name.split("_", 1)[0]: p.stem for p in sorted((HERE / "src").glob("hp*.md"))}


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
                check_full(p, key)
            check_texts(p, key)
        except Exception as e:  # a broken plan is a failure, not a crash
            p.failures.append(f"{type(e).__name__}: {e}")
        plans.append(p)
    if len(found) != 12 and not keys:
        print(f"FAIL expected 12 plans, found {len(found)}")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
