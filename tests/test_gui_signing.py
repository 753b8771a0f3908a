"""Signing in the app with an identity file: the passphrase is asked again, off the GUI thread."""

from datetime import datetime

from identity_files import identity_file
from PySide6.QtCore import QSettings

from evaluator_app.errors import WorkspaceReadOnlyError
from evaluator_app.form import export_form, import_form
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import verify_sheet
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from evaluator_demo.play import fill_form_as_member
from ui.member.controller import SessionController
from ui.member.finalize_dialog import FinalizeDialog
from ui.member.main_window import MainWindow

SID = "2025-strong-small-written"
PASS = "usb stick passphrase"


def test_signing_with_an_identity_file_asks_its_passphrase(qtbot, committee, evb, home,
                                                           tmp_path):
    ws = Workspace.open(home)
    remember(ws, identity_file(committee.m1, tmp_path / "usb" / "m1.age", PASS),
             committee.m1.card)
    open_bundle(ws, evb, committee.m1, now=datetime.fromisoformat("2025-06-05T10:00:00+09:00"))
    ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
    for app in ws.applications(SID):
        if ws.coi_declaration(SID, app.id) is None:
            ws.declare_no_conflict(SID, app.id)
    export_form(ws, SID, tmp_path / "form.xlsx")
    fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
    import_form(ws, tmp_path / "filled.xlsx")
    window = MainWindow(SessionController(ws, SID, committee.m1),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        restore_layout=False)
    qtbot.addWidget(window)
    dialog = FinalizeDialog(window.controller, "", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.needs_passphrase and dialog.passphrase.isVisible() and dialog.sign.isEnabled()

    dialog._choose_folder()  # no passphrase yet: it says so instead of opening a folder dialog
    assert "passphrase" in dialog.result.text() and not window.controller.is_locked()

    dialog.passphrase.setText("not the passphrase")
    dialog.export_to(tmp_path / "sheets")
    qtbot.waitUntil(lambda: "wrong passphrase" in dialog.result.text(), timeout=20_000)
    assert dialog.sign.isEnabled() and not window.controller.is_locked()
    assert not (tmp_path / "sheets").exists() or not any((tmp_path / "sheets").iterdir())

    # the workspace refuses to record the export (read-only, full): the files written off-thread
    # are taken back, and the folder the export made with them (issue 17)
    real_lock = window.controller.lock

    def refuse(files):  # type: ignore[no-untyped-def]
        raise WorkspaceReadOnlyError(f"the workspace folder {home} is read-only")

    window.controller.lock = refuse  # type: ignore[method-assign]
    dialog.passphrase.setText(PASS)
    dialog.export_to(tmp_path / "stick" / "sheets")
    qtbot.waitUntil(lambda: "read-only" in dialog.result.text(), timeout=20_000)
    assert not (tmp_path / "stick").exists() and dialog.sign.isEnabled()
    window.controller.lock = real_lock  # type: ignore[method-assign]

    dialog.passphrase.setText(PASS)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_to(tmp_path / "sheets")
    assert dialog.passphrase.text() == ""  # not kept in the widget
    assert window.controller.is_locked()
    verified = verify_sheet(blocker.args[0].json, load_bundle(evb, committee.chair))
    assert verified.member == committee.m1.card
    window.close()
    ws.close()
