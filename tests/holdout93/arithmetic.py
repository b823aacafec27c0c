"""The 93rd holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout93/arithmetic.py

For every plan: revenue = quantity x unit price (room-nights, meals, guests, pupils, hats, boxes,
tablecloths), cost lines from their stated rates, cost lines sum to the total, profit = revenue -
cost, corporate tax (15 % up to 3 tỷ of revenue, 17 % above), investment items = capital sources =
total, depreciation, interest on the declining loan, payback = investment : (average profit +
depreciation), raw-material or food need vs supply, output vs capacity (rooms x 365, artisan days,
CNC hours, workshop seats), growth. Planted numeric defects are asserted wrong by more than 5 %
with the true value computed, everything else right within 1 %. Table figures are read from the
plan's source; figures quoted in running text are looked up verbatim so they cannot drift from
the tables. Textual planted defects (no registration, no technology section, no label, no
environment measure, replaced instruments, no food safety, a workers figure stated twice, a second
producer name, no trademark, no sales channel) are asserted by the absence or presence of their
words; ready plans cite no replaced instrument and no district body; no plan has a template
placeholder.
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

# Instruments replaced before mid-2026 (and district bodies abolished on 1/7/2025).
OUTDATED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|51/2021|03/2014/TT|"
            r"01/2021/NĐ-CP|136/2020|\bhuyện\b|Phòng Nông nghiệp")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def headings(self) -> list[str]:
        return [ln for ln in self.body.splitlines() if ln.startswith("#")]

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def common(p: Plan, ready: bool = False) -> None:
    p.lacks(PLACEHOLDER, "template placeholder")
    if ready:
        p.lacks(OUTDATED, "ready plan cites a replaced instrument or a district body")


def tax_rate(revenue_trieu: float) -> float:
    return 0.15 if revenue_trieu <= 3000 else 0.17


# --------------------------------------------------------------------------- ready

def cp01() -> Plan:
    p = Plan("cp01_homestay_khe_hao_hkd")
    n, m, e, occ, staff = (p.row("Số đêm phòng bán được"), p.row("Số suất ăn phục vụ"), p.row("Lượt khách trải nghiệm"),
                           p.row("Công suất sử dụng phòng"), p.row("Cộng lao động thuê"))
    rr, rm, re_, rev = (p.row("Lưu trú (600.000"), p.row("Ăn uống (150.000"), p.row("Trải nghiệm (200.000"),
                        p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Thực phẩm chế biến", "Đồ dùng phòng", "Điện, nước, gas", "Thù lao nghệ nhân",
                                 "Tiền lương lao động thuê", "Khấu hao tài sản cố định", "Lãi vay |",
                                 "Hoa hồng đặt phòng", "Bảo trì, chi phí khác", "Thuế GTGT")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(rr[y], n[y] * 0.6) and close(rm[y], m[y] * 0.15) and close(re_[y], e[y] * 0.2)
                and close(rev[y], rr[y] + rm[y] + re_[y]), f"revenue {y}")
        p.check(close(lines[0][y], rm[y] * 0.45) and close(lines[1][y], n[y] * 0.06) and close(lines[2][y], n[y] * 0.04)
                and close(lines[3][y], e[y] * 0.08), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 1140 / 10)
                and close(lines[6][y], [500, 400, 300][y] * 0.08) and close(lines[7][y], rr[y] * 0.10)
                and close(lines[9][y], rev[y] * 0.06), f"wages, depreciation, interest, commission, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(occ[y], n[y] / (8 * 365) * 100) and n[y] <= 8 * 365, f"occupancy, 2.920 room-nights {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(m[2] * 0.5 == 2200 and 2200 <= 3000, "food need 2.200 kg within 3.000 kg contracted")
    p.check(n[0] * 2 == 2920 and n[2] * 2 == 3500, "2 guests per room-night")
    p.check(close(1100 / (4 * 365), 0.75, 0.01), "2025: 1.100 room-nights on 4 rooms = 75 %")
    items = [p.one(x) for x in ("Xây dựng 2 nhà gỗ", "Khu bếp riêng", "Nội thất, chăn ga", "Hệ thống báo cháy, bình",
                                "Bể tự hoại", "Biển hiệu, ảnh", "Vốn lưu động")]
    src = [p.row("Vốn tự có của hộ", 2), p.row("Vay Ngân hàng Nông nghiệp", 2), p.row("Cộng |", 2)]
    p.check(sum(items) == p.one("Tổng cộng") == 1300 == src[0][0] + src[1][0] == src[2][0] and sum(items[:6]) == 1140,
            "capital 1.300 = 800 + 500, fixed 1.140")
    p.check(close(src[0][1], 800 / 13) and close(src[1][1], 500 / 13), "source shares")
    avg = sum(prof) / 3
    p.check(close(avg, 478.9, 0.001) and close(1300 / (478.9 + 114), 2.2, 0.02), "average profit 478,9, payback 2,2")
    p.check(close(prof[0] / rev[0] * 100, 24.8, 0.005) and close(prof[2] / rev[2] * 100, 28.2, 0.005), "margins")
    p.has("600.000 đồng/phòng/đêm", "150.000 đồng/suất", "200.000 đồng/lượt", "8 phòng × 365 ngày = 2.920 đêm phòng/năm",
          "khoảng 59,9%", "(410 + 453,6 + 573,2) : 3 ≈ 478,9", "1.300 : (478,9 + 114) ≈ 2,2 năm",
          "Tổng vốn đầu tư 1.300 triệu đồng", "khoảng 3.000 kg thực phẩm/năm", "nhu cầu năm 2029 khoảng 2.200 kg",
          "trả gốc 100 triệu đồng mỗi năm", "tiền lãi năm 2027 là 40 triệu đồng", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "phương án chữa cháy", "bể tự hoại", "TCCS 01:2026/KH",
          "Cục Sở hữu trí tuệ", "Luật Du lịch năm 2017", "Doanh thu đạt 1.656 triệu đồng năm 2027 và 2.030 triệu đồng năm 2029",
          "từ 24,8% (năm 2027) đến 28,2% (năm 2029)")
    common(p, ready=True)
    return p


def cp02() -> Plan:
    p = Plan("cp02_non_la_ha_linh_htx")
    a, b, mi, tot = (p.row("Nón lá trắng truyền thống |"), p.row("Nón bài thơ |"), p.row("Nón lá mini lưu niệm |"),
                     p.row("Cộng |"))
    leaf, contract, vanh = p.row("Lá nón khô cần dùng"), p.row("Lá nón theo hợp đồng"), p.row("Vành tre, cước, quai |")
    rev, ra, rb, rm = p.row("Doanh thu |"), p.row("Nón lá trắng (55.000"), p.row("Nón bài thơ (150.000"), p.row("Nón mini (30.000")
    lines = [p.row(x) for x in ("Lá nón (60.000", "Vành tre, cước, chỉ", "Tiền công khoán chằm nón", "Hộp, túi giấy, nhãn",
                                 "Điện sấy, là lá", "Lương bộ máy quản lý", "Khấu hao tài sản cố định", "Lãi vay |",
                                 "Bán hàng, hội chợ", "Chi phí quản lý khác")]
    cost = p.row("Chi phí |")
    summary = [p.row(str(2027 + y), 5) for y in Y]  # years as rows: revenue, cost, pre-tax, tax, after-tax
    for y in Y:  # triệu đồng
        kg = 0.1 * (a[y] + b[y]) + 0.03 * mi[y]
        p.check(tot[y] == a[y] + b[y] + mi[y] == vanh[y] and close(leaf[y], kg) and leaf[y] <= contract[y] == 2500,
                f"hat count, leaf need within 2,5 tấn {y}")
        p.check(close(ra[y], a[y] * 0.055) and close(rb[y], b[y] * 0.15) and close(rm[y], mi[y] * 0.03)
                and close(rev[y], ra[y] + rb[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg * 0.06) and close(lines[1][y], a[y] * 0.005 + b[y] * 0.015 + mi[y] * 0.002)
                and close(lines[2][y], a[y] * 0.02 + b[y] * 0.05 + mi[y] * 0.008)
                and close(lines[3][y], a[y] * 0.002 + b[y] * 0.008 + mi[y] * 0.003) and close(lines[4][y], kg * 0.005),
                f"per-hat costs {y}")
        p.check(close(lines[5][y], 3 * 5 * 12) and close(lines[6][y], 400 / 10) and close(lines[7][y], [300, 200, 100][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 30), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(tax_rate(s[0]) == 0.15 and close(s[3], s[2] * 0.15) and close(s[4], s[2] - s[3]), f"15 % tax {y}")
        p.check(a[y] * 0.5 + b[y] * 1.2 + mi[y] * 0.2 <= 80 * 200, f"artisan days within 16.000 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(a[2] * 0.5 + b[2] * 1.2 + mi[2] * 0.2 == 14160, "14.160 artisan days in 2029")
    p.check(220 + 60 + 40 + 30 + 50 + 200 == 600 == 300 + 300 and 220 + 60 + 40 + 30 + 50 == 400, "capital 600, fixed 400")
    post = [s[4] for s in summary]
    p.check(close(sum(post) / 3, 264.2, 0.001) and close(600 / (264.2 + 40), 2.0, 0.02), "average 264,2, payback 2,0")
    p.check(close(rev[0] / 1000, 1.4) and close(rev[2] / 1000, 1.69), "1,4 and 1,69 tỷ")
    p.check(close(rev[0] / 1200, 1.17, 0.01), "+17 % on 2025's 1,2 tỷ")
    p.check(close(lines[2][0] / 80, 6, 0.01) and close(lines[2][2] / 80, 7.2, 0.01)
            and close(0.02 / 0.5, 0.04) and close(0.05 / 1.2, 0.04, 0.05) and close(0.008 / 0.2, 0.04), "6–7 tr/năm, 40.000 đ/ngày công")
    p.has("40.000 đồng/ngày công", "6–7 triệu đồng/năm", "478–574 triệu đồng/năm")
    p.has("55.000 đồng/chiếc", "150.000 đồng/chiếc", "30.000 đồng/chiếc", "60.000 đồng/kg", "2,5 tấn lá khô/năm",
          "16.000 × 0,5 + 3.800 × 1,2 + 8.000 × 0,2 = 14.160 ngày công", "tổng 16.000 ngày công/năm",
          "(210,6 + 264,2 + 317,8) : 3 ≈ 264,2", "600 : (264,2 + 40) ≈ 2,0 năm", "Tổng vốn đầu tư 600 triệu đồng",
          "TCCS 01:2025/HTXNL", "Nghị định số 43/2017/NĐ-CP và Nghị định số 111/2021/NĐ-CP", "nhãn hiệu tập thể",
          "mã QR", "không dùng lưu huỳnh", "Giấy chứng nhận đăng ký hợp tác xã")
    p.check(p.body.index("# PHẦN THỨ NHẤT: TỔNG QUAN THỊ TRƯỜNG") < p.body.index("# PHẦN THỨ HAI: GIỚI THIỆU VỀ HỢP TÁC XÃ"),
            "HTX template: market before the cooperative")
    p.check("hoà" in p.body and "thuỷ" in p.body.lower(), "old tone placement present")
    common(p, ready=True)
    return p


def cp03() -> Plan:
    p = Plan("cp03_tour_lang_nghe_hong_lam_cty")
    A, B, C, tot = p.row("Tour A –"), p.row("Tour B –"), p.row("Tour C –"), p.row("Tổng lượt khách")
    staff, guides = p.row("Tổng số |"), p.row("Hướng dẫn viên |")
    rev, rA, rB, rC = p.row("Doanh thu |"), p.row("Tour A (650.000"), p.row("Tour B (320.000"), p.row("Tour C (180.000")
    lines = [p.row(x) for x in ("Chi trả hộ làng nghề", "Suất ăn trưa tour A", "Thuê xe vận chuyển", "Tiền lương |",
                                 "Bảo hiểm du lịch", "Khấu hao |", "Lãi vay |", "Hoa hồng đại lý", "Văn phòng, quản lý khác")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(tot[y] == A[y] + B[y] + C[y] and tot[y] <= 60 * 300, f"guests, within 18.000 {y}")
        p.check(close(rA[y], A[y] * 0.65) and close(rB[y], B[y] * 0.32) and close(rC[y], C[y] * 0.18)
                and close(rev[y], rA[y] + rB[y] + rC[y]), f"revenue {y}")
        p.check(close(lines[0][y], A[y] * 0.15 + B[y] * 0.10 + C[y] * 0.05) and close(lines[1][y], A[y] * 0.12)
                and close(lines[2][y], A[y] * 0.10 + (B[y] + C[y]) * 0.04) and close(lines[4][y], tot[y] * 0.01),
                f"per-guest costs {y}")
        p.check(close(lines[3][y], staff[y] * 7.5 * 12) and close(lines[5][y], 500 / 5)
                and close(lines[6][y], [300, 200, 100][y] * 0.08) and close(lines[7][y], rev[y] * 0.08),
                f"wages, depreciation, interest, commission {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tax_rate(rev[y]) == 0.17 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(staff[y] == 4 + guides[y], f"staff table {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(rev[0] / 2600, 1.25, 0.01) and close(tot[0] / 7500, 1.25, 0.01), "+25 % on the 2026 estimate")
    items = [p.one(x) for x in ("Nhà đón khách, trưng bày", "Chỗ thực hành", "Loa, tai nghe", "Trang web đặt tour",
                                "Biển chỉ dẫn, bảng thuyết minh", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 800 == 500 + 300 and sum(items[:5]) == 500, "capital 800, fixed 500")
    p.check(close(sum(post) / 3, 291, 0.001) and close(800 / (291 + 100), 2.0, 0.03), "average 291, payback 2,0")
    p.check(close(lines[0][0] / 16, 54, 0.01) and close(lines[0][2] / 16, 69, 0.01), "54–69 triệu per household")
    p.has("650.000 đồng/khách", "320.000 đồng/khách", "180.000 đồng/học sinh", "150.000 đồng/khách tour A",
          "100.000 đồng/khách tour B", "50.000 đồng/học sinh tour C", "120.000 đồng/suất",
          "tối đa 60 khách/ngày (hai đoàn 30 khách), 300 ngày/năm, tương đương 18.000 lượt khách/năm",
          "(211,5 + 291 + 370,4) : 3 ≈ 291", "800 : (291 + 100) ≈ 2,0 năm", "Tổng vốn đầu tư 800 triệu đồng",
          "vốn chủ sở hữu 500 triệu đồng", "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/LVHL", "Cục Sở hữu trí tuệ",
          "12 trường, mỗi năm khoảng 4.000 học sinh", "Doanh thu năm 2027 đạt 3.240 triệu đồng, năm 2029 đạt 4.196 triệu đồng")
    common(p, ready=True)
    return p


def cp04() -> Plan:
    p = Plan("cp04_do_go_my_nghe_lam_hong_ctcp")
    h, t, tr, wood = p.row("Hộp trà gỗ chạm khắc"), p.row("Tượng gỗ phong thủy"), p.row("Tranh gỗ khắc"), p.row("Gỗ xẻ sử dụng")
    staff = p.row("Tổng số lao động")
    rev, rh, rt, rtr = (p.row("Doanh thu |"), p.row("Hộp trà (350.000"), p.row("Tượng gỗ (1.600.000"),
                        p.row("Tranh gỗ (900.000"))
    lines = [p.row(x) for x in ("Gỗ xẻ (8.000.000", "Sơn, dầu, phụ liệu", "Hộp, nhãn, mã QR", "Tiền lương |", "Điện sản xuất",
                                 "Khấu hao tài sản mới", "Lãi vay |", "Bán hàng (7%", "Quản lý doanh nghiệp", "Vận hành hút bụi")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    M = 1e6
    for y in Y:  # đồng
        p.check(close(wood[y], h[y] * 0.004 + t[y] * 0.03 + tr[y] * 0.012) and wood[y] <= 90, f"wood m³ within 90 {y}")
        p.check(h[y] * 0.5 + t[y] * 3 + tr[y] * 1.5 <= 4 * 8 * 300, f"CNC hours within 9.600 {y}")
        p.check(close(rh[y], h[y] * 350000) and close(rt[y], t[y] * 1600000) and close(rtr[y], tr[y] * 900000)
                and close(rev[y], rh[y] + rt[y] + rtr[y]), f"revenue {y}")
        p.check(close(lines[0][y], wood[y] * 8 * M) and close(lines[1][y], (h[y] * 0.02 + t[y] * 0.08 + tr[y] * 0.05) * M)
                and close(lines[2][y], (h[y] * 0.015 + t[y] * 0.06 + tr[y] * 0.04) * M)
                and close(lines[4][y], (h[y] * 0.005 + t[y] * 0.03 + tr[y] * 0.015) * M), f"per-piece costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * M * 12) and close(lines[5][y], 1500 * M / 8)
                and close(lines[6][y], [1000, 750, 500][y] * M * 0.08) and close(lines[7][y], rev[y] * 0.07)
                and close(lines[8][y], 180 * M) and close(lines[9][y], 24 * M), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tax_rate(rev[y] / M) == 0.17 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(h[2] * 0.5 + t[2] * 3 + tr[2] * 1.5 == 8850, "8.850 CNC hours in 2029")
    p.check(close(5200 * 0.35 + 650 * 1.6 + 950 * 0.9, 3700, 0.01) and h[0] / 5200 < 1.2, "2025 revenue 3,7 tỷ, +15 % boxes")
    items = [p.one(x) for x in ("2 máy CNC 4 đầu khắc", "Hệ thống hút bụi và buồng sơn", "Cải tạo nhà xưởng",
                                "Phòng trưng bày sản phẩm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 * M == 1000 * M + 1000 * M and sum(items[:4]) == 1500 * M,
            "capital 2 tỷ, fixed 1,5 tỷ")
    p.check(sum(post) / 3 == 1067712000 and close(2000 * M / (1067712000 + 187500000), 1.6, 0.01), "average, payback 1,6")
    p.has("350.000 đồng/hộp", "1.600.000 đồng/tượng", "900.000 đồng/bức", "8.000.000 đồng/m³", "tổng nguồn cung khoảng 90 m³/năm",
          "4 máy × 8 giờ × 300 ngày = 9.600 giờ máy/năm", "7.200 × 0,5 + 1.000 × 3 + 1.500 × 1,5 = 8.850 giờ máy",
          "2.000.000.000 : (1.067.712.000 + 187.500.000) ≈ 1,6 năm", "Tổng vốn đầu tư 2.000.000.000 đồng",
          "trả gốc 250.000.000 đồng/năm", "mỗi năm 187.500.000 đồng", "TCCS 01:2025/LH",
          "Nghị định số 43/2017/NĐ-CP và Nghị định số 111/2021/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu",
          "hút bụi túi vải", "buồng sơn màng nước", "chất thải nguy hại", "đăng ký môi trường", "hồ sơ lâm sản hợp pháp",
          "khoảng 170–270 triệu đồng thuế TNDN")
    common(p, ready=True)
    return p


# --------------------------------------------------------------------------- revise

def cp05() -> Plan:
    p = Plan("cp05_sinh_thai_khe_lim_gia_dinh")
    v, tent, kay, staff = p.row("Lượt khách tham quan"), p.row("Lều cắm trại qua đêm"), p.row("Lượt chèo kayak"), p.row("Cộng lao động thuê")
    rev, rv, rl, rk = (p.row("Doanh thu |"), p.row("Vé tham quan (50.000"), p.row("Cắm trại (250.000"),
                       p.row("Chèo thuyền kayak (100.000"))
    lines = [p.row(x) for x in ("Tiền lương lao động thuê", "Phí dịch vụ môi trường rừng", "Vệ sinh, thu gom rác",
                                 "Bảo dưỡng lều", "Bảo dưỡng kayak", "Bảo hiểm cho khách", "Khấu hao tài sản cố định",
                                 "Lãi vay |", "Quảng bá |", "Quản lý, chi khác")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    B = 1e3  # tỷ đồng -> triệu
    true_rk = [k * 0.1 / B for k in kay]
    for y in Y:  # tỷ đồng
        p.check(close(rv[y], v[y] * 0.05 / B) and close(rl[y], tent[y] * 0.25 / B), f"ticket, camping revenue {y}")
        p.check(close(rev[y], rv[y] + rl[y] + rk[y]), f"revenue total = its rows (as written) {y}")
        p.check(close(lines[0][y], staff[y] * 5.5 * 12 / B) and close(lines[2][y], v[y] * 0.005 / B)
                and close(lines[3][y], tent[y] * 0.05 / B) and close(lines[4][y], kay[y] * 0.02 / B)
                and close(lines[5][y], v[y] * 0.003 / B) and close(lines[6][y], 1.5 / 10)
                and close(lines[7][y], [0.8, 0.6, 0.4][y] * 0.09), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit as written {y}")
        p.check(v[y] <= 500 * 365 and tent[y] <= 20 * 365 and kay[y] <= 10 * 8 * 300, f"within the stated capacities {y}")
    p.check(close(rk[0], true_rk[0]) and close(rk[2], true_rk[2]), "kayak 2027, 2029 right")
    p.check(close(true_rk[1], 0.6) and rk[1] == 0.75 and off(rk[1], true_rk[1]), "PLANTED kayak 2028 0,75 != 6.000 × 100.000 = 0,6 tỷ")
    true_rev2 = rv[1] + rl[1] + true_rk[1]
    p.check(close(true_rev2, 2.5) and rev[1] == 2.65 and off(rev[1], true_rev2), "2028 revenue 2,65 instead of 2,5")
    p.check(close(true_rev2 - cost[1], 1.028) and off(prof[1], true_rev2 - cost[1]),
            "tolerated knock-on: 2028 profit 1,178 instead of 1,028")
    true_rev = [rv[y] + rl[y] + true_rk[y] for y in Y]
    g = [true_rev[y] / true_rev[y - 1] for y in (1, 2)]
    p.check(v[1] / v[0] == 2 and v[2] / v[1] == 2 and tent[2] / tent[0] == 4 and kay[2] / kay[0] == 4
            and all(close(x, 2.0) for x in g), "PLANTED volumes and revenue double every year")
    p.check(all(off(x, 1.10) for x in g) and off(v[2] / 9000, 1.0), "PLANTED ×2/year vs the market's +10 %/year; ×6,7 on 2025")
    p.check(sum([0.5, 0.3, 0.25, 0.2, 0.1, 0.15, 0.3]) == 1.8 == 1.0 + 0.8 and close(0.5 + 0.3 + 0.25 + 0.2 + 0.1 + 0.15, 1.5),
            "capital 1,8 tỷ = 1,0 + 0,8, fixed 1,5")
    p.check(close(p.one("Tổng cộng"), 1.8), "investment total")
    hv, ht, hr = p.row("Khách tham quan (lượt)"), p.row("Lều cắm trại (lều đêm)"), p.row("Doanh thu (tỷ đồng)")
    p.check(all(hr[i] >= hv[i] * 0.05 / B + ht[i] * 0.25 / B for i in Y) and [hv[2], ht[2]] == [9000, 500]
            and close(hr[2], 0.6), "2023-2025 history: tickets + tents below the revenue (kayak on top); 2025 as in the text")
    p.check(sum(p.one(x) for x in ("Học sinh, sinh viên", "Nhóm bạn trẻ", "Gia đình |")) == 100, "customer shares add to 100 %")
    p.check(p.one("Lều cắm trại 2–4") == 20 and p.one("Thuyền kayak đôi") == 10 and p.one("Áo phao") == 60, "equipment table = text")
    avg = sum(prof) / 3
    p.check(close(avg, 1.42, 0.001) and close(1.8 / (1.42 + 0.15), 1.15, 0.01), "stated payback 1,15 on the stated profits")
    p.check(close(1.8 / ((prof[0] + true_rev2 - cost[1] + prof[2]) / 3 + 0.15), 1.18, 0.01), "1,18 on the true 2028 profit")
    p.has("50.000 đồng/người", "250.000 đồng/lều/đêm", "100.000 đồng/lượt", "Tổng vốn đầu tư 1,8 tỷ đồng",
          "vay ngân hàng thương mại 0,8 tỷ đồng", "tăng khoảng 10%/năm", "tăng gấp đôi mỗi năm",
          "thực hiện trong năm 2026 và quý I/2027", "năm 2028 đạt 2,65 tỷ đồng", "(0,162 + 1,178 + 2,924) : 3 ≈ 1,42",
          "1,8 : (1,42 + 0,15) ≈ 1,15 năm", "khoảng 9.000 lượt khách", "Sức chứa tối đa khoảng 500 khách/ngày")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thành lập|giấy phép|giấy chứng nhận đăng ký|công ty|thuế",
            "PLANTED no registration, legal form, tax code or plan to register")
    p.lacks(r"ăn uống tại điểm|suất ăn|nhà hàng", "no food service (no-food-safety does not apply)")
    common(p, ready=True)  # nothing outdated either
    return p


def cp06() -> Plan:
    p = Plan("cp06_theu_ren_xuan_vien_tht")
    k, g, t = p.row("Khăn trải bàn thêu ren (chiếc)"), p.row("Vỏ gối thêu (chiếc)"), p.row("Túi xách thêu (chiếc)")
    k2, g2, t2, cloth = (p.row("Khăn trải bàn (chiếc)"), p.row("Vỏ gối (chiếc)"), p.row("Túi xách (chiếc)"),
                         p.row("Vải lanh cần dùng (m)"))
    workers, avail, need = p.row("Thợ thêu (người)"), p.row("Ngày công thêu có thể bố trí"), p.row("Ngày công thêu cần dùng")
    rk, rg, rt, rev_i = p.row("Khăn trải bàn (450.000"), p.row("Vỏ gối (150.000"), p.row("Túi xách (250.000"), p.row("Tổng doanh thu")
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Vải lanh (70.000", "Chỉ thêu, ren", "Tiền công thêu khoán", "Hộp giấy, túi giấy",
                                 "Khấu hao |", "Bán hàng, hội chợ", "Quản lý, chi khác", "Lãi vay |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(k[y] == k2[y] and g[y] == g2[y] and t[y] == t2[y], f"output tables agree {y}")
        p.check(close(cloth[y], k[y] * 1.8 + g[y] * 0.5 + t[y] * 0.6), f"linen need {y}")
        p.check(off(cloth[y], 5000), f"PLANTED linen need {cloth[y]:.0f} m > 5.000 m contracted {y}")
        p.check(close(rk[y], k[y] * 450) and close(rg[y], g[y] * 150) and close(rt[y], t[y] * 250)
                and close(rev_i[y], rk[y] + rg[y] + rt[y]) and rev[y] == rev_i[y], f"revenue {y}")
        p.check(close(lines[0][y], cloth[y] * 70) and close(lines[1][y], k[y] * 40 + g[y] * 10 + t[y] * 35)
                and close(lines[2][y], k[y] * 180 + g[y] * 50 + t[y] * 80) and close(lines[3][y], k[y] * 12 + g[y] * 4 + t[y] * 6),
                f"per-piece costs {y}")
        p.check(close(lines[4][y], 250000 / 5) and close(lines[5][y], rev[y] * 0.06) and close(lines[6][y], 60000)
                and close(lines[7][y], [150000, 100000, 50000][y] * 0.066), f"depreciation, selling, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(avail[y] == workers[y] * 250 and close(need[y], k[y] * 2.5 + g[y] * 0.6 + t[y] * 0.8)
                and need[y] <= avail[y], f"embroidery days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(cloth[0] / 5000, 1.08, 0.001) and close(cloth[2] / 5000, 1.376, 0.001), "short by 8 % to 38 %")
    items = [p.one(x) for x in ("30 bộ khung thêu", "2 máy may công nghiệp", "Cải tạo phòng trưng bày", "Thiết kế mẫu, hộp giấy",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 400000 == 250000 + 150000 and sum(items[:4]) == 250000, "capital 400, fixed 250")
    p.check(sum(prof) / 3 == 302300 and close(400000 / (302300 + 50000), 1.1, 0.04), "average 302.300, payback 1,1")
    p.check(close(lines[2][0] / 40 / 12 / 1000, 1.2, 0.01) and close(lines[2][2] / 40 / 12 / 1000, 1.5, 0.03), "1,2–1,5 tr/tháng")
    p.check(close(rev[0] / 1180000, 1.38, 0.01), "+38 % on 2025 (1,18 tỷ), with new frames and working capital")
    spec = [p.row(x, 2) for x in ("Khăn trải bàn thêu ren |", "Vỏ gối thêu |", "Túi xách thêu |")]
    p.check([x[0] for x in spec] == [2.5, 0.6, 0.8] and [x[1] for x in spec] == [450000, 150000, 250000],
            "product table: embroidery days and prices = the rates used")
    p.check(close(1100 * 0.45 + 2400 * 0.15 + 1300 * 0.25, 1180, 0.001), "2025 revenue 1,18 tỷ")
    p.has("doanh thu khoảng 1,18 tỷ đồng")
    p.has("lượng cung cấp 5.000 m/năm", "nguồn vải này bảo đảm đủ cho kế hoạch sản xuất", "1,8 m/khăn trải bàn",
          "450.000 đồng/chiếc", "150.000 đồng/chiếc", "250.000 đồng/chiếc", "70.000 đồng/m", "Tổng vốn đầu tư 400 triệu đồng",
          "(247.600 + 302.300 + 357.000) : 3 = 302.300", "400.000 : (302.300 + 50.000) ≈ 1,1 năm", "TCCS 01:2026/THTXV",
          "Giấy chứng nhận đăng ký tổ hợp tác", "hộp giấy cứng in logo")
    heads = "\n".join(p.headings()).lower()
    p.check(not re.search(r"quy trình|công nghệ|thiết bị|máy móc|nhà xưởng|công suất|tổ chức sản xuất|mặt bằng", heads),
            "PLANTED no technology heading")
    p.lacks(r"quy trình (sản xuất|thêu|công nghệ)|công nghệ|công suất|nhà xưởng|dây chuyền",
            "PLANTED no process, workshop or capacity text either")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã QR|mã vạch|nhãn mác", "PLANTED no label or labelling decree")
    common(p, ready=True)
    return p


def cp07() -> Plan:
    p = Plan("cp07_moc_my_nghe_phuc_son_cty")
    t, h, tr, n = p.row("Tượng gỗ mỹ nghệ |"), p.row("Hộp đựng trà |"), p.row("Tranh gỗ treo tường"), p.row("Tổng sản lượng")
    staff = p.one("Cộng |")
    rev, rt, rh, rtr = (p.row("Tổng doanh thu"), p.row("Tượng gỗ (1.500.000"), p.row("Hộp đựng trà (300.000"),
                        p.row("Tranh gỗ (800.000"))
    lines = [p.row(x) for x in ("Gỗ xẻ (9", "Sơn PU", "Hộp, thùng, nhãn", "Tiền lương (18", "Điện |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (6%", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 20 * 300
    for y in Y:  # triệu đồng (tr.đ)
        wood = t[y] * 0.025 + h[y] * 0.004 + tr[y] * 0.01
        p.check(n[y] == t[y] + h[y] + tr[y] and wood <= 70, f"output sum, wood within 70 m³ {y}")
        p.check(close(rt[y], t[y] * 1.5) and close(rh[y], h[y] * 0.3) and close(rtr[y], tr[y] * 0.8)
                and close(rev[y], rt[y] + rh[y] + rtr[y]), f"revenue {y}")
        p.check(close(lines[0][y], wood * 9) and close(lines[1][y], t[y] * 0.06 + h[y] * 0.015 + tr[y] * 0.04)
                and close(lines[2][y], t[y] * 0.05 + h[y] * 0.01 + tr[y] * 0.03)
                and close(lines[4][y], t[y] * 0.02 + h[y] * 0.005 + tr[y] * 0.01), f"per-piece costs {y}")
        p.check(close(lines[3][y], staff * 7 * 12) and close(lines[5][y], 50 + 300 / 10)
                and close(lines[6][y], [600, 450, 300][y] * 0.085) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 100), f"wages (18, constant), depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax 15/17 % {y}")
    p.check(n[0] <= cap, "2027 within 6.000")
    p.check(n[1] == 6800 and n[2] == 8000 and off(n[1], cap) and off(n[2], cap),
            "PLANTED 2028-2029 output 6.800 / 8.000 > 20 × 300 = 6.000 with no new machine or worker")
    p.check(close(rev[1] / rev[0], 1.26, 0.01) and close(rev[2] / rev[1], 1.16, 0.01), "tolerated knock-on: +26 %, +16 %")
    p.check(close(480 * 1.5 + 3600 * 0.3 + 700 * 0.8, 2360, 0.001) and 480 + 3600 + 700 == 4780, "2025: 4.780 pieces, 2,36 tỷ")
    hn, hr, hl = p.row("Sản lượng thực hiện"), p.row("Doanh thu thực hiện"), p.row("Lao động (người)")
    p.check([hn[2], hr[2], hl[2]] == [4780, 2.36, 18] and hn[0] < hn[1] < hn[2] < cap, "history, 2025 as in the text, all below 6.000")
    p.check(sum(p.one(x) for x in ("Hà Tĩnh |", "Nghệ An |", "Thanh Hóa |", "Hà Nội |")) == p.one("Tổng số đại lý") == 22,
            "22 agents by province")
    p.has("doanh thu khoảng 2,36 tỷ đồng")
    p.check(200 + 60 + 40 + 500 == 800 == 200 + 600 and 200 + 60 + 40 == 300, "capital 800, fixed 300")
    p.check(close(sum(post) / 3, 593.5, 0.001) and close(800 / (593.5 + 80), 1.2, 0.02), "average 593,5, payback 1,2")
    p.has("20 sản phẩm/ngày × 300 ngày = 6.000 sản phẩm/năm", "không mua thêm máy", "Số lao động giữ nguyên",
          "1.500.000 đồng/tượng", "300.000 đồng/hộp", "800.000 đồng/bức", "Tổng vốn đầu tư 800 triệu đồng",
          "(186,66 + 624,24 + 969,61) : 3 ≈ 593,5", "800 : (593,5 + 80) ≈ 1,2 năm", "70 m³", "phun sơn PU", "chà nhám")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND", "UBND huyện Hương Khê", "huyện Hương Khê, tỉnh Hà Tĩnh")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"môi trường|bụi|mùn|phoi|dăm bào|khí thải|hơi sơn|nước thải|chất thải|\brác\b|xử lý|thu gom|buồng sơn|"
            r"ô nhiễm|tiếng ồn|hút bụi|khẩu trang|đăng ký môi trường|72/2020",
            "PLANTED no environmental measure anywhere")
    common(p)
    return p


def cp08() -> Plan:
    p = Plan("cp08_homestay_bai_moi_htx")
    rooms, n, m, e, staff = (p.row("Số phòng |"), p.row("Đêm phòng bán được"), p.row("Suất ăn |"),
                             p.row("Lượt khách trải nghiệm"), p.row("Tổng số |"))
    rr, rm, re_, rev = (p.row("Doanh thu lưu trú (500.000"), p.row("Doanh thu ăn uống (200.000"),
                        p.row("Doanh thu trải nghiệm (250.000"), p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Hải sản, thực phẩm", "Chi trả hộ homestay", "Đồ dùng, giặt là", "Điện, nước, gas",
                                 "Ngư dân hướng dẫn", "Tiền lương |", "Khấu hao |", "Lãi vay |", "Hoa hồng đặt phòng",
                                 "Chi phí khác |")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(rr[y], n[y] * 0.5) and close(rm[y], m[y] * 0.2) and close(re_[y], e[y] * 0.25)
                and close(rev[y], rr[y] + rm[y] + re_[y]), f"revenue {y}")
        p.check(close(lines[0][y], rm[y] * 0.5) and close(lines[1][y], rr[y] * 0.3) and close(lines[2][y], n[y] * 0.05)
                and close(lines[3][y], n[y] * 0.04) and close(lines[4][y], e[y] * 0.1), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 5 * 12) and close(lines[6][y], 1000 / 10)
                and close(lines[7][y], [500, 375, 250][y] * 0.08) and close(lines[8][y], rev[y] * 0.08)
                and close(lines[9][y], 60), f"wages, depreciation, interest, commission {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(n[y] <= rooms[y] * 365 and m[y] * 0.4 <= 5000, f"16 rooms × 365; seafood within 5 tấn {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax on the written profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[1], rev[1] - cost[1]), "2027, 2028 profit right")
    p.check(close(rev[2] - cost[2], 535.8) and pre[2] == 635.8 and off(pre[2], rev[2] - cost[2]),
            "PLANTED 2029 pre-tax profit 635,8 != 3.515 − 2.979,2 = 535,8")
    avg = sum(post) / 3
    true_post = [post[0], post[1], (rev[2] - cost[2]) * 0.83]
    p.check(close(avg, 398, 0.001) and close(1200 / (398 + 100), 2.4, 0.01), "stated payback 2,4 on the written profits")
    p.check(close(1200 / (sum(true_post) / 3 + 100), 2.55, 0.01) and off(2.55, 2.4, 5.0),
            "tolerated knock-on: true payback 2,55")
    p.check(close(n[2] / (16 * 365) * 100, 54.8, 0.005), "54,8 % occupancy 2029")
    homes = [p.one(x) for x in ("Nhà Sóng", "Nhà Lưới", "Nhà Thuyền", "Nhà Gió", "Nhà Cát", "Nhà Rạn")]
    p.check(sum(homes) == p.one("Tổng số phòng") == rooms[0] == 16, "16 rooms in 6 homes")
    p.check(close(n[0] * 0.7, 1820) and close(n[0] * 0.3, 780), "70/30 peak split of 2.600 room-nights")
    p.has("1.820 đêm phòng mùa cao điểm và 780 đêm phòng mùa thấp điểm")
    p.check(480 + 300 + 60 + 60 + 50 + 50 + 200 == 1200 == 700 + 500 and 480 + 300 + 60 + 60 + 50 + 50 == 1000,
            "capital 1.200, fixed 1.000")
    p.has("Năm 2027 hợp tác xã bố trí 18 lao động làm việc thường xuyên")  # PLANTED figure-inconsistent
    p.check(staff[0] == 12 and close(lines[5][0], 12 * 5 * 12) and off(18, staff[0]), "PLANTED 18 workers vs 12 in the table")
    p.has("việc làm thường xuyên cho 12–14 lao động", "500.000 đồng/phòng/đêm", "200.000 đồng/suất", "250.000 đồng/người",
          "Tổng vốn đầu tư 1.200 triệu đồng", "(298,35 + 368,02 + 527,71) : 3 ≈ 398", "1.200 : (398 + 100) ≈ 2,4 năm",
          "16 phòng × 365 ngày = 5.840 đêm phòng/năm", "khoảng 5 tấn hải sản/năm", "nhu cầu năm 2029 khoảng 2.880 kg",
          "Nhà ăn cộng đồng 80 chỗ", "Luật Du lịch năm 2017", "bình chữa cháy", "bể tách mỡ")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|khám sức khỏe|ngộ độc|lưu mẫu|kiểm thực|15/2018|"
            r"bếp một chiều|tập huấn kiến thức",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    common(p, ready=True)
    return p


def cp09() -> Plan:
    p = Plan("cp09_non_la_thanh_tam_hkd")
    a, v, mi, tot = p.row("Nón lá trắng |"), p.row("Nón vẽ |"), p.row("Nón mini lưu niệm |"), p.row("Tổng sản lượng")
    rev, ra, rv, rm = p.row("Tổng doanh thu"), p.row("Nón lá trắng (50.000"), p.row("Nón vẽ (90.000"), p.row("Nón mini (25.000")
    lines = [p.row(x) for x in ("Lá nón (60.000", "Vành tre, cước, quai", "Tiền công chằm nón", "Sơn vẽ, sơn bóng",
                                 "Tem nhãn, túi giấy", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Thuế GTGT")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        kg = 0.1 * (a[y] + v[y]) + 0.03 * mi[y]
        p.check(kg <= 1600 and a[y] * 0.5 + v[y] * 0.6 + mi[y] * 0.2 <= 40 * 220, f"leaf within 1,6 tấn, 8.800 days {y}")
        p.check(close(ra[y], a[y] * 0.05) and close(rv[y], v[y] * 0.09) and close(rm[y], mi[y] * 0.025)
                and close(rev[y], ra[y] + rv[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg * 0.06) and close(lines[1][y], a[y] * 0.004 + v[y] * 0.006 + mi[y] * 0.0015)
                and close(lines[2][y], a[y] * 0.018 + v[y] * 0.035 + mi[y] * 0.007) and close(lines[3][y], v[y] * 0.005)
                and close(lines[4][y], (a[y] + v[y]) * 0.002 + mi[y] * 0.001), f"per-hat costs {y}")
        p.check(close(lines[5][y], 150 / 5) and close(lines[6][y], [100, 50, 0][y] * 0.066, 0.02)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], rev[y] * 0.045), f"depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(tot[0] == a[0] + v[0] + mi[0] and tot[2] == a[2] + v[2] + mi[2], "2027, 2029 totals right")
    p.check(a[1] + v[1] + mi[1] == 15800 and tot[1] == 17300 and off(tot[1], 15800),
            "PLANTED 2028 'Tổng sản lượng' 17.300 != 10.000 + 2.300 + 3.500 = 15.800")
    p.check(80 + 20 + 20 + 30 + 100 == 250 == 150 + 100 and 80 + 20 + 20 + 30 == 150, "capital 250, fixed 150")
    p.check(close(sum(prof) / 3, 221.9, 0.001) and close(250 / (221.9 + 30), 1.0, 0.01), "average 221,9, payback 1,0")
    p.check(close(lines[2][0] / 40 / 12, 0.53, 0.01) and close(lines[2][2] / 40 / 12, 0.66, 0.01), "0,5–0,7 tr/tháng")
    q = p.row("Nón lá trắng (chiếc)", 5)
    p.check(sum(q[:4]) == q[4] == a[0], "2027 quarters add up to 9.000")
    p.check(close(prof[0] / rev[0] * 100, 26.9, 0.005) and close(prof[2] / rev[2] * 100, 28.8, 0.005), "margins 26,9 and 28,8 %")
    p.check(close(lines[2][0] / rev[0], 0.36, 0.01) and close(lines[0][0] * 0.2, 14.3, 0.01) and close(prof[0] - 14.3, 175, 0.01),
            "wages 36 % of revenue; leaf +20 % = +14,3, profit about 175")
    ha, hv, hm, hr = (p.row("Nón lá trắng đã bán"), p.row("Nón vẽ đã bán"), p.row("Nón mini đã bán"),
                      p.row("Doanh thu thực hiện"))
    p.check(all(close(hr[i], ha[i] * 0.05 + hv[i] * 0.09 + hm[i] * 0.025) for i in Y) and [ha[2], hv[2], hm[2]] == [8200, 1500, 2000],
            "2023-2025 revenue at today's prices; 2025 as in the text")
    p.check(close((1500 * 0.09 + 2000 * 0.025) / 595, 0.31, 0.01), "painted + mini hats almost a third of 2025 revenue")
    p.check([18 + 12 + 10] == [40] and p.one("Tổng số thợ") == 40, "40 hat-makers by village")
    p.has("doanh thu khoảng 595 triệu đồng")
    p.has("50.000 đồng/chiếc", "90.000 đồng/chiếc", "25.000 đồng/chiếc", "1,6 tấn lá khô/năm", "tổng 8.800 ngày công/năm",
          "năm 2029 cần 7.860 ngày công", "Tổng vốn đầu tư 250 triệu đồng", "khoảng 705 triệu đồng",
          "(189,5 + 221,9 + 254,4) : 3 ≈ 221,9", "250 : (221,9 + 30) ≈ 1,0 năm", "TCCS 01:2026/TT",
          "Nghị định số 43/2017/NĐ-CP và Nghị định số 111/2021/NĐ-CP", "Giấy chứng nhận đăng ký hộ kinh doanh")
    p.check(p.count("Cơ sở Nón lá Hoài Phương") == 2 and p.count("Cơ sở Nón lá Thanh Tâm") >= 2
            and "Hoài Phương" in p.section("# Phần 4.", "# Phần 5.") and "Hoài Phương" in p.section("# Phần 15.", "\n\n\n"),
            "PLANTED a second producer name in the market section and the commitment")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|bảo hộ|thương hiệu|chỉ dẫn địa lý|logo|văn bằng", "PLANTED no trademark or IP anywhere")
    common(p, ready=True)
    return p


def cp10() -> Plan:
    p = Plan("cp10_trai_nghiem_lang_moc_yen_thai_htx")
    A, W, H, tot = p.row("Trải nghiệm cơ bản |"), p.row("Một ngày làm thợ mộc |"), p.row("Trải nghiệm học sinh |"), p.row("Tổng |")
    staff = p.row("Cộng |")
    rev, rA, rW, rH = (p.row("Tổng doanh thu"), p.row("Trải nghiệm cơ bản (150.000"), p.row("Một ngày làm thợ mộc (350.000"),
                       p.row("Trải nghiệm học sinh (100.000"))
    lines = [p.row(x) for x in ("Thù lao nghệ nhân", "Phôi gỗ, vật tư", "Tiền lương |", "Khấu hao |", "Lãi vay |",
                                 "Bảo hiểm, vệ sinh", "Quảng bá, in tài liệu", "Điện, nước, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(tot[y] == A[y] + W[y] + H[y] and tot[y] <= 30 * 2 * 300, f"visits, within 18.000 {y}")
        p.check(close(rA[y], A[y] * 0.15) and close(rW[y], W[y] * 0.35) and close(rH[y], H[y] * 0.1)
                and close(rev[y], rA[y] + rW[y] + rH[y]), f"revenue {y}")
        p.check(close(lines[0][y], A[y] * 0.05 + W[y] * 0.12 + H[y] * 0.03) and close(lines[1][y], A[y] * 0.01 + W[y] * 0.06 + H[y] * 0.01)
                and close(lines[5][y], tot[y] * 0.005), f"per-visit costs {y}")
        p.check(close(lines[2][y], staff[y] * 5.5 * 12) and close(lines[3][y], 1100 / 10)
                and close(lines[4][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 40), f"wages, depreciation, interest, promotion {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(W[2] == 1600 and A[2] + H[2] == 9000, "1.600 large and 9.000 small blanks in 2029")
    hg, hp, hr = p.row("Lượt khách đã đón"), p.row("Trong đó học sinh"), p.row("Doanh thu thực hiện")
    p.check([hg[2], hp[2]] == [5100, 2800] and close(hr[2], 0.7) and hg[0] < hg[1] < hg[2] and all(hp[i] < hg[i] for i in Y),
            "2023-2025 history, 2025 as in the text")
    p.check(close(tot[0] / 6500, 1.26, 0.01), "+26 % on the 2026 estimate")
    p.check(p.one("Bàn thợ thực hành") == 30 and p.one("Bình chữa cháy") == 8, "equipment table = text")
    items = [p.one(x) for x in ("Nhà xưởng trải nghiệm 150", "Bàn thợ, dụng cụ", "Nhà vệ sinh, bãi đỗ xe", "Phòng cháy, chữa cháy, sơ cứu",
                                "Biển chỉ dẫn, bảng thuyết minh", "Vốn lưu động")]
    total, sources = p.one("Tổng vốn đầu tư |"), [p.one(x) for x in ("Vốn góp của thành viên", "Vay Ngân hàng", "Quỹ đầu tư phát triển")]
    stated_sources = p.one("Tổng nguồn vốn")
    p.check(sum(items) == total == 1200 and sum(items[:5]) == 1100, "investment items add up to 1.200, fixed 1.100")
    p.check(sum(sources) == stated_sources == 1000 and off(stated_sources, total),
            "PLANTED capital sources 450 + 400 + 150 = 1.000 != 1.200 total investment")
    avg = sum(prof) / 3
    p.check(close(avg, 154.7, 0.001) and close(400 / (154.7 + 110), 1.5, 0.01), "the plan's 400 : (154,7 + 110) ≈ 1,5")
    true_pb = total / (avg + 110)
    p.check(close(true_pb, 4.53, 0.01) and off(1.5, true_pb) and off(1.5, stated_sources / (avg + 110)),
            "PLANTED payback 1,5 != 1.200 : 264,7 = 4,5 (3,8 even on the 1.000 of sources)")
    p.has("400 : (154,7 + 110) ≈ 1,5 năm", "(97,5 + 132,7 + 234) : 3 ≈ 154,7", "Tổng vốn đầu tư 1.200 triệu đồng",
          "150.000 đồng/người", "350.000 đồng/người", "100.000 đồng/học sinh", "30 chỗ × 2 ca/ngày × 300 ngày = 18.000 lượt khách/năm",
          "Khoản vay 400 triệu đồng")
    market = p.section("# VIII. THỊ TRƯỜNG", "# IX.")
    p.check(not re.search(r"đồng|giá|khách|học sinh|(?<!thị )trường|đoàn|công ty|đại lý|lữ hành|online|trực tuyến|fanpage|"
                          r"facebook|zalo|website|trang web|hợp đồng|\d", market, re.I),
            "PLANTED the market section names no customer, channel, partner, price or figure")
    p.lacks(r"đại lý|lữ hành|công ty du lịch|fanpage|facebook|zalo|trang web|website|sàn thương mại|ứng dụng|trực tuyến|"
            r"hợp đồng với (các )?trường|nhà trường|khách sạn|homestay|hội chợ|bán vé|đặt tour|mạng xã hội|kênh",
            "PLANTED no sales channel anywhere")
    p.lacks(r"suất ăn|nhà hàng|ăn trưa", "no food service")
    common(p, ready=True)
    return p


# --------------------------------------------------------------------------- sketchy

def sketchy() -> list[Plan]:
    a = Plan("cp11_homestay_vuon_che_so_sai")
    a.has("3 phòng cho khách nghỉ", "350.000 đồng/phòng/đêm", "khoảng 100 triệu đồng", "khoảng 120 triệu đồng",
          "ăn cơm gia đình")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.check(close(3 * 365 * 0.35, 383, 0.01) and 120 < 383, "120 triệu is plausible (under 3 rooms × 365 × 350.000)")
    a.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận", "tolerated gap: no registration")
    a.lacks(r"an toàn thực phẩm|ATTP", "tolerated gap: no food safety for the meals")
    a.lacks(r"nhãn hiệu|sở hữu trí tuệ", "tolerated gap: no trademark")
    a.lacks(r"nước thải|\brác\b|môi trường|bể tự hoại", "tolerated gap: no environmental measure")
    a.lacks(r"kiểm tra|tiêu chuẩn|góp ý|đánh giá", "tolerated gap: no quality control")
    a.lacks(r"đại lý|lữ hành|fanpage|facebook|zalo|ứng dụng|trang web|hợp đồng", "tolerated gap: no channel")
    a.lacks(PLACEHOLDER, "placeholder")
    a.lacks(OUTDATED, "outdated instrument")
    b = Plan("cp12_theu_tay_hoa_mai_so_sai")
    b.has("15 chị em", "từ 100.000 đến 500.000 đồng/sản phẩm", "khoảng 120 sản phẩm", "khoảng 200 sản phẩm/tháng",
          "khoảng 50 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.check(close(200 / 120, 1.67, 0.01), "tolerated: +67 % a month with the same 15 women")
    b.lacks(r"đăng ký|hộ kinh doanh|hợp tác xã|tổ hợp tác|mã số thuế|giấy chứng nhận", "tolerated gap: no registration")
    b.lacks(r"nhãn|\btem\b", "tolerated gap: no label, no trademark")
    b.lacks(r"tiêu chuẩn|công bố|kiểm tra|truy xuất", "tolerated gap: no product standard, no quality control")
    b.lacks(r"đại lý|cửa hàng|fanpage|facebook|zalo|sàn|trực tuyến|hợp đồng", "tolerated gap: no channel")
    b.lacks(PLACEHOLDER, "placeholder")
    b.lacks(OUTDATED, "outdated instrument")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cp01, cp02, cp03, cp04, cp05, cp06, cp07, cp08, cp09, cp10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
