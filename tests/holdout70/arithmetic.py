"""Holdout set 70's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout70/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth, channel tables vs the production plan. Planted numeric
defects are asserted wrong by more than 5 % and everything else right (within 1 %). Table figures
are read from the plan's source; figures quoted from running text are looked up verbatim, so the
numbers cannot drift from the text. The textual planted defects (no alcohol licence, no
environmental measure, a replaced instrument cited, two member counts, no quality control, no food
safety, no product standard, a second producer name, no registration, no label) are asserted by
the absence or presence of words, as is the absence of template placeholders in every plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|NQ 123|123/2018"


class Plan(plancheck.Plan):
    src = HERE / "src"


def tax_rate(revenue_million: float) -> float:
    return 0.15 if revenue_million <= 3000 else 0.17


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def bs01() -> Plan:
    p = Plan("bs01_trai_nghiem_vuon_buoi_phuc_trach_ctcp")
    vis, rn, me, wk = p.row("Khách trải nghiệm"), p.row("Lưu trú |"), p.row("Suất ăn |"), p.row("Lao động thường xuyên")
    lines = [p.row(x) for x in ("Thực phẩm cho suất ăn", "Giặt là, điện nước", "Vật tư trải nghiệm", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Quảng bá, bán hàng", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí")
    res = [p.row(str(2027 + y), 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:  # triệu đồng
        rev = vis[y] * 0.12 + rn[y] * 0.4 + me[y] * 0.15
        r = res[y]
        p.check(close(r[0], rev), f"revenue {y}")
        p.check(close(lines[0][y], me[y] * 0.15 * 0.5) and close(lines[1][y], rn[y] * 0.08)
                and close(lines[2][y], vis[y] * 0.02) and close(lines[3][y], wk[y] * 5.5 * 12)
                and close(lines[4][y], 150) and close(lines[5][y], [600, 450, 300][y] * 0.08)
                and close(lines[6][y], rev * 0.05) and close(lines[7][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]), f"cost, profit {y}")
        p.check(close(r[3], r[2] * tax_rate(r[0])) and close(r[4], r[2] - r[3]), f"tax {y}")
        p.check(rn[y] <= 10 * 365 and me[y] / 300 <= 80, f"room and dining capacity {y}")
        if y:
            p.check(r[0] / res[y - 1][0] < 1.2, f"growth {y}")
    p.check(close(2400 / 3650, 0.66, 0.01), "66 % occupancy 2029")
    p.check(900 + 300 + 200 + 100 + 150 + 350 == 2000 == 1400 + 600 and 900 + 300 + 200 + 100 == 1500, "capital")
    post = [r[4] for r in res]
    p.check(close(sum(post) / 3, 692.9, 0.002) and close(2000 / (692.9 + 150), 2.4, 0.02), "average, payback 2,4")
    p.check(close(vis[0] / 6200, 1.29, 0.01), "+29 % visitors on 2025 with 6 more rooms")
    p.has("8.000 lượt × 120.000 đồng = 960 triệu đồng", "1.800 đêm phòng × 400.000 đồng = 720 triệu đồng",
          "6.000 suất × 150.000 đồng = 900 triệu đồng", "cộng 2.580 triệu đồng", "1.104 + 840 + 1.050 = 2.994",
          "1.248 + 960 + 1.200 = 3.408", "2.000 : (692,9 + 150) ≈ 2,4 năm", "tối đa 3.650 đêm phòng/năm",
          "doanh thu năm 2029 khoảng 3,4 tỷ đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nhãn hiệu \"Rào Trổ")
    clean(p)
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def bs02() -> Plan:
    p = Plan("bs02_khay_go_thai_yen_cty_tnhh")
    kh, ho, tr, m3, wk = (p.row("Khay trà gỗ chạm khắc"), p.row("Hộp đựng trà |"), p.row("Tranh gỗ treo tường"),
                          p.row("Gỗ xẻ cần dùng"), p.row("Thợ trực tiếp"))
    rev, ra, rb, rc = p.row("Doanh thu |"), p.row("Khay trà (450"), p.row("Hộp đựng trà (280"), p.row("Tranh gỗ (1.200")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gỗ xẻ (9.000", "Dầu lau, sơn", "Hộp, thẻ, nhãn", "Tiền lương thợ", "Khấu hao |",
                                 "Điện |", "Bán hàng, quảng bá", "Lãi vay |", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(close(ra[y], kh[y] * 450) and close(rb[y], ho[y] * 280) and close(rc[y], tr[y] * 1200)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(m3[y], kh[y] * 0.012 + ho[y] * 0.006 + tr[y] * 0.03) and m3[y] <= 80, f"timber need within 80 m³ {y}")
        p.check(close(lines[0][y], m3[y] * 9000) and close(lines[1][y], rev[y] * 0.05)
                and close(lines[2][y], kh[y] * 15 + ho[y] * 8 + tr[y] * 40) and close(lines[3][y], wk[y] * 7000 * 12)
                and close(lines[4][y], 60000) and close(lines[6][y], rev[y] * 0.04)
                and close(lines[7][y], [300000, 200000, 100000][y] * 0.075), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y] / 1000)) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(kh[y] <= 4000 and ho[y] <= 5000 and tr[y] <= 500, f"workshop capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(p.row("Cộng") == [kh[0], ho[0], tr[0]], "channel table = 2027 plan")
    items = [p.one(x) for x in ("Máy khắc CNC", "Máy chà nhám băng", "Hệ thống hút bụi", "Buồng phun sơn",
                                "Cải tạo xưởng", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000000 == 700000 + 300000 and sum(items[:5]) == 600000, "capital")
    p.check(close(sum(post) / 3, 516757, 0.001) and close(1000000 / (516757 + 60000), 1.7, 0.02), "payback 1,7")
    p.check(close(kh[0] / 1900, 1.26, 0.01), "+26 % trays on 2025 with a CNC carver")
    p.has("450.000 đồng/chiếc", "280.000 đồng/chiếc", "1.200.000 đồng/bức", "80 m³/năm", "1.000.000 : (516.757 + 60.000) ≈ 1,7 năm",
          "đăng ký môi trường", "Tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP")
    clean(p)
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def bs03() -> Plan:
    p = Plan("bs03_mat_ong_ngan_truoi_htx")
    tot, hives, hu, ch, bk = (p.row("Tổng mật ong tiêu thụ"), p.row("Số đàn ong"), p.row("Hũ 500 g |"),
                              p.row("Chai 1 kg |"), p.row("Mật bán buôn (can"))
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Hũ 500 g × 150.000"), p.row("Chai 1 kg × 260.000"),
                       p.row("Mật bán buôn × 180.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua mật", "Hũ, chai, can", "Tiền lương", "Khấu hao |", "Điện, kiểm nghiệm",
                                 "Bán hàng, vận chuyển", "Lãi vay |", "Quản lý hợp tác xã")]
    prof = p.row("Lợi nhuận trước thuế")
    staff = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(tot[y] == hu[y] * 0.5 + ch[y] + bk[y] == hives[y] * 15, f"kg sold = harvest 15 kg/đàn {y}")
        p.check(close(r1[y], hu[y] * 0.15) and close(r2[y], ch[y] * 0.26) and close(r3[y], bk[y] * 0.18)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], tot[y] * 0.12) and close(lines[1][y], hu[y] * 0.012 + ch[y] * 0.015 + bk[y] * 0.002)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], 40)
                and close(lines[5][y], rev[y] * 0.06) and close(lines[6][y], [200, 150, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tot[y] <= 100 * 2 * 200, f"dehumidifier capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(sum(prof) / 3, 506.6, 0.001) and close(800 / (506.6 + 40), 1.5, 0.03), "payback 1,5")
    p.check(250 + 100 + 50 + 50 + 30 + 320 == 800 == 600 + 200 and 250 + 100 + 50 == 400, "capital, fixed 400")
    seasons = [p.row(x, 2) for x in ("Vụ vải", "Vụ hoa rừng", "Vụ keo")]
    year = p.row("Cả năm", 2)
    p.check(sum(s[0] for s in seasons) == year[0] == 15 and all(s[1] == s[0] * 600 for s in seasons)
            and sum(s[1] for s in seasons) == year[1] == tot[0], "seasons add up to 9.000 kg")
    members = p.row("Cộng", 2)
    p.check(members == [28, 500] and p.row("Kim Thành", 2)[0] + p.row("Kim Quang", 2)[0] + p.row("Minh Đức", 2)[0] == 28,
            "28 members, 500 colonies in 2026")
    p.check(3500 + 1500 + 1000 == hu[0] and 1500 + 1500 == ch[0], "channel volumes 2027")
    p.has("150.000 đồng/hũ", "260.000 đồng/chai", "180.000 đồng/kg", "9.000 kg", "800 : (506,6 + 40) ≈ 1,5 năm",
          "28 thành viên chính thức", "tự công bố", "tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP", "tem QR")
    clean(p)
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def bs04() -> Plan:
    p = Plan("bs04_che_vang_cam_lac_hkd")
    tu, hp, dry, fresh = (p.row("Chè vằng khô túi 500 g (túi)"), p.row("Trà túi lọc hộp 50 g (hộp)"),
                          p.row("Chè vằng khô thành phẩm (kg)"), p.row("Lá tươi nguyên liệu (kg)"))
    r1, r2, rev = p.row("Doanh thu chè vằng túi"), p.row("Doanh thu trà túi lọc"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá tươi (8.000", "Túi, hộp, túi lọc", "Tiền công lao động", "Điện sấy", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Kiểm nghiệm định kỳ", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(dry[y] == tu[y] * 0.5 + hp[y] * 0.05 and fresh[y] == dry[y] * 4, f"dry, fresh 1:4 {y}")
        p.check(close(r1[y], tu[y] * 0.07) and close(r2[y], hp[y] * 0.045) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], tu[y] * 0.005 + hp[y] * 0.009)
                and close(lines[2][y], staff[y] * 5 * 12) and close(lines[3][y], dry[y] * 0.003)
                and close(lines[4][y], 50) and close(lines[5][y], [200, 100, 0][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 32000 and fresh[y] <= 100 * 2 * 150 and hp[y] * 25 / (30 * 60 * 8) <= 60, f"supply, dryer, packer {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(p.row("Cộng") == [18, 8, 32000] and 8 * 4000 == 32000, "8 ha × 4.000 kg = 32.000 kg")
    p.check(close(sum(prof) / 3, 590, 0.002) and close(700 / (590 + 50), 1.1, 0.02), "payback 1,1")
    p.check(150 + 60 + 200 + 90 + 50 + 150 == 700 == 500 + 200 and 150 + 60 + 200 + 90 == 500, "capital, fixed 500")
    p.check(close(dry[0] / 3600, 1.39, 0.01) and p.row("2025")[0] == 3600, "+39 % on 2025 with dryer and packer")
    p.has("70.000 đồng/túi", "45.000 đồng/hộp", "32.000 kg", "700 triệu đồng", "8.000 túi × 70.000 đồng = 560 triệu đồng",
          "20.000 hộp × 45.000 đồng = 900 triệu đồng", "tổng 1.460 triệu đồng", "700 : (590 + 50) ≈ 1,1 năm",
          "không quảng cáo công dụng chữa bệnh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    clean(p)
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def bs05() -> Plan:
    p = Plan("bs05_ruou_nep_cai_bang_chau_htx")
    ch, cn, lit, rice, wk = (p.row("Rượu chai 500 ml |"), p.row("Rượu can bán buôn |"), p.row("Tổng sản lượng rượu"),
                             p.row("Gạo nếp nguyên liệu"), p.row("Lao động trực tiếp"))
    r1, r2, rev = p.row("Doanh thu rượu chai"), p.row("Doanh thu rượu can"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp (30.000", "Men, củi", "Chai, nút", "Can đựng", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Thuế, phí", "Quản lý |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    true = [rev[y] - cost[y] for y in Y]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + cn[y] and rice[y] == lit[y] * 1.25, f"litres, rice 1,25 kg/l {y}")
        p.check(close(r1[y], ch[y] * 0.08) and close(r2[y], cn[y] * 0.09) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], lit[y] * 0.008) and close(lines[2][y], ch[y] * 0.012)
                and close(lines[3][y], cn[y] * 0.003) and close(lines[4][y], wk[y] * 5.5 * 12) and close(lines[5][y], 45)
                and close(lines[6][y], [300, 200, 100][y] * 0.075) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.03), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(rice[y] <= 25000 and rice[y] <= 2 * 60 * 280, f"rice contract, still capacity {y}")
        if y != 1:
            p.check(close(prof[y], true[y]), f"profit {y}")
    p.check(off(prof[1], true[1]) and close(true[1], 308.8) and close(prof[1], 388.8),
            "PLANTED 2028 profit 388,8 vs 1.890 − 1.581,2 = 308,8")
    p.check(close(sum(prof) / 3, 313.5, 0.002) and close(700 / (313.5 + 45), 2.0, 0.03), "stated payback 2,0 on the stated profits")
    p.check(close(700 / (sum(true) / 3 + 45), 2.11, 0.01) and off(2.0, 700 / (sum(true) / 3 + 45), 5.0),
            "tolerated knock-on: true payback 2,1 (5,2 % off)")
    p.check(180 + 120 + 100 + 50 + 50 + 200 == 700 == 400 + 300 and 180 + 120 + 100 + 50 == 450, "capital, fixed 450")
    p.check(p.row("Cộng") == [12, 30, 25000], "rice supply 25 tấn from 12 members")
    p.check(p.row("Nhà hàng, quán đặc sản (lít") == cn and [a + b for a, b in zip(p.row("Cửa hàng OCOP, đại lý (chai)"),
            p.row("Cửa hàng hợp tác xã"))] == ch, "channel table = plan")
    p.has("80.000 đồng/chai", "90.000 đồng/lít", "12.000 lít", "700 triệu đồng", "12 thành viên chính thức",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "độ cồn")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm mục đích kinh doanh",
            "PLANTED no alcohol production licence anywhere")
    p.lacks(r"môi trường|nước thải|bã rượu|bỗng|xử lý chất thải|bể lắng|biogas|đăng ký môi trường|\brác\b",
            "PLANTED no environmental measure anywhere")
    clean(p)
    p.lacks(REPLACED, "replaced instrument")
    return p


def bs06() -> Plan:
    p = Plan("bs06_nuoc_mam_ca_com_thach_kim_cty")
    ch, cn, lit, fish, wk = (p.row("Nước mắm chai 500 ml |"), p.row("Nước mắm can 5 lít |"),
                             p.row("Tổng sản lượng nước mắm"), p.row("Cá cơm nguyên liệu"), p.row("Lao động |"))
    r1, r2, rev = p.row("Doanh thu nước mắm chai"), p.row("Doanh thu nước mắm can"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá cơm (25.000", "Muối hạt |", "Chai, nắp, hộp", "Can 5 lít (15.000", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm", "Điện, nước")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    supply = p.one("Cộng", skip=1)
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + cn[y] * 5 and close(fish[y], lit[y] / 600), f"litres, 600 l per tấn of fish {y}")
        p.check(close(r1[y], ch[y] * 0.07) and close(r2[y], cn[y] * 0.3) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 25) and close(lines[1][y], fish[y] / 3 * 3) and close(lines[2][y], ch[y] * 0.008)
                and close(lines[3][y], cn[y] * 0.015) and close(lines[4][y], wk[y] * 7 * 12) and close(lines[5][y], 100)
                and close(lines[6][y], [500, 375, 250][y] * 0.08) and close(lines[7][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax 17 % {y}")
        p.check(fish[y] <= 40 * 3, f"40 vats × 3 tấn capacity {y}")
        p.check(off(fish[y], supply, 5.0) and fish[y] > supply, f"PLANTED fish need {fish[y]} tấn > supply {supply} tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(supply == 60 == 28 + 22 + 10 and close(fish[0] / supply, 1.333, 0.01) and close(fish[2] / supply, 1.667, 0.01),
            "supply 60 tấn; need 33 % to 67 % above it")
    items = [p.one(x) for x in ("15 thùng chượp", "Nhà chiết rót 200", "Hệ thống lọc, bồn", "Hệ thống xử lý nước thải",
                                "Bao bì, nhãn, đăng ký", "Vốn lưu động mua")]
    total = p.one("Tổng vốn đầu tư |")
    p.check(sum(items) == total == 1500 and sum(items[:4]) == 1000, "items add up to 1.500, fixed 1.000")
    p.check(off(800 + 500, total) and 800 + 500 == 1300, "PLANTED sources 800 + 500 = 1.300 vs total 1.500 (−13 %)")
    p.check(close(sum(post) / 3, 1089.3, 0.002) and close(1500 / (1089.3 + 100), 1.3, 0.03), "payback 1,3")
    p.check(p.row("Cộng", 2) == [ch[0], cn[0]], "channel table = 2027 plan")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Bộ tiêu chí tại Quyết định 1048/QĐ-TTg", "1 tấn cá cơm cho khoảng 600 lít", "Tổng nguồn cá ổn định 60 tấn/năm",
          "Vốn chủ sở hữu của công ty: 800 triệu đồng", "500 triệu đồng, thời hạn 4 năm", "đã đăng ký môi trường")
    p.lacks(r"148/QĐ-TTg|Quyết định 148", "PLANTED the current criteria decision is not cited")
    p.lacks(r"hỗ trợ \d|vốn hỗ trợ|vốn khác|vốn góp thêm|huy động thêm", "PLANTED no third capital source")
    clean(p)
    return p


def bs07() -> Plan:
    p = Plan("bs07_cam_bu_son_truong_tht")
    ha, yld, t, l1, l2 = (p.row("Diện tích cho quả (ha)"), p.row("Năng suất (tấn/ha)"), p.row("Tổng sản lượng (tấn)"),
                          p.row("Cam loại 1 (tấn)"), p.row("Cam loại 2 (tấn)"))
    r1, r2, rev = p.row("Cam loại 1, 25.000"), p.row("Cam loại 2, 15.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Phân bón, thuốc BVTV", "Công chăm sóc", "Thu hái, phân loại", "Thùng carton, nhãn",
                                 "Bán hàng, vận chuyển", "Điện bơm tưới", "Khấu hao", "Lãi vay", "Quản lý tổ hợp tác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (triệu")
    for y in Y:  # triệu đồng
        p.check(t[y] == ha[y] * yld[y] and l1[y] == t[y] * 0.6 and l2[y] == t[y] * 0.4 and ha[y] <= 12, f"output {y}")
        p.check(close(r1[y], l1[y] * 25) and close(r2[y], l2[y] * 15) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], 12 * 25) and close(lines[1][y], 12 * 45) and close(lines[2][y], t[y] * 1.5)
                and close(lines[3][y], l1[y] * 2) and close(lines[4][y], rev[y] * 0.08) and close(lines[6][y], 50)
                and close(lines[7][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit = revenue − stated total {y}")
        p.check(t[y] <= 200, f"cold store 200 tấn/vụ {y}")
        if y != 1:
            p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
    true_cost = lines_sum(lines, 1)
    p.check(off(cost[1], true_cost) and close(true_cost, 1722.7) and cost[1] == 1272.7,
            "PLANTED 2028 total 1.272,7 vs items 1.722,7 (−26 %)")
    true_prof = [rev[y] - lines_sum(lines, y) for y in Y]
    p.check(off(prof[1], true_prof[1]), "tolerated knock-on: 2028 profit 2.192,3 vs true 1.742,3")
    p.check(close(800 / (sum(prof) / 3 + 50), 0.41, 0.02) and close(800 / (sum(true_prof) / 3 + 50), 0.446, 0.01)
            and off(0.4, 800 / (sum(true_prof) / 3 + 50)), "tolerated knock-on: stated 0,4 year vs true 0,45")
    p.check(p.one("Cộng") == l1[0] == 40 + 25 + 15 + 10 and p.one("Cộng", skip=1) == t[0] == 30 + 70 + 50,
            "channel and harvest tables = 2027 plan")
    p.check(350 + 150 + 50 + 250 == 800 == 500 + 300 and 350 + 150 == 500, "capital, fixed 500")
    p.has("Tổ hợp tác có 15 thành viên là 15 hộ", "Tổ hợp tác gồm 21 hộ thành viên")
    p.check(off(21, 15), "PLANTED members 15 vs 21 (+40 %)")
    p.lacks(r"truy xuất|nhật ký|kiểm soát|VietGAP|GlobalGAP|QR|số lô|mã lô|ghi chép|ghi sổ|sổ theo dõi|mã số vùng trồng",
            "PLANTED no internal quality control or traceability anywhere")
    p.has("25.000 đồng/kg", "15.000 đồng/kg", "150 tấn", "800 triệu đồng", "bản cam kết sản xuất thực phẩm an toàn",
          "tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP")
    clean(p)
    p.lacks(REPLACED, "replaced instrument")
    return p


def bs08() -> Plan:
    p = Plan("bs08_banh_ram_truong_luu_hkd")
    hp, tu, pcs, rice, wk = (p.row("Bánh ram hộp 10 chiếc |"), p.row("Bánh ram túi 50 chiếc |"), p.row("Tổng số bánh"),
                             p.row("Gạo nếp |"), p.row("Lao động thường xuyên"))
    r1, r2, rev = p.row("Doanh thu bánh ram hộp"), p.row("Doanh thu bánh ram túi"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp (25.000", "Nhân bánh (320", "Hộp, túi, nhãn", "Tiền công lao động", "Điện, gas",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(pcs[y] == hp[y] * 10 + tu[y] * 50 and close(rice[y], pcs[y] * 0.012), f"pieces, rice 12 kg/1.000 {y}")
        p.check(close(r2[y], tu[y] * 0.15) and close(rev[y], r1[y] + r2[y]), f"bulk revenue, total = rows {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], pcs[y] * 0.00032)
                and close(lines[2][y], hp[y] * 0.003 + tu[y] * 0.002) and close(lines[3][y], wk[y] * 5 * 12)
                and close(lines[5][y], 60) and close(lines[6][y], [200, 100, 0][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(pcs[y] <= 1200 * 6 * 300 and rice[y] <= 10000, f"former capacity, rice contract {y}")
        if y != 1:
            p.check(close(r1[y], hp[y] * 0.035), f"box revenue {y}")
    p.check(off(r1[1], hp[1] * 0.035) and close(hp[1] * 0.035, 1260) and r1[1] == 1460,
            "PLANTED 2028 box revenue 1.460 vs 36.000 × 35.000 = 1.260 (+15,9 %)")
    true_prof = [rev[y] - cost[y] - (r1[y] - hp[y] * 0.035) for y in Y]
    true_pb = 1000 / (sum(true_prof) / 3 + 60)
    p.check(close(true_pb, 1.40, 0.01) and off(0.9, true_pb) and off(0.9, 1000 / (sum(prof) / 3 + 60)),
            "PLANTED payback 0,9 vs 1,4 (1,3 even on the stated profits)")
    p.check(close(800 / 854.3, 0.94, 0.01), "the stated 0,9 is 800 : 854,3")
    p.check(400 + 250 + 150 + 50 + 150 == 1000 == 800 + 200 and 400 + 250 + 150 == 800 and close(400 / 20 + 400 / 10, 60),
            "capital, fixed 800, depreciation 60")
    p.check(p.row("Cộng", 2) == [hp[0], tu[0]], "channel table = 2027 plan")
    p.check(close(pcs[0] / 380000, 1.32, 0.01), "+32 % on 2025 with a former, a freezer and two more workers")
    p.has("35.000 đồng/hộp", "150.000 đồng/túi", "500.000 chiếc", "1 tỷ đồng", "800 : 854,3 ≈ 0,9 năm",
          "tiêu chuẩn cơ sở TCCS 01:2027/BRTL", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Bánh ram Tâm Lưu\"")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|cam kết|tự công bố|công bố sản phẩm|15/2018|"
            r"55/2010|Luật An toàn|HACCP|ISO 22000|GMP",
            "PLANTED no food-safety certificate, commitment or declaration anywhere")
    clean(p)
    p.lacks(REPLACED, "replaced instrument")
    return p


def bs09() -> Plan:
    p = Plan("bs09_tra_ca_gai_leo_ngan_hong_ctcp")
    hp, tu, dry, fresh, wk = (p.row("Trà túi lọc hộp 50 g"), p.row("Trà khô túi 500 g |"), p.row("Tổng trà thành phẩm"),
                              p.row("Cà gai leo tươi"), p.row("Lao động sản xuất"))
    r1, r2, rev = p.row("Doanh thu trà túi lọc"), p.row("Doanh thu trà khô"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Nguyên liệu tươi", "Bao bì (8.000", "Tiền lương", "Điện sấy", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, quảng cáo", "Quản lý |")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(dry[y] == hp[y] * 0.05 + tu[y] * 0.5 and close(fresh[y] * 1000, dry[y] * 5), f"dry, fresh 1:5 {y}")
        p.check(close(r1[y], hp[y] * 0.055) and close(r2[y], tu[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 10) and close(lines[1][y], hp[y] * 0.008 + tu[y] * 0.005)
                and close(lines[2][y], wk[y] * 6.5 * 12) and close(lines[3][y], dry[y] * 0.004) and close(lines[4][y], 80)
                and close(lines[5][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.12), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(fresh[y] <= 100 and dry[y] <= 25000 and hp[y] * 25 <= 2 * 40 * 60 * 8 * 250, f"supply, dryer, packers {y}")
    p.check(off(rev[1] / rev[0], 1.2) and rev[1] / rev[0] > 2.1 and rev[2] / rev[1] > 2.1,
            "PLANTED revenue +117 % and +116 % a year")
    ch = p.row("Cộng", 2)
    p.check(ch == [hp[0], tu[0]] and close(30 * 50 * 12, 18000) and hp[2] / (30 * 50 * 12 + 6000) > 4,
            "PLANTED the named channels (30 nhà thuốc × 50 hộp/tháng + online) cover the 2027 volume, not 100.000 boxes")
    p.check(p.row("Cộng", 3) == [42, 25, 100], "supply 25 ha × 4 tấn = 100 tấn tươi")
    p.check(250 + 400 + 80 + 70 + 100 + 300 == 1200 == 800 + 400 and 250 + 400 + 80 + 70 == 800, "capital, fixed 800")
    p.check(close(sum(post) / 3, 1459.1, 0.002) and close(1200 / (1459.1 + 80), 0.8, 0.03), "payback 0,8 on the plan's profits")
    p.check(dry[2] / 3000 > 4, "tolerated: 2029 output 4,3× the 2025 output with no equipment added after 2027")
    p.has("tăng gấp đôi mỗi năm", "Toàn bộ vốn được giải ngân trong năm 2027", "khoảng 25 tấn trà khô/năm",
          "mỗi điểm bình quân 50 hộp/tháng", "55.000 đồng/hộp", "120.000 đồng/túi", "1,58 tỷ đồng", "1.200 triệu đồng")
    p.check(p.count("Công ty cổ phần Dược liệu Hồng Lĩnh") == 2 and p.count("Công ty cổ phần Thảo dược Ngàn Hống") == 1
            and p.count("CÔNG TY CỔ PHẦN THẢO DƯỢC NGÀN HỐNG") == 1,
            "PLANTED a second producer name, twice")
    p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|TCCS|QCVN|TCVN|ISO|HACCP|hợp quy|hợp chuẩn|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "tem QR")
    clean(p)
    p.lacks(REPLACED, "replaced instrument")
    return p


def bs10() -> Plan:
    p = Plan("bs10_bot_san_day_duc_linh_co_so")
    tu, bk, bot, cu = (p.row("Bột túi zip 500 g"), p.row("Bột bán buôn túi 1 kg"), p.row("Tổng sản lượng bột"),
                       p.row("Củ sắn dây tươi"))
    r1, r2, rev = p.row("Doanh thu bột túi 500 g"), p.row("Doanh thu bột bán buôn"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Củ sắn dây (6.000", "Túi zip, túi 1 kg", "Tiền công lao động", "Điện, củi, nước",
                                 "Khấu hao |", "Bán hàng, vận chuyển", "Lãi vay |", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    cap_cu, cap_bot = 1.5 * 80, 1.5 * 80 / 8
    for y in Y:  # đồng
        p.check(bot[y] * 1000 == tu[y] * 0.5 + bk[y] and cu[y] == bot[y] * 8, f"tấn bột, 8 kg củ/kg {y}")
        p.check(close(r1[y], tu[y] * 80000) and close(r2[y], bk[y] * 130000) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], cu[y] * 1000 * 6000) and close(lines[1][y], tu[y] * 4000 + bk[y] * 1000)
                and close(lines[2][y], [300e6, 380e6, 460e6][y]) and close(lines[3][y], cu[y] * 1000 * 1000)
                and close(lines[4][y], 30e6) and close(lines[5][y], rev[y] * 0.05) and close(lines[6][y], 100e6 * 0.06),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(cu[y] <= 180, f"root supply 180 tấn {y}")
    p.check(cap_cu == 120 and cap_bot == 15 and bot[0] <= cap_bot, "capacity 120 tấn củ = 15 tấn bột; 2027 within")
    p.check(off(bot[1], cap_bot) and off(bot[2], cap_bot) and bot[2] / cap_bot > 1.3,
            "PLANTED 16 and 20 tấn bột vs 15 tấn capacity (+6,7 %, +33 %)")
    p.check(rev[1] / rev[0] > 1.3 and rev[2] / rev[1] > 1.2, "tolerated: +33 % / +25 % growth with the same line")
    p.check(150 + 60 + 30 + 60 == 300 == 200 + 100 and close((150 + 60) / 7, 30), "capital, depreciation 30")
    p.check(close(300 / (780 + 30), 0.4, 0.1) and sum(prof) / 3 == 780e6, "payback 0,4")
    p.check(p.row("Cộng", 2) == [tu[0], bk[0]], "channel table = 2027 plan")
    p.has("chế biến tối đa 1,5 tấn củ/ngày", "khoảng 80 ngày làm việc/năm", "khoảng 120 tấn củ/năm, tương đương 15 tấn bột",
          "Phần mài, lọc, lắng giữ nguyên dây chuyền hiện có", "80.000 đồng/túi", "130.000 đồng/kg", "120 tấn",
          "300 triệu đồng", "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm", "đăng ký môi trường")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|tổ hợp tác|giấy chứng nhận đăng ký|"
            r"đăng ký hộ|thành lập|giấy phép kinh doanh", "PLANTED no business registration anywhere")
    p.lacks(r"nhãn(?! hiệu)|tem |43/2017|111/2021|ghi trên bao bì|in bao bì|thông tin trên bao bì|hạn sử dụng in",
            "PLANTED no label anywhere ('nhãn' only in 'nhãn hiệu')")
    clean(p)
    p.lacks(REPLACED, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bs11_mut_gung_ky_thu_so_sai")
    a.has("60.000 đồng một hộp", "đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 320, "no table, under half a page")
    a.lacks(r"\d+[.,]?\d*\s*(tấn|kg|hộp/năm|triệu|tỷ)", "no output, revenue or capital figure")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|truy xuất|môi trường", "no compliance paragraph (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bs12_choi_dot_phu_gia_so_sai")
    b.has("12 hộ")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 220, "no table, about a third of a page")
    b.lacks(r"đồng|triệu|tỷ|chiếc/|sản phẩm/năm", "no price, output or money")
    b.lacks(r"tiêu chuẩn|nhãn|truy xuất|môi trường|@", "no compliance paragraph, no e-mail")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bs01, bs02, bs03, bs04, bs05, bs06, bs07, bs08, bs09, bs10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
