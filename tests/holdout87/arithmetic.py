"""Holdout set 87's own arithmetic, recomputed from the plans' sources: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout87/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, wages, payback,
raw-material need vs supply, output vs capacity (yearly and, for the bánh gai plan, monthly),
growth on the last actual year. Planted numeric defects are asserted wrong by more than 5 % with
the true value computed, everything else right within 1 %. Table figures are read from the
plan's Markdown; figures quoted in running text are looked up verbatim so that they cannot drift
from the tables. The textual planted defects (no label, replaced instruments, no quality control,
no environmental measure, a second producer name, no food safety, no raw-material section, no
product standard, template placeholders) are asserted by the absence or presence of their words;
the ready plans cite no replaced instrument and hold no placeholder.
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


# Instruments replaced before mid-2026 (QĐ 1048 / 781 / 490 by QĐ 148; Luật HTX 2012 by the 2023 law;
# TT 03/2014 by TT 07/2019; NĐ 38/2012 and 89/2006 by NĐ 15/2018 and 43/2017) and the district level
# abolished on 1/7/2025. A ready plan must cite none of them.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|03/2014|Luật Hợp tác xã (năm )?2012|"
            r"cấp huyện|UBND huyện|Phòng Nông nghiệp")
LABEL_WORDS = r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô"
QC_WORDS = (r"kiểm soát chất lượng|truy xuất|nhật ký|sổ theo dõi|ghi sổ|ghi chép|mã lô|số lô|\blô\b|lưu mẫu|"
            r"HACCP|ISO|\bQR\b|mã vạch|kiểm tra chất lượng")
ENV_WORDS = (r"môi trường|nước thải|chất thải|\brác\b|xử lý|bể lắng|hố lắng|hố ga|khói|bụi|\btro\b|"
             r"thu gom|biogas|ủ phân")
ATTP_WORDS = (r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|"
              r"công bố sản phẩm|cam kết")
STANDARD_WORDS = r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm"


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or the abolished district level")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


# --------------------------------------------------------------------------- ready plans

def cj01() -> Plan:
    p = Plan("cj01_gao_thom_huu_co_tung_chau_htx")
    t2, t5, bb, kg = (p.row("Gạo túi 2 kg|"), p.row("Gạo túi 5 kg|"), p.row("Gạo bao 25 kg bán buôn"),
                      p.row("Tổng gạo thành phẩm"))
    area, yld, bought, need, spare = (p.row("Diện tích lúa hữu cơ", skip=1), p.row("Năng suất bình quân"),
                                      p.row("Thóc hữu cơ thu mua"), p.row("Thóc cần cho sản xuất"),
                                      p.row("Thóc dư bán giống"))
    staff = p.row("Cộng lao động thường xuyên")
    rev, r2, r5, rb = (p.row("Doanh thu|", skip=1), p.row("Gạo túi 2 kg (70.000"), p.row("Gạo túi 5 kg (165.000"),
                       p.row("Gạo bao bán buôn (28.000"))
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thóc hữu cơ (11.000", "Bao bì, túi, hộp, nhãn", "Điện sấy, xay xát", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Duy trì chứng nhận",
                                 "Quản lý và chi phí khác")]
    prof = p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng; tấn for paddy
        p.check(kg[y] == t2[y] * 2 + t5[y] * 5 + bb[y], f"kg of rice {y}")
        p.check(close(need[y], kg[y] * 1.6 / 1000) and close(bought[y], area[y] * yld[y] * 2)
                and close(spare[y], bought[y] - need[y]) and need[y] <= bought[y], f"paddy 1,6 kg/kg within 336 tấn {y}")
        p.check(close(r2[y], t2[y] * 0.07) and close(r5[y], t5[y] * 0.165) and close(rb[y], bb[y] * 0.028)
                and close(rev[y], r2[y] + r5[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 1000 * 0.011) and close(lines[1][y], t2[y] * 0.004 + t5[y] * 0.007 + bb[y] * 0.0005)
                and close(lines[2][y], kg[y] * 0.0006), f"paddy, packaging, power {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 1800 / 10)
                and close(lines[5][y], [1000, 750, 500][y] * 0.08) and close(lines[6][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(need[y] <= 2 * 250, f"mill 2 tấn paddy/day × 250 days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 120000, 1.25) and close(kg[1] / kg[0], 1.13, 0.01) and close(kg[2] / kg[1], 1.12, 0.01),
            "+25 % on 2026, then +13 % / +12 %")
    items = [p.one(x) for x in ("Nhà kho chứa thóc", "Máy sấy thóc tĩnh 10", "Dây chuyền xay xát, đánh bóng",
                                "Máy đóng gói hút chân không (2", "Thiết kế bao bì, nhãn, tem", "Vốn lưu động thu mua")]
    fixed = p.one("Cộng tài sản cố định")
    p.check(sum(items[:4]) == fixed == 1800 and sum(items) == p.one("Tổng vốn đầu tư") == 2500, "investment 2.500, fixed 1.800")
    src = [p.row(x, 2) for x in ("Vốn góp bổ sung", "Quỹ đầu tư phát triển", "Vay Ngân hàng Nông nghiệp")]
    p.check(sum(s[0] for s in src) == 2500 and p.row("Cộng|", 2) == [2500, 100]
            and all(close(s[1], s[0] / 25) for s in src), "sources 1.000 + 500 + 1.000 = 2.500, shares")
    avg = round(sum(prof) / 3, 1)
    p.check(avg == 609.9 and close(2500 / (avg + 180), 3.2, 0.02), "average profit 609,9; payback 3,2")
    p.check(close(prof[0] / rev[0], 0.091, 0.02) and close(prof[2] / rev[2], 0.127, 0.02), "margin 9–13 %")
    p.check(close(need[0] * 2.5, 600) and close(need[2] * 2.5, 760), "members gain 600–760 triệu at +2.500 đ/kg")
    p.check(staff == [10, 11, 12], "10–12 workers")
    p.has("70.000 đồng/túi", "165.000 đồng/túi", "28.000 đồng/kg", "150 tấn năm 2027, 170 tấn năm 2028 và 190 tấn năm 2029",
          "4.830 triệu đồng năm 2027, tăng lên 6.134 triệu đồng năm 2029", "(440,5 + 609,9 + 779,3) : 3 = 609,9",
          "2.500 : (609,9 + 180) ≈ 3,2 năm", "năng lực 500 tấn thóc/năm", "giá 11.000 đồng/kg thóc khô",
          "Tổng vốn đầu tư của phương án là 2.500 triệu đồng", "4.000 đồng/túi 2 kg, 7.000 đồng/túi 5 kg và 500 đồng/kg",
          "trả gốc đều 250 triệu đồng/năm", "mỗi năm 180 triệu đồng", "33.000–35.000 đồng/kg")
    p.check(close(70000 / 2, 35000) and close(165000 / 5, 33000), "33.000–35.000 đ/kg for the small bags")
    ready_text(p)
    return p


def cj02() -> Plan:
    p = Plan("cj02_keo_cu_do_lam_hong_cty")
    hop, goi, kg = p.row("Hộp quà 400 g|"), p.row("Gói 200 g|"), p.row("Tổng sản lượng kẹo")
    lac, mat, bd = p.row("Lạc nhân|"), p.row("Mật mía|"), p.row("Bánh đa vừng|")
    staff = p.row("Tổng số lao động")
    rev, rh, rg = p.row("Doanh thu|", skip=1), p.row("Hộp quà 400 g (65.000"), p.row("Gói 200 g (32.000")
    cost = p.row("Chi phí|")
    lines = [p.row("Lạc nhân|", skip=1), p.row("Mật mía|", skip=1), p.row("Bánh đa vừng|", skip=1)] + [
        p.row(x) for x in ("Gừng, vừng, phụ liệu", "Bao bì (hộp", "Nhiên liệu, điện", "Tiền lương",
                           "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế", skip=1)
    for y in Y:  # đồng
        p.check(kg[y] == hop[y] * 0.4 + goi[y] * 0.2, f"kg {y}")
        p.check(close(lac[y], kg[y] * 0.35) and close(mat[y], kg[y] * 0.45) and close(bd[y], kg[y] * 0.1), f"norms {y}")
        p.check(lac[y] <= 15000 and mat[y] <= 18000 and bd[y] <= 4000, f"peanuts 15 t, molasses 18 t, crackers 4 t {y}")
        p.check(close(rh[y], hop[y] * 65000) and close(rg[y], goi[y] * 32000) and close(rev[y], rh[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 45000) and close(lines[1][y], mat[y] * 25000) and close(lines[2][y], bd[y] * 60000)
                and close(lines[3][y], kg[y] * 2000) and close(lines[4][y], hop[y] * 6000 + goi[y] * 2500)
                and close(lines[5][y], kg[y] * 3000), f"material, packaging, fuel {y}")
        p.check(close(lines[6][y], staff[y] * 7e6 * 12) and close(lines[7][y], 1.2e9 / 8)
                and close(lines[8][y], [800e6, 600e6, 400e6][y] * 0.075) and close(lines[9][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e9 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 150 * 280, f"capacity 42.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(3 * 2 * 25 == 150 and 150 * 280 == 42000, "3 batches × 2 pots ≈ 150 kg/day; 42.000 kg/year")
    p.check(close(kg[0] / 25000, 1.12), "+12 % on 2026")
    inv = [p.one(x) for x in ("Mở rộng nhà xưởng 150", "Máy rang lạc|", "Nồi nấu mật inox (2", "Máy cán, cắt kẹo|",
                              "Máy đóng gói, hàn màng|", "Thiết kế bao bì, nhãn, tiêu chuẩn", "Vốn lưu động")]
    p.check(inv[1] == 150e6, "peanut roaster read from the investment table")
    p.check(sum(inv[:5]) == p.one("Cộng tài sản cố định") == 1.2e9 and sum(inv) == p.one("Tổng cộng") == 1.8e9
            and 1e9 + 800e6 == 1.8e9, "investment 1,8 tỷ = 1 tỷ + 800 triệu")
    avg = sum(post) / 3
    p.check(round(avg) == 848625200 and close(1.8e9 / (avg + 150e6), 1.8, 0.01), "average 848.625.200, payback 1,8")
    p.check(close(65000 / 0.4, 162500) and close(32000 / 0.2, 160000), "160.000–162.500 đ/kg")
    p.check(staff == [18, 19, 20], "18–20 workers")
    p.has("65.000 đồng/hộp", "32.000 đồng/gói", "28.000 kg năm 2027, 31.200 kg năm 2028 và 34.400 kg năm 2029",
          "Doanh thu năm 2027 đạt 4.520.000.000 đồng, năm 2029 đạt 5.554.000.000 đồng",
          "Tổng vốn đầu tư của phương án là 1.800.000.000 đồng", "Vốn chủ sở hữu: 1.000.000.000 đồng (56%)",
          "800.000.000 đồng (44%)", "60.000.000 đồng năm 2027, 45.000.000 đồng năm 2028, 30.000.000 đồng năm 2029",
          "mỗi năm 150.000.000 đồng", "1.800.000.000 : (848.625.200 + 150.000.000) ≈ 1,8 năm",
          "15 tấn lạc nhân loại 1/năm", "18 tấn mật mía", "tổng 4 tấn/năm", "công suất tối đa 42.000 kg/năm")
    ready_text(p)
    return p


def cj03() -> Plan:
    p = Plan("cj03_bun_kho_tu_oanh_hkd")
    tr, lu, kg = p.row("Bún gạo trắng gói 500 g"), p.row("Bún gạo lứt gói 500 g"), p.row("Tổng sản lượng bún khô")
    gt, gl, g = p.row("Gạo tẻ Khang dân"), p.row("Gạo lứt đỏ"), p.row("Tổng gạo nguyên liệu")
    rt, rl, rev = p.row("Bún gạo trắng (25.000"), p.row("Bún gạo lứt (35.000"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Gạo nguyên liệu (gạo tẻ", "Túi, nhãn, thùng", "Điện, củi", "Tiền công lao động thuê",
                                 "Khấu hao máy móc", "Lãi vay", "Chi phí bán hàng", "Thuế (1,5%", "Chi phí khác")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"Năm {2027 + y}", 4) for y in Y]  # years as rows: output, revenue, cost, profit
    hired = [4, 4, 5]
    for y in Y:  # triệu đồng
        p.check(kg[y] == (tr[y] + lu[y]) * 0.5, f"kg {y}")
        p.check(close(gt[y], tr[y] * 0.5 * 1.2) and close(gl[y], lu[y] * 0.5 * 1.2) and g[y] == gt[y] + gl[y]
                and close(g[y], kg[y] * 1.2), f"rice 1,2 kg/kg {y}")
        p.check(gt[y] <= 26000 and gl[y] <= 10000 and g[y] <= 36000, f"rice within 26 + 10 tấn contracts {y}")
        p.check(close(rt[y], tr[y] * 0.025) and close(rl[y], lu[y] * 0.035) and close(rev[y], rt[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], gt[y] * 0.014 + gl[y] * 0.018) and close(lines[1][y], (tr[y] + lu[y]) * 0.0015)
                and close(lines[2][y], kg[y] * 0.002), f"rice, packs, power {y}")
        p.check(close(lines[3][y], hired[y] * 5.5 * 12) and close(lines[4][y], 240 / 6)
                and close(lines[5][y], [200, 150, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(s[0] == kg[y] and close(s[1], rev[y]) and close(s[2], cost[y]) and close(s[3], s[1] - s[2]),
                f"years-as-rows summary {y}")
        p.check(kg[y] <= 120 * 250 and close(15 * 8, 120), f"press 120 kg/day × 250 days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(kg[0] / 16000, 1.25), "+25 % on 2026")
    inv = [p.one("Máy ép bún khô tự động|"), p.one("Lò sấy bún|"), p.one("Máy xay bột nước|"),
           p.one("Máy đóng gói, hàn túi|", skip=1), p.one("Thiết kế bao bì, nhãn, kiểm nghiệm"), p.one("Vốn lưu động")]
    p.check(sum(inv[:4]) == p.one("Cộng máy móc thiết bị") == 240 and sum(inv) == p.one("Tổng cộng") == 400 == 200 + 200,
            "investment 400 = 200 + 200, machines 240")
    prof = [s[3] for s in summary]
    avg = round(sum(prof) / 3, 1)
    p.check(avg == 288.2 and close(400 / (avg + 40), 1.2, 0.02), "average 288,2, payback 1,2")
    p.check(close(25000 / 0.5, 50000) and close(35000 / 0.5, 70000), "50.000 / 70.000 đ/kg")
    p.has("25.000 đồng/gói", "35.000 đồng/gói", "20.000 kg năm 2027, 22.500 kg năm 2028, 25.000 kg năm 2029",
          "1.100 triệu đồng năm 2027, 1.245 triệu đồng năm 2028, 1.390 triệu đồng năm 2029", "Tổng vốn đầu tư 400 triệu đồng",
          "vốn tự có của gia đình 200 triệu đồng", "trả gốc 50 triệu đồng/năm (lãi 14 triệu đồng năm 2027; 10,5 triệu đồng năm 2028; 7 triệu đồng năm 2029)",
          "khấu hao trong 6 năm, 40 triệu đồng/năm", "(230,5 + 310,2 + 324) : 3 ≈ 288,2", "400 : (288,2 + 40) ≈ 1,2 năm",
          "gạo tẻ 26 tấn/năm", "gạo lứt đỏ 10 tấn/năm", "Tổng nguồn cung 36 tấn/năm", "khoảng 120 kg bún khô/ngày",
          "được 30.000 kg/năm")
    ready_text(p)
    return p


def cj04() -> Plan:
    p = Plan("cj04_banh_gai_yen_ho_tht")
    le, hop, ch = p.row("Bánh chiếc lẻ|"), p.row("Hộp quà 10 chiếc|"), p.row("Tổng số bánh")
    nep, do, la = p.row("Gạo nếp cái hoa vàng"), p.row("Đỗ xanh tách vỏ"), p.row("Lá gai khô|")
    rev, rl, rh = p.row("Doanh thu|"), p.row("Bánh chiếc lẻ (10.000"), p.row("Hộp quà 10 chiếc (110.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo nếp (30.000", "Đỗ xanh (40.000", "Lá gai khô (50.000", "Đường, mật (25.000",
                                 "Dừa, lạc, vừng", "Lá chuối, lạt", "Hộp quà (8.000", "Gas, điện", "Tiền công khoán",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # nghìn đồng
        p.check(ch[y] == le[y] + hop[y] * 10, f"cakes {y}")
        p.check(close(nep[y], ch[y] * 0.05) and close(do[y], ch[y] * 0.02) and close(la[y], ch[y] * 0.008), f"norms {y}")
        p.check(nep[y] <= 16000 and do[y] <= 6000 and la[y] <= 3 * 1000, f"sticky rice 16 t, beans 6 t, leaves 3 t {y}")
        p.check(close(rl[y], le[y] * 10) and close(rh[y], hop[y] * 110) and close(rev[y], rl[y] + rh[y]), f"revenue {y}")
        per = [1.5, 0.8, 0.4, 0.5, 0.9, 0.4]
        p.check(all(close(lines[i][y], ch[y] * per[i]) for i in range(6)) and close(lines[6][y], hop[y] * 8)
                and close(lines[7][y], ch[y] * 0.3) and close(lines[8][y], ch[y] * 2.0), f"per-cake costs {y}")
        p.check(close(lines[9][y], 400000 / 8) and close(lines[10][y], [300000, 200000, 100000][y] * 0.07)
                and close(lines[11][y], rev[y] * 0.06), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(ch[y] <= 1800 * 300, f"yearly steaming capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    months = [p.row(f"Tháng {m}|", 2) for m in range(1, 13)]
    total = p.row("Cả năm", 2)
    p.check(sum(m[0] for m in months) == total[0] == ch[0] and sum(m[1] for m in months) == total[1] == nep[0],
            "monthly schedule adds up to 230.000 chiếc and 11.500 kg rice")
    p.check(all(close(m[1], m[0] * 0.05) for m in months), "monthly rice = cakes × 0,05 kg")
    p.check(max(m[0] for m in months) == 36000 <= 2 * 300 * 3 * 26 == 46800, "peak month 36.000 ≤ 46.800")
    p.check(close(ch[0] / 200000, 1.15) and close(ch[1] / ch[0], 1.11, 0.01) and close(ch[2] / ch[1], 1.10, 0.01),
            "+15 % on 2026, then about +10 %")
    inv = [p.one("Cải tạo xưởng chung"), p.one("Nồi hấp inox, bếp gas công nghiệp|"),
           p.one("Máy xay bột nếp, máy xay đỗ|", skip=1), p.one("Máy hút chân không|", skip=1), p.one("Tủ mát bảo quản|"),
           p.one("Thiết kế bao bì, nhãn, kiểm nghiệm"), p.one("Vốn lưu động")]
    p.check(sum(inv[:5]) == p.one("Cộng tài sản cố định") == 400000 and sum(inv) == p.one("Tổng cộng") == 600000
            == 300000 + 300000, "investment 600.000 = 300.000 + 300.000, fixed 400.000")
    avg = sum(prof) / 3
    p.check(avg == 551600 and close(600000 / (avg + 50000), 1.0, 0.01), "average 551.600, payback 1,0")
    p.check(close(rev[0] / 1e6, 2.38) and close(rev[2] / 1e6, 2.9), "2,38 and 2,9 tỷ")
    p.has("10.000 đồng/chiếc", "110.000 đồng/hộp", "230.000 chiếc năm 2027, 255.000 chiếc năm 2028, 280.000 chiếc năm 2029",
          "Tổng vốn đầu tư 600 triệu đồng", "thành viên góp 300 triệu đồng", "trả gốc 100 triệu đồng/năm",
          "2 nồi × 300 chiếc/mẻ × 3 mẻ/ngày = 1.800 chiếc/ngày", "46.800 chiếc/tháng", "hợp đồng 16 tấn/năm",
          "hợp đồng 6 tấn/năm", "tổng 3 tấn", "600.000 : (551.600 + 50.000) ≈ 1,0 năm", "2.000 đồng/chiếc bánh")
    ready_text(p)
    return p


# --------------------------------------------------------------------------- revise plans

def cj05() -> Plan:
    p = Plan("cj05_banh_da_vung_kim_song_htx")
    tui, bu, ch, kg = (p.row("Bánh đa túi 10 chiếc|"), p.row("Bánh đa bán buôn|"), p.row("Tổng số bánh"),
                       p.row("Khối lượng bánh khô"))
    gao, vung = p.row("Gạo tẻ|"), p.row("Vừng đen|")
    rev, rt, rb = p.row("Doanh thu|"), p.row("Bánh đa túi 10 chiếc (30.000"), p.row("Bánh đa bán buôn (2.600")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo tẻ (13.000", "Vừng đen (70.000", "Gừng, muối, đường", "Túi PE, thùng carton",
                                 "Điện, than sấy", "Tiền công khoán", "Lương bộ phận quản lý", "Khấu hao tài sản cố định",
                                 "Lãi vay", "Bán hàng, vận chuyển, quảng bá", "Chi phí quản lý khác")]
    prof = p.row("Lợi nhuận|")
    true_rev = [rt[y] + bu[y] * 0.0026 for y in Y]
    for y in Y:  # triệu đồng
        p.check(ch[y] == tui[y] * 10 + bu[y] and close(kg[y], ch[y] * 0.05), f"cakes, 50 g each {y}")
        p.check(close(gao[y], kg[y] * 1.0) and close(vung[y], kg[y] * 0.08) and gao[y] <= 60000 and vung[y] <= 5000,
                f"rice 1 kg/kg ≤ 60 t, sesame 0,08 ≤ 5 t {y}")
        p.check(close(rt[y], tui[y] * 0.03) and close(rev[y], rt[y] + rb[y]), f"bag revenue; total = sub-rows {y}")
        p.check(close(lines[0][y], gao[y] * 0.013) and close(lines[1][y], vung[y] * 0.07) and close(lines[2][y], kg[y] * 0.001)
                and close(lines[3][y], tui[y] * 0.0012 + bu[y] * 0.00005) and close(lines[4][y], kg[y] * 0.002)
                and close(lines[5][y], ch[y] * 0.0003) and close(lines[6][y], 3 * 6 * 12), f"variable costs {y}")
        p.check(close(lines[7][y], 600 / 10) and close(lines[8][y], [400, 300, 200][y] * 0.07)
                and close(lines[9][y], true_rev[y] * 0.06), f"depreciation, interest, selling 6 % of true revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost sum; profit consistent with the stated revenue {y}")
        p.check(ch[y] <= 4500 * 280, f"line 4.500 chiếc/day × 280 days {y}")
    p.check(close(rb[0], bu[0] * 0.0026) and close(rb[1], bu[1] * 0.0026), "2027, 2028 wholesale revenue right")
    p.check(bu[2] * 0.0026 == 1560 and off(rb[2], 1560) and close(rb[2] / 1560, 1.167, 0.01),
            "PLANTED 2029 wholesale 1.820 != 600.000 × 2.600 đ = 1.560 (+16,7 %)")
    p.check(true_rev[2] == 3000 and off(rev[2], 3000) and close(rev[2] / 3000, 1.087, 0.01),
            "PLANTED 2029 revenue total 3.260 != 3.000 (+8,7 %)")
    p.check(close(prof[2] - 260, true_rev[2] - cost[2]), "true 2029 profit 902")
    p.check(70 + 300 + 150 + 80 == 600 and 600 + 50 + 350 == 1000 == 600 + 400
            and p.one("Tổng cộng") == 1000 and p.one("Cộng tài sản cố định") == 600, "investment 1.000 = 600 + 400")
    written = sum(prof) / 3
    true = (prof[0] + prof[1] + true_rev[2] - cost[2]) / 3
    p.check(close(written, 878.2, 0.001) and close(1000 / (written + 60), 1.07, 0.01), "stated 1,1 years from the written profit")
    p.check(close(true, 791.5, 0.001) and close(1000 / (true + 60), 1.17, 0.01) and off(1.07, 1000 / (true + 60)),
            "tolerated knock-on: true payback 1,17")
    p.check(close(ch[0] / 780000, 1.15, 0.01), "+15 % on 2026")
    p.has("30.000 đồng/túi", "2.600 đồng/chiếc", "(681 + 791,5 + 1.162) : 3 ≈ 878,2", "1.000 : (878,2 + 60) ≈ 1,1 năm",
          "Tổng vốn đầu tư của phương án: 1.000 triệu đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 400 triệu đồng",
          "1.260.000 chiếc/năm", "60 tấn/năm", "5 tấn/năm", "300 đồng/chiếc", "6 triệu đồng/người/tháng",
          "Túi PE tính 1.200 đồng/túi; thùng carton cho hàng buôn 50 đồng/chiếc bánh", "túi PE dày hàn kín miệng")
    p.lacks(LABEL_WORDS, "PLANTED no label, label content, barcode or labelling decree")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Luật Hợp tác xã năm 2012", "cấp huyện theo Bộ tiêu chí tại Quyết định 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|Luật Hợp tác xã (năm )?2023|17/2023", "PLANTED the instruments in force are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cj06() -> Plan:
    p = Plan("cj06_keo_lac_song_ngoc_cty")
    hop, tui, kg = p.row("Kẹo lạc hộp 250 g"), p.row("Kẹo lạc túi 500 g"), p.row("Tổng sản lượng")
    lac, mn, vung = p.row("Lạc nhân|"), p.row("Mạch nha|"), p.row("Vừng trắng")
    staff = p.row("Tổng lao động")
    rev, rh, rt = p.row("Doanh thu|"), p.row("Kẹo hộp 250 g (30.000"), p.row("Kẹo túi 500 g (52.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Lạc nhân (50.000", "Mạch nha (30.000", "Vừng (70.000", "Bao bì (hộp", "Gas, điện",
                                 "Tiền lương", "Khấu hao|", "Lãi vay|", "Bán hàng, quảng cáo", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.25 + tui[y] * 0.5, f"kg {y}")
        p.check(close(lac[y], kg[y] * 0.6) and close(mn[y], kg[y] * 0.35) and close(vung[y], kg[y] * 0.05), f"norms {y}")
        p.check(mn[y] <= 15000 and vung[y] <= 2500, f"malt 15 t, sesame 2,5 t {y}")
        p.check(close(rh[y], hop[y] * 0.03) and close(rt[y], tui[y] * 0.052) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 0.05) and close(lines[1][y], mn[y] * 0.03) and close(lines[2][y], vung[y] * 0.07)
                and close(lines[3][y], hop[y] * 0.003 + tui[y] * 0.0025) and close(lines[4][y], kg[y] * 0.002),
                f"material, packaging, gas {y}")
        p.check(close(lines[5][y], staff[y] * 6.5 * 12) and close(lines[6][y], 1000 / 10)
                and close(lines[7][y], [800, 600, 400][y] * 0.08) and close(lines[8][y], rev[y] * 0.07),
                f"wages, depreciation, interest on the 800 loan, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 200 * 280, f"capacity 56.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    supply = 9000 + 5000
    p.check(all(lac[y] > supply and off(lac[y], supply) for y in Y),
            "PLANTED peanuts needed 18 / 20,7 / 23,4 tấn > 14 tấn contracted")
    p.check(close(lac[0] / supply, 1.286, 0.01) and close(lac[2] / supply, 1.671, 0.01), "shortfall +29 % to +67 %")
    inv = [p.one("Mở rộng nhà xưởng 120"), p.one("Máy rang lạc trống quay|", skip=1), p.one("Máy bóc vỏ lụa|", skip=1),
           p.one("Nồi nấu mạch nha (2"), p.one("Máy cán, cắt kẹo|", skip=1), p.one("Máy đóng gói|"),
           p.one("Thiết kế bao bì, kiểm nghiệm"), p.one("Vốn lưu động")]
    p.check(sum(inv[:6]) == p.one("Cộng tài sản cố định") == 1000 and sum(inv) == p.one("Tổng vốn đầu tư") == 1600,
            "investment items add up to the stated 1.600")
    own, loan, srcs = p.one("Vốn chủ sở hữu"), p.one("Vay Ngân hàng TMCP Đầu tư"), p.one("Cộng nguồn vốn")
    p.check(own + loan == srcs == 1300, "the sources table adds up to its own 1.300")
    p.check(off(srcs, 1600) and close(srcs / 1600, 0.8125, 0.001), "PLANTED sources 1.300 != investment 1.600 (−18,8 %)")
    avg = round(sum(post) / 3, 1)
    p.check(avg == 489.0 and close(1600 / (avg + 100), 2.7, 0.02), "average 489, payback 2,7 on the stated 1.600")
    p.check(close(kg[0] / 26000, 1.15, 0.01), "+15 % on 2026")
    p.check(close(30000 / 0.25, 120000) and close(52000 / 0.5, 104000), "104.000–120.000 đ/kg")
    p.has("30.000 đồng/hộp", "52.000 đồng/túi", "30.000 kg năm 2027, 34.500 kg năm 2028, 39.000 kg năm 2029",
          "Doanh thu năm 2027 đạt 3.360 triệu đồng, năm 2029 đạt 4.376 triệu đồng",
          "Tổng vốn đầu tư của phương án là 1.600 triệu đồng", "9 tấn lạc nhân/năm", "5 tấn lạc nhân/năm",
          "tổng 14 tấn lạc nhân/năm, đủ cho sản xuất của công ty", "lãi vay 64 triệu đồng năm 2027, 48 triệu đồng năm 2028, 32 triệu đồng năm 2029",
          "(353,4 + 489 + 624,7) : 3 ≈ 489", "1.600 : (489 + 100) ≈ 2,7 năm", "khoảng 200 kg kẹo/ngày",
          "công suất 56.000 kg/năm")
    p.lacks(r"tài trợ|hỗ trợ (vốn|của)|vốn góp|huy động thêm|quỹ", "nothing else fills the capital gap")
    p.lacks(QC_WORDS, "PLANTED no internal quality control, batch code, records or traceability")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cj07() -> Plan:
    p = Plan("cj07_mi_gao_ky_phong_htx")
    goi, bu, kg, rice = (p.row("Mì gạo gói 500 g"), p.row("Mì gạo bán buôn bao 5 kg"), p.row("Tổng sản lượng"),
                         p.row("Gạo nguyên liệu|"))
    past = p.row("Sản lượng mì gạo")
    staff = p.row("Cộng lao động")
    rev, rg, rb = p.row("Doanh thu|", skip=1), p.row("Mì gói 500 g (22.000"), p.row("Mì bán buôn (38.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo (13.000", "Bao bì (1.200", "Điện, củi", "Tiền lương", "Khấu hao|", "Lãi vay|",
                                 "Bán hàng (5%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận|", skip=1)
    capacity = 200 * 250
    for y in Y:  # triệu đồng
        p.check(kg[y] == goi[y] * 0.5 + bu[y] and close(rice[y], kg[y] * 1.3) and rice[y] <= 120000, f"kg, rice ≤ 120 t {y}")
        p.check(close(rg[y], goi[y] * 0.022) and close(rb[y], bu[y] * 0.038) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.013) and close(lines[1][y], goi[y] * 0.0012 + bu[y] * 0.0004)
                and close(lines[2][y], kg[y] * 0.0025) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], 400 / 10) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] > capacity and off(kg[y], capacity), f"PLANTED output {kg[y]:.0f} kg > 50.000 kg capacity {y}")
    p.check(close(kg[0] / capacity, 1.2) and close(kg[2] / capacity, 1.44), "over capacity by 20 % to 44 %")
    p.check(past[2] == 42000 and close(kg[0] / past[2], 1.43, 0.01) and staff[0] == 12,
            "+43 % on 2026 with the same 12 workers and no new line (tolerated unrealistic-growth)")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 291.9) and off(prof[1], rev[1] - cost[1]) and close(prof[1] / 291.9, 1.343, 0.01),
            "PLANTED 2028 profit 391,9 != 2.706 − 2.414,1 = 291,9 (+34 %)")
    p.check(250 + 150 + 50 + 250 == 700 == 400 + 300 and p.row("Cộng|", 2) == [700, 100], "investment 700 = 400 + 300")
    written = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 303.2, 0.001) and close(700 / (written + 40), 2.0, 0.03), "stated 2,0 years from the written profit")
    p.check(close(700 / (true + 40), 2.26, 0.01) and off(2.04, 700 / (true + 40)), "tolerated knock-on: true payback 2,26")
    p.has("22.000 đồng/gói", "38.000 đồng/kg", "60.000 kg năm 2027, 66.000 kg năm 2028, 72.000 kg năm 2029",
          "công suất 200 kg mì khô/ngày", "làm việc 250 ngày/năm, tương đương 50.000 kg mì/năm",
          "Hợp tác xã không đầu tư thêm dây chuyền tráng mới", "Hiện có 12 lao động làm việc thường xuyên",
          "Tổng vốn đầu tư 700 triệu đồng", "(176 + 391,9 + 341,8) : 3 ≈ 303,2", "700 : (303,2 + 40) ≈ 2,0 năm",
          "ngâm 6–8 giờ, xả bỏ nước ngâm", "nồi hơi đốt củi", "tổng 120 tấn gạo/năm")
    p.lacks(ENV_WORDS, "PLANTED no wastewater, waste, smoke or environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cj08() -> Plan:
    p = Plan("cj08_gao_nep_cai_hoa_vang_thien_an_cty")
    tui, bao, kg = p.row("Gạo nếp túi 2 kg"), p.row("Gạo nếp bao 10 kg"), p.row("Tổng gạo nếp")
    area, bought, need = p.row("Diện tích liên kết"), p.row("Thóc nếp thu mua"), p.row("Thóc cần cho sản xuất")
    staff, past = p.row("Cộng|"), p.row("Gạo nếp tiêu thụ (kg)")
    rev, rt, rb = p.row("Doanh thu|", skip=1), p.row("Túi 2 kg (90.000"), p.row("Bao 10 kg (400.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thóc nếp nguyên liệu", "Bao bì (túi", "Điện sấy", "Tiền lương", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng (6%", "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế", skip=1)
    for y in Y:  # đồng; tấn for paddy
        p.check(kg[y] == tui[y] * 2 + bao[y] * 10, f"kg {y}")
        p.check(close(need[y], kg[y] * 1.6 / 1000) and close(bought[y], area[y] * 4.5) and need[y] <= bought[y],
                f"paddy 1,6 kg/kg within the linked area {y}")
        p.check(need[y] <= 1 * 8 * 250, f"mill 2.000 tấn paddy {y}")
        p.check(close(rt[y], tui[y] * 90000) and close(rb[y], bao[y] * 400000) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 1000 * 13000) and close(lines[1][y], tui[y] * 5000 + bao[y] * 8000)
                and close(lines[2][y], kg[y] * 500) and close(lines[3][y], staff[y] * 6.5e6 * 12)
                and close(lines[4][y], 1.5e9 / 10) and close(lines[5][y], [1e9, 750e6, 500e6][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3e9 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.18, 0.01) and close(g2, 2.0, 0.01) and kg[1] / kg[0] > 2 and kg[2] / kg[1] == 2,
            "PLANTED revenue ×2,18 then ×2,0; output 55 → 120 → 240 tấn")
    p.check(past[2] == 40000 and kg[2] / past[2] == 6, "240 tấn in 2029 is six times the 40 tấn of 2026")
    market = section(p, "## IV. Thị trường tiêu thụ", "# C.")
    p.check(not re.search(r"hợp đồng|nhà phân phối|đại lý|siêu thị|xuất khẩu|đơn hàng|thư đặt hàng|bản ghi nhớ", market),
            "PLANTED the market names no contract, distributor or new channel behind the doubling")
    p.has("nên công ty tin rằng sản lượng tiêu thụ có thể tăng gấp đôi mỗi năm", "Doanh thu tăng gấp đôi mỗi năm")
    items = [p.one("Nhà kho chứa thóc, xưởng đóng gói"), p.one("Máy sấy thóc tầng sôi|", skip=1),
             p.one("Dây chuyền bóc vỏ, xát trắng, tách màu|", skip=1), p.one("Máy đóng gói hút chân không|", skip=1),
             p.one("Thiết kế bao bì, nhãn, tem QR"), p.one("Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 2.15e9 and stated == 2.45e9 and off(stated, sum(items)) and close(stated / sum(items), 1.14, 0.01),
            "PLANTED investment table total 2.450.000.000 != items 2.150.000.000 (+14 %)")
    p.check(sum(items[:4]) == 1.5e9, "fixed assets 1.500.000.000")
    p.check(1.45e9 + 1e9 == stated, "sources match the stated (wrong) total (tolerated capital-mismatch vs items)")
    avg = sum(post) / 3
    p.check(round(avg) == 1048028333 and close(stated / (avg + 150e6), 2.0, 0.03), "stated payback 2,0 on 2.450.000.000")
    p.check(close(2.15e9 / (avg + 150e6), 1.79, 0.01) and off(2.045, 2.15e9 / (avg + 150e6)),
            "tolerated knock-on: 1,8 years on the true 2.150.000.000")
    p.check(p.count("Công ty Cổ phần Nông sản Phúc Thịnh") == 2 and p.count("Công ty Cổ phần Nông sản Thiên Ân") >= 2
            and p.count("CÔNG TY CỔ PHẦN NÔNG SẢN THIÊN ÂN") == 1, "PLANTED a second producer name, twice")
    p.has("90.000 đồng/túi", "400.000 đồng/bao", "55 tấn năm 2027, 120 tấn năm 2028, 240 tấn năm 2029",
          "Tổng vốn đầu tư của phương án là 2.450.000.000 đồng", "Vốn góp của cổ đông: 1.450.000.000 đồng",
          "1.000.000.000 đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc 250.000.000 đồng/năm",
          "trị giá 1.500.000.000 đồng, khấu hao đều trong 10 năm, 150.000.000 đồng/năm",
          "2.450.000.000 : (1.048.028.333 + 150.000.000) ≈ 2,0 năm", "được 2.000 tấn thóc/năm", "4,5 tấn thóc/ha")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cj09() -> Plan:
    p = Plan("cj09_banh_phong_nep_hoa_loi_hkd")
    t5, t1, kg = p.row("Bánh phồng túi 500 g"), p.row("Bánh phồng túi 1 kg"), p.row("Tổng sản lượng")
    past = p.row("Sản lượng bánh")
    hired = p.row("Cộng lao động thuê")
    rev, r5, r1 = p.row("Doanh thu|", skip=1), p.row("Túi 500 g (35.000"), p.row("Túi 1 kg (65.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo nếp (1,1", "Đường, gừng, vừng", "Túi, nhãn", "Điện, củi", "Tiền công lao động thuê",
                                 "Khấu hao máy móc", "Lãi vay", "Bán hàng, vận chuyển", "Thuế (1,5%", "Chi phí khác")]
    prof = p.row("Lợi nhuận|", skip=1)
    for y in Y:  # triệu đồng
        p.check(kg[y] == t5[y] * 0.5 + t1[y], f"kg {y}")
        p.check(close(r5[y], t5[y] * 0.035) and close(r1[y], t1[y] * 0.065) and close(rev[y], r5[y] + r1[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 1.1 * 0.028) and close(lines[1][y], kg[y] * 0.003)
                and close(lines[2][y], t5[y] * 0.0015 + t1[y] * 0.0025) and close(lines[3][y], kg[y] * 0.002),
                f"rice, sugar, bags, power {y}")
        p.check(close(lines[4][y], hired[y] * 5 * 12) and close(lines[5][y], 150 / 5)
                and close(lines[6][y] + 0.001, [100, 50, 0][y] * 0.07 + 0.001) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 80 * 250, f"roller 80 kg/day × 250 days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(kg[0] / past[2], 1.26, 0.01), "+26 % on 2026")
    inv = [p.one("Máy giã, cán bột nếp|", skip=1), p.one("Máy cắt bánh tròn|", skip=1), p.one("Lò sấy bánh|"),
           p.one("Máy hàn miệng túi|", skip=1), p.one("Thiết kế bao bì, nhãn"), p.one("Vốn lưu động")]
    p.check(sum(inv[:4]) == p.one("Cộng máy móc") == 150 and sum(inv) == p.one("Tổng cộng") == 250 == 150 + 100,
            "investment 250 = 150 + 100")
    avg = round(sum(prof) / 3, 1)
    true = 250 / (avg + 30)
    p.check(avg == 97.5 and close(true, 1.96, 0.01) and close(250 / avg, 2.56, 0.01), "true payback 1,96 (2,56 without depreciation)")
    p.check(off(1.0, true) and off(1.0, 250 / avg), "PLANTED payback 'khoảng 1 năm' != 250 : 127,5 = 1,96")
    p.has("Thời gian hoàn vốn = 250 : (97,5 + 30) ≈ 1 năm", "(76,1 + 117,5 + 98,8) : 3 ≈ 97,5",
          "35.000 đồng/túi", "65.000 đồng/túi", "12.000 kg năm 2027, 13.500 kg năm 2028, 15.000 kg năm 2029",
          "Tổng vốn đầu tư 250 triệu đồng", "vốn tự có của gia đình 150 triệu đồng", "trả gốc 50 triệu đồng/năm",
          "khoảng 80 kg bánh/ngày", "được 20.000 kg/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số 28A8011563")
    p.lacks(ATTP_WORDS, "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(r"(?m)^#.*(nguyên liệu|NGUYÊN LIỆU|vùng nguyên|liên kết)", "PLANTED no raw-material heading")
    p.lacks(r"hợp đồng|nguồn cung|vùng nguyên liệu|liên kết|(mua|cung cấp|cung ứng)[^.;]{0,40}(gạo|nếp)",
            "PLANTED no supply, source or contract for the glutinous rice anywhere")
    p.has("TCCS 01:2026/HL", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "ghi sổ từng mẻ bánh", "hố lắng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cj10() -> Plan:
    p = Plan("cj10_banh_quy_gao_lut_moc_an_cty")
    hop, tui, kg = p.row("Hộp 200 g|"), p.row("Túi 500 g|"), p.row("Tổng sản lượng")
    past = p.row("Sản lượng bánh")
    flour, other = p.row("Bột gạo lứt đỏ"), p.row("Mật dừa, dầu lạc, vừng, hạt các loại")
    staff = p.row("Cộng|")
    rev, rh, rt = p.row("Doanh thu|", skip=1), p.row("Hộp 200 g (45.000"), p.row("Túi 500 g (95.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Bột gạo lứt (30.000", "Mật dừa, dầu, vừng, hạt", "Bao bì (hộp", "Điện, gas", "Tiền lương",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, quảng cáo", "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.2 + tui[y] * 0.5, f"kg {y}")
        p.check(close(flour[y], kg[y] * 0.6) and close(other[y], kg[y] * 0.4) and flour[y] <= 14000, f"flour ≤ 14 t {y}")
        p.check(close(rh[y], hop[y] * 0.045) and close(rt[y], tui[y] * 0.095) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], flour[y] * 0.03) and close(lines[1][y], kg[y] * 0.04)
                and close(lines[2][y], hop[y] * 0.006 + tui[y] * 0.005) and close(lines[3][y], kg[y] * 0.004)
                and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 800 / 8)
                and close(lines[6][y], [600, 450, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 80 * 280, f"ovens 22.400 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / past[2], 1.22, 0.01) and 45 + 35 == 80, "+22 % on 2026; 45 + 35 kg/day")
    p.has("Sản lượng năm 2027 đạt 20 tấn bánh", "Năm 2027 sản xuất 14.000 kg bánh")  # PLANTED figure-inconsistent
    p.check(kg[0] == 14000 and off(20000, kg[0]) and close(20000 / kg[0], 1.43, 0.01),
            "PLANTED 20 tấn (objectives) != 14.000 kg (tables) for 2027 (+43 %)")
    p.check(close(rev[0] / 1000, 2.94) and close(rev[2] / 1000, 3.86) and close(kg[2] / 1000, 18.4), "2,94 / 3,86 tỷ; 18,4 tấn")
    inv = [p.one("Cải tạo nhà xưởng, khu đóng gói"), p.one("Lò nướng đối lưu|"), p.one("Máy trộn bột|"),
           p.one("Máy cán, tạo hình|"), p.one("Máy đóng gói|"), p.one("Thiết kế bao bì, nhãn, đăng ký"),
           p.one("Vốn lưu động")]
    p.check(sum(inv[:5]) == p.one("Cộng tài sản cố định") == 800 and sum(inv) == p.one("Tổng cộng") == 1200 == 600 + 600,
            "investment 1,2 tỷ = 600 + 600")
    avg = round(sum(post) / 3, 1)
    p.check(avg == 458.8 and close(1200 / (avg + 100), 2.1, 0.03), "average 458,8, payback 2,1")
    p.has("45.000 đồng/hộp", "95.000 đồng/túi", "Tổng vốn đầu tư của phương án là 1,2 tỷ đồng",
          "vay Ngân hàng TMCP Á Châu 600 triệu đồng", "1.200 : (458,8 + 100) ≈ 2,1 năm", "14 tấn bột gạo lứt đỏ/năm",
          "được 22.400 kg bánh/năm", "Doanh thu năm 2027 khoảng 2,94 tỷ đồng; năm 2029 khoảng 3,86 tỷ đồng")
    p.lacks(STANDARD_WORDS, "PLANTED no product standard, declaration, regulation or lab test")
    p.has("Website: ……………", "Sản phẩm [tên sản phẩm] có chất lượng cao")  # PLANTED boilerplate
    p.check(len(re.findall(r"…+|\[[^\]]*\]", p.body)) == 2, "PLANTED exactly two template placeholders")
    p.lacks(REPLACED, "no replaced instrument")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("cj11_banh_chung_gia_han_so_sai")
    a.check(3000 * 60000 == 180e6, "3.000 chiếc × 60.000 đ = 180 triệu")
    a.has("60.000 đồng/chiếc", "khoảng 3.000 chiếc bánh, doanh thu khoảng 180 triệu đồng", "khoảng 50 triệu đồng",
          "đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|TCCS|công bố|kiểm nghiệm|43/2017|môi trường|truy xuất|sổ|"
            r"Sở hữu trí tuệ|đăng ký nhãn hiệu", "genuine gaps: no food safety, standard, label rules, environment, QC, trademark filing")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cj12_com_gao_mat_mia_so_sai")
    b.check(5000 * 20000 == 100e6, "5.000 gói × 20.000 đ = 100 triệu a month")
    b.has("20.000 đồng/gói", "khoảng 5.000 gói, doanh thu khoảng 100 triệu đồng", "ký hợp đồng hợp tác năm 2025")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"đăng ký (kinh doanh|tổ hợp tác|hộ)|giấy chứng nhận|mã số thuế", "no registration (tolerated gap)")
    b.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|TCCS|công bố|kiểm nghiệm|43/2017|môi trường|truy xuất|sổ|"
            r"Sở hữu trí tuệ|nhãn hiệu", "genuine gaps: no food safety, standard, label rules, environment, QC, trademark")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cj01, cj02, cj03, cj04, cj05, cj06, cj07, cj08, cj09, cj10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
