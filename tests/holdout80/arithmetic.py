"""Set 80's own arithmetic, recomputed from the plans' sources: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout80/arithmetic.py

For every plan: quantity = packs × pack weight, raw material = output × the plan's own yield,
revenue = quantity × price, cost lines = their unit rates, cost lines add up to the total,
profit = revenue − cost, tax, investment items = sources = total, depreciation, interest,
payback, raw-material need vs supply (herds × yield per head, hives × kg per colony, cages ×
kg per cage, tank area × yield), output vs capacity, growth on the last actual year, margins.
Planted numeric defects are asserted wrong by more than 5 % with the true value computed, every
other number right within 1 %. Figures quoted in running text are looked up verbatim so they
cannot drift from the tables. Textual planted defects are asserted by the absence (or, for a
replaced instrument or a second name, the presence) of their words; ready plans cite no replaced
instrument and no district-level body, and no plan carries a template placeholder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"


REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|23/2012|123/2018|01/2021/NĐ-CP|"
            r"UBND huyện|cấp huyện|\bhuyện\b|Phòng Nông nghiệp và Phát triển nông thôn|thị xã|thị trấn")


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district-level body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def cc01() -> Plan:
    p = Plan("cc01_nhung_huou_son_giang_htx")
    h50, h100, frz = p.row("Nhung thái lát sấy hộp 50 g"), p.row("Nhung thái lát sấy hộp 100 g"), p.row("Nhung tươi cấp đông túi 100 g")
    dried, fd, ff, fresh = (p.row("Nhung sấy thành phẩm"), p.row("Nhung tươi nguyên liệu cho sấy"),
                            p.row("Nhung tươi nguyên liệu cho cấp đông"), p.row("Tổng nhung tươi nguyên liệu"))
    rev = p.row("Doanh thu |", skip=1)  # the first 'Doanh thu' row is the 2024–2026 record
    r50, r100, rfr = p.row("Hộp 50 g (3.200.000"), p.row("Hộp 100 g (6.200.000"), p.row("Túi nhung tươi 100 g (2.200.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nhung tươi nguyên liệu (15", "Hộp, túi, nhãn, tem QR", "Điện sấy, cấp đông",
                                 "Tiền lương lao động", "Khấu hao tài sản cố định", "Lãi vay ngân hàng",
                                 "Bán hàng, quảng bá (5%", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |", skip=1)
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(close(dried[y], h50[y] * 0.05 + h100[y] * 0.1) and close(fd[y], dried[y] * 2.8)
                and close(ff[y], frz[y] * 0.1) and close(fresh[y], fd[y] + ff[y]), f"grams to kg, 2,8 kg fresh per kg dried {y}")
        p.check(close(r50[y], h50[y] * 3.2) and close(r100[y], h100[y] * 6.2) and close(rfr[y], frz[y] * 2.2)
                and close(rev[y], r50[y] + r100[y] + rfr[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 15) and close(lines[1][y], h50[y] * 0.045 + h100[y] * 0.065 + frz[y] * 0.02)
                and close(lines[2][y], dried[y] * 0.3 + ff[y] * 0.04), f"velvet, packaging, power {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 120)
                and close(lines[5][y], [600, 450, 300][y] * 0.08) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 90), f"wages, depreciation, interest, selling, management {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(fresh[y] <= 240 * 0.85 + 80 and fd[y] <= 2 * 20 * 100, f"velvet supply 284 kg, dryer 4.000 kg {y}")
        p.check(0 < prof[y] / rev[y] < 0.4, f"margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(240 * 0.85, 204) and 204 + 80 == 284 and 640 == 240 + 310 + 90, "herd 640 = 240 + 310 + 90; 204 + 80 = 284 kg")
    p.check(close(dried[0] / 42, 1.19, 0.01), "+19 % dried velvet on 2026")
    items = [p.one(x) for x in ("Xây dựng khu sơ chế", "2 tủ sấy chân không", "Máy thái lát nhung |", "Kho cấp đông −25 °C |",
                                "Máy hút chân không, máy hàn, máy in", "Thiết kế hộp, nhãn", "Vốn lưu động thu mua")]
    items[2], items[3] = p.one("Máy thái lát nhung |", skip=1), p.one("Kho cấp đông −25 °C |", skip=1)  # first: equipment list
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == p.one("Vốn góp của thành viên") + p.one("Vay Ngân hàng Nông nghiệp"),
            "items = total = sources = 1.500")
    p.check(sum(items[:5]) == 960 and close(960 / 8, 120) and p.one("Tổng nguồn vốn") == 1500, "fixed 960 / 8 = 120")
    p.check(avg1(prof) == 504.1 and close(1500 / (504.1 + 120), 2.4, 0.02), "average 504,1; payback 2,4")
    p.check(rev[0] == 4260 and rev[2] == 5616 and dried == [50, 59, 68], "objectives quote the table")
    p.has("3.200.000 đồng/hộp", "6.200.000 đồng/hộp", "2.200.000 đồng/túi", "240 con hươu đực cho nhung × 0,85 kg/con = khoảng 204 kg",
          "80 kg nhung tươi/năm", "khoảng 284 kg nhung tươi/năm", "190 kg năm 2027, 220,2 kg năm 2028 và 250,4 kg năm 2029",
          "Doanh thu: 4.260 triệu đồng năm 2027, tăng lên 5.616 triệu đồng năm 2029",
          "(368 + 476,1 + 668,2) : 3 ≈ 504,1", "1.500 : (504,1 + 120) ≈ 2,4 năm", "2 tủ × 20 kg × khoảng 100 mẻ/năm = 4.000 kg",
          "48 triệu đồng năm 2027, 36 triệu đồng năm 2028 và 24 triệu đồng năm 2029", "khoảng 8,6% năm 2027 và 11,9% năm 2029",
          "Tổng vốn đầu tư của phương án là 1.500 triệu đồng", "Nghị định số 15/2018/NĐ-CP", "TCCS 01:2026/HSSG",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "tem QR", "bể tự hoại")
    p.check(close(368 / 4260, 0.086, 0.02) and close(668.2 / 5616, 0.119, 0.01), "margins quoted")
    ready_text(p)
    return p


def cc02() -> Plan:
    p = Plan("cc02_xuc_xich_lon_den_phuc_dong_cty")
    a, b, kg, meat, pigs = (p.row("Xúc xích gói 250 g (gói)"), p.row("Xúc xích gói 500 g (gói)"),
                            p.row("Tổng sản lượng xúc xích (kg)"), p.row("Thịt mỡ lợn đen nguyên liệu (kg)"),
                            p.row("Lợn thịt cần dùng (con)"))
    rev, ra, rb = p.row("Doanh thu |", skip=1), p.row("Gói 250 g (78.000"), p.row("Gói 500 g (150.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thịt mỡ lợn đen (125.000", "Gia vị, vỏ collagen", "Túi, nhãn, thùng", "Gỗ hun khói",
                                 "Tiền lương |", "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, chiết khấu",
                                 "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    staff = [9, 10, 10]
    for y in Y:  # đồng
        p.check(kg[y] == a[y] * 0.25 + b[y] * 0.5 and close(meat[y], kg[y] * 0.9) and abs(pigs[y] - meat[y] / 33) < 0.6,
                f"kg, 0,9 kg meat per kg, 33 kg per pig {y}")
        p.check(ra[y] == a[y] * 78000 and rb[y] == b[y] * 150000 and rev[y] == ra[y] + rb[y], f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 125000) and close(lines[1][y], kg[y] * 12000)
                and close(lines[2][y], a[y] * 3000 + b[y] * 4000) and close(lines[3][y], kg[y] * 8000), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7e6 * 12) and close(lines[5][y], 150e6)
                and close(lines[6][y], [1e9, 750e6, 500e6][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 60e6), f"wages, depreciation, interest, selling, management {y}")
        p.check(close(cost[y], lines_sum(lines, y), 1e-6) and close(pre[y], rev[y] - cost[y], 1e-6), f"cost sum, profit {y}")
        p.check(rev[y] > 3e9 and close(tax[y], pre[y] * 0.17, 1e-6) and close(post[y], pre[y] - tax[y], 1e-6), f"17 % tax {y}")
        p.check(meat[y] <= 410 * 33 and kg[y] <= 60 * 260, f"meat 13.530 kg, smoke-house 15.600 kg {y}")
        p.check(pre[y] / rev[y] < 0.25, f"margin {y}")
        if y:
            p.check(kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(260 + 150 == 410 and 410 * 33 == 13530 and 60 * 260 == 15600, "410 pigs × 33 kg = 13.530; 60 × 260 = 15.600")
    p.check(close(kg[0] / 8600, 1.16, 0.01), "+16 % on 2026")
    items = [p.one(x) for x in ("Mở rộng xưởng chế biến", "Máy xay, máy trộn chân không, máy nhồi", "Lò hun khói 2 buồng |",
                                "Kho lạnh, kho đông", "Máy hút chân không, máy in hạn sử dụng, dụng", "Thiết kế bao bì", "Vốn lưu động")]
    total, sources = p.one("Tổng cộng"), p.one("Tổng cộng", skip=1)
    p.check(sum(items) == total == sources == 2e9 == p.one("Vốn chủ sở hữu") + p.one("Vay Ngân hàng TMCP"),
            "items = total = sources = 2 tỷ")
    p.check(sum(items[:5]) == 1.5e9 and close(1.5e9 / 10, 150e6), "fixed 1,5 tỷ / 10")
    avg = sum(post) / 3
    p.check(avg == 479748300 and close(2e9 / (avg + 150e6), 3.2, 0.01), "average 479.748.300; payback 3,2")
    p.check(close(pre[0] / rev[0], 0.131, 0.01) and close(pre[2] / rev[2], 0.198, 0.01), "13,1 % and 19,8 %")
    p.has("78.000 đồng/gói", "150.000 đồng/gói", "Doanh thu 3.048.000.000 đồng năm 2027, đạt 3.960.000.000 đồng năm 2029",
          "10.000 kg năm 2027, 11.500 kg năm 2028 và 13.000 kg năm 2029", "9.000 kg năm 2027, 10.350 kg năm 2028 và 11.700 kg năm 2029",
          "khoảng 260 con lợn thịt", "khoảng 150 con/năm", "410 con × 33 kg = 13.530 kg", "60 kg/ngày × 260 ngày = 15.600 kg/năm",
          "(330.439.600 + 456.508.300 + 652.297.000) : 3 = 479.748.300", "2.000.000.000 : (479.748.300 + 150.000.000) ≈ 3,2 năm",
          "80.000.000 đồng năm 2027, 60.000.000 đồng năm 2028, 40.000.000 đồng năm 2029", "Tổng vốn đầu tư: 2.000.000.000 đồng",
          "Nghị định số 15/2018/NĐ-CP", "TCCS 01:2024/PĐ", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường", "hầm biogas")
    ready_text(p)
    return p


def cc03() -> Plan:
    p = Plan("cc03_ga_doi_huong_do_ctcp")
    s = [p.row(f"Năm {2027 + y}", 7) for y in Y]  # YEARS AS ROWS: birds, kg, revenue, cost, pre-tax, tax, post-tax
    birds, kg, rev, cost, pre, tax, post = ([s[y][i] for y in Y] for i in range(7))
    lines = [p.row(x) for x in ("Gà hơi nguyên liệu", "Túi, nhãn, tem, khay", "Điện, nước, đá lạnh", "Tiền lương lao động",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, quảng bá, vận chuyển", "Quản lý doanh nghiệp")]
    tcost = p.row("Tổng chi phí |")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(kg[y] == birds[y] * 1.5 and close(rev[y], kg[y] * 0.18), f"1,5 kg per bird, 180.000 đ/kg {y}")
        p.check(close(lines[0][y], birds[y] * 2 * 0.08) and close(lines[1][y], birds[y] * 0.006)
                and close(lines[2][y], birds[y] * 0.005), f"live birds, packaging, utilities {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 240) and close(lines[5][y], [1200, 900, 600][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 120), f"wages, depreciation, interest, selling {y}")
        p.check(close(tcost[y], lines_sum(lines, y)) and close(cost[y], tcost[y]), f"cost table = summary cost {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"profit, 17 % tax {y}")
        p.check(birds[y] <= 16000 + 16000 and birds[y] <= 300 * 260, f"32.000 birds supply, 78.000 slaughter capacity {y}")
        p.check(pre[y] / rev[y] < 0.2, f"margin {y}")
        if y:
            p.check(birds[y] / birds[y - 1] < 1.2, f"growth {y}")
    p.check(2 * 4000 * 2 == 16000 and 25 * 2 * 320 == 16000 and 300 * 260 == 78000, "16.000 own + 16.000 contracted; 78.000")
    p.check(birds[0] / 20000 == 1.2, "+20 % on 2026")
    items = [p.one(x) for x in ("Nâng cấp khu giết mổ", "Dây chuyền giết mổ bán tự động, bể", "Kho mát, kho đông |",
                                "Xe tải lạnh 1,5 tấn |", "Bao bì, nhãn, tem QR", "Vốn lưu động")]
    items[3] = p.one("Xe tải lạnh 1,5 tấn |", skip=1)  # the first such row is the equipment list
    p.check(sum(items) == p.one("Tổng cộng") == 3000 == p.one("Vốn chủ sở hữu") + p.one("Vay Ngân hàng") == p.one("Tổng nguồn vốn"),
            "items = total = sources = 3.000")
    p.check(sum(items[:4]) == 2400 and close(2400 / 10, 240), "fixed 2.400 / 10")
    p.check(avg1(post) == 790.6 and close(3000 / (790.6 + 240), 2.9, 0.01), "average 790,6; payback 2,9")
    p.check(close(pre[0] / rev[0], 0.117, 0.01) and close(pre[2] / rev[2], 0.142, 0.01), "11,7–14,2 %")
    p.has("180.000 đồng/kg", "24.000 con gà làm sạch năm 2027, 27.000 con năm 2028 và 30.000 con năm 2029",
          "khoảng 6,48 tỷ đồng, năm 2029 khoảng 8,1 tỷ đồng", "2 khu × 4.000 con/lứa × 2 lứa/năm = 16.000 con/năm",
          "2 lứa × 320 con = 640 con/năm, tổng 16.000 con/năm", "Tổng nguồn cung 32.000 con/năm",
          "300 con/ngày × 260 ngày = 78.000 con/năm", "(627,5 + 790,6 + 953,7) : 3 ≈ 790,6", "3.000 : (790,6 + 240) ≈ 2,9 năm",
          "Sản lượng năm 2027 là 36.000 kg", "96 triệu đồng (2027), 72 triệu đồng (2028), 48 triệu đồng (2029)",
          "Tổng vốn đầu tư 3.000 triệu đồng", "khoảng 20.000 con gà", "Nghị định số 15/2018/NĐ-CP", "TCCS 01:2027/GĐHĐ",
          "Nghị định số 43/2017/NĐ-CP", "đăng ký môi trường", "bể kỵ khí")
    p.check(close(6480 / 1000, 6.48) and close(8100 / 1000, 8.1), "6,48 and 8,1 tỷ")
    ready_text(p)
    return p


def cc04() -> Plan:
    p = Plan("cc04_ca_tram_kho_song_la_hkd")
    h, n, kg, fish = p.row("Cá kho hộp 500 g |"), p.row("Cá kho niêu 1 kg |"), p.row("Tổng cá kho thành phẩm"), p.row("Cá trắm tươi nguyên liệu")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Cá kho hộp 500 g (120"), p.row("Cá kho niêu 1 kg (260")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá trắm tươi (40", "Gia vị, mỡ, nước mắm", "Hộp, niêu, túi, nhãn", "Củi, điện, nước",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Chi khác, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    staff = [5, 5, 6]
    for y in Y:  # NGHÌN ĐỒNG
        p.check(kg[y] == h[y] * 0.5 + n[y] and close(fish[y], kg[y] * 1.6), f"kg, 1,6 kg fish per kg {y}")
        p.check(r1[y] == h[y] * 120 and r2[y] == n[y] * 260 and rev[y] == r1[y] + r2[y], f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 40) and close(lines[1][y], kg[y] * 25)
                and close(lines[2][y], h[y] * 8 + n[y] * 35) and close(lines[3][y], kg[y] * 10), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6000 * 12) and close(lines[5][y], 50000)
                and close(lines[6][y], [200000, 150000, 100000][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 30000), f"wages, depreciation, interest, selling, other {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(fish[y] <= 6 * 1200 + 8000 and kg[y] <= 40 * 250, f"fish 15.200 kg, kitchen 10.000 kg {y}")
        p.check(prof[y] / rev[y] < 0.25, f"margin {y}")
        if y:
            p.check(kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(6 * 1200 == 7200 and 7200 + 8000 == 15200 and 40 * 250 == 10000, "cages 7.200 + 8.000; 10.000 kg capacity")
    p.check(kg[0] / 5000 == 1.2, "+20 % on 2026")
    items = [p.one(x) for x in ("Cải tạo bếp chế biến", "Bếp kho công nghiệp, nồi gang", "Tủ cấp đông, tủ mát",
                                "Máy hút chân không |", "Bàn inox, dụng cụ, cân", "Thiết kế hộp, niêu", "Vốn lưu động mua cá")]
    items[3] = p.one("Máy hút chân không |", skip=1)  # the first such row is the equipment list (count 1)
    total, sources = p.one("Tổng cộng"), p.one("Tổng cộng", skip=1)
    p.check(sum(items) == total == sources == 600000 == p.one("Vốn tự có") + p.one("Vay Ngân hàng"), "items = total = sources = 600.000")
    p.check(sum(items[:5]) == 400000 and close(400000 / 8, 50000), "fixed 400.000 / 8")
    p.check(sum(prof) / 3 == 293900 and close(600000 / (293900 + 50000), 1.7, 0.03), "average 293.900; payback 1,7")
    p.has("120.000 đồng/hộp", "260.000 đồng/niêu", "Doanh thu 1.480.000 nghìn đồng năm 2027, 1.876.000 nghìn đồng năm 2029",
          "6.000 kg năm 2027, 6.800 kg năm 2028 và 7.600 kg năm 2029", "9.600 kg năm 2027, 10.880 kg năm 2028, 12.160 kg năm 2029",
          "6 lồng × 1.200 kg cá/lồng/năm = 7.200 kg/năm", "8.000 kg/năm", "Tổng nguồn cung 15.200 kg/năm",
          "khoảng 10.000 kg/năm", "(224.000 + 317.900 + 339.800) : 3 = 293.900", "600.000 : (293.900 + 50.000) ≈ 1,7 năm",
          "Tổng vốn đầu tư: 600.000 nghìn đồng", "14.000 nghìn đồng năm 2027, 10.500 nghìn đồng năm 2028, 7.000 nghìn đồng năm 2029",
          "khoảng 5.000 kg cá kho", "240.000 đồng/kg (hộp 500 g)", "Nghị định số 15/2018/NĐ-CP", "TCCS 01:2026/CKSL",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 3 ngăn")
    p.check(120000 / 0.5 == 240000, "240.000 đồng/kg in boxes")
    p.check(close(prof[0] / rev[0], 0.15, 0.02) and close(prof[1] / rev[1], 0.19, 0.01), "15–19 %")
    ready_text(p)
    return p


def cc05() -> Plan:
    p = Plan("cc05_lap_xuong_lon_den_ky_son_htx")
    a, b, kg, meat = (p.row("Lạp xưởng gói 500 g |"), p.row("Lạp xưởng gói 250 g |"), p.row("Tổng sản lượng lạp xưởng"),
                      p.row("Thịt mỡ lợn nguyên liệu"))
    rev, ra, rb = p.row("Tổng doanh thu"), p.row("Lạp xưởng gói 500 g (200.000"), p.row("Lạp xưởng gói 250 g (105.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thịt mỡ lợn đen (110.000", "Gia vị, rượu, ruột", "Túi hút chân không, nhãn", "Điện sấy, nước",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu (4%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    staff = [7, 8, 8]
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.5 + b[y] * 0.25 and close(meat[y], kg[y] * 1.6), f"kg, 1,6 kg meat per kg {y}")
        p.check(close(rb[y], b[y] * 0.105) and close(rev[y], ra[y] + rb[y]), f"250 g revenue, total = rows {y}")
        p.check(close(lines[0][y], meat[y] * 0.11) and close(lines[1][y], kg[y] * 0.016)
                and close(lines[2][y], a[y] * 0.004 + b[y] * 0.003) and close(lines[3][y], kg[y] * 0.01), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 100) and close(lines[6][y], [800, 600, 400][y] * 0.075)
                and close(lines[7][y], rev[y] * 0.04) and close(lines[8][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the STATED revenue {y}")
        p.check(meat[y] <= 600 * 32 and kg[y] <= 80 * 260, f"meat 19.200 kg, dryer 20.800 kg {y}")
    p.check(close(ra[0], a[0] * 0.2) and close(ra[2], a[2] * 0.2), "2027 and 2029 500 g revenue right")
    true_ra1 = a[1] * 0.2
    p.check(true_ra1 == 2400 and ra[1] == 2640 and off(ra[1], true_ra1), "PLANTED 2028 500 g row 2.640 != 12.000 × 200.000 đ = 2.400 (+10 %)")
    true_rev1 = true_ra1 + rb[1]
    p.check(true_rev1 == 3135 and off(rev[1], true_rev1), "PLANTED 2028 revenue 3.375 != 3.135 (+7,7 %)")
    true_prof1 = true_rev1 - (cost[1] - lines[7][1] + true_rev1 * 0.04)
    p.check(close(true_prof1, 548.5) and off(prof[1], true_prof1) and off(prof[1], true_rev1 - cost[1]),
            "tolerated knock-on: true 2028 profit ≈ 548,5 (536,5 with the stated selling cost), stated 776,5")
    written = avg1(prof)
    true_avg = (prof[0] + true_prof1 + prof[2]) / 3
    p.check(written == 648.9 and close(1400 / (written + 100), 1.9, 0.02), "stated payback 1,9 from the inflated profit")
    p.check(close(1400 / (true_avg + 100), 2.08, 0.01) and off(1.9, 1400 / (true_avg + 100)), "tolerated knock-on: true payback ≈ 2,1")
    p.check(rev[1] / rev[0] < 1.3 and true_rev1 / rev[0] < 1.2 and rev[2] / rev[1] < 1.2, "growth below 30 % even as stated")
    p.check(close(kg[0] / 5400, 1.2, 0.01), "+20 % on 2026")
    items = [p.one(x) for x in ("Mở rộng xưởng chế biến", "Máy xay, máy thái, máy nhồi", "Phòng sấy điện 2 buồng |",
                                "Kho mát, máy hút chân không", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 1400 == 600 + 800 and sum(items[:4]) == 1000 and close(1000 / 10, 100),
            "investment 1.400 = 600 + 800, fixed 1.000")
    p.has("200.000 đồng/gói", "105.000 đồng/gói", "Doanh thu năm 2027 đạt 2.630 triệu đồng, năm 2029 đạt 3.640 triệu đồng",
          "khoảng 600 con lợn thịt/năm", "khoảng 32 kg", "tổng khoảng 19.200 kg/năm", "20.800 kg/năm",
          "(387,8 + 776,5 + 782,4) : 3 ≈ 648,9", "1.400 : (648,9 + 100) ≈ 1,9 năm", "Tổng vốn đầu tư của phương án là 1.400 triệu đồng",
          "60 triệu đồng năm 2027, 45 triệu đồng năm 2028, 30 triệu đồng năm 2029", "mỗi ngày giết mổ 2–3 con",
          "Tổng đàn lợn đen của thành viên hiện khoảng 1.200 con")
    # PLANTED outdated-policy: replaced instruments and district-level bodies, and no current instrument
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Luật Hợp tác xã năm 2012 (số 23/2012/QH13)",
          "Nghị quyết số 123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
          "Phòng Nông nghiệp và Phát triển nông thôn huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023|Luật Hợp tác xã năm 2023|113/2024", "PLANTED the current instruments are not cited")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|chất thải|biogas|bể (lắng|tự hoại|xử lý|chứa)|ô nhiễm|\brác\b|mùi hôi|phân chuồng|phân bón|"
            r"ủ phân|xử lý|khói|cắt tiết|huyết|máu|lông|chôn", "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cc06() -> Plan:
    p = Plan("cc06_ruou_nhung_huou_son_tay_hkd")
    c5, b2, lit, nhung, rice = (p.row("Rượu nhung chai 500 ml"), p.row("Rượu nhung bình 2 lít"), p.row("Tổng sản lượng rượu nhung"),
                                p.row("Nhung hươu tươi"), p.row("Gạo nếp |"))
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 ml (380.000"), p.row("Bình 2 lít (1.400.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nhung hươu (16", "Gạo nếp (25.000", "Men, than lọc", "Chai, bình, hộp, nhãn", "Củi, điện, nước",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu, hội chợ", "Thuế (khoán")]
    prof = p.row("Lợi nhuận |")
    staff = [4, 4, 5]
    for y in Y:  # triệu đồng
        p.check(lit[y] == c5[y] * 0.5 + b2[y] * 2 and close(nhung[y], lit[y] * 0.01) and close(rice[y], lit[y] * 2),
                f"litres, 10 g velvet and 2 kg rice per litre {y}")
        p.check(close(rc[y], c5[y] * 0.38) and close(rb[y], b2[y] * 1.4) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], nhung[y] * 16) and close(lines[1][y], rice[y] * 0.025) and close(lines[2][y], lit[y] * 0.01)
                and close(lines[3][y], c5[y] * 0.03 + b2[y] * 0.12) and close(lines[4][y], lit[y] * 0.02), f"unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 6 * 12) and close(lines[6][y], 60) and close(lines[7][y], [400, 300, 200][y] * 0.07)
                and close(lines[8][y], [80, 90, 100][y]) and close(lines[9][y], rev[y] * 0.1), f"wages, depreciation, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(nhung[y] <= 14 * 0.8 + 15 and rice[y] <= 6000 and lit[y] <= 60 * 250, f"velvet 26,2 kg, rice 6 tấn, still 15.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(14 * 0.8, 11.2) and 30 == 14 + 12 + 4, "herd 30 = 14 + 12 + 4; 11,2 kg velvet")
    sales = [p.row(x) for x in ("Chiết khấu cho cửa hàng", "Tham gia hội chợ, gian hàng", "In tờ giới thiệu")]
    p.check(all(close(lines_sum(sales, y), p.row("Cộng chi phí bán hàng")[y]) and close(lines[8][y], lines_sum(sales, y)) for y in Y),
            "selling-cost breakdown adds up to the selling line")
    items = [p.one(x) for x in ("Nâng cấp khu nấu rượu", "Nồi chưng cất, hệ thống ngưng tụ", "60 bình thủy tinh ngâm rượu |",
                                "Máy chiết rót, đóng nắp, in ngày", "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(close(sum(items), 1.2, 1e-9) and total == 1.2 and close(sum(items[:4]), 0.6, 1e-9), "items add up to 1,20 tỷ, fixed 0,6 tỷ")
    own, loan = 0.6, 0.4
    p.has("Vốn tự có của hộ: 0,6 tỷ đồng.", "Vay Ngân hàng Nông nghiệp và Phát triển nông thôn: 0,4 tỷ đồng",
          "Tổng vốn đầu tư của phương án là 1,2 tỷ đồng")
    p.check(close(own + loan, 1.0) and off(own + loan, total), "PLANTED sources 0,6 + 0,4 = 1,0 tỷ != total 1,2 tỷ (−17 %)")
    p.lacks(r"hỗ trợ (vốn|kinh phí) (của|từ) (nhà nước|ngân sách)|vốn khác|nguồn khác|huy động thêm", "no third source")
    p.check(close(0.6e3 / 10, 60) and avg1(prof) == 285.6 and close(1200 / (285.6 + 60), 3.5, 0.02), "depreciation 60; payback 3,5")
    p.has("Năm 2026 sản lượng rượu nhung đạt 1.500 lít", "Tăng sản lượng rượu nhung từ 2.100 lít năm 2026")  # PLANTED
    p.check(off(2100, 1500), "PLANTED 2026 output 1.500 lít (Chương II) != 2.100 lít (Chương III)")
    p.check(lit[0] / 1500 == 1.2, "2027 = +20 % on the 1.500 lít figure")
    p.has("380.000 đồng/chai", "1.400.000 đồng/bình", "1.800 lít năm 2027, 2.100 lít năm 2028, 2.400 lít năm 2029",
          "14 con × 0,8 kg = 11,2 kg/năm", "khoảng 15 kg/năm", "(202,8 + 309,6 + 344,4) : 3 = 285,6", "1.200 : (285,6 + 60) ≈ 3,5 năm",
          "khoảng 1,33 tỷ đồng, năm 2029 khoảng 1,78 tỷ đồng", "28 triệu đồng năm 2027, 21 triệu đồng năm 2028, 14 triệu đồng năm 2029",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 15/2018/NĐ-CP", "hàm lượng etanol",
          "Cục Sở hữu trí tuệ", "Bã rượu")
    p.check(close(1332 / 1000, 1.33, 0.005) and close(1776 / 1000, 1.78, 0.005), "1,33 and 1,78 tỷ")
    p.lacks(r"giấy phép|105/2017|17/2020|cấp phép|nhằm mục đích kinh doanh|Phòng Kinh tế", "PLANTED no alcohol production licence")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cc07() -> Plan:
    p = Plan("cc07_mat_ong_rung_ngan_truoi_htx")
    a, b, kg, raw = p.row("Mật ong chai 500 g"), p.row("Mật ong chai 1 kg"), p.row("Tổng mật ong thành phẩm"), p.row("Mật nguyên liệu cần dùng")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Chai 500 g (220.000"), p.row("Chai 1 kg (420.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật nguyên liệu (180.000", "Chai, nắp, nhãn, tem", "Điện (3.000", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá (5%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    staff = [8, 8, 9]
    supply = 580 * 12 + 1500
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.5 + b[y] and close(raw[y], kg[y] * 1.05), f"kg, 1,05 kg raw per kg {y}")
        p.check(close(ra[y], a[y] * 0.22) and close(rb[y], b[y] * 0.42) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.18) and close(lines[1][y], a[y] * 0.008 + b[y] * 0.012)
                and close(lines[2][y], kg[y] * 0.003), f"unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 150) and close(lines[5][y], [1000, 750, 500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 150), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(raw[y] > supply and off(raw[y], supply), f"PLANTED raw honey {raw[y]:.0f} kg > 8.460 kg supply {y}")
        p.check(kg[y] <= 400 * 200 and prof[y] / rev[y] < 0.4, f"dryer capacity, margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(supply == 8460 and close(raw[0] / supply, 1.179, 0.001) and close(raw[2] / supply, 1.489, 0.001),
            "PLANTED shortfall 18 % (2027) to 49 % (2029)")
    p.check(7800 * 1.05 <= supply and close(kg[0] / 7800, 1.22, 0.01), "2026 (7.800 kg) was within supply; +22 % in 2027")
    p.has("580 đàn ong nội", "12 kg mật/đàn/năm, tổng khoảng 6.960 kg", "bình quân 1.500 kg/năm", "khoảng 8.460 kg/năm",
          "bảo đảm đủ nguyên liệu", "giữ ổn định số đàn hiện có")
    items = [p.one(x) for x in ("Xây xưởng sơ chế", "Máy hạ thủy phần chân không |", "Bồn inox chứa mật", "Máy chiết rót, đóng nắp, dán nhãn |",
                                "Kho thành phẩm", "Thiết kế chai", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 2400 == 1400 + 1000 and sum(items[:5]) == 1200 and close(1200 / 8, 150),
            "investment 2.400 = 1.400 + 1.000; fixed 1.200 / 8")
    avg = sum(prof) / 3
    p.check(avg == 1149.5, "average profit 1.149,5")
    true_pb = 2400 / (avg + 150)
    p.check(close(true_pb, 1.85, 0.01) and off(1.1, true_pb) and off(1.1, 2400 / avg),
            "PLANTED payback written ≈ 1,1 năm; 2.400 : (1.149,5 + 150) = 1,85 (2,09 without depreciation)")
    p.has("2.400 : (1.149,5 + 150) ≈ 1,1 năm", "(901 + 1.182 + 1.365,5) : 3 = 1.149,5", "220.000 đồng/chai", "420.000 đồng/chai",
          "9.975 kg năm 2027, 11.340 kg năm 2028 và 12.600 kg năm 2029", "Doanh thu 4.060 triệu đồng năm 2027, tăng lên 5.130 triệu đồng năm 2029",
          "Tổng vốn đầu tư 2.400 triệu đồng", "khoảng 400 kg/ngày", "80.000 kg/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", 'Nhãn hiệu "Mật ong Ngàn Trươi": đã nộp đơn đăng ký', "tem QR")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phòng thí nghiệm|Codex",
            "PLANTED no product standard, declaration or laboratory test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cc08() -> Plan:
    p = Plan("cc08_cha_luon_cam_due_tht")
    cha, cut, eel = p.row("Chả lươn |"), p.row("Lươn cắt khúc cấp đông"), p.row("Lươn sống nguyên liệu")
    rev, rc, rk = p.row("Doanh thu |"), p.row("Chả lươn (360.000"), p.row("Lươn cắt khúc (260.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lươn sống (120.000", "Thịt lợn, gia vị", "Túi, nhãn, thùng", "Điện, gas, nước", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    staff = [7, 8, 8]
    cap = 30 * 240
    for y in Y:  # tr.đ
        p.check(close(eel[y], cha[y] * 1.5 + cut[y] * 1.25), f"eel 1,5 / 1,25 kg per kg {y}")
        p.check(close(rc[y], cha[y] * 0.36) and close(rk[y], cut[y] * 0.26) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], eel[y] * 0.12) and close(lines[1][y], cha[y] * 0.02)
                and close(lines[2][y], (cha[y] + cut[y]) * 0.006) and close(lines[3][y], (cha[y] + cut[y]) * 0.008), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 60) and close(lines[6][y], [300, 200, 100][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(eel[y] <= 1200 * 15 + 3000, f"eel supply 21.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(cap == 7200 and cha[0] <= cap, "2027 chả within 7.200 kg")
    p.check(cha[1] > cap and off(cha[1], cap) and off(cha[2], cap) and close(cha[2] / cap, 1.25),
            "PLANTED chả 7.800 (+8 %) and 9.000 kg (+25 %) > 30 kg/ngày × 240 ngày = 7.200 kg, line not extended")
    p.has("30 kg chả/ngày, làm 240 ngày/năm", "khoảng 7.200 kg chả/năm", "tổ không đầu tư thêm máy giã và chảo chiên",
          "Dây chuyền chả hiện có vẫn đáp ứng kế hoạch sản xuất")
    p.lacks(r"máy (giã|xay) (chả )?(mới|thứ hai)|chảo chiên (mới|thứ hai)|thêm (một|1) (máy|chảo)", "no new eel-cake equipment")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    true1 = rev[1] - cost[1]
    p.check(close(true1, 562.3) and prof[1] == 662.3 and off(prof[1], true1), "PLANTED 2028 profit 662,3 != 3.666 − 3.103,7 = 562,3")
    written = sum(prof) / 3
    true_avg = (prof[0] + true1 + prof[2]) / 3
    p.check(close(written, 594, 0.001) and close(1000 / (594 + 60), 1.5, 0.03), "stated payback 1,5 from the inflated average 594")
    p.check(close(1000 / (true_avg + 60), 1.61, 0.01), "tolerated knock-on: true payback ≈ 1,6")
    items = [p.one(x) for x in ("Xây nhà sơ chế", "Tủ cấp đông gió |", "Kho lạnh −18 °C |", "Máy hút chân không, cân, bàn",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động thu mua")]
    items[1], items[2] = p.one("Tủ cấp đông gió |", skip=1), p.one("Kho lạnh −18 °C |", skip=1)  # first rows: equipment list
    total, sources = p.one("Tổng cộng"), p.one("Tổng cộng", skip=1)
    p.check(sum(items) == total == sources == 1000 == p.one("Vốn góp thêm") + p.one("Vay Ngân hàng Chính sách"),
            "investment 1.000 = 700 + 300")
    p.check(sum(items[:4]) == 600 and close(600 / 10, 60), "fixed 600 / 10")
    p.check(1200 * 15 == 18000 and cha[0] / 5000 == 1.2, "18.000 kg from tanks; +20 % on 2026")
    ch = [p.row(x, 1)[0] for x in ("Nhà hàng, quán đặc sản", "Cửa hàng thực phẩm, đặc sản", "Người tiêu dùng đặt trực tuyến", "Bếp ăn khu du lịch")]
    p.check(ch == [(cha[0] + cut[0]) * r for r in (0.4, 0.3, 0.2, 0.1)] and sum(ch) == p.row("Cộng |", 1)[0] == cha[0] + cut[0],
            "2027 sales by channel 40/30/20/10 % of 9.000 kg")
    p.has("360.000 đồng/kg", "260.000 đồng/kg", "Doanh thu năm 2027 đạt 2.940 triệu đồng, năm 2029 đạt 4.176 triệu đồng",
          "12.750 kg năm 2027, 15.825 kg năm 2028, 18.000 kg năm 2029", "15 kg lươn/m²/năm, tổng khoảng 18.000 kg/năm",
          "khoảng 3.000 kg/năm", "khoảng 21.000 kg/năm", "(372 + 662,3 + 747,8) : 3 ≈ 594", "1.000 : (594 + 60) ≈ 1,5 năm",
          "Tổng vốn đầu tư 1.000 triệu đồng", "21 tr.đ năm 2027, 14 tr.đ năm 2028, 7 tr.đ năm 2029",
          "Nghị định số 15/2018/NĐ-CP", "TCCS 01:2026/THTCD", "Nghị định số 43/2017/NĐ-CP", "bể tự hoại 3 ngăn")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng", "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cc09() -> Plan:
    p = Plan("cc09_ca_mat_ngan_pho_hkd")
    h, t, kg, fish = p.row("Cá mát rim hũ 250 g"), p.row("Cá mát rim túi 500 g"), p.row("Tổng thành phẩm"), p.row("Cá mát tươi nguyên liệu")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hũ 250 g (175.000"), p.row("Túi 500 g (320.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá mát tươi (150.000", "Gia vị, sả", "Hũ, túi, hộp, nhãn (12.000", "Gas, điện, nước", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    staff = [4, 4, 5]
    for y in Y:  # đồng
        p.check(kg[y] == h[y] * 0.25 + t[y] * 0.5 and close(fish[y], kg[y] * 1.8), f"kg, 1,8 kg fish per kg {y}")
        p.check(r1[y] == h[y] * 175000 and r2[y] == t[y] * 320000 and rev[y] == r1[y] + r2[y], f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 150000) and close(lines[1][y], kg[y] * 30000)
                and close(lines[2][y], h[y] * 12000 + t[y] * 8000) and close(lines[3][y], kg[y] * 15000), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6e6 * 12) and close(lines[5][y], 40e6) and close(lines[6][y], [200e6, 150e6, 100e6][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 24e6), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y), 1e-6) and close(prof[y], rev[y] - cost[y], 1e-6), f"cost sum, profit {y}")
        p.check(fish[y] <= 25 * 250 + 500 and kg[y] <= 18 * 220, f"fish 6.750 kg, kitchen 3.960 kg {y}")
        p.check(prof[y] / rev[y] < 0.3, f"margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 2000, 1.25), "+25 % on 2026")
    p.check(all(close(p.row(f"Cá mát tươi thu mua")[i], p.row("Cá mát rim bán ra")[i] * 1.8) for i in Y)
            and p.row("Cá mát rim bán ra")[2] == 2000, "2024–2026 record: 1,8 kg fish per kg, 2.000 kg in 2026")
    ch = [p.row(x) for x in ("Cửa hàng tại nhà", "Cửa hàng đặc sản, điểm bán", "Nhà hàng đặc sản |", "Bán trực tuyến")]
    tot = p.row("Cộng |")
    p.check(all(close(c[2], c[0] * 0.25 + c[1] * 0.5) for c in ch) and tot == [h[0], t[0], kg[0]]
            and all(close(lines_sum(ch, i), tot[i]) for i in Y), "2027 sales by channel add up to 6.000 hũ, 2.000 túi, 2.500 kg")
    items = [p.one(x) for x in ("Cải tạo bếp chế biến", "2 tủ cấp đông 1.000 lít", "Máy hút chân không, máy hàn", "Bếp gas công nghiệp",
                                "Tủ sấy cá |", "Hũ, túi, hộp, nhãn (lô đầu)", "Vốn lưu động thu mua")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 520e6 and stated == 580e6 and off(stated, sum(items)),
            "PLANTED investment table 'Tổng cộng' 580.000.000 != items 520.000.000 (+11,5 %)")
    p.check(sum(items[:5]) == 400e6 and close(400e6 / 10, 40e6), "fixed 400.000.000 / 10")
    p.has("vốn tự có của hộ 380.000.000 đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 200.000.000 đồng")
    p.check(380e6 + 200e6 == stated and off(380e6 + 200e6, sum(items)), "tolerated knock-on: sources = the wrong total, 60 triệu above the items")
    avg = sum(prof) / 3
    p.check(avg == 445450000 and close(580e6 / (avg + 40e6), 1.2, 0.01), "stated payback 1,2 on the stated total")
    p.check(close(520e6 / (avg + 40e6), 1.07, 0.01) and off(1.2, 520e6 / (avg + 40e6)), "tolerated knock-on: 1,07 on the true sum")
    p.check(p.count("Hộ kinh doanh Cá sông Hà Linh") == 2 and p.count("Hộ kinh doanh Cá mát Ngàn Phố") == 1
            and p.count("HỘ KINH DOANH CÁ MÁT NGÀN PHỐ") == 1, "PLANTED a second producer name, twice (market, proposals)")
    market = p.body.split("# 7) Thị trường tiêu thụ", 1)[1].split("# 8)", 1)[0]
    p.check("Cá sông Hà Linh" in market, "the second name sits in the market section")
    p.has("175.000 đồng/hũ", "320.000 đồng/túi", "khoảng 1,69 tỷ đồng, năm 2029 khoảng 2,16 tỷ đồng",
          "2.500 kg năm 2027, 2.850 kg năm 2028, 3.200 kg năm 2029", "4.500 kg năm 2027, 5.130 kg năm 2028, 5.760 kg năm 2029",
          "tổng 6.250 kg/năm", "khoảng 500 kg/năm", "Tổng khoảng 6.750 kg/năm", "khoảng 3.960 kg/năm",
          "(364.000.000 + 469.450.000 + 502.900.000) : 3 = 445.450.000", "580.000.000 : (445.450.000 + 40.000.000) ≈ 1,2 năm",
          "lãi 14.000.000 đồng năm 2027, 10.500.000 đồng năm 2028, 7.000.000 đồng năm 2029", "640.000–700.000 đồng/kg",
          "TCCS 01:2026/CMNP", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể tự hoại")
    p.check(25 * 250 == 6250 and 18 * 220 == 3960 and 175000 / 0.25 == 700000 and 320000 / 0.5 == 640000, "supply, capacity, price per kg")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|đủ điều kiện|15/2018|55/2010|cam kết|tự công bố|công bố sản phẩm|khám sức khỏe|"
            r"HACCP|ISO 22000|kiểm nghiệm", "PLANTED no food-safety certificate, commitment, declaration or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cc10() -> Plan:
    p = Plan("cc10_ruoc_ga_doi_hoa_xuan_ho")
    jars, kg, meat, birds = p.row("Ruốc gà hũ 200 g"), p.row("Ruốc gà thành phẩm"), p.row("Thịt nạc gà nguyên liệu"), p.row("Số gà cần mua")
    rev, cost = p.row("Doanh thu (110.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt nạc gà (100.000", "Gia vị (20.000", "Hũ, túi giấy", "Điện, gas", "Tiền công lao động",
                                 "Khấu hao |", "Bán hàng, giao hàng", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    staff = [3, 4, 6]
    for y in Y:  # triệu đồng
        p.check(kg[y] == jars[y] * 0.2 and close(meat[y], kg[y] * 2.5) and abs(birds[y] - meat[y] / 0.75) < 50,
                f"200 g jars, 2,5 kg meat per kg, 0,75 kg per bird {y}")
        p.check(close(rev[y], jars[y] * 0.11), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.1) and close(lines[1][y], kg[y] * 0.02) and close(lines[2][y], jars[y] * 0.004)
                and close(lines[3][y], kg[y] * 0.01) and close(lines[4][y], staff[y] * 5 * 12) and close(lines[5][y], 15)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 12), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(kg[y] <= 30 * 250 and birds[y] <= 25000, f"capacity 7.500 kg and 25.000 birds cover the plan {y} (not planted)")
    g1, g2 = jars[1] / jars[0], jars[2] / jars[1]
    p.check(close(g1, 2.333, 0.001) and close(g2, 2.286, 0.001) and rev[1] / rev[0] == g1 and close(rev[2] / rev[1], g2),
            "PLANTED output and revenue ×2,33 then ×2,29 (6.000 → 14.000 → 32.000 hũ)")
    p.check(jars[2] / 4500 > 7 and close(jars[0] / 4500, 1.33, 0.01), "2029 is 7× the 2026 sales; 2027 +33 %")
    p.check(p.row("Tổng số lao động") == staff and all(close(lines_sum([p.row(x) for x in ("Luộc, xé thịt", "Rang, sấy ruốc",
            "Đóng hũ, giao hàng")], y), staff[y]) for y in Y), "staff table 3 / 4 / 6")
    q = [p.row(f"Quý {x} |", 1)[0] for x in ("I", "II", "III", "IV")]
    p.check(sum(q) == p.row("Cả năm", 1)[0] == jars[0], "2027 quarters add up to 6.000 hũ")
    p.check(0.2 * 2.5 * 100000 == 50000 and 50000 + 4000 + 4000 + 2000 == 60000
            and close((lines[0][0] + lines[1][0] + lines[2][0] + lines[3][0]) / jars[0] * 1e6, 60000), "60.000 đ variable cost per jar")
    p.has("0,5 kg × 100.000 đồng = 50.000 đồng", "cộng 60.000 đồng/hũ")
    p.check(close(3520 / 300, 11.7, 0.01) and staff[2] / staff[0] == 2, "revenue 11,7× the investment; workers only ×2")
    p.has("nhu cầu ngày càng tăng", "tiếp tục bán tại nhà, qua 3 cửa hàng tạp hóa trong xã và trang Facebook")
    p.lacks(r"hợp đồng (tiêu thụ|cung cấp|đại lý|phân phối|bán)|đại lý|nhà phân phối|siêu thị|sàn thương mại|Shopee|xuất khẩu|"
            r"điểm bán sản phẩm OCOP", "the market section offers no channel that could take 32.000 hũ")
    items = [p.one(x) for x in ("Cải tạo gian chế biến", "2 chảo rang điện", "Tủ sấy 30 khay, máy hàn", "Tủ đông |", "Thiết kế hũ",
                                "Vốn lưu động mua gà")]
    items[3] = p.one("Tủ đông |", skip=1)  # the first such row is the equipment list
    p.check(sum(items) == p.one("Tổng cộng") == 300 == 200 + 100 and sum(items[:4]) == 150 and close(150 / 10, 15),
            "investment 300 = 200 + 100; fixed 150 / 10")
    p.check(close(sum(prof) / 3, 484.3, 0.001) and close(300 / (484.3 + 15), 0.6, 0.01), "average 484,3; payback 0,6")
    p.has("110.000 đồng/hũ", "6.000 hũ năm 2027, 14.000 hũ năm 2028, 32.000 hũ năm 2029",
          "660 triệu đồng năm 2027, 1.540 triệu đồng năm 2028, 3.520 triệu đồng năm 2029", "khoảng 4.500 hũ (900 kg ruốc)",
          "khoảng 7.500 kg/năm", "khoảng 25.000 con", "(60 + 356 + 1.037) : 3 ≈ 484,3", "300 : (484,3 + 15) ≈ 0,6 năm",
          "Tổng vốn đầu tư 300 triệu đồng", "3.000 kg năm 2027, 7.000 kg năm 2028, 16.000 kg năm 2029",
          "khoảng 4.000 con, 9.300 con và 21.300 con gà", "Nghị định số 15/2018/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|giấy phép kinh doanh", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô", "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cc11_tep_rang_thach_kenh_so_sai")
    a.check(1500 * 300000 == 450e6, "tép rang sentence (1.500 kg × 300.000 = 450 triệu)")
    a.has("khoảng 1.500 kg tép rang", "300.000 đồng/kg", "khoảng 450 triệu đồng", "đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|công bố|tiêu chuẩn|nhãn|truy xuất|môi trường|nước thải", "compliance gaps are real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cc12_bo_kho_vu_quang_so_sai")
    b.check(400 * 700000 == 280e6, "bò khô sentence (400 kg × 700.000 = 280 triệu)")
    b.has("khoảng 400 kg thịt bò khô", "700.000 đồng/kg", "khoảng 280 triệu đồng", "khoảng 60 con bò")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|hợp tác xã|tổ hợp tác", "no registration (tolerated gap)")
    b.lacks(r"cửa hàng|đại lý|chợ|siêu thị|facebook|zalo|hợp đồng|giá bán lẻ", "no named channel (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cc01, cc02, cc03, cc04, cc05, cc06, cc07, cc08, cc09, cc10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
