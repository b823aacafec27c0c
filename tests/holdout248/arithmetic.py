"""The 248th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout248/arithmetic.py [io01 io05 ...]

Theme: products sold as living things or counted in living units (bee colonies, day-old chicks,
spawn bags, rooted cuttings, fingerlings, deer, weaned piglets, ducklings, potted kumquats, grafted
seedlings) beside the food products made from them. For every full plan (io01-io10) the constants
give the living stock and its rates (splits, births, hatching, rooting, survival, loss), what is
sold alive and what goes to the food product, the norms that turn the stock into raw material, the
equipment rating, staff and wages, prices, investment items, capital sources, loans and the cost
bases. `model(key, plant)` turns them into every table cell and every figure the prose prints;
the throw-away generator that wrote src/*.md imported the same function.

The checks: each table of the plan's source is read back (tables in order, captions "Bảng N.")
and every cell compared with the model as printed (numbers within 1 %); the model without its
planted defects is computed beside it and every cell where the two differ must be a planted cell
(wrong by more than 5 %) or a declared knock-on of one. On the printed numbers a reviewer's
relations are recomputed (revenue = quantity x price, totals, profit, sources = investment,
need <= supply, output <= capacity, the stock flow, wage fund, growth, payback) and the relations
that fail must be exactly those of the planted defects. Figures of the prose are looked up in the
text; textual defects are asserted by the absence or presence of their words; ready plans cite
QD 148 and QD 1489 and no replaced instrument or district body. Sketchy plans: 150-350 words, no
table.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- numbers
def rnd(x: float, d: int = 0) -> float:
    """Half-up rounding to d decimals (as a producer's spreadsheet rounds)."""
    q = 10 ** d
    v = math.floor(x * q + 0.5 + 1e-7) / q
    return int(v) if d == 0 else v


def fi(n: float) -> str:
    """Integer with dotted thousands: 6760 -> '6.760'."""
    return f"{int(rnd(n)):,}".replace(",", ".")


def fd(x: float, d: int = 1) -> str:
    """Decimal comma, dotted thousands: 1014.0 -> '1.014,0'."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def num(cell: str) -> float | None:
    """A table cell as a number (Vietnamese format, an optional trailing %), else None."""
    s = cell.strip().replace("**", "").rstrip("%").strip()
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    return None


@dataclass
class Table:
    key: str
    caption: str
    header: list[str]
    rows: list[list[str]]
    unit: str | None = None
    transpose: bool = False      # printed with the years as rows
    block: str | None = None     # "không kẻ": a borderless Word table


@dataclass
class Model:
    key: str
    mu: str                                   # money unit of the tables: "tr" (triệu) or "k" (1.000 đ)
    tables: list[Table] = field(default_factory=list)
    txt: dict[str, str] = field(default_factory=dict)     # figures the prose prints
    v: dict = field(default_factory=dict)                 # raw values for the relations

    def money(self, vnd: float) -> float:
        return rnd(vnd / 1e6, 1) if self.mu == "tr" else rnd(vnd / 1e3)

    def fm(self, x: float) -> str:
        return fd(x, 1) if self.mu == "tr" else fi(x)

    def add(self, key, caption, header, rows, **kw) -> Table:
        t = Table(key, caption, header, rows, **kw)
        self.tables.append(t)
        return t

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def msum(mu: str, xs) -> float:
    return rnd(sum(xs), 1) if mu == "tr" else rnd(sum(xs))


# --------------------------------------------------------------------------- shared blocks
def staff_block(M: Model, roles, wage, caption, unit_wage="triệu đồng/người/tháng"):
    """Staff by role, total, monthly wage and the wage fund (triệu đồng or 1.000 đ)."""
    tot = [sum(r[1][y] for r in roles) for y in range(3)]
    fund_vnd = [tot[y] * wage[y] * 1e6 * 12 for y in range(3)]
    fund = [M.money(f) for f in fund_vnd]
    rows = [[str(i + 1), lab] + [str(n) for n in ns] for i, (lab, ns) in enumerate(roles)]
    rows.append(["", "Tổng số lao động (người)"] + [str(n) for n in tot])
    rows.append(["", f"Lương bình quân ({unit_wage})"] + [fd(w, 1) for w in wage])
    rows.append(["", f"Quỹ lương năm ({'triệu đồng' if M.mu == 'tr' else 'nghìn đồng'})"]
                + [M.fm(f) for f in fund])
    M.add("staff", caption, ["TT", "Vị trí công việc"] + [f"Năm {y}" for y in YEARS], rows)
    M.v.update(staff_tot=tot, wage=wage, fund=fund)
    return fund


def invest_block(M: Model, items, sources, cap_inv, cap_src, src_override=None):
    """Investment items (triệu đồng) with total; sources with their share of the total."""
    tot = rnd(sum(a for _, a, _ in items), 1)
    rows = [[str(i + 1), lab, fd(a, 1) if M.mu == "tr" else fi(a * 1000)]
            for i, (lab, a, _) in enumerate(items)]
    conv = (lambda a: fd(a, 1)) if M.mu == "tr" else (lambda a: fi(a * 1000))
    rows.append(["", "Tổng vốn đầu tư", conv(tot)])
    M.add("inv", cap_inv, ["TT", "Hạng mục đầu tư", "Thành tiền"], rows,
          unit="ĐVT: triệu đồng" if M.mu == "tr" else "ĐVT: 1.000 đồng")
    srcs = src_override or sources
    stot = rnd(sum(a for _, a in srcs), 1)
    srows = [[str(i + 1), lab, conv(a), fd(a / stot * 100, 1)] for i, (lab, a) in enumerate(srcs)]
    srows.append(["", "Tổng nguồn vốn", conv(stot), "100,0"])
    M.add("src", cap_src, ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], srows,
          unit="ĐVT: triệu đồng" if M.mu == "tr" else "ĐVT: 1.000 đồng")
    fixed = rnd(sum(a for _, a, f in items if f), 1)
    M.v.update(inv=tot, src=stot, fixed=fixed)
    M.txt.update(inv=fd(tot, 0) if tot == int(tot) else fd(tot, 1), fixed=fd(fixed, 0))
    return tot, fixed


def sales_blocks(M: Model, products, cap_out, cap_price, cap_rev, price_unit="ĐVT: đồng/đơn vị sản phẩm",
                 rev_override=None, out_extra=None, price_k=False):
    """products: (label, unit word, [qty per year], [price đ per year]).
    Output table (quantities), price table (đồng), revenue table (qty x price, total)."""
    def fq(qs):
        return [fi(q) for q in qs] if all(float(q) == int(q) for q in qs) else [fd(q, 1) for q in qs]
    orows = [[str(i + 1), lab, u] + fq(qs) for i, (lab, u, qs, _) in enumerate(products)]
    for extra in out_extra or []:
        orows.append(extra)
    M.add("out", cap_out, ["TT", "Sản phẩm", "ĐVT"] + [f"Năm {y}" for y in YEARS], orows)
    pm = 1000 if price_k else 1
    prows = [[str(i + 1), lab] + [fi(p / pm) for p in ps] for i, (lab, u, _, ps) in enumerate(products)]
    M.v["price_mult"] = pm
    M.add("price", cap_price, ["TT", "Sản phẩm"] + [f"Năm {y}" for y in YEARS], prows, unit=price_unit)
    lines = [[M.money(q * p) for q, p in zip(qs, ps)] for (_, _, qs, ps) in products]
    for (i, y), val in (rev_override or {}).items():
        lines[i][y] = val
    tot = [msum(M.mu, (ln[y] for ln in lines)) for y in range(3)]
    rrows = [[str(i + 1), lab] + [M.fm(x) for x in ln] for i, ((lab, *_), ln) in enumerate(zip(products, lines))]
    rrows.append(["", "Tổng doanh thu"] + [M.fm(x) for x in tot])
    M.add("rev", cap_rev, ["TT", "Sản phẩm"] + [f"Năm {y}" for y in YEARS], rrows,
          unit="ĐVT: triệu đồng" if M.mu == "tr" else "ĐVT: 1.000 đồng")
    M.v.update(qty=[p[2] for p in products], price=[p[3] for p in products], rev_lines=lines, rev=tot)
    return tot


def cost_block(M: Model, lines, caption, total_override=None, basis=True):
    """lines: (label, basis text, [value per year in the money unit])."""
    tot_true = [msum(M.mu, (ln[2][y] for ln in lines)) for y in range(3)]
    tot = list(tot_true)
    for y, val in (total_override or {}).items():
        tot[y] = val
    if basis:
        rows = [[str(i + 1), lab, b] + [M.fm(x) for x in vals] for i, (lab, b, vals) in enumerate(lines)]
        rows.append(["", "Tổng chi phí", ""] + [M.fm(x) for x in tot])
        head = ["TT", "Khoản mục chi phí", "Căn cứ tính"] + [f"Năm {y}" for y in YEARS]
    else:
        rows = [[str(i + 1), lab] + [M.fm(x) for x in vals] for i, (lab, _, vals) in enumerate(lines)]
        rows.append(["", "Tổng chi phí"] + [M.fm(x) for x in tot])
        head = ["TT", "Khoản mục chi phí"] + [f"Năm {y}" for y in YEARS]
    M.add("cost", caption, head, rows, unit="ĐVT: triệu đồng" if M.mu == "tr" else "ĐVT: 1.000 đồng")
    M.v.update(cost_lines=[ln[2] for ln in lines], cost=tot)
    return tot


def summary_block(M: Model, rev, cost, dep, caption, profit_override=None, transpose=False,
                  labels=("Doanh thu", "Tổng chi phí", "Lợi nhuận trước thuế", "Tỷ suất lợi nhuận/doanh thu (%)")):
    profit = [rnd(rev[y] - cost[y], 1) if M.mu == "tr" else rnd(rev[y] - cost[y]) for y in range(3)]
    for y, val in (profit_override or {}).items():
        profit[y] = val
    margin = [rnd(profit[y] / rev[y] * 100, 1) for y in range(3)]
    rows = [["1", labels[0]] + [M.fm(x) for x in rev],
            ["2", labels[1]] + [M.fm(x) for x in cost],
            ["3", labels[2]] + [M.fm(x) for x in profit],
            ["4", labels[3]] + [fd(x, 1) for x in margin]]
    M.add("sum", caption, ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS], rows,
          unit="ĐVT: triệu đồng" if M.mu == "tr" else "ĐVT: 1.000 đồng", transpose=transpose)
    inv = M.v["inv"] if M.mu == "tr" else M.v["inv"] * 1000
    dep_u = dep if M.mu == "tr" else dep * 1000
    pb = inv / (sum(profit) / 3 + dep_u)
    M.v.update(profit=profit, margin=margin, dep=dep_u, payback=pb)
    M.txt.update(payback=fd(rnd(pb, 1), 1), profit_avg=M.fm(rnd(sum(profit) / 3, 1) if M.mu == "tr"
                                                           else rnd(sum(profit) / 3)))
    return profit


def line(M: Model, label, basis, vnds):
    return (label, basis, [M.money(x) for x in vnds])


def fixed_line(M: Model, label, basis, trieu):
    vals = [trieu[y] if M.mu == "tr" else trieu[y] * 1000 for y in range(3)]
    return (label, basis, vals)


# --------------------------------------------------------------------------- constants
# Each plan: money unit, the living stock and its rates, the products (label, unit word, qty,
# price đ per year), raw-material norms and supply, equipment rating, staff and wages, investment
# items (label, triệu, fixed asset?), sources (label, triệu), asset life, loan balances and rate,
# and the cost bases. The planted defects are the `plant` entries (printed value, or a factor).
PLANS: dict[str, dict] = {
    "io01": dict(
        mu="tr", colonies=600, split=0.30, loss=0.08, sold=[100, 120, 140], honey_kg=12,
        hist=dict(col=[520, 560, 600], bottled=[5200, 5700, 6100], sold=[60, 75, 90],
                  price=[285000, 292000, 300000], col_price=[1150000, 1200000, 1250000],
                  margin=[0.125, 0.13, 0.135]),
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [8000, 8200, 8400], [160000, 165000, 170000]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1.0, [2500, 2550, 2600], [290000, 300000, 310000])],
        colony_price=[1300000, 1350000, 1400000],
        norm=1.04, cap=(40, 250),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kỹ thuật nuôi ong, thu mua", [1, 1, 1]),
               ("Lọc, hạ thủy phần, đóng chai", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        raw_price=[150000, 155000, 160000], col_cost=[900000, 930000, 960000],
        pack_cost=[7000, 10000], energy=[36, 38, 40], sell_share=0.04, other=[45, 45, 45],
        inv=[("Cải tạo nhà lọc, đóng chai 80 m²", 250, True),
             ("Máy hạ thủy phần chân không 40 kg/mẻ", 180, True),
             ("Bồn lắng inox, máy lọc, máy chiết rót", 120, True),
             ("Thùng ong, cầu và dụng cụ nhân đàn (200 bộ)", 100, True),
             ("Thiết kế nhãn, hộp, tem truy xuất QR", 40, False),
             ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.075),
}


# --------------------------------------------------------------------------- io01
def m_io01(plant: bool) -> Model:
    C = PLANS["io01"]
    M = Model("io01", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["bottled"][i] * h["price"][i] + h["sold"][i] * h["col_price"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả sản xuất kinh doanh của hợp tác xã 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Số đàn ong của thành viên cuối năm (đàn)"] + [fi(x) for x in h["col"]],
           ["2", "Mật ong đóng chai bán ra (kg)"] + [fi(x) for x in h["bottled"]],
           ["3", "Đàn ong giống bán ra (đàn)"] + [fi(x) for x in h["sold"]],
           ["4", "Giá bán mật bình quân (đồng/kg)"] + [fi(x) for x in h["price"]],
           ["5", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["6", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_rev26=fd(hrev[2]), h_col24=fi(h["col"][0]), h_col26=fi(h["col"][2]),
                 h_bot26=fi(h["bottled"][2]))
    # competitor prices (quoted facts)
    M.add("comp", "Giá bán lẻ một số sản phẩm mật ong trên thị trường Hà Tĩnh (khảo sát tháng 6/2026)",
          ["TT", "Sản phẩm", "Quy cách", "Giá bán (đồng)"],
          [["1", "Mật ong rừng của các hộ bán lẻ ở chợ", "chai nhựa 1 lít", "250.000"],
           ["2", "Mật ong hoa cà phê của doanh nghiệp ngoài tỉnh", "chai 500 g", "145.000"],
           ["3", "Mật ong nhập khẩu tại siêu thị", "hũ 340 g", "185.000"],
           ["4", "Mật ong hoa rừng của hợp tác xã (năm 2026)", "chai 500 g", "155.000"]])
    # colonies
    opn, new, loss, sold, cls = [], [], [], [], []
    o = C["colonies"]
    for y in range(3):
        n = rnd(o * C["split"])
        lo = rnd((o + n) * C["loss"])
        s = C["sold"][y]
        c = o + n - lo - s
        opn.append(o); new.append(n); loss.append(lo); sold.append(s); cls.append(c)
        o = c
    raw = [x * C["honey_kg"] for x in opn]
    M.add("stock", "Diễn biến đàn ong của các thành viên 2027 – 2029",
          ["TT", "Chỉ tiêu (đàn)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Số đàn đầu năm"] + [fi(x) for x in opn],
           ["2", "Đàn chia mới (30 % số đàn đầu năm)"] + [fi(x) for x in new],
           ["3", "Hao hụt do bốc bay, bệnh (8 %)"] + [fi(x) for x in loss],
           ["4", "Bán đàn giống"] + [fi(x) for x in sold],
           ["5", "Số đàn cuối năm"] + [fi(x) for x in cls]])
    M.v["flows"] = [dict(bal=[([0, 1], [2, 3, 4])], carry=[(0, 4)],
                         rates=[(1, C["split"], [0]), (2, C["loss"], [0, 1])])]
    # honey balance
    prods = C["products"]
    bottled = [sum(p[2] * p[3][y] for p in prods) for y in range(3)]
    need = [rnd(b * C["norm"]) for b in bottled]
    spare = [raw[y] - need[y] for y in range(3)]
    M.add("raw", "Cân đối mật ong thô 2027 – 2029",
          ["TT", "Chỉ tiêu (kg)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Mật thô thu từ đàn ong đầu năm (12 kg/đàn)"] + [fi(x) for x in raw],
           ["2", "Mật ong đóng chai theo kế hoạch"] + [fi(x) for x in bottled],
           ["3", "Mật thô cần dùng (1,04 kg/kg thành phẩm)"] + [fi(x) for x in need],
           ["4", "Mật thô còn dư"] + [fi(x) for x in spare]])
    M.v["material"] = [(("raw", 2), ("raw", 0))]
    # equipment
    capy = C["cap"][0] * C["cap"][1]
    use = [rnd(b / capy * 100, 1) for b in bottled]
    M.add("cap", "Máy móc, thiết bị chính và công suất sử dụng",
          ["TT", "Thiết bị, công suất", "Năm 2027", "Năm 2028", "Năm 2029"],
          [["1", "Máy hạ thủy phần 40 kg/mẻ × 250 mẻ/năm (kg)"] + [fi(capy)] * 3,
           ["2", "Mật ong đóng chai (kg)"] + [fi(x) for x in bottled],
           ["3", "Công suất sử dụng (%)"] + [fd(x, 1) for x in use]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động và tiền lương của bộ phận chế biến, bán hàng")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Tổng vốn đầu tư giai đoạn 2027 – 2029",
                                  "Cơ cấu nguồn vốn")
    products = [(p[0], p[1], p[3], p[4]) for p in prods] + \
               [("Đàn ong nội giống (3 cầu)", "đàn", sold, C["colony_price"])]
    rev = sales_blocks(M, products, "Kế hoạch sản lượng tiêu thụ", "Giá bán dự kiến",
                       "Doanh thu dự kiến", price_unit="ĐVT: đồng/chai, hũ, đàn")
    dep = rnd(fixed / C["life"], 1)
    cl = [line(M, "Mật thô thu mua của thành viên", "150 – 160 nghìn đ/kg",
               [need[y] * C["raw_price"][y] for y in range(3)]),
          line(M, "Đàn giống thu mua của thành viên", "900 – 960 nghìn đ/đàn",
               [sold[y] * C["col_cost"][y] for y in range(3)]),
          line(M, "Chai, hũ, nhãn, hộp", "7 – 10 nghìn đ/sp",
               [prods[0][3][y] * C["pack_cost"][0] + prods[1][3][y] * C["pack_cost"][1] for y in range(3)]),
          ("Tiền lương", "quỹ lương", fund),
          fixed_line(M, "Điện, nước, vận chuyển", "ước tính", C["energy"]),
          fixed_line(M, "Khấu hao tài sản cố định", f"{C['life']} năm", [dep] * 3),
          fixed_line(M, "Lãi vay", "7,5 % dư nợ", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, quảng bá", "4 % doanh thu", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          fixed_line(M, "Kiểm nghiệm, chứng nhận, chi khác", "ước tính", C["other"])]
    cost = cost_block(M, cl, "Chi phí sản xuất kinh doanh", basis=False)
    summary_block(M, rev, cost, dep, "Tổng hợp hiệu quả kinh tế")
    M.v["links"] = [(("stock", 3), ("out", 2), 1), (("raw", 1), ("cap", 1), 1)]
    M.txt.update(open27=fi(opn[0]), close29=fi(cls[2]), bottled27=fi(bottled[0]), bottled29=fi(bottled[2]),
                 raw27=fi(raw[0]), rev27=fd(rev[0]), rev29=fd(rev[2]), dep=fd(dep), capy=fi(capy),
                 use29=fd(use[2]), sold27=fi(sold[0]), sold29=fi(sold[2]))
    return M


# --------------------------------------------------------------------------- io02
PLANS["io02"] = dict(
    mu="tr", hens=[1000, 1100, 1200], roosters=0.10, eggs=150, settable=0.90, hatch=0.85,
    reared=[30000, 33000, 36000], grow_loss=0.08, processed=[12000, 14000, 16000], live_kg=1.7,
    hist=dict(hens=[800, 900, 1000], chicks=[62000, 70000, 78000], broilers=[22000, 24000, 26000],
              salted=[6000, 8000, 10000], p_chick=[10000, 10500, 11000], p_kg=[76000, 78000, 79000],
              p_salted=[205000, 212000, 218000], margin=[0.10, 0.105, 0.11]),
    p_salted=[225000, 232000, 240000], p_chick=[11000, 11500, 12000], p_kg=[80000, 82000, 84000],
    incub=(3, 5000, 16), line=(80, 280),
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật, thú y", [1, 1, 1]),
           ("Chăm sóc đàn bố mẹ, ấp trứng", [4, 4, 4]), ("Nuôi gà thịt", [4, 4, 5]),
           ("Chế biến gà ủ muối", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    feed_parent=(42, [12000, 12300, 12600]), feed_broiler=(5.5, [12500, 12800, 13100]),
    vaccine=6000, replace=(0.25, 120000), power=[150, 160, 170], salt_pack=30000,
    sell_share=0.05, tax_share=0.015, other=[80, 80, 80],
    inv=[("Nhà nuôi gà bố mẹ 600 m², đệm lót sinh học", 600, True),
         ("Máy ấp trứng 3 máy × 5.000 quả", 450, True),
         ("Khu chế biến gà ủ muối 60 m² theo nguyên tắc một chiều", 350, True),
         ("Tủ đông, tủ mát, máy hút chân không", 180, True),
         ("Hầm biogas 40 m³ và nhà ủ phân", 120, True),
         ("Thiết kế hộp, nhãn, mã QR", 50, False), ("Vốn lưu động", 750, False)],
    src=[("Vốn chủ sở hữu của công ty", 1300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1200)],
    life=10, loan=[1200, 1000, 800], rate=0.08)


def m_io02(plant: bool) -> Model:
    C = PLANS["io02"]
    M = Model("io02", C["mu"])
    h = C["hist"]
    live_h = [h["broilers"][i] - h["salted"][i] for i in range(3)]
    hrev = [M.money(h["chicks"][i] * h["p_chick"][i] + live_h[i] * C["live_kg"] * h["p_kg"][i]
                    + h["salted"][i] * h["p_salted"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả sản xuất kinh doanh 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Gà mái bố mẹ (con)"] + [fi(x) for x in h["hens"]],
           ["2", "Gà giống bán (con)"] + [fi(x) for x in h["chicks"]],
           ["3", "Gà thịt xuất chuồng (con)"] + [fi(x) for x in h["broilers"]],
           ["4", "Gà ủ muối (con)"] + [fi(x) for x in h["salted"]],
           ["5", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["6", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]], transpose=True)
    M.v.update(hist_rev=hrev)
    M.txt.update(h_rev26=fd(hrev[2]), h_salt24=fi(h["salted"][0]), h_salt26=fi(h["salted"][2]),
                 h_hens26=fi(h["hens"][2]))
    M.add("comp", "So sánh giá gà ủ muối trên thị trường (khảo sát tháng 7/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/con)"],
          [["1", "Gà ủ muối của các quán ăn ở thành phố Hà Tĩnh", "bán tại quán", "260.000"],
           ["2", "Gà ủ muối hoa tiêu đóng hộp của cơ sở ngoài tỉnh", "sàn thương mại điện tử", "289.000"],
           ["3", "Gà ủ muối của các hộ làm thủ công", "chợ, mạng xã hội", "200.000"],
           ["4", "Gà ủ muối Đồi Hồng (năm 2026)", "đại lý, cửa hàng", "218.000"]])
    hens = C["hens"]
    eggs = [x * C["eggs"] for x in hens]
    sett = [rnd(e * C["settable"]) for e in eggs]
    chicks = [rnd(s_ * C["hatch"]) for s_ in sett]
    reared = C["reared"]
    sold = [chicks[y] - reared[y] for y in range(3)]
    gloss = [rnd(r * C["grow_loss"]) for r in reared]
    broil = [reared[y] - gloss[y] for y in range(3)]
    proc = C["processed"]
    live = [broil[y] - proc[y] for y in range(3)]
    M.add("stock", "Đàn gà bố mẹ, gà giống và gà thịt 2027 – 2029",
          ["TT", "Chỉ tiêu (con, quả)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Gà mái bố mẹ bình quân"] + [fi(x) for x in hens],
           ["2", "Trứng thu (150 quả/mái/năm)"] + [fi(x) for x in eggs],
           ["3", "Trứng đủ tiêu chuẩn ấp (90 %)"] + [fi(x) for x in sett],
           ["4", "Gà con nở (tỷ lệ nở 85 %)"] + [fi(x) for x in chicks],
           ["5", "Bán gà giống 1 ngày tuổi"] + [fi(x) for x in sold],
           ["6", "Gà con đưa vào nuôi thịt"] + [fi(x) for x in reared],
           ["7", "Hao hụt nuôi thịt (8 %)"] + [fi(x) for x in gloss],
           ["8", "Gà thịt xuất chuồng (tỷ lệ sống 92 %)"] + [fi(x) for x in broil],
           ["9", "Dùng chế biến gà ủ muối"] + [fi(x) for x in proc],
           ["10", "Bán gà thịt sống"] + [fi(x) for x in live]])
    M.v["flows"] = [dict(bal=[([3], [4, 5]), ([5], [6, 7]), ([7], [8, 9])],
                         rates=[(1, C["eggs"], [0]), (2, C["settable"], [1]), (3, C["hatch"], [2]),
                                (6, C["grow_loss"], [5])])]
    M.v["material"] = [(("stock", 8), ("stock", 7))]
    n, per, batches = C["incub"]
    cap_inc = n * per * batches
    cap_line = C["line"][0] * C["line"][1]
    M.add("cap", "Công suất máy ấp và dây chuyền chế biến",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Máy ấp: 3 máy × 5.000 quả × 16 mẻ (quả)"] + [fi(cap_inc)] * 3,
           ["2", "Trứng đưa vào ấp (quả)"] + [fi(x) for x in sett],
           ["3", "Sử dụng máy ấp (%)"] + [fd(rnd(x / cap_inc * 100, 1)) for x in sett],
           ["4", "Chế biến: 80 con/ngày × 280 ngày (con)"] + [fi(cap_line)] * 3,
           ["5", "Gà ủ muối sản xuất (con)"] + [fi(x) for x in proc],
           ["6", "Sử dụng dây chuyền (%)"] + [fd(rnd(x / cap_line * 100, 1)) for x in proc]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0)), (("cap", 4), ("cap", 3))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động và tiền lương")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Tổng mức đầu tư", "Nguồn vốn đầu tư")
    live_kg = [rnd(x * C["live_kg"]) for x in live]
    products = [("Gà ủ muối hoa tiêu, hộp 1 con", "con", proc, C["p_salted"]),
                ("Gà ri lai giống 1 ngày tuổi", "con", sold, C["p_chick"]),
                ("Gà thịt thả đồi bán sống", "kg", live_kg, C["p_kg"])]
    rev = sales_blocks(M, products, "Sản lượng tiêu thụ dự kiến", "Giá bán dự kiến", "Doanh thu dự kiến",
                       price_unit="ĐVT: đồng/con; gà thịt: đồng/kg")
    M.v["links"] = [(("stock", 8), ("out", 0), 1), (("stock", 4), ("out", 1), 1),
                    (("stock", 9), ("out", 2), C["live_kg"])]
    dep = rnd(fixed / C["life"], 1)
    males = [rnd(x * C["roosters"]) for x in hens]
    fp, fpp = C["feed_parent"]
    fb, fbp = C["feed_broiler"]
    cl = [line(M, "Thức ăn đàn bố mẹ", "", [(hens[y] + males[y]) * fp * fpp[y] for y in range(3)]),
          line(M, "Thức ăn gà thịt", "", [reared[y] * fb * fbp[y] for y in range(3)]),
          line(M, "Gà mái hậu bị thay đàn", "", [hens[y] * C["replace"][0] * C["replace"][1] for y in range(3)]),
          line(M, "Vắc xin, thuốc thú y, đệm lót", "", [(hens[y] + males[y] + reared[y]) * C["vaccine"] for y in range(3)]),
          fixed_line(M, "Điện ấp, sưởi, nước", "", C["power"]),
          line(M, "Gia vị, lá chanh, hộp gà ủ muối", "", [proc[y] * C["salt_pack"] for y in range(3)]),
          ("Tiền lương", "", fund),
          fixed_line(M, "Khấu hao tài sản cố định", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, vận chuyển", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi phí khác", "", C["other"])]
    cost = cost_block(M, cl, "Dự toán chi phí", basis=False)
    summary_block(M, rev, cost, dep, "Hiệu quả kinh tế")
    M.txt.update(hens27=fi(hens[0]), hens29=fi(hens[2]), chicks27=fi(chicks[0]), sold27=fi(sold[0]),
                 proc27=fi(proc[0]), proc29=fi(proc[2]), rev27=fd(rev[0]), rev29=fd(rev[2]),
                 dep=fd(dep), broil27=fi(broil[0]), livekg27=fi(live_kg[0]))
    return M


# --------------------------------------------------------------------------- io03
PLANS["io03"] = dict(
    mu="k", bags=[80000, 88000, 96000], spoil=0.06, bags_sold=[25000, 28000, 30000], yield_kg=0.5,
    dried=[("Nấm sò sấy khô, hộp 100 g", "hộp", 0.1, [3000, 3300, 3600], [45000, 46000, 47000]),
           ("Nấm sò sấy khô, túi 500 g", "túi", 0.5, [400, 440, 480], [200000, 205000, 210000])],
    dry_ratio=10, p_bag=[7000, 7200, 7400], p_fresh=[30000, 31000, 32000],
    hist=dict(bags=[60000, 68000, 74000], sold=[18000, 21000, 23000], fresh=[14500, 16800, 18600],
              dried=[300, 380, 450], p_bag=[6500, 6800, 7000], p_fresh=[28000, 29000, 29500],
              p_dried=[400000, 410000, 420000], margin=[0.14, 0.145, 0.15]),
    sawdust=(1.1, 120000), bran=0.1, spawn_per=40,
    steam=(500, 220), dryer=(50, 150),
    roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Đóng bịch, hấp, cấy meo", [2, 2, 2]),
           ("Chăm sóc, thu hái nấm", [2, 2, 2]), ("Sấy, đóng gói, bán hàng", [1, 1, 1])],
    wage=[5.0, 5.3, 5.6],
    c_substrate=2200, c_spawn=25000, c_bagmat=500, c_fuel=[90, 95, 100], c_pack=[4000, 6000],
    sell_share=0.04, tax_share=0.015, other=[25, 25, 25],
    inv=[("Hai nhà trồng nấm khung thép 150 m²/nhà", 180, True),
         ("Nồi hấp phôi 500 bịch/mẻ và lò hơi", 90, True),
         ("Phòng cấy meo vô trùng, tủ cấy", 40, True),
         ("Máy sấy nấm 50 kg tươi/mẻ", 70, True),
         ("Máy hàn túi, cân điện tử", 20, True),
         ("Hộp, túi, nhãn, mã QR", 15, False), ("Vốn lưu động", 85, False)],
    src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 100),
         ("Vay Quỹ hỗ trợ nông dân", 100)],
    life=10, loan=[200, 170, 140], rate=0.07)


def m_io03(plant: bool) -> Model:
    C = PLANS["io03"]
    M = Model("io03", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["sold"][i] * h["p_bag"][i] + h["fresh"][i] * h["p_fresh"][i]
                    + h["dried"][i] * h["p_dried"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i]) for i in range(3)]
    M.add("hist", "Kết quả sản xuất của hộ 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Bịch phôi sản xuất (bịch)"] + [fi(x) for x in h["bags"]],
           ["2", "Bịch phôi bán cho hộ khác (bịch)"] + [fi(x) for x in h["sold"]],
           ["3", "Nấm tươi bán (kg)"] + [fi(x) for x in h["fresh"]],
           ["4", "Nấm sấy khô bán (kg)"] + [fi(x) for x in h["dried"]],
           ["5", "Doanh thu (1.000 đồng)"] + [fi(x) for x in hrev],
           ["6", "Lợi nhuận (1.000 đồng)"] + [fi(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_bags24=fi(h["bags"][0]), h_bags26=fi(h["bags"][2]), h_rev26=fi(hrev[2]))
    M.add("comp", "Giá nấm sò sấy khô trên thị trường (tháng 8/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"],
          [["1", "Nấm sò khô không nhãn", "chợ Hà Tĩnh", "320.000"],
           ["2", "Nấm sò sấy đóng túi của cơ sở ngoài tỉnh", "siêu thị", "460.000"],
           ["3", "Nấm sò sấy của hộ (năm 2026, quy ra kg)", "cửa hàng, đặt hàng", "420.000"]])
    bags = C["bags"]
    spoil = [rnd(b * C["spoil"]) for b in bags]
    good = [bags[y] - spoil[y] for y in range(3)]
    bsold = C["bags_sold"]
    grown = [good[y] - bsold[y] for y in range(3)]
    fresh = [rnd(g * C["yield_kg"]) for g in grown]
    dried_kg = [rnd(sum(p[2] * p[3][y] for p in C["dried"]), 1) for y in range(3)]
    to_dry = [rnd(x * C["dry_ratio"]) for x in dried_kg]
    fresh_sold = [fresh[y] - to_dry[y] for y in range(3)]
    M.add("stock", "Kế hoạch làm phôi, trồng và thu hái nấm 2027 – 2029",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Bịch phôi sản xuất (bịch)"] + [fi(x) for x in bags],
           ["2", "Bịch nhiễm mốc, hỏng (6 %)"] + [fi(x) for x in spoil],
           ["3", "Bịch phôi đạt (bịch)"] + [fi(x) for x in good],
           ["4", "Bán phôi cho hộ trồng nấm (bịch)"] + [fi(x) for x in bsold],
           ["5", "Đưa vào nhà trồng của hộ (bịch)"] + [fi(x) for x in grown],
           ["6", "Nấm tươi thu hái, 0,5 kg/bịch (kg)"] + [fi(x) for x in fresh],
           ["7", "Nấm tươi đưa vào sấy (kg)"] + [fi(x) for x in to_dry],
           ["8", "Nấm tươi bán (kg)"] + [fi(x) for x in fresh_sold]])
    M.v["flows"] = [dict(bal=[([0], [1, 2]), ([2], [3, 4]), ([5], [6, 7])],
                         rates=[(1, C["spoil"], [0]), (5, C["yield_kg"], [4])])]
    saw = [rnd(b * C["sawdust"][0]) for b in bags]
    bran = [rnd(b * C["bran"]) for b in bags]
    spawn = [rnd(b / C["spawn_per"]) for b in bags]
    M.add("raw", "Nguyên liệu làm phôi và cân đối nấm tươi cho sấy",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Mùn cưa cần dùng, 1,1 kg/bịch (kg)"] + [fi(x) for x in saw],
           ["2", "Mùn cưa theo hợp đồng xưởng gỗ (kg)"] + [fi(C["sawdust"][1])] * 3,
           ["3", "Cám gạo, 0,1 kg/bịch (kg)"] + [fi(x) for x in bran],
           ["4", "Meo giống cấp 2, 1 chai/40 bịch (chai)"] + [fi(x) for x in spawn],
           ["5", "Nấm khô thành phẩm (kg)"] + [fd(x, 1) for x in dried_kg],
           ["6", "Nấm tươi cần cho sấy, 10 kg/kg khô (kg)"] + [fi(x) for x in to_dry],
           ["7", "Nấm tươi thu hái (kg)"] + [fi(x) for x in fresh]])
    M.v["material"] = [(("raw", 0), ("raw", 1)), (("raw", 5), ("raw", 6))]
    cap_st = C["steam"][0] * C["steam"][1]
    cap_dr = C["dryer"][0] * C["dryer"][1]
    M.add("cap", "Thiết bị chính và mức sử dụng công suất",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Nồi hấp 500 bịch/mẻ × 220 mẻ (bịch)"] + [fi(cap_st)] * 3,
           ["2", "Bịch phôi sản xuất (bịch)"] + [fi(x) for x in bags],
           ["3", "Mức sử dụng nồi hấp (%)"] + [fd(rnd(x / cap_st * 100, 1)) for x in bags],
           ["4", "Máy sấy 50 kg/mẻ × 150 mẻ (kg tươi)"] + [fi(cap_dr)] * 3,
           ["5", "Nấm tươi đưa vào sấy (kg)"] + [fi(x) for x in to_dry],
           ["6", "Mức sử dụng máy sấy (%)"] + [fd(rnd(x / cap_dr * 100, 1)) for x in to_dry]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0)), (("cap", 4), ("cap", 3))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động của hộ")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Vốn đầu tư", "Nguồn vốn")
    products = [(p[0], p[1], p[3], p[4]) for p in C["dried"]] + \
               [("Bịch phôi nấm sò đã cấy meo", "bịch", bsold, C["p_bag"]),
                ("Nấm sò tươi", "kg", fresh_sold, C["p_fresh"])]
    rev = sales_blocks(M, products, "Sản lượng bán ra", "Giá bán", "Doanh thu",
                       price_unit="ĐVT: đồng/hộp, túi, bịch, kg")
    M.v["links"] = [(("stock", 3), ("out", 2), 1), (("stock", 7), ("out", 3), 1),
                    (("stock", 6), ("raw", 5), 1), (("stock", 5), ("raw", 6), 1),
                    (("stock", 6), ("cap", 4), 1)]
    dep = rnd(fixed / C["life"], 1)
    cl = [line(M, "Mùn cưa, cám, vôi", "", [b * C["c_substrate"] for b in bags]),
          line(M, "Meo giống", "", [spawn[y] * C["c_spawn"] for y in range(3)]),
          line(M, "Túi nilon, cổ nút, bông", "", [b * C["c_bagmat"] for b in bags]),
          fixed_line(M, "Củi, điện hấp phôi và sấy", "", C["c_fuel"]),
          line(M, "Hộp, túi, nhãn", "", [C["dried"][0][3][y] * C["c_pack"][0] + C["dried"][1][3][y] * C["c_pack"][1]
                                         for y in range(3)]),
          ("Tiền lương", "", fund),
          fixed_line(M, "Khấu hao", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, vận chuyển", "", [rev[y] * 1e3 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e3 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi khác", "", C["other"])]
    cost = cost_block(M, cl, "Chi phí sản xuất", basis=False)
    summary_block(M, rev, cost, dep, "Lợi nhuận dự kiến")
    M.txt.update(bags27=fi(bags[0]), bags29=fi(bags[2]), sold27=fi(bsold[0]), fresh27=fi(fresh[0]),
                 dried27=fi(dried_kg[0]), dried29=fi(dried_kg[2]), rev27=fi(rev[0]), rev29=fi(rev[2]),
                 dep=fi(dep * 1000))
    return M


# --------------------------------------------------------------------------- io04
PLANS["io04"] = dict(
    mu="tr", cuttings=[150000, 170000, 190000], dieoff=0.15, own_plant=[12000, 12000, 12000],
    density=40000, area0=1.5, fresh_ha=12000, ratio=4.5,
    products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [30000, 33000, 36000], [40000, 41000, 42000]),
              ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, [4000, 4400, 4800], [110000, 113000, 116000])],
    p_seed=[1500, 1500, 1600],
    hist=dict(dry=[2600, 2900, 3200], seed=[70000, 85000, 100000], price=[480000, 495000, 505000],
              p_seed=[1300, 1400, 1400], margin=[0.12, 0.125, 0.13]),
    dryer=(25, 200),
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Vườn ươm, giâm hom", [2, 2, 2]),
           ("Thu hái, sơ chế", [3, 3, 3]), ("Sấy, nghiền, đóng gói", [3, 3, 4]), ("Bán hàng", [1, 1, 1])],
    wage=[5.0, 5.2, 5.5],
    c_fresh=[12000, 12500, 13000], c_cutting=300, c_pack=[8000, 5000], c_energy=[90, 95, 100],
    c_nursery=[40, 45, 50],
    sell_share=0.05, tax_share=0.015, other=[50, 50, 50],
    inv=[("Nhà sấy, phòng đóng gói 100 m²", 350, True),
         ("Máy sấy bơm nhiệt dược liệu 25 kg khô/ngày", 220, True),
         ("Máy nghiền, máy đóng túi lọc tự động", 280, True),
         ("Nhà lưới vườn ươm 500 m², hệ thống tưới phun", 150, True),
         ("Thiết kế bao bì, nhãn, mã QR", 40, False), ("Vốn lưu động", 260, False)],
    src=[("Vốn góp của tổ viên", 600), ("Vay Quỹ hỗ trợ nông dân", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[700, 580, 460], rate=0.075)


def m_io04(plant: bool) -> Model:
    C = PLANS["io04"]
    M = Model("io04", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["dry"][i] * h["price"][i] + h["seed"][i] * h["p_seed"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả hoạt động của tổ hợp tác 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Cà gai leo khô thành phẩm (kg)"] + [fi(x) for x in h["dry"]],
           ["2", "Giá bình quân quy ra kg khô (đồng)"] + [fi(x) for x in h["price"]],
           ["3", "Cây giống bán (cây)"] + [fi(x) for x in h["seed"]],
           ["4", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["5", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_dry26=fi(h["dry"][2]), h_seed26=fi(h["seed"][2]), h_rev26=fd(hrev[2]))
    M.add("comp", "Giá một số sản phẩm trà cà gai leo trên thị trường (tháng 9/2026)",
          ["TT", "Sản phẩm", "Quy cách", "Giá (đồng)"],
          [["1", "Trà cà gai leo túi lọc của doanh nghiệp ngoài tỉnh", "hộp 25 túi", "55.000"],
           ["2", "Trà thảo dược túi lọc của cơ sở trong tỉnh", "hộp 20 túi", "40.000"],
           ["3", "Cà gai leo khô bán ở chợ, không nhãn", "kg", "150.000"],
           ["4", "Trà cà gai leo túi lọc của tổ (năm 2026)", "hộp 25 túi", "40.000"]])
    cut = C["cuttings"]
    dead = [rnd(c * C["dieoff"]) for c in cut]
    ok = [cut[y] - dead[y] for y in range(3)]
    own = C["own_plant"]
    sold = [ok[y] - own[y] for y in range(3)]
    M.add("stock", "Kế hoạch vườn ươm cây giống cà gai leo",
          ["TT", "Chỉ tiêu (hom, cây)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Hom giâm trong năm (3 lứa)"] + [fi(x) for x in cut],
           ["2", "Hom chết, không ra rễ (15 %)"] + [fi(x) for x in dead],
           ["3", "Cây giống xuất vườn (tỷ lệ sống 85 %)"] + [fi(x) for x in ok],
           ["4", "Cây giống dùng trồng mới của tổ"] + [fi(x) for x in own],
           ["5", "Cây giống bán cho hộ trồng"] + [fi(x) for x in sold]])
    M.v["flows"] = [dict(bal=[([0], [1, 2]), ([2], [3, 4])], rates=[(1, C["dieoff"], [0])])]
    area = [C["area0"]]
    for y in (1, 2):
        area.append(rnd(area[-1] + own[y - 1] / C["density"], 1))
    fresh = [rnd(a * C["fresh_ha"]) for a in area]
    prods = C["products"]
    dry = [rnd(sum(p[2] * p[3][y] for p in prods)) for y in range(3)]
    need = [rnd(x * C["ratio"]) for x in dry]
    M.add("raw", "Cân đối nguyên liệu cành lá cà gai leo tươi",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Diện tích cho thu hoạch (ha)"] + [fd(a, 1) for a in area],
           ["2", "Cành lá tươi thu hoạch, 12 tấn/ha (kg)"] + [fi(x) for x in fresh],
           ["3", "Dược liệu khô thành phẩm (kg)"] + [fi(x) for x in dry],
           ["4", "Cành lá tươi cần dùng, 4,5 kg/kg khô (kg)"] + [fi(x) for x in need],
           ["5", "Cành lá tươi còn dư (kg)"] + [fi(fresh[y] - need[y]) for y in range(3)]])
    M.v["material"] = [(("raw", 3), ("raw", 1))]
    capy = C["dryer"][0] * C["dryer"][1]
    M.add("cap", "Công suất máy sấy",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Máy sấy 25 kg khô/ngày × 200 ngày (kg)"] + [fi(capy)] * 3,
           ["2", "Dược liệu khô sản xuất (kg)"] + [fi(x) for x in dry],
           ["3", "Tỷ lệ sử dụng (%)"] + [fd(rnd(x / capy * 100, 1)) for x in dry]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0))]
    fund = staff_block(M, C["roles"], C["wage"], "Nhân lực của tổ hợp tác")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Nhu cầu vốn đầu tư", "Cơ cấu nguồn vốn")
    products = [(p[0], p[1], p[3], p[4]) for p in prods] + \
               [("Cây giống cà gai leo giâm hom", "cây", sold, C["p_seed"])]
    rev = sales_blocks(M, products, "Kế hoạch sản lượng", "Giá bán", "Dự kiến doanh thu",
                       price_unit="ĐVT: đồng/hộp, túi, cây")
    M.v["links"] = [(("stock", 4), ("out", 2), 1), (("raw", 2), ("cap", 1), 1)]
    dep = rnd(fixed / C["life"], 1)
    cl = [line(M, "Thu mua cành lá tươi của tổ viên", "", [need[y] * C["c_fresh"][y] for y in range(3)]),
          line(M, "Hom giống, bầu đất, túi bầu", "", [c * C["c_cutting"] for c in cut]),
          line(M, "Hộp, túi lọc, túi, nhãn", "", [prods[0][3][y] * C["c_pack"][0] + prods[1][3][y] * C["c_pack"][1]
                                                  for y in range(3)]),
          fixed_line(M, "Điện sấy, nước tưới", "", C["c_energy"]),
          fixed_line(M, "Chăm sóc vườn cây mẹ, vườn ươm", "", C["c_nursery"]),
          ("Tiền công lao động", "", fund),
          fixed_line(M, "Khấu hao tài sản cố định", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, quảng bá", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi phí khác", "", C["other"])]
    cost = cost_block(M, cl, "Dự kiến chi phí", basis=False)
    summary_block(M, rev, cost, dep, "Hiệu quả sản xuất kinh doanh", transpose=True,
                  labels=("Tổng doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất LN/DT (%)"))
    M.txt.update(cut27=fi(cut[0]), sold27=fi(sold[0]), sold29=fi(sold[2]), dry27=fi(dry[0]), dry29=fi(dry[2]),
                 rev27=fd(rev[0]), rev29=fd(rev[2]), dep=fd(dep), area29=fd(area[2], 1))
    return M


# --------------------------------------------------------------------------- io05
PLANS["io05"] = dict(
    mu="tr", fry=[1500000, 1650000, 1800000], fry_surv=0.30, fingerl_sold=[428000, 470000, 515000],
    stocked_2026=22000, grow_surv=0.80, fish_kg=1.2, bought=3000, norm=2.5,
    products=[("Chả cá trắm, hộp 500 g", "hộp", 0.5, [14000, 16000, 18000], [110000, 113000, 116000]),
              ("Chả cá viên, túi 1 kg", "túi", 1.0, [3000, 4000, 5000], [190000, 195000, 200000])],
    p_fingerl=[800, 820, 850],
    hist=dict(sold=[300000, 340000, 380000], cha=[6500, 7500, 8500], stocked=[18000, 20000, 22000],
              p_cha=[195000, 200000, 205000], p_fingerl=[700, 750, 780], margin=[0.10, 0.11, 0.12]),
    line=(100, 250),
    roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ương cá giống", [2, 2, 2]), ("Nuôi cá thương phẩm", [1, 1, 1]),
           ("Chế biến chả cá", [4, 5, 6]), ("Bán hàng, giao hàng", [1, 1, 1])],
    wage=[6.0, 6.3, 6.6],
    c_fry=40, c_nursery=50, c_grow=20000, c_bought=[40000, 41000, 42000], c_cha=35000,
    c_power=[90, 100, 110], sell_share=0.05, tax_share=0.015, other=[60, 60, 60],
    inv=[("Nạo vét, kè bờ ao ương 1 ha", 250, True), ("Máy sục khí, máy bơm", 120, True),
         ("Xưởng chế biến chả cá 80 m²", 400, True),
         ("Máy xay, máy quết chả, máy hút chân không", 260, True), ("Kho lạnh 20 m³", 150, True),
         ("Bao bì, nhãn, mã QR", 40, False), ("Vốn lưu động", 380, False)],
    src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
    life=10, loan=[800, 650, 500], rate=0.08,
    plant=dict(rev=((1, 1), 1.15)))


def m_io05(plant: bool) -> Model:
    C = PLANS["io05"]
    M = Model("io05", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["cha"][i] * h["p_cha"][i] + h["sold"][i] * h["p_fingerl"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả sản xuất kinh doanh 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Cá giống bán (con)"] + [fi(x) for x in h["sold"]],
           ["2", "Cá giống thả ao nuôi của HTX (con)"] + [fi(x) for x in h["stocked"]],
           ["3", "Chả cá các loại (kg)"] + [fi(x) for x in h["cha"]],
           ["4", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["5", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_cha24=fi(h["cha"][0]), h_cha26=fi(h["cha"][2]), h_rev26=fd(hrev[2]))
    M.add("comp", "Giá chả cá trên thị trường Hà Tĩnh, Nghệ An (tháng 8/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"],
          [["1", "Chả cá thu, chả cá biển của cơ sở ven biển", "chợ, cửa hàng", "220.000"],
           ["2", "Chả cá thát lát đóng khay của doanh nghiệp ngoài tỉnh", "siêu thị", "260.000"],
           ["3", "Chả cá trắm của các hộ làm thủ công", "chợ", "150.000"],
           ["4", "Chả cá trắm của hợp tác xã (năm 2026)", "đại lý, bếp ăn", "205.000"]])
    fry = C["fry"]
    fl = [rnd(f * C["fry_surv"]) for f in fry]
    fdead = [fry[y] - fl[y] for y in range(3)]
    sold = C["fingerl_sold"]
    stocked = [fl[y] - sold[y] for y in range(3)]
    M.add("stock", "Ương cá bột lên cá giống 2027 – 2029",
          ["TT", "Chỉ tiêu (con)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Cá bột thả ương"] + [fi(x) for x in fry],
           ["2", "Hao hụt khi ương (70 %)"] + [fi(x) for x in fdead],
           ["3", "Cá giống thu (tỷ lệ sống 30 %)"] + [fi(x) for x in fl],
           ["4", "Bán cá giống cho hộ nuôi"] + [fi(x) for x in sold],
           ["5", "Thả ao nuôi thương phẩm của HTX"] + [fi(x) for x in stocked]])
    prev = [C["stocked_2026"]] + stocked[:2]
    alive = [rnd(x * C["grow_surv"]) for x in prev]
    fish = [rnd(a * C["fish_kg"]) for a in alive]
    M.add("grow", "Nuôi cá thương phẩm (thả năm trước, thu năm sau)",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Cá giống đã thả từ năm trước (con)"] + [fi(x) for x in prev],
           ["2", "Cá còn sống khi thu, tỷ lệ sống 80 % (con)"] + [fi(x) for x in alive],
           ["3", "Cá thương phẩm thu hoạch, 1,2 kg/con (kg)"] + [fi(x) for x in fish]])
    M.v["flows"] = [dict(bal=[([0], [1, 2]), ([2], [3, 4])], rates=[(2, C["fry_surv"], [0])]),
                    dict(table="grow", rates=[(1, C["grow_surv"], [0]), (2, C["grow_surv"] * C["fish_kg"], [0])])]
    prods = C["products"]
    cha = [rnd(sum(p[2] * p[3][y] for p in prods)) for y in range(3)]
    need = [rnd(x * C["norm"]) for x in cha]
    supply = [fish[y] + C["bought"] for y in range(3)]
    M.add("raw", "Nguồn cá nguyên liệu cho chế biến chả cá",
          ["TT", "Chỉ tiêu (kg)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Cá thương phẩm của hợp tác xã"] + [fi(x) for x in fish],
           ["2", "Cá trắm mua của hộ thành viên theo hợp đồng"] + [fi(C["bought"])] * 3,
           ["3", "Tổng nguồn cá nguyên liệu"] + [fi(x) for x in supply],
           ["4", "Chả cá thành phẩm"] + [fi(x) for x in cha],
           ["5", "Cá cần dùng (2,5 kg cá/kg chả)"] + [fi(x) for x in need]])
    M.v["material"] = [(("raw", 4), ("raw", 2))]
    capy = C["line"][0] * C["line"][1]
    M.add("cap", "Công suất dây chuyền chả cá",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Dây chuyền 100 kg chả/ngày × 250 ngày (kg)"] + [fi(capy)] * 3,
           ["2", "Chả cá sản xuất (kg)"] + [fi(x) for x in cha],
           ["3", "Công suất sử dụng (%)"] + [fd(rnd(x / capy * 100, 1)) for x in cha]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động, tiền lương")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Tổng vốn đầu tư", "Nguồn vốn")
    products = [(p[0], p[1], p[3], p[4]) for p in prods] + \
               [("Cá giống trắm, chép 6 – 8 cm", "con", sold, C["p_fingerl"])]
    override = {}
    if plant:
        (i, y), f = C["plant"]["rev"]
        override[(i, y)] = rnd(M.money(products[i][2][y] * products[i][3][y]) * f, 1)
    rev = sales_blocks(M, products, "Sản lượng tiêu thụ", "Giá bán dự kiến", "Doanh thu",
                       price_unit="ĐVT: đồng/hộp, túi, con", rev_override=override)
    M.v["links"] = [(("stock", 3), ("out", 2), 1), (("stock", 4), ("grow", 0), 1, 1),
                    (("grow", 2), ("raw", 0), 1), (("raw", 3), ("cap", 1), 1)]
    dep = rnd(fixed / C["life"], 1)
    cl = [line(M, "Cá bột", "", [f * C["c_fry"] for f in fry]),
          line(M, "Thức ăn, vôi, thuốc ao ương", "", [f * C["c_nursery"] for f in fry]),
          line(M, "Thức ăn, chăm sóc cá thương phẩm", "", [x * C["c_grow"] for x in fish]),
          line(M, "Cá mua của hộ thành viên", "", [C["bought"] * C["c_bought"][y] for y in range(3)]),
          line(M, "Gia vị, bột, bao bì chả cá", "", [x * C["c_cha"] for x in cha]),
          ("Tiền lương", "", fund),
          fixed_line(M, "Điện, nước, đá lạnh", "", C["c_power"]),
          fixed_line(M, "Khấu hao tài sản cố định", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, vận chuyển", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi phí khác", "", C["other"])]
    cost = cost_block(M, cl, "Chi phí sản xuất kinh doanh", basis=False)
    summary_block(M, rev, cost, dep, "Tổng hợp kết quả kinh doanh")
    M.txt.update(fry27=fi(fry[0]), sold27=fi(sold[0]), sold29=fi(sold[2]), cha27=fi(cha[0]), cha29=fi(cha[2]),
                 fish27=fi(fish[0]), rev27=fd(rev[0]), rev28=fd(rev[1]), rev29=fd(rev[2]), dep=fd(dep))
    return M


# --------------------------------------------------------------------------- io06
PLANS["io06"] = dict(
    mu="tr", herd0=60, hinds=[28, 30, 32], birth=0.85, loss=0.04, sold=[14, 16, 18], stags=[20, 22, 24],
    velvet_kg=0.9, bought=[0, 12, 32], norm_g=12,
    bottles=[("Rượu nhung hươu 35 độ, chai 500 ml", "chai", 0.5, [1600, 3200, 5600], [380000, 390000, 400000]),
             ("Rượu nhung hươu 35 độ, bình 2 lít", "bình", 2.0, [200, 400, 700], [1350000, 1400000, 1450000])],
    p_deer=[18000000, 18500000, 19000000], p_velvet=[25000000, 25500000, 26000000],
    hist=dict(herd=[48, 54, 60], litres=[700, 850, 1000], p_l=[700000, 720000, 740000],
              deer=[10, 11, 12], p_deer=[17000000, 17500000, 18000000], velvet=[5.0, 4.5, 4.0],
              p_velvet=24000000, margin=[0.10, 0.11, 0.12]),
    vats=(40, 100, 4),
    roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc hươu, cắt nhung", [2, 2, 2]),
           ("Ngâm rượu, chiết chai, bán hàng", [1, 1, 1])],
    wage=[6.0, 6.3, 6.6],
    c_feed=[6000000, 6200000, 6400000], c_velvet=28000000, c_base=80000, c_pack=[60000, 150000],
    c_power=[30, 32, 34], sell_share=0.08, tax_share=0.015, other=[30, 30, 30],
    inv=[("Cải tạo chuồng hươu, bãi trồng cỏ", 150, True),
         ("Kho ngâm rượu 40 m², 40 chum sành 100 lít", 180, True),
         ("Tủ cấp đông bảo quản nhung", 60, True), ("Máy lọc rượu, máy chiết rót", 90, True),
         ("Thiết kế hộp, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 280, False)],
    src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
    life=10, loan=[300, 250, 200], rate=0.08,
    plant=dict(payback="1,3"))


def m_io06(plant: bool) -> Model:
    C = PLANS["io06"]
    M = Model("io06", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["litres"][i] * h["p_l"][i] + h["deer"][i] * h["p_deer"][i]
                    + h["velvet"][i] * h["p_velvet"]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả sản xuất kinh doanh của hộ 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Tổng đàn hươu cuối năm (con)"] + [fi(x) for x in h["herd"]],
           ["2", "Rượu nhung hươu bán ra (lít)"] + [fi(x) for x in h["litres"]],
           ["3", "Hươu giống bán (con)"] + [fi(x) for x in h["deer"]],
           ["4", "Nhung tươi bán lẻ (kg)"] + [fd(x, 1) for x in h["velvet"]],
           ["5", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["6", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_l24=fi(h["litres"][0]), h_l26=fi(h["litres"][2]), h_rev26=fd(hrev[2]), h_herd26=fi(h["herd"][2]))
    M.add("comp", "Giá rượu nhung hươu, hươu giống trên thị trường (tháng 6/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng)"],
          [["1", "Rượu ngâm nhung không nhãn, can 2 lít", "bán tại trại", "1.200.000"],
           ["2", "Rượu nhung hươu đóng chai 500 ml của cơ sở khác", "cửa hàng đặc sản", "550.000"],
           ["3", "Hươu sao giống 8 – 12 tháng tuổi (con)", "các trại trong xã", "18.000.000"]])
    o = C["herd0"]
    opn, born, loss, cls = [], [], [], []
    for y in range(3):
        b = rnd(C["hinds"][y] * C["birth"])
        lo = rnd((o + b) * C["loss"])
        c = o + b - lo - C["sold"][y]
        opn.append(o); born.append(b); loss.append(lo); cls.append(c)
        o = c
    M.add("stock", "Đàn hươu sao của hộ 2027 – 2029",
          ["TT", "Chỉ tiêu (con)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Tổng đàn đầu năm"] + [fi(x) for x in opn],
           ["2", "Trong đó hươu cái sinh sản"] + [fi(x) for x in C["hinds"]],
           ["3", "Hươu con sinh ra (tỷ lệ đẻ 85 %)"] + [fi(x) for x in born],
           ["4", "Hao hụt, chết (4 %)"] + [fi(x) for x in loss],
           ["5", "Bán hươu giống"] + [fi(x) for x in C["sold"]],
           ["6", "Tổng đàn cuối năm"] + [fi(x) for x in cls],
           ["7", "Hươu đực cắt nhung trong năm"] + [fi(x) for x in C["stags"]]])
    M.v["flows"] = [dict(bal=[([0, 2], [3, 4, 5])], carry=[(0, 5)],
                         rates=[(2, C["birth"], [1]), (3, C["loss"], [0, 2])])]
    own = [rnd(s_ * C["velvet_kg"], 1) for s_ in C["stags"]]
    tot_v = [rnd(own[y] + C["bought"][y], 1) for y in range(3)]
    bots = C["bottles"]
    litres = [rnd(sum(p[2] * p[3][y] for p in bots)) for y in range(3)]
    used = [rnd(l_ * C["norm_g"] / 1000, 1) for l_ in litres]
    velvet_sold = [rnd(tot_v[y] - used[y], 1) for y in range(3)]
    M.add("raw", "Cân đối nhung hươu tươi",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Nhung từ đàn của hộ, 0,9 kg/con đực (kg)"] + [fd(x, 1) for x in own],
           ["2", "Nhung mua của trại hươu trong xã (kg)"] + [fd(x, 1) for x in C["bought"]],
           ["3", "Tổng nhung tươi (kg)"] + [fd(x, 1) for x in tot_v],
           ["4", "Rượu nhung thành phẩm (lít)"] + [fi(x) for x in litres],
           ["5", "Nhung dùng ngâm rượu, 12 g/lít (kg)"] + [fd(x, 1) for x in used],
           ["6", "Nhung tươi bán lẻ (kg)"] + [fd(x, 1) for x in velvet_sold]])
    M.v["material"] = [(("raw", 4), ("raw", 2))]
    n, vol, turns = C["vats"]
    capy = n * vol * turns
    M.add("cap", "Công suất kho ngâm rượu",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "40 chum × 100 lít × 4 lượt ngâm (lít)"] + [fi(capy)] * 3,
           ["2", "Rượu nhung thành phẩm (lít)"] + [fi(x) for x in litres],
           ["3", "Mức sử dụng (%)"] + [fd(rnd(x / capy * 100, 1)) for x in litres]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động của hộ")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Vốn đầu tư", "Nguồn vốn")
    products = [(p[0], p[1], p[3], p[4]) for p in bots] + \
               [("Hươu sao giống 8 – 12 tháng tuổi", "con", C["sold"], C["p_deer"]),
                ("Nhung hươu tươi bán lẻ", "kg", velvet_sold, C["p_velvet"])]
    rev = sales_blocks(M, products, "Sản lượng bán ra", "Giá bán (chưa gồm thuế tiêu thụ đặc biệt)",
                       "Doanh thu dự kiến", price_unit="ĐVT: nghìn đồng/chai, bình, con, kg", price_k=True)
    M.v["links"] = [(("stock", 4), ("out", 2), 1), (("raw", 5), ("out", 3), 1), (("raw", 3), ("cap", 1), 1)]
    dep = rnd(fixed / C["life"], 1)
    cl = [line(M, "Thức ăn, thuốc thú y cho đàn hươu", "", [opn[y] * C["c_feed"][y] for y in range(3)]),
          line(M, "Nhung mua ngoài", "", [C["bought"][y] * C["c_velvet"] for y in range(3)]),
          line(M, "Rượu nếp nền 40 độ", "", [x * C["c_base"] for x in litres]),
          line(M, "Chai, bình, hộp, nhãn", "", [bots[0][3][y] * C["c_pack"][0] + bots[1][3][y] * C["c_pack"][1]
                                                for y in range(3)]),
          ("Tiền lương", "", fund),
          fixed_line(M, "Điện, nước", "", C["c_power"]),
          fixed_line(M, "Khấu hao", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, quảng bá", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí khác", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi khác", "", C["other"])]
    cost = cost_block(M, cl, "Chi phí dự kiến", basis=False)
    summary_block(M, rev, cost, dep, "Lợi nhuận dự kiến")
    if plant:
        M.txt["payback"] = C["plant"]["payback"]
    M.txt.update(l27=fi(litres[0]), l28=fi(litres[1]), l29=fi(litres[2]), herd29=fi(cls[2]),
                 rev27=fd(rev[0]), rev29=fd(rev[2]), dep=fd(dep), capy=fi(capy))
    return M


# --------------------------------------------------------------------------- io07
PLANS["io07"] = dict(
    mu="tr", sows=[50, 52, 55], litters=1.8, piglets=8, wean_loss=0.12, sold=[250, 260, 275],
    proc=[200, 230, 260], grow_loss=0.05, live_kg=60, lean_kg=20, rest_kg=22, norm=1.05,
    gio=[("Giò lụa lợn đen, cây 500 g", "cây", 0.5, [6000, 7000, 8000], [180000, 185000, 190000]),
         ("Giò lụa lợn đen, cây 1 kg", "cây", 1.0, [600, 700, 800], [340000, 350000, 360000])],
    p_piglet=[1500000, 1550000, 1600000], p_live=[90000, 92000, 94000], p_rest=[95000, 97000, 99000],
    hist=dict(sows=[40, 44, 48], piglets=[180, 200, 220], gio=[2400, 2800, 3200], live=[9000, 10000, 11500],
              p_gio=[330000, 340000, 345000], p_piglet=[1400000, 1450000, 1500000], p_live=[85000, 86000, 88000],
              margin=[0.09, 0.10, 0.105]),
    line=(30, 250),
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chăm sóc lợn nái, lợn con", [2, 2, 2]),
           ("Nuôi lợn thịt", [2, 2, 2]), ("Chế biến giò", [2, 2, 3])],
    wage=[6.0, 6.3, 6.6],
    c_feed_sow=(1100, [9000, 9200, 9400]), c_feed_grow=(180, [8500, 8700, 8900]), c_feed_pig=(10, 14000),
    c_vet=150000, c_gio=35000, c_slaughter=200000, c_power=[60, 64, 68],
    sell_share=0.05, tax_share=0.015, other=[50, 50, 50],
    inv=[("Chuồng nái đẻ, chuồng cai sữa 500 m² có đệm lót", 600, True),
         ("Chuồng lợn thịt thả vườn và hàng rào", 300, True),
         ("Xưởng chế biến giò 60 m²", 350, True),
         ("Máy xay, máy quết giò, tủ đông", 250, True),
         ("Hầm biogas 50 m³", 100, True),
         ("Bao bì, nhãn, mã QR", 40, False), ("Vốn lưu động (thức ăn, con giống)", 760, False)],
    src=[("Vốn góp của chủ sở hữu", 1300), ("Lợi nhuận giữ lại của công ty", 300),
         ("Vay Ngân hàng thương mại cổ phần Công thương", 800)],
    life=10, loan=[800, 650, 500], rate=0.08,
    plant=dict(src=(0, 1000), sows_intro=64))


def m_io07(plant: bool) -> Model:
    C = PLANS["io07"]
    M = Model("io07", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["gio"][i] * h["p_gio"][i] + h["piglets"][i] * h["p_piglet"][i]
                    + h["live"][i] * h["p_live"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả sản xuất kinh doanh 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Lợn nái sinh sản (con)"] + [fi(x) for x in h["sows"]],
           ["2", "Lợn giống cai sữa bán (con)"] + [fi(x) for x in h["piglets"]],
           ["3", "Lợn thịt hơi bán (kg)"] + [fi(x) for x in h["live"]],
           ["4", "Giò lụa lợn đen (kg)"] + [fi(x) for x in h["gio"]],
           ["5", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["6", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_gio24=fi(h["gio"][0]), h_gio26=fi(h["gio"][2]), h_rev26=fd(hrev[2]))
    M.add("comp", "Giá giò lụa trên thị trường Hà Tĩnh (tháng 9/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"],
          [["1", "Giò lụa lợn trắng của các cơ sở thủ công", "chợ", "220.000"],
           ["2", "Giò lụa đóng gói của doanh nghiệp ngoài tỉnh", "siêu thị", "260.000"],
           ["3", "Giò lụa lợn đen của các hộ vùng núi", "đặt hàng qua mạng", "320.000"],
           ["4", "Giò lụa lợn đen Trà Sơn (năm 2026)", "đại lý, cửa hàng", "345.000"]])
    sows = C["sows"]
    lit = [rnd(s_ * C["litters"]) for s_ in sows]
    born = [x * C["piglets"] for x in lit]
    wl = [rnd(b * C["wean_loss"]) for b in born]
    wean = [born[y] - wl[y] for y in range(3)]
    sold = C["sold"]
    grow = [wean[y] - sold[y] for y in range(3)]
    gl = [rnd(g * C["grow_loss"]) for g in grow]
    fin = [grow[y] - gl[y] for y in range(3)]
    proc = C["proc"]
    live = [fin[y] - proc[y] for y in range(3)]
    M.add("stock", "Đàn lợn đen: sinh sản, cai sữa, nuôi thịt 2027 – 2029",
          ["TT", "Chỉ tiêu (con)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Lợn nái sinh sản"] + [fi(x) for x in sows],
           ["2", "Số lứa đẻ (1,8 lứa/nái/năm)"] + [fi(x) for x in lit],
           ["3", "Lợn con sơ sinh (8 con/lứa)"] + [fi(x) for x in born],
           ["4", "Hao hụt đến cai sữa (12 %)"] + [fi(x) for x in wl],
           ["5", "Lợn con cai sữa"] + [fi(x) for x in wean],
           ["6", "Bán lợn giống cai sữa"] + [fi(x) for x in sold],
           ["7", "Giữ lại nuôi thịt"] + [fi(x) for x in grow],
           ["8", "Hao hụt nuôi thịt (5 %)"] + [fi(x) for x in gl],
           ["9", "Lợn thịt xuất chuồng"] + [fi(x) for x in fin],
           ["10", "Giết mổ để chế biến giò"] + [fi(x) for x in proc],
           ["11", "Bán lợn thịt hơi"] + [fi(x) for x in live]])
    M.v["flows"] = [dict(bal=[([2], [3, 4]), ([4], [5, 6]), ([6], [7, 8]), ([8], [9, 10])],
                         rates=[(1, C["litters"], [0]), (2, C["piglets"], [1]), (3, C["wean_loss"], [2]),
                                (7, C["grow_loss"], [6])])]
    lean = [p * C["lean_kg"] for p in proc]
    gio = [rnd(sum(p[2] * p[3][y] for p in C["gio"])) for y in range(3)]
    need = [rnd(g * C["norm"]) for g in gio]
    rest = [p * C["rest_kg"] for p in proc]
    M.add("raw", "Nguyên liệu thịt nạc cho giò lụa",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Lợn giết mổ để chế biến (con)"] + [fi(x) for x in proc],
           ["2", "Thịt nạc thu được, 20 kg/con (kg)"] + [fi(x) for x in lean],
           ["3", "Giò lụa thành phẩm (kg)"] + [fi(x) for x in gio],
           ["4", "Thịt nạc cần dùng, 1,05 kg/kg giò (kg)"] + [fi(x) for x in need],
           ["5", "Thịt, xương, mỡ còn lại, 22 kg/con (kg)"] + [fi(x) for x in rest]])
    M.v["material"] = [(("raw", 3), ("raw", 1))]
    capy = C["line"][0] * C["line"][1]
    M.add("cap", "Công suất xưởng chế biến giò",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Máy quết 30 kg giò/ngày × 250 ngày (kg)"] + [fi(capy)] * 3,
           ["2", "Giò lụa sản xuất (kg)"] + [fi(x) for x in gio],
           ["3", "Công suất sử dụng (%)"] + [fd(rnd(x / capy * 100, 1)) for x in gio]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động và tiền lương")
    srcs = list(C["src"])
    if plant:
        i, val = C["plant"]["src"]
        srcs[i] = (srcs[i][0], val)
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Tổng vốn đầu tư", "Nguồn vốn", src_override=srcs)
    live_kg = [x * C["live_kg"] for x in live]
    products = [(p[0], p[1], p[3], p[4]) for p in C["gio"]] + \
               [("Lợn giống cai sữa", "con", sold, C["p_piglet"]),
                ("Lợn thịt hơi", "kg", live_kg, C["p_live"]),
                ("Thịt, xương, mỡ còn lại sau pha lọc", "kg", rest, C["p_rest"])]
    rev = sales_blocks(M, products, "Kế hoạch tiêu thụ", "Giá bán", "Doanh thu",
                       price_unit="ĐVT: đồng/cây, con, kg")
    M.v["links"] = [(("stock", 5), ("out", 2), 1), (("stock", 10), ("out", 3), C["live_kg"]),
                    (("stock", 9), ("raw", 0), 1), (("raw", 4), ("out", 4), 1), (("raw", 2), ("cap", 1), 1)]
    dep = rnd(fixed / C["life"], 1)
    fs, fsp = C["c_feed_sow"]
    fg, fgp = C["c_feed_grow"]
    fp, fpp = C["c_feed_pig"]
    cl = [line(M, "Thức ăn lợn nái", "", [sows[y] * fs * fsp[y] for y in range(3)]),
          line(M, "Thức ăn lợn con", "", [wean[y] * fp * fpp for y in range(3)]),
          line(M, "Thức ăn lợn thịt", "", [grow[y] * fg * fgp[y] for y in range(3)]),
          line(M, "Thú y, vắc xin", "", [(sows[y] + wean[y]) * C["c_vet"] for y in range(3)]),
          line(M, "Giết mổ, gia vị, lá, bao bì giò", "", [gio[y] * C["c_gio"] + proc[y] * C["c_slaughter"]
                                                          for y in range(3)]),
          ("Tiền lương", "", fund),
          fixed_line(M, "Điện, nước", "", C["c_power"]),
          fixed_line(M, "Khấu hao", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, vận chuyển", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi phí khác", "", C["other"])]
    cost = cost_block(M, cl, "Chi phí sản xuất kinh doanh", basis=False)
    summary_block(M, rev, cost, dep, "Hiệu quả kinh tế")
    M.txt.update(sows27=fi(sows[0]), sows29=fi(sows[2]), wean27=fi(wean[0]), sold27=fi(sold[0]),
                 gio27=fi(gio[0]), gio29=fi(gio[2]), rev27=fd(rev[0]), rev29=fd(rev[2]), dep=fd(dep),
                 src_tot=fd(M.v["src"], 0), sows_intro=str(C["plant"]["sows_intro"]) if plant else fi(sows[0]))
    return M


# --------------------------------------------------------------------------- io08
PLANS["io08"] = dict(
    mu="tr", ducks=[2000, 2200, 2400], eggs=200, set_eggs=[150000, 160000, 170000], hatch=0.80, cull=0.30,
    salted=[180000, 200000, 220000], salt_loss=0.02,
    p_box=[55000, 57000, 59000], p_duckling=[9000, 9300, 9600], p_egg=[3500, 3600, 3700],
    hist=dict(ducks=[1600, 1800, 2000], ducklings=[90000, 100000, 110000], boxes=[12000, 14000, 16000],
              p_box=[50000, 52000, 54000], p_duckling=[8500, 8700, 9000], fresh=[60000, 65000, 70000],
              p_egg=[3300, 3400, 3500], margin=[0.08, 0.085, 0.09]),
    incub=(5, 3000, 13), jars=(40, 500, 12),
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chăm sóc vịt đẻ", [3, 3, 3]), ("Ấp trứng", [2, 2, 2]),
           ("Muối trứng, đóng hộp, bán hàng", [2, 2, 3])],
    wage=[5.0, 5.3, 5.6],
    c_feed=(55, [8500, 8700, 8900]), c_replace=60000, c_vet=15000, c_power=[60, 64, 68], c_box=8000,
    c_duckling=300, sell_share=0.05, tax_share=0.015, other=[40, 40, 40],
    inv=[("Chuồng vịt đẻ và sân chơi 800 m²", 400, True),
         ("Máy ấp trứng 5 máy × 3.000 quả", 300, True),
         ("Nhà muối trứng 60 m², chum, bể", 150, True),
         ("Ao lắng, rãnh thoát nước chuồng", 100, True),
         ("Hộp, nhãn, mã QR", 30, False), ("Vốn lưu động", 220, False)],
    src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 300),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
    life=10, loan=[700, 560, 420], rate=0.07,
    plant=dict(total=(1, 0.91)))


def m_io08(plant: bool) -> Model:
    C = PLANS["io08"]
    M = Model("io08", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["boxes"][i] * h["p_box"][i] + h["ducklings"][i] * h["p_duckling"][i]
                    + h["fresh"][i] * h["p_egg"][i]) for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả sản xuất kinh doanh của tổ 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Vịt mái đẻ bình quân (con)"] + [fi(x) for x in h["ducks"]],
           ["2", "Vịt giống bán (con)"] + [fi(x) for x in h["ducklings"]],
           ["3", "Trứng vịt muối (hộp 10 quả)"] + [fi(x) for x in h["boxes"]],
           ["4", "Trứng tươi bán (quả)"] + [fi(x) for x in h["fresh"]],
           ["5", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["6", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_box24=fi(h["boxes"][0]), h_box26=fi(h["boxes"][2]), h_rev26=fd(hrev[2]))
    M.add("comp", "Giá trứng vịt muối, vịt giống trong vùng (tháng 7/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng)"],
          [["1", "Trứng vịt muối không nhãn (10 quả)", "chợ", "45.000"],
           ["2", "Trứng vịt muối đóng hộp của cơ sở ngoài tỉnh (10 quả)", "siêu thị", "65.000"],
           ["3", "Vịt giống 1 ngày tuổi của các lò ấp khác (con)", "lò ấp", "9.500"]], block="không kẻ")
    ducks = C["ducks"]
    eggs = [d_ * C["eggs"] for d_ in ducks]
    sett = C["set_eggs"]
    hatched = [rnd(s_ * C["hatch"]) for s_ in sett]
    repl = [rnd(d_ * C["cull"]) for d_ in ducks]
    sold = [hatched[y] - repl[y] for y in range(3)]
    salted = C["salted"]
    fresh = [eggs[y] - sett[y] - salted[y] for y in range(3)]
    M.add("stock", "Đàn vịt đẻ, trứng và vịt giống 2027 – 2029",
          ["TT", "Chỉ tiêu (con, quả)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Vịt mái đẻ bình quân"] + [fi(x) for x in ducks],
           ["2", "Trứng thu (200 quả/mái/năm)"] + [fi(x) for x in eggs],
           ["3", "Trứng đưa vào ấp"] + [fi(x) for x in sett],
           ["4", "Vịt con nở (tỷ lệ nở 80 %)"] + [fi(x) for x in hatched],
           ["5", "Vịt mái giữ lại thay đàn (30 % đàn mái)"] + [fi(x) for x in repl],
           ["6", "Bán vịt giống 1 ngày tuổi"] + [fi(x) for x in sold],
           ["7", "Trứng đưa vào muối"] + [fi(x) for x in salted],
           ["8", "Trứng tươi bán"] + [fi(x) for x in fresh]])
    M.v["flows"] = [dict(bal=[([1], [2, 6, 7]), ([3], [4, 5])],
                         rates=[(1, C["eggs"], [0]), (3, C["hatch"], [2]), (4, C["cull"], [0])])]
    boxes = [rnd(s_ * (1 - C["salt_loss"]) / 10) for s_ in salted]
    done = [b * 10 for b in boxes]
    need = [rnd(x / (1 - C["salt_loss"])) for x in done]
    avail = [eggs[y] - sett[y] for y in range(3)]
    M.add("raw", "Cân đối trứng cho trứng vịt muối",
          ["TT", "Chỉ tiêu (quả)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Trứng thu của đàn vịt"] + [fi(x) for x in eggs],
           ["2", "Trứng đưa vào ấp"] + [fi(x) for x in sett],
           ["3", "Trứng còn lại cho muối và bán tươi"] + [fi(x) for x in avail],
           ["4", "Trứng vịt muối thành phẩm"] + [fi(x) for x in done],
           ["5", "Trứng cần để muối (hao hụt 2 %)"] + [fi(x) for x in need]])
    M.v["material"] = [(("raw", 4), ("raw", 2))]
    n, per, b = C["incub"]
    cap_i = n * per * b
    j, pj, bj = C["jars"]
    cap_j = j * pj * bj
    M.add("cap", "Công suất máy ấp và chum muối",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Máy ấp 5 máy × 3.000 quả × 13 mẻ (quả)"] + [fi(cap_i)] * 3,
           ["2", "Trứng đưa vào ấp (quả)"] + [fi(x) for x in sett],
           ["3", "Chum muối 40 chum × 500 quả × 12 mẻ (quả)"] + [fi(cap_j)] * 3,
           ["4", "Trứng đưa vào muối (quả)"] + [fi(x) for x in salted]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0)), (("cap", 3), ("cap", 2))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động của tổ hợp tác")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Vốn đầu tư", "Nguồn vốn")
    products = [("Trứng vịt muối, hộp 10 quả", "hộp", boxes, C["p_box"]),
                ("Vịt giống 1 ngày tuổi", "con", sold, C["p_duckling"]),
                ("Trứng vịt tươi", "quả", fresh, C["p_egg"])]
    rev = sales_blocks(M, products, "Sản lượng tiêu thụ", "Giá bán", "Doanh thu",
                       price_unit="ĐVT: đồng/hộp, con, quả")
    M.v["links"] = [(("stock", 5), ("out", 1), 1), (("stock", 7), ("out", 2), 1), (("out", 0), ("raw", 3), 10),
                    (("stock", 6), ("raw", 4), 1), (("stock", 6), ("cap", 3), 1)]
    dep = rnd(fixed / C["life"], 1)
    fk, fkp = C["c_feed"]
    cl = [line(M, "Thức ăn vịt đẻ", "", [ducks[y] * fk * fkp[y] for y in range(3)]),
          line(M, "Nuôi vịt hậu bị thay đàn", "", [r * C["c_replace"] for r in repl]),
          line(M, "Thú y, vắc xin", "", [d_ * C["c_vet"] for d_ in ducks]),
          fixed_line(M, "Điện ấp trứng, nước", "", C["c_power"]),
          line(M, "Muối, tro, hộp, nhãn", "", [b_ * C["c_box"] for b_ in boxes]),
          line(M, "Hộp đựng vịt giống, vận chuyển", "", [s_ * C["c_duckling"] for s_ in sold]),
          ("Tiền công lao động", "", fund),
          fixed_line(M, "Khấu hao", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b_ * C["rate"], 1) for b_ in C["loan"]]),
          line(M, "Bán hàng, vận chuyển", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi phí khác", "", C["other"])]
    override = {}
    if plant:
        y, f = C["plant"]["total"]
        override[y] = rnd(msum(M.mu, (ln[2][y] for ln in cl)) * f, 1)
    cost = cost_block(M, cl, "Chi phí sản xuất", basis=False, total_override=override)
    summary_block(M, rev, cost, dep, "Hiệu quả kinh tế")
    M.txt.update(ducks27=fi(ducks[0]), ducks29=fi(ducks[2]), sold27=fi(sold[0]), boxes27=fi(boxes[0]),
                 boxes29=fi(boxes[2]), rev27=fd(rev[0]), rev29=fd(rev[2]), dep=fd(dep))
    return M


# --------------------------------------------------------------------------- io09
PLANS["io09"] = dict(
    mu="tr", cuttings=[20000, 22000, 24000], dieoff=0.15, seed_sold=[12000, 13000, 14000],
    potted_2026=4800, pot_loss=0.12, orchard_ha=3.0, fruit_ha=15000, norm=2.2,
    jam=[("Mứt quất Tiên Điền, hộp 300 g", "hộp", 0.3, [16000, 19000, 23000], [75000, 77000, 79000]),
         ("Mứt quất Tiên Điền, hộp 500 g", "hộp", 0.5, [6400, 7800, 9200], [120000, 123000, 126000])],
    p_pot=[330000, 340000, 350000], p_seed=[20000, 20000, 21000], p_fruit=[12000, 12000, 12500],
    hist=dict(pots=[3600, 3900, 4200], seed=[8000, 9500, 11000], jam=[5200, 6000, 6800],
              p_pot=[300000, 310000, 320000], p_seed=[18000, 19000, 20000], p_jam=[220000, 225000, 230000],
              margin=[0.11, 0.115, 0.12]),
    dryer=(2, 40, 120),
    roles=[("Giám đốc, kế toán, văn phòng", [3, 3, 3]), ("Vườn ươm, chiết ghép", [3, 3, 3]),
           ("Chăm sóc quất cảnh, vườn quả", [4, 4, 4]), ("Chế biến mứt (quy đổi cả năm)", [3, 3, 3]),
           ("Bán hàng, vận chuyển", [2, 2, 2])],
    wage=[6.5, 6.8, 7.1],
    c_pot=80000, c_care=80000, c_cutting=3000, c_orchard=60, c_sugar=25000, c_box=8000,
    c_power=[90, 100, 110], c_haul=50000, sell_share=0.06, tax_share=0.015, other=[80, 80, 80],
    inv=[("Nhà lưới vườn ươm 1.000 m²", 300, True), ("Hệ thống tưới nhỏ giọt vườn quất", 200, True),
         ("Xưởng chế biến mứt 100 m²", 450, True), ("Nồi sên mứt, máy rửa quả, máy đóng hộp", 250, True),
         ("Xe tải nhỏ chở quất cảnh", 350, True), ("Bao bì, nhãn, mã QR", 50, False),
         ("Vốn lưu động", 400, False)],
    src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
    life=10, loan=[800, 650, 500], rate=0.08,
    plant=dict(profit=(1, 1.22)))


def m_io09(plant: bool) -> Model:
    C = PLANS["io09"]
    M = Model("io09", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["pots"][i] * h["p_pot"][i] + h["seed"][i] * h["p_seed"][i] + h["jam"][i] * h["p_jam"][i])
            for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("hist", "Kết quả sản xuất kinh doanh 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Quất cảnh bán dịp Tết (chậu)"] + [fi(x) for x in h["pots"]],
           ["2", "Cây quất giống bán (cây)"] + [fi(x) for x in h["seed"]],
           ["3", "Mứt quất (kg)"] + [fi(x) for x in h["jam"]],
           ["4", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["5", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_jam24=fi(h["jam"][0]), h_jam26=fi(h["jam"][2]), h_rev26=fd(hrev[2]))
    M.add("comp", "Giá mứt quất và quất cảnh trên thị trường (tháng 12/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng)"],
          [["1", "Mứt quất không nhãn (kg)", "chợ Tết", "180.000"],
           ["2", "Mứt quất đóng hộp 500 g của cơ sở ngoài tỉnh", "siêu thị", "135.000"],
           ["3", "Quất cảnh chậu trung bình", "chợ hoa Tết", "400.000"]])
    cut = C["cuttings"]
    dead = [rnd(c * C["dieoff"]) for c in cut]
    ok = [cut[y] - dead[y] for y in range(3)]
    sold = C["seed_sold"]
    potted = [ok[y] - sold[y] for y in range(3)]
    M.add("stock", "Vườn ươm cây quất giống",
          ["TT", "Chỉ tiêu (cây)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Cành chiết đưa vào ươm"] + [fi(x) for x in cut],
           ["2", "Cây chết, không đạt (15 %)"] + [fi(x) for x in dead],
           ["3", "Cây giống xuất vườn (tỷ lệ sống 85 %)"] + [fi(x) for x in ok],
           ["4", "Bán cây quất giống"] + [fi(x) for x in sold],
           ["5", "Lên chậu trồng quất cảnh"] + [fi(x) for x in potted]])
    prev = [C["potted_2026"]] + potted[:2]
    lost = [rnd(p * C["pot_loss"]) for p in prev]
    pots = [prev[y] - lost[y] for y in range(3)]
    M.add("grow", "Quất cảnh chậu: lên chậu năm trước, bán Tết năm sau",
          ["TT", "Chỉ tiêu (chậu)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Cây lên chậu từ năm trước"] + [fi(x) for x in prev],
           ["2", "Chậu hỏng, không đạt dáng, quả (12 %)"] + [fi(x) for x in lost],
           ["3", "Quất cảnh xuất bán dịp Tết (88 %)"] + [fi(x) for x in pots]])
    M.v["flows"] = [dict(bal=[([0], [1, 2]), ([2], [3, 4])], rates=[(1, C["dieoff"], [0])]),
                    dict(table="grow", bal=[([0], [1, 2])], rates=[(1, C["pot_loss"], [0])])]
    fruit = [rnd(C["orchard_ha"] * C["fruit_ha"])] * 3
    jam_kg = [rnd(sum(p[2] * p[3][y] for p in C["jam"])) for y in range(3)]
    need = [rnd(j * C["norm"]) for j in jam_kg]
    fresh = [fruit[y] - need[y] for y in range(3)]
    M.add("raw", "Cân đối quả quất cho chế biến mứt",
          ["TT", "Chỉ tiêu (kg)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Quả quất thu từ 3 ha vườn (15 tấn/ha)"] + [fi(x) for x in fruit],
           ["2", "Mứt quất thành phẩm"] + [fi(x) for x in jam_kg],
           ["3", "Quả cần dùng (2,2 kg quả/kg mứt)"] + [fi(x) for x in need],
           ["4", "Quả còn lại bán tươi"] + [fi(x) for x in fresh]])
    M.v["material"] = [(("raw", 2), ("raw", 0))]
    n, per, days = C["dryer"]
    capy = n * per * days
    M.add("cap", "Thiết bị sấy mứt hiện có",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "2 tủ sấy × 40 kg mứt/mẻ × 120 ngày vụ (kg)"] + [fi(capy)] * 3,
           ["2", "Mứt quất sản xuất theo kế hoạch (kg)"] + [fi(x) for x in jam_kg]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động và tiền lương")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Tổng mức đầu tư", "Nguồn vốn")
    products = [(p[0], p[1], p[3], p[4]) for p in C["jam"]] + \
               [("Quất cảnh chậu Tết", "chậu", pots, C["p_pot"]),
                ("Cây quất giống chiết cành", "cây", sold, C["p_seed"]),
                ("Quất quả tươi bán thương lái", "kg", fresh, C["p_fruit"])]
    rev = sales_blocks(M, products, "Kế hoạch tiêu thụ", "Giá bán", "Doanh thu dự kiến",
                       price_unit="ĐVT: đồng/hộp, chậu, cây, kg")
    M.v["links"] = [(("stock", 4), ("grow", 0), 1, 1), (("grow", 2), ("out", 2), 1), (("stock", 3), ("out", 3), 1),
                    (("raw", 3), ("out", 4), 1), (("raw", 1), ("cap", 1), 1)]
    dep = rnd(fixed / C["life"], 1)
    boxes = [sum(p[3][y] for p in C["jam"]) for y in range(3)]
    cl = [line(M, "Chậu, đất, phân lên chậu mới", "", [p * C["c_pot"] for p in potted]),
          line(M, "Chăm sóc quất cảnh", "", [p * C["c_care"] for p in prev]),
          line(M, "Cành chiết, bầu ươm", "", [c * C["c_cutting"] for c in cut]),
          fixed_line(M, "Chăm sóc vườn quả 3 ha", "", [C["c_orchard"] * C["orchard_ha"]] * 3),
          line(M, "Đường, phụ liệu mứt", "", [j * C["c_sugar"] for j in jam_kg]),
          line(M, "Hộp, nhãn", "", [b * C["c_box"] for b in boxes]),
          line(M, "Vận chuyển quất cảnh", "", [p * C["c_haul"] for p in pots]),
          fixed_line(M, "Điện, củi sấy, nước", "", C["c_power"]),
          ("Tiền lương", "", fund),
          fixed_line(M, "Khấu hao", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, quảng bá", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi phí khác", "", C["other"])]
    cost = cost_block(M, cl, "Chi phí sản xuất kinh doanh", basis=False)
    override = {}
    if plant:
        y, f = C["plant"]["profit"]
        override[y] = rnd((rev[y] - cost[y]) * f, 1)
    summary_block(M, rev, cost, dep, "Tổng hợp hiệu quả kinh tế", profit_override=override)
    M.txt.update(jam27=fi(jam_kg[0]), jam29=fi(jam_kg[2]), pots27=fi(pots[0]), sold27=fi(sold[0]),
                 rev27=fd(rev[0]), rev29=fd(rev[2]), dep=fd(dep), capy=fi(capy))
    return M


# --------------------------------------------------------------------------- io10
PLANS["io10"] = dict(
    mu="tr", grafts=[60000, 66000, 72000], dieoff=0.20, own_plant=[2000, 2000, 2000],
    orchard_ha=4.0, fruit_ha=20000, norm=3.0,
    juice=[("Nước cốt chanh leo, chai 500 ml", "chai", 0.5, [16000, 18000, 20000], [55000, 56000, 57000]),
           ("Nước cốt chanh leo, can 2 lít", "can", 2.0, [2000, 2500, 3000], [190000, 195000, 200000])],
    p_seed=[12000, 12000, 12500], p_fruit=[14000, 14000, 14500],
    hist=dict(seed=[30000, 36000, 42000], litres=[7000, 8500, 10000], fruit=[52000, 50000, 47000],
              p_l=[105000, 108000, 110000], p_seed=[11000, 11500, 12000], p_fruit=[13000, 13500, 14000],
              margin=[0.12, 0.125, 0.13]),
    press=(100, 200),
    roles=[("Hội đồng quản trị, kế toán", [3, 3, 3]), ("Vườn ươm, ghép cây", [3, 3, 3]),
           ("Chăm sóc vườn chanh leo", [3, 3, 3]), ("Ép, thanh trùng, chiết rót", [3, 3, 3]),
           ("Bán hàng", [1, 1, 1])],
    wage=[5.8, 6.1, 6.4],
    c_graft=2500, c_orchard=70, c_rent=[40, 40, 40], c_bottle=[6000, 15000], c_power=[80, 85, 90],
    sell_share=0.06, tax_share=0.015, other=[50, 50, 50],
    inv=[("Nhà lưới vườn ươm 1.500 m², tưới phun sương", 350, True),
         ("Xưởng ép, chiết rót 80 m²", 400, True),
         ("Máy ép, lọc, nồi thanh trùng, máy chiết rót", 380, True),
         ("Kho lạnh 15 m³", 170, True), ("Chai, can, thùng mẫu; thiết kế bao bì", 40, False),
         ("Vốn lưu động", 260, False)],
    src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
    life=10, loan=[900, 750, 600], rate=0.08)


def m_io10(plant: bool) -> Model:
    C = PLANS["io10"]
    M = Model("io10", C["mu"])
    h = C["hist"]
    hrev = [M.money(h["litres"][i] * h["p_l"][i] + h["seed"][i] * h["p_seed"][i] + h["fruit"][i] * h["p_fruit"][i])
            for i in range(3)]
    hprof = [rnd(hrev[i] * h["margin"][i], 1) for i in range(3)]
    M.add("comp", "Giá nước cốt chanh leo và cây giống trên thị trường (tháng 9/2026)",
          ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng)"],
          [["1", "Nước cốt chanh leo đóng chai 500 ml của doanh nghiệp ngoài tỉnh", "siêu thị", "68.000"],
           ["2", "Nước cốt chanh leo tự làm, không rõ nguồn gốc (lít)", "chợ, mạng xã hội", "80.000"],
           ["3", "Cây chanh leo giống ghép sạch bệnh (cây)", "các vườn ươm", "13.000"]])
    M.add("hist", "Kết quả sản xuất kinh doanh của hợp tác xã 2024 – 2026",
          ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
          [["1", "Cây giống bán (cây)"] + [fi(x) for x in h["seed"]],
           ["2", "Nước cốt chanh leo (lít)"] + [fi(x) for x in h["litres"]],
           ["3", "Quả tươi bán (kg)"] + [fi(x) for x in h["fruit"]],
           ["4", "Doanh thu (triệu đồng)"] + [fd(x) for x in hrev],
           ["5", "Lợi nhuận (triệu đồng)"] + [fd(x) for x in hprof]])
    M.v.update(hist_rev=hrev)
    M.txt.update(h_l24=fi(h["litres"][0]), h_l26=fi(h["litres"][2]), h_rev26=fd(hrev[2]))
    g = C["grafts"]
    dead = [rnd(x * C["dieoff"]) for x in g]
    ok = [g[y] - dead[y] for y in range(3)]
    own = C["own_plant"]
    sold = [ok[y] - own[y] for y in range(3)]
    M.add("stock", "Vườn ươm cây chanh leo giống ghép",
          ["TT", "Chỉ tiêu (cây)"] + [f"Năm {y}" for y in YEARS],
          [["1", "Cây gốc ghép đã ghép mắt"] + [fi(x) for x in g],
           ["2", "Cây chết, không đạt (20 %)"] + [fi(x) for x in dead],
           ["3", "Cây giống xuất vườn (tỷ lệ 80 %)"] + [fi(x) for x in ok],
           ["4", "Trồng lại 2 ha vườn hợp tác xã"] + [fi(x) for x in own],
           ["5", "Cây giống bán cho hộ trồng"] + [fi(x) for x in sold]])
    M.v["flows"] = [dict(bal=[([0], [1, 2]), ([2], [3, 4])], rates=[(1, C["dieoff"], [0])])]
    fruit = [rnd(C["orchard_ha"] * C["fruit_ha"])] * 3
    litres = [rnd(sum(p[2] * p[3][y] for p in C["juice"])) for y in range(3)]
    need = [rnd(x * C["norm"]) for x in litres]
    fresh = [fruit[y] - need[y] for y in range(3)]
    M.add("raw", "Cân đối quả chanh leo cho ép nước cốt",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Quả thu từ 4 ha vườn, 20 tấn/ha (kg)"] + [fi(x) for x in fruit],
           ["2", "Nước cốt chanh leo thành phẩm (lít)"] + [fi(x) for x in litres],
           ["3", "Quả cần dùng, 3 kg/lít (kg)"] + [fi(x) for x in need],
           ["4", "Quả loại 1 còn lại bán tươi (kg)"] + [fi(x) for x in fresh]])
    M.v["material"] = [(("raw", 2), ("raw", 0))]
    capy = C["press"][0] * C["press"][1]
    M.add("cap", "Công suất dây chuyền ép nước cốt",
          ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
          [["1", "Dây chuyền 100 lít/ngày × 200 ngày (lít)"] + [fi(capy)] * 3,
           ["2", "Nước cốt sản xuất (lít)"] + [fi(x) for x in litres],
           ["3", "Công suất sử dụng (%)"] + [fd(rnd(x / capy * 100, 1)) for x in litres]])
    M.v["capacity_rows"] = [(("cap", 1), ("cap", 0))]
    fund = staff_block(M, C["roles"], C["wage"], "Lao động của hợp tác xã")
    tot_inv, fixed = invest_block(M, C["inv"], C["src"], "Tổng vốn đầu tư", "Nguồn vốn")
    products = [(p[0], p[1], p[3], p[4]) for p in C["juice"]] + \
               [("Cây chanh leo giống ghép", "cây", sold, C["p_seed"]),
                ("Quả chanh leo loại 1 bán tươi", "kg", fresh, C["p_fruit"])]
    rev = sales_blocks(M, products, "Kế hoạch sản lượng tiêu thụ", "Giá bán dự kiến", "Doanh thu dự kiến",
                       price_unit="ĐVT: đồng/chai, can, cây, kg")
    M.v["links"] = [(("stock", 4), ("out", 2), 1), (("raw", 3), ("out", 3), 1), (("raw", 1), ("cap", 1), 1)]
    dep = rnd(fixed / C["life"], 1)
    cl = [line(M, "Hạt gốc ghép, mắt ghép, bầu ươm", "", [x * C["c_graft"] for x in g]),
          fixed_line(M, "Chăm sóc vườn chanh leo 4 ha", "", [C["c_orchard"] * C["orchard_ha"]] * 3),
          fixed_line(M, "Thuê đất vườn", "", C["c_rent"]),
          line(M, "Chai, nắp, can, thùng", "", [C["juice"][0][3][y] * C["c_bottle"][0]
                                                + C["juice"][1][3][y] * C["c_bottle"][1] for y in range(3)]),
          fixed_line(M, "Điện, nước", "", C["c_power"]),
          ("Tiền lương", "", fund),
          fixed_line(M, "Khấu hao", "", [dep] * 3),
          fixed_line(M, "Lãi vay", "", [rnd(b * C["rate"], 1) for b in C["loan"]]),
          line(M, "Bán hàng, quảng bá", "", [rev[y] * 1e6 * C["sell_share"] for y in range(3)]),
          line(M, "Thuế, phí", "", [rev[y] * 1e6 * C["tax_share"] for y in range(3)]),
          fixed_line(M, "Chi phí khác", "", C["other"])]
    cost = cost_block(M, cl, "Chi phí sản xuất kinh doanh", basis=False)
    summary_block(M, rev, cost, dep, "Hiệu quả kinh tế")
    M.txt.update(g27=fi(g[0]), sold27=fi(sold[0]), sold29=fi(sold[2]), l27=fi(litres[0]), l29=fi(litres[2]),
                 rev27=fd(rev[0]), rev29=fd(rev[2]), dep=fd(dep))
    return M


MODELS = {"io01": m_io01, "io02": m_io02, "io03": m_io03, "io04": m_io04, "io05": m_io05,
          "io06": m_io06, "io07": m_io07, "io08": m_io08,
          "io09": m_io09, "io10": m_io10}


def model(key: str, plant: bool = True) -> Model:
    return MODELS[key](plant)


# --------------------------------------------------------------------------- the checks
def printed(t: Table) -> tuple[list[str], list[list[str]]]:
    """A table as the plan prints it (years as rows when `transpose`)."""
    if not t.transpose:
        return t.header, t.rows
    lab = 1 if t.header[0] in ("TT", "STT") else 0
    years = [y.replace("Năm ", "") for y in t.header[lab + 1:]]
    return (["TT", "Năm sản xuất"] + [r[lab] for r in t.rows],
            [[str(j + 1), "Năm " + years[j]] + [r[lab + 1 + j] for r in t.rows] for j in range(len(years))])


def unprint(t: Table, rows: list[list[str]]) -> list[list[str]]:
    """Printed rows back to the model's orientation (label column first, then the years)."""
    if not t.transpose:
        return rows
    lab = 1 if t.header[0] in ("TT", "STT") else 0
    out = []
    for i, r in enumerate(t.rows):
        out.append(r[:lab + 1] + [rows[j][2 + i] for j in range(len(rows))])
    return out


def same(a: str, b: str) -> bool:
    x, y = num(a), num(b)
    if x is not None and y is not None:
        return abs(x - y) <= 0.011 * max(abs(x), abs(y)) + 1e-9
    return a.replace("**", "").strip() == b.replace("**", "").strip()


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        """Caption (without 'Bảng N.') -> its rows, header included, as the source prints them."""
        out, cur = {}, None
        for ln in self.body.splitlines():
            m = re.match(r"\s*(?:\*\*)?Bảng (\d+)\. (.+?)(?:\*\*)?\s*$", ln)
            if m:
                cur = m.group(2).strip()
                out[cur] = []
            elif ln.strip().startswith("|") and cur is not None:
                if not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", ln.strip()):
                    out[cur].append([c.strip() for c in ln.strip().strip("|").split("|")])
            elif ln.strip() and cur is not None and out[cur]:
                cur = None
        return out


def cell(rows, r, c):
    try:
        return num(rows[r][c])
    except IndexError:
        return None


def relations(M: Model, tabs: dict) -> dict[str, float]:
    """What a reviewer recomputes on the printed figures: each relation that fails, with its worst
    relative deviation in %."""
    bad: dict[str, float] = {}

    def fail(name, a, b):
        dev = abs(a - b) / max(abs(b), 1e-9) * 100
        bad[name] = max(bad.get(name, 0.0), dev)

    def rows(key):
        t = M.table(key)
        return unprint(t, tabs[t.caption][1:])

    def vals(key, i, n=3):
        return [num(x) for x in rows(key)[i][-n:]]

    u = 1e6 if M.mu == "tr" else 1e3
    eps = 0.11 if M.mu == "tr" else 1.1

    def eq(name, a, b):
        if abs(a - b) > max(0.011 * max(abs(a), abs(b)), eps):
            fail(name, a, b)

    nprod = len(M.v["qty"])
    for i in range(nprod):
        q, p, r = vals("out", i), vals("price", i), vals("rev", i)
        for y in range(3):
            eq("rev_line", r[y], q[y] * p[y] * M.v.get("price_mult", 1) / u)
    tot = vals("rev", nprod)
    for y in range(3):
        eq("rev_total", tot[y], sum(vals("rev", i)[y] for i in range(nprod)))
    ncost = len(M.v["cost_lines"])
    ctot = vals("cost", ncost)
    for y in range(3):
        eq("cost_total", ctot[y], sum(vals("cost", i)[y] for i in range(ncost)))
    srev, scost, sprof, smarg = (vals("sum", i) for i in range(4))
    for y in range(3):
        eq("sum_link", srev[y], tot[y])
        eq("sum_link", scost[y], ctot[y])
        eq("profit", sprof[y], srev[y] - scost[y])
        if abs(smarg[y] - sprof[y] / srev[y] * 100) > 0.15:
            fail("margin", smarg[y], sprof[y] / srev[y] * 100)
    inv_rows, src_rows = rows("inv"), rows("src")
    inv_tot, src_tot = num(inv_rows[-1][2]), num(src_rows[-1][2])
    eq("capital_sum", inv_tot, sum(num(r[2]) for r in inv_rows[:-1]))
    eq("capital_sum", src_tot, sum(num(r[2]) for r in src_rows[:-1]))
    eq("capital", src_tot, inv_tot)
    st = rows("staff")
    n_tot, wage, fund = ([num(x) for x in st[k][-3:]] for k in (-3, -2, -1))
    for y in range(3):
        eq("wage", fund[y], n_tot[y] * wage[y] * 12 * 1e6 / u)
        eq("staff_sum", n_tot[y], sum(num(r[2 + y]) for r in st[:-3]))
    for need_at, sup_at in M.v["material"]:
        need, sup = vals(*need_at), vals(*sup_at)
        for y in range(3):
            if need[y] > sup[y] * 1.0001:
                fail("supply", need[y], sup[y])
    for out_at, cap_at in M.v["capacity_rows"]:
        o, c = vals(*out_at), vals(*cap_at)
        for y in range(3):
            if o[y] > c[y] * 1.0001:
                fail("capacity", o[y], c[y])
    for spec in M.v["flows"]:
        tk = spec.get("table", "stock")
        for lhs, rhs in spec.get("bal", []):
            for y in range(3):
                l_, r_ = sum(vals(tk, i)[y] for i in lhs), sum(vals(tk, i)[y] for i in rhs)
                if abs(l_ - r_) > 0.5:
                    fail("stock", l_, r_)
        for o, c in spec.get("carry", []):
            for y in (1, 2):
                if abs(vals(tk, o)[y] - vals(tk, c)[y - 1]) > 0.5:
                    fail("stock", vals(tk, o)[y], vals(tk, c)[y - 1])
        for i, rate, base in spec.get("rates", []):
            for y in range(3):
                b = sum(vals(tk, j)[y] for j in base) * rate
                if abs(vals(tk, i)[y] - b) > max(1.0, 0.011 * b):
                    fail("stock_rate", vals(tk, i)[y], b)
    for (k1, i1), (k2, i2), factor, *lag in M.v.get("links", []):
        a_, b_ = vals(k1, i1), vals(k2, i2)
        d = lag[0] if lag else 0
        for y in range(d, 3):
            if abs(a_[y - d] * factor - b_[y]) > max(0.5, 0.011 * abs(b_[y])):
                fail("link", b_[y], a_[y - d] * factor)
    prev = M.v["hist_rev"][-1]
    for y in range(3):
        if srev[y] > prev * 1.35:
            fail("growth", srev[y], prev * 1.35)
        prev = srev[y]
    pb_printed = float(M.txt["payback"].replace(",", "."))
    pb = inv_tot / (sum(sprof) / 3 + M.v["dep"])
    if abs(pb_printed - pb) > 0.051 * pb + 0.05:
        fail("payback", pb_printed, pb)
    return bad


INFEASIBLE = {"supply", "capacity", "growth"}  # true in the plan's own numbers, not a misprint


def check_full(key: str, spec: dict) -> Plan:
    P = Plan(spec["stem"])
    pm, tm = model(key, True), model(key, False)
    tabs = P.tables()
    # 1. every table cell against the model as printed
    for t in pm.tables:
        if t.caption not in tabs:
            P.failures.append(f"table not found: {t.caption}")
            continue
        header, rows = printed(t)
        got = tabs[t.caption]
        if len(got) != len(rows) + 1:
            P.failures.append(f"{t.caption}: {len(got) - 1} rows, model {len(rows)}")
            continue
        for a, b in zip([header] + rows, got):
            if len(a) != len(b) or not all(same(x, z) for x, z in zip(a, b)):
                P.failures.append(f"{t.caption}: printed {b} model {a}")
    for cap, rows in tabs.items():
        if not any(t.caption == cap for t in pm.tables):
            skip = 1 if rows and rows[0][0] in ("TT", "STT") else 0
            for r in rows[1:]:
                if any(num(c) is not None for c in r[skip:]):
                    P.failures.append(f"unmodelled table with figures: {cap}: {r}")
    # 2. planted cells: the printed value against the true one
    planted = {(k, lab, c) for k, lab, c in spec.get("planted", [])}
    knock = {(k, lab, c) for k, lab, c in spec.get("knock", [])}
    seen = set()
    for t, tt in zip(pm.tables, tm.tables):
        for r, rt in zip(t.rows, tt.rows):
            for c, (x, xt) in enumerate(zip(r, rt)):
                if x == xt:
                    continue
                lab = r[1] if len(r) > 1 and r[0].isdigit() or r[0] == "" else r[0]
                hit = [(k, l2, c2) for (k, l2, c2) in planted | knock
                       if k == t.key and lab.startswith(l2) and c2 == c]
                if not hit:
                    P.failures.append(f"undeclared difference {t.key} {lab!r} col {c}: {x} (true {xt})")
                    continue
                seen.add(hit[0])
                if hit[0] in planted:
                    a, b = num(x), num(xt)
                    P.check(off(a, b, 5.0), f"planted {t.key} {lab} col {c}: {x} vs true {xt} not > 5 %")
    for k in planted - seen:
        P.failures.append(f"planted cell not different from the truth: {k}")
    for k, v in pm.txt.items():
        if v != tm.txt[k]:
            if k in spec.get("planted_txt", []):
                a, b = float(v.replace(".", "").replace(",", ".")), float(tm.txt[k].replace(".", "").replace(",", "."))
                P.check(off(a, b, 5.0), f"planted text {k}: {v} vs true {tm.txt[k]} not > 5 %")
            elif k not in spec.get("knock_txt", []):
                P.failures.append(f"undeclared text difference {k}: {v} (true {tm.txt[k]})")
    for k in spec.get("planted_txt", []):
        P.check(pm.txt[k] != tm.txt[k], f"planted text {k} equals the truth")
    # 3. the prose prints the model's figures
    for k, v in pm.txt.items():
        if k not in spec.get("unprinted", []):
            P.check(v in P.body, f"figure {k}={v!r} not in the text")
    P.has(*spec.get("has", []))
    for name, lo, hi in spec.get("names", []):
        n = P.count(name)
        P.check(lo <= n <= hi, f"{name!r} printed {n} times, expected {lo}-{hi}")
    # 4. the reviewer's relations fail exactly where a defect was planted, each by more than 5 %
    if not P.failures:
        bad = relations(pm, tabs)
        want = set(spec.get("fails", []))
        P.check(set(bad) == want, f"relations failing {sorted(bad)}, expected {sorted(want)}")
        for name in spec.get("fails_planted", []):
            P.check(bad.get(name, 0) > 5.0, f"planted relation {name} off by {bad.get(name, 0):.1f} % only")
        truth = relations(tm, {t.caption: [printed(t)[0]] + printed(t)[1] for t in tm.tables})
        P.check(set(truth) == want & INFEASIBLE, f"the true model fails {sorted(truth)}")
    # 5. words
    for pat, what in spec.get("lacks", []):
        P.lacks(pat, what)
    P.lacks(PLACEHOLDER, "template placeholder")
    if spec.get("ready"):
        # a ready plan is comfortably feasible: margins 7-25 %, machines at most 90 % used,
        # raw material needed at most 96 % of the supply
        P.check(all(7 <= m <= 25 for m in pm.v["margin"]), f"ready plan margins {pm.v['margin']}")
        tv = {t.key: t for t in pm.tables}

        def row(at):
            return [num(x) for x in tv[at[0]].rows[at[1]][-3:]]
        for out_at, cap_at in pm.v["capacity_rows"]:
            P.check(all(o <= 0.90 * c for o, c in zip(row(out_at), row(cap_at))), f"capacity use over 90 %: {out_at}")
        for need_at, sup_at in pm.v["material"]:
            P.check(all(n <= 0.96 * s_ for n, s_ in zip(row(need_at), row(sup_at))), f"supply under 4 % spare: {need_at}")
        P.has("148/QĐ-TTg", "1489/QĐ-TTg")
        P.lacks(REPLACED, "replaced instrument or district body")
        for m in re.finditer(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", P.body):
            P.check(int(m.group(3)) >= 2029, f"paper expires too early: {m.group(0)}")
    return P


def check_sketchy(spec: dict) -> Plan:
    P = Plan(spec["stem"])
    words = len(re.findall(r"\w+", re.sub(r"[#*|]", " ", P.body)))
    P.check(150 <= words <= 350, f"sketchy plan has {words} words")
    P.check(not P.rows, "sketchy plan has a table")
    P.has(*spec.get("has", []))
    for pat, what in spec.get("lacks", []):
        P.lacks(pat, what)
    P.lacks(PLACEHOLDER, "template placeholder")
    return P


SPECS: dict[str, dict] = {
    "io01": dict(stem="io01_mat_ong_ngan_truoi_htx", ready=True,
                 has=["Luật Chăn nuôi", "kiểm dịch", "nhật ký nuôi ong", "mã lô", "TCCS 01:2026/NGT",
                      "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu"]),
    "io02": dict(stem="io02_ga_u_muoi_doi_hong_cty", ready=True,
                 has=["cơ sở an toàn dịch bệnh", "đăng ký môi trường", "hầm biogas", "giết mổ tập trung",
                      "TCCS 01:2026/ĐH", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Đơn đăng ký nhãn hiệu",
                      "lưu mẫu", "mã lô"]),
    "io03": dict(stem="io03_nam_so_tung_loc_hkd", ready=True,
                 has=["TCCS 01:2026/TL", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Đơn đăng ký nhãn hiệu",
                      "đăng ký môi trường", "lưu mẫu", "mã QR", "bã phôi"]),
    "io04": dict(stem="io04_tra_ca_gai_leo_dong_loc_tht", ready=True,
                 has=["TCCS 01:2026/ĐL", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu",
                      "không ghi công dụng chữa bệnh", "đăng ký môi trường", "lưu mẫu", "mã lô"],
                 lacks=[(r"chữa khỏi|điều trị|phòng ngừa bệnh|hỗ trợ điều trị|giải độc gan", "health claim")]),
    "io05": dict(stem="io05_cha_ca_song_la_htx",
                 planted=[("rev", "Chả cá viên", 3)],
                 knock=[("rev", "Tổng doanh thu", 3), ("cost", "Bán hàng", 3), ("cost", "Thuế", 3),
                        ("cost", "Tổng chi phí", 3), ("sum", "Doanh thu", 3), ("sum", "Tổng chi phí", 3),
                        ("sum", "Lợi nhuận", 3), ("sum", "Tỷ suất", 3)],
                 knock_txt=["payback", "profit_avg", "rev28"],
                 fails=["rev_line", "supply"], fails_planted=["rev_line", "supply"],
                 has=["đáp ứng đủ nhu cầu nguyên liệu", "TCCS 01:2026/SL", "43/2017/NĐ-CP", "nhãn hiệu",
                      "148/QĐ-TTg", "1489/QĐ-TTg"],
                 lacks=[(r"môi trường|nước thải|chất thải|xử lý|(?<!\w)bùn|(?<!\w)mùi|bể lắng|biogas|(?<!\w)rác|ô nhiễm|vi sinh vật có ích|chế phẩm",
                         "environmental words"),
                        (REPLACED, "replaced instrument")]),
    "io06": dict(stem="io06_ruou_nhung_huou_son_tay_hkd",
                 planted_txt=["payback"], fails=["growth", "payback"], fails_planted=["growth", "payback"],
                 has=["Sở Công Thương", "QCVN 6-3:2010/BYT", "độ cồn 35 % vol", "44/2019/QH14", "nhãn hiệu",
                      "giữ nguyên các kênh bán hiện có và 4 lao động", "tăng gấp đôi", "148/QĐ-TTg"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công", "alcohol licence"),
                        (REPLACED, "replaced instrument")]),
    "io07": dict(stem="io07_gio_lua_lon_den_tra_son_cty",
                 planted=[("src", "Vốn góp của chủ sở hữu", 2), ("src", "Tổng nguồn vốn", 2)],
                 knock=[("src", "Vốn góp", 3), ("src", "Lợi nhuận giữ lại", 3), ("src", "Vay Ngân hàng", 3)],
                 planted_txt=["sows_intro", "src_tot"], fails=["capital"], fails_planted=["capital"],
                 has=["bảo đảm đủ vốn", "64 lợn nái sinh sản", "TCCS 01:2026/TS", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu",
                      "mã lô", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|Luật An toàn",
                         "food-safety paper"), (REPLACED, "replaced instrument")]),
    "io08": dict(stem="io08_trung_vit_muoi_ky_van_tht",
                 planted=[("cost", "Tổng chi phí", 3)],
                 knock=[("sum", "Tổng chi phí", 3), ("sum", "Lợi nhuận", 3), ("sum", "Tỷ suất", 3)],
                 knock_txt=["payback", "profit_avg"], fails=["cost_total"], fails_planted=["cost_total"],
                 has=["919/QĐ-TTg", "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Kỳ Anh",
                      "cấp huyện", "an toàn thực phẩm số 71/2025/ATTP", "43/2017/NĐ-CP", "nhãn hiệu", "mã lô",
                      "ao lắng"],
                 lacks=[(r"148/QĐ-TTg|1489", "current OCOP decision"),
                        (r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|vi sinh)|"
                         r"phòng thí nghiệm|hợp chuẩn|hợp quy", "product standard")]),
    "io09": dict(stem="io09_mut_quat_tien_dien_ctcp",
                 planted=[("sum", "Lợi nhuận", 3)], knock=[("sum", "Tỷ suất", 3)],
                 knock_txt=["payback", "profit_avg"], fails=["profit", "capacity"],
                 fails_planted=["profit", "capacity"],
                 has=["đáp ứng đủ sản lượng mứt đến năm 2029", "TCCS 01:2026/TĐ", "43/2017/NĐ-CP",
                      "mã QR", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg"],
                 lacks=[(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "trademark"),
                        (REPLACED, "replaced instrument")]),
    "io10": dict(stem="io10_nuoc_cot_chanh_leo_son_hong_htx",
                 has=["nhãn hiệu", "TCCS 01:2026/SH", "QCVN 6-2:2010/BYT", "đăng ký môi trường", "148/QĐ-TTg",
                      "1489/QĐ-TTg"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch", "label"),
                        (r"truy xuất|nhật ký|(?<!\w)QR|mã lô|số lô|(?<!\w)lô(?!\w)|lưu mẫu|kiểm soát|kiểm tra|"
                         r"VietGAP|HACCP|(?<!\w)ISO|sổ ghi chép|giám sát", "quality control"),
                        (REPLACED, "replaced instrument")],
                 names=[("Nước cốt chanh leo Kỳ Sơn", 3, 3), ("Nước cốt chanh leo Sơn Hồng", 4, 99)]),
    "io11": dict(stem="io11_hoa_cuc_quat_canh_so_sai",
                 has=["2 sào", "90 %", "3.000 chậu", "80.000 đồng/chậu", "250 triệu đồng", "100 triệu đồng",
                      "Thị trường tiêu thụ rộng lớn"],
                 lacks=[(r"đăng ký|giấy chứng nhận|mã số|tiêu chuẩn|công bố|nhãn|truy xuất|môi trường|"
                         r"thuốc bảo vệ|hợp đồng|đại lý|siêu thị", "papers or channels")]),
    "io12": dict(stem="io12_ech_giong_thach_ha_so_sai",
                 has=["giấy chứng nhận đăng ký hộ kinh doanh", "6 bể", "70 %", "20.000 con", "3 tấn",
                      "60.000 đồng/kg", "80 triệu đồng", "180 triệu đồng"],
                 lacks=[(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|truy xuất|môi trường|nước thải|"
                         r"hợp đồng|đại lý|siêu thị", "papers or channels")]),
}


def main(argv: list[str] | None = None) -> int:
    keys = [k for k in (argv or []) if not k.startswith("-")] or list(SPECS)
    plans = []
    for k in keys:
        spec = SPECS[k]
        plans.append(check_full(k, spec) if k in MODELS else check_sketchy(spec))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
