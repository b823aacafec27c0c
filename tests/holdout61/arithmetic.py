"""The sixty-first holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout61/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth, wages, and every figure quoted in running text.
Planted numeric defects are asserted wrong by more than 5 % and everything else right (within
1 %). Table figures are read from the plan's source; running-text figures are looked up
verbatim, so the numbers cannot drift from the text. The textual planted defects (no label,
replaced instruments cited, no environmental measure, no product standard, no trademark, no
sales channel, a second producer name, no registration, no food safety) are asserted too, as
is the absence of template placeholders and of replaced instruments in the other plans.
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


OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|23/2012/QH13|193/2013|03/2014/TT|919/QĐ-TTg|123/2018/NQ"


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(OUTDATED, "cites a replaced instrument")


def tax_rate(rev: float) -> float:
    """Corporate income tax from the 2025 law: 15 % up to 3 tỷ revenue, 17 % up to 50 tỷ."""
    return 0.15 if rev <= 3000 else 0.17


# --------------------------------------------------------------------------- bj01 (ready)
def bj01() -> Plan:
    p = Plan("bj01_nhut_mit_ha_linh_htx")
    hu, tui, kg, mit = (p.row("Nhút mít hũ 500 g |"), p.row("Nhút mít túi 1 kg |"), p.row("Tổng sản lượng quy đổi"),
                        p.row("Mít non nguyên liệu cần"))
    rev, rh, rt = p.row("Doanh thu |", skip=1), p.row("Nhút mít hũ 500 g (35.000"), p.row("Nhút mít túi 1 kg (55.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Mít non nguyên liệu (6.000", "Muối, gừng", "Hũ, túi, nắp", "Tiền công lao động",
                                 "Điện, nước, gas", "Khấu hao tài sản", "Lãi vay ngân hàng", "Bán hàng, vận chuyển",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 8]
    wages = [p.row(str(2027 + y) + " |", 3)[2] for y in Y]
    for y in Y:
        p.check(close(kg[y], hu[y] * 0.5 + tui[y]) and close(mit[y], kg[y] * 1.6), f"kg and jackfruit 1,6 kg/kg {y}")
        p.check(close(rh[y], hu[y] * 0.035) and close(rt[y], tui[y] * 0.055) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], mit[y] * 0.006) and close(lines[1][y], kg[y] * 0.004)
                and close(lines[2][y], hu[y] * 0.0055 + tui[y] * 0.003) and close(lines[4][y], kg[y] * 0.0015)
                and close(lines[7][y], rev[y] * 0.06), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5 * 12) and close(wages[y], lines[3][y]), f"wages {y}")
        p.check(lines[5][y] == 50 and close(lines[6][y], [300, 200, 100][y] * 0.07), f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 150 * 250 and mit[y] <= 69000, f"capacity 37.500 kg, supply 69 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(150 * 250 == 37500 and 380 * 40 == 15200 and 970 * 40 == 38800 and 15200 + 38800 + 15000 == 69000
            and 380 + 970 == 1350 and 12 + 46 + 1 == 59, "supply table")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "12 bể ủ inox", "Máy thái sợi, máy ly tâm", "Máy hút chân không, máy",
                                "Thiết kế bao bì", "Kiểm nghiệm, công bố", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 550 == 250 + 300 and sum(items[:4]) == 350 and 350 / 7 == 50,
            "capital 550, fixed 350 / 7 năm")
    p.check(avg1(post) == 326.9 and close(550 / (326.9 + 50), 1.5, 0.04), "average profit, payback 1,5")
    p.check(close(kg[0] / 17000, 1.235, 0.01) and close(918 / 17000 * 1000, 54, 0.01), "+23,5 % on 2026; 54.000 đ/kg")
    p.check(close(post[0] / rev[0], 0.196, 0.01) and close(post[2] / rev[2], 0.22, 0.01), "19,6 % and 22 % margins")
    p.check(close(kg[2] / 37500, 0.75, 0.01), "25 % spare capacity")
    p.has("35.000 đồng/hũ", "55.000 đồng/túi", "21.000 kg năm 2027, 24.500 kg năm 2028 và 28.000 kg năm 2029",
          "1.335 triệu đồng năm 2027, tăng lên 1.780 triệu đồng năm 2029", "33.600 kg năm 2027, 39.200 kg năm 2028 và 44.800 kg",
          "(261,6 + 326,9 + 392,2) : 3 ≈ 326,9", "550 : (326,9 + 50) ≈ 1,5 năm", "37.500 kg/năm",
          "trả gốc đều 100 triệu đồng mỗi năm", "21 triệu đồng, 14 triệu đồng và 7 triệu đồng", "200 – 270 triệu đồng/năm",
          "12 thành viên chính thức", "Nghị định 43/2017/NĐ-CP", "TCCS 01:2027/HTXHL", "Cục Sở hữu trí tuệ", "bể lắng 3 ngăn")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj02 (revise)
def bj02() -> Plan:
    p = Plan("bj02_mat_ong_hoa_rung_huong_xuan_hkd")
    lo, can, kg = p.row("Mật ong lọ 500 g"), p.row("Mật ong can 2 kg"), p.row("Tổng sản lượng mật ong")
    hives = p.row("Số đàn ong cho mật", 4)
    cost_lines = [p.row(x) for x in ("Đường, thuốc thú y", "Lọ, can, nắp", "Di chuyển đàn", "Tiền công lao động", "Khấu hao",
                                      "Lãi vay", "Bán hàng, quảng bá", "Thuế GTGT", "Điện, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"{2027 + y} |", 3, skip=0) for y in Y]
    rev = [lo[y] * 0.12 + can[y] * 0.42 for y in Y]
    for y in Y:
        p.check(kg[y] == lo[y] * 0.5 + can[y] * 2, f"kg {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(close(cost_lines[0][y], hives[y + 1] * 0.15) and close(cost_lines[1][y], lo[y] * 0.006 + can[y] * 0.012)
                and close(cost_lines[3][y], [4, 4, 5][y] * 5 * 12) and close(cost_lines[7][y], rev[y] * 0.015),
                f"per-unit costs, wages, tax {y}")
        p.check(cost_lines[4][y] == 30 and cost_lines[5][y] == 14, f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(cost_lines, y)), f"cost sum {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
        supply = hives[y + 1] * 12
        p.check(off(kg[y], supply, 5) and kg[y] > supply, f"PLANTED material-shortfall {y}: {kg[y]} kg from {supply} kg")
    p.check(hives[0] * 12 == 2880 and [hives[y + 1] * 12 for y in Y] == [3000, 3360, 3600], "12 kg/đàn: 2.880 in 2026")
    p.check([round(kg[y] / (hives[y + 1] * 12) - 1, 2) for y in Y] == [0.27, 0.25, 0.28], "need +27 / +25 / +28 %")
    p.check(90 + 110 + 70 + 80 == p.one("Tổng vốn đầu tư") == 350 == 150 + 200 and 90 + 110 + 70 == 270 == 9 * 30
            and 60 * 1.5 == 90 and close(200 * 0.07, 14), "capital 350, fixed 270 / 9, 60 đàn × 1,5, interest 14")
    prof = [s[2] for s in summary]
    p.check(avg1(prof) == 437.4 and close(350 / (437.4 + 30), 0.75, 0.01), "average profit, payback 0,75")
    p.check(close(2280 / 3800, 0.6) and close(1520 / 3800, 0.4), "60 % jars, 40 % cans")
    p.has("4.560 lọ × 120.000 đồng/lọ = 547,2 triệu đồng", "760 can × 420.000 đồng/can = 319,2 triệu đồng",
          "cộng 866,4 triệu đồng", "5.040 lọ = 604,8", "840 can = 352,8", "cộng 957,6", "5.520 lọ = 662,4",
          "920 can = 386,4", "cộng 1.048,8", "(385,4 + 456,9 + 469,9) : 3 ≈ 437,4", "350 : (437,4 + 30) ≈ 0,75 năm",
          "khoảng 12 kg mật/đàn/năm", "không thu mua mật ong bên ngoài", "Sản lượng mật ong năm 2026 đạt 2.880 kg",
          "Năm 2027 sản lượng mật ong đạt 3.800 kg", "Giấy chứng nhận đăng ký hộ kinh doanh số 28F8001736",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/OMHX", "nhãn hiệu \"Mật ong Hương Xuân\"")
    p.check(p.count("1048/QĐ-TTg") == 4 and p.count("781/QĐ-TTg") == 1 and "148/QĐ-TTg" not in p.body,
            "PLANTED outdated-policy: QĐ 1048 and QĐ 781 (replaced by QĐ 148 in 2023) are the basis, QĐ 148 absent")
    p.check("tháng 12 năm 2026" in p.body, "plan dated 12/2026")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|ghi nhãn|in nhãn", "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- bj03 (sketchy)
def bj03() -> Plan:
    p = Plan("bj03_non_la_duc_quang_so_sai")
    p.has("khoảng 200 chiếc nón", "60.000 đồng/chiếc")
    p.check(len(p.rows) == 0 and len(p.body.split()) < 450, "no table, under a page")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    p.lacks(r"cửa hàng|đại lý|chợ|facebook|zalo|shopee|hội chợ|công ty", "no named channel (tolerated gap)")
    p.lacks(r"tiêu chuẩn|công bố|nhãn|môi trường|truy xuất", "no standard, label, trademark, environment (tolerated)")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj04 (revise)
def bj04() -> Plan:
    p = Plan("bj04_ruou_nep_men_la_tien_dien_htx")
    ch, bi, ca, lit, gao = (p.row("Rượu chai 500 ml"), p.row("Rượu bình sứ 1 lít"), p.row("Rượu can 5 lít"),
                            p.row("Tổng sản lượng rượu"), p.row("Gạo nếp nguyên liệu"))
    rev, r1, r2, r3 = (p.row("Doanh thu |", skip=1), p.row("Chai 500 ml (65.000"), p.row("Bình sứ 1 lít (180.000"),
                       p.row("Can 5 lít (300.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp (18.000", "Men lá, củi", "Chai, bình sứ, can", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 2 * 2 * 20 * 300
    for y in Y:  # 1.000 đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] + ca[y] * 5 and close(gao[y], lit[y] * 1.1) and gao[y] <= 50000,
                f"litres, rice 1,1 kg/l within 50 tấn {y}")
        p.check(close(r1[y], ch[y] * 65) and close(r2[y], bi[y] * 180) and close(r3[y], ca[y] * 300)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], gao[y] * 18) and close(lines[1][y], lit[y] * 4)
                and close(lines[2][y], ch[y] * 8 + bi[y] * 45 + ca[y] * 15) and close(lines[6][y], rev[y] * 0.05),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], 14 * 6000 * 12) and lines[4][y] == 80000 and close(lines[5][y], [500, 375, 250][y] * 80),
                f"14 workers' wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"revenue growth {y}")
        p.check(off(lit[y], cap, 5) and lit[y] > cap, f"PLANTED capacity-exceeded {y}: {lit[y]} l > {cap} l")
    p.check(cap == 24000 and [round(lit[y] / cap - 1, 2) for y in Y] == [0.33, 0.46, 0.58], "+33 / +46 / +58 % over capacity")
    p.check(close(lit[0] / 23000, 1.39, 0.01), "(tolerated growth) +39 % on 2026 with no new still")
    p.check(350 + 200 + 250 + 400 == 1200 == 700 + 500 and 350 + 200 + 250 == 800 == 10 * 80, "capital 1,2 tỷ, fixed 800")
    p.check(close(sum(post) / 3, 1013015, 0.0001) and close(1200000 / (1013015 + 80000), 1.1, 0.01), "payback 1,1")
    p.has("mỗi mẻ thu khoảng 20 lít rượu 30 độ", "tối đa 80 lít rượu/ngày", "công suất chưng cất khoảng 24.000 lít/năm",
          "Phương án không đầu tư thêm lò chưng cất", "32.000 lít năm 2027, 35.000 lít năm 2028 và 38.000 lít năm 2029",
          "1,2 tỷ đồng", "3,57 tỷ đồng năm 2027 và 4,45 tỷ đồng năm 2029", "1.200.000 : (1.013.015 + 80.000) ≈ 1,1 năm",
          "35.200 kg năm 2027, 38.500 kg năm 2028 và 41.800 kg", "tối thiểu 50 tấn gạo nếp/năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 05/GP-UBND", "QCVN 6-3:2010/BYT",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký nhãn hiệu")
    p.check("Hợp tác xã bố trí 14 lao động thường xuyên" in p.body and "việc làm ổn định cho 10 lao động" in p.body
            and off(14, 10, 5), "PLANTED figure-inconsistent: 14 workers (organisation, wages) vs 10 (social section)")
    p.check(len(re.findall(r"\d+ lao động", p.body)) == 2, "workers stated exactly twice")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|bã rượu|hèm|xử lý|\brác\b|bể lắng|biogas|khói",
            "PLANTED no environmental measure anywhere")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj05 (ready)
def bj05() -> Plan:
    p = Plan("bj05_tra_nu_voi_ngan_truoi_ctcp")
    hop, tui, dry, fresh = (p.row("Trà túi lọc hộp 50 g"), p.row("Nụ vối sấy túi 200 g"), p.row("Tổng trà khô"),
                            p.row("Nguyên liệu tươi |"))
    lines = [p.row(x) for x in ("Nguyên liệu tươi (20.000", "Bao bì: hộp", "Tiền lương, bảo hiểm", "Điện sấy", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    cost = p.row("Tổng chi phí |")
    res = [p.row(f"{2027 + y} |", 7) for y in Y]  # hộp, túi, revenue, cost, pre, tax, post
    staff = [12, 13, 14]
    for y in Y:
        r = res[y]
        p.check(close(dry[y], hop[y] * 0.05 + tui[y] * 0.2) and close(fresh[y], dry[y] * 4.5) and fresh[y] <= 36000,
                f"dry kg, fresh 4,5:1 within 36 tấn {y}")
        p.check(close(r[0], hop[y] * 0.045) and close(r[1], tui[y] * 0.06) and close(r[2], r[0] + r[1]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.02) and close(lines[1][y], hop[y] * 0.007 + tui[y] * 0.004)
                and close(lines[2][y], staff[y] * 6.5 * 12) and close(lines[3][y], dry[y] * 0.008)
                and close(lines[6][y], r[2] * 0.08), f"cost lines {y}")
        p.check(lines[4][y] == 120 and close(lines[5][y], [600, 450, 300][y] * 0.08) and lines[7][y] == 150,
                f"depreciation, interest, overhead {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(r[3], cost[y]) and close(r[4], r[2] - r[3]), f"cost, profit {y}")
        p.check(close(r[5], r[4] * tax_rate(r[2])) and close(r[6], r[4] - r[5]), f"tax {tax_rate(r[2])} {y}")
        p.check(hop[y] * 25 <= 30 * 60 * 8 * 250, f"tea-bag machine {y}")
        if y:
            p.check(r[2] / res[y - 1][2] < 1.2, f"growth {y}")
    p.check(30 * 60 * 8 == 14400 and hop[2] * 25 == 1300000 and close(1300000 / 14400, 90, 0.01), "90 machine days")
    p.check(24 * 1.5 == 36, "36 tấn from 24 ha")
    items = [p.one("Cải tạo, mở rộng xưởng"), p.one("2 máy sấy bơm nhiệt |"), p.one("Máy đóng gói túi lọc tự động |", skip=1),
             p.one("Máy nghiền, sàng, hút ẩm"), p.one("Thiết kế bao bì, kiểm nghiệm"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 1800 == 1200 + 600 and sum(items[:4]) == 1200 == 120 * 10, "capital 1,8 tỷ")
    post = [r[6] for r in res]
    p.check(avg1(post) == 479.3 and close(1800 / (479.3 + 120), 3.0, 0.01), "average profit, payback 3,0")
    p.check(p.row("Tổng vốn đầu tư", 1)[0] == 1800 and p.row("Lợi nhuận sau thuế bình quân", 1)[0] == 479.3
            and p.row("Thời gian hoàn vốn", 1)[0] == 3.0, "summary table")
    p.check(close(dry[0] / 4200, 1.19, 0.01), "+19 % on 2026")
    p.check(29 + 17 + 23 == 69 and 33 + 20 + 28 == 81, "self-assessment sums")
    p.has("45.000 đồng/hộp", "60.000 đồng/túi", "(340 + 476,6 + 621,2) : 3 ≈ 479,3", "1.800 : (479,3 + 120) ≈ 3,0 năm",
          "22.500 kg năm 2027, 25.650 kg năm 2028 và 28.800 kg năm 2029", "khoảng 36 tấn/năm", "2,7 tỷ đồng năm 2027",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2026/NT", "Nghị định 43/2017/NĐ-CP",
          "không quảng cáo công dụng chữa bệnh")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj06 (revise)
def bj06() -> Plan:
    p = Plan("bj06_dau_goi_bo_ket_thien_cam_cty")
    ch, xb, dl = p.row("Dầu gội bồ kết chai 300 ml"), p.row("Xà phòng thảo dược 100 g"), p.row("Dược liệu khô sử dụng")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Dầu gội (95.000"), p.row("Xà phòng (35.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dược liệu khô (60.000", "Hóa chất nền", "Bao bì, nhãn", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý, điện nước")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    for y in Y:
        p.check(close(dl[y], ch[y] * 0.06 + xb[y] * 0.02) and dl[y] <= 4000, f"herbs need within 4 tấn {y}")
        p.check(close(r1[y], ch[y] * 0.095) and close(r2[y], xb[y] * 0.035) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], dl[y] * 0.06) and close(lines[1][y], ch[y] * 0.018 + xb[y] * 0.008)
                and close(lines[2][y], ch[y] * 0.012 + xb[y] * 0.004) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(lines[4][y] == 100 and close(lines[5][y], [500, 375, 250][y] * 0.08), f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and rev[y] > 3000 and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(ch[y] <= 165000, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(2.5 + 1.5 + 1 + 1 == 6 and 1500 + 1000 + 700 + 800 == 4000, "herb area table")
    p.check(close(200 / 0.3, 667, 0.01) and 660 * 250 == 165000, "660 chai/ngày, 165.000 chai/năm")
    items = [p.one(x) for x in ("Xây dựng nhà xưởng", "Nồi nấu chiết, bồn khuấy", "Khuôn xà phòng, tủ sấy |",
                                "Hệ thống xử lý nước thải |", "Thiết kế bao bì, website", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 and sum(items[:4]) == 1000 == 100 * 10, "items sum to 1.500")
    sources = 700 + 500
    p.check(off(sources, 1500, 5) and sources == 1200, "PLANTED capital-mismatch: sources 1.200 vs total 1.500 (−20 %)")
    p.has("Tổng vốn đầu tư 1.500 triệu đồng được huy động từ:", "Vốn chủ sở hữu (góp bổ sung của các thành viên): 700 triệu đồng",
          "chi nhánh Hà Tĩnh: 500 triệu đồng")
    p.check(avg1(post) == 774.6 and close(1500 / (774.6 + 100), 1.7, 0.01), "average profit, payback 1,7 on the 1.500 total")
    p.check(close(ch[0] / 21000, 1.43, 0.01), "+43 % bottles on 2026 with the new plant (capacity 165.000)")
    p.has("95.000 đồng/chai", "35.000 đồng/bánh", "(633,3 + 774,6 + 915,8) : 3 ≈ 774,6", "1.500 : (774,6 + 100) ≈ 1,7 năm",
          "2.200 kg năm 2027, 2.480 kg năm 2028 và 2.760 kg năm 2029", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "Nghị định 43/2017/NĐ-CP", "hệ thống bể lắng, bể lọc sinh học")
    p.lacks(r"công bố|tiêu chuẩn|TCCS|kiểm nghiệm|quy chuẩn|QCVN|TCVN|hợp chuẩn|hợp quy|chứng nhận chất lượng",
            "PLANTED no product standard, notification or lab test anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|đăng ký logo",
            "PLANTED no trademark or IP anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP", "not a food: no food-safety claim")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj07 (revise)
def bj07() -> Plan:
    p = Plan("bj07_tour_sinh_thai_huong_binh_ctcp")
    t1, t2, tot, staff = (p.row("Khách tour trọn ngày"), p.row("Khách tour nửa ngày"), p.row("Tổng lượt khách"),
                          p.row("Lao động thường xuyên"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Tour trọn ngày (450.000"), p.row("Tour nửa ngày (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phục vụ tour trọn ngày", "Phục vụ tour nửa ngày", "Tiền lương 8 lao động", "Khấu hao |",
                                 "Lãi vay |", "Truyền thông |", "Quản lý, điện nước, bảo trì")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(tot[y] == t1[y] + t2[y] and staff[y] == 8, f"visitors, staff {y}")
        p.check(close(r1[y], t1[y] * 0.45) and close(r2[y], t2[y] * 0.15) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], t1[y] * 0.18) and close(lines[1][y], t2[y] * 0.05) and lines[2][y] == 8 * 6 * 12
                and lines[3][y] == 150 and close(lines[4][y], [1000, 800, 600][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax {y}")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 == 2.5 and g2 == 2.4 and tot[1] / tot[0] == 2.5 and tot[2] / tot[1] == 2.4 and staff[2] == staff[0],
            "PLANTED unrealistic-growth: visitors and revenue ×2,5 then ×2,4 with the same 8 staff")
    p.check(close(tot[0] / 5200, 1.15, 0.01), "2027 +15 % on 2026 (the jump comes after)")
    p.check(600 + 300 + 400 + 200 + 100 + 400 == 2000 == 1000 + 1000 and 600 + 300 + 400 + 200 == 1500 == 150 * 10,
            "capital 2.000, fixed 1.500")
    p.check(avg1(post) == 2510.9 and close(2000 / (2510.9 + 150), 0.75, 0.01), "payback 0,75 consistent with stated profit")
    p.has("Công ty TNHH Du lịch Xanh Kỳ Thượng hoàn thành xây dựng", "Công ty TNHH Du lịch Xanh Kỳ Thượng cam kết",
          "(198,9 + 1.801,1 + 5.532,8) : 3 ≈ 2.510,9", "2.000 : (2.510,9 + 150) ≈ 0,75 năm",
          "Tổng vốn đầu tư 2.000 triệu đồng", "6.000 lượt khách, năm 2028 đón 15.000 lượt khách và năm 2029 đón 36.000 lượt khách",
          "2,1 tỷ đồng, năm 2028 đạt 5,25 tỷ đồng và năm 2029 đạt 12,6 tỷ đồng",
          "khoảng 5.200 lượt khách, doanh thu khoảng 1,82 tỷ đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Luật Du lịch năm 2017", "Cục Sở hữu trí tuệ", "bể tự hoại 3 ngăn")
    p.check(p.count("Xanh Kỳ Thượng") == 2 and p.count("Công ty Cổ phần Du lịch sinh thái Hương Bình") == 1
            and p.count("CÔNG TY CỔ PHẦN DU LỊCH SINH THÁI HƯƠNG BÌNH") == 1, "PLANTED a second producer name, twice")
    market = p.body.split("# Phần 6: Phân tích thị trường", 1)[1].split("# Phần 7", 1)[0]
    p.check(not re.search(r"khách|đồng|(?<!đánh )giá|đại lý|trường học|đoàn|học sinh|facebook|website|cửa hàng", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"lữ hành|đại lý|facebook|fanpage|website|zalo|tiktok|booking|traveloka|agoda|trường học|học sinh|hội chợ|"
            r"khách hàng|mạng xã hội|đặt chỗ|đặt tour|online|trực tuyến|sàn thương mại|hợp đồng (đón|cung cấp) khách|"
            r"bán vé|điện thoại đặt", "PLANTED no sales channel anywhere")
    p.check(p.count("450.000 đ/khách") == 1 and p.count("150.000 đ/khách") == 1, "prices only in the financial table")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj08 (ready)
def bj08() -> Plan:
    p = Plan("bj08_cam_bu_son_hong_tht")
    area = [p.row(f"{2027 + y} |", 4, skip=0) for y in Y]  # ha, t/ha, harvest, sold
    sales = [p.row(f"{2027 + y} |", 4, skip=1) for y in Y]  # l1, l2, total, contract
    rev, r1, r2 = p.row("Tổng doanh thu"), p.row("Cam loại 1 (30.000"), p.row("Cam loại 2 (16.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chăm sóc vườn", "Thu hoạch, phân loại", "Vận chuyển, bán hàng", "Khấu hao |", "Lãi vay |",
                                 "Quản lý, chứng nhận")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # 1.000 đồng
        a, s = area[y], sales[y]
        p.check(a[0] == [22, 24, 26][y] and close(a[2], a[0] * a[1]) and s[2] == s[0] + s[1] and close(s[2], a[3])
                and s[2] <= a[2], f"sold within harvest {y}")
        p.check(close(r1[y], s[0] * 1000 * 30) and close(r2[y], s[1] * 1000 * 16) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], a[0] * 200000) and close(lines[1][y], s[2] * 1000 * 2) and close(lines[2][y], s[2] * 1000 * 1.5)
                and lines[3][y] == 170000 and close(lines[4][y], [1000, 800, 600][y] * 70), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
        p.check(0.95 < s[2] / a[2] < 0.97 and 0.59 < s[0] / s[2] < 0.61, f"4 % loss, about 60 % loại 1 {y}")
    bearing = [2, 1.5, 1.8, 1.2, 1.6, 1.4, 1, 2.2, 1.3, 1.5, 1.7, 1.1, 1.4, 1.3, 1]
    p.check(close(sum(bearing), 22) and p.row("Cộng |", 2)[0] == 22 and 1 + 1.2 + 0.8 + 1 + 1 + 1 == 6, "member areas 22 + 6")
    p.check(close(375 / 330, 1.136, 0.01) and close(sales[0][2] / 375, 1.013, 0.01), "2026 375 tấn → 380")
    p.check(600 + 280 + 420 + 400 + 60 + 140 == 1900 == 900 + 1000 and 600 + 280 + 420 + 400 == 1700, "capital 1,9 tỷ")
    p.check(close(sum(prof) / 3, 3541500) and close(1900000 / (3541500 + 170000), 0.5, 0.03), "payback 0,5")
    p.check(2 * 8 == 16, "sorter 16 tấn/ngày")
    p.check(27 + 16 + 25 == 68, "self-assessment")
    p.has("30.000 đồng/kg", "16.000 đồng/kg", "380 tấn năm 2027, 415 tấn năm 2028, 450 tấn năm 2029", "1,9 tỷ đồng",
          "khoảng 18 tấn/ha", "1.900.000 : (3.541.500 + 170.000) ≈ 0,5 năm", "9,3 tỷ đồng năm 2027 và 10,98 tỷ đồng năm 2029",
          "bản cam kết sản xuất thực phẩm an toàn", "Giấy chứng nhận VietGAP", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Cam bù Sơn Hồng\"", "mã số thuế 3002249871")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj09 (revise)
def bj09() -> Plan:
    p = Plan("bj09_do_dan_be_chuoi_co_dam_tht")
    g, t, th, total = p.row("Giỏ đựng đồ |"), p.row("Túi xách |"), p.row("Thảm tròn |"), p.row("Tổng số sản phẩm")
    rev, rg, rt, rth = p.row("Doanh thu |"), p.row("Giỏ (150.000"), p.row("Túi xách (280.000"), p.row("Thảm (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bẹ chuối, vải lót", "Tiền công đan khoán", "Nhãn treo, túi giấy", "Khấu hao |", "Lãi vay |",
                                 "Quảng bá, hội chợ", "Quản lý, điện, nước")]
    prof = p.row("Lợi nhuận |")
    n = [g[y] + t[y] + th[y] for y in Y]
    for y in Y:
        p.check(close(rg[y], g[y] * 0.15) and close(rt[y], t[y] * 0.28) and close(rth[y], th[y] * 0.22)
                and close(rev[y], rg[y] + rt[y] + rth[y]), f"revenue {y}")
        p.check(close(lines[0][y], g[y] * 0.025 + t[y] * 0.06 + th[y] * 0.04)
                and close(lines[1][y], g[y] * 0.06 + t[y] * 0.09 + th[y] * 0.08) and close(lines[2][y], n[y] * 0.005)
                and lines[3][y] == 70 and close(lines[4][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(g[y] * 0.4 + t[y] * 0.5 + th[y] * 1.2 <= 8000, f"fibre within 8 tấn {y}")
        p.check(g[y] * 0.5 + t[y] * 1 + th[y] * 1.5 <= 35 * 220, f"weaving days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(total[0] == n[0] == 6500 and total[2] == n[2] == 8500, "totals 2027, 2029 right")
    p.check(n[1] == 7500 and total[1] == 8700 and off(total[1], n[1], 5),
            "PLANTED table-total-mismatch: 2028 total 8.700 vs 4.500 + 1.800 + 1.200 = 7.500 (+16 %)")
    p.check(p.count("8.700") == 1 and p.count("7.500") == 0, "the 2028 total is stated nowhere else")
    true = [rev[y] - cost[y] for y in Y]
    p.check(close(prof[0], true[0]) and close(prof[2], true[2]), "profit 2027, 2029 right")
    p.check(true[1] == 367 and prof[1] == 487 and off(prof[1], true[1], 5),
            "PLANTED profit-mismatch: 2028 profit 487 vs 1.443 − 1.076 = 367 (+32,7 %)")
    p.check(450 + 0 == 450 and 400 + 150 + 60 + 90 + 50 + 150 == 900 == 500 + 400 and 400 + 150 + 60 + 90 == 700,
            "capital 900, fixed 700")
    stated_avg = sum(prof) / 3
    p.check(stated_avg == 407 and off(1.0, 900 / (407 + 70), 5) and off(1.0, 900 / (sum(true) / 3 + 70), 5)
            and close(900 / (407 + 70), 1.89, 0.01) and close(900 / (367 + 70), 2.06, 0.01),
            "PLANTED payback-mismatch: 'khoảng 1 năm' vs 1,9 (stated profits) or 2,1 (true) years")
    p.check([round(x * 15) for x in (3550, 4730)] == [53250, 70950], "53 – 71 triệu to banana growers")
    p.check(close(lines[1][0] / 35 / 12, 1.08, 0.01) and close(lines[1][2] / 35 / 12, 1.43, 0.01), "1,1 – 1,4 tr/tháng")
    p.check(g[2] * 0.5 + t[2] + th[2] * 1.5 == 6700 and 35 * 220 == 7700, "6.700 of 7.700 days")
    p.check(close(n[0] / 5200, 1.25, 0.01), "+25 % on 2026")
    p.check(28 + 15 + 22 == 65, "self-assessment")
    p.has("150.000 đồng/chiếc", "280.000 đồng/chiếc", "220.000 đồng/tấm", "Tổng vốn đầu tư 900 triệu đồng",
          "(288,5 + 487 + 445,5) : 3 ≈ 407", "thu hồi toàn bộ vốn đầu tư 900 triệu đồng trong khoảng 1 năm",
          "6.500 sản phẩm năm 2027 và 8.500 sản phẩm năm 2029", "1.240 triệu đồng năm 2027 và 1.646 triệu đồng năm 2029",
          "3.550 kg năm 2027, 4.140 kg năm 2028 và 4.730 kg năm 2029", "khoảng 8 tấn bẹ khô mỗi năm",
          "giỏ 60.000 đồng/chiếc, túi xách 90.000 đồng/chiếc, thảm 80.000 đồng/tấm", "mã số thuế 3002287340",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể 2 ngăn")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj10 (ready)
def bj10() -> Plan:
    p = Plan("bj10_tinh_dau_tram_ky_xuan_hkd")
    a, b, lit, la = p.row("Tinh dầu chai 10 ml"), p.row("Tinh dầu chai 50 ml"), p.row("Tinh dầu thành phẩm |", skip=1), p.row("Lá tràm tươi cần")
    r1, r2, rev = p.row("Doanh thu chai 10 ml"), p.row("Doanh thu chai 50 ml"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá tràm (2.000", "Củi, điện", "Chai, nắp, hộp", "Tiền công |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, chiết khấu", "Kiểm nghiệm, quản lý", "Thuế GTGT")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(lit[y], a[y] * 0.01 + b[y] * 0.05) and close(la[y], lit[y] / 8) and la[y] <= 105 and la[y] <= 400,
                f"litres, leaves 8 l/tấn within 105 tấn and 400 tấn still capacity {y}")
        p.check(close(r1[y], a[y] * 0.03) and close(r2[y], b[y] * 0.11) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], la[y] * 2) and close(lines[1][y], lit[y] * 0.06) and close(lines[2][y], a[y] * 0.005 + b[y] * 0.012)
                and close(lines[3][y], [6, 7, 7][y] * 5.5 * 12) and lines[4][y] == 50
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(2 * 500 * 2 == 2000 and 2 * 8 == 16 and 2 * 200 == 400 and 16 * 200 == 3200, "still capacity")
    p.check(12 + 9 + 8 + 6 == 35 and 9 + 8 + 6 + 5 == 28 and 36 + 27 + 24 + 18 == 105 and 35 * 3 == 105, "leaf supply table")
    p.check(300 + 160 + 40 + 30 + 70 == 600 == 300 + 300 and 300 + 160 + 40 == 500 == 50 * 10, "capital 600, fixed 500")
    p.check(close(sum(prof) / 3, 608.05) and close(600 / (608.05 + 50), 0.9, 0.02), "payback 0,9")
    p.check(close(lit[0] / 520, 1.15, 0.01), "+15 % on 2026")
    p.check(26 + 16 + 25 == 67, "self-assessment")
    p.has("30.000 đồng/chai", "110.000 đồng/chai", "600 lít năm 2027, 690 lít năm 2028 và 780 lít năm 2029",
          "Tổng vốn đầu tư 600 triệu đồng", "(496,8 + 586,05 + 741,3) : 3 ≈ 608,05", "600 : (608,05 + 50) ≈ 0,9 năm",
          "75 tấn năm 2027, 86,25 tấn năm 2028, 97,5 tấn năm 2029", "tổng khoảng 105 tấn/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28G8002614", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "TCCS 01:2025/TDTKX", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "miễn đăng ký môi trường")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj11 (revise)
def bj11() -> Plan:
    p = Plan("bj11_che_lam_gung_thach_khe_ho")
    goi, hop, kg = p.row("Chè lam gói 300 g"), p.row("Chè lam hộp quà 600 g"), p.row("Tổng sản lượng |")
    revt = [p.row(f"{2027 + y} |", 5) for y in Y]  # gói, rev gói, hộp, rev hộp, total
    lines = [p.row(x) for x in ("Nếp, mật mía", "Gừng, lạc, vừng", "Bao bì, nhãn", "Tiền công 5 lao động", "Khấu hao |",
                                 "Quảng bá, vận chuyển", "Điện, củi")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Tổng doanh thu |"), p.row("Lợi nhuận |")
    for y in Y:
        r = revt[y]
        p.check(close(kg[y], goi[y] * 0.3 + hop[y] * 0.6) and r[0] == goi[y] and r[2] == hop[y], f"kg, rows agree {y}")
        p.check(close(r[3], hop[y] * 0.085) and close(r[4], r[1] + r[3]) and close(rev[y], r[4]), f"hộp revenue, totals {y}")
        p.check(close(lines[0][y], kg[y] * 0.45 * 0.025 + kg[y] * 0.35 * 0.03) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], goi[y] * 0.003 + hop[y] * 0.012) and lines[3][y] == 300 and lines[4][y] == 25,
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit (as stated) {y}")
        p.check(kg[y] <= 60 * 250 and kg[y] * 0.45 <= 8000 and kg[y] * 0.35 <= 6000, f"capacity, rice, syrup {y}")
    p.check(close(revt[0][1], goi[0] * 0.03) and close(revt[2][1], goi[2] * 0.03), "gói revenue 2027, 2029 right")
    p.check(goi[1] * 0.03 == 870 and revt[1][1] == 1050 and off(revt[1][1], 870, 5),
            "PLANTED revenue-mismatch: 2028 gói 29.000 × 30.000 = 870, written 1.050 (+20,7 %)")
    true_prof = [rev[0] - cost[0], 870 + revt[1][3] - cost[1], rev[2] - cost[2]]
    p.check(close(true_prof[1], 185) and close(sum(true_prof) / 3, 185, 0.001), "true 2028 profit 185, average 185")
    p.check(avg1(prof) == 245 and close(400 / (245 + 25), 1.5, 0.02) and off(1.5, 400 / (185 + 25), 5),
            "(tolerated) stated payback 1,5 uses the inflated average; true ≈ 1,9")
    p.check(close(rev[1] / rev[0], 1.286, 0.01) and rev[2] < rev[1], "(tolerated) +28,6 % then down in the stated revenue")
    p.check(120 + 80 + 50 + 30 + 120 == 400 == 200 + 200 and 120 + 80 + 50 == 250 == 25 * 10, "capital 400, fixed 250")
    p.check(close(kg[0] / 7800, 1.23, 0.01), "+23 % on 2026")
    p.check(8 + 6 + 4 == 18 and 8 + 6 + 4 + 2 == 20 and 25 + 40 + 15 + 15 + 5 == 100, "channels")
    p.check(22 + 15 + 21 == 58, "self-assessment")
    p.check(round(kg[0] * 0.45) == 4320 and round(kg[2] * 0.45) == 5292 and round(kg[1] * 0.45) == 4806
            and round(kg[1] * 0.35) == 3738, "raw material table")
    p.check(close(lines[0][0] + lines[1][0], 400.8) and close(lines[0][2] + lines[1][2], 491), "400 – 490 triệu to farmers")
    p.has("30.000 đồng/gói", "85.000 đồng/hộp", "Tổng vốn đầu tư 400 triệu đồng", "(131,2 + 365 + 238,8) : 3 = 245",
          "400 : (245 + 25) ≈ 1,5 năm", "9.600 kg năm 2027, 10.680 kg năm 2028 và 11.760 kg năm 2029",
          "Cơ sở là xưởng sản xuất của gia đình bà Trần Thị Lý", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bếp cải tiến có ống khói")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|doanh nghiệp|hợp tác xã|mã số thuế|giấy chứng nhận|giấy phép|"
            r"mã số doanh nghiệp|\bthuế\b", "PLANTED no business registration anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|cam kết|khám sức khỏe|đủ điều kiện|HACCP|ISO 22000|GMP|Nghị định 15/2018",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    clean(p)
    return p


# --------------------------------------------------------------------------- bj12 (sketchy)
def bj12() -> Plan:
    p = Plan("bj12_bot_san_day_huong_pho_so_sai")
    p.check(5000 * 150000 == 750e6, "5 tấn × 150.000 đ = 750 triệu")
    p.has("khoảng 5 tấn bột", "150.000 đồng/kg", "khoảng 750 triệu đồng/năm", "mã số doanh nghiệp 3002319054")
    p.check(len(p.rows) == 0 and len(p.body.split()) < 400, "no table, under a page")
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|đại lý|siêu thị|facebook|shopee",
            "no food safety, standard, label, environment, named channel (tolerated gaps)")
    clean(p)
    return p


def main() -> int:
    return plancheck.report([fn() for fn in (bj01, bj02, bj03, bj04, bj05, bj06, bj07, bj08, bj09, bj10, bj11, bj12)])


if __name__ == "__main__":
    sys.exit(main())
