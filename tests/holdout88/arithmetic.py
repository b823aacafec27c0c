"""Holdout set 88's own arithmetic, recomputed from the plan sources: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout88/arithmetic.py

For every plan: packs and litres (chai × dung tích), raw-material need from the plan's own norm and
its stated supply, output vs still/line capacity, revenue = quantity × price, cost lines and their
total, excise (65/165 of a tax-inclusive price), profit, income tax, investment items = total =
capital sources, depreciation, interest on the loan balance, payback, growth, staff tables against
the wage line, monthly rows against the annual output. Table figures are read from the plan's
Markdown with tests/holdout/plancheck.py; figures quoted in running text are looked up verbatim, so
they cannot drift from the tables. Planted numeric defects are asserted wrong by more than 5 % with
the true value computed; everything else right within 1 %. Textual planted defects (no alcohol
licence, no environmental measure, a second producer name, no product standard, replaced criteria
decisions, no label, no food safety, placeholders, no raw-material section) are asserted by the
absence or presence of their words. Ready plans are checked for every compliance item and for the
absence of replaced instruments and placeholders.
"""

from __future__ import annotations

import copy
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


# Instruments replaced before mid-2026 (or district bodies gone since 1/7/2025): a ready plan cites none.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|03/2014/TT|123/2018|"
            r"\bUBND huyện\b|\bPhòng Kinh tế\b|thuế khoán")
# What a ready plan must show, whatever its product.
READY_COMMON = ("Giấy chứng nhận đăng ký", "an toàn thực phẩm", "TCCS", "công bố", "43/2017/NĐ-CP",
                "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")


def ready_checks(p: Plan, *extra: str) -> None:
    p.has(*READY_COMMON, *extra)
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")


def block(p: Plan, start: str, stop: str) -> Plan:
    """The same plan seen through the table rows between two headings only (failures shared)."""
    b = copy.copy(p)
    if start not in p.body:
        p.failures.append(f"heading not found: {start!r}")
        return b
    part = p.body.split(start, 1)[1].split(stop, 1)[0]
    b.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
              for line in part.splitlines() if line.strip().startswith("|")]
    return b


def words(p: Plan) -> int:
    return len(p.body.split())


def ck01() -> Plan:
    p = Plan("ck01_ruou_nep_thanh_mai_htx")
    chai, binh, lit, rice = (p.row("Rượu chai 500 ml |"), p.row("Rượu bình sứ 2 lít |"),
                             p.row("Tổng sản lượng rượu quy đổi"), p.row("Gạo nếp nguyên liệu"))
    staff = p.row("Tổng số lao động")
    rev, rc, rb = p.row("Tổng doanh thu"), p.row("Rượu chai 500 ml (150.000"), p.row("Rượu bình sứ 2 lít (520.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo nếp cái hoa vàng (28.000", "Men lá, củi, điện, nước", "Chai, bình, nút, nhãn, hộp",
                                 "Tiền lương, tiền công", "Khấu hao tài sản cố định", "Lãi vay ngân hàng",
                                 "Thuế tiêu thụ đặc biệt", "Chi phí bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + binh[y] * 2 and close(rice[y], lit[y] * 1.25), f"litres (2 chai = 1 lít), rice 1,25 kg/l {y}")
        p.check(close(rc[y], chai[y] * 0.15) and close(rb[y], binh[y] * 0.52) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.028) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], chai[y] * 0.009 + binh[y] * 0.035), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 110)
                and close(lines[5][y], [600, 400, 200][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(lines[6][y], rev[y] * 65 / 165) and close(lines[7][y], rev[y] * 0.05), f"excise 65/165, selling 5 % {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % income tax {y}")
        p.check(rice[y] <= 39400 and lit[y] <= 2 * 50 * 300 and lit[y] <= 80 * 200 * 2, f"rice supply, stills, jars {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(close(10 * 4.2 * 0.7, 29.4) and close(29.4 + 10, 39.4), "29,4 + 10 = 39,4 tấn rice")
    p.check(close(lit[0] / 13500, 1.33, 0.01), "+33 % on 2025")
    iv = block(p, '## VIII. Tổng vốn đầu tư và nguồn vốn', '## IX.')
    items = [iv.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "2 nồi chưng cất inox", "40 chum sành 200 lít",
                                "Hệ thống lọc, máy chiết rót", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == iv.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 1100, "capital 1.500, fixed 1.100")
    p.check(close(1100 / 10, 110) and avg1(post) == 903.0 and close(1500 / (903 + 110), 1.5, 0.02), "depreciation, payback 1,5")
    p.check(staff == [9, 10, 11], "staff 9/10/11")
    p.has("150.000 đồng/chai", "520.000 đồng/bình", "24.000 chai × 150.000 đồng = 3.600 triệu đồng",
          "3.000 bình × 520.000 đồng = 1.560 triệu đồng", "(709,1 + 903 + 1.097) : 3 ≈ 903",
          "1.500 : (903 + 110) ≈ 1,5 năm", "khoảng 39,4 tấn gạo nếp/năm", "= 30.000 lít/năm", "1 lít rượu đóng được 2 chai 500 ml",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "đăng ký môi trường",
          "Không sử dụng cho người dưới 18 tuổi", "mã QR", "bã rượu")
    ready_checks(p)
    return p


def ck02() -> Plan:
    p = Plan("ck02_nuoc_suoi_khe_diem_cty")
    thung, chai, binh, lit = (p.row("Nước suối chai 500 ml |"), p.row("Nước suối chai 500 ml |", skip=1),
                              p.row("Nước suối bình 19 lít |"), p.row("Tổng lượng nước thành phẩm"))
    months = [p.row(f"Tháng {m} |", 4) for m in range(1, 13)]
    year = p.row("Cả năm 2027", 4)
    staff = p.row("Cộng |")
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 ml (3.800"), p.row("Bình 19 lít (20.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phôi chai, nắp, nhãn", "Nắp, màng co, tem niêm phong bình 19 lít", "Điện, lõi lọc",
                                 "Thuế tài nguyên", "Tiền lương |", "Bảo hiểm xã hội", "Khấu hao tài sản cố định",
                                 "Lãi vay ngân hàng", "Vận chuyển, bán hàng", "Quản lý, kiểm nghiệm định kỳ")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp 17%"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # đồng
        p.check(chai[y] == thung[y] * 24 and lit[y] == chai[y] * 0.5 + binh[y] * 19, f"24 chai/thùng, litres {y}")
        p.check(rc[y] == chai[y] * 3800 and rb[y] == binh[y] * 20000 and rev[y] == rc[y] + rb[y], f"revenue {y}")
        p.check(lines[0][y] == chai[y] * 750 and lines[1][y] == binh[y] * 2500 and close(lines[2][y], lit[y] * 30)
                and close(lines[3][y], lit[y] * 10), f"per-unit costs {y}")
        p.check(lines[4][y] == staff[y] * 7e6 * 12 and close(lines[5][y], lines[4][y] * 0.215) and lines[6][y] == 3e8
                and close(lines[7][y], [1.5e9, 1e9, 5e8][y] * 0.085, 1e-6) and close(lines[8][y], rev[y] * 0.08),
                f"wages, insurance, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y), 1e-6) and close(pre[y], rev[y] - cost[y], 1e-6), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17, 1e-6) and close(post[y], pre[y] - tax[y], 1e-6), f"17 % tax {y}")
        p.check(chai[y] <= 2000 * 8 * 280 and binh[y] <= 100 * 8 * 280, f"line capacity {y}")
        p.check(lit[y] / 1000 * 1.3 <= 30 * 300, f"water licence 30 m³/ngày {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(all(m[1] == m[0] * 24 and m[3] == m[0] * 12 + m[2] * 19 for m in months), "monthly rows: chai, litres")
    p.check([sum(m[i] for m in months) for i in range(4)] == year == [thung[0], chai[0], binh[0], lit[0]],
            "12 monthly rows add up to the 2027 annual output")
    p.check(close(max(m[1] for m in months) / 2000, 58, 0.01), "peak month 115.200 chai ≈ 58 machine hours")
    p.check(close(1650 * 1.3, 2145) and close(binh[0] / 31000, 1.35, 0.01) and 25000 + 9000 == 34000,
            "2.145 m³, +35 % jugs on 2025, 34.000 thùng contracted")
    iv = block(p, '# XII. TỔNG VỐN ĐẦU TƯ VÀ NGUỒN VỐN', '# XIII.')
    items = [iv.one(x) for x in ("Nhà xưởng, phòng chiết sạch", "Hệ thống lọc đa tầng, UV", "Máy thổi chai",
                                "Dây chuyền rửa, chiết bình", "5.000 vỏ bình", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == iv.one("Tổng cộng") == 4e9 == p.one("Vốn chủ sở hữu") + p.one("Vay Ngân hàng TMCP")
            and sum(items[:5]) == 3e9, "capital 4.000.000.000, fixed 3.000.000.000")
    avg = sum(post) / 3
    p.check(close(avg, 1311669000, 1e-6) and close(4e9 / (avg + 3e8), 2.5, 0.01), "average profit, payback 2,5")
    p.check(close(post[0] / rev[0], 0.21, 0.03) and close(post[2] / rev[2], 0.29, 0.03), "margins 21 % and 29 %")
    p.check(staff == [14, 15, 16], "staff 14/15/16")
    p.has("3.800 đồng/chai", "20.000 đồng/bình", "1 thùng = 24 chai = 12 lít", "4.000.000.000 : (1.311.669.000 + 300.000.000) ≈ 2,5 năm",
          "tổng nhu cầu khoảng 2.145 m³/năm", "lưu lượng khai thác tối đa 30 m³/ngày", "QCVN 6-1:2010/BYT",
          "đăng ký môi trường", "HACCP")
    ready_checks(p)
    return p


def ck03() -> Plan:
    p = Plan("ck03_tra_thao_moc_huong_que_hkd")
    hop, tui, kho, tuoi = (p.row("Trà túi lọc hộp 50 g |"), p.row("Chè vằng sấy túi 500 g |"), p.row("Tổng trà khô"),
                           p.row("Lá tươi nguyên liệu"))
    rev, rh, rt = p.row("Doanh thu |"), p.row("Trà túi lọc hộp 50 g (55.000"), p.row("Chè vằng sấy túi 500 g (90.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá chè vằng, cà gai leo tươi", "Gừng, cỏ ngọt", "Hộp, túi lọc, túi zip", "Tiền công lao động",
                                 "Điện sấy, đóng gói", "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển",
                                 "Kiểm nghiệm, quản lý", "Thuế GTGT và thuế TNCN")]
    prof = p.row("Lợi nhuận |")
    summary = [p.row(f"Năm {2027 + y} |", 4) for y in Y]  # years as rows: kg, revenue, cost, profit
    staff = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(close(kho[y], hop[y] * 0.05 + tui[y] * 0.5) and close(tuoi[y], kho[y] * 4), f"dry tea, fresh leaf 4:1 {y}")
        p.check(close(rh[y], hop[y] * 0.055) and close(rt[y], tui[y] * 0.09) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], tuoi[y] * 0.005) and close(lines[1][y], kho[y] * 0.01)
                and close(lines[2][y], hop[y] * 0.006 + tui[y] * 0.004) and close(lines[4][y], kho[y] * 0.006),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[5][y], 60) and close(lines[6][y], [200, 100, 0][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[9][y], rev[y] * 0.04), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        s = summary[y]
        p.check(close(s[0], kho[y]) and close(s[1], rev[y]) and close(s[2], cost[y]) and close(s[3], prof[y]),
                f"years-as-rows summary row {2027 + y}")
        p.check(tuoi[y] <= 1.5 * 6000 + 6000 and tuoi[y] <= 120 * 200, f"leaf supply 15.000 kg, dryer 24.000 kg {y}")
        p.check(prof[y] / rev[y] < 0.4, f"margin under 40 % {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.has("| Năm 2027 | 2.100 | 930 | 686,6 | 243,4 | 26,2% |", "| Năm 2029 | 2.800 | 1.240 | 822,8 | 417,2 | 33,6% |")
    p.check(close(243.4 / 930, 0.262, 0.005) and close(417.2 / 1240, 0.336, 0.005), "margins 26,2 % / 33,6 %")
    iv = block(p, '# 12/ Vốn đầu tư và nguồn vốn', '# 13/')
    items = [iv.one(x) for x in ("Cải tạo, mở rộng nhà sơ chế", "Máy sấy nhiệt 2 buồng |", "Máy thái lá, máy nghiền",
                                "Máy đóng gói túi lọc tự động |", "Máy hàn túi, cân", "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == iv.one("Tổng cộng") == 550 == 350 + 200 and sum(items[:5]) == 420 and close(420 / 7, 60),
            "capital 550, fixed 420, depreciation 7 years")
    p.check(avg1(prof) == 341.3 and close(550 / (341.3 + 60), 1.4, 0.03), "average profit, payback 1,4")
    p.check(120 * 200 == 24000 and 30 * 60 * 8 == 14400 and hop[2] * 25 == 400000 and close(400000 / 14400, 28, 0.01),
            "dryer 24.000 kg, 14.400 bags/day, 400.000 bags ≈ 28 machine days")
    p.check(close(kho[0] / 1600, 1.31, 0.01), "+31 % on 2025")
    p.has("55.000 đồng/hộp", "90.000 đồng/túi", "(243,4 + 363,3 + 417,2) : 3 ≈ 341,3", "550 : (341,3 + 60) ≈ 1,4 năm",
          "khoảng 15.000 kg lá tươi/năm", "= 24.000 kg lá tươi/năm", "không quảng cáo công dụng chữa bệnh",
          "miễn đăng ký môi trường", "mã QR")
    ready_checks(p)
    return p


def ck04() -> Plan:
    p = Plan("ck04_siro_chanh_leo_son_tay_tht")
    siro, cot, ls, lit = (p.row("Siro chanh leo chai 500 ml (chai)"), p.row("Nước cốt chanh leo chai 1 lít (chai)"),
                          p.row("Siro quy đổi (lít)"), p.row("Tổng sản lượng quy đổi (lít)"))
    qs, qc, q, duong = (p.row("Quả chanh leo cần cho siro"), p.row("Quả chanh leo cần cho nước cốt"),
                        p.row("Tổng quả chanh leo cần"), p.row("Đường kính trắng (kg)"))
    staff = p.row("Tổng số lao động")
    rs, rc, rev = p.row("Doanh thu siro"), p.row("Doanh thu nước cốt"), p.row("Tổng doanh thu (triệu")
    lines = [p.row(x) for x in ("Quả chanh leo, 6.000", "Đường kính trắng, 20.000", "Chai, nắp, nhãn, thùng", "Tiền công lao động (triệu",
                                 "Điện, gas, nước", "Khấu hao tài sản cố định (triệu", "Lãi vay (triệu", "Bán hàng, vận chuyển, 6%",
                                 "Kiểm nghiệm, quản lý (triệu")]
    cost, prof = p.row("Tổng chi phí (triệu"), p.row("Lợi nhuận (triệu")
    for y in Y:  # triệu đồng; units in the row labels
        p.check(ls[y] == siro[y] * 0.5 and lit[y] == ls[y] + cot[y], f"litres (2 chai 500 ml = 1 lít) {y}")
        p.check(close(qs[y], ls[y] * 1.4) and close(qc[y], cot[y] * 2.8) and close(q[y], qs[y] + qc[y])
                and close(duong[y], ls[y] * 0.5), f"fruit 1,4 / 2,8 kg per lít, sugar {y}")
        p.check(close(rs[y], siro[y] * 0.085) and close(rc[y], cot[y] * 0.12) and close(rev[y], rs[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], q[y] * 0.006) and close(lines[1][y], duong[y] * 0.02)
                and close(lines[2][y], siro[y] * 0.007 + cot[y] * 0.009) and close(lines[4][y], lit[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5 * 12) and close(lines[5][y], 50) and close(lines[6][y], [150, 100, 50][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.06), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(q[y] <= 6 * 15000 * 0.25 and lit[y] <= 2 * 100 * 150, f"grade-2 fruit 22.500 kg, capacity 30.000 lít {y}")
        p.check(prof[y] / rev[y] < 0.4, f"margin under 40 % {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(staff == [6, 6, 7] and p.row("Sơ chế, nấu, chiết rót") == [3, 3, 4], "staff 6/6/7")
    iv = block(p, '## 2. Vốn đầu tư và nguồn vốn', '## 3. Doanh thu')
    items = [iv.one(x) for x in ("Cải tạo gian chế biến", "Máy tách ruột, ép tách hạt |", "Nồi nấu, bồn thanh trùng",
                                "Máy chiết rót, đóng nắp |", "Kho mát |", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == iv.one("Tổng cộng") == 450 == 300 + 150 and sum(items[:5]) == 350 and close(350 / 7, 50),
            "capital 450, fixed 350, depreciation 50")
    avg = sum(prof) / 3
    p.check(close(avg, 422.9, 0.001) and close(450 / (avg + 50), 1.0, 0.06), "average profit 422,9, payback ≈ 1")
    p.check(close(30000 / lit[2], 3, 0.06) and close(6 * 15000, 90000) and close(88000 / 90000, 0.98, 0.01),
            "capacity ×3, 90 tấn of members' fruit (88 tấn harvested in 2025)")
    p.check(close(6000 / 2500, 2.4) and lit[0] / 1800 > 2, "fruit price double the trader's; the 2027 jump has new equipment and staff")
    p.has("85.000 đồng/chai", "120.000 đồng/chai", "2 chai siro 500 ml bằng 1 lít", "tương đương 22.500 kg/năm",
          "= 30.000 lít/năm", "450 : (422,9 + 50) ≈ 1 năm", "Giấy chứng nhận đăng ký tổ hợp tác số 02/ĐKTHT",
          "QCVN 6-2:2010/BYT", "05/2025/NĐ-CP", "mã QR", "Chi phí quảng bá khoảng 15 triệu đồng/năm")
    p.has(*[f"# {c}. " for c in ("A", "B", "C", "D", "Đ", "E", "G", "H", "I", "K", "L", "M", "N", "O")])
    ready_checks(p)
    return p


def ck05() -> Plan:
    p = Plan("ck05_ruou_sim_doi_thong_hkd")
    chai, can, lit, sim, gao = (p.row("Rượu sim chai 500 ml |"), p.row("Rượu sim can 2 lít |"), p.row("Tổng sản lượng rượu sim"),
                                p.row("Quả sim chín nguyên liệu"), p.row("Gạo nếp nguyên liệu"))
    rev, rc, rk = p.row("Doanh thu |"), p.row("Rượu sim chai 500 ml (160.000"), p.row("Rượu sim can 2 lít (560.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Quả sim chín (25.000", "Gạo nếp (27.000", "Men, củi, điện", "Chai, can, nút, nhãn, hộp",
                                 "Tiền công lao động", "Khấu hao tài sản cố định", "Lãi vay |", "Thuế tiêu thụ đặc biệt",
                                 "Bán hàng, vận chuyển", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    supply = 3 * 1000 + 2000
    for y in Y:  # đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2 and close(sim[y], lit[y] * 0.6) and close(gao[y], lit[y] * 1.0),
                f"litres, sim 0,6 kg/l, rice 1 kg/l {y}")
        p.check(rc[y] == chai[y] * 160000 and rk[y] == can[y] * 560000 and rev[y] == rc[y] + rk[y], f"revenue {y}")
        p.check(lines[0][y] == sim[y] * 25000 and lines[1][y] == gao[y] * 27000 and lines[2][y] == lit[y] * 5000
                and lines[3][y] == chai[y] * 10000 + can[y] * 25000, f"per-unit costs {y}")
        p.check(lines[4][y] == 9 * 5e6 * 12 and lines[5][y] == 5e7 and close(lines[6][y], [3e8, 2e8, 1e8][y] * 0.08, 1e-6)
                and close(lines[7][y], rev[y] * 0.4) and close(lines[8][y], rev[y] * 0.05), f"wages (9), depreciation, interest, taxes {y}")
        p.check(close(cost[y], lines_sum(lines, y), 1e-6) and prof[y] == rev[y] - cost[y], f"cost, profit {y}")
        p.check(gao[y] <= 15000 and lit[y] * 0.8 <= 2 * 30 * 280 and lit[y] <= 60 * 200 * 4, f"rice contract, stills, jars {y}")
        p.check(sim[y] > supply and off(sim[y], supply), f"PLANTED sim need {sim[y]:.0f} kg > supply 5.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check([round(x) for x in sim] == [6000, 7200, 8400] and round(sim[2] / supply - 1, 2) == 0.68,
            "PLANTED need exceeds supply by 20 % to 68 %")
    p.has("mỗi năm thu khoảng 1.000 kg quả/ha, tức khoảng 3.000 kg", "khoảng 2.000 kg/năm",
          "Tổng nguồn quả sim khoảng 5.000 kg/năm, bảo đảm đủ nguyên liệu", "0,6 kg quả sim chín và 1 kg gạo nếp")
    p.has("Tổng số lao động của cơ sở hiện nay là 6 người, gồm 3 lao động gia đình và 3 lao động thuê",
          "Hiện nay cơ sở có 9 lao động: 4 lao động gia đình và 5 lao động thuê", "Tiền công lao động (9 người")
    p.check(off(6, 9), "PLANTED 6 workers in the producer section vs 9 in the organisation section")
    iv = block(p, '# 12. Vốn đầu tư và nguồn vốn', '# 13.')
    items = [iv.one(x) for x in ("Mở rộng nhà xưởng thêm 60 m²", "Nồi chưng cất inox (2 chiếc", "30 chum sành mới",
                                "Máy ép, bộ lọc, máy chiết rót", "Kho mát bảo quản quả |", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == iv.one("Tổng cộng") == 8e8 == 5e8 + 3e8 and sum(items[:5]) == 5e8, "capital 800, fixed 500")
    avg = sum(prof) / 3
    p.check(avg == 637200000 and close(8e8 / (avg + 5e7), 1.2, 0.04), "average profit, payback 1,2")
    p.check(close(lit[0] / 7200, 1.39, 0.01) and lit[0] - 7200 == 2800 and 2000 * 25000 == 5e7,
            "+39 % and +2.800 lít on 2025; 50 triệu paid for sim")
    p.check(2 * 30 * 280 == 16800 and close(lit[2] * 0.8, 11200), "16.800 lít base spirit, 11.200 needed")
    p.has("160.000 đồng/chai", "560.000 đồng/can", "1 lít rượu bằng 2 chai 500 ml",
          "800.000.000 : (637.200.000 + 50.000.000) ≈ 1,2 năm", "43/2017/NĐ-CP", "TCCS", "tự công bố", "an toàn thực phẩm",
          "Cục Sở hữu trí tuệ", "Bã rượu")
    p.lacks(r"giấy phép|105/2017|17/2020|cấp phép|mục đích kinh doanh|Phòng Kinh tế",
            "PLANTED no alcohol production licence, decree or plan to apply")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ck06() -> Plan:
    p = Plan("ck06_ruou_ngo_men_la_ban_giang_tht")
    chai, can, lit, ngo = (p.row("Rượu ngô chai 500 ml |"), p.row("Rượu ngô can 2 lít |"), p.row("Tổng sản lượng |"),
                           p.row("Ngô hạt nguyên liệu"))
    staff = p.row("Tổng số lao động")
    rev, rc, rk = p.row("Doanh thu |"), p.row("Rượu ngô chai 500 ml (110.000"), p.row("Rượu ngô can 2 lít (380.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Ngô hạt (8.000", "Men lá, củi, điện", "Chai, can, nút, nhãn", "Tiền công lao động",
                                 "Khấu hao tài sản cố định", "Lãi vay (8%", "Thuế tiêu thụ đặc biệt", "Bán hàng, vận chuyển",
                                 "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    cap = 2 * 40 * 280
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2 and close(ngo[y], lit[y] * 2.5), f"litres, maize 2,5 kg/l {y}")
        p.check(close(rc[y], chai[y] * 0.11) and close(rk[y], can[y] * 0.38) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], ngo[y] * 0.008) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], chai[y] * 0.008 + can[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[4][y], 100) and close(lines[5][y], [450, 300, 150][y] * 0.08)
                and close(lines[6][y], rev[y] * 65 / 165) and close(lines[7][y], rev[y] * 0.05), f"wages, dep., interest, excise, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(ngo[y] <= 25 * 4000, f"maize within 100 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.35, f"growth {y} (tolerated knock-on only)")
    p.check(cap == 22400 and lit[0] <= cap, "2027 within the 22.400 lít still capacity")
    p.check(lit[1] > cap and lit[2] > cap and off(lit[1], cap) and off(lit[2], cap),
            "PLANTED 2028 / 2029 output 26.000 / 32.000 lít > 22.400 lít capacity (+16 % / +43 %)")
    p.has("2 nồi × 40 lít/mẻ × 1 mẻ/ngày × 280 ngày = 22.400 lít/năm", "hiện có, giữ nguyên",
          "Hai nồi chưng cất hiện có sẽ được chuyển sang nhà xưởng mới")
    iv = block(p, '## 3. Vốn đầu tư và nguồn vốn', '## 4. Doanh thu')
    items = [iv.one(x) for x in ("Nhà xưởng mới 250 m²", "Kho chứa ngô, nhà ủ men", "50 chum sành 200 lít",
                                "Máy lọc, chiết rót, đóng nút |", "Tủ sấy men lá |", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == iv.one("Tổng cộng") == 1400 == 950 + 450 and sum(items[:5]) == 1000, "capital 1.400, fixed 1.000")
    invest = p.body.split("## 3. Vốn đầu tư và nguồn vốn", 1)[1].split("## 4.", 1)[0]
    p.check("nồi" not in invest.lower() and "chưng cất" not in invest.lower(), "the investment buys no still")
    avg = sum(prof) / 3
    p.check(close(avg, 1275.2, 0.001) and close(1400 / (avg + 100), 1.0, 0.03), "average profit, payback 1,0")
    p.check(staff == [8, 9, 10] and close(34 * 30 * 12, 12000, 0.03), "staff 8/9/10; 34 customers × 30 lít × 12")
    p.check(close(lit[0] / 17500, 1.14, 0.01), "+14 % on 2025")
    p.check(p.count("Tổ hợp tác Rượu ngô Khe Bò") == 2 and p.count("Tổ hợp tác Rượu ngô men lá Bản Giàng") >= 4,
            "PLANTED a second producer name, twice")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|khói|mùi hôi|biogas|\bhầm\b|\brác\b|vệ sinh|chăn nuôi|\btro\b|"
            r"ô nhiễm|nước làm mát|bể lắng|hố thấm|phân bón|ủ phân", "PLANTED no environmental measure anywhere")
    p.has("110.000 đồng/chai", "380.000 đồng/can", "2 chai 500 ml bằng 1 lít", "1.400 : (1.275,2 + 100) ≈ 1,0 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ck07() -> Plan:
    p = Plan("ck07_nuoc_cam_ep_vu_quang_cty")
    c33, c1, lit, cam = (p.row("Nước cam ép chai 330 ml |"), p.row("Nước cam ép chai 1 lít |"), p.row("Tổng sản lượng |"),
                         p.row("Cam quả nguyên liệu |"))
    staff = p.row("Tổng số lao động")
    rev, r33, r1 = p.row("Doanh thu |"), p.row("Nước cam ép chai 330 ml (22.000"), p.row("Nước cam ép chai 1 lít (55.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cam quả nguyên liệu (6.000", "Chai, nắp, nhãn, thùng", "Điện, nước, gas", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    true33 = [c * 0.022 for c in c33]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], c33[y] * 0.33 + c1[y]) and close(cam[y], lit[y] * 2), f"litres, oranges 2 kg/l {y}")
        p.check(close(r1[y], c1[y] * 0.055) and close(rev[y], r33[y] + r1[y]), f"1-lít revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], cam[y] * 0.006) and close(lines[1][y], c33[y] * 0.0035 + c1[y] * 0.007)
                and close(lines[2][y], lit[y] * 0.0015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 200) and close(lines[5][y], [1000, 750, 500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1) and close(lines[7][y], 150), f"wages, dep., interest, selling on stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(cam[y] <= 60 * 20000 * 0.3 and cam[y] <= 2 * 500 * 4 * 250, f"orange supply 360 tấn, press 1.000 tấn {y}")
    p.check(close(r33[0], true33[0]) and close(r33[2], true33[2]), "2027 and 2029 330 ml revenue right")
    p.check(close(true33[1], 3960, 1e-6) and r33[1] == 4752 and off(r33[1], true33[1]),
            "PLANTED 2028 330 ml revenue 4.752 != 180.000 × 22.000 đ = 3.960 (+20 %)")
    true_rev = [true33[y] + r1[y] for y in Y]
    p.check(close(true_rev[1], 5280, 1e-6) and off(rev[1], true_rev[1]), "the 2028 total 6.072 follows the wrong sub-row (true 5.280)")
    avg = sum(post) / 3
    true_pre1 = true_rev[1] - (cost[1] - 0.1 * (rev[1] - true_rev[1]))
    true_avg = (post[0] + true_pre1 * 0.83 + post[2]) / 3
    p.check(close(avg, 1019, 0.001) and close(2500 / (avg + 200), 2.1, 0.03), "stated payback 2,1 on the stated figures")
    p.check(close(2500 / (true_avg + 200), 2.45, 0.01) and off(2.1, 2500 / (true_avg + 200)),
            "tolerated knock-on: true payback ≈ 2,45")
    p.check(close(rev[1] / rev[0], 1.38, 0.01) and rev[2] / rev[1] < 1.05 and close(true_rev[1] / rev[0], 1.2, 1e-6),
            "tolerated knock-on: +38 % then +1 % on the stated revenue (+20 % on the true one)")
    channels = [p.one(x) for x in ("Siêu thị, cửa hàng tiện lợi |", "Quán cà phê, nhà hàng |", "Bếp ăn trường học |",
                                   "Bán trực tuyến, hội chợ |")]
    p.check(sum(channels) == p.one("Cộng |") == lit[0], "2027 sales by channel = 69.500 lít")
    p.check(staff == [15, 17, 19] and 1 + 1 + 2 + 3 + 8 == 15, "staff 15/17/19; 15 in 2026")
    iv = block(p, '# 12. VỐN ĐẦU TƯ VÀ NGUỒN VỐN', '# 13.')
    items = [iv.one(x) for x in ("Cải tạo, nâng cấp nhà xưởng", "Máy rửa, máy ép cam", "Hệ thống thanh trùng, máy chiết rót",
                                "Kho lạnh thành phẩm |", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == iv.one("Tổng cộng") == 2500 == 1500 + 1000 and sum(items[:4]) == 2000, "capital 2.500, fixed 2.000")
    p.check(close(lit[0] / 52000, 1.34, 0.01) and close(0.33 * 2, 0.66), "+34 % on 2025; 0,66 kg of oranges per 330 ml")
    p.has("22.000 đồng/chai", "55.000 đồng/chai", "3 chai 330 ml xấp xỉ 1 lít", "2.500 : (1.019 + 200) ≈ 2,1 năm",
          "tương đương khoảng 360 tấn/năm", "an toàn thực phẩm", "43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "mã QR",
          "đăng ký môi trường")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "theo Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria decision is not cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|quy chuẩn|kiểm nghiệm|xét nghiệm|hợp quy|hợp chuẩn|thử nghiệm|"
            r"chỉ tiêu (vi sinh|hóa lý|chất lượng|an toàn)",
            "PLANTED no product standard, declaration, regulation or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ck08() -> Plan:
    p = Plan("ck08_siro_dau_tam_duc_minh_htx")
    c5, c25, lit, dau, duong = (p.row("Siro dâu tằm chai 500 ml |"), p.row("Siro dâu tằm chai 250 ml |"),
                                p.row("Tổng sản lượng siro"), p.row("Quả dâu tằm nguyên liệu"), p.row("Đường kính |"))
    rev, r5, r25 = p.row("Doanh thu |"), p.row("Siro dâu tằm chai 500 ml (75.000"), p.row("Siro dâu tằm chai 250 ml (42.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Quả dâu tằm (10.000", "Đường kính (20.000", "Chai thủy tinh, nắp, hộp giấy", "Tiền công",
                                 "Điện, gas, nước", "Khấu hao tài sản cố định", "Lãi vay (7%", "Bán hàng, vận chuyển",
                                 "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    channels = [p.row(x) for x in ("Cửa hàng đặc sản, thực phẩm sạch", "Quán giải khát |", "Bán tại hợp tác xã",
                                   "Trực tuyến, hội chợ |")]
    chan_total, staff = p.row("Cộng |"), p.row("Cộng |", skip=1)
    for y in Y:  # triệu đồng
        p.check(lit[y] == c5[y] * 0.5 + c25[y] * 0.25 and close(dau[y], lit[y]) and close(duong[y], lit[y] * 0.6),
                f"litres (2 × 500 ml = 4 × 250 ml = 1 lít), fruit 1 kg/l, sugar 0,6 {y}")
        p.check(close(r5[y], c5[y] * 0.075) and close(r25[y], c25[y] * 0.042) and close(rev[y], r5[y] + r25[y]), f"revenue {y}")
        p.check(close(lines[0][y], dau[y] * 0.01) and close(lines[1][y], duong[y] * 0.02)
                and close(lines[2][y], c5[y] * 0.008 + c25[y] * 0.006) and close(lines[4][y], lit[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5 * 12) and close(lines[5][y], 30) and close(lines[6][y], [200, 100, 0][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.08), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(lines_sum(channels, y) == chan_total[y] == lit[y] * 2, f"sales by channel = litres in 500 ml bottles {y}")
        p.check(dau[y] <= 8 * 5000 and lit[y] <= 2 * 80 * 120, f"fruit 40 tấn, cooking capacity 19.200 lít {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2027 and 2028 profit right")
    p.check(close(rev[2] - cost[2], 419.1, 0.001) and prof[2] == 519.1 and off(prof[2], rev[2] - cost[2]),
            "PLANTED 2029 profit 519,1 != 1.386 − 966,9 = 419,1 (+24 %)")
    iv = block(p, '## 5.2 Vốn đầu tư và nguồn vốn', '## 5.3')
    items = [iv.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy ép, lọc quả |", "Nồi nấu inox, tủ tiệt trùng",
                                "Máy chiết rót, đóng nắp |", "Kho lạnh |", "Thiết kế hộp giấy", "Vốn lưu động")]
    stated = iv.one("Tổng cộng")
    p.check(sum(items) == 600 and stated == 680 and off(stated, sum(items)),
            "PLANTED investment table total 680 != items 600 (+13 %)")
    p.check(p.one("Vốn góp bổ sung") + p.one("Vay Ngân hàng Nông nghiệp") == 680,
            "sources match the stated (wrong) total; tolerated capital-mismatch against the 600 of items")
    p.check(sum(items[:5]) == 300 and close(300 / 10, 30), "fixed 300, depreciation 30")
    avg = sum(prof) / 3
    true_avg = (prof[0] + prof[1] + rev[2] - cost[2]) / 3
    p.check(close(avg, 360.8, 0.001) and close(680 / (avg + 30), 1.7, 0.03), "stated payback 1,7 on the stated figures")
    p.check(close(600 / (true_avg + 30), 1.7, 0.03), "true payback also ≈ 1,7 (not a knock-on)")
    p.check(staff == [6, 6, 7] and close(6500 / 24, 270, 0.01) and 9000 / 24 == 375, "staff 6/6/7; 270–375 kg per member")
    p.check(close(lit[0] / 2400, 2.7, 0.01), "2027 vs 2025 (2.400 lít by hand), explained by the new equipment")
    p.has("75.000 đồng/chai", "42.000 đồng/chai", "1 lít siro bằng 2 chai 500 ml hoặc 4 chai 250 ml",
          "(215,8 + 347,5 + 519,1) : 3 ≈ 360,8", "680 : (360,8 + 30) ≈ 1,7 năm", "= 19.200 lít/năm", "tổng khoảng 40 tấn",
          "an toàn thực phẩm", "TCCS", "tự công bố", "Cục Sở hữu trí tuệ", "bể lắng")
    p.lacks(r"nhãn|43/2017|111/2021|\btem\b|mã lô|mã vạch|in ngày", "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ck09() -> Plan:
    p = Plan("ck09_nuoc_binh_suoi_may_hkd")
    binh, chai, thung, lit = (p.row("Nước bình 20 lít |"), p.row("Nước chai 500 ml |"), p.row("Nước chai 500 ml |", skip=1),
                              p.row("Tổng lượng nước"))
    groups = [p.row(x) for x in ("Hộ gia đình |", "Trường học, cơ quan |", "Quán ăn, công trình xây dựng |")]
    gtotal, staff = p.row("Cộng (bình)"), p.row("Cộng |")
    rev, rb, rc = p.row("Doanh thu |"), p.row("Nước bình 20 lít (15.000"), p.row("Nước chai 500 ml (3.500")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nắp, màng co, tem niêm phong bình", "Chai, nắp, nhãn, thùng carton", "Điện, lõi lọc",
                                 "Tiền công lao động", "Khấu hao tài sản cố định", "Lãi vay (8%", "Xăng xe, vận chuyển",
                                 "Thuế GTGT, thuế TNCN", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(chai[y] == thung[y] * 24 and lit[y] == binh[y] * 20 + chai[y] * 0.5, f"24 chai/thùng, litres {y}")
        p.check(lines_sum(groups, y) == gtotal[y] == binh[y], f"jugs by customer group {y}")
        p.check(rb[y] == binh[y] * 15000 and rc[y] == chai[y] * 3500 and rev[y] == rb[y] + rc[y], f"revenue {y}")
        p.check(lines[0][y] == binh[y] * 1200 and lines[1][y] == chai[y] * 900 and lines[2][y] == lit[y] * 25, f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5.5e6 * 12, 1e-6) and lines[4][y] == 7.5e7
                and close(lines[5][y], [2.5e8, 1.5e8, 5e7][y] * 0.08, 1e-6)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], rev[y] * 0.045) and lines[8][y] == 2.4e7,
                f"wages, depreciation, interest, transport, taxes {y}")
        p.check(close(cost[y], lines_sum(lines, y), 1e-6) and prof[y] == rev[y] - cost[y], f"cost, profit {y}")
        p.check(binh[y] <= 60 * 6 * 300 and lit[y] / 1000 * 1.4 <= 15 * 300, f"jug line 108.000, well 15 m³/ngày {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    iv = block(p, '# XII. Vốn đầu tư và nguồn vốn', '# XIII.')
    items = [iv.one(x) for x in ("Xây nhà xưởng 120 m²", "Hệ thống lọc 5 cấp", "Máy rửa, chiết bình 20 lít |",
                                "Máy chiết rót, đóng nắp chai", "1.000 vỏ bình 20 lít", "Thiết kế bao bì", "Vốn lưu động")]
    total = iv.one("Tổng cộng")
    p.check(sum(items) == total == 8.5e8 and sum(items[:5]) == 6e8 and 6e8 / 8 == 7.5e7, "investment 850 = items, fixed 600, 8 years")
    p.has("vốn tự có của gia đình 450.000.000 đồng", "vay Ngân hàng Chính sách xã hội 250.000.000 đồng")
    p.check(4.5e8 + 2.5e8 == 7e8 and off(7e8, total), "PLANTED sources 700.000.000 != total 850.000.000 (−18 %)")
    avg = sum(prof) / 3
    p.check(avg == 391680000 and close(8.5e8 / (avg + 7.5e7), 1.8, 0.02), "average profit, payback 1,8 on the stated total")
    p.check(staff == [4, 4, 5] and close(964 * 1.4, 1350, 0.001) and close(1350 / 300, 4.5), "staff; 1.350 m³ = 4,5 m³/ngày")
    p.check(close(binh[0] / 30000, 1.2) and 1800 * 12 < 30000 < 3400 * 12, "+20 % jugs on 2026; 2026 months 1.800–3.400")
    p.has("[tên sản phẩm]", "Quý xxx/2027")
    p.check(len(re.findall(PLACEHOLDER, p.body, re.I)) >= 2, "PLANTED two template placeholders")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|55/2010|cam kết|sức khỏe|công bố|QCVN|Y tế|kiểm nghiệm|"
            r"xét nghiệm|tập huấn|vi sinh|hợp quy", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.has("tiêu chuẩn cơ sở TCCS 01:2026/SM", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng",
          "15.000 đồng/bình", "3.500 đồng/chai", "1 thùng 24 chai 500 ml = 12 lít",
          "850.000.000 : (391.680.000 + 75.000.000) ≈ 1,8 năm")
    return p


def ck10() -> Plan:
    p = Plan("ck10_ruou_nep_lang_mai_cty")
    c5, c75, lit = p.row("Rượu nếp chai 500 ml |"), p.row("Rượu nếp chai 750 ml hộp quà |"), p.row("Tổng sản lượng |")
    staff = p.row("Tổng số lao động")
    rev, r5, r75 = p.row("Doanh thu |"), p.row("Rượu nếp chai 500 ml (150.000"), p.row("Rượu nếp chai 750 ml hộp quà (250.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp (35.000", "Men, củi, điện", "Chai, hộp, nhãn", "Tiền lương", "Khấu hao tài sản cố định",
                                 "Lãi vay (8%", "Thuế tiêu thụ đặc biệt", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tỷ đồng
        p.check(close(lit[y], c5[y] * 0.5 + c75[y] * 0.75), f"litres (500 ml, 750 ml) {y}")
        p.check(close(r5[y], c5[y] * 150000 / 1e9) and close(r75[y], c75[y] * 250000 / 1e9) and close(rev[y], r5[y] + r75[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 1.25 * 28000 / 1e9) and close(lines[1][y], lit[y] * 6000 / 1e9)
                and close(lines[2][y], (c5[y] * 10000 + c75[y] * 30000) / 1e9), f"per-unit costs (rice 1,25 kg × 28.000 đ) {y}")
        p.check(close(lines[3][y], 10 * 7e6 * 12 / 1e9) and close(lines[4][y], 0.2) and close(lines[5][y], [1.5, 1.125, 0.75][y] * 0.08)
                and close(lines[6][y], rev[y] * 65 / 165) and close(lines[7][y], rev[y] * 0.06), f"wages, dep., interest, excise, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(lit[y] <= 250 * 300, f"within the 75.000 lít line (capacity-exceeded only tolerated) {y}")
    p.check(staff == [10, 10, 10] and lines[3][0] == lines[3][1] == lines[3][2], "same 10 workers and wage bill every year")
    g = [lit[1] / lit[0], lit[2] / lit[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(all(x > 2.1 for x in g), f"PLANTED output and revenue more than double every year: {[round(x, 2) for x in g]}")
    p.check(off(lit[1], lit[0] * 1.2) and off(rev[2], rev[1] * 1.2), "PLANTED growth far above a 20 % pace")
    p.check(lit[0] / 9000 < 2 and close(9000 / 8200, 1.1, 0.01), "2027 +61 % on 2026 with the new line; 2026 only +10 %")
    p.has("15 đại lý hiện có", "Công ty không có kế hoạch đầu tư thêm trong giai đoạn 2028–2029",
          "giữ nguyên trong cả giai đoạn 2027–2029")
    iv = block(p, '# 11. Vốn đầu tư và nguồn vốn', '# 12.')
    items = [iv.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Nồi hơi, tháp chưng cất inox", "Bồn ủ inox, chum sành",
                                "Máy lọc, chiết rót, đóng nút |", "Bao bì, hộp quà, nhãn", "Vốn lưu động")]
    p.check(close(sum(items), 2.5) and close(iv.one("Tổng cộng"), 2.5) and close(sum(items[:4]), 2.0) and close(1.0 + 1.5, 2.5),
            "capital 2,5 = 1,0 + 1,5 tỷ, fixed 2,0")
    avg = sum(post) / 3
    readings = {"avg + dep": 2.5 / (avg + 0.2), "avg": 2.5 / avg, "2027 + dep": 2.5 / (post[0] + 0.2),
                "2028 + dep": 2.5 / (post[1] + 0.2), "2029 + dep": 2.5 / (post[2] + 0.2), "avg pre-tax": 2.5 / (sum(pre) / 3)}
    p.check(close(avg, 2.079, 0.001) and close(readings["avg + dep"], 1.1, 0.01), "true payback ≈ 1,1 years")
    p.check(all(off(3.5, v) for v in readings.values()),
            f"PLANTED stated payback 3,5 matches no reading: {({k: round(v, 2) for k, v in readings.items()})}")
    p.check(p.count("khoảng 3,5 năm") == 2, "3,5 years stated twice")
    p.check(not re.search(r"^#.*(nguyên liệu|liên kết|cung ứng|vùng trồng)", p.body, re.I | re.M)
            and "nguyên liệu" not in p.body.lower(), "PLANTED no raw-material section (and no supply anywhere)")
    p.check(close(lit[2] * 1.25, 81875, 0.001), "82 tấn rice needed in 2029, from nowhere")
    p.has("150.000 đồng/chai", "250.000 đồng/chai", "1 lít bằng 2 chai 500 ml", "250 lít/ngày × 300 ngày = 75.000 lít/năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "4,5 tỷ đồng", "2,5 tỷ đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ck11_ruou_ngo_phuc_trach_so_sai")
    a.check(3000 * 120000 == 360e6, "3.000 lít × 120.000 đ = 360 triệu")
    a.has("khoảng 3.000 lít", "120.000 đồng/lít", "khoảng 360 triệu đồng/năm", "khoảng 150 triệu đồng",
          "giấy chứng nhận số 28B8007742")
    a.check(len(a.rows) == 0 and 150 <= words(a) <= 300, f"no table, {words(a)} words")
    a.lacks(r"giấy phép|an toàn thực phẩm|tiêu chuẩn|công bố|43/2017|sở hữu trí tuệ|môi trường|truy xuất",
            "the tolerated gaps are real (licence, food safety, standard, label decree, IP, environment, traceability)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ck12_nuoc_sam_mia_lau_thach_lac_so_sai")
    b.check(6000 * 15000 == 90e6, "6.000 chai × 15.000 đ = 90 triệu")
    b.has("khoảng 6.000 chai", "200 chai/ngày", "15.000 đồng/chai", "khoảng 90 triệu đồng", "chưa đăng ký")
    b.check(len(b.rows) == 0 and 150 <= words(b) <= 300, f"no table, {words(b)} words")
    b.check(all(h == h.encode("ascii", "ignore").decode() for h in re.findall(r"^# (.*)$", b.body, re.M)),
            "headings without diacritics")
    b.lacks(r"giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|sở hữu trí tuệ|môi trường|truy xuất",
            "the tolerated gaps are real (registration, food safety, standard, label, IP, environment, traceability)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (ck01, ck02, ck03, ck04, ck05, ck06, ck07, ck08, ck09, ck10)] + sketchy()
    for p in plans[:10]:
        p.check(2600 <= words(p) <= 4200, f"long plan: {words(p)} words")
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
