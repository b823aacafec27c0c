"""The third holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout3/arithmetic.py

For every plan with numbers (the two sketchy ones have a sentence each, checked too): revenue =
quantity x price, cost lines sum to the total, profit = revenue - cost, tax, investment items =
capital sources = total, payback, raw-material need vs supply, output vs capacity, growth, sales
channels vs output. Planted defects are asserted wrong by more than 5 % and everything else right
(within 1 %). Table figures are read from the plan's source; figures quoted from running text are
looked up verbatim, so the numbers cannot drift from the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import Y, close, off, vn  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"


def split(got: list[float], total: float, shares: tuple[float, ...]) -> bool:
    """A channel table: each row is its share of the total."""
    return len(got) == len(shares) and all(close(g, total * s, 0.001) for g, s in zip(got, shares))


def m01() -> Plan:
    p = Plan("m01_dua_luoi_tuong_son_htx")
    houses, nv = p.row("Số nhà màng sản xuất"), p.row("Số lượt nhà – vụ")
    tons, g1, g2 = p.row("Sản lượng thương phẩm (tấn)"), p.row("Dưa loại 1 (tấn)"), p.row("Dưa loại 2 (tấn)")
    workers = p.row("Lao động thường xuyên")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Dưa loại 1 |"), p.row("Dưa loại 2 |")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Hạt giống", "Giá thể, phân bón", "Điện, nước tưới", "Tiền lương lao động",
                                 "Thùng carton", "Khấu hao tài sản", "Lãi vay", "Vận chuyển, bán hàng",
                                 "Quản lý, chứng nhận")]
    wage = [6, 6, 6.5]
    for y in Y:
        p.check(nv[y] == houses[y] * 3, f"house-crops {y}")
        p.check(close(tons[y], nv[y] * 3.24), f"tonnage = house-crops x 3,24 t {y}")
        p.check(close(g1[y], tons[y] * 0.7) and close(g1[y] + g2[y], tons[y]), f"grades 70/30 {y}")
        p.check(close(r1[y], g1[y] * 45) and close(r2[y], g2[y] * 28), f"revenue by grade {y}")
        p.check(close(rev[y], r1[y] + r2[y]), f"revenue sum {y}")
        p.check(close(lines[0][y], nv[y] * 8.4) and close(lines[1][y], nv[y] * 30)
                and close(lines[2][y], nv[y] * 4), f"per house-crop costs {y}")
        p.check(close(lines[3][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[4][y], tons[y] * 1.5), f"cartons 1.500 đ/kg {y}")
        p.check(close(lines[6][y], [1000, 700, 400][y] * 0.07), f"interest {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(0.32 <= prof[y] / rev[y] <= 0.34, f"margin about 33 % {y}")
    p.check(lines[5] == [360, 540, 540] and close(180, (2000 - 200) / 10), "depreciation")
    p.check(8.4 == 2400 * 3500 / 1e6, "seed cost per house-crop")
    items = [p.one(x) for x in ("3 nhà màng", "Hệ thống tưới", "Nhà sơ chế", "Kho mát", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(items[0] == 3 * 380 and sum(items) == p.one("Tổng cộng") == 2000 == 700 + 1000 + 300, "capital")
    avg = sum(prof) / 3
    p.check(close(avg, 1802.3, 0.001) and close(2000 / avg, 1.1, 0.02), "payback")
    p.check(close(tons[0] / 105, 1.11) and close(tons[1] / tons[0], 1.25), "growth 11 % / 25 %")
    p.check(close(1300 / 4100, 0.317), "2025 margin")
    p.has("(1.562,5 + 1.947,7 + 1.896,7) : 3 = 1.802,3", "2.000 : 1.802,3 ≈ 1,1 năm", "khoảng 33%",
          "khoảng 4,65 tỷ đồng", "khoảng 5,82 tỷ đồng/năm", "tăng khoảng 11% so với năm 2025")
    return p


def m02() -> Plan:
    p = Plan("m02_tra_noi_voi_phuc_dong")
    hop, tui = p.row("Trà túi lọc hộp 25 túi"), p.row("Nụ vối khô túi 200 g")
    dry, fresh = p.row("Trà khô thành phẩm"), p.row("Nguyên liệu tươi cần dùng")
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Nụ, lá vối tươi", "Giấy lọc, hộp", "Tiền công lao động", "Điện, củi sấy",
                                 "Khấu hao máy móc", "Lãi vay", "Bán hàng, chiết khấu", "Kiểm nghiệm, quản lý")]
    cost, pre = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    tax, post = p.row("Thuế khoán"), p.row("Lợi nhuận sau thuế")
    workers, wage = [4, 5, 6], [5.5, 5.5, 6]
    for y in Y:
        p.check(close(dry[y], hop[y] * 0.05 + tui[y] * 0.2), f"dry tea {y}")
        p.check(close(fresh[y], dry[y] * 4.5) and fresh[y] <= 1.5 * 6000, f"fresh buds 4,5:1 within 9 t {y}")
        p.check(close(rev[y], hop[y] * 0.065 + tui[y] * 0.12), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.015), f"bud purchase {y}")
        p.check(close(lines[1][y], hop[y] * 0.006 + tui[y] * 0.005), f"packaging {y}")
        p.check(close(lines[2][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[5][y], [200, 150, 100][y] * 0.08), f"interest {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], rev[y] * 0.045)
                and close(post[y], pre[y] - tax[y]), f"profit and tax {y}")
        p.check(fresh[y] <= 50 * 2 * 200 and hop[y] * 25 <= 1500 * 4 * 200, f"dryer and packer capacity {y}")
    items = [p.one(x) for x in ("Máy đóng gói trà túi lọc", "Máy sấy nhiệt khí", "Máy nghiền và sàng",
                                "Cải tạo xưởng", "Thiết kế bao bì", "Vốn lưu động trữ")]
    p.check(sum(items) == p.one("Tổng cộng") == 600 == 400 + 200, "capital")
    avg = sum(post) / 3
    p.check(close(avg, 403.0, 0.001) and close(600 / avg, 1.5, 0.02), "payback")
    ch_hop = [p.row(x, 2)[0] for x in ("Đại lý |", "Điểm bán OCOP", "Bán trực tuyến |", "Quán nước, khách lẻ")]
    ch_tui = [p.row(x, 2)[1] for x in ("Đại lý |", "Điểm bán OCOP", "Bán trực tuyến |", "Quán nước, khách lẻ")]
    p.check(split(ch_hop, hop[0], (0.4, 0.2, 0.3, 0.1)) and split(ch_tui, tui[0], (0.4, 0.2, 0.3, 0.1))
            and p.row("Cộng |", 2) == [hop[0], tui[0]], "2026 channel split")
    p.check(close(9000 * 0.065 + 1600 * 0.12, 780) and close(6500 * 0.065 + 1200 * 0.12, 560, 0.02), "2024-2025 sales")
    p.check(hop[2] * 25 == 450000, "tea bags 2028")
    p.has("12.000 hộp × 65.000 đ = 780 triệu đồng", "2.000 túi × 120.000 đ = 240 triệu đồng", "975 + 300 = 1.275",
          "1.170 + 360 = 1.530", "(298,6 + 416,7 + 493,8) : 3 = 403,0", "600 : 403,0 ≈ 1,5 năm",
          "khoảng 9 tấn tươi/năm", "4.500 kg", "5.625 kg", "6.750 kg")
    return p


def m03() -> Plan:
    p = Plan("m03_trai_nghiem_lang_muoi_ho_do")
    hs, doan, le, tot = (p.row("Học sinh, sinh viên"), p.row("Khách đoàn người lớn"), p.row("Khách lẻ, gia đình"),
                         p.row("Tổng lượt khách"))
    rev, parts = p.row("Doanh thu |"), [p.row(x) for x in ("Gói học sinh", "Gói khách đoàn", "Gói khách lẻ",
                                                            "Bán muối, quà lưu niệm")]
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Suất ăn, nước uống", "Giá vốn hàng bán", "Thù lao diêm dân", "Lương nhân viên",
                                 "Vật tư trải nghiệm", "Khấu hao |", "Lãi vay", "Quảng bá, hoa hồng",
                                 "Điện, nước, quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff, wage = [8, 9, 10], [7, 7, 7.5]
    for y in Y:
        p.check(tot[y] == hs[y] + doan[y] + le[y], f"visitors {y}")
        p.check(close(parts[0][y], hs[y] * 0.15) and close(parts[1][y], doan[y] * 0.25)
                and close(parts[2][y], le[y] * 0.18), f"tour revenue {y}")
        p.check(close(rev[y], sum(x[y] for x in parts)), f"revenue sum {y}")
        p.check(close(lines[0][y], hs[y] * 0.04 + doan[y] * 0.09 + le[y] * 0.06), f"meals {y}")
        p.check(close(lines[1][y], parts[3][y] * 0.6), f"cost of goods 60 % {y}")
        p.check(close(lines[2][y], tot[y] * 0.015) and close(lines[4][y], tot[y] * 0.01), f"per-visitor costs {y}")
        p.check(close(lines[3][y], staff[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[6][y], [1000, 750, 500][y] * 0.08), f"interest {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"profit and tax {y}")
        p.check(tot[y] <= 200 * 180, f"capacity {y}")
    items = [p.one(x) for x in ("Nhà đón tiếp", "Lối đi, chòi nghỉ", "Nâng cấp bếp ăn", "Khu vệ sinh, bãi đỗ xe",
                                "Trang thiết bị, dụng cụ", "Nhận diện thương hiệu", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2100 == 900 + 1000 + 200, "capital")
    p.check(close((2100 - 140) / 8, 250, 0.02), "depreciation over 8 years")
    avg = sum(post) / 3
    p.check(close(avg, 353.2, 0.001) and close(2100 / (avg + 250), 3.5, 0.02), "payback with depreciation")
    p.check(close(tot[0] / 9600, 1.46) and close(tot[2] / 36000, 0.53), "growth 46 %, 53 % of capacity")
    p.has("(211,2 + 369,2 + 479,2) : 3 = 353,2", "2.100 : (353,2 + 250) ≈ 3,5 năm", "36.000 lượt trong 180 ngày",
          "2,8 tỷ đồng năm 2026, tăng lên 3,9 tỷ đồng năm 2028")
    return p


def m04() -> Plan:
    p = Plan("m04_banh_gai_tung_anh")
    tui, hop, pcs = p.row("Túi 10 chiếc (túi)"), p.row("Hộp quà 6 chiếc (hộp)"), p.row("Tổng số bánh (chiếc)")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Túi 10 chiếc (90.000"), p.row("Hộp quà 6 chiếc (65.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Nguyên liệu (3.800", "Lá chuối, túi, hộp", "Lương công nhân", "Điện, nước, chất đốt",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers, wage = [8, 9, 10], [5500, 5500, 6000]
    for y in Y:  # the financial table is in thousand đồng
        p.check(pcs[y] == tui[y] * 10 + hop[y] * 6, f"cakes {y}")
        p.check(close(r1[y], tui[y] * 90) and close(r2[y], hop[y] * 65) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], pcs[y] * 3.8), f"ingredients 3.800 đ/cake {y}")
        p.check(close(lines[1][y], tui[y] * 4 + hop[y] * 7), f"packaging {y}")
        p.check(close(lines[2][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[5][y], [300, 200, 100][y] * 0.08 * 1000), f"interest {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"profit and tax {y}")
        p.check(pcs[y] * 0.055 <= 6 * 2 * 5 * 0.65 * 1000 / 2, f"rice at most half the contracted supply {y}")
        p.check(pcs[y] <= 1500 * 280, f"capacity {y}")
    for label in ("Máy xay bột nước", "Máy đánh nhân", "Nồi hấp công nghiệp", "Máy hút chân không",
                  "Máy in ngày sản xuất", "Tủ mát bảo quản"):
        q, unit, amount = p.row(label)
        p.check(q * unit == amount, f"equipment {label}")
    items = [p.one(x) for x in ("Máy xay bột nước", "Máy đánh nhân", "Nồi hấp công nghiệp", "Máy hút chân không",
                                "Máy in ngày sản xuất", "Tủ mát bảo quản", "Cải tạo xưởng", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 800 == 500 + 300, "capital")
    p.check(items[0] + items[1] == 120 and items[3] + items[4] == 60, "equipment groups as in the text")
    avg = sum(post) / 3 / 1000
    p.check(close(avg, 332, 0.001) and close(800 / avg, 2.4, 0.02), "payback")
    ch = [p.one(x) for x in ("Tại xưởng, cửa hàng", "Đại lý trong tỉnh", "Cửa hàng đặc sản ngoài tỉnh",
                             "Đặt hàng trực tuyến")]
    p.check(split(ch, pcs[0], (0.25, 0.4, 0.2, 0.15)) and p.one("Cộng |") == pcs[0], "channels 2026")
    p.check(close(pcs[0] / 190000, 1.2) and all(0.15 <= pcs[i + 1] / pcs[i] - 1 <= 0.19 for i in range(2)),
            "growth 20 %, then 15-18 %")
    p.check(close(1710 / 190000 * 1e6, 9000) and close(65000 / 6, 10800, 0.005), "price per cake")
    p.has("12.540 kg", "14.850 kg", "17.160 kg", "khoảng 39 tấn gạo/năm", "420.000 chiếc/năm",
          "800 triệu đồng : 332 triệu đồng/năm ≈ 2,4 năm")
    return p


def m05() -> Plan:
    p = Plan("m05_ruou_nep_cam_son_kim_htx")
    chai, binh, litres, rice = p.row("Chai 500 ml |"), p.row("Bình gốm 2 lít |"), p.row("Tổng lượng rượu"), p.row("Gạo nếp cẩm sử dụng")
    lines = [p.row(x) for x in ("Gạo nếp cẩm (25.000", "Men lá, củi", "Chai, bình gốm", "Tiền công lao động",
                                 "Điện, xử lý nước thải", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí")
    workers, wage = [6, 7, 8], [5.5, 5.5, 6]
    true_rev = [c * 0.095 + b * 0.32 for c, b in zip(chai, binh)]
    stated_rev = [2000, 2540, 3500]
    for y in Y:
        p.check(litres[y] == chai[y] * 0.5 + binh[y] * 2, f"litres {y}")
        p.check(close(rice[y], litres[y] / 0.75), f"rice 0,75 l/kg {y}")
        p.check(close(lines[0][y], rice[y] * 0.025), f"rice cost {y}")
        p.check(close(lines[2][y], chai[y] * 0.012 + binh[y] * 0.06), f"bottles {y}")
        p.check(close(lines[3][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[6][y], [500, 375, 250][y] * 0.08), f"interest {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(rice[y] <= 9 * 4.5 * 0.65 * 1000 and rice[y] <= 100 * 260, f"rice supply and still capacity {y}")
        p.check(litres[y] <= 19500, f"capacity in litres {y}")
    p.check(true_rev[0] == 2000 and true_rev[1] == 2540, "2026-2027 revenue right")
    p.check(close(true_rev[2], 3080) and off(stated_rev[2], true_rev[2]), "PLANTED 2028 revenue 3,5 tỷ != 3,08 tỷ")
    pre = [s - c for s, c in zip(stated_rev, cost)]
    post = [x * 0.8 for x in pre]
    p.check(close(pre[0], 565.3) and close(pre[1], 821.3) and close(pre[2], 1449.3), "stated profits follow stated revenue")
    p.check(off(pre[2], true_rev[2] - cost[2]), "2028 profit wrong against true revenue (tolerated knock-on)")
    p.check(close(sum(post) / 3, 756.2, 0.001) and close(1200 / (sum(post) / 3), 1.6, 0.02), "payback from stated figures")
    true_pb = 1200 / ((sum(true_rev) - sum(cost)) * 0.8 / 3)
    p.check(off(1.6, true_pb), "payback with the true revenue ≈ 1,9 (tolerated knock-on)")
    items = [p.one(x) for x in ("Nhà xưởng nấu", "Hệ thống nồi chưng cất", "Máy lọc tách", "Chum, vại",
                                "Hệ thống xử lý nước thải", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 700 + 500, "capital")
    ch = [p.one(x) for x in ("Tại xưởng, cửa hàng giới thiệu", "Nhà hàng, quán đặc sản", "Điểm bán OCOP",
                             "Bán trực tuyến, giao")]
    p.check(split(ch, litres[0], (0.3, 0.35, 0.2, 0.15)) and p.one("Cộng |") == litres[0], "channels 2026")
    p.check(close(litres[0] / 8600, 1.28), "growth over 2025")
    p.check(close(9 * 4.5 * 0.65, 26.3) and close(100 * 260 * 0.75, 19500), "supply and capacity as stated")
    p.has("16.000 chai × 95.000 đồng = 1.520 triệu đồng", "1.500 bình × 320.000 đồng = 480 triệu đồng",
          "1.900 + 640 = 2.540 triệu đồng", "24.000 chai và 2.500 bình, doanh thu dự kiến đạt khoảng 3,5 tỷ đồng",
          "2.000 − 1.434,7 = 565,3", "2.540 − 1.718,7 = 821,3", "3.500 − 2.050,7 = 1.449,3",
          "452,2; 657,0 và 1.159,4", "1.200 : 756,2 ≈ 1,6 năm", "khoảng 14,7 tấn", "khoảng 18,7 tấn",
          "khoảng 22,7 tấn", "khoảng 26,3 tấn gạo/năm")
    p.lacks(r"giấy phép|\bphép\b|105/2017|17/2020", "PLANTED no alcohol production licence anywhere")
    return p


def m06() -> Plan:
    p = Plan("m06_cha_ca_cam_nhuong_cty")
    goi, khay, kg, fish = (p.row("Gói 500 g (gói)"), p.row("Khay 1 kg (khay)"), p.row("Tổng sản lượng chả"),
                           p.row("Cá nguyên liệu (tấn)"))
    lines = [p.row(x) for x in ("Cá nguyên liệu |", "Gia vị, phụ gia", "Bao bì, khay, nhãn", "Tiền lương công nhân",
                                 "Điện, nước, vận hành", "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển lạnh",
                                 "Quản lý, kiểm nghiệm")]
    cost, rev = p.row("Tổng chi phí"), p.row("Doanh thu |")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers, wage = [10, 12, 14], [6, 6, 6.5]
    sums = [sum(x[y] for x in lines) for y in Y]
    for y in Y:
        p.check(kg[y] == goi[y] * 0.5 + khay[y], f"kg {y}")
        p.check(close(fish[y], kg[y] * 1.5 / 1000), f"fish 1,5 kg/kg {y}")
        p.check(close(rev[y], goi[y] * 0.11 + khay[y] * 0.21), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 50) and close(lines[1][y], kg[y] * 0.01), f"fish and spices {y}")
        p.check(close(lines[2][y], goi[y] * 0.003 + khay[y] * 0.005), f"packaging {y}")
        p.check(close(lines[3][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[6][y], [1000, 750, 500][y] * 0.08), f"interest {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"profit and tax follow the stated total {y}")
        p.check(fish[y] <= 200 * 0.2 and kg[y] <= 200 * 280, f"fish supply and capacity {y}")
    p.check(close(cost[0], sums[0]) and close(cost[2], sums[2]), "2026 and 2028 totals right")
    p.check(close(sums[1], 3441.5) and off(cost[1], sums[1]), "PLANTED 2027 total 3.041,5 != 3.441,5")
    p.check(off(pre[1], rev[1] - sums[1]), "2027 profit wrong against the true cost (tolerated knock-on)")
    avg = sum(post) / 3
    p.check(close(avg, 875.1, 0.001) and close(2300 / avg, 2.6, 0.02), "payback from the stated table")
    true_avg = (post[0] + (rev[1] - sums[1]) * 0.8 + post[2]) / 3
    p.check(off(2.6, 2300 / true_avg), "true payback ≈ 3,0 (tolerated knock-on)")
    equip = [p.one(x) for x in ("Máy tách xương", "Máy xay quết chả", "Máy định hình", "Máy hút chân không")]
    p.check(sum(equip) == p.one("Cộng |", skip=1) == 280, "equipment detail")
    p.check(900 + 350 + 280 + 420 + 50 + 300 == 2300 == 1300 + 1000, "capital")
    ch = [p.one(x) for x in ("Nhà hàng, bếp ăn theo hợp đồng", "Siêu thị, cửa hàng", "Điểm bán quà du lịch",
                             "Bán trực tuyến, giao xe lạnh")]
    p.check(split(ch, kg[0], (0.45, 0.25, 0.15, 0.15)) and p.one("Cộng |") == kg[0], "channels 2026")
    p.check(close(kg[0] / 12500, 1.28) and 0.18 <= fish[2] / 200 <= 0.2, "growth, about 20 % of the fleet's catch")
    p.has("20.000 gói × 110.000 đồng = 2.200 triệu đồng", "6.000 khay × 210.000 đồng = 1.260 triệu đồng",
          "2.750 + 1.680 = 4.430", "3.300 + 2.100 = 5.400", "2.300 : 875,1 ≈ 2,6 năm",
          "Quyết định số 781/QĐ-TTg", "Nghị quyết số 123/2018/NQ-HĐND", "theo Nghị quyết 123/2018/NQ-HĐND")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021", "PLANTED only replaced or lapsed instruments are cited")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|mùi|xử lý|phế phẩm|phụ phẩm|đầu cá|xương cá|nội tạng",
            "PLANTED no environmental measure anywhere")
    return p


def m07() -> Plan:
    p = Plan("m07_dong_trung_ha_thao_huong_minh_htx")
    kg, hop, lab = p.row("Đông trùng hạ thảo khô (kg)", 4), p.row("Hộp 10 g (hộp)", 4), p.row("Lao động (người)", 4)
    rev = p.row("Doanh thu (480")
    lines = [p.row(x) for x in ("Giống, cơ chất", "Lọ, hộp, nhãn", "Nhân công", "Điện (điều hòa", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (10%", "Quản lý, chi phí khác")]
    cost = p.row("Tổng chi phí")
    for i in range(4):
        p.check(close(kg[i], hop[i] * 0.01), f"10 g boxes {i}")
    h, w = hop[1:], lab[1:]
    for y in Y:
        p.check(close(rev[y], h[y] * 0.48), f"revenue {y}")
        p.check(close(lines[0][y], h[y] * 0.06) and close(lines[1][y], h[y] * 0.025), f"per-box costs {y}")
        p.check(close(lines[2][y], w[y] * 6 * 12), f"wages {y}")
        p.check(close(lines[5][y], 300 * 0.08) and close(lines[6][y], rev[y] * 0.1), f"interest, sales {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
    profit = [r - c for r, c in zip(rev, cost)]
    p.check(close(profit[0], 260.8) and close(profit[2], 4702), "2026 and 2028 profit right")
    p.check(close(profit[1], 1562.4) and off(1862.4, profit[1]), "PLANTED 2027 profit 1.862,4 != 1.562,4")
    p.check([hop[i + 1] / hop[i] for i in range(3)] == [3, 3, 2.5], "PLANTED growth ×3, ×3, ×2,5")
    p.check(profit[2] / rev[2] > 0.5, "2028 margin 54 %")
    items = [p.one(x) for x in ("Cách nhiệt", "2 bộ điều hòa", "Đèn LED", "Máy sấy thăng hoa", "Tủ cấy",
                                "Nồi hấp", "Bao bì, thiết kế", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 800 == 500 + 300, "capital")
    p.check(sum(items[:3]) == 250 and items[4] + items[5] == 80, "items grouped as in the text")
    p.check(close(380 / 800 * 1e6, 475000, 0.02), "2025 price per box")
    p.has("Lợi nhuận năm 2026 đạt 260,8 triệu đồng", "lợi nhuận ước đạt 1.862,4 triệu đồng",
          "năm 2028 đạt 4.702 triệu đồng")
    p.lacks(r"an toàn thực phẩm|ATTP|tự công bố|công bố sản phẩm|kiểm nghiệm|vệ sinh",
            "PLANTED no food-safety certificate or plan anywhere")
    return p


def m08() -> Plan:
    p = Plan("m08_luc_binh_ky_thu_tht")
    weavers = p.row("Số thợ đan")
    gio, tham, hop, tot = p.row("Bộ giỏ 3 chiếc (bộ)"), p.row("Thảm tròn 60 cm"), p.row("Hộp có nắp (chiếc)"), p.row("Tổng sản phẩm")
    raw = p.row("Lục bình khô sử dụng")
    rev, parts = p.row("Doanh thu |"), [p.row(x) for x in ("Bộ giỏ (280.000", "Thảm (150.000", "Hộp (120.000")]
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lục bình khô |", "Khung sắt", "Tiền công đan |", "Sấy, nhiên liệu",
                                 "Đóng gói, vận chuyển", "Bán hàng, hội chợ", "Quản lý tổ")]
    prof = p.row("Lợi nhuận (A")
    cat = [p.row(x) for x in ("Bộ giỏ 3 chiếc |", "Thảm tròn |", "Hộp có nắp |")]  # kg, wage, price
    qty = [gio, tham, hop]
    for y in Y:
        p.check(tot[y] == gio[y] + tham[y] + hop[y], f"pieces {y}")
        p.check(all(close(parts[i][y], qty[i][y] * cat[i][2] / 1e6) for i in range(3))
                and close(rev[y], sum(x[y] for x in parts)), f"revenue {y}")
        p.check(raw[y] == sum(qty[i][y] * cat[i][0] for i in range(3)) and close(lines[0][y], raw[y] * 0.012),
                f"raw material {y}")
        p.check(close(lines[1][y], tot[y] * 0.015), f"fittings 15.000 đ/piece {y}")
        p.check(close(lines[2][y], sum(qty[i][y] * cat[i][1] for i in range(3)) / 1e6), f"piece-rate wages {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(raw[y] <= 30000, f"raw supply {y}")
    capacity = 28 * 1.5 * 250
    p.check(capacity == 10500 and weavers == [28, 28, 28], "capacity as stated")
    p.check(tot[0] <= capacity and tot[1] <= capacity, "2026-2027 within capacity")
    p.check(off(tot[2], capacity) and off(tot[2], 35 * 1.5 * 250), "PLANTED 2028 14.000 > 10.500 (even with 35)")
    p.has("Tổ có 28 thành viên", "Tổ hợp tác hiện có 35 thành viên")  # PLANTED figure-inconsistent
    p.lacks(r"vốn|đầu tư", "PLANTED no investment or capital section anywhere")
    p.check(close(rev[2] / rev[1], 1.4), "2028 revenue jump +40 % (tolerated knock-on)")
    p.check(close((lines[2][0] + 0.7 * prof[0]) / 28 / 12, 3.0, 0.02), "weaver income about 3 tr/month")
    p.check(tot[0] * 0.6 == 5400 and tot[0] * 0.4 == 3600, "2026 export / retail split")
    p.check(close(tot[0] / 8300, 1.08), "growth over 2025")
    p.has("khoảng 10.500 sản phẩm/năm", "khoảng 14 tấn", "khoảng 21,8 tấn", "khoảng 30 tấn khô/năm")
    return p


def m09() -> Plan:
    p = Plan("m09_dau_goi_bo_ket_thien_loc")
    c3, c5, litres, pods = (p.row("Chai 300 ml (chai)"), p.row("Chai 500 ml (chai)"), p.row("Tổng lượng dầu gội"),
                            p.row("Bồ kết khô sử dụng"))
    rev, r3, r5 = p.row("Doanh thu |"), p.row("- Chai 300 ml (85.000"), p.row("- Chai 500 ml (120.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Dược liệu", "- Chai, nắp", "- Tiền công", "- Điện, nước, gas", "- Khấu hao",
                                 "- Lãi vay", "- Bán hàng", "- Kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế khoán"), p.row("Lợi nhuận sau thuế |")
    workers, wage = [4, 4, 5], [5.5, 6, 6]
    for y in Y:
        p.check(litres[y] == c3[y] * 0.3 + c5[y] * 0.5 and close(pods[y], litres[y] * 0.12), f"litres, pods {y}")
        p.check(close(r3[y], c3[y] * 0.085) and close(r5[y], c5[y] * 0.12) and close(rev[y], r3[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], litres[y] * 0.045) and close(lines[1][y], c3[y] * 0.006 + c5[y] * 0.008),
                f"ingredients, bottles {y}")
        p.check(close(lines[2][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[5][y], [200, 150, 100][y] * 0.08), f"interest {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], rev[y] * 0.045)
                and close(post[y], pre[y] - tax[y]), f"profit and tax {y}")
        p.check(pods[y] <= 300 * 8 and litres[y] <= 200 * 150, f"pod supply and capacity {y}")
    invest, avg, margin, payback = (p.one("Tổng vốn đầu tư |"), p.one("Lợi nhuận sau thuế bình quân"),
                                    p.one("Tỷ suất lợi nhuận"), p.one("Thời gian hoàn vốn"))
    p.check(close(avg, sum(post) / 3, 0.001) and close(margin, sum(post) / sum(rev) * 100, 0.005), "summary table")
    p.check(close(invest / avg, 1.1, 0.02) and off(payback, invest / avg), "PLANTED payback 3,0 != 600 : 547,9 ≈ 1,1")
    items = [p.one(x) for x in ("Nồi nấu inox", "Máy chiết rót", "Bồn chứa", "Cải tạo xưởng", "Công bố mỹ phẩm",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == invest == 600 == 400 + 200, "capital")
    p.check(p.one("Quả bồ kết khô") == 0.12 * 200, "formula per 200 l batch")
    p.check(close(600 * 0.06, 36) and 864 * 0.06 > 50, "pod purchase 36 to over 50 tr")
    p.has("Dầu gội bồ kết Ngàn Phố", "cơ sở Thảo mộc Ngàn Phố")  # PLANTED name-inconsistent
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|số lô|hạn sử dụng in", "PLANTED no label content anywhere")
    return p


def m10() -> Plan:
    p = Plan("m10_cha_bong_tom_thach_kim_htx")
    h2, h5, kg = p.row("Hũ 200 g (hũ)"), p.row("Hũ 500 g (hũ)"), p.row("Tổng chà bông thành phẩm")
    rev, r2, r5 = p.row("Doanh thu |"), p.row("Hũ 200 g (130.000"), p.row("Hũ 500 g (300.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Tôm tươi (80.000", "Gia vị, nước mắm", "Hũ, màng seal", "Tiền lương", "Điện, gas",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers, wage = [8, 9, 10], [5.5, 5.5, 6]
    shrimp = [k * 3.5 for k in kg]
    for y in Y:
        p.check(kg[y] == h2[y] * 0.2 + h5[y] * 0.5, f"kg {y}")
        p.check(close(r2[y], h2[y] * 0.13) and close(r5[y], h5[y] * 0.3) and close(rev[y], r2[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], shrimp[y] * 0.08) and close(lines[1][y], kg[y] * 0.015), f"shrimp, spices {y}")
        p.check(close(lines[2][y], h2[y] * 0.005 + h5[y] * 0.008), f"jars {y}")
        p.check(close(lines[3][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[6][y], [600, 400, 200][y] * 0.075), f"interest {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"profit and tax {y}")
        p.check(kg[y] <= 40 * 250, f"capacity {y}")
    p.check(shrimp[0] <= 18000 and close(shrimp[0] / 1000, 15.8), "2026 shrimp within 18 t, as the text says")
    p.check(off(shrimp[1], 18000) and off(shrimp[2], 18000), "PLANTED 2027-2028 need 19,6 / 24,15 t > 18 t")
    items = [p.one(x) for x in ("Nhà xưởng chế biến 200", "Máy sấy, máy xé tơi", "Tủ đông, kho lạnh",
                                "Máy đóng hũ, seal màng |", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500, "investment items = stated total 1.500")
    p.check(off(700 + 600 + 400, 1500), "PLANTED sources 1.700 != 1.500")
    equip = [p.one(x) for x in ("Máy sấy khí nóng", "Máy xé tơi |", "Chảo rang tự động", "Tủ đông |", "Kho lạnh 15",
                                "Máy đóng hũ, seal màng |", "Cộng thiết bị")]
    p.check(sum(equip[:6]) == equip[6] == items[1] + items[2] + items[3], "equipment detail")
    avg = sum(post) / 3
    p.check(close(avg, 598.7, 0.001) and close(1500 / avg, 2.5, 0.02), "payback")
    ch = [p.one(x) for x in ("Cửa hàng thực phẩm sạch, mẹ", "Điểm bán OCOP, cửa hàng đặc sản",
                             "Thương mại điện tử", "Bán tại trụ sở")]
    p.check(split(ch, kg[0], (0.4, 0.25, 0.25, 0.1)) and p.one("Cộng |") == kg[0], "channels 2026")
    p.check(close(kg[0] / 3900, 1.15) and close(2450 / 3900 * 1000, 628, 0.01), "growth, 2025 price")
    p.check(p.body.count("……………") >= 2, "PLANTED template placeholders left")
    p.has("khoảng 18 tấn tôm tươi/năm", "khoảng 15,8 tấn tôm tươi", "1.500 : 598,7 ≈ 2,5 năm",
          "Vốn góp của thành viên: 700 triệu đồng", "Ngân hàng Nông nghiệp và Phát triển nông thôn: 600 triệu đồng",
          "tỉnh: 400 triệu đồng", "Tổng nguồn vốn huy động để thực hiện phương án là 1.500 triệu đồng")
    return p


def sketchy() -> list[Plan]:
    a = Plan("m11_mat_ong_huong_dien_so_sai")
    a.check(100 * 15 == 1500 and 1500 * 300000 == 450e6, "honey revenue sentence")
    a.has("100 đàn", "15 lít mật/năm", "khoảng 1.500 lít/năm", "300.000 đồng/lít", "khoảng 450 triệu đồng/năm")
    b = Plan("m12_mut_gung_thanh_loc_so_sai")
    b.check(300 <= 3 * 120 <= 400, "ginger revenue range")
    b.has("khoảng 3 tấn mứt gừng", "120.000 đồng/kg", "khoảng 300 – 400 triệu đồng")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
