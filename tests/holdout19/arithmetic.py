"""The nineteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout19/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no registration, no label, no product standard, a replaced
instrument, no trademark, no food safety, no sales channel, two colony counts, a second producer
name, no environmental measure) are asserted too, as is the absence of template placeholders
and of any sentence shared by two plans (the plans are by twelve different producers).
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


# instruments replaced before 2026 (QĐ 1048 and 781 by QĐ 148 in 2023; QĐ 490 and 919 were the
# 2018–2020 and 2021–2025 programmes; NQ 123/2018 lapsed; NĐ 01/2021 on registration replaced in 2025)
OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|01/2021/NĐ-CP|51/2021"
READY_CLEAN = ("ready plan",)


def clean_common(p: Plan, outdated_ok: bool = False) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"\.\.\.|…", "ellipsis")
    if not outdated_ok:
        p.lacks(OUTDATED, "cites a replaced instrument")
    p.lacks(r"UBND huyện|Phòng Nông nghiệp (và PTNT )?huyện|Hội đồng OCOP huyện", "district body after 2025")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


# --------------------------------------------------------------------------- ready plans

def f01() -> Plan:
    p = Plan("f01_mam_cay_mai_phu_htx")
    small, big, kg, cay = (p.row("Mắm cáy hũ 500 g"), p.row("Mắm cáy hũ 1 kg"), p.row("Tổng khối lượng mắm"),
                           p.row("Cáy tươi cần dùng"))
    rs, rb, rev1 = p.row("Doanh thu hũ 500 g (60.000"), p.row("Doanh thu hũ 1 kg (110.000"), p.row("Tổng doanh thu")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cáy tươi (40.000", "Muối, thính, gia vị", "Hũ, nắp, nhãn, thùng", "Tiền lương lao động",
                                 "Điện, nước", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 10]
    for y in Y:  # triệu đồng
        p.check(kg[y] == small[y] * 0.5 + big[y] and close(cay[y], kg[y] * 0.85), f"mass, crab 0,85 kg/kg {y}")
        p.check(close(rs[y], small[y] * 0.06) and close(rb[y], big[y] * 0.11) and close(rev1[y], rs[y] + rb[y])
                and rev[y] == rev1[y], f"revenue {y}")
        p.check(close(lines[0][y], cay[y] * 0.04) and close(lines[1][y], kg[y] * 0.005)
                and close(lines[2][y], small[y] * 0.006 + big[y] * 0.009), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 4.5 * 12) and lines[5][y] == 60
                and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15, 0.005) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(cay[y] <= 18500 and kg[y] <= 80 * 120 * 2.5, f"crab supply, jar capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(42 * 250 + 8000 == 18500 and close(18500 / cay[2], 1.21, 0.01), "supply 18.500, 21 % above 2028")
    p.check(80 * 120 * 2.5 == 24000 and 40 * 120 * 2.5 == 12000, "capacity 24.000 after, 12.000 before")
    items = [p.one(x) for x in ("Khu ủ có mái", "40 chum sành", "Máy xay cáy inox", "Máy đóng nắp",
                                "Thiết kế nhãn, mã QR", "Vốn lưu động mua cáy")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 900 == 450 + 150 + 300, "items = total = sources 900")
    p.check(sum(items[:4]) == 390 and 250 / 10 + 140 / 4 == 60, "fixed 390, depreciation 60")
    avg = round(sum(post) / 3, 1)
    p.check(avg == 263.1 and close(900 / (avg + 60), 2.8, 0.01), "average 263,1, payback 2,8")
    p.check(close(post[0] / rev[0], 0.118, 0.01) and close(post[2] / rev[2], 0.167, 0.01), "margins 11,8 / 16,7 %")
    p.check(close(kg[0] / 11000, 1.18, 0.01), "+18 % on 2025")
    p.has("60.000 đồng/hũ", "110.000 đồng/hũ", "khoảng 18.500 kg/năm", "Tổng cộng 900 triệu đồng",
          "900 : (263,1 + 60) ≈ 2,8 năm", "(178,1 + 263,1 + 348,1) : 3 ≈ 263,1", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "bể lắng 3 ngăn")
    clean_common(p)
    return p


def f02() -> Plan:
    p = Plan("f02_tra_muop_dang_ngan_pho_cty")
    bag, box = p.row("Túi lát sấy 200 g (túi)"), p.row("Hộp túi lọc 50 g (hộp)")
    rbag, rbox, rev = p.row("Thành tiền"), p.row("Thành tiền", skip=1), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Quả mướp đắng tươi", "Bao bì (túi", "Điện sấy", "Tiền lương và bảo hiểm",
                                 "Khấu hao tài sản", "Lãi vay ngân hàng", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí")
    summ = [p.row(f"{2027 + y}|", 5) for y in Y]  # 1.000 đồng: revenue, cost, pre-tax, tax, after tax
    staff = [10, 11, 12]
    dry = [bag[y] * 0.2 + box[y] * 0.05 for y in Y]
    fresh = [d * 12 for d in dry]
    for y in Y:
        p.check(close(rbag[y], bag[y] * 75) and close(rbox[y], box[y] * 55) and close(rev[y], rbag[y] + rbox[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 6) and close(lines[1][y], bag[y] * 4 + box[y] * 8)
                and close(lines[2][y], fresh[y] * 1.5), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6000 * 12) and lines[4][y] == 120000
                and close(lines[5][y], [600000, 400000, 200000][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(s[0] == rev[y] and s[1] == cost[y] and close(s[2], s[0] - s[1]) and close(s[3], s[2] * 0.15)
                and close(s[4], s[2] - s[3]) and s[0] <= 3000000, f"summary row, 15 % tax {y}")
        p.check(fresh[y] <= 64800 and fresh[y] <= 500 * 150, f"fruit supply, dryer capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check([round(d) for d in dry] == [3400, 4000, 4600] and [round(f) for f in fresh] == [40800, 48000, 55200],
            "dry 3.400 / 4.000 / 4.600 kg, fresh 12 : 1")
    p.check(1.5 * 2 * 12000 + 1.2 * 2 * 12000 == 64800 and close(64800 / 55200, 1.17, 0.01), "supply 64.800, +17 %")
    p.check(420 + 280 + 100 + 200 + 100 + 400 == 1500 == 900 + 600 and 800 / 8 + 200 / 10 == 120, "capital, depreciation")
    avg = sum(s[4] for s in summ) / 3
    p.check(close(avg, 449140, 0.0001) and close(1500000 / (avg + 120000), 2.6, 0.02), "average 449.140, payback 2,6")
    p.check(close(dry[0] / 2950, 1.15, 0.01), "+15 % on the 2026 estimate")
    p.check(close(summ[0][4] / rev[0], 0.144, 0.01) and close(summ[2][4] / rev[2], 0.223, 0.01), "margins")
    p.check(close(28800 / 20 * 5.5 / 1000, 7.9, 0.01), "7,9 triệu per linked household")
    p.has("75.000 đồng/túi", "55.000 đồng/hộp", "khoảng 64.800 kg quả/năm", "Tổng vốn đầu tư của phương án là 1.500 triệu đồng",
          "1.500.000 : (449.140 + 120.000) ≈ 2,6 năm", "không ghi công dụng phòng hay chữa bệnh",
          "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    clean_common(p)
    return p


def f03() -> Plan:
    p = Plan("f03_choi_dot_minh_thuy_hkd")
    Y4 = range(4)
    big, mini, dot, staff = (p.row("Chổi đót cán tre (chiếc)", 4), p.row("Chổi đót mini (chiếc)", 4),
                             p.row("Bông đót cần dùng", 4), p.row("Lao động thường xuyên (người)", 4))
    lines = [p.row(x, 4) for x in ("Bông đót (30.000", "Cán tre, dây cước", "Nhãn, túi bọc", "Tiền công lao động",
                                    "Điện, vận chuyển", "Khấu hao |", "Lãi vay |", "Bán hàng, hội chợ", "Chi khác",
                                    "Thuế theo tỷ lệ")]
    cost = p.row("Cộng chi phí", 4)
    summ = [p.row(f"{2026 + y}|", 5) for y in Y4]  # đồng: big, mini, revenue, cost, profit
    total = p.row("Cộng 4 năm", 5)
    for y in Y4:
        s = summ[y]
        p.check(s[0] == big[y] * 55000 and s[1] == mini[y] * 25000 and s[2] == s[0] + s[1], f"revenue {y}")
        p.check(dot[y] == big[y] * 0.5 + mini[y] * 0.15 and lines[0][y] == dot[y] * 30000, f"đót need and cost {y}")
        p.check(lines[1][y] == big[y] * 5000 + mini[y] * 1500 and lines[2][y] == (big[y] + mini[y]) * 1000,
                f"handles, labels {y}")
        p.check(lines[3][y] == staff[y] * 4000000 * 12 and lines[5][y] == 28000000 and lines[6][y] == 6600000
                and lines[9][y] == s[2] * 0.045, f"wages, depreciation, interest, 4,5 % tax {y}")
        p.check(cost[y] == lines_sum(lines, y) and s[3] == cost[y] and s[4] == s[2] - s[3], f"cost, profit {y}")
        p.check(dot[y] <= 15400 and big[y] + mini[y] / 3 <= staff[y] * 15 * 280, f"đót supply, hand capacity {y}")
        if y:
            p.check(s[2] / summ[y - 1][2] < 1.2, f"growth {y}")
    p.check(all(close(total[i], sum(summ[y][i] for y in Y4), 1e-9) for i in range(5)), "4-year total row")
    p.check(2 * 1200 + 13000 == 15400 and dot[3] == 13575, "supply 15.400 vs 13.575")
    p.check(7 * 15 * 280 == 29400 and 8 * 15 * 280 == 33600 and big[3] + mini[3] / 3 == 27500, "capacity 29.400 / 33.600")
    items = [p.one(x) for x in ("Xây kho chứa đót", "Máy tuốt hạt", "Giá kệ, bàn thao tác", "Thiết kế nhãn, túi",
                                "Vốn lưu động mua đót")]
    p.check(sum(items) == p.one("Tổng cộng") == 450e6 == 350e6 + 100e6, "items = total = sources 450 triệu")
    p.check(180 / 10 + 80 / 8 == 28, "depreciation 28")
    avg = total[4] / 4 / 1e6
    p.check(close(avg, 297.6, 0.001) and close(450 / (297.6 + 28), 1.4, 0.02), "average 297,6, payback 1,4")
    p.check(close(big[0] / 15500, 1.16, 0.01) and 15500 * 52000 + 4000 * 24000 == 902e6, "+16 % on 2025, 902 triệu")
    p.has("55.000 đồng/chiếc", "25.000 đồng/chiếc", "Tổng vốn thực hiện phương án là 450 triệu đồng",
          "khoảng 15.400 kg bông đót/năm", "450 : (297,6 + 28) ≈ 1,4 năm", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "tiêu chuẩn cơ sở", "lưới thu bụi")
    clean_common(p)
    return p


def f04() -> Plan:
    p = Plan("f04_trai_nghiem_trang_trai_de_son_hong_htx")
    visit, meal, camp = (p.row("Trải nghiệm trang trại", 6), p.row("Suất ăn đặc sản", 6), p.row("Cắm trại qua đêm", 6))
    tot = p.row("Tổng doanh thu")
    rev, cost = p.row("Doanh thu |"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thực phẩm cho suất ăn", "Thức ăn, thú y", "Tiền lương", "Điện, nước", "Khấu hao |",
                                 "Lãi vay |", "Hoa hồng lữ hành", "Vật tư cắm trại", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [9, 10, 11]
    for y in Y:  # triệu đồng; the revenue table alternates count, amount
        n_v, r_v, n_m, r_m, n_c, r_c = visit[2 * y], visit[2 * y + 1], meal[2 * y], meal[2 * y + 1], camp[2 * y], camp[2 * y + 1]
        p.check(close(r_v, n_v * 0.08) and close(r_m, n_m * 0.25) and close(r_c, n_c * 0.3)
                and close(tot[y], r_v + r_m + r_c) and rev[y] == tot[y], f"revenue {y}")
        p.check(close(lines[0][y], r_m * 0.35) and close(lines[2][y], staff[y] * 5.5 * 12) and lines[4][y] == 100
                and close(lines[5][y], [800, 600, 400][y] * 0.075) and close(lines[6][y], rev[y] * 0.10),
                f"food, wages, depreciation, interest, commission {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15, 0.005) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(n_v <= 120 * 300 and n_m <= 80 * 2 * 300 and n_c <= 15 * 4 * 100, f"capacity {y}")
        p.check(n_m * 0.3 / 15 <= 300, f"meat within the herd's kids {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(visit[4] / 36000, 0.31, 0.01) and close(visit[0] / 6500, 1.23, 0.01), "31 % of capacity, +23 % on 2026")
    p.check(600 + 300 + 200 + 100 == 1200 and 1200 + 50 + 250 == 1500 == 500 + 200 + 800 and 1200 / 12 == 100,
            "capital in running text, depreciation 100")
    avg = round(sum(post) / 3, 1)
    p.check(avg == 259.0 and close(1500 / (avg + 100), 4.2, 0.01), "average 259, payback 4,2")
    p.check(4200 * 0.3 == 1260 and 1260 / 15 == 84, "1.260 kg meat, 84 goats")
    p.has("80.000 đồng/lượt", "250.000 đồng/suất", "300.000 đồng/lượt", "Phương án cần tổng số vốn 1.500 triệu đồng",
          "thành viên góp bổ sung 500 triệu đồng, quỹ đầu tư phát triển của hợp tác xã 200 triệu đồng",
          "800 triệu đồng (lãi suất 7,5%/năm", "1.500 : (259 + 100) ≈ 4,2 năm", "Giấy chứng nhận đăng ký hợp tác xã",
          "dịch vụ ăn uống năm 2025", "Cục Sở hữu trí tuệ", "hầm biogas", "Luật Du lịch năm 2017")
    clean_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def f05() -> Plan:
    p = Plan("f05_banh_chung_tung_loc_tht")
    big, small, kg, rice, bean, pork, leaf = (p.row("Bánh chưng 1 kg |"), p.row("Bánh chưng 0,5 kg |"),
                                              p.row("Khối lượng bánh"), p.row("Gạo nếp cần dùng"), p.row("Đỗ xanh cần dùng"),
                                              p.row("Thịt lợn cần dùng"), p.row("Lá dong |"))
    rev_rows = [p.row(f"{2026 + y}|", 5) for y in Y]  # chiếc big, chiếc small, rev big, rev small, total (tr.đ)
    lines = [p.row(x) for x in ("Gạo nếp (28.000", "Đỗ xanh (45.000", "Thịt lợn ba chỉ", "Lá dong, lạt", "Củi, điện, nước",
                                 "Túi hút chân không", "Tiền công khoán", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển",
                                 "Quản lý, kiểm nghiệm")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Tổng doanh thu |"), p.row("Lợi nhuận |")
    true_rev = [big[y] * 0.08 + small[y] * 0.045 for y in Y]
    for y in Y:
        r = rev_rows[y]
        p.check(r[0] == big[y] and r[1] == small[y] and close(r[3], small[y] * 0.045) and close(r[4], r[2] + r[3])
                and rev[y] == r[4], f"revenue table consistent with itself {y}")
        p.check(kg[y] == big[y] + small[y] * 0.5 and close(rice[y], big[y] * 0.55 + small[y] * 0.28)
                and close(bean[y], big[y] * 0.15 + small[y] * 0.08) and pork[y] == bean[y]
                and leaf[y] == big[y] * 5 + small[y] * 3, f"recipe needs {y}")
        p.check(close(lines[0][y], rice[y] * 0.028, 0.002) and close(lines[1][y], bean[y] * 0.045)
                and close(lines[2][y], pork[y] * 0.12) and close(lines[3][y], big[y] * 0.003 + small[y] * 0.002)
                and close(lines[4][y], kg[y] * 0.0025) and close(lines[5][y], big[y] * 0.004 + small[y] * 0.0025)
                and close(lines[6][y], big[y] * 0.01 + small[y] * 0.006), f"per-unit costs {y}")
        p.check(lines[7][y] == 35 and close(lines[8][y], [200, 150, 100][y] * 0.07), f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit as stated {y}")
        p.check(big[y] <= 6 * 80 * 280 and leaf[y] <= 150000, f"boiling capacity, leaves {y}")
        if y != 1:
            p.check(close(r[2], big[y] * 0.08) and close(rev[y], true_rev[y]), f"revenue right in {2026 + y}")
    r27 = rev_rows[1]
    p.check(r27[2] == 1260 and big[1] * 0.08 == 1120 and off(r27[2], 1120, 12) and off(rev[1], true_rev[1]),
            "PLANTED 2027 big-cake revenue 1.260 != 14.000 × 80.000 = 1.120 (+12,5 %); total 1.710 vs 1.570")
    p.check(close(prof[1], 391.5) and close(true_rev[1] - cost[1], 251.5), "2027 profit follows the wrong cell")
    p.check(rice[0] <= 10800 and rice[1] <= 10800 and rice[2] == 12160 and off(rice[2], 10800, 12),
            "PLANTED 2028 rice need 12.160 kg > 10.800 kg members' supply (+12,6 %); 2026, 2027 within")
    p.check(round(4.5 * 2.4 * 1000) == 10800, "4,5 ha × 2,4 tấn = 10.800 kg")
    p.has("khoảng 10.800 kg gạo nếp mỗi năm", "không mua nếp ngoài", "80.000 đồng/chiếc", "45.000 đồng/chiếc",
          "Tổng nhu cầu vốn là 500 triệu đồng", "500 : (192,9 + 35) ≈ 2,2 năm")
    p.check(120 + 150 + 50 + 50 + 40 + 90 == 500 == 300 + 200 and 120 / 12 + 250 / 10 == 35, "capital, depreciation")
    p.check(close(500 / (prof[0] + 35), 2.2, 0.01), "payback on the (right) 2026 profit")
    p.check(close(kg[0] / 13500, 1.185, 0.01) and close(kg[1] / kg[0], 1.19, 0.01) and close(kg[2] / kg[1], 1.16, 0.01),
            "output growth under 20 %")
    p.check(6 * 80 * 280 == 134400, "capacity 134.000")
    p.lacks(r"đăng ký (kinh doanh|hộ kinh doanh|hợp tác xã|tổ hợp tác|thành lập|thuế)|mã số thuế|giấy chứng nhận đăng ký|"
            r"hợp đồng hợp tác|mã số doanh nghiệp|MST", "PLANTED no registration of the group anywhere")
    p.has("Tổ hợp tác Bánh chưng Tùng Lộc", "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "bể lắng 2 ngăn")
    clean_common(p)
    return p


def f06() -> Plan:
    p = Plan("f06_ruou_mo_ngan_truoi_cty")
    chai, binh, lit, staff = (p.row("Rượu mơ chai 500 ml"), p.row("Rượu mơ bình sứ 1 lít"), p.row("Tổng sản lượng |"),
                              p.row("Lao động thường xuyên |"))
    rev, rc, rb = p.row("Tổng doanh thu"), p.row("Chai 500 ml (150.000"), p.row("Bình sứ 1 lít (320.000")
    lines = [p.row(x) for x in ("Mơ tươi (25.000", "Rượu nếp nền", "Đường phèn (30.000", "Chai, bình sứ, nút, hộp",
                                 "Tiền lương, bảo hiểm", "Điện, nước", "Khấu hao |", "Lãi vay |", "Bán hàng, xúc tiến",
                                 "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    apricot, base, sugar = p.row("Mơ tươi (kg)", 4), p.row("Rượu nếp 40% vol (lít)", 4), p.row("Đường phèn (kg)")
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + binh[y] and close(rc[y], chai[y] * 0.15) and close(rb[y], binh[y] * 0.32)
                and close(rev[y], rc[y] + rb[y]), f"litres, revenue {y}")
        p.check(apricot[y] == lit[y] * 0.5 and base[y] == lit[y] * 0.8 and close(sugar[y], lit[y] * 0.15),
                f"raw-material table {y}")
        p.check(apricot[y] <= apricot[3] == 15000 and base[y] <= base[3] == 20000, f"supply sufficient {y}")
        p.check(close(lines[0][y], apricot[y] * 0.025) and close(lines[1][y], base[y] * 0.06)
                and close(lines[2][y], sugar[y] * 0.03) and close(lines[3][y], chai[y] * 0.018 + binh[y] * 0.06),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and lines[6][y] == 180
                and close(lines[7][y], [1200, 800, 400][y] * 0.08) and close(lines[8][y], rev[y] * 0.10),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17, 0.005) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(lit[y] <= 50 * 500, f"steeping tanks 25.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    cap = 100 * 200
    p.check(cap == 20000 and lit[0] <= cap and lit[1] <= cap and lit[2] == 23000 and off(lit[2], cap, 14),
            "PLANTED 2028 output 23.000 l > 20.000 l line capacity (+15 %); 2026, 2027 within")
    p.has("công suất 100 lít/ngày", "200 ngày/năm", "công suất tối đa của xưởng là 20.000 lít",
          "không đầu tư thêm dây chuyền lọc – chiết rót nào khác")
    ch = [p.row(x) for x in ("Đại lý, cửa hàng rượu", "Nhà hàng, khách sạn |", "Điểm bán OCOP", "Bán trực tuyến |")]
    tot = p.row("Cộng |")
    for y in (0, 2):
        p.check(lines_sum(ch, y) == tot[y] == lit[y], f"channel table adds up in {2026 + y}")
    p.check(lines_sum(ch, 1) == 17000 and tot[1] == 19000 == lit[1] and off(lines_sum(ch, 1), tot[1], 10),
            "PLANTED channel table 2027: rows 17.000 l, 'Cộng' 19.000 (−10,5 %)")
    items = [p.one(x) for x in ("Nhà xưởng ngâm ủ", "40 bồn inox", "Dây chuyền lọc", "Hệ thống xử lý nước thải",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2400 == 1200 + 1200 and 800 / 10 + 700 / 7 == 180, "capital, depreciation")
    avg = round(sum(post) / 3, 1)
    p.check(avg == 1136.3 and close(2400 / (avg + 180), 1.8, 0.02), "average, payback 1,8")
    p.check(close(lit[0] / 12500, 1.2, 0.001), "+20 % on 2025")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|ghi nhãn|\btem\b|mã vạch|cảnh báo|mã QR",
            "PLANTED no label, label content or labelling decree anywhere")
    p.has("150.000 đồng/chai", "320.000 đồng/bình", "Giấy phép sản xuất rượu công nghiệp", "QCVN 6-3:2010/BYT",
          "Giấy chứng nhận đăng ký nhãn hiệu", "Tổng vốn đầu tư 2.400 triệu đồng", "2.400 : (1.136,3 + 180) ≈ 1,8 năm",
          "bể lắng, bể sinh học")
    clean_common(p)
    return p


def f07() -> Plan:
    p = Plan("f07_vien_nghe_mat_ong_cam_trung_htx")
    kg, starch, fresh, honey = (p.row("Viên nghệ mật ong |"), p.row("Tinh bột nghệ |"), p.row("Nghệ tươi |"),
                                p.row("Mật ong |"))
    s, b = p.row("Hũ 250 g |"), p.row("Hũ 500 g |")
    rs, rb, rev1 = p.row("Doanh thu hũ 250 g"), p.row("Doanh thu hũ 500 g"), p.row("Cộng doanh thu")
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Nghệ tươi (4.000", "Mật ong (150.000", "Hũ, nắp, nhãn, hộp", "Tiền công lao động",
                                 "Điện, sấy", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [6, 7, 8]
    for y in Y:  # triệu đồng
        p.check(kg[y] == s[y] * 0.25 + b[y] * 0.5 and close(starch[y], kg[y] * 0.65) and close(fresh[y], starch[y] * 35)
                and close(honey[y], kg[y] * 0.35), f"recipe {y}")
        p.check(close(rs[y], s[y] * 0.14) and close(rb[y], b[y] * 0.26) and close(rev1[y], rs[y] + rb[y])
                and rev[y] == rev1[y], f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.004) and close(lines[1][y], honey[y] * 0.15, 0.002)
                and close(lines[2][y], s[y] * 0.008 + b[y] * 0.012) and close(lines[3][y], staff[y] * 5 * 12)
                and lines[5][y] == 80 and close(lines[6][y], [400, 300, 200][y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 150000 and honey[y] <= 2000 and kg[y] <= 30 * 200, f"turmeric, honey, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(6000 * 140000 + 2000 * 260000 == 1360e6, "running-text revenue sentence")
    p.check(200 + 170 + 70 + 60 + 50 + 250 == 800 == 400 + 400 and 200 / 10 + 300 / 5 == 80, "capital, depreciation 80")
    avg = round(sum(prof) / 3, 1)
    true_pb, no_dep = 800 / (avg + 80), 800 / avg
    p.check(avg == 409.8 and close(true_pb, 1.63, 0.01) and close(no_dep, 1.95, 0.01), "true payback 1,63 (1,95 without depreciation)")
    p.check(off(1.2, true_pb, 25) and off(1.2, no_dep, 35),
            "PLANTED payback written 1,2 years: 800 : (409,8 + 80) = 1,63 (−27 %), 1,95 without depreciation")
    p.has("Thời gian hoàn vốn = 800 : (409,8 + 80) ≈ 1,2 năm", "(311,2 + 409,8 + 508,5) : 3 ≈ 409,8")
    p.check(close(kg[0] / 2100, 1.19, 0.01), "+19 % on 2025")
    p.check(p.count("1048/QĐ-TTg") == 2, "PLANTED QĐ 1048/QĐ-TTg (replaced by QĐ 148 in 2023) cited twice")
    p.lacks(r"148/QĐ-TTg", "the current criteria decision is never cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp chuẩn|hợp quy|phân tích chất lượng",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.has("140.000 đồng/hũ", "260.000 đồng/hũ", "Tổng vốn đầu tư 800 triệu đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "3 bể lắng")
    clean_common(p, outdated_ok=True)
    return p


def f08() -> Plan:
    p = Plan("f08_tra_xanh_dong_chai_huong_long_ctcp")
    n, price, rev1, staff = (p.row("Sản lượng (chai 350 ml)"), p.row("Giá bán bình quân"), p.row("Doanh thu (triệu đồng)"),
                             p.row("Lao động bộ phận đồ uống"))
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Chè, đường, phụ gia", "Chai, nắp, nhãn co", "Điện, nước, hơi", "Tiền lương, bảo hiểm",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý doanh nghiệp", "Kiểm nghiệm, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(price[y] == 10000 and close(rev1[y], n[y] * 0.01) and rev[y] == rev1[y], f"revenue {y}")
        p.check(close(lines[0][y], n[y] * 0.0007) and close(lines[1][y], n[y] * 0.00175) and close(lines[2][y], n[y] * 0.0003)
                and close(lines[3][y], staff[y] * 6.5 * 12) and lines[4][y] == 400
                and close(lines[5][y], [1800, 1200, 600][y] * 0.08) and close(lines[6][y], rev[y] * 0.12), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17, 0.005) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(n[y] <= 3000 * 8 * 250, f"within the new line's 6.000.000 bottles {y}")
        p.check(n[y] * 1.4 * 4.5 / 1000 <= 160000, f"tea leaves within the 160 t garden {y}")
    g1, g2 = n[1] / n[0], n[2] / n[1]
    p.check(close(g1, 2.4) and close(g2, 2.29, 0.01) and close(rev[2] / rev[0], 5.5),
            "PLANTED output and revenue ×2,4 then ×2,29 (320.000 → 768.000 → 1.760.000 bottles)")
    market = section(p, "# VI. Thị trường và tiêu thụ", "# VII.")
    p.check(40 * 600 * 12 + 2700 * 12 == 320400 and close(320400, n[0], 0.002) and off(n[2], 320400, 400),
            "the channels named account for about 320.000 bottles a year only")
    p.check(not re.search(r"\d[\d.]* (đại lý|cửa hàng|khách hàng) mới|hợp đồng (mới|bao tiêu)|201[0-9]|202[78].*\d+ đại lý", market),
            "no new agent count or contract named for 2027–2028")
    p.check(close(pre[2] / rev[2], 0.489, 0.01), "2028 pre-tax margin 49 %")
    p.check(close(n[0] / 260000, 1.23, 0.01), "2026 +23 % on 2025 (the jump is later, with the new line bought in 2026)")
    items = [p.one(x) for x in ("Dây chuyền chiết rót", "Hệ thống trích ly", "Hệ thống xử lý nước RO", "Cải tạo nhà xưởng",
                                "Kiểm nghiệm, công bố", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 4500, "items = stated total 4.500")
    p.has("vốn góp của các cổ đông 2.000 triệu đồng", "1.800 triệu đồng (thời hạn 3 năm")
    p.check(2000 + 1800 == 3800 and off(3800, 4500, 15), "PLANTED sources 2.000 + 1.800 = 3.800 != 4.500 (−15,6 %)")
    p.check(3000 / 10 + 1000 / 10 == 400, "depreciation 400")
    avg = round(sum(post) / 3, 1)
    p.check(avg == 3183.5 and close(4500 / (avg + 400), 1.3, 0.04), "payback 1,3 consistent with the stated figures")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý|độc quyền",
            "PLANTED no trademark or IP anywhere")
    p.has("10.000 đồng/chai", "Tổng vốn đầu tư của phương án là 4.500 triệu đồng", "tự công bố sản phẩm",
          "QCVN 6-2:2010/BYT", "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "hệ thống xử lý nước thải sinh học", "4.500 : (3.183,5 + 400) ≈ 1,3 năm")
    clean_common(p)
    return p


def f09() -> Plan:
    p = Plan("f09_mat_ong_bach_dan_tuan_phuong_hkd")
    col, yld, honey = p.row("Số đàn ong"), p.row("Năng suất |"), p.row("Sản lượng mật |")
    tot, jars, bulk = p.row("Tổng sản lượng mật"), p.row("Mật đóng hũ 500 g (hũ)"), p.row("Mật đóng can 5 kg (kg)")
    rj, rb, rev = p.row("Doanh thu mật hũ 500 g"), p.row("Doanh thu mật can 5 kg"), p.row("Tổng doanh thu")
    rev2 = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Thức ăn bổ sung", "Thay chúa, tách đàn", "Thuê chỗ đặt ong", "Hũ, can, nhãn",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Điện, xăng xe")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(honey[y] == col[y] * yld[y] == tot[y] and tot[y] == jars[y] * 0.5 + bulk[y], f"colonies × 16 kg, split {y}")
        p.check(close(rj[y], jars[y] * 0.12) and close(rb[y], bulk[y] * 0.15) and close(rev[y], rj[y] + rb[y])
                and rev2[y] == rev[y], f"revenue {y}")
        p.check(close(lines[0][y], col[y] * 0.3) and close(lines[3][y], jars[y] * 0.006 + bulk[y] / 5 * 0.025, 0.002)
                and close(lines[4][y], staff[y] * 5.5 * 12) and lines[5][y] == 40
                and close(lines[6][y], [200, 150, 100][y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(honey[y] <= 50 * 150 and prof[y] / rev[y] < 0.4, f"processing capacity, margin {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and col[y] - col[y - 1] <= 40, f"growth, colony splitting {y}")
    sites = [p.row(x, 2) for x in ("Đồi Tân Thượng", "Đồi Hòa Trung", "Khe Lim")]
    p.check(sum(s[0] for s in sites) == p.row("Cộng |", 2)[0] == 1200 and sum(s[1] for s in sites) == col[0],
            "apiary table adds up to 1.200 ha and 320 colonies")
    p.has("Đến cuối năm 2025, hộ có 300 đàn ong ngoại", "Hiện tại (cuối năm 2025) cơ sở đang quản lý 340 đàn ong ngoại",
          "tổng sản lượng 4.500 kg")
    p.check(300 * 15 == 4500 and off(340, 300, 13), "PLANTED end-2025 colonies 300 (current state) vs 340 (raw materials)")
    p.check(col[0] - 300 <= 40 and 300 * 16 >= 4500, "targets reachable from either count (no material shortfall)")
    p.check(120 + 100 + 80 + 40 + 60 == 400 == 200 + 200 and close((120 + 100 + 80) / 7.5, 40), "capital, depreciation")
    avg = round(sum(prof) / 3, 1)
    p.check(avg == 360.7 and close(400 / (avg + 40), 1.0, 0.01), "average 360,7, payback 1,0")
    market = section(p, "# 6. Phân tích thị trường", "# 7.")
    p.check(not re.search(r"đồng|đ/|(?<!đánh )(?<!phá )\bgiá\b|khách hàng|đại lý|cửa hàng|hội chợ|siêu thị|online|trực tuyến|sàn|facebook|zalo|"
                          r"bán buôn|bán lẻ|thương lái|chợ|hợp đồng|nhà hàng|quà", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách hàng|đại lý|cửa hàng|hội chợ|siêu thị|online|trực tuyến|facebook|zalo|shopee|sàn thương mại|bán buôn|"
            r"bán lẻ|thương lái|\bchợ\b|hợp đồng tiêu thụ|đơn hàng|đặt hàng|nhà hàng|điểm bán|giới thiệu sản phẩm",
            "PLANTED no sales channel anywhere in the plan")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|cam kết|đủ điều kiện|15/2018|sức khỏe|kiểm nghiệm|tự công bố|công bố sản phẩm",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.has("120.000 đ/hũ", "150.000 đ/kg", "Tổng vốn 400 triệu đồng", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "tiêu chuẩn cơ sở TCCS 01:2026/TP", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "400 : (360,7 + 40) ≈ 1,0 năm")
    clean_common(p)
    return p


def f10() -> Plan:
    p = Plan("f10_ruoc_heo_thach_khe_htx")
    s, b, kg, meat = p.row("Hũ 200 g (hũ)"), p.row("Hũ 500 g (hũ)"), p.row("Tổng sản lượng ruốc"), p.row("Thịt nạc cần dùng")
    rs, rb, rev1 = p.row("Doanh thu hũ 200 g"), p.row("Doanh thu hũ 500 g"), p.row("Tổng doanh thu")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt nạc (110.000", "Nước mắm, đường", "Hũ, nắp, nhãn, hộp", "Gas, điện", "Tiền lương |",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    staff = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(kg[y] == s[y] * 0.2 + b[y] * 0.5 and close(meat[y], kg[y] * 2.6), f"mass, meat 2,6 kg/kg {y}")
        p.check(close(rs[y], s[y] * 0.11) and close(rb[y], b[y] * 0.26) and close(rev1[y], rs[y] + rb[y])
                and rev[y] == rev1[y], f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.11) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], s[y] * 0.005 + b[y] * 0.008) and close(lines[3][y], kg[y] * 0.01)
                and close(lines[4][y], staff[y] * 5 * 12) and lines[5][y] == 50
                and close(lines[6][y], [300, 200, 100][y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(meat[y] <= 12000 and kg[y] <= 25 * 250, f"meat contract, roasting capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    for y in (0, 1):
        p.check(close(prof[y], rev[y] - cost[y]), f"profit right in {2026 + y}")
    p.check(prof[2] == 395.4 and close(rev[2] - cost[2], 295.4) and off(prof[2], 295.4, 33),
            "PLANTED 2028 profit 395,4 != 2.152 − 1.856,6 = 295,4 (+33,9 %)")
    p.check(150 + 120 + 55 + 70 + 45 + 60 == 500 == 200 + 300 and 150 / 10 + 245 / 7 == 50, "capital, depreciation")
    p.has("500 : (155,8 + 50) ≈ 2,4 năm")
    p.check(close(500 / (prof[0] + 50), 2.4, 0.03), "payback on the right 2026 profit (not a knock-on)")
    hist = [p.row(f"{2023 + i}|", 3) for i in range(3)]
    p.check(hist[2][0] == 2600 and hist[2][1] == 1350 and close(kg[0] / 2600, 1.15, 0.01), "+15 % on 2025")
    p.check(p.count("Hợp tác xã Dịch vụ nông nghiệp Kỳ Phong") == 2 and p.count("Hợp tác xã Chế biến thực phẩm Thạch Khê") >= 2,
            "PLANTED a second producer name, twice, in the organisation section")
    org = section(p, "# 9) Tổ chức bộ máy và lao động", "# 10)")
    p.check(org.count("Kỳ Phong") == 2, "both in the organisation section")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|\bbể\b|khói|biogas|\bthải\b|ô nhiễm|mùi hôi|bốc mùi",
            "PLANTED no environmental measure anywhere")
    p.has("110.000 đồng/hũ", "260.000 đồng/hũ", "Tổng vốn đầu tư là 500 triệu đồng", "Giấy chứng nhận đăng ký hợp tác xã",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu")
    clean_common(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("f11_banh_beo_co_hoa_so_sai")
    a.check(300 * 5000 * 30 == 45e6, "300 chén × 5.000 × 30 days = 45 triệu a month")
    a.has("khoảng 300 chén", "5.000 đồng/chén", "khoảng 45 triệu đồng/tháng", "khoảng 50 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024",
          "tăng gấp đôi")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nguyên liệu|vốn vay|lợi nhuận", "genuine gaps")
    clean_common(a)
    b = Plan("f12_mang_tuoi_khe_giao_so_sai")
    b.check(8000 * 15000 == 120e6, "8 tấn × 15.000 = 120 triệu")
    b.has("khoảng 8 tấn măng", "khoảng 15.000 đồng/kg", "khoảng 120 triệu đồng", "chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, under a page")
    b.lacks(r"@|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|vốn", "genuine gaps (no e-mail either)")
    clean_common(b)
    return [a, b]


# --------------------------------------------------------------------------- shared text

def sentences(p: Plan) -> set[str]:
    out = set()
    prose = "\n".join(x for x in p.body.splitlines() if not x.lstrip().startswith(("#", "|")))
    for s in re.split(r"[.;:!?\n]|\s[–-]\s", prose):
        s = " ".join(re.sub(r"[|*#()\"“”]", " ", s).split()).lower()
        if len(s.split()) >= 8 and not re.fullmatch(r"[\d\s.,%–-]+", s):
            out.add(s)
    return out


def no_shared_sentences(plans: list[Plan]) -> None:
    seen: dict[str, str] = {}
    for p in plans:
        for s in sentences(p):
            if s in seen and seen[s] != p.stem:
                p.failures.append(f"sentence also in {seen[s]}: {s[:80]!r}")
            seen.setdefault(s, p.stem)


def main() -> int:
    plans = [fn() for fn in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)] + sketchy()
    no_shared_sentences(plans)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
