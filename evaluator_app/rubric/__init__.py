"""Rubrics: data per program type, sub-type, year and stage."""

from evaluator_app.rubric.catalogue import get_rubric, load_catalogue
from evaluator_app.rubric.loader import load_rubric_file, parse_rubric
from evaluator_app.rubric.model import Adjustment, Gate, Group, Item, Rubric, Scale

__all__ = [
    "Adjustment", "Gate", "Group", "Item", "Rubric", "Scale",
    "get_rubric", "load_catalogue", "load_rubric_file", "parse_rubric",
]
