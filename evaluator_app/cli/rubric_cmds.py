"""`evaluator rubric list|show|hash|import|export`. The rubric catalogue is read (and openpyxl
imported) when a command runs, not for `--help`."""

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from evaluator_app.cli.key_options import output_file
from evaluator_app.cli.output import table
from evaluator_app.numbers import format_decimal

if TYPE_CHECKING:
    from evaluator_app.rubric.model import Rubric

PROPOSED_NOTE = ("※ 제안(proposed) 배점표: 공식 공모지침의 배점이 아닙니다 / proposed points, "
                 "not the official call's table")


def _summary(r: "Rubric") -> dict:
    return {"id": r.id, "program": r.program, "subtype": r.subtype, "year": r.year,
            "stage": r.stage, "status": r.status, "total": format_decimal(r.total),
            "hash": r.content_hash, "title_ko": r.title_ko, "title_en": r.title_en}


@click.group()
def rubric() -> None:
    """Rubrics (평가표): list, show, hash, import from and export to a spreadsheet."""


@rubric.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_cmd(as_json: bool) -> None:
    """List every rubric."""
    from evaluator_app.rubric import load_catalogue

    rubrics = list(load_catalogue().values())
    if as_json:
        click.echo(json.dumps([_summary(r) for r in rubrics], ensure_ascii=False, indent=2))
        return
    rows = [[r.id, r.program, r.subtype or "-", str(r.year), r.stage, r.status_label,
             format_decimal(r.total)] for r in rubrics]
    click.echo(table(["ID", "program", "subtype", "year", "stage", "status", "total"], rows))
    if any(r.status == "proposed" for r in rubrics):
        click.echo("\n" + PROPOSED_NOTE)


@rubric.command("show")
@click.argument("rubric_id")
def show_cmd(rubric_id: str) -> None:
    """Print one rubric as a table."""
    from evaluator_app.programs import load_programs
    from evaluator_app.rubric import get_rubric
    from evaluator_app.rubric.model import STAGE_EN

    r = get_rubric(rubric_id)
    program = load_programs()[r.program]
    sub = f" · {program.subtypes.get(r.subtype, r.subtype)}" if r.subtype else ""
    click.echo(f"{r.title_ko}\n{r.title_en}")
    click.echo(f"ID {r.id} · {program.name_ko}{sub} · {r.year} · {r.stage}평가 "
               f"({STAGE_EN[r.stage]}) · status {r.status_label}")
    click.echo(f"hash {r.content_hash}")
    if r.status == "proposed":
        click.echo(PROPOSED_NOTE)
    if r.gates:
        click.echo("\n적격 확인 (gates, pass/fail before scoring)")
        click.echo(table(["ID", "항목"], [[g.id, g.label_ko] for g in r.gates], 90))
    rows = []
    for g in r.groups:
        rows.append([g.id, g.label_ko, format_decimal(g.max_points), "", ""])
        for i in g.items:
            if i.scale.kind == "grade":
                scale = "등급 " + "/".join(f"{letter}{format_decimal(i.grade_points(letter))}"
                                          for letter, _ in i.scale.grades)
            else:
                scale = f"점수 0–{format_decimal(i.max_points)} ({format_decimal(i.scale.step)})"
            why = f"≥{i.rationale_min_length}자" if i.rationale_required else "선택"
            rows.append([i.id, "  " + i.label_ko, format_decimal(i.max_points), scale, why])
    rows.append(["", "합계 (total)", format_decimal(r.total), "", ""])
    click.echo("\n평가항목 (criteria)")
    click.echo(table(["ID", "평가항목 / 세부항목", "배점", "척도", "평가사유"], rows, 70))
    if r.adjustments:
        click.echo("\n가점·감점 (bonus / penalty, outside the total)")
        click.echo(table(["ID", "항목", "범위"], [
            [a.id, a.label_ko, f"{'+' if a.kind == 'bonus' else '−'}0–"
             f"{format_decimal(a.max_points)}"] for a in r.adjustments], 70))
    c = r.consolidation
    extras = [f"과락 pass_score {format_decimal(r.pass_score)}" if r.pass_score is not None
              else "과락 없음 (no pass score)",
              f"동점 처리 tie-break {' > '.join(r.tie_break) or '-'}",
              f"종합 consolidation {c.rule} (n ≥ {c.trim_min_n}), 편차 기준 "
              f"{format_decimal(c.deviation_threshold)}점",
              f"종합의견 {'필수' if r.opinion_required else '선택'}"
              + (f" (≥{r.opinion_min_length}자)" if r.opinion_min_length else "")]
    click.echo("\n" + "\n".join(extras))


@rubric.command("hash")
@click.argument("rubric")
@click.option("--resolved", is_flag=True,
              help="Print the resolved rubric's RFC 8785 JSON (the exact bytes hashed, no "
                   "newline) instead of its hash.")
def hash_cmd(rubric: str, resolved: bool) -> None:
    """Print a rubric's content hash (FILE.toml, or the id of a known rubric)."""
    from evaluator_app.canonical import canonical_json
    from evaluator_app.programs import check_program_subtype
    from evaluator_app.rubric import get_rubric, load_rubric_file

    path = Path(rubric)
    r = (load_rubric_file(path, check_program=check_program_subtype)
         if path.suffix.lower() == ".toml" or path.is_file() else get_rubric(rubric))
    if resolved:
        click.echo(canonical_json(r.to_dict()), nl=False)  # bytes: written as they are
        return
    click.echo(r.content_hash)


@rubric.command("export")
@click.argument("rubric_id")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("rubric-table"),
              help="TABLE.xlsx or TABLE.csv")
def export_cmd(rubric_id: str, out: Path) -> None:
    """Write a rubric as an editable spreadsheet (Korean headers)."""
    from evaluator_app.rubric import get_rubric
    from evaluator_app.rubric.table import export_rubric_table  # openpyxl: only here

    export_rubric_table(get_rubric(rubric_id), out)
    click.echo(f"wrote {out}")


@rubric.command("import")
@click.argument("table_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("rubric"),
              help="Write the rubric as TOML here instead of adding it to the workspace.")
@click.option("--replace", is_flag=True, help="Replace an imported rubric with the same id.")
def import_cmd(table_path: Path, out: Path | None, replace: bool) -> None:
    """Validate a rubric table (XLSX/CSV) and add it to the workspace's rubrics."""
    from evaluator_app.rubric.importing import check_id_free
    from evaluator_app.rubric.table import import_rubric_table, write_rubric_toml

    r = import_rubric_table(table_path)
    if out is None:
        out = check_id_free(table_path, r.id, replace, "use --replace")
    write_rubric_toml(r, out)
    click.echo(f"imported rubric {r.id} ({r.status_label}, total {format_decimal(r.total)}) "
               f"→ {out}\nhash {r.content_hash}")


def register(cli: click.Group) -> None:
    cli.add_command(rubric)
