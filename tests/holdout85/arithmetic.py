"""The 85th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout85/arithmetic.py

For every plan: revenue = quantity x unit price, cost lines add up to the total, profit = revenue
- cost, tax, investment items = capital sources = total, depreciation, interest, payback, raw
material needed (output x norm) vs supply, output vs equipment capacity, growth, historical rows,
staff vs wages. Planted numeric defects are asserted wrong by more than 5 % (with the true value
computed) and every other number right within 1 %. Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so numbers cannot drift from the text.
The textual planted defects (no environmental measure, replaced instruments cited, a second
producer name, no food safety, template placeholders, no label, two worker counts, no quality
control, no product standard, no registration) are asserted by the absence or presence of their
words; ready plans are asserted to cite no replaced instrument and to hold no placeholder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

# Instruments replaced or lapsed before 2026 (DOMAIN.md §5.1, §6.2, §6.4) and the district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|3292/QĐ-UBND|38/2012|89/2006|"
            r"01/2021/NĐ-CP|03/2014/TT|\bhuyện\b")


class Plan(plancheck.Plan):
    src = HERE / "src"


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "148/QĐ-TTg", "1489/QĐ-TTg", "QR")


def ch01() -> Plan:
    p = Plan("ch01_che_bup_kho_khe_dau_htx")
    hop, tui, kg = p.row("Chè búp khô hộp 200 g"), p.row("Chè búp khô túi 500 g"), p.row("Tổng sản lượng chè búp khô")
    fresh, supply, staff = p.row("Chè búp tươi cần dùng"), p.row("Khả năng cung ứng"), p.row("Tổng lao động thường xuyên")
    rev, rh, rt = p.row("Tổng doanh thu"), p.row("Chè hộp 200 g (60.000"), p.row("Chè túi 500 g (110.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chè búp tươi (15.000", "Bao bì (hộp 6.000", "Điện, nhiên liệu", "Tiền lương |",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = (p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế thu nhập doanh nghiệp"),
                      p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.2 + tui[y] * 0.5 and fresh[y] == kg[y] * 5 and fresh[y] <= supply[y] == 98000,
                f"kg, fresh leaf 5 kg/kg within 98 tấn {y}")
        p.check(close(rh[y], hop[y] * 0.06) and close(rt[y], tui[y] * 0.11) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.015) and close(lines[1][y], hop[y] * 0.006 + tui[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 120)
                and close(lines[5][y], [600, 400, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % tax {y}")
        p.check(kg[y] <= 80 * 200 and pre[y] / rev[y] < 0.3, f"line capacity 16.000 kg, margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 7500, 1.2) and p.row("Chè búp khô sản xuất") == [5400, 6800, 7500]
            and [x * 1000 / 5 for x in p.row("Chè búp tươi thu mua")] == [5400, 6800, 7500], "history 5:1, +20 % on 2026")
    p.check(p.row("Tổng cộng |", 2) == [14, 98] and 11 * 7 + 3 * 7 == 98, "supply 98 tấn")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng chế biến", "Dây chuyền chế biến chè", "Máy hút chân không, máy đóng gói",
                                "Kho bảo quản có điều hòa", "Thiết kế bao bì", "Vốn lưu động")]
    src = [p.row(x, 2) for x in ("Vốn góp của thành viên", "Vay Ngân hàng Nông nghiệp", "Quỹ đầu tư phát triển")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2000 == sum(s[0] for s in src) == p.row("Tổng nguồn vốn", 2)[0]
            and sum(s[1] for s in src) == 100 and all(close(s[1], s[0] / 20) for s in src), "capital 2.000, shares")
    p.check(sum(items[:4]) == 1200 and sum(items[:5]) == 1300 and close(1200 / 10, 120), "fixed 1.200, depreciation 120")
    equip = [p.one(x) for x in ("Máy héo chè", "Máy vò chè", "Máy sao quay", "Máy sấy chè", "Máy hút chân không |",
                                "Máy đóng gói, hàn", "Cân điện tử, dụng cụ")]
    p.check(sum(equip) == p.one("Tổng cộng |", skip=1) == 620 == items[1] + items[2], "equipment 620 = 500 + 120")
    avg = sum(post) / 3
    p.check(close(avg, 512.3, 0.001) and close(2000 / (avg + 120), 3.2, 0.02), "average profit 512,3, payback 3,2")
    p.has("(385,9 + 511,7 + 639,2) : 3 ≈ 512,3", "2.000 : (512,3 + 120) ≈ 3,2 năm", "60.000 đồng/hộp",
          "110.000 đồng/túi", "15.000 đồng/kg", "400 kg chè búp tươi/ngày", "16.000 kg chè khô/năm", "bằng 75% công suất",
          "2.000 triệu đồng, gồm vốn cố định 1.300 triệu đồng và vốn lưu động 700 triệu đồng",
          "Giấy chứng nhận đăng ký hợp tác xã mã số", "TCCS 01:2026/KD", "tự công bố", "nhãn hiệu", "đăng ký môi trường")
    p.check(close(12000 / 16000, 0.75) and close(0.3, 0.06 / 0.2) and close(0.22, 0.11 / 0.5), "75 %, 300.000 and 220.000 đ/kg")
    ready_common(p)
    return p


def ch02() -> Plan:
    p = Plan("ch02_bot_san_day_mai_phong_hkd")
    hop, tui, kg, root = (p.row("Bột sắn dây hộp 500 g"), p.row("Bột sắn dây túi 1 kg"), p.row("Tổng sản lượng bột"),
                          p.row("Củ sắn dây tươi"))
    rev, rh, rt, cost = p.row("Doanh thu |"), p.row("Hộp 500 g |"), p.row("Túi 1 kg |"), p.row("Chi phí |")
    lines = [p.row("Củ sắn dây tươi", skip=1)] + [p.row(x) for x in (
        "Hộp, túi, nhãn |", "Điện, nước |", "Tiền công thuê |", "Khấu hao |", "Lãi vay |", "Bán hàng |", "Thuế |")]
    prof = p.row("Lợi nhuận |")
    regular, seasonal = p.row("Lao động thường xuyên (5.000.000"), p.row("Lao động thời vụ 4 tháng")
    for y in Y:  # đồng
        p.check(kg[y] == hop[y] * 0.5 + tui[y] and root[y] == kg[y] * 10 and root[y] <= 64000, f"kg, roots within 64 tấn {y}")
        p.check(close(rh[y], hop[y] * 110000) and close(rt[y], tui[y] * 190000) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], root[y] * 6000) and close(lines[1][y], hop[y] * 8000 + tui[y] * 4000)
                and close(lines[2][y], kg[y] * 5000), f"per-unit costs {y}")
        p.check(close(lines[3][y], regular[y] * 12 * 5e6 + seasonal[y] * 4 * 6e6) and close(lines[4][y], 50e6)
                and close(lines[5][y], [150e6, 100e6, 50e6][y] * 0.07) and close(lines[6][y], rev[y] * 0.04)
                and close(lines[7][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(p.row(str(2027 + y), 4) == [kg[y], rev[y], cost[y], prof[y]], f"years-as-rows summary {y}")
        p.check(root[y] <= 600 * 100 and prof[y] / rev[y] < 0.3, f"grinder 60 tấn a season, margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 3400, 1.18, 0.01) and 1.2 * 20 + 2 * 20 == 64, "+18 % on 2026, supply 64 tấn")
    equip = [p.one(x) for x in ("Máy mài củ liên hoàn", "Bể lắng inox", "Tủ sấy bột điện", "Cải tạo khu sơ chế")]
    src = [p.row(x, 1) for x in ("Vốn tự có của hộ", "Vay Ngân hàng Nông nghiệp")]
    p.check(sum(equip) == p.one("Cộng |", skip=1) == 250e6 and 250e6 + 30e6 + 120e6 == 400e6
            and sum(s[0] for s in src) == p.one("Tổng |") == 400e6, "capital 400 triệu = sources")
    avg = sum(prof) / 3
    p.check(avg == 249135000 and close(400e6 / (avg + 50e6), 1.34, 0.01), "average 249.135.000, payback 1,3")
    p.has("(198.400.000 + 249.135.000 + 299.870.000) : 3 = 249.135.000", "400.000.000 : (249.135.000 + 50.000.000) ≈ 1,3 năm",
          "2 × 12 × 5.000.000 + 4 × 4 × 6.000.000 = 216.000.000", "60.000 kg củ, tương đương 6.000 kg bột/năm",
          "110.000 đồng/hộp", "190.000 đồng/túi", "220.000 đồng/kg với hộp 500 g", "Giấy chứng nhận đăng ký hộ kinh doanh số",
          "TCCS 01:2026/MP", "tự công bố", "nhãn hiệu", "bể lắng 3 ngăn")
    p.check(close(220000, 110000 / 0.5) and close(kg[0] * 10, 40000), "220.000 đ/kg")
    ready_common(p)
    return p


def ch03() -> Plan:
    p = Plan("ch03_tra_ca_gai_leo_ha_linh_cty")
    hop, lat, herb = (p.row("Trà túi lọc cà gai leo (hộp)"), p.row("Cà gai leo thái lát (túi 500 g)"),
                      p.row("Dược liệu khô sử dụng (kg)"))
    rev, rh, rl = p.row("1. Doanh thu"), p.row("- Trà túi lọc, 55.000"), p.row("- Thái lát, 85.000")
    cost = p.row("2. Chi phí")
    lines = [p.row(x) for x in ("- Dược liệu khô, 60.000", "- Túi lọc, hộp", "- Điện, nước", "- Tiền lương", "- Khấu hao",
                                 "- Lãi vay", "- Bán hàng, marketing", "- Quản lý, chi khác", "- Kiểm nghiệm định kỳ")]
    pre, tax, post = p.row("3. Lợi nhuận trước thuế"), p.row("4. Thuế TNDN"), p.row("5. Lợi nhuận sau thuế")
    staff = p.row("Tổng lao động hưởng lương")
    for y in Y:  # triệu đồng
        p.check(close(herb[y], hop[y] * 0.055 + lat[y] * 0.5) and herb[y] <= 10500, f"dry herb, within 10,5 tấn {y}")
        p.check(close(rh[y], hop[y] * 0.055) and close(rl[y], lat[y] * 0.085) and close(rev[y], rh[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.06) and close(lines[1][y], hop[y] * 0.008 + lat[y] * 0.003)
                and close(lines[2][y], hop[y] * 0.001 + lat[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 150) and close(lines[5][y], [1000, 750, 500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[8][y], 30), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(hop[y] <= 576 * 250 and herb[y] <= 100 * 250 and pre[y] / rev[y] < 0.3, f"capacity, margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(12000 * 2 / 50 == 240 * 2 and 30 * 60 * 8 == 14400 and 14400 / 25 == 576 and 576 * 250 == 144000,
            "packing 14.400 túi = 576 hộp/ngày, 144.000 hộp/năm")
    p.check(close(hop[2] / 144000, 0.36, 0.01) and close(herb[2] / 25000, 0.31, 0.02), "36 % and 31 % of capacity")
    p.check(p.row("Trà túi lọc (hộp)", 2) == [26000, 33000] and close(33000 * 0.055 + 7000 * 0.085, 2410)
            and close(hop[0] / 33000, 1.21, 0.01), "2026 revenue 2.410, +21 %")
    p.check(p.row("Tổng cộng |", 2) == [3.5, 10.5] and 1.5 * 3 + 2 * 3 == 10.5, "supply 10,5 tấn")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy móc thiết bị |", "Thiết kế bao bì", "Vốn lưu động |")]
    equip = [p.one(x) for x in ("Máy sấy bơm nhiệt", "Máy nghiền, sàng", "Máy đóng gói trà túi lọc", "Máy thái, máy hàn")]
    p.check(sum(equip) == p.one("Cộng thiết bị") == items[1] == 900 and sum(items) == p.one("Tổng cộng |", skip=1) == 2500
            and p.row("Vốn chủ sở hữu", 2) == [1500, 60] and p.row("Vay Ngân hàng TMCP", 2) == [1000, 40]
            and p.row("Tổng nguồn vốn", 2) == [2500, 100], "capital 2.500 = 1.500 + 1.000")
    p.check(items[0] + items[1] == 1500 and close(1500 / 10, 150), "fixed 1.500, depreciation 150")
    avg = sum(post) / 3
    p.check(close(avg, 620, 0.001) and close(2500 / (620 + 150), 3.2, 0.02), "average 620, payback 3,2")
    p.has("(462,06 + 616,36 + 781,53) : 3 ≈ 620", "2.500 : (620 + 150) ≈ 3,2 năm", "55.000 đồng/hộp", "85.000 đồng/túi",
          "2,5 tỷ đồng", "6.200 kg năm 2027, 7.030 kg năm 2028 và 7.860 kg năm 2029", "không phải là thuốc",
          "mã số 3002156734", "TCCS 02:2025/HL", "tự công bố", "nhãn hiệu", "đăng ký môi trường")
    p.lacks(r"chữa bệnh gan|điều trị|chữa khỏi|giải độc gan", "herbal ready plan makes a treatment claim")
    ready_common(p)
    return p


def ch04() -> Plan:
    p = Plan("ch04_bot_ngu_coc_hong_lam_ctcp")
    hu, hop, kg, raw = (p.row("Hũ 500 g |", 4), p.row("Hộp 1 kg (25 gói", 4), p.row("Tổng sản lượng bột", 4),
                        p.row("Nguyên liệu hạt |", 4))
    rev, rh, rp, cost = p.row("Doanh thu |", 4), p.row("Hũ 500 g × 95.000", 4), p.row("Hộp 1 kg × 160.000", 4), p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Nguyên liệu hạt (50.000", "Bao bì (hũ 7.000", "Gas, điện", "Tiền lương |", "Khấu hao |",
                                    "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN", 4), p.row("Lợi nhuận sau thuế", 4)
    staff = p.row("Tổng số lao động")
    ingr = [p.row(x, 4) for x in ("Gạo lứt, yến mạch", "Các loại đậu", "Vừng, lạc", "Hạt sen, óc chó")]
    shares = [0.40, 0.35, 0.15, 0.10]
    for t in [hu, hop, kg, raw, rev, rh, rp, cost, pre, tax, post] + lines:
        p.check(close(t[3], t[0] + t[1] + t[2]), f"'Tổng cộng 3 năm' column {t}")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + hop[y] and close(raw[y], kg[y] * 1.1), f"kg, grain 1,1 kg/kg {y}")
        for g, s in zip(ingr, shares):
            p.check(close(g[y], raw[y] * s) and g[y] <= g[3], f"ingredient {s} within contract {y}")
        p.check(close(rh[y], hu[y] * 0.095) and close(rp[y], hop[y] * 0.16) and close(rev[y], rh[y] + rp[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.05) and close(lines[1][y], hu[y] * 0.007 + hop[y] * 0.012)
                and close(lines[2][y], kg[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 200) and close(lines[5][y], [1200, 900, 600][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.10), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(kg[y] <= 200 * 260 and pre[y] / rev[y] < 0.25, f"line 52.000 kg, margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(sum(g[3] for g in ingr) == 51000 and close(kg[2] / 52000, 0.675), "contracts 51 tấn, 67,5 %")
    p.check(close(kg[0] / 23000, 1.17, 0.01) and p.row("Sản lượng bột ngũ cốc") == [16000, 19500, 23000], "+17 % on 2026")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy móc thiết bị (mục 9.2)", "Bao bì, nhãn, kiểm nghiệm",
                                "Vốn lưu động |")]
    equip = [p.one(x) for x in ("Máy rang hạt", "Máy nghiền mịn", "Máy trộn bột", "Máy đóng gói gói", "Máy chiết hũ")]
    p.check(sum(equip) == p.one("Cộng |") == items[1] == 1100 and sum(items) == p.one("Tổng cộng |") == 3500
            and p.row("Vốn chủ sở hữu", 2) == [2300, 65.7] and p.row("Vay Ngân hàng TMCP", 2) == [1200, 34.3]
            and p.row("Tổng nguồn vốn", 2) == [3500, 100] and close(2300 / 3500, 0.657, 0.001), "capital 3.500")
    p.check(items[0] + items[1] == 2000 and close(2000 / 10, 200), "fixed 2.000, depreciation 200")
    avg = post[3] / 3
    p.check(close(avg, 634.08, 0.0001) and close(3500 / (avg + 200), 4.2, 0.01), "average 634,08, payback 4,2")
    p.has("1.902,24 : 3 = 634,08", "3.500 : (634,08 + 200) ≈ 4,2 năm", "95.000 đồng/hũ", "160.000 đồng/hộp", "3,5 tỷ đồng",
          "khoảng 4,77 tỷ đồng năm 2027, 5,49 tỷ đồng năm 2028 và 6,2 tỷ đồng năm 2029", "khoảng 102 tấn",
          "công suất thiết kế 52.000 kg/năm", "đạt 67,5% công suất", "mã số 3001852406", "TCCS 01:2026/HL", "tự công bố",
          "văn bằng bảo hộ", "dưới 36 tháng tuổi", "đăng ký môi trường")
    p.check(close(raw[3] / 1000, 102.5, 0.01), "102 tấn over 3 years")
    ready_common(p)
    return p


def ch05() -> Plan:
    p = Plan("ch05_tinh_bot_nghe_thuong_loc_htx")
    hu, tui, kg, fresh = (p.row("Tinh bột nghệ hũ 200 g |"), p.row("Tinh bột nghệ túi 500 g |"), p.row("Tổng tinh bột nghệ"),
                          p.row("Nghệ củ tươi sử dụng"))
    rev, rh, rt, cost = (p.row("Doanh thu |", skip=1), p.row("Tinh bột nghệ hũ 200 g (100.000"),
                         p.row("Tinh bột nghệ túi 500 g (220.000"), p.row("Chi phí |"))
    lines = [p.row(x) for x in ("Nghệ củ tươi (4.000", "Hũ, túi, nhãn", "Điện, nước", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    prof, staff = p.row("Lợi nhuận |"), p.row("Lao động chế biến, đóng gói")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.2 + tui[y] * 0.5 and fresh[y] == kg[y] * 25 and fresh[y] <= 120000, f"kg, 25:1, supply {y}")
        p.check(close(rt[y], tui[y] * 0.22) and close(rev[y], rh[y] + rt[y]), f"bag revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], fresh[y] * 0.004) and close(lines[1][y], hu[y] * 0.008 + tui[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.02) and close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[4][y], 60)
                and close(lines[5][y], [300, 200, 100][y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, stated profit {y}")
        p.check(kg[y] <= 6000, f"grinder 150 tấn a year {y}")
    p.check(close(rh[0], hu[0] * 0.1) and close(rh[2], hu[2] * 0.1), "2027 and 2029 jar revenue right")
    true_rh, true_rev = hu[1] * 0.1, hu[1] * 0.1 + tui[1] * 0.22
    p.check(true_rh == 700 and rh[1] == 840 and off(rh[1], true_rh, 15) and true_rev == 1316 and off(rev[1], true_rev, 10),
            "PLANTED 2028 jars 840 != 7.000 × 100.000 = 700; total 1.456 != 1.316")
    true_prof = true_rev - cost[1]
    p.check(true_prof == 249 and off(prof[1], true_prof, 50), "tolerated knock-on: 2028 profit 389 vs 249")
    stated_avg, true_avg = sum(prof) / 3, (prof[0] + true_prof + prof[2]) / 3
    p.check(close(stated_avg, 295.7, 0.001) and close(800 / (stated_avg + 60), 2.2, 0.03)
            and close(800 / (true_avg + 60), 2.6, 0.01) and off(2.2, 800 / (true_avg + 60), 10),
            "tolerated knock-on: stated payback 2,2 vs 2,6")
    p.check(p.row("Tinh bột nghệ |") == [1280, 1600, 1920] and p.row("Nghệ củ chế biến")[1:] == [40, 48]
            and close(kg[0] / 1920, 1.25), "history 25:1, +25 %")
    p.check(250 + 350 + 50 + 150 == 800 == 500 + 300 and 250 + 350 == 600 and p.one("Cộng thiết bị") == 350
            and sum(p.one(x) for x in ("Máy rửa củ", "Máy nghiền nghệ", "Bể lắng inox", "Máy sấy bơm nhiệt")) == 350,
            "capital 800, fixed 600")
    p.has("(193 + 389 + 305) : 3 ≈ 295,7", "800 : (295,7 + 60) ≈ 2,2 năm", "100.000 đồng/hũ", "220.000 đồng/túi",
          "Doanh thu năm 2027 đạt 1.128 triệu đồng, năm 2029 đạt 1.504 triệu đồng", "6.000 kg tinh bột/năm",
          "gạn bỏ lớp nước phía trên")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị quyết số 123/2018/NQ-HĐND")  # PLANTED outdated-policy
    p.check(p.count("123/2018/NQ-HĐND") == 2 and "148/QĐ-TTg" not in p.body, "PLANTED replaced instruments, no QĐ 148")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|\brác\b|ủ phân|phân bón|thu gom|tái sử dụng|tưới",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ch06() -> Plan:
    p = Plan("ch06_tra_thao_moc_huong_ngan_tht")
    hop, need, rev6 = p.row("Trà thảo mộc túi lọc hộp 20 túi"), p.row("Dược liệu khô cần dùng"), p.row("Doanh thu |")
    rev, cost = p.row("Doanh thu (45.000"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Dược liệu khô (90.000", "Túi lọc, hộp, màng co", "Điện, nước (1.000", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (8%", "Quản lý, chi khác")]
    prof, staff = p.row("Lợi nhuận |"), p.row("Cộng |")
    herbs = [p.row(x) for x in ("Chè vằng |", "Lá vối |", "Cỏ ngọt |", "Gừng |", "Hoa cúc |")]
    supply = p.row("Tổng cộng |")
    for y in Y:  # đồng
        p.check(close(need[y], hop[y] * 0.066) and rev6[y] == rev[y] and close(rev[y], hop[y] * 45000), f"need, revenue {y}")
        p.check(close(lines[0][y], need[y] * 90000) and close(lines[1][y], hop[y] * 6000) and close(lines[2][y], hop[y] * 1000)
                and close(lines[3][y], staff[y] * 5.5e6 * 12) and close(lines[4][y], 45e6) and close(lines[5][y], 200e6 * 0.066)
                and close(lines[6][y], rev[y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(hop[y] <= 480 * 250, f"packing capacity {y}")
        p.check(off(need[y], supply[2], 15), f"PLANTED herb need {need[y]} > supply 2.200 kg {y}")
        for h, s in zip(herbs, (0.4, 0.3, 0.1, 0.1, 0.1)):
            p.check(h[2] < need[y] * s, f"PLANTED each herb short too {s} {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(supply == [1200, 1000, 2200] and sum(h[2] for h in herbs) == 2200, "supply table adds up to 2.200")
    p.check([round(need[y] / 2200 * 100 - 100) for y in Y] == [20, 38, 56], "PLANTED shortfall 20 / 38 / 56 %")
    p.check(p.row("Trà thảo mộc túi lọc (thuê", 2) == [26000, 33000] and 33000 * 0.066 <= 2200, "2026 still within supply")
    items = [p.one(x) for x in ("Thiết bị và cải tạo phòng", "Thiết kế bao bì", "Vốn lưu động mua")]
    equip = [p.one(x) for x in ("Máy đóng gói túi lọc", "Máy sấy dược liệu", "Máy nghiền, sàng", "Cải tạo phòng đóng gói")]
    total = p.one("Tổng vốn đầu tư")
    srcs = [p.row("Vốn góp của 9 thành viên", 2), p.row("Vay Ngân hàng Chính sách", 2)]
    stated_src = p.row("Tổng nguồn vốn", 2)
    p.check(sum(equip) == p.one("Cộng |") == items[0] == 450e6 and sum(items) == total == 600e6, "investment 600 triệu")
    p.check(stated_src == [500e6, 100] and sum(s[0] for s in srcs) == 500e6 and sum(s[1] for s in srcs) == 100
            and off(stated_src[0], total, 15), "PLANTED sources 500 triệu (consistent table) != investment 600 triệu")
    p.check(p.count("600.000.000") == 3, "600 triệu in the table and twice in the text")
    avg = sum(prof) / 3
    p.check(avg == 525960000 and close(600e6 / (avg + 45e6), 1.05, 0.01) and close(500e6 / (avg + 45e6), 0.88, 0.01),
            "payback 1,1 on 600 (tolerated: 0,9 on the sources' 500)")
    p.has("(426.200.000 + 525.960.000 + 625.720.000) : 3 = 525.960.000", "600.000.000 : (525.960.000 + 45.000.000) ≈ 1,1 năm",
          "45.000 đồng/hộp", "66 g dược liệu khô", "khoảng 2.200 kg dược liệu khô/năm, đáp ứng nhu cầu",
          "Giấy chứng nhận đăng ký tổ hợp tác số", "TCCS 01:2025/HN", "tự công bố", "nhãn hiệu", "hố lắng")
    p.check(p.count("Tổ hợp tác Chè vằng Sơn Bằng") == 2 and p.count("Tổ hợp tác Trà thảo mộc Hương Ngàn") == 1
            and p.count("TỔ HỢP TÁC TRÀ THẢO MỘC HƯƠNG NGÀN") == 1, "PLANTED a second producer name, twice")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ch07() -> Plan:
    p = Plan("ch07_tra_xanh_tui_loc_huong_phuc_cty")
    tl, bp = p.row("Trà xanh túi lọc hộp 25 túi (hộp)"), p.row("Chè búp khô túi 250 g (túi)")
    dtl, dbp, dry, fresh = (p.row("Chè khô cho trà túi lọc"), p.row("Chè khô cho chè búp"), p.row("Tổng chè khô"),
                            p.row("Chè búp tươi cần dùng"))
    rev, rt, rb = p.row("Doanh thu |"), p.row("Trà túi lọc (40.000"), p.row("Chè búp 250 g (70.000")
    lines = [p.row(x) for x in ("Chè búp tươi (14.000", "Bao bì, nhãn |", "Điện, nước |", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng cáo (7%)", "Quản lý, chi khác")]
    total, prof, staff = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Cộng (người)")
    channels = [p.row(x) for x in ("Khách sạn, nhà hàng |", "Đại lý, cửa hàng |", "Bán trực tuyến |", "Hội chợ, khách lẻ")]
    for y in Y:  # triệu đồng
        p.check(close(dtl[y], tl[y] * 0.055) and close(dbp[y], bp[y] * 0.25) and close(dry[y], dtl[y] + dbp[y])
                and close(fresh[y], dry[y] * 5) and fresh[y] <= 38000, f"dry tea, fresh 5:1 within 38 tấn {y}")
        p.check(close(rt[y], tl[y] * 0.04) and close(rb[y], bp[y] * 0.07) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.014) and close(lines[1][y], tl[y] * 0.007 + bp[y] * 0.004)
                and close(lines[2][y], (tl[y] + bp[y]) * 0.001) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], 100) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.07), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - total[y]), f"profit = revenue - stated total {y}")
        p.check(sum(c[y] for c in channels) == tl[y] == p.row("Cộng |")[y], f"channels add up {y}")
        p.check(fresh[y] <= 300 * 180 and tl[y] <= 480 * 250, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(total[0], lines_sum(lines, 0)) and close(total[2], lines_sum(lines, 2)), "2027 and 2029 totals right")
    true_total = lines_sum(lines, 1)
    p.check(close(true_total, 1814.5) and total[1] == 2014.5 and off(total[1], true_total, 10),
            "PLANTED 2028 'Tổng chi phí' 2.014,5 != items 1.814,5")
    true_prof = rev[1] - true_total
    p.check(close(true_prof, 315.5) and off(prof[1], true_prof, 50), "tolerated knock-on: 2028 profit 115,5 vs 315,5")
    stated_avg, true_avg = sum(prof) / 3, (prof[0] + true_prof + prof[2]) / 3
    p.check(close(stated_avg, 274.8, 0.001) and close(1500 / (stated_avg + 100), 4.0, 0.01)
            and close(1500 / (true_avg + 100), 3.4, 0.01) and off(4.0, 3.4, 10), "tolerated knock-on: payback 4,0 vs 3,4")
    equip = [p.one(x) for x in ("Máy sao chè quay điện", "Máy vò chè", "Máy sấy chè", "Máy nghiền, sàng chè",
                                "Máy đóng gói trà túi lọc")]
    p.check(sum(equip) == p.one("Cộng |", skip=1) == 700 and 300 + 700 + 100 + 400 == 1500 == 1000 + 500
            and p.row("Tổng cộng |", 2) == [1500, 100], "capital 1.500, equipment 700")
    p.check(close(tl[0] / 26000, 1.15, 0.01) and 4 * 7 + 10 == 38, "+15 % on 2026, supply 38 tấn")
    p.has("(244,5 + 115,5 + 464,5) : 3 ≈ 274,8", "1.500 : (274,8 + 100) ≈ 4,0 năm", "40.000 đồng/hộp", "70.000 đồng/túi",
          "TCCS 01:2026/HP", "43/2017/NĐ-CP", "nhãn hiệu", "QR", "mã số 3002301877")
    p.has("sản phẩm [tên sản phẩm] có nguồn nguyên liệu", "Đối thủ cạnh tranh chính: ……", "Rủi ro về ……: ……",
          "trước ngày ……/……/2027")  # PLANTED boilerplate
    p.check(p.count("……") >= 3, "PLANTED placeholders")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|55/2010|cam kết|khám sức khỏe|tự công bố|"
            r"công bố sản phẩm|HACCP|ISO 22000|GMP", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ch08() -> Plan:
    p = Plan("ch08_cao_ca_gai_leo_khe_tre_htx")
    hu, kg, herb = p.row("Cao cà gai leo hũ 100 g"), p.row("Khối lượng cao thành phẩm"), p.row("Dược liệu khô sử dụng")
    rev, cost = p.row("Doanh thu (180.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dược liệu khô (45.000", "Hũ, nắp, hộp giấy", "Nhiên liệu lò hơi", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (8%", "Quản lý, chi khác", "Kiểm nghiệm định kỳ")]
    prof, staff = p.row("Lợi nhuận |"), p.row("Cộng |")
    capacity = 80 * 120  # kg of dry herb a year with the one kettle kept
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.1 and herb[y] == kg[y] * 10 and herb[y] <= 15000, f"10:1, supply 15 tấn {y}")
        p.check(close(rev[y], hu[y] * 0.18), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.045) and close(lines[1][y], hu[y] * 0.012) and close(lines[2][y], kg[y] * 0.03)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 50)
                and close(lines[5][y], [400, 300, 200][y] * 0.075) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], 20), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(off(kg[y], capacity / 10, 10) and hu[y] > 9600, f"PLANTED output {kg[y]} kg > 960 kg capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(kg[y] / 9.6 - 100) for y in Y] == [15, 30, 46], "PLANTED 15 / 30 / 46 % above the kettle")
    p.check(p.row("Cao cà gai leo |") == [6200, 7500, 8800] and 8800 <= 9600, "2026 (8.800 hũ) still within capacity")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    true_prof = rev[1] - cost[1]
    p.check(close(true_prof, 576.5) and prof[1] == 756.5 and off(prof[1], true_prof, 25), "PLANTED 2028 profit 756,5 != 576,5")
    stated_avg, true_avg = sum(prof) / 3, (prof[0] + true_prof + prof[2]) / 3
    p.check(close(stated_avg, 660.5, 0.001) and close(1000 / (stated_avg + 50), 1.4, 0.01)
            and close(1000 / (true_avg + 50), 1.54, 0.01) and off(1.54, 1.4, 9), "tolerated knock-on: payback 1,4 vs 1,54")
    p.check(p.row("Cộng |", 2) == [5, 15] and 3.5 * 3 + 1.5 * 3 == 15, "supply 15 tấn")
    equip = [p.one(x) for x in ("Máy sấy dược liệu", "Máy thái dược liệu", "Máy rửa hũ")]
    p.check(sum(equip) == p.one("Cộng |", skip=1) == 250 and 250 + 250 + 60 + 440 == 1000 == p.one("Tổng cộng |")
            and 600 + 400 == 1000 and close(500 / 10, 50), "capital 1.000, fixed 500, depreciation 50")
    p.has("(487,6 + 756,5 + 737,4) : 3 ≈ 660,5", "1.000 : (660,5 + 50) ≈ 1,4 năm", "180.000 đồng/hũ",
          "Mỗi mẻ nạp 80 kg dược liệu khô", "khoảng 120 mẻ, xử lý 9.600 kg dược liệu, tương đương 960 kg cao",
          "tiếp tục sử dụng nồi chiết xuất và cô đặc hiện có (không đầu tư thêm)",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/KT", "tự công bố", "mã QR", "bể lắng 3 ngăn")
    body = p.body.lower().replace("nhãn hiệu", "")
    p.check("nhãn" not in body and "43/2017" not in body and "111/2021" not in body and " tem" not in body,
            "PLANTED no label or labelling decree ('nhãn' only in 'nhãn hiệu')")
    p.check(p.count("nhãn hiệu") + p.count("Nhãn hiệu") == 2, "trademark mentioned")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ch09() -> Plan:
    p = Plan("ch09_bot_ngu_coc_hoa_que_hkd")
    tui, hu, kg = p.row("Túi 500 g |"), p.row("Hũ 1 kg |"), p.row("Tổng sản lượng |")
    rev, rt, rh = p.row("Doanh thu |", skip=1), p.row("Túi 500 g (85.000"), p.row("Hũ 1 kg (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu hạt (45.000", "Bao bì, nhãn (túi", "Điện, gas", "Tiền công lao động thuê",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (5%)", "Thuế GTGT, TNCN")]
    prof, hired, wages = p.row("Lợi nhuận |", skip=1), p.row("Lao động thuê thường xuyên"), p.row("Tiền công (5.000.000")
    gao, dau, vung = p.row("Gạo lứt đỏ", 2), p.row("Các loại đậu", 2), p.row("Lạc, vừng, hạt sen", 2)
    for y in Y:  # đồng
        raw = kg[y] * 1.1
        p.check(kg[y] == tui[y] * 0.5 + hu[y] and raw <= 8500, f"kg, grain 1,1 kg/kg within 8,5 tấn {y}")
        p.check(close(rt[y], tui[y] * 85000) and close(rh[y], hu[y] * 150000) and close(rev[y], rt[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw * 45000) and close(lines[1][y], tui[y] * 5000 + hu[y] * 9000)
                and close(lines[2][y], kg[y] * 4000) and lines[3][y] == wages[y] == hired[y] * 5e6 * 12
                and close(lines[4][y], 45e6) and close(lines[5][y], [300e6, 200e6, 100e6][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], rev[y] * 0.015), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 40 * 250, f"capacity 10.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(gao[1], kg[2] * 1.1 * 0.45) and close(dau[1], kg[2] * 1.1 * 0.35) and close(vung[1], kg[2] * 1.1 * 0.2)
            and gao[1] <= gao[0] and dau[1] <= dau[0] and vung[1] <= vung[0] and gao[0] + dau[0] + vung[0] == 8500,
            "2029 ingredients within supply")
    p.check(close(kg[0] / 4300, 1.16, 0.01) and p.row("Sản lượng bột ngũ cốc") == [3100, 3800, 4300], "+16 % on 2026")
    equip = [p.one(x) for x in ("Máy rang hạt", "Máy nghiền mịn", "Máy trộn bột", "Máy định lượng", "Cải tạo xưởng")]
    p.check(sum(equip) == 450e6 and 450e6 + 50e6 + 200e6 == 700e6 == 400e6 + 300e6 and close(450e6 / 10, 45e6),
            "capital 700 triệu, depreciation 45 triệu")
    avg = sum(prof) / 3
    true_payback = 700e6 / (avg + 45e6)
    p.check(avg == 249127500 and close(true_payback, 2.38, 0.01) and off(1.2, true_payback, 40) and off(1.2, 700e6 / avg, 40),
            "PLANTED payback 1,2 != 2,4 (2,8 without depreciation)")
    p.has("khoảng 249.127.500 đồng/năm", "thời gian hoàn vốn của phương án khoảng 1,2 năm", "85.000 đồng/túi",
          "150.000 đồng/hũ", "700.000.000 đồng", "40 kg bột thành phẩm/ngày")
    p.has("Cơ sở hiện có 4 lao động thường xuyên", "Hiện nay cơ sở có 7 lao động thường xuyên")  # PLANTED
    p.check(off(7, 4, 50), "PLANTED 7 != 4 regular workers")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HQ", "tự công bố", "43/2017/NĐ-CP",
          "nhãn hiệu", "túi lọc bụi")
    p.lacks(r"truy xuất|\bQR\b|\blô\b|nhật ký|sổ theo dõi|ghi sổ|ghi chép|kiểm soát chất lượng|lưu mẫu|HACCP|ISO|"
            r"mã vạch|kiểm tra", "PLANTED no internal quality control or traceability anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def ch10() -> Plan:
    p = Plan("ch10_bot_san_day_thach_lam_ho")
    hop, tui, kg, root = (p.row("Bột sắn dây hộp 500 g"), p.row("Bột sắn dây túi 1 kg"), p.row("Tổng sản lượng bột"),
                          p.row("Củ sắn dây tươi"))
    rev, rh, rt, cost = p.row("Doanh thu |", skip=1), p.row("Hộp 500 g (105.000"), p.row("Túi 1 kg (190.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Củ sắn dây (6.000", "Hộp, túi, nhãn (8.000", "Điện, nước (5.000", "Tiền công thời vụ",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (5%)")]
    prof = p.row("Lợi nhuận |")
    seasonal = [4, 8, 14]
    for y in Y:  # 1.000 đồng
        p.check(kg[y] == hop[y] * 0.5 + tui[y] and root[y] == kg[y] * 10 and root[y] <= 180000, f"kg, roots within 180 tấn {y}")
        p.check(close(rh[y], hop[y] * 105) and close(rt[y], tui[y] * 190) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], root[y] * 6) and close(lines[1][y], hop[y] * 8 + tui[y] * 4) and close(lines[2][y], kg[y] * 5)
                and close(lines[3][y], seasonal[y] * 6000 * 4) and close(lines[4][y], 40000)
                and close(lines[5][y], [100000, 50000, 0][y] * 0.07) and close(lines[6][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 1500 * 110 / 10, f"grinder 165 tấn roots = 16.500 kg, so no capacity issue {y}")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 == 2.4 and close(g2, 2.17, 0.01) and kg[1] / kg[0] == 2.4 and close(kg[2] / kg[1], 2.17, 0.01),
            "PLANTED output and revenue ×2,4 then ×2,17")
    p.check(close(kg[0] / 2000, 1.25) and p.row("Bột sắn dây |") == [1400, 1700, 2000], "2027 only +25 % (the jump is later)")
    p.check(prof[2] / rev[2] > 0.4 and 300000 < root[2] * 6, "2029 margin 43 %; 2029 roots alone cost 2,6 × the capital")
    items = [p.one(x) for x in ("Máy mài củ liên hoàn 1,5", "4 bể lắng", "2 tủ sấy", "Mái che", "Hộp, túi, in nhãn",
                                "Vốn lưu động mua củ")]
    p.check(sum(items) == p.one("Tổng cộng |") == 300000 == 200000 + 100000 and sum(items[:4]) == 200000, "capital 300 triệu")
    avg = sum(prof) / 3
    p.check(avg == 567650 and close(300000 / (avg + 40000), 0.49, 0.01), "payback 0,5 (consistent)")
    p.has("(142.750 + 450.300 + 1.109.900) : 3 = 567.650", "300.000 : (567.650 + 40.000) ≈ 0,5 năm", "105.000 đồng/hộp",
          "190.000 đồng/túi", "165 tấn củ/năm, tương đương 16.500 kg bột/năm", "Thị trường bột sắn dây trong cả nước rất rộng lớn",
          "Bản cam kết bảo đảm an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "mã QR", "2 bể lắng")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|giấy phép kinh doanh", "PLANTED no business registration or plan to register")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|quy chuẩn|kiểm nghiệm|phân tích mẫu", "PLANTED no product standard or declaration")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ch11_che_vang_son_linh_so_sai")
    a.check(1000 / 0.5 * 60000 == 120e6, "1 tấn = 2.000 túi × 60.000 = 120 triệu")
    a.has("khoảng 1 tấn chè vằng khô, tức khoảng 2.000 túi", "60.000 đồng/túi", "khoảng 120 triệu đồng/năm",
          "khoảng 150 triệu đồng", "giấy chứng nhận đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150-300 words")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|nguyên liệu|máy .* công suất",
            "the tolerated gaps are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ch12_tinh_bot_nghe_ky_trung_so_sai")
    b.has("khoảng 400.000 đồng/kg", "khoảng 3.000 m²", "thị trường tiêu thụ rộng lớn")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150-300 words")
    b.lacks(r"đăng ký|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|triệu|tỷ|tấn|\bkg/năm", "the tolerated gaps are real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ch01, ch02, ch03, ch04, ch05, ch06, ch07, ch08, ch09, ch10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
