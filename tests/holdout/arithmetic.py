"""The holdout plans' own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
investment items = capital sources = total, payback, raw-material need vs supply, output vs
capacity, growth. The planted defects are asserted to be wrong by more than 5 % and everything
else to be right. Every figure used here is also looked up verbatim in the plan's source, so the
numbers cannot drift from the text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"


def vn(s: str) -> float:
    """Vietnamese number: 1.234,5 -> 1234.5."""
    return float(s.replace(".", "").replace(",", "."))


def close(a: float, b: float, tol: float = 0.005) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-9)


def off(a: float, b: float, pct: float = 5.0) -> bool:
    return abs(a - b) / abs(b) * 100 > pct


class Plan:
    def __init__(self, stem: str):
        self.stem = stem
        self.text = (SRC / f"{stem}.md").read_text(encoding="utf-8")
        self.failures: list[str] = []

    def has(self, *snippets: str) -> None:
        for s in snippets:
            if s not in self.text:
                self.failures.append(f"text not found: {s!r}")

    def check(self, ok: bool, what: str) -> None:
        if not ok:
            self.failures.append(what)


def row(p: Plan, label: str, n: int = 3, parse=vn) -> list[float]:
    """The n numbers after a table row's label: the first row whose first cell, or second cell
    (after a TT cell), starts with `label`."""
    if label.endswith("|"):  # the label is a whole cell
        lab = re.escape(label.rstrip(" |")) + r"\s*"
    else:  # the label starts a cell
        lab = re.escape(label) + r"[^|\n]*"
    m = re.search(r"^\|(?:\s*[\d.]*\s*\|)?\s*" + lab + r"((?:\|[^|\n]*)+)\|\s*$", p.text, re.M)
    if not m:
        p.failures.append(f"row not found: {label}")
        return [0.0] * n
    cells = [c.strip() for c in m.group(1).split("|") if c.strip()]
    nums = [c for c in cells if re.fullmatch(r"[\d.,]+", c)]
    return [parse(c) for c in nums[-n:]]


def h01() -> Plan:
    p = Plan("h01_cu_do_chuong")
    hop, tui = row(p, "Hộp 500 g (hộp)"), row(p, "Túi 1 kg (túi)")
    tons = row(p, "Tổng khối lượng (tấn)")
    rev, r1, r2 = row(p, "1 | Doanh thu"), row(p, "1.1 | Hộp 500 g"), row(p, "1.2 | Túi 1 kg")
    cost = row(p, "2 | Tổng chi phí")
    lines = [row(p, f"2.{i} |") for i in range(1, 9)]
    pre, tax, post = row(p, "3 | Lợi nhuận trước thuế"), row(p, "4 | Thuế TNDN"), row(p, "5 | Lợi nhuận sau thuế")
    for y in range(3):
        p.check(close(r1[y], hop[y] * 60000 / 1e6) and close(r2[y], tui[y] * 110000 / 1e6), f"revenue parts {y}")
        p.check(close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(tons[y], hop[y] * 0.5 / 1000 + tui[y] / 1000), f"tonnage {y}")
        p.check(close(cost[y], sum(line[y] for line in lines)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(close(lines[0][y], tons[y] * 39000 / 1000), f"material cost {y}")
    items = [240, 80, 60, 70, 300, 60, 30, 660]
    p.has("| 8 | Vốn lưu động (dự trữ lạc, mật mía mùa vụ) | 660 |", "| | Tổng cộng | 1.500 |",
          "vốn chủ sở hữu 900 triệu đồng", "500 triệu đồng trong 4 năm", "OCOP theo Nghị quyết số 51/2021/NQ-HĐND (được sửa đổi, bổ sung năm 2025) 100 triệu đồng",
          "1.500 : (856,8 + 114) = 1,55 năm")
    p.check(sum(items) == 1500 == 900 + 500 + 100, "capital")
    p.check(close(1500 / (sum(post) / 3 + 114), 1.55, 0.01), "payback")
    p.check(0.35 * tons[2] <= 18 and 0.35 * tons[2] <= 16, "peanut / molasses supply")
    p.check(2 * 60 * 2 * 250 / 1000 >= tons[2], "capacity")
    p.check(all(tons[i + 1] / tons[i] - 1 <= 0.30 for i in range(2)), "growth")
    return p


def h02() -> Plan:
    p = Plan("h02_buoi_phuc_trach_htx")
    years = {}
    for y in (2027, 2028, 2029):
        years[y] = row(p, f"{y} |", 6)
    costs = [row(p, label) for label in ("Thu mua bưởi", "Hộp, sọt", "Lương lao động", "Sơ chế, vận chuyển",
                                          "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chứng nhận")]
    total = row(p, "Cộng")
    for i, y in enumerate((2027, 2028, 2029)):
        q, l1, l2, rev, cost, prof = years[y]
        p.check(close(q, l1 + l2) and close(rev, l1 * 35 + l2 * 22), f"revenue {y}")
        p.check(close(cost, total[i]) and close(total[i], sum(c[i] for c in costs)), f"cost {y}")
        p.check(close(prof, rev - cost), f"profit {y}")
        p.check(close(costs[0][i], l1 * 22 + l2 * 13), f"purchase {y}")
        area = {2027: 20, 2028: 22, 2029: 24}[y]
        p.check(0.7 * area * 12 >= q, f"supply {y}")
    p.check(350 + 280 + 220 + 50 + 60 + 240 == 1200 == 600 + 400 + 200, "capital")
    avg = sum(years[y][5] for y in years) / 3
    p.check(close(1200 / avg, 2.2, 0.02), "payback")
    p.check(3 * 90 >= years[2029][0], "packhouse capacity")
    p.has("1.200 : 536 ≈ 2,2 năm", "vốn góp của thành viên 600 triệu đồng", "nông thôn 400 triệu đồng")
    return p


def h03() -> Plan:
    p = Plan("h03_che_xanh_muc_luc")
    hop_t, tui_t, tot = row(p, "Hộp 200 g |"), row(p, "Túi 500 g |"), row(p, "Cộng |")
    rev = row(p, "Doanh thu |")
    lines = [row(p, lab) for lab in ("Búp tươi", "Bao bì, nhãn", "Tiền công", "Điện, than", "Khấu hao",
                                      "Lãi vay", "Bán hàng", "Kiểm nghiệm, quản lý")]
    cost, lai = row(p, "Tổng chi phí"), row(p, "Lãi |")
    for y in range(3):
        hop, tui = hop_t[y] * 1000 / 0.2, tui_t[y] * 1000 / 0.5
        p.check(close(rev[y], (hop * 60000 + tui * 90000) / 1e6), f"revenue {y}")
        p.check(close(tot[y], hop_t[y] + tui_t[y]), f"tonnage {y}")
        p.check(close(cost[y], sum(line[y] for line in lines)), f"cost {y}")
        p.check(close(lai[y], rev[y] - cost[y]), f"profit {y}")
        fresh = tot[y] * 5
        p.check(close(lines[0][y], 20 * 8 + (fresh - 20) * 12), f"fresh cost {y}")
        p.check(fresh <= 20 + 25, f"supply {y}")
        p.check(close(lines[1][y], (hop * 6000 + tui * 2000) / 1e6), f"packaging {y}")
    p.check(120 + 90 + 80 + 40 + 250 + 40 + 20 + 160 == 800 == 400 + 300 + 100, "capital")
    p.check(close(800 / (sum(lai) / 3), 1.8, 0.02), "payback")
    p.check(150 * 2 * 200 / 5 / 1000 >= tot[2], "capacity")
    p.has("10.000 hộp và 8.000 túi năm 2027", "800 : 449 = 1,8 năm")
    return p


def h04() -> Plan:
    p = Plan("h04_du_lich_sinh_thai")
    ve, dem, suat, tn = [12000, 13500, 15000], [2400, 2700, 3000], [9000, 10000, 11000], [4000, 4500, 5000]
    rev = [(a * 50000 + b * 600000 + c * 150000 + d * 100000) / 1e6 for a, b, c, d in zip(ve, dem, suat, tn)]
    p.check(rev == [3790, 4245, 4700], "revenue")
    costs = [[585, 1404, 180, 300, 120, 150, 120, 100], [650, 1404, 190, 300, 96, 160, 130, 110],
             [715, 1404, 200, 300, 72, 170, 140, 120]]
    p.check([sum(c) for c in costs] == [2959, 3040, 3121], "cost")
    prof = [r - sum(c) for r, c in zip(rev, costs)]
    p.check(prof == [831, 1205, 1579], "profit")
    p.check(all(close(c[0], s * 65000 / 1e6) for c, s in zip(costs, suat)), "food cost")
    p.check(close(18 * 6.5 * 12, 1404), "wages")
    p.check(close(1.8 + 0.9 + 0.4 + 0.5 + 0.8 + 0.2 + 0.4, 5.0) and close(3.2 + 1.5 + 0.3, 5.0), "capital")
    p.check(close(5000 / (sum(prof) / 3 + 300), 3.3, 0.02), "payback")
    p.check(max(dem) <= 12 * 365, "rooms")
    p.has("3 790 triệu đồng", "4 245 triệu đồng (675 + 1 620 + 1 500 + 450)", "4 700 triệu đồng (750 + 1 800 + 1 650 + 500)",
          "2 959 triệu đồng", "3 040 triệu đồng", "3 121 triệu đồng", "831 triệu đồng năm 2027, 1 205 triệu đồng",
          "5 000 : (1 205 + 300) ≈ 3,3 năm")
    return p


def h05() -> Plan:
    p = Plan("h05_muc_mot_nang")
    q, price = row(p, "Mực một nắng thành phẩm"), 580000
    true_rev = [x * price / 1000 for x in q]  # triệu đồng
    stated = [8700, 9860, 12500]
    p.has("8,7 tỷ đồng", "9,86 tỷ đồng", "12,5 tỷ đồng")
    p.check(close(stated[0], true_rev[0]) and close(stated[1], true_rev[1]), "2027-2028 revenue right")
    p.check(off(stated[2], true_rev[2]), "PLANTED 2029 revenue wrong")
    lines = [row(p, f"{i} |") for i in range(1, 9)]
    cost = row(p, "| Tổng chi phí")
    p.check(all(close(cost[y], sum(line[y] for line in lines)) for y in range(3)), "cost sum")
    p.check([s - c for s, c in zip(stated, cost)] == [813, 1167, 3001], "profit follows stated revenue")
    p.check(600 + 350 + 250 + 80 + 500 + 70 + 50 + 500 == 2400 == 1200 + 1200, "capital")
    p.check(2 * q[2] <= 60 and 0.3 * 200 >= 2 * q[2], "supply and capacity")
    p.check(not re.search(r"(?i)nước thải|xử lý chất thải|môi trường", p.text.split("---", 2)[2]),
            "PLANTED no environment measures")
    return p


def h06() -> Plan:
    p = Plan("h06_nhung_huou")
    an = lambda s: float(s.replace(",", ""))  # noqa: E731  (Anglo style)
    hop = row(p, "Số hộp 20 g", parse=an)
    rev, cost, prof = row(p, "1 | Doanh thu", parse=an), row(p, "2 | Chi phí", parse=an), row(p, "3 | Lợi nhuận", parse=an)
    lines = [row(p, f"2.{i} |", parse=an) for i in range(1, 10)]
    for y in range(3):
        p.check(close(rev[y], hop[y] * 1.6), f"revenue {y}")
        p.check(close(cost[y], sum(line[y] for line in lines)) and close(prof[y], rev[y] - cost[y]), f"cost/profit {y}")
    p.check(350 + 60 + 80 + 250 + 60 + 50 + 350 == 1200, "items = stated total")
    p.check(off(600 + 400 + 300, 1200), "PLANTED sources 1,300 != 1,200")
    p.has("1,600,000 đồng/hộp", "1,900,000 đồng/hộp", "Quyết định số 1048/QĐ-TTg", "Nghị quyết số 123/2018/NQ-HĐND")
    p.check(70 + 60 >= 120, "stag supply")
    p.check(close(1200 / (sum(prof) / 3), 1.1, 0.02), "payback")
    return p


def h07() -> Plan:
    p = Plan("h07_tinh_dau_buoi")
    peel, oil, bottles = row(p, "Vỏ bưởi đưa vào"), row(p, "Tinh dầu thành phẩm"), row(p, "Số chai 50 ml")
    rev, cost, prof = row(p, "1 | Doanh thu"), row(p, "2 | Tổng chi phí"), row(p, "3 | Lợi nhuận")
    lines = [row(p, f"2.{i} |") for i in range(1, 9)]
    for y in range(3):
        p.check(close(oil[y], peel[y] * 6) and close(bottles[y], oil[y] * 20), f"yield {y}")
        p.check(close(rev[y], bottles[y] * 95000 / 1e6), f"revenue {y}")
        p.check(close(cost[y], sum(line[y] for line in lines)) and close(prof[y], rev[y] - cost[y]), f"cost/profit {y}")
        p.check(peel[y] <= 200, f"peel supply {y}")
    items = [150, 80, 300, 50, 40, 280]
    p.has("| | Tổng cộng | 980 |")
    p.check(off(980, sum(items)), "PLANTED table total 980 != 900")
    p.check(380 + 400 + 200 == 980, "sources follow the stated total")
    capacity_peel = 300 * 2 * 220 / 1000
    p.check(all(x > capacity_peel for x in peel), "PLANTED output beyond 132 t of peel")
    p.check(close(980 / (sum(prof) / 3), 2.0, 0.01), "payback from the stated total")
    return p


def h08() -> Plan:
    p = Plan("h08_keo_lac")
    t = row(p, "Kẹo lạc thành phẩm")
    rev, cost, prof = row(p, "1 | Doanh thu"), row(p, "10 | Tổng chi phí"), row(p, "11 | Lợi nhuận")
    lines = [row(p, f"{i} |") for i in range(2, 10)]
    for y in range(3):
        p.check(close(rev[y], t[y] * 100), f"revenue {y}")
        p.check(close(cost[y], sum(line[y] for line in lines)) and close(prof[y], rev[y] - cost[y]), f"cost/profit {y}")
    p.check(0.5 * t[2] > 15 * 1.05 and 0.5 * t[1] <= 15, "PLANTED kernels 22,5 t > 15 t in 2029 only")
    p.check(all(t[i + 1] / t[i] - 1 >= 0.5 for i in range(2)), "PLANTED +50 %/year")
    p.check(off(3.5, 1000 / (sum(prof) / 3), 50), "PLANTED payback 3,5 vs 1,1")
    p.check(180 + 60 + 50 + 280 + 40 + 30 + 360 == 1000 == 500 + 400 + 100, "capital")
    p.check(2 * 50 * 4 * 250 / 1000 >= t[2], "pan capacity")
    return p


def main() -> int:
    bad = 0
    for fn in (h01, h02, h03, h04, h05, h06, h07, h08):
        p = fn()
        status = "ok" if not p.failures else "FAIL"
        print(f"{status:<5}{p.stem}")
        for f in p.failures:
            print(f"      {f}")
        bad += bool(p.failures)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
