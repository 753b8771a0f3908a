"""Signed sheets of the seven-member committee (tests/big_committee.py) for the chair's window.

- 김위원 … 조위원 score A01–A06; 이위원 is conflicted on A03 (회피, declared by the bundle);
- 조위원 gives A01 40 while the others give 80–85: a deviation flag, and a dropped lowest total;
- 최위원 signed revision 1 and then revision 2: revision 1 is superseded;
- 박위원 failed gate G1 of A04: 부적격; A05 stays under the pass score 60: 과락;
- 강위원's sheet was altered after signing (`tampered=True`): rejected, which blocks the result
  until the chair excludes 강위원 with a reason.
"""

from pathlib import Path

from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Identity
from evaluator_demo.committee_sim import Score, sign_sheet

TAMPERED_MEMBER = 5  # 강위원
REVISED_MEMBER = 3  # 최위원


def scores_of(i: int) -> dict:
    return {
        "A01": 40 if i == 6 else 80 + i,
        "A02": 70 + i,
        "A03": None if i == 1 else 62 + 2 * i,
        "A04": Score(75, failed_gate="G1") if i == 2 else 74 + i % 3,
        "A05": 50 + i,
        "A06": 86 - i,
    }


def write_sheets(bundle: OpenedBundle, members: list[Identity], out: Path,
                 tampered: bool = True) -> Path:
    """Every member's sheet in `out` (one sub-folder each, as USB sticks arrive)."""
    for i, m in enumerate(members):
        folder = out / f"m{i}"
        if i == REVISED_MEMBER:
            first = scores_of(i) | {"A02": 60}
            sign_sheet(bundle, m, first, folder, revision=1)
            sign_sheet(bundle, m, scores_of(i), folder, revision=2)
        else:
            path = sign_sheet(bundle, m, scores_of(i), folder)
            if tampered and i == TAMPERED_MEMBER:
                data = path.read_bytes()
                path.write_bytes(data.replace(b'"total":"81"', b'"total":"91"', 1))
    return out


def chair_window_on(qtbot, big, tmp_path: Path, sheets: list[Path]):
    """The chair's window (the chair's own key, no identity file) opened on `sheets`, shown and
    settled: its first evaluation done."""
    from PySide6.QtCore import QSettings

    from ui.chair.window import ChairWindow

    window = ChairWindow(big.evb, big.chair, None,
                         QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                         sheets=sheets)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.settled, timeout=60_000):
        window.show()
    return window
