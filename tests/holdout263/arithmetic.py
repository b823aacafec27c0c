"""The 263rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout263/arithmetic.py [KEY ...] [-v]

Theme: submissions that bundle other papers with the plan (a tờ trình or công văn đề nghị, the
OCOP registration form, the minutes of the members' meeting, a commitment letter), placed before
or after the plan in the same file, each with its own dates, names and a few figures, rounded or
taken from an earlier draft.

For every full plan (jd01-jd10) the constants give the products (pack size in the plan's base unit,
the 2027 price and packs), the yearly output growth and price growth, the 2024-2026 history
(output, average price, margin), the raw materials (norm per base unit, purchase price, supply rows
as count x yield), the equipment that limits output (rating per day x working days), staff by role
with the 2027 monthly wage and its index, the packaging cost per pack, the energy cost per base
unit, the selling and tax shares of revenue, investment items and capital sources, asset life,
loan balances and rate, and a fixed "other" line. `model()` turns them into every figure the plan
prints (the generator that wrote the sources used the same function); `model(key, planted=False)`
is the truth and `model(key)` what the plan prints, with the planted defect and the knock-ons its
author decided. Every printed table cell is read back from the source (tables found by their
caption "Bảng N.") and compared with the printed model within 1 % (or 0,11 of a million); every
cell that differs from the truth by more than 1 % must be a declared planted cell or knock-on, and
each planted cell must be wrong by more than 5 % (the true value is printed with -v). The figures
of the bundled papers are checked too: a rounded figure must be within 3 % of the plan's own, a
figure from an earlier draft must be marked as replaced in the same paper. Textual defects are
asserted through the presence or absence of their words; ready plans cite no replaced instrument.
Sketchy plans: 150-350 words, no table, their few figures.
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
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)|Biểu 0[1-4]|NNPTNT|Nông nghiệp và PTNT|"
            r"(?<!Ngân hàng )Nông nghiệp và Phát triển nông thôn")  # Agribank keeps its name


# --------------------------------------------------------------------------- number formats
def r1(x: float) -> float:
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def r0(x: float, step: int = 1) -> int:
    return int(math.floor(x / step + 0.5 + 1e-9) * step)


def f0(x: float) -> str:
    """1234567 -> '1.234.567'."""
    s = f"{r0(x):,}".replace(",", ".")
    return s


def f1(x: float) -> str:
    """1234,56 -> '1.234,6' (one decimal)."""
    v = r1(x)
    neg = v < 0
    v = abs(v)
    whole = int(v)
    dec = int(round((v - whole) * 10))
    if dec == 10:
        whole, dec = whole + 1, 0
    s = f"{whole:,}".replace(",", ".") + f",{dec}"
    return ("-" if neg else "") + s


def f2(x: float) -> str:
    v = math.floor(x * 100 + 0.5 + 1e-9) / 100
    whole = int(v)
    dec = int(round((v - whole) * 100))
    return f"{whole:,}".replace(",", ".") + f",{dec:02d}"


def fn(x: float, nd: int) -> str:
    return f0(x) if nd == 0 else f1(x) if nd == 1 else f2(x)


def pct(x: float) -> str:
    """0.1234 -> '12,3'."""
    return f1(x * 100)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, 2027 price đ, 2027 packs, packaging đ/pack)
# g_out: growth of packs 2027->2028, 2028->2029; g_price: price growth a year (rounded to 100 đ)
# hist: outputs 2024-2026 (base unit), average price đ per base unit, margin (profit / revenue)
# raws: (label, unit, norm per base unit, price đ per unit, supply rows (label, [count/year], yield))
# cap: (rating per day in base units, working days, products the equipment makes or None = all)
# roles: (role, staff per year); wage: 2027 monthly wage (triệu), g_wage: yearly index
# energy: đ per base unit; sell, tax: shares of revenue; other: triệu a year
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year (triệu), rate
# plant: the planted numeric defects (see _plant); knock: cells that follow them
PLANS: dict[str, dict] = {
    "jd01": dict(
        stem="jd01_banh_ram_dong_loc_cty", unit="kg",
        products=[("Bánh ram đông lạnh, hộp 10 cái (500 g)", "hộp", 0.5, 62000, 20000, 4500),
                  ("Bánh ram đông lạnh, túi 20 cái (1 kg)", "túi", 1.0, 115000, 6000, 3000),
                  ("Bánh ram chiên sẵn, khay 300 g", "khay", 0.3, 45000, 10000, 3500)],
        g_out=(0.10, 0.10), g_price=0.03,
        hist=dict(out=[14200, 15600, 17100], price=[118000, 121000, 124000], margin=[0.14, 0.15, 0.155]),
        raws=[("Gạo nếp cái", "kg", 0.50, 28000,
               [("Hộ trồng nếp thôn Đông Thịnh", [30, 30, 30], 250),
                ("Hộ trồng nếp thôn Yên Lạc", [20, 20, 20], 250)]),
              ("Thịt lợn, tôm đất", "kg", 0.18, 120000,
               [("Cơ sở giết mổ Tùng Ảnh (hợp đồng)", [1, 1, 1], 3800),
                ("Hộ đánh bắt tôm đất ven sông Lam", [6, 6, 6], 150)])],
        cap=(95, 300, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Xay bột, làm nhân, gói bánh", [5, 5, 6]),
               ("Cấp đông, chiên, đóng gói", [2, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.8, g_wage=0.05, energy=4000, sell=0.05, tax=0.015, other=50,
        inv=[("Máy xay bột nếp, máy cán vỏ bánh", 220, True),
             ("Tủ cấp đông và kho lạnh 20 m³", 320, True),
             ("Máy hút chân không, máy in ngày sản xuất", 90, True),
             ("Cải tạo khu chế biến một chiều 80 m²", 250, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "jd02": dict(
        stem="jd02_mat_ong_son_kim_htx", unit="kg",
        products=[("Mật ong hoa rừng, chai 650 g", "chai", 0.65, 195000, 3600, 8000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, 230000, 2200, 10000),
                  ("Mật ong hoa rừng, hũ quà tặng 250 g", "hũ", 0.25, 85000, 3000, 6000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[4300, 4650, 4950], price=[255000, 262000, 270000], margin=[0.09, 0.10, 0.105]),
        raws=[("Mật ong thô", "kg", 1.06, 140000,
               [("Đàn ong của thành viên", [420, 450, 480], 12),
                ("Hộ nuôi ong liên kết thôn Khe Giao", [18, 18, 18], 80)])],
        cap=(40, 250, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Lọc, hạ thủy phần, chiết rót", [1, 1, 1]),
               ("Bán hàng, kho", [1, 1, 1])],
        wage=5.2, g_wage=0.05, energy=2000, sell=0.05, tax=0.015, other=30,
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 180, True),
             ("Bồn inox lắng lọc, máy chiết rót", 120, True),
             ("Nhà sơ chế, đóng chai 40 m²", 150, True),
             ("Bổ sung 60 thùng ong giống cho thành viên", 90, True),
             ("Bao bì, nhãn, tem truy xuất", 35, False),
             ("Vốn lưu động", 225, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.07),
    "jd03": dict(
        stem="jd03_do_go_my_nghe_yen_ho_tht", unit="sản phẩm",
        products=[("Hộp đựng trà gỗ mít khắc hoa văn", "hộp", 1, 450000, 2400, 25000),
                  ("Khay trà gỗ xoan chạm trống đồng", "chiếc", 1, 680000, 1200, 30000),
                  ("Tranh gỗ treo tường 40 × 60 cm", "bức", 1, 1250000, 500, 45000)],
        g_out=(0.07, 0.07), g_price=0.03,
        hist=dict(out=[3300, 3550, 3800], price=[560000, 575000, 590000], margin=[0.12, 0.13, 0.135]),
        raws=[("Gỗ xẻ rừng trồng (mít, xoan)", "m³", 0.011, 6500000,
               [("Xưởng xẻ gỗ Đức Hòa (hợp đồng)", [1, 1, 1], 40),
                ("Hộ trồng xoan, mít thôn Yên Hồ", [10, 10, 10], 2)]),
              ("Sơn PU, dầu bóng gốc nước", "lít", 0.08, 180000,
               [("Đại lý sơn Hồng Phát (hợp đồng)", [1, 1, 1], 500)])],
        cap=(22, 280, None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ chạm khắc, đục", [8, 8, 9]),
               ("Thợ mộc, lắp ráp", [3, 3, 3]), ("Sơn, hoàn thiện, đóng gói", [2, 2, 2])],
        wage=7.0, g_wage=0.05, energy=6000, sell=0.06, tax=0.015, other=60,
        inv=[("Máy đục CNC 4 đầu", 380, True), ("Hệ thống hút bụi túi vải", 120, True),
             ("Buồng phun sơn màng nước", 90, True), ("Cải tạo xưởng 150 m²", 200, True),
             ("Thiết kế mẫu, hộp, thẻ treo", 40, False), ("Đăng ký nhãn hiệu, thử nghiệm", 25, False),
             ("Vốn lưu động", 245, False)],
        src=[("Vốn góp của 12 tổ viên", 600), ("Quỹ chung của tổ", 200),
             ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 300)],
        life=10, loan=[300, 200, 100], rate=0.066),
    "jd04": dict(
        stem="jd04_tra_xa_den_huong_do_hkd", unit="kg",
        products=[("Trà xạ đen túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 48000, 12000, 6000),
                  ("Xạ đen khô cắt khúc, túi 500 g", "túi", 0.5, 90000, 2400, 3000),
                  ("Xạ đen khô, bao 2 kg cho quán nước", "bao", 2.0, 320000, 300, 5000)],
        g_out=(0.10, 0.10), g_price=0.0,
        hist=dict(out=[1900, 2080, 2280], price=[205000, 208000, 210000], margin=[0.18, 0.19, 0.20]),
        raws=[("Cành lá xạ đen tươi", "kg", 4.2, 9000,
               [("Vườn xạ đen của hộ (2 ha)", [1, 1, 1], 7000),
                ("Hộ trồng xạ đen thôn Khe Cò", [15, 18, 21], 400)])],
        cap=(15, 250, None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Thu hái, sơ chế", [2, 2, 2]),
               ("Sấy, đóng gói", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.0, energy=8000, sell=0.06, tax=0.015, other=25,
        inv=[("Máy sấy bơm nhiệt 1 buồng", 150, True), ("Máy đóng gói túi lọc", 140, True),
             ("Phòng đóng gói 25 m²", 70, True), ("Bao bì, mã vạch, tem truy xuất", 25, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 20, False), ("Vốn lưu động", 95, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066),
    "jd05": dict(
        stem="jd05_ruou_ngo_men_la_huong_lien_htx", unit="lít",
        products=[("Rượu ngô men lá 32 độ, chai 500 ml", "chai", 0.5, 70000, 16000, 4500),
                  ("Rượu ngô men lá, bình sứ 1,5 lít", "bình", 1.5, 260000, 1200, 45000),
                  ("Rượu ngô 32 độ, can 5 lít", "can", 5, 400000, 600, 12000)],
        g_out=(0.10, 0.10), g_price=0.04,
        hist=dict(out=[10300, 11100, 11900], price=[118000, 122000, 126000], margin=[0.15, 0.16, 0.17]),
        raws=[("Ngô hạt địa phương", "kg", 2.6, 9000,
               [("Hộ thành viên trồng ngô", [45, 45, 45], 700),
                ("Hộ trồng ngô thôn Khe Tre (hợp đồng)", [20, 20, 20], 700)])],
        cap=(75, 260, None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.8, g_wage=0.05, energy=3500, sell=0.06, tax=0.02, other=60,
        inv=[("Hệ thống chưng cất cải tiến 3 nồi", 210, True),
             ("Máy lọc, khử andehit, chiết rót", 180, True),
             ("Kho ủ, hạ thổ rượu 50 m²", 150, True), ("Hầm biogas, bể chứa bỗng rượu", 60, True),
             ("Bao bì, nhãn, tem truy xuất", 45, False), ("Vốn lưu động", 255, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        plant=dict(rev_line=(0, 1, 1.14), payback=1.2, cells=["rev:0:1", "payback"]),
        knock=["rev_total:1", "cost:sell:1", "cost:tax:1", "cost_total:1", "sum:rev:1",
               "sum:cost:1", "sum:profit:1", "sum:margin:1"]),
    "jd06": dict(
        stem="jd06_nuoc_mam_hai_thinh_cty", unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 85000, 14000, 5000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1.0, 70000, 10000, 6500),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, 220000, 1200, 12000)],
        g_out=(0.08, 0.08), g_price=0.04,
        hist=dict(out=[19200, 20600, 21700], price=[86000, 88000, 90000], margin=[0.12, 0.13, 0.13]),
        raws=[("Cá cơm tươi", "kg", 1.25, 18000,
               [("Tàu của công ty và thành viên", [4, 4, 4], 5000),
                ("Vựa cá bến Hải Thịnh (hợp đồng)", [3, 3, 3], 6000)]),
              ("Muối hạt", "kg", 0.35, 3000,
               [("Hợp tác xã muối Thạch Khê (hợp đồng)", [1, 1, 1], 12000)])],
        cap=(None, None, None), vats=(90, 400),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ướp, đảo chượp", [4, 4, 4]),
               ("Lọc, chiết chai, đóng thùng", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05, energy=1500, sell=0.05, tax=0.015, other=60,
        inv=[("40 thùng gỗ ủ chượp 400 lít", 240, True), ("Nhà ủ chượp 200 m²", 260, True),
             ("Máy lọc, chiết rót, đóng nắp", 150, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của các thành viên công ty", 500),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        plant=dict(cost_total=(1, 0.91), cells=["cost_total:1"]),
        knock=["sum:cost:1", "sum:profit:1", "sum:margin:1", "payback"]),
    "jd07": dict(
        stem="jd07_tra_ca_gai_leo_thien_loc_ctcp", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 3 g", "hộp", 0.06, 55000, 30000, 7000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 85000, 6000, 4000),
                  ("Cà gai leo khô, bao 5 kg cho nhà thuốc", "bao", 5, 700000, 300, 8000)],
        g_out=(0.10, 0.10), g_price=0.03,
        hist=dict(out=[4900, 5350, 5800], price=[350000, 360000, 368000], margin=[0.16, 0.17, 0.18]),
        raws=[("Cây cà gai leo tươi", "kg", 4.5, 8000,
               [("Vùng trồng của công ty (2 ha)", [1, 1, 1], 24000),
                ("Hộ liên kết thôn Đồng Vịnh", [20, 20, 20], 800)])],
        cap=(35, 280, None),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, cắt, đóng gói", [4, 4, 5]), ("Bán hàng", [2, 2, 2])],
        wage=6.2, g_wage=0.05, energy=9000, sell=0.07, tax=0.015, other=90,
        inv=[("Nhà xưởng sơ chế, sấy 180 m²", 650, True), ("Máy sấy bơm nhiệt 2 buồng", 380, True),
             ("Máy đóng gói túi lọc tự động", 420, True), ("Máy cắt, nghiền dược liệu", 150, True),
             ("Kho bảo quản 60 m²", 100, True), ("Bao bì, mã vạch, tem truy xuất", 60, False),
             ("Đăng ký nhãn hiệu", 20, False), ("Vốn lưu động", 620, False)],
        src=[("Vốn góp của cổ đông", 1300), ("Lợi nhuận giữ lại của công ty", 300),
             ("Vay Ngân hàng thương mại cổ phần", 800)],
        life=10, loan=[800, 650, 500], rate=0.075,
        plant=dict(src=[1000, 300, 800], cells=["src_total"]),
        knock=["src:0", "src_pct:0", "src_pct:1", "src_pct:2"]),
    "jd08": dict(
        stem="jd08_tinh_bot_san_day_son_bang_tht", unit="kg",
        products=[("Tinh bột sắn dây nguyên chất, hộp 500 g", "hộp", 0.5, 80000, 12000, 6000),
                  ("Tinh bột sắn dây, túi 1 kg", "túi", 1.0, 145000, 4000, 3000),
                  ("Tinh bột sắn dây, gói 200 g", "gói", 0.2, 35000, 10000, 1500)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[9600, 10400, 11200], price=[150000, 152000, 155000], margin=[0.15, 0.16, 0.17]),
        raws=[("Củ sắn dây tươi", "kg", 7.0, 6000,
               [("Ruộng sắn dây của tổ viên (1,5 ha)", [1, 1, 1], 36000),
                ("Hộ liên kết thôn Bằng Châu", [20, 20, 20], 1200),
                ("Hộ liên kết thôn Trung Sơn", [12, 12, 12], 1200)])],
        cap=(160, 110, None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rửa, mài, lọc, lắng", [5, 5, 5]),
               ("Phơi sấy, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.2, g_wage=0.05, energy=6000, sell=0.06, tax=0.015, other=50,
        inv=[("Máy rửa, mài củ và bể lọc inox", 260, True), ("Máy sấy tinh bột bơm nhiệt", 220, True),
             ("Nhà lắng, phơi có mái che 100 m²", 120, True), ("Bao bì, thiết kế hộp", 40, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Quỹ hỗ trợ nông dân tỉnh", 300)],
        life=10, loan=[300, 200, 100], rate=0.06),
    "jd09": dict(
        stem="jd09_che_bup_khe_may_hkd", unit="kg",
        products=[("Chè búp khô, túi 200 g", "túi", 0.2, 70000, 5000, 2500),
                  ("Chè búp khô đặc biệt, hộp 500 g", "hộp", 0.5, 220000, 1000, 15000),
                  ("Chè xanh khô, túi 1 kg", "túi", 1.0, 260000, 500, 3000)],
        g_out=(0.80, 0.60), g_price=0.03,
        hist=dict(out=[1650, 1760, 1880], price=[330000, 338000, 345000], margin=[0.20, 0.21, 0.22]),
        raws=[("Búp chè tươi", "kg", 4.5, 14000,
               [("Đồi chè của hộ (1 ha)", [1, 1, 1], 6000),
                ("Hộ trồng chè thôn Khe Mây (hợp đồng)", [10, 22, 36], 600)])],
        cap=(28, 250, None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Hái, sao, vò chè", [2, 2, 2]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.0, energy=10000, sell=0.05, tax=0.015, other=30,
        inv=[("Máy sao chè quay tay cải tiến", 90, True), ("Máy vò chè", 60, True),
             ("Nhà sao chè 30 m²", 100, True), ("Bao bì, hộp", 20, False), ("Vốn lưu động", 80, False)],
        src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=10, loan=[150, 100, 50], rate=0.066,
        plant=dict(profit=(0, 1.35), cells=["sum:profit:0"]),
        knock=["sum:margin:0"]),
    "jd10": dict(
        stem="jd10_cha_ca_thu_cam_nhuong_cty", unit="kg",
        products=[("Chả cá thu hấp, khay 500 g", "khay", 0.5, 120000, 16000, 5000),
                  ("Chả cá thu chiên, túi 1 kg", "túi", 1.0, 220000, 5000, 4000),
                  ("Chả cá viên, gói 300 g", "gói", 0.3, 60000, 10000, 3000)],
        g_out=(0.15, 0.15), g_price=0.03,
        hist=dict(out=[12500, 13400, 14300], price=[205000, 210000, 215000], margin=[0.10, 0.11, 0.11]),
        raws=[("Cá thu, cá nhồng, cá mối tươi", "kg", 1.6, 55000,
               [("Tàu câu của công ty", [2, 2, 2], 6000),
                ("Vựa cá cảng Cẩm Nhượng (hợp đồng)", [4, 4, 4], 7000)]),
              ("Bột năng, gia vị", "kg", 0.12, 30000,
               [("Đại lý thực phẩm Kỳ Anh (hợp đồng)", [1, 1, 1], 3000)])],
        cap=(72, 270, None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế cá, quết chả", [5, 5, 5]),
               ("Hấp, chiên, cấp đông", [3, 3, 3]), ("Đóng gói, bán hàng", [3, 3, 3])],
        wage=6.0, g_wage=0.05, energy=5000, sell=0.05, tax=0.015, other=80,
        inv=[("Máy xay, quết chả và định hình", 260, True), ("Tủ cấp đông, kho lạnh 30 m³", 380, True),
             ("Nồi hấp, chảo chiên công nghiệp", 110, True), ("Cải tạo xưởng chế biến 120 m²", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
}


# --------------------------------------------------------------------------- the model
def model(key: str, planted: bool = True) -> dict:
    """Every figure of a full plan, as printed (planted=True) or as it should be."""
    P = PLANS[key]
    plant = P.get("plant", {}) if planted else {}
    nprod = len(P["products"])
    m: dict = {"key": key, "unit": P["unit"]}
    # history
    h = P["hist"]
    hrev = [r1(o * p / 1e6) for o, p in zip(h["out"], h["price"])]
    hcost = [r1(rv * (1 - mg)) for rv, mg in zip(hrev, h["margin"])]
    m["hist"] = dict(out=h["out"], price=h["price"], rev=hrev, cost=hcost,
                     profit=[r1(a - b) for a, b in zip(hrev, hcost)])
    g = [(h["out"][i + 1] / h["out"][i]) - 1 for i in range(2)]
    m["hist_growth"] = sum(g) / 2
    # output and prices
    packs, price = [], []
    for (_, _, size, p0, n0, _) in P["products"]:
        row = [n0]
        for y in range(2):
            row.append(r0(row[-1] * (1 + P["g_out"][y]), 10))
        packs.append(row)
        price.append([r0(p0 * (1 + P["g_price"]) ** y, 100) for y in range(3)])
    m["packs"], m["price"] = packs, price
    sizes = [p[2] for p in P["products"]]
    out = [sum(packs[i][y] * sizes[i] for i in range(nprod)) for y in range(3)]
    m["out"] = out
    m["growth"] = [out[y] / out[y - 1] - 1 for y in (1, 2)]
    if "vats" in P:
        m["cap"] = P["vats"][0] * P["vats"][1]
    else:
        rating, days, only = P["cap"]
        m["cap"] = rating * days
    m["use"] = [o / m["cap"] for o in out]
    # raw materials
    raws = []
    for (label, unit, norm, rprice, rows) in P["raws"]:
        rr = [[c * yld for c in counts] for (_, counts, yld) in rows]
        supply = [sum(r[y] for r in rr) for y in range(3)]
        need = [o * norm for o in out]
        raws.append(dict(label=label, unit=unit, norm=norm, price=rprice, rows=rr, supply=supply,
                         need=need, spare=[s - n for s, n in zip(supply, need)]))
    m["raws"] = raws
    # staff
    staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    wage = [math.floor(P["wage"] * (1 + P["g_wage"]) ** y * 100 + 0.5) / 100 for y in range(3)]
    m["staff"], m["wage"] = staff, wage
    m["fund"] = [r1(s * w * 12) for s, w in zip(staff, wage)]
    # investment and sources
    inv = [x[1] for x in P["inv"]]
    m["inv"], m["inv_total"] = inv, sum(inv)
    fixed = sum(x[1] for x in P["inv"] if x[2])
    m["fixed"] = fixed
    m["dep"] = r1(fixed / P["life"])
    src = list(plant.get("src", [x[1] for x in P["src"]]))
    m["src"], m["src_total"] = src, sum(src)
    m["src_pct"] = [s / m["src_total"] for s in src]
    # revenue
    rev = [[r1(packs[i][y] * price[i][y] / 1e6) for y in range(3)] for i in range(nprod)]
    if "rev_line" in plant:
        i, y, k = plant["rev_line"]
        rev[i][y] = r1(rev[i][y] * k)
    m["rev"] = rev
    m["rev_total"] = [r1(sum(rev[i][y] for i in range(nprod))) for y in range(3)]
    # costs
    cost = {
        "raw": [r1(sum(r["need"][y] * r["price"] for r in raws) / 1e6) for y in range(3)],
        "pack": [r1(sum(packs[i][y] * P["products"][i][5] for i in range(nprod)) / 1e6) for y in range(3)],
        "energy": [r1(out[y] * P["energy"] / 1e6) for y in range(3)],
        "wage": m["fund"],
        "dep": [m["dep"]] * 3,
        "interest": [r1(b * P["rate"]) for b in P["loan"]],
        "sell": [r1(m["rev_total"][y] * P["sell"]) for y in range(3)],
        "tax": [r1(m["rev_total"][y] * P["tax"]) for y in range(3)],
        "other": [float(P["other"])] * 3,
    }
    m["cost"] = cost
    total = [r1(sum(v[y] for v in cost.values())) for y in range(3)]
    m["cost_lines_sum"] = list(total)
    if "cost_total" in plant:
        y, k = plant["cost_total"]
        total[y] = r1(total[y] * k)
    m["cost_total"] = total
    profit = [r1(m["rev_total"][y] - total[y]) for y in range(3)]
    if "profit" in plant:
        y, k = plant["profit"]
        profit[y] = r1(profit[y] * k)
    m["sum"] = dict(rev=m["rev_total"], cost=total, profit=profit,
                    margin=[profit[y] / m["rev_total"][y] for y in range(3)])
    m["avg_profit"] = sum(profit) / 3
    m["payback"] = round(m["inv_total"] / (m["avg_profit"] + m["dep"]), 1)
    if "payback" in plant:
        m["payback_computed"] = m["payback"]
        m["payback"] = plant["payback"]
    return m


# the cells compared, as (name, getter, decimals): name is what `knock` lists
def cells(m: dict) -> dict[str, float]:
    c: dict[str, float] = {}
    for i in range(len(m["rev"])):
        for y in range(3):
            c[f"rev:{i}:{y}"] = m["rev"][i][y]
    for y in range(3):
        c[f"rev_total:{y}"] = m["rev_total"][y]
        c[f"cost_total:{y}"] = m["cost_total"][y]
        for k, v in m["cost"].items():
            c[f"cost:{k}:{y}"] = v[y]
        for k in ("rev", "cost", "profit"):
            c[f"sum:{k}:{y}"] = m["sum"][k][y]
        c[f"sum:margin:{y}"] = m["sum"]["margin"][y] * 100
    for i, s in enumerate(m["src"]):
        c[f"src:{i}"] = s
        c[f"src_pct:{i}"] = m["src_pct"][i] * 100
    c["src_total"] = m["src_total"]
    c["payback"] = m["payback"]
    return c


# --------------------------------------------------------------------------- table layout
# the row labels the plans print (the generator writes them, the checks read them back)
COST_LINES = [("raw", "Nguyên liệu"), ("pack", "Bao bì"), ("energy", "Điện, nước, nhiên liệu"),
              ("wage", "Tiền lương"), ("dep", "Khấu hao tài sản"), ("interest", "Lãi vay"),
              ("sell", "Bán hàng, quảng bá"), ("tax", "Thuế, phí"), ("other", "Chi phí khác")]
# the caption number of each table, per plan (hist, comp, equip, raw, staff, out, price, inv, src,
# rev, cost, sum, papers, sched); a missing key means the plan has no such table
TABLES = {
    "jd01": dict(hist=1, comp=2, raw=3, equip=4, staff=5, out=6, price=7, inv=8, src=9, rev=10,
                 cost=11, sum=12, papers=13, sched=14),
    "jd02": dict(comp=1, hist=2, equip=3, raw=4, staff=5, out=6, price=7, inv=8, src=9, rev=10,
                 cost=11, sum=12, papers=13),
    "jd03": dict(hist=1, equip=2, raw=3, staff=4, out=5, price=6, inv=7, src=8, rev=9, cost=10,
                 sum=11, papers=12, sched=13),
    "jd04": dict(hist=1, comp=2, raw=3, staff=4, out=5, price=6, inv=7, src=8, rev=9, cost=10,
                 sum=11, papers=12),
    "jd05": dict(hist=1, equip=2, raw=3, staff=4, out=5, price=6, inv=7, src=8, rev=9, cost=10,
                 sum=11, papers=12, sched=13),
    "jd06": dict(hist=1, comp=2, raw=3, staff=4, out=5, price=6, inv=7, src=8, rev=9, cost=10,
                 sum=11, sched=12),
    "jd07": dict(hist=1, comp=2, raw=3, equip=4, staff=5, out=6, price=7, inv=8, src=9, rev=10,
                 cost=11, sum=12, papers=13),
    "jd08": dict(hist=1, equip=2, raw=3, staff=4, out=5, price=6, inv=7, src=8, rev=9, cost=10,
                 sum=11, sched=12),
    "jd09": dict(hist=1, raw=2, staff=3, out=4, price=5, inv=6, src=7, rev=8, cost=9, sum=10,
                 sched=11),
    "jd10": dict(hist=1, comp=2, equip=3, raw=4, staff=5, out=6, price=7, inv=8, src=9, rev=10,
                 cost=11, sum=12, papers=13),
}
# plans whose output table prints no growth / use row (jd10: the capacity defect is left to the reader)
NO_USE_ROW = {"jd10"}
NO_SPARE_ROW = {"jd08"}

# --------------------------------------------------------------------------- what else the plans say
OTHER_NAME = {"jd08": "Tổ hợp tác Sắn dây Thượng Lộc"}
OWN_NAME = {"jd01": "Công ty TNHH Thực phẩm Hoài Thương", "jd02": "Hợp tác xã Nuôi ong Sơn Kim",
            "jd03": "Tổ hợp tác Mộc mỹ nghệ Yên Hồ", "jd04": "Hộ kinh doanh Trà thảo mộc Hương Đô",
            "jd05": "Hợp tác xã Nông nghiệp Hương Liên", "jd06": "Công ty TNHH Nước mắm Hải Thịnh",
            "jd07": "Công ty cổ phần Dược liệu Thiên Lộc", "jd08": "Tổ hợp tác Sắn dây Sơn Bằng",
            "jd09": "Hộ kinh doanh Chè Khe Mây", "jd10": "Công ty TNHH Thực phẩm biển Cẩm Nhượng"}
READY = ("jd01", "jd02", "jd03", "jd04")
# the plan's own date and the bundled papers' dates (all between 07/2026 and 03/2027)
DATES = {
    "jd01": ["ngày 15 tháng 8 năm 2026", "ngày 20 tháng 8 năm 2026", "ngày 28/7/2026"],
    "jd02": ["hoàn thiện ngày 08/9/2026", "ngày 12 tháng 9 năm 2026", "ngày 05/9/2026", "ngày 20/8/2026"],
    "jd03": ["tháng 10 năm 2026", "ngày 21 tháng 10 năm 2026", "ngày 02/10/2026"],
    "jd04": ["tháng 11 năm 2026", "ngày 25 tháng 11 năm 2026", "ngày 10/11/2026"],
    "jd05": ["ngày 05 tháng 12 năm 2026", "ngày 10 tháng 12 năm 2026", "ngày 28/11/2026"],
    "jd06": ["ngày 12 tháng 7 năm 2026", "ngày 22 tháng 7 năm 2026", "Ngày 15/7/2026"],
    "jd07": ["ngày 15 tháng 02 năm 2027", "ngày 20 tháng 02 năm 2027", "ngày 10/02/2027"],
    "jd08": ["ngày 20 tháng 8 năm 2026", "ngày 25 tháng 8 năm 2026", "ngày 18 tháng 8 năm 2026"],
    "jd09": ["ngày 10 tháng 01 năm 2027", "ngày 15 tháng 01 năm 2027"],
    "jd10": ["ngày 05 tháng 3 năm 2027", "ngày 12 tháng 3 năm 2027"],
}


def bundle(key: str, m: dict) -> list[tuple]:
    """The figures of the bundled papers: (snippet, value as printed, the plan's own value, kind, mark).
    kind 'round': within 3 % of the plan's figure; 'draft': an earlier draft's figure, different from
    the plan's, and `mark` (the words saying it was replaced) must be in the plan's file."""
    P = PLANS[key]
    if key == "jd01":
        return [("khoảng 19 tấn bánh", 19000, m["out"][0], "round", None),
                ("doanh thu khoảng 2,4 tỷ đồng", 2400, m["rev_total"][0], "round", None),
                ("chính thức còn 1,3 tỷ đồng", 1300, m["inv_total"], "round", None),
                ("thường xuyên cho 10 lao động", 10, m["staff"][0], "round", None),
                ("(tổng vốn đầu tư 1,5 tỷ đồng", 1500, m["inv_total"], "draft", "đã bỏ hạng mục xe tải"),
                ("góp đủ 800 triệu đồng vốn chủ sở hữu", 800, m["src"][0], "round", None),
                ("khoảng 9,5 tấn gạo nếp năm 2027", 9500, m["raws"][0]["need"][0], "round", None),
                ("của khoảng 50 hộ", 50, sum(r[1][0] for r in P["raws"][0][4]), "round", None)]
    if key == "jd02":
        return [("| khoảng 5,3 tấn |", 5300, m["out"][0], "round", None),
                (f"| {f0(m['hist']['out'][2])} kg |", m["hist"]["out"][2], m["hist"]["out"][2], "round", None),
                (f"; {m['staff'][0]} lao động thường xuyên |", m["staff"][0], m["staff"][0], "round", None),
                ("năm 2027 là 6 tấn", 6000, m["out"][0], "draft", "Đại hội thống nhất điều chỉnh"),
                ("tổng vốn 950 triệu đồng", 950, m["inv_total"], "draft", "Đại hội thống nhất điều chỉnh"),
                ("vay 450 triệu đồng", 450, m["src"][2], "draft", "Đại hội thống nhất điều chỉnh"),
                ("góp thêm tổng cộng 350 triệu đồng", 350, m["src"][0], "round", None),
                ("khoảng 15 triệu đồng/người", 15, m["src"][0] / 23, "round", None)]
    if key == "jd03":
        return [("khoảng 2,2 tỷ đồng", 2200, m["hist"]["rev"][2], "round", None),
                ("sử dụng 15 lao động", 15, m["staff"][0], "round", None),
                ("(tổng 480 triệu đồng)", 480, m["src"][0], "draft", "Tổ thống nhất nâng mức góp"),
                ("vay ngân hàng 420 triệu đồng", 420, m["src"][2], "draft", "chỉ vay 300 triệu đồng"),
                ("50 triệu đồng/người, tổng 600 triệu đồng", 600, m["src"][0], "round", None),
                ("dùng 200 triệu đồng quỹ chung", 200, m["src"][1], "round", None),
                ("chỉ vay 300 triệu đồng", 300, m["src"][2], "round", None)]
    if key == "jd04":
        return [("bản nháp trước là 3 tấn/năm", 3000, m["out"][0], "draft", "nay tính lại còn 2,52 tấn"),
                ("khoảng 2,5 tấn trà khô/năm", 2500, m["out"][0], "round", None),
                ("gần 0,9 tỷ đồng", 900, m["rev_total"][0], "round", None),
                ("Tổng vốn 500 triệu đồng", 500, m["inv_total"], "round", None),
                ("trong đó vay 200 triệu đồng", 200, m["src"][1], "round", None),
                ("của khoảng 15 hộ", 15, P["raws"][0][4][1][1][0], "round", None)]
    if key == "jd05":
        return [("doanh thu khoảng 1,7 tỷ đồng", 1700, m["rev_total"][0], "round", None),
                ("sản xuất 12.800 lít", 12800, m["out"][0], "round", None),
                ("tổng vốn đầu tư 900 triệu đồng", 900, m["inv_total"], "round", None),
                ("bao tiêu ngô cho 65 hộ", 65, sum(r[1][0] for r in P["raws"][0][4]), "round", None),
                ("năm 2027 là 14.000 lít", 14000, m["out"][0], "draft", "Đại hội thống nhất giảm sản lượng")]
    if key == "jd06":
        return [("khoảng 23 nghìn lít", 23000, m["out"][0], "round", None),
                ("doanh thu khoảng 2,15 tỷ đồng", 2150, m["rev_total"][0], "round", None),
                ("tổng vốn đầu tư 1 tỷ đồng", 1000, m["inv_total"], "round", None),
                ("tổng vốn 1.150 triệu đồng", 1150, m["inv_total"], "draft", "thống nhất chỉ mua 40 thùng"),
                ("(ông Phúc 300 triệu đồng, bà Vân 200 triệu đồng)", 500, m["src"][0], "round", None)]
    if key == "jd07":
        return [("| 2,4 tỷ đồng |", 2400, m["inv_total"], "round", None),
                ("| khoảng 6,3 tấn thành phẩm |", 6300, m["out"][0], "round", None),
                (f"| {m['staff'][0]} người |", m["staff"][0], m["staff"][0], "round", None),
                ("tổng mức đầu tư 2.650 triệu đồng", 2650, m["inv_total"], "draft", "Hội đồng thống nhất chỉ mua 1 máy sấy")]
    if key == "jd08":
        rows = m["raws"][0]["rows"]
        return [("khoảng 12 tấn tinh bột năm 2027", 12000, m["out"][0], "round", None),
                ("tổng vốn đầu tư 800 triệu đồng", 800, m["inv_total"], "round", None),
                ("sản lượng 14 tấn tinh bột/năm", 14000, m["out"][0], "draft", "phương án chính thức điều chỉnh còn"),
                ("khoảng 38 tấn củ sắn dây tươi", 38000, rows[1][0] + rows[2][0], "round", None),
                ("mỗi hộ khoảng 1,2 tấn", 1200, P["raws"][0][4][1][2], "round", None)]
    if key == "jd09":
        return [("khoảng 2 tấn chè khô", 2000, m["out"][0], "round", None),
                ("doanh thu khoảng 0,7 tỷ đồng", 700, m["rev_total"][0], "round", None),
                (f"| {f0(m['hist']['out'][2])} kg chè khô |", m["hist"]["out"][2], m["hist"]["out"][2], "round", None),
                (f"| {f0(m['out'][0])} kg chè khô |", m["out"][0], m["out"][0], "round", None),
                ("| 70.000 đồng/túi 200 g |", 70000, m["price"][0][0], "round", None)]
    if key == "jd10":
        return [("| 16 tấn |", 16000, m["out"][0], "round", None),
                ("| khoảng 19 tấn/năm |", 19000, m["cap"], "round", None),
                ("| 120.000 đồng/khay 500 g |", 120000, m["price"][0][0], "round", None),
                (f"đối ứng {f0(m['src'][0])} triệu đồng", m["src"][0], m["src"][0], "round", None),
                (f"sử dụng {m['staff'][0]} lao động", m["staff"][0], m["staff"][0], "round", None),
                ("khoảng 25 tấn/năm", 25000, m["raws"][0]["need"][0], "round", None)]
    return []


# --------------------------------------------------------------------------- reading the sources
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[int, list[list[str]]] = {}
        cap, cur = None, None
        for line in self.body.splitlines():
            s = line.strip().replace("**", "")
            mc = re.match(r"^Bảng (\d+)\.", s)
            if mc:
                cap, cur = int(mc.group(1)), None
                continue
            if s.startswith("|"):
                if cur is None:
                    cur = []
                    if cap is not None:
                        self.tables[cap] = cur
                    cap = None
                    continue  # the header row
                if re.fullmatch(r"\|[-| ]+\|", s):
                    continue
                cur.append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT"):
                cur = None

    def nums(self, tno: int, label: str, exact: bool = False, skip: int = 0) -> list[float] | None:
        seen = 0
        for r in self.tables.get(tno, []):
            if len(r) < 2:
                continue
            lab = r[1]
            if (lab == label) if exact else lab.startswith(label):
                if seen == skip:
                    return [plancheck.vn(c) for c in r[2:] if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]
                seen += 1
        self.failures.append(f"row not found in Bảng {tno}: {label!r}")
        return None


def near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01 * abs(b), 0.11)


def read_cells(p: Plan, key: str, m: dict) -> dict[str, float]:
    """Every printed figure that has a name in cells(), read from the source."""
    T = TABLES[key]
    P = PLANS[key]
    got: dict[str, float] = {}
    for i, prod in enumerate(P["products"]):
        v = p.nums(T["rev"], prod[0], exact=True)
        if v:
            for y in range(3):
                got[f"rev:{i}:{y}"] = v[y]
    v = p.nums(T["rev"], "Tổng doanh thu")
    if v:
        for y in range(3):
            got[f"rev_total:{y}"] = v[y]
    for k, base in COST_LINES:
        v = p.nums(T["cost"], base)
        if v:
            for y in range(3):
                got[f"cost:{k}:{y}"] = v[y]
    v = p.nums(T["cost"], "Tổng chi phí")
    if v:
        for y in range(3):
            got[f"cost_total:{y}"] = v[y]
    for k, lab in (("rev", "Doanh thu"), ("cost", "Chi phí"), ("profit", "Lợi nhuận"), ("margin", "Tỷ suất")):
        v = p.nums(T["sum"], lab)
        if v:
            for y in range(3):
                got[f"sum:{k}:{y}"] = v[y]
    for i, s in enumerate(P["src"]):
        v = p.nums(T["src"], s[0], exact=True)
        if v:
            got[f"src:{i}"], got[f"src_pct:{i}"] = v[0], v[1]
    v = p.nums(T["src"], "Tổng cộng")
    if v:
        got["src_total"] = v[0]
    mp = re.search(r"hoàn vốn.{0,80}?(?:≈|khoảng) (\d+,\d) năm", p.body)
    if mp:
        got["payback"] = plancheck.vn(mp.group(1))
    else:
        p.failures.append("payback not found")
    return got


def check_tables(p: Plan, key: str, m: dict) -> None:
    """The tables that cells() does not name, against the printed model (no defect is planted there
    except where the checks below say so)."""
    T, P, u = TABLES[key], PLANS[key], m["unit"]

    def cmp(what: str, printed: list[float] | None, want: list[float]) -> None:
        if printed is None:
            return
        if len(printed) != len(want):
            p.failures.append(f"{what}: {len(printed)} numbers, expected {len(want)}")
            return
        for y, (a, b) in enumerate(zip(printed, want)):
            if not near(a, b):
                p.failures.append(f"{what} [{y}]: printed {a}, computed {b:.2f}")

    h = m["hist"]
    cmp("history output", p.nums(T["hist"], "Sản lượng"), h["out"])
    cmp("history price", p.nums(T["hist"], "Giá bán bình quân"), h["price"])
    cmp("history revenue", p.nums(T["hist"], "Doanh thu"), [o * pr / 1e6 for o, pr in zip(h["out"], h["price"])])
    cmp("history cost", p.nums(T["hist"], "Chi phí"),
        [o * pr / 1e6 * (1 - g) for o, pr, g in zip(h["out"], h["price"], P["hist"]["margin"])])
    cmp("history profit", p.nums(T["hist"], "Lợi nhuận"), [a - b for a, b in zip(h["rev"], h["cost"])])
    for ri, (raw, spec) in enumerate(zip(m["raws"], P["raws"])):
        for (label, counts, yld), vals in zip(spec[4], raw["rows"]):
            cmp(f"supply {label}", p.nums(T["raw"], label), [c * yld for c in counts])
        cmp(f"supply total {spec[0]}", p.nums(T["raw"], "Tổng nguồn cung", skip=ri), raw["supply"])
        cmp(f"need {spec[0]}", p.nums(T["raw"], "Nhu cầu", skip=ri), [o * spec[2] for o in m["out"]])
        if key not in NO_SPARE_ROW:
            cmp(f"spare {spec[0]}", p.nums(T["raw"], "Còn dư", skip=ri), raw["spare"])
    for role, counts in P["roles"]:
        cmp(f"staff {role}", p.nums(T["staff"], role, exact=True), counts)
    cmp("staff total", p.nums(T["staff"], "Tổng số lao động"), m["staff"])
    cmp("wage", p.nums(T["staff"], "Lương bình quân"), [P["wage"] * (1 + P["g_wage"]) ** y for y in range(3)])
    cmp("wage fund", p.nums(T["staff"], "Quỹ lương"), [s * w * 12 for s, w in zip(m["staff"], m["wage"])])
    for i, prod in enumerate(P["products"]):
        want = [prod[4]]
        for y in range(2):  # the plans round pack counts to the ten each year
            want.append(r0(want[-1] * (1 + P["g_out"][y]), 10))
        cmp(f"packs {prod[0]}", p.nums(T["out"], prod[0], exact=True), want)
        cmp(f"price {prod[0]}", p.nums(T["price"], prod[0], exact=True),
            [prod[3] * (1 + P["g_price"]) ** y for y in range(3)])
    out = [sum(m["packs"][i][y] * P["products"][i][2] for i in range(len(P["products"]))) for y in range(3)]
    cmp("output", p.nums(T["out"], "Sản lượng quy đổi"), out)
    cmp("capacity", p.nums(T["out"], "Công suất thiết kế"), [m["cap"]] * 3)
    if key not in NO_USE_ROW:
        cmp("growth", p.nums(T["out"], "Tăng so với năm trước"), [g * 100 for g in m["growth"]])
        cmp("capacity use", p.nums(T["out"], "Mức sử dụng công suất"), [o / m["cap"] * 100 for o in out])
    for label, amount, _ in P["inv"]:
        cmp(f"investment {label}", p.nums(T["inv"], label, exact=True), [amount])
    cmp("investment total", p.nums(T["inv"], "Tổng cộng"), [sum(x[1] for x in P["inv"])])
    # revenue lines against packs x price of the same year (the truth; the planted line is listed)
    for i in range(len(P["products"])):
        v = p.nums(T["rev"], P["products"][i][0], exact=True)
        if v:
            for y in range(3):
                true = m["packs"][i][y] * m["price"][i][y] / 1e6
                if f"rev:{i}:{y}" not in PLANS[key].get("plant", {}).get("cells", []) and not near(v[y], true):
                    p.failures.append(f"revenue line {i} {YEARS[y]}: {v[y]} vs packs × price {true:.1f}")


def check_cells(p: Plan, key: str, m: dict, mt: dict, verbose: bool) -> None:
    got = read_cells(p, key, m)
    want_printed, want_true = cells(m), cells(mt)
    plant = PLANS[key].get("plant", {})
    planted, knock = set(plant.get("cells", [])), set(PLANS[key].get("knock", []))
    for name, v in got.items():
        if not near(v, want_printed[name]):
            p.failures.append(f"{name}: printed {v}, the plan's own model gives {want_printed[name]:.2f}")
        wrong = not near(v, want_true[name])
        if name in planted:
            if not off(v, want_true[name]):
                p.failures.append(f"planted {name} only {v} vs true {want_true[name]:.2f} (not > 5 %)")
            elif verbose:
                print(f"      planted {name}: printed {v}, true {want_true[name]:.1f} "
                      f"({(v / want_true[name] - 1) * 100:+.1f} %)")
        elif wrong and name not in knock:
            p.failures.append(f"{name}: printed {v}, true {want_true[name]:.2f} (not a declared defect)")
        elif wrong and verbose:
            print(f"      knock-on {name}: printed {v}, true {want_true[name]:.1f}")
    for name in planted | knock:
        if name not in got:
            p.failures.append(f"declared cell {name} not read")
    # derived relations on the printed figures: a total that does not add up, sources vs investment
    rt = [sum(got.get(f"rev:{i}:{y}", 0) for i in range(len(PLANS[key]["products"]))) for y in range(3)]
    ct = [sum(got.get(f"cost:{k}:{y}", 0) for k, _ in COST_LINES) for y in range(3)]
    for y in range(3):
        if not near(got.get(f"rev_total:{y}", 0), rt[y]):
            p.failures.append(f"revenue total {YEARS[y]} ≠ its lines")
        bad_total = not near(got.get(f"cost_total:{y}", 0), ct[y])
        if bad_total != (f"cost_total:{y}" in planted):
            p.failures.append(f"cost total {YEARS[y]}: {got.get(f'cost_total:{y}')} vs lines {ct[y]:.1f}")
        prof = got.get(f"sum:rev:{y}", 0) - got.get(f"sum:cost:{y}", 0)
        if (not near(got.get(f"sum:profit:{y}", 0), prof)) != (f"sum:profit:{y}" in planted):
            p.failures.append(f"profit {YEARS[y]}: {got.get(f'sum:profit:{y}')} vs revenue − cost {prof:.1f}")
    inv = m["inv_total"]
    src = got.get("src_total", 0)
    if (not near(src, inv)) != ("src_total" in planted):
        p.failures.append(f"sources {src} vs investment {inv}")


def check_realism(p: Plan, key: str, m: dict, mt: dict) -> None:
    """What is not planted stays realistic: use of capacity, raw-material spare, margins, growth."""
    use_max = max(m["use"])
    if key == "jd10":
        p.check(off(m["out"][2], m["cap"]) and m["out"][2] > m["cap"],
                f"jd10 capacity defect: 2029 output {m['out'][2]} vs capacity {m['cap']}")
        p.check(m["use"][0] <= 0.85, "jd10 2027 within capacity")
    else:
        p.check(use_max <= 0.85, f"capacity use up to {use_max:.1%}")
    for raw in m["raws"]:
        worst = min(s / n for s, n in zip(raw["supply"], raw["need"]))
        if key == "jd08":
            p.check(all(off(n, s) and n > s for s, n in zip(raw["supply"], raw["need"])),
                    "jd08 shortfall: need above supply by more than 5 % every year")
        else:
            p.check(worst >= 1.05, f"{raw['label']}: supply only {worst:.1%} of need")
    growth = [mt["rev_total"][y + 1] / mt["rev_total"][y] - 1 for y in range(2)]
    if key == "jd09":
        p.check(min(m["growth"]) >= 0.5 and min(growth) >= 0.5, "jd09 growth defect ≥ 50 %/year")
        p.check(m["staff"][0] == m["staff"][2], "jd09 same workers")
        p.check(m["hist_growth"] < 0.1, "jd09 history growth under 10 %")
    else:
        p.check(max(growth) < 0.35, f"revenue growth {max(growth):.1%}")
        margins = mt["sum"]["margin"]
        p.check(all(0 < x < 0.32 for x in margins), f"true margins {margins}")
    p.check(m["out"][0] <= m["hist"]["out"][2] * 1.2, "2027 output within +20 % of 2026")


def check_text(p: Plan, key: str, m: dict, mt: dict) -> None:
    P = PLANS[key]
    avgp, dep = m["avg_profit"], m["dep"]
    p.has(f"{f1(m['rev_total'][0])} triệu đồng", f"{f0(m['inv_total'])} triệu đồng",
          f"{pct(m['hist_growth'])} %/năm", f0(m["out"][0]))
    if key != "jd05":
        p.has(f"{f0(m['inv_total'])} : ({f1(avgp)} + {f1(dep)}) ≈ {f1(m['payback'])} năm")
    for d in DATES[key]:
        p.has(d)
    own = OWN_NAME[key]
    p.check(p.count(own) >= 3, f"own name {own!r} only {p.count(own)} times")
    if key in OTHER_NAME:
        p.check(p.count(OTHER_NAME[key]) >= 3, "other producer's name at least 3 times")
    else:
        p.lacks(r"Tổ hợp tác Sắn dây Thượng Lộc", "another producer's name")
    if key == "jd10":
        p.check(bool(re.search(PLACEHOLDER, p.body)), "jd10 keeps its template placeholder")
        p.has("[tên sản phẩm]")
    else:
        p.lacks(PLACEHOLDER, "template placeholder")
    if key == "jd06":
        for s in ("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện",
                  "Ủy ban nhân dân huyện Lộc Hà", "Phòng Nông nghiệp và PTNT huyện"):
            p.has(s)
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current programme instrument")
        p.lacks(r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm",
                "environment measure")
    else:
        p.lacks(REPLACED, "replaced instrument or district level")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key == "jd05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence")
        p.has("32 % vol", "QCVN 6-3:2010/BYT", "GCNATTP", "TCCS", "tự công bố", "nhãn hiệu",
              "đăng ký môi trường", "Không sử dụng cho người dưới 18 tuổi")
    if key == "jd07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng|15/2018",
                "product standard")
        p.has("GCNATTP", "43/2017", "Nhãn hiệu", "mã QR", "Năm 2027 công ty sử dụng 22 lao động thường xuyên",
              f"tạo việc làm cho {m['staff'][0]} lao động thường xuyên năm 2027",
              "Các nguồn trên bảo đảm đủ vốn cho phương án")
        p.check(off(22, m["staff"][0]), "jd07 22 vs the staff table")
    if key == "jd08":
        p.lacks(r"nhãn(?! hiệu)|(?<!\w)tem(?!\w)|mã vạch|43/2017|111/2021|(?<!\w)QR(?!\w)|mã lô", "label")
        p.has("nhãn hiệu", "TCCS", "GCNATTP", "bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029")
        p.lacks(r"\| *Còn dư|thiếu", "balance row")
    if key == "jd09":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý", "trademark")
        p.has("TCCS", "GCNATTP", "43/2017", "hộ giữ nguyên 4 lao động", "Nhu cầu chè sạch")
    if key == "jd10":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|HACCP|ISO 22000", "food safety")
        p.has("TCCS", "tự công bố", "43/2017", "nhãn hiệu", "đủ công suất cho cả giai đoạn",
              "số lao động giữ nguyên")
    if key in READY:
        p.has("TCCS", "thử nghiệm", "43/2017", "111/2021", "QR", "Kiểm soát nội bộ")
        p.check("nhãn hiệu" in p.body.lower(), "ready plan: trademark")
        for d in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
            p.check(int(d[1]) >= 2029, f"paper valid only to {d[0]}")
        if key == "jd03":
            p.has("không phải là thực phẩm", "đăng ký môi trường")
        else:
            p.has("đủ điều kiện an toàn thực phẩm", "gia hạn")
        if key in ("jd02", "jd04"):
            p.has("05/2025/NĐ-CP")
        if key == "jd04":
            p.has("không ghi công dụng chữa bệnh")
        if key == "jd01":
            p.has("đăng ký môi trường")
    # the bundled papers
    for snippet, printed, plan_value, kind, mark in bundle(key, m):
        p.has(snippet)
        if kind == "round":
            p.check(abs(printed - plan_value) <= 0.03 * abs(plan_value),
                    f"bundle {snippet!r}: {printed} vs the plan's {plan_value:.1f}")
        else:
            p.check(off(printed, plan_value), f"bundle draft {snippet!r} equals the plan")
            p.has(mark)


def check_sketchy(p: Plan) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 350, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(r"TCCS|an toàn thực phẩm|nhãn|công bố|kiểm nghiệm|QR", "a paper the sketchy plan lacks")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "template placeholder")
    if p.stem.startswith("jd11"):
        p.has("30.000 chiếc", "5.000 đồng/chiếc", "150 triệu đồng", "60 triệu đồng", "20 %/năm",
              "28C8009921", "ngày 12 tháng 9 năm 2026")
    else:
        p.has("1,2 ha", "3.000 lượt khách", "50.000 đồng/người", "150 triệu đồng", "80 triệu đồng",
              "chưa đăng ký kinh doanh", "ngày 20 tháng 10 năm 2026")
        p.check(abs(3000 * 50000 / 1e6 - 150) < 1, "jd12 revenue = visitors × ticket")


SKETCHY = {"jd11": "jd11_banh_gai_tung_chau_so_sai", "jd12": "jd12_trai_nghiem_vuon_buoi_phuc_trach_so_sai"}


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    verbose = "-v" in argv
    keys = [a for a in argv if not a.startswith("-")] or (list(PLANS) + list(SKETCHY))
    plans = []
    for key in keys:
        if key in SKETCHY:
            p = Plan(SKETCHY[key])
            check_sketchy(p)
        else:
            p = Plan(PLANS[key]["stem"])
            m, mt = model(key), model(key, planted=False)
            if verbose:
                print(f"{key}:")
            check_tables(p, key, m)
            check_cells(p, key, m, mt, verbose)
            check_realism(p, key, m, mt)
            check_text(p, key, m, mt)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
