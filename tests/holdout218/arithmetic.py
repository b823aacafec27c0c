"""The 218th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout218/arithmetic.py [hk01 hk05 ...]

Theme: value-added tax in the figures. Enterprises (and one cooperative) that charge VAT quote
their prices "chưa thuế GTGT" with the VAT and the price "đã gồm VAT" beside them, state revenue
net of VAT and print the output VAT, the deductible input VAT and the VAT payable in their own
rows or tables; the small cooperative and the tổ hợp tác pay VAT as a flat share of revenue
(phương pháp trực tiếp, 3 %), the household businesses pay a flat share of revenue (thuế GTGT và
TNCN, or TNCN alone for bottled honey), the family sells at the price it is paid, the craft company
exports at 0 %. Each full plan says which basis every figure is on.

For every full plan (hk01-hk10) the constants give the products (pack size in the plan's base unit,
the 2027 price on the plan's basis, the 2027 packs), the yearly growth of output and prices, the
2024-2026 history, the raw materials (norm, price, supply rows as count x yield), the capacity
(rating x days), staff and wages, the cost lines, investment items with the VAT on them, capital
sources, loans, the VAT regime (rate, or the flat rate on revenue). `model()` turns them into every
figure the plan prints, `tables()` into every table cell; the generator that wrote the plans (kept
outside the repository) used the same two functions. This script reads each plan's tables back
from its source (found by their caption "Bảng N."), compares every numeric cell with the model
(within 1 %), lists the cells that differ from the model *without* the planted defects and requires
them to be exactly the planted cells and their declared knock-ons (the planted ones wrong by more
than 5 %), evaluates the reviewer's relations (revenue = packs x price on the stated basis, VAT =
rate x net revenue, gross = net + VAT, totals, profit = revenue - cost, sources = investment,
payback = investment / (average profit + depreciation), raw-material need within supply, output
within capacity, revenue growth under 35 % a year) and requires the failing ones to be exactly the
planted ones; checks the figures the prose repeats; checks the textual defects by the absence or
presence of their words and the ready plans for outdated instruments. Sketchy plans: 150-350 words,
no table, their few figures.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|13/2008/QH12|219/2013|Luật Hợp tác xã (năm )?2012|23/2012/QH13|"
            r"cấp huyện|UBND huyện|Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def i(n: float) -> str:
    """Integer with dotted thousands."""
    s = f"{round(n):,}"
    return s.replace(",", ".")


def d(x: float, k: int = 1) -> str:
    """Decimal with comma, dotted thousands."""
    s = f"{x:,.{k}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pct(x: float, k: int = 1) -> str:
    return d(x * 100, k)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, 2027 price đ on the plan's basis, 2027 packs,
#            packaging cost đ/pack (net of VAT where VAT is deducted))
# vat: "deduct" (price net of VAT, VAT charged on top), "direct" (flat % of revenue, payment price),
#      "household" (flat % of revenue, payment price), "none" (payment price, no tax)
# raws: (label, unit, norm per base unit, price đ/unit, supply rows (label, counts per year, word, yield),
#        basis product indexes or None = all)
# caps: (label, per day, days, product indexes or None) ; roles: (role, staff per year)
# inv: (label, triệu, kind) kind: fixed = depreciated, soft = not depreciated, wc = working capital
# (VAT applies to fixed and soft items where the plan shows it)
PLANS: dict[str, dict] = {
    "hk01": dict(
        stem="hk01_nuoc_mam_hai_yen_cty", verdict="ready", vat="deduct", rate=0.10, unit="lít",
        short=["Nước mắm cốt 40 độ đạm, chai 500 ml", "Nước mắm 30 độ đạm, chai 1 lít",
               "Nước mắm 20 độ đạm, can 5 lít"],
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 70000, 20000, 4500),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, 60000, 14000, 6000),
                  ("Nước mắm cá cơm 20 độ đạm, can 5 lít", "can", 5, 180000, 1200, 12000)],
        g_out=(0.08, 0.08), g_price=(0.03, 0.03),
        hist=dict(out=[24000, 25900, 27800], price=[72000, 75000, 78000], margin=[0.10, 0.105, 0.11]),
        raws=[("Cá cơm tươi", "kg", 1.25, 18000,
               [("Tàu cá của 8 ngư dân thôn Hải Phong (hợp đồng)", [8, 8, 8], "tàu", 5000),
                ("Vựa cá cảng Cửa Sót (hợp đồng)", [2, 2, 2], "vựa", 6000)], None),
              ("Muối hạt", "kg", 0.40, 3000,
               [("Hợp tác xã muối Thạch Hội (hợp đồng)", [1, 1, 1], "hợp đồng", 16000)], None)],
        caps=[("Công suất bể chượp (140 thùng × 320 lít/năm)", 320, 140, None)],
        energy=1200,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp, kéo rút", [4, 4, 4]),
               ("Lọc, chiết chai, đóng thùng", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05, sell=0.06, other=80, vat_in=("pack", "energy", "sell"),
        inv=[("Nhà thùng chượp có mái che 300 m²", 380, "fixed"),
             ("40 thùng chượp composite 2 m³", 240, "fixed"),
             ("Máy lọc, chiết rót, đóng nắp bán tự động", 360, "fixed"),
             ("Kho thành phẩm 80 m²", 180, "fixed"),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 40, "soft"),
             ("Vốn lưu động", 300, "wc")],
        inv_vat=True,
        src=[("Vốn chủ sở hữu của công ty", 820),
             ("Vay Ngân hàng TMCP Đầu tư và Phát triển, chi nhánh Hà Tĩnh", 800)],
        life=10, dep_old=34, loan=[800, 650, 500], loan_rate=0.085,
        costs=[("raw0", "Cá cơm nguyên liệu"), ("raw1", "Muối hạt"), ("pack", "Chai, can, thùng carton"),
               ("energy", "Điện, nước"), ("wages", "Tiền lương, bảo hiểm"), ("sell", "Bán hàng, vận chuyển"),
               ("dep", "Khấu hao tài sản cố định"), ("int", "Lãi vay ngân hàng"), ("other", "Chi phí khác")]),
    "hk02": dict(
        stem="hk02_che_xanh_son_kim_htx", verdict="ready", vat="direct", flat=0.03, unit="kg",
        products=[("Chè búp sao khô, túi 200 g", "túi", 0.2, 80000, 6000, 3000),
                  ("Chè búp sao khô, hộp giấy 500 g", "hộp", 0.5, 190000, 1000, 8000),
                  ("Chè xanh khô, bao 1 kg cho quán nước", "bao", 1, 300000, 600, 4000)],
        g_out=(0.05, 0.05), g_price=(0.02, 0.02),
        hist=dict(out=[1900, 2050, 2200], price=[330000, 340000, 350000], margin=[0.13, 0.14, 0.15]),
        raws=[("Búp chè tươi", "kg", 4.8, 12000,
               [("Đồi chè của hợp tác xã", [2, 2, 2], "ha", 6000),
                ("Hộ thành viên thôn Khe Tre", [10, 10, 10], "hộ", 400)], None)],
        caps=[("Công suất dây chuyền sao, sấy (12 kg/ngày × 250 ngày)", 12, 250, None)],
        energy=9000,
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Hái, làm héo, sao, sấy", [3, 3, 3]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=4.8, g_wage=0.04, sell=0.05, other=40,
        inv=[("Máy sao chè quay và máy vò chè", 150, "fixed"),
             ("Máy sấy chè bơm nhiệt", 180, "fixed"),
             ("Cải tạo xưởng chế biến 80 m²", 120, "fixed"),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 30, "soft"),
             ("Vốn lưu động", 120, "wc")],
        inv_vat=False,
        src=[("Vốn góp của thành viên", 280), ("Quỹ đầu tư phát triển của hợp tác xã", 80),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 240)],
        life=10, dep_old=12, loan=[240, 180, 120], loan_rate=0.07,
        costs=[("raw0", "Búp chè tươi"), ("pack", "Bao bì, túi, hộp"), ("energy", "Củi, điện sao sấy"),
               ("wages", "Tiền công lao động"), ("sell", "Bán hàng, quảng bá"),
               ("tax", "Thuế GTGT tính trực tiếp (3 % doanh thu)"), ("dep", "Khấu hao"),
               ("int", "Lãi vay"), ("other", "Chi phí khác")]),
    "hk03": dict(
        stem="hk03_mat_ong_huong_do_hkd", verdict="ready", vat="household", flat=0.015, unit="kg",
        products=[("Mật ong rừng tràm, chai 500 g", "chai", 0.5, 160000, 3600, 6000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 240000, 1200, 9000),
                  ("Mật ong hoa nhãn, chai 250 g", "chai", 0.25, 90000, 2000, 4500)],
        g_out=(0.06, 0.06), g_price=(0.03, 0.03),
        hist=dict(out=[2900, 3100, 3300], price=[270000, 280000, 290000], margin=[0.15, 0.16, 0.17]),
        raws=[("Mật ong thô", "kg", 1.08, 70000,
               [("Đàn ong của hộ", [350, 375, 400], "đàn", 12)], None)],
        caps=[("Công suất máy hạ thủy phần (40 kg/mẻ × 200 mẻ)", 40, 200, None)],
        energy=2000,
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [3, 3, 3]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=6.0, g_wage=0.05, sell=0.05, other=30,
        inv=[("Bổ sung 50 thùng ong và đàn giống", 75, "fixed"),
             ("Máy hạ thủy phần mật ong 40 kg/mẻ", 150, "fixed"),
             ("Phòng lọc, đóng chai 30 m²", 120, "fixed"),
             ("Bồn inox, máy lọc, máy quay mật", 60, "fixed"),
             ("Chai, hũ, nhãn, kiểm nghiệm", 35, "soft"),
             ("Vốn lưu động", 160, "wc")],
        inv_vat=False,
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, dep_old=10, loan=[300, 200, 100], loan_rate=0.07,
        costs=[("raw0", "Mật ong thô (giá thành nuôi ong)"), ("pack", "Chai, hũ, nắp, nhãn"),
               ("energy", "Điện, nước"), ("wages", "Tiền công lao động"), ("sell", "Bán hàng, vận chuyển"),
               ("tax", "Thuế TNCN 1,5 % doanh thu"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("other", "Chi phí khác")]),
    "hk04": dict(
        stem="hk04_du_lich_rung_ngap_man_xuan_lien_ctcp", verdict="ready", vat="deduct", rate=0.10,
        unit="lượt", cit=0.15, no_out_total=True, need_base="suất ăn",
        short=["Tour 1 ngày (khách)", "Homestay (phòng đêm)", "Bữa ăn đặc sản (suất)", "Kayak, xe đạp (lượt)"],
        lab=dict(h_out="Lượt sử dụng dịch vụ", h_price="Doanh thu bình quân (đồng/lượt, chưa VAT)",
                 h_rev="Doanh thu chưa VAT (triệu đồng)", h_profit="Lợi nhuận trước thuế (triệu đồng)",
                 price_unit="ĐVT: đồng/khách, phòng đêm, suất, lượt", s_rev="Doanh thu chưa thuế GTGT",
                 s_profit="Lợi nhuận trước thuế", cash="Lợi nhuận sau thuế và khấu hao",
                 price_gross="Niêm yết 2027 (gồm VAT)"),
        products=[("Tour trải nghiệm rừng ngập mặn – làng chài 1 ngày", "khách", 1, 350000, 3200, 0),
                  ("Lưu trú homestay, phòng đôi", "phòng đêm", 1, 500000, 1400, 0),
                  ("Bữa ăn đặc sản cho khách lẻ", "suất", 1, 150000, 2500, 0),
                  ("Thuê thuyền kayak, xe đạp", "lượt", 1, 60000, 1800, 0)],
        g_out=(0.10, 0.10), g_price=(0.0, 0.0),
        hist=dict(out=[6200, 7100, 8000], price=[230000, 235000, 240000], margin=[0.08, 0.10, 0.11]),
        raws=[("Hải sản tươi (cá, tôm, cua)", "kg", 0.25, 180000,
               [("Tổ khai thác thủy sản ven đầm (hợp đồng)", [1, 1, 1], "tổ", 2000)], [0, 2]),
              ("Rau, củ sạch", "kg", 0.30, 20000,
               [("Hộ trồng rau thôn Xuân Hải (hợp đồng)", [6, 6, 6], "hộ", 400)], [0, 2])],
        caps=[("Sức chứa homestay (8 phòng × 365 đêm)", 8, 365, [1]),
              ("Sức đón khách tour (40 khách/ngày × 250 ngày)", 40, 250, [0])],
        piece=[60000, 50000, 0, 5000],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Hướng dẫn viên", [4, 4, 4]),
               ("Lễ tân, buồng phòng", [3, 3, 3]), ("Bếp, phục vụ", [3, 3, 3])],
        wage=6.0, g_wage=0.05, sell=0.06, fix_util=[96, 100, 105], other=60,
        vat_in=("piece", "fix_util", "sell", "other"),
        inv=[("Nâng cấp 8 phòng homestay", 640, "fixed"),
             ("Nhà ăn và bếp 120 m²", 300, "fixed"),
             ("12 thuyền kayak, áo phao, xe đạp", 120, "fixed"),
             ("Đường dạo, chòi ngắm chim trong rừng ngập mặn", 240, "fixed"),
             ("Website, biển chỉ dẫn, tờ gấp", 60, "soft"),
             ("Vốn lưu động", 150, "wc")],
        inv_vat=True,
        src=[("Vốn góp của cổ đông", 946), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, dep_old=40, loan=[700, 560, 420], loan_rate=0.085,
        costs=[("raw0", "Hải sản tươi"), ("raw1", "Rau, củ sạch"),
               ("piece", "Dịch vụ thuê ngoài (đò, nghệ nhân, giặt là)"), ("wages", "Tiền lương, bảo hiểm"),
               ("fix_util", "Điện, nước, internet"), ("sell", "Quảng bá, hoa hồng đại lý"),
               ("dep", "Khấu hao"), ("int", "Lãi vay"), ("other", "Chi phí khác")]),
    "hk05": dict(
        stem="hk05_banh_ram_dong_loc_ctcp", verdict="revise", vat="deduct", rate=0.10, unit="kg",
        lab=dict(s_rev="Doanh thu chưa VAT", h_price="Giá bình quân (đồng/kg, chưa VAT)",
                 h_rev="Doanh thu chưa VAT (triệu đồng)"),
        products=[("Bánh ram hộp 10 chiếc (400 g)", "hộp", 0.4, 45000, 30000, 3500),
                  ("Bánh ram tươi, khay 20 chiếc cho nhà hàng", "khay", 0.8, 70000, 12000, 2000),
                  ("Bánh ram chiên sẵn cấp đông, túi 1 kg", "túi", 1, 110000, 4000, 3000)],
        g_out=(0.07, 0.07), g_price=(0.03, 0.03),
        hist=dict(out=[21000, 22600, 24000], price=[92000, 95000, 98000], margin=[0.09, 0.10, 0.11]),
        raws=[("Gạo nếp cái", "kg", 0.45, 24000,
               [("Hộ trồng nếp thôn Trung Lộc (hợp đồng)", [40, 40, 40], "hộ", 400)], None),
              ("Nhân thịt, tôm, đậu xanh", "kg", 0.22, 90000,
               [("Cơ sở giết mổ, sơ chế Hồng Phúc (hợp đồng)", [1, 1, 1], "cơ sở", 8000)], None)],
        caps=[("Công suất dây chuyền cán, nặn, chiên (130 kg/ngày × 300 ngày)", 130, 300, None)],
        energy=6000,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Làm vỏ, làm nhân, nặn bánh", [6, 6, 6]),
               ("Chiên, cấp đông, đóng hộp", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.8, g_wage=0.05, sell=[110, 118, 126], other=70,
        vat_in=("pack", "energy", "sell"),
        inv=[("Máy cán vỏ và máy nặn bánh bán tự động", 420, "fixed"),
             ("Tủ cấp đông và kho lạnh 20 m³", 320, "fixed"),
             ("Cải tạo xưởng theo nguyên tắc một chiều", 260, "fixed"),
             ("Thiết kế hộp, nhãn", 40, "soft"), ("Vốn lưu động", 260, "wc")],
        inv_vat=True,
        src=[("Vốn góp của cổ đông", 804), ("Vay Ngân hàng TMCP Công Thương", 600)],
        life=10, dep_old=20, loan=[600, 480, 360], loan_rate=0.085,
        plant_rev_gross=(0, 1),
        costs=[("raw0", "Gạo nếp cái"), ("raw1", "Nhân thịt, tôm, đậu xanh"), ("pack", "Hộp, khay, túi"),
               ("energy", "Dầu chiên, gas, điện"), ("wages", "Tiền lương"), ("sell", "Bán hàng, quảng bá"),
               ("dep", "Khấu hao"), ("int", "Lãi vay"), ("other", "Chi phí khác")]),
    "hk06": dict(
        stem="hk06_tra_ca_gai_leo_truong_luu_htx", verdict="revise", vat="deduct", rate=0.10, unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 2,5 g", "hộp", 0.05, 45000, 40000, 6000),
                  ("Cà gai leo khô cắt lát, túi 500 g", "túi", 0.5, 120000, 5000, 3000),
                  ("Cà gai leo khô, bao 5 kg cho nhà thuốc", "bao", 5, 500000, 300, 8000)],
        g_out=(0.06, 0.06), g_price=(0.02, 0.02),
        hist=dict(out=[4800, 5200, 5600], price=[390000, 400000, 410000], margin=[0.12, 0.13, 0.14]),
        raws=[("Cây cà gai leo tươi", "kg", 5, 8000,
               [("Vùng trồng của hợp tác xã", [2, 2, 2], "ha", 15000),
                ("Hộ thành viên thôn Hạ Lưu", [10, 10, 10], "hộ", 1500)], None)],
        caps=[("Công suất máy sấy (32 kg khô/ngày × 260 ngày)", 32, 260, None)],
        energy=5000,
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [5, 5, 5]),
               ("Sấy, cắt, đóng túi lọc", [4, 4, 4]), ("Bán hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05, sell=0.08, other=60,
        vat_in=("pack", "energy", "sell"),
        inv=[("Nhà xưởng sơ chế, sấy 180 m²", 650, "fixed"),
             ("Máy sấy bơm nhiệt 2 buồng", 420, "fixed"),
             ("Máy cắt, nghiền, đóng túi lọc tự động", 480, "fixed"),
             ("Kho nguyên liệu 60 m²", 110, "fixed"),
             ("Thiết kế bao bì, mã QR truy xuất", 40, "soft"), ("Vốn lưu động", 200, "wc")],
        inv_vat=True,
        src=[("Vốn góp của thành viên", 700), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
        life=10, dep_old=20, loan=[1000, 800, 600], loan_rate=0.08,
        costs=[("raw0", "Cà gai leo tươi"), ("pack", "Túi lọc, hộp, bao bì"), ("energy", "Điện sấy, nước"),
               ("wages", "Tiền lương"), ("sell", "Bán hàng, quảng bá"), ("dep", "Khấu hao"),
               ("int", "Lãi vay"), ("other", "Chi phí khác")]),
    "hk07": dict(
        stem="hk07_mam_tom_thach_kim_hkd", verdict="revise", vat="household", flat=0.045, unit="kg",
        money="k", short=["Mắm tôm đặc, hũ 250 g", "Mắm tôm, hũ 500 g", "Mắm tôm, can 5 kg"],
        flat_split=[("Thuế GTGT (3 % doanh thu)", 0.03), ("Thuế TNCN (1,5 % doanh thu)", 0.015)],
        lab=dict(h_price="Giá bình quân (đồng/kg, giá thanh toán)", h_rev="Doanh thu (1.000 đồng)",
                 h_profit="Lợi nhuận (1.000 đồng)", price_unit="ĐVT: đồng/hũ, can (giá thanh toán)",
                 tax_base="Doanh thu tính thuế (giá thanh toán)"),
        products=[("Mắm tôm đặc, hũ 250 g", "hũ", 0.25, 22000, 24000, 2500),
                  ("Mắm tôm, hũ 500 g", "hũ", 0.5, 40000, 8000, 3500),
                  ("Mắm tôm, can 5 kg cho nhà hàng", "can", 5, 300000, 400, 10000)],
        g_out=(0.06, 0.06), g_price=(0.03, 0.03),
        hist=dict(out=[10300, 10900, 11400], price=[74000, 76000, 78000], margin=[0.12, 0.13, 0.13]),
        raws=[("Moi (tép biển) tươi", "kg", 1.1, 18000,
               [("Thuyền lưới moi của 6 hộ thôn Kim Hải (hợp đồng)", [6, 6, 6], "thuyền", 2500),
                ("Mua thêm tại bến cá Thạch Kim", [1, 1, 1], "bến", 3000)], None),
              ("Muối hạt", "kg", 0.25, 3000,
               [("Hộ làm muối thôn Kim Đông", [2, 2, 2], "hộ", 2000)], None)],
        caps=[("Công suất 70 chum, bể (kg/năm)", 250, 70, None)],
        energy=1000,
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Muối, ủ, phơi, quấy mắm", [2, 2, 2]),
               ("Đóng hũ, bán hàng", [2, 2, 2])],
        wage=5.0, g_wage=0.04, sell=0.05, other=20,
        inv=[("Nhà ủ mắm có mái che, nền láng 120 m²", 300, "fixed"),
             ("40 chum sành và 4 bể composite", 120, "fixed"),
             ("Máy xay mịn, máy đóng nắp hũ", 70, "fixed"),
             ("Hũ, can, nhãn, kiểm nghiệm", 30, "soft"), ("Vốn lưu động", 80, "wc")],
        inv_vat=False,
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, dep_old=8, loan=[300, 220, 140], loan_rate=0.066,
        plant_cost_total=(1, 799.1), plant_payback=1.5,
        costs=[("raw0", "Moi tươi"), ("raw1", "Muối hạt"), ("pack", "Hũ, can, nắp, nhãn"),
               ("energy", "Điện, nước"), ("wages", "Tiền công lao động"), ("sell", "Bán hàng, vận chuyển"),
               ("tax", "Thuế GTGT 3 % và TNCN 1,5 % trên doanh thu"), ("dep", "Khấu hao"),
               ("int", "Lãi vay"), ("other", "Chi phí khác")]),
    "hk08": dict(
        stem="hk08_may_tre_dan_phu_loc_cty", verdict="revise", vat="deduct", rate=0.10, unit="sản phẩm",
        vat_of=[0.10, 0.10, 0.0], no_use_row=True,
        short=["Giỏ mây bộ 3 chiếc", "Chao đèn tre đan", "Giỏ mây xuất khẩu (FOB)"],
        lab=dict(h_price="Giá bình quân (đồng/sản phẩm, chưa VAT)", h_rev="Doanh thu chưa VAT (triệu đồng)",
                 price_gross="2027 gồm VAT (xuất khẩu 0 %)", vat_out="Thuế GTGT đầu ra (10 % hàng nội địa)",
                 s_rev="Doanh thu chưa thuế GTGT", need_unit="sản phẩm"),
        products=[("Giỏ mây đan tay, bộ 3 chiếc", "bộ", 1, 280000, 6000, 15000),
                  ("Chao đèn tre đan", "chiếc", 1, 220000, 5000, 12000),
                  ("Giỏ mây xuất khẩu (giá FOB)", "chiếc", 1, 150000, 12000, 8000)],
        g_out=(0.15, 0.15), g_price=(0.02, 0.02),
        hist=dict(out=[17500, 19200, 21000], price=[188000, 192000, 196000], margin=[0.08, 0.09, 0.10]),
        raws=[("Mây sợi đã chẻ", "kg", 0.35, 70000,
               [("Cơ sở sơ chế mây Hòa Bình (hợp đồng)", [2, 2, 2], "cơ sở", 5000),
                ("Hộ khai thác mây thôn Tân Hương", [20, 20, 20], "hộ", 150)], None),
              ("Tre, nứa, guột", "kg", 0.8, 8000,
               [("Hộ trồng tre thôn Phú Lộc", [30, 30, 30], "hộ", 1000)], None)],
        caps=[("Công suất lò sấy chống mốc (2 lò × 45 sản phẩm/mẻ × 280 mẻ)", 90, 280, None)],
        energy=3000, piece=[95000, 75000, 45000],
        roles=[("Giám đốc, kế toán, xuất nhập khẩu", [3, 3, 3]), ("Kỹ thuật, kiểm hàng", [2, 2, 2]),
               ("Sấy, hoàn thiện, sơn", [5, 5, 5]), ("Đóng gói, kho, bán hàng", [2, 2, 2])],
        wage=6.5, g_wage=0.05, sell=0.07, other=100,
        vat_in=("raw0", "pack", "energy", "sell"),
        inv=[("Nhà kho, xưởng hoàn thiện 250 m²", 600, "fixed"),
             ("Máy chẻ nan, vót nan", 150, "fixed"),
             ("Buồng phun sơn PU", 180, "fixed"),
             ("Xe tải nhỏ 1,5 tấn", 350, "fixed"),
             ("Mẫu mã, catalogue, hội chợ", 60, "soft"), ("Vốn lưu động", 500, "wc")],
        inv_vat=True,
        src=[("Vốn chủ sở hữu", 974), ("Vay Ngân hàng TMCP Ngoại thương", 1000)],
        life=10, dep_old=30, loan=[1000, 800, 600], loan_rate=0.085,
        costs=[("raw0", "Mây sợi"), ("raw1", "Tre, nứa, guột"), ("piece", "Tiền công đan gia công"),
               ("pack", "Thùng carton, túi"), ("energy", "Điện, củi sấy"), ("wages", "Tiền lương"),
               ("sell", "Bán hàng, hội chợ, vận chuyển"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("other", "Chi phí khác")]),
    "hk09": dict(
        stem="hk09_bot_san_day_huong_binh_tht", verdict="revise", vat="direct", flat=0.03, unit="kg",
        no_balance=True, short=["Bột sắn dây, túi 500 g", "Bột sắn dây, hộp 1 kg", "Bột hoa bưởi, hũ 300 g"],
        lab=dict(h_price="Giá bình quân (đồng/kg, giá thanh toán)", price_unit="ĐVT: đồng (giá thanh toán)"),
        products=[("Bột sắn dây nguyên chất, túi 500 g", "túi", 0.5, 95000, 3000, 2500),
                  ("Bột sắn dây nguyên chất, hộp 1 kg", "hộp", 1, 180000, 800, 5000),
                  ("Bột sắn dây hoa bưởi, hũ 300 g", "hũ", 0.3, 75000, 1000, 4000)],
        g_out=(0.90, 0.80), g_price=(0.02, 0.02),
        hist=dict(out=[2200, 2380, 2570], price=[180000, 185000, 190000], margin=[0.10, 0.11, 0.12]),
        raws=[("Củ sắn dây tươi", "kg", 7, 5000,
               [("Ruộng sắn dây của 15 tổ viên", [15, 15, 15], "hộ", 1500),
                ("Ruộng sắn dây chung của tổ", [1, 1, 1], "ha", 12000),
                ("Hộ liên kết mới thôn Bình Minh", [0, 4, 9], "hộ", 1500)], None)],
        caps=[("Công suất máy nghiền, bể lắng (72 kg bột/ngày × 150 ngày)", 72, 150, None)],
        energy=4000,
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Rửa, nghiền, lọc, lắng", [2, 2, 2]),
               ("Phơi, đóng gói, bán hàng", [1, 1, 1])],
        wage=4.5, g_wage=0.04, sell=0.05, other=20,
        inv=[("Máy rửa, máy nghiền củ sắn dây", 60, "fixed"), ("6 bể lắng inox", 90, "fixed"),
             ("Nhà phơi, sấy có mái che 60 m²", 80, "fixed"),
             ("Túi, hộp, hũ đựng bột", 20, "soft"), ("Vốn lưu động", 50, "wc")],
        inv_vat=False,
        src=[("Vốn góp của tổ viên", 150), ("Vay Quỹ Hỗ trợ nông dân tỉnh", 150)],
        life=10, dep_old=5, loan=[150, 100, 50], loan_rate=0.06,
        costs=[("raw0", "Củ sắn dây tươi"), ("pack", "Túi, hộp, hũ"), ("energy", "Điện, nước"),
               ("wages", "Tiền công"), ("sell", "Bán hàng, vận chuyển"),
               ("tax", "Thuế GTGT trực tiếp 3 % doanh thu"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("other", "Chi phí khác")]),
    "hk10": dict(
        stem="hk10_non_la_hong_loc_gia_dinh", verdict="revise", vat="none", unit="sản phẩm",
        products=[("Nón lá bài thơ truyền thống", "chiếc", 1, 90000, 3000, 2000),
                  ("Nón lá vẽ tay, kèm hộp quà", "chiếc", 1, 180000, 800, 15000),
                  ("Bộ 3 nón lá mini trang trí", "bộ", 1, 60000, 1500, 3000)],
        g_out=(0.08, 0.08), g_price=(0.03, 0.03),
        hist=dict(out=[4300, 4600, 4950], price=[88000, 90000, 92000], margin=[0.14, 0.15, 0.16]),
        raws=[("Lá nón đã phơi trắng", "kg", 0.12, 80000,
               [("Hộ khai thác lá nón xã Hương Liên (thỏa thuận)", [5, 5, 5], "hộ", 200)], None),
              ("Vành tre, chỉ cước", "bộ", 1, 6000,
               [("Thợ vót vành thôn Hồng Thái", [2, 2, 2], "thợ", 4000)], None)],
        caps=[("Năng lực chằm nón (10 thợ × 2,5 sản phẩm/ngày × 300 ngày)", 25, 300, None)],
        piece=[45000, 70000, 30000],
        roles=[("Chằm nón (người nhà và hàng xóm)", [8, 8, 8]), ("Vẽ tranh, đóng hộp", [1, 1, 1]),
               ("Bán hàng, giao dịch", [1, 1, 1])],
        wage=0.0, g_wage=0.0, sell=0.06, other=15,
        inv=[("Sửa sang gian trưng bày, bán hàng 30 m²", 60, "fixed"),
             ("Khuôn nón, bàn là lá, tủ sấy lá", 40, "fixed"),
             ("Hộp quà, thẻ treo, thiết kế", 20, "soft"), ("Vốn lưu động", 60, "wc")],
        inv_vat=False,
        src=[("Tiền tiết kiệm của gia đình", 80), ("Vay Ngân hàng Chính sách xã hội (qua Hội Phụ nữ xã)", 100)],
        life=10, dep_old=5, loan=[100, 70, 40], loan_rate=0.066,
        plant_profit=(1, 158.6),
        costs=[("raw0", "Lá nón"), ("raw1", "Vành tre, chỉ cước"), ("piece", "Tiền công chằm, vẽ nón"),
               ("pack", "Hộp quà, thẻ treo, túi"), ("sell", "Bán hàng, gửi hàng"), ("dep", "Khấu hao"),
               ("int", "Lãi vay"), ("other", "Chi phí khác")]),
}


# --------------------------------------------------------------------------- the model
def _grow_packs(p0: int, g: tuple[float, float]) -> list[int]:
    out = [p0]
    for gy in g:
        v = out[-1] * (1 + gy)
        out.append(int(round(v, -1)) if out[-1] >= 1000 else int(round(v)))
    return out


def _grow_price(p0: int, g: tuple[float, float]) -> list[int]:
    out = [p0]
    for gy in g:
        out.append(int(round(out[-1] * (1 + gy) / 100.0)) * 100)
    return out


def model(c: dict, planted: bool = True) -> dict:
    """Every figure of a full plan; `planted=False` gives the true values (no planted defect)."""
    M: dict = {}
    prods = c["products"]
    packs = [_grow_packs(p[4], c.get("g_out_p", {}).get(k, c["g_out"])) for k, p in enumerate(prods)]
    price = [_grow_price(p[3], c["g_price"]) for p in prods]
    M["packs"], M["price"] = packs, price
    rate = c.get("rate", 0.0)
    vat_of = c.get("vat_of", [rate] * len(prods))          # per product VAT rate (export 0 %)
    M["vat_of"] = vat_of
    M["gross"] = [[round(pr * (1 + vat_of[k])) for pr in price[k]] for k in range(len(prods))]
    M["qty"] = [[packs[k][y] * prods[k][2] for y in range(3)] for k in range(len(prods))]
    M["out"] = [sum(M["qty"][k][y] for k in range(len(prods))) for y in range(3)]
    # capacity
    M["caps"] = []
    for lab, per, days, idx in c["caps"]:
        ks = range(len(prods)) if idx is None else idx
        cap = per * days
        use = [sum(M["qty"][k][y] for k in ks) / cap for y in range(3)]
        M["caps"].append(dict(label=lab, cap=cap, use=use, idx=list(ks)))
    # raw materials
    M["raws"] = []
    for lab, unit, norm, pr, rows, idx in c["raws"]:
        ks = range(len(prods)) if idx is None else idx
        base = [sum(M["qty"][k][y] for k in ks) for y in range(3)]
        need = [b * norm for b in base]
        sup_rows = [[cnt[y] * yld for y in range(3)] for (_, cnt, _, yld) in rows]
        supply = [sum(r[y] for r in sup_rows) for y in range(3)]
        cost = [need[y] * pr / 1e6 for y in range(3)]
        M["raws"].append(dict(label=lab, unit=unit, norm=norm, price=pr, need=need, rows=sup_rows,
                              supply=supply, spare=[supply[y] - need[y] for y in range(3)], cost=cost))
    # staff and wages
    staff = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    wage = [c["wage"]]
    for _ in range(2):
        wage.append(round(wage[-1] * (1 + c["g_wage"]), 1))
    M["staff"], M["wage"] = staff, wage
    M["wagefund"] = [staff[y] * wage[y] * 12 for y in range(3)]
    # revenue (on the plan's basis: net of VAT for deduct, payment price otherwise)
    lines = [[packs[k][y] * price[k][y] / 1e6 for y in range(3)] for k in range(len(prods))]
    if planted and "plant_rev_gross" in c:  # a line computed with the VAT-inclusive price
        k, y = c["plant_rev_gross"]
        lines[k][y] = packs[k][y] * M["gross"][k][y] / 1e6
    M["rev_lines"] = lines
    M["rev"] = [sum(l[y] for l in lines) for y in range(3)]
    M["vat_out"] = [sum(lines[k][y] * vat_of[k] for k in range(len(prods))) for y in range(3)]
    M["pay_total"] = [M["rev"][y] + M["vat_out"][y] for y in range(3)]
    # investment and sources
    inv = c["inv"]
    M["inv_items"] = [v for (_, v, _) in inv]
    M["inv_net"] = sum(M["inv_items"])
    M["inv_vat"] = (rate * sum(v for (_, v, kind) in inv if kind != "wc")) if c.get("inv_vat") else 0.0
    M["inv_total"] = M["inv_net"] + M["inv_vat"]
    M["src_items"] = [v for (_, v) in c["src"]]
    M["src_total"] = sum(M["src_items"])
    fixed = sum(v for (_, v, kind) in inv if kind == "fixed")
    M["dep"] = fixed / c["life"] + c.get("dep_old", 0)
    M["interest"] = [b * c["loan_rate"] for b in c["loan"]]
    # cost lines
    costs: dict[str, list[float]] = {}
    for key, _lab in c["costs"]:
        if key.startswith("raw"):
            costs[key] = M["raws"][int(key[3:])]["cost"]
        elif key == "pack":
            costs[key] = [sum(packs[k][y] * prods[k][5] for k in range(len(prods))) / 1e6 for y in range(3)]
        elif key == "energy":
            costs[key] = [M["out"][y] * c["energy"] / 1e6 for y in range(3)]
        elif key == "piece":  # piece-rate work: đ per pack
            costs[key] = [sum(packs[k][y] * c["piece"][k] for k in range(len(prods))) / 1e6 for y in range(3)]
        elif key == "wages":
            costs[key] = M["wagefund"]
        elif key == "sell":
            s = c["sell"]
            costs[key] = list(s) if isinstance(s, list) else [s * M["rev"][y] for y in range(3)]
        elif key == "tax":
            costs[key] = [c["flat"] * M["rev"][y] for y in range(3)]
        elif key == "dep":
            costs[key] = [M["dep"]] * 3
        elif key == "int":
            costs[key] = M["interest"]
        elif key.startswith("fix"):
            o = c[key]
            costs[key] = list(o) if isinstance(o, list) else [o] * 3
        elif key == "other":
            o = c["other"]
            costs[key] = list(o) if isinstance(o, list) else [o] * 3
        else:
            raise KeyError(key)
    M["costs"] = costs
    M["cost_sum"] = [sum(v[y] for v in costs.values()) for y in range(3)]
    M["cost"] = list(M["cost_sum"])
    if planted and "plant_cost_total" in c:  # a short "Tổng chi phí" row
        y, v = c["plant_cost_total"]
        M["cost"][y] = v
    # VAT payable (deduct)
    if c["vat"] == "deduct":
        vin = [rate * sum(costs[k][y] for k in c["vat_in"]) for y in range(3)]
        M["vat_in_ops"] = vin
        M["vat_in"] = [vin[0] + M["inv_vat"], vin[1], vin[2]]
        M["vat_pay"] = [M["vat_out"][y] - M["vat_in"][y] for y in range(3)]
    # profit
    M["profit"] = [M["rev"][y] - M["cost"][y] for y in range(3)]
    if planted and "plant_profit" in c:
        y, v = c["plant_profit"]
        M["profit"][y] = v
    cit = c.get("cit")
    M["cit"] = [cit * p for p in M["profit"]] if cit else None
    M["after"] = [p - t for p, t in zip(M["profit"], M["cit"])] if cit else list(M["profit"])
    M["margin"] = [M["profit"][y] / M["rev"][y] for y in range(3)]
    M["cash"] = [M["after"][y] + M["dep"] for y in range(3)]
    M["payback"] = round(M["inv_total"] / (sum(M["after"]) / 3 + M["dep"]), 1)
    if planted and "plant_payback" in c:
        M["payback"] = c["plant_payback"]
    # history
    h = c["hist"]
    M["h_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    M["h_profit"] = [M["h_rev"][y] * h["margin"][y] for y in range(3)]
    return M


def summary(key: str) -> str:
    """One line of the figures a writer tunes (run with --summary)."""
    c = PLANS[key]
    M = model(c, planted=False)
    s = [f"{key}: out {[round(x) for x in M['out']]} rev {[round(x, 1) for x in M['rev']]}",
         f" cost {[round(x, 1) for x in M['cost']]} margin {[round(x * 100, 1) for x in M['margin']]}",
         f" inv {M['inv_total']:.1f} src {M['src_total']:.1f} dep {M['dep']:.1f} payback {M['payback']}",
         f" caps {[[round(u * 100, 1) for u in cp['use']] for cp in M['caps']]}",
         f" spare {[[round(r['spare'][y] / r['need'][y] * 100, 1) for y in range(3)] for r in M['raws']]}",
         f" growth {[round((M['rev'][y + 1] / M['rev'][y] - 1) * 100, 1) for y in range(2)]}"
         f" 2027/2026 out {round((M['out'][0] / c['hist']['out'][2] - 1) * 100, 1)}"
         f" hist margin->2027 rev {round(M['rev'][0], 1)} vs h {round(M['h_rev'][2], 1)}"]
    if c["vat"] == "deduct":
        s.append(f" vat out {[round(x, 1) for x in M['vat_out']]} in {[round(x, 1) for x in M['vat_in']]}"
                 f" pay {[round(x, 1) for x in M['vat_pay']]}")
    return "\n".join(s)


# --------------------------------------------------------------------------- the printed tables
def num(x: float) -> str:
    return i(x) if abs(x - round(x)) < 1e-6 else d(x, 1)


def money(c: dict, x: float) -> str:
    return i(x * 1000) if c.get("money") == "k" else d(x, 1)


def money_unit(c: dict) -> str:
    return "1.000 đồng" if c.get("money") == "k" else "triệu đồng"


CAPTIONS = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "price": "Giá bán dự kiến 2027 – 2029",
    "out": "Kế hoạch sản lượng và công suất 2027 – 2029",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "staff": "Lao động và tiền lương",
    "inv": "Tổng mức đầu tư",
    "src": "Nguồn vốn đầu tư",
    "rev": "Doanh thu dự kiến 2027 – 2029",
    "cost": "Chi phí sản xuất kinh doanh 2027 – 2029",
    "vat": "Thuế giá trị gia tăng phải nộp",
    "tax": "Thuế phải nộp theo tỷ lệ trên doanh thu",
    "sum": "Tổng hợp hiệu quả kinh tế",
}


def _lab(c: dict, key: str, default: str) -> str:
    return c.get("lab", {}).get(key, default)


def tables(c: dict, M: dict) -> list[dict]:
    """Every numeric table of a full plan as it is printed: key, caption, unit line, header, rows."""
    Y3 = [f"Năm {y}" for y in YEARS]
    mu = money_unit(c)
    cap = dict(CAPTIONS, **c.get("cap", {}))
    prods = c["products"]
    T: list[dict] = []

    def add(key, header, rows, unit=None):
        T.append(dict(key=key, caption=cap[key], unit=unit, header=header, rows=rows))

    h = c["hist"]
    add("hist", ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS], [
        ["1", _lab(c, "h_out", f"Sản lượng ({c['unit']})")] + [i(x) for x in h["out"]],
        ["2", _lab(c, "h_price", "Giá bán bình quân (đồng)")] + [i(x) for x in h["price"]],
        ["3", _lab(c, "h_rev", f"Doanh thu ({mu})")] + [money(c, x) for x in M["h_rev"]],
        ["4", _lab(c, "h_profit", f"Lợi nhuận ({mu})")] + [money(c, x) for x in M["h_profit"]]])

    names = c.get("short") or [p[0] for p in prods]
    rows = []
    for k, p in enumerate(prods):
        r = [str(k + 1), names[k]] + [i(x) for x in M["price"][k]]
        if c["vat"] == "deduct":
            r.append(i(M["gross"][k][0]))
        rows.append(r)
    if c["vat"] == "deduct":
        add("price", ["TT", "Sản phẩm"] + [f"{y} chưa VAT" for y in YEARS] + [_lab(c, "price_gross", "2027 đã gồm VAT")],
            rows, _lab(c, "price_unit", "ĐVT: đồng/đơn vị sản phẩm"))
    else:
        add("price", ["TT", "Sản phẩm"] + Y3, rows, _lab(c, "price_unit", "ĐVT: đồng/đơn vị sản phẩm"))

    rows = [[str(k + 1), names[k], p[1]] + [i(x) for x in M["packs"][k]] for k, p in enumerate(prods)]
    if not c.get("no_out_total"):
        rows.append(["", _lab(c, "out_total", f"Tổng sản lượng ({c['unit']})"), ""] + [num(x) for x in M["out"]])
    for cp in M["caps"]:
        rows.append(["", cp["label"], ""] + [i(cp["cap"])] * 3)
        if not c.get("no_use_row"):
            rows.append(["", _lab(c, "use", "Mức sử dụng công suất (%)"), ""] + [pct(u) for u in cp["use"]])
    add("out", ["TT", "Sản phẩm", "ĐVT"] + Y3, rows)

    rows = []
    for n, (r, raw) in enumerate(zip(M["raws"], c["raws"])):
        lab, unit, norm, _pr, srows, _idx = raw
        rows.append([str(n + 1), f"{lab} ({unit})", "", "", ""])
        for (slab, cnt, word, yld), vals in zip(srows, r["rows"]):
            if len(set(cnt)) == 1:
                rows.append(["", f"{slab}: {i(cnt[0])} {word} × {i(yld)} {unit}"] + [i(v) for v in vals])
            else:
                rows.append(["", f"{slab}: số {word}"] + [i(x) for x in cnt])
                rows.append(["", f"{slab}: sản lượng ({i(yld)} {unit}/{word})"] + [i(v) for v in vals])
        rows.append(["", _lab(c, "supply", "Tổng nguồn cung")] + [i(v) for v in r["supply"]])
        base = c.get("need_base", c["unit"])
        rows.append(["", f"Nhu cầu ({d(norm, 2).rstrip('0').rstrip(',')} {unit}/{base})"] + [i(v) for v in r["need"]])
        if not c.get("no_balance"):
            rows.append(["", _lab(c, "spare", "Còn dư")] + [i(v) for v in r["spare"]])
    add("raw", ["TT", "Nguồn cung, nhu cầu"] + Y3, rows)

    rows = [[str(k + 1), role] + [i(x) for x in n] for k, (role, n) in enumerate(c["roles"])]
    rows.append(["", "Tổng số lao động"] + [i(x) for x in M["staff"]])
    if "piece" in c and c["wage"] == 0:
        rows.append(["", f"Tiền công trả theo sản phẩm ({mu}/năm)"] + [money(c, x) for x in M["costs"]["piece"]])
    elif c.get("money") == "k":
        rows.append(["", "Tiền công bình quân (1.000 đồng/người/tháng)"] + [i(w * 1000) for w in M["wage"]])
        rows.append(["", "Quỹ tiền công (1.000 đồng/năm)"] + [money(c, x) for x in M["wagefund"]])
    else:
        rows.append(["", "Lương bình quân (triệu đồng/người/tháng)"] + [d(w, 1) for w in M["wage"]])
        rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [d(x, 1) for x in M["wagefund"]])
    add("staff", ["TT", "Bộ phận"] + Y3, rows)

    rows = [[str(k + 1), lab, money(c, v)] for k, (lab, v, _kind) in enumerate(c["inv"])]
    if c.get("inv_vat"):
        rows.append(["", _lab(c, "inv_net", "Cộng giá trị chưa thuế GTGT"), money(c, M["inv_net"])])
        rows.append(["", _lab(c, "inv_vat", f"Thuế GTGT {pct(c['rate'], 0)} % (trừ vốn lưu động)"),
                     money(c, M["inv_vat"])])
        rows.append(["", _lab(c, "inv_total", "Tổng mức đầu tư (đã gồm thuế GTGT)"), money(c, M["inv_total"])])
    else:
        rows.append(["", _lab(c, "inv_total", "Tổng mức đầu tư"), money(c, M["inv_total"])])
    add("inv", ["TT", "Hạng mục", f"Giá trị ({mu})"], rows)

    rows = [[str(k + 1), lab, money(c, v), pct(v / M["src_total"])] for k, (lab, v) in enumerate(c["src"])]
    rows.append(["", "Tổng nguồn vốn", money(c, M["src_total"]), "100,0"])
    add("src", ["TT", "Nguồn vốn", f"Số tiền ({mu})", "Tỷ lệ (%)"], rows)

    rows = [[str(k + 1), names[k]] + [money(c, x) for x in M["rev_lines"][k]] for k, p in enumerate(prods)]
    if c["vat"] == "deduct":
        rows.append(["", _lab(c, "rev_net", "Cộng doanh thu chưa thuế GTGT")] + [money(c, x) for x in M["rev"]])
        rows.append(["", _lab(c, "vat_out", "Thuế GTGT đầu ra")] + [money(c, x) for x in M["vat_out"]])
        rows.append(["", _lab(c, "pay_total", "Tổng tiền thanh toán (đã gồm VAT)")] + [money(c, x) for x in M["pay_total"]])
    else:
        rows.append(["", _lab(c, "rev_total", "Tổng doanh thu")] + [money(c, x) for x in M["rev"]])
    add("rev", ["TT", "Sản phẩm"] + Y3, rows, f"ĐVT: {mu}")

    rows = [[str(k + 1), lab] + [money(c, x) for x in M["costs"][key]] for k, (key, lab) in enumerate(c["costs"])]
    rows.append(["", _lab(c, "cost_total", "Tổng chi phí")] + [money(c, x) for x in M["cost"]])
    add("cost", ["TT", "Khoản mục"] + Y3, rows, f"ĐVT: {mu}")

    if c["vat"] == "deduct":
        rows = [["1", _lab(c, "vat_t_out", "Thuế GTGT đầu ra")] + [money(c, x) for x in M["vat_out"]],
                ["2", _lab(c, "vat_t_in", "Thuế GTGT đầu vào được khấu trừ")] + [money(c, x) for x in M["vat_in"]],
                ["", "Trong đó: của tài sản đầu tư"] + [money(c, x) for x in (M["inv_vat"], 0, 0)],
                ["3", _lab(c, "vat_t_pay", "Thuế GTGT phải nộp")] + [money(c, x) for x in M["vat_pay"]]]
        add("vat", ["TT", "Chỉ tiêu"] + Y3, rows, f"ĐVT: {mu}")
    else:
        rows = [["1", _lab(c, "tax_base", "Doanh thu tính thuế")] + [money(c, x) for x in M["rev"]]]
        for k, (lab, r) in enumerate(c.get("flat_split", [(c["costs"][[x[0] for x in c["costs"]].index("tax")][1], c["flat"])]) if c["vat"] != "none" else []):
            rows.append([str(k + 2), lab] + [money(c, r * x) for x in M["rev"]])
        if len(c.get("flat_split", [])) > 1:
            rows.append(["", "Cộng thuế phải nộp"] + [money(c, x) for x in M["costs"]["tax"]])
        if c["vat"] != "none":
            add("tax", ["TT", "Chỉ tiêu"] + Y3, rows, f"ĐVT: {mu}")

    rows = [["1", _lab(c, "s_rev", "Doanh thu")] + [money(c, x) for x in M["rev"]],
            ["2", "Tổng chi phí"] + [money(c, x) for x in M["cost"]],
            ["3", _lab(c, "s_profit", "Lợi nhuận")] + [money(c, x) for x in M["profit"]]]
    if M["cit"]:
        rows.append(["4", f"Thuế TNDN ({pct(c['cit'], 0)} %)"] + [money(c, x) for x in M["cit"]])
        rows.append(["5", "Lợi nhuận sau thuế"] + [money(c, x) for x in M["after"]])
    rows.append(["", "Tỷ suất lợi nhuận/doanh thu (%)"] + [pct(x) for x in M["margin"]])
    rows.append(["", "Khấu hao"] + [money(c, M["dep"])] * 3)
    rows.append(["", _lab(c, "cash", "Lợi nhuận và khấu hao")] + [money(c, x) for x in M["cash"]])
    add("sum", ["TT", "Chỉ tiêu"] + Y3, rows, f"ĐVT: {mu}")
    return T


# --------------------------------------------------------------------------- what the checks expect
# diff: the cells (table key, row label, year index) that differ from the model without the planted
#       defects: the planted cells and their knock-ons; planted: those of them wrong by > 5 %.
# fails: the reviewer's relations that fail on the printed figures (the planted numeric defects).
EXPECT: dict[str, dict] = {k: dict(diff=[], planted=[], fails=set()) for k in PLANS}
_P5 = "Bánh ram hộp 10 chiếc (400 g)"
EXPECT["hk05"] = dict(
    diff=[("rev", _P5, 1), ("rev", "Cộng doanh thu chưa thuế GTGT", 1), ("rev", "Thuế GTGT đầu ra", 1),
          ("rev", "Tổng tiền thanh toán (đã gồm VAT)", 1), ("vat", "Thuế GTGT đầu ra", 1),
          ("vat", "Thuế GTGT phải nộp", 1), ("sum", "Doanh thu chưa VAT", 1),
          ("sum", "Lợi nhuận", 1), ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 1),
          ("sum", "Lợi nhuận và khấu hao", 1)],
    planted=[("rev", _P5, 1)], fails={"revenue"})
EXPECT["hk06"] = dict(diff=[], planted=[], fails={"capital"})
EXPECT["hk07"] = dict(
    diff=[("cost", "Tổng chi phí", 1), ("sum", "Tổng chi phí", 1), ("sum", "Lợi nhuận", 1),
          ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 1), ("sum", "Lợi nhuận và khấu hao", 1)],
    planted=[("cost", "Tổng chi phí", 1)], fails={"cost-total", "payback"})
EXPECT["hk08"] = dict(diff=[], planted=[], fails={"capacity"})
EXPECT["hk09"] = dict(diff=[], planted=[], fails={"material", "growth", "margin"})
EXPECT["hk10"] = dict(
    diff=[("sum", "Lợi nhuận", 1), ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 1),
          ("sum", "Lợi nhuận và khấu hao", 1)],
    planted=[("sum", "Lợi nhuận", 1)], fails={"profit"})


def relations(c: dict, M: dict) -> dict[str, list[str]]:
    """The reviewer's checks on a plan's figures: name -> the places where it fails."""
    R: dict[str, list[str]] = {}

    def fail(name, where):
        R.setdefault(name, []).append(where)

    prods = c["products"]
    for k in range(len(prods)):
        for y in range(3):
            want = M["packs"][k][y] * M["price"][k][y] / 1e6
            if not close(M["rev_lines"][k][y], want):
                fail("revenue", f"{prods[k][0]} {YEARS[y]}: {M['rev_lines'][k][y]:.1f} vs "
                                f"{M['packs'][k][y]} × {M['price'][k][y]} = {want:.1f}")
    for y in range(3):  # the VAT and flat-tax rows on the plan's basis
        if not close(M["rev"][y], sum(l[y] for l in M["rev_lines"])):
            fail("revenue-total", f"{YEARS[y]}")
        if c["vat"] == "deduct":
            vo = sum(M["vat_of"][k] * M["rev_lines"][k][y] for k in range(len(prods)))
            vi = c["rate"] * sum(M["costs"][k][y] for k in c["vat_in"]) + (M["inv_vat"] if y == 0 else 0)
            if not (close(M["vat_out"][y], vo) and close(M["pay_total"][y], M["rev"][y] + vo)
                    and close(M["vat_pay"][y], vo - vi)):
                fail("vat", f"{YEARS[y]}")
        elif "tax" in M["costs"] and not close(M["costs"]["tax"][y], c["flat"] * M["rev"][y]):
            fail("vat", f"flat tax {YEARS[y]}")
    if not close(M["inv_total"], sum(M["inv_items"]) + M["inv_vat"]):
        fail("investment-total", "items + VAT != total")
    for y in range(3):
        if not close(M["cost"][y], M["cost_sum"][y]):
            fail("cost-total", f"{YEARS[y]}: total {M['cost'][y]:.1f} vs lines {M['cost_sum'][y]:.1f}")
        if not close(M["profit"][y], M["rev"][y] - M["cost"][y]):
            fail("profit", f"{YEARS[y]}: {M['profit'][y]:.1f} vs {M['rev'][y] - M['cost'][y]:.1f}")
        if not 0 < M["margin"][y] < 0.40:
            fail("margin", f"{YEARS[y]}: {M['margin'][y] * 100:.1f} %")
    if not close(M["src_total"], M["inv_total"]):
        fail("capital", f"sources {M['src_total']:.1f} vs investment {M['inv_total']:.1f}")
    want = M["inv_total"] / (sum(M["after"]) / 3 + M["dep"])
    if abs(M["payback"] - want) > 0.05 + 0.01 * want:
        fail("payback", f"{M['payback']} vs {M['inv_total']:.1f} / ({sum(M['after']) / 3:.1f} + "
                        f"{M['dep']:.1f}) = {want:.2f}")
    for r in M["raws"]:
        for y in range(3):
            if r["need"][y] > r["supply"][y]:
                fail("material", f"{r['label']} {YEARS[y]}: need {r['need'][y]:.0f} > supply {r['supply'][y]:.0f}")
    for cp in M["caps"]:
        for y in range(3):
            if cp["use"][y] > 1:
                fail("capacity", f"{cp['label']} {YEARS[y]}: {cp['use'][y] * 100:.1f} %")
    for y in range(2):
        g = M["rev"][y + 1] / M["rev"][y] - 1
        if g > 0.35:
            fail("growth", f"revenue {YEARS[y + 1]} +{g * 100:.1f} %")
    if not c.get("no_out_total"):
        g0 = M["out"][0] / c["hist"]["out"][2] - 1
        if g0 > 0.20:
            fail("growth", f"output 2027 vs 2026 +{g0 * 100:.1f} %")
    return R


# --------------------------------------------------------------------------- reading the plans back
_CELLNUM = re.compile(r"^-?[\d.]+(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables_read(self) -> dict[str, list[list[str]]]:
        """caption (without "Bảng N. ") -> its table's lines (header first), read from the source."""
        out: dict[str, list[list[str]]] = {}
        lines = self.body.splitlines()
        for n, line in enumerate(lines):
            m = re.match(r"^\**Bảng (\d+)\.\s*(.+?)\**\s*$", line.strip())
            if not m:
                continue
            rows, started = [], False
            for nxt in lines[n + 1:]:
                t = nxt.strip()
                if t.startswith("|"):
                    started = True
                    cells = [x.strip() for x in t.strip("|").split("|")]
                    if not all(re.fullmatch(r":?-+:?", x) for x in cells):
                        rows.append(cells)
                elif started or (t and not t.startswith("ĐVT") and not t.startswith("Đơn vị")):
                    break
            out[m.group(2).strip()] = rows
        return out


def _same(a: str, b: str) -> bool:
    if _CELLNUM.match(a) and _CELLNUM.match(b):
        x, y = vn(a), vn(b)
        return close(x, y) or abs(x - y) <= 0.11
    return a == b


def check_full(key: str) -> Plan:
    c, E = PLANS[key], EXPECT[key]
    p = Plan(c["stem"])
    P, T = model(c, planted=True), model(c, planted=False)
    printed, true = tables(c, P), tables(c, T)
    got = p.tables_read()
    diffs = set()
    for sp, st in zip(printed, true):
        rows = got.get(sp["caption"])
        if rows is None:
            p.check(False, f"table not found: {sp['caption']}")
            continue
        p.check(rows[0] == sp["header"], f"{sp['caption']}: header {rows[0]} != {sp['header']}")
        body = rows[1:]
        if len(body) != len(sp["rows"]):
            p.check(False, f"{sp['caption']}: {len(body)} rows, model {len(sp['rows'])}")
            continue
        for r_got, r_p, r_t in zip(body, sp["rows"], st["rows"]):
            if len(r_got) != len(r_p):
                p.check(False, f"{sp['caption']}: row {r_got} has {len(r_got)} cells")
                continue
            for col, (a, b, t) in enumerate(zip(r_got, r_p, r_t)):
                p.check(_same(a, b), f"{sp['caption']} / {r_p[1]}: printed {a!r}, model {b!r}")
                if _CELLNUM.match(b) and _CELLNUM.match(t) and not _same(b, t):
                    y = col - (len(r_p) - 3)
                    diffs.add((sp["key"], r_p[1], y))
                    if (sp["key"], r_p[1], y) in E["planted"]:
                        p.check(off(vn(b), vn(t)), f"planted {r_p[1]} {YEARS[y]}: {b} vs true {t} not > 5 %")
    want = set(E["diff"])
    p.check(diffs == want, f"cells off the true model: {sorted(diffs - want)} unexpected, "
                           f"{sorted(want - diffs)} missing")
    fails = relations(c, P)
    p.check(set(fails) == E["fails"], f"failing relations {fails} != expected {sorted(E['fails'])}")
    # the planted figures, with the true value beside them
    if key == "hk05":
        k, y = c["plant_rev_gross"]
        p.check(off(P["rev_lines"][k][y], T["rev_lines"][k][y]),
                f"hk05 revenue line {P['rev_lines'][k][y]:.1f} vs true {T['rev_lines'][k][y]:.1f}")
    if key == "hk06":
        p.check(off(P["src_total"], P["inv_total"]), "hk06 sources not > 5 % short")
    if key == "hk07":
        p.check(off(P["cost"][1], T["cost"][1]), "hk07 total not > 5 % off")
        want_pb = P["inv_total"] / (sum(P["after"]) / 3 + P["dep"])
        want_tb = T["inv_total"] / (sum(T["after"]) / 3 + T["dep"])
        p.check(off(P["payback"], want_pb) and off(P["payback"], want_tb),
                f"hk07 payback {P['payback']} vs {want_pb:.2f} (printed profits), {want_tb:.2f} (true)")
    if key == "hk08":
        p.check(off(P["out"][2], P["caps"][0]["cap"]), "hk08 2029 output not > 5 % over capacity")
    if key == "hk09":
        r = P["raws"][0]
        p.check(off(r["need"][2], r["supply"][2]), "hk09 2029 need not > 5 % over supply")
    if key == "hk10":
        p.check(off(P["profit"][1], T["profit"][1]), "hk10 profit not > 5 % off")
    # the figures the prose repeats
    p.has(*facts(key, P))
    text_checks(key, p)
    return p


# --------------------------------------------------------------------------- prose and text
def facts(key: str, M: dict) -> list[str]:
    """Figures the prose repeats, as the model formats them."""
    c = PLANS[key]
    mu = "nghìn đồng" if c.get("money") == "k" else "triệu đồng"
    f = [f"{money(c, M['rev'][0])} {mu}", f"{money(c, M['inv_total'])} {mu}", f"{d(M['payback'])} năm"]
    if not c.get("no_out_total"):
        f.append(f"{num(M['out'][0])} {c['unit']}")
    if c["vat"] == "deduct":
        f += [f"{i(c['products'][0][3])} đồng", f"{i(M['gross'][0][0])} đồng"]
    return f + c.get("facts", [])


READY_MUST = ["148/QĐ-TTg", "1489/QĐ-TTg", "48/2024/QH15"]
# per plan: words that must be there, and (pattern, what) that must not
TEXT: dict[str, dict] = {
    "hk01": dict(must=["an toàn thực phẩm", "Tiêu chuẩn cơ sở", "thử nghiệm", "tự công bố", "nhãn hiệu",
                       "truy xuất", "Đăng ký môi trường", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
                       "phương pháp khấu trừ", "chưa thuế GTGT", "đã gồm VAT 10 %", "31/12/2026",
                       "72.360 đồng đã gồm VAT 8 %", "bể lắng"], lacks=[]),
    "hk02": dict(must=["phương pháp trực tiếp", "tỷ lệ 3 % trên doanh thu", "dưới ngưỡng 1 tỷ", "giá thanh toán",
                       "an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố", "Nhãn hiệu", "truy xuất",
                       "43/2017/NĐ-CP", "111/2021/NĐ-CP", "05/2025/NĐ-CP", "17/2023/QH15", "974,9 triệu đồng"],
                 lacks=[]),
    "hk03": dict(must=["không chịu thuế GTGT", "thuế thu nhập cá nhân 1,5 %", "an toàn thực phẩm",
                       "Tiêu chuẩn cơ sở", "thử nghiệm", "tự công bố", "nhãn hiệu", "truy xuất",
                       "không ghi công dụng chữa bệnh", "43/2017/NĐ-CP", "111/2021/NĐ-CP"], lacks=[]),
    "hk04": dict(must=["đã gồm VAT 10 %", "chưa thuế GTGT", "378.000 đồng", "Thuế TNDN", "67/2025/QH15",
                       "an toàn thực phẩm", "TCVN 7800:2017", "đăng ký môi trường", "Nhãn hiệu dịch vụ",
                       "phòng cháy", "31/12/2026"], lacks=[]),
    "hk05": dict(must=["TCCS 01:2026/HL", "thử nghiệm", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
                       "Nhãn hiệu", "đăng ký môi trường", "45.360 đồng đã gồm VAT 8 %", "49.500 đồng",
                       "148/QĐ-TTg", "1489/QĐ-TTg"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết|vệ sinh|HACCP|ISO",
                         "food-safety paper or plan in hk05"),
                        (r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát|lưu mẫu|\btem\b|mã vạch|"
                         r"sổ theo dõi", "quality control or traceability in hk05")]),
    "hk06": dict(must=["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Can Lộc",
                       "13/2008/QH12", "219/2013/TT-BTC", "Luật Hợp tác xã năm 2012", "an toàn thực phẩm",
                       "Nhãn hiệu", "43/2017/NĐ-CP", "mã lô", "bảo đảm đủ cho tổng mức đầu tư"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn",
                         "product standard or declaration in hk06"),
                        (r"148/QĐ-TTg|1489/QĐ-TTg|48/2024/QH15", "current instrument in hk06")]),
    "hk07": dict(must=["thuế GTGT 3 % và thuế thu nhập cá nhân 1,5 %", "giá thanh toán", "an toàn thực phẩm",
                       "TCCS", "tự công bố", "43/2017/NĐ-CP", "sau khoảng 1,5 năm", "148/QĐ-TTg",
                       "1489/QĐ-TTg"],
                 lacks=[(r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|bể lắng|biogas|\brác\b|ô nhiễm|"
                         r"thu gom|vệ sinh|hố thấm", "environmental measure in hk07")]),
    "hk08": dict(must=["thuế suất 0 %", "đủ đáp ứng kế hoạch sản xuất cả giai đoạn", "không đầu tư thêm lò",
                       "TCCS", "thử nghiệm", "43/2017/NĐ-CP", "đăng ký môi trường", "mã lô", "148/QĐ-TTg",
                       "1489/QĐ-TTg"],
                 lacks=[(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|\blogo\b|bảo hộ|văn bằng",
                         "trademark or IP in hk08")]),
    "hk09": dict(must=["Giữ nguyên 4 lao động", "bảo đảm đủ nguyên liệu cho cả giai", "còn rất lớn",
                       "với chính các kênh bán hiện có", "an toàn thực phẩm", "TCCS", "tự công bố",
                       "nhãn hiệu", "phương pháp tính trực tiếp", "148/QĐ-TTg", "1489/QĐ-TTg"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|\bQR\b|Còn dư",
                         "label, labelling decree or balance row in hk09")]),
    "hk10": dict(must=["14 lao động thường xuyên", "10 lao động", "TCCS", "43/2017/NĐ-CP", "nhãn hiệu",
                       "không xuất hóa đơn", "148/QĐ-TTg", "1489/QĐ-TTg"],
                 lacks=[(r"đăng ký (hộ )?kinh doanh|mã số thuế|hộ kinh doanh|giấy chứng nhận đăng ký|"
                         r"mã số doanh nghiệp|hợp tác xã|doanh nghiệp", "business registration in hk10")]),
    "hk11": dict(must=["30A8011236"], lacks=[(r"an toàn thực phẩm|ATTP|tiêu chuẩn|TCCS|công bố|nhãn|truy xuất|"
                                              r"môi trường", "a paper in a sketchy plan")]),
    "hk12": dict(must=["thông báo thành lập với UBND xã"],
                 lacks=[(r"an toàn thực phẩm|ATTP|tiêu chuẩn|TCCS|công bố|nhãn|truy xuất|môi trường",
                         "a paper in a sketchy plan")]),
}


def text_checks(key: str, p: Plan) -> None:
    c = PLANS.get(key) or SKETCHY[key]
    t = TEXT.get(key, dict(must=[], lacks=[]))
    p.has(*t["must"])
    for pat, what in t["lacks"]:
        p.lacks(pat, what)
    if key != "hk06":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key == "hk08":
        p.check(p.count("Công ty TNHH Mây tre đan Xuân Thành") >= 3, "hk08: the other company named < 3 times")
        p.check(p.count("Công ty TNHH Thủ công mỹ nghệ Phú Lộc") >= 3, "hk08: own name < 3 times")
    if key in SKETCHY:  # the sketchy plans' loose figures agree with each other
        p.check(close(4800 * 40000, 192e6) and close(1200 / 0.25, 4800) if key == "hk11"
                else close(300 * 450000, 135e6), "sketchy figures inconsistent")
    if c["verdict"] == "ready":
        p.has(*READY_MUST)
        p.lacks(REPLACED, "replaced instrument or abolished level in a ready plan")
        for m in re.finditer(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
            p.check(int(m.group(3)) >= 2029, f"paper valid only {m.group(0)}")


SKETCHY: dict[str, dict] = {
    "hk11": dict(stem="hk11_keo_cu_do_tien_dien_so_sai", verdict="sketchy",
                 figures=["40.000 đồng/gói", "1.200 kg", "4.800 gói", "80 triệu đồng", "192 triệu đồng"]),
    "hk12": dict(stem="hk12_tinh_dau_tram_huong_tho_so_sai", verdict="sketchy",
                 figures=["450.000 đồng/lít", "300 lít", "135 triệu đồng", "60 triệu đồng"]),
}


def check_sketchy(key: str) -> Plan:
    s = SKETCHY[key]
    p = Plan(s["stem"])
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 350, f"{words} words, not 150-350")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*s["figures"])
    text_checks(key, p)
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or []) or sorted(list(PLANS) + list(SKETCHY))
    plans = []
    for k in keys:
        plans.append(check_full(k) if k in PLANS else check_sketchy(k))
    for p in plans:
        p.check((HERE / "expected" / f"{p.stem}.yml").exists(), f"expected/{p.stem}.yml missing (build it)")
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
