"""What the desk sent (evaluator_app/round_sent.py), without Qt: the draft compared with the
bundle signed from it, part by part, and a sheet scored on an earlier bundle of the session
named as such on the collection board (consolidation/status.py)."""

import json
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from round_helpers import ROWS, fill_template, make_people, save_cards, write_documents

from evaluator_app.consolidation.status import NamedBundle, sheets_status
from evaluator_app.round.model import ConflictDraft, RoundDraft, Window
from evaluator_app.round.new import NewRoundRequest
from evaluator_app.round.template import write_applicants_template
from evaluator_app.round_desk import new_round, save_round
from evaluator_app.round_sent import (
    EARLIER,
    OTHER_SESSION,
    SAME_SESSION,
    SentBundle,
    changed_parts,
    sent_bundle,
    where_scored,
)
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_app.trust.identity import save_identity_file
from evaluator_demo.committee_sim import sign_sheet

WINDOW = Window(datetime.fromisoformat("2030-06-02T09:00:00+09:00"),
                datetime.fromisoformat("2030-06-09T18:00:00+09:00"))
IN_WINDOW = "2030-06-03T10:00:00+09:00"


@pytest.fixture(scope="module")
def people():
    return make_people(2)


@pytest.fixture
def sent(people, tmp_path):
    """A 강소형 round drafted from real cards and PDFs, one conflict declared, signed into a
    bundle: (the draft, its record, the bundle, the folder)."""
    from evaluator_app.programs import load_programs

    template = tmp_path / "t.xlsx"
    write_applicants_template(load_programs()["strong-small"], template)
    table = fill_template(template, ROWS["strong-small"], tmp_path / "a.xlsx")
    new = new_round(NewRoundRequest("strong-small", "서면", "강소형 서면평가", table,
                                    write_documents(tmp_path / "docs", ["A01", "A02"]),
                                    save_cards(people, tmp_path / "cards"), window=WINDOW))
    assert new.ok, new.problems
    draft = replace(new.draft, conflicts=(ConflictDraft(tmp_path / "cards" / "m2.json", "A02",
                                                        "advice", "용역 수행"),))
    return draft, *sign(draft, people, tmp_path / "v1")


def sign(draft: RoundDraft, people, folder: Path) -> tuple[SentBundle, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    assert save_round(draft, folder / "spec.toml") == []
    evb = folder / "s.evb"
    sha = create_bundle(load_spec(folder / "spec.toml"), people.secretariat, evb,
                        now=datetime.fromisoformat("2030-06-01T09:00:00+09:00"))
    return sent_bundle(draft, evb, sha), evb


def test_the_draft_as_signed_matches_its_bundle_and_each_edit_names_its_part(sent, people,
                                                                            tmp_path):
    draft, record, evb = sent
    assert record.manifest_sha256 == load_bundle(evb, people.chair).manifest_sha256
    assert record.created.startswith("2030-06-01T09:00")
    assert changed_parts(record, draft) == []
    assert changed_parts(SentBundle.from_dict(record.to_dict()), draft) == []  # kept as JSON
    roster = draft.roster
    assert roster is not None
    # a member dropped: the roster, and with the card its conflict
    fewer = replace(draft, roster=replace(roster, members=roster.members[:1]),
                    conflicts=())
    assert changed_parts(record, fewer) == ["roster", "conflicts"]
    # a card replaced at the same path (a new key pair): the roster, though no path changed
    swapped = tmp_path / "cards" / "m1.json"
    kept = swapped.read_bytes()
    make_people(1).members[0].card.save(swapped)
    assert changed_parts(record, draft) == ["roster"]
    swapped.write_bytes(kept)
    # what stays on the desk is no change to what the members hold
    reworded = replace(draft, conflicts=(replace(draft.conflicts[0], reason="다른 사유"),),
                       roster=replace(roster, confirmed={}))
    assert changed_parts(record, reworded) == []
    later = replace(draft, window=replace(WINDOW, closes=datetime.fromisoformat(
        "2030-06-10T18:00:00+09:00")))
    assert changed_parts(record, later) == ["rules"]
    renamed = replace(draft, applications=(replace(draft.applications[0], title="새 사업명"),
                                           *draft.applications[1:]))
    assert changed_parts(record, renamed) == ["applications"]
    retitled = replace(draft, session=replace(draft.session, title="강소형 서면평가 (정정)"))
    assert changed_parts(record, retitled) == ["session"]
    # a plan replaced by a corrected one under the same name
    plan = draft.applications[0].documents[0]
    plan.write_bytes(plan.read_bytes() + b"\n% corrected\n")
    stat = plan.stat()
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert changed_parts(record, draft) == ["documents"]


def test_a_rubric_replaced_under_its_id_is_a_change_and_an_older_record_claims_none(
        sent, people, home, tmp_path):
    """The official table imported over the proposed rubric keeps the rubric's id: the
    members still score on the rubric the bundle carries."""
    from evaluator_app.rubric.catalogue import builtin_rubric_dir

    draft, _, _ = sent
    subtype, builtin = next(iter(draft.session.rubrics.items()))
    own = home / "rubrics" / "own.toml"
    own.parent.mkdir(parents=True, exist_ok=True)
    text = (builtin_rubric_dir() / f"{builtin}.toml").read_text(encoding="utf-8")
    assert f'id = "{builtin}"' in text
    own.write_text(text.replace(f'id = "{builtin}"', 'id = "own-written"', 1), encoding="utf-8")
    draft = replace(draft, session=replace(draft.session, rubrics={
        **draft.session.rubrics, subtype: "own-written"}))
    record, _ = sign(draft, people, tmp_path / "v2")
    assert changed_parts(record, draft) == []
    edited = own.read_text(encoding="utf-8").replace('title_ko = "', 'title_ko = "(확정) ', 1)
    assert edited != own.read_text(encoding="utf-8")
    own.write_text(edited, encoding="utf-8")
    assert changed_parts(record, draft) == ["rubric"]
    # a record kept before rubrics were digested: no change claimed for what it never had
    older = SentBundle(record.bundle, record.manifest_sha256, record.created,
                       {k: v for k, v in record.parts.items() if k != "rubric"})
    assert changed_parts(older, draft) == []
    own.unlink()  # the rubric gone: a change too (and the round's check names it)
    assert changed_parts(record, draft) == ["rubric"]


def test_a_sheet_on_the_bundle_replaced_since_is_named_with_that_bundle(sent, people, tmp_path,
                                                                      monkeypatch, run_cli):
    """A correction re-sent (a new bundle of the same session): 위원1's sheet, scored on the
    first bundle, shows on the board as handed in on that earlier bundle — not as a sheet
    on this one, and with the record of when that bundle was sent."""
    draft, first, evb1 = sent
    usb = tmp_path / "usb"
    sign_sheet(load_bundle(evb1, people.chair), people.members[0], {"A01": 80, "A02": 70},
               usb, created=IN_WINDOW)
    corrected = replace(draft, session=replace(draft.session, title="강소형 서면평가 (정정)"))
    second, evb2 = sign(corrected, people, tmp_path / "v2")
    bundle = load_bundle(evb2, people.secretariat)
    _, rows = sheets_status([usb], bundle)
    board = {m.name: m for m in rows}
    line = board["위원1"]
    assert line.handed_in and not line.verified and line.code == "other-bundle"
    assert line.scored_on == NamedBundle(bundle.session_id, first.manifest_sha256)
    assert where_scored(line.scored_on, bundle.session_id, [first, second]) == (EARLIER, first)
    # a bundle of this session the desk has no record of; another session's bundle
    assert where_scored(line.scored_on, bundle.session_id, [second]) == (SAME_SESSION, None)
    assert where_scored(NamedBundle("2029-base-written", "sha256:00"), bundle.session_id,
                        [first, second]) == (OTHER_SESSION, None)
    assert board["위원2"].scored_on is None and not board["위원2"].handed_in
    # `sheets status` says the same to a secretariat that scripts it
    save_identity_file(people.secretariat, tmp_path / "s.age", "desk pass")
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", "desk pass")
    monkeypatch.setenv("EVALUATOR_HOME", str(tmp_path / "home"))
    args = ("sheets", "status", "--bundle", str(evb2), str(usb), "--identity-file",
            str(tmp_path / "s.age"))
    rows = [json.loads(x) for x in run_cli(*args, "--json").output.splitlines()]
    named = {r["name"]: r["scored_on"] for r in rows}
    assert named == {"위원1": {"session_id": bundle.session_id,
                              "manifest_sha256": first.manifest_sha256}, "위원2": None}
    assert f"[scored on {bundle.session_id} {first.manifest_sha256[:23]}]" in \
        run_cli(*args).output
    # once 위원1 hands in a sheet on the current bundle, that one counts and nothing is said
    sign_sheet(bundle, people.members[0], {"A01": 81, "A02": 70}, usb / "again",
               revision=2, created=IN_WINDOW)
    line = {m.name: m for m in sheets_status([usb], bundle)[1]}["위원1"]
    assert line.verified and line.scored_on is None


def test_a_damaged_record_of_a_bundle_sent_drops_that_record_not_the_draft(sent):
    """The desk's draft file holds the records of the bundles sent; one that does not read (a
    hand edit, a cut write) is dropped when the draft is read, and the rest of the draft kept
    — it raised later, in the checks and on the send page."""
    from ui.secretariat.state import DeskState

    _draft, record, _evb = sent
    good = record.to_dict()
    state = DeskState(title="강소형 서면평가", sent=[good, {"bundle": "x.evb"}, "junk", None])
    again = DeskState.from_json(state.to_json())
    assert again.title == "강소형 서면평가" and again.sent == [good]
    assert again.sent_bundles() == [record]
    assert DeskState.from_json(state.to_json().replace('"sent": [', '"sent": 5, "x": [')
                               ).sent == []
