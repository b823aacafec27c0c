"""Holdout set 67's arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout67/arithmetic.py

Per plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost, tax,
investment items = sources = total, depreciation, interest, payback, raw-material need vs supply,
output vs capacity, growth. Planted numeric defects are asserted wrong by more than 5 %, all the
rest right within 1 %. Textual planted defects are asserted by the absence / presence of words;
no ready or revise plan (other than bp08's planted one) holds a template placeholder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|38/2012|89/2006"


class Plan(plancheck.Plan):
    src = HERE / "src"


def costs(p, labels, total=None):
    lines = [p.row(x) for x in labels]
    return lines, (p.row(total) if total else None)


def bp01() -> Plan:
    p = Plan("bp01_mat_ong_son_kim_htx")
    hu, chai, dan = p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Số đàn ong")
    kg, own, need, buy = p.row("Tổng mật thành phẩm"), p.row("Mật ong tự khai thác"), p.row("Mật ong cần cho"), p.row("Mật ong mua của hộ liên kết |")
    rev, r1, r2 = p.row("Doanh thu"), p.row("Hũ 500 g (160.000"), p.row("Chai 1 kg (300.000")
    lines, tot = costs(p, ["Mật ong mua của hộ liên kết (", "Chăm sóc đàn ong", "Bao bì (hũ", "Tiền công lao động",
                           "Khấu hao tài sản", "Lãi vay", "Điện, vận chuyển", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm"], "Tổng chi phí")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(kg[y] == hu[y] * 0.5 + chai[y] and close(need[y], kg[y] * 1.02) and own[y] == dan[y] * 15
                and close(buy[y], need[y] - own[y]) and buy[y] <= 3000, f"honey balance {y}")
        p.check(close(r1[y], hu[y] * 0.16) and close(r2[y], chai[y] * 0.30) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], buy[y] * 0.2) and close(lines[1][y], dan[y] * 0.5)
                and close(lines[2][y], hu[y] * 0.012 + chai[y] * 0.018) and close(lines[3][y], [12, 13, 14][y] * 72)
                and lines[4][y] == 120 and lines[5][y] == [600, 450, 300][y] * 0.08 and close(lines[7][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)) and close(pre[y], rev[y] - tot[y]), f"cost total, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(kg[y] <= 200 * 150, f"dehumidifier capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(520 + 380 + 300 + 100 + 500 == 1800 == 1200 + 600 and close((520 + 380 + 300) / 10, 120), "capital, depreciation")
    avg = sum(post) / 3
    p.check(close(avg, 644.6) and close(1800 / (644.6 + 120), 2.4, 0.03), "average profit, payback 2,4")
    p.check(close(kg[0] / 7000, 1.14, 0.01), "+14 % on 2025")
    p.has("1.800 : (644,6 + 120) ≈ 2,4 năm", "160.000 đồng/hũ", "300.000 đồng/chai", "tối đa 3.000 kg mật/năm",
          "12 lao động thường xuyên (năm 2027)", "Tổng vốn đầu tư 1.800 triệu đồng")
    p.check(2500 + 3000 + 1000 + 1500 >= kg[0], "channels cover 2027 sales")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp02() -> Plan:
    p = Plan("bp02_do_dan_luc_binh_thach_khe_cty")
    g, h, d, kg = p.row("Bộ giỏ 3 chiếc"), p.row("Hộp quà có nắp |"), p.row("Đệm ngồi tròn |"), p.row("Cọng lục bình khô cần")
    rev, rg, rh, rd = p.row("Doanh thu |"), p.row("Bộ giỏ (250.000"), p.row("Hộp quà (120.000"), p.row("Đệm ngồi (90.000")
    lines, tot = costs(p, ["Cọng lục bình khô (12.000", "Khung, vải lót", "Tiền công khoán", "Lương nhân viên", "Khấu hao tài sản",
                           "Lãi vay", "Bao bì, nhãn, vận chuyển", "Quảng bá, hội chợ", "Quản lý, điện nước"], "Chi phí |")
    summ = [p.row(f"{2027 + y}|", 5) for y in Y]
    for y in Y:  # nghìn đồng
        p.check(rg[y] == g[y] * 250 and rh[y] == h[y] * 120 and rd[y] == d[y] * 90 and rev[y] == rg[y] + rh[y] + rd[y], f"revenue {y}")
        p.check(close(kg[y], g[y] * 1.5 + h[y] * 0.6 + d[y] * 0.8) and kg[y] <= 20000, f"raw material within 20 tấn {y}")
        p.check(close(lines[0][y], kg[y] * 12) and lines[1][y] == g[y] * 30 + h[y] * 15 + d[y] * 8
                and lines[2][y] == g[y] * 80 + h[y] * 40 + d[y] * 30 and lines[3][y] == 5 * 7000 * 12
                and lines[5][y] == [400, 300, 200][y] * 80 and close(lines[6][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)), f"cost total {y}")
        s = summ[y]
        p.check(s[0] == rev[y] and s[1] == tot[y] and close(s[2], s[0] - s[1]) and close(s[3], s[2] * 0.15)
                and close(s[4], s[2] - s[3]), f"summary row {y}")
        p.check(g[y] + h[y] / 2 + d[y] / 2.5 <= 70 * 200, f"weaving days {y}")
    p.check(400 + 120 + 80 + 50 + 350 == 1000 == 600 + 400 and (400 + 120 + 80) / 10 == 60, "capital, depreciation")
    avg = sum(s[4] for s in summ) / 3
    p.check(close(avg, 353515) and close(1_000_000 / (353515 + 60000), 2.4, 0.02), "payback 2,4")
    p.has("1.000.000 : (353.515 + 60.000) ≈ 2,4 năm", "(5.200 + 8.000 : 2 + 6.000 : 2,5)", "cung cấp 20 tấn cọng khô mỗi năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp03() -> Plan:
    p = Plan("bp03_cam_bu_son_linh_tht")
    rows = [p.row(f"{2027 + y}|", 7) for y in Y]
    lines, tot = costs(p, ["Phân bón, thuốc", "Công lao động (110", "Hộp carton 5 kg", "Vận chuyển, bán hàng", "Khấu hao",
                           "Lãi vay", "Điện, chứng nhận"], "Cộng")
    for y in Y:
        yl, out, a, b, rev, cost, pro = rows[y]
        p.check(out == 10 * yl and close(a, out * 0.6) and close(b, out * 0.4), f"output {y}")
        p.check(close(rev, a * 25 + b * 15), f"revenue {y}")
        p.check(lines[0][y] == 750 and lines[1][y] == 1100 and close(lines[2][y], a * 1000 / 5 * 0.015)
                and close(lines[3][y], rev * 0.04) and lines[5][y] == [800, 600, 400][y] * 0.075, f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)) and close(cost, tot[y]) and close(pro, rev - cost), f"cost, profit {y}")
        p.check(out <= 16 * 60, f"grading capacity {y}")
        if y:
            p.check(rev / rows[y - 1][4] < 1.2, f"growth {y}")
    avg = sum(r[6] for r in rows) / 3
    p.check(close(avg, 1026.2) and close(2000 / (1026.2 + 150), 1.7, 0.02), "payback 1,7")
    p.check(400 + 800 + 300 + 100 + 400 == 2000 == 1200 + 800 and (400 + 800 + 300) / 10 == 150, "capital")
    p.check(close(160 / 140, 1.14, 0.01) and 40 + 20 + 15 + 20 >= 95, "+14 % on 2025, channels cover grade 1")
    p.check(close(827.6 / 12, 69, 0.01) and close(1224.8 / 12, 102, 0.01), "69–102 triệu per household")
    p.has("2.000 : (1.026,2 + 150) ≈ 1,7 năm", "2.400 + 960 = 3.360", "2.550 + 1.020 = 3.570", "2.700 + 1.080 = 3.780",
          "19.200 hộp (2027)")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp04() -> Plan:
    p = Plan("bp04_du_lich_sinh_thai_ngan_truoi_ctcp")
    nights, meals, tours, staff = p.row("Đêm phòng bán"), p.row("Suất ăn"), p.row("Lượt trải nghiệm"), p.row("Nhân viên thường")
    rev = [nights[y] * 0.5 + meals[y] * 0.15 + tours[y] * 0.1 for y in Y]
    cost = [meals[y] * 0.15 * 0.45 + nights[y] * 0.08 + tours[y] * 0.1 * 0.3 + staff[y] * 6.5 * 12 + nights[y] * 0.5 * 0.08
            + 180 + [80, 60, 40][y] + rev[y] * 0.10 + 100 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    post = [pre[y] * (0.85 if rev[y] <= 3000 else 0.83) for y in Y]
    p.check([round(x, 1) for x in rev] == [2850, 3260, 3620], "revenue")
    p.check([round(x, 1) for x in cost] == [2509.5, 2742, 2957.5], "cost")
    p.check([round(x, 1) for x in pre] == [340.5, 518, 662.5], "profit before tax")
    p.check([round(x, 1) for x in post] == [289.4, 429.9, 549.9] and close(sum(post) / 3, 423.1), "tax, after-tax profit")
    p.check(close(2000 / (423.1 + 180), 3.3, 0.02), "payback 3,3")
    p.check(1200 + 300 + 150 + 150 + 50 + 150 == 2000 == 1000 + 1000 and 1800 / 10 == 180, "capital")
    p.check(all(nights[y] <= 16 * 365 for y in Y) and close(nights[0] / 5840, 0.48, 0.01) and close(nights[2] / 5840, 0.6, 0.01), "occupancy")
    p.check(all(rev[y] / rev[y - 1] < 1.2 for y in (1, 2)), "growth")
    p.has("2.800 đêm phòng × 500.000 đồng = 1.400 triệu đồng", "7.000 suất × 150.000 đồng = 1.050 triệu đồng",
          "4.000 lượt × 100.000 đồng = 400 triệu đồng", "thực phẩm 472,5 triệu đồng", "224 triệu đồng", "120 triệu đồng",
          "lương nhân viên 936 triệu đồng", "112 triệu đồng", "285 triệu đồng", "Tổng chi phí năm 2027 là 2.509,5 triệu đồng",
          "2.742 triệu đồng (lương 1.014 triệu, lãi vay 60 triệu)", "2.957,5 triệu đồng (lương 1.092 triệu, lãi vay 40 triệu)",
          "51,1 triệu, 88,1 triệu và 112,6 triệu đồng", "289,4 triệu đồng, 429,9 triệu đồng và 549,9 triệu đồng",
          "2.000 : (423,1 + 180) ≈ 3,3 năm", "3.260 triệu đồng (lưu trú 1.600 triệu, ăn uống 1.200 triệu, trải nghiệm 460 triệu)",
          "3.620 triệu đồng (lưu trú 1.750 triệu, ăn uống 1.350 triệu, trải nghiệm 520 triệu)")
    p.check(len(p.rows) == 6, "one table only (volumes)")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp05() -> Plan:
    p = Plan("bp05_ruou_nep_men_la_phuc_dong_cty")
    ch, bi, lit, gao = p.row("Rượu chai 500 ml |"), p.row("Rượu bình sứ 1 lít |"), p.row("Tổng sản lượng rượu"), p.row("Gạo nếp cần")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Rượu chai 500 ml (85.000"), p.row("Rượu bình sứ 1 lít (220.000")
    lines, tot = costs(p, ["Gạo nếp (20.000", "Men lá, củi", "Chai, bình, nút", "Tiền lương (8", "Khấu hao", "Lãi vay",
                           "Bán hàng, vận chuyển", "Quản lý, chi khác"], "Tổng chi phí |")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(lit[y] == ch[y] * 0.5 + bi[y] and close(gao[y], lit[y] / 0.8) and gao[y] <= 25000 and lit[y] <= 105 * 280, f"volumes, rice, still {y}")
        p.check(close(r2[y], bi[y] * 0.22) and close(rev[y], r1[y] + r2[y]), f"revenue sum {y}")
        p.check(close(lines[0][y], gao[y] * 0.02) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], ch[y] * 0.012 + bi[y] * 0.045) and close(lines[6][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)) and close(pre[y], rev[y] - tot[y]), f"profit on stated revenue {y}")
        p.check(close(tax[y], pre[y] * (0.15 if rev[y] <= 3000 else 0.17)) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        if y != 1:
            p.check(close(r1[y], ch[y] * 0.085), f"bottle revenue right {y}")
    p.check(off(r1[1], ch[1] * 0.085) and close(r1[1] / 2040, 1.167, 0.01), "PLANTED 2028 bottle revenue 2.380 vs 2.040 (+16,7 %)")
    true_rev = r2[1] + ch[1] * 0.085
    p.check(off(rev[1], true_rev) and close(true_rev, 2810), "2028 total follows (3.150 vs 2.810)")
    p.check(close(1500 / (875 + 90), 1.6, 0.03), "stated payback consistent with the stated profit (tolerated knock-on)")
    p.check(450 + 250 + 200 + 80 + 520 == 1500 == 1000 + 500 and (450 + 250 + 200) == 900, "capital")
    p.has("1.500 : (875 + 90) ≈ 1,6 năm", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "theo Bộ tiêu chí tại Quyết định số 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria are never cited")
    p.lacks(r"giấy phép|cấp phép|rượu thủ công nhằm mục đích|105/2017|17/2020", "PLANTED no alcohol licence anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bp06() -> Plan:
    p = Plan("bp06_tra_ca_gai_leo_ky_thuong_htx")
    hop, tui = p.row("Trà túi lọc hộp 50 g"), p.row("Cà gai leo khô túi 500 g")
    k1, k2, need = p.row("Cà gai leo khô cho trà"), p.row("Cà gai leo khô đóng túi"), p.row("Tổng nhu cầu")
    r1, r2, rev = p.row("Doanh thu trà túi lọc"), p.row("Doanh thu cà gai leo khô"), p.row("Tổng doanh thu")
    lines, tot = costs(p, ["Nguyên liệu cà gai leo", "Túi lọc, hộp", "Điện sấy", "Tiền lương (8", "Khấu hao", "Lãi vay",
                           "Bán hàng, vận chuyển", "Quản lý, chi khác"], "Tổng chi phí")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    supply = 5 * 420
    for y in Y:
        p.check(close(k1[y], hop[y] * 0.055) and k2[y] == tui[y] * 0.5 and need[y] == k1[y] + k2[y], f"herb need {y}")
        p.check(close(r1[y], hop[y] * 0.045) and close(r2[y], tui[y] * 0.15) and rev[y] == r1[y] + r2[y], f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.08) and close(lines[1][y], hop[y] * 0.008 + tui[y] * 0.005)
                and close(lines[2][y], need[y] * 0.01) and lines[3][y] == 8 * 6 * 12 and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)) and close(pre[y], rev[y] - tot[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(hop[y] <= 144000, f"packing capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(need[0] <= supply, "2027 need within the area")
    p.check(off(need[1], supply) and off(need[2], supply) and close(need[2] / supply, 1.369, 0.01),
            "PLANTED material-shortfall: 2.440 and 2.875 kg vs 2.100 kg")
    p.has("tổng sản lượng khoảng 2.100 kg khô/năm", "đáp ứng đủ nhu cầu sản xuất của phương án, không phải mua ngoài")
    p.has("12 lao động thường xuyên", "gồm 8 lao động thường xuyên", "Tạo việc làm thường xuyên cho 8 lao động")
    p.check(off(12, 8), "PLANTED figure-inconsistent: 12 vs 8 workers")
    p.check(close(1200 / (350.3 + 90), 2.7, 0.02) and close(sum(post) / 3, 350.3), "payback 2,7")
    p.check(500 + 400 + 60 + 240 == 1200 == 800 + 400, "capital")
    p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|QCVN|TCVN|TCCS|hợp quy|hợp chuẩn", "PLANTED no product standard anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp07() -> Plan:
    p = Plan("bp07_muc_mot_nang_thach_kim_hkd")
    a, b, n = p.row("Mực một nắng loại 1"), p.row("Mực một nắng loại 2"), p.row("Tổng sản lượng")
    r1, r2, rev = p.row("Doanh thu mực loại 1"), p.row("Doanh thu mực loại 2"), p.row("Tổng doanh thu")
    lines, tot = costs(p, ["Mực tươi", "Bao bì hút", "Điện, đá lạnh", "Tiền công lao động", "Khấu hao", "Lãi vay",
                           "Bán hàng, vận chuyển", "Thuế khoán"], "Tổng chi phí")
    pro = p.row("Lợi nhuận |")
    for y in Y:
        p.check(n[y] == a[y] + b[y] and close(r1[y], a[y] * 0.48) and close(r2[y], b[y] * 0.35) and rev[y] == r1[y] + r2[y], f"revenue {y}")
        p.check(close(lines[0][y], a[y] * 1.5 * 0.22 + b[y] * 1.5 * 0.15) and close(lines[1][y], n[y] * 0.01)
                and close(lines[2][y], n[y] * 0.012) and lines[3][y] == 5 * 6 * 12 and close(lines[6][y], rev[y] * 0.03)
                and close(lines[7][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(n[y] <= 200 * 120, f"dryer capacity {y}")
        if y != 1:
            p.check(close(pro[y], rev[y] - tot[y]), f"profit {y}")
    p.check(off(pro[1], rev[1] - tot[1]) and close(rev[1] - tot[1], 261.4), "PLANTED 2028 profit 301,4 vs 261,4 (+15,3 %)")
    p.check(close(700 / ((173.1 + 301.4 + 341.1) / 3 + 40), 2.2, 0.03) and close(700 / ((173.1 + 261.4 + 341.1) / 3 + 40), 2.35, 0.01),
            "stated payback 2,2 on the wrong profit; true 2,3 (tolerated)")
    p.check(200 + 150 + 50 + 50 + 250 == 700 == 400 + 300, "capital")
    p.check(2000 + 1500 + 1200 + 1300 == n[0], "channels = 2027 output")
    p.has("700 : (271,9 + 40) ≈ 2,2 năm")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện", "PLANTED no food safety anywhere")
    p.lacks(r"^#+ .*(nguyên liệu|nguồn mực|cung ứng)", "PLANTED no raw-material heading")
    p.lacks(r"nguyên liệu", "PLANTED raw material never discussed")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp08() -> Plan:
    p = Plan("bp08_banh_ram_xuan_pho_tht")
    g, cai = p.row("Bánh ram đông lạnh"), p.row("Số bánh")
    rev = p.row("Doanh thu (40.000")
    lines, tot = costs(p, ["Nguyên liệu (18.000", "Bao bì, nhãn (2.000", "Điện, gas", "Tiền lương (12", "Khấu hao", "Lãi vay",
                           "Bán hàng, vận chuyển", "Quản lý, chi khác"], "Tổng chi phí")
    pro = p.row("Lợi nhuận |")
    cap = 3000 * 300
    for y in Y:
        p.check(cai[y] == g[y] * 10 and rev[y] == g[y] * 0.04, f"revenue {y}")
        p.check(close(lines[0][y], g[y] * 0.018) and close(lines[1][y], g[y] * 0.002) and close(lines[2][y], g[y] * 0.0015)
                and lines[3][y] == 864 and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)) and close(pro[y], rev[y] - tot[y]), f"cost, profit {y}")
        p.check(g[y] * 0.12 <= 15000 and g[y] * 0.04 <= 5000, f"rice, shrimp within contracts {y}")
    p.check(cai[0] <= cap and cai[1] <= cap, "2027, 2028 within the line")
    p.check(off(cai[2], cap) and close(cai[2] / cap, 1.222, 0.01), "PLANTED capacity-exceeded: 1.100.000 vs 900.000 cái")
    items = [p.one(x) for x in ("Cải tạo, mở rộng", "Máy cán vỏ", "Tủ cấp đông", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 850, "items = 850")
    p.check(off(400 + 250 + 100, 850), "PLANTED capital-mismatch: sources 750 vs 850 (−11,8 %)")
    p.check(close(850 / (539 + 60), 1.4, 0.02) and sum(pro) / 3 == 539, "payback 1,4")
    p.check(40000 + 20000 + 12000 + 8000 == g[0], "channels = 2027 output")
    p.check(p.count("[tên sản phẩm]") == 1, "PLANTED boilerplate: one placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp09() -> Plan:
    p = Plan("bp09_nuoc_cam_ep_vu_quang_ctcp")
    c, cam, w = p.row("Nước cam ép chai 330"), p.row("Cam tươi nguyên liệu"), p.row("Lao động thường xuyên |")
    rev = p.row("Doanh thu (28.000")
    lines, tot = costs(p, ["Cam nguyên liệu", "Chai, nắp, thùng", "Điện, nước, thanh", "Tiền lương", "Khấu hao", "Lãi vay",
                           "Bán hàng, quảng bá", "Quản lý, chi khác"], "Tổng chi phí")
    for y in Y:
        p.check(close(rev[y], c[y] * 0.028) and close(cam[y], c[y] * 0.75 / 1000) and cam[y] <= 300, f"revenue, oranges {y}")
        p.check(close(lines[0][y], cam[y] * 10) and close(lines[1][y], c[y] * 0.0035) and close(lines[2][y], c[y] * 0.001)
                and lines[3][y] == w[y] * 7 * 12 and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(c[y] <= 1500 * 250, f"line capacity {y}")
    pre = [rev[y] - tot[y] for y in Y]
    post = [pre[0], pre[1] * 0.83, pre[2] * 0.83]
    p.check(close(pre[1], 783.6) and close(pre[2], 2837.2) and close(pre[0], -306.8), "profit before tax")
    p.check(close(post[1], 650.4) and close(post[2], 2354.9) and close(sum(post) / 3, 899.5), "after tax, average 899,5")
    p.has("| -306,8 | 783,6 | 2.837,2 |", "| 0 | 133,2 | 482,3 |", "| -306,8 | 650,4 | 2.354,9 |")
    p.check(c[1] / c[0] > 2 and c[2] / c[1] == 2 and off(c[1], c[0] * 1.25), "PLANTED unrealistic-growth: +129 %, +100 %")
    p.check(40000 + 30000 + 20000 == 90000 and c[2] > 3 * 90000, "named customers cover 90.000 chai")
    p.check(close(2800 / (899.5 + 200), 2.55, 0.01) and off(1.5, 2800 / (899.5 + 200)), "PLANTED payback 1,5 vs 2,5")
    p.has("thời gian hoàn vốn của phương án khoảng 1,5 năm", "rất rộng lớn, nhu cầu ngày càng tăng")
    p.check(800 + 1000 + 200 + 100 + 700 == 2800 == 1800 + 1000, "capital")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021", "PLANTED no label anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def bp10() -> Plan:
    p = Plan("bp10_dau_lac_huong_do_coso")
    ch, can, lit, lac, kho = (p.row("Dầu lạc chai 1 lít"), p.row("Dầu lạc can 2 lít"), p.row("Tổng sản lượng dầu"),
                              p.row("Lạc nhân cần dùng"), p.row("Khô dầu thu hồi"))
    rev, r1, r2, r3 = p.row("Doanh thu"), p.row("Dầu chai 1 lít (130"), p.row("Dầu can 2 lít (250"), p.row("Khô dầu (10")
    lines, tot = costs(p, ["Lạc nhân (35", "Chai, can, nắp", "Điện (2.000", "Tiền công 4", "Khấu hao", "Bán hàng, vận chuyển",
                           "Chi khác"], "Tổng chi phí")
    pro = p.row("Lợi nhuận")
    for y in Y:
        p.check(lit[y] == ch[y] + 2 * can[y] and close(lac[y], lit[y] * 2.2) and close(kho[y], lit[y] * 1.2), f"volumes {y}")
        p.check(close(r1[y], ch[y] * 0.13) and close(r2[y], can[y] * 0.25) and close(r3[y], kho[y] * 0.01)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 0.035) and close(lines[1][y], ch[y] * 0.005 + can[y] * 0.008)
                and close(lines[2][y], lit[y] * 0.002) and lines[3][y] == 4 * 5.5 * 12 and close(lines[5][y], rev[y] * 0.05), f"lines {y}")
        p.check(close(pro[y], rev[y] - tot[y]), f"profit against the stated total {y}")
        p.check(lac[y] <= 30000 and lac[y] <= 60 * 6 * 200, f"peanuts within contract and press {y}")
        if y != 1:
            p.check(close(tot[y], lines_sum(lines, y)), f"cost total {y}")
    p.check(off(tot[1], lines_sum(lines, 1)) and close(lines_sum(lines, 1), 1275.2), "PLANTED 2028 total 1.395,2 vs 1.275,2 (+9,4 %)")
    p.check(close(500 / (168.9 + 30), 2.5, 0.02) and close(500 / ((132.8 + 212 + 281.8) / 3 + 30), 2.1, 0.01), "payback 2,5 stated, 2,1 true")
    p.check(90 + 120 + 40 + 50 + 30 + 170 == 500 == 350 + 150 and 90 + 120 + 40 + 50 == 300, "capital")
    p.check(4000 + 2500 + 1000 + 1500 == lit[0], "channels = 2027 output")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã (?!Nông)|sẽ đăng ký (hộ|kinh)",
            "PLANTED no registration anywhere")
    p.check(p.count("Cơ sở dầu lạc Hưng Thịnh") == 2 and p.count("Cơ sở ép dầu lạc Minh Hằng") >= 1, "PLANTED name-inconsistent")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bp11_choi_dot_son_hong_so_sai")
    a.has("khoảng 2.000 cái chổi", "khoảng 35.000 đồng một cái", "đã có giấy đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 300, "no table, half a page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bp12_che_vang_cam_hung_so_sai")
    b.has("khoảng 3 tấn khô", "hiệu quả kinh tế cao")
    b.lacks(r"\d ?(nghìn |triệu |tỷ )?đồng|an toàn thực phẩm|nhãn", "no price, no food safety, no label")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, under half a page")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([f() for f in (bp01, bp02, bp03, bp04, bp05, bp06, bp07, bp08, bp09, bp10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
