"""The hundred-and-twenty-seventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout127/arithmetic.py

For every plan (non-food OCOP products: crafts, essential oils, herbal soap, homestays): output by
product summing to the stated total, the channel or customer table (and the quarterly calendar)
summing to the year's output, raw-material need = output x norm against the stated supply, output
against the capacity of artisans, looms, kilns, stills or rooms, history and growth, revenue =
quantity x price, every cost line = its stated unit cost, cost lines summing to the total, profit
= revenue - cost, tax, investment items = total = capital sources, depreciation, interest, average
profit and payback as printed. Planted numeric defects are asserted wrong by more than 5 % (with
the true value computed) and every other number right within 1 %. Table figures are read from the
plan's source, each table looked up inside its own section; figures quoted in running text are
looked up verbatim. Textual plants (no label, another producer's name, no environmental measure,
replaced instruments, no sales channel, no trademark, no quality control, no registration, a second
area figure, no product standard) are asserted through the absence or presence of their words;
ready plans cite QĐ 148 and QĐ 1489 and no replaced instrument; no plan keeps a placeholder.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

# Instruments replaced or lapsed before mid-2026, and the abolished district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows cut to the text between two markers (failures shared)."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        q.text_part = text
        return q

    def words(self) -> int:
        return len(self.body.split())


def ready_common(p: Plan, goods: bool = True) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if goods:  # a lodging service has no goods label
        p.has("Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP")


def r1(x: float) -> float:
    """Rounded to one decimal, half up, as the plans print it."""
    return int(x * 10 + 0.5) / 10


def money(p: Plan, fin: Plan, rev: list[float], parts: list[tuple[str, list[float], float]], cost_label: str,
          lines: list[tuple[str, list[float]]], what: str = "") -> tuple[list[float], list[list[float]]]:
    """Revenue rows = quantity x price, revenue = rows, cost lines = expected, cost = lines. Returns cost and rows."""
    rows = [fin.row(lab) for lab, _, _ in parts]
    cost = fin.row(cost_label)
    got = [fin.row(lab) for lab, _ in lines]
    for y in Y:
        for (lab, q, price), r in zip(parts, rows):
            p.check(close(r[y], q[y] * price), f"{what}revenue row {lab!r} {y}: {r[y]} vs {q[y] * price}")
        p.check(close(rev[y], sum(r[y] for r in rows)), f"{what}revenue total {y}")
        for (lab, want), g in zip(lines, got):
            p.check(close(g[y], want[y]), f"{what}cost line {lab!r} {y}: {g[y]} vs {want[y]}")
        p.check(close(cost[y], lines_sum(got, y)), f"{what}cost total {y}: {cost[y]} vs {lines_sum(got, y)}")
    return cost, rows


def growth(p: Plan, xs: list[float], limit: float, what: str) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {y}: {xs[y] / xs[y - 1]:.3f}")


def items_total(p: Plan, inv: Plan, n: int, total: float, sources: list[float], fixed_n: int, fixed: float) -> None:
    items = [inv.one(f"{i} |") for i in range(1, n + 1)]
    p.check(close(sum(items), total) and close(inv.one("Tổng cộng"), total), f"investment items {sum(items)} = {total}")
    p.check(close(sum(sources), total), f"capital sources {sum(sources)} = {total}")
    p.check(close(sum(items[:fixed_n]), fixed), f"fixed assets {sum(items[:fixed_n])} = {fixed}")


# --------------------------------------------------------------------------- ready plans

def dx01() -> Plan:
    p = Plan("dx01_non_la_thuong_binh_htx")
    pr = p.part("# X. KẾ HOẠCH SẢN XUẤT", "# XI.")
    a, b, t = pr.row("Nón trắng truyền thống"), pr.row("Nón bài thơ"), pr.row("Tổng sản lượng")
    ch = p.part("# VI. THỊ TRƯỜNG", "# VII.")
    chan = [ch.row(f"{i} |") for i in range(1, 6)]
    hist = p.part("# IV. THỰC TRẠNG", "# V.")
    h_out, h_rev, h_w = hist.row("Sản lượng nón"), hist.row("Doanh thu"), hist.row("Số thợ")
    fin = p.part("# XII. HIỆU QUẢ", "# XIII.")
    rev = fin.row("Doanh thu|")
    n = [a[y] + b[y] for y in Y]
    lines = [("Lá nón (0,1", [x * 0.1 * 0.09 for x in n]), ("Vành tre", [x * 0.015 for x in n]),
             ("Tiền công chằm", [a[y] * 0.045 + b[y] * 0.07 for y in Y]), ("Hộp, túi vải", [x * 0.005 for x in n]),
             ("Lương bộ máy", [3 * 7 * 12] * 3), ("Khấu hao", [300 / 5] * 3), ("Lãi vay", [200 * .08, 150 * .08, 100 * .08]),
             ("Bán hàng, quảng bá", [r * 0.05 for r in rev]), ("Chi khác", [30] * 3)]
    cost, _ = money(p, fin, rev, [("Nón trắng (120.000", a, 0.12), ("Nón bài thơ (180.000", b, 0.18)], "Chi phí|", lines)
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; chiếc
        p.check(t[y] == n[y] and t[y] == sum(c[y] for c in chan) and t[y] == ch.row("Tổng cộng")[y], f"output, channels {y}")
        p.check(t[y] <= 40 * 1.5 * 280 and n[y] * 0.1 <= 1800, f"40 artisans 16.800; leaf {n[y] * 0.1} ≤ 1.800 kg {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y])
                and rev[y] <= 3000, f"profit, 15 % tax {y}")
    growth(p, rev, 1.2, "revenue")
    growth(p, t, 1.2, "output")
    p.check(close(t[0] / h_out[2], 1.10, 0.01) and close(rev[0] / h_rev[2], 1.094, 0.01) and h_w[2] == 36
            and h_out[2] <= 36 * 1.5 * 280, "2027 +10 % on 2026 (36 artisans covered 11.800)")
    inv = p.part("# XI. TỔNG VỐN", "# XII.")
    items_total(p, inv, 6, 500, [200, 200, 100], 4, 300)
    avg = sum(post) / 3
    p.check(close(avg, 281.2, 0.001) and r1(500 / (avg + 60)) == 1.5, "average 281,2, payback 1,5")
    org = p.part("# IX. TỔ CHỨC", "# X.")
    p.check(sum(org.one(f"{i} |") for i in range(4, 6)) == 40, "2 master + 38 artisans = 40")
    p.has("13.000 chiếc năm 2027, 14.400 chiếc năm 2028 và 15.800 chiếc năm 2029",
          "1.740 triệu đồng năm 2027", "2.124 triệu đồng năm 2029", "40 × 1,5 × 280 = 16.800 chiếc/năm",
          "1.300 kg năm 2027, 1.440 kg năm 2028 và 1.580 kg năm 2029", "tổng 1.800 kg/năm",
          "(219,3 + 281,2 + 343,1) : 3 ≈ 281,2", "500 : (281,2 + 60) ≈ 1,5 năm", "200 + 200 + 100 = 500 triệu đồng",
          "Giấy chứng nhận đăng ký hợp tác xã", "TCCS 01:2026/HTXTB", "Cục Sở hữu trí tuệ", "mã lô", "lò sấy điện")
    ready_common(p)
    return p


def dx02() -> Plan:
    p = Plan("dx02_tinh_dau_sa_huong_sa_cty")
    pr = p.part("# Phần 9", "# Phần 10")
    c10, c50, can, lit, grass = (pr.row("Chai 10 ml"), pr.row("Chai 50 ml"), pr.row("Can bán buôn"),
                                 pr.row("Tổng tinh dầu"), pr.row("Sả tươi cần dùng"))
    ch = p.part("## 6.2", "## 6.3")
    chan = [ch.row(f"{i} |", 3) for i in range(1, 6)]
    tot = ch.row("Cộng", 3)
    p.check([sum(c[i] for c in chan) for i in range(3)] == tot == [c10[0], c50[0], can[0]], "channels 2027")
    raw = p.part("# Phần 7", "# Phần 8")
    own, linked, supply = raw.row("Vườn sả của công ty"), raw.row("40 hộ liên kết"), raw.row("Tổng nguồn sả", 2)
    p.check(own[2] == own[0] * own[1] and linked[2] == linked[0] * linked[1] and supply[1] == own[2] + linked[2] == 180
            and supply[0] == 6, "supply 90 + 90 = 180 tấn")
    fin = p.part("# Phần 11", "# Phần 12")
    rev = fin.row("Doanh thu|")
    lines = [("Sả tươi (1.500", [g * 1000 * 1500 for g in grass]),
             ("Chai, nắp, hộp", [c10[y] * 6000 + c50[y] * 15000 + can[y] * 20000 for y in Y]),
             ("Củi, điện, nước", [x * 100000 for x in lit]), ("Tiền lương (5", [5 * 6.5e6 * 12] * 3),
             ("Khấu hao", [800e6 / 10] * 3), ("Lãi vay", [300e6 * .08, 200e6 * .08, 100e6 * .08]),
             ("Bán hàng, quảng bá", [r * 0.08 for r in rev]), ("Kế toán, kiểm nghiệm", [60e6] * 3)]
    cost, _ = money(p, fin, rev, [("Chai 10 ml (45.000", c10, 45000), ("Chai 50 ml (180.000", c50, 180000),
                                  ("Can bán buôn (900.000", can, 900000)], "Chi phí|", lines)
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # đồng; lít, tấn
        p.check(close(lit[y], c10[y] * 0.01 + c50[y] * 0.05 + can[y]) and close(grass[y], lit[y] * 0.2), f"litres, 200 kg/l {y}")
        p.check(grass[y] <= 180 and grass[y] <= 2 * 0.5 * 2 * 200 and lit[y] <= 2000, f"within 180 tấn and 400 tấn stills {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y])
                and rev[y] <= 3e9, f"profit, 15 % tax {y}")
    growth(p, rev, 1.2, "revenue")
    p.check(close(lit[0] / 500, 1.14, 0.01) and close(180 / grass[2], 1.286, 0.01), "+14 % on 500 l; supply +28 %")
    inv = p.part("# Phần 10", "# Phần 11")
    items_total(p, inv, 6, 1e9, [inv.one(f"{i} |", 1) for i in range(1, 4)], 4, 800e6)
    p.check(inv.one("Cộng") == 1e9, "sources table total")
    avg = sum(post) / 3
    p.check(close(avg, 388093000, 0.0001) and r1(1e9 / (avg + 80e6)) == 2.1, "average, payback 2,1")
    p.has("570 lít năm 2027, 635 lít năm 2028, 700 lít năm 2029", "1.350.000.000 đồng năm 2027 và 1.683.000.000 đồng năm 2029",
          "114 tấn năm 2027, 127 tấn năm 2028 và 140 tấn năm 2029", "2 × 500 × 2 × 200 = 400 tấn",
          "1.000.000.000 : (388.093.000 + 80.000.000) ≈ 2,1 năm", "Tổng vốn đầu tư 1.000.000.000 đồng",
          "Giấy chứng nhận đăng ký doanh nghiệp", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "công bố sản phẩm mỹ phẩm", "TCCS 01:2024/HS", "Giấy chứng nhận đăng ký nhãn hiệu", "sổ nhật ký",
          "đăng ký môi trường", "Bã sả")
    ready_common(p)
    return p


def dx03() -> Plan:
    p = Plan("dx03_chieu_coi_xuan_yen_tht")
    pr = p.part("# CHƯƠNG X. KẾ HOẠCH", "# CHƯƠNG XI.")
    a, b, t, sedge = (pr.row("Chiếu cói trơn 1,6 m"), pr.row("Chiếu cói in hoa 1,8 m"), pr.row("Tổng số chiếu"),
                      pr.row("Cói khô cần dùng"))
    ch = p.part("## 1. Khách hàng và kênh", "## 2. Quảng bá")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == t[0], "channels 2027")
    staff = p.part("# CHƯƠNG IX.", "# CHƯƠNG X.")
    w = staff.row("Cộng thợ")
    p.check(all(staff.row("1 |")[y] + staff.row("2 |")[y] == w[y] for y in Y) and w == [12, 13, 14], "weavers by task")
    hist = p.part("## 2. Kết quả các năm", "# CHƯƠNG V.")
    h_out = hist.row("Sản lượng chiếu")
    fin = p.part("# CHƯƠNG XII.", "# CHƯƠNG XIII.")
    rev = fin.row("Doanh thu|")
    lines = [("Cói khô (12", [s * 12 for s in sedge]), ("Sợi đay", [x * 20 for x in t]), ("Công dệt", [x * 120 for x in t]),
             ("Túi, hộp, nhãn", [x * 10 for x in t]), ("Điện (5", [x * 5 for x in t]), ("Khấu hao", [200000 / 5] * 3),
             ("Lãi vay", [150000 * .07, 100000 * .07, 50000 * .07]), ("Bán hàng", [r * 0.06 for r in rev]),
             ("Lương quản lý", [2 * 6000 * 12] * 3), ("Thuế GTGT", [r * 0.045 for r in rev])]
    cost, _ = money(p, fin, rev, [("Chiếu trơn (250", a, 250), ("Chiếu in hoa (350", b, 350)], "Chi phí|", lines)
    prof = fin.row("Lợi nhuận|")
    for y in Y:  # nghìn đồng; chiếc, kg
        p.check(t[y] == a[y] + b[y] and close(sedge[y], a[y] * 1.5 + b[y] * 1.8) and sedge[y] <= 3 * 5000,
                f"mats, sedge within 15.000 kg {y}")
        p.check(t[y] <= 3 * 8 * 290, f"3 looms × 8 × 290 = 6.960 {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
    growth(p, rev, 1.2, "revenue")
    p.check(close(t[0] / h_out[2], 1.10) and h_out[2] <= 3 * 6 * 290, "+10 % on 2026; old looms 5.220 covered 5.000")
    inv = p.part("# CHƯƠNG XI.", "# CHƯƠNG XII.")
    items_total(p, inv, 5, 350000, [200000, 150000], 3, 200000)
    avg = sum(prof) / 3
    p.check(close(avg, 264605, 0.0001) and r1(350000 / (avg + 40000)) == 1.1, "average, payback 1,1")
    p.has("5.500 chiếc năm 2027, 6.100 chiếc năm 2028, 6.700 chiếc năm 2029", "1.525 triệu đồng năm 2027, 1.865 triệu đồng",
          "4.000 × 1,5 + 1.500 × 1,8 = 8.700 kg", "năm 2028 là 9.660 kg; năm 2029 là 10.620 kg", "tổng 15.000 kg/năm",
          "3 × 8 × 290 = 6.960 chiếc/năm", "3 khung × 6 chiếc × 290 ngày = 5.220 chiếc/năm",
          "(213.475 + 264.605 + 315.735) : 3 = 264.605", "350.000 : (264.605 + 40.000) ≈ 1,1 năm",
          "Giấy chứng nhận đăng ký tổ hợp tác", "TCCS 01:2026/CCXY", "Cục Sở hữu trí tuệ", "mã lô", "bể lắng 3 ngăn",
          "cam kết bảo vệ môi trường")
    ready_common(p)
    return p


def dx04() -> Plan:
    p = Plan("dx04_homestay_song_ngan_hkd")
    pr = p.part("# 10. Kế hoạch kinh doanh", "# 11.")
    gn, meals, exp = pr.row("Lưu trú"), pr.row("Ăn uống"), pr.row("Trải nghiệm")
    qs = [pr.one(f"{q} |") for q in ("I", "II", "III", "IV")]
    p.check(sum(qs) == pr.one("Cả năm") == gn[0] and all(q <= 6 * 2 * 365 / 4 for q in qs), "quarters sum, each within 1.095")
    p.check(meals[0] == gn[0] * 1.5 and exp[0] == gn[0] * 0.6, "1,5 meals a guest-night, 60 % take an activity")
    ch = p.part("## 6.2", "# 7.")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == gn[0], "channels 2027")
    org = p.part("# 9. Tổ chức", "# 10.")
    p.check(sum(org.one(f"{i} |") for i in range(1, 5)) == org.one("Cộng") == 6, "6 staff")
    hist = p.part("# 4. Thực trạng", "# 5.")
    h_gn, h_rooms = hist.row("Khách-đêm"), hist.row("Số phòng")
    fin = p.part("# 12. Hiệu quả", "# 13.")
    rev = fin.row("Doanh thu|")
    lines = [("Thực phẩm (45", [m * 0.2 * 0.45 for m in meals]), ("Vật tư buồng", [g * 0.04 for g in gn]),
             ("Điện, nước (30", [g * 0.03 for g in gn]), ("Lương (6", [6 * 6 * 12] * 3),
             ("Thuê người dân", [e * 0.05 for e in exp]), ("Khấu hao", [1500 / 10] * 3), ("Lãi vay", [48, 32, 16]),
             ("Hoa hồng sàn", [g * 0.35 * 0.1 for g in gn]), ("Thuế theo doanh thu", [r * 0.05 for r in rev])]
    cost, _ = money(p, fin, rev, [("Lưu trú (350.000", gn, 0.35), ("Ăn uống (200.000", meals, 0.2),
                                  ("Trải nghiệm (150.000", exp, 0.15)], "Chi phí|", lines)
    prof = fin.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(gn[y] <= 6 * 2 * 365 and close(prof[y], rev[y] - cost[y]), f"capacity 4.380, profit {y}")
        p.check(close(meals[y], gn[y] * 1.5) and 0.6 <= exp[y] / gn[y] <= 0.65, f"meals, activities follow guests {y}")
    growth(p, rev, 1.2, "revenue")
    p.check(close(gn[0] / h_gn[2], 1.11, 0.01) and h_gn[2] <= h_rooms[2] * 2 * 365 and close(h_gn[2] / 2920, 0.62, 0.02),
            "+11 % on 2026, 62 % of 4 rooms")
    p.check(close(gn[2] / 4380, 0.55, 0.01) and close(gn[0] / 4380, 0.46, 0.01), "occupancy 46–55 %")
    inv = p.part("# 11. Vốn", "# 12.")
    items_total(p, inv, 7, 1700, [900, 600, 200], 5, 1500)
    avg = sum(prof) / 3
    p.check(close(avg, 341.4, 0.001) and r1(1700 / (avg + 150)) == 3.5, "average 341,4, payback 3,5")
    p.has("2.000 khách-đêm năm 2027, 2.400 khách-đêm năm 2029", "1.480 triệu đồng năm 2027, 1.785 triệu đồng năm 2029",
          "6 × 2 × 365 = 4.380 khách-đêm/năm", "4 × 2 × 365 = 2.920 khách-đêm", "Tổng vốn đầu tư 1,7 tỷ đồng",
          "900 + 600 + 200 = 1.700 triệu đồng", "(236 + 341,4 + 446,7) : 3 ≈ 341,4", "1.700 : (341,4 + 150) ≈ 3,5 năm",
          "270–324 triệu đồng/năm", "270 triệu đồng năm 2027, 324 triệu đồng năm 2029", "với 15 hộ", "Giấy chứng nhận đăng ký hộ kinh doanh", "TCVN 7800:2017",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Cục Sở hữu trí tuệ", "bể tự hoại 3 ngăn")
    ready_common(p, goods=False)
    return p


# --------------------------------------------------------------------------- revise plans

def dx05() -> Plan:
    p = Plan("dx05_may_tre_dan_son_tien_htx")
    pr = p.part("# K. KẾ HOẠCH", "# L.")
    g, k, d, t, mat, wk = (pr.row("Giỏ mây có nắp"), pr.row("Bộ khay tre 3 chiếc"), pr.row("Đèn tre trang trí"),
                           pr.row("Tổng sản phẩm"), pr.row("Nguyên liệu mây, tre khô"), pr.row("Thợ đan"))
    qs = [pr.row(f"{q} |", 4) for q in ("I", "II", "III", "IV")]
    tot = pr.row("Cả năm", 4)
    p.check([sum(q[i] for q in qs) for i in range(4)] == tot == [g[0], k[0], d[0], t[0]]
            and all(q[0] + q[1] + q[2] == q[3] <= 14000 / 4 for q in qs), "2027 quarters sum, each within 3.500")
    cu = p.part("## 1. Khách hàng", "## 2. Đối thủ")
    p.check(all(sum(cu.row(f"{i} |")[y] for i in range(1, 5)) == cu.row("Cộng")[y] == t[y] for y in Y), "customers")
    hist = p.part("# D. THỰC TRẠNG", "# E.")
    h_w, h_out, h_rev = hist.row("Số thợ đan"), hist.row("Sản phẩm"), hist.row("Doanh thu")
    fin = p.part("# M. HIỆU QUẢ", "# N.")
    rev = fin.row("Doanh thu|")
    lines = [("Nguyên liệu mây, tre (40", [m * 0.04 for m in mat]), ("Sơn, dây", [x * 0.015 for x in t]),
             ("Công đan", [x * 0.07 for x in t]), ("Màng co", [x * 0.008 for x in t]), ("Điện, sấy", [x * 0.005 for x in t]),
             ("Lương ban quản lý", [252] * 3), ("Khấu hao", [400 / 8] * 3), ("Lãi vay", [24, 16, 8]),
             ("Bán hàng, quảng bá", [r * 0.06 for r in rev])]
    cost, _ = money(p, fin, rev, [("Giỏ mây (150.000", g, 0.15), ("Khay tre (220.000", k, 0.22),
                                  ("Đèn tre (300.000", d, 0.3)], "Chi phí|", lines)
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(t[y] == g[y] + k[y] + d[y] and close(mat[y], t[y] * 0.6) and mat[y] <= 15000, f"pieces, strips ≤ 15 tấn {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]),
                f"profit, tax {rate} {y}")
    growth(p, rev, 1.2, "revenue (not planted: 19,7 % and 13,9 %)")
    cap = 25 * 2 * 280
    p.check(wk == [25, 25, 25] and h_w[2] == 25 and t[0] <= cap and h_out[2] <= cap, "25 weavers throughout; 2027 fits")
    p.check(off(t[1], cap) and off(t[2], cap) and close(t[1] / cap, 1.107, 0.01) and close(t[2] / cap, 1.25),
            "PLANTED 15.500 and 17.500 pieces > 25 × 2 × 280 = 14.000 (+10,7 %, +25 %)")
    p.has("25 × 2 × 280 = 14.000 sản phẩm/năm", "Lực lượng thợ đan hiện có của hợp tác xã bảo đảm thực hiện kế hoạch",
          "Khâu đan vẫn làm bằng tay")
    p.check(close(t[0] / h_out[2], 1.083, 0.01) and close(rev[0] / h_rev[2], 1.093, 0.01), "2027 +8 % on 2026")
    inv = p.part("# L. VỐN", "# M.")
    items_total(p, inv, 6, 700, [300, 300, 100], 4, 400)
    avg = sum(post) / 3
    p.check(close(avg, 468, 0.001) and r1(700 / (avg + 50)) == 1.4, "average 468, payback 1,4")
    p.check(p.count("Hợp tác xã Mây tre đan Cẩm Bình") == 2 and p.count("Hợp tác xã Mây tre đan Sơn Tiến") >= 2,
            "PLANTED another producer's name twice")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|ghi nhãn|\btem\b|mã vạch|\bQR\b", "PLANTED no label or labelling decree")
    p.has("Mây tre Sơn Tiến", "TCCS 01:2025/HTXST", "phiếu kiểm tra", "đăng ký môi trường", "Giấy chứng nhận đăng ký hợp tác xã",
          "148/QĐ-TTg", "1489/QĐ-TTg", "(340,3 + 475,4 + 588,2) : 3 ≈ 468", "700 : (468 + 50) ≈ 1,4 năm",
          "7.800 kg năm 2027, 9.300 kg năm 2028, 10.500 kg năm 2029", "tổng khoảng 15 tấn/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dx06() -> Plan:
    p = Plan("dx06_xa_phong_thao_moc_hong_linh_cp")
    pr = p.part("## 9.2", "# 10.")
    bar, box, sh, kg = pr.row("Xà phòng bánh lẻ"), pr.row("Hộp quà 3 bánh"), pr.row("Dầu gội 300 ml"), pr.row("Tổng xà phòng")
    ch = p.part("## 6.1", "## 6.2")
    p.check([sum(ch.row(f"{i} |", 3)[j] for i in range(1, 5)) for j in range(3)] == ch.row("Cộng năm 2027", 3)
            == [bar[0], box[0], sh[0]], "channels 2027")
    hist = p.part("# 4. Thực trạng", "# 5.")
    h_bar, h_sh = hist.row("Xà phòng (kể cả"), hist.row("Dầu gội 300 ml")
    fin = p.part("## 10.2", "# 11.")
    rev = fin.row("Doanh thu|")
    herbs = [kg[y] * 0.3 + sh[y] * 0.3 for y in Y]
    lines = [("Dầu nền, xút", [x * 0.04 for x in kg]), ("Dược liệu (20.000", [h * 0.02 for h in herbs]),
             ("Nguyên liệu dầu gội", [x * 0.025 for x in sh]),
             ("Bao bì, nhãn", [bar[y] * 0.004 + box[y] * 0.025 + sh[y] * 0.012 for y in Y]),
             ("Tiền lương (8", [8 * 7 * 12] * 3), ("Điện, nước", [36] * 3), ("Khấu hao", [600 / 6] * 3),
             ("Lãi vay", [400 * .085, 300 * .085, 200 * .085]), ("Bán hàng, quảng bá", [r * 0.1 for r in rev]),
             ("Quản lý, kiểm nghiệm", [80] * 3)]
    cost, _ = money(p, fin, rev, [("Xà phòng bánh (35.000", bar, 0.035), ("Hộp quà (120.000", box, 0.12),
                                  ("Dầu gội (90.000", sh, 0.09)], "Chi phí|", lines)
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], (bar[y] + box[y] * 3) * 0.1) and kg[y] <= 50 * 250 and sh[y] * 0.3 <= 200 * 2 * 50
                and herbs[y] <= 8000, f"kg soap, capacity, herbs ≤ 8 tấn {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"tax follows {y}")
    p.check(close(herbs[0], 3750) and close(herbs[2], 4500), "herbs 3.750 → 4.500 kg")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027, 2029 profit right")
    true = rev[1] - cost[1]
    p.check(close(true, 557.2) and pre[1] == 657.2 and off(pre[1], true) and close(pre[1] / true, 1.179, 0.01),
            "PLANTED 2028 profit 657,2 != 2.607 − 2.049,8 = 557,2 (+17,9 %)")
    growth(p, rev, 1.2, "revenue")
    p.check(close(bar[0] + box[0] * 3, h_bar[2] * 1.125) and close(sh[0] / h_sh[2], 1.11, 0.01), "2027 +11–12,5 % on 2026")
    inv = p.part("## 10.1", "## 10.2")
    items_total(p, inv, 6, 1200, [800, 400], 4, 600)
    stated = sum(post) / 3
    true_avg = (post[0] + true * 0.85 + post[2]) / 3
    p.check(close(stated, 501.95, 0.0001) and r1(1200 / (stated + 100)) == 2.0, "stated payback 2,0 from its own figures")
    p.check(close(true_avg, 473.62, 0.0001) and close(1200 / (true_avg + 100), 2.09, 0.01), "tolerated knock-on: truly 2,1 years")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện Can Lộc",
          "tháng 10 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current decisions are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|\bthải\b|\bbã\b|xử lý|\brác\b|bể lắng|thu gom",
            "PLANTED no environmental measure")
    p.has("dung dịch xút", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 01:2024/TMHL", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "sổ mẻ nấu", "Giấy chứng nhận đăng ký doanh nghiệp", "# 12. Hiệu quả xã hội",
          "(352,75 + 558,62 + 594,49) : 3 ≈ 501,95", "1.200 : (501,95 + 100) ≈ 2,0 năm",
          "3.750 kg năm 2027, 4.125 kg năm 2028, 4.500 kg năm 2029", "khoảng 8.000 kg/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dx07() -> Plan:
    p = Plan("dx07_gom_tru_son_hkd")
    pr = p.part("# Chương 10.", "# Chương 11.")
    v, s, c, t = pr.row("Bình hoa"), pr.row("Bộ ấm chén"), pr.row("Chậu cây"), pr.row("Tổng sản phẩm")
    raw = p.part("# Chương 7.", "# Chương 8.")
    cv, cs, cc, need = (raw.row("Đất sét cho bình hoa"), raw.row("Đất sét cho bộ ấm chén"), raw.row("Đất sét cho chậu cây"),
                        raw.row("Tổng nhu cầu đất sét"))
    staff = p.part("# Chương 9.", "# Chương 10.")
    st = staff.row("Cộng")
    p.check(all(sum(staff.row(f"{i} |")[y] for i in range(1, 5)) == st[y] for y in Y) and st == [14, 15, 16], "staff by task")
    assets = p.part("## 4.1", "## 4.2")
    items = [assets.one(f"{i} |") for i in range(1, 5)]
    stated = assets.one("Cộng")
    p.check(sum(items) == 250 and stated == 310 and off(stated, sum(items)) and close(stated / sum(items), 1.24),
            "PLANTED existing assets 100 + 90 + 20 + 40 = 250, 'Cộng' 310 (+24 %)")
    p.has("Tổng giá trị tài sản hiện có khoảng 310 triệu đồng")
    hist = p.part("## 4.2", "# Chương 5.")
    h_out, h_rev, h_w = hist.row("Sản phẩm"), hist.row("Doanh thu"), hist.row("Số thợ")
    fin = p.part("# Chương 12.", "# Chương 13.")
    rev = fin.row("Doanh thu|")
    lines = [("Đất sét (2.000", [x * 0.002 for x in need]), ("Men, màu", [x * 0.008 for x in t]),
             ("Gas nung", [x * 0.014 for x in t]), ("Lương thợ", [w * 7 * 12 for w in st]),
             ("Hộp, giấy xốp", [x * 0.01 for x in t]), ("Khấu hao", [500 / 10] * 3), ("Lãi vay", [24, 16, 8]),
             ("Vận chuyển", [150, 160, 170]), ("Thuế GTGT", [r * 0.045 for r in rev])]
    cost, _ = money(p, fin, rev, [("Bình hoa (180.000", v, 0.18), ("Bộ ấm chén (450.000", s, 0.45),
                                  ("Chậu cây (120.000", c, 0.12)], "Chi phí|", lines)
    prof = fin.row("Lợi nhuận|")
    for y in Y:
        p.check(t[y] == v[y] + s[y] + c[y] and t[y] <= 25000, f"pieces, kiln 25.000 {y}")
        p.check(cv[y] == v[y] * 2.5 and cs[y] == s[y] * 3 and cc[y] == c[y] * 4 and need[y] == cv[y] + cs[y] + cc[y],
                f"clay norms {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
    short = [n / 50000 - 1 for n in need]
    p.check(close(short[0], 0.03) and close(short[1], 0.133, 0.01) and close(short[2], 0.236, 0.01)
            and off(need[1], 50000) and off(need[2], 50000),
            "PLANTED clay 51,5 / 56,65 / 61,8 tấn against 50 tấn contracted (+3 %, +13,3 %, +23,6 %)")
    p.has("khối lượng 50 tấn/năm, giá 2.000 đồng/kg, đáp ứng đủ nhu cầu sản xuất cả giai đoạn")
    growth(p, rev, 1.2, "revenue")
    p.check(close(t[0] / h_out[2], 1.107, 0.01) and h_w[2] == 13 and close(rev[0] / h_rev[2], 1.131, 0.01), "2027 +11 %")
    inv = p.part("# Chương 11.", "# Chương 12.")
    items_total(p, inv, 5, 700, [400, 300], 4, 500)
    avg = sum(prof) / 3
    p.check(close(avg, 707.2, 0.001) and r1(700 / (avg + 50)) == 0.9, "average 707,2, payback 0,9")
    market = p.body.split("# Chương 6. Thị trường", 1)[1].split("# Chương 7.", 1)[0]
    p.check(not re.search(r"\d", market) and "ngày càng tăng" in market and "rất rộng lớn" in market,
            "PLANTED market: generic demand only, no number")
    p.lacks(r"khách|cửa hàng|đại lý|siêu thị|\bbán\b|thương lái|phân phối|hội chợ|facebook|zalo|shopee|trực tuyến|"
            r"online|xuất khẩu|showroom|điểm bán|\bkênh\b|tiêu thụ|đặt hàng|đơn hàng|người mua|hợp đồng (bán|tiêu thụ|cung cấp sản phẩm)",
            "PLANTED no customer, channel or buyer anywhere")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "TCCS 01:2026/GTS", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "ghi sổ", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg", "(593,8 + 707,2 + 820,6) : 3 = 707,2",
          "700 : (707,2 + 50) ≈ 0,9 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dx08() -> Plan:
    p = Plan("dx08_tinh_dau_buoi_phuc_dong_htx")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    c10, c100, oil, ht, peel = (pr.row("Tinh dầu chai 10 ml"), pr.row("Tinh dầu chai 100 ml"), pr.row("Tổng tinh dầu"),
                                pr.row("Nước dưỡng tóc 100 ml"), pr.row("Vỏ bưởi cần dùng"))
    qs = [pr.row(f"{q} |", 2) for q in ("I", "II", "III", "IV")]
    p.check([sum(q[i] for q in qs) for i in range(2)] == pr.row("Cả năm", 2) == [peel[0], oil[0]]
            and all(close(q[1], q[0] * 4) and q[0] <= 60 for q in qs), "2027 quarters, 250 kg/l, each ≤ 60 tấn")
    ch = p.part("## 1. Khách hàng, kênh bán", "## 2. Quảng bá")
    p.check([sum(ch.row(f"{i} |", 3)[j] for i in range(1, 4)) for j in range(3)] == ch.row("Cộng năm 2027", 3)
            == [c10[0], c100[0], ht[0]], "channels 2027")
    org = p.part("# IX. TỔ CHỨC", "# X.")
    p.check(sum(org.one(f"{i} |") for i in range(1, 5)) == org.one("Cộng") == 11, "11 staff")
    hist = p.part("# IV. THỰC TRẠNG", "# V.")
    h_oil, h_ht, h_rev = hist.row("Tinh dầu"), hist.row("Nước dưỡng tóc"), hist.row("Doanh thu")
    fin = p.part("## 2. Doanh thu, chi phí", "# XII.")
    rev = fin.row("Doanh thu|")
    rows = [fin.row("Tinh dầu chai 10 ml (50.000"), fin.row("Tinh dầu chai 100 ml (350.000"), fin.row("Nước dưỡng tóc (60.000")]
    lines = [("Vỏ bưởi (2.000", [x * 2 for x in peel]),
             ("Chai, hộp, nhãn", [c10[y] * 0.007 + c100[y] * 0.02 + ht[y] * 0.01 for y in Y]),
             ("Củi, điện", [x * 0.2 for x in oil]), ("Tiền lương (11", [11 * 6.5 * 12] * 3), ("Khấu hao", [700 / 7] * 3),
             ("Lãi vay", [24, 16, 8]), ("Bán hàng, quảng bá", [150, 160, 170]), ("Quản lý, kiểm nghiệm", [60] * 3)]
    got = [fin.row(lab) for lab, _ in lines]
    cost = fin.row("Chi phí|")
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    true_rev = [c10[y] * 0.05 + c100[y] * 0.35 + ht[y] * 0.06 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(oil[y], c10[y] * 0.01 + c100[y] * 0.1) and close(peel[y], oil[y] * 0.25) and peel[y] <= 100
                and peel[y] <= 2 * 0.3 * 2 * 200, f"litres, peel ≤ 100 tấn and 240 tấn stills {y}")
        for (lab, want), g in zip(lines, got):
            p.check(close(g[y], want[y]), f"cost line {lab!r} {y}")
        p.check(close(cost[y], lines_sum(got, y)) and close(rev[y], sum(r[y] for r in rows)), f"cost sum, revenue = rows {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y])
                and rev[y] <= 3000, f"stated profit and tax follow the stated revenue {y}")
        p.check(close(rows[1][y], c100[y] * 0.35) and close(rows[2][y], ht[y] * 0.06), f"other revenue rows right {y}")
        if y != 1:
            p.check(close(rows[0][y], c10[y] * 0.05) and close(rev[y], true_rev[y]), f"revenue right {y}")
    p.check(close(c10[1] * 0.05, 1100) and rows[0][1] == 1276 and off(rows[0][1], 1100) and close(1276 / 22000 * 1e3, 58)
            and close(rev[1], 2651) and off(rev[1], true_rev[1]) and close(rev[1] / true_rev[1], 1.071, 0.01),
            "PLANTED 2028 10 ml row 1.276 != 22.000 × 50.000 đ = 1.100 (+16 %); total 2.651 vs 2.475 (+7,1 %)")
    p.check(close(pre[1] - (true_rev[1] - cost[1]), 176) and true_rev[1] / true_rev[0] < 1.2 and rev[1] / rev[0] < 1.2,
            "true 2028 profit 709; growth under 20 % either way")
    p.check(close(oil[0] / h_oil[2], 1.11, 0.01) and close(rev[0] / h_rev[2], 1.119, 0.01) and ht[0] > h_ht[2], "2027 +11 %")
    inv = p.part("## 1. Vốn đầu tư", "## 2. Doanh thu")
    items_total(p, inv, 6, 1000, [500, 300, 200], 4, 700)
    stated = sum(post) / 3
    true_post = [post[0], (true_rev[1] - cost[1]) * 0.85, post[2]]
    p.check(close(stated, 652.5, 0.001) and r1(1000 / (stated + 100)) == 1.3, "stated payback 1,3 from its own figures")
    p.check(close(sum(true_post) / 3, 602.65, 0.001) and close(1000 / (sum(true_post) / 3 + 100), 1.42, 0.01),
            "tolerated knock-on: truly 1,4 years")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|văn bằng|\blogo\b|chỉ dẫn địa lý|nhãn hiệu tập thể",
            "PLANTED no trademark or IP protection")
    p.lacks(r"kiểm soát|kiểm tra|truy xuất|mã lô|số lô|\bsổ\b|nhật ký|lưu mẫu|\bQR\b|\bISO\b|HACCP|quản lý chất lượng",
            "PLANTED no internal quality control or traceability")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 01:2024/PĐ",
          "Nghị định số 43/2017/NĐ-CP", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg",
          "2 × 300 × 2 × 200 = 240 tấn vỏ/năm", "tổng 100 tấn/năm", "75 tấn năm 2027, 82,5 tấn năm 2028, 90 tấn năm 2029",
          "(457,3 + 752,25 + 748) : 3 ≈ 652,5", "1.000 : (652,5 + 100) ≈ 1,3 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dx09() -> Plan:
    p = Plan("dx09_go_my_nghe_duc_thanh_co_so")
    pr = p.part("## 5. Kế hoạch sản xuất", "# Phần V.")
    k, h, tr, t, wood = (pr.row("Khay trà"), pr.row("Hộp đựng trà"), pr.row("Tranh gỗ khắc"), pr.row("Tổng sản phẩm"),
                         pr.row("Gỗ xẻ cần dùng"))
    ch = p.part("## 3. Khách hàng và kênh", "## 4. Phân tích")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == t[0], "customers 2027")
    org = p.part("## 4. Tổ chức lao động", "## 5. Kế hoạch")
    p.check(sum(org.one(f"{i} |") for i in range(1, 5)) == org.one("Cộng") == 8, "8 workers by task")
    hist = p.part("## 3. Thực trạng", "# Phần III.")
    h_out, h_rev, h_w = hist.row("Sản phẩm"), hist.row("Doanh thu"), hist.row("Số thợ")
    fin = p.part("## 3. Doanh thu, chi phí", "# Phần VI.")
    rev = fin.row("Doanh thu|")
    lines = [("Gỗ xẻ (8", [w * 8 for w in wood]), ("Dầu lau", [x * 0.02 for x in t]), ("Lương thợ", [8 * 6.5 * 12] * 3),
             ("Điện", [24] * 3), ("Túi vải", [x * 0.015 for x in t]), ("Khấu hao", [450 / 9] * 3),
             ("Lãi vay", [200 * .08, 150 * .08, 100 * .08]), ("Vận chuyển", [70, 75, 80])]
    cost, _ = money(p, fin, rev, [("Khay trà (350.000", k, 0.35), ("Hộp đựng trà (250.000", h, 0.25),
                                  ("Tranh gỗ (1.200.000", tr, 1.2)], "Chi phí|", lines)
    prof = fin.row("Lợi nhuận|")
    for y in Y:
        p.check(t[y] == k[y] + h[y] + tr[y] and close(wood[y], k[y] * 0.01 + h[y] * 0.005 + tr[y] * 0.02) and wood[y] <= 40
                and t[y] <= 8 * 2 * 290, f"pieces, wood ≤ 40 m³, 8 × 2 × 290 = 4.640 {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
    growth(p, rev, 1.2, "revenue")
    p.check(close(t[0] / h_out[2], 1.118, 0.01) and h_w[2] == 8 and close(rev[0] / h_rev[2], 1.117, 0.01), "2027 +12 %")
    inv = p.part("## 1. Nhu cầu vốn", "## 2. Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600 and sum(items[:4]) == 450, "items = total 600, fixed 450")
    src = 250 + 200
    p.check(off(src, 600) and close(src / 600, 0.75), "PLANTED sources 250 + 200 = 450 != 600 (−25 %)")
    p.has("Tổng nguồn vốn 450 triệu đồng, đủ đáp ứng nhu cầu vốn của phương án", "Vốn của gia đình: 250 triệu đồng",
          ": 200 triệu đồng, lãi 8 %/năm", "Tổng vốn đầu tư 600 triệu đồng")
    avg = sum(prof) / 3
    true = 600 / (avg + 50)
    p.check(close(avg, 319.4, 0.001) and close(true, 1.62, 0.01) and off(1.0, true) and off(1.0, 600 / avg),
            "PLANTED payback 1,0 != 600 : (319,4 + 50) = 1,6 (1,9 without depreciation)")
    p.has("Thời gian hoàn vốn = 600 : (319,4 + 50) ≈ 1,0 năm", "Thu hồi vốn đầu tư trong khoảng 1 năm",
          "(220 + 319,4 + 418,8) : 3 = 319,4")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|công ty|"
            r"doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|\bthuế\b|giấy phép kinh doanh",
            "PLANTED no business registration, tax code or plan to register")
    p.has("TCCS 01:2027/ĐT", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "sổ theo dõi lô gỗ", "hút bụi", "148/QĐ-TTg",
          "1489/QĐ-TTg", "31 m³ năm 2027, 34,1 m³ năm 2028, 37,2 m³ năm 2029", "khoảng 40 m³/năm", "4.640 sản phẩm/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dx10() -> Plan:
    p = Plan("dx10_tinh_dau_tram_thach_hoi_tht")
    pr = p.part("# IX – Kế hoạch", "# X –")
    c10, c50, can, lit, leaf = (pr.row("Chai 10 ml"), pr.row("Chai 50 ml"), pr.row("Can bán buôn"), pr.row("Tổng tinh dầu"),
                                pr.row("Lá tràm cần dùng"))
    ch = p.part("## 4. Thị trường và kênh bán", "# VI –")
    chan = [ch.row(x) for x in ("Đại lý ở TP Hà Tĩnh", "5 cửa hàng", "Trang Facebook")]
    p.check(all(sum(c[y] for c in chan) == ch.row("Cộng")[y] == lit[y] for y in Y), "channels sum to litres")
    tech = p.part("# VII – Công nghệ", "# VIII –")
    qs = [tech.row(f"{q} |", 2) for q in ("I", "II", "III", "IV")]
    p.check([round(sum(q[i] for q in qs), 6) for i in range(2)] == tech.row("Cả năm", 2) == [leaf[0], lit[0]]
            and all(close(q[0], q[1] * 0.11) and q[0] <= 25 for q in qs), "2027 quarters, 110 kg/l, old still 25 tấn a quarter")
    org = p.part("# VIII – Tổ chức", "# IX –")
    st = org.row("Cộng")
    p.check(all(org.row("1 |")[y] + org.row("2 |")[y] == st[y] for y in Y) and st == [3, 5, 5], "workers 3, 5, 5")
    hist = p.part("# IV – Thực trạng", "# V –")
    h_lit, h_rev = hist.row("Tinh dầu"), hist.row("Doanh thu")
    fin = p.part("# XI – Hiệu quả", "# XII –")
    rev = fin.row("Doanh thu|")
    lines = [("Lá tràm (1.500", [x * 1.5 for x in leaf]), ("Chai, nắp, hộp", [c10[y] * 0.005 + c50[y] * 0.01 + can[y] * 0.015 for y in Y]),
             ("Củi, điện (150.000", [x * 0.15 for x in lit]), ("Tiền công", [w * 6 * 12 for w in st]), ("Khấu hao", [500 / 10] * 3),
             ("Lãi vay", [300 * 0.08] * 3), ("Quảng bá", [30] * 3), ("Quản lý, chi khác", [40] * 3),
             ("Thuế GTGT", [r * 0.045 for r in rev])]
    cost, _ = money(p, fin, rev, [("Chai 10 ml (30.000", c10, 0.03), ("Chai 50 ml (120.000", c50, 0.12),
                                  ("Can bán buôn (600.000", can, 0.6)], "Chi phí|", lines)
    prof = fin.row("Lợi nhuận|")
    caps = [200 * 2 * 250 / 1000, (200 + 500) * 2 * 250 / 1000, (200 + 500) * 2 * 250 / 1000]
    for y in Y:
        p.check(close(lit[y], c10[y] * 0.01 + c50[y] * 0.05 + can[y]) and close(leaf[y], lit[y] * 0.11), f"litres, leaf {y}")
        p.check(leaf[y] <= caps[y] and leaf[y] <= 25 * 8 and leaf[y] <= 30 * 8, f"stills and either area cover the leaf {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
    p.check(close(lit[0] / h_lit[2], 1.11, 0.01) and close(rev[0] / h_rev[2], 1.119, 0.01), "2027 +11 % (not planted)")
    g1, g2 = lit[1] / lit[0], lit[2] / lit[1]
    p.check(close(g1, 2.0) and close(g2, 1.8) and close(rev[1] / rev[0], 2.0) and close(rev[2] / rev[1], 1.8)
            and off(g1, 1.2) and off(g2, 1.2), "PLANTED output and revenue ×2 in 2028 and ×1,8 in 2029")
    p.check(lines[6][1] == [30] * 3 and 100 < lines[0][1][2] and 100 < lines[1][1][2] and close(prof[2] / rev[2], 0.441, 0.01),
            "flat 30 triệu promotion; 100 triệu working capital against 237,6 of leaves and 262,8 of bottles; 44 % margin")
    market = p.body.split("## 4. Thị trường và kênh bán", 1)[1].split("# VI –", 1)[0]
    p.check("rất lớn" in market and "hợp đồng" not in market and "Tổ tiếp tục bán qua các kênh hiện có" in market,
            "market: generic demand, the same channels, no contract")
    inv = p.part("# X – Vốn", "# XI –")
    items_total(p, inv, 5, 650, [350, 300], 3, 500)
    avg = sum(prof) / 3
    p.check(close(avg, 492.9, 0.001) and r1(650 / (avg + 50)) == 1.2, "average 492,9, payback 1,2 follow the figures")
    p.has("Các tổ viên có tổng cộng 30 ha rừng tràm gió", "Các tổ viên có 25 ha rừng tràm gió")
    p.check(p.count("30 ha") == 1 and p.count("25 ha") == 1 and off(30, 25), "PLANTED 30 ha vs 25 ha, same time")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố sản phẩm|công bố mỹ phẩm|phiếu công bố|kiểm nghiệm|QCVN|TCVN|"
            r"phiếu kết quả|thử nghiệm|hợp chuẩn|hợp quy", "PLANTED no product standard, declaration or test")
    p.has("Giấy chứng nhận đăng ký tổ hợp tác", "Nghị định số 93/2016/NĐ-CP", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "mã lô", "cam kết bảo vệ môi trường", "148/QĐ-TTg", "1489/QĐ-TTg",
          "44 tấn năm 2027, 88 tấn năm 2028, 158,4 tấn năm 2029", "tổng khoảng 200 tấn lá/năm",
          "(71,3 + 358,6 + 1.048,7) : 3 ≈ 492,9", "650 : (492,9 + 50) ≈ 1,2 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dx11_xa_phong_ngai_cuu_thu_ha_so_sai")
    a.check(3000 * 30000 == 90e6, "3.000 bánh × 30.000 = 90 triệu")
    a.has("khoảng 3.000 bánh", "30.000 đồng/bánh", "khoảng 90 triệu đồng", "chợ Cẩm Quan", "Zalo")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|mỹ phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|\bsổ\b|vốn đầu tư|chi phí|lợi nhuận|nguyên liệu|máy", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dx12_homestay_khe_tien_so_sai")
    b.check(2 * 2 * 365 >= 400, "2 rooms could hold 400 guests")
    b.has("2 phòng ngủ", "250.000 đồng/khách/đêm", "150.000 đồng/người", "khoảng 400 lượt khách",
          "Công ty du lịch Trường Sơn Xanh", "Facebook")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|nhãn hiệu|môi trường|nước thải|rác|"
            r"bể tự hoại|\bsổ\b|vốn đầu tư|chi phí|lợi nhuận|doanh thu", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dx01, dx02, dx03, dx04, dx05, dx06, dx07, dx08, dx09, dx10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
