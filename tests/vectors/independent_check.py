"""An independent check of the vector round, written from docs/formats.md alone.

    python3 tests/vectors/independent_check.py tests/vectors [--no-tools]

It never imports the app (tests/test_vectors.py runs it with that import refused). It uses the
standard library, the `rfc8785` package for RFC 8785 (docs/formats.md §1) and the Debian tools
`age`, `minisign`, `unzip` and `sha256sum` (left out with --no-tools: then the decrypted
manifest.json beside each bundle stands in for `age -d`, and no signature is checked). It
verifies every signature and hash, rebuilds both stages' result.json from the sheets, the
manifest and the rules of docs/formats.md §8–§10, and compares them byte for byte.
"""

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import Any

import rfc8785

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its two helper modules beside it
from independent_parts import MT19937, resolve, rubric_hash

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
TOOLS = "--no-tools" not in sys.argv
PROBLEMS: list[str] = []


def jcs(value: Any) -> bytes:
    return rfc8785.dumps(value)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check(ok: bool, what: str) -> None:
    if not ok:
        PROBLEMS.append(what)
        print("FAIL", what)


def tool(*args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout


def minisign_ok(message: Path, signature: Path, key: str, comment: str) -> None:
    """§2: every signature is prehashed minisign; the trusted comment is part of the format."""
    if not TOOLS:
        return
    proc = subprocess.run(["minisign", "-V", "-H", "-m", str(message), "-x", str(signature),
                           "-P", key], capture_output=True, text=True)
    check(proc.returncode == 0, f"minisign -V -H {message}: {proc.stderr.strip()}")
    check(f"Trusted comment: {comment}\n" in proc.stdout, f"{signature}: trusted comment is "
          f"not {comment!r}: {proc.stdout!r}")


# ---- §3 cards -----------------------------------------------------------------------------

def fingerprint(card: dict[str, Any]) -> str:
    h = sha256(jcs({"age": card["age_recipient"], "minisign": card["minisign_public_key"]}))
    return "-".join(h[i:i + 4] for i in range(0, 16, 4)).upper()


def check_card(card: dict[str, Any], tmp: Path) -> None:
    check(card["format"] == "evaluation-desk-card/1", "card format")
    check(card["fingerprint"] == fingerprint(card), f"fingerprint of {card['name']}")
    signed = tmp / "card.bytes"
    signed.write_bytes(jcs({k: v for k, v in card.items() if k != "signature"}))
    (tmp / "card.sig").write_text(card["signature"], encoding="utf-8")
    minisign_ok(signed, tmp / "card.sig", card["minisign_public_key"],
                f"card {card['fingerprint']}")


# ---- numbers (§8) -------------------------------------------------------------------------

def D(x: Any) -> Decimal:
    return Decimal(str(x))


def plain(d: Decimal) -> str:
    """§1 'plain decimal': no exponent, no trailing zeros."""
    t = f"{d.normalize():f}"
    return "0" if t == "-0" else t


def two(d: Decimal) -> str:
    return f"{d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}"


def mean(values: list[Decimal]) -> Decimal:
    with localcontext() as c:
        c.prec = 60
        return sum(values, Decimal(0)) / len(values)


def pop_sd(values: list[Decimal]) -> Decimal:
    if len(values) < 2:
        return Decimal(0)
    with localcontext() as c:
        c.prec = 60
        m = mean(values)
        return (sum(((v - m) ** 2 for v in values), Decimal(0)) / len(values)).sqrt()


def percent(score: Decimal, total: Decimal) -> Decimal:
    with localcontext() as c:
        c.prec = 60
        return score * 100 / total


def points(item: dict[str, Any], value: str) -> Decimal:
    if item["scale"] == "grade":
        return (D(item["max_points"]) * D(item["grades"][value]) / 100).normalize()
    return Decimal(value)


# ---- §7 sheets ----------------------------------------------------------------------------

def check_sheet(path: Path, manifest: dict[str, Any], msha: str, rubrics: dict[str, Any],
                roster: dict[str, dict[str, Any]]) -> dict[str, Any]:
    data = path.read_bytes()
    sheet = json.loads(data)
    check(jcs(sheet) == data, f"{path.name}: not RFC 8785")
    check(sheet["format"] == "evaluation-desk-sheet/2", f"{path.name}: format")
    fp = sheet["member"]["fingerprint"]
    card = roster[fp]
    check(sheet["member"]["card"] == card, f"{path.name}: card differs from the roster's")
    tail = f" p{sheet['partial']}" if sheet.get("partial") else ""
    minisign_ok(path, Path(f"{path}.minisig"), card["minisign_public_key"],
                f"sheet {sheet['session']['id']} {fp} r{sheet['revision']}{tail}")
    check(sheet["manifest_sha256"] == msha, f"{path.name}: manifest_sha256")
    check(sheet["session"] == {k: manifest["session"][k] for k in ("id", "title", "program",
                                                                   "stage")}, "sheet session")
    head = sheet["audit_head"]
    check(len(head) == 64 and set(head) <= set("0123456789abcdef") and head != "0" * 64,
          f"{path.name}: audit_head")
    if manifest.get("pledge"):
        check(sheet["pledge"]["pledge_sha256"] == sha256(manifest["pledge"].encode()),
              f"{path.name}: pledge hash")
        check(sheet["pledge"]["fingerprint"] == fp, f"{path.name}: pledge signer")
    expected = {a["id"]: a["rubric_hash"] for a in manifest["applications"]}
    declared = {c["application"] for c in manifest["conflicts"] if c["member"] == fp}
    ids = [a["id"] for a in sheet["applications"]]
    if sheet.get("partial"):
        check(set(ids) <= set(expected) and len(set(ids)) == len(ids), "partial coverage")
    else:
        check(sorted(ids) == sorted(expected), f"{path.name}: coverage")
    for app in sheet["applications"]:
        check(app["rubric_hash"] == expected[app["id"]], f"{path.name}: rubric hash")
        if app["conflict"] is not None:
            check("items" not in app and "total" not in app, "a 회피 carries no scores")
            continue
        check(app["id"] not in declared, f"{path.name}: scored a declared conflict")
        rubric = rubrics[app["rubric_hash"]]
        items = {i["id"]: i for g in rubric["groups"] for i in g["items"]}
        subtotal = Decimal(0)
        for i in app["items"]:
            if i["value"] is None:
                check(i["points"] is None, "no value, no points")
                continue
            p = points(items[i["item"]], i["value"])
            check(i["points"] == plain(p), f"{path.name} {app['id']} {i['item']}: points")
            subtotal += p
        bonus = sum((D(a["points"]) for a in app["adjustments"] if a["kind"] == "bonus"),
                    Decimal(0))
        penalty = sum((D(a["points"]) for a in app["adjustments"] if a["kind"] == "penalty"),
                      Decimal(0))
        for key, value in (("subtotal", subtotal), ("bonus", bonus), ("penalty", penalty),
                           ("total", subtotal + bonus - penalty)):
            check(app[key] == plain(value), f"{path.name} {app['id']}: {key}")
        check(app["gate_failed"] == any(g["decision"] == "fail" for g in app["gates"]),
              "gate_failed")
    return sheet


# ---- §8 which sheets count, and the figures -----------------------------------------------

def collect(folder: Path, manifest: dict[str, Any], msha: str, rubrics: dict[str, Any],
            roster: dict[str, dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The records (§8.1, in result order) and the counting sheet per member."""
    order = list(roster)
    by_member: dict[str, list[tuple[Path, dict[str, Any], str]]] = {}
    for path in sorted(folder.glob("*.json")):
        sheet = check_sheet(path, manifest, msha, rubrics, roster)
        by_member.setdefault(sheet["member"]["fingerprint"], []).append(
            (path, sheet, "sha256:" + sha256(path.read_bytes())))
    records, counting = [], {}
    for fp, sheets in by_member.items():
        key = {id(s): (s["revision"], 1 if not s.get("partial") else 0, s.get("partial") or 0)
               for _, s, _ in sheets}
        seen: dict[str, Path] = {}
        latest = max(sheets, key=lambda x: key[id(x[1])])
        label = f"revision {latest[1]['revision']}" + (
            f" partial {latest[1]['partial']}" if latest[1].get("partial") else "")
        for path, s, digest in sorted(sheets, key=lambda x: str(x[0])):
            status, reason = "used", ""
            if digest in seen:
                status, reason = "duplicate", f"the same sheet as {seen[digest].name}"
            elif key[id(s)] != key[id(latest[1])]:
                status, reason = "superseded", f"{label} replaces it"
            seen.setdefault(digest, path)
            records.append({"member": fp, "revision": s["revision"],
                            "partial": s.get("partial"), "sha256": digest, "file": path.name,
                            "reason": reason, "status": status, "path": str(path)})
        counting[fp] = latest[1]
    records.sort(key=lambda r: (order.index(r["member"]), -r["revision"], r["path"]))
    return records, counting


def figures(manifest: dict[str, Any], rubrics: dict[str, Any], counting: dict[str, Any],
            roster: list[str], options: dict[str, Any]) -> tuple[list, list, list, list]:
    apps = []
    for a in manifest["applications"]:
        app = {"data": a, "rubric": rubrics[a["rubric_hash"]], "scores": [], "conflicted": []}
        for fp in roster:
            rec = next((r for r in counting.get(fp, {}).get("applications", [])
                        if r["id"] == a["id"]), None)
            if rec is None:
                continue
            if rec["conflict"] is not None:
                app["conflicted"].append(fp)
                continue
            pts = {i["item"]: D(i["points"]) for i in rec["items"] if i["value"] is not None}
            app["scores"].append({
                "member": fp, "total": D(rec["total"]), "items": pts,
                "groups": {g["id"]: sum((pts.get(i["id"], Decimal(0)) for i in g["items"]),
                                        Decimal(0)) for g in app["rubric"]["groups"]},
                "failed": [g["gate"] for g in rec["gates"] if g["decision"] == "fail"]})
        apps.append(app)
    given: dict[str, list[Decimal]] = {}
    for app in apps:
        for s in app["scores"]:
            given.setdefault(s["member"], []).append(s["total"])
    member_z = {m: (mean(v), pop_sd(v)) for m, v in given.items()}
    rows, flags, small = [], [], []
    for app in apps:
        rubric, scores, data = app["rubric"], app["scores"], app["data"]
        cons = rubric["consolidation"]
        rule = options["rule"] or cons["rule"]
        totals = [s["total"] for s in scores]
        n = len(totals)
        row = {"id": data["id"], "applicant": data.get("applicant", ""),
               "title": data.get("title", ""), "subtype": data.get("subtype") or rubric["subtype"],
               "rubric_hash": data["rubric_hash"], "n_scores": n,
               "totals": [{"member": s["member"], "total": plain(s["total"])} for s in scores],
               "member_items": [], "conflicted": app["conflicted"],
               "gate_failures": [{"member": s["member"], "gates": s["failed"]}
                                 for s in scores if s["failed"]],
               "rule_applied": None, "dropped": [], "final_score": None, "item_means": {},
               "group_means": {}, "sd": None, "range": None, "z_mean": None, "rank": None,
               "rank_overall": None, "status": None}
        rows.append(row)
        if n == 0:
            row["status"] = "평가불가"
            small.append({"application": data["id"], "n": 0, "rule_applied": None,
                          "reason": "every member is conflicted (회피) or excluded: nobody "
                                    "scored it"})
            continue
        kept, dropped, applied = list(range(n)), [], "mean"
        if rule == "median":
            o = sorted(totals)
            value = o[n // 2] if n % 2 else mean([o[n // 2 - 1], o[n // 2]])
            applied = "median"
        elif rule == "mean" or n < max(cons["trim_min_n"], 3):
            value = mean(totals)
        else:
            high = max(range(n), key=lambda i: (totals[i], -i))
            low = min(range(n), key=lambda i: (totals[i], i))
            if high == low:
                high, low = 0, 1
            dropped = sorted((high, low))
            kept = [i for i in range(n) if i not in dropped]
            value, applied = mean([totals[i] for i in kept]), "trimmed-mean"
        ks = [scores[i] for i in kept]
        zs = []
        for s in scores:
            m, sd = member_z[s["member"]]
            zs.append((s["total"] - m) / sd if sd else Decimal(0))  # 28 digits (§8.5)
        row.update({
            "rule_applied": applied, "dropped": [scores[i]["member"] for i in dropped],
            "final_score": two(value),
            "item_means": {i["id"]: two(mean([s["items"].get(i["id"], Decimal(0)) for s in ks]))
                           for g in rubric["groups"] for i in g["items"]},
            "group_means": {g["id"]: two(mean([s["groups"][g["id"]] for s in ks]))
                            for g in rubric["groups"]},
            "sd": two(pop_sd(totals)), "range": plain(max(totals) - min(totals)),
            "z_mean": f"{mean(zs).quantize(Decimal('0.001'), rounding=ROUND_HALF_EVEN):.3f}"})
        if row["gate_failures"]:
            row["status"] = "부적격"
        reasons = []
        if rule == "trimmed-mean" and n < cons["trim_min_n"]:
            reasons.append(f"{n} score(s), fewer than {cons['trim_min_n']}: the plain mean was "
                           "applied instead of the trimmed mean")
        quorum = manifest["session"].get("quorum")
        if quorum and n < quorum:
            reasons.append(f"{n} score(s), fewer than the session's quorum of {quorum}")
        if reasons:
            small.append({"application": data["id"], "n": n, "rule_applied": applied,
                          "reason": "; ".join(reasons)})
        app_flags = []
        for s in scores if n > 1 else []:
            with localcontext() as c:
                c.prec = 60
                others = (sum(totals, Decimal(0)) - s["total"]) / (n - 1)
            diff = s["total"] - others
            if abs(diff) > D(cons["deviation_threshold"]):
                app_flags.append({"application": data["id"], "member": s["member"],
                                  "total": plain(s["total"]), "others_mean": two(others),
                                  "difference": two(diff),
                                  "threshold": plain(D(cons["deviation_threshold"]))})
        if app_flags:
            row["member_items"] = [{"member": s["member"],
                                    "items": {k: plain(v) for k, v in s["items"].items()}}
                                   for s in scores]
        flags += app_flags
    calibration = []
    own: dict[str, list[Decimal]] = {}
    offsets: dict[str, list[Decimal]] = {}
    for app in apps:
        if app["scores"]:
            committee = mean([s["total"] for s in app["scores"]])
            for s in app["scores"]:
                own.setdefault(s["member"], []).append(s["total"])
                offsets.setdefault(s["member"], []).append(s["total"] - committee)
    for fp in roster:
        if fp in own:
            calibration.append({"member": fp, "n": len(own[fp]), "mean": two(mean(own[fp])),
                                "sd": two(pop_sd(own[fp])), "offset": two(mean(offsets[fp]))})
    return rows, flags, small, calibration


def combine(rows: list[dict[str, Any]], rubrics: dict[str, Any], previous: dict[str, Any],
            stage: str) -> None:
    """§10: each stage enters with its rounded final score as a percent of its total."""
    w = D(previous["weight"])
    for row in rows:
        if row["final_score"] is None:
            continue
        earlier = previous["scores"][row["id"]]
        this = percent(D(row["final_score"]), D(rubrics[row["rubric_hash"]]["total"]))
        combined = w * D(earlier["percent"]) + (1 - w) * this  # 28 digits (§10)
        row["stage_score"] = row["final_score"]
        row["stage_scores"] = {**earlier["stage_scores"], stage: two(this)}
        row["final_score"] = two(combined)


def competition(keys: list[tuple]) -> list[int]:
    order = sorted(range(len(keys)), key=lambda i: keys[i], reverse=True)
    ranks = [0] * len(keys)
    for pos, i in enumerate(order):
        prev = order[pos - 1] if pos else None
        ranks[i] = ranks[prev] if prev is not None and keys[prev] == keys[i] else pos + 1
    return ranks


def rank(rows: list[dict[str, Any]], rubrics: dict[str, Any], sites: int,
         combined: bool) -> list[str]:
    def key(row: dict[str, Any], rubric: dict[str, Any], scale: Decimal) -> tuple:
        tb = tuple(D(row["group_means"].get(g, "-1")) * scale for g in rubric["tie_break"])
        if "stage_score" in row:
            return (D(row["final_score"]), percent(D(row["stage_score"]), D(rubric["total"])),
                    *tb)
        return (D(row["final_score"]) * scale, *tb)

    rankable = [r for r in rows if r["final_score"] is not None and r["status"] != "부적격"]
    for h, rubric in rubrics.items():
        group = [r for r in rankable if r["rubric_hash"] == h]
        for r, n in zip(group, competition([key(r, rubric, Decimal(1)) for r in group]),
                        strict=True):
            r["rank"] = n
    same = combined or len({D(r["total"]) for r in rubrics.values()}) == 1
    keys = [key(r, rubrics[r["rubric_hash"]], Decimal(1) if same
                else 100 / D(rubrics[r["rubric_hash"]]["total"])) for r in rankable]
    if same:
        for r, n in zip(rankable, competition(keys), strict=True):
            r["rank_overall"] = n
    passing = []
    for r, k in zip(rankable, keys, strict=True):
        ps = rubrics[r["rubric_hash"]].get("pass_score")
        if ps is not None and D(r.get("stage_score", r["final_score"])) < D(ps):
            r["status"] = "과락"
        else:
            passing.append((r, k))
    for (r, _), n in zip(passing, competition([k for _, k in passing]), strict=True):
        r["status"] = "선정" if n <= sites else "예비" if n <= 2 * sites else "미선정"
    selected = [r["id"] for r, _ in passing if r["status"] == "선정"]
    if len(selected) > sites:
        return [f"{', '.join(selected)} are suggested for selection: a tie at the boundary "
                f"makes them more than the {sites} site(s) to select; the committee decides"]
    return []


def rebuild(folder: Path, manifest: dict[str, Any], msha: str, recorded: dict[str, Any]
            ) -> dict[str, Any]:
    """§11: the whole result.json from the sheets, the manifest and the recorded options."""
    rubrics = manifest["rubrics"]
    cards = [manifest["roster"]["chair"], *manifest["roster"]["members"]]
    roster = {c["fingerprint"]: c for c in cards}
    members = [c["fingerprint"] for c in manifest["roster"]["members"]]
    records, counting = collect(folder / "sheets", manifest, msha, rubrics, roster)
    options = {"rule": recorded["rule"]}
    rows, flags, small, calibration = figures(manifest, rubrics, counting, list(roster), options)
    session, previous = manifest["session"], manifest.get("previous")
    used = [r for r in records if r["status"] == "used"]
    if previous:
        combine(rows, rubrics, previous, session["stage"])
    notes = rank(rows, {r["rubric_hash"]: rubrics[r["rubric_hash"]] for r in rows},
                 session["sites_to_select"], bool(previous))
    seed = recorded["agenda"]["seed"]
    order = [a["id"] for a in manifest["applications"]]
    if seed:
        order = MT19937(f"evaluation-desk draw {seed.strip()}".encode()).shuffle(sorted(order))
    unscored = []
    declared = {(c["member"], c["application"]) for c in manifest["conflicts"]}
    for r in used:
        if r["partial"]:
            have = {a["id"] for a in counting[r["member"]]["applications"]}
            unscored += [{"member": r["member"], "application": a} for a in
                         (x["id"] for x in manifest["applications"])
                         if a not in have and (r["member"], a) not in declared]
    chair = manifest["roster"]["chair"]
    in_order = list(dict.fromkeys(r["rubric_hash"] for r in rows))
    return {
        "format": "evaluation-desk-result/2", "provisional": False,
        "session": {k: session.get(k) for k in ("id", "title", "program", "stage", "year",
                                                "sites_to_select")},
        "manifest_sha256": msha, "created": recorded["created"],
        "signer": {"fingerprint": chair["fingerprint"], "name": chair["name"],
                   "role": chair["role"], "card": chair},
        "rubrics": [{"id": rubrics[h]["id"], "hash": h, "subtype": rubrics[h]["subtype"],
                     "status": rubrics[h]["status"], "total": plain(D(rubrics[h]["total"])),
                     "pass_score": None if "pass_score" not in rubrics[h]
                     else plain(D(rubrics[h]["pass_score"])),
                     "tie_break": rubrics[h]["tie_break"],
                     "consolidation": {**rubrics[h]["consolidation"], "deviation_threshold":
                                       plain(D(rubrics[h]["consolidation"]
                                               ["deviation_threshold"]))}}
                    for h in in_order],
        "rule": recorded["rule"], "quorum": session.get("quorum"),
        "agenda": {"order": order, "seed": seed, "review": session.get("review")},
        "previous": None if not previous else {k: previous[k] for k in (
            "result_sha256", "session_id", "stage", "weight", "shortlist", "chair")},
        "members": [{"fingerprint": c["fingerprint"], "name": c["name"],
                     "affiliation": c["affiliation"], "role": c["role"],
                     "status": "used" if c["fingerprint"] in counting else
                     "missing" if c["fingerprint"] in members else "not-scoring"}
                    for c in cards],
        "sheets": {s: [{k: r[k] for k in ("member", "revision", "partial", "sha256", "file",
                                          "reason")} for r in records if r["status"] == s]
                   for s in ("used", "superseded", "duplicate", "excluded")},
        "missing": [{"member": fp, "name": roster[fp]["name"]} for fp in members
                    if fp not in counting],
        "unscored": unscored, "exclusions": [],
        "applications": rows, "flags": flags, "small_panels": small, "notes": notes,
        "acknowledgements": {"small_panel": bool(small)
                             and recorded["acknowledgements"]["small_panel"]},
        "calibration": calibration,
    }


def differences(a: Any, b: Any, where: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b))
                for d in differences(a.get(k, "(absent)"), b.get(k, "(absent)"),
                                     f"{where}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True))
                for d in differences(x, y, f"{where}[{i}]")]
    return [] if a == b else [f"{where}: recorded {a!r}, recomputed {b!r}"]


def manifest_of(folder: Path, key: str, tmp: Path, secretariat: dict[str, Any]) -> bytes:
    """§6: the manifest decrypted with `age` (any roster key), its signature checked."""
    plain_manifest = (folder / "manifest.json").read_bytes()
    if not TOOLS:
        return plain_manifest
    keyfile = tmp / "key.txt"
    keyfile.write_text(key + "\n", encoding="utf-8")
    os.chmod(keyfile, 0o600)
    evb = str(folder / "bundle.evb")
    decrypted = tool("age", "-d", "-i", str(keyfile), data=tool("unzip", "-p", evb,
                                                                 "manifest.age"))
    check(decrypted == plain_manifest, f"{folder.name}: age -d of manifest.age")
    header = json.loads(tool("unzip", "-p", evb, "header.json"))
    (tmp / "manifest.json").write_bytes(decrypted)
    (tmp / "manifest.minisig").write_bytes(tool("unzip", "-p", evb, "manifest.minisig"))
    minisign_ok(tmp / "manifest.json", tmp / "manifest.minisig",
                secretariat["minisign_public_key"],
                f"bundle {header['session_id']} {header['created']}")
    manifest = json.loads(decrypted)
    check(header["secretariat_fingerprint"] == manifest["secretariat"]["fingerprint"],
          "header: secretariat")
    for a in manifest["applications"]:
        for d in a["documents"]:
            entry = tool("unzip", "-p", evb, f"docs/{d['id']}.age")
            check(sha256(entry) == d["encrypted_sha256"], f"{d['name']}: encrypted_sha256")
            doc = tool("age", "-d", "-i", str(keyfile), data=entry)
            check(sha256(doc) == d["sha256"] == sha256((folder / "docs" / d["name"]).read_bytes()),
                  f"{d['name']}: sha256")
    return decrypted


def main() -> None:
    expected = json.loads((ROOT / "expected.json").read_text(encoding="utf-8"))
    cards = {p.stem: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((ROOT / "cards").glob("*.json"))}
    chair_key = json.loads((ROOT / "keys" / "chair.secret.json").read_text())["age_identity"]
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for stem, card in cards.items():
            check_card(card, tmp)
            check(card["fingerprint"] == expected["cards"][stem]["fingerprint"], stem)
        resolved = {}
        for path in sorted((ROOT / "rubrics").glob("*.toml")):
            r = resolve(tomllib.loads(path.read_text(encoding="utf-8")))
            resolved[rubric_hash(r)] = r
            check(rubric_hash(r) == expected["rubrics"][path.stem], f"rubric hash {path.stem}")
        print(f"cards: {len(cards)} fingerprints and self-signatures; rubrics: "
              f"{', '.join(resolved)}")
        for stage in ("written", "presentation"):
            folder = ROOT / stage
            data = manifest_of(folder, chair_key, tmp, cards["secretariat"])
            manifest = json.loads(data)
            msha = "sha256:" + sha256(data)
            check(msha == expected["stages"][stage]["manifest_sha256"], "manifest_sha256")
            for h, r in manifest["rubrics"].items():
                check(resolved.get(h) == r and rubric_hash(r) == h, f"frozen rubric {h}")
            if manifest.get("previous"):
                earlier = ROOT / "written" / "result" / "result.json"
                previous = manifest["previous"]
                check(previous["result_sha256"] == "sha256:" + sha256(earlier.read_bytes()),
                      "previous result_sha256")
                before = json.loads(earlier.read_bytes())
                for aid, s in previous["scores"].items():
                    row = next(r for r in before["applications"] if r["id"] == aid)
                    total = D(next(r["total"] for r in before["rubrics"]
                                   if r["hash"] == row["rubric_hash"]))
                    check(D(s["percent"]) == percent(D(row["final_score"]), total)
                          and s["final_score"] == row["final_score"], f"previous {aid}")
            out = folder / "result"
            recorded_bytes = (out / "result.json").read_bytes()
            recorded = json.loads(recorded_bytes)
            chair = manifest["roster"]["chair"]
            minisign_ok(out / "result.json", out / "result.json.minisig",
                        chair["minisign_public_key"],
                        f"result {recorded['session']['id']} {recorded['created']}")
            minisign_ok(out / "SHA256SUMS", out / "SHA256SUMS.minisig",
                        chair["minisign_public_key"], "evaluation-desk-sums/1 "
                        f"{recorded['session']['id']} {recorded['created']}")
            if TOOLS:
                sums = subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=out,
                                      capture_output=True, text=True)
                check(sums.returncode == 0, f"sha256sum -c: {sums.stdout}{sums.stderr}")
            again = rebuild(folder, manifest, msha, recorded)
            for line in differences(recorded, again):
                check(False, f"{stage} result.json{line}")
            check(jcs(again) == recorded_bytes, f"{stage}: result.json not reproduced byte for "
                                                "byte")
            print(f"{stage}: manifest {msha[:19]}…, {len(list((folder / 'sheets').glob('*.json')))}"
                  f" sheets, result.json rebuilt ({len(recorded_bytes)} bytes)")
    if PROBLEMS:
        print(f"{len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print("OK: every figure of both stages recomputed, every signature and hash verified"
          + ("" if TOOLS else " (signatures not checked: --no-tools)"))


if __name__ == "__main__":
    main()
