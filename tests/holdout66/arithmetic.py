"""The sixty-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout66/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth, and the small tables (suppliers, channels) add up.
Planted numeric defects are asserted wrong by more than 5 % and everything else right (within
1 %). Table figures are read from the plan's source; figures quoted from running text are looked
up verbatim. The textual planted defects (replaced instruments cited, no label, no trademark, a
second producer name, two prices, no product standard, no food safety, no sales channel, no
registration, no environmental measure) are asserted too, as is the absence of template
placeholders in every plan.
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def common(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(OLD, "cites a replaced instrument")


def bo01() -> Plan:
    p = Plan("bo01_mat_ong_hoa_rung_son_hong_cty")
    lo, chai, kg, raw = p.row("1 | Lọ 500 g") if False else p.row("Lọ 500 g"), p.row("Chai 1 kg"), p.row("Tổng mật thành phẩm"), p.row("Mật thô cần dùng")
    lines = [p.row(x) for x in ("Mật thô (110.000", "Lọ, chai, nắp", "Tiền lương", "Điện, nước, kiểm nghiệm", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost = p.row("Cộng chi phí")
    summ = [p.row(f"Năm {2027 + y}", 6) for y in Y]  # output, revenue, cost, pre, tax, post
    staff = [7, 8, 8]
    for y in Y:
        rev = lo[y] * 0.16 + chai[y] * 0.29
        p.check(kg[y] == lo[y] * 0.5 + chai[y] and close(raw[y], kg[y] * 1.06), f"kg, raw honey {y}")
        p.check(close(lines[0][y], raw[y] * 0.11) and close(lines[1][y], lo[y] * 0.008 + chai[y] * 0.012)
                and close(lines[2][y], staff[y] * 6 * 12) and lines[4][y] == 80
                and close(lines[5][y], [600, 400, 200][y] * 0.08) and close(lines[6][y], rev * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        rate = 0.15 if rev <= 3000 else 0.17
        p.check(s[0] == kg[y] and close(s[1], rev) and close(s[2], cost[y]) and close(s[3], s[1] - s[2])
                and close(s[4], s[3] * rate, 0.01) and close(s[5], s[3] - s[4]), f"summary row {y}")
        p.check(raw[y] <= 6000 + 6000 and kg[y] <= 100 * 2 * 250, f"supply and capacity {y}")
        if y:
            p.check(rev / (summ[y - 1][1]) < 1.2, f"growth {y}")
    p.check(close(kg[0] / 6800, 1.18, 0.01), "+18 % on 2026")
    p.check(250 + 350 + 200 + 50 + 350 == 1200 == p.one("Tổng cộng") == 600 + 600 and 250 + 350 + 200 == 800, "capital")
    post = [s[5] for s in summ]
    p.check(avg1(post) == 535.3 and close(1200 / (535.3 + 80), 1.95, 0.01), "payback 1,95")
    sup = [p.row(x, 3) for x in ("Khe Rồng", "Hồng Lĩnh", "Tân Hồng", "Trung Hồng", "Thượng Kim", "Hà Trai")]
    tot = p.row("Cộng |", 3)
    p.check(all(close(sum(r[i] for r in sup), tot[i]) for i in range(3)) and tot == [45, 700, 6000], "supplier table")
    ch = [p.one(x) for x in ("Cửa hàng thực phẩm sạch |", "Điểm bán sản phẩm OCOP |", "Thương mại điện tử |", "Bán trực tiếp, hội chợ |")]
    p.check(sum(ch) == 8000, "channel split = 8.000 kg")
    p.has("1.280 + 1.160 = 2.440", "1.440 + 1.305 = 2.745", "1.600 + 1.450 = 3.050", "(435 + 520,1 + 650,7) : 3 ≈ 535,3",
          "1.200 : (535,3 + 80) ≈ 1,95 năm", "tổng cộng 6.000 kg/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/NTR", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã số 3002419875")
    common(p)
    return p


def bo02() -> Plan:
    p = Plan("bo02_trai_nghiem_dong_muoi_ky_ninh_htx")
    visits, meals, bags = p.row("Lượt khách trải nghiệm"), p.row("Suất ăn |"), p.row("Túi muối quà tặng 1 kg")
    rev = p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thực phẩm cho bếp ăn", "Muối, túi, nhãn", "Trả hộ diêm dân", "Tiền lương 6", "Khấu hao |",
                                 "Lãi vay |", "Quảng bá, hoa hồng", "Quản lý, điện nước")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        r = visits[y] * 0.15 + meals[y] * 0.18 + bags[y] * 0.04
        p.check(close(rev[y], r), f"revenue {y}")
        p.check(close(lines[0][y], meals[y] * 0.18 * 0.45) and close(lines[1][y], bags[y] * 0.015)
                and close(lines[2][y], visits[y] * 0.03) and lines[3][y] == 6 * 6 * 12 and lines[4][y] == 70
                and close(lines[5][y], [400, 200, 0][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(visits[y] <= 120 * 300 and bags[y] <= 60000, f"capacity, salt {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(visits[0] / 5200, 1.15, 0.01), "+15 % on 2026")
    p.check(400 + 150 + 150 + 50 + 250 == 1000 == 450 + 400 + 150 and 400 + 150 + 150 == 700, "capital 1.000, fixed 700")
    p.check(avg1(post) == 588.5 and close(1000 / (588.5 + 70), 1.5, 0.02), "payback 1,5")
    p.has("6.000 lượt × 150.000 đồng = 900 triệu đồng", "4.000 suất × 180.000 đồng = 720 triệu đồng",
          "3.000 túi × 40.000 đồng = 120 triệu đồng", "1.999 triệu đồng (1.035 + 828 + 136)",
          "2.258 triệu đồng (1.170 + 936 + 152)", "1.000 : (588,5 + 70) ≈ 1,5 năm", "số 3002561044",
          "đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu tập thể", "đăng ký môi trường")
    common(p)
    return p


def bo03() -> Plan:
    p = Plan("bo03_xa_phong_sa_chanh_thach_lac_hkd")
    yrs = [p.row(str(2027 + y), 4) for y in Y]  # soap, shampoo, oil litres, workers
    rs, rg, rev = p.row("Doanh thu xà phòng"), p.row("Doanh thu dầu gội"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Nguyên liệu xà phòng", "Nguyên liệu dầu gội", "Bao bì, nhãn (4.000", "Tiền công lao động",
                                 "Khấu hao |", "Điện, nước |", "Bán hàng, vận chuyển", "Kiểm nghiệm định kỳ", "Lãi vay |",
                                 "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        s, g, oil, w = yrs[y]
        p.check(close(rs[y], s * 45) and close(rg[y], g * 85) and close(rev[y], rs[y] + rg[y]), f"revenue {y}")
        p.check(close(oil, (s * 1.5 + g * 2) / 1000) and oil <= 60, f"essential oil {y}")
        p.check(close(lines[0][y], s * 12) and close(lines[1][y], g * 20) and close(lines[2][y], s * 4 + g * 8)
                and close(lines[3][y], w * 5500 * 12) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], [200000, 100000, 0][y] * 0.07) and close(lines[9][y], rev[y] * 0.015), f"lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(s <= 3000 * 13 and g <= 500 * 250, f"curing and filling capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng 60", "Nồi nấu, máy khuấy", "Máy chiết rót, máy co", "Thiết kế bao bì, nhãn, kiểm",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 400000 == 200000 + 200000 and sum(items[:3]) == 320000, "capital")
    p.check(close(320000 / 8, 40000) and sum(prof) / 3 == 458150 and close(400000 / (458150 + 40000), 0.8, 0.01), "payback 0,8")
    p.has("26.000 × 1,5 + 8.000 × 2 = 55.000 ml", "(350.050 + 480.150 + 544.250) : 3 = 458.150",
          "400.000 : (458.150 + 40.000) ≈ 0,8 năm", "số 28C8004127", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "TCCS 01:2026/ML", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu “Mộc Lam”")
    common(p)
    return p


def bo04() -> Plan:
    p = Plan("bo04_ruou_nep_cai_duc_thinh_ctcp")
    ch, bi, lit, rice = p.row("Chai 500 ml |"), p.row("Bình 1,5 lít |"), p.row("Rượu thành phẩm"), p.row("Gạo nếp cần dùng")
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 ml (140.000"), p.row("Bình 1,5 lít (420.000")
    lines = [p.row(x) for x in ("Gạo nếp (22.000", "Men, củi trấu", "Chai, bình, hộp", "Tiền lương, bảo hiểm", "Khấu hao |",
                                 "Lãi vay |", "Thuế tiêu thụ đặc biệt", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 1.5 and close(rice[y], lit[y] / 0.65), f"litres, rice {y}")
        p.check(close(rc[y], ch[y] * 0.14) and close(rb[y], bi[y] * 0.42) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], ch[y] * 0.009 + bi[y] * 0.06) and lines[3][y] == 9 * 6 * 12
                and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[6][y], rev[y] * 0.4), f"lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 60 * 280 and rice[y] <= 30000, f"capacity, rice contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(lit[0] / 9500, 1.37, 0.01), "+37 % on 2026 with a second still")
    p.check(450 + 400 + 150 + 100 + 400 == 1500 == 700 + 800 and 450 + 400 + 150 == 1000, "capital")
    p.check(avg1(post) == 418.7 and close(1500 / (418.7 + 100), 2.9, 0.01), "payback 2,9")
    p.has("2 × 60 × 280 = 33.600 lít/năm", "(301,3 + 418,7 + 536,2) : 3 ≈ 418,7", "1.500 : (418,7 + 100) ≈ 2,9 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 05/GP-KT", "QCVN 6-3:2010/BYT",
          "Không dành cho người dưới 18 tuổi", "đăng ký môi trường", "mã số 3002398716")
    common(p)
    return p


def bo05() -> Plan:
    p = Plan("bo05_tinh_bot_nghe_huong_tra_htx")
    jars, bulk, kg, fresh = p.row("Lọ 200 g (lọ)"), p.row("Bán buôn (kg)"), p.row("Tổng tinh bột nghệ"), p.row("Nghệ tươi cần dùng")
    rev = p.row("Doanh thu (triệu đồng)")
    rev2 = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Nghệ tươi (3.000", "Lọ, túi, nhãn", "Điện sấy, nước", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    true_rev = [jars[y] * 0.11 + bulk[y] * 0.42 for y in Y]
    for y in Y:
        p.check(kg[y] == jars[y] * 0.2 + bulk[y] and close(fresh[y], kg[y] * 50 / 1000), f"kg, fresh turmeric {y}")
        p.check(rev[y] == rev2[y], f"two revenue rows agree {y}")
        p.check(close(lines[0][y], fresh[y] * 3) and close(lines[1][y], jars[y] * 0.005 + bulk[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.015) and lines[3][y] == 9 * 5.5 * 12 and lines[4][y] == 60
                and close(lines[5][y], [300, 200, 100][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit = stated revenue - cost {y}")
        p.check(kg[y] <= 25 * 200, f"dryer capacity {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[1], true_rev[1]), "revenue 2027, 2028 right")
    p.check(off(rev[2], true_rev[2], 5) and close(true_rev[2], 1824) and close(rev[2] / true_rev[2], 1.164, 0.005),
            "PLANTED revenue 2029 2.124 vs 12.000 × 110.000 + 1.200 × 420.000 = 1.824 (+16,4 %)")
    supply = 3 * 25 + 2 * 25
    p.check(supply == 125 and all(off(fresh[y], supply, 5) for y in Y) and close(fresh[0] / supply, 1.2),
            "PLANTED material-shortfall: need 150-180 tấn vs 125 tấn supply")
    p.has("3 ha, năng suất bình quân 25 tấn/ha", "tổng diện tích 2 ha, năng suất 25 tấn/ha",
          "nguồn nghệ tươi của vùng nguyên liệu bảo đảm đủ", "50 kg nghệ tươi cho 1 kg tinh bột nghệ")
    p.check(250 + 350 + 50 + 250 == 900 == 600 + 300 and 250 + 350 == 600, "capital")
    p.check(avg1(prof) == 402 and close(900 / (402 + 60), 1.9, 0.03), "stated payback 1,9 on stated profits")
    true_prof = [prof[0], prof[1], true_rev[2] - cost[2]]
    p.check(close(900 / (sum(true_prof) / 3 + 60), 2.5, 0.02), "true payback ≈ 2,5 (tolerated knock-on)")
    p.check(close(rev[2] / rev[1], 1.27, 0.01) and close(kg[2] / kg[1], 1.09, 0.01), "2029 +27 % revenue on +9 % output (tolerated)")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|bể lắng lọc|đăng ký môi", "PLANTED no environmental measure")
    p.check("xay nhuyễn với nước" in p.body and "Rửa lắng" in p.body, "the process makes wastewater")
    common(p)
    return p


def bo06() -> Plan:
    p = Plan("bo06_bot_san_day_cam_nhuong_cty")
    box, bag, kg, root = p.row("Hộp 400 g (hộp)"), p.row("Túi 1 kg (túi)"), p.row("Tổng sản lượng bột"), p.row("Củ tươi cần dùng")
    rbx, rbg, rev = p.row("Doanh thu hộp 400 g"), p.row("Doanh thu túi 1 kg"), p.row("Tổng doanh thu (tr.đ)")
    rev2 = p.row("Tổng doanh thu |")
    lines = [p.row(x) for x in ("Củ sắn dây (3.500", "Hộp, túi (6.000", "Tiền lương", "Điện sấy, nước", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, quảng cáo", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(kg[y] == box[y] * 0.4 + bag[y] and close(root[y], kg[y] * 6 / 1000), f"kg, roots {y}")
        p.check(close(rbx[y], box[y] * 0.095) and close(rbg[y], bag[y] * 0.21) and close(rev[y], rbx[y] + rbg[y])
                and rev[y] == rev2[y], f"revenue {y}")
        p.check(close(lines[0][y], root[y] * 3.5) and close(lines[1][y], box[y] * 0.006 + bag[y] * 0.003)
                and lines[2][y] == 10 * 6 * 12 and close(lines[3][y], kg[y] * 0.004)
                and close(lines[5][y], [500, 400, 300][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"profit {y}")
        p.check(root[y] <= 12 * 8 and kg[y] <= 2 * 40 * 180, f"supply and dryer capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("Nâng cấp nhà xưởng", "Máy rửa, máy mài", "Hệ thống lắng lọc", "Thiết kế hộp, túi", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư |")
    p.check(sum(items) == total == 1600 and sum(items[:3]) == 1100 and close(1100 / 10, 110), "items = 1.600, fixed 1.100")
    sources = 700 + 500 + 200
    p.check(off(sources, total, 5) and sources == 1400, "PLANTED capital-mismatch: sources 1.400 vs total 1.600 (-12,5 %)")
    p.has("Vốn tự có của công ty: 700 tr.đ", "Ngân hàng TMCP Công Thương chi nhánh Hà Tĩnh: 500 tr.đ",
          "OCOP của tỉnh: 200 tr.đ", "1.600 : (664,8 + 110) ≈ 2,1 năm")
    p.check(avg1(post) == 664.8 and close(1600 / (664.8 + 110), 2.1, 0.02), "payback on the stated total")
    p.check("Quyết định số 1048/QĐ-TTg" in p.body and "Quyết định số 781/QĐ-TTg" in p.body and "148/QĐ-TTg" not in p.body,
            "PLANTED outdated-policy: QĐ 1048 and QĐ 781 cited, QĐ 148 absent")
    no_tm = re.sub(r"nhãn hiệu", "", p.body, flags=re.I)
    p.check("nhãn" not in no_tm.lower() and not re.search(r"\btem\b|43/2017|111/2021|ghi nhãn", p.body, re.I),
            "PLANTED no-label-plan: 'nhãn' only inside 'nhãn hiệu'")
    p.check("Hộp giấy 400 g" in p.body and "Túi zip 1 kg" in p.body, "packaged goods")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bo07() -> Plan:
    p = Plan("bo07_khay_tra_go_thai_yen_tht")
    sets_, boxes, wood = p.row("Bộ khay trà |"), p.row("Hộp trà |"), p.row("Gỗ xẻ |")
    r1, r2, rev = p.row("Doanh thu bộ khay"), p.row("Doanh thu hộp trà"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gỗ (0,45", "Dầu, sáp, phụ kiện", "Tiền công thợ", "Điện |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển |", "Quản lý |", "Thuế (1,5%")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(wood[y], sets_[y] * 0.03 + boxes[y] * 0.005) and wood[y] <= 40, f"wood need vs 40 m³ contract {y}")
        p.check(close(r1[y], sets_[y] * 1.5) and close(r2[y], boxes[y] * 0.35) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], sets_[y] * 0.45 + boxes[y] * 0.09) and close(lines[1][y], sets_[y] * 0.1 + boxes[y] * 0.025)
                and close(lines[2][y], sets_[y] * 0.35 + boxes[y] * 0.06) and lines[4][y] == 50
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[8][y], rev[y] * 0.015), f"lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(sets_[y] * 3 + boxes[y] * 0.6 <= 14 * 280, f"labour capacity {y}")
    eq = [p.row(x, 3) for x in ("Máy khắc CNC", "Máy cưa bàn", "Hệ thống hút bụi", "Lò sấy gỗ")]
    p.check(all(close(q * u, t) for q, u, t in eq), "equipment qty × price")
    eq_sum, eq_total = sum(t for *_, t in eq), p.one("Cộng |")
    p.check(eq_sum == 400 and eq_total == 440 and off(eq_total, eq_sum, 5),
            "PLANTED table-total-mismatch: 'Cộng' 440 vs items 400 (+10 %)")
    p.check("máy móc thiết bị 400 triệu đồng" in p.body, "summary uses the right 400 (tolerated figure-inconsistent)")
    p.check(400 + 100 + 30 + 70 == 600 == 300 + 300 and 400 + 100 == 500, "capital 600, fixed 500")
    p.check(avg1(prof) == 520.6 and close(600 / (520.6 + 50), 1.1, 0.06), "payback 1,1")
    p.check(p.count("Tổ hợp tác Mộc Trung Lương") == 2 and p.count("Tổ hợp tác Mộc mỹ nghệ Thái Yên") >= 2,
            "PLANTED name-inconsistent: a second producer name, twice")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|văn bằng", "PLANTED no trademark anywhere")
    p.has("720 × 3 + 2.400 × 0,6 = 3.600 công", "(455 + 520,6 + 586,2) : 3 ≈ 520,6", "TCCS 01:2026/TY", "đăng ký môi trường")
    common(p)
    return p


def bo08() -> Plan:
    p = Plan("bo08_che_bup_sao_suot_ha_linh_hkd")
    pk, bg, kg, leaf = p.row("Gói 200 g |"), p.row("Túi 1 kg |"), p.row("Tổng chè khô"), p.row("Búp tươi |")
    r1, r2, rev = p.row("Doanh thu gói 200 g"), p.row("Doanh thu túi 1 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Búp tươi |", "Bao bì (3.000", "Điện, củi", "Tiền công |", "Khấu hao |", "Lãi vay |",
                                 "Vận chuyển, quảng bá", "Thuế khoán", "Chi khác")]
    lines[0] = p.row("Búp tươi |", 3, skip=1)
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(kg[y] == pk[y] * 0.2 + bg[y] and leaf[y] == kg[y] * 5 and leaf[y] <= 27000, f"kg, leaf vs 27 tấn {y}")
        p.check(close(r1[y], pk[y] * 0.065) and close(r2[y], bg[y] * 0.28) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.01) and close(lines[1][y], pk[y] * 0.003 + bg[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.006) and lines[3][y] == 6 * 5.5 * 12
                and close(lines[5][y], [200, 150, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.015), f"lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] <= 2 * 12 * 250, f"capacity {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "profit 2027, 2029 right")
    p.check(off(prof[1], rev[1] - cost[1], 5) and close(rev[1] - cost[1], 480.6),
            "PLANTED profit-mismatch: 2028 580,6 vs 1.320 - 839,4 = 480,6 (+20,8 %)")
    p.check(140 + 120 + 60 + 80 + 30 + 70 == 500 == 300 + 200 and 140 + 120 + 60 + 80 == 400, "capital")
    p.check(avg1(prof) == 513.9 and close(500 / (513.9 + 40), 0.9, 0.02), "stated payback 0,9 on stated profits")
    p.check(close(500 / ((prof[0] + 480.6 + prof[2]) / 3 + 40), 0.96, 0.01), "true payback 0,96 (tolerated)")
    hh = [p.row(f"{i} |", 2) for i in range(1, 11) if False]
    area = [0.3, 0.2, 0.2, 0.15, 0.2, 0.15, 0.25, 0.15, 0.2, 0.2]
    out = [2.2, 1.5, 1.4, 1.1, 1.6, 1.2, 1.8, 1.1, 1.5, 1.6]
    p.check(close(sum(area), 2) and close(sum(out), 15) and "| | Cộng | 2 | 15 |" in p.body, "linked households table")
    p.check(close(1.5 * 8 + 15, 27), "12 + 15 = 27 tấn leaf")
    market = p.section("# VI. Thị trường", "# VII.")
    p.check(not re.search(r"đồng|(?<!đánh )giá|cửa hàng|đại lý|siêu thị|khách hàng|hội chợ|online|facebook|zalo|shopee|sàn|công ty|nhà hàng|\d", market, re.I),
            "PLANTED no-sales-channel: market names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|siêu thị|hội chợ|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|thương lái|khách hàng|đơn hàng|xuất khẩu",
            "PLANTED no channel anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|tự công bố|HACCP|ISO 22000|VietGAP|kiến thức an toàn",
            "PLANTED no food safety anywhere")
    p.has("TCCS 01:2026/CT", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu “Chè Tâm Hà Linh”", "số 28F8002561")
    p.lacks(r"# [IVX]+\. (Căn cứ|Sự cần thiết)", "rationale really absent")
    common(p)
    return p


def bo09() -> Plan:
    p = Plan("bo09_cha_ca_cua_sot_ctcp")
    thu, nuc, kg, fish = p.row("Chả cá thu hấp |"), p.row("Chả cá nục chiên |"), p.row("Tổng sản lượng |"), p.row("Cá tươi cần dùng")
    r1, r2, rev = p.row("Doanh thu chả thu"), p.row("Doanh thu chả nục"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá nguyên liệu", "Gia vị, phụ liệu", "Bao bì (5.000", "Tiền lương", "Điện, nước, đá", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Quản lý |")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 120 * 260
    for y in Y:
        p.check(kg[y] == thu[y] + nuc[y] and close(fish[y], kg[y] * 1.5 / 1000) and fish[y] <= 80
                and thu[y] * 1.5 / 1000 <= 40, f"fish need vs 80 tấn (40 cá thu) {y}")
        p.check(close(r1[y], thu[y] * 0.25) and close(r2[y], nuc[y] * 0.16) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], thu[y] * 0.15 + nuc[y] * 0.0675) and close(lines[1][y], kg[y] * 0.01)
                and close(lines[2][y], kg[y] * 0.005) and lines[3][y] == 16 * 6.5 * 12
                and close(lines[6][y], [1000, 750, 500][y] * 0.08), f"lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"profit {y}")
        p.check(off(kg[y], cap, 5) and kg[y] > cap, f"PLANTED capacity-exceeded {y}: {kg[y]} kg > 31.200")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(cap == 31200 and close(kg[0] / cap, 1.154, 0.005) and close(kg[2] / cap, 1.346, 0.005), "15 % and 35 % over")
    p.check(close(kg[0] / 28000, 1.29, 0.01), "+29 % on 2026")
    p.has("120 kg chả/ngày", "260 ngày/năm, công suất tối đa 31.200 kg/năm", "Tổng 16 lao động")
    p.check(800 + 700 + 100 + 400 == 2000 == 1000 + 1000 and 800 + 700 == 1500, "capital")
    p.check(avg1(post) == 837.9 and close(2000 / (837.9 + 150), 2.0, 0.03), "payback 2,0")
    p.check("giá bán lẻ 250.000 đồng/kg" in p.body and "Giá bán lẻ chả cá thu hấp của công ty là 220.000 đồng/kg" in p.body
            and off(220000, 250000, 5), "PLANTED figure-inconsistent: 250.000 vs 220.000 đ/kg (-12 %)")
    p.check(off(thu[0] * 0.22, r1[0], 5), "the 220.000 price gives a revenue 12 % off (tolerated)")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|HACCP|ISO", "PLANTED no product standard anywhere")
    p.has("đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu “Chả cá Cửa Sót”", "đăng ký môi trường")
    common(p)
    return p


def bo10() -> Plan:
    p = Plan("bo10_nam_linh_chi_phuong_dien_ho")
    logs, kg, price, rev = p.row("Phôi nấm |"), p.row("Nấm linh chi khô"), p.row("Giá bán |"), p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Phôi nấm (8.000", "Sấy, điện", "Túi, hộp", "Tiền công 5", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển", "Chi khác")]
    rev2 = p.row("Doanh thu |", 3, skip=1)
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(kg[y], logs[y] * 0.1) and close(rev[y], kg[y] * price[y] / 1e6) and rev[y] == rev2[y], f"kg, revenue {y}")
        p.check(close(lines[0][y], logs[y] * 0.008) and close(lines[1][y], kg[y] * 0.02) and close(lines[2][y], kg[y] * 0.015)
                and lines[3][y] == 5 * 5 * 12 and lines[4][y] == 50 and close(lines[5][y], [300, 200, 100][y] * 0.07), f"lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check(150 + 150 + 100 + 200 == 600 == 300 + 300 and 150 + 150 + 100 == 400 and close(400 / 8, 50), "capital, depreciation")
    first, avg = 600 / (prof[0] + 50), 600 / (sum(prof) / 3 + 50)
    p.check(close(first, 0.97, 0.01) and close(avg, 0.24, 0.02) and off(3.5, first, 5) and off(3.5, avg, 5),
            "PLANTED payback-mismatch: 3,5 years stated, 1,0 (first year) or 0,24 (average) computed")
    p.has("Thời gian hoàn vốn của phương án dự kiến là 3,5 năm")
    p.check(close(kg[1] / kg[0], 2.4) and close(kg[2] / kg[1], 2.22, 0.01) and close(rev[2] / rev[0], 5.33, 0.01),
            "PLANTED unrealistic-growth: ×2,4 then ×2,2 a year")
    p.check(p.count("Tổng 5 lao động") == 1 and "lao động thuê thường xuyên, tổng cộng 5 người" in p.body, "same 5 workers")
    p.check(close(kg[2] / 1200, 6.67, 0.01) and close(logs[2] / (12000 * 3), 2.2, 0.01),
            "8.000 kg = 6,7 × 2026 output; 80.000 phôi vs ≈ 36.000 a year in the two houses (tolerated capacity)")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|tổ hợp tác|giấy phép kinh doanh|"
            r"giấy chứng nhận đăng ký", "PLANTED no business registration anywhere")
    common(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("bo11_nuoc_mam_ky_xuan_so_sai")
    a.check(5000 * 60000 == 300e6, "5.000 lít × 60.000 = 300 triệu")
    a.has("khoảng 5.000 lít/năm", "60.000 đồng/lít", "khoảng 300 triệu đồng/năm", "đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|nước thải", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bo12_khoai_deo_cam_binh_so_sai")
    b.check(3000 * 120000 == 360e6, "3 tấn × 120.000 = 360 triệu")
    b.has("khoảng 3 tấn khoai deo", "120.000 đồng/kg", "khoảng 360 triệu đồng", "khoảng 10 ha")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, half a page")
    b.lacks(r"đăng ký|giấy chứng nhận|mã số thuế|an toàn thực phẩm|nhãn|cửa hàng|đại lý", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bo01, bo02, bo03, bo04, bo05, bo06, bo07, bo08, bo09, bo10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
