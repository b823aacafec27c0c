"""The 258th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout258/arithmetic.py [iy01 iy05 ...]

Theme: plans that weigh options and scenarios before choosing. Every full plan (iy01-iy10) prints
a low / medium / high scenario (of output, of price, of room occupancy or of growth), two equipment
or investment options with their prices and capacities, and a "with and without the plan"
comparison, then commits to one option and one scenario; the chosen figures stand beside the
rejected ones. The constants give, per plan, the products (pack size in the plan's base unit, the
2027 price, the 2027 packs), the yearly output and price growth of the chosen scenario, the
2024-2026 history, the raw materials (norm and supply rows as count x yield), the two options
(price, capacity per day x days or vats x litres, running cost per unit, operators, asset life),
staff and wages, cost lines (per unit, per pack, share of revenue, fixed), investment items with
their lives, capital sources, loan balances, the scenario factors and the planted defects.
`model()` turns them into every figure the plan prints (the generator that wrote the plans used
it); `tables()` lays the figures out as the plan's tables. The check reads every table back from
the plan's source (by its caption "Bảng N. ..."), compares each cell with the model (1 %), then
recomputes the arithmetic from the numbers as printed: revenue = packs x price, sums, output =
packs x size, capacity = rating x days and its use, raw-material need = output x norm against
supply = count x yield, wage fund, investment = items = sources, cost lines, profit = revenue -
cost, margin, payback = investment / (average profit + depreciation), each scenario column
(revenue = output x price, cost = variable part scaled + fixed part, profit, payback), each option
(capacity a year, depreciation, use of capacity) and the with/without difference. Planted numeric
defects must be wrong by more than 5 % (the true value is computed beside them), everything else
right within 1 %. The prose figures the model gives must stand in the text. Textual defects are
asserted through the presence or absence of their words. Sketchy plans: 150-350 words, no table.
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
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def r0(x: float) -> int:
    return int(math.floor(x + 0.5))


def r1(x: float) -> float:
    return math.floor(x * 10 + 0.5) / 10


def r2(x: float) -> float:
    return math.floor(x * 100 + 0.5) / 100


def rq(x: float) -> int:
    """Packs: to the ten from a thousand up, else to the unit."""
    return r0(x / 10) * 10 if x >= 1000 else r0(x)


def _swap(s: str) -> str:
    return s.replace(",", "§").replace(".", ",").replace("§", ".")


def fi(x: float) -> str:
    return _swap(f"{r0(x):,}")


def f1(x: float) -> str:
    return _swap(f"{r1(x):,.1f}")


def f2(x: float) -> str:
    return _swap(f"{r2(x):,.2f}")


def fn(x: float) -> str:
    """A count that may be fractional (2,5 ha)."""
    return fi(x) if abs(x - round(x)) < 1e-9 else _swap(f"{x:,.1f}")


FMT = {"i": fi, "1": f1, "2": f2, "n": fn}


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units (0 = not output), 2027 price đ, 2027 packs)
# g_out: growth of packs 2027->2028, 2028->2029 (chosen scenario); g_price: price growth a year
# hist: output, average price đ per base unit, margin, staff (2026)
# raws: label, unit, norm per base unit (or per pack: list), price đ/unit, dec (decimals of need),
#       rows (label, counts per year, count word, yield)
# opts: the two options: name, short, price (triệu), n, m (capacity = n x m), run (đ per base
#       unit), ops (operators), life (years); chosen: index; out_products: products they bind
# roles: (role, staff per year, paid monthly?); wage (triệu/tháng 2027), g_wage
# costs: ("raw", i) | ("pack", label, đ per pack) | ("unit", label, đ per base unit) |
#        ("run", label) | ("wage", label) | ("share", label, share) | ("dep", label) |
#        ("int", label) | ("fixed", label, triệu)
# inv: (label, triệu or None = the chosen option's price, life in years or 0); src: (label, triệu)
# loan: balance per year (triệu), rate; scen: kind, labels, fq, fp, year (None = mean 2027-2029)
# plant: the planted numeric defects (see model())
PLANS: dict[str, dict] = {
    "iy01": dict(
        unit="kg", out_label="Tổng sản lượng quy đổi (kg)",
        products=[("Bánh ram sống cấp đông, túi 20 chiếc (500 g)", "túi", 0.5, 56000, 36000),
                  ("Bánh ram chiên sẵn cấp đông, hộp 12 chiếc (360 g)", "hộp", 0.36, 50000, 20000),
                  ("Bánh ram sống cho nhà hàng, túi 2 kg", "túi", 2, 200000, 2400)],
        g_out=(0.12, 0.10), g_price=0.03, pr_round=100,
        hist=dict(out=[23000, 25400, 27500], price=[108000, 112000, 116000],
                  margin=[0.09, 0.095, 0.10], staff=12),
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=0.42, price=30000, dec=0,
                   rows=[("Hộ trồng nếp thôn Phúc Sơn", [40, 40, 40], "hộ", 350),
                         ("HTX Nông nghiệp Hồng Thịnh", [1, 1, 1], "hợp đồng", 4500)]),
              dict(label="Thịt lợn, tôm đất làm nhân", unit="kg", norm=0.22, price=140000, dec=0,
                   rows=[("Cơ sở giết mổ Tân Hòa", [1, 1, 1], "hợp đồng", 6000),
                         ("Hộ nuôi tôm đất thôn Bãi Lạng", [12, 12, 12], "hộ", 250)])],
        opts=[dict(name="Tủ cấp đông gió 2 cánh", short="Phương án 1", price=280, n=140, m=300,
                   run=1600, ops=1, life=8),
              dict(name="Kho cấp đông 20 m³, máy nén 10 HP", short="Phương án 2", price=560, n=300,
                   m=300, run=1100, ops=2, life=12)],
        chosen=0, out_products=None,
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3], True), ("Làm nhân, gói bánh", [7, 8, 8], True),
               ("Chiên, cấp đông, đóng gói", [3, 3, 4], True), ("Bán hàng, giao hàng", [2, 2, 2], True)],
        wage=6.0, g_wage=0.05,
        costs=[("raw", 0), ("raw", 1), ("pack", "Túi, hộp, khay, thùng", [2800, 4200, 5500]),
               ("unit", "Dầu chiên, gas, phụ liệu", 4500), ("run", "Điện cấp đông"),
               ("wage", "Tiền lương"), ("share", "Bán hàng, vận chuyển", 0.06),
               ("share", "Thuế, phí", 0.015), ("dep", "Khấu hao tài sản"), ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 60)],
        inv=[("Tủ cấp đông gió 2 cánh (phương án 1)", None, 8), ("Máy xay bột, máy trộn nhân", 140, 10),
             ("Cải tạo xưởng một chiều 180 m²", 420, 15), ("Bao bì, mã vạch, tem truy xuất", 45, 0),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 35, 0), ("Vốn lưu động", 380, 0)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=[600, 450, 300], rate=0.08,
        scen=dict(kind="output", labels=["Thấp (85 %)", "Cơ sở (chọn)", "Cao (120 %)"],
                  fq=[0.85, 1, 1.2], fp=[1, 1, 1], year=None),
        short=["Bánh ram sống cấp đông, túi 500 g", "Bánh ram chiên sẵn, hộp 360 g",
               "Bánh ram sống, túi 2 kg (nhà hàng)"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026"),
            raw=dict(caption="Bảng 3. Cân đối nguyên liệu chính 2027 – 2029 (kg)"),
            opt=dict(caption="Bảng 4. So sánh hai phương án đầu tư thiết bị cấp đông",
                     n_label="Công suất cấp đông (kg/ngày)", m_label="Số ngày vận hành/năm"),
            scen=dict(caption="Bảng 5. Ba kịch bản sản lượng giai đoạn 2027 – 2029",
                      fields=["pq", "out", "rev", "cost", "prof", "marg", "pb", "use"],
                      labels=dict(use="Sử dụng tủ cấp đông năm 2029 (%)")),
            prod=dict(caption="Bảng 6. Kế hoạch sản lượng theo kịch bản cơ sở",
                      cap_label="Công suất tủ cấp đông (kg/năm)"),
            price=dict(caption="Bảng 7. Giá bán dự kiến tại xưởng"),
            staff=dict(caption="Bảng 8. Lao động và quỹ lương"),
            inv=dict(caption="Bảng 9. Tổng vốn đầu tư theo phương án 1"),
            src=dict(caption="Bảng 10. Cơ cấu nguồn vốn"),
            rev=dict(caption="Bảng 11. Doanh thu dự kiến"),
            cost=dict(caption="Bảng 12. Chi phí sản xuất kinh doanh"),
            sum=dict(caption="Bảng 13. Tổng hợp hiệu quả kinh tế", dep=True),
            wo=dict(caption="Bảng 14. So sánh khi có và không có phương án")),
        plant={}),
    "iy02": dict(
        unit="kg", out_label="Tổng sản lượng quy khô (kg)",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 40000, 28000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 85000, 4400),
                  ("Trà cà gai leo, túi 1 kg cho quán nước", "túi", 1, 160000, 700)],
        g_out=(0.08, 0.08), g_price=0.03, pr_round=100,
        hist=dict(out=[3700, 4000, 4250], price=[330000, 340000, 350000],
                  margin=[0.12, 0.125, 0.13], staff=6),
        raws=[dict(label="Cà gai leo tươi (thân, lá)", unit="kg", norm=5.0, price=12000, dec=0,
                   rows=[("Vùng trồng của hợp tác xã", [2.5, 2.5, 2.5], "ha", 10000),
                         ("Hộ thành viên thôn Hòa Lạc", [14, 14, 14], "hộ", 450)])],
        opts=[dict(name="Máy sấy bơm nhiệt 2 buồng", short="Bơm nhiệt", price=320, n=24, m=260,
                   run=5000, ops=1, life=10),
              dict(name="Lò sấy điện trở có quạt đảo gió", short="Điện trở", price=170, n=30, m=260,
                   run=12000, ops=1, life=6)],
        chosen=0, out_products=None,
        roles=[("Ban quản trị, kế toán", [2, 2, 2], True), ("Trồng, thu hái, sơ chế", [3, 3, 3], True),
               ("Sấy, đóng túi lọc", [2, 3, 3], True), ("Bán hàng, kho", [1, 1, 1], True)],
        wage=5.2, g_wage=0.05,
        costs=[("raw", 0), ("pack", "Hộp, túi lọc, túi zip", [7500, 3500, 4500]),
               ("run", "Điện sấy"), ("unit", "Nước, vật tư sơ chế", 3000),
               ("wage", "Tiền công, tiền lương"), ("share", "Bán hàng, hội chợ", 0.07),
               ("share", "Thuế, phí", 0.015), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 40)],
        inv=[("Máy sấy bơm nhiệt 2 buồng", None, 10), ("Máy cắt, máy nghiền dược liệu", 90, 10),
             ("Máy đóng trà túi lọc tự động", 260, 10), ("Nhà sơ chế, đóng gói 80 m²", 300, 15),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 40, 0), ("Vốn lưu động", 190, 0)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        loan=[500, 400, 300], rate=0.075,
        scen=dict(kind="price", labels=["Giá thấp (−10 %)", "Giá cơ sở (chọn)", "Giá cao (+8 %)"],
                  fq=[1, 1, 1], fp=[0.9, 1, 1.08], year=None),
        short=["Trà túi lọc, hộp 30 túi", "Cà gai leo khô, túi 500 g", "Trà cho quán, túi 1 kg"],
        tables=dict(
            hist=dict(caption="Bảng 2. Kết quả sản xuất, kinh doanh của hợp tác xã 2024 – 2026"),
            raw=dict(caption="Bảng 3. Cân đối cà gai leo tươi (kg)"),
            opt=dict(caption="Bảng 4. Hai phương án máy sấy", layout="rows", first="Máy sấy",
                     fields=["price", "cap", "run", "use", "pick"],
                     labels=dict(price="Giá (triệu đồng)", cap="Công suất (kg khô/năm)",
                                 run="Điện (đồng/kg)", use="Sử dụng năm 2029 (%)")),
            prod=dict(caption="Bảng 5. Sản lượng dự kiến", cap_label="Công suất máy sấy (kg/năm)"),
            price=dict(caption="Bảng 6. Giá bán kịch bản cơ sở"),
            staff=dict(caption="Bảng 7. Nhân lực và tiền công"),
            inv=dict(caption="Bảng 8. Nhu cầu vốn đầu tư"),
            src=dict(caption="Bảng 9. Nguồn vốn"),
            rev=dict(caption="Bảng 10. Doanh thu"),
            cost=dict(caption="Bảng 11. Chi phí"),
            sum=dict(caption="Bảng 12. Lợi nhuận"),
            scen=dict(caption="Bảng 13. Phân tích độ nhạy theo giá bán (bình quân 2027 – 2029)",
                      layout="rows", fields=["price", "rev", "prof", "marg", "pb"],
                      labels=dict(price="Giá bình quân (đồng/kg)", rev="Doanh thu (triệu đồng)",
                                  prof="Lợi nhuận (triệu đồng)", marg="LN/DT (%)", pb="Hoàn vốn (năm)"))),
        plant={}),
    "iy03": dict(
        unit="chiếc", out_label="Tổng số nón (chiếc)",
        products=[("Nón lá trắng truyền thống 16 vành", "chiếc", 1, 78000, 9000),
                  ("Nón lá vẽ tay phong cảnh Hà Tĩnh", "chiếc", 1, 165000, 2400),
                  ("Nón lá mini trang trí, đường kính 25 cm", "chiếc", 1, 42000, 4000)],
        g_out=(0.08, 0.08), g_price=0.03, pr_round=100,
        hist=dict(out=[12600, 13500, 14300], price=[76000, 78000, 80000],
                  margin=[0.07, 0.075, 0.08], staff=26),
        raws=[dict(label="Lá nón khô (đã phơi, chọn)", unit="kg", norm=0.11, price=65000, dec=0,
                   rows=[("Hộ khai thác lá vùng đồi Trà Sơn (hợp đồng)", [14, 14, 14], "hộ", 110),
                         ("Tổ viên tự khai thác", [20, 20, 20], "tổ viên", 30)])],
        opts=[dict(name="Lò sấy lá đốt than, là lá bằng bàn là gang", short="Phương án A", price=60,
                   n=70, m=260, run=2500, ops=3, life=5),
              dict(name="Buồng sấy lá bằng điện và 2 máy là lá", short="Phương án B", price=210,
                   n=90, m=260, run=1200, ops=2, life=10)],
        chosen=1, out_products=None,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], True), ("Phơi, sấy, là lá", [2, 2, 2], True),
               ("Chằm nón (khoán theo chiếc)", [24, 26, 28], False),
               ("Vẽ, thêu, hoàn thiện (khoán)", [3, 3, 3], False), ("Bán hàng", [1, 1, 1], True)],
        wage=5.0, g_wage=0.04,
        costs=[("raw", 0), ("pack", "Vành tre, chỉ cước, quai, túi", [6000, 9000, 3500]),
               ("pack", "Tiền công khoán chằm, vẽ nón", [28000, 60000, 14000]),
               ("run", "Điện sấy, là lá"), ("wage", "Lương tháng (5 người)"),
               ("share", "Bán hàng, hội chợ", 0.07), ("share", "Thuế, phí", 0.01),
               ("dep", "Khấu hao"), ("int", "Lãi vay"), ("fixed", "Chi phí khác", 25)],
        inv=[("Buồng sấy lá bằng điện và 2 máy là lá", None, 10), ("Nhà xưởng chằm nón, kho lá 120 m²", 260, 15),
             ("Khuôn nón inox, bàn chằm", 40, 5), ("Thiết kế mẫu, thẻ treo, hộp quà", 35, 0),
             ("Nhãn hiệu, tiêu chuẩn cơ sở", 25, 0), ("Vốn lưu động", 180, 0)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 300)],
        loan=[300, 200, 100], rate=0.066,
        scen=dict(kind="output", labels=["Thấp (22 thợ)", "Vừa (28 thợ, chọn)", "Cao (34 thợ)"],
                  fq=[0.8, 1, 1.2], fp=[1, 1, 1], year=2),
        labcap=(2, 2.6, 260),
        short=["Nón lá trắng 16 vành", "Nón lá vẽ tay", "Nón lá mini trang trí"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả sản xuất, kinh doanh của tổ 2024 – 2026"),
            raw=dict(caption="Bảng 3. Cân đối lá nón khô (kg)"),
            opt=dict(caption="Bảng 4. So sánh phương án A và phương án B (khâu sấy, là lá)",
                     n_label="Công suất (nón/ngày)", m_label="Số ngày làm việc/năm"),
            scen=dict(caption="Bảng 5. Ba kịch bản số thợ chằm nón năm 2029", layout="rows",
                      first="Kịch bản", fields=["out", "rev", "cost", "prof", "marg"],
                      labels=dict(out="Số nón (chiếc)", rev="Doanh thu (triệu đồng)",
                                  cost="Chi phí (triệu đồng)", prof="Lợi nhuận (triệu đồng)",
                                  marg="LN/DT (%)")),
            prod=dict(caption="Bảng 6. Kế hoạch sản xuất theo kịch bản vừa",
                      cap_label="Công suất sấy, là lá (chiếc/năm)",
                      lab_label="Năng lực chằm nón (chiếc/năm)"),
            staff=dict(caption="Bảng 7. Lao động của tổ"),
            inv=dict(caption="Bảng 8. Vốn đầu tư theo phương án B"),
            src=dict(caption="Bảng 9. Nguồn vốn"),
            rev=dict(caption="Bảng 10. Sản lượng, giá bán và doanh thu", layout="triple"),
            cost=dict(caption="Bảng 11. Chi phí sản xuất"),
            sum=dict(caption="Bảng 12. Hiệu quả kinh tế"),
            wo=dict(caption="Bảng 13. Khi có và khi không có phương án",
                    h0="Không làm (giữ như 2026)", h1="Làm phương án (năm 2029)")),
        plant={}),
    "iy04": dict(
        unit="đêm phòng", out_label="Tổng số đêm phòng",
        products=[("Phòng nghỉ (đêm phòng)", "đêm", 1, 700000, 880),
                  ("Suất ăn món quê", "suất", 0, 150000, 2600),
                  ("Trải nghiệm vườn bưởi, chèo thuyền", "lượt", 0, 180000, 1300)],
        g_out=(0.12, 0.10), g_price=0.04, pr_round=1000,
        hist=dict(out=[560, 610, 660], price=[1150000, 1200000, 1250000],
                  margin=[0.18, 0.19, 0.2], staff=3),
        raws=[dict(label="Thực phẩm tươi (gà, cá, rau)", unit="kg", norm=[0, 0.6, 0], price=70000, dec=0,
                   rows=[("Hộ nuôi gà, cá, trồng rau thôn Trung Hà", [10, 10, 10], "hộ", 200),
                         ("Vườn, ao của gia đình", [1, 1, 1], "vườn", 400)])],
        opts=[dict(name="Cải tạo nhà cũ 3 phòng, xây thêm 3 nhà gỗ", short="Phương án A", price=1050,
                   n=6, m=365, run=45000, ops=4, life=15),
              dict(name="Xây mới 8 nhà gỗ độc lập", short="Phương án B", price=1900, n=8, m=365,
                   run=40000, ops=5, life=20)],
        chosen=0, out_products=[0],
        roles=[("Chủ hộ, quản lý, đặt phòng", [1, 1, 1], True), ("Lễ tân, dọn phòng", [2, 2, 2], True),
               ("Bếp, phục vụ ăn uống", [2, 2, 3], True), ("Hướng dẫn trải nghiệm", [1, 1, 1], True)],
        wage=5.5, g_wage=0.05,
        costs=[("raw", 0), ("pack", "Gia vị, đồ uống, chất đốt bếp", [0, 25000, 0]),
               ("pack", "Thuyền, dụng cụ, trả công hộ dân", [0, 0, 60000]),
               ("run", "Điện, nước, giặt là, đồ dùng phòng"), ("wage", "Tiền lương"),
               ("share", "Hoa hồng đặt phòng, quảng bá", 0.10), ("share", "Thuế, phí", 0.05),
               ("dep", "Khấu hao"), ("int", "Lãi vay"), ("fixed", "Chi phí khác", 40)],
        inv=[("Cải tạo nhà cũ 3 phòng, xây 3 nhà gỗ", None, 15), ("Nội thất, chăn ga, thiết bị phòng", 220, 5),
             ("Bếp, dụng cụ nấu ăn, bàn ghế", 90, 5), ("Thuyền, áo phao, dụng cụ trải nghiệm", 60, 5),
             ("Phòng cháy chữa cháy, bể tự hoại", 80, 10), ("Website, biển hiệu, nhận diện", 40, 0),
             ("Vốn lưu động", 110, 0)],
        src=[("Vốn tự có của hộ", 950), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        loan=[700, 550, 400], rate=0.085,
        scen=dict(kind="occupancy", labels=["Kịch bản thấp", "Trung bình (chọn)", "Kịch bản cao"],
                  fq=[0.75, 1, 1.25], fp=[1, 1, 1], year=None),
        short=["Phòng nghỉ", "Suất ăn món quê", "Trải nghiệm vườn, thuyền"],
        hist_labels=["Số đêm phòng đã bán", "Doanh thu bình quân (đồng/đêm phòng)",
                     "Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả kinh doanh của 3 phòng hiện có 2024 – 2026"),
            opt=dict(caption="Bảng 3. Hai phương án đầu tư cơ sở lưu trú",
                     fields=["name", "price", "n", "m", "cap", "run", "ops", "life", "dep", "use", "pick"],
                     n_label="Số phòng", m_label="Số ngày mở cửa/năm",
                     labels=dict(cap="Sức chứa (đêm phòng/năm)", run="Điện, nước, giặt (đồng/đêm)",
                                 use="Công suất phòng năm 2029 (%)")),
            scen=dict(caption="Bảng 4. Ba kịch bản công suất phòng (bình quân 2027 – 2029)",
                      fields=["occ", "out", "rev", "cost", "prof", "pb"],
                      labels=dict(out="Số đêm phòng bình quân/năm")),
            prod=dict(caption="Bảng 5. Kế hoạch đón khách theo kịch bản trung bình",
                      cap_label="Sức chứa (đêm phòng/năm)"),
            price=dict(caption="Bảng 6. Giá dịch vụ dự kiến"),
            raw=dict(caption="Bảng 7. Nguồn thực phẩm cho bữa ăn (kg)"),
            staff=dict(caption="Bảng 8. Lao động"),
            inv=dict(caption="Bảng 9. Vốn đầu tư theo phương án A"),
            src=dict(caption="Bảng 10. Nguồn vốn"),
            rev=dict(caption="Bảng 11. Doanh thu dịch vụ"),
            cost=dict(caption="Bảng 12. Chi phí kinh doanh"),
            sum=dict(caption="Bảng 13. Lợi nhuận và hiệu quả"),
            wo=dict(caption="Bảng 14. So sánh có và không có phương án",
                    labels=dict(out="Số đêm phòng"))),
        plant={}),
    "iy05": dict(
        unit="lít", out_label="Tổng sản lượng (lít)",
        products=[("Rượu nếp than 29 độ, chai 500 ml", "chai", 0.5, 64000, 20000),
                  ("Rượu nếp than 29 độ, bình sành 3 lít", "bình", 3, 320000, 800),
                  ("Rượu nếp than 29 độ, can 5 lít", "can", 5, 360000, 600)],
        g_out=(0.15, 0.15), g_price=0.04, pr_round=100,
        hist=dict(out=[12400, 13300, 14200], price=[100000, 104000, 108000],
                  margin=[0.11, 0.115, 0.12], staff=8),
        raws=[dict(label="Gạo nếp than", unit="kg", norm=1.1, price=32000, dec=0,
                   rows=[("Thành viên trồng nếp than", [32, 32, 32], "hộ", 600),
                         ("Hộ thôn Tùng Sơn (hợp đồng)", [10, 10, 10], "hộ", 550)])],
        opts=[dict(name="Một nồi chưng cất cải tiến", short="Phương án 1", price=150, n=60, m=290,
                   run=3000, ops=2, life=10),
              dict(name="Hai nồi chưng cất liên hoàn", short="Phương án 2", price=330, n=120, m=290,
                   run=2600, ops=3, life=12)],
        chosen=0, out_products=None,
        roles=[("Ban quản trị, kế toán", [2, 2, 2], True), ("Nấu, ủ men, chưng cất", [3, 3, 3], True),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2], True), ("Bán hàng", [1, 1, 1], True)],
        wage=5.6, g_wage=0.05,
        costs=[("raw", 0), ("pack", "Men lá, chai, bình sành, can, hộp", [9000, 60000, 18000]),
               ("run", "Củi, điện, nước"), ("wage", "Tiền lương"),
               ("share", "Bán hàng, quảng bá", 0.06), ("share", "Thuế, phí khác", 0.02),
               ("dep", "Khấu hao"), ("int", "Lãi vay"), ("fixed", "Chi phí khác", 50)],
        inv=[("Nồi chưng cất cải tiến (phương án 1)", None, 10), ("Kho hạ thổ, ủ rượu 50 m²", 220, 15),
             ("Chum sành, máy lọc, máy chiết rót", 180, 10), ("Hầm biogas, bể chứa bã rượu", 80, 10),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 45, 0), ("Vốn lưu động", 275, 0)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        loan=[500, 400, 300], rate=0.08,
        scen=dict(kind="output", labels=["Thấp (85 %)", "Cơ sở (chọn)", "Cao (115 %)"],
                  fq=[0.85, 1, 1.15], fp=[1, 1, 1], year=0),
        short=["Rượu 29 độ, chai 500 ml", "Rượu 29 độ, bình sành 3 lít", "Rượu 29 độ, can 5 lít"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026"),
            raw=dict(caption="Bảng 3. Nguồn gạo nếp than và nhu cầu (kg)"),
            opt=dict(caption="Bảng 4. So sánh hai phương án thiết bị chưng cất", use_year=0,
                     fields=["name", "price", "n", "m", "cap", "run", "ops", "life", "dep", "use", "pick"],
                     n_label="Công suất (lít/ngày)", m_label="Số ngày nấu/năm"),
            scen=dict(caption="Bảng 5. Kịch bản sản lượng năm 2027",
                      fields=["pq", "out", "rev", "cost", "prof", "marg", "use"],
                      labels=dict(use="Sử dụng nồi chưng cất năm 2027 (%)")),
            prod=dict(caption="Bảng 6. Kế hoạch sản lượng 2027 – 2029", use=False,
                      cap_label="Công suất chưng cất (lít/năm)"),
            price=dict(caption="Bảng 7. Giá bán (đã trừ thuế tiêu thụ đặc biệt)"),
            staff=dict(caption="Bảng 8. Lao động"),
            inv=dict(caption="Bảng 9. Vốn đầu tư"),
            src=dict(caption="Bảng 10. Nguồn vốn"),
            rev=dict(caption="Bảng 11. Doanh thu"),
            cost=dict(caption="Bảng 12. Chi phí"),
            sum=dict(caption="Bảng 13. Kết quả kinh doanh dự kiến", dep=True),
            wo=dict(caption="Bảng 14. Có và không có phương án")),
        plant=dict(payback=2.1)),
    "iy06": dict(
        unit="lít", out_label="Tổng sản lượng (lít)",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 82000, 16000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, 72000, 10000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 200000, 1600)],
        g_out=(0.10, 0.10), g_price=0.04, pr_round=100,
        hist=dict(out=[21000, 22800, 24500], price=[80000, 82000, 84000],
                  margin=[0.12, 0.125, 0.13], staff=10),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.25, price=18000, dec=0,
                   rows=[("Tàu cá của cổ đông", [4, 4, 4], "tàu", 5000),
                         ("Vựa cá bến Cửa Sót (hợp đồng)", [1, 1, 1], "vựa", 14500)]),
              dict(label="Muối hạt", unit="kg", norm=0.35, price=4000, dec=0,
                   rows=[("Hợp tác xã muối Thạch Khê (hợp đồng)", [1, 1, 1], "hợp đồng", 12500)])],
        opts=[dict(name="Thùng gỗ bời lời 1.500 lít", short="Thùng gỗ", price=360, n=40, m=900,
                   run=1200, ops=4, life=12),
              dict(name="Bể composite 3.000 lít", short="Bể composite", price=260, n=20, m=2000,
                   run=800, ops=3, life=15)],
        chosen=0, out_products=None,
        roles=[("Giám đốc, kế toán, kiểm soát chất lượng", [3, 3, 3], True),
               ("Muối chượp, đảo chượp, kéo rút", [4, 4, 5], True),
               ("Lọc, pha đạm, chiết chai", [3, 3, 3], True), ("Bán hàng, giao hàng", [2, 2, 2], True)],
        wage=6.2, g_wage=0.05,
        costs=[("raw", 0), ("raw", 1), ("pack", "Chai, can, nắp, thùng carton", [6500, 7500, 14000]),
               ("run", "Đảo chượp, bảo dưỡng thùng"), ("unit", "Điện, nước", 700),
               ("wage", "Tiền lương"), ("share", "Bán hàng, vận chuyển", 0.06),
               ("share", "Thuế, phí", 0.015), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 70)],
        inv=[("40 thùng gỗ bời lời 1.500 lít", None, 12), ("Nhà chượp, kho chứa 300 m²", 650, 20),
             ("Máy lọc, bồn pha đạm, máy chiết rót", 240, 10), ("Bao bì, mã vạch, tem truy xuất", 50, 0),
             ("Vốn lưu động", 500, 0)],
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        loan=[800, 650, 500], rate=0.08,
        scen=dict(kind="price", labels=["Giá thấp (−8 %)", "Giá cơ sở (chọn)", "Giá cao (+12 %)"],
                  fq=[1, 1, 1], fp=[0.92, 1, 1.12], year=0),
        short=["Nước mắm 40 độ đạm, chai 500 ml", "Nước mắm 30 độ đạm, chai 1 lít",
               "Nước mắm 20 độ đạm, can 5 lít"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả sản xuất kinh doanh giai đoạn 2024 – 2026"),
            raw=dict(caption="Bảng 3. Nguồn cá cơm, muối và nhu cầu (kg)", balance=False),
            opt=dict(caption="Bảng 4. So sánh hai phương án dụng cụ ủ chượp",
                     fields=["name", "price", "n", "m", "cap", "run", "life", "dep", "use", "pick"],
                     n_label="Số thùng, bể", m_label="Nước mắm mỗi thùng, bể (lít/năm)",
                     labels=dict(run="Vận hành, bảo dưỡng (đồng/lít)")),
            scen=dict(caption="Bảng 5. Ba mức giá bán năm 2027",
                      fields=["pp", "price", "rev", "cost", "prof", "marg"]),
            prod=dict(caption="Bảng 6. Kế hoạch sản lượng", cap_label="Công suất ủ chượp (lít/năm)"),
            price=dict(caption="Bảng 7. Giá bán theo mức giá cơ sở"),
            staff=dict(caption="Bảng 8. Nhân sự và quỹ lương"),
            inv=dict(caption="Bảng 9. Tổng mức đầu tư"),
            src=dict(caption="Bảng 10. Nguồn vốn"),
            rev=dict(caption="Bảng 11. Doanh thu dự kiến"),
            cost=dict(caption="Bảng 12. Chi phí sản xuất"),
            sum=dict(caption="Bảng 13. Lợi nhuận dự kiến"),
            wo=dict(caption="Bảng 14. Hiệu quả tăng thêm so với không đầu tư",
                    h0="Không đầu tư (như 2026)", h1="Có đầu tư (2029)")),
        plant=dict(rev_line=(1, 0, 1.12))),
    "iy07": dict(
        unit="kg", out_label="Tổng mật ong đóng chai (kg)",
        products=[("Mật ong hoa rừng, chai 700 g", "chai", 0.7, 210000, 3000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 240000, 1500),
                  ("Mật ong hoa keo, chai 350 g", "chai", 0.35, 98000, 2000)],
        g_out=(0.07, 0.07), g_price=0.04, pr_round=1000,
        hist=dict(out=[3600, 3850, 4050], price=[255000, 262000, 268000],
                  margin=[0.13, 0.135, 0.14], staff=4),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.05, price=115000, dec=0,
                   rows=[("Đàn ong của hộ", [200, 200, 200], "đàn", 12),
                         ("Hộ nuôi ong liên kết thôn Khe Giao", [16, 18, 20], "hộ", 160)])],
        opts=[dict(name="Máy hạ thủy phần 30 kg/mẻ", short="Máy 30 kg", price=140, n=30, m=200,
                   run=1500, ops=1, life=8),
              dict(name="Máy hạ thủy phần 80 kg/mẻ", short="Máy 80 kg", price=320, n=80, m=200,
                   run=1100, ops=1, life=10)],
        chosen=0, out_products=None,
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], True), ("Chăm sóc đàn ong, quay mật", [2, 2, 2], True),
               ("Lọc, hạ thủy phần, đóng chai, bán hàng", [2, 2, 2], True)],
        wage=5.0, g_wage=0.05,
        costs=[("raw", 0), ("pack", "Chai, hũ, nắp, hộp", [5500, 6000, 3500]),
               ("run", "Điện hạ thủy phần"), ("unit", "Chăm sóc đàn ong", 6000),
               ("wage", "Tiền công lao động"), ("share", "Bán hàng, vận chuyển", 0.06),
               ("share", "Thuế, phí", 0.015), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 25)],
        inv=[("Máy hạ thủy phần 30 kg/mẻ", None, 8), ("Phòng lọc, đóng chai 30 m²", 130, 15),
             ("Bồn inox, máy lọc, máy quay mật", 70, 8), ("Thùng ong thay mới, cầu ong", 40, 5),
             ("Kiểm nghiệm, đăng ký nhãn hiệu", 30, 0), ("Vốn lưu động", 210, 0)],
        src=[("Vốn tự có của hộ", 320), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        loan=[300, 200, 100], rate=0.08,
        scen=dict(kind="output", labels=["Thấp (85 %)", "Cơ sở (chọn)", "Cao (115 %)"],
                  fq=[0.85, 1, 1.15], fp=[1, 1, 1], year=None),
        short=["Mật ong hoa rừng, chai 700 g", "Mật ong hoa keo, hũ 1 kg", "Mật ong hoa keo, chai 350 g"],
        tables=dict(
            hist=dict(caption="BẢNG 1. KẾT QUẢ SẢN XUẤT KINH DOANH 2024 – 2026"),
            raw=dict(caption="BẢNG 2. NGUỒN MẬT ONG THÔ VÀ NHU CẦU (kg)"),
            opt=dict(caption="BẢNG 3. SO SÁNH HAI LOẠI MÁY HẠ THỦY PHẦN", layout="rows", first="Loại máy",
                     fields=["price", "cap", "run", "dep", "use", "pick"],
                     labels=dict(price="Giá (triệu đồng)", cap="Công suất (kg/năm)", run="Điện (đồng/kg)",
                                 dep="Khấu hao/năm", use="Sử dụng năm 2029 (%)")),
            scen=dict(caption="BẢNG 4. BA KỊCH BẢN SẢN LƯỢNG (BÌNH QUÂN 2027 – 2029)",
                      fields=["pq", "out", "rev", "prof", "pb"]),
            prod=dict(caption="BẢNG 5. KẾ HOẠCH SẢN LƯỢNG", cap_label="Công suất máy hạ thủy phần (kg/năm)"),
            price=dict(caption="BẢNG 6. GIÁ BÁN DỰ KIẾN"),
            staff=dict(caption="BẢNG 7. LAO ĐỘNG"),
            inv=dict(caption="BẢNG 8. VỐN ĐẦU TƯ"),
            src=dict(caption="BẢNG 9. NGUỒN VỐN"),
            rev=dict(caption="BẢNG 10. DOANH THU"),
            cost=dict(caption="BẢNG 11. CHI PHÍ"),
            sum=dict(caption="BẢNG 12. LỢI NHUẬN"),
            wo=dict(caption="BẢNG 13. CÓ VÀ KHÔNG CÓ PHƯƠNG ÁN")),
        plant=dict(src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)])),
    "iy08": dict(
        unit="lít", out_label="Tổng sản lượng (lít)",
        products=[("Dầu gội bồ kết thảo dược, chai 300 ml", "chai", 0.3, 82000, 20000),
                  ("Dầu xả bồ kết, chai 300 ml", "chai", 0.3, 72000, 8000),
                  ("Dầu gội bồ kết, can 5 lít cho tiệm gội", "can", 5, 750000, 300)],
        g_out=(0.10, 0.10), g_price=0.03, pr_round=100,
        hist=dict(out=[7200, 8000, 8900], price=[220000, 226000, 232000],
                  margin=[0.10, 0.11, 0.115], staff=7),
        raws=[dict(label="Quả bồ kết khô", unit="kg", norm=0.35, price=60000, dec=0,
                   rows=[("Hộ trồng bồ kết thôn Quang Lộc", [40, 40, 40], "hộ", 120)]),
              dict(label="Thảo dược phối trộn (hương nhu, vỏ bưởi, sả)", unit="kg", norm=0.6, price=15000,
                   dec=0, rows=[("Vườn thảo dược của công ty", [1.5, 1.5, 1.5], "ha", 4000),
                                ("Hộ trồng sả, hương nhu", [12, 12, 12], "hộ", 150)])],
        opts=[dict(name="Nồi nấu chiết 100 lít/mẻ", short="Nồi 100 lít", price=180, n=100, m=260,
                   run=2000, ops=1, life=10),
              dict(name="Hệ thống chiết 2 nồi × 200 lít tự động", short="Hệ thống 2 nồi", price=460,
                   n=400, m=260, run=1500, ops=1, life=12)],
        chosen=0, out_products=None,
        roles=[("Giám đốc, kế toán", [2, 2, 2], True), ("Nấu chiết, phối trộn", [2, 2, 3], True),
               ("Chiết rót, đóng gói", [3, 3, 3], True), ("Bán hàng", [2, 2, 2], True)],
        wage=6.0, g_wage=0.05,
        costs=[("raw", 0), ("raw", 1), ("pack", "Chai, vòi, can, hộp", [7000, 7000, 35000]),
               ("unit", "Chất tạo bọt gốc dừa, phụ liệu", 60000), ("run", "Điện, hơi nấu chiết"),
               ("wage", "Tiền lương"), ("share", "Bán hàng, chiết khấu đại lý", 0.10),
               ("share", "Thuế, phí", 0.015), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 60)],
        inv=[("Nồi nấu chiết 100 lít/mẻ", None, 10), ("Máy khuấy trộn, bồn chứa inox", 120, 10),
             ("Máy chiết rót, đóng nắp bán tự động", 150, 10), ("Cải tạo phòng sản xuất 150 m²", 350, 15),
             ("Thiết kế bao bì, nhãn, mã vạch", 50, 0), ("Đăng ký nhãn hiệu", 20, 0), ("Vốn lưu động", 330, 0)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng TMCP Công Thương", 600)],
        loan=[600, 450, 300], rate=0.085,
        scen=dict(kind="output", labels=["Thấp (80 %)", "Cơ sở (chọn)", "Cao (120 %)"],
                  fq=[0.8, 1, 1.2], fp=[1, 1, 1], year=0),
        short=["Dầu gội bồ kết, chai 300 ml", "Dầu xả bồ kết, chai 300 ml", "Dầu gội bồ kết, can 5 lít"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả kinh doanh 2024 – 2026"),
            raw=dict(caption="Bảng 3. Nguyên liệu thảo dược (kg)"),
            scen=dict(caption="Bảng 4. Các kịch bản sản lượng năm 2027",
                      fields=["pq", "out", "rev", "cost", "prof", "marg"]),
            prod=dict(caption="Bảng 5. Kế hoạch sản xuất", cap_label="Công suất nồi nấu chiết (lít/năm)"),
            price=dict(caption="Bảng 6. Giá bán cho đại lý"),
            staff=dict(caption="Bảng 7. Lao động và tiền lương"),
            inv=dict(caption="Bảng 8. Vốn đầu tư"),
            src=dict(caption="Bảng 9. Nguồn vốn"),
            rev=dict(caption="Bảng 10. Doanh thu"),
            cost=dict(caption="Bảng 11. Chi phí sản xuất kinh doanh"),
            sum=dict(caption="Bảng 12. Lợi nhuận"),
            wo=dict(caption="Bảng 13. So sánh với trường hợp không đầu tư", h0="Không đầu tư",
                    h1="Đầu tư (năm 2029)")),
        plant=dict(cost_total=(1, 0.91))),
    "iy09": dict(
        unit="chiếc", out_label="Tổng số sản phẩm (chiếc)",
        products=[("Khay trà gỗ mít chạm hoa sen", "chiếc", 1, 480000, 600),
                  ("Hộp đựng chè gỗ mít chạm khắc", "chiếc", 1, 240000, 1500),
                  ("Tượng linh vật gỗ mít cao 15 cm", "chiếc", 1, 190000, 1000)],
        g_out=(0.80, 0.60), g_price=0.03, pr_round=1000,
        hist=dict(out=[2300, 2550, 2800], price=[236000, 244000, 252000],
                  margin=[0.14, 0.15, 0.15], staff=5),
        raws=[dict(label="Gỗ mít, gỗ keo xẻ sấy (m³)", unit="m³", norm=0.006, price=9000000, dec=1,
                   rows=[("Xưởng xẻ gỗ Đông Lâm (lô 5 m³)", [5, 8, 12], "lô", 5),
                         ("Hộ trồng mít trong xã", [8, 8, 8], "hộ", 1.5)])],
        opts=[dict(name="Máy khắc CNC mini 1 đầu", short="CNC 1 đầu", price=180, n=18, m=280,
                   run=3000, ops=1, life=8),
              dict(name="Máy CNC 4 đầu khắc đồng thời", short="CNC 4 đầu", price=480, n=40, m=280,
                   run=2000, ops=1, life=8)],
        chosen=1, out_products=None,
        roles=[("Chủ gia đình, quản lý, bán hàng", [1, 1, 1], True), ("Thợ chạm, vận hành máy", [2, 2, 2], True),
               ("Chà nhám, sơn, hoàn thiện", [2, 2, 2], True)],
        wage=6.0, g_wage=0.05,
        costs=[("raw", 0), ("pack", "Hộp giấy, túi vải, thẻ", [25000, 12000, 10000]),
               ("unit", "Sơn PU gốc nước, giấy nhám, keo", 15000), ("run", "Điện chạy máy"),
               ("wage", "Tiền công lao động gia đình"), ("share", "Bán hàng, vận chuyển", 0.06),
               ("dep", "Khấu hao"), ("int", "Lãi vay"), ("fixed", "Chi phí khác", 20)],
        inv=[("Máy CNC 4 đầu khắc đồng thời", None, 8), ("Máy hút bụi, buồng sơn có màng lọc", 90, 8),
             ("Mở rộng xưởng 80 m²", 200, 15), ("Thiết kế mẫu, bao bì", 30, 0), ("Vốn lưu động", 200, 0)],
        src=[("Vốn tự có của gia đình", 600), ("Vay Quỹ tín dụng nhân dân", 400)],
        loan=[400, 300, 200], rate=0.09,
        scen=dict(kind="growth", labels=["Tăng 10 %/năm", "Tăng 30 %/năm", "Tăng 80 % rồi 60 % (chọn)"],
                  fq=[3751 / 8930, 5239 / 8930, 1], fp=[1, 1, 1], year=2),
        short=["Khay trà chạm hoa sen", "Hộp đựng chè chạm khắc", "Tượng linh vật 15 cm"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả làm hàng của gia đình 2024 – 2026"),
            raw=dict(caption="Bảng 3. Nguồn gỗ và nhu cầu"),
            opt=dict(caption="Bảng 4. Hai phương án máy khắc CNC",
                     n_label="Công suất (sản phẩm/ngày)", m_label="Số ngày chạy máy/năm"),
            scen=dict(caption="Bảng 5. Ba phương án tăng trưởng đến năm 2029", layout="rows",
                      first="Phương án", fields=["out", "rev", "cost", "prof", "marg"],
                      labels=dict(out="Sản phẩm năm 2029 (chiếc)", rev="Doanh thu (triệu đồng)",
                                  cost="Chi phí (triệu đồng)", prof="Lợi nhuận (triệu đồng)",
                                  marg="LN/DT (%)")),
            prod=dict(caption="Bảng 6. Kế hoạch sản phẩm", cap_label="Công suất máy CNC (chiếc/năm)"),
            price=dict(caption="Bảng 7. Giá bán"),
            staff=dict(caption="Bảng 8. Lao động gia đình"),
            inv=dict(caption="Bảng 9. Vốn đầu tư"),
            src=dict(caption="Bảng 10. Nguồn vốn"),
            rev=dict(caption="Bảng 11. Doanh thu"),
            cost=dict(caption="Bảng 12. Chi phí"),
            sum=dict(caption="Bảng 13. Tổng hợp kết quả"),
            wo=dict(caption="Bảng 14. Khi có và khi không có phương án")),
        plant=dict(profit=(1, 1.25))),
    "iy10": dict(
        unit="lít", out_label="Tổng sản lượng (lít)",
        products=[("Nước ép bưởi nguyên chất, chai 330 ml", "chai", 0.33, 27000, 55000),
                  ("Nước ép bưởi mật ong, chai 250 ml", "chai", 0.25, 24000, 24000),
                  ("Nước ép bưởi nguyên chất, chai 1 lít", "chai", 1, 65000, 5000)],
        g_out=(0.10, 0.10), g_price=0.03, pr_round=100,
        hist=dict(out=[18000, 21000, 24500], price=[68000, 70000, 72000], margin=[0.08, 0.085, 0.09], staff=6),
        raws=[dict(label="Bưởi quả", unit="kg", norm=2.6, price=8000, dec=0,
                   rows=[("Vườn bưởi của công ty", [4, 4, 4], "ha", 14000),
                         ("Hộ trồng bưởi liên kết", [30, 30, 30], "hộ", 2400)]),
              dict(label="Mật ong", unit="kg", norm=[0, 0.02, 0], price=150000, dec=0,
                   rows=[("Hộ nuôi ong (hợp đồng)", [3, 3, 3], "hộ", 300)])],
        opts=[dict(name="Dây chuyền ép, thanh trùng, chiết rót 200 lít/ngày", short="Phương án 1",
                   price=720, n=200, m=210, run=2500, ops=3, life=10),
              dict(name="Dây chuyền bán tự động 150 lít/ngày", short="Phương án 2", price=480, n=150,
                   m=210, run=3200, ops=4, life=8)],
        chosen=0, out_products=None,
        roles=[("Giám đốc, kế toán", [2, 2, 2], True), ("Sơ chế, ép, thanh trùng", [3, 3, 4], True),
               ("Chiết rót, đóng thùng", [2, 2, 2], True), ("Kinh doanh", [2, 2, 2], True)],
        wage=6.0, g_wage=0.05,
        costs=[("raw", 0), ("raw", 1), ("pack", "Chai, nắp, thùng carton", [3500, 3200, 6000]),
               ("run", "Điện, nước, hơi thanh trùng"), ("wage", "Tiền lương"),
               ("share", "Bán hàng, quảng bá", 0.08), ("share", "Thuế, phí", 0.015),
               ("dep", "Khấu hao"), ("int", "Lãi vay"), ("fixed", "Chi phí khác", 50)],
        inv=[("Dây chuyền ép, thanh trùng, chiết rót 200 lít/ngày", None, 10), ("Kho lạnh bảo quản quả 40 m³", 160, 10),
             ("Cải tạo xưởng chế biến 200 m²", 380, 15), ("Bao bì, mã vạch, kiểm nghiệm, nhãn hiệu", 60, 0),
             ("Vốn lưu động", 480, 0)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay ngân hàng thương mại", 800)],
        loan=[800, 650, 500], rate=0.085,
        scen=dict(kind="price", labels=["Giá thấp (−10 %)", "Giá cơ sở (chọn)", "Giá cao (+10 %)"],
                  fq=[1, 1, 1], fp=[0.9, 1, 1.1], year=None),
        short=["Nước ép bưởi, chai 330 ml", "Nước ép bưởi mật ong, chai 250 ml", "Nước ép bưởi, chai 1 lít"],
        tables=dict(
            hist=dict(caption="Bảng 1. Kết quả sản xuất nước ép bưởi 2024 – 2026"),
            raw=dict(caption="Bảng 2. Nguồn bưởi, mật ong và nhu cầu (kg)"),
            opt=dict(caption="Bảng 3. So sánh hai phương án dây chuyền",
                     fields=["name", "price", "n", "m", "cap", "run", "ops", "life", "dep", "use", "pick"],
                     n_label="Công suất (lít/ngày)", m_label="Số ngày chạy máy/năm"),
            scen=dict(caption="Bảng 4. Ba mức giá bán (bình quân 2027 – 2029)",
                      fields=["pp", "price", "rev", "cost", "prof", "marg", "pb"]),
            prod=dict(caption="Bảng 5. Sản lượng kế hoạch", cap_label="Công suất dây chuyền (lít/năm)"),
            price=dict(caption="Bảng 6. Giá bán theo mức giá cơ sở"),
            staff=dict(caption="Bảng 7. Lao động"),
            inv=dict(caption="Bảng 8. Tổng vốn đầu tư"),
            src=dict(caption="Bảng 9. Nguồn vốn"),
            rev=dict(caption="Bảng 10. Doanh thu"),
            cost=dict(caption="Bảng 11. Chi phí"),
            sum=dict(caption="Bảng 12. Kết quả kinh doanh", dep=True),
            wo=dict(caption="Bảng 13. So sánh có và không có dự án", h0="Không có dự án",
                    h1="Có dự án (2029)")),
        plant={}),
}


# --------------------------------------------------------------------------- the model
def model(c: dict, planted: bool = True) -> dict:
    """Every figure of a plan. planted=False gives the true figures (no planted override)."""
    P = c["products"]
    pl = c.get("plant", {}) if planted else {}
    M: dict = {}
    q = [[0] * 3 for _ in P]
    pr = [[0] * 3 for _ in P]
    for i, (_, _, _, p0, q0) in enumerate(P):
        packs = c.get("packs", {}).get(i)
        for y in range(3):
            if packs:
                q[i][y] = packs[y]
            else:
                q[i][y] = q0 if y == 0 else rq(q[i][y - 1] * (1 + c["g_out"][y - 1]))
            step = c.get("pr_round", 100)
            pr[i][y] = r0(p0 * (1 + c["g_price"]) ** y / step) * step
    M["q"], M["pr"] = q, pr
    M["out"] = [r1(sum(q[i][y] * P[i][2] for i in range(len(P)))) for y in range(3)]
    bound = c.get("out_products") or [i for i, p in enumerate(P) if p[2]]
    M["outb"] = [r1(sum(q[i][y] * P[i][2] for i in bound)) for y in range(3)]
    # revenue
    rev = [[r1(q[i][y] * pr[i][y] / 1e6) for y in range(3)] for i in range(len(P))]
    if "rev_line" in pl:
        y, i, f = pl["rev_line"]
        rev[i][y] = r1(q[i][y] * pr[i][y] / 1e6 * f)
    M["rev"] = rev
    M["revT"] = [r1(sum(rev[i][y] for i in range(len(P)))) for y in range(3)]
    # staff and wages
    M["st"] = [r[1] for r in c["roles"]]
    M["stT"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    M["stM"] = [sum(r[1][y] for r in c["roles"] if r[2]) for y in range(3)]
    M["w"] = [r2(c["wage"] * (1 + c["g_wage"]) ** y) for y in range(3)]
    M["wf"] = [r1(M["stM"][y] * M["w"][y] * 12) for y in range(3)]
    # raw materials
    M["need"], M["sup"], M["supT"], M["rawc"] = [], [], [], []
    for r in c["raws"]:
        nd = r.get("dec", 0)
        rnd = r0 if nd == 0 else r1
        if isinstance(r["norm"], list):
            need = [rnd(sum(q[i][y] * r["norm"][i] for i in range(len(P)))) for y in range(3)]
        else:
            need = [rnd(M["out"][y] * r["norm"]) for y in range(3)]
        sup = [[rnd(row[1][y] * row[3]) for y in range(3)] for row in r["rows"]]
        M["need"].append(need)
        M["sup"].append(sup)
        M["supT"].append([rnd(sum(s[y] for s in sup)) for y in range(3)])
        M["rawc"].append([r1(need[y] * r["price"] / 1e6) for y in range(3)])
    # options
    o = c["opts"]
    M["opt"] = []
    for op in o:
        cap = op["n"] * op["m"]
        M["opt"].append(dict(price=op["price"], cap=cap, run=op["run"],
                             runc=r1(M["outb"][2] * op["run"] / 1e6), dep=r1(op["price"] / op["life"]),
                             use=[r1(M["outb"][y] / cap * 100) for y in range(3)]))
    ch = M["opt"][c["chosen"]]
    M["cap"] = ch["cap"]
    M["use"] = ch["use"]
    # investment and sources
    inv = [(lab, o[c["chosen"]]["price"] if amt is None else amt, life) for lab, amt, life in c["inv"]]
    M["inv"] = [a for _, a, _ in inv]
    M["invT"] = r1(sum(M["inv"]))
    M["dep"] = r1(sum(a / life for _, a, life in inv if life))
    src = pl.get("src", c["src"])
    M["src"] = [a for _, a in src]
    M["srcT"] = r1(sum(M["src"]))
    M["srcS"] = [r1(a / M["srcT"] * 100) for a in M["src"]]
    M["int"] = [r1(c["loan"][y] * c["rate"]) for y in range(3)]
    # costs
    lines = []
    for ln in c["costs"]:
        k = ln[0]
        if k == "raw":
            v, lab, var = M["rawc"][ln[1]], c["raws"][ln[1]]["label"], "q"
        elif k == "pack":
            v = [r1(sum(q[i][y] * ln[2][i] for i in range(len(P))) / 1e6) for y in range(3)]
            lab, var = ln[1], "q"
        elif k == "unit":
            v, lab, var = [r1(M["out"][y] * ln[2] / 1e6) for y in range(3)], ln[1], "q"
        elif k == "run":
            v = [r1(M["outb"][y] * o[c["chosen"]]["run"] / 1e6) for y in range(3)]
            lab, var = ln[1], "q"
        elif k == "wage":
            v, lab, var = M["wf"], ln[1], "f"
        elif k == "share":
            v, lab, var = [r1(M["revT"][y] * ln[2]) for y in range(3)], ln[1], "r"
        elif k == "dep":
            v, lab, var = [M["dep"]] * 3, ln[1], "f"
        elif k == "int":
            v, lab, var = M["int"], ln[1], "f"
        elif k == "fixed":
            v, lab, var = [ln[2]] * 3, ln[1], "f"
        else:
            raise ValueError(k)
        lines.append((lab, v, var))
    M["lines"] = lines
    M["cT"] = [r1(sum(v[y] for _, v, _ in lines)) for y in range(3)]
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        M["cT"][y] = r1(M["cT"][y] * f)
    M["prof"] = [r1(M["revT"][y] - M["cT"][y]) for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        M["prof"][y] = r1(M["prof"][y] * f)
    M["marg"] = [r1(M["prof"][y] / M["revT"][y] * 100) for y in range(3)]
    M["pb"] = r1(M["invT"] / (sum(M["prof"]) / 3 + M["dep"]))
    if "payback" in pl:
        M["pb"] = pl["payback"]
    # history
    h = c["hist"]
    M["hO"] = h["out"]
    M["hP"] = h["price"]
    M["hR"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in range(3)]
    M["hL"] = [r1(M["hR"][y] * h["margin"][y]) for y in range(3)]
    M["hG"] = r1(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100)
    # scenarios: scaled from the plan's own (printed) figures
    s = c["scen"]
    ys = [s["year"]] if s.get("year") is not None else [0, 1, 2]
    M["sc"] = []
    for fq, fp in zip(s["fq"], s["fp"]):
        out = [M["out"][y] * fq for y in ys]
        revs = [M["revT"][y] * fq * fp for y in ys]
        cost = [sum(v[y] * (fq if var == "q" else fq * fp if var == "r" else 1) for _, v, var in lines)
                for y in ys]
        if "cost_total" in pl and pl["cost_total"][0] in ys:
            raise ValueError("scenario year holds a planted total")
        n = len(ys)
        sr, sc_ = r1(sum(revs) / n), r1(sum(cost) / n)
        sp = r1(sr - sc_)
        M["sc"].append(dict(out=r0(sum(out) / n), rev=sr, cost=sc_, prof=sp, marg=r1(sp / sr * 100),
                            price=r0(sr * 1e6 / (sum(out) / n)), pb=r1(M["invT"] / (sp + M["dep"])),
                            use=r1(M["outb"][ys[-1]] * fq / M["cap"] * 100),
                            pq=r0(fq * 100), pp=r0(fp * 100)))
    # with and without the plan
    wy = c.get("wo_year", 2)
    M["wo"] = dict(
        out=(h["out"][2], M["out"][wy]), rev=(M["hR"][2], M["revT"][wy]),
        cost=(r1(M["hR"][2] - M["hL"][2]), M["cT"][wy]), prof=(M["hL"][2], M["prof"][wy]),
        st=(h["staff"], M["stT"][wy]))
    return M


# --------------------------------------------------------------------------- tables
def _n(key, v, f):
    return (key, v, f)


def _yrs(prefix="Năm "):
    return [f"{prefix}{y}" for y in YEARS]


def tables(c: dict, M: dict) -> dict:
    """The plan's tables: tid -> dict(caption, unit, header, rows, block). A numeric cell is
    (key, value, format); a text cell is a string. c["tables"][tid] gives caption and layout."""
    P, T, U = c["products"], {}, c["unit"]
    cfg = c.get("tables", {})
    sh = c.get("short", [p[0] for p in P])

    def put(tid, header, rows, unit=None):
        if tid in cfg:
            T[tid] = dict(caption=cfg[tid]["caption"], unit=cfg[tid].get("unit", unit), header=header,
                          rows=rows, block=cfg[tid].get("block"))

    def yr(key, vals, f):
        return [_n((key, y), vals[y], f) for y in range(3)]

    # history
    hl = c.get("hist_labels", [f"Sản lượng ({U})", f"Giá bán bình quân (đồng/{U})",
                               "Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)"])
    put("hist", ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST],
        [["1", hl[0]] + yr("hO", M["hO"], "i"), ["2", hl[1]] + yr("hP", M["hP"], "i"),
         ["3", hl[2]] + yr("hR", M["hR"], "1"), ["4", hl[3]] + yr("hL", M["hL"], "1")])
    # production plan
    if "prod" in cfg:
        pc = cfg["prod"]
        rows = [[str(i + 1), sh[i], P[i][1]] + [_n(("q", i, y), M["q"][i][y], "i") for y in range(3)]
                for i in range(len(P))]
        rows.append(["", c["out_label"], ""] + yr("out", M["out"], "i"))
        if pc.get("cap", True):
            rows.append(["", pc.get("cap_label", f"Công suất thiết bị ({U}/năm)"), ""]
                        + [_n(("cap", y), M["cap"], "i") for y in range(3)])
        if pc.get("use", True):
            rows.append(["", "Sử dụng công suất (%)", ""] + yr("use", M["use"], "1"))
        if "labcap" in c:
            ri, per, days = c["labcap"]
            lab = [r0(c["roles"][ri][1][y] * per * days) for y in range(3)]
            rows.append(["", pc["lab_label"], ""] + yr("lab", lab, "i"))
        put("prod", ["TT", "Sản phẩm", "ĐVT"] + _yrs(), rows)
    # prices
    put("price", ["TT", "Sản phẩm", "ĐVT"] + _yrs(),
        [[str(i + 1), sh[i], P[i][1]] + [_n(("pr", i, y), M["pr"][i][y], "i") for y in range(3)]
         for i in range(len(P))], unit="ĐVT: đồng/đơn vị")
    # revenue
    if "rev" in cfg:
        if cfg["rev"].get("layout") == "triple":
            rows = []
            for i in range(len(P)):
                rows += [[f"{i + 1}.1", f"{sh[i]}: số lượng ({P[i][1]})"]
                         + [_n(("q", i, y), M["q"][i][y], "i") for y in range(3)],
                         [f"{i + 1}.2", f"Giá bán (đồng/{P[i][1]})"]
                         + [_n(("pr", i, y), M["pr"][i][y], "i") for y in range(3)],
                         [f"{i + 1}.3", "Doanh thu (triệu đồng)"]
                         + [_n(("rev", i, y), M["rev"][i][y], "1") for y in range(3)]]
            rows.append(["", "Tổng doanh thu (triệu đồng)"] + yr("revT", M["revT"], "1"))
            put("rev", ["TT", "Sản phẩm, chỉ tiêu"] + _yrs(), rows)
        else:
            rows = [[str(i + 1), sh[i]] + [_n(("rev", i, y), M["rev"][i][y], "1") for y in range(3)]
                    for i in range(len(P))]
            rows.append(["", "Tổng doanh thu"] + yr("revT", M["revT"], "1"))
            put("rev", ["TT", "Sản phẩm"] + _yrs(), rows, unit="ĐVT: triệu đồng")
    # raw materials
    rows = []
    for r, raw in enumerate(c["raws"]):
        f = "i" if raw.get("dec", 0) == 0 else "1"
        for j, (lab, cnt, cw, yl) in enumerate(raw["rows"]):
            ct = fn(cnt[0]) if len(set(cnt)) == 1 else f"{fn(min(cnt))}–{fn(max(cnt))}"
            rows.append([f"{r + 1}.{j + 1}", f"{lab} ({ct} {cw} × {fn(yl)} {raw['unit']})"]
                        + [_n(("sup", r, j, y), M["sup"][r][j][y], f) for y in range(3)])
        rows.append(["", f"Cộng nguồn cung {raw['label'].split(' (')[0].lower()} ({raw['unit']})"]
                    + [_n(("supT", r, y), M["supT"][r][y], f) for y in range(3)])
        if isinstance(raw["norm"], list):
            k = next(i for i, x in enumerate(raw["norm"]) if x)
            nl = f"Nhu cầu ({fn(raw['norm'][k]) if raw['norm'][k] >= 1 else _swap(str(raw['norm'][k]))} {raw['unit']}/{P[k][1]})"
        else:
            nl = f"Nhu cầu ({_swap(str(raw['norm']))} {raw['unit']}/{U})"
        rows.append(["", nl] + [_n(("need", r, y), M["need"][r][y], f) for y in range(3)])
        if cfg.get("raw", {}).get("balance", True):
            rows.append(["", "Còn dư"] + [_n(("bal", r, y), M["supT"][r][y] - M["need"][r][y], f)
                                          for y in range(3)])
    put("raw", ["TT", "Nguồn cung, nhu cầu"] + _yrs(), rows)
    # options
    if "opt" in cfg:
        oc, O = cfg["opt"], c["opts"]
        uy = oc.get("use_year", 2)
        fields = oc.get("fields", ["name", "price", "n", "m", "cap", "run", "runc", "ops", "life", "dep",
                                   "use", "pick"])
        lab = dict(name="Thiết bị, hạng mục", price="Vốn đầu tư (triệu đồng)", n=oc.get("n_label"),
                   m=oc.get("m_label"), cap=f"Công suất năm ({U}/năm)",
                   run=f"Chi phí vận hành (đồng/{U})", runc="Chi phí vận hành năm 2029 (triệu đồng)",
                   ops="Lao động vận hành (người)", life="Thời gian khấu hao (năm)",
                   dep="Khấu hao/năm (triệu đồng)", use=f"Sử dụng công suất năm {YEARS[uy]} (%)",
                   pick="Lựa chọn")
        lab.update(oc.get("labels", {}))

        def val(o, fld):
            m, op = M["opt"][o], O[o]
            return dict(name=op["name"], price=_n(("oprice", o), op["price"], "i"),
                        n=_n(("on", o), op["n"], "n"), m=_n(("om", o), op["m"], "i"),
                        cap=_n(("ocap", o), m["cap"], "i"), run=_n(("orun", o), op["run"], "i"),
                        runc=_n(("orunc", o), m["runc"], "1"), ops=_n(("oops", o), op["ops"], "i"),
                        life=_n(("olife", o), op["life"], "i"), dep=_n(("odep", o), m["dep"], "1"),
                        use=_n(("ouse", o), m["use"][uy], "1"),
                        pick=oc.get("pick", ["Chọn", "Không chọn"])[0 if o == c["chosen"] else 1])[fld]

        if oc.get("layout", "cols") == "cols":
            rows = [[lab[fld], val(0, fld), val(1, fld)] for fld in fields]
            put("opt", ["Tiêu chí", O[0]["short"], O[1]["short"]], rows)
        else:
            rows = [[O[o]["short"]] + [val(o, fld) for fld in fields] for o in range(2)]
            put("opt", [oc.get("first", "Phương án")] + [lab[fld] for fld in fields], rows)
    # scenarios
    if "scen" in cfg:
        sc, S = cfg["scen"], c["scen"]
        ylab = (f"năm {YEARS[S['year']]}" if S.get("year") is not None else "bình quân/năm")
        lab = dict(pq="Sản lượng so với kế hoạch (%)", pp="Giá bán so với giá cơ sở (%)",
                   occ="Công suất phòng bình quân (%)", out=f"Sản lượng {ylab} ({U})",
                   price=f"Giá bán bình quân (đồng/{U})", rev=f"Doanh thu {ylab} (triệu đồng)",
                   cost=f"Chi phí {ylab} (triệu đồng)", prof=f"Lợi nhuận {ylab} (triệu đồng)",
                   marg="Tỷ suất lợi nhuận/doanh thu (%)", pb="Thời gian hoàn vốn (năm)",
                   use=f"Sử dụng công suất năm {YEARS[S['year'] if S.get('year') is not None else 2]} (%)")
        lab.update(sc.get("labels", {}))
        fmt = dict(pq="i", pp="i", occ="1", out="i", price="i", rev="1", cost="1", prof="1", marg="1",
                   pb="1", use="1")

        def sv(s, fld):
            d = M["sc"][s]
            v = r1(d["out"] / M["cap"] * 100) if fld == "occ" else d[fld]
            return _n(("sc", fld, s), v, fmt[fld])

        fields = sc["fields"]
        if sc.get("layout", "cols") == "cols":
            rows = [[str(k + 1), lab[fld]] + [sv(s, fld) for s in range(3)] for k, fld in enumerate(fields)]
            put("scen", ["TT", "Chỉ tiêu"] + S["labels"], rows)
        else:
            rows = [[S["labels"][s]] + [sv(s, fld) for fld in fields] for s in range(3)]
            put("scen", [sc.get("first", "Kịch bản")] + [lab[fld] for fld in fields], rows)
    # staff
    rows = [[str(k + 1), r[0]] + [_n(("st", k, y), r[1][y], "i") for y in range(3)]
            for k, r in enumerate(c["roles"])]
    rows.append(["", "Tổng số lao động"] + yr("stT", M["stT"], "i"))
    if M["stM"] != M["stT"]:
        rows.append(["", "Trong đó hưởng lương tháng"] + yr("stM", M["stM"], "i"))
    rows.append(["", "Lương bình quân (triệu đồng/người/tháng)"] + yr("w", M["w"], "2"))
    rows.append(["", "Quỹ lương (triệu đồng/năm)"] + yr("wf", M["wf"], "1"))
    put("staff", ["TT", "Bộ phận"] + _yrs(), rows)
    # investment and sources
    inv = c["inv"]
    rows = [[str(k + 1), lab, _n(("inv", k), M["inv"][k], "i"), fi(life) if life else "–"]
            for k, (lab, _, life) in enumerate(inv)]
    rows.append(["", "Tổng vốn đầu tư", _n(("invT",), M["invT"], "i"), "–"])
    put("inv", ["TT", "Hạng mục", "Số tiền (triệu đồng)", "Khấu hao (năm)"], rows)
    src = c.get("plant", {}).get("src", c["src"])
    rows = [[str(k + 1), lab, _n(("src", k), M["src"][k], "i"), _n(("srcS", k), M["srcS"][k], "1")]
            for k, (lab, _) in enumerate(src)]
    rows.append(["", "Tổng nguồn vốn", _n(("srcT",), M["srcT"], "i"), "100,0"])
    put("src", ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows)
    # costs
    rows = [[str(k + 1), lab] + [_n(("line", k, y), v[y], "1") for y in range(3)]
            for k, (lab, v, _) in enumerate(M["lines"])]
    rows.append(["", "Tổng chi phí"] + yr("cT", M["cT"], "1"))
    put("cost", ["TT", "Khoản mục chi phí"] + _yrs(), rows, unit="ĐVT: triệu đồng")
    # summary
    rows = [["1", "Doanh thu"] + yr("sR", M["revT"], "1"), ["2", "Tổng chi phí"] + yr("sC", M["cT"], "1"),
            ["3", "Lợi nhuận"] + yr("prof", M["prof"], "1")]
    if cfg.get("sum", {}).get("dep"):
        rows.append(["4", "Khấu hao"] + [_n(("sdep", y), M["dep"], "1") for y in range(3)])
        rows.append(["5", "Lợi nhuận và khấu hao"]
                    + [_n(("pd", y), r1(M["prof"][y] + M["dep"]), "1") for y in range(3)])
    rows.append([str(len(rows) + 1), "Tỷ suất lợi nhuận/doanh thu (%)"] + yr("marg", M["marg"], "1"))
    put("sum", ["TT", "Chỉ tiêu"] + _yrs(), rows, unit="ĐVT: triệu đồng")
    # with and without
    if "wo" in cfg:
        wc, W = cfg["wo"], M["wo"]
        wy = YEARS[c.get("wo_year", 2)]
        lab = dict(out=f"Sản lượng ({U})", rev="Doanh thu (triệu đồng)", cost="Chi phí (triệu đồng)",
                   prof="Lợi nhuận (triệu đồng)", st="Lao động (người)")
        lab.update(wc.get("labels", {}))
        fmt = dict(out="i", rev="1", cost="1", prof="1", st="i")
        rows = []
        for k, fld in enumerate(wc.get("fields", ["out", "rev", "cost", "prof", "st"])):
            a, b = W[fld]
            rows.append([str(k + 1), lab[fld], _n(("wo0", fld), a, fmt[fld]), _n(("wo1", fld), b, fmt[fld]),
                         _n(("wod", fld), b - a, fmt[fld])])
        put("wo", ["TT", "Chỉ tiêu", wc.get("h0", "Không có phương án"), wc.get("h1", f"Có phương án ({wy})"),
                   "Chênh lệch"], rows)
    return T


def render(t: dict) -> str:
    """A table in the sources' Markdown (FORMAT.md)."""
    def cell(x):
        return x if isinstance(x, str) else FMT[x[2]](x[1])
    out = [t["caption"], ""]
    if t.get("block"):
        out.append(f"::: {t['block']}")
    if t.get("unit"):
        out.append(t["unit"])
    out.append("| " + " | ".join(t["header"]) + " |")
    out.append("|" + "---|" * len(t["header"]))
    for r in t["rows"]:
        out.append("| " + " | ".join(cell(x) for x in r) + " |")
    if t.get("block"):
        out.append(":::")
    return "\n".join(out)


# --------------------------------------------------------------------------- prose figures
def pct(x: float) -> str:
    return f1(x)


def facts(c: dict, M: dict) -> dict:
    """Every figure the prose may quote, formatted as the plan prints it."""
    F = {}
    for y in range(3):
        F[f"out{y}"] = fi(M["out"][y])
        F[f"rev{y}"] = f1(M["revT"][y])
        F[f"cost{y}"] = f1(M["cT"][y])
        F[f"prof{y}"] = f1(M["prof"][y])
        F[f"marg{y}"] = f1(M["marg"][y])
        F[f"use{y}"] = f1(M["use"][y])
        F[f"stT{y}"] = fi(M["stT"][y])
        F[f"w{y}"] = f2(M["w"][y])
        F[f"hO{y}"] = fi(M["hO"][y])
        F[f"hR{y}"] = f1(M["hR"][y])
        F[f"hL{y}"] = f1(M["hL"][y])
        F[f"hP{y}"] = fi(M["hP"][y])
        for i in range(len(c["products"])):
            F[f"q{i}_{y}"] = fi(M["q"][i][y])
            F[f"pr{i}_{y}"] = fi(M["pr"][i][y])
            F[f"rev{i}_{y}"] = f1(M["rev"][i][y])
        for r in range(len(c["raws"])):
            f = fi if c["raws"][r].get("dec", 0) == 0 else f1
            F[f"need{r}_{y}"] = f(M["need"][r][y])
            F[f"sup{r}_{y}"] = f(M["supT"][r][y])
            F[f"spare{r}_{y}"] = f1((M["supT"][r][y] - M["need"][r][y]) / M["need"][r][y] * 100)
        for o in range(2):
            F[f"o{o}_use{y}"] = f1(M["opt"][o]["use"][y])
    F["g0"], F["g1"] = fi(c["g_out"][0] * 100), fi(c["g_out"][1] * 100)
    F["gp"] = fi(c["g_price"] * 100)
    F["gw"] = fi(c["g_wage"] * 100)
    F["invT"] = fi(M["invT"])
    F["srcT"] = fi(M["srcT"])
    for k, a in enumerate(M["src"]):
        F[f"src{k}"] = fi(a)
    for k, a in enumerate(M["inv"]):
        F[f"inv{k}"] = fi(a)
    F["dep"] = f1(M["dep"])
    F["pb"] = f1(M["pb"])
    F["cap"] = fi(M["cap"])
    F["hG"] = f1(M["hG"])
    F["g27"] = f1((M["out"][0] / M["hO"][2] - 1) * 100)
    F["avgprof"] = f1(sum(M["prof"]) / 3)
    F["st26"] = fi(c["hist"]["staff"])
    for o, op in enumerate(c["opts"]):
        F[f"o{o}_price"] = fi(op["price"])
        F[f"o{o}_n"] = fn(op["n"])
        F[f"o{o}_m"] = fi(op["m"])
        F[f"o{o}_cap"] = fi(M["opt"][o]["cap"])
        F[f"o{o}_run"] = fi(op["run"])
        F[f"o{o}_runc"] = f1(M["opt"][o]["runc"])
        F[f"o{o}_dep"] = f1(M["opt"][o]["dep"])
        F[f"o{o}_life"] = fi(op["life"])
        F[f"o{o}_ops"] = fi(op["ops"])
    F["odiff"] = fi(abs(c["opts"][1]["price"] - c["opts"][0]["price"]))
    F["inv_other"] = fi(M["invT"] - c["opts"][c["chosen"]]["price"] + c["opts"][1 - c["chosen"]]["price"])
    F["orunc_diff"] = f1(abs(M["opt"][1]["runc"] - M["opt"][0]["runc"]))
    F["odep_diff"] = f1(abs(M["opt"][1]["dep"] - M["opt"][0]["dep"]))
    F["ocap_diff"] = fi(abs(M["opt"][1]["cap"] - M["opt"][0]["cap"]))
    S = c["scen"]
    for s, fq in enumerate(S["fq"]):
        yy = S["year"] if S.get("year") is not None else 2
        for r in range(len(c["raws"])):
            f = fi if c["raws"][r].get("dec", 0) == 0 else f1
            F[f"sc{s}_need{r}"] = f(M["need"][r][yy] * fq)
        F[f"sc{s}_outy"] = fi(M["outb"][yy] * fq)
    for s, d in enumerate(M["sc"]):
        for k in ("out", "price", "pq", "pp"):
            F[f"sc{s}_{k}"] = fi(d[k])
        for k in ("rev", "cost", "prof", "marg", "pb", "use"):
            F[f"sc{s}_{k}"] = f1(d[k])
        F[f"sc{s}_occ"] = f1(d["out"] / M["cap"] * 100)
    for fld, (a, b) in M["wo"].items():
        f = fi if fld in ("out", "st") else f1
        F[f"wo0_{fld}"], F[f"wo1_{fld}"], F[f"wod_{fld}"] = f(a), f(b), f(b - a)
        if a:
            F[f"wop_{fld}"] = f1((b - a) / a * 100)
    return F


# --------------------------------------------------------------------------- reading a plan back
class Plan(plancheck.Plan):
    src = HERE / "src"


_CAP = re.compile(r"^(?:\*\*)?((?:Bảng|BẢNG) \d+[a-z]?\..*?)(?:\*\*)?$")


def md_tables(body: str) -> dict:
    """caption -> rows (lists of cells, header first) of every captioned table in the plan."""
    out, cur = {}, None
    for line in body.splitlines():
        s = line.strip()
        m = _CAP.match(s)
        if m:
            cur = m.group(1).strip()
            out[cur] = []
        elif s.startswith("|"):
            if cur is not None and not re.fullmatch(r"\|(\s*-+\s*\|)+", s):
                out[cur].append([x.strip() for x in s.strip("|").split("|")])
        elif s and not s.startswith(":::") and not s.startswith("ĐVT") and cur is not None and out[cur]:
            cur = None
    return out


def _num(s: str):
    s = s.replace("−", "-").strip()
    return vn(s) if re.fullmatch(r"-?[\d.]+(,\d+)?", s) else None


def _same(a: float, b: float, tol: float = 0.01, floor: float = 0.15) -> bool:
    return abs(a - b) <= max(tol * max(abs(a), abs(b)), floor)


def read_tables(p: Plan, c: dict, M: dict) -> dict:
    """Compare every table cell with the model; return the values as printed, by key."""
    V: dict = {}
    found = md_tables(p.body)
    for tid, t in tables(c, M).items():
        rows = found.get(t["caption"])
        if rows is None:
            p.failures.append(f"table not found: {t['caption']}")
            continue
        want = [t["header"]] + t["rows"]
        if len(rows) != len(want):
            p.failures.append(f"{tid}: {len(rows)} rows, model {len(want)}")
            continue
        for r, (got, exp) in enumerate(zip(rows, want)):
            if len(got) != len(exp):
                p.failures.append(f"{tid} row {r}: {len(got)} cells, model {len(exp)}")
                continue
            for g, e in zip(got, exp):
                if isinstance(e, str):
                    if g != e:
                        p.failures.append(f"{tid} row {r}: {g!r} != {e!r}")
                    continue
                v = _num(g)
                if v is None or not _same(v, e[1]):
                    p.failures.append(f"{tid} row {r}: {g!r} != model {e[1]} ({e[0]})")
                    continue
                V[e[0]] = v
    return V


def relations(c: dict, V: dict, pb: float) -> list:
    """(id, printed, recomputed) for every relation whose figures the plan prints; ('<=', a, b)
    pairs are bounds."""
    P, R = c["products"], []
    g = V.get
    bound = c.get("out_products") or [i for i, x in enumerate(P) if x[2]]

    def eq(rid, a, b):
        if a is not None and b is not None:
            R.append((rid, "=", a, b))

    def le(rid, a, b):
        if a is not None and b is not None:
            R.append((rid, "<=", a, b))

    def allv(*keys):
        vals = [g(k) for k in keys]
        return None if any(v is None for v in vals) else vals

    for y in range(3):
        eq(f"hR:{y}", g(("hR", y)), (g(("hO", y)) or 0) * (g(("hP", y)) or 0) / 1e6 if g(("hO", y)) else None)
        for i in range(len(P)):
            v = allv(("q", i, y), ("pr", i, y))
            if v:
                eq(f"rev:{i}:{y}", g(("rev", i, y)), v[0] * v[1] / 1e6)
        revs = allv(*[("rev", i, y) for i in range(len(P))])
        if revs:
            eq(f"revT:{y}", g(("revT", y)), sum(revs))
        qs = allv(*[("q", i, y) for i in range(len(P))])
        outb = None
        if qs:
            eq(f"out:{y}", g(("out", y)), sum(qs[i] * P[i][2] for i in range(len(P))))
            outb = sum(qs[i] * P[i][2] for i in bound)
        cap = g(("cap", y)) or g(("ocap", c["chosen"]))
        if outb is not None and cap:
            eq(f"use:{y}", g(("use", y)), outb / cap * 100)
            le(f"capok:{y}", outb, cap)
        if "labcap" in c and g(("lab", y)) is not None:
            ri, per, days = c["labcap"]
            eq(f"lab:{y}", g(("lab", y)), (g(("st", ri, y)) or c["roles"][ri][1][y]) * per * days)
            if qs:
                le(f"labok:{y}", sum(qs), g(("lab", y)))
        for r, raw in enumerate(c["raws"]):
            sups = []
            for j, row in enumerate(raw["rows"]):
                eq(f"sup:{r}:{j}:{y}", g(("sup", r, j, y)), row[1][y] * row[3])
                sups.append(g(("sup", r, j, y)))
            if None not in sups:
                eq(f"supT:{r}:{y}", g(("supT", r, y)), sum(sups))
            if isinstance(raw["norm"], list):
                need = sum(qs[i] * raw["norm"][i] for i in range(len(P))) if qs else None
            else:
                need = g(("out", y)) * raw["norm"] if g(("out", y)) is not None else None
            eq(f"need:{r}:{y}", g(("need", r, y)), need)
            v = allv(("supT", r, y), ("need", r, y))
            if v:
                eq(f"bal:{r}:{y}", g(("bal", r, y)), v[0] - v[1])
                le(f"rawok:{r}:{y}", v[1], v[0])
        sts = allv(*[("st", k, y) for k in range(len(c["roles"]))])
        if sts:
            eq(f"stT:{y}", g(("stT", y)), sum(sts))
            stm = sum(s for s, r in zip(sts, c["roles"]) if r[2])
            if g(("stM", y)) is not None:
                eq(f"stM:{y}", g(("stM", y)), stm)
            eq(f"w:{y}", g(("w", y)), c["wage"] * (1 + c["g_wage"]) ** y)
            if g(("w", y)) is not None:
                eq(f"wf:{y}", g(("wf", y)), stm * g(("w", y)) * 12)
        # cost lines
        lines = []
        for k, ln in enumerate(c["costs"]):
            v = g(("line", k, y))
            lines.append(v)
            kind = ln[0]
            if kind == "raw":
                n = g(("need", ln[1], y))
                eq(f"line:{k}:{y}", v, n * c["raws"][ln[1]]["price"] / 1e6 if n is not None else None)
            elif kind == "pack" and qs:
                eq(f"line:{k}:{y}", v, sum(qs[i] * ln[2][i] for i in range(len(P))) / 1e6)
            elif kind == "unit" and g(("out", y)) is not None:
                eq(f"line:{k}:{y}", v, g(("out", y)) * ln[2] / 1e6)
            elif kind == "run" and outb is not None:
                eq(f"line:{k}:{y}", v, outb * c["opts"][c["chosen"]]["run"] / 1e6)
            elif kind == "wage":
                eq(f"line:{k}:{y}", v, g(("wf", y)))
            elif kind == "share" and g(("revT", y)) is not None:
                eq(f"line:{k}:{y}", v, g(("revT", y)) * ln[2])
            elif kind == "dep":
                invs = allv(*[("inv", j) for j in range(len(c["inv"]))])
                if invs:
                    eq(f"line:{k}:{y}", v, sum(a / it[2] for a, it in zip(invs, c["inv"]) if it[2]))
            elif kind == "int":
                eq(f"line:{k}:{y}", v, c["loan"][y] * c["rate"])
            elif kind == "fixed":
                eq(f"line:{k}:{y}", v, ln[2])
        if None not in lines:
            eq(f"cT:{y}", g(("cT", y)), sum(lines))
        eq(f"sR:{y}", g(("sR", y)), g(("revT", y)))
        eq(f"sC:{y}", g(("sC", y)), g(("cT", y)))
        v = allv(("sR", y), ("sC", y))
        if v:
            eq(f"prof:{y}", g(("prof", y)), v[0] - v[1])
        v = allv(("prof", y), ("sR", y))
        if v:
            eq(f"marg:{y}", g(("marg", y)), v[0] / v[1] * 100)
        v = allv(("prof", y), ("sdep", y))
        if v:
            eq(f"pd:{y}", g(("pd", y)), v[0] + v[1])
    invs = allv(*[("inv", j) for j in range(len(c["inv"]))])
    if invs:
        eq("invT", g(("invT",)), sum(invs))
        j = next(j for j, it in enumerate(c["inv"]) if it[1] is None)
        eq("optinv", invs[j], c["opts"][c["chosen"]]["price"])
    srcs = [g(("src", k)) for k in range(len(c.get("plant", {}).get("src", c["src"])))]
    if None not in srcs:
        eq("srcT", g(("srcT",)), sum(srcs))
        for k, a in enumerate(srcs):
            eq(f"srcS:{k}", g(("srcS", k)), a / sum(srcs) * 100)
    eq("src=inv", g(("srcT",)), g(("invT",)))
    dep = next((g(("line", k, 0)) for k, ln in enumerate(c["costs"]) if ln[0] == "dep"), None)
    profs = allv(*[("prof", y) for y in range(3)])
    if profs and dep is not None and g(("invT",)) is not None:
        eq("pb", pb, g(("invT",)) / (sum(profs) / 3 + dep))
    # options
    for o, op in enumerate(c["opts"]):
        v = allv(("on", o), ("om", o))
        if v:
            eq(f"ocap:{o}", g(("ocap", o)), v[0] * v[1])
        v = allv(("oprice", o), ("olife", o))
        if v:
            eq(f"odep:{o}", g(("odep", o)), v[0] / v[1])
        qs = allv(*[("q", i, 2) for i in range(len(P))])
        if qs and g(("orunc", o)) is not None:
            eq(f"orunc:{o}", g(("orunc", o)), sum(qs[i] * P[i][2] for i in bound) * op["run"] / 1e6)
        uy = c.get("tables", {}).get("opt", {}).get("use_year", 2)
        qs = allv(*[("q", i, uy) for i in range(len(P))])
        if qs and g(("ouse", o)) is not None:
            eq(f"ouse:{o}", g(("ouse", o)), sum(qs[i] * P[i][2] for i in bound) / op["n"] / op["m"] * 100)
    # scenarios
    S = c["scen"]
    ys = [S["year"]] if S.get("year") is not None else [0, 1, 2]
    for s in range(3):
        fq, fp = S["fq"][s], S["fp"][s]
        out = [g(("out", y)) for y in ys]
        if None not in out:
            eq(f"sc:out:{s}", g(("sc", "out", s)), sum(out) / len(ys) * fq)
        v = allv(("sc", "out", s), ("sc", "price", s))
        if v:
            eq(f"sc:rev:{s}", g(("sc", "rev", s)), v[0] * v[1] / 1e6)
        rv = [g(("revT", y)) for y in ys]
        if None not in rv:
            eq(f"sc:rev2:{s}", g(("sc", "rev", s)), sum(rv) / len(ys) * fq * fp)
        cs = []
        for y in ys:
            for k, ln in enumerate(c["costs"]):
                v = g(("line", k, y))
                if v is None:
                    cs = None
                    break
                var = {"raw": "q", "pack": "q", "unit": "q", "run": "q", "share": "r"}.get(ln[0], "f")
                cs.append(v * (fq if var == "q" else fq * fp if var == "r" else 1))
            if cs is None:
                break
        if cs is not None:
            eq(f"sc:cost:{s}", g(("sc", "cost", s)), sum(cs) / len(ys))
        v = allv(("sc", "rev", s), ("sc", "cost", s))
        if v:
            eq(f"sc:prof:{s}", g(("sc", "prof", s)), v[0] - v[1])
        v = allv(("sc", "prof", s), ("sc", "rev", s))
        if v:
            eq(f"sc:marg:{s}", g(("sc", "marg", s)), v[0] / v[1] * 100)
        v = allv(("sc", "prof", s), ("invT",))
        if v and dep is not None:
            eq(f"sc:pb:{s}", g(("sc", "pb", s)), v[1] / (v[0] + dep))
        cap = c["opts"][c["chosen"]]["n"] * c["opts"][c["chosen"]]["m"]
        if g(("sc", "occ", s)) is not None:
            eq(f"sc:occ:{s}", g(("sc", "occ", s)), g(("sc", "out", s)) / cap * 100)
        if g(("sc", "use", s)) is not None and g(("out", ys[-1])) is not None:
            qs = allv(*[("q", i, ys[-1]) for i in range(len(P))])
            if qs:
                eq(f"sc:use:{s}", g(("sc", "use", s)), sum(qs[i] * P[i][2] for i in bound) * fq / cap * 100)
    # with and without the plan
    wy = c.get("wo_year", 2)
    h = c["hist"]
    eq("wo0:out", g(("wo0", "out")), h["out"][2])
    eq("wo0:rev", g(("wo0", "rev")), g(("hR", 2)))
    eq("wo0:prof", g(("wo0", "prof")), g(("hL", 2)))
    v = allv(("wo0", "rev"), ("wo0", "prof"))
    if v:
        eq("wo0:cost", g(("wo0", "cost")), v[0] - v[1])
    eq("wo0:st", g(("wo0", "st")), h["staff"])
    for fld, key in (("out", ("out", wy)), ("rev", ("revT", wy)), ("cost", ("cT", wy)),
                     ("prof", ("prof", wy)), ("st", ("stT", wy))):
        eq(f"wo1:{fld}", g(("wo1", fld)), g(key))
        v = allv(("wo0", fld), ("wo1", fld))
        if v:
            eq(f"wod:{fld}", g(("wod", fld)), v[1] - v[0])
    return R


def _holds(r) -> bool:
    _, op, a, b = r
    return a <= b * 1.0001 if op == "<=" else _same(a, b)


# --------------------------------------------------------------------------- per-plan words
READY_HAS = ["148/QĐ-TTg", "1489/QĐ-TTg"]
# stem prefix -> words that must stand in the plan / patterns that must not (what they show)
WORDS: dict[str, dict] = {
    "iy01": dict(has=["Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HL", "tự công bố",
                      "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Nhãn hiệu", "mã QR",
                      "bể tự hoại", "Giấy chứng nhận đăng ký doanh nghiệp", "quyền sử dụng đất"]),
    "iy02": dict(has=["Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2027/PĐ", "tự công bố",
                      "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "không ghi công dụng chữa bệnh",
                      "Giấy chứng nhận đăng ký hợp tác xã", "18 thành viên chính thức", "quyền sử dụng đất"]),
    "iy03": dict(has=["không phải thực phẩm", "TCCS 01:2026/TA", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Nhãn hiệu",
                      "đăng ký hoạt động với Ủy ban nhân dân xã", "mã số thuế", "hợp đồng có công chứng"]),
    "iy04": dict(has=["Giấy chứng nhận đăng ký hộ kinh doanh", "đủ điều kiện an toàn thực phẩm", "an ninh, trật tự",
                      "phương án chữa cháy", "TCVN 7800:2017", "Nhãn hiệu", "bể tự hoại", "quyền sử dụng đất"]),
    "iy05": dict(has=["đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/TL", "tự công bố", "QCVN 6-3:2010/BYT",
                      "29 % vol", "44/2019/QH14", "Nhãn hiệu", "đăng ký môi trường", "biogas",
                      "đủ đáp ứng kế hoạch sản xuất", "được giữ ổn định suốt giai đoạn"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "an alcohol licence")]),
    "iy06": dict(has=["đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/TK", "tự công bố", "Nhãn hiệu",
                      "bảo đảm đủ cho kế hoạch sản xuất"],
                 lacks=[(r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|bể lắng|biogas|\brác\b|ô nhiễm|vệ sinh",
                         "an environmental measure"), (r"Còn dư|Chênh lệch nguồn", "a balance row")]),
    "iy07": dict(has=["hiện có 260 đàn", "giữ nguyên 200 đàn", "bảo đảm đủ vốn", "đủ điều kiện an toàn thực phẩm",
                      "TCCS 01:2025/KG", "tự công bố", "Nhãn hiệu", "hố thấm"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn|mã lô|số lô", "a label")]),
    "iy08": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Hương Sơn",
                      "đủ điều kiện sản xuất mỹ phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "đăng ký môi trường"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "a product standard"),
                        (r"148/QĐ-TTg|1489", "the current OCOP decisions")]),
    "iy09": dict(has=["Giữ nguyên 5 lao động", "còn rất lớn", "hóa đơn", "Nhãn hiệu", "Máy hút bụi", "TCCS 01:2026/KT"],
                 lacks=[(r"đăng ký kinh doanh|hộ kinh doanh|doanh nghiệp|hợp tác xã|mã số thuế|"
                         r"Giấy chứng nhận đăng ký|tổ hợp tác", "a registration")]),
    "iy10": dict(has=["[tên sản phẩm]", "Website: ……", "TCCS 01:2026/PTX", "tự công bố", "43/2017/NĐ-CP",
                      "nhãn hiệu", "đăng ký môi trường", "mã QR"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết|HACCP", "a food-safety paper"),
                        (r"đại lý|siêu thị|cửa hàng|nhà phân phối|thương mại điện tử|trực tuyến|online|Facebook|"
                         r"Zalo|Shopee|khách hàng|\bquán\b", "a sales channel")]),
}
# stem prefix -> the prose figures the generator quoted (facts() names)
# PROSE-BEGIN
PROSE: dict[str, list] = {
    "iy01": ["st26", "out0", "g0", "g1", "out2", "rev0", "rev2", "prof2", "stT2", "w2", "hG", "gp",
        "spare0_2", "spare1_2", "o0_price", "o0_n", "o0_cap", "o0_m", "o1_price", "o1_n", "o1_cap",
        "o1_run", "o0_run", "orunc_diff", "odiff", "odep_diff", "o1_use2", "use2", "sc0_prof",
        "sc0_pb", "sc2_outy", "sc2_use", "sc2_need1", "sup1_2", "w0", "gw", "invT", "inv0", "src1",
        "avgprof", "dep", "pb", "wo0_out", "wo0_prof", "wod_out", "wod_prof", "wod_st"],
    "iy02": ["gp", "out0", "g0", "out2", "rev0", "rev2", "stT2", "hG", "o0_price", "o0_n", "o0_m",
        "o0_run", "o0_life", "o1_price", "odiff", "o1_n", "o1_run", "o1_life", "orunc_diff",
        "use2", "w0", "gw", "invT", "src2", "avgprof", "dep", "pb", "sc0_prof", "sc0_pb",
        "wo0_out", "wo0_rev", "wo0_prof", "wo1_out", "wod_out", "wo1_rev", "wo1_prof", "wod_prof",
        "wo0_st", "wo1_st"],
    "iy03": ["out0", "g0", "out2", "rev2", "prof2", "hG", "gp", "o0_price", "o0_n", "o1_price",
        "o1_n", "odiff", "o0_use2", "orunc_diff", "use2", "sc2_need0", "sup0_2", "o0_cap",
        "sc0_prof", "w0", "gw", "invT", "inv0", "inv1", "avgprof", "dep", "pb", "wo0_out",
        "wo0_prof", "wod_prof", "wod_st", "stT2"],
    "iy04": ["st26", "out0", "g0", "g1", "out2", "use2", "rev0", "rev2", "stT2", "hO2", "hP2",
        "gp", "o0_n", "o0_price", "o1_price", "ocap_diff", "odiff", "odep_diff", "o1_use2",
        "sc0_prof", "sc0_pb", "sc2_pb", "w0", "gw", "invT", "inv0", "src1", "avgprof", "dep", "pb",
        "wo0_out", "wod_out", "wod_prof", "wod_st"],
    "iy05": ["st26", "out0", "g0", "out2", "rev2", "stT0", "hG", "gp", "o0_n", "o0_price", "o1_n",
        "o1_price", "odiff", "o1_use0", "sc2_use", "sc0_prof", "w0", "gw", "invT", "inv0", "inv1",
        "src1", "pb", "wo0_out", "wod_out", "wod_prof"],
    "iy06": ["st26", "out0", "g0", "out2", "rev0", "rev2", "hG", "gp", "o0_m", "o0_price", "o1_m",
        "o1_price", "odiff", "orunc_diff", "use2", "sc0_prof", "w0", "gw", "invT", "inv0", "inv1",
        "src1", "avgprof", "dep", "pb", "wo0_out", "wo0_prof", "wop_out", "wod_prof", "stT2", "w2"],
    "iy07": ["st26", "out0", "g0", "out2", "rev0", "rev2", "hG", "gp", "o0_price", "o1_price",
        "inv_other", "o1_use2", "odep_diff", "use2", "sc2_need0", "sup0_2", "sc0_prof", "w0", "gw",
        "invT", "inv0", "inv1", "srcT", "src1", "avgprof", "dep", "pb", "wo0_out", "wo0_prof",
        "wod_prof"],
    "iy08": ["st26", "out0", "g0", "out2", "rev2", "gp", "o0_price", "o0_m", "o0_cap", "o0_run",
        "o0_life", "o0_dep", "o1_price", "o1_cap", "o1_run", "o1_dep", "inv_other", "o0_use2",
        "o1_use2", "orunc_diff", "sc0_prof", "w0", "gw", "invT", "src1", "avgprof", "dep", "pb",
        "wo0_out", "wod_out", "wod_prof", "stT2"],
    "iy09": ["out0", "g0", "g1", "out2", "rev2", "hG", "o0_price", "o0_cap", "o0_use2", "o1_price",
        "o1_cap", "use2", "gp", "w0", "gw", "invT", "inv0", "inv2", "pb", "wo0_out", "wo0_prof",
        "wod_out", "wod_prof"],
    "iy10": ["st26", "out0", "g0", "out2", "rev0", "rev2", "need0_2", "hG", "o0_n", "o1_n",
        "odiff", "o1_cap", "o1_use2", "orunc_diff", "use2", "sc0_prof", "w0", "gw", "invT", "inv0",
        "src1", "avgprof", "dep", "pb", "wo0_out", "wo0_prof", "wop_out", "wod_prof", "stT2"],
}
# PROSE-END
# stem prefix -> relations the planted defects break (everything else must hold)
FAILS: dict[str, set] = {
    "iy05": {"capok:1", "capok:2", "pb"},
    "iy06": {"rev:0:1", "rawok:0:1", "rawok:0:2"},
    "iy07": {"src=inv"},
    "iy08": {"cT:1"},
    "iy09": {"prof:1"},
}
# plans whose 2027 output may jump more than 25 % over 2026 (new rooms) / margin may pass 40 %
JUMP_OK = {"iy04", "iy09"}
MARGIN_OK = {"iy09"}
GROWTH_OK = {"iy09"}
READY = ("iy01", "iy02", "iy03", "iy04")


def stem_of(key: str) -> str:
    found = sorted(HERE.glob(f"src/{key}_*.md"))
    if len(found) != 1:
        raise SystemExit(f"no single source for {key}: {found}")
    return found[0].stem


def check_full(key: str) -> Plan:
    c = PLANS[key]
    p = Plan(stem_of(key))
    M, T = model(c), model(c, planted=False)
    V = read_tables(p, c, M)
    # prose figures (outside the tables)
    F = facts(c, M)
    prose = "\n".join(ln for ln in p.body.splitlines() if not ln.strip().startswith("|"))
    for name in PROSE.get(key, []):
        if F[name] not in prose:
            p.failures.append(f"prose figure {name} = {F[name]!r} not in the text")
    pbs = re.findall(r"[Tt]hời gian hoàn vốn[^\n]*?(\d+,\d)\s*năm", prose)
    pb = vn(pbs[0]) if pbs else None
    p.check(pb is not None and close(pb, M["pb"]), f"payback in the text {pbs} vs model {M['pb']}")
    # relations on the printed numbers
    fails = FAILS.get(key, set())
    seen = set()
    for rel in relations(c, V, pb):
        rid = rel[0]
        seen.add(rid)
        if _holds(rel) == (rid in fails):
            what = "holds although planted" if rid in fails else "does not hold"
            p.failures.append(f"{rid} {what}: printed {rel[2]:.2f} vs {rel[3]:.2f}")
    for rid in fails - seen:
        p.failures.append(f"planted relation {rid} not checked (figures not printed)")
    # realism of the true plan (planted defects aside)
    for y in range(3):
        if key not in MARGIN_OK and not 0 < T["marg"][y] <= 40:
            p.failures.append(f"true margin {YEARS[y]} {T['marg'][y]} %")
        if y and key not in GROWTH_OK and T["revT"][y] / T["revT"][y - 1] > 1.35:
            p.failures.append(f"true revenue growth {YEARS[y]} over 35 %")
    if key not in JUMP_OK and M["out"][0] > 1.25 * c["hist"]["out"][2]:
        p.failures.append("2027 output more than 25 % over 2026")
    if key in READY:
        for y in range(3):
            if M["use"][y] > 90:
                p.failures.append(f"ready plan uses {M['use'][y]} % of capacity in {YEARS[y]}")
            for r in range(len(c["raws"])):
                if M["supT"][r][y] < 1.05 * M["need"][r][y]:
                    p.failures.append(f"ready plan: raw {r} {YEARS[y]} spare under 5 %")
        p.has(*READY_HAS)
        p.lacks(REPLACED, "replaced instrument in a ready plan")
        for d in re.findall(r"(?:đến|hết hạn|hiệu lực đến)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/(\d{4})", p.body):
            if int(d) < 2030:
                p.failures.append(f"ready plan: a paper ends in {d}")
    if key != "iy10":
        p.lacks(PLACEHOLDER, "template placeholder")
    w = WORDS.get(key, {})
    p.has(*w.get("has", []))
    for pat, what in w.get("lacks", []):
        p.lacks(pat, what)
    planted_checks(key, p, c, M, T, V)
    return p


def planted_checks(key, p, c, M, T, V):
    """Each planted numeric defect wrong by more than 5 %, the true value beside it."""
    def wrong(printed, true, what):
        p.check(off(printed, true), f"{what}: printed {printed} is within 5 % of the true {true}")
    if key == "iy05":
        wrong(M["pb"], T["pb"], "payback (true 950 : (avg profit + dep))")
        p.check(M["pb"] == 2.1 and T["pb"] == 2.8, f"iy05 payback {M['pb']} / {T['pb']}")
        wrong(M["out"][2], M["cap"], "2029 output vs the chosen still's capacity")
        p.check(M["out"][2] > M["cap"] * 1.05, "iy05 2029 output not over capacity")
    if key == "iy06":
        q, pr = M["q"][0][1], M["pr"][0][1]
        wrong(M["rev"][0][1], r1(q * pr / 1e6), "2028 revenue line (packs x price)")
        wrong(M["need"][0][2], M["supT"][0][2], "2029 fish need vs supply")
        p.check(M["need"][0][2] > M["supT"][0][2] * 1.05, "iy06 fish need not over supply")
    if key == "iy07":
        wrong(M["srcT"], M["invT"], "sources vs investment")
        p.check(T["srcT"] == T["invT"], "iy07 true sources")
        p.has("260 đàn")
        wrong(260, c["raws"][0]["rows"][0][1][0], "hives in the text vs the table")
    if key == "iy08":
        true_total = r1(sum(v[1] for _, v, _ in M["lines"]))
        wrong(M["cT"][1], true_total, "2028 cost total vs its lines")
    if key == "iy10":
        p.check(re.search(PLACEHOLDER, p.body) is not None, "iy10 placeholder missing")
        m = re.search(r"^# VII\. THỊ TRƯỜNG\n(.*?)^# VIII\.", p.body, re.S | re.M)
        p.check(m is not None and not re.search(r"\d\s*đồng", m.group(1)), "iy10 market part names a price")
    if key == "iy09":
        wrong(M["prof"][1], r1(M["revT"][1] - M["cT"][1]), "2028 profit vs revenue - cost")
        p.check(M["out"][1] / M["out"][0] > 1.5 and M["out"][2] / M["out"][1] > 1.5,
                "iy09 growth not above 50 %/year")
        p.check(M["stT"][0] == M["stT"][2] == c["hist"]["staff"], "iy09 staff not constant")


# --------------------------------------------------------------------------- sketchy plans
SKETCHY = {
    "iy11": dict(words=(150, 350),
                 figures=["3.000 chai/năm", "25.000 đồng/chai", "75 triệu đồng", "150 triệu đồng",
                          "15 triệu đồng", "40 triệu đồng", "5.000 chai"],
                 sums=[(3000 * 25000, 75e6)],
                 lacks=[(r"an toàn thực phẩm|ATTP|tự công bố|tiêu chuẩn|nhãn hiệu|truy xuất|môi trường|"
                         r"siêu thị|đại lý|cửa hàng", "a paper or channel the sketchy plan lacks")]),
    "iy12": dict(words=(150, 350),
                 figures=["1 ha", "600 kg", "200.000 đồng/kg", "120 triệu đồng", "800 kg", "500 kg",
                          "80 triệu đồng"],
                 sums=[(600 * 200000, 120e6)],
                 lacks=[(r"đăng ký|an toàn thực phẩm|ATTP|tự công bố|tiêu chuẩn|nhãn hiệu|truy xuất|"
                         r"môi trường|siêu thị|đại lý|cửa hàng|hộ kinh doanh", "a paper or channel the sketchy plan lacks")]),
}


def check_sketchy(key: str) -> Plan:
    p = Plan(stem_of(key))
    s = SKETCHY[key]
    n = len(re.findall(r"\w+", re.sub(r"^#+", "", p.body, flags=re.M)))
    p.check(s["words"][0] <= n <= s["words"][1], f"{n} words")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*s["figures"])
    for a, b in s.get("sums", []):
        p.check(close(a, b), f"sketchy figures do not agree: {a} vs {b}")
    for pat, what in s.get("lacks", []):
        p.lacks(pat, what)
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if not a.startswith("-")] or sorted(list(PLANS) + list(SKETCHY))
    plans = []
    for k in keys:
        k = k[:4]
        plans.append(check_sketchy(k) if k in SKETCHY else check_full(k))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
