"""Golden review of the bundled samples: each sample's verdict and rule ids are pinned in
tests/golden/reviews.json (regenerate with OCOP_GEN_GOLDEN=1, then read the diff), and checked
against what the sample's author planted (samples/expected/<stem>.yml)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from pipeline.models import Review
from tests.conftest import ROOT, expected_samples, load, run_cli

GOLDEN = Path(__file__).parent / "golden" / "reviews.json"
SAMPLES = expected_samples()
GEN = os.environ.get("OCOP_GEN_GOLDEN") == "1"


def _summary(reviewed: Path) -> dict:
    out = {}
    for stem, _ in SAMPLES:
        r = load(reviewed / f"{stem}.review.json")
        out[stem] = {"verdict": r["verdict"], "rules": sorted({f["rule"] for f in r["findings"]})}
    return out


def test_golden_verdicts_and_rules(reviewed):
    got = _summary(reviewed)
    if GEN:
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_golden_flag_is_off():
    assert not GEN, "OCOP_GEN_GOLDEN=1 rewrites the golden file; never leave it on"


@pytest.mark.parametrize("stem,exp", SAMPLES, ids=[s for s, _ in SAMPLES])
def test_planted_defects_caught_and_verdict_right(reviewed, stem, exp):
    r = load(reviewed / f"{stem}.review.json")
    rules = {f["rule"] for f in r["findings"]}
    assert set(exp["rules"]) <= rules
    assert r["verdict"] == exp["verdict"]
    if exp["verdict"] == "ready":
        assert not [f for f in r["findings"] if f["severity"] == "error"]


def test_every_contract_rule_fires_somewhere_and_clean_samples_stay_silent(reviewed):
    from tests.test_rules import CONTRACT

    fired = set()
    for stem, exp in SAMPLES:
        r = load(reviewed / f"{stem}.review.json")
        fired |= {f["rule"] for f in r["findings"]}
        if not exp["rules"]:
            assert r["findings"] == [] or all(f["severity"] == "info" for f in r["findings"]), stem
    assert set(CONTRACT) <= fired


def test_reviews_validate_against_the_schema(reviewed):
    schema = json.loads((ROOT / "docs" / "review.schema.json").read_text(encoding="utf-8"))
    for stem, _ in SAMPLES:
        data = load(reviewed / f"{stem}.review.json")
        jsonschema.validate(data, schema)
        Review.model_validate(data)
        for f in data["findings"]:
            assert f["evidence"].strip() and f["message"].strip()


def test_batch_reports_missing_ideas(reviewed):
    batch = load(reviewed / "batch.json")
    assert batch["reviewed"] == len(SAMPLES) and batch["failed"] == []
    assert [m["product"] for m in batch["missing"]] == ["Rượu nếp sim Nam Hương"]
    assert batch["unmatched"] == []
    assert sum(batch["verdicts"].values()) == len(SAMPLES)


def test_review_is_deterministic_and_skips_unchanged(reviewed, tmp_path):
    out = tmp_path / "again"
    stems = [s for s, _ in SAMPLES if s.endswith(("htx", "cong_ty"))][:2] or [SAMPLES[0][0]]
    files = [str(next((ROOT / "samples" / "plans").glob(f"{s}.*"))) for s in stems]
    for d in (out, tmp_path / "twice"):
        proc = run_cli("review", *files, "--out", str(d))
        assert proc.returncode == 0, proc.stderr
    for s in stems:
        a = (out / f"{s}.review.json").read_bytes()
        assert a == (tmp_path / "twice" / f"{s}.review.json").read_bytes()
    proc = run_cli("review", *files, "--out", str(out))
    assert load(out / "batch.json")["skipped"] == len(stems)
    assert load(out / "batch.json")["reviewed"] == 0


def test_contract_checker_if_available(reviewed, extracted):
    import subprocess
    import sys

    tool = ROOT.parent / "shared" / "tools" / "check_contract.py"
    if not tool.exists():
        pytest.skip("../shared/tools/check_contract.py not beside this clone")
    proc = subprocess.run([sys.executable, str(tool), str(reviewed), str(extracted)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
