"""What a newcomer 간사 met preparing a 강소형 round from nothing at 1366×768 (16 applicants from a
CP949 CSV, a folder of Hangul-named PDFs with a stray 접수대장.hwp, eight cards, two conflicts,
the bundle, then three members' hand-ins), each driven through the real window offscreen in
Korean, as it ships."""

from pathlib import Path

import pytest
from pdf_files import write_pdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from qt_helpers import type_korean
from test_desk_resend import board
from test_desk_trips import open_desk, people, ready_round, settle, window  # noqa: F401 (fixtures)

import ui.secretariat.collect_page
from evaluator_app.errors import IdentityError
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import store_in_keyring
from evaluator_demo.committee_sim import sign_sheet
from ui.secretariat.identity import SecretariatKey
from ui.secretariat.state import DeskState
from ui.secretariat.window import DeskWindow

pytestmark = pytest.mark.usefixtures("korean")
IN_WINDOW = "2030-06-03T10:00:00+09:00"  # inside the window open_desk sets


def sign_bundle(qtbot, desk: DeskWindow, folder: Path) -> None:
    desk.show_page(4)
    desk.send_page.folder.setText(str(folder))
    with qtbot.waitSignal(desk.send_page.made, timeout=60_000):
        desk.send_page.sign_button.click()


def test_the_bundle_folder_offered_follows_the_round_until_one_is_chosen(
        qtbot, window):  # noqa: F811
    """The folder was offered once, from the round the desk opened on (거점형): a 강소형 round
    set afterwards was written into ".../<year>-base-written/"."""
    send = window.send_page
    assert Path(send.folder.text()).name.endswith("-base-written")
    page = window.round_page
    page.program.setCurrentIndex(page.program.findData("strong-small"))
    assert Path(send.folder.text()).name == window.state.session_id()
    assert window.state.session_id().endswith("-strong-small-written")
    page.year.setValue(2031)
    assert Path(send.folder.text()).name == "2031-strong-small-written"

    chosen = Path("/tmp/사무국/발송")  # typed by the 간사: it stays whatever the round says
    send.folder.clear()
    QTest.keyClicks(send.folder, "/tmp/")
    type_korean(send.folder, "사무국/발송")
    page.year.setValue(2032)
    assert Path(send.folder.text()) == chosen
    assert window.state.spec_path == str(chosen / "spec.toml")
    send.folder.selectAll()  # emptied: the folder offered for the round again
    QTest.keyClick(send.folder, Qt.Key.Key_Delete)
    page.year.setValue(2033)
    assert Path(send.folder.text()).name == "2033-strong-small-written"
    assert window.state.spec_path == ""


def test_with_no_secretariat_identity_the_send_page_says_what_comes_first(
        qtbot, home, people, tmp_path, monkeypatch):  # noqa: F811
    """A round with nothing to fix said "ready to sign" and ticked step 5 while Sign was greyed
    out for want of an identity; now it says to create the identity first, and ticks step 5
    once there is one to sign with."""
    desk = open_desk(qtbot, monkeypatch)  # a new workspace: no identity in it
    ready_round(qtbot, desk, people, tmp_path)
    send = desk.send_page
    said = send.findings.item(0).text()
    assert "사무국 신원" in said and "서명할 수 있습니다" not in said, said
    assert "✓" not in desk.steps.item(4).text()
    assert not send.sign_button.isEnabled()

    send._identity_made(people.secretariat, store_in_keyring(people.secretariat))
    assert "서명할 수 있습니다" in send.findings.item(0).text()
    assert "✓" in desk.steps.item(4).text()
    assert send.sign_button.isEnabled()


def test_a_sheet_handed_in_without_its_signature_is_on_the_board(
        qtbot, window, people, tmp_path):  # noqa: F811
    """박지훈 copied his sheet and its PDF but not the .minisig: the board said "미제출" for him
    and nothing of the file, so the 간사 would have phoned him for a sheet he had handed in."""
    ready_round(qtbot, window, people, tmp_path)
    sign_bundle(qtbot, window, tmp_path / "발송")
    usb = tmp_path / "회수"
    sheet = sign_sheet(load_bundle(Path(window.state.bundle_path), people.chair),
                       people.members[0], {"A01": 80, "A02": 70}, usb, created=IN_WINDOW)
    Path(str(sheet) + ".minisig").unlink()
    window.show_page(5)
    collect = window.collect_page
    collect.use_folder(str(usb))
    rows = board(qtbot, collect)
    assert rows["위원1"][0] == "미제출"  # what the core says of him: no sheet counted
    handed, _sheet, verdict, why = rows["(읽지 않은 파일)"]
    assert handed == "제출" and verdict == "읽지 않음", rows
    assert why.startswith(sheet.name) and ".minisig" in why, why
    assert "1개는 평가표로 읽지 않았습니다" in collect.summary.text(), collect.summary.text()

    Path(str(sheet) + ".minisig").write_bytes(b"")  # the .minisig brought along: no stray line
    rows = board(qtbot, collect)
    assert "(읽지 않은 파일)" not in rows and "읽지 않았습니다" not in collect.summary.text()


def test_the_desk_opened_again_after_sending_still_says_what_to_hand_to_whom(
        qtbot, window, people, tmp_path, monkeypatch):  # noqa: F811
    """The hand-out list (the bundle, the card, the fingerprint to read on the phone) was shown
    once, right after signing, and gone when the desk was opened the next day."""
    ready_round(qtbot, window, people, tmp_path)
    sign_bundle(qtbot, window, tmp_path / "발송")
    handout = window.send_page.handout.toPlainText()
    assert ".minisig" in handout  # the three files a sheet comes back as
    window.close()

    again = DeskWindow(DeskState.from_json(window.state.to_json()),
                       SecretariatKey.of_workspace(), None)
    qtbot.addWidget(again)
    again.show()
    settle(qtbot, again)
    again.show_page(4)
    assert again.send_page.handout.isVisible()
    text = again.send_page.handout.toPlainText()
    assert text == handout, (text, handout)
    assert people.secretariat.card.fingerprint in text and "평가위원 2명" in text

    again.round_page.title.setText("2030 강소형 스마트도시 서면평가 (정정)")  # edited since:
    settle(qtbot, again)  # the list of the bundle the members hold stays
    assert again.sent_changes and again.send_page.handout.isVisible()


def test_a_table_that_cannot_be_read_speaks_to_the_secretariat(
        qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    """A damaged workbook was "the session's rubric or descriptions are wrong; ask the
    secretariat for a corrected bundle" — said to the secretariat, of a table."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    damaged = tmp_path / "신청기관 목록.xlsx"
    damaged.write_bytes(b"not a workbook")
    window.applicants_page.import_table(damaged)
    assert len(said) == 1 and said[0].startswith("표 신청기관 목록.xlsx을(를) 읽을 수 없습니다")
    assert "번들" not in said[0] and "사무국에" not in said[0], said[0]
    assert "not a readable .xlsx workbook" in said[0]  # the core's finding, as details
    assert window.state.rows == []

    window.round_page.import_table(damaged)  # the rubric's table: the same, in its words
    assert len(said) == 2 and "평가표는 그대로입니다" in said[1] and "번들" not in said[1]


def test_the_applicants_findings_say_what_to_do(qtbot, window, tmp_path):  # noqa: F811
    """Sixteen rows pasted said sixteen times "add a PDF to this row" (not the folder); a
    stray 접수대장.hwp was told to be renamed after an application; a 구 under 거점형 was
    quoted twice (''구'')."""
    apps = window.applicants_page
    QGuiApplication.clipboard().setText(
        "신청번호\t신청기관\t기관 유형\t사업명\n"
        "A01\t울산 북구\t구\t북구 물·에너지 자립도시\n"
        "A02\t경북 영주시\t시\t영주 상생도시\n")
    apps.paste()
    settle(qtbot, window)
    rows = [f.sentence for f in window.findings if f.page == 1]
    assert sum("문서 폴더를 고르거나" in s for s in rows) == 2, rows
    kind = next(s for s in rows if "기관 유형" in s)
    assert "'구'은(는)" in kind and "''" not in kind, kind

    docs = tmp_path / "신청서"
    write_pdf(docs / "A01_사업계획서.pdf")
    write_pdf(docs / "A02_사업계획서.pdf")
    (docs / "접수대장.hwp").write_bytes(b"HWP Document File")
    with qtbot.waitSignal(apps.folder_read, timeout=20_000):
        apps.read_folder(docs)
    settle(qtbot, window)
    listed = [apps.findings.item(i).text() for i in range(apps.findings.count())]
    stray = next(t for t in listed if "접수대장.hwp" in t)
    assert "번들에 넣지 않는" in stray and "신청 문서라면" in stray, stray


def test_a_board_that_fails_says_how_to_try_again(
        qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    """A wrong passphrase said "type it again" with nothing asking for it: Refresh does."""
    def wrong(*_a: object) -> None:
        raise IdentityError("wrong passphrase for the identity file")

    monkeypatch.setattr(ui.secretariat.collect_page, "board", wrong)
    usb = tmp_path / "usb"
    usb.mkdir()
    window.state.bundle_path = str(tmp_path / "round.evb")
    collect = window.collect_page
    collect.load()
    collect.use_folder(str(usb))
    qtbot.waitUntil(lambda: not collect.busy, timeout=10_000)
    assert "새로 고침(F5)" in collect.summary.text(), collect.summary.text()
    # the details are the 간사's own to read, not "for the secretariat" to be asked about
    assert "기술 정보: wrong passphrase" in collect.summary.text(), collect.summary.text()
    assert "사무국 문의용" not in collect.summary.text()
