"""The closed set of check types: every module in `pipeline.judge.checks` that defines `Spec`
(a pydantic model with a literal `type`) and `run(spec, view, batch) -> list[Hit]`."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import lru_cache
from typing import Annotated, Any, Union

from pydantic import Field, TypeAdapter

import pipeline.judge.checks as checks_pkg


@lru_cache(maxsize=1)
def check_types() -> dict[str, tuple[type, Callable[..., Any]]]:
    out: dict[str, tuple[type, Callable[..., Any]]] = {}
    for info in sorted(pkgutil.iter_modules(checks_pkg.__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"{checks_pkg.__name__}.{info.name}")
        spec = getattr(mod, "Spec", None)
        run = getattr(mod, "run", None)
        if spec is None or run is None:
            continue
        type_name = spec.model_fields["type"].default
        if type_name in out:
            raise RuntimeError(f"check type {type_name!r} defined twice")
        out[type_name] = (spec, run)
    return out


@lru_cache(maxsize=1)
def spec_adapter() -> TypeAdapter:
    specs = tuple(s for s, _ in check_types().values())
    union = specs[0] if len(specs) == 1 else Union[specs]  # noqa: UP007 - built at run time
    return TypeAdapter(Annotated[union, Field(discriminator="type")])


def runner(type_name: str) -> Callable[..., Any]:
    return check_types()[type_name][1]


@lru_cache(maxsize=None)
def module(type_name: str) -> Any:
    """The module of a check type (for the batch-level functions `digest`, `index`, `run_batch`)."""
    return importlib.import_module(check_types()[type_name][1].__module__)


def is_batch(type_name: str) -> bool:
    """A check across the plans of a batch (its module sets BATCH = True): run from each plan's
    digest once every plan is judged on its own."""
    return bool(getattr(module(type_name), "BATCH", False))
