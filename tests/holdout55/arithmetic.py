"""The fifty-fifth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout55/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no food safety, a second producer name, no product standard,
no label, no environmental measure, two outputs for 2026, no trademark, no registration,
replaced instruments cited, no sales channel) are asserted too, as is the absence of template
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
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401

CURRENT = r"148/QĐ-TTg"
REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|919/QĐ-TTg|123/2018|51/2021"


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(REPLACED, "cites a replaced instrument")


def bd01() -> Plan:
    p = Plan("bd01_mat_ong_hoa_rung_ngan_pho_htx")
    chai, hu, kg = p.row("Mật ong chai 500 g"), p.row("Mật ong hũ 1 kg"), p.row("Tổng sản lượng mật thành phẩm")
    hives, made, need, spare = (p.row("Số đàn ong"), p.row("Mật thô thành viên khai thác"),
                                p.row("Mật thô cần cho sản xuất"), p.row("Phần dư"))
    rev, rc, rh = p.row("Doanh thu |"), p.row("Chai 500 g (200.000"), p.row("Hũ 1 kg (380.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật thô (150.000", "Chai, hũ, nắp, nhãn", "Tiền lương", "Điện, vận hành máy",
                                 "Khấu hao tài sản", "Lãi vay ngân hàng", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (17%)"), p.row("Lợi nhuận sau thuế")
    staff = [6, 6, 7]
    for y in Y:  # triệu đồng
        p.check(kg[y] == chai[y] * 0.5 + hu[y] and close(need[y], kg[y] * 1.05), f"kg, raw honey ×1,05 {y}")
        p.check(made[y] == hives[y] * 12 and spare[y] == made[y] - need[y] and need[y] <= made[y], f"hives × 12 kg {y}")
        p.check(close(rc[y], chai[y] * 0.2) and close(rh[y], hu[y] * 0.38) and close(rev[y], rc[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.15) and close(lines[1][y], chai[y] * 0.006 + hu[y] * 0.015)
                and close(lines[2][y], staff[y] * 7 * 12) and close(lines[3][y], kg[y] * 0.0025), f"per-unit costs {y}")
        p.check(close(lines[4][y], 100) and close(lines[5][y], [500, 350, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(kg[y] <= 2 * 200 * 75, f"dehumidifier capacity {y}")
        p.check(post[y] / rev[y] < 0.3, f"margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà sơ chế", "Máy hạ thủy phần chân không", "Máy chiết rót định lượng",
                                "Kho bảo quản", "Thiết kế bao bì", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 500 + 500 + 200 and sum(items[:4]) == 800, "capital 1.200, fixed 800")
    p.check(close(800 / 8, 100) and avg1(post) == 736.9 and close(1200 / (736.9 + 100), 1.4, 0.03), "payback 1,4")
    p.check(close(kg[0] / 6800, 1.18, 0.01) and close(rev[0] / 2600, 1.2, 0.01), "+18 % on 2026")
    p.has("200.000 đồng/chai", "380.000 đồng/hũ", "(600,4 + 762,9 + 847,4) : 3 ≈ 736,9", "1.200 : (736,9 + 100) ≈ 1,4 năm",
          "2 × 200 × 75 = 30.000 kg mật/năm", "Cộng nguồn vốn 1.200 triệu đồng", "TCCS 01:2025/NP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu tập thể",
          "Quyết định số 148/QĐ-TTg")
    clean(p)
    return p


def bd02() -> Plan:
    p = Plan("bd02_du_lich_ke_go_xanh_ctcp")
    price = {"Tour trải nghiệm": 150, "Lưu trú": 600, "Ẩm thực": 180, "Kayak": 80}
    svc = {k: p.row(k, 7) for k in price}
    total = p.row("Cộng doanh thu", 3)
    years = [p.row(f"{2027 + y}|", 13) for y in Y]  # 1.000 đồng, years as rows
    staff = [14, 15, 16]
    for y in Y:
        q = {k: svc[k][1 + 2 * y] for k in price}
        amt = {k: svc[k][2 + 2 * y] for k in price}
        p.check(all(svc[k][0] == price[k] and amt[k] == q[k] * price[k] for k in price), f"quantity × price {y}")
        rev = sum(amt.values())
        r = years[y]
        p.check(r[0] == rev == total[y], f"revenue {y}")
        expect = [amt["Ẩm thực"] * 0.45, q["Tour trải nghiệm"] * 30, q["Lưu trú"] * 100, staff[y] * 7000 * 12, 300000,
                  [1500000, 1100000, 700000][y] * 0.08, rev * 0.10, [180000, 190000, 200000][y]]
        p.check(all(close(a, b) for a, b in zip(r[1:9], expect)), f"cost lines {y}")
        p.check(close(r[9], sum(r[1:9])) and close(r[10], r[0] - r[9]), f"cost, profit {y}")
        p.check(close(r[11], r[10] * 0.17) and close(r[12], r[10] - r[11]) and r[0] > 3e6, f"17 % tax {y}")
        p.check(q["Lưu trú"] <= 8 * 365, f"room-nights within 8 rooms {y}")
        if y:
            p.check(years[y][0] / years[y - 1][0] < 1.2, f"growth {y}")
    post = [r[12] for r in years]
    p.check(sum(post) / 3 == 671885 and close(3e6 / (671885 + 300000), 3.1, 0.01), "payback 3,1")
    p.check(1200000 + 600000 + 300000 + 300000 + 200000 + 400000 == 3e6 == 1500000 + 1500000
            and close(2400000 / 8, 300000), "capital 3 tỷ, fixed 2,4 tỷ / 8 years")
    p.check(close(years[0][0] / 2.56e6, 1.37, 0.01) and 8 > 4, "+37 % on 2026 with rooms doubled")
    p.has("150.000 đồng/khách", "600.000 đồng/đêm", "180.000 đồng/suất", "80.000 đồng/lượt",
          "Tổng vốn đầu tư của phương án là 3 tỷ đồng", "3.000.000 : (671.885 + 300.000) ≈ 3,1 năm",
          "8 phòng × 365 ngày = 2.920 đêm phòng/năm", "TCVN 7800:2017", "đăng ký môi trường",
          "Giấy chứng nhận đăng ký doanh nghiệp mã số 3002415688")
    clean(p)
    return p


def bd03() -> Plan:
    p = Plan("bd03_ruou_nep_cam_tung_loc_hkd")
    chai, binh, lit, rice = (p.row("Rượu chai 500 ml"), p.row("Rượu bình sứ 1 lít"), p.row("Tổng sản lượng rượu"),
                             p.row("Gạo nếp cẩm sử dụng"))
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 ml × 180.000"), p.row("Bình 1 lít × 380.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nếp cẩm (30.000", "Men lá (3.000", "Chai, bình, hộp", "Củi, điện (4.000",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Chi phí bán hàng, chiết khấu",
                                 "Kiểm nghiệm, quản lý", "Thuế GTGT, thuế TNCN", "Thuế tiêu thụ đặc biệt")]
    prof = p.row("Lợi nhuận |")
    staff = [3, 3, 4]
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + binh[y] and rice[y] == lit[y] * 1.5, f"litres, rice 1,5 kg/l {y}")
        p.check(close(rc[y], chai[y] * 0.18) and close(rb[y], binh[y] * 0.38) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], chai[y] * 0.008 + binh[y] * 0.045) and close(lines[3][y], lit[y] * 0.004),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 40)
                and close(lines[6][y], [200, 150, 100][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[9][y], rev[y] * 0.045) and close(lines[10][y], rev[y] * 65 / 165),
                f"wages, depreciation, interest, selling, taxes {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 14000 and lit[y] <= 2 * 60 * 300 / 1.5, f"rice contract, still capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(180 + 90 + 130 + 60 + 140 == 600 == 400 + 200 and 180 + 90 + 130 == 400 and close(400 / 10, 40),
            "capital 600, fixed 400")
    p.check(avg1(prof) == 417.2 and close(600 / (417.2 + 40), 1.3, 0.02), "payback 1,3")
    p.check(close(lit[0] / 5200, 1.15, 0.01) and 2400 + 2800 + 1600 + 1200 == lit[2], "+15 % on 2026; channels 2029")
    p.has("180.000 đồng/chai", "380.000 đồng/bình", "(334,3 + 441,2 + 476,1) : 3 ≈ 417,2", "600 : (417,2 + 40) ≈ 1,3 năm",
          "2 × 60 × 300 = 36.000 kg gạo/năm", "14 tấn nếp cẩm/năm", "Giấy phép sản xuất rượu thủ công",
          "QCVN 6-3:2010/BYT", "hàm lượng etanol", "Không dành cho người dưới 18 tuổi", "đăng ký môi trường",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8004312")
    clean(p)
    return p


def bd04() -> Plan:
    p = Plan("bd04_non_la_ha_linh_tht")
    years = [p.row(f"{2027 + y}|", 5) for y in Y]  # years as rows: trắng, bài thơ, mini, total, revenue
    rev = p.row("Doanh thu (triệu đồng)")
    lines = [p.row(x) for x in ("Lá, tre, chỉ", "Tiền công khoán chằm", "Túi, hộp, tem nhãn", "Điện sấy lá",
                                 "Khấu hao (triệu", "Lãi vay (triệu", "Bán hàng, chiết khấu, hội chợ", "Phụ cấp quản lý")]
    cost, prof = p.row("Tổng chi phí (triệu"), p.row("Lợi nhuận (triệu")
    for y in Y:
        t, b, m, n, r = years[y]
        p.check(n == t + b + m and close(r, t * 0.045 + b * 0.12 + m * 0.035) and r == rev[y], f"pieces, revenue {y}")
        p.check(close(lines[0][y], t * 0.012 + b * 0.03 + m * 0.008) and close(lines[1][y], t * 0.018 + b * 0.04 + m * 0.012)
                and close(lines[2][y], n * 0.002) and close(lines[3][y], n * 0.001), f"per-piece costs {y}")
        p.check(close(lines[4][y], 20) and lines[5][y] == [100, 50, 0][y] * 0.06 and close(lines[6][y], r * 0.1)
                and lines[7][y] == 36, f"depreciation, interest, selling, allowance {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], r - cost[y]), f"cost, profit {y}")
        p.check(t * 0.4 + b * 1 + m * 0.2 <= 45 * 280, f"member-days {y}")
        p.check(t * 0.15 + b * 0.2 + m * 0.05 <= 4000, f"dried leaves {y}")
        if y:
            p.check(r / years[y - 1][4] < 1.2, f"growth {y}")
    p.check(years[2][0] * 0.4 + years[2][1] + years[2][2] * 0.2 == 10800 and 45 * 280 == 12600, "10.800 of 12.600")
    p.check(100 + 40 + 20 + 20 + 40 + 80 == 300 == 200 + 100 and 100 + 40 + 20 + 20 == 180 and close(180 / 9, 20),
            "capital 300, fixed 180 / 9 years")
    p.check(avg1(prof) == 203.5 and close(300 / (203.5 + 20), 1.3, 0.04), "payback 1,3")
    chan = [p.row(x) for x in ("Cửa hàng lưu niệm Huế", "Công ty du lịch, khu", "Đại lý bán buôn", "Bán lẻ, hội chợ")]
    p.check(all(sum(c[i] for c in chan) == years[0][i] for i in range(3)), "2027 channel table adds up")
    p.check(close(years[0][4] / 880, 1.18, 0.01), "+18 % on 2026")
    p.has("45.000 đồng/chiếc", "120.000 đồng/chiếc", "35.000 đồng/chiếc", "(167 + 203,5 + 240) : 3 = 203,5",
          "300 : (203,5 + 20) ≈ 1,3 năm", "14.000 × 0,15 + 4.000 × 0,2 + 6.000 × 0,05 = 3.200 kg",
          "TCCS 01:2026/NLHL", "Nghị định 43/2017/NĐ-CP", "bỏ hẳn việc xông lưu huỳnh", "mã số thuế 3002398714")
    clean(p)
    return p


def bd05() -> Plan:
    p = Plan("bd05_ruoc_ca_ngu_xuan_hoi_cty")
    years = [p.row(f"{2027 + y}|", 6) for y in Y]  # hũ, giá hũ, túi, giá túi, kg, revenue
    lines = [p.row(x) for x in ("Cá ngừ vằn tươi (45.000", "Gia vị, dầu", "Hũ, túi, nắp, nhãn", "Tiền lương",
                                 "Điện, gas", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu, phí sàn",
                                 "Quản lý, kiểm nghiệm")]
    cost, rev = p.row("Tổng chi phí"), p.row("Doanh thu |")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 10]
    true_rev = []
    for y in Y:  # triệu đồng
        h, ph, t, pt, kg, r = years[y]
        true_rev.append(h * ph / 1e6 + t * pt / 1e6)
        p.check(ph == 85000 and pt == 190000 and kg == h * 0.2 + t * 0.5 and rev[y] == r, f"prices, kg {y}")
        fish = kg * 3
        p.check(close(lines[0][y], fish * 0.045) and close(lines[1][y], kg * 0.015)
                and close(lines[2][y], h * 0.005 + t * 0.004) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], kg * 0.008), f"per-unit costs {y}")
        p.check(close(lines[5][y], 90) and close(lines[6][y], [600, 400, 200][y] * 0.08)
                and close(lines[7][y], r * 0.08), f"depreciation, interest, selling on the stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], r - cost[y]), f"cost, profit on the stated revenue {y}")
        rate = 0.15 if r <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(fish <= 30000 and kg <= 60 * 280, f"fish contract, roaster capacity {y}")
    p.check(close(years[0][5], true_rev[0]) and close(years[2][5], true_rev[2]), "2027 and 2029 revenue right")
    p.check(true_rev[1] == 2724 and years[1][5] == 3064 and off(years[1][5], true_rev[1]),
            "PLANTED 2028 revenue 3.064 != 24.000 × 85.000 + 3.600 × 190.000 = 2.724 (+12,5 %)")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, tách", "Máy sao ruốc tự động, máy xé", "Máy chiết hũ, đóng nắp |",
                                "Kho lạnh 20", "Thiết kế bao bì, nhãn; xây", "Vốn lưu động (mua cá")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 900, "capital 1.500, fixed 900")
    stated = avg1(post)
    true_pre1 = true_rev[1] - (cost[1] - lines[7][1] + true_rev[1] * 0.08)
    true_post1 = true_pre1 * (1 - 0.15)  # 2.724 <= 3 tỷ: 15 %
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(stated == 424.3 and close(1500 / (stated + 90), 2.9, 0.02), "stated payback 2,9 from the written profits")
    p.check(close(true_avg, 340.4, 0.002) and close(1500 / (true_avg + 90), 3.48, 0.01)
            and off(1500 / (stated + 90), 1500 / (true_avg + 90)), "tolerated knock-on: true payback ≈ 3,5 (+19 %)")
    p.check(close(years[0][4] / 4600, 1.2, 0.01), "+20 % on 2026")
    p.has("85.000 đồng/hũ", "190.000 đồng/túi", "(208,6 + 595,7 + 468,5) : 3 ≈ 424,3", "1.500 : (424,3 + 90) ≈ 2,9 năm",
          "60 × 280 = 16.800 kg ruốc/năm", "tổng 30 tấn/năm", "TCCS 02:2025/XH", "Nghị định 43/2017/NĐ-CP",
          "đăng ký môi trường", "Giấy chứng nhận đăng ký nhãn hiệu")
    p.check(p.count("Công ty TNHH Thực phẩm Xuân Hội") >= 2 and p.count("Công ty TNHH Hải Long Phát") == 2,
            "PLANTED a second producer name, twice")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"HACCP|ISO 22000|GMP", "PLANTED no food-safety certificate, commitment or plan anywhere")
    clean(p)
    return p


def bd06() -> Plan:
    p = Plan("bd06_tinh_bot_nghe_song_tiem_htx")
    hu, tui, kg, cu, staff = (p.row("Hũ thuỷ tinh 100 g"), p.row("Túi nhôm 500 g"), p.row("Tổng tinh bột nghệ"),
                              p.row("Củ nghệ tươi chế biến"), p.row("Lao động thường xuyên"))
    rev, rh, rt = p.row("Doanh thu |"), p.row("Hũ 100 g (65.000"), p.row("Túi 500 g (280.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Củ nghệ tươi (6.000", "Hũ, túi, nắp, nhãn", "Tiền lương", "Điện, nước (2.000",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu (7%", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (15%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.1 + tui[y] * 0.5 and close(cu[y], kg[y] * 25 / 1000), f"kg, 25 kg củ/kg {y}")
        p.check(close(rh[y], hu[y] * 0.065) and close(rt[y], tui[y] * 0.28) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], cu[y] * 6) and close(lines[1][y], hu[y] * 0.006 + tui[y] * 0.008)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], cu[y] * 2), f"per-unit costs {y}")
        p.check(close(lines[4][y], 80) and close(lines[5][y], [400, 300, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.07), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % tax {y}")
        p.check(cu[y] <= 240, f"within 240 tấn of the growing area {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 357.1) and pre[1] == 457.1 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 457,1 != 2.364 − 2.006,9 = 357,1 (+28 %)")
    capacity = 400 * 250 / 1000  # tấn củ/năm
    p.check(capacity == 100 and cu[0] <= capacity and cu[1] <= capacity, "2027, 2028 within 100 tấn")
    p.check(cu[2] == 120 and off(cu[2], capacity) and staff[2] == staff[0], "PLANTED 2029 needs 120 tấn > 100 tấn, same staff")
    p.check(300 + 250 + 100 + 150 + 50 + 250 == 1100 == 500 + 400 + 200 and 300 + 250 + 100 + 150 == 800,
            "capital 1.100, fixed 800")
    stated = avg1(post)
    true_avg = (post[0] + (rev[1] - cost[1]) * 0.85 + post[2]) / 3
    p.check(stated == 388.2 and close(1100 / (stated + 80), 2.35, 0.01), "stated payback 2,3")
    p.check(close(true_avg, 359.9, 0.002) and off(1100 / (stated + 80), 1100 / (true_avg + 80)),
            "tolerated knock-on: true payback 2,5 (+6,5 %)")
    p.check(close(kg[0] / 3100, 1.16, 0.01), "+16 % on 2026")
    p.has("65.000 đồng/hũ", "280.000 đồng/túi", "(213,1 + 388,5 + 563) : 3 ≈ 388,2", "1.100 : (388,2 + 80) ≈ 2,3 năm",
          "400 kg củ tươi/ngày, làm việc 250 ngày/năm, tức 100 tấn củ/năm",
          "không đầu tư thêm dây chuyền xay, ly tâm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm",
            "PLANTED no product standard, declaration or lab test")
    clean(p)
    return p


def bd07() -> Plan:
    p = Plan("bd07_nuoc_che_xanh_ngan_truoi_ctcp")
    chai, lit, leaf = p.row("Nước chè xanh chai 350 ml"), p.row("Quy ra lít"), p.row("Lá chè tươi sử dụng")
    rev, cost = p.row("Doanh thu (12.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá chè tươi (8.000", "Đường, vitamin C", "Chai PET, nắp", "Thùng carton, màng co",
                                 "Điện, nước, thanh trùng", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, chiết khấu, vận chuyển", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN |"), p.row("Lợi nhuận sau thuế")
    staff = [10, 12, 12]
    supply = 1.5 * 6000 + 2000  # kg lá/năm
    for y in Y:  # triệu đồng
        p.check(close(lit[y], chai[y] * 0.35) and close(leaf[y], lit[y] * 0.15), f"litres, 0,15 kg leaves/l {y}")
        p.check(close(rev[y], chai[y] * 0.012), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.008) and close(lines[1][y], chai[y] * 0.0003)
                and close(lines[2][y], chai[y] * 0.002) and close(lines[3][y], chai[y] * 0.0002)
                and close(lines[4][y], chai[y] * 0.0005), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 6.5 * 12) and close(lines[6][y], 160)
                and close(lines[7][y], [800, 600, 400][y] * 0.08) and close(lines[8][y], rev[y] * 0.10),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(chai[y] <= 1500 * 280, f"line capacity {y}")
    p.check(supply == 11000 and leaf[0] <= supply, "2027 leaves within 11 tấn")
    p.check(leaf[1] > supply and off(leaf[1], supply) and leaf[2] > supply and off(leaf[2], supply),
            "PLANTED 13,65 and 15,75 tấn of leaves > 11 tấn supply (+24 %, +43 %)")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Dây chuyền hãm, chiết rót", "Hệ thống xử lý nước RO",
                                "Máy vò chè, dụng cụ", "Thiết kế bao bì, xây dựng", "Vốn lưu động |")]
    stated_total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == stated_total == 2400 and sum(items[:4]) == 1600 and close(1600 / 10, 160),
            "items add up to the stated 2.400; fixed 1.600")
    p.check(1300 + 800 == 2100 and off(2100, 2400), "PLANTED sources 2.100 != total 2.400 (−12,5 %)")
    p.check(avg1(post) == 548.2 and close(2400 / (548.2 + 160), 3.4, 0.01), "payback 3,4 on the total")
    p.check(close(chai[0] / 150000, 1.33, 0.01) and all(rev[y] / rev[y - 1] < 1.35 for y in (1, 2)), "growth")
    p.has("12.000 đồng/chai", "Tổng nguồn vốn huy động 2.100 triệu đồng", "Vốn chủ sở hữu (cổ đông góp): 1.300 triệu đồng",
          "800 triệu đồng, lãi suất 8%/năm", "0,15 kg lá chè tươi cho 1 lít", "9 tấn lá/năm", "tổng 2 tấn/năm",
          "Tổng nguồn lá chè 11 tấn/năm", "(299,2 + 543,5 + 801,8) : 3 ≈ 548,2", "2.400 : (548,2 + 160) ≈ 3,4 năm",
          "QCVN 6-2:2010/BYT", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô",
            "PLANTED no label, label content or labelling decree")
    clean(p)
    return p


def bd08() -> Plan:
    p = Plan("bd08_mam_ruoc_cam_nhuong_tht")
    hu, xo, kg = p.row("Hũ 500 g (hũ)"), p.row("Xô 5 kg (xô)"), p.row("Tổng sản lượng (kg)")
    rh, rx, rt = p.row("Doanh thu hũ"), p.row("Doanh thu xô"), p.row("Tổng doanh thu")
    rev, cost, prof = p.row("Doanh thu |"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Ruốc tươi (15.000", "Muối hạt (4.000", "Hũ, xô, nắp, nhãn", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu (8%", "Quản lý, kiểm nghiệm")]
    staff = [8, 8, 9]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + xo[y] * 5, f"kg {y}")
        p.check(close(rh[y], hu[y] * 0.045) and close(rx[y], xo[y] * 0.32) and close(rt[y], rh[y] + rx[y])
                and rev[y] == rt[y], f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 1.1 * 0.015) and close(lines[1][y], kg[y] * 0.2 * 0.004)
                and close(lines[2][y], hu[y] * 0.004 + xo[y] * 0.012) and close(lines[3][y], staff[y] * 5 * 12),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], 30) and close(lines[5][y], [200, 150, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08) and lines[7][y] == 30, f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] * 1.1 <= 30000 and kg[y] <= 140 * 150 * 2, f"shrimp supply, jar capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà ủ", "80 chum sành", "Máy xay ruốc, máy đóng", "Thiết kế bao bì, nhãn;",
                                "Vốn lưu động mua ruốc")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 420 and stated == 480 and off(stated, sum(items)),
            "PLANTED investment table total 480 != items 420 (+14 %)")
    p.check(280 + 200 == stated and sum(items[:3]) == 300 and close(300 / 10, 30), "sources match the stated (wrong) total")
    avg = avg1(prof)
    p.check(avg == 299.6 and close(480 / (avg + 30), 1.46, 0.01), "stated payback 1,5 on the wrong 480")
    p.check(off(480 / (avg + 30), 420 / (avg + 30)) and close(420 / (avg + 30), 1.27, 0.01),
            "tolerated knock-on: 1,3 years on the true 420")
    p.has("Năm 2026 tổ hợp tác sản xuất được 14 tấn mắm ruốc", "so với sản lượng 18,5 tấn của năm 2026")
    p.check(off(18.5, 14) and kg[0] / 1000 / 14 < 1.2, "PLANTED 2026 output 14 tấn != 18,5 tấn")
    p.has("45.000 đồng/hũ", "320.000 đồng/xô", "(219,4 + 319,6 + 359,8) : 3 ≈ 299,6", "480 : (299,6 + 30) ≈ 1,5 năm",
          "tổng khoảng 30 tấn/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/MRCN",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã số thuế 3002421579")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|\bmùi\b|\bbể\b|biogas|khí thải|nước rỉ|bốc hơi|ô nhiễm",
            "PLANTED no environmental measure anywhere")
    clean(p)
    return p


def bd09() -> Plan:
    p = Plan("bd09_dau_goi_bo_ket_moc_lanh_hkd")
    chai, can = p.row("Dầu gội chai 300 ml"), p.row("Dầu gội can 1 lít")
    rc, rk, rt = p.row("Doanh thu chai"), p.row("Doanh thu can"), p.row("Tổng doanh thu")
    rev, cost, prof = p.row("Doanh thu |"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Dược liệu, chất hoạt động", "Chai, can, nắp, nhãn", "Tiền công |", "Điện, gas (2%",
                                 "Khấu hao |", "Bán hàng, chiết khấu, quảng cáo", "Quản lý, kiểm nghiệm", "Thuế GTGT")]
    staff = [3, 4, 4]
    for y in Y:  # triệu đồng
        p.check(close(rc[y], chai[y] * 0.095) and close(rk[y], can[y] * 0.22) and close(rt[y], rc[y] + rk[y])
                and rev[y] == rt[y], f"revenue {y}")
        p.check(close(lines[0][y], chai[y] * 0.025 + can[y] * 0.075) and close(lines[1][y], chai[y] * 0.009 + can[y] * 0.015)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], rev[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[4][y], 30) and close(lines[5][y], rev[y] * 0.2) and lines[6][y] == 40
                and close(lines[7][y], rev[y] * 0.045), f"depreciation, selling, taxes {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(chai[y] * 0.3 + can[y] <= 200 * 250 and chai[y] * 0.05 + can[y] * 0.15 <= 5000,
                f"pot capacity, herbs {y}")
    g = [rev[1] / rev[0], rev[2] / rev[1]]
    p.check(close(g[0], 2.5) and close(g[1], 2.4, 0.001) and chai[1] / chai[0] == 2.5 and chai[2] / chai[1] == 2.4,
            "PLANTED output and revenue ×2,5 then ×2,4")
    p.check(close(chai[0] / 8000, 1.25) and staff[2] - staff[0] == 1, "2027 +25 % on 2026; one more worker only")
    p.check(150 + 90 + 60 + 20 + 30 == 350 == 250 + 100 and 150 + 90 + 60 == 300, "capital 350, fixed 300")
    avg = avg1(prof)
    p.check(avg == 936.7 and close(350 / (avg + 30), 0.36, 0.01) and off(2.5, 350 / (avg + 30)) and off(2.5, 350 / avg),
            "PLANTED payback 2,5 years != 350 : (936,7 + 30) ≈ 0,36")
    p.has("dự kiến hoàn vốn sau khoảng 2,5 năm", "(115,3 + 645,2 + 2.049,7) : 3 ≈ 936,7", "95.000 đồng/chai",
          "220.000 đồng/can", "Tổng vốn đầu tư 350 triệu đồng", "Trong cả giai đoạn cơ sở tiếp tục bán qua 15 cửa hàng",
          "ngân sách quảng cáo giữ như hiện nay", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "Phiếu tiếp nhận bản công bố sản phẩm mỹ phẩm", "TCCS 01:2024/ML", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28B8012650")
    past = [p.row(f"{x}|", 4) for x in ("2024", "2025")] + [p.row("2026 (ước)|", 4)]
    p.check(all(close(r[2], r[0] * 0.095 + r[1] * 0.22) for r in past), "past revenue")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|độc quyền|chỉ dẫn địa lý",
            "PLANTED no trademark or IP anywhere")
    clean(p)
    return p


def bd10() -> Plan:
    p = Plan("bd10_khay_tra_go_mit_thai_yen")
    k, h, b, wood = (p.row("Khay trà (chiếc)"), p.row("Hộp đựng chè (chiếc)"), p.row("Bộ lót ly 6 chiếc (bộ)"),
                     p.row("Gỗ mít xẻ sử dụng"))
    rev, rk, rh, rb = (p.row("Doanh thu |"), p.row("Khay trà (350.000"), p.row("Hộp đựng chè (180.000"),
                       p.row("Bộ lót ly (120.000"))
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Gỗ mít (90.000", "Sơn PU, giấy nhám", "Tiền công khoán", "Hộp đóng gói, nhãn",
                                 "Điện |", "Khấu hao |", "Vận chuyển, tiêu thụ")]
    for y in Y:  # triệu đồng
        p.check(close(wood[y], k[y] * 0.01 + h[y] * 0.004 + b[y] * 0.002) and wood[y] <= 40, f"wood m³ {y}")
        p.check(close(rk[y], k[y] * 0.35) and close(rh[y], h[y] * 0.18) and close(rb[y], b[y] * 0.12)
                and close(rev[y], rk[y] + rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], k[y] * 0.09 + h[y] * 0.04 + b[y] * 0.025)
                and close(lines[1][y], k[y] * 0.016 + h[y] * 0.008 + b[y] * 0.005)
                and close(lines[2][y], k[y] * 0.15 + h[y] * 0.07 + b[y] * 0.04)
                and close(lines[3][y], k[y] * 0.012 + h[y] * 0.008 + b[y] * 0.006), f"per-piece costs {y}")
        p.check(close(lines[5][y], 25) and close(lines[6][y], rev[y] * 0.08), f"depreciation, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(k[y] <= 12 * 280, f"CNC capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(150 + 40 + 40 + 20 + 50 == 300 == 200 + 100 and 150 + 40 + 40 + 20 == 250, "capital 300, fixed 250")
    p.check(avg1(prof) == 133.2 and close(300 / (133.2 + 25), 1.9, 0.01), "payback 1,9")
    past = [p.row(f"{x}|", 4) for x in ("2024", "2025")] + [p.row("2026 (ước)|", 4)]
    p.check(all(close(r[3], r[0] * 0.35 + r[1] * 0.18 + r[2] * 0.12) for r in past), "past revenue")
    p.check(close(rev[0] / 656, 1.2, 0.01), "+20 % on 2026")
    p.has("Quyết định số 490/QĐ-TTg ngày 07/5/2018", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019",
          "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg", "PLANTED the current instruments are not cited")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"đăng ký hộ|thành lập|giấy phép", "PLANTED no business registration or plan to register")
    market = section(p, "# VI - THỊ TRƯỜNG", "# VII -")
    p.check(not re.search(r"giá(?! trị)|đồng|khách|cửa hàng|hội chợ|đại lý|công ty|người mua|người tiêu dùng", market,
                          re.I), "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách|cửa hàng|hội chợ|đại lý|showroom|trưng bày|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|"
            r"du lịch|xuất khẩu|đơn hàng|đặt hàng|siêu thị|nhà phân phối|thương lái", "PLANTED no sales channel anywhere")
    p.has("350.000 đ/chiếc", "180.000 đ/chiếc", "(114,7 + 133,2 + 151,6) : 3 ≈ 133,2", "300 : (133,2 + 25) ≈ 1,9 năm",
          "TCCS 01:2026/ĐT", "Nghị định 43/2017/NĐ-CP", "hệ thống hút bụi túi vải", "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bd11_banh_gai_thach_dai_so_sai")
    a.check(200 * 8000 * 300 == 480e6, "bánh gai sentence (200 chiếc × 8.000 × 300 ngày = 480 triệu)")
    a.has("khoảng 200 chiếc bánh", "8.000 đồng/chiếc", "khoảng 480 triệu đồng/năm", "khoảng 150 triệu đồng",
          "đã đăng ký hộ kinh doanh năm 2021")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường", "no compliance line (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bd12_tinh_dau_sa_ky_thuong_so_sai")
    b.check(600 * 350000 == 210e6, "lemongrass-oil sentence (600 l × 350.000 = 210 triệu, not stated)")
    b.has("khoảng 5 ha sả", "khoảng 600 lít tinh dầu", "350.000 đồng/lít", "khoảng 200 triệu đồng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký|mã số thuế|thông báo thành lập", "no registration or notification (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bd01, bd02, bd03, bd04, bd05, bd06, bd07, bd08, bd09, bd10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
