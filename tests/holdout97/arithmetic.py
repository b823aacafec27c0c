"""Holdout set 97's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout97/arithmetic.py

Theme of the set: plans of several products at once. For every plan and every product:
output × price = its revenue line, the product lines add up to the revenue total, per-unit cost
lines follow their stated rates, cost lines add up to the total, profit = revenue − cost, tax,
investment items = capital sources = total, depreciation, interest, payback; raw material per
product from its stated conversion ratio, summed over the products and compared with the
purchase-contract table (whose rows are summed by commune); output vs equipment capacity;
growth over the stated recent output; by-product revenue (ct03). Planted numeric defects are
asserted wrong by more than 5 % with the true value computed, every other number right within
1 %. Table figures are read from the plan's source; figures quoted in running text are looked up
verbatim, so the numbers cannot drift from the text. Textual planted defects are asserted by
the absence (or presence) of their words; ready plans are asserted to cite no replaced
instrument and to carry no template placeholder.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"


# Instruments replaced before 2026 (or district-era bodies) a ready plan must not rely on.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|67/2016|23/2012/QH13|"
            r"68/2014|Luật Doanh nghiệp năm 2014|Luật Hợp tác xã năm 2012|123/2018|51/2021|UBND huyện|"
            r"(?<!\w)huyện\b")


def ready_hygiene(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")


def growth_ok(p: Plan, series: list[float], limit: float, what: str) -> None:
    for y in (1, 2):
        p.check(series[y] / series[y - 1] < limit, f"{what} growth {y}")


# --------------------------------------------------------------------------- ready plans

def ct01() -> Plan:
    p = Plan("ct01_cam_mut_cam_huong_thuy_htx")
    fresh, jars, mkg, cam2, need = (p.row("Cam tươi đóng hộp 5 kg"), p.row("Mứt cam hũ 250 g"),
                                    p.row("Mứt cam quy ra kg"), p.row("Cam loại 2 dùng làm mứt"),
                                    p.row("Tổng cam nguyên liệu thu mua"))
    bal = [p.row(f"{2027 + y}|", 4) for y in Y]  # raw-material balance, years as rows
    staff = p.row("Tổng số lao động")
    rev, rf, rm = p.row("Doanh thu |", skip=1), p.row("Cam tươi (35.000"), p.row("Mứt cam (65.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cam loại 1 thu mua", "Cam loại 2 thu mua", "Đường, phụ liệu", "Hộp carton",
                                 "Hũ, nắp", "Tiền lương", "Điện, nước, nhiên liệu", "Vận chuyển, bán hàng",
                                 "Khấu hao tài sản", "Lãi vay", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |", skip=1)
    for y in Y:  # triệu đồng, tấn
        p.check(close(mkg[y], jars[y] * 0.25) and close(cam2[y], mkg[y] * 4 / 1000)
                and close(need[y], fresh[y] + cam2[y]), f"jars → kg → grade-2 oranges → need {y}")
        p.check(bal[y] == [fresh[y], mkg[y], cam2[y], need[y]], f"balance table = output table {y}")
        p.check(close(rf[y], fresh[y] * 35) and close(rm[y], jars[y] * 0.065) and close(rev[y], rf[y] + rm[y]),
                f"revenue per product and total {y}")
        p.check(close(lines[0][y], fresh[y] * 24) and close(lines[1][y], cam2[y] * 12)
                and close(lines[2][y], mkg[y] * 0.02) and close(lines[3][y], fresh[y] * 1000 / 5 * 0.008)
                and close(lines[4][y], jars[y] * 0.006), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 6.5 * 12) and close(lines[6][y], [120, 130, 140][y])
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 160)
                and close(lines[9][y], [1000, 750, 500][y] * 0.08) and close(lines[10][y], 100),
                f"wages, selling 5 %, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(need[y] <= 280 and mkg[y] <= 60 * 200, f"oranges within contract, candied within dryer {y}")
    communes = [p.row(x, 4) for x in ("Hương Thủy", "Hương Đô", "Phúc Đồng", "Hương Trà")]
    total = p.row("Tổng cộng", 4)
    p.check([sum(c[i] for c in communes) for i in range(4)] == total == [45, 60, 900, 280], "contract table sums")
    p.check(all(close(c[2], c[1] * 15) and c[3] <= c[2] for c in communes), "15 t/ha; contracted ≤ produced")
    p.check(sum(c[0] for c in communes) == 45, "45 member households")
    growth_ok(p, fresh, 1.12, "fresh oranges")
    p.check(close(fresh[0] / 150, 1.2) and close(rev[2] / rev[0], 1.2526, 0.01), "+20 % on 2026; revenue 7.600 → 9.520")
    hist = [p.row(x, 3) for x in ("Cam tươi tiêu thụ", "Doanh thu |", "Lợi nhuận |", "Lao động thường xuyên")]
    p.check(hist[0] == [120, 140, 150] and hist[3] == [7, 8, 9], "history table")
    items = [p.one("Nhà sơ chế, đóng gói 300"), p.one("Kho lạnh 50 tấn"), p.one("Dây chuyền rửa, làm khô", skip=1),
             p.one("Thiết bị chế biến mứt"), p.one("Thiết kế bao bì"), p.one("Vốn lưu động thu mua")]
    sources = [p.row(x, 2)[0] for x in ("Vốn góp bổ sung", "Vay Ngân hàng", "Quỹ đầu tư phát triển")]
    p.check([p.row(x, 2)[1] for x in ("Vốn góp bổ sung", "Vay Ngân hàng", "Quỹ đầu tư phát triển")] == [40, 40, 20],
            "source shares 40/40/20 %")
    p.check(sum(items) == p.one("Tổng cộng", skip=1) == 2500 == sum(sources) == p.row("Tổng nguồn vốn", 2)[0],
            "investment = sources = 2.500")
    p.check(sum(items[:4]) == 1600 and close(1600 / 10, 160), "fixed 1.600, depreciation 160")
    avg = sum(prof) / 3
    p.check(avg == 996 and close(2500 / (avg + 160), 2.2, 0.02), "average profit 996, payback 2,2")
    p.check(sum(staff) == 39 and staff == [12, 13, 14], "staff 12/13/14")
    p.has("180 tấn × 35.000 đồng/kg = 6.300 triệu đồng", "20.000 hũ × 65.000 đồng/hũ = 1.300 triệu đồng",
          "(756 + 996 + 1.236) : 3 = 996", "2.500 : (996 + 160) ≈ 2,2 năm", "Tổng vốn đầu tư của phương án là 2.500 triệu đồng",
          "280 tấn/năm", "4 kg cam cho 1 kg mứt", "12.000 kg mứt/năm", "80 triệu đồng năm 2027, 60 triệu đồng năm 2028, 40 triệu đồng năm 2029",
          "Doanh thu đạt 7.600 triệu đồng năm 2027 và 9.520 triệu đồng năm 2029", "mức ước 150 tấn của năm 2026",
          "VietGAP", "TCCS 01:2026/HTXHT", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã QR",
          "148/QĐ-TTg", "Luật Hợp tác xã số 17/2023/QH15")
    p.check(close(60 * 200, 12000) and 248 < 280, "capacity 12.000 kg, need 248 < 280")
    ready_hygiene(p)
    return p


def ct02() -> Plan:
    p = Plan("ct02_gio_cha_nem_thach_lac_cty")
    gio, cha, nem, meat = (p.row("Giò lụa |"), p.row("Chả quế |"), p.row("Nem chua (50 g/chiếc)"),
                           p.row("Thịt nạc, bì nguyên liệu"))
    staff = p.row("Tổng cộng |")
    rev, rg, rc, rn = (p.row("Tổng doanh thu"), p.row("Giò lụa (220.000"), p.row("Chả quế (240.000"),
                       p.row("Nem chua (5.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thịt nạc, bì (120.000", "Gia vị, lá, nước mắm", "Bao bì, nhãn", "Tiền lương",
                                 "Điện, nước, gas", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # đồng
        p.check(close(meat[y], gio[y] * 0.9 + cha[y] * 0.9 + nem[y] * 0.05 * 0.8), f"meat 0,9 / 0,9 / 0,8 kg {y}")
        p.check(close(rg[y], gio[y] * 220000) and close(rc[y], cha[y] * 240000) and close(rn[y], nem[y] * 5000)
                and close(rev[y], rg[y] + rc[y] + rn[y]), f"revenue per product and total {y}")
        p.check(close(lines[0][y], meat[y] * 120000) and close(lines[1][y], (gio[y] + cha[y]) * 8000 + nem[y] * 600)
                and close(lines[2][y], (gio[y] + cha[y]) * 6000 + nem[y] * 300), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7e6 * 12) and close(lines[5][y], 210e6)
                and close(lines[6][y], [1200e6, 900e6, 600e6][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 150e6), f"wages, depreciation, interest, selling 6 % {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax {y}")
        p.check(rev[y] > 3e9 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(meat[y] <= 48000 and gio[y] + cha[y] <= 160 * 300 and nem[y] <= 600 * 300,
                f"meat contract, line capacity {y}")
    communes = [p.row(x, 3) for x in ("Thạch Lạc", "Thạch Ngọc", "Thạch Hương", "Thạch Văn")]
    p.check([sum(c[i] for c in communes) for i in range(3)] == p.row("Cộng |", 3) == [20, 1400, 48],
            "contract table sums")
    p.check(close(48000 / 1400, 34, 0.01), "≈34 kg meat per pig")
    hist_g, hist_c, hist_n = p.row("Giò lụa |", 2), p.row("Chả quế |", 2), p.row("Nem chua |", 2)
    p.check(hist_g == [18000, 21000] and hist_c == [6500, 7800] and hist_n == [90000, 105000], "history")
    p.check(close(p.row("Doanh thu |", 2)[1], 21000 * 210000 + 7800 * 230000 + 105000 * 4500), "2026 revenue 6.676.500.000")
    p.check(all(1.14 <= a / b <= 1.16 for a, b in ((gio[0], 21000), (cha[0], 7800), (nem[0], 105000))), "+14–15 % on 2026")
    for s in (gio, cha, nem):
        p.check(all(1.10 <= s[y] / s[y - 1] <= 1.17 for y in (1, 2)), "10–17 %/năm")
    p.check(close((21000 + 7800) / 300, 96, 0.01), "≈100 kg/ngày now")
    items = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "Kho lạnh, tủ hấp", "Cối xay giò, máy hút")] + \
            [p.one("Xe tải lạnh", skip=1)] + [p.one(x) for x in ("Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 3e9 == 1.8e9 + 1.2e9, "investment = sources = 3.000.000.000")
    p.check(sum(items[:4]) == 2.1e9 and close(2.1e9 / 10, 210e6), "fixed 2.100.000.000, depreciation 210.000.000")
    avg = sum(post) / 3
    p.check(close(avg, 798958000, 0.0001) and close(3e9 / (avg + 210e6), 3.0, 0.02), "average 798.958.000, payback 3,0")
    p.check(staff == [18, 19, 20], "staff")
    p.has("220.000 đồng/kg", "240.000 đồng/kg", "5.000 đồng/chiếc", "48 tấn/năm", "43,3 tấn",
          "3.000.000.000 : (798.958.000 + 210.000.000) ≈ 3,0 năm", "160 kg/ngày", "48.000 kg/năm",
          "96.000.000 đồng năm 2027, 72.000.000 đồng năm 2028, 48.000.000 đồng năm 2029",
          "34.500 kg năm 2027, 38.900 kg năm 2028 và 43.300 kg năm 2029", "vốn chủ sở hữu 1.800.000.000 đồng (60%)",
          "1.200.000.000 đồng (40%)", "Doanh thu năm 2027 đạt 8.040.000.000 đồng, năm 2029 đạt 10.040.000.000 đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HN", "43/2017/NĐ-CP",
          "bể tách mỡ", "đăng ký môi trường", "HACCP", "Luật Doanh nghiệp năm 2020")
    ready_hygiene(p)
    return p


def ct03() -> Plan:
    p = Plan("ct03_tinh_bot_san_day_nghe_son_kim_cty")
    sd, ng, cusd, cung, ba = (p.row("Tinh bột sắn dây |"), p.row("Tinh bột nghệ |"), p.row("Củ sắn dây chế biến"),
                              p.row("Củ nghệ chế biến"), p.row("Bã củ bán ra"))
    staff = p.row("Cộng |")
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Tinh bột sắn dây (180.000"), p.row("Tinh bột nghệ (500.000"),
                       p.row("Bã củ (1.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Củ sắn dây (8.000", "Củ nghệ (6.000", "Hũ, nắp, nhãn", "Điện, nước", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    summary = [p.row(f"{2027 + y}|", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:  # triệu đồng, kg, tấn
        p.check(close(cusd[y], sd[y] * 9 / 1000) and close(cung[y], ng[y] * 25 / 1000), f"roots 9 and 25 kg/kg {y}")
        p.check(close(ba[y], (cusd[y] + cung[y]) * 0.5), f"by-product 0,5 kg bã per kg roots {y}")
        p.check(close(r1[y], sd[y] * 0.18) and close(r2[y], ng[y] * 0.5) and close(r3[y], ba[y] * 1.0)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue: two products + by-product {y}")
        p.check(close(lines[0][y], cusd[y] * 8) and close(lines[1][y], cung[y] * 6)
                and close(lines[2][y], sd[y] * 0.01 + ng[y] * 0.02) and close(lines[3][y], cusd[y] + cung[y]),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [600, 400, 200][y] * 0.08), f"wages, depreciation, interest {y}")
        s = summary[y]
        p.check(close(cost[y], lines_sum(lines, y)) and s[0] == rev[y] and s[1] == cost[y]
                and close(s[2], rev[y] - cost[y]), f"summary row = detail table {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(s[3], s[2] * rate) and close(s[4], s[2] - s[3]), f"tax {rate} {y}")
        p.check(cusd[y] <= 160 and cung[y] <= 45, f"roots within contracts {y}")
        p.check((cusd[y] + cung[y]) / 110 <= 2 * 300 * 8 / 1000, f"2 mills × 300 kg/h × 8 h {y}")
    communes = [p.row(x, 5) for x in ("Sơn Kim", "Sơn Tây", "Sơn Hồng", "Sơn Lĩnh")]
    p.check([round(sum(c[i] for c in communes), 1) for i in range(5)] == p.row("Tổng |", 5) == [40, 7.4, 160, 2.3, 45],
            "contract table sums")
    p.check(all(c[1] * 22 >= c[2] and c[3] * 20 >= c[4] for c in communes), "22 t/ha and 20 t/ha cover each commune")
    p.check(close((cusd[2] + cung[2]) / 110, 1.67, 0.01), "≈1,7 tấn củ/ngày in 2029")
    p.check(close(sd[0] / 10000, 1.2) and close(ng[0] / 1050, 1.143, 0.01), "+20 % / +14 % on 2026")
    for s in (sd, ng):
        p.check(all(1.14 <= s[y] / s[y - 1] <= 1.17 for y in (1, 2)), "14–17 %/năm")
    p.check(close(8500 * 0.18 + 900 * 0.5, 1980) and close(10000 * 0.18 + 1050 * 0.5, 2325), "1,98 and ≈2,3 tỷ history")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Máy rửa, máy mài", "Máy sấy, máy nghiền", "Hệ thống xử lý nước thải",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng |") == 1800 == 1200 + 600 and sum(items[:4]) == 1200, "capital 1.800, fixed 1.200")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 471.1 and close(1800 / (471.1 + 120), 3.0, 0.02), "average 471,1, payback 3,0")
    p.check(close(lines[0][0] + lines[1][0], 1044) and close(lines[0][2] + lines[1][2], 1392), "1,04–1,39 tỷ to households")
    p.check(staff == [10, 11, 12], "staff")
    p.has("180.000 đồng/kg", "500.000 đồng/kg", "1.000 đồng/kg", "90.000 đồng/hũ", "100.000 đồng/hũ",
          "2,83 tỷ đồng", "khoảng 3,3 tỷ đồng", "khoảng 3,77 tỷ đồng", "trong đó bã củ đóng góp 69 triệu đồng",
          "(335,7 + 468,5 + 609,2) : 3 ≈ 471,1", "1.800 : (471,1 + 120) ≈ 3,0 năm", "0,5 kg trên 1 kg củ tươi",
          "9 kg củ sắn dây tươi cho 1 kg tinh bột sắn dây", "25 kg củ nghệ tươi cho 1 kg tinh bột nghệ",
          "Tổng vốn đầu tư 1.800 triệu đồng", "lãi vay 48, 32 và 16 triệu đồng", "4,8 tấn củ/ngày", "khoảng 8 m³/ngày",
          "đã đăng ký môi trường", "TCCS 01:2024/SKP", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    ready_hygiene(p)
    return p


def ct04() -> Plan:
    p = Plan("ct04_mat_ong_ngan_truoi_htx")
    keo, rung, tot, bottles = (p.row("Mật ong hoa keo thành phẩm"), p.row("Mật ong hoa rừng thành phẩm"),
                               p.row("Tổng sản lượng mật ong"), p.row("Số chai 500 g"))
    need_k, sup_k, need_r, sup_r = (p.row("Mật hoa keo thô cần thu mua"), p.row("Mật hoa keo bao tiêu"),
                                    p.row("Mật hoa rừng thô cần thu mua"), p.row("Mật hoa rừng bao tiêu"))
    staff = p.row("Tổng số |")
    rk, rr, rev = p.row("Doanh thu mật ong hoa keo"), p.row("Doanh thu mật ong hoa rừng"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Mua mật hoa keo thô", "Mua mật hoa rừng thô", "Chai, nắp, nhãn, tem", "Tiền lương",
                                 "Điện, nước", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (triệu")
    for y in Y:  # triệu đồng, kg
        p.check(tot[y] == keo[y] + rung[y] and bottles[y] == tot[y] * 2, f"total kg, 500 g bottles {y}")
        p.check(close(need_k[y], keo[y] * 1.05) and close(need_r[y], rung[y] * 1.05), f"1,05 kg raw per kg {y}")
        p.check(need_k[y] <= sup_k[y] == 17500 and need_r[y] <= sup_r[y] == 4100, f"raw honey within contracts {y}")
        p.check(close(rk[y], keo[y] * 0.22) and close(rr[y], rung[y] * 0.45) and close(rev[y], rk[y] + rr[y]),
                f"revenue per product and total {y}")
        p.check(close(lines[0][y], need_k[y] * 0.12) and close(lines[1][y], need_r[y] * 0.28)
                and close(lines[2][y], tot[y] * 0.016), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[5][y], 90)
                and close(lines[6][y], [500, 400, 300][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(need_k[y] + need_r[y] <= 300 * 2 * 150, f"moisture-reduction capacity {y}")
    communes = [p.row(x, 5) for x in ("Hương Điền", "Hương Minh", "Quang Thọ", "Đức Bồng")]
    p.check([sum(c[i] for c in communes) for i in range(5)] == p.row("Cộng |", 5) == [42, 1100, 900, 17500, 4100],
            "contract table sums")
    p.check(all(c[1] * 20 >= c[3] and c[2] * 5 >= c[4] for c in communes), "20 and 5 kg/hive cover each commune")
    p.check(close(90000 / (need_k[2] + need_r[2]), 4.56, 0.01), "capacity more than 4× the 2029 need")
    p.check(close(sup_r[2] / need_r[2], 1.028, 0.001), "forest honey margin ≈3 % in 2029 (said so)")
    p.check(close(keo[0] / 10500, 1.143, 0.01) and close(rung[0] / 2600, 1.154, 0.01), "+14 % / +15 % on 2026")
    for s in (keo, rung):
        p.check(all(1.11 <= s[y] / s[y - 1] <= 1.135 for y in (1, 2)), "11–13 %/năm")
    p.check(close(9800 * 0.22 + 2100 * 0.45, 3080, 0.01), "2025 revenue ≈3.080")
    items = [p.one("Nhà sơ chế 150"), p.one("Máy hạ thủy phân", skip=1), p.one("Bồn inox, máy lọc"),
             p.one("Máy chiết rót", skip=1), p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng |") == 1500 == 1000 + 500 and sum(items[:4]) == 900, "capital 1.500, fixed 900")
    p.check(sum(prof) / 3 == 368 and close(1500 / (368 + 90), 3.3, 0.01), "average 368, payback 3,3")
    p.check(staff == [8, 9, 10], "staff")
    p.has("12.000 kg × 220.000 đồng/kg = 2.640 triệu đồng", "3.000 kg × 450.000 đồng/kg = 1.350 triệu đồng",
          "cộng 3.990 triệu đồng", "(295 + 368 + 441) : 3 = 368", "1.500 : (368 + 90) ≈ 3,3 năm",
          "110.000 đồng/chai", "225.000 đồng/chai", "120.000 đồng/kg", "280.000 đồng/kg", "1,05 kg mật thô",
          "Tổng vốn đầu tư 1.500 triệu đồng", "lãi vay 35, 28 và 21 triệu đồng", "17.500 kg mật hoa keo và 4.100 kg",
          "TCCS 01:2026/NT", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "08/2022/NĐ-CP", "Nghị định số 15/2018/NĐ-CP")
    p.check(len([r for r in p.rows if r[0] in ("TT", "Chỉ tiêu")]) >= 5, "tables present")
    # units in the row labels: the output and financial tables have no ĐVT column
    p.lacks(r"\| *ĐVT *\|", "units are meant to be in the row labels")
    ready_hygiene(p)
    return p


# --------------------------------------------------------------------------- revise plans

def ct05() -> Plan:
    p = Plan("ct05_ruou_nep_sim_khe_co_htx")
    nep, sim, base, fruit = (p.row("Rượu nếp cái chai 500 ml"), p.row("Rượu sim chai 500 ml"),
                             p.row("Rượu nếp gốc cần nấu"), p.row("Quả sim |"))
    staff = p.row("Tổng |")
    rev, rn, rs = p.row("Doanh thu |"), p.row("Rượu nếp cái (55.000"), p.row("Rượu sim (85.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp cái (22.000", "Quả sim (30.000", "Men lá, củi", "Chai, nút, nhãn", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    rice = [b / 0.8 for b in base]  # kg gạo nếp, 1 kg → 0,8 lít
    for y in Y:  # triệu đồng
        p.check(close(base[y], (nep[y] + sim[y]) * 0.5) and close(fruit[y], sim[y] * 0.5 * 0.5),
                f"base wine = all 500 ml bottles; 0,5 kg sim per litre {y}")
        p.check(close(rn[y], nep[y] * 0.055), f"rượu nếp cái revenue {y}")
        p.check(close(rev[y], rn[y] + rs[y]), f"total = stated sub-rows {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], fruit[y] * 0.03)
                and close(lines[2][y], base[y] * 0.003) and close(lines[3][y], (nep[y] + sim[y]) * 0.012),
                f"per-unit costs (rice cost implies {rice[y]:.0f} kg) {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 100)
                and close(lines[6][y], [800, 600, 400][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the stated revenue {y}")
        p.check(base[y] <= 2 * 120 * 280 and fruit[y] <= 6000, f"still capacity 67.200 l, sim contract 6 tấn {y}")
    p.check(close(rs[0], sim[0] * 0.085) and close(rs[2], sim[2] * 0.085), "2027 and 2029 rượu sim right")
    p.check(close(sim[1] * 0.085, 1530) and rs[1] == 1890 and off(rs[1], sim[1] * 0.085),
            "PLANTED 2028 rượu sim 1.890 != 18.000 chai × 85.000 = 1.530 (+23,5 %)")
    true_rev1 = rn[1] + sim[1] * 0.085
    p.check(close(true_rev1, 3950) and off(rev[1], true_rev1), "PLANTED 2028 revenue 4.310 != 3.950 (+9,1 %)")
    communes = [p.row(x, 3) for x in ("Cẩm Mỹ", "Cẩm Quan", "Cẩm Thạch", "Cẩm Duệ")]
    total = p.row("Cộng gạo nếp cái", 3)
    p.check([round(sum(c[i] for c in communes), 1) for i in range(3)] == total == [46, 9.6, 30], "contract table sums")
    p.check(p.row("Tổ thu hái sim", 2) == [8, 6], "sim contract 6 tấn")
    supply = 30000
    p.check([round(r) for r in rice] == [35000, 38750, 42500], "rice need 35 / 38,75 / 42,5 tấn")
    p.check(all(off(r, supply) and r > supply for y, r in enumerate(rice)),
            "PLANTED rice need 35–42,5 tấn > 30 tấn contracted (+17 % to +42 %)")
    p.has("1 kg gạo nếp nấu được 0,8 lít rượu nếp gốc", "30 tấn gạo nếp cái/năm, bảo đảm đủ gạo cho sản xuất")
    p.lacks(r"mua thêm|thị trường tự do|gạo của thương lái|nguồn gạo khác|ngoài hợp đồng", "no other rice source")
    written, true = sum(prof) / 3, (prof[0] + true_rev1 - cost[1] + prof[2]) / 3
    p.check(close(written, 673.5, 0.001) and close(1500 / (written + 100), 1.9, 0.03), "stated 1,9 năm from the written profit")
    p.check(close(true, 553.5, 0.001) and close(1500 / (true + 100), 2.3, 0.01), "tolerated knock-on: true 2,3 năm")
    p.check(close(nep[0] / 32000, 1.25) and close(sim[0] / 12000, 1.333, 0.01), "+25 % / +33 % on 2026")
    p.check(close(32000 * 0.055 + 12000 * 0.085, 2780), "2026 ≈2,8 tỷ")
    p.check((32000 + 12000) * 0.5 / 0.8 <= supply, "2026 rice 27,5 tấn was within the contract")
    items = [450, 250, 150, 150, 100, 400]
    p.has("xây dựng nhà xưởng 200 m² 450 triệu đồng", "hệ thống chưng cất inox 250 triệu đồng", "chum sành, bồn inox 150 triệu đồng",
          "máy lọc, máy chiết chai, đóng nút 150 triệu đồng", "đăng ký nhãn hiệu 100 triệu đồng", "vốn lưu động 400 triệu đồng")
    p.check(sum(items) == 1500 == p.one("Tổng nguồn vốn") == 700 + 800 and sum(items[:4]) == 1000, "capital 1.500, fixed 1.000")
    p.has("(434 + 913,5 + 673) : 3 = 673,5", "1.500 : (673,5 + 100) ≈ 1,9 năm", "55.000 đồng/chai", "85.000 đồng/chai",
          "35% vol", "QCVN 6-3:2010/BYT", "hàm lượng etanol", "Người dưới 18 tuổi không được sử dụng",
          "đủ điều kiện an toàn thực phẩm", "tự công bố", "đăng ký môi trường", "Cục Sở hữu trí tuệ", "67.200 lít")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm mục đích kinh doanh|phép sản xuất",
            "PLANTED no alcohol production licence or plan to obtain one")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ct06() -> Plan:
    p = Plan("ct06_nuoc_mam_mam_tom_thach_kim_cty")
    n30, n20, mt, ca, moi = (p.row("Nước mắm 30 độ đạm |"), p.row("Nước mắm 20 độ đạm |"), p.row("Mắm tôm |"),
                             p.row("Cá cơm nguyên liệu"), p.row("Tôm moi nguyên liệu"))
    staff = p.row("Tổng cộng |")
    rev, r30, r20, rmt = (p.row("Tổng doanh thu"), p.row("Nước mắm 30 độ đạm (120.000"),
                          p.row("Nước mắm 20 độ đạm (60.000"), p.row("Mắm tôm (80.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá cơm (15.000", "Tôm moi (25.000", "Muối hạt", "Chai, can, hũ", "Tiền lương",
                                 "Điện, nước", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(ca[y], n30[y] * 2 + n20[y] * 1.3) and close(moi[y], mt[y]), f"fish 2 / 1,3 kg per litre, shrimp 1:1 {y}")
        p.check(close(r30[y], n30[y] * 0.12) and close(r20[y], n20[y] * 0.06) and close(rmt[y], mt[y] * 0.08)
                and close(rev[y], r30[y] + r20[y] + rmt[y]), f"revenue per product and total {y}")
        p.check(close(lines[0][y], ca[y] * 0.015) and close(lines[1][y], moi[y] * 0.025)
                and close(lines[2][y], (ca[y] + moi[y]) / 4 * 0.003)
                and close(lines[3][y], n30[y] * 0.014 + n20[y] * 0.005 + mt[y] * 0.012), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and close(lines[6][y], 200)
                and close(lines[7][y], [1000, 750, 500][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(ca[y] <= 120000 and moi[y] <= 11000, f"fish and shrimp within contracts {y}")
    communes = [p.row(x, 3) for x in ("Thạch Kim", "Thạch Bằng", "Thạch Châu", "Thịnh Lộc")]
    p.check([sum(c[i] for c in communes) for i in range(3)] == p.row("Cộng |", 3) == [31, 120, 11], "contract table sums")
    hist = p.row("Doanh thu |", 2)
    p.check(close(hist[0], 22000 * 0.12 + 15000 * 0.06 + 6000 * 0.08) and close(hist[1], 26000 * 0.12 + 17500 * 0.06 + 7000 * 0.08),
            "history revenue 4.020 / 4.730")
    p.check(all(1.14 <= a / b <= 1.16 for a, b in ((n30[0], 26000), (n20[0], 17500), (mt[0], 7000))), "+14–15 % on 2026")
    items = [p.one("Mở rộng nhà ủ chượp"), p.one("20 thùng gỗ ủ chượp"), p.one("Hệ thống lọc, bồn inox", skip=1),
             p.one("Máy chiết rót, đóng nắp", skip=1), p.one("Kho thành phẩm"), p.one("Bao bì, nhãn, kiểm nghiệm"),
             p.one("Vốn lưu động")]
    stated_total, sources = p.one("Tổng vốn đầu tư"), [p.one("Vốn chủ sở hữu"), p.one("Vay Ngân hàng")]
    p.check(sum(items) == stated_total == 3000, "investment items add up to the stated 3.000")
    p.check(sum(sources) == p.one("Tổng nguồn vốn") == 2500, "sources table adds up to its own 2.500")
    p.check(off(sum(sources), stated_total), "PLANTED sources 2.500 != total investment 3.000 (−16,7 %)")
    p.check(sum(items[:5]) == 2000 and close(2000 / 10, 200), "fixed 2.000, depreciation 200")
    avg = sum(post) / 3
    p.check(close(avg, 1058.5, 0.001) and close(3000 / (avg + 200), 2.4, 0.02), "payback 2,4 right on the stated total")
    p.has("Tổng vốn đầu tư của phương án là 3.000 triệu đồng", "Tổng nguồn vốn 2.500 triệu đồng",
          "(871,1 + 1.058,5 + 1.245,9) : 3 = 1.058,5", "3.000 : (1.058,5 + 200) ≈ 2,4 năm", "120.000 đồng/lít",
          "60.000 đồng/lít", "80.000 đồng/kg", "120 tấn cá cơm/năm", "86 tấn năm 2027, 94,6 tấn năm 2028 và 103,2 tấn năm 2029",
          "lãi vay 80, 60 và 40 triệu đồng", "Doanh thu năm 2027 đạt 5.440 triệu đồng, năm 2029 đạt 6.560 triệu đồng")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "Luật Doanh nghiệp năm 2014")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|Luật Doanh nghiệp năm 2020|59/2020", "PLANTED the current instruments are not cited")
    p.has("Nghị định số 43/2017/NĐ-CP và Nghị định số 111/2021/NĐ-CP")  # labels cite the current decree
    p.lacks(r"môi trường|nước thải|chất thải|\bthải\b|xử lý|hôi|ô nhiễm|\bbể\b|biogas|\brác\b|vệ sinh|khí thải|"
            r"đăng ký môi|phế liệu|phân bón|\bủ phân",
            "PLANTED no environmental measure anywhere (brine, fish waste, wash water, odour)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ct07() -> Plan:
    p = Plan("ct07_banh_da_vung_banh_gai_vuong_loc_htx")
    bags, kg, gai = p.row("Bánh đa vừng (túi 10 chiếc)"), p.row("Bánh đa vừng quy ra kg"), p.row("Bánh gai |")
    staff = p.row("Cộng |")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Bánh đa vừng (35.000"), p.row("Bánh gai (8.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo tẻ |", "Vừng đen |", "Gạo nếp |", "Đậu xanh |", "Lá gai khô |", "Đường, dừa",
                                 "Túi, lá chuối", "Củi, than, điện", "Tiền công lao động", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    te, vung, nep, dx, la = ([k * 1.1 for k in kg], [k * 0.08 for k in kg], [c * 0.045 for c in gai],
                             [c * 0.015 for c in gai], [c * 0.006 for c in gai])
    for y in Y:  # nghìn đồng, kg
        p.check(kg[y] == bags[y] * 0.5, f"10-sheet bag ≈ 500 g {y}")
        p.check(close(r1[y], bags[y] * 35) and close(r2[y], gai[y] * 8) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], te[y] * 15) and close(lines[1][y], vung[y] * 70) and close(lines[2][y], nep[y] * 25)
                and close(lines[3][y], dx[y] * 40) and close(lines[4][y], la[y] * 60), f"raw-material costs {y}")
        p.check(close(lines[5][y], gai[y] * 1) and close(lines[6][y], bags[y] * 2 + gai[y] * 0.5)
                and close(lines[8][y], staff[y] * 6000 * 12) and close(lines[9][y], 80000)
                and close(lines[10][y], [500000, 375000, 250000][y] * 0.08), f"other costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost lines add up {y}")
        p.check(kg[y] <= 2 * 80 * 280 and gai[y] <= 4 * 200 * 2 * 280, f"capacity {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2027 and 2028 profit right")
    p.check(rev[2] - cost[2] == 855050 and prof[2] == 985050 and off(prof[2], rev[2] - cost[2]),
            "PLANTED 2029 profit 985.050 != 4.180.000 − 3.324.950 = 855.050 (+15,2 %)")
    names = ("Vượng Lộc", "Mỹ Lộc", "Thượng Lộc", "Xuân Lộc")
    communes = [p.row(x, 6) for x in names]
    total = p.row("Tổng |", 6)
    sums = [round(sum(c[i] for c in communes), 1) for i in range(6)]
    p.check(sums == [53, 50, 10, 3.8, 3, 1.4] and total == [53, 58, 10, 3.8, 3, 1.4], "contract table as written")
    p.check(off(total[1], sums[1]), "PLANTED gạo tẻ total row 58 != 18 + 12 + 11 + 9 = 50 (+16 %)")
    for i, need in ((1, te), (2, nep), (3, vung), (4, dx), (5, la)):
        p.check(all(need[y] / 1000 <= sums[i] for y in Y), f"need within the TRUE contract sum (column {i}): no shortfall")
    p.check(close(te[2], 41800) and close(nep[2], 8550) and close(dx[2], 2850), "2029 needs stated in the text")
    p.check(close(bags[0] / 52000, 1.154, 0.01) and close(gai[0] / 130000, 1.154, 0.01), "≈+15 % on 2026")
    p.check(close(52000 * 35 + 130000 * 8, 2860000), "2026 ≈2,86 tỷ")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy tráng bánh, lò sấy", "Máy xay bột, nồi hấp",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng |") == 1200000 == (700 + 500) * 1000 and sum(items[:3]) == 800000,
            "capital 1.200 triệu, fixed 800, depreciation 80")
    written = sum(prof) / 3
    true = (prof[0] + prof[1] + rev[2] - cost[2]) / 3
    p.check(close(written / 1000, 726, 0.001) and close(1200 / (726 + 80), 1.5, 0.01), "stated 726 and 1,5 năm")
    p.check(close(1200000 / (true + 80000), 1.57, 0.01), "tolerated knock-on: true payback 1,57")
    p.has("35.000 đồng/túi", "8.000 đồng/chiếc", "Tổng vốn đầu tư 1.200 triệu đồng", "1.200 : (726 + 80) ≈ 1,5 năm",
          "gạo tẻ 33 tấn, vừng đen 2,4 tấn, gạo nếp 6,75 tấn, đậu xanh 2,25 tấn, lá gai khô 0,9 tấn",
          "gạo tẻ 41,8 tấn, vừng đen 3,04 tấn, gạo nếp 8,55 tấn, đậu xanh 2,85 tấn, lá gai khô 1,14 tấn",
          "44.800 kg bánh/năm", "448.000 chiếc/năm", "lãi vay 40, 30 và 20 triệu đồng", "TCCS 01:2027/VL", "43/2017/NĐ-CP")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|sức khỏe|HACCP|ISO|tự công bố|tập huấn|"
            r"55/2010|Luật An toàn",
            "PLANTED no food-safety certificate, commitment, training or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ct08() -> Plan:
    p = Plan("ct08_che_xanh_tra_tui_loc_ky_tay_htx")
    che, boxes, for_bags, dry, fresh = (p.row("Chè búp khô (túi"), p.row("Trà túi lọc hộp 50 g"),
                                        p.row("Chè khô dùng làm túi lọc"), p.row("Tổng chè khô chế biến"),
                                        p.row("Búp chè tươi chế biến"))
    staff = p.row("Cộng |")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Chè búp khô (220.000"), p.row("Trà túi lọc (40.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Búp chè tươi (12.000", "Túi lọc, hộp, nhãn", "Túi hút chân không", "Điện, củi",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    capacity = 200 * 200 / 1000  # tấn búp tươi/năm: 200 kg/ngày × 200 ngày
    for y in Y:  # triệu đồng
        p.check(close(for_bags[y], boxes[y] * 0.05) and close(dry[y], che[y] + for_bags[y])
                and close(fresh[y], dry[y] * 4.5 / 1000), f"dry tea, 4,5 kg fresh leaf per kg {y}")
        p.check(close(r1[y], che[y] * 0.22) and close(r2[y], boxes[y] * 0.04) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 12) and close(lines[1][y], boxes[y] * 0.008)
                and close(lines[2][y], che[y] * 0.02) and close(lines[3][y], fresh[y] * 2), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 70)
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 70, f"fresh leaf within the 70 tấn contract {y}")
        p.check(fresh[y] > capacity and off(fresh[y], capacity),
                f"PLANTED {fresh[y]} tấn fresh leaf > 40 tấn/năm processing capacity {y}")
    p.check(close(fresh[0] / capacity, 1.125) and close(fresh[2] / capacity, 1.4625), "+12,5 % to +46 % over capacity")
    p.check(8000 * 4.5 / 1000 <= capacity, "2026 (8.000 kg dry = 36 tấn fresh) was within capacity")
    p.check(close(6500 + 30000 * 0.05, 8000) and close(6500 * 0.22 + 30000 * 0.04, 2630), "2026: 8.000 kg, 2,63 tỷ")
    p.check(close(dry[0] / 8000, 1.25) and all(1.13 <= dry[y] / dry[y - 1] <= 1.15 for y in (1, 2)), "growth as stated")
    p.has("công suất 200 kg búp tươi/ngày", "khoảng 200 ngày/năm", "khoảng 40 tấn búp tươi/năm",
          "Dây chuyền vò, sao, sấy giữ nguyên như hiện nay", "4,5 kg búp tươi cho 1 kg chè khô")
    invest = [p.one("Phòng trưng bày và kho"), p.one("Máy đóng gói trà túi lọc tự động", skip=1),
              p.one("Máy nghiền chè, máy hàn", skip=1), p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(invest) == p.one("Tổng cộng |") == 1200 == 800 + 400 and sum(invest[:3]) == 700, "capital 1.200, fixed 700")
    p.lacks(r"(máy|thiết bị) (vò|sao|sấy)[^|\n]*(mới|bổ sung|thêm)", "no new processing equipment")
    communes = [p.row(x, 3) for x in ("Kỳ Tây", "Kỳ Thượng", "Kỳ Lâm", "Kỳ Sơn")]
    p.check([round(sum(c[i] for c in communes), 1) for i in range(3)] == p.row("Tổng |", 3) == [56, 21.5, 70],
            "contract table sums")
    p.check(all(c[1] * 8 >= c[2] for c in communes), "8 t/ha covers each commune's contract")
    p.check(sum(prof) / 3 == 1094.5 and close(1200 / (1094.5 + 70), 1.0, 0.04), "average 1.094,5, payback 1,0 (right)")
    p.has("(774 + 1.094,5 + 1.415) : 3 = 1.094,5", "1.200 : (1.094,5 + 70) ≈ 1,0 năm", "220.000 đồng/kg", "40.000 đồng/hộp",
          "44.000 đồng/túi", "Tổng vốn đầu tư 1.200 triệu đồng", "lãi vay 28, 21 và 14 triệu đồng",
          "đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.has("Sản phẩm [tên sản phẩm] là sản phẩm chủ lực của xã ……", "quy trình ……")  # PLANTED boilerplate
    p.check(bool(re.search(PLACEHOLDER, p.body)), "PLANTED template placeholder present")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|quy chuẩn|kiểm nghiệm|hợp quy|hợp chuẩn|VietGAP|ISO",
            "PLANTED no product standard, declaration or lab test")
    return p


def ct09() -> Plan:
    p = Plan("ct09_keo_cu_do_keo_lac_co_dam_cty")
    cd, kl, kv, tot = p.row("Kẹo cu đơ |"), p.row("Kẹo lạc |"), p.row("Kẹo vừng |"), p.row("Tổng sản lượng")
    staff = p.row("Cộng |")
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Kẹo cu đơ (140.000"), p.row("Kẹo lạc (100.000"),
                       p.row("Kẹo vừng (120.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lạc nhân (50.000", "Vừng (60.000", "Mật mía, mạch nha, đường (15.000", "Gừng, bánh đa",
                                 "Túi, hộp, thùng", "Tiền lương", "Điện, gas", "Khấu hao", "Lãi vay", "Bán hàng, quảng cáo",
                                 "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận trước thuế")
    lac = [cd[y] * 0.35 + kl[y] * 0.6 for y in Y]
    vung = [kv[y] * 0.55 for y in Y]
    for y in Y:  # triệu đồng, kg
        p.check(tot[y] == cd[y] + kl[y] + kv[y], f"total output {y}")
        p.check(close(r1[y], cd[y] * 0.14) and close(r2[y], kl[y] * 0.1) and close(r3[y], kv[y] * 0.12)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue per product and total {y}")
        p.check(close(lines[0][y], lac[y] * 0.05) and close(lines[1][y], vung[y] * 0.06)
                and close(lines[2][y], tot[y] * 0.5 * 0.015) and close(lines[3][y], cd[y] * 0.01)
                and close(lines[4][y], tot[y] * 0.008) and close(lines[6][y], tot[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 6.5 * 12) and close(lines[7][y], 180)
                and close(lines[8][y], [1000, 750, 500][y] * 0.08) and close(lines[9][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling 8 % {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lac[y] <= 32000 and vung[y] <= 9000 and tot[y] * 0.5 <= 45000, f"raw materials within contracts {y}")
        p.check(tot[y] <= 300 * 300, f"line capacity 90 tấn on paper {y}")
    communes = [p.row(x, 3) for x in ("Cổ Đạm", "Xuân Liên", "Cương Gián", "Xuân Lĩnh")]
    p.check([round(sum(c[i] for c in communes), 1) for i in range(3)] == p.row("Tổng |", 3) == [53, 32, 9],
            "contract table sums")
    p.check([round(x) for x in lac] == [6500, 14300, 28600] and [round(x) for x in vung] == [1650, 3850, 7700],
            "needs stated in the text")
    g = [tot[1] / tot[0], tot[2] / tot[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(close(g[0], 2.222, 0.01) and g[1] == 2 and close(g[2], 2.221, 0.01) and g[3] == 2,
            "PLANTED output and revenue ×2,2 then ×2 (18 → 40 → 80 tấn; 2.260 → 5.020 → 10.040 triệu)")
    p.check(close(tot[2] / 15000, 5.33, 0.01) and staff == [10, 11, 12] and 12 / 9 < 1.4,
            "×5,3 on 2026 output with 9 → 12 workers (tolerated capacity-exceeded)")
    p.check(close(tot[2] / staff[2] / (15000 / 9), 4.0, 0.01), "output per worker ×4 by 2029")
    p.check(prof[2] / rev[2] > 0.41, "2029 margin above 41 %")
    p.lacks(r"hợp đồng (tiêu thụ|phân phối|bán hàng|cung cấp cho)|đơn đặt hàng|nhà phân phối|siêu thị",
            "no contract or named buyer for the extra volume")
    p.check(tot[0] / 15000 == 1.2 and close(8500 * 0.14 + 4000 * 0.1 + 2500 * 0.12, 1890), "2027 +20 %; 2026 ≈1,9 tỷ")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho", "Dây chuyền nấu, cán, cắt kẹo |", "Máy rang, lò nướng điện",
                                "Máy đóng gói, hàn túi |", "Tiêu chuẩn cơ sở, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng |", skip=1) == 2500 == 1500 + 1000 and sum(items[:4]) == 1800,
            "capital 2.500, fixed 1.800, depreciation 180")
    avg = sum(prof) / 3
    true = 2500 / (avg + 180)
    p.check(close(avg, 1921.8, 0.001) and close(true, 1.19, 0.01), "average 1.921,8; payback ≈1,2 năm")
    p.check(off(0.7, true) and off(0.7, 2500 / avg) and off(0.7, 2500 / (prof[2] + 180)),
            "PLANTED payback 0,7 năm != 1,2 (1,3 without depreciation; 0,57 even on 2029 alone)")
    p.has("khoảng 0,7 năm (hơn 8 tháng)", "(82,2 + 1.514,4 + 4.168,8) : 3 = 1.921,8", "140.000 đồng/kg",
          "100.000 đồng/kg", "120.000 đồng/kg", "32 tấn lạc nhân/năm", "300 kg kẹo/ngày", "90 tấn kẹo/năm",
          "18.000 kg năm 2027, 40.000 kg năm 2028 và 80.000 kg năm 2029", "Tổng vốn đầu tư 2.500 triệu đồng",
          "mở rộng thị trường toàn quốc qua thương mại điện tử", "đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở",
          "đăng ký môi trường", "nhãn hiệu")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in logo|in thông tin",
            "PLANTED no label, label content, barcode or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ct10() -> Plan:
    p = Plan("ct10_dua_luoi_bi_xanh_tuong_son_htx")
    dua, bi = p.row("Dưa lưới |"), p.row("Bí xanh |")
    staff = p.row("Tổng |", 4)
    rev, r1, r2 = p.row("Doanh thu |"), p.row("- Dưa lưới (45.000"), p.row("- Bí xanh (11.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Thu mua dưa lưới", "- Thu mua bí xanh", "- Thùng, túi lưới", "- Tiền lương",
                                 "- Vận chuyển, bán hàng", "- Điện, nước", "- Khấu hao", "- Lãi vay", "- Quản lý")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng, tấn
        p.check(close(r1[y], dua[y] * 45) and close(r2[y], bi[y] * 11) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], dua[y] * 28) and close(lines[1][y], bi[y] * 6.5)
                and close(lines[2][y], dua[y] * 2 + bi[y] * 0.5), f"purchase and packaging {y}")
        p.check(close(lines[3][y], staff[y + 1] * 6 * 12) and close(lines[4][y], rev[y] * 0.05)
                and close(lines[6][y], 100) and close(lines[7][y], [600, 450, 300][y] * 0.08), f"wages, selling, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(dua[y] <= 180 and bi[y] <= 300, f"within the contracts {y}")
    communes = [p.row(x, 5) for x in ("Tượng Sơn", "Thạch Thắng", "Thạch Hội", "Thạch Trị")]
    p.check([round(sum(c[i] for c in communes), 1) for i in range(5)] == p.row("Cộng |", 5) == [36, 4, 180, 6, 300],
            "contract table sums")
    p.check(all(c[1] * 50 >= c[2] and c[3] * 60 >= c[4] for c in communes), "50 and 60 t/ha cover each commune")
    p.check(close(dua[0] / 100, 1.2) and close(bi[0] / 170, 1.176, 0.01), "+20 % / +18 % on 2026")
    for s in (dua, bi):
        p.check(all(1.13 <= s[y] / s[y - 1] <= 1.17 for y in (1, 2)), "13–17 %/năm")
    p.check(close(85 * 45 + 150 * 11, 5475), "2025 ≈5,5 tỷ")
    items = [p.one(x) for x in ("Nhà đóng gói 200", "Kho lạnh 20 tấn", "Xe tải thùng kín", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng |", skip=1) == 1600 == 1000 + 600 and sum(items[:3]) == 1000, "capital 1.600, fixed 1.000")
    p.check(close(sum(prof) / 3, 1145.5, 0.0001) and close(1600 / (1145.5 + 100), 1.3, 0.02), "average 1.145,5, payback 1,3")
    p.check(close(lines[0][0] + lines[1][0], 4660) and close(lines[0][2] + lines[1][2], 6170), "4,66–6,17 tỷ to households")
    # PLANTED figure-inconsistent: current workers 9 (producer) vs 14 (organisation)
    p.has("Hiện nay hợp tác xã có 9 lao động thường xuyên", "Hiện nay hợp tác xã có 14 lao động thường xuyên")
    p.check(staff[0] == 14 and off(14, 9), "PLANTED 9 != 14 current workers; the table's 'Hiện nay' column adds up to 14")
    heads = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(not any(re.search(r"quy trình|công nghệ|thiết bị|máy móc|công suất|nhà xưởng|kỹ thuật canh tác|sơ chế", h, re.I)
                    for h in heads), "PLANTED no technology heading")
    p.lacks(r"quy trình|thiết bị|máy móc|công suất|dây chuyền|nhà màng được trang bị|tưới nhỏ giọt|bón phân",
            "PLANTED no process, equipment or capacity text anywhere")
    p.lacks(r"kiểm soát chất lượng|kiểm tra chất lượng|truy xuất|mã QR|\bQR\b|nhật ký|sổ ghi|ghi chép|\blô\b|"
            r"mã số vùng|VietGAP|GlobalGAP|phân loại|chất lượng nội bộ",
            "PLANTED no internal quality control or traceability")
    p.has("bản cam kết sản xuất thực phẩm nông sản ban đầu an toàn", "TCCS 01:2027/NNX", "43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "Luật Bảo vệ môi trường", "45.000 đồng/kg", "11.000 đồng/kg", "180 tấn/năm",
          "Tổng vốn đầu tư 1.600 triệu đồng", "(852 + 1.145,5 + 1.439) : 3 = 1.145,5", "1.600 : (1.145,5 + 100) ≈ 1,3 năm",
          "lãi vay 48, 36 và 24 triệu đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("ct11_khoai_lang_say_deo_cam_trung_so_sai")
    a.has("khoảng 3 ha", "khoảng 40 tấn khoai tươi", "khoảng 2 tấn khoai sấy dẻo", "khoảng 120.000 đồng/kg",
          "khoảng 300 triệu đồng", "Tổ có 7 thành viên", "đã đăng ký tổ hợp tác tại UBND xã năm 2024",
          "thương lái", "chợ xã")
    a.check(len(a.rows) == 0 and 150 <= len([w for w in a.body.split() if w != "#"]) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|chất lượng|truy xuất|doanh thu|lợi nhuận",
            "genuine gaps (tolerated): no compliance word, no revenue or profit")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ct12_nam_so_tuoi_say_thach_dai_so_sai")
    b.has("khoảng 15 tấn", "khoảng 500 triệu đồng", "mã số 3002251764", "có 9 thành viên",
          "thị trường tiêu thụ rộng lớn", "khách hàng có nhu cầu",
          "góp phần phát triển kinh tế – xã hội địa phương, nâng cao thu nhập cho người dân, tạo công ăn việc làm")
    b.check(len(b.rows) == 0 and 150 <= len([w for w in b.body.split() if w != "#"]) <= 300, "no table, 150–300 words")
    market = b.body.split("# IV. THỊ TRƯỜNG", 1)[1].split("# V.", 1)[0]
    b.check(not re.search(r"đồng|giá|siêu thị|cửa hàng|đại lý|chợ|công ty|nhà hàng|online|facebook|zalo|shopee|hợp đồng",
                          market, re.I), "no customer, channel or price in the market section (tolerated no-sales-channel)")
    b.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|doanh thu|lợi nhuận|giá bán|bã nấm|phôi thải",
            "genuine gaps (tolerated): no compliance word, no price, revenue or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (ct01, ct02, ct03, ct04, ct05, ct06, ct07, ct08, ct09, ct10)] + sketchy()
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
