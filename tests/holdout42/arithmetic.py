"""The holdout42 set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout42/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity (equipment and labour), growth. Planted numeric defects are
asserted wrong by more than 5 % and everything else right (within 1 %). Table figures are read
from the plan's source; figures quoted from running text are looked up verbatim, so the numbers
cannot drift from the text. The textual planted defects (no environmental measure, a second
producer name, no product standard, no registration, replaced instruments cited, no label, no
trademark, no food safety, no sales channel) are asserted too, as is the absence of template
placeholders in every plan.
"""

from __future__ import annotations

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
        """The body text between two headings (both given verbatim)."""
        return self.body.split(start, 1)[1].split(end, 1)[0]


def avg(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def aq01() -> Plan:
    p = Plan("aq01_tre_bo_duc_tho_cty")
    hop, cay, kg = p.row("Tré bò hộp 250 g"), p.row("Tré bò cây 500 g"), p.row("Quy ra khối lượng")
    beef, skin, staff = p.row("Thịt bắp bò cần dùng"), p.row("Bì bò cần dùng"), p.row("Lao động thường xuyên")
    rev, rh, rc = p.row("Doanh thu|"), p.row("Hộp 250 g (95.000"), p.row("Cây 500 g (170.000")
    lines = [p.row(x) for x in ("Thịt bắp bò (230.000", "Bì bò (60.000", "Thính, gia vị", "Hộp, túi hút chân không",
                                 "Tiền lương", "Điện, nước, vận hành", "Khấu hao tài sản", "Lãi vay ngân hàng",
                                 "Bán hàng, vận chuyển lạnh", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.25 + cay[y] * 0.5 and beef[y] == kg[y] * 0.6 and skin[y] == kg[y] * 0.3,
                f"kg, beef 0,6, skin 0,3 {y}")
        p.check(close(rh[y], hop[y] * 0.095) and close(rc[y], cay[y] * 0.17) and close(rev[y], rh[y] + rc[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], beef[y] * 0.23) and close(lines[1][y], skin[y] * 0.06)
                and close(lines[2][y], kg[y] * 0.012) and close(lines[3][y], hop[y] * 0.005 + cay[y] * 0.003),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and close(lines[6][y], 150)
                and close(lines[7][y], [600, 400, 200][y] * 0.08) and close(lines[8][y], rev[y] * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(kg[y] <= 60 * 280 and beef[y] <= 8000 and skin[y] <= 4000, f"capacity 16.800 kg, contract 8 + 4 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 7200, 1.25), "+25 % on 2025")
    items = [p.one(x) for x in ("Cải tạo xưởng, phòng ủ", "Máy trộn, máy hút", "Kho lạnh 24", "Thiết kế bao bì",
                                "Vốn lưu động (thịt bò")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 950 + 600 == 1550, "investment items = sources = 1.550")
    p.check(sum(items[:3]) == 1050 and close(1050 / 7, 150), "fixed 1.050 over 7 years")
    a = avg(post)
    p.check(close(a, 353.4, 0.001) and close(total / (a + 150), 3.1, 0.01), "payback 3,1")
    p.has("95.000 đồng/hộp", "170.000 đồng/cây", "vốn chủ sở hữu của công ty 950 triệu đồng",
          "600 triệu đồng, lãi suất 8 %/năm", "1.550 : 503,4 ≈ 3,1 năm", "tối đa 8 tấn thịt bắp bò và 4 tấn bì bò",
          "công suất tối đa khoảng 16.800 kg/năm", "mã số doanh nghiệp 3001876543", "TCCS 01:2025/BM",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq02() -> Plan:
    p = Plan("aq02_ro_ra_tre_huong_binh_tht")
    yrs = [p.row(f"{2026 + y}|", 5) for y in Y]  # ro, ra, me, tre (kg), revenue (đồng)
    ro, ra, me, tre, rv = ([yrs[y][i] for y in Y] for i in range(5))
    rev = p.row("Doanh thu|")
    lines = [p.row(x) for x in ("Tre, nứa (3.000", "Tiền công đan khoán", "Mây, phụ liệu", "Túi giấy, nhãn, thẻ",
                                 "Củi, điện, muối", "Khấu hao tài sản cố định", "Tiêu thụ, vận chuyển",
                                 "Quản lý (thù lao", "Lãi vay", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    staff = [16, 18, 20]
    for y in Y:  # đồng
        p.check(rv[y] == rev[y] == ro[y] * 110000 + ra[y] * 40000 + me[y] * 75000, f"revenue {y}")
        p.check(tre[y] == ro[y] * 2 + ra[y] * 0.8 + me[y] * 1.2 and tre[y] <= 30000, f"bamboo need within 30 tấn {y}")
        p.check(close(lines[0][y], tre[y] * 3000) and close(lines[1][y], ro[y] * 50000 + ra[y] * 18000 + me[y] * 35000)
                and close(lines[2][y], ro[y] * 5000 + ra[y] * 2000 + me[y] * 4000)
                and close(lines[3][y], ro[y] * 4000 + ra[y] * 1500 + me[y] * 2500), f"per-piece costs {y}")
        p.check(close(lines[5][y], 28e6) and close(lines[6][y], rev[y] * 0.08) and close(lines[8][y], 100e6 * 0.066)
                and close(lines[9][y], rev[y] * 0.015), f"depreciation, selling, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        days = ro[y] * 0.4 + ra[y] * 0.2 + me[y] * 0.3
        p.check(days <= staff[y] * 260, f"weaving days {days} within {staff[y]} × 260 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close((ro[0] + ra[0] + me[0]) / (2400 + 4800 + 3000), 1.27, 0.01), "+27 % pieces on 2025")
    p.check(120 + 80 + 60 + 20 + 30 + 90 == 400 == 300 + 100 and 120 + 80 + 60 + 20 == 280, "capital 400, fixed 280")
    a = avg(prof) / 1e6
    p.check(close(a, 212.9, 0.001) and close(400 / (a + 28), 1.7, 0.03), "payback 1,7")
    p.has("110.000 đ/bộ", "40.000 đ/chiếc", "75.000 đ/chiếc", "Tổng vốn thực hiện phương án 400.000.000 đồng",
          "tổ viên góp 300.000.000 đồng", "vay Ngân hàng Chính sách xã hội 100.000.000 đồng",
          "400 triệu đồng : (212,9 + 28) triệu đồng/năm ≈ 1,7 năm", "khoảng 30 tấn cây đạt tuổi",
          "hợp đồng hợp tác ký ngày 15/01/2024", "TCCS 01:2026/THTHB", "Nghị định 43/2017/NĐ-CP",
          "Tre đan Hương Bình", "bản cam kết bảo vệ môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq03() -> Plan:
    p = Plan("aq03_trai_nghiem_thuy_canh_xuan_thanh_htx")
    hs, kdl, tot = p.row("Lượt học sinh"), p.row("Lượt khách du lịch"), p.row("Tổng lượt khách")
    kit, rau = p.row("Bộ kit thủy canh|"), p.row("Rau thủy canh bán")
    rhs, rk, rkit, rr = (p.row("Vé học sinh (80.000"), p.row("Vé khách du lịch (120.000"),
                         p.row("Bộ kit thủy canh (650.000"), p.row("Rau thủy canh (35.000"))
    rev = p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Vật tư trồng rau", "Vật tư phục vụ khách", "Giá vốn bộ kit", "Lương lao động",
                                 "Điện, nước|", "Khấu hao tài sản cố định", "Tiếp thị, hoa hồng", "Bảo hiểm khách",
                                 "Lãi vay|")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    staff = [7, 7, 8]
    for y in Y:  # nghìn đồng
        p.check(tot[y] == hs[y] + kdl[y] and tot[y] <= 80 * 250 and rau[y] <= 2000 * 6, f"visitors, vegetables {y}")
        p.check(close(rhs[y], hs[y] * 80) and close(rk[y], kdl[y] * 120) and close(rkit[y], kit[y] * 650)
                and close(rr[y], rau[y] * 35) and close(rev[y], rhs[y] + rk[y] + rkit[y] + rr[y]), f"revenue {y}")
        p.check(close(lines[0][y], rau[y] * 12) and close(lines[1][y], tot[y] * 15) and close(lines[2][y], kit[y] * 380)
                and close(lines[3][y], staff[y] * 6000 * 12) and close(lines[5][y], 140000)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[8][y], [600, 400, 200][y] * 70),
                f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(800 + 400 + 100 + 100 + 150 == 1550 == 950 + 600 and 800 + 400 + 100 + 100 == 1400, "capital, fixed")
    a = avg(prof) / 1000
    p.check(close(a, 249.9, 0.001) and close(1550 / (a + 140), 4.0, 0.01), "payback 4")
    p.check(close(tot[0] / 6900, 1.30, 0.01) and close(rev[0] / 1010000, 1.30, 0.01), "2026 +30 % on the 6.900 visitors and 1.010 triệu of 2025")
    p.has("80.000 đồng/lượt", "120.000 đồng/lượt", "650.000 đồng/bộ", "35.000 đồng/kg",
          "Tổng vốn đầu tư 1.550 triệu đồng", "quỹ phát triển của HTX 950 triệu đồng", "600 triệu đồng, lãi suất 7 %/năm",
          "cộng 1.315 triệu đồng", "1.550 : 389,9 ≈ 4 năm", "20.000 lượt/năm", "khoảng 12.000 kg/năm",
          "mã số 3001998877", "Luật Hợp tác xã năm 2023", "VietGAP", "TCCS 01:2026/XT", "Thủy canh Xuân Thành",
          "bảo hiểm du lịch")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq04() -> Plan:
    p = Plan("aq04_banh_phong_gao_yen_loc_htx")
    yrs = [p.row(f"{2026 + y}|", 6) for y in Y]  # gói, túi, kg, revenue, cost, profit
    goi, tui, kg, rev, cost, prof = ([yrs[y][i] for y in Y] for i in range(6))
    total = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo lứt, nếp", "Mè đen, đường", "Bao bì, nhãn, gói", "Điện, gas", "Tiền lương|",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    staff = [9, 10, 11]
    for y in Y:  # triệu đồng
        p.check(kg[y] == goi[y] * 0.15 + tui[y] * 0.5, f"kg {y}")
        p.check(close(rev[y], goi[y] * 0.02 + tui[y] * 0.055), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 1.1 * 0.018) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], goi[y] * 0.0015 + tui[y] * 0.003) and close(lines[3][y], kg[y] * 0.004)
                and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [300, 200, 100][y] * 0.08) and close(lines[7][y], rev[y] * 0.07), f"costs {y}")
        p.check(close(total[y], lines_sum(lines, y)) and total[y] == cost[y] and close(prof[y], rev[y] - cost[y]),
                f"cost total at the top, profit {y}")
        p.check(kg[y] <= 2 * 40 * 280 and kg[y] * 1.1 <= 60000, f"capacity 22.400 kg, rice within 60 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 11000, 1.27, 0.01), "+27 % on 2025")
    p.check(180 + 120 + 150 + 150 + 50 + 150 == 800 == 500 + 300 and 180 + 120 + 150 + 150 == 600, "capital, fixed")
    a = avg(prof)
    p.check(close(a, 328.1, 0.001) and close(800 / (a + 60), 2.1, 0.02), "payback 2,1")
    p.has("20.000 đồng/gói", "55.000 đồng/túi", "Tổng vốn 800 triệu đồng", "quỹ đầu tư phát triển HTX 500 triệu đồng",
          "300 triệu đồng, lãi 8 %/năm", "800 : (328,1 + 60) ≈ 2,1 năm", "15.400 kg năm 2026",
          "xay ra khoảng 60 tấn gạo", "công suất 2 máy là 22.400 kg/năm", "mã số 3001564210", "TCCS 01:2024/YL",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Yên Lộc\"", "bản cam kết bảo vệ môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq05() -> Plan:
    p = Plan("aq05_ca_hop_sot_ca_loc_ha_ctcp")
    a, b, t, fish, staff = (p.row("Lon 150 g|"), p.row("Lon 400 g|"), p.row("Khối lượng thành phẩm"),
                            p.row("Cá nục tươi cần dùng"), p.row("Lao động trực tiếp"))
    rev, ra, rb = p.row("Doanh thu|"), p.row("Lon 150 g (24.000"), p.row("Lon 400 g (55.000")
    lines = [p.row(x) for x in ("Cá nục tươi (35.000", "Cà chua, gia vị", "Lon, nắp, nhãn", "Điện, hơi, nước",
                                 "Tiền lương công nhân", "Khấu hao|", "Lãi vay|", "Bán hàng, chiết khấu",
                                 "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    kg = [t[y] * 1000 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.15 + b[y] * 0.4 and fish[y] == t[y], f"tonnes, fish 1 kg/kg {y}")
        p.check(close(ra[y], a[y] * 0.024) and close(rb[y], b[y] * 0.055) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.035) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], a[y] * 0.0035 + b[y] * 0.0055) and close(lines[3][y], kg[y] * 0.006)
                and close(lines[4][y], staff[y] * 7.5 * 12) and close(lines[5][y], 2500 / 10)
                and close(lines[6][y], [1500, 1000, 500][y] * 0.09) and close(lines[7][y], rev[y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(fish[y] <= 120 and t[y] * 0.3 <= 40, f"fish within 120 tấn, tomato within 40 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    cap = 4 * 75 * 250
    p.check(kg[0] <= cap and kg[1] <= cap, "2026 and 2027 within 75 tấn")
    p.check(off(kg[2], cap) and close(kg[2] / cap, 1.16, 0.01), "PLANTED 2028 87 tấn > 75 tấn retort capacity (+16 %)")
    p.check(kg[0] / 52000 < 1.2, "2026 +17 % on 2025")
    p.check(900 + 650 + 600 + 350 + 100 + 1400 == 4000 == 2500 + 1500 and 900 + 650 + 600 + 350 == 2500,
            "capital 4.000, fixed 2.500")
    ap = avg(post)
    p.check(close(ap, 1364.4, 0.001) and close(4000 / (ap + 250), 2.5, 0.01), "payback 2,5")
    p.has("24.000 đồng/lon", "55.000 đồng/lon", "mỗi ngày chạy 4 mẻ, mỗi mẻ 75 kg thành phẩm",
          "công suất tối đa của dây chuyền là 75 tấn thành phẩm/năm",
          "chưa có kế hoạch đầu tư thêm nồi tiệt trùng", "Tổng vốn đầu tư của phương án là 4.000 triệu đồng",
          "vốn góp bổ sung của cổ đông 2.500 triệu đồng", "1.500 triệu đồng, lãi suất 9 %/năm",
          "4.000 : (1.364,4 + 250) ≈ 2,5 năm", "tổng lượng cam kết 120 tấn cá nục/năm", "TCCS 03:2025/HH",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Hồng Hải\"", "cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.check(p.count("Công ty cổ phần Đồ hộp Xuân Hải") == 2 and p.count("Công ty cổ phần Chế biến hải sản Hồng Hải") == 1
            and p.count("CÔNG TY CỔ PHẦN CHẾ BIẾN HẢI SẢN HỒNG HẢI") == 1 and p.count("Xuân Hải") == 2,
            "PLANTED a second producer name, twice")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|\bbể\b|\brác\b|mùi|phế phẩm|phế phụ|ô nhiễm|khí thải|"
            r"biogas|ủ phân|hố ga|hố thấm", "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq06() -> Plan:
    p = Plan("aq06_ruou_mo_son_tay_tht")
    c5, c3, lit, mo, base, rice, staff = (p.row("Chai 500 ml|"), p.row("Chai 300 ml|"), p.row("Tổng sản lượng rượu mơ"),
                                          p.row("Quả mơ tươi|"), p.row("Rượu nếp nền"), p.row("Gạo nếp|"),
                                          p.row("Lao động|"))
    rev, r5, r3 = p.row("Doanh thu|"), p.row("- Chai 500 ml (120.000"), p.row("- Chai 300 ml (80.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Quả mơ (25.000", "- Gạo nếp, men", "- Đường phèn", "- Chai, nút, nhãn", "- Củi, điện",
                                 "- Tiền công", "- Khấu hao", "- Bán hàng", "- Lãi vay", "- Quản lý")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(lit[y] == c5[y] * 0.5 + c3[y] * 0.3 and mo[y] == lit[y] * 0.5 and base[y] == lit[y] * 0.8
                and rice[y] == base[y] * 2, f"litres, apricots 0,5, base 0,8, rice 1,6 {y}")
        p.check(close(r5[y], c5[y] * 0.12) and close(r3[y], c3[y] * 0.08) and close(rev[y], r5[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], mo[y] * 0.025) and close(lines[1][y], rice[y] * 0.02)
                and close(lines[2][y], lit[y] * 0.1 * 0.03) and close(lines[3][y], c5[y] * 0.009 + c3[y] * 0.007)
                and close(lines[4][y], lit[y] * 0.003) and close(lines[5][y], staff[y] * 5 * 12)
                and close(lines[6][y], 36) and close(lines[7][y], rev[y] * 0.1) and close(lines[8][y], 200 * 0.06),
                f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(mo[y] <= 8000 and rice[y] <= 25000 and lit[y] <= 60 * 250 * 2 and base[y] <= 2 * 100 * 0.5 * 250,
                f"apricots within 8 tấn, rice within 25 tấn, jars 30.000 l, stills 25.000 l {y}")
        p.check(staff[y] == 4, f"same 4 workers {y}")
    g = [rev[1] / rev[0], rev[2] / rev[1], lit[1] / lit[0], lit[2] / lit[1]]
    p.check(all(x > 2.1 for x in g), "PLANTED output and revenue more than double each year (×2,13, ×2,12)")
    p.check(close(prof[2] / rev[2], 0.524, 0.01) and close(prof[0] / rev[0], 0.2, 0.01), "margin 20 % → 52 %")
    p.check(lit[0] / 2500 < 1.25 and lit[2] / 2500 > 5, "2026 +20 % on 2025, 2028 5,4× 2025 (tolerated capacity view)")
    items = [p.one(x) for x in ("Mở rộng nhà ngâm ủ", "40 chum sành", "2 bộ nồi chưng cất", "Máy lọc 3 cấp, máy chiết",
                                "Thiết kế nhãn, hộp quà", "Vốn lưu động (mua mơ")]
    stated = p.one("TỔNG CỘNG")
    p.check(sum(items) == 500 and stated == 540 and off(stated, sum(items)), "PLANTED investment total 540 != items 500")
    p.check(340 + 200 == stated, "sources match the stated (wrong) total (tolerated capital-mismatch view)")
    p.check(sum(items[:4]) == 360 and close(360 / 10, 36), "fixed 360, depreciation 36")
    a = avg(prof)
    p.check(close(a, 851, 0.001) and close(540 / (a + 36), 0.6, 0.02), "stated payback 0,6 on the stated 540")
    p.check(close(500 / (a + 36), 0.564, 0.01) and off(0.6, 500 / (a + 36)), "tolerated knock-on: 0,56 on the true 500")
    p.has("120.000 đồng/chai", "80.000 đồng/chai", "tổ viên góp 340 triệu đồng", "vay Ngân hàng Chính sách xã hội 200 triệu đồng",
          "540 : (851 + 36) ≈ 0,6 năm", "cam kết thu mua 8 tấn/năm", "tối đa 25 tấn/năm", "công suất ngâm 30.000 lít/năm",
          "khoảng 25.000 lít rượu nền/năm", "phấn đấu mỗi năm sản lượng tăng gấp đôi",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 03/GP-UBND", "độ cồn (25 % vol)",
          "Rượu mơ Sơn Tây\" tại Cục Sở hữu trí tuệ", "Bỗng rượu sau chưng cất")
    p.lacks(r"tiêu chuẩn|TCCS|QCVN|TCVN|công bố|kiểm nghiệm|hợp quy|hợp chuẩn|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq07() -> Plan:
    p = Plan("aq07_vien_ngai_cuu_thach_lac_ho")
    lo, tui, kg, fresh, staff = (p.row("Viên lọ 100 g"), p.row("Viên túi 500 g"), p.row("Tổng viên thành phẩm"),
                                 p.row("Ngải cứu tươi cần dùng"), p.row("Lao động|"))
    rev = p.row("Doanh thu|")
    lines = [p.row(x) for x in ("Ngải cứu tươi (8.000", "Mật ong rừng", "Bột gạo lứt rang", "Lọ, túi, nhãn", "Điện sấy",
                                 "Tiền công lao động", "Khấu hao|", "Lãi vay|", "Bán hàng (8", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(kg[y] == lo[y] * 0.1 + tui[y] * 0.5 and fresh[y] == kg[y] * 5, f"kg, 5 kg fresh/kg {y}")
        p.check(close(rev[y], lo[y] * 0.12 + tui[y] * 0.45), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], kg[y] * 0.15 * 0.25)
                and close(lines[2][y], kg[y] * 0.2 * 0.04) and close(lines[3][y], lo[y] * 0.006 + tui[y] * 0.01)
                and close(lines[4][y], kg[y] * 0.01) and close(lines[5][y], staff[y] * 5.5 * 12)
                and close(lines[6][y], 30) and close(lines[7][y], 150 * 0.08) and close(lines[8][y], rev[y] * 0.08),
                f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] <= 3000, f"pill machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(close(rev[1] - cost[1], 326.1) and prof[1] == 361.1 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2027 profit 361,1 != 1.080 − 753,9 = 326,1 (+10,7 %)")
    supply = 5 * 500 * 1.6
    p.check(supply == 4000 and fresh[0] <= supply, "2026 need 4.000 = supply")
    p.check(off(fresh[1], supply) and off(fresh[2], supply), "PLANTED 2027-2028 need 5.000 / 6.000 kg > 4.000 kg supply")
    p.check(kg[0] / 600 < 1.4, "2026 +33 % on 2025")
    p.check(120 + 180 + 30 + 120 == 450 == 300 + 150 and 120 + 180 == 300, "capital 450, fixed 300")
    stated_avg, true_avg = avg(prof), avg([prof[0], rev[1] - cost[1], prof[2]])
    p.check(close(stated_avg, 337.8, 0.001), "stated average 337,8")
    for x in (450 / (stated_avg + 30), 450 / (true_avg + 30)):
        p.check(close(x, 1.25, 0.03), f"payback {x:.3f} close to the stated 1,25 either way (no knock-on)")
    p.has("120.000 đồng/lọ", "450.000 đồng/túi", "Tổng vốn 450 triệu đồng", "tiền tích lũy của gia đình 300 triệu đồng",
          "150 triệu đồng (thế chấp", "tổng 5 sào, tức 2.500 m²", "1,6 kg ngải cứu tươi/m²/năm",
          "tổng nguồn cung khoảng 4.000 kg/năm, đủ cho sản xuất của cơ sở", "5 kg ngải cứu tươi cho 1 kg viên",
          "khoảng 1,25 năm", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Ngải cứu Hồng Lam\" tại Cục Sở hữu trí tuệ")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|đăng ký hộ|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thành lập|giấy phép|\bHTX\b|công ty", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq08() -> Plan:
    p = Plan("aq08_nuoc_ep_rau_ma_ky_khang_htx")
    yrs = [p.row(f"{2026 + y}|", 4) for y in Y]  # nguyên chất, đậu xanh, total bottles, tấn rau má
    a, b, n, rm = ([yrs[y][i] for y in Y] for i in range(4))
    rev, ra, rb = p.row("Doanh thu|"), p.row("Rau má nguyên chất (15.000"), p.row("Rau má đậu xanh (18.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Rau má tươi (2.000", "Đậu xanh (800", "Đường (500", "Chai PET", "Điện, nước (600",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển lạnh", "Quản lý HTX")]
    prof = p.row("Lợi nhuận|")
    true_rev = [a[y] * 0.015 + b[y] * 0.018 for y in Y]
    for y in Y:  # triệu đồng
        p.check(n[y] == a[y] + b[y] and rm[y] * 1000 == n[y] * 0.25 and rm[y] <= 72 and n[y] <= 1200 * 280,
                f"bottles, pennywort 0,25 kg within 72 tấn, within 336.000 chai {y}")
        p.check(close(rb[y], b[y] * 0.018) and close(rev[y], ra[y] + rb[y]), f"sub-rows add up {y}")
        p.check(close(lines[0][y], n[y] * 0.002) and close(lines[1][y], b[y] * 0.0008) and close(lines[2][y], n[y] * 0.0005)
                and close(lines[3][y], n[y] * 0.0022) and close(lines[4][y], n[y] * 0.0006)
                and close(lines[5][y], [10, 11, 12][y] * 6 * 12) and close(lines[6][y], 100)
                and close(lines[7][y], [500, 375, 250][y] * 0.08) and close(lines[8][y], true_rev[y] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check(close(ra[0], a[0] * 0.015) and close(ra[2], a[2] * 0.015), "2026 and 2028 revenue right")
    p.check(ra[1] == 2040 and a[1] * 0.015 == 1800 and off(ra[1], 1800) and off(rev[1], true_rev[1]),
            "PLANTED 2027 sub-row 2.040 != 120.000 × 15.000 = 1.800 (+13,3 %), total 3.120 != 2.880 (+8,3 %)")
    p.check(close(true_rev[1] / true_rev[0], 1.2) and close(true_rev[2] / true_rev[1], 1.167, 0.01), "true growth 20 %, 17 %")
    p.check(380 + 300 + 120 + 200 + 200 == 1200 == 700 + 500 and 380 + 300 + 120 + 200 == 1000, "capital, fixed")
    stated, true = avg(prof), avg([prof[0], true_rev[1] - cost[1], prof[2]])
    p.check(stated == 628 and close(1200 / (stated + 100), 1.6, 0.04), "stated payback 1,6 on the stated profits")
    p.check(close(1200 / (true + 100), 1.85, 0.01) and off(1.6, 1200 / (true + 100)), "tolerated knock-on: true 1,85")
    p.check(n[0] / 118000 < 1.3, "2026 +27 % on 2025")
    p.has("15.000 đồng/chai", "18.000 đồng/chai", "Tổng vốn đầu tư 1.200 triệu đồng", "quỹ đầu tư phát triển HTX 700 triệu đồng",
          "500 triệu đồng, lãi 8 %/năm", "1.200 : (628 + 100) ≈ 1,6 năm", "tổng khoảng 72 tấn/năm", "336.000 chai/năm",
          "Luật Hợp tác xã số 23/2012/QH13", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "tự công bố sản phẩm năm 2024",
          "nhãn hiệu \"Rau má Kỳ Khang\"", "đăng ký môi trường")  # PLANTED outdated-policy: the two replaced instruments
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023|Luật Hợp tác xã năm 2023|Luật Hợp tác xã 2023",
            "PLANTED the current HTX law and OCOP decisions are not cited")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|43/2017|111/2021|ghi trên chai|in trên nắp",
            "PLANTED no label, label content or labelling decree anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq09() -> Plan:
    p = Plan("aq09_mat_ong_hoa_bang_xuan_lien_cty")
    h, c, kg, own, buy = (p.row("Hũ 500 g|"), p.row("Chai 1 kg|"), p.row("Tổng mật đóng gói"),
                          p.row("Trong đó: mật tự khai thác"), p.row("Mật mua của hộ liên kết"))
    rev, rh, rc = p.row("Doanh thu|"), p.row("Hũ 500 g (180.000"), p.row("Chai 1 kg (340.000")
    lines = [p.row(x) for x in ("Chi phí nuôi ong", "Mua mật hộ liên kết", "Hũ, chai, nắp, nhãn", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí (2 đến 9)"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == h[y] * 0.5 + c[y] and own[y] == 320 * 12 and buy[y] == kg[y] - own[y], f"kg, own 320 × 12 {y}")
        p.check(buy[y] <= 3000 and kg[y] <= 320 * 12 + 3000 and kg[y] <= 400 * 12 + 3000,
                f"supply covers output with either colony count {y}")
        p.check(close(rh[y], h[y] * 0.18) and close(rc[y], c[y] * 0.34) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], 320 * 0.4) and close(lines[1][y], buy[y] * 0.12)
                and close(lines[2][y], h[y] * 0.008 + c[y] * 0.012) and close(lines[3][y], 6 * 7 * 12)
                and close(lines[4][y], 180) and close(lines[5][y], [800, 600, 400][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(800 + 500 + 500 + 50 + 350 == 2200 == 1400 + 800 and 800 + 500 + 500 == 1800, "capital 2.200, fixed 1.800")
    a = avg(post)
    true = 2200 / (a + 180)
    p.check(close(a, 447.2, 0.001) and close(true, 3.5, 0.01), "true payback 3,5 năm")
    p.check(off(1.5, true) and off(1.5, 2200 / a) and off(1.5, 2200 / (avg(pre) + 180)),
            "PLANTED payback 1,5 năm != 3,5 (4,9 without depreciation, 3,0 on pre-tax profit)")
    p.check(close(rev[0] / 1300, 1.35, 0.01) and close(kg[0] / 4300, 1.16, 0.01), "2026 +35 % revenue, +16 % kg on 2025")
    p.has("khoảng 1,5 năm", "Công ty hiện có 400 đàn ong", "công ty có 320 đàn ong", "320 đàn × 400.000 đồng")
    p.check(p.count("400 đàn") == 1 and p.count("320 đàn") == 2 and off(400, 320),
            "PLANTED figure-inconsistent: 400 đàn (company) vs 320 đàn (raw materials, costs)")
    p.has("180.000 đồng/hũ", "340.000 đồng/chai", "Tổng vốn đầu tư 2.200 triệu đồng", "vốn chủ sở hữu 1.400 triệu đồng",
          "800 triệu đồng, lãi suất 8 %/năm", "khoảng 3.000 kg/năm", "TCCS 01:2026/XL", "Nghị định 43/2017/NĐ-CP",
          "mã số 3001702236")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo|Cục SHTT|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aq10() -> Plan:
    p = Plan("aq10_lap_xuong_tom_thien_cam_hkd")
    a, b, kg, meat, shrimp, staff = (p.row("Gói 500 g|"), p.row("Gói 250 g|"), p.row("Tổng sản lượng"),
                                     p.row("Thịt nạc cần"), p.row("Tôm nõn cần"), p.row("Lao động|"))
    rev, ra, rb = p.row("Doanh thu|"), p.row("Gói 500 g (175.000"), p.row("Gói 250 g (90.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thịt nạc vai", "Mỡ heo", "Tôm nõn|", "Vỏ ruột, rượu", "Túi hút chân không", "Điện sấy",
                                 "Tiền công", "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Thuế khoán")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.5 + b[y] * 0.25 and meat[y] == kg[y] * 0.8 and shrimp[y] == kg[y] * 0.35,
                f"kg, meat 0,8, shrimp 0,35 {y}")
        p.check(close(ra[y], a[y] * 0.175) and close(rb[y], b[y] * 0.09) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.12) and close(lines[1][y], kg[y] * 0.3 * 0.05)
                and close(lines[2][y], shrimp[y] * 0.16) and close(lines[3][y], kg[y] * 0.01)
                and close(lines[4][y], (a[y] + b[y]) * 0.003) and close(lines[5][y], kg[y] * 0.008)
                and close(lines[6][y], staff[y] * 5 * 12) and close(lines[7][y], 25) and close(lines[8][y], 150 * 0.08)
                and close(lines[9][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(meat[y] <= 4000 and kg[y] * 0.3 <= 2000 and shrimp[y] <= 2000 and kg[y] <= 30 * 280,
                f"pork, fat, shrimp within contracts; within 8.400 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [120, 60, 70, 30, 120]
    p.has("tủ sấy điện 20 khay 120 triệu đồng", "máy hút chân không 60 triệu đồng", "lắp kho mát 70 triệu đồng",
          "đăng ký nhãn hiệu 30 triệu đồng", "vốn lưu động mua thịt, tôm 120 triệu đồng",
          "Tổng vốn đầu tư của phương án là 400 triệu đồng", "vốn tự có của gia đình 200 triệu đồng",
          "vay Ngân hàng Chính sách xã hội 150 triệu đồng")
    p.check(sum(items) == 400 and 200 + 150 == 350 and off(350, 400), "PLANTED sources 350 != total 400 (−12,5 %)")
    p.check(sum(items[:3]) == 250 and close(250 / 10, 25), "fixed 250, depreciation 25")
    ap = avg(prof)
    p.check(close(ap, 192.6, 0.001) and close(400 / (ap + 25), 1.8, 0.03), "payback 1,8")
    p.check(kg[0] / 2500 < 1.25, "2027 +20 % on 2025")
    p.has("175.000 đ/gói", "90.000 đ/gói", "400 : (192,6 + 25) ≈ 1,8 năm", "số 28E8012937", "TCCS 01:2027/TH",
          "Nghị định 43/2017/NĐ-CP", "Lạp xưởng tôm Thu Hằng\" tại Cục Sở hữu trí tuệ", "bể tách mỡ")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"kiểm nghiệm|HACCP|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan anywhere")
    market = p.section("# V. THỊ TRƯỜNG", "# VI.")
    p.check(not any(w in market.lower() for w in ("đồng", "đ/", "giá", "cửa hàng", "khách", "đại lý", "siêu thị", "chợ",
                                                    "online", "facebook", "zalo", "shopee", "hội chợ", "nhà hàng",
                                                    "bán lẻ", "bán buôn", "công ty")),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|siêu thị|\bchợ\b|hội chợ|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|khách|"
            r"nhà hàng|thương lái|phân phối|đơn hàng|đặt hàng|du lịch|quà", "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("aq11_banh_bot_nang_dong_loc_so_sai")
    a.check(close(40 * 30000 * 26, 31e6, 0.01), "40 kg × 30.000 × 26 days ≈ 31 triệu a month")
    a.has("khoảng 40 kg bánh", "30.000 đồng/kg", "26 ngày", "khoảng 31 triệu đồng/tháng", "khoảng 80 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024", "chợ Đồng Lộc")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, about a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|nguyên liệu|quy trình", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("aq12_mut_me_cam_linh_so_sai")
    b.check(1500 * 80000 == 120e6, "1,5 tấn × 80.000 = 120 triệu")
    b.has("khoảng 1,5 tấn mứt", "80.000 đồng/kg", "khoảng 120 triệu đồng", "chợ Cẩm Xuyên", "bãi biển Thiên Cầm")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|hợp tác xã|tổ hợp tác|@",
            "no registration, no e-mail (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (aq01, aq02, aq03, aq04, aq05, aq06, aq07, aq08, aq09, aq10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
