"""The hundred-and-thirty-fourth holdout set's own arithmetic, recomputed from constants.

    .venv/bin/python tests/holdout134/arithmetic.py

Theme: the figures stand in appendices ("Phụ lục 1 … 5", "Phụ lục I", "PL 2", "Phụ lục số 03").
For every full plan the constants below (pack sizes, prices, pack costs, raw-material norm and
price, supply, staff and wage, energy rate, investment items and sources, asset life, loan
balances and rate, selling share, fixed costs, history, capacity) are multiplied out to every
table cell the plan prints: production plan, raw-material balance, investment and sources,
revenue, cost, profit, margin, payback. Each table is looked up by its caption and compared cell by
cell with the printed figure: planted numeric defects must differ from the true value by more
than 5 % (and equal what the plan prints), knock-ons are listed with what they print, every other
number must be right within 1 %. Key figures repeated in the body are looked up verbatim. The
textual defects are asserted through the absence (or presence) of their words; ready plans cite
the instruments in force and no replaced one; no plan keeps a template placeholder.
"""

from __future__ import annotations

import re

import yaml
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng Nông nghiệp")

# --------------------------------------------------------------------------- constants
# lines: (label in the tables, size in output units, price đ, [packs 2027, 2028, 2029], pack cost đ, raw basis)
# raw basis: raw-material units per pack (default: size × norm).
SPEC: dict[str, dict] = {
    "ee01_ruou_nep_sim_thach_xuan_htx": dict(
        unit="lít", raw="gạo nếp", norm=1.25, rawprice=24000,
        lines=[("Rượu nếp sim chai 500 ml", 0.5, 95000, [14000, 16000, 18000], 9000),
               ("Rượu nếp sim bình 2 lít", 2.0, 300000, [1500, 1700, 1900], 22000)],
        hist=[7600, 8400, 9200], histprice=[160000, 166000, 171000],
        cap=(45, 300), staff=[9, 10, 10], wage=6.0, energy=6000,
        supply=[("Gạo nếp do thành viên HTX sản xuất", [8000, 8000, 8000]),
                ("Gạo nếp mua theo hợp đồng liên kết", [6000, 7000, 8000])],
        invest=[("Cải tạo nhà xưởng, kho rượu", 250, True), ("Nồi nấu, hệ thống chưng cất inox", 320, True),
                ("Chum, thùng ủ và lọc", 130, True), ("Máy chiết rót, đóng nắp", 100, True),
                ("Thiết kế bao bì, nhãn, mã QR", 50, False), ("Vốn lưu động", 350, False)],
        sources=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp", 500), ("Quỹ phát triển HTX", 200)],
        life=10, loan=[500, 350, 200], rate=0.08, sell=0.06, other=60, tax=0.0,
    ),
    "ee02_tra_ca_gai_leo_phu_viet_cty": dict(
        unit="kg", raw="cà gai leo khô", norm=1.1, rawprice=55000,
        lines=[("Trà túi lọc hộp 25 túi (50 g)", 0.05, 38000, [40000, 45000, 50000], 6000),
               ("Trà cà gai leo gói 200 g", 0.2, 90000, [12000, 13500, 15000], 8000),
               ("Cao cà gai leo hũ 100 g", 0.1, 150000, [3000, 3400, 3800], 12000)],
        basis=[0.05 * 1.1, 0.2 * 1.1, 0.1 * 8.0],
        hist=[3700, 4100, 4500], histprice=[584000, 604000, 623000],
        cap=(25, 250), staff=[12, 13, 13], wage=6.5, energy=9000,
        supply=[("Vùng trồng của công ty (6 ha)", [6000, 6000, 6000]),
                ("Mua theo hợp đồng với 24 hộ liên kết", [4500, 5500, 6500])],
        invest=[("Nhà sơ chế, kho khô 120 m²", 300, True), ("Máy sấy, máy nghiền", 260, True),
                ("Máy đóng túi lọc tự động", 420, True), ("Nồi cô cao chân không", 220, True),
                ("Tiêu chuẩn, kiểm nghiệm, bao bì", 100, False), ("Vốn lưu động", 500, False)],
        sources=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại", 600), ("Hỗ trợ theo chính sách OCOP của tỉnh", 200)],
        life=8, loan=[600, 400, 200], rate=0.085, sell=0.07, other=120, tax=0.0,
    ),
    "ee03_mat_ong_huong_lien_hkd": dict(
        unit="kg", raw="mật ong thô", norm=1.06, rawprice=0,
        lines=[("Mật ong chai 500 g", 0.5, 130000, [6000, 6600, 7200], 7000),
               ("Mật ong hũ 1 kg", 1.0, 240000, [2000, 2200, 2400], 10000)],
        hist=[4200, 4500, 4600], histprice=[227000, 234000, 242000],
        cap=(60, 120), staff=[5, 5, 6], wage=5.5, energy=3000,
        supply=[("Mật thô từ 260 đàn ong của hộ (20 kg/đàn)", [5200, 5200, 5200]),
                ("Mật thô mua của 6 hộ nuôi ong liên kết", [600, 900, 1200])],
        buyprice=180000, ownbee=(260, 800000),
        invest=[("Thùng ong, đàn giống bổ sung", 120, True), ("Máy quay mật, thùng lắng inox", 90, True),
                ("Máy hạ thủy phần mật ong", 180, True), ("Phòng chiết rót 40 m²", 110, True),
                ("Bao bì, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 150, False)],
        sources=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, sell=0.05, other=40, tax=0.015,
    ),
    "ee04_du_lich_cong_dong_khe_che_tht": dict(
        unit="lượt khách", raw="thực phẩm tươi", norm=0.6, rawprice=90000,
        lines=[("Khách lưu trú 1 đêm (gồm 3 bữa ăn)", 1, 650000, [2400, 2700, 3000], 40000),
               ("Khách tham quan trong ngày (1 bữa ăn)", 1, 250000, [5200, 5800, 6400], 15000),
               ("Trải nghiệm làm bánh, chèo thuyền (lượt)", 0, 120000, [3000, 3400, 3800], 10000)],
        basis=[1.8, 0.6, 0],
        hist=[5400, 6300, 7000], histprice=[382000, 394000, 407000],
        cap=(40, 250), staff=[14, 15, 16], wage=5.5, energy=20000,
        supply=[("Rau, cá, gà của 12 hộ tổ viên", [6000, 6000, 6000]),
                ("Mua của 10 hộ trong thôn theo hợp đồng", [3000, 3500, 4000])],
        invest=[("Cải tạo 6 nhà sàn lưu trú (24 giường)", 600, True), ("Nhà ăn cộng đồng 120 chỗ", 350, True),
                ("Thuyền, áo phao, dụng cụ trải nghiệm", 120, True), ("Nhà vệ sinh, bể xử lý nước thải", 180, True),
                ("Biển chỉ dẫn, website, quảng bá", 50, False), ("Vốn lưu động", 200, False)],
        sources=[("Vốn góp của 12 tổ viên", 600), ("Vay Ngân hàng Nông nghiệp", 700), ("Hỗ trợ du lịch nông thôn của tỉnh", 200)],
        life=10, loan=[700, 500, 300], rate=0.08, sell=0.05, other=80, tax=0.0,
        labels={"raw": "Thực phẩm chế biến bữa ăn", "pack": "Đồ dùng cho khách"},
    ),
    "ee05_nuoc_mam_cua_sot_cty": dict(
        unit="lít", raw="cá cơm tươi", norm=1.35, rawprice=22000,
        lines=[("Nước mắm cốt 40 độ đạm chai 500 ml", 0.5, 90000, [40000, 44000, 48000], 8000),
               ("Nước mắm 25 độ đạm can 2 lít", 2.0, 110000, [8000, 8800, 9600], 14000)],
        hist=[30000, 32500, 34500], histprice=[112000, 115000, 119000],
        cap=(160, 280), staff=[14, 15, 15], wage=6.5, energy=1500,
        supply=[("Cá cơm của 5 tàu khai thác ký hợp đồng", [60000, 60000, 60000]),
                ("Cá mua tại cảng cá", [10000, 12000, 14000])],
        invest=[("Bể chượp composite 30 bể", 360, True), ("Nhà lọc, kho thành phẩm", 420, True),
                ("Máy lọc, máy chiết rót", 240, True), ("Xe tải nhỏ giao hàng", 380, True),
                ("Bao bì, nhãn mới", 60, False), ("Vốn lưu động", 540, False)],
        sources=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng TMCP", 1000)],
        life=10, loan=[1000, 700, 400], rate=0.085, sell=0.06, other=150, tax=0.0,
    ),
    "ee06_ruou_nep_cai_an_loc_hkd": dict(
        unit="lít", raw="gạo nếp cái", norm=1.25, rawprice=26000,
        lines=[("Rượu nếp cái chai 500 ml", 0.5, 80000, [12000, 14000, 16000], 8000),
               ("Rượu nếp cái can 5 lít", 5.0, 500000, [600, 700, 800], 20000)],
        hist=[8500, 8800, 8900], histprice=[126000, 130000, 134000],
        cap=(50, 280), staff=[5, 6, 6], wage=5.5, energy=5000,
        supply=[("Gạo nếp cái từ ruộng của hộ (1,2 ha)", [7200, 7200, 7200]),
                ("Gạo nếp mua của 5 hộ trong thôn", [5000, 5000, 5000])],
        invest=[("Nồi chưng cất inox 200 lít", 160, True), ("Chum sành, thùng ủ inox", 90, True),
                ("Máy lọc, máy chiết chai", 110, True), ("Mở rộng gian ủ rượu", 140, True),
                ("Bao bì, nhãn", 40, False), ("Vốn lưu động", 160, False)],
        sources=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066, sell=0.05, other=40, tax=0.015,
    ),
    "ee07_cao_che_vang_son_tien_htx": dict(
        unit="kg", raw="lá, thân chè vằng tươi", norm=8.0, rawprice=12000,
        lines=[("Cao chè vằng hộp 200 g", 0.2, 120000, [15000, 16500, 18000], 9000),
               ("Chè vằng khô gói 500 g", 0.5, 60000, [4000, 4400, 4800], 4000)],
        basis=[0.2 * 8.0, 0.5 * 3.0],
        hist=[3800, 4200, 4500], histprice=[367000, 379000, 392000],
        cap=(30, 250), staff=[8, 9, 9], wage=5.5, energy=12000,
        supply=[("Vùng chè vằng của thành viên (7 ha)", [28000, 28000, 28000]),
                ("Thu mua của hộ ngoài HTX theo hợp đồng", [8000, 9000, 10000])],
        invest=[("Nhà chế biến 150 m²", 350, True), ("Nồi nấu cao 2 vỏ, máy cô đặc", 300, True),
                ("Máy thái, lò sấy", 150, True), ("Máy ép khuôn, đóng hộp", 100, True),
                ("Bao bì, nhãn", 50, False), ("Vốn lưu động", 250, False)],
        sources=[("Vốn góp thành viên", 500), ("Vay Ngân hàng Nông nghiệp", 300), ("Hỗ trợ phát triển HTX", 150)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=0.05, other=60, tax=0.0,
    ),
    "ee08_moc_my_nghe_thai_yen_cty": dict(
        unit="sản phẩm", raw="gỗ xẻ (m³)", norm=1.0, rawprice=9000000,
        lines=[("Bộ bàn ghế gỗ chạm (bộ)", 1, 18000000, [120, 130, 140], 300000),
               ("Tượng, tranh gỗ mỹ nghệ (chiếc)", 1, 2500000, [900, 1000, 1100], 60000),
               ("Hộp, khay gỗ quà tặng (chiếc)", 1, 350000, [3000, 3300, 3600], 20000)],
        basis=[1.2, 0.05, 0.008],
        hist=[3400, 3700, 3900], histprice=[1222000, 1263000, 1304000],
        cap=(15, 280), staff=[22, 24, 25], wage=7.0, energy=30000,
        supply=[("Gỗ keo, xoan hợp pháp của công ty lâm nghiệp (hợp đồng)", [180, 200, 220]),
                ("Gỗ mua của 3 xưởng xẻ trong tỉnh", [60, 60, 60])],
        invest=[("Mở rộng xưởng mộc 300 m²", 600, True), ("Máy CNC khắc gỗ 4 đầu", 750, True),
                ("Máy bào, cưa, chà nhám", 300, True), ("Buồng sơn, hút bụi", 250, True),
                ("Showroom, catalogue", 100, False), ("Vốn lưu động", 1000, False)],
        sources=[("Vốn chủ sở hữu", 1600), ("Vay Ngân hàng TMCP", 1400)],
        life=10, loan=[1400, 1000, 600], rate=0.09, sell=0.06, other=200, tax=0.0,
    ),
    "ee09_gio_lua_xuan_an_tht": dict(
        unit="kg", raw="thịt lợn nạc mông", norm=1.15, rawprice=125000,
        lines=[("Giò lụa cây 1 kg", 1.0, 230000, [9000, 9800, 10600], 6000),
               ("Giò lụa cây 0,5 kg", 0.5, 120000, [6000, 6500, 7000], 4000)],
        hist=[9200, 10000, 11000], histprice=[209000, 216000, 223000],
        cap=(60, 300), staff=[7, 8, 8], wage=6.0, energy=4000,
        supply=[("Thịt lợn của 2 trang trại ký hợp đồng", [12000, 12000, 12000]),
                ("Thịt mua tại lò mổ tập trung", [3000, 4000, 5000])],
        invest=[("Máy xay giết thịt công nghiệp", 180, True), ("Tủ cấp đông, kho mát", 150, True),
                ("Nồi luộc hơi, bàn inox", 90, True), ("Cải tạo bếp chế biến một chiều", 180, True),
                ("Bao bì, nhãn", 30, False), ("Vốn lưu động", 270, False)],
        sources=[("Vốn góp của 6 tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, sell=0.04, other=50, tax=0.0,
    ),
    "ee10_banh_da_vung_kim_song_htx": dict(
        unit="kg", raw="gạo tẻ", norm=1.3, rawprice=14000,
        lines=[("Bánh đa vừng gói 10 chiếc (400 g)", 0.4, 32000, [30000, 60000, 108000], 2500),
               ("Bánh đa vừng thùng 5 kg", 5.0, 330000, [1200, 2400, 4300], 15000)],
        hist=[15500, 16000, 16800], histprice=[68000, 70000, 72000],
        cap=(240, 300), staff=[10, 11, 12], wage=5.5, energy=4000,
        supply=[("Gạo của thành viên HTX (15 ha)", [60000, 60000, 60000]),
                ("Gạo mua của đại lý lương thực", [20000, 40000, 60000])],
        invest=[("Máy tráng bánh bán tự động", 280, True), ("Lò sấy bánh", 180, True),
                ("Nhà phơi mái che 200 m²", 200, True), ("Máy đóng gói", 90, True),
                ("Vốn lưu động", 150, False)],
        sources=[("Vốn góp thành viên", 400), ("Vay Ngân hàng Nông nghiệp", 400), ("Quỹ hỗ trợ HTX", 100)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.05, other=50, tax=0.0,
    ),
}


def cost_label(stem: str, key: str) -> str:
    return SPEC[stem].get("labels", {}).get(key, COST_LABELS[key])


def compute(stem: str) -> dict:
    """Every table figure of a full plan, true values (money in triệu đồng)."""
    s = SPEC[stem]
    n = len(s["lines"])
    basis = s.get("basis") or [ln[1] * s["norm"] for ln in s["lines"]]
    t: dict = {"packs": [[ln[3][y] for y in range(3)] for ln in s["lines"]]}
    t["output"] = [sum(ln[1] * ln[3][y] for ln in s["lines"]) for y in range(3)]
    t["need"] = [sum(basis[i] * s["lines"][i][3][y] for i in range(n)) for y in range(3)]
    t["supply"] = [sum(r[1][y] for r in s["supply"]) for y in range(3)]
    t["balance"] = [t["supply"][y] - t["need"][y] for y in range(3)]
    t["capacity"] = s["cap"][0] * s["cap"][1]
    t["rev_lines"] = [[ln[3][y] * ln[2] / 1e6 for y in range(3)] for ln in s["lines"]]
    t["rev"] = [sum(r[y] for r in t["rev_lines"]) for y in range(3)]
    fixed = sum(a for _, a, f in s["invest"] if f)
    t["invest"] = sum(a for _, a, _f in s["invest"])
    t["fixed"] = fixed
    t["sources"] = sum(a for _, a in s["sources"])
    t["dep"] = fixed / s["life"]
    if stem.startswith("ee03"):  # honey: own colonies' care + bought raw honey
        rawc = [s["ownbee"][0] * s["ownbee"][1] / 1e6 + max(0.0, t["need"][y] - s["supply"][0][1][y]) * s["buyprice"] / 1e6
                for y in range(3)]
    else:
        rawc = [t["need"][y] * s["rawprice"] / 1e6 for y in range(3)]
    cost = {
        "raw": rawc,
        "pack": [sum(ln[3][y] * ln[4] for ln in s["lines"]) / 1e6 for y in range(3)],
        "wage": [s["staff"][y] * s["wage"] * 12 for y in range(3)],
        "energy": [t["output"][y] * s["energy"] / 1e6 for y in range(3)],
        "dep": [t["dep"]] * 3,
        "interest": [s["loan"][y] * s["rate"] for y in range(3)],
        "sell": [t["rev"][y] * s["sell"] for y in range(3)],
        "tax": [t["rev"][y] * s["tax"] for y in range(3)],
        "other": [s["other"]] * 3,
    }
    if not s["tax"]:
        del cost["tax"]
    t["cost_lines"] = cost
    t["cost"] = [sum(v[y] for v in cost.values()) for y in range(3)]
    t["profit"] = [t["rev"][y] - t["cost"][y] for y in range(3)]
    t["margin"] = [100 * t["profit"][y] / t["rev"][y] for y in range(3)]
    t["avg"] = sum(t["profit"]) / 3
    t["payback"] = t["invest"] / (t["avg"] + t["dep"])
    t["hist_rev"] = [s["hist"][i] * s["histprice"][i] / 1e6 for i in range(3)]
    return t


COST_LABELS = {"raw": "Nguyên liệu", "pack": "Bao bì", "wage": "Tiền công", "energy": "Điện, nước, nhiên liệu",
               "dep": "Khấu hao", "interest": "Lãi vay", "sell": "Bán hàng, quảng bá", "tax": "Thuế khoán, phí",
               "other": "Quản lý, chi khác"}

# --------------------------------------------------------------------------- printed deviations

def printed(stem: str, t: dict) -> dict:
    """What a plan prints where it differs from the true value: {(table, row, year): (kind, value)}
    for table cells, {(name,): (kind, value)} for scalars. kind is PLANTED (must be off by > 5 %)
    or knock-on (follows a planted figure)."""
    d: dict = {}
    if stem.startswith("ee05"):  # revenue-mismatch: 2028 bottles at last year's 100.000 đ
        s = SPEC[stem]
        bottle = s["lines"][0][3][1] * 100000 / 1e6
        rev = bottle + t["rev_lines"][1][1]
        d[("rev", s["lines"][0][0], 1)] = ("PLANTED", bottle)
        d[("rev", "Tổng doanh thu", 1)] = ("knock-on", rev)
        d[("fin", "Doanh thu", 1)] = ("knock-on", rev)
        d[("fin", "Lợi nhuận", 1)] = ("knock-on", rev - t["cost"][1])
        d[("fin", "Tỷ suất lợi nhuận/doanh thu (%)", 1)] = ("knock-on", 100 * (rev - t["cost"][1]) / rev)
    if stem.startswith("ee08"):  # table-total-mismatch: 2028 cost total = the 2027 total copied over
        d[("cost", "Tổng chi phí", 1)] = ("PLANTED", t["cost"][0])
        d[("fin", "Chi phí", 1)] = ("knock-on", t["cost"][0])
        d[("fin", "Lợi nhuận", 1)] = ("knock-on", t["rev"][1] - t["cost"][0])
        d[("fin", "Tỷ suất lợi nhuận/doanh thu (%)", 1)] = ("knock-on", 100 * (t["rev"][1] - t["cost"][0]) / t["rev"][1])
    if stem.startswith("ee09"):  # profit-mismatch: 2029 profit 100 triệu too high
        d[("fin", "Lợi nhuận", 2)] = ("PLANTED", t["profit"][2] + 100)
        d[("fin", "Tỷ suất lợi nhuận/doanh thu (%)", 2)] = ("knock-on", 100 * (t["profit"][2] + 100) / t["rev"][2])
    if stem.startswith("ee06"):  # payback-mismatch: "1,0 năm" against 700 : (avg + 50)
        d[("payback",)] = ("PLANTED", 1.0)
    if stem.startswith("ee07"):  # capital-mismatch: the sources add up to 950, the investment to 1.200
        d[("sources_total",)] = ("PLANTED", t["sources"])
    # payback as the plan states it: investment / (average printed profit + depreciation)
    if ("payback",) not in d:
        prof = [d.get(("fin", "Lợi nhuận", y), (None, t["profit"][y]))[1] for y in range(3)]
        stated = t["invest"] / (sum(prof) / 3 + t["dep"])
        if abs(round(stated, 1) - t["payback"]) > 0.051 + 0.01 * t["payback"]:
            d[("payback",)] = ("knock-on", round(stated, 1))
    return d


# --------------------------------------------------------------------------- reading the plans

def cell(s: str) -> float | None:
    s = s.strip().replace("\u00a0", " ")
    m = re.fullmatch(r"(-?)([\d.]+(?:,\d+)?)\s*%?", s)
    if not m:
        return None
    v = vn(m.group(2))
    return -v if m.group(1) else v


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        """Tables keyed by the caption paragraph standing before them (or before their ĐVT line)."""
        out, caption, cur = {}, "", None
        for line in self.body.splitlines():
            st = line.strip()
            if st.startswith("|"):
                if cur is None:
                    cur = []
                    out[caption] = cur
                if re.fullmatch(r"\|[-| :]+\|", st):
                    continue
                cur.append([c.strip() for c in st.strip("|").split("|")])
            else:
                cur = None
                if st and not st.startswith("ĐVT") and not st.startswith("Đơn vị"):
                    caption = st
        return out

    def table(self, key: str) -> list[list[str]]:
        for cap, rows in self.tables().items():
            if key in cap:
                return rows
        self.failures.append(f"table not found: {key!r}")
        return []

    def vals(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in rows:
            if any(c == label for c in r[:2]):
                nums = [v for c in r[1:] if (v := cell(c)) is not None]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label!r}")
        return [float("nan")] * n

    def words(self) -> int:
        return len(self.body.split())


def fmt(x: float, dec: int = 1) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'; a whole number has no decimals."""
    r = round(x, dec)
    neg = r < 0
    r = abs(r)
    whole = int(r)
    frac = round(r - whole, dec)
    s = f"{whole:,}".replace(",", ".")
    if dec and frac >= 10 ** -dec / 2:
        s += "," + f"{frac:.{dec}f}"[2:].rstrip("0")
    return ("-" if neg else "") + s


# --------------------------------------------------------------------------- the checks

# caption keys of each plan's tables: history, production, raw material, investment, sources, revenue, cost, summary
CAPS = {
    "ee01": ("Bảng 1.", "Bảng PL1.", "Bảng PL2.", "Bảng PL3a.", "Bảng PL3b.", "Bảng PL4a.", "Bảng PL4b.", "Bảng PL4c."),
    "ee02": ("Bảng 1.", "Biểu 1.", "Biểu 2.", "Biểu 3.", "Biểu 4.", "Biểu 5.", "Biểu 6.", "Biểu 7."),
    "ee03": ("Bảng 1.", "Bảng PL 1.", "Bảng PL 2.", "Bảng PL 3.1.", "Bảng PL 3.2.", "Bảng PL 4.1.", "Bảng PL 4.2.", "Bảng PL 4.3."),
    "ee04": ("Bảng 1.", "Bảng 01.", "Bảng 02.", "Bảng 03a.", "Bảng 03b.", "Bảng 04a.", "Bảng 04b.", "Bảng 04c."),
    "ee05": ("Bảng 1.", "Bảng 1.1.", "Bảng 2.1.", "Bảng 3.1.", "Bảng 3.2.", "Bảng 4.1.", "Bảng 4.2.", "Bảng 4.3."),
    "ee06": ("Bảng 1.", "Bảng P1.", "Bảng P2.", "Bảng P3a.", "Bảng P3b.", "Bảng P4a.", "Bảng P4b.", "Bảng P4c."),
    "ee07": ("Bảng 1.", "Bảng I.", "Bảng II.", "Bảng III.1.", "Bảng III.2.", "Bảng IV.1.", "Bảng IV.2.", "Bảng IV.3."),
    "ee08": ("Bảng 1.", "Biểu số 1.", "Biểu số 2.", "Biểu số 3.", "Biểu số 4.", "Biểu số 5.", "Biểu số 6.", "Biểu số 7."),
    "ee09": ("Bảng 1.", "Bảng PL 01.", "Bảng PL 02.", "Bảng PL 03a.", "Bảng PL 03b.", "Bảng PL 04a.", "Bảng PL 04b.", "Bảng PL 04c."),
    "ee10": ("Bảng 1.", "Biểu 01.", "Biểu 02.", "Biểu 03.", "Biểu 04.", "Biểu 05.", "Biểu 06.", "Biểu 07."),
}
READY = ("ee01", "ee02", "ee03", "ee04")


def _table_by_cap(p: Plan, key: str) -> list[list[str]]:
    for cap, rows in p.tables().items():
        if cap.startswith(key):
            return rows
    p.failures.append(f"table not found: {key!r}")
    return []


def full(stem: str) -> Plan:
    p = Plan(stem)
    s, t, d = SPEC[stem], compute(stem), printed(stem, compute(stem))
    k = stem[:4]
    hist, prod, raw, inv, src, rev, cost, fin = (_table_by_cap(p, c) for c in CAPS[k])

    def cmp(rows, table, label, true, n=3):
        got = p.vals(rows, label, n)
        for y in range(n):
            kind, want = d.get((table, label, y), (None, true[y]))
            if kind == "PLANTED":
                p.check(off(want, true[y]), f"PLANTED {table}/{label}/{y}: {want} not > 5 % off {true[y]:.1f}")
            p.check(close(got[y], want) or abs(got[y] - want) <= 0.051,
                    f"{table}/{label}/{y}: printed {got[y]} expected {want:.2f}" + (f" ({kind})" if kind else ""))

    # history
    cmp(hist, "hist", "Sản lượng", s["hist"])
    cmp(hist, "hist", "Giá bán bình quân", s["histprice"])
    cmp(hist, "hist", "Doanh thu", t["hist_rev"])
    # production plan
    for ln in s["lines"]:
        cmp(prod, "prod", ln[0], ln[3])
    cmp(prod, "prod", "Tổng lượt khách" if k == "ee04" else "Tổng sản lượng quy đổi", t["output"])
    cmp(prod, "prod", "Công suất thiết kế", [t["capacity"]] * 3)
    cmp(prod, "prod", "Lao động", s["staff"])
    # raw material
    cmp(raw, "raw", "Sản lượng thành phẩm", t["output"])
    cmp(raw, "raw", "Nhu cầu nguyên liệu", t["need"])
    for lab, v in s["supply"]:
        cmp(raw, "raw", lab, v)
    cmp(raw, "raw", "Tổng nguồn cung", t["supply"])
    if k == "ee06":
        p.check(not any("Chênh lệch" in c for r in raw for c in r), "ee06 balance table has no Chênh lệch row")
        p.check(t["need"][0] <= t["supply"][0] and off(t["need"][1], t["supply"][1]) and off(t["need"][2], t["supply"][2])
                and t["need"][2] > t["need"][1] > t["supply"][1], "PLANTED need > supply by > 5 % in 2028 and 2029")
        p.has("Nguồn nguyên liệu bảo đảm đủ cho sản xuất cả giai đoạn", "tổng 12.200 kg/năm")
    else:
        cmp(raw, "raw", "Chênh lệch (cung – cầu)", t["balance"])
        p.check(all(x >= 0 for x in t["balance"]), "need within supply")
    # capacity
    if k == "ee08":
        p.check(t["output"][0] <= t["capacity"] and off(t["output"][1], t["capacity"]) and off(t["output"][2], t["capacity"])
                and t["output"][2] > t["capacity"], "PLANTED output 2028/2029 > 4.200 by > 5 %")
        p.has("15 sản phẩm/ngày × 280 ngày = 4.200 sản phẩm/năm, đủ đáp ứng kế hoạch")
    else:
        p.check(all(x <= t["capacity"] for x in t["output"]), "output within capacity")
    p.check(re.search(rf"{fmt(s['cap'][0], 0)} [^.\n]{{0,40}}× {s['cap'][1]}[^.\n]{{0,40}}= {fmt(t['capacity'], 0)} ", p.body)
            is not None, "capacity sentence: per day × days = capacity")
    # investment and sources
    for lab, a, _f in s["invest"]:
        cmp(inv, "inv", lab, [a], 1)
    cmp(inv, "inv", "Tổng vốn đầu tư", [t["invest"]], 1)
    for lab, a in s["sources"]:
        cmp(src, "src", lab, [a, 100 * a / t["sources"]], 2)
    cmp(src, "src", "Tổng nguồn vốn", [t["sources"], 100], 2)
    if k == "ee07":
        p.check(t["sources"] == 950 and t["invest"] == 1200 and off(t["sources"], t["invest"]),
                "PLANTED sources 950 != investment 1.200 (−20,8 %)")
        p.has("Tổng vốn đầu tư 1.200 triệu đồng", "500 triệu đồng, vay Ngân hàng Nông nghiệp 300 triệu đồng, hỗ trợ phát triển hợp tác xã 150 triệu đồng, bảo đảm đủ vốn")
    else:
        p.check(t["sources"] == t["invest"], "sources = investment")
        p.has(f"{fmt(t['invest'], 0)} triệu đồng")
    # revenue, cost, summary
    for i, ln in enumerate(s["lines"]):
        cmp(rev, "rev", ln[0], t["rev_lines"][i])
        p.has(f"{fmt(ln[2], 0)} đồng/")
    cmp(rev, "rev", "Tổng doanh thu", t["rev"])
    for key, v in t["cost_lines"].items():
        cmp(cost, "cost", cost_label(stem, key), v)
    cmp(cost, "cost", "Tổng chi phí", t["cost"])
    cmp(fin, "fin", "Doanh thu", t["rev"])
    cmp(fin, "fin", "Chi phí", t["cost"])
    cmp(fin, "fin", "Lợi nhuận", t["profit"])
    cmp(fin, "fin", "Tỷ suất lợi nhuận/doanh thu (%)", t["margin"])
    # payback
    kind, pb = d.get(("payback",), (None, round(t["payback"], 1)))
    prof = [d.get(("fin", "Lợi nhuận", y), (None, t["profit"][y]))[1] for y in range(3)]
    avg = sum(prof) / 3
    if kind == "PLANTED":
        p.check(off(pb, t["payback"]), f"PLANTED payback {pb} vs true {t['payback']:.2f}")
        p.has("Thời gian hoàn vốn dự kiến: 1,0 năm", "hoàn vốn sau khoảng 1 năm")
        p.check(pb == 1.0, "stated 1,0")
    else:
        p.has(f"{fmt(t['invest'], 0)} : ({fmt(avg)} + {fmt(t['dep'])}) ≈ {fmt(pb)} năm")
        p.check(abs(pb - t["invest"] / (avg + t["dep"])) <= 0.051, "payback follows the printed profits")
        if kind:
            p.check(off(pb, t["payback"]), f"knock-on payback {pb} vs true {t['payback']:.2f} (tolerated)")
    p.check(close(t["dep"], sum(a for _, a, f in s["invest"] if f) / s["life"]), "depreciation")
    # growth and margins
    g = [t["output"][0] / s["hist"][2], t["output"][1] / t["output"][0], t["output"][2] / t["output"][1]]
    rg = [t["rev"][1] / t["rev"][0], t["rev"][2] / t["rev"][1]]
    if k == "ee10":
        p.check(close(g[1], 2.0) and close(g[2], 1.8, 0.01) and off(g[1], 1.2) and off(rg[0], 1.2) and off(rg[1], 1.2),
                "PLANTED output ×2,0 then ×1,8 with the same channels")
        p.has("3 thương lái ở chợ Nghèn và 20 cửa hàng tạp hóa", "Thị trường bánh đa rất lớn")
    else:
        p.check(g[0] < 1.25 and all(x < 1.2 for x in g[1:] + rg), f"growth under 20 % a year ({[round(x, 2) for x in g]})")
    if k in READY:
        p.check(all(0 < m < 40 for m in t["margin"]), "ready margins 0–40 %")
    # body figures from the front matter
    fm = yaml.safe_load(p.text.split("---", 2)[1])
    for f in fm["expected"]["figures"]:
        p.has(f["text"])
    p.lacks(PLACEHOLDER, "placeholder")
    if k in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Cục Sở hữu trí tuệ", "an toàn thực phẩm")
        if k != "ee04":  # a service has no packaged goods to label
            p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS", "tự công bố")
        p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
        p.check(not fm["expected"]["tolerated"] and not fm["expected"]["rules"], "nothing planted or tolerated on a ready plan")
    elif k != "ee10":
        p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def textual(p: Plan) -> None:
    k = p.stem[:4]
    B = p.body
    if k == "ee01":
        p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "sản lượng tối đa 15.000 lít/năm",
              "đăng ký môi trường", "TCCS 01:2026/ĐR", "tự công bố", "sổ nhật ký từng mẻ")
        p.check(SPEC[p.stem]["staff"][0] == 2 + 3 + 3 + 1, "staff table sums to 9")
        p.check(compute(p.stem)["output"][2] <= 15000, "licensed 15.000 lít covers 2029")
    if k == "ee02":
        p.has("TCCS 01:2026/PV", "tự công bố", "ghi sổ từng lô", "đăng ký môi trường", "Giấy chứng nhận đăng ký nhãn hiệu")
    if k == "ee03":
        p.has("TCCS 01:2026/HL", "tự công bố", "Sổ ghi chép từng đàn", "260 đàn", "20 kg mật thô/đàn/năm")
        p.check(260 * 20 == SPEC[p.stem]["supply"][0][1][0], "260 colonies × 20 kg = 5.200 kg")
    if k == "ee04":
        p.has("Giấy chứng nhận đăng ký tổ hợp tác số 03/THT", "bể lọc sinh học", "sổ nhật ký nhập thực phẩm", "Luật Du lịch năm 2017")
    if k == "ee05":
        p.lacks(r"môi trường|nước thải|chất thải|\bthải\b|\bmùi\b|xử lý|bể lắng|rác|ô nhiễm",
                "PLANTED no environmental measure anywhere")
        p.check(B.count("Công ty TNHH Hải sản Kim Phát") == 2 and B.count("Công ty TNHH Thủy sản Cửa Sót") == 1
                and B.count("CÔNG TY TNHH THỦY SẢN CỬA SÓT") == 1, "PLANTED another company's name in §14 and §16")
    if k == "ee06":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|mục đích kinh doanh", "PLANTED no alcohol production licence or plan")
        p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/AL")
    if k == "ee07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|quy chuẩn", "PLANTED no product standard or declaration")
        packs = SPEC[p.stem]["lines"][0][3][0]
        p.check(packs == 15000 and off(18000, packs) and B.count("18.000 hộp") == 1,
                "PLANTED 18.000 hộp in the body vs 15.000 in Phụ lục I")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Sổ nhật ký vùng thu hái", "Cục Sở hữu trí tuệ")
    if k == "ee08":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|\blogo\b|bảo hộ|văn bằng|chỉ dẫn địa lý", "PLANTED no trademark or IP")
        p.has("TCCS 01:2026/TY", "hồ sơ lâm sản hợp pháp", "Hệ thống hút bụi", "phiếu kiểm tra chất lượng")
    if k == "ee09":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|khám sức khỏe|công bố|cam kết|giấy chứng nhận cơ sở",
                "PLANTED no food-safety certificate, commitment or plan")
        p.lacks(r"truy xuất|\bsổ\b|\blô\b|\bQR\b|kiểm soát|lưu mẫu|nhật ký|kiểm tra|mã vạch", "PLANTED no quality control")
        p.has("TCCS 01:2027/XA", "Nghị định số 43/2017/NĐ-CP", "bể tách mỡ")
    if k == "ee10":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\btem\b|\bQR\b", "PLANTED no label or labelling decree")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023", "PLANTED the instruments in force are not cited")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "Luật Hợp tác xã năm 2012", "Phòng Nông nghiệp và PTNT huyện", "cấp huyện")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/KS", "Sổ ghi chép từng mẻ")


def sketchy() -> list[Plan]:
    a = Plan("ee11_tuong_ot_ky_xuan_so_sai")
    a.check(4000 * 25000 == 100e6, "4.000 chai × 25.000 = 100 triệu")
    a.has("25.000 đồng/chai", "khoảng 4.000 chai", "khoảng 100 triệu đồng/năm", "khoảng 30 triệu đồng")
    a.check(not a.rows and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|\bsổ\b|vốn đầu tư", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ee12_choi_dot_son_hong_so_sai")
    b.has("20.000 đồng/chiếc", "khoảng 15.000 chiếc", "Tổ gồm 9 hộ")
    b.check(not b.rows and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|\bsổ\b|vốn|doanh thu|"
            r"lợi nhuận|chi phí", "every tolerated gap is real; no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = []
    for stem in SPEC:
        p = full(stem)
        textual(p)
        plans.append(p)
    return plancheck.report(plans + sketchy())


if __name__ == "__main__":
    sys.exit(main())
