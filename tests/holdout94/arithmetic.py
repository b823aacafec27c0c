"""The 94th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout94/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, fresh-to-dried
and raw-material need vs supply, output vs capacity per batch / per day, growth, channel shares.
Planted numeric defects are asserted wrong by more than 5 % (with the true value computed) and
everything else right (within 1 %). Table figures are read from the plan's source; figures quoted
in running text are looked up verbatim, so the numbers cannot drift from the text. The textual
planted defects (no label, no food safety, no environmental measure, replaced instruments cited,
no product standard, a second product name, no internal control, no registration, no trademark,
two 2026 sales figures) are asserted by the absence or presence of their words; ready plans cite
no replaced instrument, and no plan carries a template placeholder.
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


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|03/2014|01/2021/NĐ-CP|\bhuyện\b"


def common(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(REPLACED, "cites a replaced instrument or a district body")


def cq01() -> Plan:
    p = Plan("cq01_mat_ong_rung_ngan_truoi_htx")
    # 2023-2025 results: yield per colony, finished honey within raw/1,05, average price
    hcol, hraw, hsold, hrev = (p.row("Số đàn ong của thành viên"), p.row("Mật thô thu hoạch |"),
                               p.row("Mật thành phẩm tiêu thụ"), p.row("Doanh thu |"))
    p.check(hcol == [980, 1050, 1150] and hrev == [2553, 2850, 3120], "history rows read")
    p.check([round(hraw[y] / hcol[y], 1) for y in Y] == [7.5, 7.6, 7.2], "7,2 – 7,6 kg/đàn")
    p.check(all(hsold[y] * 1.05 <= hraw[y] for y in Y), "history: finished honey within raw honey")
    p.check([round(hrev[y] / hsold[y] * 1000) for y in Y] == [370, 380, 400], "370.000 → 400.000 đ/kg")
    col = p.row("Số đàn ong của thành viên", skip=1)
    clusters = [p.row(x) for x in ("Cụm Khe Sơn", "Cụm Rào Trổ", "Cụm Khe Nghè")]
    raw, hu, chai, xa, kg, need = (p.row("Mật thô thu hoạch (8 kg/đàn)"), p.row("Mật ong rừng hũ 500 g"),
                                   p.row("Mật ong rừng chai 1 kg"), p.row("Mật ong bán xá"),
                                   p.row("Tổng mật thành phẩm"), p.row("Mật thô cần dùng"))
    staff = p.row("Cộng lao động hưởng lương")
    rev, rh, rc, rx = (p.row("Doanh thu |", skip=1), p.row("Hũ 500 g (280.000"), p.row("Chai 1 kg (520.000"),
                       p.row("Mật bán xá (400.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật thô mua của thành viên", "Hũ, chai, can, nắp", "Điện, vận hành máy", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, quảng bá (5%", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(col[y] == lines_sum(clusters, y) == p.row("Tổng số đàn ong")[y], f"clusters add up {y}")
        p.check(raw[y] == col[y] * 8 and kg[y] == hu[y] * 0.5 + chai[y] + xa[y] and close(need[y], kg[y] * 1.05),
                f"raw 8 kg/đàn, finished kg, need 1,05 {y}")
        p.check(need[y] <= raw[y] and need[y] <= 150 * 120, f"need within supply and 18.000 kg capacity {y}")
        p.check(close(rh[y], hu[y] * 0.28) and close(rc[y], chai[y] * 0.52) and close(rx[y], xa[y] * 0.40)
                and close(rev[y], rh[y] + rc[y] + rx[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.26) and close(lines[1][y], hu[y] * 0.009 + chai[y] * 0.014 + xa[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.004) and close(lines[3][y], staff[y] * 7 * 12), f"per-unit costs, wages {y}")
        p.check(close(lines[4][y], 700 / 8) and close(lines[5][y], [600, 400, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, nâng cấp nhà sơ chế", "Máy hạ thủy phần chân không 150", "Bồn lắng inox 500",
                                "Máy lọc mật 2 tầng", "Máy chiết rót định lượng", "Kho bảo quản có điều hòa",
                                "Thiết kế bao bì, nhãn, tem QR", "Vốn lưu động mua mật thô")]
    p.check(sum(items) == p.one("Tổng cộng") == 1400 == 800 + 600 and sum(items[:6]) == 700, "capital 1.400, fixed 700")
    p.check(avg1(post) == 947.8 and close(1400 / (947.8 + 87.5), 1.35, 0.01), "average profit, payback 1,35")
    p.check(close(kg[0] / 8000, 1.06, 0.01) and close(lines[0][0] / 16, 145, 0.01), "+6 % on 2026; 145 triệu per household")
    p.has("khoảng 16 – 17%")
    p.check(all(round(1 - need[y] / raw[y], 2) == 0.14 and 0.16 <= raw[y] / need[y] - 1 <= 0.17 for y in Y),
            "need 14 % below supply, supply 16 – 17 % above need")
    p.check(close(13800 / (300 * 8), 6, 0.05), "≈ 6 days of bottling")
    p.has("280.000 đồng/hũ", "520.000 đồng/chai", "400.000 đồng/kg", "260.000 đồng/kg mật thô",
          "8.925 kg, 9.975 kg và 11.025 kg", "10.400 kg mật thô năm 2027, 11.600 kg năm 2028 và 12.800 kg năm 2029",
          "khoảng 18.000 kg mật thô/năm", "4,4 tỷ đồng năm 2027", "khoảng 5,46 tỷ đồng năm 2029", "khoảng 948 triệu",
          "(786,4 + 973,8 + 1.083,1) : 3 ≈ 947,8", "1.400 : (947,8 + 87,5) ≈ 1,35 năm", "khoảng 145 triệu đồng",
          "Tổng vốn đầu tư 1.400 triệu đồng", "8.000 kg mật thành phẩm", "560.000 đồng/kg")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/NT", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Không dùng cho trẻ em dưới 1 tuổi", "đăng ký nhãn hiệu", "mã QR",
          "miễn đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    common(p)
    return p


def cq02() -> Plan:
    p = Plan("cq02_che_xanh_ngan_pho_cty")
    hkg, hrev, hpost, hstaff = (p.row("Sản lượng chè khô tiêu thụ"), p.row("Doanh thu |"), p.row("Lợi nhuận sau thuế |"),
                                p.row("Lao động thường xuyên"))
    p.check(hrev == [3550, 3978, 4368] and hstaff[2] == 18 and hpost == [412, 468, 530], "history rows read")
    p.check([round(hrev[y] / hkg[y] * 1000) for y in Y] == [250, 255, 260], "250.000 → 260.000 đ/kg")
    out = [p.row(str(2027 + y), 5) for y in Y]  # years as rows: gói, hộp, bulk kg, dry kg, fresh kg
    goi, hop, bb, kho, tuoi = ([out[y][i] for y in Y] for i in range(5))
    own, linked = p.row("Vườn chè của công ty"), p.row("42 hộ liên kết")
    p.check(own == [6, 8, 48] and linked == [9, 8, 72], "supply 48 + 72 = 120 tấn")
    p.has("| | Cộng | 15 | | 120 |")
    rev, r1, r2, r3 = (p.row("Doanh thu |", skip=1), p.row("Chè gói 200 g (60.000"), p.row("Chè hộp 500 g (160.000"),
                       p.row("Chè bán buôn (220.000"))
    cost = p.row("Chi phí |")
    staff = p.row("Tổng số lao động")
    lines = [p.row(x) for x in ("Chè búp tươi (11.000", "Củi, điện (15.000", "Bao bì, nhãn", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Chi phí bán hàng (7%", "Chi phí quản lý")]
    summary = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    cap_fresh = 250 * 4 * 200
    for y in Y:  # triệu đồng
        p.check(kho[y] == goi[y] * 0.2 + hop[y] * 0.5 + bb[y] and tuoi[y] == kho[y] * 4.5, f"dry kg, 4,5 kg fresh {y}")
        p.check(tuoi[y] <= 120000 and tuoi[y] <= cap_fresh, f"fresh leaf within supply and 200 tấn capacity {y}")
        p.check(close(r1[y], goi[y] * 0.06) and close(r2[y], hop[y] * 0.16) and close(r3[y], bb[y] * 0.22)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], tuoi[y] * 0.011) and close(lines[1][y], kho[y] * 0.015)
                and close(lines[2][y], goi[y] * 0.005 + hop[y] * 0.018 + bb[y] * 0.002)
                and close(lines[3][y], staff[y] * 7 * 12), f"per-unit costs, wages {y}")
        p.check(close(lines[4][y], 1950 / 10) and close(lines[5][y], [1200, 900, 600][y] * 0.085)
                and close(lines[6][y], rev[y] * 0.07) and close(cost[y], lines_sum(lines, y)), f"cost {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15 and kho[y] / kho[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("Dây chuyền chế biến chè xanh", "Mở rộng nhà xưởng 200", "Máy hút chân không, máy đóng gói",
                                "Thiết kế bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư |") == 3000 == 1800 + 1200 and sum(items[:3]) == 1950, "capital 3.000")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 1188.4 and close(3000 / (1188.4 + 195), 2.2, 0.02), "average profit, payback 2,2")
    p.check(close(cap_fresh / 4.5 / 1000, 44.4, 0.01) and close(kho[0] / 18000, 1.11, 0.01), "44,4 tấn; +11 % on 2026")
    p.check(round(post[0] / rev[0] * 100, 1) == 17.6 and round(post[2] / rev[2] * 100, 1) == 22.2, "margins")
    p.check(round(120000 / tuoi[2] - 1, 2) == 0.11 and round(120000 / tuoi[0] - 1, 2) == 0.33, "supply 11 – 33 % above")
    p.check((tuoi[2] - 48000) * 0.011 == 660, "60 tấn from linked households, 660 triệu")
    p.has("60.000 đồng/gói", "160.000 đồng/hộp", "220.000 đồng/kg", "4,5 kg chè búp tươi", "khoảng 44,4 tấn chè khô",
          "90 tấn năm 2027, 99 tấn năm 2028 và 108 tấn năm 2029", "nguồn cung 120 tấn/năm", "5,34 tỷ đồng năm 2027",
          "5,91 tỷ đồng năm 2028 và 6,48 tỷ đồng năm 2029", "300.000 đồng/kg ở gói 200 g, 320.000 đồng/kg ở hộp 500 g",
          "(940,6 + 1.188,4 + 1.436,2) : 3 = 1.188,4", "3.000 : (1.188,4 + 195) ≈ 2,2 năm", "11 – 33%",
          "khoảng 60 tấn búp tươi", "khoảng 660 triệu đồng", "18 lao động thường xuyên", "1.000 kg chè tươi/ngày",
          "Tổng vốn đầu tư 3.000 triệu đồng")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/NP", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "mã QR", "đăng ký môi trường", "VietGAP")
    common(p)
    return p


def cq03() -> Plan:
    p = Plan("cq03_tra_ca_gai_leo_minh_tam_hkd")
    hh, ht, hkg, hrev = (p.row("Trà túi lọc hộp 25 gói", 2), p.row("Trà túi 500 g |", 2), p.row("Tổng sản lượng trà", 2),
                         p.row("Doanh thu |", 2))
    p.check(hkg == [hh[i] * 0.05 + ht[i] * 0.5 for i in range(2)] == [750, 900], "history kg")
    p.check(hrev == [hh[0] * 52000 + ht[0] * 140000, hh[1] * 55000 + ht[1] * 150000], "history revenue at 2024/2025 prices")
    p.check(10000 * 0.05 + 1100 * 0.5 == 1050 and 10000 * 55000 + 1100 * 150000 == 715e6, "2026: 1.050 kg, 715 triệu")
    hop, tui, tra = p.row("Trà túi lọc hộp 25 túi (50 g)"), p.row("Trà túi 500 g |"), p.row("Tổng trà thành phẩm")
    herb = [p.row(x) for x in ("Trà thành phẩm |", "Dược liệu khô cần dùng", "Cà gai leo khô (70%)", "Cà gai leo tươi |",
                               "Xạ đen khô (30%)", "Xạ đen tươi |")]
    s1, s2, s3 = p.row("Cà gai leo – vườn của hộ"), p.row("Cà gai leo – 4 hộ liên kết"), p.row("Xạ đen – 3 hộ liên kết")
    p.check(s1 == [0.5, 6000, 3000] and s2 == [0.6, 6000, 3600] and s3 == [0.5, 5000, 2500], "supply = area × yield")
    rev, rh, rt = p.row("Doanh thu |"), p.row("Trà hộp (55.000"), p.row("Trà túi 500 g (150.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Cà gai leo tươi (12.000", "Xạ đen tươi (15.000", "Hộp, túi lọc, túi, nhãn",
                                 "Điện sấy, đóng gói", "Tiền công lao động thuê", "Khấu hao máy móc", "Lãi vay |",
                                 "Bán hàng, chiết khấu", "Kiểm nghiệm, quản lý", "Thuế GTGT và thuế TNCN")]
    hired = [4, 4, 5]
    for y in Y:  # đồng
        tr, dry, cgk, cgt, xdk, xdt = (h[y] for h in herb)
        p.check(tra[y] == hop[y] * 0.05 + tui[y] * 0.5 == tr and close(dry, tr * 1.05), f"tea kg, 1,05 dry {y}")
        p.check(close(cgk, dry * 0.7) and close(cgt, cgk * 4) and close(xdk, dry * 0.3) and close(xdt, xdk * 3.5),
                f"70/30 blend, 4 and 3,5 kg fresh per kg dry {y}")
        p.check(cgt <= 3000 + 3600 and xdt <= 2500 and cgt + xdt <= 100 * 150, f"supply, dryer capacity {y}")
        p.check(hop[y] * 25 <= 8000 * 60, f"tea-bag machine {y}")
        p.check(close(rh[y], hop[y] * 55000) and close(rt[y], tui[y] * 150000) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], cgt * 12000) and close(lines[1][y], xdt * 15000)
                and close(lines[2][y], hop[y] * 6000 + tui[y] * 8000) and close(lines[3][y], tra[y] * 5000),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], hired[y] * 5.5e6 * 12) and close(lines[5][y], 200e6 / 8) and close(lines[6][y], 100e6 * 0.08)
                and close(lines[7][y], rev[y] * 0.12) and close(lines[9][y], rev[y] * 0.045), f"wages, dep., interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy đóng gói túi lọc tự động", "Tủ sấy nhiệt 100 kg/mẻ", "Máy nghiền, máy sàng rung",
                                "Thiết kế bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 300e6 == 200e6 + 100e6 and sum(items[:3]) == 200e6, "capital 300 triệu")
    avg = sum(prof) / 3
    p.check(avg == 294555500 and close(300e6 / (avg + 25e6), 0.94, 0.01), "average profit, payback 0,94")
    p.check(close(tra[0] / 1050, 1.14, 0.01) and round((herb[3][2] - 3000) + herb[5][2]) == 3468, "+14 %; 3.468 kg bought")
    p.check(herb[3][2] + herb[5][2] == 6468 and 16000 * 25 / 8000 == 50, "6.468 kg fresh, 50 machine days")
    p.has("55.000 đồng/hộp", "150.000 đồng/túi", "12.000 đồng/kg", "15.000 đồng/kg", "4 kg cà gai leo tươi",
          "3,5 kg xạ đen tươi", "1,05 kg dược liệu khô", "15.000 kg nguyên liệu tươi", "6.468 kg",
          "4.704 kg cà gai leo tươi và 1.764 kg xạ đen tươi", "6.600 kg và 2.500 kg", "khoảng 8.000 túi/ngày",
          "(224.619.000 + 316.555.500 + 342.492.000) : 3 = 294.555.500", "300.000.000 : (294.555.500 + 25.000.000) ≈ 0,94 năm",
          "khoảng 3.500 kg", "1.704 kg cà gai leo và 1.764 kg xạ đen", "Tổng vốn đầu tư 300.000.000 đồng",
          "khoảng 1.050 kg", "715.000.000 đồng", "1,6 ha")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/MT", "tự công bố",
          "thực phẩm thông thường", "Nghị định số 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "mã QR", "Môi trường")
    common(p)
    return p


def cq04() -> Plan:
    p = Plan("cq04_nam_linh_chi_khe_giao_tht")
    hb, hf, hd = p.row("Số bịch phôi đưa vào trồng", 2), p.row("Nấm tươi thu hoạch", 2), p.row("Nấm linh chi khô", 2)
    p.check(all(close(hf[i], hb[i] * 0.14) and close(hd[i], hf[i] / 3.5) for i in range(2)), "history 0,14 kg/bịch, 3,5:1")
    p.check(close(20000 * 0.14 / 3.5, 800) and 2 * 6000 * 2 == 24000, "2026: 800 kg; 24.000 bịch now")
    dry, fresh, bags, houses = (p.row("Nấm linh chi khô |", 3), p.row("Nấm tươi cần thu (3,5"), p.row("Số bịch phôi cần trồng"),
                                p.row("Năng lực nhà trồng"))
    tl, nt, bb, tot = (p.row("Nấm thái lát hộp 250 g (hộp)"), p.row("Nấm nguyên tai hộp 500 g (hộp)"),
                       p.row("Nấm nguyên tai bán buôn (kg)"), p.row("Tổng nấm khô (kg)"))
    staff = p.row("Cộng |")
    rev, r1, r2, r3 = p.row("Doanh thu |"), p.row("Hộp 250 g (300.000"), p.row("Hộp 500 g (500.000"), p.row("Bán buôn (750.000")
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Phôi: mùn cưa", "Điện, củi hấp", "Bao bì, hộp, nhãn", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá (8%)", "Quản lý, kiểm nghiệm", "Thuế, phí (1,5%")]
    for y in Y:  # nghìn đồng
        p.check(tot[y] == dry[y] == tl[y] * 0.25 + nt[y] * 0.5 + bb[y], f"dry kg {y}")
        p.check(close(fresh[y], dry[y] * 3.5) and close(bags[y], fresh[y] / 0.14), f"3,5 kg fresh, 0,14 kg/bịch {y}")
        p.check(bags[y] <= houses[y] == 3 * 6000 * 2 and fresh[y] / 150 <= 28 and bags[y] / 1000 <= 30
                and bags[y] <= 40000, f"grow houses, dryer, steamer, sawdust {y}")
        p.check(close(r1[y], tl[y] * 300) and close(r2[y], nt[y] * 500) and close(r3[y], bb[y] * 750)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 6) and close(lines[1][y], bags[y] * 2)
                and close(lines[2][y], tl[y] * 15 + nt[y] * 25 + bb[y] * 5) and close(lines[3][y], staff[y] * 4500 * 12),
                f"per-unit costs, wages {y}")
        p.check(close(lines[4][y], 35000) and close(lines[5][y], 200000 * 0.08) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], rev[y] * 0.015), f"depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and dry[y] / dry[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà trồng nấm thứ ba", "Máy sấy nấm 150", "Nồi hấp phôi 1.000", "Máy thái lát",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |", 1) == 500000 == 300000 + 200000 and sum(items[:4]) == 350000, "capital 500 triệu")
    avg = sum(prof) / 3
    p.check(avg == 265262.5 and close(500000 / (avg + 35000), 1.7, 0.03), "average profit, payback 1,7")
    p.check(dry[0] / 800 == 1.125 and round(prof[0] / rev[0], 2) == 0.22 and round(prof[2] / rev[2], 2) == 0.29,
            "+12,5 % on 2026; margins 22 – 29 %")
    p.check(300 / 0.25 == 1200 and 500 / 0.5 == 1000, "1.200.000 and 1.000.000 đ/kg")
    p.has("300.000 đồng/hộp", "500.000 đồng/hộp", "750.000 đồng/kg", "3,5 kg nấm tươi", "0,14 kg nấm tươi/bịch",
          "3 nhà × 6.000 bịch × 2 vụ = 36.000 bịch/năm", "năm 2029 cần 28 mẻ", "khoảng 30 ngày hấp",
          "40 tấn mùn cưa/năm", "khoảng 30 tấn cho 30.000 bịch", "905 triệu đồng năm 2027",
          "(203.525 + 247.262,5 + 345.000) : 3 = 265.262,5", "500.000 : (265.262,5 + 35.000) ≈ 1,7 năm",
          "Tổng vốn 500 triệu đồng", "1.200.000 đồng/kg ở hộp 250 g, 1.000.000 đồng/kg ở hộp 500 g", "800 kg nấm khô")
    p.has("Giấy chứng nhận đăng ký tổ hợp tác", "mã số thuế", "bản cam kết sản xuất thực phẩm an toàn", "TCCS 01:2025/KG",
          "tự công bố", "Nghị định số 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "mã QR", "Bã phôi")
    common(p)
    return p


def cq05() -> Plan:
    p = Plan("cq05_mat_ong_su_vet_bien_xanh_cty")
    col, raw = p.row("Số đàn ong |"), p.row("Mật thô khai thác")
    hu, ch, xa, kg = p.row("Mật hũ 500 g |"), p.row("Mật chai 700 g |"), p.row("Mật bán xá |"), p.row("Tổng mật thành phẩm")
    staff = p.row("Tổng cộng |")
    rev, rh, rc, rx = p.row("Doanh thu |"), p.row("Mật hũ 500 g (165.000"), p.row("Mật chai 700 g (220.000"), p.row("Mật bán xá (260.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Chăm sóc, di chuyển đàn ong", "Thuê bãi đặt ong", "Hũ, chai, nắp, hộp giấy",
                                 "Điện, vận hành máy", "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá (5%)",
                                 "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    need = [kg[y] * 1.05 for y in Y]
    for y in Y:  # triệu đồng
        p.check(col[y] == 800 and raw[y] == 800 * 12 == 9600, f"800 colonies × 12 kg {y}")
        p.check(kg[y] == hu[y] * 0.5 + ch[y] * 0.7 + xa[y], f"finished kg {y}")
        p.check(need[y] <= 200 * 100, f"dehumidifier 20.000 kg {y}")
        p.check(close(rh[y], hu[y] * 0.165) and close(rc[y], ch[y] * 0.22) and close(rx[y], xa[y] * 0.26)
                and close(rev[y], rh[y] + rc[y] + rx[y]), f"revenue {y}")
        p.check(close(lines[0][y], 800 * 0.3) and close(lines[2][y], hu[y] * 0.01 + ch[y] * 0.012 + xa[y] * 0.003)
                and close(lines[3][y], kg[y] * 0.004) and close(lines[4][y], staff[y] * 7 * 12), f"costs, wages {y}")
        p.check(close(lines[5][y], 910 / 10) and close(lines[6][y], [600, 400, 200][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    # PLANTED material-shortfall: 9.600 kg raw honey a year, need 10.762,5 (2028) and 12.600 (2029)
    p.check(need[0] == 9030 and need[0] <= 9600, "2027 need 9.030 kg within 9.600")
    p.check(need[1] == 10762.5 and need[2] == 12600 and off(need[1], 9600) and off(need[2], 9600),
            "PLANTED raw honey need 10.762,5 / 12.600 kg > 9.600 kg supply (+12 %, +31 %)")
    p.has("khoảng 9.600 kg mật thô/năm", "1,05 kg mật thô cho 1 kg mật thành phẩm", "duy trì quy mô 800 đàn",
          "không thu mua mật của các hộ bên ngoài", "chủ động đủ nguyên liệu")
    # PLANTED figure-inconsistent: 2026 sales 7.000 kg vs 9.500 kg
    p.has("Năm 2026, do mưa nhiều trong mùa hoa sú vẹt, công ty sản xuất và tiêu thụ 7.000 kg mật thành phẩm",
          "Năm 2026 công ty đã tiêu thụ khoảng 9.500 kg mật ong")
    p.check(off(9500, 7000), "PLANTED 9.500 != 7.000 kg (2026)")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|in ngày|mã lô",
            "PLANTED no label, label content or labelling decree anywhere")
    items = [p.one(x) for x in ("Xây dựng xưởng sơ chế", "Máy hạ thủy phần chân không 200", "Bồn lắng, máy lọc",
                                "Thay mới 200 thùng ong", "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng |", 1) == 1500 == 900 + 600 and sum(items[:4]) == 910, "capital 1.500, fixed 910")
    p.check(avg1(post) == 843.6 and close(1500 / (843.6 + 91), 1.6, 0.01), "average profit, payback 1,6")
    shares = [p.row(x) for x in ("Đại lý, cửa hàng thực phẩm", "Nhà hàng, khách sạn", "Cửa hàng tại trụ sở", "Bán trực tuyến")]
    p.check(all(lines_sum(shares, y) == 100 for y in Y), "channel shares add up to 100 %")
    p.check(165000 * 2 == 330000 and round(220000 / 0.7, -3) == 314000, "330.000 and ≈ 314.000 đ/kg")
    p.check(20 + 30 + 25 + 25 == 100, "100 m² workshop split")
    p.has("165.000 đồng/hũ", "220.000 đồng/chai", "260.000 đồng/kg", "330.000 đồng/kg ở hũ 500 g, khoảng 314.000 đồng/kg",
          "công suất 20.000 kg mật thô/năm", "(497,3 + 809,8 + 1.223,7) : 3 = 843,6", "1.500 : (843,6 + 91) ≈ 1,6 năm",
          "Tổng vốn 1.500 triệu đồng", "2,7 tỷ đồng năm 2027, khoảng 3,76 tỷ đồng năm 2029")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/BX", "tự công bố",
          "Giấy chứng nhận đăng ký nhãn hiệu", "nhật ký đàn ong", "bể lắng")
    common(p)
    return p


def cq06() -> Plan:
    p = Plan("cq06_che_xanh_khe_lim_htx")
    t5, g1, bb, kho = (p.row("Chè búp túi 500 g |"), p.row("Chè búp gói 100 g |"), p.row("Chè mảnh, chè cám bán buôn"),
                       p.row("Tổng chè khô"))
    fresh, supply = p.row("Chè tươi đưa vào chế biến"), p.row("Sản lượng búp tươi (5 tấn/ha)")
    staff = p.row("Tổng số |")
    rev, rt, rg, rb = (p.row("Doanh thu |"), p.row("Chè búp túi 500 g (140.000"), p.row("Chè búp gói 100 g (32.000"),
                       p.row("Chè mảnh, chè cám (90.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chè búp tươi (10.000", "Củi, điện (12.000", "Bao bì, nhãn", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá (6%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    xom = [p.row(x) for x in ("Xóm Khe Lim 1", "Xóm Khe Lim 2", "Xóm Đồng Chè", "Xóm Bãi Sậy")]
    p.check([lines_sum(xom, i) for i in range(3)] == [45, 28, 140] and all(x[2] == x[1] * 5 for x in xom),
            "45 households, 28 ha × 5 tấn = 140 tấn")
    cap = 50 * 5 * 2 * 200
    for y in Y:  # triệu đồng
        p.check(kho[y] == t5[y] * 0.5 + g1[y] * 0.1 + bb[y] and fresh[y] == kho[y] * 5, f"dry kg, 5 kg fresh {y}")
        p.check(fresh[y] <= supply[y] == 28 * 5000, f"fresh leaf within the 140 tấn supply {y}")
        p.check(close(rg[y], g1[y] * 0.032) and close(rb[y], bb[y] * 0.09) and close(rev[y], rt[y] + rg[y] + rb[y]),
                f"revenue total = stated sub-rows {y}")
        p.check(close(lines[0][y], fresh[y] * 0.01) and close(lines[1][y], kho[y] * 0.012)
                and close(lines[2][y], t5[y] * 0.005 + g1[y] * 0.002 + bb[y] * 0.001)
                and close(lines[3][y], staff[y] * 6.5 * 12), f"per-unit costs, wages {y}")
        p.check(close(lines[4][y], 650 / 10) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06), f"depreciation, interest, selling on the stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit on stated revenue {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(kho[y] / kho[y - 1] < 1.25, f"output growth {y}")
    # PLANTED capacity-exceeded: 500 kg fresh/day × 200 days = 100 tấn; 110 and 125 tấn needed
    p.check(cap == 100000 and fresh[0] <= cap, "2027 within 100 tấn")
    p.check(off(fresh[1], cap) and off(fresh[2], cap), "PLANTED 110 / 125 tấn fresh > 100 tấn roasting capacity")
    p.has("mỗi mẻ 50 kg chè tươi, mỗi máy sao 5 mẻ/ngày, tổng 500 kg chè tươi/ngày", "khoảng 200 ngày/năm",
          "khoảng 100 tấn chè tươi mỗi năm", "dây chuyền sao, vò, sấy hiện có đáp ứng kế hoạch sản xuất",
          "5 kg chè búp tươi cho 1 kg chè khô")
    items_labels = ("Máy đóng gói, máy hút chân không", "Nhà kho bảo quản 150", "Cải tạo khu sơ chế",
                    "Thiết kế bao bì, nhãn, mã vạch", "Vốn lưu động")
    items = [p.one(x) for x in items_labels]
    p.check(not any("sao" in x or "tang trống" in x or "sấy" in x for x in items_labels), "no roasting equipment bought")
    # PLANTED revenue-mismatch: 2028 sub-row 3.220 != 20.000 × 140.000 = 2.800
    p.check(close(rt[0], t5[0] * 0.14) and close(rt[2], t5[2] * 0.14), "2027 and 2029 sub-rows right")
    true_rt, true_rev = round(t5[1] * 0.14, 1), round(t5[1] * 0.14 + rg[1] + rb[1], 1)
    p.check(true_rt == 2800 and rt[1] == 3220 and off(rt[1], true_rt), "PLANTED 2028 túi 500 g 3.220 != 2.800 (+15 %)")
    p.check(true_rev == 4685 and rev[1] == 5105 and off(rev[1], true_rev), "2028 total 5.105 != 4.685 (+9 %)")
    # tolerated knock-on: payback on the inflated 2028 profit
    true_pre = true_rev - (cost[1] - rev[1] * 0.06 + true_rev * 0.06)
    true_post = [post[0], true_pre * 0.83, post[2]]
    stated_pb, true_pb = 1200 / (1237.2 + 65), 1200 / (sum(true_post) / 3 + 65)
    p.check(avg1(post) == 1237.2 and close(stated_pb, 0.92, 0.01) and close(true_pb, 1.02, 0.02) and off(0.92, true_pb),
            "tolerated: stated payback 0,92, true ≈ 1,02")
    p.check(sum(items) == p.one("Tổng cộng |", 0) == 1200 == 700 + 500 and sum(items[:3]) == 650, "capital 1.200, fixed 650")
    p.check(fresh[2] * 0.01 == 1250, "1,25 tỷ paid for fresh leaf in 2029")
    shares = [p.row(x) for x in ("Đại lý, cửa hàng |", "Quán nước, nhà hàng (chè mảnh)", "Bán tại xưởng", "Trực tuyến |")]
    p.check(all(lines_sum(shares, y) == 100 for y in Y), "channel shares add up to 100 %")
    p.has("140.000 đồng/túi", "32.000 đồng/gói", "90.000 đồng/kg", "280.000 đồng/kg", "320.000 đồng/kg",
          "(821,9 + 1.463,5 + 1.426,1) : 3 ≈ 1.237,2", "1.200 : (1.237,2 + 65) ≈ 0,92 năm", "khoảng 5,1 tỷ đồng năm 2028",
          "Tổng vốn đầu tư 1.200 triệu đồng", "khoảng 1,25 tỷ đồng", "17.000 kg chè khô")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|sức khỏe|công bố|thực phẩm",
            "PLANTED no food-safety certificate, commitment, declaration or plan anywhere")
    p.has("TCCS 02:2025/KL", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu tập thể", "mã lô", "đăng ký môi trường")
    common(p)
    return p


def cq07() -> Plan:
    p = Plan("cq07_cao_che_vang_ngan_hong_cty")
    hcao, hkho, hrev = p.row("Cao chè vằng |", 2), p.row("Chè vằng khô đóng túi", 2), p.row("Doanh thu |", 2)
    p.check(close(hrev[0], hcao[0] * 10 * 0.14 + hkho[0] * 2 * 0.075) and close(hrev[1], hcao[1] * 10 * 0.15 + hkho[1] * 2 * 0.075),
            "history revenue (140.000 then 150.000 đ/hũ)")
    p.check(800 * 10 * 0.15 + 1400 * 2 * 0.075 == 1410 and 25 * 2 / 10 * 200 == 1000, "2026 1.410 triệu; old pot 1.000 kg")
    ext, sold, dry, fresh = (p.row("Chè vằng khô cho chiết cao"), p.row("Chè vằng khô đóng túi", 3),
                             p.row("Tổng chè vằng khô"), p.row("Chè vằng tươi cần thu mua"))
    hu, tui, cao = p.row("Cao chè vằng hũ 100 g |"), p.row("Chè vằng khô túi 500 g |"), p.row("Tổng cao chè vằng")
    staff = p.row("Cộng |")
    rev, r1, r2 = p.row("Doanh thu |", 3), p.row("- Cao hũ 100 g (150.000"), p.row("- Chè vằng khô túi 500 g (75.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Chè vằng tươi (6.000", "- Củi, điện (15.000", "- Hũ, túi, nhãn", "- Tiền lương",
                                 "- Khấu hao", "- Lãi vay", "- Bán hàng (8%", "- Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(cao[y] == hu[y] * 0.1 and ext[y] == cao[y] * 10 and sold[y] == tui[y] * 0.5, f"10 kg dry per kg extract {y}")
        p.check(dry[y] == ext[y] + sold[y] and fresh[y] == dry[y] * 3.5 and fresh[y] <= 60000, f"3,5 kg fresh, 60 tấn supply {y}")
        p.check(cao[y] <= 60 * 2 / 10 * 220 and fresh[y] / 1000 <= 220, f"extractor 2.640 kg/year, dryer {y}")
        p.check(close(r1[y], hu[y] * 0.15) and close(r2[y], tui[y] * 0.075) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.006) and close(lines[1][y], dry[y] * 0.015)
                and close(lines[2][y], hu[y] * 0.008 + tui[y] * 0.004) and close(lines[3][y], staff[y] * 6.5 * 12),
                f"per-unit costs, wages {y}")
        p.check(close(lines[4][y], 80) and close(lines[5][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax on the stated profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    # PLANTED profit-mismatch: 2028 630,8 written, 1.980 − 1.449,2 = 530,8
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(round(rev[1] - cost[1], 1) == 530.8 and pre[1] == 630.8 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2028 pre-tax profit 630,8 != 530,8 (+19 %)")
    true_post = [post[0], round((rev[1] - cost[1]) * 0.85, 1), post[2]]
    stated_pb, true_pb = 1200 / (457.4 + 80), 1200 / (sum(true_post) / 3 + 80)
    p.check(avg1(post) == 457.4 and close(stated_pb, 2.23, 0.01) and close(true_pb, 2.36, 0.01) and off(2.2, true_pb),
            "tolerated: stated payback 2,2 on the inflated profit, true ≈ 2,36")
    items = [p.one(x) for x in ("Nhà xưởng chiết xuất 120", "Nồi chiết 500 lít", "Lò hơi đốt củi", "Máy sấy, máy thái",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng |", 0) == 1200 == 800 + 400 and sum(items[:4]) == 800, "capital 1.200, fixed 800")
    p.check(close(rev[0] / 1410, 1.22, 0.01) and cao[0] / 800 == 1.25 and round(fresh[2] * 0.006, 1) == 312.9,
            "+22 % revenue, +25 % extract on 2026; 313 triệu to growers")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "theo Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489", "PLANTED the current criteria (QĐ 148, QĐ 1489) are never cited")
    # PLANTED no-environment-measures
    p.has("Lò hơi đốt củi", "lọc bỏ bã", "rửa sạch")
    p.lacks(r"môi trường|xử lý|nước thải|chất thải|\bbể\b|ống khói|thu gom|\bủ\b|khói|phân bón|phân hữu cơ|\brác\b|hố lắng",
            "PLANTED no environmental measure anywhere")
    p.has("150.000 đồng/hũ", "75.000 đồng/túi", "10 kg chè vằng khô cho 1 kg cao", "3,5 kg chè vằng tươi",
          "khoảng 60.000 kg chè vằng tươi/năm", "khoảng 2.640 kg cao/năm", "khoảng 12 kg cao/ngày",
          "(308,5 + 536,2 + 527,5) : 3 = 457,4", "1.200 : (457,4 + 80) ≈ 2,2 năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "khoảng 1.410 triệu đồng", "khoảng 313 triệu đồng", "tối đa khoảng 1.000 kg cao/năm")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/NH",
          "Nghị định số 43/2017/NĐ-CP", "không phải là thuốc", "Nhãn hiệu", "mã QR")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"123/2018|03/2014|01/2021/NĐ-CP|\bhuyện\b", "no other replaced instrument or district body")
    return p


def cq08() -> Plan:
    p = Plan("cq08_tra_giao_co_lam_son_hong_htx")
    hop, tui, tra = p.row("Trà túi lọc hộp 30 túi"), p.row("Giảo cổ lam khô túi 250 g"), p.row("Tổng sản lượng trà")
    hk, tk, dry, fresh = (p.row("Trà túi lọc |"), p.row("Giảo cổ lam khô nguyên lá"), p.row("Nguyên liệu khô cần dùng"),
                          p.row("Giảo cổ lam tươi cần dùng"))
    staff = p.row("Cộng |", 3, skip=1)
    p.check(staff == [8, 8, 9], "staff row read")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Trà túi lọc (65.000"), p.row("Giảo cổ lam túi 250 g (85.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Giảo cổ lam tươi (8.000", "Điện sấy (6.000", "Hộp, túi lọc, túi, nhãn", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu (12%)", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(hk[y] == hop[y] * 0.06 and tk[y] == tui[y] * 0.25 and tra[y] == hk[y] + tk[y], f"tea kg {y}")
        p.check(close(dry[y], hk[y] * 1.04 + tk[y]) and close(fresh[y], dry[y] * 5), f"1,04 dry, 5 kg fresh {y}")
        p.check(fresh[y] <= 4 * 6000 and fresh[y] <= 200 * 150 and hop[y] * 30 / 10000 <= 78, f"supply, dryer, tea bags {y}")
        p.check(close(r1[y], hop[y] * 0.065) and close(r2[y], tui[y] * 0.085) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], dry[y] * 0.006)
                and close(lines[2][y], hop[y] * 0.007 + tui[y] * 0.005) and close(lines[3][y], staff[y] * 6 * 12),
                f"per-unit costs, wages {y}")
        p.check(close(lines[4][y], 625 / 10) and close(lines[5][y], [400, 300, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.12), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    # PLANTED table-total-mismatch: equipment items 405, 'Cộng' 495
    eq = [p.row(x) for x in ("Máy đóng gói trà túi lọc tự động", "Máy sấy khí nóng 200", "Máy nghiền dược liệu |",
                             "Máy sàng rung |", "Máy hàn miệng túi, máy in hạn dùng", "Cân điện tử, bàn và kệ inox")]
    p.check(all(q * u == t for q, u, t in eq), "quantity × unit price = amount on each equipment line")
    true_eq = sum(t for _, _, t in eq)
    p.has("| | Cộng | | | 495 |")
    p.check(true_eq == 405 and off(495, true_eq), "PLANTED equipment table 'Cộng' 495 != items 405 (+22 %)")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng 100", "Máy móc, thiết bị (Bảng 4)", "Thiết kế bao bì, nhãn, đăng ký",
                                "Vốn lưu động")]
    p.check(items[1] == true_eq and sum(items) == p.one("Tổng vốn đầu tư |") == 1000 == 600 + 400
            and items[0] + items[1] == 625, "investment carries the true 405; capital 1.000 = 600 + 400")
    p.check(avg1(post) == 483.3 and close(1000 / (483.3 + 62.5), 1.8, 0.02), "average profit, payback 1,8")
    # PLANTED name-inconsistent and no-product-standard
    p.check(p.count("Trà túi lọc lá vối Kỳ Tây") == 2 and p.count("Trà giảo cổ lam Sơn Hồng") >= 3,
            "PLANTED the product called 'Trà túi lọc lá vối Kỳ Tây' twice")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|chỉ tiêu (chất lượng|an toàn|vi sinh|kim loại)",
            "PLANTED no product standard, declaration or lab test anywhere")
    area = [p.row(x, 2) for x in ("Thôn Tiến Thành", "Thôn Trung Sơn", "Thôn Khe Dầu")]
    p.check(sum(a[0] for a in area) == 12 and close(sum(a[1] for a in area), 4), "12 members, 4 ha")
    shares = [p.row(x) for x in ("Nhà thuốc, cửa hàng đại lý", "Nhà phân phối Hà Nội", "Trực tuyến |", "Điểm bán OCOP")]
    p.check(all(lines_sum(shares, y) == 100 for y in Y), "channel shares add up to 100 %")
    p.check(14000 * 0.06 + 3200 * 0.25 == 1640 and 14000 * 0.06 + 3200 * 0.08 == 1096
            and 17000 * 0.065 + 3600 * 0.085 == 1411, "2025 and 2026 results")
    p.check(round(24000 / fresh[2], 1) == 1.7 and 26000 * 30 == 780000, "1,7 × need; 780.000 bags")
    p.has("65.000 đồng/hộp", "85.000 đồng/túi", "5 kg giảo cổ lam tươi cho 1 kg khô", "1,04 kg nguyên liệu khô",
          "khoảng 24.000 kg tươi/năm", "xử lý 30.000 kg tươi/năm", "khoảng 10.000 túi/ngày", "khoảng 78 ngày",
          "(356,4 + 503,7 + 589,8) : 3 = 483,3", "1.000 : (483,3 + 62,5) ≈ 1,8 năm", "Tổng vốn đầu tư 1.000 triệu đồng",
          "doanh thu 1.096 triệu đồng", "khoảng 1.411 triệu đồng", "gấp 1,7 lần")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP",
          "đăng ký nhãn hiệu", "mã lô", "hố lắng")
    common(p)
    return p


def cq09() -> Plan:
    p = Plan("cq09_linh_chi_quang_vinh_hkd")
    tl, bot, kt, kb = (p.row("Linh chi thái lát túi 500 g |"), p.row("Bột linh chi hộp 200 g |"),
                       p.row("Nấm khô dùng cho thái lát"), p.row("Nấm khô dùng nghiền bột"))
    dry, fresh, bags = p.row("Nấm khô cần sản xuất"), p.row("Nấm tươi cần thu"), p.row("Số bịch phôi cần trồng")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Linh chi thái lát (520.000"), p.row("Bột linh chi (280.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Phôi: mùn cưa", "Điện, củi hấp và sấy", "Túi, hộp, nhãn", "Tiền công 3 lao động thuê",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (8%)", "Điện sinh hoạt xưởng",
                                 "Thuế (1,5%")]
    houses = [36000, 48000, 48000]
    for y in Y:  # tr.đ
        p.check(kt[y] == tl[y] * 0.5 and close(kb[y], bot[y] * 0.2 * 1.1) and close(dry[y], kt[y] + kb[y]), f"dry kg {y}")
        p.check(close(fresh[y], dry[y] * 3.2) and close(bags[y], fresh[y] / 0.16), f"3,2 kg fresh, 0,16 kg/bịch {y}")
        p.check(bags[y] <= houses[y] and fresh[y] / 100 <= 70, f"grow houses and dryer suffice {y}")
        p.check(close(r1[y], tl[y] * 0.52) and close(r2[y], bot[y] * 0.28) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.006) and close(lines[1][y], bags[y] * 0.002)
                and close(lines[2][y], tl[y] * 0.012 + bot[y] * 0.015) and lines[3][y] == 3 * 5 * 12,
                f"per-unit costs, flat wages {y}")
        p.check(close(lines[4][y], 650 / 10) and close(lines[5][y], 400 * 0.08) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], rev[y] * 0.015), f"depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    # PLANTED unrealistic-growth: ×2,1 then ×2 with the same 4 people and channels
    p.check(close(rev[1] / rev[0], 2.09, 0.01) and rev[2] / rev[1] == 2 and close(dry[1] / dry[0], 2.1, 0.01)
            and dry[2] / dry[1] == 2, "PLANTED output and revenue ×2,1 then ×2")
    p.check(off(rev[1], rev[0] * 1.2) and off(rev[2], rev[1] * 1.2), "far above a 20 % a year path")
    p.check(close(dry[0] / 480, 1.08, 0.01) and close(prof[2] / rev[2], 0.60, 0.01), "2027 +8 % on 2026; 60 % margin in 2029")
    p.has("mỗi năm tăng gấp đôi", "Số lao động giữ nguyên trong cả giai đoạn 2027 – 2029", "ước đạt 480 kg nấm khô",
          "gửi bán tại 3 cửa hàng thuốc đông y")
    p.lacks(r"đại lý|nhà phân phối|hợp đồng (tiêu thụ|bao tiêu|mua bán)|siêu thị|Shopee|xuất khẩu",
            "no distributor, agent, contract or new channel explains the growth")
    # tolerated capacity-exceeded: 4 people for 43.600 bags and 2.180 kg
    p.check(bags[2] / bags[0] > 4 and 4 * 6000 * 2 == 48000, "tolerated: labour flat while bags ×4,2; houses 48.000")
    # PLANTED capital-mismatch: 950 total, 850 sources
    items = [p.one(x) for x in ("Xây 2 nhà trồng nấm", "Máy sấy nấm 100", "Máy nghiền bột, máy rây", "Nồi hấp phôi 1.000",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    sources = 350 + 400 + 100
    p.check(sum(items) == p.one("Tổng vốn đầu tư |") == 950 and sum(items[:4]) == 650, "items = stated total 950")
    p.check(off(sources, 950), "PLANTED sources 350 + 400 + 100 = 850 != 950 (−10,5 %)")
    p.has("vốn tự có của gia đình: 350 triệu đồng", "400 triệu đồng, thời hạn 3 năm", "vay người thân không lãi: 100 triệu đồng",
          "Tổng vốn đầu tư 950 triệu đồng")
    avg = sum(prof) / 3
    p.check(close(avg, 735, 0.001) and close(950 / (avg + 65), 1.2, 0.02) and close(850 / (avg + 65), 1.06, 0.01),
            "stated payback 1,2 on 950 (tolerated: 1,06 on the 850 of sources)")
    # PLANTED no-quality-control
    p.lacks(r"\blô\b|\bsổ\b|nhật ký|truy xuất|\bQR\b|kiểm soát|mẫu lưu|ghi chép|kiểm tra|mã vạch|hồ sơ mẻ",
            "PLANTED no internal control, records, lot codes or traceability anywhere")
    p.check(close(8400 * 0.16 / 3.2, 420), "2025: 8.400 bịch → 420 kg")
    p.has("520.000 đồng/túi", "280.000 đồng/hộp", "3,2 kg nấm tươi", "1,1 kg nấm khô cho 1 kg bột", "0,16 kg nấm tươi",
          "4 nhà × 6.000 bịch × 2 vụ = 48.000 bịch/năm", "1.040.000 đồng/kg", "1.400.000 đồng/kg",
          "(123,3 + 591,6 + 1.490,1) : 3 = 735", "950 : (735 + 65) ≈ 1,2 năm", "520 kg năm 2027, 1.090 kg năm 2028 và 2.180 kg")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/QV", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "Bã phôi")
    common(p)
    return p


def cq10() -> Plan:
    p = Plan("cq10_che_vang_my_hanh_nhom_ho")
    t5, hop, kho = p.row("Chè vằng túi 500 g (túi)"), p.row("Chè vằng túi lọc hộp 60 g (hộp)"), p.row("Tổng chè vằng khô (kg)")
    need, fresh = p.row("Chè vằng khô cần sản xuất (kg)"), p.row("Chè vằng tươi cần thu mua (kg)")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Chè vằng túi 500 g (70.000"), p.row("Chè vằng túi lọc (45.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Chè vằng tươi (5.000", "Củi, điện (5.000", "Túi, hộp, túi lọc, nhãn", "Tiền công 6 lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (10%)", "Chi khác |")]
    for y in Y:  # triệu đồng
        p.check(kho[y] == need[y] == t5[y] * 0.5 + hop[y] * 0.06 and fresh[y] == kho[y] * 3, f"dry kg, 3 kg fresh {y}")
        p.check(fresh[y] <= 20000 and fresh[y] <= 300 * 180 and hop[y] * 20 / 8000 <= 35, f"supply, dryer, tea bags {y}")
        p.check(close(r1[y], t5[y] * 0.07) and close(r2[y], hop[y] * 0.045) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.005) and close(lines[1][y], kho[y] * 0.005)
                and close(lines[2][y], t5[y] * 0.004 + hop[y] * 0.007) and lines[3][y] == 6 * 5 * 12, f"costs, wages {y}")
        p.check(close(lines[4][y], 400 / 10) and close(lines[5][y], 200 * 0.08) and close(lines[6][y], rev[y] * 0.1),
                f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Lò sấy 300 kg/mẻ", "Máy thái dược liệu", "Máy đóng túi lọc tự động", "Cải tạo nhà xưởng",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng |", 0) == 500 == 300 + 200 and sum(items[:4]) == 400, "capital 500, fixed 400")
    # PLANTED payback-mismatch: 500 : 284,8 ≈ 1 năm written; it is 1,76 (1,54 with depreciation)
    avg = sum(prof) / 3
    p.check(close(avg, 284.8, 0.001), "average profit 284,8")
    p.has("500 : 284,8 ≈ 1 năm")
    p.check(off(1.0, 500 / avg) and off(1.0, 500 / (avg + 40)) and close(500 / avg, 1.76, 0.01)
            and close(500 / (avg + 40), 1.54, 0.01), "PLANTED payback 1 năm != 1,76 (1,54 with depreciation)")
    # PLANTED no-business-registration and no-trademark
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép|công ty|\bthuế\b|đăng ký thành|sẽ đăng ký", "PLANTED no registration or plan to register")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b", "PLANTED no trademark or IP anywhere")
    shares = [p.row(x) for x in ("Cửa hàng, nhà thuốc nhập hàng", "Bán trực tuyến, khách sỉ", "Điểm bán OCOP")]
    p.check(all(lines_sum(shares, y) == 100 for y in Y), "channel shares add up to 100 %")
    p.check(5000 * 0.5 + 6000 * 0.06 == 2860 and 5000 * 0.065 + 6000 * 0.042 == 577
            and 5500 * 0.5 + 8000 * 0.06 == 3230 and 5500 * 0.07 + 8000 * 0.045 == 745, "2025 and 2026 results")
    p.check(close(rev[0] / 745, 1.17, 0.01) and round(20000 / fresh[2], 1) == 1.4, "+17 % on 2026; 1,4 × need")
    p.check(close(lines[0][0], 54) and close(lines[0][2], 69.6) and 14000 * 20 == 280000, "54 – 70 triệu; 280.000 bags")
    p.has("70.000 đồng/túi", "45.000 đồng/hộp", "5.000 đồng/kg", "3 kg chè vằng tươi", "khoảng 20.000 kg tươi/năm",
          "xử lý 54.000 kg tươi/năm", "khoảng 8.000 túi/ngày", "khoảng 35 ngày máy", "(181 + 284,8 + 388,6) : 3 = 284,8",
          "Tổng vốn 500 triệu đồng", "doanh thu 577 triệu đồng", "khoảng 745 triệu đồng", "gấp 1,4 lần", "54 – 70 triệu")
    p.has("bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/MH", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "mã lô", "hố lắng")
    common(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("cq11_mat_ong_ho_luc_so_sai")
    a.check(200 * 10 == 2000 and 2000 * 300000 == 600e6, "200 đàn × 10 lít = 2.000 lít × 300.000 = 600 triệu")
    a.has("150 đàn ong nội", "200 đàn", "khoảng 10 lít mật/năm", "khoảng 2.000 lít/năm", "khoảng 300.000 đồng/lít",
          "khoảng 600 triệu đồng/năm", "người quen", "thương lái")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150 – 300 words")
    a.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"truy xuất|vốn đầu tư|chi phí|lợi nhuận", "tolerated gaps: no registration, ATTP, standard, label, IP, QC, finance")
    common(a)
    b = Plan("cq12_tra_thao_duoc_trung_hoa_so_sai")
    b.has("khoảng 2 ha", "khoảng 200.000 đồng/kg", "thị trường tiêu thụ rộng lớn", "chữa mất ngủ", "hạ men gan")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150 – 300 words")
    b.lacks(r"tấn|triệu|tỷ|\bkg/năm|sản lượng", "almost no figures: no output, revenue or capital")
    b.lacks(r"đại lý|cửa hàng|siêu thị|facebook|shopee|zalo|hợp đồng|khách hàng|thương lái|bán tại",
            "no customer or channel named")
    b.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|công bố|truy xuất|môi trường",
            "tolerated gaps: no registration, ATTP, declaration, QC, environment")
    common(b)
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (cq01, cq02, cq03, cq04, cq05, cq06, cq07, cq08, cq09, cq10)] + sketchy()
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
