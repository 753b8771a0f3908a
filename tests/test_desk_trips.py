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


@pytest.fixture
def window(qtbot, home, people, monkeypatch):
    """The desk on a keyring secretariat identity, a window set ahead, no draft file."""
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: LAPTOP)
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(people.secretariat), people.secretariat.card)
    state = DeskState()
    state.opens, state.closes = "2030-06-02T09:00:00+09:00", "2030-06-09T18:00:00+09:00"
    w = DeskWindow(state, SecretariatKey.of_workspace(), None)
    qtbot.addWidget(w)
    w.show()
    return w


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
