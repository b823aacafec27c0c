"""The eighty-second holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout82/arithmetic.py

For every plan: revenue = quantity x price (per pack size), cost lines sum to the stated total,
profit = revenue - cost, tax, investment items = capital sources = total, depreciation, interest,
payback, raw-material need (per batch, per month, per product) vs supply, output vs equipment
capacity, growth, shares and head counts. Planted numeric defects are asserted wrong by more than
5 % (with the true value computed) and everything else right (within 1 %). Table figures are read
from the plan's source; figures quoted from running text are looked up verbatim, so the numbers
cannot drift from the text. The textual planted defects (no environmental measure, a replaced
instrument cited, no label, a second producer name, no food safety, no technology section, no
product standard, no business registration, template placeholders) are asserted by the absence or
presence of their words, and the ready plans are asserted to cite no replaced instrument and to
hold no placeholder.
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


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|38/2012|89/2006|03/2014|01/2021/NĐ-CP"


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def ce01() -> Plan:
    p = Plan("ce01_tra_che_vang_dong_loc_cty")
    # current state, triệu đồng
    h0, l0 = p.row("Trà túi lọc hộp 25 túi"), p.row("Trà túi lọc túi lớn 100 túi")
    ph, pl, r0 = p.row("Giá bán hộp 25 túi"), p.row("Giá bán túi lớn 100 túi"), p.row("Doanh thu |")
    for y in Y:
        p.check(close(r0[y], (h0[y] * ph[y] + l0[y] * pl[y]) / 1e6), f"2024-2026 revenue {y}")
    p.check(close((r0[2] / r0[0]) ** 0.5, 1.31, 0.01), "≈31 %/year revenue growth 2024-2026")
    tea, fresh, supply = p.row("Trà thành phẩm"), p.row("Lá vằng tươi cần dùng"), p.row("Sản lượng vùng nguyên liệu")
    hop, lon = p.row("Trà túi lọc hộp 25 túi", skip=1), p.row("Trà túi lọc túi lớn 100 túi", skip=1)
    bags, tea2, staff = p.row("Tổng số túi lọc"), p.row("Trà thành phẩm", skip=1), p.row("Cộng lao động")
    rev, r1, r2 = p.row("Doanh thu |", skip=1), p.row("Hộp 25 túi (45.000"), p.row("Túi lớn 100 túi (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá vằng tươi (8.000", "Túi lọc, hộp, túi zip, nhãn", "Điện, nhiên liệu sấy",
                                 "Tiền lương", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(tea[y] == tea2[y] == hop[y] * 0.05 + lon[y] * 0.2, f"tea kg = 50 g boxes + 200 g bags {y}")
        p.check(fresh[y] == tea[y] * 5 and fresh[y] <= supply[y] == 6 * 4000, f"5 kg fresh per kg, within 24 tấn {y}")
        p.check(bags[y] == hop[y] * 25 + lon[y] * 100 and bags[y] <= 16800 * 250, f"bag count within 4,2 M {y}")
        p.check(close(r1[y], hop[y] * 0.045) and close(r2[y], lon[y] * 0.15) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], hop[y] * 0.0055 + lon[y] * 0.014)
                and close(lines[2][y], tea[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 1150 / 10)
                and close(lines[5][y], [600, 400, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.10),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % CIT {y}")
        if y:
            p.check(1.1 < tea[y] / tea[y - 1] <= 1.125 and rev[y] / rev[y - 1] < 1.15, f"growth 11-12,5 % {y}")
    p.check(close(rev[0] / r0[2], 1.19, 0.01), "2027 +19 % on 2026")
    p.check([fresh[y] / 250 for y in Y] == [56, 63, 70] and close(70 / 250, 0.28), "drying batches 56-70 of 250")
    p.check(close(fresh[2] / supply[2], 0.73, 0.01) and close(1 - fresh[2] / supply[2], 0.27, 0.02), "73 % / 27 % left")
    p.check(close(bags[2] / 4200000, 0.42, 0.01) and 40 * 7 * 60 == 16800, "42 % of 16.800 túi/ca × 250")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy sấy lá 250", "Máy nghiền, sàng, trộn")]
    items += [p.one("Máy đóng gói trà túi lọc tự động", skip=1), p.one("Máy co màng, máy in ngày sản xuất")]
    items += [p.one(x) for x in ("Thiết kế bao bì, nhãn, mã QR", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 and sum(items[:5]) == 1150, "investment 1.500, fixed 1.150")
    p.check(p.one("Vốn chủ sở hữu (thành viên") + p.one("Vay Ngân hàng Nông nghiệp") == p.one("Tổng cộng", skip=1) == 1500,
            "sources 900 + 600")
    p.check(avg1(post) == 691.5 and close(1500 / (691.5 + 115), 1.9, 0.03), "average 691,5, payback 1,9")
    p.check(close(pre[0] / rev[0], 0.28, 0.01) and close(pre[2] / rev[2], 0.32), "margin 28-32 %")
    p.has("45.000 đồng/hộp", "150.000 đồng/túi", "(567 + 691,5 + 816) : 3 = 691,5", "1.500 : (691,5 + 115) ≈ 1,9 năm",
          "1 ca 7 giờ được khoảng 16.800 túi/ca", "khoảng 4.200.000 túi/năm", "bằng khoảng 42% công suất",
          "5.500 đồng/hộp 25 túi và 14.000 đồng/túi lớn", "20.000 đồng/kg trà thành phẩm", "giá thu mua 8.000 đồng/kg",
          "Công ty hiện có 9 lao động thường xuyên", "khoảng 24 tấn lá tươi/năm", "bằng khoảng 73%",
          "Vốn điều lệ 1.500 triệu đồng", "lãi vay năm 2027 là 48 triệu đồng, năm 2028 là 32 triệu đồng, năm 2029 là 16",
          "Tài sản cố định (mục 1–5) là 1.150 triệu đồng", "mỗi năm 115 triệu đồng", "năm 2029 là 1.750.000 túi",
          "Sản lượng tăng 11–12,5% mỗi năm", "Năm 2025 doanh thu đạt 1.635 triệu đồng",
          "cam kết tiêu thụ tối thiểu 12.000 hộp/năm", "Khoảng 45%", "30%", "20% bán trực tuyến", "5% bán tại hội chợ")
    p.check(45 + 30 + 20 + 5 == 100, "channel shares")
    ready_text(p)
    p.has("Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "an toàn thực phẩm số 58/2024", "tự công bố",
          "Nhãn hiệu \"Trà Sơn\"", "tem QR", "Bảo vệ môi trường", "3002341827")
    return p


def ce02() -> Plan:
    p = Plan("ce02_tinh_dau_tram_ky_xuan_htx")
    past = [p.row(x, 3) for x in ("Năm 2024", "Năm 2025", "Ước năm 2026")]
    p.check([x[0] for x in past] == [1100, 1350, 1450], "1.100 / 1.350 / 1.450 lít")
    staff = [p.row(f"Năm {2027 + y}", 4) for y in Y]
    out = [p.row(f"Năm {2027 + y}", 6) for y in Y]  # years as rows
    res = [p.row(f"Năm {2027 + y}", 5, skip=1) for y in Y]
    c50, c100, bulk, lit, leaf, me = (list(col) for col in zip(*out))
    rev = [c50[y] * 0.065 + c100[y] * 0.12 + bulk[y] * 0.9 for y in Y]
    cost = p.row("Cộng chi phí")
    lines = [p.row(x) for x in ("Lá tràm", "Củi, nhiên liệu", "Chai, hộp, nhãn", "Tiền công", "Khấu hao", "Lãi vay",
                                 "Bán hàng", "Quản lý")]
    workers = [s[3] for s in staff]
    for y in Y:
        p.check(sum(staff[y][:3]) == workers[y] == [10, 11, 12][y], f"staff by team {y}")
        p.check(lit[y] == c50[y] * 0.05 + c100[y] * 0.1 + bulk[y], f"litres {y}")
        p.check(leaf[y] * 1000 == lit[y] * 100 and me[y] == leaf[y] * 1000 / 500, f"1 % yield, 500 kg/batch {y}")
        p.check(me[y] <= 2 * 2 * 200 and leaf[y] <= 80 * 5, f"within 800 batches and 400 tấn leaves {y}")
        p.check(close(res[y][0], rev[y]) and close(res[y][1], cost[y]) and close(res[y][2], rev[y] - cost[y]),
                f"results row {y}")
        p.check(close(lines[0][y], leaf[y] * 1.5) and close(lines[1][y], me[y] * 0.25)
                and close(lines[2][y], c50[y] * 0.007 + c100[y] * 0.010 + bulk[y] * 0.005), f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * 6 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [400, 300, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.12),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(res[y][3], res[y][2] * rate) and close(res[y][4], res[y][2] - res[y][3]), f"CIT {rate} {y}")
        if y:
            p.check(1.13 < rev[y] / rev[y - 1] < 1.17, f"growth 14-16 % {y}")
    p.check(close(rev[0], 2880) and close(rev[2], 3820) and me[2] / 800 == 0.8 and leaf[2] / 400 == 0.8,
            "2.880 / 3.820; 80 % of capacity and supply")
    items = [p.one(x) for x in ("Nhà xưởng chưng cất", "2 nồi chưng cất inox", "Lò hơi đốt củi", "Máy chiết rót, đóng nắp",
                                "Kho thành phẩm, kệ", "Bao bì, nhãn, kiểm nghiệm, công bố", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 500 + 300 + 400 and sum(items[:5]) == 900, "capital 1.200, fixed 900")
    post = [r[4] for r in res]
    p.check(avg1(post) == 832.2 and close(1200 / (832.2 + 90), 1.3, 0.01), "average 832,2, payback 1,3")
    p.check(close(leaf[0] * 1.5, 360) and close(leaf[2] * 1.5, 480), "leaf income 360-480 triệu for members")
    p.check(close(leaf[0] / 200, 1.2) and close(leaf[2] / 200, 1.6), "spent leaves 1,2-1,6 tấn/day over 200 days")
    p.has("24.000 chai × 65.000 đồng = 1.560 triệu đồng", "8.000 chai × 120.000 đồng = 960 triệu đồng",
          "400 lít × 900.000 đồng = 360 triệu đồng", "cộng 2.880 triệu đồng", "Năm 2028: 1.820 + 1.080 + 450 = 3.350",
          "Năm 2029: 2.080 + 1.200 + 540 = 3.820", "2 nồi chạy được 800 mẻ/năm, tương đương 4.000 lít",
          "mỗi mẻ nạp 500 kg lá, thu được khoảng 5 lít", "100 kg lá cho 1 lít", "khoảng 400 tấn lá/năm",
          "(651,4 + 827,1 + 1.018,1) : 3 ≈ 832,2", "1.200 : (832,2 + 90) ≈ 1,3 năm", "giá 1.500 đồng/kg",
          "củi 250.000 đồng/mẻ", "Lãi vay 28 triệu đồng năm 2027, 21 triệu đồng năm 2028, 14 triệu đồng năm 2029",
          "khoảng 360–480 triệu đồng/năm", "vùng nguyên liệu dư khoảng 20%", "28 thành viên chính thức")
    ready_text(p)
    p.has("không thuộc phạm vi cấp giấy chứng nhận an toàn thực phẩm", "công bố sản phẩm mỹ phẩm", "TCCS 01:2025/KH",
          "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "đăng ký môi trường", "bã lá")
    return p


def ce03() -> Plan:
    p = Plan("ce03_cao_xa_den_son_kim_cty")
    h1, h2, kg = p.row("Cao xạ đen hũ 100 g"), p.row("Cao xạ đen hũ 200 g"), p.row("Quy ra cao thành phẩm")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hũ 100 g (250.000"), p.row("Hũ 200 g (470.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Xạ đen khô (45.000", "Hũ, nắp, hộp, nhãn", "Điện, viên nén", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 6, 7]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == h1[y] * 0.1 + h2[y] * 0.2, f"kg {y}")
        dry, batches = kg[y] * 10, kg[y] / 6
        p.check(dry <= 8 * 1500 and batches <= 250, f"dried herb within 12 tấn, batches within 250 {y}")
        p.check(close(r1[y], h1[y] * 250) and close(r2[y], h2[y] * 470) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry * 45) and close(lines[1][y], h1[y] * 12 + h2[y] * 18)
                and close(lines[2][y], batches * 500), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6000 * 12) and close(lines[4][y], 70000)
                and close(lines[5][y], [300000, 200000, 100000][y] * 0.08) and close(lines[6][y], rev[y] * 0.10),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3e6 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % CIT {y}")
    p.check([kg[y] / 6 for y in Y] == [100, 120, 140] and 250 * 6 == 1500, "batches 100/120/140, 1.500 kg capacity")
    p.check(close(kg[2] * 10 / 12000, 0.70) and kg[1] / kg[0] == 1.2 and close(kg[2] / kg[1], 1.17, 0.01), "70 %, growth")
    p.check(close(rev[0] / 1e6, 1.47) and close(rev[2] / 1e6, 2.06, 0.01), "1,47 and 2,06 tỷ")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Nồi chiết xuất và nồi cô đặc", "Máy sấy dược liệu, máy nghiền |",
                                "Máy chiết rót, máy seal |", "Lò hơi đốt viên nén |", "Thiết kế bao bì, nhãn",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1e6 == 700000 + 300000 and sum(items[:5]) == 700000, "capital, fixed")
    avg = sum(post) / 3
    p.check(avg == 418540 and close(1e6 / (avg + 70000), 2.0, 0.03), "average 418.540, payback 2,0")
    p.check(3000 + 750 * 2 == 4500 and close(3000 * 0.1 + 750 * 0.2, 450), "2025: 450 kg")
    p.check(close(6000 * 45 / 20, 13500) and close(7500 * 45 / 20, 16875, 0.01), "13-17 triệu per linked household")
    p.check(close(0.84 / ((1.2 + 2.0) / 2), 0.525, 0.01), "about half the two provinces' xạ đen paste")
    p.check(close(lines[0][0] * 0.10, 27000), "herb price +10 % costs ≈27 triệu in 2027")
    p.has("giảm khoảng 27 triệu đồng")
    p.has("250.000 đồng/hũ", "470.000 đồng/hũ", "Mỗi mẻ chiết xuất nạp 60 kg dược liệu khô, cô đặc được khoảng 6 kg cao",
          "công suất 250 mẻ, tương đương 1.500 kg cao/năm", "khoảng 12 tấn/năm", "tối đa 70% nguồn cung",
          "(272.850 + 438.940 + 543.830) : 3 = 418.540", "1.000.000 : (418.540 + 70.000) ≈ 2,0 năm",
          "Tổng vốn đầu tư 1 tỷ đồng, trong đó vốn chủ sở hữu 700 triệu đồng, vay", "300 triệu đồng (lãi suất 8%/năm",
          "khấu hao 10 năm, 70 triệu đồng/năm", "nguồn cung dư 30%", "khoảng 7,5 tấn/năm", "13–17 triệu đồng/năm",
          "Sản lượng tăng 20% năm 2028 và khoảng 17% năm 2029", "Công ty có 6 lao động thường xuyên",
          "hũ 100 g kèm hộp, nhãn 12.000 đồng; hũ 200 g 18.000 đồng", "500.000 đồng/mẻ")
    ready_text(p)
    p.has("đủ điều kiện an toàn thực phẩm số 21/2024", "TCCS 01:2024/NP", "tự công bố", "không ghi công dụng chữa bệnh",
          "Nhãn hiệu \"Ngàn Phố\"", "đăng ký môi trường")
    return p


def ce04() -> Plan:
    p = Plan("ce04_giao_co_lam_vu_quang_hkd")
    dry, fresh, garden = p.row("Giảo cổ lam khô"), p.row("Giảo cổ lam tươi cần dùng"), p.row("Sản lượng vườn")
    tui, bulk, kg = p.row("Túi 500 g |"), p.row("Bán buôn |"), p.row("Tổng sản lượng khô")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Túi 500 g (150.000"), p.row("Bán buôn (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Chăm sóc, thu hái nguyên liệu", "Túi, nhãn, bao bì", "Điện sấy (250.000",
                                 "Tiền công lao động thuê", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    hired = [2, 3, 3]
    for y in Y:  # đồng
        p.check(kg[y] == dry[y] == tui[y] * 0.5 + bulk[y] and fresh[y] == kg[y] * 5, f"kg, 5 kg fresh per kg {y}")
        p.check(fresh[y] <= garden[y] == 1.2 * 10000 and fresh[y] <= 100 * 250, f"garden 12 tấn, dryer 25 tấn {y}")
        p.check(kg[y] == [125, 145, 165][y] * 12, f"monthly output × 12 {y}")
        p.check(close(r1[y], tui[y] * 150000) and close(r2[y], bulk[y] * 220000) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 8000) and close(lines[1][y], tui[y] * 6000 + bulk[y] * 1000)
                and close(lines[2][y], fresh[y] / 100 * 250000), f"per-unit costs {y}")
        p.check(close(lines[3][y], hired[y] * 5500000 * 12) and close(lines[4][y], 150e6 / 5)
                and close(lines[5][y], 100e6 * 0.066) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tui[y] * 0.5 / kg[y], 0.6, 0.02), f"retail ≈ 60 % {y}")
    p.check(prof[1] < prof[0] < prof[2], "2028 dip explained by the third hired worker")
    p.check(close(fresh[2] / garden[2], 0.825) and [fresh[y] / 100 for y in Y] == [75, 87, 99], "82,5 %, batches")
    p.check(close(kg[1] / kg[0], 1.16) and close(kg[2] / kg[1], 1.138, 0.01), "growth 14-16 %")
    items = [p.one(x) for x in ("Máy sấy bơm nhiệt 100 kg/mẻ |", "Mở rộng khu sơ chế", "Máy cắt dược liệu",
                                "Kệ inox", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 200e6 == 100e6 + 100e6 and sum(items[:4]) == 150e6, "capital 200 triệu")
    avg = sum(prof) / 3
    p.check(avg == 119218000 and close(200e6 / (avg + 30e6), 1.3, 0.04), "average 119.218.000, payback 1,3")
    p.check(480 + 620 + 150 == 1250, "2026 customers add up to 1.250 kg")
    p.has("150.000 đồng/túi", "220.000 đồng/kg", "300.000 đồng/kg (túi 500 g)", "125 kg khô × 12 tháng = 1.500 kg",
          "145 kg/tháng, tức 1.740 kg", "165 kg/tháng, tức 1.980 kg", "Mỗi mẻ sấy 100 kg tươi được 20 kg khô",
          "công suất 25.000 kg tươi/năm", "bằng 82,5% sản lượng vườn", "khoảng 12 tấn tươi/năm",
          "(117.120.000 + 97.218.000 + 143.316.000) : 3 = 119.218.000", "200.000.000 : (119.218.000 + 30.000.000) ≈ 1,3 năm",
          "tiền lãi 6.600.000 đồng/năm", "khấu hao 5 năm, mỗi năm 30.000.000 đồng", "tiền công 5.500.000 đồng/người/tháng",
          "6.000 đồng/túi 500 g và 1.000 đồng/kg", "khoảng 60%, bán buôn khoảng 40% sản lượng", "ước năm 2026 đạt 1.250 kg")
    ready_text(p)
    p.has("28G8003417", "đủ điều kiện an toàn thực phẩm số 96/2025", "tự công bố", "TCCS 01:2025/NT",
          "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "Nhãn hiệu \"Ngàn Trươi\"", "hố lắng")
    return p


def ce05() -> Plan:
    p = Plan("ce05_tinh_dau_buoi_phuc_trach_htx")
    past = p.row("Tinh dầu vỏ bưởi |")
    chai, lchai, bulk, lit, peel = (p.row("Tinh dầu chai 20 ml (chai)"), p.row("Quy ra lít chai 20 ml"),
                                    p.row("Tinh dầu bán buôn (lít)"), p.row("Tổng sản lượng tinh dầu"),
                                    p.row("Vỏ bưởi tươi cần dùng"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Chai 20 ml (70.000"), p.row("Bán buôn (1.200.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Vỏ bưởi (2.000", "Củi, điện (150.000", "Chai, hộp, can, nhãn", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng (8%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |", skip=1)
    workers = p.one("Tổng số lao động")
    capacity = 2 * 150 * 2 * 0.8 / 100 * 240  # 2 stills × 150 kg × 2 batches/day, 0,8 l per 100 kg, 240 days
    for y in Y:  # triệu đồng
        p.check(lchai[y] == chai[y] * 0.02 and lit[y] == lchai[y] + bulk[y] and close(peel[y], lit[y] * 125 / 1000),
                f"litres, 0,8 l per 100 kg peel {y}")
        p.check(peel[y] <= 90 + 130, f"peel within 220 tấn {y}")
        p.check(close(r1[y], chai[y] * 0.07) and close(r2[y], bulk[y] * 1.2) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], peel[y] * 2) and close(lines[1][y], lit[y] * 0.15)
                and close(lines[2][y], chai[y] * 0.009 + bulk[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[3][y], workers * 7 * 12) and close(lines[4][y], 80)
                and close(lines[5][y], [500, 350, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.08),
                f"wages (9 workers), depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check(close(capacity, 1152) and close(2 * 150 * 2 * 0.8 / 100, 4.8), "4,8 lít/day × 240 = 1.152 lít/year")
    p.check(lit[0] <= capacity, "2027 (1.000 lít) within capacity")
    p.check(lit[1] > capacity and off(lit[1], capacity) and lit[2] > capacity and off(lit[2], capacity),
            "PLANTED capacity-exceeded: 1.250 (+8,5 %) and 1.450 lít (+25,9 %) > 1.152")
    p.check(close(lit[1] / capacity, 1.085, 0.01) and close(lit[2] / capacity, 1.259, 0.01), "+8,5 % / +25,9 %")
    p.check(850 / 4.8 <= 180 and close(lit[1] / lit[0], 1.25) and close(lit[2] / lit[1], 1.16), "2026 in 180 days, growth")
    items = [p.one(x) for x in ("Kho lạnh bảo quản vỏ", "Mở rộng khu chiết rót", "Máy chiết rót, đóng nắp |",
                                "Bồn lọc, bồn chứa", "Xe tải nhỏ", "Bao bì, nhãn, kiểm nghiệm, công bố |", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 500 + 500 and sum(items[:5]) == 800, "capital 1.000, fixed 800")
    p.check(avg1(prof) == 874.7 and close(1000 / (874.7 + 80), 1.0, 0.05), "average 874,7, payback 1,0")
    p.check(past == [480, 720, 850], "2024-2026 litres")
    p.has("mỗi nồi 150 kg vỏ/mẻ, mỗi nồi chạy 2 mẻ/ngày", "mỗi ngày hệ thống chưng được 600 kg vỏ, thu khoảng 4,8 lít",
          "chưng cất 240 ngày/năm", "100 kg vỏ tươi cho khoảng 0,8 lít", "Hợp tác xã sử dụng 2 nồi chưng cất inox hiện có",
          "70.000 đồng/chai", "1.200.000 đồng/lít", "(536 + 886,1 + 1.202) : 3 ≈ 874,7", "1.000 : (874,7 + 80) ≈ 1,0 năm",
          "khoảng 220 tấn vỏ/năm", "2 hợp đồng nguyên tắc tổng cộng 500 lít/năm, 1 thư đặt hàng 250 lít/năm",
          "Sản lượng tăng 25% năm 2028 và 16% năm 2029", "lãi vay 35 triệu đồng năm 2027, 24,5 triệu đồng năm 2028, 14")
    p.check(500 + 250 >= 750, "bulk contracts cover 750 lít")
    shops, online = p.row("Cửa hàng, điểm bán OCOP (chai 20 ml)"), p.row("Bán trực tuyến, khách tham quan (chai 20 ml)")
    p.check(all(shops[y] + online[y] == chai[y] for y in Y) and p.row("Bán buôn cho công ty mỹ phẩm (lít)") == bulk,
            "sales channels add up to the output")
    # PLANTED no-equipment in the investment: nothing adds distilling capacity
    inv = p.body.split("# 12. Vốn đầu tư", 1)[1].split("# 13.", 1)[0]
    p.check("nồi" not in inv.lower() and "chưng" not in inv.lower(), "PLANTED the investment buys no still")
    # PLANTED figure-inconsistent: 12 workers in section 1, 9 in section 10
    p.has("Hợp tác xã hiện có 12 lao động thường xuyên", "| | Tổng số lao động | 9 |")
    p.check(workers == 9 and off(12, workers), "PLANTED 12 != 9 workers")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|khói|\brác\b|ủ phân|phân bón|ô nhiễm|nước ngưng|tro\b",
            "PLANTED no environmental measure anywhere")
    p.has("lò hơi đốt củi", "# 15. Hiệu quả xã hội")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ce06() -> Plan:
    p = Plan("ce06_tra_cao_ca_gai_leo_thien_cam_cty")
    tra0, cao0 = p.row("Trà túi lọc hộp 20 túi", 2), p.row("Cao cà gai leo hũ 100 g", 2)
    p.check(close(tra0[0] * 0.036 + cao0[0] * 0.15, 2430) and close(tra0[1] * 0.038 + cao0[1] * 0.16, 3364),
            "2025 and 2026 revenue")
    tra, cao, kgcao = p.row("Trà túi lọc hộp 20 túi"), p.row("Cao cà gai leo hũ 100 g"), p.row("Cao thành phẩm")
    rev, rt, rc = p.row("Tổng doanh thu"), p.row("Trà túi lọc |"), p.row("Cao cà gai leo |")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Dược liệu cà gai leo khô", "Bao bì, nhãn |", "Điện, hơi, nhiên liệu", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |")
    supply = 12 * 1.5 * 1000
    need_tea = [tra[y] * 0.044 for y in Y]
    need_cao = [kgcao[y] * 10 for y in Y]
    need = [need_tea[y] + need_cao[y] for y in Y]
    true_rc = [cao[y] * 0.16 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kgcao[y] == cao[y] * 0.1, f"kg of paste {y}")
        p.check(need_tea[y] <= supply and need_cao[y] <= supply, f"each product alone fits the 18 tấn {y}")
        p.check(close(lines[0][y], need[y] * 0.04), f"herb cost priced on the combined need {y}")
        p.check(close(rt[y], tra[y] * 0.038) and close(rev[y], rt[y] + rc[y]), f"tea revenue, total = sub-rows {y}")
        p.check(close(lines[1][y], tra[y] * 0.006 + cao[y] * 0.015)
                and close(lines[2][y], kgcao[y] * 0.08 + tra[y] * 0.0005), f"packaging, energy {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 200)
                and close(lines[5][y], [1000, 750, 500][y] * 0.08) and close(lines[6][y], rev[y] * 0.10),
                f"wages, depreciation, interest, selling on the stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % CIT {y}")
        p.check(cao[y] / 100 <= 2 * 260 and tra[y] * 20 <= 16800 * 260, f"within 520 batches and 4,4 M bags {y}")
    p.check(need[0] == 15980 and need[1] == 17288 and need[1] <= supply, "2027-2028: 15.980 / 17.288 kg within 18 tấn")
    p.check(need[2] == 20140 and off(need[2], supply) and close(need[2] / supply, 1.119, 0.001),
            "PLANTED material-shortfall: 2029 needs 20.140 kg (+11,9 %) > 18.000 (paste 17.500 + tea 2.640)")
    p.check([round(x) for x in need_tea] == [1980, 2288, 2640], "the tea-only need the plan quotes")
    p.check(close(rc[0], true_rc[0]) and close(rc[2], true_rc[2]), "2027 and 2029 paste revenue right")
    p.check(true_rc[1] == 2400 and rc[1] == 2760 and off(rc[1], true_rc[1]), "PLANTED 2028 paste 2.760 != 15.000 × 160.000 = 2.400")
    p.check(off(rev[1], rt[1] + true_rc[1]) and close(rt[1] + true_rc[1], 4376), "PLANTED 2028 total 4.736 != 4.376 (+8,2 %)")
    items = [p.one(x) for x in ("Nhà xưởng 400", "Hệ thống chiết xuất, cô đặc chân không |")]
    items += [p.one("Máy đóng túi lọc tự động |", skip=1)]
    items += [p.one(x) for x in ("Máy sấy, máy nghiền dược liệu |", "Bao bì, nhãn, kiểm nghiệm, công bố, nhãn hiệu",
                                 "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 3000 == 2000 + 1000 and sum(items[:4]) == 2000, "capital 3.000, fixed 2.000")
    written = avg1(post)
    bh1 = (rt[1] + true_rc[1]) * 0.10
    pre1 = rt[1] + true_rc[1] - (cost[1] - lines[6][1] + bh1)
    true_avg = (post[0] + pre1 * 0.83 + post[2]) / 3
    p.check(written == 649.9 and close(3000 / (written + 200), 3.5, 0.01), "stated payback 3,5 on the stated profits")
    p.check(close(3000 / (true_avg + 200), 3.95, 0.01) and off(3.5, 3000 / (true_avg + 200)),
            "tolerated knock-on: 3,9 years with the true 2028 revenue")
    p.check(close(need[0] * 0.04 / 46, 13.9, 0.01) and close(supply * 0.04 / 46, 15.65, 0.01), "14-16 triệu per household")
    p.check(close(1000 / 3000, 0.333, 0.01), "loans 33 % < 35 %")
    p.has("15.000 hũ × 160.000 đồng = 2.760 triệu đồng; cộng 4.736 triệu đồng",
          "45.000 hộp × 38.000 đồng = 1.710 triệu đồng; cao 14.000 hũ × 160.000 đồng = 2.240 triệu đồng; cộng 3.950",
          "60.000 hộp × 38.000 đồng = 2.280 triệu đồng; cao 17.500 hũ × 160.000 đồng = 2.800 triệu đồng; cộng 5.080",
          "Mỗi mẻ chiết 100 kg dược liệu khô cho 10 kg cao", "khoảng 18 tấn dược liệu khô/năm",
          "Nhu cầu dược liệu cho sản xuất trà túi lọc (44 g dược liệu khô/hộp) khoảng 1.980 kg năm 2027, 2.288 kg năm 2028",
          "bảo đảm đủ cho sản xuất và còn dư", "(354,7 + 788,4 + 806,7) : 3 ≈ 649,9", "3.000 : (649,9 + 200) ≈ 3,5 năm",
          "38.000 đồng/hộp", "160.000 đồng/hũ", "Tổng vốn đầu tư 3 tỷ đồng", "520 mẻ/năm, tương đương 5.200 kg cao",
          "bình quân khoảng 14–16 triệu đồng/hộ/năm", "cần 175 mẻ chiết")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ce07() -> Plan:
    p = Plan("ce07_xa_phong_thao_moc_xuan_loc_hkd")
    le, hop, banh, me = p.row("Bánh lẻ 100 g"), p.row("Hộp quà 3 bánh"), p.row("Tổng số bánh"), p.row("Số mẻ nấu")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Bánh lẻ (45.000"), p.row("Hộp quà (140.000")
    lines = [p.row(x) for x in ("Dầu, kiềm, thảo mộc", "Giấy sáp, hộp kraft", "Tiền công |", "Khấu hao", "Điện, nước, gas",
                                 "Bán hàng, quảng bá", "Lãi vay", "Thuế (1,5%")]
    total, prof, hired = p.row("Cộng chi phí"), p.row("Lợi nhuận |"), p.row("Cộng lao động thuê")
    true_cost = [lines_sum(lines, y) for y in Y]
    for y in Y:  # nghìn đồng
        p.check(banh[y] == le[y] + hop[y] * 3 and me[y] == banh[y] / 150 and me[y] == [15, 18, 21][y] * 12,
                f"bars, 150 per batch, batches per month × 12 {y}")
        p.check(banh[y] <= 4000 * 12 and banh[y] * 0.005 <= 400, f"curing racks 48.000, herbs 400 kg {y}")
        p.check(close(r1[y], le[y] * 45) and close(r2[y], hop[y] * 140) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], banh[y] * 11) and close(lines[1][y], le[y] * 3 + hop[y] * 12)
                and close(lines[2][y], hired[y] * 6000 * 12) and close(lines[3][y], 240000 / 8)
                and close(lines[5][y], rev[y] * 0.10) and close(lines[6][y], [200000, 200000, 100000][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - total[y]), f"profit = revenue − stated total {y}")
    p.check(close(total[0], true_cost[0]) and close(total[2], true_cost[2]), "2027 and 2029 cost totals add up")
    p.check(true_cost[1] == 1052140 and total[1] == 952140 and off(total[1], true_cost[1]),
            "PLANTED table-total-mismatch: 2028 total 952.140 != lines 1.052.140 (−9,5 %)")
    p.check(off(prof[1], rev[1] - true_cost[1]) and rev[1] - true_cost[1] == 423860,
            "tolerated knock-on: 2028 profit 523.860 vs 423.860 on the summed lines")
    written = sum(prof) / 3
    true = (prof[0] + rev[1] - true_cost[1] + prof[2]) / 3
    p.check(close(written, 483527, 0.0001) and close(350000 / (written + 30000), 0.7, 0.03), "stated payback 0,7")
    p.check(close(350000 / (true + 30000), 0.73, 0.01), "tolerated knock-on: 0,73 with the true profit")
    items = [p.one(x) for x in ("Cải tạo, xây xưởng", "Giá phơi ủ inox, khuôn", "Máy trộn, nồi inox", "Tủ sấy thảo mộc |",
                                "Thiết kế hộp quà", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 350000 == 150000 + 200000 and sum(items[:4]) == 240000, "capital 350")
    p.check(close(banh[2] / 12 * 11, 34650) and close(banh[2] * 5 / 1000, 189), "34,7 triệu on the racks; 189 kg herbs")
    p.check(45 + 35 + 15 + 5 == 100 and 40 + 35 + 20 + 5 == 100, "customer shares")
    p.has("15 mẻ/tháng × 150 bánh × 12 tháng = 27.000 bánh", "18 mẻ/tháng (32.400 bánh)", "21 mẻ/tháng (37.800 bánh)",
          "Mỗi mẻ dùng 12 kg dầu, cho 150 bánh 100 g", "45.000 đồng/bánh", "140.000 đồng/hộp", "11.000 đồng/bánh",
          "3.000 đồng/bánh lẻ và 12.000 đồng/hộp quà", "(357.550 + 523.860 + 569.170) : 3 ≈ 483.527",
          "350.000 : (483.527 + 30.000) ≈ 0,7 năm", "Tổng vốn đầu tư 350 triệu đồng", "khoảng 34,7 triệu đồng",
          "khoảng 400 kg thảo mộc khô/năm", "năm 2029 cần khoảng 189 kg", "48.000 bánh/năm",
          "khoảng 1,23 tỷ đồng, năm 2029 khoảng 1,72 tỷ đồng", "| | Cộng chi phí | 872.450 | 952.140 | 1.152.830 |")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in logo|in tên",
            "PLANTED no label, label content or labelling decree")
    p.has("hộp giấy kraft trơn buộc dây cói", "Nhãn hiệu \"Mộc Nhiên\"")
    # PLANTED name-inconsistent
    p.check(p.count("Cơ sở xà phòng thiên nhiên Thảo Nguyên Xanh") == 2 and p.count("Mộc Nhiên") >= 4,
            "PLANTED a second producer name, twice")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ce08() -> Plan:
    p = Plan("ce08_cao_che_vang_ha_linh_tht")
    members = p.row("Cộng |", 2)
    p.check(members == [9, 200], "members: 9 ha, 200 triệu")
    b, bulk, kg, leaf = p.row("Bánh cao 100 g"), p.row("Cao bán buôn"), p.row("Tổng cao thành phẩm"), p.row("Lá vằng khô |")
    quarters = [p.row(f"Quý {q} |") for q in ("I", "II", "III", "IV")]
    year = p.row("Cả năm")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("- Bánh 100 g (35.000"), p.row("- Bán buôn (280.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Lá vằng khô (15.000", "- Củi đốt", "- Bao bì, nhãn", "- Công nấu khoán", "- Khấu hao",
                                 "- Lãi vay", "- Bán hàng (5%", "- Quản lý, điện")]
    prof = p.row("Lợi nhuận |")
    supply = 13500 + 5000
    for y in Y:  # triệu đồng
        p.check(kg[y] == b[y] * 0.1 + bulk[y] == year[y] and kg[y] == [12, 14, 16][y] * 10 * 12, f"kg, batches/month {y}")
        p.check(leaf[y] == kg[y] * 8 and leaf[y] <= supply, f"8 kg leaves per kg, within 18,5 tấn {y}")
        p.check(sum(q[y] for q in quarters) == kg[y]
                and all(close(q[y], kg[y] * s) for q, s in zip(quarters, (0.35, 0.2, 0.2, 0.25))), f"quarters {y}")
        p.check(close(r1[y], b[y] * 0.035) and close(r2[y], bulk[y] * 0.28) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.015) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], b[y] * 0.0025 + bulk[y] * 0.002) and close(lines[3][y], kg[y] * 0.06)
                and close(lines[4][y], 20) and close(lines[5][y], 7) and close(lines[6][y], rev[y] * 0.05),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    true1 = rev[1] - cost[1]
    p.check(close(true1, 110.28) and prof[1] == 150.28 and off(prof[1], true1), "PLANTED 2028 profit 150,28 != 110,28 (+36 %)")
    written = sum(prof) / 3
    true_avg = (prof[0] + true1 + prof[2]) / 3
    p.check(close(written, 123.6, 0.001) and close(300 / (written + 20), 2.1, 0.01), "stated 123,6, payback 2,1")
    p.check(close(true_avg, 110.28, 0.001) and close(300 / (true_avg + 20), 2.3, 0.01), "tolerated knock-on: true 2,3 years")
    items = [p.one(x) for x in ("Mở rộng gian nấu", "2 nồi nấu inox", "Lò đốt cải tiến", "Kho chứa lá", "Thiết kế bao bì",
                                "Vốn lưu động mua lá")]
    p.check(sum(items) == p.one("Tổng cộng") == 300 == 200 + 100 and sum(items[:4]) == 200, "capital 300, fixed 200")
    p.check(p.one("Cộng |", skip=1) == supply, "supply 18.500 kg")
    p.check(close(prof[0] * 0.8 / 7, 10.25, 0.01) and close(prof[2] * 0.8 / 7, 14.95, 0.01), "10-15 triệu per member")
    p.check(close(lines[3][0] / 4 / 12, 1.8) and close(lines[3][2] / 4 / 12, 2.4), "1,8-2,4 triệu/tháng")
    p.check(close(bulk[0] / kg[0], 0.42, 0.01), "bulk ≈ 40 % of output")
    p.has("12 mẻ/tháng × 10 kg × 12 tháng = 1.440 kg", "14 mẻ/tháng (1.680 kg)", "16 mẻ/tháng (1.920 kg)",
          "Mỗi mẻ nấu 80 kg lá vằng khô cho khoảng 10 kg cao", "35.000 đồng/bánh", "280.000 đồng/kg",
          "350.000 đồng/kg (bánh 100 g)", "(89,7 + 150,28 + 130,86) : 3 ≈ 123,6", "300 : (123,6 + 20) ≈ 2,1 năm",
          "Tổng vốn 300 triệu đồng", "khoảng 18,5 tấn lá khô/năm", "2.500 đồng/bánh 100 g và 2.000 đồng/kg",
          "khoảng 10–15 triệu đồng/năm", "khoảng 1,8–2,4 triệu đồng/người/tháng", "| 3 | Lợi nhuận | 89,7 | 150,28 | 130,86 |")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|cam kết|HACCP|ISO|GMP|15/2018|khám sức khỏe|"
            r"thực phẩm an toàn|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2025/HL", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP")
    # PLANTED missing-section: no technology section
    heads = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(not any(re.search(r"quy trình|công nghệ|thiết bị|máy móc|nhà xưởng|công suất", h, re.I) for h in heads),
            "PLANTED no process / equipment / capacity heading")
    p.lacks(r"quy trình (sản xuất|nấu|công nghệ)|công suất|máy móc|→", "PLANTED no process flow or capacity anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ce09() -> Plan:
    p = Plan("ce09_dinh_lang_son_tay_cty")
    past = p.row("Đinh lăng khô tiêu thụ")
    tui_kg, bulk, kg, fresh = (p.row("Túi 500 g (quy ra kg)"), p.row("Bán buôn bao 10 kg"), p.row("Tổng đinh lăng khô"),
                               p.row("Củ tươi cần dùng"))
    rev, r1, r2 = p.row("Doanh thu |", skip=1), p.row("Túi 500 g (180.000"), p.row("Bán buôn (270.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Củ đinh lăng tươi", "Bao bì, nhãn |", "Điện, nhiên liệu sấy", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng (8%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.one("Cộng |")
    tui = [x * 2 for x in tui_kg]
    for y in Y:  # triệu đồng
        p.check(kg[y] == tui_kg[y] + bulk[y] and fresh[y] == kg[y] * 3, f"kg, 3 kg fresh per kg {y}")
        p.check(fresh[y] <= 200000 and fresh[y] <= 2 * 500 * 280, f"roots within 200 tấn, dryers 280 tấn {y} (no shortfall)")
        p.check(close(r1[y], tui[y] * 0.18) and close(r2[y], bulk[y] * 0.27) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.035) and close(lines[1][y], tui[y] * 0.008 + bulk[y] * 0.003)
                and close(lines[2][y], fresh[y] * 0.0015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff * 7 * 12) and close(lines[4][y], 170)
                and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[6][y], rev[y] * 0.08), f"lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % CIT {y}")
    p.check(tui == [8000, 20000, 48000], "bags 8.000 / 20.000 / 48.000")
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(g1 == 2.5 and g2 == 2.4 and rev[1] / rev[0] == 2.5 and rev[2] / rev[1] == 2.4,
            "PLANTED unrealistic-growth: output and revenue ×2,5 then ×2,4 (10 → 25 → 60 tấn)")
    p.check(staff == 8 and close(pre[2] / rev[2], 0.477, 0.01) and lines[0][2] > 10 * p.one("Vốn lưu động"),
            "same 8 workers, 48 % margin, 6,3 tỷ of roots against 600 triệu working capital")
    p.check(close(kg[0] / 8500, 1.18, 0.01) and past == [5200, 7000, 8500], "2027 +18 % on 2026 (the jump is later)")
    p.check(close(2 * 500 * 280 / 3, 93333, 0.001), "dryers ≈ 93 tấn dried: no capacity defect")
    items = [p.one(x) for x in ("Nhà xưởng sơ chế 500", "2 lò sấy hơi nóng |", "Máy rửa củ, máy thái lát, khay inox |",
                                "Kho thành phẩm |", "Xe tải 2,5 tấn |", "Bao bì, nhãn, đăng ký nhãn hiệu", "Vốn lưu động")]
    total, sources = p.one("Tổng cộng"), p.one("Vốn chủ sở hữu") + p.one("Vay Ngân hàng Nông nghiệp")
    p.check(sum(items) == total == 2400 and sum(items[:5]) == 1700 and close(1700 / 2400, 0.71, 0.01),
            "investment items add up to 2.400, fixed 1.700 (71 %)")
    p.check(sources == p.one("Cộng nguồn vốn") == 2000 and off(sources, total),
            "PLANTED capital-mismatch: sources 1.200 + 800 = 2.000 != 2.400 (−16,7 %)")
    avg = sum(post) / 3
    p.check(close(avg, 3401, 0.001) and close(2400 / (avg + 170), 0.7, 0.05), "average 3.401, payback 0,7 (consistent)")
    p.has("180.000 đồng/túi", "270.000 đồng/kg", "Tổng mức đầu tư của phương án là 2.400 triệu đồng",
          "Nguồn vốn", "khoảng 200 tấn củ tươi/năm", "tổng công suất 2 lò khoảng 280 tấn củ tươi/năm",
          "tương đương khoảng 93 tấn", "3 kg củ tươi cho 1 kg", "hợp đồng nguyên tắc 5 tấn/năm",
          "doanh thu năm 2027 đạt 3,06 tỷ đồng, năm 2028 đạt 7,65 tỷ đồng, năm 2029 đạt 18,36 tỷ đồng".capitalize(),
          "(441,7 + 2.494,6 + 7.266,8) : 3 ≈ 3.401", "2.400 : (3.401 + 170) ≈ 0,7 năm", "Tổng 8 lao động",
          "lãi vay 64 triệu đồng năm 2027, 48 triệu đồng năm 2028, 32", "tăng khoảng 2,5 lần")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|dược điển|GACP|quy chuẩn|QCVN|TCVN|hợp chuẩn|hợp quy|phiếu kết quả",
            "PLANTED no standard, declaration, pharmacopoeia reference or lab test")
    p.has("đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "Nhãn hiệu \"Đại Kim\"",
          "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ce10() -> Plan:
    p = Plan("ce10_tinh_bot_nghe_duc_minh_ho")
    past, past_fresh = p.row("Tinh bột nghệ |"), p.row("Nghệ tươi sử dụng")
    hu, bulk, kg, fresh = p.row("Hũ 250 g"), p.row("Túi 1 kg bán buôn"), p.row("Tổng tinh bột nghệ"), p.row("Nghệ tươi |")
    days, wages = p.row("Công lao động thời vụ (công)"), p.row("Tiền công thời vụ")
    rev, r1, r2 = p.row("Doanh thu |", skip=1), p.row("- Hũ 250 g (130.000"), p.row("- Bán buôn (420.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Nghệ tươi (6.000", "- Hũ, túi, nhãn", "- Điện sấy, nước", "- Công lao động thời vụ",
                                 "- Khấu hao máy móc", "- Vận chuyển, bán hàng")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(past_fresh[y] == past[y] * 25, f"2024-2026 fresh turmeric {y}")
        p.check(kg[y] == hu[y] * 0.25 + bulk[y] and fresh[y] == kg[y] * 25 and kg[y] == [5, 6, 7][y] * 10 * 12,
                f"kg, 25:1, batches/month × 10 kg × 12 {y}")
        p.check(fresh[y] <= 25000, f"within 25 tấn {y}")
        p.check(close(r1[y], hu[y] * 130) and close(r2[y], bulk[y] * 420) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 6) and close(lines[1][y], hu[y] * 5 + bulk[y] * 3)
                and close(lines[2][y], kg[y] * 20) and wages[y] == days[y] * 250 and close(lines[3][y], wages[y])
                and close(lines[4][y], 24000) and close(lines[5][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(hu[y] * 0.25 / kg[y], 0.5) and close(bulk[y] / kg[y], 0.5), f"retail 50 % = 40 % online + 10 % local {y}")
    p.check(close(rev[1] / rev[0], 1.2) and close(rev[2] / rev[1], 1.167, 0.01), "growth 20 % / 17 %")
    p.check(close(prof[0] / 2 / 12 / 1000, 3.02, 0.01) and close(prof[2] / 2 / 12 / 1000, 4.63, 0.01), "3-4,6 triệu per family member")
    items = [p.one(x) for x in ("Máy rửa, gọt vỏ, máy xay", "Bộ thùng lắng, lọc inox", "Tủ sấy điện |",
                                "Cải tạo bếp", "Hũ, túi, thiết kế nhãn", "Vốn lưu động mua nghệ")]
    p.check(sum(items) == p.one("Tổng cộng") == 160000 == 80000 + 80000 and sum(items[:4]) == 120000, "capital 160, fixed 120")
    true = 160000 / (sum(prof) / 3 + 24000)
    stated = 160000 / rev[0]
    p.check(close(stated, 0.57, 0.01) and close(true, 1.38, 0.01) and off(0.6, true) and off(0.6, 160000 / (sum(prof) / 3)),
            "PLANTED payback-mismatch: investment : first-year REVENUE ≈ 0,6 year; with profits 1,4 (1,7 without depreciation)")
    p.check(p.one("Cộng |") == 520 == past[2] and p.one("Cộng |", skip=1) == 25 == 10 + 15, "customers 520 kg, supply 25 tấn")
    p.check(close(past[2] / 12, 43, 0.01) and close(6 * 20, 120), "43 kg/month in 2026; 120 tấn in the village")
    p.has("130.000 đồng/hũ", "420.000 đồng/kg", "Tổng vốn đầu tư 160 triệu đồng", "160.000 : 282.000 ≈ 0,6 năm (khoảng 7 tháng)",
          "Mỗi mẻ xay 250 kg nghệ tươi, lắng lọc trong 3 ngày, được khoảng 10 kg tinh bột",
          "5 mẻ/tháng, tức 50 kg bột/tháng × 12 tháng = 600 kg", "6 mẻ/tháng (60 kg/tháng, 720 kg/năm)",
          "7 mẻ/tháng (70 kg/tháng, 840 kg/năm)", "khoảng 3–4,6 triệu đồng/tháng", "khoảng 62,5–87,5 triệu đồng tiền công",
          "năm 2029 đạt khoảng 395 triệu đồng", "khoảng 40% sản lượng", "khoảng 50%", "khoảng 10%")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|mã số hộ|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|giấy phép kinh doanh|giấy chứng nhận", "PLANTED no registration or plan to register")
    # PLANTED boilerplate: two template placeholders
    p.has("Sản phẩm [tên sản phẩm] có chất lượng cao", "| Tháng ……/2027 |")
    p.check(len(re.findall(PLACEHOLDER, p.body)) == 2, "PLANTED exactly two placeholders")
    p.has("bản cam kết bảo đảm an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP",
          "Nhãn hiệu \"Lài Phúc\"", "hố lắng")
    p.lacks(REPLACED, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ce11_tra_hoa_du_du_so_sai")
    a.check(30 * 12 == 360 and 360 * 400000 == 144e6, "30 kg × 12 = 360 kg × 400.000 = 144 triệu")
    a.has("khoảng 30 kg trà, cả năm khoảng 360 kg, doanh thu khoảng 144 triệu đồng/năm", "400.000 đồng/kg",
          "khoảng 50 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150-300 words")
    a.lacks(r"đăng ký|an toàn thực phẩm|ATTP|công bố|tiêu chuẩn|kiểm nghiệm|nhãn hiệu|môi trường|truy xuất|chi phí|lợi nhuận",
            "tolerated gaps really there")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ce12_dau_goi_bo_ket_so_sai")
    b.check(close(500 / 40, 12.5), "500 lít ≈ 12,5 batches of 40 lít")
    b.has("55.000 đồng/chai", "khoảng 40 lít", "khoảng 500 lít", "giấy chứng nhận đăng ký tổ hợp tác năm 2025")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150-300 words")
    b.lacks(r"công bố|tiêu chuẩn|kiểm nghiệm|nhãn(?! mác)|môi trường|nước thải|bã|truy xuất|chi phí|lợi nhuận|vốn đầu tư",
            "tolerated gaps really there")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ce01, ce02, ce03, ce04, ce05, ce06, ce07, ce08, ce09, ce10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
