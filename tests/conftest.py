"""Shared fixtures: the bundled samples read and reviewed once per test session, through the
real command line (the same entry point a reviewer uses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CLI = [sys.executable, "-m", "pipeline.cli"]


def expected_samples() -> list[tuple[str, dict]]:
    out = []
    for p in sorted((SAMPLES / "expected").glob("*.yml")):
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        out.append((p.stem, data))
    return out


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None,
            timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd or ROOT,
                          env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.fixture(scope="session")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extract")
    proc = run_cli("extract", str(SAMPLES / "plans"), "--out", str(out), "--html")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="session")
def reviewed(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("review")
    proc = run_cli("review", str(SAMPLES / "plans"), "--out", str(out),
                   "--ideas", str(SAMPLES / "ideas.csv"))
    assert proc.returncode == 0, proc.stderr
    return out


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
