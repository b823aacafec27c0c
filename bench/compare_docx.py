"""Compare the DOCX reader of this tree with the reader of a git revision (HEAD by default): on
every .docx of the corpus, and on odd or broken packages made here from a sample plan, both must
give the same Document (`model_dump()`, exactly) or fail the same way (exception class, and the
ReadError's code and detail). Optionally time both, in this process, in CPU time.

    .venv/bin/python bench/compare_docx.py [--rev HEAD] [--root DIR]... [--no-odd]
                                           [--time ROUNDS] [FILE.docx ...]

With no FILE, the corpus is every .docx under ROOT/samples/plans and ROOT/tests (holdout and
pending sets, golden, fixtures), for each --root (default: this tree). Exit status 1 if any
file differs.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.errors import ReadError  # noqa: E402
from pipeline.ingest import docx_reader as new_reader  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

MODULE = "pipeline/ingest/docx_reader.py"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG_RELS = "_rels/.rels"
DOC_RELS = "word/_rels/document.xml.rels"
RT_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
RT_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
NUMBERED = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'


def old_reader(rev: str, tmp: Path) -> ModuleType:
    """The reader module as it is at `rev`, imported from a copy."""
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{MODULE}"], check=True,
                         capture_output=True).stdout
    path = tmp / "docx_reader_before.py"
    path.write_bytes(src)
    spec = importlib.util.spec_from_file_location("docx_reader_before", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def corpus(roots: list[Path]) -> list[Path]:
    files: set[Path] = set()
    for root in roots:
        files.update((root / "samples" / "plans").glob("*.docx"))
        files.update((root / "tests").rglob("*.docx"))
    return sorted(files)


def outcome(read: Callable[..., object], path: Path, settings: Settings) -> tuple:
    """("ok", model_dump) or ("error", exception class, code, detail)."""
    try:
        doc = read(path, path.name, "0" * 64, settings)
    except ReadError as e:
        return ("error", "ReadError", e.code, e.detail)
    except Exception as e:  # noqa: BLE001 - a crash must crash the same way in both
        return ("error", type(e).__name__, "", "")
    return ("ok", doc.model_dump())  # type: ignore[attr-defined]


# ---------------------------------------------------------------- odd packages

def _members(src: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(src) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _write(path: Path, members: dict[str, bytes], stored: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data, zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return path


def _edit_rels(xml: bytes, fn: Callable[[etree._Element], None]) -> bytes:
    root = etree.fromstring(xml)
    fn(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rel(root: etree._Element, reltype: str) -> etree._Element:
    return next(r for r in root if r.get("Type") == reltype)


def _style(sid: str, based: str | None, props: str = "") -> str:
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="{sid}"><w:name w:val="{sid}"/>{b}{props}</w:style>'


def _with_styles(m: dict[str, bytes], styles: list[str], use: list[str], first: bool = False) -> None:
    """Add styles to styles.xml (at its start or end) and give the body's first paragraphs
    the styles `use`."""
    root = etree.fromstring(m["word/styles.xml"])
    for i, s in enumerate(styles):
        el = etree.fromstring(s)
        if first:
            root.insert(i, el)
        else:
            root.append(el)
    m["word/styles.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    doc = etree.fromstring(m["word/document.xml"])
    # plain body paragraphs (no style of their own, long enough not to be headings by look)
    paras = [p for p in doc.iter(f"{{{W}}}p") if p.find(f"{{{W}}}pPr/{{{W}}}pStyle") is None
             and len("".join(p.itertext())) > 80]
    for p, sid in zip(paras, use, strict=False):
        ppr = p.find(f"{{{W}}}pPr")
        if ppr is None:
            ppr = etree.SubElement(p, f"{{{W}}}pPr")
            p.insert(0, ppr)
        for old in ppr.findall(f"{{{W}}}pStyle"):
            ppr.remove(old)
        ps = etree.Element(f"{{{W}}}pStyle")
        ps.set(f"{{{W}}}val", sid)
        ppr.insert(0, ps)
    m["word/document.xml"] = etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)


def odd_packages(src: Path, out: Path) -> list[Path]:
    """Packages python-docx reads in its own way or refuses, and hostile files (tests/hostile.py),
    all made from the sample plan `src`."""
    from tests import hostile as h

    made: list[Path] = []

    def make(name: str, edit: Callable[[dict[str, bytes]], None], stored: tuple[str, ...] = ()) -> None:
        m = _members(src)
        edit(m)
        made.append(_write(out / f"{name}.docx", m, stored))

    def moved_main(m: dict[str, bytes]) -> None:  # the main part is not word/document.xml
        m["word/main.xml"] = m["word/document.xml"].replace(b"<w:t>", b"<w:t>Main ", 3)
        m["word/_rels/main.xml.rels"] = m[DOC_RELS]
        m["[Content_Types].xml"] = m["[Content_Types].xml"].replace(
            b'PartName="/word/document.xml"', b'PartName="/word/main.xml"')
        m[PKG_RELS] = _edit_rels(m[PKG_RELS], lambda r: _rel(r, RT_OFFICE_DOC).set("Target", "word/main.xml"))

    def drop_rel(part: str, reltype: str) -> Callable[[dict[str, bytes]], None]:
        return lambda m: m.update({part: _edit_rels(m[part], lambda r: r.remove(_rel(r, reltype)))})

    def retarget(reltype: str, target: str) -> Callable[[dict[str, bytes]], None]:
        return lambda m: m.update({DOC_RELS: _edit_rels(m[DOC_RELS], lambda r: _rel(r, reltype).set("Target", target))})

    def retype_office_doc(reltype: str) -> Callable[[dict[str, bytes]], None]:
        return lambda m: m.update({PKG_RELS: _edit_rels(m[PKG_RELS], lambda r: _rel(r, RT_OFFICE_DOC).set("Type", reltype))})

    def twice(part: str, reltype: str) -> Callable[[dict[str, bytes]], None]:
        def edit(r: etree._Element) -> None:
            dup = etree.SubElement(r, _rel(r, reltype).tag, dict(_rel(r, reltype).attrib))
            dup.set("Id", "rIdTwice")
        return lambda m: m.update({part: _edit_rels(m[part], edit)})

    def image_first(m: dict[str, bytes]) -> None:  # styles.xml reached first as an image
        def edit(r: etree._Element) -> None:
            img = etree.Element(_rel(r, RT_STYLES).tag, Id="rIdImg", Type=RT_IMAGE, Target="styles.xml")
            r.insert(0, img)
        m[DOC_RELS] = _edit_rels(m[DOC_RELS], edit)

    def sub(part: str, old: bytes, new: bytes, count: int = 1) -> Callable[[dict[str, bytes]], None]:
        def edit(m: dict[str, bytes]) -> None:
            assert old in m[part], (part, old)
            m[part] = m[part].replace(old, new, count)
        return edit

    def bad_crc(m: dict[str, bytes]) -> None:
        pass  # the member is stored, then one byte of it is changed in the file (below)

    def chain(n: int, reverse: bool = False) -> Callable[[dict[str, bytes]], None]:
        # C0 -> C1 -> ... (basedOn): only the last of the chain is numbered, which shows in
        # the blocks (a list item with its label) of the paragraphs that inherit it
        styles = [_style(f"C{i}", f"C{i + 1}" if i + 1 < n else None, NUMBERED if i == n - 1 else "")
                  for i in range(n)]
        if reverse:
            styles.reverse()
        return lambda m: _with_styles(m, styles, ["C0", f"C{n // 2}", f"C{n - 1}"])

    def loop(m: dict[str, bytes]) -> None:
        _with_styles(m, [_style("L1", "L2", NUMBERED),
                         _style("L2", "L3", '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr>'),
                         _style("L3", "L1", '<w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr>')],
                     ["L3", "L1", "L2"])

    def repeated_ids(m: dict[str, bytes]) -> None:
        _with_styles(m, [_style("Normal", None, '<w:rPr><w:sz w:val="48"/></w:rPr>'),
                         _style("D", "Normal", NUMBERED),
                         _style("D", None, '<w:rPr><w:b/></w:rPr>')], ["D", "D"], first=True)

    def not_document(m: dict[str, bytes]) -> None:
        m["word/document.xml"] = m["word/document.xml"].replace(b"<w:document ", b"<w:documenx ", 1)
        sub("word/document.xml", b"</w:document>", b"</w:documenx>")(m)

    def no_id(m: dict[str, bytes]) -> None:
        _with_styles(m, ['<w:style xmlns:w="' + W + '" w:type="paragraph"><w:name w:val="X"/>'
                         '<w:basedOn w:val="Heading1"/></w:style>'], ["Nope"])

    def bad_outline(m: dict[str, bytes]) -> None:  # a used style that python's int() refuses
        _with_styles(m, [_style("Bad", None, '<w:pPr><w:outlineLvl w:val="x"/></w:pPr>')], ["Bad"])

    def nested(k: int) -> Callable[[dict[str, bytes]], None]:
        # a paragraph whose text sits in k nested hyperlinks: the w:t has k + 4 ancestors
        inner = "<w:r><w:t>lõi</w:t></w:r>"
        for _ in range(k):
            inner = f"<w:hyperlink>{inner}</w:hyperlink>"
        return sub("word/document.xml", b"<w:sectPr", f"<w:p>{inner}</w:p><w:sectPr".encode())

    edits: dict[str, Callable[[dict[str, bytes]], None]] = {
        "main part moved": moved_main,
        "no styles part": drop_rel(DOC_RELS, RT_STYLES),
        "no numbering part": drop_rel(DOC_RELS, RT_NUMBERING),
        "no main part": drop_rel(PKG_RELS, RT_OFFICE_DOC),
        "styles part missing": retarget(RT_STYLES, "nothing.xml"),
        "styles rel to settings": retarget(RT_STYLES, "settings.xml"),
        "numbering rel to settings": retarget(RT_NUMBERING, "settings.xml"),
        "numbering rel to a picture": retarget(RT_NUMBERING, "../docProps/thumbnail.jpeg"),
        "styles reached as an image": image_first,
        "strict main relationship": retype_office_doc(
            "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"),
        "two main relationships": twice(PKG_RELS, RT_OFFICE_DOC),
        "two styles relationships": twice(DOC_RELS, RT_STYLES),
        "macro-enabled main part": sub("[Content_Types].xml", b"document.main+xml",
                                       b"document.macroEnabled.main+xml"),
        "no content type for jpeg": sub("[Content_Types].xml", b'Extension="jpeg"', b'Extension="jpg"'),
        "settings with an unbound prefix": sub("word/settings.xml", b"</w:settings>",
                                               b"<q:x/></w:settings>"),
        "header broken": sub("word/header1.xml", b"</w:hdr>", b"<w:p></w:hdr>"),
        "core properties broken": sub("docProps/core.xml", b"</cp:coreProperties>", b"<x></cp:coreProperties>"),
        "stylesWithEffects broken": sub("word/stylesWithEffects.xml", b"</w:styles>", b"<x></w:styles>"),
        "numbering broken": sub("word/numbering.xml", b"</w:numbering>", b"<x></w:numbering>"),
        "no body": sub("word/document.xml", b"w:body>", b"w:bodx>", 2),
        "root not w:document": not_document,
        "bad CRC in a picture": bad_crc,
        "elements nested 199 deep": nested(195),
        "elements nested 200 deep": nested(196),
        "basedOn chain of 21": chain(21),
        "basedOn chain of 22": chain(22),
        "basedOn chain of 22, reversed": chain(22, reverse=True),
        "basedOn chain of 40": chain(40),
        "basedOn loop": loop,
        "repeated style ids": repeated_ids,
        "style without an id": no_id,
        "style with a bad outline level": bad_outline,
    }
    for name, edit in edits.items():
        make(name, edit, ("docProps/thumbnail.jpeg",) if edit is bad_crc else ())
    crc = out / "bad CRC in a picture.docx"
    data = bytearray(crc.read_bytes())
    at = data.index(b"docProps/thumbnail.jpeg") + len("docProps/thumbnail.jpeg") + 200
    data[at] ^= 0xFF
    crc.write_bytes(bytes(data))
    hostile: dict[str, Callable[[Path], Path]] = {
        "truncated": lambda p: h.truncated(src, p),
        "random bytes": h.random_bytes,
        "encrypted": h.encrypted_docx,
        "zip bomb": lambda p: h.zip_bomb_docx(p, src=src),
        "zip bomb lying": lambda p: h.zip_bomb_lying_docx(p, 64, src=src),
        "laughs document": lambda p: h.billion_laughs_docx(p, src=src),
        "laughs styles": lambda p: h.billion_laughs_docx(p, "word/styles.xml", src),
        "laughs numbering": lambda p: h.billion_laughs_docx(p, "word/numbering.xml", src),
        "xxe document": lambda p: h.xxe_docx(p, src=src),
        "xxe styles": lambda p: h.xxe_docx(p, "word/styles.xml", src),
        "doctype in content types": lambda p: h.doctype_only_docx(p, src=src),
        "utf-16 doctype": lambda p: h.utf16_doctype_docx(p, src=src),
        "tables nested 9": lambda p: h.nested_tables_docx(p, 9, src),
        "tables nested 60": lambda p: h.nested_tables_docx(p, 60, src),
    }
    for name, fn in hostile.items():
        made.append(fn(out / f"{name}.docx"))
    return made


# ---------------------------------------------------------------- timing

def timing(old: ModuleType, files: list[Path], settings: Settings, rounds: int) -> None:
    """CPU time per file, old and new alternated (ABBA) so that load and warm caches weigh on
    both alike: read_docx alone, then read_docx + analyse (sections, figures)."""
    from pipeline.extract import analyse

    def read(mod: ModuleType) -> Callable[[Path], object]:
        return lambda f: mod.read_docx(f, f.name, "0", settings)

    def read_analyse(mod: ModuleType) -> Callable[[Path], object]:
        return lambda f: analyse(mod.read_docx(f, f.name, "0", settings))

    for label, make in (("read_docx", read), ("read_docx + analyse", read_analyse)):
        fns = {"old": make(old), "new": make(new_reader)}
        for f in files[:3]:  # warm up: imports, regular expressions, caches
            fns["old"](f)
            fns["new"](f)
        times: dict[str, list[float]] = {"old": [], "new": []}
        for r in range(rounds):
            for which in (("old", "new") if r % 2 == 0 else ("new", "old")):
                gc.collect()
                t0 = time.process_time()
                for f in files:
                    fns[which](f)
                times[which].append(1000 * (time.process_time() - t0) / len(files))
        o, n = times["old"], times["new"]
        print(f"{label}: old median {statistics.median(o):.2f} ms/file (best {min(o):.2f}), "
              f"new median {statistics.median(n):.2f} (best {min(n):.2f}), "
              f"{statistics.median(o) / statistics.median(n):.2f}× ({len(files)} files, {rounds} rounds each)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rev", default="HEAD", help="git revision of the reader to compare with")
    ap.add_argument("--root", action="append", type=Path, help="tree whose corpus is read")
    ap.add_argument("--no-odd", action="store_true", help="skip the odd and broken packages")
    ap.add_argument("--time", type=int, default=0, metavar="ROUNDS", help="also time both readers")
    ns = ap.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="compare-docx-") as tmp:
        old = old_reader(ns.rev, Path(tmp))
        files = ns.files or corpus(ns.root or [ROOT])
        odd = [] if ns.no_odd else odd_packages(ROOT / "samples" / "plans" / "s01_ruou_nep_sim_htx.docx",
                                                Path(tmp))
        kinds: Counter[str] = Counter()
        differ = 0
        readable = []
        for f in [*files, *odd]:
            a = outcome(old.read_docx, f, settings)
            b = outcome(new_reader.read_docx, f, settings)
            kind = "ok" if a[0] == "ok" else f"{a[1]} {a[2]}".strip()
            kinds[kind] += 1
            if a != b:
                differ += 1
                print(f"DIFFERENT {f}: {_short(a)} -> {_short(b)}")
            elif f in odd:
                print(f"same {f.stem}: {_short(a)}")
            if a[0] == "ok" and f not in odd:
                readable.append(f)
        print(f"{len(files)} corpus files and {len(odd)} odd packages compared, {differ} different; "
              f"outcomes: {dict(kinds)}")
        if ns.time:
            timing(old, readable, settings, ns.time)
    return 1 if differ else 0


def _short(o: tuple) -> str:
    if o[0] == "ok":
        blocks = o[1]["blocks"]
        return f"ok, {len(blocks)} blocks, {sum(b['kind'] == 'heading' for b in blocks)} headings"
    return " ".join(str(x) for x in o[1:] if x)


if __name__ == "__main__":
    sys.exit(main())
