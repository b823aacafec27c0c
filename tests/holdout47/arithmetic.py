"""The forty-seventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout47/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, no registration, no label, a
replaced instrument cited, a second producer name, no food safety, no trademark, no sales
channel, no product standard, two outputs for 2026) are asserted too, as is the absence of
template placeholders in every plan.
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
        return self.body.split(start, 1)[1].split(end, 1)[0]


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|Luật Hợp tác xã (năm )?2012|123/2018|\bhuyện\b"
Y4 = range(4)


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(OLD, "cites a replaced instrument or a district body")


def av01() -> Plan:
    p = Plan("av01_com_gao_tung_loc_htx")
    goi, hop, kg, rice = (p.row("Cốm gói 200 g |", 4), p.row("Cốm hộp 500 g |", 4), p.row("Tổng sản lượng cốm", 4),
                          p.row("Gạo nếp nguyên liệu", 4))
    rg, rh, rev = p.row("Cốm gói 200 g (25.000", 4), p.row("Cốm hộp 500 g (65.000", 4), p.row("Cộng doanh thu", 4)
    lines = [p.row(x, 4) for x in ("Gạo nếp (20.000", "Mật mía, đường", "Bao bì, nhãn", "Tiền công lao động", "Điện, gas",
                                    "Khấu hao tài sản", "Lãi vay", "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Cộng chi phí", 4), p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN", 4),
                            p.row("Lợi nhuận sau thuế", 4))
    workers = [10, 11, 12, 12]
    for y in Y4:  # triệu đồng
        p.check(close(kg[y], goi[y] * 0.2 + hop[y] * 0.5) and close(rice[y], kg[y] * 0.7), f"kg, rice 0,7 {y}")
        p.check(close(rg[y], goi[y] * 0.025) and close(rh[y], hop[y] * 0.065) and close(rev[y], rg[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.02) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], goi[y] * 0.002 + hop[y] * 0.006) and close(lines[4][y], kg[y] * 0.003),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * 5 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [400, 300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"20 % tax {y}")
        p.check(rice[y] <= 16000 and kg[y] <= 80 * 280, f"rice contract, line capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy rang nổ", "Máy trộn mật", "Máy cắt thanh", "Máy đóng gói", "Cải tạo xưởng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 900 == 500 + 400 and sum(items[:5]) == 600 and close(600 / 7.5, 80),
            "capital 900 = 500 + 400, fixed 600 / 7,5")
    avg = sum(post) / 4
    p.check(close(avg, 439.6) and close(900 / (439.6 + 80), 1.7, 0.03), "average profit, payback 1,7")
    p.check(close(kg[0] / 11500, 1.22, 0.01), "+22 % on 2025")
    p.has("25.000 đồng/gói", "65.000 đồng/hộp", "16 tấn gạo nếp", "22.400 kg/năm", "900 : (439,6 + 80) ≈ 1,7 năm",
          "(292 + 392,2 + 492,3 + 581,9) : 4 ≈ 439,6", "Số thành viên chính thức: 12 thành viên", "Nghị định 111/2021/NĐ-CP",
          "tiêu chuẩn cơ sở", "an toàn thực phẩm", "đăng ký nhãn hiệu", "bể lắng")
    clean(p)
    return p


def av02() -> Plan:
    p = Plan("av02_hop_go_dung_tra_an_khang_cty")
    years = [p.row(f"{2026 + y} |", 7) for y in Y]  # qty x3, revenue x3, total
    costs = [p.row(x) for x in ("Gỗ xẻ sấy", "Sơn, sáp", "Túi vải, hộp carton", "Tiền lương", "Điện |", "Khấu hao thiết bị",
                                 "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    total = p.row("Tổng chi phí |")
    summary = [p.row(f"{2026 + y} |", 5, skip=1) for y in Y]  # revenue, cost, pre, tax, post
    staff = [8, 9, 10]
    for y in Y:  # nghìn đồng
        a, b, c, ra, rb, rc, rt = years[y]
        p.check(close(ra, a * 180) and close(rb, b * 320) and close(rc, c * 650) and close(rt, ra + rb + rc), f"revenue {y}")
        wood = a * 0.004 + b * 0.007 + c * 0.012
        p.check(close(costs[0][y], wood * 8000) and close(costs[1][y], a * 12 + b * 20 + c * 45)
                and close(costs[2][y], (a + b + c) * 6), f"wood, fittings, packing {y}")
        p.check(close(costs[3][y], staff[y] * 6000 * 12) and close(costs[5][y], 60000)
                and close(costs[6][y], [300000, 200000, 100000][y] * 0.075) and close(costs[7][y], rt * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(total[y], lines_sum(costs, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rt) and close(s[1], total[y]) and close(s[2], s[0] - s[1]) and close(s[3], s[2] * 0.2)
                and close(s[4], s[2] - s[3]), f"summary row {y}")
        p.check(wood <= 45 and a + b + c <= staff[y] * 2.5 * 290, f"wood contract 45 m³, labour capacity {y}")
        if y:
            p.check(rt / years[y - 1][6] < 1.2, f"growth {y}")
    p.check([round(years[y][0] * 0.004 + years[y][1] * 0.007 + years[y][2] * 0.012, 1) for y in Y] == [29.7, 34.6, 38.8],
            "wood 29,7 / 34,6 / 38,8 m³")
    items = [p.one(x) for x in ("Máy khắc CNC", "Máy bào, bàn cưa", "Buồng phun sơn", "Lò sấy gỗ", "Thiết kế mẫu",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 800000 == 500000 + 300000 and sum(items[:4]) == 500000,
            "capital 800.000 = 500.000 + 300.000, equipment 500.000")
    post = [s[4] for s in summary]
    p.check(close(sum(post) / 3, 253301) and close(800000 / (253301 + 60000), 2.6, 0.03), "payback 2,6")
    p.has("180.000 đồng/hộp", "320.000 đồng/hộp", "650.000 đồng/bộ", "45 m³/năm", "800.000 : (253.301 + 60.000) ≈ 2,6 năm",
          "đăng ký môi trường", "Nghị định 111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "nộp đơn đăng ký nhãn hiệu")
    clean(p)
    return p


def av03() -> Plan:
    p = Plan("av03_du_lich_lang_co_binh_hoa_htx")
    visits, exper, meals, nights = (p.row("Tham quan có hướng dẫn"), p.row("Trải nghiệm nghề"), p.row("Bữa cơm quê"),
                                    p.row("Lưu trú homestay"))
    rev = [visits[y] * 0.05 + exper[y] * 0.12 + meals[y] * 0.15 + nights[y] * 0.35 for y in Y]
    staff = [6, 7, 7]
    lines = [[meals[y] * 0.15 * 0.45, exper[y] * 0.12 * 0.4, nights[y] * 0.35 * 0.5, staff[y] * 5 * 12,
              [60, 66, 72][y], 70, [300, 200, 100][y] * 0.07, rev[y] * 0.08, 80] for y in Y]
    cost = [sum(x) for x in lines]
    pre = [rev[y] - cost[y] for y in Y]
    post = [x * 0.8 for x in pre]
    p.check([round(x) for x in rev] == [1675, 2012, 2349], "revenue 1.675 / 2.012 / 2.349")
    p.check(all(close(a, b) for a, b in zip(cost, [1296.5, 1500.3, 1644])), "cost 1.296,5 / 1.500,3 / 1.644")
    p.check(all(close(a, b) for a, b in zip(pre, [378.5, 511.7, 705])), "pre-tax profit")
    p.check(all(close(a, b) for a, b in zip(post, [302.8, 409.4, 564])), "20 % tax")
    p.check(close(sum(post) / 3, 425.4) and close(800 / (425.4 + 70), 1.6, 0.02), "average 425,4, payback 1,6")
    p.check(350 + 150 + 60 + 140 + 40 + 60 == 800 == 500 + 300 and 350 + 150 + 60 + 140 == 700 and 700 / 10 == 70,
            "capital 800, fixed 700 / 10 years")
    p.check(all(nights[y] <= 10 * 365 for y in Y) and close(1300 / 3650, 0.36, 0.02), "room-nights within 10 rooms")
    p.check(all(rev[y] / rev[y - 1] < 1.25 for y in (1, 2)) and close(visits[0] / 6200, 1.29, 0.01), "growth")
    p.has("8.000 lượt × 50.000 đồng = 400 triệu đồng", "3.000 lượt × 120.000 đồng = 360 triệu đồng",
          "4.000 suất × 150.000 đồng = 600 triệu đồng", "900 đêm × 350.000 đồng = 315 triệu đồng",
          "Tổng doanh thu năm 2026 là 1.675 triệu đồng", "năm 2027 là 2.012 triệu đồng (475 + 432 + 720 + 385)",
          "năm 2028 là 2.349 triệu đồng (550 + 504 + 840 + 455)", "thực phẩm cho bữa ăn 270 triệu đồng",
          "chi trả nghệ nhân 144 triệu đồng", "chi trả hộ homestay 157,5 triệu đồng", "tiền lương 360 triệu đồng",
          "quảng bá, chiết khấu lữ hành 134 triệu đồng", "Tổng chi phí năm 2026 là 1.296,5 triệu đồng",
          "tổng chi phí là 1.500,3 triệu đồng (thực phẩm 324; nghệ nhân 172,8; homestay 192,5; lương 420; điện nước 66; khấu hao 70; lãi vay 14; quảng bá 161; chi khác 80)",
          "tổng chi phí là 1.644 triệu đồng (thực phẩm 378; nghệ nhân 201,6; homestay 227,5; lương 420; điện nước 72; khấu hao 70; lãi vay 7; quảng bá 187,9; chi khác 80)",
          "378,5 triệu đồng (2026), 511,7 triệu đồng (2027) và 705 triệu đồng (2028)",
          "302,8 triệu đồng, 409,4 triệu đồng và 564 triệu đồng", "800 : (425,4 + 70) ≈ 1,6 năm",
          "an toàn thực phẩm", "nhãn hiệu", "bể tự hoại", "Phòng cháy")
    clean(p)
    return p


def av04() -> Plan:
    p = Plan("av04_nuoc_ep_tao_meo_son_hong_ctcp")
    prod = [p.row(f"{2026 + y} |", 4) for y in Y]  # 330 ml, 500 ml, litres, fruit kg
    lines = [p.row(x) for x in ("Quả táo mèo (12.000", "Đường, phụ gia", "Chai, nắp, nhãn", "Tiền lương", "Điện, nước, hơi",
                                 "Khấu hao |", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    total = p.row("Tổng chi phí |")
    res = [p.row(f"{2026 + y} |", 5) for y in Y]  # the production rows have only 4 numbers
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        a, b, lit, fruit = prod[y]
        rev = a * 0.018 + b * 0.035
        p.check(close(lit, a * 0.33 + b * 0.5) and close(fruit, lit * 0.5), f"litres, fruit 0,5 kg/l {y}")
        p.check(close(lines[0][y], fruit * 0.012) and close(lines[1][y], lit * 0.004)
                and close(lines[2][y], a * 0.003 + b * 0.009) and close(lines[4][y], lit * 0.0015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[5][y], 150)
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev * 0.08), f"wages etc. {y}")
        p.check(close(total[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev) and close(r[1], total[y]) and close(r[2], r[0] - r[1]) and close(r[3], r[2] * 0.2)
                and close(r[4], r[2] - r[3]), f"result row {y}")
        p.check(fruit <= 40000 and lit <= 300 * 250, f"fruit supply 40 tấn, line 75.000 l {y}")
        if y:
            p.check(r[0] / res[y - 1][0] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Dây chuyền ép", "Cải tạo nhà xưởng", "Kho lạnh 40", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1200 + 800 and sum(items[:3]) == 1500, "capital 2.000")
    post = [r[4] for r in res]
    p.check(close(sum(post) / 3, 556.7) and close(2000 / (556.7 + 150), 2.8, 0.02), "payback 2,8")
    p.check(close(prod[0][2] / 38000, 1.3, 0.01), "+30 % on 2025")
    p.has("18.000 đồng/chai", "35.000 đồng/chai", "120.000 chai × 18.000 đồng = 2.160 triệu đồng",
          "20.000 chai × 35.000 đồng = 700 triệu đồng", "2.000 : (556,7 + 150) ≈ 2,8 năm", "khoảng 40 tấn/năm",
          "75.000 lít/năm", "TCCS 02:2026/SH", "Nghị định 111/2021/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện ATTP",
          "bể lắng", "nhãn hiệu")
    clean(p)
    return p


def av05() -> Plan:
    p = Plan("av05_ruou_dua_hau_cam_trung_htx")
    lit, bottles, melon, rice = (p.row("Rượu thành phẩm"), p.row("Số chai 500 ml"), p.row("Dưa hấu nguyên liệu"),
                                 p.row("Gạo nếp |"))
    rev, cost = p.row("Doanh thu (150.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dưa hấu (3.000", "Gạo nếp, men", "Chai, nút, nhãn", "Tiền công", "Nhiên liệu, điện",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm",
                                 "Thuế tiêu thụ đặc biệt")]
    prof = p.row("Lợi nhuận |")
    staff = [9 - 1, 9, 10]
    for y in Y:  # triệu đồng
        p.check(bottles[y] == lit[y] * 2 and close(melon[y], lit[y] * 8) and close(rice[y], lit[y] * 0.15), f"bottles, melon, rice {y}")
        p.check(close(rev[y], bottles[y] * 0.15), f"revenue {y}")
        p.check(close(lines[0][y], melon[y] * 0.003) and close(lines[1][y], lit[y] * 0.01)
                and close(lines[2][y], bottles[y] * 0.016) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], lit[y] * 0.008) and close(lines[5][y], 70)
                and close(lines[6][y], [500, 350, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[9][y], rev[y] * 65 / 165), f"cost lines, excise 65/165 {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(lit[y] <= 2 * 40 * 250, f"still capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
        # PLANTED material-shortfall: 4 ha x 25 t/ha x 80 % = 80 tấn, the only supply stated
        p.check(melon[y] > 4 * 25000 * 0.8 and off(melon[y], 80000), f"PLANTED melon need above 80 tấn {y}")
    p.check(off(128000, 80000, 50), "PLANTED 2028 shortfall 60 %")
    true = [rev[y] - cost[y] for y in Y]
    p.check(close(prof[0], true[0]) and close(prof[2], true[2]), "profit 2026, 2028 right")
    p.check(off(prof[1], true[1]) and close(true[1], 551), "PLANTED 2027 profit 651 vs 551")
    p.check(p.one("Tổng |") == 260 + 140 + 150 + 150 + 50 + 150 == 900 == 400 + 500 and 260 + 140 + 150 + 150 == 700,
            "capital 900 = 400 + 500, fixed 700")
    stated = 900 / (sum(prof) / 3 + 70)
    real = 900 / (sum(true) / 3 + 70)
    p.check(close(stated, 1.4, 0.02) and not off(1.4, real), "payback 1,4 stays within 5 % of the true 1,45")
    p.has("(420,8 + 651 + 681,1) : 3 ≈ 584,3", "900 : (584,3 + 70) ≈ 1,4 năm", "khoảng 80 tấn dưa mỗi năm",
          "đủ cho kế hoạch sản xuất cả giai đoạn", "8 kg dưa hấu quả tươi cho 1 lít", "Giấy phép sản xuất rượu thủ công",
          "QCVN 6-3:2010/BYT", "độ cồn", "nhãn hiệu", "an toàn thực phẩm", "khoảng 20.000 lít/năm")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|bể lắng|hầm biogas|đăng ký môi trường|\brác",
            "PLANTED no environmental measure")
    clean(p)
    return p


def av06() -> Plan:
    p = Plan("av06_mat_ong_hoa_mia_hoa_loi_ho")
    hives, kg, jars, bottles = p.row("Số đàn ong"), p.row("Sản lượng mật |"), p.row("Hũ 500 g"), p.row("Chai 1 kg")
    rev, cost, prof = p.row("Doanh thu"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Đường, thuốc thú y", "Thùng ong, chúa", "Hũ, chai, nắp", "Di chuyển đàn ong", "Công lao động",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Kiểm nghiệm, chi khác")]
    kg_fin = p.row("Sản lượng mật (kg)")
    staff = [4, 4, 5]
    true = [jars[y] * 110000 + bottles[y] * 200000 for y in Y]
    for y in Y:  # đồng
        p.check(close(kg[y], hives[y] * 15) and close(kg[y], jars[y] * 0.5 + bottles[y]) and kg_fin[y] == kg[y],
                f"15 kg/hive, packs {y}")
        p.check(close(lines[0][y], hives[y] * 300000) and close(lines[2][y], jars[y] * 6000 + bottles[y] * 9000)
                and close(lines[4][y], staff[y] * 6e6 * 12) and close(lines[5][y], 35e6)
                and close(lines[6][y], [200e6, 150e6, 100e6][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit = stated revenue - cost {y}")
    p.check(close(rev[0], true[0]) and close(rev[1], true[1]), "revenue 2026, 2027 right")
    p.check(off(rev[2], true[2]) and true[2] == 1_270_000_000, "PLANTED 2028 revenue 1.470 vs 1.270 triệu")
    p.check(120e6 + 150e6 + 80e6 + 30e6 + 70e6 == 450e6 == 250e6 + 200e6 and close(350e6 / 10, 35e6), "capital 450 = 250 + 200")
    stated = 450e6 / (sum(prof) / 3 + 35e6)
    real = 450e6 / ((sum(prof) - rev[2] + true[2]) / 3 + 35e6)
    p.check(close(stated, 0.9, 0.02) and off(0.9, real), "tolerated payback knock-on: 0,9 vs true 1,05")
    p.check(all(rev[y] / rev[y - 1] < 1.2 for y in (1,)) and close(kg[0] / 3500, 1.29, 0.01), "growth on true figures")
    p.has("110.000 đồng/hũ", "200.000 đồng/chai", "(287.000.000 + 420.250.000 + 673.500.000) : 3 ≈ 460.250.000",
          "450.000.000 : (460.250.000 + 35.000.000) ≈ 0,9 năm", "TCCS 01:2026/HL", "tự công bố",
          "an toàn thực phẩm", "đăng ký nhãn hiệu")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|hộ kinh doanh|mã số thuế|mã số hộ|giấy chứng nhận đăng ký|"
            r"doanh nghiệp|hợp tác xã|tổ hợp tác", "PLANTED no business registration")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|ghi trên (hũ|chai)", "PLANTED no label plan")
    clean(p)
    return p


def av07() -> Plan:
    p = Plan("av07_tra_hoa_sen_duc_dong_cty")
    box, bag, dry, fresh = (p.row("Trà hoa sen hộp 50 g"), p.row("Trà hoa sen túi lọc"), p.row("Tổng trà khô"),
                            p.row("Hoa sen tươi cần"))
    rev, rb, rt = p.row("Tổng doanh thu"), p.row("Hộp 50 g (120.000"), p.row("Hộp túi lọc (60.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Hoa sen tươi (40.000", "Bao bì, nhãn, túi lọc", "Tiền lương", "Điện sấy", "Khấu hao",
                                 "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [12, 13, 14]
    capacity_dry = 2 * 50 * 110 / 8
    for y in Y:  # tr.đ
        p.check(close(dry[y], box[y] * 0.05 + bag[y] * 0.04) and close(fresh[y], dry[y] * 8), f"dry kg, fresh 8:1 {y}")
        p.check(close(rb[y], box[y] * 0.12) and close(rt[y], bag[y] * 0.06) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.04) and close(lines[1][y], box[y] * 0.015 + bag[y] * 0.01)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], fresh[y] * 0.003)
                and close(lines[4][y], 100) and close(lines[5][y], [600, 400, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(fresh[y] <= 30000, f"fresh flowers within 30 tấn {y}")
        p.check(dry[y] > capacity_dry and off(dry[y], capacity_dry), f"PLANTED output above dryer capacity 1.375 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(capacity_dry == 1375 and off(2200, 1375, 50), "PLANTED 2028 60 % above capacity")
    p.check(off(1600, 660, 100), "tolerated knock-on: 2026 output 2,4 × 2025 (660 kg)")
    p.check(400 + 250 + 250 + 100 + 80 + 420 == 1500 == 900 + 600 and 400 + 250 + 250 + 100 == 1000, "capital 1,5 tỷ")
    p.check(close(sum(post) / 3, 928.3) and close(1500 / (928.3 + 100), 1.5, 0.03), "payback 1,5")
    p.has("120.000 đồng/hộp", "60.000 đồng/hộp", "mỗi máy sấy 50 kg hoa tươi/mẻ, mỗi mẻ 24 giờ", "khoảng 110 ngày",
          "công suất sấy của xưởng đáp ứng đủ kế hoạch", "1.500 : (928,3 + 100) ≈ 1,5 năm")
    p.check(p.count("Quyết định số 1048/QĐ-TTg") == 1 and p.count("Quyết định 1048/QĐ-TTg") == 1, "PLANTED QĐ 1048 cited twice")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED no current criteria decision")
    p.check(p.count("Công ty TNHH Trà Sen Bình An") == 3 and p.count("Công ty TNHH Hương Sen Đức Đồng") == 1
            and p.count("CÔNG TY TNHH HƯƠNG SEN ĐỨC ĐỒNG") == 1, "PLANTED a second producer name, three times")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def av08() -> Plan:
    p = Plan("av08_tom_rang_muoi_bien_nhuong_ctcp")
    box, bag, kg, shrimp = p.row("Hộp 200 g |"), p.row("Túi 500 g |"), p.row("Tổng thành phẩm"), p.row("Tôm tươi nguyên liệu")
    rev, rb, rt = p.row("Doanh thu |"), p.row("Hộp 200 g (95.000"), p.row("Túi 500 g (220.000")
    lines = [p.row(x) for x in ("Tôm tươi (80.000", "Muối, tỏi", "Hộp, túi, nhãn", "Tiền lương", "Gas, điện, nước",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    total, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    staff = [14, 15, 18]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], box[y] * 0.2 + bag[y] * 0.5) and close(shrimp[y], kg[y] * 2.5), f"kg, shrimp 2,5 {y}")
        p.check(close(rb[y], box[y] * 0.095) and close(rt[y], bag[y] * 0.22) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], shrimp[y] * 0.08) and close(lines[1][y], kg[y] * 0.005)
                and close(lines[2][y], box[y] * 0.005 + bag[y] * 0.007) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], kg[y] * 0.01) and close(lines[5][y], 120)
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 0.06),
                f"cost lines {y}")
        p.check(close(prof[y], rev[y] - total[y]), f"profit = revenue - stated total {y}")
        p.check(shrimp[y] <= 50000 and kg[y] <= 2 * 35 * 300, f"shrimp contract 50 tấn, roaster 21.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(close(total[0], lines_sum(lines, 0)) and close(total[2], lines_sum(lines, 2)), "totals 2026, 2028 right")
    p.check(off(total[1], lines_sum(lines, 1)) and close(lines_sum(lines, 1), 5167.3), "PLANTED 2027 total 4.767,3 vs 5.167,3")
    p.check(off(prof[1], rev[1] - lines_sum(lines, 1)), "tolerated profit knock-on 1.637,7 vs 1.237,7")
    p.check(close(kg[0], 12000) and off(15000, kg[0]) and p.count("Năm 2026 sản xuất 15 tấn") == 1,
            "PLANTED 2026 output: 15 tấn in the objectives, 12.000 kg in the table")
    items = [p.one(x) for x in ("2 lò rang", "Máy sấy khí nóng", "Máy hút chân không", "Nâng cấp kho lạnh", "Cải tạo xưởng",
                                "Bao bì, đăng ký", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng |") == 2000 == 1000 + 1000 and sum(items[:5]) == 1200, "capital 2.000")
    stated = 2000 / (sum(prof) / 3 + 120)
    real = 2000 / ((sum(prof) - prof[1] + rev[1] - lines_sum(lines, 1)) / 3 + 120)
    p.check(close(stated, 1.3, 0.03) and off(1.3, real), "tolerated payback knock-on 1,3 vs 1,4")
    p.has("95.000 đồng/hộp", "220.000 đồng/túi", "475.000 đồng/kg", "440.000 đồng/kg", "50 tấn tôm nhỏ mỗi năm",
          "21.000 kg/năm", "2.000 : (1.449,4 + 120) ≈ 1,3 năm", "TCCS 03:2026/BN", "Nghị định 111/2021/NĐ-CP",
          "đăng ký môi trường", "nhãn hiệu")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|đủ điều kiện|HACCP|ISO 22000|15/2018|Luật An toàn|bản cam kết|"
            r"khám sức khỏe|GMP", "PLANTED no food safety")
    clean(p)
    return p


def av09() -> Plan:
    p = Plan("av09_mien_luon_ky_khang_tht")
    packs, noodle, eel, starch, staff = (p.row("Miến lươn khô (gói"), p.row("Miến dong khô"), p.row("Lươn tươi nguyên liệu"),
                                         p.row("Tinh bột dong |"), p.row("Lao động |"))
    rev, cost, prof = p.row("Doanh thu (75.000"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Lươn tươi (16.000", "Tinh bột dong, gia vị", "Bao bì, nhãn", "Điện, than", "Tiền công",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Chi khác")]
    for y in Y:  # tr.đ
        p.check(close(noodle[y], packs[y] * 0.2) and close(eel[y], packs[y] * 0.16) and close(starch[y], packs[y] * 0.22),
                f"noodles, eel, starch {y}")
        p.check(close(rev[y], packs[y] * 0.075), f"revenue {y}")
        p.check(close(lines[0][y], packs[y] * 0.016) and close(lines[1][y], packs[y] * 0.006)
                and close(lines[2][y], packs[y] * 0.003) and close(lines[3][y], packs[y] * 0.002)
                and close(lines[4][y], staff[y] * 5 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(eel[y] <= 20000 and starch[y] <= 25000, f"eel 20 tấn, starch 25 tấn contracts {y}")
        p.check(noodle[y] <= 100 * 280 and eel[y] <= 60 * 280, f"noodle 28.000 kg, dryer 16.800 kg capacity {y}")
        p.check(packs[y] / staff[y] / 280 < 30, f"output per worker-day {y}")
    p.check(rev[1] / rev[0] > 2 and rev[2] / rev[1] > 2 and off(rev[1], rev[0], 100) and off(rev[2], rev[1], 100),
            "PLANTED growth +150 % and +157 % a year")
    p.check(packs[2] > 5 * (4000 + 8000 + 3000), "PLANTED 2028 output 6 × the named customers' 15.000 gói")
    p.check(close(packs[0] / 10000, 1.4, 0.01), "first year +40 % on 2025 (no capacity jump)")
    items = [p.one(x) for x in ("Máy tráng, cắt miến", "Máy sấy 2 buồng", "Máy hút chân không", "Cải tạo nhà xưởng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 800 and sum(items[:4]) == 600 and close(600 / 7.5, 80), "items = 800")
    p.check(off(300 + 400, 800) and p.count("Vốn góp của các tổ viên: 300 triệu đồng") == 1
            and p.count("Vay Ngân hàng Chính sách xã hội: 400 triệu đồng") == 1, "PLANTED sources 700 vs total 800")
    p.check(close(sum(prof) / 3, 1409.3) and close(800 / (1409.3 + 80), 0.5, 0.08), "payback 0,5 on the stated 800")
    p.has("75.000 đồng/gói", "khoảng 20 tấn lươn/năm", "25 tấn/năm", "800 : (1.409,3 + 80) ≈ 0,5 năm",
          "Giấy chứng nhận đăng ký tổ hợp tác số 05/GCN-THT", "Nghị định 111/2021/NĐ-CP", "bể lắng")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|độc quyền", "PLANTED no trademark")
    clean(p)
    return p


def av10() -> Plan:
    p = Plan("av10_sua_dua_ky_xuan_htx")
    bottles, lit, nuts = p.row("Sữa dừa chai 250 ml", 4), p.row("Quy ra lít", 4), p.row("Dừa nguyên liệu |", 4)
    rev = p.row("Doanh thu (20.000", 4)
    lines = [p.row(x, 4) for x in ("Dừa nguyên liệu (10.000", "Đường, phụ liệu", "Chai, nắp, nhãn", "Điện, nước, củi",
                                    "Tiền công", "Khấu hao", "Lãi vay", "Vận chuyển, quảng bá", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí", 4), p.row("Lợi nhuận |", 4)
    staff = [7, 7, 8, 8]
    for y in Y4:  # triệu đồng
        p.check(close(lit[y], bottles[y] * 0.25) and close(nuts[y], bottles[y] * 0.5), f"litres, coconuts {y}")
        p.check(close(rev[y], bottles[y] * 0.02), f"revenue {y}")
        p.check(close(lines[0][y], nuts[y] * 0.01) and close(lines[1][y], bottles[y] * 0.0008)
                and close(lines[2][y], bottles[y] * 0.0025) and close(lines[3][y], bottles[y] * 0.0007)
                and close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 90)
                and close(lines[6][y], [600, 450, 300, 150][y] * 0.07) and close(lines[7][y], rev[y] * 0.04), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(nuts[y] <= 12 * 150 * 60 and lit[y] <= 200 * 250, f"coconut supply 108.000, line 50.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(650 + 100 + 150 + 50 + 250 == 1200 == 600 + 600 and 650 + 100 + 150 == 900, "capital 1.200")
    avg = sum(prof) / 4
    p.check(avg == 654.75, "average profit 654,75")
    true = 1200 / (avg + 90)
    p.check(close(true, 1.61, 0.01) and off(2.6, true), "PLANTED payback 2,6 vs 1.200 : 744,75 = 1,61")
    p.has("1.200 : (654,75 + 90) ≈ 2,6 năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 111/2021/NĐ-CP", "nộp đơn đăng ký nhãn hiệu", "Kiểm soát chất lượng nội bộ", "bể lắng")
    market = p.section("# Chương 7. Thị trường", "# Chương 8.")
    p.check(not re.search(r"đồng|\bgiá\b|khách hàng|người mua", market, re.I), "PLANTED the market section names no customer or price")
    p.lacks(r"đại lý|cửa hàng|siêu thị|\bchợ\b|phân phối|bán lẻ|bán buôn|hội chợ|facebook|zalo|shopee|tiktok|lazada|"
            r"sàn thương mại|trực tuyến|online|nhà hàng|quán|khách hàng|đơn hàng|hợp đồng tiêu thụ|điểm bán|xúc tiến",
            "PLANTED no sales channel anywhere")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|quy chuẩn|hợp quy|kiểm nghiệm|\bchuẩn\b", "PLANTED no product standard")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("av11_banh_goi_co_lan_so_sai")
    a.check(300 * 6000 == 1_800_000, "300 bánh × 6.000 đồng a day")
    a.has("khoảng 300 chiếc bánh", "6.000 đồng/chiếc", "khoảng 100 triệu đồng", "đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường", "no compliance item (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("av12_tuong_ot_xanh_dong_van_so_sai")
    b.has("vài trăm chai", "45.000 đồng/chai", "chưa làm thủ tục thành lập tổ hợp tác hay đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường", "no compliance item (tolerated gaps)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def shared_sentences(plans: list[Plan]) -> Plan:
    """No sentence of 12 words or more appears in two plans (the boilerplate rule must not fire)."""
    s = Plan("av01_com_gao_tung_loc_htx")
    s.stem = "(shared sentences)"
    s.failures = []
    seen: dict[str, str] = {}
    for p in plans:
        for sent in re.split(r"(?<=[.;:!?])\s+|\n", p.body):
            sent = " ".join(sent.split())
            if len(sent.split()) >= 12 and not sent.startswith("|"):
                if sent in seen and seen[sent] != p.stem:
                    s.failures.append(f"{seen[sent]} and {p.stem}: {sent[:80]}")
                seen.setdefault(sent, p.stem)
    return s


def main() -> int:
    plans = [fn() for fn in (av01, av02, av03, av04, av05, av06, av07, av08, av09, av10)] + sketchy()
    return plancheck.report(plans + [shared_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
