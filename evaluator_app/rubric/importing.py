"""Adding the official rubric table (공식 배점표) to the catalogue: `evaluator rubric import` and
the desk's "import the official table" share it."""

from pathlib import Path

from evaluator_app.errors import RubricError
from evaluator_app.paths import user_rubrics_dir
from evaluator_app.portable_names import portable_name
from evaluator_app.rubric.catalogue import load_catalogue
from evaluator_app.rubric.model import Rubric
from evaluator_app.rubric.table import import_rubric_table, write_rubric_toml


def check_id_free(table_path: Path, rubric_id: str, replace: bool, replace_hint: str,
                  home: Path | None = None) -> Path:
    """Where an imported rubric `rubric_id` is written; RubricError when the id is taken (an
    imported one may be replaced with `replace`). Ids that differ only in case ("R1", "r1")
    are taken too: NTFS makes R1.toml and r1.toml one file, so the second import would write
    over the first without a word on a committee laptop."""
    target = user_rubrics_dir(home) / portable_name(rubric_id, ".toml")  # "con": a device
    catalogue = load_catalogue(home)
    existing = catalogue.get(rubric_id) or next(
        (r for i, r in catalogue.items() if i.casefold() == rubric_id.casefold()), None)
    if existing is None or (replace and existing.id == rubric_id and existing.path == target):
        return target
    if existing.id != rubric_id:
        raise RubricError(f"{table_path}: the rubric id {rubric_id!r} differs only in case from "
                          f"{existing.id!r} at {existing.path} (one file name on Windows); "
                          "give the table a new id")
    hint = f" ({replace_hint})" if existing.path == target else "; give the table a new id"
    raise RubricError(f"{table_path}: a rubric with id {rubric_id!r} already exists at "
                      f"{existing.path}{hint}")


def import_into_catalogue(table_path: Path, replace: bool = False,
                          home: Path | None = None) -> tuple[Rubric, Path]:
    """Validate a rubric table (XLSX/CSV) and write it among the user's rubrics; RubricError
    names every problem, or an id already taken (an imported one only with `replace`)."""
    r = import_rubric_table(Path(table_path))
    target = check_id_free(Path(table_path), r.id, replace, "replace it", home)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_rubric_toml(r, target)
    return r, target
