"""Generators of hostile and broken submissions (tests/test_hostile.py).

Each function writes one file and returns its path. Everything is built from the bundled sample
plans or from scratch, deterministically (seeded), so no hostile file is stored in the repo.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "samples" / "plans"
GOOD_DOCX = PLANS / "s01_ruou_nep_sim_htx.docx"  # producer on a "Tên chủ thể:" line, email given
GOOD_DOCX_2 = PLANS / "s03_che_vang_ho_gia_dinh.docx"
GOOD_PDF = PLANS / "s02_nuoc_mam_cong_ty.pdf"  # text layer

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- plain bytes

def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def random_bytes(path: Path, size: int = 20_000, seed: int = 1) -> Path:
    rnd = random.Random(seed)
    data = bytes(rnd.getrandbits(8) for _ in range(size))
    path.write_bytes(data.replace(b"%PDF-", b"%PDX-"))  # no accidental magic
    return path


def truncated(src: Path, path: Path, fraction: float = 0.5) -> Path:
    data = src.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def html_as_docx(path: Path) -> Path:
    path.write_text("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Phương án</title></head>"
                    "<body><h1>PHƯƠNG ÁN SẢN XUẤT KINH DOANH</h1><script>alert(1)</script></body></html>",
                    encoding="utf-8")
    return path


def xlsx_as_docx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Doanh thu"
    wb.active["B1"] = 1_200_000_000
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())
    return path


# ---------------------------------------------------------------- encrypted

def encrypted_pdf(path: Path, src: Path = GOOD_PDF) -> Path:
    with pikepdf.open(src) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="chu-the", user="mat-khau", R=6))
    return path


def _cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal Compound File Binary (OLE2, version 3, 512-byte sectors) holding `streams`
    under the root storage; each stream is padded to at least 4096 bytes so that it lives in the
    regular FAT (no mini stream needed). This is the container Word uses for an encrypted .docx
    (streams EncryptionInfo and EncryptedPackage)."""
    endchain, freesect, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    names = list(streams)
    sizes = [len(streams[n].ljust(4096, b"\0")) for n in names]  # >= cutoff: regular FAT
    datas = [streams[n].ljust(4096, b"\0") for n in names]
    datas = [d + b"\0" * (-len(d) % 512) for d in datas]
    # sector 0: FAT, sector 1: directory, then the streams
    fat = [fatsect, endchain]
    starts = []
    sector = 2
    for d in datas:
        n = len(d) // 512
        starts.append(sector)
        fat.extend(list(range(sector + 1, sector + n)) + [endchain])
        sector += n
    assert len(fat) <= 128, "one FAT sector only"
    fat += [freesect] * (128 - len(fat))

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))

    # Directory: root (5) -> first stream; streams chained as right siblings (sorted by length
    # then upper-case name, as the red-black tree wants).
    order = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    ids = {i: k + 1 for k, i in enumerate(order)}
    dir_entries = [entry("Root Entry", 5, nostream, nostream, ids[order[0]], endchain, 0)]
    for k, i in enumerate(order):
        right = ids[order[k + 1]] if k + 1 < len(order) else nostream
        dir_entries.append(entry(names[i], 2, nostream, right, nostream, starts[i], sizes[i]))
    while len(dir_entries) % 4:
        dir_entries.append(entry("", 0, nostream, nostream, nostream, 0, 0))
    directory = b"".join(dir_entries)
    assert len(directory) == 512
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, endchain, 0, endchain, 0)
              + struct.pack("<I", 0) + struct.pack("<I", freesect) * 108)
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + directory + b"".join(datas)


def encrypted_docx(path: Path) -> Path:
    """A password-protected .docx as Word writes it: an OLE container, not a zip."""
    info = (struct.pack("<HHI", 4, 4, 0x40)
            + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption '
              b'xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" '
              b'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining='
              b'"ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
              b'</encryption>')
    rnd = random.Random(7)
    package = struct.pack("<Q", 40_000) + bytes(rnd.getrandbits(8) for _ in range(8192))
    path.write_bytes(_cfb({"EncryptionInfo": info, "EncryptedPackage": package}))
    return path


# ---------------------------------------------------------------- zip tricks

def _raw_zip(entries: list[tuple[str, bytes, int, int, int, int]]) -> bytes:
    """Zip from pre-compressed members: (name, payload, method, crc, compressed, declared size).
    Lets a test declare sizes that differ from the real ones."""
    out = io.BytesIO()
    central = []
    for name, payload, method, crc, csize, usize in entries:
        offset = out.tell()
        fname = name.encode("utf-8")
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0x21, crc, csize,
                              usize, len(fname), 0) + fname)
        out.write(payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, 0, 0x21,
                                   crc, csize, usize, len(fname), 0, 0, 0, 0, 0, offset) + fname)
    cd_start = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size,
                          cd_start, 0))
    return out.getvalue()


def _members(src: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(src) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def _stored_entries(members: dict[str, bytes]) -> list[tuple[str, bytes, int, int, int, int]]:
    out = []
    for name, data in members.items():
        comp = _deflate(data)
        out.append((name, comp, 8, zlib.crc32(data), len(comp), len(data)))
    return out


def zip_bomb_docx(path: Path, inflated_mb: int = 2048, src: Path = GOOD_DOCX) -> Path:
    """A good plan plus one member of `inflated_mb` MB of zeros: about 2 MB on disk for 2 GB.
    The deflate stream is one compressed megabyte repeated (full flushes make the blocks
    independent), so building it costs milliseconds, not a gigabyte of compression."""
    mb = b"\0" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(mb) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush(zlib.Z_FINISH)
    # a fresh compressor after a full flush emits the same bytes for the same input
    payload = block * inflated_mb + tail
    crc = 0
    for _ in range(inflated_mb):
        crc = zlib.crc32(mb, crc)
    entries = _stored_entries(_members(src))
    entries.append(("word/media/image1.png", payload, 8, crc, len(payload),
                    (inflated_mb << 20) & 0xFFFFFFFF if inflated_mb < 4096 else 0xFFFFFFFF))
    path.write_bytes(_raw_zip(entries))
    return path


def zip_bomb_lying_docx(path: Path, inflated_mb: int = 1024, src: Path = GOOD_DOCX) -> Path:
    """document.xml inflates to `inflated_mb` MB but its headers declare 40 KB (and the CRC of
    those 40 KB): a reader trusting the declared size must stop there."""
    members = _members(src)
    doc = members.pop("word/document.xml")
    body = doc + b"<!--" + b" " * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(b" " * (1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    c0 = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c0.compress(body) + c0.flush(zlib.Z_FULL_FLUSH)
    payload = head + block * inflated_mb + c.flush(zlib.Z_FINISH)
    declared = 40_000
    full = body + b" " * (1 << 20)
    entries = _stored_entries(members)
    entries.insert(0, ("word/document.xml", payload, 8, zlib.crc32(full[:declared]), len(payload),
                       declared))
    path.write_bytes(_raw_zip(entries))
    return path


def docx_with_parts(path: Path, parts: dict[str, bytes], src: Path = GOOD_DOCX) -> Path:
    """A copy of `src` with some parts replaced or added."""
    members = _members(src)
    members.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _with_doctype(xml: bytes, internal_subset: str) -> bytes:
    """Put a DOCTYPE with `internal_subset` right after the XML declaration."""
    m = re.match(rb"<\?xml[^>]*\?>\s*", xml)
    cut = m.end() if m else 0
    root = re.search(rb"<([A-Za-z_][\w.:-]*)", xml[cut:]).group(1).decode()
    return xml[:cut] + f"<!DOCTYPE {root} [{internal_subset}]>\n".encode() + xml[cut:]


LAUGHS = "".join(['<!ENTITY lol "lol">'] + [
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)])
XXE = '<!ENTITY xxe SYSTEM "file:///etc/passwd">'


def billion_laughs_docx(path: Path, part: str = "word/document.xml", src: Path = GOOD_DOCX) -> Path:
    xml = _members(src)[part]
    xml = _with_doctype(xml, LAUGHS)
    if part == "word/document.xml":
        xml = xml.replace(b"<w:t>", b"<w:t>&lol9;", 1)
    else:  # an internal entity in an attribute value is well-formed XML
        xml = re.sub(rb'(w:val=")', rb"\1&lol9;", xml, count=1)
    return docx_with_parts(path, {part: xml}, src)


def xxe_docx(path: Path, part: str = "word/document.xml", src: Path = GOOD_DOCX) -> Path:
    xml = _members(src)[part]
    xml = _with_doctype(xml, XXE)
    # external entities may only be referenced in content
    if b"<w:t>" in xml:
        xml = xml.replace(b"<w:t>", b"<w:t>&xxe;", 1)
    else:
        m = re.search(rb"<w:[A-Za-z]+(?:\s[^>]*)?>(?=<)", xml[xml.index(b"]>") + 2:])
        assert m is not None
        at = xml.index(b"]>") + 2 + m.end()
        xml = xml[:at] + b"&xxe;" + xml[at:]
    return docx_with_parts(path, {part: xml}, src)


def doctype_only_docx(path: Path, part: str = "[Content_Types].xml", subset: str = XXE,
                      src: Path = GOOD_DOCX) -> Path:
    """A DOCTYPE declaring an entity nobody references, in a package part (not a Word part)."""
    return docx_with_parts(path, {part: _with_doctype(_members(src)[part], subset)}, src)


def utf16_doctype_docx(path: Path, src: Path = GOOD_DOCX) -> Path:
    """document.xml re-encoded as UTF-16 with a DOCTYPE: no ASCII '<!DOCTYPE' to grep for."""
    xml = _members(src)["word/document.xml"].decode("utf-8")
    xml = re.sub(r"encoding=(['\"])UTF-8\1", 'encoding="UTF-16"', xml, count=1, flags=re.I)
    assert 'encoding="UTF-16"' in xml[:100]
    xml = _with_doctype(xml.encode("utf-8"), XXE).decode("utf-8").replace("<w:t>", "<w:t>&xxe;", 1)
    return docx_with_parts(path, {"word/document.xml": xml.encode("utf-16")}, src)


# ---------------------------------------------------------------- structure

def _insert_in_body(xml: bytes, fragment: str) -> bytes:
    i = xml.rindex(b"<w:sectPr")
    return xml[:i] + fragment.encode("utf-8") + xml[i:]


def nested_tables_docx(path: Path, depth: int, src: Path = GOOD_DOCX) -> Path:
    inner = "<w:p><w:r><w:t>lõi</w:t></w:r></w:p>"
    for k in range(depth, 0, -1):
        inner = (f"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
                 f"<w:p><w:r><w:t>Bảng cấp {k}</w:t></w:r></w:p>{inner}<w:p/></w:tc></w:tr></w:tbl>")
    xml = _insert_in_body(_members(src)["word/document.xml"], inner + "<w:p/>")
    return docx_with_parts(path, {"word/document.xml": xml}, src)


def _bmp(width: int, height: int, pixels: bytes) -> bytes:
    row = width * 3
    size = 54 + row * height
    return (b"BM" + struct.pack("<IHHI", size, 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, row * height, 2835, 2835, 0, 0)
            + pixels)


def big_image_docx(path: Path, mb: int = 50, compressible: bool = True, src: Path = GOOD_DOCX) -> Path:
    """A good plan carrying a `mb` MB bitmap: zeros (tiny on disk, `mb` MB once inflated) or
    noise (as large on disk)."""
    import docx
    from docx.shared import Cm

    width = 4096
    height = (mb << 20) // (width * 3) + 1
    n = width * 3 * height
    pixels = bytes(n) if compressible else random.Random(3).randbytes(n)
    d = docx.Document(str(src))
    d.add_paragraph("Hình 1. Nhà xưởng")
    d.add_picture(io.BytesIO(_bmp(width, height, pixels)), width=Cm(15))
    d.save(str(path))
    return path


# ---------------------------------------------------------------- PDFs

def _pdf_with_pages(contents: list[bytes], font_size_hint: int = 12) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    for c in contents:
        page = pikepdf.Page(pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
            Contents=pdf.make_stream(c)))
        pdf.pages.append(page)
    return pdf


def many_pages_pdf(path: Path, pages: int = 500) -> Path:
    contents = [f"BT /F1 12 Tf 72 760 Td (Trang {n}: phuong an san xuat kinh doanh) Tj ET".encode()
                for n in range(1, pages + 1)]
    with _pdf_with_pages(contents) as pdf:
        pdf.save(path)
    return path


def tiny_text_objects_pdf(path: Path, objects: int = 10_000) -> Path:
    """One page of `objects` separate text objects, each one tiny character."""
    ops = []
    cols = 100
    for k in range(objects):
        x = 20 + (k % cols) * 5.5
        y = 800 - (k // cols) * 7.5
        ops.append(f"BT /F1 2 Tf {x:.1f} {y:.1f} Td ({chr(97 + k % 26)}) Tj ET")
    intro = "BT /F1 14 Tf 72 60 Td (PHUONG AN SAN XUAT KINH DOANH) Tj ET"
    with _pdf_with_pages([("\n".join([intro, *ops])).encode()]) as pdf:
        pdf.save(path)
    return path


# ---------------------------------------------------------------- plan content

def edit_plan_docx(path: Path, replace: dict[str, str] | None = None, append: list[str] | None = None,
                   src: Path = GOOD_DOCX) -> Path:
    """A copy of a good plan whose paragraphs (and table cells) containing a key of `replace`
    get that text substituted, and with `append` paragraphs added at the end."""
    import docx

    d = docx.Document(str(src))
    paras = list(d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                paras.extend(cell.paragraphs)
    for p in paras:
        text = p.text
        new = text
        for old, repl in (replace or {}).items():
            new = new.replace(old, repl)
        if new != text and p.runs:
            p.runs[0].text = new
            for r in p.runs[1:]:
                r.text = ""
    for line in append or []:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def copy(src: Path, path: Path) -> Path:
    shutil.copyfile(src, path)
    return path
