"""One module per check type. Each defines a pydantic `Spec` (its YAML `check:` block, with a
literal `type`) and `run(spec, view, batch) -> list[Hit]`. The registry is in `registry.py`."""
