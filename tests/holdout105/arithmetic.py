"""The hundred-and-fifth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout105/arithmetic.py

Theme: traditional spirits and drinks. For every plan: the conversion chain (grain to spirit at a
stated strength, the loss at each step multiplied out to the ratio the plan uses, alcohol content
balanced between the base spirit and the product), raw-material need = output x ratio against the
stated supply, output against equipment capacity x batches (or hours) x working days, output in
litres = bottles x size, revenue = quantity x price, cost lines = their stated unit costs, excise
= revenue x t / (1 + t) at 70 / 75 / 80 % (the price includes it), cost lines summing to the total,
profit = revenue - cost, tax, investment items = total = capital sources, depreciation, interest,
payback, growth. Planted numeric defects are asserted wrong by more than 5 % (with the true value
computed) and every other number right within 1 %. Table figures are read from the plan's source,
each table looked up inside its own section; figures quoted in running text are looked up
verbatim. Textual planted defects (no alcohol licence, no label, replaced instruments, no
environmental measure, another producer's name, no quality control, no registration, no
trademark, a second area figure, no product standard) are asserted through the absence or
presence of their words; ready plans cite no replaced instrument; no plan keeps a placeholder.
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

# Instruments replaced or lapsed before mid-2026, and bodies abolished on 1/7/2025.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|\bhuyện\b|thị trấn")
EXCISE = [0.70, 0.75, 0.80]  # rượu ≥ 20 độ, 2027 / 2028 / 2029, price includes the tax


def excise(rev: float, y: int) -> float:
    return rev * EXCISE[y] / (1 + EXCISE[y])


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows cut to the text between two markers (failures shared)."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        q.text_part = text
        return q

    def words(self) -> int:
        return len(self.body.split())


def chain(start: float, *factors: float) -> list[float]:
    out, x = [], start
    for f in factors:
        x *= f
        out.append(x)
    return out


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def not_planted(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def staff_sum(p: Plan, part: Plan, labels: tuple[str, ...], total: list[float], n: int = 3) -> None:
    p.check(all(sum(part.row(x, n)[y] for x in labels) == total[y] for y in range(n)), "staff by role sum")


# --------------------------------------------------------------------------- ready plans

def db01() -> Plan:
    p = Plan("db01_ruou_nep_cai_truong_son_htx")
    hist = p.part("# IV. HIỆN TRẠNG", "# V.")
    lit_h = hist.row("Rượu nếp 40 độ")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    c500, c300, can, lit, staff = (pr.row("Chai 500 ml"), pr.row("Chai 300 ml hộp quà"), pr.row("Can 5 lít"),
                                   pr.row("Tổng sản lượng quy lít"), pr.row("Lao động"))
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    lit2, rice, own, contract = (raw.row("Rượu 40 độ sản xuất"), raw.row("Gạo nếp cần dùng"),
                                 raw.row("Gạo nếp của thành viên"), raw.row("Gạo nếp theo hợp đồng"))
    fin = p.part("# XIII. HIỆU QUẢ KINH TẾ", "# XIV.")
    rev, r500, r300, rcan = (fin.row("Doanh thu |"), fin.row("Chai 500 ml (160.000"),
                             fin.row("Chai 300 ml hộp quà (120.000"), fin.row("Can 5 lít (900.000"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gạo nếp cái hoa vàng (28.000", "Men lá, men thuốc bắc", "Chai, hộp quà, can",
                                   "Trấu viên, điện", "Tiền lương", "Khấu hao", "Lãi vay", "Thuế tiêu thụ đặc biệt",
                                   "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập doanh nghiệp"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; lít, kg
        p.check(lit[y] == c500[y] * 0.5 + c300[y] * 0.3 + can[y] * 5 == lit2[y], f"litres = bottles × size {y}")
        p.check(close(rice[y], lit[y] / 0.75) and own[y] + contract[y] == 42000 and rice[y] <= 42000,
                f"rice 0,75 l/kg within 42 tấn {y}")
        p.check(rice[y] <= 2 * 50 * 2 * 270, f"two stills 54 tấn {y}")
        p.check(close(r500[y], c500[y] * 0.16) and close(r300[y], c300[y] * 0.12) and close(rcan[y], can[y] * 0.9)
                and close(rev[y], r500[y] + r300[y] + rcan[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.028) and close(lines[1][y], rice[y] * 0.001)
                and close(lines[2][y], c500[y] * 0.009 + c300[y] * 0.018 + can[y] * 0.015)
                and close(lines[3][y], lit[y] * 0.002) and close(lines[4][y], staff[y] * 6.5 * 12)
                and close(lines[5][y], 1500 / 10) and close(lines[6][y], [800, 600, 400][y] * 0.07)
                and close(lines[7][y], excise(rev[y], y)) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]),
                f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(close(lit[0] / lit_h[2], 1.11, 0.01) and close(50 * 2 * 270 * 0.75, 20250) and lit_h[2] > 20250,
            "+11 % on 2026; the old still gave 20.250 l, 2026 needed rented stills")
    p.check(close(11 * 4.2 * 0.65, 30.0, 0.01) and close(rice[2] / 42000, 0.91, 0.01)
            and close(rice[2] / 54000, 0.71, 0.01) and close(54000 * 0.75, 40500), "30 tấn, 91 %, 71 %, 40.500 l")
    steps = chain(80, 0.96, 0.977)
    p.check(close(steps[0], 76.8) and close(steps[1], 75, 0.001) and close(0.75 * 0.4, 0.3),
            "80 → 76,8 → 75 l per 100 kg, 0,3 l ethanol/kg")
    p.check(4 * 10 == 40 <= 48 and 80 * 300 == 24000 and 24000 * 4 == 96000, "40 of 48 vats; 24.000 l × 4 turns")
    org = p.part("# X. TỔ CHỨC", "# XI.")
    p.check(sum(org.one(f"{i} |") for i in range(1, 7)) == org.one("Cộng") == staff[0] == 12, "12 staff by role")
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2200 == 1000 + 400 + 800 and sum(items[:5]) == 1500,
            "capital 2.200 = 1.000 + 400 + 800, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 1011.9, 0.001) and close(2200 / (avg + 150), 1.9, 0.01), "average 1.011,9, payback 1,9")
    p.check(all(0.12 < post[y] / rev[y] < 0.14 for y in Y), "net margin about 13 %")
    p.has("24.000 lít năm 2027, 26.400 lít năm 2028 và 28.800 lít năm 2029", "7.080 triệu đồng năm 2027",
          "8.496 triệu đồng năm 2029", "160.000 đồng/chai", "120.000 đồng/chai", "900.000 đồng/can",
          "Tổng nguồn gạo nếp 42 tấn/năm", "2 nồi × 50 kg × 2 mẻ × 270 ngày = 54.000 kg gạo/năm",
          "còn 76,8 lít", "0,75 lít rượu 40 độ/kg gạo", "0,3 lít cồn tuyệt đối/kg gạo",
          "Tổng vốn đầu tư của phương án là 2.200 triệu đồng", "(916,9 + 1.016,3 + 1.102,6) : 3 ≈ 1.011,9",
          "2.200 : (1.011,9 + 150) ≈ 1,9 năm", "18 thành viên chính thức",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "139/2025/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TS", "QCVN 6-3:2010/BYT",
          "Nghị định số 43/2017/NĐ-CP", "độ cồn", "Đã uống rượu, bia thì không lái xe", "Cục Sở hữu trí tuệ",
          "thuế tiêu thụ đặc biệt", "đăng ký môi trường", "số lô")
    ready_common(p)
    return p


def db02() -> Plan:
    p = Plan("db02_nuoc_tinh_khiet_suoi_may_cty")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    a, b, c, lit = pr.row("Chai 350 ml"), pr.row("Chai 500 ml"), pr.row("Bình 19 lít"), pr.row("Tổng sản lượng")
    hist = p.part("# 4. Thực trạng", "# 5.")
    lit_h = hist.row("2026", 3)
    org = p.part("# 10. Tổ chức", "# 11.")
    st = org.one("Cộng")
    fin = p.part("## 12.2.", "# 13.")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Chai 350 ml (2.500"), fin.row("Chai 500 ml (3.500"),
                             fin.row("Bình 19 lít (12.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Phôi chai", "Thùng carton", "Điện, hóa chất", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Vận chuyển, bán hàng", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập doanh nghiệp"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng; lít
        p.check(lit[y] == a[y] * 0.35 + b[y] * 0.5 + c[y] * 19, f"litres {y}")
        p.check(close(ra[y], a[y] * 2.5) and close(rb[y], b[y] * 3.5) and close(rc[y], c[y] * 12)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], a[y] * 0.85 + b[y] * 1.05 + c[y] * 1.5) and close(lines[1][y], (a[y] + b[y]) / 24 * 4.8)
                and close(lines[2][y], lit[y] * 0.06) and close(lines[3][y], st * 7000 * 12)
                and close(lines[4][y], 2400000 / 10) and close(lines[5][y], [1000000, 750000, 500000][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 150000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(3e6 < rev[y] <= 5e7 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        water = lit[y] / 0.7 / 1000
        p.check(water / 300 < 8 and water / 300 <= 30, f"well water {water:.0f} m³ under 8 m³/day, permit 30 {y}")
        p.check(a[y] + b[y] <= 1500 * 8 * 300 and c[y] <= 120 * 8 * 300 and lit[y] <= 2000 * 8 * 300, f"lines {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check([round(lit[y] / 0.7 / 1000) for y in Y] == [1994, 2194, 2393], "1.994 / 2.194 / 2.393 m³")
    p.check(close(lit[0] / lit_h[0], 1.12, 0.01), "+12 % on 2026")
    p.check(close((a[2] + b[2]) / (1500 * 8 * 300), 0.52, 0.01) and 1500 * 8 * 300 == 3600000
            and 120 * 8 * 300 == 288000 and 2000 * 8 * 300 == 4800000, "52 %, 3,6 M chai, 288.000 bình, 4,8 M l")
    p.check(sum(org.one(x) for x in ("Giám đốc", "Phòng kiểm nghiệm", "Vận hành", "Tổ chiết rót chai", "Tổ rửa",
                                      "Kho", "Giao hàng", "Bán hàng")) == st == 16, "16 staff by role")
    inv = p.part("## 12.1.", "## 12.2.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3200000 == 2200000 + 1000000 and sum(items[:4]) == 2400000,
            "capital 3,2 tỷ = 2,2 + 1,0, fixed 2,4")
    avg = sum(post) / 3
    p.check(close(avg, 957674, 0.0001) and round(3200000 / (avg + 240000), 1) == 2.7, "average, payback 2,7")
    p.check(round(post[0] / rev[0] * 100) == 14 and round(post[2] / rev[2] * 100) == 20, "margin 14 → 20 %")
    p.has("1.396.000 lít năm 2027, 1.535.600 lít năm 2028 và 1.675.200 lít năm 2029", "2.500 đồng/chai",
          "3.500 đồng/chai", "12.000 đồng/bình", "Tổng vốn đầu tư 3.200 triệu đồng", "lưu lượng tối đa 30 m³/ngày đêm",
          "3.200.000 : (957.674 + 240.000) ≈ 2,7 năm", "Giấy phép khai thác, sử dụng nước dưới đất",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-1:2010/BYT", "TCCS 01:2025/SM",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "số lô", "mã số doanh nghiệp")
    ready_common(p)
    return p


def db03() -> Plan:
    p = Plan("db03_ruou_sim_ky_thuong_hkd")
    pr = p.part("# L. KẾ HOẠCH", "# M.")
    a, b, c, lit = pr.row("Chai 500 ml"), pr.row("Chai 300 ml"), pr.row("Can 2 lít"), pr.row("Tổng quy lít")
    raw = p.part("# H. NGUỒN", "# I.")
    lit2, base, rice, sim = raw.row("Rượu sim 29 độ"), raw.row("Rượu nền"), raw.row("Gạo nếp cần"), raw.row("Quả sim cần")
    hist = p.part("# D. THỰC TRẠNG", "# Đ.")
    lit_h = hist.row("2026", 2)
    fin = p.part("# N. HIỆU QUẢ", "# O.")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Chai 500 ml (150.000"), fin.row("Chai 300 ml (100.000"),
                             fin.row("Can 2 lít (480.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Gạo nếp (30.000", "Quả sim (25.000", "Chai, can, nút", "Củi, điện", "Công lao động",
                                   "Khấu hao", "Lãi vay", "Thuế tiêu thụ đặc biệt", "Bán hàng, vận chuyển",
                                   "Thuế giá trị gia tăng", "Kiểm nghiệm, chi khác")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; lít, kg
        p.check(lit[y] == a[y] * 0.5 + b[y] * 0.3 + c[y] * 2 == lit2[y], f"litres {y}")
        p.check(close(base[y], lit[y] * 0.65) and close(rice[y], base[y] / 0.65) and close(sim[y], lit[y] * 0.6),
                f"0,65 l base, 1 kg rice, 0,6 kg sim per litre {y}")
        p.check(sim[y] <= 5000 + 3000 and rice[y] <= 8000 and rice[y] <= 50 * 200, f"sim 8 tấn, rice 8 tấn, still 10 tấn {y}")
        p.check(lit[y] * 1.2 <= 50 * 200, f"50 jars of 200 l {y}")
        p.check(close(ra[y], a[y] * 0.15) and close(rb[y], b[y] * 0.10) and close(rc[y], c[y] * 0.48)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], sim[y] * 0.025)
                and close(lines[2][y], a[y] * 0.01 + b[y] * 0.008 + c[y] * 0.012) and close(lines[3][y], lit[y] * 0.003)
                and close(lines[4][y], 2 * 5.5 * 12 + 2 * 5 * 12) and close(lines[5][y], 240 / 8)
                and close(lines[6][y], [200, 150, 100][y] * 0.08) and close(lines[7][y], excise(rev[y], y))
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.045)
                and close(lines[10][y], 20), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(0.65 * 0.45, 0.2925) and close(0.2925, 0.29, 0.01), "alcohol balance 0,2925 ≈ 0,29 l per litre")
    steps = chain(72, 0.95, 0.95)
    p.check(close(steps[0], 68.4) and close(steps[1], 65, 0.001), "72 → 68,4 → 65 l per 100 kg (0,65 l/kg)")
    p.check(close(lit[0] / lit_h[0], 1.11, 0.01) and lit_h[0] * 1.2 > 30 * 200, "+11 %; 2026 overflowed 30 jars")
    p.check(close(sim[2] / 8000, 0.54, 0.01) and close(rice[2] / 8000, 0.9) and close(lit[2] * 1.2 / 10000, 0.864),
            "54 %, 90 %, 86 %")
    p.check(100 + 60 + 20 + 40 + 20 + 20 + 40 == 300 == 100 + 200 and 100 + 60 + 20 + 40 + 20 == 240,
            "capital 300 = 100 + 200, fixed 240")
    inv = p.part("# M. VỐN", "# N.")
    p.check(sum(inv.one(f"{i} |") for i in range(1, 8)) == inv.one("Tổng cộng") == 300, "investment table 300")
    avg = sum(prof) / 3
    p.check(close(avg, 178.5, 0.001) and close(300 / (avg + 30), 1.4, 0.03), "average 178,5, payback 1,4")
    p.has("6.000 lít năm 2027, 6.600 lít năm 2028, 7.200 lít năm 2029", "1.792 triệu đồng năm 2027",
          "150.000 đồng/chai", "100.000 đồng/chai", "480.000 đồng/can", "Tổng nguồn 8 tấn/năm",
          "0,65 lít rượu 45 độ chứa 0,2925 lít cồn tuyệt đối", "còn 68,4 lít", "Tổng vốn đầu tư 300 triệu đồng",
          "(161,1 + 179,8 + 194,6) : 3 = 178,5", "300 : (178,5 + 30) ≈ 1,4 năm", "10.000 kg gạo",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/BN", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "độ cồn 29%", "Cục Sở hữu trí tuệ", "bản đăng ký môi trường", "thuế tiêu thụ đặc biệt")
    ready_common(p)
    return p


def db04() -> Plan:
    p = Plan("db04_tra_vang_huong_do_tht")
    pr = p.part("# Phần 11.", "# Phần 12.")
    h, g, bao, kg = pr.row("Trà túi lọc hộp 50 g"), pr.row("Lá vằng khô gói 500 g"), pr.row("Lá vằng khô bao 5 kg"), \
        pr.row("Tổng trà khô")
    raw = p.part("# Phần 8.", "# Phần 9.")
    kg2, fresh, own = raw.row("Trà vằng khô"), raw.row("Lá vằng tươi cần"), raw.row("Lá vằng tươi của thành viên")
    hist = p.part("# Phần 4.", "# Phần 5.")
    kg_h = hist.row("Trà vằng khô (kg)")
    org = p.part("# Phần 10.", "# Phần 11.")
    st = org.row("Tổng lao động")
    fin = p.part("# Phần 13.", "# Phần 14.")
    rev, rh, rg, rb, cost = (fin.row("Tổng doanh thu"), fin.row("Trà túi lọc hộp 50 g (40.000"),
                             fin.row("Lá vằng khô gói 500 g (80.000"), fin.row("Lá vằng khô bao 5 kg (600.000"),
                             fin.row("Tổng chi phí"))
    lines = [fin.row(x) for x in ("Lá vằng tươi (6.000", "Bao bì, túi lọc", "Điện sấy", "Tiền công", "Khấu hao",
                                   "Lãi vay", "Bán hàng, tiếp thị", "Thuế (4,5%", "Kiểm nghiệm, chi khác")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng; kg
        p.check(kg[y] == h[y] * 0.05 + g[y] * 0.5 + bao[y] * 5 == kg2[y], f"kg {y}")
        p.check(close(fresh[y], kg[y] * 4.5) and own[y] == 5 * 6000 and fresh[y] <= own[y]
                and fresh[y] <= 300 * 150, f"4,5 kg fresh/kg within 30 tấn and the 45-tấn dryer {y}")
        p.check(close(rh[y], h[y] * 0.04) and close(rg[y], g[y] * 0.08) and close(rb[y], bao[y] * 0.6)
                and close(rev[y], rh[y] + rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.006) and close(lines[1][y], h[y] * 0.006 + g[y] * 0.004 + bao[y] * 0.01)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], st[y] * 5.5 * 12)
                and close(lines[4][y], 400 / 8) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], rev[y] * 0.045)
                and close(lines[8][y], 25), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(0.30 < prof[y] / rev[y] < 0.35, f"margin 31–35 % {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    staff_sum(p, org, ("Tổ trưởng", "Sơ chế, thái", "Vận hành máy sấy", "Đóng gói"), st)
    steps = chain(1000, 0.95, 0.24 / 0.90, 0.90, 0.975)
    p.check([round(x, 1) for x in steps] == [950.0, 253.3, 228.0, 222.3] and close(1000 / steps[-1], 4.5, 0.01),
            "chain 950 → 253,3 → 228 → 222,3 kg, 4,5 kg/kg")
    p.check(close(fresh[2] / 30000, 0.81, 0.01) and close(fresh[2] / 45000, 0.54, 0.01)
            and close(h[2] * 25 / (30 * 60), 333, 0.01), "81 %, 54 %, 333 machine hours")
    p.check(close(kg[0] / kg_h[2], 1.125), "+12,5 % on 2026")
    inv = p.part("# Phần 12.", "# Phần 13.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500 == 200 + 300 and items[0] + items[1] + items[2] + items[3] == 400,
            "capital 500 = 200 + 300, fixed 400")
    avg = sum(prof) / 3
    p.check(close(avg, 471.4, 0.001) and close(500 / (avg + 50), 1.0, 0.05), "average 471,4, payback 1,0")
    p.has("4.500 kg năm 2027, 4.950 kg năm 2028 và 5.400 kg năm 2029", "1.300 triệu đồng năm 2027",
          "40.000 đồng/hộp", "80.000 đồng/gói", "600.000 đồng/bao", "Tổng vốn đầu tư 500 triệu đồng",
          "(397,5 + 493,3 + 523,4) : 3 ≈ 471,4", "500 : (471,4 + 50) ≈ 1,0 năm", "còn 253,3 kg", "còn 222,3 kg",
          "Giấy chứng nhận đăng ký tổ hợp tác", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2025/HĐ", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "không ghi công dụng chữa bệnh",
          "Cục Sở hữu trí tuệ", "mã lô", "cam kết bảo vệ môi trường")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def db05() -> Plan:
    p = Plan("db05_ruou_ngo_men_la_son_hong_hkd")
    pr = p.part("# 8. Kế hoạch", "# 9.")
    a, b, c, lit = pr.row("Chai 500 ml"), pr.row("Bình sành 1,5 lít"), pr.row("Can 5 lít"), pr.row("Tổng sản lượng")
    raw = p.part("# 9. Nguồn", "# 10.")
    lit2, corn, yeast = raw.row("Rượu ngô 40 độ"), raw.row("Ngô hạt cần dùng"), raw.row("Men lá cần dùng")
    hist = p.part("# 4. Thực trạng", "# 5.")
    lit_h = hist.row("2026", 2)
    fin = p.part("# 13. Hiệu quả", "Ghi chú:")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Chai 500 ml (110.000"), fin.row("Bình sành 1,5 lít (320.000"),
                             fin.row("Can 5 lít (550.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Ngô hạt (9.000", "Men lá (2.000", "Chai, bình sành", "Củi, điện", "Công lao động",
                                   "Khấu hao", "Lãi vay", "Thuế tiêu thụ đặc biệt", "Bán hàng, vận chuyển",
                                   "Thuế giá trị gia tăng", "Kiểm nghiệm, chi khác")]
    prof = fin.row("Lợi nhuận |")
    supply = 1.5 * 5.5 * 1000 + 6000
    for y in Y:  # triệu đồng; lít, kg
        p.check(lit[y] == a[y] * 0.5 + b[y] * 1.5 + c[y] * 5 == lit2[y], f"litres {y}")
        p.check(close(corn[y], lit[y] / 0.6) and close(yeast[y], corn[y] * 0.02), f"0,6 l/kg maize, 2 % yeast {y}")
        p.check(corn[y] <= 40 * 2 * 250, f"the new still (20 tấn) covers the maize: no capacity defect {y}")
        p.check(close(rb[y], b[y] * 0.32) and close(rc[y], c[y] * 0.55), f"jar and can rows {y}")
        p.check(close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue total adds its rows {y}")
        p.check(close(lines[0][y], corn[y] * 0.009) and close(lines[1][y], corn[y] * 0.002)
                and close(lines[2][y], a[y] * 0.008 + b[y] * 0.045 + c[y] * 0.012) and close(lines[3][y], lit[y] * 0.0025)
                and close(lines[4][y], 5.5 * 12 + 2 * 5 * 12) and close(lines[5][y], 200 / 8)
                and close(lines[6][y], [150, 100, 50][y] * 0.08) and close(lines[7][y], excise(rev[y], y))
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.045)
                and close(lines[10][y], 15), f"cost lines (excise, selling and tax on the stated revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    # PLANTED revenue-mismatch
    true_rev = [a[y] * 0.11 + b[y] * 0.32 + c[y] * 0.55 for y in Y]
    p.check(close(ra[0], a[0] * 0.11) and close(ra[2], a[2] * 0.11), "2027 and 2029 bottle rows right")
    p.check(ra[1] == 1212 and close(a[1] * 0.11, 1012) and off(ra[1], a[1] * 0.11) and close(true_rev[1], 1704)
            and off(rev[1], true_rev[1]), "PLANTED 2028 bottle row 1.212 != 9.200 × 110.000 = 1.012; revenue 1.904 != 1.704")
    true_cost1 = cost[1] - (rev[1] - true_rev[1]) * (0.75 / 1.75 + 0.05 + 0.045)
    true_prof1 = true_rev[1] - true_cost1
    p.check(close(true_prof1, 251.8, 0.002) and off(prof[1], true_prof1), "knock-on: 2028 profit 347,1, truly 251,8")
    avg = sum(prof) / 3
    true_avg = (prof[0] + true_prof1 + prof[2]) / 3
    p.check(close(avg, 282.5, 0.001) and close(250 / (avg + 25), 0.8, 0.02), "stated payback 0,8")
    p.check(close(250 / (true_avg + 25), 0.9, 0.01) and off(0.8, 250 / (true_avg + 25)), "tolerated knock-on: truly 0,9")
    # PLANTED material-shortfall
    p.check(supply == 14250 and corn[0] <= supply, "2027 within 14.250 kg")
    p.check(off(corn[1], supply) and off(corn[2], supply) and close(corn[2] / supply, 1.228, 0.01)
            and close(corn[1] / supply, 1.076, 0.01),
            "PLANTED maize need 15.333 (2028) and 17.500 kg (2029) > 8.250 + 6.000 = 14.250 kg (+7,6 %, +22,8 %)")
    p.has("Tổng nguồn ngô 14.250 kg/năm, bảo đảm đủ nguyên liệu cho sản xuất cả giai đoạn 2027 – 2029")
    steps = chain(52, 0.95, 50 / 40, 0.972)
    p.check(close(steps[0], 49.4) and close(steps[1], 61.75) and close(steps[2], 60, 0.001) and close(0.6 * 0.4, 0.24),
            "52 l of 50° → 49,4 → 61,75 l of 40° → 60 l per 100 kg, 0,24 l ethanol/kg")
    p.check(close(lit[0] / lit_h[0], 1.14, 0.01) and close(lit[1] / lit[0], 1.15) and close(lit[2] / lit[1], 1.14, 0.01)
            and lit_h[0] <= 25 * 2 * 250 * 0.6, "+14 %, +15 %, +14 %; the old pot (7.500 l) made 2026")
    inv = p.part("# 12. Vốn", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 250 == 100 + 150 and sum(items[:4]) == 200, "capital 250, fixed 200")
    # PLANTED no-alcohol-license
    p.lacks(r"giấy phép|105/2017|17/2020|139/2025|rượu thủ công nhằm|cấp phép|xin phép|sản xuất rượu thủ công",
            "PLANTED no alcohol production licence or plan for one")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh số 28F8002741", "sản xuất đồ uống có cồn",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/LT", "tự công bố", "QCVN 6-3:2010/BYT",
          "Nghị định số 43/2017/NĐ-CP", "độ cồn 40%", "Cục Sở hữu trí tuệ", "thuế tiêu thụ đặc biệt",
          "bản đăng ký môi trường", "8.000 lít năm 2027, 9.200 lít năm 2028, 10.500 lít năm 2029", "110.000 đồng/chai",
          "320.000 đồng/bình", "550.000 đồng/can", "Tổng vốn đầu tư 250 triệu đồng", "(207,7 + 347,1 + 292,6) : 3 ≈ 282,5",
          "250 : (282,5 + 25) ≈ 0,8 năm", "148/QĐ-TTg", "1489/QĐ-TTg")
    not_planted(p)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def db06() -> Plan:
    p = Plan("db06_nuoc_ep_cam_vu_quang_ctcp")
    pr = p.part("## V. Kế hoạch sản xuất", "# PHẦN THỨ TƯ")
    a, b, c, lit = pr.row("Chai thủy tinh 250 ml"), pr.row("Lon nhôm 330 ml"), pr.row("Can 5 lít"), pr.row("Tổng nước ép")
    raw = p.part("## I. Nguồn nguyên liệu", "## II. Quy trình")
    lit2, cam, contract = raw.row("Nước ép cam"), raw.row("Cam nguyên liệu cần"), raw.row("Cam theo hợp đồng")
    eq = p.part("Bảng 5.", "Máy ép trục xoắn là")
    fin = p.part("## II. Dự toán", "Định mức bao bì")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Chai 250 ml (20.000"), fin.row("Lon 330 ml (15.000"),
                             fin.row("Can 5 lít (250.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cam nguyên liệu", "Chai, lon, can", "Điện, hơi, nước", "Tiền lương", "Khấu hao",
                                   "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    capacity = 400 * 8 * 120 / 1000  # tấn cam a season
    for y in Y:  # triệu đồng; lít, tấn
        p.check(lit[y] == a[y] * 0.25 + b[y] * 0.33 + c[y] * 5 == lit2[y], f"litres {y}")
        p.check(close(cam[y], lit[y] / 0.4 / 1000) and cam[y] <= contract[y] == 950, f"0,4 l/kg within 950 tấn {y}")
        p.check(close(ra[y], a[y] * 0.02) and close(rb[y], b[y] * 0.015) and close(rc[y], c[y] * 0.25)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], cam[y] * 6) and close(lines[1][y], a[y] * 0.0035 + b[y] * 0.0028 + c[y] * 0.015)
                and close(lines[2][y], lit[y] * 0.0015) and close(lines[3][y], 12 * 7 * 12 + 20 * 6 * 4)
                and close(lines[4][y], 1200 / 20 + 2650 / 10) and close(lines[5][y], [2000, 1500, 1000][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.10) and close(lines[7][y], 300), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(lit[y] / 120 / 8 <= 300 and lit[y] / 120 / 8 <= 500, f"centrifuge and pasteuriser keep up {y}")
    steps = chain(1000, 0.97, 0.44, 0.955, 0.98)
    p.check([round(x, 1) for x in steps] == [970.0, 426.8, 407.6, 399.4] and close(steps[-1] / 1000, 0.4, 0.01),
            "chain 970 → 426,8 → 407,6 → 399,4 l per tấn ≈ 0,4")
    p.check(close(lit[0] / 95000, 1.36, 0.01) and close(200 * 10 * 120 / 1000 * 0.4 * 1000, 96000),
            "+36 % on 2026 with the new line; the old press gave 96.000 l")
    # PLANTED capacity-exceeded
    p.check(capacity == 384 and cam[0] <= capacity and cam[1] <= capacity and close(cam[1] / capacity, 0.95, 0.01),
            "2027–2028 within 384 tấn")
    p.check(cam[2] == 434.5 and off(cam[2], capacity) and close(cam[2] / capacity, 1.132, 0.01),
            "PLANTED 2029: 173.800 l needs 434,5 tấn cam > 400 kg/h × 8 h × 120 days = 384 tấn (+13,2 %)")
    p.has("400 kg cam/giờ × 8 giờ/ngày × 120 ngày = 384 tấn", "Dây chuyền trên đáp ứng sản lượng kế hoạch của cả giai đoạn",
          "công ty không đầu tư thêm máy ép", "Số lao động giữ nguyên trong cả giai đoạn", "Dây chuyền chạy 1 ca 8 giờ/ngày")
    # PLANTED table-total-mismatch
    items = [eq.one(f"{i} |") for i in range(1, 8)]
    stated = eq.one("Cộng")
    p.check(sum(items) == 2350 and stated == 2650 and off(stated, sum(items)) and close(stated / sum(items), 1.128, 0.01),
            "PLANTED equipment total 2.650 != items 2.350 (+12,8 %)")
    inv = p.part("## I. Tổng vốn đầu tư", "## II. Dự toán")
    inv_items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(inv_items[1] == stated and sum(inv_items) == inv.one("Tổng cộng") == 5050 == 3050 + 2000,
            "the investment table carries 2.650 on; total 5.050 = sources (tolerated capital-mismatch: truly 4.750)")
    avg = sum(post) / 3
    p.check(close(avg, 1595.2, 0.001) and close(5050 / (avg + 325), 2.6, 0.02), "stated payback 2,6 on 5.050")
    true_avg = sum(post[y] + 30 * 0.83 for y in Y) / 3
    true_pb = 4750 / (true_avg + 295)
    p.check(close(true_pb, 2.48, 0.01) and off(5050 / (avg + 325), true_pb), "tolerated: 2,5 years on the true 4.750 (−6 %)")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|\btem\b|mã vạch|\bQR\b|in ngày",
            "PLANTED no label, label content or labelling decree (only 'nhãn hiệu')")
    p.has("chai thủy tinh 250 ml", "lon nhôm 330 ml", "can nhựa 5 lít", "nhãn hiệu")
    p.has("129.500 lít năm 2027, 146.100 lít năm 2028 và 173.800 lít năm 2029", "20.000 đồng/chai", "15.000 đồng/lon",
          "250.000 đồng/can", "Tổng lượng hợp đồng 950 tấn/năm", "Tổng vốn đầu tư của phương án là 5.050 triệu đồng",
          "(1.124,8 + 1.523,3 + 2.137,5) : 3 = 1.595,2", "5.050 : (1.595,2 + 325) ≈ 2,6 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/VQX", "tự công bố",
          "Cục Sở hữu trí tuệ", "ghi chép lô sản xuất", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    not_planted(p)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def db07() -> Plan:
    p = Plan("db07_ruou_dinh_lang_son_kim_cty")
    pr = p.part("# X – TỔ CHỨC", "# XI –")
    a, b, c, lit = pr.row("Chai 500 ml"), pr.row("Bình 2 lít"), pr.row("Can 5 lít"), pr.row("Tổng sản lượng")
    raw = p.part("# VIII – NGUỒN", "# IX –")
    lit2, base, rice, root = (raw.row("Rượu đinh lăng 35 độ"), raw.row("Rượu nền 40 độ"), raw.row("Gạo nếp cần"),
                              raw.row("Rễ đinh lăng khô cần"))
    fin = p.part("# XII – HIỆU QUẢ", "Ghi chú:")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Chai 500 ml (280.000"), fin.row("Bình 2 lít nguyên củ"),
                             fin.row("Can 5 lít (1.000.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Gạo nếp (28.000", "Men (1.000", "Rễ đinh lăng khô", "Chai, bình, can", "Củi, điện",
                                   "Tiền lương", "Khấu hao", "Lãi vay", "Thuế tiêu thụ đặc biệt", "Bán hàng, quảng bá",
                                   "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; lít, kg
        p.check(lit[y] == a[y] * 0.5 + b[y] * 2 + c[y] * 5 == lit2[y], f"litres {y}")
        p.check(close(base[y], lit[y] * 0.92) and close(rice[y], base[y] / 0.75) and close(root[y], lit[y] * 0.06)
                and rice[y] <= 30000 and root[y] <= 1500 and rice[y] <= 2 * 40 * 2 * 260, f"materials, stills {y}")
        p.check(close(ra[y], a[y] * 0.28) and close(rb[y], b[y] * 0.95) and close(rc[y], c[y] * 1.0)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.028) and close(lines[1][y], rice[y] * 0.001)
                and close(lines[2][y], root[y] * 0.3) and close(lines[3][y], a[y] * 0.015 + b[y] * 0.08 + c[y] * 0.015)
                and close(lines[4][y], base[y] * 0.002) and close(lines[5][y], 10 * 7 * 12)
                and close(lines[6][y], 2500 / 10) and close(lines[7][y], [1200, 900, 600][y] * 0.08)
                and close(lines[8][y], excise(rev[y], y)) and close(lines[9][y], rev[y] * 0.08)
                and close(lines[10][y], 200), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(0.92 * 0.40, 0.368) and close(0.368 * 0.95, 0.35, 0.01), "0,368 l ethanol − 5 % = 0,35 l = 1 l of 35°")
    p.check(close(rice[2] / 41600, 0.56, 0.01) and 120 * 300 == 36000 and lit[2] <= 36000 * 2, "56 %; 120 jars × 2 turns")
    p.check(close(lit[0] / 13200, 1.136, 0.01), "+13,6 % on 2026")
    inv = p.part("# XI – VỐN", "Tổng vốn đầu tư của phương án")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3800 and sum(items[:5]) == 2500, "investment 3.800 adds up, fixed 2.500")
    # PLANTED capital-mismatch
    sources = 2000 + 1200 + 150
    p.check(sources == 3350 and off(sources, 3800) and close(sources / 3800, 0.882, 0.01),
            "PLANTED sources 2.000 + 1.200 + 150 = 3.350 != 3.800 (−11,8 %)")
    p.has("vốn chủ sở hữu của công ty 2.000 triệu đồng", "1.200 triệu đồng, thời hạn 5 năm",
          "kinh phí hỗ trợ từ Chương trình OCOP theo Quyết định số 919/QĐ-TTg 150 triệu đồng",
          "Các nguồn vốn trên bảo đảm đủ tổng vốn đầu tư của phương án",
          "Tổng vốn đầu tư của phương án là 3.800 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 1108.4, 0.001) and close(3800 / (avg + 250), 2.8, 0.01), "average 1.108,4, payback 2,8 (right)")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Quyết định số 919/QĐ-TTg ngày 01/8/2022", "Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg",
          "Phòng Kinh tế – Hạ tầng huyện Hương Sơn", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
          "Hội đồng OCOP cấp huyện Hương Sơn", "tháng 01 năm 2027")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|hai cấp|cấp tỉnh", "PLANTED the current instruments and the two-level process are not cited")
    # PLANTED no-environment-measures
    p.has("lò hơi đốt củi", "chưng cất")
    p.lacks(r"môi trường|nước thải|chất thải|\bthải\b|\bbã\b|khói|xử lý|thu gom|biogas|chăn nuôi|\blợn\b|ô nhiễm|\brác\b|"
            r"\btro\b|phân bón|bể lắng|hố lắng|đăng ký môi trường", "PLANTED no environmental measure (stillage, boiler, wash water)")
    p.has("Giấy phép sản xuất rượu công nghiệp", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2024/TMSK",
          "tự công bố", "độ cồn 35%", "Cục Sở hữu trí tuệ", "mã QR truy xuất", "thuế tiêu thụ đặc biệt",
          "15.000 lít năm 2027, 17.000 lít năm 2028, 19.000 lít năm 2029", "280.000 đồng/chai", "950.000 đồng/bình",
          "1.000.000 đồng/can", "(938,2 + 1.115,1 + 1.272) : 3 ≈ 1.108,4", "3.800 : (1.108,4 + 250) ≈ 2,8 năm")
    not_planted(p)
    return p


def db08() -> Plan:
    p = Plan("db08_ruou_nep_phu_luu_htx")
    pr = p.part("# 10. KẾ HOẠCH", "# 11.")
    a, b, c, lit = pr.row("Chai 500 ml"), pr.row("Chai 1 lít"), pr.row("Can 5 lít"), pr.row("Tổng sản lượng")
    raw = p.part("# 8. NGUỒN", "# 9.")
    lit2, rice, own = raw.row("Rượu nếp 40 độ"), raw.row("Gạo nếp cần"), raw.row("Gạo nếp của thành viên")
    fin = p.part("# 14. HIỆU QUẢ", "Định mức bao bì")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("- Chai 500 ml (140.000"), fin.row("- Chai 1 lít (240.000"),
                             fin.row("- Can 5 lít (1.000.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("- Gạo nếp (27.000", "- Men (1.000", "- Chai, can, nút", "- Trấu, điện", "- Tiền lương",
                                   "- Khấu hao", "- Lãi vay", "- Thuế tiêu thụ đặc biệt", "- Bán hàng", "- Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; lít, kg
        p.check(lit[y] == a[y] * 0.5 + b[y] * 1 + c[y] * 5 == lit2[y], f"litres {y}")
        p.check(close(rice[y], lit[y] / 0.7) and rice[y] <= own[y] == 20800 and rice[y] <= 60 * 2 * 250,
                f"0,7 l/kg within 20,8 tấn and the 30-tấn still {y}")
        p.check(close(ra[y], a[y] * 0.14) and close(rb[y], b[y] * 0.24) and close(rc[y], c[y] * 1.0)
                and close(rev[y], ra[y] + rb[y] + rc[y]) and rev[y] < 3000, f"revenue under 3 tỷ {y}")
        p.check(close(lines[0][y], lit[y] / 0.7 * 0.027) and close(lines[1][y], lit[y] / 0.7 * 0.001)
                and close(lines[2][y], a[y] * 0.009 + b[y] * 0.012 + c[y] * 0.015) and close(lines[3][y], lit[y] * 0.002)
                and close(lines[4][y], 6 * 6 * 12) and close(lines[5][y], 600 / 10)
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], excise(rev[y], y))
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax follows the stated profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    # PLANTED profit-mismatch
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 224.9) and pre[1] == 324.9 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 324,9 != 2.728 − 2.503,1 = 224,9 (+44 %)")
    avg = sum(post) / 3
    true_post1 = (rev[1] - cost[1]) * 0.85
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(close(avg, 217.9, 0.001) and round(900 / (avg + 60), 1) == 3.2, "stated payback 3,2")
    p.check(close(900 / (true_avg + 60), 3.6, 0.01) and off(3.2, 900 / (true_avg + 60)), "tolerated knock-on: truly 3,6")
    steps = chain(74, 0.946)
    p.check(close(steps[0], 70, 0.001), "74 l − 5,4 % = 70 l per 100 kg")
    p.check(close(lit[0] / 9000, 1.11, 0.01) and 9000 / 0.7 / (20 * 3) > 200, "+11 %; 2026 took the old pot >200 days")
    p.check(200 + 250 + 80 + 70 + 50 + 250 == 900 == 500 + 400 and 200 + 250 + 80 + 70 == 600, "capital 900, fixed 600")
    inv = p.part("# 12. VỐN", "Tổng vốn đầu tư 900")
    p.check(sum(inv.one(f"{i} |") for i in range(1, 7)) == inv.one("Tổng cộng") == 900, "investment table 900")
    # PLANTED name-inconsistent
    p.check(p.count("Hợp tác xã Rượu nếp Đức Thuận") == 2 and p.count("Hợp tác xã Dịch vụ nông nghiệp Phù Lưu") == 1
            and p.count("HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP PHÙ LƯU") == 1, "PLANTED another producer's name, twice")
    # PLANTED no-quality-control
    p.lacks(r"kiểm soát|truy xuất|nhật ký|\bsổ\b|\blô\b|lưu mẫu|\bQR\b|HACCP|\bISO\b|kiểm tra|theo dõi|định kỳ|KCS|"
            r"mã vạch|chất lượng nội bộ", "PLANTED no internal quality control, batch record or traceability")
    p.check(p.count("kiểm nghiệm") == 3, "'kiểm nghiệm' only in the market text, the budget line and the one-off test")
    p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/PL", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "thuế tiêu thụ đặc biệt",
          "đăng ký môi trường", "10.000 lít năm 2027, 11.000 lít năm 2028, 12.000 lít năm 2029", "140.000 đồng/chai",
          "240.000 đồng/chai", "1.000.000 đồng/can", "(158,9 + 276,2 + 218,5) : 3 ≈ 217,9", "900 : (217,9 + 60) ≈ 3,2 năm",
          "148/QĐ-TTg", "1489/QĐ-TTg", "12 thành viên chính thức")
    not_planted(p)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def db09() -> Plan:
    p = Plan("db09_nuoc_binh_thanh_tuyen_ho")
    pr = p.part("## 4.6.", "# CHƯƠNG V")
    b, c, lit = pr.row("Bình 19 lít"), pr.row("Chai 500 ml"), pr.row("Tổng sản lượng")
    hist = p.part("## 3.1.", "## 3.2.")
    lit_h, rev_h = hist.row("2026", 2), [hist.row(x, 2) for x in ("2024", "2025", "2026")]
    fin = p.part("## 5.2.", "## 5.3.")
    rev, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Bình 19 lít (10.000"), fin.row("Chai 500 ml (3.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Chai, nắp, nhãn", "Thùng carton", "Nắp, màng co, tem", "Điện, lõi lọc", "Tiền công",
                                   "Khấu hao", "Lãi vay", "Xăng xe", "Kiểm nghiệm, chi khác")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # đồng; lít
        p.check(lit[y] == b[y] * 19 + c[y] * 0.5, f"litres {y}")
        p.check(close(rb[y], b[y] * 10000) and close(rc[y], c[y] * 3000) and close(rev[y], rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], c[y] * 1100) and close(lines[1][y], c[y] / 24 * 4500) and close(lines[2][y], b[y] * 1200)
                and close(lines[3][y], lit[y] * 50) and close(lines[4][y], (2 * 5e6 + 2 * 6e6) * 12)
                and close(lines[5][y], 500e6 / 10) and close(lines[6][y], [200e6, 150e6, 100e6][y] * 0.09)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 20e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(lit[y] <= 1000 * 8 * 300 and b[y] <= 60 * 8 * 300 and c[y] <= 800 * 8 * 300, f"capacity {y}")
        p.check(lit[y] / 0.7 / 1000 / 300 < 4, f"well water under 4 m³/day {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(lit[y] / 0.7 / 1000) for y in (0, 2)] == [986, 1183], "986 and 1.183 m³")
    p.check(close(rev_h[0][0] / 19 * 10000, rev_h[0][1]) and close(rev_h[2][1], (26000 * 10000 + 212000 * 3000))
            and 26000 * 19 + 212000 * 0.5 == rev_h[2][0] and 24000 * 19 + 128000 * 0.5 == rev_h[1][0]
            and close(rev_h[1][1], 24000 * 10000 + 128000 * 3000), "history: jugs and bottles at today's prices")
    p.check(close(lit[0] / lit_h[0], 1.15) and 26000 / 52 == 500, "+15 % on 2026; 500 jugs a week")
    q = p.part("dự kiến năm 2027 theo quý", "Quý II và quý III")
    qb, qc = [q.row(f"Quý {x} |", 2) for x in ("I", "II", "III", "IV")], q.row("Cả năm", 2)
    p.check(sum(x[0] for x in qb) == qc[0] == b[0] and sum(x[1] for x in qb) == qc[1] == c[0], "quarters sum to 2027")
    p.check(60 * 8 * 300 == 144000 and 800 * 8 * 300 == 1920000 and round(lit[2] / 2.4e6 * 100, 1) == 34.5,
            "144.000 bình, 1.920.000 chai, 35 %")
    inv = p.part("## 5.1.", "## 5.2.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600e6 == 400e6 + 200e6 and sum(items[:4]) == 500e6,
            "capital 600 tr = 400 + 200, fixed 500")
    # PLANTED payback-mismatch
    avg = sum(prof) / 3
    true = 600e6 / (avg + 50e6)
    p.check(avg == 300950000 and close(true, 1.71, 0.01) and off(1.2, true) and off(1.2, 600e6 / avg),
            "PLANTED payback 1,2 years != 600.000.000 : 350.950.000 = 1,7 (2,0 without depreciation)")
    p.has("600.000.000 : (300.950.000 + 50.000.000) ≈ 1,2 năm", "(237.500.000 + 300.950.000 + 364.400.000) : 3 = 300.950.000")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|đăng ký hộ|"
            r"thành lập|giấy phép|công ty|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký thành|\bthuế\b",
            "PLANTED no business registration, tax code or plan to register")
    p.check(p.count("đăng ký") == 1 and "đã đăng ký khai thác nước dưới đất" in p.body,
            "the only 'đăng ký' is the groundwater registration")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng",
            "PLANTED no trademark or IP protection")
    p.check(p.count("Thanh Tuyền") >= 3, "the product is sold under the name Thanh Tuyền")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, dự kiến nộp trong quý II/2027", "QCVN 6-1:2010/BYT",
          "tự công bố", "Nghị định số 43/2017/NĐ-CP", "số lô", "lưu 2 chai mẫu", "690.000 lít năm 2027",
          "10.000 đồng/bình", "3.000 đồng/chai", "Tổng vốn đầu tư 600.000.000 đồng", "148/QĐ-TTg", "1489/QĐ-TTg")
    not_planted(p)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def db10() -> Plan:
    p = Plan("db10_tra_ca_gai_leo_thien_loc_htx")
    pr = p.part("# 11/", "# 12/")
    h, g, bao, kg = pr.row("Hộp túi lọc 60 g"), pr.row("Gói trà khô 200 g"), pr.row("Bao 5 kg"), pr.row("Tổng trà khô")
    raw = p.part("# 8/", "# 9/")
    kg2, fresh, own = raw.row("Trà khô"), raw.row("Cà gai leo tươi cần"), raw.row("Nguồn của thành viên")
    hist = p.part("# 4/", "# 5/")
    kg_h, rev_h = hist.row("2026", 3), None
    org = p.part("# 10/", "# 11/")
    st = org.row("Tổng lao động")
    fin = p.part("# 13/", "Bao bì: hộp")
    rev, rh, rg, rb, cost = (fin.row("Doanh thu |"), fin.row("Hộp túi lọc 60 g (45.000"), fin.row("Gói trà khô 200 g (60.000"),
                             fin.row("Bao 5 kg bán buôn (900.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cà gai leo tươi", "Bao bì, túi lọc", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng, vận chuyển", "Quảng bá, hội chợ", "Quản lý, chi khác")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập doanh nghiệp"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; kg, tấn
        p.check(kg[y] == h[y] * 0.06 + g[y] * 0.2 + bao[y] * 5 == kg2[y], f"kg {y}")
        p.check(close(fresh[y], kg[y] * 4 / 1000) and fresh[y] <= own[y] == 12 * 6 and fresh[y] <= 1 * 250,
                f"4 kg fresh/kg within 12 ha × 6 tấn and the 250-tấn dryer: no material or capacity defect {y}")
        p.check(h[y] * 20 <= 40 * 60 * 8 * 250, f"tea-bag machine {y}")
        p.check(close(rh[y], h[y] * 0.045) and close(rg[y], g[y] * 0.06) and close(rb[y], bao[y] * 0.9)
                and close(rev[y], rh[y] + rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 8) and close(lines[1][y], h[y] * 0.007 + g[y] * 0.003 + bao[y] * 0.01)
                and close(lines[2][y], kg[y] * 0.004) and close(lines[3][y], st[y] * 6 * 12)
                and close(lines[4][y], 800 / 8) and close(lines[5][y], [400, 300, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 30) and close(lines[8][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * [0.15, 0.17, 0.17][y]) and close(post[y], pre[y] - tax[y])
                and (rev[y] <= 3000) == (y == 0), f"tax 15 / 17 % by revenue {y}")
    staff_sum(p, org, ("Quản lý, kế toán", "Sơ chế, sấy", "Đóng gói", "Bán hàng, giao hàng"), st)
    steps = chain(1000, 0.97, 0.24 / 0.90, 0.97)
    p.check([round(x, 1) for x in steps] == [970.0, 258.7, 250.9] and close(1000 / steps[-1], 4, 0.01), "chain 4 kg/kg")
    p.check(close(kg[0] / kg_h[0], 1.23, 0.01), "2027 +23 % on 2026 (not the defect)")
    # PLANTED unrealistic-growth
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(close(g1, 2.2) and close(g2, 2.2) and close(rev[1] / rev[0], 2.2) and close(rev[2] / rev[1], 2.2)
            and off(g1, 1.5) and off(g2, 1.5), "PLANTED output and revenue ×2,2 in 2028 and again in 2029")
    p.check(close(lines[0][2], 534.3) and 534.3 / 100 > 5 and lines[7][0] == lines[7][2] == 30
            and close(post[2] / rev[2], 0.44, 0.01), "534 triệu of leaf against 100 triệu working capital; flat promotion; 44 %")
    market = p.body.split("# 7/ Thị trường tiêu thụ", 1)[1].split("# 8/", 1)[0]
    p.check("rất rộng lớn" in market and "ngày càng tăng" in market and "hợp đồng" not in market
            and "tiếp tục bán qua các kênh trên" in market, "market: generic demand, the same channels, no contract")
    # PLANTED figure-inconsistent
    p.has("Các thành viên có tổng diện tích trồng cà gai leo 18 ha", "Hiện 25 thành viên trồng 12 ha cà gai leo")
    p.check(off(18, 12) and 12 * 6 >= fresh[2] and p.count("18 ha") == 1, "PLANTED 18 ha != 12 ha; either covers the need")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu (vi sinh|hóa|chất lượng|an toàn)|hợp quy|hợp chuẩn",
            "PLANTED no product standard, declaration or laboratory test")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "ghi sổ từng lô", "đăng ký môi trường", "3.450 kg năm 2027, 7.590 kg năm 2028 và 16.698 kg năm 2029",
          "45.000 đồng/hộp", "60.000 đồng/gói", "900.000 đồng/bao", "Tổng vốn đầu tư 1.000 triệu đồng",
          "(236,3 + 1.065,2 + 3.061,6) : 3 ≈ 1.454,4", "1.000 : (1.454,4 + 100) ≈ 0,6 năm", "148/QĐ-TTg", "1489/QĐ-TTg")
    avg = sum(post) / 3
    p.check(close(1000 / (avg + 100), 0.64, 0.01), "payback 0,6 follows the figures")
    inv = p.part("# 12/", "# 13/")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 800, "capital 1.000, fixed 800")
    not_planted(p)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("db11_ruou_nep_que_thach_lac_so_sai")
    a.check(2000 * 80000 == 160e6 and 2000 / 3000 < 0.75, "2.000 lít × 80.000 = 160 triệu; 0,67 l/kg")
    a.has("khoảng 2.000 lít", "80.000 đồng/lít", "khoảng 160 triệu đồng", "khoảng 3.000 kg gạo nếp", "3 quán nhậu")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 300, f"no table, 150–300 words ({a.words()})")
    a.check(len(set(re.findall(r"\d[\d.,]* (?:lít|kg|đồng|triệu)", a.body))) == 4, "four figures in all")
    a.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|\bbã\b|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận", "every gap is real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("db12_nuoc_ep_buoi_phuc_trach_so_sai")
    b.check(3000 * 25000 == 75e6 and close(3000 * 0.33, 990), "3.000 chai × 25.000 = 75 triệu; 990 l from 3 tấn")
    b.has("khoảng 3 tấn bưởi quả", "25.000 đồng/chai", "khoảng 3.000 chai", "khoảng 75 triệu đồng", "2 quán cà phê")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 300, f"no table, 150–300 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|vỏ bưởi|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận", "every gap is real (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (db01, db02, db03, db04, db05, db06, db07, db08, db09, db10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
