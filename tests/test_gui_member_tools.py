"""Issue 20 items 10–12 in the app: the offline form, the sheet preview, the overview grid and
page thumbnails from the member's window; moving a session to another laptop from the app; a
first run without an OS keyring (pytest-qt, offscreen, real workspaces and bundles)."""

import json

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from test_gui_member_day import SID, boxes, member_window, opened  # noqa: F401 (fixture)
from test_gui_member_polish import shot

from evaluator_app.form import export_form, import_form
from evaluator_app.workspace import Workspace
from evaluator_demo.play import fill_form_as_member


@pytest.fixture
def window(qtbot, committee, evb, home, tmp_path, boxes):  # noqa: F811
    with member_window(qtbot, committee, evb, home, tmp_path) as w:
        yield w


@pytest.fixture
def opened_urls(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def fill_all(ws: Workspace, tmp) -> None:
    export_form(ws, SID, tmp / "f.xlsx")
    fill_form_as_member(tmp / "f.xlsx", tmp / "filled.xlsx")
    import_form(ws, tmp / "filled.xlsx")


# ---- 10. from the app's menus ------------------------------------------------------------------

def menu_texts(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()[0].menu().actions()]


def test_the_offline_form_goes_out_and_comes_back_from_the_menu(
        qtbot, window, tmp_path, boxes):  # noqa: F811
    texts = menu_texts(window)
    assert "E&xport the offline form (Excel)…" in texts and "I&mport a filled form…" in texts
    window.export_form_to(tmp_path / "form.xlsx")  # (the file dialog's choice)
    qtbot.waitUntil(lambda: window.last_form is not None, timeout=10_000)
    assert (tmp_path / "form.xlsx").is_file()
    fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
    window.import_form_from(tmp_path / "filled.xlsx")  # in the worker, on its own connection
    qtbot.waitUntil(lambda: any("change(s)" in b for b in boxes), timeout=10_000)
    row = window.model.rows()[window.model.row_of("A01")]
    assert row.status == "complete"  # the window shows what the import stored
    assert window.panel.inputs["1-1"].text()  # and the open application's fields too


def test_the_sheet_preview_is_marked_unsigned_and_signs_nothing(
        qtbot, window, tmp_path, boxes, opened_urls, monkeypatch):  # noqa: F811
    import tempfile

    from pypdf import PdfReader
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # (the system's stays clean)
    (tmp_path / "tmp").mkdir()
    window.preview_sheet()  # nothing scored yet: says what is missing, writes nothing
    assert boxes and "still missing" in boxes[-1] and window.last_preview is None
    ws = window.controller.ws
    fill_all(ws, tmp_path)
    events = ws.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    window.preview_sheet()
    qtbot.waitUntil(lambda: window.last_preview is not None, timeout=20_000)
    assert opened_urls == [str(window.last_preview)]
    pages = PdfReader(window.last_preview).pages
    assert all("미리보기" in p.extract_text() for p in pages)
    assert "NOT SIGNED" in pages[0].extract_text()
    assert not window.controller.is_locked()  # not signed, not locked, nothing recorded
    assert ws.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events


def test_the_overview_shows_every_application_and_item_and_jumps_to_a_gap(
        qtbot, window, monkeypatch):
    from ui.member.overview_dialog import OverviewDialog
    window.panel.inputs["1-1"].enter("7.5")
    shown: list[OverviewDialog] = []
    monkeypatch.setattr(OverviewDialog, "exec", lambda self: shown.append(self) or 0)
    window.show_overview()
    table = shown[0].table
    shown[0].show()
    shot(shown[0], "overview")
    assert table.rowCount() == 6 and table.columnCount() > 10
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = next(r for r in range(6) if table.verticalHeaderItem(r).text().startswith("A01"))
    assert table.item(row, headers.index("1-1")).text() == "7.5"
    gap = headers.index("2-1")
    assert table.item(row, gap).text() == "—"  # missing, and red
    assert table.item(row, gap).foreground().color().name() == "#c0392b"
    other = next(r for r in range(6) if not table.verticalHeaderItem(r).text().startswith("A01"))
    app = table.verticalHeaderItem(other).text().split()[0]
    shown[0]._activated(other, gap)  # (a double-click) goes there
    assert window.current == app
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.panel.inputs["2-1"],
                    timeout=5_000)


def test_the_document_pane_lists_pages_as_thumbnails(qtbot, window):
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    view = window.pdf.current_view()
    assert view.pages.count() == view.document.pageCount() > 1
    icon = view.pages.item(0).icon()
    assert not icon.isNull()
    image = icon.pixmap(view.pages.iconSize()).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert len(colours) > 2  # a picture of the page, not a blank
    view.pages.setCurrentRow(1)  # and still jumps to the page
    qtbot.waitUntil(lambda: view.view.pageNavigator().currentPage() == 1, timeout=5_000)


# ---- 11. moving laptops, from the app ---------------------------------------------------------

def test_a_session_moves_to_another_laptop_from_the_app(
        qtbot, window, committee, tmp_path, boxes):  # noqa: F811
    from ui.welcome import WelcomeWindow
    texts = menu_texts(window)
    assert "Move this session to another &laptop…" in texts
    window.panel.inputs["1-1"].enter("7.5")
    window.export_move_to(tmp_path / "usb" / "moved.evm")
    qtbot.waitUntil(lambda: window.last_move is not None, timeout=20_000)
    assert "Only your identity opens it" in boxes[-1]
    with Workspace.open(tmp_path / "laptop-b") as ws:  # the other laptop, same identity
        welcome = WelcomeWindow(ws, committee.m1)
        qtbot.addWidget(welcome)
        assert welcome.recent.count() == 0 and welcome.moved_button.isVisibleTo(welcome)
        welcome.import_moved(tmp_path / "usb" / "moved.evm")
        qtbot.waitUntil(lambda: welcome.recent.count() == 1, timeout=20_000)
        assert "on this laptop now" in boxes[-1]
        assert ws.entries(SID, "A01").scores["1-1"].value == "7.5"
        assert ws.audit_verify().ok


def test_the_identity_is_backed_up_from_the_app(qtbot, window, committee, tmp_path,
                                                boxes):  # noqa: F811
    """Back up my identity: the dialog asks where and a passphrase twice (OK only when both
    are usable); the worker writes the file and reads it back; it opens with that passphrase."""
    from evaluator_app.trust.identity import load_identity_file
    from ui.widgets.identity_backup import IdentityBackupDialog

    assert "Back up my &identity to a file…" in menu_texts(window)
    dialog = IdentityBackupDialog(tmp_path / "usb" / "me.age", window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.passphrase.setText("짧은암호")
    assert not ok.isEnabled() and "now 4" in dialog.rule.text()
    dialog.passphrase.setText("백업 암호 열두 글자")
    dialog.passphrase2.setText("다른 암호입니다")
    assert not ok.isEnabled() and "differ" in dialog.rule.text()
    dialog.passphrase2.setText("백업 암호 열두 글자")
    assert ok.isEnabled()
    out, passphrase = dialog.chosen()
    window.backup_identity_to(out, passphrase)
    qtbot.waitUntil(lambda: window.last_identity_backup is not None, timeout=30_000)
    fp = committee.m1.card.fingerprint
    assert fp in boxes[-1] and "opened again" in boxes[-1]
    assert load_identity_file(out, passphrase).card.fingerprint == fp


def test_the_home_window_backs_up_the_identity_too(qtbot, committee, home, tmp_path,
                                                    monkeypatch, boxes):  # noqa: F811
    """The chair and the secretariat have no member window: the home window offers the same
    backup (the same dialog and worker)."""
    from PySide6.QtWidgets import QPushButton

    import ui.widgets.identity_backup as backup
    from evaluator_app.trust.identity import load_identity_file
    from ui.welcome import WelcomeWindow

    out = tmp_path / "chair-backup.age"
    monkeypatch.setattr(backup.IdentityBackupDialog, "exec", lambda self: 1)
    monkeypatch.setattr(backup.IdentityBackupDialog, "chosen",
                        lambda self: (out, "위원장 백업 암호 12"))
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, committee.chair)
        qtbot.addWidget(welcome)
        button = next(b for b in welcome.findChildren(QPushButton)
                      if b.text() == "Back up my identity to a file…")
        button.click()
        qtbot.waitUntil(lambda: out.exists() and bool(boxes), timeout=30_000)
        assert committee.chair.card.fingerprint in boxes[-1]
    assert load_identity_file(out, "위원장 백업 암호 12").card == committee.chair.card


# ---- 12. a first run without an OS keyring ---------------------------------------------------

def test_without_a_keyring_the_identity_file_is_offered_first(
        qtbot, home, tmp_path, monkeypatch):
    import keyring
    import keyring.backends.fail

    import ui.welcome
    from ui.welcome import WelcomeWindow
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a fresh Linux (restored by conftest)
    tried: list[str] = []
    monkeypatch.setattr(ui.welcome, "store_in_keyring", lambda identity: tried.append("x"))
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, None)
        qtbot.addWidget(welcome)
        assert welcome.use_file.isChecked() and not welcome.use_keyring.isEnabled()
        assert "no OS keyring" in welcome.keyring_note.text()
        welcome.show()
        shot(welcome, "first-run-without-keyring")
        form = welcome.use_file.parentWidget().layout()
        order = [form.itemAt(i).widget() for i in range(form.count())]
        assert order.index(welcome.use_file) < order.index(welcome.use_keyring)
        welcome.name.setText("김위원")
        welcome.file_path.setText(str(tmp_path / "id.age"))
        welcome.passphrase.setText("correct horse battery")
        welcome.passphrase2.setText("correct horse battery")
        welcome.create_identity()
        qtbot.waitUntil(lambda: welcome.identity is not None, timeout=20_000)
        assert tried == [] and (tmp_path / "id.age").is_file()
        assert json.loads(ws.get_setting("identity_card"))["name"] == "김위원"
        assert ws.get_setting("identity").startswith("file:")


def test_with_a_keyring_it_stays_the_first_choice(qtbot, home):
    from ui.welcome import WelcomeWindow
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, None)
        qtbot.addWidget(welcome)
        assert welcome.use_keyring.isChecked() and welcome.use_keyring.isEnabled()
        assert not welcome.keyring_note.text()
