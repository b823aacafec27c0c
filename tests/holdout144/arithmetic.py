"""The 144th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout144/arithmetic.py

For every full plan (eo01-eo10) the constants give the products (pack size, price, pack cost,
packs per year), the raw-material norms and supply, the equipment capacity, staff and wage,
energy rate, investment items and capital sources, loan balances, selling / tax / excise shares
and the fixed costs. From them this script recomputes: output = sum of packs x size, the 2026
history (revenue = output x average price) and the 2027 growth on it, raw-material need = output x
norm against own + contracted supply, output against capacity x working days, staff by role
summing to the head count, investment items and sources summing to the total, depreciation,
interest, every revenue line (packs x price), every cost line, the cost total, profit = revenue -
cost, margin, growth, and payback = investment / (average profit + depreciation). Each figure is
then read back from the plan's source (tables found by their caption "Bảng N.") and compared:
planted numeric defects must be wrong by more than 5 % (the true value is computed beside them),
every other number right within 1 %. Textual defects (an expired licence or certificate with no
renewal, no product standard, no label, no trademark, no environmental measure, no registration,
replaced instruments, another producer's name, a second head count) are asserted through the
presence or absence of their words. Ready plans cite QĐ 148 and QĐ 1489 and no replaced
instrument; their papers are dated so that they cover 2027-2029. Sketchy plans: 150-320 words.
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

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# product: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# raw: (label, unit, norm per base unit, price đ per unit); supply of the first raw: own, contract
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "eo01": dict(
        unit="lít",
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, 85000, 8000, [24000, 26000, 28000]),
                  ("Nước mắm 30 độ đạm, chai 500 ml", "chai", 0.5, 52000, 7000, [30000, 33000, 36000]),
                  ("Nước mắm 20 độ đạm, can 2 lít", "can", 2, 60000, 9000, [6000, 6500, 7000])],
        hist=[(30000, 92000), (33000, 95000), (35500, 98000)],
        raws=[("Cá cơm tươi", "kg", 1.3, 18000), ("Muối hạt", "kg", 0.43, 3000)],
        supply=([30000] * 3, [35000] * 3), cap=(250, 280),
        roles=[("Quản lý, kế toán", [2, 2, 2]), ("Muối chượp, kéo rút", [5, 5, 6]),
               ("Lọc, chiết rót, đóng gói", [3, 4, 4]), ("Bán hàng, kho", [2, 2, 2])],
        wage=6.5, energy=1000,
        inv=[("Nhà chứa thùng chượp có mái che 120 m²", 350, True), ("10 thùng chượp composite 3 m³", 200, True),
             ("Máy lọc và dây chuyền chiết rót bán tự động", 380, True), ("Kho thành phẩm 60 m²", 150, True),
             ("Thiết kế bao bì, mã số mã vạch, tem truy xuất", 60, False),
             ("Kiểm nghiệm, chứng nhận, đăng ký nhãn hiệu", 40, False), ("Vốn lưu động", 420, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 500, 300], rate=0.08, sell=0.05, tax=0.015, excise=0.0, other=90),
    "eo02": dict(
        unit="lít",
        products=[("Rượu nếp Cẩm Sơn 29,5 độ, chai 500 ml", "chai", 0.5, 185000, 14000, [16000, 17500, 19000]),
                  ("Rượu nếp hạ thổ 35 độ, bình sứ 1 lít", "bình", 1, 430000, 45000, [2000, 2200, 2400]),
                  ("Rượu nếp 29,5 độ, can 2 lít", "can", 2, 320000, 10000, [2500, 2700, 2900])],
        hist=[(11500, 290000), (12500, 295000), (14000, 300000)],
        raws=[("Gạo nếp cái", "kg", 1.25, 32000), ("Men lá", "kg", 0.02, 250000)],
        supply=([3000] * 3, [22000] * 3), cap=(100, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 4]),
               ("Lọc, chiết, dán tem", [2, 2, 2]), ("Bán hàng", [1, 2, 2])],
        wage=7.0, energy=3000,
        inv=[("Cải tạo nhà ủ men và kho hạ thổ", 300, True), ("Hai nồi chưng cất inox có sinh hàn", 240, True),
             ("Máy lọc, máy chiết rót, máy đóng nút", 180, True), ("Bể lắng và hệ thống xử lý bã, nước thải", 120, True),
             ("Bao bì, tem, kiểm nghiệm, hồ sơ", 60, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 500)],
        life=8, loan=[500, 350, 200], rate=0.09, sell=0.06, tax=0.01, excise=0.65, other=80),
    "eo03": dict(
        unit="kg",
        products=[("Trà lá vối túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 38000, 6000, [16000, 18000, 20000]),
                  ("Lá vối sấy khô, túi 500 g", "túi", 0.5, 90000, 3000, [3000, 3300, 3600])],
        hist=[(1600, 360000), (1800, 365000), (2050, 370000)],
        raws=[("Lá và nụ vối tươi", "kg", 4.5, 6000)],
        supply=([4000] * 3, [10000] * 3), cap=(26, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, sấy", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 2, 2])],
        wage=5.5, energy=8000,
        inv=[("Cải tạo phòng sơ chế, đóng gói 40 m²", 90, True), ("Máy sấy nhiệt độ thấp", 85, True),
             ("Máy nghiền và máy đóng túi lọc", 115, True), ("Thiết kế bao bì, mã vạch, tem", 25, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 20, False), ("Vốn lưu động", 65, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.05, tax=0.015, excise=0.0, other=30),
    "eo04": dict(
        unit="sản phẩm",
        products=[("Hộp gỗ đựng chè, trầm", "cái", 1, 350000, 20000, [2000, 2200, 2400]),
                  ("Tranh gỗ khắc phong cảnh Hồng Lam", "bức", 1, 1200000, 60000, [400, 450, 500]),
                  ("Bộ khay trà gỗ mít", "bộ", 1, 650000, 30000, [800, 900, 1000])],
        hist=[(2400, 480000), (2700, 490000), (2950, 500000)],
        raws=[("Gỗ xẻ sấy (keo, mít)", "m³", 0.012, 9000000)],
        supply=([6] * 3, [50] * 3), cap=(16, 290),
        roles=[("Quản lý, kế toán", [2, 2, 2]), ("Thợ mộc, thợ khắc", [5, 6, 6]), ("Hoàn thiện, đóng gói", [2, 2, 2])],
        wage=7.0, energy=15000,
        inv=[("Máy khắc CNC 4 đầu", 420, True), ("Hệ thống hút bụi túi vải và buồng sơn có màng nước", 180, True),
             ("Cải tạo xưởng hoàn thiện 150 m²", 200, True), ("Thiết kế mẫu, bao bì, tem", 50, False),
             ("Đăng ký nhãn hiệu, tiêu chuẩn cơ sở", 30, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của cổ đông", 800), ("Vay Ngân hàng thương mại", 400)],
        life=8, loan=[400, 300, 200], rate=0.09, sell=0.05, tax=0.015, excise=0.0, other=60),
    "eo05": dict(
        unit="lít",
        products=[("Rượu sim 25 độ, chai 500 ml", "chai", 0.5, 175000, 13000, [14000, 15000, 16000]),
                  ("Rượu nếp sim 30 độ, bình 1,5 lít", "bình", 1.5, 500000, 40000, [1200, 1300, 1400])],
        hist=[(7800, 330000), (8400, 335000), (8600, 340000)],
        raws=[("Quả sim chín", "kg", 1.2, 25000), ("Gạo nếp", "kg", 0.6, 30000)],
        supply=([4000] * 3, [10000] * 3), cap=(60, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, ngâm ủ, chưng cất", [3, 3, 3]),
               ("Chiết rót, bán hàng", [2, 2, 2])],
        wage=6.0, energy=2500,
        inv=[("Nồi chưng cất inox 2 lớp", 160, True), ("Chum, bình sứ ngâm ủ", 120, True),
             ("Máy lọc, máy chiết, máy dán tem", 150, True), ("Kho lạnh bảo quản quả sim 20 m³", 170, True),
             ("Bao bì, kiểm nghiệm", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=8, loan=[500, 350, 200], rate=0.08, sell=0.05, tax=0.01, excise=0.65, other=60),
    "eo06": dict(
        unit="kg",
        products=[("Mật ong rừng keo, chai 500 g", "chai", 0.5, 160000, 8000, [6000, 6800, 8000]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 300000, 12000, [2200, 2500, 3000])],
        hist=[(4200, 290000), (4600, 295000), (4900, 300000)],
        raws=[("Mật ong thô", "kg", 1.05, 100000)],
        supply=([410 * 14] * 3, [0] * 3), cap=(60, 200),
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2]), ("Nuôi ong, quay mật", [4, 4, 4]), ("Lọc, đóng chai, bán", [2, 2, 2])],
        wage=5.0, energy=4000,
        inv=[("Máy quay mật và máy lọc inox", 120, True), ("Máy hạ thủy phần mật ong", 180, True),
             ("Phòng đóng chai 30 m²", 100, True), ("Thùng ong, cầu ong bổ sung", 150, True),
             ("Bao bì, tem, kiểm nghiệm", 50, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=8, loan=[400, 300, 200], rate=0.066, sell=0.05, tax=0.015, excise=0.0, other=40),
    "eo07": dict(
        unit="kg",
        products=[("Chả cá thu, hộp 500 g", "hộp", 0.5, 130000, 6000, [24000, 26000, 28000]),
                  ("Chả cá mối, khay 300 g", "khay", 0.3, 60000, 4000, [20000, 22000, 24000])],
        hist=[(15000, 235000), (16500, 238000), (17500, 240000)],
        raws=[("Cá thu, cá mối tươi", "kg", 1.6, 70000)],
        supply=([8000] * 3, [40000] * 3), cap=(120, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, quết, hấp", [6, 7, 7]), ("Đóng gói, kho lạnh, giao hàng", [3, 3, 4])],
        wage=7.0, energy=6000,
        inv=[("Máy xay quết chả 2 chiếc", 260, True), ("Kho cấp đông và tủ đông", 320, True),
             ("Máy hút chân không, đóng khay", 150, True), ("Cải tạo xưởng chế biến 1 chiều", 270, True),
             ("Bao bì, tem", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại", 680)],
        life=10, loan=[680, 480, 280], rate=0.09, sell=0.05, tax=0.015, excise=0.0, other=90,
        other_label="Quản lý, chi phí khác"),
    "eo08": dict(
        unit="bánh",
        products=[("Xà phòng thảo dược bồ kết – sả, bánh 100 g", "bánh", 1, 40000, 6000, [30000, 33000, 36000]),
                  ("Xà phòng tinh dầu bưởi, bánh 100 g", "bánh", 1, 45000, 6500, [12000, 13000, 14000])],
        hist=[(28000, 40000), (33000, 41000), (38000, 41500)],
        raws=[("Dầu dừa, dầu ô liu, bơ hạt mỡ", "kg", 0.07, 90000), ("Dược liệu khô, tinh dầu", "kg", 0.01, 350000)],
        supply=([0] * 3, [4000] * 3), cap=(220, 260),
        roles=[("Chủ hộ, kế toán", [2, 2, 2]), ("Nấu, đổ khuôn, cắt", [4, 4, 4]), ("Đóng gói, bán hàng", [3, 3, 3])],
        wage=5.0, energy=600,
        inv=[("Nồi khuấy gia nhiệt và khuôn inox", 90, True), ("Phòng ủ xà phòng có kiểm soát ẩm", 110, True),
             ("Máy cắt, máy dập chữ, máy co màng", 80, True), ("Hồ sơ công bố, kiểm nghiệm", 30, False),
             ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.015, excise=0.0, other=40,
        pack_label="Bao bì (hộp giấy, màng co)"),
    "eo09": dict(
        unit="kg",
        products=[("Dưa lưới ruột vàng loại 1 (hộp 2 quả)", "kg", 1, 38000, 1500, [36000, 72000, 90000]),
                  ("Dưa lưới loại 2 (bán rời)", "kg", 1, 20000, 200, [24000, 48000, 60000])],
        hist=[(48000, 30000), (52000, 30500), (54000, 31000)],
        raws=[("Diện tích nhà màng canh tác", "m²", 0.2, 0)],
        supply=([30000] * 3, [0] * 3), cap=(700, 250),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chăm sóc, thu hoạch", [5, 5, 5]), ("Sơ chế, đóng hộp", [1, 1, 1])],
        wage=5.5, energy=1200,
        inv=[("Sửa chữa nhà màng, lưới, màng phủ", 260, True), ("Hệ thống tưới nhỏ giọt tự động", 180, True),
             ("Nhà sơ chế, đóng hộp 50 m²", 120, True), ("Vốn lưu động (giống, phân, vật tư)", 240, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=8, loan=[400, 300, 200], rate=0.08, sell=0.04, tax=0.01, excise=0.0, other=30,
        seedfert=60000),
    "eo10": dict(
        unit="kg",
        products=[("Nhang trầm không tăm, hộp 250 g", "hộp", 0.25, 90000, 5000, [20000, 23000, 26000]),
                  ("Nhang trầm có tăm, bó 1 kg", "bó", 1, 160000, 3000, [2200, 2500, 3000])],
        hist=[(5400, 285000), (6000, 290000), (6600, 295000)],
        raws=[("Bột gỗ trầm, bột quế, keo bời lời", "kg", 1.1, 120000)],
        supply=([0] * 3, [12000] * 3), cap=(30, 260),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Trộn bột, se nhang", [4, 4, 4]), ("Phơi, đóng hộp", [3, 3, 3])],
        wage=5.0, energy=3000,
        inv=[("Máy se nhang tự động thứ hai", 0, True), ("Nhà phơi nhang có mái che 100 m²", 140, True),
             ("Máy nghiền bột trầm", 90, True), ("Bao bì, tem", 40, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của các hộ", 300), ("Vay Quỹ hỗ trợ phụ nữ", 200)],
        life=8, loan=[200, 130, 60], rate=0.07, sell=0.05, tax=0.015, excise=0.0, other=30),
}
# eo10 buys no second press: its item is written out of the table (0 above is not printed).
PLANS["eo10"]["inv"] = [x for x in PLANS["eo10"]["inv"] if x[1]]
PLANS["eo10"]["src"] = [("Vốn góp của các hộ", 300), ("Vay Quỹ hỗ trợ phụ nữ", 200)]

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "eo05": {"rev_line": (0, 1, 1.08)},        # 2028 line of the 500 ml bottle × 1,08
    "eo06": {"payback": 1.2},                  # stated payback; honey need exceeds the colonies' yield
    "eo07": {"src_total": True},               # sources 600 + 680 = 1.280 against the investment 1.500
    "eo08": {"cost_total_omit": (1, "Tiền công")},  # the 2028 total leaves the wage line out
    "eo10": {"profit": (2, 1.3)},              # 2029 profit × 1,3
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str) -> dict:
    c = PLANS[k]
    m: dict = {"c": c}
    m["base"] = [sum(p[5][y] * p[2] for p in c["products"]) for y in range(3)]
    m["rev_lines"] = [[r1(p[5][y] * p[3] / 1e6) for y in range(3)] for p in c["products"]]
    m["rev"] = [r1(sum(l[y] for l in m["rev_lines"])) for y in range(3)]
    m["need"] = [[m["base"][y] * r[2] for y in range(3)] for r in c["raws"]]
    m["supply"] = [c["supply"][0][y] + c["supply"][1][y] for y in range(3)]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["inv_total"] = sum(i[1] for i in c["inv"])
    m["fixed"] = sum(i[1] for i in c["inv"] if i[2])
    m["dep"] = r1(m["fixed"] / c["life"])
    lines = []
    for r, need in zip(c["raws"], m["need"]):
        if r[3]:
            lines.append((f"{r[0]} ({fmt(r[3])} đ/{r[1]})", [r1(n * r[3] / 1e6) for n in need]))
    if c.get("seedfert"):
        lines.append(("Giống, phân bón, vật tư (" + fmt(c["seedfert"]) + " đ/m²)",
                      [r1(m["need"][0][y] * c["seedfert"] / 1e6) for y in range(3)]))
    lines.append((c.get("pack_label", "Bao bì, tem nhãn"), [r1(sum(p[5][y] * p[4] for p in c["products"]) / 1e6) for y in range(3)]))
    lines.append((f"Tiền công ({fmt(c['wage'])} triệu đồng/người/tháng)",
                  [r1(m["staff"][y] * c["wage"] * 12) for y in range(3)]))
    lines.append((f"Điện, nước, nhiên liệu ({fmt(c['energy'])} đ/{c['unit']})",
                  [r1(m["base"][y] * c["energy"] / 1e6) for y in range(3)]))
    lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    lines.append((f"Lãi vay ({fmt(c['rate'] * 100)} %/năm)", [r1(c["loan"][y] * c["rate"]) for y in range(3)]))
    lines.append((f"Bán hàng, quảng bá ({fmt(c['sell'] * 100)} % doanh thu)", [r1(m["rev"][y] * c["sell"]) for y in range(3)]))
    if c["excise"]:
        lines.append(("Thuế tiêu thụ đặc biệt (65 %)", [r1(m["rev"][y] * c["excise"] / (1 + c["excise"])) for y in range(3)]))
    lines.append((f"Thuế, phí khác ({fmt(c['tax'] * 100)} % doanh thu)", [r1(m["rev"][y] * c["tax"]) for y in range(3)]))
    lines.append((c.get("other_label", "Quản lý, kiểm nghiệm định kỳ, chi khác"), [float(c["other"])] * 3))
    m["cost_lines"] = lines
    m["cost"] = [r1(sum(l[1][y] for l in lines)) for y in range(3)]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = r1(m["inv_total"] / (m["avg_profit"] + m["dep"]))
    m["hist_rev"] = [r1(o * p / 1e6) for o, p in c["hist"]]
    m["capacity"] = c["cap"][0] * c["cap"][1]
    return m


def fmt(x: float, d: int | None = None) -> str:
    """Vietnamese number: 1.234,5 (decimals only when needed, or exactly d)."""
    if d is None:
        d = 0 if abs(x - round(x)) < 1e-9 else (1 if abs(x * 10 - round(x * 10)) < 1e-6 else 2)
    s = f"{x:,.{d}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


# --------------------------------------------------------------------------- reading the source

class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """Rows (header excluded) of the first table after the caption "Bảng N. <caption>…"."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"Bảng \d+\. " + re.escape(caption), line):
                rows, started = [], False
                for l2 in lines[i + 1:]:
                    if l2.strip().startswith("|"):
                        started = True
                        rows.append([c.strip() for c in l2.strip().strip("|").split("|")])
                    elif started:
                        break
                return [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]
        self.failures.append(f"table not found: {caption}")
        return []

    def nums(self, row: list[str], n: int = 3) -> list[float]:
        out = []
        for c in row:
            if re.fullmatch(r"[\d.]+(,\d+)?", c):
                out.append(plancheck.vn(c))
        return out[-n:] if len(out) >= n else out + [0.0] * (n - len(out))

    def line(self, tab: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in tab:
            if any(c.startswith(label) for c in r[:2]):
                return self.nums(r, n)
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def words(self) -> int:
        return len(self.body.split())


def cmp(p: Plan, got: list[float], want: list[float], what: str, bad: set[int] = frozenset()) -> None:
    for y, (g, w) in enumerate(zip(got, want)):
        if y in bad:
            p.check(off(g, w), f"{what} {YEARS[y]}: planted defect not off by > 5 % ({g} vs {w})")
        else:
            p.check(close(g, w) or abs(g - w) <= 0.11, f"{what} {YEARS[y]}: {g} != {w}")


def check_full(k: str, stem: str) -> Plan:
    p = Plan(stem)
    m, c = model(k), PLANS[k]
    pl = PLANTED.get(k, {})
    # Bảng 1: history
    t = p.table("Kết quả sản xuất kinh doanh")
    out_h, price_h, rev_h = p.line(t, "Sản lượng"), p.line(t, "Giá bán bình quân"), p.line(t, "Doanh thu")
    cmp(p, out_h, [h[0] for h in c["hist"]], "history output")
    cmp(p, price_h, [h[1] for h in c["hist"]], "history price")
    cmp(p, rev_h, m["hist_rev"], "history revenue = output × price")
    # Bảng 3: output by product
    t = p.table("Kế hoạch sản lượng")
    for prod in c["products"]:
        cmp(p, p.line(t, prod[0]), prod[5], f"packs {prod[0]}")
    cmp(p, p.line(t, "Tổng sản lượng quy đổi"), m["base"], "output = Σ packs × size")
    g27 = m["base"][0] / c["hist"][2][0]
    # Bảng 4: raw materials
    t = p.table("Nhu cầu và nguồn cung")
    for r, need in zip(c["raws"], m["need"]):
        cmp(p, p.line(t, f"{r[0]} cần dùng"), need, f"need {r[0]}")
    cmp(p, p.line(t, "Tổng nguồn cung"), m["supply"], "supply = own + contract")
    if k == "eo06":  # the plan hides its shortfall: no balance row
        p.check(not any(r[0].startswith("Chênh lệch") for r in t), "eo06 has no balance row")
    else:
        cmp(p, p.line(t, "Chênh lệch"), [m["supply"][y] - m["need"][0][y] for y in range(3)], "balance")
    # Bảng 6: staff
    t = p.table("Bố trí lao động")
    for role, n in c["roles"]:
        cmp(p, p.line(t, role), n, f"staff {role}")
    cmp(p, p.line(t, "Tổng cộng"), m["staff"], "staff total")
    # Bảng 7 / 8: investment and sources
    t = p.table("Tổng vốn đầu tư")
    for it in c["inv"]:
        p.check(close(p.line(t, it[0], 1)[0], it[1]), f"investment item {it[0]}")
    p.check(close(p.line(t, "Tổng cộng", 1)[0], m["inv_total"]), "investment total")
    t = p.table("Cơ cấu nguồn vốn")
    srcs = [p.line(t, s[0], 2) for s in c["src"]]
    stot = p.line(t, "Tổng cộng", 2)
    p.check(all(close(s[0], s0[1]) for s, s0 in zip(srcs, c["src"])), "source amounts")
    p.check(close(stot[0], sum(s[1] for s in c["src"])), "sources sum to their total")
    p.check(all(abs(s[1] - s0[1] / stot[0] * 100) <= 0.06 for s, s0 in zip(srcs, c["src"])), "sources %")
    if pl.get("src_total"):
        p.check(off(stot[0], m["inv_total"]), f"planted capital-mismatch: sources {stot[0]} vs {m['inv_total']}")
    else:
        p.check(close(stot[0], m["inv_total"]), "sources = investment")
    # Bảng 9: revenue
    t = p.table("Dự kiến doanh thu")
    rv_stated = p.line(t, "Tổng doanh thu")
    for i, prod in enumerate(c["products"]):
        bad = set()
        if "rev_line" in pl and pl["rev_line"][0] == i:
            bad = {pl["rev_line"][1]}
        cmp(p, p.line(t, prod[0]), m["rev_lines"][i], f"revenue line {prod[0]}", bad)
    rv_bad = {pl["rev_line"][1]} if "rev_line" in pl else set()
    cmp(p, rv_stated, m["rev"], "revenue total", rv_bad)
    # Bảng 10: costs
    t = p.table("Dự kiến chi phí")
    for lab, vals in m["cost_lines"]:
        want = vals
        if "rev_line" in pl and lab.startswith(("Bán hàng", "Thuế")):
            # selling and tax lines follow the plan's own (inflated) revenue
            want = [r1(vals[y] * rv_stated[y] / m["rev"][y]) for y in range(3)]
        cmp(p, p.line(t, lab.split(" (")[0]), want, f"cost line {lab}")
    ctot = p.line(t, "Tổng chi phí")
    stated_lines = [p.line(t, lab.split(" (")[0]) for lab, _ in m["cost_lines"]]
    sum_lines = [r1(sum(l[y] for l in stated_lines)) for y in range(3)]
    cbad = {pl["cost_total_omit"][0]} if "cost_total_omit" in pl else set()
    cmp(p, ctot, sum_lines, "cost total = Σ lines", cbad)
    if cbad:
        y, lab = pl["cost_total_omit"]
        p.check(abs(ctot[y] - (sum_lines[y] - p.line(t, lab)[y])) <= 0.11, "planted: the 2028 total leaves a line out")
    # Bảng 11: summary
    t = p.table("Tổng hợp hiệu quả")
    s_rev, s_cost, s_prof = p.line(t, "Doanh thu"), p.line(t, "Tổng chi phí"), p.line(t, "Lợi nhuận")
    cmp(p, s_rev, rv_stated, "summary revenue = Bảng 9")
    cmp(p, s_cost, ctot, "summary cost = Bảng 10")
    pbad = {pl["profit"][0]} if "profit" in pl else set()
    cmp(p, s_prof, [r1(s_rev[y] - s_cost[y]) for y in range(3)], "profit = revenue − cost", pbad)
    true_profit = [r1(rv_stated[y] - sum_lines[y]) for y in range(3)]
    if cbad or rv_bad:
        p.check(any(off(s_prof[y], m["profit"][y]) for y in range(3)), "knock-on on profit visible")
    margin = p.line(t, "Tỷ suất lợi nhuận")
    cmp(p, margin, [r1(s_prof[y] / s_rev[y] * 100) for y in range(3)], "margin %")
    for y in range(3):
        p.check(0 < true_profit[y] / rv_stated[y] < 0.4, f"margin plausible {YEARS[y]}")
    # payback as printed
    mm = re.search(r"thời gian hoàn vốn[^\n]*?khoảng ([\d,]+) năm", p.body, re.I)
    stated_pb = plancheck.vn(mm.group(1)) if mm else 0.0
    avg_stated = r1(sum(s_prof) / 3)
    if "payback" in pl:
        p.check(stated_pb == pl["payback"] and off(stated_pb, m["payback"]),
                f"planted payback {stated_pb} vs true {m['payback']}")
    else:
        p.check(close(stated_pb, r1(m["inv_total"] / (avg_stated + m["dep"])), 0.05),
                f"payback {stated_pb} vs {m['inv_total']} / ({avg_stated} + {m['dep']})")
    # feasibility
    p.check(0.95 < g27 < 1.2 or k == "eo09", f"2027 growth on 2026: {g27:.2f}")
    return p, m


def common_ready(p: Plan, m: dict, k: str) -> None:
    c = m["c"]
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    for w in ("tiêu chuẩn cơ sở", "nhãn hiệu", "phiếu kết quả thử nghiệm", "truy xuất"):
        p.check(w in p.body.lower(), f"ready plan lacks {w!r}")
    for y in range(3):
        p.check(m["need"][0][y] <= m["supply"][y], f"material within supply {YEARS[y]}")
        p.check(m["base"][y] <= m["capacity"], f"output within capacity {YEARS[y]}")
        if y:
            p.check(m["rev"][y] / m["rev"][y - 1] < 1.2, f"growth {YEARS[y]}")
    # every dated paper in the compliance table runs past 31/12/2029 (or has no end)
    t = p.table("Hồ sơ pháp lý")
    for r in t:
        for d in re.findall(r"đến (\d{2}/\d{2}/(\d{4}))", " ".join(r)):
            p.check(int(d[1]) >= 2030, f"paper expires during the period: {r[1]} {d[0]}")


def main() -> int:
    plans = []
    stems = {x.stem[:4]: x.stem for x in (HERE / "src").glob("eo*.md")}
    for k in ["eo01", "eo02", "eo03", "eo04"]:
        p, m = check_full(k, stems[k])
        common_ready(p, m, k)
        plans.append(p)
    # ---- revise plans
    p, m = check_full("eo05", stems["eo05"])
    p.lacks(PLACEHOLDER, "placeholder")
    p.has("20/4/2020", "thời hạn 5 năm")
    p.lacks(r"gia hạn|cấp lại giấy phép|cấp mới giấy phép|đề nghị cấp giấy phép", "licence renewal mentioned")
    p.lacks(r"môi trường|nước thải|bã rượu|bã sim|chất thải|xử lý bã|khí thải|mùi", "environment mentioned")
    p.check(m["base"][1] > 0 and off(m["rev_lines"][0][1] * 1.08, m["rev_lines"][0][1]), "revenue defect > 5 %")
    plans.append(p)

    p, m = check_full("eo06", stems["eo06"])
    p.lacks(PLACEHOLDER, "placeholder")
    sup = m["supply"]
    p.check(off(m["need"][0][1], sup[1]) and off(m["need"][0][2], sup[2]) and m["need"][0][1] > sup[1],
            f"planted material-shortfall 2028/2029: need {m['need'][0][1:]} vs {sup[1:]}")
    p.check(m["need"][0][0] <= sup[0], "2027 still covered")
    p.has("14/6/2022", "14/6/2025", "410 đàn", "14 kg")
    p.lacks(r"cấp lại|gia hạn|đang làm thủ tục.{0,40}an toàn|cam kết sản xuất thực phẩm an toàn", "ATTP renewal")
    plans.append(p)

    p, m = check_full("eo07", stems["eo07"])
    p.lacks(PLACEHOLDER, "placeholder")
    p.has("38/2012/NĐ-CP", "1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "current instrument cited")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố|QCVN|TCVN|thử nghiệm|kiểm nghiệm|quy chuẩn", "standard mentioned")
    p.check(off(sum(s[1] for s in PLANS["eo07"]["src"]), m["inv_total"]), "capital defect")
    plans.append(p)

    p, m = check_full("eo08", stems["eo08"])
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|tem", "label mentioned")
    p.has("7 lao động", "Tổng cộng | 9 |")
    p.check(m["staff"][0] == 9, "9 staff in the table, 7 in the producer section")
    plans.append(p)

    p, m = check_full("eo09", stems["eo09"])
    p.lacks(PLACEHOLDER, "placeholder")
    g = [m["base"][0] / PLANS["eo09"]["hist"][2][0], m["base"][1] / m["base"][0], m["base"][2] / m["base"][1]]
    p.check(g[0] > 1.05 and g[1] >= 2.0 and g[2] > 1.2, f"planted unrealistic-growth {g}")
    p.check(m["staff"][0] == m["staff"][2] and PLANS["eo09"]["sell"] * m["rev"][0] > 0, "same staff")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark mentioned")
    p.has("Tổ hợp tác Dưa lưới Thạch Lạc", "Hợp tác xã Nông sản Bắc Thạch")
    p.check(p.count("Hợp tác xã Nông sản Bắc Thạch") >= 2, "other producer's name twice")
    plans.append(p)

    p, m = check_full("eo10", stems["eo10"])
    p.lacks(PLACEHOLDER, "placeholder")
    p.check(off(m["base"][2], m["capacity"]) and m["base"][2] > m["capacity"],
            f"planted capacity-exceeded: {m['base'][2]} kg vs {m['capacity']}")
    p.check(m["base"][0] <= m["capacity"], "2027 within capacity")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|mã số thuế|hợp tác xã|tổ hợp tác|doanh nghiệp|công ty",
            "registration mentioned")
    plans.append(p)

    # ---- sketchy
    for k, must in (("eo11", ["rượu ngô", "4.000 lít", "80.000 đồng"]), ("eo12", ["sắn dây", "2 tấn", "180.000 đồng"])):
        p = Plan(stems[k])
        p.lacks(PLACEHOLDER, "placeholder")
        p.check(150 <= p.words() <= 320, f"sketchy length {p.words()} words")
        p.has(*must)
        p.lacks(r"đăng ký kinh doanh|an toàn thực phẩm|tự công bố|nhãn|giấy phép|môi trường|kiểm nghiệm",
                "a paper a sketchy plan lacks on purpose")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
