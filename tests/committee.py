"""A test committee: secretariat, chair, two members and an outsider, with their cards."""

from dataclasses import dataclass
from pathlib import Path

from evaluator_app.trust.identity import Identity
from evaluator_demo.example import build_demo

PLEDGE = "본인은 공정하고 성실하게 평가하며 평가 내용을 누설하지 않을 것을 서약합니다."


@dataclass
class Committee:
    secretariat: Identity
    chair: Identity
    m1: Identity
    m2: Identity
    outsider: Identity
    spec: Path


def committee_people() -> dict[str, Identity]:
    """New keys for the committee's five people."""
    return {
        "secretariat": Identity.generate("국토교통부 사무국", "KAIA", "secretariat"),
        "chair": Identity.generate("정위원장", "한양대학교", "chair"),
        "m1": Identity.generate("김위원", "서울대학교"),
        "m2": Identity.generate("이위원", "KAIST"),
        "outsider": Identity.generate("외부인", "-"),
    }


def build_committee(root: Path, window: tuple[str, str] | None = (
        "2025-06-02T09:00:00+09:00", "2099-06-13T18:00:00+09:00"),
        people: dict[str, Identity] | None = None) -> Committee:
    """The committee's cards and round under `root`; its people new unless given (the
    `committee` fixture gives every module the same keys: see conftest.py)."""
    people = people or committee_people()
    cards = root / "cards"
    cards.mkdir(parents=True)
    for name, ident in people.items():
        ident.card.save(cards / f"{name}.json")
    spec = build_demo(root / "round")
    extra = ['[roster]', 'chair = "../cards/chair.json"',
             'members = ["../cards/m1.json", "../cards/m2.json"]',
             f'[pledge]\ntext = "{PLEDGE}"',
             '[[conflicts]]', 'member = "../cards/m2.json"', 'application = "A03"']
    if window:
        extra += ["[window]", f'opens = "{window[0]}"', f'closes = "{window[1]}"']
    spec.write_text(spec.read_text(encoding="utf-8") + "\n".join(extra) + "\n",
                    encoding="utf-8")
    return Committee(spec=spec, **people)


def sign_m1_session(committee, evb, root: Path) -> tuple[Path, Path]:
    """m1's home after opening the bundle, accepting the pledge, scoring everything and
    exporting the sheet (the session locked): (home, SHEET.json)."""
    from datetime import datetime

    from test_sheet import score_everything

    from evaluator_app.trust.identity import store_in_keyring
    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.trust.sheet import export_sheet
    from evaluator_app.trust.workspace_identity import remember
    from evaluator_app.workspace import Workspace

    sid = "2025-strong-small-written"
    with Workspace(root / "home" / "workspace.sqlite") as ws:
        remember(ws, store_in_keyring(committee.m1), committee.m1.card)
        open_bundle(ws, evb, committee.m1,
                    now=datetime.fromisoformat("2025-06-05T10:00:00+09:00"))
        ws.accept_pledge(sid, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, root)
        files = export_sheet(ws, sid, committee.m1, root / "out")
    return root / "home", files.json
