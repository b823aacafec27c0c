"""The 65th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout65/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth on the last actual year. Planted numeric defects are
asserted wrong by more than 5 % and everything else right (within 1 %, or equal after the plan's
own rounding to one decimal). Table figures are read from the plan's source; figures quoted from
running text are looked up verbatim. The textual planted defects (no environmental measure, a
second producer name, replaced instruments, no product standard, no label, no trademark, no
registration, no food safety, no sales channel) are asserted too, as is the absence of template
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off, vn  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"

    def year_rows(self, first_cell: str = "") -> dict[int, list[float]]:
        """Tables with the years as rows: {2027: [numbers after the year], ...}, for the first
        table whose header's first cell is `first_cell` (any table when empty), in order."""
        out: dict[int, list[float]] = {}
        for r in self.rows:
            if r and re.fullmatch(r"20(2[7-9])", r[0]):
                nums = [vn(c) for c in r[1:] if re.fullmatch(r"[\d.,]+", c)]
                out.setdefault(int(r[0]), nums)
        return out


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|38/2012|89/2006|03/2014/TT-BKHĐT"


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")


def bn01() -> Plan:
    p = Plan("bn01_mat_ong_rung_huong_quang_htx")
    col, yld, honey = p.row("Tổng đàn ong"), p.row("Năng suất bình quân"), p.row("Sản lượng mật khai thác")
    bot, bulk, sold = p.row("Mật ong chai 500 g"), p.row("Mật ong bán buôn theo can"), p.row("Tổng mật tiêu thụ")
    rev, rb, rk = p.row("Doanh thu |"), p.row("Mật chai 500 g (160.000"), p.row("Mật bán buôn (220.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Thu mua mật", "Chai, nắp, hộp, nhãn", "Can nhựa bán buôn", "Tiền lương lao động",
                                 "Khấu hao tài sản", "Lãi vay ngân hàng", "Chi phí bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    staff = [6, 6, 7]
    for y in Y:  # triệu đồng
        p.check(honey[y] == col[y] * yld[y] == sold[y] == bot[y] * 0.5 + bulk[y], f"honey balance {y}")
        p.check(close(rb[y], bot[y] * 0.16) and close(rk[y], bulk[y] * 0.22) and close(rev[y], rb[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], honey[y] * 0.15) and close(lines[1][y], bot[y] * 0.008)
                and close(lines[2][y], bulk[y] * 0.002) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], 60) and close(lines[5][y], [400, 300, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(honey[y] <= 150 * 200, f"capacity 30.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy hạ thủy phần chân không", "Cải tạo phòng chiết rót", "Máy chiết rót, đóng nắp",
                                "Thùng ong, chân đế", "Thiết kế bao bì", "Vốn lưu động (thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 600, "capital 1.000, fixed 600")
    avg = sum(prof) / 3
    p.check(close(avg, 617.5, 0.001) and r1(1000 / (avg + 60)) == 1.5, "average 617,5, payback 1,5")
    p.check(close(sold[0] / 9000, 1.33, 0.01) and close(rev[0] / 2400, 1.31, 0.01) and 800 / 720 < 1.2, "+33 % on 2026")
    p.check(r1(prof[0] / rev[0] * 100) == 14.9 and r1(prof[2] / rev[2] * 100) == 18.5, "margins 14,9 % and 18,5 %")
    p.has("160.000 đồng/chai", "220.000 đồng/kg", "(469 + 643,5 + 740) : 3 ≈ 617,5", "1.000 : (617,5 + 60) ≈ 1,5 năm",
          "vốn góp của thành viên 600 triệu đồng", "400 triệu đồng, lãi suất 8%/năm, trả gốc 100 triệu đồng",
          "150 × 200 = 30.000 kg", "12.000 kg năm 2027", "khoảng 9.000 kg", "2,4 tỷ đồng")
    ready_common(p)
    return p


def bn02() -> Plan:
    p = Plan("bn02_du_lich_khe_tre_son_kim_ctcp")
    rows = [r for r in p.rows if r and re.fullmatch(r"202[7-9]", r[0])]
    guests = [[vn(c) for c in r[1:]] for r in rows[0:3]]
    rev = [[vn(c) for c in r[1:]] for r in rows[3:6]]
    cost = [[vn(c) for c in r[1:]] for r in rows[6:9]]
    prof = [[vn(c) for c in r[1:]] for r in rows[9:12]]
    staff = [14, 15, 16]
    for y in Y:  # triệu đồng
        t, n, m = guests[y]
        p.check(close(rev[y][0], t * 0.35) and close(rev[y][1], n * 0.4) and close(rev[y][2], m * 0.15)
                and close(rev[y][3], sum(rev[y][:3])), f"revenue {y}")
        c = cost[y]
        p.check(close(c[0], rev[y][2] * 0.4) and close(c[1], rev[y][0] * 0.3) and close(c[2], rev[y][1] * 0.2)
                and close(c[3], staff[y] * 7 * 12) and close(c[4], 200) and close(c[5], [1000, 750, 500][y] * 0.09)
                and close(c[6], rev[y][3] * 0.04) and close(c[7], 150) and close(c[8], sum(c[:8])), f"costs {y}")
        d, tc, pre, tax, post = prof[y]
        p.check(d == rev[y][3] and tc == c[8] and close(pre, d - tc) and close(tax, pre * 0.17, 0.002)
                and close(post, pre - tax, 0.002), f"profit, 17 % tax {y}")
        p.check(n <= 10 * 2 * 365, f"room capacity {y}")
        if y:
            p.check(rev[y][3] / rev[y - 1][3] < 1.2, f"growth {y}")
    p.check(close(prof[0][4], 710.5, 0.001) and close(prof[2][4], 1324.5, 0.001), "post-tax 710,5 / 1.324,5")
    avg = sum(prof[y][4] for y in Y) / 3
    p.check(close(avg, 1017.5, 0.001) and r1(3000 / (avg + 200)) == 2.5, "average 1.017,5, payback 2,5")
    items = [p.one(x) for x in ("Xây dựng 6 nhà sàn", "Nhà ăn 80 chỗ", "Đường mòn, cầu tre", "Xe điện 2 chiếc",
                                "Quảng bá, trang web", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 3000 == 2000 + 1000 and close(sum(items[:4]) / 12, 200),
            "capital 3.000, fixed 2.400 / 12 years")
    p.check(close(guests[0][0] / 5000, 1.2) and close(rev[0][3] / 3000, 1.275, 0.01), "+20 % guests, +27,5 % revenue on 2026")
    p.check(r1(guests[2][1] / 7300 * 100) == 28.8, "29 % occupancy in 2029")
    p.check(sum(int(r[1]) for r in p.rows if r[0] in ("Ban điều hành", "Bộ phận tour", "Lưu trú, buồng phòng",
                                                       "Bếp, nhà ăn", "Kế toán – bán hàng")) == 14, "14 staff in 2027")
    p.has("350.000 đồng/khách", "400.000 đồng/khách/đêm", "150.000 đồng/suất", "10 phòng nhà sàn × 2 khách × 365 đêm = 7.300",
          "(710,5 + 1.017,5 + 1.324,5) : 3 ≈ 1.017,5", "3.000 : (1.017,5 + 200) ≈ 2,5 năm",
          "cổ đông góp thêm 2.000 triệu đồng", "1.000 triệu đồng, thời hạn 4 năm, lãi suất 9%/năm, trả gốc 250",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở TCCS 01:2026/KT", "đăng ký nhãn hiệu")
    ready_common(p)
    return p


def bn03() -> Plan:
    p = Plan("bn03_xa_bong_thao_moc_cam_lac_tht")
    soap, sham, staff = p.row("Xà bông thảo mộc 100 g"), p.row("Dầu gội bồ kết 300 ml"), p.row("Lao động (người)")
    rev, rs, rd = p.row("1. Doanh thu"), p.row("- Xà bông (45.000"), p.row("- Dầu gội (85.000")
    cost, prof = p.row("2. Chi phí"), p.row("3. Lợi nhuận")
    lines = [p.row(x) for x in ("- Nguyên liệu (12.000", "- Bao bì, nhãn", "- Thù lao lao động", "- Khấu hao",
                                 "- Điện, nước", "- Bán hàng, phí sàn", "- Quản lý, kiểm nghiệm")]
    for y in Y:  # nghìn đồng
        p.check(close(rs[y], soap[y] * 45) and close(rd[y], sham[y] * 85) and close(rev[y], rs[y] + rd[y]), f"revenue {y}")
        p.check(close(lines[0][y], soap[y] * 12 + sham[y] * 25) and close(lines[1][y], soap[y] * 4 + sham[y] * 8)
                and close(lines[2][y], staff[y] * 6000 * 12) and close(lines[3][y], 30000) and close(lines[4][y], 24000)
                and close(lines[5][y], rev[y] * 0.08) and close(lines[6][y], 40000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(soap[y] <= 500 * 250, f"capacity 125.000 bánh {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo phòng sản xuất", "Nồi khuấy gia nhiệt, tủ hút", "Máy chiết rót |",
                                "Khuôn inox, giá ủ", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng") == 500000 == 5 * 100000 and sum(items[:4]) == 300000, "capital 500 triệu, fixed 300")
    avg = sum(prof) / 3
    p.check(close(avg, 448000, 0.001) and r1(500 / (avg / 1000 + 30)) == 1.0, "average 448.000, payback 1,0")
    p.check(close(17000 * 45 + 5000 * 85, 1190000) and close(rev[0] / 1190000, 1.185, 0.01), "+18,5 % on 2026 (1,19 tỷ)")
    p.has("45.000 đồng/bánh", "85.000 đồng/chai", "(325.200 + 472.000 + 546.800) : 3 = 448.000",
          "500 triệu đồng : (448 + 30) triệu đồng/năm ≈ 1,0 năm", "khoảng 125.000 bánh/năm", "Nghị định 93/2016/NĐ-CP",
          "phiếu công bố sản phẩm mỹ phẩm", "TCCS 01:2027/CL", "đăng ký nhãn hiệu", "mã số thuế 3002415770")
    ready_common(p)
    return p


def bn04() -> Plan:
    p = Plan("bn04_ruou_ngo_men_la_son_hong_hkd")
    ch, bi, lit, corn = p.row("Rượu chai 500 ml |"), p.row("Rượu bình gốm 1 lít"), p.row("Tổng sản lượng rượu"), p.row("Ngô nguyên liệu")
    rev, rc, rb = p.row("I. Doanh thu"), p.row("Rượu chai 500 ml (75.000"), p.row("Rượu bình 1 lít (180.000")
    cost, prof = p.row("II. Tổng chi phí"), p.row("III. Lợi nhuận")
    lines = [p.row(x) for x in ("Ngô (8.000", "Men lá (2.000", "Củi, điện (3.000", "Chai, nút, nhãn (12.000",
                                 "Bình gốm (60.000", "Tiền công 4 lao động", "Khấu hao |", "Lãi vay |", "Thuế khoán",
                                 "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] and corn[y] == lit[y] * 2.5, f"litres, corn {y}")
        p.check(close(rc[y], ch[y] * 0.075) and close(rb[y], bi[y] * 0.18) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], corn[y] * 0.008) and close(lines[1][y], lit[y] * 0.002) and close(lines[2][y], lit[y] * 0.003)
                and close(lines[3][y], ch[y] * 0.012) and close(lines[4][y], bi[y] * 0.06) and close(lines[5][y], 4 * 5.5 * 12)
                and close(lines[6][y], 25) and close(lines[7][y], [150, 100, 50][y] * 0.08) and close(lines[8][y], rev[y] * 0.1),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 30 * 150 and corn[y] <= 25000 + 3000, f"stills 9.000 lít, corn 28 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(120 + 50 + 40 + 40 + 50 + 100 == 400 == 250 + 150 and 120 + 50 + 40 + 40 == 250, "capital 400, fixed 250")
    avg = sum(prof) / 3
    p.check(close(avg, 188.4, 0.001) and r1(400 / (avg + 25)) == 1.9, "average 188,4, payback 1,9")
    p.check(close(lit[0] / 5200, 1.15, 0.01) and close(rev[0] / 760, 1.22, 0.01), "+15 % litres, +22 % revenue on 2026")
    p.has("75.000 đồng/chai", "180.000 đồng/bình", "2 × 30 × 150 = 9.000 lít/năm", "(131 + 188,4 + 245,8) : 3 = 188,4",
          "400 : (188,4 + 25) ≈ 1,9 năm", "Tổng nguồn 28 tấn/năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "Nghị định 17/2020/NĐ-CP", "QCVN 6-3:2010/BYT", "độ cồn 35% vol", "Nhãn hiệu \"Men lá Sơn Hồng\"", "bã rượu (hèm)")
    ready_common(p)
    return p


def bn05() -> Plan:
    p = Plan("bn05_ca_com_kho_thach_kim_cty")
    fresh, bags, bulk, kg = (p.row("Cá cơm tươi thu mua"), p.row("Cá khô đóng túi 200 g"), p.row("Cá khô bán buôn (kg)"),
                             p.row("Tổng cá khô"))
    nb, pb, rb = p.row("Số túi 200 g bán ra"), p.row("Giá bán túi"), p.row("Doanh thu cá túi")
    nk, pk, rk = p.row("Cá bán buôn (kg)"), p.row("Giá bán buôn"), p.row("Doanh thu cá cơm bán buôn")
    rev, cost, prof = p.row("Tổng doanh thu"), p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    lines = [p.row(x) for x in ("Cá tươi, 18.000", "Muối, điện sấy", "Túi zip, hộp", "Thùng carton", "Tiền lương",
                                 "Khấu hao (tr.đ)", "Lãi vay (tr.đ)", "Bán hàng, vận chuyển (tr.đ)", "Quản lý (tr.đ)")]
    staff = [10, 10, 11]
    for y in Y:  # triệu đồng
        p.check(kg[y] == bags[y] * 0.2 + bulk[y] and fresh[y] == kg[y] * 3.5 and nb[y] == bags[y] and nk[y] == bulk[y],
                f"kg, fresh fish 3,5 {y}")
        p.check(close(rb[y], nb[y] * pb[y] / 1e6), f"bag revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.018) and close(lines[1][y], kg[y] * 0.003) and close(lines[2][y], bags[y] * 0.003)
                and close(lines[3][y], bulk[y] * 0.001) and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [600, 450, 300][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(rev[y], rb[y] + rk[y]) and close(prof[y], rev[y] - cost[y]),
                f"stated totals add up {y}")
        p.check(fresh[y] <= 80000 and fresh[y] <= 2 * 300 * 150, f"8 boats 80 tấn, dryers 90 tấn {y}")
    p.check(close(rk[0], nk[0] * pk[0] / 1e6) and close(rk[2], nk[2] * pk[2] / 1e6), "2027 and 2029 bulk revenue right")
    true_rk, true_rev = nk[1] * pk[1] / 1e6, rb[1] + nk[1] * pk[1] / 1e6
    p.check(true_rk == 1530 and rk[1] == 1830 and off(rk[1], true_rk) and off(rev[1], true_rev),
            "PLANTED 2028 bulk revenue 1.830 != 10.200 × 150.000 = 1.530 (+19,6 %), total 3.190 != 2.890")
    true_prof = [prof[0], true_rev - cost[1], prof[2]]
    p.check(close(true_prof[1], 589.8, 0.001), "tolerated knock-on: true 2028 profit 589,8")
    avg, true_avg = sum(prof) / 3, sum(true_prof) / 3
    p.check(close(avg, 665.8, 0.001) and r1(1200 / (avg + 80)) == 1.6, "stated average 665,8, payback 1,6")
    p.check(r1(1200 / (true_avg + 80)) == 1.9 and off(1.6, 1200 / (true_avg + 80)), "tolerated knock-on: true payback 1,86")
    p.check(400 + 200 + 200 + 100 + 300 == 1200 == 600 + 600 and close((400 + 200 + 200) / 10, 80), "capital 1.200, depreciation 80")
    p.check(close(kg[0] / 12800, 1.17, 0.01) and close(rev[0] / 2100, 1.21, 0.01), "+17 % output, +21 % revenue on 2026")
    p.has("40.000 đồng/túi", "150.000 đồng/kg", "Tổng mức đầu tư 1.200 triệu đồng", "(393 + 889,8 + 714,6) : 3 ≈ 665,8",
          "1.200 : (665,8 + 80) ≈ 1,6 năm", "tổng 80 tấn/năm", "2 × 300 × 150 = 90.000 kg", "TCCS 02:2026/MC",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Cá cơm Thạch Kim\"", "cơ sở đủ điều kiện an toàn thực phẩm")
    p.check(p.count("Công ty TNHH Hải sản Xuân Hội") == 2 and p.count("Công ty TNHH Thủy sản Minh Châu") == 1
            and p.count("CÔNG TY TNHH THỦY SẢN MINH CHÂU") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|mùi|\brác\b|bể lắng|biogas|phế phẩm|ô nhiễm|nội tạng|đầu cá|vệ sinh",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bn06() -> Plan:
    p = Plan("bn06_che_vang_tui_loc_cam_my_tht")
    box, bag, dry, leaf = (p.row("Trà túi lọc hộp 50 g"), p.row("Chè vằng cắt khúc túi 500 g"), p.row("Chè vằng khô sử dụng"),
                           p.row("Lá vằng tươi thu mua"))
    rev, rt, rc = p.row("Doanh thu |"), p.row("- Trà túi lọc (45.000"), p.row("- Chè vằng túi 500 g (90.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("- Lá vằng tươi", "- Hộp, túi lọc", "- Túi 500 g", "- Điện sấy", "- Tiền lương 6",
                                 "- Khấu hao", "- Lãi vay", "- Bán hàng, chiết khấu", "- Quản lý")]
    for y in Y:  # triệu đồng
        p.check(dry[y] == box[y] * 0.05 + bag[y] * 0.5 and leaf[y] == dry[y] * 5, f"dry tea, leaves 5:1 {y}")
        p.check(close(rt[y], box[y] * 0.045) and close(rc[y], bag[y] * 0.09) and close(rev[y], rt[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.012) and close(lines[1][y], box[y] * 0.006) and close(lines[2][y], bag[y] * 0.003)
                and close(lines[3][y], dry[y] * 0.004) and close(lines[4][y], 6 * 5.5 * 12) and close(lines[5][y], 70)
                and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.1)
                and close(lines[8][y], 50), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(leaf[y] <= 6 * 4000 and leaf[y] <= 300 * 150, f"6 ha × 4 tấn, dryer 45 tấn {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2027, 2028 profit right")
    p.check(close(rev[2] - cost[2], 589.6, 0.001) and prof[2] == 689.6 and off(prof[2], rev[2] - cost[2]),
            "PLANTED 2029 profit 689,6 != 1.728 − 1.138,4 = 589,6 (+17 %)")
    avg, true_avg = sum(prof) / 3, (prof[0] + prof[1] + rev[2] - cost[2]) / 3
    p.check(r1(avg) == 465.1 and r1(800 / (avg + 70)) == 1.5, "stated average 465,1, payback 1,5")
    p.check(close(800 / (true_avg + 70), 1.594, 0.01) and off(1.5, 800 / (true_avg + 70)), "tolerated knock-on: true payback 1,59")
    areas = [vn(r[3]) for r in p.rows if len(r) == 4 and r[0].isdigit() and r[2] in ("Mỹ Hưng", "Mỹ Thịnh", "Mỹ Lộc")]
    p.check(len(areas) == 8 and close(sum(areas), 6.0) and p.one("Cộng") == 6.0, "8 members, 6,0 ha")
    p.check(250 + 300 + 50 + 100 + 50 + 50 == 800 == 500 + 300 and close((250 + 300 + 50 + 100) / 10, 70), "capital 800, dep 70")
    p.check(close(dry[0] / 2600, 1.15, 0.01) and close(rev[0] / 1000, 1.26, 0.01), "+15 % output, +26 % revenue on 2026")
    p.has("45.000 đồng/hộp", "90.000 đồng/túi", "(273 + 432,8 + 689,6) : 3 ≈ 465,1", "800 : (465,1 + 70) ≈ 1,5 năm",
          "15.000 kg năm 2027", "Tổng vốn đầu tư 800 triệu đồng", "cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Chè vằng Cẩm Mỹ\"")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021/NQ-HĐND", "PLANTED the current instruments are not cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|chỉ tiêu|hợp quy|hợp chuẩn",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bn07() -> Plan:
    p = Plan("bn07_banh_ram_thach_dai_htx")
    trays, tray_pcs, fresh, pcs, rice = (p.row("Bánh đông lạnh |"), p.row("Bánh đông lạnh quy ra chiếc"), p.row("Bánh tươi |"),
                                         p.row("Tổng số bánh"), p.row("Gạo nếp |"))
    rev, rt, rf = p.row("1. Doanh thu"), p.row("Bánh đông lạnh (50.000"), p.row("Bánh tươi (4.000")
    cost, prof = p.row("2. Chi phí"), p.row("3. Lợi nhuận")
    lines = [p.row(x) for x in ("Nguyên liệu (2.200", "Khay, túi hút", "Gas, điện (200", "Tiền lương 12", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Quản lý |")]
    for y in Y:  # triệu đồng
        p.check(tray_pcs[y] == trays[y] * 10 and pcs[y] == tray_pcs[y] + fresh[y] and close(rice[y], pcs[y] * 0.015), f"pieces {y}")
        p.check(close(rt[y], trays[y] * 0.05) and close(rf[y], fresh[y] * 0.004) and close(rev[y], rt[y] + rf[y]), f"revenue {y}")
        p.check(close(lines[0][y], pcs[y] * 0.0022) and close(lines[1][y], trays[y] * 0.004) and close(lines[2][y], pcs[y] * 0.0002)
                and close(lines[3][y], 12 * 6 * 12) and close(lines[4][y], 60) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 20000, f"rice within 20 tấn {y}")
    cap = 3000 * 300
    p.check(pcs[0] <= cap, "2027 within 900.000")
    p.check(off(pcs[1], cap) and off(pcs[2], cap) and close(pcs[1] / cap, 1.11, 0.01) and close(pcs[2] / cap, 1.33, 0.01),
            "PLANTED 2028/2029 output 1,0 / 1,2 million > 900.000 chiếc capacity, no new frying equipment, 12 workers kept")
    items = [p.one(x) for x in ("Kho cấp đông 20", "Máy hút chân không, máy dán khay", "Cải tạo bếp", "Khay, túi, thiết kế",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1100 and sum(items[:3]) == 600, "investment table adds up to 1.100")
    p.check(400 + 500 == 900 and off(900, 1100), "PLANTED sources 400 + 500 = 900 != 1.100 total (−18 %)")
    avg = sum(prof) / 3
    p.check(avg == 542 and r1(1100 / (avg + 60)) == 1.8, "average 542, payback 1,8")
    past = {int(r[0]): [vn(c) for c in r[1:]] for r in p.rows if r and r[0] in ("2024", "2025", "2026")}
    p.check(all(close(v[2], v[0] * 0.004 + v[1] * 0.05) for v in past.values()), "2024–2026 revenue")
    p.check(past[2026][0] + past[2026][1] * 10 <= cap and close(rev[0] / 3020, 1.16, 0.01), "2026 within capacity, +16 %")
    p.has("50.000 đồng/khay", "4.000 đồng/chiếc", "tối đa 900.000 chiếc/năm", "3.000 chiếc/ngày", "giữ nguyên trong cả 3 năm",
          "Dây chuyền xay, cán, chiên giữ nguyên", "vốn góp của thành viên 400 triệu đồng",
          "500 triệu đồng, lãi suất 8%/năm", "(206 + 542 + 878) : 3 = 542", "1.100 : (542 + 60) ≈ 1,8 năm",
          "TCCS 01:2026/BR", "cơ sở đủ điều kiện an toàn thực phẩm", "Cục Sở hữu trí tuệ")
    p.lacks(r"nhãn|\btem\b|43/2017|111/2021|ghi nhãn|thông tin trên bao bì", "PLANTED no label or labelling plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bn08() -> Plan:
    p = Plan("bn08_nuoc_cam_ngan_truoi_ctcp")
    small, big, lit, oranges = (p.row("Chai 330 ml (chai)"), p.row("Chai 1 lít (chai)"), p.row("Tổng nước cam (lít)"),
                                p.row("Cam nguyên liệu (tấn)"))
    rs, rb, rev = p.row("Chai 330 ml |"), p.row("Chai 1 lít |"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cam nguyên liệu (7.000", "Chai 330 ml, nắp", "Chai 1 lít, nắp", "Điện, nước, hóa chất",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [20, 20, 22]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], small[y] * 0.33 + big[y]) and close(oranges[y], lit[y] * 2 / 1000), f"litres, oranges 2 kg/l {y}")
        p.check(close(rs[y], small[y] * 0.025) and close(rb[y], big[y] * 0.065) and close(rev[y], rs[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], oranges[y] * 7) and close(lines[1][y], small[y] * 0.003) and close(lines[2][y], big[y] * 0.006)
                and close(lines[3][y], lit[y] * 0.001) and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 200)
                and close(lines[6][y], [1000, 750, 500][y] * 0.09) and close(lines[7][y], rev[y] * 0.12)
                and close(lines[8][y], 150), f"cost lines {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17, 0.002) and close(post[y], pre[y] - tax[y], 0.002),
                f"stated profit follows the stated cost total {y}")
        p.check(lit[y] <= 500 * 200, f"line capacity 100.000 lít {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(cost[0], lines_sum(lines, 0)) and close(cost[2], lines_sum(lines, 2)), "2027 and 2029 cost totals right")
    p.check(close(lines_sum(lines, 1), 4321.7, 0.0001) and cost[1] == 4721.7 and off(cost[1], lines_sum(lines, 1)),
            "PLANTED 2028 cost total 4.721,7 != sum of lines 4.321,7 (+9,3 %)")
    supply = 7 * 13 + 34
    p.check(supply == 125 and oranges[0] <= supply, "125 tấn supply covers 2027")
    p.check(off(oranges[1], supply) and off(oranges[2], supply), "PLANTED 140,4 / 161,6 tấn of oranges needed > 125 tấn supply")
    true_pre = rev[1] - lines_sum(lines, 1)
    true_post = [post[0], true_pre * 0.83, post[2]]
    avg, true_avg = sum(post) / 3, sum(true_post) / 3
    p.check(r1(avg) == 455.6 and r1(3000 / (avg + 200)) == 4.6, "stated average 455,6, payback 4,6")
    p.check(close(true_pre, 738.3, 0.001) and r1(3000 / (true_avg + 200)) == 3.9, "tolerated knock-ons: true profit, payback 3,9")
    p.check(600 + 450 + 350 + 300 + 300 == 2000 and 2000 + 150 + 850 == 3000 == 2000 + 1000, "capital 3.000, fixed 2.000")
    p.check(sum(int(r[1]) for r in p.rows if r[0] in ("Ban giám đốc", "Kế toán – hành chính", "Sản xuất",
                                                       "Kinh doanh – giao hàng", "Kỹ thuật vườn")) == 20, "20 staff in 2027")
    p.check(close(lit[0] / 45000, 1.32, 0.01) and close(rev[0] / 3300, 1.30, 0.01), "+32 % litres, +30 % revenue on 2026")
    p.has("25.000 đồng/chai", "65.000 đồng/chai", "Tổng vốn đầu tư 3.000 triệu đồng", "Tổng nguồn cam chủ động: 125 tấn/năm",
          "năng suất bình quân 13 tấn/ha", "34 tấn/năm", "(240,7 + 280,8 + 845,4) : 3 ≈ 455,6", "3.000 : (455,6 + 200) ≈ 4,6 năm",
          "TCCS 01:2026/NT", "QCVN 6-2:2010/BYT", "Nghị định 43/2017/NĐ-CP", "đăng ký môi trường")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng|\bSHTT\b",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bn09() -> Plan:
    p = Plan("bn09_dua_luoi_cam_hung_ho_phan_van_luc")
    rows = {int(r[0]): [vn(c) for c in r[1:]] for r in p.rows if r and re.fullmatch(r"202[7-9]", r[0])
            and len(r) == 5}
    fin = {int(r[0]): [vn(c) for c in r[1:]] for r in p.rows if r and re.fullmatch(r"202[7-9]", r[0]) and len(r) == 11}
    workers = [4, 9, 18]
    for i, y in enumerate((2027, 2028, 2029)):
        area, crops, yld, out = rows[y]
        t, rev, mat, lab, dep, intr, sell, other, cost, prof = fin[y]
        p.check(close(out, area / 1000 * crops * yld) and t == out, f"output = area × 3 vụ × 3 tấn {y}")
        p.check(close(rev, out * 35) and close(mat, out * 9) and close(lab, workers[i] * 6 * 12) and dep == 100
                and close(intr, [700, 525, 350][i] * 0.08) and close(sell, rev * 0.08) and other == 40, f"lines {y}")
        p.check(close(cost, mat + lab + dep + intr + sell + other) and close(prof, rev - cost), f"cost, profit {y}")
    rev = [fin[y][1] for y in (2027, 2028, 2029)]
    p.check(rev[1] / rev[0] == 2.4 and close(rev[2] / rev[1], 2.083, 0.01),
            "PLANTED revenue ×2,4 then ×2,1 (45 → 108 → 225 tấn)")
    p.check(3000 + 2000 == rows[2027][0] and rows[2028][0] - 5000 == 7000 and rows[2029][0] - 5000 == 20000,
            "PLANTED only 2.000 m² funded; 7.000 and 20.000 m² more with no capital or land")
    p.check(700 + 200 + 100 + 200 == 1200 == 500 + 700 and 700 + 200 + 100 == 1000, "capital 1.200, fixed 1.000")
    prof = [fin[y][9] for y in (2027, 2028, 2029)]
    payback_year1 = 1200 / (prof[0] + 100)
    p.check(close(payback_year1, 1.82, 0.01) and off(3.6, payback_year1) and off(3.6, 1200 / prof[0])
            and off(3.6, 1200 / (sum(prof) / 3 + 100)), "PLANTED stated 3,6 years != 1.200 : 660 = 1,82")
    p.check(close(45 / 27, 1.67, 0.01) and close(5000 / 3000, 1.67, 0.01), "2027 +67 % output with +67 % area")
    p.has("35.000 đồng/kg", "Tổng vốn đầu tư: 1.200 triệu đồng", "1.200 : (560 + 100) ≈ 3,6 năm", "xây thêm 1 nhà màng 2.000 m²",
          "Mở rộng lên 12.000 m²", "bản cam kết sản xuất thực phẩm an toàn",
          "tiêu chuẩn cơ sở cho dưa lưới", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Dưa lưới Cẩm Hưng\"")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép|pháp nhân|đăng ký thành", "PLANTED no business registration or plan to register")
    p.lacks(r"vay thêm \d|góp vốn|thuê (thêm )?đất|nguồn vốn (mở rộng|cho việc mở rộng)",
            "PLANTED nothing funds the 2028–2029 expansion")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bn10() -> Plan:
    p = Plan("bn10_mut_gung_tung_chau_hkd")
    box, bag, kg, ginger, sugar = (p.row("Mứt hộp 300 g"), p.row("Mứt túi 1 kg"), p.row("Tổng sản lượng mứt"), p.row("Gừng tươi |"),
                                   p.row("Đường |"))
    rb, rt, rev = p.row("Doanh thu mứt hộp"), p.row("Doanh thu mứt túi"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gừng tươi (15.000", "Đường (20.000", "Hộp 300 g (5.000", "Túi 1 kg (4.000", "Gas, điện",
                                 "Tiền công 5", "Khấu hao |", "Chi phí bán hàng", "Chi phí quản lý")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], box[y] * 0.3 + bag[y]) and ginger[y] == kg[y] * 2 and close(sugar[y], kg[y] * 0.6), f"kg, ginger {y}")
        p.check(close(rb[y], box[y] * 0.06) and close(rt[y], bag[y] * 0.16) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], ginger[y] * 0.015) and close(lines[1][y], sugar[y] * 0.02) and close(lines[2][y], box[y] * 0.005)
                and close(lines[3][y], bag[y] * 0.004) and close(lines[4][y], kg[y] * 0.004) and close(lines[5][y], 5 * 5 * 12)
                and close(lines[6][y], 35), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(ginger[y] <= 18000 and kg[y] <= 2 * 30 * 2 * 250, f"ginger 18 tấn, pans 30 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(150 + 30 + 80 + 60 + 30 + 40 + 60 == 450 == 300 + 150 and 150 + 30 + 80 + 60 + 30 == 350, "capital 450, fixed 350")
    avg = sum(prof) / 3
    p.check(close(avg, 323.4, 0.001) and r1(450 / (avg + 35)) == 1.3, "average 323,4, payback 1,3")
    p.check(12 + 8 == 20 and 7 + 5 == 12 and p.one("Cộng") == 12, "20 households, 12 tấn contracted")
    p.check(close(kg[0] / 4300, 1.16, 0.01) and close(rev[0] / 780, 1.18, 0.01), "+16 % on 2026")
    p.has("năm 2027 sản xuất 6,5 tấn mứt gừng dẻo")  # PLANTED figure-inconsistent
    p.check(kg[0] == 5000 and off(6500, kg[0]), "PLANTED 6,5 tấn (objectives) != 5.000 kg (table) for 2027")
    p.has("60.000 đồng/hộp", "160.000 đồng/túi", "Tổng vốn đầu tư 450 triệu đồng", "(207 + 323,4 + 439,8) : 3 = 323,4",
          "450 : (323,4 + 35) ≈ 1,3 năm", "10.000 kg năm 2027", "TCCS 01:2026/TC", "Nghị định 43/2017/NĐ-CP",
          "đăng ký nhãn hiệu \"Mứt gừng Tùng Châu\"", "Giấy chứng nhận đăng ký hộ kinh doanh số 28D8004129")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|HACCP|ISO 22000",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    market = p.body.split("# Phần 6: Thị trường", 1)[1].split("# Phần 7", 1)[0]
    p.check(not re.search(r"đồng|đ/|giá|cửa hàng|đại lý|siêu thị|chợ|khách|online|facebook|zalo|shopee|hội chợ|\bbán\b",
                          market, re.I), "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|siêu thị|\bchợ\b|khách hàng|online|trực tuyến|facebook|zalo|shopee|tiktok|sàn thương mại|hội chợ|"
            r"bán lẻ|bán buôn|thương lái|nhà phân phối|đơn hàng|du lịch|xuất khẩu", "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bn11_non_la_duc_thinh_tht_so_sai")
    a.check(6000 * 60000 == 360e6, "6.000 chiếc × 60.000 đ = 360 triệu")
    a.has("khoảng 6.000 chiếc nón", "60.000 đồng/chiếc", "doanh thu khoảng 360 triệu đồng", "hỗ trợ vốn khoảng 200 triệu đồng",
          "hợp đồng hợp tác chứng thực tại UBND xã năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bn12_tinh_bot_nghe_cam_quan_hkd_so_sai")
    b.check(20 * 12 * 400000 == 96e6, "20 kg/tháng × 400.000 đ ≈ 96 triệu a year (not stated)")
    b.has("khoảng 20 kg tinh bột nghệ", "400.000 đồng/kg", "khoảng 150 triệu đồng", "đăng ký hộ kinh doanh năm 2024")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, under a page")
    b.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn|công bố", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bn01, bn02, bn03, bn04, bn05, bn06, bn07, bn08, bn09, bn10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
