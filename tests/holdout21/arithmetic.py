"""The twenty-first holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout21/arithmetic.py

For every plan: output = sum of the packs, revenue = quantity x price (line by line and in total),
cost lines from their stated unit rates, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no label, no environmental measure, a replaced instrument, no
food safety, no product standard, no registration, no trademark, no sales channel, a second
producer name, two different worker counts) are asserted too, as is the absence of template
placeholders in every plan and of replaced instruments in every plan but j06.
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


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|03/2014/TT|123/2018"


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "template placeholder")
    if ready:
        p.lacks(REPLACED, "cites a replaced instrument")


def j01() -> Plan:
    p = Plan("j01_mam_cay_dan_hai_htx")
    h3, h5, cn = p.row("Mắm cáy hũ 300 g"), p.row("Mắm cáy hũ 500 g"), p.row("Mắm cáy can 5 kg")
    kg, cay, salt = p.row("Tổng sản lượng quy đổi"), p.row("Cáy tươi nguyên liệu"), p.row("Muối, thính, gia vị|")
    rev, r3, r5, rc = p.row("Doanh thu|"), p.row("Hũ 300 g (40.000"), p.row("Hũ 500 g (60.000"), p.row("Can 5 kg (350.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cáy tươi (35.000", "Muối, thính, gia vị (5.000", "Hũ, nắp, nhãn, can", "Tiền lương lao động",
                                 "Điện, nước, nhiên liệu", "Khấu hao tài sản cố định", "Lãi vay ngân hàng",
                                 "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (15%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == h3[y] * 0.3 + h5[y] * 0.5 + cn[y] * 5, f"kg = packs {y}")
        p.check(close(cay[y], kg[y] * 0.8) and close(salt[y], kg[y] * 0.25), f"crab 0,8 kg/kg, salt 0,25 kg/kg {y}")
        p.check(close(r3[y], h3[y] * 0.04) and close(r5[y], h5[y] * 0.06) and close(rc[y], cn[y] * 0.35)
                and close(rev[y], r3[y] + r5[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], cay[y] * 0.035) and close(lines[1][y], kg[y] * 0.005)
                and close(lines[2][y], h3[y] * 0.007 + h5[y] * 0.009 + cn[y] * 0.012), f"per-unit costs {y}")
        p.check(close(lines[3][y], [6, 6, 7][y] * 5.5 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15, 0.02) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 12 * 600 * 3 and cay[y] <= 4800 + 17000, f"vat capacity 21.600 kg, crab supply 22 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(250 + 120 + 150 + 80 + 60 + 340 == 1000 == 600 + 400 and 250 + 120 + 150 + 80 == 600, "capital 1.000, fixed 600")
    avg = sum(post) / 3
    p.check(close(avg, 302.5, 0.002) and close(1000 / (302.5 + 60), 2.8, 0.02), "average 302,5, payback 2,8")
    p.check(close(kg[0] / 9800, 1.33, 0.01), "+33 % on 2025")
    p.has("40.000 đồng/hũ", "60.000 đồng/hũ", "350.000 đồng/can", "1.000 : (302,5 + 60) ≈ 2,8 năm",
          "12 bể × 600 kg × 3 mẻ = 21.600 kg", "Tổng nguồn cung khoảng 22 tấn cáy/năm", "112/2024/CN-ATTP",
          "TCCS 01:2025/ĐH", "Nghị định 43/2017/NĐ-CP", "4-2026-01873", "đăng ký môi trường", "mã số 3002145678")
    clean(p)
    return p


def j02() -> Plan:
    p = Plan("j02_tra_muop_dang_ngan_truoi_cty")
    box, bag, dry, fresh = (p.row("Hộp trà túi lọc 50 g"), p.row("Túi trà lát 200 g"), p.row("Trà khô quy đổi"),
                            p.row("Quả mướp đắng tươi"))
    rev, rb, rl = p.row("Doanh thu|"), p.row("Hộp túi lọc (60.000"), p.row("Túi trà lát (85.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Quả mướp đắng (6.000", "Bao bì, túi lọc", "Điện sấy, nước", "Lương và bảo hiểm",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế|"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế|")
    summ = [p.row(str(2026 + y) + "|", 4) for y in Y]  # years as rows, triệu đồng
    for y in Y:  # nghìn đồng
        p.check(dry[y] == box[y] * 0.05 + bag[y] * 0.2 and close(fresh[y], dry[y] * 12), f"dry tea, fresh 12:1 {y}")
        p.check(close(rb[y], box[y] * 60) and close(rl[y], bag[y] * 85) and close(rev[y], rb[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 6) and close(lines[1][y], box[y] * 8 + bag[y] * 6)
                and close(lines[2][y], dry[y] * 40), f"per-unit costs {y}")
        p.check(close(lines[3][y], [10, 11, 12][y] * 6000 * 12) and close(lines[4][y], 120000)
                and close(lines[5][y], [800000, 600000, 400000][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3_000_000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        s = summ[y]
        p.check(close(s[0] * 1000, rev[y]) and close(s[1] * 1000, cost[y]) and close(s[2] * 1000, pre[y])
                and close(s[3] * 1000, post[y]), f"summary row {y}")
        p.check(fresh[y] <= 12 * 6000 and fresh[y] <= 2 * 300 * 250 and box[y] * 25 <= 30 * 60 * 8 * 250,
                f"72 t supply, dryer 150 t, bagging 3,6 million {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(450 + 360 + 300 + 90 + 100 + 700 == 2000 == 1200 + 800 and 450 + 360 + 300 + 90 == 1200, "capital, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 610035, 0.0001) and close(2_000_000 / (avg + 120000), 2.7, 0.02), "average, payback 2,7")
    p.check(close(post[0] / rev[0], 0.164, 0.01) and close(post[2] / rev[2], 0.25, 0.01), "16,4 % → 25 % margin")
    p.check(close(dry[0] / 2600, 1.23, 0.01), "+23 % on 2025")
    p.has("60.000 đồng/hộp", "85.000 đồng/túi", "2.000.000 : 730.035 ≈ 2,7 năm", "58/2024/GCNATTP", "TCCS 02:2024/NT",
          "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "mã số 3002267315", "Nghị định 05/2025/NĐ-CP",
          "không quảng cáo công dụng chữa bệnh")
    clean(p)
    return p


def j03() -> Plan:
    p = Plan("j03_choi_dot_lan_huong_hkd")
    big, small, art, n = p.row("Chổi đót lớn", 4), p.row("Chổi đót nhỏ", 4), p.row("Chổi đót mỹ nghệ", 4), p.row("Cộng|", 4)
    by_year = {}  # rows whose FIRST cell is a year (Bảng 2 and Bảng 4 have years as rows)
    for r in p.rows:
        if r[0] in ("2026", "2027", "2028", "2029"):
            by_year.setdefault(r[0], []).append([plancheck.vn(c) for c in r[1:]])
    revs = [by_year[str(2026 + y)][0] for y in range(4)]  # Bảng 2: big, small, art, total
    results = [by_year[str(2026 + y)][1] for y in range(4)]  # Bảng 4: revenue, cost, profit
    cost = p.row("Tổng chi phí", 4)
    lines = [p.row(x, 4) for x in ("Đót khô (25.000", "Cán tre, dây cước", "Nhãn treo, dây buộc", "Tiền công thợ",
                                   "Khấu hao|", "Lãi vay|", "Vận chuyển, bán hàng", "Thuế GTGT và TNCN", "Điện, chi khác")]
    dot = [big[y] * 0.45 + small[y] * 0.2 + art[y] * 0.35 for y in range(4)]
    workers = [8, 9, 10, 11]
    for y in range(4):  # đồng
        r = revs[y]
        p.check(n[y] == big[y] + small[y] + art[y], f"count {y}")
        p.check(r[0] == big[y] * 42000 and r[1] == small[y] * 22000 and r[2] == art[y] * 95000
                and r[3] == r[0] + r[1] + r[2], f"revenue by type (years as rows) {y}")
        p.check(lines[0][y] == dot[y] * 25000 and lines[1][y] == n[y] * 4000 + art[y] * 15000
                and lines[2][y] == n[y] * 1500 and lines[3][y] == n[y] * 12000, f"per-unit costs {y}")
        p.check(lines[4][y] == 31e6 and close(lines[5][y], [200, 150, 100, 50][y] * 1e6 * 0.07)
                and close(lines[7][y], r[3] * 0.045), f"depreciation, interest, 4,5 % tax {y}")
        p.check(cost[y] == lines_sum(lines, y), f"cost sum {y}")
        p.check(results[y][0] == r[3] and results[y][1] == cost[y] and results[y][2] == r[3] - cost[y], f"result row {y}")
        p.check(n[y] <= workers[y] * 14 * 280 and dot[y] <= 2400 + 14000, f"labour capacity, đót supply 16,4 t {y}")
        if y:
            p.check(r[3] / revs[y - 1][3] < 1.2, f"growth {y}")
    p.check([round(x) for x in dot] == [10050, 11325, 12600, 13875], "đót need")
    p.check(150 + 100 + 60 + 40 + 150 == 500 == 300 + 100 + 100 and 150 + 100 + 60 == 310, "capital 500, fixed 310")
    avg = sum(x[2] for x in results) / 4
    p.check(avg == 221_736_250 and close(500e6 / (avg + 31e6), 2.0, 0.02), "average profit, payback 2,0")
    p.check(all(close(lines[3][y] / workers[y] / 12 / 1e6, 3.4, 0.015) for y in range(4)), "3,4 triệu/tháng per worker")
    p.check(close(n[0] / 24500, 1.10, 0.01), "+10 % on 2025")
    p.has("42.000 đồng/chiếc", "22.000 đồng/chiếc", "500.000.000 : 252.736.250 ≈ 2,0 năm", "28E8003416",
          "TCCS 01:2025/LH", "Nghị định 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "3.920 chiếc/thợ/năm")
    p.lacks(r"an toàn thực phẩm|ATTP", "handicraft: no food-safety wording expected")
    clean(p)
    return p


def j04() -> Plan:
    p = Plan("j04_trai_nghiem_trang_trai_de_tu_my_htx")
    visits, meals, camp, staff = (p.row("Lượt khách trải nghiệm"), p.row("Suất ăn|"), p.row("Khách cắm trại"),
                                  p.row("Lao động thường xuyên"))
    rev, rv, rm, rc = p.row("Tổng doanh thu"), p.row("Vé trải nghiệm"), p.row("Ẩm thực (200.000"), p.row("Cắm trại (300.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thực phẩm chế biến", "Cỏ, cám", "Vật tư cắm trại", "Tiền lương", "Điện, nước, vệ sinh",
                                 "Khấu hao|", "Lãi vay|", "Quảng bá, hoa hồng", "Bảo hiểm khách")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (15%)"), p.row("Lợi nhuận sau thuế|")
    summ = [p.row(str(2026 + y) + "|", 3) for y in Y]  # revenue, cost, after-tax profit (margin is a %)
    for y in Y:  # triệu đồng
        p.check(close(rv[y], visits[y] * 0.1) and close(rm[y], meals[y] * 0.2) and close(rc[y], camp[y] * 0.3)
                and close(rev[y], rv[y] + rm[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], rm[y] * 0.45) and close(lines[2][y], rc[y] * 0.2)
                and close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[5][y], 150)
                and close(lines[6][y], [700, 525, 350][y] * 0.08) and close(lines[7][y], rev[y] * 0.1), f"cost rules {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(close(summ[y][0], rev[y]) and close(summ[y][1], cost[y]) and close(summ[y][2], post[y]), f"summary {y}")
        p.check(visits[y] <= 150 * 300 and camp[y] <= 15 * 2 * 120 and meals[y] * 0.25 / 15 <= 140,
                f"capacity 45.000, camp 3.600, goats {y}")
        if y:
            p.check(visits[y] / visits[y - 1] < 1.3 and rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(400 + 600 + 250 + 250 + 100 + 400 == 2000 == 1300 + 700 and 400 + 600 + 250 + 250 == 1500, "capital, fixed")
    p.check(close(sum(post) / 3, 456.5, 0.002) and close(2000 / (456.5 + 150), 3.3, 0.02), "average 456,5, payback 3,3")
    p.check(close(visits[0] / 6500, 1.23, 0.01), "+23 % visitors on 2025")
    p.has("100.000 đồng/lượt", "200.000 đồng/suất", "300.000 đồng/lượt", "2.000 : (456,5 + 150) ≈ 3,3 năm",
          "14,4%", "20,4%", "24,3%", "mã số 3002301846", "Luật Du lịch", "an toàn thực phẩm cho dịch vụ ăn uống",
          "4-2025-28410", "đăng ký môi trường tại UBND xã Tứ Mỹ", "tiêu chuẩn cơ sở về dịch vụ")
    p.check(all(close(summ[y][2] / summ[y][0] * 100, [14.4, 20.4, 24.3][y], 0.005) for y in Y), "margins")
    clean(p)
    return p


def j05() -> Plan:
    p = Plan("j05_banh_chung_yen_hoa_tht")
    big, small, eq = p.row("Bánh chưng 1 kg"), p.row("Bánh chưng 0,5 kg"), p.row("Bánh quy đổi 1 kg")
    rice, bean, pork, leaf = (p.row("Gạo nếp cần dùng"), p.row("Đậu xanh cần dùng"), p.row("Thịt ba chỉ cần dùng"),
                              p.row("Lá dong cần dùng"))
    rev, rb, rs = p.row("Doanh thu|"), p.row("- Bánh 1 kg (80.000"), p.row("- Bánh 0,5 kg (45.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Gạo nếp (30.000", "- Đậu xanh (42.000", "- Thịt ba chỉ (140.000", "- Lá dong, lạt",
                                 "- Túi hút chân không", "- Củi viên nén", "- Tiền công", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng", "- Quản lý")]
    prof = p.row("Lợi nhuận|")
    supply = 3.5 * 4.5 * 2 / 3 * 1000  # kg glutinous rice a year, the only source
    for y in Y:  # triệu đồng
        p.check(eq[y] == big[y] + small[y] * 0.5, f"1-kg equivalent {y}")
        p.check(rice[y] == eq[y] * 0.5 and bean[y] == eq[y] * 0.15 and pork[y] == eq[y] * 0.15
                and leaf[y] == big[y] * 8 + small[y] * 4, f"material needs {y}")
        p.check(close(rb[y], big[y] * 0.08) and close(rs[y], small[y] * 0.045) and close(rev[y], rb[y] + rs[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], bean[y] * 0.042)
                and close(lines[2][y], pork[y] * 0.14) and close(lines[3][y], eq[y] * 0.003)
                and close(lines[4][y], big[y] * 0.003 + small[y] * 0.002) and close(lines[5][y], eq[y] * 0.002)
                and close(lines[6][y], eq[y] * 0.012) and close(lines[7][y], 60)
                and close(lines[8][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bean[y] <= 5000 and pork[y] <= 5000 and leaf[y] <= 350000, f"beans, pork, leaves supplied {y}")
        p.check(eq[y] * 0.35 / 25 <= 600, f"peak-month pot capacity {y}")
    p.check(close(supply, 10500) and rice[0] <= supply, "2026 rice within the 10.500 kg supply")
    p.check(off(rice[1], supply) and off(rice[2], supply) and close(rice[1] / supply, 1.095, 0.01)
            and close(rice[2] / supply, 1.238, 0.01), "PLANTED material-shortfall: 11.500 (+9,5 %) and 13.000 kg (+23,8 %) > 10.500")
    p.has("khoảng 10.500 kg/năm", "không mua nếp trôi nổi", "đáp ứng đủ nhu cầu sản xuất")
    p.check(p.count("14 lao động thường xuyên") == 1 and p.count("20 người") == 1 and off(20, 14),
            "PLANTED figure-inconsistent: 14 vs 20 regular workers (producer vs organisation section)")
    p.has("Tổ hợp tác hiện sử dụng 14 lao động thường xuyên", "Số lao động thường xuyên của tổ là 20 người")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in thông tin",
            "PLANTED no label, label content, barcode or labelling decree")
    p.has("hút chân không từng chiếc, xếp trong hộp giấy kraft")
    p.check(400 * 0 + 250 + 150 + 120 + 80 + 50 + 350 == 1000 == 600 + 400 and 250 + 150 + 120 + 80 == 600, "capital, fixed")
    avg = sum(prof) / 3
    p.check(close(avg, 249.4, 0.002) and close(1000 / (249.4 + 60), 3.2, 0.02), "average 249,4, payback 3,2")
    p.check(close(eq[0] / 17500, 1.14, 0.01), "+14 % on 2025")
    p.has("80.000 đồng/chiếc", "45.000 đồng/chiếc", "1.000 : (249,4 + 60) ≈ 3,2 năm", "41/2025/ATTP-CNĐK",
          "TCCS 01:2025/YH", "28/THT-YH", "đăng ký môi trường")
    clean(p)
    return p


def j06() -> Plan:
    p = Plan("j06_ruou_mo_ngan_pho_cty")
    bot, box, lit = p.row("Chai 500 ml|"), p.row("Hộp quà 2 chai|"), p.row("Tổng sản lượng|")
    rice, fruit, sugar = p.row("Gạo nếp cái (kg)"), p.row("Quả mơ (kg)"), p.row("Đường phèn (kg)")
    rev, rb, rh = p.row("Doanh thu|"), p.row("Chai 500 ml (110.000"), p.row("Hộp quà (240.000")
    cost = p.row("Tổng chi phí|")
    lines = [p.row(x) for x in ("Gạo nếp (30.000", "Men lá, củi", "Quả mơ (35.000", "Đường phèn (40.000",
                                 "Chai, nút, nhãn, hộp", "Lương, bảo hiểm", "Khấu hao|", "Lãi vay|", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế|"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế|")
    summ = [p.row(str(2027 + y) + "|", 4) for y in Y]  # litres, revenue, pre-tax, after-tax
    for y in Y:  # triệu đồng
        p.check(lit[y] == bot[y] * 0.5 + box[y] * 1.0, f"litres {y}")
        p.check(rice[y] == lit[y] and fruit[y] == lit[y] * 0.4 and sugar[y] == lit[y] * 0.1, f"materials {y}")
        p.check(close(rb[y], bot[y] * 0.11) and close(rh[y], box[y] * 0.24) and close(rev[y], rb[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], fruit[y] * 0.035) and close(lines[3][y], sugar[y] * 0.04)
                and close(lines[4][y], bot[y] * 0.01 + box[y] * 0.03), f"per-unit costs {y}")
        p.check(close(lines[5][y], [9, 9, 10][y] * 6.5 * 12) and close(lines[6][y], 140)
                and close(lines[7][y], [1000, 750, 500][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate, 0.002) and close(post[y], pre[y] - tax[y]), f"tax {rate} on the written profit {y}")
        p.check(summ[y] == [lit[y], rev[y], pre[y], post[y]], f"summary row repeats the table {y}")
        p.check(rice[y] <= 25000 and fruit[y] <= 8000 and lit[y] * 0.8 <= 2 * 60 * 280 and lit[y] <= 30 * 1000,
                f"rice contract, fruit 8 t, stills 33.600 l, tanks 30.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 861 and off(pre[1], 861) and close(pre[1] / 861, 1.116, 0.005),
            "PLANTED profit-mismatch: 2028 profit 961 != 3.240 - 2.379 = 861 (+11,6 %)")
    written = sum(post) / 3
    true = (post[0] + 861 * 0.83 + post[2]) / 3
    p.check(close(written, 724.2, 0.001) and close(2400 / (written + 140), 2.8, 0.02), "stated payback 2,8 from the written profit")
    p.check(close(2400 / (true + 140), 2.87, 0.01) and not off(2400 / (true + 140), 2.8),
            "true payback 2,87: within 5 % of 2,8, so no payback knock-on")
    p.check(500 + 300 + 240 + 220 + 140 + 100 + 900 == 2400 == 1400 + 1000 and 500 + 300 + 240 + 220 + 140 == 1400,
            "capital 2.400, fixed 1.400")
    p.check(close(lit[0] / 10000, 1.2), "+20 % on 2026")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|bã rượu|\bbã\b|biogas|khói|ô nhiễm|xử lý nước|hầm|bể lắng",
            "PLANTED no environmental measure or waste handling anywhere")
    p.has("chưng cất lấy rượu nền", "## III. Hiệu quả xã hội")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "dựa trên Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria (148, 1489) are not cited")
    p.has("110.000 đồng/chai", "240.000 đồng/hộp", "2.400 : (724,2 + 140) ≈ 2,8 năm", "12/GP-UBND",
          "27/2024/GCNATTP-SCT", "QCVN 6-3:2010/BYT", "hàm lượng etanol 25% vol", "Giấy chứng nhận đăng ký nhãn hiệu năm 2024",
          "mã số 3001876524")
    clean(p, ready=False)
    return p


def j07() -> Plan:
    p = Plan("j07_vien_nghe_mat_ong_tung_loc_htx")
    j2, j5, kg, starch = p.row("Hũ 200 g|"), p.row("Hũ 500 g|"), p.row("Viên nghệ mật ong|"), p.row("Tinh bột nghệ|")
    rev, r2, r5 = p.row("Doanh thu|"), p.row("Hũ 200 g (130.000"), p.row("Hũ 500 g (300.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Nghệ tươi (5.000", "Mật ong (220.000", "Hũ, nắp, hộp, nhãn", "Điện sấy",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (15%)"), p.row("Lợi nhuận sau thuế")
    fresh = [x * 35 for x in starch]
    honey = [x * 0.45 for x in kg]
    for y in Y:  # triệu đồng
        p.check(kg[y] == j2[y] * 0.2 + j5[y] * 0.5 and starch[y] == kg[y] * 0.6, f"kg, starch 0,6 kg/kg {y}")
        p.check(close(r2[y], j2[y] * 0.13) and close(r5[y], j5[y] * 0.3) and close(rev[y], r2[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.005) and close(lines[1][y], honey[y] * 0.22)
                and close(lines[2][y], j2[y] * 0.012 + j5[y] * 0.018) and close(lines[3][y], kg[y] * 0.008), f"unit costs {y}")
        p.check(close(lines[4][y], [6, 6, 7][y] * 5.5 * 12) and close(lines[5][y], 40)
                and close(lines[6][y], [300, 200, 100][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15, 0.01) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(fresh[y] <= 112500 and honey[y] <= 1800, f"turmeric within the true 112,5 t, honey 1,8 t {y}")
        if y:
            p.check(kg[y] / kg[y - 1] < 1.25, f"growth {y}")
    p.check([round(x) for x in fresh] == [42000, 50400, 58800], "turmeric need quoted")
    tot, rows = p.row("Tổng cộng", 3), [p.row(x, 3) for x in ("Trung Nghĩa|", "Hưng Lộc|", "Phú Lộc|")]
    own = p.row("Ruộng hợp tác xã tự trồng", 2)
    households = sum(r[0] for r in rows)
    area = sum(r[1] for r in rows) + own[0]
    output = sum(r[2] for r in rows) + own[1]
    p.check(all(close(r[2], r[1] * 25) for r in rows) and close(own[1], own[0] * 25), "25 t/ha on every row")
    p.check(tot[0] == households == 30 and close(tot[1], area) and close(area, 4.5), "household and area totals right")
    p.check(close(output, 112.5) and off(tot[2], output) and close(tot[2] / output, 1.111, 0.005),
            "PLANTED table-total-mismatch: total 125 t != 37,5 + 30 + 25 + 20 = 112,5 t (+11,1 %)")
    cap = 10 * 220
    p.check(kg[0] <= cap and off(kg[1], cap) and off(kg[2], cap) and close(kg[1] / cap, 1.091, 0.005)
            and close(kg[2] / cap, 1.273, 0.005), "PLANTED capacity-exceeded: 2.400 and 2.800 kg > 10 kg × 220 ngày = 2.200 kg")
    p.has("công suất 10 kg viên/ca", "khoảng 220 ngày/năm, tương ứng khoảng 2.200 kg viên/năm",
          "phương án không đầu tư thêm máy vo viên")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|vệ sinh thực phẩm|HACCP|ISO 22000|15/2018|Luật An toàn|"
            r"cam kết sản xuất|giấy xác nhận kiến thức", "PLANTED no food-safety certificate, commitment or plan")
    p.check(180 + 140 + 80 + 60 + 440 == 900 == 600 + 300 and 180 + 140 + 80 == 400, "capital 900, fixed 400")
    p.check(close(sum(post) / 3, 242.2, 0.002) and close(900 / (242.2 + 40), 3.2, 0.02), "average 242,2, payback 3,2")
    p.check(close(kg[0] / 1700, 1.18, 0.01), "+18 % on 2025")
    p.has("130.000 đồng/hũ", "300.000 đồng/hũ", "900 : (242,2 + 40) ≈ 3,2 năm", "TCCS 01:2025/TL", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Nghệ sạch Tùng Lộc\"", "đăng ký môi trường", "mã số 3002254319")
    clean(p)
    return p


def j08() -> Plan:
    p = Plan("j08_tra_xanh_dong_chai_ngan_sau_ctcp")
    out, price, rev, tea = (p.row("Sản lượng trà xanh chai 350 ml"), p.row("Giá bán bình quân"), p.row("Doanh thu|", skip=0),
                            p.row("Chè xanh khô sử dụng"))
    rev2, cost = p.row("Doanh thu|", skip=1), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chè xanh khô (600", "Đường, hương chanh", "Chai PET", "Điện, nước (300", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Chiết khấu, vận chuyển", "Quản lý doanh nghiệp")]
    pre = [-472.0] + p.row("Lợi nhuận trước thuế", 2)  # the loss is written "-472"
    tax, post = [0.0] + p.row("Thuế TNDN (17%)", 2), [-472.0] + p.row("Lợi nhuận sau thuế", 2)
    p.has("| 3 | Lợi nhuận trước thuế | -472 |", "| 5 | Lợi nhuận sau thuế | -472 |")
    for y in Y:  # triệu đồng
        p.check(price[y] == 9000 and rev2[y] == rev[y] and tea[y] == out[y] * 0.003, f"price, tables agree, 3 g tea {y}")
        p.check(close(lines[0][y], out[y] * 0.0006) and close(lines[1][y], out[y] * 0.0004)
                and close(lines[2][y], out[y] * 0.0018) and close(lines[3][y], out[y] * 0.0003)
                and close(lines[7][y], out[y] * 0.0012), f"per-bottle costs {y}")
        p.check(close(lines[4][y], 18 * 7 * 12) and close(lines[5][y], 500) and close(lines[6][y], [3000, 2250, 1500][y] * 0.08),
                f"18 workers flat, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit = written revenue - cost {y}")
        p.check(close(tax[y], max(0, pre[y]) * 0.17, 0.002) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(out[y] <= 1200 * 8 * 280 and tea[y] <= 8000, f"line 2.688.000 not exceeded, tea 8 t {y}")
    p.check(close(rev[1], out[1] * 0.009) and close(rev[2], out[2] * 0.009), "2027 and 2028 revenue right")
    p.check(close(out[0] * 0.009, 3600) and off(rev[0], 3600) and close(rev[0] / 3600, 1.083, 0.005),
            "PLANTED revenue-mismatch: 2026 revenue 3.900 != 400.000 × 9.000 = 3.600 (+8,3 %)")
    g1, g2 = out[1] / out[0], out[2] / out[1]
    p.check(close(g1, 2.5) and close(g2, 2.2) and close(rev[2] / rev[1], 2.2) and rev[1] / 3600 > 2.4,
            "PLANTED unrealistic-growth: +150 % then +120 % in output and revenue")
    p.check(60 * 200 * 12 == 144000 and out[2] / 144000 > 15 and close(pre[2] / rev[2], 0.39, 0.01),
            "60 retail points × 200 chai/tháng = 144.000 chai/năm vs 2,2 million; 39 % pre-tax margin")
    p.has("bình quân mỗi điểm tiêu thụ khoảng 200 chai/tháng", "Tổng cộng 18 lao động, lương bình quân 7 triệu đồng/người/tháng, ổn định",
          "thực hiện toàn bộ trong năm 2026", "Sản lượng năm 2027 tăng 150% và năm 2028 tăng 120%")
    written = sum(post) / 3
    true = (post[0] - 300 + post[1] + post[2]) / 3
    p.check(close(written, 2566.7, 0.0005) and close(6000 / (written + 500), 2.0, 0.03), "stated payback 2,0")
    p.check(not off(6000 / (true + 500), 6000 / (written + 500)), "true payback 2,02: no payback knock-on")
    p.check(1500 + 2200 + 600 + 700 + 200 + 800 == 6000 == 3000 + 3000 and 1500 + 2200 + 600 + 700 == 5000, "capital, fixed")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|chuẩn|ISO|HACCP|phòng thí nghiệm",
            "PLANTED no product standard, declaration, regulation or lab test")
    p.has("9.000 đồng/chai", "6.000 : (2.566,7 + 500) ≈ 2,0 năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Ngàn Sâu\"", "đăng ký môi trường", "mã số 3002318870")
    clean(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


def j09() -> Plan:
    p = Plan("j09_mat_ong_bach_dan_ky_lac_hkd")
    col, bot, bulk, kg = p.row("Số đàn ong"), p.row("Mật chai 500 g"), p.row("Mật bán buôn"), p.row("Tổng mật thành phẩm")
    items = [p.one(x) for x in ("Máy quay mật, máy hạ thủy phần", "Nhà sơ chế và đóng chai 40 m²", "Xe tải nhỏ",
                                "Thiết kế chai, nhãn", "Vốn lưu động")]
    total = p.one("Tổng nhu cầu vốn")
    for y in Y:
        p.check(kg[y] == bot[y] * 0.5 + bulk[y] and kg[y] <= col[y] * 21 * 0.96 and close(kg[y], col[y] * 21 * 0.96, 0.01),
                f"honey output = colonies × 21 kg × 0,96 {y}")
        p.check(kg[y] <= 100 * 2 * 150, f"dehumidifier 30 t {y}")
    # the financial results are in running text; recompute them from the quoted lines
    rev = [bot[y] * 0.075 + bulk[y] * 0.09 for y in Y]
    cost_lines = [[bot[y] * 0.006, bulk[y] * 0.002, [0, 60, 60][y], col[y] * 0.06, [40, 45, 50][y], [30, 35, 40][y],
                   [15, 17, 20][y], [3, 4, 4][y] * 6 * 12, 45, [200, 150, 100][y] * 0.08, [36, 42, 48][y], 15] for y in Y]
    cost = [sum(c) for c in cost_lines]
    prof = [rev[y] - cost[y] for y in Y]
    p.check([round(x) for x in rev] == [720, 840, 960] and [round(x) for x in cost] == [473, 629, 654]
            and [round(x) for x in prof] == [247, 211, 306], "revenue, cost, profit in the text")
    p.check(all(close(cost_lines[y][10], rev[y] * 0.05) for y in Y), "selling 5 % of revenue")
    p.check(close(sum(prof) / 3, 254.7, 0.002) and close(650 / (254.7 + 45), 2.2, 0.02), "average 254,7, payback 2,2")
    p.has("6.000 chai × 75.000 đồng = 450 triệu đồng", "3.000 kg × 90.000 đồng = 270 triệu đồng", "Chi phí 473 triệu đồng",
          "720 − 473 = 247 triệu đồng", "Chi phí 629 triệu đồng", "Lãi 211 triệu đồng", "Chi phí 654 triệu đồng",
          "Lãi 306 triệu đồng", "(247 + 211 + 306) : 3 ≈ 254,7", "650 : (254,7 + 45) ≈ 2,2 năm", "300 đàn cho khoảng 6.048 kg",
          "350 đàn cho 7.056 kg", "400 đàn cho 8.064 kg", "mua 50 đàn ong giống 60 triệu đồng", "công lao động 288 triệu")
    p.check(sum(items) == total == 650 and items[0] + items[1] + items[2] == 450, "investment items add up to 650; fixed 450")
    sources = 300 + 200 + 100
    p.has("Tổng nhu cầu vốn của phương án là 650 triệu đồng", "vốn tự có của gia đình 300 triệu đồng",
          "Kỳ Anh 200 triệu đồng", "vay không lãi của người thân 100 triệu đồng", "Các nguồn trên đủ đáp ứng nhu cầu vốn")
    p.check(off(sources, total) and close(sources / total, 0.923, 0.005),
            "PLANTED capital-mismatch: sources 300 + 200 + 100 = 600 != 650 (−7,7 %)")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|mã số thuế|mã số hộ|\bMST\b|đăng ký",
            "PLANTED no business registration (certificate, number, tax code) anywhere")
    p.has("Tên: Hộ kinh doanh Mật ong Kỳ Lạc.", "CCCD số 042081003917")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|nhãn hiệu tập thể",
            "PLANTED no trademark or IP anywhere")
    p.has("75.000 đồng/chai", "90.000 đồng/kg", "bản cam kết bảo đảm an toàn thực phẩm", "tiêu chuẩn cơ sở cho mật ong",
          "Nghị định 43/2017/NĐ-CP")
    clean(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


def j10() -> Plan:
    p = Plan("j10_ruoc_heo_thach_lac_htx")
    jar, bag, kg, meat = p.row("Ruốc hũ 200 g|"), p.row("Ruốc túi 500 g|"), p.row("Tổng sản lượng ruốc"), p.row("Thịt nạc nguyên liệu")
    rev, rj, rb = p.row("Doanh thu|"), p.row("Ruốc hũ 200 g (130.000"), p.row("Ruốc túi 500 g (300.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thịt nạc (120.000", "Gia vị, nước mắm", "Hũ, túi, màng, nhãn", "Điện, gas", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Chi phí tiêu thụ", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"), p.row("Lợi nhuận sau thuế")
    spice = [p.one(x) for x in ("Nước mắm cốt", "Đường kính", "Hành tím", "Hạt tiêu", "Dầu ăn")] + [300]
    p.check(sum(spice) == p.one("Cộng|") == 16000 and 0.05 * 80000 == spice[0] and 0.1 * 60000 == spice[2],
            "spice norm 16.000 đ/kg")
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.2 + bag[y] * 0.5 and meat[y] == kg[y] * 2.5, f"kg, meat 2,5 kg/kg {y}")
        p.check(close(rj[y], jar[y] * 0.13) and close(rb[y], bag[y] * 0.3) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.12) and close(lines[1][y], kg[y] * 0.016)
                and close(lines[2][y], jar[y] * 0.008 + bag[y] * 0.01) and close(lines[3][y], kg[y] * 0.012), f"unit costs {y}")
        p.check(close(lines[4][y], [6, 6, 7][y] * 6 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [500, 375, 250][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15, 0.002) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(meat[y] <= 1200 * 25 and kg[y] <= 2 * 15 * 3 * 260, f"meat 30 t, pans 23.400 kg {y}")
        if y:
            p.check(kg[y] / kg[y - 1] < 1.25, f"growth {y}")
    p.check(350 + 200 + 150 + 100 + 50 + 350 == 1200 == 700 + 500 and 350 + 200 + 150 + 100 == 800, "capital, fixed 800")
    avg = sum(post) / 3
    true = 1200 / (avg + 80)
    p.check(close(avg, 323.1, 0.001) and close(true, 2.98, 0.01) and close(1200 / avg, 3.71, 0.01), "true payback 3,0 (3,7 without depreciation)")
    p.check(off(1.8, true) and off(1.8, 1200 / avg), "PLANTED payback-mismatch: stated 1,8 năm vs 3,0 (or 3,7)")
    p.has("vốn đầu tư 1.200 triệu đồng trong khoảng 1,8 năm", "Lợi nhuận sau thuế bình quân khoảng 323,1 triệu đồng/năm")
    p.check(close(kg[0] / 2900, 1.21, 0.01), "+21 % on 2025")
    main, other = "Hợp tác xã Dịch vụ tổng hợp Thạch Lạc", "Hợp tác xã Nông nghiệp Xuân Viên"
    p.check(p.count(main) >= 3 and p.count(other) == 2, "PLANTED name-inconsistent: a second producer name, twice, late")
    p.check(p.body.index(other) > p.body.index("# R. Tổ chức thực hiện"), "the second name only in the last sections")
    market = p.body.split("# E. Phân tích thị trường")[1].split("# G.")[0]
    p.check(not any(w in market for w in ("đồng/", "đ/", "giá bán", "khách", "người tiêu dùng", "gia đình")),
            "PLANTED no customer or price in the market section")
    p.lacks(r"khách|cửa hàng|siêu thị|đại lý|\bchợ\b|hội chợ|facebook|zalo|shopee|tiktok|sàn thương mại|bán lẻ|bán buôn|"
            r"phân phối|kênh|đơn hàng|đặt hàng|xuất khẩu|website|trực tuyến", "PLANTED no sales channel or customer anywhere")
    p.has("130.000 đ/hũ", "300.000 đ/túi", "TCCS 01:2026/TL", "Nghị định 43/2017/NĐ-CP", "mã số 3002198450")
    clean(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("j11_banh_beo_co_hoa_so_sai")
    a.check(80 * 25000 * 300 == 600e6, "bánh bèo sentence: 80 đĩa × 25.000 × 300 ngày = 600 triệu")
    a.has("25.000 đồng/đĩa", "khoảng 80 đĩa", "khoảng 300 ngày", "khoảng 600 triệu đồng/năm", "khoảng 50 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024", "chợ Cẩm Trung", "giao cho 5 quán ăn sáng")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn|môi trường|nguyên liệu|vốn vay ưu đãi và", "no compliance or materials section")
    clean(a)
    b = Plan("j12_mang_tuoi_son_kim_so_sai")
    b.check(40000 * 12000 == 480e6, "bamboo-shoot sentence: 40 tấn × 12.000 = 480 triệu")
    b.has("khoảng 8 ha", "khoảng 40 tấn", "12.000 đồng/kg", "khoảng 480 triệu đồng", "khoảng 50 tấn",
          "Nhóm hộ chưa đăng ký kinh doanh", "thương lái", "hoá chất", "thoả thuận")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 450, "no table, under a page")
    clean(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (j01, j02, j03, j04, j05, j06, j07, j08, j09, j10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
