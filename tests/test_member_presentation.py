"""A member's presentation mode on a real 발표 bundle: the slides beside the rubric, private
notes, and a hand-in that signs a partial sheet while the session stays open."""

import json
from datetime import datetime

import pytest
from identity_files import identity_file
from PySide6.QtCore import QSettings
from qt_helpers import type_korean
from test_review import presentation_spec

from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import verify_sheet
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Change, Workspace
from evaluator_demo.committee_sim import OPINION, RATIONALE
from ui.member.controller import SessionController
from ui.member.main_window import MainWindow
from ui.member.presentation import PresentationWindow

SID = "2025-strong-small-written"
PASS = "usb stick passphrase"
KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")


def score_app(ws: Workspace, app_id: str, grade: str) -> None:
    """What a member types right after a presentation: no conflict, a grade per item (the
    presentation rubrics grade A–E), the opinion."""
    rubric = ws.rubric_for(SID, app_id)
    changes = [Change(app_id, "coi", value="none")]
    changes += [Change(app_id, "gate", g.id, "pass") for g in rubric.gates]
    changes += [Change(app_id, "score", i.id, grade, RATIONALE) for i in rubric.items()]
    changes.append(Change(app_id, "opinion", rationale=OPINION))
    ws.apply(SID, changes)


pytestmark = pytest.mark.usefixtures("korean")  # as the app ships


@pytest.fixture(scope="module")
def slides_evb(committee, tmp_path_factory):
    """The committee's round as a 발표 day: A01 carries slides (발표자료) beside its plan."""
    spec = load_spec(presentation_spec(committee, tmp_path_factory.mktemp("spec")))
    out = tmp_path_factory.mktemp("bundle") / "presentation.evb"
    create_bundle(spec, committee.secretariat, out)
    return out


def test_presentation_mode_shows_the_slides_and_hands_in_a_partial_sheet(
        qtbot, committee, slides_evb, home, tmp_path):
    ws = Workspace.open(home)
    remember(ws, identity_file(committee.m1, tmp_path / "key" / "m1.age", PASS),
             committee.m1.card)
    open_bundle(ws, slides_evb, committee.m1, now=KST)
    ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
    main = MainWindow(SessionController(ws, SID, committee.m1),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                      restore_layout=False)
    qtbot.addWidget(main)
    main.show()
    main.select_application("A01")
    action = next(a for a in main.findChildren(type(main.menuBar().actions()[0]))
                  if a.shortcut().toString() == "F9")
    assert "발표 모드" in action.text()
    action.trigger()
    window: PresentationWindow = main.presentation
    qtbot.addWidget(window)
    assert window.isVisible() and not main.isVisible()
    qtbot.waitUntil(lambda: bool(window.pdf.views()), timeout=20_000)
    assert [v.name for v in window.pdf.views()] == ["slides.pdf"]  # the slides, not the plan
    assert window.current == "A01"

    type_korean(window.notes, "Q: 운영비는? A: 시비 30%")
    window.notes.flush()
    assert ws.note(SID, "A01") == "Q: 운영비는? A: 시비 30%"
    window.hand_in_to(tmp_path / "usb")  # nothing scored yet: it says so, writes nothing
    assert "아직" in window.message.text() or "complete" in window.message.text()
    assert not (tmp_path / "usb").exists()

    score_app(ws, "A01", "B")  # what the member types right after the presentation
    window._changed("A01")
    assert window.state.text() == "채점 완료"
    included, left_out = window.included()
    assert included == ["A01"] and left_out == ""
    with qtbot.waitSignal(window.handed_in, timeout=30_000) as blocker:
        window.hand_in_to(tmp_path / "usb", PASS)
    files = blocker.args[0]
    verified = verify_sheet(files.json, load_bundle(slides_evb, committee.chair))
    assert verified.partial == 1 and verified.totals == {"A01": "45"}
    assert ws.session(SID).state == "open" and window.hand_in_button.isEnabled()
    assert "운영비" not in files.json.read_text(encoding="utf-8")  # notes stay private
    assert "1" in window.message.text() and files.json.name in window.message.text()

    window.step(1)  # A02 has no slides: its plan is shown
    qtbot.waitUntil(lambda: window.current == "A02" and bool(window.pdf.views()),
                    timeout=20_000)
    assert [v.name for v in window.pdf.views()] == ["plan.pdf"]
    assert window.included()[1].startswith("A02")  # not complete: left out, and said so
    window.hand_in_to(tmp_path / "usb", "wrong passphrase")
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert "암호" in window.message.text()
    assert len(list((tmp_path / "usb").glob("*.json"))) == 1
    score_app(ws, "A02", "C")
    with qtbot.waitSignal(window.handed_in, timeout=30_000) as blocker:
        window.hand_in_to(tmp_path / "usb", PASS)
    sheet = json.loads(blocker.args[0].json.read_bytes())
    assert sheet["partial"] == 2 and [a["id"] for a in sheet["applications"]] == ["A01", "A02"]

    window.close()
    assert main.isVisible() and main.current == "A02"
    main.close()
    ws.close()
