"""Set 83's own arithmetic, recomputed from the plans' sources: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout83/arithmetic.py

For every plan: quantities (grades, bags, bottles, kg), raw-material tables (area × yield, colonies ×
yield, bags × yield, their totals), raw-material need vs supply, output vs equipment capacity,
revenue = quantity × price, cost lines from their unit rates, cost total, profit, tax, investment
items = capital sources = total, depreciation, interest, average profit, payback, growth, staff
counts and the percentages and ranges quoted in the running text. Planted numeric defects are
asserted wrong by more than 5 % with the true value computed; every other number right within 1 %
(figures written in tỷ đồng with two decimals: within 0,005 tỷ, their rounding). Table figures are
read from the plan's source; figures quoted in running text are looked up verbatim. The textual
planted defects (replaced instruments, no sales channel, a second producer name, no label, no
environmental measure, no registration, no product standard, no food safety, no trademark) are
asserted by the absence or presence of their words; ready plans cite no replaced instrument and no
district body; no plan keeps a template placeholder.
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


REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|23/2012/QH13|193/2013|123/2018|01/2021/NĐ-CP|38/2012|89/2006|"
            r"\bhuyện\b|Phòng Nông nghiệp và Phát triển nông thôn")
CHANNEL = (r"siêu thị|cửa hàng|\bchợ\b|bếp ăn|trường học|đại lý|thương lái|nhà hàng|khách hàng|người mua|facebook|zalo|"
           r"shopee|online|trực tuyến|sàn thương mại|bán buôn|bán lẻ|giao hàng|phân phối|hợp đồng tiêu thụ|đơn hàng|"
           r"đặt hàng|xuất khẩu|hội chợ")
NO_REG = (r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|"
          r"đăng ký hộ|thành lập|giấy phép")
NO_STANDARD = r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|xét nghiệm"
NO_FOOD_SAFETY = r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|công bố|55/2010"
NO_LABEL = r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô"
NO_ENV = (r"môi trường|chất thải|trấu|\bbụi\b|xử lý|tiếng ồn|nước thải|\brác\b|khí thải|khói|xyclon|tro\b|"
          r"phế liệu|ủ phân|bể lắng")
NO_TRADEMARK = r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo"


def tỷ(a: float, b: float) -> bool:
    """Two figures in tỷ đồng written with two decimals: equal to their rounding."""
    return abs(a - b) <= 0.0051


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


# ----------------------------------------------------------------------------------------------- ready

def cf01() -> Plan:
    p = Plan("cf01_buoi_phuc_trach_tan_hoa_htx")
    l1, l2, tot, work = (p.row("Bưởi loại 1 |"), p.row("Bưởi loại 2 |"), p.row("Tổng sản lượng thu mua, tiêu thụ"),
                         p.row("Công lao động thời vụ"))
    villages = [p.row(x, 5) for x in ("Tân Hòa |", "Phúc Đồng |", "Trung Hà |", "Bình Sơn |")]
    total = p.row("Tổng cộng |", 4)
    for v in villages:
        p.check(close(v[2] * v[3], v[4]), f"bearing area × yield {v}")
    p.check(all(close(sum(v[i] for v in villages), total[j]) for i, j in ((0, 0), (1, 1), (2, 2), (4, 3))),
            "village table total 32 hộ, 26,0 ha, 22,0 ha, 339 tấn")
    rev, r1, r2 = p.row("Doanh thu |", skip=1), p.row("Bưởi loại 1 (35.000"), p.row("Bưởi loại 2 (20.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua bưởi của thành viên", "Hộp quà, thùng carton, tem", "Sáp, điện kho lạnh, nước",
                                 "Lương lao động thường xuyên", "Tiền công lao động thời vụ", "Vận chuyển, bán hàng",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Chi phí quản lý, chi khác")]
    pre, tax = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp")
    post = p.row("Lợi nhuận sau thuế", skip=1)  # the first is the 2023–2025 results table
    for y in Y:  # tấn, triệu đồng
        p.check(tot[y] == l1[y] + l2[y] and work[y] == tot[y] * 10, f"tonnes, 10 công/tấn {y}")
        p.check(tot[y] <= total[3] and tot[y] <= 2 * 8 * 100, f"within 339 tấn and 1.600 tấn of packing {y}")
        p.check(l1[y] / tot[y] > 0.6, f"grade 1 over 60 % {y}")
        p.check(close(r1[y], l1[y] * 35) and close(r2[y], l2[y] * 20) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], l1[y] * 21 + l2[y] * 12) and close(lines[1][y], l1[y] * 1.5 + l2[y] * 0.5)
                and close(lines[2][y], tot[y] * 0.6), f"purchase at 21.000/12.000, boxes, wax {y}")
        p.check(close(lines[3][y], 8 * [6.5, 6.5, 7][y] * 12) and close(lines[4][y], tot[y] * 10 * 0.25)
                and close(lines[5][y], rev[y] * 0.05) and close(lines[6][y], 150)
                and close(lines[7][y], [800, 600, 400][y] * 0.07) and close(lines[8][y], 120), f"wages, selling, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and tot[y] / tot[y - 1] < 1.2, f"growth {y}")
    p.check([round(tot[y] / total[3] * 100) for y in Y] == [71, 80, 88], "71 / 80 / 88 % of the members' output")
    staff = [p.one(x) for x in ("Giám đốc |", "Kế toán |", "Cán bộ kỹ thuật, thu mua", "Thủ kho, vận hành kho lạnh",
                                "Công nhân sơ chế, đóng gói", "Nhân viên bán hàng")]
    p.check(sum(staff) == p.one("Cộng lao động thường xuyên") == 8, "8 permanent staff")
    items = [p.one("Nhà sơ chế, đóng gói 200"), p.one("Kho lạnh 30 m³"),
             p.one("Dây chuyền rửa, phân loại theo khối lượng |", skip=1),
             p.one("Máy đánh sáp, băng tải, quạt thổi khô |", skip=1), p.one("Xe tải nhẹ 1,5"),
             p.one("Thiết kế bao bì, tem QR"), p.one("Vốn lưu động thu mua trong vụ")]
    p.check(sum(items) == p.one("Tổng cộng |", skip=1) == 2200 == 1400 + 800 and sum(items[:5]) == 1500,
            "capital 2.200 = 1.400 + 800, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 571.4, 0.001) and close(2200 / (avg + 150), 3.0, 0.02), "average 571,4, payback 3,0")
    p.check(close(tot[0] / 205, 1.17, 0.01), "+17 % on 2025")
    p.check(0.055 < post[0] / rev[0] < 0.065 and 0.075 < post[2] / rev[2] < 0.085, "net margin 6–8 %")
    p.has("35.000 đồng/kg", "20.000 đồng/kg", "21.000 đồng/kg", "12.000 đồng/kg", "(417,9 + 584,7 + 711,7) : 3 ≈ 571,4",
          "2.200 : (571,4 + 150) ≈ 3,0 năm", "1.400 + 800 = 2.200", "339 tấn/năm", "16 tấn quả/ngày",
          "4.230–5.310 triệu đồng/năm", "10 công cho 1 tấn quả, tiền công 250.000 đồng/công", "Doanh thu năm 2027 đạt 7.050 triệu đồng")
    ready_common(p)
    return p


def cf02() -> Plan:
    p = Plan("cf02_gao_thom_lam_hong_cty")
    bags, sacks, rice, bran = (p.row("Gạo túi 5 kg |"), p.row("Gạo bao 25 kg |"), p.row("Tổng gạo thành phẩm"),
                               p.row("Cám gạo thu hồi"))
    ax, yx, ox = p.row("Diện tích vụ Đông Xuân"), p.row("Năng suất vụ Đông Xuân"), p.row("Sản lượng thóc vụ Đông Xuân")
    ah, yh, oh = p.row("Diện tích vụ Hè Thu"), p.row("Năng suất vụ Hè Thu"), p.row("Sản lượng thóc vụ Hè Thu")
    supply, need = p.row("Tổng sản lượng thóc vùng liên kết"), p.row("Thóc Công ty cần thu mua")
    rev, r1, r2, r3 = (p.row("Doanh thu |", skip=1), p.row("Gạo túi 5 kg (115.000"), p.row("Gạo bao 25 kg (18.000"),
                       p.row("Cám gạo (6.250"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thóc nguyên liệu", "Bao bì (4.000", "Điện sấy, xay xát", "Tiền lương 15 lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (1.000", "Quản lý doanh nghiệp")]
    summary = [p.row(f"Năm {2027 + y} |", 5) for y in Y]  # years as rows: revenue, cost, pre-tax, tax, after tax
    for y in Y:  # tấn, tỷ đồng
        p.check(close(rice[y], bags[y] * 5 / 1000 + sacks[y] * 25 / 1000) and close(need[y], rice[y] * 1.6)
                and close(bran[y], need[y] * 0.1), f"rice, paddy 1,6 kg/kg, bran 10 % {y}")
        p.check(close(ox[y], ax[y] * yx[y]) and close(oh[y], ah[y] * yh[y]) and close(supply[y], ox[y] + oh[y]),
                f"seasonal paddy table {y}")
        p.check(need[y] <= supply[y] and need[y] <= 2 * 8 * 250, f"paddy within linked output and 4.000 tấn mill {y}")
        p.check(tỷ(r1[y], bags[y] * 115000 / 1e9) and tỷ(r2[y], sacks[y] * 25 * 18000 / 1e9)
                and tỷ(r3[y], bran[y] * 1000 * 6250 / 1e9) and tỷ(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(tỷ(lines[0][y], need[y] * 1000 * 8000 / 1e9) and tỷ(lines[1][y], (bags[y] * 4000 + sacks[y] * 7500) / 1e9)
                and tỷ(lines[2][y], need[y] * 1000 * 250 / 1e9) and tỷ(lines[3][y], 15 * 8e6 * 12 / 1e9)
                and tỷ(lines[4][y], 0.35) and tỷ(lines[5][y], [2.0, 1.5, 1.0][y] * 0.08)
                and tỷ(lines[6][y], rice[y] * 1000 * 1000 / 1e9) and tỷ(lines[7][y], 0.36), f"cost lines {y}")
        s = summary[y]
        p.check(tỷ(cost[y], lines_sum(lines, y)) and tỷ(s[0], rev[y]) and tỷ(s[1], cost[y]) and tỷ(s[2], s[0] - s[1])
                and tỷ(s[3], s[2] * 0.17) and tỷ(s[4], s[2] - s[3]), f"summary row (years as rows) {y}")
        if y:
            p.check(1.14 < rice[y] / rice[y - 1] < 1.17 and rev[y] / rev[y - 1] < 1.2, f"growth 14–17 % {y}")
    p.check([round(need[y] / supply[y] * 100) for y in Y] == [87, 89, 90], "87–90 % of the linked paddy")
    post = [s[4] for s in summary]
    p.check(close(sum(post) / 3, 1.63, 0.005) and close(5.5 / (1.63 + 0.35), 2.8, 0.02), "average 1,63, payback 2,8")
    p.check(close(post[0] / rev[0], 0.086, 0.01) and close(post[2] / rev[2], 0.131, 0.01), "margin 8,6–13,1 %")
    items = [p.one("Kho thóc 400 m²"), p.one("Dây chuyền xát trắng, đánh bóng, máy tách màu"),
             p.one("Máy sấy tầng sôi đốt trấu |", skip=1), p.one("Máy đóng gói hút chân không, cân"),
             p.one("Thiết kế bao bì, kiểm nghiệm"), p.one("Vốn lưu động thu mua thóc")]
    p.check(tỷ(sum(items), 5.5) and tỷ(p.one("Tổng cộng |"), 5.5) and tỷ(sum(items[:4]), 3.5) and tỷ(3.5 + 2.0, 5.5),
            "capital 5,5 = 3,5 + 2,0; fixed 3,5, depreciation 0,35")
    p.check(close(rice[0] / 480, 1.25, 0.01), "+25 % on 2025")
    p.check(close(need[0] * 0.2, 192) and close(need[2] * 0.2, 256), "husk 190–260 tấn")
    p.check(1 + 1 + 2 + 3 + 2 + 6 == 15, "15 staff")
    p.has("115.000 đồng/túi", "18.000 đồng/kg (450.000 đồng/bao)", "6.250 đồng/kg", "8.000 đồng/kg",
          "1,6 kg thóc khô cho 1 kg gạo thành phẩm", "(1,07 + 1,63 + 2,18) : 3 ≈ 1,63", "5,5 : (1,63 + 0,35) ≈ 2,8 năm",
          "tổ Sản xuất (6 người). Tổng số lao động thường xuyên 15 người", "4.000 tấn thóc/năm", "190–260 tấn/năm",
          "7,7–10,2 tỷ đồng", "8,6–13,1%", "26.000 đồng/kg (130.000 đồng/túi 5 kg)", "Doanh thu năm 2027 đạt 12,4 tỷ đồng")
    ready_common(p)
    return p


def cf03() -> Plan:
    p = Plan("cf03_mat_ong_rung_huong_minh_hkd")
    c5, c1, kg, need = (p.row("Chai 500 ml (chai)"), p.row("Chai 1 lít (chai)"), p.row("Tổng mật thành phẩm (kg)"),
                        p.row("Mật thô cần dùng (kg)"))
    src = [p.row(x, 4) for x in ("Đàn ong của gia đình", "Hộ liên kết thôn Khe Cò", "Hộ liên kết thôn Trại Tiểu",
                                  "Hộ liên kết thôn Minh Tân", "Hộ liên kết thôn Hà Chua")]
    total = p.row("Tổng cộng |", 3)
    for s in src:
        p.check(s[2] == 10 and s[3] == s[1] * s[2], f"colonies × 10 kg {s}")
    p.check(sum(s[0] for s in src) == total[0] == 26 and sum(s[1] for s in src) == total[1] == 780
            and sum(s[3] for s in src) == total[2] == 7800, "colony table total 26 hộ, 780 đàn, 7.800 kg")
    rev, r5, r1 = p.row("Doanh thu |"), p.row("Chai 500 ml (180.000"), p.row("Chai 1 lít (330.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật thô thu mua", "Chăm sóc 180 đàn", "Chai, nắp, nhãn, hộp", "Tiền công 3 lao động",
                                 "Điện sơ chế", "Khấu hao |", "Bán hàng, chiết khấu", "Lãi vay |", "Thuế (1,5%")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(close(kg[y], c5[y] * 0.7 + c1[y] * 1.4) and close(need[y], kg[y] * 1.05), f"kg, 1,05 raw {y}")
        p.check(need[y] <= total[2] and need[y] <= 200 * 100, f"within 7.800 kg and the drier's 20.000 kg {y}")
        buy = need[y] - 1800
        p.check(close(r5[y], c5[y] * 180000) and close(r1[y], c1[y] * 330000) and close(rev[y], r5[y] + r1[y]), f"revenue {y}")
        p.check(close(lines[0][y], buy * 150000) and close(lines[1][y], 180 * 300000)
                and close(lines[2][y], c5[y] * 12000 + c1[y] * 18000), f"honey bought, colonies, bottles {y}")
        p.check(close(lines[3][y], 3 * [5.5e6, 5.5e6, 6e6][y] * 12) and close(lines[4][y], kg[y] * 2000)
                and close(lines[5][y], 360e6 / 8) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 100e6 * 0.066) and close(lines[8][y], rev[y] * 0.015), f"wages, power, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check([need[y] - 1800 for y in Y] == [4080, 4815, 5550], "bought 4.080 / 4.815 / 5.550 kg")
    items = [p.one(x) for x in ("Cải tạo nhà sơ chế", "Máy hạ thủy phần mật ong |", "Máy quay mật, bồn chứa, thùng lắng",
                                "Máy chiết rót, máy dán nhãn", "Thiết kế nhãn, hộp quà; kiểm nghiệm", "Vốn lưu động thu mua mật")]
    items[1] = p.one("Máy hạ thủy phần mật ong |", skip=1)
    p.check(sum(items) == p.one("Tổng cộng |", skip=1) == 600e6 == 500e6 + 100e6 and sum(items[:4]) == 360e6,
            "capital 600 = 500 + 100 triệu, fixed 360 triệu")
    avg = sum(prof) / 3
    p.check(close(avg, 312637500, 0.0001) and close(600e6 / (avg + 45e6), 1.7, 0.02), "average 312.637.500, payback 1,7")
    p.check(close(kg[0] / 4600, 1.22, 0.01), "+22 % on 2025")
    p.has("180.000 đồng/chai", "330.000 đồng/chai", "150.000 đồng/kg", "(279.500.000 + 318.637.500 + 339.775.000) : 3 = 312.637.500",
          "600.000.000 : (312.637.500 + 45.000.000) ≈ 1,7 năm", "200 kg mật/ngày", "612–833 triệu đồng",
          "cấp đổi ngày 20/10/2025 tại UBND xã Hương Minh", "Không dùng cho trẻ dưới 1 tuổi")
    ready_common(p)
    return p


def cf04() -> Plan:
    p = Plan("cf04_nam_so_cam_hung_htx")
    trays, bulk, fresh, dried_bags, dried = (p.row("Nấm tươi khay 300 g |"), p.row("Nấm tươi bán buôn |"),
                                             p.row("Cộng nấm tươi bán ra"), p.row("Nấm sò sấy khô (túi 100 g)"),
                                             p.row("Nấm khô quy ra khối lượng"))
    b1, b2, bags, yld, supply, bought = (p.row("Bịch phôi vụ Thu Đông"), p.row("Bịch phôi vụ Xuân"), p.row("Tổng số bịch phôi"),
                                         p.row("Năng suất nấm tươi bình quân"), p.row("Sản lượng nấm tươi của thành viên"),
                                         p.row("Nấm tươi hợp tác xã thu mua"))
    rev, rt, rb, rd = (p.row("Tổng doanh thu"), p.row("Nấm tươi khay 300 g (15.000"), p.row("Nấm tươi bán buôn (38.000"),
                       p.row("Nấm sò sấy khô túi 100 g (45.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thu mua nấm tươi", "Bao bì: khay", "Điện sấy, kho mát", "Lương 7 lao động", "Khấu hao |",
                                 "Lãi vay |", "Vận chuyển, bán hàng", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tấn, triệu đồng
        p.check(close(fresh[y], trays[y] * 0.3 / 1000 + bulk[y]) and close(dried[y], dried_bags[y] * 0.1 / 1000),
                f"fresh and dried tonnes {y}")
        p.check(bags[y] == b1[y] + b2[y] and close(supply[y], bags[y] * yld[y] / 1000), f"substrate bags × 0,6 kg {y}")
        p.check(close(bought[y], fresh[y] + dried[y] * 10) and bought[y] <= supply[y], f"fresh need within members' output {y}")
        p.check(dried[y] * 10 <= 200 * 250 / 1000, f"dryer 50 tấn fresh/year {y}")
        p.check(close(rt[y], trays[y] * 0.015) and close(rb[y], bulk[y] * 38) and close(rd[y], dried_bags[y] * 0.045)
                and close(rev[y], rt[y] + rb[y] + rd[y]), f"revenue {y}")
        p.check(close(lines[0][y], bought[y] * 25)
                and close(lines[1][y], trays[y] * 0.002 + dried_bags[y] * 0.004 + bulk[y] * 0.5)
                and close(lines[2][y], dried[y] * 10 * 3 + 60) and close(lines[3][y], 7 * [6, 6, 6.5][y] * 12)
                and close(lines[4][y], 720 / 8) and close(lines[5][y], [400, 300, 200][y] * 0.07)
                and close(lines[6][y], fresh[y] * 1.5 + dried[y] * 10) and close(lines[7][y], 96), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check([round(bought[y] / supply[y] * 100) for y in Y] == [94, 94, 94], "94 % of the members' output")
    items = [p.one("Nhà sơ chế, đóng gói 120 m²"), p.one("Kho mát 20 m³"), p.one("Máy sấy nhiệt 24 khay |"),
             p.one("Máy đóng khay, hàn màng, hút chân không"), p.one("Giá kệ, cân, thùng nhựa"),
             p.one("Thiết kế bao bì, kiểm nghiệm"), p.one("Vốn lưu động |")]
    p.check(sum(items) == p.one("Tổng cộng |") == 1200 == 800 + 400 and sum(items[:5]) == 720, "capital 1.200, fixed 720")
    avg = sum(post) / 3
    p.check(close(avg, 351.5, 0.001) and close(1200 / (avg + 90), 2.7, 0.02), "average 351,5, payback 2,7")
    p.check(close(bought[0] / 64, 1.33, 0.01) and close(bags[0] / 120000, 1.25), "+33 % on 2025, 120.000 → 150.000 bags")
    p.check(round(lines[0][0] / 18) == 118 and round(lines[0][2] / 18) == 149, "118–149 triệu per household")
    p.check(bags[0] * 1.2 / 1000 == 180 and close(bags[2] * 1.2 / 1000, 228), "straw 180–230 tấn")
    p.check(close(trays[0] * 0.3 / 1000 / 300 * 1000, 60) and close(bulk[0] / 12, 3.5), "60 kg/day, 3,5 tấn/month")
    p.check(close(lines[0][0] / 18 / 12, 9.8, 0.01) and close(lines[0][2] / 18 / 12, 12.4, 0.01), "10–12 triệu a month")
    p.has("25.000 đồng/kg", "38.000 đồng/kg", "45.000 đồng/túi", "15.000 đồng/khay", "60 + 25 = 85 tấn", "66 + 30 = 96 tấn",
          "72 + 35 = 107 tấn", "(238,2 + 363,1 + 453,2) : 3 ≈ 351,5", "1.200 : (351,5 + 90) ≈ 2,7 năm", "800 + 400 = 1.200",
          "50 tấn nấm tươi/năm", "2.125–2.675 triệu đồng/năm")
    ready_common(p)
    return p


# ---------------------------------------------------------------------------------------------- revise

def cf05() -> Plan:
    p = Plan("cf05_cam_bu_son_hong_htx")
    l1, l2, tot, work = (p.row("Cam loại 1 (tấn)"), p.row("Cam loại 2 (tấn)"), p.row("Tổng sản lượng thu mua, tiêu thụ (tấn)"),
                         p.row("Công lao động thời vụ (công)"))
    villages = [p.row(x, 4) for x in ("Trung Hòa |", "Khe Tre |", "Thượng Tiến |", "Cửa Lạc |")]
    total = p.row("Cộng |", 3)
    for v in villages:
        p.check(v[2] == 12 and close(v[1] * v[2], v[3]), f"area × 12 tấn/ha {v}")
    p.check(sum(v[0] for v in villages) == total[0] == 45 and close(sum(v[1] for v in villages), total[1])
            and total[1] == 30 and sum(v[3] for v in villages) == total[2] == 360, "village table 45 hộ, 30 ha, 360 tấn")
    supply = total[2]
    p.check(all(tot[y] > supply and off(tot[y], supply) for y in Y),
            "PLANTED purchases 420 / 460 / 500 tấn > members' 360 tấn")
    p.check([round((tot[y] / supply - 1) * 100) for y in Y] == [17, 28, 39], "shortfall +17 / +28 / +39 %")
    p.has("Hợp tác xã chỉ thu mua cam của các hộ thành viên, không mua cam ngoài",
          "Nguồn cam của thành viên đủ đáp ứng nhu cầu thu mua")
    p.lacks(r"mua (thêm )?(cam )?(của|từ) (các )?(hộ|hợp tác xã|vùng) (ngoài|khác)|liên kết (thêm|với) .{0,40}ngoài",
            "no outside supply anywhere")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Cam loại 1 (38.000"), p.row("Cam loại 2 (22.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua cam", "Hộp, thùng, tem", "Sáp, điện kho lạnh", "Lương 10 lao động",
                                 "Công lao động thời vụ |", "Vận chuyển, bán hàng", "Khấu hao |", "Lãi vay |", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tấn, triệu đồng
        p.check(tot[y] == l1[y] + l2[y] and work[y] == tot[y] * 10 and tot[y] <= 24 * 60, f"tonnes, công, packing {y}")
        p.check(close(r2[y], l2[y] * 22) and close(rev[y], r1[y] + r2[y]), f"grade 2 and total = sub-rows {y}")
        p.check(close(lines[0][y], l1[y] * 24 + l2[y] * 14) and close(lines[1][y], l1[y] * 2 + l2[y] * 0.5)
                and close(lines[2][y], tot[y] * 0.8) and close(lines[3][y], 10 * 7 * 12)
                and close(lines[4][y], tot[y] * 2.5) and close(lines[5][y], tot[y] * 1.5) and close(lines[6][y], 200)
                and close(lines[7][y], [1000, 750, 500][y] * 0.08) and close(lines[8][y], 150), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]),
                f"cost, profit, tax consistent with the written revenue {y}")
    p.check(close(r1[0], l1[0] * 38) and close(r1[2], l1[2] * 38), "2027 and 2029 grade-1 revenue right")
    p.check(l1[1] * 38 == 10450 and r1[1] == 11750 and off(r1[1], l1[1] * 38),
            "PLANTED 2028 grade 1: 11.750 != 275 tấn × 38.000 = 10.450 (+12,4 %)")
    true_rev = l1[1] * 38 + l2[1] * 22
    p.check(true_rev == 14520 and off(rev[1], true_rev), "PLANTED 2028 revenue 15.820 != 14.520 (+8,9 %)")
    true_pre = true_rev - cost[1]
    p.check(close(true_pre, 1229.5) and off(pre[1], true_pre), "tolerated knock-on: 2028 profit 2.529,5 != 1.229,5")
    items = [p.one("Nhà sơ chế, đóng gói 300 m²"), p.one("Kho lạnh 50 m³"), p.one("Dây chuyền rửa, thổi khô, phân loại |"),
             p.one("Máy đánh sáp, băng tải |", skip=1), p.one("Xe tải 2,5 tấn |", skip=1),
             p.one("Bao bì, tem QR"), p.one("Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng |") == 2600 == 1600 + 1000 and sum(items[:5]) == 2000, "capital 2.600, fixed 2.000")
    written = sum(post) / 3
    true_post = [post[0], true_pre * 0.83, post[2]]
    p.check(close(written, 1380.2, 0.001) and close(2600 / (written + 200), 1.6, 0.03), "stated payback 1,6 from the written profit")
    p.check(close(2600 / (sum(true_post) / 3 + 200), 2.13, 0.01), "tolerated knock-on: true payback 2,1")
    p.check(close(tot[0] / 310, 1.35, 0.01), "+35 % on 2025 (beyond supply: the planted shortfall)")
    p.check(sum(rev) / 3 > 14000 and (true_rev + rev[0] + rev[2]) / 3 > 14000, "average revenue over 14 tỷ either way")
    p.has("Luật Hợp tác xã số 23/2012/QH13", "Nghị định số 193/2013/NĐ-CP", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019",
          "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "Nghị quyết số 123/2018/NQ-HĐND", "UBND huyện Hương Sơn",
          "38.000 đồng/kg", "24.000 đồng/kg", "(820,9 + 2.099,5 + 1.220,1) : 3 ≈ 1.380,2", "2.600 : (1.380,2 + 200) ≈ 1,6 năm")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023|113/2024", "PLANTED the current instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cf06() -> Plan:
    p = Plan("cf06_rau_an_toan_bac_ha_tht")
    leaf, fruit, tot = p.row("Rau ăn lá |"), p.row("Rau ăn quả, củ |"), p.row("Tổng sản lượng tiêu thụ")
    crops = [p.row(x, 3) for x in ("Vụ Đông Xuân |", "Vụ Hè Thu |", "Vụ Đông |")]
    seasons = [p.row(x, 3, skip=1) for x in ("Vụ Đông Xuân |", "Vụ Hè Thu |", "Vụ Đông |")]
    for c in crops:
        p.check(c[0] + c[1] == c[2] == 4.5, f"crop structure per season {c}")
    for s in seasons:
        p.check(s[0] == 4.5 and close(s[0] * s[1], s[2]), f"season area × yield {s}")
    supply = p.one("Cả năm |")
    p.check(supply == sum(s[2] for s in seasons) == 225, "225 tấn a year")
    rev, rl, rq = p.row("Doanh thu |"), p.row("- Rau ăn lá (18.000"), p.row("- Rau ăn quả, củ (14.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Thu mua rau", "- Túi, thùng, tem nhãn", "- Nước, điện", "- Tiền công 6 lao động",
                                 "- Vận chuyển (1.200", "- Khấu hao", "- Lãi vay", "- Quản lý")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # tấn, triệu đồng
        p.check(tot[y] == leaf[y] + fruit[y] and tot[y] <= supply and tot[y] / 300 <= 1.5, f"tonnes within 225 and 1,5 tấn/day {y}")
        p.check(close(rl[y], leaf[y] * 18) and close(rq[y], fruit[y] * 14) and close(rev[y], rl[y] + rq[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 10 + fruit[y] * 8) and close(lines[1][y], tot[y] * 1)
                and close(lines[2][y], tot[y] * 0.5) and close(lines[3][y], 6 * 6 * 12) and close(lines[4][y], tot[y] * 1.2)
                and close(lines[5][y], 750 / 10) and close(lines[6][y], [40, 30, 20][y]) and close(lines[7][y], 60),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check(close(300 * 0.066 + 250 * 0.08, 40, 0.01), "2027 interest 40 on the two loans")
    p.check([round(tot[y] / supply * 100) for y in Y] == [80, 87, 93], "80 / 87 / 93 % of the members' vegetables")
    p.check(close(tot[0] / 140, 1.29, 0.01), "+29 % on 2025")
    staff = [p.one(x) for x in ("Tổ trưởng |", "Kế toán kiêm thủ quỹ |", "Cán bộ kỹ thuật |", "Lao động sơ chế")]
    p.check(sum(staff) == p.one("Cộng |") == 6, "6 staff")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng gói 150 m²", "Kho mát 20 m³", "Xe tải nhỏ thùng bảo ôn", "Duy trì VietGAP",
                                "Vốn lưu động |")]
    total = p.one("Tổng cộng |")
    p.check(sum(items) == total == 1150 and sum(items[:3]) == 750, "items add up to the stated 1.150, fixed 750")
    sources = 450 + 300 + 250
    p.check(sources == 1000 and off(sources, total), "PLANTED sources 450 + 300 + 250 = 1.000 != total 1.150 (−13 %)")
    p.has("Tổng vốn đầu tư 1.150 triệu đồng", "Vốn góp của 16 hộ thành viên: 450 triệu đồng",
          "Vay Ngân hàng Chính sách xã hội: 300 triệu đồng", "Vay Ngân hàng Nông nghiệp và Phát triển nông thôn: 250 triệu đồng")
    p.lacks(r"tổng nguồn vốn|hỗ trợ của nhà nước|vốn hỗ trợ|vốn khác|huy động khác", "no further source named")
    avg = sum(prof) / 3
    p.check(avg == 306.5 and close(1150 / (avg + 75), 3.0, 0.01), "payback 3,0 on the stated total")
    market = section(p, "# 6/ Thị trường tiêu thụ", "# 7/")
    p.check(not re.search(CHANNEL, market, re.I) and not re.search(r"\d", market) and "đồng" not in market,
            "PLANTED the market section names no customer, channel, price or figure")
    p.lacks(CHANNEL, "PLANTED no customer, outlet or channel anywhere")
    p.check(p.count("Tổ hợp tác rau sạch Đồng Môn") == 2 and p.count("Tổ hợp tác sản xuất rau an toàn Bắc Hà") == 2
            and p.count("TỔ HỢP TÁC SẢN XUẤT RAU AN TOÀN BẮC HÀ") == 1,
            "PLANTED a second producer name, twice")
    p.has("18.000 đ/kg", "10.000 đồng/kg", "(227 + 306,5 + 386) : 3 = 306,5", "1.150 : (306,5 + 75) ≈ 3,0 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cf07() -> Plan:
    p = Plan("cf07_gao_nep_cam_due_ctcp")
    bags, sacks, rice, paddy = (p.row("Gạo nếp túi 2 kg |"), p.row("Gạo nếp bao 10 kg |"), p.row("Tổng gạo nếp"),
                                p.row("Thóc nếp nguyên liệu"))
    communes = [p.row(x, 5) for x in ("Cẩm Duệ |", "Cẩm Mỹ |", "Cẩm Thạch |")]
    total = p.row("Tổng cộng |", 3)
    for c in communes:
        p.check(close(c[1] * c[2] * c[3], c[4]), f"area × 2 vụ × 5 tấn {c}")
    p.check(sum(c[0] for c in communes) == total[0] == 210 and sum(c[1] for c in communes) == total[1] == 34
            and sum(c[4] for c in communes) == total[2] == 340, "commune table 210 hộ, 34 ha, 340 tấn")
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Gạo nếp túi 2 kg (80.000"), p.row("Gạo nếp bao 10 kg (320.000"),
                       p.row("Cám nếp (6.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thóc nếp (11.000", "Túi, bao (3.500", "Điện sấy, xát", "Tiền lương 12 lao động",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tấn, nghìn đồng
        p.check(close(rice[y], bags[y] * 2 / 1000 + sacks[y] * 10 / 1000) and close(paddy[y], rice[y] * 1.6),
                f"rice, paddy 1,6 {y}")
        p.check(paddy[y] <= total[2] and paddy[y] <= 1 * 6 * 250, f"paddy within 340 tấn and the 1.500 tấn mill {y}")
        p.check(close(r1[y], bags[y] * 80) and close(r2[y], sacks[y] * 320) and close(r3[y], paddy[y] * 0.1 * 1000 * 6)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], paddy[y] * 1000 * 11) and close(lines[1][y], bags[y] * 3.5 + sacks[y] * 6)
                and close(lines[2][y], paddy[y] * 1000 * 0.3) and close(lines[3][y], 12 * 7000 * 12)
                and close(lines[4][y], 1800000 / 10) and close(lines[5][y], [1000000, 750000, 500000][y] * 0.08)
                and close(lines[6][y], rice[y] * 1000 * 2) and close(lines[7][y], 240000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax and after-tax follow the written pre-tax {y}")
        if y:
            p.check(1.11 < rice[y] / rice[y - 1] < 1.14, f"growth 12–13 % {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    true_pre = rev[1] - cost[1]
    p.check(true_pre == 1065400 and pre[1] == 1365400 and off(pre[1], true_pre),
            "PLANTED 2028 pre-tax profit 1.365.400 != 6.147.200 − 5.081.800 = 1.065.400 (+28 %)")
    written = sum(post) / 3
    true_avg = (post[0] + true_pre * 0.83 + post[2]) / 3
    p.check(close(written, 967282, 0.0001) and close(2800000 / (written + 180000), 2.4, 0.03), "stated payback 2,4")
    p.check(close(2800000 / (true_avg + 180000), 2.63, 0.01), "tolerated knock-on: true payback 2,6")
    items = [p.one("Cải tạo nhà xưởng, kho"), p.one("Máy sấy thóc 8 tấn/mẻ"),
             p.one("Dây chuyền bóc vỏ, xát trắng, đánh bóng |", skip=1), p.one("Máy đóng gói hút chân không tự động |", skip=1),
             p.one("Thiết kế bao bì, kiểm nghiệm, quảng bá"), p.one("Vốn lưu động thu mua thóc")]
    p.check(sum(items) == p.one("Tổng cộng |", skip=1) == 2800000 == 1800000 + 1000000 and sum(items[:4]) == 1800000,
            "capital 2,8 tỷ = 1,8 + 1,0; fixed 1,8 tỷ")
    staff = [p.one(x) for x in ("Ban giám đốc |", "Phòng Kế toán – Hành chính |", "Phòng Kinh doanh |",
                                "Tổ Thu mua – Kỹ thuật |", "Tổ Sản xuất |")]
    p.check(sum(staff) == p.one("Cộng |") == 12, "12 staff")
    p.check([round(paddy[y] / total[2] * 100) for y in Y] == [71, 80, 89], "71–89 % of the linked paddy")
    p.check(close(rice[0] / 118, 1.27, 0.01), "+27 % on 2025")
    p.has("80.000 đồng/túi", "320.000 đồng/bao (32.000 đồng/kg)", "11.000 đồng/kg thóc khô",
          "(618.350 + 1.133.282 + 1.150.214) : 3 ≈ 967.282", "2.800.000 : (967.282 + 180.000) ≈ 2,4 năm",
          "Túi PA hút chân không 2 kg, in logo công ty", "2,6–3,3 tỷ đồng")
    p.lacks(NO_LABEL, "PLANTED no label, label content, labelling decree, barcode or QR")
    p.lacks(NO_ENV, "PLANTED no environmental measure, waste or registration anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cf08() -> Plan:
    p = Plan("cf08_mat_ong_hoa_keo_son_kim_ho")
    bottles, bulk, kg = p.row("Mật ong chai 500 ml"), p.row("Mật ong bán buôn theo can"), p.row("Tổng mật ong thành phẩm")
    src = [p.row(x, 4) for x in ("Đàn ong gia đình", "Các hộ thôn Kim Lĩnh", "Các hộ thôn Tân Hương", "Các hộ thôn Sơn Thủy",
                                  "Các hộ thôn Khe Giao")]
    total = p.row("Tổng cộng |", 3)
    for s in src:
        p.check(s[2] == 25 and s[3] == s[1] * 25, f"colonies × 25 kg {s}")
    hh, col, out = sum(s[0] for s in src), sum(s[1] for s in src), sum(s[3] for s in src)
    p.check(hh == total[0] == 15, "households add up (15)")
    p.check(col == 740 and total[1] == 840 and off(total[1], col), "PLANTED colonies total row 840 != 740 (+13,5 %)")
    p.check(out == 18500 and total[2] == 21000 and off(total[2], out), "PLANTED honey total row 21.000 != 18.500 kg (+13,5 %)")
    p.has("Tổng nguồn mật khoảng 21.000 kg/năm")
    need = [kg[y] * 1.05 for y in Y]
    p.check(all(need[y] <= out for y in Y), "the true 18.500 kg still covers the need (no shortfall)")
    rev, rc, rb = p.row("Doanh thu |"), p.row("Mật chai 500 ml (105.000"), p.row("Mật bán buôn (100.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật thô thu mua", "Chăm sóc 150 đàn", "Chai, nắp, nhãn", "Tiền công 2 lao động",
                                 "Vận chuyển, bán hàng", "Điện sơ chế", "Khấu hao |", "Lãi vay |")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # kg, triệu đồng
        p.check(close(kg[y], bottles[y] * 0.7 + bulk[y]), f"kg {y}")
        p.check(need[y] <= 300 * 120, f"drier 36.000 kg {y}")
        buy = need[y] - 3750
        p.check(close(rc[y], bottles[y] * 0.105) and close(rb[y], bulk[y] * 0.1) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], buy * 0.08) and close(lines[1][y], 150 * 0.4)
                and close(lines[2][y], bottles[y] * 0.01 + bulk[y] * 0.001) and close(lines[3][y], 2 * 5 * 12)
                and close(lines[4][y], kg[y] * 0.006) and close(lines[5][y], kg[y] * 0.002)
                and close(lines[6][y], 600 / 8) and close(lines[7][y], 200 * 0.066), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check([round(need[y] - 3750) for y in Y] == [10950, 12525, 14100], "bought 10.950 / 12.525 / 14.100 kg")
    items = [p.one("Xây nhà sơ chế 40 m²"), p.one("Máy hạ thủy phần mật ong |", skip=1), p.one("Máy quay mật, bồn chứa inox |"),
             p.one("Máy chiết rót định lượng |", skip=1), p.one("Xe tải nhỏ chở thùng ong |", skip=1),
             p.one("Thiết kế nhãn, hộp quà"), p.one("Vốn lưu động thu mua mật")]
    p.check(sum(items) == p.one("Tổng cộng |", skip=1) == 900 == 700 + 200 and sum(items[:5]) == 600, "capital 900, fixed 600")
    avg = sum(prof) / 3
    p.check(avg == 423 and close(900 / (avg + 75), 1.8, 0.01), "payback 1,8")
    p.check(close(kg[0] / 11800, 1.19, 0.01) and all(1.09 < kg[y] / kg[y - 1] < 1.11 for y in (1, 2)), "+19 %, then ≈10 %/yr")
    p.check(p.one("Cộng |") == 4, "4 people at work (2 family, 2 hired)")
    p.has("105.000 đồng/chai", "100.000 đồng/kg", "80.000 đồng/kg", "(386,8 + 423 + 459,2) : 3 = 423", "900 : (423 + 75) ≈ 1,8 năm",
          "bản cam kết sản xuất, kinh doanh thực phẩm an toàn với UBND xã Sơn Kim", "876–1.128 triệu đồng/năm")
    p.lacks(NO_REG, "PLANTED no registration of any kind, no tax code, no plan to register")
    p.lacks(NO_STANDARD, "PLANTED no product standard, self-declaration, regulation or laboratory test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cf09() -> Plan:
    p = Plan("cf09_moc_nhi_say_ha_linh_cty")
    bags, bulk, dried, fresh = (p.row("Mộc nhĩ khô túi 100 g"), p.row("Mộc nhĩ khô túi 1 kg"), p.row("Tổng mộc nhĩ khô"),
                                p.row("Mộc nhĩ tươi đưa vào sấy"))
    communes = [p.row(x, 4) for x in ("Hà Linh |", "Phúc Đồng |", "Hương Trà |")]
    total = p.row("Tổng cộng |", 3)
    for c in communes:
        p.check(close(c[1] * c[2] / 1000, c[3]), f"bags × 0,4 kg {c}")
    p.check(sum(c[0] for c in communes) == total[0] == 48 and sum(c[1] for c in communes) == total[1] == 600000
            and sum(c[3] for c in communes) == total[2] == 240, "commune table 48 hộ, 600.000 bịch, 240 tấn")
    capacity = 2 * 300 * 250 / 1000  # tấn fresh a year
    p.check(capacity == 150 and close(capacity / 8, 18.75), "two dryers: 150 tấn fresh = 18,75 tấn dried a year")
    for y in Y:
        p.check(close(dried[y], bags[y] * 0.1 / 1000 + bulk[y]) and close(fresh[y], dried[y] * 8)
                and fresh[y] <= total[2], f"dried, fresh 8:1, within the 240 tấn {y}")
    p.check(fresh[0] <= capacity, "2027 within the dryers")
    p.check(all(fresh[y] > capacity and off(fresh[y], capacity) for y in (1, 2)),
            "PLANTED 2028–2029 fresh 176 / 208 tấn > 150 tấn drying capacity (+17 / +39 %)")
    p.has("hai máy sấy đáp ứng đủ kế hoạch sản xuất cả giai đoạn, không cần đầu tư thêm")
    rev, rs, rb = p.row("Doanh thu |"), p.row("Túi 100 g (35.000"), p.row("Túi 1 kg (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mộc nhĩ tươi (18.000", "Bao bì (3.000", "Nhiên liệu, điện sấy", "Tiền lương 10",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (5%", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tấn, triệu đồng
        p.check(close(rs[y], bags[y] * 0.035) and close(rb[y], bulk[y] * 220) and close(rev[y], rs[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 18) and close(lines[1][y], bags[y] * 0.003 + bulk[y] * 5)
                and close(lines[2][y], fresh[y] * 1) and close(lines[3][y], 10 * 6.5 * 12) and close(lines[4][y], 1600 / 8)
                and close(lines[5][y], [1200, 900, 600][y] * 0.08) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 180), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho", "Hai máy sấy nhiệt và lò hơi", "Máy rửa, cắt chân |",
                                "Máy đóng gói |", "Xe tải nhỏ |", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động |")]
    p.check(sum(items) == p.one("Tổng cộng |", skip=1) == 2400 == 1200 + 1200 and sum(items[:5]) == 1600,
            "capital 2.400, fixed 1.600")
    avg = sum(post) / 3
    true = 2400 / (avg + 200)
    p.check(close(avg, 552.2, 0.001) and close(true, 3.19, 0.01), "true payback ≈ 3,2 years")
    p.check(off(1.2, true) and off(1.2, 2400 / avg) and off(1.2, 2400 / (post[2] + 200)),
            "PLANTED payback 1,2 năm != 3,2 (4,3 without depreciation; 2,1 even on 2029 alone)")
    p.has("thời gian hoàn vốn của phương án khoảng 1,2 năm", "Lợi nhuận sau thuế bình quân 3 năm khoảng 552,2 triệu đồng/năm")
    p.check(close(dried[0] / 12, 1.33, 0.01) and dried[1] / dried[0] == 1.375, "+33 % on 2025, +37,5 % in 2028 (tolerated growth)")
    staff = [p.one(x) for x in ("Giám đốc |", "Kế toán |", "Kỹ thuật – thu mua |", "Công nhân sơ chế, sấy, đóng gói |",
                                "Nhân viên kinh doanh |")]
    p.check(sum(staff) == p.one("Cộng |") == 10, "10 staff")
    p.has("35.000 đồng/túi", "220.000 đồng/kg", "18.000 đồng/kg", "2,3–3,7 tỷ đồng", "TCCS 01:2026/NSHL")
    p.lacks(NO_FOOD_SAFETY, "PLANTED no food-safety certificate, commitment, hygiene condition or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cf10() -> Plan:
    p = Plan("cf10_buoi_duong_ky_phong_cty")
    l1, l2, tot, bought = (p.row("Bưởi loại 1 |"), p.row("Bưởi loại 2 |"), p.row("Tổng sản lượng tiêu thụ"),
                           p.row("Bưởi mua của hộ liên kết"))
    own = p.row("Vườn của Công ty", 3)
    linked = [p.row(x, 4) for x in ("Hộ liên kết thôn Phong Thịnh", "Hộ liên kết thôn Phong Lạc", "Hộ liên kết thôn Tân Phong")]
    total = p.row("Tổng cộng |", 3)
    p.check(own[0] * own[1] == own[2] == 192, "own 12 ha × 16 = 192 tấn")
    for h in linked:
        p.check(h[1] * h[2] == h[3], f"linked area × 16 {h}")
    p.check(sum(h[0] for h in linked) == total[0] == 38 and own[0] + sum(h[1] for h in linked) == total[1] == 45
            and own[2] + sum(h[3] for h in linked) == total[2] == 720, "source table 38 hộ, 45 ha, 720 tấn")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Bưởi loại 1 (30.000"), p.row("Bưởi loại 2 (18.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Chăm sóc vườn 12 ha", "Mua bưởi của hộ liên kết (15.000", "Hộp, thùng, tem",
                                 "Lương 12 lao động", "Công lao động thời vụ", "Vận chuyển, bán hàng", "Khấu hao |",
                                 "Lãi vay |", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tấn, tỷ đồng
        p.check(tot[y] == l1[y] + l2[y] and l1[y] == tot[y] * 0.6 and bought[y] == tot[y] - own[2], f"grades, purchases {y}")
        p.check(tot[y] <= total[2] and bought[y] <= total[2] - own[2] and tot[y] <= 5 * 150, f"within 720 tấn and 750 tấn packing {y}")
        p.check(tỷ(r1[y], l1[y] * 0.03) and tỷ(r2[y], l2[y] * 0.018) and tỷ(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(tỷ(lines[0][y], 1.8) and tỷ(lines[1][y], bought[y] * 0.015) and tỷ(lines[2][y], tot[y] * 0.001)
                and tỷ(lines[3][y], 12 * 7.5 * 12 / 1000) and tỷ(lines[4][y], tot[y] * 0.0025)
                and tỷ(lines[5][y], tot[y] * 0.0015) and tỷ(lines[6][y], 0.15)
                and tỷ(lines[7][y], [1.0, 0.75, 0.5][y] * 0.08) and tỷ(lines[8][y], 0.3), f"cost lines {y}")
        p.check(tỷ(cost[y], lines_sum(lines, y)) and tỷ(pre[y], rev[y] - cost[y]) and tỷ(tax[y], pre[y] * 0.17)
                and tỷ(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
    p.has("năm 2026 ước đạt 150 tấn, doanh thu khoảng 3,78 tỷ đồng", "Doanh thu tăng gấp đôi mỗi năm")
    p.check(tỷ(90 * 0.03 + 60 * 0.018, 3.78), "2026: 150 tấn at the same mix = 3,78 tỷ")
    p.check(tot[0] / 150 == 2 and tot[1] / tot[0] == 2 and tỷ(rev[0] / 3.78, 2) and tỷ(rev[1] / rev[0], 2),
            "PLANTED output and revenue double twice running (150 → 300 → 600 tấn; 3,78 → 7,56 → 15,12 tỷ)")
    p.check(off(rev[1] / rev[0], 1.5) and off(rev[0] / 3.78, 1.5), "growth far above 50 %/year twice")
    p.check(tỷ(lines[1][1] / lines[1][0], 3.78) and p.one("Vốn lưu động |") == 0.4, "purchases ×3,8 on the same 0,4 tỷ working capital")
    named = 80 + 120 + 40 + 20
    p.check(named == 260 and off(tot[1], named) and tot[1] > 2 * named, "named buyers ≈260 tấn vs 600 tấn planned")
    p.has("khoảng 80 tấn/năm", "khoảng 120 tấn/năm", "khoảng 40 tấn/năm", "khoảng 20 tấn/năm",
          "thị trường bưởi trong nước rất rộng lớn")
    p.check(all(x == 1.08 for x in lines[3]), "the same 12 staff every year")
    p.has("Công ty có 20 lao động thường xuyên", "Tổng cộng 12 lao động thường xuyên")
    staff = [p.one(x) for x in ("Giám đốc |", "Kế toán |", "Kỹ thuật viên |", "Công nhân chăm sóc vườn |",
                                "Công nhân sơ chế, đóng gói |", "Nhân viên kinh doanh |")]
    p.check(sum(staff) == p.one("Cộng |") == 12 and off(20, 12), "PLANTED 20 permanent workers (1.1) != 12 (1.2, wages)")
    items = [p.one("Nhà sơ chế 250 m²"), p.one("Kho lạnh 40 m³"), p.one("Máy rửa, phân loại |"),
             p.one("Xe tải 2 tấn |", skip=1), p.one("Bao bì, tem QR, chứng nhận"), p.one("Vốn lưu động |")]
    p.check(tỷ(sum(items), 2.0) and tỷ(p.one("Tổng cộng |", skip=1), 2.0) and tỷ(sum(items[:4]), 1.5),
            "capital 2,0 = 1,0 + 1,0 tỷ, fixed 1,5")
    avg = sum(post) / 3
    p.check(close(avg, 1.88, 0.005) and close(2.0 / (1.88 + 0.15), 1.0, 0.02), "average 1,88, payback 1,0")
    p.has("30.000 đồng/kg", "15.000 đồng/kg", "(0,85 + 2,17 + 2,61) : 3 ≈ 1,88", "2,0 : (1,88 + 0,15) ≈ 1,0 năm",
          "3.000–7.000 công")
    p.lacks(NO_TRADEMARK, "PLANTED no trademark, brand registration, IP or geographical indication")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------------------------- sketchy

def sketchy() -> list[Plan]:
    a = Plan("cf11_cam_chanh_duc_linh_so_sai")
    a.check(40000 * 20000 == 800e6, "40 tấn × 20.000 đ/kg = 800 triệu")
    a.has("khoảng 40 tấn/năm", "20.000 đồng/kg", "khoảng 800 triệu đồng", "khoảng 150 triệu đồng",
          "giấy chứng nhận đăng ký hộ kinh doanh năm 2023", "thương lái", "đóng thùng carton 10 kg")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|cam kết|VietGAP|tiêu chuẩn|công bố|kiểm nghiệm|nhãn|\btem\b|QR|truy xuất|môi trường|"
            r"thu gom|sổ|ghi chép", "tolerated gaps: no food safety, standard, label, trademark, traceability, environment")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cf12_rau_huu_co_dong_thuong_so_sai")
    b.has("khoảng 2 ha", "khoảng 30 tấn rau", "khoảng 450 triệu đồng", "9 hộ", "Thị trường tiêu thụ rau hữu cơ rất rộng lớn", "nâng cao thu nhập cho người dân",
          "góp phần phát triển kinh tế – xã hội địa phương", "đóng túi để bán")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(CHANNEL + r"|đồng/kg|\bgiá\b", "tolerated gap: no customer, channel or price")
    b.lacks(NO_REG, "tolerated gap: no registration")
    b.lacks(r"an toàn thực phẩm|cam kết|VietGAP|tiêu chuẩn|TCCS|công bố|kiểm nghiệm|nhãn|\btem\b|QR|truy xuất|môi trường|"
            r"thu gom|\bủ\b", "tolerated gaps: no food safety, standard, label, trademark, traceability, environment")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cf01, cf02, cf03, cf04, cf05, cf06, cf07, cf08, cf09, cf10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
