"""What a chair tripped on with bad sheets on the USB sticks (walking the chair's day): a member
who signed two different revision-1 sheets (an equivocation) emptied the whole verification
table; a sheet of another round asked the chair to exclude a member who does not exist."""

import json
import shutil
from pathlib import Path

import pytest
from chair_scenario import REVISED_MEMBER, chair_window_on, scores_of, write_sheets
from PySide6.QtCore import Qt

from evaluator_app.canonical import canonical_json
from evaluator_app.consolidation.collect import EQUIVOCATION, Exclusion, collect
from evaluator_app.consolidation.compute import Options
from evaluator_app.consolidation.result import run
from evaluator_app.consolidation.status import rejected_only
from evaluator_app.errors import ConsolidationError
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.sheet import trusted_comment
from evaluator_demo.committee_sim import sign_sheet

pytestmark = pytest.mark.usefixtures("korean")  # as the app ships

EQUIVOCATING = 1  # 이위원 (not the revised member: revision 1 is theirs alone here)


@pytest.fixture(scope="module")
def sticks(big, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every member's sheet, one folder each, none tampered; and in `laptop2/` a second,
    different revision 1 of one member, as if signed again on another laptop."""
    bundle = load_bundle(big.evb, big.chair)
    out = write_sheets(bundle, big.members, tmp_path_factory.mktemp("sticks"), tampered=False)
    sign_sheet(bundle, big.members[EQUIVOCATING], scores_of(EQUIVOCATING) | {"A02": 61},
               out / "laptop2", revision=1)
    return out


def test_an_equivocation_is_two_rejected_rows_beside_every_other_sheet(big, sticks):
    bundle = load_bundle(big.evb, big.chair)
    with pytest.raises(ConsolidationError, match="signed two different sheets"):
        collect([sticks], bundle)  # the rule itself is unchanged
    collection = collect([sticks], bundle, reject_equivocations=True)
    fp = big.members[EQUIVOCATING].card.fingerprint
    two = [r for r in collection.records if r.member == fp]
    assert [(r.status, r.code, r.revision) for r in two] == [("rejected", EQUIVOCATION, 1)] * 2
    assert {r.path.parent.name for r in two} == {"laptop2", f"m{EQUIVOCATING}"}
    assert two[0].path.name in two[1].reason and "ask which one" in two[0].reason
    assert all(r.sha256.startswith("sha256:") for r in two)
    used = {r.member for r in collection.records if r.status == "used"}
    assert len(used) == len(big.members) - 1 and fp not in used
    assert big.members[REVISED_MEMBER].card.fingerprint in used  # its r2; r1 superseded
    assert fp in collection.missing() and rejected_only(collection) == {fp}

    # a provisional result shows the figures beside it; the final result stays refused
    done = run([sticks], bundle, big.chair.card, options=Options(provisional=True))
    assert done.result["provisional"] and len(done.result["sheets"]["used"]) == 6
    with pytest.raises(ConsolidationError, match="signed two different sheets"):
        run([sticks], bundle, big.chair.card)
    # excluding the member (what the core suggests) is collect's own answer: nothing rejected
    excluded = collect([sticks], bundle, [Exclusion(fp, "같은 차수 평가표 두 개")],
                       reject_equivocations=True)
    assert not excluded.rejected()


def test_the_window_shows_the_whole_table_over_an_equivocation(qtbot, big, sticks, tmp_path):
    window = chair_window_on(qtbot, big, tmp_path, [sticks])
    model = window.verification
    # every sheet (the revised member's two, the equivocating two), and the member as missing
    assert model.rowCount() == len(big.members) + 3
    name = big.members[EQUIVOCATING].card.name
    mine = [r for r in model.rows if r.name == name]
    assert [r.status for r in mine] == ["rejected", "rejected", "missing"]
    # the two files share a name: each is shown with the folder (the stick) it came on
    assert {r.file.split("/")[0] for r in mine[:2]} == {"laptop2", f"m{EQUIVOCATING}"}
    assert all(r.reason.startswith("같은 차수로 서명한 다른 평가표가") for r in mine[:2])
    row = model.rows.index(mine[0])
    assert model.data(model.index(row, 5), Qt.ItemDataRole.ToolTipRole) == str(mine[0].path)
    assert mine[2].reason == "제출한 평가표가 거부되어 산정에 쓸 평가표가 아직 없음"
    banner = window.banner.text()
    assert banner.startswith("아직 결과에 서명할 수 없습니다") and "laptop2/" in banner
    assert "signed two different" not in banner and "세부 내용" not in banner
    assert window.matrix.rowCount() > 0 and not window.sign_button.isEnabled()

    shutil.move(str(sticks / "laptop2"), str(tmp_path / "aside"))  # the chair asked: not that
    try:
        with qtbot.waitSignal(window.evaluated, timeout=60_000):
            window.refresh()  # F5
        assert window.outcome.final and window.sign_button.isEnabled()
    finally:
        shutil.move(str(tmp_path / "aside"), str(sticks / "laptop2"))


def stray_sheet(big, source: Path, out: Path) -> Path:
    """Another committee's sheet for another round (its own member signed it) on the stick."""
    sheet = json.loads(next(source.glob("*.json")).read_bytes())
    sheet["member"] = {"card": big.outsider.card.to_dict(),
                       "fingerprint": big.outsider.card.fingerprint}
    sheet["session"]["id"] = "2025-base-written"
    data = canonical_json(sheet)
    out.mkdir(parents=True)
    path = out / f"2025-base-written-{big.outsider.card.fingerprint}-r1.json"
    path.write_bytes(data)
    Path(f"{path}.minisig").write_bytes(big.outsider.sign(data, trusted_comment(
        "2025-base-written", big.outsider.card.fingerprint, sheet["revision"])))
    return path


def test_a_sheet_of_another_round_says_take_it_out(qtbot, big, sticks, tmp_path):
    bundle = load_bundle(big.evb, big.chair)
    folder = tmp_path / "usb"
    for i in range(len(big.members)):
        if i != EQUIVOCATING:
            shutil.copytree(sticks / f"m{i}", folder / f"m{i}")
    sign_sheet(bundle, big.members[EQUIVOCATING], scores_of(EQUIVOCATING), folder / "m1")
    stray = stray_sheet(big, sticks / "m0", folder / "other-round")
    window = chair_window_on(qtbot, big, tmp_path, [folder])
    row = next(r for r in window.verification.rows if r.file == stray.name)
    assert row.status == "rejected" and row.reason.startswith("다른 평가(세션)")
    banner = window.banner.text()
    assert "이 평가 위원의 평가표가 아닌 파일" in banner and "폴더에서 빼고" in banner
    assert not window.sign_button.isEnabled()


def test_f1_lists_the_shortcuts_in_two_columns(qtbot, big, tmp_path, monkeypatch):
    """Tab stops pushed a long key's words out of the column (Ctrl+1 … Ctrl+4)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.chair.window import SHORTCUTS

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window = chair_window_on(qtbot, big, tmp_path, [])
    window.show_shortcuts()
    assert shown[0].startswith("<table>") and shown[0].count("<tr>") == len(SHORTCUTS)
    assert "<b>Ctrl+Shift+E</b></td><td>잠정 결과 내보내기</td>" in shown[0]
