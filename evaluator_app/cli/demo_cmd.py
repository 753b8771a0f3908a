"""`evaluator demo`: the whole headless flow that exists today, on a demo round."""

import os
import random
import shutil
from pathlib import Path

import click
from openpyxl import load_workbook

from evaluator_app.demo import SESSION_ID, build_demo

RATIONALES = [
    "데이터 기반 진단과 시민 수요조사가 구체적으로 제시되어 타당함",
    "서비스별 세부 실행계획과 예산이 제시되었으나 운영 주체가 다소 불명확함",
    "유사 도시로의 확산 계획과 오픈소스 공개 방안이 명확하게 제시됨",
    "추진 의지는 높으나 민간 참여 기업의 역할 분담이 구체적이지 않음",
]


def fill_form_as_member(src: Path, dst: Path, seed: int = 7) -> None:
    """What a member does in Excel: declare one conflict, score everything, write reasons."""
    rng = random.Random(seed)
    wb = load_workbook(src)
    sheet = wb["평가"]
    header = [c.value for c in sheet[1]]
    col = {name: header.index(name) + 1 for name in header}
    for row in range(2, sheet.max_row + 1):
        app = sheet.cell(row, col["신청번호"]).value
        item = sheet.cell(row, col["항목 ID"]).value
        scale = sheet.cell(row, col["척도"]).value
        max_points = sheet.cell(row, col["배점"]).value
        score = sheet.cell(row, col["점수"])
        why = sheet.cell(row, col["평가사유"])
        if item == "coi":
            if app == "A05":
                score.value = "advice"
                why.value = "2024년 해당 지자체 스마트도시계획 자문위원으로 참여"
            else:
                score.value = "none"
        elif app == "A05":
            continue  # conflicted: the member leaves it blank (회피)
        elif scale == "gate":
            score.value = "적합"
        elif scale == "points":
            score.value = round(max_points * rng.uniform(0.6, 1.0) * 2) / 2
            why.value = rng.choice(RATIONALES)
        elif scale == "grade":
            score.value = rng.choice("ABBCCD")
            why.value = rng.choice(RATIONALES)
        elif scale == "bonus" and app == "A03":
            score.value, why.value = 1, "스마트도시 인증 보유 (2023)"
        elif item == "opinion":
            why.value = ("강점: 지역 문제에 맞는 특화 솔루션이 집약됨. 약점: 사업 종료 후 운영재원 "
                         "확보 방안 보완 필요. 보완 권고: 서비스별 KPI 측정 계획 구체화.")
    wb.save(dst)


@click.command("demo")
@click.option("--dir", "dest", type=click.Path(file_okay=False, path_type=Path),
              default=Path("demo-out"), show_default=True,
              help="Folder for the demo round, its own workspace and the forms.")
@click.pass_context
def demo(ctx: click.Context, dest: Path) -> None:
    """Build a demo round and run it: check, import, form export/import, scores, audit."""
    from evaluator_app.cli import cli

    home = dest / "workspace"
    if home.exists():
        shutil.rmtree(home)
    os.environ["EVALUATOR_HOME"] = str(home)  # never touch the user's real workspace
    spec = build_demo(dest / "round")
    form, filled = dest / "form.xlsx", dest / "form-filled.xlsx"

    def run(*args: str) -> None:
        click.secho(f"\n$ evaluator {' '.join(args)}", bold=True)
        code = cli.main(args=list(args), prog_name="evaluator", standalone_mode=False)
        if code not in (None, 0):
            raise click.exceptions.Exit(code)

    click.echo(f"Demo round in {dest}/ (workspace {home}/)")
    run("rubric", "list")
    run("rubric", "show", "2025-strong-small-population-written")
    run("session", "check", str(spec))
    run("session", "import", str(spec))
    run("form", "export", SESSION_ID, "--out", str(form))
    click.secho(f"\n(a committee member fills {form.name} in a spreadsheet: declares a conflict "
                f"for A05, scores the rest → {filled.name})", fg="cyan")
    fill_form_as_member(form, filled)
    run("form", "import", str(filled))
    run("score", "show", SESSION_ID)
    run("audit", "verify")


def register(cli: click.Group) -> None:
    cli.add_command(demo)
