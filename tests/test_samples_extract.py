"""Every bundled sample is read with the sections, figures, producer and product its
expected file names (samples/expected/<stem>.yml, written by hand with the plan)."""

from __future__ import annotations

import pytest

from tests.conftest import expected_samples, load

SAMPLES = expected_samples()


def _match(fig: dict, got: list[dict]) -> bool:
    for g in got:
        if g["unit"] != fig["unit"]:
            continue
        if fig.get("per") and (g.get("per") or "").split("/")[0] != fig["per"]:
            continue
        if abs(g["value"] - fig["value"]) <= max(abs(fig["value"]) * 0.001, 1e-9):
            return True
    return False


def test_every_sample_has_an_expected_file():
    from tests.conftest import SAMPLES as DIR

    plans = {p.stem for p in (DIR / "plans").iterdir() if p.is_file()}
    assert plans == {stem for stem, _ in SAMPLES}
    assert len(plans) >= 12


@pytest.mark.parametrize("stem,exp", SAMPLES, ids=[s for s, _ in SAMPLES])
def test_sections(extracted, stem, exp):
    got = load(extracted / f"{stem}.extract.json")
    assert got["format"] == exp["format"]
    keys = [s["key"] for s in got["sections"]]
    assert len(keys) == len(set(keys)), "one entry per key"
    assert set(keys) == set(exp["sections"])


@pytest.mark.parametrize("stem,exp", SAMPLES, ids=[s for s, _ in SAMPLES])
def test_key_figures(extracted, stem, exp):
    got = load(extracted / f"{stem}.extract.json")["figures"]
    missing = [f for f in exp.get("figures", []) if not _match(f, got)]
    assert not missing, f"not found: {missing}"


@pytest.mark.parametrize("stem,exp", SAMPLES, ids=[s for s, _ in SAMPLES])
def test_producer_and_product(extracted, stem, exp):
    got = load(extracted / f"{stem}.extract.json")
    for k, v in exp["producer"].items():
        assert got["producer"][k] == v, k
    assert got["product"]["category"] == exp["product"]["category"]
    assert got["product"]["name"] == exp["product"]["name"]


def test_section_precision_recall_over_all_samples(extracted):
    tp = fp = fn = 0
    for stem, exp in SAMPLES:
        got = {s["key"] for s in load(extracted / f"{stem}.extract.json")["sections"]}
        want = set(exp["sections"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95


def test_debug_html_written(extracted):
    stem = SAMPLES[0][0]
    html = (extracted / f"{stem}.extract.html").read_text(encoding="utf-8")
    assert "<mark" in html and "Các phần nhận diện được" in html
