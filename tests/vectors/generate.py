"""Make the vector round (tests/vectors/README.md): run once, commit what it writes.

    PYTHONPATH=. python tests/vectors/generate.py [--keys]

Everything goes through the app's own functions, as the CLI and the desktop app call them:
the cards and identities, the two rubrics, the 서면 (written) and 발표 (presentation) session
specs, their bundles (the only files that cannot be made again byte for byte: age's ephemeral
keys and the documents' random ids), every member's signed sheets exported from a real
workspace, and both stages' consolidations with every output file. `--keys` makes new keys
(and then every other file changes); without it the committed keys are used.

tests/test_vectors.py checks that the code reproduces these files byte for byte, and
independent_check.py that a reader of docs/formats.md recomputes them without this code.
"""

import hashlib
import json
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from evaluator_app.canonical import canonical_json  # noqa: E402
from evaluator_app.consolidation import Options, run, write_outputs  # noqa: E402
from evaluator_app.rubric import load_rubric_file  # noqa: E402
from evaluator_app.scoring import ApplicationEntries, Entry  # noqa: E402
from evaluator_app.session_spec import load_spec  # noqa: E402
from evaluator_app.trust.bundle import create_bundle, load_bundle  # noqa: E402
from evaluator_app.trust.identity import Identity, save_identity_file  # noqa: E402

PEOPLE = {  # file stem → (name, affiliation, role); the roster order is chair, m1, m2, m3
    "secretariat": ("국토교통부 사무국", "국토교통부", "secretariat"),
    "chair": ("정위원장", "한양대학교", "chair"),
    "m1": ("김위원", "서울대학교", "member"),
    "m2": ("이위원", "KAIST", "member"),
    "m3": ("박위원", "LH", "member"),
}
PASSPHRASE = "vector-round passphrase"  # of keys/chair.identity.age (a throwaway test key)
WRITTEN, PRESENTATION = "vec-written", "vec-presentation"
TIMES = {
    "written_bundle": "2025-06-01T09:00:00+09:00",
    "written_open": "2025-06-03T09:00:00+09:00",
    "written_sheet": "2025-06-05T17:00:00+09:00",
    "written_revision": "2025-06-05T18:00:00+09:00",
    "written_result": "2025-06-05T19:00:00+09:00",
    "presentation_bundle": "2025-06-15T09:00:00+09:00",
    "presentation_open": "2025-06-20T09:00:00+09:00",
    "presentation_partial": "2025-06-20T11:00:00+09:00",
    "presentation_sheet": "2025-06-20T17:00:00+09:00",
    "presentation_result": "2025-06-20T19:00:00+09:00",
}
AGENDA_SEED = "250620"
PLEDGE = "본인은 공정하게 평가하고 알게 된 내용을 누설하지 않겠습니다."
OPENS = {"서면": "2025-06-02T09:00:00+09:00", "발표": "2025-06-16T09:00:00+09:00"}
REVISION_REASON = "A01 1-2 점수 입력 오류 정정"
RATIONALE = "근거 자료와 함께 검토한 결과"
OPINION = "전반적으로 타당하나 일부 보완이 필요함"

# 서면: per member, application → item values (points, or a grade letter), with an optional
# bonus/penalty; None: 회피 (m3's conflict with A02 is declared by the secretariat).
WRITTEN_R1 = {
    "m1": {"A01": {"1-1": "9", "1-2": "8", "2-1": "B"},
           "A02": {"1-1": "7", "1-2": "5.5", "2-1": "B"},
           "A03": {"1-1": "6.5", "1-2": "6.5", "2-1": "C"},
           "A04": {"1-1": "4", "1-2": "4", "2-1": "D"}},
    "m2": {"A01": {"1-1": "8", "1-2": "5.5", "2-1": "B", "B1": "0.5"},
           "A02": {"1-1": "7", "1-2": "5.5", "2-1": "C"},
           "A03": {"1-1": "6", "1-2": "6", "2-1": "B"},
           "A04": {"1-1": "4.5", "1-2": "4.5", "2-1": "D"}},
    "m3": {"A01": {"1-1": "7.5", "1-2": "7.5", "2-1": "B"},
           "A02": None,
           "A03": {"1-1": "8", "1-2": "7.5", "2-1": "B", "P1": "0.5"},
           "A04": {"1-1": "9.5", "1-2": "9.5", "2-1": "B"}},
}
WRITTEN_R2_M1 = {**WRITTEN_R1["m1"], "A01": {"1-1": "9", "1-2": "7", "2-1": "B"}}
PRESENTATION_SCORES = {
    "m1": {"A01": {"1-1": "A", "2-1": "C"}, "A02": {"1-1": "C", "2-1": "E"},
           "A03": {"1-1": "A", "2-1": "A"}},
    "m2": {"A01": {"1-1": "B", "2-1": "C"}, "A02": {"1-1": "E", "2-1": "E"},
           "A03": {"1-1": "A", "2-1": "B"}},
    "m3": {"A01": {"1-1": "C", "2-1": "C"}, "A02": {"1-1": "D", "2-1": "E"},
           "A03": {"1-1": "B", "2-1": "B"}},
}
APPLICANTS = {"A01": ("경기 안산시", "시", 690000, "상호문화 스마트 플랫폼 도시"),
              "A02": ("강원 춘천시", "시", 286000, "호수 데이터 기반 안전도시"),
              "A03": ("전북 전주시", "시", 640000, "전통과 첨단이 만나는 스마트 한옥마을"),
              "A04": ("경남 김해시", "시", 530000, "가야 역사문화 디지털 트윈")}


def at(key: str) -> datetime:
    return datetime.fromisoformat(TIMES[key])


class Clock:
    """The workspaces' clock (pledge acceptance, revision times, audit events), fixed to the
    moment each step of the round happens at, so the sheets carry the round's own times."""

    now = TIMES["written_open"]

    @classmethod
    def set(cls, key: str) -> None:
        cls.now = TIMES[key]

    @classmethod
    def iso(cls) -> str:
        return datetime.fromisoformat(cls.now).isoformat(timespec="milliseconds")


def fix_clock() -> None:
    import evaluator_app.trust.open_session as open_session
    import evaluator_app.workspace.records as records
    import evaluator_app.workspace.store as store

    for module in (open_session, records, store):
        module.now_iso = Clock.iso  # type: ignore[attr-defined]


def identities(new_keys: bool) -> dict[str, Identity]:
    keys = HERE / "keys"
    out = {}
    for stem, (name, affiliation, role) in PEOPLE.items():
        path = keys / f"{stem}.secret.json"
        if new_keys or not path.exists():
            ident = Identity.generate(name, affiliation, role)
            ident = Identity(ident.card, ident.age_identity, ident.signing_key,
                             "2025-05-20T10:00:00+09:00")
            keys.mkdir(exist_ok=True)
            path.write_text(json.dumps(ident.secret_dict(), ensure_ascii=False, indent=2) + "\n",
                            encoding="utf-8")
        out[stem] = Identity.from_secret_dict(json.loads(path.read_text(encoding="utf-8")),
                                              str(path))
    chair_file = keys / "chair.identity.age"
    if new_keys or not chair_file.exists():
        chair_file.unlink(missing_ok=True)
        save_identity_file(out["chair"], chair_file, PASSPHRASE)
    return out


def write_pdf(path: Path, text: str) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), invariant=1)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()


def spec_text(stage: str) -> str:
    written = stage == "서면"
    lines = ["[session]", f'id = "{WRITTEN if written else PRESENTATION}"', 'program = "base"',
             f'stage = "{stage}"', "year = 2025", "sites_to_select = 1",
             f'title = "벡터 라운드 {stage}평가"',
             f'rubric = "{"vec-base-written" if written else "vec-base-presentation"}"']
    if not written:
        lines += ["", "[session.review]", "presentation_minutes = 10", "questions_minutes = 5",
                  'order = "draw"', "", "[session.previous]",
                  'result = "../written/result/result.json"', 'chair = "../cards/chair.json"',
                  "shortlist = 3", "weight = 0.5"]
    for aid, (applicant, kind, population, title) in APPLICANTS.items():
        if not written and aid == "A04":
            continue  # 과락 in the 서면 stage: not on the shortlist
        lines += ["", "[[applications]]", f'id = "{aid}"', f'applicant = "{applicant}"',
                  f'applicant_kind = "{kind}"', f"population = {population}",
                  f'title = "{title}"', f'documents = ["docs/{aid}-plan.pdf"]']
        if not written:
            lines.append(f'slides = ["docs/{aid}-slides.pdf"]')
    lines += ["", "[roster]", 'chair = "../cards/chair.json"',
              'members = ["../cards/m1.json", "../cards/m2.json", "../cards/m3.json"]',
              "", "[pledge]", f'text = "{PLEDGE}"', "", "[window]",
              f'opens = "{OPENS[stage]}"',
              'closes = "2099-12-31T18:00:00+09:00"']
    if written:
        lines += ["", "[[conflicts]]", 'member = "../cards/m3.json"', 'application = "A02"',
                  'ground = "same-org"', 'reason = "신청기관 자문위원으로 활동 중"']
    return "\n".join(lines) + "\n"


def entries(rubric: Any, values: dict[str, str] | None) -> ApplicationEntries | None:
    if values is None:
        return None
    out = ApplicationEntries(opinion=OPINION)
    for gate in rubric.gates:
        out.gates[gate.id] = Entry("pass", "")
    for key, value in values.items():
        if rubric.item(key) is not None:
            out.scores[key] = Entry(value, RATIONALE)
        else:
            out.adjustments[key] = Entry(value, "가점·감점 사유 확인")
    return out


def stage_round(folder: Path, stage: str, people: dict[str, Identity], home: Path) -> Path:
    """The spec, the bundle and its decrypted manifest; returns the bundle."""
    written = stage == "서면"
    (folder / "spec.toml").write_text(spec_text(stage), encoding="utf-8")
    for aid in APPLICANTS:
        if written or aid != "A04":
            write_pdf(folder / "docs" / f"{aid}-plan.pdf", f"{aid} plan")
            if not written:
                write_pdf(folder / "docs" / f"{aid}-slides.pdf", f"{aid} slides")
    spec = load_spec(folder / "spec.toml", home)
    evb = folder / "bundle.evb"
    create_bundle(spec, people["secretariat"], evb,
                  now=at("written_bundle" if written else "presentation_bundle"))
    bundle = load_bundle(evb, people["chair"])
    (folder / "manifest.json").write_bytes(canonical_json(bundle.manifest))
    return evb


def desk(evb: Path, member: Identity, home: Path, when: str) -> Any:
    from evaluator_demo.committee_sim import MemberDesk

    home.mkdir(parents=True)
    return MemberDesk(home, evb, member, now=at(when), durable=False)


def sheets(evb: Path, people: dict[str, Identity], stage: str, scratch: Path) -> None:
    bundle = load_bundle(evb, people["chair"])
    rubrics = {r.content_hash: r for r in bundle.rubrics()}
    apps = {a["id"]: rubrics[a["rubric_hash"]] for a in bundle.manifest["applications"]}
    out = evb.parent / "sheets"
    written = stage == "서면"
    for m in ("m1", "m2", "m3"):
        Clock.set("written_open" if written else "presentation_open")
        d = desk(evb, people[m], scratch / f"{stage}-{m}",
                 "written_open" if written else "presentation_open")
        table = WRITTEN_R1[m] if written else PRESENTATION_SCORES[m]
        if not written and m == "m1":  # the 발표 day: A03 handed in after its presentation
            Clock.set("presentation_partial")
            d.enter({"A03": entries(apps["A03"], table["A03"])})
            d.export(out, at("presentation_partial"), partial=True, pdf=False)
        Clock.set("written_sheet" if written else "presentation_sheet")
        d.enter({aid: entries(apps[aid], v) for aid, v in table.items()})
        d.export(out, at("written_sheet" if written else "presentation_sheet"), pdf=False)
        if written and m == "m1":
            Clock.set("written_revision")
            d.revise(REVISION_REASON)
            d.enter({aid: entries(apps[aid], v) for aid, v in WRITTEN_R2_M1.items()})
            d.export(out, at("written_revision"), pdf=False)


def consolidate(evb: Path, people: dict[str, Identity], stage: str) -> None:
    written = stage == "서면"
    bundle = load_bundle(evb, people["chair"])
    options = Options(accept_small_panel=written,
                      agenda_seed=None if written else AGENDA_SEED)
    done = run([evb.parent / "sheets"], bundle, people["chair"].card, options=options,
               created=at("written_result" if written else "presentation_result"))
    write_outputs(done.result, bundle, people["chair"], evb.parent / "result")


def expected(people: dict[str, Identity]) -> dict[str, Any]:
    """The figures a second implementation must arrive at (every number of both results)."""
    out: dict[str, Any] = {"cards": {}, "rubrics": {}, "stages": {}}
    for stem, ident in people.items():
        out["cards"][stem] = {"fingerprint": ident.card.fingerprint,
                              "age_recipient": ident.card.age_recipient,
                              "minisign_public_key": ident.card.minisign_public_key}
    for path in sorted((HERE / "rubrics").glob("*.toml")):
        out["rubrics"][path.stem] = load_rubric_file(path).content_hash
    for name in ("written", "presentation"):
        folder = HERE / name
        manifest = json.loads((folder / "manifest.json").read_bytes())
        result = json.loads((folder / "result" / "result.json").read_bytes())
        out["stages"][name] = {
            "manifest_sha256": "sha256:" + hashlib.sha256(
                (folder / "manifest.json").read_bytes()).hexdigest(),
            "result_sha256": "sha256:" + hashlib.sha256(
                (folder / "result" / "result.json").read_bytes()).hexdigest(),
            "documents": {d["name"]: d["sha256"] for a in manifest["applications"]
                          for d in a["documents"]},
            "applications": {a["id"]: {k: a.get(k) for k in (
                "final_score", "stage_score", "stage_scores", "rule_applied", "dropped",
                "item_means", "group_means", "sd", "range", "z_mean", "rank", "rank_overall",
                "status")} for a in result["applications"]},
            "flags": result["flags"], "small_panels": result["small_panels"],
            "calibration": result["calibration"], "agenda": result["agenda"]["order"],
            "notes": result["notes"],
        }
    return out


def main() -> None:
    new_keys = "--keys" in sys.argv[1:]
    fix_clock()
    people = identities(new_keys)
    cards = HERE / "cards"
    cards.mkdir(exist_ok=True)
    for stem, ident in people.items():
        ident.card.save(cards / f"{stem}.json")
    with tempfile.TemporaryDirectory(prefix="vectors-") as tmp:
        home = Path(tmp) / "home"
        (home / "rubrics").mkdir(parents=True)
        for path in (HERE / "rubrics").glob("*.toml"):
            shutil.copy(path, home / "rubrics" / path.name)
            (HERE / "rubrics" / f"{path.stem}.resolved.json").write_bytes(
                canonical_json(load_rubric_file(path).to_dict()))
        os.environ["EVALUATOR_HOME"] = str(home)
        for name, stage in (("written", "서면"), ("presentation", "발표")):
            folder = HERE / name
            for sub in ("sheets", "result", "docs"):
                shutil.rmtree(folder / sub, ignore_errors=True)
            folder.mkdir(exist_ok=True)
            evb = stage_round(folder, stage, people, home)
            sheets(evb, people, stage, Path(tmp))
            consolidate(evb, people, stage)
    (HERE / "expected.json").write_text(
        json.dumps(expected(people), ensure_ascii=False, indent=2, default=str) + "\n",
        encoding="utf-8")
    print(f"wrote the vector round into {HERE}")


if __name__ == "__main__":
    main()
