"""The forty-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout49/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %; a payback rounded to one decimal within 3 %).
Table figures are read from the plan's source; figures quoted from running text are looked up
verbatim. The textual planted defects (no environment measure, a replaced instrument, no label,
no food safety, a second producer name, no registration, no product standard, no trademark, no
sales channel) are asserted too, as is the absence of template placeholders in every plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018|Luật Hợp tác xã (năm )?2012"


class Plan(plancheck.Plan):
    src = HERE / "src"


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def ready_extra(p: Plan) -> None:
    clean(p)
    p.lacks(OLD, "ready plan cites a replaced instrument")


def ax01() -> Plan:
    p = Plan("ax01_banh_trang_me_den_tung_loc_htx")
    goi, xap, chiec, kg = p.row("Bánh nướng sẵn gói 5 chiếc"), p.row("Bánh sống xấp 10 chiếc"), p.row("Tổng số chiếc bánh"), p.row("Khối lượng bánh thành phẩm")
    gao, me = p.row("Gạo tẻ Khang dân"), p.row("Mè đen |")
    rev, rg, rx = p.row("Tổng doanh thu"), p.row("Bánh nướng sẵn (30.000"), p.row("Bánh sống (35.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo (15.000", "Mè đen (60.000", "Muối, đường, hành", "Bao bì, nhãn", "Trấu, điện",
                                 "Tiền lương lao động", "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(chiec[y] == goi[y] * 5 + xap[y] * 10 and close(kg[y], chiec[y] * 0.05), f"pieces, kg {y}")
        p.check(close(gao[y], kg[y] * 0.8) and close(me[y], kg[y] * 0.06), f"rice 0,8, sesame 0,06 {y}")
        p.check(close(rg[y], goi[y] * 0.03) and close(rx[y], xap[y] * 0.035) and close(rev[y], rg[y] + rx[y]), f"revenue {y}")
        p.check(close(lines[0][y], gao[y] * 0.015) and close(lines[1][y], me[y] * 0.06) and close(lines[2][y], kg[y] * 0.002)
                and close(lines[3][y], goi[y] * 0.002 + xap[y] * 0.0015) and close(lines[4][y], kg[y] * 0.003), f"unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 5 * 12) and close(lines[6][y], 80) and close(lines[7][y], [400, 300, 200][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.05), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % tax {y}")
        p.check(chiec[y] <= 2 * 250 * 8 * 280 and gao[y] <= 25000 and me[y] <= 5 * 450, f"capacity, rice, sesame {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(320 + 130 + 290 + 60 + 50 + 350 == 1200 == p.one("Tổng cộng") == 600 + 200 + 400 and 320 + 130 + 290 + 60 == 800,
            "capital 1.200 = 600 + 200 + 400, fixed 800")
    avg = sum(post) / 3
    p.check(close(avg, 412, 0.001) and close(1200 / (412 + 80), 2.4, 0.03), "average 412, payback 2,4")
    p.check(close(kg[0] / 18500, 1.13, 0.01), "+13 % on 2025")
    p.has("30.000 đồng/gói", "35.000 đồng/xấp", "1.200 : 492 ≈ 2,4 năm", "2 × 250 × 8 × 280 = 1.120.000", "25 tấn gạo/năm",
          "5 ha, năng suất bình quân 0,45 tấn/ha")
    ready_extra(p)
    return p


def ax02() -> Plan:
    p = Plan("ax02_choi_lua_ky_van_hkd")
    lon, mini = [12000, 13500, 15000], [6000, 7000, 8000]
    p.has("năm 2026 sản xuất 12.000 cái chổi lớn và 6.000 cái chổi nhỏ", "năm 2027 sản xuất 13.500 cái chổi lớn và 7.000 cái chổi nhỏ",
          "năm 2028 sản xuất 15.000 cái chổi lớn và 8.000 cái chổi nhỏ", "40.000 đồng/cái", "18.000 đồng/cái")
    summ = [p.row(f"Năm {2026 + y}", 5) for y in Y]  # chổi lớn, chổi nhỏ, revenue, cost, profit (nghìn đồng)
    lines = [p.row(x) for x in ("Bông lúa (6.000", "Cán tre", "Dây cói", "Thẻ giấy", "Lương lao động thuê", "Khấu hao tài sản",
                                 "Lãi vay", "Điện, muối", "Bán hàng, vận chuyển", "Thuế khoán")]
    cost = p.row("Tổng chi phí |")
    hired = [3, 3, 4]
    lua = [lon[y] * 0.5 + mini[y] * 0.2 for y in Y]
    for y in Y:
        s = summ[y]
        p.check(close(s[0], lon[y] * 40) and close(s[1], mini[y] * 18) and close(s[2], s[0] + s[1]), f"revenue {y}")
        p.check(close(lines[0][y], lua[y] * 6) and close(lines[1][y], lon[y] * 4 + mini[y] * 1.5)
                and close(lines[2][y], (lon[y] + mini[y]) * 1.5) and close(lines[3][y], lon[y] + mini[y]), f"unit costs {y}")
        p.check(close(lines[4][y], hired[y] * 4200 * 12) and close(lines[5][y], 24000) and close(lines[6][y], 6600)
                and close(lines[8][y], s[2] * 0.06) and close(lines[9][y], s[2] * 0.015), f"wages, depreciation, interest, shares {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[3], cost[y]) and close(s[4], s[2] - s[3]), f"cost, profit {y}")
        p.check(lua[y] <= 13000 and lon[y] + mini[y] * 0.5 <= (hired[y] + 3) * 12 * 280, f"straw supply, labour capacity {y}")
        if y:
            p.check(s[2] / summ[y - 1][2] < 1.2, f"growth {y}")
    p.check(close(lua[0], 7200) and close(lua[2], 9100), "7,2 and 9,1 tấn straw")
    items = [p.one(x) for x in ("Nhà xưởng khung thép", "Máy ép bó", "Máy khâu đai", "Máy tuốt", "Thiết kế thẻ", "Vốn lưu động mua")]
    p.check(sum(items) == p.one("Cộng |") == 300000 == 200000 + 100000 and sum(items[:4]) == 240000 and 240000 / 10 == 24000
            and close(100000 * 0.066, 6600), "capital 300 triệu = 200 + 100, fixed 240, interest 6,6 %")
    prof = [s[4] for s in summ]
    p.check(sum(prof) / 3 == 246300 and close(300000 / (246300 + 24000), 1.1, 0.03), "average 246.300, payback 1,1")
    p.check(close(246300 / 3 / 12, 6842, 0.01), "6,8 triệu per family member a month")
    p.check(9600 + 3000 / 2 == 11100 and close(15000 / 11100, 1.35, 0.01) and 6 * 12 * 280 == 20160, "+35 % on 2025, 20.160 capacity")
    p.has("(210.900 + 263.100 + 264.900) : 3 = 246.300", "300.000 : (246.300 + 24.000) ≈ 1,1 năm", "tổng khoảng 12 tấn/năm")
    ready_extra(p)
    return p


def ax03() -> Plan:
    p = Plan("ax03_trai_nghiem_lam_mam_cua_sot_htx")
    guests, meals, staff = [p.row(f"Năm {2026 + y}", 3) for y in Y], None, None
    g = [r[0] for r in guests]
    meals = [r[1] for r in guests]
    staff = [r[2] for r in guests]
    tick = [x * 0.18 for x in g]
    food = [m * 0.12 for m in meals]
    rev = [tick[y] + food[y] for y in Y]
    cost = [g[y] * 0.035 + meals[y] * 0.06 + staff[y] * 6 * 12 + 110 + [40, 30, 20][y] + rev[y] * 0.05 + 60 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    post = [x * 0.85 for x in pre]
    p.check(g == [6000, 7200, 8400] and meals == [x / 2 for x in g] and staff == [6, 7, 8], "visitors, meals, staff")
    p.check([round(x) for x in tick] == [1080, 1296, 1512] and [round(x) for x in food] == [360, 432, 504]
            and [round(x) for x in rev] == [1440, 1728, 2016], "revenue")
    p.check([round(x, 1) for x in cost] == [1104, 1258.4, 1412.8], "cost")
    p.check([round(x, 1) for x in pre] == [336, 469.6, 603.2] and [round(x, 2) for x in post] == [285.6, 399.16, 512.72], "profit, 15 % tax")
    p.check(close(sum(post) / 3, 399.16, 0.001) and close(1500 / (399.16 + 110), 2.9, 0.03), "payback 2,9")
    p.check(520 + 180 + 150 + 90 + 160 + 50 + 350 == 1500 == 700 + 300 + 500 and 520 + 180 + 150 + 90 + 160 == 1100, "capital, fixed")
    p.check(2 * 25 * 300 == 15000 and g[2] <= 15000 and close(g[0] / 5200, 1.15, 0.01) and close(g[1] / g[0], 1.2) and close(g[2] / g[1], 1.167, 0.01),
            "capacity, growth")
    p.has("6.000 lượt khách × 180.000 đồng = 1.080 triệu đồng", "3.000 suất × 120.000 đồng = 360 triệu đồng",
          "Tổng chi phí năm 2026 là 1.104 triệu đồng", "Năm 2027 tổng chi phí 1.258,4 triệu đồng (trải nghiệm 252 triệu, thực phẩm 216 triệu, lương 7 người 504 triệu, khấu hao 110 triệu, lãi vay 30 triệu, quảng bá 86,4 triệu",
          "Năm 2028 tổng chi phí 1.412,8 triệu đồng (trải nghiệm 294 triệu, thực phẩm 252 triệu, lương 8 người 576 triệu, khấu hao 110 triệu, lãi vay 20 triệu, quảng bá 100,8 triệu",
          "lần lượt 285,6 triệu, 399,16 triệu và 512,72 triệu đồng", "1.500 triệu đồng : (399,16 + 110) triệu đồng/năm ≈ 2,9 năm",
          "vé 1.296 triệu đồng, suất ăn 432 triệu đồng, tổng 1.728 triệu đồng", "vé 1.512 triệu đồng, suất ăn 504 triệu đồng, tổng 2.016 triệu đồng")
    ready_extra(p)
    return p


def ax04() -> Plan:
    p = Plan("ax04_nuoc_ep_ca_chua_cam_due_ctcp")
    chai, thung, tom, staff = p.row("Nước ép cà chua chai 250 ml"), p.row("Quy ra thùng"), p.row("Cà chua tươi nguyên liệu"), p.row("Lao động trực tiếp")
    rev = p.row("Doanh thu (20.000")
    lines = [p.row(x) for x in ("Cà chua tươi (8.000", "Đường phèn, muối", "Chai, nắp, nhãn", "Thùng carton", "Lương lao động trực tiếp",
                                 "Điện, nước, hơi", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý doanh nghiệp", "Kiểm nghiệm định kỳ")]
    cost, pre, tax, post = p.row("Tổng chi phí (2"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(rev[y], chai[y] * 0.02) and close(thung[y], chai[y] / 24, 0.001) and close(tom[y], chai[y] * 0.35), f"revenue, cartons, tomatoes {y}")
        p.check(close(lines[0][y], tom[y] * 0.008) and close(lines[1][y], chai[y] * 0.0008) and close(lines[2][y], chai[y] * 0.0035)
                and close(lines[3][y], chai[y] / 24 * 0.012) and close(lines[5][y], chai[y] * 0.0006), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[6][y], 180) and close(lines[7][y], [1200, 900, 600][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.08), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(chai[y] <= 1500 * 250 and tom[y] <= 4 * 25 * 1000, f"line capacity, tomato supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Dây chuyền ép", "Kho lạnh 30", "Cải tạo nhà xưởng", "Máy dán nhãn", "Thiết kế nhãn", "Vốn lưu động (mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 2400 == 1200 + 1200 and sum(items[:4]) == 1800, "capital, fixed 1.800")
    p.check(close(sum(post) / 3, 560.2, 0.001) and close(2400 / (560.2 + 180), 3.2, 0.03), "average 560,2, payback 3,2")
    p.check(close(chai[0] / 42000, 3.8, 0.01), "3,8× the 2025 trial, with the new line")
    p.check(close(post[0] / rev[0], 0.123, 0.01) and close(post[2] / rev[2], 0.173, 0.01), "12,3–17,3 % margin")
    p.has("20.000 đồng/chai", "1.500 chai/ca", "375.000 chai/năm", "2.400 : (560,2 + 180) ≈ 3,2 năm", "tổng khoảng 100 tấn/năm")
    ready_extra(p)
    return p


def ax05() -> Plan:
    p = Plan("ax05_ruou_nep_duc_yen_ho_hkd")
    chai, can, lit, nep = p.row("Rượu chai 500 ml"), p.row("Rượu can 5 lít"), p.row("Tổng sản lượng rượu"), p.row("Gạo nếp cần dùng")
    rc, rk, rev = p.row("Doanh thu rượu chai"), p.row("Doanh thu rượu can"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp (20.000", "Men lá, củi", "Chai, nắp, can", "Công lao động", "Khấu hao thiết bị", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Thuế TTĐB")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    supply = 2 * 5000 + 0.3 * 5000
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 5 and close(nep[y], lit[y] / 0.6), f"litres, rice at 0,6 l/kg {y}")
        p.check(close(rc[y], chai[y] * 0.08) and close(rk[y], can[y] * 0.55) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], nep[y] * 0.02) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], chai[y] * 0.006 + can[y] * 0.015), f"unit costs {y}")
        p.check(close(lines[3][y], 4 * 3 * 12) and close(lines[4][y], 30) and close(lines[5][y], [100, 50, 0][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], rev[y] * 0.10), f"labour, depreciation, interest, shares {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 60 * 300 * 0.6 and lit[y] <= 12000, f"still capacity, licence {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(supply == 11500 and nep[0] <= supply and nep[1] <= supply, "2026, 2027 within 11,5 tấn")
    p.check(nep[2] == 13500 and off(nep[2], supply) and close(nep[2] / supply, 1.174, 0.001), "PLANTED 2028 needs 13.500 kg > 11.500 (+17 %)")
    p.check(90 + 30 + 30 + 30 + 40 + 80 == 300 == p.one("Cộng |") == 200 + 100 and 90 + 30 + 30 + 30 == 180 == 30 * 6, "capital, fixed")
    p.check(close(sum(prof) / 3, 249.4, 0.001) and close(300 / (249.4 + 30), 1.1, 0.03), "average 249,4, payback 1,1")
    p.check(close(lit[0] / 4800, 1.125, 0.001), "+12,5 % on 2025")
    p.has("80.000 đồng/chai", "550.000 đồng/can", "1 kg gạo nếp cho 0,6 lít", "Tổng nguồn nếp khoảng 11,5 tấn/năm",
          "đáp ứng đủ nhu cầu nguyên liệu", "300 : (249,4 + 30) ≈ 1,1 năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 07")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|bã rượu|hầm biogas|biogas|mùi hôi|xử lý nước|ô nhiễm|khói",
            "PLANTED no environmental measure anywhere")
    clean(p)
    return p


def ax06() -> Plan:
    p = Plan("ax06_mat_ong_hoa_ca_phe_huong_lien_cty")
    hu, chai, kg = p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Tổng mật thành phẩm")
    revrows = [r for r in p.rows if r[1] in ("Hũ 500 g", "Chai 1 kg")]
    p.check(len(revrows) == 6, "six revenue rows")
    totals = [p.one(f"Cộng năm {2026 + y}") for y in Y]
    for r in revrows:
        q, price, amt = plancheck.vn(r[2]), plancheck.vn(r[3]), plancheck.vn(r[4])
        good = close(amt, q * price / 1e6)
        if r[1] == "Hũ 500 g" and q == 5600:
            p.check(q * price / 1e6 == 840 and amt == 924 and off(amt, 840), "PLANTED 2027 hũ 924 != 5.600 × 150.000 = 840 (+10 %)")
        else:
            p.check(good, f"revenue row {r[1]} {q}")
    amts = [plancheck.vn(r[4]) for r in revrows]
    p.check(all(close(totals[y], amts[2 * y] + amts[2 * y + 1]) for y in Y), "year totals = their rows")
    true = [hu[y] * 0.15 + chai[y] * 0.28 for y in Y]
    p.check(close(totals[0], true[0]) and close(totals[2], true[2]) and off(totals[1], true[1]) and close(totals[1] / true[1], 1.0566, 0.001),
            "PLANTED 2027 total 1.568 != 1.484 (+5,7 %); 2026, 2028 right")
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Chăm sóc đàn ong", "Hũ, chai, nắp", "Lương lao động trực tiếp", "Di chuyển đàn ong", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp", "Kiểm nghiệm |")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 15%"), p.row("Lợi nhuận sau thuế")
    staff = [6, 6, 7]
    for y in Y:
        p.check(close(rev[y], totals[y]) and kg[y] == hu[y] * 0.5 + chai[y], f"revenue carried, kg {y}")
        p.check(close(lines[1][y], hu[y] * 0.008 + chai[y] * 0.012) and close(lines[2][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], 60) and close(lines[5][y], [400, 300, 200][y] * 0.08), f"packaging, wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax on the stated revenue {y}")
        p.check(kg[y] <= 400 * 15 and kg[y] <= 200 * 2 * 90, f"honey from 400 colonies, dryer capacity {y}")
    p.check(280 + 90 + 60 + 170 + 50 + 350 == 1000 == 600 + 400 and 280 + 90 + 60 + 170 == 600, "capital, fixed")
    written = sum(post) / 3
    true_post1 = (true[1] - cost[1]) * 0.85
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(close(written, 384.8, 0.001) and close(1000 / (written + 60), 2.3, 0.03) and close(1000 / (true_avg + 60), 2.3, 0.04),
            "stated payback 2,3 within tolerance of both the written (2,25) and true (2,38) profit: no knock-on")
    p.check(close(kg[0] / 4000, 1.125, 0.001), "+12 % on 2025")
    p.has("Công ty hiện có 400 đàn ong nội", "Tổng đàn ong của công ty là 520 đàn ong nội")  # PLANTED figure-inconsistent
    p.check(off(520, 400) and p.count("400 đàn") == 1 and p.count("520 đàn") == 1, "PLANTED 400 vs 520 colonies, each stated once")
    p.has("150.000 đồng/hũ", "280.000 đồng/chai", "15 kg mật/đàn/năm")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô", "PLANTED no label, label content or decree")
    clean(p)
    return p


def ax07() -> Plan:
    p = Plan("ax07_tra_la_mang_cau_xiem_xuan_vien_htx")
    hop, tui, kg, la = p.row("Trà túi lọc hộp 25"), p.row("Trà lá sấy túi 200"), p.row("Tổng trà thành phẩm"), p.row("Lá tươi nguyên liệu")
    areas = [p.row(x, 3) for x in ("Vườn của hợp tác xã", "Thôn Tân Thủy", "Thôn Hòa Bình", "Thôn Phú Lợi")]
    tot = p.row("Tổng cộng", 3)
    p.check(sum(a[0] for a in areas) == tot[0] == 41, "households 41 (right)")
    ha, tons = sum(a[1] for a in areas), sum(a[2] for a in areas)
    p.check(close(ha, 9.0) and close(tons, 18.0) and all(close(a[2], a[1] * 2) for a in areas), "rows: 9,0 ha, 18,0 tấn at 2 tấn/ha")
    p.check(tot[1] == 10.5 and tot[2] == 21.0 and off(tot[1], ha) and off(tot[2], tons), "PLANTED total row 10,5 ha / 21,0 tấn != 9,0 / 18,0")
    rh, rt, rev = p.row("Doanh thu trà túi lọc"), p.row("Doanh thu trà lá"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Lá tươi (6.000", "Túi lọc, hộp", "Lương lao động", "Điện sấy", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, chiết khấu", "Quản lý |", "Kiểm nghiệm định kỳ")]
    cost, pre, tax, post = p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 15%"), p.row("Lợi nhuận sau thuế")
    staff = [8, 8, 9]
    for y in Y:
        p.check(close(kg[y], hop[y] * 0.05 + tui[y] * 0.2) and close(la[y], kg[y] * 5) and la[y] <= tons * 1000, f"kg, leaves within 18 tấn {y}")
        p.check(close(rh[y], hop[y] * 0.045) and close(rt[y], tui[y] * 0.06) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], la[y] * 0.006) and close(lines[1][y], hop[y] * 0.007 + tui[y] * 0.004) and close(lines[3][y], kg[y] * 0.004)
                and close(lines[2][y], staff[y] * 5.5 * 12) and close(lines[4][y], 70) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(la[y] <= 100 * 2 * 200 and hop[y] * 25 <= 30 * 60 * 6 * 250, f"dryer, bagging capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(250 + 80 + 270 + 100 + 60 + 340 == 1100 == 500 + 300 + 300 and 250 + 80 + 270 + 100 == 700, "capital, fixed")
    p.check(close(sum(post) / 3, 328.6, 0.001) and close(1100 / (328.6 + 70), 2.8, 0.03), "average 328,6, payback 2,8")
    p.check(close(kg[0] / 1800, 1.22, 0.01), "+22 % on 2025")
    p.has("45.000 đồng/hộp", "60.000 đồng/túi", "5 kg lá tươi cho 1 kg trà")
    p.check(p.count("Hợp tác xã Dược liệu Xuân Viên") >= 3 and p.count("Hợp tác xã Nông nghiệp Kỳ Sơn") == 2,
            "PLANTED a second producer name in section 14 and 15")
    p.lacks(r"an toàn thực phẩm|ATTP|HACCP|ISO 22000|vệ sinh thực phẩm|đủ điều kiện|cam kết bảo đảm", "PLANTED no food-safety item")
    clean(p)
    return p


def ax08() -> Plan:
    p = Plan("ax08_kho_ca_loc_ky_thu_tht")
    tui, hop, kg, fish = p.row("Khô cá lóc túi 500"), p.row("Khô cá lóc hộp 300"), p.row("Tổng khô thành phẩm"), p.row("Cá lóc tươi nguyên liệu")
    rt, rh, rev = p.row("Doanh thu túi"), p.row("Doanh thu hộp"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá tươi (60.000", "Gia vị (10.000", "Túi, hộp, nhãn", "Lương lao động thuê", "Điện sấy",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (5%", "Chi phí chung")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    hired = [4, 5, 6]
    for y in Y:
        p.check(close(kg[y], tui[y] * 0.5 + hop[y] * 0.3) and close(fish[y], kg[y] * 3), f"kg, fish 3:1 {y}")
        p.check(close(rt[y], tui[y] * 0.2) and close(rh[y], hop[y] * 0.14) and close(rev[y], rt[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.06) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], tui[y] * 0.005 + hop[y] * 0.008)
                and close(lines[3][y], hired[y] * 5 * 12) and close(lines[4][y], kg[y] * 0.01) and close(lines[5][y], 60)
                and close(lines[6][y], [200, 150, 100][y] * 0.08) and close(lines[7][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fish[y] <= 40000 and fish[y] <= 2 * 150 * 280, f"fish within 40 tấn commitment and dryer capacity {y}")
    g = [rev[1] / rev[0], rev[2] / rev[1]]
    p.check(all(x > 2.2 for x in g) and kg[2] / 2300 > 5, "PLANTED ×2,3 a year, 5,2× 2025 by 2028")
    p.check(close(5 * 25 * 12 + 2 * 30 * 12, 2220, 0.001), "named buyers take about 2 tấn/năm")
    p.check(220 + 120 + 60 + 80 + 40 + 280 == 800 == 600 + 200 and 220 + 120 + 60 + 80 == 480 == 60 * 8, "capital, fixed")
    avg = sum(prof) / 3
    p.check(close(avg, 811.3, 0.001) and close(800 / (avg + 60), 0.92, 0.01) and off(1.6, 800 / (avg + 60)), "PLANTED payback 1,6 != 0,92")
    p.check(84.5 + 60 + 583 + 60 < 800 < 84.5 + 583 + 1766.5 + 180 and off(1.6, 800 / (84.5 + 60)), "1,6 matches neither cumulative (~2) nor first-year (5,5)")
    p.has("800 : (811,3 + 60) ≈ 1,6 năm", "200.000 đồng/túi", "140.000 đồng/hộp", "tối thiểu 40 tấn/năm", "150 kg cá tươi/mẻ")
    p.lacks(r"đăng ký|mã số thuế|hợp đồng hợp tác|giấy chứng nhận|chứng thực", "PLANTED no registration of the tổ hợp tác")
    clean(p)
    return p


def ax09() -> Plan:
    p = Plan("ax09_nem_ran_dong_lanh_thach_lac_ctcp")
    khay, tui, kg = p.row("Nem khay 500 g |"), p.row("Nem túi 1 kg |"), p.row("Tổng khối lượng nem")
    rev, rk, rt = p.row("Doanh thu |"), p.row("Nem khay (75.000"), p.row("Nem túi (140.000")
    lines = [p.row(x) for x in ("Nguyên liệu (70.000", "Khay, túi, màng", "Lương lao động trực tiếp", "Điện, kho lạnh", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"), p.row("Lợi nhuận sau thuế")
    staff = [14, 15, 16]
    for y in Y:
        p.check(kg[y] == khay[y] * 0.5 + tui[y], f"kg {y}")
        p.check(close(rk[y], khay[y] * 0.075) and close(rt[y], tui[y] * 0.14) and close(rev[y], rk[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.07) and close(lines[1][y], khay[y] * 0.004 + tui[y] * 0.003) and close(lines[3][y], kg[y] * 0.005)
                and close(lines[2][y], staff[y] * 6.5 * 12) and close(lines[4][y], 180) and close(lines[5][y], [1000, 750, 500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(kg[y] * 0.4 <= 20000 and kg[y] <= 3000 * 0.025 * 6 * 280, f"pork supply, roller capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy xay thịt", "Tủ cấp đông nhanh", "Kho lạnh 40", "Cải tạo xưởng", "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 2.4e9 and sum(items[:4]) == 1.8e9, "items = stated total 2,4 tỷ (table right), fixed 1,8 tỷ")
    p.check(1100 + 1000 == 2100 and off(2100e6, total) and close(2100e6 / total, 0.875, 0.001), "PLANTED sources 2.100 triệu != 2.400 (−12,5 %)")
    p.check(close(sum(post) / 3, 430.4, 0.001) and close(2400 / (430.4 + 180), 3.9, 0.03), "average 430,4, payback 3,9")
    p.check(close(kg[0] / 28000, 1.25, 0.001), "+25 % on 2025")
    p.has("vốn góp của cổ đông 1.100 triệu đồng", "1.000 triệu đồng, thời hạn 4 năm", "75.000 đồng/khay", "140.000 đồng/túi",
          "tổng khoảng 20 tấn thịt nạc vai/năm")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|VietGAP|HACCP|ISO", "PLANTED no product standard, declaration or lab test")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP")
    clean(p)
    return p


def ax10() -> Plan:
    p = Plan("ax10_nuoc_mia_sau_rieng_son_hong_htx")
    chai, mia, sr = p.row("Nước mía sầu riêng chai 330"), p.row("Mía cây nguyên liệu"), p.row("Cơm sầu riêng |")
    lines = [p.row(x) for x in ("Mía cây (1.200", "Cơm sầu riêng (120.000", "Chai PET", "Thùng carton", "Lương lao động", "Điện, nước (700",
                                 "Khấu hao |", "Lãi vay |", "Chi phí tiêu thụ", "Quản lý |", "Kiểm nghiệm định kỳ")]
    cost = p.row("Tổng chi phí |")
    summ = [p.row(f"{2026 + y}", 6) for y in Y]  # chai, revenue, cost, pre, tax, post
    staff = [12, 13, 14]
    for y in Y:
        s = summ[y]
        p.check(s[0] == chai[y] and close(s[1], chai[y] * 0.022) and close(s[2], cost[y]), f"summary volume, revenue, cost {y}")
        p.check(close(mia[y], chai[y] * 0.6 / 1000) and close(sr[y], chai[y] * 0.015) and mia[y] <= 250 and sr[y] <= 5000, f"materials {y}")
        p.check(close(lines[0][y], mia[y] * 1.2) and close(lines[1][y], sr[y] * 0.12) and close(lines[2][y], chai[y] * 0.004)
                and close(lines[3][y], chai[y] * 0.00024) and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], chai[y] * 0.0007)
                and close(lines[6][y], 150) and close(lines[7][y], [800, 600, 400][y] * 0.08) and close(lines[8][y], s[1] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(s[4], s[3] * 0.17) and close(s[5], s[3] - s[4]), f"tax on the stated profit {y}")
        if y:
            p.check(s[1] / summ[y - 1][1] < 1.3, f"growth {y}")
    p.check(close(summ[0][3], summ[0][1] - summ[0][2]) and close(summ[2][3], summ[2][1] - summ[2][2]), "2026, 2028 profit right")
    true1 = summ[1][1] - summ[1][2]
    p.check(close(true1, 1005.6, 0.0001) and summ[1][3] == 1185.6 and off(summ[1][3], true1), "PLANTED 2027 profit 1.185,6 != 1.005,6 (+17,9 %)")
    cap = 800 * 260
    p.check(cap == 208000 and chai[1] <= cap and chai[2] > cap and off(chai[2], cap), "PLANTED 2028 240.000 chai > 208.000 capacity (+15 %)")
    p.check(900 + 150 + 350 + 100 + 60 + 440 == 2000 == 800 + 400 + 800 and 900 + 150 + 350 + 100 == 1500, "capital, fixed")
    written = sum(s[5] for s in summ) / 3
    true_avg = (summ[0][5] + true1 * 0.83 + summ[2][5]) / 3
    p.check(close(written, 918.6, 0.001) and close(2000 / (written + 150), 1.9, 0.03) and close(2000 / (true_avg + 150), 1.9, 0.04),
            "stated payback 1,9 within tolerance of both written (1,87) and true (1,96): no knock-on")
    p.check(close(chai[0] / 120000, 1.25, 0.001), "+25 % on 2025")
    p.has("800 chai/ca", "260 ngày/năm", "208.000 chai/năm", "giá bán 22.000 đ/chai")
    sec = p.body.split("# 6. Thị trường", 1)[1].split("# 7.", 1)[0]
    p.check(not any(w in sec for w in ("đồng", "siêu thị", "đại lý", "cửa hàng", "khách hàng", "phân phối", "hợp đồng")),
            "PLANTED market section: no customer, channel or price")
    p.lacks(r"siêu thị|đại lý|cửa hàng|nhà phân phối|khách hàng|điểm bán|Facebook|Zalo|sàn thương mại|bán lẻ|bán buôn|hợp đồng tiêu thụ|xuất khẩu",
            "PLANTED no sales channel anywhere")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("ax11_banh_khoai_thach_dai_so_sai")
    a.check(300 * 5000 * 30 == 45e6, "300 cakes × 5.000 đ a day = 45 triệu a month (no revenue stated)")
    a.has("5.000 đồng/cái", "khoảng 300 cái bánh", "khoảng 150 triệu đồng", "đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ax12_dua_chua_phu_phong_so_sai")
    b.has("25.000 đồng/kg", "vài tạ dưa", "chưa đăng ký hộ kinh doanh hay thành lập tổ hợp tác")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, under a page")
    b.lacks(r"@|email", "no e-mail (expected null)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def shared_sentences(plans: list[Plan]) -> list[str]:
    """No sentence of 12+ words appears in two plans (boilerplate across producers)."""
    import re

    seen: dict[str, str] = {}
    dup = []
    for p in plans:
        for s in re.split(r"(?<=[.;:])\s+", " ".join(p.body.split())):
            if len(s.split()) >= 12:
                if s in seen and seen[s] != p.stem:
                    dup.append(f"{seen[s]} / {p.stem}: {s[:80]}")
                seen.setdefault(s, p.stem)
    return dup


def main() -> int:
    plans = [fn() for fn in (ax01, ax02, ax03, ax04, ax05, ax06, ax07, ax08, ax09, ax10)] + sketchy()
    dup = shared_sentences(plans)
    plans[0].check(not dup, f"sentences shared between plans: {dup}")
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
