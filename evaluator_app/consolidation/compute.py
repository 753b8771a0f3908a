"""From verified sheets to the committee's figures: final scores, flags, ranks and statuses.

Pure over the verification table and the bundle's manifest; `consolidate` returns the content of
`result.json` (format `evaluation-desk-result/2`, decimals as strings so nothing is rounded by a
JSON float). Every official figure uses the rule in `rules.py`; the z-score view, the spread and
the members' calibration are diagnostics printed beside it and never replace it.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from evaluator_app.consolidation.collect import (
    DUPLICATE,
    EXCLUDED,
    SUPERSEDED,
    USED,
    Collection,
)
from evaluator_app.consolidation.presented import day_state
from evaluator_app.consolidation.rules import (
    RULES,
    aggregate,
    column_means,
    mean,
    means_of_the_others,
    percent,
    population_sd,
    round_score,
    tie_break_mean,
)
from evaluator_app.errors import ConsolidationError
from evaluator_app.result_file import RESULT_FORMAT
from evaluator_app.review import agenda
from evaluator_app.rubric.model import Rubric
from evaluator_app.safe_files import shown
from evaluator_app.scoring import format_decimal
from evaluator_app.trust.sheet import ScoredPoints

STATUS_SELECTED, STATUS_RESERVE, STATUS_NOT_SELECTED, STATUS_BELOW_PASS, STATUS_INELIGIBLE = (
    "선정", "예비", "미선정", "과락", "부적격")
STATUS_UNSCORED = "평가불가"  # every member conflicted: nobody could score it


@dataclass(frozen=True)
class Options:
    """What the chair decided for this consolidation (all recorded in the result)."""

    rule: str | None = None  # None: each rubric's own [consolidation] rule
    accept_small_panel: bool = False
    provisional: bool = False  # 잠정: tolerates missing sheets, never signed
    agenda_seed: str | None = None  # the 발표 order was drawn in the room from this seed
    on_now: str | None = None  # 잠정: the applicant on now in the room (those before presented)


@dataclass
class _Score:
    member: str
    total: Decimal
    items: dict[str, Decimal]
    groups: dict[str, Decimal]
    failed_gates: list[str]


@dataclass
class _App:
    data: dict[str, Any]
    rubric: Rubric
    scores: list[_Score] = field(default_factory=list)
    conflicted: list[str] = field(default_factory=list)


def two(value: Decimal) -> str:
    return f"{round_score(value):.2f}"


class _Plain(dict[Decimal, str]):
    """`_plain` remembered per value (Decimals equal in value print alike: 7.0 and 7 as "7"),
    for the thousands of item points a consolidation prints."""

    def __missing__(self, value: Decimal) -> str:
        text = self[value] = format_decimal(value)
        return text


def _score(member: str, app: dict[str, Any], rubric: Rubric,
           points: ScoredPoints | None = None) -> _Score:
    # verify_sheet checked every item against the rubric and its points against its value, and
    # kept the points it checked (`points`); worked out here only for a sheet that lacks them
    if points is None:
        items = {i["item"]: Decimal(i["points"]) for i in app.get("items", [])
                 if i.get("value") is not None}
        groups = {g.id: sum((items.get(i.id, Decimal(0)) for i in g.items), Decimal(0))
                  for g in rubric.groups}
    else:
        items, groups = points.items, points.groups
    failed = [g["gate"] for g in app.get("gates", []) if g.get("decision") == "fail"]
    return _Score(member, Decimal(app["total"]), items, groups, failed)


def _applications(collection: Collection, manifest: dict[str, Any],
                  rubrics: dict[str, Rubric]) -> list[_App]:
    apps = [_App(a, rubrics[a["rubric_hash"]]) for a in manifest["applications"]]
    index = {a.data["id"]: a for a in apps}
    order = {c.fingerprint: i for i, c in enumerate(collection.roster)}
    for sheet in sorted(collection.used(), key=lambda v: order[v.member.fingerprint]):
        fp = sheet.member.fingerprint
        for rec in sheet.sheet["applications"]:
            app = index[rec["id"]]
            if rec.get("conflict"):
                app.conflicted.append(fp)
            else:
                app.scores.append(_score(fp, rec, app.rubric,
                                         sheet.points.get(rec["id"])))
    return apps


def consolidate(collection: Collection, manifest: dict[str, Any], rubrics: dict[str, Rubric],
                manifest_sha256: str, options: Options, signer: dict[str, Any],
                created: datetime | None = None) -> dict[str, Any]:
    """The content of result.json; ConsolidationError when it may not be produced yet."""
    if options.rule is not None and options.rule not in RULES:
        raise ConsolidationError(f"unknown rule {options.rule!r} (use {', '.join(RULES)})")
    if not options.provisional:
        blocking = collection.blocking()
        if blocking:
            raise ConsolidationError(
                f"{len(blocking)} problem(s) keep the result from being signed, e.g. "
                f"{blocking[0]}; exclude a member with --exclude FINGERPRINT --reason TEXT, or "
                "hand in the missing sheets", blocking)
    session = manifest["session"]
    quorum = session.get("quorum")
    names = {c.fingerprint: c.name for c in collection.roster}
    apps = _applications(collection, manifest, rubrics)
    member_z = _member_z(apps)
    rows, flags, small = [], [], []
    plain = _Plain()
    # 잠정 on a 발표 day: applicants still to present get no status, rank nor panel finding
    day = (day_state(collection, manifest, options.agenda_seed, options.on_now)
           if options.provisional else None)
    for app in apps:
        row, app_flags, panel = _figures(app, options, quorum, member_z, plain)
        if day is not None:
            row["presented"] = row["id"] not in day.to_present
            if not row["presented"] or (row["n_scores"] == 0 and day.awaits(row["id"])):
                row["status"], panel = None, None  # not "평가불가": its sheets are to come
        rows.append(row)
        flags += app_flags
        if panel:
            small.append(panel)
    if small and not options.accept_small_panel and not options.provisional:
        raise ConsolidationError(
            f"{len(small)} application(s) have a small panel, e.g. {small[0]['application']}: "
            f"{small[0]['reason']}; acknowledge it with --accept-small-panel",
            [f"{p['application']}: {p['reason']}" for p in small])
    all_rubrics = {a.rubric.content_hash: a.rubric for a in apps}
    previous = manifest.get("previous")
    if previous:
        _combine(rows, all_rubrics, previous, session["stage"])
    notes = _rank(rows, all_rubrics, int(session["sites_to_select"]), bool(previous))
    return {
        "format": RESULT_FORMAT,
        "provisional": options.provisional,
        "session": {k: session.get(k) for k in ("id", "title", "program", "stage", "year",
                                                "sites_to_select")},
        "manifest_sha256": manifest_sha256,
        "created": (created or datetime.now().astimezone()).isoformat(timespec="seconds"),
        "signer": signer,
        "rubrics": [{"id": r.id, "hash": h, "subtype": r.subtype, "status": r.status,
                     "total": str(r.total), "pass_score": None if r.pass_score is None
                     else str(r.pass_score), "tie_break": list(r.tie_break),
                     "consolidation": {"rule": r.consolidation.rule,
                                       "trim_min_n": r.consolidation.trim_min_n,
                                       "deviation_threshold":
                                           str(r.consolidation.deviation_threshold)}}
                    for h, r in all_rubrics.items()],
        "rule": options.rule,
        "quorum": quorum,
        "agenda": {"order": agenda(manifest, options.agenda_seed), "seed": options.agenda_seed,
                   "review": session.get("review")},
        "previous": None if not previous else {
            k: previous[k] for k in ("result_sha256", "session_id", "stage", "weight",
                                     "shortlist", "chair")},
        "members": [{"fingerprint": c.fingerprint, "name": c.name,
                     "affiliation": c.affiliation, "role": c.role,
                     "status": _member_status(collection, c.fingerprint)}
                    for c in collection.roster],
        "sheets": {status: [{"member": r.member, "revision": r.revision,
                             "partial": r.verified.partial if r.verified else None,
                             "sha256": r.sha256, "file": shown(r.path.name), "reason": r.reason}
                            for r in collection.records if r.status == status]
                   for status in (USED, SUPERSEDED, DUPLICATE, EXCLUDED)},
        "missing": [{"member": fp, "name": names.get(fp, "")} for fp in collection.missing()],
        "unscored": [{"member": fp, "application": a} for fp, a in collection.unscored()],
        "exclusions": [{"member": e.member, "name": names.get(e.member, ""),
                        "reason": e.reason} for e in collection.exclusions],
        "applications": rows,
        "flags": flags,
        "small_panels": small,
        "notes": notes,
        "acknowledgements": {"small_panel": bool(small) and options.accept_small_panel},
        "calibration": _calibration(apps, collection),
    } | ({"presentation": day.to_json()} if day is not None else {})


def _member_status(collection: Collection, fp: str) -> str:
    if any(e.member == fp for e in collection.exclusions):
        return EXCLUDED
    if any(r.member == fp and r.status == USED for r in collection.records):
        return USED
    return "missing" if fp in collection.expected else "not-scoring"


def _figures(app: _App, options: Options, quorum: int | None,
             member_z: dict[str, tuple[Decimal, Decimal]], plain: _Plain
             ) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any] | None]:
    rubric, scores = app.rubric, app.scores
    conf = rubric.consolidation
    rule = options.rule or conf.rule
    totals = [s.total for s in scores]
    n = len(scores)
    gate_failures = [{"member": s.member, "gates": s.failed_gates}
                     for s in scores if s.failed_gates]
    row: dict[str, Any] = {
        "id": app.data["id"], "applicant": app.data.get("applicant", ""),
        "title": app.data.get("title", ""), "subtype": app.data.get("subtype") or rubric.subtype,
        "rubric_hash": rubric.content_hash, "n_scores": n,
        "totals": [{"member": s.member, "total": plain[s.total]} for s in scores],
        "member_items": [],  # filled for flagged applications below
        "conflicted": list(app.conflicted), "gate_failures": gate_failures,
        "rule_applied": None, "dropped": [], "final_score": None, "item_means": {},
        "group_means": {}, "sd": None, "range": None, "z_mean": None,
        "rank": None, "rank_overall": None, "status": None,
    }
    panel = None
    if n == 0:
        panel = {"application": row["id"], "n": 0, "rule_applied": None,
                 "reason": "every member is conflicted (회피) or excluded: nobody scored it"}
        row["status"] = STATUS_UNSCORED
        return row, [], panel
    agg = aggregate(totals, rule, conf.trim_min_n)
    kept = [scores[i] for i in agg.kept]
    ids = [i.id for i in rubric.items()]
    zeros = [Decimal(0)] * len(ids)
    group_ids = [g.id for g in rubric.groups]
    # each kept member's row of item points (0 where an item has none) and of group points
    item_means = column_means([list(map(s.items.get, ids, zeros)) for s in kept])
    group_means = column_means([list(map(s.groups.__getitem__, group_ids)) for s in kept])
    row.update({
        "rule_applied": agg.rule_applied,
        "dropped": [scores[i].member for i in agg.dropped],
        "final_score": two(agg.value),
        "item_means": dict(zip(ids, map(two, item_means), strict=True)),
        "group_means": dict(zip(group_ids, map(two, group_means), strict=True)),
        "sd": two(population_sd(totals)),
        "range": _plain(max(totals) - min(totals)),
        "z_mean": _z_mean(scores, member_z),
    })
    if gate_failures:
        row["status"] = STATUS_INELIGIBLE
    reasons = []
    if rule == "trimmed-mean" and n < conf.trim_min_n:
        reasons.append(f"{n} score(s), fewer than {conf.trim_min_n}: the plain mean was applied "
                       "instead of the trimmed mean")
    if quorum and n < quorum:
        reasons.append(f"{n} score(s), fewer than the session's quorum of {quorum}")
    if reasons:
        panel = {"application": row["id"], "n": n, "rule_applied": agg.rule_applied,
                 "reason": "; ".join(reasons)}
    flags = []
    for s, others_mean in zip(scores, means_of_the_others(totals) if n > 1 else [],
                              strict=False):
        diff = s.total - others_mean
        if abs(diff) > conf.deviation_threshold:
            flags.append({"application": row["id"], "member": s.member,
                          "total": plain[s.total], "others_mean": two(others_mean),
                          "difference": two(diff),
                          "threshold": _plain(conf.deviation_threshold)})
    if flags:  # each member's item points, for the second-round disagreements list
        text = plain.__getitem__
        row["member_items"] = [
            {"member": s.member, "items": dict(zip(s.items, map(text, s.items.values()),
                                                   strict=True))} for s in scores]
    return row, flags, panel


def _plain(value: Decimal) -> str:
    return format_decimal(value)


def _member_z(apps: Sequence[_App]) -> dict[str, tuple[Decimal, Decimal]]:
    """Each member's mean and spread over the totals they gave (the leniency z-scores use)."""
    given: dict[str, list[Decimal]] = {}
    for app in apps:
        for s in app.scores:
            given.setdefault(s.member, []).append(s.total)
    return {m: (mean(v), population_sd(v)) for m, v in given.items()}


def _z_mean(scores: Sequence[_Score], member_z: dict[str, tuple[Decimal, Decimal]]) -> str:
    zs = []
    for s in scores:
        m, sd = member_z[s.member]
        zs.append((s.total - m) / sd if sd else Decimal(0))
    return f"{mean(zs).quantize(Decimal('0.001')):.3f}"


def _calibration(apps: Sequence[_App], collection: Collection) -> list[dict[str, Any]]:
    """Per member: how many scored, their mean and spread, and their mean offset from the
    committee (their total minus the mean of everyone's totals on the same application)."""
    own: dict[str, list[Decimal]] = {}
    offsets: dict[str, list[Decimal]] = {}
    for app in apps:
        if not app.scores:
            continue
        committee = mean([s.total for s in app.scores])
        for s in app.scores:
            own.setdefault(s.member, []).append(s.total)
            offsets.setdefault(s.member, []).append(s.total - committee)
    return [{"member": c.fingerprint, "n": len(own[c.fingerprint]),
             "mean": two(mean(own[c.fingerprint])), "sd": two(population_sd(own[c.fingerprint])),
             "offset": two(mean(offsets[c.fingerprint]))}
            for c in collection.roster if c.fingerprint in own]


def _combine(rows: list[dict[str, Any]], rubrics: dict[str, Rubric],
             previous: dict[str, Any], stage: str) -> None:
    """A later stage: final = weight × earlier + (1 − weight) × this stage, each in percent of
    its rubric's total, rounded half-up only at the end; this stage's own figure is kept as
    `stage_score` and every stage's percentage in `stage_scores`."""
    weight = Decimal(previous["weight"])
    for row in rows:
        if row["final_score"] is None:
            continue
        earlier = previous["scores"].get(row["id"])
        if earlier is None:
            raise ConsolidationError(f"{row['id']} is not on the shortlist of the "
                                     f"{previous['stage']} result the bundle names")
        own = Decimal(row["final_score"])  # already this stage's official (rounded) figure
        this = percent(own, rubrics[row["rubric_hash"]].total)
        combined = weight * Decimal(earlier["percent"]) + (1 - weight) * this
        row["stage_score"] = row["final_score"]
        row["stage_scores"] = {**earlier["stage_scores"], stage: two(this)}
        row["final_score"] = two(combined)


def _rank_key(row: dict[str, Any], rubric: Rubric, scale: Decimal = Decimal(1)
              ) -> tuple[Decimal, ...]:
    tb = tuple(Decimal(tie_break_mean(row, g) or "-1") * scale for g in rubric.tie_break)
    if "stage_score" in row:  # combined stages: a tie is broken by this (the later) stage
        return (Decimal(row["final_score"]), percent(Decimal(row["stage_score"]), rubric.total),
                *tb)
    return (Decimal(row["final_score"]) * scale, *tb)


def _competition_ranks(rows: list[dict[str, Any]], keys: list[tuple[Decimal, ...]]) -> list[int]:
    """1, 2, 2, 4: equal keys share a rank, the next rank skips."""
    order = sorted(range(len(rows)), key=lambda i: keys[i], reverse=True)
    ranks = [0] * len(rows)
    for pos, i in enumerate(order):
        prev = order[pos - 1] if pos else None
        ranks[i] = ranks[prev] if prev is not None and keys[prev] == keys[i] else pos + 1
    return ranks


def _rank(rows: list[dict[str, Any]], rubrics: dict[str, Rubric], sites: int,
          combined: bool = False) -> list[str]:
    """Ranks within each rubric (subtype), overall where every rubric has the same total, and
    the suggested statuses: 부적격 (a failed gate), 과락 (under the pass score), then 선정 for
    the first `sites` and 예비 for as many again, by the overall order."""
    rankable = [r for r in rows if r["final_score"] is not None
                and r["status"] != STATUS_INELIGIBLE]
    for h, rubric in rubrics.items():
        group = [r for r in rankable if r["rubric_hash"] == h]
        for r, rank in zip(group, _competition_ranks(
                group, [_rank_key(r, rubric) for r in group]), strict=True):
            r["rank"] = rank
    # Combined scores are percentages already, comparable whatever the rubrics' totals.
    same_total = combined or len({r.total for r in rubrics.values()}) == 1
    # Across rubrics with different totals, the order for the statuses is by share of the total.
    keys = [_rank_key(r, rubrics[r["rubric_hash"]],
                      Decimal(1) if same_total else 100 / rubrics[r["rubric_hash"]].total)
            for r in rankable]
    overall = _competition_ranks(rankable, keys)
    if same_total:
        for r, rank in zip(rankable, overall, strict=True):
            r["rank_overall"] = rank
    passing = []
    for r, key in zip(rankable, keys, strict=True):
        pass_score = rubrics[r["rubric_hash"]].pass_score
        own = r.get("stage_score", r["final_score"])  # the pass mark is in this rubric's points
        if pass_score is not None and Decimal(own) < pass_score:
            r["status"] = STATUS_BELOW_PASS
        else:
            passing.append((r, key))
    ranks = _competition_ranks([p[0] for p in passing], [p[1] for p in passing])
    for (r, _), rank in zip(passing, ranks, strict=True):
        r["status"] = (STATUS_SELECTED if rank <= sites else
                       STATUS_RESERVE if rank <= 2 * sites else STATUS_NOT_SELECTED)
    selected = [r["id"] for r, _ in passing if r["status"] == STATUS_SELECTED]
    if len(selected) > sites:
        return [f"{', '.join(selected)} are suggested for selection: a tie at the boundary "
                f"makes them more than the {sites} site(s) to select; the committee decides"]
    return []
