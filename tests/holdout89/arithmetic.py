"""The eighty-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout89/arithmetic.py

For every plan: revenue = quantity x price, per-unit cost lines, cost lines sum to the total,
profit = revenue - cost, tax, investment items = capital sources = total, equipment rows
(quantity x unit price) and their totals, depreciation, interest, payback, raw material in kg of
live weight (or litres of milk, or eggs) against the stated supply, output against capacity,
growth, staff tables against wages, quarterly sales against the year. Planted numeric defects are
asserted wrong by more than 5 % (with the true value computed) and everything else right (within
1 %). Table figures are read from the plan's source; figures quoted in running text are looked up
verbatim, so the numbers cannot drift from the text. The textual planted defects (no label, no
quality control, replaced instruments cited, no trademark, no environmental measure, no
registration, no food safety, a second product name, no product standard) are asserted by the
absence or presence of their words; ready plans cite no replaced instrument; no plan has a
template placeholder.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018|3292/QĐ-UBND"
            r"|\bhuyện\b")


class Plan(plancheck.Plan):
    src = HERE / "src"


def common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"\.\.\.", "ellipsis placeholder")


def ready(p: Plan) -> None:
    common(p)
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "đủ điều kiện an toàn thực phẩm",
          "tiêu chuẩn cơ sở")
    p.check(bool(re.search(r"tự công bố", p.body)), "self-declaration")
    p.check(bool(re.search(r"đăng ký môi trường|miễn đăng ký môi trường", p.body)), "environmental registration")
    p.check(bool(re.search(r"mã lô|truy xuất", p.body)), "lot code / traceability")


def equipment(p: Plan, labels: list[str], total_label: str, unit_total: float) -> float:
    """Each row: quantity x unit price = amount; returns the true sum and checks the stated total."""
    s = 0.0
    for lab in labels:
        q, price, amount = p.row(lab)
        p.check(close(q * price, amount), f"equipment row {lab}: {q} x {price} != {amount}")
        s += amount
    p.check(close(p.one(total_label), unit_total), f"equipment total row {total_label} = {unit_total}")
    return s


def cl01() -> Plan:
    p = Plan("cl01_gio_lua_cha_que_thanh_van_cty")
    gio, cha, kg = p.row("Giò lụa cây 1 kg"), p.row("Chả quế cây 500 g"), p.row("Tổng sản lượng quy ra kg")
    fin_kg, lean, live, supply = (p.row("Giò chả thành phẩm"), p.row("Thịt nạc cần dùng"), p.row("Lợn hơi tương ứng"),
                                  p.row("Lợn hơi theo hợp đồng liên kết"))
    rev, rg, rc = p.row("Doanh thu |", skip=1), p.row("Giò lụa |"), p.row("Chả quế |")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt lợn nạc |", "Gia vị, nước mắm, lá chuối", "Bao bì, nhãn |", "Tiền lương |",
                                 "Điện, nước, gas", "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển lạnh",
                                 "Quản lý, kiểm nghiệm, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp (17%)"), p.row("Lợi nhuận sau thuế", skip=1)
    staff = p.row("Cộng |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == gio[y] + cha[y] * 0.5 == fin_kg[y], f"kg {y}")
        p.check(close(lean[y], kg[y] * 0.9) and close(live[y], lean[y] / 0.4) and live[y] < supply[y] == 120000,
                f"lean 0,9, live 40 %, within 120.000 {y}")
        p.check(close(rg[y], gio[y] * 0.24) and close(rc[y], cha[y] * 0.13) and close(rev[y], rg[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], lean[y] * 0.135) and close(lines[1][y], kg[y] * 0.012) and close(lines[2][y], kg[y] * 0.006)
                and close(lines[4][y], kg[y] * 0.005), f"per-kg costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[5][y], 200) and close(lines[6][y], [1000, 750, 500][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 150), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 180 * 300, f"capacity 54.000 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    rows = ["Giám đốc |", "Kế toán, hành chính", "Kỹ thuật viên KCS", "Công nhân chế biến", "Kho lạnh, lái xe", "Bán hàng, bán hàng trực tuyến"]
    st = [p.row(x) for x in rows]
    p.check(all(staff[y] == lines_sum(st, y) for y in Y) and staff == [16, 17, 18], "staff 16 / 17 / 18")
    eq = equipment(p, ["Kho mát 0–4 °C", "Kho cấp đông", "Tủ mát trưng bày", "Cối quết giò", "Máy xay thịt công nghiệp",
                       "Nồi luộc, hấp", "Máy hút chân không, máy co màng", "Xe tải đông lạnh"], "Tổng cộng", 1600)
    p.check(eq == 1600, "equipment rows add up to 1.600")
    items = [p.one(x) for x in ("Cải tạo xưởng chế biến", "Thiết bị chế biến và chuỗi lạnh", "Thiết kế bao bì, nhãn",
                                "Vốn lưu động")]
    p.check(sum(items) == 2600 == 1600 + 1000 and items[0] + items[1] == 2000 and close(2000 / 10, 200), "capital 2.600, fixed 2.000")
    avg = sum(post) / 3
    p.check(close(avg, 1111.4, 0.001) and close(2600 / (1111.4 + 200), 2.0, 0.02), "average profit, payback 2,0")
    p.check(close(post[0] / rev[0], 0.111, 0.01) and close(post[2] / rev[2], 0.138, 0.01), "margins 11,1–13,8 %")
    p.check(close(kg[0] / 29000, 1.10, 0.01), "+10 % on the 29.000 kg estimated for 2026")
    p.check(close(kg[2] / 54000, 0.74, 0.01) and 1200 * 100 == 120000, "74 % of capacity; 1.200 pigs × 100 kg")
    p.check(close(live[2] / kg[2], 2.25) and 120000 - live[0] == 48000 and 120000 - live[2] == 30000, "2,25 kg live per kg; 30–48 tấn spare")
    p.check(close(6350 / 27500, 0.231, 0.01), "2025 price level ~231.000 đ/kg")
    p.has("240.000 đồng/kg", "130.000 đồng/cây", "135.000 đồng/kg", "(871,5 + 1.111,4 + 1.351,2) : 3 ≈ 1.111,4",
          "2.600 : (1.111,4 + 200) ≈ 2,0 năm", "từ 11,1% đến 13,8%", "công suất tối đa 54.000 kg/năm", "bằng 74% công suất",
          "120.000 kg lợn hơi/năm", "Tổng vốn đầu tư là 2.600 triệu đồng", "1.600 triệu đồng (61,5%)", "1.000 triệu đồng (38,5%)",
          "trả gốc đều 250 triệu đồng/năm", "mỗi năm 200 triệu đồng", "7.840 triệu đồng năm 2027 và 9.800 triệu đồng năm 2029",
          "32.000 kg năm 2027, 36.000 kg năm 2028 và 40.000 kg năm 2029", "Hiện nay công ty có 14 lao động thường xuyên",
          "72.000 đến 90.000 kg lợn hơi/năm", "từ 30.000 đến 48.000 kg/năm")
    p.check(close(1600 / 2600, 0.615, 0.002), "61,5 %")
    ready(p)
    return p


def cl02() -> Plan:
    p = Plan("cl02_sua_tuoi_sua_chua_huong_binh_htx")
    chai, hu = p.row("Sữa tươi thanh trùng chai 1 lít"), p.row("Sữa chua hũ 100 g")
    m1, m2, need, own = (p.row("Sữa cho sữa tươi thanh trùng"), p.row("Sữa cho sữa chua"), p.row("Tổng nhu cầu"),
                         p.row("Sản lượng sữa của thành viên"))
    herd = [p.row(x) for x in ("Thôn Bình Minh", "Thôn Trung Hòa", "Thôn Đồng Cả")]
    herd_total = p.row("Cộng |")
    for h in herd + [herd_total]:
        p.check(close(h[2], h[1] * 14 * 300), f"cows × 14 l × 300 days: {h}")
    p.check(sum(h[0] for h in herd) == herd_total[0] == 12 and sum(h[1] for h in herd) == herd_total[1] == 40
            and sum(h[2] for h in herd) == herd_total[2] == 168000, "12 households, 40 cows, 168.000 l")
    r1, r2, rev = p.row("Doanh thu sữa tươi thanh trùng"), p.row("Doanh thu sữa chua"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Sữa nguyên liệu |", "Đường, men giống", "Chai, hũ, nhãn", "Tiền lương |", "Điện, nước |",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển |", "Quản lý, kiểm nghiệm |")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp |"),
                            p.row("Lợi nhuận sau thuế"))
    staff = p.row("Tổng số lao động")
    st = [p.row(x) for x in ("Giám đốc kiêm", "Kế toán |", "Kỹ thuật viên chế biến", "Công nhân chế biến, đóng gói",
                             "Lái xe, giao hàng", "Bán hàng |")]
    for y in Y:  # đồng
        p.check(close(m1[y], chai[y] * 1.05) and close(m2[y], hu[y] * 0.1) and close(need[y], m1[y] + m2[y])
                and need[y] < own[y] == 168000 and need[y] <= 600 * 320, f"milk need, supply, capacity {y}")
        p.check(close(r1[y], chai[y] * 32000) and close(r2[y], hu[y] * 7000) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 14000) and close(lines[1][y], hu[y] * 800)
                and close(lines[2][y], chai[y] * 3000 + hu[y] * 1200), f"per-unit costs {y}")
        p.check(staff[y] == lines_sum(st, y) and close(lines[3][y], staff[y] * 6500000 * 12), f"staff, wages {y}")
        p.check(close(lines[5][y], 150e6) and close(lines[6][y], [600e6, 450e6, 300e6][y] * 0.075)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[8][y], 100e6), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e9 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(1.1 < rev[y] / rev[y - 1] < 1.2 and 1.1 < chai[y] / chai[y - 1] <= 1.2, f"growth 15–20 % {y}")
    p.check(staff == [9, 10, 10], "staff 9 / 10 / 10")
    p.check(600 * 320 == 192000 and close(need[2] / 192000, 0.48, 0.01) and close(168000 / need[2], 1.82, 0.01),
            "192.000 l capacity, 48 % used, supply ≈ 1,8 × need")
    eq = equipment(p, ["Bồn làm lạnh sữa tươi", "Dây chuyền thanh trùng", "Bộ máy ủ", "Kho mát 2–6 °C", "Tủ mát đặt tại điểm bán",
                       "Xe tải lạnh 1 tấn"], "Tổng cộng", 1.5e9)
    p.check(eq == 1.5e9, "equipment 1.500.000.000")
    items = [p.one(x) for x in ("Máy móc thiết bị chế biến và chuỗi lạnh", "Thiết kế bao bì, nhãn, kiểm nghiệm", "Vốn lưu động |")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2e9 == 1.4e9 + 0.6e9 and close(1.5e9 / 10, 150e6), "capital 2 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 505079900, 0.0001) and close(2e9 / (avg + 150e6), 3.1, 0.02), "average profit, payback 3,1")
    p.check(close(2664e6, 22000 * 32000 + 280000 * 7000) and close(rev[0] / 2664e6, 1.31, 0.01), "2025: 2,664 tỷ; +31 % over two years")
    p.check(close(1500 * 3 * 36, 162000) and close(162000 / hu[0], 0.45), "schools: 1.500 pots × 3 days × 36 weeks ≈ 45 %")
    p.has("32.000 đồng/chai", "7.000 đồng/hũ", "505.079.900 đồng/năm", "2.000.000.000 : (505.079.900 + 150.000.000) ≈ 3,1 năm",
          "công suất tối đa 192.000 lít/năm", "168.000 lít/năm", "giá 14.000 đồng/lít", "Tổng nguồn vốn 2.000.000.000 đồng",
          "1.400.000.000 đồng", "600.000.000 đồng, thời hạn 4 năm, lãi suất 7,5%/năm, trả gốc 150.000.000 đồng/năm",
          "mỗi năm 150.000.000 đồng", "Doanh thu năm 2027 đạt 3.480.000.000 đồng, năm 2029 đạt 4.704.000.000 đồng",
          "doanh thu 2.664.000.000 đồng", "khoảng 1.500 hũ mỗi buổi", "14 lít/con/ngày", "1,05 lít", "0,1 lít")
    ready(p)
    return p


def cl03() -> Plan:
    p = Plan("cl03_trung_vit_muoi_mai_huong_hkd")
    box, tray = p.row("Trứng muối hộp 10 quả (hộp)"), p.row("Lòng đỏ muối khay 20 lòng (khay)")
    e1, e2, eggs, supply = (p.row("Trứng cho sản phẩm hộp"), p.row("Trứng cho lòng đỏ muối"), p.row("Tổng nhu cầu trứng"),
                            p.row("Nguồn trứng của gia đình"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("- Trứng muối hộp"), p.row("- Lòng đỏ muối")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Trứng vịt tươi |", "Muối, tro, gia vị", "Hộp, khay, nhãn", "Tiền công lao động thuê",
                                 "Khấu hao |", "Điện, nước |", "Bán hàng, vận chuyển |", "Thuế GTGT, thuế TNCN", "Lãi vay |")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(e1[y] == box[y] * 10 and e2[y] == tray[y] * 20 and eggs[y] == e1[y] + e2[y], f"eggs {y}")
        p.check(eggs[y] <= supply[y] == 600 * 260 + 90000 and eggs[y] <= 50 * 400 * 13, f"egg supply 246.000, vats 260.000 {y}")
        p.check(close(r1[y], box[y] * 0.075) and close(r2[y], tray[y] * 0.11) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], eggs[y] * 0.003) and close(lines[1][y], eggs[y] * 0.0003)
                and close(lines[2][y], box[y] * 0.006 + tray[y] * 0.005), f"per-egg costs {y}")
        p.check(close(lines[3][y], 3 * 5.5 * 12) and close(lines[4][y], 30) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], rev[y] * 0.015), f"wages, depreciation, selling, 1,5 % tax {y}")
        p.check(abs(lines[8][y] - [100, 50, 0][y] * 0.066) < 1e-9, f"interest 6,6 % on 100 / 50 / 0 {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    q = [p.row(f"Quý {r}/2027") for r in ("I", "II", "III", "IV")]
    year = p.row("Cả năm 2027")
    for i, r in enumerate(q):
        p.check(close(r[2], r[0] * 0.075 + r[1] * 0.11), f"quarter {i + 1} revenue")
    p.check(sum(r[0] for r in q) == year[0] == box[0] and sum(r[1] for r in q) == year[1] == tray[0]
            and sum(r[2] for r in q) == year[2] == rev[0], "quarters add up to 2027")
    eq = equipment(p, ["Thùng ủ inox 200 lít", "Tủ mát hai cánh", "Tủ đông 500 lít", "Máy soi trứng", "Máy hút chân không"],
                   "Cộng |", 180)
    p.check(eq == 180, "equipment 180")
    items = [p.one(x) for x in ("Cải tạo nhà ủ", "Thiết bị (mục 9)", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng |", skip=1) == 350 == 250 + 100 and items[0] + items[1] == 240 and close(240 / 8, 30),
            "capital 350, fixed 240, depreciation 30")
    staff = [p.row(x, 1)[0] for x in ("Chủ hộ |", "Lao động gia đình", "Lao động thuê")]
    p.check(sum(staff) == p.one("Tổng cộng |") == 5, "staff 1 + 1 + 3 = 5")
    avg = sum(prof) / 3
    p.check(close(avg, 267.8, 0.001) and close(350 / (267.8 + 30), 1.2, 0.03), "average profit, payback 1,2")
    p.check(50 * 400 * 13 == 260000 and 600 * 260 == 156000 and 45 * 250 * 13 == 146250, "vats 260.000, flock 156.000, old jars 146.000")
    p.check(9800 * 10 + 2100 * 20 == 140000 and close(eggs[0] / 140000, 1.29, 0.01), "2025: 140.000 eggs; +29 % over two years")
    p.has("75.000 đồng/hộp", "110.000 đồng/khay", "3.000 đồng/quả", "156.000 quả/năm", "90.000 quả/năm", "246.000 quả/năm",
          "260.000 quả/năm", "146.000 quả/năm", "doanh thu khoảng 896 triệu đồng", "Tổng vốn đầu tư 350 triệu đồng",
          "vốn tự có của gia đình 250 triệu đồng", "100 triệu đồng theo chương trình", "mỗi năm 30 triệu đồng",
          "(216,45 + 267,84 + 319,23) : 3 ≈ 267,8", "350 : (267,8 + 30) ≈ 1,2 năm",
          "1.230 triệu đồng năm 2027, 1.364 triệu đồng năm 2028 và 1.498 triệu đồng năm 2029", "5,5 triệu đồng/người/tháng",
          "1,5% doanh thu", "8/2022/NĐ-CP")
    p.check(close(9800 * 0.07 + 2100 * 0.1, 896), "2025 revenue 896 at 2025 prices (70.000 / 100.000)")
    ready(p)
    return p


def cl04() -> Plan:
    p = Plan("cl04_bo_kho_duc_dong_ctcp")
    hu, tui, kg = p.row("Bò khô xé sợi hũ 250 g"), p.row("Bò khô miếng túi 500 g"), p.row("Tổng sản lượng |")
    fk, meat, live, supply = (p.row("Bò khô thành phẩm"), p.row("Thịt bò tươi cần dùng"), p.row("Bò hơi tương ứng"),
                              p.row("Bò hơi theo hợp đồng liên kết"))
    farms = [p.row("Hợp tác xã Chăn nuôi bò vàng"), p.row("6 trang trại bò thịt")]
    p.check(all(close(f[2], f[0] * f[1]) for f in farms) and sum(f[2] for f in farms) == 120000
            and sum(f[0] for f in farms) == 480, "480 head, 120.000 kg live weight")
    r1, r2, rev = p.row("Doanh thu bò khô xé sợi"), p.row("Doanh thu bò khô miếng"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Thịt bò tươi |", "Gia vị, dầu, mật ong", "Hũ, túi, nhãn", "Tiền lương |", "Điện, gas sấy",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá, vận chuyển", "Quản lý, chi khác")]
    cost = p.row("Cộng chi phí")
    summ = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    staff = p.row("Tổng cộng |")
    st = [p.row(x) for x in ("Ban giám đốc", "Kế toán, hành chính", "Kiểm soát chất lượng", "Công nhân chế biến",
                             "Kho, vận chuyển", "Bán hàng, thương mại điện tử")]
    for y in Y:  # tỷ đồng
        p.check(kg[y] == hu[y] * 0.25 + tui[y] * 0.5 == fk[y], f"kg {y}")
        p.check(close(meat[y], kg[y] * 2.5) and close(live[y], meat[y] / 0.4) and live[y] < supply[y] == 120000,
                f"beef 2,5, live 40 %, within 120.000 {y}")
        p.check(kg[y] <= 22400, f"dryers 22.400 {y}")
        p.check(close(r1[y], hu[y] * 260000 / 1e9) and close(r2[y], tui[y] * 500000 / 1e9) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 220000 / 1e9) and close(lines[1][y], kg[y] * 60000 / 1e9)
                and close(lines[2][y], (hu[y] * 7500 + tui[y] * 5000) / 1e9) and close(lines[4][y], kg[y] * 40000 / 1e9),
                f"per-unit costs {y}")
        p.check(staff[y] == lines_sum(st, y) and close(lines[3][y], staff[y] * 7.5e6 * 12 / 1e9), f"staff, wages {y}")
        p.check(close(lines[5][y], 0.30) and close(lines[6][y], [2.0, 1.5, 1.0][y] * 0.08)
                and close(lines[7][y], 0.6 + 0.1 * y) and close(lines[8][y], 0.36), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(staff == [18, 20, 22], "staff 18 / 20 / 22")
    eq = equipment(p, ["Kho mát 0–4 °C, 25", "Kho đông âm 18 °C, 20", "Tủ sấy khí nóng", "Máy thái thịt", "Máy xé sợi",
                       "Chảo xào gia vị", "Máy hút chân không, máy đóng hũ", "Xe tải lạnh 1,5 tấn"], "Tổng cộng |", 2000)
    p.check(eq == 2000, "equipment 2.000 triệu = 2,0 tỷ")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Thiết bị chế biến và chuỗi lạnh", "Bao bì, nhãn, kiểm nghiệm, chứng nhận",
                                "Vốn lưu động")]
    p.check(close(sum(items), 4.0) and close(p.one("Tổng vốn đầu tư"), 4.0) and close(items[0] + items[1], 3.0),
            "capital 4,0 tỷ, fixed 3,0")
    post = [s[4] for s in summ]
    avg = sum(post) / 3
    p.check(close(avg, 1.345, 0.002) and close(4.0 / (1.345 + 0.30), 2.4, 0.02), "average profit, payback 2,4")
    p.check(close(post[0] / rev[0], 0.079, 0.01) and close(post[2] / rev[2], 0.106, 0.01), "margins 7,9–10,6 %")
    p.check(2 * 100 * 0.4 == 80 and 80 * 280 == 22400 and close(kg[2] / 22400, 0.71, 0.01), "80 kg/day, 22.400, 71 %")
    p.check(close(90 * 0.4 * 280, 10080) and close(kg[0] / 9800, 1.22, 0.01), "old dryer ~10 tấn; +22 % on 2025")
    p.check(close(9.6e9 / 9800, 979592, 0.01) and 120000 - live[2] == 20000 and close(live[0] / kg[0], 6.25), "2025 price, spare")
    p.has("260.000 đồng/hũ", "500.000 đồng/túi", "220.000 đồng/kg", "Tổng vốn đầu tư 4,0 tỷ đồng", "vốn góp của cổ đông 2,0 tỷ đồng",
          "2,0 tỷ đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc 0,5 tỷ đồng mỗi năm", "mỗi năm 0,30 tỷ đồng",
          "4,0 : (1,345 + 0,30) ≈ 2,4 năm", "7,9–10,6%", "công suất tối đa 22.400 kg bò khô/năm", "khoảng 71% công suất",
          "Doanh thu năm 2027 đạt 12,24 tỷ đồng, năm 2029 đạt 16,32 tỷ đồng", "120.000 kg bò hơi/năm", "là 20.000 kg bò hơi",
          "6,25 kg bò hơi", "tăng 22% so với năm 2025", "năm 2025 sản xuất 9.800 kg, doanh thu 9,6 tỷ đồng",
          "Ngân sách bán hàng, quảng bá, vận chuyển 0,60 tỷ đồng năm 2027, tăng 0,10 tỷ đồng mỗi năm")
    p.check(len([r for r in p.rows if r[0].startswith("Năm 20")]) == 3, "one table with the years as rows")
    ready(p)
    return p


def cl05() -> Plan:
    p = Plan("cl05_nem_chua_thien_loc_htx")
    chuc, hop, kg = p.row("Nem chục lá chuối (0,5 kg/chục)"), p.row("Nem hộp 300 g |"), p.row("Quy ra kg")
    nem, meat, live, own = (p.row("Nem thành phẩm"), p.row("Thịt nạc và bì cần dùng"), p.row("Lợn hơi cần giết mổ"),
                            p.row("Lợn hơi của hộ thành viên"))
    rev, rc, rh = p.row("Tổng doanh thu"), p.row("Nem chục lá chuối (65.000"), p.row("Nem hộp 300 g (45.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thịt nạc, bì lợn", "Thính, tỏi, ớt, lá", "Lá chuối, lạt, hộp", "Tiền lương |", "Điện, nước |",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển |", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp (17%)"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Tổng cộng |")
    st = [p.row(x) for x in ("Giám đốc |", "Kế toán |", "Công nhân làm nem", "Bán hàng, giao hàng")]
    for y in Y:  # triệu đồng
        p.check(kg[y] == chuc[y] * 0.5 + hop[y] * 0.3 == nem[y], f"kg {y}")
        p.check(close(meat[y], kg[y] * 0.75) and close(live[y], meat[y] / 0.5) and live[y] < own[y] == 900 * 95,
                f"meat 0,75, live 50 %, within 85.500 {y}")
        p.check(kg[y] <= 130 * 300, f"capacity 39.000 {y}")
        p.check(close(rh[y], hop[y] * 0.045), f"box revenue {y}")
        p.check(close(rev[y], rc[y] + rh[y]), f"revenue total = sub-rows {y}")
        p.check(close(lines[0][y], meat[y] * 0.095) and close(lines[1][y], kg[y] * 0.008)
                and close(lines[2][y], chuc[y] * 0.0015 + hop[y] * 0.003), f"per-unit costs {y}")
        p.check(staff[y] == lines_sum(st, y) and close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[5][y], 70)
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], [200, 220, 240][y]),
                f"staff, wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost and profit on the stated revenue {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
    p.check(close(rc[0], chuc[0] * 0.065) and close(rc[1], chuc[1] * 0.065), "2027 and 2028 chục revenue right")
    true_rc2 = chuc[2] * 0.065
    p.check(true_rc2 == 3120 and off(rc[2], true_rc2) and close(rc[2] / true_rc2, 1.128, 0.001),
            "PLANTED 2029 chục 3.520 != 48.000 × 65.000 = 3.120 (+12,8 %)")
    true_rev2 = true_rc2 + rh[2]
    p.check(true_rev2 == 4380 and off(rev[2], true_rev2) and close(rev[2] / true_rev2, 1.091, 0.001),
            "PLANTED 2029 revenue 4.780 != 4.380 (+9,1 %)")
    p.has("năm 2029 đạt 4.780 triệu đồng")  # the objectives repeat the wrong total
    true_post2 = (true_rev2 - cost[2]) * 0.83
    written, true = sum(post) / 3, (post[0] + post[1] + true_post2) / 3
    p.check(close(written, 507.3, 0.001) and close(900 / (written + 70), 1.6, 0.03), "stated payback 1,6 from the written profit")
    p.check(close(900 / (true + 70), 1.93, 0.01) and off(1.6, 900 / (true + 70)), "tolerated knock-on: true payback 1,9")
    eq = equipment(p, ["Máy xay thịt công nghiệp", "Máy quết, trộn nem", "Kho mát 0–5 °C", "Tủ mát đặt tại đại lý",
                       "Tủ đông bảo quản thịt", "Máy đóng hộp, co màng", "Thùng bảo ôn"], "Cộng |", 550)
    p.check(eq == 550 and 150 + 550 + 200 == 900 == 500 + 400 and close(700 / 10, 70), "capital 900, fixed 700, depreciation 70")
    p.check(30000 * 0.5 + 12000 * 0.3 == 18600 and close(30000 * 0.065 + 12000 * 0.045, 2490), "2025: 18.600 kg, 2.490 triệu")
    p.check(kg[0] / 18600 < 1.5 and all(rev[y] / rev[y - 1] < 1.25 for y in (1, 2)), "growth (stated 2029 +21 %)")
    p.has("65.000 đồng/chục", "45.000 đồng/hộp", "95.000 đ/kg", "85.500 kg lợn hơi/năm", "khoảng 900 con/năm",
          "Tổng vốn đầu tư của phương án là 900 triệu đồng", "thành viên góp bổ sung 500 triệu đồng",
          "400 triệu đồng, lãi suất 7%/năm, trả gốc 100 triệu đồng mỗi năm", "mỗi năm 70 triệu đồng",
          "(326,6 + 396,7 + 798,7) : 3 ≈ 507,3", "900 : (507,3 + 70) ≈ 1,6 năm", "khoảng 39.000 kg/năm",
          "200 triệu đồng năm 2027, 220 triệu đồng năm 2028 và 240 triệu đồng năm 2029", "1.500 đồng/chục và 3.000 đồng/hộp",
          "doanh thu khoảng 2.490 triệu đồng", "26.000 kg năm 2027, 29.200 kg năm 2028 và 32.400 kg năm 2029")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in thông tin",
            "PLANTED no label, label content, barcode or labelling decree")
    p.lacks(r"kiểm soát chất lượng|kiểm tra chất lượng|truy xuất|HACCP|\bISO\b|lưu mẫu|nhật ký|sổ theo dõi|sổ ghi|ghi chép|\bKCS\b|"
            r"nội bộ|mã lô|VietGAP|quản lý chất lượng", "PLANTED no internal quality control or traceability")
    p.has("đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    return p


def cl06() -> Plan:
    p = Plan("cl06_thit_trau_gac_bep_dai_ngan_cty")
    t5, t2, kg = p.row("Túi 500 g |"), p.row("Túi 250 g |"), p.row("Tổng sản lượng |")
    fk, meat, supply = p.row("Thịt trâu gác bếp thành phẩm"), p.row("Thịt trâu tươi cần dùng"), p.row("Nguồn trâu hơi theo hợp đồng")
    coops = [p.row(x) for x in ("Hợp tác xã Chăn nuôi trâu bò", "Hợp tác xã Nông nghiệp Hương Trạch", "Hợp tác xã Chăn nuôi Phúc Đồng")]
    p.check(all(close(c[2], c[0] * c[1]) for c in coops) and sum(c[0] for c in coops) == 60 and sum(c[2] for c in coops) == 21000,
            "60 buffalo × 350 kg = 21.000 kg live weight")
    r5, r2, rev = p.row("Doanh thu túi 500 g"), p.row("Doanh thu túi 250 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thịt trâu tươi |", "Gia vị |", "Than củi, điện |", "Túi, nhãn |", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển |", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"), p.row("Lợi nhuận sau thuế"))
    staff = p.row("Cộng |")
    st = [p.row(x) for x in ("Giám đốc |", "Kế toán |", "Công nhân chế biến", "Bán hàng, giao hàng")]
    for y in Y:  # triệu đồng
        p.check(kg[y] == t5[y] * 0.5 + t2[y] * 0.25 == fk[y] and close(meat[y], kg[y] * 2.8), f"kg, fresh meat 2,8 {y}")
        p.check(close(r5[y], t5[y] * 0.52) and close(r2[y], t2[y] * 0.27) and close(rev[y], r5[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.2) and close(lines[1][y], kg[y] * 0.04) and close(lines[2][y], kg[y] * 0.025)
                and close(lines[3][y], (t5[y] + t2[y]) * 0.008), f"per-unit costs {y}")
        p.check(staff[y] == lines_sum(st, y) and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [500, 375, 250][y] * 0.08) and close(lines[7][y], rev[y] * 0.07) and close(lines[8][y], 80),
                f"staff, wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 5350, f"smoking capacity {y}")
        # PLANTED material-shortfall: live weight needed = fresh meat / 35 %
        need_live = meat[y] / 0.35
        p.check(need_live > supply[y] == 21000 and off(need_live, 21000) and meat[y] > 21000 * 0.35,
                f"PLANTED live weight needed {need_live:.0f} > 21.000 contracted ({y})")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(21000 * 0.35, 7350) and [round(meat[y] / 0.35) for y in Y] == [24000, 27600, 31200]
            and close(24000 / 21000, 1.143, 0.001) and close(31200 / 21000, 1.486, 0.001),
            "PLANTED 7.350 kg of meat from 21.000 kg live; shortfall +14 % to +49 %")
    p.has("Nguồn trâu hơi theo hợp đồng đạt 21.000 kg trâu hơi/năm, lớn hơn nhiều so với nhu cầu thịt tươi",
          "2,8 kg thịt trâu tươi cho 1 kg", "khoảng 35% trọng lượng")
    eq = equipment(p, ["Kho đông âm 18 °C 10", "Tủ mát bảo quản thành phẩm", "Buồng sấy, hun khói", "Máy thái thịt",
                       "Máy hút chân không hai buồng", "Thùng giữ lạnh vận chuyển"], "Tổng cộng |", 450)
    p.check(eq == 450 and 150 + 450 + 50 + 450 == 1100 == 600 + 500 and close(600 / 10, 60), "capital 1.100, fixed 600")
    p.check(close(50 / 2.8, 17.9, 0.01) and close(50 / 2.8 * 300, 5350, 0.01), "17,9 kg/day, ≈5.350 kg/year")
    avg = sum(post) / 3
    p.check(close(avg, 494.5, 0.001) and close(1100 / (494.5 + 60), 2.0, 0.02), "average profit, payback 2,0")
    p.check(close(kg[0] / 2300, 1.30, 0.01) and close(2350 / 2300, 1.02, 0.01), "+30 % on 2025; 2025 ≈ 1,02 triệu/kg")
    p.check(close(0.52 / 0.5, 1.04) and close(0.27 / 0.25, 1.08), "1.040.000–1.080.000 đ/kg")
    p.has("520.000 đồng/túi", "270.000 đồng/túi", "200.000 đồng/kg", "Tổng vốn đầu tư 1.100 triệu đồng", "vốn chủ sở hữu 600 triệu đồng",
          "500 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc 125 triệu đồng/năm", "60 triệu đồng/năm",
          "1.100 : (494,5 + 60) ≈ 2,0 năm", "khoảng 17,9 kg thành phẩm/ngày", "khoảng 5.350 kg thành phẩm/năm",
          "3.000 kg năm 2027, 3.450 kg năm 2028 và 3.900 kg năm 2029", "3.160 triệu đồng năm 2027", "4.108 triệu đồng năm 2029",
          "1.040.000–1.080.000 đồng/kg", "2.300 kg", "khoảng 2.350 triệu đồng")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị định số 38/2012/NĐ-CP ngày 25/4/2012", "Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg", "cấp huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED the current OCOP and food-safety instruments are not cited")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng|đăng ký nhãn",
            "PLANTED no trademark or IP anywhere")
    p.has("đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "mã lô", "đăng ký môi trường")
    common(p)
    return p


def cl07() -> Plan:
    p = Plan("cl07_gio_bo_thu_ha_hkd")
    gio, cha, kg = p.row("Giò bò cây 1 kg"), p.row("Chả bò túi 500 g |"), p.row("Tổng khối lượng |")
    fk, meat, live, farms = (p.row("Giò, chả thành phẩm (kg)"), p.row("Thịt bò nạc cần dùng (kg)"), p.row("Bò hơi tương ứng (kg)"),
                             p.row("Bò hơi của trang trại liên kết (kg)"))
    rg, rc, rev = p.row("Doanh thu giò bò"), p.row("Doanh thu chả bò"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thịt bò nạc |", "Gia vị, lá chuối", "Túi, màng hút chân không", "Tiền công lao động thuê",
                                 "Gas, điện |", "Khấu hao |", "Lãi vay |", "Bán hàng, giao hàng |", "Thuế GTGT, TNCN")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    capacity = 24 * 300
    for y in Y:  # triệu đồng
        p.check(kg[y] == gio[y] + cha[y] * 0.5 == fk[y] and close(meat[y], kg[y] * 0.9) and close(live[y], meat[y] / 0.4)
                and live[y] < farms[y] == 100 * 250, f"kg, beef 0,9, live 40 %, within 25.000 {y}")
        p.check(close(rg[y], gio[y] * 0.32) and close(rc[y], cha[y] * 0.17) and close(rev[y], rg[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.23) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], kg[y] * 0.005)
                and close(lines[4][y], kg[y] * 0.006), f"per-kg costs {y}")
        p.check(close(lines[3][y], 4 * 5.5 * 12) and close(lines[5][y], 25) and close(lines[6][y], [150, 100, 50][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.04) and close(lines[8][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        # PLANTED capacity-exceeded
        p.check(kg[y] > capacity and off(kg[y], capacity), f"PLANTED output {kg[y]:.0f} kg > 7.200 kg grinder capacity ({y})")
    p.check(capacity == 7200 and [round(kg[y] / capacity, 2) for y in Y] == [1.11, 1.22, 1.33], "PLANTED +11 / +22 / +33 %")
    p.check(close(kg[0] / 5400, 1.48, 0.01), "2027 +48 % on 2025 with the same grinder and the same four hired workers")
    cur = [p.row(str(yr), 3) for yr in (2023, 2024, 2025)]
    p.check(all(r[2] == r[0] + r[1] * 0.5 for r in cur) and cur[2][2] == 5400, "2023–2025 output table")
    p.check(close(4300 * 0.30 + 2200 * 0.16, 1642), "2025 revenue 1.642 at 2025 prices (300.000 / 160.000)")
    # PLANTED profit-mismatch
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    true1 = rev[1] - cost[1]
    p.check(close(true1, 400.3, 0.001) and off(prof[1], true1) and close(prof[1] / true1, 1.35, 0.01),
            "PLANTED 2028 profit 540,3 != 2.860 − 2.459,7 = 400,3 (+35 %)")
    written, true = sum(prof) / 3, (prof[0] + true1 + prof[2]) / 3
    p.check(close(written, 447.0, 0.001) and close(300 / (written + 25), 0.64, 0.01), "stated payback 0,6 from the written profit")
    p.check(close(300 / (true + 25), 0.71, 0.01) and off(300 / (written + 25), 300 / (true + 25)), "tolerated knock-on: 0,71")
    eq = equipment(p, ["Tủ đông 1.000 lít", "Tủ mát trưng bày", "Máy hút chân không", "Nồi hấp inox", "Xe ba bánh"], "Cộng |", 200)
    p.check(eq == 200 and 200 + 100 == 300 == 150 + 150 and close(200 / 8, 25), "capital 300, depreciation 25")
    p.check(not re.search(r"cối quết|máy quết|máy xay", p.body.split("## 9.2. Thiết bị đầu tư mới", 1)[1].split("# 10.", 1)[0]),
            "no new grinder or pounder in the investment")
    p.check(all(rev[y] / rev[y - 1] < 1.15 for y in (1, 2)), "growth 10 %/year")
    p.has("320.000 đồng/kg", "170.000 đồng/túi", "230.000 đồng/kg", "khoảng 24 kg giò sống/ngày", "khoảng 7.200 kg/năm",
          "25.000 kg bò hơi/năm", "Tổng vốn đầu tư 300 triệu đồng", "vốn tự có của gia đình 150 triệu đồng",
          "150 triệu đồng, lãi suất 7%/năm, trả gốc 50 triệu đồng mỗi năm", "25 triệu đồng/năm",
          "(333,5 + 540,3 + 467,1) : 3 ≈ 447,0", "300 : (447,0 + 25) ≈ 0,6 năm", "doanh thu khoảng 1.642 triệu đồng",
          "giữ 4 người trong cả giai đoạn", "8.000 kg năm 2027, 8.800 kg năm 2028 và 9.600 kg năm 2029",
          "Doanh thu 2.600 triệu đồng năm 2027, 3.120 triệu đồng năm 2029", "18–21,6 tấn bò hơi/năm")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|mùi hôi|khí thải|\bbể\b|biogas|xử lý nước|xử lý chất thải|thu gom|\bhầm\b|"
            r"dầu thải|phế thải", "PLANTED no environmental measure anywhere")
    p.has("# 15. Hiệu quả xã hội", "đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    return p


def cl08() -> Plan:
    p = Plan("cl08_trung_muoi_tro_tu_lien_ho")
    tui, hop = p.row("Trứng muối tro túi 10 quả"), p.row("Trứng muối luộc chín hộp 6 quả")
    e1, e2, eggs, supply = (p.row("Trứng cho sản phẩm túi"), p.row("Trứng cho sản phẩm hộp"), p.row("Tổng nhu cầu trứng"),
                            p.row("Nguồn trứng có thể huy động"))
    r1, r2, rev = p.row("Doanh thu trứng muối túi"), p.row("Doanh thu trứng muối hộp"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Trứng vịt |", "Tro, muối |", "Túi, hộp, nhãn", "Tiền công lao động thuê", "Khấu hao |",
                                 "Điện, nước, củi", "Bán hàng, vận chuyển |", "Lãi vay |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    hired = p.row("Lao động thuê |")
    for y in Y:  # triệu đồng
        p.check(e1[y] == tui[y] * 10 and e2[y] == hop[y] * 6 and eggs[y] == e1[y] + e2[y], f"eggs {y}")
        p.check(eggs[y] <= supply[y] == 125000 + 500000 and eggs[y] <= 120 * 400 * 13, f"egg supply 625.000, vats 624.000 {y}")
        p.check(close(r1[y], tui[y] * 0.06) and close(r2[y], hop[y] * 0.042) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], eggs[y] * 0.003) and close(lines[1][y], eggs[y] * 0.0003)
                and close(lines[2][y], tui[y] * 0.004 + hop[y] * 0.005), f"per-egg costs {y}")
        p.check(lines[3][y] == hired[y] * 5 * 12 and close(lines[4][y], 36) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 150 * 0.08), f"wages, depreciation, selling, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check(500 * 250 == 125000 and 120 * 400 * 13 == 624000, "own flock 125.000, vats 624.000")
    # PLANTED unrealistic-growth
    g = [eggs[1] / eggs[0], eggs[2] / eggs[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(close(g[0], 3.09, 0.01) and close(g[1], 2.62, 0.01) and close(g[2], 3.10, 0.01) and close(g[3], 2.61, 0.01),
            "PLANTED eggs and revenue ×3,1 then ×2,6 (426 → 1.320 → 3.450 triệu)")
    market = p.body.split("# VI – THỊ TRƯỜNG TIÊU THỤ", 1)[1].split("# VII", 1)[0]
    p.check("thị trường rộng lớn" in market and "6 cửa hàng tạp hóa" in market, "market: a commune market, 6 shops, 'thị trường rộng lớn'")
    p.lacks(r"hợp đồng|nhà phân phối|đại lý|siêu thị|đơn đặt hàng|thư ý định|bao tiêu|cam kết mua",
            "PLANTED no sales contract, distributor, agent or letter of intent anywhere")
    p.check(close(eggs[0] / 52000, 1.31, 0.01), "2027 +31 % on 2025 (the jump comes later)")
    cur = [p.row(str(yr), 3) for yr in (2023, 2024, 2025)]
    p.check(all(r[2] == r[0] * 10 + r[1] * 6 for r in cur) and cur[2][2] == 52000, "2023–2025 table")
    p.check(close(4000 * 0.055 + 2000 * 0.04, 300), "2025 revenue 300 at 2025 prices (55.000 / 40.000)")
    # PLANTED capital-mismatch
    eq = equipment(p, ["Thùng ủ inox 200 lít", "Tủ mát hai cánh", "Máy soi trứng", "Máy hút chân không", "Nồi hấp trứng"], "Cộng |", 270)
    items = [p.one(x) for x in ("Mở rộng nhà ủ", "Thiết bị (mục VIII)", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    total = p.one("Tổng cộng |")
    p.check(eq == 270 and sum(items) == total == 450 and items[0] + items[1] == 360 and close(360 / 10, 36), "items 450, fixed 360")
    sources = 200 + 150
    p.check(off(sources, total) and close(sources / total, 0.778, 0.001), "PLANTED sources 200 + 150 = 350 != 450 (−22 %)")
    p.has("Tổng vốn đầu tư 450 triệu đồng được huy động từ hai nguồn: vốn tự có của gia đình 200 triệu đồng; vay Ngân hàng Nông nghiệp "
          "và Phát triển nông thôn 150 triệu đồng")
    avg = sum(prof) / 3
    p.check(close(avg, 364.6, 0.001) and close(450 / (avg + 36), 1.1, 0.03), "average profit, payback 1,1 on the stated 450")
    p.check(close(prof[2] / rev[2], 0.21, 0.02), "21 % margin in 2029")
    p.check(hired == [0, 2, 6] and p.row("Cộng |") == [2, 4, 8], "labour 2 / 4 / 8")
    p.has("60.000 đồng/túi", "42.000 đồng/hộp", "3.000 đồng/quả", "125.000 quả/năm", "tối đa 500.000 quả/năm", "625.000 quả/năm",
          "khoảng 624.000 quả/năm", "36 triệu đồng/năm", "(91,3 + 268 + 734,5) : 3 ≈ 364,6", "450 : (364,6 + 36) ≈ 1,1 năm",
          "doanh thu khoảng 300 triệu đồng", "khoảng 52.000 quả trứng",
          "Doanh thu năm 2027 đạt 426 triệu đồng, năm 2028 đạt 1.320 triệu đồng, năm 2029 đạt 3.450 triệu đồng")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|giấy phép|"
            r"đăng ký hộ|số đăng ký", "PLANTED no business registration, tax code or plan to register")
    p.has("cam kết bảo đảm an toàn thực phẩm")  # tolerated: only a commitment, no facility certificate
    p.has("43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "tiêu chuẩn cơ sở")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    return p


def cl09() -> Plan:
    p = Plan("cl09_sua_chua_son_ninh_tht")
    hu, nc = p.row("Sữa chua hũ 100 g |"), p.row("Sữa chua nếp cẩm hũ 150 g")
    m1, m2, need, own = (p.row("Sữa cho sữa chua hũ 100 g"), p.row("Sữa cho sữa chua nếp cẩm"), p.row("Tổng nhu cầu sữa"),
                         p.row("Sữa của thành viên"))
    cows = [p.row(x, 2) for x in ("Hộ ông Nguyễn Đình Toàn", "Hộ ông Trần Văn Bình", "Hộ bà Phạm Thị Lựu", "Hộ ông Lê Văn Sơn",
                                  "Hộ ông Đinh Xuân Hòa")]
    p.check(all(close(c[1], c[0] * 13 * 290) for c in cows) and sum(c[0] for c in cows) == 24
            and sum(c[1] for c in cows) == 90480 == p.row("Cộng |", 2)[1], "24 cows × 13 l × 290 days = 90.480 l")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Sữa chua hũ 100 g |", skip=1), p.row("Sữa chua nếp cẩm |")
    lines = [p.row(x) for x in ("Sữa tươi |", "Đường, men, nếp cẩm", "Hũ, màng, nhãn", "Tiền công |", "Điện, nước |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng |", "Thuế |", "Quản lý |")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    staff_rows = [p.row(x, 1)[0] for x in ("Tổ trưởng, điều hành", "Kế toán kiêm thủ quỹ", "Kỹ thuật chế biến |",
                                           "Công nhân chế biến, đóng gói", "Giao hàng |")]
    staff = p.one("Tổng cộng |", skip=1)
    p.check(sum(staff_rows) == staff == 7, "staff table 7")
    for y in Y:  # triệu đồng
        p.check(close(m1[y], hu[y] * 0.1) and close(m2[y], nc[y] * 0.13) and close(need[y], m1[y] + m2[y])
                and need[y] < own[y] == 90480 and need[y] <= 400 * 300, f"milk need, supply, capacity {y}")
        p.check(close(r1[y], hu[y] * 0.007) and close(r2[y], nc[y] * 0.012) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.014) and close(lines[1][y], hu[y] * 0.0007 + nc[y] * 0.002)
                and close(lines[2][y], hu[y] * 0.0012 + nc[y] * 0.0015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff * 5.5 * 12) and close(lines[5][y], 80) and close(lines[6][y], [300, 200, 100][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[8][y], rev[y] * 0.015), f"wages on 7, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    # PLANTED figure-inconsistent
    p.has("tạo việc làm thường xuyên cho 14 lao động", "Tổ hợp tác bố trí 7 lao động")
    p.check(off(14, staff), "PLANTED 14 workers (producer section) != 7 (staff table, wages)")
    # PLANTED table-total-mismatch
    rows = ["Bồn làm lạnh sữa 500 lít", "Nồi thanh trùng 200 lít", "Tủ ủ sữa chua 200 lít", "Máy rót, dán màng hũ",
            "Kho mát 2–6 °C, 8", "Tủ mát đặt tại điểm bán"]
    true_eq = 0.0
    for lab in rows:
        q, price, amount = p.row(lab)
        p.check(close(q * price, amount), f"equipment row {lab}")
        true_eq += amount
    stated_eq = p.one("Tổng cộng |")
    p.check(true_eq == 620 and stated_eq == 680 and off(stated_eq, true_eq), "PLANTED equipment total 680 != rows 620 (+9,7 %)")
    items = [p.one(x) for x in ("Thiết bị chế biến, bảo quản lạnh (Bảng 3)", "Cải tạo gian chế biến", "Bao bì, nhãn, kiểm nghiệm",
                                "Vốn lưu động")]
    p.check(sum(items) == 1000 == 700 + 300 and items[0] == stated_eq, "investment table carries the 680; 1.000 = 700 + 300")
    p.check(close(620 + 120 + 50 + 150, 940) and off(1000, 940), "tolerated knock-on: true items 940 != sources 1.000")
    avg = sum(prof) / 3
    p.check(close(avg, 282.19, 0.001) and close(1000 / (avg + 80), 2.8, 0.02), "stated payback 2,8 on 1.000")
    p.check(close(940 / (avg + 80), 2.6, 0.02) and off(1000 / (avg + 80), 940 / (avg + 80)), "tolerated knock-on: 2,6 on 940")
    p.check(close((680 + 120) / 10, 80), "depreciation 80 on the stated 800")
    p.check(close(125000 * 0.007 + 25000 * 0.012, 1175) and close((hu[0] + nc[0]) / 150000, 1.47, 0.01),
            "2025: 150.000 pots, 1.175 triệu; 2027 +47 %")
    p.has("7.000 đồng/hũ", "12.000 đồng/hũ", "14.000 đồng/lít", "90.480 lít/năm", "120.000 lít/năm", "Tổng vốn đầu tư 1.000 triệu đồng",
          "các thành viên góp 700 triệu đồng", "300 triệu đồng, lãi suất 7%/năm, trả gốc 100 triệu đồng mỗi năm",
          "80 triệu đồng/năm", "Lợi nhuận bình quân 282,19 triệu đồng/năm", "1.000 : (282,19 + 80) ≈ 2,8 năm",
          "Doanh thu 1.740 triệu đồng năm 2027, 2.352 triệu đồng năm 2029", "doanh thu khoảng 1.175 triệu đồng",
          "13 lít/con/ngày", "290 ngày/năm", "0,13 lít")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|vệ sinh thực phẩm|đủ điều kiện|15/2018|55/2010|khám sức khỏe|"
            r"tự công bố|công bố sản phẩm|bản công bố|Sở Công Thương|cam kết (bảo đảm|sản xuất|an toàn)", "PLANTED no food-safety certificate, commitment or plan")
    p.has("tiêu chuẩn cơ sở", "QCVN 5-5:2010/BYT", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "bể lắng")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    return p


def cl10() -> Plan:
    p = Plan("cl10_gio_me_son_thinh_cty")
    c1, c5, kg = p.row("Giò me cây 1 kg |"), p.row("Giò me cây 500 g |"), p.row("Tổng sản lượng |")
    fk, meat, live, supply = (p.row("Giò me thành phẩm"), p.row("Thịt bê nạc cần dùng"), p.row("Bê hơi tương ứng"),
                              p.row("Bê hơi theo hợp đồng"))
    r1, r5, rev = p.row("Doanh thu giò me cây 1 kg"), p.row("Doanh thu giò me cây 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thịt bê nạc |", "Gia vị, lá chuối", "Bao bì, nhãn |", "Tiền lương |", "Gas, điện |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng |", "Quản lý |")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"), p.row("Lợi nhuận sau thuế"))
    staff = p.row("Tổng cộng |")
    st = [p.row(x) for x in ("Giám đốc |", "Kế toán |", "Công nhân chế biến |", "Bán hàng, giao hàng |")]
    for y in Y:  # triệu đồng
        p.check(kg[y] == c1[y] + c5[y] * 0.5 == fk[y] and close(meat[y], kg[y] * 0.9) and close(live[y], meat[y] / 0.4)
                and live[y] < supply[y] == 90 * 250, f"kg, veal 0,9, live 40 %, within 22.500 {y}")
        p.check(kg[y] <= 40 * 300, f"capacity 12.000 {y}")
        p.check(close(r1[y], c1[y] * 0.34) and close(r5[y], c5[y] * 0.175) and close(rev[y], r1[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.2) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], (c1[y] + c5[y]) * 0.005)
                and close(lines[4][y], kg[y] * 0.006), f"per-unit costs {y}")
        p.check(staff[y] == lines_sum(st, y) and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [600, 450, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.05, 0.01)
                and close(lines[8][y], 50), f"staff, wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax (revenue ≤ 3 tỷ) {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    eq = equipment(p, ["Kho mát 0–4 °C, 15", "Tủ đông 1.200 lít", "Cối quết giò inox", "Máy xay thịt |", "Nồi luộc bằng hơi",
                       "Máy hút chân không |", "Tủ mát đặt tại đại lý"], "Tổng cộng |", 600)
    p.check(eq == 600 and 200 + 600 + 50 + 350 == 1200 == 600 + 600 and close(800 / 10, 80), "capital 1.200, fixed 800")
    # PLANTED payback-mismatch
    avg = sum(post) / 3
    true_pb, no_dep = 1200 / (avg + 80), 1200 / avg
    p.check(close(avg, 256.3, 0.001) and close(true_pb, 3.57, 0.01) and close(no_dep, 4.68, 0.01), "true payback 3,6 (4,7 without depreciation)")
    p.check(off(1.5, true_pb) and off(1.5, no_dep) and off(1.5, 1200 / (max(post) + 80)),
            "PLANTED 1,5 years != 3,6; not even the best year's profit gives 1,5")
    p.has("Thời gian hoàn vốn dự kiến khoảng 1,5 năm.")
    # PLANTED name-inconsistent
    p.check(p.count("Nem chua Thạch Long") == 2 and p.count("Giò me Sơn Thịnh") >= 2, "PLANTED a second product name, twice")
    p.check(close(kg[0] / 6100, 1.15, 0.01) and close(2030 / 6100, 0.333, 0.01), "+15 % on 2025; 2025 ≈ 333.000 đ/kg")
    p.has("340.000 đồng/kg", "175.000 đồng/cây", "200.000 đồng/kg", "22.500 kg bê hơi/năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "vốn chủ sở hữu 600 triệu đồng", "600 triệu đồng, lãi suất 8%/năm, trả gốc 150 triệu đồng/năm", "80 triệu đồng/năm",
          "đạt 12.000 kg/năm", "7.000 kg năm 2027, 7.800 kg năm 2028 và 8.600 kg năm 2029",
          "Doanh thu 2.400 triệu đồng năm 2027, 2.948 triệu đồng năm 2029", "15,75–19,35 tấn bê hơi/năm", "năm 2025 đạt 6.100 kg",
          "khoảng 2.030 triệu đồng")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phiếu kết quả|chỉ tiêu",
            "PLANTED no product standard, declaration or lab test")
    p.has("đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("cl11_nem_chua_thach_son_so_sai")
    a.check(8000 * 50000 == 400e6 and close(8000 / 30, 267, 0.01), "8.000 chục × 50.000 = 400 triệu; 30 chục a day ≈ 267 days")
    a.check(close(12 / 15, 0.8), "12 kg meat and skin for 30 chục (15 kg) of nem")
    a.has("50.000 đồng/chục", "khoảng 8.000 chục", "khoảng 400 triệu đồng", "khoảng 80 triệu đồng", "khoảng 12 kg thịt và bì",
          "khoảng 30 chục nem", "hiện chưa đăng ký kinh doanh")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|truy xuất|sẽ đăng ký|làm thủ tục đăng ký",
            "the tolerated gaps are real (no food safety, standard, label, trademark, environment, traceability, registration plan)")
    common(a)
    b = Plan("cl12_sua_bo_tuoi_huong_do_so_sai")
    b.check(close(100 * 18000 * 365, 650e6, 0.02) and 5 * 12 == 60 and 60 / 0.5 >= 100, "100 bottles × 18.000 × 365 ≈ 650 triệu; 60 l a day")
    b.has("18.000 đồng/chai", "khoảng 650 triệu đồng", "khoảng 120 triệu đồng", "khoảng 60 lít sữa", "5 con đang cho sữa",
          "mỗi ngày bán 100 chai", "Giấy chứng nhận đăng ký hộ kinh doanh số 28F8002541")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|phân bò|truy xuất",
            "the tolerated gaps are real (no food safety, standard, label, trademark, environment, traceability)")
    common(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cl01, cl02, cl03, cl04, cl05, cl06, cl07, cl08, cl09, cl10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
