"""Render the chair's window (in Korean, 1366×768) into docs/screenshots/chair-*.png.

Run: .venv/bin/python scripts/chair_screenshots.py [OUT_DIR]   (no display needed: offscreen)
It builds the seven-member committee of tests/chair_scenario.py in a temporary folder.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from big_committee import build_big_committee  # noqa: E402
from chair_scenario import TAMPERED_MEMBER, write_sheets  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from evaluator_app.consolidation import Exclusion  # noqa: E402
from evaluator_app.paths import resources_dir  # noqa: E402
from evaluator_app.trust.bundle import load_bundle  # noqa: E402
from ui.chair.dialogs import ExclusionDialog  # noqa: E402
from ui.chair.window import ChairWindow  # noqa: E402
from ui.i18n import install_translators  # noqa: E402

SIZE = (1366, 768)


def wait(app: QApplication, until, limit_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not until() and waited < limit_ms:
        QTimer.singleShot(50, app.quit)
        app.exec()
        waited += 50


def shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    wait(app, lambda: False, 400)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    app = QApplication([])
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    app.setFont(QFont("NanumGothic", 10))
    install_translators(app, "ko")
    QCoreApplication.setOrganizationName("evaluation-desk-screenshots")
    big = build_big_committee(tmp / "committee")
    sheets = write_sheets(load_bundle(big.evb, big.chair), big.members, tmp / "sheets")
    settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)

    window = ChairWindow(big.evb, big.chair, None, settings)
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: window.bundle is not None)
    window.add_paths([sheets])
    wait(app, lambda: window.outcome is not None)
    shoot(app, window, out / "chair-1-verification-blocked.png")
    dialog = ExclusionDialog(window.bundle.roster()[1:], [], window)  # type: ignore[union-attr]
    dialog.exclude(big.members[TAMPERED_MEMBER].card.fingerprint,
                   "서명 후 변경된 평가표 (재제출 불가)")
    shoot(app, dialog, out / "chair-2-exclusion.png")
    dialog.close()
    window.outcome = None
    window.set_exclusions([Exclusion(big.members[TAMPERED_MEMBER].card.fingerprint,
                                     "서명 후 변경된 평가표 (재제출 불가)")])
    wait(app, lambda: window.outcome is not None)
    window.tabs.setCurrentIndex(1)
    shoot(app, window, out / "chair-3-scores.png")
    window.tabs.setCurrentIndex(2)
    window.chart_app.setCurrentIndex(window.chart_app.findData("A01"))
    shoot(app, window, out / "chair-4-charts.png")
    window.tabs.setCurrentIndex(3)
    shoot(app, window, out / "chair-5-ranking.png")
    member = ChairWindow(big.evb, big.members[0], None, settings)
    member.resize(*SIZE)
    member.show()
    wait(app, lambda: member.bundle is not None)
    member.add_paths([sheets])
    wait(app, lambda: member.outcome is not None)
    member.tabs.setCurrentIndex(1)
    shoot(app, member, out / "chair-6-member-verifies.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
