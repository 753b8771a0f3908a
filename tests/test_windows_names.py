"""Windows treats file names without regard to case: so does the app where it looks at one."""

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent

from evaluator_app.workspace import Workspace
from ui.welcome import WelcomeWindow


def _drag(window: WelcomeWindow, name: str, tmp_path) -> bool:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    return event.isAccepted()


def test_a_bundle_dropped_with_an_upper_case_extension_is_taken(qtbot, home, tmp_path):
    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, None)
        qtbot.addWidget(welcome)
        assert _drag(welcome, "2025-세션.evb", tmp_path)
        assert _drag(welcome, "2025-세션.EVB", tmp_path)  # as a USB stick or a mail gave it
        assert not _drag(welcome, "사업계획서.pdf", tmp_path)
