"""The 139th holdout set's own arithmetic, recomputed from the constants below (what a careful
reviewer checks by hand on a "phương án điều chỉnh, bổ sung").

    .venv/bin/python tests/holdout139/arithmetic.py

Every full plan sets the first version ("PA lần 1", "PA cũ", "PA đã nộp") beside the revised one.
From the constants at the top (packs per year and version, pack sizes, prices, pack costs, the
raw-material norm and price, the supply, staff and wages, energy, depreciation life, loans and
rates, the selling share, the fixed other cost, investment items and capital sources per version,
history, capacity, quarterly shares, the market channels) this script recomputes both versions and
checks every table cell of the plan's source: output by pack and year, the quarterly split, prices,
the raw-material balance (need = output × norm within the supply), output within capacity, the
revenue / cost / profit table (lines = their norms, lines summing to the totals, profit = revenue −
cost), the comparison table (both columns and "Chênh lệch" = new − old), investment items and
sources (sums, sources = investment), staff by section, history, growth, payback = investment :
(average profit + depreciation), and the market channels adding up to the 2027 output. Planted
numeric defects are asserted wrong by more than 5 % with the true value computed beside them, every
other number right within 1 % (or within the rounding of one decimal). Textual defects are
asserted through the absence or presence of their words; ready plans cite QĐ 148 and QĐ 1489 and no
replaced instrument; no plan keeps a template placeholder; the sketchy plans have 150–320 words.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

# Each full plan: two packs (label, size in base unit, price PA lần 1 đ, price điều chỉnh đ, pack cost đ),
# packs per year (old / new), the raw-material norm, the staff, cost rates, investment and sources.
PLANS = {
    "ej01": dict(
        unit="kg", skus=[("Mực một nắng túi 500 g", 0.5, 250000, 260000, 7000),
                         ("Mực một nắng hộp 1 kg", 1.0, 480000, 500000, 15000)],
        q_old=[[10000, 11000, 12000], [3500, 4000, 4500]], q_new=[[9000, 10000, 11000], [3000, 3400, 3800]],
        raw=("Mực ống tươi", 1.6, 180000), aux=None, supply_old=[9000, 5000], supply=[9000, 7000],
        staff_old=[10, 11, 12], staff=[8, 9, 9], wage=7.0, energy=3000, life=8, other=60, sell=0.05, rate=0.08,
        loan_old=[600, 450, 300], loan=[400, 300, 200],
        inv=[("Kho lạnh bảo quản", 250, 320, True), ("Máy hút chân không (2 máy)", 90, 90, True),
             ("Giàn phơi inox, mái che di động", 100, 150, True), ("Thiết kế bao bì, nhãn, tem QR", 60, 60, False),
             ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 40, 40, False), ("Vốn lưu động", 560, 340, False)],
        src=[("Vốn chủ sở hữu", 500, 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 600, 400)],
        hist=[(2024, 5200, 2392), (2025, 5900, 2773), (2026, 6500, 3185)], cap=(60, 200)),
    "ej02": dict(
        unit="kg", skus=[("Cu đơ hộp 300 g", 0.3, 40000, 42000, 3500),
                         ("Cu đơ túi 500 g", 0.5, 62000, 65000, 2500)],
        q_old=[[20000, 23000, 26000], [10000, 11000, 12000]], q_new=[[18000, 20000, 22000], [9000, 10000, 11000]],
        raw=("Lạc nhân", 0.4, 55000), aux=("Mật mía, gừng, bánh đa", 25000), supply_old=[0, 6000], supply=[0, 5500],
        staff_old=[6, 6, 7], staff=[5, 5, 6], wage=5.5, energy=4000, life=8, other=36, sell=0.06, rate=0.07,
        loan_old=[200, 150, 100], loan=[200, 150, 100],
        inv=[("Cải tạo nhà xưởng, nền, tường ốp", 200, 200, True), ("Máy cắt kẹo bán tự động", 80, 80, True),
             ("Nồi nấu mật inox có cánh khuấy", 60, 60, True), ("Thiết kế, in hộp và túi", 40, 40, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 30, 30, False), ("Vốn lưu động", 90, 190, False)],
        src=[("Vốn tự có của hộ", 300, 400), ("Vay Ngân hàng Chính sách xã hội", 200, 200)],
        hist=[(2024, 7600, 988), (2025, 8300, 1096), (2026, 8800, 1180)], cap=(60, 250)),
    "ej03": dict(
        unit="kg", skus=[("Chè búp khô gói 200 g", 0.2, 50000, 55000, 3000),
                         ("Chè búp khô túi 1 kg", 1.0, 200000, 220000, 5000)],
        q_old=[[15000, 17000, 19000], [4000, 4500, 5000]], q_new=[[12000, 13500, 15000], [3000, 3300, 3600]],
        raw=("Búp chè tươi", 4.8, 10000), aux=None, supply_old=[24000, 20000], supply=[24000, 10000],
        staff_old=[9, 10, 10], staff=[7, 7, 8], wage=6.0, energy=8000, life=10, other=50, sell=0.05, rate=0.07,
        loan_old=[500, 350, 200], loan=[300, 200, 100],
        inv=[("Máy sao chè quay tay điện (2 máy)", 180, 180, True), ("Máy vò chè (2 máy)", 120, 120, True),
             ("Cải tạo nhà sơ chế, nền gạch men", 250, 150, True), ("Thiết kế bao bì, in gói và túi", 40, 40, False),
             ("Kiểm nghiệm, công bố sản phẩm", 30, 30, False), ("Vốn lưu động", 280, 180, False)],
        src=[("Vốn góp của thành viên", 400, 400), ("Vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 500, 300)],
        hist=[(2024, 4300, 989), (2025, 4600, 1081), (2026, 4800, 1152)], cap=(40, 200)),
    "ej04": dict(
        unit="kg", skus=[("Linh chi thái lát hộp 250 g", 0.25, 200000, 220000, 8000),
                         ("Linh chi nguyên tai túi 500 g", 0.5, 360000, 380000, 6000)],
        q_old=[[3000, 3400, 3800], [1400, 1600, 1800]], q_new=[[2400, 2700, 3000], [1000, 1100, 1200]],
        raw=("Bịch phôi nấm", 30, 7000), aux=None, supply_old=[40000, 16000], supply=[40000, 10000],
        staff_old=[5, 5, 6], staff=[4, 4, 5], wage=5.5, energy=20000, life=8, other=40, sell=0.07, rate=0.07,
        loan_old=[200, 140, 80], loan=[250, 180, 100],
        inv=[("Nhà trồng nấm khung thép (2 nhà)", 160, 240, True), ("Máy sấy nhiệt 20 kg/mẻ", 60, 60, True),
             ("Máy thái nấm", 30, 30, True), ("Thiết kế hộp, túi, nhãn", 30, 30, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 40, 40, False), ("Vốn lưu động", 180, 200, False)],
        src=[("Vốn góp của tổ viên", 300, 350), ("Vay Ngân hàng Chính sách xã hội", 200, 250)],
        hist=[(2024, 760, 600), (2025, 850, 672), (2026, 960, 758)], cap=(20, 100)),
    "ej05": dict(
        unit="lít", skus=[("Rượu nếp cái chai 500 ml", 0.5, 85000, 90000, 9000),
                          ("Rượu nếp cái can 2 lít", 2.0, 280000, 300000, 15000)],
        q_old=[[18000, 20000, 22000], [2000, 2200, 2400]], q_new=[[14000, 15500, 17000], [1500, 1700, 1900]],
        raw=("Gạo nếp cái", 1.4, 25000), aux=None, supply_old=[8000, 16000], supply=[8000, 12000],
        staff_old=[9, 10, 10], staff=[7, 8, 8], wage=6.5, energy=6000, life=10, other=60, sell=0.06, rate=0.07,
        loan_old=[400, 300, 200], loan=[300, 200, 100],
        inv=[("Nồi chưng cất inox (4 bộ)", 180, 240, True), ("Bể ủ men, chum sành", 80, 80, True),
             ("Hệ thống lọc, chiết chai", 150, 150, True), ("Bể chứa bã, hầm biogas", 60, 60, True),
             ("Bao bì, nhãn, đăng ký nhãn hiệu", 50, 50, False), ("Vốn lưu động", 330, 220, False)],
        src=[("Vốn góp của thành viên", 450, 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400, 300)],
        hist=[(2024, 7800, 1326), (2025, 8400, 1470), (2026, 9000, 1593)], cap=(60, 250)),
    "ej06": dict(
        unit="lít", skus=[("Nước mắm cốt chai 500 ml", 0.5, 85000, 75000, 8000),
                          ("Nước mắm can 2 lít", 2.0, 120000, 120000, 12000)],
        q_old=[[28000, 31000, 34000], [5000, 5500, 6000]], q_new=[[30000, 34000, 38000], [6000, 6500, 7000]],
        raw=("Cá cơm tươi", 1.3, 15000), aux=("Muối hạt", 1300), supply_old=[0, 50000], supply=[0, 50000],
        staff_old=[9, 9, 10], staff=[9, 10, 10], wage=7.0, energy=1500, life=10, other=80, sell=0.06, rate=0.08,
        loan_old=[400, 300, 200], loan=[500, 400, 300],
        inv=[("Thùng chượp composite 2 tấn (40 thùng)", 160, 200, True), ("Nhà chứa thùng chượp", 300, 300, True),
             ("Máy chiết rót, đóng nắp", 120, 120, True), ("Chai, can, in nhãn đợt đầu", 40, 40, False),
             ("Kiểm nghiệm, công bố sản phẩm", 30, 30, False), ("Vốn lưu động", 350, 510, False)],
        src=[("Vốn chủ sở hữu", 600, 700), ("Vay Ngân hàng TMCP Công Thương", 400, 500)],
        hist=[(2024, 19000, 1995), (2025, 21500, 2279), (2026, 23500, 2538)], cap=(80000, 1)),
    "ej07": dict(
        unit="kg", skus=[("Mật ong chai 500 g", 0.5, 120000, 130000, 6000),
                         ("Mật ong hũ 1 kg", 1.0, 220000, 240000, 9000)],
        q_old=[[9000, 10000, 11000], [3000, 3200, 3500]], q_new=[[8000, 8400, 9600], [2500, 2500, 3200]],
        raw=("Mật ong thô", 1.05, 90000), aux=None, supply_old=[9900, 0], supply=[7200, 0],
        staff_old=[4, 4, 4], staff=[3, 3, 4], wage=6.0, energy=2000, life=8, other=30, sell=0.05, rate=0.07,
        loan_old=[300, 200, 100], loan=[200, 150, 100],
        inv=[("Máy quay mật inox (2 máy)", 40, 40, True), ("Thùng ong mới", 150, 80, True),
             ("Máy lọc, hạ thủy phần", 120, 120, True), ("Phòng chiết, kho chứa", 100, 100, True),
             ("Thiết kế chai, hũ", 30, 30, False), ("Vốn lưu động", 160, 130, False)],
        src=[("Vốn tự có của hộ", 300, 300), ("Vay Ngân hàng Chính sách xã hội", 300, 200)],
        hist=[(2024, 5100, 1224), (2025, 5500, 1320), (2026, 5800, 1392)], cap=(60, 200)),
    "ej08": dict(
        unit="kg", skus=[("Bánh đa vừng gói 400 g", 0.4, 38000, 40000, 1500),
                         ("Bánh đa vừng thùng 5 kg", 5.0, 380000, 400000, 10000)],
        q_old=[[30000, 33000, 36000], [1200, 1300, 1400]], q_new=[[25000, 27500, 31000], [1000, 1100, 1300]],
        raw=("Gạo tẻ", 0.85, 16000), aux=("Vừng đen, muối, đường", 12000), supply_old=[0, 25000], supply=[0, 25000],
        staff_old=[8, 9, 9], staff=[6, 6, 7], wage=5.5, energy=3000, life=8, other=50, sell=0.06, rate=0.08,
        loan_old=[500, 350, 200], loan=[300, 200, 100],
        inv=[("Máy tráng bánh liên hoàn", 150, 150, True), ("Cải tạo nhà xưởng", 200, 200, True),
             ("Máy đóng gói", 80, 80, True), ("Lò nướng thứ ba", 250, 0, True),
             ("Bao bì, nhãn", 40, 40, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 30, 30, False),
             ("Vốn lưu động", 250, 200, False)],
        src=[("Vốn góp cổ đông", 500, 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 500, 300)],
        hist=[(2024, 11800, 1121), (2025, 12600, 1222), (2026, 13200, 1320)], cap=(70, 240)),
    "ej09": dict(
        unit="kg", skus=[("Chè vằng túi lọc hộp 25 túi", 0.05, 28000, 30000, 8000),
                         ("Chè vằng khô túi 500 g", 0.5, 70000, 75000, 3000)],
        q_old=[[32000, 35000, 38000], [4500, 5000, 5500]], q_new=[[30000, 33000, 36000], [4000, 4400, 4800]],
        raw=("Lá chè vằng tươi", 4.0, 10000), aux=None, supply_old=[8000, 12000], supply=[8000, 12000],
        staff_old=[4, 4, 5], staff=[5, 5, 6], wage=5.5, energy=10000, life=8, other=40, sell=0.06, rate=0.07,
        loan_old=[200, 150, 100], loan=[400, 300, 200],
        inv=[("Máy sấy 2 buồng", 120, 120, True), ("Máy nghiền", 40, 40, True),
             ("Máy đóng túi lọc", 0, 250, True), ("Cải tạo nhà xưởng", 150, 150, True),
             ("Bao bì, nhãn, nhãn hiệu", 40, 40, False), ("Vốn lưu động", 150, 300, False)],
        src=[("Vốn góp của tổ viên", 300, 500), ("Vay Ngân hàng Chính sách xã hội", 200, 400)],
        hist=[(2024, 2500, 830), (2025, 2800, 930), (2026, 3000, 1000)], cap=(25, 220)),
    "ej10": dict(
        unit="lít", skus=[("Dầu lạc chai 500 ml", 0.5, 90000, 95000, 5000),
                          ("Dầu lạc can 2 lít", 2.0, 340000, 360000, 9000)],
        q_old=[[9000, 10000, 11000], [1200, 1300, 1400]], q_new=[[8000, 15000, 27000], [1000, 2000, 3600]],
        raw=("Lạc nhân", 2.4, 35000), aux=None, supply_old=[0, 40000], supply=[0, 60000],
        staff_old=[4, 4, 4], staff=[4, 4, 4], wage=5.0, energy=3000, life=10, other=30, sell=0.05, rate=0.07,
        loan_old=[400, 300, 200], loan=[400, 300, 200],
        inv=[("Máy ép dầu trục vít", 180, 180, True), ("Máy rang lạc", 90, 90, True),
             ("Bồn lắng, lọc inox", 70, 70, True), ("Cải tạo nhà xưởng", 250, 400, True),
             ("Kho chứa lạc nhân", 0, 150, True), ("Bao bì, nhãn", 40, 40, False),
             ("Kiểm nghiệm, công bố sản phẩm", 30, 30, False), ("Vốn lưu động", 340, 340, False)],
        src=[("Vốn góp của thành viên", 600, 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 400, 400)],
        hist=[(2024, 4300, 770), (2025, 4800, 870), (2026, 5200, 950)], cap=None),
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(c: dict, new: bool = True) -> dict:
    """Every figure of one version (PA lần 1 when new is False) in triệu đồng, one decimal."""
    q = c["q_new"] if new else c["q_old"]
    pi = 3 if new else 2
    staff = c["staff"] if new else c["staff_old"]
    loan = c["loan"] if new else c["loan_old"]
    inv = [(i[0], i[2] if new else i[1], i[3]) for i in c["inv"]]
    fixed = sum(v for _, v, f in inv if f)
    dep = r1(fixed / c["life"])
    out = []
    for y in range(3):
        packs = [q[k][y] for k in range(len(c["skus"]))]
        output = sum(p * s[1] for p, s in zip(packs, c["skus"]))
        need = output * c["raw"][1]
        rev_l = [r1(p * s[pi] / 1e6) for p, s in zip(packs, c["skus"])]
        rev = r1(sum(rev_l))
        lines = [r1(need * c["raw"][2] / 1e6)]
        if c["aux"]:
            lines.append(r1(output * c["aux"][1] / 1e6))
        lines += [r1(sum(p * s[4] for p, s in zip(packs, c["skus"])) / 1e6), r1(staff[y] * c["wage"] * 12),
                  r1(output * c["energy"] / 1e6), dep, r1(loan[y] * c["rate"]), r1(rev * c["sell"]), float(c["other"])]
        cost = r1(sum(lines))
        out.append(dict(packs=packs, output=output, need=need, rev_l=rev_l, rev=rev, lines=lines, cost=cost,
                        profit=r1(rev - cost), staff=staff[y]))
    total = sum(v for _, v, _ in inv)
    srcs = [(s[0], s[2] if new else s[1]) for s in c["src"]]
    avg = r1(sum(o["profit"] for o in out) / 3)
    return dict(years=out, inv=inv, total=total, fixed=fixed, dep=dep, src=srcs, avg=avg,
                payback=round(total / (avg + dep), 1), supply=sum(c["supply"] if new else c["supply_old"]))

# Planted cells: what the plan prints instead of the model's value.
STEMS = {
    "ej01": "ej01_muc_mot_nang_van_phuc_cty", "ej02": "ej02_keo_cu_do_ba_lu_hkd", "ej03": "ej03_che_bup_khe_tre_htx",
    "ej04": "ej04_nam_linh_chi_vu_quang_tht", "ej05": "ej05_ruou_nep_cai_dong_mon_htx",
    "ej06": "ej06_nuoc_mam_hai_thanh_cty", "ej07": "ej07_mat_ong_tran_hung_hkd", "ej08": "ej08_banh_da_vung_dong_loc_ctcp",
    "ej09": "ej09_che_vang_tui_loc_cam_lac_tht", "ej10": "ej10_dau_lac_ha_linh_htx",
}
READY = ("ej01", "ej02", "ej03", "ej04")
QUARTERS = {"ej01": [15, 35, 35, 15], "ej02": [35, 15, 15, 35], "ej03": [10, 35, 35, 20], "ej04": [20, 30, 30, 20],
            "ej05": [30, 20, 20, 30], "ej06": [20, 25, 25, 30], "ej07": [30, 45, 15, 10], "ej08": [30, 20, 20, 30],
            "ej09": [25, 25, 25, 25], "ej10": [20, 30, 25, 25]}
# Market channels for 2027 as the plan's text gives them: (phrases, per-pack sums) or (phrases, output sum).
CHANNELS = {
    "ej01": (["khoảng 3.000 kg", "khoảng 2.500 kg", "(1.000 kg)", "Tổng 7.500 kg"], [3000, 2500, 1000, 1000], None),
    "ej02": (["(khoảng 3.500 kg)", "(2.400 kg)", "(1.000 kg)", "(3.000 kg); tổng 9.900 kg"], [3500, 2400, 1000, 3000], None),
    "ej03": (["(2.600 kg)", "(1.300 kg)", "(800 kg)", "(700 kg); tổng 5.400 kg"], [2600, 1300, 800, 700], None),
    "ej04": (["(1.200 hộp)", "(900 hộp, 600 túi)", "(300 hộp, 400 túi)"], None, [[1200, 900, 300], [600, 400]]),
    "ej05": (["(6.000 chai)", "(5.000 chai)", "(3.000 chai)", "(1.500 can)"], None, [[6000, 5000, 3000], [1500]]),
    "ej06": (["(18.000 chai)", "(7.000 chai)", "(5.000 chai)", "(6.000 can)"], None, [[18000, 7000, 5000], [6000]]),
    "ej07": (["(4.000 chai, 1.200 hũ)", "(2.000 chai)", "(2.000 chai, 1.300 hũ)"], None, [[4000, 2000, 2000], [1200, 1300]]),
    "ej09": (["(14.000 hộp, 2.000 túi)", "(10.000 hộp, 1.000 túi)", "(6.000 hộp, 1.000 túi)"], None,
             [[14000, 10000, 6000], [2000, 1000, 1000]]),
}
STAFF = {  # section rows of the staff tables (2027, 2028, 2029)
    "ej05": [(1, 1, 1), (4, 5, 5), (1, 1, 1), (1, 1, 1)], "ej07": [(1, 1, 1), (1, 1, 2), (1, 1, 1)],
    "ej08": [(1, 1, 1), (2, 2, 2), (2, 2, 2), (1, 1, 2)], "ej09": [(1, 1, 1), (2, 2, 2), (1, 1, 1), (1, 1, 2)],
    "ej10": [(1, 1, 1), (2, 2, 2), (1, 1, 1)],
}
# Instruments replaced or lapsed before mid-2026, and the abolished district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|01/2021/NĐ-CP|"
            r"Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")


# --------------------------------------------------------------------------- reading the plan

def num(s: str) -> float:
    """A table cell: "1.850,4", "+300", "-1.000", "0"."""
    s = s.strip().replace("−", "-")
    sign = -1 if s.startswith("-") else 1
    return sign * plancheck.vn(s.lstrip("+-"))


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: list[list[list[str]]] = []
        cur: list[list[str]] = []
        for line in self.body.splitlines():
            if line.startswith("|"):
                if not line.startswith("|---"):
                    cur.append([c.strip() for c in line.strip().strip("|").split("|")])
            elif cur:
                self.tables.append(cur)
                cur = []
        if cur:
            self.tables.append(cur)

    def table(self, pred, what: str) -> list[list[str]]:
        found = [t for t in self.tables if pred(t[0])]
        if len(found) != 1:
            self.failures.append(f"table {what}: found {len(found)}")
            return [[]]
        return found[0]

    def words(self) -> int:
        return len(self.body.split())

    def near(self, a: float, b: float, what: str, tol: float = 0.01) -> None:
        self.check(close(a, b, tol) or abs(a - b) <= 0.051, f"{what}: {a} != {b}")


def rows_by(t: list[list[str]], col: int = 0) -> dict[str, list[str]]:
    return {r[col]: r for r in t[1:]}


# --------------------------------------------------------------------------- one full plan

def full(key: str, plant: dict) -> Plan:
    c = PLANS[key]
    p = Plan(STEMS[key])
    n, o = model(c, True), model(c, False)
    pn = {"rev_l": [list(y["rev_l"]) for y in n["years"]], "cost": [y["cost"] for y in n["years"]],
          "profit": [y["profit"] for y in n["years"]]}
    # the printed (planted) values, and what the model says they should be
    for (what, y, k), v in plant.get("cells", {}).items():
        if what == "rev_l":
            pn["rev_l"][y][k] = v
        else:
            pn[what][y] = v
    rev_p = [r1(sum(pn["rev_l"][y])) for y in range(3)]
    if "cells" in plant and any(w == "rev_l" for w, _, _ in plant["cells"]):
        pn["profit"] = [r1(rev_p[y] - pn["cost"][y]) for y in range(3)]
    if "cells" in plant and any(w == "cost" for w, _, _ in plant["cells"]):
        pn["profit"] = [r1(rev_p[y] - pn["cost"][y]) for y in range(3)]
    avg_p = r1(sum(pn["profit"]) / 3)
    pb_p = plant.get("payback", round(n["total"] / (avg_p + n["dep"]), 1))

    # output by pack, old / new / difference
    t = p.table(lambda h: h[0] == "Sản phẩm, năm", "output")
    rb = rows_by(t)
    for y, yr in enumerate((2027, 2028, 2029)):
        for k, s in enumerate(c["skus"]):
            r = rb.get(f"{s[0]} – năm {yr}")
            if not r:
                p.failures.append(f"output row {s[0]} {yr}")
                continue
            a, b, d = num(r[2]), num(r[3]), num(r[4])
            p.check(a == c["q_old"][k][y] and b == c["q_new"][k][y] and d == b - a, f"packs {s[0]} {yr}")
        r = rb.get(f"Tổng sản lượng năm {yr}", ["", "", "0", "0", "0"])
        p.check(num(r[2]) == o["years"][y]["output"] and num(r[3]) == n["years"][y]["output"]
                and num(r[4]) == num(r[3]) - num(r[2]), f"output {yr} = Σ packs × size, both versions")
        p.check(close(n["years"][y]["output"], sum(c["q_new"][k][y] * s[1] for k, s in enumerate(c["skus"]))), "size")
    # quarterly split of 2027
    t = p.table(lambda h: h[0] == "Quý", "quarters")
    qs = [num(r[1]) for r in t[1:5]]
    p.check([num(r[2]) for r in t[1:5]] == QUARTERS[key] and sum(QUARTERS[key]) == 100
            and all(close(q, n["years"][0]["output"] * s / 100) for q, s in zip(qs, QUARTERS[key]))
            and sum(qs) == num(t[5][1]) == n["years"][0]["output"], "quarters sum to the 2027 output")
    # prices
    t = p.table(lambda h: len(h) > 1 and h[1] == "Sản phẩm", "prices")
    for k, s in enumerate(c["skus"]):
        r = t[k + 1]
        p.check(r[1] == s[0] and num(r[2]) == s[2] and num(r[3]) == s[3] and num(r[4]) == s[3] - s[2], f"price {s[0]}")
    # raw material
    t = p.table(lambda h: len(h) > 2 and h[1] == "Chỉ tiêu" and h[2] == "ĐVT", "raw material")
    rb = rows_by(t, 1)
    need = [y["output"] * c["raw"][1] for y in n["years"]]
    supply = sum(c["supply"])
    p.check([num(x) for x in rb["Sản lượng thành phẩm"][3:]] == [y["output"] for y in n["years"]], "raw: output row")
    p.check(all(close(num(a), b) for a, b in zip(rb[f"Nhu cầu {c['raw'][0].lower()}"][3:], need)), "raw: need = output × norm")
    sup_rows = [r for r in t[1:] if r[0] in ("4", "5") and not r[1].startswith(("Tổng", "Cân đối"))]
    p.check(sum(num(r[3]) for r in sup_rows) == supply, "raw: supply rows sum to the supply")
    if "Cân đối (nguồn cung – nhu cầu)" in rb:
        p.check(all(close(num(a), supply - b) for a, b in zip(rb["Cân đối (nguồn cung – nhu cầu)"][3:], need)), "balance row")
    for y in range(3):
        if key == "ej07" and y == 2:
            p.check(need[y] > supply and off(need[y], supply), f"PLANTED 2029 need {need[y]} kg > {supply} kg (+5 %)")
        else:
            p.check(need[y] <= supply, f"raw: need within supply {y}")
    # old version's own supply (history column; ej01's first version fell short, which the reviewers said)
    if key != "ej01":
        p.check(all(y["need"] <= sum(c["supply_old"]) for y in o["years"]), "PA lần 1 within its own supply")
    # capacity
    if c["cap"]:
        cap = c["cap"][0] * c["cap"][1]
        for y in range(3):
            use = need[y] if key == "ej06" else n["years"][y]["output"]
            if key == "ej08" and y == 2:
                p.check(use > cap and off(use, cap), f"PLANTED 2029 output {use} kg > line {cap} kg (+5 %)")
            else:
                p.check(use <= cap, f"capacity {y}: {use} > {cap}")
    # revenue, cost, profit (revised)
    t = p.table(lambda h: len(h) > 2 and h[1] == "Chỉ tiêu" and h[2] == "Năm 2027", "financials")
    rows = t[1:]
    nsku, nl = len(c["skus"]), len(n["years"][0]["lines"])
    rev_row, sku_rows = rows[0], rows[1:1 + nsku]
    cost_row, line_rows, prof_row = rows[1 + nsku], rows[2 + nsku:2 + nsku + nl], rows[2 + nsku + nl]
    p.check(rev_row[1] == "Doanh thu" and cost_row[1] == "Tổng chi phí" and prof_row[1] == "Lợi nhuận", "fin layout")
    for y in range(3):
        for k, s in enumerate(c["skus"]):
            printed = num(sku_rows[k][2 + y])
            true = c["q_new"][k][y] * s[3] / 1e6
            p.check(f"({plancheck_fmt(s[3])} đ/" in sku_rows[k][1], f"price in the label {s[0]}")
            if plant.get("rev_cell") == (y, k):
                p.check(off(printed, true) and close(printed, c["q_new"][k][y] * s[2] / 1e6),
                        f"PLANTED {s[0]} {y}: {printed} = packs × old price, true {true}")
            else:
                p.near(printed, true, f"revenue {s[0]} {y}")
        p.near(num(rev_row[2 + y]), sum(num(r[2 + y]) for r in sku_rows), f"revenue total {y}")
        lines = [num(r[2 + y]) for r in line_rows]
        for j, (a, b) in enumerate(zip(lines, n["years"][y]["lines"])):
            p.near(a, b, f"cost line {j} {y}")
        stated = num(cost_row[2 + y])
        if plant.get("cost_year") == y:
            p.check(off(stated, sum(lines)) and stated == o["years"][y]["cost"],
                    f"PLANTED {y} total {stated} is PA lần 1's, lines sum {r1(sum(lines))}")
        else:
            p.near(stated, sum(lines), f"cost total {y}")
        prof = num(prof_row[2 + y])
        if plant.get("profit_year") == y:
            p.check(off(prof, num(rev_row[2 + y]) - stated) and prof == o["years"][y]["profit"],
                    f"PLANTED {y} profit {prof} is PA lần 1's, true {r1(num(rev_row[2 + y]) - stated)}")
        else:
            p.near(prof, num(rev_row[2 + y]) - stated, f"profit = revenue − cost {y}")
    # the cost norms themselves
    for y in range(3):
        L, Y = n["years"][y]["lines"], n["years"][y]
        j = 0
        p.near(L[j], need[y] * c["raw"][2] / 1e6, "raw cost"); j += 1
        if c["aux"]:
            p.near(L[j], Y["output"] * c["aux"][1] / 1e6, "aux cost"); j += 1
        p.near(L[j], sum(c["q_new"][k][y] * s[4] for k, s in enumerate(c["skus"])) / 1e6, "pack cost")
        p.near(L[j + 1], c["staff"][y] * c["wage"] * 12, "wages")
        p.near(L[j + 2], Y["output"] * c["energy"] / 1e6, "energy")
        p.near(L[j + 3], n["fixed"] / c["life"], "depreciation")
        p.near(L[j + 4], c["loan"][y] * c["rate"], "interest")
        p.near(L[j + 5], Y["rev"] * c["sell"], "selling share of the true revenue")
        p.near(L[j + 6], c["other"], "other")
    # comparison table: both columns and new − old
    t = p.table(lambda h: h[0] == "Chỉ tiêu" and len(h) > 1 and h[1] == "Đơn vị", "comparison")
    rb = rows_by(t)
    for y, yr in enumerate((2027, 2028, 2029)):
        for lab, old, new in (("Sản lượng", o["years"][y]["output"], n["years"][y]["output"]),
                              ("Doanh thu", o["years"][y]["rev"], rev_p[y]),
                              ("Tổng chi phí", o["years"][y]["cost"], pn["cost"][y]),
                              ("Lợi nhuận", o["years"][y]["profit"], pn["profit"][y])):
            r = rb.get(f"{lab} năm {yr}")
            if not r:
                p.failures.append(f"comparison row {lab} {yr}")
                continue
            p.near(num(r[2]), old, f"cmp old {lab} {yr}")
            p.near(num(r[3]), new, f"cmp new {lab} {yr}")
            p.near(num(r[4]), num(r[3]) - num(r[2]), f"cmp diff {lab} {yr}")
            p.check(num(r[4]) == 0 or not off(num(r[4]), num(r[3]) - num(r[2]), 1), "diff exact")
    for lab, old, new in (("Tổng vốn đầu tư", o["total"], n["total"]),
                          ("Lao động thường xuyên năm 2027", c["staff_old"][0], c["staff"][0]),
                          ("Thời gian hoàn vốn", o["payback"], pb_p)):
        r = rb.get(lab, ["", "", "0", "0", "0"])
        p.near(num(r[2]), old, f"cmp old {lab}")
        p.near(num(r[3]), new, f"cmp new {lab}")
        p.near(num(r[4]), num(r[3]) - num(r[2]), f"cmp diff {lab}")
    # both versions' payback = investment : (average profit + depreciation)
    p.check(abs(o["payback"] - o["total"] / (o["avg"] + o["dep"])) <= 0.05, "old payback")
    true_pb = n["total"] / (n["avg"] + n["dep"])
    if "payback" in plant:
        p.check(off(plant["payback"], true_pb) and off(plant["payback"], n["total"] / (avg_p + n["dep"])),
                f"PLANTED payback {plant['payback']} vs true {round(true_pb, 2)}")
    elif plant.get("payback_knock_on"):
        p.check(off(pb_p, true_pb), f"tolerated knock-on: stated {pb_p}, true {round(true_pb, 2)}")
    else:
        p.check(abs(pb_p - true_pb) <= 0.05, f"payback {pb_p} vs {true_pb}")
    # investment items and sources
    t = p.table(lambda h: len(h) > 1 and h[1] == "Hạng mục", "investment")
    items = t[1:-1]
    p.check([r[1] for r in items] == [i[0] for i in c["inv"]], "investment items")
    p.check(all(num(r[2]) == i[1] and num(r[3]) == i[2] and num(r[4]) == i[2] - i[1] for r, i in zip(items, c["inv"])),
            "investment cells")
    p.check(num(t[-1][2]) == sum(num(r[2]) for r in items) == o["total"]
            and num(t[-1][3]) == sum(num(r[3]) for r in items) == n["total"], "investment totals = Σ items")
    p.check(n["fixed"] == sum(i[2] for i in c["inv"] if i[3]), "fixed assets")
    t = p.table(lambda h: len(h) > 1 and h[1] == "Nguồn vốn", "sources")
    srcs = t[1:-1]
    so, sn = sum(num(r[2]) for r in srcs), sum(num(r[3]) for r in srcs)
    p.check(num(t[-1][2]) == so and num(t[-1][3]) == sn, "sources total = Σ sources")
    p.check(so == o["total"], "PA lần 1 sources = its investment")
    if key == "ej10":
        p.check(sn == 1000 and n["total"] == 1300 and off(sn, n["total"]),
                "PLANTED revised sources 1.000 != investment 1.300 (−23 %)")
    else:
        p.check(sn == n["total"], "sources = investment")
    p.check(c["loan"][0] == [s[2] for s in c["src"] if s[0].startswith("Vay")][0], "opening loan = the loan source")
    # history and growth
    t = p.table(lambda h: h[0] == "Năm", "history")
    p.check([(int(r[0][4:]), num(r[1]), num(r[2])) for r in t[1:]] == [(a, float(b), float(v)) for a, b, v in c["hist"]],
            "history rows")
    h26 = c["hist"][2]
    p.check(n["years"][0]["output"] / h26[1] < 1.25 and n["years"][0]["rev"] / h26[2] < 1.25, "2027 on 2026 < +25 %")
    for y in (1, 2):
        g_out = n["years"][y]["output"] / n["years"][y - 1]["output"]
        g_rev = n["years"][y]["rev"] / n["years"][y - 1]["rev"]
        if key == "ej10":
            p.check(g_out > 1.5 and g_rev > 1.5, f"PLANTED growth ×{round(g_out, 2)} in year {y}")
        else:
            p.check(g_out < 1.2 and g_rev < 1.2, f"growth {y}")
    # staff
    if key in STAFF:
        t = p.table(lambda h: h[0] == "Bộ phận", "staff")
        p.check([tuple(int(num(x)) for x in r[1:]) for r in t[1:-1]] == STAFF[key]
                and [sum(s[i] for s in STAFF[key]) for i in range(3)] == c["staff"]
                and [int(num(x)) for x in t[-1][1:]] == c["staff"], "staff by section")
    # market channels
    if key in CHANNELS:
        phrases, kg, packs = CHANNELS[key]
        p.has(*phrases)
        if kg:
            p.check(sum(kg) == n["years"][0]["output"], "channels = 2027 output")
        else:
            p.check([sum(x) for x in packs] == [c["q_new"][k][0] for k in range(len(c["skus"]))], "channels = 2027 packs")
    # the payback sentence, when the plan writes the formula
    if "payback" not in plant:
        p.has(f"{plancheck_fmt(n['total'])} : ({plancheck_fmt(avg_p)} + {plancheck_fmt(n['dep'])}) ≈ "
              f"{plancheck_fmt(pb_p, 1)} năm")
    p.lacks(PLACEHOLDER, "placeholder")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS", "tự công bố",
              "an toàn thực phẩm", "Cục Sở hữu trí tuệ")
        p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    return p


def plancheck_fmt(x: float, dec: int | None = None) -> str:
    if dec is None:
        dec = 0 if abs(x - round(x)) < 1e-9 else 1
    s = f"{abs(x):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


# --------------------------------------------------------------------------- plan by plan

def ej01() -> Plan:
    p = full("ej01", {})
    o = model(PLANS["ej01"], False)
    p.check(all(y["need"] > sum(PLANS["ej01"]["supply_old"]) for y in o["years"][1:]),
            "PA lần 1 needed more squid than 14.000 kg in 2028–2029 (the reviewers' first comment)")
    p.has("Giảm sản lượng năm 2027 từ 8.500 kg xuống 7.500 kg", "12.000 kg/năm", "tổng 16.000 kg/năm",
          "Nghị định số 08/2022/NĐ-CP", "sổ nhật ký")
    return p


def ej02() -> Plan:
    p = full("ej02", {})
    p.has("60 kg/ngày × 250 ngày = 15.000 kg/năm", "mua 5.500 kg lạc nhân/năm", "28G8003417", "ghi sổ lô")
    return p


def ej03() -> Plan:
    p = full("ej03", {})
    p.check(close(7000 * 4.8 / 1000, 33.6), "33,6 tấn búp for 7.000 kg")
    p.has("Cần 33,6 tấn búp cho 7.000 kg", "40 kg/ngày × 200 ngày hái = 8.000 kg/năm", "tổng nguồn búp 34.000 kg/năm",
          "23 thành viên chính thức", "17/2023/QH15")
    p.check(23 >= 5, "HTX has at least 5 official members")
    return p


def ej04() -> Plan:
    p = full("ej04", {})
    n = model(PLANS["ej04"])
    p.check(40000 * 2 >= n["years"][2]["need"] and 2 * 12000 + 2 * 8000 == 40000, "4 houses × 2 crops cover 40.500 bags")
    p.has("20 kg × 100 mẻ = 2.000 kg", "80.000 bịch/năm", "không ghi công dụng chữa bệnh", "113/2024/NĐ-CP")
    return p


def ej05() -> Plan:
    c = PLANS["ej05"]
    o, n = model(c, False), model(c, True)
    p = full("ej05", {"cells": {("cost", 1, 0): o["years"][1]["cost"]}, "cost_year": 1, "payback_knock_on": True})
    p.check(o["years"][1]["cost"] == 1850.4 and n["years"][1]["cost"] == 1487.5 and off(1850.4, 1487.5),
            "PLANTED 2028 total 1.850,4 (PA lần 1) vs lines 1.487,5 (+24,4 %)")
    p.check(r1(1905 - 1850.4) == 54.6 and off(54.6, 1905 - 1487.5), "tolerated knock-on: 2028 profit 54,6 vs 417,5")
    p.has("800 : (322,6 + 53) ≈ 2,1 năm", "60 lít/ngày × 250 ngày = 15.000 lít/năm", "QCVN 6-3:2010/BYT")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|phép sản xuất", "PLANTED no alcohol production licence or plan")
    p.check(p.count("Hợp tác xã Dịch vụ nông nghiệp Xuân Mỹ") == 2 and p.count("Hợp tác xã Rượu nếp cái Đồng Môn") >= 1,
            "PLANTED another producer's name, twice")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ej06() -> Plan:
    c = PLANS["ej06"]
    printed = r1(34000 * 85000 / 1e6)
    p = full("ej06", {"cells": {("rev_l", 1, 0): printed}, "rev_cell": (1, 0), "payback_knock_on": True})
    p.check(printed == 2890 and r1(34000 * 75000 / 1e6) == 2550 and off(2890, 2550), "PLANTED 2.890 vs 2.550 (+13,3 %)")
    p.has("1.200 : (1.238,5 + 62) ≈ 0,9 năm", "40 thùng mới chứa 80 tấn cá mỗi vụ")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|mùi|bể lắng|hố lắng|rác|bã|đăng ký môi|72/2020|08/2022|05/2025",
            "PLANTED no environmental measure")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý", "PLANTED no trademark")
    p.has("Nghị định số 43/2017/NĐ-CP", "TCCS 01:2026/HT", "an toàn thực phẩm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ej07() -> Plan:
    p = full("ej07", {})
    p.check(400 * 18 == 7200 and 550 * 18 == 9900, "400 đàn × 18 kg = 7.200 kg (PA đã nộp 550 × 18 = 9.900)")
    p.has("tổng 7.200 kg mật thô/năm", "nguồn mật bảo đảm đủ cho sản lượng cả giai đoạn")
    p.check("Cân đối" not in p.body, "no balance row")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "Phòng Nông nghiệp và PTNT huyện Hương Khê",
          "Hội đồng OCOP huyện Hương Khê")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the instruments in force are not cited")
    p.lacks(r"nhãn|\btem\b|mã vạch|\bQR\b|43/2017|111/2021", "PLANTED no label or labelling plan")
    p.has("Cục Sở hữu trí tuệ", "an toàn thực phẩm", "TCCS 01:2026/TH", "sổ")
    return p


def ej08() -> Plan:
    p = full("ej08", {})
    p.has("Công ty tiêu thụ 18 tấn bánh", "(6 tấn)", "(7 tấn)", "(3 tấn)", "(2 tấn)",
          "70 kg/ngày × 240 ngày = 16.800 kg/năm", "dây chuyền hiện có vẫn đáp ứng sản lượng của cả giai đoạn")
    p.check(6 + 7 + 3 + 2 == 18 and off(18000, model(PLANS["ej08"])["years"][0]["output"]),
            "PLANTED 18 tấn in the market vs 15.000 kg (+20 %)")
    p.check(PLANS["ej08"]["inv"][3][2] == 0, "third oven dropped from the revised investment")
    p.lacks(r"truy xuất|nhật ký|\blô\b|lưu mẫu|kiểm soát nội bộ|\bQR\b|HACCP|ISO|sổ theo dõi|sổ ghi",
            "PLANTED no quality control or traceability")
    p.has("TCCS", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "an toàn thực phẩm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ej09() -> Plan:
    c = PLANS["ej09"]
    o, n = model(c, False), model(c, True)
    p = full("ej09", {"cells": {("profit", 2, 0): o["years"][2]["profit"]}, "profit_year": 2, "payback": 1.2})
    p.check(o["years"][2]["profit"] == 393.3 and n["years"][2]["profit"] == 321.2 and off(393.3, 321.2),
            "PLANTED 2029 profit 393,3 vs 1.440 − 1.118,8 = 321,2")
    p.check(o["payback"] == 1.2 and round(n["payback"], 1) == 2.5, "PLANTED payback 1,2 is PA lần 1's (true 2,5)")
    p.has("Thời gian hoàn vốn khoảng 1,2 năm.")
    p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|vệ sinh|cam kết|công bố|khám sức khỏe",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2027/CL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "nhật ký lô")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ej10() -> Plan:
    c = PLANS["ej10"]
    n = model(c)
    p = full("ej10", {})
    p.check(n["years"][2]["lines"][0] / 340 > 4 and c["staff"][0] == c["staff"][2] == 4 and c["other"] == 30,
            "2029 peanuts 1.739 triệu vs 340 triệu working capital; same 4 workers")
    p.check(n["years"][2]["output"] / c["hist"][2][1] > 3.9, "×4 on 2026 (tolerated capacity knock-on)")
    p.has("Thị trường dầu lạc ép còn rất lớn", "Kênh tiêu thụ cả giai đoạn", "Tổng vốn đầu tư điều chỉnh là 1.300 triệu đồng",
          "bảo đảm đủ vốn thực hiện phương án")
    p.lacks(r"quy trình|công suất|máy móc thiết bị|dây chuyền", "PLANTED no technology section (process, capacity)")
    p.check(not re.search(r"^#.*(công nghệ|quy trình|thiết bị|nhà xưởng)", p.body, re.M | re.I), "no such heading")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ej11_banh_ram_thach_lac_so_sai")
    a.check(40000 * 3000 == 120e6, "40.000 chiếc × 3.000 đ = 120 triệu")
    a.has("khoảng 40.000 chiếc bánh", "3.000 đồng/chiếc", "khoảng 120 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"truy xuất|nguyên liệu|vốn|chi phí|lợi nhuận|máy|quy trình", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ej12_choi_dot_son_giang_so_sai")
    b.check(15000 * 25000 == 375e6, "15.000 chiếc × 25.000 đ = 375 triệu")
    b.has("12 hộ", "khoảng 15.000 chiếc chổi", "25.000 đồng/chiếc", "khoảng 375 triệu đồng", "chưa có tổ chức chính thức")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|vốn|chi phí|"
            r"lợi nhuận|máy", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (ej01, ej02, ej03, ej04, ej05, ej06, ej07, ej08, ej09, ej10)] + sketchy()
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
