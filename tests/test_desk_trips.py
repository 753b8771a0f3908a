"""What a first-time 간사 tripped on in the desk (a walk at 1366×768), each driven through the
real window offscreen: findings that hid each other, steps that threw work away without asking,
the collection board's folder field."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMessageBox
from round_helpers import make_people, save_cards

import ui.screen_fit
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from ui.secretariat.identity import SecretariatKey
from ui.secretariat.state import DeskState
from ui.secretariat.window import DeskWindow

LAPTOP = QRect(0, 0, 1366, 728)

pytestmark = pytest.mark.usefixtures("korean")  # as the app ships


@pytest.fixture
def people():
    return make_people(2)


def open_desk(qtbot, monkeypatch) -> DeskWindow:
    """The desk on the workspace's identity (whatever it is), a window set ahead, no draft."""
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: LAPTOP)
    state = DeskState()
    state.opens, state.closes = "2030-06-02T09:00:00+09:00", "2030-06-09T18:00:00+09:00"
    w = DeskWindow(state, SecretariatKey.of_workspace(), None)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def window(qtbot, home, people, monkeypatch):
    """The desk on a keyring secretariat identity, a window set ahead, no draft file."""
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: LAPTOP)
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(people.secretariat), people.secretariat.card)
    return open_desk(qtbot, monkeypatch)


def settle(qtbot, window: DeskWindow) -> None:
    window._check_timer.stop()
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.check()


def test_each_unconfirmed_card_is_its_own_finding(qtbot, window, people, tmp_path):
    """Three cards not compared yet are three findings (they were said once, for one card)."""
    window.show_page(2)
    window.committee_page.add_cards([save_cards(people, tmp_path / "카드")])
    settle(qtbot, window)
    unconfirmed = [f for f in window.findings if f.page == 2 and "지문" in f.sentence]
    assert sorted(f.where for f in unconfirmed) == ["m1.json", "m2.json", "위원장.json"]
    assert "⚠ 3" in window.steps.item(2).text()
    window.committee_page.confirm(0, "phone")
    settle(qtbot, window)
    assert len([f for f in window.findings if f.page == 2 and "지문" in f.sentence]) == 2


def test_a_sheets_folder_typed_in_is_looked_at_once_finished(qtbot, window, tmp_path,
                                                             monkeypatch):
    """Typing the path key by key looked at "/" (the whole disk) at the first key and asked
    for the passphrase mid-word; now the folder counts on Enter (or on leaving the field)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    usb = tmp_path / "usb"
    usb.mkdir()
    window.state.bundle_path = str(tmp_path / "round.evb")
    window.collect_page.load()
    looked: list[str] = []
    monkeypatch.setattr(window.collect_page, "refresh",
                        lambda *a: looked.append(window.state.sheets_folder))
    window.show_page(5)
    qtbot.wait(20)  # the page painted: nothing to draw yet (no folder)
    field = window.collect_page.folder.lineEdit()
    field.setFocus()
    QTest.keyClicks(field, str(usb))
    assert looked == []  # not at "/", "/t", … nor at the folder itself before Enter
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert looked == [str(usb)]
    assert window.collect_page.watcher.directories() == [str(usb)]  # followed from now on


def test_the_board_is_drawn_again_when_the_desk_opens_on_a_chosen_folder(qtbot, window,
                                                                         tmp_path, monkeypatch):
    """A desk started again with its bundle and folder: the board was empty under the folder
    and said "choose the folder"; now it is drawn on arrival, and the folder watched."""
    usb = tmp_path / "usb"
    usb.mkdir()
    window.state.bundle_path = str(tmp_path / "round.evb")
    window.state.sheets_folder = str(usb)
    page = window.collect_page
    page.load()
    looked: list[str] = []
    monkeypatch.setattr(page, "refresh", lambda *a: looked.append(window.state.sheets_folder))
    window.show_page(5)
    qtbot.waitUntil(lambda: looked == [str(usb)], timeout=5_000)
    assert page.watcher.directories() == [str(usb)]
    assert "고르십시오" not in page.summary.text()  # not told to choose what is chosen
    page.use_folder(str(usb))  # the same folder chosen again is looked at again
    assert looked == [str(usb)] * 2
    page.use_folder(str(tmp_path / "E드라이브"))  # not plugged in
    assert "E드라이브" in page.summary.text() and len(looked) == 2


TABLE = ("신청번호\t신청기관\t기관 유형\t인구\t세부유형\t사업명\n"
         "A01\t경기 안산시\t시\t690000\t지역소멸·인구변화 대응형\t미래 상호문화 플랫폼 도시\n"
         "A02\t경남 김해시\t시\t530000\t기후위기 대응형\tACE 김해\n")


def ready_round(qtbot, window: DeskWindow, people, tmp_path: Path) -> None:
    """A 강소형 round with nothing left to fix, filled through the pages."""
    from pdf_files import write_pdf
    from PySide6.QtGui import QGuiApplication

    page = window.round_page
    page.program.setCurrentIndex(page.program.findData("strong-small"))
    page.title.setText("2030 강소형 스마트도시 서면평가")
    QGuiApplication.clipboard().setText(TABLE)
    window.applicants_page.paste()
    docs = tmp_path / "문서"
    for aid in ("A01", "A02"):
        write_pdf(docs / f"{aid}_사업계획서.pdf")
    with qtbot.waitSignal(window.applicants_page.folder_read, timeout=20_000):
        window.applicants_page.read_folder(docs)
    window.committee_page.add_cards([save_cards(people, tmp_path / "카드")])
    for r in range(len(window.committee_page.cards)):
        window.committee_page.confirm(r, "phone")
    settle(qtbot, window)
    assert window.findings == [], window.findings


def test_signing_again_over_a_bundle_in_the_folder_asks_first(qtbot, window, people, tmp_path,
                                                              monkeypatch):
    """A second press of Sign (or Ctrl+Enter) wrote over the bundle already made there —
    perhaps already sent — without a word."""
    ready_round(qtbot, window, people, tmp_path)
    window.show_page(4)
    send = window.send_page
    out = tmp_path / "발송"
    out.mkdir()
    send.folder.setText(str(out))
    sent = out / f"{window.state.session_id()}.evb"
    sent.write_bytes(b"the bundle the members already have")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _w, _t, text, *a: asked.append(text) or answer)
    send.sign_button.click()
    assert len(asked) == 1 and sent.name in asked[0] and "다시" in asked[0]
    assert not send.busy and sent.read_bytes() == b"the bundle the members already have"
    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(send.made, timeout=60_000):
        send.sign_button.click()
    assert len(asked) == 2 and sent.read_bytes().startswith(b"PK")  # the new bundle


def test_importing_a_table_over_typed_rows_and_removing_a_row_ask_first(
        qtbot, window, tmp_path, monkeypatch):
    """Korean Excel's CSV (CP949) imported over rows already there replaced them silently, and
    Remove the row dropped a filled row at once; both now ask (No keeps everything)."""
    from PySide6.QtGui import QGuiApplication

    apps = window.applicants_page
    window.show_page(1)
    QGuiApplication.clipboard().setText(TABLE)
    apps.paste()
    csv = tmp_path / "신청기관.csv"
    csv.write_bytes("신청번호,신청기관,기관 유형,인구,세부유형,사업명\r\n"
                    "B01,전남 한울군,군,41000,기후위기 대응형,한울 물·에너지\r\n".encode("cp949"))
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _w, _t, text, *a: asked.append(text) or answer)
    apps.import_table(csv)
    assert len(asked) == 1 and "2행" in asked[0]
    assert [r["id"] for r in window.state.rows] == ["A01", "A02"]
    apps.grid.setCurrentCell(1, 0)
    apps.remove_row_button.click()
    assert len(asked) == 2 and "2행(경남 김해시)" in asked[1]
    assert len(window.state.rows) == 2
    answer = QMessageBox.StandardButton.Yes
    apps.import_table(csv)
    assert [r["id"] for r in window.state.rows] == ["B01"]
    assert window.state.rows[0]["applicant"] == "전남 한울군"  # CP949 read as Korean
    apps.add_row()  # an empty row goes without a question
    apps.remove_row_button.click()
    assert len(asked) == 3 and len(window.state.rows) == 1


def test_removing_a_card_asks_first_and_says_what_goes_with_it(qtbot, window, people, tmp_path,
                                                               monkeypatch):
    """카드 빼기 dropped the card with its fingerprint tick and its conflicts (reasons typed)
    at once; now it asks, naming the member and what goes with the card."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(TABLE)
    window.applicants_page.paste()
    committee = window.committee_page
    committee.add_cards([save_cards(people, tmp_path / "카드")])
    member = next(i for i, c in enumerate(committee.cards) if c.role == "member")
    name = committee.cards[member].name
    committee.confirm(member, "phone")
    committee.declare(member, 1, "advice", "최근 3년 내 김해시 용역 수행")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _w, _t, text, *a: asked.append(text) or answer)
    committee.table.selectRow(member)
    committee.remove_button.click()
    assert len(asked) == 1 and name in asked[0]
    assert "지문" in asked[0] and "이해충돌 1건" in asked[0]
    assert len(committee.cards) == 3 and len(window.state.conflicts) == 1
    answer = QMessageBox.StandardButton.Yes
    committee.remove_button.click()
    assert len(committee.cards) == 2 and window.state.conflicts == []


def test_the_secretariats_home_speaks_to_the_secretariat(qtbot, home, people, tmp_path,
                                                        monkeypatch):
    """After creating the 사무국 identity the home page told the 간사 to compare the fingerprint
    "with the secretariat" and to export the card "for the secretariat" — themselves; their
    card goes out with the bundle and they read its fingerprint to the members."""
    from PySide6.QtWidgets import QFileDialog

    from ui.welcome import WelcomeWindow

    with Workspace.open(home) as ws:
        welcome = WelcomeWindow(ws, people.secretariat)
        qtbot.addWidget(welcome)
        said = welcome.card_label.text()
        assert "사무국과" not in said and "평가위원" in said
        assert "사무국에 보낼" not in welcome.export_button.text()
        card = tmp_path / "사무국 카드.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(card), ""))
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: told.append(text))
        welcome.export_button.click()
        assert card.is_file() and "평가위원회" in told[0] and "사무국에" not in told[0]
        member = WelcomeWindow(ws, people.members[0])  # a member's page is as it was
        qtbot.addWidget(member)
        assert "사무국과" in member.card_label.text()
        assert "사무국에 보낼" in member.export_button.text()


def test_closing_the_desk_while_its_checks_run_leaves_them_reporting_to_no_one(qtbot, home):
    """A check still running when the desk was closed (its scratch folder removed) reported
    to the closed window's deleted widgets: a traceback, and in a test run the next test's
    failure."""
    from PySide6.QtCore import QThreadPool

    state = DeskState()
    state.opens, state.closes = "2030-06-02T09:00:00+09:00", "2030-06-09T18:00:00+09:00"
    window = DeskWindow(state, SecretariatKey.of_workspace(), None)  # checks from the start
    window.show()
    window.check()
    window.close()
    window.deleteLater()
    qtbot.wait(50)
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(200)  # the workers' reports delivered (pytest-qt fails on an exception here)
