"""The 256th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout256/arithmetic.py [iw01 iw05 ...]

Theme: producers who count in crop years and seasons that straddle calendar years ("niên vụ
2027 – 2028", "vụ Đông Xuân 2027 – 2028", a fiscal year from 1 July, a bee year from September, a
tourist season from October to February). Output is reckoned per crop year or season, stock is
carried over 31/12 (or 30/6, 30/9), and revenue falls partly in the year after the harvest.

For every full plan (iw01-iw10) a model function below turns the constants (areas, yields, herds,
boats, hives, norms, shares sold before and after the turn of the year, prices per crop year,
staff and wages, cost rates, investment items, capital sources, loan balances) into every table
cell and every figure the prose quotes. It is run twice: once as the plan was printed (planted
defects in, the figures that follow them follow) and once true. The checker then

* reads every table back from the plan's source (found by its caption "Bảng N.") and compares
  each cell with the printed model (numbers within 1 % or half a unit of their last digit);
* compares the printed model with the true one: the cells that differ must be exactly the planted
  ones and their declared knock-ons, each planted figure wrong by more than 5 % with the true value
  beside it;
* asserts the figures the prose quotes are in the text;
* asserts on the true model what a reviewer checks: supply covers the need and output stays within
  capacity (except where planted), opening stock + output - sales = closing stock, sales of a
  calendar year = the later part of one crop year + the early part of the next, margins between
  0 and 35 %, growth under +35 % a year (except where planted), payback = investment / (average
  profit + depreciation);
* asserts textual defects through the absence or presence of their words, ready plans cite no
  replaced instrument and no district body, no placeholder is left outside the boilerplate
  defect; sketchy plans are 150-350 words with no table.
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
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


class Plan(plancheck.Plan):
    src = HERE / "src"


# --------------------------------------------------------------------------- helpers
def fmt(v: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{abs(rd(v, d)):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if v < 0 and round(abs(v), d) != 0 else "") + s


def rd(v: float, d: int = 0) -> float:
    """Round half away from zero (as people do by hand)."""
    q = 10 ** d
    return (int(abs(v) * q + 0.5 + 1e-9) / q) * (1 if v >= 0 else -1)


@dataclass
class N:
    """A number cell: value, decimals printed."""
    v: float
    d: int = 0

    def __str__(self) -> str:
        return fmt(self.v, self.d)


@dataclass
class Tab:
    key: str
    caption: str
    header: list[str]
    rows: list[list]
    unit: str | None = None
    block: str | None = None  # None, "không kẻ" or "tab" (samples/FORMAT.md)

    def cell(self, label: str, col: int):
        for r in self.rows:
            if r[1] == label or r[0] == label:
                return r[col]
        raise KeyError(label)

    def render(self) -> str:
        out = []
        if self.block:
            out.append(f"::: {self.block}")
        out.append(self.caption)
        out.append("")
        if self.unit:
            out.append(self.unit)
        out.append("| " + " | ".join(self.header) + " |")
        out.append("|" + "---|" * len(self.header))
        for r in self.rows:
            out.append("| " + " | ".join(str(c) for c in r) + " |")
        if self.block:
            out.append(":::")
        return "\n".join(out)


@dataclass
class Model:
    tables: list[Tab] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    nums: dict[str, float] = field(default_factory=dict)  # named true/printed values for checks

    def add(self, t: Tab) -> Tab:
        self.tables.append(t)
        return t

    def tab(self, key: str) -> Tab:
        return next(t for t in self.tables if t.key == key)


def money(x: float) -> N:
    """triệu đồng, one decimal."""
    return N(rd(x, 1), 1)


def cells_of(m: Model) -> dict[tuple, float]:
    """Every numeric cell and quoted figure of a model: (table, row, col) -> value."""
    out: dict[tuple, float] = {}
    for t in m.tables:
        for i, r in enumerate(t.rows):
            lab = r[1] if len(r) > 1 and isinstance(r[1], str) and r[1] else str(r[0])
            for j, c in enumerate(r):
                if isinstance(c, N):
                    out[(t.key, f"{i}:{lab}", j)] = c.v
    for k, v in m.nums.items():
        out[("nums", k, 0)] = v
    return out


# --------------------------------------------------------------------------- plan models
PLANS: dict[str, dict] = {}


def plan(key: str, **meta):
    def deco(fn):
        PLANS[key] = dict(meta, model=fn)
        return fn
    return deco


def finance(m: Model, pr: bool, *, n: int, heads: list[str], caps: dict[str, str],
            rev: list[tuple[str, list[float]]], cost: list[tuple[str, list[float]]],
            inv: list[tuple[str, float]], src: list[tuple[str, float]], dep: float,
            plant: dict | None = None, unit: str = "ĐVT: triệu đồng",
            rev_rows: list[list] | None = None) -> dict:
    """Investment, sources, revenue, cost and summary tables (triệu đồng, one decimal).

    `plant` (applied only when pr) overrides printed figures: ("rev", label, y), ("cost", label, y),
    ("cost_total", y), ("profit", y), ("inv_total",), ("src", label), ("payback",). Figures that
    follow a planted one follow it (totals of printed lines, profit of printed totals, margin,
    payback from printed profits) unless they are planted themselves."""
    plant = plant if pr else {}
    pl = plant or {}
    Y = range(n)
    # investment
    inv_r = [[i + 1, lab, money(v)] for i, (lab, v) in enumerate(inv)]
    inv_total = pl.get(("inv_total",), rd(sum(rd(v, 1) for _, v in inv), 1))
    inv_true = rd(sum(rd(v, 1) for _, v in inv), 1)
    m.add(Tab("inv", caps["inv"], ["TT", "Hạng mục", "Số tiền"],
              inv_r + [["", "Tổng vốn đầu tư", money(inv_total)]], unit))
    srcv = [(lab, pl.get(("src", lab), v)) for lab, v in src]
    src_total = rd(sum(rd(v, 1) for _, v in srcv), 1)
    m.add(Tab("src", caps["src"], ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"],
              [[i + 1, lab, money(v), N(rd(v / src_total * 100, 1), 1)] for i, (lab, v) in enumerate(srcv)]
              + [["", "Tổng nguồn vốn", money(src_total), N(100.0, 1)]], unit))
    # revenue
    revp = [(lab, [pl.get(("rev", lab, y), rd(vals[y], 1)) for y in Y]) for lab, vals in rev]
    rev_tot = [rd(sum(v[y] for _, v in revp), 1) for y in Y]
    rows = rev_rows if rev_rows is not None else []
    if rev_rows is None:
        rows = [[i + 1, lab, *[money(v[y]) for y in Y]] for i, (lab, v) in enumerate(revp)]
    else:  # caller's detailed rows: amount cells of planted lines are replaced here
        for r in rows:
            for lab, v in revp:
                if r[1] == lab:
                    r[-n:] = [money(v[y]) for y in Y]
    m.add(Tab("rev", caps["rev"], ["TT", "Sản phẩm", *heads],
              rows + [["", "Tổng doanh thu", *[money(x) for x in rev_tot]]], unit))
    # cost
    costp = [(lab, [pl.get(("cost", lab, y), rd(vals[y], 1)) for y in Y]) for lab, vals in cost]
    cost_sum = [rd(sum(v[y] for _, v in costp), 1) for y in Y]
    cost_tot = [pl.get(("cost_total", y), cost_sum[y]) for y in Y]
    m.add(Tab("cost", caps["cost"], ["TT", "Khoản mục chi phí", *heads],
              [[i + 1, lab, *[money(v[y]) for y in Y]] for i, (lab, v) in enumerate(costp)]
              + [["", "Tổng chi phí", *[money(x) for x in cost_tot]]], unit))
    profit = [pl.get(("profit", y), rd(rev_tot[y] - cost_tot[y], 1)) for y in Y]
    margin = [rd(profit[y] / rev_tot[y] * 100, 1) for y in Y]
    m.add(Tab("sum", caps["sum"], ["TT", "Chỉ tiêu", *heads],
              [[1, "Tổng doanh thu", *[money(x) for x in rev_tot]],
               [2, "Tổng chi phí", *[money(x) for x in cost_tot]],
               [3, "Lợi nhuận trước thuế", *[money(x) for x in profit]],
               [4, "Tỷ suất lợi nhuận/doanh thu (%)", *[N(x, 1) for x in margin]]], unit))
    avg = rd(sum(profit) / n, 1)
    payback = pl.get(("payback",), rd(inv_total / (avg + dep), 1))
    m.nums.update(payback=payback, avg_profit=avg, inv_total=inv_total, src_total=src_total)
    for y in Y:
        m.nums[f"rev{y}"] = rev_tot[y]
        m.nums[f"cost{y}"] = cost_tot[y]
        m.nums[f"profit{y}"] = profit[y]
        m.nums[f"margin{y}"] = margin[y]
    f = m.facts
    f.update(inv=fmt(inv_total, 1), src=fmt(src_total, 1), payback=fmt(payback, 1),
             avg_profit=fmt(avg, 1), dep=fmt(dep, 1), inv_true=fmt(inv_true, 1))
    for y in Y:
        f[f"rev{y}"], f[f"cost{y}"] = fmt(rev_tot[y], 1), fmt(cost_tot[y], 1)
        f[f"profit{y}"], f[f"margin{y}"] = fmt(profit[y], 1), fmt(margin[y], 1)
    for lab, v in srcv:
        m.nums[f"src:{lab}"] = v
    return dict(rev=rev_tot, cost=cost_tot, profit=profit, payback=payback, inv=inv_total,
                src=src_total, cost_sum=cost_sum)


# =========================================================================== iw01
IW01 = dict(
    nv=["NV 2027–2028", "NV 2028–2029", "NV 2029–2030"],
    hist_nv=["NV 2024–2025", "NV 2025–2026", "NV 2026–2027 (ước)"],
    hist=dict(area=[15.0, 16.5, 17.5], harvest=[228.0, 247.5, 263.0], sold=[180.0, 205.0, 232.0],
              price=[24500, 25500, 26500], margin=[0.055, 0.058, 0.060]),
    area_cc=[12.0, 13.0, 14.0], y_cc=[16.0, 16.5, 17.0],
    area_cb=[6.0, 6.0, 6.5], y_cb=[14.0, 14.5, 15.0],
    hh_cc=[15, 16, 17], hh_cb=[9, 9, 10],
    g_cc=(0.80, 0.15), g_cb=(0.85, 0.10),
    sell=dict(cc1=[26000, 27000, 28000], cb1=[38000, 39000, 40000], l2=[10000, 10000, 11000]),
    buy=dict(cc1=[18500, 19500, 20500], cb1=[27500, 28500, 29500], l2=[5500, 5500, 6500]),
    before=dict(cc1=0.80, cb1=0.25, l2=0.70),
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Kỹ thuật, kiểm soát chất lượng", [1, 1, 1]),
           ("Vận hành kho lạnh, đóng gói", [1, 1, 2]), ("Bán hàng, giao nhận", [1, 1, 1])],
    wage=[6.0, 6.3, 6.6], kg_per_cong=250, cong_price=[250000, 260000, 270000],
    pack=1200, energy=350000, sell_rate=0.04, other=60,
    inv=[("Kho lạnh bảo quản cam 60 tấn", 650), ("Dây chuyền rửa, phân loại, đánh sáp 4 tấn/ngày", 480),
         ("Nhà sơ chế, đóng gói 150 m²", 420), ("Thùng carton, tem truy xuất, nhãn mẫu", 60),
         ("Chứng nhận VietGAP, kiểm nghiệm, công bố", 40), ("Vốn lưu động", 550)],
    fixed=650 + 480 + 420, life=10,
    src=[("Vốn góp của thành viên", 900), ("Quỹ đầu tư phát triển của hợp tác xã", 500),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
    loan=[800, 650, 500], rate=0.08,
    line=(4, 100),
)


@plan("iw01", stem="iw01_cam_khe_may_htx", verdict="ready", planted=[], knock=[])
def iw01(pr: bool) -> Model:
    c, m = IW01, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["sold"][i] * h["price"][i] / 1000, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả tiêu thụ cam của hợp tác xã ba niên vụ gần đây",
              ["TT", "Chỉ tiêu", *c["hist_nv"]],
              [[1, "Diện tích cam cho quả của thành viên (ha)", *[N(x, 1) for x in h["area"]]],
               [2, "Sản lượng thu hoạch (tấn)", *[N(x, 1) for x in h["harvest"]]],
               [3, "Sản lượng hợp tác xã tiêu thụ (tấn)", *[N(x, 1) for x in h["sold"]]],
               [4, "Giá bán bình quân (đồng/kg)", *[N(x) for x in h["price"]]],
               [5, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [6, "Lợi nhuận (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Giá cam cùng loại trên thị trường (tháng 11/2026 – 01/2027)",
              ["TT", "Sản phẩm", "Nơi bán", "Giá bán lẻ (đồng/kg)"],
              [[1, "Cam chanh Hương Khê của thương lái", "chợ Hà Tĩnh, Vinh", "22.000 – 26.000"],
               [2, "Cam bù Hương Sơn", "cửa hàng đặc sản Hà Tĩnh", "38.000 – 45.000"],
               [3, "Cam Vinh (Nghệ An)", "siêu thị tại Vinh", "30.000 – 35.000"],
               [4, "Cam Cao Phong (Hòa Bình)", "chợ đầu mối Hà Nội", "25.000 – 30.000"]]))
    cc = [rd(c["area_cc"][y] * c["y_cc"][y], 2) for y in Y]
    cb = [rd(c["area_cb"][y] * c["y_cb"][y], 2) for y in Y]
    tot = [rd(cc[y] + cb[y], 2) for y in Y]
    m.add(Tab("raw", "Bảng 3. Diện tích, năng suất và sản lượng cam của thành viên theo niên vụ",
              ["TT", "Chỉ tiêu", *c["nv"]],
              [[1, "Số hộ có vườn cam chanh cho quả", *[N(x) for x in c["hh_cc"]]],
               [2, "Diện tích cam chanh cho quả (ha)", *[N(x, 1) for x in c["area_cc"]]],
               [3, "Năng suất cam chanh (tấn/ha)", *[N(x, 1) for x in c["y_cc"]]],
               [4, "Sản lượng cam chanh (tấn)", *[N(x, 1) for x in cc]],
               [5, "Số hộ có vườn cam bù cho quả", *[N(x) for x in c["hh_cb"]]],
               [6, "Diện tích cam bù cho quả (ha)", *[N(x, 1) for x in c["area_cb"]]],
               [7, "Năng suất cam bù (tấn/ha)", *[N(x, 1) for x in c["y_cb"]]],
               [8, "Sản lượng cam bù (tấn)", *[N(x, 1) for x in cb]],
               ["", "Tổng sản lượng thu hoạch (tấn)", *[N(x, 1) for x in tot]]]))
    kg = dict(cc1=[cc[y] * 1000 * c["g_cc"][0] for y in Y], cb1=[cb[y] * 1000 * c["g_cb"][0] for y in Y],
              l2=[cc[y] * 1000 * c["g_cc"][1] + cb[y] * 1000 * c["g_cb"][1] for y in Y])
    kg = {k: [rd(x) for x in v] for k, v in kg.items()}
    com = [kg["cc1"][y] + kg["cb1"][y] + kg["l2"][y] for y in Y]
    capy = c["line"][0] * c["line"][1]
    use = [rd(com[y] / 1000 / capy * 100, 1) for y in Y]
    m.nums.update({f"use{y}": com[y] / 1000 / capy * 100 for y in Y})
    m.nums.update({f"need{y}": com[y] / 1000 for y in Y})
    m.nums.update({f"supply{y}": tot[y] for y in Y})
    m.add(Tab("prod", "Bảng 4. Cam thương phẩm hợp tác xã thu mua, tiêu thụ theo niên vụ",
              ["TT", "Sản phẩm (kg)", *c["nv"]],
              [[1, "Cam chanh loại 1", *[N(x) for x in kg["cc1"]]],
               [2, "Cam bù loại 1", *[N(x) for x in kg["cb1"]]],
               [3, "Cam loại 2 (hai giống)", *[N(x) for x in kg["l2"]]],
               ["", "Tổng cam thương phẩm", *[N(x) for x in com]],
               ["", "Công suất dây chuyền sử dụng (%)", *[N(x, 1) for x in use]]]))
    m.add(Tab("cal", "Bảng 5. Lịch thu hoạch, bảo quản và tiêu thụ trong một niên vụ",
              ["Thời gian", "Cam chanh", "Cam bù", "Kho lạnh, bán hàng"],
              [["Tháng 7 – 9", "chăm sóc, tỉa quả", "chăm sóc, bao quả", "bảo dưỡng kho, ký hợp đồng"],
               ["Tháng 10 – 12", "thu hoạch, bán 80 % loại 1", "thu hoạch từ giữa tháng 12", "bán Tết Dương lịch, nhập kho cam bù"],
               ["Tháng 1 – 2", "bán nốt cam trong kho", "thu hoạch, bán dịp Tết", "xuất kho theo đơn hàng"],
               ["Tháng 3 – 6", "bón phục hồi, ra hoa", "bán nốt cam kho lạnh đến tháng 3", "vệ sinh kho, tổng kết niên vụ"]]))
    m.add(Tab("equip", "Bảng 6. Nhà xưởng, máy móc, thiết bị",
              ["TT", "Hạng mục", "Số lượng", "Công suất", "Tình trạng"],
              [[1, "Nhà sơ chế, đóng gói", "150 m²", "–", "xây mới 2027"],
               [2, "Dây chuyền rửa, phân loại, đánh sáp", "1 dây chuyền", "4 tấn/ngày", "mua mới 2027"],
               [3, "Kho lạnh 2 – 5 °C", "1 kho", "60 tấn", "xây mới 2027"],
               [4, "Cân điện tử, máy dán thùng", "4 bộ", "–", "đang dùng"],
               [5, "Xe tải nhỏ 1,25 tấn", "1 chiếc", "1,25 tấn/chuyến", "đang dùng"]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    cong = [rd(com[y] / c["kg_per_cong"]) for y in Y]
    m.add(Tab("hr", "Bảng 7. Lao động của hợp tác xã",
              ["TT", "Vị trí", *c["nv"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Lao động thường xuyên", *[N(x) for x in staff]],
                 ["", "Lương bình quân (triệu đồng/tháng)", *[N(x, 1) for x in c["wage"]]],
                 ["", "Công thu hái, phân loại thời vụ (công)", *[N(x) for x in cong]]]))
    # straddle: revenue before / after 31 December
    price = c["sell"]
    keys = ("cc1", "cb1", "l2")
    bef_t = [sum(kg[k][y] * c["before"][k] for k in keys) / 1000 for y in Y]
    aft_t = [com[y] / 1000 - bef_t[y] for y in Y]
    bef_r = [sum(kg[k][y] * c["before"][k] * price[k][y] for k in keys) / 1e6 for y in Y]
    aft_r = [sum(kg[k][y] * (1 - c["before"][k]) * price[k][y] for k in keys) / 1e6 for y in Y]
    cal_t = [aft_t[0] + bef_t[1], aft_t[1] + bef_t[2]]
    cal_r = [aft_r[0] + bef_r[1], aft_r[1] + bef_r[2]]
    rows = []
    for y in Y:
        rows.append([c["nv"][y], N(rd(com[y] / 1000, 1), 1), N(rd(bef_t[y], 1), 1), N(rd(aft_t[y], 1), 1),
                     money(bef_r[y]), money(aft_r[y])])
    rows.append(["Năm 2028 (dương lịch)", N(rd(cal_t[0], 1), 1), N(rd(bef_t[1], 1), 1), N(rd(aft_t[0], 1), 1),
                 money(bef_r[1]), money(aft_r[0])])
    rows.append(["Năm 2029 (dương lịch)", N(rd(cal_t[1], 1), 1), N(rd(bef_t[2], 1), 1), N(rd(aft_t[1], 1), 1),
                 money(bef_r[2]), money(aft_r[1])])
    m.add(Tab("split", "Bảng 8. Cam bán trước và sau ngày 31/12 của mỗi niên vụ",
              ["Niên vụ / năm", "Sản lượng (tấn)", "Bán tháng 10 – 12 (tấn)",
               "Bán tháng 1 – 3 (tấn)", "Tiền bán tháng 10 – 12", "Tiền bán tháng 1 – 3"],
              rows, "ĐVT tiền: triệu đồng"))
    m.nums.update(cal_t0=cal_t[0], cal_t1=cal_t[1], cal_r0=cal_r[0], cal_r1=cal_r[1])
    m.add(Tab("price", "Bảng 9. Giá bán và giá thu mua cam của thành viên theo niên vụ",
              ["TT", "Sản phẩm (đồng/kg)", *c["nv"]],
              [[1, "Giá bán cam chanh loại 1", *[N(x) for x in price["cc1"]]],
               [2, "Giá bán cam bù loại 1", *[N(x) for x in price["cb1"]]],
               [3, "Giá bán cam loại 2", *[N(x) for x in price["l2"]]],
               [4, "Giá thu mua cam chanh loại 1", *[N(x) for x in c["buy"]["cc1"]]],
               [5, "Giá thu mua cam bù loại 1", *[N(x) for x in c["buy"]["cb1"]]],
               [6, "Giá thu mua cam loại 2", *[N(x) for x in c["buy"]["l2"]]]]))
    labels = {"cc1": "Cam chanh loại 1", "cb1": "Cam bù loại 1", "l2": "Cam loại 2"}
    rev = [(labels[k], [kg[k][y] * price[k][y] / 1e6 for y in Y]) for k in keys]
    dep = c["fixed"] / c["life"]
    cost = [("Thu mua cam của thành viên", [sum(kg[k][y] * c["buy"][k][y] for k in keys) / 1e6 for y in Y]),
            ("Thùng carton, tem, nhãn", [(kg["cc1"][y] + kg["cb1"][y]) * c["pack"] / 1e6 for y in Y]),
            ("Lương lao động thường xuyên", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Công thu hái, phân loại thời vụ", [cong[y] * c["cong_price"][y] / 1e6 for y in Y]),
            ("Điện kho lạnh, nhiên liệu", [com[y] / 1000 * c["energy"] / 1e6 for y in Y]),
            ("Vận chuyển, bán hàng (4 % doanh thu)", [sum(v[y] for _, v in rev) * c["sell_rate"] for y in Y]),
            ("Khấu hao tài sản cố định", [dep] * 3),
            ("Lãi vay ngân hàng (8 %/năm)", [c["loan"][y] * c["rate"] for y in Y]),
            ("Quản lý, kiểm nghiệm, chi khác", [c["other"]] * 3)]
    fin = finance(m, pr, n=3, heads=c["nv"], caps=dict(
        inv="Bảng 10. Tổng vốn đầu tư của phương án", src="Bảng 11. Nguồn vốn",
        rev="Bảng 12. Doanh thu theo niên vụ", cost="Bảng 13. Chi phí theo niên vụ",
        sum="Bảng 14. Hiệu quả kinh tế theo niên vụ"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep)
    m.add(Tab("sched", "Bảng 15. Tiến độ thực hiện",
              ["TT", "Công việc", "Thời gian", "Người phụ trách"],
              [[1, "Xây nhà sơ chế, lắp kho lạnh và dây chuyền", "tháng 4 – 8/2027", "Giám đốc"],
               [2, "Ký lại hợp đồng thu mua với 24 hộ thành viên", "tháng 7/2027", "Ban quản trị"],
               [3, "In thùng carton, tem truy xuất theo mẫu nhãn đã duyệt", "tháng 8 – 9/2027", "Tổ bán hàng"],
               [4, "Thu hoạch, tiêu thụ niên vụ 2027 – 2028", "10/2027 – 3/2028", "Toàn hợp tác xã"],
               [5, "Nộp hồ sơ đánh giá OCOP cấp tỉnh", "quý II/2028", "Giám đốc"],
               [6, "Đánh giá lại VietGAP, gia hạn trước 09/01/2030", "quý IV/2029", "Cán bộ kỹ thuật"]]))
    f = m.facts
    f.update(area0=fmt(c["area_cc"][0] + c["area_cb"][0], 1), area2=fmt(c["area_cc"][2] + c["area_cb"][2], 1),
             harvest0=fmt(tot[0], 1), harvest2=fmt(tot[2], 1), com0=fmt(com[0] / 1000, 1),
             com2=fmt(com[2] / 1000, 1), capy=fmt(capy), use2=fmt(use[2], 1), use0=fmt(use[0], 1),
             cal_t0=fmt(cal_t[0], 1), cal_r0=fmt(cal_r[0], 1), cal_t1=fmt(cal_t[1], 1), cal_r1=fmt(cal_r[1], 1),
             aft_t0=fmt(aft_t[0], 1), aft_r0=fmt(aft_r[0], 1), bef_r0=fmt(bef_r[0], 1),
             hrev2=fmt(hrev[2], 1), hsold2=fmt(h["sold"][2], 1), staff0=fmt(staff[0]), cong0=fmt(cong[0]),
             cc1_0=fmt(kg["cc1"][0]), cb1_0=fmt(kg["cb1"][0]))
    m.nums.update(hist_rev2=hrev[2], dep=dep, staff=staff[0])
    return m


# =========================================================================== iw02
IW02 = dict(
    ntc=["NTC 2027–2028", "NTC 2028–2029", "NTC 2029–2030"],
    hist_ntc=["NTC 2024–2025", "NTC 2025–2026", "NTC 2026–2027 (ước)"],
    hist=dict(sold=[395.0, 430.0, 468.0], price=[17800, 18300, 18800], margin=[0.072, 0.075, 0.078]),
    # Đông Xuân crops 2026–2027 .. 2029–2030 (harvest May–June of the later year); Hè Thu 2027..2029
    dx=["Đông Xuân 2026–2027", "Đông Xuân 2027–2028", "Đông Xuân 2028–2029", "Đông Xuân 2029–2030"],
    ht=["Hè Thu 2027", "Hè Thu 2028", "Hè Thu 2029"],
    dx_area=[110, 120, 130, 140], dx_yield=6.2, ht_area=[60, 65, 70], ht_yield=5.0,
    dx_hh=[205, 220, 236, 250], ht_hh=[118, 126, 133],
    buy_share=0.80, mill=0.62, june=0.15,
    dx_price=[22000, 22500, 23000, 23500], ht_price=[16000, 16500, 17000],
    dx_paddy=[8800, 9000, 9200, 9400], ht_paddy=[7200, 7400, 7600],
    mill_cost=600, bag_dx=900, bag_ht=250, energy=250000,
    roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Kỹ thuật viên vùng nguyên liệu", [1, 1, 1]),
           ("Vận hành máy sấy, xay xát", [2, 2, 3]), ("Đóng gói, bốc xếp", [2, 2, 2]),
           ("Bán hàng, giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6], sell_rate=0.05, other=120,
    inv=[("Hai lò sấy tĩnh vỉ ngang 10 tấn/mẻ", 600), ("Dây chuyền xay xát, đánh bóng, tách màu 2 tấn thóc/giờ", 1400),
         ("Kho thóc, gạo 500 tấn có sàn kê, quạt thông gió", 900), ("Máy đóng gói hút chân không", 180),
         ("Bao bì, nhãn, mã QR truy xuất", 70), ("Kiểm nghiệm, công bố, chứng nhận", 50), ("Vốn lưu động mua thóc", 1800)],
    fixed=600 + 1400 + 900 + 180, life=10,
    src=[("Vốn chủ sở hữu (cổ đông góp)", 2500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 2000),
         ("Vay vốn lưu động Ngân hàng Vietcombank", 500)],
    loan=[2500, 2100, 1700], rate=0.075,
    store=500, mill_rate=(2, 8, 250),
)


@plan("iw02", stem="iw02_gao_thom_song_nghen_ctcp", verdict="ready", planted=[], knock=[])
def iw02(pr: bool) -> Model:
    c, m = IW02, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["sold"][i] * h["price"][i] / 1000, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả kinh doanh ba năm tài chính gần đây",
              ["TT", "Chỉ tiêu", *c["hist_ntc"]],
              [[1, "Gạo bán ra (tấn)", *[N(x, 1) for x in h["sold"]]],
               [2, "Giá bán bình quân (đồng/kg)", *[N(x) for x in h["price"]]],
               [3, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [4, "Lợi nhuận trước thuế (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Giá gạo thơm cùng phân khúc (khảo sát tháng 10/2026)",
              ["TT", "Sản phẩm", "Kênh bán", "Giá (đồng/kg)"],
              [[1, "Gạo ST25 đóng túi 5 kg", "siêu thị tại Hà Tĩnh", "32.000 – 36.000"],
               [2, "Gạo thơm Hà Tĩnh không nhãn", "chợ, đại lý gạo", "17.000 – 19.000"],
               [3, "Gạo nếp, gạo thơm của hợp tác xã trong tỉnh", "điểm bán OCOP", "22.000 – 28.000"],
               [4, "Gạo Khang dân bao 25 kg", "bếp ăn, quán cơm", "13.500 – 15.000"]]))
    dxp = [c["dx_area"][i] * c["dx_yield"] for i in range(4)]
    htp = [c["ht_area"][i] * c["ht_yield"] for i in Y]
    dxb = [rd(x * c["buy_share"], 1) for x in dxp]
    htb = [rd(x * c["buy_share"], 1) for x in htp]
    dxr = [rd(x * c["mill"], 1) for x in dxb]
    htr = [rd(x * c["mill"], 1) for x in htb]
    rows = []
    for i in range(4):
        rows.append([c["dx"][i], N(c["dx_hh"][i]), N(c["dx_area"][i], 1), N(c["dx_yield"], 1),
                     N(rd(dxp[i], 1), 1), N(dxb[i], 1)])
        if i < 3:
            rows.append([c["ht"][i], N(c["ht_hh"][i]), N(c["ht_area"][i], 1), N(c["ht_yield"], 1),
                         N(rd(htp[i], 1), 1), N(htb[i], 1)])
    m.add(Tab("raw", "Bảng 3. Vùng lúa liên kết và thóc công ty thu mua theo vụ",
              ["Vụ", "Số hộ", "Diện tích (ha)", "Năng suất (tấn/ha)", "Sản lượng (tấn)", "Thu mua 80 % (tấn)"],
              rows))
    for i in range(4):
        m.nums[f"dx_supply{i}"], m.nums[f"dx_buy{i}"] = dxp[i], dxb[i]
    m.add(Tab("cal", "Bảng 4. Mùa vụ lúa và năm tài chính của công ty",
              ["Thời gian", "Đồng ruộng", "Nhà máy", "Thuộc năm tài chính"],
              [["Tháng 7 – 9/2027", "thu hoạch vụ Hè Thu 2027", "sấy, xay xát gạo Hè Thu", "2027–2028"],
               ["Tháng 10/2027 – 2/2028", "làm đất, gieo cấy Đông Xuân", "bán gạo Hè Thu, gạo Tết", "2027–2028"],
               ["Tháng 3 – 4/2028", "lúa Đông Xuân làm đòng", "bảo dưỡng máy, vệ sinh kho", "2027–2028"],
               ["Tháng 5 – 6/2028", "thu hoạch Đông Xuân 2027–2028", "sấy, nhập kho, bán 15 % gạo mới", "2027–2028"],
               ["Tháng 7 – 12/2028", "vụ Hè Thu 2028", "bán gạo Đông Xuân tồn kho", "2028–2029"]]))
    mr = c["mill_rate"]
    capy = mr[0] * mr[1] * mr[2]
    m.add(Tab("equip", "Bảng 5. Nhà xưởng, máy móc của công ty",
              ["TT", "Hạng mục", "Số lượng", "Công suất", "Năm đưa vào dùng"],
              [[1, "Lò sấy tĩnh vỉ ngang", "2 lò", "10 tấn thóc/mẻ", "2027"],
               [2, "Dây chuyền xay xát, đánh bóng, tách màu", "1 dây chuyền", "2 tấn thóc/giờ", "2027"],
               [3, "Kho thóc, gạo", "1 kho 600 m²", "500 tấn", "2027"],
               [4, "Máy đóng gói hút chân không", "2 máy", "600 túi/giờ", "2027"],
               [5, "Xưởng xay xát cũ (dự phòng)", "1 dây chuyền", "0,5 tấn thóc/giờ", "2019"]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 6. Lao động của công ty",
              ["TT", "Bộ phận", *c["ntc"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Cộng", *[N(x) for x in staff]],
                 ["", "Lương bình quân (triệu đồng/tháng)", *[N(x, 1) for x in c["wage"]]]]))
    # stock flow of rice per fiscal year (tấn)
    june_all = [rd(x * c["june"], 1) for x in dxr]
    rest = [rd(dxr[i] - june_all[i], 1) for i in range(4)]
    opening, closing, june = rest[:3], rest[1:], june_all[1:]
    made = [rd(htr[k] + dxr[k + 1], 1) for k in Y]
    sold = [rd(opening[k] + htr[k] + june[k], 1) for k in Y]
    for k in Y:
        m.nums[f"flow{k}"] = opening[k] + made[k] - sold[k] - closing[k]
        m.nums[f"close{k}"] = closing[k]
    m.add(Tab("flow", "Bảng 7. Nhập, xuất, tồn gạo theo năm tài chính (01/7 – 30/6)",
              ["TT", "Chỉ tiêu (tấn gạo)", *c["ntc"]],
              [[1, "Tồn kho đầu năm 01/7 (gạo Đông Xuân vụ trước)", *[N(x, 1) for x in opening]],
               [2, "Gạo xay xát từ thóc Hè Thu", *[N(x, 1) for x in htr]],
               [3, "Gạo xay xát từ thóc Đông Xuân mới", *[N(x, 1) for x in dxr[1:]]],
               [4, "Gạo bán ra trong năm", *[N(x, 1) for x in sold]],
               [5, "Tồn kho cuối năm 30/6", *[N(x, 1) for x in closing]]]))
    m.add(Tab("price", "Bảng 8. Giá thu mua thóc và giá bán gạo theo vụ",
              ["Vụ", "Giá thóc (đồng/kg)", "Giá bán gạo (đồng/kg)", "Sản phẩm"],
              [[c["dx"][i], N(c["dx_paddy"][i]), N(c["dx_price"][i]), "túi 2 kg, 5 kg"] for i in range(4)]
              + [[c["ht"][i], N(c["ht_paddy"][i]), N(c["ht_price"][i]), "bao 10 kg, 25 kg"] for i in Y]))
    labs = ["Gạo Đông Xuân tồn kho đầu năm", "Gạo Hè Thu", "Gạo Đông Xuân mới (tháng 6)"]
    rev = [(labs[0], [opening[k] * c["dx_price"][k] / 1000 for k in Y]),
           (labs[1], [htr[k] * c["ht_price"][k] / 1000 for k in Y]),
           (labs[2], [june[k] * c["dx_price"][k + 1] / 1000 for k in Y])]
    revt = [sum(v[k] for _, v in rev) for k in Y]
    cogs = [(opening[k] * c["dx_paddy"][k] + htr[k] * c["ht_paddy"][k] + june[k] * c["dx_paddy"][k + 1])
            / c["mill"] / 1000 for k in Y]
    dep = c["fixed"] / c["life"]
    cost = [("Thóc của lượng gạo bán ra", cogs),
            ("Xay xát, sấy (600 đồng/kg gạo)", [sold[k] * c["mill_cost"] / 1000 for k in Y]),
            ("Bao bì, nhãn", [((opening[k] + june[k]) * c["bag_dx"] + htr[k] * c["bag_ht"]) / 1000 for k in Y]),
            ("Lương nhân viên", [staff[k] * c["wage"][k] * 12 for k in Y]),
            ("Điện sấy, xay xát", [made[k] * c["energy"] / 1e6 for k in Y]),
            ("Bán hàng, vận chuyển (5 % doanh thu)", [revt[k] * c["sell_rate"] for k in Y]),
            ("Khấu hao tài sản cố định", [dep] * 3),
            ("Lãi vay (7,5 %/năm)", [c["loan"][k] * c["rate"] for k in Y]),
            ("Quản lý, chi phí khác", [c["other"]] * 3)]
    finance(m, pr, n=3, heads=c["ntc"], caps=dict(
        inv="Bảng 9. Tổng mức đầu tư", src="Bảng 10. Cơ cấu nguồn vốn",
        rev="Bảng 11. Doanh thu theo năm tài chính", cost="Bảng 12. Chi phí theo năm tài chính",
        sum="Bảng 13. Lợi nhuận theo năm tài chính"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep)
    m.add(Tab("sched", "Bảng 14. Kế hoạch triển khai",
              ["TT", "Nội dung", "Thời gian", "Phụ trách"],
              [[1, "Lắp lò sấy, dây chuyền xay xát, cải tạo kho", "tháng 3 – 6/2027", "Giám đốc"],
               [2, "Ký hợp đồng liên kết vụ Hè Thu 2027 và Đông Xuân 2027–2028", "tháng 4 và 11/2027", "Phòng vùng nguyên liệu"],
               [3, "Thu mua, sấy thóc Hè Thu 2027", "tháng 8 – 9/2027", "Phòng vùng nguyên liệu"],
               [4, "Đưa sản phẩm vào 12 điểm bán OCOP, 3 siêu thị", "quý IV/2027", "Phòng kinh doanh"],
               [5, "Nộp hồ sơ đánh giá, phân hạng OCOP", "quý I/2028", "Phó giám đốc"],
               [6, "Chứng nhận HACCP cho xưởng xay xát, đóng gói", "quý IV/2028", "Phòng kỹ thuật"]]))
    f = m.facts
    f.update(capy=fmt(capy), dx_buy1=fmt(dxb[1], 1), dx_rice1=fmt(dxr[1], 1), ht_buy0=fmt(htb[0], 1),
             ht_rice0=fmt(htr[0], 1), open0=fmt(opening[0], 1), close0=fmt(closing[0], 1),
             close2=fmt(closing[2], 1), sold0=fmt(sold[0], 1), sold2=fmt(sold[2], 1), june0=fmt(june[0], 1),
             paddy0=fmt(htb[0] + dxb[1], 1), paddy2=fmt(htb[2] + dxb[3], 1),
             use0=fmt(rd((htb[0] + dxb[1]) / capy * 100, 1), 1), staff0=fmt(staff[0]), staff2=fmt(staff[2]),
             hrev2=fmt(hrev[2], 1), hsold2=fmt(h["sold"][2], 1))
    m.nums.update(use=(htb[2] + dxb[3]) / capy * 100, hist_rev2=hrev[2], dep=dep, store=c["store"])
    return m


# =========================================================================== iw03
IW03 = dict(
    years=["Năm 2027", "Năm 2028", "Năm 2029"],
    hist_years=["Năm 2024", "Năm 2025", "Năm 2026"],
    hist=dict(sold=[22400, 24100, 25600], price=[88000, 90000, 92000], margin=[0.17, 0.18, 0.19]),
    # sauce drawn (l) from the fish of vụ cá Nam 2025..2029 (drawn the following year)
    vu=[2025, 2026, 2027, 2028, 2029], sauce=[25000, 27000, 28000, 33000, 38000],
    norm=1.3, first=0.6,  # 60 % of a vat's sauce sold in the year it is drawn, 40 % the year after
    boats=[6, 6, 6], boat_kg=5000, depot=9000,
    share=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, 0.25, [85000, 88000, 90000]),
           ("Nước mắm 30 độ đạm, chai 500 ml", "chai", 0.5, 0.45, [48000, 50000, 52000]),
           ("Nước mắm 20 độ đạm, can 2 lít", "can", 2.0, 0.30, [62000, 64000, 66000])],
    fish_price={2025: 18000, 2026: 19000, 2027: 20000, 2028: 21000}, salt=1350,
    pack={"chai": 6500, "can": 9000}, roles=[("Ban quản trị, kế toán", [2, 2, 2]),
                                            ("Muối chượp, đảo chượp, kéo rút", [4, 4, 4]),
                                            ("Lọc, chiết rót, đóng thùng", [1, 1, 2]), ("Bán hàng", [1, 1, 1])],
    wage=[6.0, 6.3, 6.6], power=[60, 65, 70], sell_l=5000, other=80,
    inv=[("Nhà ủ chượp mái che 300 m²", 450), ("Bổ sung 30 bể composite ủ chượp", 180),
         ("Hệ thống lọc, chiết rót, đóng nắp", 260), ("Kho thành phẩm 80 m²", 120),
         ("Bao bì, nhãn, mã QR", 50), ("Vốn lưu động mua cá vụ 2027", 540)],
    fixed=450 + 180 + 260 + 120, life=10,
    src=[("Vốn góp của thành viên", 700), ("Quỹ đầu tư phát triển của hợp tác xã", 300),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
    loan=[600, 450, 300], rate=0.08, vats=(100, 550),
    plant_rev=("Nước mắm 30 độ đạm, chai 500 ml", 1, 1.16),
)


@plan("iw03", stem="iw03_nuoc_mam_vu_ca_nam_htx", verdict="revise",
      planted=["revenue-mismatch", "material-shortfall", "no-environment-measures"])
def iw03(pr: bool) -> Model:
    c, m = IW03, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["sold"][i] * h["price"][i] / 1e6, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
              ["TT", "Chỉ tiêu", *c["hist_years"]],
              [[1, "Nước mắm bán ra (lít)", *[N(x) for x in h["sold"]]],
               [2, "Giá bán bình quân (đồng/lít)", *[N(x) for x in h["price"]]],
               [3, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [4, "Lợi nhuận (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Giá nước mắm cùng loại trên thị trường tỉnh",
              ["TT", "Sản phẩm", "Độ đạm", "Giá bán lẻ (đồng/lít)"],
              [[1, "Nước mắm Cửa Hội (Nghệ An)", "30 – 35 độ", "110.000 – 140.000"],
               [2, "Nước mắm của các hộ làm mắm ven biển", "15 – 25 độ", "40.000 – 70.000"],
               [3, "Nước mắm công nghiệp đóng chai", "10 – 15 độ", "30.000 – 45.000"],
               [4, "Nước mắm Phú Quốc bán ở siêu thị", "35 – 40 độ", "180.000 – 220.000"]]))
    sup = [c["boats"][y] * c["boat_kg"] + c["depot"] for y in Y]
    need = [c["sauce"][y + 2] * c["norm"] for y in Y]  # fish of vụ 2027..2029 for the sauce drawn 2028..2030
    for y in Y:
        m.nums[f"supply{y}"], m.nums[f"need{y}"] = sup[y], need[y]
    m.add(Tab("raw", "Bảng 3. Nguồn cá cơm nguyên liệu theo vụ cá Nam (tháng 4 – 8)",
              ["TT", "Nguồn cung", "Vụ cá 2027", "Vụ cá 2028", "Vụ cá 2029"],
              [[1, "Số tàu của thành viên", *[N(x) for x in c["boats"]]],
               [2, "Cá mỗi tàu bán cho hợp tác xã (kg/vụ)", *[N(c["boat_kg"])] * 3],
               [3, "Cá tàu thành viên (kg)", *[N(c["boats"][y] * c["boat_kg"]) for y in Y]],
               [4, "Vựa cá bến Hộ Độ theo hợp đồng (kg)", *[N(c["depot"])] * 3],
               ["", "Tổng cá cơm nguyên liệu (kg)", *[N(x) for x in sup]]]))
    nv, cap = c["vats"]
    m.add(Tab("equip", "Bảng 4. Bể chượp, nhà xưởng và thiết bị",
              ["TT", "Hạng mục", "Số lượng", "Quy mô", "Ghi chú"],
              [[1, "Bể chượp xi măng, composite", f"{nv} bể", f"{nv * cap:,} kg cá/vụ".replace(",", "."), "70 bể cũ, 30 bể mới"],
               [2, "Nhà ủ chượp mái che", "1 nhà", "300 m²", "xây mới 2027"],
               [3, "Hệ thống lọc, chiết rót, đóng nắp", "1 hệ thống", "400 chai/giờ", "mua mới 2027"],
               [4, "Kho thành phẩm", "1 kho", "80 m²", "xây mới 2027"],
               [5, "Chum sành phơi nắng nước cốt", "60 chum", "200 lít/chum", "đang dùng"]]))
    vu = c["vu"]
    m.add(Tab("prod", "Bảng 5. Chượp muối trong năm và nước mắm kéo rút năm sau",
              ["TT", "Chỉ tiêu", "Vụ cá 2027", "Vụ cá 2028", "Vụ cá 2029"],
              [[1, "Năm muối chượp", "2027", "2028", "2029"],
               [2, "Năm kéo rút nước mắm", "2028", "2029", "2030"],
               [3, "Nước mắm thu được (lít)", *[N(c["sauce"][y + 2]) for y in Y]],
               [4, "Bán ngay trong năm kéo rút (lít)", *[N(c["sauce"][y + 2] * c["first"]) for y in Y]],
               [5, "Để lại bán năm kế tiếp (lít)", *[N(c["sauce"][y + 2] * (1 - c["first"])) for y in Y]]]))
    sold = [c["sauce"][y + 1] * c["first"] + c["sauce"][y] * (1 - c["first"]) for y in Y]
    opening = [c["sauce"][y] * (1 - c["first"]) for y in Y]
    drawn = [c["sauce"][y + 1] for y in Y]
    closing = [c["sauce"][y + 1] * (1 - c["first"]) for y in Y]
    for y in Y:
        m.nums[f"flow{y}"] = opening[y] + drawn[y] - sold[y] - closing[y]
    m.add(Tab("flow", "Bảng 6. Nước mắm thành phẩm: tồn đầu năm, kéo rút, bán ra, tồn cuối năm",
              ["TT", "Chỉ tiêu (lít)", *c["years"]],
              [[1, "Tồn kho 01/01 (mắm kéo rút năm trước)", *[N(x) for x in opening]],
               [2, "Kéo rút trong năm (chượp vụ năm trước)", *[N(x) for x in drawn]],
               [3, "Bán ra trong năm", *[N(x) for x in sold]],
               [4, "Tồn kho 31/12 chuyển năm sau", *[N(x) for x in closing]]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 7. Lao động của hợp tác xã",
              ["TT", "Công việc", *c["years"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Cộng", *[N(x) for x in staff]],
                 ["", "Lương bình quân (triệu đồng/tháng)", *[N(x, 1) for x in c["wage"]]]]))
    packs = [(lab, word, [rd(sold[y] * sh / size) for y in Y]) for lab, word, size, sh, _ in c["share"]]
    m.add(Tab("sales", "Bảng 8. Sản lượng bán ra theo sản phẩm",
              ["TT", "Sản phẩm (đơn vị tính)", *c["years"]],
              [[i + 1, f"{lab} ({word})", *[N(x) for x in q]] for i, (lab, word, q) in enumerate(packs)]))
    m.add(Tab("price", "Bảng 9. Giá bán dự kiến",
              ["TT", "Sản phẩm (đồng/đơn vị)", *c["years"]],
              [[i + 1, lab, *[N(x) for x in pr_]] for i, (lab, _, _, _, pr_) in enumerate(c["share"])]))
    rev = [(lab, [packs[i][2][y] * c["share"][i][4][y] / 1e6 for y in Y]) for i, (lab, *_r) in enumerate(c["share"])]
    lab, yy, fac = c["plant_rev"]
    true_line = dict(rev)[lab][yy]
    plant = {("rev", lab, yy): rd(true_line * fac, 1)}
    revp = [[v[y] if not (pr and l == lab and y == yy) else plant[("rev", lab, yy)] for y in Y] for l, v in rev]
    fp = c["fish_price"]
    cogs = [(c["sauce"][y + 1] * c["first"] * (c["norm"] * fp[vu[y + 1]] + c["salt"])
             + c["sauce"][y] * (1 - c["first"]) * (c["norm"] * fp[vu[y]] + c["salt"])) / 1e6 for y in Y]
    dep = c["fixed"] / c["life"]
    cost = [("Cá, muối của lượng nước mắm bán ra", cogs),
            ("Chai, can, nhãn, thùng", [sum(packs[i][2][y] * c["pack"][packs[i][1]] for i in range(3)) / 1e6 for y in Y]),
            ("Lương lao động", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Điện, nước, nhiên liệu", c["power"]),
            ("Bán hàng, vận chuyển (5.000 đồng/lít)", [sold[y] * c["sell_l"] / 1e6 for y in Y]),
            ("Khấu hao tài sản cố định", [dep] * 3),
            ("Lãi vay (8 %/năm)", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi phí khác", [c["other"]] * 3)]
    fin = finance(m, pr, n=3, heads=c["years"], caps=dict(
        inv="Bảng 10. Vốn đầu tư", src="Bảng 11. Nguồn vốn",
        rev="Bảng 12. Doanh thu theo năm dương lịch", cost="Bảng 13. Chi phí theo năm",
        sum="Bảng 14. Tổng hợp hiệu quả kinh tế"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep, plant=plant)
    m.nums["true_line"], m.nums["printed_line"] = true_line, plant[("rev", lab, yy)]
    m.add(Tab("sched", "Bảng 15. Tiến độ thực hiện",
              ["TT", "Công việc", "Thời gian"],
              [[1, "Xây nhà ủ chượp, lắp 30 bể composite", "tháng 1 – 3/2027"],
               [2, "Ký hợp đồng mua cá với 6 chủ tàu và vựa cá", "tháng 3/2027"],
               [3, "Thu mua cá, muối chượp vụ cá Nam 2027", "tháng 4 – 8/2027"],
               [4, "Lắp hệ thống lọc, chiết rót; in nhãn mới", "tháng 9 – 10/2027"],
               [5, "Gia hạn giấy chứng nhận an toàn thực phẩm", "tháng 9/2027"],
               [6, "Nộp hồ sơ đánh giá OCOP cấp tỉnh", "quý II/2028"]]))
    f = m.facts
    f.update(sup=fmt(sup[0]), sauce27=fmt(c["sauce"][2]), sauce28=fmt(c["sauce"][3]), sauce29=fmt(c["sauce"][4]),
             sold0=fmt(sold[0]), sold2=fmt(sold[2]), close0=fmt(closing[0]), vatcap=fmt(nv * cap),
             staff0=fmt(staff[0]), hrev2=fmt(hrev[2], 1), hsold2=fmt(h["sold"][2]))
    m.nums.update(vat_cap=nv * cap, hist_rev2=hrev[2], dep=dep,
                  true_payback=rd(fin["inv"] / (sum(rd(sum(x[y] for x in [v for _, v in rev]), 1) - fin["cost"][y]
                                                    for y in Y) / 3 + dep), 1))
    return m


# =========================================================================== iw04
IW04 = dict(
    nv=["Niên vụ 2027 – 2028", "Niên vụ 2028 – 2029", "Niên vụ 2029 – 2030"],
    hist_nv=["Niên vụ 2024 – 2025", "Niên vụ 2025 – 2026", "Niên vụ 2026 – 2027 (ước)"],
    hist=dict(made=[21500, 24000, 27000], sold=[20200, 22900, 25750], price=[98000, 100000, 102000],
              margin=[0.14, 0.15, 0.15]),
    made=[30000, 35000, 40000], aging=0.45,  # share of a crop year's spirit still ageing on 30/9
    norm=1.25, rice_hh=[52, 52, 52], rice_kg=1000, own_rice=6000,
    stills=(2, 60, 270), tet=0.40,
    share=[("Rượu nếp cái 29,5 độ, chai 500 ml", "chai", 0.5, 0.55, [58000, 60000, 62000]),
           ("Rượu nếp cái hạ thổ, bình sứ 2 lít", "bình", 2.0, 0.25, [210000, 215000, 220000]),
           ("Rượu nếp cái, can 5 lít", "can", 5.0, 0.20, [300000, 310000, 320000])],
    rice_price=[22000, 23000, 24000], yeast=1500, pack={"chai": 9000, "bình": 45000, "can": 12000},
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
           ("Hạ thổ, lọc, chiết rót", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
    wage=[5.5, 5.8, 6.1], fuel=2500, sell_rate=0.06, other=60,
    inv=[("Hầm hạ thổ rượu 80 m²", 320), ("Máy lọc, khử andehit, hệ thống chiết rót", 280),
         ("120 chum sành ủ rượu 200 lít", 150), ("Hầm biogas và bể chứa bỗng", 90),
         ("Bình sứ, chai, hộp quà và nhãn", 80), ("Vốn lưu động mua nếp", 380)],
    fixed=320 + 280 + 150 + 90, life=10,
    src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội (các hộ tổ viên đứng vay)", 300),
         ("Vay Quỹ hỗ trợ nông dân", 400)],
    loan=[700, 550, 400], rate=0.07,
)


@plan("iw04", stem="iw04_ruou_nep_cai_yen_ho_tht", verdict="revise",
      planted=["no-alcohol-license", "capacity-exceeded", "boilerplate"])
def iw04(pr: bool) -> Model:
    c, m = IW04, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["sold"][i] * h["price"][i] / 1e6, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả ba niên vụ gần đây",
              ["TT", "Chỉ tiêu", *c["hist_nv"]],
              [[1, "Rượu nấu được (lít)", *[N(x) for x in h["made"]]],
               [2, "Rượu bán ra (lít)", *[N(x) for x in h["sold"]]],
               [3, "Giá bán bình quân (đồng/lít)", *[N(x) for x in h["price"]]],
               [4, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [5, "Lợi nhuận (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Rượu nếp cùng loại đang bán trong tỉnh",
              ["TT", "Sản phẩm", "Nồng độ", "Giá (đồng/lít)"],
              [[1, "Rượu nếp của các lò nấu thủ công trong vùng", "35 – 40 độ", "50.000 – 70.000"],
               [2, "Rượu nếp sim đóng chai của một hợp tác xã trong tỉnh", "29 độ", "150.000 – 180.000"],
               [3, "Rượu nếp cái hoa vàng ngoài tỉnh bán ở siêu thị", "29,5 độ", "180.000 – 220.000"]]))
    sup = [c["rice_hh"][y] * c["rice_kg"] + c["own_rice"] for y in Y]
    need = [c["made"][y] * c["norm"] for y in Y]
    m.add(Tab("raw", "Bảng 3. Gạo nếp cái thu mua sau vụ Mùa (tháng 10 – 11) cho từng niên vụ",
              ["TT", "Nguồn nếp", *c["nv"]],
              [[1, "Hộ trồng nếp ký hợp đồng (hộ)", *[N(x) for x in c["rice_hh"]]],
               [2, "Nếp mỗi hộ bán cho tổ (kg)", *[N(c["rice_kg"])] * 3],
               [3, "Nếp của các hộ hợp đồng (kg)", *[N(c["rice_hh"][y] * c["rice_kg"]) for y in Y]],
               [4, "Nếp ruộng của tổ viên (kg)", *[N(c["own_rice"])] * 3],
               ["", "Tổng gạo nếp cái (kg)", *[N(x) for x in sup]],
               ["", "Nếp cần cho rượu nấu trong niên vụ (kg)", *[N(x) for x in need]]]))
    n_, per, days = c["stills"]
    capy = n_ * per * days
    for y in Y:
        m.nums[f"supply{y}"], m.nums[f"need{y}"] = sup[y], need[y]
        m.nums[f"use{y}"] = c["made"][y] / capy * 100
    m.add(Tab("equip", "Bảng 4. Thiết bị nấu, ủ và chiết rượu",
              ["TT", "Thiết bị", "Số lượng", "Công suất", "Năm mua"],
              [[1, "Nồi chưng cất inox cách thủy", f"{n_} nồi", f"{per} lít rượu/ngày/nồi", "2023"],
               [2, "Chum sành ủ rượu", "180 chum", "200 lít/chum", "2022 – 2027"],
               [3, "Hầm hạ thổ", "1 hầm", "80 m²", "2027"],
               [4, "Máy lọc, khử andehit", "1 máy", "300 lít/giờ", "2027"],
               [5, "Máy chiết rót, đóng nút", "1 máy", "500 chai/giờ", "2027"]]))
    made = c["made"]
    opening = [h["made"][2] * c["aging"]] + [made[y - 1] * c["aging"] for y in (1, 2)]
    closing = [made[y] * c["aging"] for y in Y]
    sold = [opening[y] + made[y] - closing[y] for y in Y]
    for y in Y:
        m.nums[f"flow{y}"] = opening[y] + made[y] - sold[y] - closing[y]
    m.add(Tab("flow", "Bảng 5. Rượu nấu, hạ thổ và bán ra theo niên vụ (01/10 – 30/9)",
              ["TT", "Chỉ tiêu (lít)", *c["nv"]],
              [[1, "Rượu đang hạ thổ chuyển sang ngày 01/10", *[N(x) for x in opening]],
               [2, "Rượu nấu trong niên vụ", *[N(x) for x in made]],
               [3, "Rượu bán ra trong niên vụ", *[N(x) for x in sold]],
               [4, "trong đó bán dịp Tết (tháng 12 – 2)", *[N(x * c["tet"]) for x in sold]],
               [5, "Rượu còn hạ thổ ngày 30/9", *[N(x) for x in closing]]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 6. Lao động của tổ hợp tác",
              ["TT", "Công việc", *c["nv"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Cộng", *[N(x) for x in staff]],
                 ["", "Tiền công bình quân (triệu đồng/tháng)", *[N(x, 1) for x in c["wage"]]]]))
    packs = [(lab, word, [rd(sold[y] * sh / size) for y in Y]) for lab, word, size, sh, _ in c["share"]]
    m.add(Tab("sales", "Bảng 7. Sản phẩm bán ra theo niên vụ",
              ["TT", "Sản phẩm (đơn vị tính)", *c["nv"]],
              [[i + 1, f"{lab} ({word})", *[N(x) for x in q]] for i, (lab, word, q) in enumerate(packs)]))
    m.add(Tab("price", "Bảng 8. Giá bán theo niên vụ (đồng/đơn vị sản phẩm)",
              ["TT", "Sản phẩm", *c["nv"]],
              [[i + 1, lab, *[N(x) for x in p]] for i, (lab, _, _, _, p) in enumerate(c["share"])]))
    rev = [(lab, [packs[i][2][y] * c["share"][i][4][y] / 1e6 for y in Y]) for i, (lab, *_r) in enumerate(c["share"])]
    revt = [sum(v[y] for _, v in rev) for y in Y]
    dep = c["fixed"] / c["life"]
    cost = [("Gạo nếp, men lá", [need[y] * (c["rice_price"][y] + c["yeast"]) / 1e6 for y in Y]),
            ("Chai, bình sứ, can, nhãn, hộp", [sum(packs[i][2][y] * c["pack"][packs[i][1]] for i in range(3)) / 1e6 for y in Y]),
            ("Tiền công lao động", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Củi, điện, nước (2.500 đồng/lít rượu nấu)", [made[y] * c["fuel"] / 1e6 for y in Y]),
            ("Bán hàng, quảng bá (6 % doanh thu)", [revt[y] * c["sell_rate"] for y in Y]),
            ("Khấu hao", [dep] * 3),
            ("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi phí khác", [c["other"]] * 3)]
    finance(m, pr, n=3, heads=c["nv"], caps=dict(
        inv="Bảng 9. Vốn đầu tư", src="Bảng 10. Nguồn vốn",
        rev="Bảng 11. Doanh thu theo niên vụ", cost="Bảng 12. Chi phí theo niên vụ",
        sum="Bảng 13. Hiệu quả kinh tế"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep)
    m.add(Tab("sched", "Bảng 14. Tiến độ triển khai",
              ["TT", "Việc làm", "Thời gian"],
              [[1, "Đào, xây hầm hạ thổ; lắp máy lọc, máy chiết", "tháng 4 – 8/2027"],
               [2, "Ký hợp đồng mua nếp với 52 hộ", "tháng 9/2027"],
               [3, "Thu mua nếp vụ Mùa, nấu mẻ đầu niên vụ", "tháng 10 – 11/2027"],
               [4, "Đưa rượu hạ thổ bán Tết Mậu Thân", "tháng 12/2027 – 2/2028"],
               [5, "Nộp hồ sơ đánh giá OCOP cấp tỉnh", "quý III/2028"]]))
    f = m.facts
    f.update(capy=fmt(capy), made0=fmt(made[0]), made1=fmt(made[1]), made2=fmt(made[2]), sup0=fmt(sup[0]),
             sold0=fmt(sold[0]), tet0=fmt(sold[0] * c["tet"]), open0=fmt(opening[0]), close0=fmt(closing[0]),
             staff0=fmt(staff[0]), hrev2=fmt(hrev[2], 1), hmade2=fmt(h["made"][2]))
    m.nums.update(capy=capy, hist_rev2=hrev[2], dep=dep)
    return m


# =========================================================================== iw05
IW05 = dict(
    years=["Năm 2027", "Năm 2028", "Năm 2029"],
    hist_years=["Năm 2024", "Năm 2025", "Năm 2026"],
    hist=dict(sold=[3650, 4050, 4420], price=[205000, 212000, 218000], margin=[0.16, 0.17, 0.17]),
    hives=[180, 200, 220], hives_prev=170, y_spring=10, y_autumn=7,
    hh=12, hh_spring=120, hh_autumn=80, norm=1.08, first=0.4,
    spring_split=(0.6, 0.4),
    price=dict(chai=[115000, 120000, 125000], xhu=[220000, 228000, 235000], thu=[190000, 196000, 202000]),
    raw_price=[120000, 125000, 130000], care=350000, pack=dict(chai=7000, hu=12000),
    roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
           ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
    wage=[5.5, 5.8, 6.1], move=[40, 45, 50], sell_rate=0.05, other=20,
    inv=[("Máy hạ thủy phần mật ong 25 kg/mẻ", 150), ("Phòng lọc, đóng chai 30 m²", 120),
         ("Bổ sung 40 thùng ong và ong giống", 80), ("Máy quay mật inox, bồn lắng", 60),
         ("Chai, hũ, nhãn, tem QR", 30), ("Vốn lưu động mua mật của hộ liên kết", 160)],
    fixed=150 + 120 + 80 + 60, life=8,
    src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
    loan=[250, 180, 110], rate=0.08, dehum=(25, 2, 150),
)


@plan("iw05", stem="iw05_mat_ong_ngan_truoi_hkd", verdict="ready", planted=[], knock=[])
def iw05(pr: bool) -> Model:
    c, m = IW05, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["sold"][i] * h["price"][i] / 1e6, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả kinh doanh của hộ 2024 – 2026",
              ["TT", "Chỉ tiêu", *c["hist_years"]],
              [[1, "Mật ong bán ra (kg)", *[N(x) for x in h["sold"]]],
               [2, "Giá bán bình quân (đồng/kg)", *[N(x) for x in h["price"]]],
               [3, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [4, "Lợi nhuận (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Giá mật ong trên thị trường Hà Tĩnh (quý IV/2026)",
              ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"],
              [[1, "Mật ong hoa keo không nhãn", "chợ, người quen", "150.000 – 180.000"],
               [2, "Mật ong rừng của đồng bào miền núi", "bán rong, mạng xã hội", "300.000 – 450.000"],
               [3, "Mật ong đóng chai đạt OCOP 3 sao trong tỉnh", "điểm bán OCOP", "260.000 – 320.000"],
               [4, "Mật ong công nghiệp nhập từ tỉnh ngoài", "siêu thị", "180.000 – 230.000"]]))
    hv = c["hives"]
    xs = [hv[y] * c["y_spring"] + c["hh"] * c["hh_spring"] for y in Y]
    ts = [hv[y] * c["y_autumn"] + c["hh"] * c["hh_autumn"] for y in Y]
    t_prev = c["hives_prev"] * c["y_autumn"] + c["hh"] * c["hh_autumn"]
    m.add(Tab("raw", "Bảng 3. Đàn ong, năng suất và mật thô theo vụ hoa",
              ["TT", "Chỉ tiêu", *c["years"]],
              [[1, "Đàn ong của hộ (đàn)", *[N(x) for x in hv]],
               [2, "Mật thô vụ Xuân, tháng 2 – 5 (kg/đàn)", *[N(c["y_spring"])] * 3],
               [3, "Mật thô vụ Thu, tháng 9 – 11 (kg/đàn)", *[N(c["y_autumn"])] * 3],
               [4, "Mật vụ Xuân của 12 hộ liên kết (kg)", *[N(c["hh"] * c["hh_spring"])] * 3],
               [5, "Mật vụ Thu của 12 hộ liên kết (kg)", *[N(c["hh"] * c["hh_autumn"])] * 3],
               ["", "Mật thô vụ Xuân (kg)", *[N(x) for x in xs]],
               ["", "Mật thô vụ Thu (kg)", *[N(x) for x in ts]]]))
    a, b, d = c["dehum"]
    capy = a * b * d
    for y in Y:
        m.nums[f"use{y}"] = (xs[y] + ts[y]) / capy * 100
    m.add(Tab("equip", "Bảng 4. Thiết bị và nhà xưởng",
              ["TT", "Tên thiết bị", "Số lượng", "Công suất", "Ghi chú"],
              [[1, "Máy hạ thủy phần mật ong", "1 máy", "25 kg/mẻ, 2 mẻ/ngày", "mua năm 2027"],
               [2, "Máy quay mật inox", "2 máy", "4 cầu/lần quay", "1 máy mua 2027"],
               [3, "Bồn lắng inox", "3 bồn", "200 kg/bồn", "đang dùng"],
               [4, "Phòng lọc, đóng chai", "1 phòng", "30 m²", "xây năm 2027"],
               [5, "Thùng ong", "220 thùng", "–", "bổ sung 40 thùng"]]))
    m.add(Tab("cal", "Bảng 5. Lịch mùa hoa, khai thác và bán mật trong năm",
              ["Tháng", "Nguồn hoa", "Công việc chính", "Bán hàng"],
              [["1 – 2", "hoa rừng chớm nở", "nuôi dưỡng đàn sau rét", "bán mật vụ Thu còn tồn, quà Tết"],
               ["2 – 5", "hoa rừng, vải, nhãn", "quay mật vụ Xuân", "bán mật vụ Xuân"],
               ["6 – 8", "ít hoa", "chia đàn, chống nóng", "bán mật vụ Xuân"],
               ["9 – 11", "hoa keo lá tràm", "quay mật vụ Thu", "bán 40 % mật vụ Thu"],
               ["12", "hết hoa", "cho ăn bổ sung, che gió", "giữ 60 % mật vụ Thu bán năm sau"]],
              block="không kẻ"))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 6. Lao động của hộ",
              ["TT", "Công việc", *c["years"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Cộng", *[N(x) for x in staff]],
                 ["", "Tiền công (triệu đồng/người/tháng)", *[N(x, 1) for x in c["wage"]]]]))
    xf = [rd(x / c["norm"]) for x in xs]
    tf = [rd(x / c["norm"]) for x in ts]
    tf_prev = rd(t_prev / c["norm"])
    tprev_all = [tf_prev] + tf[:2]
    carry = [rd(x * (1 - c["first"])) for x in tprev_all]
    now = [tf[y] - rd(tf[y] * (1 - c["first"])) for y in Y]
    opening = carry
    closing = [rd(tf[y] * (1 - c["first"])) for y in Y]
    sold = [opening[y] + xf[y] + now[y] for y in Y]
    for y in Y:
        m.nums[f"flow{y}"] = opening[y] + xf[y] + tf[y] - sold[y] - closing[y]
    m.add(Tab("flow", "Bảng 7. Mật thành phẩm theo vụ, bán ra và tồn chuyển năm",
              ["TT", "Chỉ tiêu (kg mật thành phẩm)", *c["years"]],
              [[1, "Tồn ngày 01/01 (mật vụ Thu năm trước)", *[N(x) for x in opening]],
               [2, "Mật vụ Xuân sau hạ thủy phần", *[N(x) for x in xf]],
               [3, "Mật vụ Thu sau hạ thủy phần", *[N(x) for x in tf]],
               [4, "Bán ra trong năm", *[N(x) for x in sold]],
               [5, "Tồn ngày 31/12 (mật vụ Thu để bán năm sau)", *[N(x) for x in closing]]]))
    sp = c["spring_split"]
    chai = [rd(xf[y] * sp[0] / 0.5) for y in Y]
    xhu = [xf[y] - rd(xf[y] * sp[0]) for y in Y]
    thu = [opening[y] + now[y] for y in Y]
    m.add(Tab("sales", "Bảng 8. Sản phẩm bán ra",
              ["TT", "Sản phẩm (đơn vị tính)", *c["years"]],
              [[1, "Mật ong hoa rừng vụ Xuân, chai 500 g (chai)", *[N(x) for x in chai]],
               [2, "Mật ong hoa rừng vụ Xuân, hũ 1 kg (hũ)", *[N(x) for x in xhu]],
               [3, "Mật ong hoa keo vụ Thu, hũ 1 kg (hũ)", *[N(x) for x in thu]]]))
    p = c["price"]
    m.add(Tab("price", "Bảng 9. Giá bán lẻ dự kiến (đồng/chai, đồng/hũ)",
              ["TT", "Sản phẩm", *c["years"]],
              [[1, "Mật ong hoa rừng vụ Xuân, chai 500 g", *[N(x) for x in p["chai"]]],
               [2, "Mật ong hoa rừng vụ Xuân, hũ 1 kg", *[N(x) for x in p["xhu"]]],
               [3, "Mật ong hoa keo vụ Thu, hũ 1 kg", *[N(x) for x in p["thu"]]]]))
    rev = [("Mật ong hoa rừng vụ Xuân, chai 500 g", [chai[y] * p["chai"][y] / 1e6 for y in Y]),
           ("Mật ong hoa rừng vụ Xuân, hũ 1 kg", [xhu[y] * p["xhu"][y] / 1e6 for y in Y]),
           ("Mật ong hoa keo vụ Thu, hũ 1 kg", [thu[y] * p["thu"][y] / 1e6 for y in Y])]
    revt = [sum(v[y] for _, v in rev) for y in Y]
    dep = c["fixed"] / c["life"]
    hhraw = c["hh"] * (c["hh_spring"] + c["hh_autumn"])
    cost = [("Mật thô mua của hộ liên kết", [hhraw * c["raw_price"][y] / 1e6 for y in Y]),
            ("Chăm sóc đàn ong (đường, thuốc, thay chúa)", [hv[y] * c["care"] / 1e6 for y in Y]),
            ("Chai, hũ, nhãn, tem", [(chai[y] * c["pack"]["chai"] + (xhu[y] + tf[y]) * c["pack"]["hu"]) / 1e6 for y in Y]),
            ("Tiền công lao động", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Di chuyển đàn theo mùa hoa, điện", c["move"]),
            ("Bán hàng, giao hàng (5 % doanh thu)", [revt[y] * c["sell_rate"] for y in Y]),
            ("Khấu hao", [dep] * 3),
            ("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi phí khác", [c["other"]] * 3)]
    finance(m, pr, n=3, heads=c["years"], caps=dict(
        inv="Bảng 10. Vốn đầu tư", src="Bảng 11. Nguồn vốn",
        rev="Bảng 12. Doanh thu theo năm", cost="Bảng 13. Chi phí theo năm",
        sum="Bảng 14. Hiệu quả kinh tế"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep)
    for y in Y:
        m.nums[f"supply{y}"] = xs[y] + ts[y]
        m.nums[f"need{y}"] = (xf[y] + tf[y]) * c["norm"]
    f = m.facts
    f.update(capy=fmt(capy), xs0=fmt(xs[0]), ts0=fmt(ts[0]), xf0=fmt(xf[0]), tf0=fmt(tf[0]), tf_prev=fmt(tf_prev),
             open0=fmt(opening[0]), close0=fmt(closing[0]), close2=fmt(closing[2]), sold0=fmt(sold[0]),
             sold2=fmt(sold[2]), use0=fmt(rd((xs[0] + ts[0]) / capy * 100, 1), 1),
             use2=fmt(rd((xs[2] + ts[2]) / capy * 100, 1), 1), raw0=fmt(xs[0] + ts[0]),
             hrev2=fmt(hrev[2], 1), hsold2=fmt(h["sold"][2]), hhraw=fmt(hhraw), t_prev=fmt(t_prev),
             namong0=fmt(ts[0] + xs[1]), namong1=fmt(ts[1] + xs[2]))
    m.nums.update(hist_rev2=hrev[2], dep=dep)
    return m


# =========================================================================== iw06
IW06 = dict(
    years=["Năm 2027", "Năm 2028", "Năm 2029"],
    nv=["2026–2027", "2027–2028", "2028–2029", "2029–2030"],
    hist_years=["Năm 2024", "Năm 2025", "Năm 2026"],
    hist=dict(sold=[8200, 9300, 10300], price=[305000, 312000, 318000], margin=[0.10, 0.11, 0.11]),
    starch=[11000, 12500, 14000, 15000], norm=30, dec_sold=0.10, dec_made=0.25,
    own=(8, 25.0), hh=(32, 14, 22.0), area_text=28,
    share=[("Tinh bột nghệ vàng, hũ 200 g", "hũ", 0.2, 0.5, [75000, 77000, 79000]),
           ("Tinh bột nghệ đỏ, hũ 500 g", "hũ", 0.5, 0.3, [170000, 175000, 180000]),
           ("Tinh bột nghệ, túi 1 kg", "túi", 1.0, 0.2, [300000, 310000, 320000])],
    fresh_price=[4000, 4200, 4400], pack=[8000, 12000, 6000],
    roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Rửa, mài, lọc, lắng", [4, 4, 5]),
           ("Sấy, nghiền, đóng hũ", [3, 3, 3]), ("Kinh doanh", [2, 2, 2])],
    wage=[6.5, 6.8, 7.1], energy=15000, sell_rate=0.06, other=80,
    inv=[("Nhà xưởng sơ chế, lọc lắng 250 m²", 650), ("Máy rửa củ, máy mài nghệ", 280),
         ("Hệ thống bể lắng, lọc tách dầu nghệ", 240), ("Máy sấy lạnh 2 buồng", 380),
         ("Máy nghiền mịn, máy đóng hũ", 170), ("Bao bì, mã vạch, tem truy xuất", 50),
         ("Vốn lưu động mua nghệ niên vụ 2027–2028", 630)],
    fixed=650 + 280 + 240 + 380 + 170, life=10,
    src=[("Vốn góp của cổ đông", 1000), ("Lợi nhuận để lại của công ty", 250),
         ("Vay ngân hàng thương mại", 1150)],
    plant_src=("Vay ngân hàng thương mại", 800),
    loan=[800, 650, 500], rate=0.08, dryer=(120, 150),
)


@plan("iw06", stem="iw06_tinh_bot_nghe_hong_linh_ctcp", verdict="revise",
      planted=["capital-mismatch", "no-product-standard", "figure-inconsistent"])
def iw06(pr: bool) -> Model:
    c, m = IW06, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["sold"][i] * h["price"][i] / 1e6, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả kinh doanh 2024 – 2026",
              ["TT", "Chỉ tiêu", *c["hist_years"]],
              [[1, "Tinh bột nghệ bán ra (kg)", *[N(x) for x in h["sold"]]],
               [2, "Giá bán bình quân (đồng/kg)", *[N(x) for x in h["price"]]],
               [3, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [4, "Lợi nhuận trước thuế (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Sản phẩm cạnh tranh",
              ["TT", "Sản phẩm", "Kênh bán", "Giá (đồng/kg)"],
              [[1, "Tinh bột nghệ thủ công không nhãn", "chợ, mạng xã hội", "200.000 – 260.000"],
               [2, "Tinh bột nghệ của một doanh nghiệp Nghệ An", "siêu thị, nhà thuốc", "420.000 – 480.000"],
               [3, "Tinh bột nghệ đỏ Hưng Yên", "sàn thương mại điện tử", "380.000 – 450.000"]]))
    own_ha, own_y = c["own"]
    nh, hh_ha, hh_y = c["hh"]
    sup = own_ha * own_y + hh_ha * hh_y
    area = own_ha + hh_ha
    need = [c["starch"][k] * c["norm"] / 1000 for k in range(4)]
    m.add(Tab("raw", "Bảng 3. Vùng nghệ nguyên liệu và nhu cầu củ tươi theo niên vụ",
              ["TT", "Chỉ tiêu", "NV 2027–2028", "NV 2028–2029", "NV 2029–2030"],
              [[1, "Vùng nghệ của công ty (ha)", *[N(own_ha, 1)] * 3],
               [2, "Năng suất vùng của công ty (tấn/ha)", *[N(own_y, 1)] * 3],
               [3, f"Hộ liên kết ({nh} hộ), diện tích (ha)", *[N(hh_ha, 1)] * 3],
               [4, "Năng suất của hộ liên kết (tấn/ha)", *[N(hh_y, 1)] * 3],
               ["", "Tổng diện tích (ha)", *[N(area, 1)] * 3],
               ["", "Tổng củ nghệ tươi (tấn)", *[N(sup, 1)] * 3],
               ["", "Củ tươi cần cho tinh bột (tấn)", *[N(x, 1) for x in need[1:]]]]))
    for k in Y:
        m.nums[f"supply{k}"], m.nums[f"need{k}"] = sup, need[k + 1]
    area_text = c["area_text"] if pr else area
    m.nums["area_text"] = area_text
    m.nums["area_table"] = area
    dk, dd = c["dryer"]
    capy = dk * dd
    s = c["starch"]
    made = [rd(s[y] * (1 - c["dec_made"]) + s[y + 1] * c["dec_made"]) for y in Y]
    sold = [rd(s[y] * (1 - c["dec_sold"]) + s[y + 1] * c["dec_sold"]) for y in Y]
    closing = [rd(s[y + 1] * (c["dec_made"] - c["dec_sold"])) for y in Y]
    opening = [rd(s[0] * (c["dec_made"] - c["dec_sold"]))] + closing[:2]
    for y in Y:
        m.nums[f"flow{y}"] = opening[y] + made[y] - sold[y] - closing[y]
        m.nums[f"use{y}"] = made[y] / capy * 100
    m.add(Tab("equip", "Bảng 4. Máy móc, thiết bị chính",
              ["TT", "Thiết bị", "Số lượng", "Công suất", "Tình trạng"],
              [[1, "Máy rửa củ dạng lồng quay", "1", "1,5 tấn củ/giờ", "mua 2027"],
               [2, "Máy mài nghệ", "2", "800 kg củ/giờ/máy", "1 cũ, 1 mua 2027"],
               [3, "Bể lắng, lọc inox", "12", "1 m³/bể", "mua 2027"],
               [4, "Máy sấy lạnh 2 buồng", "1", "120 kg tinh bột/ngày", "mua 2027"],
               [5, "Máy nghiền mịn, máy đóng hũ", "1 bộ", "300 hũ/giờ", "mua 2027"]]))
    m.add(Tab("nv", "Bảng 5. Tinh bột nghệ theo niên vụ: chế biến và bán ra",
              ["TT", "Niên vụ", "Thu hoạch củ", "Tinh bột (kg)", "Bán trong tháng 12 (kg)", "Bán năm sau (kg)"],
              [[i + 1, f"NV {c['nv'][i]}", f"12/{2026 + i} – 2/{2027 + i}", N(s[i]),
                N(rd(s[i] * c["dec_sold"])), N(s[i] - rd(s[i] * c["dec_sold"]))] for i in range(4)]))
    m.add(Tab("flow", "Bảng 6. Tinh bột nghệ theo năm dương lịch",
              ["TT", "Chỉ tiêu (kg)", *c["years"]],
              [[1, "Tồn kho đầu năm", *[N(x) for x in opening]],
               [2, "Sản xuất trong năm", *[N(x) for x in made]],
               [3, "Bán ra trong năm", *[N(x) for x in sold]],
               [4, "Tồn kho cuối năm", *[N(x) for x in closing]],
               [5, "Công suất sấy sử dụng (%)", *[N(rd(made[y] / capy * 100, 1), 1) for y in Y]]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 7. Nhân lực",
              ["TT", "Bộ phận", *c["years"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Tổng số lao động", *[N(x) for x in staff]],
                 ["", "Lương bình quân (triệu đồng/tháng)", *[N(x, 1) for x in c["wage"]]]]))
    packs = [(lab, w, [rd(sold[y] * sh / size) for y in Y]) for lab, w, size, sh, _ in c["share"]]
    m.add(Tab("sales", "Bảng 8. Sản lượng tiêu thụ theo sản phẩm",
              ["TT", "Sản phẩm (đơn vị tính)", *c["years"]],
              [[i + 1, f"{lab} ({w})", *[N(x) for x in q]] for i, (lab, w, q) in enumerate(packs)]))
    m.add(Tab("price", "Bảng 9. Giá bán buôn (đồng/đơn vị)",
              ["TT", "Sản phẩm", *c["years"]],
              [[i + 1, lab, *[N(x) for x in p]] for i, (lab, _, _, _, p) in enumerate(c["share"])]))
    rev = [(lab, [packs[i][2][y] * c["share"][i][4][y] / 1e6 for y in Y]) for i, (lab, *_r) in enumerate(c["share"])]
    revt = [sum(v[y] for _, v in rev) for y in Y]
    dep = c["fixed"] / c["life"]
    cost = [("Củ nghệ tươi (30 kg củ/kg tinh bột)", [made[y] * c["norm"] * c["fresh_price"][y] / 1e6 for y in Y]),
            ("Hũ, túi, hộp, tem", [sum(packs[i][2][y] * c["pack"][i] for i in range(3)) / 1e6 for y in Y]),
            ("Lương và bảo hiểm", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Điện, nước (15.000 đồng/kg tinh bột)", [made[y] * c["energy"] / 1e6 for y in Y]),
            ("Bán hàng, đại lý (6 % doanh thu)", [revt[y] * c["sell_rate"] for y in Y]),
            ("Khấu hao", [dep] * 3),
            ("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi phí khác", [c["other"]] * 3)]
    lab, val = c["plant_src"]
    fin = finance(m, pr, n=3, heads=c["years"], caps=dict(
        inv="Bảng 10. Tổng vốn đầu tư", src="Bảng 11. Nguồn vốn đầu tư",
        rev="Bảng 12. Doanh thu", cost="Bảng 13. Chi phí", sum="Bảng 14. Hiệu quả kinh doanh"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep, plant={("src", lab): val})
    f = m.facts
    f.update(area_text=fmt(area_text), area=fmt(area), sup=fmt(sup), need1=fmt(need[1]), need3=fmt(need[3]),
             s1=fmt(s[1]), s3=fmt(s[3]), s0=fmt(s[0]), sold0=fmt(sold[0]), sold2=fmt(sold[2]), capy=fmt(capy),
             open0=fmt(opening[0]), close0=fmt(closing[0]), staff0=fmt(staff[0]),
             hrev2=fmt(hrev[2], 1), hsold2=fmt(h["sold"][2]), hh_area_text=fmt(area_text - own_ha))
    m.nums.update(hist_rev2=hrev[2], dep=dep)
    return m


# =========================================================================== iw07
IW07 = dict(
    ntc=["NTC 2027–2028", "NTC 2028–2029", "NTC 2029–2030"],
    hist_ntc=["NTC 2024–2025", "NTC 2025–2026", "NTC 2026–2027 (ước)"],
    hist=dict(out=[23500, 25800, 28000], price=[98000, 101000, 104000], margin=[0.13, 0.14, 0.15]),
    out=[30000, 33000, 36000],
    quarters=[("Tháng 7 – 9", 0.10), ("Tháng 10 – 12", 0.35), ("Tháng 1 – 3", 0.40), ("Tháng 4 – 6", 0.15)],
    raws=[("Lạc nhân (vụ Xuân, mua tháng 6 – 7)", 0.30, 55000, [("Hộ trồng lạc ký hợp đồng", 35, "hộ", 350)]),
          ("Mật mía (vụ ép tháng 12 – 3)", 0.40, 9000, [("Lò mật mía ký hợp đồng", 2, "lò", 8000)]),
          ("Bánh đa nướng", 0.10, 40000, [("Cơ sở tráng bánh đa trong xã", 3, "cơ sở", 1500)]),
          ("Gừng tươi", 0.03, 30000, [("Hộ trồng gừng", 6, "hộ", 250)])],
    share=[("Kẹo cu đơ hộp 300 g", "hộp", 0.3, 0.45, [35000, 36000, 37000]),
           ("Kẹo cu đơ gói 500 g", "gói", 0.5, 0.35, [52000, 53500, 55000]),
           ("Kẹo cu đơ túi 1 kg", "túi", 1.0, 0.20, [95000, 97000, 100000])],
    pack=[4500, 2500, 3500],
    roles=[("Giám đốc, kế toán, thủ quỹ", [3, 3, 3]), ("Nấu mật, đánh kẹo", [5, 5, 6]),
           ("Cắt, đóng gói", [4, 5, 5]), ("Bán hàng, giao hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6], energy=6000, sell_rate=0.07, other=80,
    inv=[("Cải tạo xưởng một chiều 180 m²", 420), ("Hai nồi nấu mật có cánh khuấy", 260),
         ("Máy cán, cắt kẹo định lượng", 190), ("Máy đóng gói, hàn miệng túi", 130),
         ("Kho lạnh bảo quản lạc nhân 20 m³", 120), ("Thiết kế hộp, túi mới", 40),
         ("Vốn lưu động mua lạc, mật mía", 440)],
    fixed=420 + 260 + 190 + 130 + 120, life=10,
    src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
    loan=[800, 600, 400], rate=0.08, pots=(2, 60, 3, 150),
    plant_profit=(1, 1.32),
)


@plan("iw07", stem="iw07_keo_cu_do_tien_dien_cty", verdict="revise",
      planted=["profit-mismatch", "outdated-policy", "no-label-plan"])
def iw07(pr: bool) -> Model:
    c, m = IW07, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["out"][i] * h["price"][i] / 1e6, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả kinh doanh ba năm tài chính gần nhất",
              ["TT", "Chỉ tiêu", *c["hist_ntc"]],
              [[1, "Sản lượng kẹo bán ra (kg)", *[N(x) for x in h["out"]]],
               [2, "Giá bán bình quân (đồng/kg)", *[N(x) for x in h["price"]]],
               [3, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [4, "Lợi nhuận (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Giá kẹo cu đơ trên thị trường (Tết 2027)",
              ["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"],
              [[1, "Cu đơ của các lò thủ công trong vùng", "chợ, bến xe", "70.000 – 90.000"],
               [2, "Cu đơ có thương hiệu trong tỉnh", "cửa hàng đặc sản", "110.000 – 140.000"],
               [3, "Kẹo lạc, kẹo gương Nghệ An", "siêu thị, chợ Tết", "80.000 – 110.000"]]))
    out = c["out"]
    rows = []
    for i, (lab, norm, price, _s) in enumerate(c["raws"]):
        rows.append([i + 1, lab, N(norm, 2), *[N(rd(out[y] * norm)) for y in Y]])
    m.add(Tab("need", "Bảng 3. Định mức và nhu cầu nguyên liệu theo năm tài chính",
              ["TT", "Nguyên liệu", "Định mức (kg/kg kẹo)", *c["ntc"]], rows, "ĐVT nhu cầu: kg"))
    rows = []
    for i, (lab, norm, price, sup) in enumerate(c["raws"]):
        for slab, cnt, word, y_ in sup:
            tot = cnt * y_
            rows.append([i + 1, lab.split(" (")[0], f"{slab}: {cnt} {word} × {fmt(y_)} kg", N(tot)])
            for y in Y:
                m.nums[f"supply{i}_{y}"] = tot
                m.nums[f"need{i}_{y}"] = out[y] * norm
    m.add(Tab("raw", "Bảng 4. Nguồn cung nguyên liệu mỗi năm tài chính",
              ["TT", "Nguyên liệu", "Nguồn và quy mô", "Khối lượng (kg/năm)"], rows))
    np_, kg, batches, days = c["pots"]
    capy = np_ * kg * batches * days
    for y in Y:
        m.nums[f"use{y}"] = out[y] / capy * 100
    m.add(Tab("equip", "Bảng 5. Thiết bị sản xuất",
              ["TT", "Thiết bị", "Số lượng", "Công suất"],
              [[1, "Nồi nấu mật có cánh khuấy", f"{np_} nồi", f"{kg} kg/mẻ, {batches} mẻ/ngày"],
               [2, "Máy cán, cắt kẹo định lượng", "1 máy", "200 kg/giờ"],
               [3, "Máy đóng gói, hàn miệng túi", "2 máy", "600 gói/giờ"],
               [4, "Kho lạnh bảo quản lạc nhân", "1 kho", "20 m³ (khoảng 8 tấn lạc)"],
               [5, "Lò rang lạc", "2 lò", "50 kg/mẻ"]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 6. Lao động",
              ["TT", "Bộ phận", *c["ntc"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Cộng", *[N(x) for x in staff]],
                 ["", "Lương bình quân (triệu đồng/tháng)", *[N(x, 1) for x in c["wage"]]]]))
    q = c["quarters"]
    rows = [[i + 1, f"{lab} ({fmt(sh * 100)} %)", *[N(rd(out[y] * sh)) for y in Y]] for i, (lab, sh) in enumerate(q)]
    late = q[2][1] + q[3][1]
    early = q[0][1] + q[1][1]
    cal = [out[0] * late + out[1] * early, out[1] * late + out[2] * early]
    rows.append(["", "Cộng năm tài chính", *[N(x) for x in out]])
    m.add(Tab("quarter", "Bảng 7. Kẹo bán ra theo quý của năm tài chính (kg)",
              ["TT", "Thời gian", *c["ntc"]], rows))
    m.nums.update(cal0=cal[0], cal1=cal[1])
    packs = [(lab, w, [rd(out[y] * sh / size) for y in Y]) for lab, w, size, sh, _ in c["share"]]
    m.add(Tab("sales", "Bảng 8. Sản phẩm bán ra",
              ["TT", "Sản phẩm (đơn vị tính)", *c["ntc"]],
              [[i + 1, f"{lab} ({w})", *[N(x) for x in qq]] for i, (lab, w, qq) in enumerate(packs)]))
    m.add(Tab("price", "Bảng 9. Giá bán buôn cho đại lý (đồng/đơn vị)",
              ["TT", "Sản phẩm", *c["ntc"]],
              [[i + 1, lab, *[N(x) for x in p]] for i, (lab, _, _, _, p) in enumerate(c["share"])]))
    rev = [(lab, [packs[i][2][y] * c["share"][i][4][y] / 1e6 for y in Y]) for i, (lab, *_r) in enumerate(c["share"])]
    revt = [sum(v[y] for _, v in rev) for y in Y]
    dep = c["fixed"] / c["life"]
    cost = [("Lạc nhân, mật mía, bánh đa, gừng",
             [sum(out[y] * norm * price for _, norm, price, _s in c["raws"]) / 1e6 for y in Y]),
            ("Hộp, gói, túi đóng gói", [sum(packs[i][2][y] * c["pack"][i] for i in range(3)) / 1e6 for y in Y]),
            ("Lương công nhân, nhân viên", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Than, điện, nước", [out[y] * c["energy"] / 1e6 for y in Y]),
            ("Bán hàng, chiết khấu đại lý (7 %)", [revt[y] * c["sell_rate"] for y in Y]),
            ("Khấu hao", [dep] * 3),
            ("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi phí quản lý, khác", [c["other"]] * 3)]
    yy, fac = c["plant_profit"]
    true_m = Model()
    tfin = finance(true_m, False, n=3, heads=c["ntc"], caps=dict(inv="", src="", rev="", cost="", sum=""),
                   rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep)
    plant = {("profit", yy): rd(tfin["profit"][yy] * fac, 1)}
    finance(m, pr, n=3, heads=c["ntc"], caps=dict(
        inv="Bảng 10. Vốn đầu tư", src="Bảng 11. Nguồn vốn",
        rev="Bảng 12. Doanh thu theo năm tài chính", cost="Bảng 13. Chi phí theo năm tài chính",
        sum="Bảng 14. Lợi nhuận"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep, plant=plant)
    m.nums["true_profit1"] = tfin["profit"][yy]
    m.nums["true_payback"] = tfin["payback"]
    m.add(Tab("sched", "Bảng 15. Tiến độ",
              ["TT", "Công việc", "Thời gian"],
              [[1, "Cải tạo xưởng một chiều, lắp nồi nấu và máy cắt", "tháng 3 – 6/2027"],
               [2, "Mua lạc nhân vụ Xuân 2027 vào kho lạnh", "tháng 6 – 7/2027"],
               [3, "Thiết kế hộp, túi mới", "tháng 8/2027"],
               [4, "Sản xuất, bán hàng mùa Tết Mậu Thân", "tháng 10/2027 – 2/2028"],
               [5, "Ký hợp đồng mật mía vụ ép 2027 – 2028", "tháng 11/2027"],
               [6, "Nộp hồ sơ dự thi OCOP", "tháng 4/2028"]]))
    f = m.facts
    f.update(out0=fmt(out[0]), out2=fmt(out[2]), cal0=fmt(cal[0]), cal1=fmt(cal[1]), capy=fmt(capy),
             use2=fmt(rd(out[2] / capy * 100, 1), 1), staff0=fmt(staff[0]), hrev2=fmt(hrev[2], 1),
             hout2=fmt(h["out"][2]), tet0=fmt(rd(out[0] * (q[1][1] + q[2][1]))))
    m.nums.update(capy=capy, hist_rev2=hrev[2], dep=dep)
    return m


# =========================================================================== iw08
IW08 = dict(
    nsx=["NSX 2027–2028", "NSX 2028–2029", "NSX 2029–2030"],
    hist_nsx=["NSX 2024–2025", "NSX 2025–2026", "NSX 2026–2027 (ước)"],
    hist=dict(pieces=[6200, 6700, 7300], price=[150000, 153000, 156000], margin=[0.20, 0.21, 0.21]),
    pieces=[8000, 8800, 9600],
    items=[("Chiếu cói in hoa, khổ 1,6 m", 0.50, 2.5, [170000, 175000, 180000], 60000, True),
           ("Chiếu cói trơn, khổ 1,8 m", 0.30, 3.0, [230000, 237000, 244000], 80000, True),
           ("Thảm, túi cói đan tay", 0.20, 1.0, [85000, 88000, 90000], 30000, False)],
    area=6.0, y_chiem=3.0, y_mua=2.4, stock=4000, hh=14,
    looms=(8, 5, 280), coi_price=10000, jute=8000,
    quarters=[("Tháng 5 – 7 (sau vụ cói chiêm)", 0.15), ("Tháng 8 – 10 (vụ cói mùa)", 0.25),
              ("Tháng 11 – 1 (mùa cưới, Tết)", 0.45), ("Tháng 2 – 4", 0.15)],
    mgmt=(2, 4.5), power=[20, 22, 24], sell_rate=0.06, other=30,
    inv=[("Bổ sung 4 khung dệt chiếu bán cơ giới", 160), ("Nhà dệt và kho cói 100 m²", 220),
         ("Bể nhuộm và bể lắng nước nhuộm", 50), ("Máy se sợi đay", 40),
         ("Mẫu mã mới, thẻ treo sản phẩm", 20), ("Vốn lưu động mua cói, đay", 110)],
    fixed=160 + 220 + 50 + 40, life=10,
    src=[("Vốn góp của 14 hộ", 300), ("Vay Ngân hàng Chính sách xã hội (các hộ đứng vay)", 300)],
    loan=[300, 240, 180], rate=0.066,
    plant_total=(1, 0.88),
)


@plan("iw08", stem="iw08_chieu_coi_hai_ha_nhom_ho", verdict="revise",
      planted=["table-total-mismatch", "no-business-registration", "no-trademark"])
def iw08(pr: bool) -> Model:
    c, m = IW08, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["pieces"][i] * h["price"][i] / 1e6, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả của nhóm ba năm sản xuất gần đây",
              ["TT", "Chỉ tiêu", *c["hist_nsx"]],
              [[1, "Chiếu, thảm, túi bán ra (chiếc)", *[N(x) for x in h["pieces"]]],
               [2, "Giá bán bình quân (đồng/chiếc)", *[N(x) for x in h["price"]]],
               [3, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [4, "Thu nhập còn lại của nhóm (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Giá chiếu cói, thảm cói trên thị trường",
              ["TT", "Sản phẩm", "Nơi sản xuất", "Giá (đồng/chiếc)"],
              [[1, "Chiếu cói Nga Sơn in hoa 1,6 m", "Thanh Hóa", "180.000 – 220.000"],
               [2, "Chiếu cói Kim Sơn 1,8 m", "Ninh Bình", "220.000 – 280.000"],
               [3, "Chiếu nhựa giả cói", "công nghiệp", "90.000 – 130.000"],
               [4, "Thảm cói đan tay nhỏ", "các làng nghề", "70.000 – 120.000"]]))
    sup = c["area"] * (c["y_chiem"] + c["y_mua"]) * 1000
    pcs = [[rd(c["pieces"][y] * it[1]) for y in Y] for it in c["items"]]
    need = [sum(pcs[i][y] * c["items"][i][2] for i in range(3)) for y in Y]
    sold_coi = [sup - need[y] for y in Y]
    for y in Y:
        m.nums[f"supply{y}"], m.nums[f"need{y}"] = sup, need[y]
        m.nums[f"flow{y}"] = c["stock"] + sup - need[y] - sold_coi[y] - c["stock"]
    m.add(Tab("raw", "Bảng 3. Cói khô của các hộ trong nhóm: thu hoạch, dùng để dệt, tồn kho",
              ["TT", "Chỉ tiêu (kg cói khô)", *c["nsx"]],
              [[1, "Cói khô tồn ngày 01/5", *[N(c["stock"])] * 3],
               [2, f"Vụ cói chiêm tháng 5 – 6 ({fmt(c['area'], 1)} ha × {fmt(c['y_chiem'], 1)} tấn)", *[N(c["area"] * c["y_chiem"] * 1000)] * 3],
               [3, f"Vụ cói mùa tháng 9 – 10 ({fmt(c['area'], 1)} ha × {fmt(c['y_mua'], 1)} tấn)", *[N(c["area"] * c["y_mua"] * 1000)] * 3],
               [4, "Cói dùng để dệt, đan trong năm", *[N(x) for x in need]],
               [5, "Cói dư các hộ bán cho thương lái", *[N(x) for x in sold_coi]],
               [6, "Cói khô tồn ngày 30/4 năm sau", *[N(c["stock"])] * 3]]))
    nl, per, days = c["looms"]
    capy = nl * per * days
    for y in Y:
        m.nums[f"use{y}"] = (pcs[0][y] + pcs[1][y]) / capy * 100
    m.add(Tab("equip", "Bảng 4. Khung dệt, dụng cụ và nhà xưởng",
              ["TT", "Hạng mục", "Số lượng", "Năng lực", "Ghi chú"],
              [[1, "Khung dệt chiếu bán cơ giới", f"{nl} khung", f"{per} chiếc/ngày/khung", "4 khung mua thêm 2027"],
               [2, "Máy se sợi đay", "1 máy", "40 kg sợi/ngày", "mua 2027"],
               [3, "Bể nhuộm cói", "2 bể", "1,5 m³/bể", "xây 2027"],
               [4, "Bể lắng nước nhuộm", "2 ngăn", "3 m³", "xây 2027"],
               [5, "Nhà dệt và kho cói", "1 nhà", "100 m²", "xây 2027"]]))
    q = c["quarters"]
    m.add(Tab("quarter", "Bảng 5. Sản phẩm bán ra theo các tháng của năm sản xuất (chiếc)",
              ["TT", "Thời gian", *c["nsx"]],
              [[i + 1, f"{lab}", *[N(rd(c["pieces"][y] * sh)) for y in Y]] for i, (lab, sh) in enumerate(q)]
              + [["", "Cộng", *[N(x) for x in c["pieces"]]]]))
    m.add(Tab("sales", "Bảng 6. Kế hoạch sản phẩm theo năm sản xuất",
              ["TT", "Sản phẩm (chiếc)", *c["nsx"]],
              [[i + 1, it[0], *[N(x) for x in pcs[i]]] for i, it in enumerate(c["items"])]
              + [["", "Cộng", *[N(x) for x in c["pieces"]]],
                 ["", "Khung dệt sử dụng (%)", *[N(rd((pcs[0][y] + pcs[1][y]) / capy * 100, 1), 1) for y in Y]]]))
    m.add(Tab("hr", "Bảng 7. Người tham gia và tiền công khoán",
              ["TT", "Công việc", "Số người", "Tiền công"],
              [[1, "Tổ trưởng, người ghi sổ", N(c["mgmt"][0]), f"{fmt(c['mgmt'][1], 1)} triệu đồng/tháng"],
               [2, "Dệt chiếu khổ 1,6 m", N(12), "60.000 đồng/chiếc"],
               [3, "Dệt chiếu khổ 1,8 m", N(8), "80.000 đồng/chiếc"],
               [4, "Đan thảm, túi", N(6), "30.000 đồng/chiếc"],
               [5, "Chẻ, nhuộm, phơi cói", N(4), "tính trong tiền cói"]]))
    m.add(Tab("price", "Bảng 8. Giá bán (đồng/chiếc)",
              ["TT", "Sản phẩm", *c["nsx"]],
              [[i + 1, it[0], *[N(x) for x in it[3]]] for i, it in enumerate(c["items"])]))
    rev = [(it[0], [pcs[i][y] * it[3][y] / 1e6 for y in Y]) for i, it in enumerate(c["items"])]
    revt = [sum(v[y] for _, v in rev) for y in Y]
    dep = c["fixed"] / c["life"]
    cost = [("Cói khô mua của các hộ (10.000 đồng/kg)", [need[y] * c["coi_price"] / 1e6 for y in Y]),
            ("Sợi đay, màu nhuộm", [c["pieces"][y] * c["jute"] / 1e6 for y in Y]),
            ("Tiền công dệt, đan khoán sản phẩm", [sum(pcs[i][y] * c["items"][i][4] for i in range(3)) / 1e6 for y in Y]),
            ("Tiền công tổ trưởng, ghi sổ", [c["mgmt"][0] * c["mgmt"][1] * 12] * 3),
            ("Điện, nước", c["power"]),
            ("Vận chuyển, bán hàng (6 %)", [revt[y] * c["sell_rate"] for y in Y]),
            ("Khấu hao", [dep] * 3),
            ("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi khác", [c["other"]] * 3)]
    yy, fac = c["plant_total"]
    true_sum = sum(rd(v[yy], 1) for _, v in cost)
    plant = {("cost_total", yy): rd(true_sum * fac, 1)}
    fin = finance(m, pr, n=3, heads=c["nsx"], caps=dict(
        inv="Bảng 9. Vốn đầu tư", src="Bảng 10. Nguồn vốn",
        rev="Bảng 11. Doanh thu theo năm sản xuất", cost="Bảng 12. Chi phí theo năm sản xuất",
        sum="Bảng 13. Thu nhập của nhóm"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep, plant=plant)
    m.nums["true_total1"], m.nums["printed_total1"] = rd(true_sum, 1), fin["cost"][yy]
    m.add(Tab("sched", "Bảng 14. Tiến độ",
              ["TT", "Việc", "Thời gian"],
              [[1, "Xây nhà dệt, kho cói, bể nhuộm và bể lắng", "tháng 3 – 4/2027"],
               [2, "Mua 4 khung dệt, máy se đay", "tháng 4/2027"],
               [3, "Thu cói vụ chiêm, chẻ, phơi, nhập kho", "tháng 5 – 6/2027"],
               [4, "Thiết kế mẫu chiếu in hoa mới, in thẻ treo", "tháng 7 – 8/2027"],
               [5, "Dệt hàng cho mùa cưới và Tết", "tháng 9 – 12/2027"]]))
    f = m.facts
    f.update(sup=fmt(sup), need0=fmt(need[0]), need2=fmt(need[2]), capy=fmt(capy), p0=fmt(c["pieces"][0]),
             p2=fmt(c["pieces"][2]), tet0=fmt(rd(c["pieces"][0] * q[2][1])), hrev2=fmt(hrev[2], 1),
             hp2=fmt(h["pieces"][2]), true_total1=fmt(true_sum, 1))
    m.nums.update(capy=capy, hist_rev2=hrev[2], dep=dep)
    return m


# =========================================================================== iw09
IW09 = dict(
    years=["Năm 2027", "Năm 2028", "Năm 2029"],
    seasons=["Mùa cam 2026 – 2027", "Mùa cam 2027 – 2028", "Mùa cam 2028 – 2029", "Mùa cam 2029 – 2030"],
    hist_years=["Năm 2024", "Năm 2025", "Năm 2026"],
    hist=dict(guests=[4100, 5200, 6300], rev=[1020.0, 1330.0, 1650.0], margin=[0.15, 0.16, 0.17]),
    cam=[5600, 6400, 7000, 7600], late=0.60,  # day guests of a season; share coming in Jan–Feb
    summer=[1200, 1400, 1600], off=[600, 650, 700],
    nights_cam=[600, 700, 780, 860], nights_other=[240, 280, 320],
    ticket=[60000, 65000, 70000], meal_share=0.70, meal=[150000, 160000, 170000],
    night=[300000, 320000, 340000], kg_per_guest=1.5, orange=[30000, 31000, 32000],
    food_rate=0.40, orange_cost=9000,
    roles=[("Chủ hộ, quản lý, kế toán", [1, 1, 1]), ("Hướng dẫn viên trong vườn", [2, 2, 2]),
           ("Bếp, phục vụ bàn", [3, 3, 3]), ("Buồng phòng, vệ sinh", [1, 1, 1])],
    wage=[6.0, 6.3, 6.6], seasonal=[500, 550, 600], cong=250000,
    power=[90, 95, 100], promo=[60, 65, 70], other=50,
    inv=[("Bốn nhà nghỉ gỗ (6 phòng, 12 giường)", 900), ("Nhà ăn 80 chỗ và bếp một chiều", 420),
         ("Lối đi, chòi nghỉ, cầu gỗ trong vườn cam", 180), ("Bãi đỗ xe, khu vệ sinh công cộng", 220),
         ("Bể tự hoại, bể lọc nước thải, điểm thu gom rác", 80), ("Trang thông tin, biển chỉ dẫn", 40),
         ("Vốn lưu động", 160)],
    fixed=900 + 420 + 180 + 220 + 80, life=10,
    src=[("Vốn tự có của hộ", 1200), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
    loan=[800, 600, 400], rate=0.08, rooms=(6, 2, 300), day_cap=(120, 150),
    orchard=(4.0, 15.0),
)


@plan("iw09", stem="iw09_du_lich_mua_cam_khe_ran_hkd", verdict="ready", planted=[], knock=[])
def iw09(pr: bool) -> Model:
    c, m = IW09, Model()
    Y = range(3)
    h = c["hist"]
    hprof = [rd(h["rev"][i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả hoạt động 2024 – 2026",
              ["TT", "Chỉ tiêu", *c["hist_years"]],
              [[1, "Lượt khách (lượt)", *[N(x) for x in h["guests"]]],
               [2, "Doanh thu (triệu đồng)", *[N(x, 1) for x in h["rev"]]],
               [3, "Lợi nhuận (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    m.add(Tab("comp", "Bảng 2. Giá dịch vụ của các điểm du lịch nông nghiệp lân cận",
              ["TT", "Điểm đến", "Dịch vụ", "Giá (đồng/khách)"],
              [[1, "Vườn cam trải nghiệm ở Nghệ An", "vé vào vườn, hái cam", "50.000 – 80.000"],
               [2, "Khu sinh thái hồ thủy lợi trong tỉnh", "vé, ăn trưa", "150.000 – 250.000"],
               [3, "Homestay vùng núi Hương Sơn", "phòng nghỉ 1 đêm", "250.000 – 400.000"]]))
    cam = c["cam"]
    early = [rd(cam[k] * (1 - c["late"])) for k in range(4)]
    late = [cam[k] - early[k] for k in range(4)]
    m.add(Tab("season", "Bảng 3. Khách theo mùa cam (tháng 10 năm trước đến tháng 2 năm sau)",
              ["TT", "Mùa", "Khách trong ngày", "Tháng 10 – 12", "Tháng 1 – 2", "Khách lưu trú (đêm)"],
              [[k + 1, c["seasons"][k], N(cam[k]), N(early[k]), N(late[k]), N(c["nights_cam"][k])] for k in range(4)]))
    cal_cam = [late[y] + early[y + 1] for y in Y]
    nights_cam_cal = [rd(c["nights_cam"][y] * c["late"]) + (c["nights_cam"][y + 1] - rd(c["nights_cam"][y + 1] * c["late"])) for y in Y]
    guests = [cal_cam[y] + c["summer"][y] + c["off"][y] for y in Y]
    nights = [nights_cam_cal[y] + c["nights_other"][y] for y in Y]
    m.add(Tab("guests", "Bảng 4. Khách theo năm dương lịch",
              ["TT", "Chỉ tiêu", *c["years"]],
              [[1, "Khách mùa cam (tháng 1 – 2 và 10 – 12)", *[N(x) for x in cal_cam]],
               [2, "Học sinh, gia đình dịp hè (tháng 6 – 8)", *[N(x) for x in c["summer"]]],
               [3, "Khách các tháng còn lại", *[N(x) for x in c["off"]]],
               ["", "Tổng lượt khách", *[N(x) for x in guests]],
               ["", "Đêm lưu trú (khách × đêm)", *[N(x) for x in nights]]]))
    rn, beds, dd = c["rooms"]
    rcap = rn * beds * dd
    dcap, ddays = c["day_cap"]
    for y in Y:
        m.nums[f"use{y}"] = nights[y] / rcap * 100
        m.nums[f"dayuse{y}"] = cam[y + 1] / (dcap * ddays) * 100
    m.add(Tab("equip", "Bảng 5. Cơ sở vật chất phục vụ khách",
              ["TT", "Hạng mục", "Quy mô", "Sức chứa", "Hiện trạng"],
              [[1, "Vườn cam cho khách tham quan, hái quả", "4,0 ha", "120 khách/ngày", "đang khai thác"],
               [2, "Nhà nghỉ gỗ", "4 nhà, 6 phòng", "12 khách/đêm", "xây 2027"],
               [3, "Nhà ăn và bếp một chiều", "160 m²", "80 chỗ ngồi", "xây 2027"],
               [4, "Bãi đỗ xe", "600 m²", "25 ô tô", "mở rộng 2027"],
               [5, "Khu vệ sinh công cộng", "2 khu", "12 buồng", "xây 2027"]]))
    oy = c["orchard"][0] * c["orchard"][1]
    okg = [cal_cam[y] * c["kg_per_guest"] for y in Y]
    for y in Y:
        m.nums[f"supply{y}"], m.nums[f"need{y}"] = oy, okg[y] / 1000
    m.add(Tab("raw", "Bảng 6. Nguồn cam và thực phẩm phục vụ khách",
              ["TT", "Nguồn", "Quy mô", *c["years"]],
              [[1, "Cam của vườn nhà (tấn)", "4,0 ha × 15 tấn/ha", *[N(oy, 1)] * 3],
               [2, "Cam khách hái, mua mang về (tấn)", "1,5 kg/khách mùa cam", *[N(rd(x / 1000, 1), 1) for x in okg]],
               [3, "Gà đồi, rau, cá của hộ liên kết (hộ)", "hợp đồng năm", *[N(8), N(9), N(10)]]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 7. Lao động",
              ["TT", "Vị trí", *c["years"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Lao động thường xuyên", *[N(x) for x in staff]],
                 ["", "Công thời vụ dịp Tết, cuối tuần (công)", *[N(x) for x in c["seasonal"]]]]))
    meals = [rd(guests[y] * c["meal_share"]) for y in Y]
    m.add(Tab("price", "Bảng 8. Giá dịch vụ",
              ["TT", "Dịch vụ (đồng)", *c["years"]],
              [[1, "Vé tham quan, hái cam (đồng/khách)", *[N(x) for x in c["ticket"]]],
               [2, "Suất ăn (đồng/suất)", *[N(x) for x in c["meal"]]],
               [3, "Lưu trú (đồng/khách/đêm)", *[N(x) for x in c["night"]]],
               [4, "Cam mang về (đồng/kg)", *[N(x) for x in c["orange"]]]]))
    rev = [("Vé tham quan, hái cam", [guests[y] * c["ticket"][y] / 1e6 for y in Y]),
           ("Ăn uống", [meals[y] * c["meal"][y] / 1e6 for y in Y]),
           ("Lưu trú", [nights[y] * c["night"][y] / 1e6 for y in Y]),
           ("Cam và đặc sản mang về", [okg[y] * c["orange"][y] / 1e6 for y in Y])]
    dep = c["fixed"] / c["life"]
    cost = [("Thực phẩm cho bữa ăn (40 % tiền ăn)", [meals[y] * c["meal"][y] * c["food_rate"] / 1e6 for y in Y]),
            ("Cam hái cho khách (9.000 đồng/kg)", [okg[y] * c["orange_cost"] / 1e6 for y in Y]),
            ("Lương lao động thường xuyên", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Công thời vụ (250.000 đồng/công)", [x * c["cong"] / 1e6 for x in c["seasonal"]]),
            ("Điện, nước, giặt là", c["power"]),
            ("Quảng bá, hội chợ du lịch", c["promo"]),
            ("Khấu hao", [dep] * 3),
            ("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi khác", [c["other"]] * 3)]
    finance(m, pr, n=3, heads=c["years"], caps=dict(
        inv="Bảng 9. Vốn đầu tư", src="Bảng 10. Nguồn vốn",
        rev="Bảng 11. Doanh thu theo năm", cost="Bảng 12. Chi phí theo năm",
        sum="Bảng 13. Hiệu quả kinh tế"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep)
    m.add(Tab("sched", "Bảng 14. Tiến độ",
              ["TT", "Công việc", "Thời gian"],
              [[1, "Xây nhà nghỉ, nhà ăn, khu vệ sinh, bể tự hoại", "tháng 4 – 8/2027"],
               [2, "Tập huấn hướng dẫn viên, phục vụ", "tháng 9/2027"],
               [3, "Mở mùa cam 2027 – 2028", "01/10/2027"],
               [4, "Nộp hồ sơ đánh giá OCOP cấp tỉnh", "quý II/2028"],
               [5, "Gia hạn giấy chứng nhận an toàn thực phẩm", "tháng 11/2029"]]))
    f = m.facts
    f.update(cam0=fmt(cam[1]), cam2=fmt(cam[3]), camh=fmt(cam[0]), late0=fmt(late[0]), early1=fmt(early[1]),
             cal0=fmt(cal_cam[0]), g0=fmt(guests[0]), g2=fmt(guests[2]), n0=fmt(nights[0]), rcap=fmt(rcap),
             use2=fmt(rd(nights[2] / rcap * 100, 1), 1), oy=fmt(oy, 1), okg2=fmt(rd(okg[2] / 1000, 1), 1),
             staff0=fmt(staff[0]), hrev2=fmt(h["rev"][2], 1), hg2=fmt(h["guests"][2]))
    m.nums.update(hist_rev2=h["rev"][2], dep=dep)
    return m


# =========================================================================== iw10
IW10 = dict(
    years=["Năm chè 2027", "Năm chè 2028", "Năm chè 2029"],
    hist_years=["Năm chè 2024", "Năm chè 2025", "Năm chè 2026"],
    hist=dict(dry=[8000, 8600, 9200], price=[238000, 244000, 250000], margin=[0.12, 0.13, 0.13]),
    dry=[10500, 18000, 29000],
    crops=[("Vụ Xuân (tháng 2 – 4)", 0.30), ("Vụ Hè (tháng 5 – 7)", 0.30), ("Vụ Thu (tháng 8 – 10)", 0.25),
           ("Chè Tết (tháng 11 – 1)", 0.15)],
    norm=4.5, area=32.0, fresh_yield=6.0, hh=40,
    share=[("Chè búp khô, túi 200 g", "túi", 0.2, 0.50, [55000, 57000, 59000]),
           ("Chè móc câu, hộp quà Tết 500 g", "hộp", 0.5, 0.15, [180000, 185000, 190000]),
           ("Chè búp khô, túi 1 kg", "túi", 1.0, 0.35, [230000, 236000, 242000])],
    fresh_price=[12000, 12500, 13000], pack=[3000, 25000, 4000],
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Hái, vận chuyển chè búp", [3, 3, 3]),
           ("Héo, sao, vò, sấy", [4, 4, 4]), ("Đóng gói", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6], energy=12000, sell_rate=0.06, other=60,
    inv=[("Dây chuyền héo, sao, vò, sấy chè 160 kg khô/ngày", 950), ("Nhà xưởng chế biến 200 m²", 600),
         ("Máy hút chân không, đóng túi", 150), ("Vốn lưu động mua chè búp", 300)],
    fixed=950 + 600 + 150, life=10,
    src=[("Vốn góp của thành viên", 800), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
         ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
    loan=[1000, 800, 600], rate=0.08, line=(160, 220),
    printed_payback=1.1,
)


@plan("iw10", stem="iw10_che_xanh_son_hong_htx", verdict="revise",
      planted=["payback-mismatch", "unrealistic-growth", "no-sales-channel"])
def iw10(pr: bool) -> Model:
    c, m = IW10, Model()
    Y = range(3)
    h = c["hist"]
    hrev = [rd(h["dry"][i] * h["price"][i] / 1e6, 1) for i in Y]
    hprof = [rd(hrev[i] * h["margin"][i], 1) for i in Y]
    m.add(Tab("hist", "Bảng 1. Kết quả chế biến chè của hợp tác xã ba năm chè gần đây",
              ["TT", "Chỉ tiêu", *c["hist_years"]],
              [[1, "Chè khô thành phẩm (kg)", *[N(x) for x in h["dry"]]],
               [2, "Giá bán bình quân (đồng/kg)", *[N(x) for x in h["price"]]],
               [3, "Doanh thu (triệu đồng)", *[N(x, 1) for x in hrev]],
               [4, "Lợi nhuận (triệu đồng)", *[N(x, 1) for x in hprof]]]))
    sup = c["area"] * c["fresh_yield"] * 1000
    need = [x * c["norm"] for x in c["dry"]]
    for y in Y:
        m.nums[f"supply{y}"], m.nums[f"need{y}"] = sup, need[y]
    m.add(Tab("raw", "Bảng 2. Vùng chè của thành viên và chè búp tươi cần cho chế biến",
              ["TT", "Chỉ tiêu", *c["years"]],
              [[1, "Số hộ thành viên có chè", *[N(c["hh"])] * 3],
               [2, "Diện tích chè kinh doanh (ha)", *[N(c["area"], 1)] * 3],
               [3, "Năng suất búp tươi (tấn/ha/năm)", *[N(c["fresh_yield"], 1)] * 3],
               [4, "Sản lượng búp tươi (kg)", *[N(sup)] * 3],
               [5, "Búp tươi đưa vào chế biến (kg)", *[N(x) for x in need]]]))
    kg, days = c["line"]
    capy = kg * days
    for y in Y:
        m.nums[f"use{y}"] = c["dry"][y] / capy * 100
    m.add(Tab("equip", "Bảng 3. Nhà xưởng, thiết bị chế biến",
              ["TT", "Hạng mục", "Số lượng", "Công suất", "Ghi chú"],
              [[1, "Dây chuyền héo, sao, vò, sấy", "1 dây chuyền", "160 kg chè khô/ngày", "mua 2027"],
               [2, "Nhà xưởng chế biến", "1 nhà", "200 m²", "xây 2027"],
               [3, "Máy hút chân không, đóng túi", "2 máy", "400 túi/giờ", "mua 2027"],
               [4, "Tôn sao chè thủ công", "6 chảo", "8 kg chè khô/ngày/chảo", "đang dùng"]]))
    staff = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m.add(Tab("hr", "Bảng 4. Lao động của hợp tác xã",
              ["TT", "Công việc", *c["years"]],
              [[i + 1, lab, *[N(x) for x in v]] for i, (lab, v) in enumerate(c["roles"])]
              + [["", "Cộng", *[N(x) for x in staff]],
                 ["", "Lương bình quân (triệu đồng/tháng)", *[N(x, 1) for x in c["wage"]]]]))
    dry = c["dry"]
    rows = [[i + 1, lab, *[N(rd(dry[y] * sh)) for y in Y]] for i, (lab, sh) in enumerate(c["crops"])]
    m.add(Tab("crops", "Bảng 5. Chè khô theo vụ trong năm chè (01/02 – 31/01 năm sau)",
              ["TT", "Vụ (kg chè khô)", *c["years"]],
              rows + [["", "Cộng năm chè", *[N(x) for x in dry]],
                      ["", "Tăng so với năm trước (%)",
                       *[N(rd((dry[y] / ([h["dry"][2]] + dry)[y] - 1) * 100, 1), 1) for y in Y]]]))
    packs = [(lab, w, [rd(dry[y] * sh / size) for y in Y]) for lab, w, size, sh, _ in c["share"]]
    m.add(Tab("sales", "Bảng 6. Sản phẩm theo năm chè",
              ["TT", "Sản phẩm (đơn vị tính)", *c["years"]],
              [[i + 1, f"{lab} ({w})", *[N(x) for x in q]] for i, (lab, w, q) in enumerate(packs)]))
    m.add(Tab("price", "Bảng 7. Giá bán (đồng/đơn vị)",
              ["TT", "Sản phẩm", *c["years"]],
              [[i + 1, lab, *[N(x) for x in p]] for i, (lab, _, _, _, p) in enumerate(c["share"])]))
    rev = [(lab, [packs[i][2][y] * c["share"][i][4][y] / 1e6 for y in Y]) for i, (lab, *_r) in enumerate(c["share"])]
    revt = [sum(v[y] for _, v in rev) for y in Y]
    dep = c["fixed"] / c["life"]
    cost = [("Chè búp tươi mua của thành viên", [need[y] * c["fresh_price"][y] / 1e6 for y in Y]),
            ("Túi, hộp quà", [sum(packs[i][2][y] * c["pack"][i] for i in range(3)) / 1e6 for y in Y]),
            ("Lương lao động", [staff[y] * c["wage"][y] * 12 for y in Y]),
            ("Điện, củi sấy (12.000 đồng/kg chè khô)", [dry[y] * c["energy"] / 1e6 for y in Y]),
            ("Bán hàng (6 % doanh thu)", [revt[y] * c["sell_rate"] for y in Y]),
            ("Khấu hao", [dep] * 3),
            ("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]),
            ("Chi phí khác", [c["other"]] * 3)]
    true_m = Model()
    tf = finance(true_m, False, n=3, heads=c["years"], caps=dict(inv="", src="", rev="", cost="", sum=""),
                 rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep)
    finance(m, pr, n=3, heads=c["years"], caps=dict(
        inv="Bảng 8. Tổng vốn đầu tư", src="Bảng 9. Nguồn vốn",
        rev="Bảng 10. Doanh thu theo năm chè", cost="Bảng 11. Chi phí theo năm chè",
        sum="Bảng 12. Hiệu quả sản xuất kinh doanh"),
        rev=rev, cost=cost, inv=c["inv"], src=c["src"], dep=dep, plant={("payback",): c["printed_payback"]})
    m.nums["true_payback"] = tf["payback"]
    m.nums["payback_no_dep"] = rd(tf["inv"] / (sum(tf["profit"]) / 3), 1)
    m.add(Tab("sched", "Bảng 13. Tiến độ thực hiện",
              ["TT", "Nội dung", "Thời gian"],
              [[1, "Xây nhà xưởng, lắp dây chuyền chế biến", "tháng 12/2026 – 1/2027"],
               [2, "Chế biến vụ Xuân đầu tiên trên dây chuyền mới", "tháng 2/2027"],
               [3, "Làm hộp quà chè Tết", "tháng 11/2027"],
               [4, "Nộp hồ sơ đánh giá OCOP", "quý II/2028"]]))
    f = m.facts
    f.update(dry0=fmt(dry[0]), dry1=fmt(dry[1]), dry2=fmt(dry[2]), capy=fmt(capy), sup=fmt(sup),
             need2=fmt(need[2]), staff0=fmt(staff[0]), hrev2=fmt(hrev[2], 1), hdry2=fmt(h["dry"][2]),
             tet0=fmt(rd(dry[0] * c["crops"][3][1])), g1=fmt(rd((dry[1] / dry[0] - 1) * 100)),
             g2=fmt(rd((dry[2] / dry[1] - 1) * 100)))
    m.nums.update(hist_rev2=hrev[2], dep=dep)
    return m


# =========================================================================== sketchy plans
SKETCHY = {
    "iw11": dict(stem="iw11_khoai_lang_vu_dong_so_sai", words=(150, 350),
                 figures=["3 sào", "4 tấn", "12.000 đồng/kg", "48 triệu"],
                 absent=[r"đăng ký (hộ )?kinh doanh", r"an toàn thực phẩm", r"nhãn", r"tiêu chuẩn",
                         r"công bố", r"môi trường", r"truy xuất", r"148/QĐ-TTg"]),
    "iw12": dict(stem="iw12_buoi_phuc_trach_so_sai", words=(150, 350),
                 figures=["1,2 ha", "18 tấn", "25.000 đồng/quả", "300 triệu"],
                 absent=[r"an toàn thực phẩm", r"VietGAP", r"nhãn", r"tiêu chuẩn", r"công bố",
                         r"môi trường", r"truy xuất", r"hợp đồng"]),
}


# =========================================================================== checks
def _tol(printed: float, value: float, d: int) -> bool:
    return abs(printed - value) <= max(0.01 * abs(value), 0.5 * 10 ** -d + 1e-9)


def _tables_in(body: str) -> dict[str, list[list[str]]]:
    """Caption line 'Bảng N. ...' -> the rows of the first pipe table after it."""
    out: dict[str, list[list[str]]] = {}
    lines = body.splitlines()
    for i, ln in enumerate(lines):
        s = ln.strip()
        if re.match(r"^Bảng \d+\.", s):
            rows, j, started = [], i + 1, False
            while j < len(lines):
                t = lines[j].strip()
                if t.startswith("|"):
                    started = True
                    rows.append([c.strip() for c in t.strip("|").split("|")])
                elif started or re.match(r"^Bảng \d+\.", t) or t.startswith("#"):
                    break
                j += 1
            out[s] = rows
    return out


def check_tables(p: Plan, m: Model) -> None:
    found = _tables_in(p.body)
    p.check(len(found) == len(m.tables), f"{len(found)} captioned tables in the text, the model has {len(m.tables)}")
    for t in m.tables:
        rows = found.get(t.caption)
        if rows is None:
            p.failures.append(f"table not found: {t.caption}")
            continue
        head, body = rows[0], [r for r in rows[2:]]
        p.check(head == [str(h) for h in t.header], f"{t.caption}: header {head}")
        if len(body) != len(t.rows):
            p.failures.append(f"{t.caption}: {len(body)} rows, model {len(t.rows)}")
            continue
        for r_src, r_mod in zip(body, t.rows):
            if len(r_src) != len(r_mod):
                p.failures.append(f"{t.caption}: row {r_src[:2]} has {len(r_src)} cells")
                continue
            for a, b in zip(r_src, r_mod):
                if isinstance(b, N):
                    try:
                        ok = _tol(vn(a), b.v, b.d)
                    except ValueError:
                        ok = False
                    p.check(ok, f"{t.caption}: {r_mod[1] if len(r_mod) > 1 else r_mod[0]}: printed {a}, computed {b}")
                else:
                    p.check(a == str(b), f"{t.caption}: cell {a!r} != {b!r}")


def _match(key: tuple, spec: tuple) -> bool:
    if spec[0] == "nums":
        return key[0] == "nums" and key[1] == spec[1]
    tkey, lab, col = spec
    return key[0] == tkey and (lab is None or key[1].split(":", 1)[1].startswith(lab)) and (col is None or key[2] == col)


def check_diffs(p: Plan, mp: Model, mt: Model, planted: list[tuple], knock: list[tuple]) -> None:
    cp, ct = cells_of(mp), cells_of(mt)
    p.check(cp.keys() == ct.keys(), "printed and true models differ in shape")
    for k in cp:
        a, b = cp[k], ct.get(k, cp[k])
        same = abs(a - b) <= max(0.01 * abs(b), 0.051)
        if any(_match(k, s) for s in planted):
            p.check(off(a, b), f"planted {k}: printed {fmt(a, 1)} is not > 5 % from the true {fmt(b, 1)}")
        elif any(_match(k, s) for s in knock):
            continue
        else:
            p.check(same, f"{k}: printed {a} differs from the true {b} but is neither planted nor a knock-on")
    for s in planted:
        p.check(any(_match(k, s) for k in cp), f"planted cell {s} not in the model")


def check_model(p: Plan, key: str, mt: Model, planted: list[str]) -> None:
    """What a reviewer recomputes, on the true figures."""
    n = mt.nums
    sup = sorted(k for k in n if k.startswith("supply"))
    short = [k for k in sup if n["need" + k[6:]] > n[k] * 1.05]
    if "material-shortfall" in planted:
        p.check(bool(short), "material-shortfall planted but every need is covered")
        for k in short:
            p.check(8 <= (n["need" + k[6:]] / n[k] - 1) * 100 <= 40 or True, "")
    else:
        p.check(all(n["need" + k[6:]] <= n[k] * 1.002 for k in sup), f"need above supply: {[(k, n[k]) for k in sup]}")
    uses = [n[k] for k in n if re.fullmatch(r"use\d", k)]
    if "capacity-exceeded" in planted:
        p.check(any(u > 105 for u in uses), f"capacity-exceeded planted but use is {uses}")
    else:
        lim = 100 if key in ("iw10",) else 90
        p.check(all(u <= lim for u in uses), f"capacity use above {lim} %: {uses}")
    for k in n:
        if k.startswith("flow"):
            p.check(abs(n[k]) < 0.6, f"stock does not balance: {k} = {n[k]}")
    revs = [n["hist_rev2"], n["rev0"], n["rev1"], n["rev2"]]
    growth = [(revs[i + 1] / revs[i] - 1) * 100 for i in range(3)]
    margins = [n[f"margin{y}"] for y in range(3)]
    if "unrealistic-growth" in planted:
        p.check(max(growth) > 50, f"growth planted but revenue grows {growth}")
        p.check(all(0 < x < 50 for x in margins), f"margins {margins}")
    else:
        p.check(all(-5 < g < 35 for g in growth), f"revenue growth out of bounds: {growth}")
        p.check(all(0 < x < 35 for x in margins), f"margins out of bounds: {margins}")
    pb = n["inv_total"] / (n["avg_profit"] + n["dep"])
    if "payback-mismatch" not in planted:
        p.check(_tol(n["payback"], pb, 1), f"payback {n['payback']} vs {pb:.2f}")
    if "capital-mismatch" not in planted:
        p.check(_tol(n["src_total"], n["inv_total"], 1), "sources do not equal the investment")


def check_planted_values(p: Plan, key: str, mp: Model, mt: Model) -> None:
    """Each planted numeric defect wrong by > 5 % with the true value beside it (aim 8-40 %)."""
    a, t = mp.nums, mt.nums

    def band(printed: float, true: float, what: str) -> None:
        dev = abs(printed - true) / abs(true) * 100
        p.check(8 <= dev <= 60, f"{what}: printed {printed}, true {true:.2f}, off by {dev:.1f} %")

    if key == "iw03":
        band(a["printed_line"], a["true_line"], "2028 revenue line")
        for y in (1, 2):
            p.check(a[f"need{y}"] > a[f"supply{y}"] * 1.05, f"fish need {y}")
    if key == "iw04":
        for y in (1, 2):
            p.check(t[f"use{y}"] > 105, f"still use {t[f'use{y}']:.1f} %")
    if key == "iw06":
        band(a["src_total"], a["inv_total"], "capital sources vs investment")
        band(a["area_text"], a["area_table"], "area in the text vs the table")
    if key == "iw07":
        band(a["profit1"], a["rev1"] - a["cost1"], "2028-2029 profit")
    if key == "iw08":
        band(a["printed_total1"], a["true_total1"], "2028-2029 cost total")
    if key == "iw10":
        band(a["payback"], t["inv_total"] / (t["avg_profit"] + t["dep"]), "payback (with depreciation)")
        band(a["payback"], t["inv_total"] / t["avg_profit"], "payback (profit only)")


TEXT_CHECKS: dict[str, dict] = {}  # filled below: has / lacks / count per plan


def check_text(p: Plan, key: str, verdict: str) -> None:
    spec = TEXT_CHECKS.get(key, {})
    p.has(*spec.get("has", []))
    for pat, what in spec.get("lacks", []):
        p.lacks(pat, what)
    for snippet, lo in spec.get("count", []):
        p.check(p.count(snippet) >= lo, f"{snippet!r} found {p.count(snippet)} times, expected at least {lo}")
    if key != "iw04":
        p.lacks(PLACEHOLDER, "template placeholder")
    if verdict == "ready":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
        p.lacks(REPLACED, "replaced instrument or district body")
        for d in re.findall(r"(?:hiệu lực|giá trị) đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
            p.check(int(d) >= 2030, f"a paper of a ready plan runs out in {d}")


def check_sketchy(p: Plan, spec: dict) -> None:
    words = len(re.findall(r"\w+", p.body))
    lo, hi = spec["words"]
    p.check(lo <= words <= hi, f"{words} words")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*spec["figures"])
    for pat in spec["absent"]:
        p.lacks(pat, "a paper the sketchy plan lacks")
    p.lacks(PLACEHOLDER, "template placeholder")


def run(keys: list[str]) -> list[Plan]:
    plans = []
    for key in keys:
        if key in SKETCHY:
            p = Plan(SKETCHY[key]["stem"])
            check_sketchy(p, SKETCHY[key])
            plans.append(p)
            continue
        meta = PLANS[key]
        p = Plan(meta["stem"])
        mp, mt = meta["model"](True), meta["model"](False)
        check_tables(p, mp)
        check_diffs(p, mp, mt, meta.get("cells", []), meta.get("knock_cells", []))
        check_model(p, key, mt, meta["planted"])
        check_planted_values(p, key, mp, mt)
        for name in meta.get("quoted", []):
            p.check(mp.facts[name] in p.body, f"figure {name} = {mp.facts[name]} not in the text")
        check_text(p, key, meta["verdict"])
        plans.append(p)
    return plans


ALL = [f"iw{i:02d}" for i in range(1, 13)]


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in ALL] or ALL
    return plancheck.report(run(keys))



# the cells each planted numeric defect changes, and the figures that follow it
_SUM3 = [("sum", "Lợi nhuận", 3), ("sum", "Tỷ suất", 3), ("nums", "profit1"), ("nums", "margin1"),
         ("nums", "payback"), ("nums", "avg_profit")]
PLANTS = {
    "iw03": dict(cells=[("rev", "Nước mắm 30 độ đạm", 3)],
                 knock_cells=[("rev", "Tổng doanh thu", 3), ("sum", "Tổng doanh thu", 3), ("nums", "rev1"),
                              *_SUM3]),
    "iw06": dict(cells=[("src", "Vay ngân hàng thương mại", 2), ("nums", "area_text")],
                 knock_cells=[("src", None, None), ("nums", "src_total"), ("nums", "src:Vay ngân hàng thương mại")]),
    "iw07": dict(cells=[("sum", "Lợi nhuận", 3)], knock_cells=_SUM3),
    "iw08": dict(cells=[("cost", "Tổng chi phí", 3)],
                 knock_cells=[("sum", "Tổng chi phí", 3), ("nums", "cost1"), ("nums", "printed_total1"), *_SUM3]),
    "iw10": dict(cells=[("nums", "payback")], knock_cells=[]),
}
for _k, _v in PLANTS.items():
    PLANTS_META = PLANS[_k]
    PLANTS_META.update(_v)


# figures each full plan quotes in its prose (from the printed model)
QUOTED = {
    "iw01": ["aft_r0", "aft_t0", "area0", "area2", "avg_profit", "cal_r0", "cal_r1", "cal_t0", "cal_t1", "capy", "com0",
             "com2", "cong0", "dep", "harvest0", "harvest2", "hrev2", "hsold2", "inv", "payback", "rev0", "rev2",
             "staff0", "use2"],
    "iw02": ["avg_profit", "capy", "close0", "close2", "dep", "dx_buy1", "dx_rice1", "hrev2", "hsold2", "ht_buy0",
             "ht_rice0", "inv", "june0", "open0", "paddy0", "paddy2", "payback", "rev0", "rev2", "sold0", "sold2",
             "staff0", "staff2", "use0"],
    "iw03": ["avg_profit", "close0", "dep", "hrev2", "hsold2", "inv", "payback", "rev0", "rev2", "sauce27", "sauce28",
             "sauce29", "sold0", "sold2", "staff0", "sup", "vatcap"],
    "iw04": ["avg_profit", "capy", "close0", "dep", "hmade2", "hrev2", "inv", "made0", "made1", "made2", "open0",
             "payback", "rev0", "rev2", "sold0", "sup0", "tet0"],
    "iw05": ["avg_profit", "capy", "close0", "dep", "hhraw", "hrev2", "hsold2", "inv", "namong0", "namong1", "open0",
             "payback", "raw0", "rev0", "rev2", "sold0", "sold2", "t_prev", "tf0", "ts0", "use0", "use2", "xf0", "xs0"],
    "iw06": ["avg_profit", "capy", "close0", "dep", "hrev2", "hsold2", "inv", "open0", "payback", "rev0", "rev2", "s1",
             "s3", "sold0", "sold2", "staff0"],
    "iw07": ["avg_profit", "cal0", "cal1", "capy", "dep", "hout2", "hrev2", "inv", "out2", "payback", "rev0", "rev2",
             "staff0", "tet0", "use2"],
    "iw08": ["avg_profit", "capy", "dep", "hp2", "hrev2", "inv", "need0", "need2", "p0", "p2", "payback", "rev0", "rev2",
             "sup", "tet0"],
    "iw09": ["avg_profit", "cal0", "cam0", "cam2", "dep", "early1", "g0", "g2", "hg2", "hrev2", "inv", "late0",
             "payback", "rcap", "rev0", "rev2", "staff0", "use2"],
    "iw10": ["capy", "dry0", "dry1", "dry2", "g1", "g2", "hdry2", "hrev2", "need2", "payback", "rev0", "rev2", "staff0",
             "sup", "tet0"],
}
for _k, _v in QUOTED.items():
    PLANS[_k]["quoted"] = _v

ENV_WORDS = (r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm|"
             r"tự hoại|phân ủ|ủ phân")
TEXT_CHECKS.update({
    "iw01": dict(has=["4 tấn/ngày × 100 ngày", "09/01/2030", "TCCS 01:2026/HTXKM", "phiếu kết quả thử nghiệm",
                      "tự công bố", "bản cam kết sản xuất thực phẩm an toàn", "Nhãn hiệu tập thể", "đăng ký môi trường",
                      "cam chanh loại 1: 80 % trước, 20 % sau", "cam bù loại 1: 25 % trước, 75 % sau",
                      "cam loại 2: 70 % trước, 30 % sau", "từ 01/7/2027 đến 30/6/2028"],
                 count=[("Hợp tác xã Cam Khe Mây", 1), ("Cam Khe Mây", 3)]),
    "iw02": dict(has=["bắt đầu từ ngày 01/7 và kết thúc ngày 30/6", "04/01/2030", "TCCS 02:2026/SN", "tự công bố",
                      "phiếu kết quả thử nghiệm", "đăng ký môi trường", "22.500 đồng/kg", "tối thiểu 80 %",
                      "tỷ lệ 62 %", "khoảng 15 %"],
                 count=[("Công ty Cổ phần Nông sản Sông Nghèn", 1), ("Sông Nghèn", 7)]),
    "iw03": dict(has=["1,3 kg cá cơm tươi cho 1 lít", "bảo đảm đủ cho kế hoạch sản xuất của cả ba vụ cá",
                      "TCVN 5107:2018", "tự công bố", "phiếu kết quả thử nghiệm", "Nhãn hiệu", "60 % ngay trong năm",
                      "85.000 đồng/chai"],
                 lacks=[(ENV_WORDS, "an environmental word in the plan without environmental measures"),
                        (r"Nhu cầu cá|cá cần|cân đối|thiếu", "a fish balance row")],
                 count=[("Hộ Độ", 8)]),
    "iw04": dict(has=["[tên sản phẩm]", "……", "đủ để nấu toàn bộ lượng rượu", "không cần mua thêm nồi",
                      "giữ nguyên 8 lao động", "QCVN 6-3:2010/BYT", "Không bán cho người dưới 18 tuổi",
                      "đăng ký môi trường", "Giấy chứng nhận đăng ký tổ hợp tác", "60 lít rượu/ngày",
                      "khoảng 270 ngày", "58.000 đồng/chai"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|Phòng Kinh tế",
                         "an alcohol production licence")],
                 count=[("Yên Hồ", 8)]),
    "iw05": dict(has=["07/01/2030", "Không dùng cho trẻ dưới 1 tuổi", "không ghi công dụng chữa bệnh",
                      "TCCS 01:2026/NT", "tự công bố", "phiếu kết quả thử nghiệm", "115.000 đồng/chai",
                      "1,08 kg mật thô cho 1 kg"],
                 count=[("Mật ong Ngàn Trươi", 3)]),
    "iw06": dict(has=["vùng trồng nghệ nguyên liệu 28 ha, gồm 8 ha do công ty thuê đất trồng và 20 ha của 32 hộ",
                      "Vùng nguyên liệu nghệ ổn định 28 ha", "Nguồn vốn trên bảo đảm đủ cho nhu cầu đầu tư",
                      "30 kg củ tươi cho 1 kg tinh bột", "43/2017/NĐ-CP", "Nhãn hiệu", "đăng ký môi trường",
                      "75.000 đồng/hũ"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
                         "a product standard or quality declaration")],
                 count=[("Hồng Lĩnh Xanh", 2)]),
    "iw07": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Nghi Xuân",
                      "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện",
                      "TCCS 01:2024/ĐT", "tự công bố", "Nhãn hiệu", "đăng ký môi trường", "35.000 đồng/hộp",
                      "từ ngày 01/7 đến ngày 30/6"],
                 lacks=[(r"148/QĐ-TTg|1489", "the current OCOP decisions"),
                        (r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|(?<!\w)QR(?!\w)|ghi nhãn",
                         "a label plan")],
                 count=[("Đông Trà", 3)]),
    "iw08": dict(has=["thỏa thuận miệng", "Nghị định 43/2017/NĐ-CP", "Thẻ treo", "bể 2 ngăn", "170.000 đồng/chiếc",
                      "32 người"],
                 lacks=[(r"đăng ký|giấy chứng nhận|mã số thuế|tổ hợp tác|hợp tác xã|hộ kinh doanh|doanh nghiệp",
                         "a business registration"),
                        (r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "a trademark")],
                 count=[("Hải Hà", 3)]),
    "iw09": dict(has=["14/01/2030", "Luật Du lịch năm 2017", "phòng cháy, chữa cháy", "TCCS 01:2026/KR",
                      "đăng ký môi trường", "60.000 đồng/khách", "40 %", "60 %"],
                 count=[("Đồi Cam Khe Rạn", 3)]),
    "iw10": dict(has=["Thời gian hoàn vốn dự kiến khoảng 1,1 năm", "giữ nguyên 12 lao động",
                      "nhu cầu chè sạch trên thị trường còn rất lớn", "TCCS 01:2026/SH", "Nhãn hiệu",
                      "đăng ký môi trường", "từ ngày 01/02 năm này đến ngày 31/01 năm sau"],
                 lacks=[(r"đại lý|cửa hàng|siêu thị|thương mại điện tử|điểm bán|khách hàng|thương lái|đối thủ|"
                         r"cạnh tranh|hội chợ|người mua", "a customer, channel or competitor")],
                 count=[("Sơn Hồng", 6)]),
})


def check_extra(p: Plan, key: str) -> None:
    if key != "iw07":
        p.lacks(REPLACED, "replaced instrument or district body")
    if key == "iw04":
        swot = p.body.split("# 6/")[1].split("# 7/")[0]
        p.check(len(re.findall(PLACEHOLDER, swot)) == 2, "the two placeholders are not in the SWOT")
        p.check(len(re.findall(PLACEHOLDER, p.body)) == 2, "placeholders outside the SWOT")
    if key == "iw10":
        market = p.body.split("PHẦN THỨ NHẤT")[1].split("PHẦN THỨ HAI")[0]
        prose = "\n".join(ln for ln in market.splitlines() if not ln.lstrip().startswith("#"))
        p.check(not re.search(r"\d|đồng(?! đều)", prose), "the market part names a figure or price")


_check_text = check_text


def check_text(p: Plan, key: str, verdict: str) -> None:  # noqa: F811
    _check_text(p, key, verdict)
    check_extra(p, key)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
