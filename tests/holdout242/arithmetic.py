"""Recompute every number of the holdout242 plans (theme: before and after the investment).

    .venv/bin/python tests/holdout242/arithmetic.py [ii01 ii05 ...]

Each full plan sets the producer's present scale (2026, "Hiện tại") beside the scale after the
investment ("Sau đầu tư", reached in 2029) and the increment ("Tăng thêm", "%"). The constants
below give, per plan: the products (pack, size in the plan's base unit, price, packs in 2026 and
at full scale after the investment, packaging cost a pack), the ramp-up share of the increment
reached in 2027, 2028, 2029, the 2024-2025 history, the raw materials (norm, price, supply rows
before and after the investment), the limiting equipment before and after, staff by role, wage,
energy per unit, selling and tax shares, investment items and sources, asset life, loan balances
and rate, the fixed "other" line, the areas before and after and the sales channels. `model()`
turns them into every figure; `tables()` lays the figures out as the plan prints them; the
throw-away generator (in /tmp) and this checker share both.

Two ways of reckoning are used. "whole" plans print the whole business year by year (2026 beside
2027-2029) and compute the payback as investment / (average profit + depreciation), except ii03,
which prints the whole business but pays back from the profit added over 2026. "increment" plans
print only what the investment adds (added packs x price, added costs, added profit) and pay back
from the added profit plus the new assets' depreciation.

The checks: every numeric cell of every table equals the model within 1 % (planted cells are
asserted more than 5 % off the true value, which is computed beside them; cells that follow a
planted figure are compared with the figures as printed); relations on the true figures (sums,
sources = investment, need <= supply, output <= capacity, growth and margins plausible) hold
except where a defect is planted; prose figures are present; textual defects are asserted by the
absence or presence of their words; ready plans cite no replaced instrument.
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

BASE = 2026
YEARS = (2027, 2028, 2029)
ALL = (BASE,) + YEARS
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def f0(x: float) -> str:
    s = f"{round(x):,}"
    return s.replace(",", ".")


def f1(x: float) -> str:
    s = f"{x:,.1f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fd(x: float, dec: int) -> str:
    return f0(x) if dec == 0 else f1(x)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def pct(a: float, b: float) -> float:
    """Increase of b over a, in % (one decimal)."""
    return r1((b - a) / a * 100)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units (0: an add-on not counted in output),
#            price đ, packs 2026, packs after the investment (2029), packaging cost đ a pack)
# raws: (label, unit, norm per base unit, price đ per unit, supply rows)
#   supply row: (label, count before, count after, count word, yield per count)
# cap: (equipment, rating before, rating after, rating unit, working days)
# roles: (role, staff 2026, [staff 2027, 2028, 2029])
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance 2027-2029, rate
# other: (2026, plan years); area: (label, before, after, decimals)
# channels: (label, share 2026, share after)
PLANS: dict[str, dict] = {
    "ii01": dict(
        mode="whole", unit="kg",
        products=[("Kẹo cu đơ truyền thống, gói 200 g", "gói", 0.2, 25000, 40000, 64000, 2000),
                  ("Kẹo cu đơ gừng, hộp 400 g", "hộp", 0.4, 55000, 12000, 20000, 6000),
                  ("Kẹo cu đơ lạc vừng, túi 1 kg", "túi", 1, 115000, 3000, 5000, 4000)],
        ramp=(0.6, 0.85, 1.0), step=100,
        hist=dict(out=[13200, 14600], price=[119000, 123000], margin=[0.20, 0.21]),
        raws=[("Lạc nhân", "kg", 0.35, 55000,
               [("Hộ trồng lạc thôn Đan Phổ", 30, 45, "hộ", 150),
                ("Hộ trồng lạc thôn Hồng Lam", 15, 25, "hộ", 150)]),
              ("Mật mía", "kg", 0.5, 18000,
               [("Lò mật mía Thạch Ngọc (hợp đồng)", 1, 1, "lò", 9000),
                ("Tổ hợp tác mía Hương Đô (hợp đồng)", 0, 1, "tổ", 5500)])],
        cap=("Nồi nấu, máy cán cắt kẹo", 60, 100, "kg/ngày", 290),
        roles=[("Giám đốc, kế toán", 2, [2, 2, 2]),
               ("Nấu kẹo, cán, cắt", 4, [6, 7, 7]),
               ("Đóng gói, kho", 3, [4, 4, 4]),
               ("Bán hàng, giao hàng", 1, [1, 2, 2])],
        wage=6.0, energy=3000, sell=0.05, tax=0.015, other=(60, 80),
        inv=[("Máy nấu kẹo cánh khuấy, 2 nồi", 180, True),
             ("Máy cán, cắt kẹo tự động", 240, True),
             ("Máy đóng gói dòng chảy", 160, True),
             ("Mở rộng xưởng 100 m² theo nguyên tắc một chiều", 320, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu của công ty", 700),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        area=[("Nhà xưởng (m²)", 180, 280, 0)],
        channels=[("Cửa hàng đặc sản, quà tặng", 0.45, 0.40),
                  ("Đại lý, siêu thị mini ngoài tỉnh", 0.25, 0.30),
                  ("Điểm bán OCOP, hội chợ", 0.15, 0.12),
                  ("Bán trực tuyến", 0.15, 0.18)],
    ),
    "ii02": dict(
        mode="increment", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 58000, 14000, 22000, 9000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 92000, 3000, 4500, 4000),
                  ("Trà cà gai leo túi lọc, hộp 50 túi × 2 g", "hộp", 0.1, 105000, 0, 3000, 15000)],
        ramp=(0.5, 0.8, 1.0), step=100,
        hist=dict(out=[1650, 1900], price=[465000, 480000], margin=[0.12, 0.13]),
        raws=[("Cà gai leo tươi", "kg", 5.5, 10000,
               [("Vùng trồng của hợp tác xã", 1.5, 2.5, "ha", 8000),
                ("Hộ thành viên thôn Song Long", 2, 5, "hộ", 1000)])],
        cap=("Máy sấy bơm nhiệt", 10, 18, "kg khô/ngày", 250),
        roles=[("Ban quản trị, kế toán", 2, [2, 2, 2]),
               ("Trồng, chăm sóc, thu hái", 3, [4, 5, 5]),
               ("Sấy, nghiền, đóng túi lọc", 2, [3, 3, 3]),
               ("Bán hàng, kho", 1, [1, 1, 1])],
        wage=5.5, energy=15000, sell=0.06, tax=0.015, other=(40, 60),
        inv=[("Mở rộng nhà sơ chế, sấy, đóng gói 70 m²", 280, True),
             ("Máy sấy bơm nhiệt thứ hai", 200, True),
             ("Máy đóng túi lọc tự động", 180, True),
             ("Máy nghiền, máy sàng", 60, True),
             ("Tưới nhỏ giọt cho 1 ha mở rộng", 80, True),
             ("Bao bì, mã vạch, kiểm nghiệm", 50, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của thành viên", 450), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.075,
        area=[("Nhà sơ chế, sấy, đóng gói (m²)", 80, 150, 0),
              ("Diện tích trồng cà gai leo (ha)", 1.5, 2.5, 1)],
        channels=[("Nhà thuốc, cửa hàng thảo dược", 0.40, 0.35),
                  ("Điểm bán OCOP, cửa hàng đặc sản", 0.30, 0.25),
                  ("Đại lý tại Vinh, Hà Nội", 0.15, 0.25),
                  ("Bán trực tuyến", 0.15, 0.15)],
    ),
    "ii03": dict(
        mode="whole", payback="increment", unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 180000, 2400, 4000, 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 260000, 900, 1500, 12000),
                  ("Mật ong hoa rừng, chai 250 g", "chai", 0.25, 100000, 1000, 2000, 7000)],
        ramp=(0.5, 0.8, 1.0), step=10,
        hist=dict(out=[1950, 2150], price=[305000, 315000], margin=[0.28, 0.30]),
        raws=[("Mật ong thô", "kg", 1.06, 90000,
               [("Đàn ong của hộ", 150, 260, "đàn", 12),
                ("Hộ nuôi ong thôn Kim Quang (hợp đồng)", 10, 14, "hộ", 100)])],
        cap=("Máy lọc, hạ thủy phần mật ong", 12, 25, "kg/ngày", 220),
        roles=[("Chủ hộ, quản lý, sổ sách", 1, [1, 1, 1]),
               ("Chăm sóc đàn ong, quay mật", 1, [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", 1, [1, 1, 1])],
        wage=5.0, energy=4000, sell=0.05, tax=0.015, other=(20, 30),
        inv=[("Máy hạ thủy phần mật ong 25 kg/mẻ", 150, True),
             ("Bồn inox, máy lọc, máy chiết chai", 80, True),
             ("Bổ sung 110 đàn ong giống và thùng", 165, True),
             ("Phòng lọc, đóng chai 20 m²", 105, True),
             ("Chai, hũ, tem, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        area=[("Phòng lọc, đóng chai (m²)", 20, 40, 0)],
        channels=[("Cửa hàng đặc sản, quà tặng", 0.40, 0.35),
                  ("Nhà thuốc, cửa hàng thực phẩm sạch", 0.25, 0.25),
                  ("Điểm bán OCOP", 0.10, 0.12),
                  ("Khách lẻ, bán trực tuyến", 0.25, 0.28)],
    ),
    "ii04": dict(
        mode="whole", unit="chiếc", money="nghin",
        products=[("Bộ khay trà gỗ hương", "bộ", 1, 850000, 800, 1300, 25000),
                  ("Tranh, tượng gỗ trang trí", "chiếc", 1, 1500000, 300, 500, 40000),
                  ("Hộp gỗ đựng chè, quà tặng", "chiếc", 1, 320000, 1500, 2500, 12000)],
        ramp=(0.5, 0.8, 1.0), step=10,
        hist=dict(out=[2150, 2380], price=[585000, 600000], margin=[0.25, 0.26]),
        raws=[("Gỗ xẻ có hồ sơ nguồn gốc", "m³", [0.012, 0.03, 0.004], 12000000,
               [("Công ty Lâm sản Hương Khê (hợp đồng)", 1, 1, "hợp đồng", 30),
                ("Cơ sở xẻ gỗ keo Đức Lạng (hợp đồng)", 0, 1, "hợp đồng", 18)])],
        cap=("Máy cưa, bào, đục và máy khắc CNC", 10, 18, "chiếc/ngày", 280),
        roles=[("Tổ trưởng, kế toán", 2, [2, 2, 2]),
               ("Thợ mộc, thợ chạm", 4, [5, 6, 6]),
               ("Đánh bóng, sơn, hoàn thiện", 1, [2, 2, 2]),
               ("Đóng gói, bán hàng", 1, [1, 2, 2])],
        wage=6.5, energy=20000, sell=0.05, tax=0.015, other=(50, 70),
        inv=[("Máy khắc CNC 2 đầu", 420, True),
             ("Hệ thống hút bụi túi vải", 90, True),
             ("Buồng sơn nước có màng lọc", 110, True),
             ("Mở rộng xưởng và kho 120 m²", 360, True),
             ("Thiết kế mẫu, thẻ treo, hộp", 40, False),
             ("Vốn lưu động mua gỗ", 180, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 300),
             ("Vay Quỹ hỗ trợ nông dân tỉnh", 300)],
        life=10, loan=[600, 450, 300], rate=0.07,
        area=[("Nhà xưởng, kho (m²)", 200, 320, 0)],
        channels=[("Cửa hàng lưu niệm, quà tặng", 0.40, 0.35),
                  ("Khách đặt hàng, doanh nghiệp", 0.30, 0.30),
                  ("Điểm bán OCOP, hội chợ", 0.15, 0.15),
                  ("Bán trực tuyến", 0.15, 0.20)],
    ),
    "ii05": dict(
        mode="whole", unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, 85000, 14000, 30000, 9000),
                  ("Rượu nếp sim, bình sứ 1 lít", "bình", 1, 180000, 3000, 6000, 30000),
                  ("Rượu nếp sim, can 2 lít", "can", 2, 240000, 2000, 3500, 8000)],
        ramp=(0.4, 0.7, 1.0), step=100,
        hist=dict(out=[11800, 12900], price=[148000, 153000], margin=[0.20, 0.21]),
        raws=[("Gạo nếp cái", "kg", 1.25, 25000,
               [("Ruộng nếp của thành viên", 20, 40, "hộ", 600),
                ("Hộ trồng nếp thôn Nam Hà", 20, 30, "hộ", 500)]),
              ("Quả sim chín", "kg", 0.8, 15000,
               [("Đồi sim của hợp tác xã", 10, 15, "ha", 1800)])],
        cap=("Nồi chưng cất cách thủy", 60, 90, "lít/ngày", 250),
        roles=[("Ban quản trị, kế toán", 2, [2, 2, 2]),
               ("Nấu, ủ men, chưng cất", 3, [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", 2, [3, 3, 3]),
               ("Bán hàng", 1, [1, 1, 1])],
        wage=5.8, energy=6000, sell=0.06, tax=0.02, other=(50, 70),
        inv=[("Nồi chưng cất cách thủy thứ ba", 150, True),
             ("Hệ thống lọc, khử andehit", 220, True),
             ("Chum sành, bồn inox ngâm sim", 130, True),
             ("Kho ủ rượu 80 m²", 260, True),
             ("Hầm biogas, bể chứa bỗng", 80, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        area=[("Nhà nấu, kho ủ (m²)", 150, 230, 0), ("Đồi sim (ha)", 10, 15, 0)],
        channels=[("Nhà hàng, quán đặc sản", 0.45, 0.40),
                  ("Cửa hàng đặc sản, quà tặng", 0.30, 0.30),
                  ("Điểm bán OCOP", 0.10, 0.12),
                  ("Khách đặt qua điện thoại", 0.15, 0.18)],
        plants=dict(rev_line=(2, 2028, 878.4)),
    ),
    "ii06": dict(
        mode="increment", unit="lít",
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, 95000, 10000, 18000, 9000),
                  ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, 85000, 8000, 14000, 11000),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, 300000, 1200, 2000, 15000)],
        ramp=(0.5, 0.8, 1.0), step=100,
        hist=dict(out=[16200, 17500], price=[99000, 102000], margin=[0.06, 0.065]),
        raws=[("Cá cơm tươi", "kg", 1.2, 18000,
               [("Tàu thuyền của cổ đông", 5, 7, "tàu", 4500),
                ("Vựa cá bến Cẩm Nhượng (hợp đồng)", 1, 2, "vựa", 6000)]),
              ("Muối hạt", "kg", 0.35, 4000,
               [("Hợp tác xã muối Kỳ Hà (hợp đồng)", 1, 1, "hợp đồng", 14000)])],
        cap=("Thùng chượp gỗ, composite 400 lít", 60, 100, "thùng", 400),
        roles=[("Ban giám đốc, kế toán", 3, [3, 3, 3]),
               ("Muối cá, đảo chượp, kéo rút", 4, [5, 6, 6]),
               ("Lọc, chiết chai, đóng thùng", 3, [4, 4, 4]),
               ("Bán hàng, giao hàng", 2, [2, 3, 3])],
        wage=6.5, energy=2500, sell=0.06, tax=0.015, other=(90, 120),
        inv=[("Nhà thùng chượp mở rộng 150 m²", 450, True),
             ("40 thùng chượp 400 lít", 240, True),
             ("Hệ thống lọc, chiết chai bán tự động", 280, True),
             ("Kho thành phẩm 60 m²", 120, True),
             ("Bao bì, tem, mã vạch", 40, False),
             ("Vốn lưu động mua cá, muối", 270, False)],
        src=[("Vốn góp của cổ đông", 600), ("Vay Ngân hàng thương mại cổ phần Công Thương", 600)],
        life=10, loan=[600, 500, 400], rate=0.085,
        area=[("Nhà thùng chượp (m²)", 220, 370, 0), ("Kho thành phẩm (m²)", 40, 100, 0)],
        channels=[("Nhà hàng, bếp ăn tập thể", 0.35, 0.30),
                  ("Cửa hàng, đại lý trong tỉnh", 0.35, 0.30),
                  ("Nhà phân phối tại Hà Nội", 0.15, 0.25),
                  ("Điểm bán OCOP, trực tuyến", 0.15, 0.15)],
        plants=dict(cost_total=(2028, None)),
    ),
    "ii07": dict(
        mode="whole", unit="kg",
        products=[("Mực một nắng loại 1, túi 500 g", "túi", 0.5, 260000, 3000, 4800, 5000),
                  ("Mực một nắng loại 2, túi 1 kg", "túi", 1, 420000, 1200, 2000, 6000),
                  ("Mực một nắng tẩm gia vị, hộp 300 g", "hộp", 0.3, 120000, 0, 1200, 8000)],
        ramp=(0.45, 0.75, 1.0), step=10,
        hist=dict(out=[2250, 2480], price=[445000, 460000], margin=[0.14, 0.15]),
        raws=[("Mực ống tươi", "kg", 1.6, 150000,
               [("Tàu câu mực của gia đình", 1, 1, "tàu", 3000),
                ("Tàu câu mực thôn Hải Thịnh (hợp đồng)", 2, 2, "tàu", 1500)])],
        cap=("Giàn phơi, máy sấy lạnh", 12, 20, "kg/ngày", 260),
        roles=[("Chủ hộ, quản lý, sổ sách", 1, [1, 1, 1]),
               ("Sơ chế, phơi, sấy", 2, [3, 3, 3]),
               ("Đóng gói, bán hàng", 1, [2, 2, 2])],
        wage=5.5, energy=12000, sell=0.05, tax=0.015, other=(25, 35),
        inv=[("Máy sấy lạnh 20 kg/mẻ", 190, True),
             ("Tủ cấp đông, kho lạnh 12 m³", 160, True),
             ("Máy hút chân không", 45, True),
             ("Cải tạo nhà sơ chế 40 m²", 125, True),
             ("Bao bì, túi hút chân không", 30, False),
             ("Vốn lưu động mua mực", 250, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350)],
        life=8, loan=[350, 250, 150], rate=0.08,
        area=[("Nhà sơ chế, đóng gói (m²)", 40, 80, 0)],
        channels=[("Cửa hàng hải sản, đặc sản", 0.45, 0.40),
                  ("Nhà hàng ven biển", 0.25, 0.20),
                  ("Đại lý tại Hà Nội, Vinh", 0.10, 0.20),
                  ("Bán trực tuyến", 0.20, 0.20)],
        plants=dict(profit=(2028, None)),
    ),
    "ii08": dict(
        mode="increment", unit="lít",
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5, 95000, 6000, 24000, 6000),
                  ("Dầu lạc ép nguyên chất, chai 1 lít", "chai", 1, 175000, 2500, 10000, 8000),
                  ("Dầu lạc ép nguyên chất, can 2 lít", "can", 2, 330000, 500, 2000, 10000)],
        ramp=(0.35, 0.7, 1.0), step=100,
        hist=dict(out=[5600, 6050], price=[170000, 175000], margin=[0.06, 0.065]),
        raws=[("Lạc nhân", "kg", 2.5, 40000,
               [("Hộ trồng lạc liên kết", 30, 120, "hộ", 600)])],
        cap=("Máy ép dầu trục vít", 30, 200, "lít dầu/ngày", 280),
        roles=[("Tổ trưởng, sổ sách", 1, [1, 1, 1]),
               ("Rang, ép, lọc dầu", 2, [2, 2, 2]),
               ("Chiết chai, bán hàng", 1, [1, 1, 1])],
        wage=5.5, energy=3500, sell=0.05, tax=0.015, other=(20, 30),
        inv=[("Máy ép dầu trục vít 500 kg lạc/ngày", 260, True),
             ("Máy rang lạc, máy bóc vỏ", 120, True),
             ("Bồn lắng, máy lọc dầu", 90, True),
             ("Mái che, nền xưởng 40 m²", 80, True),
             ("Chai, can, nhãn", 40, False),
             ("Vốn lưu động mua lạc", 410, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 500)],
        life=10, loan=[500, 400, 300], rate=0.066,
        area=[("Xưởng ép, kho (m²)", 60, 100, 0)],
        channels=[("Cửa hàng tạp hóa trong xã", 0.45, 0.45),
                  ("Cửa hàng thực phẩm sạch", 0.30, 0.30),
                  ("Bán tại xưởng, người quen", 0.25, 0.25)],
    ),
    "ii09": dict(
        mode="whole", unit="kg",
        products=[("Chè búp khô đặc biệt, hộp 200 g", "hộp", 0.2, 90000, 8000, 14000, 7000),
                  ("Chè búp khô loại 1, túi 500 g", "túi", 0.5, 150000, 4000, 6500, 4000),
                  ("Chè xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 40000, 0, 10000, 5000)],
        ramp=(0.45, 0.75, 1.0), step=100,
        hist=dict(out=[2900, 3250], price=[345000, 355000], margin=[0.13, 0.14]),
        raws=[("Chè búp tươi", "kg", 4.5, 12000,
               [("Đồi chè của công ty", 2, 3, "ha", 8000),
                ("Hộ trồng chè thôn Tân Hương (hợp đồng)", 10, 15, "hộ", 800)])],
        cap=("Máy sao, vò, sấy chè", 15, 30, "kg khô/ngày", 260),
        roles=[("Giám đốc, kế toán", 2, [2, 2, 2]),
               ("Hái, chăm sóc chè", 3, [4, 5, 5]),
               ("Sao, vò, sấy, đóng gói", 3, [4, 5, 5]),
               ("Bán hàng, giao hàng", 1, [2, 2, 2])],
        wage=6.0, energy=20000, sell=0.06, tax=0.015, other=(40, 60),
        inv=[("Máy sao, vò chè liên hoàn", 380, True),
             ("Máy sấy chè bơm nhiệt", 220, True),
             ("Máy đóng túi lọc", 160, True),
             ("Mở rộng xưởng chế biến 100 m²", 300, True),
             ("Trồng mới 1 ha chè", 120, True),
             ("Bao bì, tem truy xuất", 50, False),
             ("Vốn lưu động", 270, False)],
        src=[("Vốn chủ sở hữu của công ty", 800),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 560, 420], rate=0.08,
        area=[("Xưởng chế biến (m²)", 120, 220, 0), ("Đồi chè của công ty (ha)", 2, 3, 0)],
        channels=[("Cửa hàng chè, đặc sản", 0.45, 0.40),
                  ("Quán cà phê, nhà hàng", 0.20, 0.20),
                  ("Đại lý ngoài tỉnh", 0.15, 0.20),
                  ("Điểm bán OCOP, trực tuyến", 0.20, 0.20)],
        plants=dict(payback=2.0, workers_text=18),
    ),
    "ii10": dict(
        mode="increment", unit="lượt khách",
        products=[("Vé tham quan, trải nghiệm đầm sen", "lượt", 1, 50000, 6000, 12000, 0),
                  ("Chèo thuyền hái sen, ngắm cảnh", "lượt", 0, 60000, 2000, 4000, 0),
                  ("Thuê áo dài, nón lá chụp ảnh", "bộ", 0, 40000, 1000, 2000, 0)],
        ramp=(0.35, 0.7, 1.0), step=100,
        hist=dict(out=[3600, 5100], price=[70000, 73000], margin=[0.24, 0.26]),
        raws=[],
        lease=("Thuê đầm sen của hộ liên kết", 3, 6, 20),  # label, ha before, after, triệu/ha/year
        cap=("Sức đón khách trong mùa sen", 80, 120, "khách/ngày", 150),
        roles=[("Người đại diện, ghi sổ", 1, [1, 1, 1]),
               ("Hướng dẫn, chèo thuyền", 3, [4, 5, 5]),
               ("Bán vé, trông giữ xe, vệ sinh", 2, [2, 2, 2])],
        months=6,
        wage=6.0, energy=3000, sell=0.0, tax=0.0, other=(40, 60),
        inv=[("Bổ sung 10 thuyền và áo phao", 120, True),
             ("Cầu gỗ, chòi ngắm sen, lối đi", 230, True),
             ("Nhà vệ sinh, bể tự hoại, thùng rác", 90, True),
             ("Bãi xe, biển chỉ dẫn", 60, True),
             ("Áo dài, nón lá cho khách thuê", 40, False),
             ("Vốn lưu động", 60, False)],
        src=[("Vốn góp của 6 hộ", 400), ("Vay Quỹ tín dụng nhân dân (các hộ đứng vay)", 200)],
        life=8, loan=[200, 150, 100], rate=0.09,
        area=[("Diện tích đầm sen (ha)", 3, 6, 0)],
        channels=[],
    ),
}

# How each plan lays out its before/after figures (the theme's several forms).
# equip: (machine, units now, units bought, rating); names: the column names of "now", "after",
# "inc"; order: the scale table's columns; pct: its percentage column; use_row: the output table
# prints capacity use; inc_profit_row: the summary adds "profit added over 2026"; sum_after: a
# second summary at full scale (now | after | increment); res: resources of a service (now, after).
PRESENT: dict[str, dict] = {
    "ii01": dict(
        short=["Cu đơ gói 200 g", "Cu đơ gừng hộp 400 g", "Cu đơ lạc vừng túi 1 kg"],
        equip=[("Nồi nấu kẹo 30 kg/mẻ", 2, 0, "1 mẻ/nồi/ngày"),
               ("Máy nấu kẹo cánh khuấy 2 nồi", 0, 1, "40 kg/ngày"),
               ("Máy cán, cắt kẹo tự động", 0, 1, "120 kg/ngày"),
               ("Máy đóng gói dòng chảy", 0, 1, "1.200 gói/giờ"),
               ("Máy hàn miệng túi đạp chân", 3, 0, "thủ công")],
        pct="Tỷ lệ tăng (%)", inc_profit_row=True),
    "ii02": dict(
        short=["Trà túi lọc hộp 25 túi", "Cà gai leo khô túi 500 g", "Trà túi lọc hộp 50 túi"],
        equip=[("Máy sấy bơm nhiệt buồng 1", 1, 0, "10 kg khô/ngày"),
               ("Máy sấy bơm nhiệt buồng 2", 0, 1, "8 kg khô/ngày"),
               ("Máy nghiền, máy sàng", 1, 1, "30 kg/giờ"),
               ("Máy đóng túi lọc tự động", 0, 1, "40 túi/phút"),
               ("Máy hàn hộp, in hạn dùng", 1, 0, "thủ công")],
        names=dict(now="Trước đầu tư", after="Sau đầu tư", inc="Tăng thêm"), order="now,after"),
    "ii03": dict(
        short=["Mật hoa rừng chai 500 g", "Mật hoa keo hũ 1 kg", "Mật hoa rừng chai 250 g"],
        equip=[("Thùng ong", 150, 110, "12 kg mật/đàn/năm"),
               ("Máy quay mật 4 cầu", 2, 0, "thủ công"),
               ("Máy lọc, hạ thủy phần 25 kg/mẻ", 0, 1, "25 kg/ngày"),
               ("Bồn inox lắng mật 200 lít", 2, 2, "lắng 3 ngày"),
               ("Máy chiết chai bán tự động", 0, 1, "300 chai/giờ")],
        names=dict(now="Năm 2026", after="Sau đầu tư (2029)", inc="Tăng thêm")),
    "ii04": dict(
        short=["Khay trà gỗ hương", "Tranh, tượng gỗ", "Hộp gỗ đựng chè"],
        equip=[("Cưa bàn, máy bào cuốn", 2, 0, "sơ chế gỗ"),
               ("Máy đục, máy chà nhám cầm tay", 4, 0, "thủ công"),
               ("Máy khắc CNC 2 đầu", 0, 1, "8 chiếc/ngày"),
               ("Hệ thống hút bụi túi vải", 0, 1, "4 điểm hút"),
               ("Buồng sơn nước có màng lọc", 0, 1, "1 buồng")],
        order="now,inc,after", pct="Tăng (%)"),
    "ii05": dict(
        short=["Chai 500 ml", "Bình sứ 1 lít", "Can 2 lít"],
        equip=[("Nồi chưng cất cách thủy 30 lít/ngày", 2, 1, "250 ngày/năm"),
               ("Chum sành ủ rượu 200 lít", 40, 20, "ủ 6 tháng"),
               ("Bồn inox ngâm sim 500 lít", 2, 4, "ngâm 3 tháng"),
               ("Hệ thống lọc, khử andehit", 0, 1, "100 lít/giờ"),
               ("Máy chiết rót, đóng nắp", 1, 0, "bán tự động")],
        use_row=False),
    "ii06": dict(
        short=["Mắm cốt chai 500 ml", "Mắm 30 độ chai 1 lít", "Mắm 25 độ can 5 lít"],
        equip=[("Thùng chượp 400 lít", 60, 40, "1 mẻ/năm"),
               ("Bể chứa nước mắm cốt 2 m³", 2, 1, "inox"),
               ("Hệ thống lọc, chiết chai bán tự động", 0, 1, "600 chai/giờ"),
               ("Máy co màng, đóng thùng", 1, 0, "thủ công")]),
    "ii07": dict(
        short=["Loại 1, túi 500 g", "Loại 2, túi 1 kg", "Tẩm gia vị, hộp 300 g"],
        equip=[("Giàn phơi lưới inox", 6, 4, "2 kg/giàn/ngày"),
               ("Máy sấy lạnh 20 kg/mẻ", 0, 1, "dùng khi mưa"),
               ("Tủ cấp đông, kho lạnh 12 m³", 1, 1, "-18 °C"),
               ("Máy hút chân không", 1, 1, "4 túi/phút")],
        names=dict(now="Trước", after="Sau", inc="Tăng thêm")),
    "ii08": dict(
        short=["Chai 500 ml", "Chai 1 lít", "Can 2 lít"],
        equip=[("Máy ép dầu trục vít 30 lít/ngày", 1, 0, "để dự phòng"),
               ("Máy ép dầu trục vít 200 lít/ngày", 0, 1, "500 kg lạc/ngày"),
               ("Máy rang lạc, máy bóc vỏ", 1, 1, "300 kg/giờ"),
               ("Bồn lắng, máy lọc dầu", 2, 2, "lắng 7 ngày")]),
    "ii09": dict(
        short=["Chè đặc biệt hộp 200 g", "Chè loại 1 túi 500 g", "Túi lọc hộp 25 túi"],
        equip=[("Máy sao chè quay tay", 2, 0, "7,5 kg khô/ngày"),
               ("Máy sao, vò chè liên hoàn", 0, 1, "15 kg khô/ngày"),
               ("Máy sấy chè bơm nhiệt", 0, 1, "sấy 3 giờ/mẻ"),
               ("Máy đóng túi lọc", 0, 1, "35 túi/phút")],
        sum_after=True, inc_profit_row=False),
    "ii10": dict(
        short=["Vé trải nghiệm", "Chèo thuyền hái sen", "Thuê áo dài, nón lá"],
        equip=[("Thuyền nan, thuyền thúng", 10, 10, "4 khách/thuyền"),
               ("Áo phao", 40, 40, "cỡ người lớn, trẻ em"),
               ("Chòi ngắm sen", 1, 2, "20 khách/chòi"),
               ("Nhà vệ sinh, bể tự hoại", 1, 1, "4 buồng")],
        names=dict(now="Hiện nay", after="Sau đầu tư", inc="Tăng thêm"),
        res=[("Diện tích đầm sen (ha)", 3, 6), ("Số hộ có đầm sen liên kết", 3, 6),
             ("Số thuyền phục vụ khách", 10, 20), ("Cầu gỗ, lối đi quanh đầm (m)", 120, 400)]),
}
for _k, _v in PRESENT.items():
    PLANS[_k].update(_v)

READY = ("ii01", "ii02", "ii03", "ii04")


# --------------------------------------------------------------------------- the model
def _step(x: float, step: int) -> int:
    return int(round(x / step) * step)


class M:
    """Every figure of one plan (year -> value dicts; money in triệu đồng)."""

    def __init__(self, k: str, c: dict):
        self.k, self.c = k, c
        self.packs, self.out, self.rev_line, self.rev, self.workers, self.need = {}, {}, {}, {}, {}, {}
        self.supply_rows: list = []    # per raw: [(label, before, after, count before, after, word, yield)]
        self.supply: list = []         # per raw: (before, after)
        self.cost, self.cost_total, self.profit = {}, {}, {}
        self.inc_rev_line, self.inc_rev, self.inc_cost, self.inc_cost_total, self.inc_profit = {}, {}, {}, {}, {}
        self.inv_total = self.fixed = self.dep = self.src_total = 0.0
        self.interest: dict = {}
        self.cap = (0, 0)
        self.payback = 0.0
        self.payback_parts = (0.0, 0.0)
        self.printed: dict = {}        # (what, year) -> the planted figure as printed, beside the true one
        self.channels: list = []       # [(label, before, after)]


COST_LABELS = {
    "raw": "Nguyên liệu", "pack": "Bao bì", "labour": "Tiền công lao động", "energy": "Điện, nước, nhiên liệu",
    "sell": "Bán hàng, quảng bá", "dep": "Khấu hao tài sản", "interest": "Lãi vay", "other": "Chi phí khác",
    "tax": "Thuế, phí", "lease": "Thuê đầm sen",
}


def model(k: str, planted: bool = True) -> M:
    c = PLANS[k]
    m = M(k, c)
    plants = c.get("plants", {}) if planted else {}
    prods = c["products"]
    step = c.get("step", 10)
    for i, y in enumerate(ALL):
        if y == BASE:
            m.packs[y] = [p[4] for p in prods]
        else:
            r = c["ramp"][i - 1]
            m.packs[y] = [p[4] + _step((p[5] - p[4]) * r, step) for p in prods]
        m.out[y] = sum(q * p[2] for q, p in zip(m.packs[y], prods))
        m.rev_line[y] = [r1(q * p[3] / 1e6) for q, p in zip(m.packs[y], prods)]
        m.workers[y] = sum(r[1] if y == BASE else r[2][i - 1] for r in c["roles"])
    if "rev_line" in plants:
        j, y, v = plants["rev_line"]
        m.printed[("rev_line", y)] = (j, m.rev_line[y][j], v)
        m.rev_line[y] = list(m.rev_line[y])
        m.rev_line[y][j] = v
    for y in ALL:
        m.rev[y] = r1(sum(m.rev_line[y]))
    # raw materials
    for raw in c["raws"]:
        label, unit, norm, price, rows = raw
        srows = [(lab, cb * yl, ca * yl, cb, ca, word, yl) for lab, cb, ca, word, yl in rows]
        m.supply_rows.append(srows)
        m.supply.append((sum(s[1] for s in srows), sum(s[2] for s in srows)))
    for y in ALL:
        needs = []
        for raw in c["raws"]:
            norm = raw[2]
            if isinstance(norm, list):
                needs.append(r1(sum(q * n for q, n in zip(m.packs[y], norm))))
            else:
                needs.append(round(m.out[y] * norm))
        m.need[y] = needs
    # investment
    m.inv_total = sum(x[1] for x in c["inv"])
    m.fixed = sum(x[1] for x in c["inv"] if x[2])
    m.dep = r1(m.fixed / c["life"])
    m.src_total = sum(x[1] for x in c["src"])
    cap = c["cap"]  # rating x days (ii06: vats x litres a vat a year)
    m.cap = (cap[1] * cap[4], cap[2] * cap[4])
    # costs (whole business), every line rounded to 0,1 triệu
    months = c.get("months", 12)
    for i, y in enumerate(ALL):
        L = {}
        if c["raws"]:
            L["raw"] = r1(sum(n * raw[3] / 1e6 for n, raw in zip(m.need[y], c["raws"])))
        if "lease" in c:
            lab, hb, ha, per = c["lease"]
            L["lease"] = r1((hb if y == BASE else ha) * per)
        if any(p[6] for p in prods):
            L["pack"] = r1(sum(q * p[6] / 1e6 for q, p in zip(m.packs[y], prods)))
        L["labour"] = r1(m.workers[y] * c["wage"] * months)
        L["energy"] = r1(m.out[y] * c["energy"] / 1e6)
        if c["sell"]:
            L["sell"] = r1(m.rev[y] * c["sell"])
        L["dep"] = 0.0 if y == BASE else m.dep
        L["interest"] = 0.0 if y == BASE else r1(c["loan"][i - 1] * c["rate"])
        L["other"] = float(c["other"][0] if y == BASE else c["other"][1])
        if c["tax"]:
            L["tax"] = r1(m.rev[y] * c["tax"])
        m.cost[y] = L
        m.cost_total[y] = r1(sum(L.values()))
        m.profit[y] = r1(m.rev[y] - m.cost_total[y])
        if y != BASE:
            m.interest[y] = L["interest"]
    # the increment over 2026
    for y in YEARS:
        m.inc_rev_line[y] = [r1(a - b) for a, b in zip(m.rev_line[y], m.rev_line[BASE])]
        m.inc_rev[y] = r1(sum(m.inc_rev_line[y]))
        m.inc_cost[y] = {key: r1(v - m.cost[BASE][key]) for key, v in m.cost[y].items()}
        m.inc_cost_total[y] = r1(sum(m.inc_cost[y].values()))
        m.inc_profit[y] = r1(m.inc_rev[y] - m.inc_cost_total[y])
    if "cost_total" in plants:  # a typed total in the increment cost table
        y = plants["cost_total"][0]
        m.printed[("inc_cost_total", y)] = (m.inc_cost_total[y], r1(m.inc_cost_total[y] * 0.88))
    if "profit" in plants:  # a profit typed in the summary; the payback follows it
        y = plants["profit"][0]
        true = m.profit[y]
        m.printed[("profit", y)] = (true, r1(true * 1.22))
    # payback
    if c["mode"] == "increment" or c.get("payback") == "increment":
        base = m.inc_profit if c["mode"] == "increment" else {y: r1(m.profit[y] - m.profit[BASE]) for y in YEARS}
        avg = r1(sum(base[y] for y in YEARS) / 3)
    else:
        prof = dict(m.profit)
        if ("profit", 2028) in m.printed:
            prof[2028] = m.printed[("profit", 2028)][1]
        avg = r1(sum(prof[y] for y in YEARS) / 3)
    m.payback_parts = (avg, m.dep)
    m.payback = round(m.inv_total / (avg + m.dep) + 1e-9, 1)
    if "payback" in plants:
        m.printed[("payback", 0)] = (m.payback, plants["payback"])
    # channels (base units; the last channel takes the remainder)
    if c["channels"]:
        ob, oa = m.out[BASE], m.out[YEARS[-1]]
        rows = []
        for j, (lab, sb, sa) in enumerate(c["channels"]):
            if j < len(c["channels"]) - 1:
                rows.append([lab, _step(ob * sb, 10), _step(oa * sa, 10)])
            else:
                rows.append([lab, ob - sum(r[1] for r in rows), oa - sum(r[2] for r in rows)])
        m.channels = [tuple(r) for r in rows]
    return m


# --------------------------------------------------------------------------- tables
class Cell:
    """A number as a table prints it; `printed` is a planted figure printed instead of `value`."""

    def __init__(self, value: float, dec: int = 0, printed: float | None = None):
        self.value, self.dec, self.printed = value, dec, printed

    def text(self) -> str:
        v = self.value if self.printed is None else self.printed
        return fd(v, self.dec)


class Table:
    def __init__(self, key: str, caption: str, header: list, rows: list, unit: str | None = None):
        self.key, self.caption, self.header, self.rows, self.unit = key, caption, header, rows, unit


def money(m: M, v: float, printed: float | None = None) -> Cell:
    if m.c.get("money") == "nghin":
        return Cell(round(v * 1000), 0, None if printed is None else round(printed * 1000))
    return Cell(v, 1, printed)


def money_unit(m: M) -> str:
    return "ĐVT: 1.000 đồng" if m.c.get("money") == "nghin" else "ĐVT: triệu đồng"


def inc_pct_row(label, a, b, dec, order):
    cells = {"now": Cell(a, dec), "after": Cell(b, dec), "inc": Cell(r1(b - a) if dec else b - a, dec)}
    return [label] + [cells[o] for o in order.split(",")] + [Cell(pct(a, b), 1)]


def tables(k: str, m: M | None = None) -> dict[str, Table]:
    """Every table of plan k as it prints (numbers as Cells, planted ones with their printed value)."""
    m = m or model(k)
    c = m.c
    u = c["unit"]
    prods = c["products"]
    names = c.get("names", dict(now="Hiện tại", after="Sau đầu tư", inc="Tăng thêm"))
    sl = c.get("short", [pr[0] for pr in prods])
    T: dict[str, Table] = {}
    last = YEARS[-1]
    # history 2024-2026
    h = c["hist"]
    hist_out = h["out"] + [m.out[BASE]]
    hist_rev = [r1(o * pr / 1e6) for o, pr in zip(h["out"], h["price"])] + [m.rev[BASE]]
    hist_prof = [r1(rv * mg) for rv, mg in zip(hist_rev[:2], h["margin"])] + [m.profit[BASE]]
    T["hist"] = Table("hist", "Kết quả sản xuất kinh doanh 2024 – 2026",
                      ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
                      [["1", f"Sản lượng ({u})"] + [Cell(x) for x in hist_out],
                       ["2", "Doanh thu (triệu đồng)"] + [Cell(x, 1) for x in hist_rev],
                       ["3", "Lợi nhuận (triệu đồng)"] + [Cell(x, 1) for x in hist_prof]])
    # products and prices
    T["prod"] = Table("prod", "Sản phẩm, quy cách và giá bán",
                      ["TT", "Sản phẩm", "Đơn vị", "Giá bán (đồng)"],
                      [[str(i + 1), pr[0], pr[1], Cell(pr[3])] for i, pr in enumerate(prods)])
    # equipment now, bought, after
    T["equip"] = Table("equip", "Máy móc, thiết bị hiện có và đầu tư mới",
                       ["Thiết bị", names["now"], "Đầu tư mới", names["after"], "Công suất"],
                       [[e[0], Cell(e[1]), Cell(e[2]), Cell(e[1] + e[2]), e[3]] for e in c["equip"]])
    # scale before and after the investment (the theme's table)
    order = c.get("order", "now,after,inc")
    hdr = ["Chỉ tiêu"] + [names[o] for o in order.split(",")] + [c.get("pct", "Tăng (%)")]
    capu = "khách/năm" if k == "ii10" else f"{u}/năm"
    rows = [inc_pct_row(f"Công suất thiết kế ({capu})", m.cap[0], m.cap[1], 0, order),
            inc_pct_row(f"Sản lượng ({u}/năm)", m.out[BASE], m.out[last], 0, order),
            inc_pct_row("Lao động thường xuyên (người)", m.workers[BASE], m.workers[last], 0, order)]
    for lab, b_, a_, d in c["area"]:
        rows.append(inc_pct_row(lab, b_, a_, d, order))
    rows.append(inc_pct_row("Doanh thu (triệu đồng)", m.rev[BASE], m.rev[last], 1, order))
    if c["mode"] == "whole":
        rows.append(inc_pct_row("Lợi nhuận (triệu đồng)", m.profit[BASE], m.profit[last], 1, order))
    T["scale"] = Table("scale", "Quy mô sản xuất trước và sau đầu tư", hdr, rows)
    # channels
    if m.channels:
        rows = [[lab, Cell(b_), Cell(a_), Cell(a_ - b_)] for lab, b_, a_ in m.channels]
        rows.append(["Tổng cộng", Cell(m.out[BASE]), Cell(m.out[last]), Cell(m.out[last] - m.out[BASE])])
        T["chan"] = Table("chan", f"Sản lượng tiêu thụ theo kênh ({u}/năm)",
                          ["Kênh tiêu thụ", names["now"], names["after"], names["inc"]], rows)
    # raw materials (a service: its resources)
    if c["raws"]:
        rows = []
        for j, raw in enumerate(c["raws"]):
            ru = raw[1]
            dec = 1 if ru == "m³" else 0
            for lab, b_, a_, cb, ca, word, yl in m.supply_rows[j]:
                scale = f"{fd(cb, 1 if cb % 1 else 0)} → {fd(ca, 1 if ca % 1 else 0)} {word} × {fd(yl, 0)} {ru}"
                rows.append([lab, scale, Cell(b_, dec), Cell(a_, dec)])
            sb, sa = m.supply[j]
            rows.append([f"Tổng nguồn cung ({ru})", "", Cell(sb, dec), Cell(sa, dec)])
            nb, na = m.need[BASE][j], m.need[last][j]
            rows.append([f"Nhu cầu {raw[0].lower()} ({ru})", "", Cell(nb, dec), Cell(na, dec)])
            if k != "ii07":
                rows.append([f"Còn dư ({ru})", "", Cell(r1(sb - nb) if dec else sb - nb, dec),
                             Cell(r1(sa - na) if dec else sa - na, dec)])
        T["raw"] = Table("raw", "Nguồn cung và nhu cầu nguyên liệu",
                         ["Nguồn", "Quy mô", names["now"], names["after"]], rows)
    if c.get("res"):
        rows = [[lab, Cell(b_), Cell(a_), Cell(a_ - b_)] for lab, b_, a_ in c["res"]]
        T["res"] = Table("res", "Đầm sen và nguồn lực liên kết",
                         ["Chỉ tiêu", names["now"], names["after"], names["inc"]], rows)
    # staff
    rows = [[r[0], Cell(r[1]), Cell(r[2][-1]), Cell(r[2][-1] - r[1])] for r in c["roles"]]
    rows.append(["Tổng số", Cell(m.workers[BASE]), Cell(m.workers[last]), Cell(m.workers[last] - m.workers[BASE])])
    T["staff"] = Table("staff", "Lao động trước và sau đầu tư (người)",
                       ["Bộ phận", names["now"], names["after"], names["inc"]], rows)
    # output year by year
    rows = [[sl[i]] + [Cell(m.packs[y][i]) for y in ALL] for i, pr in enumerate(prods)]
    rows.append([f"Tổng sản lượng ({u})"] + [Cell(m.out[y]) for y in ALL])
    rows.append([f"Tăng thêm so với 2026 ({u})"] + [Cell(m.out[y] - m.out[BASE]) for y in ALL])
    rows.append([f"Công suất thiết kế ({u})", Cell(m.cap[0])] + [Cell(m.cap[1]) for _ in YEARS])
    if c.get("use_row", True):
        rows.append(["Sử dụng công suất (%)", Cell(r1(m.out[BASE] / m.cap[0] * 100), 1)]
                    + [Cell(r1(m.out[y] / m.cap[1] * 100), 1) for y in YEARS])
    T["out"] = Table("out", "Kế hoạch sản lượng 2027 – 2029",
                     ["Sản phẩm", "2026", "2027", "2028", "2029"], rows)
    # investment and sources
    rows = [[str(i + 1), lab, money(m, v)] for i, (lab, v, fx) in enumerate(c["inv"])]
    rows.append(["", "Tổng vốn đầu tư", money(m, m.inv_total)])
    T["inv"] = Table("inv", "Hạng mục đầu tư", ["TT", "Hạng mục", "Thành tiền"], rows, unit=money_unit(m))
    rows = [[str(i + 1), lab, money(m, v), Cell(r1(v / m.src_total * 100), 1)]
            for i, (lab, v) in enumerate(c["src"])]
    rows.append(["", "Tổng nguồn vốn", money(m, m.src_total), Cell(100.0, 1)])
    T["src"] = Table("src", "Nguồn vốn đầu tư", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows,
                     unit=money_unit(m))
    # revenue, costs, summary
    if c["mode"] == "whole":
        rows = []
        for i, pr in enumerate(prods):
            cells = [sl[i], Cell(pr[3])]
            for y in ALL:
                if ("rev_line", y) in m.printed and m.printed[("rev_line", y)][0] == i:
                    _, true, pv = m.printed[("rev_line", y)]
                    cells.append(money(m, true, pv))
                else:
                    cells.append(money(m, m.rev_line[y][i]))
            rows.append(cells)
        rows.append(["Tổng doanh thu", ""] + [money(m, m.rev[y]) for y in ALL])
        T["rev"] = Table("rev", "Doanh thu theo sản phẩm",
                         ["Sản phẩm", "Giá (đồng)", "2026", "2027", "2028", "2029"], rows, unit=money_unit(m))
        rows = [[COST_LABELS[key]] + [money(m, m.cost[y][key]) for y in ALL] for key in m.cost[BASE]]
        rows.append(["Tổng chi phí"] + [money(m, m.cost_total[y]) for y in ALL])
        T["cost"] = Table("cost", "Chi phí sản xuất kinh doanh", ["Khoản mục", "2026", "2027", "2028", "2029"],
                          rows, unit=money_unit(m))
        prof = []
        for y in ALL:
            if ("profit", y) in m.printed:
                true, pv = m.printed[("profit", y)]
                prof.append(money(m, true, pv))
            else:
                prof.append(money(m, m.profit[y]))
        rows = [["Doanh thu"] + [money(m, m.rev[y]) for y in ALL],
                ["Tổng chi phí"] + [money(m, m.cost_total[y]) for y in ALL],
                ["Lợi nhuận"] + prof]
        if c.get("payback") == "increment" or c.get("inc_profit_row"):
            rows.append(["Lợi nhuận tăng thêm so với 2026", money(m, 0)]
                        + [money(m, r1(m.profit[y] - m.profit[BASE])) for y in YEARS])
        shown = {y: m.printed[("profit", y)][1] if ("profit", y) in m.printed else m.profit[y] for y in ALL}
        rows.append(["Lợi nhuận / doanh thu (%)"] + [Cell(r1(shown[y] / m.rev[y] * 100), 1) for y in ALL])
        T["sum"] = Table("sum", "Tổng hợp hiệu quả kinh tế", ["Chỉ tiêu", "2026", "2027", "2028", "2029"],
                         rows, unit=money_unit(m))
        if c.get("sum_after"):
            rows = [[lab, money(m, d[BASE]), money(m, d[last]), money(m, r1(d[last] - d[BASE]))]
                    for lab, d in (("Doanh thu", m.rev), ("Tổng chi phí", m.cost_total), ("Lợi nhuận", m.profit))]
            T["sum2"] = Table("sum2", "Hiệu quả khi đạt quy mô sau đầu tư",
                              ["Chỉ tiêu", names["now"], names["after"], names["inc"]], rows, unit=money_unit(m))
    else:
        rows = [[sl[i], Cell(pr[3])] + [Cell(m.packs[y][i] - m.packs[BASE][i]) for y in YEARS]
                for i, pr in enumerate(prods)]
        T["incq"] = Table("incq", "Sản lượng tăng thêm so với năm 2026",
                          ["Sản phẩm", "Giá (đồng)", "2027", "2028", "2029"], rows)
        rows = [[sl[i]] + [money(m, m.inc_rev_line[y][i]) for y in YEARS] for i, pr in enumerate(prods)]
        rows.append(["Doanh thu tăng thêm"] + [money(m, m.inc_rev[y]) for y in YEARS])
        T["rev"] = Table("rev", "Doanh thu tăng thêm do đầu tư", ["Sản phẩm", "2027", "2028", "2029"],
                         rows, unit=money_unit(m))
        rows = [[COST_LABELS[key]] + [money(m, m.inc_cost[y][key]) for y in YEARS] for key in m.cost[BASE]]
        tot = []
        for y in YEARS:
            if ("inc_cost_total", y) in m.printed:
                true, pv = m.printed[("inc_cost_total", y)]
                tot.append(money(m, true, pv))
            else:
                tot.append(money(m, m.inc_cost_total[y]))
        rows.append(["Tổng chi phí tăng thêm"] + tot)
        T["cost"] = Table("cost", "Chi phí tăng thêm do đầu tư", ["Khoản mục", "2027", "2028", "2029"],
                          rows, unit=money_unit(m))
        rows = [["Doanh thu tăng thêm"] + [money(m, m.inc_rev[y]) for y in YEARS],
                ["Chi phí tăng thêm"] + [money(m, m.inc_cost_total[y]) for y in YEARS],
                ["Lợi nhuận tăng thêm"] + [money(m, m.inc_profit[y]) for y in YEARS]]
        T["sum"] = Table("sum", "Hiệu quả của phần đầu tư tăng thêm", ["Chỉ tiêu", "2027", "2028", "2029"],
                         rows, unit=money_unit(m))
    for key, cap in c.get("captions", {}).items():
        T[key].caption = cap
    return T


# --------------------------------------------------------------------------- checks
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if caption in line and not line.strip().startswith("|"):
                rows, started = [], False
                for x in lines[i + 1:]:
                    s = x.strip()
                    if s.startswith("|"):
                        started = True
                        rows.append([cc.strip() for cc in s.strip("|").split("|")])
                    elif started:
                        break
                    elif s and not s.startswith("ĐVT"):
                        break
                return rows
        self.failures.append(f"table not found: {caption}")
        return []


def compare_table(p: Plan, t: Table) -> None:
    printed = p.table(t.caption)
    if not printed:
        return
    body = [r for r in printed[1:] if not all(set(x) <= set("-: ") for x in r)]
    if printed[0] != t.header:
        p.failures.append(f"{t.key}: header {printed[0]} != {t.header}")
    if len(body) != len(t.rows):
        p.failures.append(f"{t.key}: {len(body)} rows printed, {len(t.rows)} modelled")
        return
    for got, want in zip(body, t.rows):
        if len(got) != len(want):
            p.failures.append(f"{t.key}: row {got} has {len(got)} cells, {len(want)} modelled")
            continue
        for g, w in zip(got, want):
            if isinstance(w, Cell):
                try:
                    gv = vn(g)
                except ValueError:
                    p.failures.append(f"{t.key}: {g!r} is no number (row {want[0]})")
                    continue
                if w.printed is not None:
                    p.check(off(gv, w.value), f"{t.key}: planted {g} not > 5 % off the true {fd(w.value, w.dec)}")
                    p.check(close(gv, w.printed), f"{t.key}: planted {g} != {w.printed}")
                else:
                    tol_ok = close(gv, w.value) or abs(gv - w.value) <= (0.11 if w.dec else 0.5)
                    p.check(tol_ok, f"{t.key}: {want[0]!r} prints {g}, model {fd(w.value, w.dec)}")
            elif g != w:
                p.failures.append(f"{t.key}: text cell {g!r} != {w!r}")


def relations(p: Plan, m: M) -> None:
    """The true plan's arithmetic: what a reviewer recomputes, with the planted exceptions."""
    k, c = m.k, m.c
    true = model(k, planted=False)
    last = YEARS[-1]
    # revenue = packs x price; totals; profit = revenue - cost
    for y in ALL:
        for i, pr in enumerate(c["products"]):
            p.check(close(true.rev_line[y][i], true.packs[y][i] * pr[3] / 1e6, 0.002) or
                    abs(true.rev_line[y][i] - true.packs[y][i] * pr[3] / 1e6) < 0.06, f"revenue line {y} {i}")
        p.check(abs(true.rev[y] - sum(true.rev_line[y])) < 0.06, f"revenue total {y}")
        p.check(abs(true.cost_total[y] - sum(true.cost[y].values())) < 0.06, f"cost total {y}")
        p.check(abs(true.profit[y] - (true.rev[y] - true.cost_total[y])) < 0.06, f"profit {y}")
    # investment = sources
    if k == "ii06":
        p.check(off(m.src_total, m.inv_total), f"capital-mismatch planted: sources {m.src_total} vs {m.inv_total}")
    else:
        p.check(m.src_total == m.inv_total, f"sources {m.src_total} != investment {m.inv_total}")
    # raw material need within supply after the investment
    for j, raw in enumerate(c["raws"]):
        for y in ALL:
            sup = m.supply[j][0] if y == BASE else m.supply[j][1]
            if k == "ii07" and y >= 2028:
                p.check(m.need[y][j] > sup * 1.05, f"material-shortfall planted {y}: need {m.need[y][j]} vs {sup}")
            else:
                p.check(m.need[y][j] <= sup, f"{raw[0]} {y}: need {m.need[y][j]} > supply {sup}")
    # output within capacity
    for y in ALL:
        capy = m.cap[0] if y == BASE else m.cap[1]
        if k == "ii05" and y >= 2028:
            p.check(m.out[y] > capy * 1.05, f"capacity-exceeded planted {y}: {m.out[y]} vs {capy}")
        else:
            p.check(m.out[y] <= capy * 0.95, f"output {y} {m.out[y]} above 95 % of capacity {capy}")
    # growth: the base is the 2025 output (+<= 20 %), yearly output growth <= 45 % except ii08
    p.check(m.out[BASE] <= c["hist"]["out"][1] * 1.2, "2026 jump over 2025")
    prev = m.out[BASE]
    for y in YEARS:
        g = m.out[y] / prev - 1
        if k == "ii08":
            if y == 2027:
                p.check(g > 0.9, "unrealistic-growth planted: 2027 growth")
        else:
            p.check(g <= 0.45, f"output growth {y} {g:.0%}")
        prev = m.out[y]
    if k == "ii08":
        p.check(m.workers[last] == m.workers[BASE], "ii08 keeps the same workers")
    # margins
    for y in ALL:
        mg = true.profit[y] / true.rev[y]
        p.check(0.03 < mg < 0.40, f"margin {y} {mg:.1%}")
    # payback as printed vs true
    if "payback" in c.get("plants", {}):
        p.check(off(c["plants"]["payback"], true.payback), f"payback planted {c['plants']['payback']} vs {true.payback}")
    # workers: the staff table sums
    for y in ALL:
        p.check(m.workers[y] == sum(r[1] if y == BASE else r[2][YEARS.index(y)] for r in c["roles"]), "workers")


# papers and words a plan must show (besides its tables): the ready plans' papers, the revise plans'
# papers other than the one a defect removes, the theme's wording
MUST = {
    "ii01": ["TCCS", "tự công bố", "thử nghiệm", "an toàn thực phẩm", "Nhãn hiệu", "truy xuất", "43/2017", "111/2021",
             "Nghị định 05/2025/NĐ-CP", "Lợi nhuận bình quân + Khấu hao"],
    "ii02": ["TCCS", "tự công bố", "thử nghiệm", "an toàn thực phẩm", "Nhãn hiệu", "truy xuất", "43/2017", "111/2021",
             "không ghi công dụng chữa bệnh", "chỉ tính phần tăng thêm", "Trước đầu tư"],
    "ii03": ["TCCS", "tự công bố", "thử nghiệm", "an toàn thực phẩm", "Nhãn hiệu", "truy xuất", "43/2017", "111/2021",
             "không ghi công dụng chữa bệnh", "Lợi nhuận tăng thêm bình quân", "Lợi nhuận tăng thêm so với 2026"],
    "ii04": ["TCCS", "Nhãn hiệu", "43/2017", "111/2021", "không phải là thực phẩm", "đăng ký môi trường",
             "hút bụi", "ĐVT: 1.000 đồng", "nguồn gốc"],
    "ii05": ["TCCS", "tự công bố", "QCVN 6-3:2010/BYT", "thử nghiệm", "an toàn thực phẩm", "Nhãn hiệu", "biogas",
             "Đăng ký môi trường", "Không dành cho người dưới 18 tuổi", "không cần đầu tư thêm nồi"],
    "ii06": ["TCCS", "tự công bố", "thử nghiệm", "an toàn thực phẩm", "Nhãn hiệu", "43/2017", "chỉ tính phần",
             "bảo đảm đủ vốn", "HIỆU QUẢ XÃ HỘI"],
    "ii07": ["TCCS", "tự công bố", "thử nghiệm", "an toàn thực phẩm", "Nhãn hiệu", "nhật ký", "bảo đảm đủ nguyên liệu"],
    "ii08": ["TCCS", "tự công bố", "thử nghiệm", "an toàn thực phẩm", "43/2017", "111/2021", "Giữ nguyên 4 lao động",
             "còn rất lớn"],
    "ii09": ["an toàn thực phẩm", "Nhãn hiệu", "43/2017", "111/2021", "truy xuất"],
    "ii10": ["[tên sản phẩm]", "thị trường rộng lớn", "áo phao", "bể tự hoại", "thỏa thuận góp vốn"],
}


def text_checks(p: Plan, m: M) -> None:
    k = m.k
    body = p.body
    if k == "ii10":
        p.check(bool(re.search(PLACEHOLDER, body)), "ii10 keeps a template placeholder")
    else:
        p.lacks(PLACEHOLDER, "template placeholder")
    if k in READY:
        p.lacks(REPLACED, "replaced instrument in a ready plan")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", body):
            p.check(int(d) >= 2029, f"paper valid only to {d}")
    p.has(*MUST.get(k, []))
    words = {
        "ii05": [r"giấy phép", r"cấp phép", r"105/2017", r"17/2020", r"nhằm mục đích kinh doanh"],
        "ii06": [r"môi trường", r"nước thải", r"chất thải", r"(?<!\w)mùi", r"xử lý", r"bể lắng", r"biogas",
                 r"(?<!\w)rác", r"08/2022", r"72/2020", r"05/2025"],
        "ii07": [r"(?<!\w)nhãn(?! hiệu)", r"43/2017", r"111/2021", r"(?<!\w)tem(?!\w)", r"mã vạch", r"ghi nhãn",
                 r"Còn dư", r"thiếu"],
        "ii08": [r"nhãn hiệu", r"thương hiệu", r"sở hữu trí tuệ", r"(?<!\w)logo", r"bảo hộ", r"148/QĐ-TTg", r"1489"],
        "ii09": [r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN", r"quy chuẩn",
                 r"VietGAP", r"chỉ tiêu chất lượng"],
        "ii10": [r"đăng ký kinh doanh", r"hộ kinh doanh", r"mã số thuế", r"hợp tác xã", r"tổ hợp tác",
                 r"giấy chứng nhận đăng ký", r"đăng ký thành lập", r"đại lý", r"lữ hành", r"fanpage", r"Facebook",
                 r"Zalo", r"trường học", r"học sinh", r"doanh nghiệp", r"công ty", r"website", r"trang mạng",
                 r"trực tuyến", r"mạng xã hội", r"đối tác", r"hợp đồng với"],
    }
    for pat in words.get(k, []):
        p.lacks(pat, f"{k} must not say")
    if k == "ii08":
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
    if k == "ii09":
        wt = m.c["plants"]["workers_text"]
        p.has(f"nâng tổng số lên {wt} lao động", f"tổng {m.workers[YEARS[-1]]} người")
        p.check(off(wt, m.workers[YEARS[-1]]), "figure-inconsistent planted")
    if k == "ii10":  # the market part itself names no price, customer or channel
        part = body.split("G. THỊ TRƯỜNG", 1)[1].split("H. VÙNG SEN", 1)[0]
        p.check(not re.search(r"\d", part), "ii10 market part has a figure")


def prose(k: str, m: M) -> list[str]:
    """Figures the prose states, computed from the model (the generator writes the same)."""
    last = YEARS[-1]
    u = m.c["unit"]
    out = [f"{f0(m.out[BASE])} {u}", f"{f0(m.out[last])} {u}",
           f"tăng thêm {f0(m.out[last] - m.out[BASE])} {u}",
           f"{f1(pct(m.out[BASE], m.out[last]))} %",
           f"{f0(m.inv_total)} triệu đồng",
           f"{f1(m.rev[BASE])} triệu đồng", f"{f1(m.rev[last])} triệu đồng"]
    pb = m.printed.get(("payback", 0), (None, m.payback))[1]
    out.append(f"{f1(pb)} năm")
    if ("payback", 0) not in m.printed:  # the formula as the plan prints it
        avg, dep = m.payback_parts
        out.append(f"{f0(m.inv_total)} : ({f1(avg)} + {f1(dep)}")
    return out


def check_plan(k: str) -> Plan:
    stem = next(p.stem for p in sorted((HERE / "src").glob(f"{k}_*.md")))
    p = Plan(stem)
    if k in PLANS:
        m = model(k)
        for t in tables(k, m).values():
            compare_table(p, t)
        relations(p, m)
        text_checks(p, m)
        p.has(*prose(k, m))
        n = len([x for x in p.body.splitlines() if re.match(r"^Bảng \d+\. ", x)])
        p.check(10 <= n <= 15, f"{n} tables, not 10-15")
    else:
        sketchy(p, k)
    return p


SKETCHY = {
    "ii11": ["300 cái", "700 cái", "3.000 đồng", "85 triệu"],
    "ii12": ["1.000 m²", "2.500 m²", "35.000 đồng", "420 triệu"],
}


def sketchy(p: Plan, k: str) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 350, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*SKETCHY[k])
    for pat in [r"an toàn thực phẩm", r"ATTP", r"tiêu chuẩn cơ sở", r"công bố", r"nhãn", r"môi trường",
                r"truy xuất", r"kiểm nghiệm"]:
        p.lacks(pat, "sketchy plan names a paper")
    p.lacks(REPLACED, "replaced instrument")


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    keys = argv or [f"ii{i:02d}" for i in range(1, 13)]
    plans = [check_plan(k) for k in keys]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
