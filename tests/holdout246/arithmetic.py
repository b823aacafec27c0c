"""The 246th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout246/arithmetic.py [im01 im05 ...]

Theme: high-value products sold by the gram, the piece or the small box (yến sào, đông trùng hạ
thảo, trầm hương, nhung hươu, nấm linh chi, sữa ong chúa, sâm Bố Chính, trà hoa vàng): material
bought by the kilogram (or by the lạng) and sold in boxes of 10 g to 500 g, prices per box beside
prices per 100 g, per gram and per kg, and the losses of cleaning, drying and turning (yến thô to
yến tinh, fresh to dried, wood to beads) that decide how much raw material a plan needs.

For every full plan (im01-im10) `model(key, printed)` turns the constants into every figure the
plan prints: packs x price = each revenue line; packs x size = output; output / (1 - losses) = raw
material need, against supply = count x yield; capacity = rating x days and its use; staff x wage
x 12 = wage fund; every cost line from its basis; investment items, sources and their shares;
depreciation, interest, profit, margin, tax and payback = investment / (average profit +
depreciation); prices per 100 g / per gram / per kg from the price of a box. `printed=False` is the
true model; `printed=True` is what the plan prints, the planted defects applied. The check reads
every table of the plan's source (found by its caption) and compares each cell with the printed
model (within 1 %), then asserts that the printed and the true model differ only in the planted
cells (each wrong by more than 5 %) and their declared knock-ons, plus the checks each planted
defect needs (need above supply, output above capacity, sources below the investment, ...), the
words a textual defect must lack or keep, every number quoted in the prose, and for ready plans the
instruments in force (no QĐ 1048 / 781 / 490 / 919, NQ 123/2018, district level). Sketchy plans
(im11, im12): 150-350 words, no table, their few figures, none of the papers they lack.

`main(argv=None)` takes plan keys (none = all), never reads sys.argv, prints one ok/FAIL line per
plan and returns 1 on any failure (2 for an unknown key).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- numbers
def rd(x: float, d: int = 0) -> float:
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def fv(x: float, d: int = 0) -> str:
    """Vietnamese format: 1.234.567,8."""
    x = rd(x, d)
    neg = x < 0
    s = f"{abs(x):,.{d}f}"
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("−" if neg else "") + s


def vnum(s: str) -> float | None:
    s = s.strip().replace("−", "-")
    if not re.fullmatch(r"-?[\d.]+(,\d+)?", s):
        return None
    return float(s.replace(".", "").replace(",", "."))


@dataclass
class T:
    tid: str
    caption: str
    header: list[str]
    rows: list[list]          # a cell is a str or a (value, decimals) pair
    unit: str | None = None   # "ĐVT: triệu đồng" line before the table
    block: str | None = None  # "không kẻ": a table drawn without ruling lines


@dataclass
class M:
    tables: dict[str, T] = field(default_factory=dict)
    facts: dict[str, tuple[float, str]] = field(default_factory=dict)
    q: dict[str, object] = field(default_factory=dict)  # quantities the checks use

    def table(self, tid, caption, header, rows, unit=None, block=None):
        self.tables[tid] = T(tid, caption, header, rows, unit, block)

    def fact(self, name: str, value: float, d: int = 0, suffix: str = "", prefix: str = "") -> str:
        text = f"{prefix}{fv(value, d)}{suffix}"
        self.facts[name] = (rd(value, d), text)
        return text


def N(v: float, d: int = 0):
    return (rd(v, d), d)


def cell_text(c) -> str:
    return c if isinstance(c, str) else fv(c[0], c[1])


def row_key(row: list) -> str:
    for c in row:
        if isinstance(c, str) and c.strip() and vnum(c) is None:
            return c
    return "?"


def ssum(xs):
    return rd(sum(xs), 6)


# --------------------------------------------------------------------------- shared tables
def money(P):
    return P["sc"], P["dec"]


def mk(P, x_dong: float) -> float:
    """An amount in đồng in the plan's table unit, rounded as printed."""
    sc, d = money(P)
    return rd(x_dong / sc, d)


def products_block(m: M, P: dict, pr: bool):
    """Output, revenue lines and the shared series."""
    prods = P["prods"]
    out = [ssum(p["packs"][y] * p["size"] for p in prods) / 1000 for y in range(3)]
    rev_lines = [[mk(P, p["packs"][y] * p["price"][y]) for y in range(3)] for p in prods]
    m.q.update(out=out, rev_lines_true=[list(x) for x in rev_lines])
    return out, rev_lines


def wage_fund(P, y):
    return rd(sum(n[y] * w * 12 for _, n, w in P["staff"]), P["dec"])


def staff_table(m: M, P: dict, tid: str, caption: str, word="triệu đồng/tháng"):
    sc, d = money(P)
    rows = []
    for role, n, w in P["staff"]:
        rows.append([role, N(w, 1 if d else 0)] + [N(x) for x in n])
    tot = [sum(n[y] for _, n, _ in P["staff"]) for y in range(3)]
    rows.append(["Tổng số lao động", ""] + [N(x) for x in tot])
    rows.append(["Quỹ lương (12 tháng)", ""] + [N(wage_fund(P, y), d) for y in range(3)])
    m.table(tid, caption, ["Vị trí", f"Lương ({word})"] + [f"Năm {y}" for y in YEARS], rows)
    m.q["staff"] = tot


def inv_tables(m: M, P: dict, tid_inv, cap_inv, tid_src, cap_src, src_printed=None):
    sc, d = money(P)
    inv = P["inv"]
    total = rd(sum(a for _, a, _ in inv), d)
    rows = [[str(i + 1), lab, N(a, d)] for i, (lab, a, _) in enumerate(inv)]
    rows.append(["", "Tổng vốn đầu tư", N(total, d)])
    m.table(tid_inv, cap_inv, ["TT", "Hạng mục", "Số tiền"], rows, unit=P["unit"])
    src = src_printed or P["src"]
    stot = rd(sum(a for _, a in src), d)
    rows = [[str(i + 1), lab, N(a, d), N(a / stot * 100, 1)] for i, (lab, a) in enumerate(src)]
    rows.append(["", "Tổng nguồn vốn", N(stot, d), N(100, 1)])
    m.table(tid_src, cap_src, ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], rows, unit=P["unit"])
    fixed = rd(sum(a for _, a, f in inv if f), d)
    dep = rd(fixed / P["life"], d)
    m.q.update(inv=total, src_total=stot, src_true=rd(sum(a for _, a in P["src"]), d), fixed=fixed, dep=dep)
    return total, stot, fixed, dep


def rev_table(m: M, P: dict, tid, caption, rev_lines, labels=None):
    sc, d = money(P)
    rows = []
    for i, (p, line) in enumerate(zip(P["prods"], rev_lines)):
        rows.append([str(i + 1), (labels or {}).get(i, p["label"])] + [N(v, d) for v in line])
    tot = [rd(sum(l[y] for l in rev_lines), d) for y in range(3)]
    rows.append(["", "Tổng doanh thu"] + [N(v, d) for v in tot])
    m.table(tid, caption, ["TT", "Sản phẩm"] + [f"Năm {y}" for y in YEARS], rows, unit=P["unit"])
    return tot


def cost_table(m: M, P: dict, tid, caption, lines, total_printed=None, basis=True):
    """lines: (label, basis text, [3 values]); returns the true total and the printed total."""
    sc, d = money(P)
    rows = []
    for i, (lab, bas, vals) in enumerate(lines):
        r = [str(i + 1), lab] + ([bas] if basis else []) + [N(v, d) for v in vals]
        rows.append(r)
    tot = [rd(sum(v[2][y] for v in lines), d) for y in range(3)]
    ptot = total_printed or tot
    rows.append(["", "Tổng chi phí"] + ([""] if basis else []) + [N(v, d) for v in ptot])
    head = ["TT", "Khoản mục"] + (["Căn cứ tính"] if basis else []) + [f"Năm {y}" for y in YEARS]
    m.table(tid, caption, head, rows, unit=P["unit"])
    m.q["cost_true"] = tot
    return tot, ptot


def payback(inv, profits, dep):
    return inv / (sum(profits) / 3 + dep)


def yrs(prefix="Năm "):
    return [f"{prefix}{y}" for y in YEARS]


def hist_table(m: M, tid, caption, rows_spec, out, price, margin, money_dec, price_dec, money_unit, scale=1):
    """rows_spec: (output label, output unit, price label, price unit); revenue = output x price / scale."""
    ol, ou, pl, pu = rows_spec
    rev = [rd(out[i] * price[i] / scale, money_dec) for i in range(3)]
    pro = [rd(rev[i] * margin[i], money_dec) for i in range(3)]
    m.table(tid, caption, ["Chỉ tiêu", "ĐVT"] + [f"Năm {y}" for y in HIST],
            [[ol, ou] + [N(x) for x in out], [pl, pu] + [N(x, price_dec) for x in price],
             ["Doanh thu", money_unit] + [N(x, money_dec) for x in rev],
             ["Lợi nhuận", money_unit] + [N(x, money_dec) for x in pro]])
    m.q.update(hist_out=out, hist_rev=rev, hist_profit=pro)
    return rev, pro


def conv_cells(price: float, size_g: float, conv: list[str]) -> list:
    out = []
    for c in conv:
        if c == "100g":
            out.append(N(price / size_g * 100))
        elif c == "g":
            out.append(N(price / size_g))
        elif c == "kg_tr":
            out.append(N(price / size_g * 1000 / 1e6, 2 if price / size_g * 1000 / 1e6 < 10 else 1))
        elif c == "kg":
            out.append(N(price / size_g * 1000))
        elif c == "lang":
            out.append(N(price / size_g * 100))
        elif c == "l":
            out.append(N(price / size_g * 1000))
        elif c == "100ml":
            out.append(N(price / size_g * 100))
    return out


CONV_HEAD = {"100ml": "Đ/100 ml", "100g": "Đ/100 g", "g": "Đ/g", "kg_tr": "Triệu đ/kg", "kg": "Đ/kg", "lang": "Đ/lạng", "l": "Đ/lít"}


def spec_table(m: M, P, tid, caption, conv, size_head="Tịnh (g)", price_head="Giá (đ/hộp)", extra=None,
               extra_head=""):
    rows = []
    for i, p in enumerate(P["prods"]):
        rows.append([p["label"], N(p["size"])] + ([N(extra[i], 1 if extra[i] % 1 else 0)] if extra else [])
                    + [N(p["price"][0])] + conv_cells(p["price"][0], p["size"], conv))
    head = ["Sản phẩm", size_head] + ([extra_head] if extra else []) + [price_head] + [CONV_HEAD[c] for c in conv]
    m.table(tid, caption, head, rows)


def comp_table(m: M, tid, caption, comps, conv, price_head="Giá bán (đồng)"):
    rows = [[lab, N(price)] + conv_cells(price, g, conv) for lab, g, price in comps]
    m.table(tid, caption, ["Sản phẩm cùng loại", price_head] + [CONV_HEAD[c] for c in conv], rows)


def loss_table(m: M, tid, caption, steps, result, base=1000, unit_head="Gam"):
    """steps: (label, grams lost per `base` grams of input); result: label of what is left."""
    rows = [[lab, N(g, 1 if g % 1 else 0), N(g / base * 100, 1)] for lab, g in steps]
    left = base - sum(g for _, g in steps)
    rows.append([result, N(left, 1 if left % 1 else 0), N(left / base * 100, 1)])
    m.table(tid, caption, ["Khâu", unit_head, "Tỷ lệ (%)"], rows)
    return left / base


def packs_table(m: M, P, tid, caption, tail_rows=()):
    rows = [[p["label"]] + [N(x) for x in p["packs"]] for p in P["prods"]]
    rows += list(tail_rows)
    m.table(tid, caption, ["Sản phẩm"] + yrs(), rows)


def price_table(m: M, P, tid, caption):
    rows = [[p["label"]] + [N(x) for x in p["price"]] for p in P["prods"]]
    m.table(tid, caption, ["Sản phẩm"] + yrs(), rows)


def sum_table(m: M, P, tid, caption, rev, cost, profit, cit=False, margin_label="Tỷ suất lợi nhuận/doanh thu (%)"):
    sc, d = money(P)
    rows = [["Doanh thu"] + [N(x, d) for x in rev], ["Tổng chi phí"] + [N(x, d) for x in cost]]
    if cit:
        tax = [rd(profit[y] * 0.2, d) for y in range(3)]
        after = [rd(profit[y] - tax[y], d) for y in range(3)]
        rows += [["Lợi nhuận trước thuế"] + [N(x, d) for x in profit], ["Thuế TNDN (20 %)"] + [N(x, d) for x in tax],
                 ["Lợi nhuận sau thuế"] + [N(x, d) for x in after]]
    else:
        after = profit
        rows += [["Lợi nhuận"] + [N(x, d) for x in profit]]
    rows.append([margin_label] + [N(after[y] / rev[y] * 100, 1) for y in range(3)])
    m.table(tid, caption, ["Chỉ tiêu"] + yrs(), rows, unit=P["unit"])
    return after


def base_q(m: M, rev, cost, after, inv, dep, pb):
    m.q.update(rev=rev, cost=cost, profit=after, payback=pb, margin=[after[y] / rev[y] for y in range(3)])


# --------------------------------------------------------------------------- im01
def im01(pr: bool) -> M:
    """Yến sào tinh chế, Công ty TNHH (ready). Yến thô bought by the kg, 28 % lost in cleaning."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Nguyên tổ, hộp 50 g", size=50, price=[1950000, 1950000, 2050000],
                         packs=[1600, 1760, 1940], pc=70000),
                    dict(label="Nguyên tổ, hộp 100 g", size=100, price=[3800000, 3800000, 4000000],
                         packs=[750, 830, 910], pc=110000),
                    dict(label="Yến sợi, hộp 100 g", size=100, price=[2000000, 2000000, 2100000],
                         packs=[250, 270, 300], pc=60000)],
             staff=[("Giám đốc, kế toán, thủ kho", [3, 3, 3], 8.5), ("Thợ làm sạch, định hình yến", [8, 9, 10], 6.5),
                    ("Kiểm tra, sấy, đóng hộp", [2, 2, 2], 6.5), ("Bán hàng, giao hàng", [2, 2, 3], 7.0)],
             inv=[("Cải tạo xưởng sơ chế một chiều 120 m²", 450, True),
                  ("Máy sấy lạnh, tủ định hình, bàn nhặt lông inox", 280, True),
                  ("Máy hút chân không, máy in hạn dùng, cân 0,01 g", 90, True),
                  ("Thiết kế hộp, mã vạch, tem truy xuất", 60, False),
                  ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 40, False),
                  ("Vốn lưu động mua yến thô theo mùa", 1080, False)],
             src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng Nông nghiệp và PTNT", 800)],
             life=10, loan=[800, 600, 400], rate=0.08)
    prods = P["prods"]
    raw_price = [14.0, 14.0, 14.5]  # triệu đồng/kg yến thô
    supply = [("Nhà yến của công ty", [2, 2, 2], "nhà", 20), ("Nhà yến liên kết thôn Tân Sơn", [9, 9, 9], "nhà", 16),
              ("Nhà yến liên kết xã Kỳ Hà", [8, 9, 10], "nhà", 15)]
    cleaners, g_day, days = [8, 9, 10], 130, 300
    out, rev_lines = products_block(m, P, pr)
    hist_table(m, "hist", "Bảng 1. Kết quả kinh doanh yến sào 2024 – 2026",
               ("Yến tinh chế bán ra", "kg", "Giá bán bình quân", "triệu đồng/kg"),
               [118, 136, 155], [33.0, 34.0, 35.0], [0.10, 0.11, 0.12], 1, 1, "triệu đồng")
    spec_table(m, P, "spec", "Bảng 2. Quy cách, giá bán năm 2027 và giá quy đổi", ["100g", "g", "kg_tr"])
    comp_table(m, "comp", "Bảng 3. Giá yến trên thị trường (khảo sát tháng 12/2026)",
               [("Yến tinh chế Nha Trang, hộp 100 g", 100, 4500000), ("Yến tinh chế Nghệ An, hộp 50 g", 50, 2100000),
                ("Yến tinh chế bán trên mạng, 100 g", 100, 2900000),
                ("Yến thô còn lông tại nhà yến, 1 kg", 1000, 14000000)], ["100g", "kg_tr"])
    yld = loss_table(m, "loss", "Bảng 4. Hao hụt khi làm sạch 1 kg (1.000 g) yến thô",
                     [("Lông, tạp chất nhặt bỏ", 210), ("Bụi, vụn mịn không thu hồi", 30),
                      ("Hơi ẩm mất khi sấy, định hình", 40)], "Yến tinh thu được")
    need = [rd(out[y] / yld, 1) for y in range(3)]
    sup = [sum(c[y] * k for _, c, _, k in supply) for y in range(3)]
    rows = [["Yến tinh cần cho kế hoạch (kg)"] + [N(x, 1) for x in out],
            ["Yến thô cần mua (kg), yến tinh : 0,72"] + [N(x, 1) for x in need]]
    rows += [[lab + (f" ({c[0]} {w} × {k} kg)" if c[0] == c[2] else f" ({c[0]} – {c[2]} {w} × {k} kg)")]
             + [N(c[y] * k) for y in range(3)] for lab, c, w, k in supply]
    rows += [["Tổng nguồn yến thô (kg)"] + [N(x) for x in sup],
             ["Dư so với nhu cầu (kg)"] + [N(sup[y] - need[y], 1) for y in range(3)]]
    m.table("raw", "Bảng 5. Nhu cầu và nguồn cung yến thô", ["Chỉ tiêu"] + yrs(), rows)
    capk = [cleaners[y] * g_day * days / 1000 for y in range(3)]
    m.table("cap", "Bảng 6. Năng lực làm sạch (130 g yến thô/thợ/ngày, 300 ngày)", ["Chỉ tiêu"] + yrs(),
            [["Số thợ làm sạch (người)"] + [N(x) for x in cleaners],
             ["Năng lực làm sạch (kg thô/năm)"] + [N(x) for x in capk],
             ["Yến thô đưa vào làm sạch (kg)"] + [N(x, 1) for x in need],
             ["Mức sử dụng năng lực (%)"] + [N(need[y] / capk[y] * 100, 1) for y in range(3)]])
    m.q.update(need=need, supply=sup, cap=capk, cap_load=need)
    staff_table(m, P, "staff", "Bảng 7. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 8. Kế hoạch sản xuất (hộp)", [["Yến tinh chế đóng hộp (kg)"] + [N(x) for x in out]])
    price_table(m, P, "price", "Bảng 9. Giá bán theo năm (đồng/hộp)")
    rev = rev_table(m, P, "rev", "Bảng 10. Doanh thu dự kiến", rev_lines)
    raw_cost = [rd(need[y] * raw_price[y], 1) for y in range(3)]
    pack = [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 12. Tổng vốn đầu tư", "src", "Bảng 13. Nguồn vốn")
    sell = [rd(rev[y] * 0.05, 1) for y in range(3)]
    lines = [("Yến thô", "kg × giá mua", raw_cost),
             ("Hộp, túi, tem", "theo số hộp", pack),
             ("Tiền lương", "Bảng 7", [wage_fund(P, y) for y in range(3)]),
             ("Điện, nước", "theo năm", [48.0, 52.0, 56.0]),
             ("Khấu hao", f"{fv(fixed)} : {P['life']} năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 8 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng", "5 % doanh thu", sell),
             ("Chi khác", "theo năm", [90.0, 95.0, 100.0])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 11. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 14. Hiệu quả kinh tế", rev, pcost, profit, cit=True)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("out27", out[0], 0, " kg"); f("out29", out[2], 0, " kg"); f("h26", 155, 0, " kg")
    f("need27", need[0], 0, " kg yến thô"); f("need29", need[2], 1, " kg")
    f("yld", yld * 1000, 0, " g yến tinh"); f("loss", 100 - yld * 100, 0, " %")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng")
    f("inv", inv, 0, " triệu đồng"); f("own", P["src"][0][1], 0, " triệu đồng"); f("loan", P["src"][1][1], 0, " triệu đồng")
    f("pb", pb, 1, " năm"); f("after27", after[0], 1, " triệu đồng"); f("after29", after[2], 1, " triệu đồng")
    f("sup27", sup[0], 0, " kg"); f("sup29", sup[2], 0, " kg")
    f("p100", prods[1]["price"][0], 0, " đồng"); f("p50", prods[0]["price"][0], 0, " đồng")
    f("per_g", prods[0]["price"][0] / 50, 0, " đồng/g"); f("per_g100", prods[1]["price"][0] / 100, 0, " đồng/g")
    f("rawprice", raw_price[0] * 1e6, 0, " đồng/kg"); f("cap27", capk[0], 0, " kg")
    f("staff27", m.q["staff"][0], 0, " lao động"); f("staff29", m.q["staff"][2], 0, " lao động")
    f("use27", need[0] / capk[0] * 100, 1, " %"); f("marg29", after[2] / rev[2] * 100, 1, " %")
    f("dep", dep, 1, " triệu đồng")
    return m


# --------------------------------------------------------------------------- im02
def im02(pr: bool) -> M:
    """Đông trùng hạ thảo sấy thăng hoa, HTX (ready). Money in 1.000 đồng."""
    m = M()
    P = dict(sc=1e3, dec=0, unit="ĐVT: 1.000 đồng",
             prods=[dict(label="Sấy thăng hoa, hộp 10 g", size=10, price=[260000] * 3,
                         packs=[3000, 3600, 4080], pc=18000),
                    dict(label="Sấy thăng hoa, hộp 30 g", size=30, price=[720000] * 3,
                         packs=[1000, 1200, 1360], pc=32000),
                    dict(label="Sấy khô, túi 100 g", size=100, price=[2200000] * 3,
                         packs=[150, 180, 204], pc=65000)],
             staff=[("Ban quản trị, kế toán", [2, 2, 2], 7000), ("Kỹ thuật nuôi cấy, phòng sạch", [3, 3, 4], 7500),
                    ("Thu hái, sấy, đóng hộp", [2, 3, 3], 6000), ("Bán hàng", [1, 1, 1], 6500)],
             inv=[("Phòng nuôi cấy số 2 (60 m², cách nhiệt, điều hòa, đèn LED)", 420000, True),
                  ("Máy sấy thăng hoa 10 kg tươi/mẻ", 380000, True),
                  ("Nồi hấp tiệt trùng, tủ cấy vô trùng", 150000, True),
                  ("Hộp, túi, tem truy xuất mã QR", 40000, False),
                  ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 35000, False),
                  ("Vốn lưu động", 275000, False)],
             src=[("Vốn góp của thành viên", 600000), ("Quỹ đầu tư phát triển của hợp tác xã", 150000),
                  ("Vay Ngân hàng Nông nghiệp và PTNT", 550000)],
             life=8, loan=[550000, 400000, 250000], rate=0.08)
    prods = P["prods"]
    jars = [25000, 30000, 34000]
    rooms = [("Phòng nuôi cấy số 1 (hiện có)", 3000), ("Phòng nuôi cấy số 2 (xây năm 2027)", 5000)]
    batches = 5
    out, rev_lines = products_block(m, P, pr)
    hist_table(m, "hist", "Bảng 2. Kết quả sản xuất kinh doanh 2024 – 2026",
               ("Đông trùng khô bán ra", "kg", "Giá bán bình quân", "1.000 đ/kg"),
               [38, 46, 55], [24000, 24500, 25000], [0.12, 0.13, 0.14], 0, 0, "1.000 đồng")
    comp_table(m, "comp", "Bảng 1. Giá đông trùng hạ thảo trên thị trường (tháng 01/2027)",
               [("Đông trùng sấy thăng hoa Nghệ An, hộp 20 g", 20, 480000),
                ("Đông trùng sấy khô bán trên mạng, túi 100 g", 100, 1500000),
                ("Đông trùng sấy thăng hoa Đà Lạt, hộp 10 g", 10, 300000),
                ("Đông trùng tươi, hộp 100 g", 100, 180000)], ["g", "kg_tr"])
    spec_table(m, P, "spec", "Bảng 3. Quy cách, giá bán và giá quy đổi", ["g", "kg_tr"])
    yld = loss_table(m, "loss", "Bảng 4. Từ 1 kg (1.000 g) quả thể tươi ra đông trùng khô",
                     [("Gốc, quả thể dị dạng cắt bỏ", 40), ("Nước bay hơi khi sấy thăng hoa", 840)],
                     "Đông trùng khô thu được")
    fresh_per_jar, sel = 25, 0.96
    dry_per_jar = fresh_per_jar * yld
    chk = [rd(jars[y] * dry_per_jar / 1000, 3) for y in range(3)]
    m.q["jar_out"] = chk
    mats = [("Gạo lứt (kg)", 0.045, "Ruộng lúa của thành viên", 2000, 35000),
            ("Nhộng tằm sấy khô (kg)", 0.012, "Cơ sở nuôi tằm Sơn Trung", 480, 200000),
            ("Giống dạng lỏng (lít)", 0.012, "Trung tâm giống (hợp đồng)", 500, 500000)]
    rows = [[lab, N(norm, 3)] + [N(jars[y] * norm) for y in range(3)] + [N(s)] for lab, norm, _, s, _ in mats]
    m.table("raw", "Bảng 5. Nhu cầu vật tư nuôi cấy và nguồn cung", ["Vật tư", "Định mức/bình"] + yrs() + ["Cung/năm"], rows)
    # need / supply of the scarcest material against 1: within supply when <= 1
    m.q.update(need=[max(jars[y] * nm / s for _, nm, _, s, _ in mats) for y in range(3)], supply=[1, 1, 1])
    cap = [sum(c for _, c in rooms) * batches] * 3
    rows = [[lab, N(c), N(c * batches)] for lab, c in rooms]
    rows.append(["Cộng", N(sum(c for _, c in rooms)), N(cap[0])])
    m.table("equip", "Bảng 6. Năng lực phòng nuôi cấy (5 lứa/năm)", ["Phòng", "Bình/lứa", "Bình/năm"], rows)
    staff_table(m, P, "staff", "Bảng 7. Lao động và tiền lương", word="1.000 đ/tháng")
    packs_table(m, P, "plan", "Bảng 8. Kế hoạch sản xuất", [
        ["Số bình nuôi cấy"] + [N(x) for x in jars],
        ["Quả thể tươi (kg)"] + [N(jars[y] * fresh_per_jar / 1000, 1) for y in range(3)],
        ["Đông trùng khô đóng gói (kg)"] + [N(x) for x in out],
        ["Sử dụng công suất phòng (%)"] + [N(jars[y] / cap[y] * 100, 1) for y in range(3)]])
    m.q.update(cap=cap, cap_load=jars)
    rev = rev_table(m, P, "rev", "Bảng 9. Doanh thu dự kiến", rev_lines)
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 11. Vốn đầu tư", "src", "Bảng 12. Nguồn vốn")
    matc = [rd(sum(jars[y] * nm * pz for _, nm, _, _, pz in mats) / 1000, 0) for y in range(3)]
    sell = [rd(rev[y] * 0.06) for y in range(3)]
    tax = [rd(rev[y] * 0.015) for y in range(3)]
    lines = [("Gạo, nhộng, giống", "Bảng 5 × giá", matc),
             ("Bình, nắp, bông lọc", "2.000 đ/bình", [rd(j * 2) for j in jars]),
             ("Điện nuôi cấy và sấy", "6.000 đ/bình", [rd(j * 6) for j in jars]),
             ("Hộp, túi, tem", "theo số hộp", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 7", [wage_fund(P, y) for y in range(3)]),
             ("Khấu hao", f"{fv(fixed)} : 8 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 8 %", [rd(P["loan"][y] * P["rate"]) for y in range(3)]),
             ("Bán hàng, hội chợ", "6 % doanh thu", sell),
             ("Thuế, phí", "1,5 % doanh thu", tax),
             ("Chi khác", "theo năm", [60000, 65000, 70000])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 10. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y]) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 13. Hiệu quả kinh tế", rev, pcost, profit)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("jars27", jars[0], 0, " bình"); f("jars29", jars[2], 0, " bình"); f("cap", cap[0], 0, " bình")
    f("out27", out[0], 0, " kg"); f("out29", out[2], 0, " kg"); f("h26", 55, 0, " kg")
    f("dry_jar", dry_per_jar, 0, " g"); f("fresh_jar", fresh_per_jar, 0, " g")
    f("ratio", 1000 / (1000 - 40) * 8, 2); f("yld", yld * 1000, 0, " g")
    f("rev27", rev[0], 0, " nghìn đồng"); f("rev29", rev[2], 0, " nghìn đồng")
    f("inv", inv, 0, " nghìn đồng"); f("pb", pb, 1, " năm")
    f("profit27", after[0], 0, " nghìn đồng"); f("profit29", after[2], 0, " nghìn đồng")
    f("use29", jars[2] / cap[2] * 100, 0, " %"); f("use27", jars[0] / cap[0] * 100, 1, " %")
    f("pg10", 26000, 0, " đồng/g"); f("pg100", 22000, 0, " đồng/g")
    f("staff27", m.q["staff"][0], 0, " người"); f("staff29", m.q["staff"][2], 0, " người")
    f("loan", 550000, 0, " nghìn đồng"); f("own", 600000, 0, " nghìn đồng")
    return m


# --------------------------------------------------------------------------- im03
def im03(pr: bool) -> M:
    """Vòng tay và nụ trầm hương, tổ hợp tác (ready). Wood bought by the kg, beads sold by the gram."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Vòng 10 ly (16 g)", size=16, price=[1350000, 1350000, 1400000],
                         packs=[1200, 1320, 1440], pc=45000, beads=18),
                    dict(label="Vòng 8 ly (10 g)", size=10, price=[780000, 780000, 800000],
                         packs=[1500, 1650, 1800], pc=25000, beads=21),
                    dict(label="Nụ trầm, hộp 100 g", size=100, price=[160000, 160000, 165000],
                         packs=[1000, 1100, 1200], pc=12000, beads=0)],
             staff=[("Tổ trưởng, kế toán", [2, 2, 2], 6.0), ("Cưa, tiện, đánh bóng hạt", [4, 4, 5], 6.5),
                    ("Xâu vòng, hoàn thiện, đóng hộp", [2, 2, 2], 5.5), ("Làm nụ trầm", [1, 2, 2], 5.0),
                    ("Bán hàng", [1, 1, 1], 6.0)],
             inv=[("Máy tiện hạt bán tự động thứ ba", 85, True), ("Hệ thống hút bụi túi vải", 70, True),
                  ("Máy ép nụ trầm, tủ sấy nụ", 95, True), ("Cải tạo xưởng 80 m², kho gỗ có khóa", 150, True),
                  ("Hộp, thẻ bảo hành, mã QR", 35, False), ("Đăng ký nhãn hiệu, thử nghiệm", 25, False),
                  ("Vốn lưu động mua gỗ trầm", 340, False)],
             src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 300)],
             life=8, loan=[300, 200, 100], rate=0.066)
    prods = P["prods"]
    wood_price = [8.0, 8.0, 8.3]
    supply = [("Vườn dó bầu của tổ viên", [6, 6, 6], "hộ", 8), ("Cơ sở thu mua trầm Phúc Trạch", [1, 1, 1], "hợp đồng", 100),
              ("Hộ trồng dó bầu thôn Trung Hòa", [10, 10, 10], "hộ", 5)]
    machines, beads_day, days = 3, 100, 260
    out, rev_lines = products_block(m, P, pr)
    hist_table(m, "hist", "Bảng 1. Kết quả sản xuất 2024 – 2026", ("Vòng trầm bán ra", "chiếc", "Giá bình quân", "triệu đ/chiếc"),
               [1650, 2050, 2400], [0.98, 1.00, 1.02], [0.14, 0.15, 0.16], 1, 2, "triệu đồng")
    spec_table(m, P, "spec", "Bảng 2. Sản phẩm, khối lượng và giá quy đổi theo gam", ["g", "kg_tr"],
               size_head="Nặng (g)", price_head="Giá (đ/sp)")
    comp_table(m, "comp", "Bảng 3. Giá sản phẩm trầm cùng loại (khảo sát tháng 11/2026)",
               [("Vòng trầm 10 ly Quảng Nam (16 g)", 16, 1600000), ("Vòng trầm 8 ly bán trên mạng (10 g)", 10, 450000),
                ("Nụ trầm Nghệ An, hộp 100 g", 100, 150000), ("Gỗ trầm tốc loại 2, 1 kg", 1000, 8000000)], ["g"])
    # wood yield (per 1.000 g of agarwood): beads 25 %, dust recovered 65 %, waste 10 %
    rows = [["Hạt đạt chuẩn sau tiện, đánh bóng", N(250), N(25.0, 1)],
            ["Mùn, phoi trầm thu hồi làm nụ", N(650), N(65.0, 1)],
            ["Hao hụt (bụi mịn, hạt nứt loại bỏ)", N(100), N(10.0, 1)]]
    m.table("loss", "Bảng 4. Sử dụng 1 kg (1.000 g) gỗ trầm", ["Phần", "Gam", "Tỷ lệ (%)"], rows)
    beads_g = [sum(p["packs"][y] * p["size"] for p in prods[:2]) for y in range(3)]
    wood = [rd(beads_g[y] / 0.25 / 1000, 1) for y in range(3)]
    dust = [rd(wood[y] * 0.65, 1) for y in range(3)]
    dust_need = [rd(prods[2]["packs"][y] * 70 / 1000, 1) for y in range(3)]
    sup = [sum(c[y] * k for _, c, _, k in supply) for y in range(3)]
    rows = [["Hạt trầm cho vòng (kg)"] + [N(x / 1000, 1) for x in beads_g],
            ["Gỗ trầm cần (kg), hạt : 25 %"] + [N(x, 1) for x in wood]]
    rows += [[f"{lab} ({c[0]} {w} × {k} kg)"] + [N(c[y] * k) for y in range(3)] for lab, c, w, k in supply]
    rows += [["Tổng nguồn gỗ trầm (kg)"] + [N(x) for x in sup],
             ["Mùn trầm thu hồi, 65 % (kg)"] + [N(x, 1) for x in dust],
             ["Mùn cần cho nụ, 70 g/hộp (kg)"] + [N(x, 1) for x in dust_need]]
    m.table("raw", "Bảng 5. Cân đối gỗ trầm và mùn trầm", ["Chỉ tiêu"] + yrs(), rows)
    m.q.update(need=wood, supply=sup, dust=dust, dust_need=dust_need)
    beads = [sum(p["packs"][y] * p["beads"] for p in prods) for y in range(3)]
    capb = [machines * beads_day * days] * 3
    m.table("cap", "Bảng 6. Công suất tiện hạt (3 máy × 100 hạt/ngày × 260 ngày)", ["Chỉ tiêu"] + yrs(),
            [["Hạt cần tiện (hạt)"] + [N(x) for x in beads], ["Công suất tiện (hạt/năm)"] + [N(x) for x in capb],
             ["Sử dụng công suất (%)"] + [N(beads[y] / capb[y] * 100, 1) for y in range(3)]])
    m.q.update(cap=capb, cap_load=beads)
    staff_table(m, P, "staff", "Bảng 7. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 8. Kế hoạch sản xuất (chiếc, hộp)")
    price_table(m, P, "price", "Bảng 9. Giá bán theo năm (đồng/sản phẩm)")
    rev = rev_table(m, P, "rev", "Bảng 10. Doanh thu dự kiến", rev_lines)
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 12. Vốn đầu tư", "src", "Bảng 13. Nguồn vốn")
    lines = [("Gỗ trầm", "kg × giá mua", [rd(wood[y] * wood_price[y], 1) for y in range(3)]),
             ("Bột bời lời", "30 g/hộp", [rd(prods[2]["packs"][y] * 0.03 * 0.06, 1) for y in range(3)]),
             ("Hộp, túi gấm", "theo sản phẩm", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 7", [wage_fund(P, y) for y in range(3)]),
             ("Điện", "theo năm", [36.0, 38.0, 40.0]),
             ("Khấu hao", f"{fv(fixed)} : 8 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 6,6 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng, hội chợ", "8 % doanh thu", [rd(rev[y] * 0.08, 1) for y in range(3)]),
             ("Thuế, phí", "1,5 % doanh thu", [rd(rev[y] * 0.015, 1) for y in range(3)]),
             ("Chi khác", "theo năm", [40.0, 42.0, 45.0])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 11. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 14. Hiệu quả kinh tế", rev, pcost, profit)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("wood27", wood[0], 1, " kg"); f("wood29", wood[2], 1, " kg"); f("sup", sup[0], 0, " kg")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng"); f("inv", inv, 0, " triệu đồng")
    f("pb", pb, 1, " năm"); f("profit27", after[0], 1, " triệu đồng"); f("profit29", after[2], 1, " triệu đồng")
    f("pg10", 1350000 / 16, 0, " đồng/g"); f("pgnu", 1600, 0, " đồng/g"); f("wprice", 8000000, 0, " đồng/kg")
    f("use29", beads[2] / capb[2] * 100, 1, " %"); f("beads27", beads[0], 0, " hạt")
    f("staff27", m.q["staff"][0], 0, " người"); f("staff29", m.q["staff"][2], 0, " người")
    f("vong27", 2700, 0, " chiếc"); f("h26", 2400, 0, " chiếc"); f("dust27", dust[0], 1, " kg")
    return m


# --------------------------------------------------------------------------- im04
def im04(pr: bool) -> M:
    """Nhung hươu, hộ kinh doanh (ready). Fresh antler sold by the lạng, dried slices by the 50 g box."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Nhung tươi, lạng 100 g", size=100, price=[2400000, 2400000, 2500000],
                         packs=[250, 270, 290], pc=10000),
                    dict(label="Nhung lát, hộp 50 g", size=50, price=[5500000, 5500000, 5700000],
                         packs=[200, 220, 240], pc=80000),
                    dict(label="Bột nhung, lọ 30 g", size=30, price=[3300000, 3300000, 3400000],
                         packs=[100, 110, 120], pc=45000)],
             staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], 7.0), ("Chăm sóc hươu, cắt nhung", [3, 3, 3], 6.0),
                    ("Sơ chế, sấy, đóng hộp, bán hàng", [2, 2, 2], 6.0)],
             inv=[("Tủ sấy lạnh nhung hươu 15 kg/mẻ", 120, True), ("Máy thái lát, máy nghiền bột mịn", 65, True),
                  ("Tủ đông bảo quản nhung −20 °C", 45, True), ("Phòng sơ chế, đóng gói 24 m²", 150, True),
                  ("Mở rộng chuồng, thêm 6 hươu đực giống", 180, True), ("Hộp, lọ, tem truy xuất", 30, False),
                  ("Kiểm nghiệm, công bố sản phẩm", 20, False), ("Vốn lưu động", 190, False)],
             src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
             life=8, loan=[300, 200, 100], rate=0.08)
    prods = P["prods"]
    herd, stags, per_stag = [120, 126, 132], [45, 48, 51], 0.9
    linked, per_house, buy_price = [12, 14, 16], 3, 20.0
    out, rev_lines = products_block(m, P, pr)
    hist_table(m, "hist", "Bảng 1. Kết quả kinh doanh 2024 – 2026", ("Nhung tươi đưa vào bán, chế biến", "kg",
               "Doanh thu bình quân", "triệu đồng/kg"), [52, 58, 63], [26.0, 26.5, 27.0], [0.15, 0.16, 0.17], 1, 1,
               "triệu đồng")
    spec_table(m, P, "spec", "Bảng 2. Quy cách, giá bán năm 2027 và giá quy đổi", ["g", "100g"],
               price_head="Giá (đồng)")
    comp_table(m, "comp", "Bảng 3. Giá nhung hươu trên thị trường (tháng 01/2027)",
               [("Nhung tươi tại trại Hương Sơn, 1 lạng", 100, 2300000), ("Nhung sấy khô thái lát, 100 g", 100, 9500000),
                ("Nhung hươu nhập khẩu thái lát, 50 g", 50, 3900000), ("Bột nhung bán trên mạng, 30 g", 30, 2100000)],
               ["g", "100g"])
    yld = loss_table(m, "loss", "Bảng 4. Từ 1 kg (1.000 g) nhung tươi ra nhung khô",
                     [("Lông tơ, máu, phần gốc cứng loại bỏ", 40), ("Nước bay hơi khi sấy lạnh", 660)],
                     "Nhung khô thu được")
    dry = [rd(prods[1]["packs"][y] * 0.05 + prods[2]["packs"][y] * 0.03 / 0.98, 2) for y in range(3)]
    fresh_proc = [rd(dry[y] / yld, 1) for y in range(3)]
    fresh_sold = [prods[0]["packs"][y] * 0.1 for y in range(3)]
    need = [rd(fresh_proc[y] + fresh_sold[y], 1) for y in range(3)]
    own = [rd(stags[y] * per_stag, 1) for y in range(3)]
    bought = [linked[y] * per_house for y in range(3)]
    sup = [rd(own[y] + bought[y], 1) for y in range(3)]
    m.table("herd", "Bảng 5. Đàn hươu và sản lượng nhung", ["Chỉ tiêu"] + yrs(),
            [["Tổng đàn hươu (con)"] + [N(x) for x in herd], ["Hươu đực cắt nhung (con)"] + [N(x) for x in stags],
             ["Nhung tươi bình quân (kg/con/năm)"] + [N(per_stag, 1)] * 3,
             ["Nhung tươi của hộ (kg)"] + [N(x, 1) for x in own]])
    m.table("raw", "Bảng 6. Cân đối nhung tươi", ["Chỉ tiêu"] + yrs(),
            [["Nhung khô cần cho hộp, lọ (kg)"] + [N(x, 2) for x in dry],
             ["Nhung tươi đưa sấy (kg), khô : 0,3"] + [N(x, 1) for x in fresh_proc],
             ["Nhung tươi bán theo lạng (kg)"] + [N(x) for x in fresh_sold],
             ["Tổng nhung tươi cần (kg)"] + [N(x, 1) for x in need],
             ["Nhung của hộ (kg)"] + [N(x, 1) for x in own],
             [f"Hộ liên kết ({linked[0]} – {linked[2]} hộ × {per_house} kg)"] + [N(x) for x in bought],
             ["Tổng nguồn nhung tươi (kg)"] + [N(x, 1) for x in sup]])
    m.q.update(need=need, supply=sup)
    capk = 15 * 50
    m.table("equip", "Bảng 7. Thiết bị sơ chế và công suất", ["Thiết bị", "Số lượng", "Công suất"],
            [["Tủ sấy lạnh (mới)", N(1), "15 kg tươi/mẻ, 50 mẻ/mùa"], ["Máy thái lát nhung", N(1), "10 kg/giờ"],
             ["Máy nghiền bột mịn", N(1), "3 kg/giờ"], ["Tủ đông −20 °C", N(2), "400 lít/tủ"]])
    m.q.update(cap=[capk] * 3, cap_load=fresh_proc)
    staff_table(m, P, "staff", "Bảng 8. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 9. Kế hoạch sản xuất và bán hàng (lạng, hộp, lọ)",
                [["Nhung tươi sử dụng (kg)"] + [N(x, 1) for x in need]])
    rev = rev_table(m, P, "rev", "Bảng 10. Doanh thu dự kiến", rev_lines)
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 12. Vốn đầu tư", "src", "Bảng 13. Nguồn vốn")
    buy = [rd(max(0.0, need[y] - own[y]) * buy_price, 1) for y in range(3)]
    lines = [("Chăm sóc đàn hươu", "2,5 tr/con", [rd(h * 2.5, 1) for h in herd]),
             ("Nhung tươi mua thêm", "kg × 20 tr", buy),
             ("Hộp, lọ, túi", "theo sản phẩm", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 8", [wage_fund(P, y) for y in range(3)]),
             ("Điện sấy, tủ đông", "theo năm", [30.0, 32.0, 34.0]),
             ("Khấu hao", f"{fv(fixed)} : 8 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 8 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng", "5 % doanh thu", [rd(rev[y] * 0.05, 1) for y in range(3)]),
             ("Thuế, phí", "1,5 % doanh thu", [rd(rev[y] * 0.015, 1) for y in range(3)]),
             ("Thú y, chi khác", "theo năm", [40.0, 42.0, 44.0])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 11. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 14. Hiệu quả kinh tế", rev, pcost, profit)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("need27", need[0], 1, " kg"); f("sup27", sup[0], 1, " kg"); f("need29", need[2], 1, " kg"); f("sup29", sup[2], 1, " kg")
    f("own27", own[0], 1, " kg"); f("stags27", stags[0], 0, " con"); f("herd27", herd[0], 0, " con")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng"); f("inv", inv, 0, " triệu đồng")
    f("pb", pb, 1, " năm"); f("profit27", after[0], 1, " triệu đồng"); f("profit29", after[2], 1, " triệu đồng")
    f("lang", 2400000, 0, " đồng/lạng"); f("kgfresh", 24, 0, " triệu đồng/kg"); f("dry100", 11000000, 0, " đồng/100 g")
    f("ratio", 1 / yld, 2, " kg"); f("pg", 110000, 0, " đồng/g"); f("buy", buy_price, 0, " triệu đồng/kg")
    f("dry27", dry[0], 2, " kg")
    return m


# --------------------------------------------------------------------------- im05
def im05(pr: bool) -> M:
    """Rượu đông trùng hạ thảo, Công ty cổ phần (revise): no-alcohol-license, material-shortfall,
    profit-mismatch (2028 profit before tax)."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Chai 500 ml", size=500, price=[380000, 380000, 400000],
                         packs=[6000, 6600, 7130], pc=45000, dt=4, spirit=0.5),
                    dict(label="Bình sứ 1 lít", size=1000, price=[750000, 750000, 790000],
                         packs=[1200, 1320, 1425], pc=120000, dt=8, spirit=1.0),
                    dict(label="Hộp quà 2 chai 300 ml", size=600, price=[520000, 520000, 545000],
                         packs=[1500, 1650, 1780], pc=95000, dt=6, spirit=0.6)],
             staff=[("Giám đốc, kế toán", [2, 2, 2], 9.0), ("Nấu, chưng cất, ngâm rượu", [3, 3, 3], 7.0),
                    ("Chiết chai, đóng hộp, kho", [2, 2, 3], 6.5), ("Bán hàng, thị trường", [3, 3, 3], 7.5)],
             inv=[("Nhà ngâm, kho ủ rượu 80 m²", 400, True), ("Nồi nấu, chưng cất 30 lít/ngày, máy lọc", 180, True),
                  ("Chum, bình sứ ngâm rượu (60 chiếc)", 120, True), ("Máy chiết rót, đóng nút bán tự động", 250, True),
                  ("Hầm biogas, bể chứa bỗng rượu", 80, True), ("Thiết kế nhãn, hộp, tem truy xuất", 60, False),
                  ("Kiểm nghiệm, công bố, nhãn hiệu", 40, False), ("Vốn lưu động", 870, False)],
             src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng TMCP Công Thương", 800)],
             life=10, loan=[800, 600, 400], rate=0.08)
    prods = P["prods"]
    dt_price = [18.0, 18.0, 18.5]   # triệu đồng/kg đông trùng khô
    dt_sel = 0.05                   # gãy vụn, sẫm màu loại bỏ khi chọn
    dt_supply = [("Hợp tác xã nấm dược liệu Kỳ Sơn", 32), ("Cơ sở nuôi cấy đông trùng Thạch Đài", 8)]
    rice_ratio, rice_supply, rice_price = 0.75, 10000, 25000
    still_l_day, still_days = 30, 250
    out, rev_lines = products_block(m, P, pr)
    hist_table(m, "hist", "Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026", ("Rượu thành phẩm bán ra", "lít",
               "Giá bán bình quân", "nghìn đồng/lít"), [3600, 4100, 4600], [690, 700, 710], [0.17, 0.18, 0.19], 1, 0,
               "triệu đồng", scale=1000)
    spec_table(m, P, "spec", "Bảng 2. Quy cách, lượng đông trùng và giá quy đổi", ["l"], size_head="Rượu (ml)",
               price_head="Giá (đ/sp)", extra=[p["dt"] for p in prods], extra_head="Đông trùng (g)")
    comp_table(m, "comp", "Bảng 3. Giá đông trùng hạ thảo khô mua vào (báo giá tháng 9/2026)",
               [("Đông trùng khô loại ngâm rượu, 1 kg", 1000, 18000000),
                ("Đông trùng khô loại đẹp, túi 100 g", 100, 2200000),
                ("Đông trùng sấy thăng hoa, hộp 10 g", 10, 260000)], ["g", "100g"], price_head="Giá (đồng)")
    comp_table(m, "comp2", "Bảng 4. Giá rượu ngâm dược liệu cùng phân khúc (tháng 9/2026)",
               [("Rượu đông trùng Nghệ An, chai 500 ml", 500, 420000), ("Rượu sâm Hàn Quốc, chai 750 ml", 750, 650000),
                ("Rượu ba kích Quảng Ninh, chai 500 ml", 500, 250000)], ["l"], price_head="Giá (đồng/chai)")
    dt_g = [sum(p["packs"][y] * p["dt"] for p in prods) for y in range(3)]
    dt_need = [rd(dt_g[y] / 1000 / (1 - dt_sel), 2) for y in range(3)]
    dt_sup = sum(k for _, k in dt_supply)
    spirit = [sum(p["packs"][y] * p["spirit"] for p in prods) for y in range(3)]
    rice = [rd(spirit[y] / rice_ratio) for y in range(3)]
    rows = [["Đông trùng cho các sản phẩm (kg)"] + [N(x / 1000, 2) for x in dt_g],
            ["Đông trùng khô cần mua, loại 5 % (kg)"] + [N(x, 2) for x in dt_need]]
    rows += [[lab + " (kg)"] + [N(k)] * 3 for lab, k in dt_supply]
    rows += [["Rượu nền 29,5 độ cần (lít)"] + [N(x) for x in spirit],
             ["Gạo nếp cần (kg), 0,75 lít/kg"] + [N(x) for x in rice],
             ["Gạo nếp của 40 hộ liên kết (kg)"] + [N(rice_supply)] * 3]
    m.table("raw", "Bảng 5. Nhu cầu và nguồn nguyên liệu", ["Chỉ tiêu"] + yrs(), rows)
    m.q.update(need=dt_need, supply=[dt_sup] * 3, rice=rice, rice_supply=rice_supply)
    cap = [still_l_day * still_days] * 3
    m.table("cap", "Bảng 6. Công suất nấu rượu nền (30 lít/ngày × 250 ngày)", ["Chỉ tiêu"] + yrs(),
            [["Rượu nền cần (lít)"] + [N(x) for x in spirit], ["Công suất nồi nấu (lít/năm)"] + [N(x) for x in cap],
             ["Sử dụng công suất (%)"] + [N(spirit[y] / cap[y] * 100, 1) for y in range(3)]])
    m.q.update(cap=cap, cap_load=spirit)
    staff_table(m, P, "staff", "Bảng 7. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 8. Kế hoạch sản xuất (chai, bình, hộp)",
                [["Rượu thành phẩm (lít)"] + [N(x) for x in spirit]])
    price_table(m, P, "price", "Bảng 9. Giá bán chưa gồm thuế tiêu thụ đặc biệt (đồng)")
    rev = rev_table(m, P, "rev", "Bảng 10. Doanh thu dự kiến", rev_lines)
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 12. Vốn đầu tư", "src", "Bảng 13. Nguồn vốn")
    lines = [("Đông trùng khô", "kg × giá mua", [rd(dt_need[y] * dt_price[y], 1) for y in range(3)]),
             ("Gạo nếp", "kg × 25.000 đ", [rd(rice[y] * rice_price / 1e6, 1) for y in range(3)]),
             ("Men, củi, điện nấu", "6.000 đ/lít", [rd(spirit[y] * 0.006, 1) for y in range(3)]),
             ("Chai, bình, hộp", "theo sản phẩm", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 7", [wage_fund(P, y) for y in range(3)]),
             ("Khấu hao", f"{fv(fixed)} : 10 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 8 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng", "8 % doanh thu", [rd(rev[y] * 0.08, 1) for y in range(3)]),
             ("Thuế, phí khác", "1,5 % doanh thu", [rd(rev[y] * 0.015, 1) for y in range(3)]),
             ("Chi khác", "theo năm", [120.0, 125.0, 130.0])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 11. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    m.q["profit_true_bt"] = list(profit)
    if pr:  # PLANTED profit-mismatch: 2028 profit before tax printed 1.262,0
        profit[1] = 1262.0
    after = sum_table(m, P, "sum", "Bảng 14. Hiệu quả kinh tế", rev, pcost, profit, cit=True)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("dt27", dt_need[0], 2, " kg"); f("dt29", dt_need[2], 2, " kg"); f("dtsup", dt_sup, 0, " kg")
    f("spirit27", spirit[0], 0, " lít"); f("spirit29", spirit[2], 0, " lít"); f("cap", cap[0], 0, " lít")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng"); f("inv", inv, 0, " triệu đồng")
    f("pb", pb, 1, " năm"); f("after27", after[0], 1, " triệu đồng"); f("bt28", profit[1], 1, " triệu đồng")
    f("dtprice", 18000000, 0, " đồng/kg"); f("dtg", 18000, 0, " đồng/g"); f("rice27", rice[0], 0, " kg")
    f("staff27", m.q["staff"][0], 0, " lao động"); f("use29", spirit[2] / cap[2] * 100, 1, " %")
    f("h26", 4600, 0, " lít")
    return m


# --------------------------------------------------------------------------- im06
def im06(pr: bool) -> M:
    """Yến chưng sẵn, hộ kinh doanh (revise): no-food-safety, revenue-mismatch (2028 gift-box line),
    capacity-exceeded (autoclave 100 jars x 270 days)."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Hũ đường phèn 70 ml", size=70, price=[130000, 130000, 135000],
                         packs=[9000, 10350, 11900], pc=7000, yen=3, jars=1),
                    dict(label="Hũ táo đỏ, hạt sen 70 ml", size=70, price=[90000, 90000, 95000],
                         packs=[6500, 7475, 8600], pc=7000, yen=2, jars=1),
                    dict(label="Hộp quà 6 hũ", size=420, price=[750000, 750000, 780000],
                         packs=[1600, 1840, 2115], pc=77000, yen=18, jars=6)],
             staff=[("Chủ hộ, quản lý", [1, 1, 1], 7.0), ("Ngâm, nhặt, chưng yến", [3, 3, 3], 6.0),
                    ("Đóng hũ, bán hàng, giao hàng", [2, 2, 2], 5.5)],
             inv=[("Cải tạo phòng chế biến 30 m², bàn inox", 160, True), ("Tủ mát trưng bày, tủ bảo quản", 60, True),
                  ("Máy hàn màng seal, máy in hạn dùng", 40, True), ("Xe máy giao hàng có thùng giữ lạnh", 45, True),
                  ("Hũ, hộp quà, tem truy xuất (đợt đầu)", 35, False), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, False),
                  ("Vốn lưu động mua yến", 335, False)],
             src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
             life=8, loan=[300, 200, 100], rate=0.08)
    prods = P["prods"]
    yen_price = [20.0, 20.0, 21.0]
    supply = [("Cơ sở yến sào Cẩm Lĩnh (hợp đồng)", [60, 60, 60]), ("Hộ nuôi yến thôn Hải Hà (hợp đồng)", [30, 40, 50])]
    per_batch, batches_day, days = 100, 1, 270
    out, rev_lines = products_block(m, P, pr)
    jars = [sum(p["packs"][y] * p["jars"] for p in prods) for y in range(3)]
    hist_table(m, "hist", "Bảng 1. Kết quả bán hàng 2024 – 2026", ("Hũ yến chưng bán ra", "hũ", "Giá bình quân",
               "nghìn đồng/hũ"), [15000, 18500, 22000], [95, 100, 105], [0.10, 0.11, 0.12], 1, 0, "triệu đồng",
               scale=1000)
    spec_table(m, P, "spec", "Bảng 2. Quy cách, lượng yến và giá quy đổi", ["100g"], size_head="Dung tích (ml)",
               price_head="Giá (đ/sp)", extra=[p["yen"] for p in prods], extra_head="Yến (g)")
    t = m.tables["spec"]
    t.header[-1] = "Đ/gam yến"
    for i, p in enumerate(prods):
        t.rows[i][-1] = N(p["price"][0] / p["yen"])
    comp_table(m, "comp", "Bảng 3. Giá yến chưng trên thị trường (tháng 8/2026)",
               [("Nước yến đóng lon nhà máy, lon 190 ml", 190, 16000), ("Yến chưng đóng lọ nhà máy, lọ 70 ml", 70, 38000),
                ("Yến chưng tươi Nha Trang, hũ 70 ml", 70, 150000), ("Yến chưng tươi bán trên mạng, hũ 70 ml", 70, 99000)],
               ["100ml"])
    yen_g = [sum(p["packs"][y] * p["yen"] for p in prods) for y in range(3)]
    need = [rd(yen_g[y] / 0.95 / 1000, 2) for y in range(3)]
    loss_table(m, "loss", "Bảng 4. Hao hụt khi ngâm, nhặt lại 1 kg (1.000 g) yến tinh sợi",
               [("Lông sót, tạp chất nhặt thêm", 30), ("Vụn mịn trôi khi ngâm, lọc", 20)], "Yến đưa vào chưng")
    sup = [sum(c[y] for _, c in supply) for y in range(3)]
    rows = [["Yến cho các sản phẩm (kg)"] + [N(x / 1000, 2) for x in yen_g],
            ["Yến tinh sợi cần mua (kg)"] + [N(x, 2) for x in need]]
    rows += [[lab + " (kg)"] + [N(x) for x in c] for lab, c in supply]
    rows += [["Tổng nguồn yến (kg)"] + [N(x) for x in sup]]
    m.table("raw", "Bảng 5. Nhu cầu và nguồn cung yến tinh sợi", ["Chỉ tiêu"] + yrs(), rows)
    m.q.update(need=need, supply=sup)
    cap = per_batch * batches_day * days
    m.table("equip", "Bảng 6. Thiết bị chưng, tiệt trùng", ["Thiết bị", "Số lượng", "Công suất"],
            [["Nồi hấp tiệt trùng (hiện có)", N(1), "100 hũ/mẻ, 1 mẻ/ngày"], ["Nồi chưng cách thủy", N(2), "30 hũ/nồi"],
             ["Máy hàn màng seal (mua mới)", N(1), "600 hũ/giờ"], ["Tủ mát bảo quản", N(2), "500 hũ/tủ"]])
    m.q.update(cap=[cap] * 3, cap_load=jars)
    staff_table(m, P, "staff", "Bảng 7. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 8. Kế hoạch sản xuất", [
        ["Tổng số hũ phải chưng, tiệt trùng"] + [N(x) for x in jars],
        ["Công suất nồi hấp (hũ/năm)"] + [N(cap)] * 3])
    price_table(m, P, "price", "Bảng 9. Giá bán theo năm (đồng)")
    true_rev = [rd(sum(l[y] for l in rev_lines), 1) for y in range(3)]
    if pr:  # PLANTED revenue-mismatch: 2028 gift-box line printed 1.590,0 (2.120 hộp x 750.000)
        rev_lines[2][1] = 1590.0
    rev = rev_table(m, P, "rev", "Bảng 10. Doanh thu dự kiến", rev_lines)
    m.q["rev_true"] = true_rev
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 12. Vốn đầu tư", "src", "Bảng 13. Nguồn vốn")
    lines = [("Yến tinh sợi", "kg × giá mua", [rd(need[y] * yen_price[y], 1) for y in range(3)]),
             ("Phụ liệu chưng", "4.000 đ/hũ", [rd(jars[y] * 0.004, 1) for y in range(3)]),
             ("Hũ, hộp quà", "theo sản phẩm", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 7", [wage_fund(P, y) for y in range(3)]),
             ("Gas, điện", "theo năm", [48.0, 54.0, 60.0]),
             ("Khấu hao", f"{fv(fixed)} : 8 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 8 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng", "theo năm", [150.0, 170.0, 190.0]),
             ("Thuế, phí", "1,5 % doanh thu", [rd(rev[y] * 0.015, 1) for y in range(3)]),
             ("Chi khác", "theo năm", [36.0, 38.0, 40.0])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 11. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 14. Hiệu quả kinh tế", rev, pcost, profit)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("jars27", jars[0], 0, " hũ"); f("jars28", jars[1], 0, " hũ"); f("jars29", jars[2], 0, " hũ")
    f("cap", cap, 0, " hũ"); f("need27", need[0], 2, " kg"); f("need29", need[2], 2, " kg")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev28", rev[1], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng")
    f("inv", inv, 0, " triệu đồng"); f("pb", pb, 1, " năm"); f("profit27", after[0], 1, " triệu đồng")
    f("gift28", prods[2]["packs"][1], 0, " hộp"); f("pg", 130000 / 3, 0, " đồng"); f("yenprice", 20000000, 0, " đồng/kg")
    f("h26", 22000, 0, " hũ"); f("per100", 2000000, 0, " đồng")
    return m


# --------------------------------------------------------------------------- im07
def im07(pr: bool) -> M:
    """Nấm linh chi đỏ, HTX (revise): outdated-policy, capital-mismatch (members' contribution),
    no-environment-measures."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Thái lát, hộp 250 g", size=250, price=[290000, 290000, 300000],
                         packs=[2400, 2700, 3000], pc=18000),
                    dict(label="Nguyên tai, túi 500 g", size=500, price=[520000, 520000, 540000],
                         packs=[1000, 1100, 1200], pc=8000),
                    dict(label="Trà túi lọc, hộp 60 g", size=60, price=[120000, 120000, 125000],
                         packs=[3000, 3400, 3800], pc=20000)],
             staff=[("Ban quản trị, kế toán", [2, 2, 2], 6.0), ("Đóng bịch, hấp, cấy giống, chăm sóc", [5, 5, 6], 5.5),
                    ("Thu hái, sấy, thái lát, đóng gói", [2, 3, 3], 5.5), ("Bán hàng", [1, 1, 1], 6.0)],
             inv=[("Nhà trồng nấm thứ ba 300 m²", 350, True), ("Nồi hấp phôi, buồng cấy giống", 180, True),
                  ("Máy sấy nấm bơm nhiệt 200 kg tươi/mẻ", 220, True),
                  ("Máy thái lát, máy nghiền, máy đóng túi lọc", 190, True),
                  ("Hộp, túi, tem truy xuất", 40, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
                  ("Vốn lưu động", 290, False)],
             src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 500),
                  ("Hỗ trợ theo Nghị quyết 123/2018/NQ-HĐND", 200)],
             life=10, loan=[500, 380, 260], rate=0.08)
    prods = P["prods"]
    fresh_bag, trim, dry_share, pack_loss = 125, 5, 0.40, 0.02
    houses, bags_crop, crops = 3, 6500, 2
    out, rev_lines = products_block(m, P, pr)
    hist_table(m, "hist", "Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026", ("Linh chi khô bán ra", "kg",
               "Giá bán bình quân", "triệu đồng/kg"), [880, 990, 1100], [1.05, 1.08, 1.10], [0.13, 0.14, 0.15], 1, 2,
               "triệu đồng")
    spec_table(m, P, "spec", "Bảng 2. Quy cách, giá bán và giá quy đổi", ["100g", "kg"], price_head="Giá (đ/sp)")
    comp_table(m, "comp", "Bảng 3. Giá linh chi trên thị trường (tháng 7/2026)",
               [("Linh chi Hàn Quốc, 500 g", 500, 850000), ("Linh chi Lâm Đồng, 1 kg", 1000, 780000),
                ("Linh chi bán trên mạng, 500 g", 500, 300000), ("Trà linh chi, hộp 60 g", 60, 95000)],
               ["100g", "kg"])
    yld = loss_table(m, "loss", "Bảng 4. Từ 125 g nấm tươi mỗi bịch phôi ra nấm khô",
                     [("Chân nấm, tai kém cắt bỏ", trim), ("Nước bay hơi khi sấy", (fresh_bag - trim) * (1 - dry_share))],
                     "Nấm khô thu được", base=fresh_bag)
    dry_bag = fresh_bag * yld
    dry = [rd(out[y] / (1 - pack_loss), 1) for y in range(3)]
    bags = [rd(dry[y] * 1000 / dry_bag) for y in range(3)]
    cap = houses * bags_crop * crops
    mats = [("Mùn cưa gỗ keo (kg)", 1.0, 40000, 1500), ("Cám gạo (kg)", 0.15, 6000, 8000), ("Bột ngô (kg)", 0.05, 2000, 9000)]
    rows = [["Nấm khô đóng gói (kg)"] + [N(x) for x in out], ["Nấm khô cần, hao đóng gói 2 % (kg)"] + [N(x, 1) for x in dry],
            ["Số bịch phôi cần (48 g khô/bịch)"] + [N(x) for x in bags]]
    rows += [[lab] + [N(bags[y] * nm) for y in range(3)] for lab, nm, _, _ in mats]
    m.table("raw", "Bảng 5. Nhu cầu phôi và nguyên liệu làm phôi", ["Chỉ tiêu"] + yrs(), rows)
    rows = [[lab, N(nm, 2), N(s)] for lab, nm, s, _ in mats]
    m.table("sup", "Bảng 6. Định mức cho 1 bịch phôi và nguồn cung hằng năm", ["Nguyên liệu", "Định mức/bịch", "Cung/năm"], rows)
    m.q.update(need=[max(bags[y] * nm / s for _, nm, s, _ in mats) for y in range(3)], supply=[1, 1, 1])
    m.table("cap", "Bảng 7. Công suất nhà trồng (3 nhà × 6.500 bịch/vụ × 2 vụ)", ["Chỉ tiêu"] + yrs(),
            [["Bịch phôi cần"] + [N(x) for x in bags], ["Công suất nhà trồng (bịch/năm)"] + [N(cap)] * 3,
             ["Sử dụng công suất (%)"] + [N(bags[y] / cap * 100, 1) for y in range(3)]])
    m.q.update(cap=[cap] * 3, cap_load=bags)
    staff_table(m, P, "staff", "Bảng 8. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 9. Kế hoạch sản xuất (hộp, túi)")
    price_table(m, P, "price", "Bảng 10. Giá bán theo năm (đồng)")
    rev = rev_table(m, P, "rev", "Bảng 11. Doanh thu dự kiến", rev_lines)
    src_pr = None
    if pr:  # PLANTED capital-mismatch: members' contribution printed 450 (sources 1.150 against 1.300)
        src_pr = [("Vốn góp của thành viên", 450), P["src"][1], P["src"][2]]
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 13. Tổng vốn đầu tư", "src", "Bảng 14. Nguồn vốn", src_pr)
    lines = [("Vật tư phôi, giống", "4.700 đ/bịch", [rd(b * 0.0047, 1) for b in bags]),
             ("Củi, điện hấp phôi", "1.000 đ/bịch", [rd(b * 0.001, 1) for b in bags]),
             ("Hộp, túi, tem", "theo sản phẩm", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 8", [wage_fund(P, y) for y in range(3)]),
             ("Điện sấy, nước tưới", "theo năm", [60.0, 66.0, 72.0]),
             ("Khấu hao", f"{fv(fixed)} : 10 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 8 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng, hội chợ", "6 % doanh thu", [rd(rev[y] * 0.06, 1) for y in range(3)]),
             ("Thuế, phí", "1,5 % doanh thu", [rd(rev[y] * 0.015, 1) for y in range(3)]),
             ("Chi khác", "theo năm", [50.0, 55.0, 60.0])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 12. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 15. Hiệu quả kinh tế", rev, pcost, profit)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("out27", out[0], 0, " kg"); f("out29", out[2], 0, " kg"); f("bags27", bags[0], 0, " bịch"); f("cap", cap, 0, " bịch")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng"); f("inv", inv, 0, " triệu đồng")
    f("stot", stot, 0, " triệu đồng"); f("pb", pb, 1, " năm"); f("profit27", after[0], 1, " triệu đồng")
    f("drybag", dry_bag, 0, " g"); f("ratio", 1 / dry_share, 1); f("h26", 1100, 0, " kg")
    f("members", (src_pr or P["src"])[0][1], 0, " triệu đồng")
    f("mun27", bags[0] * 1.0 / 1000, 1, " tấn")
    return m


# --------------------------------------------------------------------------- im08
def im08(pr: bool) -> M:
    """Sữa ong chúa, hộ kinh doanh (revise): no-label-plan, table-total-mismatch (2027 cost total),
    unrealistic-growth (royal jelly x2 then x1,6 with the same 4 workers and channels)."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Sữa chúa, hũ 100 g", size=100, price=[230000, 230000, 240000],
                         packs=[1400, 2800, 4480], pc=9000),
                    dict(label="Sữa chúa, hũ 50 g", size=50, price=[125000, 125000, 130000],
                         packs=[1600, 3200, 5120], pc=7000),
                    dict(label="Phấn hoa, hũ 250 g", size=250, price=[95000, 95000, 100000],
                         packs=[1000, 1100, 1200], pc=6000)],
             staff=[("Chủ hộ, quản lý, bán hàng", [1, 1, 1], 6.0), ("Ghép ấu trùng, thu sữa chúa", [2, 2, 2], 5.5),
                    ("Lọc, đóng hũ, giao hàng", [1, 1, 1], 5.0)],
             inv=[("Tủ đông −20 °C 500 lít (thêm 1 chiếc)", 25, True), ("Máy lọc sữa chúa, bộ dụng cụ ghép", 30, True),
                  ("Máy sấy phấn hoa 10 kg/mẻ", 35, True), ("Thêm 20 đàn ong giống và thùng", 40, True),
                  ("Phòng đóng hũ 16 m²", 60, True), ("Hũ thủy tinh tối màu, túi giữ lạnh", 20, False),
                  ("Kiểm nghiệm, công bố sản phẩm", 15, False), ("Vốn lưu động", 75, False)],
             src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 100)],
             life=8, loan=[100, 60, 20], rate=0.066)
    prods = P["prods"]
    hives, rj_hive, pollen_hive = [200, 210, 220], 1.2, 2.0
    linked, rj_house, rj_buy = [5, 62, 132], 4, 0.85
    out, rev_lines = products_block(m, P, pr)
    rj = [rd(sum(p["packs"][y] * p["size"] for p in prods[:2]) / 1000, 1) for y in range(3)]
    pollen = [rd(prods[2]["packs"][y] * 0.25, 1) for y in range(3)]
    hist_table(m, "hist", "Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026", ("Sữa ong chúa bán ra", "kg",
               "Doanh thu bình quân (kể cả phấn hoa)", "triệu đ/kg sữa chúa"), [150, 175, 200], [2.30, 2.35, 2.40],
               [0.12, 0.13, 0.13], 1, 2, "triệu đồng")
    spec_table(m, P, "spec", "Bảng 2. Quy cách, giá bán năm 2027 và giá quy đổi", ["100g", "kg"], price_head="Giá (đ/hũ)")
    comp_table(m, "comp", "Bảng 3. Giá sữa ong chúa, phấn hoa trên thị trường (tháng 10/2026)",
               [("Sữa chúa Đắk Lắk, hũ 100 g", 100, 190000), ("Sữa chúa nhập khẩu, 100 g", 100, 450000),
                ("Sữa chúa bán lẻ, 1 kg", 1000, 1600000), ("Phấn hoa cà phê, 500 g", 500, 150000)],
               ["100g", "kg"])
    yld = loss_table(m, "loss", "Bảng 4. Lọc 1 kg (1.000 g) sữa chúa thô",
                     [("Ấu trùng, sáp, tạp chất lọc bỏ", 60)], "Sữa chúa sạch đóng hũ")
    need = [rd(rj[y] / yld, 1) for y in range(3)]
    own = [rd(hives[y] * rj_hive, 1) for y in range(3)]
    bought = [linked[y] * rj_house for y in range(3)]
    sup = [rd(own[y] + bought[y], 1) for y in range(3)]
    pneed = [rd(pollen[y] / (0.8 * 0.95), 1) for y in range(3)]
    psup = [rd(hives[y] * pollen_hive, 1) for y in range(3)]
    m.table("raw", "Bảng 5. Nhu cầu và nguồn sữa chúa thô, phấn hoa tươi", ["Chỉ tiêu"] + yrs(), [
        ["Sữa chúa sạch đóng hũ (kg)"] + [N(x, 1) for x in rj],
        ["Sữa chúa thô cần (kg)"] + [N(x, 1) for x in need],
        ["Số đàn ong của hộ (đàn)"] + [N(x) for x in hives],
        ["Sữa chúa thô của hộ, 1,2 kg/đàn (kg)"] + [N(x, 1) for x in own],
        ["Số hộ liên kết bán sữa chúa (hộ)"] + [N(x) for x in linked],
        ["Sữa chúa thô mua, 4 kg/hộ (kg)"] + [N(x) for x in bought],
        ["Tổng sữa chúa thô (kg)"] + [N(x, 1) for x in sup],
        ["Phấn hoa tươi cần (kg)"] + [N(x, 1) for x in pneed],
        ["Phấn hoa tươi của hộ, 2 kg/đàn (kg)"] + [N(x, 1) for x in psup]])
    m.q.update(need=need, supply=sup, pneed=pneed, psup=psup, rj=rj, own=own)
    staff_table(m, P, "staff", "Bảng 6. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 7. Kế hoạch sản xuất (hũ)", [
        ["Sữa ong chúa đóng hũ (kg)"] + [N(x, 1) for x in rj], ["Phấn hoa đóng hũ (kg)"] + [N(x, 1) for x in pollen]])
    price_table(m, P, "price", "Bảng 8. Giá bán theo năm (đồng/hũ)")
    rev = rev_table(m, P, "rev", "Bảng 9. Doanh thu dự kiến", rev_lines)
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 11. Vốn đầu tư", "src", "Bảng 12. Nguồn vốn")
    lines = [("Chăm sóc đàn ong", "0,6 tr/đàn", [rd(h * 0.6, 1) for h in hives]),
             ("Sữa chúa thô mua", "kg × 0,85 tr", [rd(b * rj_buy, 1) for b in bought]),
             ("Hũ, túi giữ lạnh", "theo số hũ", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 6", [wage_fund(P, y) for y in range(3)]),
             ("Điện tủ đông, máy sấy", "theo năm", [24.0, 26.0, 28.0]),
             ("Khấu hao", f"{fv(fixed)} : 8 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 6,6 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng", "theo năm", [30.0, 35.0, 40.0]),
             ("Thuế, phí", "1,5 % doanh thu", [rd(rev[y] * 0.015, 1) for y in range(3)]),
             ("Chi khác", "theo năm", [20.0, 22.0, 24.0])]
    tot_true = [rd(sum(v[2][y] for v in lines), 1) for y in range(3)]
    ptot = None
    if pr:  # PLANTED table-total-mismatch: 2027 "Tổng chi phí" printed 496,5
        ptot = [496.5, tot_true[1], tot_true[2]]
    cost, pcost = cost_table(m, P, "cost", "Bảng 10. Chi phí sản xuất kinh doanh", lines, total_printed=ptot)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 13. Hiệu quả kinh tế", rev, pcost, profit)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("rj26", 200, 0, " kg"); f("rj27", rj[0], 0, " kg"); f("rj28", rj[1], 0, " kg"); f("rj29", rj[2], 0, " kg")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev28", rev[1], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng")
    f("inv", inv, 0, " triệu đồng"); f("pb", pb, 1, " năm"); f("profit27", after[0], 1, " triệu đồng")
    f("profit29", after[2], 1, " triệu đồng"); f("hives27", hives[0], 0, " đàn"); f("hives29", hives[2], 0, " đàn")
    f("kg", 2300000, 0, " đồng/kg"); f("p100", 230000, 0, " đồng"); f("linked29", linked[2], 0, " hộ")
    f("g28", (rev[1] / rev[0] - 1) * 100, 0, " %"); f("g29", (rev[2] / rev[1] - 1) * 100, 0, " %")
    return m


# --------------------------------------------------------------------------- im09
def im09(pr: bool) -> M:
    """Sâm Bố Chính, unregistered group of households (revise): no-business-registration,
    payback-mismatch, figure-inconsistent (the sliced-root box price in the market part).
    Money in đồng."""
    m = M()
    P = dict(sc=1, dec=0, unit="ĐVT: đồng",
             prods=[dict(label="Sâm lát, hộp 100 g", size=100, price=[65000, 65000, 68000],
                         packs=[6000, 6600, 7200], pc=9000),
                    dict(label="Sâm củ, túi 500 g", size=500, price=[280000, 280000, 290000],
                         packs=[600, 660, 720], pc=6000),
                    dict(label="Sâm mật ong, hũ 300 g", size=120, price=[160000, 160000, 165000],
                         packs=[1500, 1650, 1800], pc=12000)],
             staff=[("Đại diện, sổ sách", [1, 1, 1], 4500000), ("Trồng, sơ chế", [3, 3, 3], 4000000),
                    ("Sấy, đóng gói", [2, 2, 2], 4000000)],
             inv=[("Nhà sơ chế, sấy 60 m²", 180000000, True), ("Máy sấy bơm nhiệt 300 kg tươi/mẻ", 140000000, True),
                  ("Máy thái lát, máy gọt củ", 45000000, True), ("Máy hàn miệng túi, cân điện tử", 15000000, True),
                  ("Hộp, túi, tem", 30000000, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 25000000, False),
                  ("Vốn lưu động", 65000000, False)],
             src=[("Góp của 6 hộ trong nhóm", 350000000), ("Vay Quỹ hỗ trợ nông dân (các hộ đứng tên)", 150000000)],
             life=8, loan=[150000000, 100000000, 50000000], rate=0.06)
    prods = P["prods"]
    own_ha, yield_ha, linked, per_house, buy = 1.0, 5000, 8, 250, 35000
    out, rev_lines = products_block(m, P, pr)
    dry = [rd(sum(p["packs"][y] * p["size"] for p in prods) / 1000, 1) for y in range(3)]
    hist_table(m, "hist", "Bảng 1. Kết quả bán sâm 2024 – 2026", ("Sâm khô bán ra", "kg", "Giá bình quân", "đồng/kg"),
               [620, 760, 880], [560000, 580000, 600000], [0.12, 0.13, 0.13], 0, 0, "đồng")
    spec_table(m, P, "spec", "Bảng 2. Quy cách, giá bán năm 2027 và giá quy đổi", ["100g", "kg"],
               size_head="Sâm khô (g)", price_head="Giá (đ/sp)")
    comp_table(m, "comp", "Bảng 3. Giá sâm Bố Chính trên thị trường (tháng 11/2026)",
               [("Sâm Bố Chính khô Quảng Bình, 1 kg", 1000, 700000), ("Sâm lát sấy bán trên mạng, 100 g", 100, 55000),
                ("Củ sâm tươi tại ruộng, 1 kg", 1000, 35000), ("Sâm tẩm mật ong Nghệ An, hũ 300 g", 300, 180000)], ["100g", "kg"])
    yld = loss_table(m, "loss", "Bảng 4. Từ 1 kg (1.000 g) củ tươi ra sâm khô",
                     [("Vỏ, rễ con, đầu củ gọt bỏ, đất rửa trôi", 180), ("Nước bay hơi khi sấy", 615)], "Sâm khô thu được")
    fresh = [rd(dry[y] / yld, 1) for y in range(3)]
    own = own_ha * yield_ha
    sup = own + linked * per_house
    m.table("raw", "Bảng 5. Nhu cầu và nguồn củ sâm tươi", ["Chỉ tiêu"] + yrs(), [
        ["Sâm khô cho các sản phẩm (kg)"] + [N(x, 1) for x in dry],
        ["Củ tươi cần (kg), khô : 0,205"] + [N(x, 1) for x in fresh],
        ["Ruộng sâm của nhóm, 1 ha × 5.000 kg (kg)"] + [N(own)] * 3,
        ["8 hộ liên kết × 250 kg (kg)"] + [N(linked * per_house)] * 3,
        ["Tổng nguồn củ tươi (kg)"] + [N(sup)] * 3])
    m.q.update(need=fresh, supply=[sup] * 3)
    capk = 300 * 2 * 150
    m.table("equip", "Bảng 6. Thiết bị sơ chế, sấy", ["Thiết bị", "Số lượng", "Công suất"],
            [["Máy sấy bơm nhiệt (mua mới)", N(1), "300 kg tươi/mẻ, 2 ngày/mẻ"], ["Máy gọt, rửa củ", N(1), "150 kg/giờ"],
             ["Máy thái lát", N(1), "80 kg/giờ"], ["Máy hàn miệng túi", N(1), "20 túi/phút"]])
    m.q.update(cap=[capk] * 3, cap_load=fresh)
    staff_table(m, P, "staff", "Bảng 7. Lao động và thù lao", word="đồng/tháng")
    packs_table(m, P, "plan", "Bảng 8. Kế hoạch sản xuất (hộp, túi, hũ)", [["Sâm khô sử dụng (kg)"] + [N(x, 1) for x in dry]])
    price_table(m, P, "price", "Bảng 9. Giá bán theo năm (đồng)")
    rev = rev_table(m, P, "rev", "Bảng 10. Doanh thu dự kiến", rev_lines)
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 12. Vốn đầu tư", "src", "Bảng 13. Nguồn vốn")
    lines = [("Chăm sóc ruộng sâm", "", [60000000] * 3),
             ("Củ tươi mua thêm", "", [rd(max(0, fresh[y] - own) * buy) for y in range(3)]),
             ("Mật ong", "", [rd(prods[2]["packs"][y] * 0.18 * 150000) for y in range(3)]),
             ("Hộp, túi, hũ", "", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Thù lao", "", [wage_fund(P, y) for y in range(3)]),
             ("Điện sấy", "", [24000000, 26000000, 28000000]),
             ("Khấu hao", "", [dep] * 3),
             ("Lãi vay", "", [rd(P["loan"][y] * P["rate"]) for y in range(3)]),
             ("Bán hàng", "", [rd(rev[y] * 0.07) for y in range(3)]),
             ("Chi khác", "", [30000000, 32000000, 34000000])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 11. Chi phí sản xuất kinh doanh", lines, basis=False)
    profit = [rd(rev[y] - pcost[y]) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 14. Hiệu quả kinh tế", rev, pcost, profit)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    # PLANTED figure-inconsistent: the market part quotes the 100 g box at 80.000 đồng
    f("box_text", 80000 if pr else prods[0]["price"][0], 0, " đồng một hộp 100 g")
    f("box_kg_text", (80000 if pr else prods[0]["price"][0]) * 10, 0, " đồng/kg")
    # PLANTED payback-mismatch: "khoảng 1,4 năm"
    f("pb_text", 1.4 if pr else pb, 1, " năm")
    f("fresh27", fresh[0], 0, " kg"); f("sup", sup, 0, " kg"); f("dry27", dry[0], 0, " kg")
    f("rev27", rev[0], 0, " đồng"); f("inv", inv, 0, " đồng"); f("profit27", after[0], 0, " đồng")
    f("ratio", 1 / yld, 2, " kg"); f("buy", buy, 0, " đồng/kg"); f("h26", 880, 0, " kg")
    f("profit_avg", sum(after) / 3, 0, " đồng"); f("dep", dep, 0, " đồng")
    return m


# --------------------------------------------------------------------------- im10
def im10(pr: bool) -> M:
    """Trà hoa vàng, Công ty TNHH (revise): boilerplate, no-product-standard, no-sales-channel."""
    m = M()
    P = dict(sc=1e6, dec=1, unit="ĐVT: triệu đồng",
             prods=[dict(label="Hoa sấy, hộp 50 g", size=50, price=[420000, 420000, 440000],
                         packs=[2000, 2200, 2400], pc=25000),
                    dict(label="Hoa sấy, hộp 100 g", size=100, price=[800000, 800000, 840000],
                         packs=[800, 880, 960], pc=40000),
                    dict(label="Trà lá túi lọc, hộp 60 g", size=60, price=[150000, 150000, 155000],
                         packs=[3000, 3300, 3600], pc=18000)],
             staff=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Chăm sóc vườn, thu hái", [4, 4, 4], 5.5),
                    ("Sơ chế, sấy, đóng hộp", [3, 3, 3], 6.0), ("Kinh doanh", [2, 2, 2], 7.0)],
             inv=[("Máy sấy lạnh 50 kg tươi/mẻ", 320, True), ("Nhà sơ chế, phòng đóng gói 100 m²", 380, True),
                  ("Máy đóng gói túi lọc tự động", 200, True), ("Hộp, túi, tem truy xuất", 50, False),
                  ("Thiết kế bao bì, đăng ký nhãn hiệu", 20, False), ("Vốn lưu động", 530, False)],
             src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
             life=10, loan=[600, 450, 300], rate=0.08)
    prods = P["prods"]
    garden_ha, flower_ha, leaf_ha, linked, per_house, fbuy = 6, 220, 300, 15, 40, 0.45
    out, rev_lines = products_block(m, P, pr)
    flower = [rd(sum(p["packs"][y] * p["size"] for p in prods[:2]) / 1000, 1) for y in range(3)]
    leaf = [rd(prods[2]["packs"][y] * 0.06, 1) for y in range(3)]
    hist_table(m, "hist", "Bảng 1. Kết quả kinh doanh 2024 – 2026", ("Hoa vàng khô bán ra", "kg", "Giá bình quân",
               "triệu đồng/kg"), [95, 120, 150], [7.6, 7.8, 8.0], [0.11, 0.12, 0.13], 1, 1, "triệu đồng")
    spec_table(m, P, "spec", "Bảng 2. Quy cách, giá bán năm 2027 và giá quy đổi", ["100g", "kg_tr"])
    yld = loss_table(m, "loss", "Bảng 3. Từ 1 kg (1.000 g) hoa tươi ra hoa sấy lạnh",
                     [("Bông dập, cuống, lá đài loại bỏ", 60), ("Nước bay hơi khi sấy lạnh", 805.7)],
                     "Hoa khô thu được")
    fneed = [rd(flower[y] / yld, 1) for y in range(3)]
    lneed = [rd(leaf[y] / 0.225, 1) for y in range(3)]
    fown = garden_ha * flower_ha
    fsup = fown + linked * per_house
    lsup = garden_ha * leaf_ha
    m.table("raw", "Bảng 4. Nhu cầu và nguồn hoa, lá tươi", ["Chỉ tiêu"] + yrs(), [
        ["Hoa khô cần (kg)"] + [N(x, 1) for x in flower], ["Hoa tươi cần (kg)"] + [N(x, 1) for x in fneed],
        ["Hoa tươi vườn công ty, 6 ha × 220 kg"] + [N(fown)] * 3,
        ["Hoa tươi 15 hộ liên kết × 40 kg"] + [N(linked * per_house)] * 3,
        ["Tổng hoa tươi (kg)"] + [N(fsup)] * 3,
        ["Lá khô cho túi lọc (kg)"] + [N(x, 1) for x in leaf], ["Lá tươi cần (kg), khô : 0,225"] + [N(x, 1) for x in lneed],
        ["Lá tươi vườn công ty, 6 ha × 300 kg"] + [N(lsup)] * 3])
    m.q.update(need=fneed, supply=[fsup] * 3, lneed=lneed, lsup=lsup)
    capk = 50 * 2 * 120
    m.table("equip", "Bảng 5. Máy móc, thiết bị", ["Thiết bị", "Số lượng", "Công suất"],
            [["Máy sấy lạnh (mua mới)", N(1), "50 kg tươi/mẻ, 2 mẻ/ngày"], ["Máy sấy lá (hiện có)", N(1), "80 kg tươi/mẻ"],
             ["Máy đóng gói túi lọc", N(1), "30 túi/phút"], ["Máy hút chân không", N(2), "6 túi/phút"]])
    m.q.update(cap=[capk] * 3, cap_load=fneed)
    staff_table(m, P, "staff", "Bảng 6. Lao động và tiền lương")
    packs_table(m, P, "plan", "Bảng 7. Kế hoạch sản xuất (hộp)", [["Hoa khô (kg)"] + [N(x, 1) for x in flower],
                                                                 ["Lá khô (kg)"] + [N(x, 1) for x in leaf]])
    price_table(m, P, "price", "Bảng 8. Giá bán theo năm (đồng/hộp)")
    rev = rev_table(m, P, "rev", "Bảng 9. Doanh thu dự kiến", rev_lines)
    inv, stot, fixed, dep = inv_tables(m, P, "inv", "Bảng 11. Vốn đầu tư", "src", "Bảng 12. Nguồn vốn")
    lines = [("Chăm sóc vườn", "6 ha × 40 tr", [240.0] * 3),
             ("Hoa tươi mua", "kg × 0,45 tr", [rd(max(0, fneed[y] - fown) * fbuy, 1) for y in range(3)]),
             ("Hộp, túi, tem", "theo số hộp", [mk(P, sum(p["packs"][y] * p["pc"] for p in prods)) for y in range(3)]),
             ("Tiền lương", "Bảng 6", [wage_fund(P, y) for y in range(3)]),
             ("Điện sấy lạnh", "theo năm", [60.0, 64.0, 68.0]),
             ("Khấu hao", f"{fv(fixed)} : 10 năm", [dep] * 3),
             ("Lãi vay", "dư nợ × 8 %", [rd(P["loan"][y] * P["rate"], 1) for y in range(3)]),
             ("Bán hàng", "6 % doanh thu", [rd(rev[y] * 0.06, 1) for y in range(3)]),
             ("Chi khác", "theo năm", [60.0, 62.0, 64.0])]
    cost, pcost = cost_table(m, P, "cost", "Bảng 10. Chi phí sản xuất kinh doanh", lines)
    profit = [rd(rev[y] - pcost[y], 1) for y in range(3)]
    after = sum_table(m, P, "sum", "Bảng 13. Hiệu quả kinh tế", rev, pcost, profit, cit=True)
    pb = payback(inv, after, dep)
    base_q(m, rev, pcost, after, inv, dep, pb)
    f = m.fact
    f("fneed27", fneed[0], 1, " kg"); f("fsup", fsup, 0, " kg"); f("flower27", flower[0], 0, " kg")
    f("rev27", rev[0], 1, " triệu đồng"); f("rev29", rev[2], 1, " triệu đồng"); f("inv", inv, 0, " triệu đồng")
    f("pb", pb, 1, " năm"); f("after27", after[0], 1, " triệu đồng"); f("ratio", 1 / yld, 1, " kg")
    f("h26", 150, 0, " kg"); f("staff", m.q["staff"][0], 0, " lao động")
    return m


MODELS = {"im01": im01, "im02": im02, "im03": im03, "im04": im04, "im05": im05, "im06": im06, "im07": im07,
          "im08": im08, "im09": im09, "im10": im10}


def model(key: str, printed: bool = True) -> M:
    return MODELS[key](printed)


# --------------------------------------------------------------------------- the plans
STEMS = {
    "im01": "im01_yen_sao_tinh_che_hoanh_son_cty",
    "im02": "im02_dong_trung_ha_thao_ngan_pho_htx",
    "im03": "im03_tram_huong_hoa_hai_tht",
    "im04": "im04_nhung_huou_thang_ngan_hkd",
    "im05": "im05_ruou_dong_trung_hong_lam_ctcp",
    "im06": "im06_yen_chung_thu_hang_hkd",
    "im07": "im07_linh_chi_duc_linh_htx",
    "im08": "im08_sua_ong_chua_huong_tra_hkd",
    "im09": "im09_sam_bo_chinh_khe_lim_nhom_ho",
    "im10": "im10_tra_hoa_vang_kim_son_cty",
    "im11": "im11_yen_nha_gia_dinh_so_sai",
    "im12": "im12_nu_tram_so_sai",
}
READY = ("im01", "im02", "im03", "im04")
MARGIN = "Tỷ suất lợi nhuận/doanh thu (%)"
Y1, Y2, Y3 = "Năm 2027", "Năm 2028", "Năm 2029"

# planted cells (table, row label, column header) and their declared knock-ons (None = any);
# facts: numbers quoted in the prose that differ from the true model
PLANTED = {
    "im05": dict(cells={("sum", "Lợi nhuận trước thuế", Y2)},
                 knock={("sum", "Thuế TNDN (20 %)", Y2), ("sum", "Lợi nhuận sau thuế", Y2), ("sum", MARGIN, Y2)},
                 facts=set(), fact_knock={"bt28", "pb"}),
    "im06": dict(cells={("rev", "Hộp quà 6 hũ", Y2)},
                 knock={("rev", "Tổng doanh thu", Y2), ("cost", "Thuế, phí", Y2), ("cost", "Tổng chi phí", Y2),
                        ("sum", None, Y2)},
                 facts=set(), fact_knock={"rev28", "pb"}),
    "im07": dict(cells={("src", "Vốn góp của thành viên", "Số tiền")},
                 knock={("src", "Tổng nguồn vốn", "Số tiền"), ("src", None, "Tỷ lệ (%)")},
                 facts={"members"}, fact_knock={"stot"}),
    "im08": dict(cells={("cost", "Tổng chi phí", Y1)},
                 knock={("sum", None, Y1)}, facts=set(), fact_knock={"profit27", "pb"}),
    "im09": dict(cells=set(), knock=set(), facts={"box_text", "box_kg_text", "pb_text"}, fact_knock=set()),
}


class Plan(plancheck.Plan):
    src = HERE / "src"


def md_table(body_lines: list[str], caption: str) -> list[list[str]] | None:
    """The rows (header and separator dropped) of the table that follows the caption line."""
    try:
        i = next(k for k, l in enumerate(body_lines) if l.strip().strip("*").strip() == caption)
    except StopIteration:
        return None
    rows, started = [], False
    for l in body_lines[i + 1:]:
        s = l.strip()
        if s.startswith("|"):
            started = True
            rows.append([c.strip() for c in s.strip("|").split("|")])
        elif started and s and not s.startswith(":::"):
            break
        elif not started and s and not (s.startswith("ĐVT") or s.startswith(":::")):
            return None
    return [r for r in rows[1:] if not all(re.fullmatch(r":?-+:?", c) for c in r if c)]


def compare_tables(p: Plan, m: M) -> None:
    lines = p.body.splitlines()
    for t in m.tables.values():
        got = md_table(lines, t.caption)
        if got is None:
            p.check(False, f"table not found: {t.caption}")
            continue
        p.check(len(got) == len(t.rows), f"{t.caption}: {len(got)} rows, model {len(t.rows)}")
        for r_md, r_m in zip(got, t.rows):
            p.check(len(r_md) == len(r_m), f"{t.caption} / {row_key(r_m)}: {len(r_md)} cells, model {len(r_m)}")
            for c_md, c_m in zip(r_md, r_m):
                if isinstance(c_m, str):
                    p.check(c_md == c_m, f"{t.caption}: cell {c_md!r} != {c_m!r}")
                else:
                    v = vnum(c_md)
                    ok = v is not None and (abs(v - c_m[0]) <= 0.5 * 10 ** -c_m[1] + 1e-9 or close(v, c_m[0]))
                    p.check(ok, f"{t.caption} / {row_key(r_m)}: printed {c_md!r}, model {cell_text(c_m)}")


def table_diff(a: M, b: M):
    """Numeric cells that differ (beyond 1 %) between two models: (tid, row, header, a, b)."""
    out = []
    for tid, ta in a.tables.items():
        tb = b.tables[tid]
        for ra, rb in zip(ta.rows, tb.rows):
            for j, (ca, cb) in enumerate(zip(ra, rb)):
                if isinstance(ca, tuple) and not close(ca[0], cb[0]):
                    out.append((tid, row_key(ra), ta.header[j] if j < len(ta.header) else str(j), ca[0], cb[0]))
    return out


def check_planted(p: Plan, key: str, pr: M, tr: M) -> None:
    decl = PLANTED.get(key, dict(cells=set(), knock=set(), facts=set(), fact_knock=set()))
    diffs = table_diff(pr, tr)
    seen = set()
    for tid, row, head, a, b in diffs:
        cell = (tid, row, head)
        if cell in decl["cells"]:
            seen.add(cell)
            p.check(off(a, b), f"planted {cell} printed {fv(a, 1)} is not >5 % from the true {fv(b, 1)}")
        elif not any(k[0] == tid and k[1] in (None, row) and k[2] in (None, head) for k in decl["knock"]):
            p.check(False, f"undeclared difference {cell}: printed {a}, true {b}")
    for cell in decl["cells"] - seen:
        p.check(False, f"planted cell {cell} does not differ from the true model")
    for name, (v, _) in pr.facts.items():
        tv = tr.facts[name][0]
        if name in decl["facts"]:
            p.check(off(v, tv), f"planted fact {name}: {v} not >5 % from the true {tv}")
        elif not close(v, tv) and name not in decl["fact_knock"]:
            p.check(False, f"undeclared fact difference {name}: printed {v}, true {tv}")
    for name in decl["facts"]:
        p.check(name in pr.facts, f"planted fact {name} missing")


def check_common(p: Plan, key: str, pr: M, tr: M) -> None:
    q, t = pr.q, tr.q
    # every number quoted in the prose
    for name, (_, text) in pr.facts.items():
        p.has(text)
    # capital: sources equal to the investment in the true model
    p.check(close(t["src_true"], t["inv"]), f"true sources {t['src_true']} != investment {t['inv']}")
    if key != "im07":
        p.check(close(q["src_total"], q["inv"]), "printed sources differ from the investment")
    # raw material and capacity in the true model
    if key != "im05":
        for y in range(3):
            p.check(t["need"][y] <= t["supply"][y], f"need {t['need'][y]} above supply {t['supply'][y]} in {YEARS[y]}")
    if key != "im06" and "cap" in t:
        for y in range(3):
            p.check(t["cap_load"][y] <= t["cap"][y] * (0.86 if key in READY else 1.0),
                    f"load {t['cap_load'][y]} vs capacity {t['cap'][y]} in {YEARS[y]}")
    # margins and growth (true revenue)
    if key != "im08":
        for y in range(3):
            p.check(0.05 < t["margin"][y] < 0.35, f"true margin {t['margin'][y]:.3f} in {YEARS[y]}")
        for y in (1, 2):
            p.check(t["rev"][y] / t["rev"][y - 1] - 1 < 0.35, f"true revenue growth in {YEARS[y]}")
    # payback quoted = investment / (average printed profit + depreciation)
    if "pb" in pr.facts:
        p.check(close(pr.facts["pb"][0], rd(q["payback"], 1)), "payback quoted != computed from the printed table")
    if key != "im10":
        p.lacks(PLACEHOLDER, "template placeholder")


def check_ready(p: Plan, key: str) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất")
    p.lacks(REPLACED, "outdated instrument or district level in a ready plan")
    for m_ in re.finditer(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(m_.group(1)) >= 2030, f"paper valid only to {m_.group(0)}")


def check_specific(p: Plan, key: str, pr: M, tr: M) -> None:
    q, t = pr.q, tr.q
    if key == "im01":
        p.has("an toàn thực phẩm", "tự công bố", "kiểm nghiệm", "đăng ký môi trường", "Giấy chứng nhận đăng ký doanh nghiệp")
    elif key == "im02":
        p.has("an toàn thực phẩm", "tự công bố", "kiểm nghiệm", "không ghi công dụng chữa bệnh", "Luật Hợp tác xã năm 2023")
    elif key == "im03":
        p.has("không phải là thực phẩm", "đăng ký môi trường", "bảng kê lâm sản", "hút bụi")
        for y in range(3):
            p.check(t["dust_need"][y] <= t["dust"][y], "agarwood dust short for the incense")
    elif key == "im04":
        p.has("an toàn thực phẩm", "tự công bố", "không ghi công dụng chữa bệnh", "Kiểm lâm", "đăng ký hộ kinh doanh")
    elif key == "im05":
        # material-shortfall: need above supply by more than 5 % in every year, the text says enough
        for y in range(3):
            p.check(off(t["need"][y], t["supply"][y]) and t["need"][y] > t["supply"][y],
                    f"cordyceps need {t['need'][y]} not >5 % above supply {t['supply'][y]}")
        p.has("bảo đảm đủ đông trùng")
        for y in range(3):
            p.check(t["rice"][y] <= t["rice_supply"], "glutinous rice short")
        p.check(off(pr.q["profit"][1], tr.q["profit"][1]), "after-tax 2028 profit follows the planted profit")
        for w in ("giấy phép", "cấp phép", "105/2017", "17/2020", "rượu thủ công nhằm", "Sở Công Thương cấp phép"):
            p.lacks(re.escape(w), "alcohol licence mentioned")
        p.has("an toàn thực phẩm", "QCVN 6-3:2010/BYT", "44/2019/QH14", "tiêu chuẩn cơ sở", "đăng ký môi trường")
    elif key == "im06":
        for y in (1, 2):
            p.check(t["cap_load"][y] > t["cap"][y], f"jars {t['cap_load'][y]} within capacity in {YEARS[y]}")
        p.check(off(t["cap_load"][2], t["cap"][2]), "2029 jars not >5 % above the autoclave capacity")
        p.has("không cần đầu tư thêm nồi hấp")
        p.check(off(q["rev"][1], t["rev"][1]), "2028 revenue total follows the planted line")
        for w in ("an toàn thực phẩm", "ATTP", "đủ điều kiện", "15/2018", "vệ sinh thực phẩm", "cam kết",
                  "55/2010", "Luật An toàn"):
            p.lacks(re.escape(w), "food-safety paper mentioned")
        p.has("tự công bố", "kiểm nghiệm", "43/2017/NĐ-CP", "nhãn hiệu", "môi trường")
    elif key == "im07":
        p.check(off(q["src_total"], q["inv"]), "printed sources not >5 % off the investment")
        p.has("bảo đảm đủ vốn")
        for w in ("môi trường", "chất thải", "nước thải", "phôi thải", "xử lý", "rác", "ủ phân", "khói", "bụi",
                  "mùi", "bã phôi", "phôi cũ", "tái sử dụng"):
            p.lacks(re.escape(w), "environmental measure mentioned")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "the instruments in force cited")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở")
    elif key == "im08":
        p.check(t["rj"][1] / t["rj"][0] >= 1.9 and t["rj"][2] / t["rj"][1] >= 1.5, "royal jelly growth planted")
        p.check(t["rev"][1] / t["rev"][0] - 1 > 0.5 and t["rev"][2] / t["rev"][1] - 1 > 0.5, "revenue growth > 50 %/yr")
        p.check(tr.q.get("staff") == [4, 4, 4], "staff stays 4")
        p.check(off(q["cost"][0], t["cost_true"][0]), "2027 cost total not planted")
        p.lacks(r"nhãn(?! hiệu)", "label mentioned")
        for w in ("43/2017", "111/2021", "tem", "mã vạch", "ghi nhãn", "bao bì ghi"):
            p.lacks(r"(?<!\w)" + re.escape(w) + r"(?!\w)", "label item mentioned")
        p.has("nhãn hiệu", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "giữ nguyên 4 lao động")
        for y in range(3):
            p.check(t["pneed"][y] <= t["psup"][y], "pollen short")
    elif key == "im09":
        for w in ("đăng ký kinh doanh", "đăng ký hộ kinh doanh", "hợp tác xã", "tổ hợp tác", "mã số thuế",
                  "doanh nghiệp", "Giấy chứng nhận đăng ký", "hộ kinh doanh", "thành lập"):
            p.lacks(re.escape(w), "registration mentioned")
        p.has("Nhóm hộ", "65.000", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu")
        p.check(off(1.4, tr.q["payback"]), "payback not planted")
    elif key == "im10":
        p.check(re.search(PLACEHOLDER, p.body) is not None, "no template placeholder left")
        p.has("[tên sản phẩm]")
        for w in ("tiêu chuẩn", "TCCS", "công bố", "kiểm nghiệm", "thử nghiệm", "QCVN", "TCVN", "quy chuẩn",
                  "chỉ tiêu chất lượng", "phiếu kết quả"):
            p.lacks(re.escape(w), "product standard mentioned")
        for w in ("đại lý", "cửa hàng", "siêu thị", "sàn ", "thương mại điện tử", "nhà phân phối", "hội chợ",
                  "khách sạn", "nhà hàng", "website", "Facebook", "Zalo", "Shopee", "hợp đồng tiêu thụ", "điểm bán",
                  "du khách", "khách hàng"):
            p.lacks(re.escape(w), "sales channel or customer named")
        p.has("an toàn thực phẩm", "nhãn hiệu", "truy xuất", "43/2017/NĐ-CP")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.findall(r"\w+", re.sub(r"[#*|]", " ", p.body)))
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a sketchy plan has a table")
    p.lacks(PLACEHOLDER, "template placeholder")
    if key == "im11":
        p.has("8 kg", "3.500.000 đồng", "70 %")
        for w in ("đăng ký kinh doanh", "an toàn thực phẩm", "tiêu chuẩn", "nhãn hiệu", "truy xuất", "môi trường"):
            p.lacks(re.escape(w), "paper in a sketchy plan")
    else:
        p.has("50 kg", "180.000 đồng", "hộ kinh doanh")
        for w in ("tiêu chuẩn", "nhãn hiệu", "truy xuất", "môi trường", "43/2017"):
            p.lacks(re.escape(w), "paper in a sketchy plan")


def check(key: str) -> Plan:
    p = Plan(STEMS[key])
    if key in MODELS:
        pr, tr = model(key, True), model(key, False)
        compare_tables(p, pr)
        check_planted(p, key, pr, tr)
        check_common(p, key, pr, tr)
        check_specific(p, key, pr, tr)
        if key in READY:
            check_ready(p, key)
        elif key != "im07":
            p.has("148/QĐ-TTg", "1489/QĐ-TTg")
            p.lacks(REPLACED, "outdated instrument or district level")
    else:
        check_sketchy(p, key)
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or []) or list(STEMS)
    bad = [k for k in keys if k not in STEMS]
    if bad:
        print(f"unknown plan key(s): {' '.join(bad)}; the keys are {' '.join(STEMS)}")
        return 2
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
