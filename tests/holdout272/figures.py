"""Add the pictures of the 272nd holdout set to its built plans.

    .venv/bin/python tests/holdout/build.py --set holdout272 -j 1     # text, tables, expected/
    .venv/bin/python tests/holdout272/figures.py [STEM_OR_PREFIX ...]  # then the pictures

samples/FORMAT.md has no syntax for an image, so the builder cannot carry one. This script
finishes each plan after the build: it draws the plan's pictures with Pillow (simple drawings made
for this set: "photos" of the product, the workshop and the raw-material area, bar and line charts
of the plan's own figures, a process flow, a map sketch), rebuilds the plan's Word document with
the builder's own `write_docx` (imported through tests/holdout/build.py's `load_builder()`),
puts each picture next to its caption paragraph ("Hình 1. …", "Biểu đồ 2: …", "Sơ đồ quy trình …"
— the captions are ordinary paragraphs of the source, so they are part of the plan's text; the
pictures are not), and writes the plan again in its format with the builder's helpers:
docx as is, pdf and doc through LibreOffice (`soffice_convert`, `fix_pdf`), pdf-scanned by
rasterising that PDF (`scan_pdf`, the builder's own grey, noisy, skewed scan at the source's dpi).
Everything the plan states is in its text and tables; the pictures only repeat it. The charts are
drawn from arithmetic.py's model with the figures the plan prints.
"""

from __future__ import annotations

import math
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def font(size: int, bold: bool = False):
    try:
        return ImageFont.truetype(FONT_B if bold else FONT, size)
    except OSError:  # pragma: no cover - a machine without DejaVu
        return ImageFont.load_default()


def vnum(x: float, dec: int = 0) -> str:
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ------------------------------------------------------------------ photo-like drawings
def _finish(img: Image.Image, rnd: random.Random, blur: float = 0.8) -> Image.Image:
    """Grain, softness and a vignette so that a flat drawing reads as a photograph."""
    w, h = img.size
    img = img.filter(ImageFilter.GaussianBlur(blur))
    px = img.load()
    for _ in range(w * h // 6):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r, g, b = px[x, y]
        n = rnd.randint(-18, 18)
        px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    vig = Image.new("L", (w, h), 255)
    dv = ImageDraw.Draw(vig)
    for i in range(40):
        dv.rectangle([i * 3, i * 3, w - i * 3, h - i * 3], outline=int(150 + 105 * i / 40))
    vig = vig.filter(ImageFilter.GaussianBlur(30))
    dark = Image.new("RGB", (w, h), (20, 20, 20))
    return Image.composite(img, dark, vig)


def _gradient(w: int, h: int, top, bottom) -> Image.Image:
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    return img


def product_photo(items: list[dict], seed: str, backdrop=(226, 214, 196), table=(150, 104, 70)) -> Image.Image:
    """A studio-like shot of packs on a wooden table. Item shapes: box, bag, jar, bottle, can, hat,
    tube, bundle, tray."""
    rnd = random.Random(seed)
    w, h = 1200, 720
    img = _gradient(w, h, backdrop, tuple(max(0, c - 40) for c in backdrop))
    d = ImageDraw.Draw(img)
    top = int(h * 0.62)
    d.rectangle([0, top, w, h], fill=table)
    for i in range(18):  # wood grain
        y = top + rnd.randint(0, h - top)
        d.line([(0, y), (w, y + rnd.randint(-8, 8))], fill=tuple(max(0, c - 25) for c in table), width=2)
    n = len(items)
    slot = w / (n + 1)
    for i, it in enumerate(items):
        cx = int(slot * (i + 1))
        base = top + 70 + (i % 2) * 25
        col = it.get("color", (200, 60, 40))
        lab = it.get("label", "")
        sh = it["shape"]
        scale = it.get("scale", 1.0)
        d.ellipse([cx - 120 * scale, base - 14, cx + 120 * scale, base + 14], fill=(90, 60, 40))
        if sh == "box":
            bw, bh = 190 * scale, 260 * scale
            d.rectangle([cx - bw / 2, base - bh, cx + bw / 2, base], fill=col, outline=(40, 30, 20), width=3)
            d.polygon([(cx - bw / 2, base - bh), (cx - bw / 2 + 30, base - bh - 28), (cx + bw / 2 + 30, base - bh - 28),
                       (cx + bw / 2, base - bh)], fill=tuple(min(255, c + 35) for c in col), outline=(40, 30, 20))
            d.polygon([(cx + bw / 2, base), (cx + bw / 2 + 30, base - 28), (cx + bw / 2 + 30, base - bh - 28),
                       (cx + bw / 2, base - bh)], fill=tuple(max(0, c - 45) for c in col), outline=(40, 30, 20))
            d.rectangle([cx - bw / 2 + 18, base - bh * 0.62, cx + bw / 2 - 18, base - bh * 0.3], fill=(250, 245, 230))
            _label(d, cx, base - bh * 0.46, lab, int(20 * scale))
        elif sh == "bag":
            bw, bh = 170 * scale, 280 * scale
            d.polygon([(cx - bw / 2, base), (cx - bw / 2 + 10, base - bh), (cx + bw / 2 - 10, base - bh),
                       (cx + bw / 2, base)], fill=col, outline=(40, 30, 20))
            d.rectangle([cx - bw / 2 + 10, base - bh - 10, cx + bw / 2 - 10, base - bh + 12], fill=tuple(max(0, c - 40) for c in col))
            d.ellipse([cx - bw * 0.34, base - bh * 0.7, cx + bw * 0.34, base - bh * 0.3], fill=(250, 246, 236))
            _label(d, cx, base - bh * 0.5, lab, int(18 * scale))
        elif sh == "jar":
            bw, bh = 150 * scale, 190 * scale
            d.rounded_rectangle([cx - bw / 2, base - bh, cx + bw / 2, base], radius=28, fill=col, outline=(60, 40, 20), width=3)
            d.rectangle([cx - bw / 2 + 8, base - bh - 36, cx + bw / 2 - 8, base - bh + 4], fill=(170, 120, 40), outline=(60, 40, 20))
            d.rectangle([cx - bw / 2 + 10, base - bh * 0.7, cx + bw / 2 - 10, base - bh * 0.3], fill=(250, 245, 225))
            d.line([(cx - bw / 2 + 14, base - bh + 10), (cx - bw / 2 + 14, base - 12)], fill=(255, 255, 255), width=5)
            _label(d, cx, base - bh * 0.5, lab, int(17 * scale))
        elif sh in ("bottle", "can"):
            bw, bh = (90, 330) if sh == "bottle" else (170, 250)
            bw, bh = bw * scale, bh * scale
            neck = 0.32 if sh == "bottle" else 0.1
            d.rounded_rectangle([cx - bw / 2, base - bh * (1 - neck), cx + bw / 2, base], radius=18, fill=col, outline=(30, 30, 30), width=3)
            if sh == "bottle":
                d.polygon([(cx - bw / 2, base - bh * (1 - neck)), (cx - 16, base - bh + 30), (cx + 16, base - bh + 30),
                           (cx + bw / 2, base - bh * (1 - neck))], fill=col, outline=(30, 30, 30))
                d.rectangle([cx - 18, base - bh, cx + 18, base - bh + 32], fill=(120, 30, 30))
            else:
                d.rectangle([cx - 24, base - bh - 10, cx + 24, base - bh * (1 - neck)], fill=(60, 60, 60))
            d.rectangle([cx - bw / 2 + 6, base - bh * 0.52, cx + bw / 2 - 6, base - bh * 0.22], fill=(248, 242, 222))
            d.line([(cx - bw / 2 + 12, base - bh * 0.6), (cx - bw / 2 + 12, base - 20)], fill=(255, 255, 255), width=4)
            _label(d, cx, base - bh * 0.37, lab, int(15 * scale))
        elif sh == "hat":
            r = 200 * scale
            d.polygon([(cx - r, base - 20), (cx, base - r * 0.95), (cx + r, base - 20)], fill=col, outline=(120, 90, 40))
            for j in range(1, 9):
                yy = base - 20 - (r * 0.93) * j / 9
                half = r * (1 - j / 9)
                d.line([(cx - half, yy), (cx + half, yy)], fill=(170, 140, 80), width=2)
            d.ellipse([cx - r, base - 40, cx + r, base], outline=(120, 90, 40), width=3)
        elif sh == "tube":
            for j in range(9):
                x = cx - 80 * scale + j * 20 * scale
                d.line([(x, base), (x + 6, base - 300 * scale)], fill=col, width=int(7 * scale))
                d.line([(x, base), (x + 1, base - 120 * scale)], fill=(200, 60, 60), width=int(7 * scale))
            d.rectangle([cx - 100 * scale, base - 110 * scale, cx + 100 * scale, base], fill=(120, 30, 30), outline=(40, 10, 10))
            _label(d, cx, base - 55 * scale, lab, int(18 * scale), fill=(250, 220, 120))
        elif sh == "bundle":
            for j in range(14):
                x = cx - 60 * scale + j * 9 * scale
                d.line([(cx, base - 40), (x, base - 320 * scale)], fill=col, width=4)
            d.rectangle([cx - 16, base - 60, cx + 16, base], fill=(110, 70, 30))
            d.rectangle([cx - 20, base - 150 * scale, cx + 20, base - 120 * scale], fill=(200, 40, 40))
        elif sh == "tray":
            bw = 260 * scale
            d.rounded_rectangle([cx - bw / 2, base - 50, cx + bw / 2, base], radius=10, fill=(235, 230, 220), outline=(90, 80, 70), width=3)
            for j in range(7):
                x = cx - bw / 2 + 25 + j * (bw - 50) / 6
                d.ellipse([x - 22, base - 66, x + 22, base - 30], fill=col, outline=(90, 60, 30))
    return _finish(img, rnd)


def _label(d: ImageDraw.ImageDraw, cx: float, cy: float, text: str, size: int, fill=(120, 30, 20)) -> None:
    if not text:
        return
    f = font(max(10, size), bold=True)
    lines = text.split("\n")
    y = cy - len(lines) * size * 0.6
    for ln in lines:
        bw = d.textlength(ln, font=f)
        d.text((cx - bw / 2, y), ln, font=f, fill=fill)
        y += size * 1.2


def workshop_photo(seed: str, machines: list[dict], workers: int = 2, wall=(205, 208, 200),
                   floor=(150, 150, 145)) -> Image.Image:
    """Inside a small workshop: tiled wall with windows, floor in perspective, machines and tanks."""
    rnd = random.Random(seed)
    w, h = 1200, 720
    img = _gradient(w, h, wall, tuple(max(0, c - 35) for c in wall))
    d = ImageDraw.Draw(img)
    hor = int(h * 0.55)
    d.polygon([(0, h), (w, h), (w * 0.82, hor), (w * 0.18, hor)], fill=floor)
    d.polygon([(0, h), (w * 0.18, hor), (0, hor - 60)], fill=tuple(max(0, c - 25) for c in wall))
    d.polygon([(w, h), (w * 0.82, hor), (w, hor - 60)], fill=tuple(max(0, c - 25) for c in wall))
    for i in range(12):
        x = w * 0.18 + i * (w * 0.64) / 11
        d.line([(x, hor), (w / 2 + (x - w / 2) * 2.4, h)], fill=tuple(max(0, c - 20) for c in floor), width=1)
    for j in range(3):
        x0 = w * 0.26 + j * w * 0.18
        d.rectangle([x0, 90, x0 + 130, 220], fill=(215, 235, 245), outline=(90, 90, 90), width=4)
        d.line([(x0 + 65, 90), (x0 + 65, 220)], fill=(90, 90, 90), width=3)
    n = len(machines)
    for i, mch in enumerate(machines):
        cx = w * (0.2 + 0.6 * (i + 0.5) / n)
        base = hor + 70 + (i % 2) * 40
        col = mch.get("color", (170, 175, 180))
        kind = mch.get("kind", "box")
        size = mch.get("size", 1.0)
        if kind == "tank":
            rw, rh = 110 * size, 170 * size
            d.rectangle([cx - rw / 2, base - rh, cx + rw / 2, base], fill=col, outline=(60, 60, 60), width=3)
            d.ellipse([cx - rw / 2, base - rh - 22, cx + rw / 2, base - rh + 22], fill=tuple(min(255, c + 30) for c in col), outline=(60, 60, 60), width=3)
            d.line([(cx - rw / 2 + 10, base - rh + 10), (cx - rw / 2 + 10, base - 10)], fill=(240, 240, 240), width=5)
        elif kind == "still":
            rw, rh = 150 * size, 150 * size
            d.ellipse([cx - rw / 2, base - rh, cx + rw / 2, base], fill=col, outline=(60, 60, 60), width=3)
            d.rectangle([cx - 18, base - rh - 60, cx + 18, base - rh + 10], fill=col, outline=(60, 60, 60))
            d.line([(cx, base - rh - 50), (cx + rw, base - rh - 50), (cx + rw, base - 40)], fill=(90, 90, 90), width=8)
            d.rectangle([cx - rw / 2 - 10, base - 30, cx + rw / 2 + 10, base + 10], fill=(120, 60, 40))
        elif kind == "rack":
            rw, rh = 220 * size, 200 * size
            for j in range(5):
                y = base - j * rh / 5
                d.line([(cx - rw / 2, y), (cx + rw / 2, y)], fill=(120, 100, 70), width=5)
                for q in range(7):
                    x = cx - rw / 2 + 15 + q * (rw - 30) / 6
                    d.ellipse([x - 12, y - 18, x + 12, y - 4], fill=mch.get("item", (210, 170, 90)))
            d.line([(cx - rw / 2, base), (cx - rw / 2, base - rh)], fill=(90, 70, 50), width=6)
            d.line([(cx + rw / 2, base), (cx + rw / 2, base - rh)], fill=(90, 70, 50), width=6)
        elif kind == "table":
            rw = 300 * size
            d.rectangle([cx - rw / 2, base - 90, cx + rw / 2, base - 75], fill=(160, 120, 80))
            d.line([(cx - rw / 2 + 10, base - 75), (cx - rw / 2 + 10, base)], fill=(100, 70, 40), width=6)
            d.line([(cx + rw / 2 - 10, base - 75), (cx + rw / 2 - 10, base)], fill=(100, 70, 40), width=6)
            for q in range(5):
                x = cx - rw / 2 + 30 + q * (rw - 60) / 4
                d.rectangle([x - 16, base - 120, x + 16, base - 90], fill=mch.get("item", (230, 200, 120)))
        else:
            rw, rh = 200 * size, 160 * size
            d.rectangle([cx - rw / 2, base - rh, cx + rw / 2, base], fill=col, outline=(50, 50, 50), width=3)
            d.polygon([(cx - rw / 2, base - rh), (cx - rw / 2 + 26, base - rh - 22), (cx + rw / 2 + 26, base - rh - 22),
                       (cx + rw / 2, base - rh)], fill=tuple(min(255, c + 30) for c in col), outline=(50, 50, 50))
            d.polygon([(cx + rw / 2, base), (cx + rw / 2 + 26, base - 22), (cx + rw / 2 + 26, base - rh - 22),
                       (cx + rw / 2, base - rh)], fill=tuple(max(0, c - 40) for c in col), outline=(50, 50, 50))
            d.rectangle([cx - 30, base - rh + 25, cx + 30, base - rh + 60], fill=(40, 60, 40))
            d.ellipse([cx + 45, base - rh + 30, cx + 65, base - rh + 50], fill=(200, 40, 40))
    for i in range(workers):
        x = w * (0.3 + 0.4 * rnd.random())
        y = hor + 150 + rnd.randint(0, 60)
        _person(d, x, y, rnd)
    return _finish(img, rnd)


def _person(d: ImageDraw.ImageDraw, x: float, y: float, rnd: random.Random, s: float = 1.0) -> None:
    shirt = rnd.choice([(40, 90, 160), (230, 230, 230), (60, 130, 80), (200, 120, 60)])
    d.ellipse([x - 16 * s, y - 150 * s, x + 16 * s, y - 118 * s], fill=(220, 180, 140))
    d.polygon([(x - 20 * s, y - 150 * s), (x, y - 176 * s), (x + 20 * s, y - 150 * s)], fill=(250, 250, 240))
    d.rectangle([x - 24 * s, y - 118 * s, x + 24 * s, y - 50 * s], fill=shirt)
    d.rectangle([x - 20 * s, y - 50 * s, x - 4 * s, y], fill=(50, 50, 60))
    d.rectangle([x + 4 * s, y - 50 * s, x + 20 * s, y], fill=(50, 50, 60))


def land_photo(seed: str, kind: str = "rows", sky=(170, 205, 235), ground=(96, 140, 60)) -> Image.Image:
    """Outdoors: hills and a field (rows of plants, tea bushes, chilli beds), a forest, or bee hives
    under trees, or a drying yard."""
    rnd = random.Random(seed)
    w, h = 1200, 720
    img = _gradient(w, h, sky, (235, 240, 245))
    d = ImageDraw.Draw(img)
    for layer, col in ((0.38, (110, 140, 120)), (0.46, (80, 120, 80))):
        pts = [(0, h)]
        for x in range(0, w + 40, 40):
            pts.append((x, h * layer + 40 * math.sin(x / 130 + rnd.random()) + rnd.randint(-8, 8)))
        pts.append((w, h))
        d.polygon(pts, fill=col)
    top = int(h * 0.55)
    d.rectangle([0, top, w, h], fill=ground)
    if kind in ("rows", "tea", "chilli"):
        for i in range(14):
            y = top + 12 + i * (h - top) / 13
            colr = (60, 110, 40) if kind != "tea" else (40, 100, 50)
            for x in range(-20, w + 20, 26 if kind != "tea" else 48):
                r = 8 + i * 1.6
                d.ellipse([x - r, y - r * 0.7, x + r, y + r * 0.4], fill=colr)
                if kind == "chilli" and rnd.random() < 0.3:
                    d.ellipse([x - 3, y - 2, x + 3, y + 6], fill=(210, 30, 30))
    elif kind == "forest":
        for i in range(60):
            x = rnd.randint(0, w)
            y = top + rnd.randint(-40, h - top)
            r = 30 + (y - top) * 0.12
            d.ellipse([x - r, y - r * 1.5, x + r, y], fill=(40 + rnd.randint(0, 30), 100 + rnd.randint(0, 40), 45))
            d.line([(x, y), (x, y + r * 0.6)], fill=(90, 60, 30), width=5)
    elif kind == "hives":
        for i in range(9):
            x = 120 + i * 120 + rnd.randint(-20, 20)
            y = top + 120 + (i % 3) * 60
            d.rectangle([x - 38, y - 60, x + 38, y], fill=(200, 160, 90), outline=(90, 60, 30), width=3)
            d.rectangle([x - 44, y - 72, x + 44, y - 60], fill=(130, 90, 50))
            d.line([(x - 30, y), (x - 30, y + 30)], fill=(90, 60, 30), width=5)
            d.line([(x + 30, y), (x + 30, y + 30)], fill=(90, 60, 30), width=5)
        for i in range(8):
            x = rnd.randint(0, w)
            d.ellipse([x - 90, top - 180, x + 90, top + 10], fill=(50, 110, 50))
            d.line([(x, top), (x, top + 90)], fill=(90, 60, 30), width=10)
    elif kind == "yard":
        d.rectangle([0, top, w, h], fill=(190, 185, 175))
        for i in range(5):
            y = top + 40 + i * 60
            d.rectangle([80, y, w - 80, y + 36], fill=(120, 100, 70))
            for x in range(100, w - 100, 34):
                d.ellipse([x, y + 4, x + 28, y + 30], fill=(220, 190, 120))
    elif kind == "shed":
        d.polygon([(150, top), (600, top - 200), (1050, top)], fill=(150, 60, 40))
        d.rectangle([200, top, 1000, h - 40], fill=(200, 190, 170))
        for i in range(8):
            x = 240 + i * 95
            d.line([(x, top + 20), (x, h - 60)], fill=(120, 90, 60), width=4)
            for j in range(6):
                d.line([(x - 30, top + 40 + j * 35), (x + 30, top + 40 + j * 35)], fill=(180, 50, 50), width=3)
    return _finish(img, rnd, blur=1.0)


# ------------------------------------------------------------------ charts, flows, maps
def bar_chart(labels: list[str], series: list[tuple[str, list[float]]], title: str, unit: str,
              dec: int = 1, line: bool = False, colors=None) -> Image.Image:
    w, h = 1200, 640
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    d.text((60, 22), title, font=font(28, True), fill=(30, 30, 30))
    d.text((60, 62), unit, font=font(20), fill=(90, 90, 90))
    x0, y0, x1, y1 = 120, 110, w - 60, h - 90
    top = max(max(v) for _, v in series) * 1.15
    mag = 10 ** math.floor(math.log10(top / 5))
    step = next(mag * f for f in (1, 2, 2.5, 5, 10) if mag * f * 5 >= top)
    vmax = step * 5
    colors = colors or [(52, 101, 164), (230, 145, 56), (106, 168, 79), (166, 77, 121)]
    for i in range(6):
        y = y1 - (y1 - y0) * i / 5
        d.line([(x0, y), (x1, y)], fill=(225, 225, 225), width=1)
        d.text((20, y - 12), vnum(vmax * i / 5, 0), font=font(18), fill=(110, 110, 110))
    d.line([(x0, y1), (x1, y1)], fill=(60, 60, 60), width=2)
    d.line([(x0, y0), (x0, y1)], fill=(60, 60, 60), width=2)
    n = len(labels)
    gw = (x1 - x0) / n
    ns = len(series)
    pts: list[list[tuple[float, float]]] = [[] for _ in series]
    for i, lab in enumerate(labels):
        gx = x0 + gw * i
        tw = d.textlength(lab, font=font(22))
        d.text((gx + gw / 2 - tw / 2, y1 + 12), lab, font=font(22), fill=(40, 40, 40))
        for j, (_name, vals) in enumerate(series):
            v = vals[i]
            yy = y1 - (y1 - y0) * v / vmax
            if line:
                px = gx + gw / 2
                pts[j].append((px, yy))
            else:
                bw = gw * 0.7 / ns
                bx = gx + gw * 0.15 + j * bw
                d.rectangle([bx + 4, yy, bx + bw - 4, y1], fill=colors[j % len(colors)])
                txt = vnum(v, dec)
                tw = d.textlength(txt, font=font(18))
                d.text((bx + bw / 2 - tw / 2, yy - 26), txt, font=font(18), fill=(30, 30, 30))
    if line:
        for j, p in enumerate(pts):
            d.line(p, fill=colors[j % len(colors)], width=5)
            for (px, yy), v in zip(p, series[j][1]):
                d.ellipse([px - 9, yy - 9, px + 9, yy + 9], fill=colors[j % len(colors)])
                txt = vnum(v, dec)
                tw = d.textlength(txt, font=font(18))
                d.text((px - tw / 2, yy - 36), txt, font=font(18), fill=(30, 30, 30))
    lx = x0 + 20
    for j, (name, _v) in enumerate(series):
        d.rectangle([lx, h - 40, lx + 22, h - 18], fill=colors[j % len(colors)])
        d.text((lx + 30, h - 44), name, font=font(20), fill=(40, 40, 40))
        lx += 60 + d.textlength(name, font=font(20))
    return img


def flow(steps: list[str], title: str | None = None, cols: int = 4, color=(222, 235, 247)) -> Image.Image:
    """Process flow: numbered boxes in rows, snaking, with arrows."""
    rows = math.ceil(len(steps) / cols)
    bw, bh, gx, gy = 250, 110, 50, 70
    w = cols * bw + (cols + 1) * gx
    top = 80 if title else 30
    h = top + rows * bh + (rows + 1) * gy
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    if title:
        tw = d.textlength(title, font=font(28, True))
        d.text((w / 2 - tw / 2, 22), title, font=font(28, True), fill=(20, 20, 20))
    centers = []
    for i, s in enumerate(steps):
        r, c = divmod(i, cols)
        if r % 2:
            c = cols - 1 - c
        x = gx + c * (bw + gx)
        y = top + gy + r * (bh + gy)
        d.rounded_rectangle([x, y, x + bw, y + bh], radius=16, fill=color, outline=(40, 70, 120), width=3)
        words, lines, cur = s.split(), [], ""
        for wd in words:
            if d.textlength((cur + " " + wd).strip(), font=font(21)) > bw - 24:
                lines.append(cur)
                cur = wd
            else:
                cur = (cur + " " + wd).strip()
        lines.append(cur)
        ty = y + bh / 2 - len(lines) * 13
        for ln in lines:
            tw = d.textlength(ln, font=font(21))
            d.text((x + bw / 2 - tw / 2, ty), ln, font=font(21), fill=(20, 30, 50))
            ty += 26
        centers.append((x, y))
    for i in range(len(steps) - 1):
        (xa, ya), (xb, yb) = centers[i], centers[i + 1]
        if ya == yb:
            if xb > xa:
                _arrow(d, (xa + bw, ya + bh / 2), (xb, yb + bh / 2))
            else:
                _arrow(d, (xa, ya + bh / 2), (xb + bw, yb + bh / 2))
        else:
            _arrow(d, (xa + bw / 2, ya + bh), (xb + bw / 2, yb))
    return img


def _arrow(d: ImageDraw.ImageDraw, a, b, col=(40, 70, 120)) -> None:
    d.line([a, b], fill=col, width=4)
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    p1 = (b[0] - 18 * math.cos(ang - 0.4), b[1] - 18 * math.sin(ang - 0.4))
    p2 = (b[0] - 18 * math.cos(ang + 0.4), b[1] - 18 * math.sin(ang + 0.4))
    d.polygon([b, p1, p2], fill=col)


def map_sketch(seed: str, areas: list[dict], title: str, river: bool = True, roads: int = 2,
               workshop: tuple[float, float, str] | None = None, paper=(248, 244, 228)) -> Image.Image:
    """Hand-drawn map: wobbly outlines of the areas (relative polygon coordinates), a river, roads,
    the workshop, a north arrow and a legend."""
    rnd = random.Random(seed)
    w, h = 1200, 800
    img = Image.new("RGB", (w, h), paper)
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, w - 10, h - 10], outline=(80, 70, 50), width=3)
    d.text((40, 26), title, font=font(26, True), fill=(40, 30, 20))
    if river:
        pts = [(0, h * 0.72)]
        for x in range(0, w + 60, 60):
            pts.append((x, h * 0.72 + 40 * math.sin(x / 170) + rnd.randint(-6, 6)))
        d.line(pts, fill=(90, 150, 210), width=26, joint="curve")
    for r in range(roads):
        y = h * (0.32 + 0.22 * r)
        pts = [(0, y)]
        for x in range(0, w + 80, 80):
            pts.append((x, y + rnd.randint(-14, 14)))
        d.line(pts, fill=(170, 140, 110), width=8)
        for a, b in zip(pts[::2], pts[1::2]):
            d.line([a, b], fill=(250, 250, 250), width=2)
    for a in areas:
        poly = [(x * w + rnd.randint(-5, 5), y * h + rnd.randint(-5, 5)) for x, y in a["poly"]]
        fill = a.get("color", (160, 200, 120))
        d.polygon(poly, fill=fill, outline=(60, 60, 40))
        for q in range(len(poly)):
            d.line([poly[q], poly[(q + 1) % len(poly)]], fill=(60, 60, 40), width=3)
        for _ in range(int(a.get("dots", 25))):  # plant symbols inside
            cx = sum(p[0] for p in poly) / len(poly) + rnd.randint(-60, 60)
            cy = sum(p[1] for p in poly) / len(poly) + rnd.randint(-35, 35)
            d.text((cx, cy), a.get("sym", "^"), font=font(16), fill=(60, 100, 40))
        cx = sum(p[0] for p in poly) / len(poly)
        cy = sum(p[1] for p in poly) / len(poly)
        for i, ln in enumerate(a["label"].split("\n")):
            f = font(21, bold=(i == 0))
            tw = d.textlength(ln, font=f)
            d.rectangle([cx - tw / 2 - 4, cy - 24 + i * 27, cx + tw / 2 + 4, cy + 2 + i * 27], fill=(255, 255, 245))
            d.text((cx - tw / 2, cy - 24 + i * 27), ln, font=f, fill=(30, 30, 20))
    if workshop:
        x, y, lab = workshop
        x, y = x * w, y * h
        d.rectangle([x - 22, y - 18, x + 22, y + 18], fill=(200, 40, 40), outline=(80, 10, 10), width=3)
        d.polygon([(x - 28, y - 18), (x, y - 42), (x + 28, y - 18)], fill=(150, 30, 30))
        d.text((x + 32, y - 14), lab, font=font(22, True), fill=(150, 20, 20))
    nx, ny = w - 90, 90
    d.polygon([(nx, ny - 50), (nx - 18, ny), (nx + 18, ny)], fill=(40, 40, 40))
    d.text((nx - 9, ny + 4), "B", font=font(26, True), fill=(40, 40, 40))
    d.line([(w - 260, h - 50), (w - 80, h - 50)], fill=(40, 40, 40), width=4)
    d.text((w - 240, h - 84), "khoảng 1 km", font=font(18), fill=(40, 40, 40))
    return img.filter(ImageFilter.GaussianBlur(0.6))


# ------------------------------------------------------------------ plans and their pictures
def _arith():
    """This set's arithmetic.py (its model gives the charts their figures)."""
    import importlib.util

    name = "holdout272_arithmetic"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "arithmetic.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def figs_for(stem: str) -> list[tuple[str, Image.Image, str, float]]:
    """(caption prefix, picture, 'before' or 'after' the caption, width in cm) for each picture."""
    return FIGS[stem[:4]](stem)


YRS = ["2027", "2028", "2029"]
HYRS = ["2024", "2025", "2026"]


def _fig_jn01(stem: str):
    A = _arith()
    m, p = A.model("jn01"), A.printed("jn01")
    names = ["Hộp 500 g", "Túi 1 kg", "Hũ 300 g"]
    return [
        ("Hình 1.", workshop_photo(stem + "1", [dict(kind="box", color=(150, 160, 170)),
                                                dict(kind="tank", color=(190, 195, 200)),
                                                dict(kind="tank", color=(190, 195, 200)),
                                                dict(kind="tank", color=(190, 195, 200))], workers=2), "before", 11),
        ("Biểu đồ 1:", bar_chart(HYRS, [("Doanh thu", m["h_rev"]), ("Lợi nhuận", m["h_profit"])],
                                  "Doanh thu và lợi nhuận 2024 – 2026", "triệu đồng"), "before", 10.5),
        ("Hình 2.", product_photo([dict(shape="box", color=(60, 120, 70), label="BỘT\nSẮN DÂY"),
                                   dict(shape="bag", color=(235, 235, 225), label="KIM SƠN\n1 kg"),
                                   dict(shape="jar", color=(245, 245, 240), label="Sắn dây")], stem + "2"), "before", 10),
        ("Hình 3.", map_sketch(stem + "3", [
            dict(poly=[(0.08, 0.18), (0.34, 0.14), (0.38, 0.42), (0.1, 0.46)], label="Vùng sắn dây\ncủa công ty, 2 ha"),
            dict(poly=[(0.5, 0.12), (0.9, 0.16), (0.88, 0.48), (0.54, 0.44)], label="Thôn Kim Sơn\n25 hộ liên kết", color=(190, 215, 140)),
            dict(poly=[(0.42, 0.52), (0.74, 0.5), (0.7, 0.66), (0.44, 0.68)], label="Thôn Tân Hòa\n15 hộ liên kết", color=(200, 220, 160))],
            "Vùng nguyên liệu sắn dây", workshop=(0.22, 0.6, "Xưởng")), "before", 11),
        ("Sơ đồ quy trình", flow(["Tiếp nhận, rửa củ", "Bóc vỏ, cắt khúc", "Nghiền ướt", "Lọc tách bã",
                                  "Lắng, thay nước 5 – 7 lần", "Tách bột ướt", "Sấy bơm nhiệt 45 – 50 °C",
                                  "Rây, đóng gói, ghi mã lô"]), "after", 14),
        ("Biểu đồ 2:", bar_chart(YRS, [(names[i], p["rev_lines"][i]) for i in range(3)],
                                  "Doanh thu theo quy cách 2027 – 2029", "triệu đồng"), "before", 10.5),
    ]


def _fig_jn02(stem: str):
    A = _arith()
    m, t = A.model("jn02"), A.true("jn02")
    honey = (196, 130, 28)
    return [
        ("Biểu đồ 1.", bar_chart(HYRS, [("Sản lượng", m["h_out"])], "Sản lượng mật ong 2024 – 2026", "kg",
                                 dec=0, line=True), "after", 11),
        ("Hình 1.", land_photo(stem + "1", "hives"), "before", 10.5),
        ("Hình 2.", product_photo([dict(shape="bottle", color=honey, label="MẬT ONG\n500 g"),
                                   dict(shape="jar", color=honey, label="NGÀN\nTRƯƠI\n1 kg"),
                                   dict(shape="bottle", color=honey, label="250 g", scale=0.75)],
                                  stem + "2"), "before", 10),
        ("Hình 3.", map_sketch(stem + "3", [
            dict(poly=[(0.3, 0.45), (0.62, 0.42), (0.66, 0.62), (0.34, 0.66)], label="Hồ Ngàn Trươi",
                 color=(150, 195, 230), sym="~", dots=10),
            dict(poly=[(0.06, 0.16), (0.3, 0.14), (0.28, 0.38), (0.08, 0.4)], label="Trại ong thành viên\nthôn Khe Dẫn"),
            dict(poly=[(0.7, 0.14), (0.94, 0.18), (0.92, 0.42), (0.72, 0.4)], label="Trại ong ven rừng\nphòng hộ"),
            dict(poly=[(0.7, 0.68), (0.92, 0.66), (0.9, 0.88), (0.72, 0.9)], label="12 hộ nuôi ong\nliên kết",
                 color=(200, 220, 160))],
            "Các điểm đặt ong quanh hồ Ngàn Trươi", river=False, roads=1,
            workshop=(0.14, 0.8, "Xưởng lọc mật")), "before", 11),
        ("Sơ đồ quy trình", flow(["Kiểm tra cầu mật vít nắp", "Quay mật", "Lọc thô", "Lắng 48 giờ",
                                  "Hạ thủy phần 40 – 45 °C", "Lọc tinh", "Đóng chai, dán nhãn, mã lô",
                                  "Lưu mẫu, nhập kho"]), "after", 14),
        ("Biểu đồ 2.", bar_chart(YRS, [("Doanh thu", t["rev"]), ("Lợi nhuận", t["profit"])],
                                 "Doanh thu và lợi nhuận 2027 – 2029", "triệu đồng"), "before", 11),
    ]


def _fig_jn03(stem: str):
    A = _arith()
    m = A.model("jn03")
    straw = (226, 206, 150)
    return [
        ("Hình 1.", workshop_photo(stem + "1", [dict(kind="table", item=straw), dict(kind="table", item=straw),
                                                dict(kind="rack", item=straw)], workers=3,
                                   wall=(214, 200, 170), floor=(160, 140, 110)), "before", 10.5),
        ("Biểu đồ 1.", bar_chart(HYRS, [("Sản lượng", m["h_out"])], "Sản lượng nón 2024 – 2026", "chiếc",
                                 dec=0, line=True), "before", 10.5),
        ("Hình 2.", product_photo([dict(shape="hat", color=straw), dict(shape="hat", color=(236, 222, 176)),
                                   dict(shape="hat", color=straw, scale=0.55)], stem + "2",
                                  backdrop=(205, 215, 225)), "before", 10),
        ("Hình 3.", map_sketch(stem + "3", [
            dict(poly=[(0.06, 0.2), (0.42, 0.16), (0.46, 0.5), (0.1, 0.56)], label="Rừng lá nón\nthôn Khe Giao – 12 hộ",
                 color=(120, 175, 110), sym="Y"),
            dict(poly=[(0.55, 0.24), (0.92, 0.2), (0.9, 0.58), (0.58, 0.6)], label="Rừng lá nón\nthôn Bình Hà – 8 hộ",
                 color=(130, 185, 115), sym="Y")],
            "Khu khai thác lá nón", roads=1), "before", 11),
        ("Sơ đồ quy trình", flow(["Chọn lá, phơi sương, sấy", "Là phẳng lá", "Chuốt nứa làm 16 vành",
                                  "Dựng khung trên khuôn", "Xếp lá hai lớp", "Chằm bằng chỉ cước",
                                  "Hoàn thiện chóp, quét dầu", "Kiểm tra, gắn thẻ, đóng hộp"]), "after", 14),
    ]


def _fig_jn04(stem: str):
    A = _arith()
    m = A.model("jn04")
    return [
        ("Hình 1.", land_photo(stem + "1", "tea"), "before", 10.5),
        ("Biểu đồ 1:", bar_chart(HYRS, [("Chè khô", m["h_out"])], "Sản lượng chè khô 2024 – 2026", "kg", dec=0),
         "before", 10.5),
        ("Hình 2.", product_photo([dict(shape="bag", color=(70, 140, 70), label="CHÈ XANH\n200 g"),
                                   dict(shape="box", color=(40, 100, 60), label="SƠN MAI\n500 g"),
                                   dict(shape="bag", color=(200, 190, 150), label="CHÈ XANH\n1 kg")],
                                  stem + "2"), "before", 10),
        ("Sơ đồ 1.", map_sketch(stem + "3", [
            dict(poly=[(0.08, 0.2), (0.36, 0.16), (0.4, 0.46), (0.12, 0.5)], label="Đồi chè của hộ\n1,5 ha",
                 color=(110, 170, 100), sym="*"),
            dict(poly=[(0.52, 0.18), (0.9, 0.2), (0.88, 0.5), (0.54, 0.52)], label="Thôn Khe Cò\n8 hộ trồng chè",
                 color=(140, 190, 120), sym="*")],
            "Vùng chè nguyên liệu", workshop=(0.3, 0.62, "Nhà chế biến")), "before", 11),
        ("Sơ đồ 2.", flow(["Hái búp một tôm hai lá", "Làm héo 2 giờ", "Sao diệt men", "Vò chè",
                           "Sao lại, sàng tơi", "Sấy khô", "Phân loại, hút chân không, mã lô"], cols=4),
         "before", 14),
    ]


def _fig_jn05(stem: str):
    A = _arith()
    t = A.true("jn05")
    return [
        ("Hình 1.", workshop_photo(stem + "1", [dict(kind="still", color=(190, 195, 200)),
                                                dict(kind="still", color=(190, 195, 200)),
                                                dict(kind="tank", color=(120, 80, 50), size=0.7)], workers=1,
                                   wall=(190, 180, 165)), "before", 10.5),
        ("Hình 2.", product_photo([dict(shape="bottle", color=(225, 230, 235), label="RƯỢU NGÔ\n500 ml"),
                                   dict(shape="jar", color=(120, 75, 45), label="SƠN HỒNG\n2 lít"),
                                   dict(shape="can", color=(230, 235, 240), label="5 lít")], stem + "2"),
         "before", 10),
        ("Sơ đồ 1.", map_sketch(stem + "3", [
            dict(poly=[(0.05, 0.45), (0.55, 0.42), (0.58, 0.64), (0.06, 0.66)], label="Bãi ngô ven sông\n60 hộ thành viên",
                 color=(215, 210, 120), sym="|"),
            dict(poly=[(0.6, 0.16), (0.94, 0.2), (0.9, 0.5), (0.62, 0.48)], label="Thôn Kim Lĩnh\n20 hộ liên kết",
                 color=(220, 215, 140), sym="|")],
            "Vùng ngô nguyên liệu", roads=1, workshop=(0.25, 0.25, "Nhà nấu rượu")), "before", 11),
        ("Sơ đồ 2.", flow(["Chọn, ngâm, nấu chín ngô", "Rắc men lá", "Ủ 7 – 10 ngày", "Chưng cất cách thủy",
                           "Hạ thổ 3 tháng", "Lọc, khử andehit", "Chỉnh độ rượu", "Chiết chai, dán nhãn, mã lô"]),
         "before", 14),
        ("Biểu đồ 1:", bar_chart(YRS, [("Doanh thu", t["rev"])], "Doanh thu dự kiến 2027 – 2029", "triệu đồng"),
         "before", 10.5),
    ]


def _fig_jn06(stem: str):
    A = _arith()
    m = A.model("jn06")
    fish = (214, 170, 90)
    return [
        ("Ảnh 1:", workshop_photo(stem + "1", [dict(kind="table", item=fish), dict(kind="rack", item=fish),
                                               dict(kind="box", color=(200, 205, 210))], workers=2), "before", 10.5),
        ("Ảnh 2:", product_photo([dict(shape="bag", color=(30, 90, 160), label="CÁ CHỈ VÀNG\n250 g"),
                                  dict(shape="bag", color=(200, 60, 40), label="CÁ CHỈ VÀNG\n500 g"),
                                  dict(shape="box", color=(230, 180, 60), label="XÉ SỢI\n200 g")], stem + "2"),
         "before", 10),
        ("Sơ đồ quy trình", flow(["Tiếp nhận, rửa cá", "Bỏ đầu, ruột", "Tẩm ướp 2 giờ", "Xếp khay",
                                  "Sấy bơm nhiệt 12 – 14 giờ", "Làm nguội, phân loại",
                                  "Hút chân không, dán nhãn, mã lô"]), "after", 14),
        ("Biểu đồ 1:", bar_chart(YRS, [("Sản lượng", m["out"])], "Sản lượng cá khô 2027 – 2029", "kg", dec=0),
         "before", 10.5),
    ]


def _fig_jn07(stem: str):
    A = _arith()
    m = A.model("jn07")
    return [
        ("Biểu đồ 1.", bar_chart(HYRS, [("Doanh thu", m["h_rev"]), ("Lợi nhuận", m["h_profit"])],
                                 "Doanh thu và lợi nhuận 2024 – 2026", "triệu đồng"), "before", 10.5),
        ("Hình 1.", product_photo([dict(shape="box", color=(60, 130, 60), label="CÀ GAI LEO\n25 túi"),
                                   dict(shape="box", color=(40, 100, 50), label="CÀ GAI LEO\n50 túi", scale=1.1),
                                   dict(shape="bag", color=(220, 210, 170), label="500 g")], stem + "2"),
         "before", 10),
        ("Hình 2.", land_photo(stem + "3", "rows"), "before", 10.5),
        ("Sơ đồ 1.", map_sketch(stem + "4", [
            dict(poly=[(0.08, 0.18), (0.44, 0.16), (0.46, 0.5), (0.1, 0.52)], label="Vùng trồng của HTX\n3 ha",
                 color=(120, 180, 100), sym="*"),
            dict(poly=[(0.56, 0.2), (0.92, 0.22), (0.9, 0.52), (0.58, 0.5)], label="10 hộ liên kết\nthôn Trung Thiên",
                 color=(160, 200, 130), sym="*")],
            "Vùng nguyên liệu cà gai leo", roads=1, workshop=(0.3, 0.64, "Nhà sơ chế")), "before", 11),
        ("Sơ đồ 2.", flow(["Thu cắt cây", "Rửa, để ráo", "Thái khúc 2 – 3 cm", "Sấy bơm nhiệt 50 °C",
                           "Nghiền vừa", "Đóng túi lọc 2 g", "Đóng hộp, dán nhãn, mã lô"]), "before", 14),
    ]


def _fig_jn08(stem: str):
    A = _arith()
    t = A.true("jn08")
    return [
        ("Hình 1.", product_photo([dict(shape="tube", color=(150, 110, 70), label="TÂN HƯƠNG"),
                                   dict(shape="box", color=(130, 30, 30), label="NỤ TRẦM\n100 g"),
                                   dict(shape="box", color=(160, 120, 40), label="HƯƠNG VÒNG")], stem + "1"),
         "before", 10),
        ("Hình 2.", map_sketch(stem + "2", [
            dict(poly=[(0.06, 0.18), (0.34, 0.16), (0.36, 0.42), (0.08, 0.44)], label="Xưởng bột trầm\n(hợp đồng)",
                 color=(200, 180, 140), sym="#"),
            dict(poly=[(0.56, 0.5), (0.92, 0.48), (0.9, 0.8), (0.58, 0.82)], label="Thôn Đồng Văn\nhộ chẻ tăm tre",
                 color=(170, 200, 130), sym="|")],
            "Nơi cung cấp nguyên liệu", river=False, roads=2, workshop=(0.5, 0.3, "Xưởng Tân Hương")),
         "before", 11),
        ("Sơ đồ quy trình", flow(["Trộn bột trầm, quế, keo", "Se hương lên tăm", "Lăn bột áo",
                                  "Phơi 2 – 3 ngày", "Nhuộm chân tăm", "Bó, đóng hộp, dán nhãn"]), "after", 14),
        ("Hình 3.", land_photo(stem + "3", "shed"), "before", 10),
        ("Biểu đồ 1:", bar_chart(YRS, [("Doanh thu", t["rev"])], "Doanh thu dự kiến 2027 – 2029", "triệu đồng"),
         "before", 10.5),
    ]


def _fig_jn09(stem: str):
    A = _arith()
    m = A.model("jn09")
    red = (200, 35, 30)
    return [
        ("Biểu đồ 1:", bar_chart(HYRS, [("Sản lượng", m["h_out"])], "Sản lượng tương ớt 2024 – 2026", "lít", dec=0),
         "before", 10.5),
        ("Hình 1.", product_photo([dict(shape="bottle", color=red, label="TƯƠNG ỚT\n250 ml", scale=0.8),
                                   dict(shape="bottle", color=red, label="TƯƠNG ỚT\n500 ml"),
                                   dict(shape="can", color=(235, 235, 235), label="2 lít")], stem + "1"),
         "before", 10),
        ("Hình 2.", land_photo(stem + "2", "chilli"), "before", 10.5),
        ("Sơ đồ 1.", flow(["Chọn ớt chín, bỏ cuống", "Rửa sạch", "Xay cùng tỏi", "Nấu 85 – 90 °C, 40 phút",
                           "Để nguội", "Chiết chai, thanh trùng", "Dán nhãn, ghi mã lô"]), "before", 14),
    ]


def _fig_jn10(stem: str):
    A = _arith()
    p = A.printed("jn10")
    names = ["Túi 500 g", "Túi 1 kg", "Hộp 300 g"]
    noodle = (170, 130, 90)
    return [
        ("Hình 1.", workshop_photo(stem + "1", [dict(kind="box", color=(180, 185, 190)),
                                                dict(kind="rack", item=noodle), dict(kind="rack", item=noodle)],
                                   workers=2), "before", 10.5),
        ("Hình 2.", product_photo([dict(shape="bag", color=(150, 100, 60), label="BÚN\nGẠO LỨT\n500 g"),
                                   dict(shape="bag", color=(120, 80, 50), label="BÚN\nGẠO LỨT\n1 kg", scale=1.1),
                                   dict(shape="box", color=(170, 50, 40), label="GẠO LỨT ĐỎ\n300 g")], stem + "2"),
         "before", 10),
        ("Hình 3.", map_sketch(stem + "3", [
            dict(poly=[(0.05, 0.16), (0.5, 0.14), (0.52, 0.44), (0.06, 0.46)], label="Cánh đồng HTX Nông nghiệp\nĐức Quang",
                 color=(200, 215, 120), sym="v"),
            dict(poly=[(0.6, 0.5), (0.94, 0.5), (0.92, 0.82), (0.62, 0.84)], label="Thôn Yên Điềm\n25 hộ",
                 color=(190, 210, 130), sym="v")],
            "Vùng lúa cung cấp gạo lứt", workshop=(0.36, 0.58, "Xưởng bún")), "before", 11),
        ("Sơ đồ quy trình", flow(["Làm sạch gạo", "Ngâm 4 – 6 giờ", "Xay ướt", "Hấp sơ bộ", "Ép đùn tạo sợi",
                                  "Hấp lại, làm nguội", "Cắt, xếp khuôn", "Sấy bơm nhiệt",
                                  "Đóng gói, mã lô"]), "after", 14),
        ("Biểu đồ 1:", bar_chart(YRS, [(names[i], p["rev_lines"][i]) for i in range(3)],
                                 "Doanh thu theo quy cách 2027 – 2029", "triệu đồng"), "before", 10.5),
    ]


def _fig_jn11(stem: str):
    return [("Hình 1.", product_photo([dict(shape="tray", color=(220, 150, 50)),
                                       dict(shape="tray", color=(225, 160, 60), scale=0.8)], stem + "1",
                                      table=(120, 90, 60)), "before", 9)]


def _fig_jn12(stem: str):
    return [("Hình 1:", product_photo([dict(shape="bundle", color=(190, 160, 90)),
                                       dict(shape="bundle", color=(200, 170, 100), scale=0.9),
                                       dict(shape="bundle", color=(185, 155, 85))], stem + "1",
                                      backdrop=(210, 220, 230)), "before", 9)]


FIGS = {"jn01": _fig_jn01, "jn02": _fig_jn02, "jn03": _fig_jn03, "jn04": _fig_jn04, "jn05": _fig_jn05,
        "jn06": _fig_jn06, "jn07": _fig_jn07, "jn08": _fig_jn08, "jn09": _fig_jn09, "jn10": _fig_jn10,
        "jn11": _fig_jn11, "jn12": _fig_jn12}


# ------------------------------------------------------------------ putting them into the plan
def insert_pictures(docx_in: Path, docx_out: Path, figs, workdir: Path) -> list[str]:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    doc = Document(str(docx_in))
    paras = list(doc.paragraphs)
    done = []
    for i, (prefix, img, pos, width) in enumerate(figs):
        cap = next((p for p in paras if p.text.strip().startswith(prefix)), None)
        if cap is None:
            raise SystemExit(f"{docx_in.name}: no caption paragraph starting {prefix!r}")
        if img.getcolors(maxcolors=4096) is None:  # a photo-like drawing: JPEG keeps it small
            png = workdir / f"fig{i + 1}.jpg"
            img.save(png, quality=85)
        else:
            png = workdir / f"fig{i + 1}.png"
            img.save(png, optimize=True)
        new = doc.add_paragraph()
        new.alignment = WD_ALIGN_PARAGRAPH.CENTER
        new.paragraph_format.first_line_indent = Cm(0)
        new.paragraph_format.keep_with_next = pos == "before"
        new.add_run().add_picture(str(png), width=Cm(width))
        if pos == "before":
            cap._p.addprevious(new._p)
        else:
            cap._p.addnext(new._p)
            cap.paragraph_format.keep_with_next = True
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cap.paragraph_format.first_line_indent = Cm(0)
        for r in cap.runs:
            r.italic = True
        done.append(prefix)
    doc.save(str(docx_out))
    return done


def finish(stem: str, builder, src_dir: Path, plans_dir: Path) -> Path:
    import yaml

    path = src_dir / f"{stem}.md"
    meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---", 2)[1])
    build = meta["build"]
    with tempfile.TemporaryDirectory(prefix="h272-") as tmp:
        tmp = Path(tmp)
        plain = tmp / f"{stem}.plain.docx"
        builder.write_docx(builder.parse_source(path), plain)
        pictured = tmp / f"{stem}.docx"
        insert_pictures(plain, pictured, figs_for(stem), tmp)
        data = builder.normalise_zip(pictured.read_bytes())
        pictured.write_bytes(data)
        if build == "docx":
            out = plans_dir / f"{stem}.docx"
            out.write_bytes(data)
            return out
        conv = tmp / "conv"
        conv.mkdir()
        if build == "doc":
            made = builder.soffice_convert(pictured, "doc", conv)
            out = plans_dir / f"{stem}.doc"
            out.write_bytes(made.read_bytes())
            return out
        made = builder.soffice_convert(pictured, "pdf", conv)
        out = plans_dir / f"{stem}.pdf"
        if build == "pdf":
            builder.fix_pdf(made, out)
            return out
        if build == "scanned":
            builder.scan_pdf(made, out, int(meta.get("dpi", 300)), stem, tmp)
            return out
        raise SystemExit(f"{stem}: build {build!r} not handled")


def main(argv: list[str] | None = None) -> int:
    import tests.holdout.build as hb

    src_dir, plans_dir = HERE / "src", HERE / "plans"
    hb.SRC, hb.PLANS, hb.EXPECTED = src_dir, plans_dir, HERE / "expected"
    builder = hb.load_builder()
    argv = list(argv or [])
    stems = sorted(p.stem for p in src_dir.glob("*.md"))
    if argv:
        stems = [s for s in stems if any(s.startswith(a) for a in argv)]
    for stem in stems:
        out = finish(stem, builder, src_dir, plans_dir)
        print(f"ok   {stem:<40} {out.name} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
