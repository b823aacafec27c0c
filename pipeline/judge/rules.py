"""Rule definitions: one YAML file per rule in `rules/catalogue/`, validated on load.

A rule file that is wrong (unknown field, unknown check type, id not matching its file name,
no example that must fire or none that must stay silent) stops the load with an error naming
the file, the way Vale reports a broken style: better than a rule that silently never fires.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline import datafile
from pipeline.judge.registry import spec_adapter
from pipeline.models import ProductCategory
from pipeline.settings import get_settings


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file."""


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(_M):
    name: str
    plan: str = Field(description="Plan text in the samples' Markdown format (samples/FORMAT.md).")
    category: ProductCategory | None = Field(None, description="Product category to assume.")
    legal_form: str | None = None
    others: list[str] = Field(default_factory=list, description="Other plans of the batch (cross-plan rules).")


class Examples(_M):
    fire: list[Example]
    silent: list[Example]


class Rule(_M):
    id: str
    category: Literal["completeness", "depth", "feasibility", "compliance"]
    severity: Literal["error", "warning", "info"]
    title: str
    rationale: str
    legal_basis: list[str] = Field(default_factory=list, description="Ids in rules/legal_register.yml.")
    message: str = Field(description="Vietnamese jinja2 template for the producer; values only.")
    fix: str = Field("", description="What the producer should do (Vietnamese).")
    status: Literal["stable", "preview"] = "stable"
    since: str = "0.1.0"
    check: Any
    examples: Examples
    path: str = ""

    @field_validator("check", mode="before")
    @classmethod
    def _parse_check(cls, v: Any) -> Any:
        adapter = spec_adapter()
        if isinstance(v, list):
            return tuple(adapter.validate_python(x) for x in v)
        return (adapter.validate_python(v),)

    @property
    def checks(self) -> tuple[Any, ...]:
        return self.check


class Ruleset(_M):
    rules: tuple[Rule, ...]
    version: str = Field(description="Hash of every file under rules/: a threshold edit changes it.")


def ruleset_version(rules_dir: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(rules_dir.rglob("*")):
        if p.is_file() and p.suffix in (".yml", ".yaml", ".csv") and not p.name.startswith("."):
            h.update(p.relative_to(rules_dir).as_posix().encode())
            h.update(b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def load_rule(path: Path) -> Rule:
    try:
        data = datafile.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise RuleFileError(f"{path}: not readable YAML: {e}") from None
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: a rule file must be a mapping")
    try:
        rule = Rule.model_validate({**data, "path": str(path)})
    except ValidationError as e:
        raise RuleFileError(f"{path}: {e}") from None
    if rule.id != path.stem:
        raise RuleFileError(f"{path}: id {rule.id!r} must equal the file name {path.stem!r}")
    if not rule.examples.fire or not rule.examples.silent:
        raise RuleFileError(f"{path}: needs at least one example that fires and one that does not")
    return rule


@lru_cache(maxsize=4)
def load_ruleset(rules_dir: Path | None = None) -> Ruleset:
    rules_dir = rules_dir or get_settings().rules_dir
    files = sorted((rules_dir / "catalogue").glob("*.yml"))
    if not files:
        raise RuleFileError(f"{rules_dir / 'catalogue'}: no rule files")
    rules = tuple(load_rule(p) for p in files)
    return Ruleset(rules=rules, version=ruleset_version(rules_dir))
