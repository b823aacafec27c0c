"""Reading the YAML files of rules/ (and the unit table): one loader for all of them.

PyYAML's pure-Python parser takes about 0.4 s for the rule files, paid again by every process
that reviews a batch; its libyaml binding (`CSafeLoader`, built into the PyYAML wheels) parses
the same files about ten times faster with the same safe constructors. The pure-Python loader is
kept as the fallback for a PyYAML built without libyaml.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

try:
    _LOADER: type = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    _LOADER = yaml.SafeLoader


def safe_load(stream: str | bytes | IO[Any]) -> Any:
    """`yaml.safe_load`, with libyaml when it is there."""
    return yaml.load(stream, Loader=_LOADER)  # noqa: S506 - a safe loader
