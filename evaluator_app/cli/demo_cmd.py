"""`evaluator demo`: a whole round — secretariat, member and chair — on the demo data."""

import json
import os
import random
import shutil
from datetime import datetime, timedelta
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


DEMO_PASSPHRASE = "demo passphrase 2025"
PLEDGE = ("본인은 2025년 강소형 스마트도시 조성사업 평가위원으로서 관계 법령과 공모지침에 따라 "
          "공정하고 성실하게 평가하며, 평가 과정에서 알게 된 내용을 누설하지 않고, 이해충돌이 "
          "있는 경우 스스로 회피할 것을 서약합니다.")


def add_roster(spec: Path, now: datetime) -> None:
    """The committee part of the spec: roster cards, window, pledge, a pre-declared conflict."""
    opens = (now - timedelta(days=1)).isoformat(timespec="seconds")
    closes = (now + timedelta(days=14)).isoformat(timespec="seconds")
    spec.write_text(spec.read_text(encoding="utf-8") + "\n".join([
        "", "[roster]", 'chair = "../chair.json"', 'members = ["../m1.json", "../m2.json"]',
        "[window]", f'opens = "{opens}"', f'closes = "{closes}"',
        "[pledge]", f'text = "{PLEDGE}"',
        "[[conflicts]]", 'member = "../m2.json"', 'application = "A03"', ""]),
        encoding="utf-8")


@click.command("demo")
@click.option("--dir", "dest", type=click.Path(file_okay=False, path_type=Path),
              default=Path("demo-out"), show_default=True,
              help="Folder for the demo round, the four people's workspaces and the outputs.")
def demo(dest: Path) -> None:
    """Run a whole evaluation round: secretariat → member → chair, with real keys."""
    from evaluator_app.cli import cli

    if dest.exists():
        shutil.rmtree(dest)
    os.environ["EVALUATOR_PASSPHRASE"] = DEMO_PASSPHRASE  # demo only: no prompts
    people = {"secretariat": ("사무국 (KAIA)", "secretariat"), "chair": ("정위원장", "chair"),
              "m1": ("김위원", "member"), "m2": ("이위원", "member")}

    def run(who: str, *args: str) -> None:
        click.secho(f"\n[{who}] $ evaluator {' '.join(args)}", bold=True)
        code = cli.main(args=["--workspace", str(dest / who), *args], prog_name="evaluator",
                        standalone_mode=False)
        if code not in (None, 0):
            raise click.exceptions.Exit(code)

    click.echo(f"Demo round in {dest}/ — each person has a workspace there; identity files are "
               f"protected with the passphrase {DEMO_PASSPHRASE!r} (EVALUATOR_PASSPHRASE).")
    run("secretariat", "rubric", "show", "2025-strong-small-population-written")
    for who, (name, role) in people.items():
        run(who, "identity", "create", "--name", name, "--role", role, "--identity-file",
            str(dest / who / "identity.age"))
        run(who, "identity", "card", "--out", str(dest / f"{who}.json"))
    spec = build_demo(dest / "round")
    add_roster(spec, datetime.now().astimezone())
    evb = dest / f"{SESSION_ID}.evb"
    run("secretariat", "session", "check", str(spec))
    run("secretariat", "bundle", "create", str(spec), "--out", str(evb))
    run("m1", "bundle", "inspect", str(evb))
    run("m1", "open", str(evb), "--secretariat", str(dest / "secretariat.json"))
    run("m1", "pledge", "accept", SESSION_ID, "--yes")
    form, filled = dest / "m1" / "form.xlsx", dest / "m1" / "form-filled.xlsx"
    run("m1", "form", "export", SESSION_ID, "--out", str(form))
    click.secho(f"\n(김위원 fills {form.name} in a spreadsheet: declares a conflict for A05, "
                f"scores the rest → {filled.name})", fg="cyan")
    fill_form_as_member(form, filled)
    run("m1", "form", "import", str(filled))
    run("m1", "score", "show", SESSION_ID)
    run("m1", "audit", "verify")
    run("m1", "sheet", "export", SESSION_ID, "--out", str(dest / "sheets"))
    sheet = next((dest / "sheets").glob("*.json"))
    run("chair", "sheet", "verify", str(sheet), "--bundle", str(evb))
    card = json.loads((dest / "m1.json").read_text(encoding="utf-8"))
    click.echo(f"\nAn auditor needs no app: minisign -V -H -m {sheet} -P "
               f"{card['minisign_public_key']}")
    run("m2", "open", str(evb), "--secretariat", str(dest / "secretariat.json"))
    m2 = dest / "m2"
    click.echo(f"\n이위원 (m2) has opened the bundle but not started. Continue in the desktop app "
               f"(it asks for the pledge, then the conflict declarations):\n"
               f"  EVALUATOR_PASSPHRASE='{DEMO_PASSPHRASE}' evaluator-app --workspace {m2}")


def register(cli: click.Group) -> None:
    cli.add_command(demo)
