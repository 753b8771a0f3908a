"""The secretariat's desk at 1366×768, scripted (pytest-qt): a 강소형 round pasted as a table
with one ineligible row, a folder of real PDFs, real cards confirmed and a conflict declared,
the bundle signed in the worker, then a member's real sheet on the collection board and the
chair's consolidation opened on it. One screenshot per page; with SAVE_SCREENSHOTS=1 they go to
docs/screenshots/desk-*.png:

    SAVE_SCREENSHOTS=1 .venv/bin/python -m pytest -q tests/test_desk_walk.py
"""

import json
import os
from pathlib import Path

import pytest
from pdf_files import write_pdf
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QMessageBox
from qt_helpers import type_korean
from round_helpers import make_people, save_cards, write_documents

import ui.screen_fit
from evaluator_app.paths import resources_dir
from evaluator_app.round_desk import open_round
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from evaluator_demo.committee_sim import sign_sheet
from ui.i18n import install_translators
from ui.secretariat.identity import SecretariatKey
from ui.secretariat.state import DeskState, state_of
from ui.secretariat.window import DeskWindow

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 without the task bar
DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TABLE = ("신청번호\t신청기관\t기관 유형\t인구\t세부유형\t사업명\n"
         "A01\t경기 안산시\t시\t690000\t지역소멸·인구변화 대응형\t미래 상호문화 플랫폼 도시\n"
         "A02\t경남 김해시\t시\t1,530,000\t기후위기 대응형\tACE 김해\n")


@pytest.fixture
def desk(qapp, tmp_path, monkeypatch, home):
    """Korean, NanumGothic, a 1366×768 screen; the secretariat's identity in the workspace."""
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: LAPTOP)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    font = qapp.font()
    qapp.setFont(QFont("NanumGothic", 10))
    translators = install_translators(qapp, "ko")
    out = DOCS if os.environ.get("SAVE_SCREENSHOTS") else tmp_path / "shots"
    out.mkdir(parents=True, exist_ok=True)
    yield out
    for t in translators:
        qapp.removeTranslator(t)
    qapp.setFont(font)


def shoot(qtbot, widget, path: Path) -> None:
    """A small palette PNG (a few tens of KB)."""
    qtbot.wait(100)
    image = widget.grab().toImage()
    image.convertToFormat(image.Format.Format_Indexed8).save(str(path))


def settle(qtbot, window: DeskWindow) -> None:
    """Wait for the checks after the last edit (they run in the worker)."""
    window._check_timer.stop()
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.check()  # a new generation: a check still running for older input is ignored


def test_a_first_time_secretariat_walks_the_six_pages(qtbot, desk, tmp_path, home,
                                                      monkeypatch):
    people = make_people(2)
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(people.secretariat), people.secretariat.card)
    cards = save_cards(people, tmp_path / "카드")
    docs = write_documents(tmp_path / "문서", ["A01"])
    write_pdf(docs / "A02_사업계획서.pdf", pages=3)
    state = DeskState()
    state.opens, state.closes = "2030-06-02T09:00:00+09:00", "2030-06-09T18:00:00+09:00"
    window = DeskWindow(state, SecretariatKey.of_workspace(), home / "desk" / "draft.json")
    qtbot.addWidget(window)
    window.show()
    assert window.width() <= 1366 and window.height() <= 728

    # 1. The round: 강소형, the rubric read-only with its proposed status said plainly.
    page = window.round_page
    page.program.setCurrentIndex(page.program.findData("strong-small"))
    type_korean(page.title, "2025 강소형 스마트도시 서면평가")
    assert state.program == "strong-small" and state.title.startswith("2025 강소형")
    assert page.tree.topLevelItemCount() > 3
    assert "제안" in page.status.text()  # proposed points, not the official table
    settle(qtbot, window)
    shoot(qtbot, window, desk / "desk-1-round.png")

    # 2. Applicants: pasted with the header; A02 is over the population cap.
    window.show_page(1)
    apps = window.applicants_page
    QGuiApplication.clipboard().setText(TABLE)
    apps.grid.setFocus()
    apps.paste()
    assert [r["id"] for r in state.rows] == ["A01", "A02"]
    with qtbot.waitSignal(apps.folder_read, timeout=20_000):
        apps.read_folder(docs)
    assert state.documents["A02"] == [str(docs / "A02_사업계획서.pdf")]
    assert "3" in apps.grid.item(1, apps.fields.index("documents")).text()  # pages counted
    settle(qtbot, window)
    population = apps.fields.index("population")
    red = apps.grid.item(1, population)
    assert "상한" in red.toolTip(), red.toolTip()  # one Korean sentence on the red cell
    assert red.background().color().red() > 200
    shoot(qtbot, window, desk / "desk-2-applicants.png")
    red.setText("530000")  # corrected in place
    replacement = write_pdf(tmp_path / "고친 문서" / "A01_사업계획서_수정.pdf", pages=2)
    apps.grid.setCurrentCell(0, 0)
    apps.documents.replace(0, replacement)
    assert state.documents["A01"] == [str(replacement)]
    settle(qtbot, window)
    assert not [f for f in window.findings if f.page == 1], window.findings

    # 3. Committee: the cards, fingerprints confirmed, a conflict with its ground.
    window.show_page(2)
    committee = window.committee_page
    committee.add_cards([cards])
    assert len(committee.cards) == 3
    chair_row = [c.role for c in committee.cards].index("chair")
    assert committee.table.item(chair_row, 5).checkState().name == "Checked"
    settle(qtbot, window)
    assert any(f.page == 2 for f in window.findings)  # not confirmed yet
    for r in range(3):
        committee.confirm(r, "phone" if r else "in-person")
    member = next(i for i, c in enumerate(committee.cards) if c.role == "member")
    committee.declare(member, 1, "advice", "최근 3년 내 김해시 용역 수행")
    settle(qtbot, window)
    assert not [f for f in window.findings if f.page == 2], window.findings
    assert committee.table.item(0, 3).text().count("-") == 3  # four groups of four
    shoot(qtbot, window, desk / "desk-3-committee.png")

    # 4. Rules of the day: the window set, the default pledge in the official tone.
    window.show_page(3)
    assert "서약합니다" in window.rules_page.pledge.toPlainText()
    shoot(qtbot, window, desk / "desk-4-rules.png")

    # 5. Check and send: nothing left, sign (keyring: no passphrase), the bundle in the worker.
    window.show_page(4)
    send = window.send_page
    out = tmp_path / "발송"
    send.folder.setText(str(out))
    settle(qtbot, window)
    assert window.findings == [] and send.sign_button.isEnabled()
    with qtbot.waitSignal(send.made, timeout=60_000) as made:
        send.sign_button.click()
    result = made.args[0]
    evb = Path(result["bundle"])
    assert evb.is_file() and (out / "spec.toml").is_file() and (out / "사무국 카드.json").is_file()
    spec = load_spec(out / "spec.toml")
    assert [a.id for a in spec.applications] == ["A01", "A02"]
    assert spec.applications[1].population == 530000 and len(spec.conflicts) == 1
    assert "암호" in send.handout.toPlainText()  # the passphrase is never handed out
    shoot(qtbot, window, desk / "desk-5-send.png")

    # 6. Collect: a member's real signed sheet on the board, then the chair's consolidation.
    bundle = load_bundle(evb, people.chair)
    usb = tmp_path / "usb"
    sign_sheet(bundle, people.members[0], {"A01": 80}, usb,  # 회피 on A02, declared above
               created="2030-06-03T10:00:00+09:00")  # inside the window set above
    window.show_page(5)
    collect = window.collect_page
    assert collect.bundle.text() == str(evb)
    with qtbot.waitSignal(collect.refreshed, timeout=30_000):
        collect.use_folder(str(usb))
    handed = {m.name: m for m in collect.rows}
    assert handed["위원1"].handed_in and handed["위원1"].verified
    assert not handed["위원2"].handed_in
    assert "2명 중 1명" in collect.summary.text() or "1 of 2" in collect.summary.text()
    shoot(qtbot, window, desk / "desk-6-collect.png")
    chair = window.open_chair()
    qtbot.addWidget(chair)
    qtbot.waitUntil(lambda: chair.paths == [usb], timeout=30_000)

    # The chair hands back the signed result folder: checked against the bundle and sheets.
    from evaluator_app.consolidation import Exclusion, Options, run, write_outputs

    folder = tmp_path / "결과"
    absent = [Exclusion(people.members[1].card.fingerprint, "출장으로 불참")]
    made = run([usb], bundle, people.chair.card, absent, Options(accept_small_panel=True))
    write_outputs(made.result, bundle, people.chair, folder)
    shown: list[str] = []  # the summary line while it checks: a percentage that goes forward
    real_set_text = collect.summary.setText
    monkeypatch.setattr(collect.summary, "setText",
                        lambda text: shown.append(text) or real_set_text(text))
    with qtbot.waitSignal(collect.result_checked, timeout=60_000) as checked:
        collect.check_result(folder / "result.json")
    assert checked.args == [True], collect.result_message
    percents = [int(t.rsplit(" ", 1)[1][:-1]) for t in shown if t.endswith("%")]
    assert percents and percents == sorted(percents) and percents[-1] == 100, shown
    assert "위원장" in collect.result_message and "SHA256SUMS" in collect.result_message
    assert "result.json" in collect.result_message  # the tables say what it says
    (folder / "result.csv").write_bytes(b"forged")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warned.append(text))
    with qtbot.waitSignal(collect.result_checked, timeout=60_000) as checked:
        collect.check_result(folder / "result.json")
    assert checked.args == [False] and "result.csv" in warned[0]

    # A sheet cut short on the stick names no one: it gets a line of its own, not silence.
    sheet = next(usb.glob("*.json"))
    (usb / "잘린 평가표.json").write_bytes(sheet.read_bytes()[:200])
    (usb / "잘린 평가표.json.minisig").write_bytes((usb / f"{sheet.name}.minisig").read_bytes())
    qtbot.wait(200)  # the folder watcher may start a refresh of its own: let it finish
    qtbot.waitUntil(lambda: not collect.busy, timeout=30_000)
    with qtbot.waitSignal(collect.refreshed, timeout=30_000):
        collect.refresh()
    last = collect.table.rowCount() - 1
    assert collect.table.item(last, 0).text() == "(명단에 없는 파일)"
    assert collect.table.item(last, 4).text() == ("잘린 평가표.json: 평가표 파일이 아니거나 "
                                                  "파일이 손상되었습니다")

    # The draft was autosaved; the saved spec opens again with every page filled.
    window.autosave()
    saved = DeskState.from_json((home / "desk" / "draft.json").read_text(encoding="utf-8"))
    assert saved.rows == state.rows and saved.confirmed == state.confirmed
    draft, problems = open_round(out / "spec.toml")
    assert problems == []
    again = state_of(draft, out / "spec.toml")
    assert [r["id"] for r in again.rows] == ["A01", "A02"]
    assert again.rows[0]["subtype"] == "지역소멸·인구변화 대응형"
    assert again.confirmed == {k: v for k, v in state.confirmed.items()}
    assert again.conflicts[0]["ground"] == "advice"
    reopened = DeskWindow(again, SecretariatKey.of_workspace(), None)
    qtbot.addWidget(reopened)
    assert reopened.applicants_page.grid.rowCount() == 2
    assert len(reopened.committee_page.cards) == 3
    settle(qtbot, reopened)
    assert reopened.findings == []
    assert json.loads(saved.to_json())["title"] == state.title

    # A secretariat whose identity is a passphrase-protected file: the Sign button asks for
    # the passphrase (the button's own `checked` argument is not taken for one).
    from evaluator_app.trust.identity import save_identity_file

    save_identity_file(people.secretariat, tmp_path / "사무국.age", "사무국 암호문구 2030")
    file_key = SecretariatKey(f"file:{tmp_path / '사무국.age'}", people.secretariat.card)
    signer = DeskWindow(again, file_key, None)
    qtbot.addWidget(signer)
    settle(qtbot, signer)
    signer.show_page(4)
    signer.send_page.folder.setText(str(tmp_path / "다시 발송"))
    asked: list[str] = []

    def passphrase(_parent, _title, label, *_a, **_k):
        asked.append(label)
        return "사무국 암호문구 2030", True

    monkeypatch.setattr("ui.secretariat.send_page.QInputDialog.getText", passphrase)
    with qtbot.waitSignal(signer.send_page.made, timeout=60_000):
        signer.send_page.sign_button.click()
    assert len(asked) == 1 and "사무국.age" in asked[0]
