"""The 59th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout59/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, no trademark, a pomelo named in an
orange plan, replaced instruments cited, two member counts, no food safety, no sales channel, no
product standard, no registration, no label) are asserted too, as is the absence of template
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

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|23/2012/QH13|01/2021/NĐ-CP|123/2018|919/QĐ-TTg|03/2014/TT"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def bh01() -> Plan:
    p = Plan("bh01_dau_goi_bo_ket_lam_hong_cty")
    c, r, lit, pct = (p.row("Dầu gội chai 300 ml"), p.row("Dầu gội túi refill 1 lít"), p.row("Quy ra lít thành phẩm"),
                      p.row("Tỷ lệ so với công suất"))
    rev, rc, rr = p.row("Doanh thu |", skip=1), p.row("Chai 300 ml (95.000"), p.row("Túi refill 1 lít (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu thảo dược", "Chất làm sạch", "Chai, túi, nhãn", "Điện, nước (3.000",
                                 "Tiền lương và bảo hiểm", "Khấu hao tài sản", "Lãi vay |", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = (p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp (15%)"),
                      p.row("Lợi nhuận sau thuế", skip=1))
    p.check(p.row("Doanh thu |") == [960.0, 1380.0, 1720.0], "2024-2026 revenue row")
    bk, hn, vb = p.row("Quả bồ kết khô (kg)"), p.row("Lá hương nhu tươi (kg)"), p.row("Vỏ bưởi tươi (kg)")
    for y in Y:  # triệu đồng
        p.check(lit[y] == c[y] * 0.3 + r[y] and close(pct[y], lit[y] / 12000 * 100, 0.02), f"litres, % of 12.000 {y}")
        p.check(close(rc[y], c[y] * 0.095) and close(rr[y], r[y] * 0.22) and close(rev[y], rc[y] + rr[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 0.01) and close(lines[1][y], lit[y] * 0.025)
                and close(lines[2][y], c[y] * 0.008 + r[y] * 0.015) and close(lines[3][y], lit[y] * 0.003),
                f"per-litre costs {y}")
        p.check(close(lines[4][y], [9, 10, 11][y] * 7 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [600, 400, 200][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(close(bk[y], lit[y] * 0.1) and close(hn[y], lit[y] * 0.3) and close(vb[y], lit[y] * 0.2)
                and bk[y] <= 2000 and hn[y] <= 0.5 * 8000 and vb[y] <= 3000, f"herbs within supply {y}")
        p.check(lit[y] <= 60 * 200, f"capacity 12.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(lit[0] / 5800, 1.19, 0.01), "+19 % on 2026")
    items = [p.one(x) for x in ("Cải tạo xưởng, làm khu sạch", "Hệ thống nồi chiết", "Máy chiết rót – đóng nắp",
                                "Thiết bị kiểm tra", "Thiết kế bao bì, thử nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 600 + 600 and sum(items[:4]) == 800 and close(800 / 10, 80),
            "capital 1.200 = 600 + 600, fixed 800, depreciation 80")
    p.check(avg1(post) == 506.8 and close(1200 / (506.8 + 80), 2.0, 0.03), "average profit, payback 2,0")
    p.check(close(post[0] / rev[0] * 100, 17.8, 0.01) and close(post[2] / rev[2] * 100, 23.7, 0.01), "margins")
    p.has("95.000 đồng/chai", "220.000 đồng/túi", "(363,2 + 506,8 + 650,3) : 3 ≈ 506,8",
          "1.200 : (506,8 + 80) ≈ 2,0 năm", "khoảng 12.000 lít/năm", "vay Ngân hàng TMCP Công Thương chi nhánh Hà Tĩnh 600 triệu đồng",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 01:2024/LH", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu", "bể lắng lọc 3 ngăn")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bh02() -> Plan:
    p = Plan("bh02_mat_ong_ngan_truoi_htx")
    a, b, kg = p.row("Mật ong lọ 500 g |"), p.row("Mật ong lọ 250 g |"), p.row("Tổng mật thành phẩm")
    hives, supply, need = (p.row("Số đàn ong của thành viên (đàn) |"), p.row("Sản lượng mật thô có thể thu mua"),
                           p.row("Nhu cầu mật thô"))
    lines = [p.row(x) for x in ("Mật thô thu mua", "Lọ, nắp, nhãn, tem", "Tiền lương lao động", "Điện sấy, đóng gói",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển, hội chợ", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"{2027 + y}|", 7) for y in Y]  # years as rows: 500 g, 250 g, revenue, cost, pre, tax, post
    channels = p.row("Cộng |")
    for y in Y:  # costs in nghìn đồng, summary in triệu đồng
        s = summary[y]
        p.check(kg[y] == a[y] * 0.5 + b[y] * 0.25 and channels[y] == kg[y], f"kg, channel split {y}")
        p.check(close(need[y], kg[y] * 1.1) and close(supply[y], hives[y] * 10) and need[y] <= supply[y],
                f"raw honey 1,1 kg/kg within colonies × 10 kg {y}")
        p.check(close(s[0], a[y] * 0.2) and close(s[1], b[y] * 0.11) and close(s[2], s[0] + s[1]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 130) and close(lines[1][y], a[y] * 9 + b[y] * 6)
                and close(lines[2][y], 3 * 6000 * 12 + 72000) and close(lines[3][y], kg[y] * 2)
                and close(lines[4][y], 50000) and close(lines[5][y], [300000, 200000, 100000][y] * 0.06)
                and close(lines[6][y], s[2] * 100) and close(lines[7][y], 40000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[3] * 1000, cost[y]), f"cost sum, summary cost {y}")
        p.check(close(s[4], s[2] - s[3]) and close(s[5], s[4] * 0.15) and close(s[6], s[4] - s[5]), f"profit, tax {y}")
        p.check(need[y] <= 200 * 60, f"drying capacity {y}")
        if y:
            p.check(s[2] / summary[y - 1][2] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 3100, 1.16, 0.01), "+16 % on 2026")
    p.check(200 + 100 + 60 + 40 + 50 + 350 == 800 == 500 + 300 and 200 + 100 + 60 + 40 == 400 and close(400 / 8, 50),
            "capital 800 = 500 + 300, fixed 400, depreciation 50")
    post = [s[6] for s in summary]
    p.check(avg1(post) == 366.3 and close(800 / (366.3 + 50), 1.9, 0.02), "average profit, payback 1,9")
    p.check(close(lines[0][0] / 1000 / 15, 34, 0.02), "≈ 34 triệu/hộ")
    p.has("200.000 đồng/lọ", "110.000 đồng/lọ", "Tổng vốn đầu tư của phương án là 800 triệu đồng",
          "thành viên góp thêm vốn 500 triệu đồng", "300 triệu đồng, lãi suất 6%/năm, trả gốc 100 triệu đồng/năm",
          "(291,7 + 366,3 + 441) : 3 ≈ 366,3", "800 : (366,3 + 50) ≈ 1,9 năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2025/NT", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Ngàn Trươi\"", "Luật Hợp tác xã số 17/2023/QH15")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bh03() -> Plan:
    p = Plan("bh03_du_lich_lang_co_truong_luu_ctcp")
    rows = [p.row(f"{2027 + y}|", 9) for y in Y]  # visits, meals, nights, experiences, 4 revenues, total
    lines = [p.row(x) for x in ("Thực phẩm cho suất ăn", "Chi phí phòng", "Thù lao nghệ nhân", "Lương nhân viên",
                                 "Khấu hao |", "Lãi vay |", "Quảng bá, hoa hồng", "Quản lý, bảo hiểm")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"),
                            p.row("Lợi nhuận sau thuế"))
    staff = [12, 13, 14]
    for y in Y:  # triệu đồng
        v, m, n, g, rv, rm, rn, rg, tot = rows[y]
        p.check(close(rv, v * 0.08) and close(rm, m * 0.15) and close(rn, n * 0.4) and close(rg, g * 0.12)
                and close(tot, rv + rm + rn + rg), f"revenue {y}")
        p.check(close(lines[0][y], rm * 0.5) and close(lines[1][y], n * 0.08) and close(lines[2][y], g * 0.04)
                and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 200)
                and close(lines[5][y], [1200, 900, 600][y] * 0.08) and close(lines[6][y], tot * 0.1)
                and close(lines[7][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], tot - cost[y]), f"cost, profit {y}")
        rate = 0.15 if tot <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(n <= 10 * 365, f"room-nights within 10 rooms × 365 {y}")
        if y:
            p.check(tot / rows[y - 1][8] < 1.2, f"growth {y}")
    p.check(close(rows[0][2] / 3650 * 100, 49, 0.02) and close(rows[2][2] / 3650 * 100, 66, 0.01), "occupancy 49 %, 66 %")
    p.check(close(rows[0][0] / 7800, 1.15, 0.01), "+15 % visits on 2026")
    items = [p.one(x) for x in ("Tu bổ 2 nhà rường", "Mở rộng nhà ăn", "Sân khấu ca trù", "Xe điện, xe đạp",
                                "Website, video", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 2500 == 1300 + 1200 and sum(items[:4]) == 2000 and close(2000 / 10, 200),
            "capital 2.500 = 1.300 + 1.200, fixed 2.000, depreciation 200")
    p.check(avg1(post) == 406.7 and close(2500 / (406.7 + 200), 4.1, 0.02), "average profit, payback 4,1")
    p.has("80.000 đồng/lượt", "150.000 đồng/suất", "400.000 đồng/phòng/đêm", "120.000 đồng/lượt",
          "Tổng vốn đầu tư 2,5 tỷ đồng (2.500 triệu đồng)", "cổ đông góp bổ sung 1.300 triệu đồng",
          "1.200 triệu đồng trong 4 năm, lãi suất 8%/năm, trả gốc 300 triệu đồng/năm",
          "(224,4 + 411,4 + 584,3) : 3 ≈ 406,7", "2.500 : (406,7 + 200) ≈ 4,1 năm", "10 phòng × 365 đêm = 3.650",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho dịch vụ ăn uống", "bể tự hoại 3 ngăn",
          "nhãn hiệu dịch vụ \"Trường Lưu Heritage\"")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bh04() -> Plan:
    p = Plan("bh04_ruou_men_la_son_hong_hkd")
    ch, bi, lit, rice = (p.row("Rượu chai 500 ml (chai)"), p.row("Rượu bình gốm 2 lít (bình)"),
                         p.row("Tổng sản lượng rượu (lít)"), p.row("Gạo nếp sử dụng (kg)"))
    need, supply = p.row("Nhu cầu gạo nếp (kg)"), p.row("Tổng nguồn cung (kg)")
    chan = [p.row(x) for x in ("Nhà hàng, quán ăn, tiệc cưới", "Cửa hàng đặc sản, điểm bán OCOP", "Quà biếu, đặt hàng",
                                "Bán lẻ tại xưởng")]
    rc, rb, rev = p.row("Doanh thu chai 500 ml"), p.row("Doanh thu bình 2 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp (25.000", "Men lá, củi", "Chai, bình, nút", "Tiền công 3 lao động", "Khấu hao |",
                                 "Bán hàng, vận chuyển (8%", "Thuế GTGT, thuế TNCN", "Thuế tiêu thụ đặc biệt (65%)")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 2 and rice[y] == lit[y] * 2 == need[y] and need[y] <= supply[y] == 17000,
                f"litres, 2 kg rice per litre within 17 tấn {y}")
        p.check(lines_sum(chan, y) == lit[y] == p.row("Cộng |")[y], f"channel split {y}")
        p.check(close(rc[y], ch[y] * 0.18) and close(rb[y], bi[y] * 0.6) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], ch[y] * 0.015 + bi[y] * 0.06) and close(lines[3][y], 3 * 5.5 * 12)
                and close(lines[4][y], 40) and close(lines[5][y], rev[y] * 0.08) and close(lines[6][y], rev[y] * 0.045)
                and close(lines[7][y], rev[y] * 65 / 165), f"cost lines, excise 65/165 {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 60 * 300 / 2, f"still capacity 18.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(lit[0] / 4500, 1.16, 0.01) and close(rev[0] / 1500, 1.2, 0.01), "+16 % litres, +20 % revenue on 2026")
    p.check(150 + 120 + 60 + 70 + 40 + 160 == 600 and 150 + 120 + 60 + 70 == 400 and close(400 / 10, 40),
            "capital 600 all own funds, fixed 400, depreciation 40")
    p.check(avg1(prof) == 241.9 and close(600 / (241.9 + 40), 2.1, 0.02), "average profit, payback 2,1")
    direct = lines_sum(lines[:6], 0)
    p.check(direct == 824 and close(direct * 1e6 / lit[0], 158500, 0.01) and close(180000 / 1.65, 109000, 0.01),
            "824 tr.đ, ≈158.500 đ/l, ≈109.000 đ/chai before excise")
    p.has("180.000 đ/chai", "600.000 đ/bình", "Tổng vốn đầu tư 600 triệu đồng, toàn bộ là vốn tự có",
          "(185,9 + 241,9 + 297,8) : 3 ≈ 241,9", "600 : (241,9 + 40) ≈ 2,1 năm", "2 × 60 × 300 = 36.000 kg gạo",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Giấy chứng nhận đăng ký hộ kinh doanh số 28G8003716",
          "QCVN 6-3:2010/BYT", "độ cồn", "Không dành cho người dưới 18 tuổi", "bể lắng 2 ngăn", "nhãn hiệu \"Men lá Sơn Hồng\"")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bh05() -> Plan:
    p = Plan("bh05_cha_muc_song_bac_cty")
    tray, bulk, kg, squid = (p.row("Chả mực khay 500 g |"), p.row("Chả mực bán buôn |"), p.row("Tổng sản lượng chả"),
                             p.row("Mực tươi nguyên liệu"))
    rows = [p.row(f"{2027 + y}|", 7) for y in Y]  # trays, price, amount, kg, price, amount, total
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Mực tươi (150.000", "Gia vị, mỡ", "Khay, túi, nhãn", "Điện, nước, đá", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"),
                            p.row("Lợi nhuận sau thuế"))
    true_rev = [tray[y] * 0.19 + bulk[y] * 0.33 for y in Y]
    for y in Y:  # triệu đồng
        t, pt, at, b, pb, ab, tot = rows[y]
        p.check(kg[y] == tray[y] * 0.5 + bulk[y] and close(squid[y], kg[y] * 1.2) and squid[y] <= 25000,
                f"kg, squid 1,2 kg/kg within 25 tấn {y}")
        p.check(t == tray[y] and b == bulk[y] and pt == 190000 and pb == 330000 and close(ab, b * 0.33)
                and close(tot, at + ab) and rev[y] == tot, f"revenue table rows add up {y}")
        p.check(close(lines[0][y], squid[y] * 0.15) and close(lines[1][y], kg[y] * 0.01)
                and close(lines[2][y], tray[y] * 0.006 + bulk[y] * 0.003) and close(lines[3][y], kg[y] * 0.008)
                and close(lines[4][y], [10, 11, 12][y] * 7 * 12) and close(lines[5][y], 100)
                and close(lines[6][y], [800, 600, 400][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]),
                f"profit, tax follow the written revenue {y}")
        p.check(kg[y] <= 80 * 280, f"capacity 22.400 kg {y}")
        if y < 2:
            p.check(close(at, t * 0.19) and close(tot, true_rev[y]), f"revenue right {y}")
    at29, tot29 = rows[2][2], rows[2][6]
    p.check(tray[2] * 0.19 == 3040 and at29 == 3420 and off(at29, 3040) and tot29 == 5070 and off(tot29, true_rev[2]),
            "PLANTED 2029 trays 16.000 × 190.000 = 3.040 written 3.420; total 5.070 != 4.690")
    p.check(rev[2] - cost[2] == 995 and off(pre[2], true_rev[2] - cost[2]), "tolerated: 2029 profit 995 != 615")
    p.check(close(kg[0] / 8500, 1.18, 0.01) and rev[2] / rev[1] < 1.25, "+18 % on 2026; written growth 22 %")
    q = p.row("Cả năm", 3)
    p.check(q == [12000.0, 9000.0, 3000.0] and q[0] == squid[0], "quarterly squid purchases")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy xay, cối giã", "Tủ cấp đông nhanh",
                                "Máy hút chân không", "Thiết kế bao bì, nhãn", "Vốn lưu động (dự trữ")]
    p.check(sum(items) == p.one("Tổng cộng") == 1600 == 800 + 800 and sum(items[:4]) == 1000, "capital 1.600, fixed 1.000")
    stated = sum(post) / 3
    true_post = post[:2] + [round((true_rev[2] - cost[2]) * 0.83, 1)]
    p.check(close(stated, 494) and close(1600 / (494 + 100), 2.7, 0.01), "stated payback 2,7 on the written profits")
    p.check(close(1600 / (sum(true_post) / 3 + 100), 3.3, 0.01) and off(2.7, 1600 / (sum(true_post) / 3 + 100)),
            "tolerated knock-on: true payback 3,3")
    p.has("190.000 đồng/khay", "330.000 đồng/kg", "Tổng vốn đầu tư: 1.600 triệu đồng", "vốn chủ sở hữu 800 triệu đồng",
          "(267,3 + 388,9 + 825,8) : 3 = 494", "1.600 : (494 + 100) ≈ 2,7 năm", "khoảng 80 kg chả/ngày",
          "tổng khối lượng cam kết 25 tấn/năm", "bỏ da, bỏ nội tạng", "lột da, bỏ nội tạng, túi mực",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/SB", "Nghị định 43/2017/NĐ-CP")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|mùi hôi|\bbể\b|biogas|xử lý|thu gom|phế phẩm|phụ phẩm|ủ phân|phân bón",
            "PLANTED no environmental measure anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(REPLACED, "replaced instrument")
    clean(p)
    return p


def bh06() -> Plan:
    p = Plan("bh06_cam_bu_son_phu_htx")
    area, yld = p.row("Diện tích cho thu hoạch của thành viên (ha)"), p.row("Năng suất bình quân (tấn/ha)")
    tons, l1, l2 = p.row("Tổng sản lượng tiêu thụ"), p.row("Cam loại 1 đóng thùng"), p.row("Cam loại 2 bán buôn")
    pr1, pr2 = p.row("Giá cam loại 1"), p.row("Giá cam loại 2")
    rev, r1, r2, cost = p.row("Doanh thu |"), p.row("Cam loại 1 |"), p.row("Cam loại 2 |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua cam loại 1", "Thu mua cam loại 2", "Thùng carton, tem", "Bao lưới",
                                 "Lao động thời vụ", "Lao động thường xuyên", "Điện kho lạnh", "Khấu hao |", "Lãi vay |",
                                 "Vận chuyển, bán hàng", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng, tấn
        supply = area[y] * yld[y]
        p.check(close(l1[y], tons[y] * 0.6) and close(l2[y], tons[y] * 0.4) and pr1[y] == 45000 and pr2[y] == 25000,
                f"grades 60/40, prices {y}")
        p.check(close(r1[y], l1[y] * 45) and close(r2[y], l2[y] * 25) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], l1[y] * 32) and close(lines[1][y], l2[y] * 18) and close(lines[2][y], l1[y] * 1.5)
                and close(lines[3][y], l2[y] * 0.3) and close(lines[4][y], 12 * 6.5 * 4) and close(lines[5][y], 4 * 7 * 12)
                and close(lines[6][y], tons[y] * 0.3) and close(lines[7][y], 120)
                and close(lines[8][y], [1000, 750, 500][y] * 0.07) and close(lines[9][y], rev[y] * 0.05)
                and close(lines[10][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(supply == 180 and off(tons[y], supply), f"PLANTED {tons[y]} tấn sold > 15 ha × 12 tấn = 180 {y}")
        p.check(tons[y] <= 3 * 100, f"packing line 300 tấn/vụ {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth 10 %/year {y}")
    p.check(close(tons[0] / 180, 1.17, 0.01) and close(tons[2] / 180, 1.39, 0.01), "PLANTED shortfall 17 % to 39 %")
    p.check(p.row("Ước 2026", 4) == [15.0, 180.0, 175.0, 6120.0], "2026: 15 ha, 180 tấn grown, 175 sold")
    p.check(p.row("Cộng |", 1) == [210.0] and 90 + 20 + 16 == l1[0] and 84 == l2[0], "2027 channel split")
    p.check(500 + 400 + 200 + 100 + 50 + 250 == 1500 == 500 + 1000 and 500 + 400 + 200 + 100 == 1200
            and close(1200 / 10, 120), "capital 1.500 = 500 + 1.000, fixed 1.200, depreciation 120")
    p.check(avg1(post) == 671.0 and close(1500 / (671 + 120), 1.9, 0.02), "average profit, payback 1,9")
    p.has("45.000 đồng/kg", "25.000 đồng/kg", "15 ha đang cho thu hoạch", "khoảng 12 tấn/ha",
          "5 ha trồng mới năm 2026, dự kiến cho quả từ năm 2030", "không thu mua cam ngoài vùng",
          "Tổng vốn đầu tư 1,5 tỷ đồng", "(533,1 + 671 + 808,8) : 3 ≈ 671", "1.500 : (671 + 120) ≈ 1,9 năm",
          "Giấy chứng nhận VietGAP", "bản cam kết sản xuất thực phẩm nông lâm thủy sản an toàn", "TCCS 01:2026/SP",
          "nhãn hiệu chứng nhận \"Cam bù Hương Sơn\"", "Vỏ bao bì thuốc bảo vệ thực vật")
    p.check(p.count("bưởi Phúc Trạch") == 2 and p.count("Cam bù Sơn Phú") >= 4,
            "PLANTED the orange plan names 'bưởi Phúc Trạch' twice")
    p.has("Luật Hợp tác xã số 23/2012/QH13", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019",
          "Bộ tiêu chí OCOP ban hành kèm theo Quyết định số 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15|Luật Hợp tác xã năm 2023", "PLANTED only replaced instruments cited")
    clean(p)
    return p


def bh07() -> Plan:
    p = Plan("bh07_tra_voi_tung_anh_tht")
    g, h, kg = p.row("Trà vối ủ gói 200 g"), p.row("Trà vối túi lọc hộp 25 túi"), p.row("Quy ra trà khô")
    need_t, leaves, supply = (p.row("Trà vối ủ khô cần sản xuất (kg)"), p.row("Nhu cầu lá, nụ vối tươi (kg)"),
                              p.row("Khả năng cung ứng (kg)"))
    rg, rh, rev = p.row("Doanh thu gói 200 g"), p.row("Doanh thu hộp túi lọc"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá, nụ vối tươi", "Bao bì, nhãn (4.000", "Điện sao sấy", "Tiền công 6 thành viên",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển, hội chợ", "Chi phí quản lý")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == g[y] * 0.2 + h[y] * 0.05 == need_t[y] and leaves[y] == kg[y] * 4 and leaves[y] <= supply[y] == 26000,
                f"kg, 4 kg leaves per kg within 26 tấn {y}")
        p.check(close(rg[y], g[y] * 0.045) and close(rh[y], h[y] * 0.035) and close(rev[y], rg[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaves[y] * 0.008) and close(lines[1][y], g[y] * 0.004 + h[y] * 0.008)
                and close(lines[2][y], kg[y] * 0.005) and close(lines[3][y], 6 * 5 * 12) and close(lines[4][y], 30)
                and close(lines[5][y], 200 * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 30 * 250, f"dryer capacity 7.500 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 2900, 1.21, 0.01) and 2600 * 10 == 26000, "+21 % on 2026; 2.600 trees × 10 kg")
    ch = p.row("Cộng |", 3)
    p.check(ch == [g[0], h[0], 100.0], "2027 channel split")
    p.check(close((6000 * 45 + 5000 * 35) / 1e3 / rev[0] * 100, 43, 0.02) and close(4500 * 45 / 1e3 / rev[0] * 100, 20, 0.02),
            "channel revenue shares")
    items = [p.one(x) for x in ("Cải tạo xưởng", "Máy sao chảo quay, máy sấy tủ", "Máy nghiền, máy đóng gói",
                                "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 600 and sum(items[:3]) == 300 and close(300 / 10, 30), "items = total 600, fixed 300")
    cap = p.section("# Chương 10.", "# Chương 11.")
    amounts = sorted({vn(x) for x in re.findall(r"([\d.,]+) triệu đồng", cap)})
    p.check(amounts == [14, 30, 200, 250, 300, 600], f"only these amounts in the capital chapter: {amounts}")
    p.check(250 + 200 == 450 and off(450, total), "PLANTED sources 250 + 200 = 450 != 600")
    p.check(close(sum(prof) / 3, 359) and close(600 / (359 + 30), 1.5, 0.03), "average profit, payback 1,5")
    p.has("45.000 đồng/gói", "35.000 đồng/hộp", "Tổng vốn đầu tư 600 triệu đồng", "các thành viên góp 250 triệu đồng",
          "vay Ngân hàng Chính sách xã hội 200 triệu đồng", "(251,5 + 359 + 466,5) : 3 = 359", "600 : (359 + 30) ≈ 1,5 năm",
          "TCCS 01:2026/TV", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Trà vối Tùng Ảnh\"", "Giấy chứng nhận đăng ký tổ hợp tác")
    p.has("hiện nay tổ hợp tác có 9 thành viên", "Tổ hợp tác hiện có 14 thành viên")
    p.check(off(14, 9), "PLANTED 9 != 14 members")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|vệ sinh|cam kết|tự công bố|sức khỏe",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(REPLACED, "replaced instrument")
    clean(p)
    return p


def vn(s: str) -> float:
    return plancheck.vn(s)


def bh08() -> Plan:
    p = Plan("bh08_khay_tra_go_lang_thai_htx")
    k, h, n, staff = p.row("Khay trà |"), p.row("Hộp trà |"), p.row("Tổng số sản phẩm"), p.row("Số thợ |")
    wood = [p.row(f"{2027 + y}|", 4) for y in Y]  # trays, boxes, m³ needed, m³ contracted
    rev, rk, rh = p.row("Doanh thu |"), p.row("Khay trà (350.000"), p.row("Hộp trà (180.000")
    lines = [p.row(x) for x in ("Gỗ xoan đào", "Sơn, keo, phụ kiện", "Hộp giấy, nhãn", "Tiền công thợ", "Điện |",
                                 "Khấu hao |", "Lãi vay |", "Chi phí tiêu thụ", "Quản lý |")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"),
                            p.row("Lợi nhuận sau thuế"))
    capacity = 8 * 3 * 280
    for y in Y:  # triệu đồng
        w = wood[y]
        p.check(n[y] == k[y] + h[y] and w[0] == k[y] and w[1] == h[y] and close(w[2], k[y] * 0.006 + h[y] * 0.003)
                and w[2] <= w[3] == 50, f"pieces, wood within 50 m³ {y}")
        p.check(close(rk[y], k[y] * 0.35) and close(rh[y], h[y] * 0.18) and close(rev[y], rk[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], w[2] * 12) and close(lines[1][y], k[y] * 0.025 + h[y] * 0.015)
                and close(lines[2][y], n[y] * 0.01) and close(lines[3][y], k[y] * 0.08 + h[y] * 0.04)
                and close(lines[5][y], 60) and close(lines[6][y], [400, 300, 200][y] * 0.08), f"cost lines {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]),
                f"profit, tax follow the written total {y}")
        p.check(staff[y] == 8, f"8 workers {y}")
        if y:
            p.check(close(cost[y], lines_sum(lines, y)), f"cost total right {y}")
    p.check(lines_sum(lines, 0) == 1102 and cost[0] == 1212 and off(cost[0], 1102),
            "PLANTED 2027 cost total 1.212 != lines 1.102")
    p.check(rev[0] - 1102 == 488 and off(pre[0], 488), "tolerated: 2027 profit 378 != 488")
    p.check(capacity == 6720 and n[0] <= capacity and off(n[1], capacity) and off(n[2], capacity),
            "PLANTED 7.500 and 9.000 pieces > 6.720 capacity (2027 within)")
    p.check(p.row("Cả năm", 3) == [k[0], h[0], n[0]], "2027 quarterly plan")
    p.check(close(n[0] / 5200, 1.15, 0.01), "+15 % on 2026")
    p.check(250 + 200 + 100 + 50 + 50 + 350 == 1000 == 600 + 400 and 250 + 200 + 100 + 50 == 600 and close(600 / 10, 60),
            "capital 1.000 = 600 + 400, fixed 600, depreciation 60")
    p.check(avg1(post) == 514.9 and close(1000 / (514.9 + 60), 1.7, 0.03), "stated average profit, payback 1,7")
    true_avg = (488 * 0.85 + post[1] + post[2]) / 3
    p.check(not off(1000 / (true_avg + 60), 1.7), "payback on the true 2027 profit still ≈ 1,7 (not a payback defect)")
    p.check(close(lines[3][0] / 8 / 12, 3.75) and close(lines[3][2] / 8 / 12, 5.4, 0.01), "3,75 and 5,4 tr/tháng")
    p.has("350.000 đồng/chiếc", "180.000 đồng/chiếc", "8 × 3 × 280 = 6.720 sản phẩm/năm",
          "không có kế hoạch tuyển thêm thợ hay mua thêm thiết bị", "Tổng vốn đầu tư 1.000 triệu đồng",
          "(321,3 + 546,1 + 677,4) : 3 ≈ 514,9", "1.000 : (514,9 + 60) ≈ 1,7 năm", "TCCS 01:2026/LT",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Làng Thái\"", "hệ thống hút bụi trung tâm")
    market = p.section("# PHẦN V. THỊ TRƯỜNG", "# PHẦN VI.")
    p.check(not re.search(r"\d ?(đồng|đ)\b|\bgiá\b|khách|cửa hàng|hội chợ|đại lý|bán (cho|tại|qua|ở)|công ty|siêu thị|"
                          r"online|\bsàn\b|thương lái|đơn hàng", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách|cửa hàng|hội chợ|đại lý|showroom|phòng trưng bày|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|"
            r"siêu thị|xuất khẩu|đơn hàng|đặt hàng|công ty du lịch|thương lái|người mua|trực tuyến",
            "PLANTED no sales channel anywhere")
    p.lacks(REPLACED, "replaced instrument")
    clean(p)
    return p


def bh09() -> Plan:
    p = Plan("bh09_cao_che_vang_hoanh_son_ctcp")
    c, t, rev0 = p.row("Cao chè vằng hộp 100 g |"), p.row("Trà chè vằng túi lọc hộp 30 túi |"), p.row("Doanh thu |")
    lc, lt, need, supply = (p.row("Lá khô cho cao (kg)"), p.row("Lá khô cho trà túi lọc (kg)"),
                            p.row("Tổng nhu cầu lá khô (kg)"), p.row("Khả năng cung ứng của vùng trồng (kg)"))
    rc, rt, rev = p.row("Doanh thu cao chè vằng"), p.row("Doanh thu trà túi lọc"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá chè vằng khô (50.000", "Bao bì (12.000", "Điện, nhiên liệu (8.000", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (12%", "Quản lý |")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    staff = p.row("Cộng lao động sản xuất")
    for y in Y:  # triệu đồng
        p.check(lc[y] == c[y] and close(lt[y], t[y] * 0.06) and need[y] == lc[y] + lt[y] and need[y] <= supply[y] == 40000,
                f"leaf need within 40 tấn {y}")
        p.check(need[y] <= 120 * 300, f"extraction capacity 36.000 kg {y}")
        p.check(close(rc[y], c[y] * 0.22) and close(rt[y], t[y] * 0.065) and close(rev[y], rc[y] + rt[y]) and rev0[y] == rev[y],
                f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.05) and close(lines[1][y], c[y] * 0.012 + t[y] * 0.01)
                and close(lines[2][y], c[y] * 0.008 + t[y] * 0.001) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], 150) and close(lines[5][y], [1000, 750, 500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.12) and close(lines[7][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if y == 0 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} on the written profit {y}")
        if y != 1:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit right {y}")
    p.check(rev[1] - cost[1] == 1232 and pre[1] == 1432 and off(pre[1], 1232), "PLANTED 2028 profit 1.432 != 3.900 − 2.668")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 > 2.1 and g2 == 2.0 and c[1] / c[0] > 2.1 and c[2] / c[1] == 2.0,
            "PLANTED revenue and output ×2,2 then ×2,0")
    p.check(close(c[0] / 5000, 1.2) and close(rev[0] / 1490, 1.19, 0.01), "only +20 % from 2026")
    p.has("gồm 38 nhà thuốc", "Công ty dự kiến mở rộng thị trường ra toàn quốc trong giai đoạn 2027–2029.")
    market = p.section("# Phần 5 – Thị trường", "# Phần 6")
    p.check(not re.search(r"hợp đồng|đại lý mới|siêu thị|nhà phân phối|sàn|shopee|xuất khẩu|ngân sách|hội chợ", market, re.I),
            "no new channel, contract or budget to explain the growth")
    items = [p.one(x) for x in ("Dây chuyền chiết xuất", "Máy đóng gói túi lọc", "Cải tạo nhà xưởng", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1000 + 1000 and sum(items[:3]) == 1500, "capital 2.000, fixed 1.500")
    stated_avg = sum(post) / 3
    true_post = [post[0], round(1232 - round(1232 * 0.17, 1), 1), post[2]]
    p.check(close(stated_avg, 1321.7, 0.001) and close(2000 / (1321.7 + 150), 1.4, 0.03), "stated payback 1,4")
    p.check(not off(1.4, 2000 / (sum(true_post) / 3 + 150)), "payback on the true profit ≈ 1,41: not a payback defect")
    p.check(close((834) / ((rev[0] - 518 - 213) / rev[0]) / rev[0] * 100, 80, 0.01), "break-even ≈ 80 % in 2027")
    p.has("220.000 đồng/hộp", "65.000 đồng/hộp", "Tổng vốn đầu tư 2 tỷ đồng", "vốn chủ sở hữu 1.000 triệu đồng",
          "(178,5 + 1.188,6 + 2.597,9) : 3 ≈ 1.321,7", "2.000 : (1.321,7 + 150) ≈ 1,4 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Hoành Sơn\"",
          "bể lắng lọc")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|phiếu kết quả|chỉ tiêu|thử nghiệm|VietGAP|GACP",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.lacks(REPLACED, "replaced instrument")
    clean(p)
    return p


def bh10() -> Plan:
    p = Plan("bh10_cheo_cam_nhuong_co_so")
    jar, can, kg = p.row("Chẻo hũ 250 g |"), p.row("Chẻo can 1 kg |"), p.row("Tổng sản lượng")
    rj, rc, rev = p.row("Doanh thu hũ 250 g"), p.row("Doanh thu can 1 kg"), p.row("Tổng doanh thu")
    rev2 = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Nguyên liệu (25.000", "Hũ, nắp, can, thùng", "Tiền công 3 lao động", "Điện, gas, nước",
                                 "Khấu hao |", "Vận chuyển, bán hàng", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.25 + can[y], f"kg {y}")
        p.check(close(rj[y], jar[y] * 0.04) and close(rc[y], can[y] * 0.12) and close(rev[y], rj[y] + rc[y])
                and rev2[y] == rev[y], f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.025) and close(lines[1][y], jar[y] * 0.005 + can[y] * 0.004)
                and close(lines[2][y], 3 * 5 * 12) and close(lines[3][y], kg[y] * 0.003) and close(lines[4][y], 25),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] * 0.4 <= 3500 and kg[y] * 0.2 <= 2000 and kg[y] * 0.3 <= 2500, f"ingredients within supply {y}")
        p.check(kg[y] <= 100 * 250, f"capacity 25.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(kg[2] * 0.4 == 2720 and kg[2] * 0.2 == 1360 and kg[2] * 0.3 == 2040, "2029 ingredient table")
    p.check(close(kg[0] / 4200, 1.19, 0.01), "+19 % on 2026")
    p.check(close(240 / rev[0] * 100, 33, 0.02) and close(280 / rev[0] * 100, 39, 0.01) and 7000 + 4000 + 1000 == jar[0],
            "2027 channel split")
    items = [p.one(x) for x in ("Xây khu sản xuất riêng", "Chảo rang, máy xay", "Chum sành, bàn inox", "Thiết kế hũ, thùng",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 400 and sum(items[:3]) == 200 and close(200 / 8, 25), "capital 400, fixed 200")
    avg = avg1(prof)
    true_payback = 400 / (avg + 25)
    p.check(avg == 333.2 and close(true_payback, 1.12, 0.01) and off(2.5, true_payback) and off(2.5, 400 / avg),
            "PLANTED payback 2,5 != 400 : (333,2 + 25) ≈ 1,1 (1,2 without depreciation)")
    p.check(close(prof[0] / 12, 20.6, 0.01), "20,6 tr/tháng")
    p.has("40.000 đồng/hũ", "120.000 đồng/kg", "Tổng vốn đầu tư: 400 triệu đồng, toàn bộ là vốn của gia đình",
          "Lợi nhuận bình quân 3 năm khoảng 333,2 triệu đồng/năm", "Thời gian hoàn vốn dự kiến khoảng 2,5 năm",
          "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm", "nhãn hiệu \"Chẻo Bà Tư\"", "hố ga lắng",
          "Hũ thủy tinh 250 g", "Can nhựa 1 kg")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"công ty|giấy phép|thành lập|pháp nhân", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|ghi nhãn", "PLANTED no label or labelling plan")
    p.lacks(REPLACED, "replaced instrument")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("bh11_choi_dot_huong_trach_so_sai")
    a.check(20000 * 35000 == 700e6, "20.000 chổi × 35.000 = 700 triệu")
    a.has("khoảng 20.000 chiếc chổi", "35.000 đồng/chiếc", "khoảng 700 triệu đồng/năm", "UBND xã chứng thực",
          "thương lái và các chợ")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(r"nhãn|tiêu chuẩn|công bố|môi trường|nhãn hiệu", "no label, standard, trademark, environment (tolerated gaps)")
    clean(a)
    b = Plan("bh12_banh_ram_duc_thinh_so_sai")
    b.has("khoảng 300 chiếc bánh", "3.000 đồng/chiếc", "khoảng 100 triệu đồng", "lãi khoảng 25–30% doanh thu",
          "giấy chứng nhận đăng ký hộ kinh doanh năm 2022")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, half a page")
    b.lacks(r"an toàn thực phẩm|ATTP|nhãn|tiêu chuẩn|công bố|môi trường", "no food safety, label, standard (tolerated gaps)")
    clean(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bh01, bh02, bh03, bh04, bh05, bh06, bh07, bh08, bh09, bh10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
