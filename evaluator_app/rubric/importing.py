"""Adding the official rubric table (공식 배점표) to the catalogue: `evaluator rubric import` and
the desk's "import the official table" share it."""

from pathlib import Path

from evaluator_app.errors import RubricError
from evaluator_app.paths import user_rubrics_dir
from evaluator_app.portable_names import portable_name
from evaluator_app.rubric.catalogue import load_catalogue
from evaluator_app.rubric.model import Rubric
from evaluator_app.rubric.table import import_rubric_table, write_rubric_toml


def import_into_catalogue(table_path: Path, replace: bool = False,
                          home: Path | None = None) -> tuple[Rubric, Path]:
    """Validate a rubric table (XLSX/CSV) and write it among the user's rubrics; RubricError
    names every problem, or an id already taken (an imported one only with `replace`)."""
    r = import_rubric_table(Path(table_path))
    existing = load_catalogue(home).get(r.id)
    target = user_rubrics_dir(home) / portable_name(r.id, ".toml")  # "con": a device
    if existing is not None and not (replace and existing.path == target):
        hint = " (replace it)" if existing.path == target else "; give the table a new id"
        raise RubricError(f"{table_path}: a rubric with id {r.id!r} already exists at "
                          f"{existing.path}{hint}")
    target.parent.mkdir(parents=True, exist_ok=True)
    write_rubric_toml(r, target)
    return r, target
