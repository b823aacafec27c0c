"""The hundred-and-thirty-sixth holdout set's arithmetic, recomputed from the constants below.

    .venv/bin/python tests/holdout136/arithmetic.py

Theme: seasonal producers who plan by month and by quarter. For every full plan the constants
(packs, prices, norms, season weights, month weights, capacity, staff, wages, rates, investment,
sources, loans) give the *true* tables: the 2024–2026 history, the yearly output by product, the
2027 month-by-month plan (output, raw material bought in the season, labour days, money spent on
raw material or food), the quarterly table for 2027–2029 built from the month weights, the
raw-material balance, investment and sources, revenue = packs × price, each cost line from its
norm, the summary (profit = revenue − cost, margin) and the payback
investment / (average profit + depreciation). Every table of the plan's source is read back and
compared cell by cell with the true table: every cell must agree within 1 % (or the rounding of
its last digit), except the cells listed in DIFFS (the planted defects and the knock-ons that
follow them), which must be off by more than 5 %. Feasibility checks are asserted on the true
model: raw-material need within the season's supply, every month's output within capacity ×
working days, labour days within the staff, growth under 25 % a year, margins 8–40 % — except
where a defect is planted, where the opposite is asserted. Textual defects are asserted through
the absence or presence of their words; ready plans cite QĐ 148 and QĐ 1489 and no replaced
instrument; no plan but eg08 keeps a template placeholder.
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
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng Nông nghiệp")

# --------------------------------------------------------------------------- constants
# products: (label, size in the plan's unit, price đồng, packs 2027–2029, pack cost đồng)
# raw: (name, kg per unit of output, đồng per kg) or None; supply: (label, kg a season)
# raw_w: month -> % of the year's raw material bought; out_w: % of the 2027 output per month
# cap_day: units a day; days: working days per month; lab: labour days per unit
# aux: (label, đồng per unit); staff, wage (triệu/tháng); energy đồng per unit
# inv: (item, triệu), the last one working capital; life (years); src: (source, triệu)
# loan: balance at the start of each year (triệu); rate; sell, tax: shares of revenue; other: triệu

P = {
    "eg01": dict(
        stem="eg01_ruou_sim_hoa_lac_htx", unit="lít",
        products=[("Rượu sim chai 500 ml", "chai", 0.5, 110000, [14000, 15000, 16000], 18000),
                  ("Rượu sim bình gốm 1,5 lít", "bình", 1.5, 330000, [1000, 1100, 1200], 65000)],
        hist_out=[6200, 6800, 7600], hist_price=200000, hist_profit=[370, 410, 455],
        raw=("quả sim chín", 0.5, 30000),
        supply=[("Đồi sim của 32 thành viên (18 ha)", 5400), ("Hợp đồng thu mua với 2 tổ thu hái", 2000)],
        raw_w={7: 40, 8: 60},
        out_w=[14, 6, 5, 5, 5, 5, 5, 6, 7, 8, 12, 22],
        cap_day=150, days=[24, 20, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24], lab=0.04,
        aux=("Rượu nếp nền, đường phèn", 30000), staff=4, wage=6.0, energy=2000,
        inv=[("Nhà ngâm ủ, kho mát 80 m²", 250), ("Bồn ngâm inox 12 chiếc", 180),
             ("Máy lọc, chiết rót, đóng nút", 120), ("Thiết kế bao bì, nhãn, mã QR", 50),
             ("Vốn lưu động mua sim vụ thu hoạch", 200)], life=10,
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        loan=[300, 200, 100], rate=0.08, sell=0.06, tax=0.015, other=40),
    "eg02": dict(
        stem="eg02_che_xanh_son_kim_hkd", unit="kg",
        products=[("Chè búp khô gói 200 g", "gói", 0.2, 70000, [9000, 10000, 11000], 4000),
                  ("Chè búp khô hộp 500 g", "hộp", 0.5, 190000, [1800, 2000, 2200], 16000)],
        hist_out=[2100, 2350, 2500], hist_price=360000, hist_profit=[171, 196, 214],
        raw=("búp chè tươi", 4.5, 12000),
        supply=[("Vườn chè của hộ (1,5 ha)", 9000), ("Hợp đồng với 11 hộ trồng chè", 8000)],
        raw_w={3: 6, 4: 14, 5: 16, 6: 16, 7: 14, 8: 14, 9: 12, 10: 8},
        out_w=[0, 0, 6, 14, 16, 16, 14, 14, 12, 8, 0, 0],
        cap_day=25, days=[0, 0, 24, 26, 26, 26, 26, 26, 26, 24, 0, 0], lab=0.25,
        aux=("Củi, than sao chè", 8000), staff=5, wage=5.5, energy=6000,
        inv=[("Cải tạo xưởng chế biến 60 m²", 80), ("Máy diệt men, máy vò liên hoàn", 140),
             ("Máy sấy, máy sàng, máy hút chân không", 90), ("Thiết kế bao bì, nhãn", 30),
             ("Vốn lưu động mua búp vụ chính", 110)], life=8,
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=25),
    "eg03": dict(
        stem="eg03_nuoc_mam_cam_nhuong_cty", unit="lít",
        products=[("Nước mắm cốt chai 500 ml", "chai", 0.5, 80000, [36000, 39000, 42000], 9000),
                  ("Nước mắm can 2 lít", "can", 2.0, 150000, [3000, 3300, 3600], 14000)],
        hist_out=[18500, 20000, 22000], hist_price=140000, hist_profit=[640, 720, 800],
        raw=("cá cơm tươi", 1.25, 20000),
        supply=[("Hợp đồng với 6 tàu cá Cẩm Nhượng", 30000), ("Thu mua tại cảng cá", 8000)],
        raw_w={1: 25, 2: 15, 11: 25, 12: 35},
        out_w=[14, 6, 6, 7, 7, 7, 7, 8, 8, 9, 9, 12],
        cap_day=150, days=[24, 18, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26], lab=0.04,
        aux=("Muối hạt (1 kg muối cho 3 kg cá)", 8000), staff=8, wage=6.5, energy=1500,
        inv=[("Nhà thùng chượp 200 m² và 20 thùng gỗ", 600), ("Hệ thống lọc, chiết rót", 250),
             ("Bể xử lý nước rửa, nước thải", 120), ("Kho thành phẩm, xe giao hàng", 230),
             ("Vốn lưu động mua cá mùa gió bấc", 600)], life=10,
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng TMCP Công Thương", 800)],
        loan=[800, 600, 400], rate=0.085, sell=0.06, tax=0.015, other=150),
    "eg04": dict(
        stem="eg04_banh_chung_tet_tan_lam_tht", unit="kg",
        products=[("Bánh chưng 1 kg", "chiếc", 1, 110000, [12000, 13000, 14000], 3000),
                  ("Cặp bánh chưng 0,5 kg", "cặp", 1, 120000, [2000, 2200, 2400], 6000)],
        hist_out=[12000, 12800, 13300], hist_price=100000, hist_profit=[190, 215, 240],
        raw=("gạo nếp cái hoa vàng", 0.5, 28000),
        supply=[("Ruộng nếp của 14 tổ viên (4,5 ha)", 7000), ("Hợp đồng với 2 thôn lân cận", 3000)],
        raw_w={6: 30, 10: 70},
        out_w=[30, 12, 4, 3, 3, 4, 3, 3, 3, 4, 6, 25],
        cap_day=400, days=[22, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 26], lab=0.025,
        aux=("Đỗ xanh, thịt lợn, lá dong, lạt", 32000), staff=5, wage=5.0, energy=4000,
        inv=[("Bếp nấu bánh 4 nồi 200 chiếc/mẻ", 120), ("Máy ép nước bánh, bàn gói inox", 60),
             ("Kho lạnh 20 m³ cho nguyên liệu, bánh", 140), ("Bao bì, nhãn, mã vạch", 30),
             ("Vốn lưu động mua nếp vụ mùa", 150)], life=8,
        src=[("Vốn góp của các tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 140, 70], rate=0.066, sell=0.05, tax=0.015, other=30),
    "eg05": dict(
        stem="eg05_ruou_dau_tam_tung_loc_hkd", unit="lít",
        products=[("Rượu dâu tằm chai 500 ml", "chai", 0.5, 110000, [12000, 13000, 14000], 15000),
                  ("Rượu dâu tằm chai 300 ml hộp quà", "hộp", 0.3, 90000, [5000, 5500, 6000], 22000)],
        hist_out=[6000, 6800, 7300], hist_price=220000, hist_profit=[360, 410, 450],
        raw=("quả dâu tằm chín", 1.0, 25000),
        supply=[("Nương dâu của hộ (1,2 ha)", 6000), ("Hợp đồng với 9 hộ trồng dâu", 5000)],
        raw_w={3: 30, 4: 50, 5: 20},
        out_w=[15, 6, 5, 6, 6, 6, 6, 6, 7, 9, 10, 18],
        cap_day=100, days=[22, 18, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24], lab=0.06,
        aux=("Rượu nếp nền, đường", 35000), staff=4, wage=5.5, energy=2500,
        inv=[("Nhà lên men 60 m²", 150), ("Chum sành, bồn inox lên men", 110),
             ("Máy lọc, máy chiết rót", 90), ("Kho mát bảo quản", 60),
             ("Vốn lưu động mua dâu vụ xuân", 200)], life=10,
        src=[("Vốn tự có của hộ", 360), ("Vay Quỹ tín dụng nhân dân", 250)],
        loan=[250, 170, 90], rate=0.09, sell=0.06, tax=0.015, other=30),
    "eg06": dict(
        stem="eg06_mam_ruoc_loc_hai_htx", unit="kg",
        products=[("Mắm ruốc hũ 250 g", "hũ", 0.25, 35000, [40000, 44000, 48000], 4000),
                  ("Mắm ruốc hũ 1 kg", "hũ", 1.0, 120000, [6000, 7000, 7500], 9000)],
        hist_out=[12500, 14000, 15000], hist_price=125000, hist_profit=[250, 290, 320],
        raw=("tôm moi tươi", 1.2, 30000),
        supply=[("Thuyền của 18 thành viên", 14000), ("Hợp đồng với tổ đánh bắt ven bờ", 6000)],
        raw_w={3: 30, 4: 45, 5: 25},
        out_w=[12, 6, 6, 8, 8, 8, 8, 8, 8, 8, 8, 12],
        cap_day=100, days=[24, 18, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26], lab=0.08,
        aux=("Muối, rượu trắng, gia vị", 10000), staff=7, wage=5.5, energy=2000,
        inv=[("Nhà ủ mắm 150 m² và 120 chum sành", 350), ("Máy xay, máy trộn, máy đóng hũ", 180),
             ("Kho thành phẩm", 120), ("Bao bì, nhãn, mã QR", 50),
             ("Vốn lưu động mua tôm vụ xuân", 400)], life=10,
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        loan=[500, 350, 200], rate=0.08, sell=0.06, tax=0.015, other=60),
    "eg07": dict(
        stem="eg07_tra_sen_thach_ha_tht", unit="kg",
        products=[("Trà lá sen túi lọc hộp 50 g", "hộp", 0.05, 30000, [50000, 55000, 60000], 6000),
                  ("Trà tim sen gói 200 g", "gói", 0.2, 70000, [10000, 11000, 12000], 5000)],
        hist_out=[3500, 4000, 4400], hist_price=450000, hist_profit=[420, 480, 540],
        raw=("lá sen, tim sen tươi", 6.0, 12000),
        supply=[("Đầm sen của 12 tổ viên (9 ha)", 27000), ("Hợp đồng với HTX sen Đồng Môn", 12000)],
        raw_w={5: 20, 6: 30, 7: 30, 8: 20},
        out_w=[5, 5, 5, 5, 9, 11, 28, 12, 6, 5, 4, 5],
        cap_day=40, days=[24, 20, 24, 24, 26, 26, 26, 26, 24, 24, 24, 24], lab=0.1,
        aux=("Túi lọc, hương liệu tự nhiên", 15000), staff=6, wage=5.5, energy=10000,
        inv=[("Nhà sơ chế, phòng sấy 90 m²", 200), ("Máy sấy lạnh 40 kg/ngày", 220),
             ("Máy nghiền, máy đóng túi lọc", 160), ("Kho khô", 60),
             ("Vốn lưu động mua sen mùa hè", 160)], life=10,
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        loan=[400, 280, 160], rate=0.08, sell=0.06, tax=0.015, other=40),
    "eg08": dict(
        stem="eg08_mut_gung_xuan_hoi_cty", unit="kg",
        products=[("Mứt gừng hộp 300 g", "hộp", 0.3, 65000, [30000, 33000, 36000], 7000),
                  ("Mứt gừng túi 1 kg", "túi", 1.0, 180000, [3000, 3300, 3600], 6000)],
        hist_out=[9500, 10500, 11000], hist_price=200000, hist_profit=[260, 300, 330],
        raw=("củ gừng trâu tươi", 1.6, 18000),
        supply=[("Vùng gừng liên kết 10 ha", 22000), ("Thu mua lẻ tại chợ Xuân An", 4000)],
        raw_w={10: 30, 11: 45, 12: 25},
        out_w=[10, 2, 2, 2, 2, 2, 2, 3, 5, 15, 25, 30],
        cap_day=150, days=[20, 20, 20, 20, 20, 20, 20, 20, 24, 26, 26, 26], lab=0.05,
        aux=("Đường kính trắng", 16000), staff=8, wage=6.0, energy=8000,
        inv=[("Nhà xưởng chế biến 120 m²", 300), ("Máy thái, nồi sên, tủ sấy", 260),
             ("Máy đóng gói, hàn miệng túi", 90), ("Bao bì, nhãn", 50),
             ("Vốn lưu động mua gừng vụ đông", 300)], life=10,
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 400)],
        loan=[400, 280, 160], rate=0.085, sell=0.07, tax=0.015, other=80),
    "eg09": dict(
        stem="eg09_du_lich_mua_buoi_phuc_trach_cty", unit="lượt khách",
        products=[("Vé tham quan, hái bưởi", "lượt", 1, 100000, [6000, 12000, 23000], 0),
                  ("Gói trải nghiệm trọn ngày có bữa trưa", "lượt", 1, 350000, [3600, 7200, 13500], 0)],
        hist_out=[5200, 6000, 7000], hist_price=150000, hist_profit=[210, 250, 300],
        raw=None, supply=[], raw_w={},
        out_w=[4, 8, 2, 2, 2, 2, 3, 18, 24, 22, 8, 5],
        cap_day=150, days=[10, 20, 8, 8, 8, 8, 12, 26, 26, 26, 16, 12], lab=0.06,
        aux=("Thực phẩm, nông sản phục vụ khách", 40000), staff=6, wage=6.0, energy=10000,
        inv=[("Nhà đón khách, nhà ăn 200 m²", 700), ("Đường dạo, chòi nghỉ trong vườn bưởi", 450),
             ("Khu vệ sinh, bể tự hoại, thu gom rác", 250), ("Xe điện chở khách 2 chiếc", 300),
             ("Vốn lưu động", 300)], life=10,
        src=[("Vốn góp của cổ đông", 1100), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        loan=[600, 400, 200], rate=0.08, sell=0.08, tax=0.015, other=120),
    "eg10": dict(
        stem="eg10_khoai_deo_cam_xuyen_cty", unit="kg",
        products=[("Khoai lang sấy dẻo túi 250 g", "túi", 0.25, 40000, [44000, 48000, 52000], 3500),
                  ("Khoai lang sấy dẻo hộp 500 g", "hộp", 0.5, 85000, [6000, 6600, 7200], 9000)],
        hist_out=[11000, 12000, 12800], hist_price=150000, hist_profit=[250, 280, 305],
        raw=("khoai lang tươi", 3.5, 9000),
        supply=[("Vùng khoai liên kết 12 ha", 60000), ("Ruộng khoai của công ty 3 ha", 15000)],
        raw_w={1: 30, 2: 40, 3: 30},
        out_w=[12, 16, 16, 12, 8, 6, 5, 5, 5, 5, 4, 6],
        cap_day=120, days=[24, 22, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26], lab=0.08,
        aux=("Mạch nha, gas sấy", 12000), staff=9, wage=6.0, energy=9000,
        inv=[("Nhà xưởng 150 m²", 300), ("Máy rửa, gọt, hấp khoai", 180), ("Tủ sấy nhiệt 2 tủ", 240),
             ("Kho mát bảo quản khoai tươi", 180), ("Vốn lưu động mua khoai vụ đông xuân", 300)], life=10,
        src=[("Vốn góp của cổ đông", 700), ("Vay Ngân hàng TMCP Ngoại thương", 500)],
        loan=[500, 350, 200], rate=0.085, sell=0.06, tax=0.015, other=90),
}

MONTHS = [f"T{m}" for m in range(1, 13)]
QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]

# eg05: T4 raw material written 4.500 kg (true 3.750 from the 50 % weight); the month's money
# follows the kg, the "Cả năm" row keeps the true totals. eg09: the month table is built on 8.000
# guests while the yearly table plans 9.600 for 2027.
MONTH_FORCE = {"eg05": {("raw", 3): 4500}}
MONTH_TOTAL = {"eg09": 8000}
# eg08: 2028 revenue of the 300 g box written 2.574 triệu (true 33.000 × 65.000 đ = 2.145); totals,
# selling cost, tax and profit follow it. eg10: 2028 profit in the summary written 30 % high.
REV_FORCE = {"eg08": {(0, 1): 2574.0}}
SUM_PROFIT_FORCE = {"eg10": {1: None}}  # None: true profit × 1,3, rounded to 0,1
PAYBACK_STATED = {"eg06": 1.0}  # eg06 says "khoảng 1 năm"


# --------------------------------------------------------------------------- the model

def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def split(total: float, weights: list[float]) -> list[int]:
    """Integer parts of total by weights, the rounding remainder on the heaviest part."""
    s = sum(weights)
    parts = [int(round(total * w / s)) for w in weights]
    k = max(range(len(weights)), key=lambda i: (weights[i], i))
    parts[k] += int(round(total)) - sum(parts)
    return parts


def model(key: str, stated: bool) -> dict:
    """The plan's tables: the true ones (stated=False) or as printed (stated=True)."""
    c = P[key]
    m: dict = {"c": c}
    packs = [p[4] for p in c["products"]]
    out = [sum(p[2] * p[4][y] for p in c["products"]) for y in range(3)]
    m["out"] = out
    need = [o * c["raw"][1] for o in out] if c["raw"] else [0, 0, 0]
    m["need"] = need
    m["supply"] = sum(s[1] for s in c["supply"])
    # month plan 2027
    mtot = MONTH_TOTAL.get(key, out[0]) if stated else out[0]
    mo = split(mtot, c["out_w"])
    rawm = split(need[0], [c["raw_w"].get(i + 1, 0) for i in range(12)]) if c["raw"] else [0] * 12
    if stated:
        for (col, i), v in MONTH_FORCE.get(key, {}).items():
            if col == "raw":
                rawm[i] = v
    lab = [int(round(x * c["lab"])) for x in mo]
    if c["raw"]:
        money = [r1(x * c["raw"][2] / 1e6) for x in rawm]
    else:
        money = [r1(x * c["aux"][1] / 1e6) for x in mo]
    m["month"] = dict(out=mo, raw=rawm, lab=lab, money=money)
    m["month_total"] = dict(out=sum(split(mtot, c["out_w"])),
                            raw=need[0], lab=sum(int(round(x * c["lab"])) for x in split(mtot, c["out_w"])),
                            money=r1(sum(r1(x * (c["raw"][2] if c["raw"] else c["aux"][1]) / 1e6) for x in
                                         (split(need[0], [c["raw_w"].get(i + 1, 0) for i in range(12)])
                                          if c["raw"] else split(mtot, c["out_w"])))))
    qw = [sum(c["out_w"][3 * q:3 * q + 3]) for q in range(4)]
    qs = [[sum(mo[3 * q:3 * q + 3]) for q in range(4)]] + [split(out[y], qw) for y in (1, 2)]
    if stated and key in MONTH_TOTAL:
        qs[0] = [sum(mo[3 * q:3 * q + 3]) for q in range(4)]
    elif not stated:
        qs[0] = [sum(split(out[0], c["out_w"])[3 * q:3 * q + 3]) for q in range(4)]
    m["quarters"] = qs
    # money
    rev_lines = [[r1(p[3] * p[4][y] / 1e6) for y in range(3)] for p in c["products"]]
    if stated:
        for (i, y), v in REV_FORCE.get(key, {}).items():
            rev_lines[i][y] = v
    rev = [r1(sum(line[y] for line in rev_lines)) for y in range(3)]
    fixed = sum(v for _, v in c["inv"][:-1])
    dep = r1(fixed / c["life"])
    cost_lines = []
    if c["raw"]:
        cost_lines.append((f"Nguyên liệu chính ({c['raw'][0]})", [r1(need[y] * c["raw"][2] / 1e6) for y in range(3)]))
    cost_lines += [
        (c["aux"][0], [r1(out[y] * c["aux"][1] / 1e6) for y in range(3)]),
        ("Bao bì", [r1(sum(p[4][y] * p[5] for p in c["products"]) / 1e6) for y in range(3)]),
        ("Tiền công lao động", [r1(c["staff"] * c["wage"] * 12)] * 3),
        ("Điện, nước, nhiên liệu", [r1(out[y] * c["energy"] / 1e6) for y in range(3)]),
        ("Khấu hao tài sản cố định", [dep] * 3),
        ("Lãi vay", [r1(c["loan"][y] * c["rate"]) for y in range(3)]),
        ("Bán hàng, quảng bá", [r1(rev[y] * c["sell"]) for y in range(3)]),
        ("Thuế, phí", [r1(rev[y] * c["tax"]) for y in range(3)]),
        ("Quản lý, chi khác", [r1(c["other"])] * 3),
    ]
    if not any(p[5] for p in c["products"]):
        cost_lines = [x for x in cost_lines if x[0] != "Bao bì"]
    cost = [r1(sum(line[1][y] for line in cost_lines)) for y in range(3)]
    profit = [r1(rev[y] - cost[y]) for y in range(3)]
    sum_profit = list(profit)
    if stated:
        for y in SUM_PROFIT_FORCE.get(key, {}):
            sum_profit[y] = r1(profit[y] * 1.3)
    margin = [r1(sum_profit[y] / rev[y] * 100) for y in range(3)]
    m.update(packs=packs, rev_lines=rev_lines, rev=rev, cost_lines=cost_lines, cost=cost, profit=profit,
             sum_profit=sum_profit, margin=margin, fixed=fixed, dep=dep)
    inv = sum(v for _, v in c["inv"])
    avg = r1(sum(sum_profit) / 3)
    m.update(inv=inv, avg=avg, payback=r1(inv / (avg + dep)))
    if stated and key in PAYBACK_STATED:
        m["payback"] = PAYBACK_STATED[key]
    m["hist_rev"] = [r1(o * c["hist_price"] / 1e6) for o in c["hist_out"]]
    return m


# --------------------------------------------------------------------------- tables

def fmt(x: float) -> str:
    """Vietnamese number: dots for thousands, a decimal comma, no trailing ',0'."""
    neg = x < 0
    x = abs(x)
    if abs(x - round(x)) < 1e-6:
        s, dec = f"{int(round(x)):,}".replace(",", "."), ""
    else:
        whole, frac = f"{x:.1f}".split(".")
        s, dec = f"{int(whole):,}".replace(",", "."), "," + frac
    return ("-" if neg else "") + s + dec


def tables(key: str, stated: bool) -> dict[str, list[list[str]]]:
    """Every table of a full plan: name -> rows of cells (header first) as printed."""
    m = model(key, stated)
    c = m["c"]
    u = c["unit"]
    yh = [f"Năm {y}" for y in YEARS]
    t: dict[str, list[list[str]]] = {}
    t["hist"] = [["Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Năm 2026"],
                 ["Sản lượng", u] + [fmt(x) for x in c["hist_out"]],
                 ["Giá bán bình quân", f"đồng/{u}"] + [fmt(c["hist_price"])] * 3,
                 ["Doanh thu", "triệu đồng"] + [fmt(x) for x in m["hist_rev"]],
                 ["Lợi nhuận", "triệu đồng"] + [fmt(x) for x in c["hist_profit"]]]
    t["year"] = [["Sản phẩm", "ĐVT"] + yh] + \
        [[p[0], p[1]] + [fmt(x) for x in p[4]] for p in c["products"]] + \
        [[f"Tổng sản lượng quy đổi", u] + [fmt(x) for x in m["out"]]]
    qs = m["quarters"]
    t["quarter"] = [["Quý"] + yh] + [[QUARTERS[q]] + [fmt(qs[y][q]) for y in range(3)] for q in range(4)] + \
        [["Cả năm"] + [fmt(sum(qs[y])) for y in range(3)]]
    mo = m["month"]
    if c["raw"]:
        head = ["Tháng", f"Sản lượng ({u})", "Nguyên liệu mua vào (kg)", "Ngày công (công)",
                "Tiền mua nguyên liệu (triệu đồng)"]
        cols = ("out", "raw", "lab", "money")
    else:
        head = ["Tháng", f"Lượt khách", "Ngày công (công)", "Chi thực phẩm, nông sản (triệu đồng)"]
        cols = ("out", "lab", "money")
    t["month"] = [head] + [[MONTHS[i]] + [fmt(mo[k][i]) for k in cols] for i in range(12)]
    tot = m["month_total"]
    t["month"].append(["Cả năm"] + [fmt(tot[k]) for k in cols])
    if c["raw"]:
        rows = [["Chỉ tiêu"] + yh,
                [f"Sản lượng ({u})"] + [fmt(x) for x in m["out"]],
                [f"Nhu cầu {c['raw'][0]} (kg)"] + [fmt(x) for x in m["need"]]]
        rows += [[f"{s[0]} (kg)"] + [fmt(s[1])] * 3 for s in c["supply"]]
        rows.append(["Tổng nguồn cung (kg)"] + [fmt(m["supply"])] * 3)
        if key != "eg06":
            rows.append(["Chênh lệch nguồn cung – nhu cầu (kg)"] + [fmt(m["supply"] - x) for x in m["need"]])
        t["raw"] = rows
    # quarterly tables 2027–2029 built from the month weights
    labq = [[sum(mo["lab"][3 * q:3 * q + 3]) for q in range(4)]] + \
        [[int(round(qs[y][q] * c["lab"])) for q in range(4)] for y in (1, 2)]
    t["labq"] = [["Quý"] + yh] + [[QUARTERS[q]] + [fmt(labq[y][q]) for y in range(3)] for q in range(4)] + \
        [["Cả năm"] + [fmt(sum(labq[y])) for y in range(3)]]
    if c["raw"]:
        rw = [c["raw_w"].get(i + 1, 0) for i in range(12)]
        rq = []
        for y in range(3):
            ms = split(m["need"][y], rw)
            rq.append([sum(ms[3 * q:3 * q + 3]) for q in range(4)])
        t["rawq"] = [["Quý"] + yh] + [[QUARTERS[q]] + [fmt(rq[y][q]) for y in range(3)] for q in range(4)] + \
            [["Cả năm"] + [fmt(sum(rq[y])) for y in range(3)]]
    if key not in NO_CASH:
        true_m = model(key, False)
        q0 = true_m["quarters"][0]
        money_true = true_m["month"]["money"]
        rawline = true_m["cost_lines"][0][1][0]
        rest = true_m["cost"][0] - rawline - true_m["dep"]
        rows = []
        for q in range(4):
            thu = r1(true_m["rev"][0] * q0[q] / true_m["out"][0])
            nl = r1(sum(money_true[3 * q:3 * q + 3]))
            kh = r1(rest * q0[q] / true_m["out"][0])
            rows.append([thu, nl, kh, r1(thu - nl - kh)])
        tot = [r1(sum(r[k] for r in rows)) for k in range(4)]
        t["cash"] = [["Quý", "Thu bán hàng", "Chi mua nguyên liệu", "Chi phí khác (trừ khấu hao)",
                      "Chênh lệch thu – chi"]] + [[QUARTERS[q]] + [fmt(x) for x in rows[q]] for q in range(4)] + \
            [["Cả năm"] + [fmt(x) for x in tot]]
    t["inv"] = [["TT", "Hạng mục", "Thành tiền (triệu đồng)"]] + \
        [[str(i + 1), a, fmt(v)] for i, (a, v) in enumerate(c["inv"])] + [["", "Tổng cộng", fmt(m["inv"])]]
    t["src"] = [["TT", "Nguồn vốn", "Số tiền (triệu đồng)"]] + \
        [[str(i + 1), a, fmt(v)] for i, (a, v) in enumerate(c["src"])] + \
        [["", "Tổng cộng", fmt(sum(v for _, v in c["src"]))]]
    t["rev"] = [["Sản phẩm"] + yh] + \
        [[f"{p[0]} ({fmt(p[3])} đ/{p[1]})"] + [fmt(x) for x in m["rev_lines"][i]] for i, p in enumerate(c["products"])] + \
        [["Tổng doanh thu"] + [fmt(x) for x in m["rev"]]]
    t["cost"] = [["Khoản mục"] + yh] + [[a] + [fmt(x) for x in v] for a, v in m["cost_lines"]] + \
        [["Tổng chi phí"] + [fmt(x) for x in m["cost"]]]
    t["sum"] = [["Chỉ tiêu"] + yh,
                ["Doanh thu"] + [fmt(x) for x in m["rev"]],
                ["Tổng chi phí"] + [fmt(x) for x in m["cost"]],
                ["Lợi nhuận"] + [fmt(x) for x in m["sum_profit"]],
                ["Tỷ suất lợi nhuận/doanh thu (%)"] + [fmt(x) for x in m["margin"]]]
    return t


NO_CASH = {"eg05", "eg09"}

CAPTIONS = {
    "labq": "Ngày công lao động theo quý 2027–2029",
    "rawq": "Nguyên liệu mua vào theo quý 2027–2029 (kg)",
    "cash": "Kế hoạch thu chi theo quý năm 2027",
    "hist": "Kết quả sản xuất kinh doanh 2024–2026",
    "year": "Kế hoạch sản lượng theo sản phẩm 2027–2029",
    "quarter": "Sản lượng theo quý 2027–2029",
    "month": "Kế hoạch từng tháng năm 2027",
    "raw": "Cân đối nguyên liệu 2027–2029",
    "inv": "Tổng vốn đầu tư",
    "src": "Cơ cấu nguồn vốn",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí dự kiến",
    "sum": "Tổng hợp hiệu quả kinh tế",
}
UNITS = {"cash": "ĐVT: triệu đồng", "rev": "ĐVT: triệu đồng", "cost": "ĐVT: triệu đồng", "sum": "ĐVT: triệu đồng"}

# Cells printed off the true value (table, row label, column index from 1): the planted defects
# (asserted off by more than 5 %) and their knock-ons (asserted off, printed as in the stated model).
PLANTED = {
    "eg05": [("month", "T4", 2), ("month", "T4", 4)],
    "eg08": [("rev", "Mứt gừng hộp 300 g (65.000 đ/hộp)", 2)],
    "eg09": [("month", "Cả năm", 1)],
    "eg10": [("sum", "Lợi nhuận", 2)],
}
KNOCK_ON = {
    "eg08": [("rev", "Tổng doanh thu", 2), ("cost", "Bán hàng, quảng bá", 2), ("cost", "Thuế, phí", 2),
             ("cost", "Tổng chi phí", 2), ("sum", "Doanh thu", 2), ("sum", "Tổng chi phí", 2),
             ("sum", "Lợi nhuận", 2), ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 2)],
    "eg09": [("month", f"T{i}", k) for i in range(1, 13) for k in (1, 2, 3)] + [("month", "Cả năm", 2),
                                                                                 ("month", "Cả năm", 3)]
    + [("quarter", q, 1) for q in QUARTERS] + [("quarter", "Cả năm", 1)]
    + [("labq", q, 1) for q in QUARTERS] + [("labq", "Cả năm", 1)],
    "eg10": [("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 2)],
}


# --------------------------------------------------------------------------- reading the plans

class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        """Tables by caption: the line 'Bảng N. <caption>' names the next table."""
        out: dict[str, list[list[str]]] = {}
        name, cur = None, None
        for line in self.body.splitlines():
            s = line.strip()
            mm = re.match(r"^Bảng \d+\. (.+)$", s)
            if mm:
                name, cur = mm.group(1), None
                continue
            if s.startswith("ĐVT:"):
                continue
            if s.startswith("|"):
                if re.fullmatch(r"\|[\s|:-]+\|", s):
                    continue
                if name and cur is None:
                    cur = out.setdefault(name, [])
                if cur is not None:
                    cur.append([x.strip() for x in s.strip("|").split("|")])
            elif s and cur is not None:
                name, cur = None, None
        return out

    def words(self) -> int:
        return len(self.body.split())


def num(s: str) -> float | None:
    s = s.strip()
    if re.fullmatch(r"-?[\d.]+(,\d+)?", s):
        return vn(s)
    return None


def compare(p: Plan, key: str) -> None:
    true, stated = tables(key, False), tables(key, True)
    got = p.tables()
    planted = set(PLANTED.get(key, []))
    knock = set(KNOCK_ON.get(key, []))
    seen = set()
    for name, want in true.items():
        cap = CAPTIONS[name]
        if cap not in got:
            p.failures.append(f"table missing: {cap}")
            continue
        rows = got[cap]
        if len(rows) != len(want):
            p.failures.append(f"{cap}: {len(rows)} rows, {len(want)} expected")
            continue
        for r, (gr, wr, sr) in enumerate(zip(rows, want, stated[name])):
            if gr[:1] != wr[:1] and r:
                p.failures.append(f"{cap}: row {r} label {gr[:1]} != {wr[:1]}")
            label = wr[1] if wr[0].isdigit() or (wr[0] == "" and len(wr) > 2) else wr[0]
            for k, (g, w, s) in enumerate(zip(gr, wr, sr)):
                gv, wv, sv = num(g), num(w), num(s)
                if r == 0 or wv is None:
                    if g != s:
                        p.failures.append(f"{cap}: cell {g!r} != {s!r}")
                    continue
                cell = (name, label, k)
                tol_ok = lambda a, b: close(a, b) or abs(a - b) <= (1.0 if b == round(b) and abs(b) >= 100 else 0.11)
                if cell in planted or cell in knock:
                    seen.add(cell)
                    p.check(gv is not None and close(gv, sv, 1e-9), f"{cap} {label} col {k}: printed {g}, model {s}")
                    if cell in planted:
                        p.check(off(gv, wv), f"PLANTED {cap} {label} col {k}: {g} vs true {w} not off by 5 %")
                else:
                    p.check(gv is not None and tol_ok(gv, wv), f"{cap} {label} col {k}: {g} vs true {w}")
    for cell in planted | knock:
        if cell not in seen:
            p.failures.append(f"planted/knock-on cell not found: {cell}")


def feasibility(p: Plan, key: str, *, raw_short=False, cap_over=False, growth=False) -> dict:
    m = model(key, False)
    c = m["c"]
    if c["raw"]:
        over = [m["need"][y] / m["supply"] for y in range(3)]
        if raw_short:
            p.check(over[0] <= 1 and off(m["need"][1], m["supply"]) and off(m["need"][2], m["supply"]),
                    f"PLANTED raw need {m['need']} against supply {m['supply']}")
        else:
            p.check(all(x <= 1 for x in over), f"raw need {m['need']} within supply {m['supply']}")
    mo = split(m["out"][0], c["out_w"])
    capm = [c["cap_day"] * d for d in c["days"]]
    bad = [i for i in range(12) if mo[i] > capm[i]]
    if cap_over:
        p.check(bad and all(off(mo[i], capm[i]) for i in bad), f"PLANTED month over capacity {bad}")
    else:
        p.check(not bad, f"months over capacity {bad}")
    if key != "eg09":
        p.check(all(int(round(x * c["lab"])) <= c["staff"] * d for x, d in zip(mo, c["days"])), "labour days within staff × days")
    g = [m["out"][1] / m["out"][0], m["out"][2] / m["out"][1], m["rev"][1] / m["rev"][0], m["rev"][2] / m["rev"][1]]
    if growth:
        p.check(all(x > 1.5 for x in g), f"PLANTED growth {g}")
    else:
        p.check(all(x < 1.25 for x in g), f"growth {g}")
        p.check(m["out"][0] / c["hist_out"][2] < 1.25, "2027 vs 2026")
    for y in range(3 if not growth else 1):
        p.check(0.08 <= m["profit"][y] / m["rev"][y] <= 0.40, f"margin {y}: {m['profit'][y] / m['rev'][y]:.2f}")
    if "cash" in tables(key, False):
        cum, low = 0.0, 0.0
        for r in tables(key, False)["cash"][1:5]:
            cum += vn(r[4])
            low = min(low, cum)
        p.check(-low <= c["inv"][-1][1], f"cash: lowest cumulative {low} within the working capital")
    p.check(sum(c["out_w"]) == 100 and (not c["raw"] or sum(c["raw_w"].values()) == 100), "weights sum to 100")
    return m


def money_text(p: Plan, key: str, stated: bool = True) -> None:
    """The sentences every full plan carries, with the model's numbers."""
    m = model(key, stated)
    c = m["c"]
    p.has(f"Tổng vốn đầu tư của phương án là {fmt(m['inv'])} triệu đồng")
    p.has(f"{fmt(c['cap_day'])} {c['unit']}/ngày")
    for y in range(3):
        p.has(fmt(m["out"][y]))
    prof = " + ".join(fmt(x) for x in m["sum_profit"])
    p.has(f"({prof}) : 3 ≈ {fmt(m['avg'])}")
    p.has(f"{fmt(m['inv'])} : ({fmt(m['avg'])} + {fmt(m['dep'])}) ≈ {fmt(m['payback'])} năm")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def full(key: str, **kw) -> Plan:
    p = Plan(P[key]["stem"])
    compare(p, key)
    m = feasibility(p, key, **kw)
    money_text(p, key)
    c = P[key]
    src_total = sum(v for _, v in c["src"])
    if key == "eg09":
        p.check(off(src_total, m["inv"]), f"PLANTED sources {src_total} vs investment {m['inv']}")
    else:
        p.check(src_total == m["inv"], f"sources {src_total} = investment {m['inv']}")
    p.check(c["loan"][0] == next(v for a, v in c["src"] if a.startswith("Vay")), "opening loan = the loan source")
    return p


def main() -> int:
    plans = []
    # ready
    for key, words in (("eg01", ["Giấy phép sản xuất rượu thủ công", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
                                  "Cục Sở hữu trí tuệ", "đăng ký môi trường", "an toàn thực phẩm", "truy xuất"]),
                       ("eg02", ["Giấy chứng nhận đăng ký hộ kinh doanh", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
                                 "nhãn hiệu", "an toàn thực phẩm", "nhật ký"]),
                       ("eg03", ["Giấy chứng nhận đăng ký doanh nghiệp", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
                                 "đăng ký môi trường", "an toàn thực phẩm", "nhãn hiệu", "mã lô"]),
                       ("eg04", ["Giấy chứng nhận đăng ký tổ hợp tác", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
                                 "nhãn hiệu", "an toàn thực phẩm", "sổ theo dõi"])):
        p = full(key)
        p.has(*words)
        ready_common(p)
        plans.append(p)
    # eg05: table-total-mismatch, no-alcohol-license, name-inconsistent
    p = full("eg05")
    m = model("eg05", True)
    p.check(off(sum(m["month"]["raw"]), m["month_total"]["raw"]), "PLANTED month raw column vs its total")
    p.check(close(m["month_total"]["raw"], m["need"][0]), "the total row equals the 2027 need")
    p.lacks(r"giấy phép|105/2017|17/2020|sản xuất rượu thủ công nhằm|cấp phép", "PLANTED no alcohol licence")
    p.check(p.count("Cơ sở rượu Yên Hồ") == 2 and p.count("Tùng Lộc") >= 5, "PLANTED another producer's name twice")
    p.has("an toàn thực phẩm", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted)")
    p.lacks(PLACEHOLDER, "placeholder")
    plans.append(p)
    # eg06: material-shortfall, no-environment-measures, payback-mismatch
    p = full("eg06", raw_short=True)
    t = model("eg06", False)
    p.check(off(1.0, t["payback"]) and t["payback"] >= 1.5, f"PLANTED payback 1,0 vs true {t['payback']}")
    p.has("đủ nguyên liệu cho cả giai đoạn")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|mùi|rác|vệ sinh chuồng|bể lắng|thu gom", "PLANTED no environment")
    p.has("an toàn thực phẩm", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted)")
    p.lacks(PLACEHOLDER, "placeholder")
    plans.append(p)
    # eg07: capacity-exceeded, no-label-plan, outdated-policy
    p = full("eg07", cap_over=True)
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated: the current decisions are not cited")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem truy", "PLANTED no label")
    p.has("an toàn thực phẩm", "tự công bố", "nhãn hiệu", "sổ ghi chép")
    p.lacks(PLACEHOLDER, "placeholder")
    plans.append(p)
    # eg08: revenue-mismatch, no-food-safety, boilerplate
    p = full("eg08")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|cam kết sản xuất", "PLANTED no food safety")
    p.check(p.count("[tên sản phẩm]") == 1 and p.count("……") == 1, "PLANTED template placeholders left")
    p.has("tự công bố", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu", "mã lô", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted)")
    plans.append(p)
    # eg09: capital-mismatch, figure-inconsistent, unrealistic-growth
    p = full("eg09", growth=True)
    p.has("150 lượt khách/ngày", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted)")
    p.lacks(PLACEHOLDER, "placeholder")
    plans.append(p)
    # eg10: profit-mismatch, no-product-standard, no-quality-control
    p = full("eg10")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố sản phẩm|QCVN|TCVN|kiểm nghiệm|quy chuẩn", "PLANTED no standard")
    p.lacks(r"truy xuất|mã lô|nhật ký|sổ ghi|kiểm soát chất lượng|kiểm tra chất lượng|lưu mẫu|\bQR\b|HACCP|ISO",
            "PLANTED no quality control")
    p.has("an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted)")
    p.lacks(PLACEHOLDER, "placeholder")
    plans.append(p)
    # sketchy
    a = Plan("eg11_che_lam_thach_lam_so_sai")
    a.check(150 <= a.words() <= 320, f"150–320 words ({a.words()})")
    a.check(2000 * 60000 == 120e6, "2.000 gói × 60.000 = 120 triệu")
    a.has("2.000 gói", "60.000 đồng/gói", "120 triệu đồng")
    a.lacks(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"truy xuất|vốn đầu tư", "tolerated gaps are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("eg12_ca_kho_gio_bac_so_sai")
    b.check(150 <= b.words() <= 320, f"150–320 words ({b.words()})")
    b.check(800 * 250000 == 200e6, "800 kg × 250.000 = 200 triệu")
    b.has("800 kg", "250.000 đồng/kg", "200 triệu đồng")
    b.lacks(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"truy xuất|vốn đầu tư|chi phí", "tolerated gaps are real")
    b.lacks(PLACEHOLDER, "placeholder")
    plans += [a, b]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
