"""Rubrics: data per program type, sub-type, year and stage."""

from typing import TYPE_CHECKING, Any

from evaluator_app.rubric.loader import load_rubric_file, parse_rubric
from evaluator_app.rubric.model import Adjustment, Gate, Group, Item, Rubric, Scale

if TYPE_CHECKING:
    from evaluator_app.rubric.catalogue import get_rubric, load_catalogue

__all__ = [
    "Adjustment", "Gate", "Group", "Item", "Rubric", "Scale",
    "get_rubric", "load_catalogue", "load_rubric_file", "parse_rubric",
]


def __getattr__(name: str) -> Any:
    """The catalogue (the program table, TOML files) loads when it is asked for: a workspace
    reads its rubrics from its own frozen copies, so the app opens without it."""
    if name in ("get_rubric", "load_catalogue"):
        from evaluator_app.rubric import catalogue

        return getattr(catalogue, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
