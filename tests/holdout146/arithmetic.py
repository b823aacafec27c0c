"""The 146th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout146/arithmetic.py

For every full plan (eq01-eq10) the constants give the products (pack size, price, pack cost,
packs per year), the 2024-2026 history, raw-material norms, prices and supply, equipment capacity,
staff by role and wage, energy rate, investment items and capital sources, loan balances and
rate, selling / tax / excise shares and a fixed line. From them this script recomputes output,
revenue lines, need against supply, output against capacity x working days, staff totals,
investment and sources, depreciation, interest, every cost line, the cost total, profit, margin,
growth and payback = investment / (average profit + depreciation). Each figure is then read back
from the plan's source (tables found by their caption "Bảng N.") and compared: planted numeric
defects must be wrong by more than 5 % (the true value is computed beside them), every other
number right within 1 %. Textual defects (no environmental measure, no alcohol licence, no
food-safety paper, no product standard, no label, replaced instruments, another producer's name,
a template placeholder, a hollow process section, a second head count) are asserted through the
presence or absence of their words. Theme checks: the two concise ready plans (eq01, eq02) stay
short but carry figures in every section; the two sketchy plans (eq11, eq12) are long (700-1.000
words) with hardly a figure.
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

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# product: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output, average price đ per base unit) for 2024, 2025, 2026
# raw: (label, unit, norm per base unit, price đ per unit); supply of the first raw: (own, contract)
# cap: (base units per day, working days); roles: (label, staff per year); wage: triệu/người/tháng
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "eq01": dict(
        unit="kg",
        products=[("Bánh ram nhân tôm thịt, hộp 10 chiếc 350 g", "hộp", 0.35, 60000, 4000, [34000, 37000, 40000]),
                  ("Bánh ram chay, túi 1 kg", "túi", 1, 150000, 2500, [3000, 3300, 3600])],
        hist=[(11200, 158000), (12300, 160000), (13400, 163000)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 0.55, 28000), ("Nhân tôm đất, thịt lợn", "kg", 0.2, 150000),
              ("Dầu lạc chiên bánh", "lít", 0.12, 45000)],
        supply=([4000] * 3, [6000] * 3), cap=(80, 270),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Làm nhân, cán vỏ, cuốn bánh", [5, 5, 6]),
               ("Chiên, cấp đông, đóng gói", [2, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.5, energy=3000,
        inv=[("Máy cán vỏ bánh và bàn cuốn inox", 180, True), ("Nồi chiên tách dầu 2 ngăn", 120, True),
             ("Tủ cấp đông 1.000 lít và kho lạnh 12 m³", 200, True),
             ("Thiết kế bao bì, tem truy xuất, mã vạch", 40, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=8, loan=[400, 280, 160], rate=0.08, sell=0.05, tax=0.015, excise=0.0, other=60),
    "eq02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 180000, 9000, [5000, 5500, 6000]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 330000, 14000, [1200, 1300, 1400])],
        hist=[(2900, 330000), (3100, 335000), (3300, 340000)],
        raws=[("Mật ong thô", "kg", 1.04, 110000)],
        supply=([300 * 12] * 3, [1500] * 3), cap=(30, 200),
        roles=[("Chủ hộ, ghi sổ", [1, 1, 1]), ("Nuôi ong, quay mật", [3, 3, 3]), ("Lọc, đóng chai, bán hàng", [2, 2, 2])],
        wage=5.0, energy=2000,
        inv=[("Máy hạ thủy phần mật ong 50 kg/mẻ", 160, True), ("Máy quay mật và bồn lắng inox", 70, True),
             ("Phòng lọc, đóng chai 24 m²", 90, True), ("Bổ sung 60 thùng ong giống", 60, True),
             ("Bao bì, tem, kiểm nghiệm", 30, False), ("Vốn lưu động", 90, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, excise=0.0, other=40),
    "eq03": dict(
        unit="lít",
        products=[("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, 190000, 13000, [14000, 15000, 16000]),
                  ("Rượu sim ngâm nếp 35 độ, bình sứ 1,5 lít", "bình", 1.5, 520000, 45000, [1000, 1100, 1200])],
        hist=[(6800, 360000), (7500, 365000), (8000, 370000)],
        raws=[("Quả sim chín", "kg", 1.0, 22000), ("Gạo nếp cái", "kg", 0.7, 28000)],
        supply=([3000] * 3, [8000] * 3), cap=(40, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm ủ, chưng cất", [2, 2, 2]),
               ("Lọc, chiết rót, dán tem", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=6.5, energy=3500,
        inv=[("Nồi chưng cất inox 2 lớp có sinh hàn", 180, True), ("Chum sứ, bồn ủ inox 4 m³", 120, True),
             ("Máy lọc tinh, máy chiết rót, máy đóng nút", 150, True),
             ("Bể lắng bã rượu và hầm biogas 12 m³", 90, True), ("Bao bì, tem, kiểm nghiệm, hồ sơ", 60, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại", 400)],
        life=8, loan=[400, 280, 160], rate=0.09, sell=0.05, tax=0.01, excise=0.65, other=70),
    "eq04": dict(
        unit="kg",
        products=[("Trà xanh búp sấy, gói 200 g", "gói", 0.2, 70000, 3000, [20000, 22000, 24000]),
                  ("Trà xanh đặc biệt, hộp 500 g", "hộp", 0.5, 190000, 12000, [3000, 3300, 3600])],
        hist=[(4300, 370000), (4700, 375000), (5000, 380000)],
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.8, 9000)],
        supply=([10000] * 3, [25000] * 3), cap=(30, 250),
        roles=[("Hội đồng quản trị, giám đốc, kế toán", [3, 3, 3]), ("Thu hái, sao sấy", [4, 4, 5]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng, thương mại điện tử", [1, 2, 2])],
        wage=6.0, energy=12000,
        inv=[("Máy vò chè và máy sao quay tôn 2 bộ", 150, True), ("Máy sấy băng tải", 210, True),
             ("Máy hút chân không, máy đóng gói", 90, True), ("Cải tạo xưởng chế biến 200 m²", 150, True),
             ("Thiết kế bao bì, mã vạch, tem", 40, False), ("Kiểm nghiệm, chứng nhận VietGAP", 30, False),
             ("Vốn lưu động", 330, False)],
        src=[("Vốn góp của cổ đông", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.05, tax=0.015, excise=0.0, other=70),
    "eq05": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 35 độ đạm, chai 500 ml", "chai", 0.5, 65000, 7000, [20000, 22000, 24000]),
                  ("Nước mắm 20 độ đạm, can 2 lít", "can", 2, 90000, 8000, [5000, 5500, 6000])],
        hist=[(16500, 82000), (17800, 84000), (18800, 86000)],
        raws=[("Cá cơm tươi", "kg", 1.2, 17000), ("Muối hạt", "kg", 0.4, 3000)],
        supply=([15000] * 3, [20000] * 3), cap=(90, 300),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, kéo rút", [4, 4, 4]),
               ("Lọc, chiết rót, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=1200,
        inv=[("Nhà chượp có mái che 150 m²", 300, True), ("12 thùng chượp gỗ và composite", 180, True),
             ("Máy lọc và dây chuyền chiết rót", 250, True), ("Thiết kế bao bì, tem, mã vạch", 40, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 350, 200], rate=0.08, sell=0.05, tax=0.015, excise=0.0, other=60),
    "eq06": dict(
        unit="lít",
        products=[("Rượu nếp 30 độ, chai 500 ml", "chai", 0.5, 130000, 11000, [10000, 11000, 12000]),
                  ("Rượu nếp 30 độ, can 2 lít", "can", 2, 400000, 9000, [1500, 1650, 1800])],
        hist=[(6200, 235000), (6900, 238000), (7200, 240000)],
        raws=[("Gạo nếp", "kg", 1.2, 27000), ("Men thuốc bắc", "kg", 0.015, 200000)],
        supply=([2000] * 3, [10000] * 3), cap=(35, 280),
        roles=[("Chủ hộ, ghi sổ", [1, 1, 1]), ("Nấu, ủ, chưng cất", [2, 2, 2]), ("Lọc, chiết, bán hàng", [2, 2, 2])],
        wage=6.0, energy=3000,
        inv=[("Nồi chưng cất inox có sinh hàn", 140, True), ("Bồn ủ và chum hạ thổ", 80, True),
             ("Máy lọc, máy chiết rót", 70, True), ("Bể lắng bã và hầm biogas 10 m³", 60, True),
             ("Bao bì, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066, sell=0.05, tax=0.01, excise=0.65, other=40),
    "eq07": dict(
        unit="kg",
        products=[("Trà vằng túi lọc, hộp 20 túi × 2,5 g", "hộp", 0.05, 45000, 6000, [18000, 20000, 22000]),
                  ("Chè vằng sấy khô, túi 500 g", "túi", 0.5, 75000, 2000, [4000, 4600, 5200])],
        hist=[(2200, 360000), (2450, 365000), (2650, 370000)],
        raws=[("Lá, cành vằng tươi", "kg", 4.0, 7000)],
        supply=([5000] * 3, [7000] * 3), cap=(16, 270),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [4, 4, 4]), ("Đóng gói, bán hàng", [3, 3, 3])],
        wage=4.5, energy=9000,
        inv=[("Máy sấy nhiệt độ thấp 200 kg/mẻ", 120, True), ("Máy thái, máy nghiền dược liệu", 60, True),
             ("Máy đóng túi lọc tự động", 150, True), ("Bao bì, tem, kiểm nghiệm", 30, False),
             ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 140, 80], rate=0.066, sell=0.05, tax=0.015, excise=0.0, other=30),
    "eq08": dict(
        unit="kg",
        products=[("Kẹo cu đơ, hộp 300 g", "hộp", 0.3, 55000, 5000, [16000, 36000, 54000]),
                  ("Kẹo cu đơ, túi 1 kg", "túi", 1, 160000, 3000, [3000, 6500, 10000])],
        hist=[(6100, 160000), (6500, 165000), (6800, 170000)],
        raws=[("Lạc nhân", "kg", 0.35, 55000), ("Mật mía", "kg", 0.45, 30000), ("Bánh đa nướng", "kg", 0.15, 40000)],
        supply=([0] * 3, [12000] * 3), cap=(110, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt", [4, 4, 4]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=2500,
        inv=[("Dây chuyền nấu, cán, cắt kẹo bán tự động", 650, True), ("Cải tạo xưởng 180 m²", 300, True),
             ("Máy đóng gói, hàn túi", 120, True), ("Thiết kế bao bì, tem, mã vạch", 50, False),
             ("Vốn lưu động", 680, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 600, 400], rate=0.09, sell=0.06, tax=0.015, excise=0.0, other=80,
        other_label="Quản lý, chi phí khác"),
    "eq09": dict(
        unit="kg",
        products=[("Bánh đa vừng đen, túi 10 chiếc 500 g", "túi", 0.5, 38000, 2500, [30000, 33000, 36000]),
                  ("Bánh đa vừng cỡ nhỏ, túi 20 chiếc 400 g", "túi", 0.4, 34000, 2500, [10000, 11000, 12000])],
        hist=[(15000, 70000), (16500, 72000), (17600, 74000)],
        raws=[("Gạo tẻ", "kg", 0.9, 15000), ("Vừng đen", "kg", 0.08, 70000)],
        supply=([8000] * 3, [14000] * 3), cap=(90, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Xay bột, tráng bánh", [4, 4, 4]), ("Nướng, đóng gói, bán", [2, 2, 2])],
        wage=5.0, energy=2000,
        inv=[("Máy tráng bánh đa liên hoàn", 220, True), ("Lò sấy bánh dùng nhiệt khí", 130, True),
             ("Nhà phơi có mái che 200 m²", 150, True), ("Máy hàn miệng túi, cân điện tử", 30, True),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn góp của thành viên", 350), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350)],
        life=8, loan=[350, 250, 150], rate=0.08, sell=0.05, tax=0.015, excise=0.0, other=40,
        pack_label="Bao bì (túi PE, thùng carton)"),
    "eq10": dict(
        unit="chiếc",
        products=[("Chiếu cói dệt máy 1,6 m × 2 m", "chiếc", 1, 180000, 8000, [9000, 10500, 12000]),
                  ("Chiếu cói dệt máy 1,2 m × 1,9 m", "chiếc", 1, 140000, 7000, [3000, 3300, 3600])],
        hist=[(9800, 160000), (10400, 163000), (11000, 166000)],
        raws=[("Cói sợi khô", "kg", 1.5, 14000), ("Sợi đay", "kg", 0.3, 40000)],
        supply=([6000] * 3, [20000] * 3), cap=(50, 280),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chẻ, nhuộm cói", [3, 3, 3]), ("Dệt, viền, hoàn thiện", [6, 6, 6]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.5, energy=6000,
        inv=[("Cải tạo nhà xưởng dệt 160 m²", 180, True), ("Bể nhuộm và sân phơi cói", 90, True),
             ("Máy viền, máy ép hoa văn", 110, True), ("Thiết kế mẫu, bao bì, tem", 30, False),
             ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066, sell=0.05, tax=0.015, excise=0.0, other=40),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "eq05": {"rev_line": (0, 0, 1.12)},             # 2027 line of the 500 ml bottle × 1,12 (total, profit follow)
    "eq06": {"payback": 1.2},                       # stated payback
    "eq08": {"src_short": True},                    # sources 700 + 800 = 1.500 against the investment 1.800
    "eq09": {"cost_total_omit": (1, "Bao bì")},     # the 2028 total leaves the packaging line out
    "eq10": {"profit": (2, 1.3)},                   # 2029 profit × 1,3 in the summary table
}
CONCISE = ("eq01", "eq02")
SKETCHY = ("eq11", "eq12")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def fmt(x: float, dec: int = 1) -> str:
    """Vietnamese number: dotted thousands, decimal comma, no ',0'."""
    x = round(x + (1e-9 if x >= 0 else -1e-9), dec)
    neg = x < 0
    x = abs(x)
    whole = int(x)
    frac = round(x - whole, dec)
    s = f"{whole:,}".replace(",", ".")
    if dec and frac > 0:
        digits = f"{frac:.{dec}f}"[2:].rstrip("0")
        if digits:
            s += "," + digits
    return ("−" if neg else "") + s


def model(k: str) -> dict:
    """Every figure of a full plan, true values; `stated` adds the planted errors."""
    c = PLANS[k]
    m: dict = {"c": c}
    m["packs"] = [p[5] for p in c["products"]]
    m["base"] = [r1(sum(p[5][y] * p[2] for p in c["products"])) for y in range(3)]
    m["rev_lines"] = [[r1(p[5][y] * p[3] / 1e6) for y in range(3)] for p in c["products"]]
    m["rev"] = [r1(sum(l[y] for l in m["rev_lines"])) for y in range(3)]
    m["need"] = [[r1(m["base"][y] * r[2]) for y in range(3)] for r in c["raws"]]
    m["supply"] = [c["supply"][0][y] + c["supply"][1][y] for y in range(3)]
    m["balance"] = [r1(m["supply"][y] - m["need"][0][y]) for y in range(3)]
    m["capyr"] = c["cap"][0] * c["cap"][1]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["inv_total"] = sum(i[1] for i in c["inv"])
    m["src_total"] = sum(s[1] for s in c["src"])
    m["fixed"] = sum(i[1] for i in c["inv"] if i[2])
    m["dep"] = r1(m["fixed"] / c["life"])
    lines = []
    for r, need in zip(c["raws"], m["need"]):
        lines.append((f"{r[0]} ({fmt(r[3])} đ/{r[1]})", [r1(n * r[3] / 1e6) for n in need]))
    lines.append((c.get("pack_label", "Bao bì, tem nhãn"),
                  [r1(sum(p[5][y] * p[4] for p in c["products"]) / 1e6) for y in range(3)]))
    lines.append((f"Tiền công ({fmt(c['wage'])} triệu đồng/người/tháng)",
                  [r1(m["staff"][y] * c["wage"] * 12) for y in range(3)]))
    lines.append((f"Điện, nước, nhiên liệu ({fmt(c['energy'])} đ/{c['unit']})",
                  [r1(m["base"][y] * c["energy"] / 1e6) for y in range(3)]))
    lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    lines.append((f"Lãi vay ({fmt(c['rate'] * 100)} %/năm)", [r1(c["loan"][y] * c["rate"]) for y in range(3)]))
    lines.append((f"Bán hàng, quảng bá ({fmt(c['sell'] * 100)} % doanh thu)",
                  [r1(m["rev"][y] * c["sell"]) for y in range(3)]))
    if c["excise"]:
        lines.append(("Thuế tiêu thụ đặc biệt (65 % giá chưa thuế)",
                      [r1(m["rev"][y] * c["excise"] / (1 + c["excise"])) for y in range(3)]))
    lines.append((f"Thuế, phí khác ({fmt(c['tax'] * 100)} % doanh thu)", [r1(m["rev"][y] * c["tax"]) for y in range(3)]))
    lines.append((c.get("other_label", "Quản lý, kiểm nghiệm định kỳ, chi khác"), [float(c["other"])] * 3))
    m["cost_lines"] = lines
    m["cost"] = [r1(sum(l[1][y] for l in lines)) for y in range(3)]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = r1(m["inv_total"] / (m["avg_profit"] + m["dep"]))
    m["hist_rev"] = [r1(o * p / 1e6) for o, p in c["hist"]]
    return m


def stated(k: str) -> dict:
    """The figures as the plan prints them: the true model with the planted errors applied."""
    m = model(k)
    s = {key: (list(v) if isinstance(v, list) else v) for key, v in m.items()}
    s["rev_lines"] = [list(l) for l in m["rev_lines"]]
    s["cost_lines"] = [(lab, list(v)) for lab, v in m["cost_lines"]]
    p = PLANTED.get(k, {})
    if "rev_line" in p:
        i, y, f = p["rev_line"]
        s["rev_lines"][i][y] = r1(m["rev_lines"][i][y] * f)
        s["rev"][y] = r1(sum(l[y] for l in s["rev_lines"]))
        # selling and tax lines follow the stated revenue
        for j, (lab, v) in enumerate(s["cost_lines"]):
            c = m["c"]
            if lab.startswith("Bán hàng"):
                v[y] = r1(s["rev"][y] * c["sell"])
            elif lab.startswith("Thuế, phí"):
                v[y] = r1(s["rev"][y] * c["tax"])
        s["cost"][y] = r1(sum(l[1][y] for l in s["cost_lines"]))
        s["profit"][y] = r1(s["rev"][y] - s["cost"][y])
    if "cost_total_omit" in p:
        y, lab0 = p["cost_total_omit"]
        s["cost"][y] = r1(sum(v[y] for lab, v in s["cost_lines"] if not lab.startswith(lab0)))
        s["profit"][y] = r1(s["rev"][y] - s["cost"][y])
    if "profit" in p:
        y, f = p["profit"]
        s["profit"][y] = r1(m["profit"][y] * f)
    s["margin"] = [r1(s["profit"][y] / s["rev"][y] * 100) for y in range(3)]
    s["avg_profit"] = r1(sum(s["profit"]) / 3)
    s["payback"] = r1(m["inv_total"] / (s["avg_profit"] + m["dep"]))
    if "payback" in p:
        s["payback"] = p["payback"]
    if "src_short" in p:
        s["src_total"] = m["src_total"]  # the sources add up among themselves, short of the investment
    return s


# --------------------------------------------------------------------------- reading the plans
_CAP = re.compile(r"^Bảng \d+\. (.+)$")
_NUM = re.compile(r"^−?[\d.]+(,\d+)?$")


def vnum(s: str) -> float:
    neg = s.startswith("−")
    v = plancheck.vn(s.lstrip("−"))
    return -v if neg else v


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.k = stem[:4]
        self.tables: dict[str, list[list[str]]] = {}
        cap = None
        for line in self.body.splitlines():
            if m := _CAP.match(line.strip()):
                cap = m.group(1)
                self.tables[cap] = []
            elif line.strip().startswith("|") and cap is not None:
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if not set("".join(cells)) <= set("-"):
                    self.tables[cap].append(cells)
            elif line.strip() and not line.startswith("ĐVT") and cap is not None and self.tables[cap]:
                cap = None

    def table(self, prefix: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if cap.startswith(prefix):
                return rows[1:]
        self.failures.append(f"table not found: {prefix}")
        return []

    def nums(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                vals = [vnum(c) for c in r[1:] if _NUM.match(c)]
                if len(vals) >= n:
                    return vals[-n:]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def near(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got}, computed {want}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what} not off by > 5 %: plan {got}, true {true}")

    def section(self, start: str, end: str) -> str:
        i = self.body.find(start)
        j = self.body.find(end, i + 1)
        if i < 0 or j < 0:
            self.failures.append(f"section not found: {start}")
            return ""
        return self.body[i:j]


def check_full(p: Plan) -> None:
    k = p.k
    c, m, s = PLANS[k], model(k), stated(k)
    planted = PLANTED.get(k, {})
    # history 2024-2026
    h = p.table("Kết quả sản xuất kinh doanh")
    out, price, rev = p.nums(h, "Sản lượng"), p.nums(h, "Giá bán bình quân"), p.nums(h, "Doanh thu")
    for y in range(3):
        p.near(out[y], c["hist"][y][0], f"history output {2024 + y}")
        p.near(price[y], c["hist"][y][1], f"history price {2024 + y}")
        p.near(rev[y], out[y] * price[y] / 1e6, f"history revenue {2024 + y}")
    # output by product
    o = p.table("Sản lượng dự kiến")
    base = [0.0] * 3
    for prod in c["products"]:
        packs = p.nums(o, prod[0])
        for y in range(3):
            p.near(packs[y], prod[5][y], f"packs {prod[0]} {YEARS[y]}")
            base[y] += packs[y] * prod[2]
    total = p.nums(o, "Tổng sản lượng")
    for y in range(3):
        p.near(total[y], base[y], f"output total {YEARS[y]}")
    p.check(base[0] <= c["hist"][2][0] * 1.2, "2027 output more than +20 % on 2026")
    # raw materials
    r = p.table("Cân đối nguyên liệu")
    need = p.nums(r, "Nhu cầu " + c["raws"][0][0].lower())
    own = p.nums(r, "2", 3) if False else None  # rows read by position below
    rows = [x for x in r if _NUM.match(x[-1]) or x[-1] == ""]
    supply = p.nums(r, "Tổng nguồn cung")
    for y in range(3):
        p.near(need[y], base[y] * c["raws"][0][2], f"need {c['raws'][0][0]} {YEARS[y]}")
        p.near(supply[y], c["supply"][0][y] + c["supply"][1][y], f"supply {YEARS[y]}")
    own_row = [vnum(x) for x in r[1][3:]] if len(r) > 1 else [0] * 3
    con_row = [vnum(x) for x in r[2][3:]] if len(r) > 2 else [0] * 3
    for y in range(3):
        p.near(own_row[y] + con_row[y], supply[y], f"own + contract = supply {YEARS[y]}")
    has_balance = any(x[1].startswith("Cân đối") for x in r)
    if k == "eq07":
        p.check(not has_balance, "eq07 must have no balance row")
        p.wrong(supply[1], need[1], "material-shortfall 2028 (supply vs need)")
        p.wrong(supply[2], need[2], "material-shortfall 2029 (supply vs need)")
        p.check(need[0] <= supply[0], "eq07 2027 need within supply")
        p.has("bảo đảm đủ nguyên liệu cho sản xuất trong cả giai đoạn")
    else:
        bal = p.nums(r, "Cân đối")
        for y in range(3):
            p.near(bal[y], supply[y] - need[y], f"balance {YEARS[y]}")
            p.check(need[y] <= supply[y], f"need within supply {YEARS[y]}")
    for j, raw in enumerate(c["raws"][1:], 1):
        nj = p.nums(r, "Nhu cầu " + raw[0].lower())
        for y in range(3):
            p.near(nj[y], base[y] * raw[2], f"need {raw[0]} {YEARS[y]}")
    # capacity stated as "A ... /ngày × B ngày = C"
    mc = re.search(r"([\d.]+) [^\d×]{0,40}/ngày × (\d+) ngày = ([\d.]+)", p.body)
    if not mc:
        p.failures.append("capacity sentence not found")
    else:
        a, b, cc = vnum(mc.group(1)), vnum(mc.group(2)), vnum(mc.group(3))
        p.near(cc, a * b, "capacity per year")
        p.near(cc, m["capyr"], "capacity constant")
        if k == "eq10":
            p.check(base[1] <= cc, "eq10 2028 within capacity")
            p.wrong(cc, base[2], "capacity-exceeded 2029 (capacity vs output)")
            p.lacks(r"Máy dệt[^|\n]*\| [^|]*\| [^|]*\| Đầu tư", "eq10 buys a loom")
        else:
            for y in range(3):
                p.check(base[y] <= cc, f"output within capacity {YEARS[y]}")
    # staff
    st = p.table("Bố trí lao động")
    tot = p.nums(st, "Tổng số lao động")
    for y in range(3):
        p.near(tot[y], sum(p.nums(st, role[0])[y] for role in c["roles"]), f"staff total {YEARS[y]}")
    # investment and sources
    inv = p.table("Tổng vốn đầu tư")
    inv_items = sum(p.nums(inv, it[0], 1)[0] for it in c["inv"])
    inv_total = p.nums(inv, "Tổng cộng", 1)[0]
    p.near(inv_total, inv_items, "investment total")
    src = p.table("Cơ cấu nguồn vốn")
    src_items = 0.0
    for it in c["src"]:
        amt, pct = p.nums(src, it[0], 2)
        src_items += amt
    src_total = p.nums(src, "Tổng cộng", 2)[0]
    p.near(src_total, src_items, "sources total")
    for it in c["src"]:
        amt, pct = p.nums(src, it[0], 2)
        p.near(pct, amt / src_total * 100, f"share {it[0]}")
    if "src_short" in planted:
        p.wrong(src_items, inv_total, "capital-mismatch (sources vs investment)")
    else:
        p.near(src_items, inv_total, "sources = investment")
    # revenue
    rv = p.table("Dự kiến doanh thu")
    lines = []
    for i, prod in enumerate(c["products"]):
        got = p.nums(rv, prod[0])
        lines.append(got)
        for y in range(3):
            want = prod[5][y] * prod[3] / 1e6
            if planted.get("rev_line", (None, None))[:2] == (i, y):
                p.wrong(got[y], want, f"revenue-mismatch {prod[0]} {YEARS[y]}")
            else:
                p.near(got[y], want, f"revenue {prod[0]} {YEARS[y]}")
    rtot = p.nums(rv, "Tổng doanh thu")
    for y in range(3):
        p.near(rtot[y], sum(l[y] for l in lines), f"revenue total {YEARS[y]}")
    if "rev_line" in planted:
        y = planted["rev_line"][1]
        p.wrong(rtot[y], m["rev"][y], f"revenue total follows the planted line {YEARS[y]}")
    # cost
    co = p.table("Dự kiến chi phí")
    staff_tot = tot
    want_lines = {}
    for raw, nd in zip(c["raws"], [[base[y] * rw[2] for y in range(3)] for rw in c["raws"]]):
        want_lines[f"{raw[0]} ("] = [nd[y] * raw[3] / 1e6 for y in range(3)]
    want_lines[c.get("pack_label", "Bao bì, tem nhãn")] = [sum(pr[5][y] * pr[4] for pr in c["products"]) / 1e6 for y in range(3)]
    want_lines["Tiền công"] = [staff_tot[y] * c["wage"] * 12 for y in range(3)]
    want_lines["Điện, nước"] = [base[y] * c["energy"] / 1e6 for y in range(3)]
    want_lines["Khấu hao"] = [m["fixed"] / c["life"]] * 3
    want_lines["Lãi vay"] = [c["loan"][y] * c["rate"] for y in range(3)]
    want_lines["Bán hàng"] = [rtot[y] * c["sell"] for y in range(3)]
    if c["excise"]:
        want_lines["Thuế tiêu thụ đặc biệt"] = [rtot[y] * c["excise"] / (1 + c["excise"]) for y in range(3)]
    want_lines["Thuế, phí khác"] = [rtot[y] * c["tax"] for y in range(3)]
    want_lines[c.get("other_label", "Quản lý, kiểm nghiệm định kỳ, chi khác")] = [c["other"]] * 3
    got_lines = []
    for lab, want in want_lines.items():
        got = p.nums(co, lab)
        got_lines.append(got)
        for y in range(3):
            p.near(got[y], want[y], f"cost line {lab} {YEARS[y]}")
    p.check(len(co) == len(want_lines) + 1, f"cost table has {len(co)} rows, expected {len(want_lines) + 1}")
    ctot = p.nums(co, "Tổng chi phí")
    for y in range(3):
        want = sum(g[y] for g in got_lines)
        if planted.get("cost_total_omit", (None,))[0] == y:
            p.wrong(ctot[y], want, f"table-total-mismatch cost total {YEARS[y]}")
        else:
            p.near(ctot[y], want, f"cost total {YEARS[y]}")
    # summary
    su = p.table("Tổng hợp hiệu quả")
    srev, scost, sprof, smarg = (p.nums(su, x) for x in ("Tổng doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất"))
    for y in range(3):
        p.near(srev[y], rtot[y], f"summary revenue {YEARS[y]}")
        p.near(scost[y], ctot[y], f"summary cost {YEARS[y]}")
        if planted.get("profit", (None,))[0] == y:
            p.wrong(sprof[y], srev[y] - scost[y], f"profit-mismatch {YEARS[y]}")
        else:
            p.near(sprof[y], srev[y] - scost[y], f"profit {YEARS[y]}")
        p.near(smarg[y], sprof[y] / srev[y] * 100, f"margin {YEARS[y]}")
        p.check(0 < m["margin"][y] < 50, f"true margin {YEARS[y]} = {m['margin'][y]}")
    # payback
    mp = re.search(r"(?:≈|khoảng) ([\d,]+) năm\.", p.body)
    if not mp:
        p.failures.append("payback not found")
    else:
        pb = vnum(mp.group(1))
        true_pb = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
        stated_pb = inv_total / (sum(sprof) / 3 + m["fixed"] / c["life"])
        if "payback" in planted:
            p.wrong(pb, true_pb, "payback-mismatch")
        else:
            p.near(pb, stated_pb, "payback from the plan's own figures", tol=0.05)
    # growth
    for y in (1, 2):
        g = m["rev"][y] / m["rev"][y - 1] - 1
        if k == "eq08":
            if y == 1:
                p.check(g > 1.0, f"eq08 2028 revenue growth {g:.2f} should exceed +100 %")
        else:
            p.check(g < 0.2, f"revenue growth {YEARS[y]} {g:.2f}")
    p.check(m["rev"][0] / m["hist_rev"][2] - 1 < 0.2 or k == "eq05", "2027 revenue growth on 2026 under 20 %")


READY_TEXT = ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở",
              "Phiếu kết quả thử nghiệm", "nhãn hiệu", "QR", "an toàn thực phẩm")


def check_text(p: Plan) -> None:
    k = p.k
    if k in ("eq01", "eq02", "eq03", "eq04"):
        p.has(*READY_TEXT)
        p.lacks(REPLACED, "replaced instrument in a ready plan")
        p.lacks(PLACEHOLDER, "placeholder in a ready plan")
        for d in re.findall(r"Đến (\d{2})/(\d{2})/(\d{4})", p.body):
            if int(d[2]) < 2030:
                p.check(re.search(r"(cấp lại|gia hạn|đánh giá lại)", p.body) is not None, "renewal scheduled")
        if k == "eq03":
            p.has("Giấy phép sản xuất rượu thủ công", "Đến 12/9/2030", "Đăng ký môi trường", "độ cồn", "không lái xe")
    if k in CONCISE:
        # every level-1 section carries a figure of its own
        for sec in re.split(r"\n# ", p.body)[1:]:
            p.check(re.search(r"\d", sec.split("\n", 1)[1]) is not None, f"concise plan section without a figure: {sec[:40]}")
    if k == "eq05":
        p.lacks(r"môi trường|nước thải|chất thải|xử lý|bể lắng|hố ga|mùi hôi|\bbã\b", "eq05 environment word")
        tech = p.section("# Phần 9", "# Phần 10")
        p.check(tech != "" and re.search(r"\d", tech.split("\n", 1)[1]) is None, "eq05 technology section has a figure")
        p.has("áp dụng khoa học kỹ thuật", "đảm bảo vệ sinh an toàn thực phẩm", "máy móc thiết bị hiện đại")
        p.has("148/QĐ-TTg", "Tiêu chuẩn cơ sở", "an toàn thực phẩm", "nhãn hiệu")
    if k == "eq06":
        p.lacks(r"giấy phép|cấp phép|Giấy phép", "eq06 licence word")
        p.check(p.count("Rượu nếp Đồng Lam") == 2, "eq06 other product name twice")
        p.check(p.count("Rượu nếp Tùng Ảnh") >= 3, "eq06 own product name")
        p.has("bể lắng bã", "biogas", "an toàn thực phẩm", "không lái xe")
    if k == "eq07":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|cam kết", "eq07 food-safety word")
        p.has("16 lao động", "Tiêu chuẩn cơ sở", "Phiếu kết quả thử nghiệm", "bể lắng" if False else "hố lắng")
    if k == "eq08":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN", "eq08 product-standard word")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "nhu cầu thị trường rất lớn",
              "Tổng nguồn vốn 1.500 triệu đồng", "bảo đảm đủ vốn")
    if k == "eq09":
        p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|43/2017|111/2021", "eq09 label word")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "Luật Hợp tác xã năm 2012", "UBND huyện Can Lộc")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018|2023", "eq09 current instrument")
    if k == "eq10":
        p.check(p.count("[tên sản phẩm]") == 2, "eq10 placeholder twice")
        p.has("148/QĐ-TTg", "43/2017/NĐ-CP", "Tiêu chuẩn cơ sở", "bể lắng", "nhãn hiệu")
    if k in SKETCHY:
        words = len(p.body.split())
        p.check(700 <= words <= 1000, f"sketchy plan of {words} words, not 700-1.000")
        prose = "\n".join(x for x in p.body.splitlines() if not x.startswith("#"))
        digits = re.findall(r"\d[\d.,]*", re.sub(r"\b20\d\d\b", "", prose))
        p.check(len(digits) <= 6, f"sketchy plan with {len(digits)} figures: {digits}")
        p.check(re.search(PLACEHOLDER, p.body) is not None, "sketchy plan keeps a placeholder")
        p.has("nâng cao chất lượng", "mở rộng thị trường", "khoa học kỹ thuật", "vệ sinh an toàn thực phẩm")
        p.lacks(r"Tiêu chuẩn cơ sở|Giấy chứng nhận|mã số thuế \d|\| (?!20\d\d \|)\d[\d.]+ \|", "sketchy plan with a paper or a table figure")
    elif k not in ("eq10",):
        p.lacks(PLACEHOLDER, "placeholder")


def main() -> int:
    plans = [Plan(f.stem) for f in sorted((HERE / "src").glob("eq*.md"))]
    for p in plans:
        if p.k in PLANS:
            check_full(p)
        check_text(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
