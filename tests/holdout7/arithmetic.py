"""The seventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout7/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no product standard, no label, replaced instruments cited, no
registration, two outputs for 2025, no food safety, no environmental measure, no sales channel,
no trademark, a second producer name) are asserted too, as is the absence of template
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


class Plan(plancheck.Plan):
    src = HERE / "src"


def r01() -> Plan:
    p = Plan("r01_gom_men_tro_cam_due_cty")
    a, b, c, n, staff = (p.row("Bình hoa men tro"), p.row("Bộ ấm chén men tro"), p.row("Chậu cây cảnh để bàn"),
                         p.row("Cộng số sản phẩm"), p.row("Lao động thường xuyên"))
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("- Bình hoa (250.000"), p.row("- Bộ ấm chén (450.000"),
                       p.row("- Chậu cây cảnh (180.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Đất sét, men, tro", "- Gas nung", "- Hộp, lót, nhãn", "- Tiền lương", "- Khấu hao",
                                 "- Lãi vay", "- Bán hàng, quảng bá", "- Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(n[y] == a[y] + b[y] + c[y], f"product count {y}")
        p.check(close(ra[y], a[y] * 0.25) and close(rb[y], b[y] * 0.45) and close(rc[y], c[y] * 0.18)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], a[y] * 0.04 + b[y] * 0.07 + c[y] * 0.03)
                and close(lines[1][y], rev[y] * 0.10)
                and close(lines[2][y], a[y] * 0.015 + b[y] * 0.035 + c[y] * 0.005), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 150)
                and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[6][y], rev[y] * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(n[y] <= 4 * 110 * 48 and n[y] * 2 <= 50000, f"kiln capacity, clay contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(4 * 110 * 48 == 21120 and close(n[2] * 2 / 1000, 34, 0.02), "21.000 capacity, 34 tấn clay")
    items = [p.one(x) for x in ("Lò nung gas 2", "Mở rộng nhà xưởng tạo hình", "Máy luyện đất chân không",
                                "Hệ thống hút bụi", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1800 == 1000 + 800 and sum(items[:4]) == 1500, "capital, fixed 1.500")
    p.check(avg1(post) == 668.4 and close(1800 / (668.4 + 150), 2.2, 0.02), "average profit, payback 2,2")
    p.check(close(n[0] / 11500, 1.13, 0.01) and close(rev[0] / 2720, 1.21, 0.01), "+13 % output, +21 % revenue on 2025")
    p.check(close(rev[0] / 1000, 3.3) and close(rev[2] / 1000, 4.34), "3,3 and 4,34 tỷ")
    p.has("250.000 đồng/chiếc", "450.000 đồng/bộ", "180.000 đồng/chậu", "(507,1 + 668,4 + 829,7) : 3 ≈ 668,4",
          "1.800 : (668,4 + 150) ≈ 2,2 năm", "khoảng 21.000 sản phẩm/năm", "hợp đồng cung cấp 50 tấn/năm",
          "Công ty hiện có 14 lao động thường xuyên", "QCVN 12-4:2015/BYT")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006", "ready plan cites a replaced instrument")
    return p


def r02() -> Plan:
    p = Plan("r02_homestay_lang_bien_thach_hai_htx")
    nights, meals, tours = [3600, 4200, 4800], [9000, 10500, 12000], [3000, 3600, 4200]
    rooms = [n * 0.45 for n in nights]
    food = [m * 0.12 for m in meals]
    trips = [t * 0.15 for t in tours]
    rev = [rooms[y] + food[y] + trips[y] for y in Y]
    staff = [10, 11, 12]
    cost = [food[y] * 0.5 + nights[y] * 0.08 + tours[y] * 0.06 + staff[y] * 6.5 * 12 + rooms[y] * 0.2 + 200
            + [1000, 750, 500][y] * 0.08 + rev[y] * 0.10 + 120 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    post = [pre[y] * 0.83 for y in Y]
    p.check([round(x) for x in rev] == [3150, 3690, 4230], "revenue 3,15 / 3,69 / 4,23 tỷ")
    p.check([round(x) for x in rooms] == [1620, 1890, 2160] and [round(x) for x in food] == [1080, 1260, 1440]
            and [round(x) for x in trips] == [450, 540, 630], "revenue lines")
    p.check([round(x) for x in cost] == [2827, 3167, 3507], "cost 2.827 / 3.167 / 3.507")
    p.check([round(x) for x in pre] == [323, 523, 723], "pre-tax profit")
    p.check([round(x, 1) for x in post] == [268.1, 434.1, 600.1] and avg1(post) == 434.1, "17 % tax, average 434,1")
    p.check(900 + 500 + 150 + 150 + 100 + 200 == 2000 == 1000 + 1000 and 900 + 500 + 150 + 150 == 1700,
            "capital 2 tỷ, fixed 1.700")
    p.check(close(1700 / 8.5, 200) and close(2000 / (434.1 + 200), 3.2, 0.02), "depreciation 200, payback 3,2")
    p.check(24 * 365 == 8760 and close(4800 / 8760, 0.55, 0.01), "55 % occupancy in 2028")
    p.check(close(nights[0] / 2700, 1.33, 0.01) and close(rev[0] / 2100, 1.5, 0.01) and 18 < 24,
            "+33 % room-nights on 2025 with 6 more rooms")
    p.check(staff[0] * 6.5 * 12 == 780 and staff[1] * 6.5 * 12 == 858 and staff[2] * 6.5 * 12 == 936, "wages")
    p.check(all(rev[y] / rev[y - 1] < 1.2 for y in (1, 2)), "growth under 20 %")
    p.has("450.000 đ/phòng/đêm", "120.000 đ/suất", "150.000 đ/lượt",
          "3.600 đêm phòng × 450.000 đ = 1.620 triệu đồng", "9.000 suất × 120.000 đ = 1.080 triệu đồng",
          "3.000 lượt × 150.000 đ = 450 triệu đồng", "Tổng doanh thu năm 2026 là 3,15 tỷ đồng",
          "doanh thu năm 2027 đạt 3,69 tỷ đồng (lưu trú 1.890 triệu, ăn uống 1.260 triệu, trải nghiệm 540 triệu)",
          "năm 2028 đạt 4,23 tỷ đồng (lưu trú 2.160 triệu, ăn uống 1.440 triệu, trải nghiệm 630 triệu)",
          "thực phẩm cho suất ăn 540 triệu đồng", "đồ dùng phòng 288 triệu đồng", "hướng dẫn viên cộng tác 180 triệu đồng",
          "tiền lương 780 triệu đồng", "324 triệu đồng (20% doanh thu lưu trú)", "khấu hao 200 triệu đồng",
          "lãi vay 80 triệu đồng", "quảng bá 315 triệu đồng", "quản lý và chi khác 120 triệu đồng",
          "Tổng chi phí năm 2026 là 2.827 triệu đồng", "năm 2027 là 3.167 triệu đồng (tiền lương 858 triệu đồng, lãi vay 60",
          "năm 2028 là 3.507 triệu đồng (tiền lương 936 triệu đồng, lãi vay 40",
          "323 triệu đồng (2026), 523 triệu đồng (2027) và 723 triệu đồng (2028)",
          "268,1 triệu đồng, 434,1 triệu đồng và 600,1 triệu đồng", "2.000 triệu đồng : (434,1 + 200) triệu đồng/năm ≈ 3,2 năm",
          "Tổng vốn đầu tư của phương án là 2 tỷ đồng", "các thành viên góp thêm 1.000 triệu đồng",
          "1.000 triệu đồng, thời hạn 5 năm, lãi suất 8%/năm, trả gốc 250 triệu đồng", "24 phòng × 365 ngày = 8.760")
    p.check(len(p.rows) == 0, "no table: finances in running text")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012", "ready plan cites a replaced instrument")
    return p


def r03() -> Plan:
    p = Plan("r03_dau_lac_linh_huong_htx")
    chai, can, lit, nut, cake = (p.row("Dầu lạc chai 500 ml"), p.row("Dầu lạc can 2 lít"), p.row("Tổng sản lượng dầu"),
                                 p.row("Lạc nhân nguyên liệu"), p.row("Khô dầu lạc thu hồi"))
    lines = [p.row(x) for x in ("Lạc nhân |", "Chai, can, nắp, nhãn", "Điện |", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí |")
    summary = [p.row(f"Năm {2026 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    workers = [6, 7, 8]
    rev = [chai[y] * 0.095 + can[y] * 0.36 + cake[y] * 0.007 for y in Y]
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2 and close(nut[y], lit[y] * 2.4) and close(cake[y], lit[y] * 1.4),
                f"litres, kernels 2,4 kg/l, cake 1,4 kg/l {y}")
        p.check(close(lines[0][y], nut[y] * 0.04) and close(lines[1][y], chai[y] * 0.006 + can[y] * 0.015)
                and close(lines[2][y], lit[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * 5.5 * 12) and close(lines[4][y], 60)
                and close(lines[5][y], [300, 200, 100][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        rate = 0.15 if s[0] <= 3000 else 0.17
        p.check(close(s[3], s[2] * rate) and close(s[4], s[2] - s[3]), f"tax {rate} {y}")
        p.check(nut[y] <= 50000 and nut[y] <= 2 * 30 * 6 * 250, f"kernels within contract and press capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(60 * 2.4 * 0.7, 100.8) and 2 * 30 * 6 * 250 == 90000, "≈100 tấn kernels in the area; 90 tấn press capacity")
    p.check(240 + 110 + 90 + 160 + 50 + 350 == 1000 == 700 + 300 and 240 + 110 + 90 + 160 == 600, "capital, fixed 600")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 429.2 and close(1000 / (429.2 + 60), 2.0, 0.03), "average profit, payback 2,0")
    p.check(close(lit[0] / 9500, 1.26, 0.01), "+26 % on 2025 with new presses")
    p.has("1.520 + 720 + 117,6 = 2.357,6", "1.710 + 900 + 137,2 = 2.747,2", "1.900 + 1.080 + 156,8 = 3.136,8",
          "(354,1 + 433,2 + 500,3) : 3 ≈ 429,2", "1.000 : (429,2 + 60) ≈ 2,0 năm", "95.000 đồng/chai",
          "360.000 đồng/can", "7.000 đồng/kg", "40.000 đồng/kg", "50 tấn lạc nhân/năm", "khoảng 90 tấn lạc nhân/năm",
          "12.000 lít năm 2026")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012", "ready plan cites a replaced instrument")
    return p


def r04() -> Plan:
    p = Plan("r04_trung_vit_muoi_cam_binh_hkd")
    box, tray, eggs, staff = (p.row("Trứng muối hộp 10 quả"), p.row("Lòng đỏ muối khay 20 lòng"),
                              p.row("Trứng vịt nguyên liệu"), p.row("Lao động |"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Trứng muối hộp (65.000"), p.row("Lòng đỏ muối (80.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Trứng vịt (2.800", "Muối, tro, vôi", "Hộp, khay, túi, nhãn", "Tiền công lao động",
                                 "Khấu hao |", "Điện, nước |", "Bán hàng, vận chuyển", "Lãi vay |", "Thuế GTGT, TNCN")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(eggs[y] == box[y] * 10 + tray[y] * 20, f"eggs {y}")
        p.check(close(r1[y], box[y] * 65) and close(r2[y], tray[y] * 80) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], eggs[y] * 2.8) and close(lines[1][y], eggs[y] * 0.3)
                and close(lines[2][y], box[y] * 5 + tray[y] * 4), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5000 * 12) and close(lines[4][y], 25000)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], [150000, 100000, 50000][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.015), f"wages, depreciation, selling, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(eggs[y] <= 208000 + 120000 and eggs[y] <= 120 * 250 * 12, f"egg supply, jar capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(800 * 260 == 208000 and 120 * 250 * 12 == 360000, "own flock 208.000, capacity 360.000")
    items = [p.one(x) for x in ("Cải tạo, mở rộng khu chế biến", "Máy soi trứng", "Tủ mát, tủ đông", "Máy hút chân không",
                                "40 vại sành mới", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 300000 == 150000 + 150000 and sum(items[:5]) == 200000,
            "capital, fixed 200.000")
    p.check(close(200000 / 8, 25000), "depreciation 8 years")
    p.check(sum(prof) / 3 == 221300 and close(300000 / (221300 + 25000), 1.2, 0.03), "average profit, payback 1,2")
    p.check(close(eggs[0] / 210000, 1.14, 0.01), "+14 % on 2025")
    p.check(close(rev[0] / 1e6, 1.41) and close(rev[2] / 1e6, 1.75), "1,41 and 1,75 tỷ")
    p.has("(184.850 + 241.300 + 237.750) : 3 = 221.300", "300.000 : (221.300 + 25.000) ≈ 1,2 năm", "65.000 đồng/hộp",
          "80.000 đồng/khay", "2.800 đồng/quả", "khoảng 208.000 quả/năm", "tổng 120.000 quả/năm",
          "120 × 250 × 12 = 360.000 quả/năm", "vốn tự có của gia đình 150 triệu đồng", "150 triệu đồng theo chương trình")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012", "ready plan cites a replaced instrument")
    return p


def r05() -> Plan:
    p = Plan("r05_banh_da_nem_hong_loc_htx")
    bags, bulk, kg, rice = (p.row("Bánh đa nem túi 500 g |"), p.row("Bánh đa nem bán buôn |"), p.row("Tổng sản lượng bánh"),
                            p.row("Gạo nguyên liệu"))
    rev, rb, rw = p.row("Tổng doanh thu"), p.row("Bánh đa nem túi 500 g (28.000"), p.row("Bánh đa nem bán buôn (46.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo (14.000", "Củi, điện", "Túi PE, thùng", "Tiền công khoán", "Khấu hao tài sản",
                                 "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == bags[y] * 0.5 + bulk[y] and close(rice[y], kg[y] * 1.25), f"kg, rice {y}")
        p.check(close(rw[y], bulk[y] * 0.046) and close(rev[y], rb[y] + rw[y]), f"wholesale revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], rice[y] * 0.014) and close(lines[1][y], kg[y] * 0.003)
                and close(lines[2][y], bags[y] * 0.0015 + bulk[y] * 0.0005) and close(lines[3][y], kg[y] * 0.012)
                and close(lines[4][y], 50) and close(lines[5][y], [300, 200, 100][y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the stated revenue {y}")
        p.check(kg[y] <= 250 * 280 and rice[y] <= 80000, f"line capacity, rice contract {y}")
    p.check(close(rb[0], bags[0] * 0.028) and close(rb[2], bags[2] * 0.028), "2026 and 2028 bag revenue right")
    p.check(bags[1] * 0.028 == 1008 and off(rb[1], bags[1] * 0.028), "PLANTED 2027 bags 1.160 != 36.000 × 28.000 = 1.008")
    true_rev1 = bulk[1] * 0.046 + bags[1] * 0.028
    p.check(close(true_rev1, 2296) and off(rev[1], true_rev1), "PLANTED 2027 revenue total 2.448 != 2.296 (+6,6 %)")
    p.check(350 + 120 + 30 + 50 + 350 == 900 == 600 + 300 and 350 + 120 + 30 == 500, "capital, fixed 500")
    written, true = sum(prof) / 3, (prof[0] + true_rev1 - cost[1] + prof[2]) / 3
    p.check(close(written, 589.7, 0.001) and close(900 / written, 1.5, 0.03), "stated payback 1,5 from the written profit")
    p.check(close(900 / true, 1.67, 0.01) and close(900 / (written + 50), 1.41, 0.01), "tolerated knock-on: 1,67 / 1,41")
    p.check(close(kg[0] / 34000, 1.18, 0.01), "+18 % on 2025")
    p.check(close(lines[3][0] / 8 / 12, 5.0) and close(lines[3][2] / 8 / 12, 6.5), "5–6,5 tr/người/tháng for 8 workers")
    p.has("28.000 đồng/túi", "46.000 đồng/kg", "(441,5 + 691 + 636,5) : 3 ≈ 589,7", "900 : 589,7 ≈ 1,5 năm",
          "250 kg bánh/ngày", "80 tấn/năm", "Tổng vốn đầu tư 900 triệu đồng")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô",
            "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r06() -> Plan:
    p = Plan("r06_kho_ca_chi_vang_cam_nhuong_cty")
    out, fish, staff = p.row("Cá khô thành phẩm"), p.row("Cá chỉ vàng tươi nguyên liệu"), p.row("Lao động |")
    rev = [out[y] * 0.3 for y in Y]  # triệu đồng, 300.000 đ/kg
    cost = [fish[y] * 0.045 + out[y] * 0.02 + out[y] * 0.01 + staff[y] * 6 * 12 + 180 + [700, 525, 350][y] * 0.08
            + rev[y] * 0.06 + 150 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    post = [x * 0.83 for x in pre]
    for y in Y:
        p.check(close(fish[y], out[y] * 3.2), f"fresh fish 3,2:1 {y}")
        p.check(fish[y] <= 2 * 500 * 280, f"dryer capacity {y}")
    p.check([round(x) for x in rev] == [5400, 6300, 7200], "revenue 5,4 / 6,3 / 7,2 tỷ")
    p.check([round(x) for x in cost] == [4922, 5628, 6334], "cost 4.922 / 5.628 / 6.334")
    p.check([round(x) for x in pre] == [478, 672, 866], "pre-tax profit")
    p.check([round(x, 1) for x in post] == [396.7, 557.8, 718.8] and avg1(post) == 557.8, "17 % tax, average 557,8")
    p.check(540 + 450 + 300 + 150 == 1440 and close(1440 / 8, 180), "fixed 1.440, depreciation 180")
    total = 540 + 450 + 300 + 150 + 60 + 300
    p.check(total == 1800, "items add up to the stated 1,8 tỷ")
    p.check(800 + 700 == 1500 and off(800 + 700, total), "PLANTED sources 1,5 tỷ != total 1,8 tỷ")
    p.check(close(1800 / (557.8 + 180), 2.4, 0.02), "payback 2,4")
    supply = 5 * 10000
    p.check(all(off(fish[y], supply) and fish[y] > supply for y in Y),
            "PLANTED fresh fish 57,6 / 67,2 / 76,8 tấn > 50 tấn contracted")
    p.check(close(fish[0] / supply, 1.152, 0.001) and close(fish[2] / supply, 1.536, 0.001), "shortfall +15 % to +54 %")
    p.check(close(out[0] / 14500, 1.24, 0.01) and all(out[y] / out[y - 1] < 1.2 for y in (1, 2)), "growth")
    p.has("18 tấn × 300.000 đ/kg = 5,4 tỷ đồng", "21 tấn, doanh thu 6,3 tỷ đồng", "24 tấn, doanh thu 7,2 tỷ đồng",
          "cá tươi 57,6 tấn × 45.000 đ/kg = 2.592 triệu đồng", "20.000 đ/kg thành phẩm = 360 triệu đồng",
          "10.000 đ/kg = 180 triệu đồng", "lương 15 lao động 1.080 triệu đồng", "lãi vay 56 triệu đồng",
          "6% doanh thu 324 triệu đồng", "quản lý 150 triệu đồng. Cộng 4.922 triệu đồng",
          "Năm 2027 chi phí 5.628 triệu đồng (cá tươi 3.024 triệu, lương 1.224 triệu, lãi vay 42 triệu)",
          "Năm 2028 chi phí 6.334 triệu đồng (cá tươi 3.456 triệu, lương 1.368 triệu, lãi vay 28 triệu)",
          "478 triệu đồng năm 2026, 672 triệu đồng năm 2027, 866 triệu đồng năm 2028",
          "396,7 triệu, 557,8 triệu và 718,8 triệu đồng", "1,8 tỷ đồng : (557,8 + 180) triệu đồng/năm ≈ 2,4 năm",
          "Tổng vốn đầu tư của phương án là 1,8 tỷ đồng", "vốn chủ sở hữu 800 triệu đồng.",
          "700 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc đều 175 triệu đồng/năm",
          "mỗi tàu cung cấp khoảng 10 tấn cá chỉ vàng tươi/năm, tổng cộng 50 tấn/năm, bảo đảm đủ nguyên liệu",
          "3,2 kg cá chỉ vàng tươi cho 1 kg cá khô")
    p.has("Nghị định số 38/2012/NĐ-CP ngày 25/4/2012", "Quyết định số 490/QĐ-TTg ngày 07/5/2018")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018|919/QĐ-TTg", "PLANTED the current instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r07() -> Plan:
    p = Plan("r07_tuong_nep_thach_ngoc_ho")
    ch, hu, lit = p.row("Tương chai 500 ml"), p.row("Tương hũ 1 lít"), p.row("Tổng sản lượng")
    rev, rc, rh = p.row("Doanh thu |"), p.row("Tương chai (35.000"), p.row("Tương hũ (60.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp |", "Đậu tương |", "Muối, men", "Chai, hũ, nắp, nhãn", "Tiền công lao động thuê",
                                 "Củi, điện", "Khấu hao |", "Bán hàng, vận chuyển")]
    prof = p.row("Lợi nhuận |")
    hired = [3, 3, 4]
    for y in Y:  # nghìn đồng
        p.check(lit[y] == ch[y] * 0.5 + hu[y], f"litres {y}")
        p.check(close(rc[y], ch[y] * 35) and close(rh[y], hu[y] * 60) and close(rev[y], rc[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 0.3 * 20) and close(lines[1][y], lit[y] * 0.25 * 22)
                and close(lines[2][y], lit[y] * 1) and close(lines[3][y], ch[y] * 4 + hu[y] * 6), f"per-litre costs {y}")
        p.check(close(lines[4][y], hired[y] * 4500 * 12) and close(lines[6][y], 15000)
                and close(lines[7][y], rev[y] * 0.05, 0.01), f"wages, depreciation, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(lit[y] <= 150 * 40 * 3, f"jar capacity {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2026 and 2027 profit right")
    p.check(rev[2] - cost[2] == 305500 and off(prof[2], rev[2] - cost[2]), "PLANTED 2028 profit 355.500 != 305.500")
    p.check(close(lit[2] * 0.3, 3900) and close(lit[2] * 0.25, 3250) and lit[2] * 0.3 <= 6000 and lit[2] * 0.25 <= 5000,
            "rice and soy within supply")
    p.check(25 + 55 + 20 + 20 + 30 == 150 and 150 + 20 + 30 == 200 == 150 + 50 and close(150000 / 10, 15000),
            "capital 200, fixed 150, depreciation 15")
    written = sum(prof) / 3
    true = (prof[0] + prof[1] + rev[2] - cost[2]) / 3
    p.check(close(written, 294917, 0.001) and close(200000 / written, 0.7, 0.05), "stated 295 triệu, 0,7 năm")
    p.check(close(200000 / true, 0.72, 0.01) and close(200000 / (written + 15000), 0.65, 0.01),
            "tolerated knock-on: true 0,72, with depreciation 0,65")
    p.has("khoảng 9.000 lít tương", "Sản lượng năm 2025 đạt 6.500 lít")  # PLANTED figure-inconsistent
    p.check(off(9000, 6500), "PLANTED 9.000 != 6.500 lít (2025)")
    p.check(lit[0] / 6500 < 2 and lit[0] / 9000 < 2, "2026 below 2x either 2025 figure")
    p.has("35.000 đồng/chai", "60.000 đồng/hũ", "Tổng vốn 200 triệu đồng", "tiền tiết kiệm của gia đình 150 triệu đồng",
          "vay anh em, họ hàng 50 triệu đồng", "Lợi nhuận bình quân 3 năm khoảng 295 triệu đồng/năm",
          "thời gian hoàn vốn khoảng 0,7 năm", "150 × 40 × 3 = 18.000 lít/năm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r08() -> Plan:
    p = Plan("r08_mien_dong_huong_xuan_htx")
    bags, bulk, kg, starch, staff = (p.row("Miến gói 500 g"), p.row("Miến bán buôn |"), p.row("Tổng sản lượng miến"),
                                     p.row("Tinh bột dong sử dụng"), p.row("Lao động |"))
    rev, rg, rb = p.row("Doanh thu |"), p.row("Miến gói (55.000"), p.row("Miến bán buôn (90.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tinh bột dong (35.000", "Điện, than sấy", "Bao bì đóng gói", "Tiền lương",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng (5%", "Quản lý |")]
    prof = p.row("Lợi nhuận |")
    capacity = 200 * 250
    for y in Y:  # triệu đồng
        p.check(kg[y] == bags[y] * 0.5 + bulk[y] and close(starch[y], kg[y] * 1.2), f"kg, starch 1,2 {y}")
        p.check(close(rg[y], bags[y] * 0.055) and close(rb[y], bulk[y] * 0.09) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], starch[y] * 0.035) and close(lines[1][y], kg[y] * 0.006)
                and close(lines[2][y], bags[y] * 0.003 + bulk[y] * 0.001), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 110)
                and close(lines[5][y], [800, 600, 400][y] * 0.075) and close(lines[6][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(starch[y] <= 100000, f"starch within the 100 tấn contract {y}")
    p.check(close(40 * 35 / 6, 233, 0.01), "≈230 tấn starch from 40 ha")
    p.check(kg[0] <= capacity, "2026 within 50 tấn")
    p.check(off(kg[1], capacity) and off(kg[2], capacity), "PLANTED 2027-2028 output 54 / 62 tấn > 50 tấn capacity")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Dây chuyền tráng, cắt miến", "Lò sấy hơi nóng",
                                "Giàn phơi, khay inox", "Bao bì, nhãn, mã vạch", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 1350 and stated == 1450 and off(stated, sum(items)),
            "PLANTED investment table total 1.450 != items 1.350")
    p.check(650 + 800 == stated, "sources match the stated (wrong) total")
    p.check(sum(items[:4]) == 1100 and close(1100 / 10, 110), "fixed 1.100, depreciation 110")
    avg = sum(prof) / 3
    p.check(close(avg, 887.8, 0.001) and close(1450 / (avg + 110), 1.5, 0.04), "stated payback 1,5 on the stated total")
    p.check(close(1350 / (avg + 110), 1.35, 0.01), "tolerated knock-on: 1,35 on the true sum")
    p.check(close(kg[0] / 36000, 1.25, 0.01), "+25 % on 2025")
    p.has("200 kg miến/ngày", "250 ngày/năm, tương đương 50 tấn miến/năm", "máy cũ sẽ được thanh lý",
          "55.000 đồng/gói", "90.000 đồng/kg", "Tổng nguồn vốn 1.450 triệu đồng", "1.450 : (887,8 + 110) ≈ 1,5 năm",
          "100 tấn tinh bột/năm")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r09() -> Plan:
    p = Plan("r09_ga_u_muoi_thien_loc_cty")
    birds, live, staff = p.row("Gà ủ muối thành phẩm"), p.row("Gà hơi nguyên liệu |"), p.row("Lao động |")
    rev, cost = p.row("Doanh thu (320.000"), p.row("Tổng chi phí")
    lines = [p.row("Gà hơi nguyên liệu |", skip=1)] + [p.row(x) for x in ("Gia vị, muối", "Gas, điện", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận trước thuế", 2) and [-222.0] + p.row("Lợi nhuận trước thuế", 2)  # a loss in 2026
    p.has("| 3 | Lợi nhuận trước thuế | -222 | 386 | 1.554 |")
    for y in Y:  # triệu đồng
        p.check(close(live[y], birds[y] * 1.7) and close(rev[y], birds[y] * 0.32), f"live weight, revenue {y}")
        p.check(close(lines[0][y], live[y] * 0.1) and close(lines[1][y], birds[y] * 0.025)
                and close(lines[2][y], birds[y] * 0.008) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], 250) and close(lines[5][y], [1500, 1125, 750][y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(birds[y] <= 240 * 300 and birds[y] <= 45000, f"ovens 72.000, farms 45.000 {y} (no capacity or material issue)")
    p.check(900 + 600 + 300 + 350 + 100 + 50 + 200 == 2500 == 1000 + 1500 and 900 + 600 + 300 + 350 + 100 == 2250,
            "capital 2.500, fixed 2.250")
    p.check(close(2250 / 9, 250), "depreciation 9 years")
    avg = sum(prof) / 3
    true_payback = 2500 / (avg + 250)
    p.check(close(avg, 572.7, 0.001) and close(true_payback, 3.04, 0.01), "true payback ≈ 3,0 years")
    p.check(off(1.0, true_payback) and off(1.0, 2500 / avg) and off(1.0, 2500 / (prof[2] + 250)),
            "PLANTED payback 1 năm != 3,0 (4,4 without depreciation; 1,4 even on 2028 alone)")
    g1, g2 = birds[1] / birds[0], birds[2] / birds[1]
    p.check(g1 == 2.25 and g2 == 2.0 and rev[1] / rev[0] == 2.25 and rev[2] / rev[1] == 2.0,
            "PLANTED output and revenue ×2,25 then ×2 (8.000 → 18.000 → 36.000)")
    p.check(birds[0] / 6500 < 1.3, "2026 +23 % on 2025 (the jump is later)")
    p.has("bán online toàn quốc", "khoảng 1 năm", "320.000 đồng/con", "100.000 đồng/kg", "240 con/ngày",
          "72.000 con/năm", "khoảng 45.000 con/năm", "bán được 6.500 con", "giết mổ")
    p.lacks(r"hợp đồng (tiêu thụ|cung cấp cho|bán)|đại lý (bán|phân phối|tiêu thụ)|siêu thị|nhà phân phối",
            "no sales contract or distributor (the only đại lý are spice sellers)")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi hôi|\bbể\b|biogas|lông gà|tiết", 
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r10() -> Plan:
    p = Plan("r10_tranh_theu_phu_loc_tht")
    s, l, k = p.row("Tranh thêu khổ 30"), p.row("Tranh thêu khổ 60"), p.row("Khăn tay lụa thêu")
    rev, rs, rl, rk = (p.row("Doanh thu |"), p.row("- Tranh nhỏ (850.000"), p.row("- Tranh lớn (3.500.000"),
                       p.row("- Khăn thêu (120.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Vải lụa, chỉ", "- Tiền công thêu khoán", "- Khung, kính, hộp", "- Khấu hao",
                                 "- Điện, nước", "- Thù lao quản lý", "- Chi phí tiêu thụ", "- Lãi vay")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(rs[y], s[y] * 0.85) and close(rl[y], l[y] * 3.5) and close(rk[y], k[y] * 0.12)
                and close(rev[y], rs[y] + rl[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], s[y] * 0.12 + l[y] * 0.45 + k[y] * 0.02)
                and close(lines[1][y], s[y] * 0.4 + l[y] * 1.8 + k[y] * 0.05)
                and close(lines[2][y], s[y] * 0.05 + l[y] * 0.2 + k[y] * 0.005), f"per-piece costs {y}")
        p.check(close(lines[3][y], 30) and close(lines[7][y], [150, 150, 75][y] * 0.06), f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(s[y] * 4 + l[y] * 15 + k[y] * 0.5 <= 35 * 260, f"embroidery days within 35 × 260 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(s[2] * 4 + l[2] * 15 + k[2] * 0.5 == 7600 and 35 * 260 == 9100, "7.600 of 9.100 days")
    p.check(60 + 40 + 200 + 100 == 400 == 250 + 150 and 60 + 40 + 200 == 300, "capital, fixed 300")
    p.check(avg1(prof) == 369.3 and close(400 / (369.3 + 30), 1.0, 0.01), "average profit, payback 1,0")
    p.check(close(lines[1][0] / 35 / 12, 1.44, 0.01) and close(lines[1][2] / 35 / 12, 1.92, 0.01), "1,5–2 tr/tháng")
    p.check(close(rev[0] / 980, 1.32, 0.01), "+32 % on 2025")
    p.has("(304 + 366,5 + 437,5) : 3 ≈ 369,3", "400 : (369,3 + 30) ≈ 1,0 năm", "850.000 đ/bức", "3.500.000 đ/bức",
          "120.000 đ/chiếc", "Tổng vốn đầu tư 400 triệu đồng")
    p.check(p.count("Tổ hợp tác Thêu ren Văn Lâm") == 2 and p.count("Tổ hợp tác Thêu tay Phú Lộc") == 1
            and p.count("TỔ HỢP TÁC THÊU TAY PHÚ LỘC") == 1,
            "PLANTED a second producer name, twice")
    market = p.body.split("# V. THỊ TRƯỜNG TIÊU THỤ", 1)[1].split("# VI.", 1)[0]
    p.check(not any(w in market.lower() for w in ("đồng", "đ/", "cửa hàng", "hội chợ", "đại lý", "khách hàng",
                                                    "online", "facebook", "shopee", "công ty"))
            and not re.search(r"giá(?! trị)", market), 
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|hội chợ|đại lý (bán|phân phối|tiêu thụ)|showroom|phòng trưng bày|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|"
            r"công ty du lịch|khách du lịch|xuất khẩu|đơn hàng|đặt hàng của khách", "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý", "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("r11_mang_kho_kim_hoa_so_sai")
    a.check(2000 * 250000 == 500e6, "bamboo-shoot revenue sentence (2 tấn × 250.000 = 500 triệu)")
    a.has("khoảng 2 tấn/năm", "250.000 đồng/kg", "khoảng 500 triệu đồng/năm", "khoảng 100 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2023")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("r12_banh_muot_tung_anh_so_sai")
    b.check(60 * 20000 * 25 == 30e6, "bánh mướt sentence (60 kg × 20.000 × 25 days = 30 triệu a month)")
    b.has("khoảng 60 kg bánh", "20.000 đồng/kg", "khoảng 30 triệu đồng", "khoảng 25 kg gạo")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
