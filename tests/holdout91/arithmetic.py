"""Holdout set 91's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout91/arithmetic.py

For every plan of the set (seafood and coastal products, plan years 2027-2029): revenue =
quantity x price, sub-rows add up to their totals, cost lines add up to total cost, profit =
revenue - cost, tax, investment items = capital sources = total, depreciation, interest on the
loan balance, average profit and payback, raw-material need vs supply, output vs capacity,
growth, wage bills vs head counts. Planted numeric defects are asserted wrong by more than 5 %
(with the true value computed) and everything else right within 1 %. Table figures are read from
the plan's source; figures quoted in running text are looked up verbatim, so the numbers cannot
drift from the text. The textual planted defects (no environmental measure, replaced instruments
cited, no product standard, a second producer name, no business registration, no label, no
trademark, no food safety, no quality control, an area stated twice differently) are asserted
by the absence or presence of their words; ready plans cite no replaced instrument and no
district body; no plan has a template placeholder.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|01/2021/NĐ-CP|\bhuyện\b"


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def cost_check(p: Plan, lines: list[list[float]], cost: list[float], what: str = "cost") -> None:
    for y in Y:
        p.check(close(cost[y], lines_sum(lines, y)), f"{what} lines add up {y}: {lines_sum(lines, y)} vs {cost[y]}")


def tables(p: Plan) -> int:
    return sum(1 for line in p.body.splitlines() if line.strip().startswith("|---"))


# --------------------------------------------------------------------------- ready plans

def cn01() -> Plan:
    p = Plan("cn01_nuoc_mam_hai_dong_htx")
    ch, can, lit = p.row("Nước mắm nhĩ 35°N chai 500 ml"), p.row("Nước mắm 25°N can 2 lít"), p.row("Tổng sản lượng quy đổi")
    fish, salt, staff = p.row("Cá cơm tươi"), p.row("Muối hạt|"), p.row("Cộng|")
    rev, rch, rcan = p.row("Doanh thu|", skip=1), p.row("Chai 500 ml (85.000"), p.row("Can 2 lít (150.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cá cơm (25.000", "Muối hạt (4.000", "Chai, can, nắp", "Tiền lương", "Khấu hao tài sản",
                                 "Lãi vay", "Điện, nước, vận chuyển", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 2, f"litres {y}")
        p.check(close(rch[y], ch[y] * 0.085) and close(rcan[y], can[y] * 0.15) and close(rev[y], rch[y] + rcan[y]), f"revenue {y}")
        p.check(close(fish[y], lit[y] * 1.5) and close(salt[y], fish[y] / 3), f"fish 1,5 kg/l, salt 3:1 {y}")
        p.check(close(lines[0][y], fish[y] * 0.025) and close(lines[1][y], salt[y] * 0.004)
                and close(lines[2][y], ch[y] * 0.006 + can[y] * 0.008), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 80)
                and close(lines[5][y], [500, 400, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.05), f"wages, dep., interest, selling {y}")
        p.check(close(pre[y], rev[y] - cost[y]), f"pre-tax profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"income tax {rate} {y}")
        p.check(lit[y] <= 40000 and fish[y] <= 60000, f"within 40.000 l barrels and 60-tấn contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    cost_check(p, lines, cost)
    p.check(30 * 2000 == 60000 and close(60000 / 1.5, 40000), "30 barrels × 2 tấn = 60 tấn → 40.000 lít")
    items = [p.one(x) for x in ("Cải tạo nhà chượp", "Hệ thống lọc, máy chiết rót", "Hệ thống thu gom", "Thiết kế bao bì",
                                "Vốn lưu động mua cá")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == p.one("Vốn góp, vốn tích lũy") + p.one("Vay Ngân hàng"),
            "investment = sources = 1.500")
    p.check(sum(items[:3]) == 800 and close(800 / 10, 80), "fixed 800, depreciation 80")
    p.check(avg1(post) == 793.1 and close(1500 / (793.1 + 80), 1.7, 0.02), "average profit 793,1, payback 1,7")
    p.check(close(lit[0] / 21000, 1.14, 0.01), "+14 % on 2026")
    p.check(close(pre[0] / rev[0], 0.258, 0.01) and close(pre[2] / rev[2], 0.291, 0.01), "margin 25,8–29,1 %")
    p.check(20000 * 0.08 + 5000 * 0.14 == 2300, "2025: 20.000 chai × 80.000 + 5.000 can × 140.000 = 2,3 tỷ")
    p.has("85.000 đồng/chai", "150.000 đồng/can", "(645,1 + 788,1 + 946,2) : 3 ≈ 793,1", "1.500 : (793,1 + 80) ≈ 1,7 năm",
          "tổng lượng cam kết 60 tấn cá/năm", "khoảng 40.000 lít nước mắm thành phẩm/năm", "TCVN 5107:2018",
          "Nghị định 43/2017/NĐ-CP", "đã đăng ký môi trường", "mã QR", "Giấy chứng nhận đăng ký nhãn hiệu")
    ready_text(p)
    return p


def cn02() -> Plan:
    p = Plan("cn02_muc_mot_nang_kim_doi_htx")
    staff = [p.row(str(2027 + y), 5, skip=0)[-1] for y in Y]
    prod = [p.row(str(2027 + y), 4, skip=1) for y in Y]          # túi, buôn kg, total kg, squid kg
    revs = [p.row(str(2027 + y), 3, skip=2) for y in Y]          # túi, buôn, total (đồng)
    res = [p.row(str(2027 + y), 5, skip=1) for y in Y]           # revenue, cost, pre, tax, post (staff rows come first)
    lines = [p.row(x) for x in ("Mực ống tươi (150.000", "Muối, đá lạnh", "Bao bì (8.000", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí")
    for y in Y:  # đồng
        tui, bb, kg, sq = prod[y]
        p.check(kg == tui * 0.5 + bb and close(sq, kg * 1.6), f"kg, squid 1,6 kg/kg {y}")
        p.check(close(revs[y][0], tui * 240000) and close(revs[y][1], bb * 420000)
                and close(revs[y][2], revs[y][0] + revs[y][1]), f"revenue {y}")
        p.check(close(lines[0][y], sq * 150000) and close(lines[1][y], kg * 15000)
                and close(lines[2][y], tui * 8000 + bb * 3000), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6e6 * 12) and close(lines[4][y], 60e6)
                and close(lines[5][y], [300e6, 200e6, 100e6][y] * 0.06) and close(lines[6][y], revs[y][2] * 0.06),
                f"wages, dep., interest, selling {y}")
        r = res[y]
        p.check(close(r[0], revs[y][2]) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]), f"result row {y}")
        rate = 0.15 if r[0] <= 3e9 else 0.17
        p.check(close(r[3], r[2] * rate) and close(r[4], r[2] - r[3]), f"tax {rate} {y}")
        p.check(sq <= 18 * 1200 and sq <= 120 * 200, f"squid within 21.600 kg catch and 24.000 kg works {y}")
        if y:
            p.check(revs[y][2] / revs[y - 1][2] < 1.2, f"growth {y}")
    cost_check(p, lines, cost)
    items = [p.one(x) for x in ("Mở rộng xưởng sơ chế", "Giàn phơi inox, lưới che |", "Kho lạnh 20 m³", "Bao bì, nhãn, tem",
                                "Vốn lưu động")] + [p.one("Máy sấy nhiệt kết hợp năng lượng mặt trời", skip=1)]
    p.check(sum(items) == p.one("Tổng cộng") == 900e6 == 600e6 + 300e6, "investment 900 = 600 + 300 triệu")
    p.check(items[0] + items[1] + items[2] + items[5] == 600e6 and close(600e6 / 10, 60e6), "fixed 600, depreciation 60")
    post = [r[4] for r in res]
    p.check(close(sum(post) / 3, 331155000, 0.0001) and close(900e6 / (331155000 + 60e6), 2.3, 0.01), "payback 2,3")
    p.check(close(prod[0][2] / 5200, 1.15, 0.01), "+15 % on 2026")
    p.has("240.000 đồng/túi", "420.000 đồng/kg", "21.600 kg mực tươi/năm", "24.000 kg mực tươi/năm",
          "(262.650.000 + 329.095.000 + 401.720.000) : 3 ≈ 331.155.000", "900.000.000 : (331.155.000 + 60.000.000 khấu hao) ≈ 2,3 năm",
          "PHẦN THỨ NHẤT", "PHẦN THỨ TƯ", "đăng ký môi trường", "tem QR", "Nhãn hiệu \"Kim Đôi\"")
    p.check(p.body.index("PHẦN THỨ NHẤT. TỔNG QUAN THỊ TRƯỜNG") < p.body.index("PHẦN THỨ HAI. GIỚI THIỆU HỢP TÁC XÃ"),
            "market before the HTX")
    ready_text(p)
    return p


def cn03() -> Plan:
    p = Plan("cn03_ruoc_tom_huong_thuy_hkd")
    hu, tui, kg, staff = (p.row("Ruốc tôm hũ 200 g (hũ)"), p.row("Ruốc tôm túi 500 g (túi)"),
                          p.row("Tổng sản lượng ruốc (kg)"), p.row("Lao động (người)"))
    tom, spice = p.row("Tôm tươi cần dùng (kg)"), p.row("Nước mắm, đường, tiêu (triệu đồng)")
    rev, rh, rt = p.row("Doanh thu (triệu đồng)"), p.row("- Hũ 200 g (170.000"), p.row("- Túi 500 g (400.000")
    cost = p.row("Chi phí (triệu đồng)")
    lines = [p.row(x) for x in ("- Tôm tươi (100.000", "- Nước mắm, đường, tiêu", "- Hũ, túi, nhãn", "- Điện, gas",
                                 "- Tiền công", "- Khấu hao", "- Lãi vay", "- Bán hàng, vận chuyển", "- Kiểm nghiệm, chi khác",
                                 "- Thuế GTGT, TNCN")]
    prof = p.row("Lợi nhuận (triệu đồng)")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.2 + tui[y] * 0.5 and close(tom[y], kg[y] * 3.5), f"kg, shrimp 3,5 kg/kg {y}")
        p.check(close(rh[y], hu[y] * 0.17) and close(rt[y], tui[y] * 0.4) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], tom[y] * 0.1) and close(spice[y], kg[y] * 0.02) and close(lines[1][y], spice[y])
                and close(lines[2][y], hu[y] * 0.006 + tui[y] * 0.004) and close(lines[3][y], kg[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 30)
                and close(lines[6][y], [200, 150, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[9][y], rev[y] * 0.015), f"wages, dep., interest, selling, tax {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(tom[y] <= 10000 and kg[y] <= 12 * 2 * 250, f"shrimp within 10 tấn, pan 6.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    cost_check(p, lines, cost)
    items = [p.one(x) for x in ("Cải tạo khu chế biến", "Chảo rang tự đảo", "Tủ đông, máy hàn màng seal", "Bao bì, nhãn, kiểm nghiệm",
                                "Vốn lưu động mua tôm")]
    p.check(sum(items) == p.one("Tổng cộng") == 400 == 200 + 200 and sum(items[:3]) == 300, "capital 400 = 200 + 200, fixed 300")
    p.check(sum(prof) / 3 == 275 and close(400 / (275 + 30), 1.3, 0.02), "average 275, payback 1,3")
    p.check(close(kg[0] / 1300, 1.15, 0.01), "+15 % on 2026")
    p.check(5000 <= 1000 + 2500 + 1500 and tui[0] <= 1000, "channels cover 2027")
    p.check(10 + 20 + 25 <= lines[7][0], "promotion plan inside the selling cost")
    p.has("170.000 đồng/hũ", "400.000 đồng/túi", "hai trăm triệu đồng", "400 triệu đồng (bốn trăm triệu đồng)",
          "(219,2 + 253 + 352,8) : 3 = 275", "400 : (275 + 30) ≈ 1,3 năm", "8 tấn/năm", "6.000 kg ruốc/năm",
          "miễn đăng ký môi trường", "tem QR")
    p.check(p.count("hai trăm triệu đồng") == 2, "two amounts in words")
    ready_text(p)
    return p


def cn04() -> Plan:
    p = Plan("cn04_ca_moi_kho_tu_lanh_hkd")
    tui, bb, kg = p.row("Túi hút chân không 500 g"), p.row("Cá đóng thùng bán buôn"), p.row("Tổng sản lượng cá một nắng")
    staff, fish = [6, 6, 7], [kg[y] * 2.5 for y in Y]
    rev = [tui[y] * 0.11 + bb[y] * 0.18 for y in Y]
    lines = [[fish[y] * 0.035, kg[y] * 0.005, tui[y] * 0.005 + bb[y] * 0.001, staff[y] * 5 * 12, kg[y] * 0.008, 40,
              [300, 200, 100][y] * 0.07, rev[y] * 0.04, 40, rev[y] * 0.015] for y in Y]
    cost = [sum(x) for x in lines]
    prof = [rev[y] - cost[y] for y in Y]
    p.check([round(x) for x in rev] == [1960, 2160, 2360], "revenue 1,96 / 2,16 / 2,36 tỷ")
    p.check([round(x, 1) for x in cost] == [1619.8, 1729.8, 1899.8], "cost 1.619,8 / 1.729,8 / 1.899,8")
    p.check([round(x, 1) for x in prof] == [340.2, 430.2, 460.2], "profit 340,2 / 430,2 / 460,2")
    p.check([round(lines[1][i], 1) for i in range(10)] == [962.5, 55, 51.5, 360, 88, 40, 14, 86.4, 40, 32.4], "2028 cost lines")
    p.check([round(lines[2][i], 1) for i in range(10)] == [1050, 60, 57, 420, 96, 40, 7, 94.4, 40, 35.4], "2029 cost lines")
    for y in Y:
        p.check(kg[y] == tui[y] * 0.5 + bb[y], f"kg {y}")
        p.check(fish[y] <= 8000 + 30000 and fish[y] <= 200 * 180, f"fish within 38 tấn, works 36 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà sấy năng lượng mặt trời", "Máy sấy nhiệt 2 buồng", "Tủ cấp đông, máy hút chân không",
                                "Giàn phơi inox", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 600 == 300 + 300 and sum(items[:4]) == 400, "capital 600 = 300 + 300, fixed 400")
    p.check(close(sum(prof) / 3, 410.2, 0.001) and close(600 / 410.2, 1.5, 0.03), "average 410,2, payback 1,5 (no depreciation)")
    p.check(close(kg[0] / 8800, 1.14, 0.01), "+14 % on 2026")
    p.check(4000 + 2000 <= bb[0] + 1 and 3000 <= tui[0], "contracts cover the wholesale volume")
    p.check(close(880 / 1960, 0.45, 0.01), "45 % of revenue from bags (25 % + 20 %)")
    p.has("8.000 túi × 110.000 đồng = 880 triệu đồng", "6.000 kg × 180.000 đồng = 1.080 triệu đồng",
          "9.000 túi × 110.000 đồng = 990 triệu đồng", "6.500 kg × 180.000 đồng = 1.170 triệu đồng",
          "10.000 túi × 110.000 đồng = 1.100 triệu đồng", "7.000 kg × 180.000 đồng = 1.260 triệu đồng",
          "25.000 kg × 35.000 đồng = 875 triệu đồng", "6 người × 5 triệu đồng × 12 tháng = 360 triệu đồng",
          "Tổng chi phí năm 2027 là 1.619,8 triệu đồng, lợi nhuận 340,2 triệu đồng", "tổng chi phí 1.729,8 triệu đồng, lợi nhuận 430,2",
          "tổng chi phí 1.899,8 triệu đồng, lợi nhuận 460,2", "(340,2 + 430,2 + 460,2) : 3 = 410,2", "600 : 410,2 ≈ 1,5 năm",
          "lần lượt là 21, 14 và 7 triệu đồng", "khoảng 36.000 kg cá tươi/năm", "tổng cộng 30.000 kg/năm",
          "1,96 tỷ đồng", "2,36 tỷ đồng", "tiền công 7 người là 420 triệu đồng", "miễn đăng ký môi trường")
    p.check(tables(p) == 2, "only two small tables")
    ready_text(p)
    return p


# --------------------------------------------------------------------------- revise plans

def cn05() -> Plan:
    p = Plan("cn05_nuoc_mam_phuc_hai_htx")
    ch, can, lit = p.row("Nước mắm nhĩ chai 500 ml"), p.row("Nước mắm can 5 lít"), p.row("Tổng sản lượng")
    fish, salt, staff = p.row("Cá cơm tươi"), p.row("Muối hạt"), p.row("Cộng|")
    rev, rch, rcan = p.row("Doanh thu|", skip=1), p.row("Nước mắm nhĩ chai 500 ml (70.000"), p.row("Nước mắm can 5 lít (250.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cá cơm (22.000", "Muối (4.000", "Chai, can, nhãn, thùng", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Điện, nước, vận chuyển", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận|", skip=1)
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 5 and close(fish[y], lit[y] * 1.5) and close(salt[y], fish[y] / 3), f"litres, fish, salt {y}")
        p.check(close(rcan[y], can[y] * 0.25) and close(rev[y], rch[y] + rcan[y]), f"can revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], fish[y] * 0.022) and close(lines[1][y], salt[y] * 0.004)
                and close(lines[2][y], ch[y] * 0.005 + can[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 70)
                and close(lines[5][y], [600, 500, 400][y] * 0.075) and close(lines[7][y], rev[y] * 0.05), f"wages, dep., interest, 5 % {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit = stated revenue - cost {y}")
        p.check(lit[y] <= 40000 and fish[y] <= 55000, f"within 40 bể (40.000 l) and 55 tấn {y}")
    cost_check(p, lines, cost)
    p.check(close(rch[0], ch[0] * 0.07) and close(rch[2], ch[2] * 0.07), "2027 and 2029 bottle revenue right")
    true28 = ch[1] * 0.07
    p.check(true28 == 2380 and rch[1] == 2720 and off(rch[1], true28), "PLANTED 2028 bottles 2.720 != 34.000 × 70.000 = 2.380")
    p.check(off(rev[1], true28 + rcan[1]), "2028 total 3.320 != true 2.980 (follows the wrong row)")
    p.check(40 * 1500 == 60000 and close(60000 / 1.5, 40000), "40 bể × 1,5 tấn → 40.000 lít")
    items = [p.one(x) for x in ("Xây nhà chượp mới", "Máy lọc, bồn inox", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động mua cá")]
    p.check(sum(items) == p.row("Cộng|", 1, skip=1)[0] == 1200 == 600 + 600 and items[0] + items[1] == 700, "capital 1.200 = 600 + 600")
    stated = sum(prof) / 3
    true = (prof[0] + prof[1] - (rch[1] - true28) + prof[2]) / 3
    p.check(close(stated, 779.2, 0.001) and close(1200 / stated, 1.5, 0.03), "stated payback 1,5 on the stated profits")
    p.check(close(true, 665.8, 0.001) and off(1.5, 1200 / true) and close(1200 / (true + 70), 1.63, 0.01),
            "tolerated knock-on: true payback 1,8 (1,6 with depreciation)")
    p.check(close(rev[1] / rev[0], 1.277, 0.01) and rev[2] / rev[1] < 1.02, "tolerated: stated revenue +27,7 % then +1,2 %")
    p.check(close(lit[0] / 22500, 1.11, 0.01), "+11 % on 2026")
    p.has("70.000 đồng/chai", "250.000 đồng/can", "(522 + 970,5 + 845) : 3 ≈ 779,2", "1.200 : 779,2 ≈ 1,5 năm",
          "tổng 55 tấn cá cơm/năm", "khoảng 40.000 lít nước mắm/năm", "(một tỷ hai trăm triệu đồng)")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|mùi hôi|khử mùi|giảm mùi|\brác\b|bể lắng|xác mắm|bã mắm|than hoạt tính|"
            r"bảo vệ|khí thải|ô nhiễm|08/2022|72/2020", "PLANTED no environmental measure anywhere")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria are never cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cn06() -> Plan:
    p = Plan("cn06_muc_mot_nang_bien_xuan_cty")
    tui, bb, kg, sq = (p.row("Mực một nắng túi 500 g"), p.row("Mực một nắng bán buôn"), p.row("Tổng sản lượng"),
                       p.row("Mực tươi nguyên liệu"))
    staff = p.row("Cộng|")
    rev, rt, rb = p.row("Doanh thu|"), p.row("Túi 500 g (230.000"), p.row("Bán buôn (400.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Mực tươi (130.000", "Muối, đá, điện, nước", "Bao bì|", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == tui[y] * 0.5 + bb[y] and close(sq[y], kg[y] * 1.5), f"kg, squid 1,5 {y}")
        p.check(close(rt[y], tui[y] * 0.23) and close(rb[y], bb[y] * 0.4) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], sq[y] * 0.13) and close(lines[1][y], kg[y] * 0.018)
                and close(lines[2][y], tui[y] * 0.007 + bb[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [1000, 800, 600][y] * 0.08) and close(lines[6][y], rev[y] * 0.06), f"wages, dep., interest, selling {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"profit, 17 % {y}")
        p.check(sq[y] <= 25000, f"squid within the 25-tấn contract {y}")
    cost_check(p, lines, cost)
    capacity = 40 * 250
    p.check(capacity == 10000 and kg[0] <= capacity, "2027 within 10.000 kg")
    p.check(off(kg[1], capacity) and off(kg[2], capacity), "PLANTED 2028-2029 output 12.000 / 14.000 kg > 10.000 kg capacity")
    p.check(close(kg[1] / kg[0], 1.333, 0.01), "tolerated: +33 % in 2028")
    items = [p.one(x) for x in ("Xây nhà xưởng chế biến", "2 lò sấy nhiệt", "Kho lạnh, tủ cấp đông", "Máy hút chân không, bàn inox",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1000 + 1000 and sum(items[:4]) == 1000, "capital 2.000, fixed 1.000")
    p.check(close(avg1(post), 740.6, 0.001) and close(2000 / (740.6 + 100), 2.4, 0.02), "payback 2,4")
    p.check(close(kg[0] / 7000, 1.29, 0.01), "+29 % on 2026 with the new works")
    p.check(25 + 15 + 40 + 30 <= lines[6][0], "promotion plan inside the selling cost")
    p.has("230.000 đồng/túi", "400.000 đồng/kg", "40 kg thành phẩm/ngày", "250 ngày/năm, tương đương 10.000 kg thành phẩm/năm",
          "Toàn bộ thiết bị được đầu tư trong năm 2027", "(428,8 + 742 + 1.051,1) : 3 ≈ 740,6", "2.000 : (740,6 + 100) ≈ 2,4 năm",
          "25.000 kg mực tươi/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP",
          "Nhãn hiệu \"Biển Xuân\"", "tem QR")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|chỉ tiêu (cảm quan|vi sinh|hóa|chất lượng|an toàn)|phân tích mẫu",
            "PLANTED no product standard, declaration, regulation or lab test anywhere")
    p.check(p.count("Công ty TNHH Thủy sản Hồng Phúc") == 2 and p.count("Công ty TNHH Hải sản Biển Xuân") == 3
                and p.count("CÔNG TY TNHH HẢI SẢN BIỂN XUÂN") == 1 and p.count("Biển Xuân") >= 7 and p.count("Hồng Phúc") == 2,
            "PLANTED a second producer name, twice")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cn07() -> Plan:
    p = Plan("cn07_mam_tom_lai_huong_ho")
    hu, bb, kg = p.row("Mắm tôm hũ 500 g"), p.row("Mắm tôm bán buôn"), p.row("Tổng sản lượng")
    moi, salt = p.row("Moi tươi (kg)"), p.row("Muối hạt (kg)")
    rev, rh, rb = p.row("Doanh thu|"), p.row("Hũ 500 g (40.000"), p.row("Bán buôn (60.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Moi tươi (35.000", "Muối hạt (4.000", "Hũ, nắp, màng co", "Tiền công lao động thuê", "Khấu hao",
                                 "Lãi vay", "Điện, vận chuyển", "Bán hàng, quảng bá", "Chi khác")]
    prof = p.row("Lợi nhuận|")
    hired = [2, 2, 3]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hu[y] * 0.5 + bb[y] and close(moi[y], kg[y] * 0.9) and close(salt[y], kg[y] * 0.2), f"kg, moi, salt {y}")
        p.check(close(rh[y], hu[y] * 40) and close(rb[y], bb[y] * 60) and close(rev[y], rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], moi[y] * 35) and close(lines[1][y], salt[y] * 4) and close(lines[2][y], hu[y] * 3 + bb[y] * 1)
                and close(lines[3][y], hired[y] * 5000 * 12) and close(lines[4][y], 20000) and close(lines[5][y], 100000 * 0.066),
                f"costs {y}")
        p.check(moi[y] <= 20000 and kg[y] <= 150 * 40 * 4, f"moi within 20 tấn, 150 chum × 40 kg × 4 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    cost_check(p, lines, cost)
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 316600 and prof[1] == 416600 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 416.600 != 1.140.000 − 823.400 = 316.600")
    items = [p.one(x) for x in ("Cải tạo nhà ủ mắm", "Mua thêm 60 chum", "Máy xay inox", "Hũ, thùng, thiết kế", "Vốn lưu động mua moi")]
    p.check(sum(items) == p.one("Cộng|") == 250000 == 150000 + 100000 and sum(items[:3]) == 200000, "capital 250 = 150 + 100, fixed 200")
    stated, true = sum(prof) / 3, (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated, 329933, 0.0001) and close(250000 / stated, 0.76, 0.01), "stated 0,8 year on the wrong profit")
    p.check(true == 296600 and close(250000 / true, 0.84, 0.01), "tolerated knock-on: true payback 0,84")
    p.check(90 + 60 == 150 and 150 * 40 * 4 == 24000, "150 chum, 24.000 kg/năm")
    p.check(close(kg[0] / 12500, 1.12, 0.01), "+12 % on 2026")
    p.check(6000 + 8000 + 2000 == hu[0] and bb[0] == 6000, "channels cover 2027")
    p.check(10000 + 10000 + 15000 + 5000 == lines[7][0], "promotion plan = the 2027 selling cost")
    p.has("40.000 đồng/hũ", "60.000 đồng/kg", "(257.200 + 416.600 + 316.000) : 3 ≈ 329.933", "250.000 : 329.933 ≈ 0,8 năm",
          "250 triệu đồng (hai trăm năm mươi triệu đồng)", "mỗi mùa khoảng 20 tấn", "khoảng 24.000 kg mắm/năm",
          "bản cam kết bảo đảm an toàn thực phẩm", "Nhãn hiệu \"Lài Hương\"", "bể lắng 2 ngăn")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|"
            r"giấy phép|đăng ký hộ|công ty|\bthuế\b|mã số", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|ghi nhãn|in nhãn", "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cn08() -> Plan:
    p = Plan("cn08_ca_com_kho_hai_phong_tht")
    kg, fresh = p.row("Cá cơm khô thành phẩm (kg)"), p.row("Cá cơm tươi cần dùng (kg)")
    tui, bb, total = p.row("Túi 250 g|"), p.row("Bán buôn|"), p.row("Tổng sản lượng")
    staff = p.row("Cộng|")
    rev, rt, rb = p.row("Doanh thu|"), p.row("- Túi 250 g (65.000"), p.row("- Bán buôn (190.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Cá cơm tươi (25.000", "- Muối, gas luộc", "- Bao bì, nhãn", "- Tiền công", "- Khấu hao",
                                 "- Lãi vay", "- Điện sấy", "- Bán hàng, vận chuyển", "- Chi khác")]
    prof = p.row("Lợi nhuận|")
    supply = 6 * 3000 + 6000
    for y in Y:  # triệu đồng
        p.check(kg[y] == total[y] == tui[y] * 0.25 + bb[y] and close(fresh[y], kg[y] * 3.5), f"kg, fresh 3,5 {y}")
        p.check(close(rt[y], tui[y] * 0.065) and close(rb[y], bb[y] * 0.19) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.025) and close(lines[1][y], kg[y] * 0.006)
                and close(lines[2][y], tui[y] * 0.003 + bb[y] * 0.001) and close(lines[6][y], kg[y] * 0.005), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 4.5 * 12) and close(lines[4][y], 35)
                and close(lines[5][y], [200, 150, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.04), f"wages, dep., interest, selling {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(fresh[y] <= 250 * 160, f"works 40.000 kg {y}")
        p.check(off(fresh[y], supply), f"PLANTED fish need {fresh[y]:.0f} kg > 24.000 kg supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    cost_check(p, lines, cost)
    p.check(supply == 24000 and close(fresh[0] / supply, 1.167, 0.01) and close(fresh[2] / supply, 1.458, 0.01),
            "short by 14 % (2027) to 31 % (2029) of the need")
    items = [p.one(x) for x in ("Nhà sấy, khu đóng gói", "Nồi luộc inox, bàn", "Tủ đông, máy hàn túi", "Bao bì, nhãn, kiểm nghiệm",
                                "Vốn lưu động")] + [p.one("Máy sấy 2 buồng", skip=1)]
    p.check(sum(items) == p.one("Tổng cộng") == 600, "investment items = stated total 600")
    p.check(items[0] + items[1] + items[2] + items[5] == 350 and close(350 / 10, 35), "fixed 350, depreciation 35")
    sources = 300 + 200
    p.check(off(sources, 600), "PLANTED sources 300 + 200 = 500 != 600")
    avg = sum(prof) / 3
    p.check(close(avg, 427.3, 0.001) and close(600 / (avg + 35), 1.3, 0.01), "stated payback 1,3 on the 600 total")
    p.check(close(sources / (avg + 35), 1.08, 0.01), "tolerated knock-on: 1,1 on the 500 financed")
    p.check(close(kg[0] / 7000, 1.14, 0.01), "+14 % on 2026")
    p.check(3000 + 2000 == bb[0] and 4000 + 5000 + 3000 == tui[0], "channels cover 2027")
    p.has("65.000 đồng/túi", "190.000 đồng/kg", "mỗi thuyền bình quân khai thác 3 tấn cá cơm/năm dành cho tổ, tổng 18 tấn",
          "6 tấn/năm", "Tổng nguồn cung là 24 tấn cá cơm tươi/năm, bảo đảm đủ nguyên liệu",
          "các thành viên góp 300 triệu đồng; vay Ngân hàng Nông nghiệp và Phát triển nông thôn 200 triệu đồng",
          "Tổng vốn đầu tư của phương án là 600 triệu đồng", "(330,8 + 445,3 + 505,8) : 3 ≈ 427,3", "600 : (427,3 + 35) ≈ 1,3 năm",
          "Giấy chứng nhận đăng ký tổ hợp tác", "Nghị định 43/2017/NĐ-CP", "TCCS 01:2026/HP", "mã QR")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|nhãn hiệu tập thể|bản quyền",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cn09() -> Plan:
    p = Plan("cn09_tom_kho_hang_hai_hkd")
    kg, fresh = p.row("Tôm khô (kg)"), p.row("Tôm tươi cần dùng (kg)")
    tui, bb, total, staff = p.row("Túi 200 g (túi)"), p.row("Bán buôn (kg)"), p.row("Tổng sản lượng (kg)"), p.row("Cộng|")
    rev, rt, rb = p.row("Doanh thu|"), p.row("- Túi 200 g (200.000"), p.row("- Bán buôn (850.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Tôm tươi (100.000", "- Muối, điện sấy", "- Bao bì, nhãn", "- Tiền công", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng, vận chuyển", "- Thuế GTGT")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # đồng
        p.check(kg[y] == total[y] == tui[y] * 0.2 + bb[y] and close(fresh[y], kg[y] * 5), f"kg, fresh 5 kg/kg {y}")
        p.check(close(rt[y], tui[y] * 200000) and close(rb[y], bb[y] * 850000) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 100000) and close(lines[1][y], kg[y] * 20000)
                and close(lines[2][y], tui[y] * 4000 + bb[y] * 2000), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5e6 * 12) and close(lines[4][y], 30e6) and close(lines[5][y], [200e6, 150e6, 100e6][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], rev[y] * 0.015), f"wages, dep., interest, selling, tax {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(fresh[y] <= 30000 and kg[y] <= 6000, f"fresh within 30 tấn, dryer 6.000 kg {y} (no material/capacity issue)")
    cost_check(p, lines, cost)
    p.check(60 * 2 * 250 == 30000, "dryer 30.000 kg fresh = 6.000 kg dried")
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(g1 == 2.2 and close(g2, 2.045, 0.01) and close(rev[1] / rev[0], 2.197, 0.01) and close(rev[2] / rev[1], 2.041, 0.01),
            "PLANTED output ×2,2 then ×2,05, revenue ×2,2 then ×2,04")
    p.check(kg[0] / 800 < 1.3 and close(kg[2] / 800, 5.6, 0.01), "2027 +25 % on 2026; 2029 is 5,6 × 2026 (tolerated capacity-exceeded)")
    market = p.body.split("# Thị trường tiêu thụ", 1)[1].split("# Nguồn nguyên liệu", 1)[0]
    p.check("Facebook" in market and "bán tại nhà" in market.lower() and "ngày càng tăng" in p.body, "the only channels: home, Facebook, Zalo")
    p.lacks(r"hợp đồng (tiêu thụ|mua bán|bán|cung cấp|nguyên tắc|đại lý|phân phối)|đại lý|nhà phân phối|siêu thị|cửa hàng|"
            r"sàn thương mại|shopee|xuất khẩu|đơn đặt hàng", "PLANTED no contract, distributor or new channel to explain the growth")
    items = [p.one(x) for x in ("Cải tạo khu chế biến 80", "Tủ đông, máy hút chân không", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    items += [p.one("Máy sấy tôm", skip=1), p.one("Máy tách vỏ, sàng tôm khô", skip=1)]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 470e6 and stated == 520e6 and off(stated, sum(items)), "PLANTED investment total 520.000.000 != items 470.000.000")
    p.check(320e6 + 200e6 == stated, "sources match the stated (wrong) total (tolerated capital-mismatch)")
    p.check(items[0] + items[1] + items[4] + items[5] == 300e6 and close(300e6 / 10, 30e6), "fixed 300, depreciation 30")
    avg = sum(prof) / 3
    p.check(close(avg, 582933333, 0.0001) and close(520e6 / (582933000 + 30e6), 0.85, 0.01), "stated payback 0,85 on 520")
    p.check(close(470e6 / (avg + 30e6), 0.77, 0.01), "tolerated knock-on: 0,77 on the items")
    p.has("200.000 đồng/túi", "850.000 đồng/kg", "hơn 30 tấn tôm đất mỗi năm", "(122.100.000 + 478.475.000 + 1.148.225.000) : 3 ≈ 582.933.000",
          "520.000.000 : (582.933.000 + 30.000.000) ≈ 0,85 năm", "Tổng nguồn vốn 520.000.000 đồng", "TCCS 01:2027/HH",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Hằng Hải\"", "Giấy chứng nhận đăng ký hộ kinh doanh số 28C8006271")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|công bố|HACCP|\bISO\b|GMP|55/2010|"
            r"y tế|bảo hộ lao động", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cn10() -> Plan:
    p = Plan("cn10_muoi_sach_ky_hoa_htx")
    tui, bao, total = p.row("Muối sạch túi 1 kg"), p.row("Muối sạch bao 50 kg"), p.row("Tổng sản lượng")
    made, raw = p.row("Muối sạch thành phẩm"), p.row("Muối thô cần thu mua")
    rev, rt, rb = p.row("Doanh thu|", skip=1), p.row("Muối túi 1 kg (15.000"), p.row("Muối bao (6.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thu mua muối thô", "Túi, bao, nhãn", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận|", skip=1)
    staff = [8, 8, 9]
    for y in Y:  # triệu đồng; tấn
        p.check(total[y] == made[y] == tui[y] / 1000 + bao[y] and close(raw[y], made[y] * 1.1), f"tấn, raw salt 1,1 {y}")
        p.check(close(rt[y], tui[y] * 0.015) and close(rb[y], bao[y] * 1000 * 0.006) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 1000 * 0.003) and close(lines[1][y], tui[y] * 0.001 + bao[y] * 1000 * 0.0001),
                f"per-unit costs {y}")
        p.check(close(lines[2][y], staff[y] * 6 * 12) and close(lines[4][y], 90) and close(lines[5][y], [500, 400, 300][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05), f"wages, dep., interest, selling {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(raw[y] <= 12 * 35 and made[y] <= 8 * 60 * 2, f"raw within 12 ha × 35 tấn; line 8 tấn/ngày {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    cost_check(p, lines, cost)
    items = [p.one(x) for x in ("Trải bạt HDPE mới", "Xây kho chứa muối", "Dây chuyền rửa", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 1000 + 500 and sum(items[:3]) == 900, "capital 1,5 tỷ = 1.000 + 500, fixed 900")
    avg = sum(prof) / 3
    p.check(avg == 463.5, "average profit 463,5")
    true = 1500 / (avg + 90)
    p.check(close(true, 2.71, 0.01) and off(1.5, true) and off(1.5, 1500 / avg), "PLANTED payback 1,5 != 2,7 (3,2 without depreciation)")
    p.check(12 * 35 == 420 and off(18 * 35, 420), "12 ha × 35 tấn = 420 tấn; 18 ha would give 630")
    p.check(p.count("trải bạt của các thành viên là 18 ha") == 1 and p.count("12 ha") >= 3,
            "PLANTED area of lined salt fields 18 ha vs 12 ha")
    p.check(close(made[0] / 280, 1.07, 0.01), "+7 % on 2026")
    p.check(p.body.count("| Máy rửa muối | 1 máy | 2 tấn/giờ |") == 1
            and p.body.split("| Máy rửa muối |", 1)[0].rstrip().endswith("## 2. Thiết bị"), "equipment table without a header row")
    p.has("15.000 đồng/túi", "6.000 đồng/kg", "(338 + 487,5 + 565) : 3 = 463,5", "thu hồi vốn đầu tư trong khoảng 1,5 năm",
          "năng suất bình quân 35 tấn/ha/năm, sản lượng muối thô khoảng 420 tấn/năm", "2,34 tỷ đồng", "Tổng vốn đầu tư là 1,5 tỷ đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/KH", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu")
    p.lacks(r"truy xuất|kiểm soát chất lượng|nội bộ|\bsổ\b|số lô|\blô\b|\bQR\b|mã vạch|nhật ký|lưu mẫu|HACCP|\bISO\b|kiểm tra chất lượng",
            "PLANTED no internal quality control or traceability anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("cn11_nuoc_mam_tan_phuc_so_sai")
    a.has("khoảng 5.000 lít", "khoảng 8.000 lít/năm", "60.000 đồng/lít", "khoảng 150 triệu đồng", "Gia đình tự có 50 triệu đồng, vay ngân hàng 100 triệu đồng")
    a.check(50 + 100 == 150, "capital 150 = 50 + 100")
    a.check(8000 / 5000 < 2, "three-year target +60 %, not a jump")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150-300 words")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tự công bố|tiêu chuẩn|nhãn|"
            r"môi trường|truy xuất", "the compliance gaps are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cn12_ca_kho_bai_ngang_so_sai")
    b.has("khoảng 3 tấn cá khô", "khoảng 600 triệu đồng", "hỗ trợ 100 triệu đồng", "giấy chứng nhận đăng ký tổ hợp tác")
    b.check(close(600e6 / 3000, 200000), "implied 200.000 đồng/kg (never stated)")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150-300 words")
    market = b.body.split("# 4) Thị trường", 1)[1].split("# 5)", 1)[0]
    b.check(not re.search(r"đồng|chợ|cửa hàng|đại lý|siêu thị|facebook|zalo|khách hàng|công ty|nhà hàng", market, re.I),
            "the market names no customer, channel or price")
    b.lacks(r"an toàn thực phẩm|tự công bố|tiêu chuẩn|nhãn|môi trường|truy xuất", "the compliance gaps are real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cn01, cn02, cn03, cn04, cn05, cn06, cn07, cn08, cn09, cn10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
