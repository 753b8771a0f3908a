"""The chair's day at 1366×768, scripted (pytest-qt; issue 20 items 1 and 3): the window opened
on the collected folder as `--consolidate BUNDLE --sheets DIR` does, a tampered sheet blocking
the signature, the member excluded with a reason, the signature, then the next step — open and
print the 종합평가표, who signs it on paper, what goes to the secretariat. With
SAVE_SCREENSHOTS=1 the pictures go to docs/screenshots/chair-walk-*.png:

    SAVE_SCREENSHOTS=1 .venv/bin/python -m pytest -q tests/test_gui_chair_walk.py
"""

import os
from pathlib import Path

import pytest
from chair_scenario import TAMPERED_MEMBER, write_sheets
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from test_chair_window import exclude_tampered

import ui.screen_fit
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import save_identity_file
from ui.chair.window import ChairWindow

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 without the task bar
DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PASS = "chair walk passphrase"

pytestmark = pytest.mark.usefixtures("korean")  # as the app ships


@pytest.fixture
def shots(qapp, tmp_path, monkeypatch) -> Path:
    from PySide6.QtGui import QFont, QFontDatabase

    from evaluator_app.paths import resources_dir
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: LAPTOP)
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    font = qapp.font()
    qapp.setFont(QFont("NanumGothic", 10))
    out = DOCS if os.environ.get("SAVE_SCREENSHOTS") else tmp_path / "shots"
    out.mkdir(parents=True, exist_ok=True)
    yield out
    qapp.setFont(font)


def shoot(qtbot, widget, path: Path) -> None:
    qtbot.wait(100)
    image = widget.grab().toImage()
    image.convertToFormat(image.Format.Format_Indexed8).save(str(path))


def test_the_chairs_day_from_the_collected_folder_to_the_paper(qtbot, big, shots, tmp_path,
                                                               monkeypatch):
    collected = write_sheets(load_bundle(big.evb, big.chair), big.members,
                             tmp_path / "collected")
    identity_file = tmp_path / "usb" / "chair.age"
    save_identity_file(big.chair, identity_file, PASS)
    window = ChairWindow(big.evb, big.chair, identity_file,
                         QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                         sheets=[collected])  # as --sheets DIR and the secretariat's desk
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.settled, timeout=60_000):
        window.show()
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()
    assert window.sources_label.text() == "폴더 1곳"
    assert "서명할 수 없습니다" in window.banner.text() and not window.sign_button.isEnabled()
    shoot(qtbot, window, shots / "chair-walk-1-opened-blocked.png")

    exclude_tampered(qtbot, window, big)
    assert window.sign_button.isEnabled()
    window.tabs.setCurrentIndex(3)
    shoot(qtbot, window, shots / "chair-walk-2-signable.png")

    out = tmp_path / "result"
    with qtbot.waitSignal(window.exported, timeout=60_000):
        window.sign_to(out, PASS)
    steps = window.next_steps
    assert steps.isVisibleTo(window) and steps.report == out / "report.pdf"
    shoot(qtbot, window, shots / "chair-walk-3-next-steps.png")

    # who signs the paper: the chair and every member whose sheet counted — not 강위원
    chair, members = big.chair.card.name, [m.card.name for m in big.members]
    signers = steps.signers.text()
    assert f"위원장 {chair}" in signers
    excluded = members[TAMPERED_MEMBER]
    assert all(m in signers for m in members if m != excluded) and excluded not in signers
    # what goes to the secretariat: the paper original, the signed result, the sheets
    sent = steps.secretariat.text()
    assert sent.startswith("사무국에 보낼 것: 서명한 종이 원본 (report.pdf)")
    assert "result.json + result.json.minisig" in sent and collected.name in sent
    assert str(out / "result.json.minisig") in steps.secretariat.toolTip()

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    steps.open_button.click()
    assert opened == [str(out / "report.pdf")]

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # no real printer: a PDF one
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    report = QPdfDocument()
    report.load(str(out / "report.pdf"))
    with qtbot.waitSignal(steps.printed) as printed:
        assert steps.print_report(printer) == report.pageCount() >= 2
    assert printed.args == [report.pageCount()]
    paper = QPdfDocument()
    paper.load(str(tmp_path / "printed.pdf"))
    assert paper.pageCount() == report.pageCount()
    assert paper.pagePointSize(0).width() > paper.pagePointSize(0).height()  # A4 landscape

    window.add_paths([tmp_path / "usb"])  # a change: the next steps were for another result
    assert not steps.isVisibleTo(window)
    window.close()
