"""Stages chained: a later stage's session names the earlier stage's signed result.

```toml
[session.previous]
result = "../written/result.json"   # evaluation-desk-result/2, signed by that stage's chair
chair = "../chair.card.json"        # whose signature it must carry
shortlist = 6                       # the top 6 go on; or "pass" = status 선정/예비
weight = 0.3                        # share of the earlier stage in the final score
```

`load_previous` checks the result's signature against that chair's card and works out the
shortlist; the bundle's signed manifest then carries what the consolidation needs (the result's
hash, the chair, the weight and each shortlisted application's earlier score), so the chain is
attested by the secretariat and re-checkable from the earlier result file.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from evaluator_app.canonical import sha256_hex
from evaluator_app.cards import Card
from evaluator_app.consolidation.rules import percent, round_score
from evaluator_app.errors import EvaluatorError, IdentityError
from evaluator_app.result_file import check_signature, load_result
from evaluator_app.rubric.model import STAGES

PREVIOUS_KEYS = {"result", "chair", "shortlist", "weight"}
ON_TO_NEXT = ("선정", "예비")  # shortlist = "pass"
RANKED = ("선정", "예비", "미선정")  # shortlist = N: ranked and not under the pass mark


@dataclass(frozen=True)
class Previous:
    """The earlier stage as the later stage's manifest records it."""

    result_sha256: str
    session_id: str
    stage: str
    chair: Card
    weight: Decimal
    shortlist: int | str
    scores: dict[str, dict[str, Any]]  # shortlisted application id → its earlier figures

    def to_manifest(self) -> dict[str, Any]:
        return {"result_sha256": self.result_sha256, "session_id": self.session_id,
                "stage": self.stage, "chair": self.chair.to_dict(),
                "weight": str(self.weight), "shortlist": self.shortlist,
                "scores": self.scores}


def stage_scores(result: dict[str, Any], row: dict[str, Any]) -> dict[str, str]:
    """Each stage's score of one application in percent, as a later stage carries it on.

    A result that already combined stages lists them (`stage_scores`); a first-stage result
    has its own final score over its rubric's total.
    """
    if row.get("stage_scores"):
        return dict(row["stage_scores"])
    totals = {r["hash"]: Decimal(r["total"]) for r in result["rubrics"]}
    own = percent(Decimal(row["final_score"]), totals[row["rubric_hash"]])
    return {result["session"]["stage"]: f"{round_score(own):.2f}"}


def _order(result: dict[str, Any], row: dict[str, Any]) -> Decimal:
    """What the earlier stage ranked by, comparable across its rubrics (percent)."""
    if result.get("previous"):
        return Decimal(row["final_score"])  # already a combined percentage
    totals = {r["hash"]: Decimal(r["total"]) for r in result["rubrics"]}
    return percent(Decimal(row["final_score"]), totals[row["rubric_hash"]])


def shortlisted(result: dict[str, Any], shortlist: int | str) -> list[str]:
    """The applications that go on: status 선정/예비, or the top N (ties at N all go on)."""
    rows = [r for r in result["applications"] if r.get("final_score") is not None]
    if shortlist == "pass":
        return [r["id"] for r in rows if r["status"] in ON_TO_NEXT]
    ranked = sorted((r for r in rows if r["status"] in RANKED),
                    key=lambda r: _order(result, r), reverse=True)
    if len(ranked) <= int(shortlist):
        return [r["id"] for r in ranked]
    cut = _order(result, ranked[int(shortlist) - 1])
    return [r["id"] for r in ranked if _order(result, r) >= cut]


def load_previous(raw: Any, base: Path, stage: str, program: str,
                  problems: list[str]) -> Previous | None:
    """Check `[session.previous]`; problems are appended, one sentence each."""

    where = "[session.previous]"
    if not isinstance(raw, dict):
        problems.append(f"{where} must be a table with result, chair, shortlist and weight")
        return None
    for k in raw:
        if k not in PREVIOUS_KEYS:
            problems.append(f"{where}: unknown key '{k}'")
    shortlist = raw.get("shortlist")
    if not (shortlist == "pass" or (isinstance(shortlist, int)
                                    and not isinstance(shortlist, bool) and shortlist >= 1)):
        problems.append(f"{where}: shortlist must be a whole number ≥ 1 or \"pass\", not "
                        f"{shortlist!r}")
        return None
    try:
        weight = Decimal(str(raw.get("weight")))
        if not (0 <= weight <= 1):
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        problems.append(f"{where}: weight must be a number from 0 to 1, not "
                        f"{raw.get('weight')!r}")
        return None
    if not isinstance(raw.get("result"), str) or not isinstance(raw.get("chair"), str):
        problems.append(f"{where}: result and chair must be the paths of the earlier stage's "
                        "result.json and its chair's card")
        return None
    path = (base / raw["result"]).resolve()
    try:
        chair = Card.load(base / raw["chair"])
        result, data = load_result(path)
        if result.get("provisional"):
            problems.append(f"{where}: {path} is a provisional (잠정) result; a later stage "
                            "builds on a signed final result")
            return None
        check_signature(path, result, data, {chair.fingerprint: chair})
    except (EvaluatorError, IdentityError) as e:
        problems.append(f"{where}: {e.message}")
        return None
    earlier = result["session"]
    if earlier.get("program") != program:
        problems.append(f"{where}: the earlier result is for program {earlier.get('program')}, "
                        f"not {program}")
    if stage in STAGES and earlier.get("stage") in STAGES and (
            STAGES.index(earlier["stage"]) >= STAGES.index(stage)):
        problems.append(f"{where}: the earlier result is a {earlier['stage']} stage; a {stage} "
                        "stage follows 서면 → 발표 → 현장")
    ranked = sum(1 for r in result["applications"]
                 if r.get("final_score") is not None and r.get("status") in RANKED)
    if shortlist != "pass" and int(shortlist) > ranked:
        problems.append(f"{where}: shortlist {shortlist} is more than the {ranked} "
                        f"application(s) ranked in the earlier result; choose at most {ranked} "
                        "(or \"pass\")")
        return None
    ids = shortlisted(result, shortlist)
    rows = {r["id"]: r for r in result["applications"]}
    scores = {aid: {"final_score": rows[aid]["final_score"],
                    "percent": str(_order(result, rows[aid])),
                    "stage_scores": stage_scores(result, rows[aid]),
                    "status": rows[aid]["status"]} for aid in ids}
    return Previous("sha256:" + sha256_hex(data), str(earlier["id"]), str(earlier["stage"]),
                    chair, weight, shortlist, scores)


def shortlist_problems(previous: Previous, app_ids: list[str]) -> list[str]:
    on = set(previous.scores)
    return [f"application {aid} is not on the shortlist of the {previous.stage} result "
            f"{previous.session_id} (shortlist {previous.shortlist})"
            for aid in app_ids if aid not in on]


def check_chain(result: dict[str, Any], earlier_path: Path) -> None:
    """The earlier stage's result file is the one this result was combined with, signed by the
    chair the later bundle named (ConsolidationError otherwise)."""
    from evaluator_app.errors import ConsolidationError

    previous = result.get("previous")
    if not previous:
        raise ConsolidationError("this result does not build on an earlier stage")
    earlier, data = load_result(earlier_path)
    if "sha256:" + sha256_hex(data) != previous["result_sha256"]:
        raise ConsolidationError(f"{earlier_path} is not the {previous['stage']} result this "
                                 f"result was combined with (its hash differs)")
    chair = Card.from_dict(previous["chair"], "the earlier stage's chair")
    check_signature(Path(earlier_path), earlier, data, {chair.fingerprint: chair})
