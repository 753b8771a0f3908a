"""The demo's secretariat prepares a round as a real 간사 does, through the core's own path:
`session template`, its applicants.xlsx filled cell by cell (as in Excel, the lists' Korean
labels), the PDFs in a documents folder named by 신청번호, the committee's cards in a cards
folder, the pre-declared conflict in a table, then `session new` and `session check`. Nothing
here writes a spec: the round the demo plays is the one `session new` composed.
"""

import shutil
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

from evaluator_app.programs import load_programs
from evaluator_app.round.applicants import SHEET
from evaluator_app.round.columns import (
    APPLICANT,
    HEADER_FIELDS,
    ID,
    JURISDICTION,
    KIND,
    PARTNER,
    POPULATION,
    SUBTYPE,
    TITLE,
    fold,
)
from evaluator_app.round.new import KST
from evaluator_demo.members import MEMBERS, PEOPLE
from evaluator_demo.rounds import DemoApp, session_title

Run = Callable[..., str]  # play.py's run(who, *args): one `evaluator` command as `who`
CONFLICTS_SHEET = "이해충돌"
# The pre-declared conflict as the secretariat heard it from the member (사유 구분 as worded in
# the 공모지침's list; the core reads the wording as the ground advice).
GROUND = "자문·연구·용역·감정"
REASON = "2024년 해당 지자체 스마트도시계획 수립 용역 자문위원으로 참여"


def fill_applicants(template: Path, apps: Sequence[DemoApp], program: str, out: Path) -> Path:
    """The template's table filled: the example row deleted, one row per application under
    the template's own headers (세부유형 by its Korean label, as the drop-down offers it)."""
    prog = load_programs()[program]
    wb = load_workbook(template)
    sheet = wb[SHEET]
    sheet.delete_rows(2)  # the example row (신청번호 예시)
    header = [HEADER_FIELDS.get(fold(str(c.value or ""))) for c in sheet[1]]
    for r, a in enumerate(apps, start=2):
        values = {ID: a.id, APPLICANT: a.applicant, KIND: a.applicant_kind,
                  POPULATION: a.population, SUBTYPE: prog.subtypes.get(a.subtype),
                  TITLE: a.title, PARTNER: a.overseas_partner, JURISDICTION: a.jurisdiction}
        for c, column in enumerate(header, start=1):
            value = values.get(column) if column is not None else None
            if value not in (None, ""):
                sheet.cell(r, c, value)
    wb.save(out)
    return out


def write_conflicts(path: Path, conflicts: Sequence[tuple[str, str]]) -> Path:
    """The conflicts table: 평가위원 by the name on the card, 신청번호, 사유 구분, 사유."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = CONFLICTS_SHEET
    sheet.append(["평가위원", "신청번호", "사유 구분", "사유"])
    for member, app in conflicts:
        sheet.append([PEOPLE[member][0], app, GROUND, REASON])
    wb.save(path)
    return path


def gather_cards(received: Path, folder: Path) -> Path:
    """The committee's cards, as sent to the secretariat, saved in a folder of their own (the
    secretariat's own card is not part of the roster)."""
    folder.mkdir(parents=True, exist_ok=True)
    for who in ("chair", *MEMBERS):
        shutil.copy2(received / f"{who}.json", folder / f"{who}.json")
    return folder


def window_options(now: datetime) -> list[str]:
    """From yesterday to two weeks ahead, typed as a Korean secretariat does: Korea time, to
    the minute, no zone (`session new` reads it as Korea time)."""
    def typed(moment: datetime) -> str:
        return moment.astimezone(KST).strftime("%Y-%m-%dT%H:%M")

    return ["--window-opens", typed(now - timedelta(days=1)),
            "--window-closes", typed(now + timedelta(days=14))]


def prepare_round(run: Run, say: Callable[[str], None], *, folder: Path, program: str,
                  stage: str, apps: Sequence[DemoApp], cards: Path,
                  conflicts: Sequence[tuple[str, str]], now: datetime,
                  options: Sequence[str] = ()) -> Path:
    """`session template` → applicants.xlsx → `session new` → `session check` in `folder`,
    whose documents/ the caller has filled; `options` go to `session new` as they are (a
    later stage's --previous …). The spec's path."""
    template = folder / "template"
    run("secretariat", "session", "template", "--program", program, "--stage", stage,
        "--out", str(template))
    table = fill_applicants(template / "applicants.xlsx", apps, program,
                            folder / "applicants.xlsx")
    extra = list(options)
    if conflicts:
        extra += ["--conflicts", str(write_conflicts(folder / "conflicts.xlsx", conflicts))]
    said = "; ".join(f"{PEOPLE[m][0]} × {a} ({GROUND})" for m, a in conflicts)
    say(f"사무국은 스프레드시트에서 {template.name}/applicants.xlsx를 채워(예시 행을 지우고 "
        f"{len(apps)}행) {table}로 저장합니다"
        + (f". 평가위원이 알려 온 이해충돌은 {folder / 'conflicts.xlsx'}에 적습니다: {said}"
           if conflicts else ""))
    spec = folder / "spec.toml"
    run("secretariat", "session", "new", "--program", program, "--stage", stage,
        "--title", session_title(program, stage), "--applicants", str(table),
        "--documents", str(folder / "documents"), "--cards", str(cards), *extra,
        *window_options(now), "--out", str(spec))
    confirm_fingerprints(run, say, spec)
    run("secretariat", "session", "check", str(spec))
    return spec


def confirm_fingerprints(run: Run, say: Callable[[str], None], spec: Path) -> None:
    """The secretariat phones each person on the roster, who reads the fingerprint from their
    own screen; each match is recorded in the spec (`session confirm`)."""
    from evaluator_app.cards import Card
    from evaluator_app.round.spec_io import read_spec

    roster = read_spec(spec).roster
    assert roster is not None
    say("사무국은 위원장과 평가위원에게 전화하여, 각자 자기 화면에서 읽어 주는 지문을 카드의 "
        "지문과 대조하고 기록합니다")
    for path in (roster.chair, *roster.members):
        read_aloud = Card.load(path).fingerprint  # as its owner reads it from their screen
        run("secretariat", "session", "confirm", str(spec), str(path), "--how", "phone",
            "--fingerprint", read_aloud)
