"""The 140th holdout set's arithmetic, recomputed from the constants below: what a careful
reviewer checks by hand on a plan that sells through several channels at several prices.

    .venv/bin/python tests/holdout140/arithmetic.py

For every full plan (ek01-ek10) the constants give the output, the channel shares, each channel's
price and fee, the shipping and transport rates, the raw-material norm and supply, the equipment
capacity, staff and wages, the fixed assets, the loans, the investment items and sources and the
history. From them the script recomputes: channel volumes (summing to the year's output), channel
revenue = volume x channel price, the revenue total = the sum of the channels, every selling-cost
line (commission or platform fee = its % of the channel's revenue, shipping = orders x cost per
order, transport = units x rate), each production-cost line, the cost total, profit, margin,
investment = items = sources, payback = investment / (average profit + depreciation), raw-material
need against supply, output against capacity, growth, the history (revenue = output x average
price). Each table of the plan's source is then read (by its caption) and compared cell by cell:
within 1 % where the plan is right, wrong by more than 5 % where a defect is planted (PLANTED
names those cells). The table's own relations (rows summing to its total row, revenue = volume x
price, profit = revenue - cost) are also checked on the printed figures, so a planted defect is
shown to be visible from the plan alone. Textual defects are asserted through the absence or
presence of their words; ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced
instrument or district body; no plan keeps a template placeholder; the sketchy plans have
150-320 words and their few figures.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|huyện")

# --------------------------------------------------------------------------- constants
# Money in triệu đồng unless a key ends in _d (đồng). Q: units sold and produced per year.
# channels: (label, share %, price đ/unit, fee %, kind) where kind is
#   "site" (sold at the premises), "agent" (transport per unit), "shop" (transport per unit),
#   "online" (shipping per order), "gift" (transport per unit), "export" (transport per unit).
C: dict[str, dict] = {
    "ek01_nuoc_mam_cam_nhuong_htx": dict(
        unit="chai", Q=[30000, 33000, 36000], hist_Q=[22000, 24500, 27000], hist_price_d=78000,
        hist_profit=[310, 365, 420],
        channels=[("Bán lẻ tại cơ sở", 20, 95000, 0, "site"), ("Đại lý trong tỉnh", 40, 72000, 0, "agent"),
                  ("Cửa hàng OCOP, siêu thị", 25, 85000, 15, "shop"), ("Sàn thương mại điện tử", 15, 98000, 12, "online")],
        ship_order_d=22000, units_per_order=4, transport_d=1500, promo=60,
        norm=0.7, raw_price_d=20000, supply_own=[12000, 12000, 12000], supply_contract=[12000, 13000, 15000],
        pack_d=6000, energy_d=1000, staff=[8, 9, 9], wage=6.5, mgmt=120,
        items=[("Mở rộng nhà thùng chượp 120 m²", 350, True), ("20 thùng chượp composite 2 m³", 250, True),
               ("Máy chiết rót, đóng nắp bán tự động", 180, True), ("Hệ thống lọc và bồn chứa inox", 120, True),
               ("Thiết kế bao bì, nhãn, mã vạch, website", 50, False), ("Vốn lưu động", 250, False)],
        sources=[("Quỹ đầu tư phát triển của hợp tác xã", 400), ("Vốn góp bổ sung của thành viên", 400),
                 ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, cap=(45, 600, 1, "kg cá"), cap_on="raw"),
    "ek02_mat_ong_vu_quang_cty": dict(
        unit="hũ", Q=[16000, 18000, 20000], hist_Q=[11000, 12500, 14000], hist_price_d=245000,
        hist_profit=[420, 505, 590],
        channels=[("Bán lẻ tại cửa hàng của công ty", 20, 280000, 0, "site"), ("Nhà thuốc, đại lý", 35, 215000, 0, "agent"),
                  ("Quà tặng doanh nghiệp", 20, 260000, 5, "gift"), ("Sàn thương mại điện tử", 25, 290000, 14, "online")],
        ship_order_d=30000, units_per_order=2, transport_d=4000, promo=120,
        norm=0.52, raw_price_d=160000, supply_own=[6000, 6000, 6000], supply_contract=[3000, 3800, 4600],
        pack_d=18000, energy_d=2000, staff=[9, 9, 10], wage=7.0, mgmt=180,
        items=[("Nhà sơ chế, đóng gói 150 m² đạt điều kiện an toàn thực phẩm", 600, True),
               ("Máy hạ thủy phần mật ong 200 kg/mẻ", 320, True), ("Máy chiết rót, đóng nắp, dán nhãn", 230, True),
               ("Thay 300 thùng ong cũ, dụng cụ khai thác", 150, True), ("Kho lạnh bảo quản mật 20 m³", 100, True),
               ("Thiết kế bao bì, nhãn, truy xuất nguồn gốc", 80, False), ("Vốn lưu động", 520, False)],
        sources=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng TMCP Công thương", 800)],
        life=10, loan=[800, 600, 400], rate=0.085, cap=(200, 2, 120, "kg mật"), cap_on="raw"),
    "ek03_tra_ca_gai_leo_dong_loc_tht": dict(
        unit="hộp", Q=[24000, 27000, 30000], hist_Q=[16000, 18500, 21000], hist_price_d=54000,
        hist_profit=[150, 185, 220],
        channels=[("Bán tại cơ sở và hội chợ", 15, 65000, 0, "site"), ("Nhà thuốc, đại lý", 45, 48000, 0, "agent"),
                  ("Cửa hàng OCOP, siêu thị", 20, 58000, 12, "shop"), ("Sàn thương mại điện tử", 20, 68000, 10, "online")],
        ship_order_d=20000, units_per_order=3, transport_d=1200, promo=50,
        norm=0.5, raw_price_d=12000, supply_own=[8000, 8000, 8000], supply_contract=[5000, 6000, 7500],
        pack_d=9000, energy_d=1500, staff=[7, 7, 8], wage=5.5, mgmt=70,
        items=[("Cải tạo xưởng sơ chế, sấy 100 m²", 180, True), ("Máy sấy nhiệt 150 kg/mẻ", 140, True),
               ("Máy nghiền và máy đóng gói túi lọc", 220, True), ("Thiết kế hộp, nhãn, mã QR", 40, False),
               ("Vốn lưu động", 170, False)],
        sources=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, cap=(150, 2, 250, "kg lá tươi"), cap_on="raw"),
    "ek04_cam_bu_son_hong_hkd": dict(
        unit="kg", Q=[60000, 66000, 72000], hist_Q=[45000, 50000, 54000], hist_price_d=28500,
        hist_profit=[420, 490, 540],
        channels=[("Bán tại vườn và điểm trải nghiệm", 15, 35000, 0, "site"), ("Thương lái, đại lý đầu mối", 45, 24000, 0, "agent"),
                  ("Siêu thị, cửa hàng OCOP", 15, 32000, 10, "shop"), ("Quà tặng Tết doanh nghiệp", 15, 40000, 0, "gift"),
                  ("Sàn thương mại điện tử", 10, 42000, 10, "online")],
        ship_order_d=35000, units_per_order=5, transport_d=800, promo=40,
        norm=1.05, raw_price_d=6000, supply_own=[66000, 72000, 78000], supply_contract=[0, 0, 0],
        pack_d=2500, energy_d=300, staff=[6, 6, 7], wage=5.5, mgmt=120,
        items=[("Hệ thống tưới nhỏ giọt 4 ha", 220, True), ("Nhà sơ chế, phân loại, kho mát 80 m²", 260, True),
               ("Máy phân loại quả, dụng cụ đóng hộp", 90, True), ("Thiết kế hộp quà, nhãn, tem QR", 30, False),
               ("Vốn lưu động", 200, False)],
        sources=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.075, cap=(4, 20000, 1, "kg quả"), cap_on="raw"),
    "ek05_keo_cu_do_duc_tho_cty": dict(
        unit="hộp", Q=[50000, 55000, 60000], hist_Q=[38000, 42000, 45000], hist_price_d=44000,
        hist_profit=[260, 300, 335],
        channels=[("Bán lẻ tại cửa hàng", 20, 55000, 0, "site"), ("Nhà phân phối, đại lý", 45, 40000, 0, "agent"),
                  ("Cửa hàng OCOP, siêu thị", 20, 50000, 15, "shop"), ("Sàn thương mại điện tử", 15, 58000, 12, "online")],
        ship_order_d=25000, units_per_order=5, transport_d=1000, promo=80,
        norm=0.3, raw_price_d=40000, supply_own=[0, 0, 0], supply_contract=[20000, 22000, 24000],
        pack_d=5000, energy_d=1200, staff=[8, 8, 9], wage=6.0, mgmt=100,
        items=[("Cải tạo xưởng sản xuất 200 m²", 300, True), ("Nồi nấu mật, máy cán, máy cắt kẹo", 350, True),
               ("Máy đóng gói, hàn màng", 150, True), ("Thiết kế bao bì hộp", 40, False), ("Vốn lưu động", 360, False)],
        sources=[("Vốn góp cổ đông", 700), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 500)],
        life=10, loan=[500, 350, 200], rate=0.085, cap=(250, 280, 1, "hộp"), cap_on="out"),
    "ek06_ruou_nep_thach_khe_htx": dict(
        unit="chai", Q=[20000, 22000, 24000], hist_Q=[14000, 16000, 17500], hist_price_d=110000,
        hist_profit=[300, 360, 410],
        channels=[("Bán lẻ tại cơ sở", 25, 130000, 0, "site"), ("Đại lý, nhà hàng", 40, 100000, 0, "agent"),
                  ("Quà tặng doanh nghiệp", 20, 125000, 5, "gift"), ("Cửa hàng OCOP", 15, 120000, 15, "shop")],
        ship_order_d=0, units_per_order=1, transport_d=2000, promo=70,
        norm=0.6, raw_price_d=28000, supply_own=[8000, 8000, 8000], supply_contract=[5000, 6000, 7500],
        pack_d=14000, energy_d=3000, staff=[9, 9, 10], wage=6.0, mgmt=110,
        items=[("Nhà nấu, chưng cất và hạ thổ 150 m²", 400, True), ("Nồi chưng cất inox 2 nồi", 200, True),
               ("Hệ thống lọc, khử andehyt", 180, True), ("50 chum sành và tủ ủ men", 70, True),
               ("Thiết kế chai, hộp, nhãn", 50, False), ("Vốn lưu động", 300, False)],
        sources=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, cap=(2, 40, 300, "lít"), cap_on="litre", litre=0.5),
    "ek07_dau_lac_huong_khe_tht": dict(
        unit="chai", Q=[16000, 17600, 20000], hist_Q=[11000, 12500, 14000], hist_price_d=150000,
        hist_profit=[170, 205, 240],
        channels=[("Bán tại cơ sở ép", 20, 175000, 0, "site"), ("Đại lý, tạp hóa", 40, 145000, 0, "agent"),
                  ("Bếp ăn trường học, nhà hàng", 25, 150000, 0, "agent"), ("Sàn thương mại điện tử", 15, 180000, 12, "online")],
        ship_order_d=25000, units_per_order=3, transport_d=1500, promo=50,
        norm=2.5, raw_price_d=34000, supply_own=[21000, 21000, 21000], supply_contract=[24000, 24000, 24000],
        pack_d=7000, energy_d=2500, staff=[5, 5, 6], wage=5.5, mgmt=80,
        items=[("Máy ép trục vít 60 kg hạt/giờ", 250, True), ("Máy rang, máy tách vỏ lụa", 150, True),
               ("Bồn lắng, máy lọc dầu", 120, True), ("Nhà kho hạt lạc 80 m²", 160, True),
               ("Thiết kế chai, nhãn", 30, False), ("Vốn lưu động", 290, False)],
        sources=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, cap=(60, 8, 250, "kg lạc"), cap_on="raw"),
    "ek08_muc_mot_nang_thach_kim_hkd": dict(
        unit="kg", Q=[6000, 6600, 7200], hist_Q=[4200, 4800, 5300], hist_price_d=575000,
        hist_profit=[260, 300, 340],
        channels=[("Bán lẻ tại cơ sở", 20, 650000, 0, "site"), ("Nhà hàng, đại lý hải sản", 40, 540000, 10, "agent"),
                  ("Quà tặng doanh nghiệp", 15, 620000, 0, "gift"), ("Sàn thương mại điện tử", 25, 680000, 12, "online")],
        ship_order_d=45000, units_per_order=1, transport_d=10000, promo=80,
        norm=2.0, raw_price_d=160000, supply_own=[8000, 8000, 8000], supply_contract=[5000, 6000, 7000],
        pack_d=12000, energy_d=8000, staff=[6, 6, 7], wage=6.5, mgmt=90,
        items=[("Kho cấp đông và tủ đông bảo quản", 280, True), ("Giàn phơi inox, nhà phơi mái che", 150, True),
               ("Máy hút chân không, đóng gói", 80, True), ("Thiết kế bao bì, nhãn", 30, False),
               ("Vốn lưu động", 460, False)],
        sources=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=8, loan=[400, 300, 200], rate=0.08, cap=(150, 160, 1, "kg mực tươi"), cap_on="raw"),
    "ek09_banh_da_vung_tung_loc_cty": dict(
        unit="gói", Q=[80000, 90000, 104000], hist_Q=[62000, 68000, 72000], hist_price_d=26000,
        hist_profit=[190, 220, 250],
        channels=[("Bán lẻ tại cơ sở", 15, 32000, 0, "site"), ("Nhà phân phối, đại lý", 50, 24000, 0, "agent"),
                  ("Siêu thị, cửa hàng OCOP", 20, 30000, 15, "shop"), ("Sàn thương mại điện tử", 15, 34000, 10, "online")],
        ship_order_d=20000, units_per_order=6, transport_d=600, promo=60,
        norm=0.22, raw_price_d=25000, supply_own=[0, 0, 0], supply_contract=[20000, 22000, 25000],
        pack_d=2500, energy_d=800, staff=[10, 11, 11], wage=5.5, mgmt=90,
        items=[("Nhà xưởng tráng, sấy bánh 180 m²", 350, True), ("Dây chuyền tráng bánh tự động 1 dây", 420, True),
               ("Lò sấy bánh bằng nhiệt", 150, True), ("Thiết kế bao bì, nhãn", 30, False), ("Vốn lưu động", 250, False)],
        sources=[("Vốn chủ sở hữu", 550), ("Vay Quỹ hỗ trợ phát triển hợp tác xã và doanh nghiệp nhỏ", 300)],
        life=10, loan=[300, 200, 100], rate=0.07, cap=(1, 400, 240, "gói"), cap_on="out"),
    "ek10_che_xanh_ky_thuong_htx": dict(
        unit="gói", Q=[12000, 22800, 41000], hist_Q=[9000, 9800, 10500], hist_price_d=100000,
        hist_profit=[130, 150, 170],
        channels=[("Bán lẻ tại cơ sở", 20, 120000, 0, "site"), ("Đại lý chè trong tỉnh", 50, 92000, 0, "agent"),
                  ("Cửa hàng OCOP", 15, 110000, 12, "shop"), ("Sàn thương mại điện tử", 15, 125000, 10, "online")],
        ship_order_d=25000, units_per_order=3, transport_d=1500, promo=40,
        norm=2.4, raw_price_d=15000, supply_own=[60000, 60000, 60000], supply_contract=[40000, 40000, 40000],
        pack_d=6000, energy_d=4000, staff=[6, 6, 6], wage=5.5, mgmt=70,
        items=[("Cải tạo xưởng chế biến 120 m²", 200, True), ("Máy diệt men, máy vò, máy sấy", 280, True),
               ("Máy đóng gói hút chân không", 70, True), ("Thiết kế bao bì", 30, False), ("Vốn lưu động", 120, False)],
        sources=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, cap=(1, 200, 300, "gói"), cap_on="out"),
}

# The planted numeric defects: which printed cells differ from the model (and how they were made).
PLANTED: dict[str, dict] = {
    # a channel's revenue: 2028 distributor row priced at the retail 55.000 đ instead of 40.000 đ
    "ek05_keo_cu_do_duc_tho_cty": {"rev_row": (1, 1, 55000)},
    # the revenue table's 2028 total is 9 % above the sum of its four channels
    "ek06_ruou_nep_thach_khe_htx": {"rev_total": (1, 1.09)},
    # 2028 channel volumes: the agents' row 9.600 instead of 7.040 (channels sum 20.160 > 17.600 produced)
    "ek07_dau_lac_huong_khe_tht": {"vol_row": (1, 1, 9600)},
    # 2029 profit written before the agents' 10 % commission the cost table carries
    "ek08_muc_mot_nang_thach_kim_hkd": {"profit_plus_commission": 2},
    # capital sources 850 against an investment of 1.200; 2029 output 104.000 gói over the line's 96.000
    "ek09_banh_da_vung_tung_loc_cty": {"sources": 850},
    # payback written 0,4 year: the 2029 profit taken for the three-year average
    "ek10_che_xanh_ky_thuong_htx": {"payback": 0.4},
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(c: dict) -> dict:
    """Every figure of a full plan from its constants (triệu đồng rounded to 0,1)."""
    m: dict = {}
    Q = c["Q"]
    chans = c["channels"]
    vol = []
    for k, (_, share, _, _, _) in enumerate(chans):
        vol.append([round(Q[y] * share / 100) for y in range(3)])
    m["vol"] = vol
    m["rev"] = [[r1(vol[k][y] * chans[k][2] / 1e6) for y in range(3)] for k in range(len(chans))]
    m["rev_total"] = [r1(sum(m["rev"][k][y] for k in range(len(chans)))) for y in range(3)]
    sell = []
    for k, (name, _, _, fee, kind) in enumerate(chans):
        if fee:
            sell.append(("fee", k, [r1(m["rev"][k][y] * fee / 100) for y in range(3)]))
    for k, (name, _, _, fee, kind) in enumerate(chans):
        if kind == "online" and c["ship_order_d"]:
            sell.append(("ship", k, [r1(vol[k][y] / c["units_per_order"] * c["ship_order_d"] / 1e6) for y in range(3)]))
    tr = [sum(vol[k][y] for k, ch in enumerate(chans) if ch[4] in ("agent", "shop", "gift")) for y in range(3)]
    sell.append(("transport", None, [r1(tr[y] * c["transport_d"] / 1e6) for y in range(3)]))
    sell.append(("promo", None, [float(c["promo"])] * 3))
    m["sell"] = sell
    m["sell_total"] = [r1(sum(s[2][y] for s in sell)) for y in range(3)]
    need = [r1(Q[y] * c["norm"]) for y in range(3)]
    m["need"] = need
    m["supply"] = [c["supply_own"][y] + c["supply_contract"][y] for y in range(3)]
    fixed = sum(a for _, a, f in c["items"] if f)
    m["fixed"] = fixed
    m["invest"] = sum(a for _, a, _ in c["items"])
    m["sources_total"] = sum(a for _, a in c["sources"])
    lines = [
        ("raw", [r1(need[y] * c["raw_price_d"] / 1e6) for y in range(3)]),
        ("pack", [r1(Q[y] * c["pack_d"] / 1e6) for y in range(3)]),
        ("labour", [r1(c["staff"][y] * c["wage"] * 12) for y in range(3)]),
        ("energy", [r1(Q[y] * c["energy_d"] / 1e6) for y in range(3)]),
        ("depr", [r1(fixed / c["life"])] * 3),
        ("interest", [r1(c["loan"][y] * c["rate"]) for y in range(3)]),
        ("selling", m["sell_total"]),
        ("mgmt", [float(c["mgmt"])] * 3),
    ]
    m["cost_lines"] = lines
    m["cost"] = [r1(sum(l[1][y] for l in lines)) for y in range(3)]
    m["profit"] = [r1(m["rev_total"][y] - m["cost"][y]) for y in range(3)]
    m["margin"] = [round(m["profit"][y] / m["rev_total"][y] * 100, 1) for y in range(3)]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["depr"] = r1(fixed / c["life"])
    m["payback"] = round(m["invest"] / (m["avg_profit"] + m["depr"]), 1)
    m["hist_rev"] = [r1(q * c["hist_price_d"] / 1e6) for q in c["hist_Q"]]
    a, b, d, _ = c["cap"]
    m["capacity"] = a * b * d
    return m


def printed(stem: str) -> dict:
    """The figures as the plan prints them: the model with the planted defect and its knock-ons."""
    c, pl = C[stem], PLANTED.get(stem, {})
    m = model(c)
    p = copy.deepcopy(m)
    chans = c["channels"]
    if "vol_row" in pl:  # a channel's volume raised: its revenue, fee and transport follow
        y, k, v = pl["vol_row"]
        p["vol"][k][y] = v
        p["rev"][k][y] = r1(v * chans[k][2] / 1e6)
        tr = sum(p["vol"][j][y] for j, ch in enumerate(chans) if ch[4] in ("agent", "shop", "gift"))
        for s in p["sell"]:
            if s[0] == "transport":
                s[2][y] = r1(tr * c["transport_d"] / 1e6)
    if "rev_row" in pl:  # a channel's revenue at another price
        y, k, price = pl["rev_row"]
        p["rev"][k][y] = r1(p["vol"][k][y] * price / 1e6)
    p["vol_total"] = [sum(p["vol"][k][y] for k in range(len(chans))) for y in range(3)]
    p["rev_total"] = [r1(sum(p["rev"][k][y] for k in range(len(chans)))) for y in range(3)]
    if "rev_total" in pl:  # the total row written above the sum of its channels
        y, f = pl["rev_total"]
        p["rev_total"][y] = r1(round(p["rev_total"][y] * f))
    p["sell_total"] = [r1(sum(s[2][y] for s in p["sell"])) for y in range(3)]
    p["cost_lines"] = [(n, p["sell_total"] if n == "selling" else v) for n, v in p["cost_lines"]]
    p["cost"] = [r1(sum(l[1][y] for l in p["cost_lines"])) for y in range(3)]
    p["profit"] = [r1(p["rev_total"][y] - p["cost"][y]) for y in range(3)]
    if "profit_plus_commission" in pl:
        y = pl["profit_plus_commission"]
        fee = next(s[2][y] for s in p["sell"] if s[0] == "fee" and chans[s[1]][4] == "agent")
        p["profit"][y] = r1(p["profit"][y] + fee)
    p["margin"] = [round(p["profit"][y] / p["rev_total"][y] * 100, 1) for y in range(3)]
    p["avg_profit"] = r1(sum(p["profit"]) / 3)
    p["payback"] = round(p["invest"] / (p["avg_profit"] + p["depr"]), 1)
    if "payback" in pl:
        p["payback"] = pl["payback"]
    return p


# --------------------------------------------------------------------------- reading the plans

class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """The rows (header dropped) of the table whose caption line contains `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^(Bảng \d+\. )?" + re.escape(caption), line.strip()):
                rows, started = [], False
                for ln in lines[i + 1:]:
                    if ln.startswith("|"):
                        started = True
                        if not ln.startswith("|---"):
                            rows.append([c.strip() for c in ln.strip().strip("|").split("|")])
                    elif started:
                        break
                return rows[1:]
        self.failures.append(f"table not found: {caption!r}")
        return []

    def line(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in rows:
            if len(r) > 1 and r[1].startswith(label):
                return [vn(x) for x in r[-n:]]
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * n

    def words(self) -> int:
        return len(self.body.split())


def eq(p: Plan, got: list[float], want: list[float], what: str, planted: set[int] = frozenset()) -> None:
    """Cell by cell: right within 1 % (or 0,05 of a rounded figure) except the planted ones, which are off by > 5 %."""
    for y, (g, w) in enumerate(zip(got, want)):
        if y in planted:
            p.check(off(g, w), f"PLANTED {what} {YEARS[y]}: {g} should be off the true {w} by > 5 %")
        else:
            p.check(close(g, w) or abs(g - w) <= 0.051, f"{what} {YEARS[y]}: {g} != {w}")


def check_full(stem: str) -> Plan:
    p, c, m, pr, pl = Plan(stem), C[stem], model(C[stem]), printed(stem), PLANTED.get(stem, {})
    chans, Q, u = c["channels"], c["Q"], c["unit"]
    # history: revenue = output x average price; 2027 a credible step on 2026
    h = p.table("Kết quả sản xuất kinh doanh ba năm gần đây")
    eq(p, p.line(h, "Sản lượng tiêu thụ"), c["hist_Q"], "history output")
    eq(p, p.line(h, "Doanh thu"), [q * c["hist_price_d"] / 1e6 for q in c["hist_Q"]], "history revenue")
    p.check(Q[0] / c["hist_Q"][2] < 1.2, "2027 output within +20 % of 2026")
    # channel prices and shares
    t = p.table("Kênh tiêu thụ, tỷ trọng sản lượng và giá bán")
    p.check(sum(vn(r[2]) for r in t) == 100, "channel shares sum to 100 %")
    for k, ch in enumerate(chans):
        p.check(t[k][1] == ch[0] and vn(t[k][2]) == ch[1] and vn(t[k][3]) == ch[2] and vn(t[k][4]) == ch[3],
                f"channel row {ch[0]}")
    # volumes by channel: each = output x share; the total row = the rows; the total = the year's output
    v = p.table("Sản lượng tiêu thụ theo kênh")
    vol_pl = pl.get("vol_row")
    for k, ch in enumerate(chans):
        got = p.line(v, ch[0])
        want = [Q[y] * ch[1] / 100 for y in range(3)]
        eq(p, got, want, f"volume {ch[0]}", {vol_pl[0]} if vol_pl and vol_pl[1] == k else set())
    tot = p.line(v, "Tổng lượng bán")
    p.check(all(close(tot[y], sum(p.line(v, ch[0])[y] for ch in chans)) for y in range(3)), "volume total = its rows")
    eq(p, tot, Q, "channels sold against the year's output", {vol_pl[0]} if vol_pl else set())
    # raw material: need = output x norm within supply; own + contract = supply; balance row
    r = p.table("Cân đối nguồn")
    need, own, con, sup = (p.line(r, "Nhu cầu"), p.line(r, c_own(r)), p.line(r, c_con(r)), p.line(r, "Tổng nguồn cung"))
    eq(p, need, [q * c["norm"] for q in Q], "raw-material need")
    eq(p, own, c["supply_own"], "own supply")
    eq(p, con, c["supply_contract"], "contract supply")
    eq(p, sup, [own[y] + con[y] for y in range(3)], "supply total")
    short = {2} if stem == "ek07_dau_lac_huong_khe_tht" else set()
    for y in range(3):
        if y in short:
            p.check(need[y] > sup[y] and off(need[y], sup[y]), f"PLANTED raw material short in {YEARS[y]}: {need[y]} > {sup[y]}")
        else:
            p.check(need[y] <= sup[y], f"raw material within supply {YEARS[y]}")
    if any(len(x) > 1 and x[1].startswith("Chênh lệch") for x in r):
        eq(p, p.line(r, "Chênh lệch"), [sup[y] - need[y] for y in range(3)], "balance row")
    # capacity: output (or the raw material it needs) within capacity x working days
    a, b, d, _ = c["cap"]
    cap = a * b * d
    p.has(plancheck_num(cap))
    load = {"out": Q, "raw": need, "litre": [q * c.get("litre", 1) for q in Q]}[c["cap_on"]]
    over = {2} if stem == "ek09_banh_da_vung_tung_loc_cty" else set()
    for y in range(3):
        if y in over:
            p.check(off(load[y], cap), f"PLANTED output {load[y]} over the capacity {cap} by > 5 %")
        else:
            p.check(load[y] <= cap, f"within capacity {YEARS[y]}: {load[y]} <= {cap}")
    # staff
    s = p.table("Bố trí lao động năm 2027")
    p.check(sum(vn(x[2]) for x in s[:-1]) == vn(s[-1][2]) == c["staff"][0], "staff by section = head count")
    # plan table
    pt = p.table("Kế hoạch sản lượng giai đoạn 2027–2029")
    eq(p, p.line(pt, "Sản lượng sản xuất"), Q, "plan output")
    eq(p, p.line(pt, "Nguyên liệu sử dụng"), need, "plan raw material")
    eq(p, p.line(pt, "Lao động"), c["staff"], "plan staff")
    # investment and sources
    inv = p.table("Tổng vốn đầu tư")
    items = [vn(x[2]) for x in inv[:-1]]
    p.check(items == [a for _, a, _ in c["items"]] and sum(items) == vn(inv[-1][2]) == m["invest"], "investment items = total")
    src = p.table("Cơ cấu nguồn vốn")
    srcs = [vn(x[2]) for x in src[:-1]]
    p.check(sum(srcs) == vn(src[-1][2]) and all(close(vn(x[3]), vn(x[2]) / sum(srcs) * 100) or abs(vn(x[3]) - vn(x[2]) / sum(srcs) * 100) < 0.06
                                                for x in src[:-1]), "sources = their total, shares")
    if "sources" in pl:
        p.check(sum(srcs) == pl["sources"] and off(sum(srcs), m["invest"]), f"PLANTED sources {sum(srcs)} != investment {m['invest']}")
    else:
        p.check(sum(srcs) == m["invest"], "sources = investment")
    p.check(close(m["fixed"] / c["life"], m["depr"]), "depreciation")
    # revenue by channel: each row = printed volume x its price; the total = the rows
    rv = p.table("Doanh thu theo kênh tiêu thụ")
    rows = []
    for k, ch in enumerate(chans):
        got = p.line(rv, ch[0])
        rows.append(got)
        vols = p.line(v, ch[0])
        bad = {pl["rev_row"][0]} if "rev_row" in pl and pl["rev_row"][1] == k else set()
        eq(p, got, [vols[y] * ch[2] / 1e6 for y in range(3)], f"revenue {ch[0]} = volume x price", bad)
    rt = p.line(rv, "Tổng doanh thu")
    bad = {pl["rev_total"][0]} if "rev_total" in pl else set()
    eq(p, rt, [sum(x[y] for x in rows) for y in range(3)], "revenue total = its channels", bad)
    tr = model(c)["rev_total"]
    knock = set()
    if "rev_row" in pl or "rev_total" in pl or "vol_row" in pl:
        knock = {1}
    eq(p, rt, tr, "revenue total against the true Σ output share x price", knock)
    # selling costs
    sc = p.table("Chi phí bán hàng theo kênh")
    for i, (kind, k, vals) in enumerate(pr["sell"]):
        got = [vn(x) for x in sc[i][-3:]]
        if kind == "fee":
            want = [rows[k][y] * chans[k][3] / 100 if not (("rev_row" in pl) and pl["rev_row"][1] == k)
                    else m["rev"][k][y] * chans[k][3] / 100 for y in range(3)]
            p.check(f"({chans[k][3]} %" in sc[i][1], f"fee label carries {chans[k][3]} %")
        elif kind == "ship":
            want = [p.line(v, chans[k][0])[y] / c["units_per_order"] * c["ship_order_d"] / 1e6 for y in range(3)]
        elif kind == "transport":
            want = [sum(p.line(v, ch[0])[y] for ch in chans if ch[4] in ("agent", "shop", "gift")) * c["transport_d"] / 1e6
                    for y in range(3)]
        else:
            want = [c["promo"]] * 3
        eq(p, got, want, f"selling line {sc[i][1]}")
    st = p.line(sc, "Cộng chi phí bán hàng")
    eq(p, st, [sum(vn(x[-3 + y]) for x in sc[:-1]) for y in range(3)], "selling total = its lines")
    # cost table
    ct = p.table("Chi phí sản xuất kinh doanh")
    want = {"raw": [n * c["raw_price_d"] / 1e6 for n in need], "pack": [q * c["pack_d"] / 1e6 for q in Q],
            "labour": [s_ * c["wage"] * 12 for s_ in c["staff"]], "energy": [q * c["energy_d"] / 1e6 for q in Q],
            "depr": [m["fixed"] / c["life"]] * 3, "interest": [l_ * c["rate"] for l_ in c["loan"]], "selling": st,
            "mgmt": [c["mgmt"]] * 3}
    for i, (name, _) in enumerate(pr["cost_lines"]):
        eq(p, [vn(x) for x in ct[i][-3:]], want[name], f"cost line {ct[i][1]}")
    cost = p.line(ct, "Tổng chi phí")
    eq(p, cost, [sum(vn(x[-3 + y]) for x in ct[:-1]) for y in range(3)], "cost total = its lines")
    # summary: revenue and cost as in their tables; profit = revenue - cost; margin
    sm = p.table("Tổng hợp hiệu quả kinh tế")
    eq(p, p.line(sm, "Tổng doanh thu"), rt, "summary revenue")
    eq(p, p.line(sm, "Tổng chi phí"), cost, "summary cost")
    prof = p.line(sm, "Lợi nhuận")
    bad = {pl["profit_plus_commission"]} if "profit_plus_commission" in pl else set()
    eq(p, prof, [rt[y] - cost[y] for y in range(3)], "profit = revenue - cost", bad)
    mg = p.line(sm, "Tỷ suất")
    eq(p, mg, [prof[y] / rt[y] * 100 for y in range(3)], "margin")
    p.check(all(x < 45 for x in m["margin"]), "true margins under 45 %")
    # payback: investment / (average profit + depreciation)
    avg = sum(prof) / 3
    true_pb = m["invest"] / (m["avg_profit"] + m["depr"])
    if "payback" in pl:
        p.has(f"≈ {plancheck_dec(pl['payback'])} năm")
        p.check(off(pl["payback"], true_pb), f"PLANTED payback {pl['payback']} against {true_pb:.2f}")
    else:
        p.has(f"≈ {plancheck_dec(pr['avg_profit'])} triệu đồng", f"({plancheck_dec(pr['avg_profit'])} + {plancheck_dec(m['depr'])}) ≈ "
              f"{plancheck_dec(pr['payback'])} năm")
        p.check(abs(m["invest"] / (avg + m["depr"]) - pr["payback"]) < 0.06, "payback as printed follows the printed profits")
        if not pl:
            p.check(abs(true_pb - pr["payback"]) < 0.06, "payback right")
    # growth: revenue and output per year
    for y in (1, 2):
        g_out, g_rev = Q[y] / Q[y - 1], m["rev_total"][y] / m["rev_total"][y - 1]
        if stem == "ek10_che_xanh_ky_thuong_htx":
            p.check(g_out > 1.5 and g_rev > 1.5, f"PLANTED growth ×{g_out:.2f} in {YEARS[y]}")
        else:
            p.check(g_out < 1.2 and g_rev < 1.2, f"growth {YEARS[y]} under 20 %")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def plancheck_num(x: float) -> str:
    return f"{int(x):,}".replace(",", ".")


def plancheck_dec(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return plancheck_num(round(x))
    a, b = f"{x:,.1f}".split(".")
    return a.replace(",", ".") + "," + b


def c_own(rows: list[list[str]]) -> str:
    return rows[1][1]


def c_con(rows: list[list[str]]) -> str:
    return rows[2][1]


# --------------------------------------------------------------------------- text checks

READY = ("ek01_nuoc_mam_cam_nhuong_htx", "ek02_mat_ong_vu_quang_cty", "ek03_tra_ca_gai_leo_dong_loc_tht",
         "ek04_cam_bu_son_hong_hkd")


def text_checks(p: Plan) -> None:
    s = p.stem
    if s in READY:
        p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "15/2018/NĐ-CP", "Cục Sở hữu trí tuệ")
        p.check(bool(re.search(r"TCCS \d", p.body)) and "công bố" in p.body, "standard and declaration")
        p.check(bool(re.search(r"Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm|bản cam kết sản xuất thực phẩm an toàn",
                               p.body)), "food-safety paper")
        p.check(bool(re.search(r"QR", p.body)) and bool(re.search(r"lô", p.body)), "traceability by lot")
        p.check(bool(re.search(r"(ký|số|mã số) [0-9]", p.body)) and "đăng ký" in p.body, "registration")
    if s == "ek05_keo_cu_do_duc_tho_cty":
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "cấp huyện", "huyện Đức Thọ")
        p.check("148/QĐ-TTg" not in p.body and "1489/QĐ-TTg" not in p.body, "PLANTED QĐ 148 and 1489 not cited")
        p.check(not re.search(r"nhãn(?! hiệu)|Nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\btem\b|QR", p.body),
                "PLANTED no label, labelling decree, barcode or stamp")
    else:
        p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|cấp huyện|\bhuyện\b", "no replaced instrument (not planted here)")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if s == "ek06_ruou_nep_thach_khe_htx":
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "PLANTED no alcohol licence or plan")
        p.lacks(r"môi trường|chất thải|nước thải|bã rượu|\bbã\b|hỗn hợp sau chưng|xử lý|khói|bể lắng|hố lắng",
                "PLANTED no environmental measure")
    if s == "ek07_dau_lac_huong_khe_tht":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|\blogo\b|bảo hộ|văn bằng", "PLANTED no trademark")
        p.has("đủ nguyên liệu cho cả giai đoạn")
    if s == "ek08_muc_mot_nang_thach_kim_hkd":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|cam kết|vệ sinh|sức khỏe", "PLANTED no food-safety paper or plan")
        p.check(p.count("Cơ sở Hải sản Minh Châu") == 2 and p.count("Nguyễn Thị Hạnh") >= 1, "PLANTED another producer's name, twice")
    if s == "ek09_banh_da_vung_tung_loc_cty":
        p.lacks(r"truy xuất|mã lô|\blô\b|nhật ký|lưu mẫu|kiểm soát|\bQR\b|sổ theo dõi|kiểm tra|phân loại",
                "PLANTED no quality control or traceability")
        p.has("đáp ứng kế hoạch sản lượng cả giai đoạn", "bảo đảm đủ vốn cho phương án")
    if s == "ek10_che_xanh_ky_thuong_htx":
        p.lacks(r"TCCS|tiêu chuẩn|công bố|QCVN|TCVN|quy chuẩn|kiểm nghiệm|VietGAP", "PLANTED no product standard")
        p.has("rất lớn và ngày càng tăng")


def sketchy() -> list[Plan]:
    a = Plan("ek11_banh_ram_thach_dai_so_sai")
    a.has("3.000 đồng/chiếc", "2.500 đồng/chiếc", "khoảng 800 chiếc", "khoảng 60 triệu đồng")
    a.check(800 * 30 * 2.5e3 <= 60e6 <= 800 * 30 * 3e3, "60 triệu a month lies between 800 a day at 2.500 and at 3.000 đ")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|sổ ghi|vốn đầu tư", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ek12_choi_dot_huong_tra_so_sai")
    b.has("35.000 đồng/chiếc", "28.000 đồng/chiếc", "khoảng 1.500 chiếc", "gồm 9 hộ")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký kinh doanh|giấy chứng nhận|hợp đồng hợp tác|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|"
            r"vốn đầu tư|chi phí|lợi nhuận", "every tolerated gap is real; no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = []
    for stem in C:
        p = check_full(stem)
        text_checks(p)
        plans.append(p)
    return plancheck.report(plans + sketchy())


if __name__ == "__main__":
    sys.exit(main())
