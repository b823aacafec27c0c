"""The thirty-fifth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout35/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no registration, no environmental measure, replaced
instruments cited, no product standard, a second producer name, no food safety, two areas for
the same contracted land, no label, no sales channel, no trademark) are asserted too, as is the
absence of template placeholders in every plan.
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
        """The text between two headings (or any two markers)."""
        return self.body.split(start, 1)[1].split(end, 1)[0]


def aj01() -> Plan:
    p = Plan("aj01_hat_de_rang_son_kim_cty")
    tui, hop, kg, fresh = (p.row("Hạt dẻ rang túi 300 g"), p.row("Hạt dẻ rang hộp quà 500 g"),
                           p.row("Tổng sản lượng hạt dẻ rang"), p.row("Hạt dẻ tươi nguyên liệu"))
    rev, rt, rh = p.row("Doanh thu |"), p.row("Túi 300 g (75.000"), p.row("Hộp quà 500 g (140.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Hạt dẻ tươi (40.000", "Bao bì (túi", "Gas, điện", "Tiền lương", "Khấu hao tài sản",
                                 "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], tui[y] * 0.3 + hop[y] * 0.5) and close(fresh[y], kg[y] * 1.25), f"kg, fresh need {y}")
        p.check(close(rt[y], tui[y] * 0.075) and close(rh[y], hop[y] * 0.14) and close(rev[y], rt[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.04) and close(lines[1][y], tui[y] * 0.003 + hop[y] * 0.012)
                and close(lines[2][y], kg[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 800 / 10)
                and close(lines[5][y], [600, 400, 200][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(fresh[y] <= 45 * 0.4 * 1000 and kg[y] <= 80 * 250, f"within 18 tấn supply and 20 tấn roaster {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(45 * 0.4, 18), "45 ha × 0,4 tấn/ha = 18 tấn")
    items = [p.one(x) for x in ("Lò rang trống quay", "Máy khía vỏ", "Kho lạnh lắp ghép", "Cải tạo nhà xưởng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 800, "capital 1.500 = items = sources")
    avg = sum(post) / 3
    p.check(close(avg, 567.6, 0.001) and close(1500 / (avg + 80), 2.3, 0.02), "payback 2,3")
    p.check(rev[0] / 1950 < 1.25 and kg[0] / 6500 < 1.4, "2026 on 2025 (1.950 triệu, 6,5 tấn) with the new roaster")
    p.check(close(lines[0][0] * 0.1, 45) and close(lines[0][2] * 0.1, 57) and pre[0] - 0.15 * rev[0] > 0,
            "sensitivity sentences")
    p.has("75.000 đồng/túi", "140.000 đồng/hộp", "1.500 : (567,6 + 80) ≈ 2,3 năm", "80 kg thành phẩm/ngày",
          "250 ngày làm việc/năm, công suất lò rang đạt 20.000 kg/năm", "khoảng 18 tấn hạt tươi/năm",
          "1,25 kg hạt dẻ tươi cho 1 kg", "mã số doanh nghiệp 3001984562", "Nghị định 43/2017/NĐ-CP",
          "tự công bố sản phẩm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "nộp đơn đăng ký nhãn hiệu")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj02() -> Plan:
    p = Plan("aj02_tui_len_moc_cam_binh_hkd")
    prod = [p.row(str(2026 + y), 5) for y in Y]  # Bảng 1: small, tote, wallet, total, yarn
    rev = [p.row(str(2026 + y), 4, skip=1) for y in Y]  # Bảng 2
    fin = [p.row(str(2026 + y), 10) for y in Y]  # Bảng 3, 1.000 đồng
    for y in Y:
        s, t, w, n, yarn = prod[y]
        p.check(n == s + t + w and close(yarn, s * 0.25 + t * 0.45 + w * 0.1), f"count, yarn {y}")
        rs, rt, rw, rtot = rev[y]
        p.check(close(rs, s * 280) and close(rt, t * 450) and close(rw, w * 150) and close(rtot, rs + rt + rw), f"revenue {y}")
        c = fin[y]
        p.check(close(c[0], yarn * 180) and close(c[1], s * 25 + t * 40 + w * 15) and close(c[2], s * 90 + t * 150 + w * 45)
                and close(c[3], n * 8) and close(c[4], 15000) and close(c[5], 100000 * 0.072)
                and close(c[6], rtot * 0.1) and close(c[7], 36000), f"cost lines {y}")
        p.check(close(c[8], sum(c[:8])) and close(c[9], rtot - c[8]), f"cost, profit {y}")
        p.check(s * 2 + t * 4 + w <= 40 * 200 and yarn <= 1200, f"crochet days within 8.000, yarn within 1.200 kg {y}")
        if y:
            p.check(rev[y][3] / rev[y - 1][3] < 1.2, f"growth {y}")
    p.check([prod[y][0] * 2 + prod[y][1] * 4 + prod[y][2] for y in Y] == [5200, 6100, 7000], "days 5.200 / 6.100 / 7.000")
    p.check(150 + 40 + 110 == 300 == 200 + 100, "capital 300 = items = sources")
    avg = sum(fin[y][9] for y in Y) / 3
    p.check(close(avg, 179100) and close(300000 / (avg + 15000), 1.5, 0.04), "payback 1,5")
    p.check(rev[0][3] / 560000 < 1.3, "2026 on 2025 (560 triệu)")
    p.check(close(fin[0][0] * 0.2, 21780) and close(fin[2][0] * 0.2, 29340), "yarn +20 % sentence (22–29 triệu)")
    p.has("280.000 đồng/chiếc", "450.000 đồng/chiếc", "150.000 đồng/chiếc", "300 : 194,1 ≈ 1,5 năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8004317", "TCCS 01:2026/TH", "Nghị định 43/2017/NĐ-CP",
          "nộp đơn đăng ký nhãn hiệu", "tối đa 1.200 kg/năm")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj03() -> Plan:
    p = Plan("aj03_danh_ca_ven_bien_xuan_hoi_htx")
    a, b, c, n = (p.row("Tour một ngày làm ngư dân"), p.row("Tour câu mực đêm"), p.row("Kéo rùng trên bãi"),
                  p.row("Tổng số lượt khách"))
    ra, rb, rc, rev = (p.row("Doanh thu tour một ngày"), p.row("Doanh thu câu mực"), p.row("Doanh thu kéo rùng"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Trả chủ tàu", "Hải sản, thực phẩm", "Bảo hiểm du lịch", "Lương hướng dẫn viên",
                                 "Khấu hao |", "Lãi vay |", "Hoa hồng lữ hành", "Điện, nước, vệ sinh")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(n[y] == a[y] + b[y] + c[y], f"guests {y}")
        p.check(close(ra[y], a[y] * 0.65) and close(rb[y], b[y] * 0.5) and close(rc[y], c[y] * 0.2)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], a[y] * 0.2 + b[y] * 0.18 + c[y] * 0.06) and close(lines[1][y], a[y] * 0.12 + b[y] * 0.06)
                and close(lines[2][y], n[y] * 0.02) and close(lines[3][y], [4, 5, 5][y] * 6 * 12)
                and close(lines[4][y], 760 / 10) and close(lines[5][y], [400, 300, 200][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(a[y] <= 4 * 8 * 180 and b[y] <= 2 * 8 * 120 and c[y] <= 2 * 40 * 180, f"within boat capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check((4 * 8 * 180, 2 * 8 * 120, 2 * 40 * 180) == (5760, 1920, 14400), "capacity sentences")
    p.check(400 + 240 + 120 + 60 + 80 == 900 == 500 + 400 and 400 + 240 + 120 == 760, "capital 900, fixed 760")
    avg = sum(post) / 3
    p.check(close(avg, 330.6, 0.001) and close(900 / (avg + 76), 2.2, 0.02), "payback 2,2")
    p.check(rev[0] / 1218 < 1.5 and n[0] / 3600 < 1.3, "2026 on 2025 (3.600 guests, 1.218 triệu)")
    var = sum(lines[i][0] for i in (0, 1, 2, 6))
    p.check(close(rev[0] * 0.8, 1420) and rev[0] * 0.8 - var * 0.8 - (cost[0] - var) > 0, "80 % sentence: still a profit")
    p.has("650.000 đồng/khách", "500.000 đồng/khách", "200.000 đồng/khách", "900 : (330,6 + 76) ≈ 2,2 năm",
          "Giấy chứng nhận đăng ký hợp tác xã mã số 3002201594", "Luật Du lịch năm 2017",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "nộp đơn đăng ký nhãn hiệu", "bể tự hoại")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj04() -> Plan:
    p = Plan("aj04_banh_dau_xanh_tien_dien_tht")
    small, gift = [16000, 18000, 20000], [5000, 5600, 6200]
    kg = [6500, 7300, 8100]
    p.has("Năm 2027 tổ hợp tác sản xuất 16.000 hộp 250 g và 5.000 hộp quà 500 g, tổng 6.500 kg bánh",
          "Năm 2028 sản xuất 18.000 hộp 250 g và 5.600 hộp quà 500 g, tổng 7.300 kg",
          "Năm 2029 sản xuất 20.000 hộp 250 g và 6.200 hộp quà 500 g, tổng 8.100 kg",
          "Nhu cầu đậu xanh: 3.575 kg năm 2027, 4.015 kg năm 2028 và 4.455 kg năm 2029")
    rev, rs, rg = p.row("Tổng doanh thu"), p.row("Hộp 250 g (45.000"), p.row("Hộp quà 500 g (85.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Đậu xanh (24.750", "Đường, dầu, vani", "Hộp, giấy bạc, nhãn", "Điện, gas",
                                 "Tiền công thành viên", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == small[y] * 0.25 + gift[y] * 0.5 and close(kg[y] * 0.55, [3575, 4015, 4455][y]), f"kg, beans {y}")
        p.check(close(rs[y], small[y] * 45) and close(rg[y], gift[y] * 85) and close(rev[y], rs[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 24.75) and close(lines[1][y], kg[y] * 11.6)
                and close(lines[2][y], small[y] * 4 + gift[y] * 9) and close(lines[3][y], kg[y] * 3), f"per-unit costs {y}")
        p.check(close(lines[4][y], [6, 6, 7][y] * 5500 * 12) and close(lines[5][y], 25000)
                and close(lines[6][y], [150000, 100000, 50000][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 24000), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] * 0.55 <= 12 * 1.2 * 1000 and kg[y] <= 60 * 260, f"beans within 14 tấn, output within 15.600 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(180 + 70 + 40 + 110 == 400 == 250 + 150 and 180 + 70 == 250, "capital 400 = items = sources; fixed 250")
    avg = sum(prof) / 3
    p.check(close(avg, 338045) and close(400000 / (338000 + 25000), 1.1, 0.02), "average 338, payback 1,1")
    p.check(kg[0] / 5900 < 1.2, "2027 on 2026 estimate 5.900 kg")
    p.check(close(lines[0][0] * 0.2, 32175) and close(lines[0][2] * 0.2, 40095) and prof[0] - lines[0][0] * 0.2 > 230000,
            "bean +20 % sentence")
    p.check(all(0.23 <= prof[y] / rev[y] <= 0.285 for y in Y), "margin 23–28 %")
    p.has("45.000 đồng/hộp", "85.000 đồng/hộp", "400 : (338 + 25) ≈ 1,1 năm", "Tổng vốn đầu tư của phương án là 400 triệu đồng",
          "vốn góp của 9 thành viên 250 triệu đồng", "Quỹ hỗ trợ phát triển hợp tác xã tỉnh 150 triệu đồng",
          "Giấy chứng nhận đăng ký tổ hợp tác số 05/GCN-THT", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP",
          "nộp đơn đăng ký nhãn hiệu", "60 kg bánh/ngày")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj05() -> Plan:
    p = Plan("aj05_sua_ngam_ky_xuan_ho")
    bulk, price, box, bprice, fresh, rev = (p.row("Sứa ngâm bán buôn"), p.row("Giá bán buôn"), p.row("Sứa ăn liền hộp"),
                                            p.row("Giá sứa ăn liền"), p.row("Sứa tươi nguyên liệu"), p.row("Doanh thu |"))
    lines = [p.row(x) for x in ("Sứa tươi (6.000", "Phèn, muối", "Thùng, hộp, nhãn", "Tiền lương, tiền công", "Khấu hao |",
                                 "Lãi vay |", "Vận chuyển, bán hàng", "Điện, nước, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    true_rev = [(bulk[y] * price[y] + box[y] * bprice[y]) / 1e6 for y in Y]
    for y in Y:  # triệu đồng
        fin = bulk[y] + box[y] * 0.5
        p.check(close(fresh[y], fin * 4 / 1000), f"fresh jellyfish 4:1 {y}")
        p.check(close(lines[0][y], fresh[y] * 6) and close(lines[1][y], fin * 0.0015)
                and close(lines[2][y], bulk[y] * 0.001 + box[y] * 0.004) and close(lines[3][y], [6, 6, 7][y] * 6 * 12)
                and close(lines[4][y], 420 / 7) and close(lines[5][y], [300, 200, 100][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost; profit follows the stated revenue {y}")
        p.check(fresh[y] <= 200 and fresh[y] <= 34 * 1.5 * 6, f"within 200 tấn and the tanks {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[1], true_rev[1]), "2026, 2027 revenue right")
    p.check(true_rev[2] == 2430 and rev[2] == 2730 and off(rev[2], true_rev[2]), "PLANTED 2028 revenue 2.730 != 2.430 (+12,3 %)")
    p.check(rev[2] / rev[1] < 1.3 and true_rev[2] / true_rev[1] < 1.2 and rev[0] / 1395 < 1.35, "growth in bounds")
    items = [p.one(x) for x in ("Xây 20 bể ngâm", "Nhà xưởng mái tôn", "Máy cắt sợi", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng") == 700 == 400 + 300 and sum(items[:3]) == 420, "capital 700 = items = sources")
    avg = sum(prof) / 3
    true_avg = (prof[0] + prof[1] + true_rev[2] - cost[2]) / 3
    p.check(close(avg, 489.5) and close(700 / (avg + 60), 1.3, 0.03), "stated payback 1,3 on the stated profits")
    p.check(off(1.3, 700 / (true_avg + 60)) and off(1.3, 700 / avg), "tolerated knock-on: true payback 1,56; without depreciation 1,43")
    p.has("45.000 đồng/kg", "60.000 đồng/hộp", "700 : (489,5 + 60) ≈ 1,3 năm", "khoảng 200 tấn/mùa", "4 kg sứa tươi cho 1 kg")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"đăng ký hộ|thành lập|giấy phép|đăng ký thành", "PLANTED no business registration or plan to register")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|thu gom|bể lắng|bể tự hoại|biogas|\bxả\b|\bthải\b|mùi hôi",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj06() -> Plan:
    p = Plan("aj06_ruou_buoi_phuc_trach_cty")
    ch, bi, lit, fruit = p.row("Chai 500 ml |"), p.row("Bình gốm 1,5 lít"), p.row("Tổng sản lượng rượu"), p.row("Bưởi quả nguyên liệu")
    rev, rc, rb = p.row("Doanh thu |"), p.row("- Chai 500 ml (220.000"), p.row("- Bình 1,5 lít (580.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bưởi quả |", "Gạo nếp, men", "Chai, bình, nút", "Thuế tiêu thụ đặc biệt", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], ch[y] * 0.5 + bi[y] * 1.5) and close(fruit[y], lit[y] * 3 / 1000), f"litres, fruit {y}")
        p.check(close(rc[y], ch[y] * 0.22) and close(rb[y], bi[y] * 0.58) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 0.015) and close(lines[1][y], lit[y] * 0.012)
                and close(lines[2][y], ch[y] * 0.018 + bi[y] * 0.08) and close(lines[3][y], rev[y] * 65 / 165)
                and close(lines[4][y], [8, 9, 9][y] * 7 * 12) and close(lines[5][y], 1400 / 10)
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax follows the stated profit {y}")
        p.check(fruit[y] <= 120, f"fruit within 120 tấn {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2026, 2028 profit right")
    p.check(close(rev[1] - cost[1], 981.5) and pre[1] == 1131.5 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2027 pre-tax profit 1.131,5 != 5.468 − 4.486,5 = 981,5 (+15,3 %)")
    cap = 2 * 2 * 12.5 * 280
    p.check(cap == 14000 and lit[0] <= cap and lit[1] <= cap, "2026, 2027 within 14.000 lít")
    p.check(lit[2] == 17100 and off(lit[2], cap), "PLANTED 2028 output 17.100 lít > 14.000 lít capacity (+22 %)")
    p.check(lit[0] / 6900 < 1.5 and lit[1] / lit[0] < 1.35 and lit[2] / lit[1] < 1.35, "growth below +35 %/năm")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Nồi chưng cất, téc", "Hệ thống lọc, chiết", "Bể lắng, hầm biogas",
                                "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2000 == 1200 + 800 and sum(items[:4]) == 1400, "capital 2.000 = items = sources")
    avg = sum(post) / 3
    true_post1 = (rev[1] - cost[1]) * 0.83
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(close(avg, 939.3, 0.001) and close(2000 / (avg + 140), 1.9, 0.03), "stated payback 1,9")
    p.check(close(2000 / (true_avg + 140), 1.9, 0.03), "no knock-on: the true profits also give 1,9")
    p.has("220.000 đồng/chai", "580.000 đồng/bình", "2.000 : (939,3 + 140) ≈ 1,9 năm", "tổng công suất 50 lít/ngày",
          "280 ngày/năm nên công suất tối đa 14.000 lít/năm", "không đầu tư thêm thiết bị", "Giấy phép sản xuất rượu công nghiệp số 03/GP-SCT",
          "Nghị định 43/2017/NĐ-CP", "độ cồn", "đăng ký môi trường", "nhãn hiệu \"Trạch Hương\"")
    p.check(p.count("1048/QĐ-TTg") == 3 and p.count("781/QĐ-TTg") == 2, "PLANTED QĐ 1048 (3×) and QĐ 781 (2×) relied on")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|26/2026", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"105/2017|17/2020|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no other instrument that could be read as replaced")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj07() -> Plan:
    p = Plan("aj07_tra_mang_cau_thach_lac_htx")
    slc, bag, kg, fruit = (p.row("Trà lát sấy hộp 200 g"), p.row("Trà túi lọc hộp 50 g"), p.row("Tổng sản lượng trà"),
                           p.row("Quả mãng cầu xiêm tươi"))
    rev, rs, rb = p.row("Doanh thu |"), p.row("Trà lát sấy (95.000"), p.row("Trà túi lọc (55.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Quả tươi (12.000", "Hộp, túi lọc, nhãn", "Điện sấy", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận trước thuế")
    supply = 8 * 3.5
    for y in Y:  # triệu đồng
        p.check(close(kg[y], slc[y] * 0.2 + bag[y] * 0.05) and close(fruit[y], kg[y] * 6 / 1000), f"kg, fruit 6:1 {y}")
        p.check(close(rs[y], slc[y] * 0.095) and close(rb[y], bag[y] * 0.055) and close(rev[y], rs[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 12) and close(lines[1][y], slc[y] * 0.006 + bag[y] * 0.008)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], [10, 10, 12][y] * 6 * 12)
                and close(lines[4][y], 120) and close(lines[5][y], [600, 400, 200][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 100 * 250, f"within 25.000 kg dryer capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(supply == 28 and fruit[0] <= supply and fruit[1] <= supply, "2026, 2027 fruit within 28 tấn")
    p.check(fruit[2] == 32.4 and off(fruit[2], supply), "PLANTED 2028 needs 32,4 tấn > 28 tấn supply (+15,7 %)")
    p.check(400 + 500 + 300 + 60 + 240 == 1500 == 900 + 600 and 400 + 500 + 300 == 1200, "capital 1.500, fixed 1.200")
    avg = sum(prof) / 3
    p.check(close(avg, 994.2, 0.001) and close(1500 / (avg + 120), 1.3, 0.04), "payback 1,3")
    p.check(kg[0] / 3300 < 1.3, "2026 on 2025 (3.300 kg)")
    p.has("95.000 đồng/hộp", "55.000 đồng/hộp", "6 kg quả mãng cầu xiêm tươi cho 1 kg trà thành phẩm",
          "tổng diện tích 8 ha, năng suất bình quân 3,5 tấn quả/ha/năm, tương đương 28 tấn quả tươi/năm",
          "Hợp tác xã không mua quả ngoài", "đủ đáp ứng nhu cầu chế biến", "1.500 : (994,2 + 120) ≈ 1,3 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "nộp đơn đăng ký nhãn hiệu")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn|phiếu kết quả|15/2018",
            "PLANTED no product standard, declaration or test anywhere")
    p.check(p.count("Hợp tác xã Dược liệu Cẩm Mỹ") == 2 and p.count("Cẩm Mỹ") == 2
            and p.count("Hợp tác xã Nông nghiệp Thạch Lạc Xanh") == 1 and p.count("HỢP TÁC XÃ NÔNG NGHIỆP THẠCH LẠC XANH") == 1,
            "PLANTED a second producer name, twice")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj08() -> Plan:
    p = Plan("aj08_nuoc_ep_thanh_long_tung_loc_ctcp")
    a, b, lit, fruit = (p.row("Nước ép chai 330 ml"), p.row("Nước ép chai 1 lít"), p.row("Tổng sản lượng"),
                        p.row("Thanh long nguyên liệu"))
    ra, rb, rev = p.row("Doanh thu chai 330 ml"), p.row("Doanh thu chai 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thanh long quả (8.000", "Chai, nắp, nhãn, thùng", "Đường, chanh", "Điện, nước, gas",
                                 "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    cap = 3000 * 0.33 * 250
    for y in Y:  # triệu đồng
        p.check(close(lit[y], a[y] * 0.33 + b[y]) and close(fruit[y], (a[y] * 0.6 + b[y] * 1.8) / 1000), f"litres, fruit {y}")
        p.check(close(ra[y], a[y] * 0.028) and close(rb[y], b[y] * 0.075) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 8) and close(lines[1][y], a[y] * 0.0035 + b[y] * 0.007)
                and close(lines[2][y], a[y] * 0.0005 + b[y] * 0.0015) and close(lines[3][y], a[y] * 0.001 + b[y] * 0.003)
                and close(lines[4][y], [8, 12, 20][y] * 6.5 * 12) and close(lines[5][y], 1600 / 10)
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= cap and fruit[y] <= 350, f"within line capacity 247.500 lít and the 350 tấn contract {y}")
    p.check(cap == 247500, "capacity 247.500 lít")
    g = [rev[1] / rev[0], rev[2] / rev[1], a[1] / a[0], a[2] / a[1]]
    p.check(all(close(x, 2.5) for x in g) and a[0] / 48000 == 1.25, "PLANTED ×2,5 a year in output and revenue (after +25 % in 2026)")
    p.check(off(rev[2], rev[0] * 1.5 ** 2, 50), "PLANTED 2028 revenue more than 2,7 times what +50 %/năm would give")
    p.check(700 + 400 + 500 == 1600 and 1600 + 400 == 2000 == 1000 + 1000, "capital 2.000 = items = sources")
    avg = sum(prof) / 3
    p.check(close(avg, 2404.2, 0.001) and close(2000 / (avg + 160), 0.8, 0.03), "payback 0,8 on the stated profits")
    p.has("28.000 đồng/chai", "75.000 đồng/chai", "diện tích liên kết 30 ha", "tổng diện tích 45 ha",
          "Sản lượng tăng 2,5 lần mỗi năm", "18 cửa hàng thực phẩm", "4 quán cà phê", "1 chuỗi siêu thị mini",
          "vốn lưu động 400 triệu đồng", "TCCS 01:2026/HL", "Nghị định 43/2017/NĐ-CP", "nộp đơn đăng ký nhãn hiệu")
    p.check(off(45, 30) and p.count("52 hộ") == 3, "PLANTED the same 52 households' area stated as 30 ha and as 45 ha")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|cam kết|HACCP|ISO|GMP|khám sức khỏe|15/2018|tự công bố|"
            r"vi sinh|ngộ độc", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj09() -> Plan:
    p = Plan("aj09_mat_ong_hoa_chanh_huong_binh_tht")
    prod = [p.row(str(2026 + y), 4) for y in Y]  # hives, kg, 500 g bottles, 1 kg bottles
    fin = [p.row(str(2026 + y), 11, skip=0) for y in Y]  # revenue, 8 cost lines, total, profit
    for y in Y:  # triệu đồng
        hives, kg, s, l = prod[y]
        p.check(close(kg, hives * 15) and close(kg, s * 0.5 + l), f"15 kg/đàn, bottles {y}")
        f = fin[y]
        p.check(close(f[0], s * 0.13 + l * 0.24), f"revenue {y}")
        p.check(close(f[1], hives * 0.15) and close(f[2], s * 0.006 + l * 0.009) and close(f[3], [7, 7, 8][y] * 5.5 * 12)
                and close(f[5], 400 / 10) and close(f[6], 300 * 0.07) and close(f[7], f[0] * 0.08), f"cost lines {y}")
        p.check(close(f[9], sum(f[1:9])) and close(f[10], f[0] - f[9]), f"cost, profit {y}")
        p.check(10 <= kg / hives <= 30 and hives * 1 <= 400 * 2, f"yield and flowers {y}")
        if y:
            p.check(f[0] / fin[y - 1][0] < 1.2, f"growth {y}")
    items = [160, 120, 120, 40, 260]
    p.has("80 đàn ong giống kèm thùng 160 triệu đồng", "thùng lắng inox 120 triệu đồng", "kho chứa mật 120 triệu đồng",
          "đăng ký nhãn hiệu 40 triệu đồng", "di chuyển đàn) 260 triệu đồng", "Tổng vốn đầu tư của phương án là 700 triệu đồng",
          "vốn góp của 12 thành viên 300 triệu đồng", "Ngân hàng Chính sách xã hội 300 triệu đồng", "đủ đáp ứng tổng vốn đầu tư")
    p.check(sum(items) == 700 and sum(items[:3]) == 400, "items 700, fixed 400")
    p.check(300 + 300 == 600 and off(600, 700), "PLANTED sources 600 != total 700 (−14 %)")
    avg = sum(fin[y][10] for y in Y) / 3
    p.has("Lợi nhuận bình quân của tổ hợp tác khoảng 459 triệu đồng/năm, thời gian hoàn vốn khoảng 2,5 năm")
    p.check(close(avg, 458.8, 0.001) and off(2.5, 700 / (avg + 40)) and off(2.5, 700 / avg) and off(2.5, 600 / (avg + 40)),
            "PLANTED payback 2,5 != 1,4 (1,5 without depreciation; 1,2 on the 600 of sources)")
    p.check(fin[0][0] / 880 < 1.35, "2026 on 2025 (880 triệu)")
    p.has("130.000 đồng/chai", "240.000 đồng/chai", "Giấy chứng nhận đăng ký tổ hợp tác số 02/GCN-THT",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "nộp đơn đăng ký nhãn hiệu")
    p.check(all(m.group(0) == "nhãn hiệu" for m in re.finditer(r"nhãn\w*(?: \w+)?", p.body)) and p.count("nhãn hiệu") == 3,
            "PLANTED 'nhãn' only in 'nhãn hiệu' (three times)")
    p.lacks(r"ghi nhãn|nhãn mác|nhãn hàng|nhãn sản phẩm|nhãn chai|dán nhãn|\btem\b|43/2017|111/2021|hạn sử dụng in|thông tin trên chai",
            "PLANTED no label or labelling plan anywhere")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def aj10() -> Plan:
    p = Plan("aj10_nem_thinh_dong_loc_htx")
    g, h, kg_g, kg_h, tot = (p.row("Nem thính gói 300 g"), p.row("Nem thính hộp 500 g"), p.row("Quy ra kg: nem gói"),
                             p.row("Quy ra kg: nem hộp"), p.row("Tổng sản lượng"))
    rev, rg, rh = p.row("Doanh thu |"), p.row("Nem gói 300 g (65.000"), p.row("Nem hộp 500 g (105.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt lợn nạc |", "Bì lợn |", "Thính, gia vị |", "Bao bì, hộp, nhãn", "Điện, nước, gas",
                                 "Tiền lương", "Khấu hao |", "Lãi vay |", "Chi phí bán hàng", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        kg = kg_g[y] + kg_h[y]
        p.check(close(kg_g[y], g[y] * 0.3) and close(kg_h[y], h[y] * 0.5), f"kg per product {y}")
        p.check(close(rg[y], g[y] * 0.065) and close(rh[y], h[y] * 0.105) and close(rev[y], rg[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg * 0.6 * 0.12) and close(lines[1][y], kg * 0.35 * 0.04) and close(lines[2][y], kg * 0.006)
                and close(lines[3][y], g[y] * 0.0025 + h[y] * 0.005) and close(lines[4][y], kg * 0.003)
                and close(lines[5][y], [7, 7, 8][y] * 6 * 12) and close(lines[6][y], 70)
                and close(lines[7][y], [400, 300, 200][y] * 0.075), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg <= 80 * 300 and kg * 0.6 <= 100000, f"within 24.000 kg and the pork supply {y}")
        p.check(close(kg * 0.6, [7200, 8220, 9240][y]), f"pork need {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(tot[0] == kg_g[0] + kg_h[0] and tot[2] == kg_g[2] + kg_h[2], "2026, 2028 totals right")
    p.check(kg_g[1] + kg_h[1] == 13700 and tot[1] == 14700 and off(tot[1], 13700), "PLANTED 2027 total 14.700 != 10.200 + 3.500 = 13.700 kg")
    p.check(300 + 250 + 150 + 50 + 250 == 1000 == 600 + 400 and 300 + 250 + 150 == 700, "capital 1.000, fixed 700")
    avg = sum(prof) / 3
    p.check(close(avg, 775) and close(1000 / (avg + 70), 1.2, 0.03), "payback 1,2")
    p.check(rev[0] / 2100 < 1.3, "2026 on 2025 (2.100 triệu)")
    p.has("65.000 đ/gói", "105.000 đ/hộp", "1.000 : (775 + 70) ≈ 1,2 năm", "Giấy chứng nhận đăng ký hợp tác xã mã số 3002263850",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/ĐL", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "bể tách mỡ")
    market = p.section("# VII. Thị trường tiêu thụ", "# VIII.")
    p.check(not re.search(r"đồng(?! Lộc)|đ/|giá|khách|cửa hàng|đại lý|siêu thị|chợ|nhà hàng|quán|online|facebook|zalo|sàn|"
                          r"hội chợ|điểm bán|bán|phân phối|người tiêu dùng|hợp đồng|công ty|bếp ăn", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách hàng|cửa hàng|đại lý|siêu thị|\bchợ\b|nhà hàng|\bquán\b|online|facebook|zalo|shopee|sàn thương mại|"
            r"hội chợ|điểm bán|bán lẻ|bán buôn|phân phối|đơn đặt hàng|thương lái|xuất khẩu", "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|chỉ dẫn địa lý|văn bằng", "PLANTED no trademark or IP anywhere")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021|01/2021/NĐ-CP|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("aj11_chuoi_ep_son_giang_so_sai")
    a.check(3000 * 120000 == 360e6, "3 tấn × 120.000 = 360 triệu")
    a.has("khoảng 3 tấn/năm", "120.000 đồng/kg", "khoảng 360 triệu đồng/năm", "Hộ đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("aj12_muop_dang_say_thach_xuan_so_sai")
    b.check(150 * 10 * 180000 == 270e6, "150 kg × 10 tháng × 180.000 = 270 triệu")
    b.has("khoảng 150 kg", "180.000 đồng/kg", "khoảng 270 triệu đồng", "Nhóm chưa đăng ký")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def distinct_sentences(plans: list[Plan]) -> Plan:
    """No sentence of one producer's plan is reused in another's (what CONTRACT's boilerplate rule reports)."""
    d = Plan("aj01_hat_de_rang_son_kim_cty")
    d.stem = "all plans: no shared sentence"
    d.failures = []
    seen: dict[str, str] = {}
    for p in plans:
        for line in p.body.splitlines():
            if line.startswith(("#", "|")) or re.search(r"Luật|Nghị định|Quyết định|Nghị quyết", line):
                continue  # headings, table rows and legal citations are shared by every plan
            for s in re.split(r"(?<=[.!?])\s+", line):
                s = s.strip(" -+*")
                if len(s.split()) < 6 or s.isupper():
                    continue
                if s in seen and seen[s] != p.stem:
                    d.failures.append(f"shared sentence in {seen[s]} and {p.stem}: {s[:80]!r}")
                seen.setdefault(s, p.stem)
    return d


def main() -> int:
    plans = [fn() for fn in (aj01, aj02, aj03, aj04, aj05, aj06, aj07, aj08, aj09, aj10)] + sketchy()
    return plancheck.report(plans + [distinct_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
