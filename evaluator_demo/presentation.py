"""`evaluator demo --presentation`: the 발표 day of the demo round, after its 서면 stage.

The secretariat builds the 발표 session as for the 서면 round (secretariat.py: `session template`,
the shortlisted applicants' table, each one's plan and a short 발표자료 in the documents folder),
with `session new` on the chair's signed 서면 result (--previous, shortlist 6, weight 0.3) and the
day's 10 + 10 minutes and an order drawn in the room. The
chair draws the order; after each of the first applicants every member hands in a partial sheet
(이위원 through the CLI: form import, `sheet export --partial`; the others simulated) and the
chair runs a provisional consolidation; then the full sheets, the final consolidation with the
drawn seed (서면 30 % + 발표 70 %) and the secretariat's `result verify --previous`.
"""

import json
import random
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from evaluator_app.rubric.model import STAGES, Rubric
from evaluator_app.stages import RANKED, shortlisted
from evaluator_app.timefmt import paper_time
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import Card, Identity
from evaluator_demo.committee_sim import MemberDesk
from evaluator_demo.rounds import DemoApp, session_id
from evaluator_demo.slides import write_slides

STAGE = "발표"
SHORTLIST = 6
WEIGHT = "0.3"  # the 서면 stage's share of the final score
MINUTES = (10, 10)  # presentation, questions
PARTIAL_ROUNDS = 3  # hand-ins and provisional results after each of the first applicants
CLI_MEMBER = "m2"  # hands in through the CLI (form import, sheet export --partial)


@dataclass
class Day:
    """What the 발표 day leaves behind, for the summary and the review screen."""

    session_id: str
    bundle: Path
    handins: Path
    result: Path
    seed: str
    order: list[str]
    provisional: list[Path]
    seconds: float


def shortlist_of(earlier: dict[str, Any]) -> int:
    """The top SHORTLIST of the 서면 result, or every ranked one when fewer are (거점형: 3);
    `session check` refuses a shortlist longer than the ranking."""
    ranked = sum(1 for r in earlier["applications"]
                 if r.get("final_score") is not None and r.get("status") in RANKED)
    return min(SHORTLIST, ranked)


def presentation_day(*, dest: Path, program: str, apps: list[DemoApp], plan: Any,
                     written: Path, members: dict[str, Identity],
                     run: Callable[..., str], say: Callable[[str], None]) -> Day | None:
    """Play the 발표 day; `members`: every member's identity (workspace → Identity), `plan`:
    the 서면 round's members.Plan (its conflicts carry over). None when no one passed."""
    from evaluator_demo.members import Plan, fill_form
    from evaluator_demo.secretariat import prepare_round

    t0 = time.monotonic()
    sid = session_id(program, STAGE)
    earlier = json.loads(written.read_text(encoding="utf-8"))
    shortlist = shortlist_of(earlier)
    on = shortlisted(earlier, shortlist) if shortlist else []
    by_id = {a.id: a for a in apps}
    # A presentation is not the plan: each applicant does a little better or worse than it wrote.
    shifted = [replace(by_id[aid], quality=round(min(0.97, by_id[aid].quality + random.Random(
        f"presentation-{aid}").gauss(0, 0.05)), 3)) for aid in sorted(on)]
    if not on:
        say(f"서면평가를 통과한 신청이 없어(과락과 부적격은 올라가지 않음) {STAGE}평가는 없습니다")
        return None
    say(f"발표평가: 서명된 서면평가 결과의 상위 {shortlist}건(과락과 부적격은 제외)이 "
        f"올라갑니다: {', '.join(sorted(on))}. 사무국은 그 결과 위에 {STAGE}평가 세션을 "
        "만듭니다")

    # 1. The secretariat: the shortlisted applicants' table, their plans and slides, then
    # `session new` on the 서면 result with the day's minutes and a drawn order; the bundle.
    pres_dir = dest / "presentation"
    documents = pres_dir / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    for a in shifted:
        shutil.copy2(dest / "round" / "documents" / f"{a.id}_사업계획서.pdf",
                     documents / f"{a.id}_사업계획서.pdf")
        write_slides(documents / f"{a.id}_발표자료.pdf", a, program)
    say(f"예시 발표자료 PDF {len(shifted)}개(가로 슬라이드 5장)를 대상 기관의 사업계획서와 함께 "
        f"{documents}/에 둡니다(A01_발표자료.pdf …). 평가위원회 카드는 서면평가와 같습니다")
    pre_member, pre_app = plan.predeclared
    conflicts = [(pre_member, pre_app)] if pre_app in on else []
    spec = prepare_round(
        run, say, folder=pres_dir, program=program, stage=STAGE, apps=shifted,
        cards=dest / "round" / "cards", conflicts=conflicts, now=datetime.now().astimezone(),
        options=["--previous", str(written), "--shortlist", str(shortlist), "--weight", WEIGHT,
                 "--presentation-minutes", str(MINUTES[0]), "--questions-minutes",
                 str(MINUTES[1]), "--order", "draw"])
    evb = dest / f"{sid}.evb"
    run("secretariat", "bundle", "create", str(spec), "--out", str(evb))

    # 2. The chair draws the order in the room.
    text = run("chair", "review", "agenda", "--bundle", str(evb), "--draw")
    seed = re.search(r"seed (\d+)", text)
    assert seed is not None, text
    order = re.findall(r"^\s+\d+\. (A\d+)", text, flags=re.MULTILINE)

    # 3. 이위원 opens the bundle and hands in through the CLI; the others are simulated.
    cli_ws = dest / CLI_MEMBER
    run(CLI_MEMBER, "open", str(evb), "--secretariat", str(dest / "cards" / "secretariat.json"),
        quiet=True)
    run(CLI_MEMBER, "pledge", "accept", sid, "--yes")
    form = cli_ws / "form-presentation.xlsx"
    run(CLI_MEMBER, "form", "export", sid, "--out", str(form))
    day = Plan(shifted, plan.predeclared, plan.self_declared, "")  # no outlier this time
    opened = load_bundle(evb, members["m3"])
    rubrics = {r.content_hash: r for r in opened.rubrics()}
    rubric_hash = {a["id"]: a["rubric_hash"] for a in opened.manifest["applications"]}

    def rubric_for(app_id: str) -> Rubric:
        return rubrics[rubric_hash[app_id]]

    entries = {w: day.entries(w, rubric_for) for w in members}
    handins = pres_dir / "handins"
    pre = {pre_app} if pre_app in on else set()
    # The others at their own laptops: each opens the bundle in their workspace and accepts
    # the pledge, then enters and signs what was presented so far (as 이위원 does by hand).
    secretariat = Card.load(dest / "cards" / "secretariat.json")
    desks = {w: MemberDesk(dest / w, evb, ident, secretariat)
             for w, ident in members.items() if w != CLI_MEMBER}

    def hand_in(presented: list[str], k: int | None) -> None:
        """Everyone hands in: a partial sheet k of the applications presented, or the full."""
        filled = cli_ws / "form-presentation-filled.xlsx"
        fill_form(form, filled, entries[CLI_MEMBER], pre, only=set(presented))
        run(CLI_MEMBER, "form", "import", str(filled))
        run(CLI_MEMBER, "sheet", "export", sid, "--out", str(handins),
            *(["--partial"] if k else []), quiet=True)
        for who, desk in desks.items():
            desk.enter({a: e for a, e in entries[who].items() if a in presented})
            desk.export(handins, partial=bool(k))
        click.echo(f"  {'부분 ' if k else ''}평가표 {len(members)}부 제출"
                   + (f" ({k}차 제출: {', '.join(presented)})" if k else ""))

    provisional = []
    apps_of = {a.id: a for a in shifted}
    for k, aid in enumerate(order[:PARTIAL_ROUNDS], start=1):
        say(f"{aid} {apps_of[aid].applicant}: 발표 {MINUTES[0]}분, 질의응답 {MINUTES[1]}분. "
            "평가위원은 저마다 채점하고 부분 평가표를 제출합니다")
        hand_in(order[:k], k)
        out = pres_dir / "provisional" / f"after-{k}-{aid}"
        run("chair", "consolidate", "--bundle", str(evb), str(handins), "--out", str(out),
            "--provisional", "--agenda-seed", seed.group(1), quiet=True)
        provisional.append(out / "result.json")
        print_provisional(out / "result.json", k, len(order))
    rest = order[PARTIAL_ROUNDS:]
    if rest:
        say(f"남은 신청도 차례로 발표합니다: {', '.join(rest)} (발표마다 같은 제출, 표시 생략)")
    say("마지막 발표가 끝나면 평가위원 모두가 발표평가 평가표 전체에 서명하여 제출합니다")
    hand_in(order, None)
    result_dir = pres_dir / "result"
    run("chair", "consolidate", "--bundle", str(evb), str(handins), "--out", str(result_dir),
        "--identity-file", str(dest / "chair" / "identity.age"), "--agenda-seed", seed.group(1))
    run("secretariat", "result", "verify", str(result_dir / "result.json"), "--bundle", str(evb),
        "--sheets", str(handins), "--previous", str(written))
    # The review screen takes sheets into the chair's hand-in folder: put the day's there.
    store = dest / "chair" / "review" / sid
    store.mkdir(parents=True, exist_ok=True)
    for f in handins.iterdir():
        shutil.copy2(f, store / f.name)
    return Day(sid, evb, handins, result_dir, seed.group(1), order, provisional,
               time.monotonic() - t0)


def print_provisional(path: Path, k: int, n: int) -> None:
    result = json.loads(path.read_text(encoding="utf-8"))
    rows = sorted((a for a in result["applications"] if a["final_score"] is not None),
                  key=lambda a: Decimal(a["final_score"]), reverse=True)
    click.secho(f"  잠정 결과 — {n}개 기관 중 {k}개 발표 후, {paper_time(result['created'])} "
                "(서명하지 않음):", fg="yellow")
    for a in rows[:3]:
        figures = a.get("stage_scores") or {}
        stages = " + ".join(f"{s} {figures[s]}" for s in STAGES if s in figures)
        click.echo(f"    {a['id']}  {a['final_score']:>6}  ({stages})  n={a['n_scores']}  "
                   f"{a['applicant']}")
    click.echo(f"    (아직 채점되지 않은 (위원, 신청) {len(result.get('unscored') or [])}쌍; "
               f"{path})")
