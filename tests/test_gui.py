"""The member's window, driven by pytest-qt (QT_QPA_PLATFORM=offscreen, set in conftest)."""

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from qt_helpers import type_korean
from test_replace_bundle import make_issues

from evaluator_app.errors import (
    NotAddressedError,
    OutsideWindowError,
    TamperedError,
    WrongPassphraseError,
)
from evaluator_app.form import export_form, import_form
from evaluator_app.ordering import member_order
from evaluator_app.rubric import load_catalogue
from evaluator_app.scoring import ApplicationEntries, evaluate
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import verify_sheet
from evaluator_app.workspace import Change, Workspace
from evaluator_demo.play import fill_form_as_member
from ui.i18n import chosen_language, install_translators
from ui.member.conflicts_dialog import CHOICES, ConflictsDialog
from ui.member.controller import SessionController
from ui.member.finalize_dialog import FinalizeDialog
from ui.member.main_window import MainWindow
from ui.member.rubric_panel import SAVE_DELAY_MS, RubricPanel
from ui.texts import describe_error
from ui.welcome import WelcomeWindow

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"
WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"






def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5_000)


def focus_widget(qtbot):
    """The widget with keyboard focus (QTest aborts on None, so wait for one)."""
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    return QApplication.focusWidget()


def opened(home: Path, evb: Path, member) -> Workspace:
    ws = Workspace.open(home)
    open_bundle(ws, evb, member, now=KST)
    ws.accept_pledge(SID, member.card.name, member.card.fingerprint)
    for app in ws.applications(SID):
        if ws.coi_declaration(SID, app.id) is None:
            ws.declare_no_conflict(SID, app.id)
    return ws


@pytest.fixture
def window(qtbot, committee, evb, home, tmp_path):
    ws = opened(home, evb, committee.m1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m1), settings, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)  # the member's laptop (the offscreen screen is smaller)
    w.show()
    yield w
    w.close()
    ws.close()


def test_the_window_lists_applications_in_the_members_order_and_shows_a_document(
        qtbot, window, committee):
    shown = [window.proxy.data(window.proxy.index(r, 0)) for r in range(6)]
    assert shown == member_order([f"A0{i}" for i in range(1, 7)],
                                 committee.m1.card.fingerprint, SID)
    assert window.progress.text().endswith("0 / 6")
    first = shown[0]
    assert window.panel.app_id == first and "1-1" in window.panel.inputs
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    view = window.pdf.current_view()
    assert view.document.status() == QPdfDocument.Status.Ready
    assert view.document.pageCount() == 3
    assert f"신청번호 {first}" in view.document.getAllText(0).text()
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the member may sort otherwise
    assert window.proxy.data(window.proxy.index(0, 0)) == "A01"


def test_keyboard_scoring_autosaves_through_the_core(qtbot, window):
    window.select_application("A01")
    spin = window.panel.inputs["1-1"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7.5")
    ws = window.controller.ws
    qtbot.waitUntil(lambda: ws.entries(SID, "A01").scores.get("1-1") is not None)
    assert ws.entries(SID, "A01").scores["1-1"].value == "7.5"
    assert window.saved_label.text().startswith("Saved")
    edit = window.panel.rationales["1-1"]
    type_korean(edit, WHY)
    assert edit.counter.text() == f"{len(WHY.replace(' ', ''))} characters (at least 20)"
    qtbot.waitUntil(lambda: ws.entries(SID, "A01").scores["1-1"].rationale == WHY,
                    timeout=SAVE_DELAY_MS * 5)
    assert window.model.rows()[window.model.row_of("A01")].status == "in-progress"
    assert ws.audit_verify().ok


def test_switching_applications_saves_pending_text_first(qtbot, window):
    first = window.panel.app_id
    second = window.proxy.data(window.proxy.index(1, 0))
    edit = window.panel.rationales["1-2"]
    type_korean(edit, "저장 전에 다른 신청으로 이동")
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.panel.app_id == second
    saved = window.controller.ws.entries(SID, first).scores["1-2"].rationale
    assert saved == "저장 전에 다른 신청으로 이동"  # flushed at once, not after the delay


def test_an_invalid_score_left_behind_is_named_not_dropped_unseen(qtbot, window):
    """A score the core refuses is never stored; moving to another application says so."""
    first = window.panel.app_id
    edit = window.panel.inputs["1-1"]
    edit.setText("99")  # typed, not yet committed (no Enter, no pause)
    second = window.proxy.data(window.proxy.index(1, 0))
    window.select_application(second)
    assert window.panel.app_id == second
    message = window.statusBar().currentMessage()
    assert first in message and "1-1" in message and "99" in message
    assert window.controller.ws.entries(SID, first).scores.get("1-1") is None


def test_missing_items_are_badged_and_the_total_runs(qtbot, window):
    badge = window.panel.badges["1-1"]
    window.panel.reveal_missing()  # (said once the member leaves it or asks to sign)
    assert "score missing" in badge.text()
    window.panel.inputs["1-1"].enter("8")
    qtbot.waitUntil(lambda: "score missing" not in badge.text())
    assert "Total: 8" in window.panel.total_label.text()


def test_a_recused_application_shows_no_document_and_no_inputs(qtbot, committee, evb, home,
                                                               tmp_path):
    ws = opened(home, evb, committee.m2)  # m2 has a pre-declared conflict with A03
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m2), settings, restore_layout=False)
    qtbot.addWidget(w)
    w.select_application("A03")
    assert w.model.rows()[w.model.row_of("A03")].status == "conflict"
    assert "Recused" in w.pdf.message.text() and not w.panel.scoring_visible()
    w.select_application("A01")
    assert w.panel.scoring_visible() and w.panel.app_id == "A01"
    w.close()  # as the app does: windows first, then the workspace
    ws.close()


def test_grade_items_are_radio_buttons_with_their_points(qtbot):
    rubric = load_catalogue()["2025-diffusion-written"]
    panel = RubricPanel()
    qtbot.addWidget(panel)
    entries = ApplicationEntries()
    panel.load("A01", rubric, entries, evaluate(rubric, entries))
    group = panel.inputs["1-1"].property("grade_group")
    labels = [b.text() for b in group.buttons()]
    assert labels == ["—", "A 15", "B 13.5", "C 12", "D 10.5", "E 9"]
    with qtbot.waitSignal(panel.edited) as blocker:
        group.buttons()[2].click()
    change = blocker.args[0]
    assert (change.application_id, change.entry_id, change.value) == ("A01", "1-1", "B")


def test_declaring_a_conflict_in_the_dialog_recuses_the_application(qtbot, committee, evb, home,
                                                                    tmp_path):
    ws = Workspace.open(home)
    open_bundle(ws, evb, committee.m1, now=KST)
    ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m1), settings, restore_layout=False)
    qtbot.addWidget(w)
    dialog = ConflictsDialog(w.controller, w)
    qtbot.addWidget(dialog)
    for combo in dialog.combos.values():
        combo.setCurrentIndex(1)  # no conflict
    dialog.combos["A02"].setCurrentIndex(CHOICES.index("advice"))
    dialog.reasons["A02"].setText("2024년 김천시 스마트도시계획 자문")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ws.entries(SID, "A02").conflict == {"ground": "advice",
                                              "text": "2024년 김천시 스마트도시계획 자문"}
    assert all(ws.coi_declaration(SID, a.id) for a in ws.applications(SID))
    assert w.model.rows()[w.model.row_of("A02")].status == "conflict"
    w.close()
    ws.close()


def test_a_stored_bundle_changed_since_it_was_opened_shows_no_document(
        qtbot, committee, evb, home, tmp_path):
    """The bundle is opened (and checked) with the first document, off the GUI thread: a
    stored copy replaced since it was opened (another signed manifest) leaves the window
    usable, its documents refused."""
    ws = opened(home, evb, committee.m1)
    create_bundle(load_spec(committee.spec), committee.secretariat,
                  Path(ws.session(SID).bundle_path))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m1), settings, restore_layout=False)
    qtbot.addWidget(w)
    altered = describe_error(TamperedError("")).splitlines()[0]  # "…altered or damaged…"
    qtbot.waitUntil(lambda: w.pdf.message.text().startswith(altered), timeout=10_000)
    assert "changed since it was opened" in w.pdf.message.text()
    assert w.pdf.current_view() is None and w.panel.scoring_visible()
    w.close()
    ws.close()


def test_finalize_lists_missing_items_then_signs_and_locks(qtbot, window, tmp_path, committee,
                                                           evb):
    dialog = FinalizeDialog(window.controller, "", window)
    qtbot.addWidget(dialog)
    assert dialog.items.topLevelItemCount() > 0 and not dialog.sign.isEnabled()
    first = dialog.items.topLevelItem(0).child(0)
    app_id, _ = first.data(0, Qt.ItemDataRole.UserRole)
    dialog.jump.connect(window.jump_to)
    dialog.items.itemActivated.emit(first, 0)
    assert window.panel.app_id == app_id
    # the member completes everything (through the offline form, as the core allows)
    ws = window.controller.ws
    form = tmp_path / "form.xlsx"
    export_form(ws, SID, form)
    fill_form_as_member(form, tmp_path / "filled.xlsx")
    import_form(ws, tmp_path / "filled.xlsx")
    dialog = FinalizeDialog(window.controller, "", window)
    qtbot.addWidget(dialog)
    assert dialog.items.topLevelItemCount() == 0 and dialog.sign.isEnabled()
    dialog.exported.connect(window._exported)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_to(tmp_path / "sheets")
    files = blocker.args[0]
    assert files.pdf.is_file() and "Signed and exported" in dialog.result.text()
    assert window.controller.is_locked() and not window.panel.isEnabled()
    verified = verify_sheet(files.json, load_bundle(evb, committee.chair))
    assert verified.member == committee.m1.card
    window.controller.revise("평가사유 보완")
    window._update_locked()
    assert window.panel.isEnabled() and window.controller.revision() == 2


def test_the_app_speaks_korean_by_default(qtbot, window, qapp, monkeypatch):
    monkeypatch.delenv("EVALUATOR_LANG", raising=False)
    assert chosen_language(QSettings()) in ("ko", "en")
    monkeypatch.setenv("EVALUATOR_LANG", "ko")
    assert chosen_language() == "ko"
    translators = install_translators(qapp, "ko")
    try:
        assert len(translators) == 2, "the Korean catalogues (ours, Qt's) were not loaded"
        korean = MainWindow(window.controller, window.settings, restore_layout=False)
        qtbot.addWidget(korean)
        menus = [a.text() for a in korean.menuBar().actions()]
        assert menus[0] == "평가(&E)" and "도움말(&H)" in menus
        assert korean.model.headerData(1, Qt.Orientation.Horizontal) == "신청기관"
        korean.panel.reveal_missing()
        assert "점수 미입력" in korean.panel.badges["1-1"].text()
        # core errors: a Korean headline by kind, then the core's exact finding
        tampered = describe_error(TamperedError("s.evb: the manifest is damaged"))
        assert tampered.startswith("사무국이 서명한 뒤 번들이 변조")
        assert tampered.endswith("기술 정보 (사무국 문의용): s.evb: the manifest is damaged")
        assert describe_error(WrongPassphraseError("wrong")).startswith("암호가 틀렸습니다")
        assert describe_error(OutsideWindowError("closed")).startswith("지금은 평가 기간이")
        assert describe_error(NotAddressedError("x")).startswith("귀하에게 발송된 번들이 아닙니다")
    finally:
        for t in translators:
            qapp.removeTranslator(t)


@pytest.fixture
def warnings_shown(monkeypatch):
    """Modal message boxes would block a test; record what they would have said."""
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def test_first_run_creates_an_identity_in_the_keyring(qtbot, home, memory_keyring,
                                                      warnings_shown):
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, None)
        qtbot.addWidget(welcome)
        assert welcome.pages.currentWidget() is welcome.create_page
        welcome.name.setText("김위원")
        welcome.affiliation.setText("서울대학교")
        with qtbot.waitSignal(welcome.identity_ready) as blocker:
            welcome.create_identity()
        identity = blocker.args[0]
        assert welcome.pages.currentWidget() is welcome.home_page
        assert identity.card.fingerprint in welcome.card_label.text()
        assert ws.get_setting("identity") == f"keyring:{identity.card.fingerprint}"
        assert len(memory_keyring._store) == 1 and warnings_shown == []


def test_first_run_without_a_keyring_points_to_an_identity_file(qtbot, home, warnings_shown,
                                                                tmp_path, monkeypatch):
    import keyring
    import keyring.backends.fail
    import platformdirs
    keyring.set_keyring(keyring.backends.fail.Keyring())
    documents = tmp_path / "문서"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    documents.mkdir()
    (documents / "김위원 신원.age").write_bytes(b"an identity made before")
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, None)
        qtbot.addWidget(welcome)
        welcome.name.setText("김위원")
        assert welcome.use_file.isChecked()  # offered first (issue 20 item 12), not tried
        assert "passphrase-protected file" in welcome.keyring_note.text()  # said in the app
        # a file is offered from the name, beside (never over) one made before
        assert welcome.file_path.text() == str(documents / "김위원 신원 (2).age")
        qtbot.keyClicks(welcome.file_path, "x")  # typed by the member: no longer offered
        welcome.name.setText("김평가")
        assert welcome.file_path.text() == str(documents / "김위원 신원 (2).agex")
        welcome.file_path.clear()
        welcome.create_identity()
        assert warnings_shown == ["Choose a file."]  # the file's questions, no keyring failure
        assert ws.get_setting("identity") is None


def test_opening_a_bundle_from_the_welcome_window(qtbot, committee, evb, home, warnings_shown):
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, committee.m1)
        qtbot.addWidget(welcome)
        assert welcome.pages.currentWidget() is welcome.home_page
        with qtbot.waitSignal(welcome.session_opened, timeout=20_000) as blocker:
            welcome.open_bundle(evb, confirm_first_use=False)
        assert blocker.args == [SID] and warnings_shown == []
        assert [s.id for s in ws.sessions()] == [SID]
        outsider = WelcomeWindow(ws, committee.outsider)
        qtbot.addWidget(outsider)
        outsider.open_bundle(evb, confirm_first_use=False)
        qtbot.waitUntil(lambda: bool(warnings_shown), timeout=20_000)
        assert "is not addressed to you" in warnings_shown[0]


def test_private_notes_are_saved_per_application_and_never_exported(qtbot, window):
    first = window.current
    type_korean(window.notes, "예산 근거 재확인")
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    ws = window.controller.ws
    assert ws.note(SID, first) == "예산 근거 재확인"
    assert window.notes.toPlainText() == ""  # the next application's (empty) note
    window.select_application(first)
    assert window.notes.toPlainText() == "예산 근거 재확인"


def test_grade_keys_score_the_focused_grade_item(qtbot):
    rubric = load_catalogue()["2025-diffusion-written"]
    panel = RubricPanel()
    qtbot.addWidget(panel)
    entries = ApplicationEntries()
    panel.load("A01", rubric, entries, evaluate(rubric, entries))
    panel.show()
    activate(qtbot, panel)
    panel.focus_entry("1-2")
    focused = focus_widget(qtbot)
    with qtbot.waitSignal(panel.edited) as blocker:
        qtbot.keyClick(focused, Qt.Key.Key_C)
    change = blocker.args[0]
    assert (change.entry_id, change.value) == ("1-2", "C")


def test_f8_walks_the_rubric_items_by_keyboard(qtbot, window):
    activate(qtbot, window)
    window.panel.focus_entry("G1")
    qtbot.keyClick(focus_widget(qtbot), Qt.Key.Key_F8)
    assert focus_widget(qtbot) is window.panel.inputs["G2"]
    qtbot.keyClick(focus_widget(qtbot), Qt.Key.Key_F8)
    assert focus_widget(qtbot) is window.panel.inputs["1-1"]
    qtbot.keyClick(focus_widget(qtbot), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert focus_widget(qtbot) is window.panel.inputs["G2"]


def test_text_search_in_the_document(qtbot, window):
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    view = window.pdf.current_view()
    view.find_field.setText("사업")
    view.find_next()
    qtbot.waitUntil(lambda: view.search_model.count() > 0, timeout=5_000)
    view.find_next()
    assert view.find_label.text().endswith(f"/ {view.search_model.count()}")


def test_filtering_by_status_and_the_page_list(qtbot, window):
    window.controller.ws.declare_conflict(SID, "A03", "relative", "사촌")
    window.controller.application_changed.emit("A03")
    window.status_filter.setCurrentIndex(3)  # recused only
    assert [window.proxy.data(window.proxy.index(r, 0)) for r in range(window.proxy.rowCount())
            ] == ["A03"]
    window.status_filter.setCurrentIndex(1)  # still to do
    assert window.proxy.rowCount() == 5
    window.status_filter.setCurrentIndex(0)
    window.select_application("A01")
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    view = window.pdf.current_view()
    assert view.pages.count() == 3
    view.pages.setCurrentRow(2)
    qtbot.waitUntil(lambda: view.view.pageNavigator().currentPage() == 2)
    assert view.page_label.text() == "3 / 3"


def test_start_up_flow_pledge_then_conflicts_then_main_window(qtbot, committee, evb, home,
                                                             monkeypatch):
    from ui.flow import AppFlow
    from ui.member.pledge_dialog import PledgeDialog
    ws = Workspace.open(home)
    open_bundle(ws, evb, committee.m1, now=KST)
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "declare_conflicts", lambda self: asked.append("coi"))
    monkeypatch.setattr(PledgeDialog, "exec", lambda self: PledgeDialog.DialogCode.Rejected)
    flow = AppFlow(ws, committee.m1, fail=asked.append)
    assert flow.start() and ws.pledge(SID) is None  # no pledge, no scoring window,
    assert not any(isinstance(w, MainWindow) for w in flow.windows)
    assert flow.welcome is not None and flow.welcome.isVisible()  # but the home window
    qtbot.addWidget(flow.welcome)
    monkeypatch.setattr(PledgeDialog, "exec", lambda self: PledgeDialog.DialogCode.Accepted)
    assert flow.start()
    assert ws.pledge(SID)["name"] == committee.m1.card.name
    window = flow.windows[-1]
    assert isinstance(window, MainWindow) and window.isVisible() and asked == ["coi"]
    qtbot.addWidget(window)
    window.open_requested.emit()  # Evaluation > Open another bundle or session…
    assert flow.welcome is not None and flow.welcome.isVisible()
    qtbot.addWidget(flow.welcome)
    flow.welcome.session_opened.emit(SID)
    assert not window.isVisible() and flow.windows[-1] is not window
    for w in flow.windows:
        w.close()
    ws.close()


def test_undo_and_redo_per_score_field(qtbot, window):
    window.select_application("A01")
    spin = window.panel.inputs["1-1"]
    ws = window.controller.ws
    spin.enter("7")
    spin.enter("8")
    assert ws.entries(SID, "A01").scores["1-1"].value == "8"
    undo = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    redo = QKeySequence(QKeySequence.StandardKey.Redo)[0]
    qtbot.keyClick(spin, undo.key(), undo.keyboardModifiers())
    assert ws.entries(SID, "A01").scores["1-1"].value == "7" and spin.text() == "7"
    qtbot.keyClick(spin, undo.key(), undo.keyboardModifiers())
    assert ws.entries(SID, "A01").scores["1-1"].value is None  # back to "not scored"
    qtbot.keyClick(spin, redo.key(), redo.keyboardModifiers())
    assert ws.entries(SID, "A01").scores["1-1"].value == "7"
    window.panel.inputs["1-2"].enter("3")  # another field keeps its own history
    qtbot.keyClick(spin, undo.key(), undo.keyboardModifiers())
    assert ws.entries(SID, "A01").scores["1-1"].value is None
    assert ws.entries(SID, "A01").scores["1-2"].value == "3"


def test_printing_only_when_the_bundle_allows_it(qtbot, window, committee, home, tmp_path):
    assert not window.print_action.isEnabled()  # the committee's bundle does not allow it
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))
    assert window.print_document(printer) == 0 and not (tmp_path / "never.pdf").exists()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # says why
    assert window.statusBar().currentMessage() == "The secretariat did not allow printing."
    spec = committee.spec.read_text(encoding="utf-8")
    allowed = committee.spec.with_name("allowed.toml")
    allowed.write_text(spec + "[bundle]\nallow_print = true\n", encoding="utf-8")
    evb = tmp_path / "allowed.evb"
    create_bundle(load_spec(allowed), committee.secretariat, evb)
    ws = Workspace.open(tmp_path / "other-home")
    open_bundle(ws, evb, committee.m1, now=KST)
    ws.accept_pledge(SID, "김위원", committee.m1.card.fingerprint)
    w = MainWindow(SessionController(ws, SID, committee.m1),
                   QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat),
                   restore_layout=False)
    qtbot.addWidget(w)
    assert w.print_action.isEnabled()
    qtbot.waitUntil(lambda: w.pdf.current_view() is not None, timeout=10_000)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert w.print_document(printer) == 3
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == 3
    w.close()
    ws.close()


def test_a_write_by_the_cli_shows_up_in_the_open_window(qtbot, window, home):
    window.select_application("A01")
    assert not window.controller.check_external_changes()  # nothing written elsewhere yet
    with Workspace.open(home) as cli:  # another connection: what `evaluator score set` does
        cli.set_score(SID, "A01", "1-1", "6", WHY)
    qtbot.waitUntil(lambda: window.panel.inputs["1-1"].text() == "6",
                    timeout=3 * window.controller.POLL_MS)
    row = next(r for r in window.model.rows() if r.id == "A01")
    assert row.status == "in-progress" and row.total == "6"
    assert not window.controller.check_external_changes()  # the app's own saves do not count


def main_file_alone(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    """The scores of A01 as the workspace file holds them without its WAL."""
    copy = tmp_path / "alone.sqlite"
    copy.write_bytes(ws.path.read_bytes())
    conn = sqlite3.connect(f"file:{copy}?immutable=1", uri=True)
    try:
        return dict(conn.execute("SELECT entry_id, value FROM entries WHERE application_id = "
                                 "'A01' AND kind = 'score'"))
    except sqlite3.OperationalError:  # not even the tables yet: all in the WAL
        return {}
    finally:
        conn.close()


def test_the_wal_is_checkpointed_while_the_member_pauses(qtbot, window, tmp_path):
    """Not by the edit that crosses SQLite's mark: a worker does it two seconds after the
    last save, on a connection of its own, and the window does not take it for a write by
    another program."""
    controller = window.controller
    assert controller.save(Change("A01", "score", "1-1", "4", WHY))
    assert main_file_alone(controller.ws, tmp_path).get("1-1") is None  # in the WAL only
    qtbot.waitUntil(lambda: main_file_alone(controller.ws, tmp_path).get("1-1") == "4",
                    timeout=controller.IDLE_CHECKPOINT_MS * 5)
    assert not controller.check_external_changes()


@pytest.fixture(scope="module")
def issues(committee, tmp_path_factory):
    return make_issues(committee, tmp_path_factory.mktemp("issues"))


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_a_corrected_bundle_is_applied_only_when_the_member_confirms(
        qtbot, committee, issues, home, monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(parent, title, text, *a, **kw):
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, committee.m1)
        qtbot.addWidget(welcome)
        with qtbot.waitSignal(welcome.session_opened, timeout=20_000):
            welcome.open_bundle(issues["first"], confirm_first_use=False)
        first_hash = ws.session(SID).manifest_sha256
        welcome.open_bundle(issues["corrected"], confirm_first_use=False)
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        assert "A02: changed" in asked[0]
        qtbot.wait(200)  # the answer is acted on synchronously; let any stray event settle
        replaced = ws.session(SID).manifest_sha256 != first_hash
        assert replaced == (answer == "Yes")
        bundles = sorted(p.name for p in (home / "bundles").iterdir())
        assert len(bundles) == (2 if answer == "Yes" else 1), bundles  # no leftover copy
        assert ws.audit_verify().ok
