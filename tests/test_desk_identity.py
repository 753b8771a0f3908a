"""Page 5 of the secretariat's desk on a workspace without the secretariat's identity: it said
"create the secretariat's identity on the first screen" (close the desk, find that screen);
now a button opens the first screen's create form, role 사무국 간사, and the desk signs with
the new identity without a restart. A member's identity is never lost without a word."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMessageBox
from round_helpers import make_people
from test_desk_trips import open_desk, ready_round

from evaluator_app.trust.workspace_identity import REF_KEY, remember, remembered_card
from evaluator_app.workspace import Workspace
from ui.secretariat.identity_window import SecretariatIdentityWindow

LAPTOP = QRect(0, 0, 1366, 728)
PASSPHRASE = "강소형 스마트도시 2030 간사"

pytestmark = pytest.mark.usefixtures("korean")  # as the app ships


@pytest.fixture
def people():
    return make_people(2)


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """The form offers Documents/<name> 신원.age: never the tester's own Documents."""
    import platformdirs

    docs = tmp_path / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(docs))
    return docs




def fill_form(form: SecretariatIdentityWindow, where) -> None:
    form.name.setText("박간사")
    form.affiliation.setText("국토교통부 스마트도시과")
    form.use_file.setChecked(True)
    form.file_path.setText(str(where))
    form.path_chosen = True
    form.passphrase.setText(PASSPHRASE)
    form.passphrase2.setText(PASSPHRASE)


def test_the_secretariats_identity_is_made_from_page_5_and_signs_at_once(
        qtbot, home, people, tmp_path, documents, monkeypatch):
    window = open_desk(qtbot, monkeypatch)
    ready_round(qtbot, window, people, tmp_path)
    window.show_page(4)
    send = window.send_page
    assert send.create_identity_button.isVisible()
    assert send.create_identity_button.text() == "사무국 신원 만들기…"
    assert "신원이 없습니다" in send.signer.text()
    assert not send.sign_button.isEnabled()
    send.create_identity_button.click()
    form = send.identity_window
    assert isinstance(form, SecretariatIdentityWindow) and form.isVisible()
    assert form.role.currentData() == "secretariat" and not form.role.isEnabled()
    assert form.create_button.text() == "서명용 열쇠 만들기"  # the first screen's form, in Korean
    identity_file = tmp_path / "USB" / "박간사 신원.age"
    fill_form(form, identity_file)
    with qtbot.waitSignal(send.identity_changed, timeout=60_000):
        form.create_button.click()
    card = send.key.card
    assert card is not None and card.role == "secretariat" and card.name == "박간사"
    assert card.fingerprint in send.signer.text()
    assert not send.create_identity_button.isVisible()
    assert identity_file.is_file() and not documents.exists()
    with Workspace.open(home) as ws:  # remembered: the next start signs with it too
        assert remembered_card(ws) == card
        assert ws.get_setting(REF_KEY) == f"file:{identity_file.resolve()}"
    assert send.sign_button.isEnabled()
    out = tmp_path / "발송"
    send.folder.setText(str(out))
    with qtbot.waitSignal(send.made, timeout=60_000) as made:
        send.sign_button.click()  # no passphrase asked again: the identity is unlocked
    assert made.args[0]["identity"].card == card
    assert (out / "사무국 카드.json").is_file()


def test_a_members_identity_is_replaced_only_when_the_secretariat_says_so(
        qtbot, home, people, tmp_path, documents, monkeypatch):
    with Workspace.open(home) as ws:
        remember(ws, "file:/somewhere/m1.age", people.members[0].card)
    window = open_desk(qtbot, monkeypatch)
    window.show_page(4)
    send = window.send_page
    assert send.create_identity_button.isVisible()
    assert people.members[0].card.name in send.signer.text()
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _w, _t, text, *a: asked.append(text) or answer)
    send.create_identity_button.click()
    assert len(asked) == 1 and people.members[0].card.fingerprint in asked[0]
    assert send.identity_window is None  # No: nothing opened, nothing changed
    answer = QMessageBox.StandardButton.Yes
    send.create_identity_button.click()
    form = send.identity_window
    fill_form(form, tmp_path / "간사.age")
    with qtbot.waitSignal(send.identity_changed, timeout=60_000):
        form.create_button.click()
    with Workspace.open(home) as ws:
        assert remembered_card(ws).role == "secretariat"


def test_a_workspace_with_a_members_sessions_keeps_its_identity(
        qtbot, ws, people, documents, monkeypatch):
    remember(ws, "file:/somewhere/m1.age", people.members[0].card)
    window = open_desk(qtbot, monkeypatch)
    window.show_page(4)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    window.send_page.create_identity_button.click()
    assert len(told) == 1 and "신원이 하나뿐" in told[0] and "세션이 1개" in told[0]
    assert window.send_page.identity_window is None
    assert remembered_card(ws) == people.members[0].card
