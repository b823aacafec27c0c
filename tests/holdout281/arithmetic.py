"""Holdout set 281 (stem prefix `jw`): every number of every plan recomputed from constants.

The plans are joint plans: two or three partners (a cooperative and a company, two households,
a cooperative, a processor and a trading company) submit one plan for one product, split the
work, put in capital in shares and split the revenue or the profit by an agreed ratio. The
constants below give, per plan, the partners, the products (pack size in the plan's base unit,
2027 price, packs a year), the raw-material norm and supply rows (count x yield, each row tied to
a partner), the limiting equipment, the staff of each partner and their wage, the investment items
(with the partner that brings each one), the capital sources, the cost lines (each owned by one
partner: raw material at an agreed price, shares of revenue, wages, depreciation, interest, fixed
lines) and the split (profit or revenue, by ratio). `model(key)` turns them into every table the
plan prints and every figure its prose quotes; the throw-away generator that wrote the Markdown
imported this module, so the plan and the check share one model.

The checker reads each table back from the plan's source (found by its caption "Bảng N. ...")
and compares it cell by cell with the model: every number right within 1 % except the planted
numeric defects, which must be wrong by more than 5 % against the true value the model computes
beside them (and equal to what the plan prints). The prose claims (output, revenue, shares,
payback, capacity ...) must be present. Textual defects are asserted through the presence or
absence of their words; ready plans cite no replaced instrument. Sketchy plans: 150-350 words,
no table.

    .venv/bin/python tests/holdout281/arithmetic.py [jw05 jw06 ...]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
Y = range(3)
EXTRA: dict = {}   # key -> function(plan, model): the plan's own text checks
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- formatting
def fv(x: float, dec: int = 1) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fi(x: float) -> str:
    return fv(x, 0)


def rnd(x: float, step: float) -> float:
    return round(x / step) * step


@dataclass
class N:
    """A number cell: `v` as printed; `true` the formula value when the cell is planted wrong."""
    v: float
    dec: int = 1
    true: float | None = None
    rule: str = ""

    def text(self) -> str:
        return fv(self.v, self.dec)


class Table:
    def __init__(self, cap: str, head: list[str], unit: str | None = None):
        self.cap, self.head, self.unit, self.rows = cap, head, unit, []

    def add(self, *cells):
        self.rows.append(list(cells))
        return self


class M:
    """One plan's model: its tables (by key), formatted figures for the prose, the prose claims
    that must be present, realism checks and the planted cells."""

    def __init__(self, key: str):
        self.key = key
        self.t: dict[str, Table] = {}
        self.f: dict[str, str] = {}
        self.claims: list[str] = []
        self.checks: list[tuple[bool, str]] = []
        self.planted: list[tuple[str, float, float, str]] = []  # what, printed, true, rule

    def table(self, key, cap, head, unit=None) -> Table:
        self.t[key] = Table(cap, head, unit)
        return self.t[key]

    def chk(self, ok: bool, what: str) -> None:
        self.checks.append((bool(ok), what))

    def plant(self, what: str, printed: float, true: float, rule: str, dec: int = 1) -> N:
        self.planted.append((what, printed, true, rule))
        return N(printed, dec, true, rule)


def yhead(first: str, *mid: str, years=YEARS) -> list[str]:
    return [first, *mid, *[f"Năm {y}" for y in years]]


def nums(xs, dec=1):
    return [N(x, dec) for x in xs]


# --------------------------------------------------------------------------- the joint model
class Joint:
    """Computes a full plan's figures from its constants `c` (a dict); `plant` maps a cell id to
    the value the plan prints instead of the formula's (downstream figures use the printed one,
    as the plan's author did)."""

    def __init__(self, m: M, c: dict):
        self.m, self.c = m, c
        pl = c.get("plant", {})
        self.pl = pl
        prods = c["products"]
        g = c.get("g_price", 0.0)
        step = c.get("pstep", 100)
        self.price = [[rnd(p[3] * (1 + g) ** n, step) for n in Y] for p in prods]
        self.packs = [p[4] for p in prods]
        self.out = [sum(self.packs[i][y] * p[2] for i, p in enumerate(prods)) for y in Y]
        # revenue lines (triệu đồng)
        self.rev_true = [[self.packs[i][y] * self.price[i][y] / 1e6 for y in Y] for i in range(len(prods))]
        self.rev_line = [[pl.get(("rev", i, y), self.rev_true[i][y]) for y in Y] for i in range(len(prods))]
        for i in range(len(prods)):
            for y in Y:
                if ("rev", i, y) in pl:
                    m.planted.append((f"revenue line {prods[i][0]} {YEARS[y]}", self.rev_line[i][y],
                                      self.rev_true[i][y], "revenue-mismatch"))
        self.rev = [sum(self.rev_line[i][y] for i in range(len(prods))) for y in Y]
        self.rev_t = [sum(self.rev_true[i][y] for i in range(len(prods))) for y in Y]
        # raw materials
        self.raw = []
        for r in c.get("raws", []):
            label, unit, norm, rows = r[:4]
            sup_rows = [[cnt[y] * yld for y in Y] for (_, _, cnt, _, yld) in rows]
            sup = [sum(s[y] for s in sup_rows) for y in Y]
            need = [self.out[y] * norm for y in Y]
            self.raw.append(dict(label=label, unit=unit, norm=norm, rows=rows, sup_rows=sup_rows,
                                 sup=sup, need=need, bal=[sup[y] - need[y] for y in Y]))
        # capacity
        if "cap" in c:
            rating, days = c["cap"][:2]
            self.cap = rating * days
            self.use = [self.out[y] / self.cap * 100 for y in Y]
        # staff and wages
        self.parts = [p[0] for p in c["partners"]]
        self.staff = {p: [sum(r[2][y] for r in c["staff"] if r[0] == p) for y in Y] for p in self.parts}
        self.staff_all = [sum(self.staff[p][y] for p in self.parts) for y in Y]
        self.wage = {}
        for p, (w27, gw) in c["wage"].items():
            self.wage[p] = [round(w27 * (1 + gw) ** n, 2) for n in Y]
        self.wfund = {p: [self.staff[p][y] * self.wage[p][y] * 12 for y in Y] for p in c["wage"]}
        # investment and sources
        self.inv_total = sum(a for (_, _, a, _) in c["inv"])
        self.inv_part = {p: sum(a for (_, q, a, _) in c["inv"] if q == p) for p in self.parts}
        self.fixed = sum(a for (_, _, a, fx) in c["inv"] if fx)
        self.fixed_part = {p: sum(a for (_, q, a, fx) in c["inv"] if fx and q == p) for p in self.parts}
        self.dep = self.fixed / c["life"]
        self.dep_part = {p: self.fixed_part[p] / c["life"] for p in self.parts}
        self.src = [(lab, p, a) for (lab, p, a) in c["src"]]
        self.src_total = sum(a for (_, _, a) in self.src)
        # cost lines: (partner, label, kind, param)
        self.cost = []
        for (p, label, kind, prm) in c["costs"]:
            if kind == "raw":           # prm = (raw index, đồng per unit)
                vals = [self.raw[prm[0]]["need"][y] * prm[1] / 1e6 for y in Y]
            elif kind == "rawbuy":      # prm = (raw index, own supply row indexes, đồng per unit): buy the rest
                r = self.raw[prm[0]]
                vals = [max(0.0, r["need"][y] - sum(r["sup_rows"][k][y] for k in prm[1])) * prm[2] / 1e6 for y in Y]
            elif kind == "share":       # share of the joint (printed) revenue
                vals = [self.rev[y] * prm for y in Y]
            elif kind == "pshare":      # share of the partner's part of the revenue
                vals = [self.rev[y] * c["split"][1][p] / 100 * prm for y in Y]
            elif kind == "wage":
                vals = list(self.wfund[p])
            elif kind == "dep":
                vals = [self.dep_part[p] if prm == "part" else self.dep] * 3
            elif kind == "int":         # prm = (balances, rate)
                vals = [prm[0][y] * prm[1] for y in Y]
            elif kind == "perunit":     # prm = đồng per base unit of output
                vals = [self.out[y] * prm / 1e6 for y in Y]
            elif kind == "fixed":
                vals = list(prm)
            else:
                raise ValueError(kind)
            self.cost.append(dict(p=p, label=label, kind=kind, prm=prm, v=vals))
        self.cost_part = {p: [sum(l["v"][y] for l in self.cost if l["p"] == p) for y in Y] for p in self.parts}
        self.cost_sum = [sum(l["v"][y] for l in self.cost) for y in Y]
        self.cost_total = [pl.get(("cost_total", y), self.cost_sum[y]) for y in Y]
        for y in Y:
            if ("cost_total", y) in pl:
                m.planted.append((f"cost total {YEARS[y]}", self.cost_total[y], self.cost_sum[y],
                                  "table-total-mismatch"))
        # split
        kind, ratio = c["split"]
        self.ratio = ratio
        if kind == "profit":
            self.profit_true = [self.rev[y] - self.cost_total[y] for y in Y]
            self.profit = [pl.get(("profit", y), self.profit_true[y]) for y in Y]
            for y in Y:
                if ("profit", y) in pl:
                    m.planted.append((f"profit {YEARS[y]}", self.profit[y], self.profit_true[y], "profit-mismatch"))
            self.ppart = {p: [self.profit[y] * ratio[p] / 100 for y in Y] for p in self.parts}
        else:  # revenue split: each partner bears its own costs
            self.rpart = {p: [self.rev[y] * ratio[p] / 100 for y in Y] for p in self.parts}
            self.ppart_true = {p: [self.rpart[p][y] - self.cost_part[p][y] for y in Y] for p in self.parts}
            self.ppart = {p: [pl.get(("ppart", p, y), self.ppart_true[p][y]) for y in Y] for p in self.parts}
            for p in self.parts:
                for y in Y:
                    if ("ppart", p, y) in pl:
                        m.planted.append((f"profit of {p} {YEARS[y]}", self.ppart[p][y], self.ppart_true[p][y],
                                          "profit-mismatch"))
            self.profit = [sum(self.ppart[p][y] for p in self.parts) for y in Y]
            self.profit_true = [self.rev[y] - self.cost_total[y] for y in Y]
        self.margin = [self.profit[y] / self.rev[y] * 100 for y in Y]
        avg = sum(self.profit) / 3
        self.payback = self.inv_total / (avg + self.dep)

    # ---- realism common to every full plan (the planted defects excepted)
    def realism(self, skip=()):
        m, c = self.m, self.c
        if "material-shortfall" not in skip:
            for r in self.raw:
                for y in Y:
                    m.chk(r["sup"][y] >= r["need"][y] * 1.05,
                          f"{r['label']} {YEARS[y]}: supply {r['sup'][y]:.0f} < need {r['need'][y]:.0f} + 5 %")
        if "capacity-exceeded" not in skip and hasattr(self, "cap"):
            for y in Y:
                m.chk(self.use[y] <= 86, f"capacity use {YEARS[y]} {self.use[y]:.1f} %")
        if "unrealistic-growth" not in skip:
            for y in (1, 2):
                m.chk(self.rev_t[y] / self.rev_t[y - 1] < 1.35, f"revenue growth {YEARS[y]}")
                m.chk(self.out[y] / self.out[y - 1] < 1.35, f"output growth {YEARS[y]}")
        tp = [self.rev_t[y] - self.cost_sum[y] for y in Y]
        for y in Y:
            mg = tp[y] / self.rev_t[y] * 100
            m.chk(3 < mg < 40, f"true margin {YEARS[y]} {mg:.1f} %")
        if "capital-mismatch" not in skip:
            m.chk(close(self.src_total, self.inv_total, 0.001), "sources = investment")
        m.chk(close(sum(self.ratio.values()), 100, 1e-9), "ratio sums to 100")


def cost_rows(t: Table, J: Joint, lines, years=Y, tt=True, label_fn=None):
    for k, l in enumerate(lines, 1):
        lab = label_fn(l) if label_fn else l["label"]
        t.add(str(k) if tt else "", lab, *[N(l["v"][y]) for y in years])


# =========================================================================== jw01
C01 = dict(
    unit="lít",
    partners=[("ct", "Công ty TNHH Thực phẩm Ngàn Trươi", "Công ty"),
              ("htx", "Hợp tác xã Nông nghiệp Cam Hương Thọ", "Hợp tác xã")],
    products=[("Nước cam ép nguyên chất, chai 330 ml", "chai", 0.33, 22000, [90000, 100000, 110000]),
              ("Nước cam ép nguyên chất, chai 1 lít", "chai", 1.0, 58000, [12000, 13500, 15000])],
    g_price=0.03,
    hist=dict(out=[24000, 28500, 33000], price=[60000, 62000, 64000], margin=[0.10, 0.11, 0.12]),
    raws=[("Cam quả tươi", "kg", 2.0,
           [("Vườn cam VietGAP của hợp tác xã", "htx", [15, 15, 15], "ha", 5000),
            ("Hộ thành viên hợp tác xã", "htx", [25, 25, 25], "hộ", 1600)])],
    cap=(260, 250),
    staff=[("ct", "Giám đốc, kế toán", [2, 2, 2]), ("ct", "Ép, thanh trùng, chiết rót", [5, 5, 6]),
           ("ct", "Bán hàng, giao hàng", [2, 2, 2]), ("htx", "Thu hái, phân loại, sơ chế", [3, 3, 3])],
    wage={"ct": (6.0, 0.0), "htx": (5.2, 0.0)},
    inv=[("Dây chuyền ép, lọc, thanh trùng", "ct", 420, True),
         ("Máy chiết rót, đóng nắp chai", "ct", 220, True),
         ("Cải tạo xưởng chế biến 120 m²", "ct", 160, True),
         ("Kho lạnh bảo quản cam 60 m³", "htx", 250, True),
         ("Nhà sơ chế, phân loại cam", "htx", 100, True),
         ("Bao bì, nhãn, mã vạch, nhãn hiệu", "ct", 60, False),
         ("Vốn lưu động", "ct", 290, False)],
    src=[("Hợp tác xã góp bằng tài sản (kho lạnh, nhà sơ chế)", "htx", 350),
         ("Công ty góp vốn chủ sở hữu", "ct", 750),
         ("Vay Ngân hàng Nông nghiệp (công ty đứng vay)", None, 400)],
    life=10, loan=[400, 300, 200], rate=0.08,
    split=("profit", {"htx": 35, "ct": 65}),
)
C01["costs"] = [
    ("ct", "Cam nguyên liệu mua của hợp tác xã (6.500 đ/kg)", "raw", (0, 6500)),
    ("ct", "Chai, nắp, nhãn, thùng (12 % doanh thu)", "share", 0.12),
    ("ct", "Tiền lương lao động của công ty", "wage", None),
    ("htx", "Tiền công lao động của hợp tác xã", "wage", None),
    ("ct", "Điện, nước, gas (5 % doanh thu)", "share", 0.05),
    ("ct", "Bán hàng, vận chuyển (6 % doanh thu)", "share", 0.06),
    ("ct", "Khấu hao tài sản cố định", "dep", "all"),
    ("ct", "Lãi vay ngân hàng (8 %/năm)", "int", ([400, 300, 200], 0.08)),
    ("ct", "Chi phí khác", "fixed", [60, 60, 60]),
]


def hist_table(m: M, key: str, cap: str, h: dict, unit_label: str, price_label: str, years=(2024, 2025, 2026)):
    t = m.table(key, cap, yhead("Chỉ tiêu", years=years))
    rev = [h["out"][k] * h["price"][k] / 1e6 for k in range(3)]
    t.add(f"Sản lượng ({unit_label})", *nums(h["out"], 0))
    t.add(f"Giá bán bình quân ({price_label})", *nums(h["price"], 0))
    t.add("Doanh thu (triệu đồng)", *nums(rev))
    if "margin" in h:
        t.add("Lợi nhuận (triệu đồng)", *nums([rev[k] * h["margin"][k] for k in range(3)]))
    return rev


def raw_table(m: M, J: Joint, key: str, cap: str, r: dict, row_fmt, need_label: str, bal_label: str | None):
    t = m.table(key, cap, yhead("TT", "Nguồn, chỉ tiêu"), unit=f"ĐVT: {r['unit']}")
    for k, (row, sr) in enumerate(zip(r["rows"], r["sup_rows"]), 1):
        t.add(str(k), row_fmt(row), *nums(sr, 0))
    t.add("", f"Tổng nguồn cung", *nums(r["sup"], 0))
    t.add("", need_label, *nums(r["need"], 0))
    if bal_label:
        t.add("", bal_label, *nums(r["bal"], 0))
    return t


def text_table(m: M, key: str, cap: str, head: list[str], rows: list[list[str]], unit=None) -> Table:
    t = m.table(key, cap, head, unit)
    for r in rows:
        t.add(*r)
    return t


def m_jw01() -> M:
    m, c = M("jw01"), C01
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Các bên tham gia liên kết", ["Bên", "Tên", "Loại hình", "Vai trò trong liên kết"], [
        ["Chủ trì", "Công ty TNHH Thực phẩm Ngàn Trươi", "Doanh nghiệp", "Chế biến, đóng chai, bán hàng, hạch toán chung"],
        ["Liên kết", "Hợp tác xã Nông nghiệp Cam Hương Thọ", "Hợp tác xã", "Trồng cam VietGAP, thu hái, sơ chế, bảo quản"]])
    text_table(m, "papers", "Hồ sơ pháp lý và chất lượng của sản phẩm", ["TT", "Hồ sơ", "Số, ngày", "Hiệu lực"], [
        ["1", "Giấy chứng nhận đăng ký doanh nghiệp", "3002241587, thay đổi ngày 09/01/2026", "Còn hiệu lực"],
        ["2", "Giấy chứng nhận đăng ký hợp tác xã", "3002187746, ngày 18/10/2024", "Còn hiệu lực"],
        ["3", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "215/2026/GCNATTP, ngày 05/8/2026", "Đến 05/8/2029"],
        ["4", "Chứng nhận VietGAP vườn cam của hợp tác xã", "VG-26-0318, ngày 20/6/2026", "Đến 20/6/2029"],
        ["5", "Tiêu chuẩn cơ sở", "TCCS 01:2026/NGT, ngày 20/8/2026", "Áp dụng"],
        ["6", "Bản tự công bố sản phẩm, phiếu kết quả thử nghiệm", "03/NGT/2026, ngày 28/8/2026", "Áp dụng"],
        ["7", "Đơn đăng ký nhãn hiệu Cam Ngàn Trươi", "4-2025-11827, ngày 11/3/2025", "Chờ cấp văn bằng"],
        ["8", "Đăng ký môi trường của xưởng", "UBND xã Vũ Quang, ngày 21/7/2026", "Áp dụng"],
        ["9", "Hợp đồng thuê đất xây xưởng", "Ngày 02/3/2020", "Đến 02/3/2040"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Bên phụ trách"], [
        ["1", "Ký hợp đồng, định giá tài sản góp", "8/2026 (đã xong)", "Hai bên"],
        ["2", "Lắp dây chuyền ép, thanh trùng, chiết rót", "10 – 12/2026", "Công ty"],
        ["3", "Thu mua, trữ cam vụ 2026 – 2027", "11/2026 – 02/2027", "Hợp tác xã"],
        ["4", "Sản xuất thử, kiểm nghiệm theo dây chuyền mới", "01/2027", "Công ty"],
        ["5", "Hoàn thiện hồ sơ, đăng ký đánh giá OCOP", "03 – 06/2027", "Công ty"],
        ["6", "Nhận văn bằng bảo hộ nhãn hiệu", "Quý II/2027", "Công ty"],
        ["7", "Tái chứng nhận VietGAP vườn cam", "04/2029", "Hợp tác xã"],
        ["8", "Nộp hồ sơ cấp lại giấy chứng nhận ATTP", "02/2029", "Công ty"],
        ["9", "Đánh giá nâng hạng 4 sao", "2029", "Hai bên"]])
    hrev = hist_table(m, "hist", "Kết quả sản xuất nước cam của công ty 2024 – 2026", c["hist"], "lít", "đồng/lít")
    t = m.table("comp", "Giá bán nước cam đóng chai trên thị trường Hà Tĩnh (tháng 8/2026)",
                ["TT", "Sản phẩm", "Quy cách", "Giá bán (đồng)"])
    t.add("1", "Nước cam ép của một cơ sở ở Nghệ An", "chai 330 ml", N(25000, 0))
    t.add("2", "Nước cam có đường đóng lon (hàng công nghiệp)", "lon 320 ml", N(12000, 0))
    t.add("3", "Nước cam ép lạnh bán tại quán", "ly 400 ml", N(30000, 0))
    t.add("4", "Nước cam ép của Công ty Ngàn Trươi", "chai 330 ml", N(22000, 0))
    r = J.raw[0]
    raw_table(m, J, "raw", "Nguồn cam nguyên liệu và nhu cầu của dây chuyền", r,
              lambda row: f"{row[0]} ({row[2][0]} {row[3]} × {fi(row[4])} kg)",
              "Nhu cầu cam cho chế biến (2,0 kg/lít)", "Còn dư để bán quả tươi")
    t = m.table("equip", "Máy móc, thiết bị chính của dây chuyền", ["TT", "Thiết bị", "Số lượng", "Công suất"])
    t.add("1", "Máy rửa, chổi quay", "1 máy", "1,5 tấn quả/giờ")
    t.add("2", "Máy ép trục vít và máy lọc", "1 bộ", "260 lít/ngày")
    t.add("3", "Nồi thanh trùng dạng tấm", "1 bộ", "300 lít/mẻ")
    t.add("4", "Máy chiết rót, đóng nắp", "1 máy", "1.200 chai/giờ")
    t.add("5", "Kho lạnh bảo quản cam", "60 m³", "25 tấn quả")
    t = m.table("staff", "Lao động của hai bên", yhead("Bên", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add("Công ty" if p == "ct" else "Hợp tác xã", role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản xuất và mức sử dụng công suất", yhead("TT", "Chỉ tiêu"))
    t.add("1", "Chai 330 ml (chai)", *nums(J.packs[0], 0))
    t.add("2", "Chai 1 lít (chai)", *nums(J.packs[1], 0))
    t.add("3", "Tổng sản lượng (lít)", *nums(J.out, 0))
    t.add("4", "Công suất dây chuyền (lít/năm)", *nums([J.cap] * 3, 0))
    t.add("5", "Mức sử dụng công suất (%)", *nums(J.use))
    t = m.table("inv", "Tổng vốn đầu tư và bên đóng góp", ["TT", "Hạng mục", "Bên góp", "Số tiền"],
                unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, "Công ty" if p == "ct" else "Hợp tác xã", N(a, 0))
    t.add("", "Tổng cộng", "", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn và tỷ lệ góp vốn của các bên", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"],
                unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0), N(a / J.src_total * 100))
    t.add("", "Tổng cộng", N(J.src_total, 0), N(100.0))
    t = m.table("rev", "Doanh thu dự kiến (giá bán tăng 3 %/năm)", yhead("TT", "Chỉ tiêu"))
    for i, lab in enumerate(["chai 330 ml", "chai 1 lít"]):
        t.add(str(i + 1), f"Số chai {lab}", *nums(J.packs[i], 0))
        t.add("", "Giá bán (đồng/chai)", *nums(J.price[i], 0))
        t.add("", "Doanh thu (triệu đồng)", *[N(J.rev_line[i][y]) for y in Y])
    t.add("", "Tổng doanh thu (triệu đồng)", *nums(J.rev))
    t = m.table("cost", "Chi phí sản xuất kinh doanh của liên kết", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    cost_rows(t, J, J.cost)
    t.add("", "Tổng chi phí", *nums(J.cost_total))
    t = m.table("split", "Hiệu quả kinh tế và phân chia lợi nhuận giữa hai bên", yhead("TT", "Chỉ tiêu"),
                unit="ĐVT: triệu đồng")
    t.add("1", "Doanh thu", *nums(J.rev))
    t.add("2", "Tổng chi phí", *nums(J.cost_total))
    t.add("3", "Lợi nhuận của liên kết", *nums(J.profit))
    t.add("4", "Tỷ suất lợi nhuận/doanh thu (%)", *nums(J.margin))
    t.add("5", "Phần của hợp tác xã (35 %)", *nums(J.ppart["htx"]))
    t.add("6", "Phần của công ty (65 %)", *nums(J.ppart["ct"]))
    # prose figures
    f.update(out27=fi(J.out[0]), out29=fi(J.out[2]), rev27=fv(J.rev[0]), rev29=fv(J.rev[2]),
             inv=fi(J.inv_total), cap=fi(J.cap), use27=fv(J.use[0]), use29=fv(J.use[2]),
             need27=fi(r["need"][0]), need29=fi(r["need"][2]), sup=fi(r["sup"][0]),
             prof27=fv(J.profit[0]), prof29=fv(J.profit[2]), htx27=fv(J.ppart["htx"][0]),
             ct27=fv(J.ppart["ct"][0]), payback=fv(J.payback), dep=fi(J.dep),
             h26=fi(c["hist"]["out"][2]), hrev26=fv(hrev[2]), staff27=fi(J.staff_all[0]),
             capshare_htx=fv(350 / 1100 * 100), capshare_ct=fv(750 / 1100 * 100),
             hg=fv(((c["hist"]["out"][2] / c["hist"]["out"][0]) ** 0.5 - 1) * 100))
    m.claims += [f"{f['out27']} lít", f"{f['rev27']} triệu đồng", f"{f['inv']} triệu đồng", "35 : 65",
                 f"{f['payback']} năm", f"{f['capshare_htx']} %", f"{f['htx27']} triệu đồng", f"{f['hg']} %/năm"]
    J.realism()
    m.J = J
    return m


def x_jw01(p: Plan, m: M) -> None:
    ready_checks(p, "3002241587", "3002187746", "an toàn thực phẩm", "TCCS 01:2026/NGT", "tự công bố",
                 "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "QR",
                 "đăng ký môi trường", "VietGAP", "hợp đồng hợp tác kinh doanh".capitalize())
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw01"] = x_jw01


# =========================================================================== jw02
C02 = dict(
    unit="kg",
    partners=[("a", "Hộ kinh doanh Lê Văn Quế", "hộ Quế"), ("b", "Hộ kinh doanh Nguyễn Thị Duyên", "hộ Duyên")],
    products=[("Mật ong hoa rừng Rào Tre, chai 500 g", "chai", 0.5, 140000, [3600, 4000, 4400]),
              ("Mật ong hoa rừng Rào Tre, hũ 1 kg", "hũ", 1.0, 260000, [1400, 1550, 1700]),
              ("Mật ong hoa keo, can 2 kg", "can", 2.0, 480000, [250, 280, 300])],
    g_price=0.03,
    raws=[("Mật ong thô", "kg", 1.1,
           [("Đàn ong của hộ Quế", "a", [240, 260, 280], "đàn", 15),
            ("Hộ nuôi ong liên kết thôn Rào Tre", "a", [12, 12, 12], "hộ", 90)])],
    cap=(50, 200),
    staff=[("a", "Chăm sóc đàn ong, quay mật (hộ Quế)", [2, 2, 2]),
           ("b", "Lọc, hạ thủy phần, đóng chai", [1, 1, 1]), ("b", "Bán hàng, giao hàng", [1, 1, 2])],
    wage={"a": (5.0, 0.0), "b": (5.5, 0.0)},
    inv=[("Bổ sung 60 thùng ong và đàn giống", "a", 150, True),
         ("Máy quay mật inox, bình lắng, dụng cụ", "a", 50, True),
         ("Vốn lưu động của hộ Quế", "a", 40, False),
         ("Máy hạ thủy phần mật ong 25 kg/mẻ", "b", 180, True),
         ("Cải tạo phòng lọc, đóng chai 30 m²", "b", 100, True),
         ("Thiết kế nhãn, mã vạch, kiểm nghiệm, nhãn hiệu", "b", 50, False),
         ("Vốn lưu động của hộ Duyên", "b", 120, False)],
    src=[("Vốn tự có của hộ Quế", "a", 90), ("Vay Ngân hàng Chính sách xã hội (hộ Quế)", "a", 150),
         ("Vốn tự có của hộ Duyên", "b", 250), ("Vay Ngân hàng Nông nghiệp (hộ Duyên)", "b", 200)],
    life=8,
    split=("revenue", {"a": 45, "b": 55}),
)
C02["costs"] = [
    ("a", "Mua thêm mật của hộ liên kết (110.000 đ/kg)", "rawbuy", (0, [0], 110000)),
    ("a", "Đường, thuốc, cầu ong, di chuyển đàn", "fixed", [n * 0.6 for n in (240, 260, 280)]),
    ("a", "Tiền công lao động của hộ", "wage", None),
    ("a", "Khấu hao thùng ong, máy quay mật", "dep", "part"),
    ("a", "Lãi vay (6,6 %/năm)", "int", ([150, 105, 60], 0.066)),
    ("a", "Thuế, phí (1,5 % phần doanh thu)", "pshare", 0.015),
    ("b", "Chai, hũ, can, nhãn (10 % doanh thu)", "share", 0.10),
    ("b", "Điện, nước (1,5 % doanh thu)", "share", 0.015),
    ("b", "Bán hàng, gian hàng, vận chuyển (8 % doanh thu)", "share", 0.08),
    ("b", "Tiền công lao động của hộ", "wage", None),
    ("b", "Khấu hao máy, phòng đóng chai", "dep", "part"),
    ("b", "Lãi vay (8 %/năm)", "int", ([200, 140, 80], 0.08)),
    ("b", "Thuế, phí (1,5 % phần doanh thu)", "pshare", 0.015),
    ("b", "Chi phí khác", "fixed", [24, 24, 24]),
]


def m_jw02() -> M:
    m, c = M("jw02"), C02
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Hai hộ tham gia liên kết", ["Hộ", "Chủ hộ, địa chỉ", "Đăng ký", "Việc đảm nhận"], [
        ["Hộ Duyên (đại diện)", "Nguyễn Thị Duyên, thôn Trung Hòa, xã Hương Khê", "Hộ kinh doanh 28A8004163", "Lọc, hạ thủy phần, đóng chai, bán hàng"],
        ["Hộ Quế", "Lê Văn Quế, thôn Rào Tre, xã Hương Khê", "Hộ kinh doanh 28A8003527", "Nuôi ong, khai thác, thu mua mật thô"]])
    t = m.table("hist", "Kết quả của hai hộ 2024 – 2026", yhead("Hộ", "Chỉ tiêu", years=(2024, 2025, 2026)))
    ha_kg, ha_p = [2500, 2650, 2800], [150000, 155000, 160000]
    hb_kg, hb_p = [1900, 2250, 2650], [250000, 255000, 262000]
    t.add("Hộ Quế", "Mật thô khai thác (kg)", *nums(ha_kg, 0))
    t.add("", "Doanh thu bán mật thô (triệu đồng)", *nums([ha_kg[k] * ha_p[k] / 1e6 for k in range(3)]))
    t.add("Hộ Duyên", "Mật đóng chai bán ra (kg)", *nums(hb_kg, 0))
    t.add("", "Doanh thu (triệu đồng)", *nums([hb_kg[k] * hb_p[k] / 1e6 for k in range(3)]))
    t = m.table("comp", "Giá mật ong trên thị trường (tháng 9/2026)", ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"])
    t.add("1", "Mật ong hoa rừng của cơ sở ở Vũ Quang", "Cửa hàng đặc sản", N(320000, 0))
    t.add("2", "Mật ong hoa keo đóng chai (hàng phổ thông)", "Siêu thị", N(220000, 0))
    t.add("3", "Mật ong không nhãn bán lẻ", "Chợ, ven đường", N(180000, 0))
    t.add("4", "Mật ong hoa rừng Rào Tre (chai 500 g)", "Hộ Duyên", N(280000, 0))
    r = J.raw[0]
    raw_table(m, J, "raw", "Nguồn mật ong thô và nhu cầu", r,
              lambda row: f"{row[0]} ({fi(row[2][0])} {row[3]} năm 2027 × {fi(row[4])} kg)",
              "Nhu cầu mật thô (1,1 kg/kg thành phẩm)", "Còn dư")
    t = m.table("staff", "Lao động của hai hộ", yhead("Hộ", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add("Hộ Quế" if p == "a" else "Hộ Duyên", role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản lượng mật ong thành phẩm", yhead("TT", "Sản phẩm"))
    for i, lab in enumerate(["Chai 500 g (chai)", "Hũ 1 kg (hũ)", "Can 2 kg (can)"]):
        t.add(str(i + 1), lab, *nums(J.packs[i], 0))
    t.add("", "Tổng mật thành phẩm (kg)", *nums(J.out, 0))
    t.add("", "Công suất máy hạ thủy phần (kg/năm)", *nums([J.cap] * 3, 0))
    t.add("", "Mức sử dụng công suất (%)", *nums(J.use))
    for p, cap, key in (("a", "Vốn đầu tư của hộ Quế", "inva"), ("b", "Vốn đầu tư của hộ Duyên", "invb")):
        t = m.table(key, cap, ["TT", "Nội dung", "Số tiền"], unit="ĐVT: triệu đồng")
        t.add("A", "Hạng mục đầu tư", "")
        for k, (lab, q, a, _) in enumerate([x for x in c["inv"] if x[1] == p], 1):
            t.add(str(k), lab, N(a, 0))
        t.add("", "Cộng vốn đầu tư của hộ", N(J.inv_part[p], 0))
        t.add("B", "Nguồn vốn", "")
        for k, (lab, q, a) in enumerate([x for x in c["src"] if x[1] == p], 1):
            t.add(str(k), lab, N(a, 0))
        t.add("", "Cộng nguồn vốn của hộ", N(sum(a for (_, q, a) in c["src"] if q == p), 0))
    t = m.table("rev", "Doanh thu theo sản phẩm (giá bán tăng 3 %/năm)", yhead("Sản phẩm", "Chỉ tiêu"))
    for i, lab in enumerate(["Chai 500 g", "Hũ 1 kg", "Can 2 kg"]):
        t.add(lab, "Giá bán (đồng)", *nums(J.price[i], 0))
        t.add("", "Doanh thu (triệu đồng)", *[N(J.rev_line[i][y]) for y in Y])
    t = m.table("rsplit", "Phân chia doanh thu giữa hai hộ", yhead("TT", "Hộ"), unit="ĐVT: triệu đồng")
    t.add("1", "Hộ Quế (45 %)", *nums(J.rpart["a"]))
    t.add("2", "Hộ Duyên (55 %)", *nums(J.rpart["b"]))
    for p, cap, key in (("a", "Chi phí của hộ Quế", "costa"), ("b", "Chi phí của hộ Duyên", "costb")):
        t = m.table(key, cap, yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
        cost_rows(t, J, [l for l in J.cost if l["p"] == p])
        t.add("", "Cộng chi phí của hộ", *nums(J.cost_part[p]))
    t = m.table("profit", "Lợi nhuận và thời gian hoàn vốn của từng hộ", yhead("Hộ", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    J.pb = {}
    for p, lab in (("a", "Hộ Quế"), ("b", "Hộ Duyên")):
        t.add(lab, "Doanh thu được chia", *nums(J.rpart[p]))
        t.add("", "Chi phí", *nums(J.cost_part[p]))
        t.add("", "Lợi nhuận", *nums(J.ppart[p]))
        J.pb[p] = J.inv_part[p] / (sum(J.ppart[p]) / 3 + J.dep_part[p])
    text_table(m, "papers", "Giấy tờ pháp lý và chất lượng", ["TT", "Giấy tờ", "Số, ngày", "Hiệu lực"], [
        ["1", "Đăng ký hộ kinh doanh Nguyễn Thị Duyên", "28A8004163, ngày 12/4/2022", "Còn hiệu lực"],
        ["2", "Đăng ký hộ kinh doanh Lê Văn Quế", "28A8003527, ngày 07/9/2021", "Còn hiệu lực"],
        ["3", "Giấy chứng nhận cơ sở đủ điều kiện ATTP (cơ sở đóng chai)", "46/2026/ATTP-NN, ngày 14/5/2026", "Đến 14/5/2029"],
        ["4", "Bản cam kết an toàn thực phẩm của hộ Quế (khai thác)", "Nộp UBND xã ngày 03/6/2026", "Áp dụng"],
        ["5", "Tiêu chuẩn cơ sở", "TCCS 01:2026/RT, ngày 10/7/2026", "Áp dụng"],
        ["6", "Bản tự công bố sản phẩm, phiếu kết quả thử nghiệm", "02/RT/2026, ngày 25/7/2026", "Áp dụng"],
        ["7", "Đơn đăng ký nhãn hiệu Rào Tre", "4-2026-05214, ngày 02/3/2026", "Chờ cấp văn bằng"],
        ["8", "Thỏa thuận liên kết hai hộ", "01/2026/TTLK, ngày 20/8/2026", "Đến 31/12/2031"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Việc", "Thời gian", "Hộ phụ trách"], [
        ["1", "Mua thêm 60 đàn ong, máy quay mật", "10 – 12/2026", "Hộ Quế"],
        ["2", "Lắp máy hạ thủy phần, cải tạo phòng đóng chai", "11/2026 – 01/2027", "Hộ Duyên"],
        ["3", "In nhãn mới, tem QR truy xuất", "01/2027", "Hộ Duyên"],
        ["4", "Khai thác vụ mật hoa rừng xuân", "03 – 05/2027", "Hộ Quế"],
        ["5", "Đăng ký đánh giá OCOP cấp tỉnh", "04 – 07/2027", "Hộ Duyên"],
        ["6", "Kiểm nghiệm định kỳ", "6 tháng/lần", "Hộ Duyên"],
        ["7", "Nộp hồ sơ cấp lại giấy chứng nhận ATTP", "11/2028", "Hộ Duyên"]])
    f.update(out27=fi(J.out[0]), out29=fi(J.out[2]), need27=fi(r["need"][0]), need29=fi(r["need"][2]),
             sup27=fi(r["sup"][0]), sup29=fi(r["sup"][2]), cap=fi(J.cap), use27=fv(J.use[0]), use29=fv(J.use[2]),
             ra27=fv(J.rpart["a"][0]), rb27=fv(J.rpart["b"][0]), pa27=fv(J.ppart["a"][0]), pb27=fv(J.ppart["b"][0]),
             pa29=fv(J.ppart["a"][2]), pb29=fv(J.ppart["b"][2]),
             inva=fi(J.inv_part["a"]), invb=fi(J.inv_part["b"]), pba=fv(J.pb["a"]), pbb=fv(J.pb["b"]),
             buy27=fi(max(0, r["need"][0] - r["sup_rows"][0][0])), hist26=fi(hb_kg[2]), hista26=fi(ha_kg[2]),
             staff27=fi(J.staff_all[0]))
    m.claims += [f"{f['out27']} kg", "45 : 55", f"{f['pba']} năm", f"{f['pbb']} năm", f"{f['inva']} triệu đồng",
                 f"{f['invb']} triệu đồng", f"{f['need27']} kg"]
    J.realism()
    for p in ("a", "b"):
        mg = [J.ppart[p][y] / J.rpart[p][y] * 100 for y in Y]
        m.chk(all(3 < x < 40 for x in mg), f"margin of {p} {mg}")
        m.chk(1.5 < J.pb[p] < 5, f"payback of {p} {J.pb[p]:.2f}")
    m.J = J
    return m


def x_jw02(p: Plan, m: M) -> None:
    ready_checks(p, "28A8004163", "28A8003527", "an toàn thực phẩm", "TCCS 01:2026/RT", "tự công bố",
                 "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "QR", "mã lô")
    p.lacks(r"[Tt]ổng doanh thu|[Tt]ổng chi phí|[Tt]ổng vốn|[Tt]ổng lợi nhuận|cả hai hộ cộng lại",
            "a whole figure in a plan that gives only the parts")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw02"] = x_jw02


# =========================================================================== jw03
C03 = dict(
    unit="kg",
    partners=[("ct", "Công ty Cổ phần Hải sản Kim Lộc", "Công ty"), ("tht", "Tổ hợp tác khai thác mực Cửa Sót", "Tổ hợp tác")],
    products=[("Mực một nắng loại 1 (8 – 10 con/kg), túi 500 g", "túi", 0.5, 320000, [6000, 6600, 7200]),
              ("Mực một nắng loại 2, túi 500 g", "túi", 0.5, 250000, [3000, 3300, 3600]),
              ("Mực một nắng khay 1 kg cho nhà hàng", "khay", 1.0, 560000, [800, 900, 1000])],
    g_price=0.03, pstep=1000,
    hist=dict(out=[3400, 3900, 4500], price=[540000, 555000, 570000], margin=[0.08, 0.09, 0.10]),
    raws=[("Mực ống tươi", "kg", 1.6,
           [("Tàu câu mực của tổ hợp tác", "tht", [8, 8, 8], "tàu", 1250),
            ("Nậu vựa cảng cá Cửa Sót (hợp đồng)", "ct", [2, 2, 2], "vựa", 1000)])],
    cap=(32, 240),
    staff=[("ct", "Quản lý, kế toán, kiểm soát chất lượng", [2, 2, 2]), ("ct", "Sơ chế, phơi, sấy", [5, 5, 6]),
           ("ct", "Đóng gói, kho lạnh", [2, 2, 2]), ("ct", "Bán hàng, giao hàng", [1, 2, 2])],
    wage={"ct": (5.5, 0.0)},
    inv=[("Phòng sấy lạnh 2 buồng", "ct", 450, True), ("Kho lạnh thành phẩm 30 m³", "ct", 300, True),
         ("Nhà sơ chế một chiều 150 m²", "ct", 400, True),
         ("Thùng bảo quản, máy làm đá trên tàu", "tht", 120, True), ("Giàn phơi inox có lưới chắn côn trùng", "ct", 80, True),
         ("Bao bì, nhãn, kiểm nghiệm, nhãn hiệu", "ct", 70, False), ("Vốn lưu động", "ct", 380, False)],
    src=[("Vốn góp của hai bên liên kết", None, 1200), ("Vay Ngân hàng Công thương (công ty vay)", None, 600)],
    life=10,
    split=("profit", {"ct": 80, "tht": 20}),
)
C03["costs"] = [
    ("ct", "Mực tươi mua của tổ hợp tác, nậu vựa (160.000 đ/kg)", "raw", (0, 160000)),
    ("ct", "Túi hút chân không, khay, nhãn, thùng xốp (5 %)", "share", 0.05),
    ("ct", "Điện sấy, kho lạnh, nước đá (4 %)", "share", 0.04),
    ("ct", "Tiền lương", "wage", None),
    ("ct", "Bán hàng, vận chuyển lạnh (5 %)", "share", 0.05),
    ("ct", "Khấu hao tài sản cố định", "dep", "all"),
    ("ct", "Lãi vay (8,5 %/năm)", "int", ([600, 450, 300], 0.085)),
    ("ct", "Thuế, phí (1,5 %)", "share", 0.015),
    ("ct", "Chi phí khác", "fixed", [80, 80, 80]),
]


def m_jw03() -> M:
    m, c = M("jw03"), C03
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Hai bên tham gia liên kết", ["Bên", "Tên", "Loại hình", "Phần việc"], [
        ["Chủ trì", "Công ty Cổ phần Hải sản Kim Lộc", "Công ty cổ phần", "Sơ chế, phơi sấy, đóng gói, bán hàng"],
        ["Liên kết", "Tổ hợp tác khai thác mực Cửa Sót", "Tổ hợp tác, 8 tàu", "Câu mực, bảo quản lạnh trên tàu"]])
    hrev = hist_table(m, "hist", "Kết quả kinh doanh mực một nắng của công ty 2024 – 2026", c["hist"], "kg", "đồng/kg")
    t = m.table("comp", "Giá mực một nắng trên thị trường (tháng 7/2026)", ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"])
    t.add("1", "Mực một nắng Cửa Lò (Nghệ An) loại 1", "Cửa hàng đặc sản", N(700000, 0))
    t.add("2", "Mực một nắng Thạch Kim loại 1", "Chợ hải sản", N(620000, 0))
    t.add("3", "Mực khô loại nhỏ", "Chợ, siêu thị", N(450000, 0))
    t.add("4", "Mực một nắng Kim Lộc loại 1 (túi 500 g)", "Công ty", N(640000, 0))
    r = J.raw[0]
    raw_table(m, J, "raw", "Nguồn mực tươi và nhu cầu", r,
              lambda row: f"{row[0]} ({row[2][0]} {row[3]} × {fi(row[4])} kg)",
              "Nhu cầu mực tươi (1,6 kg/kg thành phẩm)", "Còn dư (bán mực tươi)")
    text_table(m, "equip", "Nhà xưởng, thiết bị chính", ["TT", "Hạng mục", "Quy mô", "Công suất"], [
        ["1", "Nhà sơ chế một chiều", "150 m²", "200 kg mực tươi/ca"],
        ["2", "Giàn phơi inox có lưới", "60 m²", "70 kg mực tươi/ngày"],
        ["3", "Phòng sấy lạnh 2 buồng", "2 buồng", "32 kg thành phẩm/ngày"],
        ["4", "Máy hút chân không", "2 máy", "300 túi/giờ"],
        ["5", "Kho lạnh thành phẩm −18 °C", "30 m³", "8 tấn"]])
    t = m.table("staff", "Lao động của công ty trong liên kết", yhead("TT", "Bộ phận"), unit="ĐVT: người")
    for k, (p, role, n) in enumerate(c["staff"], 1):
        t.add(str(k), role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản lượng", yhead("TT", "Sản phẩm"))
    for i, lab in enumerate(["Loại 1, túi 500 g (túi)", "Loại 2, túi 500 g (túi)", "Khay 1 kg (khay)"]):
        t.add(str(i + 1), lab, *nums(J.packs[i], 0))
    t.add("", "Sản lượng mực thành phẩm (kg)", *nums(J.out, 0))
    t.add("", "Công suất sấy (kg/năm)", *nums([J.cap] * 3, 0))
    t.add("", "Sử dụng công suất (%)", *nums(J.use))
    t = m.table("inv", "Vốn đầu tư", ["TT", "Hạng mục", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, N(a, 0))
    t.add("", "Tổng vốn đầu tư", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn", ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0), N(a / J.src_total * 100))
    t.add("", "Tổng nguồn vốn", N(J.src_total, 0), N(100.0))
    t = m.table("rev", "Doanh thu", ["Sản phẩm", "Năm", "Số lượng", "Giá (đồng)", "Thành tiền (tr.đ)"])
    for y in Y:
        for i, lab in enumerate(["Loại 1, túi 500 g", "Loại 2, túi 500 g", "Khay 1 kg"]):
            t.add(lab, str(YEARS[y]), N(J.packs[i][y], 0), N(J.price[i][y], 0), N(J.rev_line[i][y]))
        t.add(f"Cộng năm {YEARS[y]}", "", "", "", N(J.rev[y]))
    t = m.table("cost", "Chi phí", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    cost_rows(t, J, J.cost)
    t.add("", "Tổng chi phí", *nums(J.cost_total))
    t = m.table("eff", "Hiệu quả kinh tế của liên kết", yhead("TT", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    t.add("1", "Doanh thu", *nums(J.rev))
    t.add("2", "Chi phí", *nums(J.cost_total))
    t.add("3", "Lợi nhuận", *nums(J.profit))
    t.add("4", "Lợi nhuận/doanh thu (%)", *nums(J.margin))
    text_table(m, "papers", "Hồ sơ pháp lý và chất lượng", ["TT", "Hồ sơ", "Số, ngày", "Hiệu lực"], [
        ["1", "Giấy chứng nhận đăng ký doanh nghiệp", "3002316482, ngày 22/11/2022", "Còn hiệu lực"],
        ["2", "Hợp đồng hợp tác của tổ hợp tác", "Chứng thực UBND xã, 15/3/2025", "Đến 15/3/2030"],
        ["3", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "27/2026/NNMT-ATTP, ngày 08/4/2026", "Đến 08/4/2029"],
        ["4", "Tiêu chuẩn cơ sở", "TCCS 01:2026/KL, ngày 02/5/2026", "Áp dụng"],
        ["5", "Bản tự công bố sản phẩm, phiếu kết quả thử nghiệm", "01/KL/2026, ngày 20/5/2026", "Áp dụng"],
        ["6", "Giấy chứng nhận đăng ký nhãn hiệu Kim Lộc", "Số 498216, ngày 10/01/2026", "Đến 19/6/2033"],
        ["7", "Đăng ký môi trường", "UBND xã Lộc Hà, ngày 12/6/2026", "Áp dụng"],
        ["8", "Hợp đồng thuê đất xưởng", "Ngày 01/02/2023", "Đến 01/02/2043"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Phụ trách"], [
        ["1", "Ký hợp đồng liên kết, góp vốn", "7/2026", "Hai bên"],
        ["2", "Xây nhà sơ chế, lắp phòng sấy lạnh, kho lạnh", "8 – 12/2026", "Công ty"],
        ["3", "Trang bị thùng bảo quản, máy đá cho 8 tàu", "9 – 11/2026", "Tổ hợp tác"],
        ["4", "Sản xuất thử, kiểm nghiệm lại", "01/2027", "Công ty"],
        ["5", "Hồ sơ đánh giá OCOP cấp tỉnh", "03 – 06/2027", "Công ty"],
        ["6", "Nộp hồ sơ cấp lại giấy chứng nhận ATTP", "10/2028", "Công ty"]])
    f.update(out27=fi(J.out[0]), out29=fi(J.out[2]), rev27=fv(J.rev[0]), rev29=fv(J.rev[2]), inv=fi(J.inv_total),
             need27=fi(r["need"][0]), need29=fi(r["need"][2]), sup=fi(r["sup"][0]), cap=fi(J.cap),
             use27=fv(J.use[0]), use29=fv(J.use[2]), prof27=fv(J.profit[0]), prof29=fv(J.profit[2]),
             tht27=fv(J.ppart["tht"][0]), tht29=fv(J.ppart["tht"][2]), payback=fv(J.payback), dep=fi(J.dep),
             h26=fi(c["hist"]["out"][2]), hrev26=fv(hrev[2]), staff27=fi(J.staff_all[0]))
    m.claims += [f"{f['out27']} kg", f"{f['rev27']} triệu đồng", "20 %", f"{f['tht27']} triệu đồng",
                 f"{f['payback']} năm", "1.080 triệu đồng", "120 triệu đồng"]
    J.realism()
    m.J = J
    return m


def x_jw03(p: Plan, m: M) -> None:
    ready_checks(p, "3002316482", "an toàn thực phẩm", "TCCS 01:2026/KL", "tự công bố", "phiếu kết quả thử nghiệm",
                 "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất", "đăng ký môi trường", "bể lắng")
    # only the whole: no table prints a partner's share of profit or capital
    for t in m.t.values():
        if t.cap.startswith(("Hiệu quả", "Nguồn vốn", "Vốn đầu tư")):
            p.check(not any("tổ hợp tác" in str(r[1]).lower() for r in t.rows), f"{t.cap}: a partner's part in a whole-only table")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw03"] = x_jw03


# =========================================================================== jw04
C04 = dict(
    unit="khách",
    partners=[("htx", "Hợp tác xã Du lịch cộng đồng Khe Giao", "Hợp tác xã"),
              ("lt", "Hộ kinh doanh Đặng Thị Tư", "Hộ Tư"), ("at", "Hộ kinh doanh Nguyễn Văn Bính", "Hộ Bính")],
    products=[("Tour 2 ngày 1 đêm trọn gói", "khách", 1, 950000, [1800, 2050, 2300]),
              ("Tour trải nghiệm 1 ngày", "khách", 1, 350000, [4000, 4400, 4800])],
    g_price=0.03, pstep=10000,
    raws=[("Thực phẩm tươi (rau, cá, gà, vịt)", "kg", 1.5,
           [("Hộ trồng rau thôn Khe Giao", "at", [20, 20, 20], "hộ", 300),
            ("Hộ nuôi gà, vịt", "at", [6, 6, 6], "hộ", 500),
            ("Tổ đánh cá hồ Khe Giao", "at", [1, 1, 1], "tổ", 3000)])],
    staff=[("htx", "Điều hành, hướng dẫn viên, lái thuyền", [6, 6, 7]),
           ("lt", "Buồng phòng, lễ tân", [3, 3, 4]), ("at", "Bếp, phục vụ", [4, 4, 5])],
    wage={"htx": (6.5, 0.0), "lt": (5.0, 0.0), "at": (5.0, 0.0)},
    inv=[("Hai thuyền composite 12 chỗ, áo phao", "htx", 300, True), ("Nhà đón tiếp, bến thuyền", "htx", 280, True),
         ("Trang web đặt tour, biển chỉ dẫn, nhãn hiệu", "htx", 60, False), ("Vốn lưu động", "htx", 110, False),
         ("Nâng cấp 6 phòng nghỉ, khu vệ sinh riêng", "lt", 420, True), ("Chăn đệm, điều hòa, thiết bị phòng cháy", "lt", 130, True),
         ("Mở rộng nhà ăn 80 chỗ", "at", 350, True), ("Bếp inox, tủ mát, tủ cấp đông", "at", 120, True)],
    src=[("Hợp tác xã: vốn góp thành viên", "htx", 450), ("Hợp tác xã: vay Ngân hàng Nông nghiệp", "htx", 300),
         ("Hộ Tư: vốn tự có", "lt", 300), ("Hộ Tư: vay Ngân hàng Nông nghiệp", "lt", 250),
         ("Hộ Bính: vốn tự có", "at", 470)],
    life=10,
    split=("revenue", {"htx": 45, "lt": 15, "at": 40}),
)
C04["costs"] = [
    ("htx", "Tiền lương điều hành, hướng dẫn", "wage", None),
    ("htx", "Xăng dầu thuyền, vé tham quan (60.000 đ/khách)", "perunit", 60000),
    ("htx", "Quảng bá, đặt tour trực tuyến (5 % doanh thu)", "share", 0.05),
    ("htx", "Khấu hao", "dep", "part"),
    ("htx", "Lãi vay (8 %/năm)", "int", ([300, 225, 150], 0.08)),
    ("htx", "Thuế, phí, chi khác", "fixed", [60, 60, 60]),
    ("lt", "Tiền công buồng phòng, lễ tân", "wage", None),
    ("lt", "Điện, nước, giặt là, đồ dùng (20 % phần doanh thu)", "pshare", 0.20),
    ("lt", "Khấu hao", "dep", "part"),
    ("lt", "Lãi vay (8 %/năm)", "int", ([250, 170, 90], 0.08)),
    ("lt", "Thuế, phí (1,5 % phần doanh thu)", "pshare", 0.015),
    ("at", "Thực phẩm tươi (65.000 đ/kg)", "raw", (0, 65000)),
    ("at", "Gia vị, gạo, gas, nước uống (8 % phần doanh thu)", "pshare", 0.08),
    ("at", "Tiền công bếp, phục vụ", "wage", None),
    ("at", "Khấu hao", "dep", "part"),
    ("at", "Thuế, phí (1,5 % phần doanh thu)", "pshare", 0.015),
]
NAMES04 = {"htx": "Hợp tác xã", "lt": "Hộ Tư (lưu trú)", "at": "Hộ Bính (ẩm thực)"}


def m_jw04() -> M:
    m, c = M("jw04"), C04
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Ba bên tham gia liên kết", ["Bên", "Tên", "Dịch vụ đảm nhận"], [
        ["Chủ trì", "Hợp tác xã Du lịch cộng đồng Khe Giao", "Điều hành tour, hướng dẫn, thuyền"],
        ["Liên kết", "Hộ kinh doanh Đặng Thị Tư", "Lưu trú homestay 6 phòng"],
        ["Liên kết", "Hộ kinh doanh Nguyễn Văn Bính", "Ẩm thực, nhà ăn 80 chỗ"]])
    t = m.table("hist", "Khách và doanh thu dịch vụ 2024 – 2026", yhead("Chỉ tiêu", years=(2024, 2025, 2026)))
    hk, hp = [3100, 3700, 4300], [520000, 540000, 560000]
    t.add("Lượt khách (lượt)", *nums(hk, 0))
    t.add("Chi tiêu bình quân (đồng/lượt)", *nums(hp, 0))
    t.add("Doanh thu (triệu đồng)", *nums([hk[k] * hp[k] / 1e6 for k in range(3)]))
    t = m.table("comp", "Giá tour cộng đồng tương tự (năm 2026)", ["TT", "Điểm du lịch", "Loại tour", "Giá (đồng/khách)"])
    t.add("1", "Làng du lịch cộng đồng ở Quảng Bình", "2 ngày 1 đêm", N(1350000, 0))
    t.add("2", "Điểm sinh thái ven hồ ở Nghệ An", "2 ngày 1 đêm", N(1200000, 0))
    t.add("3", "Khu vui chơi sinh thái tư nhân trong tỉnh", "1 ngày", N(400000, 0))
    t.add("4", "Khe Giao (năm 2027)", "2 ngày 1 đêm", N(950000, 0))
    text_table(m, "fac", "Cơ sở vật chất của các bên", ["TT", "Hạng mục", "Bên", "Quy mô"], [
        ["1", "Phòng nghỉ homestay", "Hộ Tư", "6 phòng, 24 giường"],
        ["2", "Nhà ăn đồng quê", "Hộ Bính", "80 chỗ"],
        ["3", "Thuyền composite 12 chỗ", "Hợp tác xã", "2 chiếc"],
        ["4", "Nhà đón tiếp, bến thuyền", "Hợp tác xã", "120 m²"],
        ["5", "Vườn trải nghiệm, đường đi bộ ven hồ", "Hợp tác xã", "3,5 km"]])
    r = J.raw[0]
    raw_table(m, J, "raw", "Nguồn thực phẩm cho nhà ăn", r,
              lambda row: f"{row[0]} ({row[2][0]} {row[3]} × {fi(row[4])} kg)",
              "Nhu cầu (1,5 kg/lượt khách)", "Còn dư")
    t = m.table("staff", "Lao động của ba bên", yhead("Bên", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add(NAMES04[p], role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    beds = 24 * 300
    occ = [J.packs[0][y] / beds * 100 for y in Y]
    t = m.table("out", "Kế hoạch đón khách", yhead("TT", "Chỉ tiêu"))
    t.add("1", "Khách tour 2 ngày 1 đêm (lượt)", *nums(J.packs[0], 0))
    t.add("2", "Khách tour 1 ngày (lượt)", *nums(J.packs[1], 0))
    t.add("3", "Tổng lượt khách", *nums(J.out, 0))
    t.add("4", "Số đêm giường tối đa (24 giường × 300 đêm)", *nums([beds] * 3, 0))
    t.add("5", "Công suất buồng phòng sử dụng (%)", *nums(occ))
    t = m.table("inv", "Vốn đầu tư của ba bên", ["TT", "Hạng mục", "Bên", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, NAMES04[p].split(" (")[0], N(a, 0))
    for p in J.parts:
        t.add("", f"Cộng {NAMES04[p].split(' (')[0]}", "", N(J.inv_part[p], 0))
    t.add("", "Tổng vốn đầu tư", "", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn của ba bên", ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0), N(a / J.src_total * 100))
    t.add("", "Tổng nguồn vốn", N(J.src_total, 0), N(100.0))
    t = m.table("rev", "Doanh thu và phân chia doanh thu (giá tour tăng 3 %/năm)", yhead("TT", "Chỉ tiêu"))
    t.add("1", "Giá tour 2 ngày 1 đêm (đồng/khách)", *nums(J.price[0], 0))
    t.add("2", "Giá tour 1 ngày (đồng/khách)", *nums(J.price[1], 0))
    t.add("3", "Doanh thu tour 2 ngày 1 đêm (triệu đồng)", *[N(J.rev_line[0][y]) for y in Y])
    t.add("4", "Doanh thu tour 1 ngày (triệu đồng)", *[N(J.rev_line[1][y]) for y in Y])
    t.add("5", "Tổng doanh thu (triệu đồng)", *nums(J.rev))
    t.add("", "Hợp tác xã (45 %)", *nums(J.rpart["htx"]))
    t.add("", "Hộ Tư (15 %)", *nums(J.rpart["lt"]))
    t.add("", "Hộ Bính (40 %)", *nums(J.rpart["at"]))
    t = m.table("cost", "Chi phí của từng bên", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    for p, roman in zip(J.parts, ("I", "II", "III")):
        t.add(roman, NAMES04[p], "", "", "")
        cost_rows(t, J, [l for l in J.cost if l["p"] == p])
        t.add("", f"Cộng {NAMES04[p].split(' (')[0]}", *nums(J.cost_part[p]))
    t.add("", "Tổng chi phí ba bên", *nums(J.cost_total))
    t = m.table("profit", "Lợi nhuận của từng bên và của liên kết", yhead("TT", "Bên"), unit="ĐVT: triệu đồng")
    for k, p in enumerate(J.parts, 1):
        t.add(str(k), NAMES04[p].split(" (")[0], *nums(J.ppart[p]))
    t.add("", "Lợi nhuận toàn liên kết", *nums(J.profit))
    t.add("", "Tỷ suất lợi nhuận/doanh thu (%)", *nums(J.margin))
    text_table(m, "papers", "Hồ sơ pháp lý của ba bên", ["TT", "Hồ sơ", "Số, ngày", "Hiệu lực"], [
        ["1", "Giấy chứng nhận đăng ký hợp tác xã", "3002274915, ngày 26/9/2024", "Còn hiệu lực"],
        ["2", "Đăng ký hộ kinh doanh Đặng Thị Tư", "28C8001942, ngày 14/02/2023", "Còn hiệu lực"],
        ["3", "Đăng ký hộ kinh doanh Nguyễn Văn Bính", "28C8002206, ngày 30/5/2023", "Còn hiệu lực"],
        ["4", "Thông báo cơ sở lưu trú homestay đáp ứng TCVN 7800:2017", "Ngày 18/3/2025", "Áp dụng"],
        ["5", "Giấy chứng nhận cơ sở đủ điều kiện ATTP nhà ăn", "118/2026/ATTP, ngày 11/11/2026", "Đến 11/11/2029"],
        ["6", "Biên bản kiểm tra phòng cháy chữa cháy", "Ngày 20/10/2026", "Áp dụng"],
        ["7", "Đơn đăng ký nhãn hiệu dịch vụ Khe Giao", "4-2026-18305, ngày 09/6/2026", "Chờ cấp văn bằng"],
        ["8", "Hợp đồng liên kết ba bên", "03/2026/HĐLK, ngày 02/12/2026", "Đến 31/12/2031"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Bên phụ trách"], [
        ["1", "Ký hợp đồng liên kết ba bên", "12/2026 (đã ký)", "Ba bên"],
        ["2", "Nâng cấp phòng nghỉ, mở rộng nhà ăn", "01 – 03/2027", "Hộ Tư, hộ Bính"],
        ["3", "Mua thuyền, làm bến, nhà đón tiếp", "01 – 04/2027", "Hợp tác xã"],
        ["4", "Tập huấn hướng dẫn viên, phục vụ", "03/2027", "Hợp tác xã"],
        ["5", "Đón khách theo gói tour mới", "Từ 04/2027", "Ba bên"],
        ["6", "Hồ sơ đánh giá OCOP cấp tỉnh", "05 – 08/2027", "Hợp tác xã"]])
    f.update(g27=fi(J.out[0]), g29=fi(J.out[2]), rev27=fv(J.rev[0]), rev29=fv(J.rev[2]), inv=fi(J.inv_total),
             occ27=fv(occ[0]), occ29=fv(occ[2]), need27=fi(r["need"][0]), sup=fi(r["sup"][0]),
             prof27=fv(J.profit[0]), prof29=fv(J.profit[2]),
             **{f"p{p}27": fv(J.ppart[p][0]) for p in J.parts}, **{f"r{p}27": fv(J.rpart[p][0]) for p in J.parts},
             **{f"inv{p}": fi(J.inv_part[p]) for p in J.parts},
             payback=fv(J.payback), staff27=fi(J.staff_all[0]), hk26=fi(hk[2]))
    m.claims += [f"{f['g27']} lượt khách", f"{f['rev27']} triệu đồng", "45 : 15 : 40", f"{f['payback']} năm",
                 f"{f['inv']} triệu đồng", "950.000 đồng/khách"]
    J.realism()
    for y in Y:
        m.chk(20 <= occ[y] <= 60, f"occupancy {occ[y]:.1f}")
    for p in J.parts:
        mg = [J.ppart[p][y] / J.rpart[p][y] * 100 for y in Y]
        m.chk(all(3 < x < 40 for x in mg), f"margin of {p} {mg}")
    m.J = J
    return m


def x_jw04(p: Plan, m: M) -> None:
    ready_checks(p, "3002274915", "28C8001942", "28C8002206", "TCVN 7800:2017", "an toàn thực phẩm",
                 "phòng cháy", "nhãn hiệu", "Luật Du lịch", "nước thải", "rác")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw04"] = x_jw04


# =========================================================================== jw05
C05 = dict(
    unit="lít",
    partners=[("htx", "Hợp tác xã Nông nghiệp Sơn Lộc", "Hợp tác xã"), ("ho", "Hộ kinh doanh Phạm Văn Thìn", "Hộ Thìn"),
              ("ct", "Công ty TNHH Thương mại Hồng Lam", "Công ty")],
    products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, 95000, [16000, 18000, 20000]),
              ("Rượu nếp sim 29 độ, bình sứ 1,5 lít", "bình", 1.5, 290000, [2000, 2300, 2600]),
              ("Rượu nếp sim 29 độ, can 5 lít", "can", 5.0, 520000, [500, 550, 600])],
    g_price=0.04, pstep=100,
    hist=dict(out=[9800, 10900, 12000], price=[150000, 155000, 160000], margin=[0.10, 0.11, 0.12]),
    raws=[("Gạo nếp cái", "kg", 1.25,
           [("Hộ thành viên hợp tác xã trồng nếp", "htx", [40, 40, 40], "hộ", 600)]),
          ("Quả sim chín", "kg", 0.3,
           [("Đồi sim của hợp tác xã", "htx", [6, 6, 6], "ha", 900),
            ("Hộ hái sim thôn Đồng Trổ", "htx", [15, 15, 15], "hộ", 100)])],
    cap=(90, 260),
    staff=[("htx", "Trồng nếp, hái và sơ chế sim", [3, 3, 3]), ("ho", "Nấu, ủ men, chưng cất, hạ thổ", [4, 4, 4]),
           ("ho", "Lọc, chiết chai", [2, 2, 2]), ("ct", "Bán hàng, giao hàng, kế toán liên kết", [3, 3, 3])],
    wage={"htx": (5.0, 0.0), "ho": (5.5, 0.0), "ct": (6.5, 0.0)},
    inv=[("Nhà nấu rượu 100 m²", "htx", 380, True), ("Hầm biogas, bể chứa bỗng rượu", "htx", 120, True),
         ("Sân phơi, kho nếp và sim 80 m²", "htx", 150, True), ("Vốn lưu động thu mua nếp, sim", "htx", 250, False),
         ("Ba nồi chưng cất inox cách thủy", "ho", 150, True), ("Máy lọc, khử andehit", "ho", 90, True),
         ("Chum sành, kho hạ thổ", "ho", 60, True),
         ("Máy chiết rót, dán nhãn", "ct", 110, True), ("Bao bì, nhãn, kiểm nghiệm, nhãn hiệu", "ct", 70, False),
         ("Vốn lưu động bán hàng", "ct", 120, False)],
    src=[("Hợp tác xã góp vốn", "htx", 400), ("Hộ Thìn góp bằng thiết bị", "ho", 300),
         ("Công ty góp vốn", "ct", 300), ("Vay Ngân hàng Nông nghiệp (hợp tác xã vay)", None, 500)],
    life=10,
    split=("profit", {"htx": 40, "ho": 35, "ct": 25}),
    # PLANTED revenue-mismatch: the 2028 line of the 500 ml bottle uses 20.000 bottles (the 2029 count)
    plant={("rev", 0, 1): 20000 * 98800 / 1e6},
)
C05["costs"] = [
    ("htx", "Gạo nếp mua của hợp tác xã (22.000 đ/kg)", "raw", (0, 22000)),
    ("htx", "Quả sim mua của hợp tác xã (25.000 đ/kg)", "raw", (1, 25000)),
    ("ho", "Men lá, củi, điện, nước (5 %)", "share", 0.05),
    ("ct", "Chai, bình sứ, can, nhãn, hộp (11 %)", "share", 0.11),
    ("ct", "Bán hàng, vận chuyển (8 %)", "share", 0.08),
    ("htx", "Tiền công hợp tác xã", "wage", None),
    ("ho", "Tiền công hộ Thìn", "wage", None),
    ("ct", "Tiền lương công ty", "wage", None),
    ("htx", "Khấu hao tài sản cố định", "dep", "all"),
    ("htx", "Lãi vay (8 %/năm)", "int", ([500, 400, 300], 0.08)),
    ("ct", "Chi phí khác", "fixed", [50, 50, 50]),
]
NAMES05 = {"htx": "Hợp tác xã", "ho": "Hộ Thìn", "ct": "Công ty"}


def m_jw05() -> M:
    m, c = M("jw05"), C05
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Ba bên liên kết và phần việc", ["Bên", "Tên", "Phần việc"], [
        ["Chủ trì", "Hợp tác xã Nông nghiệp Sơn Lộc", "Trồng nếp, hái sim, nhà nấu, biogas"],
        ["Liên kết", "Hộ kinh doanh Phạm Văn Thìn", "Nấu, chưng cất, hạ thổ, chiết chai"],
        ["Liên kết", "Công ty TNHH Thương mại Hồng Lam", "Bán hàng, giao hàng, kế toán"]])
    hrev = hist_table(m, "hist", "Rượu nếp sim của hộ Thìn 2024 – 2026", c["hist"], "lít", "đồng/lít")
    t = m.table("comp", "Giá rượu cùng loại trên thị trường (tháng 10/2026)", ["TT", "Sản phẩm", "Quy cách", "Giá (đồng)"])
    t.add("1", "Rượu sim đóng chai của một cơ sở ở Phú Quốc", "chai 500 ml", N(160000, 0))
    t.add("2", "Rượu nếp đóng chai của cơ sở trong tỉnh", "chai 500 ml", N(85000, 0))
    t.add("3", "Rượu nếp không nhãn", "lít", N(60000, 0))
    t.add("4", "Rượu nếp sim Sơn Lộc (năm 2027)", "chai 500 ml", N(95000, 0))
    t = m.table("raw", "Nguyên liệu: nguồn cung và nhu cầu", yhead("TT", "Nguồn, chỉ tiêu"), unit="ĐVT: kg")
    t.add("A", "Gạo nếp cái", "", "", "")
    r0, r1 = J.raw
    t.add("1", "Hộ thành viên trồng nếp (40 hộ × 600 kg)", *nums(r0["sup_rows"][0], 0))
    t.add("", "Nhu cầu (1,25 kg/lít)", *nums(r0["need"], 0))
    t.add("", "Còn dư", *nums(r0["bal"], 0))
    t.add("B", "Quả sim chín", "", "", "")
    t.add("1", "Đồi sim của hợp tác xã (6 ha × 900 kg)", *nums(r1["sup_rows"][0], 0))
    t.add("2", "Hộ hái sim thôn Đồng Trổ (15 hộ × 100 kg)", *nums(r1["sup_rows"][1], 0))
    t.add("", "Cộng nguồn sim", *nums(r1["sup"], 0))
    t.add("", "Nhu cầu (0,3 kg/lít)", *nums(r1["need"], 0))
    t.add("", "Còn dư", *nums(r1["bal"], 0))
    t = m.table("staff", "Lao động của ba bên", yhead("Bên", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add(NAMES05[p], role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản xuất", yhead("TT", "Chỉ tiêu"))
    for i, lab in enumerate(["Chai 500 ml (chai)", "Bình sứ 1,5 lít (bình)", "Can 5 lít (can)"]):
        t.add(str(i + 1), lab, *nums(J.packs[i], 0))
    t.add("4", "Tổng sản lượng (lít)", *nums(J.out, 0))
    t.add("5", "Công suất chưng cất (lít/năm)", *nums([J.cap] * 3, 0))
    t.add("6", "Sử dụng công suất (%)", *nums(J.use))
    t = m.table("inv", "Vốn đầu tư theo bên quản lý tài sản", ["TT", "Hạng mục", "Bên", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, NAMES05[p], N(a, 0))
    t.add("", "Tổng vốn đầu tư", "", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn và tỷ lệ góp vốn", ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0), N(a / J.src_total * 100))
    t.add("", "Tổng nguồn vốn", N(J.src_total, 0), N(100.0))
    t = m.table("rev", "Doanh thu (giá đã trừ thuế tiêu thụ đặc biệt và thuế giá trị gia tăng)", yhead("TT", "Sản phẩm"),
                unit="ĐVT: triệu đồng")
    for i, lab in enumerate(["Chai 500 ml", "Bình sứ 1,5 lít", "Can 5 lít"]):
        cells = []
        for y in Y:
            if ("rev", i, y) in c.get("plant", {}):
                cells.append(N(J.rev_line[i][y], 1, J.rev_true[i][y], "revenue-mismatch"))
            else:
                cells.append(N(J.rev_line[i][y]))
        t.add(str(i + 1), lab, *cells)
    t.add("", "Tổng doanh thu", *nums(J.rev))
    t = m.table("price", "Giá bán (tăng 4 %/năm)", yhead("TT", "Sản phẩm"), unit="ĐVT: đồng")
    for i, lab in enumerate(["Chai 500 ml", "Bình sứ 1,5 lít", "Can 5 lít"]):
        t.add(str(i + 1), lab, *nums(J.price[i], 0))
    t = m.table("cost", "Chi phí của liên kết", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    cost_rows(t, J, J.cost)
    t.add("", "Tổng chi phí", *nums(J.cost_total))
    t = m.table("split", "Lợi nhuận và phân chia giữa ba bên", yhead("TT", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    t.add("1", "Doanh thu", *nums(J.rev))
    t.add("2", "Chi phí", *nums(J.cost_total))
    t.add("3", "Lợi nhuận toàn liên kết", *nums(J.profit))
    t.add("", "Hợp tác xã (40 %)", *nums(J.ppart["htx"]))
    t.add("", "Hộ Thìn (35 %)", *nums(J.ppart["ho"]))
    t.add("", "Công ty (25 %)", *nums(J.ppart["ct"]))
    text_table(m, "papers", "Hồ sơ pháp lý, chất lượng", ["TT", "Hồ sơ", "Số, ngày", "Ghi chú"], [
        ["1", "Giấy chứng nhận đăng ký hợp tác xã", "3002205178, ngày 11/12/2024", "Còn hiệu lực"],
        ["2", "Đăng ký hộ kinh doanh Phạm Văn Thìn", "28B8006314, ngày 04/7/2022", "Còn hiệu lực"],
        ["3", "Giấy chứng nhận đăng ký doanh nghiệp", "3002295067, ngày 16/8/2021", "Còn hiệu lực"],
        ["4", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "63/2026/GCN-ATTP, ngày 19/6/2026", "Đến 19/6/2029"],
        ["5", "Tiêu chuẩn cơ sở, tự công bố sản phẩm", "TCCS 01:2026/SL, ngày 22/9/2026", "QCVN 6-3:2010/BYT"],
        ["6", "Phiếu kết quả thử nghiệm", "Ngày 15/9/2026", "Methanol, andehit đạt"],
        ["7", "Đơn đăng ký nhãn hiệu Sim Sơn Lộc", "4-2026-20731, ngày 30/6/2026", "Chờ cấp văn bằng"],
        ["8", "Đăng ký môi trường nhà nấu", "UBND xã Sơn Lộc, ngày 08/10/2026", "Áp dụng"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Phụ trách"], [
        ["1", "Ký hợp đồng liên kết ba bên", "10/2026", "Ba bên"],
        ["2", "Xây nhà nấu, hầm biogas", "11/2026 – 02/2027", "Hợp tác xã"],
        ["3", "Chuyển nồi, máy lọc về nhà nấu mới", "02/2027", "Hộ Thìn"],
        ["4", "In nhãn, bao bì mới; lắp máy chiết", "01 – 03/2027", "Công ty"],
        ["5", "Hồ sơ đánh giá OCOP cấp tỉnh", "04 – 07/2027", "Hợp tác xã"],
        ["6", "Nộp hồ sơ cấp lại giấy chứng nhận ATTP", "12/2028", "Hộ Thìn"]])
    # PLANTED figure-inconsistent: the producer part gives hộ Thìn's contribution as 380 triệu
    ho_text = 380
    m.planted.append(("hộ Thìn's contribution in the producer part", ho_text, 300, "figure-inconsistent"))
    f.update(out27=fi(J.out[0]), out29=fi(J.out[2]), rev27=fv(J.rev[0]), rev28=fv(J.rev[1]), rev29=fv(J.rev[2]),
             inv=fi(J.inv_total), cap=fi(J.cap), use27=fv(J.use[0]), use29=fv(J.use[2]),
             nep27=fi(r0["need"][0]), nep29=fi(r0["need"][2]), sim27=fi(r1["need"][0]), sim29=fi(r1["need"][2]),
             prof27=fv(J.profit[0]), prof29=fv(J.profit[2]), payback=fv(J.payback), dep=fi(J.dep),
             h26=fi(c["hist"]["out"][2]), hrev26=fv(hrev[2]), staff27=fi(J.staff_all[0]), ho_text=fi(ho_text),
             **{f"p{p}27": fv(J.ppart[p][0]) for p in J.parts})
    m.claims += [f"{f['out27']} lít", f"{f['rev27']} triệu đồng", "40 : 35 : 25", f"{f['payback']} năm",
                 "góp 380 triệu đồng", "95.000 đồng/chai"]
    J.realism()
    # the knock-ons of the planted line, as the notes state them
    true_cost = [sum((l["prm"] * J.rev_t[y]) if l["kind"] == "share" else l["v"][y] for l in J.cost) for y in Y]
    J.true_profit = [J.rev_t[y] - true_cost[y] for y in Y]
    J.true_payback = J.inv_total / (sum(J.true_profit) / 3 + J.dep)
    m.J = J
    return m


def x_jw05(p: Plan, m: M) -> None:
    J = m.J
    # revise plan: no alcohol production licence held or planned
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "licence word in the no-alcohol-license plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "an toàn thực phẩm", "TCCS 01:2026/SL", "tự công bố", "QCVN 6-3:2010/BYT",
          "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "biogas", "đăng ký môi trường", "cảnh báo")
    p.lacks(REPLACED, "replaced instrument (outdated-policy is not planted here)")
    p.lacks(PLACEHOLDER, "template placeholder")
    # the planted revenue line and its knock-ons
    p.check(off(J.rev[1], J.rev_t[1]), "2028 total revenue follows the planted line")
    # the printed payback follows the printed profits (a knock-on, tolerated): 2,0 against 2,2 with the true ones
    p.check(fv(J.payback) == "2,0" and fv(J.true_payback) == "2,2", f"payback {J.payback:.2f}, true {J.true_payback:.2f}")
    p.check(J.rev[1] / J.rev[0] < 1.35 and J.rev[2] / J.rev[1] > 0.9, "printed revenue path not an extra growth defect")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw05"] = x_jw05


# =========================================================================== jw06
C06 = dict(
    unit="lít",
    partners=[("ct", "Công ty TNHH Nước mắm Cẩm Nhượng Phát", "Công ty"),
              ("htx", "Hợp tác xã Dịch vụ khai thác hải sản Cẩm Lĩnh", "Hợp tác xã")],
    products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 85000, [20000, 22000, 24000]),
              ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1.0, 70000, [10000, 11500, 13000]),
              ("Nước mắm 20 độ đạm, can 5 lít", "can", 5.0, 180000, [1400, 1500, 1600])],
    g_price=0.03, pstep=500,
    hist=dict(out=[21000, 22500, 24000], price=[68000, 70000, 72000], margin=[0.09, 0.10, 0.10]),
    raws=[("Cá cơm tươi", "kg", 1.5,
           [("Tàu lưới vây của hợp tác xã", "htx", [7, 7, 7], "tàu", 5000),
            ("Tổ lưới gần bờ của hợp tác xã", "htx", [1, 1, 1], "tổ", 7000)]),
          ("Muối hạt", "kg", 0.35,
           [("Hợp tác xã muối Kỳ Ninh (hợp đồng)", "ct", [1, 1, 1], "hợp đồng", 14000)])],
    cap=(400, 100),
    staff=[("ct", "Quản lý, kế toán, kiểm nghiệm", [2, 2, 2]), ("ct", "Ủ chượp, kéo rút, lọc", [4, 4, 5]),
           ("ct", "Chiết chai, đóng thùng", [2, 2, 2]), ("ct", "Bán hàng", [2, 2, 2]),
           ("htx", "Thuyền viên (phần việc cá cơm, quy đổi)", [4, 4, 4])],
    wage={"ct": (6.0, 0.0), "htx": (5.5, 0.0)},
    inv=[("Nhà ủ chượp 300 m²", "ct", 600, True), ("100 thùng gỗ ủ chượp 400 lít", "ct", 300, True),
         ("Máy lọc, máy chiết chai", "ct", 200, True), ("Bao bì, nhãn, kiểm nghiệm, nhãn hiệu", "ct", 60, False),
         ("Vốn lưu động", "ct", 240, False), ("Hầm bảo quản cá trên tàu, thùng đá", "htx", 150, True),
         ("Sân trộn muối, bến nhận cá", "htx", 100, True)],
    src=[("Công ty góp vốn chủ sở hữu", "ct", 900), ("Hợp tác xã góp bằng tài sản", "htx", 250),
         ("Vay Ngân hàng Nông nghiệp (công ty vay)", "ct", 500)],
    life=10,
    split=("revenue", {"htx": 30, "ct": 70}),
    # PLANTED profit-mismatch: the company's 2028 profit printed as if its costs were 150 triệu lower
)
C06["costs"] = [
    ("htx", "Chi phí khai thác cá cơm (9.000 đ/kg)", "raw", (0, 9000)),
    ("htx", "Tiền công thuyền viên", "wage", None),
    ("htx", "Khấu hao hầm cá, sân trộn muối", "dep", "part"),
    ("htx", "Thuế, phí (1 % phần doanh thu)", "pshare", 0.01),
    ("ct", "Muối hạt (3.000 đ/kg)", "raw", (1, 3000)),
    ("ct", "Chai, can, nhãn, thùng (10 % doanh thu)", "share", 0.10),
    ("ct", "Điện, nước (2 % doanh thu)", "share", 0.02),
    ("ct", "Bán hàng, vận chuyển (7 % doanh thu)", "share", 0.07),
    ("ct", "Tiền lương", "wage", None),
    ("ct", "Khấu hao nhà ủ, thùng chượp, máy", "dep", "part"),
    ("ct", "Lãi vay (8 %/năm)", "int", ([500, 400, 300], 0.08)),
    ("ct", "Thuế, phí (1,5 % phần doanh thu)", "pshare", 0.015),
    ("ct", "Chi phí khác", "fixed", [60, 60, 60]),
]


def _c06():
    c = dict(C06)
    # the company's 2028 profit is computed first without the plant, then printed 150 triệu higher
    J0 = Joint(M("tmp"), C06)
    c["plant"] = {("ppart", "ct", 1): J0.ppart_true["ct"][1] + 150}
    return c


def m_jw06() -> M:
    m, c = M("jw06"), _c06()
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Hai bên tham gia liên kết", ["Bên", "Tên", "Phần việc"], [
        ["Chủ trì", "Công ty TNHH Nước mắm Cẩm Nhượng Phát", "Ủ chượp, lọc, chiết chai, bán hàng"],
        ["Liên kết", "Hợp tác xã Dịch vụ khai thác hải sản Cẩm Lĩnh", "Đánh bắt, ướp đá cá cơm, giao tại bến"]])
    hrev = hist_table(m, "hist", "Kết quả kinh doanh nước mắm của công ty 2024 – 2026", c["hist"], "lít", "đồng/lít")
    t = m.table("comp", "Giá nước mắm cùng phân khúc (tháng 11/2026)", ["TT", "Sản phẩm", "Quy cách", "Giá (đồng)"])
    t.add("1", "Nước mắm cá cơm 40 độ đạm của Phan Thiết", "chai 500 ml", N(95000, 0))
    t.add("2", "Nước mắm truyền thống của cơ sở ở Nghệ An", "chai 500 ml", N(70000, 0))
    t.add("3", "Nước mắm công nghiệp pha chế", "chai 500 ml", N(32000, 0))
    t.add("4", "Nước mắm cốt Cẩm Nhượng Phát", "chai 500 ml", N(85000, 0))
    r0, r1 = J.raw
    t = m.table("raw", "Nguồn cá cơm, muối và nhu cầu", yhead("TT", "Nguồn, chỉ tiêu"), unit="ĐVT: kg")
    t.add("1", "Tàu lưới vây của hợp tác xã (7 tàu × 5.000 kg)", *nums(r0["sup_rows"][0], 0))
    t.add("2", "Tổ lưới gần bờ của hợp tác xã", *nums(r0["sup_rows"][1], 0))
    t.add("", "Cá cơm hợp tác xã cung cấp", *nums(r0["sup"], 0))
    t.add("", "Cá cơm cần cho sản xuất (1,5 kg/lít)", *nums(r0["need"], 0))
    t.add("3", "Muối hạt của Hợp tác xã muối Kỳ Ninh", *nums(r1["sup"], 0))
    t.add("", "Muối cần cho sản xuất (0,35 kg/lít)", *nums(r1["need"], 0))
    t = m.table("staff", "Lao động của hai bên", yhead("Bên", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add("Công ty" if p == "ct" else "Hợp tác xã", role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản xuất và tiêu thụ", yhead("TT", "Sản phẩm"))
    for i, lab in enumerate(["Chai 500 ml 40 độ đạm (chai)", "Chai 1 lít 30 độ đạm (chai)", "Can 5 lít 20 độ đạm (can)"]):
        t.add(str(i + 1), lab, *nums(J.packs[i], 0))
    t.add("", "Sản lượng nước mắm (lít)", *nums(J.out, 0))
    t.add("", "Công suất 100 thùng × 400 lít (lít/năm)", *nums([J.cap] * 3, 0))
    t.add("", "Sử dụng công suất (%)", *nums(J.use))
    t = m.table("inv", "Vốn đầu tư", ["TT", "Hạng mục", "Bên", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, "Công ty" if p == "ct" else "Hợp tác xã", N(a, 0))
    t.add("", "Tổng vốn đầu tư", "", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn", ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0), N(a / J.src_total * 100))
    t.add("", "Tổng nguồn vốn", N(J.src_total, 0), N(100.0))
    t = m.table("rev", "Doanh thu và phân chia doanh thu", yhead("TT", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    for i, lab in enumerate(["Chai 500 ml", "Chai 1 lít", "Can 5 lít"]):
        t.add(str(i + 1), f"{lab} ({fi(J.price[i][0])} đ năm 2027)", *[N(J.rev_line[i][y]) for y in Y])
    t.add("", "Doanh thu toàn liên kết", *nums(J.rev))
    t.add("", "Phần của hợp tác xã (30 %)", *nums(J.rpart["htx"]))
    t.add("", "Phần của công ty (70 %)", *nums(J.rpart["ct"]))
    t = m.table("price", "Giá bán (tăng 3 %/năm)", yhead("TT", "Sản phẩm"), unit="ĐVT: đồng")
    for i, lab in enumerate(["Chai 500 ml", "Chai 1 lít", "Can 5 lít"]):
        t.add(str(i + 1), lab, *nums(J.price[i], 0))
    t = m.table("cost", "Chi phí của từng bên", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    for p, lab, roman in (("htx", "Hợp tác xã", "I"), ("ct", "Công ty", "II")):
        t.add(roman, lab, "", "", "")
        cost_rows(t, J, [l for l in J.cost if l["p"] == p])
        t.add("", f"Cộng chi phí {lab.lower()}", *nums(J.cost_part[p]))
    t.add("", "Tổng chi phí hai bên", *nums(J.cost_total))
    t = m.table("profit", "Lợi nhuận của từng bên và của liên kết", yhead("TT", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    t.add("1", "Hợp tác xã: doanh thu được chia", *nums(J.rpart["htx"]))
    t.add("", "Chi phí của hợp tác xã", *nums(J.cost_part["htx"]))
    t.add("", "Lợi nhuận của hợp tác xã", *nums(J.ppart["htx"]))
    t.add("2", "Công ty: doanh thu được chia", *nums(J.rpart["ct"]))
    t.add("", "Chi phí của công ty", *nums(J.cost_part["ct"]))
    cells = [N(J.ppart["ct"][y], 1, J.ppart_true["ct"][y] if ("ppart", "ct", y) in c["plant"] else None,
               "profit-mismatch") for y in Y]
    for cl in cells:
        if cl.true is None:
            cl.rule = ""
    t.add("", "Lợi nhuận của công ty", *cells)
    t.add("3", "Lợi nhuận toàn liên kết", *nums(J.profit))
    text_table(m, "papers", "Hồ sơ pháp lý và chất lượng", ["TT", "Hồ sơ", "Số, ngày", "Hiệu lực"], [
        ["1", "Giấy chứng nhận đăng ký doanh nghiệp", "3002193864, ngày 05/5/2020", "Còn hiệu lực"],
        ["2", "Giấy chứng nhận đăng ký hợp tác xã", "3002266031, ngày 21/11/2024", "Còn hiệu lực"],
        ["3", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "88/2026/NNMT-ATTP, ngày 17/9/2026", "Đến 17/9/2029"],
        ["4", "Tiêu chuẩn cơ sở (theo TCVN 5107:2018)", "TCCS 02:2026/CNP, ngày 10/10/2026", "Áp dụng"],
        ["5", "Bản tự công bố sản phẩm, phiếu kết quả thử nghiệm", "02/CNP/2026, ngày 25/10/2026", "Áp dụng"],
        ["6", "Đơn đăng ký nhãn hiệu Cẩm Nhượng Phát", "4-2025-30418, ngày 14/10/2025", "Chờ cấp văn bằng"],
        ["7", "Hợp đồng liên kết hai bên", "06/2026/HĐLK, ngày 28/11/2026", "Đến 31/12/2031"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Phụ trách"], [
        ["1", "Ký hợp đồng liên kết", "11/2026", "Hai bên"],
        ["2", "Xây nhà ủ chượp, đóng 100 thùng gỗ", "12/2026 – 03/2027", "Công ty"],
        ["3", "Lắp hầm cá trên tàu, làm sân trộn muối", "01 – 03/2027", "Hợp tác xã"],
        ["4", "Vào chượp vụ cá cơm Nam", "04 – 08/2027", "Hai bên"],
        ["5", "Hồ sơ đánh giá OCOP cấp tỉnh", "05 – 08/2027", "Công ty"],
        ["6", "Nộp hồ sơ cấp lại giấy chứng nhận ATTP", "03/2029", "Công ty"]])
    f.update(out27=fi(J.out[0]), out29=fi(J.out[2]), rev27=fv(J.rev[0]), rev29=fv(J.rev[2]), inv=fi(J.inv_total),
             fish_sup=fi(r0["sup"][0]), need27=fi(r0["need"][0]), need28=fi(r0["need"][1]), need29=fi(r0["need"][2]),
             cap=fi(J.cap), use27=fv(J.use[0]), use29=fv(J.use[2]), h26=fi(c["hist"]["out"][2]), hrev26=fv(hrev[2]),
             prof27=fv(J.profit[0]), prof28=fv(J.profit[1]), prof29=fv(J.profit[2]),
             pct28=fv(J.ppart["ct"][1]), phtx27=fv(J.ppart["htx"][0]), pct27=fv(J.ppart["ct"][0]),
             payback=fv(J.payback), staff27=fi(J.staff_all[0]))
    m.claims += [f"{f['out27']} lít", f"{f['rev27']} triệu đồng", "30 : 70", f"{f['payback']} năm",
                 "85.000 đồng/chai", "bảo đảm đủ cá cơm"]
    J.realism(skip=("material-shortfall",))
    # the planted shortfall: enough in 2027, short by more than 5 % in 2029
    m.chk(r0["sup"][0] >= r0["need"][0], "fish 2027 covered")
    m.planted.append(("fish supply 2029 against need", r0["sup"][2], r0["need"][2], "material-shortfall"))
    m.chk(r1["sup"][2] >= r1["need"][2] * 1.05, "salt covered")
    J.true_payback = J.inv_total / (sum(J.profit_true) / 3 + J.dep)
    m.J = J
    return m


def x_jw06(p: Plan, m: M) -> None:
    J = m.J
    p.lacks(r"môi trường|chất thải|nước thải|[Mm]ùi|xử lý|bể lắng|biogas|\brác|ô nhiễm|khí thải|thu gom|"
            r"nước rửa|phế phụ phẩm|bã chượp|xả thải",
            "environment word in the no-environment-measures plan")
    p.lacks(r"[Cc]òn dư|[Tt]hiếu hụt|[Cc]hênh lệch", "a balance row in the material-shortfall plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "an toàn thực phẩm", "TCCS 02:2026/CNP", "tự công bố", "phiếu kết quả thử nghiệm",
          "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "template placeholder")
    # the planted company profit makes the whole 2028 profit wrong too (same rule, knock-on)
    p.check(off(J.profit[1], J.profit_true[1]), "whole 2028 profit follows the planted part")
    p.check(not off(vn(fv(J.payback)), J.true_payback, 5.0), f"printed payback {fv(J.payback)} vs true {J.true_payback:.2f}")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw06"] = x_jw06


# =========================================================================== jw07
C07 = dict(
    unit="kg",
    partners=[("htx", "Hợp tác xã Nông nghiệp Dược liệu Thượng Kim", "Hợp tác xã"),
              ("ct", "Công ty Cổ phần Thảo dược Hồng Lĩnh Xanh", "Công ty")],
    products=[("Trà túi lọc cà gai leo, hộp 20 túi × 2 g", "hộp", 0.04, 48000, [30000, 33000, 36000]),
              ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, 120000, [3000, 3300, 3600])],
    g_price=0.03, pstep=500,
    hist=dict(out=[1900, 2150, 2400], price=[180000, 185000, 190000], margin=[0.10, 0.11, 0.12]),
    raws=[("Cà gai leo tươi", "kg", 4.5,
           [("Vùng trồng của hợp tác xã", "htx", [1.5, 1.5, 1.5], "ha", 10000),
            ("Hộ thành viên trồng xen vườn đồi", "htx", [8, 8, 8], "hộ", 800)])],
    cap=(16, 250),
    staff=[("htx", "Trồng, thu hái, sơ chế, sấy", [4, 4, 4]), ("ct", "Quản lý, kế toán, kiểm soát chất lượng", [2, 2, 2]),
           ("ct", "Nghiền, đóng túi lọc, đóng hộp", [2, 2, 3]), ("ct", "Bán hàng", [1, 1, 1])],
    wage={"htx": (5.0, 0.0), "ct": (6.0, 0.0)},
    inv=[("Nhà sơ chế, sấy 120 m²", "htx", 300, True), ("Máy sấy bơm nhiệt 2 buồng", "htx", 260, True),
         ("Máy thái dược liệu", "htx", 60, True),
         ("Máy nghiền, máy đóng túi lọc tự động", "ct", 420, True), ("Cải tạo phòng đóng gói 60 m²", "ct", 180, True),
         ("Bao bì, nhãn, kiểm nghiệm, công bố", "ct", 80, False), ("Vốn lưu động", "ct", 500, False)],
    # PLANTED capital-mismatch: the sources add up to 1.600 against an investment of 1.800
    src=[("Hợp tác xã góp vốn", "htx", 500), ("Công ty góp vốn", "ct", 700),
         ("Vay Ngân hàng Nông nghiệp (công ty vay)", "ct", 400)],
    life=10,
    split=("profit", {"htx": 40, "ct": 60}),
)
C07["costs"] = [
    ("htx", "Cà gai leo tươi của hợp tác xã (3.500 đ/kg)", "raw", (0, 3500)),
    ("ct", "Túi lọc, hộp, nhãn (14 % doanh thu)", "share", 0.14),
    ("htx", "Điện sấy, nước (4 % doanh thu)", "share", 0.04),
    ("ct", "Bán hàng, đại lý (8 % doanh thu)", "share", 0.08),
    ("htx", "Tiền công hợp tác xã", "wage", None),
    ("ct", "Tiền lương công ty", "wage", None),
    ("ct", "Khấu hao tài sản cố định", "dep", "all"),
    ("ct", "Lãi vay (8 %/năm)", "int", ([400, 300, 200], 0.08)),
    ("ct", "Chi phí khác", "fixed", [50, 50, 50]),
]
OTHER07 = "Hợp tác xã Dược liệu Kim Sơn"


def m_jw07() -> M:
    m, c = M("jw07"), C07
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Hai bên liên kết", ["Bên", "Tên", "Phần việc"], [
        ["Chủ trì", "Hợp tác xã Nông nghiệp Dược liệu Thượng Kim", "Trồng, thu hái, sơ chế, sấy khô"],
        ["Liên kết", "Công ty Cổ phần Thảo dược Hồng Lĩnh Xanh", "Nghiền, đóng túi lọc, đóng hộp, bán hàng"]])
    hrev = hist_table(m, "hist", "Cà gai leo khô hợp tác xã đã bán 2024 – 2026", c["hist"], "kg", "đồng/kg")
    t = m.table("comp", "Giá trà cà gai leo trên thị trường (tháng 6/2026)", ["TT", "Sản phẩm", "Quy cách", "Giá (đồng)"])
    t.add("1", "Trà túi lọc cà gai leo của một công ty ở Hà Nội", "hộp 20 túi", N(65000, 0))
    t.add("2", "Trà cà gai leo của cơ sở ở Nghệ An", "hộp 20 túi", N(45000, 0))
    t.add("3", "Cà gai leo khô bán tại chợ", "kg", N(160000, 0))
    t.add("4", "Trà túi lọc cà gai leo Thượng Kim", "hộp 20 túi", N(48000, 0))
    r = J.raw[0]
    raw_table(m, J, "raw", "Nguồn cà gai leo tươi và nhu cầu", r,
              lambda row: f"{row[0]} ({fv(row[2][0])} {row[3]} × {fi(row[4])} kg)",
              "Nhu cầu lá tươi (4,5 kg/kg khô)", "Còn dư")
    t = m.table("staff", "Lao động của hai bên", yhead("Bên", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add("Hợp tác xã" if p == "htx" else "Công ty", role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản xuất", yhead("TT", "Chỉ tiêu"))
    t.add("1", "Trà túi lọc (hộp 20 túi)", *nums(J.packs[0], 0))
    t.add("2", "Cà gai leo thái lát (túi 500 g)", *nums(J.packs[1], 0))
    t.add("3", "Cà gai leo khô cần sấy (kg)", *nums(J.out, 0))
    t.add("4", "Công suất máy sấy (kg khô/năm)", *nums([J.cap] * 3, 0))
    t.add("5", "Sử dụng công suất (%)", *nums(J.use))
    t = m.table("inv", "Tổng vốn đầu tư", ["TT", "Hạng mục", "Bên thực hiện", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, "Hợp tác xã" if p == "htx" else "Công ty", N(a, 0))
    t.add("", "Tổng vốn đầu tư", "", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn và tỷ lệ góp vốn", ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0), N(a / J.src_total * 100))
    t.add("", "Tổng nguồn vốn", N(J.src_total, 0, J.inv_total, "capital-mismatch"), N(100.0))
    m.planted.append(("sources total against the investment", J.src_total, J.inv_total, "capital-mismatch"))
    t = m.table("rev", "Doanh thu (giá bán tăng 3 %/năm)", yhead("TT", "Chỉ tiêu"))
    t.add("1", "Giá hộp trà túi lọc (đồng)", *nums(J.price[0], 0))
    t.add("", "Doanh thu trà túi lọc (triệu đồng)", *[N(J.rev_line[0][y]) for y in Y])
    t.add("2", "Giá túi cà gai leo 500 g (đồng)", *nums(J.price[1], 0))
    t.add("", "Doanh thu cà gai leo thái lát (triệu đồng)", *[N(J.rev_line[1][y]) for y in Y])
    t.add("", "Tổng doanh thu (triệu đồng)", *nums(J.rev))
    t = m.table("cost", "Chi phí", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    cost_rows(t, J, J.cost)
    t.add("", "Tổng chi phí", *nums(J.cost_total))
    t = m.table("split", "Lợi nhuận và phân chia", yhead("TT", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    t.add("1", "Doanh thu", *nums(J.rev))
    t.add("2", "Chi phí", *nums(J.cost_total))
    t.add("3", "Lợi nhuận", *nums(J.profit))
    t.add("", "Hợp tác xã được chia (40 %)", *nums(J.ppart["htx"]))
    t.add("", "Công ty được chia (60 %)", *nums(J.ppart["ct"]))
    text_table(m, "papers", "Hồ sơ pháp lý và chất lượng", ["TT", "Hồ sơ", "Số, ngày", "Ghi chú"], [
        ["1", "Giấy chứng nhận đăng ký hợp tác xã", "3002251940, ngày 12/3/2024", "Còn hiệu lực"],
        ["2", "Giấy chứng nhận đăng ký doanh nghiệp", "3002301775, ngày 09/9/2022", "Còn hiệu lực"],
        ["3", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "41/2025/ATTP, ngày 21/10/2025", "Đến 21/10/2028"],
        ["4", "Tiêu chuẩn cơ sở, tự công bố sản phẩm", "TCCS 01:2026/TK, ngày 05/5/2026", "Áp dụng"],
        ["5", "Phiếu kết quả thử nghiệm", "Ngày 28/4/2026", "Đạt"],
        ["6", "Đơn đăng ký nhãn hiệu Thượng Kim", "4-2026-09126, ngày 16/4/2026", "Chờ cấp văn bằng"],
        ["7", "Đăng ký môi trường nhà sơ chế", "Ngày 20/5/2026", "Áp dụng"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Phụ trách"], [
        ["1", "Ký hợp đồng liên kết, góp vốn", "7/2026", "Hai bên"],
        ["2", "Xây nhà sơ chế, lắp máy sấy", "8 – 11/2026", OTHER07],
        ["3", "Lắp máy đóng túi lọc, cải tạo phòng đóng gói", "9 – 12/2026", "Công ty"],
        ["4", "Trình Hội đồng OCOP cấp huyện", "Quý I/2027", OTHER07],
        ["5", "Nộp hồ sơ cấp lại giấy chứng nhận ATTP", "4/2028", "Công ty"]])
    f.update(out27=fi(J.out[0]), out29=fi(J.out[2]), rev27=fv(J.rev[0]), rev29=fv(J.rev[2]), inv=fi(J.inv_total),
             src=fi(J.src_total), need27=fi(r["need"][0]), need29=fi(r["need"][2]), sup=fi(r["sup"][0]),
             cap=fi(J.cap), use27=fv(J.use[0]), use29=fv(J.use[2]), prof27=fv(J.profit[0]), prof29=fv(J.profit[2]),
             htx27=fv(J.ppart["htx"][0]), ct27=fv(J.ppart["ct"][0]), payback=fv(J.payback), dep=fi(J.dep),
             h26=fi(c["hist"]["out"][2]), hrev26=fv(hrev[2]), staff27=fi(J.staff_all[0]))
    m.claims += [f"{f['out27']} kg", f"{f['rev27']} triệu đồng", "40 : 60", f"{f['payback']} năm",
                 "48.000 đồng/hộp", f"{f['inv']} triệu đồng"]
    J.realism(skip=("capital-mismatch",))
    m.J = J
    return m


def x_jw07(p: Plan, m: M) -> None:
    # outdated-policy: replaced instruments and the district level, none of the current ones
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
    p.lacks(r"148/QĐ-TTg|1489", "current OCOP instrument in the outdated-policy plan")
    # name-inconsistent: another cooperative's name in the SWOT, risks and schedule
    p.check(p.count(OTHER07) >= 3, f"{OTHER07!r} fewer than 3 times")
    p.check(p.count("Hợp tác xã Nông nghiệp Dược liệu Thượng Kim") >= 4, "own name fewer than 4 times")
    p.has("an toàn thực phẩm", "TCCS 01:2026/TK", "tự công bố", "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP",
          "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất", "đăng ký môi trường", "không ghi công dụng chữa bệnh")
    p.has("bảo đảm đủ vốn")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw07"] = x_jw07


# =========================================================================== jw08
C08 = dict(
    unit="kg",
    partners=[("a", "Hộ kinh doanh Võ Thị Nhàn", "hộ Nhàn"), ("b", "Hộ kinh doanh Trần Đình Khang", "hộ Khang")],
    products=[("Kẹo cu đơ lạc, gói 250 g", "gói", 0.25, 30000, [16000, 30400, 51600]),
              ("Kẹo cu đơ hộp quà 500 g", "hộp", 0.5, 55000, [6000, 11400, 19400]),
              ("Kẹo cu đơ gừng, túi 1 kg", "túi", 1.0, 100000, [2000, 3800, 6500])],
    g_price=0.0,
    hist=dict(out=[7200, 7800, 8400], price=[98000, 100000, 102000], margin=[0.12, 0.12, 0.13]),
    raws=[("Lạc nhân", "kg", 0.45,
           [("Ruộng lạc của hộ Khang", "b", [3, 3, 3], "ha", 2000),
            ("Hợp tác xã Nông nghiệp Thạch Ngọc (hợp đồng)", "b", [1, 1, 1], "hợp đồng", None)])],
    staff=[("a", "Nấu mật, cán kẹo, đóng gói", [2, 2, 2]), ("b", "Rang lạc, bán hàng", [2, 2, 2])],
    wage={"a": (5.0, 0.0), "b": (5.0, 0.0)},
    inv=[("Chảo nấu inox, máy cán, máy cắt kẹo", "a", 120, True), ("Cải tạo bếp, phòng đóng gói 40 m²", "a", 90, True),
         ("Máy rang lạc, máy tách vỏ", "b", 70, True), ("Bao bì, nhãn mới, mã vạch", "a", 40, False),
         ("Vốn lưu động", "a", 180, False)],
    src=[("Vốn của hai hộ", None, 300), ("Vay Ngân hàng Chính sách xã hội", None, 200)],
    life=8,
    split=("profit", {"a": 50, "b": 50}),
)
C08_CONTRACT = [2000, 4000, 8500]
C08["costs"] = [
    ("b", "Lạc nhân (45.000 đ/kg)", "raw", (0, 45000)),
    ("a", "Mạch nha, đường, gừng (22 % doanh thu)", "share", 0.22),
    ("a", "Bánh đa, giấy gói, hộp, nhãn (10 % doanh thu)", "share", 0.10),
    ("a", "Than, điện, gas (3 % doanh thu)", "share", 0.03),
    ("a", "Tiền công 4 lao động", "wagesum", None),
    ("b", "Bán hàng, vận chuyển (4 % doanh thu)", "share", 0.04),
    ("a", "Khấu hao", "dep", "all"),
    ("a", "Lãi vay (6,6 %/năm)", "int", ([200, 140, 80], 0.066)),
    ("a", "Chi phí khác", "fixed", [24, 24, 24]),
]


def _c08():
    c = dict(C08)
    raws = [list(r) for r in c["raws"]]
    rows = [list(x) for x in raws[0][3]]
    rows[1][2] = C08_CONTRACT            # the contract grows with the output
    rows[1][4] = 1
    raws[0][3] = [tuple(x) for x in rows]
    c["raws"] = [tuple(r) for r in raws]
    # both households' wages on one line
    c["costs"] = [(p, l, k, q) if k != "wagesum" else (p, l, "fixed", [2 * 5.0 * 12 + 2 * 5.0 * 12] * 3)
                  for (p, l, k, q) in c["costs"]]
    J0 = Joint(M("tmp"), c)
    # PLANTED table-total-mismatch: the 2028 cost total is printed 10 % short of its lines
    c["plant"] = {("cost_total", 1): round(J0.cost_sum[1] * 0.9, 1)}
    return c


def m_jw08() -> M:
    m, c = M("jw08"), _c08()
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Hai hộ liên kết", ["Hộ", "Chủ hộ, địa chỉ", "Phần việc"], [
        ["Hộ Nhàn (đại diện)", "Võ Thị Nhàn, thôn Đông Tiến, xã Thạch Hạ", "Nấu mật, cán kẹo, đóng gói"],
        ["Hộ Khang", "Trần Đình Khang, thôn Bắc Lợi, xã Thạch Hạ", "Trồng, rang lạc; bán hàng"]])
    hrev = hist_table(m, "hist", "Kẹo cu đơ của hộ Nhàn 2024 – 2026", c["hist"], "kg", "đồng/kg")
    t = m.table("comp", "Giá kẹo cu đơ trên thị trường (tháng 01/2027)", ["TT", "Sản phẩm", "Quy cách", "Giá (đồng)"])
    t.add("1", "Cu đơ của cơ sở lâu năm ở thành phố", "gói 250 g", N(35000, 0))
    t.add("2", "Cu đơ bán ven quốc lộ không nhãn", "gói 250 g", N(25000, 0))
    t.add("3", "Kẹo lạc đóng gói công nghiệp", "gói 250 g", N(22000, 0))
    t.add("4", "Kẹo cu đơ Thạch Hạ (hai hộ)", "gói 250 g", N(30000, 0))
    r = J.raw[0]
    raw_table(m, J, "raw", "Nguồn lạc nhân và nhu cầu", r,
              lambda row: (f"{row[0]} ({row[2][0]} {row[3]} × {fi(row[4])} kg)" if row[4] != 1 else row[0]),
              "Nhu cầu lạc nhân (0,45 kg/kg kẹo)", "Còn dư")
    text_table(m, "equip", "Thiết bị chính", ["TT", "Thiết bị", "Số lượng", "Công suất", "Hộ quản lý"], [
        ["1", "Chảo nấu mật inox (mua mới)", "2 chiếc", "65 kg kẹo/ngày/chảo", "Hộ Nhàn"],
        ["2", "Máy cán kẹo", "1 máy", "80 kg/giờ", "Hộ Nhàn"],
        ["3", "Máy cắt kẹo", "1 máy", "60 kg/giờ", "Hộ Nhàn"],
        ["4", "Máy rang lạc", "1 máy", "50 kg/mẻ", "Hộ Khang"],
        ["5", "Máy tách vỏ lụa", "1 máy", "100 kg/giờ", "Hộ Khang"]])
    t = m.table("staff", "Lao động của hai hộ", yhead("Hộ", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add("Hộ Nhàn" if p == "a" else "Hộ Khang", role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản lượng", yhead("TT", "Sản phẩm"))
    for i, lab in enumerate(["Gói 250 g (gói)", "Hộp quà 500 g (hộp)", "Túi gừng 1 kg (túi)"]):
        t.add(str(i + 1), lab, *nums(J.packs[i], 0))
    t.add("", "Tổng sản lượng (kg)", *nums(J.out, 0))
    g = [J.out[0] / c["hist"]["out"][2] * 100 - 100] + [J.out[y] / J.out[y - 1] * 100 - 100 for y in (1, 2)]
    t.add("", "Tăng so với năm trước (%)", *nums(g))
    t = m.table("inv", "Vốn đầu tư", ["TT", "Hạng mục", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, N(a, 0))
    t.add("", "Tổng vốn đầu tư", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn", ["TT", "Nguồn", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0))
    t.add("", "Tổng nguồn vốn", N(J.src_total, 0))
    t = m.table("rev", "Doanh thu (giá giữ nguyên 3 năm)", ["TT", "Sản phẩm", "Giá (đồng)", *[f"Năm {y}" for y in YEARS]],
                unit="ĐVT: doanh thu triệu đồng")
    for i, lab in enumerate(["Gói 250 g", "Hộp quà 500 g", "Túi gừng 1 kg"]):
        t.add(str(i + 1), lab, N(J.price[i][0], 0), *[N(J.rev_line[i][y]) for y in Y])
    t.add("", "Tổng doanh thu", "", *nums(J.rev))
    t = m.table("cost", "Chi phí sản xuất kinh doanh", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    cost_rows(t, J, J.cost)
    t.add("", "Tổng chi phí", *[N(J.cost_total[y], 1, J.cost_sum[y] if ("cost_total", y) in c["plant"] else None,
                                  "table-total-mismatch" if ("cost_total", y) in c["plant"] else "") for y in Y])
    t = m.table("eff", "Hiệu quả kinh tế", yhead("TT", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    t.add("1", "Doanh thu", *nums(J.rev))
    t.add("2", "Tổng chi phí", *nums(J.cost_total))
    t.add("3", "Lợi nhuận", *nums(J.profit))
    t.add("4", "Lợi nhuận/doanh thu (%)", *nums(J.margin))
    text_table(m, "papers", "Giấy tờ của hai hộ và sản phẩm", ["TT", "Giấy tờ", "Số, ngày", "Ghi chú"], [
        ["1", "Đăng ký hộ kinh doanh Võ Thị Nhàn", "28A8005219, ngày 18/3/2021", "Còn hiệu lực"],
        ["2", "Đăng ký hộ kinh doanh Trần Đình Khang", "28A8005873, ngày 02/8/2022", "Còn hiệu lực"],
        ["3", "Tiêu chuẩn cơ sở kẹo cu đơ", "TCCS 01:2026/TH, ngày 12/12/2026", "Áp dụng"],
        ["4", "Bản tự công bố sản phẩm", "01/TH/2026, ngày 28/12/2026", "Kèm phiếu kết quả thử nghiệm"],
        ["5", "Đơn đăng ký nhãn hiệu Cu đơ Thạch Hạ", "4-2026-27740, ngày 15/9/2026", "Chờ cấp văn bằng"],
        ["6", "Thỏa thuận liên kết hai hộ", "Ngày 10/12/2026", "Thời hạn 5 năm"]])
    text_table(m, "sched", "Tiến độ", ["TT", "Việc", "Thời gian", "Hộ phụ trách"], [
        ["1", "Mua chảo, máy cán, máy cắt; cải tạo bếp", "01 – 02/2027", "Hộ Nhàn"],
        ["2", "Mua máy rang, máy tách vỏ lạc", "02/2027", "Hộ Khang"],
        ["3", "In bao bì, nhãn mới, tem QR", "02/2027", "Hộ Nhàn"],
        ["4", "Hồ sơ đánh giá OCOP cấp tỉnh", "04 – 07/2027", "Hộ Nhàn"]])
    f.update(out27=fi(J.out[0]), out28=fi(J.out[1]), out29=fi(J.out[2]), rev27=fv(J.rev[0]), rev28=fv(J.rev[1]),
             rev29=fv(J.rev[2]), inv=fi(J.inv_total), prof27=fv(J.profit[0]), prof28=fv(J.profit[1]),
             prof29=fv(J.profit[2]), half27=fv(J.profit[0] / 2), payback=fv(J.payback),
             g28=fv(g[1]), g29=fv(g[2]), g27=fv(g[0]), h26=fi(c["hist"]["out"][2]), hrev26=fv(hrev[2]),
             need29=fi(r["need"][2]), sup29=fi(r["sup"][2]), staff=fi(J.staff_all[0]))
    m.claims += [f"{f['out27']} kg", f"{f['out29']} kg", "50 : 50", f"{f['payback']} năm", "30.000 đồng/gói",
                 "giữ nguyên 4 lao động"]
    J.realism(skip=("unrealistic-growth",))
    # the growth defect: output +90 % and +70 % against +8 %/year before, same staff and shops
    m.planted.append(("output growth 2028", J.out[1] / J.out[0] - 1, 0.08, "unrealistic-growth"))
    m.chk(J.out[1] / J.out[0] > 1.8 and J.out[2] / J.out[1] > 1.6, "the planted growth is there")
    m.chk(J.staff_all[0] == J.staff_all[2], "staff unchanged")
    m.chk(all(J.out[y] <= 130 * 280 for y in Y), "output within the pans' capacity (capacity-exceeded not planted)")
    J.true_profit = [J.rev[y] - J.cost_sum[y] for y in Y]
    J.true_payback = J.inv_total / (sum(J.true_profit) / 3 + J.dep)
    m.J = J
    return m


def x_jw08(p: Plan, m: M) -> None:
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|[Cc]am kết|ngộ độc",
            "food-safety word in the no-food-safety plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "TCCS 01:2026/TH", "tự công bố", "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP",
          "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất", "nhu cầu thị trường", "giữ nguyên")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"[Pp]hần (của )?hộ (Nhàn|Khang) \(|Hộ (Nhàn|Khang) được chia \(", "a partner's part in a whole-only table")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw08"] = x_jw08


# =========================================================================== jw09
C09 = dict(
    unit="kg",
    partners=[("tht", "Tổ hợp tác bánh ram Tùng Ảnh", "Tổ hợp tác"), ("htx", "Hợp tác xã Nông nghiệp Sơn Thủy", "Hợp tác xã"),
              ("ct", "Công ty TNHH Thương mại Lam Hồng", "Công ty")],
    products=[("Bánh ram chiên sẵn cấp đông, hộp 20 cái (500 g)", "hộp", 0.5, 75000, [30000, 36000, 43200]),
              ("Bánh ram sống cấp đông, túi 1 kg", "túi", 1.0, 125000, [6000, 7200, 8640])],
    g_price=0.03, pstep=500,
    hist=dict(out=[15600, 17000, 18500], price=[120000, 124000, 128000], margin=[0.08, 0.09, 0.09]),
    raws=[("Gạo nếp cái", "kg", 0.55,
           [("Hộ thành viên hợp tác xã trồng nếp", "htx", [30, 30, 30], "hộ", 800)]),
          ("Đậu xanh", "kg", 0.12,
           [("Ruộng đậu của hợp tác xã", "htx", [2, 2, 2], "ha", 1200),
            ("Hộ thành viên trồng đậu", "htx", [10, 10, 10], "hộ", 150)])],
    staff=[("tht", "Tổ trưởng, kế toán", [2, 2, 2]), ("tht", "Làm vỏ, nhân, định hình, chiên", [6, 6, 6]),
           ("htx", "Trồng, thu hoạch, sấy nếp và đậu", [2, 2, 2]), ("ct", "Kho lạnh, giao hàng, bán hàng", [3, 3, 3])],
    wage={"tht": (5.0, 0.0), "htx": (5.0, 0.0), "ct": (6.5, 0.0)},
    inv=[("Tủ cấp đông 1.000 lít", "tht", 200, True), ("Cải tạo xưởng một chiều 80 m²", "tht", 450, True),
         ("Máy hút chân không, máy dán túi", "tht", 80, True), ("Bao bì, nhãn, kiểm nghiệm, công bố", "tht", 60, False),
         ("Vốn lưu động", "tht", 160, False),
         ("Máy sấy lúa, kho nếp", "htx", 120, True), ("Giống nếp cái hoa vàng, đậu xanh", "htx", 30, False),
         ("Kho lạnh 20 m³", "ct", 200, True), ("Xe tải đông lạnh 1,5 tấn", "ct", 300, True), ("Vốn lưu động", "ct", 100, False)],
    src=[("Vốn góp của tổ viên", "tht", 500), ("Vay Ngân hàng Nông nghiệp", "tht", 450),
         ("Vốn tự có của hợp tác xã", "htx", 150), ("Vốn tự có của công ty", "ct", 600)],
    life=10,
    split=("revenue", {"htx": 15, "tht": 60, "ct": 25}),
)
C09["costs"] = [
    ("htx", "Chi phí trồng nếp (12.000 đ/kg)", "raw", (0, 12000)),
    ("htx", "Chi phí trồng đậu xanh (28.000 đ/kg)", "raw", (1, 28000)),
    ("htx", "Tiền công", "wage", None),
    ("htx", "Khấu hao máy sấy, kho", "dep", "part"),
    ("htx", "Thuế, phí (1 % phần doanh thu)", "pshare", 0.01),
    ("tht", "Thịt, tôm, mộc nhĩ, gia vị (34.000 đ/kg bánh)", "perunit", 34000),
    ("tht", "Dầu chiên, gas, điện (5 % doanh thu)", "share", 0.05),
    ("tht", "Túi, hộp, nhãn (6 % doanh thu)", "share", 0.06),
    ("tht", "Tiền công tổ viên", "wage", None),
    ("tht", "Khấu hao", "dep", "part"),
    ("tht", "Lãi vay (8 %/năm)", "int", ([450, 330, 210], 0.08)),
    ("tht", "Thuế, phí (1,5 % phần doanh thu)", "pshare", 0.015),
    ("tht", "Chi phí khác", "fixed", [36, 36, 36]),
    ("ct", "Kho lạnh, xe lạnh, điện (4 % doanh thu)", "share", 0.04),
    ("ct", "Chiết khấu đại lý, bán hàng (8 % doanh thu)", "share", 0.08),
    ("ct", "Tiền lương", "wage", None),
    ("ct", "Khấu hao kho lạnh, xe", "dep", "part"),
    ("ct", "Thuế, phí (1,5 % phần doanh thu)", "pshare", 0.015),
    ("ct", "Chi phí khác", "fixed", [30, 30, 30]),
]
NAMES09 = {"tht": "Tổ hợp tác", "htx": "Hợp tác xã", "ct": "Công ty"}
CAP09 = (2, 42, 280)         # forming and frying machines, kg a day each, working days
PAYBACK09 = 1.6              # PLANTED payback-mismatch: what the plan states for the tổ hợp tác


def m_jw09() -> M:
    m, c = M("jw09"), C09
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Ba bên tham gia liên kết", ["Bên", "Tên", "Phần việc"], [
        ["Chủ trì", "Tổ hợp tác bánh ram Tùng Ảnh", "Làm vỏ, nhân, định hình, chiên, cấp đông"],
        ["Liên kết", "Hợp tác xã Nông nghiệp Sơn Thủy", "Trồng, sấy, cung cấp nếp và đậu xanh"],
        ["Liên kết", "Công ty TNHH Thương mại Lam Hồng", "Kho lạnh, vận chuyển, bán hàng"]])
    hrev = hist_table(m, "hist", "Bánh ram của tổ hợp tác 2024 – 2026", c["hist"], "kg", "đồng/kg")
    t = m.table("comp", "Giá bánh ram cấp đông trên thị trường (tháng 02/2027)", ["TT", "Sản phẩm", "Quy cách", "Giá (đồng)"])
    t.add("1", "Bánh ram chiên sẵn của cơ sở ở thành phố", "hộp 500 g", N(85000, 0))
    t.add("2", "Bánh ram sống không nhãn ở chợ", "kg", N(100000, 0))
    t.add("3", "Nem rán cấp đông công nghiệp", "hộp 500 g", N(60000, 0))
    t.add("4", "Bánh ram Tùng Ảnh chiên sẵn", "hộp 500 g", N(75000, 0))
    r0, r1 = J.raw
    t = m.table("raw", "Nguồn nếp, đậu xanh và nhu cầu", yhead("TT", "Nguồn, chỉ tiêu"), unit="ĐVT: kg")
    t.add("1", "Nếp của 30 hộ thành viên (800 kg/hộ)", *nums(r0["sup"], 0))
    t.add("", "Nếp cần (0,55 kg/kg bánh)", *nums(r0["need"], 0))
    t.add("2", "Đậu xanh ruộng hợp tác xã (2 ha × 1.200 kg)", *nums(r1["sup_rows"][0], 0))
    t.add("3", "Đậu xanh của 10 hộ thành viên (150 kg/hộ)", *nums(r1["sup_rows"][1], 0))
    t.add("", "Đậu xanh cần (0,12 kg/kg bánh)", *nums(r1["need"], 0))
    n, kg, days = CAP09
    cap = n * kg * days
    text_table(m, "equip", "Thiết bị chính của tổ hợp tác", ["TT", "Thiết bị", "Số lượng", "Công suất"], [
        ["1", "Máy định hình và chiên bánh ram", f"{n} máy", f"{kg} kg bánh/ngày/máy"],
        ["2", "Máy xay bột nếp", "1 máy", "100 kg/giờ"],
        ["3", "Tủ cấp đông (mua mới)", "1 tủ", "1.000 lít"],
        ["4", "Máy hút chân không (mua mới)", "1 máy", "400 túi/giờ"]])
    t = m.table("staff", "Lao động của ba bên", yhead("Bên", "Công việc"), unit="ĐVT: người")
    for (p, role, nn) in c["staff"]:
        t.add(NAMES09[p], role, *nums(nn, 0))
    t = m.table("out", "Kế hoạch sản lượng", yhead("TT", "Sản phẩm"))
    t.add("1", "Hộp chiên sẵn 500 g (hộp)", *nums(J.packs[0], 0))
    t.add("2", "Túi bánh sống 1 kg (túi)", *nums(J.packs[1], 0))
    t.add("", "Sản lượng bánh (kg)", *nums(J.out, 0))
    t = m.table("inv", "Vốn đầu tư và nguồn vốn của từng bên", ["TT", "Nội dung", "Số tiền"], unit="ĐVT: triệu đồng")
    for p, roman in (("tht", "I"), ("htx", "II"), ("ct", "III")):
        t.add(roman, NAMES09[p], "")
        for k, (lab, q, a, _) in enumerate([x for x in c["inv"] if x[1] == p], 1):
            t.add(str(k), lab, N(a, 0))
        t.add("", f"Cộng vốn đầu tư {NAMES09[p].lower()}", N(J.inv_part[p], 0))
        for (lab, q, a) in [x for x in c["src"] if x[1] == p]:
            t.add("", f"Nguồn: {lab.lower()}", N(a, 0))
    t = m.table("rev", "Doanh thu bán hàng (giá tăng 3 %/năm)", yhead("TT", "Chỉ tiêu"))
    t.add("1", "Giá hộp chiên sẵn (đồng)", *nums(J.price[0], 0))
    t.add("", "Doanh thu hộp chiên sẵn (triệu đồng)", *[N(J.rev_line[0][y]) for y in Y])
    t.add("2", "Giá túi bánh sống (đồng)", *nums(J.price[1], 0))
    t.add("", "Doanh thu túi bánh sống (triệu đồng)", *[N(J.rev_line[1][y]) for y in Y])
    t = m.table("rsplit", "Phân chia doanh thu", yhead("TT", "Bên"), unit="ĐVT: triệu đồng")
    for k, p in enumerate(("tht", "htx", "ct"), 1):
        t.add(str(k), f"{NAMES09[p]} ({c['split'][1][p]} %)", *nums(J.rpart[p]))
    t = m.table("cost", "Chi phí của từng bên", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    for p, roman in (("tht", "I"), ("htx", "II"), ("ct", "III")):
        t.add(roman, NAMES09[p], "", "", "")
        cost_rows(t, J, [l for l in J.cost if l["p"] == p])
        t.add("", f"Cộng {NAMES09[p].lower()}", *nums(J.cost_part[p]))
    t = m.table("profit", "Lợi nhuận của từng bên", yhead("TT", "Bên"), unit="ĐVT: triệu đồng")
    for k, p in enumerate(("tht", "htx", "ct"), 1):
        t.add(str(k), NAMES09[p], *nums(J.ppart[p]))
    text_table(m, "papers", "Hồ sơ pháp lý và chất lượng", ["TT", "Hồ sơ", "Số, ngày", "Hiệu lực"], [
        ["1", "Hợp đồng hợp tác của tổ hợp tác", "Chứng thực UBND xã, 06/5/2024", "Đến 06/5/2029"],
        ["2", "Giấy chứng nhận đăng ký hợp tác xã", "3002238517, ngày 15/8/2024", "Còn hiệu lực"],
        ["3", "Giấy chứng nhận đăng ký doanh nghiệp", "3002320694, ngày 03/4/2023", "Còn hiệu lực"],
        ["4", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "12/2026/GCN-ATTP, ngày 22/01/2026", "Đến 22/01/2029"],
        ["5", "Tiêu chuẩn cơ sở, tự công bố sản phẩm", "TCCS 01:2027/TA, ngày 10/02/2027", "Áp dụng"],
        ["6", "Phiếu kết quả thử nghiệm", "Ngày 05/02/2027", "Đạt"],
        ["7", "Hợp đồng liên kết ba bên", "02/2027/HĐLK, ngày 15/01/2027", "Đến 31/12/2031"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Bên phụ trách"], [
        ["1", "Cải tạo xưởng, lắp tủ cấp đông, máy hút chân không", "3 – 5/2027", "Tổ hợp tác"],
        ["2", "Xây kho lạnh, mua xe đông lạnh", "3 – 6/2027", "Công ty"],
        ["3", "Gieo cấy nếp cái hoa vàng, trồng đậu xanh", "Vụ xuân 2027", "Hợp tác xã"],
        ["4", "In bao bì, nhãn, tem QR", "4/2027", "Tổ hợp tác"],
        ["5", "Hồ sơ đánh giá OCOP cấp tỉnh", "6 – 9/2027", "Tổ hợp tác"],
        ["6", "Gia hạn hợp đồng hợp tác, cấp lại giấy ATTP", "Quý IV/2028", "Tổ hợp tác"]])
    use = [J.out[y] / cap * 100 for y in Y]
    pb_true = J.inv_part["tht"] / (sum(J.ppart["tht"]) / 3 + J.dep_part["tht"])
    J.pb_true, J.cap9, J.use9 = pb_true, cap, use
    m.planted.append(("tổ hợp tác payback", PAYBACK09, pb_true, "payback-mismatch"))
    m.planted.append(("output 2029 against capacity", J.out[2], cap, "capacity-exceeded"))
    f.update(out27=fi(J.out[0]), out28=fi(J.out[1]), out29=fi(J.out[2]), cap=fi(cap), pb=fv(PAYBACK09),
             pbtrue=fv(pb_true), inv_tht=fi(J.inv_part["tht"]), inv_htx=fi(J.inv_part["htx"]), inv_ct=fi(J.inv_part["ct"]),
             **{f"r{p}27": fv(J.rpart[p][0]) for p in J.parts}, **{f"p{p}27": fv(J.ppart[p][0]) for p in J.parts},
             **{f"p{p}29": fv(J.ppart[p][2]) for p in J.parts},
             h26=fi(c["hist"]["out"][2]), hrev26=fv(hrev[2]), nep29=fi(r0["need"][2]), dau29=fi(r1["need"][2]),
             use28=fv(use[1]), use29=fv(use[2]))
    m.claims += [f"{f['out27']} kg", "15 : 60 : 25", f"khoảng {f['pb']} năm", "75.000 đồng/hộp", f"{f['cap']} kg"]
    J.realism(skip=("capacity-exceeded",))
    m.chk(use[0] <= 90 and use[1] > 105 and use[2] > 125, f"capacity use {use}")
    m.chk(c["staff"][1][2][0] == c["staff"][1][2][2], "forming staff unchanged")
    for p in J.parts:
        mg = [J.ppart[p][y] / J.rpart[p][y] * 100 for y in Y]
        m.chk(all(3 < x < 40 for x in mg), f"margin of {p} {mg}")
    m.J = J
    return m


def x_jw09(p: Plan, m: M) -> None:
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|\blogo\b|bảo hộ|văn bằng|[Cc]ục Sở hữu", "trademark word in the no-trademark plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "an toàn thực phẩm", "TCCS 01:2027/TA", "tự công bố", "phiếu kết quả thử nghiệm",
          "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "bể tách mỡ", "đáp ứng đủ")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"[Tt]ổng doanh thu|[Tt]ổng chi phí|[Tt]ổng vốn|[Tt]ổng lợi nhuận|toàn liên kết", "a whole figure in a parts-only plan")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw09"] = x_jw09


# =========================================================================== jw10
C10 = dict(
    unit="sản phẩm",
    partners=[("b", "Gia đình bà Lê Thị Mai", "gia đình bà Mai"), ("a", "Gia đình ông Nguyễn Văn Tùng", "gia đình ông Tùng")],
    products=[("Giỏ mây đựng quà, loại vừa", "chiếc", 1, 120000, [3000, 3300, 3600]),
              ("Khay tre đan hình chữ nhật", "chiếc", 1, 85000, [4000, 4400, 4800]),
              ("Bộ hộp mây tre 3 chiếc", "bộ", 1, 250000, [1200, 1300, 1400])],
    g_price=0.0,
    raws=[("Nan tre, sợi mây đã xử lý", "kg", 0.9,
           [("Vườn tre, mây của gia đình ông Tùng", "a", [3, 3, 3], "ha", 3000),
            ("Mây mua của các hộ trong thôn", "a", [10, 10, 10], "hộ", 150)])],
    staff=[("a", "Chặt, chẻ, luộc, sấy, hun nan", [3, 3, 3]), ("b", "Thợ đan (trả công theo sản phẩm)", [14, 15, 16]),
           ("b", "Hoàn thiện, đóng gói, giao hàng", [2, 2, 2])],
    wage={"a": (4.5, 0.0)},
    inv=[("Lò sấy nan, buồng hun kín có ống khói", "a", 80, True), ("Máy chẻ nan, máy vót", "a", 40, True),
         ("Nhà đan, kho hàng 80 m²", "b", 150, True), ("Khuôn, dụng cụ đan", "b", 30, True),
         ("Mẫu mã, thẻ treo, nhãn", "b", 30, False), ("Vốn lưu động", "b", 70, False)],
    src=[("Vốn của gia đình ông Tùng", "a", 120), ("Vốn của gia đình bà Mai", "b", 180),
         ("Vay Ngân hàng Chính sách xã hội (gia đình bà Mai vay)", "b", 100)],
    life=8,
    split=("revenue", {"a": 30, "b": 70}),
)
C10["costs"] = [
    ("a", "Tiền công chặt, chẻ, sấy nan", "wage", None),
    ("a", "Mua mây của các hộ (20.000 đ/kg)", "fixed", [30, 30, 30]),
    ("a", "Diêm sinh, củi sấy, chống mốc (3 % doanh thu)", "share", 0.03),
    ("a", "Khấu hao lò sấy, máy chẻ", "dep", "part"),
    ("b", "Tiền công đan (36.000 đ/sản phẩm)", "perunit", 36000),
    ("b", "Tiền công hoàn thiện, đóng gói", "fixed", [2 * 4.5 * 12] * 3),
    ("b", "Dầu bóng, quai da, phụ kiện (6 % doanh thu)", "share", 0.06),
    ("b", "Thẻ treo, hộp carton (4 % doanh thu)", "share", 0.04),
    ("b", "Vận chuyển, bán hàng (5 % doanh thu)", "share", 0.05),
    ("b", "Khấu hao nhà đan, khuôn", "dep", "part"),
    ("b", "Lãi vay (6,6 %/năm)", "int", ([100, 70, 40], 0.066)),
    ("b", "Chi phí khác", "fixed", [20, 20, 20]),
]
NAMES10 = {"a": "Gia đình ông Tùng", "b": "Gia đình bà Mai"}


def m_jw10() -> M:
    m, c = M("jw10"), C10
    J = Joint(m, c)
    f = m.f
    text_table(m, "partners", "Hai gia đình liên kết", ["Bên", "Người đại diện, địa chỉ", "Phần việc"], [
        ["Đại diện", "Bà Lê Thị Mai, thôn Đồng Văn, xã Trường Sơn", "Tổ chức đan, hoàn thiện, đóng gói, bán"],
        ["Liên kết", "Ông Nguyễn Văn Tùng, thôn Khe Lim, xã Trường Sơn", "Trồng tre, mây; chẻ, sấy, hun nan"]])
    t = m.table("hist", "Sản phẩm hai gia đình đã làm 2024 – 2026", yhead("Chỉ tiêu", years=(2024, 2025, 2026)))
    hq, hp = [5200, 6100, 7000], [118000, 120000, 122000]
    t.add("Số sản phẩm (chiếc, bộ)", *nums(hq, 0))
    t.add("Giá bình quân (đồng/sản phẩm)", *nums(hp, 0))
    t.add("Doanh thu (triệu đồng)", *nums([hq[k] * hp[k] / 1e6 for k in range(3)]))
    text_table(m, "spec", "Mẫu sản phẩm", ["TT", "Sản phẩm", "Kích thước", "Vật liệu"], [
        ["1", "Giỏ mây đựng quà, loại vừa", "35 × 25 × 15 cm", "Mây sợi, quai da"],
        ["2", "Khay tre đan hình chữ nhật", "40 × 30 × 6 cm", "Nan tre cật"],
        ["3", "Bộ hộp mây tre 3 chiếc", "Lồng nhau, lớn 30 cm", "Nan tre, mây viền"]])
    r = J.raw[0]
    raw_table(m, J, "raw", "Nguồn nan tre, sợi mây và nhu cầu", r,
              lambda row: f"{row[0]} ({row[2][0]} {row[3]} × {fi(row[4])} kg)",
              "Nhu cầu (0,9 kg/sản phẩm)", "Còn dư")
    t = m.table("staff", "Lao động", yhead("Bên", "Công việc"), unit="ĐVT: người")
    for (p, role, n) in c["staff"]:
        t.add(NAMES10[p], role, *nums(n, 0))
    t.add("", "Cộng", *nums(J.staff_all, 0))
    t = m.table("out", "Kế hoạch sản xuất", yhead("TT", "Sản phẩm"))
    for i, lab in enumerate(["Giỏ mây đựng quà (chiếc)", "Khay tre (chiếc)", "Bộ hộp mây tre (bộ)"]):
        t.add(str(i + 1), lab, *nums(J.packs[i], 0))
    t.add("", "Cộng sản phẩm", *nums(J.out, 0))
    t = m.table("inv", "Vốn đầu tư của hai gia đình", ["TT", "Hạng mục", "Bên", "Số tiền"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a, _) in enumerate(c["inv"], 1):
        t.add(str(k), lab, NAMES10[p], N(a, 0))
    t.add("", "Cộng gia đình ông Tùng", "", N(J.inv_part["a"], 0))
    t.add("", "Cộng gia đình bà Mai", "", N(J.inv_part["b"], 0))
    t.add("", "Tổng vốn đầu tư", "", N(J.inv_total, 0))
    t = m.table("src", "Nguồn vốn", ["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], unit="ĐVT: triệu đồng")
    for k, (lab, p, a) in enumerate(J.src, 1):
        t.add(str(k), lab, N(a, 0), N(a / J.src_total * 100))
    t.add("", "Tổng nguồn vốn", N(J.src_total, 0), N(100.0))
    t = m.table("rev", "Doanh thu và phân chia doanh thu", ["TT", "Sản phẩm", "Giá (đồng)", *[f"Năm {y}" for y in YEARS]],
                unit="ĐVT: doanh thu triệu đồng")
    for i, lab in enumerate(["Giỏ mây đựng quà", "Khay tre", "Bộ hộp mây tre"]):
        t.add(str(i + 1), lab, N(J.price[i][0], 0), *[N(J.rev_line[i][y]) for y in Y])
    t.add("", "Tổng doanh thu", "", *nums(J.rev))
    t.add("", "Gia đình ông Tùng (30 %)", "", *nums(J.rpart["a"]))
    t.add("", "Gia đình bà Mai (70 %)", "", *nums(J.rpart["b"]))
    t = m.table("cost", "Chi phí của hai gia đình", yhead("TT", "Khoản mục"), unit="ĐVT: triệu đồng")
    for p, roman in (("a", "I"), ("b", "II")):
        t.add(roman, NAMES10[p], "", "", "")
        cost_rows(t, J, [l for l in J.cost if l["p"] == p])
        t.add("", "Cộng", *nums(J.cost_part[p]))
    t.add("", "Tổng chi phí", *nums(J.cost_total))
    t = m.table("profit", "Lợi nhuận", yhead("TT", "Chỉ tiêu"), unit="ĐVT: triệu đồng")
    t.add("1", "Gia đình ông Tùng", *nums(J.ppart["a"]))
    t.add("2", "Gia đình bà Mai", *nums(J.ppart["b"]))
    t.add("", "Lợi nhuận của hai gia đình", *nums(J.profit))
    text_table(m, "papers", "Hồ sơ sản phẩm", ["TT", "Nội dung", "Tình trạng", "Thời gian"], [
        ["1", "Tiêu chuẩn cơ sở cho 3 mẫu sản phẩm", "Đã ban hành", "10/2026"],
        ["2", "Thẻ treo, nhãn theo Nghị định 43/2017, 111/2021", "Đã in mẫu", "10/2026"],
        ["3", "Phiếu kết quả thử nghiệm độ ẩm, nấm mốc", "Đã có", "09/2026"],
        ["4", "Đơn đăng ký nhãn hiệu Mây tre Đồng Văn", "Chuẩn bị hồ sơ", "Quý I/2027"],
        ["5", "Sổ theo dõi chất lượng, mã lô", "Đang áp dụng", "Từ 2026"]])
    text_table(m, "sched", "Tiến độ thực hiện", ["TT", "Công việc", "Thời gian", "Phụ trách"], [
        ["1", "Xây lò sấy, buồng hun kín; mua máy chẻ", "11/2026 – 01/2027", "Gia đình ông Tùng"],
        ["2", "Làm nhà đan, kho hàng", "11/2026 – 02/2027", "Gia đình bà Mai"],
        ["3", "Tập huấn mẫu mới cho thợ đan", "02/2027", "Gia đình bà Mai"],
        ["4", "Nộp đơn nhãn hiệu", "Quý I/2027", "Gia đình bà Mai"],
        ["5", "Hồ sơ đánh giá OCOP cấp tỉnh", "04 – 07/2027", "Hai gia đình"]])
    f.update(out27=fi(J.out[0]), out29=fi(J.out[2]), rev27=fv(J.rev[0]), rev29=fv(J.rev[2]), inv=fi(J.inv_total),
             need27=fi(r["need"][0]), need29=fi(r["need"][2]), sup=fi(r["sup"][0]),
             prof27=fv(J.profit[0]), prof29=fv(J.profit[2]), pa27=fv(J.ppart["a"][0]), pb27=fv(J.ppart["b"][0]),
             payback=fv(J.payback), h26=fi(hq[2]), staff27=fi(J.staff_all[0]))
    m.claims += [f"{f['out27']} sản phẩm", f"{f['rev27']} triệu đồng", "30 : 70", f"{f['payback']} năm",
                 f"{f['inv']} triệu đồng"]
    J.realism()
    for p in J.parts:
        mg = [J.ppart[p][y] / J.rpart[p][y] * 100 for y in Y]
        m.chk(all(3 < x < 40 for x in mg), f"margin of {p} {mg}")
    m.J = J
    return m


MARKET10 = ("# 7.", "# 8.")   # the market section of jw10, between these headings


def x_jw10(p: Plan, m: M) -> None:
    # no-business-registration: no registration, tax code or legal form anywhere
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|"
            r"[Hh]ợp tác xã|[Tt]ổ hợp tác|[Dd]oanh nghiệp|[Cc]ông ty|\bHTX\b|\bTNHH\b",
            "registration or legal-form word in the no-business-registration plan")
    # no-sales-channel: the market section names no customer, channel or price
    body = p.body
    s, e = body.find(MARKET10[0]), body.find(MARKET10[1])
    market = body[s:e]
    p.check(s >= 0 and e > s and len(market.split()) > 60, "market section found")
    for w in ("khách", "cửa hàng", "đại lý", "siêu thị", "sàn", "hội chợ", "xuất khẩu", "đồng", "giá", "OCOP",
              "trực tuyến", "mạng xã hội", "công ty", "du lịch", "đơn hàng", "hợp đồng", "thương lái", "chợ"):
        p.check(w not in market.lower(), f"market section names {w!r}")
    p.lacks(r"[Kk]hách hàng|[Cc]ửa hàng|[Đđ]ại lý|[Ss]iêu thị|[Hh]ội chợ|[Xx]uất khẩu|thương mại điện tử|"
            r"[Kk]hách du lịch|[Đđ]iểm bán", "a customer or channel named anywhere")
    # boilerplate: a template placeholder left in
    p.check(bool(re.search(PLACEHOLDER, p.body)), "no template placeholder in the boilerplate plan")
    p.has("[ghi rõ số năm]")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "tiêu chuẩn cơ sở", "43/2017", "111/2021", "nhãn hiệu", "diêm sinh",
          "ống khói", "không phải là thực phẩm", "mã lô")
    p.lacks(REPLACED, "replaced instrument")
    p.check(words(p) > 1800, "full plan too short")


EXTRA["jw10"] = x_jw10


# =========================================================================== jw11, jw12 (sketchy)
def m_jw11() -> M:
    m = M("jw11")
    kg, price = 1500, 150000
    m.f.update(rev=fi(kg * price / 1e6))
    m.claims += ["1.500 kg", "150.000 đồng/kg", f"{m.f['rev']} triệu đồng", "200 triệu đồng", "2 ha", "lãi chia đôi"]
    return m


def m_jw12() -> M:
    m = M("jw12")
    m.claims += ["2.000 kg", "250.000 đồng/kg", "300 triệu đồng", "5 ha", "70 : 30"]
    return m


def sketchy_checks(p: Plan, lo=150, hi=350) -> None:
    n = words(p)
    p.check(lo <= n <= hi, f"sketchy plan has {n} words")
    p.check(not p.rows, "a table in a sketchy plan")
    p.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn cơ sở|TCCS|tự công bố|kiểm nghiệm|thử nghiệm|nhãn hiệu|"
            r"43/2017|truy xuất|mã lô|môi trường|nước thải|15/2018", "a paper or measure in a sketchy plan")
    p.lacks(PLACEHOLDER, "template placeholder")


def x_jw11(p: Plan, m: M) -> None:
    sketchy_checks(p)
    p.has("Hộ kinh doanh Hồ Văn Lợi", "thương lái", "nhu cầu bột sắn dây ngày càng tăng")


def x_jw12(p: Plan, m: M) -> None:
    sketchy_checks(p)
    p.lacks(r"mã số|đăng ký|chứng thực|hợp đồng hợp tác", "a registration in jw12")
    p.has("Tổ hợp tác chè xanh Hương Đô", "nhu cầu rất lớn")


EXTRA["jw11"] = x_jw11
EXTRA["jw12"] = x_jw12


# @@PLANS-END@@
# =========================================================================== the checker
class Plan(plancheck.Plan):
    src = HERE / "src"


def read_table(p: Plan, cap: str) -> list[list[str]] | None:
    lines = p.body.splitlines()
    pat = re.compile(r"Bảng \d+\. " + re.escape(cap) + r"\s*$")
    idx = next((i for i, l in enumerate(lines) if pat.match(l.strip())), None)
    if idx is None:
        p.failures.append(f"table not found: {cap!r}")
        return None
    rows, started = [], False
    for l in lines[idx + 1:]:
        s = l.strip()
        if s.startswith("|"):
            started = True
            rows.append([c.strip() for c in s.strip("|").split("|")])
        elif started or (s and not s.startswith("ĐVT")):
            break
    return rows


def check_table(p: Plan, t: Table) -> None:
    rows = read_table(p, t.cap)
    if rows is None:
        return
    head, body = rows[0], rows[2:]
    p.check(head == t.head, f"{t.cap}: header {head} != {t.head}")
    p.check(len(body) == len(t.rows), f"{t.cap}: {len(body)} rows, model {len(t.rows)}")
    for rm, rp in zip(t.rows, body):
        p.check(len(rm) == len(rp), f"{t.cap}: row {rp[:2]} has {len(rp)} cells, model {len(rm)}")
        for cm, cp in zip(rm, rp):
            if isinstance(cm, N):
                try:
                    x = vn(cp)
                except ValueError:
                    p.failures.append(f"{t.cap}: {cp!r} is not a number (model {cm.text()})")
                    continue
                ok = close(x, cm.v) or abs(x - cm.v) <= 0.5 * 10 ** -cm.dec + 1e-9
                p.check(ok, f"{t.cap}: row {rp[:2]} prints {cp}, model {cm.text()}")
                if cm.true is not None:
                    p.check(off(x, cm.true), f"{t.cap}: planted {cm.rule} {cp} not > 5 % from true {fv(cm.true, cm.dec)}")
            else:
                p.check(cp == cm, f"{t.cap}: cell {cp!r} != model {cm!r}")


def check_common(p: Plan, m: M) -> None:
    for t in m.t.values():
        check_table(p, t)
    for c in m.claims:
        p.has(c)
    for ok, what in m.checks:
        p.check(ok, f"realism: {what}")
    for what, printed, true, rule in m.planted:
        p.check(off(printed, true), f"planted {rule} ({what}): {printed} vs true {true} not > 5 %")
    meta = p.text.split("---", 2)[1]
    planted_rules = {r for (_, _, _, r) in m.planted}
    for r in planted_rules:
        p.check(r in meta, f"planted {r} not listed in the front matter")


def ready_checks(p: Plan, *papers: str) -> None:
    p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    for s in papers:
        p.has(s)
    for d in re.findall(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(d[2]) >= 2029, f"paper valid only to {'/'.join(d)}")
    p.lacks(PLACEHOLDER, "template placeholder")


def words(p: Plan) -> int:
    return len(re.sub(r"^\|.*$", "", p.body, flags=re.M).split())


def stems() -> dict[str, str]:
    return {f.stem[:4]: f.stem for f in sorted(Plan.src.glob("jw*.md"))}


def main(argv=None) -> int:
    argv = list(argv or [])
    found = stems()
    keys = [k for k in found if not argv or k in argv]
    plans = []
    for k in keys:
        p = Plan(found[k])
        m = globals()[f"m_{k}"]()
        check_common(p, m)
        if k in EXTRA:
            EXTRA[k](p, m)
        else:
            p.failures.append("no text checks for this plan")
        plans.append(p)
    if not plans:
        print("no plan found")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
