"""The fourteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout14/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no label, no product standard, no environmental measure, no
registration, a second producer name, no trademark, no food safety, no sales channel, replaced
instruments cited) are asserted too, as is the absence of template placeholders in every plan.
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

    def section(self, start: str, end: str) -> str:
        """The body text from the heading `start` up to the heading `end`."""
        return self.body.split(start, 1)[1].split(end, 1)[0]


# Instruments replaced before 2026 (and district-level bodies gone since 1/7/2025).
OUTDATED = r"490/QĐ-TTg|1048/QĐ-TTg|781/QĐ-TTg|919/QĐ-TTg|01/2021/NĐ-CP|38/2012|89/2006|123/2018|\bhuyện\b"


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


# --------------------------------------------------------------------------- ready plans

def z01() -> Plan:
    p = Plan("z01_banh_nhan_gia_hanh_hkd")
    hop, tui, kg, rice, eggs = (p.row("Hộp 200 g"), p.row("Túi 500 g"), p.row("Tổng sản lượng bánh"),
                                p.row("Gạo nếp nguyên liệu"), p.row("Trứng gà"))
    rev, rh, rt = p.row("Tổng doanh thu"), p.row("- Hộp 200 g (32.000"), p.row("- Túi 500 g (70.000")
    lines = [p.row(x) for x in ("Nguyên liệu (42.000", "Bao bì, nhãn", "Tiền lương", "Gas, điện", "Khấu hao tài sản",
                                 "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    workers = [5, 6, 6]
    for y in Y:  # nghìn đồng
        p.check(close(kg[y], hop[y] * 0.2 + tui[y] * 0.5) and close(rice[y], kg[y] * 0.6)
                and close(eggs[y], kg[y] * 5), f"kg, rice 0,6 kg/kg, 5 eggs/kg {y}")
        p.check(close(rh[y], hop[y] * 32) and close(rt[y], tui[y] * 70) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 42) and close(lines[1][y], hop[y] * 3 + tui[y] * 2.5)
                and close(lines[2][y], workers[y] * 5500 * 12) and close(lines[3][y], kg[y] * 5), f"per-unit costs {y}")
        p.check(close(lines[4][y], 30000) and close(lines[5][y], [200, 150, 100][y] * 70)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 24000)
                and close(lines[8][y], rev[y] * 0.015), f"depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 40 * 280 and rice[y] <= 8000 and eggs[y] <= 60000, f"capacity, rice and egg contracts {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 6000, 1.167, 0.01), "+17 % on 2025")
    p.check(15000 + 15000 + 5500 + 2000 + 4500 == 42000, "42.000 đ/kg of ingredients")
    p.check(90 + 55 + 35 + 30 + 30 == 240 and 240 + 40 + 170 == 450 == 250 + 200 and 240 / 8 == 30,
            "capital 450 = 250 + 200; fixed 240 over 8 years")
    avg = sum(prof) / 3
    p.check(close(avg, 240610, 0.001) and close(450000 / (avg + 30000), 1.66, 0.01), "average profit, payback 1,66")
    p.has("32.000 đồng/hộp", "70.000 đồng/túi", "(189.100 + 218.610 + 314.120) : 3 = 240.610",
          "450.000 : (240.610 + 30.000) ≈ 1,66 năm", "khoảng 40 kg bánh/ngày", "11.200 kg/năm", "tối đa 8 tấn/năm",
          "tổng 60.000 quả/năm", "Tổng vốn đầu tư của phương án là 450 triệu đồng",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28C8004127",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/MP", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể tách mỡ")
    ready_common(p)
    return p


def z02() -> Plan:
    p = Plan("z02_tinh_dau_tram_ky_xuan_htx")
    prod = [p.row(f"{2026 + y}|", 4) for y in Y]  # years as rows: lọ, chai, lít, tấn lá
    rev, r10, r50 = p.row("Doanh thu|"), p.row("Lọ 10 ml (40.000"), p.row("Chai 50 ml (160.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Lá tràm (2.500", "Nhiên liệu, điện", "Chai lọ, hộp, nhãn", "Tiền lương", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [8, 9, 10]
    for y in Y:  # triệu đồng
        lo, chai, lit, leaves = prod[y]
        p.check(close(lit, lo * 0.01 + chai * 0.05) and close(leaves, lit * 0.12), f"litres, 120 kg leaves per litre {y}")
        p.check(close(r10[y], lo * 0.04) and close(r50[y], chai * 0.16) and close(rev[y], r10[y] + r50[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaves * 2.5) and close(lines[1][y], lit * 0.06)
                and close(lines[2][y], lo * 0.006 + chai * 0.015) and close(lines[3][y], workers[y] * 6 * 12),
                f"per-unit costs, wages {y}")
        p.check(close(lines[4][y], 80) and close(lines[5][y], [400, 300, 200][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 60), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(leaves <= 45 * 2.5 and leaves <= 2 * 0.5 * 150, f"leaf supply 112,5 t, still capacity 150 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(prod[0][2] / 410, 1.22, 0.01), "+22 % on 2025")
    p.check(close(150 / 0.12, 1250), "150 t of leaves = 1.250 litres")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "2 nồi chưng cất", "Máy chiết rót", "Máy lọc, bồn chứa",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1200 == 800 + 400 and sum(items[:4]) == 800,
            "capital 1.200 = 800 + 400, fixed 800")
    avg = sum(post) / 3
    p.check(close(avg, 628.7, 0.001) and close(1200 / (avg + 80), 1.7, 0.01), "average profit, payback 1,7")
    p.has("40.000 đồng/lọ", "160.000 đồng/chai", "(447,8 + 628,7 + 809,7) : 3 ≈ 628,7", "1.200 : (628,7 + 80) ≈ 1,7 năm",
          "2,5 tấn/ha/năm, tổng khoảng 112,5 tấn", "khoảng 1.250 lít tinh dầu/năm", "120 kg lá tràm tươi cho 1 lít",
          "không phải thực phẩm nên không thuộc diện cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 01:2024/KX", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu số 482315", "đăng ký môi trường")
    p.check(p.body.index("# 1. Tổng quan thị trường") < p.body.index("# 2. Giới thiệu hợp tác xã"), "market first")
    ready_common(p)
    return p


def z03() -> Plan:
    p = Plan("z03_mat_ong_hoa_nhan_tung_anh_tht")
    hives, honey, chai, binh, rev = (p.row("Số đàn ong"), p.row("Sản lượng mật hoa nhãn"), p.row("Chai 350 g"),
                                     p.row("Bình 1 kg"), p.row("Doanh thu"))
    lines = [p.row(x) for x in ("Thức ăn bổ sung", "Di chuyển đàn", "Thay thùng", "Chai, bình, nhãn", "Tiền công lao động",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận")
    workers = [12, 13, 14]
    for y in Y:  # triệu đồng
        p.check(close(honey[y], hives[y] * 15) and close(honey[y], chai[y] * 0.35 + binh[y]), f"honey 15 kg/colony = packs {y}")
        p.check(close(rev[y], chai[y] * 0.085 + binh[y] * 0.21), f"revenue {y}")
        p.check(close(lines[0][y], hives[y] * 0.3) and close(lines[1][y], hives[y] * 0.1)
                and close(lines[2][y], hives[y] * 0.06) and close(lines[3][y], chai[y] * 0.008 + binh[y] * 0.012)
                and close(lines[4][y], workers[y] * 6 * 12), f"per-colony, packaging, wages {y}")
        p.check(close(lines[5][y], 75) and close(lines[6][y], [500, 400, 300][y] * 0.07) and close(lines[8][y], 40)
                and 0.065 < lines[7][y] / rev[y] < 0.075, f"depreciation, interest, selling ≈ 7 % {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(honey[y] <= 200 * 2 * 90 and hives[y] <= 350 * 4, f"extraction capacity, forage {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(honey[0] / 9000, 1.167, 0.01), "+17 % on 2025")
    items = [p.one(x) for x in ("Cải tạo nhà sơ chế", "Máy hạ thủy phần", "Máy quay mật inox", "Bồn lắng", "Máy chiết rót",
                                "Xe tải nhỏ", "Bao bì, nhãn, tem", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1050 == 550 + 500 and sum(items[:6]) == 750,
            "capital 1.050 = 550 + 500, fixed 750")
    avg = sum(prof) / 3
    p.check(close(avg, 851.8, 0.001) and close(1050 / (avg + 75), 1.13, 0.01), "average profit, payback 1,13")
    p.check(20 + 35 + 25 + 20 == 100, "channel shares")
    p.has("85.000 đồng/chai", "210.000 đồng/bình", "15 kg/đàn/năm", "công suất tối đa 36.000 kg mật/năm",
          "12.000 × 85.000 + 6.300 × 210.000 = 1.020 + 1.323 = 2.343 triệu đồng",
          "(675,4 + 851,8 + 1.028,2) : 3 = 851,8", "1.050 : (851,8 + 75) ≈ 1,13 năm",
          "Giấy chứng nhận đăng ký tổ hợp tác số 05/GCN-THT", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/THTTA", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "không dùng cho trẻ dưới 1 tuổi",
          "nhãn hiệu \"Mật ong Tùng Ảnh\"")
    ready_common(p)
    return p


def z04() -> Plan:
    p = Plan("z04_dep_coi_xuan_lien_cty")
    hotel, prem, pairs, sedge, staff = (p.row("Dép khách sạn|"), p.row("Dép cói cao cấp|"), p.row("Tổng số đôi"),
                                        p.row("Cói khô cần dùng"), p.row("Công nhân xưởng"))
    costs = [p.row(f"{2027 + y}|", 8) for y in Y]  # years as rows
    res = [p.row(f"{2027 + y}|", 5, skip=1) for y in Y]
    rev = [hotel[y] * 0.022 + prem[y] * 0.095 for y in Y]
    for y in Y:  # triệu đồng
        nvl, labour, pack, dep, interest, selling, mgmt, total = costs[y]
        r, c, pre, tax, post = res[y]
        p.check(pairs[y] == hotel[y] + prem[y] and close(sedge[y], hotel[y] * 0.25 + prem[y] * 0.4), f"pairs, sedge {y}")
        p.check(close(nvl, sedge[y] * 0.018 + hotel[y] * 0.003 + prem[y] * 0.012)
                and close(labour, hotel[y] * 0.006 + prem[y] * 0.02 + staff[y] * 6 * 12)
                and close(pack, hotel[y] * 0.0008 + prem[y] * 0.005 + [30, 35, 40][y]), f"materials, labour, packaging {y}")
        p.check(close(dep, 60) and close(interest, [500, 375, 250][y] * 0.08) and close(selling, rev[y] * 0.06)
                and close(mgmt, 80), f"depreciation, interest, selling 6 %, management {y}")
        p.check(close(total, nvl + labour + pack + dep + interest + selling + mgmt), f"cost sum {y}")
        rate = 0.15 if r <= 3000 else 0.17
        p.check(close(r, rev[y]) and close(c, total) and close(pre, r - c) and close(tax, pre * rate)
                and close(post, pre - tax), f"result row, tax {rate} {y}")
        p.check(pairs[y] <= 450 * 260 and sedge[y] <= 35000, f"capacity 117.000 pairs, 35 t sedge contract {y}")
        if y:
            p.check(r / res[y - 1][0] < 1.25, f"growth {y}")
    p.check(close(rev[0] / 2065, 1.19, 0.01) and close(1210 + 855, 2065), "+19 % on the 2026 estimate (2,07 tỷ)")
    p.check(250 + 120 + 90 + 100 + 40 == 600 and 600 + 80 + 320 == 1000 == 500 + 500, "capital 1.000, fixed 600")
    avg = sum(r[4] for r in res) / 3
    p.check(close(avg, 348.3, 0.001) and close(1000 / (avg + 60), 2.45, 0.01), "average profit, payback 2,45")
    p.has("22.000 đồng/đôi", "95.000 đồng/đôi", "60.000 đôi × 22.000 đồng = 1.320 triệu đồng",
          "12.000 đôi × 95.000 đồng = 1.140 triệu đồng; tổng 2.460 triệu đồng", "70.000 × 22.000 = 1.540 triệu đồng",
          "15.000 × 95.000 = 1.425 triệu đồng, tổng 2.965 triệu đồng", "80.000 × 22.000 = 1.760 triệu đồng",
          "18.000 × 95.000 = 1.710 triệu đồng, tổng 3.470 triệu đồng", "cói 356,4 triệu đồng và vật tư phụ 324 triệu đồng",
          "tiền công đan 600 triệu đồng và lương công nhân xưởng 432 triệu đồng", "bao bì 108 triệu đồng và điện 30 triệu đồng",
          "1.000 : (348,3 + 60) ≈ 2,45 năm", "khối lượng 35 tấn cói khô/năm", "tương đương 117.000 đôi/năm",
          "Tổng vốn đầu tư: 1.000 triệu đồng", "mã số 3001987642", "TCCS 01:2026/XL", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu số 398104", "bể lắng 3 ngăn")
    p.check(close(356.4 + 324, costs[0][0]) and close(600 + 432, costs[0][1]) and close(108 + 30, costs[0][2]),
            "2027 merged columns match the running text")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def z05() -> Plan:
    p = Plan("z05_bo_mot_nang_son_tay_htx")
    out, beef, bags, staff = (p.row("Thịt bò một nắng thành phẩm"), p.row("Thịt bò tươi cần dùng"),
                              p.row("Số túi 500 g"), p.row("Lao động chế biến"))
    sold, price, rev, cost = p.row("Sản lượng tiêu thụ"), p.row("Giá bán bình quân"), p.row("Doanh thu"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thịt bò tươi (180.000", "Gia vị", "Túi hút chân không", "Điện sấy", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận")
    true_rev = [sold[y] * price[y] / 1e6 for y in Y]  # triệu đồng
    for y in Y:
        p.check(sold[y] == out[y] and close(bags[y], out[y] * 2) and close(beef[y], out[y] * 1.7), f"output, beef 1,7 {y}")
        p.check(price[y] == 580000 and close(price[y], 290000 * 2), "580.000 đ/kg = 290.000 đ per 500 g")
        p.check(close(lines[0][y], beef[y] * 0.18) and close(lines[1][y], out[y] * 0.015)
                and close(lines[2][y], out[y] * 0.008) and close(lines[3][y], out[y] * 0.012)
                and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 70)
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost sum; profit consistent with the stated revenue {y}")
        p.check(out[y] <= 40 * 250, f"processing capacity 10.000 kg {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]), "2026 and 2028 revenue right")
    p.check(close(true_rev[1], 3480) and rev[1] == 3840 and off(rev[1], true_rev[1]),
            "PLANTED 2027 revenue 3.840 != 6.000 kg × 580.000 = 3.480 (+10,3 %)")
    supply = 30 * 100 + 6000
    p.check(supply == 9000 and beef[0] <= supply, "2026 beef within the 9.000 kg supply")
    p.check(all(off(beef[y], supply) and beef[y] > supply for y in (1, 2)),
            "PLANTED beef need 10.200 / 11.900 kg > 9.000 kg supply (+13 % / +32 %)")
    p.check(250 + 150 + 180 + 60 + 60 + 50 + 250 == 1000 == 600 + 400 and 250 + 150 + 180 + 60 + 60 == 700,
            "capital 1.000 = 600 + 400, fixed 700")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà sơ chế", "Kho lạnh 10", "Nhà phơi kính", "Máy hút chân không",
                                "Máy thái thịt", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1000, "investment table total on top")
    avg = sum(prof) / 3
    true_avg = (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(avg == 711 and close(1000 / (avg + 70), 1.28, 0.01), "stated payback 1,28 from the written profits")
    p.check(close(1000 / (true_avg + 70), 1.51, 0.01) and off(1.28, 1000 / (true_avg + 70)),
            "tolerated knock-on: true payback 1,51")
    p.check(close(out[0] / 4000, 1.25) and rev[1] / rev[0] < 1.5, "+25 % on 2025; stated growth under 50 %")
    p.has("290.000 đồng/túi", "tương đương 580.000 đồng/kg", "1,7 kg thịt bò tươi", "tổng 3.000 kg/năm", "6.000 kg/năm",
          "Tổng nguồn cung khoảng 9.000 kg thịt bò tươi/năm", "bảo đảm đủ nguyên liệu cho kế hoạch sản xuất 2026–2028",
          "(413 + 927 + 793) : 3 = 711", "1.000 : (711 + 70) ≈ 1,28 năm", "10.000 kg/năm")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|in trên bao bì",
            "PLANTED no label, label content or labelling decree")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/BVST", "nhãn hiệu \"Bò vàng Sơn Tây\"",
          "bể tách mỡ", "mã số 3002254716")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "replaced instrument")
    return p


def z06() -> Plan:
    p = Plan("z06_tra_gung_hoa_tan_huong_do_ctcp")
    h10, h20, sachets, kg, ginger, sugar = (p.row("Hộp 10 gói|"), p.row("Hộp 20 gói|"), p.row("Tổng số gói"),
                                            p.row("Thành phẩm|"), p.row("Gừng tươi|"), p.row("Đường|"))
    lines = [p.row(x) for x in ("Gừng tươi (16.000", "Đường (20.000", "Gói, hộp, nhãn", "Điện, nhiên liệu", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí|")
    res = [p.row(f"{2026 + y}|", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    workers = [12, 13, 14]
    rev = [h10[y] * 0.045 + h20[y] * 0.08 for y in Y]
    for y in Y:  # triệu đồng
        r, c, pre, tax, post = res[y]
        p.check(sachets[y] == h10[y] * 10 + h20[y] * 20 and close(kg[y], sachets[y] * 0.018)
                and close(ginger[y], kg[y] * 1.25) and close(sugar[y], kg[y] * 0.75), f"sachets, kg, ginger, sugar {y}")
        p.check(close(lines[0][y], ginger[y] * 0.016) and close(lines[1][y], sugar[y] * 0.02)
                and close(lines[2][y], h10[y] * 0.006 + h20[y] * 0.009) and close(lines[3][y], kg[y] * 0.01)
                and close(lines[4][y], workers[y] * 6.5 * 12) and close(lines[5][y], 150)
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 0.09)
                and close(lines[8][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]) and close(r, rev[y]), f"cost sum, revenue {y}")
        rate = 0.15 if r <= 3000 else 0.17
        p.check(close(tax, pre * rate) and close(post, pre - tax), f"tax {rate} on the written pre-tax profit {y}")
        p.check(ginger[y] <= 30000, f"ginger within the 30 t contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(res[1][2], res[1][0] - res[1][1]) and close(res[2][2], res[2][0] - res[2][1]), "2027, 2028 profit right")
    p.check(res[0][0] - res[0][1] == 502 and res[0][2] == 562 and off(res[0][2], 502),
            "PLANTED 2026 pre-tax profit 562,0 != 3.000 − 2.498 = 502 (+12 %)")
    capacity = 55 * 250
    p.check(capacity == 13750 and kg[0] <= capacity, "2026 within the 13.750 kg line")
    p.check(all(kg[y] > capacity and off(kg[y], capacity) for y in (1, 2)),
            "PLANTED 15.120 / 17.640 kg > 13.750 kg capacity (+10 % / +28 %)")
    p.check(close(kg[0] / 9000, 1.4), "+40 % on 2025 with the new line")
    items = [p.one(x) for x in ("Mở rộng, cải tạo", "Dây chuyền cô đặc", "Máy đóng gói", "Máy rửa", "Hệ thống xử lý",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng|") == 2000 == 1000 + 1000 and sum(items[:5]) == 1500,
            "capital 2.000 = 1.000 + 1.000, fixed 1.500")
    written = sum(r[4] for r in res) / 3
    true = (res[0][4] - (562 - 502) * 0.85 + res[1][4] + res[2][4]) / 3
    p.check(close(written, 685.7, 0.001) and close(2000 / (written + 150), 2.4, 0.01), "stated payback 2,4")
    p.check(not off(2000 / (written + 150), 2000 / (true + 150)), "no payback knock-on (true 2,44, within 5 %)")
    p.has("45.000 đồng/hộp", "80.000 đồng/hộp", "55 kg thành phẩm/ngày", "công suất 13.750 kg/năm",
          "Dây chuyền mới đáp ứng kế hoạch sản xuất của cả giai đoạn", "không cần đầu tư thêm thiết bị đến năm 2028",
          "= 1.800 + 1.200 = 3.000 triệu đồng", "(477,7 + 665,3 + 914,0) : 3 ≈ 685,7", "2.000 : (685,7 + 150) ≈ 2,4 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "hệ thống xử lý nước thải")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|\bISO\b|HACCP|phòng thử nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "replaced instrument")
    return p


def z07() -> Plan:
    p = Plan("z07_ruou_tao_meo_son_kim_cty")
    ch = [p.row(x) for x in ("Nhà hàng, khách sạn", "Đại lý, cửa hàng", "Điểm bán OCOP", "Bán trực tuyến")]
    ch_total = p.row("Tổng cộng")
    chai, binh, lit, rice, apple = (p.row("Chai 500 ml"), p.row("Bình 2 lít"), p.row("Rượu thành phẩm"),
                                    p.row("Gạo nếp|"), p.row("Táo mèo tươi"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo nếp (18.000", "Táo mèo (30.000", "Men, củi", "Chai, bình, hộp", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm", "Thuế tiêu thụ đặc biệt")]
    rev, pre, tax, post = p.row("Doanh thu"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [8, 9, 10]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], chai[y] * 0.5 + binh[y] * 2) and close(rice[y], lit[y] * 1.2)
                and close(apple[y], lit[y] * 0.35), f"litres, rice 1,2 kg/l, táo mèo 0,35 kg/l {y}")
        p.check(close(rev[y], chai[y] * 0.18 + binh[y] * 0.56), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.018) and close(lines[1][y], apple[y] * 0.03)
                and close(lines[2][y], lit[y] * 0.01) and close(lines[3][y], chai[y] * 0.015 + binh[y] * 0.04)
                and close(lines[4][y], workers[y] * 6.5 * 12) and close(lines[5][y], 90)
                and close(lines[6][y], [600, 450, 300][y] * 0.08) and close(lines[8][y], 100), f"cost lines {y}")
        p.check(close(lines[9][y], rev[y] * 65 / 165), f"excise 65 % on the pre-excise price {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, 17 % tax {y}")
        p.check(rice[y] <= 120 * 260 and rice[y] <= 30000 and apple[y] <= 10000 and lit[y] <= 30000,
                f"cooking capacity, contracts, steeping volume {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
        p.check(close(ch_total[y], lit[y]), f"channel total = output {y}")
    sums = [lines_sum(ch, y) for y in Y]
    p.check(close(sums[0], ch_total[0]) and close(sums[2], ch_total[2]), "2026 and 2028 channels add up")
    p.check(sums[1] == 16500 and ch_total[1] == 18000 and off(ch_total[1], sums[1]),
            "PLANTED 2027 channels 16.500 lít != 'Tổng cộng' 18.000 (+9,1 %)")
    p.check(close(lit[0] / 11500, 1.30, 0.01), "+30 % on 2025 with the new stills")
    p.check(300 + 200 + 150 + 150 + 100 == 900 and 900 + 100 + 500 == 1500 == 900 + 600, "capital 1.500, fixed 900")
    avg = sum(post) / 3
    true_payback = 1500 / (avg + 90)
    p.check(close(avg, 979.9, 0.001) and close(true_payback, 1.40, 0.01), "true payback 1,40")
    p.check(off(2.6, true_payback) and off(2.6, 1500 / avg) and off(2.6, 1500 / post[0]) and off(2.6, 1500 / (post[0] + 90)),
            "PLANTED stated 2,6 years matches no formula (1,40 / 1,53 / 2,04 / 1,82)")
    p.has("dự kiến khoảng 2,6 năm", "180.000 đồng/chai", "560.000 đồng/bình",
          "= 20.000 chai × 180.000 đồng + 2.500 bình × 560.000 đồng = 3.600 + 1.400 = 5.000 triệu đồng",
          "Tổng vốn đầu tư: 1.500 triệu đồng", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/TMSK", "QCVN 6-3:2010/BYT",
          "độ cồn 29 % vol", "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu số 451229", "chưng cất")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|bã rượu|\brác\b|khói|xử lý|nước làm mát|tái sử dụng|phân bón|chăn nuôi",
            "PLANTED no environmental measure for the distillery")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "replaced instrument")
    return p


def z08() -> Plan:
    p = Plan("z08_tom_chua_thach_kim_hkd")
    h3, h5, kg, shrimp, staff = (p.row("Hũ 300 g|"), p.row("Hũ 500 g|"), p.row("Tôm chua thành phẩm"),
                                 p.row("Tôm tươi nguyên liệu"), p.row("Lao động|"))
    rev, r3, r5 = p.row("Doanh thu|"), p.row("Hũ 300 g (75.000"), p.row("Hũ 500 g (120.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Tôm tươi (160.000", "Gia vị, đu đủ", "Hũ, nắp, nhãn", "Tiền công lao động",
                                 "Điện, nước, kho lạnh", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển")]
    prof = p.row("Lợi nhuận")
    for y in Y:  # đồng
        p.check(close(kg[y], h3[y] * 0.3 + h5[y] * 0.5) and close(shrimp[y], kg[y] * 0.7), f"kg, shrimp 0,7 {y}")
        p.check(close(r3[y], h3[y] * 75000) and close(r5[y], h5[y] * 120000) and close(rev[y], r3[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], shrimp[y] * 160000) and close(lines[1][y], kg[y] * 12000)
                and close(lines[2][y], h3[y] * 6000 + h5[y] * 8000) and close(lines[3][y], staff[y] * 5.5e6 * 12)
                and close(lines[5][y], 30e6) and close(lines[6][y], [200e6, 150e6, 100e6][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(shrimp[y] <= 9000 and kg[y] <= 45 * 260, f"shrimp supply, capacity 11.700 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 6500, 1.23, 0.01), "+23 % on 2025")
    items = [p.one(x) for x in ("Cải tạo, mở rộng khu", "Kho lạnh 10", "Tủ đông, tủ mát", "Máy xay gia vị", "Máy đóng nắp",
                                "Thiết kế nhãn", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 500e6 and sum(items[:5]) == 300e6, "investment items = stated total 500.000.000, fixed 300")
    sources = 250e6 + 200e6
    p.check(sources == 450e6 and off(sources, total), "PLANTED sources 450.000.000 != total 500.000.000 (−10 %)")
    avg = sum(prof) / 3
    p.check(close(avg, 407.9e6, 0.001) and close(500e6 / (avg + 30e6), 1.14, 0.01), "average profit, payback 1,14")
    p.check(kg[0] == 8000 and off(9500, kg[0]) and kg[2] == 10000,
            "PLANTED objectives 9,5 tấn for 2026 != 8.000 kg in the plan (+18,75 %); 2028 agrees")
    obj = p.section("# 3) Mục tiêu", "# 4)")
    p.check("năm 2026 đạt 9,5 tấn" in obj and "năm 2028 đạt 10 tấn" in obj, "the 9,5 tấn sits in the objectives")
    p.has("Tổng vốn đầu tư của phương án: 500.000.000 đồng.", "vốn tự có của gia đình 250.000.000 đồng",
          "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 200.000.000 đồng", "75.000 đồng/hũ", "120.000 đồng/hũ",
          "(358.800.000 + 385.900.000 + 479.000.000) : 3 = 407.900.000", "500.000.000 : (407.900.000 + 30.000.000) ≈ 1,14 năm",
          "năm 2026 là 5.600 kg", "tổng khoảng 9.000 kg tôm tươi/năm", "tương đương 11.700 kg/năm",
          "Hộ kinh doanh Tôm chua Ngọc Hà", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/NH",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|mã số thuế|\bMST\b|số đăng ký|thuế",
            "PLANTED no business registration, number or tax code")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "replaced instrument")
    return p


def z09() -> Plan:
    p = Plan("z09_vuon_cam_huong_trach_htx")
    visitors = [8000, 20000, 48000]
    meals = [v * 0.4 for v in visitors]
    oranges = [v * 2 for v in visitors]  # kg
    tickets = [v * 0.08 for v in visitors]  # triệu đồng
    food = [m * 0.12 for m in meals]
    fruit = [k * 0.025 for k in oranges]
    rev = [tickets[y] + food[y] + fruit[y] for y in Y]
    staff = [p.row(f"{2026 + y}|", 2)[0] for y in Y]
    cost = [oranges[y] * 0.012 + food[y] * 0.55 + staff[y] * 6 * 12 + [48, 60, 90][y] + 100 + [400, 300, 200][y] * 0.07
            + [60, 70, 80][y] + 50 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    tax = [pre[y] * (0.15 if rev[y] <= 3000 else 0.17) for y in Y]
    post = [pre[y] - tax[y] for y in Y]
    p.check(staff == [8, 12, 18], "staff 8 / 12 / 18")
    p.check([round(x) for x in rev] == [1424, 3560, 8544], "revenue 1.424 / 3.560 / 8.544")
    p.check([round(x, 1) for x in cost] == [1265.2, 2173.0, 4049.2], "cost 1.265,2 / 2.173 / 4.049,2")
    p.check([round(x, 1) for x in pre] == [158.8, 1387.0, 4494.8], "pre-tax profit")
    p.check([round(x, 1) for x in tax] == [23.8, 235.8, 764.1] and [round(x, 1) for x in post] == [135.0, 1151.2, 3730.7],
            "15 % / 17 % tax, after-tax profit")
    avg = sum(round(x, 1) for x in post) / 3
    p.check(close(avg, 1672.3, 0.001) and close(1200 / (avg + 100), 0.68, 0.01), "average profit, payback 0,68")
    p.check(all(v <= 250 * 220 for v in visitors) and 250 * 220 == 55000, "visitors within the 55.000 reception capacity")
    p.check(oranges[2] <= 12 * 20 * 1000, "96 t of oranges within 240 t")
    items = [p.one(x) for x in ("Nhà đón khách", "Khu vệ sinh", "Đường dạo", "2 xe điện", "Thiết kế chương trình",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 800 + 400 and sum(items[:4]) == 800 and 800 / 8 == 100,
            "capital 1.200 = 800 + 400, fixed 800 over 8 years")
    g1, g2 = visitors[1] / visitors[0] - 1, visitors[2] / visitors[1] - 1
    p.check(g1 >= 1.0 and g2 >= 1.0 and rev[1] / rev[0] - 1 >= 1.0 and rev[2] / rev[1] - 1 >= 1.0,
            "PLANTED growth +150 % and +140 % a year, sustained")
    p.check(visitors[2] > 30000 and off(visitors[2], 30000) and visitors[2] / 3000 > 10 and visitors[2] / 5500 > 8,
            "PLANTED 48.000 visitors > the whole area's 30.000 in 2025; 16 × the agency agreements; 8,7 × 2025")
    p.has("đón 5.500 lượt khách", "8.000 lượt năm 2026, 20.000 lượt năm 2027 và 48.000 lượt năm 2028",
          "tổng cộng khoảng 30.000 lượt khách", "khoảng 3.000 lượt khách/năm", "Các năm 2027, 2028 không đầu tư thêm",
          "80.000 đồng/lượt", "120.000 đồng/suất", "25.000 đồng/kg", "tổng 1.424 triệu đồng", "tổng 3.560 triệu đồng",
          "tổng 8.544 triệu đồng", "tổng chi phí 1.265,2 triệu đồng", "tổng chi phí 2.173 triệu đồng",
          "tổng chi phí 4.049,2 triệu đồng", "(135,0 + 1.151,2 + 3.730,7) : 3 ≈ 1.672,3", "1.200 : (1.672,3 + 100) ≈ 0,68 năm",
          "Sức chứa tối đa 250 khách/ngày", "55.000 lượt khách/năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "mã số 3002276150", "bể tự hoại 3 ngăn")
    p.check(p.count("Hợp tác xã Du lịch Sinh thái Khe Giao") == 2 and p.count("Khe Giao") == 2,
            "PLANTED a second producer name, twice")
    p.check(p.count("Hợp tác xã Nông nghiệp Sinh thái Hương Trạch") >= 2, "the true name is there too")
    p.lacks(r"nhãn|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|chỉ dẫn địa lý|bản quyền|nhận diện",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "replaced instrument")
    return p


def z10() -> Plan:
    p = Plan("z10_nuoc_cot_gung_mat_ong_thach_ngoc_tht")
    c250, c500, lit, ginger, honey = (p.row("Chai 250 ml"), p.row("Chai 500 ml"), p.row("Tổng sản lượng"),
                                      p.row("Gừng tươi|"), p.row("Mật ong|"))
    lines = [p.row(x) for x in ("Gừng tươi (20.000", "Mật ong (150.000", "Chai, nắp, nhãn", "Tiền công lao động",
                                 "Điện, nhiên liệu", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Tổng doanh thu"), p.row("Lợi nhuận")
    workers = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], c250[y] * 0.25 + c500[y] * 0.5) and close(ginger[y], lit[y] * 0.6)
                and close(honey[y], lit[y] * 0.35), f"litres, ginger 0,6, honey 0,35 {y}")
        p.check(close(rev[y], c250[y] * 0.058 + c500[y] * 0.1), f"revenue {y}")
        p.check(close(lines[0][y], ginger[y] * 0.02) and close(lines[1][y], honey[y] * 0.15)
                and close(lines[2][y], c250[y] * 0.007 + c500[y] * 0.01) and close(lines[3][y], workers[y] * 5 * 12)
                and close(lines[4][y], lit[y] * 0.005) and close(lines[5][y], 30)
                and close(lines[6][y], [200, 150, 100][y] * 0.07) and close(lines[8][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(ginger[y] <= 24000 and honey[y] <= 4000 and lit[y] <= 100 * 200, f"supply, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.has("| 2026 | Chai 250 ml | 16.000 chai | 58.000 đ | 928 tr.đ |", "| 2026 | Chai 500 ml | 4.000 chai | 100.000 đ | 400 tr.đ |",
          "| 2027 | Chai 250 ml | 19.200 chai | 58.000 đ | 1.113,6 tr.đ |", "| 2027 | Chai 500 ml | 4.800 chai | 100.000 đ | 480 tr.đ |",
          "| 2028 | Chai 250 ml | 22.400 chai | 58.000 đ | 1.299,2 tr.đ |", "| 2028 | Chai 500 ml | 5.600 chai | 100.000 đ | 560 tr.đ |")
    p.check(close(16000 * 0.058, 928) and close(22400 * 0.058, 1299.2), "cells of the revenue table")
    p.check(close(lit[0] / 4800, 1.25), "+25 % on 2025")
    p.check(1800 + 1200 + 1200 + 1800 == lit[0], "2026 quarters add up to 6.000 lít")
    p.has("quý I 1.800 lít, quý II 1.200 lít, quý III 1.200 lít, quý IV 1.800 lít")
    p.check(100 + 50 + 60 + 60 + 30 == 300 and 300 + 50 + 250 == 600 == 400 + 200, "capital 600 = 400 + 200, fixed 300")
    avg = sum(prof) / 3
    p.check(close(avg, 335.3, 0.001) and close(600 / (avg + 30), 1.64, 0.01), "average profit, payback 1,64")
    p.has("58.000 đồng/chai", "100.000 đồng/chai", "(235 + 315,3 + 455,6) : 3 = 335,3", "600 : (335,3 + 30) ≈ 1,64 năm",
          "Tổng vốn đầu tư 600 triệu đồng", "Giấy chứng nhận đăng ký tổ hợp tác số 11/GCN-THT", "TCCS 01:2026/GMO",
          "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể 2 ngăn")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|cam kết sản xuất|15/2018|55/2010|HACCP|\bISO\b|vệ sinh thực phẩm|"
            r"khám sức khỏe|kiến thức", "PLANTED no food-safety certificate, commitment or plan")
    market = p.section("# 5. Phân tích thị trường", "# 6.")
    p.lacks(r"cửa hàng|đại lý|siêu thị|\bchợ\b|điểm bán|trực tuyến|online|facebook|zalo|shopee|tiktok|sàn |phân phối|"
            r"bán lẻ|bán buôn|nhà hàng|khách sạn|du lịch|xuất khẩu|đơn hàng|thương lái|hợp đồng bán|bao tiêu",
            "PLANTED no sales channel anywhere")
    p.check(not re.search(r"khách|giá|đồng|đ/|người tiêu dùng|\bbán\b", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.has("Quyết định số 490/QĐ-TTg", "Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg",
          "3 sao theo Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg", "PLANTED the current instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("z11_banh_in_duc_dong_so_sai")
    a.check(3000 * 40000 == 120e6, "3.000 hộp × 40.000 đ = 120 triệu")
    a.has("khoảng 3.000 hộp bánh", "40.000 đồng/hộp", "khoảng 120 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2023")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, about a page")
    a.lacks(r"nguyên liệu|quy trình|vốn đầu tư|\bvốn\b.*triệu|chi phí|lợi nhuận|hoàn vốn|an toàn thực phẩm|tiêu chuẩn|"
            r"nhãn|môi trường", "sketchy: no raw material, process, capital, finance or compliance text")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("z12_lac_rang_hung_liu_thach_van_so_sai")
    b.has("khoảng 300 kg lạc rang", "120.000 đồng/kg", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"doanh thu|chi phí|lợi nhuận|vốn đầu tư|an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|giấy chứng nhận|mã số",
            "sketchy: no revenue, finance, registration or compliance text")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (z01, z02, z03, z04, z05, z06, z07, z08, z09, z10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
