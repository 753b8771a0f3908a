"""`evaluator demo`: a whole round — secretariat, member and chair — on the demo data."""

import contextlib
import io
import json
import multiprocessing
import os
import random
import re
import shlex
import shutil
import sys
import time
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import click
from openpyxl import load_workbook

from evaluator_app.rubric.model import Rubric
from evaluator_app.timefmt import paper_time
from evaluator_app.trust.bundle import OpenedBundle, load_bundle
from evaluator_app.trust.identity import Card, Identity, load_identity_file, save_identity_file
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from evaluator_demo.committee_sim import MemberDesk
from evaluator_demo.members import (
    APP_MEMBER,
    CLI_PEOPLE,
    LENIENT,
    MEMBERS,
    OUTLIER,
    PEOPLE,
    Plan,
    fill_form,
    passphrase_of,
)
from evaluator_demo.plan_pdf import write_plan
from evaluator_demo.rounds import make_apps, rubrics_of, session_id, session_title
from evaluator_demo.secretariat import gather_cards, prepare_round

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
ROLE_KO = {"secretariat": "사무국", "chair": "위원장", "member": "평가위원"}
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


def shown(args: tuple[str, ...]) -> str:
    """A command line as one would type it: quoted only where the shell needs it (Hangul
    needs none), so it can be copied."""
    return " ".join(shlex.quote(a) if not a or re.search(r"[^\w@%+=:,./-]", a) else a
                    for a in args)


def _write_identity_file(secret: dict[str, Any], path: str, passphrase: str) -> str:
    return save_identity_file(Identity.from_secret_dict(secret, path), Path(path), passphrase)


class IdentityFiles:
    """Passphrase-protected identity files written in a second process (scrypt is CPU-bound
    and holds the GIL); sequentially here when no process can be started."""

    def __init__(self, jobs: dict[str, tuple[Identity, Path, str]]) -> None:
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None
        self.futures: dict[str, Future[str]] = {}
        try:
            self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            self.futures = {w: self.pool.submit(_write_identity_file, i.secret_dict(), str(p),
                                                pw) for w, (i, p, pw) in jobs.items()}
        except (OSError, RuntimeError, NotImplementedError):
            self.pool = None

    def wait(self) -> dict[str, str]:
        if self.pool is None:
            return {w: save_identity_file(i, p, pw) for w, (i, p, pw) in self.jobs.items()}
        try:
            return {w: f.result() for w, f in self.futures.items()}
        finally:
            self.pool.shutdown()


def run_demo(dest: Path, program: str, simulate: bool, presentation: bool, no_gui: bool,
             count: int | None) -> None:
    """A whole round: a secretariat, a chair and seven members, then the desktop app (the
    `evaluator demo` command, evaluator_demo/command.py, calls this once its options are parsed)."""
    from evaluator_app.cli import cli

    simulate = simulate or presentation
    t0 = time.monotonic()
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "cards").mkdir(parents=True)
    saved_env = os.environ.get("EVALUATOR_PASSPHRASE")
    sid, title = session_id(program), session_title(program)
    ids = {w: dest / w / "identity.age" for w in PEOPLE}

    def run(who: str, *args: str, quiet: bool = False) -> str:
        """Run one command as `who`; its output is printed (unless quiet) and returned."""
        click.secho(f"\n[{PEOPLE[who][0]} · {who}] $ evaluator {shown(args)}", bold=True)
        os.environ["EVALUATOR_PASSPHRASE"] = passphrase_of(who)  # demo only: no prompts
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                code = cli.main(args=["--workspace", str(dest / who), *args],
                                prog_name="evaluator", standalone_mode=False)
        finally:
            click.echo("  (출력 생략)" if quiet else out.getvalue(), nl=quiet)
        if code not in (None, 0):
            raise click.exceptions.Exit(code)
        return out.getvalue()

    def say(text: str) -> None:
        click.secho(f"\n({text})", fg="cyan")

    click.echo(f"데모 평가 «{title}»: {dest}/에서 진행합니다. 참여자마다 그 아래에 작업 폴더가 "
               f"있고, 그 안에 암호로 보호된 신원 파일(identity.age)이 있습니다. "
               f"시작: {paper_time(datetime.now().astimezone())}")
    apps = make_apps(program, count)
    plan = Plan.of(apps)
    rubric_ids = rubrics_of(program)
    run("secretariat", "rubric", "show", next(iter(rubric_ids.values())))

    # 1. Everyone makes keys; the secretariat collects the public cards.
    for who in CLI_PEOPLE:
        name, aff, role = PEOPLE[who]
        run(who, "identity", "create", "--name", name, "--affiliation", aff, "--role", role,
            "--identity-file", str(ids[who]))
        run(who, "identity", "card", "--out", str(dest / "cards" / f"{who}.json"))
    simulated: dict[str, Identity] = {}
    say("나머지 평가위원 다섯 명(" + ", ".join(PEOPLE[w][0] for w in MEMBERS if w not in CLI_PEOPLE)
        + ")도 각자 노트북에서 같은 일을 합니다")
    for who in MEMBERS:
        if who not in CLI_PEOPLE:
            name, aff, role = PEOPLE[who]
            simulated[who] = Identity.generate(name, aff, role)
            simulated[who].card.save(dest / "cards" / f"{who}.json")
            click.echo(f"  {name}: {ids[who]}  지문 {simulated[who].card.fingerprint}")
    # Each file costs a scrypt (~1 s): written by a second process while this one goes on.
    files = IdentityFiles({w: (i, ids[w], passphrase_of(w)) for w, i in simulated.items()})

    # 2. The secretariat prepares the round as any 간사 does: the template, its table filled
    # in a spreadsheet, the PDFs named by 신청번호, the cards and the conflict, `session new`.
    round_dir = dest / "round"
    t_pdf = time.monotonic()
    for a in apps:
        write_plan(round_dir / "documents" / f"{a.id}_사업계획서.pdf", a, program)
    say(f"12쪽짜리 예시 사업계획서 PDF {len(apps)}개를 {time.monotonic() - t_pdf:.1f}초 만에 "
        f"만들었습니다({round_dir / 'documents'}/A01_사업계획서.pdf …). 평가위원회 8명의 카드는 "
        f"{round_dir / 'cards'}/에 모았습니다")
    cards = gather_cards(dest / "cards", round_dir / "cards")
    spec = prepare_round(run, say, folder=round_dir, program=program, stage="서면", apps=apps,
                         cards=cards, conflicts=[plan.predeclared],
                         now=datetime.now().astimezone())
    evb = dest / f"{sid}.evb"
    run("secretariat", "bundle", "create", str(spec), "--out", str(evb))
    run("m1", "bundle", "inspect", str(evb))

    # 3. A member's round through the CLI and the offline form.
    def score_with_form(who: str) -> None:
        ws_dir = dest / who
        run(who, "pledge", "accept", sid, "--yes")
        form, filled = ws_dir / "form.xlsx", ws_dir / "form-filled.xlsx"
        run(who, "form", "export", sid, "--out", str(form))
        entries = plan.entries(who, rubric_for)
        own = [a for a, e in entries.items() if e is None and (who, a) != plan.predeclared]
        pre = {plan.predeclared[1]} if plan.predeclared[0] == who else set()
        say(f"{PEOPLE[who][0]}은 스프레드시트에서 {form.name} 파일을 채웁니다: "
            + (f"{', '.join(own)}에 이해충돌(회피)을 신고하고, " if own else "")
            + (f"{', '.join(pre)}의 회피는 사무국이 미리 등록했으므로 두고, " if pre else "")
            + f"나머지를 채점하여 {filled.name} 파일로 저장합니다")
        fill_form(form, filled, entries, pre)
        run(who, "form", "import", str(filled))
        run(who, "audit", "verify")
        run(who, "sheet", "export", sid, "--out", str(dest / "sheets"))

    opened: OpenedBundle | None = None

    def rubric_for(app_id: str) -> Rubric:
        nonlocal opened
        if opened is None:  # a roster key opens the manifest; no passphrase needed here
            key = next(iter(simulated.values()))
            opened = load_bundle(evb, key)
        ctx_rubrics = {r.content_hash: r for r in opened.rubrics()}
        app = next(a for a in opened.manifest["applications"] if a["id"] == app_id)
        return ctx_rubrics[app["rubric_hash"]]

    run("m1", "open", str(evb), "--secretariat", str(dest / "cards" / "secretariat.json"))
    score_with_form("m1")
    sheet = next((dest / "sheets").glob("*.json"))
    if not simulate:
        run("chair", "sheet", "verify", str(sheet), "--bundle", str(evb))
    run(APP_MEMBER, "open", str(evb), "--secretariat", str(dest / "cards" / "secretariat.json"))

    # 4. --simulate: everyone else scores and signs, then the chair consolidates.
    result_dir = dest / "result"
    if simulate:
        score_with_form(APP_MEMBER)
        lenient, outlier = PEOPLE[LENIENT][0], PEOPLE[OUTLIER][0]
        say(f"나머지 평가위원 다섯 명이 각자 노트북에서 평가합니다(모의 진행: {lenient}은 "
            f"전반적으로 후하게, {outlier}은 {plan.outlier_app}에 다른 위원보다 훨씬 낮은 점수를 "
            "줌). 각자 자기 작업 폴더에서 번들을 열고, 서약하고, 이해충돌을 신고하고, 채점한 "
            "뒤 서명한 평가표를 보냅니다")
        secretariat = Card.load(dest / "cards" / "secretariat.json")
        for who, ident in simulated.items():
            desk = MemberDesk(dest / who, evb, ident, secretariat)
            desk.enter(plan.entries(who, rubric_for))
            path = desk.export(dest / "sheets")
            click.echo(f"  {PEOPLE[who][0]}: {path.name} (+ .minisig, .pdf)")
        run("chair", "consolidate", "--bundle", str(evb), str(dest / "sheets"), "--out",
            str(result_dir), "--identity-file", str(ids["chair"]), "--disagreements",
            str(result_dir / "disagreements.pdf"))
        run("secretariat", "result", "verify", str(result_dir / "result.json"), "--bundle",
            str(evb), "--sheets", str(dest / "sheets"))

    day = None
    if presentation:
        from evaluator_demo.presentation import presentation_day

        everyone = {w: simulated[w] if w in simulated else
                    load_identity_file(ids[w], passphrase_of(w))  # unlocked before: no scrypt
                    for w in MEMBERS}
        day = presentation_day(dest=dest, program=program, apps=apps, plan=plan,
                               written=result_dir / "result.json", members=everyone, run=run,
                               say=say)

    for who, ref in files.wait().items():
        with Workspace.open(dest / who) as ws:
            remember(ws, ref, simulated[who].card)

    # 5. What is where, and the app.
    if saved_env is None:
        os.environ.pop("EVALUATOR_PASSPHRASE", None)
    else:
        os.environ["EVALUATOR_PASSPHRASE"] = saved_env
    also = (f"과 발표평가(발표 {len(day.order)}개 기관, {day.seconds:.0f}초)" if day else "")
    click.secho(f"\n평가 «{title}»(신청 {len(apps)}건){also}에 {time.monotonic() - t0:.0f}초가 "
                f"걸렸습니다({paper_time(datetime.now().astimezone())} 종료). 참여자:", bold=True)
    for who, (name, _aff, role) in PEOPLE.items():
        click.echo(f"  {who:<11} {name:<5} {ROLE_KO[role]:<5} {ids[who]}  암호: "
                   f"{passphrase_of(who)}")
    click.echo(f"번들: {evb}   평가표: {dest / 'sheets'}/   카드: {dest / 'cards'}/")
    if simulate:
        click.echo(f"종합평가표: {result_dir / 'report.pdf'} (공개용 report-public.pdf, 편차 검토 "
                   f"목록 disagreements.pdf, result.json + .minisig, result.csv, result.xlsx)")
    if day is not None:
        click.echo(f"발표평가: 번들 {day.bundle}, 추첨 시드 {day.seed}로 정한 순서 "
                   f"{' → '.join(day.order)}, 제출된 평가표 {day.handins}/, 잠정 결과 "
                   f"{day.provisional[0].parent.parent}/, 종합평가표 {day.result / 'report.pdf'} "
                   "(서면 30 % + 발표 70 %)")
        review_cmd = (f"EVALUATOR_PASSPHRASE='{passphrase_of('chair')}' evaluator-app "
                      f"--workspace {dest / 'chair'} --review {day.bundle}")
        click.echo(f"위원장의 발표평가 화면(발표 순서, 타이머, 제출 현황, 결과):\n  {review_cmd}")
    cards = json.loads((dest / "cards" / "m1.json").read_text(encoding="utf-8"))
    click.echo(f"감사자는 앱 없이 확인합니다: minisign -V -H -m {sheet} -P "
               f"{cards['minisign_public_key']}")
    m2 = dest / APP_MEMBER
    state = ("채점하고 서명했습니다. 앱은 잠긴 세션을 보여 줍니다(평가 > 확정한 평가표 수정으로 "
             "다시 엽니다)"
             if simulate else "번들을 열었지만 아직 시작하지 않았습니다. 앱은 먼저 서약서를, "
             "다음에 이해충돌 신고를 묻습니다")
    app_cmd = f"EVALUATOR_PASSPHRASE='{passphrase_of(APP_MEMBER)}' evaluator-app --workspace {m2}"
    click.echo(f"\n{PEOPLE[APP_MEMBER][0]}({APP_MEMBER})은 {state}. {PEOPLE[APP_MEMBER][0]}의 "
               f"데스크톱 앱:\n  {app_cmd}")
    if no_gui:
        return
    headless = (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")
                and not os.environ.get("QT_QPA_PLATFORM"))
    from ui.app import main as app_main  # Qt is loaded only now

    os.environ["EVALUATOR_PASSPHRASE"] = passphrase_of(APP_MEMBER)
    argv, shot, what = ["--workspace", str(m2)], dest / "app.png", "데스크톱 앱"
    if day is not None:  # the chair's review screen, with the day's hand-ins and drawn seed
        from ui.session.app import remember_seed

        remember_seed(dest / "chair" / "settings", day.session_id, day.seed)
        os.environ["EVALUATOR_PASSPHRASE"] = passphrase_of("chair")
        argv = ["--workspace", str(dest / "chair"), "--review", str(day.bundle)]
        shot, what = dest / "review.png", "위원장의 발표평가 화면"
    if headless:
        click.echo(f"화면(디스플레이)이 없어 {what}을 {shot}에 그림으로 저장합니다.")
        code = app_main([*argv, "--screenshot", str(shot)])
    else:
        click.echo(f"{what}을 엽니다…")
        code = app_main(argv)
    raise click.exceptions.Exit(code)
