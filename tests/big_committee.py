"""A seven-member committee (plus chair and secretariat) on the demo round, for consolidation.

Member 1 (이위원) is declared conflicted on A03 by the secretariat, as in tests/committee.py.
"""

from dataclasses import dataclass
from pathlib import Path

from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle
from evaluator_app.trust.identity import Identity
from evaluator_demo.committee_sim import member_name
from evaluator_demo.example import build_demo


@dataclass
class BigCommittee:
    secretariat: Identity
    chair: Identity
    members: list[Identity]
    outsider: Identity
    spec: Path
    evb: Path


@dataclass
class People:
    secretariat: Identity
    chair: Identity
    members: list[Identity]
    outsider: Identity


def big_people(n_members: int = 7) -> People:
    """New keys for the committee's people."""
    return People(Identity.generate("국토교통부 사무국", "KAIA", "secretariat"),
                  Identity.generate("정위원장", "한양대학교", "chair"),
                  [Identity.generate(member_name(i), "대학교") for i in range(n_members)],
                  Identity.generate("외부인", "-"))


def build_big_committee(root: Path, n_members: int = 7, session_extra: str = "",
                        name: str = "session.evb", people: People | None = None
                        ) -> BigCommittee:
    """The committee's cards, round and bundle under `root`; its people new unless given
    (the `big` fixture gives every module the same keys: see conftest.py)."""
    people = people or big_people(n_members)
    assert len(people.members) == n_members
    secretariat, chair, outsider = people.secretariat, people.chair, people.outsider
    members = list(people.members)  # the module's own list of the shared (frozen) identities
    cards = root / "cards"
    cards.mkdir(parents=True, exist_ok=True)
    chair.card.save(cards / "chair.json")
    for i, m in enumerate(members):
        m.card.save(cards / f"m{i}.json")
    spec = build_demo(root / "round")
    text = spec.read_text(encoding="utf-8")
    if session_extra:
        text = text.replace("year = 2025\n", f"year = 2025\n{session_extra}\n", 1)
    roster = ", ".join(f'"../cards/m{i}.json"' for i in range(n_members))
    text += "\n".join(["", "[roster]", 'chair = "../cards/chair.json"', f"members = [{roster}]",
                       '[pledge]\ntext = "공정하게 평가할 것을 서약합니다."',
                       "[[conflicts]]", 'member = "../cards/m1.json"', 'application = "A03"',
                       ""])
    spec.write_text(text, encoding="utf-8")
    evb = root / name
    create_bundle(load_spec(spec), secretariat, evb)
    return BigCommittee(secretariat, chair, members, outsider, spec, evb)
