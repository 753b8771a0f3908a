"""After the signature: who signs the printed 종합평가표 on paper, and what goes to the secretariat.

The electronic signature covers result.json; the committee still signs the printed report
(확인 및 서명, its last page). The secretariat keeps the signed result with its signature (it
checks it with `evaluator result verify`), the paper original, the tables, the public report and
the members' signed sheets the result was computed from (without them nobody can recompute it).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PaperSigner:
    role: str  # chair | member
    name: str
    status: str  # the member's status in the result (used, excluded, missing, not-scoring)
    affiliation: str = ""
    fingerprint: str = ""

    @property
    def must_sign(self) -> bool:
        """The chair, and every member whose sheet was counted; an excluded or missing
        member's line is printed with the reason instead."""
        return self.role == "chair" or self.status == "used"


def paper_signers(result: dict[str, Any]) -> list[PaperSigner]:
    """The 확인 및 서명 lines of the report, chair first, in roster order."""
    people = [m for m in result["members"] if m["role"] == "chair"]
    people += [m for m in result["members"] if m["role"] != "chair"]
    return [PaperSigner(m["role"], m["name"], m["status"], m["affiliation"], m["fingerprint"])
            for m in people]


# What the secretariat receives, in the order to hand it over: (kind, file names)
TO_SECRETARIAT = (
    ("paper", ("report.pdf",)),  # printed and signed on paper: the original
    ("signed", ("result.json", "result.json.minisig")),
    ("tables", ("result.xlsx", "result.csv")),
    ("public", ("report-public.pdf",)),
)


def to_secretariat(files: Sequence[Path]) -> list[tuple[str, list[Path]]]:
    """The written files grouped by what they are for the secretariat, plus ("sheets", [])
    for the members' signed sheets (the caller names their folders)."""
    by_name = {Path(f).name: Path(f) for f in files}
    out = [(kind, [by_name[n] for n in names if n in by_name]) for kind, names in TO_SECRETARIAT]
    return [(kind, paths) for kind, paths in out if paths] + [("sheets", [])]
