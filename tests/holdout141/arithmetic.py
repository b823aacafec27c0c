"""The hundred-and-forty-first holdout set's own arithmetic, recomputed: what a careful reviewer
checks by hand on plans written as lists.

    .venv/bin/python tests/holdout141/arithmetic.py

Every number is recomputed from the constants at the top (pack counts, prices, norms, staff,
wages, energy rates, fixed assets and lives, shares, investment items and sources, supply,
capacity, history, quarterly shares, channels) and compared with the plan's source: the two
tables (investment; revenue, cost and profit by year) read row by row, the figures in the lists
looked up verbatim. Checked for each full plan: output = Σ packs × pack size; revenue per line =
packs × price, lines summing to the total; each cost line = its norm (raw = output × norm ×
price, packaging = packs × unit cost, wages = staff × wage × 12, energy = output × rate,
depreciation = fixed assets / life, selling and tax = share of the revenue as printed, a fixed
line), lines summing to the total; profit = revenue − cost; average profit; payback =
investment / (average profit + depreciation); investment items summing to the total and equal to
the sources; raw-material need within supply; output within capacity; growth under 20 % a year
(and over 2026); the quarterly calendar and the 2027 channel list summing to the year's output;
the "Thuyết minh cách tính" lines. Planted numeric defects are asserted wrong by more than 5 %
(with the true value beside them), everything else right within 1 %. Textual defects are asserted
through the absence or presence of their words; ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg
and no replaced instrument or district body; no plan keeps a template placeholder; the sketchy
plans have 150–320 words, no table and their few figures.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|(?<!\w)huyện")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def words(self) -> int:
        return len(self.body.split())


def vn(x: float) -> str:
    """The plan's own formatting: thousands dots, one decimal comma only when needed."""
    dec = 0 if abs(x - round(x)) < 1e-9 else 1
    s = f"{abs(x):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def r1(x: float) -> float:
    return float(int(x * 10 + (0.5 if x >= 0 else -0.5))) / 10


# --------------------------------------------------------------------------- constants
# sku: (table label, unit, size in base units, price đ, packs 2027–2029, pack cost đ)
# raw: (table label prefix, norm per base unit, price đ/kg)
C = {
    "el01": dict(stem="el01_nuoc_mam_hai_phu_htx", qty="Sản lượng nước mắm", unit="lít",
                 skus=[("Nước mắm cốt 35 độ đạm chai 500 ml", "chai", 0.5, 75000, [40000, 44000, 48000], 7000),
                       ("Nước mắm 25 độ đạm can 2 lít", "can", 2, 110000, [5000, 5500, 6000], 14000)],
                 raws=[("Cá cơm tươi", 1.25, 20000), ("Muối hạt", 0.42, 3000)],
                 workers=[12, 12, 13], wage=6.5, energy=1500, fixed=1200, life=10, sell=8, tax=1.5, other=60,
                 inv=[("Nhà ủ chượp", 450), ("40 bể composite", 280), ("Máy lọc, máy chiết", 320),
                      ("Kho thành phẩm", 150), ("Thiết kế bao bì", 60), ("Vốn lưu động", 340)],
                 src=[("Vốn góp của thành viên", 700), ("Quỹ đầu tư phát triển của HTX", 300),
                      ("Vay Ngân hàng NN&PTNT", 600)],
                 supply=[50000, 20000], capacity=48000 / 1.25, hist=27500,
                 quarters=[20, 25, 25, 30], channels=[8000, 12000, 6000, 4000]),
    "el02": dict(stem="el02_mat_ong_ngan_truoi_cty", qty="Mật ong thành phẩm", unit="kg",
                 skus=[("Mật ong hoa rừng chai 500 ml", "chai", 0.7, 180000, [9000, 10000, 11000], 12000),
                       ("Mật ong hũ thủy tinh 1 kg", "hũ", 1, 240000, [3000, 3300, 3600], 18000)],
                 raws=[("Mật thô thu mua", 1.05, 100000)],
                 workers=[6, 6, 7], wage=6.5, energy=2000, fixed=900, life=10, sell=7, tax=1.5, other=50,
                 inv=[("Cải tạo xưởng lọc", 220), ("Máy hạ thủy phần", 260), ("Máy chiết rót", 180),
                      ("Mua 200 thùng ong", 240), ("Vốn lưu động", 300)],
                 src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng TMCP", 500)],
                 supply=[650 * 10 + 55 * 100], capacity=150 * 120, hist=8600,
                 quarters=[15, 40, 25, 20], channels=[2500, 2800, 1500, 2500]),
    "el03": dict(stem="el03_che_xanh_son_kim_tht", qty="Chè búp khô", unit="kg",
                 skus=[("Chè búp khô gói 200 g", "gói", 0.2, 60000, [12000, 13000, 14000], 4000),
                       ("Chè búp khô túi 1 kg", "túi", 1, 250000, [1200, 1300, 1400], 3000)],
                 raws=[("Búp chè tươi", 4.6, 11000)],
                 workers=[6, 6, 6], wage=5, energy=7000, fixed=380, life=8, sell=5, tax=1.5, other=20,
                 inv=[("Nhà chế biến", 90), ("Máy diệt men", 150), ("Máy sấy", 100), ("Máy hút chân không", 40),
                      ("Vốn lưu động", 120)],
                 src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
                 supply=[6 * 3500], capacity=60 * 8 * 180 / 4.6, hist=3300,
                 quarters=[10, 35, 35, 20], channels=[1000, 1400, 700, 500]),
    "el04": dict(stem="el04_ruou_nep_tung_lam_hkd", qty="Sản lượng rượu", unit="lít",
                 skus=[("Rượu nếp chai 500 ml", "chai", 0.5, 65000, [16000, 17500, 19000], 8000),
                       ("Rượu nếp bình 2 lít", "bình", 2, 220000, [1500, 1650, 1800], 25000)],
                 raws=[("Gạo nếp cái hoa vàng", 1.4, 28000)],
                 workers=[5, 5, 6], wage=6, energy=3000, fixed=510, life=10, sell=5, tax=2, other=30,
                 inv=[("Nhà nấu", 200), ("Nồi chưng cất", 140), ("Chum hạ thổ", 110), ("Hệ thống xử lý", 60),
                      ("Vốn lưu động", 190)],
                 src=[("Vốn của hộ", 400), ("Vay Ngân hàng NN&PTNT", 300)],
                 supply=[20000], capacity=min(300 * 0.12 * 2 * 300, 15000), hist=10200,
                 quarters=[20, 20, 20, 40], channels=[3000, 4500, 2500, 1000]),
    "el05": dict(stem="el05_keo_cu_do_xuan_vien_cty", qty="Sản lượng kẹo", unit="kg",
                 skus=[("Kẹo cu đơ hộp 300 g", "hộp", 0.3, 52000, [40000, 44000, 48000], 4500),
                       ("Kẹo cu đơ thanh 100 g", "thanh", 0.1, 16000, [60000, 65000, 70000], 1000)],
                 raws=[("Lạc nhân", 0.45, 55000), ("Mật mía, đường, gừng", 0.5, 30000), ("Bánh đa nướng", 0.15, 40000)],
                 workers=[10, 10, 11], wage=6, energy=4000, fixed=1050, life=10, sell=6, tax=1.5, other=60,
                 inv=[("Mở rộng xưởng", 380), ("Nồi nấu mật", 260), ("Máy cán", 240), ("Máy đóng gói", 170),
                      ("Thiết kế bao bì", 100), ("Vốn lưu động", 350)],
                 src=[("Vốn tự có của công ty", 600), ("Vay Ngân hàng TMCP", 700)],
                 supply=[12000, 15000, 4000], capacity=6 * 100 * 280, hist=16600,
                 quarters=[30, 15, 15, 40], channels=[6000, 8000, 2500, 1500]),
    "el06": dict(stem="el06_gio_lua_dong_mon_htx", qty="Giò lụa", unit="kg",
                 skus=[("Giò lụa cây 1 kg", "cây", 1, 240000, [9000, 10500, 12000], 6000),
                       ("Giò lụa cây 500 g", "cây", 0.5, 125000, [6000, 6000, 8000], 4000)],
                 raws=[("Thịt lợn nạc", 1.1, 110000)],
                 workers=[7, 7, 8], wage=6.5, energy=6000, fixed=700, life=10, sell=5, tax=1.5, other=40,
                 inv=[("Cải tạo xưởng", 250), ("Máy xay giò", 180), ("Nồi luộc giò", 170), ("Máy hút chân không", 100),
                      ("Vốn lưu động", 300)],
                 src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng NN&PTNT", 500)],
                 supply=[10000 + 4000 + 2000], capacity=20 * 30 * 280, hist=11200,
                 quarters=[30, 20, 20, 30], channels=[4000, 3500, 3000, 1500]),
    "el07": dict(stem="el07_banh_ram_truong_son_tht", qty="Số bánh", unit="cái",
                 skus=[("Bánh ram hộp 10 cái", "hộp", 10, 45000, [18000, 20000, 23000], 3500),
                       ("Bánh ram bán lẻ", "cái", 1, 3500, [90000, 100000, 114000], 200)],
                 raws=[("Bột nếp, nhân, gia vị", 0.035, 35000)], pack_label="Hộp giấy, túi màng",
                 workers=[6, 6, 6], wage=5, energy=200, fixed=180, life=6, sell=5, tax=1.5, other=12,
                 inv=[("Máy xay bột", 70), ("2 chảo chiên", 60), ("Bàn inox", 20), ("Sửa lại bếp", 30),
                      ("Vốn lưu động", 70)],
                 src=[("Vốn góp của tổ viên", 150), ("Vay Ngân hàng Chính sách xã hội", 100)],
                 supply=[13000], capacity=2 * 600 * 260, hist=250000,
                 quarters=[25, 25, 25, 25], channels=[90000, 120000, 60000]),
    "el08": dict(stem="el08_dau_lac_kim_thuy_hkd", qty="Dầu lạc", unit="lít",
                 skus=[("Dầu lạc chai 1 lít", "chai", 1, 140000, [9000, 10000, 11000], 6000),
                       ("Dầu lạc can 5 lít", "can", 5, 650000, [400, 450, 500], 15000),
                       ("Khô dầu lạc", "kg", 0, 12000, [16500, 18375, 20250], 0)],
                 raws=[("Lạc nhân", 2.5, 30000)],
                 workers=[4, 4, 4], wage=6, energy=2500, fixed=480, life=8, sell=5, tax=1.5, other=25,
                 inv=[("Máy ép dầu", 210), ("Máy rang lạc", 110), ("Bồn lắng", 80), ("Kho chứa lạc", 80),
                      ("Vốn lưu động", 170)],
                 src=[("Vốn của hộ", 350), ("Vay Ngân hàng NN&PTNT", 350)],
                 supply=[25 * 1700], capacity=60 * 8 * 250 / 2.5, hist=10200,
                 quarters=[25, 25, 20, 30], channels=[3000, 5000, 2000, 1000]),
    "el09": dict(stem="el09_tra_ca_gai_leo_hong_linh_cty", qty="Sản lượng", unit="kg trà",
                 skus=[("Trà cà gai leo túi lọc hộp 25 gói", "hộp", 0.05, 65000, [20000, 40000, 72000], 9000)],
                 raws=[("Cà gai leo khô", 1.1, 90000)], other_label="Quản lý, chi khác",
                 workers=[6, 7, 8], wage=6.5, energy=10000, fixed=620, life=10, sell=6, tax=1.5, other=30,
                 inv=[("Máy sấy, máy nghiền", 180), ("Máy đóng trà", 320), ("Cải tạo phòng", 120), ("Vốn lưu động", 180)],
                 src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng TMCP", 300)],
                 supply=[8 * 1500], capacity=30 * 60 * 8 * 250 / 25 * 0.05, hist=15500 * 0.05,
                 quarters=[25, 25, 25, 25], channels=None),
    "el10": dict(stem="el10_muc_mot_nang_hung_thinh", qty="Mực một nắng", unit="kg",
                 skus=[("Mực một nắng loại 1", "kg", 1, 550000, [3000, 3300, 3600], 8000),
                       ("Mực một nắng loại 2", "kg", 1, 400000, [2000, 2200, 2400], 8000)],
                 raws=[("Mực ống tươi", 1.8, 130000)],
                 workers=[6, 6, 7], wage=6.5, energy=8000, fixed=900, life=8, sell=4, tax=1.5, other=30,
                 inv=[("Nhà sơ chế", 300), ("Giàn phơi inox", 180), ("Tủ cấp đông", 380), ("Máy hút chân không", 40),
                      ("Vốn lưu động", 500)],
                 src=[("Vốn của gia đình", 800), ("Vay Ngân hàng NN&PTNT", 600)],
                 supply=None, capacity=60 * 150, hist=4600,
                 quarters=[10, 40, 40, 10], channels=[2000, 1500, 1000, 500]),
}


def expected(c: dict, rev_over: dict | None = None) -> dict:
    """The plan's numbers recomputed from its constants (money in triệu đồng, one decimal)."""
    e = {"base": [sum(q[y] * size for _, _, size, _, q, _ in c["skus"]) for y in Y]}
    e["rev_sku"] = [[r1(q[y] * price / 1e6) for y in Y] for _, _, _, price, q, _ in c["skus"]]
    for (i, y), val in (rev_over or {}).items():
        e["rev_sku"][i][y] = val
    e["rev"] = [r1(sum(x[y] for x in e["rev_sku"])) for y in Y]
    e["need"] = [[e["base"][y] * norm for y in Y] for _, norm, _ in c["raws"]]
    lines = [(lab, [r1(n[y] * price / 1e6) for y in Y]) for (lab, norm, price), n in zip(c["raws"], e["need"])]
    lines.append((c.get("pack_label", "Bao bì, nhãn, thùng"),
                  [r1(sum(q[y] * pc for _, _, _, _, q, pc in c["skus"]) / 1e6) for y in Y]))
    lines.append(("Nhân công", [r1(c["workers"][y] * c["wage"] * 12) for y in Y]))
    lines.append(("Điện, nước, nhiên liệu", [r1(e["base"][y] * c["energy"] / 1e6) for y in Y]))
    lines.append(("Khấu hao tài sản cố định", [r1(c["fixed"] / c["life"])] * 3))
    lines.append(("Bán hàng, quảng bá", [r1(e["rev"][y] * c["sell"] / 100) for y in Y]))
    lines.append((c.get("other_label", "Quản lý, kiểm nghiệm, chi khác"), [c["other"]] * 3))
    lines.append(("Thuế, phí", [r1(e["rev"][y] * c["tax"] / 100) for y in Y]))
    e["lines"] = lines
    e["cost"] = [r1(sum(l[1][y] for l in lines)) for y in Y]
    e["profit"] = [r1(e["rev"][y] - e["cost"][y]) for y in Y]
    e["dep"] = r1(c["fixed"] / c["life"])
    e["avg"] = r1(sum(e["profit"]) / 3)
    e["inv"] = sum(x for _, x in c["inv"])
    e["src"] = sum(x for _, x in c["src"])
    e["payback"] = r1(e["inv"] / (e["avg"] + e["dep"]))
    return e


def payback_stated(p: Plan) -> float:
    m = re.search(r"(?:Thời gian hoàn vốn|Hoàn vốn): [^\n]*?(?:≈|khoảng) ([\d,]+) năm", p.body)
    if not m:
        p.failures.append("payback sentence not found")
        return 0.0
    return plancheck.vn(m.group(1))


def full(key: str, planted: set[str] = frozenset(), rev_over: dict | None = None,
         profit_over: dict | None = None, inv_total: float | None = None) -> tuple[Plan, dict]:
    """Checks shared by the ten full plans; a planted defect named in `planted` is skipped here
    and asserted by the plan's own function."""
    c = C[key]
    p = Plan(c["stem"])
    e = expected(c, rev_over)
    base = p.row(f"{c['qty']} ({c['unit']})")
    p.check(all(close(base[y], e["base"][y]) for y in Y), f"output {base} != {e['base']}")
    rev = p.row("Doanh thu |")
    p.check(all(close(rev[y], e["rev"][y]) for y in Y), f"revenue {rev} != {e['rev']}")
    for (lab, *_), want in zip(c["skus"], e["rev_sku"]):
        got = p.row(lab)
        p.check(all(close(got[y], want[y]) for y in Y), f"revenue line {lab} {got} != {want}")
    got_lines = []
    for lab, want in e["lines"]:
        got = p.row(lab)
        got_lines.append(got)
        p.check(all(close(got[y], want[y]) for y in Y), f"cost line {lab} {got} != {want}")
    cost = p.row("Tổng chi phí |")
    p.check(all(close(cost[y], e["cost"][y]) and close(cost[y], sum(g[y] for g in got_lines)) for y in Y),
            f"cost total {cost} != {e['cost']}")
    prof = p.row("Lợi nhuận |")
    for y in Y:
        if (profit_over or {}).get(y) is None:
            p.check(close(prof[y], rev[y] - cost[y]) and close(prof[y], e["profit"][y]), f"profit {y}")
    # investment table and the sources list
    for lab, x in c["inv"]:
        p.check(close(p.one(lab), x), f"investment item {lab}")
    total = p.one("Tổng cộng")
    if "table-total-mismatch" not in planted:
        p.check(close(total, e["inv"]), f"investment total {total} != {e['inv']}")
    for lab, x in c["src"]:
        p.has(f"+ {lab}: {vn(x)} triệu đồng")
    if "capital-mismatch" not in planted and "table-total-mismatch" not in planted:
        p.check(close(e["src"], e["inv"]), f"sources {e['src']} != investment {e['inv']}")
        p.has(f"Tổng vốn đầu tư: {vn(e['inv'])} triệu đồng")
    # payback, average
    if "payback-mismatch" not in planted and "profit-mismatch" not in planted and "table-total-mismatch" not in planted:
        p.check(close(payback_stated(p), e["payback"], 0.051), f"payback {payback_stated(p)} != {e['payback']}")
        p.has(f"{vn(e['avg'])} triệu đồng/năm")
    # raw material, capacity, growth
    for i, (lab, norm, price) in enumerate(c["raws"]):
        for y in Y:
            p.has(f"{vn(e['need'][i][y])} ")
        if c["supply"] and "material-shortfall" not in planted:
            p.check(all(e["need"][i][y] <= c["supply"][i] for y in Y), f"need {lab} within supply {c['supply'][i]}")
    if "capacity-exceeded" not in planted:
        p.check(all(e["base"][y] <= c["capacity"] for y in Y), f"output within capacity {c['capacity']}")
    if "unrealistic-growth" not in planted:
        p.check(e["base"][0] / c["hist"] < 1.2, "2027 within 20 % of 2026")
        p.check(all(e["base"][y] / e["base"][y - 1] < 1.2 and e["rev"][y] / e["rev"][y - 1] < 1.2 for y in (1, 2)),
                "growth under 20 % a year")
    # calendar and channels
    qs = [e["base"][0] * s / 100 for s in c["quarters"]]
    p.check(sum(c["quarters"]) == 100 and close(sum(qs), e["base"][0]), "quarters sum to the year")
    for s, x in zip(c["quarters"], qs):
        p.has(f"{vn(x)} {c['unit'] if key != 'el09' else 'kg'} ({s}%)")
    if c["channels"]:
        want = e["base"][0] if key != "el07" else None
        if key == "el07":  # 90.000 cái loose + 12.000 + 6.000 boxes
            p.check(c["channels"][0] == c["skus"][1][4][0] and (c["channels"][1] + c["channels"][2]) / 10
                    == c["skus"][0][4][0], "el07 channels = loose cakes + boxes")
        else:
            p.check(close(sum(c["channels"]), want), f"channels {sum(c['channels'])} != {want}")
    # the explanation lines under the table
    if key != "el09":
        for y in Y:
            for i, (lab, unit, size, price, q, pc) in enumerate(c["skus"]):
                p.has(f"{vn(q[y])} {unit} × {vn(price)} đ = {vn(e['rev_sku'][i][y])} triệu đồng")
    p.has(f"{vn(c['fixed'])} : {c['life']} năm = {vn(e['dep'])} triệu đồng/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p, e


def ready(key: str, *snippets: str) -> Plan:
    p, e = full(key)
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "TCCS", *snippets)
    p.check(all(10 <= (e["profit"][y] / e["rev"][y]) * 100 <= 35 for y in Y), "margins 10–35 %")
    return p


# --------------------------------------------------------------------------- ready plans

def el01() -> Plan:
    p = ready("el01", "mã số 3002417736", "11 thành viên", "đăng ký môi trường", "Mã lô", "bể lắng 3 ngăn")
    p.check(close(48000 / 1.25, 38400) and 45000 <= 48000, "40 bể × 1,2 tấn = 48 tấn ≥ 45 tấn cá (2029)")
    return p


def el02() -> Plan:
    p = ready("el02", "mã số 3001998254", "Nghị định số 05/2025/NĐ-CP", "tem QR", "Luật Doanh nghiệp năm 2020")
    p.check(650 * 10 + 55 * 100 == 12000 and 150 * 120 == 18000, "supply 12.000 kg, capacity 18.000 kg")
    return p


def el03() -> Plan:
    p = ready("el03", "Hợp đồng hợp tác", "mã lô", "86.400 kg búp/năm", "21.000 kg")
    p.check(60 * 8 * 180 == 86400 and 6 * 3500 == 21000, "capacity 86,4 tấn leaf, supply 21 tấn")
    return p


def el04() -> Plan:
    p = ready("el04", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "17/2020/NĐ-CP",
              "15.000 lít/năm", "đăng ký môi trường", "Bỗng rượu", "mã lô", "28F8006417")
    p.check(300 * 0.12 * 2 * 300 == 21600 and 13100 <= 15000, "still 21.600 l; 2029 within the 15.000 l licence")
    return p


# --------------------------------------------------------------------------- revise plans

def el05() -> Plan:
    p, e = full("el05", {"capital-mismatch"})
    p.has("- Tổng vốn đầu tư: 1.500 triệu đồng, trong đó:", "+ Vốn tự có của công ty: 600 triệu đồng",
          "+ Vay Ngân hàng TMCP: 700 triệu đồng")
    p.check(e["inv"] == 1500 and e["src"] == 1300 and off(e["src"], e["inv"]),
            f"PLANTED capital-mismatch: sources {e['src']} != total {e['inv']} (-13,3 %)")
    p.check(close(payback_stated(p), e["payback"], 0.051), "payback on the 1.500")
    p.check(p.count("Công ty Cổ phần Kẹo Hồng Lam") == 2 and p.count("Công ty Cổ phần Thực phẩm Xuân Viên") == 1
            and p.count("CÔNG TY CỔ PHẦN THỰC PHẨM XUÂN VIÊN") == 1,
            "PLANTED name-inconsistent: another company's name twice")
    p.lacks(r"truy xuất|\blô\b|mã lô|\bQR\b|nhật ký|sổ ghi|sổ theo dõi|lưu mẫu|kiểm soát|mã vạch|kiểm tra chất lượng",
            "PLANTED no-quality-control")
    p.has("TCCS 01:2026/XV", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "an toàn thực phẩm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def el06() -> Plan:
    p, e = full("el06", {"material-shortfall"})
    need29, supply = e["need"][0][2], C["el06"]["supply"][0]
    p.check(need29 == 17600 and supply == 16000 and off(need29, supply) and e["need"][0][1] <= supply,
            f"PLANTED material-shortfall: 2029 needs {need29} kg against {supply} kg (+10 %)")
    p.has("+ Tổng: 16.000 kg/năm", "+ Năm 2029: 17.600 kg", "đủ nguyên liệu cho cả giai đoạn")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|bể lắng|tự hoại|mùi hôi|thu gom", "PLANTED no-environment-measures")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "huyện Thạch Hà")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current instruments are not cited")
    return p


def el07() -> Plan:
    p, e = full("el07", {"capacity-exceeded", "profit-mismatch"}, profit_over={1: 349.2})
    cap = 2 * 600 * 260
    p.check(cap == 312000 and e["base"][2] == 344000 and off(e["base"][2], cap) and e["base"][1] <= cap,
            "PLANTED capacity-exceeded: 344.000 cái against 312.000 (+10,3 %)")
    p.has("2 chảo chiên điện, mỗi chảo 600 cái/ngày", "260 ngày/năm", "Không đầu tư thêm chảo")
    prof = p.row("Lợi nhuận |")
    rev, cost = p.row("Doanh thu |"), p.row("Tổng chi phí |")
    p.check(prof[1] == 349.2 and close(rev[1] - cost[1], 249.2) and off(prof[1], rev[1] - cost[1]),
            "PLANTED profit-mismatch: 2028 349,2 != 1.250 − 1.000,8 = 249,2")
    savg = r1((prof[0] + prof[1] + prof[2]) / 3)
    p.check(close(payback_stated(p), r1(250 / (savg + 30)), 0.051) and off(payback_stated(p), e["payback"]),
            "tolerated payback knock-on: 0,8 on the stated profits, 0,9 on the true ones")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch", "PLANTED no-label-plan")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def el08() -> Plan:
    p, e = full("el08", {"table-total-mismatch"})
    total = p.one("Tổng cộng")
    p.check(total == 700 and e["inv"] == 650 and off(total, e["inv"]),
            "PLANTED table-total-mismatch: table total 700 != items 650 (+7,7 %)")
    p.check(e["src"] == 700 and off(e["src"], e["inv"]), "tolerated capital knock-on: sources 700 match the wrong total")
    p.check(close(payback_stated(p), r1(700 / (e["avg"] + e["dep"])), 0.051) and off(payback_stated(p), e["payback"]),
            "tolerated payback knock-on: 1,5 on 700, 1,4 on 650")
    staff = [p.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(staff) == p.one("Cộng") == 4 == C["el08"]["workers"][0], "staff table sums to 4, the wage line's 4")
    p.has("- Lao động thường xuyên: 7 người")
    p.check(off(7, 4), "PLANTED figure-inconsistent: 7 workers in the producer list, 4 in the staff table")
    p.lacks(r"an toàn thực phẩm|\bATTP\b|15/2018|cam kết|vệ sinh", "PLANTED no-food-safety")
    p.has("TCCS 01:2027/KT", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "28G8012735")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def el09() -> Plan:
    p, e = full("el09", {"unrealistic-growth"}, rev_over={(0, 0): 1450})
    true27 = 20000 * 65000 / 1e6
    p.has("+ Sản lượng: 20.000 hộp", "+ Giá bán: 65.000 đ/hộp", "+ Doanh thu: 1.450 triệu đồng")
    p.check(true27 == 1300 and off(1450, true27), "PLANTED revenue-mismatch: 1.450 != 20.000 × 65.000 = 1.300 (+11,5 %)")
    q = C["el09"]["skus"][0][4]
    p.check(q[1] / q[0] == 2 and q[2] / q[1] == 1.8 and e["rev"][2] / e["rev"][1] == 1.8,
            "PLANTED unrealistic-growth: ×2,0 then ×1,8 through the same channels")
    p.has("Kênh bán giữ như hiện nay")
    p.check(e["base"][2] <= C["el09"]["capacity"] and e["need"][0][2] <= C["el09"]["supply"][0],
            "the machine (144.000 hộp) and the 12 tấn supply do cover 2029: growth, not capacity, is planted")
    true = expected(C["el09"])
    p.check(close(payback_stated(p), e["payback"], 0.051) and off(payback_stated(p), true["payback"]),
            f"tolerated payback knock-on: {vn(e['payback'])} on the inflated 2027 profit, {vn(true['payback'])} on the true one")
    p.lacks(r"TCCS|tiêu chuẩn|công bố|QCVN|TCVN|kiểm nghiệm|quy chuẩn", "PLANTED no-product-standard")
    p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def el10() -> Plan:
    p, e = full("el10", {"payback-mismatch"})
    stated = payback_stated(p)
    p.check(stated == 1.2 and close(e["payback"], 2.2, 0.03) and off(stated, e["payback"]),
            f"PLANTED payback-mismatch: 1,2 years != 1.400 : ({vn(e['avg'])} + {vn(e['dep'])}) = {vn(e['payback'])}")
    heads = [l for l in p.body.splitlines() if l.startswith("# ")]
    p.check(not any(re.search(r"nguyên liệu|liên kết|cung ứng", h, re.I) for h in heads) and len(heads) == 17,
            "PLANTED missing-section: no raw-material heading")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|Giấy chứng nhận đăng ký|hợp tác xã",
            "PLANTED no-business-registration")
    p.has("Bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2027/HT", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(REPLACED, "no replaced instrument")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("el11_choi_dot_tan_phu_so_sai")
    a.check(12000 * 25000 == 300e6, "12.000 × 25.000 = 300 triệu")
    a.has("khoảng 12.000 cái", "25.000 đồng/cái", "khoảng 300 triệu đồng/năm")
    a.check(not a.rows and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|sổ ghi|vốn đầu tư|"
            r"chi phí|lợi nhuận|đại lý|cửa hàng|siêu thị|trực tuyến", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("el12_banh_da_vung_truong_luu_so_sai")
    b.check(4000 * 30000 == 120e6, "4.000 × 30.000 = 120 triệu")
    b.has("khoảng 4.000 chục", "30.000 đồng/chục", "khoảng 120 triệu đồng/năm")
    b.check(not b.rows and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|sổ ghi|"
            r"vốn đầu tư|chi phí|lợi nhuận|đại lý|cửa hàng|siêu thị|trực tuyến", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (el01, el02, el03, el04, el05, el06, el07, el08, el09, el10)]
                            + sketchy())


if __name__ == "__main__":
    sys.exit(main())
