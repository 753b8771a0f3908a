"""A member's whole day in the real windows: identity → bundle → pledge → conflicts → scoring
→ finalize and sign; the sheet verifies with our verifier and with the minisign CLI."""

import shutil
import subprocess
import tempfile

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QPoint, QSettings, Qt
from qt_helpers import type_korean

from evaluator_app.cli import build_cli
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_app.trust.identity import Card, Identity, store_in_keyring
from evaluator_app.trust.sheet import verify_sheet
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from evaluator_demo.example import SESSION_ID, build_demo
from ui.member.conflicts_dialog import CHOICES, ConflictsDialog
from ui.member.controller import SessionController
from ui.member.finalize_dialog import FinalizeDialog
from ui.member.main_window import MainWindow
from ui.member.pledge_dialog import PledgeDialog
from ui.welcome import WelcomeWindow

WHY = "신청서의 근거 자료를 검토한 결과 타당하다고 판단함"
OPINION = "강점과 약점, 보완 권고를 모두 서술한 종합의견으로 서른 글자를 넘깁니다."


def test_a_members_whole_day(qtbot, home, tmp_path, memory_keyring, monkeypatch):
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a, **k: shown.append(text))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    tempfile.tempdir = None  # pick up TMPDIR
    ws = Workspace.open(home)

    # 1. first run: the member creates an identity and exports the card
    welcome = WelcomeWindow(ws, None)
    qtbot.addWidget(welcome)
    qtbot.keyClicks(welcome.name, "Kim")
    type_korean(welcome.name, " 위원")
    type_korean(welcome.affiliation, "서울대학교")
    with qtbot.waitSignal(welcome.identity_ready) as got:
        qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    member: Identity = got.args[0]
    card_path = tmp_path / "cards" / "member.json"
    card_path.parent.mkdir()
    member.card.save(card_path)

    # 2. the secretariat builds the round for that card (chair and another member too)
    others = {"chair": Identity.generate("정위원장", "한양대", "chair"),
              "m2": Identity.generate("이위원", "KAIST"),
              "secretariat": Identity.generate("사무국", "KAIA", "secretariat")}
    for name, ident in others.items():
        ident.card.save(tmp_path / "cards" / f"{name}.json")
    spec = build_demo(tmp_path / "round")
    spec.write_text(spec.read_text(encoding="utf-8") + "\n".join([
        "[roster]", 'chair = "../cards/chair.json"',
        'members = ["../cards/member.json", "../cards/m2.json"]',
        '[pledge]', 'text = "공정하고 성실하게 평가할 것을 서약합니다."']) + "\n",
        encoding="utf-8")
    evb = tmp_path / "session.evb"
    create_bundle(load_spec(spec), others["secretariat"], evb)

    # 3. the member opens it from the welcome window
    with qtbot.waitSignal(welcome.session_opened, timeout=20_000):
        welcome.open_bundle(evb, confirm_first_use=False)
    assert shown == []

    # 4. the pledge, then the conflict declarations (A05: prior advice)
    pledge = PledgeDialog(ws.pledge_text(SESSION_ID), member.card.name)
    qtbot.addWidget(pledge)
    pledge.show()
    qtbot.waitExposed(pledge)
    assert not pledge.ok.isEnabled()  # nothing is accepted by accident
    # a check box reacts on its box and label (at the left), not the middle of its width
    qtbot.mouseClick(pledge.check, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, pledge.check.height() // 2))
    assert pledge.ok.isEnabled()
    qtbot.mouseClick(pledge.ok, Qt.MouseButton.LeftButton)
    assert pledge.result() == PledgeDialog.DialogCode.Accepted
    ws.accept_pledge(SESSION_ID, member.card.name, member.card.fingerprint)  # as the app does
    window = MainWindow(SessionController(ws, SESSION_ID, member),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        restore_layout=False)
    qtbot.addWidget(window)
    window.show()
    conflicts = ConflictsDialog(window.controller, window)
    qtbot.addWidget(conflicts)
    for app_id, combo in conflicts.combos.items():
        combo.setCurrentIndex(CHOICES.index("advice") if app_id == "A05" else 1)
    conflicts.reasons["A05"].setText("2024년 해당 군 스마트도시계획 자문")
    conflicts.save()

    # 5. score every application through the widgets
    for row in window.model.rows():
        window.select_application(row.id)
        if row.id == "A05":
            assert not window.panel.scoring_visible()
            continue
        panel = window.panel
        for gate in ("G1", "G2"):
            panel.inputs[gate].setCurrentIndex(1)
        for n, (item_id, widget) in enumerate(panel.inputs.items()):
            if item_id.startswith("G") or item_id.startswith("B"):
                continue
            if n % 2:  # keyboard
                widget.setFocus()
                widget.selectAll()
                qtbot.keyClicks(widget, "5")
            else:  # what the Up arrow does: from "not scored", 0, then ten steps of 0.5
                widget.show_stored(None)
                for _ in range(11):
                    widget.step_up()
            type_korean(panel.rationales[item_id], WHY)
            panel.rationales[item_id].flush()
        type_korean(panel.rationales["opinion"], OPINION)
        panel.flush()
        assert window.controller.row(row.id).status == "complete", row.id
    assert window.progress.text().endswith("5 / 5 · Recused 1")

    # 6. finalize: nothing missing, sign and export
    finalize = FinalizeDialog(window.controller, "", window)
    qtbot.addWidget(finalize)
    assert finalize.items.topLevelItemCount() == 0 and finalize.sign.isEnabled()
    with qtbot.waitSignal(finalize.exported, timeout=20_000) as done:
        finalize.export_to(tmp_path / "sheets")
    files = done.args[0]
    verified = verify_sheet(files.json, load_bundle(evb, others["chair"]))
    assert verified.member == Card.load(card_path) and verified.totals["A05"] is None
    # every item is 5: typed "5", or eleven 0.5 steps up from "not scored" (−0.5)
    assert verified.totals["A01"] == "60"
    chair_home = tmp_path / "chair-home"  # the chair checks it with the CLI, as an auditor would
    with Workspace.open(chair_home) as chair_ws:
        remember(chair_ws, store_in_keyring(others["chair"]), others["chair"].card)
    monkeypatch.setenv("EVALUATOR_HOME", str(chair_home))
    result = CliRunner().invoke(build_cli(), ["sheet", "verify", str(files.json), "--bundle",
                                              str(evb)])
    assert result.exit_code == 0 and f"signed by {member.card.name}" in result.output
    monkeypatch.setenv("EVALUATOR_HOME", str(home))
    if shutil.which("minisign"):
        proc = subprocess.run(["minisign", "-V", "-H", "-m", str(files.json), "-P",
                               member.card.minisign_public_key], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    window.close()
    ws.close()

    # 7. no plaintext document anywhere under the workspace, cache or temp folders
    originals = [p.read_bytes() for p in (tmp_path / "round" / "apps").rglob("*.pdf")]
    for folder in (home, tmp_path / "cache", tmp_path / "state", tmp_path / "tmp"):
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file():
                content = path.read_bytes()
                assert b"%PDF-" not in content, path
                assert not any(o[300:1300] in content for o in originals), path


@pytest.fixture(autouse=True)
def _restore_tempdir():
    yield
    tempfile.tempdir = None
