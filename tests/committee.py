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


def build_committee(root: Path, window: tuple[str, str] | None = (
        "2025-06-02T09:00:00+09:00", "2099-06-13T18:00:00+09:00")) -> Committee:
    people = {
        "secretariat": Identity.generate("국토교통부 사무국", "KAIA", "secretariat"),
        "chair": Identity.generate("정위원장", "한양대학교", "chair"),
        "m1": Identity.generate("김위원", "서울대학교"),
        "m2": Identity.generate("이위원", "KAIST"),
        "outsider": Identity.generate("외부인", "-"),
    }
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
