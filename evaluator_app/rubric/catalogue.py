"""All rubrics a user can choose: the shipped ones plus those the secretariat imported."""

from pathlib import Path

from evaluator_app.errors import NotFoundError, RubricError
from evaluator_app.paths import resources_dir, user_rubrics_dir
from evaluator_app.programs import check_program_subtype
from evaluator_app.rubric.loader import load_rubric_file
from evaluator_app.rubric.model import Rubric


def builtin_rubric_dir() -> Path:
    return resources_dir() / "rubrics"


def load_catalogue(home: Path | None = None) -> dict[str, Rubric]:
    """Every rubric by id; a duplicated id is an error naming both files."""
    found: dict[str, Rubric] = {}
    for folder in (builtin_rubric_dir(), user_rubrics_dir(home)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            rubric = load_rubric_file(path, check_program=check_program_subtype)
            if rubric.id in found:
                raise RubricError(
                    f"{path}: rubric id '{rubric.id}' is already used by {found[rubric.id].path}")
            found[rubric.id] = rubric
    return found


def get_rubric(rubric_id: str, home: Path | None = None) -> Rubric:
    catalogue = load_catalogue(home)
    if rubric_id not in catalogue:
        raise NotFoundError(
            f"unknown rubric {rubric_id!r}; `evaluator rubric list` shows the known ones")
    return catalogue[rubric_id]
