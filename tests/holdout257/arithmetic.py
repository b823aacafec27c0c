"""The 257th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout257/arithmetic.py [ix01 ix05 ...]

Theme: capital that mixes the producer's own money with state support. For every full plan
(ix01-ix10) the constants give the products (pack size in the plan's base unit, the 2027 price, the
2027 packs, the packaging cost per pack), the yearly output and price growth, the 2024-2026
history, the raw materials (norm per base unit, price and supply rows as count x yield), the
equipment rating, staff by role and wage, the cost shares of revenue, the investment items (with
the year they are made and whether they are depreciated, land or in-kind property, soft costs or
working capital), the state supports (rate of the eligible items and cap), the other capital
sources (own cash, members' cash, property contributed in kind, funds, preferential loans), the
split of each item between sources (the capital matrix), the disbursement of each source by year,
members' contributions (number x amount, or member by member), property valued in money (quantity
x unit value), the loan balances and rates. From them this script recomputes every figure the
plans print: packs, prices, output, capacity use, revenue lines and totals, raw-material need and
supply, staff and wage fund, every cost line, profit, margin, the investment total, each support
(min(rate x eligible cost, cap)), the sources and their shares, the matrix rows and columns, the
sources by year against the items by year, the members' and in-kind totals, depreciation, interest,
and the payback period (investment / (average profit + depreciation)). Each figure is read back from
the plan's source (tables found by their caption "Bảng N. <title>") and compared: planted numeric
defects must be wrong by more than 5 % (the true value is computed beside them), every other number
right within 1 % (or 0,11 of a million). Textual defects are asserted through the presence or
absence of their words; ready plans must cite no replaced instrument and no district level.
Sketchy plans: 150-350 words, no table.
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
            r"07/2019/TT|01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

STEMS = {
    "ix01": "ix01_banh_ram_loc_yen_cty",
    "ix02": "ix02_che_xanh_khe_may_htx",
    "ix03": "ix03_go_my_nghe_truong_son_tht",
    "ix04": "ix04_nha_ruong_kim_hoa_hkd",
    "ix05": "ix05_ruou_nep_than_duc_lang_htx",
    "ix06": "ix06_mat_ong_phu_gia_hkd",
    "ix07": "ix07_tra_ca_gai_leo_trung_loc_ctcp",
    "ix08": "ix08_nuoc_mam_bai_ngang_htx",
    "ix09": "ix09_cha_muc_thien_cam_tht",
    "ix10": "ix10_cam_say_deo_vu_quang_cty",
    "ix11": "ix11_banh_da_dong_loc_so_sai",
    "ix12": "ix12_xa_phong_thao_moc_so_sai",
}

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, 2027 price đ, 2027 packs, packaging đ/pack)
# g_out: packs growth 2027->2028, 2028->2029; g_price: price growth a year
# hist: output 2024-2026, average price đ per base unit, margin
# raws: (label, unit, norm per base unit, price đ/unit 2027, price growth, supply rows
#        (label, [count per year], count word, yield per count))
# cap: (rating per day, days, rating text, days text, product indexes or None = all)
# roles: (role, staff per year); wage: 2027 monthly wage (triệu), g_wage its index
# shares: cost lines as a share of revenue; other: a fixed line (triệu)
# inv: (label, triệu, kind, year); kind: fixed (depreciated over `life`), land (property not
#      depreciated), soft (design, tests, trademark), wc (working capital)
# support: state supports = min(rate x the eligible items, cap); src: capital sources (None = the
#      support of that key); state_keys: the sources that are state money
# alloc/groups: the capital matrix (item -> amount per source, own = the rest; columns = groups)
# src_year: each source by year 2027, 2028; members: (group, n, triệu each) or member by member
#      (name, cash, in kind, what); kind: property valued (label, quantity, unit, triệu per unit)
# loans: (label, balance per year, rate)
PLANS = {
    "ix01": dict(
        unit="kg",
        products=[("Bánh ram nhân tôm thịt, hộp 10 chiếc (400 g)", "hộp", 0.4, 68000, 36000, 5500),
                  ("Bánh ram chay nhân đậu xanh, hộp 10 chiếc (350 g)", "hộp", 0.35, 55000, 10000, 5000),
                  ("Bánh ram nhân tôm thịt, túi 30 chiếc (1,2 kg)", "túi", 1.2, 190000, 4000, 6000)],
        g_out=(0.10, 0.08), g_price=0.03,
        hist=dict(out=[17500, 19200, 20900], price=[150000, 155000, 160000], margin=[0.08, 0.085, 0.09]),
        raws=[("Gạo nếp cái", "kg", 0.5, 27000, 0.03,
               [("Hộ trồng nếp thôn Yên Thành", [20, 20, 20], "hộ", 450),
                ("Hộ trồng nếp thôn Yên Phú", [15, 15, 15], "hộ", 450)]),
              ("Tôm, thịt lợn làm nhân", "kg", 0.30, 165000, 0.03,
               [("Cơ sở thu mua tôm Hải Lộc (hợp đồng)", [1, 1, 1], "hợp đồng", 3500),
                ("Lò mổ Phúc Hưng (hợp đồng thịt)", [1, 1, 1], "hợp đồng", 5400)])],
        cap=(120, 300, "120 kg/ngày", "300 ngày", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Làm vỏ, gói nhân, chiên", [6, 7, 7]),
               ("Cấp đông, đóng hộp, kho", [2, 2, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.5, g_wage=0.05,
        shares=[("energy", "Điện, nước, gas, dầu chiên", 0.05), ("sell", "Bán hàng, vận chuyển lạnh", 0.07),
                ("tax", "Thuế, phí", 0.015)],
        other=60,
        inv=[("Dây chuyền cán vỏ, định hình bánh", 420, "fixed", 2027),
             ("Tủ cấp đông nhanh và kho lạnh 20 m³", 380, "fixed", 2027),
             ("Máy chiên tách dầu, máy hút chân không", 160, "fixed", 2027),
             ("Cải tạo xưởng một chiều 180 m²", 300, "fixed", 2027),
             ("Thiết kế bao bì, tem QR truy xuất", 40, "soft", 2027),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, "soft", 2027),
             ("Vốn lưu động", 270, "wc", 2027),
             ("Tủ đông trưng bày tại 10 điểm bán", 100, "fixed", 2028)],
        support=[dict(key="ocop", name="Hỗ trợ máy móc, thiết bị", items=["Dây chuyền cán vỏ, định hình bánh", "Tủ cấp đông nhanh và kho lạnh 20 m³",
                                         "Máy chiên tách dầu, máy hút chân không"], rate=0.5, cap=300),
                 dict(key="pack", name="Hỗ trợ thiết kế bao bì, tem truy xuất", items=["Thiết kế bao bì, tem QR truy xuất"], rate=0.5, cap=30)],
        alloc={"Dây chuyền cán vỏ, định hình bánh": {"ocop": 210},
               "Tủ cấp đông nhanh và kho lạnh 20 m³": {"ocop": 90, "loan": 200},
               "Cải tạo xưởng một chiều 180 m²": {"loan": 300},
               "Thiết kế bao bì, tem QR truy xuất": {"pack": 20}},
        groups=[("own", ("own",)), ("state", ("ocop", "pack")), ("loan", ("loan",))],
        src_year={"own": [780, 100], "ocop": [300, 0], "pack": [20, 0], "loan": [500, 0]},
        src=[("own", "Vốn chủ sở hữu", 880), ("ocop", "Hỗ trợ máy móc, thiết bị (OCOP tỉnh)", None),
             ("pack", "Hỗ trợ thiết kế bao bì, tem truy xuất", None),
             ("loan", "Vay ưu đãi Ngân hàng Chính sách xã hội", 500)],
        state_keys=("ocop", "pack"),
        loans=[("NHCSXH", [500, 400, 300], 0.066)],
        life=10,
    ),
    "ix02": dict(
        unit="kg", hist_rows=True,
        products=[("Chè xanh búp sao khô, túi 200 g", "túi", 0.2, 60000, 30000, 3000),
                  ("Chè búp đặc biệt, hộp 500 g", "hộp", 0.5, 170000, 6000, 12000),
                  ("Chè xanh khô xá, bao 5 kg", "bao", 5, 1100000, 500, 15000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[8800, 9700, 10600], price=[270000, 280000, 290000], margin=[0.07, 0.075, 0.08]),
        raws=[("Búp chè tươi", "kg", 4.5, 20000, 0.03,
               [("Đồi chè tập thể của hợp tác xã", [4, 4, 4], "ha", 9000),
                ("Hộ thành viên trồng chè", [25, 25, 25], "hộ", 1200)])],
        cap=(60, 280, "2 dây chuyền × 30 kg/ngày", "280 ngày", None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Sao, vò, sấy chè", [7, 7, 8]),
               ("Đóng gói, kho", [3, 3, 3]), ("Bán hàng", [1, 2, 2])],
        wage=5.5, g_wage=0.05,
        shares=[("energy", "Củi, điện, nước", 0.06), ("sell", "Bán hàng, hội chợ", 0.07), ("tax", "Thuế, phí", 0.01)],
        other=50,
        inv=[("Quyền sử dụng 1.000 m² đất xây xưởng", 250, "land", 2027),
             ("Nhà xưởng chế biến 220 m², sân phơi", 600, "fixed", 2027),
             ("Hai dây chuyền sao, vò chè liên hoàn", 480, "fixed", 2027),
             ("Máy sấy, máy hút chân không, máy đóng gói", 220, "fixed", 2027),
             ("Cải tạo 2 ha chè theo VietGAP", 160, "fixed", 2027),
             ("Bao bì, tem truy xuất, nhãn hiệu", 60, "soft", 2027),
             ("Vốn lưu động", 200, "wc", 2027),
             ("Kho thành phẩm 60 m²", 130, "fixed", 2028)],
        support=[dict(key="ntm", name="Hỗ trợ dự án liên kết chuỗi giá trị", items=["Hai dây chuyền sao, vò chè liên hoàn", "Máy sấy, máy hút chân không, máy đóng gói"],
                      rate=0.5, cap=400),
                 dict(key="kn", name="Hỗ trợ mô hình khuyến nông chè VietGAP", items=["Cải tạo 2 ha chè theo VietGAP"], rate=0.5, cap=100)],
        members=[("Thành viên sáng lập", 5, 50), ("Thành viên chính thức", 22, 20)],
        kind=[("Quyền sử dụng đất xây xưởng", 1000, "m²", 0.25)],
        src_year={"mem": [560, 130], "land": [250, 0], "ntm": [350, 0], "kn": [80, 0], "fund": [230, 0], "loan": [500, 0]},
        src=[("mem", "Thành viên góp bằng tiền", 690), ("land", "Thành viên góp quyền sử dụng đất", 250),
             ("ntm", "Hỗ trợ dự án liên kết (vốn nông thôn mới)", None),
             ("kn", "Hỗ trợ mô hình khuyến nông", None),
             ("fund", "Quỹ đầu tư phát triển của hợp tác xã", 230),
             ("loan", "Vay Quỹ hỗ trợ phát triển hợp tác xã", 500)],
        state_keys=("ntm", "kn"),
        loans=[("Quỹ HTX", [500, 400, 250], 0.054)],
        life=10,
    ),
    "ix03": dict(
        unit="sản phẩm",
        products=[("Khay gỗ mít chạm hoa văn", "chiếc", 1, 450000, 2400, 20000),
                  ("Hộp gỗ đựng chè, trầm", "chiếc", 1, 320000, 3000, 15000),
                  ("Tranh gỗ phù điêu 40 × 60 cm", "bức", 1, 1600000, 400, 60000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[4300, 4900, 5400], price=[430000, 440000, 450000], margin=[0.08, 0.085, 0.09]),
        raws=[("Gỗ mít, gỗ xoan xẻ sấy", "m³", 0.012, 9000000, 0.03,
               [("Hộ trồng rừng có hồ sơ nguồn gốc", [12, 12, 12], "hộ", 5),
                ("Cơ sở xẻ sấy gỗ Đức Thịnh (hợp đồng)", [1, 1, 1], "hợp đồng", 30)])],
        cap=(30, 290, "30 sản phẩm/ngày", "290 ngày", None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Xẻ, pha, định hình", [2, 2, 2]),
               ("Chạm khắc, vận hành CNC", [5, 5, 6]), ("Chà nhám, sơn hoàn thiện", [2, 2, 2]),
               ("Đóng gói, bán hàng", [1, 2, 2])],
        wage=6.5, g_wage=0.05,
        shares=[("energy", "Điện, sơn, vật tư phụ", 0.05), ("sell", "Bán hàng, hội chợ", 0.08), ("tax", "Thuế, phí", 0.015)],
        other=40,
        inv=[("Máy CNC khắc gỗ 2 đầu", 380, "fixed", 2027),
             ("Hút bụi túi vải, buồng phun sơn", 180, "fixed", 2027),
             ("Lò sấy gỗ 6 m³/mẻ", 150, "fixed", 2027),
             ("Nhà xưởng 150 m² (tổ viên góp)", 240, "fixed", 2027),
             ("Máy cưa, máy bào, dụng cụ (tổ viên góp)", 120, "fixed", 2027),
             ("Thiết kế mẫu, catalogue, nhãn hiệu", 50, "soft", 2027),
             ("Vốn lưu động", 180, "wc", 2027),
             ("Máy chà nhám băng, máy bào 4 mặt", 120, "fixed", 2028)],
        support=[dict(key="kc", name="Kinh phí khuyến công hỗ trợ máy CNC", items=["Máy CNC khắc gỗ 2 đầu"], rate=0.5, cap=150),
                 dict(key="ocop", name="Hỗ trợ OCOP: thiết kế mẫu, nhãn hiệu", items=["Thiết kế mẫu, catalogue, nhãn hiệu"], rate=0.5, cap=30)],
        members=[("Lê Văn Tường (tổ trưởng)", 30, 240, "nhà xưởng 150 m²"),
                 ("Trần Đình Khải", 30, 60, "máy cưa đĩa, máy bào"),
                 ("Nguyễn Hữu Lộc", 30, 60, "bộ dụng cụ chạm, máy khoan"),
                 ("Phan Văn Sáu", 30, 0, ""), ("Lê Thị Hằng", 30, 0, ""), ("Đặng Văn Tâm", 30, 0, ""),
                 ("Nguyễn Văn Bình", 30, 0, ""), ("Trần Thị Mai", 30, 0, ""), ("Hồ Văn Quý", 30, 0, "")],
        src=[("mem", "Tổ viên góp bằng tiền", 270), ("kind", "Tổ viên góp bằng tài sản", 360),
             ("kc", "Kinh phí khuyến công", None), ("ocop", "Hỗ trợ OCOP tỉnh", None),
             ("loan", "Vay Quỹ Hỗ trợ nông dân", 400), ("fund", "Quỹ chung của tổ", 215)],
        state_keys=("kc", "ocop"),
        loans=[("Quỹ HTND", [400, 400, 300], 0.06)],
        life=10,
    ),
    "ix04": dict(
        unit="đêm phòng", hist_out_label="Số đêm phòng", hist_price_label="Bình quân doanh thu",
        products=[("Lưu trú (đêm phòng)", "đêm phòng", 1, 550000, 1600, 40000),
                  ("Suất ăn đặc sản", "suất", 0, 180000, 4500, 0),
                  ("Trải nghiệm làm nông, chèo thuyền", "lượt", 0, 150000, 3000, 10000)],
        g_out=(0.10, 0.10), g_price=0.04,
        hist=dict(out=[1050, 1200, 1350], price=[1050000, 1100000, 1150000], margin=[0.10, 0.11, 0.12]),
        raws=[], raw_share=0.25,
        cap=(8, 330, "8 phòng", "330 đêm", [0]),
        roles=[("Chủ hộ, quản lý, đặt phòng", [1, 1, 1]), ("Nấu ăn, phục vụ", [3, 4, 4]),
               ("Buồng phòng, vệ sinh", [2, 2, 3]), ("Hướng dẫn trải nghiệm", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        shares=[("energy", "Điện, nước, gas", 0.05), ("sell", "Hoa hồng đặt phòng, quảng bá", 0.08),
                ("tax", "Thuế, phí", 0.015)],
        other=40,
        inv=[("Quyền sử dụng 2.000 m² đất ở và vườn", 400, "land", 2027),
             ("Nhà rường cổ 5 gian", 300, "land", 2027),
             ("Xây 3 phòng nghỉ nhà gỗ khép kín", 720, "fixed", 2027),
             ("Nhà vệ sinh chung, bể nước, biển chỉ dẫn", 150, "fixed", 2027),
             ("Thuyền, xe đạp, dụng cụ trải nghiệm", 90, "fixed", 2027),
             ("Thiết bị bếp và phòng nghỉ", 230, "fixed", 2027),
             ("Website, ảnh quảng bá, nhãn hiệu", 40, "soft", 2027),
             ("Vốn lưu động", 80, "wc", 2027),
             ("Chòi nghỉ, lối đi bộ ven sông", 120, "fixed", 2028)],
        support=[dict(key="ntm", name="Hỗ trợ hạ tầng du lịch cộng đồng", items=["Nhà vệ sinh chung, bể nước, biển chỉ dẫn"], rate=0.7, cap=100),
                 dict(key="ocop", name="Hỗ trợ quảng bá, nhãn hiệu", items=["Website, ảnh quảng bá, nhãn hiệu"], rate=0.5, cap=30)],
        kind=[("Quyền sử dụng đất ở và vườn", 2000, "m²", 0.2), ("Nhà rường cổ 5 gian", 1, "nhà", 300)],
        src_year={"kind": [700, 0], "own": [490, 120], "ntm": [100, 0], "ocop": [20, 0], "csxh": [100, 0], "agri": [600, 0]},
        src=[("kind", "Đất, nhà rường của hộ (quy ra tiền)", 700), ("own", "Tiền tiết kiệm của hộ", 610),
             ("ntm", "Hỗ trợ hạ tầng du lịch (vốn nông thôn mới)", None),
             ("ocop", "Hỗ trợ quảng bá (OCOP tỉnh)", None),
             ("csxh", "Vay Ngân hàng Chính sách xã hội", 100),
             ("agri", "Vay Ngân hàng Nông nghiệp", 600)],
        state_keys=("ntm", "ocop"),
        loans=[("NHCSXH", [100, 100, 50], 0.066), ("Agribank", [600, 480, 360], 0.085)],
        life=10,
    ),
    "ix05": dict(
        unit="lít", raw_balance=False,
        products=[("Rượu nếp than 30 độ, chai 500 ml", "chai", 0.5, 85000, 20000, 9000),
                  ("Rượu nếp than, bình sứ 1,5 lít", "bình", 1.5, 350000, 1500, 60000),
                  ("Rượu nếp than 30 độ, can 5 lít", "can", 5, 450000, 800, 15000)],
        g_out=(0.15, 0.15), g_price=0.04,
        hist=dict(out=[13200, 14200, 15300], price=[150000, 155000, 160000], margin=[0.09, 0.095, 0.10]),
        raws=[("Gạo nếp than", "kg", 1.25, 35000, 0.03,
               [("Ruộng nếp than của thành viên", [26, 26, 26], "hộ", 600),
                ("Hộ trồng nếp thôn Trung Hòa (hợp đồng)", [13, 13, 13], "hộ", 600)])],
        cap=(90, 300, "3 nồi × 30 lít/ngày", "300 ngày", None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Nấu, ủ men, chưng cất", [4, 4, 5]),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 2])],
        wage=5.5, g_wage=0.05,
        shares=[("energy", "Củi, điện, nước", 0.05), ("sell", "Bán hàng, quảng bá", 0.08), ("tax", "Thuế, phí", 0.02)],
        other=50,
        inv=[("Nhà kho hạ thổ 80 m² (thành viên góp)", 280, "fixed", 2027),
             ("Hệ thống 3 nồi chưng cất inox", 360, "fixed", 2027),
             ("Máy lọc, khử andehit, máy chiết rót", 240, "fixed", 2027),
             ("Chum, vò sành ủ rượu 40 chiếc", 80, "fixed", 2027),
             ("Hầm biogas, bể chứa bỗng rượu", 110, "fixed", 2027),
             ("Bao bì, nhãn, nhãn hiệu, kiểm nghiệm", 60, "soft", 2027),
             ("Vốn lưu động", 320, "wc", 2027)],
        support=[dict(key="ntm", name="Hỗ trợ liên kết chuỗi giá trị", items=["Hệ thống 3 nồi chưng cất inox", "Máy lọc, khử andehit, máy chiết rót"],
                      rate=0.5, cap=300)],
        members=[("Thành viên sáng lập", 6, 30), ("Thành viên góp mới", 20, 15)],
        kind=[("Nhà kho hạ thổ của thành viên", 80, "m²", 3.5)],
        src=[("mem", "Thành viên góp bằng tiền", 480), ("kind", "Thành viên góp bằng tài sản (nhà kho)", 280),
             ("ntm", "Hỗ trợ liên kết chuỗi giá trị (vốn nông thôn mới)", None),
             ("loan", "Vay Quỹ hỗ trợ phát triển hợp tác xã", 200)],
        state_keys=("ntm",),
        loans=[("Quỹ HTX", [200, 200, 120], 0.054)],
        life=10,
    ),
    "ix06": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 ml (650 g)", "chai", 0.65, 210000, 3000, 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 260000, 1500, 12000),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, 690000, 300, 20000)],
        g_out=(0.60, 0.50), g_price=0.03,
        hist=dict(out=[3700, 3900, 4120], price=[265000, 270000, 275000], margin=[0.10, 0.105, 0.11]),
        raws=[("Mật ong thô", "kg", 1.05, 130000, 0.0,
               [("Đàn ong của hộ", [200, 200, 200], "đàn", 15),
                ("Hộ nuôi ong trong xã (thu mua)", [40, 40, 40], "hộ", 250)])],
        cap=(60, 250, "2 mẻ × 30 kg/ngày", "250 ngày", None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc ong, quay mật", [1, 1, 1]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.05,
        shares=[("energy", "Điện, nước", 0.015), ("sell", "Bán hàng, vận chuyển", 0.05), ("tax", "Thuế, phí", 0.015)],
        other=20,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, "fixed", 2027),
             ("Bổ sung 50 đàn ong giống, thùng", 80, "fixed", 2027),
             ("Phòng lọc, đóng chai 36 m², bồn inox", 140, "fixed", 2027),
             ("Thiết kế bao bì, kiểm nghiệm, nhãn hiệu", 40, "soft", 2027),
             ("Vốn lưu động", 150, "wc", 2027)],
        support=[dict(key="ocop", name="Hỗ trợ máy hạ thủy phần", items=["Máy hạ thủy phần mật ong 30 kg/mẻ"], rate=0.5, cap=50),
                 dict(key="kn", name="Hỗ trợ mô hình nuôi ong", items=["Bổ sung 50 đàn ong giống, thùng"], rate=0.5, cap=50),
                 dict(key="pack", name="Hỗ trợ bao bì, kiểm nghiệm", items=["Thiết kế bao bì, kiểm nghiệm, nhãn hiệu"], rate=0.5, cap=30)],
        src=[("own", "Vốn tự có của hộ", 290), ("ocop", "Hỗ trợ máy móc (OCOP tỉnh)", None),
             ("kn", "Hỗ trợ mô hình khuyến nông", None), ("pack", "Hỗ trợ bao bì, kiểm nghiệm (OCOP tỉnh)", None),
             ("loan", "Vay Ngân hàng Chính sách xã hội", 160)],
        state_keys=("ocop", "kn", "pack"),
        loans=[("NHCSXH", [160, 160, 80], 0.066)],
        life=8,
    ),
    "ix07": dict(
        unit="kg",
        products=[("Trà túi lọc cà gai leo, hộp 25 túi × 2 g", "hộp", 0.05, 55000, 50000, 7500),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, 110000, 8000, 3000),
                  ("Trà cà gai leo – xạ đen, hộp 30 túi × 2 g", "hộp", 0.06, 68000, 20000, 6500)],
        g_out=(0.10, 0.10), g_price=0.03,
        hist=dict(out=[5900, 6500, 7100], price=[560000, 590000, 620000], margin=[0.10, 0.11, 0.12]),
        raws=[("Cà gai leo khô (thân, lá)", "kg", 1.08, 120000, 0.03,
               [("Vùng trồng của công ty", [4, 4, 4], "ha", 2000),
                ("Hộ liên kết thôn Phú Mỹ", [15, 15, 15], "hộ", 250)])],
        cap=(40, 280, "40 kg khô/ngày", "280 ngày", None),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Trồng, sơ chế, sấy", [5, 5, 6]),
               ("Đóng túi lọc, đóng hộp", [4, 4, 4]), ("Bán hàng, đại lý", [3, 3, 3])],
        wage=7.0, g_wage=0.05,
        shares=[("energy", "Điện sấy, nước", 0.04), ("sell", "Bán hàng, chiết khấu đại lý", 0.13),
                ("tax", "Thuế, phí", 0.015)],
        other=80,
        inv=[("Nhà xưởng sơ chế, sấy, đóng gói 300 m²", 900, "fixed", 2027),
             ("Máy sấy bơm nhiệt 2 buồng", 320, "fixed", 2027),
             ("Máy đóng túi lọc tự động 2 lớp", 450, "fixed", 2027),
             ("Bao bì, tem QR, nhãn hiệu", 60, "soft", 2027),
             ("Vốn lưu động năm 2027", 300, "wc", 2027),
             ("Máy nghiền, sàng, máy dán hộp", 130, "fixed", 2028),
             ("Mở rộng vùng trồng 3 ha", 240, "fixed", 2028),
             ("Bổ sung vốn lưu động", 150, "wc", 2028)],
        support=[dict(key="ocop", name="Hỗ trợ máy móc, thiết bị", items=["Máy sấy bơm nhiệt 2 buồng", "Máy đóng túi lọc tự động 2 lớp"], rate=0.5, cap=300),
                 dict(key="pack", name="Hỗ trợ bao bì, tem QR", items=["Bao bì, tem QR, nhãn hiệu"], rate=0.5, cap=30),
                 dict(key="kn", name="Hỗ trợ mô hình trồng cà gai leo", items=["Mở rộng vùng trồng 3 ha"], rate=0.5, cap=150)],
        alloc={"Nhà xưởng sơ chế, sấy, đóng gói 300 m²": {"loan": 500},
               "Máy sấy bơm nhiệt 2 buồng": {"ocop": 160},
               "Máy đóng túi lọc tự động 2 lớp": {"ocop": 140, "loan": 300},
               "Bao bì, tem QR, nhãn hiệu": {"pack": 30},
               "Mở rộng vùng trồng 3 ha": {"kn": 120}},
        groups=[("own", ("own",)), ("state", ("ocop", "pack", "kn")), ("loan", ("loan",))],
        src_year={"own": [900, 400], "ocop": [300, 0], "pack": [30, 0], "kn": [0, 120], "loan": [800, 0]},
        src=[("own", "Vốn tự có (cổ đông góp thêm, lợi nhuận giữ lại)", 1300),
             ("ocop", "Hỗ trợ máy móc, thiết bị (OCOP tỉnh)", None),
             ("pack", "Hỗ trợ bao bì, tem QR (OCOP tỉnh)", None),
             ("kn", "Hỗ trợ mô hình khuyến nông", None),
             ("loan", "Vay Ngân hàng Nông nghiệp", 800)],
        state_keys=("ocop", "pack", "kn"),
        loans=[("Agribank", [800, 650, 500], 0.075)],
        life=10,
    ),
    "ix08": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 30 độ đạm, chai 500 ml", "chai", 0.5, 70000, 18000, 7000),
                  ("Nước mắm nhỉ 40 độ đạm, chai 250 ml", "chai", 0.25, 85000, 6000, 8000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 180000, 2000, 12000)],
        g_out=(0.08, 0.08), g_price=0.04,
        hist=dict(out=[16800, 18000, 19200], price=[96000, 100000, 104000], margin=[0.09, 0.095, 0.10]),
        raws=[("Cá cơm tươi", "kg", 1.2, 24000, 0.03,
               [("Tàu cá của thành viên", [8, 8, 8], "tàu", 3500),
                ("Vựa cá bến Cửa Nhượng (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)]),
              ("Muối hạt", "kg", 0.35, 3000, 0.03,
               [("Hợp tác xã muối Kỳ Phương (hợp đồng)", [1, 1, 1], "hợp đồng", 10000)])],
        cap=(450, 70, "450 lít/bể/năm", "70 bể", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [3, 3, 3]),
               ("Lọc, chiết chai, đóng thùng", [3, 3, 4]), ("Bán hàng", [2, 2, 2])],
        wage=5.5, g_wage=0.05,
        shares=[("energy", "Điện, nước", 0.03), ("sell", "Bán hàng, vận chuyển", 0.06), ("tax", "Thuế, phí", 0.015)],
        other=40,
        inv=[("Nhà ủ chượp 200 m², 20 bể composite", 420, "fixed", 2027),
             ("Hệ thống lọc, bồn inox, máy chiết rót", 260, "fixed", 2027),
             ("Bao bì, nhãn, mã vạch, nhãn hiệu", 50, "soft", 2027),
             ("Vốn lưu động", 250, "wc", 2027),
             ("Kho thành phẩm 60 m²", 150, "fixed", 2028)],
        support=[dict(key="nq", name="Hỗ trợ thiết bị chế biến", items=["Hệ thống lọc, bồn inox, máy chiết rót"], rate=0.5, cap=200)],
        members=[("Thành viên", 15, 20)],
        src_year={"mem": [300, 0], "nq": [130, 0], "huyen": [50, 0], "loan": [300, 0], "fund": [200, 150]},
        src=[("mem", "Thành viên góp vốn", 300), ("nq", "Hỗ trợ theo Nghị quyết 123/2018/NQ-HĐND", None),
             ("huyen", "Hỗ trợ của UBND huyện", 50), ("loan", "Vay Ngân hàng Chính sách xã hội", 300),
             ("fund", "Quỹ đầu tư phát triển của HTX", 350)],
        state_keys=("nq", "huyen"),
        loans=[("NHCSXH", [300, 300, 200], 0.066)],
        life=10,
    ),
    "ix09": dict(
        unit="kg", use_row=False,
        products=[("Chả mực giã tay, túi 500 g", "túi", 0.5, 180000, 12000, 4000),
                  ("Chả mực viên chiên, hộp 300 g", "hộp", 0.3, 115000, 8000, 5000),
                  ("Chả mực giã tay, túi 1 kg", "túi", 1, 340000, 1500, 4000)],
        g_out=(0.12, 0.12), g_price=0.03,
        hist=dict(out=[7900, 8600, 9300], price=[330000, 340000, 350000], margin=[0.08, 0.085, 0.09]),
        raws=[("Mực tươi (mực lá, mực ống)", "kg", 1.1, 168000, 0.03,
               [("Tàu mực của tổ viên", [6, 6, 6], "tàu", 1800),
                ("Nậu vựa cảng Thiên Cầm (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)])],
        cap=(42, 260, "42 kg/ngày", "260 ngày", None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Sơ chế, xay giã, định hình", [4, 4, 4]),
               ("Hấp, chiên, cấp đông, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=6.0, g_wage=0.05,
        shares=[("energy", "Điện, nước, gas", 0.04), ("sell", "Bán hàng, vận chuyển lạnh", 0.05),
                ("tax", "Thuế, phí", 0.015)],
        other=40,
        inv=[("Nhà sơ chế 80 m² (tổ viên góp)", 200, "fixed", 2027),
             ("Tủ cấp đông, kho lạnh 15 m³", 280, "fixed", 2027),
             ("Máy hút chân không, máy đóng gói", 120, "fixed", 2027),
             ("Bếp hấp, chảo chiên tách dầu", 90, "fixed", 2027),
             ("Cải tạo khu sơ chế, bể xử lý nước thải", 160, "fixed", 2027),
             ("Bao bì, nhãn, mã vạch, nhãn hiệu", 50, "soft", 2027),
             ("Vốn lưu động", 300, "wc", 2027)],
        support=[dict(key="ocop", name="Hỗ trợ thiết bị bảo quản, đóng gói", items=["Tủ cấp đông, kho lạnh 15 m³", "Máy hút chân không, máy đóng gói"],
                      rate=0.5, cap=150),
                 dict(key="ntm", name="Hỗ trợ xử lý nước thải", items=["Cải tạo khu sơ chế, bể xử lý nước thải"], rate=0.5, cap=100)],
        members=[("Tổ viên", 7, 40)],
        kind=[("Nhà sơ chế của tổ trưởng", 80, "m²", 2.5)],
        src=[("mem", "Tổ viên góp bằng tiền", 280), ("kind", "Tổ viên góp bằng tài sản", 200),
             ("ocop", "Hỗ trợ OCOP tỉnh", None), ("ntm", "Hỗ trợ vốn nông thôn mới", None),
             ("loan", "Vay Quỹ Hỗ trợ nông dân", 300), ("fund", "Quỹ chung của tổ", 190)],
        state_keys=("ocop", "ntm"),
        loans=[("Quỹ HTND", [300, 300, 200], 0.06)],
        life=10,
    ),
    "ix10": dict(
        unit="kg",
        products=[("Cam sấy dẻo nguyên lát, túi 200 g", "túi", 0.2, 75000, 25000, 3500),
                  ("Vỏ cam sấy dẻo, hộp 150 g", "hộp", 0.15, 60000, 12000, 5000),
                  ("Cam sấy dẻo, túi 1 kg", "túi", 1, 330000, 1200, 6000)],
        g_out=(0.10, 0.10), g_price=0.03,
        hist=dict(out=[5900, 6600, 7300], price=[330000, 340000, 350000], margin=[0.09, 0.10, 0.105]),
        raws=[("Cam tươi (cam chanh, cam bù)", "kg", 6.0, 15000, 0.03,
               [("Vườn cam của công ty", [3, 3, 3], "ha", 10000),
                ("Hộ trồng cam liên kết", [18, 18, 18], "hộ", 2000)]),
              ("Đường kính trắng", "kg", 0.3, 22000, 0.03,
               [("Đại lý đường Hương Khê (hợp đồng)", [1, 1, 1], "hợp đồng", 4000)])],
        cap=(40, 300, "2 máy × 20 kg/mẻ/ngày", "300 ngày", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ngâm, sấy", [6, 6, 7]),
               ("Đóng gói, kho", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        shares=[("energy", "Điện sấy, nước", 0.05), ("sell", "Bán hàng, chiết khấu", 0.09), ("tax", "Thuế, phí", 0.015)],
        other=50,
        inv=[("Hai máy sấy bơm nhiệt 20 kg/mẻ", 420, "fixed", 2027),
             ("Máy rửa quả, máy thái lát", 130, "fixed", 2027),
             ("Phòng đóng gói, kho mát 40 m²", 260, "fixed", 2027),
             ("Máy hút chân không, máy in hạn dùng", 90, "fixed", 2027),
             ("Thiết kế bao bì", 30, "soft", 2027),
             ("Vốn lưu động", 300, "wc", 2027),
             ("Kho lạnh bảo quản cam tươi 30 tấn", 350, "fixed", 2028)],
        support=[dict(key="ocop", name="Hỗ trợ máy sấy", items=["Hai máy sấy bơm nhiệt 20 kg/mẻ"], rate=0.5, cap=300),
                 dict(key="ntm", name="Hỗ trợ kho lạnh liên kết chuỗi", items=["Kho lạnh bảo quản cam tươi 30 tấn"], rate=0.3, cap=None)],
        src=[("own", "Vốn góp của chủ sở hữu", 650), ("ocop", "Hỗ trợ máy sấy (OCOP tỉnh)", None),
             ("ntm", "Hỗ trợ liên kết chuỗi (vốn nông thôn mới)", None),
             ("loan", "Vay Ngân hàng Nông nghiệp", 500), ("ret", "Lợi nhuận giữ lại", 115)],
        state_keys=("ocop", "ntm"),
        loans=[("Agribank", [500, 400, 300], 0.075)],
        life=10,
    ),
}


# Planted numeric defects: what the plan prints instead of the true figure (see `printed`).
DEFECTS = {
    "ix06": dict(loan_text=200),                      # figure-inconsistent: the loan in the text
    "ix07": dict(year_total_2028=610, rev_line=(0, 2, 1.14)),  # table-total-mismatch, revenue-mismatch
    "ix08": dict(profit_2028=1.27),                   # profit-mismatch (summary table, 2028)
    "ix10": dict(payback=1.3),                        # payback-mismatch (the text)
}


def r10(x):
    return int(round(x / 10.0)) * 10


def r100(x):
    return int(round(x / 100.0)) * 100


def model(key: str) -> dict:
    """Every figure of a full plan, true values."""
    P = PLANS[key]
    m: dict = {}
    n = len(P["products"])
    packs, price = [], []
    for (_label, _pw, _size, p0, k0, _pc) in P["products"]:
        ks = [k0]
        for g in P["g_out"]:
            ks.append(r10(ks[-1] * (1 + g)))
        packs.append(ks)
        price.append([r100(p0 * (1 + P["g_price"]) ** y) for y in range(3)])
    m["packs"], m["price"] = packs, price
    m["out"] = [sum(packs[i][y] * P["products"][i][2] for i in range(n)) for y in range(3)]
    m["rev_line"] = [[packs[i][y] * price[i][y] / 1e6 for y in range(3)] for i in range(n)]
    m["rev"] = [sum(m["rev_line"][i][y] for i in range(n)) for y in range(3)]
    h = P["hist"]
    m["h_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    m["h_profit"] = [m["h_rev"][y] * h["margin"][y] for y in range(3)]
    m["h_growth"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    raws = []
    for (label, unit, norm, rp, grp, rows) in P["raws"]:
        need = [m["out"][y] * norm for y in range(3)]
        sup_rows = [[c[y] * yl for y in range(3)] for (_, c, _, yl) in rows]
        sup = [sum(r[y] for r in sup_rows) for y in range(3)]
        rprice = [r100(rp * (1 + grp) ** y) if rp >= 1000 else rp for y in range(3)]
        cost = [need[y] * rprice[y] / 1e6 for y in range(3)]
        raws.append(dict(label=label, unit=unit, norm=norm, need=need, sup_rows=sup_rows, sup=sup,
                         bal=[sup[y] - need[y] for y in range(3)], rprice=rprice, cost=cost))
    m["raws"] = raws
    if P.get("cap"):
        rating, days, _, _, idx = P["cap"]
        m["cap"] = rating * days
        idx = range(n) if idx is None else idx
        m["cap_out"] = [sum(packs[i][y] * P["products"][i][2] for i in idx) for y in range(3)]
        m["use"] = [m["cap_out"][y] / m["cap"] * 100 for y in range(3)]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    m["wage"] = [round(P["wage"] * (1 + P["g_wage"]) ** y, 2) for y in range(3)]
    m["fund"] = [m["staff"][y] * m["wage"][y] * 12 for y in range(3)]
    inv = P["inv"]
    m["inv_total"] = sum(a for (_, a, _, _) in inv)
    m["dep_base"] = sum(a for (_, a, k, _) in inv if k == "fixed")
    m["dep"] = m["dep_base"] / P["life"]
    m["inv_year"] = [sum(a for (_, a, _, yr) in inv if yr == y) for y in YEARS]
    sup_amt = {}
    for s in P.get("support", []):
        base = sum(a for (lab, a, _, _) in inv if lab in s["items"])
        raw = base * s["rate"]
        val = min(raw, s["cap"]) if s.get("cap") else raw
        sup_amt[s["key"]] = dict(base=base, val=val, capped=bool(s.get("cap")) and raw > s["cap"])
    m["support"] = sup_amt
    srcs = [(k, lab, sup_amt[k]["val"] if a is None else a) for (k, lab, a) in P["src"]]
    m["src"] = srcs
    m["src_amt"] = {k: a for (k, _, a) in srcs}
    m["src_total"] = sum(a for (_, _, a) in srcs)
    m["src_share"] = [a / m["src_total"] * 100 for (_, _, a) in srcs]
    m["state_total"] = sum(a for (k, _, a) in srcs if k in P.get("state_keys", ()))
    m["state_share"] = m["state_total"] / m["inv_total"] * 100
    if P.get("alloc") is not None:
        keys = [k for (k, _, _) in srcs]
        mat = []
        for (lab, a, _, _) in inv:
            al = dict(P["alloc"].get(lab, {}))
            al["own"] = a - sum(al.values())
            cols = [sum(al.get(k, 0) for k in ks) for (_, ks) in P["groups"]]
            mat.append((lab, a, cols))
        m["matrix"] = mat
        m["matrix_cols"] = [sum(r[2][j] for r in mat) for j in range(len(P["groups"]))]
        m["matrix_src"] = [sum(m["src_amt"][k] for k in ks if k in keys) for (_, ks) in P["groups"]]
    if P.get("src_year"):
        m["year_rows"] = {k: v + [sum(v)] for k, v in P["src_year"].items()}
        m["year_tot"] = [sum(v[y] for v in P["src_year"].values()) for y in range(2)]
    if P.get("members"):
        mem = P["members"]
        if len(mem[0]) == 3:
            m["mem_rows"] = [(lab, k, a, k * a) for (lab, k, a) in mem]
            m["mem_total"] = sum(r[3] for r in m["mem_rows"])
            m["mem_n"] = sum(r[1] for r in m["mem_rows"])
        else:
            m["mem_rows"] = [(lab, c, kd, c + kd) for (lab, c, kd, _) in mem]
            m["mem_cash"] = sum(r[1] for r in m["mem_rows"])
            m["mem_kind"] = sum(r[2] for r in m["mem_rows"])
            m["mem_total"] = m["mem_cash"] + m["mem_kind"]
            m["mem_n"] = len(mem)
    if P.get("kind"):
        m["kind_rows"] = [(lab, q, u, uv, q * uv) for (lab, q, u, uv) in P["kind"]]
        m["kind_total"] = sum(r[4] for r in m["kind_rows"])
    lines = {}
    if P.get("raw_share") is not None:
        lines["raw0"] = [P["raw_share"] * m["rev"][y] for y in range(3)]
    else:
        for j, r in enumerate(raws):
            lines[f"raw{j}"] = r["cost"]
    lines["pack"] = [sum(packs[i][y] * P["products"][i][5] for i in range(n)) / 1e6 for y in range(3)]
    lines["labour"] = m["fund"]
    for (k, _, sh) in P["shares"]:
        lines[k] = [sh * m["rev"][y] for y in range(3)]
    lines["dep"] = [m["dep"]] * 3
    lines["interest"] = [sum(b[y] * rt for (_, b, rt) in P["loans"]) for y in range(3)]
    lines["other"] = [P["other"]] * 3
    m["lines"] = lines
    m["cost"] = [sum(v[y] for v in lines.values()) for y in range(3)]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    m["avg_profit"] = sum(m["profit"]) / 3
    m["payback"] = m["inv_total"] / (m["avg_profit"] + m["dep"])
    m["loan_total"] = sum(b[0] for (_, b, _) in P["loans"])
    return m


def printed(key: str) -> dict:
    """What the plan prints where it differs from the truth (the planted numeric defects and the
    figures that follow them); every other figure is printed as `model` computes it."""
    m = model(key)
    d = DEFECTS.get(key, {})
    p = dict(rev_line=[row[:] for row in m["rev_line"]], rev=m["rev"][:], profit=m["profit"][:],
             margin=m["margin"][:], payback=m["payback"], year_tot=m.get("year_tot", [0, 0])[:],
             loan_text=m["loan_total"])
    if "rev_line" in d:
        i, y, f = d["rev_line"]
        p["rev_line"][i][y] = m["rev_line"][i][y] * f
        p["rev"][y] = sum(p["rev_line"][j][y] for j in range(len(p["rev_line"])))
        p["profit"][y] = p["rev"][y] - m["cost"][y]
        p["margin"][y] = p["profit"][y] / p["rev"][y] * 100
    if "profit_2028" in d:
        p["profit"][1] = m["profit"][1] * d["profit_2028"]
        p["margin"][1] = p["profit"][1] / p["rev"][1] * 100
    p["avg_profit"] = sum(p["profit"]) / 3
    p["payback"] = m["inv_total"] / (p["avg_profit"] + m["dep"])
    if "payback" in d:
        p["payback"] = d["payback"]
    if "year_total_2028" in d:
        p["year_tot"][1] = d["year_total_2028"]
    if "loan_text" in d:
        p["loan_text"] = d["loan_text"]
    return p


# --------------------------------------------------------------------------- table titles
# Each plan's numeric tables, found by the title after "Bảng N." (the generator writes them).
TITLES: dict[str, dict[str, str]] = {
    "ix01": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", raw="Cân đối nguyên liệu",
                 prod="Kế hoạch sản lượng và công suất", staff="Lao động và tiền lương",
                 price="Giá bán dự kiến", matrix="Vốn đầu tư theo hạng mục và nguồn vốn",
                 support="Các khoản hỗ trợ của Nhà nước", year="Tiến độ huy động vốn theo năm",
                 rev="Doanh thu dự kiến", cost="Chi phí sản xuất kinh doanh", sum="Hiệu quả kinh tế"),
    "ix02": dict(hist="Kết quả sản xuất, kinh doanh của HTX", members="Vốn góp bằng tiền của thành viên",
                 kind="Tài sản thành viên góp vốn", raw="Nguồn búp chè tươi", prod="Sản lượng chè thành phẩm",
                 staff="Lao động làm việc tại HTX", price="Giá bán các sản phẩm chè",
                 inv="Hạng mục đầu tư", support="Hỗ trợ từ các chương trình của Nhà nước",
                 year="Nguồn vốn và thời điểm huy động", rev="Doanh thu các năm",
                 cost="Chi phí các năm", sum="Tổng hợp kết quả kinh doanh"),
    "ix03": dict(hist="Kết quả sản xuất 3 năm gần đây", raw="Gỗ nguyên liệu", prod="Sản phẩm và công suất",
                 staff="Lao động của tổ", price="Giá bán sản phẩm", inv="Tổng mức đầu tư",
                 members="Góp vốn của tổ viên", src="Cơ cấu nguồn vốn", support="Điều kiện nhận hỗ trợ",
                 rev="Doanh thu", cost="Chi phí", sum="Lợi nhuận và hoàn vốn"),
    "ix04": dict(hist="Kết quả kinh doanh dịch vụ 2024 – 2026", prod="Lượt khách, đêm phòng và công suất",
                 staff="Người làm dịch vụ", price="Giá dịch vụ", inv="Hạng mục đầu tư",
                 kind="Tài sản của hộ đưa vào kinh doanh", src="Nguồn vốn của phương án",
                 support="Hỗ trợ của Nhà nước", year="Huy động vốn theo năm", rev="Doanh thu dịch vụ",
                 cost="Chi phí dịch vụ", sum="Kết quả kinh doanh dự kiến"),
    "ix05": dict(hist="Kết quả sản xuất 2024 – 2026", raw="Nguồn gạo nếp than", prod="Sản lượng rượu",
                 staff="Lao động của HTX", price="Giá bán", inv="Nhu cầu vốn đầu tư",
                 members="Thành viên góp vốn bằng tiền", kind="Tài sản góp vốn", src="Nguồn vốn",
                 support="Hỗ trợ liên kết chuỗi", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả"),
    "ix06": dict(hist="Sản lượng mật ong những năm qua", raw="Nguồn mật ong thô", prod="Kế hoạch sản lượng",
                 staff="Lao động", price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn",
                 support="Các khoản được hỗ trợ", rev="Doanh thu", cost="Chi phí", sum="Lãi lỗ"),
    "ix07": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", raw="Cân đối nguyên liệu cà gai leo",
                 prod="Sản lượng và công suất", staff="Nhân sự", price="Giá bán",
                 matrix="Vốn đầu tư và nguồn vốn theo hạng mục", support="Hỗ trợ của Nhà nước và điều kiện",
                 year="Giải ngân vốn theo năm", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế"),
    "ix08": dict(hist="Sản lượng, doanh thu 2024 – 2026", raw="Nguyên liệu cá cơm và muối", prod="Sản lượng nước mắm",
                 staff="Lao động", price="Giá bán", inv="Vốn đầu tư", members="Vốn góp thành viên",
                 support="Kinh phí hỗ trợ", year="Nguồn vốn theo năm", rev="Doanh thu", cost="Chi phí",
                 sum="Hiệu quả sản xuất kinh doanh"),
    "ix09": dict(hist="Kết quả 2024 – 2026", raw="Nguồn mực nguyên liệu", prod="Kế hoạch sản xuất",
                 staff="Lao động của tổ", price="Giá bán", inv="Vốn đầu tư", members="Tổ viên góp vốn",
                 kind="Tài sản góp", src="Nguồn vốn", support="Hỗ trợ", rev="Doanh thu", cost="Chi phí",
                 sum="Hiệu quả"),
    "ix10": dict(hist="Kết quả kinh doanh 2024 – 2026", raw="Nguyên liệu", prod="Sản lượng và công suất",
                 staff="Lao động", price="Giá bán", inv="Vốn đầu tư", src="Nguồn vốn và thời điểm",
                 support="Hỗ trợ của Nhà nước", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả"),
}

COST_LBL = dict(pack="Bao bì", labour="Tiền lương", dep="Khấu hao tài sản cố định",
                interest="Lãi vay", other="Chi phí khác")


def cost_label(key: str, k: str) -> str:
    P = PLANS[key]
    if k.startswith("raw"):
        if P.get("raw_share") is not None:
            return "Thực phẩm, đồ uống cho khách"
        return "Nguyên liệu: " + P["raws"][int(k[3:])][0].split(" (")[0].lower()
    for (kk, lab, _) in P["shares"]:
        if kk == k:
            return lab
    return COST_LBL[k]


# --------------------------------------------------------------------------- reading the plans
_NUMCELL = re.compile(r"^-?[\d.]+(,\d+)?$")
_DASH = {"-", "–", "—"}


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> list[list[str]]:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            t = line.strip()
            if t.startswith("Bảng ") and re.match(r"Bảng \d+\. " + re.escape(title) + r"\b", t):
                rows = []
                for ln in lines[i + 1:]:
                    s = ln.strip()
                    if not s or s.startswith("ĐVT") or s.startswith(":::"):
                        if rows and not s.startswith(":::") and not s.startswith("ĐVT"):
                            break
                        continue
                    if not s.startswith("|"):
                        break
                    cells = [c.strip() for c in s.strip("|").split("|")]
                    if all(set(c) <= set("-: ") for c in cells):
                        continue
                    rows.append(cells)
                return rows
        self.failures.append(f"table not found: {title}")
        return []

    def trow(self, title: str, label: str, skip: int = 0) -> list[float]:
        """Numbers of the (skip+1)-th row of table `title` whose first or second cell starts
        with `label`: the cells after that label that are numbers (a dash is 0)."""
        seen = 0
        for r in self.table(title):
            for j in (0, 1):
                if j < len(r) and r[j].startswith(label):
                    if seen == skip:
                        out = []
                        for c in r[j + 1:]:
                            if c in _DASH:
                                out.append(0.0)
                            elif _NUMCELL.match(c):
                                out.append(vn(c))
                        return out
                    seen += 1
                    break
        self.failures.append(f"row not found: {title} / {label}")
        return []

    def eq(self, got, want, what: str, tol: float = 0.01, absl: float = 0.11) -> None:
        if got is None or not (close(got, want, tol) or abs(got - want) <= absl):
            self.failures.append(f"{what}: printed {got}, true {want:.2f}")

    def eqs(self, got: list[float], want: list[float], what: str, **kw) -> None:
        if len(got) < len(want):
            self.failures.append(f"{what}: {len(got)} numbers, {len(want)} expected")
            return
        for y, w in enumerate(want):
            self.eq(got[y], w, f"{what} [{y}]", **kw)

    def planted(self, got, true, what: str) -> None:
        """A planted numeric defect: printed value wrong by more than 5 %."""
        if got is None or not off(got, true):
            self.failures.append(f"planted {what} not wrong enough: printed {got}, true {true:.2f}")


def vnf(x: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5' (d decimals)."""
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


# --------------------------------------------------------------------------- generic checks
def check_full(p: Plan, key: str) -> None:
    P, m, pr = PLANS[key], model(key), printed(key)
    T = TITLES[key]
    n = len(P["products"])
    d = DEFECTS.get(key, {})
    # history
    if P.get("hist_rows"):
        for y, yr in enumerate(HIST_YEARS):
            got = p.trow(T["hist"], str(yr))
            p.eqs(got, [P["hist"]["out"][y], P["hist"]["price"][y], m["h_rev"][y], m["h_profit"][y]],
                  f"history {yr}")
    else:
        p.eqs(p.trow(T["hist"], P.get("hist_out_label", "Sản lượng")), P["hist"]["out"], "history output")
        p.eqs(p.trow(T["hist"], P.get("hist_price_label", "Giá bán bình quân")), P["hist"]["price"], "history price")
        p.eqs(p.trow(T["hist"], "Doanh thu"), m["h_rev"], "history revenue")
        p.eqs(p.trow(T["hist"], "Lợi nhuận"), m["h_profit"], "history profit")
    # raw materials
    for j, r in enumerate(m["raws"]):
        rows = P["raws"][j][5]
        for k, (lab, c, w, yl) in enumerate(rows):
            p.eqs(p.trow(T["raw"], lab), r["sup_rows"][k], f"supply {lab}")
        p.eqs(p.trow(T["raw"], "Cộng nguồn cung", skip=j), r["sup"], f"supply total {r['label']}")
        p.eqs(p.trow(T["raw"], "Nhu cầu", skip=j), r["need"], f"need {r['label']}", absl=0.6)
        if P.get("raw_balance", True):
            p.eqs(p.trow(T["raw"], "Còn dư", skip=j), r["bal"], f"balance {r['label']}", absl=0.6)
            p.check(all(b > 0 for b in r["bal"]) , f"raw shortfall {r['label']}")
    # output and capacity
    for i, prod in enumerate(P["products"]):
        p.eqs(p.trow(T["prod"], prod[0]), m["packs"][i], f"packs {prod[0]}")
    if P["raws"]:
        p.eqs(p.trow(T["prod"], "Tổng sản lượng"), m["out"], "output")
    if "cap" in m:
        p.eqs(p.trow(T["prod"], "Công suất thiết kế"), [m["cap"]] * 3, "capacity")
        if P.get("use_row", True):
            p.eqs(p.trow(T["prod"], "Mức sử dụng công suất"), m["use"], "capacity use", absl=0.06)
    # staff
    for (role, ns) in P["roles"]:
        p.eqs(p.trow(T["staff"], role), ns, f"staff {role}")
    p.eqs(p.trow(T["staff"], "Tổng số lao động"), m["staff"], "staff total")
    p.eqs(p.trow(T["staff"], "Lương bình quân"), m["wage"], "wage", absl=0.006)
    p.eqs(p.trow(T["staff"], "Quỹ lương"), m["fund"], "wage fund")
    # prices
    for i, prod in enumerate(P["products"]):
        p.eqs(p.trow(T["price"], prod[0]), m["price"][i], f"price {prod[0]}")
    # investment: simple list or matrix
    if "matrix" in T:
        for (lab, a, cols) in m["matrix"]:
            p.eqs(p.trow(T["matrix"], lab), [a] + cols, f"matrix {lab}")
        p.eqs(p.trow(T["matrix"], "Tổng cộng"), [m["inv_total"]] + m["matrix_cols"], "matrix total")
        p.eqs(m["matrix_cols"], m["matrix_src"], "matrix columns = sources")
    else:
        for (lab, a, _, _) in P["inv"]:
            got = p.trow(T["inv"], lab)
            p.eq(got[-1] if got else None, a, f"item {lab}")
        got = p.trow(T["inv"], "Tổng cộng")
        p.eq(got[-1] if got else None, m["inv_total"], "investment total")
    # sources
    if "src" in T:
        for j, (k, lab, a) in enumerate(m["src"]):
            got = p.trow(T["src"], lab)
            p.eqs(got, [a, m["src_share"][j]], f"source {lab}", absl=0.06)
        got = p.trow(T["src"], "Tổng cộng")
        p.eqs(got, [m["src_total"], 100], "sources total")
        if key != "ix05":
            p.eq(m["src_total"], m["inv_total"], "sources = investment")
    # by year
    if "year" in T:
        for (k, lab, a) in m["src"]:
            got = p.trow(T["year"], lab)
            p.eqs(got, m["year_rows"][k], f"by year {lab}")
            p.eq(m["year_rows"][k][2], a, f"by year sum {lab}")
        got = p.trow(T["year"], "Tổng cộng")
        want = m["year_tot"] + [m["inv_total"]]
        if "year_total_2028" in d:
            p.eq(got[0] if got else None, want[0], "year total 2027")
            p.eq(got[2] if len(got) > 2 else None, want[2], "year grand total")
            p.planted(got[1] if len(got) > 1 else None, want[1], "table-total-mismatch 2028")
            p.eq(got[1] if len(got) > 1 else None, d["year_total_2028"], "planted 2028 total")
        else:
            p.eqs(got, want, "by year total")
        p.eqs(m["year_tot"], m["inv_year"][:2], "sources by year = items by year")
    # members and property in kind
    if "members" in T:
        if "mem_cash" in m:
            for (lab, c, kd, tot) in m["mem_rows"]:
                got = p.trow(T["members"], lab)
                p.eqs([got[0], got[1], got[-1]] if len(got) >= 3 else got, [c, kd, tot], f"member {lab}")
            got = p.trow(T["members"], "Cộng")
            p.eqs(got, [m["mem_cash"], m["mem_kind"], m["mem_total"]], "members total")
        else:
            for (lab, k, a, tot) in m["mem_rows"]:
                p.eqs(p.trow(T["members"], lab), [k, a, tot], f"members {lab}")
            p.eqs(p.trow(T["members"], "Cộng"), [m["mem_n"], m["mem_total"]], "members total")
    if "kind" in T:
        for (lab, q, u, uv, v) in m["kind_rows"]:
            p.eqs(p.trow(T["kind"], lab), [q, uv * 1e6, v], f"in kind {lab}")
        got = p.trow(T["kind"], "Cộng")
        p.eq(got[-1] if got else None, m["kind_total"], "in kind total")
    # state support
    for s in P.get("support", []):
        got = p.trow(T["support"], s["name"])
        sv = m["support"][s["key"]]
        p.eqs(got[-2:] if len(got) >= 2 else got, [sv["base"], sv["val"]], f"support {s['name']}")
    # revenue
    for i, prod in enumerate(P["products"]):
        got = p.trow(T["rev"], prod[0])
        for y in range(3):
            if "rev_line" in d and d["rev_line"][:2] == (i, y):
                p.planted(got[y] if len(got) > y else None, m["rev_line"][i][y], f"revenue-mismatch {prod[0]} {YEARS[y]}")
                p.eq(got[y] if len(got) > y else None, pr["rev_line"][i][y], "planted revenue line")
            else:
                p.eq(got[y] if len(got) > y else None, m["rev_line"][i][y], f"revenue {prod[0]} {YEARS[y]}")
    p.eqs(p.trow(T["rev"], "Tổng doanh thu"), pr["rev"], "revenue total (as printed)")
    # costs
    for k, v in m["lines"].items():
        p.eqs(p.trow(T["cost"], cost_label(key, k)), v, f"cost {k}")
    p.eqs(p.trow(T["cost"], "Tổng chi phí"), m["cost"], "cost total")
    # summary
    p.eqs(p.trow(T["sum"], "Doanh thu"), pr["rev"], "summary revenue")
    p.eqs(p.trow(T["sum"], "Tổng chi phí"), m["cost"], "summary cost")
    got = p.trow(T["sum"], "Lợi nhuận")
    for y in range(3):
        if "profit_2028" in d and y == 1:
            p.planted(got[1] if len(got) > 1 else None, m["profit"][1], "profit-mismatch 2028")
            p.eq(got[1] if len(got) > 1 else None, pr["profit"][1], "planted 2028 profit")
        else:
            p.eq(got[y] if len(got) > y else None, pr["profit"][y], f"summary profit {YEARS[y]}")
    p.eqs(p.trow(T["sum"], "Tỷ suất lợi nhuận"), pr["margin"], "summary margin", absl=0.06)
    p.eqs(p.trow(T["sum"], "Khấu hao"), [m["dep"]] * 3, "summary depreciation")
    # payback as printed in the text
    pb = vnf(pr["payback"], 1)
    p.has(f"{pb} năm")
    if "payback" in d:
        p.planted(pr["payback"], m["payback"], "payback-mismatch")
    elif abs(pr["payback"] - m["payback"]) / m["payback"] > 0.05:
        p.check(key in TOLERATE_PAYBACK, f"payback printed {pr['payback']:.2f} vs true {m['payback']:.2f} not tolerated")
    # plausibility of the true figures
    for y in range(3):
        p.check(0 < m["margin"][y] < 40, f"true margin {YEARS[y]} {m['margin'][y]:.1f}")
    if key not in ("ix06",):
        for y in (1, 2):
            p.check(m["rev"][y] / m["rev"][y - 1] < 1.35, f"revenue growth {YEARS[y]}")
    if key not in ("ix09",) and "cap" in m:
        p.check(max(m["use"]) <= 85, "capacity use over 85 %")
    p.check(m["out"][0] <= P["hist"]["out"][2] * 1.25 or not P["raws"], "2027 output within +25 % of 2026")


TOLERATE_PAYBACK = ("ix07", "ix08")


# --------------------------------------------------------------------------- text checks
READY = ("ix01", "ix02", "ix03", "ix04")
SKETCHY = ("ix11", "ix12")


def words(p: Plan) -> int:
    return len([w for w in p.body.split() if any(ch.isalpha() for ch in w)])


def check_ready(p: Plan, key: str) -> None:
    p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key != "ix04":
        p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
    for y in re.findall(r"đến \d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(y) >= 2030, f"paper valid only to {y}")
    p.check(m_state_ok(key), "state support above half the investment")


def m_state_ok(key: str) -> bool:
    return model(key)["state_share"] < 50


def check_text(p: Plan, key: str) -> None:
    raw = p.text
    if key != "ix09":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        check_ready(p, key)
    if key in PLANS:
        m, pr = model(key), printed(key)
        p.check(m["state_share"] < 50, "state support is more than half the investment")
        p.has(f"{vnf(m['inv_total'], 0)} triệu đồng")
    if key == "ix01":
        m, pr = model("ix01"), printed("ix01")
        own_basis = m["inv_total"] - m["state_total"]
        p.has(f"{vnf(own_basis / (pr['avg_profit'] + m['dep']), 1)} năm", "không quá 300 triệu đồng",
              "tiêu chuẩn cơ sở", "thử nghiệm", "đăng ký môi trường", "hỗ trợ sau đầu tư")
        p.check("{-350-}{+300+}" in raw, "tracked change 350 -> 300 missing")
        p.check(m["support"]["ocop"]["capped"] and m["support"]["ocop"]["val"] == 300, "ix01 cap")
    if key == "ix02":
        p.has("[^dat]", "[^lk]", "113/2024/NĐ-CP", "TCCS", "thử nghiệm", "không ghi công dụng chữa bệnh")
        m = model("ix02")
        p.check(m["mem_total"] == m["src_amt"]["mem"] and m["kind_total"] == m["src_amt"]["land"], "ix02 members / land")
    if key == "ix03":
        m = model("ix03")
        p.has("không phải thực phẩm", "đăng ký môi trường", "bảng kê lâm sản", "TCCS")
        p.check(m["mem_cash"] == m["src_amt"]["mem"] and m["mem_kind"] == m["src_amt"]["kind"], "ix03 members")
        p.check(sum(a for (lab, a, _, _) in PLANS["ix03"]["inv"] if "tổ viên góp" in lab) == m["mem_kind"], "ix03 items in kind")
        p.check(m["support"]["kc"]["capped"], "ix03 khuyến công cap")
    if key == "ix04":
        m, pr = model("ix04"), printed("ix04")
        cash = m["inv_total"] - m["kind_total"]
        p.has(f"{vnf(cash / (pr['avg_profit'] + m['dep']), 1)} năm", "cam kết bảo đảm an toàn thực phẩm",
              "phòng cháy", "bể tự hoại")
        p.check("::: tab" in raw, "ix04 tab-typed table")
        p.check(m["kind_total"] == m["src_amt"]["kind"], "ix04 in kind")
    if key == "ix05":
        m = model("ix05")
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence mentioned")
        p.has("Tổng nguồn vốn huy động được 1.260 triệu đồng", "bảo đảm đủ vốn", "bảo đảm đủ nguyên liệu",
              "QCVN 6-3:2010/BYT", "đăng ký môi trường", "Không dành cho người dưới 18 tuổi")
        p.planted(m["src_total"], m["inv_total"], "capital-mismatch (sources vs investment)")
        r = m["raws"][0]
        p.check(r["need"][2] > r["sup"][2], "ix05 2029 need within supply")
        p.planted(r["sup"][2], r["need"][2], "material-shortfall 2029")
        p.check(r["need"][1] <= r["sup"][1], "ix05 2028 should still fit")
        p.lacks(r"Còn dư|Chênh lệch|thiếu hụt", "balance row or shortfall word")
        p.check(m["mem_total"] == m["src_amt"]["mem"] and m["kind_total"] == m["src_amt"]["kind"], "ix05 members")
    if key == "ix06":
        m, pr = model("ix06"), printed("ix06")
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch", "label word")
        p.has(f"cho vay {vnf(pr['loan_text'], 0)} triệu đồng")
        p.eqs(p.trow(TITLES["ix06"]["src"], "Vay Ngân hàng Chính sách xã hội")[:1], [m["src_amt"]["loan"]], "ix06 loan table")
        p.planted(pr["loan_text"], m["src_amt"]["loan"], "figure-inconsistent (loan)")
        g = [m["rev"][y] / m["rev"][y - 1] - 1 for y in (1, 2)]
        p.check(min(g) > 0.45, f"ix06 growth not steep: {g}")
        p.check(m["h_growth"] < 10, "ix06 history growth")
        p.check(len(set(m["staff"])) == 1, "ix06 staff should stay the same")
        p.has("giữ nguyên 3 lao động", "mật ong sạch trên thị trường còn rất lớn")
    if key == "ix07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "product standard word")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "QR", "không ghi công dụng chữa bệnh")
    if key == "ix08":
        p.lacks(r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm", "environment word")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current programme cited")
    if key == "ix09":
        m = model("ix09")
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food-safety word")
        p.check(len(re.findall(PLACEHOLDER, p.body)) == 2, "ix09 should keep exactly two placeholders")
        p.planted(m["cap"], m["cap_out"][2], "capacity-exceeded 2029")
        p.check(m["cap_out"][2] > m["cap"], "ix09 2029 within capacity")
        p.check(len(set(m["staff"])) == 1, "ix09 staff should stay the same")
        p.has("đáp ứng đủ kế hoạch sản xuất đến năm 2029", "không mua thêm máy xay", "TCCS", "nước thải")
        p.check(not any("xay" in lab.lower() for (lab, _, _, _) in PLANS["ix09"]["inv"]), "ix09 buys a grinder")
    if key == "ix10":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý|văn bằng", "trademark word")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát|lưu mẫu|(?<!\w)tem(?!\w)|mã vạch|HACCP|ISO",
                "quality-control word")
        p.has("an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP")
    if key in SKETCHY:
        n = words(p)
        p.check(150 <= n <= 350, f"sketchy length {n} words")
        p.check(not p.rows and "Bảng" not in p.body, "sketchy plan has a table")
        p.lacks(r"TCCS|an toàn thực phẩm|nhãn|tự công bố|đăng ký môi trường|Bảng", "paper in a sketchy plan")
    if key == "ix11":
        p.has("3.000 đồng/cái", "120 triệu đồng", "30 triệu đồng", "60 triệu đồng", "chưa đăng ký kinh doanh")
        p.check(30 + 60 + 30 == 120, "ix11 capital")
    if key == "ix12":
        p.has("45.000 đồng/bánh", "6.000 bánh", "80 triệu đồng", "40 triệu đồng", "25 triệu đồng", "15 triệu đồng")
        p.check(40 + 25 + 15 == 80, "ix12 capital")


def main(argv=None) -> int:
    keys = list(argv or []) or sorted(STEMS)
    plans = []
    for k in keys:
        p = Plan(STEMS[k])
        if k in PLANS:
            check_full(p, k)
        check_text(p, k)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
