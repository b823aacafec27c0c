"""Builders for the PDF reader tests: a small plan in Word, its PDF, a scan of it, broken copies.

Everything is generated at test time (python-docx, LibreOffice headless, pdftoppm + Pillow,
pikepdf), so the tests do not depend on committed binaries. The texts are original and the
producer is fictional.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

# --- what the plan contains (the tests compare the reader's output with these) -----------------

RUNNING_HEADER = "HTX Nông nghiệp Thạch Xuân - Phương án SXKD giai đoạn 2027-2029"
FOOTER_PREFIX = "Trang "

TITLE = "PHƯƠNG ÁN SẢN XUẤT KINH DOANH"
SUBTITLE = "Sản phẩm: Rượu nếp cẩm Thạch Xuân"

# Every tone mark (huyền, sắc, hỏi, ngã, nặng) and every vowel mark (ă â ê ô ơ ư đ), in
# natural words.
DIACRITIC_SENTENCE = (
    "Đồng bào ở xã Thạch Xuân trồng lúa nếp cẩm, ủ men lá truyền thống; mỗi năm hợp tác xã "
    "bán được khoảng mười hai nghìn lít rượu, thu nhập ổn định cho bốn mươi hộ thành viên."
)
# Every precomposed Vietnamese letter, lower and upper case: the text layer must give them exactly.
LETTERS = (
    "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ "
    "ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ"
)
LETTERS_PARAGRAPH = "Bảng chữ cái: " + LETTERS + " " + LETTERS.upper() + "."

LIST_ITEMS = [
    "- Diện tích vùng nguyên liệu lúa nếp cẩm: 12 ha, năng suất bình quân 5,2 tấn/ha.",
    "- Nhà xưởng sản xuất rộng 250 m2, có khu ủ men và khu chưng cất riêng biệt.",
    "+ Hệ thống nồi chưng cất bằng inox công suất 300 lít/ngày.",
    "a) Lao động thường xuyên gồm 15 người, lao động thời vụ 10 người.",
]

FILLER = [
    "Hợp tác xã được thành lập năm 2019 theo Luật Hợp tác xã, có trụ sở tại thôn Trung Tiến, "
    "xã Thạch Xuân, tỉnh Hà Tĩnh. Hợp tác xã hoạt động trong lĩnh vực trồng lúa nếp cẩm, sản xuất "
    "men lá và chưng cất rượu theo phương pháp thủ công truyền thống của địa phương.",
    "Sản phẩm rượu nếp cẩm có màu đỏ tím tự nhiên, hương thơm đặc trưng của gạo nếp và men lá, "
    "độ cồn từ 29 đến 35 độ. Rượu được ủ trong chum sành tối thiểu sáu tháng trước khi đóng chai "
    "thủy tinh dung tích 500 ml và 750 ml, dán nhãn đầy đủ theo quy định hiện hành.",
    "Khách hàng chủ yếu là các nhà hàng, cửa hàng đặc sản và điểm bán sản phẩm OCOP trong tỉnh. "
    "Hợp tác xã đã ký hợp đồng nguyên tắc với ba cửa hàng tại thành phố Hà Tĩnh và hai đại lý tại "
    "Vinh, đồng thời bán hàng qua sàn thương mại điện tử với giá bán lẻ 180.000 đồng/chai 500 ml.",
    "Quy trình sản xuất gồm các bước: chọn gạo, ngâm, đồ xôi, làm nguội, rắc men, ủ lên men trong "
    "mười ngày, chưng cất, hạ thổ và lọc trước khi đóng chai. Mỗi mẻ đều được ghi nhật ký sản xuất "
    "để truy xuất nguồn gốc bằng mã QR dán trên từng chai.",
]

TABLE_UNIT = "ĐVT: triệu đồng"
TABLE_ROWS = [
    ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"],
    ["1", "Doanh thu", "1.250", "1.500", "1.800"],
    ["2", "Chi phí", "950", "1.100", "1.300"],
    ["3", "Lợi nhuận", "300", "400", "500"],
]
TABLE2_UNIT = "Đơn vị tính: triệu đồng"
TABLE2_ROWS = [
    ["Nguồn vốn", "Số tiền", "Tỷ lệ (%)"],
    ["Vốn tự có", "600", "60"],
    ["Vốn vay ngân hàng", "400", "40"],
    ["Tổng cộng", "1.000", "100"],
]

# No borders at all (python-docx's default table style): found by column alignment.
TABLE3_ROWS = [
    ["TT", "Sản phẩm", "Năm 2027", "Năm 2028"],
    ["1", "Rượu 500 ml", "8.000", "9.500"],
    ["2", "Rượu 750 ml", "4.000", "4.800"],
]

# (text, level the reader must give, numbering)
HEADINGS = [
    ("I. THÔNG TIN CHUNG VỀ CHỦ THỂ", 2, "I."),
    ("1. Tên, địa chỉ", 3, "1."),
    ("2. Quy mô sản xuất", 3, "2."),
    ("II. THỊ TRƯỜNG TIÊU THỤ SẢN PHẨM", 2, "II."),
    ("1.1. Khách hàng mục tiêu", 4, "1.1."),
    ("III. HIỆU QUẢ KINH TẾ", 2, "III."),
    ("IV. NGUỒN VỐN", 2, "IV."),
    ("V. KẾ HOẠCH SẢN XUẤT", 2, "V."),
]


# --- Word ------------------------------------------------------------------------------------


def _add_page_field(paragraph) -> None:
    """A PAGE field (python-docx has no API for fields)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    parts = (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None))
    for kind, text in parts:
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def _grid_table(doc, rows: list[list[str]], bold_header: bool = True, grid: bool = True):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0 and bold_header:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def build_plan_docx(path: Path) -> Path:
    """A three-page plan: bold numbered headings, list items, two grid tables and a borderless
    one, a running header and a page-number footer."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    normal.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.header.paragraphs[0].text = RUNNING_HEADER
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(FOOTER_PREFIX)
    _add_page_field(foot)

    def para(text: str, *, bold: bool = False, size: int | None = None, center: bool = False,
             indent: bool = True, italic: bool = False, right: bool = False):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                p.paragraph_format.first_line_indent = Cm(1)
        return p

    def heading(text: str) -> None:
        para(text, bold=True, indent=False)

    para(TITLE, bold=True, size=15, center=True)
    para(SUBTITLE, bold=True, center=True)
    heading(HEADINGS[0][0])
    heading(HEADINGS[1][0])
    para(DIACRITIC_SENTENCE)
    para(LETTERS_PARAGRAPH)
    para(FILLER[0])
    heading(HEADINGS[2][0])
    for item in LIST_ITEMS:
        para(item, indent=False)
    para(FILLER[1])
    para(FILLER[3])
    heading(HEADINGS[3][0])
    heading(HEADINGS[4][0])
    for text in FILLER:
        para(text)
    heading(HEADINGS[5][0])
    para("Bảng 1. Dự kiến kết quả sản xuất kinh doanh", bold=True, center=True)
    para(TABLE_UNIT, italic=True, right=True)
    _grid_table(doc, TABLE_ROWS)
    para("Lợi nhuận tăng đều qua các năm nhờ mở rộng kênh phân phối và ổn định giá nguyên liệu.")
    for text in FILLER[:3]:
        para(text)
    heading(HEADINGS[6][0])
    t2 = _grid_table(doc, [[TABLE2_UNIT, "", ""]] + TABLE2_ROWS, bold_header=False)
    merged = t2.cell(0, 0).merge(t2.cell(0, 2))
    merged.text = TABLE2_UNIT
    para(FILLER[2])
    heading(HEADINGS[7][0])
    _grid_table(doc, TABLE3_ROWS, grid=False)
    para(FILLER[3])
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


# --- conversions -----------------------------------------------------------------------------


def soffice_available() -> bool:
    return shutil.which("soffice") is not None


def docx_to_pdf(docx_path: Path, outdir: Path, timeout: int = 240) -> Path:
    """LibreOffice headless with a private profile, so parallel runs do not share a lock."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.gettempdir()) / f"lo_{os.getpid()}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        check=True, capture_output=True, timeout=timeout,
    )
    pdf = outdir / (docx_path.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice did not write {pdf}")
    return pdf


def scan_pdf(pdf: Path, out: Path, dpi: int = 300) -> Path:
    """An image-only copy: every page rendered in grey by pdftoppm and wrapped again by Pillow."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), f"{tmp}/p"],
                       check=True, capture_output=True, timeout=300)
        files = sorted(Path(tmp).glob("p*.pgm"))
        images = [Image.open(f).convert("L") for f in files]
        images[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
        for im in images:
            im.close()
    return out


def encrypt_pdf(pdf: Path, out: Path, password: str = "mat-khau") -> Path:
    import pikepdf

    with pikepdf.open(pdf) as src:
        src.save(out, encryption=pikepdf.Encryption(user=password, owner=password + "-owner"))
    return out


def owner_only_pdf(pdf: Path, out: Path) -> Path:
    """Encrypted with an owner password only: opens without a password, so it must be read."""
    import pikepdf

    with pikepdf.open(pdf) as src:
        src.save(out, encryption=pikepdf.Encryption(user="", owner="chu-so-huu"))
    return out


def strip_tounicode(pdf: Path, out: Path) -> Path:
    """The same pages with no /ToUnicode maps: the text layer becomes "(cid:NN)" glyphs."""
    import pikepdf

    with pikepdf.open(pdf) as doc:
        for page in doc.pages:
            for _, font in page.Resources.get("/Font", {}).items():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
        doc.save(out)
    return out


def blank_pdf(out: Path, pages: int = 1) -> Path:
    import pikepdf

    doc = pikepdf.new()
    for _ in range(pages):
        doc.add_blank_page(page_size=(595, 842))
    doc.save(out)
    return out


def truncated_copy(pdf: Path, out: Path, fraction: float = 0.5) -> Path:
    data = pdf.read_bytes()
    out.write_bytes(data[: int(len(data) * fraction)])
    return out


def random_bytes(out: Path, size: int = 20_000, seed: int = 7, pdf_header: bool = True) -> Path:
    rng = random.Random(seed)
    body = bytes(rng.getrandbits(8) for _ in range(size))
    out.write_bytes((b"%PDF-1.7\n" if pdf_header else b"") + body)
    return out
