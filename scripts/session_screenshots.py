"""Render the 발표 day's screens (in Korean, 1366×768) into docs/screenshots/:
session-1-draw.png, session-2-board.png (partial hand-ins, 잠정), session-3-timer-warning.png,
session-4-projector.png, session-5-final.png and member-presentation.png.

Run: .venv/bin/python scripts/session_screenshots.py [OUT_DIR]   (offscreen, no display needed)
"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))

from big_committee import build_big_committee  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_consolidation import scores_of  # noqa: E402

from evaluator_app.paths import resources_dir  # noqa: E402
from evaluator_app.trust.bundle import load_bundle  # noqa: E402
from evaluator_demo.committee_sim import sign_sheet  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.session.window import ReviewWindow  # noqa: E402

REVIEW = '[session.review]\npresentation_minutes = 12\nquestions_minutes = 8\norder = "draw"'


SIZE = (1366, 768)


def wait(app: QApplication, until, limit_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until `until()` (not app.exec/quit: Qt 6's quit() closes windows)."""
    deadline = time.monotonic() + limit_ms / 1000
    while not until() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def shoot(app: QApplication, widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    wait(app, lambda: False, 400)
    widget.grab().save(str(path))
    print(f"wrote {path}")


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def member_presentation(app: QApplication, tmp: Path, out: Path) -> None:
    from datetime import datetime

    from committee import build_committee
    from test_member_presentation import score_app
    from test_review import presentation_spec

    from evaluator_app.session_spec import load_spec
    from evaluator_app.trust.bundle import create_bundle
    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.workspace import Workspace
    from ui.member.controller import SessionController
    from ui.member.presentation import PresentationWindow

    committee = build_committee(tmp / "small")
    evb = tmp / "presentation.evb"
    create_bundle(load_spec(presentation_spec(committee, tmp)), committee.secretariat, evb)
    ws = Workspace.open(tmp / "home")
    open_bundle(ws, evb, committee.m1, now=datetime.fromisoformat("2025-06-05T10:00:00+09:00"))
    sid = ws.sessions()[0].id
    ws.accept_pledge(sid, committee.m1.card.name, committee.m1.card.fingerprint)
    score_app(ws, "A02", "B")
    ws.set_note(sid, "A01", "Q. 실증 후 운영비는 누가 부담하나?\nA. 시비 30%, 민간 70% (협약 예정)")
    window = PresentationWindow(SessionController(ws, sid, committee.m1), "A01",
                                QSettings(str(tmp / "m.ini"), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: bool(window.pdf.views()))
    window.message.setText("1차 제출 완료: …-r1-p1.json. USB를 간사에게 전달하십시오. 채점은 "
                           "계속할 수 있습니다.")
    window.message.setStyleSheet("background: rgba(46, 158, 79, 60); padding: 6px;")
    wait(app, lambda: False, 700)
    shoot(app, window, out / "member-presentation.png")
    window.close()
    ws.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["EVALUATOR_HOME"] = str(tmp / "home")
    app = QApplication([])
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    app.setFont(QFont("NanumGothic", 10))
    install_translators(app, "ko")
    QCoreApplication.setOrganizationName("evaluation-desk-screenshots")
    big = build_big_committee(tmp / "committee", session_extra=REVIEW)
    bundle = load_bundle(big.evb, big.chair)
    clock = Clock()
    window = ReviewWindow(big.evb, big.chair, None,
                          QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), clock,
                          tmp / "handins")
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: window.store is not None)
    window.agenda.draw()
    shoot(app, window, out / "session-1-draw.png")

    order = window.agenda.order
    for i, m in enumerate(big.members):  # after two presentations; one member is late
        if i != 4:
            sign_sheet(bundle, m, {a: scores_of(i)[a] for a in order[:2]}, tmp / "usb" / f"m{i}",
                       partial=1)
    sign_sheet(bundle, big.members[4], {order[0]: scores_of(4)[order[0]]}, tmp / "usb" / "m4",
               partial=1)
    window.go_to(2)
    window.outcome = None
    window.take_in([tmp / "usb"])
    wait(app, lambda: window.board.latest != {})
    wait(app, lambda: not window.chair.busy)
    window.timer.toggle()
    clock.now += 11 * 60 + 18  # 42 s left of the presentation
    window.timer.tick()
    shoot(app, window, out / "session-2-board.png")
    window.tabs.setCurrentIndex(1)
    window.chair.tabs.setCurrentIndex(1)
    shoot(app, window, out / "session-3-provisional.png")
    window.tabs.setCurrentIndex(0)
    window.toggle_projector()
    shoot(app, window, out / "session-4-projector.png")
    window.toggle_projector()

    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, scores_of(i), tmp / "usb" / f"m{i}")
    window.resize(*SIZE)
    window.take_in([tmp / "usb"])
    wait(app, lambda: window.final_button.isEnabled(), 60_000)
    window.chair.sign_to(tmp / "result")
    wait(app, lambda: window.report is not None, 60_000)
    window.chair.tabs.setCurrentIndex(3)
    shoot(app, window, out / "session-5-final.png")
    window.close()
    member_presentation(app, tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
