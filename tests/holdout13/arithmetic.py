"""The thirteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout13/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, no label, replaced instruments
cited, no trademark, no food safety, a second producer name, no product standard, no sales
channel, no registration, two worker counts) are asserted too, as is the absence of template
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|03/2014/TT-BKHĐT|NQ 123/2018|123/2018/NQ-HĐND"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(REPLACED, "cites a replaced instrument")


def y01() -> Plan:
    p = Plan("y01_nhut_mit_huong_do_htx")
    hu, tui, kg, mit, staff = (p.row("Nhút mít hũ 400 g"), p.row("Nhút mít túi 1 kg"), p.row("Tổng sản lượng quy đổi"),
                               p.row("Mít non nguyên liệu"), p.row("Lao động trực tiếp và quản lý"))
    rev, r1, r2 = p.row("Doanh thu |", skip=1), p.row("Hũ 400 g (35.000"), p.row("Túi 1 kg (65.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mít non (5.000", "Muối, gừng, ớt, tỏi", "Hũ, túi, thùng, nhãn", "Tiền lương",
                                 "Điện, nước (1.500", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, chiết khấu",
                                 "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.4 + tui[y] and close(mit[y], kg[y] * 1.6), f"kg, jackfruit 1,6 kg/kg {y}")
        p.check(close(r1[y], hu[y] * 0.035) and close(r2[y], tui[y] * 0.065) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], mit[y] * 0.005) and close(lines[1][y], kg[y] * 0.004)
                and close(lines[2][y], hu[y] * 0.0035 + tui[y] * 0.002) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], kg[y] * 0.0015) and close(lines[5][y], 60)
                and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 150 * 250 and mit[y] <= 60000, f"line capacity 37.500, jackfruit supply 60 tấn {y}")
    p.check(close(kg[0] / 17000, 1.29) and close(kg[1] / kg[0], 1.2) and close(kg[2] / kg[1], 1.17), "growth 29/20/17 %")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Máy rửa, máy thái", "Máy hút chân không", "Tủ mát, giá kệ",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:4]) == 600, "capital 900, fixed 600")
    avg = sum(post) / 3
    p.check(close(avg, 431.1, 0.001) and close(900 / (avg + 60), 1.83), "average profit 431,1, payback 1,83")
    p.check(close(sum(staff[:1]) * 5.5 * 12, 660) and 6 + 4 == staff[0] and 8 + 4 == staff[1] and 9 + 4 == staff[2],
            "staff 10/12/13 = 4 office + 6/8/9 production")
    p.check(6000 + 8000 <= hu[0] and 5000 <= tui[0], "contracts within the planned volume")
    p.has("35.000 đồng/hũ", "65.000 đồng/kg", "1,6 kg mít non", "khoảng 60 tấn/năm", "150 kg nhút thành phẩm/ngày",
          "250 ngày/năm, công suất tối đa 37.500 kg/năm", "(318,8 + 412,4 + 562,2) : 3 ≈ 431,1",
          "900 : (431,1 + 60) ≈ 1,83 năm", "Tổng vốn đầu tư 900 triệu đồng", "TCCS 01:2025/HTXHĐ",
          "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đơn đăng ký nhãn hiệu",
          "bể lắng 3 ngăn", "Quyết định số 148/QĐ-TTg")
    clean(p)
    return p


def y02() -> Plan:
    p = Plan("y02_tra_la_sen_cam_trung_cty")
    hop, zp, kg, bags, leaf = (p.row("Hộp 25 túi lọc |"), p.row("Túi zip 50 túi lọc |"), p.row("Trà thành phẩm"),
                               p.row("Số túi lọc"), p.row("Lá sen tươi |"))
    rev, r1, r2 = p.row("Tổng doanh thu"), p.row("Hộp 25 túi lọc × 38.000"), p.row("Túi zip 50 túi lọc × 70.000")
    lines = [p.row(x) for x in ("Lá sen tươi (6.000", "Túi lọc, hộp, túi zip", "Tiền lương", "Điện sấy", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    cost = p.row("Tổng chi phí")
    summary = [p.row(f"{2026 + y} |", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    staff = [11, 12, 13]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hop[y] * 0.05 + zp[y] * 0.1 and bags[y] == hop[y] * 25 + zp[y] * 50
                and close(leaf[y], kg[y] * 5.5), f"kg, bags, leaf 5,5 {y}")
        p.check(close(r1[y], hop[y] * 38) and close(r2[y], zp[y] * 70) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 6) and close(lines[1][y], hop[y] * 7 + zp[y] * 9)
                and close(lines[2][y], staff[y] * 6000 * 12) and close(lines[3][y], leaf[y] * 2)
                and close(lines[4][y], 125000) and close(lines[5][y], [500000, 375000, 250000][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.10) and close(lines[7][y], 120000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        rate = 0.15 if s[0] <= 3000000 else 0.17
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1])
                and close(s[3], s[2] * rate) and close(s[4], s[2] - s[3]), f"summary row {y} (tax {rate})")
        p.check(leaf[y] <= 12000 + 15000 and leaf[y] <= 200 * 150 and bags[y] <= 40 * 60 * 8 * 250,
                f"leaf supply 27 tấn, dryer 30 tấn, packer 4,8 triệu túi {y}")
    p.check(close(kg[0] / 1900, 1.58) and close(kg[1] / kg[0], 1.2) and close(kg[2] / kg[1], 1.17), "growth 58/20/17 %")
    items = [p.one(x) for x in ("Máy sấy bơm nhiệt", "Máy đóng gói trà", "Máy nghiền, sàng", "Cải tạo nhà xưởng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 1500000 == 1000000 + 500000 and sum(items[:4]) == 1000000,
            "capital 1,5 tỷ, fixed 1 tỷ")
    avg = sum(s[4] for s in summary) / 3
    p.check(close(avg, 551814, 0.0001) and close(1500000 / (avg + 125000), 2.2), "average 551.814, payback 2,2")
    p.check(close(1000000 / 8, 125000) and 3 + 2 + 6 == staff[0], "depreciation, staff")
    p.has("38.000 đồng/hộp", "70.000 đồng/túi", "5,5 kg lá sen tươi", "khoảng 27 tấn lá tươi/năm",
          "(356.150 + 557.770 + 741.522) : 3 = 551.814", "1.500.000 : (551.814 + 125.000) ≈ 2,2 năm",
          "Tổng vốn đầu tư 1,5 tỷ đồng", "TCCS 01:2025/TSCT", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký nhãn hiệu",
          "không ghi công dụng phòng, chữa bệnh", "Quyết định 148/QĐ-TTg",
          "Doanh thu 2,22 tỷ đồng năm 2026, 3,108 tỷ đồng năm 2028")
    clean(p)
    return p


def y03() -> Plan:
    p = Plan("y03_manh_tre_truc_huong_trach_tht")
    prod = [p.row(f"{2027 + y} |", 5) for y in Y]  # years as rows: m², bức, quy đổi, trúc kg, thợ
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Mành che nắng (180.000"), p.row("Mành in tranh (900.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Trúc nguyên liệu (4.000", "Dây cước, mực in", "Tiền công khoán", "Bao bì, thẻ nhãn",
                                 "Điện, nhiên liệu sấy", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Thuế, lệ phí",
                                 "Quản lý, thù lao")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        m2, buc, eq, truc, tho = prod[y]
        p.check(eq == m2 + 3 * buc and truc == m2 * 2.5 + buc * 8, f"quy đổi m², trúc {y}")
        p.check(close(r1[y], m2 * 0.18) and close(r2[y], buc * 0.9) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], truc * 0.004) and close(lines[1][y], m2 * 0.025 + buc * 0.15)
                and close(lines[2][y], m2 * 0.07 + buc * 0.3) and close(lines[3][y], m2 * 0.005 + buc * 0.03)
                and close(lines[4][y], 36) and close(lines[5][y], 70) and close(lines[6][y], [400, 300, 200][y] * 0.066)
                and close(lines[7][y], rev[y] * 0.08) and close(lines[8][y], rev[y] * 0.015) and close(lines[9][y], 60),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(eq <= tho * 2 * 260 and truc <= 12 * 3000, f"weaving capacity 12.480 m², trúc 36 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(24 * 2 * 260 == 12480 and prod[2][2] == 11300, "12.480 m² against 11.300")
    p.check(close(prod[0][2] / 5100, 1.65) and prod[0][2] / 5100 < 2, "2027 +65 % on 2025 (new machines, idle weavers)")
    p.check(350 + 100 + 200 + 50 + 100 == 800 == 400 + 400 and 350 + 100 + 200 + 50 == 700, "capital 800, fixed 700")
    avg = sum(prof) / 3
    p.check(close(avg, 471.9, 0.001) and close(800 / (avg + 70), 1.48), "average 471,9, payback 1,48")
    p.check(close(lines[2][0] / 24 / 12, 2.3, 0.02) and close(lines[2][2] / 24 / 12, 3.1, 0.02), "2,3–3,1 tr/tháng")
    p.has("180.000 đồng/m²", "900.000 đồng/bức", "Tổng vốn đầu tư 800 triệu đồng", "tương đương 36 tấn/năm",
          "24 thợ, bình quân 2 m²/người/ngày, 260 ngày/năm, tương đương 12.480 m²/năm",
          "(367 + 471,9 + 576,7) : 3 ≈ 471,9", "800 : (471,9 + 70) ≈ 1,48 năm", "TCCS 01:2025/THT-HT",
          "Nghị định 43/2017/NĐ-CP", "đơn đăng ký nhãn hiệu", "Giấy chứng nhận đăng ký tổ hợp tác", "buồng có màng nước")
    p.lacks(r"an toàn thực phẩm|ATTP", "no food-safety item needed for a handicraft (none written)")
    clean(p)
    return p


def y04() -> Plan:
    p = Plan("y04_cau_muc_dem_ky_xuan_htx")
    g, ch, bn, kh = (p.row("Khách đi tàu ghép"), p.row("Chuyến thuê trọn tàu"), p.row("Đêm-tàu sử dụng"),
                     p.row("Tổng lượt khách phục vụ"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Tàu ghép (500.000"), p.row("Thuê trọn tàu (4.000.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nhiên liệu (500.000", "Thù lao chủ tàu", "Ăn uống trên tàu", "Bảo hiểm khách",
                                 "Lương bộ phận điều hành", "Khấu hao |", "Lãi vay |", "Hoa hồng, quảng bá",
                                 "Bảo dưỡng, đăng kiểm", "Quản lý, điện nước")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(bn[y] == g[y] / 8 + ch[y] and kh[y] == g[y] + ch[y] * 8, f"boat-nights, guests {y}")
        p.check(close(r1[y], g[y] * 0.5) and close(r2[y], ch[y] * 4) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], bn[y] * 0.5) and close(lines[1][y], bn[y] * 0.7) and close(lines[2][y], kh[y] * 0.06)
                and close(lines[3][y], kh[y] * 0.01) and close(lines[4][y], 3 * 7 * 12) and close(lines[5][y], 152)
                and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.1)
                and close(lines[8][y], 5 * 15) and close(lines[9][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(bn[y] <= 5 * 180, f"900 boat-nights {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(660 / 5 + 200 / 10, 152), "depreciation 132 + 20")
    items = [p.one(x) for x in ("Cải hoán 5 tàu", "Áo phao, phao tròn", "Nhà đón khách, cầu bến", "Trang thông tin",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 400 + 300 + 300, "capital 1.000")
    avg = sum(post) / 3
    p.check(close(avg, 468.3, 0.001) and close(1000 / (avg + 152), 1.6), "average 468,3, payback 1,6")
    p.check(g[0] + ch[0] * 8 < 4 * 1100, "2026 guests < 4 × 2025 with 5 refitted boats")
    p.has("500.000 đồng/khách", "4.000.000 đồng/chuyến", "Tổng vốn 1.000 triệu đồng", "5 tàu có 900 đêm-tàu",
          "(298,2 + 468,3 + 638,5) : 3 ≈ 468,3", "1.000 : (468,3 + 152) ≈ 1,6 năm", "Giấy chứng nhận đăng ký hợp tác xã",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký nhãn hiệu dịch vụ", "không xả rác xuống biển",
          "đăng kiểm lại", "Quyết định 148/QĐ-TTg")
    clean(p)
    return p


def y05() -> Plan:
    p = Plan("y05_cha_muc_kim_hai_cty")
    hop, buon, kg, muc = (p.row("Chả mực hộp 500 g |"), p.row("Chả mực bán buôn |"), p.row("Tổng sản lượng chả"),
                          p.row("Mực ống tươi nguyên liệu"))
    rev, r1, r2 = p.row("Tổng doanh thu"), p.row("Chả mực hộp 500 g (180.000"), p.row("Chả mực bán buôn (320.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Mực tươi (120.000", "Mỡ, tiêu, hành", "Khay, túi, hộp", "Tiền lương", "Điện, nước, đá",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển lạnh", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.5 + buon[y] and close(muc[y], kg[y] * 1.25), f"kg, squid 1,25 {y}")
        p.check(close(r2[y], buon[y] * 0.32) and close(rev[y], r1[y] + r2[y]), f"bulk revenue, total = rows {y}")
        p.check(close(lines[0][y], muc[y] * 0.12) and close(lines[1][y], kg[y] * 0.01)
                and close(lines[2][y], hop[y] * 0.006 + buon[y] * 0.003) and close(lines[3][y], 15 * 6 * 12)
                and close(lines[4][y], kg[y] * 0.008) and close(lines[5][y], 150)
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.07)
                and close(lines[8][y], 120), f"cost lines (selling on the stated revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"table adds up {y}")
        p.check(kg[y] <= 100 * 260 and muc[y] <= 12 * 2500, f"capacity 26 tấn, squid 30 tấn {y}")
    p.check(close(r1[0], hop[0] * 0.18) and close(r1[2], hop[2] * 0.18), "2026, 2028 box revenue right")
    p.check(hop[1] * 0.18 == 3420 and off(r1[1], hop[1] * 0.18) and close(r1[1] / 3420, 1.105, 0.001),
            "PLANTED 2027 boxes 3.780 != 19.000 × 180.000 = 3.420 (+10,5 %)")
    true_rev = hop[1] * 0.18 + buon[1] * 0.32
    p.check(true_rev == 5660 and off(rev[1], true_rev), "PLANTED 2027 revenue 6.020 != 5.660 (+6,4 %)")
    p.check(500 + 250 + 300 + 150 + 100 + 700 == 2000 == 1200 + 800 and 500 + 250 + 300 + 150 == 1200,
            "capital 2.000, fixed 1.200, depreciation 150")
    avg = sum(post) / 3
    true_cost1 = cost[1] - lines[7][1] + true_rev * 0.07
    true_avg = (post[0] + (true_rev - true_cost1) * 0.83 + post[2]) / 3
    p.check(close(avg, 888.4, 0.001) and close(2000 / (avg + 150), 1.93), "stated payback 1,93 from the written profits")
    p.check(close(2000 / (true_avg + 150), 2.11) and off(2000 / (avg + 150), 2000 / (true_avg + 150)),
            "tolerated knock-on: true payback ≈ 2,11")
    p.has("Tổng số lao động hiện có: 22 người", "Công ty hiện có 15 lao động")  # PLANTED figure-inconsistent
    p.check(off(22, 15) and 1 + 1 + 1 + 2 + 10 == 15 and p.count("22 người") == 1
            and p.count("15 lao động") == 2, "PLANTED 22 workers in CHƯƠNG 1 != 15 in CHƯƠNG 6 (wages use 15)")
    p.check(close(kg[0] / 11200, 1.25), "+25 % on 2025")
    p.check([p.one(x) for x in ("Giám đốc |", "Kế toán |", "Kỹ thuật, kiểm soát", "Bán hàng, giao hàng |",
                                "Công nhân chế biến |")] == [1, 1, 1, 2, 10] and p.one("Cộng |") == 15,
            "staff table 1 + 1 + 1 + 2 + 10 = 15")
    p.has("180.000 đồng/hộp", "320.000 đồng/kg", "Tổng vốn đầu tư 2.000 triệu đồng", "tổng 30 tấn/năm",
          "100 kg chả/ngày, 260 ngày/năm", "(484,7 + 1.073,7 + 1.106,9) : 3 ≈ 888,4", "2.000 : (888,4 + 150) ≈ 1,93 năm",
          "bỏ nội tạng, túi mực", "TCCS 01:2024/KH", "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký doanh nghiệp")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|bể lắng|xử lý|đăng ký môi trường|72/2020|08/2022|05/2025|phân bón|"
            r"thu gom|mùi hôi", "PLANTED no environmental measure anywhere")
    clean(p)
    return p


def y06() -> Plan:
    p = Plan("y06_gao_lut_huyet_rong_yen_ho_htx")
    tui, bao, kg, staff = (p.row("Gạo lứt túi 1 kg |"), p.row("Gạo lứt bao 5 kg |"), p.row("Tổng sản lượng gạo lứt"),
                           p.row("Lao động |"))
    r1, r2, rev = p.row("Gạo lứt túi 1 kg (55.000"), p.row("Gạo lứt bao 5 kg (225.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thóc nguyên liệu", "Túi PA, bao PP", "Điện sấy, xay", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"),
                            p.row("Lợi nhuận sau thuế"))
    supply = 15 * 3.2 * 1000
    for y in Y:  # đồng
        p.check(kg[y] == tui[y] + bao[y] * 5, f"kg {y}")
        p.check(close(r1[y], tui[y] * 55000) and close(r2[y], bao[y] * 225000) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        need = kg[y] / 0.75
        p.check(close(lines[0][y], need * 11000) and close(lines[1][y], tui[y] * 3000 + bao[y] * 8000)
                and close(lines[2][y], kg[y] * 1000) and close(lines[3][y], staff[y] * 5.5e6 * 12)
                and close(lines[4][y], 80e6) and close(lines[5][y], [400e6, 300e6, 200e6][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 60e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3e9, f"profit, tax {y}")
        p.check(need > supply and off(need, supply), f"PLANTED paddy need {need:.0f} kg > supply 48.000 kg {y}")
        p.check(need <= 500 * 140, f"mill capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(kg[y] / 0.75) for y in Y] == [52000, 60000, 68000], "need 52 / 60 / 68 tấn")
    p.check(close(52000 / supply, 1.083, 0.001) and close(68000 / supply, 1.417, 0.001), "shortfall +8 % to +42 %")
    p.check(close(kg[0] / 30500, 1.28), "+28 % on 2025")
    chan = [p.row(x, 2) for x in ("Chuỗi cửa hàng", "Bếp ăn trường", "Đại lý, điểm bán")]
    p.check([sum(c[i] for c in chan) for i in (0, 1)] == p.row("Cộng |", 2) == [tui[0], bao[0]],
            "2026 channel split = 24.000 túi, 3.000 bao")
    p.check(250 + 200 + 150 + 200 + 400 == 1200 == 500 + 300 + 400 and 250 + 200 + 150 + 200 == 800, "capital 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 460360000, 0.0001) and close(1.2e9 / (avg + 80e6), 2.22), "average 460.360.000, payback 2,22")
    p.has("55.000 đồng/kg", "225.000 đồng/bao", "Tổng vốn đầu tư: 1.200.000.000 đồng", "năng suất bình quân 3,2 tấn thóc/ha",
          "sản lượng khoảng 48 tấn thóc/năm", "Tỷ lệ thu hồi gạo lứt sau bóc vỏ là 75%",
          "vùng nguyên liệu bảo đảm đủ cho kế hoạch sản xuất", "1.200.000.000 : (460.360.000 + 80.000.000) ≈ 2,22 năm",
          "TCCS 01:2025/YH", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "cyclon thu bụi cám")
    p.check("52.000" not in p.body and "68.000" not in p.body, "the paddy need is never written out")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|bao bì in",
            "PLANTED no label, label content or labelling decree")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Bộ tiêu chí của Quyết định 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"(?<!\d)148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    clean(p, ready=False)
    return p


def y07() -> Plan:
    p = Plan("y07_ruou_dau_tam_tung_anh_htx")
    prod = [p.row(f"{2026 + y} |", 5) for y in Y]  # chai, hộp, lít, quả dâu kg, nếp kg
    rev, r1, r2 = p.row("Doanh thu |"), p.row("- Chai 500 ml (150.000"), p.row("- Hộp quà (240.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Thuế tiêu thụ đặc biệt", "- Quả dâu", "- Gạo nếp", "- Men, củi, điện",
                                 "- Chai, nút, hộp, nhãn", "- Tiền lương", "- Khấu hao", "- Lãi vay", "- Bán hàng",
                                 "- Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        chai, hop, lit, dau, nep = prod[y]
        p.check(lit == chai * 0.5 + hop * 0.6 and dau == lit and close(nep, lit * 0.6), f"litres, fruit, rice {y}")
        p.check(close(r1[y], chai * 0.15) and close(r2[y], hop * 0.24) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], rev[y] * 35 / 135) and close(lines[1][y], dau * 0.015) and close(lines[2][y], nep * 0.02)
                and close(lines[3][y], lit * 0.005) and close(lines[4][y], chai * 0.015 + hop * 0.045)
                and close(lines[5][y], staff[y] * 5.5 * 12) and close(lines[6][y], 70)
                and close(lines[7][y], [400, 300, 200][y] * 0.07) and close(lines[8][y], rev[y] * 0.08)
                and close(lines[9][y], 60), f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"profit, tax {rate} {y}")
        p.check(lit <= 12000 and dau <= 6 * 2500 and nep <= 8000, f"tanks 12.000 l, fruit 15 tấn, rice 8 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(prod[0][2] / 4800, 1.5), "+50 % on 2025 with the new tanks and still")
    items = [p.one(x) for x in ("Cải tạo xưởng, xây kho ủ", "20 bồn inox", "Nồi chưng cất", "Máy lọc, máy chiết rót",
                                "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 1150 and stated == 1250 and off(stated, sum(items)),
            "PLANTED investment table total 1.250 != items 1.150 (+8,7 %)")
    p.check(550 + 300 + 400 == stated and sum(items[:4]) == 700 and close(700 / 10, 70),
            "sources match the stated (wrong) total; fixed 700, depreciation 70")
    avg = sum(post) / 3
    payback = stated / (avg + 70)
    p.check(close(avg, 503.6, 0.001) and close(payback, 2.18), "true payback 1.250 : (503,6 + 70) ≈ 2,18")
    p.check(off(1.3, payback) and off(1.3, 1150 / (avg + 70)) and off(1.3, stated / avg) and off(1.3, stated / (post[2] + 70)),
            "PLANTED stated 1,3 years != 2,18 (2,0 on 1.150; 2,48 without depreciation; 1,77 on the best year)")
    p.has("≈ 1,3 năm", "150.000 đồng/chai", "240.000 đồng/hộp", "Tổng nhu cầu vốn 1.250 triệu đồng",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "hàm lượng etanol",
          "Nghị định 43/2017/NĐ-CP", "bể lắng 3 ngăn", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "20 bồn chứa được khoảng 20.000 lít hỗn hợp, tương đương 12.000 lít rượu thành phẩm/năm")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng",
            "PLANTED no trademark or IP anywhere")
    clean(p)
    return p


def y08() -> Plan:
    p = Plan("y08_mat_ong_rung_tram_ky_khang_hkd")
    dan, hu, ch, kg, bought = (p.row("Số đàn ong"), p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Tổng sản lượng mật"),
                               p.row("Trong đó mật thu mua"))
    rev, cost, prof = p.row("Doanh thu |"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Chi phí nuôi ong", "Mật thu mua (180.000", "Chai, hũ, nắp, nhãn", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Thuế (1,5%", "Điện, chi khác")]
    staff = [4, 5, 6]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + ch[y] and kg[y] - bought[y] <= dan[y] * 20, f"kg, own honey 20 kg/đàn {y}")
        p.check(close(rev[y], hu[y] * 0.16 + ch[y] * 0.3), f"revenue {y}")
        p.check(close(lines[0][y], dan[y] * 1.2) and close(lines[1][y], bought[y] * 0.18)
                and close(lines[2][y], hu[y] * 0.012 + ch[y] * 0.015) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 90) and close(lines[5][y], [200, 150, 100][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], rev[y] * 0.015) and close(lines[8][y], 30),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bought[y] <= 10000 and kg[y] <= 200 * 150, f"purchase link 10 tấn, processing 30 tấn {y}")
    p.check(close(kg[0] / 2800, 1.25) and close(rev[0] / 820, 1.32), "2026 +25 % output on 2025 (no jump yet)")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.287, 0.001) and close(g2, 1.814, 0.001) and g1 > 1.5 and g2 > 1.5
            and kg[1] / kg[0] > 2 and kg[2] / kg[1] > 1.8,
            "PLANTED output ×2,29 then ×1,81, revenue +129 % then +81 %")
    p.check(dan[2] / dan[0] < 1.4 and 600 < rev[0], "colonies +39 % over two years, investment 600 triệu")
    market = p.section("# IV. THỊ TRƯỜNG", "# V.")
    p.check("Giai đoạn 2026–2028 hộ tiếp tục bán qua các kênh trên" in market
            and not re.search(r"hợp đồng|nhà phân phối|siêu thị|đại lý|sàn|xuất khẩu|mở thêm", market),
            "PLANTED no new channel, contract or distributor behind the growth")
    p.check(200 + 150 + 100 + 50 + 100 == 600 == 400 + 200 and 200 + 150 + 100 == 450 and close(450 / 5, 90),
            "capital 600, fixed 450, depreciation 90")
    avg = sum(prof) / 3
    p.check(close(avg, 719.9, 0.001) and close(600 / (avg + 90), 0.74), "average 719,9, payback 0,74")
    p.check(p.count("Hộ kinh doanh Mật ong Tràm Vàng") >= 2 and p.count("Mật ong Hoa Sơn") == 2
            and p.count("Hộ kinh doanh Mật ong Hoa Sơn") == 1 and p.count("Chủ hộ kinh doanh Mật ong Hoa Sơn") == 1,
            "PLANTED a second producer name, twice")
    p.has("160.000 đồng/hũ", "300.000 đồng/chai", "Tổng vốn đầu tư 600 triệu đồng", "TCCS 01:2025/TV", "TCVN 12605:2019",
          "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký hộ kinh doanh", "tổng khoảng 10 tấn mật/năm",
          "(271,4 + 679,8 + 1.208,4) : 3 ≈ 719,9", "600 : (719,9 + 90) ≈ 0,74 năm", "xử lý được 30 tấn mật/năm")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết (bảo đảm )?an toàn|tự công bố|công bố sản phẩm|"
            r"HACCP|ISO 22000|khám sức kho|VietG", "PLANTED no food-safety certificate, commitment or declaration")
    clean(p)
    return p


def y09() -> Plan:
    p = Plan("y09_nuoc_gao_rang_lua_vang_ctcp")
    a, b, n, lit, rice = (p.row("Chai PET 350 ml"), p.row("Chai PET 500 ml"), p.row("Cộng |"), p.row("Thể tích thành phẩm"),
                          p.row("Gạo nguyên liệu"))
    rev, r1, r2 = p.row("Tổng doanh thu"), p.row("Chai 350 ml (8.000"), p.row("Chai 500 ml (10.500")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo (25.000", "Đường, muối", "Chai, nắp, màng co", "Thùng carton", "Điện, nước, gas",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 2200 * 300
    for y in Y:  # triệu đồng
        p.check(n[y] == a[y] + b[y] and lit[y] == a[y] * 0.35 + b[y] * 0.5 and close(rice[y], lit[y] * 0.04), f"volumes {y}")
        p.check(close(r1[y], a[y] * 0.008) and close(r2[y], b[y] * 0.0105) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], n[y] * 0.0005)
                and close(lines[2][y], a[y] * 0.0015 + b[y] * 0.0018) and close(lines[3][y], n[y] / 24 * 0.006)
                and close(lines[4][y], n[y] * 0.0004) and close(lines[5][y], 20 * 7 * 12) and close(lines[6][y], 300)
                and close(lines[7][y], [1500, 1200, 900][y] * 0.08) and close(lines[8][y], rev[y] * 0.12)
                and close(lines[9][y], 240), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax on the stated profit {y}")
        p.check(rice[y] <= 20000, f"rice contract 20 tấn {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(rev[1] - cost[1] == 976.5 and off(pre[1], rev[1] - cost[1]) and close(pre[1] / 976.5, 1.154, 0.001),
            "PLANTED 2027 profit 1.126,5 != 6.375 − 5.398,5 = 976,5 (+15,4 %)")
    p.check(n[0] <= cap and off(n[1], cap) and off(n[2], cap) and n[1] > cap and n[2] > cap,
            "PLANTED 750.000 and 900.000 chai > 2.200 chai/ca × 1 ca × 300 ngày = 660.000")
    p.check(close(n[1] / cap, 1.136, 0.001) and close(n[2] / cap, 1.364, 0.001), "+13,6 % and +36,4 % over capacity")
    p.check(cap == 660000 and "660.000" not in p.body, "the capacity total is left for the reader to compute")
    p.check(800 + 900 + 500 + 200 + 1100 == 3500 == 2000 + 1500 and 800 + 900 + 500 + 200 == 2400
            and close(2400 / 8, 300), "capital 3.500, fixed 2.400, depreciation 300")
    avg = sum(post) / 3
    true_avg = (post[0] + (rev[1] - cost[1]) * 0.83 + post[2]) / 3
    p.check(avg == 852 and close(3500 / (avg + 300), 3.04), "stated payback 3,04 from the written profits")
    p.check(not off(3500 / (true_avg + 300), 3500 / (avg + 300)), "true payback 3,15 within 5 % (no knock-on)")
    p.check(close(n[0] / 420000, 1.43), "2026 +43 % on 2025 with the new line")
    chan = [p.one(x) for x in ("Nhà phân phối cấp 1", "Đại lý, tạp hoá", "Căng tin trường học", "Trực tuyến, hội chợ")]
    p.check(sum(chan) == p.one("Tổng cộng") == n[0] and chan[0] == 350000, "2026 channel split = 600.000 chai")
    p.has("8.000 đồng/chai", "10.500 đồng/chai", "Tổng vốn đầu tư 3,5 tỷ đồng", "2.200 chai/ca 8 giờ",
          "Công ty làm 1 ca/ngày, 300 ngày/năm", "Tổng số lao động 20 người, ổn định trong cả giai đoạn",
          "(244 + 935 + 1.377) : 3 = 852", "3.500 : (852 + 300) ≈ 3,04 năm", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký nhãn hiệu",
          "đăng ký môi trường", "bể xử lý sinh học")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|HACCP|ISO",
            "PLANTED no product standard, declaration or lab test")
    clean(p)
    return p


def y10() -> Plan:
    p = Plan("y10_ca_bong_kho_rao_cai_tht")
    a, b, kg, fish = p.row("Hũ 250 g |"), p.row("Hũ 500 g |"), p.row("Tổng sản lượng"), p.row("Cá bống tươi |")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hũ 250 g (95.000"), p.row("Hũ 500 g (180.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá bống tươi (80.000", "Nước mắm, đường", "Hũ, nắp, nhãn", "Gas, điện, nước",
                                 "Tiền công lao động", "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Thuế khoán", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    staff = [6, 7, 7]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == a[y] * 0.25 + b[y] * 0.5 and close(fish[y], kg[y] * 1.6), f"kg, fish 1,6 {y}")
        p.check(close(r1[y], a[y] * 95) and close(r2[y], b[y] * 180) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 80) and close(lines[1][y], kg[y] * 15) and close(lines[2][y], a[y] * 6 + b[y] * 8)
                and close(lines[3][y], kg[y] * 5) and close(lines[4][y], staff[y] * 4500 * 12) and close(lines[5][y], 50000)
                and close(lines[6][y], [200000, 150000, 100000][y] * 0.07) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], rev[y] * 0.015) and close(lines[9][y], 24000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fish[y] <= 10000 and kg[y] <= 6 * 25 * 250, f"fish 10 tấn, kitchen 37.500 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(kg[0] / 2600, 1.35), "+35 % on 2025 with the shared kitchen")
    items = [200, 60, 40, 50, 50, 250]
    p.check(sum(items) == 650 and sum(items[:4]) == 350 and close(350 / 7, 50), "items 650, fixed 350, depreciation 50")
    p.check(350 + 200 == 550 and off(550, 650) and close(550 / 650, 0.846, 0.001),
            "PLANTED sources 550 triệu != total 650 triệu (−15 %)")
    avg = sum(prof) / 3
    p.check(avg == 300000 and close(650 / (300 + 50), 1.86), "average 300 triệu, payback 1,86")
    p.has("Tổng vốn đầu tư của phương án là 650 triệu đồng", "Cải tạo gian bếp tập thể thành xưởng chế biến: 200 triệu đồng",
          "Bếp gas công nghiệp, nồi inox, nồi thanh trùng: 60 triệu đồng", "Tủ đông, tủ mát: 40 triệu đồng",
          "Máy đóng nắp, bàn inox, cân điện tử: 50 triệu đồng", "bảo hộ nhãn hiệu: 50 triệu đồng",
          "Vốn lưu động mua cá mùa vụ: 250 triệu đồng", "các hộ thành viên góp 350 triệu đồng",
          "vay Ngân hàng Chính sách xã hội 200 triệu đồng", "(200.500 + 282.000 + 417.500) : 3 = 300.000",
          "650 triệu đồng : (300 + 50) triệu đồng/năm ≈ 1,86 năm", "khoảng 10 tấn/năm",
          "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "bể lắng")
    market = p.section("# 4. Thị trường tiêu thụ", "# 5.")
    p.check(len(market.split()) < 110 and not re.search(r"\d", market)
            and not re.search(r"khách hàng|đại lý|cửa hàng|siêu thị|chợ|nhà hàng|giá|đồng|online|trực tuyến|facebook|"
                              r"zalo|shopee|hội chợ|điểm bán|công ty|thương lái|bán", market, re.I),
            "PLANTED the market section names no customer, channel or price (and no figure)")
    p.lacks(r"khách hàng|khách du lịch|đại lý|cửa hàng|siêu thị|\bchợ\b|nhà hàng|online|trực tuyến|facebook|zalo|shopee|"
            r"hội chợ|điểm bán|thương lái|nhà phân phối|xuất khẩu|giá bán|đơn hàng|hợp đồng (tiêu thụ|bán)",
            "PLANTED no sales channel anywhere")
    p.lacks(r"đăng ký|hợp đồng hợp tác|chứng thực|mã số|giấy phép kinh doanh|thành lập|Luật Hợp tác xã|pháp nhân",
            "PLANTED no registration, cooperation contract or plan to register")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("y11_banh_khoai_thien_loc_so_sai")
    a.check(500 * 3000 == 1.5e6, "500 cái × 3.000 đồng = 1,5 triệu đồng/ngày")
    a.has("khoảng 500 cái bánh", "3.000 đồng/cái", "khoảng 1,5 triệu đồng/ngày", "khoảng 80 triệu đồng",
          "đã có giấy chứng nhận đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("y12_mang_ngam_ot_huong_lien_so_sai")
    b.check(3000 * 60000 == 180e6, "3 tấn × 60.000 đồng/kg = 180 triệu đồng")
    b.has("khoảng 3 tấn măng ngâm", "60.000 đồng/kg", "khoảng 180 triệu đồng", "khoảng 50 triệu đồng",
          "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|thị trường", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (y01, y02, y03, y04, y05, y06, y07, y08, y09, y10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
