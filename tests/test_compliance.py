"""The compliance side of the judge: phrase matching (diacritics, tone placement, negation, plan
cues), the legal register, the category matrix, name consistency, and the sample plans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from pipeline.extract import analyse
from pipeline.ingest.text_reader import read_markdown
from pipeline.judge.applicability import applies, cell, load_matrix
from pipeline.judge.base import BatchContext, PlanView
from pipeline.judge.checks import legal, names, phrases
from pipeline.judge.checks.legal import find_citations, load_register, plan_date
from pipeline.judge.checks.phrases import match_sentence, mention_status
from pipeline.judge.engine import _applies, run_rule
from pipeline.judge.examples import check_rule
from pipeline.judge.rules import load_ruleset
from pipeline.models import ProductCategory

ROOT = Path(__file__).resolve().parent.parent
MINE = ["no-sales-channel", "no-business-registration", "no-food-safety", "no-alcohol-license",
        "no-product-standard", "no-label-plan", "no-trademark", "no-environment-measures",
        "no-quality-control", "outdated-policy", "name-inconsistent"]
CATEGORIES = list(ProductCategory.__args__)


def view_of(text: str, category: str | None = None, legal_form: str | None = None) -> PlanView:
    plan = analyse(read_markdown(text, "<test>"))
    if category:
        plan.product = plan.product.model_copy(update={"category": category})
    if legal_form:
        plan.producer = plan.producer.model_copy(update={"legal_form": legal_form})
    return PlanView(plan)


def statuses(text: str, group: str, ref_year: int = 2026) -> list[str]:
    m = match_sentence(text, ref_year)
    return [mention_status(m, sp, ["negation"], ["plan_cues"]) for sp in m.spans.get(group, [])]


# ------------------------------------------------------------------ the matcher

@pytest.mark.parametrize("text", [
    "Cơ sở đã có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 12/2025.",
    "CƠ SỞ ĐÃ CÓ GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM.",
    "Co so da co giay chung nhan co so du dieu kien an toan thuc pham.",
    "Cơ sở đã có giấy chứng nhận ATTP.",
])
def test_certificate_matched_whatever_case_and_diacritics(text):
    assert statuses(text, "attp_certificate") == ["held"]


@pytest.mark.parametrize("text", ["Nhãn hàng hoá ghi đủ nội dung.", "Nhãn hàng hóa ghi đủ nội dung.",
                                  "NHÃN HÀNG HOÁ ghi đủ nội dung."])
def test_old_and_new_tone_placement_match(text):
    assert statuses(text, "label") == ["held"]


def test_short_phrases_do_not_collide_when_folded():
    # "sẽ" must not match "sẻ" (lạc sẻ), "bã" must not match "ba" (ba nhóm)
    assert not match_sentence("Lạc sẻ địa phương do thành viên trồng.").has("plan_cues")
    assert not match_sentence("Khách hàng gồm ba nhóm.").has("waste_cues")
    # ... but a sentence typed without diacritics still gets its cues
    assert match_sentence("Co so se xin cap giay chung nhan ATTP.").has("plan_cues")


@pytest.mark.parametrize("text, expected", [
    ("HTX chưa có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.", "missing"),
    ("Giấy chứng nhận an toàn thực phẩm chưa được cấp.", "missing"),
    ("Giay chung nhan ATTP: chua co.", "missing"),
    ("Chưa có giấy chứng nhận ATTP, dự kiến hoàn thiện hồ sơ xin cấp trong quý II/2027.", "planned"),
    ("Giấy chứng nhận ATTP: chưa có, đang làm thủ tục.", "planned"),
    ("Cơ sở chưa có kho lạnh, đã có giấy chứng nhận ATTP số 12/2025.", "held"),
    ("Cơ sở chưa có kho lạnh nhưng có giấy chứng nhận ATTP.", "held"),
])
def test_negation_and_plan_cues(text, expected):
    assert statuses(text, "attp_certificate") == [expected]


def test_a_past_year_is_not_a_plan():
    text = "Chưa có giấy chứng nhận ATTP từ năm 2024."
    assert statuses(text, "attp_certificate", ref_year=2026) == ["missing"]
    assert statuses("Chưa có giấy chứng nhận ATTP, năm 2027 làm hồ sơ.", "attp_certificate") == ["planned"]


def test_a_negation_inside_the_phrase_does_not_count():
    m = match_sentence("Điểm yếu: chưa có nhà sơ chế, bao bì, nhãn hiệu.")
    assert not m.has("label")  # "bao bì, nhãn hiệu" is the trademark, not a label
    assert [mention_status(m, sp, ["negation"], ["plan_cues"]) for sp in m.spans["trademark"]] == ["missing"]


def test_channels_need_a_name_or_a_number():
    assert not match_sentence("Sản phẩm được bán tại nhà và các chợ trong vùng.").has("channels")
    assert match_sentence("Năm 2027 bán 5.000 chai qua siêu thị Co.opmart Hà Tĩnh.").has("channels")
    assert match_sentence("Giá bán lẻ 150.000 đ/chai 500 ml.").has("price")


def test_next_sentence_can_carry_the_plan():
    v = view_of("# VII. Hồ sơ pháp lý\nCơ sở chưa có giấy chứng nhận ATTP. Năm 2027 cơ sở sẽ làm hồ sơ xin cấp.\n",
                "food")
    ms = phrases.find_mentions(v, ["attp_certificate"])
    assert [m.status for m in ms] == ["planned"]


# ------------------------------------------------------------------ the phrases check

def _run(spec: dict, text: str, **kw):
    s = phrases.Spec(**spec)
    v = view_of(text, **kw)
    return phrases.run(s, v, BatchContext([v]))


def test_phrases_fires_with_the_negating_sentence_as_evidence():
    hits = _run({"require_any": ["attp_certificate"]},
                "# VII. Hồ sơ pháp lý\nHTX chưa có giấy chứng nhận ATTP; sản phẩm bán ở chợ.\n", category="food")
    assert len(hits) == 1 and hits[0].evidence.startswith("HTX chưa có giấy chứng nhận ATTP")
    assert hits[0].params["negated"] is True and hits[0].section == "compliance"


def test_phrases_states_what_was_searched_when_nothing_is_said():
    hits = _run({"require_any": ["trademark"]}, "# VI. Hồ sơ pháp lý\nSản phẩm đóng hộp 500 g.\n")
    assert hits and "VI. Hồ sơ pháp lý" in hits[0].evidence and "nhãn hiệu" in hits[0].evidence


def test_phrases_exempt_and_condition():
    text = "# VII. Hồ sơ\nNhà máy đã được chứng nhận HACCP, còn hiệu lực đến năm 2028.\n"
    assert not _run({"require_any": ["attp_certificate"], "exempt": ["attp_exempt"]}, text)
    planned_only = "# VII. Hồ sơ\nDự kiến áp dụng HACCP năm 2028.\n"
    assert _run({"require_any": ["attp_certificate"], "exempt": ["attp_exempt"]}, planned_only)
    # condition: no waste, no rule; negated waste ("không phát sinh") is no waste
    spec = {"require_any": ["environment_measures"], "condition": ["waste_cues"]}
    assert not _run(spec, "# VII. Xã hội\nTạo việc làm cho 5 lao động.\n")
    assert not _run(spec, "# VII. Môi trường\nSản xuất không phát sinh nước thải.\n")
    hits = _run(spec, "# III. Quy trình\nNước thải rửa chum xả ra mương chung của thôn.\n")
    assert hits and hits[0].evidence.startswith("Nước thải rửa chum")


def test_phrases_matrix_row_switches_the_condition():
    spec = {"require_any": ["environment_measures"], "condition": ["waste_cues"],
            "matrix_row": "no-environment-measures"}
    text = "# X. Hiệu quả xã hội\nTạo việc làm cho 8 lao động.\n"
    assert _run(spec, text, category="beverage_alcohol")  # Y: stillage whatever the text says
    assert not _run(spec, text, category="food")  # C: no waste mentioned
    assert not _run(spec, "# III\nNước thải xả ra mương.\n", category="honey")  # "-"


def test_phrases_legal_form_and_negated_fires():
    spec = {"require_any": ["business_registration"], "legal_forms_ok": ["htx"], "negated_fires": True}
    assert not _run(spec, "# I. Thông tin chung\nHợp tác xã Thạch Xuân có 12 thành viên.\n", legal_form="htx")
    hits = _run(spec, "# I. Thông tin chung\nHộ chưa đăng ký hộ kinh doanh; có mã số thuế cá nhân.\n")
    assert hits and hits[0].params["negated"]


def test_phrases_scope_absent_can_be_silent():
    spec = {"section": "market", "scope": ["market"], "if_scope_absent": "silent",
            "require_any": ["channels"]}
    assert not _run(spec, "# I. Thông tin chung\nHợp tác xã Thạch Xuân.\n")


def test_phrase_book_rejects_unknown_keys(tmp_path):
    p = tmp_path / "phrases.yml"
    p.write_text("groups:\n  x:\n    phrase: [a]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="group 'x'"):
        phrases.load_phrases(p)


# ------------------------------------------------------------------ the register

def test_register_loads_with_required_entries():
    reg = load_register()
    for i in ["qd-490-2018", "qd-1048-2019", "qd-781-2020", "qd-919-2022", "qd-148-2023", "qd-1489-2025",
              "luat-htx-2012", "luat-htx-2023", "nd-113-2024", "nd-15-2018", "nd-43-2017", "nd-111-2021",
              "nd-105-2017", "nd-17-2020", "luat-attp-2010", "luat-bvmt-2020", "nd-08-2022", "nd-05-2025",
              "nd-01-2021", "nd-168-2025", "nq-123-2018-ht", "nq-51-2021-ht", "luat-dn-2020", "luat-shtt",
              "body-ubnd-huyen", "body-phong-nn-huyen", "body-hoi-dong-ocop-huyen"]:
        assert i in reg, i
    assert reg["qd-1048-2019"].replaced_by == "qd-148-2023"
    assert reg["luat-htx-2012"].until == dt.date(2024, 6, 30)
    assert reg["nd-168-2025"].verified is False
    assert reg["nd-43-2017"].cited == "Nghị định số 43/2017/NĐ-CP ngày 14/04/2017 của Chính phủ về nhãn hàng hóa"
    assert reg["luat-htx-2023"].cited == "Luật Hợp tác xã số 17/2023/QH15"


def test_every_rule_legal_basis_is_in_the_register():
    reg = load_register()
    for rule in load_ruleset().rules:
        for ref in rule.legal_basis:
            assert ref in reg, f"{rule.id}: {ref}"


@pytest.mark.parametrize("text, ids", [
    ("Căn cứ Quyết định số 1048/QĐ-TTg ngày 21/8/2019", ["qd-1048-2019"]),
    ("theo QĐ 1048/QD-TTg và quyet dinh so 148/QĐ-TTg", ["qd-1048-2019", "qd-148-2023"]),
    ("Quyết định 1048 của Thủ tướng", ["qd-1048-2019"]),
    ("Quyết định số 148/QĐ-UBND của UBND tỉnh", []),
    ("Luật Hợp tác xã năm 2012; Luật HTX 2023", ["luat-htx-2012", "luat-htx-2023"]),
    ("Nghị định 15/2018 và NĐ 43/2017/ND-CP", ["nd-15-2018", "nd-43-2017"]),
    ("Nghị quyết 123/2018/NQ-HĐND của HĐND tỉnh", ["nq-123-2018-ht"]),
    ("Đề nghị UBND huyện Thạch Hà hỗ trợ", ["body-ubnd-huyen"]),
    ("nộp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", ["body-hoi-dong-ocop-huyen"]),
    ("xã Sơn Hồng, huyện Hương Sơn", []),
])
def test_citations_found(text, ids):
    assert [i.id for i, _, _ in find_citations(text)] == ids


def _legal(text: str):
    v = view_of(text)
    return legal.run(legal.Spec(), v, BatchContext([v]))


def test_outdated_policy_fires_after_replacement_only():
    body = "# II. Căn cứ xây dựng phương án\nCăn cứ Quyết định số 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ.\n\n"
    hits = _legal(body + "Hà Tĩnh, ngày 12 tháng 8 năm 2026\n")
    assert [h.params["id"] for h in hits] == ["qd-1048-2019"]
    assert hits[0].params["replacement_id"] == "qd-148-2023" and hits[0].section == "rationale"
    assert not _legal(body + "Thạch Hà, ngày 15 tháng 6 năm 2020\n")


def test_outdated_policy_ignores_history_and_unverified():
    assert not _legal("# I\nNăm 2021 sản phẩm đã được công nhận 3 sao theo Quyết định 1048/QĐ-TTg.\n\n"
                      "Hà Tĩnh, ngày 12 tháng 8 năm 2026\n")
    assert not _legal("# II\nQuyết định 148/QĐ-TTg thay thế Quyết định 1048/QĐ-TTg.\n\n"
                      "Hà Tĩnh, ngày 12 tháng 8 năm 2026\n")
    # NĐ 01/2021 -> NĐ 168/2025 is background knowledge only
    assert not _legal("# II\nCăn cứ Nghị định 01/2021/NĐ-CP về đăng ký doanh nghiệp.\n\n"
                      "Hà Tĩnh, ngày 12 tháng 8 năm 2026\n")
    v = view_of("# II\nCăn cứ Nghị định 01/2021/NĐ-CP về đăng ký doanh nghiệp.\n\nHà Tĩnh, ngày 12 tháng 8 năm 2026\n")
    assert legal.run(legal.Spec(include_unverified=True), v, BatchContext([v]))


def test_plan_date():
    v = view_of("# I\nHTX thành lập ngày 3 tháng 5 năm 2019.\n\nKỳ Thượng, tháng 3 năm 2026\n")
    assert plan_date(v) == dt.date(2026, 3, 1)
    reg = load_register()
    v = view_of("# I\nCăn cứ Quyết định 1489/QĐ-TTg.\n")
    assert plan_date(v, [reg["qd-1489-2025"]]) >= dt.date(2025, 7, 6)


# ------------------------------------------------------------------ the matrix

def test_matrix_covers_every_category_and_compliance_rule():
    m = load_matrix()
    rules = {r.id: r for r in load_ruleset().rules}
    for rid in ["no-business-registration", "no-food-safety", "no-alcohol-license", "no-product-standard",
                "no-label-plan", "no-trademark", "no-environment-measures", "no-quality-control"]:
        assert set(m[rid]) == set(CATEGORIES)
        # the rule's check reads its own row
        assert all(getattr(s, "matrix_row", None) == rid for s in rules[rid].checks)
    for rid in m:
        assert rid in rules


def test_applies():
    v = view_of("# I\nRượu nếp.\n", "beverage_alcohol")
    assert applies("no-alcohol-license", v) is True
    assert applies("no-environment-measures", v) is True
    assert applies("outdated-policy", v) is True  # not in the matrix
    v = view_of("# I\nNón lá.\n", "handicraft")
    assert applies("no-food-safety", v) is False
    assert applies("no-product-standard", v) == "conditional"
    assert cell("no-food-safety", "service") == "C"


# ------------------------------------------------------------------ names

def test_parse_name():
    n = names.parse_name("Nhang trầm Hương Quê", "product")
    assert n.head == "nhang" and n.proper == ("huong", "que")
    assert names._same_head(["Nhang"], n.head) and names._same_head(["nhang"], n.head)
    assert not names._same_head(["cám"], names.parse_name("Cam bù Đức Lâm", "product").head)
    p = names.parse_name("Hợp tác xã Nông nghiệp và Dịch vụ Đồng Xuân", "producer")
    assert p.head == "hợp tác xã" and p.proper == ("dong", "xuan")
    assert names.parse_name("HTX Đồng Xuân", "producer").proper == ("dong", "xuan")
    assert names.parse_name("Nước mắm cá cơm Hải Vân", "product").proper == ("hai", "van")


BASE = """# I. Thông tin chung
Tên sản phẩm: Nhang trầm Hương Quê. Hộ ông Lê Văn Quế ở xã Thạch Hà sản xuất nhang trầm từ năm 2015.
# III. Mô tả sản phẩm
Nhang trầm Hương Quê làm từ bột trầm và keo bời lời, không hóa chất.
"""


def _names(text: str):
    v = view_of(text)
    return names.run(names.Spec(), v, BatchContext([v]))


def test_name_copied_from_another_plan_fires():
    hits = _names(BASE + "# IV. Thị trường\nSản phẩm Nhang sạch Thiên Phúc hướng tới khách hàng ở Hà Tĩnh.\n")
    assert len(hits) == 1 and hits[0].params["found"] == "Nhang sạch Thiên Phúc"
    assert hits[0].section == "market"


@pytest.mark.parametrize("extra", [
    "# IV. Thị trường\nĐối thủ chính là Nhang sạch Thiên Phúc giá 150.000 đồng/hộp.\n",
    "# IV. Thị trường\nĐối thủ cạnh tranh: nhang của các cơ sở khác.\nNhang sạch Thiên Phúc bán 150.000 đồng/hộp.\n",
    "# IV. Tổ chức\nHộ mua tăm tre của Nhang sạch Thiên Phúc.\n",
    "# IV. Tổ chức\nNhang Hương Quê đóng hộp 500 g; NHANG TRẦM HƯƠNG QUÊ bán tại Vũ Quang.\n",
    "# IV. Thị trường\nKhách mua nhiều là khách du lịch Hà Tĩnh; nhang trầm Hà Tĩnh được ưa chuộng.\n",
])
def test_legitimate_other_names_stay_silent(extra):
    assert not _names(BASE + extra)


def test_htx_abbreviation_and_partners_silent():
    text = """# I. Thông tin chung
Tên chủ thể: Hợp tác xã Nông nghiệp Đồng Xuân. HTX Đồng Xuân có 27 thành viên.
# IV. Vùng nguyên liệu
Hợp đồng dự phòng với Hợp tác xã Dịch vụ nông nghiệp Hải Thịnh.
# VI. Tổ chức sản xuất
HTX Đồng Xuân thu mua lạc của thành viên; bán khô dầu cho HTX Chăn nuôi Phúc Long.
"""
    assert not _names(text)


def test_producer_name_copied_fires():
    text = """# I. Thông tin chung
Tên chủ thể: Hợp tác xã Nông nghiệp Đồng Xuân. HTX Đồng Xuân có 27 thành viên.
# VI. Tổ chức sản xuất
HTX Đồng Xuân thu mua lạc của thành viên.
# VII. Bộ máy
HTX Thiên Phúc có 3 tổ sản xuất và 1 kế toán.
"""
    hits = _names(text)
    assert len(hits) == 1 and hits[0].params["kind"] == "producer"


# ------------------------------------------------------------------ rule files and samples

@pytest.mark.parametrize("rule_id", MINE)
def test_rule_examples(rule_id):
    rule = next(r for r in load_ruleset().rules if r.id == rule_id)
    assert check_rule(rule) == []


def _samples():
    out = []
    for p in sorted((ROOT / "samples" / "src").glob("*.md")):
        _, fm, body = p.read_text(encoding="utf-8").split("---", 2)
        out.append(pytest.param(yaml.safe_load(fm)["expected"], body, id=p.stem))
    return out


@pytest.mark.parametrize("exp, body", _samples())
def test_samples(exp, body):
    """Every planted compliance defect fires; nothing else fires, except on a sketchy plan (too thin
    to hold the certificates at all, where the compliance rules rightly report them missing)."""
    v = view_of(body, exp["product"]["category"])
    rules = {r.id: r for r in load_ruleset().rules}
    fired = {rid for rid in MINE if _applies(rules[rid], v) and run_rule(rules[rid], v, BatchContext([v]))}
    want = set(exp.get("rules") or []) & set(MINE)
    assert want <= fired
    if exp.get("verdict") != "sketchy":
        assert fired == want


def test_a_misspelt_group_is_refused():
    with pytest.raises(ValueError, match="unknown phrase groups"):
        phrases.Spec(require_any=["attp_certificat"])
    with pytest.raises(ValueError, match="matrix_row"):
        phrases.Spec(require_any=["attp_certificate"], matrix_row="no-such-rule")


@pytest.mark.parametrize("text, dated, year", [
    ("# I. Căn cứ\nCăn cứ Quyết định số 781/QĐ-TTg ngày 08 tháng 6 năm 2020.\n\n"
     "Tượng Sơn, tháng 02 năm 2026", dt.date(2026, 2, 1), 2026),
    ("Ngày 5 tháng 3 năm 2026\n\n# I. Căn cứ\nLuật An toàn thực phẩm năm 2010.", dt.date(2026, 3, 5), 2026),
    # no date line: the year before the plan's period, not the oldest law it names
    ("PHƯƠNG ÁN (giai đoạn 2026 – 2028)\n\n# I. Căn cứ\nLuật An toàn thực phẩm năm 2010.", None, 2025),
    # nor a schedule line
    ("# I. Tiến độ\nTháng 3 năm 2027: khởi công nhà xưởng.\n\n# II. Hiệu quả\n"
     "| Chỉ tiêu | Năm 2027 | Năm 2028 |\n|---|---|---|\n| Doanh thu | 1.000 | 1.200 |", None, 2026),
])
def test_the_plans_date_and_year(text, dated, year):
    view = PlanView(analyse(read_markdown(text)))
    assert (view.dated, view.plan_year) == (dated, year)


def test_a_regex_is_skipped_only_where_it_cannot_match():
    """The phrase book tests a literal every match must contain before running a pattern; the
    literal is never taken from an optional character or across a top-level alternative."""
    from pipeline.judge.checks.phrases import required_literal as lit

    assert lit(r"\bhaccp\b") == "haccp"
    assert lit(r"\biso\s*22000\b") == "iso"
    assert lit(r"\b43/2017\b") == "43/2017"
    assert lit(r"\bbrc(?:gs)?\b") == "brc"
    assert lit(r"\bab?c") == "a"  # b is optional
    assert lit(r"abc+d") == "abc"
    assert lit(r"\bhaccp|iso") == ""  # "iso" alone matches
    assert lit(r"\bgia[|]x") == "gia"  # "|" inside a class is a character
    assert lit(r"^\W*nhan") == ""
    assert lit(r"\d+\s*đ") == ""


def test_money_sections_sharing_the_trade_s_wording_around_different_tables_are_not_copies():
    """Set 108's de05 and de09: two households' investment paragraphs word for word alike but for the
    amounts ("vốn tự có 500 triệu đồng; vay Ngân hàng Chính sách xã hội …, lãi suất 7 %/năm, trả gốc
    100 triệu đồng/năm"), each under its own table of items: no copy. The same section with the same
    table is one."""
    rule = next(r for r in load_ruleset().rules if r.id == "boilerplate")

    def plan(name: str, items: list[tuple[str, int]], total: int, loan: int) -> PlanView:
        rows = "\n".join(f"| {i} | {t} | {v} |" for i, (t, v) in enumerate(items, 1))
        return view_of(f"""# I. Thông tin chung
Tên chủ thể: Hộ kinh doanh {name}.
# 8. Vốn đầu tư và nguồn vốn
| TT | Hạng mục | Số tiền (triệu đồng) |
|---|---|---|
{rows}
| | Tổng cộng | {total} |

Tổng vốn đầu tư {total} triệu đồng; trong đó tài sản cố định (mục 1 đến 5) 500 triệu đồng, khấu hao 10 năm, phần còn lại là vốn lưu động mua nguyên liệu, bao bì và trả công lao động trong những tháng đầu. Nguồn vốn: vốn tự có 500 triệu đồng; vay Ngân hàng Chính sách xã hội {loan} triệu đồng, lãi suất 7 %/năm, trả gốc 100 triệu đồng/năm.
""")

    a = plan("Hằng Nga", [("Cải tạo gian chế biến", 180), ("Máy xay giò 15 kg/giờ", 90), ("Tủ đông, tủ mát", 100),
                          ("Nồi nấu inox, bếp gas", 40), ("Máy hút chân không, cân", 40), ("Vốn lưu động", 250)], 700, 200)
    b = plan("Hạnh Lài", [("Gian chế biến 100 m²", 200), ("Hai nồi sên có cánh khuấy", 120), ("Máy rang nếp, máy xay bột", 80),
                          ("Máy cắt thanh, máy hàn túi", 60), ("Tủ sấy, kệ inox, dụng cụ", 40), ("Vốn lưu động", 400)], 900, 400)
    c = plan("Hạnh Lài", [("Cải tạo gian chế biến", 180), ("Máy xay giò 15 kg/giờ", 90), ("Tủ đông, tủ mát", 100),
                          ("Nồi nấu inox, bếp gas", 40), ("Máy hút chân không, cân", 40), ("Vốn lưu động", 250)], 700, 200)
    c.plan.producer.name = "Hộ kinh doanh Hạnh Lài"
    assert not run_rule(rule, b, BatchContext([a, b]))
    assert run_rule(rule, c, BatchContext([a, c]))
