"""The 81st holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout81/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest and loan schedule,
payback, raw material needed (output x conversion, or sales x grading loss) against own area x
yield plus contracts, output against equipment capacity x working days, growth, the channel and
staff tables, the past results, the sensitivity sentences. Planted numeric defects are asserted
wrong by more than 5 % (with the true value computed) and everything else right (within 1 %).
Table figures are read from the plan's source; figures quoted from running text are looked up
verbatim, so the numbers cannot drift from the text. The textual planted defects (a replaced
decision and resolution cited, no food-safety word, no label word, no registration, no internal
control, no environmental measure, no product standard, a second producer name, a missing
raw-material section, two worker counts) are asserted by the absence or presence of their
words; ready plans cite no replaced instrument and no plan holds a template placeholder.
"""

from __future__ import annotations

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


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|03/2014|01/2021/NĐ-CP|38/2012|89/2006"


def ready_clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def growth(p: Plan, xs: list[float], limit: float, what: str) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {y}")


# --------------------------------------------------------------------------- ready plans

def cd01() -> Plan:
    p = Plan("cd01_che_xanh_khe_bo_cty")
    hop, tui, roi = p.row("Chè xanh hộp 200 g"), p.row("Chè xanh túi 500 g"), p.row("Chè rời bán buôn")
    dry, bup = p.row("Tổng chè xanh khô"), p.row("Búp chè tươi cần dùng")
    rev = p.row("Doanh thu |", skip=1)
    rh, rt, rr = p.row("Chè hộp 200 g (55.000"), p.row("Chè túi 500 g (110.000"), p.row("Chè rời (170.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Búp chè tươi (10.000", "Củi, điện (8.000", "Bao bì (hộp 9.000", "Tiền lương |",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế", skip=1)
    staff = p.row("Tổng cộng", 3)
    supply = 15 * 11 + 150
    for y in Y:  # triệu đồng, tấn
        p.check(close(dry[y], hop[y] * 0.2 / 1000 + tui[y] * 0.5 / 1000 + roi[y] / 1000), f"tonnes of tea {y}")
        p.check(close(bup[y], dry[y] * 4.5), f"4,5 kg búp per kg {y}")
        p.check(bup[y] <= supply and bup[y] <= 2 * 1000 * 200 / 1000, f"búp within 315 tấn supply and 400 tấn capacity {y}")
        p.check(close(rh[y], hop[y] * 0.055) and close(rt[y], tui[y] * 0.11) and close(rr[y], roi[y] * 0.17)
                and close(rev[y], rh[y] + rt[y] + rr[y]), f"revenue {y}")
        p.check(close(lines[0][y], bup[y] * 10) and close(lines[1][y], dry[y] * 8)
                and close(lines[2][y], hop[y] * 0.009 + tui[y] * 0.005 + roi[y] * 0.001), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 500)
                and close(lines[5][y], [2500, 2000, 1500][y] * 0.08) and close(lines[6][y], rev[y] * 0.07),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and 3000 < rev[y] <= 50000,
                f"17 % tax {y}")
    growth(p, rev, 1.2, "revenue")
    p.check(p.row("Vườn chè của công ty", 3) == [15, 11, 165] and p.row("48 hộ liên kết", 3) == [20, 7.5, 150]
            and p.row("Tổng nguồn cung", 2) == [35, 315] and supply == 315, "supply 165 + 150 = 315")
    p.check(close(315 / 279, 1.13, 0.01), "about 11 % spare supply in 2029")
    past_dry, past_price, past_rev = p.row("Chè xanh khô thành phẩm"), p.row("Giá bán bình quân"), p.row("Doanh thu |")
    p.check(all(close(past_rev[y], past_dry[y] * past_price[y]) for y in Y)
            and p.row("Búp chè tươi chế biến") == [x * 4.5 for x in past_dry], "past revenue and búp")
    p.check(p.row("Lao động thường xuyên")[2] == 32 and 171 <= 1000 * 200 / 1000, "32 workers in 2025, old line 200 tấn")
    p.check(close(dry[0] / past_dry[2], 1.32, 0.01), "+32 % on 2025")
    channels = [p.one(x) for x in ("Công ty TNHH Trà Lam Giang", "12 đại lý chè ba tỉnh", "Siêu thị, cửa hàng và điểm bán",
                                   "Đại lý bán lẻ, cửa hàng tạp hóa", "Bán trực tuyến")]
    p.check(sum(channels) == dry[0] and channels[0] + channels[1] == roi[0] / 1000
            and sum(channels[2:]) == hop[0] * 0.2 / 1000 + tui[0] * 0.5 / 1000, "channels 2027 = 50 tấn, by pack")
    p.check(p.one("Chè xanh Khe Bò túi 500 g") == 220 and p.one("Chè xanh Khe Bò hộp 200 g") == 275, "price per kg")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng chế biến", "Dây chuyền sao sấy chè xanh 1.000", "Máy đóng gói, hút chân không, in",
                                "Cải tạo kho bảo quản", "Hệ thống tưới phun mưa", "Thiết kế bao bì, chứng nhận", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng", skip=2) == 6000 == p.one("Vốn chủ sở hữu") + p.one("Vay Ngân hàng"),
            "items = total = sources 6.000")
    p.check(sum(items[:5]) == 4100 and close(4100 / 10 + 90, 500), "fixed 4.100, depreciation 410 + 90")
    p.check(avg1(post) == 2190.1 and close(6000 / (2190.1 + 500), 2.2, 0.02), "average profit, payback 2,2")
    p.check(close(post[0] / rev[0], 0.166, 0.01) and close(post[2] / rev[2], 0.215, 0.01), "16,6 % and 21,5 %")
    p.check(close(150 * 9000 / 48 / 1e3, 28, 0.01), "28 triệu per household at the floor price")
    p.check(close((23) / 50, 0.46) and close((10.4 + 19) / 62, 0.47, 0.02), "46 % / 47 % packed")
    p.has("55.000 đồng/hộp", "110.000 đồng/túi", "170.000 đồng/kg", "Tổng vốn đầu tư 6.000 triệu đồng",
          "(1.678,8 + 2.190,1 + 2.701,4) : 3 ≈ 2.190,1", "6.000 : (2.190,1 + 500) ≈ 2,2 năm",
          "1.000 kg búp/ngày và 200 ngày sản xuất/năm, công suất chế biến là 400 tấn", "tăng khoảng 32%")
    ready_clean(p)
    return p


def cd02() -> Plan:
    p = Plan("cd02_nam_linh_chi_hoa_loc_hkd")
    bags, kg, hop, tui = (p.row("Số bịch phôi |"), p.row("Nấm linh chi khô |"), p.row("Trong đó: hộp 250 g"),
                          p.row("Trong đó: túi 500 g"))
    rev, rh, rt = p.row("Doanh thu |", skip=1), p.row("Hộp 250 g (180.000"), p.row("Túi 500 g (320.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phôi: mùn cưa", "Điện sấy, tưới", "Bao bì (hộp 12.000", "Tiền công lao động thuê",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Thuế khoán", "Kiểm nghiệm, chi khác")]
    prof = p.row("Lợi nhuận |")
    hired = [4, 4, 5]
    for y in Y:  # nghìn đồng
        p.check(close(kg[y], bags[y] * 0.04) and close(kg[y], hop[y] * 0.25 + tui[y] * 0.5), f"40 g per bag, packs {y}")
        p.check(close(rh[y], hop[y] * 180) and close(rt[y], tui[y] * 320) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 6) and close(lines[1][y], kg[y] * 20)
                and close(lines[2][y], hop[y] * 12 + tui[y] * 6), f"per-unit costs {y}")
        p.check(close(lines[3][y], hired[y] * 5500 * 12) and close(lines[4][y], 60000)
                and close(lines[5][y], [200000, 150000, 100000][y] * 0.07) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[7][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bags[y] <= 4 * 6000 * 2 and bags[y] * 0.8 / 1000 <= 45, f"4 houses 48.000 bags, 45 tấn sawdust {y}")
        p.check(kg[y] * 3 <= 100 * 120, f"dryer 12.000 kg fresh {y}")
    growth(p, rev, 1.2, "revenue")
    past_bags, past_kg, past_price, past_rev = (p.row("Số bịch phôi đưa vào trồng"), p.row("Nấm linh chi khô thu được"),
                                                p.row("Giá bán bình quân"), p.row("Doanh thu |"))
    p.check(all(close(past_kg[y], past_bags[y] * 0.04) and close(past_rev[y], past_kg[y] * past_price[y]) for y in Y)
            and past_bags[2] <= 3 * 6000 * 2, "past output and revenue, 3 houses 36.000")
    p.check(close(kg[0] / past_kg[2], 1.33, 0.01), "+33 % on 2025")
    p.check(p.row("Vụ 1", 2) == [20000, 800] and p.row("Vụ 2", 2) == [20000, 800] and p.row("Cộng |", 2) == [bags[0], kg[0]],
            "2027 crop calendar")
    p.check(p.one("Cộng |") == 30000 and sum(p.one(x) for x in ("Tham gia 2 hội chợ", "Quảng cáo trên Facebook",
            "In tờ giới thiệu", "Hàng mẫu dùng thử", "Kệ trưng bày")) == 30000 and 30000 < lines[6][0], "promotion 30.000")
    p.check(p.one("Linh chi Hòa Lộc túi 500 g") == 640 and p.one("Linh chi Hòa Lộc hộp 250 g") == 720, "price per kg")
    items = [p.one("Nhà trồng nấm thứ tư"), p.one("Máy sấy nhiệt 100 kg/mẻ |"), p.one("Máy thái lát |", skip=1)] + [
        p.one(x) for x in ("Cải tạo phòng đóng gói", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 600000 == 400000 + 200000 and sum(items[:4]) == 380000, "capital 600.000")
    p.check(close(380000 / 10 + 22000, 60000), "depreciation 38.000 + 22.000")
    p.check(sum(prof) / 3 == 328716 and close(600000 / (328716 + 60000), 1.5, 0.03), "average profit, payback 1,5")
    r90 = rev[0] * 0.9
    c90 = cost[0] - lines[6][0] - lines[7][0] + r90 * 0.08 + r90 * 0.015
    p.check(close(r90, 979200) and close(c90, 781024) and close(r90 - c90, 198176), "price −10 % sentence")
    c36 = c90 - (lines[0][0] + lines[1][0] + lines[2][0]) * 0.1
    p.check(close(r90 - c36, 230176), "36.000 bags sentence")
    p.check(close(bags[0] * 0.8 / 1000, 32) and close(bags[2] * 0.8 / 1000, 36.8), "sawdust 32 / 36,8 tấn")
    p.check(close(bags[0] * 1.2 / 1000, 48) and close(bags[2] * 1.2 / 1000, 55.2, 0.01), "spent substrate 48 – 55 tấn")
    p.has("180.000 đồng/hộp", "320.000 đồng/túi", "Tổng vốn đầu tư 600 triệu đồng", "1.600 kg năm 2027",
          "(296.640 + 350.716 + 338.792) : 3 = 328.716", "600.000 : (328.716 + 60.000) ≈ 1,5 năm",
          "45 tấn mùn cưa cao su/năm", "tối đa 48.000 bịch/năm", "không ghi công dụng chữa bệnh")
    ready_clean(p)
    return p


def cd03() -> Plan:
    p = Plan("cd03_rau_an_toan_xuan_vien_htx")
    buy_la, buy_cu = p.row("Rau ăn lá thu mua (tấn)"), p.row("Củ quả thu mua (tấn)")
    la, cu, sold = p.row("Rau ăn lá bán ra (tấn)"), p.row("Củ quả bán ra (tấn)"), p.row("Tổng rau củ bán ra (tấn)")
    staff = p.row("Cộng (người)")
    lines = [p.row(x) for x in ("Mua rau ăn lá (14.000", "Mua củ quả (9.000", "Túi, khay, nhãn (1.500", "Điện kho lạnh, nước",
                                 "Nhiên liệu, vận chuyển", "Tiền lương |", "Khấu hao |", "Lãi vay |", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí")
    summary = [p.row(str(2027 + y), 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    rev = [la[y] * 26 + cu[y] * 18 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(la[y], buy_la[y] * 0.9) and close(cu[y], buy_cu[y] * 0.9) and sold[y] == la[y] + cu[y],
                f"10 % loss {y}")
        p.check(close(lines[0][y], buy_la[y] * 14) and close(lines[1][y], buy_cu[y] * 9)
                and close(lines[2][y], sold[y] * 1.5) and close(lines[3][y], sold[y] * 0.5)
                and close(lines[4][y], sold[y] * 1.0), f"per-kg costs {y}")
        p.check(close(lines[5][y], staff[y] * 6.5 * 12) and close(lines[6][y], 180)
                and close(lines[7][y], [1000, 750, 500][y] * 0.075) and close(lines[8][y], 150),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1])
                and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"summary row {y}")
        p.check(buy_la[y] <= 180 + 40 and buy_cu[y] <= 280 + 80 and buy_la[y] + buy_cu[y] <= 2 * 300,
                f"supply per group, 600 tấn packing {y}")
    growth(p, rev, 1.2, "revenue")
    p.has("| 1 | Rau ăn lá của thành viên | 5 ha | 3 | 12 tấn/ha/vụ | 180 tấn |",
          "| 2 | Củ quả của thành viên | 7 ha | 2 | 20 tấn/ha/vụ | 280 tấn |", "| 3 ha | | | 40 tấn |", "| 5 ha | | | 80 tấn |",
          "| | Tổng nguồn cung | 20 ha | | | 580 tấn |")  # units written in the cells
    p.check(5 * 3 * 12 == 180 and 7 * 2 * 20 == 280 and 180 + 280 + 40 + 80 == 580 and 5 + 7 + 3 + 5 == 20, "supply 580")
    p.check(200 <= 220 * 0.95 and 300 <= 360 * 0.95, "within supply even at −5 %")
    past = [p.row(str(2023 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * r[1] / 1000) for r in past), "past revenue")
    p.check(close(sold[0] / 280, 1.29, 0.01) and 1.11 < sold[2] / sold[1] < 1.13 and sold[1] / sold[0] < 1.13,
            "+29 % on 2025, then 11 – 13 %")
    ch = [p.one(x) for x in ("Bếp ăn trường học", "Bếp ăn công nghiệp (hợp đồng)", "Siêu thị, cửa hàng thực phẩm sạch",
                             "Chợ đầu mối, thương lái")]
    p.check(sum(ch) == sold[0] == 360 and p.one("Cộng |") == 360, "channels 360")
    p.has("| 120 | 33% |", "| 80 | 22% |", "| 100 | 28% |", "| 60 | 17% |")
    p.check([round(x / 3.6) for x in ch] == [33, 22, 28, 17], "channel shares")
    items = [p.one("Nhà sơ chế, đóng gói 200", skip=1), p.one("Kho lạnh 20 tấn"), p.one("Xe tải lạnh 2,5", skip=1)] + [
        p.one(x) for x in ("Máy rửa, cân", "Chứng nhận VietGAP, bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2500 == 1000 + 500 + 1000 and sum(items[:4]) == 1800
            and close(1800 / 10, 180), "capital 2.500, fixed 1.800, depreciation 180")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 717.7 and close(2500 / (717.7 + 180), 2.8, 0.01), "average profit, payback 2,8")
    p.check(close(lines[0][0] + lines[1][0], 4400) and close(lines[0][2] + lines[1][2], 5500), "paid to members")
    p.check(close(summary[0][2] / rev[0], 0.086, 0.01) and close(summary[2][2] / rev[2], 0.113, 0.01), "8,6 – 11,3 %")
    p.has("26.000 đồng/kg", "18.000 đồng/kg", "144 tấn × 26.000 đồng/kg = 3.744.000.000 đồng",
          "216 tấn × 18.000 đồng/kg = 3.888.000.000 đồng", "cộng 7.632.000.000 đồng", "Tổng vốn đầu tư là 2.500.000.000 đồng",
          "(543,6 + 717,8 + 891,8) : 3 ≈ 717,7", "2.500 : (717,7 + 180) ≈ 2,8 năm", "25 thành viên chính thức")
    ready_clean(p)
    return p


def cd04() -> Plan:
    p = Plan("cd04_cam_vu_quang_huong_minh_hkd")
    l1, l2, sold = p.row("Cam loại 1 (tấn)"), p.row("Cam loại 2 (tấn)"), p.row("Tổng cam bán ra (tấn)")
    src_total, sellable = p.row("Tổng nguồn cam"), p.row("Cam bán được sau phân loại")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Cam loại 1 (28.000"), p.row("Cam loại 2 (16.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Chăm sóc vườn 8 ha", "Mua cam liên kết", "Thùng carton, tem", "Điện kho mát",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng", "Chi khác, thuế")]
    prof = p.row("Lợi nhuận |")
    perm, days = p.row("Lao động thuê thường xuyên (người)"), p.row("Lao động thời vụ (công)")
    own = [6 * 18, 6 * 18 + 2 * 8, 6 * 18 + 2 * 14]
    for y in Y:  # đồng
        p.check(close(src_total[y], own[y] + 60) and close(sellable[y], src_total[y] * 0.95), f"supply, 95 % {y}")
        p.check(sold[y] == l1[y] + l2[y] and sold[y] <= sellable[y], f"sales within supply {y}")
        p.check(close(r1[y], l1[y] * 1000 * 28000) and close(r2[y], l2[y] * 1000 * 16000) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], 8 * 60e6) and close(lines[1][y], 60 * 1000 * 12000)
                and close(lines[2][y], l1[y] * 1000 * 3000) and close(lines[3][y], sold[y] * 1000 * 500), f"costs {y}")
        p.check(close(lines[4][y], perm[y] * 6e6 * 12 + days[y] * 250000) and close(lines[5][y], 150e6)
                and close(lines[6][y], [800e6, 600e6, 400e6][y] * 0.07) and close(lines[7][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(src_total[y] <= 2 * 100, f"grader 2 tấn/giờ × 100 h {y}")
    growth(p, rev, 1.2, "revenue")
    past = [p.row(str(2024 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 1000 * r[1]) for r in past), "past revenue")
    p.check(close(sold[0] / past[2][0], 1.11, 0.01), "+11 % on 2026")
    ch = [p.one(x) for x in ("Công ty TNHH Trái cây Sông Lam", "15 cửa hàng trái cây", "Bán lẻ tại vườn", "Chợ đầu mối, thương lái")]
    p.check(sum(ch[:3]) == l1[0] and ch[3] == l2[0] and p.one("Cộng |") == sold[0], "channels 2027")
    cal = [p.one(x) for x in ("Tháng 10/2027 |", "Tháng 11/2027 |", "Tháng 12/2027 |", "Tháng 01 – 02/2028 |")]
    p.check(sum(cal) == sold[0], "2027 sales calendar = 150")
    promo = [p.one(x) for x in ("Hội chợ nông sản tỉnh", "Quảng cáo trên mạng xã hội", "Cam dùng thử", "Biển giới thiệu")]
    p.check(sum(promo) == 40e6 and 40e6 < lines[7][0], "promotion 40 triệu within selling cost")
    items = [p.one("Kho mát 40 tấn"), p.one("Nhà sơ chế, phân loại 150", skip=1), p.one("Máy phân loại cam theo cỡ |", skip=1)] + [
        p.one(x) for x in ("Hệ thống tưới nhỏ giọt 8 ha", "Chứng nhận VietGAP, tem", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1.5e9 == 700e6 + 800e6 and sum(items[:4]) == 1.1e9
            and close(1.1e9 / 10 + 40e6, 150e6), "capital 1,5 tỷ, depreciation 150 triệu")
    loan = [p.row(str(2027 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 0.07) and close(r[2], lines[6][y]) for y, r in enumerate(loan)), "loan schedule")
    p.check(sum(prof) / 3 == 829e6 and close(1.5e9 / (829e6 + 150e6), 1.5, 0.03), "average profit, payback 1,5")
    p.check(close(prof[0] / rev[0], 0.178, 0.01) and close(prof[2] / rev[2], 0.247, 0.01), "17,8 % / 24,7 %")
    p.check(close(l1[0] / sold[0], 0.6) and l1[2] / sold[2] > 0.62, "60 % / over 62 % grade 1")
    p.has("28.000 đồng/kg", "16.000 đồng/kg", "Tổng vốn đầu tư 1,5 tỷ đồng", "150 tấn năm 2027",
          "(619.000.000 + 868.400.000 + 999.600.000) : 3 = 829.000.000", "1.500.000.000 : (829.000.000 + 150.000.000) ≈ 1,5 năm",
          "mua 60 tấn/năm với giá 12.000 đồng/kg", "bản cam kết bảo đảm an toàn thực phẩm")
    ready_clean(p)
    return p


# --------------------------------------------------------------------------- revise plans

def cd05() -> Plan:
    p = Plan("cd05_buoi_phuc_trach_sao_khe_cty")
    hop, l1, l2, sold = (p.row("Hộp quà 2 quả (hộp)"), p.row("Bưởi loại 1 bán buôn (tấn)"), p.row("Bưởi loại 2 (tấn)"),
                         p.row("Tổng bưởi tiêu thụ (tấn)"))
    rev, rh, r1, r2 = (p.row("Doanh thu |"), p.row("Hộp quà (150.000"), p.row("Bưởi loại 1 bán buôn (28.000"),
                       p.row("Bưởi loại 2 (15.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bưởi mua của hộ liên kết", "Chăm sóc vườn công ty", "Hộp quà (25.000", "Điện kho lạnh",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Vận chuyển (1.000", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế", skip=1)
    staff = p.row("Cộng |", 3)
    need = [s * 1.05 for s in sold]
    bought = [n - 160 for n in need]
    supply = 10 * 16 + 250
    for y in Y:  # triệu đồng, tấn
        p.check(sold[y] == hop[y] * 3 / 1000 + l1[y] + l2[y], f"tonnes {y}")
        p.check(close(rh[y], hop[y] * 0.15) and close(r2[y], l2[y] * 15) and close(rev[y], rh[y] + r1[y] + r2[y]),
                f"gift boxes, grade 2, total = sub-rows {y}")
        p.check(close(lines[0][y], bought[y] * 15) and close(lines[1][y], 600)
                and close(lines[2][y], hop[y] * 0.025 + (l1[y] + l2[y]) * 1) and close(lines[3][y], sold[y] * 0.6),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 400)
                and close(lines[6][y], [3000, 2400, 1800][y] * 0.08) and close(lines[7][y], sold[y] * 1 + 200)
                and close(lines[8][y], 300), f"wages, depreciation, interest, transport {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]),
                f"cost, profit, tax consistent with the stated revenue {y}")
        p.check(sold[y] <= 2 * 8 * 100, f"line capacity 1.600 tấn {y}")
    p.check(close(r1[0], l1[0] * 28) and close(r1[2], l1[2] * 28), "2027 and 2029 grade-1 revenue right")
    p.check(l1[1] * 28 == 7224 and r1[1] == 8124 and off(r1[1], l1[1] * 28), "PLANTED 2028 grade 1: 8.124 != 258 × 28 = 7.224")
    true_rev1 = rh[1] + l1[1] * 28 + r2[1]
    p.check(close(true_rev1, 12474) and off(rev[1], true_rev1), "PLANTED 2028 revenue 13.374 != 12.474 (+7,2 %)")
    p.check(p.row("Vườn của công ty", 3) == [10, 16, 160] and p.row("40 hộ liên kết", 3) == [25, 10, 250]
            and p.one("Tổng nguồn cung") == supply == 410, "stated supply 160 + 250 = 410")
    p.check(need[0] <= supply, "2027 need 399 within 410")
    p.check(close(need[1], 462) and close(need[2], 525) and off(need[1], supply) and off(need[2], supply),
            "PLANTED need 462 (2028) and 525 (2029) tấn > 410 tấn supply")
    p.check(close(bought[1], 302) and close(bought[2], 365) and off(bought[2], 250) and bought[0] <= 250,
            "cost table buys 302 / 365 tấn against a 250-tấn contract")
    p.has("239 tấn năm 2027, 302 tấn năm 2028 và 365 tấn năm 2029", "công ty bảo đảm đủ nguyên liệu")
    p.has("36.400 – 50.400 đồng/quả", "khoảng 19 – 25 tấn/năm")
    p.check(1.3 * 28000 == 36400 and 1.8 * 28000 == 50400 and [round(n - s) for n, s in zip(need, sold)] == [19, 22, 25],
            "price per fruit, waste 19 – 25 tấn")
    cal = [p.one(x) for x in ("Tháng 8/2027", "Tháng 9/2027", "Tháng 10/2027")]
    p.check(sum(cal) == round(bought[0]) == 239, "2027 purchase calendar 239")
    promo = [p.one(x) for x in ("Hội chợ OCOP, lễ hội", "Quảng cáo trên mạng xã hội", "Hộp quà mẫu", "Đón khách tham quan")]
    p.check(sum(promo) == 200, "promotion 200")
    past = [p.row(x) for x in ("Bưởi bán ra (tấn)", "Giá bán bình quân", "Doanh thu (triệu đồng)")]
    p.check(all(close(past[2][y], past[0][y] * past[1][y]) for y in Y), "past revenue")
    p.check(close(sold[0] / past[0][2], 1.12, 0.01), "+12 % on 2025")
    items = [p.one("Kho lạnh 100 tấn")] + [p.one(x, skip=1) for x in ("Nhà sơ chế, đóng gói 400", "Dây chuyền rửa, phủ sáp, phân cỡ |",
                                                                    "Xe tải lạnh 3,5 tấn |")] + [
        p.one(x) for x in ("Hộp quà, tem, chứng nhận", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 5000 == 2000 + 3000 and sum(items[:4]) == 4000
            and close(4000 / 10, 400), "capital 5.000, depreciation 400 (right)")
    loan = [p.row(str(2027 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 0.08) for r in loan), "loan schedule")
    written = avg1(post)
    true_post1 = (true_rev1 - cost[1]) * 0.83
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(written == 2377.1 and close(5000 / (written + 400), 1.8, 0.01), "stated payback 1,8 on the inflated profit")
    p.check(close(true_avg, 2128.1, 0.001) and close(5000 / (true_avg + 400), 1.98, 0.01) and off(1.8, 5000 / (true_avg + 400)),
            "tolerated knock-on: true payback 2,0")
    p.has("150.000 đồng/hộp", "28.000 đồng/kg", "15.000 đồng/kg", "Tổng vốn đầu tư 5 tỷ đồng", "380 tấn năm 2027",
          "(1.709 + 2.875,1 + 2.547,3) : 3 ≈ 2.377,1", "5.000 : (2.377,1 + 400) ≈ 1,8 năm")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị quyết số 123/2018/NQ-HĐND")  # PLANTED outdated-policy
    p.check(p.count("123/2018/NQ-HĐND") == 2, "NQ 123 in the legal basis and the support request")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021|165/2025", "PLANTED the current instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cd06() -> Plan:
    p = Plan("cd06_nam_so_say_thanh_binh_hkd")
    bags, fresh, fsale, fdry = (p.row("Số bịch phôi |"), p.row("Nấm tươi thu hoạch"), p.row("Nấm tươi bán ra", skip=1),
                                p.row("Nấm tươi đưa vào sấy |", skip=1))
    tui, bulk, dry = p.row("Nấm sò sấy túi 200 g"), p.row("Nấm sò sấy bán buôn |"), p.row("Tổng nấm sò sấy")
    rev, rf, rt, rb = (p.row("Doanh thu |", skip=1), p.row("Nấm tươi (35.000"), p.row("Nấm sấy túi 200 g (70.000"),
                       p.row("Nấm sấy bán buôn (300.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phôi: rơm", "Điện sấy (3.000", "Túi zip (4.000", "Tiền công lao động thuê", "Khấu hao |",
                                 "Lãi vay |", "Vận chuyển, bán hàng |", "Thuế khoán", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    hired = [6, 7, 7]
    dryer = 150 * 1 * 200 / 1000  # tấn fresh a year
    for y in Y:  # triệu đồng
        p.check(close(fresh[y], bags[y] * 0.5 / 1000) and close(fresh[y], fsale[y] + fdry[y]), f"0,5 kg per bag {y}")
        p.check(close(dry[y], tui[y] * 0.2 / 1000 + bulk[y] / 1000) and close(fdry[y], dry[y] * 10), f"10:1 drying {y}")
        p.check(close(rf[y], fsale[y] * 35) and close(rt[y], tui[y] * 0.07) and close(rb[y], bulk[y] * 0.3)
                and close(rev[y], rf[y] + rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.005) and close(lines[1][y], fdry[y] * 3)
                and close(lines[2][y], tui[y] * 0.004 + bulk[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], hired[y] * 5.5 * 12) and close(lines[4][y], 50)
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.015),
                f"wages, depreciation, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bags[y] <= 4 * 10000 * 3 and bags[y] / 1000 <= 120, f"4 houses 120.000 bags, 120 tấn straw {y}")
    p.check(dryer == 30 and fdry[0] <= dryer, "2027 drying 26 tấn within the 30 tấn dryer")
    p.check(off(fdry[1], dryer) and off(fdry[2], dryer) and close(fdry[1] / dryer, 1.167, 0.01)
            and close(fdry[2] / dryer, 1.4, 0.01), "PLANTED drying 35 / 42 tấn fresh > 30 tấn (one 150 kg dryer, 200 days)")
    p.check(off(dry[1], dryer / 10) and off(dry[2], dryer / 10), "PLANTED 3,5 / 4,2 tấn dry > 3 tấn")
    p.has("Máy sấy hiện có 150 kg/mẻ được giữ nguyên và đáp ứng đủ cho kế hoạch sấy", "150 kg nấm tươi mỗi mẻ, mỗi ngày 1 mẻ",
          "khoảng 200 ngày/năm")
    p.lacks(r"máy sấy (thứ hai|mới)|thêm (1 )?máy sấy|mua máy sấy|sấy .{0,20}2 ca", "no second dryer or shift anywhere")
    p.check(dry[1] / dry[0] < 1.5 and dry[2] / dry[1] < 1.5, "tolerated: growth +35 % then +20 %, under 50 %")
    past = [p.row(x) for x in ("Nấm tươi bán ra |", "Nấm tươi đưa vào sấy |", "Nấm sò sấy khô |", "Doanh thu |")]
    p.check(all(close(past[1][y], past[2][y] * 10) and past[1][y] <= dryer for y in Y), "past drying within the dryer")
    p.check(all(250 <= (past[3][y] - past[0][y] * 35) / past[2][y] <= 320 for y in Y), "past dried price 275 – 300k/kg")
    p.has("nấm sấy túi 200 g | 5.000 túi |", "nấm sấy túi 200 g | 3.000 túi |", "nấm sấy bao 5 kg | 1.000 kg |",
          "Tiểu thương chợ | nấm tươi | 10 tấn |")  # quantities written with their units
    p.check(5000 + 3000 == tui[0] and 1000 == bulk[0] and 10 == fsale[0], "2027 channels")
    p.check(sum(p.one(x) for x in ("Tham gia 2 hội chợ", "Quảng cáo trên Facebook", "Hàng dùng thử", "Tờ rơi")) == 20
            and p.one("Cộng |") == 20 < lines[6][0], "promotion 20")
    p.check(sum(p.row(f"Đợt {i}", 1)[0] for i in (1, 2, 3)) == bags[0] == p.row("Cộng |", 1, skip=1)[0], "2027 bag calendar")
    items = [p.one("Nhà trồng nấm thứ tư"), p.one("Máy hút chân không, hàn túi |", skip=1)] + [
        p.one(x) for x in ("Cải tạo phòng đóng gói", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 500 == 200 + 300 and sum(items[:3]) == 350
            and close(350 / 10 + 15, 50), "capital 500, depreciation 50")
    loan = [p.row(str(2027 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 0.07) and close(r[2], lines[5][y]) for y, r in enumerate(loan)), "loan schedule")
    p.check(avg1(prof) == 240.8 and close(500 / (240.8 + 50), 1.7, 0.02), "average profit, payback 1,7")
    r90 = rev[0] - (rt[0] + rb[0]) * 0.1
    c90 = cost[0] - lines[7][0] + r90 * 0.015
    p.check(close(r90, 1124) and close(c90, 1025.9, 0.001) and close(r90 - c90, 98, 0.01), "price −10 % sentence")
    p.check(close(tui[0] * 0.2 / 10 / dry[0], 62, 0.01) and close(tui[2] * 0.2 / 10 / dry[2], 64, 0.01), "62 % / 64 % bagged")
    p.check(close(lines[3][0] / 6, 66), "66 triệu a worker")
    p.has("70.000 đồng/túi", "300.000 đồng/kg", "35.000 đồng/kg", "Tổng vốn đầu tư 500 triệu đồng",
          "(182,8 + 230,8 + 308,9) : 3 ≈ 240,8", "500 : (240,8 + 50) ≈ 1,7 năm", "Tiêu chuẩn cơ sở TCCS 01:2026/TB")
    p.lacks(r"an toàn|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|sức khỏe|tự công bố|công bố sản phẩm|bản công bố",
            "PLANTED no food-safety certificate, commitment, declaration or plan anywhere")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in tên",
            "PLANTED no label, label content, lot code or labelling decree")
    p.has("Nấm sò sấy túi zip 200 g", "Nhãn hiệu \"Nấm Thanh Bình\"")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cd07() -> Plan:
    p = Plan("cd07_cam_bu_khe_lim_htx")
    l1, l2, sold, bought = (p.row("Cam loại 1 (tấn)"), p.row("Cam loại 2 (tấn)"), p.row("Tổng cam tiêu thụ"),
                            p.row("Cam thu mua của thành viên (tấn)"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Cam loại 1 (30.000"), p.row("Cam loại 2 (18.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mua cam của thành viên", "Thùng, tem, sọt", "Vận chuyển (800", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |", 3)
    for y in Y:  # triệu đồng
        p.check(sold[y] == l1[y] + l2[y] and close(bought[y], sold[y] * 1.05), f"tonnes, 5 % loss {y}")
        p.check(close(r1[y], l1[y] * 30) and close(r2[y], l2[y] * 18) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], bought[y] * 14) and close(lines[1][y], sold[y] * 1.5) and close(lines[2][y], sold[y] * 0.8),
                f"per-kg costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 150)
                and close(lines[5][y], [1000, 750, 500][y] * 0.075), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(bought[y] <= 30 * 18 and bought[y] <= 5 * 90, f"members' 540 tấn, packing 450 tấn {y} (no shortfall)")
    p.check(p.row("Khe Lim |", 3) == [13, 12, 216] and p.row("Tân Giang", 3) == [11, 10, 180]
            and p.row("Trung Hòa", 3) == [8, 8, 144] and p.row("Cộng |", 3, skip=1) == [32, 30, 540], "members' area")
    past = [p.row(str(2023 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * r[1]) for r in past) and all(1.09 <= past[y][0] / past[y - 1][0] <= 1.11 for y in (1, 2)),
            "past revenue, +9 – 11 % a year")
    g = [sold[1] / sold[0], sold[2] / sold[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(all(x > 1.6 for x in g) and close(sold[2] / sold[0], 3.0, 0.01) and close(rev[2] / rev[0], 3.0, 0.01),
            "PLANTED output and revenue +77 % then +70 % (×3 in two years)")
    p.check(close(sold[0] / past[2][0], 1.13, 0.01), "2027 itself only +13 % on 2025")
    p.has("Các năm 2028, 2029 hợp tác xã duy trì các kênh trên")
    p.check(sum(p.one(x) for x in ("Đại lý trái cây Vinh", "Công ty TNHH Thương mại Nông sản Thủ Đô |", "Bán lẻ, quà Tết",
                                   "Tiểu thương chợ đầu mối")) == sold[0], "2027 channels = 130")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng gói 150", "Kho mát 30 tấn", "Máy rửa, phân loại cam |", "Xe tải 1,5 tấn |",
                                "Bao bì, tem truy xuất", "Xúc tiến thương mại |", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 2400 and sum(items[:4]) == 1500 and close(1500 / 10, 150), "items = total 2.400")
    sources = 900 + 1000 + 300
    p.has("thành viên góp thêm vốn 900 triệu đồng", "Ngân hàng Nông nghiệp và Phát triển nông thôn 1.000 triệu đồng",
          "Nghị định số 113/2024/NĐ-CP 300 triệu đồng", "Tổng nguồn vốn đáp ứng đủ nhu cầu đầu tư 2.400 triệu đồng")
    p.check(sources == 2200 and off(sources, total), "PLANTED sources 2.200 != 2.400 (−8,3 %)")
    loan = [p.row(str(2027 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 0.075) and close(r[2], lines[5][y]) for y, r in enumerate(loan)), "loan schedule")
    p.check(avg1(post) == 866.4 and close(2400 / (866.4 + 150), 2.4, 0.02), "average profit, payback 2,4 (right)")
    p.check(p.count("Hợp tác xã Cam chanh Hương Đô") == 2 and p.count("Hương Đô") == 2
            and p.count("Hợp tác xã Nông nghiệp Cam bù Khe Lim") == 1, "PLANTED a second producer name, twice")
    p.has("30.000 đồng/kg", "18.000 đồng/kg", "130 tấn năm 2027", "(156,9 + 717 + 1.725,2) : 3 ≈ 866,4",
          "2.400 : (866,4 + 150) ≈ 2,4 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cd08() -> Plan:
    p = Plan("cd08_che_doi_nuong_trang_trai")
    tui, roi, dry = p.row("Chè túi 500 g |"), p.row("Chè rời bán buôn |"), p.row("Tổng chè búp khô")
    need, own, bought = (p.row("Búp tươi cần dùng"), p.row("Búp của trang trại"), p.row("Búp mua của hộ trong thôn"))
    rev, rt, rr = p.row("Doanh thu |", skip=1), p.row("Chè túi 500 g (90.000"), p.row("Chè rời (130.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Búp mua (8.000", "Chăm sóc 6 ha chè", "Củi, điện (7.000", "Túi, hộp (4.000",
                                 "Tiền công lao động thuê", "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    hired = p.row("Cộng |", 3)
    for y in Y:  # triệu đồng
        p.check(close(dry[y], tui[y] * 0.5 / 1000 + roi[y]) and close(need[y], dry[y] * 4.5)
                and close(bought[y], need[y] - own[y]) and own[y] == 6 * 10, f"tonnes, búp {y}")
        p.check(need[y] <= 60 + 30 and need[y] <= 500 * 200 / 1000, f"90 tấn búp, 100 tấn capacity {y}")
        p.check(close(rt[y], tui[y] * 0.09) and close(rr[y], roi[y] * 130) and close(rev[y], rt[y] + rr[y]), f"revenue {y}")
        p.check(close(lines[0][y], bought[y] * 8) and close(lines[1][y], 360) and close(lines[2][y], dry[y] * 7)
                and close(lines[3][y], tui[y] * 0.004 + roi[y] * 1), f"per-unit costs {y}")
        p.check(close(lines[4][y], hired[y] * 5.5 * 12) and close(lines[5][y], 110)
                and close(lines[6][y], [600, 450, 300][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 663 and prof[1] == 823 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 823 != 2.690 − 2.027 = 663 (+24 %)")
    written = avg1(prof)
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(written == 716.8 and close(1000 / (written + 110), 1.2, 0.02), "stated payback 1,2 on the written profit")
    p.check(close(true, 663.5, 0.001) and close(1000 / (true + 110), 1.29, 0.01) and off(1.2, 1000 / (true + 110)),
            "tolerated knock-on: true payback 1,3")
    past = [p.row(x) for x in ("Chè búp khô |", "Giá bán bình quân", "Doanh thu |")]
    p.check(all(close(past[2][y], past[0][y] * past[1][y]) for y in Y) and close(dry[0] / past[0][2], 1.23, 0.01),
            "past revenue, +23 % on 2025")
    season = [p.one(x) for x in ("Chè xuân", "Chè hè", "Chè thu")]
    p.has("| Chè xuân | tháng 3 – 5 | 30% |", "| Chè hè | tháng 6 – 8 | 45% |", "| Chè thu | tháng 9 – 11 | 25% |")
    p.check(all(close(season[i], need[0] * f) for i, f in enumerate((0.3, 0.45, 0.25))) and close(sum(season), need[0])
            and p.one("Cộng |", skip=0) == 72, "2027 búp by season = 72")
    p.has("| chè túi 500 g | 4.000 túi |", "| chè túi 500 g | 5.000 túi |", "| chè túi 500 g | 3.000 túi |",
          "| 6 mối buôn chè | chè rời | 10 tấn |")  # quantities written with their units
    p.check(4000 + 5000 + 3000 == tui[0] and 10 == roi[0], "2027 channels")
    items = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "Máy sao tôn quay 500", "2 máy vò chè")] + [
        p.one(x, skip=1) for x in ("Máy sấy chè |", "Máy hút chân không, hàn túi |")] + [
        p.one(x) for x in ("Thiết kế túi, hộp |", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 400 + 600 and sum(items[:5]) == 700
            and close(700 / 10 + 40, 110), "capital 1.000, depreciation 110")
    loan = [p.row(str(2027 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 0.08) and close(r[2], lines[6][y]) for y, r in enumerate(loan)), "loan schedule")
    p.check(close(rev[0] * 0.9 - cost[0], 274), "price −10 % sentence")
    p.check(all(0.37 <= tui[y] * 0.5 / 1000 / dry[y] <= 0.39 for y in Y), "packed share 37 – 39 %")
    p.has("90.000 đồng/túi", "130.000 đồng/kg", "Tổng vốn đầu tư 1.000 triệu đồng", "16 tấn năm 2027",
          "(512 + 823 + 815,5) : 3 ≈ 716,8", "1.000 : (716,8 + 110) ≈ 1,2 năm", "trang trại của gia đình",
          "bản cam kết bảo đảm an toàn thực phẩm", "Tiêu chuẩn cơ sở")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|thành lập|"
            r"giấy phép|chứng nhận đăng ký|đăng ký thuế|sẽ đăng ký (hộ|kinh)",
            "PLANTED no business registration, tax code or plan to register")
    p.lacks(r"truy xuất|kiểm soát|nội bộ|nhật ký|sổ theo dõi|ghi chép|mã lô|số lô|\bQR\b|kiểm tra|VietGAP|HACCP|ISO|"
            r"lô hàng|\btem\b|lưu mẫu|KCS", "PLANTED no internal control, records or traceability")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cd09() -> Plan:
    p = Plan("cd09_dua_cai_muoi_que_nghen_cty")
    hu, tui, ca = p.row("Dưa cải hũ 500 g |"), p.row("Dưa cải túi 1 kg |"), p.row("Cà pháo muối hũ 400 g |")
    dua, cap, tp = p.row("Dưa cải thành phẩm"), p.row("Cà pháo muối thành phẩm"), p.row("Tổng thành phẩm")
    cai, caf = p.row("Cải bẹ tươi |", 4), p.row("Cà pháo tươi |", 4)  # 2027 – 2029, then the supply
    p.check(cai[3] == 12 * 30 == 360 and caf[3] == 4 * 20 == 80, "supply 360 / 80 tấn")
    cai, caf = cai[:3], caf[:3]
    rev, rh, rt, rc = (p.row("Doanh thu |", skip=1), p.row("Dưa cải hũ 500 g (22.000"), p.row("Dưa cải túi 1 kg (26.000"),
                       p.row("Cà pháo hũ 400 g (24.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cải bẹ tươi (6.000", "Cà pháo tươi (10.000", "Muối, gia vị", "Hũ, túi, nắp, nhãn",
                                 "Tiền lương |", "Điện, nước |", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu",
                                 "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế", skip=1)
    staff = p.row("Cộng |", 3, skip=1)
    for y in Y:  # triệu đồng, tấn
        p.check(close(dua[y], hu[y] * 0.5 / 1000 + tui[y] / 1000) and close(cap[y], ca[y] * 0.4 / 1000)
                and tp[y] == dua[y] + cap[y], f"tonnes {y}")
        p.check(close(cai[y], dua[y] * 1.25) and close(caf[y], cap[y] * 1.1) and cai[y] <= 360 and caf[y] <= 80,
                f"raw material within 360 / 80 tấn {y}")
        p.check(cai[y] + caf[y] <= 40 * 0.5 * 30 and tp[y] <= 2 * 280, f"40 tanks 600 tấn, line 560 tấn {y}")
        p.check(close(rh[y], hu[y] * 0.022) and close(rt[y], tui[y] * 0.026) and close(rc[y], ca[y] * 0.024)
                and close(rev[y], rh[y] + rt[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], cai[y] * 6) and close(lines[1][y], caf[y] * 10) and close(lines[2][y], tp[y] * 1.5)
                and close(lines[3][y], (hu[y] + ca[y]) * 0.004 + tui[y] * 0.0025), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and close(lines[6][y], 200)
                and close(lines[7][y], [1200, 900, 600][y] * 0.08) and close(lines[8][y], rev[y] * 0.12),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
    growth(p, rev, 1.2, "revenue")
    past = [p.row(x) for x in ("Sản lượng thành phẩm", "Giá bán bình quân", "Doanh thu |")]
    p.check(all(close(past[2][y], past[0][y] * past[1][y]) for y in Y) and close(tp[0] / past[0][2], 1.2), "past, +20 %")
    ch = [p.row(x, 3) for x in ("Chuỗi siêu thị", "Nhà phân phối, cửa hàng", "Bếp ăn tập thể, nhà hàng (hợp đồng)")]
    p.check([sum(c[i] for c in ch) for i in range(3)] == [hu[0], tui[0], ca[0]] == p.row("Cộng |", 3), "2027 channels")
    p.check(sum(p.one(x) for x in ("Dùng thử tại 27", "Hội chợ OCOP, hội chợ thương mại", "Quảng cáo trên mạng xã hội",
                                   "Kệ trưng bày, tờ")) == 140 < lines[8][0], "promotion 140")
    items = [p.one("Mở rộng nhà xưởng 300"), p.one("20 thùng ủ inox"), p.one("Dây chuyền rửa, cắt, chiết rót, đóng nắp |", skip=1)] + [
        p.one(x) for x in ("Kho mát 30 tấn |", "Thiết kế bao bì, nhãn, đăng ký", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 2350 and stated == 2550 and off(stated, sum(items)),
            "PLANTED investment table total 2.550 != items 2.350 (+8,5 %)")
    p.check(1350 + 1200 == stated, "sources match the stated (wrong) total")
    p.check(off(1350 + 1200, sum(items)), "tolerated knock-on: sources 2.550 against the items' 2.350")
    p.check(sum(items[:4]) == 1850 and close(1850 / 10 + 15, 200), "fixed 1.850, depreciation 200")
    loan = [p.row(str(2027 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 0.08) and close(r[2], lines[7][y]) for y, r in enumerate(loan)), "loan schedule")
    avg = avg1(post)
    p.check(avg == 1291.0 and close(2550 / (avg + 200), 1.7, 0.01), "stated payback 1,7 on the stated total")
    p.check(close(2350 / (avg + 200), 1.58, 0.01) and off(1.7, 2350 / (avg + 200)), "tolerated knock-on: 1,6 on the true sum")
    p.has("22.000 đồng/hũ", "26.000 đồng/túi", "24.000 đồng/hũ", "240 tấn năm 2027", "(869,2 + 1.291 + 1.712,8) : 3 = 1.291",
          "2.550 : (1.291 + 200) ≈ 1,7 năm", "Tổng nguồn vốn 2.550 triệu đồng", "khoảng 8 m³ nước mỗi ngày",
          "nước dưa dư", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 58/2024", "Nghị định 43/2017/NĐ-CP",
          "mã lô")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|bể lắng|\bhố\b|\brác\b|thu gom|\bmùi\b|khí thải|ô nhiễm|tái sử dụng|"
            r"ủ phân|phân bón|phân hữu cơ|biogas|chăn nuôi", "PLANTED no environmental measure anywhere")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phòng thử nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cd10() -> Plan:
    p = Plan("cd10_cam_say_deo_ngan_pho_cty")
    tui, hop, bulk = p.row("Túi 100 g |"), p.row("Hộp 250 g |"), p.row("Túi 1 kg bán buôn |")
    tp, fresh = p.row("Tổng cam sấy dẻo"), p.row("Cam tươi nguyên liệu cần dùng")
    rev, rt, rh, rb = (p.row("Doanh thu |", skip=1), p.row("Túi 100 g (45.000"), p.row("Hộp 250 g (100.000"),
                       p.row("Bán buôn (320.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cam tươi (8.000", "Đường phèn, mật ong", "Điện sấy (15.000", "Bao bì (túi 3.000",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá (10%", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế", skip=1)
    staff = p.row("Tổng cộng", 4)  # present (2026), 2027, 2028, 2029
    for y in Y:  # triệu đồng
        p.check(close(tp[y], tui[y] * 0.1 / 1000 + hop[y] * 0.25 / 1000 + bulk[y] / 1000) and close(fresh[y], tp[y] * 6),
                f"tonnes, 6 kg fresh per kg {y}")
        p.check(fresh[y] <= 2 * 300 * 250 / 1000, f"two dryers 150 tấn fresh {y}")
        p.check(close(rt[y], tui[y] * 0.045) and close(rh[y], hop[y] * 0.1) and close(rb[y], bulk[y] * 0.32)
                and close(rev[y], rt[y] + rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 8) and close(lines[1][y], tp[y] * 25) and close(lines[2][y], tp[y] * 15)
                and close(lines[3][y], tui[y] * 0.003 + hop[y] * 0.008 + bulk[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y + 1] * 6.5 * 12) and close(lines[5][y], 500)
                and close(lines[6][y], [3000, 2400, 1800][y] * 0.08) and close(lines[7][y], rev[y] * 0.1),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
    growth(p, rev, 1.25, "revenue")
    past = [p.row(x) for x in ("Cam sấy dẻo thành phẩm", "Giá bán bình quân", "Doanh thu |")]
    p.check(all(close(past[2][y], past[0][y] * past[1][y]) for y in Y) and past[0][2] <= 75 / 6
            and close(tp[0] / past[0][2], 1.25), "past, one dryer 12,5 tấn, +25 %")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng 500", "Máy sấy lạnh bơm nhiệt 300 kg/mẻ |", "Máy rửa, máy thái, bể ngâm",
                                "Kho lạnh 50 tấn |")] + [p.one("Máy đóng gói định lượng |", skip=1)] + [
        p.one(x) for x in ("Bao bì, tiêu chuẩn, xúc tiến", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng", skip=1) == 6500 == 3500 + 3000 and sum(items[:5]) == 5000
            and close(5000 / 10, 500), "capital 6.500, depreciation 500")
    loan = [p.row(str(2027 + y), 3) for y in Y]
    p.check(all(close(r[2], r[0] * 0.08) and close(r[2], lines[6][y]) for y, r in enumerate(loan)), "loan schedule")
    p.check(sum(p.one(x) for x in ("Livestream, quảng cáo", "Hội chợ OCOP, hội chợ xúc tiến", "Hàng mẫu, dùng thử",
                                   "Thiết kế ấn phẩm")) == 200 < lines[7][0], "promotion 200")
    avg = avg1(post)
    true = 6500 / (avg + 500)
    p.has("6.500 : (1.046,8 + 500) ≈ 2,1 năm")
    p.check(avg == 1046.8 and close(true, 4.2, 0.01) and off(2.1, true) and off(2.1, 6500 / avg),
            "PLANTED payback 2,1 != 6.500 : 1.546,8 = 4,2 (6,2 without depreciation)")
    r90 = rev[0] * 0.9
    p.check(close(r90 - (cost[0] - lines[7][0] + r90 * 0.1), 92.6, 0.01), "price −10 % sentence")
    p.has("Tổng số lao động hiện nay: 36 người (24 nữ)", "Hiện nay công ty có 22 lao động")  # PLANTED figure-inconsistent
    p.check(staff[0] == 22 and off(36, 22), "PLANTED 36 != 22 workers at present")
    p.check(sum(p.row(x, 4)[0] for x in ("Quản lý, văn phòng", "Kinh doanh, bán hàng", "Sơ chế, sấy", "Đóng gói, kho", "KCS |"))
            == 22, "staff table adds up to 22")
    heads = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(not any(re.search(r"nguyên liệu|vùng trồng|liên kết|cung ứng", h, re.I) for h in heads),
            "PLANTED no raw-material heading")
    p.lacks(r"hợp đồng (mua|cung cấp|liên kết) cam|vùng nguyên liệu|hộ trồng cam|vườn cam của|ha cam|tấn/ha|"
            r"hợp tác xã|nhà vườn", "PLANTED no orange supply (area, growers, contract) anywhere")
    p.has("45.000 đồng/túi", "100.000 đồng/hộp", "320.000 đồng/kg", "Tổng vốn đầu tư 6,5 tỷ đồng", "15 tấn năm 2027",
          "(529,5 + 1.046,8 + 1.564,1) : 3 ≈ 1.046,8", "6 kg cam tươi cho 1 kg cam sấy dẻo")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cd11_nam_rom_thach_lac_so_sai")
    a.check(3000 * 60000 == 180e6, "straw-mushroom sentence (3 tấn × 60.000 = 180 triệu)")
    a.has("khoảng 3 tấn/năm", "60.000 đồng/kg", "doanh thu khoảng 180 triệu đồng/năm", "lãi khoảng 70 triệu đồng/năm",
          "thương lái", "chợ xã")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150 – 300 words")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    a.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn|vốn đầu tư|tổng vốn", "no food safety, label, standard, capital (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cd12_bi_xanh_dong_tien_so_sai")
    b.check(5 * 30 == 150 and close(150000 * 8000, 1.2e9), "wax-gourd sentences (5 ha × 30 tấn, 150 tấn × 8.000 = 1,2 tỷ)")
    b.has("5 ha bí xanh", "khoảng 30 tấn/ha", "khoảng 150 tấn/năm", "8.000 đồng/kg", "khoảng 1,2 tỷ đồng/năm",
          "hợp đồng hợp tác ký ngày 10/3/2024", "# A. THONG TIN CHUNG VE TO HOP TAC")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150 – 300 words")
    market = b.body.split("# C. THI TRUONG", 1)[1].split("# D.", 1)[0]
    b.check(not re.search(r"chợ|siêu thị|thương lái|đại lý|công ty|cửa hàng|online|facebook|hợp đồng|bếp ăn", market, re.I),
            "the market names no customer or channel (tolerated no-sales-channel)")
    b.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn|vốn đầu tư|tổng vốn|VietGAP", "no food safety, label, standard, capital")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cd01, cd02, cd03, cd04, cd05, cd06, cd07, cd08, cd09, cd10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
