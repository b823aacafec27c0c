"""The 54th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout54/arithmetic.py

For every plan: revenue = quantity x unit price, cost lines sum to the stated total, profit =
revenue - cost, investment items = capital sources = stated total, depreciation, interest on the
loan balance, payback = investment / (average profit + depreciation), raw-material need vs
supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more than 5 %
and everything else right (within 1 %). Table figures are read from the plan's source; figures
quoted from running text are looked up verbatim with `has`, so the numbers cannot drift from the
text. The textual planted defects (replaced instruments, no environmental measure, a second
producer name, no trademark, no food safety, no product standard, two worker counts, no label,
no registration, no sales channel) are asserted too, as is the absence of template placeholders.
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

_NUM = re.compile(r"^[\d.,]+$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def first(self, cell: str, skip: int = 0) -> list[float]:
        """Numbers of the (skip+1)-th table row whose FIRST cell equals `cell` exactly."""
        seen = 0
        for r in self.rows:
            if r[0] == cell:
                if seen == skip:
                    return [vn(x) for x in r[1:] if _NUM.match(x)]
                seen += 1
        self.failures.append(f"row not found: {cell!r} #{skip}")
        return [0.0] * 8

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def payback(invest: float, profits: list[float], dep: float) -> float:
    return invest / (sum(profits) / len(profits) + dep)


def r_bc01() -> Plan:
    p = Plan("bc01_mat_ong_hoa_rung_khe_dau_hkd")
    dan, honey = p.row("Số đàn ong"), p.row("Sản lượng mật (12 kg/đàn)")
    lo, chai, buon = p.row("Lọ thủy tinh 500 g |"), p.row("Chai PET 1 kg"), p.row("Bán buôn can 20 kg")
    rev, rl, rc, rb = p.row("Doanh thu |"), p.row("Lọ 500 g (130.000"), p.row("Chai 1 kg (240.000"), p.row("Bán buôn (170.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Đường, phấn hoa", "Vật tư nuôi ong", "Bao bì, nhãn (12.000", "Tiền lương lao động",
                                 "Di chuyển đàn", "Khấu hao tài sản", "Lãi vay |", "Bán hàng, chiết khấu",
                                 "Kiểm nghiệm, điện nước")]
    prof = p.row("Lợi nhuận trước thuế")
    staff = [6, 7, 8]
    for y in Y:  # nghìn đồng
        p.check(honey[y] == dan[y] * 12 and honey[y] == lo[y] * 0.5 + chai[y] + buon[y], f"honey = colonies × 12 = sales {y}")
        p.check(close(rl[y], lo[y] * 130) and close(rc[y], chai[y] * 240) and close(rb[y], buon[y] * 170)
                and close(rev[y], rl[y] + rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], dan[y] * 100) and close(lines[1][y], dan[y] * 80)
                and close(lines[2][y], lo[y] * 12 + chai[y] * 8) and close(lines[3][y], staff[y] * 6000 * 12)
                and close(lines[5][y], 57000) and close(lines[6][y], [400000, 250000, 100000][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(honey[y] <= 400 * 250, f"vacuum dryer 400 kg/day {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(all(prof[y] / rev[y] < 0.42 for y in Y), "margin under 42 %")
    items = [230000, 160000, 95000, 45000, 40000, 30000, 300000]
    p.check(sum(items) == p.one("Tổng cộng") == 900000 == 500000 + 400000 and sum(items[:5]) == 570000, "capital 900 = items = sources")
    p.check(close(sum(prof) / 3, 663700, 0.0001) and close(payback(900000, prof, 57000), 1.25, 0.01), "payback 1,25")
    p.check(close(6000 / 5000, 1.2), "2027 +20 % on 2026")
    p.has("130.000 đồng/lọ", "240.000 đồng/chai", "170.000 đồng/kg", "Tổng vốn đầu tư 900 triệu đồng", "vốn tự có của hộ 500 triệu đồng",
          "400 triệu đồng, thời hạn 3 năm, lãi suất 7 %/năm", "900.000 : (663.700 + 57.000) ≈ 1,25 năm",
          "12 kg/đàn/năm", "Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2025/KD", "Nghị định số 43/2017/NĐ-CP", "đã nộp đơn đăng ký tại Cục Sở hữu trí tuệ", "hố lắng")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc02() -> Plan:
    p = Plan("bc02_du_lich_nong_trai_che_khe_lim_ctcp")
    plan = [p.first(str(y)) for y in (2027, 2028, 2029)]          # Bảng 1: guests, nights, meals, gifts, revenue
    fin = [p.first(str(y), skip=1) for y in (2027, 2028, 2029)]   # Bảng 3: revenue, cost, profit
    cost_lines = [p.row(x) for x in ("Nguyên liệu nhà ăn", "Chi phí tổ chức tham quan", "Chi phí buồng phòng", "Giá vốn hàng quà",
                                      "Tiền lương |", "Khấu hao |", "Lãi vay |", "Quảng bá, hoa hồng", "Quản lý, bảo hiểm")]
    total = p.row("Tổng chi phí |")
    for y in Y:  # triệu đồng
        g, n, m, q, rev = plan[y][:5]
        p.check(close(rev, g * 0.35 + n * 0.45 + m * 0.15 + q), f"revenue {y}")
        p.check(close(cost_lines[0][y], m * 0.06) and close(cost_lines[1][y], g * 0.08) and close(cost_lines[2][y], n * 0.09)
                and close(cost_lines[3][y], q * 0.6) and close(cost_lines[4][y], [12, 13, 14][y] * 6 * 12)
                and close(cost_lines[5][y], 200) and close(cost_lines[6][y], [1500, 1000, 500][y] * 0.08), f"cost lines {y}")
        p.check(close(total[y], lines_sum(cost_lines, y)), f"cost sum {y}")
        p.check(close(fin[y][0], rev) and close(fin[y][1], total[y]) and close(fin[y][2], rev - total[y]), f"profit {y}")
        p.check(n <= 8 * 2 * 365 and g <= 60 * 300, f"rooms 5.840, 18.000 visits {y}")
    p.check(1600 + 700 + 400 + 300 + 200 + 800 == 4000 == 2500 + 1500 and close(3000 / 15, 200), "capital 4 tỷ, depreciation 200")
    prof = [f[2] for f in fin]
    p.check(close(sum(prof) / 3, 1041) and close(payback(4000, prof, 200), 3.2, 0.01), "payback 3,2")
    p.check(350 + 450 + 3 * 150 == 1250, "2-day package 1.250.000")
    p.check(plan[1][0] / plan[0][0] == 1.2 and close(plan[2][0] / plan[1][0], 1.146, 0.01), "guests +20 %, +15 %")
    p.has("350.000 đồng/khách", "450.000 đồng/khách/đêm", "150.000 đồng/suất", "Tổng vốn đầu tư của phương án là 4 tỷ đồng",
          "4.000 : (1.041 + 200) ≈ 3,2 năm", "Giấy chứng nhận đăng ký doanh nghiệp mã số", "TCVN 7800:2017", "bể tách mỡ",
          "Giấy chứng nhận đăng ký nhãn hiệu số 412567", "6 công ty lữ hành")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc03() -> Plan:
    p = Plan("bc03_nam_so_tuoi_thuong_loc_tht")
    total_kg, trays, tray_kg, bulk = (p.row("Nấm sò tươi (tổng)"), p.row("Trong đó: khay 300 g"), p.row("Quy đổi nấm đóng khay"),
                                      p.row("Nấm bán buôn |"))
    bags = [p.first(str(y)) for y in (2027, 2028, 2029)]
    rev, rt, rb = p.row("Doanh thu (triệu đồng)"), p.row("- Nấm khay 300 g"), p.row("- Nấm bán buôn, 35.000")
    cost = p.row("Chi phí (triệu đồng)")
    lines = [p.row(x) for x in ("- Phôi nấm", "- Khay, màng bọc", "- Điện, nước", "- Tiền công lao động", "- Khấu hao",
                                 "- Vận chuyển, bán hàng", "- Lãi vay", "- Chi khác")]
    prof = p.row("Lợi nhuận (triệu đồng)")
    for y in Y:  # triệu đồng
        b, kg = bags[y][:2]
        p.check(kg == b * 0.5 == total_kg[y] and close(tray_kg[y], trays[y] * 0.3) and total_kg[y] == tray_kg[y] + bulk[y],
                f"mushrooms = bags × 0,5 = trays + bulk {y}")
        p.check(close(rt[y], trays[y] * 0.018) and close(rb[y], bulk[y] * 0.035) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], b * 0.006) and close(lines[1][y], trays[y] * 0.0015) and close(lines[3][y], [8, 9, 10][y] * 5 * 12)
                and close(lines[4][y], 40) and close(lines[6][y], [200, 100, 0][y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(b <= 90000 and b <= 8 * 6000 * 2, f"spawn contract 90.000, huts 96.000 {y}")
    p.check(240 + 60 + 90 + 10 + 200 == 600 == p.one("Cộng |") == 400 + 200, "capital 600")
    p.check(close(payback(600, prof, 40), 1.4, 0.02), "payback 1,4")
    p.check(close(cost[0] / 30000 * 1e6, 36000, 0.01) and close(rev[0] / 30000 * 1e6, 45000) and close(cost[0] / 0.045, 24044, 0.01),
            "unit cost 36.000, price 45.000, break-even ≈ 24.000 kg")
    p.has("18.000 đồng/khay", "35.000 đồng/kg", "tối đa 90.000 bịch/năm", "600 : (395,3 + 40) ≈ 1,4 năm", "Tổng vốn đầu tư 600 triệu đồng",
          "giấy chứng nhận đăng ký tổ hợp tác số 02/GCNĐK-THT", "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/THT",
          "Nghị định số 43/2017/NĐ-CP", "quyết định chấp nhận đơn hợp lệ", "ủ 45 ngày")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc04() -> Plan:
    p = Plan("bc04_dau_goi_thao_moc_ngan_truoi_cty")
    ch, tu, lit, herb = p.row("Chai 300 ml (chai)"), p.row("Túi refill 1 lít (túi)"), p.row("Tổng sản lượng quy đổi"), p.row("Dược liệu khô sử dụng")
    rc, rt, rev = p.row("Doanh thu chai 300 ml"), p.row("Doanh thu túi 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Dược liệu khô (60.000", "Phụ liệu pha chế", "Chai, vòi, hộp", "Túi refill (15.000", "Tiền lương, bảo hiểm",
                                 "Điện, nước", "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], ch[y] * 0.3 + tu[y]) and close(herb[y], lit[y] * 0.125), f"litres, herbs {y}")
        p.check(close(rc[y], ch[y] * 0.095) and close(rt[y], tu[y] * 0.21) and close(rev[y], rc[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.06) and close(lines[1][y], lit[y] * 0.025) and close(lines[2][y], ch[y] * 0.012)
                and close(lines[3][y], tu[y] * 0.015) and close(lines[4][y], [10, 11, 12][y] * 7 * 12)
                and close(lines[6][y], 120) and close(lines[7][y], [800, 550, 300][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.15), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(lit[y] <= 200 * 250 and herb[y] <= 2500, f"kettle 50.000 l, herb contract 2,5 t {y}")
    p.check(600 + 300 + 200 + 100 + 100 + 700 == 2000 == p.one("Tổng mức đầu tư") == 1200 + 800, "capital 2.000")
    p.check(close(payback(2000, prof, 120), 1.8, 0.02), "payback 1,8")
    p.check(close(lit[0] / 8100, 1.26, 0.01), "2027 +26 % on 2026")
    p.has("95.000 đồng/chai", "210.000 đồng/túi", "2.000 : (976 + 120) ≈ 1,8 năm", "Phiếu tiếp nhận Phiếu công bố sản phẩm mỹ phẩm",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 02:2025/NT", "Nghị định số 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu số 398102", "đăng ký môi trường", "không thuộc phạm vi quản lý an toàn thực phẩm")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc05() -> Plan:
    p = Plan("bc05_ruou_ngo_men_la_son_hong_htx")
    ch, bi, li = p.row("Chai 500 ml (chai)"), p.row("Bình gốm 2 lít (bình)"), p.row("Rượu lít cho nhà hàng")
    lit, ngo = p.row("Tổng sản lượng quy đổi"), p.row("Ngô nguyên liệu (kg)")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Ngô nguyên liệu |", "Men lá, củi", "Chai, bình, nút", "Tiền lương", "Khấu hao tài sản",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    true_rev = [ch[y] * 0.095 + bi[y] * 0.42 + li[y] * 0.11 for y in Y]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 2 + li[y] and ngo[y] == lit[y] * 2, f"litres, maize 2 kg/l {y}")
        p.check(close(lines[0][y], ngo[y] * 0.009) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], ch[y] * 0.015 + bi[y] * 0.08 + li[y] * 0.002) and close(lines[3][y], [11, 12, 13][y] * 6 * 12)
                and close(lines[4][y], 100) and close(lines[5][y], [600, 400, 200][y] * 0.075), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum; profit follows the stated revenue {y}")
        p.check(lit[y] <= 2 * 60 * 280 and ngo[y] <= 60000, f"stills 33.600 l, maize contract 60 t {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[1], true_rev[1]), "2027, 2028 revenue right")
    p.check(close(true_rev[2], 3840) and rev[2] == 4280 and off(rev[2], true_rev[2], 10), "PLANTED 2029 revenue 4.280 != 3.840 (+11,5 %)")
    true_prof = [true_rev[y] - cost[y] for y in Y]
    p.check(close(true_prof[2], 1365) and prof[2] == 1805, "knock-on: 2029 profit 1.805, true 1.365")
    p.check(500 + 250 + 150 + 100 + 100 + 900 == 2000 == p.one("Cộng |") == 1400 + 600, "capital 2.000")
    stated = payback(2000, prof, 100)
    true = payback(2000, true_prof, 100)
    p.check(close(stated, 1.46, 0.01) and close(true, 1.64, 0.01) and off(1.5, true, 5), "tolerated knock-on: stated 1,5 years, true 1,64")
    p.check(close(2920 * 0.1, 292) and close(324 * 0.2, 64.8) and close(432 * 0.2, 86.4), "sensitivity sentence")
    p.has("95.000 đ/chai", "420.000 đ/bình", "110.000 đ/lít", "95.000 đồng/chai", "420.000 đồng/bình", "110.000 đồng/lít",
          "Tổng vốn đầu tư 2.000 triệu đồng", "2.000 : (1.267 + 100) ≈ 1,5 năm", "60 tấn ngô hạt/năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "hàm lượng etanol")
    p.has("Luật Hợp tác xã số 23/2012/QH13", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019")  # PLANTED outdated-policy
    p.lacks(r"17/2023|148/QĐ-TTg|1489/QĐ-TTg|113/2024", "PLANTED the replacing instruments are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|khói|\brác\b|ô nhiễm|\bbã\b|bã rượu|hèm|bể lắng|biogas|khí thải",
            "PLANTED no environmental word or measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc06() -> Plan:
    p = Plan("bc06_choi_dot_hoa_hai_tht")
    tot, a, b, m, dot = (p.row("Tổng số chổi"), p.row("- Chổi đót cán tre"), p.row("- Chổi đót cán gỗ cao cấp"),
                         p.row("- Chổi đót mini"), p.row("Bông đót sử dụng"))
    ra, rb, rm, rev = (p.row("Doanh thu chổi cán tre"), p.row("Doanh thu chổi cao cấp"), p.row("Doanh thu chổi mini"),
                       p.row("Cộng doanh thu"))
    lines = [p.row(x) for x in ("Bông đót (25.000", "Cán, dây cước", "Tiền công khoán", "Tem nhãn, túi", "Khấu hao |",
                                 "Vận chuyển, bán hàng", "Quản lý, chi khác")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        n = a[y] + b[y] + m[y]
        p.check(close(dot[y], a[y] * 0.5 + b[y] * 0.6 + m[y] * 0.2) and dot[y] <= 35000, f"đót need within 35 tấn {y}")
        p.check(close(ra[y], a[y] * 0.035) and close(rb[y], b[y] * 0.06) and close(rm[y], m[y] * 0.018)
                and close(rev[y], ra[y] + rb[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], dot[y] * 0.025) and close(lines[1][y], a[y] * 0.005 + b[y] * 0.012 + m[y] * 0.002)
                and close(lines[2][y], a[y] * 0.008 + b[y] * 0.012 + m[y] * 0.004) and close(lines[3][y], n * 0.0015)
                and close(lines[4][y], 20), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(a[y] / 12 + b[y] / 8 + m[y] / 20 <= [20, 20, 24][y] * 250, f"labour days {y}")
    p.check(tot[0] == a[0] + b[0] + m[0] == 44000 and tot[2] == a[2] + b[2] + m[2] == 56000, "2027, 2029 totals right")
    p.check(a[1] + b[1] + m[1] == 50000 and tot[1] == 58000 and off(tot[1], 50000, 15), "PLANTED 2028 total 58.000 != 50.000 (+16 %)")
    p.check(110 + 50 + 40 + 300 == 500 == 20 * 25 and close(200 / 10, 20), "capital 500 = members' 20 × 25")
    p.check(close(payback(500, prof, 20), 1.3, 0.01), "payback 1,3")
    p.check(36000 / 12 + 12000 / 8 + 8000 / 20 == 4900, "4.900 days sentence")
    p.check(close(30000 * 0.032, 960) and close(40000 * 0.035, 1400), "past revenue table")
    p.has("35.000 đồng/cây", "60.000 đồng/cây", "18.000 đồng/cây", "Tổng vốn đầu tư 500 triệu đồng", "500 : (363,5 + 20) ≈ 1,3 năm",
          "Giấy chứng nhận đăng ký tổ hợp tác số 05/GCN-THT", "TCCS 01:2026/HH", "Nghị định số 43/2017/NĐ-CP", "ống khói cao 6 m")
    p.check(p.count("Tổ hợp tác Mây tre Hương Trà") == 2 and p.count("Tổ hợp tác Chổi đót Hòa Hải") >= 1
            and p.count("TỔ HỢP TÁC CHỔI ĐÓT HÒA HẢI") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|chỉ dẫn địa lý|nhãn hiệu tập thể", "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc07() -> Plan:
    p = Plan("bc07_kho_ga_la_chanh_hoanh_son_cty")
    h, t, bb, kg, meat = (p.row("Hũ 250 g |"), p.row("Túi 500 g |"), p.row("Bán buôn túi 1 kg"), p.row("Tổng sản lượng"),
                          p.row("Thịt gà tươi nguyên liệu"))
    rev, rh, rt, rb = p.row("1. Doanh thu"), p.row("- Hũ 250 g"), p.row("- Túi 500 g"), p.row("- Bán buôn (350.000")
    cost = p.row("2. Chi phí")
    lines = [p.row(x) for x in ("- Thịt gà tươi", "- Gia vị, lá chanh", "- Bao bì, nhãn", "- Gas, điện", "- Tiền lương",
                                 "- Khấu hao", "- Lãi vay", "- Bán hàng, quảng cáo", "- Quản lý, chi khác")]
    prof = p.row("3. Lợi nhuận trước thuế")
    for y in Y:  # đồng
        p.check(kg[y] == h[y] * 0.25 + t[y] * 0.5 + bb[y] and meat[y] == kg[y] * 2.5, f"kg, meat 2,5 {y}")
        p.check(close(rh[y], h[y] * 110000) and close(rt[y], t[y] * 210000) and close(rb[y], bb[y] * 350000)
                and close(rev[y], rh[y] + rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 60000) and close(lines[1][y], kg[y] * 25000)
                and close(lines[2][y], h[y] * 6000 + t[y] * 5000 + bb[y] * 2000) and close(lines[3][y], kg[y] * 15000)
                and close(lines[4][y], [6, 12, 24][y] * 6e6 * 12) and close(lines[5][y], 80e6)
                and close(lines[6][y], [500e6, 300e6, 100e6][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] <= 120 * 300 and meat[y] <= 80000, f"dryers 36.000 kg, meat contract 80 t {y}")
    p.check(close(prof[1], rev[1] - cost[1]) and close(prof[2], rev[2] - cost[2]), "2028, 2029 profit right")
    p.check(rev[0] - cost[0] == 338e6 and prof[0] == 438e6 and off(prof[0], rev[0] - cost[0], 25),
            "PLANTED 2027 profit 438.000.000 != 338.000.000 (+29,6 %)")
    g = [kg[1] / kg[0], kg[2] / kg[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(all(x > 2.15 for x in g), "PLANTED output and revenue ×2,2 each year")
    market = 25 * 20 * 12 + 1000
    p.check(market == 7000 and off(kg[1], market, 50) and off(kg[2], market, 200) and kg[0] <= market,
            "PLANTED market (25 agents × 20 kg/month + 1 tấn online = 7 tấn) cannot take 11 and 24 tấn")
    p.check(close(kg[0] / 4000, 1.25), "2027 +25 % on 2026 (the jump is later)")
    p.check(300 + 260 + 140 + 100 + 50 + 650 == 1500 and 300 + 260 + 140 + 100 == 800 and 1000 + 500 == 1500, "capital 1.500, fixed 800")
    true_prof = [rev[y] - cost[y] for y in Y]
    p.check(close(payback(1500e6, true_prof, 80e6), 0.96, 0.01) and close(payback(1500e6, prof, 80e6), 0.94, 0.01),
            "'khoảng 1 năm' right on either profit")
    p.has("110.000 đồng/hũ", "210.000 đồng/túi", "350.000 đồng/kg", "Tổng vốn đầu tư là 1.500.000.000 đồng", "khả năng cung cấp đến 80 tấn/năm",
          "khoảng 20 kg/tháng, tương đương khoảng 6.000 kg/năm", "khoảng 1.000 kg/năm", "tăng gấp đôi mỗi năm",
          "Giấy chứng nhận đăng ký doanh nghiệp mã số", "TCCS 01:2026/HS", "Nghị định số 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu số 455821", "bể tách mỡ", "khoảng 1 năm")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|HACCP|ISO|khám sức khỏe|công bố|ngộ độc|15/2018|55/2010|cam kết",
            "PLANTED no food-safety certificate, commitment, hygiene condition or plan anywhere")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc08() -> Plan:
    p = Plan("bc08_tra_kho_qua_rung_duc_linh_hkd")
    hop, tui, dry, fresh = (p.row("Hộp trà túi lọc 25 túi"), p.row("Túi trà sợi 200 g"), p.row("Trà khô cần dùng"),
                            p.row("Nguyên liệu tươi |"))
    fin = [p.first(str(y)) for y in (2027, 2028, 2029)]  # rev hộp, rev túi, rev, cost, profit
    lines = [p.row(x) for x in ("Nguyên liệu tươi (8.000", "Bao bì: hộp", "Điện sấy", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    total = p.row("Cộng |")
    for y in Y:  # triệu đồng
        rh, rt, rev, cost, prof = fin[y][:5]
        p.check(close(dry[y], hop[y] * 0.05 + tui[y] * 0.2) and close(fresh[y], dry[y] * 7) and fresh[y] <= 22000,
                f"dry, fresh 1:7 within 22 tấn {y}")
        p.check(close(rh, hop[y] * 0.065) and close(rt, tui[y] * 0.09) and close(rev, rh + rt), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], hop[y] * 0.009 + tui[y] * 0.006)
                and close(lines[2][y], dry[y] * 0.01) and close(lines[3][y], [6, 7, 7][y] * 5.5 * 12)
                and close(lines[4][y], 70) and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev * 0.2),
                f"cost lines {y}")
        p.check(close(total[y], lines_sum(lines, y)) and close(cost, total[y]) and close(prof, rev - cost), f"cost, profit {y}")
    items = [250, 150, 50, 200, 50, 300]
    p.check(sum(items) == 1000 and sum(items[:5]) == 700, "items = stated total 1.000, fixed 700")
    p.check(600 + 300 == 900 and off(900, 1000, 5), "PLANTED sources 600 + 300 = 900 != 1.000 (−10 %)")
    p.check(close(payback(1000, [f[4] for f in fin], 70), 1.55, 0.01), "payback 1,55 on the 1.000 total")
    p.check(16800 * 0.065 + 2200 * 0.09 == 1290 and 9900 + 1400 + 4000 + 1500 == 16800 and 1300 + 200 + 600 + 100 == 2200,
            "2026 sales by channel = 1.290")
    p.has("65.000 đồng/hộp", "90.000 đồng/túi", "Tổng vốn đầu tư của phương án là 1.000 triệu đồng", "vốn tự có của hộ 600 triệu đồng",
          "300 triệu đồng, thời hạn 3 năm", "1.000 : (573,6 + 70) ≈ 1,55 năm", "tổng khoảng 22 tấn/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Nhãn hiệu \"Trà Đức Lĩnh\"", "hố lắng")
    p.has("Hộ hiện sử dụng 6 lao động thường xuyên", "Số lao động thường xuyên 6 người năm 2027",
          "tạo việc làm thường xuyên cho 12 lao động")  # PLANTED figure-inconsistent
    p.check(off(12, 7, 50), "PLANTED 12 workers != 6–7")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|kiểm nghiệm|hợp quy|hợp chuẩn|chỉ tiêu|VietGAP|ISO|HACCP|phân tích mẫu",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc09() -> Plan:
    p = Plan("bc09_nuoc_cam_ep_ngan_pho_ctcp")
    c250, c1, lit, cam, staff = (p.row("Chai 250 ml |"), p.row("Chai 1 lít |"), p.row("Tổng sản lượng |"), p.row("Cam nguyên liệu |"),
                                 p.row("Số lao động"))
    rev, cost, prof = p.row("Tổng doanh thu"), p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    r250, r1 = p.row("Doanh thu chai 250 ml"), p.row("Doanh thu chai 1 lít")
    lines = [p.row(x) for x in ("Cam nguyên liệu (12.000", "Chai, nắp, thùng", "Điện, nước, hóa chất", "Tiền lương, bảo hiểm",
                                 "Khấu hao", "Lãi vay", "Vận chuyển lạnh", "Quản lý, kiểm nghiệm")]
    for y in Y:  # triệu đồng; cam in tấn
        p.check(lit[y] == c250[y] * 0.25 + c1[y] and close(cam[y], lit[y] * 2.5 / 1000), f"litres, oranges 2,5 kg/l {y}")
        p.check(close(r250[y], c250[y] * 0.028) and close(r1[y], c1[y] * 0.09) and close(rev[y], r250[y] + r1[y]), f"revenue {y}")
        p.check(close(lines[0][y], cam[y] * 12) and close(lines[1][y], c250[y] * 0.004 + c1[y] * 0.005)
                and close(lines[2][y], lit[y] * 0.003) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], 240) and close(lines[5][y], [1200, 800, 400][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    supply, capacity = 110, 250 * 220
    p.check(cam[0] <= supply and off(cam[1], supply, 15) and off(cam[2], supply, 40),
            "PLANTED oranges 130 / 160 tấn > the 110-tấn contract (+18 %, +45 %); 2027 fits")
    p.check(capacity == 55000 and lit[0] <= capacity and lit[1] <= capacity and off(lit[2], capacity, 15),
            "PLANTED 2029 output 64.000 l > 55.000 l capacity (+16 %)")
    p.check(600 + 1400 + 300 + 100 + 600 == 3000 == p.one("Tổng cộng") == 1800 + 1200, "capital 3.000")
    p.check(close(payback(3000, prof, 240), 2.3, 0.01), "payback 2,3")
    p.check(60000 + 70000 + 14000 == c250[2] and 36000 + 34000 + 6000 == 76000 and 16000 + 3000 == 19000, "sales plans")
    p.check(close(4040 * 0.15, 606) and close((1200 + 420 + 120) * 0.15, 261) and close(506 - 606 + 261, 161), "sensitivity sentence")
    p.has("28.000 đồng/chai", "90.000 đồng/chai", "khối lượng 110 tấn cam loại 2/năm", "250 lít thành phẩm/ngày",
          "công suất 55.000 lít/năm", "không đầu tư thêm thiết bị", "nguồn cam đáp ứng đủ nhu cầu",
          "Tổng vốn đầu tư 3.000 triệu đồng", "3.000 : (1.056 + 240) ≈ 2,3 năm", "Giấy chứng nhận đăng ký doanh nghiệp",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/NP", "bản tự công bố",
          "Giấy chứng nhận đăng ký nhãn hiệu số 377415", "đăng ký môi trường")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|ghi nhãn|43/2017|111/2021|in ngày|in hạn", "PLANTED no label or labelling anywhere")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r_bc10() -> Plan:
    p = Plan("bc10_bot_san_day_cam_hung_co_so")
    g, bao, kg, cu = p.row("Gói 500 g |"), p.row("Bột đóng bao 5 kg |"), p.row("Tổng sản lượng bột"), p.row("Củ sắn dây tươi |")
    rg, rb, rev = p.row("Doanh thu gói 500 g"), p.row("Doanh thu bột đóng bao"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Củ sắn dây (6.000", "Túi, hộp", "Tiền công |", "Điện, nước |", "Khấu hao |", "Lãi vay |",
                                 "Vận chuyển, chi phí", "Chi khác |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; củ in tấn
        p.check(kg[y] == g[y] * 0.5 + bao[y] and close(cu[y], kg[y] * 8 / 1000) and cu[y] <= 175, f"kg, roots 1:8 within 175 t {y}")
        p.check(close(rg[y], g[y] * 0.11) and close(rb[y], bao[y] * 0.18) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], cu[y] * 6) and close(lines[1][y], g[y] * 0.005) and close(lines[4][y], 30)
                and close(lines[5][y], [100, 50, 0][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(cu[y] * 1000 / 500 <= 100, f"mill 500 kg/h: {cu[y] * 2:.0f} h {y}")
    p.check(70 + 80 + 45 + 35 + 20 + 50 + 100 == 400 == p.one("Cộng |") == 300 + 100, "capital 400 = items = sources")
    true = payback(400, prof, 30)
    p.check(close(sum(prof) / 3, 260.5) and close(true, 1.38, 0.01) and 400 / (sum(prof) / 3) < 1.6 and 400 / prof[0] < 2.1,
            "true payback 1,38 (1,54 without depreciation, 2,0 at most on 2027 alone)")
    p.check(off(3.5, true, 100), "PLANTED stated 3,5 years")
    p.has("Thời gian hoàn vốn của phương án khoảng 3,5 năm", "110.000 đồng/gói", "180.000 đồng/kg", "Tổng vốn đầu tư 400 triệu đồng",
          "tổng khoảng 175 tấn/năm", "cơ sở sản xuất của gia đình ông Võ Văn Hợi", "bản cam kết bảo đảm an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", "đã nộp đơn đăng ký nhãn hiệu", "3 bể lắng")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|giấy phép|công ty", "PLANTED no business registration or plan to register")
    market = p.section("# VII. Thị trường tiêu thụ", "# VIII.")
    p.check(not re.search(r"đồng|\d|giá|khách|đối thủ|cạnh tranh", market, re.I), "PLANTED the market section names no customer, price or competitor")
    p.lacks(r"cửa hàng|đại lý|\bchợ\b|siêu thị|online|facebook|zalo|shopee|sàn thương mại|khách hàng|thương lái|hội chợ|bán lẻ|"
            r"bán buôn|nhà thuốc|điểm bán|nhà phân phối|hợp đồng (tiêu thụ|bán)|xuất khẩu|đặt hàng|quà biếu", "PLANTED no sales channel anywhere")
    p.lacks(r"1048/QĐ-TTg|23/2012/QH13|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bc11_dau_lac_truong_son_so_sai")
    a.check(3000 * 70000 == 210e6, "3.000 lít × 70.000 = 210 triệu")
    a.has("khoảng 3.000 lít", "70.000 đồng/lít", "khoảng 210 triệu đồng", "đã đăng ký hộ kinh doanh năm 2022", "chợ Đức Thọ")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|công bố|nhãn|môi trường|\bbã\b|kiểm soát", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bc12_nhang_tram_ha_linh_so_sai")
    b.check(10000 * 30000 == 300e6, "10.000 bó × 30.000 = 300 triệu")
    b.has("30.000 đồng/bó", "khoảng 10.000 bó", "khoảng 300 triệu đồng", "giấy chứng nhận đăng ký hợp tác xã năm 2020", "các đền, chùa")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"tiêu chuẩn cơ sở|công bố|nhãn|môi trường|nhãn hiệu|sở hữu trí tuệ|bụi|kiểm soát", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (r_bc01, r_bc02, r_bc03, r_bc04, r_bc05, r_bc06, r_bc07, r_bc08, r_bc09, r_bc10)]
                            + sketchy())


if __name__ == "__main__":
    sys.exit(main())
