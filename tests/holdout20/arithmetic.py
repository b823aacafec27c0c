"""The twentieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout20/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no registration, two worker counts, no environmental measure,
no product standard, replaced instruments, no food safety, no label, a second producer name, no
sales channel, no trademark) are asserted too, as are the compliance items of the ready plans,
the absence of template placeholders and of sentences shared between two plans.
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


OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|38/2012|01/2021/NĐ-CP|NQ-HĐND"


def growth_ok(p: Plan, xs: list[float], what: str, hi: float = 1.3) -> None:
    for y in range(1, len(xs)):
        p.check(xs[y] / xs[y - 1] < hi, f"{what} growth {y}")


def g01() -> Plan:
    p = Plan("g01_bo_kho_ngan_truoi_cty")
    hop, tui, kg, beef, staff = (p.row("Hộp 200 g|"), p.row("Túi 500 g|"), p.row("Tổng thịt bò khô thành phẩm"),
                                 p.row("Thịt bò tươi sử dụng"), p.row("Lao động"))
    rev, rh, rt = p.row("Doanh thu|"), p.row("Hộp 200 g (220.000"), p.row("Túi 500 g (520.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thịt bò tươi (220.000", "Gia vị, mật ong", "Hộp giấy và túi", "Túi màng ghép nhôm",
                                 "Điện sấy", "Tiền lương", "Khấu hao tài sản cố định", "Lãi vay ngân hàng",
                                 "Bán hàng, vận chuyển", "Quản lý và chi phí khác")]
    pbt, tax, pat = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.2 + tui[y] * 0.5 and beef[y] == kg[y] * 2.5, f"kg, beef 2,5 {y}")
        p.check(close(rh[y], hop[y] * 0.22) and close(rt[y], tui[y] * 0.52) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], beef[y] * 0.22) and close(lines[1][y], kg[y] * 0.04) and close(lines[2][y], hop[y] * 0.008)
                and close(lines[3][y], tui[y] * 0.006) and close(lines[4][y], kg[y] * 0.025), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 7 * 12) and close(lines[6][y], 1500 / 10)
                and close(lines[7][y], [1000, 750, 500][y] * 0.08) and close(lines[8][y], rev[y] * 0.05), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pbt[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pbt[y] * 0.17) and close(pat[y], pbt[y] - tax[y]), f"tax, after tax {y}")
        p.check(beef[y] <= 12000 + 10000 and kg[y] <= 2 * 50 / 2.5 * 280, f"beef within 22 t, output within 11.200 {y}")
    p.check(2 * 50 / 2.5 * 280 == 11200, "capacity 11.200 kg")
    growth_ok(p, [5000] + kg, "output")
    items = [p.one(x) for x in ("Cải tạo, nâng cấp nhà xưởng", "Máy móc, thiết bị", "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    sub = [p.one(x) for x in ("- Kho lạnh 30", "- Tủ sấy nhiệt", "- Máy thái thịt", "- Máy hút chân không", "- Bàn, giá kệ")]
    p.check(sum(sub) == items[1] and sum(items) == p.one("Tổng cộng") == 2400 == 1400 + 1000, "investment 2.400 = items = sources")
    p.check(items[0] + items[1] == 1500, "fixed assets 1.500")
    avg = sum(pat) / 3
    p.check(close(avg, 1115.9, 0.001) and close(2400 / (avg + 150), 1.9, 0.01), "payback 1,9")
    p.has("2.400 : (1.115,9 + 150) ≈ 1,9 năm", "12.000 kg thịt bắp", "10.000 kg/năm", "Tổng nguồn cung 22.000 kg/năm",
          "11.200 kg thành phẩm/năm", "năm 2025 sản xuất 5.000 kg", "220.000 đồng/hộp", "520.000 đồng/túi",
          "khoảng 6,42 tỷ đồng", "khoảng 8,56 tỷ đồng", "1.400 triệu đồng", "1.000 triệu đồng")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "cơ sở đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "bể tách mỡ", "148/QĐ-TTg")
    p.lacks(OUTDATED, "outdated instrument in a ready plan")
    return p


def g02() -> Plan:
    p = Plan("g02_tra_ha_thu_o_son_hong_htx")
    prod = [p.row(str(2027 + y), 5) for y in Y]  # years as rows
    res = [p.row(str(2027 + y), 3, skip=1) for y in Y]
    lines = [p.row(x) for x in ("Củ hà thủ ô tươi", "Đậu đen", "Túi lọc, hộp giấy", "Túi zip kraft", "Điện sấy", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi phí chung")]
    cost = p.row("Tổng chi phí")
    staff = [12, 13, 14]
    for y in Y:  # nghìn đồng
        hop, tui, kg, dry, fresh = prod[y]
        rev = hop * 85 + tui * 150
        p.check(kg == hop * 0.075 + tui * 0.3 and close(dry, kg * 1.1) and close(fresh, dry * 4), f"kg, dry, fresh {y}")
        p.check(close(lines[0][y], fresh * 25) and close(lines[1][y], kg * 6) and close(lines[2][y], hop * 12)
                and close(lines[3][y], tui * 8) and close(lines[4][y], kg * 15), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 5500 * 12) and close(lines[6][y], 110000)
                and close(lines[7][y], [700, 525, 350][y] * 80) and close(lines[8][y], rev * 0.08), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(res[y][0], rev) and close(res[y][1], cost[y]) and close(res[y][2], rev - cost[y]), f"results {y}")
        p.check(fresh <= 24000 + 5000, f"roots within supply {y}")
    growth_ok(p, [2900] + [prod[y][2] for y in Y], "output")
    p.check(400 + 250 + 350 + 100 + 80 + 320 == 1500 == 800 + 700 and 400 + 250 + 350 + 100 == 1100, "capital 1.500, fixed 1.100")
    avg = sum(r[2] for r in res) / 3
    p.check(close(avg, 881900, 0.001) and close(1500000 / avg, 1.7, 0.01), "payback 1,7 (no depreciation, as written)")
    p.check(2 * 12 == 24 and 75000 >= 19800, "24 t harvest, dryer 75 t")
    p.has("2 ha/năm × 12 tấn/ha = 24.000 kg", "5.000 kg củ tươi/năm", "Tổng nguồn cung 29.000 kg/năm",
          "1.700.000 + 900.000 = 2.600.000 nghìn đồng", "2.040.000 + 1.050.000 = 3.090.000", "2.380.000 + 1.200.000 = 3.580.000",
          "1.500 triệu đồng : 881,9 triệu đồng ≈ 1,7 năm", "85.000 đồng/hộp", "150.000 đồng/túi", "27 thành viên")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "cơ sở đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "bể lắng", "không ghi công dụng chữa bệnh")
    p.lacks(OUTDATED, "outdated instrument in a ready plan")
    return p


def g03() -> Plan:
    p = Plan("g03_do_choi_go_tung_anh_tht")
    xh, xe, mt, n, wood = (p.row("Bộ xếp hình|"), p.row("Xe gỗ kéo dây|"), p.row("Bộ Montessori|"), p.row("Cộng|"),
                           p.row("Gỗ keo xẻ sấy|"))
    revs, costs, profits = [], [], []
    for y in Y:  # whole đồng, all from the running text
        p.check(n[y] == xh[y] + xe[y] + mt[y] and close(wood[y], xh[y] * 0.0015 + xe[y] * 0.002 + mt[y] * 0.004), f"count, wood {y}")
        rev = xh[y] * 120000 + xe[y] * 95000 + mt[y] * 250000
        lines = [wood[y] * 6.5e6, n[y] * 8000, n[y] * 10000, xh[y] * 45000 + xe[y] * 40000 + mt[y] * 90000, 2 * 5e6 * 12,
                 n[y] * 3000, 60e6, [24e6, 16e6, 8e6][y], rev * 0.10, 36e6]
        revs.append(rev), costs.append(sum(lines)), profits.append(rev - sum(lines))
        p.check(n[y] <= 70 * 280 and wood[y] <= 45, f"within 19.600 pieces and 45 m³ {y}")
    p.check(revs == [1695e6, 1987.5e6, 2280e6] and costs == [1508e6, 1710.5e6, 1913e6] and profits == [187e6, 277e6, 367e6],
            "revenue, cost, profit as written")
    growth_ok(p, [10500] + n, "output")
    p.check(180 + 180 + 80 + 40 + 60 + 60 == 600 and 600 + 150 == 750 == 450 + 300 and close(600 / 10, 60), "capital 750, fixed 600")
    p.check(close(750 / (277 + 60), 2.2, 0.02), "payback 2,2")
    p.has("tổng doanh thu 1.695.000.000 đồng", "840.000.000 + 522.500.000 + 625.000.000 = 1.987.500.000 đồng",
          "960.000.000 + 570.000.000 + 750.000.000 = 2.280.000.000 đồng", "Năm 2026 tổng chi phí 1.508.000.000 đồng",
          "gỗ 27 m³ × 6.500.000 đồng = 175.500.000 đồng", "= 104.000.000 đồng", "= 130.000.000 đồng", "= 650.000.000 đồng",
          "thù lao quản lý 120.000.000 đồng", "= 39.000.000 đồng", "169.500.000 đồng",
          "Năm 2027 tổng chi phí 1.710.500.000 đồng (gỗ 204.750.000; sơn, keo 120.000.000; hộp 150.000.000; công khoán 760.000.000",
          "Năm 2028 tổng chi phí 1.913.000.000 đồng (gỗ 234.000.000; sơn, keo 136.000.000; hộp 170.000.000; công khoán 870.000.000",
          "1.695.000.000 − 1.508.000.000 = 187.000.000 đồng", "năm 2027 là 277.000.000 đồng; năm 2028 là 367.000.000 đồng",
          "750.000.000 : (277.000.000 + 60.000.000) ≈ 2,2 năm", "Tổng vốn đầu tư của phương án là 750.000.000 đồng",
          "vốn góp thêm của 9 thành viên 450.000.000 đồng", "300.000.000 đồng, thời hạn 3 năm",
          "45 m³/năm", "19.600 sản phẩm/năm", "làm được 10.500 sản phẩm")
    p.has("UBND xã Tùng Ảnh xác nhận", "mã số thuế", "QCVN 3:2019/BKHCN", "TCCS 01:2026", "Nghị định 43/2017/NĐ-CP",
          "đăng ký nhãn hiệu", "hút bụi", "đăng ký môi trường", "bảng kê lâm sản")
    p.lacks(OUTDATED, "outdated instrument in a ready plan")
    return p


def g04() -> Plan:
    p = Plan("g04_vuon_dau_tay_ha_linh_hkd")
    rows = [p.row(str(2026 + y), 6) for y in Y]  # area, output, visitors, take-home, workshop, to shops
    ve, take, ws, shop, rev = (p.row("Vé tham quan"), p.row("Dâu khách mua mang về"), p.row("Workshop làm mứt"),
                               p.row("Dâu bán cửa hàng"), p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Cây giống", "Giá thể", "Điện, nước", "Tiền lương", "Hộp đựng dâu", "Nguyên liệu workshop",
                                 "Khấu hao", "Lãi vay", "Quảng bá", "Bảo hiểm khách")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    staff = [6, 7, 8]
    for y in Y:  # triệu đồng
        area, out, vis, tk, wsn, sh = rows[y]
        p.check(close(out, area * 2.5) and close(vis * 0.2 + wsn * 0.2 + tk + sh, out), f"strawberry balance {y}")
        p.check(close(ve[y], vis * 0.06) and close(take[y], tk * 0.25) and close(ws[y], wsn * 0.09) and close(shop[y], sh * 0.15)
                and close(rev[y], ve[y] + take[y] + ws[y] + shop[y]), f"revenue {y}")
        p.check(close(lines[0][y], area * 8 * 0.006) and close(lines[1][y], area * 0.025) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], (tk + sh) * 0.005) and close(lines[5][y], wsn * 0.025) and close(lines[6][y], 1200 / 8)
                and close(lines[7][y], [600, 400, 200][y] * 0.07) and close(lines[8][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(vis <= 80 * 150, f"visitors within 12.000 {y}")
    growth_ok(p, [6500] + [r[2] for r in rows], "visitors")
    p.check(420 + 150 + 380 + 250 + 50 + 250 == 1500 == 900 + 600 and 420 + 150 + 380 + 250 == 1200, "capital 1.500, fixed 1.200")
    avg = sum(prof) / 3
    p.check(close(avg, 495, 0.001) and close(1500 / (avg + 150), 2.3, 0.02), "payback 2,3")
    p.has("(349 + 494,95 + 640,9) : 3 ≈ 495 triệu đồng/năm", "1.500 : (495 + 150) ≈ 2,3 năm", "60.000 đồng/người",
          "250.000 đồng/kg", "90.000 đồng/suất", "150.000 đồng/kg", "sức chứa 12.000 lượt/năm", "8 cây/m², giá 6.000 đồng/cây",
          "2,5 kg/m²/vụ", "đón 6.500 lượt khách")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "VietGAP", "cam kết sản xuất thực phẩm an toàn", "Nghị định 43/2017/NĐ-CP",
          "bộ tiêu chuẩn dịch vụ nội bộ", "Nhãn hiệu \"Dâu tây Hà Linh\"", "rác thải sinh hoạt", "Luật Du lịch")
    p.lacks(OUTDATED + r"|\bTX\b|huyện", "outdated instrument or district in a ready plan")
    return p


def g05() -> Plan:
    p = Plan("g05_nem_lui_thien_cam_ho")
    hop4, khay4 = p.row("Nem lụi hộp 500 g", 4), p.row("Nem lụi khay 1 kg", 4)
    price_h, price_k, hop, khay = hop4[0], khay4[0], hop4[1:], khay4[1:]
    kg, pork = p.row("Tổng sản lượng quy đổi"), p.row("Thịt heo nguyên liệu")
    lines = [p.row(x) for x in ("Thịt heo (105.000", "Sả, gia vị", "Hộp, khay", "Điện, nước", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Vận chuyển, giao hàng lạnh", "Chi phí khác")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Doanh thu|"), p.row("Lợi nhuận (B − A)")
    p.check(price_h == 110000 and price_k == 190000, "prices in the production table")
    true_rev = [hop[y] * price_h / 1000 + khay[y] * price_k / 1000 for y in Y]  # nghìn đồng
    for y in Y:
        p.check(kg[y] == hop[y] * 0.5 + khay[y] and close(pork[y], kg[y] * 0.8), f"kg, pork {y}")
        p.check(close(lines[0][y], pork[y] * 105) and close(lines[1][y], kg[y] * 12) and close(lines[2][y], hop[y] * 4 + khay[y] * 6)
                and close(lines[3][y], kg[y] * 5), f"per-unit costs {y}")
        p.check(close(lines[4][y], 8 * 5000 * 12) and close(lines[5][y], 800000 / 10)
                and close(lines[6][y], [450, 300, 150][y] * 80), f"wages on 8 workers, dep, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit follows revenue {y}")
        p.check(pork[y] <= 12000 and kg[y] <= 80 * 300, f"pork within 12 t, output within 24 t {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[1], true_rev[1]), "2026 and 2027 revenue right")
    p.check(true_rev[2] == 2740000 and rev[2] == 3010000 and off(rev[2], true_rev[2]),
            "PLANTED 2028 revenue 3.010.000 != 18.000 × 110.000 + 4.000 × 190.000 = 2.740.000 (+9,9 %)")
    p.has("năm 2028 khoảng 3 tỷ đồng")  # the objectives repeat the wrong figure
    growth_ok(p, [8500] + kg, "output")
    p.check(300 + 250 + 120 + 80 + 50 + 200 == 1000 == 550 + 450 and 300 + 250 + 120 + 80 + 50 == 800, "capital 1.000, fixed 800")
    avg = sum(prof) / 3
    p.check(close(avg, 578500, 0.001) and close(1000000 / (avg + 80000), 1.5, 0.02), "stated payback 1,5 on the written profits")
    true_avg = (prof[0] + prof[1] + true_rev[2] - cost[2]) / 3
    p.check(close(1000000 / (true_avg + 80000), 1.76, 0.01), "tolerated knock-on: 1,76 on the true revenue")
    p.has("Cơ sở hiện có 8 lao động thường xuyên", "Tổng số lao động thường xuyên hiện nay là 12 người")  # PLANTED
    p.check(off(12, 8), "PLANTED 12 != 8 regular workers")
    p.has("1.000.000 : (578.500 + 80.000) ≈ 1,5 năm", "110.000 đồng/hộp", "190.000 đồng/khay", "12.000 kg/năm",
          "công suất khoảng 24.000 kg/năm", "năm 2025 đạt 8.500 kg", "Tổng vốn đầu tư 1.000 triệu đồng",
          "tiền tích lũy của gia đình 550 triệu đồng", "450 triệu đồng")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thuế khoán|giấy phép kinh doanh|thành lập", "PLANTED no business registration or plan to register")
    p.has("bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "bể tách mỡ")
    p.lacks(OUTDATED, "outdated instrument")
    return p


def g06() -> Plan:
    p = Plan("g06_ruou_san_phu_gia_tht")
    chai, binh, lit, san = p.row("Chai 500 ml|"), p.row("Bình 2 lít|"), p.row("Tổng sản lượng rượu"), p.row("Sắn khô sử dụng")
    rev, rc, rb = p.row("Doanh thu|"), p.row("- Chai 500 ml (150.000"), p.row("- Bình 2 lít (280.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Sắn khô (9.000", "- Men lá", "- Chai, nút", "- Bình 2 lít, nhãn", "- Tiền công", "- Khấu hao",
                                 "- Lãi vay", "- Bán hàng", "- Kiểm nghiệm", "- Thuế tiêu thụ đặc biệt")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + binh[y] * 2 and san[y] == lit[y], f"litres, cassava 1:1 {y}")
        p.check(close(rc[y], chai[y] * 0.15) and close(rb[y], binh[y] * 0.28) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], san[y] * 0.009) and close(lines[1][y], lit[y] * 0.012) and close(lines[2][y], chai[y] * 0.022)
                and close(lines[3][y], binh[y] * 0.018) and close(lines[4][y], 11 * 5 * 12) and close(lines[5][y], 600 / 10)
                and close(lines[6][y], [400, 300, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[9][y], rev[y] * 65 / 165), f"costs, excise {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(san[y] <= 30000, f"cassava within 30 t {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 648.7, 0.0001) and prof[1] == 748.7 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 748,7 != 4.400 − 3.751,3 = 648,7 (+15 %)")
    capacity = 2 * 35 * 300
    p.check(capacity == 21000 and lit[0] <= capacity and lit[1] <= capacity, "2027-2028 within 21.000 lít")
    p.check(lit[2] == 24000 and off(lit[2], capacity), "PLANTED 2029 output 24.000 > 21.000 lít capacity (+14 %)")
    growth_ok(p, [15000] + lit, "output")
    p.check(250 + 180 + 60 + 80 + 30 + 60 + 340 == 1000 == 600 + 400 and 250 + 180 + 60 + 80 + 30 == 600, "capital 1.000, fixed 600")
    avg = sum(prof) / 3
    true_avg = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(1000 / (avg + 60), 1.3, 0.01) and not off(1000 / (true_avg + 60), 1.3),
            "payback 1,3 within 5 % on the written (1,29) and the true (1,35) profits")
    p.has("(443 + 748,7 + 947,2) : 3 ≈ 713 triệu đồng/năm", "1.000 : (713 + 60) ≈ 1,3 năm", "2 × 35 × 300 = 21.000 lít/năm",
          "150.000 đồng/chai", "280.000 đồng/bình", "30.000 kg sắn khô/năm", "Năm 2025 tổ hợp tác sản xuất 13.500 lít",
          "năm 2026 ước đạt 15.000 lít", "18.000 lít rượu năm 2027")
    p.lacks(r"môi trường|nước thải|chất thải|bã|xử lý|khói|\brác\b|ô nhiễm|biogas|vệ sinh|thải",
            "PLANTED no environmental measure anywhere")
    p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT",
          "tiêu chuẩn cơ sở", "độ cồn", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "hợp đồng hợp tác")
    p.lacks(OUTDATED, "outdated instrument")
    return p


def g07() -> Plan:
    p = Plan("g07_tra_la_oi_phu_viet_cty")
    hop, tui, kg, leaf, staff = (p.row("Trà túi lọc hộp 40 g"), p.row("Trà lá cắt túi 250 g"), p.row("Trà thành phẩm"),
                                 p.row("Lá ổi tươi cần thu mua"), p.row("Lao động"))
    rev, rh, rt = p.row("Tổng doanh thu"), p.row("- Trà túi lọc (55.000"), p.row("- Trà lá cắt (95.000")
    lines = [p.row(x) for x in ("Lá ổi tươi (6.000", "Túi lọc, hộp", "Túi 250 g", "Điện sấy", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng cáo", "Quản lý doanh nghiệp")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.04 + tui[y] * 0.25 and leaf[y] == kg[y] * 5, f"kg, leaves {y}")
        p.check(close(rh[y], hop[y] * 0.055) and close(rt[y], tui[y] * 0.095) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.006) and close(lines[1][y], hop[y] * 0.01) and close(lines[2][y], tui[y] * 0.006)
                and close(lines[3][y], kg[y] * 0.012) and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 90)
                and close(lines[6][y], [500, 375, 250][y] * 0.08) and close(lines[7][y], rev[y] * 0.12), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(hop[y] <= 180000 and leaf[y] <= 75000, f"within the machine's 180.000 hộp and 75 t of leaves {y}")
    p.check(hop[0] / 16000 < 1.3 and rev[0] / 1180 < 1.3, "2026 +25 % on 2025 (no capacity jump in year one)")
    g = [rev[1] / rev[0], rev[2] / rev[1], hop[1] / hop[0], hop[2] / hop[1]]
    p.check(all(close(x, 2.5, 0.001) for x in g) and all(off(x, 1.5) for x in g),
            "PLANTED revenue and output ×2,5 per year (+150 %)")
    channels = 1300 * 12 + 300 * 12 + 400 * 12
    p.check(channels == 24000 and off(hop[1], channels) and off(hop[2], channels), "named channels ≈ 24.000 hộp/year")
    p.check(300 + 200 + 350 + 50 + 50 + 250 == 1200 == 700 + 500 and 300 + 200 + 350 + 50 == 900, "capital 1.200, fixed 900")
    avg = sum(prof) / 3
    p.check(close(avg, 1660.4, 0.001) and close(1200 / (avg + 90), 0.7, 0.03), "payback 0,7")
    p.has("1.200 : (1.660,4 + 90) ≈ 0,7 năm", "55.000 đồng/hộp", "95.000 đồng/túi", "tổng cộng khoảng 75 tấn/năm",
          "180.000 hộp", "năm 2025 bán 16.000 hộp", "1.300 hộp và 250 túi", "khoảng 300 hộp/tháng", "khoảng 400 hộp/tháng")
    p.lacks(r"tiêu chuẩn|TCCS|tự công bố|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn|phân tích mẫu|thử nghiệm",
            "PLANTED no product standard, declaration or laboratory test anywhere")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current criteria are not cited")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu")
    return p


def g08() -> Plan:
    p = Plan("g08_nuoc_ep_oi_truong_son_htx")
    ch = [p.row(x) for x in ("Nhà phân phối đồ uống", "Cửa hàng tiện lợi", "Căng tin trường học", "Hội chợ, bán tại vườn")]
    chsum = p.row("Cộng|")
    c3, c1, lit, oi = p.row("Chai 330 ml|"), p.row("Chai 1 lít|"), p.row("Tổng sản lượng"), p.row("Ổi quả tươi cần dùng")
    r3, r1, rev = p.row("Doanh thu chai 330 ml"), p.row("Doanh thu chai 1 lít"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Ổi nguyên liệu", "Đường, acid citric", "Chai 330 ml, nắp", "Chai 1 lít, nắp", "Thùng carton",
                                 "Điện, nước, gas", "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý|")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận|")
    staff = [14, 15, 16]
    for y in Y:  # triệu đồng
        p.check(chsum[y] == lines_sum(ch, y) == c3[y], f"channels add up to the 330 ml bottles {y}")
        p.check(close(lit[y], c3[y] * 0.33 + c1[y]) and close(oi[y], lit[y] * 0.5), f"litres, guava 0,5 {y}")
        p.check(close(r3[y], c3[y] * 0.018) and close(r1[y], c1[y] * 0.05) and close(rev[y], r3[y] + r1[y]), f"revenue {y}")
        p.check(close(lines[0][y], oi[y] * 0.008) and close(lines[1][y], lit[y] * 0.003) and close(lines[2][y], c3[y] * 0.0035)
                and close(lines[3][y], c1[y] * 0.006) and close(lines[4][y], c3[y] / 24 * 0.008) and close(lines[5][y], lit[y] * 0.002)
                and close(lines[6][y], staff[y] * 6 * 12) and close(lines[7][y], 1550 / 10)
                and close(lines[8][y], [1000, 750, 500][y] * 0.08) and close(lines[9][y], rev[y] * 0.10), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 500 * 250, f"within 125.000 lít {y}")
    supply = 3 * 10 * 1000
    p.check(oi[0] <= supply, "2026 guava within 30 t")
    p.check(oi[1] == 33700 and oi[2] == 39650 and off(oi[1], supply) and off(oi[2], supply),
            "PLANTED guava need 33,7 t (2027) and 39,65 t (2028) > 30 t supply (+12 %, +32 %)")
    growth_ok(p, [42000] + lit, "output", 1.35)
    items = [p.one(x) for x in ("Nâng cấp nhà xưởng", "Máy rửa, nghiền ép", "Nồi phối trộn", "Máy chiết rót, đóng nắp",
                                "Kho lạnh 30", "Bao bì, nhãn, tiêu chuẩn", "Vốn lưu động|")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 1800 and stated == 1980 and off(stated, sum(items)), "PLANTED investment total 1.980 != items 1.800 (+10 %)")
    p.check(980 + 1000 == stated and sum(items[:5]) == 1550, "sources equal the stated (wrong) total; fixed 1.550")
    avg = sum(prof) / 3
    p.check(close(avg, 516.4, 0.001) and close(1980 / (avg + 155), 2.9, 0.02), "stated payback 2,9 on the stated total")
    p.check(close(1800 / (avg + 155), 2.68, 0.01), "tolerated knock-on: 2,68 on the true sum")
    p.has("3 ha ổi của các thành viên, năng suất bình quân 10 tấn/ha/năm, tổng sản lượng 30 tấn/năm",
          "toàn bộ sản lượng được dành cho chế biến", "0,5 kg ổi quả tươi cho 1 lít", "1.980 : (516,4 + 155) ≈ 2,9 năm",
          "18.000 đồng/chai", "50.000 đồng/chai", "công suất 125.000 lít/năm", "khoảng 42.000 lít", "18 thành viên chính thức",
          "khoảng 90.000 chai")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|HACCP|ISO 22000|khám sức khỏe|tự công bố|15/2018|cam kết|hợp quy|"
            r"giấy chứng nhận cơ sở|công bố sản phẩm", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "TCCS 01:2026", "Nghị định 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "Bã ổi")
    p.lacks(OUTDATED, "outdated instrument")
    return p


def g09() -> Plan:
    p = Plan("g09_mat_ong_su_vet_ky_ha_htx")
    YY = range(4)
    col = [p.row(str(2026 + y), 4) for y in YY]  # colonies, yield, harvest, packaged
    hu, ch, kg = p.row("Hũ 350 g", 4), p.row("Chai 700 g", 4), p.row("Tổng khối lượng mật", 4)
    rh, rc, rev = p.row("Doanh thu hũ 350 g", 4), p.row("Doanh thu chai 700 g", 4), p.row("Tổng doanh thu", 4)
    lines = [p.row(x, 4) for x in ("Công khoán chăm sóc", "Đường nuôi ong", "Di chuyển đàn ong", "Hũ thủy tinh, nắp",
                                    "Chai thủy tinh, nắp", "Lương bộ phận văn phòng", "Khấu hao", "Lãi vay",
                                    "Bán hàng, vận chuyển", "Chi phí quản lý khác")]
    cost, prof = p.row("Tổng chi phí", 4), p.row("Lợi nhuận|", 4)
    for y in YY:  # triệu đồng
        dan, yld, hv, pk = col[y]
        p.check(hv == dan * yld and pk == kg[y] and close(kg[y], hu[y] * 0.35 + ch[y] * 0.7) and kg[y] <= hv,
                f"harvest 10 kg/colony covers packaged honey {y}")
        p.check(close(rh[y], hu[y] * 0.13) and close(rc[y], ch[y] * 0.24) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], hv * 0.07) and close(lines[1][y], dan * 0.15) and close(lines[3][y], hu[y] * 0.007)
                and close(lines[4][y], ch[y] * 0.009) and close(lines[5][y], 3 * 5 * 12) and close(lines[6][y], 800 / 10)
                and close(lines[7][y], [500, 375, 250, 125][y] * 0.08) and close(lines[8][y], rev[y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(dan <= 450, f"colonies within the flowers' 450–500 {y}")
    growth_ok(p, [2200] + [c[2] for c in col], "harvest")
    p.check(140 + 110 + 250 + 220 + 80 + 200 == 1000 == 500 + 500 and 140 + 110 + 250 + 220 + 80 == 800, "capital 1.000, fixed 800")
    avg = sum(prof) / 4
    p.check(close(avg, 340.6, 0.001), "average profit 340,6")
    stated = 1.5  # "1 năm 6 tháng"
    p.check(off(stated, 1000 / avg) and off(stated, 1000 / (avg + 80)),
            "PLANTED payback 1 năm 6 tháng != 2,9 (no depreciation) or 2,4 (with depreciation)")
    p.has("khoảng 340,6 triệu đồng/năm", "hoàn vốn đầu tư sau khoảng 1 năm 6 tháng", "Tổng vốn đầu tư là 1.000 triệu đồng",
          "130.000 đồng/hũ", "240.000 đồng/chai", "thu hoạch 2.200 kg", "khoảng 450–500 đàn ong", "10 kg mật/đàn/năm")
    body = p.body
    p.check(body.count("Hợp tác xã Ong mật Thạch Bằng") == 2 and body.count("Hợp tác xã Ong mật Kỳ Hà") >= 4
            and body.count("HỢP TÁC XÃ ONG MẬT KỲ HÀ") == 1, "PLANTED a second producer name, twice (sections 10 and 17)")
    p.check("Thạch Bằng" not in body.split("# 10/", 1)[0], "the first nine sections name only Kỳ Hà")
    p.lacks(r"nhãn|\btem\b|43/2017|111/2021", "PLANTED no label, label content or labelling decree anywhere")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "cơ sở đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố",
          "Cục Sở hữu trí tuệ", "sổ nhật ký nuôi ong")
    p.lacks(OUTDATED, "outdated instrument")
    return p


def g10() -> Plan:
    p = Plan("g10_ca_chach_kho_ngan_sau_ctcp")
    hu, tui, kg, fish = p.row("Hũ 250 g|"), p.row("Túi 500 g|"), p.row("Tổng thành phẩm"), p.row("Cá chạch tươi|")
    rev, rh, rt = p.row("Doanh thu|"), p.row("Hũ 250 g (120.000"), p.row("Túi 500 g (220.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cá chạch tươi (80.000", "Gia vị", "Hũ thủy tinh, nắp", "Túi hút chân không, nhãn", "Điện, gas",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    prof = p.row("Lợi nhuận trước thuế")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.25 + tui[y] * 0.5 and fish[y] == kg[y] * 1.5, f"kg, fish 1,5 {y}")
        p.check(close(rh[y], hu[y] * 0.12) and close(rt[y], tui[y] * 0.22) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.08) and close(lines[1][y], kg[y] * 0.02) and close(lines[2][y], hu[y] * 0.006)
                and close(lines[3][y], tui[y] * 0.005) and close(lines[4][y], kg[y] * 0.01) and close(lines[5][y], staff[y] * 6 * 12)
                and close(lines[6][y], 1500 / 10) and close(lines[7][y], [900, 675, 450][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fish[y] <= 18000 and kg[y] <= 26500, f"fish within 18 t, output within 26.500 kg {y}")
    p.check(close(2 * 80 / 1.5 * 250, 26500, 0.01), "braising pots ≈ 26.500 kg/year")
    growth_ok(p, [5800] + kg, "output")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "2 nồi kho áp suất", "Nồi tiệt trùng", "Máy rửa, bàn sơ chế", "Kho lạnh 20",
                                "Bao bì, nhãn, tiêu chuẩn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2500 and sum(items[:5]) == 1500, "items = total 2.500, fixed 1.500")
    sources = 1200 + 900
    p.check(off(sources, 2500), "PLANTED sources 1.200 + 900 = 2.100 != 2.500 (−16 %)")
    avg = sum(prof) / 3
    p.check(close(avg, 1151.2, 0.001) and close(2500 / (avg + 150), 1.9, 0.02), "payback 1,9 on the stated total")
    p.has("Tổng vốn đầu tư của phương án là 2.500 triệu đồng, được huy động từ:", "Vốn góp bổ sung của các cổ đông: 1.200 triệu đồng",
          "900 triệu đồng, thời hạn 4 năm", "2.500 : (1.151,2 + 150) ≈ 1,9 năm", "120.000 đồng/hũ", "220.000 đồng/túi",
          "18 tấn/năm", "26.500 kg/năm", "năm 2025 đạt 5.800 kg")
    market = p.body.split("# 7. Phân tích thị trường", 1)[1].split("# 8.", 1)[0]
    p.check(not re.search(r"khách|kênh|phân phối|đại lý|siêu thị|cửa hàng|chợ|giá(?! trị)|đồng|bán|mua|hợp đồng", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách hàng|kênh|phân phối|đại lý|siêu thị|cửa hàng|hội chợ|facebook|zalo|shopee|tiktok|sàn thương mại|bán lẻ|"
            r"bán buôn|xuất khẩu|nhà hàng|điểm bán|đơn hàng|hợp đồng tiêu thụ|trực tuyến|online|quán", "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP anywhere")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "bể tách mỡ")
    p.lacks(OUTDATED, "outdated instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("g11_khoai_so_kim_hoa_so_sai")
    a.check(2 * 20 == 40 and 40000 * 15000 == 600e6, "taro sentence (2 ha × 20 tấn/ha = 40 tấn; × 15.000 = 600 triệu)")
    a.has("khoảng 2 ha", "khoảng 20 tấn/ha", "khoảng 40 tấn", "15.000 đồng/kg", "khoảng 600 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024", "thương lái và các chợ")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|truy xuất|vốn đầu tư|chi phí|lợi nhuận", "the genuine gaps")
    b = Plan("g12_banh_duc_dong_tien_so_sai")
    b.check(40 * 25000 * 26 == 26e6, "bánh đúc sentence (40 kg × 25.000 đ × 26 ngày = 26 triệu a month)")
    b.has("khoảng 40 kg", "25.000 đồng/kg", "26 ngày", "khoảng 26 triệu đồng", "chợ xã và các quán ăn sáng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|hợp tác xã|an toàn thực phẩm|nhãn|tiêu chuẩn|@", "no registration, no e-mail, the gaps")
    return [a, b]


def shared_sentences(plans: list[Plan]) -> Plan:
    """No sentence of ten words or more appears in two plans (the boilerplate rule must have nothing true to find)."""
    chk = plans[0].__class__.__new__(plans[0].__class__)
    chk.stem, chk.failures = "(all plans: no shared sentence, no placeholder)", []
    seen: dict[str, str] = {}
    for p in plans:
        if re.search(PLACEHOLDER, p.body):
            chk.failures.append(f"placeholder in {p.stem}")
        text = re.sub(r"[#*]", " ", "\n".join(x for x in p.body.splitlines() if not x.lstrip().startswith("|")))
        for sent in re.split(r"(?<=[.;:!?])\s+|\n+", text):
            words = re.findall(r"\w+", sent.lower())
            if len(words) < 10:
                continue
            key = " ".join(words)
            if key in seen and seen[key] != p.stem:
                chk.failures.append(f"shared sentence {seen[key]} / {p.stem}: {sent.strip()[:80]}")
            seen.setdefault(key, p.stem)
    return chk


def main() -> int:
    plans = [fn() for fn in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10)] + sketchy()
    return plancheck.report(plans + [shared_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
