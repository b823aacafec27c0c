"""The 143rd holdout set's own arithmetic, recomputed: plans that reason in percentages.

    .venv/bin/python tests/holdout143/arithmetic.py

Every number of every full plan is recomputed from the constants below (pack sizes, prices, pack
costs, quantities, recovery ratio and loss, supply, capacity, staff, wages, energy, investment
items, capital sources, loan balances, selling / tax shares, channel shares, history) and compared
with the plan's tables (each found by its caption) and with the figures quoted in its text:

- output = sum of packs x pack size; growth % on the year before (2027 on 2026's history);
- channel table: every share x output, shares summing to 100 %, the rows to the output;
- raw material: need = output / (recovery x (1 - loss)), supply = own + contracted, need within
  supply; output within capacity = units per day x working days;
- staff by section summing to the head count in the wage line;
- investment items and their %, capital sources and their %, both totals equal;
- revenue line = packs x the price in its label; lines summing to the total;
- cost lines from their norms (raw = need x price, packs x pack cost, staff x wage x 12,
  output x energy rate, fixed assets / life, opening loan x rate, selling and tax as shares of
  revenue, a fixed line), their sum, every "% DT 2027" cell and each "chiếm … %" sentence;
- summary: profit = revenue - cost, margin %, revenue growth %; payback = investment /
  (average profit + depreciation).

Planted numeric defects are asserted wrong by more than 5 % (the true value computed beside them),
every other number right within 1 %. Textual defects are asserted through the absence or presence
of their words. Ready plans cite QĐ 148 and QĐ 1489 and no replaced instrument. The sketchy plans:
150-320 words, their few figures, every tolerated gap really absent.
"""

from __future__ import annotations

import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng Nông nghiệp")
YEARS = (2027, 2028, 2029)

# ------------------------------------------------------------------ constants (one dict per plan)
# products: (label, pack size in the plan's unit, price đ, pack cost đ, packs per year)
# rec / loss: recovery ratio and loss (need = output / (rec x (1 - loss)))
# money in triệu đồng unless the key says đ.
P = {
    "en01_nuoc_mam_ky_xuan_htx": dict(
        months=[7, 7, 8, 8, 9, 9, 9, 9, 8, 8, 9, 9],
        unit="lít", raw="cá cơm tươi (kèm muối)", raw_unit="kg",
        products=[("Chai 500 ml", 0.5, 85000, 7000, [30000, 33000, 36000]),
                  ("Can 2 lít", 2, 140000, 12000, [5000, 5500, 6000])],
        rec=0.72, loss=0.02, raw_price=24000, own=15000, contract=35000,
        cap_day=200, days=250, staff=[12, 13, 14], wage=6.5, energy=1500,
        inv=[("Nhà ủ chượp và kho thành phẩm", 600), ("Bể chượp composite", 300),
             ("Máy lọc, máy chiết rót, đóng nắp", 250), ("Thiết kế bao bì, nhãn, mã QR", 50),
             ("Kiểm nghiệm, chứng nhận", 50), ("Vốn lưu động", 350)], life=10,
        src=[("Vốn góp của thành viên", 640), ("Vay Ngân hàng Nông nghiệp", 560), ("Quỹ đầu tư phát triển của HTX", 400)],
        loan=[560, 420, 280], rate=0.08, sell=7.0, tax=1.5, other=150,
        channels=[("Bán lẻ tại cơ sở", 30), ("Đại lý trong tỉnh", 40), ("Siêu thị, điểm bán OCOP", 15),
                  ("Sàn thương mại điện tử", 15)],
        hist_out=[19000, 21000, 23000], hist_price=126000, hist_margin=[11.0, 12.0, 13.0]),
    "en02_che_xanh_son_kim_cty": dict(
        months=[0, 0, 10, 14, 14, 12, 12, 11, 10, 9, 8, 0],
        unit="kg", raw="búp chè tươi", raw_unit="kg",
        products=[("Gói 200 g", 0.2, 60000, 4000, [20000, 22000, 24000]),
                  ("Hộp 500 g", 0.5, 165000, 12000, [6000, 6600, 7200])],
        rec=0.22, loss=0.03, raw_price=12000, own=12000, contract=30000,
        cap_day=40, days=220, staff=[11, 12, 12], wage=6.0, energy=9000,
        inv=[("Nhà xưởng chế biến 200 m²", 500), ("Máy diệt men, vò, sao chè", 350),
             ("Máy đóng gói, hàn túi", 120), ("Thiết kế bao bì, nhãn, mã QR", 40),
             ("Kiểm nghiệm, chứng nhận", 40), ("Vốn lưu động", 250)], life=8,
        src=[("Vốn chủ sở hữu", 780), ("Vay Ngân hàng thương mại", 520)],
        loan=[520, 390, 260], rate=0.09, sell=8.0, tax=1.5, other=120,
        channels=[("Cửa hàng đặc sản, đại lý", 45), ("Khách sạn, nhà hàng", 20), ("Siêu thị", 15),
                  ("Sàn thương mại điện tử", 20)],
        hist_out=[5400, 5900, 6400], hist_price=300000, hist_margin=[9.0, 10.0, 11.0]),
    "en03_mat_ong_huong_lam_hkd": dict(
        months=[0, 0, 15, 20, 20, 5, 0, 0, 15, 20, 5, 0],
        unit="kg", raw="mật ong thô", raw_unit="kg",
        products=[("Chai 500 g", 0.5, 180000, 8000, [3000, 3300, 3600]),
                  ("Hũ 1 kg", 1, 340000, 12000, [1200, 1320, 1440])],
        rec=0.95, loss=0.02, raw_price=120000, own=2700, contract=1500,
        cap_day=25, days=180, staff=[4, 4, 5], wage=5.5, energy=3000,
        inv=[("Nhà sơ chế, kho 60 m²", 150), ("Máy quay mật, máy hạ thủy phần", 90),
             ("Thùng ong, đàn giống bổ sung", 60), ("Thiết kế bao bì, nhãn, mã QR", 20),
             ("Kiểm nghiệm, chứng nhận", 20), ("Vốn lưu động", 160)], life=8,
        src=[("Vốn của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 150, 100], rate=0.066, sell=6.0, tax=1.5, other=30,
        channels=[("Bán tại nhà và khách quen", 35), ("Cửa hàng đặc sản", 30), ("Điểm bán OCOP", 15),
                  ("Bán trực tuyến", 20)],
        hist_out=[2100, 2300, 2500], hist_price=340000, hist_margin=[14.0, 15.0, 15.0]),
    "en04_dau_lac_thien_loc_tht": dict(
        months=[8, 8, 8, 8, 8, 9, 9, 8, 8, 8, 9, 9],
        unit="lít", raw="lạc nhân", raw_unit="kg",
        products=[("Chai 500 ml", 0.5, 90000, 5000, [8000, 8800, 9600]),
                  ("Can 2 lít", 2, 340000, 15000, [1500, 1650, 1800])],
        rec=0.42, loss=0.02, raw_price=32000, own=8000, contract=14000,
        cap_day=30, days=300, staff=[5, 5, 6], wage=5.0, energy=2000,
        inv=[("Máy ép trục vít, máy rang", 180), ("Bể lắng, máy lọc", 60), ("Cải tạo xưởng ép 80 m²", 80),
             ("Thiết kế bao bì, nhãn", 20), ("Kiểm nghiệm, chứng nhận", 20), ("Vốn lưu động", 140)], life=8,
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 150, 100], rate=0.066, sell=6.0, tax=1.5, other=40,
        channels=[("Bán tại xưởng", 25), ("Chợ và tạp hóa trong xã", 35), ("Cửa hàng thực phẩm sạch", 25),
                  ("Bán trực tuyến", 15)],
        hist_out=[5200, 5800, 6300], hist_price=170000, hist_margin=[12.0, 12.0, 13.0]),
    "en05_ruou_nep_tung_anh_htx": dict(
        months=[10, 6, 7, 7, 7, 7, 7, 8, 8, 9, 11, 13],
        unit="lít", raw="gạo nếp cái", raw_unit="kg",
        products=[("Chai 500 ml", 0.5, 80000, 8000, [20000, 22000, 24000]),
                  ("Bình 2 lít", 2, 260000, 20000, [3000, 3300, 3600])],
        rec=0.75, loss=0.02, raw_price=22000, own=20000, contract=15000,
        cap_day=80, days=300, staff=[10, 11, 12], wage=6.0, energy=2500,
        inv=[("Nhà nấu, nhà ủ 150 m²", 450), ("Nồi chưng cất, hệ thống làm lạnh", 300),
             ("Máy lọc, chiết rót", 150), ("Thiết kế bao bì, nhãn", 50), ("Kiểm nghiệm, chứng nhận", 50),
             ("Vốn lưu động", 300)], life=10,
        src=[("Vốn góp của thành viên", 520), ("Vay Ngân hàng Nông nghiệp", 520), ("Quỹ đầu tư phát triển của HTX", 260)],
        loan=[520, 390, 260], rate=0.08, sell=8.0, tax=2.0, other=120,
        channels=[("Bán lẻ tại HTX", 25), ("Đại lý, nhà hàng", 45), ("Cửa hàng OCOP, quà biếu", 20),
                  ("Sàn thương mại điện tử", 10)],
        hist_out=[12000, 13500, 14500], hist_price=145000, hist_margin=[10.0, 11.0, 12.0],
        rev_w={(0, 1): 1980.0}),  # PLANTED revenue-mismatch: 22.000 chai x 80.000 = 1.760
    "en06_cam_say_huong_minh_cty": dict(
        months=[12, 8, 5, 0, 0, 0, 0, 0, 5, 15, 25, 30],
        unit="kg", raw="cam tươi", raw_unit="kg",
        products=[("Túi 200 g", 0.2, 65000, 3000, [25000, 28000, 31000]),
                  ("Hộp 500 g", 0.5, 150000, 9000, [6000, 7000, 8000])],
        rec=0.20, loss=0.03, raw_price=12000, own=16000, contract=26000,
        cap_day=45, days=260, staff=[12, 13, 14], wage=6.0, energy=15000,
        inv=[("Nhà xưởng sơ chế, sấy 250 m²", 600), ("Máy sấy nhiệt, máy rửa, máy thái", 550),
             ("Máy đóng gói hút chân không", 150), ("Thiết kế bao bì, nhãn", 50), ("Kiểm nghiệm, chứng nhận", 50),
             ("Vốn lưu động", 300)], life=10,
        src_pct=[("Vốn tự có", 45), ("Vay Ngân hàng thương mại", 35), ("Hỗ trợ theo chính sách của tỉnh", 20)],
        src_base=1500,  # PLANTED capital-mismatch: shares taken of 1.500 while the investment is 1.700
        loan=[525, 400, 275], rate=0.09, sell=8.0, tax=1.5, other=150,
        channels=[("Siêu thị, chuỗi cửa hàng", 35), ("Đại lý đặc sản", 30), ("Quà tặng doanh nghiệp", 15),
                  ("Sàn thương mại điện tử", 20)],
        hist_out=[4800, 6000, 7000], hist_price=310000, hist_margin=[8.0, 10.0, 11.0]),
    "en07_che_vang_ky_tan_hkd": dict(
        months=[6, 6, 8, 9, 10, 10, 10, 10, 9, 8, 7, 7],
        unit="kg", raw="lá, thân chè vằng tươi", raw_unit="kg",
        products=[("Hộp 25 túi lọc (50 g)", 0.05, 35000, 6000, [30000, 33000, 36000]),
                  ("Gói 500 g chè vằng khô", 0.5, 70000, 3000, [4000, 4400, 4800])],
        rec=0.30, loss=0.04, raw_price=6000, own=7200, contract=8000,
        cap_day=16, days=250, staff=[7, 7, 8], wage=5.5, energy=12000,
        inv=[("Nhà sơ chế, kho 100 m²", 250), ("Máy sấy, máy nghiền", 180), ("Máy đóng túi lọc", 220),
             ("Thiết kế bao bì, nhãn", 30), ("Đăng ký nhãn hiệu", 20), ("Vốn lưu động", 200)], life=8,
        src=[("Vốn của hộ", 500), ("Vay Ngân hàng Nông nghiệp", 400)],
        loan=[400, 300, 200], rate=0.08, sell=7.0, tax=1.5, other=60,
        channels=[("Nhà thuốc, cửa hàng đặc sản", 40), ("Bán buôn cho thương nhân", 30), ("Điểm bán OCOP", 10),
                  ("Bán trực tuyến", 20)],
        hist_out=[2600, 2900, 3200], hist_price=370000, hist_margin=[10.0, 11.0, 12.0],
        cost_w={1: "minus_pack"}),  # PLANTED table-total-mismatch: the 2028 total leaves out the packaging line
    "en08_keo_lac_xuan_hong_tht": dict(
        months=[15, 10, 6, 5, 5, 5, 5, 6, 8, 10, 12, 13],
        unit="kg", raw="lạc nhân, mạch nha, đường", raw_unit="kg",
        products=[("Hộp 250 g", 0.25, 40000, 4000, [24000, 40800, 69360]),
                  ("Gói 500 g", 0.5, 70000, 3000, [6000, 10200, 17340])],
        rec=0.85, loss=0.02, raw_price=38000, own=10000, contract=25000,
        cap_day=150, days=280, staff=[6, 8, 10], wage=5.5, energy=4000,
        inv=[("Dây chuyền nấu, cán, cắt kẹo", 380), ("Máy rang lạc, máy bóc vỏ lụa", 120),
             ("Cải tạo xưởng 120 m²", 100), ("Thiết kế bao bì", 30), ("Kiểm nghiệm, chứng nhận", 20),
             ("Vốn lưu động", 150)], life=8,
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 400)],
        loan=[400, 300, 200], rate=0.066, sell=6.0, tax=1.5, other=40,
        channels=[("Đại lý bánh kẹo ở chợ", 50), ("Tạp hóa trong xã", 30), ("Bán tại xưởng", 20)],
        hist_out=[4200, 4800, 5300], hist_price=150000, hist_margin=[9.0, 10.0, 10.0],
        payback_w=0.4),  # PLANTED payback-mismatch
    "en09_mam_tom_thach_kim_cty": dict(
        months=[5, 5, 8, 12, 14, 12, 10, 8, 7, 7, 6, 6],
        unit="kg", raw="ruốc (moi) tươi", raw_unit="kg",
        products=[("Hũ 250 g", 0.25, 28000, 3500, [40000, 46000, 52900]),
                  ("Hũ 500 g", 0.5, 52000, 5000, [12000, 13800, 15870])],
        rec=0.90, loss=0.03, raw_price=18000, own=6000, contract=24000,
        cap_day=70, days=270, staff=[9, 9, 9], wage=6.0, energy=1500,
        inv=[("Nhà ủ mắm, kho 150 m²", 400), ("Sân phơi có mái che", 150), ("Bể lắng, hầm xử lý nước thải", 120),
             ("Thiết kế bao bì, nhãn, mã QR", 40), ("Kiểm nghiệm, tiêu chuẩn cơ sở", 30), ("Vốn lưu động", 260)],
        life=10,
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại", 400)],
        loan=[400, 300, 200], rate=0.09, sell=7.0, tax=1.5, other=90,
        channels=[("Chợ đầu mối, bán buôn", 45), ("Nhà hàng hải sản", 25), ("Cửa hàng đặc sản", 20),
                  ("Sàn thương mại điện tử", 10)],
        hist_out=[12500, 13200, 14000], hist_price=106000, hist_margin=[10.0, 11.0, 12.0]),
    "en10_tinh_bot_nghe_thach_ngoc": dict(
        months=[14, 14, 12, 6, 4, 4, 4, 4, 6, 8, 12, 12],
        unit="kg", raw="củ nghệ tươi", raw_unit="kg",
        products=[("Hũ 100 g", 0.1, 50000, 4000, [12000, 13200, 14400]),
                  ("Túi 500 g", 0.5, 200000, 5000, [1200, 1320, 1440])],
        rec=0.045, loss=0.02, raw_price=5000, own=None, contract=None,
        cap_day=10, days=240, staff=[5, 5, 6], wage=5.0, energy=20000,
        inv=[("Máy xay, máy lọc tách tinh bột", 120), ("Bể lắng inox, phòng sấy", 90), ("Nhà sơ chế 60 m²", 70),
             ("Thiết kế bao bì, nhãn", 20), ("Kiểm nghiệm", 20), ("Vốn lưu động", 80)], life=8,
        src=[("Vốn của gia đình", 250), ("Vay người thân", 150)],
        loan=[0, 0, 0], rate=0.0, sell=6.0, tax=1.0, other=24,
        channels=[("Bán tại nhà", 30), ("Nhà thuốc, cửa hàng đặc sản", 40), ("Bán trực tuyến", 30)],
        hist_out=[1300, 1450, 1600], hist_price=455000, hist_margin=[11.0, 12.0, 12.0],
        profit_w={1: "x1.45"}),  # PLANTED profit-mismatch in 2028
}


PROMO = [("Chiết khấu cho đại lý, điểm bán", 45), ("Quảng bá trực tuyến", 25),
         ("Hội chợ, xúc tiến thương mại", 15), ("Vận chuyển, giao hàng", 15)]


def r1(x: float, d: int = 1) -> float:
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def fnum(x: float, d: int = 0) -> str:
    """Vietnamese format: 1.234,5."""
    s = f"{r1(x, d):,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pct(x: float) -> str:
    v = round(x, 6)
    return fnum(v, 0 if v == int(v) else 1)


def model(c: dict) -> dict:
    """Every figure of a plan from its constants, as written (with the planted overrides) and true."""
    m: dict = {}
    prods = c["products"]
    m["out"] = [sum(q[y] * s for _, s, _, _, q in prods) for y in range(3)]
    m["growth"] = [r1((m["out"][0] / c["hist_out"][2] - 1) * 100)] + \
        [r1((m["out"][y] / m["out"][y - 1] - 1) * 100) for y in (1, 2)]
    eff = c["rec"] * (1 - c["loss"])
    m["need"] = [round(o / eff) for o in m["out"]]
    if c.get("own") is not None:
        m["supply"] = c["own"] + c["contract"]
    m["cap"] = c["cap_day"] * c["days"]
    m["hist_rev"] = [r1(o * c["hist_price"] / 1e6) for o in c["hist_out"]]
    m["hist_profit"] = [r1(rv * mg / 100) for rv, mg in zip(m["hist_rev"], c["hist_margin"])]
    true_lines = [[r1(q[y] * p / 1e6) for y in range(3)] for _, _, p, _, q in prods]
    w_lines = [row[:] for row in true_lines]
    for (i, y), v in c.get("rev_w", {}).items():
        w_lines[i][y] = v
    m["rev_lines_true"], m["rev_lines"] = true_lines, w_lines
    m["rev"] = [r1(sum(l[y] for l in w_lines)) for y in range(3)]
    m["rev_true"] = [r1(sum(l[y] for l in true_lines)) for y in range(3)]
    inv_total = sum(a for _, a in c["inv"])
    fixed = sum(a for n, a in c["inv"] if n != "Vốn lưu động")
    m["inv_total"], m["fixed"], m["dep"] = inv_total, fixed, r1(fixed / c["life"])
    if "src_pct" in c:
        m["src"] = [(n, r1(c["src_base"] * p / 100)) for n, p in c["src_pct"]]
    else:
        m["src"] = list(c["src"])
    m["src_total"] = r1(sum(a for _, a in m["src"]))
    costs = []
    for y in range(3):
        rev = m["rev"][y]
        lines = [
            ("Nguyên liệu", r1(m["need"][y] * c["raw_price"] / 1e6)),
            ("Bao bì", r1(sum(q[y] * pc for _, _, _, pc, q in prods) / 1e6)),
            ("Tiền lương", r1(c["staff"][y] * c["wage"] * 12)),
            ("Điện, nhiên liệu", r1(m["out"][y] * c["energy"] / 1e6)),
            ("Khấu hao", m["dep"]),
            ("Lãi vay", r1(c["loan"][y] * c["rate"])),
            ("Bán hàng, quảng bá", r1(rev * c["sell"] / 100)),
            ("Thuế, phí", r1(rev * c["tax"] / 100)),
            ("Quản lý, chi khác", float(c["other"])),
        ]
        costs.append(lines)
    m["cost_lines"] = costs
    m["cost_sum"] = [r1(sum(v for _, v in costs[y])) for y in range(3)]
    m["cost"] = m["cost_sum"][:]
    for y, how in c.get("cost_w", {}).items():
        if how == "minus_pack":
            m["cost"][y] = r1(m["cost_sum"][y] - costs[y][1][1])
    m["profit_true"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["profit"] = m["profit_true"][:]
    for y, how in c.get("profit_w", {}).items():
        m["profit"][y] = r1(m["profit_true"][y] * float(how[1:]))
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    m["rev_growth"] = [r1((m["rev"][0] / m["hist_rev"][2] - 1) * 100)] + \
        [r1((m["rev"][y] / m["rev"][y - 1] - 1) * 100) for y in (1, 2)]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback_calc"] = r1(inv_total / (m["avg_profit"] + m["dep"]))
    m["payback"] = c.get("payback_w", m["payback_calc"])
    # the true figures, every line from its components (for the planted defects)
    t_cost = []
    for y in range(3):
        t_cost.append(r1(m["cost_sum"][y] - costs[y][6][1] - costs[y][7][1]
                         + r1(m["rev_true"][y] * c["sell"] / 100) + r1(m["rev_true"][y] * c["tax"] / 100)))
    m["profit_fully_true"] = [r1(m["rev_true"][y] - t_cost[y]) for y in range(3)]
    m["payback_true"] = r1(inv_total / (r1(sum(m["profit_fully_true"]) / 3) + m["dep"]))
    m["channels"] = [(n, s, [round(m["out"][y] * s / 100) for y in range(3)]) for n, s in c["channels"]]
    m["staff_split"] = [[2] * 3, [c["staff"][y] - 3 for y in range(3)], [1] * 3]
    m["months"] = [round(m["out"][0] * s / 100) for s in c["months"]]
    sell0 = m["cost_lines"][0][6][1]
    m["promo"] = [(n, s, r1(sell0 * s / 100)) for n, s in c.get("promo", PROMO)]
    m["unit_cost"] = [(n, round(v * 1e6 / m["out"][0]), r1(v / m["cost"][0] * 100)) for n, v in m["cost_lines"][0]]
    ln = {n: v for n, v in m["cost_lines"][0]}
    rev0, cost0 = m["rev"][0], m["cost"][0]
    var = ln["Nguyên liệu"] + ln["Bao bì"] + ln["Điện, nhiên liệu"] + ln["Bán hàng, quảng bá"] + ln["Thuế, phí"]
    sc = [("Phương án cơ sở", rev0, cost0),
          ("Giá bán giảm 10 %", r1(rev0 * 0.9), r1(cost0 - 0.1 * (ln["Bán hàng, quảng bá"] + ln["Thuế, phí"]))),
          ("Giá nguyên liệu tăng 15 %", rev0, r1(cost0 + 0.15 * ln["Nguyên liệu"])),
          ("Sản lượng giảm 10 %", r1(rev0 * 0.9), r1(cost0 - 0.1 * var))]
    m["sens"] = [(n, rv, ct, r1(rv - ct), r1((rv - ct) / rv * 100)) for n, rv, ct in sc]
    return m


# ------------------------------------------------------------------ reading the plan

def num(cell: str) -> float | None:
    s = cell.strip().replace(" %", "").replace("%", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", s):
        return plancheck.vn(s)
    return None


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """Rows (cells) of the first table whose caption line contains `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("Bảng") and caption in line:
                rows, started = [], False
                for ln in lines[i + 1:]:
                    if ln.strip().startswith("|"):
                        started = True
                        cells = [x.strip() for x in ln.strip().strip("|").split("|")]
                        if not all(set(x) <= set("-: ") for x in cells):
                            rows.append(cells)
                    elif started:
                        break
                return rows[1:]  # without the header row
        self.failures.append(f"table not found: {caption}")
        return []

    def nums(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in rows:
            if any(x.startswith(label) for x in r[:2]):
                vals = [v for v in (num(x) for x in r[1:]) if v is not None]
                if len(vals) >= n:
                    return vals[-n:] if n == 3 else vals[:n]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def words(self) -> int:
        return len(self.body.split())


def eq(p: Plan, got: list[float], want: list[float], what: str, tol: float = 0.01) -> None:
    for y, (g, w) in enumerate(zip(got, want)):
        p.check(close(g, w, tol) or abs(g - w) <= 0.11, f"{what} {YEARS[y] if len(got) == 3 else y}: {g} != {w}")


def full_plan(stem: str) -> tuple[Plan, dict, dict]:
    """The checks every full plan gets; returns the plan, its constants and its model."""
    p, c = Plan(stem), P[stem]
    m = model(c)
    u = c["unit"]
    # history
    h = p.table("Kết quả sản xuất kinh doanh 2024")
    eq(p, p.nums(h, "Sản lượng"), c["hist_out"], "history output")
    hr, hp = p.nums(h, "Doanh thu"), p.nums(h, "Lợi nhuận")
    eq(p, hr, [o * c["hist_price"] / 1e6 for o in c["hist_out"]], "history revenue = output x average price")
    eq(p, p.nums(h, "Tỷ suất"), [hp[i] / hr[i] * 100 for i in range(3)], "history margin %")
    # prices
    pt = p.table("Quy cách và giá bán")
    for label, size, price, _, _ in c["products"]:
        p.check(num(next((r[-1] for r in pt if r[1].startswith(label)), "0")) == price, f"price of {label}")
    # production plan
    pp = p.table("Kế hoạch sản lượng")
    for label, _, _, _, q in c["products"]:
        eq(p, p.nums(pp, label), q, f"packs {label}")
    tot = p.nums(pp, "Tổng sản lượng")
    eq(p, tot, [sum(q[y] * s for _, s, _, _, q in c["products"]) for y in range(3)], "output = packs x size")
    gr = p.nums(pp, "Tăng trưởng")
    eq(p, gr, [(tot[0] / c["hist_out"][2] - 1) * 100, (tot[1] / tot[0] - 1) * 100, (tot[2] / tot[1] - 1) * 100],
       "growth %")
    eq(p, p.nums(pp, "Lao động"), c["staff"], "staff")
    # channels
    ch = p.table("Cơ cấu kênh tiêu thụ")
    shares = []
    for name, s, _ in m["channels"]:
        row = next((r for r in ch if r[1] == name), None)
        p.check(row is not None, f"channel row {name}")
        if row:
            vals = [num(x) for x in row[2:]]
            shares.append(vals[0])
            eq(p, vals[1:], [tot[y] * vals[0] / 100 for y in range(3)], f"channel {name} = share x output")
    cs = p.nums(ch, "Cộng", 4)
    p.check(sum(shares) == 100 == cs[0], "channel shares sum to 100 %")
    eq(p, cs[1:], tot, "channel rows sum to output")
    # staff
    st = p.table("Bố trí lao động")
    eq(p, [sum(p.nums(st, x)[y] for x in ("Quản lý", "Sản xuất", "Bán hàng")) for y in range(3)], c["staff"],
       "staff by section")
    eq(p, p.nums(st, "Cộng"), c["staff"], "staff total")
    p.has(f"{fnum(c['cap_day'])} {u}/ngày × {c['days']} ngày = {fnum(m['cap'])} {u}/năm")
    # investment and sources
    iv = p.table("Tổng vốn đầu tư")
    items = [p.nums(iv, n, 1)[0] for n, _ in c["inv"]]
    eq(p, items, [a for _, a in c["inv"]], "investment items")
    total = p.nums(iv, "Tổng cộng", 2)
    eq(p, [total[0]], [sum(items)], "investment total = items")
    for n, a in c["inv"]:
        row = next(r for r in iv if r[1].startswith(n))
        eq(p, [num(row[-1])], [a / sum(items) * 100], f"investment share {n}")
    sv = p.table("Nguồn vốn")
    srcs = [p.nums(sv, n, 1)[0] for n, _ in m["src"]]
    eq(p, srcs, [a for _, a in m["src"]], "sources")
    stot = p.nums(sv, "Cộng", 2)
    eq(p, [stot[0]], [sum(srcs)], "sources total = rows")
    for n, a in m["src"]:
        row = next(r for r in sv if r[1].startswith(n))
        eq(p, [num(row[-1])], [a / stot[0] * 100], f"source share {n}")
    # revenue
    rv = p.table("Doanh thu dự kiến")
    lines = []
    for i, (label, size, price, _, q) in enumerate(c["products"]):
        row = p.nums(rv, f"{label} (")
        lines.append(row)
        lab = next(r[1] for r in rv if r[1].startswith(f"{label} ("))
        p.check(f"{fnum(price)} đ/" in lab, f"price in the label of {label}")
        for y in range(3):
            true = q[y] * price / 1e6
            if (i, y) in c.get("rev_w", {}):
                p.check(off(row[y], true), f"PLANTED revenue line {label} {YEARS[y]}: {row[y]} vs {true}")
            else:
                p.check(close(row[y], true), f"revenue {label} {YEARS[y]}: {row[y]} != {true}")
    rtot = p.nums(rv, "Tổng doanh thu")
    eq(p, rtot, [sum(l[y] for l in lines) for y in range(3)], "revenue total = lines")
    eq(p, rtot, m["rev"], "revenue total = model")
    # cost
    ct = p.table("Chi phí sản xuất kinh doanh")
    clines = []
    for k, (name, _) in enumerate(m["cost_lines"][0]):
        row = next((r for r in ct if r[1].startswith(name)), None)
        if row is None:
            p.failures.append(f"cost row {name}")
            continue
        vals = [num(x) for x in row[2:]]
        clines.append(vals[:3])
        eq(p, vals[:3], [m["cost_lines"][y][k][1] for y in range(3)], f"cost line {name}")
        eq(p, [vals[3]], [vals[0] / rtot[0] * 100], f"% DT 2027 of {name}")
    need = [o / (c["rec"] * (1 - c["loss"])) for o in tot]
    eq(p, clines[0], [need[y] * c["raw_price"] / 1e6 for y in range(3)], "raw cost = need x price")
    eq(p, clines[1], [sum(q[y] * pc for _, _, _, pc, q in c["products"]) / 1e6 for y in range(3)], "packaging")
    eq(p, clines[2], [s * c["wage"] * 12 for s in c["staff"]], "wages")
    eq(p, clines[3], [t * c["energy"] / 1e6 for t in tot], "energy")
    eq(p, clines[4], [m["fixed"] / c["life"]] * 3, "depreciation")
    eq(p, clines[5], [b * c["rate"] for b in c["loan"]], "interest")
    eq(p, clines[6], [r * c["sell"] / 100 for r in rtot], "selling share")
    eq(p, clines[7], [r * c["tax"] / 100 for r in rtot], "tax share")
    ctot = p.nums(ct, "Tổng chi phí", 4)[:3]
    sums = [sum(l[y] for l in clines) for y in range(3)]
    for y in range(3):
        if y in c.get("cost_w", {}):
            p.check(off(ctot[y], sums[y]), f"PLANTED cost total {YEARS[y]}: {ctot[y]} vs lines {sums[y]}")
        else:
            p.check(close(ctot[y], sums[y]), f"cost total {YEARS[y]}: {ctot[y]} != {sums[y]}")
    # summary
    sm = p.table("Tổng hợp hiệu quả")
    srev, scost, sprof = p.nums(sm, "Doanh thu"), p.nums(sm, "Chi phí"), p.nums(sm, "Lợi nhuận")
    eq(p, srev, rtot, "summary revenue")
    eq(p, scost, ctot, "summary cost = the cost table's total")
    for y in range(3):
        if y in c.get("profit_w", {}):
            p.check(off(sprof[y], srev[y] - scost[y]), f"PLANTED profit {YEARS[y]}: {sprof[y]} vs {srev[y] - scost[y]}")
        else:
            p.check(close(sprof[y], srev[y] - scost[y]), f"profit {YEARS[y]}")
    eq(p, p.nums(sm, "Tỷ suất"), [sprof[y] / srev[y] * 100 for y in range(3)], "margin %")
    eq(p, p.nums(sm, "Tăng trưởng doanh thu"),
       [(srev[0] / hr[2] - 1) * 100, (srev[1] / srev[0] - 1) * 100, (srev[2] / srev[1] - 1) * 100], "revenue growth %")
    # monthly calendar 2027
    cal = p.table("Lịch sản xuất năm 2027")
    shares, qty = [], []
    for k in range(12):
        v = p.nums(cal, f"Tháng {k + 1}", 2)
        shares.append(v[0]); qty.append(v[1])
        eq(p, [v[1]], [tot[0] * v[0] / 100], f"month {k + 1} = share x output")
    cs = p.nums(cal, "Cả năm", 2)
    p.check(sum(shares) == 100 == cs[0] and close(sum(qty), tot[0]) and cs[1] == tot[0], "calendar sums")
    eq(p, shares, c["months"], "calendar shares")
    # selling budget split
    pr = p.table("Phân bổ chi phí bán hàng")
    sell0 = clines[6][0]
    amounts = []
    for n, s, _ in m["promo"]:
        v = p.nums(pr, n, 2)
        amounts.append(v[1])
        eq(p, [v[1]], [sell0 * v[0] / 100], f"selling item {n}")
    ps = p.nums(pr, "Cộng", 2)
    p.check(ps[0] == 100 and abs(ps[1] - sell0) <= 0.11 and abs(sum(amounts) - sell0) <= 0.25, "selling split sums")
    # unit cost 2027
    uc = p.table("Cơ cấu giá thành năm 2027")
    for k, (n, _, _) in enumerate(m["unit_cost"]):
        v = p.nums(uc, n, 2)
        eq(p, [v[0]], [clines[k][0] * 1e6 / tot[0]], f"unit cost {n}", 0.01)
        eq(p, [v[1]], [clines[k][0] / ctot[0] * 100], f"share of cost {n}")
    ut = p.nums(uc, "Giá thành", 2)
    eq(p, [ut[0]], [ctot[0] * 1e6 / tot[0]], "unit cost total")
    eq(p, [p.nums(uc, "Giá bán bình quân", 1)[0]], [rtot[0] * 1e6 / tot[0]], "average price")
    # sensitivity 2027
    se = p.table("Phân tích độ nhạy")
    base = p.nums(se, "Phương án cơ sở", 4)
    eq(p, base[:3], [rtot[0], ctot[0], rtot[0] - ctot[0]], "sensitivity base")
    sl, tx, rw = clines[6][0], clines[7][0], clines[0][0]
    var = rw + clines[1][0] + clines[3][0] + sl + tx
    for label, rv, ct in (("Giá bán giảm 10 %", rtot[0] * 0.9, ctot[0] - 0.1 * (sl + tx)),
                          ("Giá nguyên liệu tăng 15 %", rtot[0], ctot[0] + 0.15 * rw),
                          ("Sản lượng giảm 10 %", rtot[0] * 0.9, ctot[0] - 0.1 * var)):
        v = p.nums(se, label, 4)
        eq(p, v, [rv, ct, rv - ct, (rv - ct) / rv * 100], f"sensitivity {label}")
    # quoted figures
    cost0 = m["cost"][0]
    p.has(f"tỷ lệ thu hồi {pct(c['rec'] * 100)} %",
          f"hao hụt {fnum(c['loss'] * 100)} %",
          f"nguyên liệu chiếm {fnum(m['cost_lines'][0][0][1] / cost0 * 100, 1)} % tổng chi phí",
          f"tỷ suất lợi nhuận/doanh thu năm 2027 đạt {fnum(m['margin'][0], 1)} %",
          ", ".join(f"{n[0].lower() + n[1:] if k else n} {s} %" for k, (n, s, _) in enumerate(m["channels"])),
          f"{fnum(m['inv_total'])} triệu đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p, c, m


def payback_text(p: Plan, m: dict, written: float) -> None:
    p.has(f"{fnum(m['inv_total'])} : ({fnum(m['avg_profit'], 1)} + {fnum(m['dep'], 1)}) ≈ {fnum(written, 1)} năm")


def supply_ok(p: Plan, c: dict, m: dict) -> None:
    rw = p.table("Cân đối nguyên liệu")
    need, sup = p.nums(rw, "Nguyên liệu cần dùng"), p.nums(rw, "Tổng nguồn cung")
    eq(p, need, m["need"], "need = output / (recovery x (1 - loss))")
    eq(p, sup, [m["supply"]] * 3, "supply = own + contract")
    eq(p, p.nums(rw, "Nguồn tự có"), [c["own"]] * 3, "own supply")
    eq(p, p.nums(rw, "Nguồn liên kết"), [c["contract"]] * 3, "contracted supply")
    eq(p, p.nums(rw, "Tỷ lệ thu hồi"), [round(c["rec"] * 100, 6)] * 3, "recovery %")
    eq(p, p.nums(rw, "Hao hụt"), [c["loss"] * 100] * 3, "loss %")


def ready(stem: str, *snippets: str) -> Plan:
    p, c, m = full_plan(stem)
    supply_ok(p, c, m)
    p.check(all(n <= m["supply"] for n in m["need"]), "need within supply")
    p.check(all(o <= m["cap"] for o in m["out"]), "output within capacity")
    p.check(all(g < 20 for g in m["growth"] + m["rev_growth"]), "growth under 20 %")
    p.check(m["src_total"] == m["inv_total"], "sources = investment")
    p.check(5 < m["margin"][0] < 30, "margin plausible")
    payback_text(p, m, m["payback"])
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tự công bố", "tiêu chuẩn cơ sở",
          "Cục Sở hữu trí tuệ", "truy xuất", *snippets)
    return p


def revise_common(p: Plan, c: dict, m: dict) -> None:
    p.lacks(REPLACED if "en07" not in p.stem else r"^$", "no replaced instrument unless planted")


def en05() -> Plan:
    p, c, m = full_plan("en05_ruou_nep_tung_anh_htx")
    supply_ok(p, c, m)
    true = 22000 * 80000 / 1e6
    p.check(true == 1760 and off(1980, true) and m["rev"][1] != m["rev_true"][1], "PLANTED 1.980 != 1.760 (+12,5 %)")
    p.check(off(m["payback"], m["payback_true"], 0) and m["payback"] < m["payback_true"],
            f"tolerated knock-on: payback {m['payback']} on the inflated 2028 profit, {m['payback_true']} true")
    payback_text(p, m, m["payback"])
    p.check(all(n <= m["supply"] for n in m["need"]) and all(o <= m["cap"] for o in m["out"]), "supply and capacity ok")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "PLANTED no alcohol production licence")
    p.has("Hợp tác xã Rượu nếp Tùng Ảnh", "Hợp tác xã Rượu cần Sơn Phú")
    p.check(p.count("Hợp tác xã Rượu cần Sơn Phú") == 2, "PLANTED another producer's name, twice")
    p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    revise_common(p, c, m)
    return p


def en06() -> Plan:
    p, c, m = full_plan("en06_cam_say_huong_minh_cty")
    supply_ok(p, c, m)
    p.check(m["need"][0] <= m["supply"] and off(m["need"][1], m["supply"]) and off(m["need"][2], m["supply"])
            and m["need"][2] > m["supply"], f"PLANTED need {m['need']} over supply {m['supply']} in 2028 and 2029")
    p.check(m["src_total"] == 1500 and m["inv_total"] == 1700 and off(m["src_total"], m["inv_total"]),
            "PLANTED sources 1.500 != investment 1.700 (-11,8 %)")
    p.has("vốn tự có 45 %", "675 triệu đồng", "đủ nguyên liệu")
    p.lacks(r"môi trường|nước thải|chất thải|bã|vỏ cam|rác|xử lý", "PLANTED no environmental measure")
    p.has("an toàn thực phẩm", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "truy xuất")
    payback_text(p, m, m["payback"])
    revise_common(p, c, m)
    return p


def en07() -> Plan:
    p, c, m = full_plan("en07_che_vang_ky_tan_hkd")
    supply_ok(p, c, m)
    p.check(off(m["cost"][1], m["cost_sum"][1]) and close(m["cost_sum"][1] - m["cost"][1], m["cost_lines"][1][1][1]),
            "PLANTED 2028 total leaves out the packaging line")
    p.check(off(m["profit"][1], m["profit_fully_true"][1]), "tolerated knock-on: 2028 profit")
    payback_text(p, m, m["payback"])
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "Phòng Nông nghiệp và Phát triển nông thôn huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated: the current instruments are not cited")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố (sản phẩm|chất lượng)|QCVN|TCVN|kiểm nghiệm chỉ tiêu|phiếu kiểm nghiệm",
            "PLANTED no product standard or declaration")
    p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu")
    return p


def en08() -> Plan:
    p, c, m = full_plan("en08_keo_lac_xuan_hong_tht")
    supply_ok(p, c, m)
    p.check(all(g >= 69 for g in m["growth"]) and all(g >= 60 for g in m["rev_growth"]),
            f"PLANTED growth {m['growth']} / {m['rev_growth']} a year with the same channels")
    p.check(all(n <= m["supply"] for n in m["need"]) and all(o <= m["cap"] for o in m["out"]),
            "the new line and the contract cover it (not the defect)")
    p.check(off(0.4, m["payback_calc"]), f"PLANTED payback 0,4 != {m['payback_calc']}")
    payback_text(p, m, 0.4)
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|tem", "PLANTED no label")
    p.has("an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "Nhãn hiệu")
    revise_common(p, c, m)
    return p


def en09() -> Plan:
    p, c, m = full_plan("en09_mam_tom_thach_kim_cty")
    supply_ok(p, c, m)
    p.check(m["out"][1] <= m["cap"] and off(m["out"][2], m["cap"]) and m["out"][2] > m["cap"],
            f"PLANTED 2029 output {m['out'][2]} over capacity {m['cap']}")
    p.has("14 lao động")
    p.check(off(14, c["staff"][0]), "PLANTED 14 workers in §1 against 9 in the staff table and wages")
    p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|tự công bố|công bố sản phẩm|khám sức khỏe|cam kết",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nước thải", "Cục Sở hữu trí tuệ")
    payback_text(p, m, m["payback"])
    revise_common(p, c, m)
    return p


def en10() -> Plan:
    p, c, m = full_plan("en10_tinh_bot_nghe_thach_ngoc")
    p.check(off(m["profit"][1], m["profit_true"][1]), f"PLANTED 2028 profit {m['profit'][1]} != {m['profit_true'][1]}")
    p.check(off(m["payback"], m["payback_true"], 0), "tolerated knock-on: payback on the inflated profit")
    payback_text(p, m, m["payback"])
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|công ty|hợp tác xã|"
            r"tổ hợp tác|thành lập|đăng ký hộ", "PLANTED no registration")
    p.lacks(r"^#+ .*(nguyên liệu|Nguyên liệu|NGUYÊN LIỆU)", "PLANTED no raw-material section heading")
    p.check("Cân đối nguyên liệu" not in p.body, "no raw-material balance")
    p.has("an toàn thực phẩm", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    revise_common(p, c, m)
    return p


def sketchy() -> list[Plan]:
    a = Plan("en11_mut_gung_cam_xuyen_so_sai")
    a.check(400 * 150000 == 60e6 and 0.6 * 400 == 240, "400 kg × 150.000 = 60 triệu; 60 % = 240 kg")
    a.has("khoảng 400 kg", "150.000 đồng/kg", "khoảng 60 triệu đồng", "60 %")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|"
            r"nhãn|môi trường|nước thải|truy xuất|vốn đầu tư|máy", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("en12_chieu_coi_ky_ha_so_sai")
    b.check(2000 * 90000 == 180e6 and 0.7 * 2000 == 1400, "2.000 chiếc × 90.000 = 180 triệu; 70 % = 1.400")
    b.has("khoảng 2.000 chiếc", "90.000 đồng/chiếc", "khoảng 180 triệu đồng", "70 %")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|thuốc nhuộm|"
            r"truy xuất|vốn đầu tư|chi phí|lợi nhuận", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [
        ready("en01_nuoc_mam_ky_xuan_htx", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
              "đăng ký môi trường", "Luật Hợp tác xã năm 2023"),
        ready("en02_che_xanh_son_kim_cty", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
              "mã số doanh nghiệp"),
        ready("en03_mat_ong_huong_lam_hkd", "an toàn thực phẩm", "Giấy chứng nhận đăng ký hộ kinh doanh"),
        ready("en04_dau_lac_thien_loc_tht", "an toàn thực phẩm", "hợp đồng hợp tác", "khô dầu"),
        en05(), en06(), en07(), en08(), en09(), en10(),
    ]
    return plancheck.report(plans + sketchy())


if __name__ == "__main__":
    sys.exit(main())
