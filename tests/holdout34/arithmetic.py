"""Set 34's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout34/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). The textual planted defects are asserted too
(absent words, the second producer name, the replaced instrument), as is the absence of template
placeholders in every plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg"


class Plan(plancheck.Plan):
    src = HERE / "src"


def ai01() -> Plan:
    p = Plan("ai01_cha_gio_hai_san_cty")
    q = p.row("Chả giò hải sản hộp 500 g")
    sea = p.row("Hải sản nguyên liệu")
    rev, cost = p.row("Doanh thu (65.000"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Hải sản và nguyên liệu phụ", "Hộp, nhãn", "Tiền lương 8", "Điện, nước", "Khấu hao",
                                 "Lãi vay", "Bán hàng (5", "Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(rev[y], q[y] * 0.065), f"revenue {y}")
        p.check(close(lines[0][y], q[y] * 0.030) and close(lines[1][y], q[y] * 0.004)
                and close(lines[2][y], 8 * 6 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [500, 400, 300][y] * 0.08) and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(close(sea[y], q[y] * 0.25 / 1000) and sea[y] <= 15, f"seafood need vs 15 tấn {y}")
        p.check(q[y] <= 250 * 250, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy cuốn chả giò", "Tủ cấp đông gió", "Cải tạo phòng sơ chế", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 700 + 500 and sum(items[:4]) == 1000, "capital")
    p.check(avg1(post) == 362 and close(1200 / (362 + 100), 2.6, 0.01), "payback 2,6")
    p.has("65.000 đồng/hộp", "62.500 hộp/năm", "15 tấn/năm", "1.200 : 462 ≈ 2,6 năm", "Tiêu chuẩn cơ sở")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ai02() -> Plan:
    p = Plan("ai02_vong_tay_go_tram_hkd")
    rows = [p.row(str(y), 4) for y in (2027, 2028, 2029)]
    profits = []
    for y, (n, rev, cost, prof) in enumerate(rows):
        p.check(close(rev, n * 0.2), f"revenue {y}")
        calc = n * (0.080 + 0.015 + 0.004) + 120 + 20 + 5 + 10 + rev * 0.05 + rev * 0.015
        p.check(close(cost, calc) and close(prof, rev - cost), f"cost, profit {y}")
        p.check(n * 0.1 <= 500 and n <= 2 * 8 * 280, f"wood, capacity {y}")
        profits.append(prof)
    p.check(90 + 30 + 30 + 50 + 50 == 250 == 180 + 70 and 90 + 30 + 30 + 50 == 200, "capital")
    p.check(close(70 * 0.07, 5, 0.03), "interest 5")
    p.check(avg1(profits) == 153 and close(250 / (153 + 20), 1.45, 0.01), "payback 1,4")
    p.has("200.000 đồng/chiếc", "4.480 vòng/năm", "khoảng 500 kg", "khoảng 1,4 năm", "TCCS 01:2026/PG")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ai03() -> Plan:
    p = Plan("ai03_trai_nghiem_non_la_htx")
    guests, hats = p.row("Lượt khách trải nghiệm"), p.row("Nón bán tại điểm")
    rev, tickets, sales = p.row("A. Tổng doanh thu"), p.row("- Vé trải nghiệm"), p.row("- Bán nón (")
    cost = p.row("B. Tổng chi phí")
    lines = [p.row(x) for x in ("- Vật liệu cho khách", "- Mua nón", "- Thù lao", "- Điện, nước", "- Khấu hao",
                                 "- Quảng bá", "- Quản lý")]
    prof = p.row("C. Lợi nhuận")
    for y in Y:
        p.check(close(tickets[y], guests[y] * 0.15) and close(sales[y], hats[y] * 0.08)
                and close(rev[y], tickets[y] + sales[y]), f"revenue {y}")
        p.check(close(lines[0][y], guests[y] * 0.03) and close(lines[1][y], hats[y] * 0.05)
                and close(lines[2][y], 6 * 4 * 12), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(guests[y] <= 40 * 2 * 300, f"capacity {y}")
    p.check(300 + 60 + 40 + 50 + 50 == 500 == 200 + 150 + 150 and 300 + 60 + 40 == 400, "capital")
    p.check(avg1(prof) == 245 and close(500 / (245 + 40), 1.75, 0.01), "payback 1,8")
    p.has("150.000 đồng/khách", "24.000 lượt khách/năm", "khoảng 1,8 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ai04() -> Plan:
    p = Plan("ai04_banh_trang_vung_tht")
    profits = []
    for y, yr in enumerate((2027, 2028, 2029)):
        n, rev, var, fixed, cost, prof = p.row(str(yr), 6)
        p.check(close(rev, n * 20) and close(var, n * 10.15), f"revenue, variable (1.000 đ) {y}")
        p.check(close(fixed, 360_000 + 30_000 + rev * 0.05 + 20_000), f"fixed {y}")
        p.check(close(cost, var + fixed) and close(prof, rev - cost), f"cost, profit {y}")
        p.check(n * 0.35 / 1000 <= 30 and n * 0.04 / 1000 <= 3.5 and n <= 2 * 150 * 270, f"rice, sesame, capacity {y}")
        profits.append(prof / 1000)
    p.check(close(0.35 * 15000, 5250) and close(0.04 * 60000, 2400) and 5250 + 2400 + 1000 + 1500 == 10150, "per gói")
    p.check(120 + 40 + 100 + 40 + 100 == 400 == 250 + 150, "capital")
    p.check(close(avg1(profits), 174.1) and close(400 / (174.1 + 30), 1.96, 0.01), "payback 2")
    p.has("20.000 đồng/gói", "81.000 gói/năm", "25,2 tấn gạo", "khoảng 2 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ai05() -> Plan:
    p = Plan("ai05_ca_kho_tam_hkd")
    q, fish = p.row("Cá khô tẩm túi 250 g"), p.row("Cá tươi nguyên liệu")
    rev, cost = p.row("Doanh thu (70.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá tươi (30.000", "Gia vị", "Túi, nhãn", "Điện sấy", "Tiền công 4", "Khấu hao",
                                 "Bán hàng, vận chuyển", "Chi khác")]
    prof = p.row("Lợi nhuận")
    true_rev = [x * 0.07 for x in q]
    for y in Y:
        if y == 1:
            p.check(off(rev[y], true_rev[y], 5) and close(rev[y] / true_rev[y], 1.143, 0.01), "PLANTED revenue 2028")
        else:
            p.check(close(rev[y], true_rev[y]), f"revenue {y}")
        p.check(close(lines[0][y], q[y] * 0.03) and close(lines[0][y], fish[y] * 40) and close(lines[4][y], 240),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit (stated) {y}")
        p.check(close(fish[y], q[y] * 0.75 / 1000) and fish[y] <= 25 and fish[y] <= 30, f"fish vs 25 tấn, dryer {y}")
    p.check(150 + 50 + 50 + 50 == 300 == 220 + 80, "capital")
    stated = round(sum(prof) / 3, 1)
    true = [true_rev[y] - cost[y] for y in Y]
    p.check(stated == 477.7 and close(300 / (stated + 25), 0.6, 0.02), "stated payback 0,6 follows stated profit")
    p.check(off(0.6, 300 / (sum(true) / 3 + 25)), "tolerated payback knock-on")
    p.lacks(r"an toàn thực phẩm|ATTP|15/2018", "PLANTED no-food-safety: food-safety words present")
    p.check(p.count("Trần Thị Hoa") == 1 and p.count("Hộ kinh doanh Nguyễn Văn Bình") >= 2, "PLANTED name-inconsistent")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ai06() -> Plan:
    p = Plan("ai06_ruou_dau_rung_cty")
    rev, cost = p.row("Doanh thu thuần"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dâu, rượu nền", "Lương", "Khấu hao", "Lãi vay", "Bán hàng (8", "Quản lý")]
    prof = p.row("Lợi nhuận")
    bottles = [p.row(str(yr), 3)[0] for yr in (2027, 2028, 2029)]
    berries = [p.row(str(yr), 3)[1] for yr in (2027, 2028, 2029)]
    for y in Y:
        n = bottles[y]
        p.check(close(rev[y], n * 0.18), f"revenue {y}")
        p.check(close(0.4 * 50000 + 0.45 * 60000 + 18000, 65000) and close(lines[0][y], n * 0.065)
                and close(lines[1][y], 5 * 7 * 12) and close(lines[3][y], [400, 300, 200][y] * 0.08)
                and close(lines[4][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        if y == 1:
            p.check(off(prof[y], rev[y] - cost[y]) and close(prof[y] / (rev[y] - cost[y]), 1.216, 0.01),
                    "PLANTED profit 2028")
        else:
            p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(close(berries[y], n * 0.4) and berries[y] <= 6000 and n * 0.45 <= 6000 and n * 0.5 <= 12000,
                f"berries, base spirit, capacity {y}")
    true = [rev[y] - cost[y] for y in Y]
    p.check(120 + 300 + 180 + 300 == 900 == 500 + 400 and 120 + 300 + 180 == 600, "capital")
    p.check(close(900 / (sum(true) / 3 + 60), 1.72, 0.01), "payback 1,7 on true profit")
    p.check(not off(1.7, 900 / (sum(prof) / 3 + 60), 5.5), "tolerated payback: 4,9 % off on stated profit")
    p.lacks(r"môi trường|nước thải|chất thải|rác", "PLANTED no-environment-measures: an environmental word")
    p.has("xác dâu", "1048/QĐ-TTg ngày 21/8/2019")
    p.lacks(r"148/QĐ-TTg", "PLANTED outdated-policy: the current instrument is cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ai07() -> Plan:
    p = Plan("ai07_tra_hoa_nhai_htx")
    items = [p.one(x) for x in ("Máy sấy lạnh 20", "Máy đóng gói", "Tủ bảo quản", "Cân điện tử")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == 200 and off(total, sum(items)) and close(total / 200, 1.15), "PLANTED table total 230 vs 200")
    q, fresh = p.row("Trà hoa nhài hộp 50 g"), p.row("Hoa tươi cần dùng")
    rev, cost, prof = p.row("Doanh thu (90.000"), p.row("Tổng chi phí"), p.row("Lợi nhuận")
    lines = [p.row(x) for x in ("Hoa tươi, hộp", "Tiền công 6", "Khấu hao", "Lãi vay", "Bán hàng (5", "Quản lý")]
    supply = 0.5 * 5 * 1000
    for y in Y:
        p.check(close(rev[y], q[y] * 0.09) and close(lines[0][y], q[y] * 0.029), f"revenue, variable {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(fresh[y], q[y] * 0.3), f"flower need {y}")
        p.check(off(fresh[y], supply) and fresh[y] > supply * 1.05, f"PLANTED shortfall {y}")
        p.check(fresh[y] <= 20 * 2 * 250, f"dryer {y}")
    p.check(200 + 150 + 100 == 450 == 150 + 100 + 200 and close(200 * 0.07, 14), "capital")
    p.check(avg1(prof) == 239 and close(450 / (239 + 35), 1.64, 0.01), "payback 1,6")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021", "PLANTED no-label-plan: a label word")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ai08() -> Plan:
    p = Plan("ai08_nuoc_ep_coc_ctcp")
    rows = [p.row(str(yr), 3) for yr in (2027, 2028, 2029)]
    rev, cost = p.row("Doanh thu (22.000"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chi phí nguyên liệu", "Lương 8", "Khấu hao", "Lãi vay", "Bán hàng (10", "Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 350 * 1 * 260
    for y in Y:
        n, fruit, r = rows[y]
        p.check(close(r, n * 0.022) and close(rev[y], r), f"revenue {y}")
        p.check(close(lines[0][y], n * 0.0075) and close(lines[1][y], 8 * 6.5 * 12)
                and close(lines[3][y], [500, 400, 300][y] * 0.08) and close(lines[4][y], rev[y] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
        p.check(close(fruit, n * 0.4 / 1000) and fruit <= 70, f"fruit {y}")
        p.check(off(n, cap) and n > cap * 1.05, f"PLANTED capacity {y}")
    items = [p.one(x) for x in ("Dây chuyền ép", "Cải tạo xưởng", "Thiết kế bao bì", "Vốn lưu động")]
    sources = 600 + 500 + 200
    p.check(sum(items) == p.one("Cộng") == 1500, "investment items")
    p.check(off(sources, 1500) and close(sources / 1500, 0.867, 0.01), "PLANTED capital sources 1.300")
    p.check(avg1(post) == 470.8 and close(1500 / (470.8 + 110), 2.58, 0.01), "payback 2,6")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy", "PLANTED no-product-standard: a standard word")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ai09() -> Plan:
    p = Plan("ai09_mat_ong_keo_la_tram_tht")
    col, honey, jars = p.row("Số đàn ong"), p.row("Sản lượng mật"), p.row("Số lọ 500 g")
    rev, cost, prof = p.row("Doanh thu (100.000"), p.row("Chi phí |"), p.row("Lợi nhuận")
    lines = [p.row(x) for x in ("Đường, thuốc", "Lọ, nắp", "Công chăm sóc", "Vận chuyển đàn", "Khấu hao", "Lãi vay",
                                 "Bán hàng (5", "Quản lý")]
    for y in Y:
        p.check(jars[y] == honey[y] * 2 and close(rev[y], jars[y] * 0.1), f"revenue {y}")
        p.check(close(lines[0][y], col[y] * 0.2) and close(lines[1][y], jars[y] * 0.006)
                and close(lines[5][y], 300 * 0.07) and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y < 2:
            p.check(close(honey[y], col[y] * 15), f"yield 15 kg/đàn {y}")
    p.check(close(honey[1] / honey[0], 1.167) and close(col[1] / col[0], 1.167), "2028 growth explained")
    p.check(honey[2] / honey[1] > 1.8 and off(honey[2], col[2] * 15) and honey[2] / (col[2] * 15) == 1.6,
            "PLANTED unrealistic-growth 2029")
    p.check(150 + 250 + 100 + 300 == 800 == 500 + 300 and 150 + 250 + 100 == 500, "capital")
    true_pb = 800 / (sum(prof) / 3 + 50)
    p.check(close(800 / prof[2], 0.71, 0.01) and off(0.7, true_pb) and close(true_pb, 1.27, 0.01)
            and off(0.7, 800 / (prof[0] + 50)), "PLANTED payback 0,7")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|chỉ dẫn địa lý|văn bằng", "PLANTED no-trademark: an IP word")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ai10() -> Plan:
    p = Plan("ai10_ruoc_tom_dong_htx")
    rev, cost, prof = p.row("Doanh thu ruốc"), p.row("Tổng chi phí"), p.row("Lợi nhuận")
    lines = [p.row(x) for x in ("Tôm, gia vị", "Tiền công 10", "Khấu hao", "Bán hàng (5", "Quản lý")]
    q = [12000, 14000, 16000]
    for y in Y:
        p.check(close(rev[y], q[y] * 0.12) and close(lines[0][y], q[y] * 0.06), f"revenue, variable {y}")
        p.check(close(lines[1][y], 10 * 4 * 12) and close(lines[3][y], rev[y] * 0.05), f"wages, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(q[y] * 0.8 / 1000 <= 20 * 0.8 and q[y] * 0.8 / 1000 <= 30 * 2 * 250 / 1000, f"shrimp, pan {y}")
    p.check(140 + 60 + 100 + 100 == 400 == 250 + 150, "capital")
    p.check(avg1(prof) == 216 and close(400 / (216 + 30), 1.63, 0.01), "payback 1,6")
    p.has("gồm 10 lao động", "việc làm cho 16 lao động", "12.000 hũ", "(120.000 đ/hũ)")
    p.check(off(16, 10), "PLANTED figure-inconsistent 16 vs 10 workers")
    market = p.body.split("# Phần 4. Thị trường", 1)[1].split("# Phần 5.", 1)[0]
    p.check(not re.search(r"\d", market), "PLANTED no-sales-channel: a figure in the market section")
    p.check(not re.search(r"cửa hàng|siêu thị|đại lý|chợ|trực tuyến|Facebook|Zalo|sàn|hợp đồng bán|phân phối",
                          p.body), "PLANTED no-sales-channel: a channel word in the plan")
    p.lacks(r"đăng ký hợp tác xã|mã số|giấy chứng nhận đăng ký|đăng ký kinh doanh", "PLANTED no-business-registration")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def sketchy(stem: str) -> Plan:
    p = Plan(stem)
    p.check(not p.rows, "sketchy plan has a table")
    p.check(len(p.body.split()) < 400, "sketchy plan is short")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def main() -> int:
    plans = [ai01(), ai02(), ai03(), ai04(), ai05(), ai06(), ai07(), ai08(), ai09(), ai10(),
             sketchy("ai11_khoai_mon_say_so_sai"), sketchy("ai12_banh_ngao_so_sai")]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
