"""The hundred-and-twenty-first holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout121/arithmetic.py

Theme: seafood and coastal products of Hà Tĩnh (fish sauce, shrimp paste, dried fish and squid,
dried shrimp, sea salt, fish cakes). For every ready and revise plan: output = packs × pack size,
raw-material need = output × the plan's ratio (fish sauce: what is sold in year N was salted in
year N-1) against the stated supply, output against the drying yard / dryer / vat capacity,
channel tables and calendars summing to the year, revenue = quantity × price, every cost line =
its stated norm, cost lines = total, profit = revenue − cost, tax, investment items = total =
sources, depreciation, interest, average profit and payback as printed, growth. Planted numeric
defects are asserted wrong by more than 5 % with the true value beside them; everything else right
within 1 %. Textual planted defects are asserted through the absence (or presence) of their
words. Ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no plan keeps
a template placeholder. The sketchy plans: the few figures multiply out, 150–320 words, and every
tolerated gap is really absent.
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

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        q.section = text
        return q

    def words(self) -> int:
        return len(self.body.split())


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "an toàn thực phẩm",
          "tự công bố", "Cục Sở hữu trí tuệ")


def not_planted(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def growth(p: Plan, xs: list[float], what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {y}: {xs[y] / xs[y - 1]:.3f}")


def sums(p: Plan, part: Plan, first: str, months: int, total: float, what: str) -> None:
    r = part.row(first, months + 1)
    p.check(close(sum(r[:-1]), r[-1]) and close(r[-1], total), f"{what}: {sum(r[:-1])} / {r[-1]} / {total}")


# --------------------------------------------------------------------------- ready plans

def dr01() -> Plan:
    p = Plan("dr01_nuoc_mam_xuan_hoi_htx")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    c35, c25, lit, fish, staff = (pr.row("Nước mắm cốt 35"), pr.row("Nước mắm 25"), pr.row("Tổng sản lượng quy lít"),
                                  pr.row("Cá cơm muối chượp năm trước"), pr.row("Lao động |"))
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    salted = [raw.row(f"{i} |", 3)[0] for i in (1, 2, 3)]
    salt = [raw.row(f"{i} |", 3)[1] for i in (1, 2, 3)]
    fin = p.part("# XIII. HIỆU QUẢ", "# XIV.")
    rev, r35, r25, cost = (fin.row("Doanh thu |"), fin.row("Nước mắm cốt 35 độ đạm (85.000"),
                           fin.row("Nước mắm 25 độ đạm (50.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cá cơm và muối", "Chai, nắp", "Tiền lương", "Điện, nước", "Khấu hao",
                                   "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], (c35[y] + c25[y]) * 0.5), f"litres {y}")
        p.check(close(fish[y], lit[y] / 0.7 / 1000) and fish[y] == salted[y] and close(salt[y], fish[y] / 3, 0.01)
                and fish[y] <= 75, f"fish salted the year before = litres / 0,7, within 75 tấn {y}")
        p.check(close(r35[y], c35[y] * 0.085) and close(r25[y], c25[y] * 0.05) and close(rev[y], r35[y] + r25[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 20) and close(lines[1][y], (c35[y] + c25[y]) * 0.007)
                and close(lines[2][y], staff[y] * 6.5 * 12) and close(lines[4][y], 1600 / 10)
                and close(lines[5][y], [900, 600, 300][y] * 0.08) and close(lines[6][y], rev[y] * 0.04)
                and close(lines[7][y], 110), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, 17 % tax {y}")
    p.check(fish[0] <= 40 * 1.5 and fish[1] <= 50 * 1.5 and fish[2] <= 50 * 1.5, "vats: 40 × 1,5 then 50 × 1,5 tấn")
    p.check(600 * 2 * 250 == 300000 and (c35[2] + c25[2]) < 300000, "bottling line 300.000 chai")
    growth(p, rev, "revenue")
    growth(p, lit, "litres")
    p.check(close(lit[0] / 32000, 1.094, 0.01), "+9 % on 2026")
    ch = p.part("Dự kiến sản lượng tiêu thụ năm 2027", "Đối thủ")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == lit[0], "channels sum to 35.000 lít")
    sums(p, p.part("Lịch muối cá năm 2027", "Các tháng"), "Cá cơm muối", 5, fish[1], "salting calendar 2027 = 55 tấn")
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2200 == 800 + 500 + 900 and sum(items[:5]) == 1600,
            "capital 2.200 = 800 + 500 + 900, fixed 1.600")
    avg = sum(post) / 3
    p.check(close(avg, 1414.2, 0.001) and close(2200 / (avg + 160), 1.4, 0.01), "average 1.414,2, payback 1,4")
    p.has("(1.158,7 + 1.414,2 + 1.669,6) : 3 ≈ 1.414,2", "2.200 : (1.414,2 + 160) ≈ 1,4 năm",
          "85.000 đồng/chai", "50.000 đồng/chai", "35.000 lít", "4.550 triệu đồng", "Giấy chứng nhận cơ sở đủ điều kiện",
          "TCCS 01:2025/XH", "đăng ký môi trường", "mã lô", "Giấy chứng nhận đăng ký hợp tác xã")
    ready_common(p)
    return p


def dr02() -> Plan:
    p = Plan("dr02_muc_mot_nang_thach_kim_cty")
    pr = p.part("# Phần 8", "# Phần 9")
    l1, l2, kg, fresh, contract = (pr.row("Mực một nắng loại 1"), pr.row("Mực một nắng loại 2"),
                                   pr.row("Tổng mực thành phẩm"), pr.row("Mực tươi cần dùng"),
                                   pr.row("Mực tươi theo hợp đồng"))
    fin = p.part("## 9.2.", "# Phần 10")
    rev, r1, r2, cost = (fin.row("Doanh thu |"), fin.row("Mực loại 1 (550.000"), fin.row("Mực loại 2 (420.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Mực ống tươi", "Túi hút", "Tiền lương", "Điện, kho lạnh", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # 1.000 đồng
        p.check(kg[y] == l1[y] + l2[y] and close(fresh[y], kg[y] * 2.6) and fresh[y] <= contract[y] == 24000
                and fresh[y] <= 250 * 150, f"kg; fresh 2,6 within 24.000 kg and the yard's 37.500 {y}")
        p.check(close(r1[y], l1[y] * 550) and close(r2[y], l2[y] * 420) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 110) and close(lines[1][y], kg[y] * 8) and close(lines[2][y], 8 * 6500 * 12)
                and close(lines[3][y], kg[y] * 12) and close(lines[4][y], 900000 / 10)
                and close(lines[5][y], [500000, 375000, 250000][y] * 0.08) and close(lines[6][y], rev[y] * 0.03)
                and close(lines[7][y], 60000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, 17 % tax {y}")
    growth(p, rev, "revenue")
    growth(p, kg, "kg")
    p.check(close(kg[0] / 6200, 1.13, 0.01), "+13 % on 2026")
    ch = p.part("## 4.1.", "## 4.2.")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == kg[0], "channels = 7.000 kg")
    sums(p, p.part("Lịch thu mua mực tươi năm 2027", "Tháng cao điểm"), "Mực tươi thu mua", 7, fresh[0], "purchase calendar")
    p.check(3600 / 25 == 144 < 250, "peak month 144 kg/day")
    inv = p.part("## 9.1.", "## 9.2.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1200000 == (700 + 500) * 1000 and sum(items[:4]) == 900000,
            "capital 1,2 tỷ = 700 + 500 triệu, fixed 900 triệu")
    avg = sum(post) / 3
    p.check(close(avg, 441245, 0.0001) and close(1200000 / (avg + 90000), 2.3, 0.02), "payback 2,3")
    p.has("(332.166 + 441.245 + 550.323) : 3 ≈ 441.245", "1.200.000 : (441.245 + 90.000) ≈ 2,3 năm",
          "550.000 đồng/kg", "420.000 đồng/kg", "7.000 kg", "1,2 tỷ đồng", "TCCS 02:2024/KN",
          "Giấy chứng nhận đăng ký doanh nghiệp", "đăng ký môi trường", "HACCP")
    ready_common(p)
    return p


def dr03() -> Plan:
    p = Plan("dr03_mam_tom_thach_hai_tht")
    pr = p.part("# CHƯƠNG VIII.", "# CHƯƠNG IX.")
    hu, goi, mk, rk, need = (pr.row("Mắm tôm hũ 500 g"), pr.row("Ruốc khô gói 250 g"), pr.row("Mắm tôm thành phẩm"),
                             pr.row("Ruốc khô thành phẩm"), pr.row("Ruốc tươi cần dùng"))
    fin = p.part("## 2. Doanh thu, chi phí", "# CHƯƠNG X.")
    rev, rm, rr, cost, prof = (fin.row("Doanh thu |"), fin.row("Mắm tôm (45.000"), fin.row("Ruốc khô (60.000"),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Ruốc tươi", "Muối, đường", "Hũ, túi", "Công lao động", "Điện, gas", "Khấu hao",
                                   "Lãi vay", "Bán hàng", "Thuế theo", "Chi khác")]
    for y in Y:  # đồng
        p.check(close(mk[y], hu[y] * 0.5) and close(rk[y], goi[y] * 0.25) and close(need[y], mk[y] * 1.2 + rk[y] * 4)
                and need[y] <= 18000 and mk[y] <= 120 * 100 * 2 and rk[y] / 50 <= 30, f"paste, ruốc need ≤ 18.000 kg, jars {y}")
        p.check(close(rm[y], hu[y] * 45000) and close(rr[y], goi[y] * 60000) and close(rev[y], rm[y] + rr[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 15000) and close(lines[1][y], mk[y] * 1500)
                and close(lines[2][y], hu[y] * 4000 + goi[y] * 3000) and close(lines[3][y], 6 * 5e6 * 12)
                and close(lines[4][y], rk[y] * 6000) and close(lines[5][y], 250e6 / 10)
                and close(lines[6][y], [150e6, 100e6, 50e6][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.015) and close(lines[9][y], 20e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    p.check(close(mk[0] / 7400, 1.08, 0.01), "+8 % on 2026")
    ch = p.part("# CHƯƠNG IV.", "# CHƯƠNG V.")
    c = ch.row("Cộng", 2)
    p.check(sum(ch.row(f"{i} |", 2)[0] for i in range(1, 5)) == c[0] == hu[0]
            and sum(ch.row(f"{i} |", 2)[1] for i in range(1, 5)) == c[1] == goi[0], "channels = 16.000 hũ, 4.000 gói")
    sums(p, p.part("Lịch thu mua ruốc tươi năm 2027", "Mùa ruốc xuân"), "Ruốc tươi", 7, need[0], "ruốc calendar")
    p.check(1600 + 3000 + 2800 + 1200 == 8600 and 1400 + 2200 + 1400 == 5000, "spring 8.600, autumn 5.000")
    mem = p.part("Tổng vốn góp của thành viên 300 triệu", "## 3.")
    p.check(sum(mem.one(f"{i} |") for i in range(1, 7)) == mem.one("Cộng") == 300, "members' capital 300")
    inv = p.part("## 1. Nhu cầu vốn", "## 2.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 350e6 == 200e6 + 150e6 and sum(items[:4]) == 250e6,
            "capital 350 triệu = 200 + 150, fixed 250")
    avg = sum(prof) / 3
    p.check(close(avg, 247.56e6, 0.0001) and close(350e6 / (avg + 25e6), 1.3, 0.02), "payback 1,3")
    p.has("350.000.000 : (247.560.000 + 25.000.000) ≈ 1,3 năm", "45.000 đồng/hũ", "60.000 đồng/gói",
          "khoảng 18.000 kg/năm", "120 chum × 100 kg × 2 mẻ = 24.000 kg", "TCCS 01:2025/THTTH",
          "Giấy chứng nhận đăng ký tổ hợp tác", "đăng ký môi trường", "số lô")
    ready_common(p)
    return p


def dr04() -> Plan:
    p = Plan("dr04_muoi_sach_ho_do_hkd")
    pr = p.part("# L. KẾ HOẠCH", "# M.")
    tui, hu, clean, raw, supply = (pr.row("Muối hạt sạch túi 1 kg"), pr.row("Muối tôm hũ 200 g"),
                                   pr.row("Muối sạch dùng"), pr.row("Muối thô cần dùng"), pr.row("Muối thô tự có"))
    fin = p.part("# N. HIỆU QUẢ", "# O.")
    rev, rt, rh, cost, prof = (fin.row("Tổng doanh thu"), fin.row("Muối hạt sạch (12.000"), fin.row("Muối tôm (35.000"),
                               fin.row("Tổng chi phí"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Muối thô (3.000", "Tôm khô, ớt", "Bao bì:", "Công lao động", "Điện sấy",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Thuế GTGT")]
    for y in Y:  # triệu đồng; tấn
        p.check(close(clean[y], tui[y] / 1000 + hu[y] * 0.2 * 0.8 / 1000) and close(raw[y], clean[y] * 1.25)
                and raw[y] <= supply[y] == 140 == 2 * 45 + 50 and raw[y] <= 1 * 200, f"salt need within 140 tấn and the washer {y}")
        p.check(close(rt[y], tui[y] * 0.012) and close(rh[y], hu[y] * 0.035) and close(rev[y], rt[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 3) and close(lines[1][y], hu[y] * 0.012)
                and close(lines[2][y], tui[y] * 0.0012 + hu[y] * 0.003) and close(lines[3][y], 4 * 6 * 12)
                and close(lines[5][y], 400 / 8) and close(lines[6][y], [200, 150, 100][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], rev[y] * 0.015, 0.02), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 975, 1.097, 0.01), "+10 % on 2026")
    mk = p.part("# G. THỊ TRƯỜNG", "# H.")
    p.check(36000 + 12000 + 12000 == tui[0] and 6000 + 4000 == hu[0], "channels = 60.000 túi, 10.000 hũ")
    p.check(14000 + 12000 + 10000 == 36000 and "12.000 túi" in mk.section, "named distributors = 36.000 túi")
    p.has("| 4 | Bếp ăn 14 trường học | Lộc Hà, Thạch Hà | muối túi | 12.000 túi |")
    sums(p, p.part("Sản lượng muối thô dự kiến theo tháng", "Muối thu hoạch"), "Muối thô", 6, 140, "salt months = 140 tấn")
    inv = p.part("# M. VỐN", "# N.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500 == inv.one("Cộng") and sum(items[:4]) == 400, "capital 500, fixed 400")
    p.check(inv.one("Vốn tự có") + inv.one("Vay Ngân hàng") == 500, "sources 300 + 200")
    p.check(1.25 * 3000 == 3750 and 0.2 * 3000 == 600, "cost norms per unit")
    avg = sum(prof) / 3
    p.check(close(avg, 227.7, 0.001) and close(500 / (avg + 50), 1.8, 0.01), "payback 1,8")
    p.has("(171,5 + 227,7 + 283,9) : 3 ≈ 227,7", "500 : (227,7 + 50) ≈ 1,8 năm", "12.000 đồng/túi", "35.000 đồng/hũ",
          "1,07 tỷ đồng", "60.000 túi", "TCCS 01:2026/DP", "Giấy chứng nhận đăng ký hộ kinh doanh", "số lô")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dr05() -> Plan:
    p = Plan("dr05_cha_ca_cam_nhuong_hkd")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    thu, nuc, kg, fish, staff = (pr.row("Chả cá thu"), pr.row("Chả cá nục"), pr.row("Tổng chả cá"),
                                 pr.row("Cá nguyên liệu cần dùng"), pr.row("Lao động |"))
    fin = p.part("## 12.2.", "Lợi nhuận bình quân")
    rev, rt, rn, cost, prof = (fin.row("Doanh thu |"), fin.row("Chả cá thu (250.000"), fin.row("Chả cá nục (140.000"),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Cá thu, cá nục", "Bột, gia vị", "Bao bì", "Công lao động", "Điện, gas", "Khấu hao",
                                   "Lãi vay", "Quảng bá", "Thuế (1,5")]
    for y in Y:  # triệu đồng
        p.check(kg[y] == thu[y] + nuc[y] and close(fish[y], kg[y] * 1.4) and fish[y] <= 40000
                and kg[y] <= 30 * 8 * 300, f"fish 1,4 within 40 tấn, grinder 72 tấn {y}")
        p.check(close(rn[y], nuc[y] * 0.14) and close(rev[y], rt[y] + rn[y]), f"revenue adds up {y}")
        p.check(close(lines[0][y], thu[y] * 1.4 * 0.09 + nuc[y] * 1.4 * 0.035) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], kg[y] * 0.005) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], kg[y] * 0.008) and close(lines[5][y], 300 / 10)
                and close(lines[6][y], [150, 100, 50][y] * 0.08) and close(lines[7][y], 20)
                and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(close(rt[1], thu[1] * 0.25) and close(rt[2], thu[2] * 0.25), "2028, 2029 chả cá thu rows right")
    true = thu[0] * 0.25
    p.check(rt[0] == 850 and true == 750 and off(rt[0], true, 5) and off(rev[0], true + rn[0], 5),
            "PLANTED 2027 chả cá thu 850 != 3.000 kg × 250.000 = 750 (+13,3 %); total 1.410 vs 1.310 (+7,6 %)")
    true_rev = [true + rn[0], rev[1], rev[2]]
    g1, g2 = true_rev[1] / true_rev[0], true_rev[2] / true_rev[1]
    p.check(close(g1, 2.0) and close(g2, 2.0) and close(kg[1] / kg[0], 2.0) and close(kg[2] / kg[1], 2.0)
            and off(g1, 1.2, 5) and off(g2, 1.2, 5),
            "PLANTED output and revenue ×2 in 2028 and again in 2029")
    p.check(staff == [5, 5, 5] and lines[7] == [20, 20, 20] and lines[0][2] > 15 * 150, "same 5 workers, flat 20 triệu promotion, 2.296 triệu of fish against 150 triệu working capital")
    market = p.part("# 7. Thị trường", "# 8.")
    p.check("thị trường còn rất lớn" in market.section and market.section.count("3 nhà hàng") == 2
            and "hợp đồng" not in market.section, "market: the same 3 restaurants and 2 shops, 'thị trường còn rất lớn', no contract")
    p.check(close(kg[0] / 6500, 1.077, 0.01), "2027 +7,7 % on 2026 (not the defect)")
    cust = p.part("Giá bán giữ ổn định trong cả giai đoạn.", "Đối thủ")
    p.check(sum(cust.one(f"{i} |") for i in range(1, 7)) == cust.one("Cộng") == kg[0], "customers = 7.000 kg")
    cal = p.part("Lịch sản xuất năm 2027", "Quý II và quý III")
    sums(p, cal, "Chả cá thu", 4, thu[0], "calendar thu")
    sums(p, cal, "Chả cá nục", 4, nuc[0], "calendar nục")
    inv = p.part("## 12.1.", "## 12.2.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 450 == inv.one("Cộng") == 300 + 150 and sum(items[:4]) == 300, "capital 450")
    avg = sum(prof) / 3
    true_avg = (prof[0] - (rt[0] - true) * (1 - 0.015) + prof[1] + prof[2]) / 3
    p.check(close(avg, 859, 0.001) and close(450 / (avg + 30), 0.5, 0.02) and not off(450 / (true_avg + 30), 450 / (avg + 30), 5),
            "payback 0,5 as printed; the true profit moves it by less than 5 %")
    p.check(close(1.4 * 90000, 126000) and close(1.4 * 35000, 49000), "norm table")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tập huấn kiến thức|công bố|vệ sinh|"
            r"giấy chứng nhận cơ sở|cam kết bảo đảm", "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2026/HB", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "số lô", "bể lắng",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "148/QĐ-TTg", "(226,8 + 652,7 + 1.697,4) : 3 ≈ 859",
          "450 : (859 + 30) ≈ 0,5 năm", "250.000 đồng/kg", "140.000 đồng/kg", "28.000 kg", "khoảng 40 tấn/năm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    not_planted(p)
    return p


def dr06() -> Plan:
    p = Plan("dr06_nuoc_mam_ky_ninh_ctcp")
    pr = p.part("# 8. Kế hoạch", "# 9.")
    ch, can, lit = pr.row("Nước mắm 30 độ đạm"), pr.row("Nước mắm 20 độ đạm"), pr.row("Tổng nước mắm bán ra")
    raw = p.part("# 5. Nguồn nguyên liệu", "# 6.")
    fish = [raw.row(f"{i} |", 3)[1] for i in (1, 2, 3)]
    contract = [raw.row(f"{i} |", 3)[2] for i in (1, 2, 3)]
    lit2 = [raw.row(f"{i} |", 3)[0] for i in (1, 2, 3)]
    fin = p.part("## 9.2.", "Thuế thu nhập doanh nghiệp tính")
    rev, rc, rk, cost = (fin.row("Doanh thu |"), fin.row("Chai 500 ml (65.000"), fin.row("Can 2 lít (90.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cá cơm, muối", "Chai, can", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 2 == lit2[y] and close(fish[y], lit[y] / 0.65 / 1000, 0.01)
                and fish[y] <= 50 * 1.2, f"litres; fish salted the year before = litres / 0,65; 50 vats × 1,2 tấn {y}")
        p.check(close(rc[y], ch[y] * 0.065) and close(rk[y], can[y] * 0.09) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 18) and close(lines[1][y], ch[y] * 0.006 + can[y] * 0.008)
                and close(lines[2][y], 10 * 6.5 * 12) and close(lines[4][y], 1000 / 10)
                and close(lines[5][y], [600, 400, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 90), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * [0.15, 0.15, 0.17][y]) and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
    p.check(fish[0] <= contract[0] == 45, "2026 salting (41,5 tấn, done) within the contract")
    p.check(contract[1] == contract[2] == 45 and off(fish[1], 45, 5) and off(fish[2], 45, 5)
            and close(fish[1] / 45, 1.06, 0.01) and close(fish[2] / 45, 1.196, 0.01),
            "PLANTED fish salted in 2027 / 2028: 47,7 / 53,8 tấn against the 45 tấn contract (+6,0 % / +19,6 %)")
    p.has("Lượng cá theo hợp đồng 45 tấn/năm đủ cho kế hoạch sản xuất của cả giai đoạn.")
    p.lacks(r"mua thêm cá|nguồn cá khác|tàu ngoài", "no other fish source")
    sums(p, p.part("Lịch muối cá năm 2027", "# 6."), "Cá cơm muối", 6, fish[1], "salting calendar 2027 = 47,7")
    growth(p, rev, "revenue")
    growth(p, lit, "litres")
    chn = p.part("## 4.2.", "# 5.")
    p.check(sum(chn.one(f"{i} |") for i in range(1, 6)) == chn.one("Cộng") == lit[0], "channels = 27.000 lít")
    org = p.part("# 7. Tổ chức", "# 8.")
    p.check(sum(org.one(f"{i} |") for i in range(1, 7)) == org.one("Cộng") == 10, "staff 10")
    inv = p.part("## 9.1.", "## 9.2.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 1000, "capital 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 449, 0.001) and close(1500 / (avg + 100), 2.7, 0.02), "payback 2,7")
    p.check(p.count("Công ty Cổ phần Nước mắm Sông Trí") == 2 and p.count("Công ty Cổ phần Nước mắm Kỳ Ninh") == 1,
            "PLANTED another company's name twice (quality control, risks)")
    p.lacks(r"nhãn|43/2017|111/2021|mã vạch|\bQR\b|tem\b", "PLANTED no label, label content or labelling decree")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/KN", "tự công bố", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg", "(282,6 + 453,4 + 611) : 3 ≈ 449", "1.500 : (449 + 100) ≈ 2,7 năm",
          "65.000 đồng/chai", "90.000 đồng/can", "27.000 lít")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    not_planted(p)
    return p


def dr07() -> Plan:
    p = Plan("dr07_ca_kho_thach_tri_co_so")
    pr = p.part("## 1. Kế hoạch sản xuất và doanh thu", "## 2.")
    moi, cv, need = pr.row("Cá mối một nắng"), pr.row("Cá chỉ vàng khô"), pr.row("Cá tươi cần dùng")
    rev, rm, rc = pr.row("Doanh thu |"), pr.row("Cá mối một nắng (180.000"), pr.row("Cá chỉ vàng khô (240.000")
    ct = p.part("## 2. Chi phí sản xuất", "## 3.")
    lines = [ct.row(x) for x in ("Cá mối tươi", "Cá chỉ vàng tươi", "Túi, hộp", "Công lao động", "Điện sấy", "Khấu hao",
                                  "Vận chuyển", "Chi khác")]
    total = ct.row("Tổng chi phí")
    pf = p.part("## 4. Lợi nhuận", "# XI.")
    rev2, cost2, prof = pf.row("Doanh thu |"), pf.row("Tổng chi phí"), pf.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(need[y], moi[y] * 2.5 + cv[y] * 3.5) and need[y] <= 18000 and need[y] <= 200 * 180,
                f"fish need within 18.000 kg and the yard {y}")
        p.check(close(rm[y], moi[y] * 0.18) and close(rc[y], cv[y] * 0.24) and close(rev[y], rm[y] + rc[y]) and rev2[y] == rev[y],
                f"revenue {y}")
        p.check(close(lines[0][y], moi[y] * 2.5 * 0.04) and close(lines[1][y], cv[y] * 3.5 * 0.03)
                and close(lines[2][y], (moi[y] + cv[y]) * 0.006) and close(lines[3][y], 4 * 5 * 12)
                and close(lines[5][y], 200 / 10) and close(lines[7][y], 12), f"cost lines {y}")
        p.check(cost2[y] == total[y] and close(prof[y], rev[y] - total[y]), f"profit = revenue − stated total {y}")
    p.check(close(total[0], lines_sum(lines, 0)) and close(total[2], lines_sum(lines, 2)), "2027, 2029 totals right")
    true = lines_sum(lines, 1)
    p.check(total[1] == total[0] == 789.5 and close(true, 841, 0.001) and off(total[1], true, 5),
            "PLANTED 2028 'Tổng chi phí' 789,5 (the 2027 total copied) != 841 (−6,1 %)")
    p.check(close(rev[1] - true, 149, 0.001) and off(prof[1], rev[1] - true, 5), "tolerated: 2028 profit truly 149")
    avg = sum(prof) / 3
    tavg = (prof[0] + rev[1] - true + prof[2]) / 3
    p.check(close(avg, 166.2, 0.001) and close(300 / (avg + 20), 1.6, 0.01) and close(300 / (tavg + 20), 1.77, 0.01)
            and off(300 / (avg + 20), 300 / (tavg + 20), 5), "stated 1,6 years; truly 1,8 (tolerated)")
    growth(p, rev, "revenue")
    p.check(close((moi[0] + cv[0]) / 4200, 1.07, 0.01), "+7 % on 2026")
    ch = p.part("# VII. THỊ TRƯỜNG", "Đối thủ")
    c = ch.row("Cộng", 2)
    p.check([sum(ch.row(f"{i} |", 2)[k] for i in range(1, 5)) for k in (0, 1)] == c == [moi[0], cv[0]], "channels = output")
    boats = p.part("Nhu cầu năm 2027 là 12.750 kg", "Cá được mua")
    p.check(sum(boats.one(f"{i} |") for i in range(1, 9)) == boats.one("Cộng") == 18000, "8 boats = 18.000 kg")
    cal = p.part("Lịch sản xuất năm 2027", "# X.")
    sums(p, cal, "Cá mối một nắng", 4, moi[0], "calendar cá mối")
    sums(p, cal, "Cá chỉ vàng khô", 4, cv[0], "calendar cá chỉ vàng")
    inv = p.part("## 3. Vốn đầu tư", "## 4.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 300 == 200 + 100 and sum(items[:3]) == 200, "capital 300")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|chỉ dẫn địa lý|văn bằng",
            "PLANTED no trademark or IP protection")
    p.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|hộ kinh doanh|công ty|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|giấy phép|thuế", "PLANTED no registration, tax code, tax or plan to register")
    p.has("cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/HT", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "số lô",
          "hố lắng", "148/QĐ-TTg", "1489/QĐ-TTg", "(110,5 + 200,5 + 187,6) : 3 ≈ 166,2", "300 : (166,2 + 20) ≈ 1,6 năm",
          "180.000 đồng/kg", "240.000 đồng/kg", "khoảng 18.000 kg cá tươi/năm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    not_planted(p)
    return p


def dr08() -> Plan:
    p = Plan("dr08_ca_com_kho_xuan_yen_cty")
    pr = p.part("# PHẦN V.", "# PHẦN VI.")
    l1, l2, kg, fresh, staff = (pr.row("Cá cơm khô loại 1"), pr.row("Cá cơm khô loại 2"), pr.row("Tổng cá cơm khô"),
                                pr.row("Cá cơm tươi cần dùng"), pr.row("Lao động |"))
    fin = p.part("## 2. Doanh thu, chi phí", "# PHẦN VII.")
    rev, r1, r2, cost = (fin.row("Doanh thu |"), fin.row("Cá cơm khô loại 1 (280.000"), fin.row("Cá cơm khô loại 2 (180.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cá cơm tươi", "Muối, điện", "Bao bì", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Chi phí tiêu thụ", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == l1[y] + l2[y] and close(fresh[y], kg[y] * 3.5) and fresh[y] <= 130000, f"fresh 3,5 within 130 tấn {y}")
        p.check(close(r1[y], l1[y] * 0.28) and close(r2[y], l2[y] * 0.18) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.02) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], kg[y] * 0.008)
                and close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 1500 / 10)
                and close(lines[5][y], [1000, 750, 500][y] * 0.08) and close(lines[6][y], rev[y] * 0.06)
                and close(lines[7][y], 200), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]),
                f"cost sum, tax on the stated profit {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[1], rev[1] - cost[1]), "2027, 2028 profit right")
    p.check(close(rev[2] - cost[2], 2524.4, 0.001) and pre[2] == 2824.4 and off(pre[2], rev[2] - cost[2], 5),
            "PLANTED 2029 profit 2.824,4 != 7.760 − 5.235,6 = 2.524,4 (+11,9 %)")
    cap = 2 * 100 * 150
    p.check(cap == 30000 and kg[0] <= cap and kg[1] <= cap and off(kg[2], cap, 5) and close(kg[2] / cap, 1.15),
            "PLANTED 2029 34.500 kg against 2 dryers × 100 kg × 150 days = 30.000 kg (+15 %)")
    p.check(staff == [16, 16, 16], "same 16 workers")
    inv = p.part("## 1. Vốn đầu tư", "## 2.")
    p.check("sấy" not in inv.section, "no dryer bought")
    p.has("Hai lò sấy hiện có đủ công suất cho cả giai đoạn 2027 – 2029.")
    p.check(kg[1] / kg[0] < 1.2 and kg[2] / kg[1] < 1.2 and close(kg[0] / 24500, 1.102, 0.01), "growth 10–15 % (not a defect)")
    sums(p, p.part("Lịch sấy năm 2027", "Với 2 lò sấy"), "Cá cơm khô", 7, kg[0], "drying calendar = 27.000 kg")
    p.check(4400 <= 200 * 22, "peak month 4.400 kg within 200 kg × 22 days")
    boats = p.part("Muối mua tại Hộ Độ.", "Hợp đồng liên kết thời hạn")
    p.check(sum(boats.row(f"{i} |", 2)[1] for i in range(1, 4)) == boats.row("Cộng", 2)[1] == 130
            and sum(boats.row(f"{i} |", 2)[0] for i in range(1, 4)) == 14, "14 boats, 130 tấn")
    org = p.part("## 4. Tổ chức lao động", "# PHẦN V.")
    p.check(sum(org.one(f"{i} |") for i in range(1, 6)) == org.one("Cộng") == 16, "staff by team = 16")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2500 == 1500 + 1000 and sum(items[:4]) == 1500, "capital 2.500")
    avg = sum(post) / 3
    tavg = (post[0] + post[1] + (rev[2] - cost[2]) * 0.83) / 3
    p.check(close(avg, 1749, 0.001) and close(2500 / (avg + 150), 1.3, 0.02) and close(2500 / (tavg + 150), 1.38, 0.01),
            "stated 1,3 years; truly 1,38 (tolerated knock-on)")
    market = p.part("## 4. Thị trường tiêu thụ", "# PHẦN IV.")
    p.check(not re.search(r"\d", re.sub(r"20\d\d", "", market.section.split("\n", 1)[1])) and not re.search(r"giá|đồng", market.section),
            "PLANTED the market section has no number (but the years) or price")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|\bbán\b|thương lái|phân phối|hợp đồng (bán|tiêu thụ|cung cấp)|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|"
            r"điểm bán|nhà hàng|kênh|người mua|đơn hàng|bếp ăn", "PLANTED no customer or sales channel anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/XYP", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg", "(1.283,5 + 1.619,3 + 2.344,3) : 3 ≈ 1.749",
          "2.500 : (1.749 + 150) ≈ 1,3 năm", "280.000 đ/kg", "27.000 kg", "2,5 tỷ đồng", "130 tấn")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    not_planted(p)
    return p


def dr09() -> Plan:
    p = Plan("dr09_tom_kho_thach_bang_tht")
    pr = p.part("# 12/", "Lợi nhuận bình quân")
    l1, l2, kg, fresh = pr.row("Tôm khô loại 1"), pr.row("Tôm khô loại 2"), pr.row("Tổng tôm khô"), pr.row("Tôm tươi cần dùng")
    rev, r1, r2, cost, prof = (pr.row("Doanh thu |"), pr.row("Tôm khô loại 1 (950.000"), pr.row("Tôm khô loại 2 (650.000"),
                               pr.row("Chi phí |"), pr.row("Lợi nhuận |"))
    lines = [pr.row(x) for x in ("Tôm tươi (100.000", "Túi, hộp", "Công 5 thành viên", "Điện sấy", "Khấu hao", "Lãi vay",
                                  "Bán hàng", "Thuế (1,5", "Chi khác")]
    for y in Y:  # triệu đồng
        p.check(kg[y] == l1[y] + l2[y] and close(fresh[y], kg[y] * 4.5) and fresh[y] <= 12000 and fresh[y] <= 150 * 150,
                f"fresh 4,5 within 12.000 kg and the dryer {y}")
        p.check(close(r1[y], l1[y] * 0.95) and close(r2[y], l2[y] * 0.65) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.1) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], 5 * 5 * 12)
                and close(lines[3][y], kg[y] * 0.015) and close(lines[4][y], 200 / 10)
                and close(lines[5][y], [150, 100, 50][y] * 0.07) and close(lines[6][y], rev[y] * 0.04)
                and close(lines[7][y], rev[y] * 0.015) and close(lines[8][y], 15), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    p.check(close(kg[0] / 1800, 1.11, 0.01), "+11 % on 2026")
    inv = p.part("# 11/", "# 12/")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500 and sum(items[:5]) == 200, "items = total 500, fixed 200")
    src = 250 + 150
    p.check(off(src, 500, 5) and close(src / 500, 0.8), "PLANTED sources 250 + 150 = 400 != 500 (−20 %)")
    p.has("vốn góp của 5 thành viên 250 triệu đồng; vay Ngân hàng Chính sách xã hội 150 triệu đồng",
          "Các nguồn trên bảo đảm đủ tổng vốn đầu tư 500 triệu đồng")
    mem = p.part("Tổng vốn góp ban đầu 250 triệu đồng.", "# 2/")
    p.check(sum(mem.one(f"{i} |") for i in range(1, 6)) == mem.one("Cộng") == 250, "members' capital 250")
    mk = p.part("# 7/", "Đối thủ")
    c = mk.row("Cộng", 2)
    p.check([sum(mk.row(f"{i} |", 2)[k] for i in range(1, 5)) for k in (0, 1)] == c == [l1[0], l2[0]], "channels = output")
    sup = p.part("nhu cầu năm 2029 là 10.800 kg.", "Lịch thu mua")
    p.check(sum(sup.row(f"{i} |", 2)[1] for i in range(1, 4)) == sup.row("Cộng", 2)[1] == 12000, "suppliers 12.000 kg")
    sums(p, p.part("Lịch thu mua tôm tươi năm 2027", "Giá mua tôm"), "Tôm tươi", 8, fresh[0], "purchase calendar = 9.000 kg")
    avg = sum(prof) / 3
    p.check(close(avg, 213.8, 0.001) and close(500 / (avg + 20), 2.1, 0.02), "payback 2,1")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "cấp huyện", "UBND huyện Lộc Hà")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED outdated-policy: no current instrument cited")
    p.lacks(r"kiểm soát|truy xuất|nguồn gốc|\blô\b|số lô|sổ|nhật ký|ghi chép|HACCP|\bQR\b|kiểm tra|theo dõi|lưu mẫu",
            "PLANTED no internal quality control or traceability")
    p.has("TCCS 01:2025/TB", "tự công bố", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "Giấy chứng nhận đăng ký tổ hợp tác", "(159,8 + 213,8 + 267,9) : 3 ≈ 213,8",
          "500 : (213,8 + 20) ≈ 2,1 năm", "950.000 đồng/kg", "650.000 đồng/kg", "2.000 kg", "500 triệu đồng")
    not_planted(p)
    return p


def dr10() -> Plan:
    p = Plan("dr10_muc_kho_cam_linh_htx")
    pr = p.part("# Mục 11.", "# Mục 12.")
    l1, l2, kg, fresh = pr.row("Mực khô loại 1"), pr.row("Mực khô loại 2"), pr.row("Tổng mực khô"), pr.row("Mực tươi cần dùng")
    fin = p.part("# Mục 12.", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, cost = (fin.row("Doanh thu |"), fin.row("Mực khô loại 1 (1.200.000"), fin.row("Mực khô loại 2 (850.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Mực ống tươi", "Bao bì", "Tiền lương", "Điện sấy", "Khấu hao", "Lãi vay", "Bán hàng",
                                   "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == l1[y] + l2[y] and close(fresh[y], kg[y] * 5.5) and fresh[y] <= 20000 and fresh[y] <= 150 * 150,
                f"fresh 5,5 within 20.000 kg and the 800 m² yard {y}")
        p.check(close(r1[y], l1[y] * 1.2) and close(r2[y], l2[y] * 0.85) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.08) and close(lines[1][y], kg[y] * 0.012) and close(lines[2][y], 8 * 6 * 12)
                and close(lines[3][y], kg[y] * 0.02) and close(lines[4][y], 800 / 10)
                and close(lines[5][y], [500, 350, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.04)
                and close(lines[7][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"profit, 15 % tax {y}")
    growth(p, rev, "revenue")
    p.check(close(kg[0] / 2300, 1.087, 0.01), "+9 % on 2026")
    inv = p.part("# Mục 12.", "ĐVT: triệu đồng\n| TT | Chỉ tiêu")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 1000 + 500 and sum(items[:4]) == 800, "capital 1.500, fixed 800")
    avg = sum(post) / 3
    true = 1500 / (avg + 80)
    p.check(close(avg, 485.9, 0.001) and close(true, 2.65, 0.01) and off(1.2, true, 5) and off(1.2, 1500 / avg, 5),
            "PLANTED payback 1,2 years != 1.500 : 565,9 = 2,65 (3,1 without depreciation)")
    p.has("1.500 : (485,9 + 80) ≈ 1,2 năm", "Hoàn vốn đầu tư trong khoảng 1,2 năm")
    p.has("sân phơi 1.200 m² lát gạch", "Hợp tác xã hiện có sân phơi 800 m²")
    p.check(off(1200, 800, 5) and p.count("1.200 m²") == 1 and p.count("800 m²") == 1,
            "PLANTED drying yard 1.200 m² (current state) != 800 m² (technology), same time")
    p.lacks(r"môi trường|nước thải|xử lý|bể lắng|hố lắng|\bmùi\b|ruồi|côn trùng|\brác\b|chất thải|phụ phẩm|nội tạng (được|bán)|"
            r"thu gom|ô nhiễm|khí thải", "PLANTED no environmental measure")
    mk = p.part("# Mục 7.", "Chính sách giá")
    c = mk.row("Cộng", 2)
    p.check([sum(mk.row(f"{i} |", 2)[k] for i in range(1, 5)) for k in (0, 1)] == c == [l1[0], l2[0]], "channels = output")
    boats = p.part("nhu cầu năm 2027 là 13.750 kg", "Lịch thu mua")
    p.check(sum(boats.one(f"{i} |") for i in range(1, 11)) == boats.one("Cộng") == 20000, "10 boats = 20.000 kg")
    sums(p, p.part("Lịch thu mua mực tươi năm 2027", "Hợp tác xã trả tiền"), "Mực tươi", 7, fresh[0], "purchase calendar")
    org = p.part("# Mục 10.", "# Mục 11.")
    p.check(sum(org.one(f"{i} |") for i in range(1, 6)) == org.one("Cộng") == 8, "staff 8")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/CL", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "số lô", "148/QĐ-TTg", "1489/QĐ-TTg", "Giấy chứng nhận đăng ký hợp tác xã",
          "1.200.000 đồng/kg", "850.000 đồng/kg", "2.500 kg", "1.500 triệu đồng", "khoảng 20.000 kg/năm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    not_planted(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dr11_nuoc_mam_thach_lac_so_sai")
    a.check(3000 * 40000 == 120e6, "3.000 lít × 40.000 = 120 triệu")
    a.has("khoảng 3.000 lít", "40.000 đồng/lít", "khoảng 120 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|thiết bị|quy trình", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dr12_ca_kho_ky_xuan_so_sai")
    b.check(1000 * 150000 == 150e6, "1.000 kg × 150.000 = 150 triệu")
    b.has("khoảng 1.000 kg", "150.000 đồng/kg", "khoảng 150 triệu đồng", "hai thương lái")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|thiết bị|quy trình", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dr01, dr02, dr03, dr04, dr05, dr06, dr07, dr08, dr09, dr10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
