"""The 125th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout125/arithmetic.py

Every plan of this set states its money in full đồng and its unit prices in nghìn đồng. For every
ready and revise plan the script reads the plan's own tables from its source (each table cut out
between its caption and the next one) and recomputes: output = packs x pack weight; raw-material
need = output x norm against the contracted supply; output against equipment capacity x days;
the 2027 monthly calendar, the staff-by-task table and the channel table against the year;
revenue = quantity x price (nghìn đồng x 1.000) per product and the revenue total; each cost line
from its stated norm (raw material, other ingredients, packaging per pack, wages = staff x wage x
12, energy per kg, depreciation = fixed assets / years, interest = the loan schedule, selling %,
management, household tax 4,5 % of revenue); cost lines = "Tổng chi phí"; profit = revenue - cost;
CIT 15 %; investment items = total = sources; fixed assets; the loan schedule (balance, principal,
interest, next balance); average profit and payback as printed; year-on-year growth under 20 %;
the appendix (norms, year summary, quarterly output) against the tables; every rounded amount
in the text ("khoảng 2,36 tỷ", "gần 900 triệu") within 3 % of a figure of the plan.

Each check has a key. A plan passes when the keys that fail are exactly its planted defects
(each wrong by more than 5 %, the true value printed) plus the knock-ons listed in EXPECT (wrong
by more than 1 %), and every other number is right within 1 %. Textual plants are asserted by the
absence (or presence) of their words; ready plans cite QĐ 148 and 1489 and no replaced instrument.
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off, vn  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện")

# ----------------------------------------------------------------------------- the plans' norms
# What each plan states as its norms (prices in nghìn đồng, money in đồng, weights in kg a pack).
def P(label, rlabel, unit, w, q, price_k, pack):
    return dict(label=label, rlabel=rlabel, unit=unit, w=w, q=q, price_k=price_k, pack=pack)

SPECS = {}

SPECS["dv01"] = dict(
    stem="dv01_keo_cu_do_tien_dien_cty",
    products=[P("Kẹo cu đơ hộp 300 g", "Kẹo cu đơ hộp 300 g (hộp)", "hộp", 0.3, [30000, 33500, 37000], 48, 4000),
              P("Kẹo cu đơ gói 500 g", "Kẹo cu đơ gói 500 g (gói)", "gói", 0.5, [8000, 9000, 10000], 72, 2500),
              P("Kẹo cu đơ bán buôn", "Kẹo cu đơ bán buôn (kg)", "kg", 1, [3000, 3300, 3600], 115, 1500)],
    raw_norm=0.45, raw_price=55000, raw_row="Lạc nhân cần dùng", aux_kg=26000,
    staff=[8, 9, 9], wage=6000000, energy_kg=3000, fixed=800000000, dep_years=10,
    items=[("Máy kéo, cán kẹo liên hoàn", 320000000), ("Nồi nấu mật inox hai vỏ (2 chiếc)", 140000000),
           ("Máy đóng gói, hàn túi tự động", 190000000), ("Cải tạo xưởng, kho thành phẩm", 150000000),
           ("Vốn lưu động", 200000000)], nfixed=4,
    sources=[("Vốn chủ sở hữu", 400000000), ("Vay Ngân hàng Nông nghiệp và PTNT", 600000000)],
    loan=600000000, rate=0.08, principal=200000000, sell_pct=0.05, mgmt=60000000, tax="cit",
    labels=dict(raw="Lạc nhân (55.000 đ/kg)", aux="Mật mía, gừng, bánh đa, vừng (26.000 đ/kg kẹo)",
                pack="Hộp, túi, nhãn", wage="Tiền lương lao động", energy="Điện, than sạch (3.000 đ/kg kẹo)",
                dep="Khấu hao tài sản cố định", int="Lãi vay ngân hàng", sell="Chi phí bán hàng (5 % doanh thu)",
                mgmt="Chi phí quản lý, kiểm nghiệm"),
    supply=12000, cap=90 * 280, hist_kg=14200,
)

SPECS["dv02"] = dict(
    stem="dv02_che_xanh_son_kim_htx",
    products=[P("Chè búp khô gói 200 g", "Chè búp gói 200 g (gói)", "gói", 0.2, [15000, 17000, 19000], 70, 3000),
              P("Chè búp khô hộp 500 g", "Chè búp hộp 500 g (hộp)", "hộp", 0.5, [3000, 3400, 3800], 160, 12000),
              P("Chè túi lọc hộp 25 túi (50 g)", "Chè túi lọc hộp 50 g (hộp)", "hộp", 0.05, [8000, 9200, 10400], 45, 6000)],
    raw_norm=4.6, raw_price=11000, raw_row="Búp chè tươi cần dùng", aux_kg=0, tot_label="Tổng chè khô",
    staff=[10, 11, 11], wage=5500000, energy_kg=8000, fixed=900000000, dep_years=10,
    items=[("Máy diệt men, máy vò, máy sấy băng tải", 450000000), ("Máy đóng chè túi lọc", 250000000),
           ("Cải tạo nhà xưởng, kho", 200000000), ("Vốn lưu động", 200000000)], nfixed=3,
    sources=[("Vốn góp của thành viên", 600000000), ("Vay Ngân hàng Chính sách xã hội", 500000000)],
    loan=500000000, rate=0.07, principal=150000000, sell_pct=0.06, mgmt=50000000, tax="cit",
    labels=dict(raw="Búp chè tươi (11.000 đ/kg)", pack="Bao bì, nhãn, túi lọc", wage="Tiền công lao động",
                energy="Điện, củi sấy (8.000 đ/kg chè khô)", dep="Khấu hao tài sản cố định", int="Lãi vay",
                sell="Chi phí bán hàng (6 % doanh thu)", mgmt="Quản lý, kiểm nghiệm, chứng nhận"),
    supply=40000, cap=30 * 250, hist_kg=4400,
)

SPECS["dv03"] = dict(
    stem="dv03_ca_thu_mot_nang_bay_luu_hkd",
    products=[P("Cá thu một nắng khay 500 g", "Cá thu khay 500 g (khay)", "khay", 0.5, [4000, 4500, 5000], 250, 6000),
              P("Cá thu một nắng bán theo cân", "Cá thu bán cân (kg)", "kg", 1, [3000, 3300, 3600], 450, 3000)],
    raw_norm=1.6, raw_price=170000, raw_row="Cá thu tươi cần dùng", aux_kg=0,
    staff=[5, 5, 6], wage=6000000, energy_kg=8000, fixed=500000000, dep_years=10,
    items=[("Kho lạnh, 2 tủ đông", 200000000), ("Giàn phơi inox, nhà lưới", 120000000),
           ("Máy hút chân không", 80000000), ("Tủ sấy nhiệt", 100000000), ("Vốn lưu động", 200000000)], nfixed=4,
    sources=[("Vốn của hộ", 400000000), ("Vay Ngân hàng Nông nghiệp và PTNT", 300000000)],
    loan=300000000, rate=0.08, principal=100000000, sell_pct=0.04, mgmt=30000000, tax="hkd",
    labels=dict(raw="Cá thu tươi (170.000 đ/kg)", pack="Khay, túi hút chân không, nhãn", wage="Tiền công",
                energy="Điện tủ đông, tủ sấy (8.000 đ/kg)", dep="Khấu hao", int="Lãi vay",
                sell="Vận chuyển, bán hàng (4 % doanh thu)", mgmt="Chi phí khác, kiểm nghiệm",
                tax="Thuế GTGT và TNCN (4,5 % doanh thu)"),
    supply=12000, cap=30 * 240, hist_kg=4500,
)

SPECS["dv04"] = dict(
    stem="dv04_may_tre_dan_dong_mon_cp",
    products=[P("Giỏ mây đựng đồ", "Giỏ mây đựng đồ (chiếc)", "chiếc", 1, [12000, 13500, 15000], 110, 3000),
              P("Khay, hộp quà mây", "Khay, hộp quà (chiếc)", "chiếc", 1, [8000, 9000, 10000], 85, 2500),
              P("Đèn mây trang trí", "Đèn mây trang trí (chiếc)", "chiếc", 1, [1500, 1700, 1900], 250, 8000)],
    raw_norm=0.35, raw_price=60000, raw_row="Mây sợi cần dùng (kg)", aux_kg=8000,
    tot_label="Tổng số sản phẩm", tot_unit="chiếc",
    staff=[14, 15, 16], wage=5500000, energy_kg=1500, fixed=600000000, dep_years=10,
    items=[("Nhà xưởng đan, kho chứa", 250000000), ("Lò sấy, buồng phun sơn có hút khí", 200000000),
           ("Máy chẻ, vót, máy khoan, dụng cụ", 150000000), ("Vốn lưu động", 250000000)], nfixed=3,
    sources=[("Vốn góp cổ đông", 450000000), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 400000000)],
    loan=400000000, rate=0.08, principal=100000000, sell_pct=0.05, mgmt=60000000, tax="cit",
    labels=dict(raw="Mây sợi (60.000 đ/kg)", aux="Khung, sơn PU, keo (8.000 đ/sản phẩm)", pack="Hộp carton, túi, nhãn",
                wage="Tiền lương thợ", energy="Điện sấy, phun sơn (1.500 đ/sản phẩm)", dep="Khấu hao tài sản cố định",
                int="Lãi vay", sell="Chi phí bán hàng (5 % doanh thu)", mgmt="Chi phí quản lý"),
    supply=12000, cap=30000, hist_kg=19000,
)

SPECS["dv05"] = dict(
    stem="dv05_banh_gai_tung_loc_htx",
    products=[P("Bánh gai hộp 10 chiếc", "Bánh gai hộp 10 chiếc (hộp)", "hộp", 0.7, [20000, 22000, 24000], 65, 5000),
              P("Bánh gai bán lẻ theo chiếc", "Bánh gai chiếc (chiếc)", "chiếc", 0.07, [150000, 165000, 180000], 6, 300)],
    raw_norm=0.55, raw_price=25000, raw_row="Gạo nếp cần dùng", aux_kg=18000, tot_label="Tổng sản lượng bánh",
    staff=[9, 10, 10], wage=5500000, energy_kg=2000, fixed=600000000, dep_years=10,
    items=[("Nồi hấp bánh bằng hơi (2 chiếc)", 180000000), ("Máy xay bột, máy trộn nhân", 120000000),
           ("Kho lạnh bảo quản bánh", 150000000), ("Cải tạo nhà xưởng", 150000000), ("Vốn lưu động", 200000000)], nfixed=4,
    sources=[("Vốn góp của thành viên", 400000000), ("Vay Ngân hàng Nông nghiệp và PTNT", 400000000)],
    loan=400000000, rate=0.07, principal=100000000, sell_pct=0.05, mgmt=40000000, tax="cit",
    labels=dict(raw="Gạo nếp (25.000 đ/kg)", aux="Lá gai, đỗ xanh, dừa, đường, vừng (18.000 đ/kg bánh)",
                pack="Hộp giấy, lá chuối, dây buộc", wage="Tiền công lao động", energy="Điện, củi hấp (2.000 đ/kg)",
                dep="Khấu hao tài sản cố định", int="Lãi vay", sell="Chi phí bán hàng (5 % doanh thu)", mgmt="Chi phí quản lý"),
    supply=20000, cap=110 * 280, hist_kg=22000,
    plant_rev=(0, 1, 24000 * 65000),
)

SPECS["dv06"] = dict(
    stem="dv06_muc_mot_nang_xuan_hoi_cty",
    products=[P("Mực một nắng khay 500 g", "Mực khay 500 g (khay)", "khay", 0.5, [3000, 3400, 3800], 280, 6000),
              P("Mực một nắng bán cân", "Mực bán cân (kg)", "kg", 1, [2500, 2800, 3100], 520, 3000)],
    raw_norm=2.0, raw_price=160000, raw_row="Mực tươi cần dùng", aux_kg=0,
    staff=[4, 4, 5], wage=6000000, energy_kg=8000, fixed=400000000, dep_years=10,
    items=[("Kho lạnh, tủ cấp đông", 180000000), ("Nhà phơi có mái che, giàn inox", 120000000),
           ("Máy hút chân không, cân điện tử", 100000000), ("Vốn lưu động", 200000000)], nfixed=3,
    sources=[("Vốn chủ sở hữu", 300000000), ("Vay Ngân hàng TMCP Công Thương", 300000000)],
    loan=300000000, rate=0.08, principal=100000000, sell_pct=0.04, mgmt=40000000, tax="cit",
    labels=dict(raw="Mực tươi (160.000 đ/kg)", pack="Khay, túi hút chân không, nhãn", wage="Tiền lương",
                energy="Điện kho lạnh, sấy (8.000 đ/kg)", dep="Khấu hao", int="Lãi vay ngân hàng",
                sell="Chi phí bán hàng (4 % doanh thu)", mgmt="Chi phí quản lý, kiểm nghiệm"),
    supply=8500, cap=25 * 250, hist_kg=3600,
    plant_pre=(2, 548860000),
)

SPECS["dv07"] = dict(
    stem="dv07_banh_da_vung_thien_loc_hkd",
    products=[P("Bánh đa vừng túi 10 chiếc", "Bánh đa vừng túi 10 chiếc (túi)", "túi", 0.5, [16000, 18500, 21000], 45, 2000),
              P("Bánh đa vừng bán buôn", "Bánh đa vừng bán buôn (kg)", "kg", 1, [8000, 9250, 10500], 75, 800)],
    raw_norm=1.1, raw_price=16000, raw_row="Gạo tẻ cần dùng", aux_kg=15000, tot_label="Tổng sản lượng bánh",
    staff=[5, 6, 6], wage=5000000, energy_kg=3000, fixed=300000000, dep_years=10,
    items=[("Máy tráng bánh bán tự động", 150000000), ("Giàn phơi, nhà phơi có mái che", 90000000),
           ("Máy hàn túi, cân, dụng cụ", 60000000), ("Vốn lưu động", 150000000)], nfixed=3,
    sources=[("Vốn của hộ", 250000000), ("Vay Ngân hàng Chính sách xã hội", 200000000)],
    loan=200000000, rate=0.07, principal=100000000, sell_pct=0.04, mgmt=20000000, tax="hkd",
    labels=dict(raw="Gạo tẻ (16.000 đ/kg)", aux="Vừng đen, gừng, muối (15.000 đ/kg bánh)", pack="Túi, thùng, nhãn",
                wage="Tiền công", energy="Củi, điện nướng (3.000 đ/kg)", dep="Khấu hao", int="Lãi vay",
                sell="Chi phí bán hàng (4 % doanh thu)", mgmt="Chi phí khác", tax="Thuế GTGT và TNCN (4,5 % doanh thu)"),
    supply=26000, cap=60 * 300, hist_kg=14000,
    plant_ctot=(0, 985400000),
)

SPECS["dv08"] = dict(
    stem="dv08_non_la_trung_luong_tht",
    products=[P("Nón lá trắng", "Nón lá trắng (chiếc)", "chiếc", 1, [15000, 16500, 18000], 60, 1000),
              P("Nón bài thơ", "Nón bài thơ (chiếc)", "chiếc", 1, [5000, 5500, 6000], 110, 3000),
              P("Nón mini trang trí", "Nón mini trang trí (chiếc)", "chiếc", 1, [4000, 4400, 4800], 45, 2000)],
    raw_norm=0.15, raw_price=60000, raw_row="Lá nón khô cần dùng (kg)", aux_kg=6000,
    tot_label="Tổng số nón", tot_unit="chiếc",
    staff=[12, 13, 14], wage=4500000, energy_kg=300, fixed=300000000, dep_years=10,
    items=[("Cải tạo nhà xưởng", 120000000), ("Máy là lá, lò sấy lá", 100000000), ("Khuôn nón, dụng cụ", 80000000),
           ("Vốn lưu động", 150000000)], nfixed=3,
    sources=[("Vốn góp của thành viên", 100000000), ("Vay Ngân hàng Chính sách xã hội", 300000000)],
    loan=300000000, rate=0.07, principal=100000000, sell_pct=0.05, mgmt=30000000, tax="hkd",
    labels=dict(raw="Lá nón khô (60.000 đ/kg)", aux="Vành tre, chỉ, quai, dầu bóng (6.000 đ/chiếc)", pack="Túi, hộp đóng gói",
                wage="Tiền công thành viên", energy="Điện (300 đ/chiếc)", dep="Khấu hao", int="Lãi vay",
                sell="Chi phí tiêu thụ (5 % doanh thu)", mgmt="Chi phí quản lý", tax="Thuế GTGT và TNCN (4,5 % doanh thu)"),
    supply=5000, cap=32000, hist_kg=21500,
)

SPECS["dv09"] = dict(
    stem="dv09_ca_com_kho_thach_kim_hkd",
    products=[P("Cá cơm khô túi 500 g", "Cá cơm túi 500 g (túi)", "túi", 0.5, [6000, 6800, 7600], 110, 3000),
              P("Cá cơm khô bán cân", "Cá cơm bán cân (kg)", "kg", 1, [5000, 5600, 6200], 190, 1500)],
    raw_norm=3.5, raw_price=25000, raw_row="Cá cơm tươi cần dùng", aux_kg=0,
    staff=[6, 6, 7], wage=5500000, energy_kg=5000, fixed=400000000, dep_years=10,
    items=[("Nồi luộc cá bằng hơi, bếp", 120000000), ("Giàn phơi inox, nhà lưới", 150000000),
           ("Tủ sấy, máy hàn túi, cân", 130000000), ("Vốn lưu động", 200000000)], nfixed=3,
    sources=[("Vốn của hộ", 300000000), ("Vay Ngân hàng Nông nghiệp và PTNT", 300000000)],
    loan=300000000, rate=0.08, principal=100000000, sell_pct=0.04, mgmt=30000000, tax="hkd",
    labels=dict(raw="Cá cơm tươi (25.000 đ/kg)", pack="Túi, thùng, nhãn", wage="Tiền công",
                energy="Củi, điện luộc và sấy (5.000 đ/kg)", dep="Khấu hao", int="Lãi vay",
                sell="Vận chuyển, bán hàng (4 % doanh thu)", mgmt="Chi phí khác", tax="Thuế GTGT và TNCN (4,5 % doanh thu)"),
    supply=40000, cap=40 * 260, hist_kg=7200,
    plant_payback=1.1,
)

SPECS["dv10"] = dict(
    stem="dv10_keo_lac_hong_nhung_ho",
    products=[P("Kẹo lạc túi 250 g", "Kẹo lạc túi 250 g (túi)", "túi", 0.25, [8000, 16000, 32000], 35, 1500),
              P("Kẹo lạc bán buôn", "Kẹo lạc bán buôn (kg)", "kg", 1, [3000, 6000, 12000], 100, 1000)],
    raw_norm=0.5, raw_price=55000, raw_row="Lạc nhân cần dùng", aux_kg=25000, tot_label="Tổng sản lượng kẹo",
    staff=[3, 4, 5], wage=4500000, energy_kg=2000, fixed=150000000, dep_years=10,
    items=[("Nồi nấu kẹo, bếp gas công nghiệp", 60000000), ("Máy cán, cắt kẹo", 70000000),
           ("Máy hàn túi, cân, dụng cụ", 20000000), ("Vốn lưu động", 100000000)], nfixed=3,
    sources=[("Vốn của gia đình", 150000000), ("Vay Ngân hàng Chính sách xã hội", 100000000)],
    loan=100000000, rate=0.08, principal=50000000, sell_pct=0.03, mgmt=10000000, tax="none",
    labels=dict(raw="Lạc nhân (55.000 đ/kg)", aux="Đường, mạch nha, gừng (25.000 đ/kg kẹo)", pack="Túi, thùng, nhãn",
                wage="Tiền công", energy="Gas, điện (2.000 đ/kg)", dep="Khấu hao", int="Lãi vay",
                sell="Vận chuyển, giao hàng (3 % doanh thu)", mgmt="Chi phí khác"),
    supply=12000, cap=100 * 260, hist_kg=4400,
)

# Extra tables (calendar weights, channels with shares, 2027 staff by task, equipment after investment).
EXTRA = {
 "dv01": dict(months=[12, 6, 6, 7, 7, 7, 9, 8, 8, 8, 10, 12],
              channels=[("Đại lý, cửa hàng đặc sản Quốc lộ 1", 45), ("Siêu thị, điểm bán OCOP", 20), ("Công ty lữ hành", 6), ("Bán trực tuyến", 15), ("Cửa hàng của Công ty, hội chợ", 14)],
              staff=[("Nấu mật, trộn lạc", 3), ("Kéo, cán, cắt kẹo", 3), ("Đóng gói, dán nhãn", 2)],
              equip=[("Máy kéo, cán kẹo liên hoàn", 1, "90 kg kẹo/ngày"), ("Nồi nấu mật inox hai vỏ", 2, "50 lít/mẻ"), ("Máy đóng gói, hàn túi", 1, "600 túi/giờ"), ("Máy hút ẩm kho", 2, "20 lít/ngày")]),
 "dv02": dict(months=[2, 4, 12, 12, 12, 10, 10, 10, 10, 8, 6, 4],
              channels=[("Cửa hàng đặc sản, tạp hóa", 40), ("Khách sạn, quán cà phê (túi lọc)", 8), ("Siêu thị, điểm bán OCOP", 15), ("Cửa hàng tại trụ sở HTX", 22), ("Bán trực tuyến", 15)],
              staff=[("Nhận búp, làm héo", 2), ("Diệt men, vò, sấy", 4), ("Sàng, đóng gói chè búp", 2), ("Đóng chè túi lọc", 2)],
              equip=[("Máy diệt men tang quay", 1, "120 kg búp/giờ"), ("Máy vò chè", 2, "50 kg/mẻ"), ("Máy sấy băng tải", 1, "30 kg chè khô/ngày"), ("Máy đóng chè túi lọc", 1, "40 túi/phút")]),
 "dv03": dict(months=[4, 4, 8, 12, 12, 12, 12, 11, 9, 6, 5, 5],
              channels=[("Nhà hàng hải sản (hợp đồng)", 40), ("Đại lý, cửa hàng đặc sản", 25), ("Cửa hàng của gia đình", 10), ("Bán trực tuyến", 25)],
              staff=[("Nhận cá, xẻ, làm sạch", 2), ("Phơi, sấy", 2), ("Đóng khay, cấp đông", 1)],
              equip=[("Tủ đông", 2, "1.000 lít/chiếc"), ("Giàn phơi inox trong nhà lưới", 1, "120 m²"), ("Tủ sấy nhiệt", 1, "60 kg cá tươi/mẻ"), ("Máy hút chân không", 1, "2 buồng")]),
 "dv04": dict(months=[6, 6, 8, 8, 8, 8, 8, 9, 9, 10, 10, 10],
              channels=[("Công ty thương mại nội thất (hợp đồng khung)", 42), ("Cửa hàng lưu niệm, homestay", 28), ("Sàn thương mại điện tử, website", 20), ("Hội chợ", 10)],
              staff=[("Chẻ, vót, xử lý mây", 3), ("Đan tại xưởng", 8), ("Sấy, phun sơn", 2), ("Đóng gói", 1)],
              equip=[("Lò sấy chống mốc", 1, "200 sản phẩm/mẻ"), ("Buồng phun sơn có quạt hút, lọc than", 1, "12 m²"), ("Máy chẻ, vót mây", 2, "40 kg/ngày"), ("Máy khoan, dụng cụ cầm tay", 6, "")]),
 "dv05": dict(months=[10, 8, 7, 8, 8, 7, 8, 9, 8, 8, 9, 10],
              channels=[("Cửa hàng, ki-ốt chợ", 45), ("Nhà hàng tiệc cưới, bếp cỗ", 20), ("Điểm bán OCOP, cửa hàng đặc sản", 15), ("Đặt hàng qua Facebook, Zalo", 20)],
              staff=[("Ngâm, xay bột, làm nhân", 2), ("Nặn, gói bánh", 4), ("Hấp bánh", 2), ("Đóng hộp, giao hàng", 1)],
              equip=[("Nồi hấp bánh bằng hơi", 2, "55 kg bánh/ngày/nồi"), ("Máy xay bột nước", 1, "100 kg gạo/giờ"), ("Máy trộn nhân", 1, "30 kg/mẻ"), ("Kho lạnh", 1, "12 m³")]),
 "dv06": dict(months=[3, 3, 7, 10, 12, 13, 13, 12, 10, 7, 5, 5],
              channels=[("Nhà hàng hải sản (hợp đồng)", 45), ("Đại lý, cửa hàng đặc sản", 15), ("Cửa hàng của Công ty", 10), ("Bán trực tuyến", 30)],
              staff=[("Nhận mực, làm sạch", 2), ("Phơi, sấy", 1), ("Đóng gói, kho lạnh", 1)],
              equip=[("Kho lạnh", 1, "20 m³"), ("Tủ cấp đông", 2, "1.200 lít/chiếc"), ("Nhà phơi mái che, giàn inox", 1, "150 m²"), ("Máy hút chân không", 1, "2 buồng")]),
 "dv07": dict(months=[9, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9],
              channels=[("Cửa hàng tạp hóa, đặc sản", 40), ("Siêu thị mini, điểm bán OCOP", 10), ("Đầu mối bán buôn", 40), ("Bán trực tuyến", 10)],
              staff=[("Ngâm, xay bột", 1), ("Tráng, phơi bánh", 2), ("Nướng, đóng túi", 2)],
              equip=[("Dây chuyền tráng, nướng bánh bán tự động", 1, "60 kg bánh/ngày"), ("Giàn phơi", 40, "tre, lưới inox"), ("Máy hàn túi", 2, ""), ("Cân điện tử", 2, "60 kg")]),
 "dv08": dict(months=[8, 6, 6, 8, 9, 9, 9, 9, 9, 9, 9, 9],
              channels=None,
              staff=[("Là lá, chọn lá", 2), ("Vót vành, dựng khung", 2), ("Chằm nón", 7), ("Quét dầu, đóng gói", 1)],
              equip=[("Máy là lá", 1, "điện, 2 bàn là"), ("Lò sấy lá", 1, "100 kg lá/mẻ"), ("Khuôn nón", 40, "các cỡ"), ("Bàn chằm", 14, "")]),
 "dv09": dict(months=[3, 3, 6, 10, 12, 13, 13, 12, 10, 8, 5, 5],
              channels=[("Đầu mối bán buôn ở chợ", 50), ("Cửa hàng đặc sản, tạp hóa", 20), ("Bếp ăn tập thể Vũng Áng", 15), ("Bán trực tuyến", 15)],
              staff=[("Nhận cá, rửa, luộc", 2), ("Phơi, sấy", 2), ("Sàng, đóng gói", 2)],
              equip=[("Nồi luộc cá bằng hơi", 2, "80 kg cá/mẻ"), ("Giàn phơi inox", 60, "trong nhà lưới 200 m²"), ("Tủ sấy", 1, "100 kg cá/mẻ"), ("Máy hàn túi", 1, "")]),
 "dv10": dict(months=[14, 6, 6, 6, 7, 7, 7, 8, 8, 9, 10, 12],
              channels=[("2 thương lái chợ Cẩm Xuyên", 60), ("3 cửa hàng tạp hóa trong xã", 40)],
              staff=[("Rang lạc, nấu kẹo", 1), ("Cán, cắt kẹo", 1), ("Đóng túi", 1)],
              equip=[("Nồi nấu kẹo", 2, "gas công nghiệp"), ("Máy cán, cắt kẹo", 1, "100 kg/ngày"), ("Máy hàn túi", 1, ""), ("Cân điện tử", 1, "30 kg")]),
}


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
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


def expect_money(p: Plan) -> list[float]:
    """Every figure of the plan's tables (for the rounded amounts of the text)."""
    out = []
    for r in p.rows:
        for c in r:
            if re.fullmatch(r"[\d.]+(,\d+)?", c):
                out.append(vn(c))
    return out


# Knock-ons (wrong by > 1 %, follow from a plant) and planted numeric keys (wrong by > 5 %).
EXPECT = {
    "dv05": dict(planted={"rev0_1"}, knock={"payback_true"}),
    "dv06": dict(planted={"pre_2", "supply_1", "supply_2"}, knock={"payback_true", "pretrue_2"}),
    "dv07": dict(planted={"ctot_0", "cap_2"}, knock={"pretrue_0", "payback_true", "cap_1"}),
    "dv08": dict(planted={"capital"}, knock=set()),
    "dv09": dict(planted={"payback_formula", "payback_true"}, knock=set()),
    "dv10": dict(planted={"growth_1", "growth_2", "revgrowth_1", "revgrowth_2"}, knock=set()),
}


def numbers(S: dict, p: Plan) -> dict[str, tuple[float, float]]:
    """(stated, true) per check key, read from the plan's tables."""
    res: dict[str, tuple[float, float]] = {}

    def chk(key, stated, true):
        res[key] = (float(stated), float(true))

    b1, b2 = p.part("Bảng 1:", "Bảng 2:"), p.part("Bảng 2:", "\nBảng ")
    b3, b4, b5 = p.part("Bảng 3:", "PHỤ LỤC"), p.part("Bảng 4:", "Bảng 5:"), p.part("Bảng 5:", "Bảng 3:")
    P = S["products"]
    q = [b1.row(x["label"] + " |") for x in P]
    for i, x in enumerate(P):
        for y in Y:
            chk(f"q{i}_{y}", q[i][y], x["q"][y])
    kg = b1.row(S.get("tot_label", "Tổng sản lượng quy ra kg"))
    raw, staff = b1.row(S["raw_row"]), b1.row("Lao động |")
    for y in Y:
        chk(f"kg_{y}", kg[y], sum(q[i][y] * P[i]["w"] for i in range(len(P))))
        chk(f"raw_{y}", raw[y], kg[y] * S["raw_norm"])
        chk(f"staff_{y}", staff[y], S["staff"][y])
        chk(f"supply_{y}", max(raw[y], S["supply"]), S["supply"])  # need within the contracted supply
        chk(f"cap_{y}", max(kg[y], S["cap"]), S["cap"])  # output within capacity x days
        if y:
            g = max(kg[y] / kg[y - 1], 1.0)
            chk(f"growth_{y}", g, min(g, 1.2))  # under 20 % a year
    chk("growth_0", max(kg[0] / S["hist_kg"], 1.0), min(max(kg[0] / S["hist_kg"], 1.0), 1.2))
    ex = EXTRA[S["stem"][:4]]
    months = [b1.one(f"Tháng {m} |") for m in range(1, 13)]
    chk("calendar", sum(months), kg[0])
    chk("calendar_year", b1.one("Cả năm"), kg[0])
    chk("staff_tasks", sum(b1.one(n + " |") for n, _ in ex["staff"]), staff[0])
    chk("staff_total", b1.one("Cộng |"), staff[0])
    # revenue
    revp = []
    for i, x in enumerate(P):
        r = b2.row(x["rlabel"] + " |", 4)
        chk(f"price{i}", r[0], x["price_k"])
        revp.append(r[1:])
        for y in Y:
            chk(f"rev{i}_{y}", r[1 + y], q[i][y] * r[0] * 1000)
    rev = b2.row("Tổng doanh thu")
    for y in Y:
        chk(f"revsum_{y}", rev[y], sum(rp[y] for rp in revp))
        if y:
            chk(f"revgrowth_{y}", max(rev[y] / rev[y - 1], 1.0), min(max(rev[y] / rev[y - 1], 1.0), 1.2))
    if ex.get("channels"):
        ch = p.part("Dự kiến sản lượng năm 2027 theo kênh", "Bảng 4:")
        shares = [ch.row(n + " |", 2) for n, _ in ex["channels"]]
        chk("channel_share", sum(s[0] for s in shares), 100)
        chk("channel_kg", sum(s[1] for s in shares), kg[0])
        for j, s in enumerate(shares):
            chk(f"channel_{j}", s[1], s[0] * kg[0] / 100)
    # investment and loan
    items = [b4.one(n + " |") for n, _ in S["items"]]
    inv = b4.one("Tổng cộng")
    chk("invtot", inv, sum(items))
    chk("fixed", sum(items[:S["nfixed"]]), S["fixed"])
    srcs = [b4.one(n + " |") for n, _ in S["sources"]]
    chk("srcsum", b4.one("Cộng nguồn vốn"), sum(srcs))
    chk("capital", sum(srcs), inv)
    chk("loan_source", srcs[-1], S["loan"])
    sched = [b5.row(f"Năm {2027 + y} |", 4) for y in Y]
    bal = S["loan"]
    for y in Y:
        b, pr, it, end = sched[y]
        chk(f"loan_{y}", b, bal)
        chk(f"loanint_{y}", it, b * S["rate"])
        chk(f"loanend_{y}", end, b - pr)
        chk(f"loanpr_{y}", pr, min(S["principal"], b))
        bal = end
    # costs
    lab = S["labels"]
    keys = [k for k in ("raw", "aux", "pack", "wage", "energy", "dep", "int", "sell", "mgmt", "tax") if k in lab]
    lines = {k: b3.row(lab[k] + " |") for k in keys}
    for y in Y:
        want = {"raw": raw[y] * S["raw_price"], "aux": kg[y] * S.get("aux_kg", 0),
                "pack": sum(q[i][y] * P[i]["pack"] for i in range(len(P))), "wage": staff[y] * S["wage"] * 12,
                "energy": kg[y] * S["energy_kg"], "dep": S["fixed"] / S["dep_years"], "int": sched[y][2],
                "sell": rev[y] * S["sell_pct"], "mgmt": S["mgmt"], "tax": rev[y] * 0.045}
        for k in keys:
            chk(f"c_{k}_{y}", lines[k][y], want[k])
    ctot = b3.row("Tổng chi phí")
    pre = b3.row("Lợi nhuận trước thuế" if S["tax"] == "cit" else "Lợi nhuận |")
    post = b3.row("Lợi nhuận sau thuế") if S["tax"] == "cit" else pre
    true_post = []
    for y in Y:
        s_lines = sum(lines[k][y] for k in keys)
        chk(f"ctot_{y}", ctot[y], s_lines)
        chk(f"pre_{y}", pre[y], rev[y] - ctot[y])
        chk(f"pretrue_{y}", pre[y], rev[y] - s_lines)
        trev = sum(q[i][y] * P[i]["price_k"] * 1000 for i in range(len(P)))  # revenue from quantity x price
        t_lines = s_lines - lines["sell"][y] + trev * S["sell_pct"]
        if "tax" in lines:
            t_lines += -lines["tax"][y] + trev * 0.045
        tp = trev - t_lines
        if S["tax"] == "cit":
            cit = b3.row("Thuế TNDN")
            chk(f"cit_{y}", cit[y], pre[y] * 0.15)
            chk(f"post_{y}", post[y], pre[y] - cit[y])
            tp = tp * 0.85
        true_post.append(tp)
    # payback as printed: "INV : (AVG + DEP) ≈ X năm"
    dep = S["fixed"] / S["dep_years"]
    avg = sum(post) / 3
    m = re.search(r"([\d.]+) : \(([\d.]+) \+ ([\d.]+)\) ≈ ([\d,]+) năm", p.body)
    if not m:
        p.failures.append("payback sentence not found")
    else:
        pinv, pavg, pdep, pb = vn(m.group(1)), vn(m.group(2)), vn(m.group(3)), vn(m.group(4))
        chk("payback_inv", pinv, inv)
        chk("payback_avg", pavg, round(avg))
        chk("payback_dep", pdep, dep)
        chk("payback_formula", pb, round(pinv / (pavg + pdep), 1))
        true_inv = sum(a for _, a in S["items"])
        chk("payback_true", pb, round(true_inv / (sum(true_post) / 3 + dep), 1))
    # appendix
    a1, a2, a3 = p.part("Phụ lục 1.", "Phụ lục 2."), p.part("Phụ lục 2.", "Phụ lục 3."), p.part("Phụ lục 3.")
    chk("app_raw", a1.row(lab["raw"].split(" (")[0] + " |", 1)[0], S["raw_price"] / 1000)
    chk("app_wage", a1.one("Tiền công |"), S["wage"] / 1000)
    for i, x in enumerate(P):
        lbl = "Bao bì " + x["label"][0].lower() + x["label"][1:]
        chk(f"app_pack{i}", a1.one(lbl + " |"), x["pack"] / 1000)
    for y in Y:
        r = a2.row(f"{2027 + y} |", 4)
        chk(f"app_sum_{y}", sum(r), kg[y] + rev[y] + ctot[y] + post[y])
    qs = [a3.row(f"Quý {r} |", 2) for r in ("I", "II", "III", "IV")]
    chk("app_q2028", sum(x[0] for x in qs), kg[1])
    chk("app_q2029", sum(x[1] for x in qs), kg[2])
    # rounded amounts in the running text, each within 3 % of a figure of the plan
    figs = expect_money(p) + [avg]
    for j, mm in enumerate(re.finditer(r"(khoảng|gần) ([\d.,]+) (tỷ|triệu) đồng", p.body)):
        if "2026" in p.body[max(0, mm.start() - 80): mm.start()]:
            continue  # a past year's result, not in the plan's tables
        v = vn(mm.group(2)) * (1e9 if mm.group(3) == "tỷ" else 1e6)
        best = min(figs, key=lambda f: abs(f - v))
        chk(f"rounded_{j}:{mm.group(0)}", v, best) if not close(v, best, 0.03) else None
    return res


def numeric(key: str) -> Plan:
    S = SPECS[key]
    p = Plan(S["stem"])
    res = numbers(S, p)
    exp = EXPECT.get(key, dict(planted=set(), knock=set()))
    wrong = {k for k, (a, b) in res.items() if not close(a, b, 0.01)}
    for k in sorted(wrong - exp["planted"] - exp["knock"]):
        p.failures.append(f"{k}: stated {res[k][0]:,.2f} != {res[k][1]:,.2f}")
    for k in sorted(exp["planted"]):
        a, b = res.get(k, (0, 0))
        if not (k in res and off(a, b, 5.0)):
            p.failures.append(f"PLANTED {k} should be wrong by > 5 %: stated {a:,.2f}, true {b:,.2f}")
    for k in sorted(exp["knock"]):
        if k not in wrong:
            p.failures.append(f"knock-on {k} expected to differ")
    p.report_lines = [f"PLANTED {k}: stated {res[k][0]:,.2f}, true {res[k][1]:,.2f}" for k in sorted(exp["planted"])]
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ready(key: str, *more: str) -> Plan:
    p = numeric(key)
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở",
          "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", *more)
    return p


def dv01() -> Plan:
    return ready("dv01", "tự công bố", "mã lô", "12 tấn lạc nhân/năm", "90 kg kẹo/ngày, làm 280 ngày/năm, tức 25.200 kg/năm",
                 "Giấy chứng nhận đăng ký doanh nghiệp", "16.000 kg")


def dv02() -> Plan:
    return ready("dv02", "tự công bố", "mã lô", "40 tấn búp tươi/năm", "30 kg chè khô/ngày, 250 ngày/năm, tức 7.500 kg/năm",
                 "Giấy chứng nhận đăng ký hợp tác xã")


def dv03() -> Plan:
    return ready("dv03", "tự công bố", "mã lô", "tổng khoảng 12 tấn cá thu/năm", "30 kg thành phẩm/ngày, làm 240 ngày/năm, tức 7.200 kg/năm",
                 "Giấy chứng nhận đăng ký hộ kinh doanh", "bể lắng 3 ngăn")


def dv04() -> Plan:
    p = numeric("dv04")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Tiêu chuẩn cơ sở", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "12 tấn mây sợi/năm", "khoảng 30.000 sản phẩm/năm",
          "Giấy chứng nhận đăng ký doanh nghiệp", "buồng phun sơn", "mã riêng")
    return p


def dv05() -> Plan:
    p = numeric("dv05")
    p.check(close(24000 * 65000, 1.56e9) and off(1.56e9, 22000 * 65000) and off(2.55e9, 2.42e9),
            "PLANTED 2028 box revenue 1.560.000.000 = 24.000 × 65 nghìn, true 22.000 × 65 nghìn = 1.430.000.000")
    p.lacks(r"mã lô|\blô\b|ghi sổ|sổ (ghi|theo dõi|nhật ký)|nhật ký|truy xuất|lưu mẫu|kiểm soát chất lượng|kiểm tra chất lượng|"
            r"HACCP|ISO|tem QR|mã QR|kiểm tra", "PLANTED no internal quality control or traceability")
    p.check(not re.search(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch", p.body), "PLANTED no label or labelling decree")
    p.has("đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở", "tự công bố", "Cục Sở hữu trí tuệ", "bể lắng", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dv06() -> Plan:
    p = numeric("dv06")
    p.has("Quyết định số 1048/QĐ-TTg", "Nghị định số 38/2012/NĐ-CP", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
          "tổng 8.500 kg mực tươi/năm", "bảo đảm đủ cho sản xuất", "tháng 12 năm 2026")
    p.check("148/QĐ-TTg" not in p.body and "1489/QĐ-TTg" not in p.body and "15/2018" not in p.body,
            "PLANTED outdated-policy: the replacing instruments are not cited")
    p.check(off(9000, 8500) and off(10000, 8500) and 8000 <= 8500, "PLANTED need 9.000 / 10.000 kg > 8.500 kg")
    p.has("đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở", "Nghị định số 43/2017/NĐ-CP", "văn bằng bảo hộ", "bể lắng", "mã lô")
    return p


def dv07() -> Plan:
    p = numeric("dv07")
    p.check(off(985400000, 1084200000), "PLANTED 2027 total 985.400.000 vs lines 1.084.200.000")
    p.has("60 kg bánh/ngày, làm 300 ngày/năm", "giữ nguyên dây chuyền này", "hộ bảo đảm đủ sản lượng")
    p.check(60 * 300 == 18000 and off(21000, 18000) and 18500 > 18000, "PLANTED 21.000 kg > 18.000 kg in 2029 (18.500 in 2028)")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|cam kết|vệ sinh|giấy chứng nhận cơ sở",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("Tiêu chuẩn cơ sở", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "bể lắng", "148/QĐ-TTg",
          "Giấy chứng nhận đăng ký hộ kinh doanh")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dv08() -> Plan:
    p = numeric("dv08")
    p.check(p.count("rộng 120 m²") == 1 and p.count("rộng 200 m²") == 1 and off(200, 120),
            "PLANTED figure-inconsistent: workshop 120 m² vs 200 m²")
    p.has("bảo đảm đủ vốn thực hiện phương án")
    market = p.body.split("# VI – Thị trường", 1)[1].split("# VII", 1)[0]
    p.check(not re.search(r"\d", market), "PLANTED the market section has no number")
    p.lacks(r"khách|đại lý|cửa hàng|siêu thị|\bchợ\b|bán buôn|bán lẻ|bán hàng|\bbán\b|thương lái|phân phối|hợp đồng (bán|tiêu thụ)|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|điểm bán|kênh|du lịch",
            "PLANTED no sales channel anywhere")
    p.has("Giấy chứng nhận đăng ký tổ hợp tác", "Tiêu chuẩn cơ sở", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dv09() -> Plan:
    p = numeric("dv09")
    p.check(p.count("1,1 năm") == 2 and "hoàn vốn đầu tư trong khoảng 1,1 năm" in p.body, "PLANTED 1,1 years (twice)")
    p.check(close(600e6 / (292680000 + 40e6), 1.80, 0.01), "true payback 1,8 years")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng", "PLANTED no trademark")
    p.lacks(r"môi trường|nước thải|xử lý|bể lắng|bể tự hoại|\brác\b|chất thải|khói|mùi|ô nhiễm|thu gom|phế phẩm|ruồi|đăng ký môi",
            "PLANTED no environmental measure")
    p.has("đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở", "Nghị định số 43/2017/NĐ-CP", "mã lô", "148/QĐ-TTg",
          "Giấy chứng nhận đăng ký hộ kinh doanh")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dv10() -> Plan:
    p = numeric("dv10")
    p.check(close(5000 / 4400, 1.136, 0.01), "+14 % on 2026")
    p.has("mỗi năm tăng gấp đôi", "thị trường còn rất lớn", "2 thương lái")
    p.check(p.count("Cơ sở kẹo lạc Minh Châu") == 2 and p.count("Cơ sở kẹo lạc Hồng Nhung") >= 1
            and p.count("CƠ SỞ KẸO LẠC HỒNG NHUNG") == 1, "PLANTED another producer's name, twice")
    p.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|giấy phép kinh doanh|công ty|"
            r"doanh nghiệp|hợp tác xã|tổ hợp tác|thuế", "PLANTED no business registration, tax code or tax")
    p.has("Bản cam kết bảo đảm an toàn thực phẩm", "Tiêu chuẩn cơ sở", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hố lắng",
          "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("dv11_ruou_nep_cam_thinh_so_sai")
    a.check(1500 * 120000 == 180e6, "1.500 lít × 120 nghìn = 180 triệu")
    a.has("1.500 lít", "120 nghìn đồng/lít", "180.000.000 đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|bã|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận", "every gap is real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dv12_che_vang_huong_tra_so_sai")
    b.check(800 * 150000 == 120e6, "800 kg × 150 nghìn = 120 triệu")
    b.has("800 kg", "150 nghìn đồng/kg", "120 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận", "every gap is real (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (dv01, dv02, dv03, dv04, dv05, dv06, dv07, dv08, dv09, dv10)] + sketchy()
    rc = plancheck.report(plans)
    for p in plans:
        for line in getattr(p, "report_lines", []):
            print(f"      {p.stem[:4]} {line}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
