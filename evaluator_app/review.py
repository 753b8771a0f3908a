"""The 발표 day (offline review session): agenda, presentation order draw, timer, hand-ins.

Pure functions the chair's review screen and the CLI share: the presentation order comes from
the spec or is drawn in the room from a seed everyone sees (발표순서 추첨; the seed goes into the
result so anyone can redraw it), the timer is a function of a start time and a clock, and a
USB stick is scanned for sheets not seen before.
"""

import random
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluator_app.errors import ConsolidationError
from evaluator_app.numbers import clip
from evaluator_app.safe_files import is_regular, json_files

REVIEW_KEYS = {"presentation_minutes", "questions_minutes", "order"}
ORDERS = ("spec", "draw")
WARNING_SECONDS = 60
SEED_DIGITS = 6
SEED_FORM = re.compile(f"[0-9]{{{SEED_DIGITS}}}")  # ASCII digits: `\d` would take ０ or ٣ too


@dataclass(frozen=True)
class ReviewPlan:
    presentation_minutes: int = 10
    questions_minutes: int = 10
    order: str = "spec"  # spec: the spec's order; draw: drawn in the room

    def to_dict(self) -> dict[str, Any]:
        return {"presentation_minutes": self.presentation_minutes,
                "questions_minutes": self.questions_minutes, "order": self.order}

    @classmethod
    def of(cls, manifest: dict[str, Any]) -> "ReviewPlan":
        raw = manifest.get("session", {}).get("review") or {}
        return cls(int(raw.get("presentation_minutes", 10)),
                   int(raw.get("questions_minutes", 10)), str(raw.get("order", "spec")))


def review_problems(raw: Any) -> tuple[ReviewPlan | None, list[str]]:
    """`[session.review]` of a spec: minutes per phase and how the order is set."""
    where = "[session.review]"
    if not isinstance(raw, dict):
        return None, [f"{where} must be a table (presentation_minutes, questions_minutes, "
                      "order)"]
    problems = [f"{where}: unknown key '{k}'" for k in raw if k not in REVIEW_KEYS]
    minutes = {}
    for key in ("presentation_minutes", "questions_minutes"):
        value = raw.get(key, 10)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 180:
            problems.append(f"{where}: {key} must be whole minutes from 1 to 180, not "
                            f"{value!r}")
            value = 10
        minutes[key] = value
    order = raw.get("order", "spec")
    if order not in ORDERS:
        problems.append(f"{where}: order must be \"spec\" or \"draw\", not {order!r}")
    if problems:
        return None, problems
    return ReviewPlan(minutes["presentation_minutes"], minutes["questions_minutes"], order), []


def new_seed() -> str:
    """Six digits to read out in the room; anyone can redraw the order from them."""
    return f"{secrets.randbelow(10**SEED_DIGITS):0{SEED_DIGITS}d}"


def checked_seed(text: str, where: str = "the seed") -> str:
    """A seed given by hand, as the draw gives it (six digits; spaces around dropped): it is
    recorded in the result for anyone to redraw the order, so a typo or a pasted paragraph must
    not become the record."""
    seed = text.strip()
    if not SEED_FORM.fullmatch(seed):
        raise ConsolidationError(f"{where} {clip(text)} is not a seed of the 발표 order: a seed "
                                 f"is {SEED_DIGITS} digits as the draw gives them, e.g. 042917")
    return seed


def draw_order(app_ids: Iterable[str], seed: str) -> list[str]:
    """The presentation order drawn from `seed`: the same seed gives the same order anywhere
    (Python's seeded Mersenne Twister; string seeds are hashed with SHA-512)."""
    if not seed.strip():
        raise ConsolidationError("a draw needs a seed (the digits read out in the room)")
    order = sorted(app_ids)
    random.Random(f"evaluation-desk draw {seed.strip()}").shuffle(order)
    return order


def agenda(manifest: dict[str, Any], seed: str | None = None) -> list[str]:
    """The applications in presentation order: the spec's, or drawn when a seed is given."""
    ids = [a["id"] for a in manifest["applications"]]
    return draw_order(ids, seed) if seed else ids


@dataclass(frozen=True)
class TimerReading:
    phase: str  # presentation | questions | over
    remaining: float  # seconds left in the phase (negative: overtime, in "over")
    warning: bool  # a minute or less left in the phase


def timer(plan: ReviewPlan, started: float, now: float) -> TimerReading:
    """Where one applicant's slot stands at `now` (seconds, any monotonic clock)."""
    elapsed = now - started
    talk = plan.presentation_minutes * 60
    questions = plan.questions_minutes * 60
    if elapsed < talk:
        left = talk - elapsed
        return TimerReading("presentation", left, left <= WARNING_SECONDS)
    if elapsed < talk + questions:
        left = talk + questions - elapsed
        return TimerReading("questions", left, left <= WARNING_SECONDS)
    return TimerReading("over", talk + questions - elapsed, True)


def new_files(folders: Iterable[Path], seen: set[Path]) -> list[Path]:
    """Sheets (`*.json` with their `.minisig`) under `folders` not in `seen`; adds them to it.

    A sheet counts once its signature is there too, so a file still being copied off a USB
    stick is picked up on a later scan rather than half-read now.
    """
    found = []
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        for f in sorted(json_files(Path(folder))):  # no folder links, no loops
            if not (is_regular(f) and is_regular(Path(str(f) + ".minisig"))):
                continue  # a FIFO, a link to nothing, a signature not there yet
            path = f.resolve()
            if path not in seen:
                seen.add(path)
                found.append(path)
    return found
