"""Holdout set 72's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout72/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, no alcohol licence, a replaced
instrument cited, no product standard, no label, no food safety, no sales channel, no trademark,
a second producer name, an output stated twice) are asserted by the absence or presence of
words, as is the absence of template placeholders in every plan.
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

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]

    def clean(self) -> None:
        self.lacks(PLACEHOLDER, "placeholder")

    def current(self) -> None:
        self.lacks(REPLACED, "cites a replaced instrument")


def costs(p: Plan, labels: tuple[str, ...]) -> list[list[float]]:
    return [p.row(x) for x in labels]


def bu01() -> Plan:
    p = Plan("bu01_mat_ong_hoa_rung_phuc_dong_htx")
    hu, chai, kg = p.row("Mật ong hũ 500 g"), p.row("Mật ong chai 1 kg"), p.row("Tổng sản lượng mật thành phẩm")
    col, raw, need = p.row("Số đàn ong"), p.row("Mật thô khai thác"), p.row("Mật thô cần cho sản xuất")
    rh, rc, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu chai 1 kg"), p.row("Tổng doanh thu")
    lines = costs(p, ("Thu mua mật thô", "Hũ, chai, nắp", "Tiền lương", "Khấu hao tài sản", "Lãi vay",
                      "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm"))
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"),
                            p.row("Lợi nhuận sau thuế"))
    workers = [6, 6, 7]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + chai[y], f"kg {y}")
        p.check(raw[y] == col[y] * 16 and close(need[y], kg[y] / 0.95) and need[y] <= raw[y], f"raw honey {y}")
        p.check(close(rh[y], hu[y] * 0.15) and close(rc[y], chai[y] * 0.28) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.15) and close(lines[1][y], hu[y] * 0.008 + chai[y] * 0.012)
                and close(lines[2][y], workers[y] * 6.5 * 12) and close(lines[3][y], 560 / 7)
                and close(lines[4][y], [300, 200, 100][y] * 0.08) and close(lines[5][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 2 * 150 * 3 * 200, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "2 máy hạ thủy phần", "Máy chiết rót định lượng",
                                "12 bồn inox", "Thiết kế bao bì", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 500 + 200 + 300 and sum(items[:4]) == 560, "capital")
    p.check(avg1(post) == 594.7 and close(1000 / (594.7 + 80), 1.5, 0.02), "payback 1,5")
    p.check(close(kg[0] / 10500, 1.14, 0.01), "+14 % on 2026")
    p.has("150.000 đồng/hũ", "280.000 đồng/chai", "(486,4 + 616,3 + 681,4) : 3 ≈ 594,7", "1.000 : (594,7 + 80) ≈ 1,5 năm",
          "2 × 150 × 3 × 200 = 180.000 kg/năm", "khoảng 4.000 kg/năm", "vốn góp bổ sung của thành viên 500 triệu đồng")
    p.clean()
    p.current()
    return p


def bu02() -> Plan:
    p = Plan("bu02_nam_linh_chi_son_kim_cty")
    prod = [p.row(f"{2027 + y}", 5) for y in Y]  # lát, tai, trà, kg, phôi
    summ = [p.row(f"{2027 + y}", 5, skip=1) for y in Y]  # revenue, cost, pre, tax, post
    lines = costs(p, ("Nguyên liệu phôi", "Bao bì (hộp", "Điện, củi hấp", "Tiền lương", "Khấu hao", "Lãi vay",
                      "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm"))
    cost = p.row("Cộng chi phí")
    workers = [9, 10, 10]
    for y in Y:  # triệu đồng
        lat, tai, tra, kg, phoi = prod[y]
        rev, c, pre, tax, post = summ[y]
        p.check(close(kg, lat * 0.25 + tai + tra * 0.04) and close(phoi, kg / 0.05), f"kg, bags {y}")
        p.check(close(rev, lat * 0.25 + tai * 0.6 + tra * 0.085), f"revenue {y}")
        p.check(close(lines[0][y], phoi * 0.008) and close(lines[1][y], lat * 0.015 + tra * 0.012)
                and close(lines[2][y], phoi * 0.0015) and close(lines[3][y], workers[y] * 6 * 12)
                and close(lines[4][y], 810 / 9) and close(lines[5][y], [500, 350, 200][y] * 0.08)
                and close(lines[6][y], rev * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]) and close(pre, rev - c), f"cost, profit {y}")
        p.check(rev <= 3000 and close(tax, pre * 0.15) and close(post, pre - tax), f"15 % tax {y}")
        p.check(phoi <= 4 * 5000 * 2 and phoi * 1.1 <= 50000, f"growing houses, sawdust {y}")
        if y:
            p.check(rev / summ[y - 1][0] < 1.2, f"growth {y}")
    post = [s[4] for s in summ]
    p.check(360 + 180 + 120 + 150 + 40 + 350 == 1200 == 700 + 500 and 360 + 180 + 120 + 150 == 810, "capital")
    p.check(avg1(post) == 293.2 and close(1200 / (293.2 + 90), 3.1, 0.02), "payback 3,1")
    p.check(close(prod[0][3] / 1300, 1.15, 0.01), "+15 % on 2026")
    p.has("250.000 đồng/hộp", "600.000 đồng/kg", "85.000 đồng/hộp", "1.000 + 252 + 510 = 1.762", "1.100 + 264 + 595 = 1.959",
          "(207,5 + 272,8 + 399,3) : 3 ≈ 293,2", "1.200 : (293,2 + 90) ≈ 3,1 năm", "50 tấn mùn cưa/năm", "40.000 phôi/năm")
    p.clean()
    p.current()
    return p


def bu03() -> Plan:
    p = Plan("bu03_du_lich_khe_may_son_hong_ctcp")
    vis, meal, night, exp = (p.row("Lượt khách tham quan"), p.row("Suất ăn"), p.row("Đêm khách lưu trú"),
                             p.row("Lượt trải nghiệm"))
    rev, r = p.row("Tổng doanh thu"), [p.row(x) for x in ("Vé tham quan", "Ăn uống", "Lưu trú", "Trải nghiệm")]
    lines = costs(p, ("Thực phẩm", "Tiền lương", "Đồ dùng phòng", "Chi trả hướng dẫn", "Điện, nước", "Khấu hao",
                      "Lãi vay", "Quảng bá", "Thuê đất"))
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng")
    for y in Y:  # đồng
        p.check(close(r[0][y], vis[y] * 60000) and close(r[1][y], meal[y] * 150000) and close(r[2][y], night[y] * 250000)
                and close(r[3][y], exp[y] * 80000) and close(rev[y], sum(x[y] for x in r)), f"revenue {y}")
        p.check(close(lines[0][y], r[1][y] * 0.5) and close(lines[1][y], staff[y] * 5.5e6 * 12)
                and close(lines[2][y], r[2][y] * 0.2) and close(lines[3][y], r[3][y] * 0.25)
                and close(lines[5][y], 1.35e9 / 9) and close(lines[6][y], [500, 375, 250][y] * 1e6 * 0.08)
                and close(lines[7][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3e9 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(night[y] <= 24 * 365, f"beds {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(staff == [10, 11, 12], "staff 10/11/12")
    p.check(600 + 300 + 200 + 100 + 150 + 50 + 100 == 1500 == 1000 + 500 and 600 + 300 + 200 + 100 + 150 == 1350, "capital")
    p.check(close(sum(post) / 3, 561.4e6, 0.001) and close(1500 / (561.4 + 150), 2.1, 0.02), "payback 2,1")
    p.check(close(vis[0] / 10000, 1.2, 0.01), "+20 % visitors on 2026")
    p.has("12.000 lượt × 60.000 đồng = 720.000.000 đồng", "5.000 suất × 150.000 đồng = 750.000.000 đồng",
          "1.500 đêm khách × 250.000 đồng = 375.000.000 đồng", "3.000 lượt × 80.000 đồng = 240.000.000 đồng",
          "24 × 365 = 8.760", "1.500 : (561,4 + 150) ≈ 2,1 năm", "Tổng vốn đầu tư 1.500.000.000 đồng", "TCVN 7800:2017")
    p.clean()
    p.current()
    return p


def bu04() -> Plan:
    p = Plan("bu04_tra_gao_lut_thach_lac_hkd")
    tui, hop, kg, gao = (p.row("Trà gạo lứt túi 500 g"), p.row("Trà túi lọc hộp 300 g"), p.row("Tổng sản lượng trà"),
                         p.row("Gạo lứt nguyên liệu"))
    r1, r2, rev = p.row("Doanh thu túi 500 g"), p.row("Doanh thu hộp túi lọc"), p.row("Tổng doanh thu")
    lines = costs(p, ("Gạo lứt (32.000", "Điện, gas rang", "Bao bì (túi", "Tiền công lao động", "Khấu hao", "Lãi vay",
                      "Bán hàng, vận chuyển", "Thuế GTGT và thuế TNCN", "Quản lý, chi khác"))
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    workers = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(kg[y] == tui[y] * 0.5 + hop[y] * 0.3 and close(gao[y], kg[y] * 1.15), f"kg, rice {y}")
        p.check(close(r1[y], tui[y] * 0.055) and close(r2[y], hop[y] * 0.07) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], gao[y] * 0.032) and close(lines[1][y], kg[y] * 0.004)
                and close(lines[2][y], tui[y] * 0.004 + hop[y] * 0.009) and close(lines[3][y], workers[y] * 5.5 * 12)
                and close(lines[4][y], 640 / 8) and close(lines[5][y], [400, 280, 160][y] * 0.10)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(gao[y] <= 20000 and kg[y] <= 50 * 4 * 260, f"rice contract, roaster {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.row(x, 1)[0] for x in ("Cải tạo, mở rộng xưởng", "Máy rang trống 50", "Máy nghiền, máy đóng gói",
                                      "Máy hàn túi, cân", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 900 == 500 + 400 and sum(items[:4]) == 640, "capital")
    p.check(avg1(prof) == 404.1 and close(900 / (404.1 + 80), 1.9, 0.03), "payback 1,9 (1,86 rounded)")
    ch = [p.row(x, 2) for x in ("Cửa hàng thực phẩm sạch", "Chuỗi Nông sản Xanh", "Siêu thị Co.opmart", "Quán cà phê",
                                "Bán trực tuyến |")]
    p.check(sum(c[0] for c in ch) == 100 and sum(c[1] for c in ch) == kg[0] and ch[1][1] == 4000 * 0.3, "channels 2027")
    p.check(close(kg[0] / 8500, 1.18, 0.01), "+18 % on 2026")
    p.has("55.000 đồng/túi", "70.000 đồng/hộp", "(281,6 + 426,1 + 504,5) : 3 ≈ 404,1", "900 : (404,1 + 80) ≈ 1,9 năm",
          "20 tấn gạo lứt đỏ hữu cơ/năm", "khoảng 52.000 kg/năm")
    p.clean()
    p.current()
    return p


def bu05() -> Plan:
    p = Plan("bu05_nuoc_mam_ca_com_thach_kim_cty")
    ch, can, lit = p.row("Nước mắm chai 500 ml |"), p.row("Nước mắm can 2 lít |"), p.row("Tổng sản lượng")
    rch, rcan, rev = p.row("Nước mắm chai 500 ml (75.000"), p.row("Nước mắm can 2 lít (120.000"), p.row("Tổng doanh thu")
    lines = costs(p, ("Cá cơm (20.000", "Muối (3.000", "Chai, can, nắp", "Tiền lương", "Khấu hao", "Lãi vay",
                      "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm"))
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    fish = [x / 0.6 for x in lit]
    workers = [12, 12, 13]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 2, f"litres {y}")
        p.check(close(rcan[y], can[y] * 0.12) and close(rev[y], rch[y] + rcan[y]), f"can revenue, total = rows {y}")
        if y == 1:
            p.check(off(rch[y], ch[y] * 0.075, 5), "PLANTED 2028 bottle revenue more than 5 % off")
            p.check(close(rch[y], ch[2] * 0.075), "the 2029 quantity was used")
        else:
            p.check(close(rch[y], ch[y] * 0.075), f"bottle revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.02) and close(lines[1][y], fish[y] / 3 * 0.003)
                and close(lines[2][y], ch[y] * 0.006 + can[y] * 0.015) and close(lines[3][y], workers[y] * 6.5 * 12)
                and close(lines[4][y], 120) and close(lines[5][y], [1000, 750, 500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fish[y] * 4 / 3 <= 30 * 3000 and fish[y] / 3 <= 25000, f"vats, salt {y}")
    p.check(fish[0] <= 52000 and off(fish[1], 52000) and off(fish[2], 52000) and fish[1] > 52000 and fish[2] > 52000,
            "PLANTED anchovy need 56,7 and 63,3 tấn vs 52 tấn supply")
    p.check(round(fish[1] / 52000 - 1, 2) == 0.09 and round(fish[2] / 52000 - 1, 2) == 0.22, "+9 % and +22 %")
    true_rev1 = ch[1] * 0.075 + rcan[1]
    p.check(close(true_rev1, 4110) and off(rev[1], true_rev1), "true 2028 revenue 4.110")
    p.check(close(rev[1] / rev[0], 1.267, 0.01) and close(lit[1] / lit[0], 1.133, 0.01), "knock-on: revenue +26,7 % vs volume +13 %")
    p.check(700 + 250 + 200 + 50 + 50 + 1250 == 2500 == 1500 + 1000 and 700 + 250 + 200 + 50 == 1200, "capital")
    p.check(close(sum(post) / 3, 955.6, 0.001) and close(2500 / (955.6 + 120), 2.3, 0.02), "stated payback 2,3")
    true_post1 = (true_rev1 - (cost[1] - lines[6][1] + true_rev1 * 0.07)) * 0.83
    true_pb = 2500 / ((post[0] + true_post1 + post[2]) / 3 + 120)
    p.check(close(true_pb, 2.6, 0.02) and off(2.3, true_pb), "knock-on: true payback ≈ 2,6 (tolerated)")
    p.has("75.000 đồng/chai", "120.000 đồng/can", "1 kg cá cơm tươi cho khoảng 0,6 lít nước mắm",
          "tổng khoảng 52 tấn cá cơm/năm", "khoảng 25 tấn/năm", "2.500 : (955,6 + 120) ≈ 2,3 năm")
    p.check(sum(p.row(x, 1)[0] for x in ("Công ty TNHH Thực phẩm Sạch An Bình", "30 cửa hàng đặc sản",
                                         "Bán trực tuyến |", "Khách du lịch mua")) == ch[0], "channel table 40.000 chai")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|ô nhiễm|\brác\b|bể lắng|khử mùi|hôi|bã chượp|đăng ký môi",
            "PLANTED no environmental measure anywhere")
    p.clean()
    p.current()
    return p


def bu06() -> Plan:
    p = Plan("bu06_ruou_ba_kich_son_tay_htx")
    ch, binh, lit = p.row("Rượu ba kích chai 500 ml"), p.row("Rượu ba kích bình sứ 1 lít"), p.row("Tổng sản lượng")
    rev, rch, rb = p.row("Doanh thu (chưa"), p.row("Chai 500 ml (180.000"), p.row("Bình sứ 1 lít (450.000")
    cost = p.row("Chi phí |")
    lines = costs(p, ("Gạo nếp (25.000", "Củ ba kích khô", "Chai, bình, hộp", "Tiền lương", "Khấu hao |", "Lãi vay",
                      "Bán hàng (5%", "Củi, điện, quản lý"))
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [7, 7, 8]
    for y in Y:  # tỷ đồng
        p.check(lit[y] == ch[y] * 0.5 + binh[y], f"litres {y}")
        p.check(close(rch[y], ch[y] * 180e-6) and close(rb[y], binh[y] * 450e-6) and close(rev[y], rch[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 1.2 * 25e-6) and close(lines[1][y], lit[y] * 0.15 * 400e-6)
                and close(lines[2][y], ch[y] * 15e-6 + binh[y] * 60e-6) and close(lines[3][y], workers[y] * 6 * 12 / 1000)
                and close(lines[4][y], 0.640 / 8) and close(lines[5][y], [0.5, 0.375, 0.25][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y == 1:
            p.check(off(pre[y], rev[y] - cost[y]) and close(rev[y] - cost[y], 0.491), "PLANTED 2028 profit 0,591 vs 0,491")
        else:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
        p.check(rev[y] <= 3 and close(tax[y], pre[y] * 0.15, 0.02) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(lit[y] * 0.15 <= 1000 and lit[y] * 1.2 <= 10000 and lit[y] * 1.2 <= 2 * 100 * 250, f"root, rice, stills {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(0.300 + 0.150 + 0.090 + 0.100 + 0.060 + 0.500, 1.2) and close(0.700 + 0.500, 1.2)
            and close(0.300 + 0.150 + 0.090 + 0.100, 0.640), "capital 1,2 tỷ")
    p.check(close(sum(post) / 3, 0.426, 0.005) and close(1.2 / (0.426 + 0.080), 2.4, 0.02), "stated payback 2,4")
    tp = (post[0] + 0.491 * 0.85 + post[2]) / 3
    p.check(close(1.2 / (tp + 0.08), 2.52, 0.01), "knock-on: true payback ≈ 2,5 (tolerated)")
    p.has("180.000 đồng/chai", "450.000 đồng/bình", "1,2 kg gạo nếp", "0,15 kg củ ba kích khô", "khoảng 1.000 kg củ khô/năm",
          "1,2 : (0,426 + 0,080) ≈ 2,4 năm", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")
    p.check(p.count("1048/QĐ-TTg") == 3 and "148/QĐ-TTg" not in p.body, "PLANTED relies on QĐ 1048/781, never QĐ 148")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020/NĐ|phép sản xuất", "PLANTED no alcohol licence anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "nồng độ cồn", "Bã rượu")
    p.clean()
    return p


def bu07() -> Plan:
    p = Plan("bu07_mang_kho_phu_gia_tht")
    tui, buon = [2000, 2400, 3000], [2000, 2300, 3000]
    kg = [tui[y] * 0.5 + buon[y] for y in Y]
    rev = [tui[y] * 0.19 + buon[y] * 0.3 for y in Y]
    fresh = [k * 10 for k in kg]
    lines = [[x * 0.012 for x in fresh], [x * 0.0015 for x in fresh], [tui[y] * 0.005 + buon[y] * 0.002 for y in Y],
             [w * 5 * 6 for w in (6, 6, 7)], [55] * 3, [200 * 0.07, 140 * 0.07, 80 * 0.07], [r * 0.05 for r in rev],
             [r * 0.045 for r in rev], [20] * 3]
    cost = [lines_sum(lines, y) for y in Y]
    prof = [rev[y] - cost[y] for y in Y]
    p.check(kg == [3000, 3500, 4500] and [round(r) for r in rev] == [980, 1146, 1470], "output, revenue")
    p.check([round(c, 1) for c in cost] == [781.1, 862.8, 1058.8] and [round(x, 1) for x in prof] == [198.9, 283.2, 411.2],
            "cost, profit")
    p.check(avg1([198.9, 283.2, 411.2]) == 297.8 and close(650 / (297.8 + 55), 1.8, 0.03), "payback 1,8 on the stated 650")
    cap_fresh = 2 * 150 * 1 * 120
    p.check(cap_fresh == 36000 and fresh[0] <= cap_fresh and fresh[1] <= cap_fresh, "2027-2028 within the dryers")
    p.check(off(fresh[2], cap_fresh) and round(fresh[2] / cap_fresh - 1, 2) == 0.25,
            "PLANTED 2029 needs 45 tấn fresh vs 36 tấn dryer capacity (+25 %)")
    p.check(all(f <= 50000 for f in fresh), "fresh shoots within the 50-tấn supply (no shortfall)")
    items = [250, 150, 40, 30, 80, 100]
    p.check(sum(items) == 650 and sum(items[:5]) == 550 and 550 / 10 == 55, "items = stated total 650, fixed 550")
    p.check(off(300 + 200, 650) and round((300 + 200) / 650 - 1, 2) == -0.23, "PLANTED sources 500 vs total 650 (−23 %)")
    p.has("2 lò sấy tĩnh dùng nhiệt gián tiếp, mỗi lò sấy được 150 kg măng tươi mỗi mẻ, mỗi ngày 1 mẻ",
          "Mùa măng kéo dài khoảng 120 ngày", "Cứ 10 kg măng tươi", "được khoảng 1 kg măng khô", "tổng 4.500 kg măng khô",
          "Tổng vốn đầu tư của phương án là 650 triệu đồng",
          "xây nhà sơ chế 120 m² và bể rửa 250 triệu đồng; 2 lò sấy nhiệt gián tiếp 150 triệu đồng; máy thái măng 40 triệu đồng; "
          "máy hút chân không 30 triệu đồng; kho bảo quản 80 triệu đồng; vốn lưu động mua măng tươi, bao bì 100 triệu đồng",
          "Nguồn vốn: các thành viên góp 300 triệu đồng; vay Ngân hàng Chính sách xã hội 200 triệu đồng",
          "190.000 đồng/túi", "300.000 đồng/kg", "Tổng chi phí năm 2027 là 781,1 triệu đồng, lợi nhuận 198,9 triệu đồng",
          "Năm 2028 chi phí là 862,8 triệu đồng", "lợi nhuận 283,2 triệu đồng", "Năm 2029 chi phí là 1.058,8 triệu đồng",
          "lợi nhuận 411,2 triệu đồng", "650 : (297,8 + 55) ≈ 1,8 năm", "khoảng 50 tấn măng tươi mỗi mùa")
    p.check(len(p.rows) == 0, "no table: every figure in running text")
    p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn|quy chuẩn", "PLANTED no product standard anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "đăng ký nhãn hiệu")
    p.clean()
    p.current()
    return p


def bu08() -> Plan:
    p = Plan("bu08_keo_vung_thien_cam_hkd")
    hop, buon, kg, vung, lab = (p.row("Kẹo hộp 300 g (hộp)"), p.row("Kẹo thanh bán buôn (kg)"), p.row("Tổng sản lượng kẹo"),
                                p.row("Vừng nguyên liệu"), p.row("Lao động (người) |", skip=1))
    r1, r2, rev = p.row("Doanh thu kẹo hộp"), p.row("Doanh thu kẹo thanh"), p.row("Tổng doanh thu")
    lines = costs(p, ("Vừng, 60.000", "Mạch nha, mật mía", "Hộp, túi", "Tiền công", "Điện, gas", "Khấu hao", "Lãi vay",
                      "Bán hàng, vận chuyển", "Thuế GTGT, TNCN", "Chi phí khác"))
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (triệu")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.3 + buon[y] and close(vung[y], kg[y] * 0.45) and vung[y] <= 25000, f"kg, sesame {y}")
        p.check(close(r1[y], hop[y] * 0.045) and close(r2[y], buon[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], vung[y] * 0.06) and close(lines[1][y], kg[y] * 0.5 * 0.025)
                and close(lines[2][y], hop[y] * 0.004 + buon[y] * 0.001) and close(lines[3][y], 6 * 5.5 * 12)
                and close(lines[4][y], kg[y] * 0.002) and close(lines[5][y], 46)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 2 * 30 * 4 * 300, f"cooking capacity 72 tấn {y}")
    p.check(lab == [6, 6, 6], "same 6 workers")
    p.check(close(kg[0] / 9000, 1.33, 0.01), "2027 +33 % on 2026 with the new machines")
    p.check(rev[1] / rev[0] > 1.5 and rev[2] / rev[1] > 1.5 and close(rev[1] / rev[0], 1.83, 0.01)
            and close(rev[2] / rev[1], 1.82, 0.01) and kg[2] / kg[0] > 3,
            "PLANTED +83 % and +82 % a year, output x3,3 with the same workers and no new investment")
    items = [p.one("Cải tạo xưởng"), p.one("Máy cán cắt kẹo |", 1), p.one("2 nồi nấu mạch nha"),
             p.one("Máy rang vừng |", 1), p.one("Máy đóng gói |", 1), p.one("Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == 560 and total == 610 and off(total, sum(items)) and round(total / sum(items) - 1, 3) == 0.089,
            "PLANTED investment total 610 vs items 560 (+8,9 %)")
    p.check(360 + 250 == total and sum(items[:5]) == 460 and 460 / 10 == 46, "sources match the wrong total; fixed 460")
    p.check(close(sum(prof) / 3, 1331.2, 0.001) and close(610 / (1331.2 + 46), 0.44, 0.01)
            and off(610 / (1331.2 + 46), 560 / (1331.2 + 46)), "stated payback on 610 (tolerated knock-on)")
    p.has("45.000 đồng/hộp", "120.000 đồng/kg", "72.000 kg/năm", "25 tấn vừng/năm", "610 : (1.331,2 + 46) ≈ 0,4 năm")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|tem", "PLANTED no label anywhere")
    p.clean()
    p.current()
    return p


def bu09() -> Plan:
    p = Plan("bu09_moc_nhi_ky_lac_ctcp")
    phoi, tui, buon, kg = (p.row("Số phôi sản xuất"), p.row("Mộc nhĩ túi 200 g |"), p.row("Mộc nhĩ bán buôn bao 10 kg"),
                           p.row("Tổng sản lượng mộc nhĩ khô"))
    r1, r2, rev = p.row("Doanh thu túi 200 g"), p.row("Doanh thu bán buôn"), p.row("Tổng doanh thu")
    lines = costs(p, ("Nguyên liệu phôi", "Bao bì (túi", "Điện, nước, nhiên liệu", "Tiền lương", "Khấu hao", "Lãi vay",
                      "Bán hàng (6%", "Quản lý, chi khác"))
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng", 3)
    for y in Y:  # nghìn đồng
        p.check(kg[y] == tui[y] * 0.2 + buon[y] and close(phoi[y], kg[y] / 0.1), f"kg, bags {y}")
        p.check(close(r1[y], tui[y] * 36) and close(r2[y], buon[y] * 150) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], phoi[y] * 3.5) and close(lines[1][y], tui[y] * 2 + buon[y] * 0.5)
                and close(lines[2][y], phoi[y] * 1.0) and close(lines[3][y], staff[y] * 5500 * 12)
                and close(lines[4][y], 1800000 / 12) and close(lines[5][y], [800000, 600000, 400000][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(phoi[y] <= 6 * 17000 * 2 and phoi[y] * 1.2 <= 250000, f"houses, sawdust {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(staff == [10, 10, 11], "staff")
    items = [p.one("Cải tạo 4 nhà trồng"), p.one("Lò hấp phôi, máy trộn"), p.one("2 máy sấy"),
             p.one("Kho khô, hệ thống", 1), p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2400000 == 1600000 + 800000 and sum(items[:4]) == 1800000, "capital")
    avg = sum(post) / 3
    true_pb = 2400000 / (avg + 150000)
    p.check(close(avg, 657170, 0.001) and close(true_pb, 2.97, 0.01) and off(1.8, true_pb)
            and round(1.8 / true_pb - 1, 2) == -0.39, "PLANTED payback 1,8 vs 2,97 năm (−39 %)")
    p.has("thời gian hoàn vốn khoảng 1,8 năm")
    p.check(p.count("hoàn vốn") == 1, "payback stated once, in running text, with no formula")
    p.has("Sản lượng mộc nhĩ khô đạt 18 tấn năm 2027 và 19 tấn năm 2029")
    p.check(off(18000, kg[0]) and round(18000 / kg[0] - 1, 2) == 0.2 and kg[2] == 19000,
            "PLANTED 2027 output 18 tấn in the objectives vs 15.000 kg in the plan (+20 %)")
    p.check(close(kg[0] / 12500, 1.2, 0.01), "+20 % on 2026")
    p.check(p.one("Siêu thị, cửa hàng thực phẩm") + p.one("Bán trực tuyến |") == tui[0], "channel table 30.000 túi")
    p.check(p.one("Chợ đầu mối Vinh, chợ Hà Tĩnh") + p.one("Công ty TNHH Suất ăn công nghiệp Hoành Sơn")
            + p.one("Nhà hàng, bếp ăn khác") == buon[0], "channel table 9.000 kg")
    p.has("36.000 đồng/túi", "150.000 đồng/kg", "250 tấn mùn cưa keo/năm", "công suất 204.000 phôi/năm")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|HACCP|ISO 22000|cam kết sản xuất|vệ sinh", "PLANTED no food safety anywhere")
    p.has("Tiêu chuẩn cơ sở", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu")
    p.clean()
    p.current()
    return p


def bu10() -> Plan:
    p = Plan("bu10_tinh_bot_nghe_duc_linh_htx")
    hu, tui, kg, cu = (p.row("Tinh bột nghệ hũ 500 g"), p.row("Tinh bột nghệ túi 100 g"), p.row("Tổng sản lượng tinh bột"),
                       p.row("Củ nghệ tươi |"))
    r1, r2, rev = p.row("Hũ 500 g (đơn giá"), p.row("Túi 100 g (đơn giá"), p.row("Tổng doanh thu")
    lines = costs(p, ("Củ nghệ tươi (4.000", "Hũ, túi, nhãn", "Điện, nước |", "Tiền lương", "Khấu hao", "Lãi vay",
                      "Chi phí tiêu thụ", "Quản lý, kiểm nghiệm"))
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + tui[y] * 0.1 and close(cu[y], kg[y] * 25 / 1000), f"kg, roots {y}")
        p.check(close(r1[y], hu[y] * 0.18) and close(r2[y], tui[y] * 0.045) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], cu[y] * 4) and close(lines[1][y], hu[y] * 0.008 + tui[y] * 0.0025)
                and close(lines[2][y], kg[y] * 0.006) and close(lines[3][y], 4 * 5 * 12) and close(lines[4][y], 40)
                and close(lines[5][y], [200, 140, 80][y] * 0.07) and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(cu[y] <= 80 and cu[y] <= 144, f"roots within 80 tấn, 144 tấn capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(p.row("Cộng", 3) == [15.0, 4.0, 80.0], "15 households, 4 ha, 80 tấn")
    items = [p.one(x) for x in ("Nhà xưởng 150", "Máy rửa, máy xay", "Hệ thống bể lắng", "Máy sấy lạnh, máy nghiền",
                                "Bao bì, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 500 == 300 + 200 and sum(items[:4]) == 400, "capital")
    p.check(avg1(post) == 197.3 and close(500 / (197.3 + 40), 2.1, 0.02), "payback 2,1")
    p.check(close(kg[0] / 1600, 1.25, 0.01), "+25 % on 2026")
    p.has("(131,1 + 197,3 + 263,4) : 3 ≈ 197,3", "500 : (197,3 + 40) ≈ 2,1 năm", "25 kg củ nghệ tươi cho 1 kg tinh bột nghệ",
          "sản lượng khoảng 80 tấn/năm", "công suất đạt khoảng 144 tấn củ/năm")
    market = p.section("# VII. Thị trường", "# VIII.")
    p.check(not re.search(r"đồng|giá|khách hàng|đại lý|cửa hàng|siêu thị|chợ|hội chợ|facebook|zalo|shopee|sàn|bán buôn|"
                          r"bán lẻ|điểm bán|nhà thuốc|công ty|hợp đồng|\d", market, re.I),
            "PLANTED the market section names no customer, channel, contract or price (and no number)")
    p.lacks(r"đại lý|cửa hàng|siêu thị|chợ |hội chợ|facebook|zalo|shopee|lazada|tiktok|sàn thương mại|bán buôn|bán lẻ|"
            r"điểm bán|nhà thuốc|trực tuyến|khách hàng", "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP anywhere")
    p.check(p.count("Hương Xuân") == 3 and p.count("Hợp tác xã Dược liệu Hương Xuân") == 2
            and p.count("Hợp tác xã Nghệ vàng Đức Lĩnh") >= 1, "PLANTED a second producer and product name, in two sections")
    p.clean()
    p.current()
    return p


def sketchy() -> list[Plan]:
    a = Plan("bu11_cam_bu_son_truong_so_sai")
    a.has("khoảng 2 ha", "35.000 đồng/kg", "sản lượng tăng gấp đôi", "Hộ đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 300, "no table, under half a page")
    a.check(len(re.findall(r"\d[\d.,]*\s*(?:tấn|kg|ha|đồng|triệu)", a.body)) == 2, "two figures only")
    a.clean()
    b = Plan("bu12_choi_dot_gia_hanh_so_sai")
    b.has("25.000 đồng/cái", "chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 250, "no table, a third of a page")
    b.check(len(re.findall(r"\d[\d.,]*\s*(?:tấn|kg|ha|đồng|triệu|cái)", b.body)) == 1, "one figure only")
    b.clean()
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bu01, bu02, bu03, bu04, bu05, bu06, bu07, bu08, bu09, bu10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
