"""The fortieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout40/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted in running text are looked up verbatim, so the numbers cannot drift from the text.
The textual planted defects (no label, no environmental measure, the replaced instrument, no
product standard, the second producer name, no food safety, no registration, no trademark, no
sales channel) are asserted too, as are the absence of template placeholders and of sentences
shared between two plans.
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

OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|NQ-HĐND|Sở Kế hoạch và Đầu tư"
Y4 = range(4)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def clean(self) -> None:
        self.lacks(PLACEHOLDER, "placeholder")

    def current(self) -> None:
        self.lacks(OUTDATED, "cites a replaced instrument")


def ao01() -> Plan:
    p = Plan("ao01_mam_nem_xuan_hoi_cty")
    hu, can, kg, fish, staff = (p.row("Mắm nêm hũ 500 g", 4), p.row("Mắm nêm can 5 kg", 4),
                                p.row("Tổng sản lượng mắm nêm", 4), p.row("Cá cơm tươi cần dùng", 4),
                                p.row("Lao động thường xuyên", 4))
    rev, rh, rc = p.row("Doanh thu |", 4), p.row("Hũ 500 g (45.000", 4), p.row("Can 5 kg (280.000", 4)
    cost = p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Cá cơm tươi (20.000", "Muối, thính", "Hũ, can, nắp", "Tiền lương", "Điện, nước",
                                    "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN", 4), p.row("Lợi nhuận sau thuế", 4)
    for y in Y4:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + can[y] * 5 and close(fish[y], kg[y] * 0.9), f"kg, fish 0,9 {y}")
        p.check(close(rh[y], hu[y] * 0.045) and close(rc[y], can[y] * 0.28) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.02) and close(lines[1][y], kg[y] * 0.005)
                and close(lines[2][y], hu[y] * 0.004 + can[y] * 0.015) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], kg[y] * 0.002) and close(lines[5][y], 150)
                and close(lines[6][y], [1000, 750, 500, 250][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(fish[y] <= 60000 and fish[y] <= 80 * 400 * 2 and kg[y] <= 300 * 250, f"fish contract, tanks, line {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, khu ủ", "60 bể ủ composite", "Máy trộn, dây chuyền",
                                "Kho mát bảo quản", "Thiết kế bao bì", "Vốn lưu động (mua cá")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1000 + 1000 and sum(items[:4]) == 1500, "capital 2.000, fixed 1.500")
    avg = sum(post) / 4
    p.check(close(avg, 531.0, 0.001) and close(2000 / (avg + 150), 2.9, 0.02), "average profit 531,0, payback 2,9")
    p.check(close(post[0] / rev[0], 0.097, 0.01) and close(post[3] / rev[3], 0.198, 0.01), "9,7 % and 19,8 % margins")
    p.check(kg[0] / 30000 < 1.2 and close(60000 - fish[3], 11400, 0.01), "+17 % on 2025; 11 t spare fish")
    p.has("45.000 đồng/hũ", "280.000 đồng/can", "60 tấn cá cơm/năm", "(255 + 439,1 + 620,8 + 809,2) : 4 ≈ 531,0",
          "2.000 : (531,0 + 150) ≈ 2,9 năm", "khoảng 64 tấn cá/năm", "80, 60, 40 và 20 triệu đồng",
          "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/XH",
          "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.clean()
    p.current()
    return p


def ao02() -> Plan:
    p = Plan("ao02_tranh_dinh_da_truong_son_hkd")
    rows = [p.row(str(2026 + y), 6) for y in Y]  # years as rows: small, medium, large, days, workers, revenue
    cost = p.row("Tổng chi phí", 3)
    lines = [p.row(x, 3) for x in ("Vải in mẫu", "Khung, kính, hộp |", "Tiền công khoán thợ", "Khấu hao", "Điện, chiếu sáng",
                                    "Bán hàng, quảng bá", "Lãi vay", "Thuế GTGT, TNCN")]
    rev2, prof = p.row("Doanh thu |", 3), p.row("Lợi nhuận |", 3)
    for y in Y:  # nghìn đồng
        a, b, c, days, workers, rev = rows[y]
        p.check(close(rev, a * 650 + b * 1450 + c * 3200) and close(rev2[y], rev), f"revenue {y}")
        p.check(days == a * 1 + b * 2.5 + c * 6 and days <= workers * 26 * 12, f"labour days within {workers} thợ {y}")
        p.check(close(lines[0][y], a * 150 + b * 350 + c * 800) and close(lines[1][y], a * 70 + b * 160 + c * 380)
                and close(lines[2][y], days * 200) and close(lines[3][y], 30000)
                and close(lines[6][y], [150000, 100000, 50000][y] * 0.07) and close(lines[7][y], rev * 0.045),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev / rows[y - 1][5] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng phòng", "Bàn đèn LED", "Tủ, kệ trưng bày", "Thiết kế hộp, nhãn",
                                "Vốn lưu động (đá")]
    p.check(sum(items) == p.one("Tổng cộng") == 400000 == 250000 + 150000 and sum(items[:3]) == 300000,
            "capital 400.000, fixed 300.000")
    avg = sum(prof) / 3
    p.check(avg == 168903 and close(400000 / (avg + 30000), 2.0, 0.01), "average profit, payback 2,0")
    p.check(sum(rows[0][:3]) == 880 and sum(rows[2][:3]) == 1176, "880 and 1.176 pictures")
    p.check(close(480 * 650 + 190 * 1450 + 30 * 3200, 683500) and close(880 / 700, 1.26, 0.01), "2025: 684 triệu, +26 %")
    p.check(close(rows[0][5] / 1000 - 390 - 348 - 128, 0, 0.01), "390 + 348 + 128 triệu")
    p.has("650.000 đồng/bức", "1.450.000 đồng/bức", "3.200.000 đồng/bức", "400.000 : (168.903 + 30.000) ≈ 2,0 năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28G8003127", "TCCS 01:2025/MC", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "máy hút bụi")
    p.clean()
    p.current()
    return p


def ao03() -> Plan:
    p = Plan("ao03_trai_nghiem_banh_da_vuong_loc_htx")
    a, b, c, tot, packs, staff = (p.row("Khách đoàn học sinh"), p.row("Khách du lịch lẻ"), p.row("Khách đoàn cơ quan"),
                                  p.row("Tổng lượt khách"), p.row("Gói bánh đa bán tại quầy"), p.row("Người phục vụ"))
    rev = [tot[y] * 0.18 + packs[y] * 0.05 for y in Y]  # triệu đồng, running text
    cost = [tot[y] * 0.035 + packs[y] * 0.025 + staff[y] * 3.5 * 12 + tot[y] * 0.005 + [70, 80, 90][y]
            + [36, 42, 48][y] + 60 + 60 + [300, 200, 100][y] * 0.08 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    post = [pre[y] * 0.85 for y in Y]
    for y in Y:
        p.check(tot[y] == a[y] + b[y] + c[y], f"visitor sub-rows {y}")
        p.check(tot[y] <= 40 * 2 * 250 and packs[y] * 10 <= 300000, f"20.000 capacity, crackers {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check([round(x, 1) for x in rev] == [1180, 1475, 1770], "revenue 1.180 / 1.475 / 1.770")
    p.check([round(x, 1) for x in cost] == [876, 998.5, 1121], "cost 876 / 998,5 / 1.121")
    p.check([round(x, 1) for x in pre] == [304, 476.5, 649], "pre-tax profit")
    p.check(all(close(post[y], [258.4, 405.0, 551.6][y]) for y in Y), "15 % tax")
    avg = (258.4 + 405.0 + 551.6) / 3
    p.check(close(avg, 405.0, 0.001) and close(750 / (avg + 60), 1.6, 0.01), "average 405,0, payback 1,6")
    p.check(350 + 80 + 70 + 100 + 50 + 100 == 750 == 450 + 300 and 350 + 80 + 70 + 100 == 600, "capital 750, fixed 600")
    p.check(close(tot[0] / 4600, 1.3, 0.01) and 4600 * 0.16 + 1600 * 0.05 == 816, "+30 % on 2025; 816 triệu")
    p.check(close(tot[0] * 0.25, 1500) and close(tot[2] * 0.04, 360), "rice and sesame")
    p.has("180.000 đồng/lượt", "50.000 đồng/gói", "6.000 lượt × 180.000 đồng = 1.080 triệu đồng",
          "2.000 gói × 50.000 đồng = 100 triệu đồng", "Năm 2027: 1.350 tr.đ + 125 tr.đ = 1.475 tr.đ",
          "Năm 2028: 1.620 tr.đ + 150 tr.đ = 1.770 tr.đ", "Tổng chi phí năm 2026 là 876 triệu đồng",
          "Tổng chi phí năm 2027 là 998,5 triệu đồng (nguyên liệu 262,5; bánh đa 62,5; thù lao 378; bảo hiểm 37,5; quảng bá 80; điện nước 42; quản lý 60; khấu hao 60; lãi vay 16)",
          "Năm 2028 là 1.121 triệu đồng (nguyên liệu 315; bánh đa 75; thù lao 420; bảo hiểm 45; quảng bá 90; điện nước 48; quản lý 60; khấu hao 60; lãi vay 8)",
          "304 tr.đ (2026), 476,5 tr.đ (2027) và 649 tr.đ (2028)", "45,6 – 71,5 – 97,4 tr.đ",
          "258,4 tr.đ, 405,0 tr.đ và 551,6 tr.đ", "750 : (405,0 + 60) ≈ 1,6 năm", "khoảng 20.000 lượt khách/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/VL", "Cục Sở hữu trí tuệ")
    p.check(len([r for r in p.rows if "Doanh thu" in " ".join(r) or "Lợi nhuận" in " ".join(r)]) == 0,
            "profit-and-loss only in running text")
    p.clean()
    p.current()
    return p


def ao04() -> Plan:
    p = Plan("ao04_bun_gao_lut_huong_binh_tht")
    g, t, kg, rice, staff = (p.row("Bún gạo lứt gói 500 g"), p.row("Bún gạo lứt thùng 10 kg"), p.row("Tổng sản lượng bún khô"),
                             p.row("Gạo lứt nguyên liệu"), p.row("Lao động |"))
    rev, rg, rt = p.row("TỔNG DOANH THU"), p.row("Gói 500 g (38.000"), p.row("Thùng 10 kg (650.000")
    cost = p.row("TỔNG CHI PHÍ")
    lines = [p.row(x) for x in ("Gạo lứt (18.000", "Điện, nhiên liệu sấy", "Bao bì, nhãn", "Tiền công lao động", "Khấu hao",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm", "Thuế GTGT, TNCN")]
    prof = p.row("LỢI NHUẬN")
    for y in Y:  # triệu đồng; totals written above their items
        p.check(kg[y] == g[y] * 0.5 + t[y] * 10 and close(rice[y], kg[y] * 1.3), f"kg, rice 1,3 {y}")
        p.check(close(rg[y], g[y] * 0.038) and close(rt[y], t[y] * 0.65) and close(rev[y], rg[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.018) and close(lines[1][y], kg[y] * 0.003)
                and close(lines[2][y], g[y] * 0.002 + t[y] * 0.015) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], 45) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 40000 and kg[y] <= 100 * 260, f"rice supply, line capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(180 + 150 + 120 + 40 + 110 == 600 == 300 + 300 and 180 + 150 + 120 == 450, "capital 600, fixed 450")
    avg = sum(prof) / 3
    p.check(close(avg, 186.7, 0.001) and close(600 / (avg + 45), 2.6, 0.01), "average 186,7, payback 2,6")
    p.check(18000 * 0.038 + 500 * 0.65 == 1009 and close(kg[0] / 14000, 1.29, 0.01), "2025: 1.009 triệu; +29 %")
    ch = [p.row(x, 2)[0] for x in ("Cửa hàng thực phẩm sạch, đặc sản", "Quán cơm chay, bếp ăn", "Bán trực tuyến",
                             "Điểm bán OCOP, hội chợ")]
    p.check(sum(ch) == p.row("Cộng |", 2)[0] == kg[0] and ch[1] == t[0] * 10 and ch[0] + ch[2] + ch[3] == g[0] * 0.5,
            "2026 channel table adds up to 18.000 kg")
    p.has("38.000 đồng/gói", "650.000 đồng/thùng", "(93,2 + 208,7 + 258,3) : 3 ≈ 186,7", "600 : (186,7 + 45) ≈ 2,6 năm",
          "35 tấn gạo lứt/năm", "khoảng 26.000 kg bún khô/năm", "UBND xã Hương Bình chứng thực", "mã số thuế 3002375540",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HB", "Cục Sở hữu trí tuệ")
    p.clean()
    p.current()
    return p


def ao05() -> Plan:
    p = Plan("ao05_oc_nhay_rim_ky_ninh_htx")
    rows = [p.row(str(2026 + y), 5) for y in Y]  # years as rows: jars, bags, kg, fresh need, workers
    rev, rh, rb = p.row("Doanh thu |"), p.row("Hũ 300 g (120.000"), p.row("Túi 500 g (190.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Ốc nhảy tươi (50.000", "Me, đường, sả", "Hũ thủy tinh, túi", "Tiền lương", "Gas, điện",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    supply = 16 * 1000
    for y in Y:  # triệu đồng
        jars, bags, kg, need, staff = rows[y]
        p.check(kg == jars * 0.3 + bags * 0.5 and close(need, kg * 3), f"kg, 3 kg fresh per kg {y}")
        p.check(close(rh[y], jars * 0.12) and close(rb[y], bags * 0.19) and close(rev[y], rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], need * 0.05) and close(lines[1][y], kg * 0.02) and close(lines[2][y], jars * 0.006 + bags * 0.004)
                and close(lines[3][y], staff * 6 * 12) and close(lines[4][y], kg * 0.01) and close(lines[5][y], 50)
                and close(lines[6][y], [400, 300, 200][y] * 0.075), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg <= 2 * 30 * 280, f"16.800 kg capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(rows[0][3] <= supply, "2026 need 15.000 within 16 tấn")
    p.check(off(rows[1][3], supply) and off(rows[2][3], supply) and close(rows[1][3] / supply, 1.2, 0.01)
            and close(rows[2][3] / supply, 1.4625, 0.01), "PLANTED 2027 / 2028 need 19.200 / 23.400 kg > 16.000 kg supply")
    p.has("16 hộ thành viên làm nghề cào ốc, mỗi hộ khai thác bình quân khoảng 1 tấn ốc nhảy/năm",
          "16 tấn ốc tươi/năm, đảm bảo đủ nguyên liệu", "khoảng 3 kg ốc nhảy tươi (cả vỏ) cho 1 kg ốc rim")
    p.has("chế biến được 3.600 kg ốc rim thành phẩm", "tăng khoảng 11% so với 4.500 kg năm 2025")  # PLANTED
    p.check(off(4500, 3600) and close(5000 / 4500, 1.11, 0.01) and 5000 / 3600 < 2, "PLANTED 4.500 != 3.600 kg (2025)")
    p.check(200 + 120 + 130 + 50 + 300 == 800 == 400 + 400 and 200 + 120 + 130 + 50 == 500, "capital 800, fixed 500")
    avg = sum(post) / 3
    p.check(close(avg, 266.5, 0.001) and close(800 / (avg + 50), 2.5, 0.02), "average 266,5, payback 2,5")
    p.has("120.000 đồng/hũ", "190.000 đồng/túi", "(107,1 + 269,9 + 422,5) : 3 = 266,5", "800 : (266,5 + 50) ≈ 2,5 năm",
          "khoảng 16.800 kg thành phẩm/năm", "Giấy chứng nhận đăng ký hợp tác xã mã số 3002204931",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "đăng ký môi trường")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|\btem\b|43/2017|111/2021|mã vạch|nhãn mác",
            "PLANTED no label, label content or labelling decree anywhere")
    p.clean()
    p.current()
    return p


def ao06() -> Plan:
    p = Plan("ao06_ruou_nep_tim_son_hong_cty")
    ch, bi, lit, rice, staff = (p.row("Rượu chai 500 ml", 4), p.row("Rượu bình gốm 2 lít", 4), p.row("Tổng sản lượng rượu", 4),
                                p.row("Nếp tím nguyên liệu", 4), p.row("Lao động |", 4))
    rev, rc, rb = p.row("Doanh thu |", 4), p.row("Rượu chai 500 ml (120.000", 4), p.row("Rượu bình 2 lít (450.000", 4)
    cost = p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Nếp tím (35.000", "Men, củi, điện", "Chai, bình, nắp", "Tiền lương", "Khấu hao",
                                    "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN", 4), p.row("Lợi nhuận sau thuế", 4)
    for y in Y4:  # nghìn đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 2 and close(rice[y], lit[y] / 0.8), f"litres, rice 0,8 l/kg {y}")
        p.check(close(rc[y], ch[y] * 120) and close(rb[y], bi[y] * 450) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 35) and close(lines[1][y], lit[y] * 8) and close(lines[2][y], ch[y] * 15 + bi[y] * 60)
                and close(lines[3][y], staff[y] * 7000 * 12) and close(lines[4][y], 180000)
                and close(lines[5][y], [900000, 675000, 450000, 225000][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(rice[y] <= 24000 and lit[y] <= 26880, f"24 tấn rice, 26.880 l stills {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(2 * 60 * 0.8 * 280 == 26880 and 6 * 4 == 24, "26.880 l, 24 tấn")
    items = [p.one(x) for x in ("Nhà xưởng nấu", "2 nồi chưng cất inox", "Hệ thống bồn hạ độ", "Kho chum sành",
                                "Máy chiết rót", "Bao bì, nhãn, hồ sơ", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 2400000 and sum(items[:5]) == 1800000, "investment items = 2.400.000, fixed 1.800.000")
    p.has("Vốn chủ sở hữu của công ty (lợi nhuận giữ lại và vốn góp thêm của thành viên): 1.300 triệu đồng.",
          "Vay Ngân hàng TMCP Công thương chi nhánh Hà Tĩnh: 900 triệu đồng")
    p.check((1300 + 900) * 1000 == 2200000 and off(2200000, total), "PLANTED sources 2.200 triệu != 2.400 triệu total")
    avg = sum(post) / 4
    p.check(close(avg, 661574, 0.001) and close(2400000 / (avg + 180000), 2.9, 0.02), "average 661.574, payback 2,9")
    p.check(close(lit[0] / 8200, 1.22, 0.01), "+22 % on 2025")
    p.has("120.000 đồng/chai", "450.000 đồng/bình", "24 tấn nếp tím/năm", "26.880 lít/năm",
          "2.400.000 : (661.574 + 180.000) ≈ 2,9 năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu")
    p.lacks(r"môi trường|nước thải|chất thải|bã rượu|\bbã\b|xử lý|bể lắng|biogas|08/2022|05/2025|\bkhói\b|\brác\b|ô nhiễm|"
            r"hầm|vinasse|nước rửa", "PLANTED no environmental measure anywhere")
    p.check(p.count("1048/QĐ-TTg") == 2, "PLANTED QĐ 1048/QĐ-TTg cited twice")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current criteria are not cited")
    p.lacks(r"781/QĐ-TTg|490/QĐ-TTg|01/2021/NĐ-CP", "only one replaced instrument")
    p.clean()
    return p


def ao07() -> Plan:
    p = Plan("ao07_tra_tia_to_tung_loc_hkd")
    box, bag, kg, leaf, staff = (p.row("Trà túi lọc hộp 20 túi"), p.row("Trà khô gói 200 g"), p.row("Tổng trà thành phẩm"),
                                 p.row("Lá tía tô tươi |"), p.row("Lao động |"))
    rev, rb, rg = p.row("Doanh thu |"), p.row("- Trà túi lọc (55.000"), p.row("- Trà khô (90.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Lá tía tô tươi (8.000", "- Túi lọc, hộp", "- Điện sấy", "- Tiền công", "- Khấu hao",
                                 "- Bán hàng, quảng bá", "- Lãi vay", "- Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # tr.đ
        p.check(kg[y] == box[y] * 0.04 + bag[y] * 0.2 and close(leaf[y], kg[y] * 7), f"kg, leaves 7 kg/kg {y}")
        p.check(close(rb[y], box[y] * 0.055) and close(rg[y], bag[y] * 0.09) and close(rev[y], rb[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.008) and close(lines[1][y], box[y] * 0.006 + bag[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.012) and close(lines[3][y], 2 * 5 * 12) and close(lines[4][y], 20)
                and close(lines[6][y], 7) and close(lines[7][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaf[y] <= 35000 and leaf[y] <= 50 * 2 * 300 and staff[y] == 3, f"leaves within supply and dryer; 3 workers {y}")
    p.check(rev[1] / rev[0] > 2.4 and rev[2] / rev[1] > 2.4 and kg[1] / kg[0] == 2.45 and kg[2] / kg[1] > 2.4,
            "PLANTED output and revenue ×2,4 a year")
    p.check(kg[2] / 320 == 7.5 and off(rev[1] / rev[0], 1.5, 50) and prof[2] / rev[2] > 0.6,
            "PLANTED ×7,5 on 2025, growth far above 50 %/year, margin 65 %")
    p.check(close(365 / 292, 1.25, 0.01), "2026 alone is +25 %")
    p.check(120 + 80 + 30 + 70 == 300 == 200 + 100, "capital 300")
    avg = sum(prof) / 3
    p.check(close(avg, 674.2, 0.001) and close(300 / (avg + 20), 0.43, 0.01), "payback 0,4")
    p.has("55.000 đồng/hộp", "90.000 đồng/gói", "(114,4 + 487,0 + 1.421,2) : 3 ≈ 674,2", "300 : (674,2 + 20) ≈ 0,4 năm",
          "khoảng 35 tấn/năm", "khoảng 30.000 kg lá tươi/năm", "Số lao động giữ nguyên 3 người",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.check(p.count("Hộ kinh doanh Thảo dược Ngàn Phố") == 2 and p.count("Hộ kinh doanh Trà thảo mộc Hương Đào") == 2
            and p.count("HỘ KINH DOANH TRÀ THẢO MỘC HƯƠNG ĐÀO") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|chỉ tiêu (vi sinh|chất lượng|an toàn)|phiếu kết quả",
            "PLANTED no product standard, declaration or test anywhere")
    p.clean()
    p.current()
    return p


def ao08() -> Plan:
    p = Plan("ao08_nuoc_ep_mang_cau_ky_tay_htx")
    small, big, lit, fruit, staff = (p.row("Chai 330 ml |"), p.row("Chai 1 lít |"), p.row("Tổng sản lượng |"),
                                     p.row("Quả mãng cầu cần dùng"), p.row("Lao động |"))
    rev, ra, rb = p.row("Doanh thu |"), p.row("Chai 330 ml (22.000"), p.row("Chai 1 lít (55.000")
    total = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Quả mãng cầu (12.000", "Đường, phụ gia", "Chai, nắp, nhãn", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Quản lý")]
    prof = p.row("Lợi nhuận |")
    items = [lines_sum(lines, y) for y in Y]
    for y in Y:  # triệu đồng
        p.check(lit[y] == small[y] * 0.33 + big[y] and close(fruit[y], lit[y] / 1.2), f"litres, fruit 1,2 l/kg {y}")
        p.check(close(ra[y], small[y] * 0.022) and close(rb[y], big[y] * 0.055) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.012) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], small[y] * 0.0035 + big[y] * 0.007) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], 120) and close(lines[5][y], [600, 400, 200][y] * 0.08), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - total[y]), f"profit = revenue - stated total {y}")
        p.check(fruit[y] <= 50000 and lit[y] <= 200 * 250, f"fruit allotment, 50.000 l line {y}")
    p.check(close(total[0], items[0]) and close(total[2], items[2]), "2026 and 2028 totals right")
    p.check(close(items[1], 1586.5) and total[1] == 1466.5 and off(total[1], items[1]) and close(items[1] - total[1], 120),
            "PLANTED 2027 total 1.466,5 != items 1.586,5 (depreciation left out)")
    true_prof = [rev[y] - items[y] for y in Y]
    p.check(off(prof[1], true_prof[1]) and close(true_prof[1], 476), "tolerated knock-on: 2027 profit 596 vs 476")
    p.check(450 + 600 + 150 + 60 + 240 == p.one("Tổng |") == 1500 == 900 + 600 and 450 + 600 + 150 == 1200, "capital 1.500")
    avg, true_avg = sum(prof) / 3, sum(true_prof) / 3
    p.check(close(avg, 494, 0.001) and close(avg + 120, 614, 0.001), "stated 494 + 120 = 614")
    p.check(off(1.5, 1500 / (avg + 120)) and off(1.5, 1500 / (true_avg + 120)) and off(1.5, 1500 / avg)
            and close(1500 / (avg + 120), 2.44, 0.01), "PLANTED payback 1,5 != 2,4 (2,6 true; 3,0 without depreciation)")
    p.check(close(lit[0] / 18000, 1.43, 0.01), "+43 % on 2025 with the new line")
    p.has("22.000 đồng/chai", "55.000 đồng/chai", "50 tấn quả/năm", "Thời gian hoàn vốn khoảng 1,5 năm",
          "dòng tiền thu về khoảng 614 triệu đồng/năm", "tương đương 50.000 lít/năm", "TCCS 01:2026/KT",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"an toàn|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|HACCP|ISO|công bố|VSATTP",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.clean()
    p.current()
    return p


def ao09() -> Plan:
    p = Plan("ao09_mat_ong_hoa_man_son_kim_hkd")
    hives, honey = p.row("Số đàn ong"), p.row("Sản lượng mật hoa mận")
    c5, p5, c1, p1 = p.row("Chai 500 g |"), p.row("Giá bán chai 500 g"), p.row("Chai 1 kg |"), p.row("Giá bán chai 1 kg")
    rev, rev2 = p.row("Doanh thu |"), p.row("Doanh thu |", skip=1)
    lines = [p.row(x) for x in ("Chai, nắp, hộp, nhãn", "Đường nuôi ong", "Thay thùng, cầu", "Thuê chỗ đặt ong",
                                 "Tiền công lao động thuê", "Khấu hao", "Điện hạ thủy phần", "Bán hàng, vận chuyển", "Lãi vay")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    true = [c5[y] * p5[y] + c1[y] * p1[y] for y in Y]
    for y in Y:  # đồng
        p.check(honey[y] == hives[y] * 8 and honey[y] == c5[y] * 0.5 + c1[y], f"honey = colonies × 8 kg = bottles {y}")
        p.check(rev2[y] == rev[y], f"revenue repeated in the cost table {y}")
        p.check(close(lines[0][y], c5[y] * 12000 + c1[y] * 18000) and close(lines[1][y], hives[y] * 250000)
                and close(lines[4][y], [2, 2, 3][y] * 6e6 * 12) and close(lines[5][y], 30e6)
                and close(lines[6][y], honey[y] * 3000) and close(lines[8][y], 7e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit from the stated revenue {y}")
        p.check(hives[y] <= 60 * 6 and honey[y] <= 60 * 100, f"flowers for 350 colonies, dryer 6.000 kg {y}")
    p.check(close(rev[0], true[0]) and close(rev[2], true[2]), "2026 and 2028 revenue right")
    p.check(true[1] == 696e6 and rev[1] == 768e6 and off(rev[1], true[1]), "PLANTED 2027 revenue 768 triệu != 696 triệu")
    avg = sum(prof) / 3
    true_avg = (prof[0] + true[1] - cost[1] + prof[2]) / 3
    p.check(close(avg / 1e6, 272.4, 0.001) and close(300 / (avg / 1e6 + 30), 1.0, 0.01), "stated payback 1 năm")
    p.check(close(300 / (true_avg / 1e6 + 30), 1.08, 0.01), "tolerated knock-on: 1,08 on the true revenue")
    p.check(80 + 50 + 20 + 150 == 300 == 200 + 100 and close(150 / 5, 30), "capital 300, fixed 150 over 5 years")
    p.check(close(honey[0] / 1500, 1.33, 0.01), "+33 % on 2025 with 50 more colonies")
    p.has("150.000 đồng/chai", "280.000 đồng/chai", "khoảng 8 kg mật", "(188,5 + 344,4 + 284,3) : 3 = 272,4",
          "300 : (272,4 + 30) ≈ 1 năm", "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "hộ gia đình ông Hồ Sỹ Lâm (Trại ong Hồ Lâm)")
    p.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|giấy phép|"
            r"\bMST\b|GCN", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|nhãn hiệu tập thể",
            "PLANTED no trademark or IP anywhere")
    p.clean()
    p.current()
    return p


def ao10() -> Plan:
    p = Plan("ao10_kho_ca_duoi_thach_bang_tht")
    plan = [p.row(str(2026 + y), 5) for y in Y]  # Bảng 1: bags, boxes, kg, fresh fish, workers
    summ = [p.row(str(2026 + y), 5, skip=1) for y in Y]  # Bảng 4: bag revenue, box revenue, revenue, cost, profit
    cost = p.row("Tổng chi phí |")
    lines = [p.row(x) for x in ("Cá đuối tươi (45.000", "Muối, đường, gia vị", "Túi, thùng, nhãn", "Công lao động", "Điện sấy",
                                 "Khấu hao", "Lãi vay", "Vận chuyển, tiêu thụ", "Quản lý")]
    capacity = 50 * 200
    for y in Y:  # triệu đồng
        bags, boxes, kg, fish, staff = plan[y]
        rb, rt, rev, c, prof = summ[y]
        p.check(kg == bags * 0.5 + boxes * 5 and close(fish, kg * 4) and fish <= 60000, f"kg, fish 4 kg/kg within 60 tấn {y}")
        p.check(close(rb, bags * 0.16) and close(rt, boxes * 1.4) and close(rev, rb + rt), f"revenue {y}")
        p.check(close(lines[0][y], fish * 0.045) and close(lines[1][y], kg * 0.005) and close(lines[2][y], bags * 0.003 + boxes * 0.02)
                and close(lines[3][y], staff * 5 * 12) and close(lines[4][y], kg * 0.008) and close(lines[5][y], 40)
                and close(lines[6][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]), f"cost sum, summary cost {y}")
        if y:
            p.check(rev / summ[y - 1][2] < 1.3, f"growth {y}")
    p.check(plan[0][2] <= capacity and plan[1][2] <= capacity, "2026–2027 within 10.000 kg")
    p.check(off(plan[2][2], capacity) and plan[2][2] / capacity == 1.15, "PLANTED 2028 11.500 kg > 10.000 kg capacity (+15 %)")
    p.check(close(summ[0][4], summ[0][2] - summ[0][3]) and close(summ[2][4], summ[2][2] - summ[2][3]), "2026, 2028 profit right")
    true27 = summ[1][2] - summ[1][3]
    p.check(true27 == 323 and summ[1][4] == 423 and off(summ[1][4], true27), "PLANTED 2027 profit 423 != 2.720 − 2.397 = 323")
    avg = sum(s[4] for s in summ) / 3
    true_avg = (summ[0][4] + true27 + summ[2][4]) / 3
    p.check(close(avg, 356.5, 0.001) and close(600 / (avg + 40), 1.5, 0.02), "stated payback 1,5")
    p.check(close(600 / (true_avg + 40), 1.65, 0.01), "tolerated knock-on: 1,65 on the true profit")
    items = [p.one(x) for x in ("2 lò sấy khí nóng", "Nâng cấp nhà sơ chế", "Tủ đông, máy hút", "Bao bì, nhãn, kiểm nghiệm",
                                "Vốn lưu động mua cá")]
    p.check(sum(items) == p.one("Cộng |") == 600 == 300 + 300 and sum(items[:3]) == 400, "capital 600, fixed 400")
    p.check(close(plan[0][2] / 6000, 1.17, 0.01), "+17 % on 2025")
    q = [p.row(f"Quý {r}", 3) for r in ("I |", "II |", "III |", "IV |")]
    p.check(all(x[0] + x[1] == x[2] for x in q) and [sum(x[i] for x in q) for i in range(3)] == p.row("Cả năm", 3) == [35, 25, 60],
            "quarterly fish table: 35 + 25 = 60 tấn")
    p.has("160.000 đ/túi", "1.400.000 đ/thùng", "50 kg cá khô thành phẩm/ngày", "10.000 kg khô/năm",
          "không có kế hoạch đầu tư thêm lò sấy", "60 tấn cá đuối tươi", "(122 + 423 + 524,5) : 3 = 356,5",
          "600 : (356,5 + 40) ≈ 1,5 năm", "UBND xã Thạch Bằng", "mã số thuế 3002351697",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TB", "Cục Sở hữu trí tuệ")
    market = p.body.split("# 7) Thị trường tiêu thụ", 1)[1].split("# 8)", 1)[0]
    p.check(not re.search(r"\d|đồng|giá|khách|cửa hàng|đại lý|hợp đồng", market), "PLANTED market names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|siêu thị|\bchợ\b|thương lái|online|trực tuyến|facebook|zalo|shopee|tiktok|hội chợ|khách|"
            r"bán lẻ|bán buôn|nhà hàng|\bquán\b|đặt hàng|phân phối|xuất khẩu|điểm bán|sàn thương mại",
            "PLANTED no sales channel anywhere")
    p.clean()
    p.current()
    return p


def sketchy() -> list[Plan]:
    a = Plan("ao11_che_dau_trang_cam_thanh_so_sai")
    a.check(80 * 15000 * 26 / 1e6 > 12, "80 cups × 15.000 đ a day leaves room for 12 triệu profit a month")
    a.has("15.000 đồng/cốc", "khoảng 80 cốc", "khoảng 12 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024",
          "quầy của gia đình ở chợ Cẩm Thành")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường", "compliance gaps (tolerated)")
    a.clean()
    b = Plan("ao12_banh_chung_gac_dong_loc_so_sai")
    b.has("60.000 đồng/chiếc", "khoảng 3.000 chiếc", "chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"cửa hàng|đại lý|\bchợ\b|khách|online|facebook|an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường",
            "no channel, no compliance (tolerated)")
    b.clean()
    return [a, b]


def shared_sentences(plans: list[Plan]) -> Plan:
    """No sentence of eight words or more appears in two plans (the boilerplate rule's subject)."""
    p = plans[0]
    seen: dict[str, str] = {}
    for q in plans:
        text = re.sub(r"^\|.*$", "", q.body, flags=re.M)
        for sent in re.split(r"(?<=[.;:!?])\s+|\n+", text):
            words = re.sub(r"[#*\-+]", " ", sent).split()
            if len(words) < 8:
                continue
            key = " ".join(w.lower() for w in words)
            if key in seen and seen[key] != q.stem:
                p.failures.append(f"sentence shared by {seen[key]} and {q.stem}: {sent[:80]!r}")
            seen.setdefault(key, q.stem)
    return p


def main() -> int:
    plans = [fn() for fn in (ao01, ao02, ao03, ao04, ao05, ao06, ao07, ao08, ao09, ao10)] + sketchy()
    shared_sentences(plans)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
