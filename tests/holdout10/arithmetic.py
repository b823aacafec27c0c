"""The tenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout10/arithmetic.py

For every plan: revenue = quantity x unit price, table lines sum to their totals, profit = revenue -
cost, tax, investment items = capital sources = total, depreciation, interest, payback, break-even
and sensitivity sentences, raw-material need vs supply, output vs capacity (equipment and labour),
staff tables vs wage lines, channel tables vs output, growth. Planted numeric defects are asserted
wrong by more than 5 % and everything else right within 1 %. Table figures are read from the plan's
source; figures quoted in running text are looked up verbatim, so numbers cannot drift from the
text. The textual planted defects (no environmental measure, a second producer name, no label, no
sales channel, a replaced instrument, no product standard, no trademark, no business registration,
no food safety) are asserted as absent words / present strings, and every plan is checked for
template placeholders (and the ready plans for replaced instruments).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off, vn  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"

    def lead(self, label: str, n: int = 4, skip: int = 0) -> list[float]:
        """Like row(), for tables with units in the cells ('25.000 hộp'): the leading number of
        each of the last n cells after the label."""
        seen = 0
        for r in self.rows:
            if r and r[0].startswith(label):
                nums = [m.group(1) for c in r[1:] if (m := re.match(r"^([\d.,]+)\b", c))]
                if len(nums) >= n:
                    if seen == skip:
                        return [vn(x) for x in nums[-n:]]
                    seen += 1
        self.failures.append(f"row not found: {label}")
        return [0.0] * n


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|94/2012|Luật Hợp tác xã năm 2012|23/2012/QH13"


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")


def v01() -> Plan:
    p = Plan("v01_mi_gao_hung_phu_htx")
    w, l, b = p.row("Mì gạo trắng gói 500 g |"), p.row("Mì gạo lứt gói 500 g |"), p.row("Mì gạo trắng bán buôn |")
    kg, rice = p.row("Tổng sản lượng mì"), p.row("Gạo nguyên liệu |")
    ch = [p.row(x) for x in ("Nhà phân phối Hồng Lam", "Bếp ăn trường học", "Cửa hàng, siêu thị mini",
                             "Bán trực tuyến và bán tại xưởng")]
    ch_total = p.row("Cộng |")
    staff = p.row("Cộng lao động thường xuyên")
    depts = [p.row(x) for x in ("Sơ chế gạo, xay bột", "Ép, hấp, cắt sợi", "Sấy, đóng gói, kho", "Bán hàng, giao hàng")]
    rev, rw, rl, rb = (p.row("Tổng doanh thu"), p.row("Mì gạo trắng gói 500 g (22.000"),
                       p.row("Mì gạo lứt gói 500 g (30.000"), p.row("Mì gạo bán buôn (36.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo nguyên liệu (16.000", "Bao bì, nhãn, thùng", "Điện, than sấy", "Tiền lương lao động",
                                 "Khấu hao tài sản cố định", "Lãi vay ngân hàng", "Chi phí bán hàng, vận chuyển",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == w[y] * 0.5 + l[y] * 0.5 + b[y] and close(rice[y], kg[y] * 1.3), f"kg, rice 1,3 {y}")
        p.check(ch_total[y] == lines_sum(ch, y) == kg[y], f"channel table = output {y}")
        p.check(staff[y] == lines_sum(depts, y) == [10, 11, 12][y], f"staff table {y}")
        p.check(close(rw[y], w[y] * 22) and close(rl[y], l[y] * 30) and close(rb[y], b[y] * 36)
                and close(rev[y], rw[y] + rl[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 16) and close(lines[1][y], (w[y] + l[y]) * 1.2 + b[y] * 0.3)
                and close(lines[2][y], kg[y] * 2.5), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6000 * 12) and close(lines[4][y], 90000)
                and close(lines[5][y], [600000, 400000, 200000][y] * 0.07) and close(lines[6][y], rev[y] * 0.06)
                and close(lines[7][y], 60000), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] >= 3e6 and abs(tax[y] - pre[y] * 0.17) <= 1 and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 400 * 260 and rice[y] <= 130000 and l[y] * 0.5 * 1.3 <= 35000, f"capacity, rice contract {y}")
        p.check(pre[y] / rev[y] < 0.2, f"margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15 and kg[y] / kg[y - 1] < 1.15, f"growth {y}")
    p.check(400 * 260 == 104000 and close(130000 - rice[2], 15600) and ch[0] == [20000] * 3, "104 tấn, 15 tấn margin, 20 tấn contract")
    p.check(close(kg[0] / 62000, 1.13, 0.01) and close(rev[0] / 2650000, 1.21, 0.01), "+13 % output, +21 % revenue on 2025")
    items = [p.one("Dây chuyền ép đùn mì thứ hai"), p.one("Buồng sấy nhiệt 2 ngăn |", skip=1), p.one("Cải tạo nhà xưởng, nền"),
             p.one("Máy đóng gói định lượng |", skip=1), p.one("Thiết kế bao bì, nhãn"),
             p.one("Vốn lưu động (mua gạo")]  # the equipment list (counts) comes first
    p.check(sum(items) == p.one("Tổng cộng") == 1500000 == (650 + 250 + 600) * 1000 and sum(items[:4]) == 900000,
            "capital 1,5 tỷ = sources, fixed 900")
    p.check(sum(post) / 3 == 374446 and close(1500000 / (374446 + 90000), 3.23, 0.005), "average profit, payback 3,23")
    fixed = lines[3][0] + lines[4][0] + lines[5][0] + lines[7][0]
    var = lines[0][0] + lines[1][0] + lines[2][0] + lines[6][0]
    be = fixed / (1 - var / rev[0])
    p.check(fixed == 912000 and var == 1959500 and close(var / rev[0], 0.612, 0.005) and close(be, 2352000, 0.005)
            and close(be / rev[0], 0.735, 0.01), "break-even 2.352.000, about 73 %")
    p.has("| Sản lượng mì gạo | tấn | 45 | 54 | 62 |", "| Doanh thu | triệu đồng | 1.850 | 2.260 | 2.650 |")
    p.check(close(2650 / 62, 42.7, 0.01) and close(rev[0] / kg[0], 45.7, 0.01), "2025 and 2026 price mix (42,7 → 45,7 nghìn/kg)")
    p.has("22.000 đồng/gói", "30.000 đồng/gói", "36.000 đồng/kg", "1.500.000 : (374.446 + 90.000) ≈ 3,23 năm",
          "650 + 250 + 600 = 1.500 triệu đồng", "130 tấn gạo/năm", "400 kg mì thành phẩm/ngày", "104 tấn/năm",
          "hợp đồng nguyên tắc 20 tấn/năm", "912.000 : (1 − 0,612) ≈ 2.352.000", "Tổng vốn đầu tư của phương án là 1,5 tỷ đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/HP", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "đơn đăng ký nhãn hiệu", "bể lắng 3 ngăn", "mã số 3002214857")
    ready_common(p)
    return p


def v02() -> Plan:
    p = Plan("v02_phan_hoa_sua_ong_chua_khe_lim_hkd")
    col = [p.row(str(2026 + y))[0] for y in Y]
    pol = [p.row(str(2026 + y))[1] for y in Y]
    rj = [p.row(str(2026 + y))[2] for y in Y]
    base = p.row("2025 (thực hiện)")
    ph, sh = p.row("Phấn hoa (hũ)"), p.row("Sữa ong chúa (hũ)")
    staff, fam, hired = p.row("Cộng |"), p.row("Lao động gia đình"), p.row("Lao động thuê")
    lines = [p.row(x) for x in ("Thức ăn bổ sung", "Thuốc thú y", "Hũ, nắp, nhãn, hộp", "Vận chuyển di đàn",
                                 "Tiền công lao động", "Điện (tủ đông", "Khấu hao tài sản cố định", "Bán hàng, quảng bá",
                                 "Lãi vay", "Thuế GTGT")]
    sub = [p.row("- Phấn hoa (6.000"), p.row("- Sữa ong chúa (8.000")]
    cost = p.row("Tổng chi phí")
    summ = [p.row(str(2026 + y), 3, skip=1) for y in Y]  # years as rows: revenue, cost, profit
    p.check(base == [250, 750, 300], "2025: 250 colonies, 750 kg, 300 kg")
    for y in Y:  # đồng
        p.check(col[y] == [300, 340, 380][y] and pol[y] == col[y] * 3 and close(rj[y], col[y] * 1.2), f"yields {y}")
        p.check(close(ph[y], pol[y] / 0.2) and close(sh[y], rj[y] / 0.1), f"jars {y}")
        rev = ph[y] * 90000 + sh[y] * 120000
        p.check(staff[y] == fam[y] + hired[y] == [4, 4, 5][y], f"staff {y}")
        p.check(close(lines[0][y], col[y] * 300000) and close(lines[1][y], col[y] * 100000)
                and close(lines[3][y], col[y] * 100000), f"per-colony costs {y}")
        p.check(close(sub[0][y], ph[y] * 6000) and close(sub[1][y], sh[y] * 8000)
                and close(lines[2][y], sub[0][y] + sub[1][y]), f"packaging sub-rows {y}")
        p.check(close(lines[4][y], staff[y] * 5.5e6 * 12) and close(lines[5][y], 24e6) and close(lines[6][y], 64e6)
                and close(lines[7][y], rev * 0.05) and close(lines[8][y], [200e6, 150e6, 100e6][y] * 0.08)
                and close(lines[9][y], rev * 0.015), f"wages, power, depreciation, selling, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(s[2] / s[0] < 0.35, f"margin {y}")
        if y:
            p.check(summ[y][0] / summ[y - 1][0] < 1.15, f"growth {y}")
    p.check(close(summ[0][0] / 700e6, 1.2, 0.01) and close(base[0] * 837e6 / 300, 697.5e6), "2025 ≈ 700 triệu, +20 %")
    p.check(300 / 4 == 75 and 340 / 4 == 85 and 380 / 5 == 76, "75–85 colonies per worker")
    items = [p.one(x) for x in ("Mua 50 đàn ong giống", "Máy sấy phấn hoa", "2 tủ đông", "Cải tạo phòng sơ chế",
                                "Thùng ong, cầu chúa", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 420e6 == 220e6 + 200e6 and sum(items[:5]) == 320e6
            and 50 * 1.8e6 == items[0] and close(320e6 / 5, 64e6), "capital 420 = sources, fixed 320 / 5")
    avg = sum(s[2] for s in summ) / 3
    p.check(avg == 267701000 and close(420e6 / (avg + 64e6), 1.27, 0.005), "average profit, payback 1,27")
    r = summ[0][0] * 0.9
    c = cost[0] - lines[7][0] - lines[9][0] + r * 0.05 + r * 0.015
    p.check(r == 753.3e6 and close(r - c, 130535000, 0.001), "sensitivity −10 % price: 130,5 triệu")
    p.check(12 <= 20, "dryer 20 kg/mẻ covers 12 kg/day")
    p.has("90.000 đồng/hũ", "120.000 đồng/hũ", "cộng 837.000.000 đồng", "cộng 948.600.000 đồng", "cộng 1.060.200.000 đồng",
          "(208.795.000 + 289.701.000 + 304.607.000) : 3 = 267.701.000", "420.000.000 : (267.701.000 + 64.000.000) ≈ 1,27 năm",
          "Tổng nguồn vốn 420.000.000 đồng", "Giấy chứng nhận đăng ký hộ kinh doanh số 28H8003316",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/KL", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Ong Khe Lim\"", "không ghi công dụng phòng, chữa bệnh")
    ready_common(p)
    return p


def v03() -> Plan:
    p = Plan("v03_tam_khoang_nong_khe_da_ctcp")
    pool, room, meal = p.row("Tắm bể khoáng chung |"), p.row("Phòng tắm khoáng riêng |", skip=1), p.row("Suất ăn tại nhà hàng")
    rev, rp, rr, rm = (p.row("Tổng doanh thu"), p.row("- Vé bể khoáng chung"), p.row("- Phòng tắm khoáng riêng"),
                       p.row("- Ăn uống"))
    lines = [p.row(x) for x in ("Thực phẩm, đồ uống", "Điện, nước, hóa chất", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                 "Tiền thuê đất", "Quảng bá, hoa hồng", "Quản lý, bảo hiểm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |")
    depts = [p.row(x) for x in ("Lễ tân, bán vé", "Vận hành bể chung", "Phòng tắm khoáng riêng", "Nhà hàng, bếp",
                                "Kỹ thuật nước, bảo trì")]
    for y in Y:  # tr.đ
        p.check(close(rp[y], pool[y] * 0.08) and close(rr[y], room[y] * 0.3) and close(rm[y], meal[y] * 0.15)
                and close(rev[y], rp[y] + rr[y] + rm[y]), f"revenue (total on top) {y}")
        p.check(staff[y] == lines_sum(depts, y) == [24, 26, 28][y], f"staff table {y}")
        p.check(close(lines[0][y], rm[y] * 0.44) and close(lines[2][y], staff[y] * 6.5 * 12) and close(lines[3][y], 400)
                and close(lines[4][y], [3000, 2500, 2000][y] * 0.08) and close(lines[5][y], 150)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 250), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(abs(tax[y] - pre[y] * 0.17) <= 0.1 and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(room[y] <= 12 * 8 * 360 and meal[y] <= 120 * 2 * 360, f"room and restaurant capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(room[2] / (12 * 8 * 360), 0.15, 0.02) and close(pool[2] / (60 * 10 * 360), 0.176, 0.01), "15–20 % of capacity")
    p.check(close(pool[0] / 28000, 1.07, 0.01) and close(rev[0] / 3750, 1.36, 0.01)
            and close(28000 * 0.07 + 3000 * 0.25 + 8000 * 0.13, 3750), "2025 revenue 3.750, +7 % bathers")
    p.check(10500 + 6000 + 4500 + 9000 == pool[0], "quarters add up to 30.000")
    items = [p.one(x) for x in ("Xây mới khu 8 phòng", "Cải tạo bể khoáng chung", "Nâng cấp nhà hàng", "Hệ thống xử lý nước thải",
                                "Bãi đỗ xe", "Nhận diện thương hiệu", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 6500 == 3500 + 3000 and sum(items[:5]) == 6000
            and close(6000 / 15, 400), "capital 6.500 = sources, fixed 6.000 / 15")
    p.check(avg1(post) == 981.1 and close(6500 / (981.1 + 400), 4.7, 0.01), "average profit, payback 4,7")
    fixed = lines[1][0] + lines[2][0] + lines[3][0] + lines[4][0] + lines[5][0] + lines[7][0]
    var = lines[0][0] + lines[6][0]
    p.check(fixed == 3272 and var == 1068 and close(fixed / (1 - var / rev[0]), 4136, 0.005)
            and close(4136 / rev[0], 0.81, 0.01), "break-even 4.136, 81 %")
    p.check(close(post[2] / rev[2], 0.2, 0.02) and 220 <= 400, "20 % margin 2029; water within licence")
    p.has("80.000 đồng/lượt", "300.000 đồng/lượt", "150.000 đồng/suất", "cộng 5.100 tr.đ",
          "30.000 lượt × 80.000 đồng = 2.400 tr.đ", "(630,8 + 981,1 + 1.331,3) : 3 ≈ 981,1", "6.500 : (981,1 + 400) ≈ 4,7 năm",
          "3.500 tr.đ và vốn vay", "3.272 : (1 − 0,209) ≈ 4.136", "mã số 3001987652", "giấy phép khai thác khoáng sản",
          "cơ sở đủ điều kiện an toàn thực phẩm (kinh doanh dịch vụ ăn uống)", "Giấy chứng nhận đăng ký nhãn hiệu",
          "giấy phép môi trường", "Luật Du lịch")
    ready_common(p)
    return p


def v04() -> Plan:
    p = Plan("v04_da_my_nghe_ky_phong_tht")
    q = [p.row(str(2027 + y), 4) for y in Y]  # statues, paperweights, pots, stone kg
    a, b, c, stone = ([q[y][i] for y in Y] for i in range(4))
    ra, rb, rc, rev = (p.row("Tượng linh vật để bàn"), p.row("Chặn giấy, đá khắc chữ"), p.row("Chậu đá cảnh"),
                       p.row("Cộng doanh thu"))
    lines = [p.row(x) for x in ("Đá khối (1.500.000", "Tiền công thợ", "Điện, lưỡi cắt", "Hộp, đế, túi", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, hội chợ", "Quản lý, chi khác", "Thuế (1,5%")]
    cost = p.row("Tổng chi phí")
    summ = [p.row(str(2027 + y), 3, skip=1) for y in Y]
    staff = p.row("Cộng |")
    posts = [p.row(x) for x in ("Vận hành máy cắt CNC", "Đục, tạo hình", "Mài, đánh bóng", "Kiểm tra, đóng gói")]
    for y in Y:  # triệu đồng
        days = a[y] * 1.5 + b[y] * 0.3 + c[y] * 2
        p.check(stone[y] == a[y] * 12 + b[y] * 2 + c[y] * 60 and stone[y] <= 60000, f"stone need within 60 tấn {y}")
        p.check(staff[y] == lines_sum(posts, y) == [15, 16, 18][y] and days <= staff[y] * 280, f"workdays vs labour {y}")
        p.check(close(ra[y], a[y] * 0.65) and close(rb[y], b[y] * 0.25) and close(rc[y], c[y] * 1.8)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], stone[y] / 1000 * 1.5) and close(lines[1][y], days * 0.3)
                and close(lines[3][y], a[y] * 0.04 + b[y] * 0.015 + c[y] * 0.02), f"stone, wages, boxes {y}")
        p.check(close(lines[4][y], 75) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.07, 0.02) and abs(lines[8][y] - rev[y] * 0.015) <= 0.051,
                f"depreciation, interest, selling ≈ 7 %, 1,5 % tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(5.5 <= lines[1][y] / staff[y] / 12 <= 6.1, f"5,5–6 tr/tháng {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.17, f"growth {y}")
    p.check([a[0] * 1.5 + b[0] * 0.3 + c[0] * 2, 15 * 280] == [3300, 4200], "3.300 of 4.200 workdays")
    p.check(close(rev[0] / 1900, 1.09, 0.01) and close(rev[0] / 1750, 1.18, 0.01), "+9 % on 2026, +18 % on 2025")
    p.check(320 + 130 + 150 + 50 + 350 == 1000 == 700 + 300 and close((320 + 130 + 150) / 8, 75), "capital 1.000, fixed 600 / 8")
    post = [s[2] for s in summ]
    p.check(avg1(post) == 573.4 and close(1000 / (573.4 + 75), 1.54, 0.005), "average profit, payback 1,54")
    r = rev[0] * 0.9
    p.check(close(r, 1863) and close(r - (cost[0] - lines[8][0] + r * 0.015), 267.5, 0.002), "sensitivity 267,5")
    p.has("650.000 đ/chiếc", "250.000 đ/chiếc", "1.800.000 đ/chiếc", "hợp đồng 60 tấn/năm", "15 × 280 = 4.200 công",
          "(471,3 + 573,4 + 675,5) : 3 = 573,4", "1.000 : (573,4 + 75) ≈ 1,54 năm", "Tổng vốn đầu tư 1.000 triệu đồng",
          "Giấy chứng nhận đăng ký tổ hợp tác số 12/GCN-THT", "TCCS 01:2026/THT-KP", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Đá mỹ nghệ Kỳ Phong\"", "phun sương", "giấy phép khai thác khoáng sản")
    ready_common(p)
    return p


def v05() -> Plan:
    p = Plan("v05_ca_thinh_xuan_lien_hkd")
    s, k, kg, fish = p.row("Cá thính hũ 500 g"), p.row("Cá thính hũ 1 kg"), p.row("Tổng sản lượng"), p.row("Cá tươi nguyên liệu")
    lines = [p.row(x) for x in ("Cá tươi (60.000", "Thính, muối", "Hũ, nắp, nhãn", "Tiền công lao động", "Điện, nước, than",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Thuế GTGT")]
    cost, staff = p.row("Cộng chi phí"), p.row("Cộng |")
    written = [1400, 1950, 1980]  # revenue, running text only
    profit = [307, 598.25, 507.8]
    true = [s[y] * 0.12 + k[y] * 0.22 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == s[y] * 0.5 + k[y] and close(fish[y], kg[y] * 1.2), f"kg, fish 1,2 {y}")
        p.check(close(lines[0][y], fish[y] * 0.06) and close(lines[1][y], kg[y] * 0.025)
                and close(lines[2][y], s[y] * 0.006 + k[y] * 0.009) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[5][y], 40) and close(lines[6][y], [200, 150, 100][y] * 0.07)
                and close(lines[8][y], written[y] * 0.015), f"cost lines (tax on the written revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(profit[y], written[y] - cost[y]), f"cost sum, written profit {y}")
        p.check(fish[y] <= 6000 + 8000 and kg[y] <= 100 * 30 * 4, f"fish supply 14 tấn, 12.000 kg jars {y}")
    p.check(staff == [4, 5, 5] and p.row("Lao động gia đình") == [3, 3, 3] and p.row("Lao động thuê") == [1, 2, 2], "staff")
    p.check(close(written[0], true[0]) and close(written[2], true[2]), "2026 and 2028 revenue right")
    p.check(true[1] == 1750 and off(written[1], true[1]), "PLANTED 2027 revenue 1.950 != 10.000 × 120.000 + 2.500 × 220.000 = 1.750")
    p.check(close((written[1] - true[1]) / true[1], 0.114, 0.01), "+11,4 %")
    avg = sum(profit) / 3
    p.check(close(avg, 471, 0.001) and close(350 / (avg + 40), 0.68, 0.01), "stated payback 0,68 on the written profits")
    true_profit = [true[y] - (cost[y] - lines[8][y] + true[y] * 0.015) for y in Y]
    p.check(close(true_profit[1], 401.25) and close(350 / (sum(true_profit) / 3 + 40), 0.786, 0.005)
            and off(0.68, 350 / (sum(true_profit) / 3 + 40)), "tolerated knock-on: true payback 0,79")
    p.check(45 + 60 + 35 + 100 + 30 + 80 == p.one("Tổng cộng") == 350 == 150 + 200 and close(240 / 6, 40), "capital 350, fixed 240 / 6")
    p.check(7000 * 0.12 + 1500 * 0.22 == 1170 and 7000 * 0.5 + 1500 == 5000 and close(kg[0] / 5000, 1.2), "2025, +20 %")
    p.check(2000 + 1500 + 1500 + 2200 == fish[0] and 30 + 35 + 30 + 5 == 100, "fish by quarter, channel shares")
    p.has("120.000 đồng/hũ", "220.000 đồng/hũ", "2.000 hũ loại 1 kg, doanh thu 1.400 triệu đồng",
          "10.000 hũ loại 500 g và 2.500 hũ loại 1 kg, doanh thu 1.950 triệu đồng",  # PLANTED revenue-mismatch
          "3.000 hũ loại 1 kg, doanh thu 1.980 triệu đồng", "350 : (471 + 40) ≈ 0,68 năm", "100 × 30 × 4 = 12.000 kg/năm",
          "Tổng vốn đầu tư 350 triệu đồng")
    p.check([r[0] for r in p.rows if any(c.lower().startswith("doanh thu") for c in r[:2])] == ["Doanh thu (triệu đồng)"],
            "no revenue row in any table but the 2023–2025 history: 2026–2028 revenue is in running text only")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi hôi|ô nhiễm|khí thải|\bbể\b|vệ sinh|đăng ký môi trường|72/2020|08/2022",
            "PLANTED no environmental measure anywhere")
    p.check(p.count("Hộ kinh doanh Phạm Thị Huệ") == 2 and p.count("Phạm Thị Huệ") == 2
            and p.count("Hộ kinh doanh Trần Văn Lợi") == 1 and p.count("HỘ KINH DOANH TRẦN VĂN LỢI") == 1
            and p.count("Trần Văn Lợi") == 2, "PLANTED a second producer name, twice")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def v06() -> Plan:
    p = Plan("v06_keo_gung_gia_pho_htx")
    kg, box, bag, ginger = p.row("Tổng sản lượng kẹo"), p.row("- Hộp 200 g"), p.row("- Túi 500 g"), p.row("Gừng tươi nguyên liệu")
    rev_plan, rev = p.row("Doanh thu |"), p.row("Doanh thu |", skip=1)
    cost, pre = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế")
    lines = [p.row(x) for x in ("Gừng tươi (25.000", "Đường, mạch nha, vừng (35.000", "Hộp, túi, giấy gói", "Tiền công |",
                                 "Điện, gas", "Khấu hao |", "Lãi vay |", "Chi phí bán hàng", "Quản lý, chi khác")]
    staff = p.row("Cộng |")
    cap = 60 * 250
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.2 + bag[y] * 0.5 and close(ginger[y], kg[y] * 0.6), f"kg, ginger 0,6 {y}")
        p.check(rev_plan[y] == rev[y] and close(rev[y], box[y] * 0.04 + bag[y] * 0.09), f"revenue {y}")
        p.check(close(lines[0][y], ginger[y] * 0.025) and close(lines[1][y], kg[y] * 0.035)
                and close(lines[2][y], box[y] * 0.003 + bag[y] * 0.004) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], kg[y] * 0.01) and close(lines[5][y], 80)
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(ginger[y] <= 20000 <= 4 * 15 * 1000, f"ginger contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth under 20 % {y}")
    p.check(staff == [10, 11, 12] and 2 * 30 == 60, "staff; 2 pots × 30 kg = 60 kg/ngày")
    p.check(cap == 15000 and kg[0] <= cap, "2026 within 15 tấn")
    p.check(all(kg[y] > cap and off(kg[y], cap) for y in (1, 2)) and close(kg[1] / cap, 1.1) and close(kg[2] / cap, 1.267, 0.005),
            "PLANTED 2027–2028 output 16,5 / 19 tấn > 15 tấn capacity (+10 %, +26,7 %)")
    items = [p.one("Nồi nấu kẹo 2 vỏ"), p.one("Máy cán, cắt kẹo |", skip=1), p.one("Máy đóng gói |", skip=1),
             p.one("Cải tạo nhà xưởng, kho"), p.one("Thiết kế mẫu hộp, túi"), p.one("Vốn lưu động")]  # equipment table first
    stated = p.one("Tổng vốn đầu tư")
    p.check(p.rows.index(next(r for r in p.rows if r[1:2] == ["Tổng vốn đầu tư"])) <
            p.rows.index(next(r for r in p.rows if r[1:2] == ["Nồi nấu kẹo 2 vỏ có cánh khuấy (2 chiếc)"])), "total row on top")
    p.check(sum(items) == 1120 and stated == 1250 and off(stated, sum(items)),
            "PLANTED investment total 1.250 (top row) != items 1.120")
    p.check(550 + 300 + 400 == stated and sum(items[:4]) == 640 and close(640 / 8, 80), "sources match the written total; fixed 640 / 8")
    avg = sum(pre) / 3
    p.check(close(avg, 828.9, 0.001) and close(stated / (avg + 80), 1.38, 0.005), "stated payback 1,38 on the written total")
    p.check(close(1120 / (avg + 80), 1.232, 0.005) and off(1.38, 1120 / (avg + 80)), "tolerated knock-on: 1,23 on the true sum")
    p.has("| Gừng thu mua của thành viên (tấn) | 4,8 | 6 | 7,2 |", "| Sản lượng kẹo gừng (tấn) | 8 | 10 | 12 |")
    p.check(close(2300 / 12, rev[0] / 14, 0.01), "history: 0,6 kg ginger/kg, same price level")
    p.has("40.000 đồng/hộp", "90.000 đồng/túi", "60 kg kẹo/ngày", "250 ngày/năm", "15 tấn kẹo/năm",
          "1.250 : (828,9 + 80) ≈ 1,38 năm", "40.000 hộp × 40.000 đồng = 1.600 triệu đồng")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|ngày sản xuất|hạn sử dụng in",
            "PLANTED no label, label content, date marking or labelling decree")
    p.lacks(r"thêm máy|máy mới năm 2027|đầu tư bổ sung|mở rộng dây chuyền|ca thứ hai|2 ca", "no later capacity increase")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def v07() -> Plan:
    p = Plan("v07_tuong_ot_phuc_an_cty")
    s, l, kg, chili = p.row("Tương ớt chai 250 g |"), p.row("Tương ớt chai 500 g |"), p.row("Tổng sản lượng |"), p.row("Ớt tươi nguyên liệu")
    rev, rs, rl = p.row("Doanh thu |", skip=1), p.row("Tương ớt chai 250 g (20.000"), p.row("Tương ớt chai 500 g (35.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Ớt tươi (20.000", "Tỏi, đường, muối", "Chai, nắp, màng co", "Tiền lương", "Điện, nước, gas",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, tiếp thị", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |", skip=1)  # the first 'Cộng' row is the linked-zone table (3 columns: households, ha, tấn)
    zone = p.row("Cộng |")
    supply = 4 * 12 * 1000
    for y in Y:  # triệu đồng
        p.check(kg[y] == s[y] * 0.25 + l[y] * 0.5 and close(chili[y], kg[y] * 0.8), f"kg, chili 0,8 {y}")
        p.check(close(rs[y], s[y] * 0.02) and close(rl[y], l[y] * 0.035) and close(rev[y], rs[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], chili[y] * 0.02) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], s[y] * 0.0025 + l[y] * 0.0035) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[5][y], 250) and close(lines[6][y], [1500, 1125, 750][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.07, 0.01), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(abs(tax[y] - pre[y] * 0.17) <= 0.1 and close(post[y], pre[y] - tax[y]), f"tax follows the written profit {y}")
        p.check(kg[y] <= 2 * 300 * 280, f"168 tấn capacity {y}")
        p.check(chili[y] > supply and off(chili[y], supply), f"PLANTED chili need {chili[y]} > 48 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(zone == [32, 4, 48] and 18 + 14 == 32 and close(2.2 + 1.8, 4) and close(2.2 * 12, 26.4) and close(1.8 * 12, 21.6),
            "linked zone 32 hộ, 4 ha × 12 = 48 tấn")
    p.check(staff == [18, 20, 22] and lines_sum([p.row(x) for x in ("Ban giám đốc, kế toán", "Kỹ thuật – kiểm soát",
                                                                    "Kinh doanh |", "Tổ sản xuất")], 0) == 18, "staff table")
    p.check(close(chili[0] / supply, 1.333, 0.001) and close(chili[2] / supply, 1.833, 0.001), "shortfall +33 % to +83 %")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 925 and pre[1] == 1025 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 1.025 != 7.250 − 6.325 = 925 (+10,8 %)")
    avg = sum(post) / 3
    true_avg = (post[0] + (925 - 925 * 0.17) + post[2]) / 3
    p.check(close(avg, 795.4, 0.001) and close(2500 / (avg + 250), 2.4, 0.005), "stated payback 2,4 on the written profits")
    p.check(not off(2500 / (true_avg + 250), 2.4), "no payback knock-on (true 2,46, within 5 %)")
    p.check(800 + 450 + 550 + 200 + 100 + 400 == p.one("Tổng mức đầu tư") == 2500 == 1000 + 1500
            and close(2000 / 8, 250), "capital 2.500, fixed 2.000 / 8")
    p.check(close(1.6e6 * 0.5 * 12 / 1000, 9600) and close(110 / 9600, 0.011, 0.05), "market size 9.600 tấn, 1,1 %")
    p.check(close(kg[0] / 70000, 1.14, 0.01) and close(4650 / 62, 75, 0.01), "+14 % on 2026; 2025 price level")
    p.has("4 ha", "12 tấn/ha/năm", "48 tấn ớt tươi/năm", "toàn bộ ớt nguyên liệu của công ty được thu mua từ vùng liên kết này",
          "(469,8 + 850,7 + 1.065,7) : 3 ≈ 795,4", "2.500 : (795,4 + 250) ≈ 2,4 năm", "Tổng mức đầu tư 2.500 triệu đồng")
    market = p.body.split("# VI – PHÂN TÍCH THỊ TRƯỜNG", 1)[1].split("# VII", 1)[0]
    p.check(not re.search(r"đồng|giá(?! trị)", market), "PLANTED the market section names no price")
    p.lacks(r"khách hàng|đại lý|siêu thị|cửa hàng|\bchợ\b|nhà hàng|quán|bếp ăn|phân phối|bán lẻ|bán buôn|facebook|zalo|shopee|"
            r"lazada|tiktok|sàn thương mại|online|trực tuyến|hội chợ|xuất khẩu|thương lái|đơn hàng|điểm bán|showroom|website|"
            r"người tiêu dùng|người mua|kênh|hợp đồng tiêu thụ|bao tiêu sản phẩm", "PLANTED no customer or channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def v08() -> Plan:
    p = Plan("v08_bia_thu_cong_song_nghen_cty")
    keg, btl, btl_l, lit = p.row("Bia tươi keg |"), p.row("Bia chai 330 ml |"), p.row("Bia chai quy ra lít"), p.row("Tổng sản lượng")
    lines = [p.row(x) for x in ("Malt, hoa bia, men", "Chai, nắp, nhãn, thùng", "Vệ sinh, bảo dưỡng keg", "Điện, nước, CO2",
                                 "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng, marketing", "Quản lý |")]
    cost = p.row("Tổng chi phí")
    res = [p.row(str(2026 + y), 5) for y in Y]  # revenue, cost, pre-tax, tax, post-tax
    staff = p.row("Cộng |")
    for y in Y:  # Tr.đ
        rev = keg[y] * 0.04 + btl[y] * 0.025
        p.check(close(btl_l[y], btl[y] * 0.33) and close(lit[y], keg[y] + btl_l[y]), f"litres {y}")
        p.check(close(lines[0][y], keg[y] * 0.01 + btl[y] * 0.004) and close(lines[1][y], btl[y] * 0.005)
                and close(lines[2][y], keg[y] * 0.001) and close(lines[4][y], staff[y] * 8 * 12) and close(lines[5][y], 240)
                and close(lines[6][y], [1500, 1125, 750][y] * 0.08) and close(lines[7][y], rev * 0.08)
                and close(lines[8][y], 150), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]) and abs(r[3] - r[2] * 0.17) <= 0.1
                and close(r[4], r[2] - r[3]), f"result row {y}")
        p.check(lit[y] * 0.2 <= 20000 and lit[y] <= 8 * 1000 * 15, f"malt contract, tank capacity {y}")
        if y:
            p.check(r[0] / res[y - 1][0] < 1.21, f"growth {y}")
    p.check(staff == [8, 9, 10], "staff table")
    p.check(close(44000 * 0.04 + 24000 * 0.025, 2360) and close(44000 + 24000 * 0.33, 52000, 0.01)
            and close(res[0][0] / 2360, 1.31, 0.01) and close(lit[0] / 52000, 1.15, 0.01), "2025: 52.000 lít, 2.360; growth")
    p.check(close(lit[0] * 0.2 / 1000, 11.96) and close(lit[1] * 0.2 / 1000, 14.35, 0.001) and close(lit[2] * 0.2 / 1000, 16.54, 0.001),
            "malt 11,96 / 14,35 / 16,54 tấn")
    items = [800, 350, 450, 300, 500, 150, 650]
    p.has("| | Cộng | 3.200 |", "Tổng vốn đầu tư của phương án là 3.200 triệu đồng",
          "vốn góp bổ sung của các thành viên công ty 1.200 triệu đồng; vay Ngân hàng TMCP Ngoại thương chi nhánh Hà Tĩnh 1.500 triệu đồng")
    p.check(sum(items) == 3200 and sum(items[:5]) == 2400 and close(2400 / 10, 240), "items add up to 3.200; fixed 2.400 / 10")
    p.check(1200 + 1500 == 2700 and off(2700, 3200), "PLANTED sources 2.700 != total 3.200 (−15,6 %)")
    avg = sum(r[4] for r in res) / 3
    p.check(close(avg, 563.4, 0.001) and close(3200 / (avg + 240), 4.0, 0.01), "average profit, payback ≈ 4")
    p.check(p.count("1048/QĐ-TTg") == 2, "PLANTED relies on QĐ 1048/QĐ-TTg (replaced by QĐ 148/2023)")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current criteria are not cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|chỉ tiêu|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test")
    p.has("bia không thuộc đối tượng phải có giấy phép sản xuất rượu", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "độ cồn", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "đăng ký môi trường", "mã số 3002301877")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def v09() -> Plan:
    p = Plan("v09_tra_day_son_hong_htx")
    q = [p.lead(str(2026 + y)) for y in Y]  # boxes, bags, kg dry, tấn fresh
    box, bag, kg, fresh = ([q[y][i] for y in Y] for i in range(4))
    rev, rb, rg = p.row("Doanh thu |"), p.row("Trà túi lọc (55.000"), p.row("Trà khô gói 500 g (150.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Lá trà dây tươi", "Túi lọc, hộp, gói", "Điện, củi sấy", "Tiền công |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    staff = p.row("Cộng |")  # the staff table comes first
    zone = p.row("Cộng |", skip=1)  # then the raw-material zone (ha, households, tấn)
    for y in Y:  # triệu đồng
        p.check(close(kg[y], box[y] * 0.04 + bag[y] * 0.5) and close(fresh[y] * 1000, kg[y] * 5), f"kg, fresh 5:1 {y}")
        p.check(close(rb[y], box[y] * 0.055) and close(rg[y], bag[y] * 0.15) and close(rev[y], rb[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 15) and close(lines[1][y], box[y] * 0.006 + bag[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [600, 400, 200][y] * 0.075) and close(lines[6][y], rev[y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 30 * 4 and fresh[y] <= 45 * 4, f"leaves within either area {y} (no shortfall)")
        p.check(fresh[y] <= 600 * 250 / 1000 and box[y] <= 180000, f"dryer 150 tấn, packer 180.000 hộp {y}")
    p.check(zone == [45, 40, 180] and 20 + 15 + 10 == 45 and 80 + 60 + 40 == 180, "zone table 45 ha, 180 tấn")
    p.check(staff == [10, 11, 12] and 30 * 60 * 8 * 250 == 3.6e6, "staff; 3,6 triệu túi")
    p.check(close(rev[1] / rev[0], 2.2) and close(rev[2] / rev[1], 2.0) and close(kg[1] / kg[0], 2.2) and close(kg[2] / kg[1], 2.0),
            "PLANTED output and revenue ×2,2 then ×2")
    p.check(close(rev[2] / rev[0], 4.4) and close(kg[2] / 4000, 5.5) and prof[2] / rev[2] > 0.55 and close(prof[0] / rev[0], 0.295, 0.01),
            "×4,4 in two years, 5,5× 2025, margin 29 % → 58 %")
    p.check(close(rev[0] / 2060, 1.25, 0.001) and all(h / g < 1.25 for g, h in ((1390, 1720), (1720, 2060))),
            "2026 +25 % on 2025; history ≈ +20 %/năm")
    p.check(300 + 350 + 350 + 50 + 150 == 1200 == 600 + 600 and close(1000 / 10, 100), "capital 1.200, fixed 1.000 / 10")
    p.check(close(sum(prof) / 3, 3390.8, 0.001) and close(1200 / (3390.8 + 100), 0.34, 0.02), "payback 0,34 consistent")
    p.has("quản lý và khai thác vùng trà dây 30 ha", "Vùng nguyên liệu của hợp tác xã rộng 45 ha")  # PLANTED figure-inconsistent
    p.check(off(45, 30), "PLANTED 45 ha != 30 ha")
    p.check(re.findall(r"\d+ ha\b", p.body) == ["30 ha", "45 ha"], "no third area figure")
    p.has("55.000 đồng/hộp", "150.000 đồng/gói", "1.200 : (3.390,8 + 100) ≈ 0,34 năm",
          "12 cửa hàng đặc sản và cửa hàng thuốc nam", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/SH",
          "Nghị định 43/2017/NĐ-CP")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|\blogo\b|nhận diện|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(r"siêu thị|nhà phân phối|hợp đồng tiêu thụ|xuất khẩu|shopee|lazada|tiktok|sàn thương mại|đơn hàng lớn",
            "no new channel to explain the growth")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def v10() -> Plan:
    p = Plan("v10_sua_dau_nanh_mai_huong_ho")
    a, b, soy = p.row("Sữa đậu nành nguyên chất chai 330 ml"), p.row("Sữa đậu nành lá dứa"), p.row("Đậu nành hạt")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Sữa nguyên chất (10.000"), p.row("Sữa lá dứa, mè đen (12.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Đậu nành (22.000", "Đường, lá dứa, mè đen |", "Chai, nắp, nhãn", "Điện, gas, nước",
                                 "Tiền công |", "Khấu hao |", "Lãi vay |", "Giao hàng, bán hàng")]
    chans = [p.row(x) for x in ("Trường mầm non, tiểu học", "Quán ăn sáng, quán cà phê", "Cửa hàng tiện lợi",
                                "Bán lẻ tại nhà, qua Zalo")]
    ch_total, staff, prod_total = p.row("Cộng |"), p.row("Cộng |", skip=1), p.row("Cộng |", skip=2)
    for y in Y:  # triệu đồng
        n = a[y] + b[y]
        p.check(prod_total[y] == n == ch_total[y] == lines_sum(chans, y) and close(soy[y], n * 0.05), f"bottles, channels, soy {y}")
        p.check(close(ra[y], a[y] * 0.01) and close(rb[y], b[y] * 0.012) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], soy[y] * 0.022) and close(lines[1][y], a[y] * 0.001 + b[y] * 0.002)
                and close(lines[2][y], n * 0.0025) and close(lines[3][y], n * 0.0006) and close(lines[4][y], staff[y] * 5.5 * 12)
                and close(lines[5][y], 100) and close(lines[6][y], [500, 375, 250][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(soy[y] <= 16000 and n * 0.33 <= 60 * 5 * 300, f"soy supply 16 tấn, 90.000 lít {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.21, f"growth {y}")
    p.check(staff == [4, 5, 5] and close(90000 / 0.33, 272000, 0.01), "staff; ≈272.000 chai")
    p.check(close(rev[0] / 1600, 1.2) and 100000 * 0.01 + 50000 * 0.012 == 1600 and close(150000 / 300, 500), "2025, +20 %")
    p.check(400 + 180 + 70 + 90 + 60 + 20 + 80 == p.one("Tổng cộng") == 900 == 400 + 500 and close(800 / 8, 100),
            "capital 900, fixed 800 / 8")
    avg = sum(prof) / 3
    readings = [900 / (avg + 100), 900 / avg, 900 / (prof[0] + 100), 900 / prof[0]]
    p.check(avg == 554 and close(readings[0], 1.376, 0.005), "true payback 1,38 năm")
    p.check(all(off(0.8, r) and r > 0.8 * 1.4 for r in readings), "PLANTED payback 0,8 năm: every reading 40 %+ higher")
    r = rev[0] * 0.9
    p.check(close(r, 1728) and close(r * 0.05, 86.4) and close(r - (cost[0] - lines[7][0] + r * 0.05), 241.6, 0.001)
            and close(lines[0][0] * 0.2, 39.6) and close(prof[0] - 39.6, 384.4), "sensitivity sentences")
    p.has("10.000 đồng/chai", "12.000 đồng/chai", "thu hồi toàn bộ vốn đầu tư trong khoảng 0,8 năm", "90.000 lít/năm",
          "Tổng vốn 900 triệu đồng", "TCCS 01:2025/MH", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Mai Hương\"", "bể lắng")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép|đăng ký thuế|sẽ đăng ký", "PLANTED no business registration or plan to register")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|55/2010|cam kết|khám sức khỏe|HACCP|ISO|GMP|tập huấn|"
            r"tự công bố|vi sinh", "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("v11_hat_sen_thach_ngoc_so_sai")
    a.check(3000 * 250000 == 750e6, "3 tấn × 250.000 = 750 triệu")
    a.has("khoảng 3 tấn hạt sen khô/năm", "250.000 đồng/kg", "khoảng 750 triệu đồng/năm", "khoảng 200 triệu đồng",
          "giấy chứng nhận đăng ký hộ kinh doanh năm 2022", "thị trường tiêu thụ rộng lớn", "tạo công ăn việc làm")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|nhãn(?! hiệu)|tiêu chuẩn|nguyên liệu:|quy trình|lợi nhuận|hoàn vốn|môi trường", "genuine gaps")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("v12_rau_mam_dong_van_so_sai")
    b.check(30 * 40000 * 30 == 36e6, "30 kg × 40.000 × 30 ngày = 36 triệu/tháng")
    b.has("khoảng 30 kg rau mầm", "40.000 đồng/kg", "khoảng 36 triệu đồng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|hợp tác xã|tổ hợp tác", "no registration (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (v01, v02, v03, v04, v05, v06, v07, v08, v09, v10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
