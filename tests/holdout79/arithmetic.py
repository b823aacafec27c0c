"""The seventy-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout79/arithmetic.py

For every plan: revenue = quantity x price, cost lines from their per-unit rates, cost lines sum to
the total, profit = revenue - cost, tax, investment items = capital sources = total, depreciation,
interest, payback, raw-material need vs supply, output vs capacity, per-member and per-household
figures multiplied out, growth. Planted numeric defects are asserted wrong by more than 5 % (with
the true value computed) and everything else right (within 1 %). Table figures are read from the
plan's source; figures quoted in running text are looked up verbatim, so the numbers cannot drift
from the text. The textual planted defects (no raw-material section, no quality control, no
environmental measure, replaced instruments cited, template placeholders, no registration, no
label, two worker counts, a second producer name, no sales channel) are asserted by the absence or
presence of their words, and the ready plans are asserted to cite no replaced instrument and to
carry no placeholder.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        """The body text from the heading line containing `start` to the next one containing `end`."""
        a = self.body.index(start)
        return self.body[a:self.body.index(end, a)]


REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018|51/2021/NQ|"
            r"03/2014/TT|07/2019/TT|\bhuyện\b")


def ready(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")


def r1(x: float) -> float:
    """Round half up to one decimal, as the plans do."""
    return float(f"{x + 1e-9:.1f}")


def cb01() -> Plan:
    p = Plan("cb01_homestay_khe_giao_hkd")
    nights, meals, tours, occ = p.row("Đêm phòng"), p.row("Suất ăn"), p.row("Lượt trải nghiệm"), p.row("Công suất phòng")
    rev, rr, rm, rt = (p.row("Doanh thu |"), p.row("Lưu trú (500.000"), p.row("Ăn uống (150.000"),
                       p.row("Trải nghiệm (200.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thực phẩm (45%", "Buồng phòng, giặt là, điện", "Chi phí trải nghiệm", "Tiền lương lao động thuê",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Quảng bá, hoa hồng", "Thuế khoán", "Bảo hiểm, chi khác")]
    prof, staff = p.row("Lợi nhuận |"), p.row("Lao động thuê thường xuyên")
    for y in Y:  # triệu đồng
        p.check(close(rr[y], nights[y] * 0.5) and close(rm[y], meals[y] * 0.15) and close(rt[y], tours[y] * 0.2)
                and close(rev[y], rr[y] + rm[y] + rt[y]), f"revenue {y}")
        p.check(meals[y] == 2 * nights[y] and close(tours[y], nights[y] * 0.7, 0.02), f"2 meals a night, 70 % activities {y}")
        p.check(close(lines[0][y], rm[y] * 0.45) and close(lines[1][y], nights[y] * 0.08)
                and close(lines[2][y], tours[y] * 0.08), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, marketing {y}")
        p.check(close(lines[7][y], (rr[y] + rt[y]) * 0.07 + rm[y] * 0.045) and lines[8][y] == 40, f"lump-sum tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(nights[y] <= 8 * 365 and round(nights[y] / 2920 * 100) == occ[y], f"occupancy {y}")
        p.check(meals[y] * 0.3 <= 2000 and meals[y] * 0.15 <= 1200 and meals[y] * 0.1 <= 600, f"food supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(p.row("Rau, củ, măng", 2) == [1020, 2000] and p.row("Thịt gà đồi", 2) == [510, 1200]
            and p.row("Cá suối", 2) == [340, 600] and close(meals[2] * 0.3, 1020), "2029 food need table")
    p.check(close(meals[0] * 0.55 / 1000, 1.4, 0.03) and close(meals[2] * 0.55 / 1000, 1.9, 0.03), "1,4–1,9 tấn food a year")
    eq = [p.row(x, 2) for x in ("Giường, tủ, chăn ga", "Điều hòa, bình nóng lạnh", "Nâng cấp nội thất")]
    p.check(all(close(a * 4, b) for a, b in eq) and sum(b for _, b in eq) == 160, "equipment 4 × unit = 160")
    items = [p.one(x) for x in ("Xây nhà sàn gỗ", "Trang thiết bị phòng", "Bể tự hoại", "Khu ăn chung",
                                "Biển hiệu, ảnh", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 900 and items[1] == 160,
            "capital 1.000 = 600 + 400, fixed 900")
    avg = sum(prof) / 3
    p.check(close(avg, 265.2, 0.001) and close(1000 / (avg + 90), 2.8, 0.01), "average profit, payback 2,8")
    p.check(close(980 / 1460, 0.67, 0.01) and nights[0] / 980 < 2 and close(rev[0] / 870, 1.4, 0.01),
            "2026: 67 % of 4 rooms; 2027 +40 % with rooms doubled")
    p.check(close(0.5 + 4 * 0.15 + 2 * 0.2, 1.5), "a couple's 1,5 triệu stay")
    p.has("500.000 đồng/phòng/đêm", "150.000 đồng/suất", "200.000 đồng/lượt/người", "(173,2 + 289,2 + 333,2) : 3 ≈ 265,2",
          "1.000 : (265,2 + 90) ≈ 2,8 năm", "8 phòng × 365 ngày = 2.920 đêm phòng/năm", "công suất 45–58%",
          "vốn tự có của hộ 600 triệu đồng", "400 triệu đồng, thời hạn 5 năm, lãi suất 8%/năm, trả gốc 100 triệu đồng",
          "Doanh thu đạt 1.220 triệu đồng năm 2027 và 1.600 triệu đồng năm 2029", "năm 2026 ước đạt 980 đêm phòng",
          "ở mức 67%", "900 triệu đồng, khấu hao đều trong 10 năm, mỗi năm 90 triệu đồng", "TCVN 7800:2017")
    ready(p)
    return p


def cb02() -> Plan:
    p = Plan("cb02_chieu_coi_dong_hai_htx")
    th, cc, mats, bags, coi = (p.row("Chiếu thường khổ 1,6 m"), p.row("Chiếu cao cấp in hoa văn"), p.row("Cộng chiếu"),
                               p.row("Túi, hộp cói |"), p.row("Cói khô sử dụng"))
    rev, r1_, r2_, r3_ = (p.row("Doanh thu |"), p.row("Chiếu thường (180.000"), p.row("Chiếu cao cấp (320.000"),
                          p.row("Túi, hộp cói (60.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cói khô (12.000", "Sợi đay, phẩm nhuộm", "Tiền công khoán dệt", "Bao bì, nhãn |",
                                 "Lương bộ phận quản lý", "Điện, sấy, in hoa văn |", "Khấu hao tài sản cố định", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    staff = [6, 6, 7]
    for y in Y:  # đồng
        p.check(mats[y] == th[y] + cc[y] and close(coi[y], th[y] * 2.2 + cc[y] * 2.5 + bags[y] * 0.4), f"mats, sedge {y}")
        p.check(close(r1_[y], th[y] * 180000) and close(r2_[y], cc[y] * 320000) and close(r3_[y], bags[y] * 60000)
                and close(rev[y], r1_[y] + r2_[y] + r3_[y]), f"revenue {y}")
        p.check(close(lines[0][y], coi[y] * 12000) and close(lines[1][y], mats[y] * 15000 + bags[y] * 5000)
                and close(lines[2][y], th[y] * 70000 + cc[y] * 110000 + bags[y] * 25000)
                and close(lines[3][y], mats[y] * 8000 + bags[y] * 3000) and close(lines[5][y], mats[y] * 4000),
                f"per-piece costs {y}")
        p.check(close(lines[4][y], staff[y] * 6500000 * 12) and lines[6][y] == 120000000
                and close(lines[7][y], [600, 400, 200][y] * 1e6 * 0.075) and close(lines[8][y], rev[y] * 0.06)
                and lines[9][y] == 80000000, f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e9 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(mats[y] <= 48 * 2 * 250 and bags[y] <= 20 * 45 * 10 and coi[y] <= 12 * 5000, f"capacity, sedge supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(48 * 2 * 250 == 24000 and 20 * 45 * 10 == 9000 and 48 + 20 == 68, "24.000 mats, 9.000 bags, 68 members")
    p.check(round(mats[2] / 24000 * 100) == 92 and round(bags[2] / 9000 * 100) == 89, "92 % and 89 % of capacity")
    items = [p.one(x) for x in ("Hoàn thiện nhà xưởng", "Máy in hoa văn, máy may viền", "12 khung dệt cải tiến",
                                "Phòng trưng bày, bán hàng", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(items[2] == 12 * 20000000 and sum(items) == p.one("Tổng cộng") == 1.7e9
            == 68 * 10000000 + 420000000 + 600000000 and sum(items[:4]) == 1.2e9, "capital 1,7 tỷ, fixed 1,2 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 632626000, 0.0001) and close(1.7e9 / (avg + 1.2e8), 2.3, 0.02), "average profit, payback 2,3")
    p.check(close((th[0] * 70000 + cc[0] * 110000) / 48 / 1e6, 29.6, 0.005)
            and close((th[2] * 70000 + cc[2] * 110000) / 48 / 1e6, 37.1, 0.005)
            and bags[2] * 25000 / 20 == 10e6 and sum(l for l in lines[2]) == 5.325e9, "per-household wages")
    p.check(close(mats[0] / 16500, 1.09, 0.01) and close(rev[0] / 3.7e9, 1.12, 0.01), "2027 +9 % mats, +12 % revenue on 2026")
    p.has("180.000 đồng/chiếc", "320.000 đồng/chiếc", "60.000 đồng/chiếc", "48 × 2 × 250 = 24.000 chiếc chiếu/năm",
          "20 × 45 × 10 = 9.000 chiếc/năm", "68 thành viên × 10.000.000 đồng = 680.000.000 đồng",
          "1.700.000.000 : (632.626.000 + 120.000.000) ≈ 2,3 năm", "12 ha cói ven sông, năng suất bình quân 5 tấn cói khô/ha/năm",
          "khoảng 60 tấn/năm", "43.200 kg năm 2027, 48.300 kg năm 2028 và 53.400 kg năm 2029", "5,28 tỷ đồng năm 2029",
          "29,6 triệu đồng năm 2027 và 37,1 triệu đồng năm 2029", ": 48 ≈ 37,1 triệu đồng", "8.000 × 25.000 : 20 = 10 triệu đồng",
          "5.325.000.000 đồng", "600.000.000 đồng, lãi suất 7,5%/năm, trả gốc 200.000.000 đồng")
    ready(p)
    return p


def cb03() -> Plan:
    p = Plan("cb03_du_lich_cong_dong_dong_tram_htx")
    tour, day, tot = p.row("Khách lưu trú 2 ngày 1 đêm"), p.row("Khách tham quan trong ngày"), p.row("Tổng lượt khách")
    a, b, c, rev = (p.row("Tour 2 ngày 1 đêm (950.000"), p.row("Tham quan trong ngày (250.000"),
                    p.row("Quầy đặc sản (20.000"), p.row("Cộng doanh thu"))
    lines = [p.row(x) for x in ("Trả hộ thành viên", "Trả hướng dẫn", "Hàng đặc sản mua vào", "Lương ban quản lý",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Hoa hồng lữ hành", "Điện nước, vệ sinh")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:  # triệu đồng
        p.check(tot[y] == tour[y] + day[y], f"visitors {y}")
        p.check(close(a[y], tour[y] * 0.95) and close(b[y], day[y] * 0.25) and close(c[y], tot[y] * 0.02)
                and close(rev[y], a[y] + b[y] + c[y]), f"revenue {y}")
        p.check(close(lines[0][y], tour[y] * 0.48 + day[y] * 0.12) and close(lines[1][y], tour[y] * 0.1 + day[y] * 0.03)
                and close(lines[2][y], c[y] * 0.7), f"payments per guest, stall {y}")
        p.check(lines[3][y] == 5 * 7 * 12 and lines[4][y] == 120 and close(lines[5][y], [500, 400, 300][y] * 0.07)
                and close(lines[6][y], a[y] * 0.1) and lines[7][y] == 120, f"wages, depreciation, interest, commission {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(s[0] > 3000 and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"17 % tax {y}")
        p.check(tour[y] <= 12 * 12 * 100, f"beds {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    meals = tour[2] * 3 + day[2]
    p.check(meals == 17600 and close(meals * 0.12 / 1000, 2.1, 0.01) and close(meals * 0.3 / 1000, 5.3, 0.01)
            and meals * 0.12 <= 4000 and meals * 0.3 <= 9000, "17.600 meals, 2,1 t meat and fish, 5,3 t vegetables")
    p.check(12 * 12 == 144 and 144 * 100 == 14400 and 14400 / tour[2] > 4, "144 beds, 14.400 a year")
    p.check(12 + 10 + 6 + 4 == 32, "32 households by role")
    items = [p.one(x) for x in ("Nhà đón tiếp, quầy đặc sản", "Nâng cấp 12 nhà đón khách", "Nhà vệ sinh công cộng",
                                "Thuyền kayak, áo phao", "Biển chỉ dẫn", "Vốn lưu động")]
    p.check(items[1] == 12 * 40 and sum(items) == p.one("Tổng cộng") == 1400 == 32 * 15 + 420 + 500
            and sum(items[:4]) == 1200, "capital 1.400, fixed 1.200")
    post = [s[4] for s in summary]
    avg = sum(post) / 3
    p.check(close(avg, 697.9, 0.001) and close(1400 / (avg + 120), 1.7, 0.01), "average profit, payback 1,7")
    p.check(close(lines[0][0] / 32, 58.5) and close(lines[0][2] / 32, 78) and lines[0][0] + lines[1][0] == 2292,
            "58,5 and 78 triệu a household, 2.292 paid out")
    p.check(close(rev[0] / 3400, 1.16, 0.01), "2027 +16 % on 2026")
    p.has("950.000 đồng/khách", "250.000 đồng/khách", "20.000 đồng/người", "12 × 12 = 144 chỗ ngủ",
          "khoảng 14.400 lượt khách lưu trú/năm", "mỗi hộ 15 triệu đồng, cộng 480 triệu đồng",
          "500 triệu đồng, lãi suất 7%/năm, trả gốc 100 triệu đồng", "(510,8 + 697,9 + 884,9) : 3 ≈ 697,9",
          "1.400 : (697,9 + 120) ≈ 1,7 năm", "1.872 : 32 = 58,5", "2.496 : 32 = 78", "2.292 triệu đồng",
          "Doanh thu 3.948 triệu đồng năm 2027 và 5.264 triệu đồng năm 2029", "khoảng 17.600 suất ăn",
          "Đón 8.400 lượt khách năm 2027, 9.800 lượt năm 2028 và 11.200 lượt năm 2029")
    p.check(p.count("# Đ.") == 1 and p.count("# F.") == 0, "Vietnamese letter headings with Đ")
    ready(p)
    return p


def cb04() -> Plan:
    p = Plan("cb04_nhang_que_truong_son_tht")
    q, v, n = p.row("Nhang que quế (hộp)"), p.row("Nhang vòng quế (hộp)"), p.row("Nhang nụ quế (túi)")
    rev, rq, rv, rn = (p.row("Doanh thu |"), p.row("Nhang que (45.000"), p.row("Nhang vòng (60.000"),
                       p.row("Nhang nụ (35.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bột quế (28.000", "Bột bời lời (20.000", "Tăm tre (2.500", "Hộp, túi, nhãn",
                                 "Tiền công lao động", "Điện, sấy", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển",
                                 "Quản lý, chi khác", "Thuế khoán")]
    prof, staff = p.row("Lợi nhuận |"), p.row("Tổng lao động trực tiếp")
    powder, cin, boi = p.row("Bột nhang các loại"), p.row("Bột quế (70%)", 4), p.row("Bột bời lời (30%)", 4)
    channels = [p.row(x) for x in ("Cửa hàng đồ thờ", "Nhà phân phối (25%", "Chùa, đền", "Bán trực tuyến (12%")]
    for y in Y:  # nghìn đồng
        p.check(close(rq[y], q[y] * 45) and close(rv[y], v[y] * 60) and close(rn[y], n[y] * 35)
                and close(rev[y], rq[y] + rv[y] + rn[y]), f"revenue {y}")
        p.check(close(powder[y], q[y] * 0.16 + v[y] * 0.25 + n[y] * 0.1) and close(cin[y], powder[y] * 0.7)
                and close(boi[y], powder[y] * 0.3), f"powder 70/30 {y}")
        p.check(close(lines[0][y], cin[y] * 28) and close(lines[1][y], boi[y] * 20) and close(lines[2][y], q[y] * 2.5)
                and close(lines[3][y], q[y] * 6 + v[y] * 8 + n[y] * 3) and close(lines[5][y], (q[y] + v[y] + n[y]) * 1.5),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 5500 * 12) and lines[6][y] == 90000
                and close(lines[7][y], [300000, 200000, 100000][y] * 0.07) and close(lines[8][y], rev[y] * 0.08)
                and lines[9][y] == 36000 and close(lines[10][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(cin[y] <= cin[3] == 35 * 300 and boi[y] <= boi[3] == 3000, f"cinnamon and bời lời supply {y}")
        p.check(q[y] <= 2 * 90 * 280 and v[y] <= 4 * 10 * 280 and n[y] <= 40 * 280, f"capacity {y}")
        p.check(close(sum(ch[y] for ch in channels), rev[y]) and close(channels[0][y], rev[y] * 0.55)
                and close(channels[1][y], rev[y] * 0.25) and close(channels[2][y], rev[y] * 0.08)
                and close(channels[3][y], rev[y] * 0.12), f"revenue by channel {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(p.row("Tổng lao động trực tiếp") == [12, 13, 14] and 2 + 3 + 4 + 3 == 12, "12–14 workers")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "2 máy se nhang", "Máy dập nụ, khuôn",
                                "Hệ thống hút bụi", "Thiết kế bao bì", "Vốn lưu động")]
    items.insert(2, p.one("Máy nghiền bột, máy trộn |", skip=1))
    p.check(sum(items) == p.one("Tổng cộng") == 900000 == 14 * 30000 + 180000 + 300000 and sum(items[:5]) == 720000
            and close(720000 / 8, 90000), "capital 900.000, fixed 720.000 over 8 years")
    avg = sum(prof) / 3
    p.check(close(avg, 425291, 0.0001) and close(900000 / (avg + 90000), 1.75, 0.01), "average profit, payback 1,75")
    hist = [p.row(x) for x in ("Nhang que (hộp)", "Nhang vòng (hộp)", "Nhang nụ (túi)", "Doanh thu (triệu đồng)")]
    p.check(all(close(hist[3][y], (hist[0][y] * 45 + hist[1][y] * 60 + hist[2][y] * 35) / 1000) for y in Y)
            and close(rev[0] / 1.745e6, 1.17, 0.01), "2024–2026 revenue at today's prices; 2027 +17 % on 2026")
    p.check(26 * 80 * 12 + 9000 >= 0.75 * (q[0] + v[0] + n[0]), "shops and distributors cover most of 2027")
    p.has("45.000 đồng/hộp", "60.000 đồng/hộp", "35.000 đồng/túi", "35 × 300 = 10.500 kg/năm", "2 × 90 × 280 = 50.400 hộp/năm",
          "4 × 10 × 280 = 11.200 hộp/năm", "40 × 280 = 11.200 túi/năm", "mỗi người 30 triệu đồng, cộng 420 triệu đồng",
          "(314.760 + 425.291 + 535.822) : 3 ≈ 425.291", "900.000 : (425.291 + 90.000) ≈ 1,75 năm",
          "720 triệu đồng khấu hao 8 năm, mỗi năm 90 triệu đồng", "Doanh thu 2,04 tỷ đồng năm 2027, 2,59 tỷ đồng năm 2029",
          "nhóm hàng thủ công mỹ nghệ")
    p.lacks(r"chữa bệnh|trị bệnh|tốt cho sức khỏe|kháng khuẩn|đuổi muỗi", "a health claim")
    ready(p)
    return p


def cb05() -> Plan:
    p = Plan("cb05_non_la_ha_linh_htx")
    t, b, n = p.row("Nón lá truyền thống"), p.row("Nón bài thơ, nón vẽ tranh"), p.row("Tổng số nón")
    rev, rt, rb = p.row("Doanh thu |"), p.row("Nón truyền thống (95.000"), p.row("Nón bài thơ, vẽ tranh (180.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá nón, vành tre", "Tiền công khâu nón", "In, vẽ tranh", "Hộp, túi, nhãn (4.000",
                                 "Lương bộ phận văn phòng", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, thù lao")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    channels = [p.row(x) for x in ("Cửa hàng lưu niệm (60%", "Quà tặng doanh nghiệp (20%", "Bán lẻ, trực tuyến (20%")]
    for y in Y:  # triệu đồng
        p.check(n[y] == t[y] + b[y], f"hats {y}")
        p.check(close(rt[y], t[y] * 0.095) and close(rb[y], b[y] * 0.18) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], t[y] * 0.022 + b[y] * 0.025) and close(lines[1][y], t[y] * 0.04 + b[y] * 0.045)
                and close(lines[2][y], b[y] * 0.03) and close(lines[3][y], n[y] * 0.004), f"per-hat costs {y}")
        p.check(lines[4][y] == 4 * 6 * 12 and lines[5][y] == 59 and close(lines[6][y], [300, 200, 100][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.04) and lines[8][y] == 50, f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check([c[y] for c in channels] == [n[y] * 0.6, n[y] * 0.2, n[y] * 0.2], f"sales by channel {y}")
    capacity = 60 * 30 * 12
    p.check(capacity == 21600 and n[0] <= capacity, "capacity 21.600; 2027 inside it")
    p.check(off(n[1], capacity) and off(n[2], capacity) and close(n[1] / capacity, 1.204, 0.01)
            and close(n[2] / capacity, 1.389, 0.01), "PLANTED 26.000 and 30.000 hats > 21.600 capacity (+20 %, +39 %)")
    p.check(p.row("Cộng", 1, skip=2) == [60.0] and 22 + 15 + 13 + 10 == 60, "still 60 households")
    p.lacks(r"kết nạp|thêm thành viên|thành viên mới|tăng số hộ|tuyển thêm|máy khâu", "capacity-raising measure")
    p.check(rev[1] / rev[0] > 1.3, "tolerated knock-on: 2028 revenue +32 %")
    eq = [p.row("Khuôn nón inox thay", 3), p.row("Máy in UV in tranh", 3)]
    p.check(close(eq[0][0] * eq[0][1], eq[0][2]) and eq[1][2] == 180 and eq[0][2] + eq[1][2] == 270, "equipment 270")
    items = [p.one(x) for x in ("Phòng trưng bày, bán hàng", "Khuôn nón inox (60", "Máy in UV in tranh lên nón |",
                                "Thiết kế hộp", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 800 == 60 * 5 + 200 + 300 and items[0] + items[1] + items[2] == 590,
            "capital 800, fixed 590")
    avg = sum(post) / 3
    p.check(close(avg, 442.4, 0.001) and close(800 / (avg + 59), 1.6, 0.01), "average profit, payback 1,6")
    p.check(close(lines[1][0] / 60, 13.75) and close(lines[1][2] / 60, 20.75), "13,75 and 20,75 triệu a household")
    p.check(close(n[0] / 18500, 1.08, 0.01), "2027 +8 % on 2026")
    p.has("95.000 đồng/chiếc", "180.000 đồng/chiếc", "60 hộ × 30 chiếc/tháng × 12 tháng = 21.600 chiếc/năm",
          "Số thành viên giữ ổn định 60 hộ", "60 hộ × 5 triệu đồng = 300 tr.đ", "(255,8 + 454,3 + 617) : 3 ≈ 442,4",
          "800 : (442,4 + 59) ≈ 1,6 năm", "không làm thay đổi số người khâu")
    headings = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(not any(re.search(r"nguyên liệu|vật tư|cung ứng|vùng lá|liên kết", h, re.I) for h in headings),
            "PLANTED no raw-material heading")
    p.lacks(r"nguồn nguyên liệu|vùng nguyên liệu|nhà cung cấp (lá|vành|nguyên liệu)|hợp đồng mua|thu mua|nhu cầu lá|định mức|kho lá|"
            r"mua lá|cung cấp lá", "PLANTED no raw-material need, supplier or storage anywhere")
    p.lacks(r"kiểm tra|kiểm soát chất lượng|truy xuất|\bQR\b|mã lô|số lô|sổ theo dõi|sổ giao nhận|nghiệm thu|giám sát|"
            r"phân loại|loại một|\bISO\b|phiếu", "PLANTED no quality control or traceability anywhere")
    p.has("TCCS 01:2026/HTXHL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def cb06() -> Plan:
    p = Plan("cb06_do_go_my_nghe_phuc_yen_cty")
    a, b, c = (p.row("Bộ bàn ghế phòng khách", skip=1), p.row("Tủ thờ, kệ thờ", skip=1),
               p.row("Đồ gỗ nhỏ mỹ nghệ", skip=1))
    wood = p.row("Gỗ xẻ sử dụng")
    rev, ra, rb, rc = (p.row("Doanh thu |", skip=1), p.row("Bộ bàn ghế (22"), p.row("Tủ thờ (15"),
                       p.row("Đồ gỗ nhỏ (0,5"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gỗ xẻ (10", "Sơn PU, keo", "Tiền lương công nhân", "Điện sản xuất", "Khấu hao tài sản",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Chi phí quản lý")]
    pre, tax, post = (p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"),
                      p.row("Lợi nhuận sau thuế", skip=1))
    workers = p.row("Cộng công nhân")
    for y in Y:  # triệu đồng
        p.check(close(wood[y], a[y] * 0.7 + b[y] * 0.5 + c[y] * 0.008) and wood[y] <= 200 + 120, f"wood need vs 320 m³ {y}")
        p.check(close(ra[y], a[y] * 22) and close(rb[y], b[y] * 15) and close(rc[y], c[y] * 0.5)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], wood[y] * 10) and close(lines[1][y], a[y] * 1.2 + b[y] * 0.8 + c[y] * 0.04)
                and close(lines[2][y], workers[y] * 7 * 12) and close(lines[3][y], rev[y] * 0.03), f"materials, wages {y}")
        p.check(lines[4][y] == 353 and close(lines[5][y], [2000, 1500, 1000][y] * 0.08) and close(lines[6][y], rev[y] * 0.07)
                and lines[7][y] == 4 * 7.5 * 12, f"depreciation, interest, selling, management {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        days = a[y] * 18 + b[y] * 12 + c[y] * 0.5
        p.check(days <= workers[y] * 280 and days == [7040, 7890, 8740][y], f"labour days within capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    eq = [p.row(x) for x in ("Máy cưa bàn trượt", "Máy bào 4 mặt", "Máy phay CNC", "Máy chà nhám thùng", "Máy khoan, đục mộng",
                              "Lò sấy gỗ 20", "Máy nén khí", "Bộ dụng cụ cầm tay")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq), "equipment quantity × price")
    true_eq, stated_eq = sum(e[2] for e in eq), p.one("Cộng |")
    p.check(true_eq == 1280 and stated_eq == 1480 and off(stated_eq, true_eq), "PLANTED Bảng 2 total 1.480 != items 1.280")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Máy móc thiết bị (Bảng 2)", "Phòng trưng bày sản phẩm", "Xe tải 1,5",
                                "Thiết kế mẫu", "Vốn lưu động")]
    p.check(items[1] == true_eq and sum(items) == p.one("Tổng cộng") == 4500 == 2500 + 2000 and sum(items[:4]) == 3530,
            "capital 4.500 with the true 1.280 (tolerated figure-inconsistent with Bảng 2), fixed 3.530")
    avg = sum(post) / 3
    p.check(close(avg, 1531.3, 0.001) and close(4500 / (avg + 353), 2.4, 0.01), "average profit, payback 2,4")
    p.check(workers == [26, 29, 32] and 6 + 6 + 8 + 6 == 26, "workers 26–32")
    ha, hb, hc, hrev = (p.row("Bộ bàn ghế phòng khách"), p.row("Tủ thờ, kệ thờ"), p.row("Đồ gỗ nhỏ mỹ nghệ"),
                        p.row("Doanh thu |"))
    p.check(all(close(hrev[y], ha[y] * 22 + hb[y] * 15 + hc[y] * 0.5) for y in Y), "2024–2026 revenue at today's prices")
    p.check(close(rev[0] / hrev[2], 1.13, 0.01) and close(rev[0] / 1000, 8.21) and close(rev[2] / 1000, 10.19),
            "2027 +13 % on 2026; 8,21 and 10,19 tỷ")
    p.has("22 triệu đồng/bộ", "15 triệu đồng/chiếc", "500.000 đồng/sản phẩm", "Tổng vốn đầu tư 4,5 tỷ đồng",
          "vốn chủ sở hữu 2,5 tỷ đồng", "2 tỷ đồng, lãi suất 8%/năm, trả gốc 500 triệu đồng",
          "4.500 : (1.531,3 + 353) ≈ 2,4 năm", "Tổng nguồn cung khoảng 320 m³/năm", "phun sơn PU", "chà nhám", "Lò sấy gỗ")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Theo Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg", "ngày 20 tháng 11 năm 2026")
    p.lacks(r"\b148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria decision is not cited")
    p.lacks(r"môi trường|bụi|chất thải|mùn cưa|xử lý|\brác\b|khói|nước thải|thu gom|hút bụi|quạt hút|hệ thống hút|khẩu trang|tiếng ồn|dung môi|"
            r"hơi sơn|buồng sơn|màng nước", "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cb07() -> Plan:
    p = Plan("cb07_du_lich_sinh_thai_khe_nac_cty")
    ve, dem, suat, td = (p.row("Lượt khách tham quan"), p.row("Đêm lưu trú bungalow"), p.row("Suất ăn"),
                         p.row("Lượt trải nghiệm"))
    rev, r1_, r2_, r3_, r4_ = (p.row("Tổng doanh thu"), p.row("Vé tham quan (80.000"), p.row("Lưu trú (900.000"),
                               p.row("Ăn uống (180.000"), p.row("Trải nghiệm (120.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thực phẩm (81.000", "Đồ dùng, giặt là", "Chi phí dịch vụ trải nghiệm", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Điện nước, vệ sinh", "Quảng bá, hoa hồng", "Quản lý, bảo hiểm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Tổng số lao động")
    true_rev = [ve[y] * 0.08 + dem[y] * 0.9 + suat[y] * 0.18 + td[y] * 0.12 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(r1_[y], ve[y] * 0.08) and close(r2_[y], dem[y] * 0.9) and close(r4_[y], td[y] * 0.12), f"revenue rows {y}")
        p.check(close(rev[y], r1_[y] + r2_[y] + r3_[y] + r4_[y]), f"total = written rows {y}")
        p.check(close(lines[0][y], suat[y] * 0.081) and close(lines[1][y], dem[y] * 0.15) and close(lines[2][y], r4_[y] * 0.3)
                and close(lines[3][y], staff[y] * 6.5 * 12), f"per-unit costs, wages {y}")
        p.check(lines[4][y] == 520 and close(lines[5][y], [3000, 2500, 2000][y] * 0.08) and lines[6][y] == 300
                and close(lines[7][y], true_rev[y] * 0.08) and lines[8][y] == 150, f"fixed costs, 8 % of true revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit on written revenue {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(dem[y] <= 10 * 365 and suat[y] * 0.25 <= 15000, f"bungalows, fish supply {y}")
        if y != 1:
            p.check(close(r3_[y], suat[y] * 0.18) and close(rev[y], true_rev[y]), f"food revenue right {y}")
    p.check(close(suat[1] * 0.18, 1800) and r3_[1] == 2250 and off(r3_[1], suat[1] * 0.18),
            "PLANTED 2028 food row 2.250 != 10.000 × 180.000 đ = 1.800 (+25 %)")
    p.check(close(true_rev[1], 5500) and rev[1] == 5950 and off(rev[1], true_rev[1]), "2028 revenue 5.950 != 5.500 (+8,2 %)")
    p.check(off(pre[1], true_rev[1] - cost[1]), "tolerated knock-on: 2028 profit rests on the wrong row")
    items = [p.one(x) for x in ("10 bungalow gỗ", "Nhà hàng 200 chỗ", "Bến thuyền", "Đường gỗ, cầu treo",
                                "Hệ thống điện nước", "Biển hiệu, trang web", "Vốn lưu động")]
    p.check(items[0] == 10 * 280 and sum(items) == p.one("Tổng cộng") == 6000 == 3000 + 3000 and sum(items[:5]) == 5200,
            "capital 6.000 = 3.000 + 3.000, fixed 5.200")
    avg = sum(post) / 3
    stated = 3.0
    own, no_dep = 6000 / (avg + 520), 6000 / avg
    true_post = [post[0], (true_rev[1] - cost[1]) * 0.83, post[2]]
    true_pb = 6000 / (sum(true_post) / 3 + 520)
    p.check(close(avg, 763.6, 0.001) and close(own, 4.67, 0.01) and close(true_pb, 5.18, 0.01) and close(no_dep, 7.86, 0.01),
            "payback by the plan's own division 4,7; true 5,2; without depreciation 7,9")
    p.check(off(stated, own) and off(stated, true_pb) and off(stated, no_dep), "PLANTED stated payback 3,0 years")
    p.has("6.000 : (763,6 + 520) ≈ 3,0 năm", "(399,6 + 1.012,6 + 878,6) : 3 ≈ 763,6",
          "Doanh thu ăn uống năm 2028 tính cho 10.000 suất với giá bình quân 180.000 đồng/suất")
    p.check(p.count("[tên sản phẩm]") == 2 and p.count("[ghi rõ tên đơn vị]") == 1
            and len(re.findall(PLACEHOLDER, p.body, re.I)) == 3, "PLANTED boilerplate: three template placeholders")
    p.check(rev[1] / rev[0] > 1.2 and rev[2] / rev[1] < 1.05 and true_rev[1] / true_rev[0] < 1.2 and true_rev[2] / true_rev[1] < 1.2,
            "tolerated knock-on: written growth +21 % then +2 %; the true growth is steady")
    p.check(staff == [22, 24, 26] and close(dem[0] / 3650, 0.38, 0.02) and close(dem[2] / 3650, 0.49, 0.01), "staff, occupancy")
    p.check(close(11000 * 0.25, 2750), "2,75 t fish and meat in 2029")
    p.has("80.000 đồng/lượt", "900.000 đồng/đêm", "180.000 đồng/suất", "120.000 đồng/lượt", "Doanh thu năm 2027 đạt 4.920 triệu đồng",
          "Tổng vốn đầu tư 6.000 triệu đồng", "10 × 365 = 3.650 đêm/năm")
    p.lacks(REPLACED, "replaced instrument")
    return p


def cb08() -> Plan:
    p = Plan("cb08_do_coi_phu_hoa_nhom_ho")
    t, g, m = (p.row("Túi xách cói (chiếc)", skip=1), p.row("Giỏ cói (chiếc)", skip=1), p.row("Thảm cói tròn (tấm)", skip=1))
    need = p.row("Cói khô cần dùng")
    rev, rt, rg, rm = (p.row("Doanh thu |"), p.row("Túi xách (85.000"), p.row("Giỏ cói (110.000"), p.row("Thảm cói (140.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cói khô (10.000", "Sợi đay, quai", "Tiền công đan", "Bao bì, nhãn (3.000",
                                 "Bán hàng, vận chuyển", "Thù lao trưởng nhóm", "Khấu hao", "Lãi vay", "Điện, nước, sửa chữa")]
    prof = p.row("Lợi nhuận |")
    sales = [p.row(x) for x in ("Công ty An Phú", "Cửa hàng lưu niệm, trang trí", "Bán trực tuyến", "Homestay, quán cà phê")]
    supply = 15 * 2 * 500 / 10000 * 8 * 1000  # kg: 15 households × 2 sào × 500 m² = 1,5 ha × 8 tấn/ha
    true_prof = [rev[y] - cost[y] for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(need[y], t[y] * 0.5 + g[y] * 0.8 + m[y] * 1.2), f"sedge need {y}")
        p.check(close(rt[y], t[y] * 0.085) and close(rg[y], g[y] * 0.11) and close(rm[y], m[y] * 0.14)
                and close(rev[y], rt[y] + rg[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.01) and close(lines[1][y], t[y] * 0.012 + g[y] * 0.01 + m[y] * 0.008)
                and close(lines[2][y], t[y] * 0.035 + g[y] * 0.045 + m[y] * 0.06)
                and close(lines[3][y], (t[y] + g[y] + m[y]) * 0.003), f"per-piece costs {y}")
        p.check(close(lines[4][y], rev[y] * 0.06) and lines[5][y] == 2 * 4 * 12 and lines[6][y] == 40
                and close(lines[7][y], [300, 200, 100][y] * 0.066) and lines[8][y] == 24, f"selling, fees, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(t[y] / 4 + g[y] / 3 + m[y] / 2 <= 30 * 250, f"weaving days within 7.500 {y}")
        p.check(sum(s[y] for s in sales) == t[y] + g[y] + m[y], f"sales by customer {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(prof[0], true_prof[0]) and close(prof[2], true_prof[2]), "2027 and 2029 profit right")
    p.check(close(true_prof[1], 462.7, 0.001) and prof[1] == 562.7 and off(prof[1], true_prof[1]),
            "PLANTED 2028 profit 562,7 != 1.971,5 − 1.508,8 = 462,7 (+21,6 %)")
    p.check(supply == 12000 and need[0] <= supply, "12.000 kg own sedge; 2027 within it")
    p.check(off(need[1], supply) and off(need[2], supply) and close(need[1] / supply, 1.156, 0.01)
            and close(need[2] / supply, 1.345, 0.01), "PLANTED 13.870 and 16.140 kg needed > 12.000 kg supply")
    p.has("15 hộ có 30 sào, tương đương 1,5 ha", "8 tấn/ha/năm", "khoảng 12.000 kg/năm", "không phải mua ngoài")
    p.lacks(r"mua thêm cói|mua cói|thu mua|hợp đồng (mua|cung cấp) cói|cói của hộ khác|thuê ruộng", "no second sedge source")
    p.check(p.row("Cộng", 2) == [30, 30], "15 households × 2 workers, × 2 sào")
    items = [p.one(x) for x in ("Cải tạo xưởng chung", "Bể nhuộm, lò sấy", "Máy dệt thảm", "Khung đan, khuôn", "Kệ trưng bày",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 600 == 15 * 20 + 3 * 100 and sum(items[:5]) == 400 and items[3] == 15 * 3,
            "capital 600 = 300 + 300, fixed 400")
    avg_written, avg_true = sum(prof) / 3, sum(true_prof) / 3
    p.check(close(avg_written, 496, 0.001) and close(600 / (avg_written + 40), 1.1, 0.02), "stated 1,1 on the written profit")
    p.check(close(600 / (avg_true + 40), 1.19, 0.01), "tolerated knock-on: 1,19 years on the true profit")
    p.check(close(lines[2][0] / 15, 45.7, 0.002) and close(lines[2][2] / 15, 63.5, 0.002), "45,7 and 63,5 triệu a household")
    p.check(close(t[2] / 4 + g[2] / 3 + m[2] / 2, 7183, 0.001), "≈ 7.183 weaving days in 2029")
    hist = [p.row(x) for x in ("Túi xách cói (chiếc)", "Giỏ cói (chiếc)", "Thảm cói tròn (tấm)", "Doanh thu (triệu đồng)")]
    p.check(all(close(hist[3][y], hist[0][y] * 0.085 + hist[1][y] * 0.11 + hist[2][y] * 0.14) for y in Y)
            and close(rev[0] / 1418, 1.16, 0.01), "2024–2026 revenue at today's prices; 2027 +16 % on 2026")
    p.has("85.000 đồng/chiếc", "110.000 đồng/chiếc", "140.000 đồng/tấm", "Tổng vốn 600 triệu đồng",
          "15 hộ × 20 triệu đồng = 300 triệu đồng", "(352,2 + 562,7 + 573,2) : 3 ≈ 496", "600 : (496 + 40) ≈ 1,1 năm",
          "685 : 15 ≈ 45,7", "952 : 15 ≈ 63,5", "11.000 : 4 + 7.000 : 3 + 4.200 : 2 ≈ 7.183")
    p.lacks(r"đăng ký (kinh doanh|hộ kinh doanh|hợp tác xã|tổ hợp tác|doanh nghiệp|thành lập)|hộ kinh doanh|mã số thuế|"
            r"giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác|thành lập (hợp tác xã|tổ|doanh nghiệp|công ty)|giấy phép|"
            r"sẽ đăng ký",
            "PLANTED no registration of the producer and no plan to register")
    p.has("quy chế nhóm do các hộ cùng thống nhất và ký tên")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def cb09() -> Plan:
    p = Plan("cb09_huong_tram_thanh_tam_hkd")
    q, n, tot, powder = (p.row("Hương trầm que hộp"), p.row("Hương trầm nụ hộp"), p.row("Cộng |"), p.row("Bột gỗ dó sử dụng"))
    rev, rq, rn = p.row("Doanh thu |", skip=1), p.row("Hương que (180.000"), p.row("Hương nụ (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bột gỗ dó (250.000", "Bột keo (30.000", "Tăm tre (4.000", "Hộp giấy, dây gai",
                                 "Tiền công lao động thuê", "Điện, sấy", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển",
                                 "Thuế khoán")]
    prof, hired = p.row("Lợi nhuận |", skip=1), p.row("Cộng lao động thuê")
    keo = [q[y] * 0.1 + n[y] * 0.04 for y in Y]
    for y in Y:  # đồng
        p.check(tot[y] == q[y] + n[y] and close(powder[y], q[y] * 0.15 + n[y] * 0.06), f"boxes, powder {y}")
        p.check(close(rq[y], q[y] * 180000) and close(rn[y], n[y] * 150000) and close(rev[y], rq[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], powder[y] * 250000) and close(lines[1][y], keo[y] * 30000) and close(lines[2][y], q[y] * 4000)
                and close(lines[3][y], q[y] * 12000 + n[y] * 10000) and close(lines[5][y], tot[y] * 2000), f"per-box costs {y}")
        p.check(close(lines[4][y], hired[y] * 6e6 * 12) and lines[6][y] == 35e6 and close(lines[7][y], [150e6, 100e6, 50e6][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.015), f"wages, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(q[y] <= 150 * 300 and n[y] <= 40 * 300 and powder[y] <= 1500 + 5000, f"capacity and supply not the defect {y}")
    p.check(p.row("Bột gỗ dó |", 4) == [990, 2460, 5280, 6500], "raw-material table")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.47, 0.01) and close(g2, 2.16, 0.01) and tot[1] / tot[0] > 2 and tot[2] / tot[1] > 2,
            "PLANTED output and revenue ×2,47 then ×2,16")
    p.check(off(rev[1], rev[0] * 1.2) and off(rev[2], rev[1] * 1.2), "growth far beyond 20 % a year")
    p.check(prof[0] / rev[0] < 0.16 and prof[2] / rev[2] > 0.46, "net margin climbs from 16 % to 46 %")
    p.check(p.one("Vốn lưu động") == 70e6 and lines[0][2] > 18 * 70e6, "working capital 70 triệu vs 1,32 tỷ of powder")
    market = p.section("# 7) THỊ TRƯỜNG", "# 8)")
    p.check(market.count("\n- ") == 3 and "tiếp tục bán qua các kênh trên" in market, "the same three channels in 2027–2029")
    p.lacks(r"nhà phân phối|đại lý|siêu thị|hợp đồng (tiêu thụ|bán|phân phối|nguyên tắc)|xuất khẩu|sàn thương mại|shopee|"
            r"tiktok|website|trang web|khách sạn|công ty du lịch|mở rộng thị trường|kênh mới",
            "no new channel that could explain the growth")
    hq, hn, hrev = p.row("Hương trầm que |"), p.row("Hương trầm nụ |"), p.row("Doanh thu |")
    p.check(all(close(hrev[y], hq[y] * 0.18 + hn[y] * 0.15) for y in Y) and hq[1] + hn[1] == 4200
            and hq[2] + hn[2] == 5000 and tot[0] / 5000 == 1.5, "2024–2026 at today's prices; 2027 +50 % on 2026")
    p.has("Cơ sở hiện có 6 lao động thường xuyên", "Hiện nay cơ sở có 10 lao động làm việc thường xuyên")
    p.check(off(10, 6) and 2 + 5 + 3 == 10, "PLANTED 6 vs 10 regular workers today")
    p.lacks(r"nhãn|43/2017|111/2021|\btem\b|in thông tin|ghi rõ", "PLANTED no label anywhere (the boxes are plain kraft)")
    p.has("hộp giấy kraft trơn, buộc dây gai", "TCCS 01:2026/TT", "bảo hộ thương hiệu", "máy hút bụi")
    p.check(280e6 + 70e6 == 350e6 == 200e6 + 150e6 and 120 + 60 + 50 + 50 == 280 and close(280e6 / 8, 35e6),
            "capital 350 triệu, fixed 280, depreciation 35")
    items = [p.one("Máy se hương tự động |", skip=1)] + [p.one(x) for x in (
        "Máy nghiền, máy trộn, máy dập nụ", "Phòng sấy 30", "Cải tạo nhà xưởng", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 350e6, "investment table")
    avg = sum(prof) / 3
    p.check(close(avg, 1518350000, 1e-9) and round(350e6 / (avg + 35e6), 2) == 0.23, "average profit, payback 0,23")
    p.has("180.000 đồng/hộp", "150.000 đồng/hộp", "150 × 300 = 45.000 hộp/năm", "40 × 300 = 12.000 hộp/năm",
          "(203.875.000 + 1.132.175.000 + 3.219.000.000) : 3 = 1.518.350.000", "350.000.000 : (1.518.350.000 + 35.000.000) ≈ 0,23 năm",
          "Tổng nguồn cung 6.500 kg/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def cb10() -> Plan:
    p = Plan("cb10_farmstay_doi_sim_cty")
    dem, suat, td = p.row("Đêm phòng"), p.row("Suất ăn"), p.row("Lượt trải nghiệm")
    rev, r1_, r2_, r3_ = (p.row("Doanh thu |"), p.row("Lưu trú (700.000"), p.row("Ăn uống (200.000"),
                          p.row("Trải nghiệm (150.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thực phẩm (90.000", "Buồng phòng, giặt là", "Vật tư trải nghiệm", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Điện, nước, nhiên liệu", "Quảng bá (4%", "Quản lý, bảo hiểm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Tổng số lao động")
    for y in Y:  # triệu đồng
        p.check(close(r1_[y], dem[y] * 0.7) and close(r2_[y], suat[y] * 0.2) and close(r3_[y], td[y] * 0.15)
                and close(rev[y], r1_[y] + r2_[y] + r3_[y]), f"revenue {y}")
        p.check(close(lines[0][y], suat[y] * 0.09) and close(lines[1][y], dem[y] * 0.12) and close(lines[2][y], td[y] * 0.05)
                and close(lines[3][y], staff[y] * 6.5 * 12), f"per-unit costs, wages {y}")
        p.check(lines[4][y] == 270 and close(lines[5][y], [1200, 900, 600][y] * 0.08) and lines[6][y] == 180
                and close(lines[7][y], rev[y] * 0.04) and lines[8][y] == 100, f"fixed costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(dem[y] <= 12 * 365 and suat[y] * 0.3 <= 9000 and suat[y] * 0.2 <= 2000 + 600 * 1.5, f"rooms, food {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(rev[0] / 1700, 1.59, 0.01) and dem[0] / 1100 < 2 and close(900 * 0.7 + 2600 * 0.2 + 1500 * 0.15, 1380, 0.005),
            "2025 at 1,38 tỷ; 2027 +59 % on 2026 with rooms doubled 6 → 12")
    items = [p.one(x) for x in ("Nhà gỗ 6 phòng mới", "Nhà hàng 120 chỗ", "Ao câu cá, vườn sim", "Xử lý nước thải, phòng cháy",
                                "Nội thất, trang thiết bị", "Thiết kế nhận diện", "Vốn lưu động")]
    total, sources = p.one("Tổng cộng"), p.one("Tổng nguồn vốn")
    own, loan = p.one("Vốn chủ sở hữu"), p.one("Vay Ngân hàng")
    p.check(sum(items) == total == 3200 and sum(items[:5]) == 2700 and close(2700 / 10, 270), "investment 3.200, fixed 2.700")
    p.check(own + loan == sources == 2700 and off(sources, total), "PLANTED sources 2.700 != total investment 3.200 (−15,6 %)")
    p.has("Tổng vốn đầu tư của phương án là 3.200 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 435, 0.001) and close(3200 / (avg + 270), 4.5, 0.01), "average profit, payback 4,5")
    p.check(staff == [11, 12, 13] and close(dem[0] / 4380, 0.41, 0.01) and close(dem[2] / 4380, 0.55, 0.01), "staff, occupancy")
    p.check(close(suat[2] * 0.3 / 1000, 2, 0.02) and close(suat[2] * 0.2 / 1000, 1.3, 0.02), "2 t vegetables, 1,3 t meat and fish")
    p.check(p.count("Công ty TNHH Du lịch Hồ Sen Kỳ Ninh") == 2 and p.count("Công ty TNHH Farmstay Đồi Sim") >= 2
            and p.count("Công ty TNHH Farmstay Đồi Sim") + p.count("CÔNG TY TNHH FARMSTAY ĐỒI SIM") >= 3,
            "PLANTED a second producer name, twice (schedule, proposals)")
    market = "\n".join(ln for ln in p.section("# 5. Thị trường", "# 6.").splitlines() if not ln.startswith("#"))
    p.check(not re.search(r"đồng|\bgiá\b|khách|kênh|đối thủ|lữ hành|đặt phòng|trường học|đoàn|gia đình|doanh nghiệp|\d",
                          market, re.I), "PLANTED the market section names no customer, channel, price or competitor")
    p.lacks(r"booking|agoda|traveloka|facebook|zalo|tiktok|website|trang web|lữ hành|đại lý|đặt phòng|sàn thương mại|"
            r"hợp đồng (nguyên tắc|liên kết|với công ty)|trường học|công đoàn|hotline|OTA", "PLANTED no sales channel anywhere")
    p.has("700.000 đồng/phòng/đêm", "200.000 đồng/suất", "150.000 đồng/lượt", "12 phòng × 365 ngày = 4.380 đêm phòng/năm",
          "(239,4 + 433,1 + 632,5) : 3 = 435", "3.200 : (435 + 270) ≈ 4,5 năm", "Doanh thu đạt 2,71 tỷ đồng năm 2027 và 3,6 tỷ đồng năm 2029")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cb11_choi_dot_huong_do_so_sai")
    a.has("25.000 đồng/cái", "khoảng 40 cái chổi", "khoảng 50 triệu đồng", "giấy đăng ký hộ kinh doanh năm 2024",
          "người buôn ở chợ xã")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"nhãn|tiêu chuẩn|kiểm tra|truy xuất|thương hiệu|sở hữu trí tuệ|nguyên liệu:|vốn đầu tư|doanh thu|lợi nhuận",
            "the gaps tolerated are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cb12_cau_ca_bau_sen_so_sai")
    b.has("100.000 đồng/người/lượt", "khoảng 300 triệu đồng", "khoảng 200 triệu đồng", "nướng hoặc nấu lẩu")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|an toàn thực phẩm|môi trường|rác|nước thải|nhãn hiệu|thương hiệu|"
            r"kiểm tra|facebook|zalo|công ty|khách hàng|email|@", "the gaps tolerated are real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cb01, cb02, cb03, cb04, cb05, cb06, cb07, cb08, cb09, cb10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
