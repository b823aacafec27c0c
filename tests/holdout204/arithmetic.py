"""The 204th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout204/arithmetic.py [gw01 gw05 ...]

Theme: long production cycles and lags between input and output. Every full plan (gw01-gw10) makes
something that takes months to years between buying or planting the raw material and selling the
product: fish sauce fermented 12 months (gw01), rice spirit aged 12 months in jars (gw02), herb and
tea gardens and an orange orchard whose new plantings bear only from their second or third year
(gw03, gw06, gw07), goats and cattle raised 9-10 months (gw04, gw10), sim berries macerated 8-10
months (gw05), timber air-dried a year before carving (gw08) and shrimp paste fermented 6-8 months
and sold over the following year (gw09). The constants give, per plan, what goes in each year
(fish, rice, kids, calves, logs, shrimp, areas planted) and the plan's own lag rule (which year's
input makes which year's output), the products (pack size, packs, prices), staff and wages, the
cost lines, investment, sources, loans. `model()` turns them into every table cell the plan
prints: stock in process (opening + put in - taken out - losses = closing), need of raw material
by input year against supply, capacity use, output = sum of packs x size, revenue = packs x price,
cost of goods under the lag (material bought the year before for what is sold this year), wages =
staff x wage x 12, depreciation, interest, profit, margin, sources and payback = investment /
(average profit + depreciation).

The check reads the plan's Markdown source (tables found by their caption "Bảng N. ..."), compares
every table cell with the model, then recomputes every relation from the printed numbers
themselves: planted numeric defects must be wrong by more than 5 % (the true value is printed
beside them), every other relation right within 1 % (sums of rounded figures within 0,15). Textual
defects are asserted through the absence or presence of their words; ready plans cite no replaced
instrument. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, vn  # noqa: E402

Y = (2027, 2028, 2029)
YH = ("Năm 2027", "Năm 2028", "Năm 2029")
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

STEMS = {
    "gw01": "gw01_nuoc_mam_ca_com_phuc_hai_cty",
    "gw02": "gw02_ruou_nep_u_chum_dong_loc_htx",
    "gw03": "gw03_tra_dinh_lang_son_tien_hkd",
    "gw04": "gw04_thit_de_nui_hong_tht",
    "gw05": "gw05_ruou_sim_xuan_linh_ctcp",
    "gw06": "gw06_che_bup_son_tay_htx",
    "gw07": "gw07_cam_chanh_khe_giao_hkd",
    "gw08": "gw08_do_go_my_nghe_duc_thuan_cty",
    "gw09": "gw09_mam_ruoc_xuan_hoi_gia_dinh",
    "gw10": "gw10_bo_kho_huong_lien_htx",
    "gw11": "gw11_ruou_ngo_u_men_la_so_sai",
    "gw12": "gw12_tuong_nep_thach_tri_so_sai",
}
READY = ("gw01", "gw02", "gw03", "gw04")
SKETCHY = ("gw11", "gw12")


# --------------------------------------------------------------------------- numbers and tables
def fmt(v: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{abs(v):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if v < 0 and float(f"{abs(v):.{d}f}") else "") + s


def r1(v: float) -> float:
    return round(v + 1e-9, 1)


@dataclass
class Num:
    v: float
    d: int = 1

    def __str__(self) -> str:
        return fmt(self.v, self.d)


def I(v: float) -> Num:  # noqa: E743 - an integer cell
    return Num(v, 0)


def M(v: float) -> Num:  # a money cell in triệu đồng, one decimal
    return Num(r1(v), 1)


@dataclass
class Table:
    key: str
    caption: str
    header: list[str]
    unit: str | None = None
    rows: list[list] = field(default_factory=list)

    def add(self, *cells) -> list:
        self.rows.append(list(cells))
        return self.rows[-1]

    @property
    def lab(self) -> int:
        return 1 if self.header[0] in ("TT", "STT") else 0


@dataclass
class Rel:
    """A relation the reviewer recomputes from the printed numbers: `lhs` must equal `rhs`
    (kind 'eq') or not exceed it (kind 'le'). `defect` names the planted rule when this relation
    is the planted defect (then it must be wrong by more than 5 %)."""
    name: str
    lhs: object
    rhs: object
    kind: str = "eq"
    defect: str | None = None
    abs_tol: float = 0.15
    text: bool = False


class Model:
    def __init__(self, key: str, planted: bool):
        self.key, self.planted = key, planted
        self.tables: dict[str, Table] = {}
        self.rels: list[Rel] = []
        self.f: dict[str, str] = {}
        self.v: dict[str, float] = {}
        self.has: list[str] = []
        self.lacks: list[tuple[str, str]] = []

    def table(self, key, caption, header, unit=None) -> Table:
        t = Table(key, caption, header, unit)
        self.tables[key] = t
        return t

    def eq(self, name, lhs, rhs, defect=None, abs_tol=0.15, text=False):
        self.rels.append(Rel(name, lhs, rhs, "eq", defect, abs_tol, text))

    def le(self, name, lhs, rhs, defect=None, text=False):
        self.rels.append(Rel(name, lhs, rhs, "le", defect, 0.0, text))

    def fact(self, name, value, d=0, unit=""):
        self.v[name] = value
        self.f[name] = fmt(value, d) + unit
        return self.f[name]


class Grid:
    """Cell access by (table key, row label or index, column header or index)."""

    def __init__(self, model: Model, grids: dict[str, list[list[str]]], body: str | None):
        self.m, self.grids, self.body = model, grids, body

    def __call__(self, tk: str, r, c) -> float:
        t = self.m.tables[tk]
        g = self.grids[tk]
        if isinstance(r, str):
            idx = [i for i, row in enumerate(t.rows) if row[t.lab] == r]
            if len(idx) != 1:
                raise KeyError(f"{tk}: row {r!r} found {len(idx)} times")
            r = idx[0]
        if isinstance(c, str):
            c = t.header.index(c)
        cell = g[r][c]
        return vn(cell)

    def t(self, pattern: str) -> float:
        m = re.search(pattern, self.body or "", re.S)
        if not m:
            raise KeyError(f"text not found: {pattern}")
        return vn(m.group(1))


def model_grids(m: Model) -> dict[str, list[list[str]]]:
    return {k: [[str(c) for c in row] for row in t.rows] for k, t in m.tables.items()}


def ev(x, g: Grid) -> float:
    return x(g) if callable(x) else float(x)


def cell(tk, r, c):
    return lambda g: g(tk, r, c)


def ysum(tk, rows, c):
    return lambda g: sum(g(tk, r, c) for r in rows)


# --------------------------------------------------------------------------- common parts
def history(m: Model, P: dict, cap="Kết quả sản xuất kinh doanh 2024 – 2026") -> None:
    h = P["hist"]
    u = P["unit"]
    t = m.table("hist", cap, ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"])
    rev = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    t.add("1", f"Sản lượng tiêu thụ ({u})", *[I(x) for x in h["out"]])
    t.add("2", f"Giá bán bình quân (đồng/{u})", *[I(x) for x in h["price"]])
    t.add("3", "Doanh thu (triệu đồng)", *[M(x) for x in rev])
    t.add("4", "Tổng chi phí (triệu đồng)", *[M(x) for x in h["cost"]])
    t.add("5", "Lợi nhuận (triệu đồng)", *[M(rev[i] - h["cost"][i]) for i in range(3)])
    for i, yh in enumerate(("Năm 2024", "Năm 2025", "Năm 2026")):
        m.eq(f"lịch sử: doanh thu {yh}", cell("hist", "Doanh thu (triệu đồng)", yh),
             lambda g, yh=yh: g("hist", f"Sản lượng tiêu thụ ({u})", yh)
             * g("hist", f"Giá bán bình quân (đồng/{u})", yh) / 1e6)
        m.eq(f"lịch sử: lợi nhuận {yh}", cell("hist", "Lợi nhuận (triệu đồng)", yh),
             lambda g, yh=yh: g("hist", "Doanh thu (triệu đồng)", yh)
             - g("hist", "Tổng chi phí (triệu đồng)", yh))
    m.fact("h_out2026", h["out"][2])
    m.fact("h_rev2026", rev[2], 1)
    m.fact("h_prof2026", rev[2] - h["cost"][2], 1)
    g = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    m.fact("h_growth", g, 1)
    # 2027 output not more than +35 % over 2026 (a careful plan ramps up from what it made)
    m.v["h_out"] = h["out"]


def finance(m: Model, P: dict, mat: list, ov: dict | None = None, caps: dict | None = None) -> None:
    """Prices, sales plan, staff, investment, sources, revenue, cost, summary.

    `mat`: material (cost-of-goods) lines: (label, [3 values], [3 relation callables or None]).
    `ov`: planted overrides: {"rev": {(i, y): printed}, "profit": {y: printed},
    "payback": printed, "src": [printed amounts], "cost_total": {y: printed}}.
    """
    ov = ov or {}
    caps = caps or {}
    u = P["unit"]
    prods = P["products"]
    side = P.get("side", [])
    # prices
    t = m.table("price", caps.get("price", "Sản phẩm và giá bán dự kiến"),
                ["TT", "Sản phẩm", "ĐVT", *YH], "ĐVT: đồng/đơn vị sản phẩm")
    for i, p in enumerate(prods + side):
        t.add(str(i + 1), p["label"], p["dvt"], *[I(x) for x in p["price"]])
    # sales plan
    t = m.table("sales", caps.get("sales", "Kế hoạch sản lượng tiêu thụ 2027 – 2029"),
                ["TT", "Sản phẩm", "ĐVT", *YH])
    for i, p in enumerate(prods + side):
        t.add(str(i + 1), p["label"], p["dvt"], *[I(x) for x in p["packs"]])
    out = [sum(p["packs"][y] * p["size"] for p in prods) for y in range(3)]
    od = P.get("out_dec", 0)
    t.add("", f"Cộng quy ra {u}", u, *[Num(x, od) for x in out])
    for y, yh in enumerate(YH):
        m.eq(f"sản lượng quy đổi {yh}", cell("sales", f"Cộng quy ra {u}", yh),
             lambda g, yh=yh: sum(g("sales", p["label"], yh) * p["size"] for p in prods), abs_tol=0.6)
    m.v["out"] = out
    for y in range(3):
        m.fact(f"out{Y[y]}", out[y], od)
    # staff
    t = m.table("staff", caps.get("staff", "Lao động và tiền lương"), ["TT", "Bộ phận", *YH])
    for i, (role, n) in enumerate(P["roles"]):
        t.add(str(i + 1), role, *[I(x) for x in n])
    staff = [sum(n[y] for _, n in P["roles"]) for y in range(3)]
    wage = P["wage"]
    fund = [staff[y] * wage[y] * 12 for y in range(3)]
    t.add("", "Tổng số lao động (người)", *[I(x) for x in staff])
    t.add("", "Lương bình quân (triệu đồng/tháng)", *[Num(x, 1) for x in wage])
    t.add("", "Quỹ lương (triệu đồng/năm)", *[M(x) for x in fund])
    for yh in YH:
        m.eq(f"tổng lao động {yh}", cell("staff", "Tổng số lao động (người)", yh),
             ysum("staff", [r for r, _ in P["roles"]], yh))
        m.eq(f"quỹ lương {yh}", cell("staff", "Quỹ lương (triệu đồng/năm)", yh),
             lambda g, yh=yh: g("staff", "Tổng số lao động (người)", yh)
             * g("staff", "Lương bình quân (triệu đồng/tháng)", yh) * 12)
    for y in range(3):
        m.fact(f"staff{Y[y]}", staff[y])
        m.fact(f"wage{Y[y]}", wage[y], 1)
    # investment and sources
    t = m.table("inv", caps.get("inv", "Tổng vốn đầu tư của phương án"),
                ["TT", "Hạng mục", "Thành tiền"], "ĐVT: triệu đồng")
    for i, (lab, amt, _fx) in enumerate(P["inv"]):
        t.add(str(i + 1), lab, M(amt))
    inv_total = sum(a for _, a, _ in P["inv"])
    t.add("", "Tổng cộng", M(inv_total))
    m.eq("tổng vốn đầu tư = cộng các hạng mục", cell("inv", "Tổng cộng", "Thành tiền"),
         ysum("inv", [lab for lab, _, _ in P["inv"]], "Thành tiền"),
         defect=ov.get("inv_defect"))
    fixed = sum(a for _, a, fx in P["inv"] if fx)
    dep = fixed / P["life"]
    src_amt = ov.get("src", [a for _, a in P["src"]])
    src_total = sum(src_amt)
    t = m.table("src", caps.get("src", "Cơ cấu nguồn vốn"), ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"],
                "ĐVT: triệu đồng")
    for i, ((lab, _), a) in enumerate(zip(P["src"], src_amt)):
        t.add(str(i + 1), lab, M(a), Num(a / src_total * 100, 1))
    t.add("", "Tổng nguồn vốn", M(src_total), Num(100, 1))
    m.eq("tổng nguồn vốn = cộng các nguồn", cell("src", "Tổng nguồn vốn", "Số tiền"),
         ysum("src", [lab for lab, _ in P["src"]], "Số tiền"))
    for lab, _ in P["src"]:
        m.eq(f"tỷ lệ nguồn {lab}", cell("src", lab, "Tỷ lệ (%)"),
             lambda g, lab=lab: g("src", lab, "Số tiền") / g("src", "Tổng nguồn vốn", "Số tiền") * 100,
             abs_tol=0.06)
    m.eq("nguồn vốn = tổng vốn đầu tư", cell("src", "Tổng nguồn vốn", "Số tiền"),
         cell("inv", "Tổng cộng", "Thành tiền"), defect=ov.get("src_defect"))
    m.fact("inv_total", inv_total, 1)
    m.fact("src_total", src_total, 1)
    m.fact("fixed", fixed, 1)
    m.fact("dep", dep, 1)
    for (lab, a), pa in zip(P["src"], src_amt):
        m.fact("src:" + lab, pa, 1)
    m.v["inv_total"], m.v["dep"] = inv_total, dep
    # revenue
    t = m.table("rev", caps.get("rev", "Doanh thu dự kiến 2027 – 2029"), ["TT", "Sản phẩm", *YH],
                "ĐVT: triệu đồng")
    rev_rows = []
    for i, p in enumerate(prods + side):
        vals = []
        for y in range(3):
            true = p["packs"][y] * p["price"][y] / 1e6
            vals.append(ov.get("rev", {}).get((i, y), true))
        rev_rows.append(vals)
        t.add(str(i + 1), p["label"], *[M(x) for x in vals])
        for y, yh in enumerate(YH):
            m.eq(f"doanh thu {p['label']} {yh}", cell("rev", p["label"], yh),
                 lambda g, p=p, yh=yh: g("sales", p["label"], yh) * g("price", p["label"], yh) / 1e6,
                 defect=ov.get("rev_defect") if (i, y) in ov.get("rev", {}) else None)
    rev = [sum(r1(row[y]) for row in rev_rows) for y in range(3)]
    t.add("", "Tổng doanh thu", *[M(x) for x in rev])
    for yh in YH:
        m.eq(f"tổng doanh thu {yh}", cell("rev", "Tổng doanh thu", yh),
             ysum("rev", [p["label"] for p in prods + side], yh))
    for y in range(3):
        m.fact(f"rev{Y[y]}", rev[y], 1)
    m.v["rev"] = rev
    # cost
    t = m.table("cost", caps.get("cost", "Chi phí sản xuất kinh doanh"), ["TT", "Khoản mục", *YH],
                "ĐVT: triệu đồng")
    lines = []
    for lab, vals, rels in mat:
        lines.append((lab, vals))
        for y, yh in enumerate(YH):
            if rels and rels[y] is not None:
                m.eq(f"chi phí {lab} {yh}", cell("cost", lab, yh), rels[y])
    pack = [sum(p["packs"][y] * p["pc"] for p in prods) / 1e6 for y in range(3)]
    plab = P.get("pack_label", "Bao bì, đóng gói")
    lines.append((plab, pack))
    for yh in YH:
        m.eq(f"bao bì {yh}", cell("cost", plab, yh),
             lambda g, yh=yh: sum(g("sales", p["label"], yh) * p["pc"] for p in prods) / 1e6)
    lines.append(("Tiền lương, tiền công", fund))
    for yh in YH:
        m.eq(f"tiền lương {yh}", cell("cost", "Tiền lương, tiền công", yh),
             cell("staff", "Quỹ lương (triệu đồng/năm)", yh))
    for key in ("energy", "sell"):
        lab, vals = P[key]
        lines.append((lab, vals))
    for lab, vals, fn in P.get("extra", []):
        lines.append((lab, vals))
        if fn is not None:
            for y, yh in enumerate(YH):
                m.eq(f"{lab} {yh}", cell("cost", lab, yh), lambda g, y=y, yh=yh, fn=fn: fn(g, y, yh))
    lines.append(("Khấu hao tài sản cố định", [dep] * 3))
    fixed_labels = [lab for lab, _, fx in P["inv"] if fx]
    for yh in YH:
        m.eq(f"khấu hao {yh}", cell("cost", "Khấu hao tài sản cố định", yh),
             lambda g: sum(g("inv", lab, "Thành tiền") for lab in fixed_labels) / P["life"])
    interest = [b * P["rate"] for b in P["loan"]]
    lines.append(("Lãi vay ngân hàng", interest))
    for y, yh in enumerate(YH):
        m.eq(f"lãi vay {yh}", cell("cost", "Lãi vay ngân hàng", yh), P["loan"][y] * P["rate"])
    lab, vals = P["other"]
    lines.append((lab, vals))
    for i, (lab, vals) in enumerate(lines):
        t.add(str(i + 1), lab, *[M(x) for x in vals])
    cost_true = [sum(r1(v[y]) for _, v in lines) for y in range(3)]
    cost = [ov.get("cost_total", {}).get(y, cost_true[y]) for y in range(3)]
    t.add("", "Tổng chi phí", *[M(x) for x in cost])
    for y, yh in enumerate(YH):
        m.eq(f"tổng chi phí {yh}", cell("cost", "Tổng chi phí", yh),
             ysum("cost", [lab for lab, _ in lines], yh),
             defect=ov.get("cost_defect") if y in ov.get("cost_total", {}) else None)
    m.v["cost"], m.v["cost_true"] = cost, cost_true
    for y in range(3):
        m.fact(f"cost{Y[y]}", cost[y], 1)
    for i, (lab, vals) in enumerate(lines):
        m.v["line:" + lab] = vals
    # summary
    t = m.table("sum", caps.get("sum", "Tổng hợp hiệu quả kinh tế"), ["TT", "Chỉ tiêu", *YH],
                "ĐVT: triệu đồng")
    prof_true = [r1(rev[y]) - r1(cost[y]) for y in range(3)]
    prof = [ov.get("profit", {}).get(y, prof_true[y]) for y in range(3)]
    t.add("1", "Doanh thu", *[M(x) for x in rev])
    t.add("2", "Tổng chi phí", *[M(x) for x in cost])
    t.add("3", "Lợi nhuận", *[M(x) for x in prof])
    t.add("4", "Tỷ suất lợi nhuận/doanh thu (%)", *[Num(prof[y] / rev[y] * 100, 1) for y in range(3)])
    for y, yh in enumerate(YH):
        m.eq(f"tổng hợp: doanh thu {yh}", cell("sum", "Doanh thu", yh), cell("rev", "Tổng doanh thu", yh))
        m.eq(f"tổng hợp: chi phí {yh}", cell("sum", "Tổng chi phí", yh), cell("cost", "Tổng chi phí", yh))
        m.eq(f"lợi nhuận = doanh thu - chi phí {yh}", cell("sum", "Lợi nhuận", yh),
             lambda g, yh=yh: g("sum", "Doanh thu", yh) - g("sum", "Tổng chi phí", yh),
             defect=ov.get("profit_defect") if y in ov.get("profit", {}) else None)
        m.eq(f"tỷ suất {yh}", cell("sum", "Tỷ suất lợi nhuận/doanh thu (%)", yh),
             lambda g, yh=yh: g("sum", "Lợi nhuận", yh) / g("sum", "Doanh thu", yh) * 100, abs_tol=0.06)
    for y in range(3):
        m.fact(f"prof{Y[y]}", prof[y], 1)
        m.fact(f"margin{Y[y]}", prof[y] / rev[y] * 100, 1)
    m.v["prof"], m.v["prof_true"] = prof, prof_true
    avg = sum(prof) / 3
    pb = inv_total / (avg + dep)
    m.fact("avgprof", avg, 1)
    pb_print = ov.get("payback", round(pb, 1))
    m.fact("payback", pb_print, 1)
    m.fact("payback_true", round(inv_total / (sum(prof_true) / 3 + dep), 1), 1)
    m.eq("thời gian hoàn vốn = vốn / (lợi nhuận bình quân + khấu hao)",
         lambda g: g.t(r"hoàn vốn[^.]*?khoảng ([\d.,]+) năm"),
         lambda g: g("inv", "Tổng cộng", "Thành tiền")
         / (sum(g("sum", "Lợi nhuận", yh) for yh in YH) / 3 + dep),
         defect=ov.get("payback_defect"), abs_tol=0.051, text=True)
    m.has.append(f"khoảng {m.f['payback']} năm")
    # growth: true revenue under +35 % a year unless planted
    for y in (1, 2):
        m.le(f"tăng trưởng doanh thu {YH[y]} (%)",
             lambda g, y=y: (g("rev", "Tổng doanh thu", YH[y]) / g("rev", "Tổng doanh thu", YH[y - 1]) - 1) * 100,
             35, defect=ov.get("growth_defect"))
    m.le("doanh thu 2027 so với 2026 (%)",
         lambda g: (g("rev", "Tổng doanh thu", YH[0]) / g("hist", "Doanh thu (triệu đồng)", "Năm 2026") - 1) * 100,
         45, defect=ov.get("growth_defect"))
    for y in range(3):
        if not ov.get("growth_defect") and not ov.get("rev") and not ov.get("profit"):
            m.le(f"tỷ suất lợi nhuận thật {YH[y]} (%)", prof_true[y] / rev[y] * 100, 35)
        m.le(f"lợi nhuận thật dương {YH[y]}", -prof_true[y], 0)


def papers(m: Model, rows: list[tuple[str, str, str]], cap="Hồ sơ pháp lý và chất lượng") -> None:
    t = m.table("papers", cap, ["TT", "Hồ sơ", "Số, ngày", "Hiệu lực, tiến độ"])
    for i, (a, b, c) in enumerate(rows):
        t.add(str(i + 1), a, b, c)




# =========================================================================== gw01 nước mắm
GW01 = dict(
    unit="lít",
    fish={2026: 47500, 2027: 52500, 2028: 57000, 2029: 60000},
    fish_price={2026: 14000, 2027: 14500, 2028: 15000, 2029: 15500},
    salt_price={2026: 2800, 2027: 3000, 2028: 3000, 2029: 3200},
    yield_l=0.6, ratio=3, target2030=36000, vats=55, vat_t=1.8,
    supply=[("Tổ đoàn kết nghề cá Thiên Cầm (8 tàu × 5.500 kg)", 44000),
            ("Vựa cá Cẩm Nhượng (hợp đồng)", 22000)],
    salt_supply=24000,
    products=[dict(label="Nước mắm cốt 40 độ đạm, chai 500 ml", dvt="chai", size=0.5,
                   packs=[8000, 9000, 10000], price=[90000, 93000, 96000], pc=6000),
              dict(label="Nước mắm 30 độ đạm, chai 1 lít", dvt="chai", size=1,
                   packs=[14500, 16000, 17200], price=[65000, 67000, 69000], pc=7500),
              dict(label="Nước mắm 20 độ đạm, can 5 lít", dvt="can", size=5,
                   packs=[2000, 2200, 2400], price=[180000, 185000, 190000], pc=14000)],
    hist=dict(out=[21000, 23500, 26000], price=[62000, 64000, 66000], cost=[1140.0, 1275.0, 1420.0]),
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối, đảo chượp, rút mắm", [2, 2, 3]),
           ("Lọc, chiết rót, đóng thùng", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 2, 2])],
    wage=[5.6, 5.9, 6.2],
    energy=("Điện, nước", [36, 40, 44]), sell=("Bán hàng, vận chuyển, hội chợ", [110, 125, 140]),
    other=("Thuế, phí và chi phí khác", [40, 42, 45]),
    inv=[("10 thùng gỗ bời lời ủ chượp 1,8 tấn", 150, True),
         ("Mở rộng nhà ủ chượp 120 m²", 260, True),
         ("Máy lọc, dây chuyền chiết rót bán tự động", 140, True),
         ("Bao bì, mã vạch, tem truy xuất", 40, False),
         ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
         ("Vốn lưu động (cá, muối ủ năm 2027)", 480, False)],
    src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[500, 400, 300], rate=0.08,
)


def gw01(m: Model) -> None:
    P = GW01
    fish = P["fish"]
    salt = {y: round(fish[y] / P["ratio"]) for y in fish}
    chuop = {y: (fish[y] + salt[y]) / 1000 for y in fish}
    litres = {y: fish[y] * P["yield_l"] for y in fish}
    history(m, P)
    # lag table
    t = m.table("lag", "Năm muối chượp và năm rút, bán nước mắm",
                ["TT", "Vụ cá", "Cá cơm (kg)", "Muối (kg)", "Nước mắm (lít)", "Năm rút, bán"])
    for i, y in enumerate(sorted(fish)):
        t.add(str(i + 1), f"Vụ {y}", I(fish[y]), I(salt[y]), I(litres[y]), f"Năm {y + 1}")
        m.eq(f"muối = cá : 3, vụ {y}", cell("lag", f"Vụ {y}", "Muối (kg)"),
             lambda g, y=y: g("lag", f"Vụ {y}", "Cá cơm (kg)") / 3, abs_tol=1)
        m.eq(f"nước mắm rút = cá × 0,6, vụ {y}", cell("lag", f"Vụ {y}", "Nước mắm (lít)"),
             lambda g, y=y: g("lag", f"Vụ {y}", "Cá cơm (kg)") * 0.6)
    for y in range(2026, 2029):
        m.eq(f"lít rút từ vụ {y} = sản lượng bán năm {y + 1}", cell("lag", f"Vụ {y}", "Nước mắm (lít)"),
             cell("sales", "Cộng quy ra lít", f"Năm {y + 1}"))
    m.eq("lít rút từ vụ 2029 = mục tiêu bán năm 2030",
         cell("lag", "Vụ 2029", "Nước mắm (lít)"),
         lambda g: g.t(r"năm 2030[^.]*?bán khoảng ([\d.]+) lít"), text=True)
    # need and supply by salting year
    t = m.table("need", "Cá cơm, muối cần theo năm muối chượp và nguồn cung",
                ["TT", "Chỉ tiêu", *YH], "ĐVT: kg")
    sup = P["supply"]
    for i, (lab, q) in enumerate(sup):
        t.add(str(i + 1), lab, *[I(q)] * 3)
    tot = sum(q for _, q in sup)
    t.add("", "Tổng nguồn cá cơm", *[I(tot)] * 3)
    t.add("", "Cá cơm cần muối trong năm", *[I(fish[y]) for y in Y])
    t.add("", "Cá cơm còn dư", *[I(tot - fish[y]) for y in Y])
    t.add("", "Muối theo hợp đồng", *[I(P["salt_supply"])] * 3)
    t.add("", "Muối cần trong năm", *[I(salt[y]) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"nguồn cá {yh}", cell("need", "Tổng nguồn cá cơm", yh), ysum("need", [l for l, _ in sup], yh))
        m.eq(f"cá cần {yh} = vụ cá {y}", cell("need", "Cá cơm cần muối trong năm", yh),
             cell("lag", f"Vụ {y}", "Cá cơm (kg)"))
        m.eq(f"cá dư {yh}", cell("need", "Cá cơm còn dư", yh),
             lambda g, yh=yh: g("need", "Tổng nguồn cá cơm", yh) - g("need", "Cá cơm cần muối trong năm", yh))
        m.eq(f"muối cần {yh}", cell("need", "Muối cần trong năm", yh), cell("lag", f"Vụ {y}", "Muối (kg)"))
        m.le(f"cá cần ≤ nguồn {yh}", cell("need", "Cá cơm cần muối trong năm", yh),
             cell("need", "Tổng nguồn cá cơm", yh))
        m.le(f"muối cần ≤ hợp đồng {yh}", cell("need", "Muối cần trong năm", yh),
             cell("need", "Muối theo hợp đồng", yh))
    # vats: stock in process
    cap_t = P["vats"] * P["vat_t"]
    t = m.table("vat", "Chượp đang ủ trong thùng và sức chứa", ["TT", "Chỉ tiêu", *YH])
    rows = [("Chượp đang ủ đầu năm (tấn)", [chuop[y - 1] for y in Y]),
            ("Chượp muối mới trong năm (tấn)", [chuop[y] for y in Y]),
            ("Chượp đã đủ 12 tháng, rút hết (tấn)", [chuop[y - 1] for y in Y]),
            ("Chượp đang ủ cuối năm (tấn)", [chuop[y] for y in Y])]
    for i, (lab, vals) in enumerate(rows):
        t.add(str(i + 1), lab, *[Num(x, 1) for x in vals])
    t.add("5", "Số thùng gỗ ủ chượp (thùng)", *[I(P["vats"])] * 3)
    t.add("6", "Sức chứa (tấn chượp)", *[Num(cap_t, 1)] * 3)
    t.add("7", "Tỷ lệ sử dụng cuối năm (%)", *[Num(chuop[y] / cap_t * 100, 1) for y in Y])
    val = {y: (fish[y] * P["fish_price"][y] + salt[y] * P["salt_price"][y]) / 1e6 for y in fish}
    t.add("8", "Giá trị chượp tồn cuối năm (triệu đồng)", *[M(val[y]) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"chượp cuối năm = đầu + mới - rút {yh}", cell("vat", "Chượp đang ủ cuối năm (tấn)", yh),
             lambda g, yh=yh: g("vat", "Chượp đang ủ đầu năm (tấn)", yh)
             + g("vat", "Chượp muối mới trong năm (tấn)", yh)
             - g("vat", "Chượp đã đủ 12 tháng, rút hết (tấn)", yh), abs_tol=0.11)
        m.eq(f"chượp mới {yh} = cá + muối vụ {y}", cell("vat", "Chượp muối mới trong năm (tấn)", yh),
             lambda g, y=y: (g("lag", f"Vụ {y}", "Cá cơm (kg)") + g("lag", f"Vụ {y}", "Muối (kg)")) / 1000,
             abs_tol=0.06)
        m.eq(f"chượp rút {yh} = chượp vụ {y - 1}", cell("vat", "Chượp đã đủ 12 tháng, rút hết (tấn)", yh),
             lambda g, y=y: (g("lag", f"Vụ {y - 1}", "Cá cơm (kg)") + g("lag", f"Vụ {y - 1}", "Muối (kg)")) / 1000,
             abs_tol=0.06)
        m.eq(f"sức chứa {yh}", cell("vat", "Sức chứa (tấn chượp)", yh),
             lambda g, yh=yh: g("vat", "Số thùng gỗ ủ chượp (thùng)", yh) * 1.8)
        m.eq(f"tỷ lệ sử dụng thùng {yh}", cell("vat", "Tỷ lệ sử dụng cuối năm (%)", yh),
             lambda g, yh=yh: g("vat", "Chượp đang ủ cuối năm (tấn)", yh) / g("vat", "Sức chứa (tấn chượp)", yh) * 100,
             abs_tol=0.06)
        m.le(f"chượp ≤ sức chứa {yh}", cell("vat", "Tỷ lệ sử dụng cuối năm (%)", yh), 85)
        m.eq(f"giá trị chượp tồn {yh}", cell("vat", "Giá trị chượp tồn cuối năm (triệu đồng)", yh),
             lambda g, y=y: (g("lag", f"Vụ {y}", "Cá cơm (kg)") * P["fish_price"][y]
                             + g("lag", f"Vụ {y}", "Muối (kg)") * P["salt_price"][y]) / 1e6)
    for y in Y[1:]:
        m.eq(f"chượp đầu năm {y} = cuối năm {y - 1}", cell("vat", "Chượp đang ủ đầu năm (tấn)", f"Năm {y}"),
             cell("vat", "Chượp đang ủ cuối năm (tấn)", f"Năm {y - 1}"))
    # cost of goods under the lag
    t = m.table("giavon", "Giá vốn cá, muối của nước mắm bán trong năm (muối từ năm trước)",
                ["TT", "Chỉ tiêu", *YH])
    t.add("1", "Cá cơm đã muối năm trước (kg)", *[I(fish[y - 1]) for y in Y])
    t.add("2", "Giá cá năm trước (đồng/kg)", *[I(P["fish_price"][y - 1]) for y in Y])
    t.add("3", "Tiền cá (triệu đồng)", *[M(fish[y - 1] * P["fish_price"][y - 1] / 1e6) for y in Y])
    t.add("4", "Muối đã dùng năm trước (kg)", *[I(salt[y - 1]) for y in Y])
    t.add("5", "Giá muối năm trước (đồng/kg)", *[I(P["salt_price"][y - 1]) for y in Y])
    t.add("6", "Tiền muối (triệu đồng)", *[M(salt[y - 1] * P["salt_price"][y - 1] / 1e6) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"giá vốn: cá muối năm {y - 1}", cell("giavon", "Cá cơm đã muối năm trước (kg)", yh),
             cell("lag", f"Vụ {y - 1}", "Cá cơm (kg)"))
        m.eq(f"giá vốn: muối năm {y - 1}", cell("giavon", "Muối đã dùng năm trước (kg)", yh),
             cell("lag", f"Vụ {y - 1}", "Muối (kg)"))
        for a, b, c in (("Tiền cá (triệu đồng)", "Cá cơm đã muối năm trước (kg)", "Giá cá năm trước (đồng/kg)"),
                        ("Tiền muối (triệu đồng)", "Muối đã dùng năm trước (kg)", "Giá muối năm trước (đồng/kg)")):
            m.eq(f"giá vốn: {a} {yh}", cell("giavon", a, yh),
                 lambda g, b=b, c=c, yh=yh: g("giavon", b, yh) * g("giavon", c, yh) / 1e6)
    mat = [("Cá cơm (giá vốn, muối năm trước)", [fish[y - 1] * P["fish_price"][y - 1] / 1e6 for y in Y],
            [cell("giavon", "Tiền cá (triệu đồng)", yh) for yh in YH]),
           ("Muối hạt (giá vốn, muối năm trước)", [salt[y - 1] * P["salt_price"][y - 1] / 1e6 for y in Y],
            [cell("giavon", "Tiền muối (triệu đồng)", yh) for yh in YH])]
    finance(m, P, mat)
    for y in fish:
        m.fact(f"fish{y}", fish[y])
        m.fact(f"salt{y}", salt[y])
        m.fact(f"lit{y}", litres[y])
        m.fact(f"chuop{y}", chuop[y], 1)
        m.fact(f"val{y}", val[y], 1)
    m.fact("cap_t", cap_t, 1)
    m.fact("fish_sup", tot)
    for y in Y:
        m.fact(f"use{y}", chuop[y] / cap_t * 100, 1)
        m.fact(f"spare{y}", (tot - fish[y]) / fish[y] * 100, 1)
    m.fact("target2030", P["target2030"])



def excise(prods):
    """Special consumption tax on spirits: 65 % of the price before the tax, printed prices
    include it, so the tax is revenue x 65 / 165."""
    return [sum(p["packs"][y] * p["price"][y] for p in prods) / 1e6 * 65 / 165 for y in range(3)]


def excise_rel(g, y, yh):
    return g("rev", "Tổng doanh thu", yh) * 65 / 165


# =========================================================================== gw02 rượu nếp ủ chum
GW02 = dict(
    unit="lít",
    rice={2026: 22500, 2027: 25000, 2028: 27500, 2029: 30000},
    rice_price={2026: 24000, 2027: 25000, 2028: 26000, 2029: 27000},
    new_per_kg=0.75, loss=0.04, men_per=40, men_price=120000,
    jars=540, jar_l=50, stills=3, still_l=45, still_days=250,
    supply=[("Ruộng nếp của thành viên (8 ha × 3.600 kg)", 28800),
            ("Hộ trồng nếp thôn Vĩnh Lộc (15 hộ × 500 kg)", 7500)],
    products=[dict(label="Rượu nếp ủ chum 35 độ, chai 500 ml", dvt="chai", size=0.5,
                   packs=[14000, 15600, 17000], price=[150000, 155000, 160000], pc=14000),
              dict(label="Rượu nếp ủ chum 35 độ, bình gốm 1,5 lít", dvt="bình", size=1.5,
                   packs=[2800, 3200, 3600], price=[480000, 495000, 510000], pc=60000),
              dict(label="Rượu nếp ủ chum 40 độ, can 5 lít", dvt="can", size=5,
                   packs=[1000, 1080, 1180], price=[900000, 930000, 960000], pc=20000)],
    hist=dict(out=[12800, 14200, 15300], price=[240000, 250000, 258000], cost=[2720.0, 3080.0, 3390.0]),
    roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
           ("Quản lý chum, lọc, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
    wage=[5.8, 6.1, 6.4],
    energy=("Củi trấu, điện, nước", [60, 66, 72]), sell=("Bán hàng, quảng bá", [150, 165, 180]),
    other=("Phí, lệ phí và chi phí khác", [40, 42, 45]),
    inv=[("Mua thêm 180 chum sành 50 lít", 100, True),
         ("Nhà ủ chum 80 m² (nền đất nện, mái ngói)", 320, True),
         ("Nồi chưng cất inox thứ ba", 85, True),
         ("Máy lọc, khử andehit, chiết rót", 180, True),
         ("Bao bì, nhãn, tem truy xuất", 50, False),
         ("Kiểm nghiệm, công bố, nhãn hiệu", 35, False),
         ("Vốn lưu động (gạo, rượu trong chum 12 tháng)", 450, False)],
    src=[("Vốn góp của thành viên", 420), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    life=10, loan=[600, 480, 360], rate=0.08,
)


def gw02(m: Model) -> None:
    P = GW02
    rice = P["rice"]
    new = {y: rice[y] * P["new_per_kg"] for y in rice}
    loss = {y: new[y] * P["loss"] for y in rice}
    aged = {y: new[y] - loss[y] for y in rice}
    men = {y: rice[y] / P["men_per"] for y in rice}
    history(m, P)
    t = m.table("lag", "Gạo nấu trong năm, rượu hạ chum và năm xuất bán",
                ["TT", "Năm nấu", "Gạo nếp (kg)", "Rượu mới (lít)", "Hao hụt 4 % (lít)", "Xuất chum (lít)"])
    for i, y in enumerate(sorted(rice)):
        lab = f"Năm {y} (bán {y + 1})"
        t.add(str(i + 1), lab, I(rice[y]), I(new[y]), I(loss[y]), I(aged[y]))
        m.eq(f"rượu mới = gạo × 0,75, {y}", cell("lag", lab, "Rượu mới (lít)"),
             lambda g, lab=lab: g("lag", lab, "Gạo nếp (kg)") * 0.75)
        m.eq(f"hao hụt 4 %, {y}", cell("lag", lab, "Hao hụt 4 % (lít)"),
             lambda g, lab=lab: g("lag", lab, "Rượu mới (lít)") * 0.04, abs_tol=1)
        m.eq(f"xuất chum = mới - hao hụt, {y}", cell("lag", lab, "Xuất chum (lít)"),
             lambda g, lab=lab: g("lag", lab, "Rượu mới (lít)") - g("lag", lab, "Hao hụt 4 % (lít)"), abs_tol=1)
    for y in range(2026, 2029):
        m.eq(f"rượu nấu {y} = sản lượng bán {y + 1}", cell("lag", f"Năm {y} (bán {y + 1})", "Xuất chum (lít)"),
             cell("sales", "Cộng quy ra lít", f"Năm {y + 1}"))
    m.eq("rượu nấu 2029 = mục tiêu bán 2030", cell("lag", "Năm 2029 (bán 2030)", "Xuất chum (lít)"),
         lambda g: g.t(r"năm 2030[^.]*?([\d.]+) lít"), text=True)
    # rice need and supply
    t = m.table("need", "Gạo nếp cần cho năm nấu và nguồn cung", ["TT", "Chỉ tiêu", *YH], "ĐVT: kg")
    sup = P["supply"]
    tot = sum(q for _, q in sup)
    for i, (lab, q) in enumerate(sup):
        t.add(str(i + 1), lab, *[I(q)] * 3)
    t.add("", "Tổng nguồn gạo nếp", *[I(tot)] * 3)
    t.add("", "Gạo nếp cần nấu trong năm", *[I(rice[y]) for y in Y])
    t.add("", "Gạo nếp còn dư", *[I(tot - rice[y]) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"nguồn gạo {yh}", cell("need", "Tổng nguồn gạo nếp", yh), ysum("need", [l for l, _ in sup], yh))
        m.eq(f"gạo cần {yh}", cell("need", "Gạo nếp cần nấu trong năm", yh),
             cell("lag", f"Năm {y} (bán {y + 1})", "Gạo nếp (kg)"))
        m.eq(f"gạo dư {yh}", cell("need", "Gạo nếp còn dư", yh),
             lambda g, yh=yh: g("need", "Tổng nguồn gạo nếp", yh) - g("need", "Gạo nếp cần nấu trong năm", yh))
        m.le(f"gạo cần ≤ nguồn {yh}", cell("need", "Gạo nếp cần nấu trong năm", yh),
             cell("need", "Tổng nguồn gạo nếp", yh))
    # jars and stills
    cap = P["jars"] * P["jar_l"]
    still = P["stills"] * P["still_l"] * P["still_days"]
    t = m.table("jar", "Rượu đang ủ trong chum, sức chứa chum và công suất nồi", ["TT", "Chỉ tiêu", *YH])
    rows = [("Rượu trong chum đầu năm (lít)", [new[y - 1] for y in Y]),
            ("Rượu mới hạ chum trong năm (lít)", [new[y] for y in Y]),
            ("Rượu đủ 12 tháng, xuất chum (lít)", [aged[y - 1] for y in Y]),
            ("Hao hụt bay hơi (lít)", [loss[y - 1] for y in Y]),
            ("Rượu trong chum cuối năm (lít)", [new[y] for y in Y]),
            ("Sức chứa 540 chum × 50 lít (lít)", [cap] * 3),
            ("Tỷ lệ sử dụng chum (%)", None),
            ("Công suất 3 nồi chưng cất (lít/năm)", [still] * 3),
            ("Tỷ lệ sử dụng nồi (%)", None)]
    for i, (lab, vals) in enumerate(rows):
        if lab == "Tỷ lệ sử dụng chum (%)":
            vals, d = [new[y] / cap * 100 for y in Y], 1
        elif lab == "Tỷ lệ sử dụng nồi (%)":
            vals, d = [new[y] / still * 100 for y in Y], 1
        else:
            d = 0
        t.add(str(i + 1), lab, *[Num(x, d) for x in vals])
    for y, yh in zip(Y, YH):
        m.eq(f"chum cuối năm {yh}", cell("jar", "Rượu trong chum cuối năm (lít)", yh),
             lambda g, yh=yh: g("jar", "Rượu trong chum đầu năm (lít)", yh)
             + g("jar", "Rượu mới hạ chum trong năm (lít)", yh)
             - g("jar", "Rượu đủ 12 tháng, xuất chum (lít)", yh) - g("jar", "Hao hụt bay hơi (lít)", yh), abs_tol=1)
        m.eq(f"xuất chum {yh} = bán {yh}", cell("jar", "Rượu đủ 12 tháng, xuất chum (lít)", yh),
             cell("sales", "Cộng quy ra lít", yh))
        m.eq(f"hạ chum {yh} = rượu mới năm {y}", cell("jar", "Rượu mới hạ chum trong năm (lít)", yh),
             cell("lag", f"Năm {y} (bán {y + 1})", "Rượu mới (lít)"))
        m.eq(f"sức chứa chum {yh}", cell("jar", "Sức chứa 540 chum × 50 lít (lít)", yh), 540 * 50)
        m.eq(f"tỷ lệ chum {yh}", cell("jar", "Tỷ lệ sử dụng chum (%)", yh),
             lambda g, yh=yh: g("jar", "Rượu trong chum cuối năm (lít)", yh)
             / g("jar", "Sức chứa 540 chum × 50 lít (lít)", yh) * 100, abs_tol=0.06)
        m.le(f"chum ≤ 85 % {yh}", cell("jar", "Tỷ lệ sử dụng chum (%)", yh), 85)
        m.eq(f"công suất nồi {yh}", cell("jar", "Công suất 3 nồi chưng cất (lít/năm)", yh), 3 * 45 * 250)
        m.eq(f"tỷ lệ nồi {yh}", cell("jar", "Tỷ lệ sử dụng nồi (%)", yh),
             lambda g, yh=yh: g("jar", "Rượu mới hạ chum trong năm (lít)", yh)
             / g("jar", "Công suất 3 nồi chưng cất (lít/năm)", yh) * 100, abs_tol=0.06)
        m.le(f"nồi ≤ 85 % {yh}", cell("jar", "Tỷ lệ sử dụng nồi (%)", yh), 85)
    for y in Y[1:]:
        m.eq(f"chum đầu {y} = cuối {y - 1}", cell("jar", "Rượu trong chum đầu năm (lít)", f"Năm {y}"),
             cell("jar", "Rượu trong chum cuối năm (lít)", f"Năm {y - 1}"))
    # cost of goods
    t = m.table("giavon", "Giá vốn gạo nếp, men lá của rượu bán trong năm (nấu năm trước)",
                ["TT", "Chỉ tiêu", *YH])
    t.add("1", "Gạo nếp đã nấu năm trước (kg)", *[I(rice[y - 1]) for y in Y])
    t.add("2", "Giá gạo năm trước (đồng/kg)", *[I(P["rice_price"][y - 1]) for y in Y])
    t.add("3", "Tiền gạo nếp (triệu đồng)", *[M(rice[y - 1] * P["rice_price"][y - 1] / 1e6) for y in Y])
    t.add("4", "Men lá, 1 kg cho 40 kg gạo (kg)", *[Num(men[y - 1], 1) for y in Y])
    t.add("5", "Tiền men lá (triệu đồng)", *[M(men[y - 1] * P["men_price"] / 1e6) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"giá vốn gạo năm {y - 1}", cell("giavon", "Gạo nếp đã nấu năm trước (kg)", yh),
             cell("lag", f"Năm {y - 1} (bán {y})", "Gạo nếp (kg)"))
        m.eq(f"tiền gạo {yh}", cell("giavon", "Tiền gạo nếp (triệu đồng)", yh),
             lambda g, yh=yh: g("giavon", "Gạo nếp đã nấu năm trước (kg)", yh)
             * g("giavon", "Giá gạo năm trước (đồng/kg)", yh) / 1e6)
        m.eq(f"men lá {yh}", cell("giavon", "Men lá, 1 kg cho 40 kg gạo (kg)", yh),
             lambda g, yh=yh: g("giavon", "Gạo nếp đã nấu năm trước (kg)", yh) / 40, abs_tol=0.06)
        m.eq(f"tiền men {yh}", cell("giavon", "Tiền men lá (triệu đồng)", yh),
             lambda g, yh=yh: g("giavon", "Men lá, 1 kg cho 40 kg gạo (kg)", yh) * 120000 / 1e6)
    mat = [("Gạo nếp (giá vốn, nấu năm trước)", [rice[y - 1] * P["rice_price"][y - 1] / 1e6 for y in Y],
            [cell("giavon", "Tiền gạo nếp (triệu đồng)", yh) for yh in YH]),
           ("Men lá (giá vốn, nấu năm trước)", [men[y - 1] * P["men_price"] / 1e6 for y in Y],
            [cell("giavon", "Tiền men lá (triệu đồng)", yh) for yh in YH])]
    P["extra"] = [("Thuế tiêu thụ đặc biệt (65 %)", excise(P["products"]), excise_rel)]
    finance(m, P, mat)
    for y in rice:
        m.fact(f"rice{y}", rice[y])
        m.fact(f"new{y}", new[y])
        m.fact(f"aged{y}", aged[y])
    m.fact("cap", cap)
    m.fact("still", still)
    m.fact("rice_sup", tot)
    for y in Y:
        m.fact(f"use{y}", new[y] / cap * 100, 1)
        m.fact(f"still_use{y}", new[y] / still * 100, 1)


# =========================================================================== gw03 trà đinh lăng
GW03 = dict(
    unit="kg",
    lots=[("Vườn A thôn Tiến Thắng", 1.2, 2024, "3/2024", "9/2025"),
          ("Vườn B thôn Trung Tiến", 0.8, 2026, "3/2026", "9/2027"),
          ("Vườn C thôn Tiến Thắng", 1.0, 2027, "3/2027", "9/2028")],
    full=8000, first=0.4, ratio=5, buy=("Hộ liên kết (5 hộ × 500 kg)", 2500),
    buy_price=[6000, 6200, 6400], care=[30, 31, 32], dryer=150 * 250,
    products=[dict(label="Trà đinh lăng túi lọc, hộp 30 túi × 2 g", dvt="hộp", size=0.06,
                   packs=[18000, 22000, 27000], price=[42000, 44000, 46000], pc=9000),
              dict(label="Trà đinh lăng khô, túi 300 g", dvt="túi", size=0.3,
                   packs=[2400, 3000, 3600], price=[85000, 88000, 91000], pc=5000),
              dict(label="Trà đinh lăng khô, túi 1 kg", dvt="túi", size=1,
                   packs=[600, 780, 1000], price=[240000, 248000, 256000], pc=6000)],
    hist=dict(out=[1300, 1650, 2000], price=[440000, 460000, 470000], cost=[480.0, 610.0, 730.0]),
    roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc vườn, thu hái", [2, 2, 3]),
           ("Sơ chế, sấy, đóng gói, bán hàng", [2, 3, 3])],
    wage=[5.0, 5.3, 5.6],
    energy=("Điện sấy, nước", [40, 48, 56]), sell=("Bán hàng, vận chuyển, quảng bá", [110, 140, 175]),
    other=("Thuế, phí và chi phí khác", [25, 28, 32]),
    inv=[("Máy sấy bơm nhiệt 150 kg lá tươi/mẻ", 220, True),
         ("Máy đóng gói trà túi lọc", 260, True),
         ("Nhà sơ chế, sấy, đóng gói 80 m²", 240, True),
         ("Trồng vườn C và chăm sóc vườn B, C chưa thu hoạch", 150, True),
         ("Bao bì, mã vạch, tem truy xuất", 35, False),
         ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
         ("Vốn lưu động", 165, False)],
    src=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[500, 400, 300], rate=0.08,
)


def lot_factor(planted: int, year: int, first: float, bearing_from: int) -> float:
    if year < bearing_from:
        return 0.0
    return first if year == bearing_from else 1.0


def gw03(m: Model) -> None:
    P = GW03
    history(m, P)
    t = m.table("lots", "Các vườn đinh lăng, thời điểm trồng và cắt lứa đầu",
                ["TT", "Vườn", "Diện tích (ha)", "Trồng", "Cắt lứa đầu"])
    for i, (lab, ha, yr, tr, cut) in enumerate(P["lots"]):
        t.add(str(i + 1), lab, Num(ha, 1), tr, cut)
    t.add("", "Cộng", Num(sum(x[1] for x in P["lots"]), 1), "", "")
    m.eq("cộng diện tích", cell("lots", "Cộng", "Diện tích (ha)"),
         ysum("lots", [x[0] for x in P["lots"]], "Diện tích (ha)"), abs_tol=0.01)
    out = [sum(p["packs"][y] * p["size"] for p in P["products"]) for y in range(3)]
    t = m.table("leaf", "Lá, thân đinh lăng tươi theo vườn và nhu cầu sấy", ["TT", "Chỉ tiêu", *YH], "ĐVT: kg")
    fresh = [0.0] * 3
    for i, (lab, ha, yr, tr, cut) in enumerate(P["lots"]):
        bf = int(cut.split("/")[1])
        vals = [ha * P["full"] * lot_factor(yr, y, P["first"], bf) for y in Y]
        fresh = [a + b for a, b in zip(fresh, vals)]
        rl = f"{lab} ({fmt(ha, 1)} ha)"
        t.add(str(i + 1), rl, *[I(x) for x in vals])
        for y, yh in zip(Y, YH):
            f = lot_factor(yr, y, P["first"], bf)
            m.eq(f"lá tươi {rl} {yh}", cell("leaf", rl, yh),
                 lambda g, lab=lab, f=f: g("lots", lab, "Diện tích (ha)") * 8000 * f)
    bl, bq = P["buy"]
    t.add(str(len(P["lots"]) + 1), bl, *[I(bq)] * 3)
    fresh = [x + bq for x in fresh]
    need = [o * P["ratio"] for o in out]
    t.add("", "Tổng lá, thân tươi", *[I(x) for x in fresh])
    t.add("", "Cần sấy (5 kg tươi/kg khô)", *[I(x) for x in need])
    t.add("", "Còn dư", *[I(a - b) for a, b in zip(fresh, need)])
    labels = [f"{x[0]} ({fmt(x[1], 1)} ha)" for x in P["lots"]] + [bl]
    for y, yh in zip(Y, YH):
        m.eq(f"tổng lá tươi {yh}", cell("leaf", "Tổng lá, thân tươi", yh), ysum("leaf", labels, yh))
        m.eq(f"lá cần {yh}", cell("leaf", "Cần sấy (5 kg tươi/kg khô)", yh),
             lambda g, yh=yh: g("sales", "Cộng quy ra kg", yh) * 5)
        m.eq(f"lá dư {yh}", cell("leaf", "Còn dư", yh),
             lambda g, yh=yh: g("leaf", "Tổng lá, thân tươi", yh) - g("leaf", "Cần sấy (5 kg tươi/kg khô)", yh))
        m.le(f"lá cần ≤ nguồn {yh}", cell("leaf", "Cần sấy (5 kg tươi/kg khô)", yh), cell("leaf", "Tổng lá, thân tươi", yh))
    t = m.table("equip", "Công suất thiết bị và mức sử dụng", ["TT", "Chỉ tiêu", *YH])
    t.add("1", "Máy sấy: 150 kg × 250 mẻ (kg tươi/năm)", *[I(P["dryer"])] * 3)
    t.add("2", "Lá tươi đưa vào sấy (kg)", *[I(x) for x in need])
    t.add("3", "Tỷ lệ sử dụng máy sấy (%)", *[Num(x / P["dryer"] * 100, 1) for x in need])
    bags = [P["products"][0]["packs"][y] * 30 for y in range(3)]
    t.add("4", "Máy đóng túi lọc: 1.200 túi/giờ × 6 giờ × 250 ngày (túi)", *[I(1800000)] * 3)
    t.add("5", "Túi lọc cần đóng (túi)", *[I(x) for x in bags])
    t.add("6", "Tỷ lệ sử dụng máy đóng túi (%)", *[Num(x / 1800000 * 100, 1) for x in bags])
    for yh in YH:
        m.eq(f"lá vào sấy {yh}", cell("equip", "Lá tươi đưa vào sấy (kg)", yh), cell("leaf", "Cần sấy (5 kg tươi/kg khô)", yh))
        m.eq(f"tỷ lệ máy sấy {yh}", cell("equip", "Tỷ lệ sử dụng máy sấy (%)", yh),
             lambda g, yh=yh: g("equip", "Lá tươi đưa vào sấy (kg)", yh) / 37500 * 100, abs_tol=0.06)
        m.eq(f"túi lọc {yh}", cell("equip", "Túi lọc cần đóng (túi)", yh),
             lambda g, yh=yh: g("sales", P["products"][0]["label"], yh) * 30)
        m.eq(f"tỷ lệ máy túi lọc {yh}", cell("equip", "Tỷ lệ sử dụng máy đóng túi (%)", yh),
             lambda g, yh=yh: g("equip", "Túi lọc cần đóng (túi)", yh) / 1800000 * 100, abs_tol=0.06)
        m.le(f"máy sấy ≤ 85 % {yh}", cell("equip", "Tỷ lệ sử dụng máy sấy (%)", yh), 85)
    # harvested area for care cost
    harv = []
    for y in Y:
        harv.append(sum(ha for lab, ha, yr, tr, cut in P["lots"] if y >= int(cut.split("/")[1])))
    mat = [("Lá, thân mua của hộ liên kết", [bq * p / 1e6 for p in P["buy_price"]],
            [lambda g, y=y, yh=yh: g("leaf", bl, yh) * P["buy_price"][y] / 1e6 for y, yh in enumerate(YH)]),
           ("Chăm sóc, thu hái vườn đã cho thu hoạch", [harv[y] * P["care"][y] for y in range(3)],
            [lambda g, y=y: sum(g("lots", lab, "Diện tích (ha)") for lab, ha, yr, tr, cut in P["lots"]
                                if Y[y] >= int(cut.split("/")[1])) * P["care"][y] for y in range(3)])]
    finance(m, P, mat)
    for y in range(3):
        m.fact(f"fresh{Y[y]}", fresh[y])
        m.fact(f"need{Y[y]}", need[y])
        m.fact(f"harv{Y[y]}", harv[y], 1)
        m.fact(f"dry_use{Y[y]}", need[y] / P["dryer"] * 100, 1)


# =========================================================================== gw04 thịt dê
GW04 = dict(
    unit="kg",
    batches={(2026, 9): 150, (2027, 3): 200, (2027, 9): 175, (2028, 3): 225, (2028, 9): 200,
             (2029, 3): 250, (2029, 9): 225},
    kid_price={2026: 1500000, 2027: 1550000, 2028: 1600000, 2029: 1650000},
    feed=810000, slaughter=150000, meat=16, loss=0.04, barn=550,
    supply=[("Hộ nuôi dê sinh sản là tổ viên (9 hộ × 40 con)", 360),
            ("Trại dê giống Hương Trà (hợp đồng)", 150)],
    products=[dict(label="Thịt dê tươi, khay 500 g", dvt="khay", size=0.5,
                   packs=[4200, 4800, 5400], price=[165000, 170000, 175000], pc=4000),
              dict(label="Thịt dê ướp sả ớt, khay 500 g", dvt="khay", size=0.5,
                   packs=[2000, 2400, 2800], price=[180000, 186000, 192000], pc=4000),
              dict(label="Thịt dê xẻ cho nhà hàng", dvt="kg", size=1,
                   packs=[2276, 2544, 2812], price=[300000, 310000, 320000], pc=1500)],
    hist=dict(out=[3900, 4400, 4900], price=[290000, 300000, 310000], cost=[1010.0, 1150.0, 1280.0]),
    roles=[("Tổ trưởng kiêm kế toán", [1, 1, 1]), ("Chăn nuôi, trồng cỏ", [2, 2, 2]),
           ("Sơ chế, đóng khay, giao hàng", [2, 2, 3])],
    wage=[4.8, 5.0, 5.2],
    energy=("Điện, kho lạnh, nước", [36, 40, 44]), sell=("Bán hàng, vận chuyển lạnh", [70, 80, 90]),
    other=("Phí, thuế và chi phí khác", [20, 22, 24]),
    inv=[("Chuồng sàn 250 con (dãy thứ ba)", 300, True),
         ("Kho lạnh 10 m³ và tủ cấp đông", 120, True),
         ("Máy hút chân không, cân điện tử", 60, True),
         ("Khay, túi, tem truy xuất", 25, False),
         ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
         ("Vốn lưu động (dê giống hai lứa năm 2027)", 365, False)],
    src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 300)],
    life=10, loan=[300, 220, 140], rate=0.066,
)


def gw04(m: Model) -> None:
    P = GW04
    B = P["batches"]
    history(m, P)
    sold_batches = {y: (B[(y - 1, 9)], B[(y, 3)]) for y in Y}
    sold = {y: round(sum(sold_batches[y]) * (1 - P["loss"])) for y in Y}
    lost = {y: sum(sold_batches[y]) - sold[y] for y in Y}
    t = m.table("lag", "Lứa dê giống nhập và thời điểm xuất bán",
                ["TT", "Lứa nhập", "Số con", "Xuất bán", "Năm bán"])
    order = sorted(B)
    for i, (y, mo) in enumerate(order):
        out_m = "tháng 6" if mo == 9 else "tháng 12"
        out_y = y + 1 if mo == 9 else y
        t.add(str(i + 1), f"Tháng {mo}/{y}", I(B[(y, mo)]), out_m + f"/{out_y}", f"Năm {out_y}")
    t = m.table("herd", "Đàn dê đang nuôi: đầu năm, nhập, xuất, cuối năm và chuồng", ["TT", "Chỉ tiêu", *YH])
    rows = [("Đàn đầu năm, lứa tháng 9 năm trước (con)", [B[(y - 1, 9)] for y in Y], 0),
            ("Nhập lứa tháng 3 (con)", [B[(y, 3)] for y in Y], 0),
            ("Nhập lứa tháng 9 (con)", [B[(y, 9)] for y in Y], 0),
            ("Xuất bán (con)", [sold[y] for y in Y], 0),
            ("Hao hụt 4 % (con)", [lost[y] for y in Y], 0),
            ("Đàn cuối năm (con)", [B[(y, 9)] for y in Y], 0),
            ("Thịt xẻ thu được, 16 kg/con (kg)", [sold[y] * P["meat"] for y in Y], 0),
            ("Đàn cao nhất tháng 3 – 6 (con)", [B[(y - 1, 9)] + B[(y, 3)] for y in Y], 0),
            ("Sức chứa chuồng (con)", [P["barn"]] * 3, 0),
            ("Tỷ lệ sử dụng chuồng lúc cao nhất (%)", [(B[(y - 1, 9)] + B[(y, 3)]) / P["barn"] * 100 for y in Y], 1)]
    for i, (lab, vals, d) in enumerate(rows):
        t.add(str(i + 1), lab, *[Num(x, d) for x in vals])
    H = "herd"
    for y, yh in zip(Y, YH):
        m.eq(f"đàn cuối năm {yh}", cell(H, "Đàn cuối năm (con)", yh),
             lambda g, yh=yh: g(H, "Đàn đầu năm, lứa tháng 9 năm trước (con)", yh) + g(H, "Nhập lứa tháng 3 (con)", yh)
             + g(H, "Nhập lứa tháng 9 (con)", yh) - g(H, "Xuất bán (con)", yh) - g(H, "Hao hụt 4 % (con)", yh))
        m.eq(f"xuất bán {yh} = 96 % hai lứa", cell(H, "Xuất bán (con)", yh),
             lambda g, yh=yh: (g(H, "Đàn đầu năm, lứa tháng 9 năm trước (con)", yh) + g(H, "Nhập lứa tháng 3 (con)", yh)) * 0.96,
             abs_tol=1)
        m.eq(f"thịt {yh}", cell(H, "Thịt xẻ thu được, 16 kg/con (kg)", yh),
             lambda g, yh=yh: g(H, "Xuất bán (con)", yh) * 16)
        m.eq(f"thịt {yh} = sản lượng bán", cell(H, "Thịt xẻ thu được, 16 kg/con (kg)", yh),
             cell("sales", "Cộng quy ra kg", yh))
        m.eq(f"đàn cao nhất {yh}", cell(H, "Đàn cao nhất tháng 3 – 6 (con)", yh),
             lambda g, yh=yh: g(H, "Đàn đầu năm, lứa tháng 9 năm trước (con)", yh) + g(H, "Nhập lứa tháng 3 (con)", yh))
        m.eq(f"tỷ lệ chuồng {yh}", cell(H, "Tỷ lệ sử dụng chuồng lúc cao nhất (%)", yh),
             lambda g, yh=yh: g(H, "Đàn cao nhất tháng 3 – 6 (con)", yh) / g(H, "Sức chứa chuồng (con)", yh) * 100,
             abs_tol=0.06)
        m.le(f"chuồng ≤ 85 % {yh}", cell(H, "Tỷ lệ sử dụng chuồng lúc cao nhất (%)", yh), 85)
        m.eq(f"đầu năm {yh} = lứa tháng 9/{y - 1}", cell(H, "Đàn đầu năm, lứa tháng 9 năm trước (con)", yh),
             cell("lag", f"Tháng 9/{y - 1}", "Số con"))
        m.eq(f"lứa 3/{y}", cell(H, "Nhập lứa tháng 3 (con)", yh), cell("lag", f"Tháng 3/{y}", "Số con"))
        m.eq(f"lứa 9/{y}", cell(H, "Nhập lứa tháng 9 (con)", yh), cell("lag", f"Tháng 9/{y}", "Số con"))
    for y in Y[1:]:
        m.eq(f"đầu {y} = cuối {y - 1}", cell(H, "Đàn đầu năm, lứa tháng 9 năm trước (con)", f"Năm {y}"),
             cell(H, "Đàn cuối năm (con)", f"Năm {y - 1}"))
    # kids need and supply
    t = m.table("kids", "Dê giống cần nhập và nguồn cung", ["TT", "Chỉ tiêu", *YH], "ĐVT: con")
    sup = P["supply"]
    tot = sum(q for _, q in sup)
    for i, (lab, q) in enumerate(sup):
        t.add(str(i + 1), lab, *[I(q)] * 3)
    need = [B[(y, 3)] + B[(y, 9)] for y in Y]
    t.add("", "Tổng nguồn dê giống", *[I(tot)] * 3)
    t.add("", "Dê giống cần nhập (hai lứa)", *[I(x) for x in need])
    t.add("", "Còn dư", *[I(tot - x) for x in need])
    for yh in YH:
        m.eq(f"nguồn dê giống {yh}", cell("kids", "Tổng nguồn dê giống", yh), ysum("kids", [l for l, _ in sup], yh))
        m.eq(f"dê giống cần {yh}", cell("kids", "Dê giống cần nhập (hai lứa)", yh),
             lambda g, yh=yh: g(H, "Nhập lứa tháng 3 (con)", yh) + g(H, "Nhập lứa tháng 9 (con)", yh))
        m.eq(f"dê giống dư {yh}", cell("kids", "Còn dư", yh),
             lambda g, yh=yh: g("kids", "Tổng nguồn dê giống", yh) - g("kids", "Dê giống cần nhập (hai lứa)", yh))
        m.le(f"dê giống cần ≤ nguồn {yh}", cell("kids", "Dê giống cần nhập (hai lứa)", yh),
             cell("kids", "Tổng nguồn dê giống", yh))
    # cost of goods of the batches sold in the year
    kp = P["kid_price"]
    t = m.table("giavon", "Giá vốn các lứa dê xuất bán trong năm", ["TT", "Chỉ tiêu", *YH], "ĐVT: triệu đồng")
    a = [B[(y - 1, 9)] * kp[y - 1] / 1e6 for y in Y]
    b = [B[(y, 3)] * kp[y] / 1e6 for y in Y]
    feed = [sum(sold_batches[y]) * P["feed"] / 1e6 for y in Y]
    sl = [sold[y] * P["slaughter"] / 1e6 for y in Y]
    t.add("1", "Dê giống lứa tháng 9 năm trước", *[M(x) for x in a])
    t.add("2", "Dê giống lứa tháng 3 cùng năm", *[M(x) for x in b])
    t.add("3", "Thức ăn, thuốc thú y 9 tháng (810.000 đồng/con)", *[M(x) for x in feed])
    t.add("4", "Giết mổ, vận chuyển (150.000 đồng/con bán)", *[M(x) for x in sl])
    for y, yh in zip(Y, YH):
        m.eq(f"giá vốn lứa 9/{y - 1}", cell("giavon", "Dê giống lứa tháng 9 năm trước", yh),
             lambda g, y=y, yh=yh: g(H, "Đàn đầu năm, lứa tháng 9 năm trước (con)", yh) * kp[y - 1] / 1e6)
        m.eq(f"giá vốn lứa 3/{y}", cell("giavon", "Dê giống lứa tháng 3 cùng năm", yh),
             lambda g, y=y, yh=yh: g(H, "Nhập lứa tháng 3 (con)", yh) * kp[y] / 1e6)
        m.eq(f"thức ăn {yh}", cell("giavon", "Thức ăn, thuốc thú y 9 tháng (810.000 đồng/con)", yh),
             lambda g, yh=yh: (g(H, "Đàn đầu năm, lứa tháng 9 năm trước (con)", yh) + g(H, "Nhập lứa tháng 3 (con)", yh)) * 0.81)
        m.eq(f"giết mổ {yh}", cell("giavon", "Giết mổ, vận chuyển (150.000 đồng/con bán)", yh),
             lambda g, yh=yh: g(H, "Xuất bán (con)", yh) * 0.15)
    mat = [("Dê giống của các lứa xuất bán", [a[i] + b[i] for i in range(3)],
            [ysum("giavon", ["Dê giống lứa tháng 9 năm trước", "Dê giống lứa tháng 3 cùng năm"], yh) for yh in YH]),
           ("Thức ăn, thuốc thú y", feed,
            [cell("giavon", "Thức ăn, thuốc thú y 9 tháng (810.000 đồng/con)", yh) for yh in YH]),
           ("Giết mổ, vận chuyển", sl, [cell("giavon", "Giết mổ, vận chuyển (150.000 đồng/con bán)", yh) for yh in YH])]
    finance(m, P, mat)
    for k, v in B.items():
        m.fact(f"b{k[0]}_{k[1]}", v)
    for y in Y:
        m.fact(f"sold{y}", sold[y])
        m.fact(f"lost{y}", lost[y])
        m.fact(f"peak{y}", B[(y - 1, 9)] + B[(y, 3)])
        m.fact(f"need{y}", B[(y, 3)] + B[(y, 9)])
    m.fact("kid_sup", tot)



# =========================================================================== gw05 rượu sim (revise)
GW05 = dict(
    unit="lít",
    mac={2026: 24000, 2027: 30000, 2028: 36000, 2029: 40000},   # litres of finished wine put to macerate
    norm=0.45, base_norm=0.8, own=("Đồi sim của công ty (8 ha × 900 kg)", 7200), hh=[25, 34, 46], hh_kg=200,
    sim_price={2026: 28000, 2027: 29000, 2028: 30000}, base_price={2026: 65000, 2027: 68000, 2028: 70000},
    base_supply=35000, tanks=200, tank_l=250,
    products=[dict(label="Rượu sim 29 độ, chai 500 ml", dvt="chai", size=0.5,
                   packs=[28000, 34000, 40000], price=[150000, 155000, 160000], pc=15000),
              dict(label="Rượu sim 29 độ, chai 750 ml hộp quà", dvt="hộp", size=0.75,
                   packs=[8000, 10000, 12000], price=[250000, 258000, 266000], pc=40000),
              dict(label="Rượu sim 29 độ, bình 2 lít", dvt="bình", size=2,
                   packs=[2000, 2750, 3500], price=[480000, 495000, 510000], pc=35000)],
    hist=dict(out=[16000, 18000, 20000], price=[260000, 268000, 275000], cost=[3930.0, 4480.0, 5050.0]),
    roles=[("Giám đốc, kế toán, hành chính", [3, 3, 3]), ("Thu mua, sơ chế, ngâm quả", [2, 2, 3]),
           ("Lọc, pha chế, chiết chai", [3, 3, 4]), ("Bán hàng, tiếp thị", [3, 3, 3])],
    wage=[6.5, 6.8, 7.1],
    energy=("Điện, nước", [45, 52, 60]), sell=("Bán hàng, tiếp thị, hội chợ", [330, 400, 470]),
    other=("Phí, lệ phí và chi phí khác", [60, 65, 70]),
    inv=[("80 thùng ngâm inox 250 lít bổ sung", 200, True),
         ("Nhà ngâm rượu và kho 150 m²", 450, True),
         ("Hệ thống lọc, pha chế, chiết rót, đóng nắp", 420, True),
         ("Thiết kế bao bì, hộp quà, nhãn, tem truy xuất", 90, False),
         ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 40, False),
         ("Vốn lưu động (quả sim, rượu nền ngâm trước 10 tháng)", 1600, False)],
    src=[("Vốn góp của cổ đông", 1600), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 1200)],
    life=10, loan=[1200, 950, 700], rate=0.085,
    payback_printed=1.8,
)


def gw05(m: Model) -> None:
    P = GW05
    mac = P["mac"]
    history(m, P)
    sales = [sum(p["packs"][y] * p["size"] for p in P["products"]) for y in range(3)]
    VH = ("Vụ 2027", "Vụ 2028", "Vụ 2029")
    # stock of wine macerating
    cap = P["tanks"] * P["tank_l"]
    t = m.table("mac", "Rượu sim đang ngâm (quy ra lít thành phẩm) và sức chứa thùng ngâm", ["TT", "Chỉ tiêu", *YH])
    t.add("1", "Đang ngâm đầu năm (lít)", *[I(mac[y - 1]) for y in Y])
    t.add("2", "Ngâm mới từ quả vụ trong năm (lít)", *[I(mac[y]) for y in Y])
    t.add("3", "Đủ ngày, chiết chai bán trong năm (lít)", *[I(mac[y - 1]) for y in Y])
    t.add("4", "Đang ngâm cuối năm (lít)", *[I(mac[y]) for y in Y])
    t.add("5", "Sức chứa 200 thùng × 250 lít (lít)", *[I(cap)] * 3)
    t.add("6", "Tỷ lệ sử dụng thùng ngâm (%)", *[Num(mac[y] / cap * 100, 1) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"ngâm cuối năm {yh}", cell("mac", "Đang ngâm cuối năm (lít)", yh),
             lambda g, yh=yh: g("mac", "Đang ngâm đầu năm (lít)", yh) + g("mac", "Ngâm mới từ quả vụ trong năm (lít)", yh)
             - g("mac", "Đủ ngày, chiết chai bán trong năm (lít)", yh))
        m.eq(f"chiết chai {yh} = bán {yh}", cell("mac", "Đủ ngày, chiết chai bán trong năm (lít)", yh),
             cell("sales", "Cộng quy ra lít", yh))
        m.eq(f"tỷ lệ thùng ngâm {yh}", cell("mac", "Tỷ lệ sử dụng thùng ngâm (%)", yh),
             lambda g, yh=yh: g("mac", "Đang ngâm cuối năm (lít)", yh) / g("mac", "Sức chứa 200 thùng × 250 lít (lít)", yh) * 100,
             abs_tol=0.06)
        m.le(f"thùng ngâm ≤ 85 % {yh}", cell("mac", "Tỷ lệ sử dụng thùng ngâm (%)", yh), 85)
    for y in (2027, 2028):
        m.eq(f"ngâm mới {y} = bán {y + 1}", cell("mac", "Ngâm mới từ quả vụ trong năm (lít)", f"Năm {y}"),
             cell("sales", "Cộng quy ra lít", f"Năm {y + 1}"))
    m.eq("ngâm mới 2029 = mục tiêu bán 2030", cell("mac", "Ngâm mới từ quả vụ trong năm (lít)", "Năm 2029"),
         lambda g: g.t(r"năm 2030[^.]*?([\d.]+) lít"), text=True)
    for y in Y[1:]:
        m.eq(f"ngâm đầu {y} = cuối {y - 1}", cell("mac", "Đang ngâm đầu năm (lít)", f"Năm {y}"),
             cell("mac", "Đang ngâm cuối năm (lít)", f"Năm {y - 1}"))
    # sim balance by harvest (the planted lag error: need taken from the same year's sales)
    own_l, own = P["own"]
    hh = P["hh"]
    sup = [own + n * P["hh_kg"] for n in hh]
    need_true = [mac[y] * P["norm"] for y in Y]
    need_print = [sales[i] * P["norm"] for i in range(3)] if m.planted else need_true
    t = m.table("sim", "Cân đối quả sim theo vụ thu hái", ["TT", "Chỉ tiêu", *VH], "ĐVT: kg")
    t.add("1", own_l, *[I(own)] * 3)
    t.add("2", "Số hộ hái sim liên kết (hộ)", *[I(n) for n in hh])
    t.add("3", "Quả sim của hộ liên kết (200 kg/hộ)", *[I(n * P["hh_kg"]) for n in hh])
    t.add("", "Tổng quả sim thu mua", *[I(x) for x in sup])
    t.add("", "Quả sim cần (0,45 kg/lít rượu)", *[I(x) for x in need_print])
    t.add("", "Còn dư", *[I(a - b) for a, b in zip(sup, need_print)])
    for y, vh, yh in zip(Y, VH, YH):
        m.eq(f"quả sim hộ {vh}", cell("sim", "Quả sim của hộ liên kết (200 kg/hộ)", vh),
             lambda g, vh=vh: g("sim", "Số hộ hái sim liên kết (hộ)", vh) * 200)
        m.eq(f"tổng quả sim {vh}", cell("sim", "Tổng quả sim thu mua", vh),
             ysum("sim", [own_l, "Quả sim của hộ liên kết (200 kg/hộ)"], vh))
        m.eq(f"quả sim còn dư {vh}", cell("sim", "Còn dư", vh),
             lambda g, vh=vh: g("sim", "Tổng quả sim thu mua", vh) - g("sim", "Quả sim cần (0,45 kg/lít rượu)", vh))
        if y < 2029:
            m.eq(f"quả sim cần {vh} = 0,45 × rượu ngâm mới năm {y} (bán {y + 1})",
                 cell("sim", "Quả sim cần (0,45 kg/lít rượu)", vh),
                 lambda g, yh=yh: g("mac", "Ngâm mới từ quả vụ trong năm (lít)", yh) * 0.45,
                 defect="material-shortfall" if m.planted else None)
            m.le(f"quả sim cần theo độ trễ ≤ nguồn {vh}",
                 lambda g, yh=yh: g("mac", "Ngâm mới từ quả vụ trong năm (lít)", yh) * 0.45,
                 cell("sim", "Tổng quả sim thu mua", vh), defect="material-shortfall")
    # base spirit
    t = m.table("base", "Rượu nếp nền 45 độ cần để ngâm và hợp đồng cung ứng", ["TT", "Chỉ tiêu", *YH], "ĐVT: lít")
    bneed = [mac[y] * P["base_norm"] for y in Y]
    t.add("1", "Rượu nền theo hợp đồng với hợp tác xã", *[I(P["base_supply"])] * 3)
    t.add("2", "Rượu nền cần (0,8 lít/lít rượu ngâm mới)", *[I(x) for x in bneed])
    t.add("3", "Còn dư", *[I(P["base_supply"] - x) for x in bneed])
    for yh in YH:
        m.eq(f"rượu nền cần {yh}", cell("base", "Rượu nền cần (0,8 lít/lít rượu ngâm mới)", yh),
             lambda g, yh=yh: g("mac", "Ngâm mới từ quả vụ trong năm (lít)", yh) * 0.8)
        m.eq(f"rượu nền dư {yh}", cell("base", "Còn dư", yh),
             lambda g, yh=yh: g("base", "Rượu nền theo hợp đồng với hợp tác xã", yh)
             - g("base", "Rượu nền cần (0,8 lít/lít rượu ngâm mới)", yh))
        m.le(f"rượu nền cần ≤ hợp đồng {yh}", cell("base", "Rượu nền cần (0,8 lít/lít rượu ngâm mới)", yh),
             cell("base", "Rượu nền theo hợp đồng với hợp tác xã", yh))
    # cost of goods: fruit and base spirit macerated the year before
    t = m.table("giavon", "Giá vốn quả sim, rượu nền của rượu bán trong năm (ngâm từ năm trước)", ["TT", "Chỉ tiêu", *YH])
    sq = [sales[i] * P["norm"] for i in range(3)]
    bq = [sales[i] * P["base_norm"] for i in range(3)]
    sp = [P["sim_price"][y - 1] for y in Y]
    bp = [P["base_price"][y - 1] for y in Y]
    t.add("1", "Quả sim vụ năm trước (kg)", *[I(x) for x in sq])
    t.add("2", "Giá quả sim (đồng/kg)", *[I(x) for x in sp])
    t.add("3", "Tiền quả sim (triệu đồng)", *[M(a * b / 1e6) for a, b in zip(sq, sp)])
    t.add("4", "Rượu nền đã ngâm năm trước (lít)", *[I(x) for x in bq])
    t.add("5", "Giá rượu nền (đồng/lít)", *[I(x) for x in bp])
    t.add("6", "Tiền rượu nền (triệu đồng)", *[M(a * b / 1e6) for a, b in zip(bq, bp)])
    for yh in YH:
        m.eq(f"quả sim giá vốn {yh}", cell("giavon", "Quả sim vụ năm trước (kg)", yh),
             lambda g, yh=yh: g("sales", "Cộng quy ra lít", yh) * 0.45)
        m.eq(f"rượu nền giá vốn {yh}", cell("giavon", "Rượu nền đã ngâm năm trước (lít)", yh),
             lambda g, yh=yh: g("sales", "Cộng quy ra lít", yh) * 0.8)
        for a, b, c in (("Tiền quả sim (triệu đồng)", "Quả sim vụ năm trước (kg)", "Giá quả sim (đồng/kg)"),
                        ("Tiền rượu nền (triệu đồng)", "Rượu nền đã ngâm năm trước (lít)", "Giá rượu nền (đồng/lít)")):
            m.eq(f"{a} {yh}", cell("giavon", a, yh), lambda g, b=b, c=c, yh=yh: g("giavon", b, yh) * g("giavon", c, yh) / 1e6)
    mat = [("Quả sim (giá vốn, vụ năm trước)", [a * b / 1e6 for a, b in zip(sq, sp)],
            [cell("giavon", "Tiền quả sim (triệu đồng)", yh) for yh in YH]),
           ("Rượu nếp nền (giá vốn, ngâm năm trước)", [a * b / 1e6 for a, b in zip(bq, bp)],
            [cell("giavon", "Tiền rượu nền (triệu đồng)", yh) for yh in YH])]
    P["extra"] = [("Thuế tiêu thụ đặc biệt (65 %)", excise(P["products"]), excise_rel)]
    ov = {}
    if m.planted:
        ov = {"payback": P["payback_printed"], "payback_defect": "payback-mismatch"}
    finance(m, P, mat, ov)
    for i, y in enumerate(Y):
        m.fact(f"sup{y}", sup[i])
        m.fact(f"need_print{y}", need_print[i])
        m.fact(f"need_true{y}", need_true[i])
        m.fact(f"short{y}", need_true[i] - sup[i])
        m.fact(f"short_pct{y}", (need_true[i] - sup[i]) / need_true[i] * 100, 1)
        m.fact(f"hh{y}", hh[i])
        m.fact(f"mac{y}", mac[y])
        m.fact(f"bneed{y}", bneed[i])
    m.fact("mac2026", mac[2026])
    m.fact("cap", cap)


# =========================================================================== gw06 chè búp (revise)
GW06 = dict(
    unit="kg",
    lots=[("Chè kinh doanh trồng trước năm 2019", 6.0, 2015), ("Chè trồng năm 2024", 2.0, 2024),
          ("Chè trồng năm 2026", 2.0, 2026), ("Chè trồng năm 2027", 1.5, 2027)],
    full=7000, hh=("Hộ ngoài hợp tác xã (10 hộ × 1.200 kg)", 12000), ratio=4.5,
    leaf_price=[9000, 9400, 9800], line_kg=40, line_days=270, text_out2027=12000,
    products=[dict(label="Chè búp khô đặc biệt, hộp 200 g", dvt="hộp", size=0.2,
                   packs=[10000, 12000, 14000], price=[70000, 72000, 74000], pc=12000),
              dict(label="Chè búp khô loại 1, túi 500 g", dvt="túi", size=0.5,
                   packs=[7000, 8400, 9600], price=[110000, 113000, 116000], pc=4000),
              dict(label="Chè búp khô, bao 5 kg cho đại lý", dvt="bao", size=5,
                   packs=[1000, 1200, 1360], price=[800000, 824000, 848000], pc=8000)],
    hist=dict(out=[8200, 8900, 9600], price=[200000, 205000, 210000], cost=[1400.0, 1540.0, 1690.0]),
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Thu mua, vận chuyển búp", [2, 2, 2]),
           ("Sao, vò, sấy chè", [4, 4, 4]), ("Đóng gói, bán hàng", [2, 2, 3])],
    wage=[5.5, 5.8, 6.1],
    energy=("Củi, điện sao sấy", [110, 130, 150]), sell=("Bán hàng, vận chuyển, hội chợ", [150, 175, 200]),
    other=("Phí, thuế và chi phí khác", [40, 44, 48]),
    inv=[("Trồng mới 1,5 ha và chăm sóc chè chưa cho búp", 260, True),
         ("Nhà đóng gói, kho chè 100 m²", 300, True),
         ("Máy hút chân không, cân, máy hàn miệng túi", 80, True),
         ("Hộp, túi, thiết kế bao bì", 60, False),
         ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
         ("Vốn lưu động", 270, False)],
    src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[500, 400, 300], rate=0.08,
)


def tea_factor(age: int) -> float:
    return 0.0 if age < 3 else 0.3 if age == 3 else 0.6 if age == 4 else 1.0


def gw06(m: Model) -> None:
    P = GW06
    history(m, P)
    out = [sum(p["packs"][y] * p["size"] for p in P["products"]) for y in range(3)]
    t = m.table("leaf", "Búp chè tươi theo diện tích, tuổi chè và nhu cầu chế biến", ["TT", "Chỉ tiêu", *YH], "ĐVT: kg")
    fresh = [0.0] * 3
    labels = []
    for i, (lab, ha, yr) in enumerate(P["lots"]):
        rl = f"{lab} ({fmt(ha, 1)} ha)"
        labels.append(rl)
        vals = [ha * P["full"] * tea_factor(y - yr + 1) for y in Y]
        fresh = [a + b for a, b in zip(fresh, vals)]
        t.add(str(i + 1), rl, *[I(x) for x in vals])
        for y, yh in zip(Y, YH):
            f = tea_factor(y - yr + 1)
            m.eq(f"búp tươi {rl} {yh}", cell("leaf", rl, yh), ha * 7000 * f)
    hl, hq = P["hh"]
    labels.append(hl)
    t.add(str(len(P["lots"]) + 1), hl, *[I(hq)] * 3)
    fresh = [x + hq for x in fresh]
    need = [o * P["ratio"] for o in out]
    t.add("", "Tổng búp tươi", *[I(x) for x in fresh])
    t.add("", "Búp tươi cần (4,5 kg/kg chè khô)", *[I(x) for x in need])
    t.add("", "Còn dư", *[I(a - b) for a, b in zip(fresh, need)])
    for yh in YH:
        m.eq(f"tổng búp {yh}", cell("leaf", "Tổng búp tươi", yh), ysum("leaf", labels, yh))
        m.eq(f"búp cần {yh}", cell("leaf", "Búp tươi cần (4,5 kg/kg chè khô)", yh),
             lambda g, yh=yh: g("sales", "Cộng quy ra kg", yh) * 4.5)
        m.eq(f"búp dư {yh}", cell("leaf", "Còn dư", yh),
             lambda g, yh=yh: g("leaf", "Tổng búp tươi", yh) - g("leaf", "Búp tươi cần (4,5 kg/kg chè khô)", yh))
        m.le(f"búp cần ≤ nguồn {yh}", cell("leaf", "Búp tươi cần (4,5 kg/kg chè khô)", yh), cell("leaf", "Tổng búp tươi", yh))
    t = m.table("equip", "Máy móc, thiết bị chế biến hiện có", ["TT", "Thiết bị", "Số lượng", "Ghi chú"])
    t.add("1", "Máy sao chè quay thùng", "2 máy", "mua năm 2019")
    t.add("2", "Máy vò chè", "1 máy", "mua năm 2019")
    t.add("3", "Máy sấy chè hơi nóng", "1 máy", "mua năm 2021")
    t.add("4", "Cân điện tử, máy hàn túi", "3 bộ", "mua năm 2022")
    cap = P["line_kg"] * P["line_days"]
    for y, yh in enumerate(YH):
        m.le(f"chè khô {yh} ≤ công suất dây chuyền sao, vò", cell("sales", "Cộng quy ra kg", yh),
             lambda g: g.t(r"(\d+) kg chè khô/ngày") * g.t(r"(\d+) ngày trong vụ"),
             defect="capacity-exceeded" if (m.planted and y > 0) else None, text=True)
    m.eq("sản lượng chè khô 2027: mục tiêu = bảng kế hoạch",
         lambda g: g.t(r"Năm 2027 sản xuất và tiêu thụ ([\d.]+) kg chè búp khô"),
         cell("sales", "Cộng quy ra kg", "Năm 2027"), defect="figure-inconsistent" if m.planted else None, text=True)
    mat = [("Búp chè tươi thu mua", [need[y] * P["leaf_price"][y] / 1e6 for y in range(3)],
            [lambda g, y=y, yh=yh: g("leaf", "Búp tươi cần (4,5 kg/kg chè khô)", yh) * P["leaf_price"][y] / 1e6
             for y, yh in enumerate(YH)])]
    finance(m, P, mat)
    for y in range(3):
        m.fact(f"fresh{Y[y]}", fresh[y])
        m.fact(f"need{Y[y]}", need[y])
        m.fact(f"capuse{Y[y]}", out[y] / cap * 100, 1)
    m.fact("cap", cap)
    m.fact("text_out2027", P["text_out2027"])
    bearing = [sum(ha for lab, ha, yr in P["lots"] if tea_factor(y - yr + 1) > 0) for y in Y]
    for y in range(3):
        m.fact(f"bearing{Y[y]}", bearing[y], 1)


# =========================================================================== gw07 cam (revise)
GW07 = dict(
    unit="kg",
    lots=[("Vườn A", 3.0, 2018), ("Vườn B", 1.5, 2023), ("Vườn C", 1.2, 2025), ("Vườn D", 1.0, 2027)],
    full=20000, loss=0.05, care=[90, 92, 95], pick=[1500, 1550, 1600],
    ktcb=[("Cây giống cam chanh ghép (600 cây)", "2027", 36), ("Đào hố, vôi, phân lót", "2027", 40),
          ("Công trồng, cắm cọc, tủ gốc", "2027", 30), ("Chăm sóc vườn C (năm thứ 3)", "2027", 60),
          ("Chăm sóc vườn D (năm thứ 2)", "2028", 45), ("Chăm sóc vườn D (năm thứ 3)", "2029", 50)],
    ktcb_printed=226,
    products=[dict(label="Cam loại 1, thùng carton 10 kg", dvt="thùng", size=10,
                   packs=[4000, 4400, 5000], price=[280000, 288000, 296000], pc=18000),
              dict(label="Cam loại 1, túi lưới 3 kg", dvt="túi", size=3,
                   packs=[6000, 6600, 7500], price=[78000, 80000, 82000], pc=2500),
              dict(label="Cam loại 2 bán xô", dvt="kg", size=1,
                   packs=[33200, 35380, 40550], price=[14000, 14500, 15000], pc=0)],
    rev_printed={(0, 1): 4400 * 330000 / 1e6},
    hist=dict(out=[57000, 64125, 74100], price=[21000, 21500, 22000], cost=[910.0, 1050.0, 1230.0]),
    roles=[("Chủ hộ và vợ (quản lý, kỹ thuật)", [2, 2, 2]), ("Lao động thường xuyên chăm vườn", [4, 4, 5])],
    wage=[5.5, 5.8, 6.1],
    energy=("Điện tưới, kho mát", [60, 64, 70]), sell=("Bán hàng, vận chuyển", [180, 195, 215]),
    other=("Phí, thuế và chi phí khác", [30, 32, 35]),
    inv=[("Trồng mới, chăm sóc vườn chưa cho thu hoạch", None, True),
         ("Hệ thống tưới nhỏ giọt, bể chứa 200 m³", 180, True),
         ("Nhà sơ chế, phân loại, kho mát 60 m²", 260, True),
         ("Máy rửa, phân loại quả theo cỡ", 120, True),
         ("Thùng carton, túi lưới, tem truy xuất", 40, False),
         ("Chứng nhận VietGAP, kiểm nghiệm, nhãn hiệu", 30, False),
         ("Vốn lưu động", 144, False)],
    src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
    life=10, loan=[500, 400, 300], rate=0.08,
)


def orange_factor(age: int) -> float:
    return 0.0 if age < 3 else 0.25 if age == 3 else 0.6 if age == 4 else 1.0


def gw07(m: Model) -> None:
    P = dict(GW07)
    history(m, P)
    t = m.table("lots", "Các vườn cam theo năm trồng", ["TT", "Vườn", "Diện tích (ha)", "Năm trồng", "Quả bói"])
    for i, (lab, ha, yr) in enumerate(P["lots"]):
        t.add(str(i + 1), lab, Num(ha, 1), str(yr), str(yr + 2))
    t.add("", "Cộng", Num(sum(x[1] for x in P["lots"]), 1), "", "")
    m.eq("cộng diện tích cam", cell("lots", "Cộng", "Diện tích (ha)"), ysum("lots", [x[0] for x in P["lots"]], "Diện tích (ha)"),
         abs_tol=0.01)
    t = m.table("fruit", "Sản lượng cam theo vườn và tuổi cây", ["TT", "Chỉ tiêu", *YH], "ĐVT: kg")
    tot = [0.0] * 3
    labels = []
    for i, (lab, ha, yr) in enumerate(P["lots"]):
        rl = f"{lab} ({fmt(ha, 1)} ha)"
        labels.append(rl)
        vals = [ha * P["full"] * orange_factor(y - yr + 1) for y in Y]
        tot = [a + b for a, b in zip(tot, vals)]
        t.add(str(i + 1), rl, *[I(x) for x in vals])
        for y, yh in zip(Y, YH):
            f = orange_factor(y - yr + 1)
            m.eq(f"cam {rl} {yh}", cell("fruit", rl, yh), lambda g, lab=lab, f=f: g("lots", lab, "Diện tích (ha)") * 20000 * f)
    loss = [x * P["loss"] for x in tot]
    bear = [sum(ha for lab, ha, yr in P["lots"] if orange_factor(y - yr + 1) > 0) for y in Y]
    t.add("", "Tổng cam thu hoạch", *[I(x) for x in tot])
    t.add("", "Hao hụt, loại bỏ 5 %", *[I(x) for x in loss])
    t.add("", "Cam thương phẩm bán ra", *[I(a - b) for a, b in zip(tot, loss)])
    t.add("", "Diện tích cho quả (ha)", *[Num(x, 1) for x in bear])
    for yh in YH:
        m.eq(f"tổng cam {yh}", cell("fruit", "Tổng cam thu hoạch", yh), ysum("fruit", labels, yh))
        m.eq(f"hao hụt cam {yh}", cell("fruit", "Hao hụt, loại bỏ 5 %", yh),
             lambda g, yh=yh: g("fruit", "Tổng cam thu hoạch", yh) * 0.05)
        m.eq(f"cam bán {yh}", cell("fruit", "Cam thương phẩm bán ra", yh),
             lambda g, yh=yh: g("fruit", "Tổng cam thu hoạch", yh) - g("fruit", "Hao hụt, loại bỏ 5 %", yh))
        m.eq(f"cam bán {yh} = kế hoạch tiêu thụ", cell("fruit", "Cam thương phẩm bán ra", yh), cell("sales", "Cộng quy ra kg", yh))
    # young-orchard costs: the printed total is short (planted table-total-mismatch)
    t = m.table("ktcb", "Chi phí trồng mới và chăm sóc vườn cam chưa cho thu hoạch", ["TT", "Hạng mục", "Năm chi", "Thành tiền"],
                "ĐVT: triệu đồng")
    for i, (lab, yr, amt) in enumerate(P["ktcb"]):
        t.add(str(i + 1), lab, yr, M(amt))
    ktrue = sum(a for _, _, a in P["ktcb"])
    kprint = P["ktcb_printed"] if m.planted else ktrue
    t.add("", "Cộng", "", M(kprint))
    m.eq("cộng chi phí kiến thiết cơ bản", cell("ktcb", "Cộng", "Thành tiền"),
         ysum("ktcb", [x[0] for x in P["ktcb"]], "Thành tiền"),
         defect="table-total-mismatch" if m.planted else None)
    P["inv"] = [(lab, kprint if amt is None else amt, fx) for lab, amt, fx in P["inv"]]
    m.eq("vốn đầu tư: chi phí kiến thiết cơ bản = bảng", cell("inv", "Trồng mới, chăm sóc vườn chưa cho thu hoạch", "Thành tiền"),
         cell("ktcb", "Cộng", "Thành tiền"))
    mat = [("Phân bón, thuốc BVTV vườn cho quả", [bear[y] * P["care"][y] for y in range(3)],
            [lambda g, y=y, yh=yh: g("fruit", "Diện tích cho quả (ha)", yh) * P["care"][y] for y, yh in enumerate(YH)]),
           ("Thuê công thu hái, phân loại", [tot[y] * P["pick"][y] / 1e6 for y in range(3)],
            [lambda g, y=y, yh=yh: g("fruit", "Tổng cam thu hoạch", yh) * P["pick"][y] / 1e6 for y, yh in enumerate(YH)])]
    ov = {}
    if m.planted:
        ov = {"rev": P["rev_printed"], "rev_defect": "revenue-mismatch"}
    else:
        ov = {"src": [500 + ktrue - P["ktcb_printed"], 500]}
    finance(m, P, mat, ov)
    for y in range(3):
        m.fact(f"harvest{Y[y]}", tot[y])
        m.fact(f"bear{Y[y]}", bear[y], 1)
    m.fact("ktcb_true", ktrue, 1)
    m.fact("ktcb_print", kprint, 1)
    m.fact("rev_line_true", 4400 * 288000 / 1e6, 1)
    m.fact("rev_line_print", P["rev_printed"][(0, 1)] if m.planted else 4400 * 288000 / 1e6, 1)


# =========================================================================== gw08 đồ gỗ (revise)
GW08 = dict(
    unit="chiếc",
    logs={2026: 100, 2027: 120, 2028: 140, 2029: 150}, saw=0.6, dry_loss=0.05,
    log_price={2026: 3.2, 2027: 3.3, 2028: 3.4}, saw_cost=0.35, shed=120, cnc=2 * 30 * 280,
    norms=[0.006, 0.004, 0.01], finish=[15000, 10000, 40000],
    supply=[("Hộ trồng xoan đào liên kết (40 hộ × 3 m³)", 120), ("Lâm trường Hương Khê (hợp đồng)", 40)],
    products=[dict(label="Khay trà xoan đào chạm sen", dvt="chiếc", size=1,
                   packs=[5000, 6000, 7000], price=[350000, 360000, 370000], pc=20000),
              dict(label="Hộp trà gỗ xoan đào", dvt="chiếc", size=1,
                   packs=[4500, 5350, 6200], price=[220000, 226000, 232000], pc=12000),
              dict(label="Tượng gỗ trang trí 30 cm", dvt="chiếc", size=1,
                   packs=[900, 1100, 1300], price=[950000, 980000, 1010000], pc=50000)],
    hist=dict(out=[7800, 8600, 9500], price=[320000, 330000, 340000], cost=[2210.0, 2480.0, 2780.0]),
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Xẻ gỗ, vận hành máy CNC", [3, 3, 4]),
           ("Thợ chạm khắc, hoàn thiện", [9, 10, 11]), ("Bán hàng, trưng bày", [2, 2, 2])],
    wage=[7.2, 7.6, 8.0],
    energy=("Điện sản xuất", [90, 100, 110]), sell=("Bán hàng, hội chợ, vận chuyển", [240, 290, 340]),
    other=("Phí, thuế và chi phí khác", [60, 65, 70]),
    inv=[("Nhà hong gỗ thứ hai 300 m²", 350, True),
         ("2 máy CNC khắc gỗ 4 đầu", 780, True),
         ("Máy cưa xẻ, máy bào, máy chà nhám", 260, True),
         ("Phòng trưng bày sản phẩm 60 m²", 180, True),
         ("Thiết kế mẫu, hộp, thẻ treo", 60, False),
         ("Đăng ký nhãn hiệu, kiểu dáng", 30, False),
         ("Vốn lưu động (gỗ mua trước 12 tháng)", 540, False)],
    src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng TMCP Công Thương", 600),
         ("Hỗ trợ theo Nghị quyết 123/2018/NQ-HĐND", 300)],
    src_printed=[1000, 600, 300], life=10, loan=[600, 480, 360], rate=0.085,
)


def gw08(m: Model) -> None:
    P = GW08
    L = P["logs"]
    sawn = {y: L[y] * P["saw"] for y in L}
    dry = {y: sawn[y - 1] * (1 - P["dry_loss"]) for y in Y}
    lossw = {y: sawn[y - 1] * P["dry_loss"] for y in Y}
    history(m, P)
    t = m.table("lag", "Gỗ mua năm trước, hong khô 12 tháng, chế tác năm sau", ["TT", "Năm mua gỗ", "Gỗ tròn (m³)",
                "Gỗ xẻ (m³)", "Gỗ khô dùng được (m³)", "Năm chế tác"])
    for i, y in enumerate(sorted(L)):
        lab = f"Năm {y}"
        t.add(str(i + 1), lab, I(L[y]), Num(sawn[y], 1), Num(sawn[y] * 0.95, 1), f"Năm {y + 1}")
        m.eq(f"gỗ xẻ {y}", cell("lag", lab, "Gỗ xẻ (m³)"), lambda g, lab=lab: g("lag", lab, "Gỗ tròn (m³)") * 0.6, abs_tol=0.06)
        m.eq(f"gỗ khô {y}", cell("lag", lab, "Gỗ khô dùng được (m³)"),
             lambda g, lab=lab: g("lag", lab, "Gỗ xẻ (m³)") * 0.95, abs_tol=0.06)
    t = m.table("shed", "Gỗ xẻ đang hong trong nhà và sức chứa", ["TT", "Chỉ tiêu", *YH], "ĐVT: m³")
    t.add("1", "Gỗ đang hong đầu năm", *[Num(sawn[y - 1], 1) for y in Y])
    t.add("2", "Gỗ xẻ mới đưa vào hong", *[Num(sawn[y], 1) for y in Y])
    t.add("3", "Gỗ đủ 12 tháng đưa vào chế tác", *[Num(dry[y], 1) for y in Y])
    t.add("4", "Hao hụt khi hong 5 %", *[Num(lossw[y], 1) for y in Y])
    t.add("5", "Gỗ đang hong cuối năm", *[Num(sawn[y], 1) for y in Y])
    t.add("6", "Sức chứa hai nhà hong", *[Num(P["shed"], 1)] * 3)
    t.add("7", "Tỷ lệ sử dụng (%)", *[Num(sawn[y] / P["shed"] * 100, 1) for y in Y])
    wood = [sum(p["packs"][i] * n for p, n in zip(P["products"], P["norms"])) for i in range(3)]
    for y, yh in zip(Y, YH):
        m.eq(f"gỗ cuối năm {yh}", cell("shed", "Gỗ đang hong cuối năm", yh),
             lambda g, yh=yh: g("shed", "Gỗ đang hong đầu năm", yh) + g("shed", "Gỗ xẻ mới đưa vào hong", yh)
             - g("shed", "Gỗ đủ 12 tháng đưa vào chế tác", yh) - g("shed", "Hao hụt khi hong 5 %", yh), abs_tol=0.11)
        m.eq(f"gỗ xẻ mới {yh} = năm mua {y}", cell("shed", "Gỗ xẻ mới đưa vào hong", yh), cell("lag", f"Năm {y}", "Gỗ xẻ (m³)"))
        m.eq(f"gỗ khô {yh} = gỗ mua {y - 1}", cell("shed", "Gỗ đủ 12 tháng đưa vào chế tác", yh),
             cell("lag", f"Năm {y - 1}", "Gỗ khô dùng được (m³)"))
        m.eq(f"gỗ khô {yh} = định mức sản phẩm", cell("shed", "Gỗ đủ 12 tháng đưa vào chế tác", yh),
             lambda g, yh=yh: sum(g("sales", p["label"], yh) * n for p, n in zip(P["products"], P["norms"])), abs_tol=0.11)
        m.eq(f"tỷ lệ nhà hong {yh}", cell("shed", "Tỷ lệ sử dụng (%)", yh),
             lambda g, yh=yh: g("shed", "Gỗ đang hong cuối năm", yh) / g("shed", "Sức chứa hai nhà hong", yh) * 100, abs_tol=0.06)
        m.le(f"nhà hong ≤ 85 % {yh}", cell("shed", "Tỷ lệ sử dụng (%)", yh), 85)
    for y in Y[1:]:
        m.eq(f"gỗ đầu {y} = cuối {y - 1}", cell("shed", "Gỗ đang hong đầu năm", f"Năm {y}"),
             cell("shed", "Gỗ đang hong cuối năm", f"Năm {y - 1}"))
    t = m.table("logs", "Gỗ tròn cần mua trong năm và nguồn cung", ["TT", "Chỉ tiêu", *YH], "ĐVT: m³")
    tot = sum(q for _, q in P["supply"])
    for i, (lab, q) in enumerate(P["supply"]):
        t.add(str(i + 1), lab, *[I(q)] * 3)
    t.add("", "Tổng nguồn gỗ tròn", *[I(tot)] * 3)
    t.add("", "Gỗ tròn cần mua (cho năm sau)", *[I(L[y]) for y in Y])
    t.add("", "Còn dư", *[I(tot - L[y]) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"nguồn gỗ {yh}", cell("logs", "Tổng nguồn gỗ tròn", yh), ysum("logs", [l for l, _ in P["supply"]], yh))
        m.eq(f"gỗ cần {yh}", cell("logs", "Gỗ tròn cần mua (cho năm sau)", yh), cell("lag", f"Năm {y}", "Gỗ tròn (m³)"))
        m.eq(f"gỗ dư {yh}", cell("logs", "Còn dư", yh),
             lambda g, yh=yh: g("logs", "Tổng nguồn gỗ tròn", yh) - g("logs", "Gỗ tròn cần mua (cho năm sau)", yh))
        m.le(f"gỗ cần ≤ nguồn {yh}", cell("logs", "Gỗ tròn cần mua (cho năm sau)", yh), cell("logs", "Tổng nguồn gỗ tròn", yh))
    t = m.table("cnc", "Công suất máy CNC cho khay và hộp", ["TT", "Chỉ tiêu", *YH])
    kh = [P["products"][0]["packs"][i] + P["products"][1]["packs"][i] for i in range(3)]
    t.add("1", "Khay, hộp làm phôi trên máy CNC (chiếc)", *[I(x) for x in kh])
    t.add("2", "Công suất 2 máy × 30 chiếc × 280 ngày", *[I(P["cnc"])] * 3)
    t.add("3", "Tỷ lệ sử dụng (%)", *[Num(x / P["cnc"] * 100, 1) for x in kh])
    for yh in YH:
        m.eq(f"khay + hộp {yh}", cell("cnc", "Khay, hộp làm phôi trên máy CNC (chiếc)", yh),
             ysum("sales", [P["products"][0]["label"], P["products"][1]["label"]], yh))
        m.eq(f"tỷ lệ CNC {yh}", cell("cnc", "Tỷ lệ sử dụng (%)", yh),
             lambda g, yh=yh: g("cnc", "Khay, hộp làm phôi trên máy CNC (chiếc)", yh)
             / g("cnc", "Công suất 2 máy × 30 chiếc × 280 ngày", yh) * 100, abs_tol=0.06)
        m.le(f"CNC ≤ 85 % {yh}", cell("cnc", "Tỷ lệ sử dụng (%)", yh), 85)
    t = m.table("giavon", "Giá vốn gỗ của sản phẩm bán trong năm (gỗ mua năm trước)", ["TT", "Chỉ tiêu", *YH])
    lp = [P["log_price"][y - 1] for y in Y]
    t.add("1", "Gỗ tròn mua năm trước (m³)", *[I(L[y - 1]) for y in Y])
    t.add("2", "Giá gỗ tròn năm trước (triệu đồng/m³)", *[Num(x, 1) for x in lp])
    t.add("3", "Tiền gỗ (triệu đồng)", *[M(L[y - 1] * p) for y, p in zip(Y, lp)])
    t.add("4", "Xẻ, vận chuyển 0,35 triệu đồng/m³ (triệu đồng)", *[M(L[y - 1] * P["saw_cost"]) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"gỗ năm trước {yh}", cell("giavon", "Gỗ tròn mua năm trước (m³)", yh), cell("lag", f"Năm {y - 1}", "Gỗ tròn (m³)"))
        m.eq(f"tiền gỗ {yh}", cell("giavon", "Tiền gỗ (triệu đồng)", yh),
             lambda g, yh=yh: g("giavon", "Gỗ tròn mua năm trước (m³)", yh) * g("giavon", "Giá gỗ tròn năm trước (triệu đồng/m³)", yh))
        m.eq(f"xẻ gỗ {yh}", cell("giavon", "Xẻ, vận chuyển 0,35 triệu đồng/m³ (triệu đồng)", yh),
             lambda g, yh=yh: g("giavon", "Gỗ tròn mua năm trước (m³)", yh) * 0.35)
    fin = [sum(p["packs"][i] * f for p, f in zip(P["products"], P["finish"])) / 1e6 for i in range(3)]
    mat = [("Gỗ xoan đào (giá vốn, mua năm trước)", [L[y - 1] * p for y, p in zip(Y, lp)],
            [cell("giavon", "Tiền gỗ (triệu đồng)", yh) for yh in YH]),
           ("Xẻ, vận chuyển gỗ (năm trước)", [L[y - 1] * P["saw_cost"] for y in Y],
            [cell("giavon", "Xẻ, vận chuyển 0,35 triệu đồng/m³ (triệu đồng)", yh) for yh in YH]),
           ("Dầu lau gỗ, sơn PU, phụ liệu", fin,
            [lambda g, yh=yh: sum(g("sales", p["label"], yh) * f for p, f in zip(P["products"], P["finish"])) / 1e6 for yh in YH])]
    ov = {}
    if m.planted:
        ov = {"src": P["src_printed"], "src_defect": "capital-mismatch"}
    else:
        ov = {"src": [1100, 800, 300]}
    finance(m, P, mat, ov)
    for y in L:
        m.fact(f"logs{y}", L[y])
        m.fact(f"sawn{y}", sawn[y], 1)
    for i, y in enumerate(Y):
        m.fact(f"dry{y}", dry[y], 1)
        m.fact(f"wood{y}", wood[i], 1)
        m.fact(f"shed_use{y}", sawn[y] / P["shed"] * 100, 1)
    m.fact("log_sup", tot)


# =========================================================================== gw09 mắm ruốc (revise)
GW09 = dict(
    unit="kg",
    R={2025: 5800, 2026: 6300, 2027: 12000, 2028: 20000, 2029: 24000}, same=0.4, salt=0.2,
    ruoc_price={2026: 12000, 2027: 12500, 2028: 13000, 2029: 13500}, salt_price=3000,
    jars=40 * 200 + 6 * 5000, boats=("Thuyền đánh ruốc ven bờ bến Xuân Hội (15 thuyền × 2.000 kg)", 30000),
    products=[dict(label="Mắm ruốc, hũ thủy tinh 500 g", dvt="hũ", size=0.5,
                   packs=[6000, 10000, 14000], price=[42000, 43000, 44000], pc=7000),
              dict(label="Mắm ruốc, hũ nhựa 1 kg", dvt="hũ", size=1,
                   packs=[2580, 4700, 6600], price=[75000, 77000, 79000], pc=4000),
              dict(label="Mắm ruốc, can 5 kg cho quán ăn", dvt="can", size=5,
                   packs=[600, 1100, 1600], price=[330000, 340000, 350000], pc=12000)],
    hist=dict(out=[5200, 5600, 6000], price=[66000, 68000, 70000], cost=[280.0, 300.0, 322.0]),
    roles=[("Lao động gia đình (vợ chồng và hai con)", [4, 4, 4])],
    wage=[4.5, 4.7, 4.9],
    energy=("Điện, nước rửa", [12, 15, 18]), sell=("Vận chuyển, bán hàng", [80, 160, 240]),
    other=("Chi phí khác", [20, 35, 50]),
    inv=[("6 bể ủ xi măng 5 tấn, nắp kính", 180, True),
         ("Mái tôn che bể, sân phơi 150 m²", 150, True),
         ("Máy xay, máy trộn mắm", 40, True),
         ("Hũ, can, in nhãn", 40, False),
         ("Vốn lưu động (ruốc, muối đầu vụ)", 190, False)],
    src=[("Tiền tích lũy của gia đình", 300), ("Vay Ngân hàng Chính sách xã hội", 200), ("Vay người thân", 100)],
    life=10, loan=[200, 150, 100], rate=0.066,
)


def gw09(m: Model) -> None:
    P = GW09
    R = P["R"]
    salt = {y: R[y] * P["salt"] for y in R}
    history(m, P)
    t = m.table("lag", "Ruốc muối trong năm và mắm ruốc bán ra theo tháng",
                ["TT", "Vụ ruốc", "Ruốc tươi (kg)", "Muối (kg)", "Bán tháng 10 – 12", "Bán năm sau"])
    for i, y in enumerate(sorted(R)):
        lab = f"Vụ {y}"
        t.add(str(i + 1), lab, I(R[y]), I(salt[y]), I(R[y] * P["same"]), I(R[y] * (1 - P["same"])))
        m.eq(f"muối {y}", cell("lag", lab, "Muối (kg)"), lambda g, lab=lab: g("lag", lab, "Ruốc tươi (kg)") * 0.2)
        m.eq(f"bán cùng năm {y}", cell("lag", lab, "Bán tháng 10 – 12"), lambda g, lab=lab: g("lag", lab, "Ruốc tươi (kg)") * 0.4)
        m.eq(f"bán năm sau {y}", cell("lag", lab, "Bán năm sau"), lambda g, lab=lab: g("lag", lab, "Ruốc tươi (kg)") * 0.6)
    for y, yh in zip(Y, YH):
        m.eq(f"mắm bán {yh} = 60 % vụ {y - 1} + 40 % vụ {y}", cell("sales", "Cộng quy ra kg", yh),
             lambda g, y=y: g("lag", f"Vụ {y - 1}", "Bán năm sau") + g("lag", f"Vụ {y}", "Bán tháng 10 – 12"))
    sales = {y: R[y - 1] * 0.6 + R[y] * 0.4 for y in Y}
    t = m.table("stock", "Mắm ruốc trong chum, bể: đầu năm, muối mới, bán ra, cuối năm", ["TT", "Chỉ tiêu", *YH], "ĐVT: kg")
    t.add("1", "Mắm tồn đầu năm (60 % vụ trước)", *[I(R[y - 1] * 0.6) for y in Y])
    t.add("2", "Mắm từ ruốc muối trong năm", *[I(R[y]) for y in Y])
    t.add("3", "Mắm bán ra trong năm", *[I(sales[y]) for y in Y])
    t.add("4", "Mắm tồn cuối năm", *[I(R[y] * 0.6) for y in Y])
    t.add("5", "Ruốc và muối trong chum, bể mùa cao điểm", *[I(R[y] + salt[y]) for y in Y])
    t.add("6", "Sức chứa 40 chum và 6 bể", *[I(P["jars"])] * 3)
    t.add("7", "Tỷ lệ sử dụng mùa cao điểm (%)", *[Num((R[y] + salt[y]) / P["jars"] * 100, 1) for y in Y])
    S = "stock"
    for y, yh in zip(Y, YH):
        m.eq(f"tồn cuối năm {yh}", cell(S, "Mắm tồn cuối năm", yh),
             lambda g, yh=yh: g(S, "Mắm tồn đầu năm (60 % vụ trước)", yh) + g(S, "Mắm từ ruốc muối trong năm", yh)
             - g(S, "Mắm bán ra trong năm", yh))
        m.eq(f"bán ra {yh}", cell(S, "Mắm bán ra trong năm", yh), cell("sales", "Cộng quy ra kg", yh))
        m.eq(f"muối mới {yh}", cell(S, "Mắm từ ruốc muối trong năm", yh), cell("lag", f"Vụ {y}", "Ruốc tươi (kg)"))
        m.eq(f"cao điểm {yh}", cell(S, "Ruốc và muối trong chum, bể mùa cao điểm", yh),
             lambda g, y=y: g("lag", f"Vụ {y}", "Ruốc tươi (kg)") + g("lag", f"Vụ {y}", "Muối (kg)"))
        m.eq(f"tỷ lệ chum bể {yh}", cell(S, "Tỷ lệ sử dụng mùa cao điểm (%)", yh),
             lambda g, yh=yh: g(S, "Ruốc và muối trong chum, bể mùa cao điểm", yh) / g(S, "Sức chứa 40 chum và 6 bể", yh) * 100,
             abs_tol=0.06)
        m.le(f"chum bể ≤ 85 % {yh}", cell(S, "Tỷ lệ sử dụng mùa cao điểm (%)", yh), 85)
    for y in Y[1:]:
        m.eq(f"tồn đầu {y} = cuối {y - 1}", cell(S, "Mắm tồn đầu năm (60 % vụ trước)", f"Năm {y}"),
             cell(S, "Mắm tồn cuối năm", f"Năm {y - 1}"))
    t = m.table("supply", "Ruốc tươi cần mua và nguồn cung", ["TT", "Chỉ tiêu", *YH], "ĐVT: kg")
    bl, bq = P["boats"]
    t.add("1", bl, *[I(bq)] * 3)
    t.add("2", "Ruốc tươi cần muối trong năm", *[I(R[y]) for y in Y])
    t.add("3", "Còn dư", *[I(bq - R[y]) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"ruốc cần {yh}", cell("supply", "Ruốc tươi cần muối trong năm", yh), cell("lag", f"Vụ {y}", "Ruốc tươi (kg)"))
        m.eq(f"ruốc dư {yh}", cell("supply", "Còn dư", yh),
             lambda g, yh=yh: g("supply", bl, yh) - g("supply", "Ruốc tươi cần muối trong năm", yh))
        m.le(f"ruốc cần ≤ nguồn {yh}", cell("supply", "Ruốc tươi cần muối trong năm", yh), cell("supply", bl, yh))
    rp, sp = P["ruoc_price"], P["salt_price"]
    t = m.table("giavon", "Giá vốn ruốc, muối của mắm bán trong năm", ["TT", "Chỉ tiêu", *YH])
    a = [R[y - 1] * 0.6 for y in Y]
    b = [R[y] * 0.4 for y in Y]
    ca = [R[y - 1] * 0.6 * (rp[y - 1] + 0.2 * sp) / 1e6 for y in Y]
    cb = [R[y] * 0.4 * (rp[y] + 0.2 * sp) / 1e6 for y in Y]
    t.add("1", "Mắm từ vụ năm trước (kg)", *[I(x) for x in a])
    t.add("2", "Giá ruốc vụ năm trước (đồng/kg)", *[I(rp[y - 1]) for y in Y])
    t.add("3", "Mắm từ vụ cùng năm (kg)", *[I(x) for x in b])
    t.add("4", "Giá ruốc vụ cùng năm (đồng/kg)", *[I(rp[y]) for y in Y])
    t.add("5", "Tiền ruốc, muối (triệu đồng)", *[M(x + z) for x, z in zip(ca, cb)])
    for y, yh in zip(Y, YH):
        m.eq(f"mắm vụ trước {yh}", cell("giavon", "Mắm từ vụ năm trước (kg)", yh), cell("lag", f"Vụ {y - 1}", "Bán năm sau"))
        m.eq(f"mắm vụ cùng năm {yh}", cell("giavon", "Mắm từ vụ cùng năm (kg)", yh), cell("lag", f"Vụ {y}", "Bán tháng 10 – 12"))
        m.eq(f"tiền ruốc muối {yh}", cell("giavon", "Tiền ruốc, muối (triệu đồng)", yh),
             lambda g, yh=yh: (g("giavon", "Mắm từ vụ năm trước (kg)", yh) * (g("giavon", "Giá ruốc vụ năm trước (đồng/kg)", yh) + 600)
                               + g("giavon", "Mắm từ vụ cùng năm (kg)", yh) * (g("giavon", "Giá ruốc vụ cùng năm (đồng/kg)", yh) + 600)) / 1e6)
    mat = [("Ruốc, muối (giá vốn mắm bán trong năm)", [x + z for x, z in zip(ca, cb)],
            [cell("giavon", "Tiền ruốc, muối (triệu đồng)", yh) for yh in YH])]
    ov = {"growth_defect": "unrealistic-growth"} if m.planted else {}
    finance(m, P, mat, ov)
    for y in R:
        m.fact(f"R{y}", R[y])
    for y in Y:
        m.fact(f"sales{y}", sales[y])
        m.fact(f"peak{y}", (R[y] + salt[y]) / P["jars"] * 100, 1)
    m.fact("jars", P["jars"])


# =========================================================================== gw10 bò khô (revise)
GW10 = dict(
    unit="kg",
    bought={2026: 80, 2027: 100, 2028: 120, 2029: 140}, loss=0.05, meat=100, ratio=2.5,
    calf_price={2026: 13.5, 2027: 14.0, 2028: 14.5}, feed=4.8, slaughter=0.6, spice=35000,
    barn=180, dryer=30 * 200,
    supply=[("Hộ nuôi bò sinh sản thành viên (45 hộ × 2 con)", 90), ("Thương lái chợ bò Phúc Đồng (hợp đồng)", 60)],
    products=[dict(label="Bò khô xé sợi, hũ 250 g", dvt="hũ", size=0.25,
                   packs=[4800, 6000, 7200], price=[250000, 258000, 266000], pc=6000),
              dict(label="Bò khô miếng, túi 500 g", dvt="túi", size=0.5,
                   packs=[2400, 3000, 3600], price=[470000, 484000, 498000], pc=5000),
              dict(label="Bò khô miếng, túi 1 kg", dvt="túi", size=1,
                   packs=[640, 800, 960], price=[880000, 905000, 930000], pc=6000)],
    side=[dict(label="Da, xương, lòng (con)", dvt="con", size=0,
               packs=[76, 95, 114], price=[2500000, 2600000, 2700000], pc=0)],
    hist=dict(out=[2200, 2500, 2800], price=[900000, 920000, 940000], cost=[1790.0, 2060.0, 2330.0]),
    roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Chăn nuôi bò", [2, 2, 3]),
           ("Chế biến, sấy, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
    wage=[6.0, 6.3, 6.6],
    energy=("Điện, than sấy, kho lạnh", [90, 105, 120]), sell=("Bán hàng, vận chuyển, hội chợ", [150, 180, 210]),
    other=("Phí, thuế và chi phí khác", [40, 45, 50]),
    inv=[("Chuồng bò 80 con (dãy mới)", 420, True),
         ("Lò sấy bò khô 2 buồng, kho lạnh 15 m³", 380, True),
         ("Máy thái, máy xé sợi, máy hút chân không", 150, True),
         ("Hũ, túi, thùng đóng gói", 40, False),
         ("Đăng ký nhãn hiệu", 30, False),
         ("Vốn lưu động (bê giống nuôi 10 tháng)", 580, False)],
    src=[("Vốn góp của thành viên", 700), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
    life=10, loan=[700, 560, 420], rate=0.08,
    profit_plant=1.3,
)


def gw10(m: Model) -> None:
    P = GW10
    Bt = P["bought"]
    sold = {y: round(Bt[y - 1] * (1 - P["loss"])) for y in Y}
    lost = {y: Bt[y - 1] - sold[y] for y in Y}
    meat = {y: sold[y] * P["meat"] for y in Y}
    kho = {y: meat[y] / P["ratio"] for y in Y}
    history(m, P)
    t = m.table("herd", "Đàn bò vỗ béo: đầu năm, xuất chuồng, nhập bê, cuối năm", ["TT", "Chỉ tiêu", *YH], "ĐVT: con")
    t.add("1", "Đàn đầu năm (bê nhập năm trước)", *[I(Bt[y - 1]) for y in Y])
    t.add("2", "Xuất chuồng tháng 1 – 2", *[I(sold[y]) for y in Y])
    t.add("3", "Hao hụt trong 10 tháng nuôi (5 %)", *[I(lost[y]) for y in Y])
    t.add("4", "Nhập bê tháng 3 – 4", *[I(Bt[y]) for y in Y])
    t.add("5", "Đàn cuối năm", *[I(Bt[y]) for y in Y])
    t.add("6", "Sức chứa chuồng", *[I(P["barn"])] * 3)
    H = "herd"
    for y, yh in zip(Y, YH):
        m.eq(f"đàn cuối {yh}", cell(H, "Đàn cuối năm", yh),
             lambda g, yh=yh: g(H, "Đàn đầu năm (bê nhập năm trước)", yh) - g(H, "Xuất chuồng tháng 1 – 2", yh)
             - g(H, "Hao hụt trong 10 tháng nuôi (5 %)", yh) + g(H, "Nhập bê tháng 3 – 4", yh))
        m.eq(f"xuất chuồng {yh} = 95 %", cell(H, "Xuất chuồng tháng 1 – 2", yh),
             lambda g, yh=yh: g(H, "Đàn đầu năm (bê nhập năm trước)", yh) * 0.95, abs_tol=1)
        m.le(f"chuồng {yh}", cell(H, "Đàn cuối năm", yh), lambda g, yh=yh: g(H, "Sức chứa chuồng", yh) * 0.85)
    for y in Y[1:]:
        m.eq(f"đầu {y} = cuối {y - 1}", cell(H, "Đàn đầu năm (bê nhập năm trước)", f"Năm {y}"), cell(H, "Đàn cuối năm", f"Năm {y - 1}"))
    t = m.table("beef", "Thịt bò và bò khô sản xuất trong năm, công suất lò sấy", ["TT", "Chỉ tiêu", *YH])
    t.add("1", "Bò xuất chuồng (con)", *[I(sold[y]) for y in Y])
    t.add("2", "Thịt tinh, 100 kg/con (kg)", *[I(meat[y]) for y in Y])
    t.add("3", "Bò khô thành phẩm, 2,5 kg thịt/kg (kg)", *[I(kho[y]) for y in Y])
    t.add("4", "Công suất lò sấy 30 kg × 200 ngày (kg)", *[I(P["dryer"])] * 3)
    t.add("5", "Tỷ lệ sử dụng lò sấy (%)", *[Num(kho[y] / P["dryer"] * 100, 1) for y in Y])
    B = "beef"
    for yh in YH:
        m.eq(f"bò xuất {yh}", cell(B, "Bò xuất chuồng (con)", yh), cell(H, "Xuất chuồng tháng 1 – 2", yh))
        m.eq(f"thịt tinh {yh}", cell(B, "Thịt tinh, 100 kg/con (kg)", yh), lambda g, yh=yh: g(B, "Bò xuất chuồng (con)", yh) * 100)
        m.eq(f"bò khô {yh}", cell(B, "Bò khô thành phẩm, 2,5 kg thịt/kg (kg)", yh),
             lambda g, yh=yh: g(B, "Thịt tinh, 100 kg/con (kg)", yh) / 2.5)
        m.eq(f"bò khô {yh} = bán", cell(B, "Bò khô thành phẩm, 2,5 kg thịt/kg (kg)", yh), cell("sales", "Cộng quy ra kg", yh))
        m.eq(f"phụ phẩm {yh} = số con", cell("sales", "Da, xương, lòng (con)", yh), cell(B, "Bò xuất chuồng (con)", yh))
        m.eq(f"tỷ lệ lò sấy {yh}", cell(B, "Tỷ lệ sử dụng lò sấy (%)", yh),
             lambda g, yh=yh: g(B, "Bò khô thành phẩm, 2,5 kg thịt/kg (kg)", yh) / 6000 * 100, abs_tol=0.06)
        m.le(f"lò sấy ≤ 85 % {yh}", cell(B, "Tỷ lệ sử dụng lò sấy (%)", yh), 85)
    t = m.table("calves", "Bê giống cần nhập và nguồn cung", ["TT", "Chỉ tiêu", *YH], "ĐVT: con")
    tot = sum(q for _, q in P["supply"])
    for i, (lab, q) in enumerate(P["supply"]):
        t.add(str(i + 1), lab, *[I(q)] * 3)
    t.add("", "Tổng nguồn bê giống", *[I(tot)] * 3)
    t.add("", "Bê cần nhập", *[I(Bt[y]) for y in Y])
    t.add("", "Còn dư", *[I(tot - Bt[y]) for y in Y])
    for yh in YH:
        m.eq(f"nguồn bê {yh}", cell("calves", "Tổng nguồn bê giống", yh), ysum("calves", [l for l, _ in P["supply"]], yh))
        m.eq(f"bê cần {yh}", cell("calves", "Bê cần nhập", yh), cell(H, "Nhập bê tháng 3 – 4", yh))
        m.eq(f"bê dư {yh}", cell("calves", "Còn dư", yh),
             lambda g, yh=yh: g("calves", "Tổng nguồn bê giống", yh) - g("calves", "Bê cần nhập", yh))
        m.le(f"bê cần ≤ nguồn {yh}", cell("calves", "Bê cần nhập", yh), cell("calves", "Tổng nguồn bê giống", yh))
    cp = P["calf_price"]
    t = m.table("giavon", "Giá vốn đàn bò xuất chuồng trong năm (nhập năm trước)", ["TT", "Chỉ tiêu", *YH])
    t.add("1", "Bê nhập năm trước (con)", *[I(Bt[y - 1]) for y in Y])
    t.add("2", "Giá bê năm trước (triệu đồng/con)", *[Num(cp[y - 1], 1) for y in Y])
    t.add("3", "Tiền bê giống (triệu đồng)", *[M(Bt[y - 1] * cp[y - 1]) for y in Y])
    t.add("4", "Thức ăn, thú y 10 tháng, 4,8 triệu đồng/con (triệu đồng)", *[M(Bt[y - 1] * P["feed"]) for y in Y])
    for y, yh in zip(Y, YH):
        m.eq(f"bê năm trước {yh}", cell("giavon", "Bê nhập năm trước (con)", yh), cell(H, "Đàn đầu năm (bê nhập năm trước)", yh))
        m.eq(f"tiền bê {yh}", cell("giavon", "Tiền bê giống (triệu đồng)", yh),
             lambda g, yh=yh: g("giavon", "Bê nhập năm trước (con)", yh) * g("giavon", "Giá bê năm trước (triệu đồng/con)", yh))
        m.eq(f"thức ăn bò {yh}", cell("giavon", "Thức ăn, thú y 10 tháng, 4,8 triệu đồng/con (triệu đồng)", yh),
             lambda g, yh=yh: g("giavon", "Bê nhập năm trước (con)", yh) * 4.8)
    mat = [("Bê giống (giá vốn, nhập năm trước)", [Bt[y - 1] * cp[y - 1] for y in Y],
            [cell("giavon", "Tiền bê giống (triệu đồng)", yh) for yh in YH]),
           ("Thức ăn, thú y (đàn nhập năm trước)", [Bt[y - 1] * P["feed"] for y in Y],
            [cell("giavon", "Thức ăn, thú y 10 tháng, 4,8 triệu đồng/con (triệu đồng)", yh) for yh in YH]),
           ("Giết mổ 0,6 triệu đồng/con", [sold[y] * P["slaughter"] for y in Y],
            [lambda g, yh=yh: g(B, "Bò xuất chuồng (con)", yh) * 0.6 for yh in YH]),
           ("Gia vị, 35.000 đồng/kg bò khô", [kho[y] * P["spice"] / 1e6 for y in Y],
            [lambda g, yh=yh: g(B, "Bò khô thành phẩm, 2,5 kg thịt/kg (kg)", yh) * 35000 / 1e6 for yh in YH])]
    ov = {}
    if m.planted:
        # compute the true 2028 profit first, then print it 30 % higher
        tm = Model(m.key, False)
        gw10_true = _true_profit(tm, P, mat)
        ov = {"profit": {1: r1(gw10_true[1] * P["profit_plant"])}, "profit_defect": "profit-mismatch"}
    finance(m, P, mat, ov)
    for y in Bt:
        m.fact(f"bought{y}", Bt[y])
    for y in Y:
        m.fact(f"sold{y}", sold[y])
        m.fact(f"kho{y}", kho[y])
        m.fact(f"meat{y}", meat[y])
        m.fact(f"dry_use{y}", kho[y] / P["dryer"] * 100, 1)
    m.fact("calf_sup", tot)


def _true_profit(tm: Model, P: dict, mat: list) -> list[float]:
    history(tm, P)
    finance(tm, P, mat)
    return tm.v["prof"]


MODELS = {"gw01": gw01, "gw02": gw02, "gw03": gw03, "gw04": gw04, "gw05": gw05, "gw06": gw06,
          "gw07": gw07, "gw08": gw08, "gw09": gw09, "gw10": gw10}


# papers tables: (paper, number and date, validity or schedule)
PAPERS: dict[str, list[tuple[str, str, str]]] = {
    "gw01": [
        ('Giấy chứng nhận đăng ký doanh nghiệp', '3002245187, thay đổi 10/9/2025', 'Còn hiệu lực'),
        ('Giấy chứng nhận cơ sở đủ điều kiện ATTP', '112/2027/NNMT-GCNATTP, 15/01/2027', 'Đến 15/01/2030'),
        ('Tiêu chuẩn cơ sở TCCS 01:2026/PH', 'Công bố 05/11/2026', 'Theo TCVN 5107:2018'),
        ('Phiếu kết quả thử nghiệm', 'KN-2611/26, 20/11/2026', 'Đạt các chỉ tiêu công bố'),
        ('Bản tự công bố sản phẩm', '01/PH/2026, 28/11/2026', 'Còn hiệu lực'),
        ('Giấy chứng nhận đăng ký nhãn hiệu Phúc Hải', 'Số 498215, 12/8/2025', 'Đến 03/5/2033'),
        ('Đăng ký môi trường', 'UBND xã Thiên Cầm tiếp nhận 02/12/2025', 'Còn hiệu lực'),
    ],
    "gw02": [
        ('Giấy chứng nhận đăng ký hợp tác xã', '3002167093, thay đổi 14/10/2024', 'Còn hiệu lực'),
        ('Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', '07/GP-SCT, 22/9/2025', 'Đến 22/9/2030'),
        ('Giấy chứng nhận cơ sở đủ điều kiện ATTP', '35/2027/GCNATTP-SCT, 18/01/2027', 'Đến 18/01/2030'),
        ('Tiêu chuẩn cơ sở TCCS 02:2026/ĐL', 'Công bố 10/12/2026', 'Theo QCVN 6-3:2010/BYT'),
        ('Phiếu kết quả thử nghiệm (methanol, aldehyd)', 'TN-1204/26, 04/12/2026', 'Đạt'),
        ('Bản tự công bố sản phẩm', '02/ĐL/2026, 16/12/2026', 'Còn hiệu lực'),
        ('Nhãn hiệu Rượu nếp Đồng Lộc', 'Số 476093, 21/02/2024', 'Đến 09/6/2032'),
        ('Đăng ký môi trường', 'UBND xã Đồng Lộc tiếp nhận 18/11/2025', 'Còn hiệu lực'),
    ],
    "gw03": [
        ('Giấy chứng nhận đăng ký hộ kinh doanh', '28E8004517, thay đổi 18/9/2025', 'Còn hiệu lực'),
        ('Giấy chứng nhận cơ sở đủ điều kiện ATTP', '09/2027/GCNATTP-SYT, 12/01/2027', 'Đến 12/01/2030'),
        ('Tiêu chuẩn cơ sở TCCS 01:2026/ST', 'Công bố 20/11/2026', 'Trà đinh lăng túi lọc và trà khô'),
        ('Phiếu kết quả thử nghiệm', 'KQ-3318/26, 25/11/2026', 'Đạt (độ ẩm, tro, vi sinh, kim loại nặng)'),
        ('Bản tự công bố sản phẩm', '01/ST/2026, 02/12/2026', 'Còn hiệu lực'),
        ('Đơn đăng ký nhãn hiệu Đinh lăng Sơn Tiến', '4-2026-18452, 14/4/2026', 'Dự kiến cấp năm 2027'),
    ],
    "gw04": [
        ('Giấy chứng nhận đăng ký tổ hợp tác', '04/ĐKTHT, UBND xã Sơn Hồng, 20/8/2024', 'Mã số thuế 3002298716'),
        ('Giấy chứng nhận cơ sở đủ điều kiện ATTP (phòng sơ chế, đóng khay)', '21/2027/GCN-NNMT, 26/01/2027', 'Đến 26/01/2030'),
        ('Hợp đồng giết mổ với cơ sở giết mổ tập trung đủ điều kiện thú y', '08/2027/HĐGM, 10/01/2027', 'Đến 31/12/2030'),
        ('Tiêu chuẩn cơ sở TCCS 01:2026/NH', 'Công bố 15/12/2026', 'Thịt dê tươi và ướp gia vị'),
        ('Phiếu kết quả thử nghiệm', 'TP-0917/26, 18/12/2026', 'Đạt (vi sinh, tồn dư kháng sinh)'),
        ('Bản tự công bố sản phẩm', '01/NH/2026, 22/12/2026', 'Còn hiệu lực'),
        ('Giấy chứng nhận đăng ký nhãn hiệu Dê Núi Hồng', 'Số 512774, 30/10/2025', 'Đến 17/3/2034'),
        ('Đăng ký môi trường', 'UBND xã Sơn Hồng tiếp nhận 05/12/2025', 'Còn hiệu lực'),
    ],
    "gw05": [
        ('Giấy chứng nhận đăng ký doanh nghiệp', '3002311488, thay đổi 06/8/2025', 'Còn hiệu lực'),
        ('Giấy chứng nhận cơ sở đủ điều kiện ATTP', '18/2026/GCNATTP-SCT, 14/3/2026', 'Đến 14/3/2029, gia hạn quý IV/2028'),
        ('Tiêu chuẩn cơ sở TCCS 01:2025/XL', 'Công bố 10/10/2025', 'Theo QCVN 6-3:2010/BYT'),
        ('Phiếu kết quả thử nghiệm', 'TN-0822/26, 22/8/2026', 'Đạt (độ cồn, methanol, aldehyd)'),
        ('Bản tự công bố sản phẩm', '01/XL/2025, 20/10/2025', 'Còn hiệu lực'),
        ('Giấy chứng nhận đăng ký nhãn hiệu Sim Xuân Lĩnh', 'Số 455120, 05/7/2023', 'Đến 11/01/2032'),
        ('Đăng ký môi trường', 'UBND xã Xuân Lĩnh tiếp nhận 25/9/2025', 'Còn hiệu lực'),
    ],
    "gw06": [
        ('Giấy chứng nhận đăng ký hợp tác xã', '3002184539, thay đổi 02/12/2024', 'Còn hiệu lực'),
        ('Giấy chứng nhận cơ sở đủ điều kiện ATTP', '64/2026/GCN-NNMT, 19/5/2026', 'Đến 19/5/2029'),
        ('Tiêu chuẩn cơ sở TCCS 01:2025/ST', 'Công bố 03/9/2025', 'Chè búp khô'),
        ('Phiếu kết quả thử nghiệm', 'KQ-1588/26, 11/6/2026', 'Đạt (độ ẩm, tro, tồn dư thuốc BVTV)'),
        ('Bản tự công bố sản phẩm', '01/ST/2025, 15/9/2025', 'Còn hiệu lực'),
        ('Giấy chứng nhận đăng ký nhãn hiệu Chè búp Sơn Tây', 'Số 463551, 28/11/2023', 'Đến 06/4/2032'),
    ],
    "gw07": [
        ('Giấy chứng nhận đăng ký hộ kinh doanh', '28A8011236, thay đổi 03/10/2025', 'Còn hiệu lực'),
        ('Giấy chứng nhận VietGAP cho 4,5 ha cam', 'VG-TT-2025-0318, 20/8/2025', 'Đến 20/8/2028, tái chứng nhận 2028'),
        ('Bản cam kết sản xuất thực phẩm an toàn', 'UBND xã Đức Lĩnh tiếp nhận 12/3/2026', 'Còn hiệu lực'),
        ('Tiêu chuẩn cơ sở cam quả tươi TCCS 01:2026/KG', 'Công bố 15/7/2026', 'Kèm phiếu thử nghiệm dư lượng'),
        ('Giấy chứng nhận đăng ký nhãn hiệu Cam chanh Khe Giao', 'Số 487702, 18/3/2025', 'Đến 22/7/2033'),
    ],
    "gw08": [
        ('Giấy chứng nhận đăng ký doanh nghiệp', '3002276604, thay đổi 21/4/2024', 'Còn hiệu lực'),
        ('Bảng kê lâm sản, hồ sơ nguồn gốc gỗ rừng trồng', 'Theo từng lô gỗ mua', 'Lưu tại công ty'),
        ('Tiêu chuẩn cơ sở TCCS 01:2025/ĐT', 'Công bố 12/6/2025', 'Khay, hộp, tượng gỗ'),
        ('Giấy chứng nhận đăng ký nhãn hiệu Mộc Đức Thuận', 'Số 470318, 09/01/2024', 'Đến 14/9/2032'),
        ('Đơn đăng ký kiểu dáng công nghiệp khay trà hoa sen', '3-2026-00712, 18/3/2026', 'Đang thẩm định'),
    ],
    "gw09": [
        ('Tiêu chuẩn cơ sở mắm ruốc', 'Đang xây dựng', 'Công bố quý II/2027'),
        ('Phiếu kết quả thử nghiệm (đạm, muối, vi sinh)', 'Gửi mẫu tháng 3/2027', 'Quý II/2027'),
        ('Nhãn hũ, can theo Nghị định 43/2017/NĐ-CP, 111/2021/NĐ-CP', 'Thiết kế xong 8/2026', 'In từ quý I/2027'),
        ('Đơn bảo hộ nhãn hiệu Mắm ruốc Xuân Hội', 'Nộp tháng 8/2026', 'Dự kiến cấp năm 2028'),
    ],
    "gw10": [
        ('Giấy chứng nhận đăng ký hợp tác xã', '3002205817, thay đổi 25/11/2024', 'Còn hiệu lực'),
        ('Giấy chứng nhận cơ sở đủ điều kiện ATTP', '47/2026/GCN-NNMT, 08/4/2026', 'Đến 08/4/2029'),
        ('Hợp đồng giết mổ tại cơ sở giết mổ tập trung', '15/2026/HĐ, 20/12/2026', 'Đến 31/12/2029'),
        ('Giấy chứng nhận đăng ký nhãn hiệu Bò vàng Hương Liên', 'Số 481906, 03/02/2025', 'Đến 16/8/2033'),
        ('Đăng ký môi trường', 'UBND xã Hương Liên tiếp nhận 14/5/2025', 'Còn hiệu lực'),
    ],
}


def model(key: str, planted: bool = True) -> Model:
    m = Model(key, planted)
    MODELS[key](m)
    if key in PAPERS:
        papers(m, PAPERS[key])
    return m


def render_table(t: Table) -> str:
    out = []
    if t.unit:
        out.append(t.unit)
    out.append("| " + " | ".join(t.header) + " |")
    out.append("|" + "---|" * len(t.header))
    for row in t.rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(out)


def selfcheck(key: str) -> list[str]:
    """The true model (no planted defect) satisfies every equality; the printed model satisfies
    every relation but the planted ones."""
    bad = []
    for planted in (False, True):
        m = model(key, planted)
        g = Grid(m, model_grids(m), None)
        for r in m.rels:
            if r.text:
                continue
            a, b = ev(r.lhs, g), ev(r.rhs, g)
            if r.kind == "eq":
                ok = abs(a - b) <= max(0.01 * max(abs(a), abs(b)), r.abs_tol)
                if planted and r.defect:
                    ok = not ok
                elif not planted and not r.defect:
                    pass
                elif not planted and r.defect:
                    pass
            else:
                if not planted:
                    continue
                ok = a <= b if not r.defect else True
                if planted and r.defect:
                    ok = a > b * 1.05 if b > 0 else a > b + abs(b) * 0.05 + 1e-9
            if not ok:
                bad.append(f"{'planted' if planted else 'true'}: {r.name}: {a:.3f} vs {b:.3f}")
    return bad


# --------------------------------------------------------------------------- reading the sources
class Plan(plancheck.Plan):
    src = HERE / "src"


CAP = re.compile(r"^Bảng (\d+)\. (.+)$")


def md_tables(body: str) -> dict[str, list[list[str]]]:
    """caption (without 'Bảng N.') -> grid of cells (header row dropped)."""
    out: dict[str, list[list[str]]] = {}
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        mt = CAP.match(lines[i].strip())
        if not mt:
            i += 1
            continue
        cap = mt.group(2).strip()
        i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith("ĐVT:")):
            i += 1
        rows = []
        while i < len(lines) and lines[i].strip().startswith("|"):
            cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            if not all(re.fullmatch(r"-+", c) for c in cells):
                rows.append(cells)
            i += 1
        out[cap] = rows[1:]
        if cap in out and rows:
            out[cap + "#header"] = [rows[0]]
    return out


def words(body: str) -> int:
    return len(re.findall(r"\w+", body))


# --------------------------------------------------------------------------- text checks per plan
NO_QC = (r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát nội bộ|lưu mẫu|\btem\b|mã vạch|VietGAP|HACCP|"
         r"\bISO\b|sổ theo dõi|ghi chép|kiểm soát chất lượng")
TEXT: dict[str, dict] = {
    "gw01": dict(has=["ít nhất 12 tháng", "Cá muối trong năm nào thì nước mắm của", "TCVN 5107:2018",
                      "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "đăng ký môi trường", "lưu mẫu", "nhật ký"]),
    "gw02": dict(has=["Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Đến 22/9/2030", "QCVN 6-3:2010/BYT",
                      "Không bán cho người dưới 18 tuổi", "Thuế tiêu thụ đặc biệt", "12 tháng", "đăng ký môi trường"]),
    "gw03": dict(has=["18 tháng", "không ghi công dụng chữa bệnh", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "lưu"]),
    "gw04": dict(has=["nuôi 9 tháng", "lứa tháng 9 năm trước", "Giấy chứng nhận cơ sở đủ điều kiện ATTP",
                      "cơ sở giết mổ tập trung", "chứng thực"]),
    "gw05": dict(has=["quả sim vụ năm trước", "Nguồn quả sim của từng vụ đáp ứng đủ nhu cầu",
                      "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "QCVN 6-3:2010/BYT", "nhãn hiệu", "đăng ký môi trường",
                      "3002311488"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "an alcohol licence (planted absent)")]),
    "gw06": dict(has=["40 kg chè khô/ngày", "270 ngày trong vụ", "đáp ứng đủ sản lượng của cả giai đoạn", "3 sao",
                      "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "tiêu chuẩn cơ sở", "nhãn hiệu"],
                 lacks=[(NO_QC, "quality control or traceability (planted absent)"),
                 ], inv_lacks=r"sao|vò"),
    "gw07": dict(has=["[tên sản phẩm]", "……", "Bản cam kết sản xuất thực phẩm an toàn", "VietGAP", "nhãn hiệu",
                      "truy xuất"]),
    "gw08": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
                      "Nguồn vốn bảo đảm đủ cho tổng vốn đầu tư"],
                 lacks=[(r"môi trường|chất thải|bụi|mùn cưa|xử lý|thu gom|khí thải|nước thải|tiếng ồn|\brác\b",
                         "environmental measures (planted absent)"),
                        (r"148/QĐ-TTg|1489/QĐ-TTg", "the current OCOP instruments")]),
    "gw09": dict(has=["không thuê thêm lao động", "mắm ruốc sạch rất lớn", "tiêu chuẩn cơ sở", "nhãn hiệu",
                      "bể lắng"],
                 lacks=[(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác",
                         "a business registration (planted absent)"),
                        (r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết", "a food-safety paper (planted absent)")]),
    "gw10": dict(has=["Giấy chứng nhận cơ sở đủ điều kiện", "nhãn hiệu", "lưu mẫu", "đăng ký môi trường", "số tai"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch", "a label (planted absent)"),
                        (r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn",
                         "a product standard (planted absent)")]),
    "gw11": dict(has=["khoảng 6 tháng", "1.000 lít", "120.000 đồng/lít", "50 triệu đồng"],
                 lacks=[(r"đăng ký|giấy phép|an toàn thực phẩm|tiêu chuẩn|nhãn|mã số thuế|môi trường", "a paper")]),
    "gw12": dict(has=["giấy chứng nhận đăng ký hộ kinh doanh", "khoảng 6 tháng", "2.000 lít", "45.000 đồng/lít"],
                 lacks=[(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất", "a paper")]),
}


def text_checks(p: Plan, key: str, m: Model) -> None:
    for s in m.has:
        p.has(s)
    for pat, what in m.lacks:
        p.lacks(pat, what)
    spec = TEXT.get(key, {})
    for s in spec.get("has", []):
        p.has(s)
    for pat, what in spec.get("lacks", []):
        p.lacks(pat, what)
    if spec.get("inv_lacks"):
        for row in m.tables["inv"].rows:
            p.check(not re.search(spec["inv_lacks"], row[1], re.I), f"investment item {row[1]!r}")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "nhãn hiệu",
              "truy xuất")
        p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
        for d in re.findall(r"[Đđ]ến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
            p.check(int(d[1]) >= 2030, f"paper valid only to {d[0]} in a ready plan")
    if key != "gw07":
        p.lacks(PLACEHOLDER, "template placeholder")


def check_full(key: str) -> Plan:
    p = Plan(STEMS[key])
    m = model(key, planted=True)
    t_model = model(key, planted=False)
    tabs = md_tables(p.body)
    grids = {}
    for k, t in m.tables.items():
        rows = tabs.get(t.caption)
        if rows is None:
            p.failures.append(f"table not found: {t.caption}")
            continue
        hdr = tabs.get(t.caption + "#header", [[]])[0]
        p.check(hdr == t.header, f"{t.caption}: header {hdr} != {t.header}")
        if len(rows) != len(t.rows):
            p.failures.append(f"{t.caption}: {len(rows)} rows, model has {len(t.rows)}")
            continue
        for r, (mr, pr) in enumerate(zip(t.rows, rows)):
            if len(mr) != len(pr):
                p.failures.append(f"{t.caption} row {r + 1}: {len(pr)} cells, model has {len(mr)}")
                continue
            for c, (mc, pc) in enumerate(zip(mr, pr)):
                if isinstance(mc, Num):
                    try:
                        v = vn(pc)
                    except ValueError:
                        p.failures.append(f"{t.caption} [{r + 1},{c + 1}]: not a number {pc!r}")
                        continue
                    if abs(v - mc.v) > max(0.01 * abs(mc.v), 0.051 if mc.d else 0.5):
                        p.failures.append(f"{t.caption} [{r + 1},{c + 1}]: printed {pc}, model {mc}")
                elif str(mc) != pc:
                    p.failures.append(f"{t.caption} [{r + 1},{c + 1}]: printed {pc!r}, model {mc!r}")
        grids[k] = rows
    p.check(10 <= len(m.tables) <= 15, f"{len(m.tables)} tables (10-15 wanted)")
    if p.failures:
        return p
    g = Grid(m, grids, p.body)
    planted = set()
    for r in m.rels:
        try:
            a, b = ev(r.lhs, g), ev(r.rhs, g)
        except (KeyError, ValueError, ZeroDivisionError) as e:
            p.failures.append(f"{r.name}: {e}")
            continue
        if r.kind == "eq":
            ok = abs(a - b) <= max(0.01 * max(abs(a), abs(b)), r.abs_tol)
            if r.defect:
                planted.add(r.defect)
                p.check(abs(a - b) > 0.05 * abs(b), f"planted {r.defect} not wrong by >5 %: {r.name}: {a} vs {b}")
            else:
                p.check(ok, f"{r.name}: printed {a:g}, recomputed {b:g}")
        else:
            if r.defect:
                planted.add(r.defect)
                p.check(a > b + 0.05 * abs(b), f"planted {r.defect} not beyond the bound by >5 %: {r.name}: {a:g} vs {b:g}")
            else:
                p.check(a <= b + 1e-9, f"{r.name}: {a:g} exceeds {b:g}")
    exp_rules = set(EXPECTED_RULES.get(key, []))
    numeric = {"revenue-mismatch", "profit-mismatch", "capital-mismatch", "table-total-mismatch", "payback-mismatch",
               "material-shortfall", "capacity-exceeded", "unrealistic-growth", "figure-inconsistent"}
    p.check(planted == exp_rules & numeric, f"numeric defects asserted {sorted(planted)}, planted {sorted(exp_rules & numeric)}")
    # the true model satisfies every relation that is checked on it
    tg = Grid(t_model, model_grids(t_model), None)
    for r in t_model.rels:
        if r.text or r.kind != "eq":
            continue
        a, b = ev(r.lhs, tg), ev(r.rhs, tg)
        p.check(abs(a - b) <= max(0.01 * max(abs(a), abs(b)), r.abs_tol), f"true model: {r.name}: {a:g} vs {b:g}")
    text_checks(p, key, m)
    return p


def check_sketchy(key: str) -> Plan:
    p = Plan(STEMS[key])
    n = words(p.body)
    p.check(150 <= n <= 350, f"{n} words (150-350 wanted)")
    p.check(not p.rows, "a sketchy plan has no table")
    spec = TEXT.get(key, {})
    for s in spec.get("has", []):
        p.has(s)
    for pat, what in spec.get("lacks", []):
        p.lacks(pat, what)
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


EXPECTED_RULES: dict[str, list[str]] = {
    "gw05": ["no-alcohol-license", "material-shortfall", "payback-mismatch"],
    "gw06": ["no-quality-control", "capacity-exceeded", "figure-inconsistent"],
    "gw07": ["boilerplate", "revenue-mismatch", "table-total-mismatch"],
    "gw08": ["no-environment-measures", "outdated-policy", "capital-mismatch"],
    "gw09": ["no-business-registration", "no-food-safety", "unrealistic-growth"],
    "gw10": ["no-label-plan", "no-product-standard", "profit-mismatch"],
}


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for k in keys:
        if not (HERE / "src" / f"{STEMS[k]}.md").exists():
            p = plancheck.Plan.__new__(Plan)
            p.stem, p.failures = STEMS[k], ["source missing"]
            plans.append(p)
            continue
        plans.append(check_sketchy(k) if k in SKETCHY else check_full(k))
    # the set: every expected/*.yml exists once the set is built
    exp = HERE / "expected"
    if exp.is_dir() and not argv:
        missing = [s for s in STEMS.values() if not (exp / f"{s}.yml").exists()]
        if missing:
            print("missing expected/*.yml:", ", ".join(missing))
            return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
