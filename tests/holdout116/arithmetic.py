"""The 116th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout116/arithmetic.py

For every ready and revise plan: output = packs x pack size, raw material = output x norm against
the stated supply, output against equipment capacity, the 2027 calendar summing to the year (and
its peak month within the daily capacity), channel and staff tables summing to their totals, the
OCOP score table (A + B + C), history 2024-2026 (raw x norm = output) and the 2027 step over 2026,
revenue = quantity x price per product and in total, each cost line = its stated norm, cost lines
= total, profit = revenue - cost, tax, investment items = total = capital sources, depreciation,
interest, average profit and payback as printed, year-on-year growth. Planted numeric defects are
asserted wrong by more than 5 % with the true value computed beside them; everything else right
within 1 %. Textual plants are asserted by the absence (or presence) of their words. Ready plans
cite QD 148 and QD 1489 and rely on no replaced instrument (QD 1048 may appear only as history).
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off  # noqa: E402

# Replaced instruments or abolished bodies a current plan must not rest on.
RELIED = (r"781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|01/2021/NĐ-CP|"
          r"Luật Hợp tác xã (năm )?2012|cấp huyện|UBND huyện|Ủy ban nhân dân huyện")
# QĐ 1048 may only appear as history: every mention sits in a sentence about a past rating or idea.
HISTORY_1048 = re.compile(r"[^.]*1048/QĐ-TTg[^.]*\.")


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
        return q

    def words(self) -> int:
        return len(self.body.split())

    def eq(self, got, want, what: str, tol: float = 0.01) -> None:
        got, want = list(got), list(want)
        ok = len(got) == len(want) and all(close(g, w, tol) for g, w in zip(got, want))
        self.check(ok, f"{what}: {got} != {want}")


def mul(xs, k):
    return [x * k for x in xs]


def add(*cols):
    return [sum(c[y] for c in cols) for y in Y]


def calendar(p: Plan, start: str, end: str, annual: float, per_day_cap: float | None = None, factor: float = 1.0):
    cal = p.part(start, end)
    months = [cal.one(f"Tháng {m} |") for m in range(1, 13)]
    p.eq([sum(months), cal.one("Cả năm")], [annual, annual], f"calendar sums to {annual}")
    if per_day_cap:
        p.check(max(months) * factor / 26 <= per_day_cap, f"peak month within {per_day_cap}/day")


def score(p: Plan, start: str, end: str, maxes, got_total: float, tgt_total: float):
    s = p.part(start, end)
    a, b, c, t = s.row("A |"), s.row("B |"), s.row("C |"), s.row("Tổng điểm")
    p.eq(t, [a[i] + b[i] + c[i] for i in range(3)], "score table sums")
    p.eq([a[0], b[0], c[0]], maxes, "score weights")
    p.check(t[1] == got_total and 50 <= t[1] < 70 and 70 <= t[2] == tgt_total, "3 stars now, 4-star target")


def table_sum(p: Plan, start: str, end: str, labels: list[str], total: str, n: int = 1):
    t = p.part(start, end)
    rows = [t.row(x, n) for x in labels]
    p.eq(t.row(total, n), [sum(r[i] for r in rows) for i in range(n)], f"table {start[:30]!r} sums")
    return rows


def fin(p: Plan, part: Plan, rev_rows, cost_rows, rev_label="Doanh thu |", cost_label="Chi phí |"):
    """rev_rows: [(label, qty[3], price)]; cost_rows(rev) -> [(label, want[3])]; returns (rev, cost)."""
    rev = part.row(rev_label)
    subs = []
    for lab, qty, price in rev_rows:
        r = part.row(lab)
        p.eq(r, mul(qty, price), f"revenue row {lab}")
        subs.append(r)
    p.eq(rev, add(*subs), "revenue total = rows")
    cost = part.row(cost_label)
    lines = []
    for lab, want in cost_rows(rev):
        r = part.row(lab)
        p.eq(r, want, f"cost line {lab}")
        lines.append(r)
    p.eq(cost, add(*lines), "cost lines = total")
    return rev, cost


def growth(p: Plan, xs, prev2026, lim=1.2):
    p.check(xs[0] / prev2026 < lim and all(xs[y] / xs[y - 1] < lim for y in (1, 2)), f"growth under 20 % {xs}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(RELIED, "ready plan relies on a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    for m in HISTORY_1048.finditer(p.body):
        p.check(re.search(r"năm 20(19|20|21|22)|lần đầu|Trước đó|từng|đã dự", m.group(0)) is not None,
                f"QĐ 1048 only as history: {m.group(0)[:80]!r}")


# --------------------------------------------------------------------------- ready plans

def profit_tax(p: Plan, f: Plan, rev, cost, rates, pre_label="Lợi nhuận trước thuế", tax_label="Thuế", post_label="Lợi nhuận sau thuế"):
    pre, tax, post = f.row(pre_label), f.row(tax_label), f.row(post_label)
    p.eq(pre, [rev[y] - cost[y] for y in Y], "profit = revenue − cost")
    p.eq(tax, [pre[y] * rates[y] for y in Y], f"tax {rates}")
    p.eq(post, [pre[y] - tax[y] for y in Y], "after-tax profit")
    return post


def payback(p: Plan, post, invest: float, dep: float, avg_text: float, pb_text: float, planted=False):
    avg = sum(post) / 3
    true = invest / (avg + dep)
    p.check(close(avg, avg_text, 0.002), f"average profit {avg:.1f} printed {avg_text}")
    if planted:
        p.check(off(pb_text, true), f"PLANTED payback {pb_text} != {invest} : ({avg:.1f} + {dep}) = {true:.2f}")
    else:
        p.check(abs(round(true, 1) - pb_text) < 0.051, f"payback {true:.2f} printed {pb_text}")
    return true


def dm01() -> Plan:
    p = Plan("dm01_che_xanh_kim_huong_htx")
    hist = p.part("# Phần 3", "## 3.2")
    leaf_h, kg_h = hist.row("Búp chè tươi thu mua"), hist.row("Chè xanh khô thành phẩm")
    p.eq(leaf_h, mul(kg_h, 4.5), "history leaf 4,5 kg/kg")
    pr = p.part("# Phần 10", "Sản lượng tăng")
    goi, hop, tui, kg, leaf = (pr.row("Chè xanh gói 200 g"), pr.row("Chè xanh hộp 500 g"), pr.row("Chè xanh túi 1 kg"),
                               pr.row("Tổng chè khô"), pr.row("Búp chè tươi cần dùng"))
    p.eq(kg, add(mul(goi, 0.2), mul(hop, 0.5), tui), "kg = packs")
    p.eq(leaf, mul(kg, 4.5), "leaf 4,5 kg/kg")
    p.check(max(leaf) <= 8 * 6000 and max(leaf) <= 600 * 220, "leaf within 8 ha × 6 tấn and the 132 tấn line")
    p.check(close(kg[0] / kg_h[2], 1.107, 0.005), "+10,7 % on 2026")
    growth(p, kg, kg_h[2])
    f = p.part("# Phần 12", "Thuế thu nhập doanh nghiệp tính")
    rev, cost = fin(p, f, [("Chè gói 200 g", goi, 0.07), ("Chè hộp 500 g", hop, 0.19), ("Chè túi 1 kg", tui, 0.26)],
                    lambda rev: [("Búp chè tươi (12.000", mul(leaf, 0.012)),
                                 ("Bao bì (4.000", add(mul(goi, 0.004), mul(hop, 0.014), mul(tui, 0.003))),
                                 ("Điện, củi", mul(kg, 0.005)), ("Tiền lương", [12 * 5.5 * 12] * 3),
                                 ("Khấu hao", [100] * 3), ("Lãi vay", [42, 28, 14]),
                                 ("Bán hàng, quảng bá", mul(rev, 0.05)), ("Quản lý, kiểm nghiệm", [80] * 3)])
    rev_h = hist.row("Doanh thu |")
    growth(p, rev, rev_h[2])
    post = profit_tax(p, f, rev, cost, [0.15 if r <= 3000 else 0.17 for r in rev], tax_label="Thuế thu nhập")
    inv = p.part("# Phần 11", "# Phần 12")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500 + 400 + 600 == 1500 and sum(items[:5]) == 1000, "capital 1.500 = sources, fixed 1.000")
    payback(p, post, 1500, 100, 834.9, 1.6)
    ch = table_sum(p, "| Kênh tiêu thụ năm 2027", "Hợp tác xã đã ký", ["Bán buôn túi", "Cửa hàng đặc sản", "Sàn thương mại", "Bán tại HTX"], "Cộng")
    p.check(ch[0][0] == tui[0] and ch[1][0] + ch[2][0] + ch[3][0] == goi[0] * 0.2 + hop[0] * 0.5, "channels cover the 2027 packs")
    calendar(p, "Lịch sản xuất chè khô năm 2027", "Tháng cao điểm", kg[0], per_day_cap=600, factor=4.5)
    score(p, "Kết quả chấm điểm", "# Phần 3", [40, 25, 35], 65, 74)
    p.check(close(max(leaf) / 48000, 0.9375) and close(132000 / max(leaf), 2.93, 0.01), "94 % of the zone; line ×2,9")
    p.has("8.300 kg năm 2027, 9.100 kg năm 2028 và 10.000 kg năm 2029", "tổng khoảng 48.000 kg búp/năm",
          "600 kg búp tươi/ngày", "khoảng 132.000 kg búp", "1.500 : (834,9 + 100) ≈ 1,6 năm",
          "(673,2 + 837,7 + 993,9) : 3 ≈ 834,9", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2023/KH", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã lô", "mã số 3002315486")
    ready_common(p)
    return p


def dm02() -> Plan:
    p = Plan("dm02_mat_ong_ngan_truoi_hkd")
    pr = p.part("# Chương V", "Sản lượng tăng")
    chai, hu, kg, need, own, buy = (pr.row("Mật ong chai 500 g"), pr.row("Mật ong hũ 1 kg"), pr.row("Tổng mật thành phẩm"),
                                    pr.row("Mật thô cần dùng"), pr.row("Mật thô từ 300 đàn"), pr.row("Mật mua của hộ"))
    p.eq(kg, add(mul(chai, 0.5), hu), "kg = bottles")
    p.eq(need, mul(kg, 1.05), "raw 1,05 kg/kg")
    p.eq(own, [300 * 20] * 3, "300 colonies × 20 kg")
    p.eq(buy, [need[y] - own[y] for y in Y], "bought = need − own")
    p.check(max(buy) <= 200 * 20 and max(need) <= 10000 and max(need) <= 100 * 2 * 150, "within 8 linked households' 4 tấn, 10 tấn, the dryer")
    hist = p.part("## 2. Kết quả sản xuất", "Năng suất")
    h = [hist.row(x + " |", 4) for x in ("2024", "2025", "2026 (ước)")]
    p.check([x[1] for x in h] == [5100, 5600, 5900] and all(x[0] * 20 < x[1] * 1.05 for x in h),
            "history 5,1–5,9 tấn, more than the own colonies give (linked households' honey)")
    p.check(close(kg[0] / 5900, 1.102, 0.005), "+10,2 % on 2026")
    growth(p, kg, 5900)
    f = p.part("## 2. Doanh thu, chi phí", "Lợi nhuận bình quân")
    rev, cost = fin(p, f, [("Chai 500 g", chai, 150000), ("Hũ 1 kg", hu, 280000)],
                    lambda rev: [("Mua mật", mul(buy, 150000)), ("Chăm sóc, di chuyển", [300 * 800000] * 3),
                                 ("Chai, hũ, nhãn", add(mul(chai, 8000), mul(hu, 12000))), ("Công 4 lao động", [4 * 6e6 * 12] * 3),
                                 ("Công lao động gia đình", [3 * 6e6 * 12] * 3), ("Khấu hao", [400e6 / 10] * 3),
                                 ("Lãi vay", [24e6, 16e6, 8e6]), ("Bán hàng, vận chuyển", mul(rev, 0.05)),
                                 ("Kiểm nghiệm, điện", [36e6] * 3), ("Thuế giá trị gia tăng", mul(rev, 0.045))],
                    rev_label="Tổng doanh thu", cost_label="Tổng chi phí")
    growth(p, rev, 1.64e9)
    prof = f.row("Lợi nhuận")
    p.eq(prof, [rev[y] - cost[y] for y in Y], "profit")
    p.check(all(prof[y] / rev[y] < 0.4 for y in Y), "margin under 40 %")
    inv = p.part("## 1. Vốn đầu tư", "## 2.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 300e6 + 300e6 and sum(items[:3]) == 400e6, "capital 600 tr = sources")
    payback(p, prof, 600e6, 40e6, 709016667, 0.8)
    ch = table_sum(p, "| Kênh tiêu thụ năm 2027", "Năm 2027 hộ", ["Cửa hàng đặc sản", "Nhà thuốc", "Khách lẻ", "Công ty quà tặng"], "Cộng", 2)
    p.check([sum(r[0] for r in ch), sum(r[1] for r in ch)] == [chai[0], hu[0]], "channels = 2027 output")
    calendar(p, "Lịch chiết rót năm 2027", "## 2. Doanh thu", kg[0])
    st = p.part("## 4. Lao động", "# Chương V")
    p.check(sum(st.one(x) for x in ("Chủ hộ", "Lao động gia đình", "Lao động thuê")) == st.one("Cộng") == 7, "7 people")
    score(p, "Điểm đạt lần đánh giá", "# Chương II", [40, 25, 35], 66, 73)
    p.has("6.000 kg mật thô/năm", "khoảng 4.000 kg/năm", "nhu cầu 8.190 kg năm 2029", "30.000 kg mật thô",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2022/NT", "Cục Sở hữu trí tuệ", "mã lô",
          "28E8001357", "600.000.000 : (709.016.667 + 40.000.000) ≈ 0,8 năm")
    ready_common(p)
    return p


def dm03() -> Plan:
    p = Plan("dm03_khay_tra_go_yen_moc_tht")
    pr = p.part("# X. KẾ HOẠCH SẢN XUẤT", "Sản lượng tăng")
    hop, khay, ln, sp, wood, cong = (pr.row("Hộp chè gỗ mít"), pr.row("Khay trà gỗ"), pr.row("Đồ lưu niệm nhỏ"),
                                     pr.row("Tổng số sản phẩm"), pr.row("Gỗ xẻ sấy cần dùng"), pr.row("Công thợ cần dùng"))
    p.eq(sp, add(hop, khay, ln), "products")
    p.eq(wood, add(mul(hop, 0.004), mul(khay, 0.006), mul(ln, 0.0015)), "wood norms", tol=0.005)
    p.eq(cong, add(mul(hop, 0.8), mul(khay, 0.5), mul(ln, 0.15)), "craftsman-days")
    p.check(max(wood) <= 25 and max(cong) <= 10 * 280, "within 25 m³ and 2.800 days")
    p.check(close(sp[0] / 5300, 1.075, 0.005), "+7,5 % on 2026")
    growth(p, sp, 5300)
    f = p.part("# XII. HIỆU QUẢ KINH TẾ", "Lợi nhuận bình quân")
    rev, cost = fin(p, f, [("Hộp chè (450", hop, 450), ("Khay trà (320", khay, 320), ("Đồ lưu niệm (120", ln, 120)],
                    lambda rev: [("Gỗ xẻ sấy", mul(wood, 9000)), ("Tiền công khoán", mul(cong, 250)),
                                 ("Sơn, dầu lau", add(mul(hop, 25), mul(khay, 15), mul(ln, 5))), ("Hộp carton", mul(sp, 12)),
                                 ("Điện", [36000] * 3), ("Khấu hao", [600000 / 8] * 3), ("Lãi vay", [21000, 14000, 7000]),
                                 ("Bán hàng, hội chợ", mul(rev, 0.06)), ("Quản lý, chứng nhận", [40000] * 3),
                                 ("Thuế giá trị gia tăng", mul(rev, 0.045))])
    growth(p, rev, 1250000)
    prof = f.row("Lợi nhuận |")
    p.eq(prof, [rev[y] - cost[y] for y in Y], "profit")
    inv = p.part("# XI. VỐN", "# XII.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500000 + 300000 and sum(items[:3]) == 600000, "capital 800.000 = sources")
    payback(p, prof, 800000, 75000, 269472.5, 2.3)
    ch = table_sum(p, "| Kênh tiêu thụ năm 2027", "Tổ đã có", ["Cửa hàng lưu niệm", "Đơn quà tặng", "Khách du lịch", "Gian hàng Shopee"], "Cộng")
    p.check(sum(r[0] for r in ch) == sp[0], "channels = 2027 output")
    calendar(p, "Lịch sản xuất năm 2027", "# XI.", sp[0])
    st = p.part("# IX. TỔ CHỨC", "# X.")
    p.check(sum(st.one(x) for x in ("Tổ trưởng", "Kế toán kiêm", "Nhóm phôi", "Nhóm hoàn thiện")) == st.one("Cộng") == 10, "10 people")
    score(p, "Điểm chấm năm 2024", "# III.", [40, 25, 35], 63, 72)
    p.has("1.380.000 nghìn đồng (1,38 tỷ đồng)", "khoảng 1,66 tỷ đồng năm 2029", "25 m³/năm", "2.800 công",
          "TCCS 01:2024/YM", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã số thuế 3002198574", "mã lô")
    p.lacks(r"an toàn thực phẩm", "handicraft: no food-safety paper expected")
    ready_common(p)
    return p


def dm04() -> Plan:
    p = Plan("dm04_nuoc_mam_song_nhuong_cty")
    pr = p.part("# L. KẾ HOẠCH", "# M.")
    c40, c30, can, lit, fish, salt = (pr.row("Nước mắm cốt 40"), pr.row("Nước mắm 30"), pr.row("Nước mắm 25"),
                                      pr.row("Tổng sản lượng quy lít"), pr.row("Cá cơm tươi cần dùng"), pr.row("Muối hạt (0,3"))
    p.eq(lit, add(mul(c40, 0.5), mul(c30, 0.5), mul(can, 2)), "litres")
    p.eq(fish, mul(lit, 1.25), "fish 1,25 kg/l")
    p.eq(salt, mul(fish, 0.3), "salt 0,3 kg/kg")
    p.check(max(fish) <= 70000 and max(fish) <= 40 * 2000 and max(lit) <= 600 * 250 and max(salt) <= 25000, "contract 70 tấn, vats 80 tấn, bottling, salt")
    hist = p.part("# C. QUÁ TRÌNH", "Cá chượp năm trước")
    fh, lh = hist.row("Cá cơm đưa vào chượp"), hist.row("Nước mắm thành phẩm")
    p.check(close(lh[1], fh[0] * 1000 / 1.25, 0.002) and close(lh[2], fh[1] * 1000 / 1.25, 0.002)
            and close(lit[0], fh[2] * 1000 / 1.25), "fish of year N → litres of N+1")
    growth(p, lit, lh[2])
    f = p.part("# N. HIỆU QUẢ", "Doanh thu các năm")
    rev, cost = fin(p, f, [("Chai 40 độ", c40, 0.085), ("Chai 30 độ", c30, 0.055), ("Can 2 lít", can, 0.09)],
                    lambda rev: [("Cá cơm tươi (20.000", mul(fish, 0.02)), ("Muối hạt (3.000", mul(salt, 0.003)),
                                 ("Chai, can, nắp", add(mul(c40, 0.006), mul(c30, 0.006), mul(can, 0.014))),
                                 ("Tiền lương", [14 * 6.5 * 12] * 3), ("Điện, nước", mul(lit, 0.001)), ("Khấu hao", [200] * 3),
                                 ("Lãi vay", [96, 64, 32]), ("Bán hàng, vận chuyển", mul(rev, 0.07)), ("Quản lý, kiểm nghiệm", [150] * 3)],
                    rev_label="Doanh thu |", cost_label="Tổng chi phí")
    rh = hist.row("Doanh thu |")
    growth(p, rev, rh[2])
    post = profit_tax(p, f, rev, cost, [0.17] * 3, tax_label="Thuế thu nhập")
    p.check(all(r > 3000 for r in rev), "revenue above 3 tỷ → 17 %")
    inv = p.part("# M. VỐN", "# N.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1300 + 500 + 1200 == 3000 and sum(items[:4]) == 2000, "capital 3 tỷ = sources")
    payback(p, post, 3000, 200, 983.6, 2.5)
    ch = table_sum(p, "| Kênh tiêu thụ (năm 2027)", "Công ty đã ký", ["Nhà phân phối", "Chuỗi siêu thị", "Nhà hàng, bếp", "Điểm bán sản phẩm", "Bán tại cơ sở"], "Tổng cộng")
    p.check(sum(r[0] for r in ch) == lit[0], "channels = 2027 litres")
    calendar(p, "Lịch chiết rót năm 2027", "Tháng cao điểm", lit[0], per_day_cap=600)
    st = p.part("# K. TỔ CHỨC", "# L.")
    p.check(sum(st.one(x) for x in ("Giám đốc", "Kế toán trưởng", "Kiểm tra chất lượng", "Bán hàng", "Công nhân")) == st.one("Tổng") == 14, "14 staff")
    score(p, "Điểm đạt tháng 12/2025", "| Chỉ tiêu | ĐVT", [40, 25, 35], 68, 75)
    p.has("khoảng 4,2 tỷ đồng năm 2027 và 5 tỷ đồng năm 2029", "70 tấn/năm", "17,4 tấn muối", "tối đa 80 tấn cá",
          "3.000 : (983,6 + 200) ≈ 2,5 năm", "TCCS 01:2022/SN", "TCVN 5107:2018", "đăng ký môi trường", "mã lô", "3001746285")
    p.check(close(rev[0], 4230) and close(rev[2], 5008), "4,2 and 5 tỷ")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dm05() -> Plan:
    p = Plan("dm05_cam_say_deo_huong_trach_hkd")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    hop, tui, buon, kg, fresh = (pr.row("Cam sấy dẻo hộp"), pr.row("Cam sấy dẻo túi"), pr.row("Cam sấy dẻo bán buôn"),
                                 pr.row("Tổng thành phẩm"), pr.row("Cam tươi cần dùng"))
    p.eq(kg, add(mul(hop, 0.25), mul(tui, 0.5), buon), "kg")
    p.eq(fresh, mul(kg, 6), "fresh 6 kg/kg")
    p.check(max(fresh) <= 45000 + 20000 and max(fresh) <= 2 * 200 * 250, "65 tấn supply, 100 tấn dryers")
    growth(p, kg, 5900)
    f = p.part("# 13. Hiệu quả", "Lợi nhuận bình quân")
    rev, rh, rt, rb = f.row("Tổng doanh thu"), f.row("Hộp 250 g"), f.row("Túi 500 g"), f.row("Bán buôn (200")
    true_rh = mul(hop, 0.065)
    p.check(close(rh[0], true_rh[0]) and close(rh[2], true_rh[2]) and off(rh[1], true_rh[1])
            and close(rh[1], 958) and close(true_rh[1], 858), "PLANTED 2028 row 958 != 13.200 × 65.000 = 858 (+11,7 %)")
    p.eq(rt, mul(tui, 0.12), "túi revenue")
    p.eq(rb, mul(buon, 0.2), "bulk revenue")
    p.eq(rev, add(rh, rt, rb), "total = rows (follows the wrong row)")
    true_rev = add(true_rh, rt, rb)
    p.check(close(true_rev[1], 1716) and off(rev[1], true_rev[1]), "true 2028 revenue 1.716 vs 1.816 (+5,8 %)")
    cost = f.row("Tổng chi phí")
    lines = [f.row(x) for x in ("Cam tươi (8.000", "Đường, phụ liệu", "Bao bì (5.000", "Điện sấy", "Tiền công", "Khấu hao",
                                 "Lãi vay", "Bán hàng (5", "Thuế (4,5", "Chi phí khác")]
    want = [mul(fresh, 0.008), mul(kg, 0.006), add(mul(hop, 0.005), mul(tui, 0.004), mul(buon, 0.002)), mul(kg, 0.014),
            [432] * 3, [50] * 3, [21, 14, 7], mul(rev, 0.05), mul(rev, 0.045), [30] * 3]
    for l, w, n in zip(lines, want, range(10)):
        p.eq(l, w, f"cost line {n + 1} (5 % and 4,5 % of the stated revenue)")
    p.eq(cost, add(*lines), "cost total")
    prof = f.row("Lợi nhuận |")
    p.eq(prof, [rev[y] - cost[y] for y in Y], "profit = stated revenue − cost")
    true_cost = [cost[y] - (rev[y] - true_rev[y]) * 0.095 for y in Y]
    true_prof = [true_rev[y] - true_cost[y] for y in Y]
    t = payback(p, prof, 800, 50, 484.1, 1.5)
    true_pb = 800 / (sum(true_prof) / 3 + 50)
    p.check(close(t, 1.50, 0.01) and off(1.5, true_pb), f"tolerated knock-on: true payback {true_pb:.2f}")
    inv = p.part("# 12. Vốn", "# 13.")
    p.check(sum(inv.one(f"{i} |") for i in range(1, 5)) == inv.one("Cộng") == 500 + 300, "capital 800 = sources")
    calendar(p, "Lịch chế biến năm 2027", "Tháng cao điểm", fresh[0], per_day_cap=400)
    st = p.part("# 10. Tổ chức", "# 11.")
    p.check(sum(st.one(x) for x in ("Chủ hộ", "Con gái", "Lao động thuê")) == st.one("Cộng") == 6, "6 people")
    score(p, "Điểm chấm năm 2022", "# 3. Thực trạng", [35, 25, 40], 62, 72)
    hist = p.part("# 3. Thực trạng", "Hiện hộ có")
    p.eq(hist.row("Cam tươi đưa vào"), mul(hist.row("Cam sấy dẻo thành phẩm"), 6), "history 6 kg/kg")
    p.check(sum([7000, 3000, 2000]) == hop[0] and 2500 + 1500 == tui[0], "channels in the text = 2027 packs")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg", "Quyết định số 490/QĐ-TTg",
          "Nghị định số 38/2012/NĐ-CP", "cấp huyện Hương Khê")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current instruments are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|bể lắng|hố lắng|thu gom|ủ phân|khói bụi|ống khói",
            "PLANTED no environmental measure")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2022/HT", "Nghị định số 43/2017/NĐ-CP", "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dm06() -> Plan:
    p = Plan("dm06_keo_cu_do_hong_lam_cty")
    pr = p.part("# PHẦN X.", "# PHẦN XI.")
    hop, tui, kg, lac, mat = (pr.row("Cu đơ hộp"), pr.row("Cu đơ túi"), pr.row("Tổng sản lượng kẹo"),
                              pr.row("Lạc nhân"), pr.row("Mật mía, đường"))
    p.eq(kg, add(mul(hop, 0.3), tui), "kg")
    p.eq(lac, mul(kg, 0.35), "peanuts 0,35")
    p.eq(mat, mul(kg, 0.45), "molasses 0,45")
    p.check(max(lac) <= 20000 and max(mat) <= 25000, "within the 20 / 25 tấn contracts")
    cap = 150 * 280
    p.check(kg[0] <= cap and off(kg[1], cap, 2) and kg[1] > cap and off(kg[2], cap) and close(kg[2] / cap, 1.143, 0.002),
            "PLANTED capacity 150 kg × 280 days = 42.000 kg < 43.000 (+2,4 %) and 48.000 (+14,3 %), no new line")
    p.has("150 kg kẹo/ngày; làm 280 ngày/năm được tối đa 42.000 kg", "Dây chuyền hiện có đủ đáp ứng kế hoạch")
    growth(p, kg, 34000)
    f = p.part("# PHẦN XII.", "Lợi nhuận sau thuế bình quân")
    rev, cost = fin(p, f, [("Hộp 300 g", hop, 0.035), ("Túi 1 kg", tui, 0.1)],
                    lambda rev: [("Nguyên liệu lạc", mul(kg, 0.042)), ("Hộp giấy, túi PE", add(mul(hop, 0.003), mul(tui, 0.002))),
                                 ("Điện, gas", mul(kg, 0.004)), ("Tiền lương", [16 * 6.5 * 12] * 3), ("Khấu hao", [80] * 3),
                                 ("Lãi vay", [40, 28, 16]), ("Bán hàng (6", mul(rev, 0.06)), ("Quản lý doanh nghiệp", [120] * 3)])
    growth(p, rev, 3650)
    pre, tax, post = f.row("Lợi nhuận trước thuế"), f.row("Thuế TNDN"), f.row("Lợi nhuận sau thuế")
    true = [rev[y] - cost[y] for y in Y]
    p.check(close(pre[0], true[0]) and close(pre[2], true[2]) and close(true[1], 653.8) and close(pre[1], 736.8)
            and off(pre[1], true[1]), "PLANTED 2028 profit 736,8 != 4.630 − 3.976,2 = 653,8 (+12,7 %)")
    p.eq(tax, mul(pre, 0.17), "17 % of the stated profit")
    p.eq(post, [pre[y] - tax[y] for y in Y], "after-tax")
    avg = sum(post) / 3
    true_avg = sum(t * 0.83 for t in true) / 3
    p.check(close(avg, 566.2, 0.002) and round(1200 / (avg + 80), 1) == 1.9 == round(1200 / (true_avg + 80), 1),
            "payback 1,9 either way (not a knock-on)")
    inv = p.part("# PHẦN XI.", "# PHẦN XII.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 700 + 500 == 1200 and sum(items[:3]) == 800, "capital 1.200 = sources")
    calendar(p, "Lịch sản xuất năm 2027", "# PHẦN IX.", kg[0])
    p.check(max(p.part("Lịch sản xuất năm 2027", "# PHẦN IX.").one(f"Tháng {m} |") for m in range(1, 13)) <= 150 * 26,
            "2027 months within 150 kg/day")
    st = p.part("# PHẦN IX.", "# PHẦN X.")
    p.check(sum(st.one(x) for x in ("Giám đốc", "Kế toán", "Bán hàng", "Thủ kho", "Tổ nấu", "Tổ cán", "Tổ đóng gói")) == st.one("Cộng") == 16,
            "16 staff")
    p.check(25000 + 25000 + 10000 == hop[0] and 14000 + 6000 == tui[0], "channels in the text = 2027 output")
    score(p, "Điểm đạt tháng 8/2024", "# PHẦN III.", [40, 25, 35], 64, 72)
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem ", "PLANTED no label, label content or labelling decree")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2024/HL", "Nhãn hiệu \"Cu đơ Hồng Lam\"",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(RELIED, "no replaced instrument relied on")
    return p


def dm07() -> Plan:
    p = Plan("dm07_che_vang_lac_son_htx")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    tui, tl, cao, dry, fresh = (pr.row("Chè vằng khô túi"), pr.row("Chè vằng túi lọc"), pr.row("Cao chè vằng"),
                                pr.row("Lá chè vằng khô cần"), pr.row("Lá chè vằng tươi cần"))
    p.eq(dry, add(mul(tui, 0.5), mul(tl, 0.05), mul(cao, 1.4)), "dry leaf (cao 7 kg/kg × 0,2)")
    p.eq(fresh, mul(dry, 4), "fresh 4 kg/kg")
    p.check(max(fresh) <= 12 * 7000 and max(fresh) <= 500 * 280, "12 ha (or 18 ha) × 7 tấn covers; dryer 140 tấn")
    p.has("vùng nguyên liệu chè vằng 18 ha", "Vùng nguyên liệu chè vằng của hợp tác xã rộng 12 ha")
    p.check(off(18, 12) and p.count("18 ha") == 1 and p.count("12 ha") == 1, "PLANTED 18 ha != 12 ha, same zone, same time")
    growth(p, dry, 12800)
    f = p.part("# XII. HIỆU QUẢ", "Lợi nhuận sau thuế bình quân")
    rev, cost = fin(p, f, [("Chè vằng khô túi 500 g (60", tui, 0.06), ("Chè túi lọc", tl, 0.045), ("Cao chè vằng (150", cao, 0.15)],
                    lambda rev: [("Lá chè vằng tươi (5", mul(fresh, 0.005)),
                                 ("Bao bì (3.000", add(mul(tui, 0.003), mul(tl, 0.006), mul(cao, 0.01))),
                                 ("Điện, củi", mul(dry, 0.003)), ("Tiền lương", [14 * 6 * 12] * 3), ("Khấu hao", [110] * 3),
                                 ("Lãi vay", [42, 28, 14]), ("Bán hàng (6", mul(rev, 0.06)), ("Quản lý |", [60] * 3)])
    growth(p, rev, 2150)
    post = profit_tax(p, f, rev, cost, [0.15] * 3, tax_label="Thuế TNDN")
    p.check(all(r <= 3000 for r in rev), "15 % under 3 tỷ")
    inv = p.part("# XI. VỐN", "# XII.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    total, sources = inv.one("Tổng vốn đầu tư"), 500 + 600 + 300
    p.check(sum(items) == total == 1600 and sum(items[:3]) == 1100, "items = total 1.600, fixed 1.100")
    p.has("vốn góp của thành viên 500 triệu đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 600 triệu đồng",
          "nguồn khuyến công của tỉnh 300 triệu đồng", "Tổng nguồn vốn huy động bảo đảm đủ")
    p.check(off(sources, total) and close(sources / total, 0.875), "PLANTED sources 1.400 != 1.600 (−12,5 %)")
    payback(p, post, 1600, 110, 557.1, 2.4)
    ch = table_sum(p, "| Kênh | Điểm bán", "Đã có hợp đồng", ["Nhà thuốc", "Cửa hàng đặc sản", "Siêu thị mini", "Sàn thương mại"], "Cộng năm 2027", 3)
    p.check([sum(r[i] for r in ch) for i in range(3)] == [tui[0], tl[0], cao[0]], "channels = 2027 output")
    calendar(p, "Lịch sản xuất năm 2027", "Tháng cao điểm", dry[0], per_day_cap=500, factor=4)
    st = p.part("# IX. TỔ CHỨC", "# X.")
    p.check(sum(st.one(x) for x in ("Giám đốc", "Kế toán", "Bán hàng", "Công nhân")) == st.one("Cộng") == 14, "14 staff")
    score(p, "Điểm đạt năm 2023", "# III.", [40, 25, 35], 62, 71)
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|phòng thí nghiệm|chỉ tiêu (chất lượng|an toàn|vi sinh|cảm quan)",
            "PLANTED no product standard, self-declaration or test")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "mã lô", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(RELIED, "no replaced instrument relied on")
    return p


def dm08() -> Plan:
    p = Plan("dm08_mam_tom_xuan_hoi_tht")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    h25, h50, buon, kg, ruoc, muoi, lab = (pr.row("Mắm tôm hũ 250"), pr.row("Mắm tôm hũ 500"), pr.row("Mắm tôm bán buôn"),
                                           pr.row("Tổng mắm tôm"), pr.row("Ruốc tươi cần"), pr.row("Muối (0,25"), pr.row("Lao động |"))
    p.eq(kg, add(mul(h25, 0.25), mul(h50, 0.5), buon), "kg")
    p.eq(ruoc, mul(kg, 1.1), "shrimp 1,1")
    p.eq(muoi, mul(kg, 0.25), "salt 0,25")
    p.check(max(ruoc) <= 60000 and max(kg) <= 40 * 1000 * 3, "shrimp within 60 tấn, vats 120 tấn: not a capacity defect")
    f = p.part("# 13. Hiệu quả", "Lợi nhuận bình quân")
    rev, cost = fin(p, f, [("Hũ 250 g", h25, 0.03), ("Hũ 500 g", h50, 0.055), ("Bán buôn (80", buon, 0.08)],
                    lambda rev: [("Ruốc tươi (25", mul(ruoc, 0.025)), ("Muối (3", mul(muoi, 0.003)),
                                 ("Hũ, can, nhãn", add(mul(h25, 0.0025), mul(h50, 0.0035), mul(buon, 0.001))),
                                 ("Tiền công", mul(lab, 5.5 * 12)), ("Khấu hao", [30] * 3), ("Lãi vay", [16, 12, 8]),
                                 ("Quảng bá, bán hàng", [30] * 3), ("Điện, nước", mul(rev, 0.03)), ("Thuế (4,5", mul(rev, 0.045))],
                    rev_label="Doanh thu |", cost_label="Chi phí |")
    prof = f.row("Lợi nhuận |")
    p.eq(prof, [rev[y] - cost[y] for y in Y], "profit")
    p.check(close(kg[0] / 11000, 1.09, 0.005) and close(rev[0] / 1100, 1.09, 0.005), "+9 % in 2027")
    g = [kg[1] / kg[0], kg[2] / kg[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(g[0] > 2.1 and g[1] > 1.75 and g[2] > 2.1 and g[3] > 1.75,
            f"PLANTED growth ×{g[0]:.2f}, ×{g[1]:.2f} (output), ×{g[2]:.2f}, ×{g[3]:.2f} (revenue)")
    p.check(mul(ruoc, 0.025)[2] > 8 * 150, "2029 shrimp 1.265 triệu vs 150 triệu working capital")
    p.has("tiếp tục bán qua 4 đại lý hiện có", "Thị trường mắm tôm còn rất lớn", "Chi phí quảng bá giữ 30 triệu đồng mỗi năm",
          "Vốn lưu động giữ 150 triệu đồng trong cả giai đoạn", "Các năm 2028 và 2029 vẫn bán qua các kênh trên.")
    ch = table_sum(p, "Sản lượng dự kiến qua các kênh", "Các năm 2028", ["Đại lý thực phẩm Hòa Lan", "Đại lý Minh Phương", "Đại lý Tư Hằng",
                                                                          "Đại lý Hải Yến", "Khách lẻ"], "Cộng")
    p.check(sum(r[0] for r in ch) == kg[0], "2027 channels = 12.000 kg")
    inv = p.part("# 12. Vốn", "# 13.")
    p.check(sum(inv.one(f"{i} |") for i in range(1, 5)) == inv.one("Tổng") == 250 + 200 == 450, "capital 450 = sources")
    payback(p, prof, 450, 30, 1018.8, 0.4)
    calendar(p, "Lịch sản xuất năm 2027", "# 10.", kg[0])
    score(p, "Điểm đạt tháng 12/2025", "# 3.", [40, 25, 35], 64, 71)
    p.check(p.count("[tên sản phẩm]") == 2, "PLANTED placeholder '[tên sản phẩm]' twice")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|logo|văn bằng", "PLANTED no trademark")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2022/XH", "Nghị định số 43/2017/NĐ-CP",
          "đăng ký môi trường", "mã lô", "3002073915", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(RELIED, "no replaced instrument relied on")
    return p


def dm09() -> Plan:
    p = Plan("dm09_khoai_deo_dong_loc_nhom_ho")
    pr = p.part("# X – KẾ HOẠCH", "# XI")
    t25, t50, buon, kg, fresh = (pr.row("Khoai deo túi 250"), pr.row("Khoai deo túi 500"), pr.row("Khoai deo bán buôn"),
                                 pr.row("Tổng khoai deo"), pr.row("Khoai lang tươi cần"))
    p.eq(kg, add(mul(t25, 0.25), mul(t50, 0.5), buon), "kg")
    p.eq(fresh, mul(kg, 3.5), "fresh 3,5 kg/kg")
    supply = 2 * 15000 + 6000
    p.check(fresh[0] <= supply and fresh[1] <= supply and off(fresh[2], supply) and close(fresh[2] / supply, 1.108, 0.002),
            "PLANTED 2029 need 39.900 kg > 2 ha × 15 tấn + 6 tấn = 36.000 (+10,8 %)")
    p.has("Tổng nguồn 36 tấn khoai tươi/năm, đủ nguyên liệu cho cả giai đoạn 2027–2029")
    p.check(max(fresh) <= 2 * 250 * 200, "dryers 100 tấn: not a capacity defect")
    hist = p.part("# III", "Khoai được hấp")
    h = [hist.row(f"{y} |", 4) for y in (2024, 2025, 2026)]
    p.check(all(close(x[0], x[1] * 3.5) for x in h), "history 3,5 kg/kg")
    growth(p, kg, h[2][1])
    f = p.part("# XII – HIỆU QUẢ", "Lợi nhuận bình quân")
    rev, cost = fin(p, f, [("Túi 250 g", t25, 35), ("Túi 500 g", t50, 65), ("Bán buôn (110", buon, 110)],
                    lambda rev: [("Khoai lang tươi (5", mul(fresh, 5)), ("Túi, thùng", add(mul(t25, 2.5), mul(t50, 3.5), mul(buon, 1.5))),
                                 ("Điện, củi", mul(kg, 8)), ("Công lao động", [8 * 4500 * 12] * 3), ("Khấu hao", [100000] * 3),
                                 ("Lãi vay", [36000, 28800, 21600]), ("Bán hàng (5", mul(rev, 0.05)), ("Chi khác", [24000] * 3)])
    growth(p, rev, h[2][2])
    prof = f.row("Lợi nhuận |")
    p.eq(prof, [rev[y] - cost[y] for y in Y], "profit")
    inv = p.part("# XI – VỐN", "# XII")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 700000 + 500000 and sum(items[:3]) == 1000000, "capital 1.200.000 = sources")
    t = payback(p, prof, 1200000, 100000, 319600, 1.8, planted=True)
    p.check(close(t, 2.86, 0.005) and close(1200000 / 319600, 3.75, 0.005), "true 2,86 (3,75 without depreciation)")
    p.has("1.200.000 : (319.600 + 100.000) ≈ 1,8 năm", "hoàn vốn trong khoảng 1,8 năm")
    calendar(p, "Lịch sản xuất năm 2027", "# IX", kg[0], per_day_cap=500, factor=3.5)
    p.check(8000 + 4000 == t25[0] and 3000 + 3000 == t50[0] and buon[0] == 3000, "channels in the text = 2027 output")
    score(p, "Điểm đạt năm 2023", "# II", [40, 25, 35], 62, 70)
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|thuế|đăng ký hợp tác xã|"
            r"doanh nghiệp|tổ hợp tác|thành lập", "PLANTED no registration, tax code or plan to register")
    p.has("hợp tác xã giải thể", "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2023", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã lô", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(RELIED, "no replaced instrument relied on")
    return p


def dm10() -> Plan:
    p = Plan("dm10_ca_moi_mot_nang_kim_hai_htx")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    g5, g1, th, kg, fresh = (pr.row("Cá mối một nắng gói 500"), pr.row("Cá mối một nắng gói 1 kg"), pr.row("Cá mối một nắng thùng"),
                             pr.row("Tổng thành phẩm"), pr.row("Cá mối tươi cần"))
    p.eq(kg, add(mul(g5, 0.5), g1, th), "kg")
    p.eq(fresh, mul(kg, 2.5), "fresh 2,5 kg/kg")
    p.check(max(fresh) <= 45000 and max(fresh) <= 300 * 250, "45 tấn contract, 75 tấn dryer")
    boats = table_sum(p, "Nguồn cá theo hợp đồng", "# 8.", ["Tàu của thành viên", "Tàu ngư dân thôn Hải Thanh", "Tàu ngư dân thôn Hải Hòa"], "Cộng", 2)
    p.check([sum(r[i] for r in boats) for i in range(2)] == [15, 45], "15 boats, 45 tấn")
    hist = p.part("# 3. Thực trạng", "Hiện hợp tác xã")
    fh, oh, rh = hist.row("Cá mối tươi chế biến"), hist.row("Cá một nắng thành phẩm"), hist.row("Doanh thu |")
    p.eq([x * 1000 for x in fh], mul(oh, 2.5), "history 2,5 kg/kg")
    growth(p, kg, oh[2])
    f = p.part("# 12. Hiệu quả", "Lợi nhuận sau thuế bình quân")
    rev, cost = fin(p, f, [("Gói 500 g", g5, 0.095), ("Gói 1 kg", g1, 0.18), ("Thùng 5 kg", th, 0.15)],
                    lambda rev: [("Cá mối tươi (30", mul(fresh, 0.03)), ("Muối, gia vị", mul(kg, 0.002)),
                                 ("Túi hút chân không", add(mul(g5, 0.003), mul(g1, 0.004), mul(th, 0.0015))),
                                 ("Điện sấy", mul(kg, 0.004)), ("Tiền lương", [8 * 5.5 * 12] * 3), ("Khấu hao", [55] * 3),
                                 ("Lãi vay", [32, 24, 16]), ("Vận chuyển, chi phí khác", mul(rev, 0.04)), ("Quản lý |", [40] * 3)])
    growth(p, rev, rh[2])
    post = profit_tax(p, f, rev, cost, [0.15] * 3, tax_label="Thuế TNDN")
    inv = p.part("# 11. Vốn", "# 12.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 850 and stated == 950 and off(stated, sum(items)) and sum(items[:3]) == 550,
            "PLANTED investment total 950 != 250 + 220 + 80 + 300 = 850 (+11,8 %)")
    p.has("Tổng vốn đầu tư 950 triệu đồng")
    p.check(350 + 200 + 400 == stated and off(350 + 200 + 400, sum(items)), "tolerated: sources 950 vs real items 850")
    t = payback(p, post, 950, 55, 340.6, 2.4)
    p.check(off(2.4, 850 / (sum(post) / 3 + 55)), "tolerated: payback on the real 850 is 2,15")
    calendar(p, "Lịch sản xuất năm 2027", "Tháng cao điểm", kg[0], per_day_cap=300, factor=2.5)
    st = p.part("# 9. Tổ chức", "# 10.")
    p.check(sum(st.one(x) for x in ("Tổ trưởng", "Công nhân", "Thủ kho", "Lái xe")) == st.one("Cộng") == 8, "8 staff")
    score(p, "Điểm đạt năm 2024", "# 3.", [40, 25, 35], 64, 71)
    market = p.body.split("# 6. Thị trường", 1)[1].split("# 7.", 1)[0]
    p.check(not re.search(r"\d", market), "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|nhà hàng|\bchợ\b|kênh|online|trực tuyến|"
            r"thương mại điện tử|phân phối|thương lái|điểm bán|hội chợ|hợp đồng (bán|tiêu thụ)|xuất khẩu|facebook|zalo|shopee",
            "PLANTED no sales channel anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|vệ sinh thực phẩm|sức khỏe|kiến thức|cam kết (bảo đảm|sản xuất)",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2024/KH", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(RELIED, "no replaced instrument relied on")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dm11_banh_ram_thuan_huong_so_sai")
    a.check(2000 * 3000 * 250 == 1.5e9, "2.000 chiếc × 3.000 đ × 250 days = 1,5 tỷ")
    a.has("khoảng 2.000 chiếc bánh", "3.000 đồng/chiếc", "khoảng 1,5 tỷ đồng/năm", "15 quán ăn", "đã đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|truy xuất|sổ ghi|mã lô|vốn đầu tư|chi phí|lợi nhuận|"
            r"nguyên liệu|quy trình|Sở hữu trí tuệ", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dm12_che_bup_nam_ha_so_sai")
    b.has("khoảng 1,5 ha", "khoảng 1.200 kg chè khô", "250.000 đồng/kg", "khách ở Vinh đặt qua điện thoại")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.check(len(re.findall(r"\d[\d.,]* (?:ha|kg|đồng)", b.body)) == 3, "three figures")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|sổ ghi|"
            r"vốn đầu tư|chi phí|lợi nhuận|doanh thu|quy trình", "every tolerated gap is real; no capital, cost, profit, revenue")
    b.lacks(PLACEHOLDER, "placeholder")
    b.lacks(RELIED, "no replaced body")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in PLANS] + sketchy())


PLANS = [dm01, dm02, dm03, dm04, dm05, dm06, dm07, dm08, dm09, dm10]
if __name__ == "__main__":
    sys.exit(main())
