"""The chair's window on real signed sheets of a simulated seven-member committee."""

from pathlib import Path

import pytest
from chair_scenario import REVISED_MEMBER, TAMPERED_MEMBER, write_sheets
from identity_files import identity_file as make_identity_file
from PySide6.QtCore import QSettings, Qt

from evaluator_app.consolidation import verify_result
from evaluator_app.trust.bundle import load_bundle
from ui.chair.dialogs import ExclusionDialog
from ui.chair.models import DROPPED_ROLE, FLAG_ROLE, STATUS_ROLE
from ui.chair.window import ChairWindow

PASS = "chair usb passphrase"


pytestmark = pytest.mark.usefixtures("korean")  # as the app ships


@pytest.fixture(scope="module")
def sheets(big, tmp_path_factory: pytest.TempPathFactory) -> Path:
    bundle = load_bundle(big.evb, big.chair)
    return write_sheets(bundle, big.members, tmp_path_factory.mktemp("sheets"))


def open_window(qtbot, big, identity, tmp_path: Path, identity_file: Path | None = None
                ) -> ChairWindow:
    window = ChairWindow(big.evb, identity, identity_file,
                         QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.bundle is not None, timeout=20_000)
    return window


def add_and_wait(qtbot, window: ChairWindow, paths: list[Path]):
    with qtbot.waitSignal(window.evaluated, timeout=30_000) as blocker:
        window.add_paths(paths)
    return blocker.args[0]


def exclude_tampered(qtbot, window: ChairWindow, big) -> None:
    dialog = ExclusionDialog(window.bundle.roster()[1:], window.exclusions, window)
    qtbot.addWidget(dialog)
    fp = big.members[TAMPERED_MEMBER].card.fingerprint
    assert not dialog.exclude(fp, "  ")  # a reason is required
    assert dialog.exclude(fp, "서명 후 변경된 평가표 (재제출 불가)")
    with qtbot.waitSignal(window.evaluated, timeout=30_000):
        window.set_exclusions(dialog.exclusions())


def rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_folder_fills_the_verification_table(qtbot, big, sheets, tmp_path):
    window = open_window(qtbot, big, big.chair, tmp_path)
    outcome = add_and_wait(qtbot, window, [sheets])
    assert not outcome.final and outcome.consolidated is not None
    model = window.verification
    status = {(r.name, r.revision): r.status for r in model.rows}
    tampered = big.members[TAMPERED_MEMBER].card.name
    revised = big.members[REVISED_MEMBER].card.name
    assert status[(tampered, 1)] == "rejected"
    assert status[(revised, 1)] == "superseded" and status[(revised, 2)] == "used"
    assert status[(tampered, None)] == "missing"
    assert sum(1 for s in status.values() if s == "used") == 6
    shown = {(r[0], r[2]): r for r in rows(model)}
    assert shown[(tampered, "1차")][3] == "거부"
    assert shown[(tampered, "1차")][4].startswith("서명이 맞지 않습니다")  # its kind, in Korean
    row = next(r for r in range(model.rowCount()) if model.rows[r].status == "rejected")
    tooltip = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
    assert "altered" in tooltip  # and the core's exact finding beside it
    assert shown[(revised, "1차")][3] == "대체됨" and "2" in shown[(revised, "1차")][4]
    assert shown[(tampered, "")][3] == "미제출"
    assert shown[(tampered, "")][4] == "제출한 평가표가 거부되어 산정에 쓸 평가표가 아직 없음"
    # The result is blocked: provisional figures, the reason in Korean, no signature offered.
    assert "서명할 수 없습니다" in window.banner.text()
    banner = window.banner.text()
    # each finding in Korean, a rejected sheet's by its kind of finding
    fingerprint = big.members[TAMPERED_MEMBER].card.fingerprint
    # handed in but rejected: said once, by the rejection (not also as "not handed in")
    assert f"{tampered}({fingerprint}) 위원의 평가표가 제출되지 않음" not in banner
    assert "거부됨: 서명이 맞지 않습니다" in banner and "altered" not in banner
    assert "has not handed in" not in banner and "is rejected" not in banner
    assert not window.sign_button.isEnabled()
    assert "Traceback" not in window.banner.text()


def test_an_exclusion_with_a_reason_makes_the_result_signable(qtbot, big, sheets, tmp_path):
    window = open_window(qtbot, big, big.chair, tmp_path)
    add_and_wait(qtbot, window, [sheets])
    assert not window.sign_button.isEnabled()
    exclude_tampered(qtbot, window, big)
    assert window.outcome.final and window.outcome.error is None
    assert window.sign_button.isEnabled()
    status = {(r.name, r.revision): r.status for r in window.verification.rows}
    assert status[(big.members[TAMPERED_MEMBER].card.name, 1)] == "excluded"
    result = window.result()
    assert result["exclusions"][0]["reason"] == "서명 후 변경된 평가표 (재제출 불가)"


def test_the_matrix_shows_final_scores_and_struck_dropped_totals(qtbot, big, sheets,
                                                                tmp_path):
    window = open_window(qtbot, big, big.chair, tmp_path)
    add_and_wait(qtbot, window, [sheets])
    exclude_tampered(qtbot, window, big)
    m = window.matrix
    final = {m.data(m.index(r, 0)): m.data(m.index(r, m.final_column()))
             for r in range(m.rowCount())}
    assert final == {"A01": "81.50", "A02": "72.50", "A03": "68.00", "A04": "74.50",
                     "A05": "52.50", "A06": "83.50"}
    low = m.index(m.row_of("A01"), m.member_column(big.members[6].card.fingerprint))
    assert m.data(low) == "40"
    assert m.data(low, DROPPED_ROLE) and m.data(low, FLAG_ROLE)
    assert m.data(low, Qt.ItemDataRole.FontRole).strikeOut()
    assert m.data(low, Qt.ItemDataRole.BackgroundRole) is not None
    assert "deviation" in m.data(low, Qt.ItemDataRole.ToolTipRole) or "편차" in m.data(
        low, Qt.ItemDataRole.ToolTipRole)
    kept = m.index(m.row_of("A01"), m.member_column(big.members[2].card.fingerprint))
    assert not m.data(kept, DROPPED_ROLE) and m.data(kept, Qt.ItemDataRole.FontRole) is None
    recused = m.index(m.row_of("A03"), m.member_column(big.members[1].card.fingerprint))
    assert m.data(recused) == "회피" and m.data(recused, STATUS_ROLE) == "conflict"
    excluded = m.index(0, m.member_column(big.members[TAMPERED_MEMBER].card.fingerprint))
    assert m.data(excluded) == "제외"
    assert "A01" in window.findings.text() and "40" in window.findings.text()


def test_the_ranking_shows_suggested_statuses_overall_and_per_subtype(qtbot, big, sheets,
                                                                      tmp_path):
    window = open_window(qtbot, big, big.chair, tmp_path)
    add_and_wait(qtbot, window, [sheets])
    exclude_tampered(qtbot, window, big)
    model = window.ranking
    status = {model.data(model.index(r, 2)): model.data(model.index(r, 7))
              for r in range(model.rowCount())}
    assert status == {"A06": "선정", "A01": "선정", "A02": "선정", "A03": "예비",
                      "A05": "과락", "A04": "부적격"}
    assert [model.data(model.index(r, 2)) for r in range(3)] == ["A06", "A01", "A02"]
    scope = window.ranking_scope
    scope.setCurrentIndex(scope.findData("climate"))
    assert [r[2] for r in rows(model)] == ["A06", "A03", "A04"]
    assert [r[1] for r in rows(model)] == [1, 2, ""]
    assert rows(model)[0][4] == "기후위기 대응형"


def signable_window(qtbot, big, sheets, tmp_path):
    """The chair's window on a file identity, every sheet in, the tampered one excluded."""
    identity_file = tmp_path / "usb" / "chair.age"
    make_identity_file(big.chair, identity_file, PASS)
    window = open_window(qtbot, big, big.chair, tmp_path, identity_file)
    add_and_wait(qtbot, window, [sheets])
    exclude_tampered(qtbot, window, big)
    return window


def test_signing_writes_a_result_that_verifies(qtbot, big, sheets, tmp_path):
    window = signable_window(qtbot, big, sheets, tmp_path)
    out = tmp_path / "result"

    window.sign_to(out, "not the passphrase")
    qtbot.waitUntil(lambda: "암호가 틀렸습니다" in window.banner.text()
                    or "passphrase" in window.banner.text(), timeout=30_000)
    assert not (out / "result.json").exists() and window.sign_button.isEnabled()

    with qtbot.waitSignal(window.exported, timeout=30_000) as blocker:
        window.sign_to(out, PASS)
    names = sorted(p.name for p in blocker.args[0])
    assert names == ["SHA256SUMS", "SHA256SUMS.minisig", "report-public.pdf", "report.pdf",
                     "result.csv", "result.json", "result.json.minisig", "result.xlsx"]
    member_bundle = load_bundle(big.evb, big.members[0])  # anyone on the roster can check
    check = verify_result(out / "result.json", member_bundle, [sheets])
    assert check.differences == [] and check.signer.fingerprint == big.chair.card.fingerprint
    assert str(out) in window.banner.text()  # the folder; the files are in the next steps
    assert window.next_steps.isVisibleTo(window) and window.next_steps.report == out / "report.pdf"


def test_signing_again_over_a_signed_result_asks_first(qtbot, big, sheets, tmp_path,
                                                      monkeypatch):
    """The button stays on after signing and the dialog offers the same folder: a second
    signature would replace a result perhaps handed out already. Asked first; No keeps it."""
    from PySide6.QtWidgets import QMessageBox

    from ui.chair.dialogs import SignDialog

    window = signable_window(qtbot, big, sheets, tmp_path)
    out = tmp_path / "result"

    def accept(dialog):
        dialog.folder.setText(str(out))
        dialog.passphrase.setText(PASS)
        return SignDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", accept)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _w, _t, text, *a: asked.append(text) or next(answers))
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.sign_dialog()  # nothing there yet: no question
    assert asked == []
    signed = (out / "result.json").read_bytes()
    window.sign_dialog()  # No: nothing signed, nothing started
    assert len(asked) == 1 and str(out) in asked[0]
    assert not window.busy and (out / "result.json").read_bytes() == signed
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.sign_dialog()  # Yes: signed again
    assert len(asked) == 2


def test_a_member_verifies_but_cannot_sign(qtbot, big, sheets, tmp_path):
    window = open_window(qtbot, big, big.members[0], tmp_path)
    assert not window.signer
    add_and_wait(qtbot, window, [sheets])
    exclude_tampered(qtbot, window, big)
    assert window.result() is not None and window.result()["provisional"]
    assert window.matrix.rowCount() == 6 and window.verification.rowCount() > 0
    assert not window.sign_button.isEnabled()
    assert "위원장" in window.banner.text()
    window.sign_to(tmp_path / "out", "")
    assert not (tmp_path / "out").exists()
    with qtbot.waitSignal(window.exported, timeout=30_000):  # a provisional export is allowed
        window.export_to(tmp_path / "provisional")
    assert not (tmp_path / "provisional" / "result.json.minisig").exists()


@pytest.mark.parametrize("which, screen", [("chair", "ChairWindow"), ("review", "ReviewWindow")])
def test_the_welcome_window_opens_the_committee_screens(qtbot, big, home, which, screen):
    """The chair's role reaches consolidation (and the 발표 day) from the app's home page."""
    from evaluator_app.workspace import Workspace
    from ui.welcome import WelcomeWindow

    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, big.chair)
        qtbot.addWidget(welcome)
        assert welcome.consolidate_button.isVisibleTo(welcome)
        window = welcome._open_committee_screen(which, big.evb)
        qtbot.addWidget(window)
        assert type(window).__name__ == screen
        chair = window if which == "chair" else window.chair
        qtbot.waitUntil(lambda: chair.bundle is not None, timeout=20_000)
        assert chair.identity.card.fingerprint == big.chair.card.fingerprint


def test_small_panels_are_explained_in_korean():
    from ui.chair.texts import small_panel_reason

    assert small_panel_reason({"application": "A03", "n": 0, "rule_applied": None,
                               "reason": "every member is conflicted"}) == \
        "채점한 위원 없음: 모든 위원이 회피했거나 제외됨"
    two = small_panel_reason({"application": "A03", "n": 2, "rule_applied": "mean",
                              "reason": "2 score(s), fewer than 5"})
    assert two.startswith("점수 2건: ") and "fewer" not in two and "mean" not in two
