"""The 195th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout195/arithmetic.py [gn01 gn05 ...]

Theme: market-heavy plans. Besides its own figures, every full plan (gn01-gn10) gives the size of
its market by year and its growth, a table of competitors (output, price, share of the market), a
survey of buyers (counts of respondents and percentages), the plan's own target share of the market
year by year, and its sales by channel and by region. The competitors' and the market's figures
are not the producer's own, but they must agree with the plan's: the competitors' outputs plus the
producer's own output plus the small producers add up to the market size, every share is output /
market size, the target share is the planned output over the projected market, and the channel and
region tables add up to the planned output or revenue.

For every full plan the constants give the products (pack size in the plan's base unit, price,
packs a year, packing cost), the 2024-2026 history, the market (2026 size and yearly growth), the
competitors, the survey, the channel and region splits (per cent a year), the raw materials (norm
per base unit, price, supply rows as count x yield), the binding capacity (count x rating), staff
by role and monthly wage, the per-unit and per-revenue cost lines, investment items and sources,
asset life, loan balance and rate. `model()` turns them into every figure the plan prints (the
generator that wrote the plans' Markdown imports it); the checks below read the figures back from
the plan's source (tables found by their caption "Bảng N. ...") and recompute them: planted numeric
defects must be wrong by more than 5 % (the true value is computed beside them), every other number
right within 1 % (or half a unit of its last printed digit). Textual defects are asserted through
the presence or absence of their words. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
MYEARS = (2024, 2025, 2026, 2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)|thị xã|(?<!\w)thành phố Hà Tĩnh")

STEMS = {
    "gn01": "gn01_nuoc_mam_van_trieu_cty",
    "gn02": "gn02_cam_chanh_phuc_lam_htx",
    "gn03": "gn03_mat_ong_thuan_hang_hkd",
    "gn04": "gn04_non_la_trung_ha_tht",
    "gn05": "gn05_ruou_nep_cam_kim_son_htx",
    "gn06": "gn06_keo_cu_do_xuan_lam_ctcp",
    "gn07": "gn07_tra_ca_gai_leo_cam_lac_htx",
    "gn08": "gn08_dau_lac_hung_mai_hkd",
    "gn09": "gn09_muc_mot_nang_dong_kim_cty",
    "gn10": "gn10_banh_ram_gia_hoa_tht",
    "gn11": "gn11_bot_san_day_so_sai",
    "gn12": "gn12_choi_dot_so_sai",
}

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ per pack (one value, or one a year),
#            packs a year [2027, 2028, 2029], packing cost đ per pack)
# hist: output 2024-2026 (base units), average price đ per base unit, margin (profit / revenue)
# market: size in 2026 (market units = 1.000 base units), growth a year; the years 2024-2029 are
#         m26 x (1 + g)^(year - 2026)
# comps: (competitor, output in 2026 (market units), price đ per base unit); the plan's own row is
#         its 2026 output at its 2026 price; "others" is the rest of the market
# survey: respondents and, per question, (answer, count)
# channels / regions: (name, per cent of output (vol) or revenue (rev) a year); mode says which
#         the table prints: "rev" triệu đồng, "vol" base units, "pct" the per cents themselves
# raws: norm per base unit of output, price đ per unit, supply rows (label, count a year, word, yield)
# cap: capacity a year = a[year] x b (vats x litres, days x kg a day, workers x pieces a year)
# staff: (role, head count a year), wage: triệu đồng a month a year
# energy: đ per base unit; sell, tax: share of revenue; other: triệu a year; piece: đ per unit
# inv: (item, triệu, fixed asset?); src: (source, triệu); loan: balance a year (triệu), rate
# over: the printed figures that differ from the model (the planted numeric defects)
PLANS: dict[str, dict] = {
    "gn01": dict(
        unit="lít", munit="nghìn lít",
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, 88000, [30000, 33000, 36000], 7000),
                  ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, 72000, [24000, 27000, 30000], 8500),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, 260000, [3000, 3300, 3600], 16000)],
        hist=dict(out=[41000, 44500, 48000], price=[88000, 90000, 92000], margin=[0.14, 0.15, 0.16]),
        market=dict(m26=960, g=0.06),
        comps=[("Công ty CP Nước mắm Xuân Hội Phát", 210, 78000),
               ("HTX Chế biến hải sản Kỳ Phú Sơn", 150, 65000),
               ("Cơ sở nước mắm Bà Tư Hải Bằng", 95, 55000),
               ("Nước mắm truyền thống tỉnh khác", 260, 90000)],
        own="Công ty Vạn Triều", others=("Các hộ làm mắm nhỏ lẻ", 40000),
        survey=dict(n=320, qs=[("Loại dùng thường xuyên", [("Nước mắm truyền thống", 182),
                                                           ("Nước mắm công nghiệp", 109),
                                                           ("Dùng cả hai loại", 29)]),
                               ("Giá chấp nhận, chai 500 ml", [("Dưới 60.000 đồng", 74),
                                                               ("60.000 – 90.000 đồng", 161),
                                                               ("Trên 90.000 đồng", 85)]),
                               ("Nơi mua thường xuyên", [("Chợ, tạp hóa", 118),
                                                         ("Siêu thị, cửa hàng", 109),
                                                         ("Mua trực tuyến", 45),
                                                         ("Tại cơ sở sản xuất", 48)])]),
        channels=dict(mode="rev", rows=[("Đại lý, cửa hàng thực phẩm", [38, 35, 33]),
                                        ("Siêu thị, chuỗi tiện lợi", [22, 24, 25]),
                                        ("Nhà hàng, bếp ăn tập thể", [15, 14, 14]),
                                        ("Điểm OCOP, quà du lịch", [10, 11, 11]),
                                        ("Sàn thương mại điện tử", [15, 16, 17])]),
        regions=dict(mode="vol", rows=[("Hà Tĩnh", [62, 58, 55]), ("Nghệ An", [20, 21, 22]),
                                       ("Hà Nội, Bắc Ninh", [12, 14, 15]), ("Các tỉnh khác", [6, 7, 8])]),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.1, price=28000,
                   rows=[("Tàu lưới vây của công ty", [2, 2, 2], "tàu", 15000),
                         ("Tàu lưới vây hợp đồng", [12, 12, 12], "tàu", 4500)]),
              dict(label="Muối hạt", unit="kg", norm=0.35, price=3000,
                   rows=[("HTX muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 28000)])],
        cap=dict(a=[140, 140, 140], b=600),
        staff=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Thu mua cá, muối chượp", [4, 4, 4]),
               ("Lọc, chiết rót, đóng thùng", [4, 4, 5]), ("Bán hàng, phát triển thị trường", [3, 3, 4])],
        wage=[6.5, 6.8, 7.1], energy=1500, sell=0.10, tax=0.015, other=120,
        inv=[("Bổ sung 20 thùng gỗ ủ chượp", 180, True), ("Máy lọc, dây chuyền chiết rót", 380, True),
             ("Mở rộng nhà thùng chượp 200 m²", 600, True),
             ("Kho thành phẩm 120 m²", 260, True), ("Bao bì mới, mã QR truy xuất", 60, False),
             ("Quảng bá, hội chợ, gian hàng số", 120, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 1100), ("Vay Ngân hàng Nông nghiệp", 900)],
        life=10, loan=[900, 700, 500], rate=0.08),
    "gn02": dict(
        unit="kg", munit="tấn",
        products=[("Cam chanh loại 1, hộp 5 kg", "hộp", 5, [170000, 175000, 180000], [16000, 17600, 19200], 9000),
                  ("Cam chanh loại 2, thùng 10 kg", "thùng", 10, [240000, 245000, 250000], [9000, 9900, 10800], 7000),
                  ("Cam bù, túi lưới 3 kg", "túi", 3, [120000, 123000, 126000], [10000, 11000, 12000], 2500)],
        hist=dict(out=[165000, 172000, 180000], price=[27000, 28500, 29500], margin=[0.10, 0.11, 0.12]),
        market=dict(m26=6500, g=0.08),
        comps=[("HTX Cam bù Sơn Trường Phát", 950, 32000),
               ("Công ty CP Nông sản Ngàn Phố Xanh", 720, 29000),
               ("Tổ hợp tác cam Khe Giao", 310, 27000),
               ("Cam Nghệ An qua thương lái", 1800, 24000),
               ("Cam phía Nam, cam nhập", 1200, 30000)],
        own="HTX Cam sạch Phúc Lâm", others=("Hộ, tổ nhóm nhỏ khác", 20000),
        survey=dict(n=250, qs=[("Tiêu chí quan trọng nhất", [("Nguồn gốc, truy xuất", 96),
                                                              ("Vị ngọt, mọng nước", 88),
                                                              ("Giá bán", 41), ("Hộp, bao bì đẹp", 25)]),
                               ("Mua cam VietGAP giá cao hơn 10 %", [("Sẵn sàng mua", 171),
                                                                     ("Không", 79)]),
                               ("Nơi mua", [("Cửa hàng trái cây", 112), ("Chợ", 63),
                                            ("Đặt qua mạng", 51), ("Siêu thị", 24)])]),
        channels=dict(mode="vol", rows=[("Cửa hàng trái cây, đại lý", [45, 42, 40]),
                                        ("Siêu thị, chuỗi cửa hàng", [20, 22, 24]),
                                        ("Bếp ăn, doanh nghiệp quà tặng", [15, 14, 13]),
                                        ("Bán trực tuyến", [12, 13, 14]),
                                        ("Bán tại vườn, du lịch", [8, 9, 9])]),
        regions=dict(mode="vol", rows=[("Hà Tĩnh", [40, 38, 36]), ("Nghệ An", [25, 25, 25]),
                                       ("Hà Nội", [25, 27, 29]), ("Các tỉnh khác", [10, 10, 10])]),
        raws=[dict(label="Cam tươi thu hái", unit="kg", norm=1.08, price=16000,
                   rows=[("Vườn cam của thành viên", [30, 30, 30], "ha", 8000),
                         ("Hộ liên kết thôn Khe Lim", [12, 12, 12], "hộ", 4000)])],
        cap=dict(a=[120, 120, 120], b=2500),
        staff=[("Ban quản trị, kế toán", [3, 3, 3]), ("Kỹ thuật, giám sát vườn", [2, 2, 2]),
               ("Sơ chế, phân loại, đóng hộp", [5, 6, 6]), ("Bán hàng, thị trường", [2, 2, 3])],
        wage=[6.0, 6.3, 6.6], energy=400, sell=0.06, tax=0.01, other=50,
        inv=[("Nhà sơ chế, đóng gói 200 m²", 450, True), ("Dây chuyền rửa, phân loại cam", 380, True),
             ("Kho lạnh 40 tấn", 320, True), ("Hộp, thùng, tem truy xuất", 80, False),
             ("Quảng bá, hội chợ, sàn điện tử", 100, False), ("Vốn lưu động", 470, False)],
        src=[("Vốn góp của thành viên", 700), ("Quỹ phát triển hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp", 900)],
        life=10, loan=[900, 700, 500], rate=0.08),
    "gn03": dict(
        unit="kg", munit="tấn",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 190000, [5200, 5800, 6400], 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 260000, [2400, 2600, 2800], 12000),
                  ("Mật ong hoa nhãn, chai 250 g", "chai", 0.25, 110000, [4000, 4400, 4800], 8000)],
        hist=dict(out=[4800, 5100, 5400], price=[300000, 310000, 320000], margin=[0.15, 0.16, 0.16]),
        market=dict(m26=180, g=0.07),
        comps=[("HTX Ong mật Sơn Hồng Phát", 24, 280000),
               ("Hộ nuôi ong Phan Văn Lực", 12, 250000),
               ("Mật ong các hãng toàn quốc", 60, 230000)],
        own="Hộ Thuận Hằng", others=("Mật ong bán rời, không nhãn", 150000),
        survey=dict(n=200, qs=[("Lo ngại khi mua", [("Mật pha đường, hàng giả", 124),
                                                     ("Không rõ nguồn gốc", 46), ("Giá cao", 30)]),
                               ("Quy cách ưa chuộng", [("Chai 500 g", 92), ("Hũ 1 kg", 54),
                                                       ("Chai 250 g làm quà", 54)]),
                               ("Trả thêm cho mật kiểm nghiệm", [("Sẵn sàng", 138), ("Không", 62)])]),
        channels=dict(mode="pct", rows=[("Khách quen, đặt hàng trực tiếp", [30, 27, 25]),
                                        ("Cửa hàng đặc sản, thực phẩm sạch", [28, 28, 28]),
                                        ("Nhà thuốc đông y", [12, 12, 12]),
                                        ("Điểm OCOP, hội chợ", [10, 11, 12]),
                                        ("Bán trực tuyến", [20, 22, 23])]),
        regions=dict(mode="none", rows=[("Hà Tĩnh", [70, 66, 62]), ("Nghệ An", [15, 16, 17]),
                                        ("Hà Nội và tỉnh khác", [15, 18, 21])]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.06, price=150000,
                   rows=[("Đàn ong của hộ", [320, 320, 320], "đàn", 15),
                         ("Hộ nuôi ong liên kết", [12, 12, 12], "hộ", 300)])],
        cap=dict(a=[200, 200, 200], b=50),
        staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=1000, sell=0.07, tax=0.015, other=25,
        inv=[("Máy hạ thủy phần 50 kg/mẻ", 180, True), ("Phòng lọc, đóng chai 40 m²", 150, True),
             ("Bồn inox, máy lọc, máy quay mật", 70, True), ("Chai, hũ, hộp quà, tem", 50, False),
             ("Quảng bá, gian hàng trực tuyến", 40, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066),
    "gn04": dict(
        unit="chiếc", munit="nghìn chiếc",
        products=[("Nón lá trắng 16 vành", "chiếc", 1, 55000, [9000, 9800, 10600], 1500),
                  ("Nón lá vẽ tranh, hộp quà", "chiếc", 1, 180000, [4000, 4500, 5000], 8000),
                  ("Nón lá mini lưu niệm", "chiếc", 1, 45000, [2000, 2200, 2400], 2000)],
        hist=dict(out=[12800, 13600, 14200], price=[78000, 81000, 84000], margin=[0.10, 0.11, 0.12]),
        market=dict(m26=420, g=0.04),
        comps=[("Tổ hợp tác nón Đức Phong Hạ", 48, 50000),
               ("Nón Nghệ An qua đại lý", 85, 45000),
               ("Nón Huế, nón bài thơ", 70, 90000)],
        own="Tổ hợp tác Trung Hà", others=("Hộ chằm nón lẻ trong tỉnh", 35000),
        survey=dict(n=180, qs=[("Mục đích mua", [("Làm quà lưu niệm", 97), ("Đội nắng, làm đồng", 45),
                                                  ("Biểu diễn, chụp ảnh", 38)]),
                               ("Giá chấp nhận, nón vẽ", [("Dưới 150.000 đồng", 58),
                                                          ("150.000 – 200.000 đồng", 89),
                                                          ("Trên 200.000 đồng", 33)]),
                               ("Nơi mua", [("Điểm du lịch", 84), ("Cửa hàng lưu niệm", 61),
                                            ("Trực tuyến", 35)])]),
        channels=dict(mode="rev", rows=[("Điểm du lịch, khu di tích", [35, 34, 33]),
                                        ("Cửa hàng lưu niệm, OCOP", [30, 30, 30]),
                                        ("Đoàn nghệ thuật, trường học", [15, 14, 13]),
                                        ("Bán trực tuyến", [12, 14, 16]),
                                        ("Chợ, khách mua tại nhà", [8, 8, 8])]),
        regions=dict(mode="vol", rows=[("Hà Tĩnh", [55, 52, 50]), ("Nghệ An", [20, 20, 20]),
                                       ("Huế, Hội An, Hà Nội", [25, 28, 30])]),
        raws=[dict(label="Lá nón khô", unit="kg", norm=0.12, price=60000,
                   rows=[("Đồi lá nón của tổ viên", [5, 5, 5], "ha", 300),
                         ("Hộ khai thác lá nón", [12, 12, 12], "hộ", 80)]),
              dict(label="Giang, tre chẻ vành", unit="kg", norm=0.15, price=20000,
                   rows=[("Hộ cung cấp giang, tre", [6, 6, 6], "hộ", 500)])],
        cap=dict(a=[80, 84, 88], b=250),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Xử lý lá, phơi, là lá", [2, 2, 2]),
               ("Vẽ tranh, hoàn thiện, đóng hộp", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.5], energy=1000, sell=0.08, tax=0.01, other=20, piece=22000,
        inv=[("Nhà xưởng, kho lá 150 m²", 220, True), ("Lò sấy lá, bàn là, khuôn nón", 90, True),
             ("Buồng sấy lá có chụp hút", 70, True), ("Mẫu mới, hộp quà, thẻ treo", 40, False),
             ("Quảng bá, hội chợ, trang bán hàng", 40, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 390), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066),
    "gn05": dict(
        unit="lít", munit="nghìn lít",
        products=[("Rượu nếp cẩm 29 độ, chai 500 ml", "chai", 0.5, 85000, [16000, 18400, 20800], 9000),
                  ("Rượu nếp cẩm 35 độ, bình gốm 1,5 lít", "bình", 1.5, 360000, [2000, 2200, 2400], 45000),
                  ("Rượu nếp cẩm 29 độ, can 5 lít", "can", 5, 420000, [600, 700, 800], 12000)],
        hist=dict(out=[10000, 11000, 12000], price=[150000, 155000, 160000], margin=[0.12, 0.13, 0.13]),
        market=dict(m26=420, g=0.05),
        comps=[("Công ty CP Rượu đặc sản Hồng Lam", 95, 140000),
               ("HTX Rượu nếp sim Thạch Đình", 42, 150000),
               ("Rượu đặc sản tỉnh khác", 80, 180000),
               ("Cơ sở rượu gạo Đức Phú", 60, 70000)],
        own="HTX Kim Sơn", others=("Rượu thủ công bán rời", 60000),
        survey=dict(n=150, qs=[("Loại rượu khách hay gọi", [("Rượu nếp", 64), ("Rượu gạo tẻ", 48),
                                                             ("Rượu ngâm", 38)]),
                               ("Yêu cầu với nhà cung cấp", [("Nhãn, hóa đơn, nguồn gốc", 71),
                                                             ("Giá ổn định", 44),
                                                             ("Giao hàng nhanh", 35)]),
                               ("Nhập rượu nếp cẩm đóng chai", [("Sẽ nhập thử", 87),
                                                                 ("Chưa quyết định", 41),
                                                                 ("Không", 22)])]),
        channels=dict(mode="vol", rows=[("Nhà hàng, quán ăn", [45, 42, 40]),
                                        ("Cửa hàng đặc sản, quà tặng", [25, 26, 27]),
                                        ("Điểm OCOP, hội chợ", [10, 10, 10]),
                                        ("Khách đặt qua điện thoại, mạng", [20, 22, 23])]),
        regions=dict(mode="vol", rows=[("Hà Tĩnh", [75, 72, 70]), ("Nghệ An", [15, 16, 17]),
                                       ("Hà Nội, tỉnh khác", [10, 12, 13])]),
        raws=[dict(label="Gạo nếp cẩm", unit="kg", norm=1.3, price=32000,
                   rows=[("Hộ thành viên trồng nếp cẩm", [40, 40, 40], "hộ", 450),
                         ("Hộ liên kết thôn Đông Lâm", [20, 20, 20], "hộ", 400)]),
              dict(label="Men lá", unit="kg", norm=0.03, price=120000,
                   rows=[("Men lá của hợp tác xã", [1, 1, 1], "lò men", 800)])],
        cap=dict(a=[250, 250, 250], b=90),
        staff=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 3]), ("Bán hàng, thị trường", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=3000, sell=0.08, tax=0.02, other=40,
        inv=[("Kho hạ thổ, ủ rượu 80 m²", 240, True), ("Máy lọc, khử andehit, chiết rót", 280, True),
             ("Chum, bình gốm ủ rượu", 110, True), ("Hầm biogas, bể chứa bỗng", 90, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False), ("Quảng bá, hội chợ, điểm bán", 80, False),
             ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        # planted revenue-mismatch: the 2028 line of the 500 ml bottle printed 15 % high
        over={("rev_line", 0, 1): 1.15}, figure_text=22000),
    "gn06": dict(
        unit="kg", munit="tấn",
        products=[("Cu đơ truyền thống, gói 250 g", "gói", 0.25, 32000, [60000, 120000, 192000], 2500),
                  ("Cu đơ gừng, hộp 500 g", "hộp", 0.5, 70000, [18000, 36000, 57600], 6000),
                  ("Cu đơ mini, túi 1 kg", "túi", 1, 110000, [6000, 12000, 19200], 4000)],
        hist=dict(out=[20000, 22000, 24000], price=[118000, 121000, 124000], margin=[0.08, 0.09, 0.09]),
        market=dict(m26=640, g=0.06),
        comps=[("Công ty TNHH Cu đơ Hồng Lĩnh Xưa", 120, 140000),
               ("Cơ sở kẹo cu đơ Bà Lụa", 75, 125000),
               ("HTX Bánh kẹo Thạch Hà Xanh", 55, 120000),
               ("Cu đơ, kẹo lạc Nghệ An", 90, 110000)],
        own="Công ty Xuân Lam", others=("Cơ sở nhỏ, bán rời", 90000),
        survey=dict(n=400, qs=[("Mua cu đơ để", [("Làm quà", 236), ("Dùng trong nhà", 164)]),
                               ("Quy cách chọn", [("Gói 250 g", 184), ("Hộp 500 g", 152),
                                                  ("Túi 1 kg", 64)]),
                               ("Nơi mua", [("Cửa hàng đặc sản", 172), ("Chợ, bến xe", 96),
                                            ("Siêu thị", 72), ("Trực tuyến", 60)])]),
        channels=dict(mode="rev", rows=[("Đại lý, cửa hàng bánh kẹo", [40, 40, 40]),
                                        ("Siêu thị, cửa hàng tiện lợi", [20, 20, 20]),
                                        ("Quà du lịch, điểm OCOP", [20, 20, 20]),
                                        ("Bán trực tuyến", [12, 12, 12]),
                                        ("Bếp ăn, khách sỉ", [8, 8, 8])]),
        regions=dict(mode="vol", rows=[("Hà Tĩnh", [65, 65, 65]), ("Nghệ An", [20, 20, 20]),
                                       ("Hà Nội, tỉnh khác", [15, 15, 15])]),
        raws=[dict(label="Lạc nhân", unit="kg", norm=0.45, price=60000,
                   rows=[("Hộ trồng lạc liên kết", [60, 120, 190], "hộ", 250)]),
              dict(label="Mạch nha, đường", unit="kg", norm=0.4, price=25000,
                   rows=[("Cơ sở mạch nha Quỳnh Lưu", [1, 1, 1], "hợp đồng", 45000)]),
              dict(label="Bánh đa nướng", unit="kg", norm=0.15, price=40000,
                   rows=[("Cơ sở bánh đa Tiến Lộc", [1, 1, 1], "hợp đồng", 16000)])],
        cap=dict(a=[280, 280, 280], b=400),
        staff=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Nấu kẹo, cán, cắt", [5, 5, 5]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=2000, sell=0.08, tax=0.015, other=80,
        inv=[("Máy đóng gói tự động", 250, True), ("Cải tạo xưởng, kho 150 m²", 300, True),
             ("Xe tải nhẹ giao hàng", 450, True), ("Bao bì mới, mã QR", 60, False),
             ("Quảng bá, hội chợ", 90, False), ("Vốn lưu động", 650, False)],
        src=[("Vốn góp của cổ đông", 1100), ("Vay ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.085,
        # planted table-total-mismatch: the channel table's 2027 total printed 12 % high
        over={("chan_total", 0): 1.12}),
    "gn07": dict(
        unit="kg", munit="tấn",
        products=[("Trà túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 42000, [50000, 58000, 66000], 7000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 95000, [6000, 7000, 8000], 3000),
                  ("Cà gai leo khô, bao 2 kg", "bao", 2, 340000, [600, 710, 820], 5000)],
        hist=dict(out=[5200, 5600, 6000], price=[360000, 375000, 390000], margin=[0.12, 0.13, 0.14]),
        market=dict(m26=260, g=0.09),
        comps=[("Công ty CP Dược liệu Trường Sơn Xanh", 38, 480000),
               ("HTX Chè vằng Kỳ Hoa", 30, 300000),
               ("Trà túi lọc các hãng toàn quốc", 85, 420000),
               ("Cơ sở cà gai leo Đức Lạng", 12, 350000)],
        own="HTX Cẩm Lạc", others=("Hàng bán rời ở chợ", 200000),
        survey=dict(n=240, qs=[("Lý do dùng trà thảo dược", [("Thói quen uống trà", 98),
                                                              ("Thay nước lọc, giải khát", 82),
                                                              ("Mua làm quà", 60)]),
                               ("Dạng ưa chuộng", [("Túi lọc", 156), ("Khô cắt khúc", 62),
                                                   ("Bao lớn", 22)]),
                               ("Kênh mua", [("Nhà thuốc, cửa hàng thảo dược", 94),
                                             ("Siêu thị, tiện lợi", 58), ("Trực tuyến", 52),
                                             ("Điểm OCOP", 36)])]),
        channels=dict(mode="rev", rows=[("Nhà thuốc, cửa hàng thảo dược", [38, 36, 34]),
                                        ("Siêu thị, cửa hàng tiện lợi", [22, 23, 24]),
                                        ("Bán trực tuyến", [20, 21, 22]),
                                        ("Điểm OCOP, hội chợ", [12, 12, 12]),
                                        ("Nhà hàng, khách sạn", [8, 8, 8])]),
        regions=dict(mode="pct", rows=[("Hà Tĩnh", [60, 57, 54]), ("Nghệ An", [20, 21, 22]),
                                       ("Hà Nội", [12, 13, 14]), ("Các tỉnh khác", [8, 9, 10])]),
        raws=[dict(label="Cà gai leo tươi", unit="kg", norm=5, price=15000,
                   rows=[("Vùng trồng của hợp tác xã", [5, 5, 5], "ha", 6000),
                         ("Hộ liên kết thôn Tân Lạc", [10, 10, 10], "hộ", 800)])],
        cap=dict(a=[260, 260, 260], b=45),
        staff=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, cắt, đóng túi lọc", [3, 3, 4]), ("Bán hàng, thị trường", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4], energy=8000, sell=0.10, tax=0.015, other=60,
        inv=[("Nhà sấy, phòng đóng gói 120 m²", 380, True), ("Máy sấy bơm nhiệt 2 buồng", 260, True),
             ("Máy cắt, máy đóng túi lọc", 320, True), ("Bao bì, tem truy xuất QR", 50, False),
             ("Quảng bá, hội chợ, sàn điện tử", 90, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp", 600),
             ("Hỗ trợ theo NQ 123/2018/NQ-HĐND", 200)],
        life=10, loan=[600, 450, 300], rate=0.08),
    "gn08": dict(
        unit="lít", munit="nghìn lít",
        products=[("Dầu lạc nguyên chất, chai 500 ml", "chai", 0.5, 85000, [8000, 8800, 9600], 4000),
                  ("Dầu lạc nguyên chất, chai 1 lít", "chai", 1, 160000, [4000, 4400, 4800], 6000),
                  ("Dầu lạc, can 2 lít", "can", 2, 310000, [1000, 1100, 1200], 8000)],
        hist=dict(out=[8000, 8500, 9000], price=[142000, 149000, 155000], margin=[0.08, 0.09, 0.09]),
        market=dict(m26=310, g=0.07),
        comps=[("Cơ sở dầu lạc Hương Trà Phát", 28, 130000),
               ("HTX Dầu lạc Thạch Sơn Xanh", 22, 125000),
               ("Dầu lạc các hãng công nghiệp", 95, 90000),
               ("Cơ sở ép dầu Tùng Lâm", 18, 120000)],
        own="Hộ Hưng Mai", others=("Lò ép gia công trong xã", 80000),
        survey=dict(n=160, qs=[("Loại dầu dùng chính", [("Dầu lạc ép", 58), ("Dầu thực vật pha", 86),
                                                         ("Mỡ lợn", 16)]),
                               ("Dung tích muốn mua", [("Chai 500 ml", 47), ("Chai 1 lít", 78),
                                                       ("Can 2 lít", 35)]),
                               ("Nơi mua", [("Chợ", 66), ("Cửa hàng thực phẩm sạch", 52),
                                            ("Trực tuyến", 22), ("Tại cơ sở ép", 20)])]),
        channels=dict(mode="vol", rows=[("Bán tại cơ sở, khách quen", [35, 32, 30]),
                                        ("Cửa hàng thực phẩm sạch", [30, 31, 32]),
                                        ("Chợ, tạp hóa", [20, 20, 19]),
                                        ("Bán trực tuyến", [15, 17, 19])]),
        regions=dict(mode="none", rows=[("Hà Tĩnh", [85, 82, 80]), ("Nghệ An, tỉnh khác", [15, 18, 20])]),
        raws=[dict(label="Lạc nhân", unit="kg", norm=2.5, price=36000,
                   rows=[("Ruộng lạc của hộ", [1, 1, 1], "ha", 3000),
                         ("Hộ trồng lạc thôn Đức Tân", [50, 50, 50], "hộ", 600)])],
        cap=dict(a=[250, 250, 250], b=60),
        staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Rang, ép, lắng lọc", [2, 2, 2]),
               ("Đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1], energy=3000, sell=0.06, tax=0.015, other=20,
        inv=[("Máy ép dầu trục vít", 220, True), ("Máy rang, bóc vỏ, bồn lắng lọc", 140, True),
             ("Nhà xưởng ép 80 m²", 200, True), ("Chai, can, hộp quà", 40, False),
             ("Quảng bá, bán hàng trực tuyến", 50, False), ("Vốn lưu động", 250, False)],
        # planted capital-mismatch: the sources add up to 700 against an investment of 900
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066,
        # planted payback-mismatch: the printed payback
        over={("payback",): 2.2}),
    "gn09": dict(
        unit="kg", munit="tấn",
        products=[("Mực loại 1, túi hút chân không 500 g", "túi", 0.5, [330000, 340000, 350000],
                   [16000, 18000, 20000], 3500),
                  ("Mực loại 2, túi 1 kg", "túi", 1, [520000, 535000, 550000], [6000, 6800, 7600], 4000),
                  ("Mực hộp quà 1 kg", "hộp", 1, [720000, 740000, 760000], [2000, 2200, 2400], 35000)],
        hist=dict(out=[12000, 13000, 14000], price=[560000, 580000, 600000], margin=[0.08, 0.09, 0.09]),
        market=dict(m26=520, g=0.08),
        comps=[("Công ty CP Hải sản Xuân Thành Phát", 65, 620000),
               ("HTX Mực khô Cửa Hội", 48, 580000),
               ("Cơ sở mực Thái Bình Hải", 30, 550000),
               ("Mực tỉnh khác bán qua sàn", 110, 650000)],
        own="Công ty Đông Kim", others=("Hộ phơi mực nhỏ lẻ", 450000),
        survey=dict(n=300, qs=[("Nhóm khách", [("Mua làm quà", 141), ("Dùng trong gia đình", 102),
                                                ("Nhà hàng, quán", 57)]),
                               ("Quy cách chọn", [("Túi 500 g", 138), ("Túi 1 kg", 96),
                                                  ("Hộp quà", 66)]),
                               ("Kênh mua", [("Cửa hàng đặc sản", 121), ("Trực tuyến", 98),
                                             ("Tại cảng, cơ sở", 81)])]),
        channels=dict(mode="rev", rows=[("Cửa hàng đặc sản, đại lý", [40, 38, 36]),
                                        ("Sàn điện tử, mạng xã hội", [25, 27, 29]),
                                        ("Nhà hàng, khách sạn", [15, 15, 15]),
                                        ("Bán tại cơ sở, khách du lịch", [12, 12, 12]),
                                        ("Doanh nghiệp đặt quà", [8, 8, 8])]),
        regions=dict(mode="vol", rows=[("Hà Tĩnh", [35, 33, 31]), ("Hà Nội", [30, 31, 32]),
                                       ("Nghệ An, Thanh Hóa", [20, 20, 20]),
                                       ("TP Hồ Chí Minh, tỉnh khác", [15, 16, 17])]),
        raws=[dict(label="Mực ống tươi", unit="kg", norm=3.0, price=130000,
                   rows=[("Tàu câu mực hợp đồng", [10, 10, 10], "tàu", 6000),
                         ("Vựa mực bến Cửa Sót", [2, 2, 2], "vựa", 4000)])],
        cap=dict(a=[220, 220, 220], b=120),
        staff=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, sơ chế mực", [5, 5, 6]),
               ("Phơi, sấy, đóng gói", [4, 4, 4]), ("Bán hàng, thị trường", [3, 3, 3])],
        wage=[7.0, 7.3, 7.6], energy=8000, sell=0.06, tax=0.015, other=100,
        inv=[("Kho lạnh 30 tấn", 650, True), ("Máy hút chân không, tủ cấp đông", 280, True),
             ("Nhà phơi mực có mái che 200 m²", 300, True), ("Bao bì, hộp quà, tem truy xuất", 70, False),
             ("Quảng bá, gian hàng, sàn điện tử", 150, False), ("Vốn lưu động", 850, False)],
        src=[("Vốn chủ sở hữu", 1300), ("Vay ngân hàng thương mại", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.085,
        # planted profit-mismatch: the 2028 profit printed 30 % high (the margin row follows it)
        over={("profit", 1): 1.30}),
    "gn10": dict(
        unit="kg", munit="tấn",
        products=[("Bánh ram cấp đông, hộp 10 chiếc (500 g)", "hộp", 0.5, 60000, [22000, 26000, 30000], 4000),
                  ("Bánh ram cỡ lớn, hộp 6 chiếc (600 g)", "hộp", 0.6, 72000, [10000, 11500, 12500], 4500),
                  ("Bánh ram sống, túi 1 kg", "túi", 1, 95000, [2000, 2100, 2500], 2000)],
        hist=dict(out=[13500, 14800, 16000], price=[100000, 105000, 110000], margin=[0.10, 0.11, 0.11]),
        market=dict(m26=380, g=0.10),
        comps=[("Cơ sở bánh ram Hà Lan Phát", 42, 90000),
               ("Tổ hợp tác bánh ram Đông Lộc", 35, 85000),
               ("HTX Thực phẩm Thạch Trị Xanh", 28, 95000)],
        own="Tổ hợp tác Gia Hòa", others=("Bánh bán rời ở chợ", 60000),
        survey=dict(n=210, qs=[("Biết đến bánh ram qua", [("Người thân, bạn bè", 88),
                                                            ("Du lịch Hà Tĩnh", 71),
                                                            ("Mạng xã hội", 51)]),
                               ("Dạng mua", [("Hộp cấp đông 500 g", 104), ("Hộp 600 g", 63),
                                             ("Bánh sống 1 kg", 43)]),
                               ("Giá hộp 500 g", [("Dưới 50.000 đồng", 66),
                                                  ("50.000 – 70.000 đồng", 118),
                                                  ("Trên 70.000 đồng", 26)])]),
        channels=dict(mode="vol", rows=[("Cửa hàng đặc sản, quà quê", [40, 38, 36]),
                                        ("Siêu thị, cửa hàng tiện lợi", [15, 17, 19]),
                                        ("Nhà hàng, quán ăn", [20, 19, 18]),
                                        ("Bán trực tuyến, giao tận nhà", [25, 26, 27])]),
        regions=dict(mode="vol", rows=[("Hà Tĩnh", [60, 57, 55]), ("Nghệ An", [20, 21, 21]),
                                       ("Hà Nội, tỉnh khác", [20, 22, 24])]),
        raws=[dict(label="Gạo nếp", unit="kg", norm=0.55, price=30000,
                   rows=[("Hộ trồng nếp của tổ viên", [15, 15, 15], "hộ", 600),
                         ("Hộ liên kết thôn Hòa Bình", [10, 10, 10], "hộ", 600)]),
              dict(label="Thịt, tôm làm nhân", unit="kg", norm=0.25, price=110000,
                   rows=[("Cơ sở cung cấp thịt, tôm", [2, 2, 2], "cơ sở", 5000)])],
        # planted capacity-exceeded: one freezer, 80 kg a day x 250 days = 20.000 kg a year
        cap=dict(a=[250, 250, 250], b=80),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Ngâm, xay bột, làm nhân", [2, 2, 2]),
               ("Nặn, chiên, cấp đông", [3, 3, 3]), ("Đóng hộp, bán hàng", [2, 2, 2])],
        wage=[5.2, 5.4, 5.6], energy=6000, sell=0.08, tax=0.01, other=30,
        inv=[("Chảo chiên, máy xay bột, máy trộn", 120, True), ("Cải tạo bếp, phòng đóng gói", 160, True),
             ("Hộp, túi, tem truy xuất", 40, False), ("Quảng bá, bán hàng trực tuyến", 40, False),
             ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 180, 110], rate=0.066),
}

# the planted defects (rule ids) per plan; ready plans have none
PLANTED = {
    "gn05": ["no-alcohol-license", "revenue-mismatch", "figure-inconsistent"],
    "gn06": ["unrealistic-growth", "table-total-mismatch", "no-trademark"],
    "gn07": ["material-shortfall", "no-product-standard", "outdated-policy"],
    "gn08": ["capital-mismatch", "payback-mismatch", "no-label-plan"],
    "gn09": ["profit-mismatch", "no-environment-measures", "name-inconsistent"],
    "gn10": ["capacity-exceeded", "no-food-safety", "boilerplate"],
}
READY = ("gn01", "gn02", "gn03", "gn04")
SKETCHY = ("gn11", "gn12")


# --------------------------------------------------------------------------- number formats
def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: dotted thousands, decimal comma."""
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if x < 0 and round(abs(x), dec) else "") + s


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def prices(p: dict, i: int) -> list[int]:
    pr = p["products"][i][3]
    return list(pr) if isinstance(pr, (list, tuple)) else [pr, pr, pr]


# --------------------------------------------------------------------------- the model
def model(key: str) -> dict:
    """Every figure the plan prints, as the plan prints it (planted defects applied), plus `true`:
    the value each planted figure should have had."""
    p = PLANS[key]
    over = p.get("over", {})
    M: dict = {"true": {}}
    prods = p["products"]
    M["packs"] = [list(x[4]) for x in prods]
    M["price"] = [prices(p, i) for i in range(len(prods))]
    M["out"] = [sum(x[2] * x[4][y] for x in prods) for y in range(3)]
    # history
    h = p["hist"]
    M["h_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    M["h_profit"] = [M["h_rev"][y] * h["margin"][y] for y in range(3)]
    # market
    m26, g = p["market"]["m26"], p["market"]["g"]
    M["mkt"] = [r1(m26 * (1 + g) ** (yr - 2026)) for yr in MYEARS]
    M["mkt_growth"] = [None] + [(M["mkt"][i] / M["mkt"][i - 1] - 1) * 100 for i in range(1, 6)]
    M["h_share"] = [h["out"][y] / 1000 / M["mkt"][y] * 100 for y in range(3)]
    M["own_m"] = [M["out"][y] / 1000 for y in range(3)]
    M["share"] = [M["own_m"][y] / M["mkt"][3 + y] * 100 for y in range(3)]
    own26 = h["out"][2] / 1000
    M["comp_own"] = own26
    M["comp_others"] = m26 - sum(c[1] for c in p["comps"]) - own26
    M["comp_share"] = [c[1] / m26 * 100 for c in p["comps"]]
    M["own_share26"] = own26 / m26 * 100
    M["others_share"] = M["comp_others"] / m26 * 100
    # revenue (lines may be planted)
    line = [[x[4][y] * M["price"][i][y] / 1e6 for y in range(3)] for i, x in enumerate(prods)]
    M["true"]["rev_line"] = [list(r) for r in line]
    for (tag, *ix), f in over.items():
        if tag == "rev_line":
            line[ix[0]][ix[1]] = r1(line[ix[0]][ix[1]] * f)
    M["rev_line"] = line
    M["rev"] = [sum(line[i][y] for i in range(len(prods))) for y in range(3)]
    M["true"]["rev"] = [sum(M["true"]["rev_line"][i][y] for i in range(len(prods))) for y in range(3)]
    # channels and regions
    for name in ("channels", "regions"):
        c = p[name]
        base = M["rev"] if c["mode"] == "rev" else M["out"]
        M[name] = [[row[1][y] * base[y] / 100 for y in range(3)] for row in c["rows"]]
        tot = list(base)
        M["true"][name + "_total"] = list(tot)
        if name == "channels":
            for (tag, *ix), f in over.items():
                if tag == "chan_total":
                    tot[ix[0]] = r1(tot[ix[0]] * f)
        M[name + "_total"] = tot
    # raw materials
    M["raws"] = []
    for r in p["raws"]:
        rows = [[cnt[y] * yld for y in range(3)] for (_, cnt, _, yld) in r["rows"]]
        supply = [sum(x[y] for x in rows) for y in range(3)]
        need = [M["out"][y] * r["norm"] for y in range(3)]
        M["raws"].append(dict(rows=rows, supply=supply, need=need,
                              spare=[supply[y] - need[y] for y in range(3)],
                              cost=[need[y] * r["price"] / 1e6 for y in range(3)]))
    # capacity
    M["cap"] = [p["cap"]["a"][y] * p["cap"]["b"] for y in range(3)]
    M["use"] = [M["out"][y] / M["cap"][y] * 100 for y in range(3)]
    # staff
    M["staff"] = [sum(r[1][y] for r in p["staff"]) for y in range(3)]
    M["wages"] = [M["staff"][y] * p["wage"][y] * 12 for y in range(3)]
    # investment and sources
    M["inv_total"] = sum(x[1] for x in p["inv"])
    M["fixed"] = sum(x[1] for x in p["inv"] if x[2])
    M["src_total"] = sum(x[1] for x in p["src"])
    M["src_pct"] = [x[1] / M["src_total"] * 100 for x in p["src"]]
    M["dep"] = M["fixed"] / p["life"]
    # costs
    cost: dict[str, list[float]] = {}
    for i, r in enumerate(p["raws"]):
        cost[f"raw{i}"] = M["raws"][i]["cost"]
    cost["pack"] = [sum(x[4][y] * x[5] for x in prods) / 1e6 for y in range(3)]
    cost["labour"] = M["wages"]
    if p.get("piece"):
        cost["piece"] = [M["out"][y] * p["piece"] / 1e6 for y in range(3)]
    cost["energy"] = [M["out"][y] * p["energy"] / 1e6 for y in range(3)]
    cost["sell"] = [M["rev"][y] * p["sell"] for y in range(3)]
    cost["dep"] = [M["dep"]] * 3
    cost["interest"] = [p["loan"][y] * p["rate"] for y in range(3)]
    cost["tax"] = [M["rev"][y] * p["tax"] for y in range(3)]
    cost["other"] = [p["other"]] * 3
    M["cost"] = cost
    M["cost_total"] = [sum(v[y] for v in cost.values()) for y in range(3)]
    profit = [M["rev"][y] - M["cost_total"][y] for y in range(3)]
    M["true"]["profit"] = list(profit)
    for (tag, *ix), f in over.items():
        if tag == "profit":
            profit[ix[0]] = r1(profit[ix[0]] * f)
    M["profit"] = profit
    M["margin"] = [profit[y] / M["rev"][y] * 100 for y in range(3)]
    M["avg_profit"] = sum(profit) / 3
    M["true"]["payback"] = M["inv_total"] / (sum(M["true"]["profit"]) / 3 + M["dep"])
    pb = M["inv_total"] / (M["avg_profit"] + M["dep"])
    M["payback"] = over.get(("payback",), round(pb, 1))
    # true figures when the revenue is planted: the cost lines reckoned on revenue follow it
    if any(k[0] == "rev_line" for k in over):
        tr = M["true"]["rev"]
        tc = [M["cost_total"][y] - (p["sell"] + p["tax"]) * (M["rev"][y] - tr[y]) for y in range(3)]
        M["true"]["profit_rev"] = [tr[y] - tc[y] for y in range(3)]
        M["true"]["payback"] = M["inv_total"] / (sum(M["true"]["profit_rev"]) / 3 + M["dep"])
    M["rev_growth"] = [(M["rev"][y] / M["rev"][y - 1] - 1) * 100 if y else
                       (M["rev"][0] / M["h_rev"][2] - 1) * 100 for y in range(3)]
    return M


# --------------------------------------------------------------------------- reading the plans
# the tables' captions vary by plan; each is found by a pattern
TABLES = {
    "Kết quả sản xuất": r"^Kết quả sản xuất",
    "Quy mô thị trường": r"^Quy mô thị trường",
    "Đối thủ cạnh tranh": r"Đối thủ",
    "Kết quả khảo sát": r"khảo sát",
    "Thị phần mục tiêu": r"^Thị phần mục tiêu",
    "Kế hoạch sản xuất": r"^Kế hoạch sản xuất",
    "Tiêu thụ theo kênh": r"theo kênh",
    "Tiêu thụ theo khu vực": r"theo khu vực",
    "Nguồn nguyên liệu": r"^Nguồn (nguyên liệu|mật)",
    "Tổng vốn đầu tư": r"vốn đầu tư",
    "Nguồn vốn": r"nguồn vốn",
    "Doanh thu dự kiến": r"^Doanh thu dự kiến",
    "Giá bán dự kiến": r"^Giá bán dự kiến",
    "Chi phí và lợi nhuận": r"^Chi phí và lợi nhuận",
}
_CAP = re.compile(r"^(Bảng \d+[.:]?\s*)(.*)$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        lines = self.body.splitlines()
        cap = None
        for i, line in enumerate(lines):
            s = line.strip()
            m = _CAP.match(s)
            if m:
                cap = m.group(2)
                self.tables[cap] = []
                continue
            if s.startswith("|") and cap is not None:
                cells = [c.strip() for c in s.strip("|").split("|")]
                if set("".join(cells)) <= set("-: "):
                    continue
                self.tables[cap].append(cells)
            elif s and not s.startswith("ĐVT") and cap is not None and self.tables[cap]:
                cap = None

    def table(self, start: str) -> list[list[str]]:
        """The one table whose caption matches the pattern TABLES[start] (case-insensitive)."""
        pat = TABLES.get(start, re.escape(start))
        found = [rows for cap, rows in self.tables.items() if re.search(pat, cap, re.I)]
        if len(found) != 1:
            self.failures.append(f"{len(found)} tables match {start!r}")
            return []
        return found[0]

    def trow(self, start: str, label: str, n: int = 3) -> list[float]:
        """The last n numbers of the row whose first or second cell is `label`."""
        for r in self.table(start):
            if any(c == label or c.startswith(label + " (") for c in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"-?[\d.]+(,\d+)?", x) and x != label]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {start!r} / {label!r}")
        return [0.0] * n

    def eq(self, printed: float, true: float, what: str, dec: int = 1) -> None:
        """Printed equals the model within 1 % or half a unit of its last printed digit."""
        if abs(printed - true) > max(0.01 * abs(true), 0.5 * 10 ** -dec + 1e-9):
            self.failures.append(f"{what}: printed {fmt(printed, dec)}, computed {fmt(true, dec)}")

    def wrong(self, printed: float, true: float, what: str) -> None:
        """A planted figure: wrong by more than 5 %."""
        if abs(printed - true) / abs(true) * 100 <= 5:
            self.failures.append(f"planted {what} is not wrong enough: {printed} vs true {true:.1f}")

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


# --------------------------------------------------------------------------- the checks
def check_full(key: str) -> Plan:
    p, M = PLANS[key], model(key)
    P = Plan(STEMS[key])
    planted = PLANTED.get(key, [])
    over = p.get("over", {})
    prods = p["products"]
    u = p["unit"]

    # history: revenue = output x price, profit = revenue x margin, share = output / market
    out = P.trow("Kết quả sản xuất", f"Sản lượng ({u})")
    pr = P.trow("Kết quả sản xuất", f"Giá bán bình quân (đồng/{u})")
    rev = P.trow("Kết quả sản xuất", "Doanh thu (triệu đồng)")
    prof = P.trow("Kết quả sản xuất", "Lợi nhuận (triệu đồng)")
    sh = P.trow("Kết quả sản xuất", "Thị phần (%)")
    for y in range(3):
        P.eq(out[y], p["hist"]["out"][y], f"history output {HIST[y]}", 0)
        P.eq(pr[y], p["hist"]["price"][y], f"history price {HIST[y]}", 0)
        P.eq(rev[y], out[y] * pr[y] / 1e6, f"history revenue {HIST[y]}")
        P.eq(prof[y], M["h_profit"][y], f"history profit {HIST[y]}")
        P.eq(sh[y], out[y] / 1000 / M["mkt"][y] * 100, f"history share {HIST[y]}")

    # market size and growth
    mk = P.table("Quy mô thị trường")
    got = {}
    for r in mk:
        if r and re.fullmatch(r"\d{4}", r[0]):
            got[int(r[0])] = [vn(x) for x in r[1:] if re.fullmatch(r"[\d.]+(,\d+)?", x)]
    for i, yr in enumerate(MYEARS):
        if yr not in got:
            P.failures.append(f"market table: no row {yr}")
            continue
        P.eq(got[yr][0], p["market"]["m26"] * (1 + p["market"]["g"]) ** (yr - 2026), f"market {yr}")
        if i:
            P.eq(got[yr][1], (got[yr][0] / got[yr - 1][0] - 1) * 100, f"market growth {yr}")

    # competitors: share = output / market 2026; rows add up to the market
    m26 = p["market"]["m26"]
    total_out = 0.0
    total_sh = 0.0
    rows = [(c[0], c[1], c[2]) for c in p["comps"]] + \
           [(p["own"], M["comp_own"], p["hist"]["price"][2]), (p["others"][0], M["comp_others"], p["others"][1])]
    for name, o, price in rows:
        v = P.trow("Đối thủ cạnh tranh", name)
        P.eq(v[0], o, f"competitor output {name}")
        P.eq(v[1], price, f"competitor price {name}", 0)
        P.eq(v[2], v[0] / m26 * 100, f"competitor share {name}")
        total_out += v[0]
        total_sh += v[2]
    tot = P.trow("Đối thủ cạnh tranh", "Tổng thị trường", 2)
    P.eq(tot[0], total_out, "competitors: outputs add up to the market")
    P.eq(tot[0], got.get(2026, [0])[0], "competitors: market 2026 as in the market table")
    P.eq(tot[1], 100, "competitors: total share")
    P.check(abs(total_sh - 100) <= 0.3, f"competitor shares add up to {total_sh:.1f} %")
    P.eq(M["comp_own"], out[2] / 1000, "own row = 2026 output")

    # survey: counts add up to the respondents; per cent = count / respondents
    n = p["survey"]["n"]
    P.has(f"{fmt(n)} ")
    for q, answers in p["survey"]["qs"]:
        P.check(sum(c for _, c in answers) == n, f"survey {q!r}: counts add up to {sum(c for _, c in answers)}")
        for a, c in answers:
            v = None
            for r in P.table("Kết quả khảo sát"):
                if len(r) >= 4 and r[0] == q and r[1] == a:
                    v = [vn(r[2]), vn(r[3])]
            if v is None:
                P.failures.append(f"survey row not found: {q} / {a}")
                continue
            P.eq(v[0], c, f"survey count {a}", 0)
            P.eq(v[1], c / n * 100, f"survey per cent {a}")

    # target share = planned output / projected market
    msz = P.trow("Thị phần mục tiêu", f"Quy mô thị trường ({p['munit']})")
    own = P.trow("Thị phần mục tiêu", f"Sản lượng của {p['own']} ({p['munit']})")
    tsh = P.trow("Thị phần mục tiêu", "Thị phần (%)")
    for y in range(3):
        P.eq(msz[y], got.get(YEARS[y], [0])[0], f"target share: market {YEARS[y]} as in the market table")
        P.eq(own[y], M["out"][y] / 1000, f"target share: own output {YEARS[y]}")
        P.eq(tsh[y], own[y] / msz[y] * 100, f"target share {YEARS[y]}")

    # output plan and capacity
    packs = [P.trow("Kế hoạch sản xuất", x[0]) for x in prods]
    tout = P.trow("Kế hoạch sản xuất", f"Tổng sản lượng ({u})")
    cap = P.trow("Kế hoạch sản xuất", f"Công suất thiết kế ({u})")
    for y in range(3):
        for i, x in enumerate(prods):
            P.eq(packs[i][y], x[4][y], f"packs {x[0]} {YEARS[y]}", 0)
        P.eq(tout[y], sum(x[2] * packs[i][y] for i, x in enumerate(prods)), f"output {YEARS[y]}", 0)
        P.eq(cap[y], p["cap"]["a"][y] * p["cap"]["b"], f"capacity {YEARS[y]}", 0)
    if "capacity-exceeded" in planted:
        P.check(tout[2] > cap[2] * 1.05, "planted capacity-exceeded: 2029 output within capacity")
        P.check(M["staff"][0] == M["staff"][2], "capacity-exceeded: staff should stay the same")
        P.check(not any("cấp đông" in x[0].lower() or "tủ" in x[0].lower() for x in p["inv"]),
                "capacity-exceeded: a freezer is bought")
    else:
        use = P.trow("Kế hoạch sản xuất", "Mức sử dụng công suất (%)")
        for y in range(3):
            P.eq(use[y], tout[y] / cap[y] * 100, f"capacity use {YEARS[y]}")
            P.check(use[y] <= 86, f"capacity use {YEARS[y]} {use[y]} % (> 85 %)")

    # channels and regions add up to the planned output or revenue
    for name, start in (("channels", "Tiêu thụ theo kênh"), ("regions", "Tiêu thụ theo khu vực")):
        c = p[name]
        if c["mode"] == "none":
            for lab, pcts in c["rows"]:
                P.check(sum(rr[1][0] for rr in c["rows"]) == 100, f"{name} 2027 per cents")
            continue
        for y in range(3):
            P.check(sum(rr[1][y] for rr in c["rows"]) == 100, f"{name} {YEARS[y]}: per cents add up")
        vals = [P.trow(start, lab) for lab, _ in c["rows"]]
        tot = P.trow(start, "Tổng cộng")
        base = M["rev"] if c["mode"] == "rev" else M["out"]
        dec = 1 if c["mode"] == "rev" else 0
        for y in range(3):
            for j, (lab, pcts) in enumerate(c["rows"]):
                want = pcts[y] if c["mode"] == "pct" else pcts[y] * base[y] / 100
                P.eq(vals[j][y], want, f"{name} {lab} {YEARS[y]}", dec if c["mode"] != "pct" else 0)
            s = sum(v[y] for v in vals)
            want_tot = 100 if c["mode"] == "pct" else base[y]
            if name == "channels" and ("chan_total", y) in over:
                P.wrong(tot[y], s, f"channel total {YEARS[y]} (items add up to {fmt(s, 1)})")
                P.eq(tot[y], M["channels_total"][y], "planted channel total as modelled")
            else:
                P.eq(tot[y], s, f"{name} total {YEARS[y]} = sum of its rows", dec)
                P.eq(tot[y], want_tot, f"{name} total {YEARS[y]} = plan", dec)

    # raw materials: supply rows = count x yield; need = output x norm; need within supply
    for i, r in enumerate(p["raws"]):
        start = "Nguồn nguyên liệu"
        supply = [0.0, 0.0, 0.0]
        for (lab, cnt, word, yld) in r["rows"]:
            v = P.trow(start, lab)
            for y in range(3):
                P.eq(v[y], cnt[y] * yld, f"supply {lab} {YEARS[y]}", 0)
                supply[y] += v[y]
        sup = P.trow(start, f"Tổng nguồn {r['label'].lower()} ({r['unit']})")
        need = P.trow(start, f"Nhu cầu {r['label'].lower()} ({r['unit']})")
        for y in range(3):
            P.eq(sup[y], supply[y], f"supply total {r['label']} {YEARS[y]}", 0)
            P.eq(need[y], M["out"][y] * r["norm"], f"need {r['label']} {YEARS[y]}", 0)
        if "material-shortfall" in planted and i == 0:
            P.check(need[2] > sup[2] * 1.05, "planted material-shortfall: 2029 need within supply")
            P.check(need[1] > sup[1] * 1.05, "planted material-shortfall: 2028 need within supply")
        else:
            spare = P.trow(start, f"Còn dư {r['label'].lower()} ({r['unit']})")
            for y in range(3):
                P.eq(spare[y], sup[y] - need[y], f"spare {r['label']} {YEARS[y]}", 0)
                P.check(need[y] <= sup[y], f"{r['label']} {YEARS[y]}: need {need[y]} > supply {sup[y]}")

    # investment and sources
    items = [P.one_in("Tổng vốn đầu tư", x[0]) for x in p["inv"]]
    tinv = P.one_in("Tổng vốn đầu tư", "Tổng cộng")
    P.eq(tinv, sum(items), "investment total = sum of items")
    for (lab, v0, _), v in zip(p["inv"], items):
        P.eq(v, v0, f"investment item {lab}")
    srcs = [P.trow("Nguồn vốn", x[0], 2) for x in p["src"]]
    tsrc = P.trow("Nguồn vốn", "Tổng cộng", 2)
    P.eq(tsrc[0], sum(s[0] for s in srcs), "sources total = sum of sources")
    for (lab, v0), s in zip(p["src"], srcs):
        P.eq(s[0], v0, f"source {lab}")
        P.eq(s[1], s[0] / tsrc[0] * 100, f"source share {lab}")
    if "capital-mismatch" in planted:
        P.wrong(tsrc[0], tinv, f"capital: sources {fmt(tsrc[0])} vs investment {fmt(tinv)}")
    else:
        P.eq(tsrc[0], tinv, "sources = investment")

    # revenue = packs x price of the year
    for i, x in enumerate(prods):
        line = P.trow("Doanh thu dự kiến", x[0])
        for y in range(3):
            true = packs[i][y] * M["price"][i][y] / 1e6
            if ("rev_line", i, y) in over:
                P.wrong(line[y], true, f"revenue {x[0]} {YEARS[y]} (true {fmt(true, 1)})")
            else:
                P.eq(line[y], true, f"revenue {x[0]} {YEARS[y]}")
    if len(set(tuple(M["price"][i]) for i in range(len(prods)))) and any(
            isinstance(x[3], list) for x in prods):
        for i, x in enumerate(prods):
            pv = P.trow("Giá bán dự kiến", x[0])
            for y in range(3):
                P.eq(pv[y], M["price"][i][y], f"price {x[0]} {YEARS[y]}", 0)
    else:
        for i, x in enumerate(prods):
            v = P.trow("Doanh thu dự kiến", x[0], 4)
            P.eq(v[0], M["price"][i][0], f"price {x[0]}", 0)
    rt = P.trow("Doanh thu dự kiến", "Tổng doanh thu")
    for y in range(3):
        P.eq(rt[y], M["rev"][y], f"revenue total {YEARS[y]} = sum of lines")

    # costs and profit
    C = "Chi phí và lợi nhuận"
    labels = cost_labels(key)
    ctot = [0.0, 0.0, 0.0]
    for k, lab in labels.items():
        v = P.trow(C, lab)
        for y in range(3):
            P.eq(v[y], M["cost"][k][y], f"cost {lab} {YEARS[y]}")
            ctot[y] += v[y]
    crev = P.trow(C, "Doanh thu")
    ct = P.trow(C, "Tổng chi phí")
    pf = P.trow(C, "Lợi nhuận trước thuế")
    mg = P.trow(C, "Tỷ suất lợi nhuận (%)")
    for y in range(3):
        P.eq(crev[y], rt[y], f"summary revenue {YEARS[y]} = revenue table")
        P.eq(ct[y], ctot[y], f"cost total {YEARS[y]} = sum of lines")
        true = crev[y] - ct[y]
        if ("profit", y) in over:
            P.wrong(pf[y], true, f"profit {YEARS[y]} (true {fmt(true, 1)})")
        else:
            P.eq(pf[y], true, f"profit {YEARS[y]} = revenue - cost")
        P.eq(mg[y], pf[y] / crev[y] * 100, f"margin {YEARS[y]}")
        tm = (M["true"]["rev"][y] - (M["cost_total"][y] - (p["sell"] + p["tax"]) * (M["rev"][y] - M["true"]["rev"][y]))) \
            / M["true"]["rev"][y] * 100
        P.check(3 <= tm <= 40, f"true margin {YEARS[y]} {tm:.1f} % out of 3-40 %")

    # wages: staff x wage x 12 (the prose states both)
    for y in range(3):
        P.has(f"{M['staff'][y]} lao động")
    # payback = investment / (average profit + depreciation)
    pb_true = tinv / (sum(pf) / 3 + M["dep"])
    if "payback-mismatch" in planted:
        P.has(f"{fmt(M['payback'], 1)} năm")
        P.wrong(M["payback"], pb_true, f"payback (true {pb_true:.1f})")
        P.wrong(M["payback"], tsrc[0] / (sum(pf) / 3 + M["dep"]), "payback on the sources")
    else:
        P.has(f"{fmt(round(pb_true, 1), 1)} năm")

    # growth: revenue (true) at most +35 % a year, output at most +25 %, except the planted growth
    g = [M["true"]["rev"][0] / M["h_rev"][2] - 1] + \
        [M["true"]["rev"][y] / M["true"]["rev"][y - 1] - 1 for y in (1, 2)]
    go = [M["out"][0] / p["hist"]["out"][2] - 1] + [M["out"][y] / M["out"][y - 1] - 1 for y in (1, 2)]
    if "unrealistic-growth" in planted:
        P.check(go[1] >= 0.9 and go[2] >= 0.5, "planted unrealistic-growth: output growth too small")
        P.check(M["share"][2] > 3 * M["own_share26"], "planted growth: target share should triple")
        P.check(M["staff"][0] == M["staff"][2], "planted growth: staff should stay the same")
        for lab, pcts in p["channels"]["rows"]:
            P.check(pcts[0] == pcts[2], "planted growth: channels should stay the same")
        for i, r in enumerate(M["raws"]):
            P.check(all(r["need"][y] <= r["supply"][y] for y in range(3)), "growth plan: raw material short")
    else:
        P.check(all(x <= 0.35 for x in g), f"revenue growth {[round(x * 100, 1) for x in g]}")
        P.check(all(x <= 0.25 for x in go), f"output growth {[round(x * 100, 1) for x in go]}")
        P.check(M["share"][2] < 1.5 * M["own_share26"], "target share grows too fast")
    return P


def _one_in(self: Plan, start: str, label: str) -> float:
    return self.trow(start, label, 1)[0]


Plan.one_in = _one_in  # type: ignore[attr-defined]


def cost_labels(key: str) -> dict[str, str]:
    """The cost table's row labels, in order."""
    p = PLANS[key]
    lab = {f"raw{i}": r["label"] for i, r in enumerate(p["raws"])}
    lab.update(COST_LABELS[key])
    if not p.get("piece"):
        lab.pop("piece", None)
    return lab


COST_LABELS = {
    "gn01": dict(pack="Chai, can, nắp, thùng", labour="Tiền lương", energy="Điện, nước",
                 sell="Bán hàng, chiết khấu, quảng bá", dep="Khấu hao", interest="Lãi vay",
                 tax="Thuế, phí", other="Chi phí khác"),
    "gn02": dict(pack="Hộp, thùng, túi lưới", labour="Tiền công, tiền lương", energy="Điện kho lạnh, nước",
                 sell="Vận chuyển, bán hàng", dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí",
                 other="Chi phí khác"),
    "gn03": dict(pack="Chai, hũ, hộp", labour="Tiền công", energy="Điện, nước", sell="Bán hàng, quảng bá",
                 dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí", other="Chi phí khác"),
    "gn04": dict(pack="Hộp, túi, thẻ treo", labour="Lương bộ phận chung", piece="Tiền công chằm nón",
                 energy="Điện, than sấy lá", sell="Bán hàng, hội chợ", dep="Khấu hao", interest="Lãi vay",
                 tax="Thuế, phí", other="Chi phí khác"),
    "gn05": dict(pack="Chai, bình, can, hộp", labour="Tiền lương", energy="Củi, điện, nước",
                 sell="Bán hàng, quảng bá", dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí",
                 other="Chi phí khác"),
    "gn06": dict(pack="Bao bì, hộp", labour="Tiền lương", energy="Điện, gas", sell="Bán hàng, chiết khấu",
                 dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí", other="Chi phí khác"),
    "gn07": dict(pack="Hộp, túi lọc, bao", labour="Tiền công, tiền lương", energy="Điện sấy, nước",
                 sell="Bán hàng, quảng bá", dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí",
                 other="Chi phí khác"),
    "gn08": dict(pack="Chai, can", labour="Tiền công", energy="Điện, củi rang", sell="Bán hàng, giao hàng",
                 dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí", other="Chi phí khác"),
    "gn09": dict(pack="Túi, hộp quà", labour="Tiền lương", energy="Điện kho lạnh, sấy",
                 sell="Bán hàng, sàn điện tử", dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí",
                 other="Chi phí khác"),
    "gn10": dict(pack="Hộp, túi", labour="Tiền công", energy="Điện, dầu chiên, gas",
                 sell="Bán hàng, giao hàng", dep="Khấu hao", interest="Lãi vay", tax="Thuế, phí",
                 other="Chi phí khác"),
}


# --------------------------------------------------------------------------- the words
READY_PAPERS = ["148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
                "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất"]
# per plan: the plan's date (month, year), words that must be there, (pattern, what) that must not
FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|an toàn"
TEXT: dict[str, dict] = {
    "gn01": dict(has=["3001873526", "an toàn thực phẩm", "tự công bố", "đăng ký môi trường", "bể lắng",
                      "TCVN 5107:2018", "HACCP"]),
    "gn02": dict(has=["3002251807", "VietGAP", "an toàn thực phẩm", "tự công bố", "đăng ký môi trường",
                      "Nhãn hiệu tập thể", "36 thành viên chính thức"]),
    "gn03": dict(has=["28F8003517", "an toàn thực phẩm", "Tự công bố", "trẻ dưới 1 tuổi",
                      "Đơn 4-2025-21377", "hố thấm"]),
    "gn04": dict(has=["05/THT", "3002312445", "không phải là thực phẩm", "thẻ treo", "đăng ký môi trường",
                      "chụp hút"]),
    # no-alcohol-license: no licence word, no NĐ 105/2017 or 17/2020; everything else is there
    "gn05": dict(has=["sản xuất đồ uống có cồn", "an toàn thực phẩm", "QCVN 6-3:2010/BYT", "tự công bố",
                      "Không dành cho người dưới 18 tuổi", "biogas", "đăng ký môi trường",
                      "tiêu chuẩn cơ sở", "Nhãn hiệu", "148/QĐ-TTg", "1489/QĐ-TTg"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|licen", "alcohol licence")]),
    # no-trademark
    "gn06": dict(has=["an toàn thực phẩm", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "tự công bố",
                      "43/2017/NĐ-CP", "mã QR", "Thị trường cu đơ còn rất lớn", "148/QĐ-TTg"],
                 lacks=[(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|đăng ký nhãn|văn bằng", "trademark")]),
    # no-product-standard and outdated-policy
    "gn07": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Cẩm Xuyên",
                      "cấp huyện", "an toàn thực phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "mã QR",
                      "không ghi công dụng chữa bệnh", "bảo đảm đủ cho cả giai đoạn"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|hợp quy|"
                         r"chỉ tiêu chất lượng", "product standard"),
                        (r"148/QĐ-TTg|1489", "current OCOP decisions"),
                        (r"Còn dư|thiếu hụt|Chênh lệch", "a balance row")]),
    # no-label-plan; the payback as printed
    "gn08": dict(has=["an toàn thực phẩm", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm",
                      "tự công bố", "nhãn hiệu", "sổ theo dõi", "đủ đáp ứng nhu cầu đầu tư",
                      "Thời gian hoàn vốn dự kiến khoảng 2,2 năm"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|QR|ghi nhãn", "label")]),
    # no-environment-measures and name-inconsistent
    "gn09": dict(has=["an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "Nhãn hiệu",
                      "mã QR"],
                 lacks=[(r"môi trường|chất thải|nước thải|(?<!\w)mùi|xử lý|bể lắng|(?<!\w)rác|biogas|"
                         r"vệ sinh|ô nhiễm|(?<!\w)thải", "environment")]),
    # no-food-safety and boilerplate
    "gn10": dict(has=["tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "tự công bố", "43/2017/NĐ-CP",
                      "Nhãn hiệu", "mã QR", "đăng ký môi trường", "[tên siêu thị]", "đủ đáp ứng kế hoạch"],
                 lacks=[(FOOD_SAFETY, "food safety")]),
    "gn11": dict(has=["28K8002291", "40 tấn", "5 %", "2 tấn", "150.000 đồng/kg", "300 triệu đồng",
                      "150 triệu đồng", "chất lượng cao, được người tiêu dùng tin dùng"],
                 lacks=[(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|kiểm nghiệm|nhãn hiệu|truy xuất|"
                         r"môi trường|nước thải", "a paper the sketchy plan lacks")]),
    "gn12": dict(has=["chưa đăng ký kinh doanh", "100.000 chiếc", "6.000 chiếc", "6 %", "8.000 chiếc",
                      "35.000 đồng/chiếc", "280 triệu đồng", "60 triệu đồng"],
                 lacks=[(r"tiêu chuẩn|công bố|nhãn hiệu|truy xuất|môi trường|mã số thuế", "a paper")]),
}


def _date(body: str) -> tuple[int, int]:
    m = re.search(r"ngày \d{1,2} tháng (\d{1,2}) năm (20\d\d)|tháng (\d{1,2}) năm (20\d\d)", body, re.I)
    if not m:
        return (0, 0)
    g = [x for x in m.groups() if x]
    return int(g[1]), int(g[0])


def check_text(key: str, P: Plan) -> None:
    t = TEXT.get(key, {})
    body = P.body
    yr, mo = _date(body)
    P.check((2026, 7) <= (yr, mo) <= (2027, 3), f"plan dated {mo}/{yr}, outside 07/2026-03/2027")
    P.has(*t.get("has", []))
    for pat, what in t.get("lacks", []):
        P.lacks(pat, what)
    if key != "gn10":
        P.lacks(PLACEHOLDER, "template placeholder")
    else:
        P.check(len(re.findall(PLACEHOLDER, body)) == 1, "gn10: exactly one template placeholder")
    if key == "gn05":  # figure-inconsistent: the 2029 output said differently in the market part
        p, M = PLANS[key], model(key)
        w = p["figure_text"]
        P.has(f"năm 2029 hợp tác xã bán {fmt(w)} lít, chiếm khoảng {fmt(w / 1000 / M['mkt'][5] * 100, 1)} %")
        P.wrong(w, M["out"][2], f"2029 output in the market text (true {fmt(M['out'][2])})")
        P.check(P.count(f"{fmt(M['out'][2])} lít") >= 1, "gn05: the true 2029 output is printed")
    if key == "gn09":  # name-inconsistent
        other, own = "Công ty TNHH Thủy sản Bắc Cửa Sót", "Công ty TNHH Hải sản Đông Kim"
        P.check(P.count(other) == 3, f"gn09: the other company named {P.count(other)} times")
        P.check(P.count(own) >= 2, "gn09: own name")
        P.check(not any(other in c[0] for c in PLANS[key]["comps"]), "gn09: the other name is a competitor")
    if key in SKETCHY:
        P.check(not re.search(r"^#+ .*(nguyên liệu|quy trình|hiệu quả|chi phí|doanh thu)", body, re.I | re.M),
                f"{key}: a heading for a section the sketchy plan should lack")
    if key in READY:
        for w in READY_PAPERS:
            P.check(w.lower() in body.lower(), f"ready plan lacks {w!r}")
        P.lacks(REPLACED, "outdated instrument or district level in a ready plan")
        for d, m, y in re.findall(r"(?:đến|hết hạn) (?:ngày )?(\d{1,2})/(\d{1,2})/(20\d\d)", body):
            P.check((int(y), int(m)) > (yr, mo), f"paper valid only to {d}/{m}/{y}, before the plan's date")
    elif key not in ("gn07",) and key not in SKETCHY:
        P.lacks(REPLACED, "outdated instrument or district level")


def check_sketchy(key: str) -> Plan:
    P = Plan(STEMS[key])
    n = P.words()
    P.check(150 <= n <= 350, f"sketchy plan has {n} words")
    P.check(not P.rows, "sketchy plan has a table")
    return P


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for k in keys:
        P = check_full(k) if k in PLANS else check_sketchy(k)
        check_text(k, P)
        plans.append(P)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
