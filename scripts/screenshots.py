"""Render every screen of the member's app (in Korean) into docs/screenshots/*.png.

Run: .venv/bin/python scripts/screenshots.py [OUT_DIR]   (no display needed: offscreen)
It builds a demo round with in-memory identities in a temporary folder; nothing else changes.
"""

import os
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from evaluator_app.errors import EvaluatorError
from evaluator_app.form import export_form, import_form
from evaluator_app.paths import resources_dir
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.workspace import Workspace
from evaluator_demo.example import SESSION_ID, build_demo
from evaluator_demo.play import add_roster, fill_form_as_member
from ui.i18n import install_translators
from ui.member.conflicts_dialog import ConflictsDialog
from ui.member.controller import SessionController
from ui.member.finalize_dialog import FinalizeDialog
from ui.member.main_window import MainWindow
from ui.member.pledge_dialog import PledgeDialog
from ui.texts import describe_error
from ui.welcome import WelcomeWindow


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, s: str, u: str) -> str | None:
        return self.store.get((s, u))

    def set_password(self, s: str, u: str, p: str) -> None:
        self.store[(s, u)] = p

    def delete_password(self, s: str, u: str) -> None:
        self.store.pop((s, u), None)


def settle(app: QApplication, ms: int = 600) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def shoot(app: QApplication, widget: QWidget, path: Path, ms: int = 400) -> None:
    widget.show()
    settle(app, ms)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    app = QApplication([])
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    app.setFont(QFont("NanumGothic", 10))
    install_translators(app, "ko")
    QCoreApplication.setOrganizationName("evaluation-desk-screenshots")

    people = {"secretariat": Identity.generate("사무국 (KAIA)", "", "secretariat"),
              "chair": Identity.generate("정위원장", "한양대학교", "chair"),
              "m1": Identity.generate("김위원", "서울대학교 도시공학과"),
              "m2": Identity.generate("이위원", "KAIST")}
    for name, ident in people.items():
        ident.card.save(tmp / f"{name}.json")
    spec = build_demo(tmp / "round")
    add_roster(spec, datetime.now().astimezone())
    evb = tmp / "session.evb"
    create_bundle(load_spec(spec), people["secretariat"], evb)

    with Workspace(tmp / "fresh" / "workspace.sqlite") as fresh:
        welcome = WelcomeWindow(fresh, None)
        welcome.name.setText("김위원")
        welcome.affiliation.setText("서울대학교 도시공학과")
        shoot(app, welcome, out / "1-welcome.png")
    ws = Workspace(tmp / "m1" / "workspace.sqlite")
    open_bundle(ws, evb, people["m1"])
    home = WelcomeWindow(ws, people["m1"])
    shoot(app, home, out / "2-card-and-sessions.png")
    shoot(app, PledgeDialog(ws.pledge_text(SESSION_ID), "김위원"), out / "3-pledge.png")
    ws.accept_pledge(SESSION_ID, "김위원", people["m1"].card.fingerprint)
    controller = SessionController(ws, SESSION_ID, people["m1"])
    shoot(app, ConflictsDialog(controller), out / "4-conflicts.png")
    form = tmp / "form.xlsx"
    export_form(ws, SESSION_ID, form)
    fill_form_as_member(form, tmp / "filled.xlsx")
    import_form(ws, tmp / "filled.xlsx")
    ws.set_score(SESSION_ID, "A02", "2-3", None)  # one item left, for the checklist
    window = MainWindow(controller, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                        restore_layout=False)
    window.resize(1366, 768)  # the member's laptop
    window.select_application("A02")
    settle(app, 1000)
    view = window.pdf.current_view()
    if view is not None:  # a private highlight, made as a member would: find, then Ctrl+H
        view.find_field.setText("지역소멸에 대응")
        view.find_next()
        settle(app, 500)
        view.find_next()
        view.highlight_found()
        view.find_field.clear()
        view.search_model.setSearchString("")
    shoot(app, window, out / "5-scoring.png", ms=1000)
    shoot(app, FinalizeDialog(controller, "", window), out / "6-finalize.png")
    altered = tmp / "altered.evb"  # what a member sees when a bundle was tampered with
    with zipfile.ZipFile(evb) as src, zipfile.ZipFile(altered, "w") as forged:
        for info in src.infolist():  # the manifest's signature no longer matches
            body = src.read(info)
            if info.filename == "manifest.minisig":
                body = body[:-20] + b"A" * 10 + body[-10:]
            forged.writestr(info, body)
    try:
        open_bundle(ws, altered, people["m1"])
    except EvaluatorError as e:
        box = QMessageBox(QMessageBox.Icon.Warning, "번들 열기", describe_error(e))
        shoot(app, box, out / "8-error.png")
    if os.environ.get("SCREENSHOT_DARK"):  # what a dark desktop theme hands the app
        from PySide6.QtGui import QColor, QPalette
        dark = QPalette()
        for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                             (QPalette.ColorRole.WindowText, "#e8e8e8"),
                             (QPalette.ColorRole.Base, "#1e1e1e"),
                             (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
                             (QPalette.ColorRole.Text, "#e8e8e8"),
                             (QPalette.ColorRole.Button, "#3a3a3a"),
                             (QPalette.ColorRole.ButtonText, "#e8e8e8"),
                             (QPalette.ColorRole.Highlight, "#3d6fb6"),
                             (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
        shoot(app, window, out / "7-scoring-dark.png", ms=800)
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
