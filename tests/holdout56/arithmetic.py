"""The 56th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout56/arithmetic.py

For every plan: revenue = quantity x price, cost lines add up to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material need
vs supply, output vs capacity, growth, channel shares. Planted numeric defects are asserted wrong
by more than 5 % and everything else right (within 1 %). Table figures are read from the plan's
source; figures quoted from running text are looked up verbatim. The textual planted defects (no
environmental measure, replaced instruments, no label, no trademark, no food safety, no product
standard, a second producer name, no registration, no sales channel) are asserted too, as is the
absence of template placeholders and of replaced instruments in every other plan.
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


OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|38/2012|89/2006|01/2021/NĐ-CP"


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def ready_policy(p: Plan) -> None:
    p.lacks(OUTDATED, "cites a replaced instrument")
    p.has("148/QĐ-TTg")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def be01() -> Plan:
    p = Plan("be01_dau_goi_bo_ket_ngan_pho_cty")
    c, r, lit, bk = p.row("Dầu gội chai 300 ml"), p.row("Dầu gội túi 1 lít"), p.row("Tổng sản lượng quy đổi"), \
        p.row("Quả bồ kết khô cần dùng")
    rev, rc, rr = p.row("Doanh thu |", skip=1), p.row("Chai 300 ml (95.000"), p.row("Túi 1 lít (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dược liệu (14.000", "Chất hoạt động bề mặt", "Chai, túi, nắp", "Điện, nước, nhiên liệu",
                                 "Tiền lương", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, chiết khấu",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế", skip=1)
    for y in Y:  # triệu đồng
        p.check(close(lit[y], c[y] * 0.3 + r[y]) and close(bk[y], lit[y] * 0.15), f"litres, bồ kết 0,15 kg/l {y}")
        p.check(close(rc[y], c[y] * 0.095) and close(rr[y], r[y] * 0.22) and close(rev[y], rc[y] + rr[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 0.014) and close(lines[1][y], lit[y] * 0.03)
                and close(lines[2][y], c[y] * 0.009 + r[y] * 0.012) and close(lines[3][y], lit[y] * 0.005), f"unit costs {y}")
        p.check(close(lines[4][y], [10, 11, 12][y] * 6.5 * 12) and lines[5][y] == 120
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.10)
                and lines[8][y] == 120, f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(lit[y] <= 80 * 250 and bk[y] <= 3500 and lit[y] * 0.4 <= 9000, f"capacity, bồ kết and leaf supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    for y in Y:
        p.check(sum(p.row(x)[y] for x in ("Đại lý, cửa hàng mỹ phẩm", "Điểm bán OCOP", "Sàn thương mại", "Khách sạn, homestay")) == 100,
                f"channel shares {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, phòng sạch", "Thiết bị chiết", "Phòng kiểm tra chất lượng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1800 == 1000 + 800 and sum(items[:3]) == 1200 == 120 * 10, "capital")
    p.check(avg1(post) == 848.5 and close(1800 / (848.5 + 120), 1.86, 0.01), "average profit 848,5, payback 1,9")
    hist = p.row("Sản lượng dầu gội")
    p.check(close(lit[0] / hist[2], 1.17, 0.01), "+17 % on 2026")
    p.has("(688,7 + 843,1 + 1.013,8) : 3 ≈ 848,5", "1.800 : (848,5 + 120) ≈ 1,9 năm", "95.000 đồng/chai", "220.000 đồng/túi",
          "3.500 kg quả khô/năm", "khoảng 9 tấn lá tươi/năm", "20.000 lít/năm", "bằng 66% công suất",
          "Thuế thu nhập doanh nghiệp tính 15%", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm")
    p.check(close(13200 / 20000, 0.66), "66 %")
    ready_policy(p)
    clean(p)
    return p


def be02() -> Plan:
    p = Plan("be02_du_lich_khe_may_htx")
    tour, night, meal = p.row("Tour trải nghiệm một ngày"), p.row("Nghỉ đêm nhà sàn"), p.row("Suất ăn |")
    rt, rn, rm = [tour[y] * 250 for y in Y], [night[y] * 350 for y in Y], [meal[y] * 150 for y in Y]  # nghìn đồng
    rev = [rt[y] + rn[y] + rm[y] for y in Y]
    staff = [14, 15, 16]
    cost = [rm[y] * 0.45 + tour[y] * 40 + night[y] * 60 + staff[y] * 6000 * 12 + 160000 + [42000, 28000, 14000][y]
            + rev[y] * 0.06 + 150000 for y in Y]
    rows = [p.row(f"{2027 + y} |", 5) for y in Y]
    for y in Y:
        r = rows[y]
        p.check(close(r[0], rev[y]) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]), f"summary row {y}")
        rate = 0.15 if r[0] <= 3e6 else 0.17
        p.check(close(r[3], r[2] * rate) and close(r[4], r[2] - r[3]), f"tax {rate} {y}")
        p.check(night[y] <= 24 * 300 and tour[y] <= 60 * 300, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    avg = p.row("Bình quân |", 5)
    p.check(all(close(avg[i], sum(r[i] for r in rows) / 3) for i in range(5)), "average row")
    p.check([round(x / 1000, 2) for x in cost] == [2322.7, 2538.65, 2762.25], "cost in running text")
    p.check(close(2e6 / (775219 + 160000), 2.14, 0.01) and close(night[2] / 7200, 0.25) and close(tour[2] / 18000, 0.43, 0.01),
            "payback 2,1; 25 % and 43 % of capacity")
    p.check(700 + 300 + 350 + 250 + 100 + 300 == 2000 == 1400 + 600 and 700 + 300 + 350 + 250 == 1600 == 160 * 10,
            "capital 2 tỷ, fixed 1.600")
    p.check(close(tour[0] / 5200, 1.15, 0.01), "+15 % on 2026")
    p.check(sum(p.one(x) for x in ("Tổ hướng dẫn", "Tổ bếp và nhà ăn", "Tổ lưu trú và vệ sinh", "Tổ thuyền và an toàn"))
            == p.one("Cộng |") == 14, "staff 14")
    p.has("6.000 lượt × 250.000 đồng = 1.500 triệu đồng", "1.200 khách-đêm × 350.000 đồng = 420 triệu đồng",
          "7.000 suất × 150.000 đồng = 1.050 triệu đồng", "cộng 2.970 triệu đồng", "cộng 3.465 triệu đồng",
          "cộng 3.975 triệu đồng", "472,5 triệu đồng", "14 lao động × 6 triệu đồng × 12 tháng = 1.008 triệu đồng",
          "178,2 triệu đồng", "Tổng chi phí năm 2027 là 2.322,7 triệu đồng", "2.000 : (775,2 + 160) ≈ 2,1 năm",
          "Tổng vốn đầu tư của phương án là 2 tỷ đồng", "TCVN 7800:2017")
    p.check(close(2970 * 1.0, 1500 + 420 + 1050) and close(3465, 1725 + 525 + 1215) and close(3975, 1950 + 630 + 1395),
            "revenue lines in text")
    ready_policy(p)
    clean(p)
    return p


def be03() -> Plan:
    p = Plan("be03_mat_ong_ngan_truoi_hkd")
    dan, a, b, kg, raw = (p.row("Số đàn ong của hộ"), p.row("Mật ong chai 350 g"), p.row("Mật ong chai 700 g"),
                          p.row("Tổng mật ong thành phẩm"), p.row("Mật ong thô cần dùng"))
    rev, ra, rb = p.row("Doanh thu |"), p.row("Chai 350 g (110.000"), p.row("Chai 700 g (200.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật thu mua", "Thức ăn bổ sung", "Chai, nắp, nhãn, hộp", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Chiết khấu, vận chuyển", "Di chuyển đàn", "Điện, kiểm nghiệm", "Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], a[y] * 0.35 + b[y] * 0.7) and close(raw[y], kg[y] / 0.98, 0.002), f"kg, 2 % loss {y}")
        p.check(raw[y] <= dan[y] * 10 + 2000, f"honey supply {y}")
        p.check(close(ra[y], a[y] * 0.11) and close(rb[y], b[y] * 0.2) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(lines[0][y] == 360 and close(lines[1][y], dan[y] * 0.06) and close(lines[2][y], a[y] * 0.008 + b[y] * 0.011)
                and close(lines[3][y], [4, 4, 5][y] * 6 * 12) and lines[4][y] == 40 and lines[5][y] == [18, 12, 6][y]
                and close(lines[6][y], rev[y] * 0.08) and close(lines[9][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(raw[y] <= 50 * 2 * 100, f"dehumidifier capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("Đàn ong giống mới", "Thùng ong, cầu", "Máy quay mật", "Cải tạo phòng sơ chế",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 600 == 300 + 300 and sum(items[:4]) == 400 == 40 * 10 and 80 * 1.5 == 120,
            "capital")
    p.check(avg1(prof) == 516.6 and close(600 / (516.6 + 40), 1.08, 0.01), "average 516,6, payback 1,1")
    p.check(close(kg[0] / 4300, 1.14, 0.01), "+14 % on 2026")
    p.check(close(0.11 / 0.35, 0.314, 0.01) and close(0.2 / 0.7, 0.286, 0.01), "286.000 – 314.000 đ/kg")
    p.has("(414,1 + 540,63 + 595,16) : 3 ≈ 516,6", "600 : (516,6 + 40) ≈ 1,1 năm", "110.000 đồng/chai", "200.000 đồng/chai",
          "tổng 2.000 kg/năm, giá 180.000 đồng/kg", "5.200 kg năm 2027, 5.600 kg năm 2028, 6.000 kg năm 2029",
          "10.000 kg mật/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    ready_policy(p)
    clean(p)
    return p


def be04() -> Plan:
    p = Plan("be04_gio_guot_cam_trung_tht")
    g, k, h, kg, cong = (p.row("Giỏ guột có quai"), p.row("Khay guột |"), p.row("Bộ hộp quà 3 chiếc"),
                         p.row("Guột khô cần dùng"), p.row("Ngày công cần"))
    rev, rg, rk, rh = p.row("Tổng doanh thu"), p.row("- Giỏ (180.000"), p.row("- Khay (95.000"), p.row("- Bộ hộp quà (260.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Guột khô", "- Mây, dầu lai", "- Thẻ treo, hộp", "- Tiền công đan", "- Lương quản lý",
                                 "- Khấu hao", "- Lãi vay", "- Chiết khấu", "- Điện, sửa chữa", "- Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    weavers = [40, 42, 45]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], g[y] * 0.5 + k[y] * 0.25 + h[y] * 0.6) and close(cong[y], g[y] + k[y] * 0.5 + h[y] * 1.5),
                f"guột, workdays {y}")
        p.check(kg[y] <= 7000 and cong[y] <= weavers[y] * 260, f"guột contract, weavers {y}")
        p.check(close(rg[y], g[y] * 0.18) and close(rk[y], k[y] * 0.095) and close(rh[y], h[y] * 0.26)
                and close(rev[y], rg[y] + rk[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.02) and close(lines[1][y], g[y] * 0.015 + k[y] * 0.008 + h[y] * 0.02)
                and close(lines[2][y], (g[y] + k[y] + h[y]) * 0.005)
                and close(lines[3][y], g[y] * 0.07 + k[y] * 0.035 + h[y] * 0.1) and lines[4][y] == 2 * 5 * 12
                and lines[5][y] == 30 and lines[6][y] == [14, 7, 0][y] and close(lines[7][y], rev[y] * 0.1)
                and close(lines[9][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("Trong đó: Cải tạo xưởng", "Lò sấy điện", "Khuôn, bàn", "Thiết kế mẫu mã", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 500 == 300 + 200 and sum(items[:3]) == 300 == 30 * 10, "capital")
    p.check(avg1(prof) == 426.6 and close(500 / (426.6 + 30), 1.1, 0.01), "average 426,6, payback 1,1")
    p.check(close(lines[3][0] / 40 / 12, 1.33, 0.01) and close(lines[3][2] / 45 / 12, 1.48, 0.01), "1,3 – 1,5 tr/month")
    p.check(close(lines[0][0] / 40, 2.2) and close(lines[0][2] / 40, 2.73, 0.01), "2,2 – 2,7 tr per cutter household")
    p.check(close(rev[0] / 1400, 1.2, 0.01), "+20 % on 2026")
    p.has("(349,3 + 426,6 + 503,9) : 3 ≈ 426,6", "500 : (426,6 + 30) ≈ 1,1 năm", "180.000 đồng/chiếc", "95.000 đồng/chiếc",
          "260.000 đồng/bộ", "tổng 7 tấn guột khô/năm", "70.000 đồng/giỏ, 35.000 đồng/khay, 100.000 đồng/bộ hộp",
          "10.400; 10.920 và 11.700 công")
    ready_policy(p)
    clean(p)
    return p


def be05() -> Plan:
    p = Plan("be05_ruou_men_la_tung_loc_htx")
    c, b, lit, rice = p.row("Rượu chai 500 ml |"), p.row("Rượu bình sứ 1 lít |"), p.row("Tổng sản lượng"), p.row("Gạo nếp sử dụng")
    rev, rc, rb = p.row("A. Doanh thu"), p.row("Rượu chai 500 ml (85.000"), p.row("Rượu bình sứ 1 lít (220.000")
    cost = p.row("B. Chi phí")
    lines = [p.row(x) for x in ("Gạo nếp (18.000", "Men lá, củi, ga", "Chai, bình, nút", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("C. Lợi nhuận"), p.row("D. Thuế"), p.row("E. Lợi nhuận")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], c[y] * 0.5 + b[y]) and close(rice[y], lit[y] / 0.8), f"litres, rice 0,8 l/kg {y}")
        p.check(rice[y] <= 25000 and 25000 <= 9 * 4500 * 0.65 and rice[y] <= 2 * 60 * 280, f"rice supply, stills {y}")
        p.check(close(rc[y], c[y] * 0.085) and close(rev[y], rc[y] + rb[y]), f"revenue total = sub-rows {y}")
        p.check(close(lines[0][y], rice[y] * 0.018) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], c[y] * 0.012 + b[y] * 0.045) and close(lines[3][y], [8, 9, 10][y] * 6 * 12)
                and lines[4][y] == 90 and close(lines[5][y], [500, 400, 300][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"profit vs written revenue {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % tax {y}")
    p.check(close(rb[0], b[0] * 0.22) and close(rb[1], b[1] * 0.22), "2027, 2028 bình revenue right")
    p.check(b[2] * 0.22 == 616 and off(rb[2], 616), "PLANTED 2029 bình 816 != 2.800 × 220.000 = 616 (+32 %)")
    true_rev = rc[2] + 616
    p.check(true_rev == 2316 and off(rev[2], true_rev), "PLANTED 2029 revenue 2.516 != 2.316 (+8,6 %)")
    true_post = (true_rev - cost[2]) * 0.85
    p.check(off(post[2], true_post), "knock-on: 2029 profit 639,7 against a true 469,7")
    written = (post[0] + post[1] + post[2]) / 3
    p.check(close(written, 441.1, 0.001) and close(1200 / (written + 90), 2.26, 0.01), "stated payback 2,3 from written profit")
    p.check(close(1200 / ((post[0] + post[1] + true_post) / 3 + 90), 2.53, 0.01), "tolerated knock-on: true payback 2,5")
    p.check(350 + 250 + 200 + 100 + 60 + 240 == 1200 == 700 + 500 and 350 + 250 + 200 + 100 == 900 == 90 * 10, "capital")
    p.check(close(lit[0] / 8500, 1.18, 0.01) and all(rev[y] / rev[y - 1] < 1.25 for y in (1, 2)), "growth")
    p.check(p.one("Tổ nấu rượu") + p.one("Tổ đóng chai") == p.one("Cộng |") == 8, "staff 8")
    p.has("(299,2 + 384,5 + 639,7) : 3 ≈ 441,1", "1.200 : (441,1 + 90) ≈ 2,3 năm", "85.000 đồng/chai", "220.000 đồng/bình",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 05/GP-KT", "QCVN 6-3:2010/BYT",
          "hàm lượng etanol")
    # PLANTED outdated-policy: replaced instruments, the current ones absent
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021/NQ-HĐND", "PLANTED outdated-policy: a current instrument is cited")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|chất thải|nước thải|\bbã\b|bã rượu|khói|ô nhiễm|xử lý|bể lắng|biogas|thu gom|\brác\b",
            "PLANTED no environmental measure")
    clean(p)
    return p


def be06() -> Plan:
    p = Plan("be06_ruoc_ca_thu_huong_bien_dntn")
    plan = [p.row(f"{2027 + y} |", 4) for y in Y]  # hũ, túi, kg, fish
    rev, rh, rt = p.row("Doanh thu |"), p.row("Hũ 200 g (140.000"), p.row("Túi 500 g (300.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá thu tươi (80.000", "Nước mắm, hành", "Hũ, túi, thùng carton", "Điện, gas, nước",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng (8%", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        h, t, kg, fish = plan[y]
        p.check(close(kg, h * 0.2 + t * 0.5) and close(fish, kg * 4), f"kg, fish 4:1 {y}")
        p.check(close(rh[y], h * 140) and close(rt[y], t * 300) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish * 80) and close(lines[1][y], kg * 20) and close(lines[2][y], h * 6 + t * 8)
                and close(lines[3][y], kg * 15) and close(lines[4][y], [10, 11, 12][y] * 6500 * 12)
                and lines[5][y] == 200000 and close(lines[6][y], [1000000, 750000, 500000][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.08) and lines[8][y] == 150000, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg <= 2 * 20 * 280, f"pan capacity {y}")
        # PLANTED material-shortfall
        p.check(fish > 24000 and off(fish, 24000), f"PLANTED fish need {fish:.0f} kg > 24.000 kg contracted {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(4 * 6 == 24 and close(plan[0][3] / 24000, 1.25) and close(plan[2][3] / 24000, 1.55), "shortfall +25 % to +55 %")
    p.check(800 + 1000 + 200 + 100 + 500 == 2600 == 1600 + 1000 and 800 + 1000 + 200 == 2000 == 200 * 10, "capital")
    avg = sum(post) / 3 / 1000
    p.check(close(avg, 572.0, 0.001), "average 572")
    true_pb = 2600 / (avg + 200)
    p.check(close(true_pb, 3.37, 0.01) and off(2.1, true_pb) and off(2.1, 2600 / avg),
            "PLANTED payback 2,1 != 2.600 : 772 = 3,4 (4,5 without depreciation)")
    p.check(close(plan[0][2] / 6300, 1.19, 0.01), "+19 % on 2026")
    p.check(sum(p.one(x) for x in ("Kỹ thuật viên chế biến", "Kế toán |", "Nhân viên bán hàng trực tuyến", "Công nhân sản xuất"))
            == p.one("Cộng (không kể") == 10, "staff 10")
    p.has("Thời gian hoàn vốn = 2.600 : (572 + 200) ≈ 2,1 năm", "(446,1 + 572 + 697,9) : 3 = 572",
          "mỗi tàu cung cấp 6 tấn cá thu/năm, tổng 24 tấn/năm", "bảo đảm đủ nguyên liệu", "4 kg cá thu tươi nguyên con cho 1 kg ruốc",
          "140.000 đồng/hũ", "300.000 đồng/túi", "Tổng vốn đầu tư 2,6 tỷ đồng", "11.200 kg/năm")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in hạn", "PLANTED no label anywhere")
    ready_policy(p)
    clean(p)
    return p


def be07() -> Plan:
    p = Plan("be07_cam_chanh_huong_trach_htx")
    t, price = p.row("Cam thu mua, sơ chế, tiêu thụ"), p.row("Giá bán bình quân (đồng/kg)")
    hist_t, hist_rev = p.row("Cam hợp tác xã tiêu thụ"), p.row("Doanh thu (triệu đồng)")
    rev, rev2 = p.row("Doanh thu (triệu đồng)", skip=1), p.row("Doanh thu (triệu đồng)", skip=2)
    lines = [p.row(x) for x in ("Mua cam của thành viên", "Thùng, túi lưới, tem QR", "Vận chuyển, 1.000", "Tiền công lao động",
                                 "Điện, nước, kho lạnh", "Khấu hao (triệu", "Lãi vay (triệu", "Bán hàng, 3%", "Quản lý (triệu")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(price[y] == 32000 and close(rev[y], t[y] * 32) and rev[y] == rev2[y], f"revenue {y}")
        p.check(close(lines[0][y], t[y] * 22) and close(lines[1][y], t[y] * 1.5) and close(lines[2][y], t[y] * 1.0)
                and close(lines[3][y], [10, 12, 14][y] * 6 * 12) and close(lines[4][y], t[y] * 0.5) and lines[5][y] == 210
                and close(lines[6][y], [1200, 900, 600][y] * 0.075) and close(lines[7][y], rev[y] * 0.03)
                and lines[8][y] == 180, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(t[y] <= 12 * 120 and t[y] <= 1730, f"packing capacity 1.440, supply 1.730 {y}")
    p.check(close(hist_rev[2], hist_t[2] * 32), "2026 revenue at 32.000 đ/kg")
    # PLANTED unrealistic-growth
    p.check(t[0] / hist_t[2] > 2 and all(t[y] / t[y - 1] > 2 for y in (1, 2)), "PLANTED volume more than doubles every year")
    p.check(all(rev[y] / rev[y - 1] > 2 for y in (1, 2)) and close(rev[2] / rev[0], 4.32), "PLANTED revenue x4,3 in two years")
    p.check(lines[0][2] > 20 * 900, "PLANTED 23,8 tỷ of oranges to buy against 900 triệu working capital")
    # PLANTED table-total-mismatch (orchard table)
    vill = [p.row(x) for x in ("Trường Sơn", "Hòa Trung", "Khe Cò", "Phú Lâm", "Trung Thượng")]
    tot = p.row("Tổng cộng")
    p.check(sum(v[0] for v in vill) == tot[0] == 64 and sum(v[2] for v in vill) == tot[2] == 1730, "households, tonnes add up")
    p.check(all(close(v[2], v[1] * 20) for v in vill), "20 tấn/ha")
    area = sum(v[1] for v in vill)
    p.check(area == 86.5 and tot[1] == 96.5 and off(tot[1], area), "PLANTED area total 96,5 != 86,5 ha (+11,6 %)")
    p.lacks(r"96,5 ha|86,5 ha", "the area total is not repeated in the text")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng gói 400", "Kho mát 50 tấn", "Dây chuyền rửa", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 3000 == 1800 + 1200 and sum(items[:3]) == 2100 == 210 * 10, "capital")
    p.check(close(sum(post) / 3, 1994.6, 0.001) and close(3000 / (1994.6 + 210), 1.36, 0.01), "average, payback 1,4")
    p.has("3.000 : (1.994,6 + 210) ≈ 1,4 năm", "32.000 đồng/kg", "22.000 đồng/kg", "Tổng vốn đầu tư 3 tỷ đồng",
          "công suất 12 tấn/ngày", "khoảng 1.440 tấn", "Giấy chứng nhận VietGAP")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|chỉ dẫn địa lý|bảo hộ|logo|văn bằng|Cục Sở hữu", "PLANTED no trademark")
    ready_policy(p)
    clean(p)
    return p


def be08() -> Plan:
    p = Plan("be08_tra_vang_ky_son_hkd")
    h, t, kg, fresh = p.row("Trà túi lọc hộp 50 g"), p.row("Trà vằng túi 500 g"), p.row("Tổng trà thành phẩm"), \
        p.row("Lá chè vằng tươi cần dùng")
    rev, rh, rt = p.row("Doanh thu |"), p.row("+ Hộp túi lọc (45.000"), p.row("+ Túi 500 g (90.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("+ Lá tươi", "+ Phân bón", "+ Túi lọc, hộp", "+ Điện sấy", "+ Tiền công", "+ Khấu hao",
                                 "+ Lãi vay", "+ Chiết khấu", "+ Thuế khoán", "+ Chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], h[y] * 0.05 + t[y] * 0.5) and close(fresh[y], kg[y] * 4), f"kg, fresh 4:1 {y}")
        p.check(fresh[y] <= 1.2 * 10000 + 8000, f"leaf supply even with 1,2 ha {y}")
        p.check(close(rh[y], h[y] * 0.045) and close(rt[y], t[y] * 0.09) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(lines[0][y] == 48 and close(lines[2][y], h[y] * 0.007 + t[y] * 0.005) and close(lines[3][y], kg[y] * 0.008)
                and close(lines[4][y], [5, 6, 6][y] * 5.5 * 12) and lines[5][y] == 50 and lines[6][y] == [18, 12, 6][y]
                and close(lines[7][y], rev[y] * 0.1) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 425) and off(prof[1], rev[1] - cost[1]), "PLANTED 2028 profit 485 != 1.341 − 916 = 425 (+14 %)")
    written = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 467, 0.001) and close(500 / (written + 50), 0.97, 0.01) and close(500 / (true + 50), 1.01, 0.01),
            "payback ≈ 1,0 either way (no knock-on)")
    p.check(250 + 150 + 30 + 70 == 500 == 200 + 300 and 250 + 150 == 400 == 50 * 8, "capital")
    supp = [p.row(x, 2) for x in ("Tân Tiến", "Tân Hòa", "Trung Sơn", "Đồng Trung")]
    tot = p.row("Cộng |", 2)
    p.check(sum(s[0] for s in supp) == tot[0] == 20 and sum(s[1] for s in supp) == tot[1] == 8000, "linked households")
    p.check(close(kg[0] / 2200, 1.14, 0.01), "+14 % on 2026")
    p.check(close(48 / 20, 2.4), "2,4 tr per household")
    p.has("(359,4 + 485 + 556,5) : 3 ≈ 467", "500 : (467 + 50) ≈ 1,0 năm", "45.000 đồng/hộp", "90.000 đồng/túi",
          "8 tấn lá tươi/năm, giá 6.000 đồng/kg", "Tổng vốn đầu tư 500 triệu đồng")
    # PLANTED figure-inconsistent
    p.has("Gia đình có vườn chè vằng 1,2 ha", "vườn chè vằng 2 ha của gia đình")
    p.check(off(2.0, 1.2), "PLANTED own garden 1,2 ha != 2 ha")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|HACCP|ISO|đủ điều kiện|15/2018|khám sức khỏe|tập huấn",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("tiêu chuẩn cơ sở", "tự công bố sản phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    ready_policy(p)
    clean(p)
    return p


def be09() -> Plan:
    p = Plan("be09_nuoc_ep_buoi_phuc_trach_ctcp")
    plan = [p.row(f"{2027 + y} |", 4) for y in Y]  # 330 ml, 1 l, litres, fruit kg
    rev, ra, rb = p.row("Doanh thu |"), p.row("Chai 330 ml (35.000"), p.row("Chai 1 lít (75.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Bưởi quả (8.000", "Đường, vitamin C", "Chai, nắp, nhãn", "Điện, nước, gas", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng (10%", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        a, b, lit, fruit = plan[y]
        p.check(close(lit, a * 0.33 + b) and close(fruit, lit * 2.5), f"litres, fruit 2,5 kg/l {y}")
        p.check(fruit <= 250000 and lit <= 400 * 250, f"fruit contract, line capacity {y}")
        p.check(close(ra[y], a * 0.035) and close(rb[y], b * 0.075) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit * 0.008) and close(lines[1][y], lit * 0.002) and close(lines[2][y], a * 0.005 + b * 0.004)
                and close(lines[3][y], lit * 0.003) and close(lines[4][y], [12, 13, 14][y] * 6.5 * 12) and lines[5][y] == 240
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 0.1)
                and lines[8][y] == 150, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, phòng chiết", "Dây chuyền gọt", "Hệ thống thanh trùng", "Kho trữ đông 15",
                                "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 3200 and sum(items[:4]) == 2400 == 240 * 10, "items add up to 3.200, fixed 2.400")
    p.check(1800 + 1000 == 2800 and off(2800, total), "PLANTED sources 2.800 != total 3.200 (−12,5 %)")
    p.has("vốn góp của các cổ đông 1.800 triệu đồng", "1.000 triệu đồng, thời hạn 4 năm", "Vốn điều lệ 1,8 tỷ đồng")
    p.check(close(sum(post) / 3, 1213.25, 0.001) and close(3200 / (1213.25 + 240), 2.2, 0.01), "average, payback 2,2")
    p.check(close(plan[0][2] / 32000, 1.55, 0.01), "+55 % on 2026 with the new line (2026: 32.000 l on a 200-litre pan)")
    p.check(sum(p.one(x) for x in ("Giám đốc |", "Phó giám đốc kinh doanh", "Kỹ sư công nghệ thực phẩm |", "Kế toán |",
                                    "Nhân viên kinh doanh", "Công nhân sản xuất")) == p.one("Cộng |") == 12, "staff 12")
    p.check(close(lines[0][0], 992) and close(lines[0][2], 1270), "1 – 1,3 tỷ to farmers")
    p.has("3.200 : (1.213,25 + 240) ≈ 2,2 năm", "35.000 đồng/chai", "75.000 đồng/chai", "250 tấn bưởi loại 2 mỗi năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|ISO|\bchuẩn\b",
            "PLANTED no product standard, declaration or lab test")
    # PLANTED name-inconsistent
    p.check(p.count("Công ty cổ phần Đồ uống Sông Ngàn") == 2 and p.count("Công ty cổ phần Nông sản Phúc Trạch Xanh") >= 1
            and p.count("CÔNG TY CỔ PHẦN NÔNG SẢN PHÚC TRẠCH XANH") == 1, "PLANTED a second producer name, twice")
    ready_policy(p)
    clean(p)
    return p


def be10() -> Plan:
    p = Plan("be10_hen_xao_hoa_thuy_nhom_ho")
    jars, kg, ruot = p.row("Hến xào hũ 200 g"), p.row("Sản lượng hến xào"), p.row("Ruột hến cần dùng")
    n, price, rev = p.row("Số hũ (hũ)"), p.row("Đơn giá bình quân"), p.row("Doanh thu (tr.đ)")
    lines = [p.row(x) for x in ("Ruột hến, 60.000", "Sả, ớt", "Hũ, nắp, nhãn", "Gas, điện", "Tiền công (tr.đ)", "Khấu hao (tr.đ)",
                                 "Vận chuyển, quảng bá", "Kiểm nghiệm, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (tr.đ)")
    cap = 15 * 2 * 240
    for y in Y:  # triệu đồng
        p.check(n[y] == jars[y] and close(kg[y], jars[y] * 0.2) and close(ruot[y], kg[y] * 0.8), f"jars, kg, clams {y}")
        p.check(ruot[y] <= 60 * 300, f"clam supply {y}")
        p.check(price[y] == 45000 and close(rev[y], n[y] * 0.045), f"revenue {y}")
        p.check(close(lines[0][y], ruot[y] * 0.06) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], n[y] * 0.006)
                and close(lines[3][y], kg[y] * 0.004) and close(lines[4][y], [6, 8, 10][y] * 5 * 12) and lines[5][y] == 30
                and close(lines[6][y], rev[y] * 0.05) and lines[7][y] == 30, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    # PLANTED capacity-exceeded
    p.check(cap == 7200 and kg[0] <= cap, "2027 within the pan's 7.200 kg")
    p.check(off(kg[1], cap) and off(kg[2], cap) and kg[2] / cap > 1.38, "PLANTED 8.000 / 10.000 kg > 7.200 kg pan capacity")
    p.has("năng lực xào tối đa của cơ sở là 7.200 kg hến xào/năm", "không mua thêm chảo xào", "15 kg thành phẩm/mẻ")
    p.check(60 + 40 + 50 + 30 + 120 == 300 == 200 + 100 and 60 + 40 + 50 == 150 == 30 * 5, "capital")
    p.check(sum(prof) / 3 == 434 and close(300 / (434 + 30), 0.65, 0.01), "average 434, payback 0,65")
    supp = [p.row(x, 2) for x in ("Bắc Hà", "Nam Hà", "Đông Thượng", "Trung Thủy")]
    tot = p.row("Cộng |", 2)
    p.check(sum(s[0] for s in supp) == tot[0] == 20 and sum(s[1] for s in supp) == tot[1] == 60, "clam suppliers")
    p.check(p.one("Cộng |", skip=1) == 6 == [6, 8, 10][0], "staff 6")
    p.check(close(kg[0] / 4500, 1.33, 0.01), "+33 % on 2026, within the pan")
    p.has("300 : (434 + 30) ≈ 0,65 năm", "Tổng vốn đầu tư 300 triệu đồng", "bản cam kết bảo đảm an toàn thực phẩm",
          "tiêu chuẩn cơ sở và tự công bố sản phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký|giấy chứng nhận|mã số thuế|hộ kinh doanh|hợp tác xã|doanh nghiệp|tổ hợp tác|thành lập|giấy phép|"
            r"hợp đồng hợp tác|công ty", "PLANTED no registration or plan to register")
    # PLANTED no-sales-channel
    market = section(p, "# IV. THỊ TRƯỜNG TIÊU THỤ", "# V. NGUỒN NGUYÊN LIỆU")
    p.check(not re.search(r"giá|đồng|khách|người mua", market), "PLANTED the market section names no price or customer")
    p.lacks(r"cửa hàng|đại lý|siêu thị|\bchợ\b|khách|facebook|zalo|shopee|tiktok|bán lẻ|bán buôn|thương lái|hội chợ|"
            r"điểm bán|nhà hàng|\bsàn\b|online|website|đơn hàng|đặt hàng|xuất khẩu|showroom|phân phối",
            "PLANTED no sales channel anywhere")
    ready_policy(p)
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("be11_tinh_bot_nghe_thien_loc_so_sai")
    a.check(1000 * 400000 == 400e6, "1 tấn × 400.000 đ/kg = 400 triệu")
    a.has("khoảng 1 tấn/năm", "400.000 đồng/kg", "khoảng 400 triệu đồng/năm", "khoảng 150 triệu đồng",
          "Hộ đã có giấy đăng ký hộ kinh doanh năm 2023")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|cửa hàng|đại lý|siêu thị", "genuine gaps")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("be12_choi_dot_huong_do_so_sai")
    b.has("15 thành viên", "khoảng 20.000 chiếc", "khoảng 30.000 đồng/chiếc", "theo hợp đồng hợp tác")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, half a page")
    b.lacks(r"tiêu chuẩn|công bố|nhãn|sở hữu trí tuệ", "genuine gaps")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (be01, be02, be03, be04, be05, be06, be07, be08, be09, be10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
