"""The chair's consolidation on real signed sheets of a seven-member committee, hand-computed.

Member 1 (이위원) is conflicted on A03 (pre-declared by the secretariat). Subtypes: A01, A02,
A05 population; A03, A04, A06 climate — two rubrics with the same total (100), 3 sites.
"""

import json
import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator_app.canonical import canonical_json
from evaluator_app.consolidation import Exclusion, Options, run, verify_result, write_result
from evaluator_app.consolidation.result import trusted_comment as result_comment
from evaluator_app.errors import ConsolidationError
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.sheet import SheetContext
from evaluator_demo.committee_sim import Score, sheet_content, sign_sheet, write_signed_sheet

# rows: members 0–6; columns: A01–A06 (None: 회피)
TOTALS = [[82, 75, 68, 90, 61, 77],
          [85, 70, None, 88, 65, 74],
          [80, 72, 66, 91, 60, 79],
          [90, 71, 70, 85, 58, 80],
          [60, 74, 69, 87, 63, 76],
          [81, 73, 67, 92, 64, 78],
          [83, 76, 71, 89, 62, 75]]
APPS = ["A01", "A02", "A03", "A04", "A05", "A06"]


@pytest.fixture(scope="module")
def bundle(big):
    return load_bundle(big.evb, big.chair)


def scores_of(i: int, matrix=TOTALS) -> dict:
    return dict(zip(APPS, matrix[i], strict=True))


def sign_all(big, bundle, folder: Path, matrix=TOTALS, extra=None) -> list[Path]:
    extra = extra or {}
    return [sign_sheet(bundle, m, {**scores_of(i, matrix), **extra.get(i, {})}, folder)
            for i, m in enumerate(big.members)]


def by_id(result) -> dict:
    return {a["id"]: a for a in result["applications"]}


def test_a_whole_round_hand_computed(big, bundle, tmp_path):
    sign_all(big, bundle, tmp_path / "s", extra={4: {"A05": Score(D(63), failed_gate="G1")}})
    result = run([tmp_path / "s"], bundle, big.chair.card).result
    apps = by_id(result)
    fp = [m.card.fingerprint for m in big.members]
    # A01: 82 85 80 90 60 81 83 → drop 90 (m3) and 60 (m4) → 411 / 5
    assert apps["A01"]["final_score"] == "82.20"
    assert apps["A01"]["dropped"] == [fp[3], fp[4]]
    assert apps["A01"]["rule_applied"] == "trimmed-mean" and apps["A01"]["n_scores"] == 7
    # A03: m1 conflicted → 68 66 70 69 67 71 (n = 6) → drop 71 and 66 → 274 / 4
    assert apps["A03"]["final_score"] == "68.50" and apps["A03"]["n_scores"] == 6
    assert apps["A03"]["conflicted"] == [fp[1]]
    assert {a: apps[a]["final_score"] for a in ("A02", "A04", "A06")} == {
        "A02": "73.00", "A04": "89.00", "A06": "77.00"}
    # A05: m4 failed a gate → 부적격, not ranked
    assert apps["A05"]["status"] == "부적격" and apps["A05"]["rank"] is None
    assert apps["A05"]["gate_failures"] == [{"member": fp[4], "gates": ["G1"]}]
    # ranks within each subtype, and overall (both rubrics total 100)
    assert [(a, apps[a]["rank"]) for a in ("A04", "A06", "A03")] == [
        ("A04", 1), ("A06", 2), ("A03", 3)]
    assert [(a, apps[a]["rank"]) for a in ("A01", "A02")] == [("A01", 1), ("A02", 2)]
    assert [apps[a]["rank_overall"] for a in ("A04", "A01", "A06", "A02", "A03")] == [
        1, 2, 3, 4, 5]
    assert [apps[a]["status"] for a in ("A04", "A01", "A06", "A02", "A03")] == [
        "선정", "선정", "선정", "예비", "예비"]
    # m4's 60 on A01 is 23.5 under the others' mean of 83.5 (threshold 15)
    assert result["flags"] == [{"application": "A01", "member": fp[4], "total": "60",
                                "others_mean": "83.50", "difference": "-23.50",
                                "threshold": "15"}]
    # per-item means over the kept members sum to the final score
    assert sum(D(v) for v in apps["A04"]["item_means"].values()) == D("89.00")
    assert result["small_panels"] == [] and result["missing"] == []
    assert [m["status"] for m in result["members"]] == ["not-scoring"] + ["used"] * 7


def test_ties_at_the_maximum_and_minimum_drop_only_one_each(big, bundle, tmp_path):
    matrix = [list(r) for r in TOTALS]
    for i, t in enumerate([90, 90, 70, 80, 70, 85, 75]):
        matrix[i][0] = t
    sign_all(big, bundle, tmp_path, matrix)
    a01 = by_id(run([tmp_path], bundle, big.chair.card).result)["A01"]
    assert a01["final_score"] == "80.00"  # (90 + 80 + 70 + 85 + 75) / 5
    fp = [m.card.fingerprint for m in big.members]
    assert a01["dropped"] == [fp[0], fp[2]]


def test_a_small_panel_needs_acknowledging_and_rounds_half_up(big, bundle, tmp_path):
    """Three members recuse themselves from A02: n = 4 < 5, the plain mean applies."""
    matrix = [list(r) for r in TOTALS]
    for i, t in enumerate([D("80.5"), None, None, None, 80, 80, 80]):
        matrix[i][1] = t
    sign_all(big, bundle, tmp_path, matrix)
    with pytest.raises(ConsolidationError, match=r"A02: 4 score.*--accept-small-panel"):
        run([tmp_path], bundle, big.chair.card)
    result = run([tmp_path], bundle, big.chair.card,
                 options=Options(accept_small_panel=True)).result
    a02 = by_id(result)["A02"]
    assert a02["final_score"] == "80.13"  # 320.5 / 4 = 80.125, half-up
    assert a02["rule_applied"] == "mean" and a02["dropped"] == []
    assert result["small_panels"][0]["application"] == "A02"
    assert result["acknowledgements"] == {"small_panel": True}


def test_n_exactly_at_trim_min_n_is_trimmed(big, bundle, tmp_path):
    matrix = [list(r) for r in TOTALS]
    for i, t in enumerate([60, None, None, 70, 80, 90, 100]):
        matrix[i][1] = t
    sign_all(big, bundle, tmp_path, matrix)
    a02 = by_id(run([tmp_path], bundle, big.chair.card).result)["A02"]
    assert (a02["final_score"], a02["rule_applied"], a02["n_scores"]) == (
        "80.00", "trimmed-mean", 5)


def test_the_rule_can_be_chosen(big, bundle, tmp_path):
    sign_all(big, bundle, tmp_path)
    median = by_id(run([tmp_path], bundle, big.chair.card,
                       options=Options(rule="median")).result)
    assert median["A01"]["final_score"] == "82.00"  # 60 80 81 82 83 85 90
    mean = by_id(run([tmp_path], bundle, big.chair.card, options=Options(rule="mean")).result)
    assert mean["A01"]["final_score"] == "80.14"  # 561 / 7 = 80.142…


def test_tie_break_by_group_and_a_tie_that_stays(big, bundle, tmp_path):
    """A03 and A06 both 80; A03 has the higher mean on group 2 (the rubric's tie_break is
    2 then 1). A01 and A02 are equal in everything: they share rank 1 and A05 is 3rd."""
    strong = Score(D(80), {"2-1": D(10), "2-2": D(10), "2-3": D(10)})
    weak = Score(D(80), {"2-1": D(10), "2-2": D(10), "2-3": D(0)})
    scores = {"A01": 75, "A02": 75, "A03": strong, "A04": 70, "A05": 65, "A06": weak}
    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, {**scores, "A03": None} if i == 1 else scores, tmp_path)
    apps = by_id(run([tmp_path], bundle, big.chair.card).result)
    assert apps["A03"]["final_score"] == apps["A06"]["final_score"] == "80.00"
    assert (apps["A03"]["rank"], apps["A06"]["rank"], apps["A04"]["rank"]) == (1, 2, 3)
    assert apps["A03"]["group_means"]["2"] == "30.00"
    assert (apps["A01"]["rank"], apps["A02"]["rank"], apps["A05"]["rank"]) == (1, 1, 3)
    # overall: A03 1, A06 2, A01 and A02 share 3 — four suggested for three sites: a note
    result = run([tmp_path], bundle, big.chair.card).result
    assert [apps[a]["rank_overall"] for a in ("A03", "A06", "A01", "A02", "A04", "A05")] == [
        1, 2, 3, 3, 5, 6]
    assert [apps[a]["status"] for a in ("A01", "A02", "A04", "A05")] == [
        "선정", "선정", "예비", "예비"]
    assert result["notes"] and "more than the 3 site(s)" in result["notes"][0]


def test_revisions_duplicates_and_equivocation(big, bundle, tmp_path):
    sign_all(big, bundle, tmp_path / "usb")
    m0 = big.members[0]
    r2 = sign_sheet(bundle, m0, {**scores_of(0), "A01": 84}, tmp_path / "usb" / "later", 2)
    shutil.copy(r2, tmp_path / "copy.json")
    shutil.copy(str(r2) + ".minisig", tmp_path / "copy.json.minisig")
    done = run([tmp_path / "usb", tmp_path / "copy.json"], bundle, big.chair.card)
    mine = [r for r in done.collection.records if r.member == m0.card.fingerprint]
    assert sorted((r.revision, r.status) for r in mine) == [
        (1, "superseded"), (2, "duplicate"), (2, "used")]
    result = done.result
    assert by_id(result)["A01"]["totals"][0]["total"] == "84"
    assert [s["revision"] for s in result["sheets"]["superseded"]] == [1]
    # a different revision 2 signed by the same member: refused, naming both files
    other = sign_sheet(bundle, m0, {**scores_of(0), "A01": 50}, tmp_path / "usb" / "forked", 2)
    with pytest.raises(ConsolidationError, match="two different sheets as revision 2") as e:
        run([tmp_path / "usb"], bundle, big.chair.card)
    assert str(other) in e.value.message and "later" in e.value.message


def forge(bundle, member, folder: Path, change, signer=None) -> Path:
    """A real sheet of `member` altered by `change` and validly signed by `signer` (the member
    unless given: as a member could)."""
    ctx = SheetContext.of(bundle)
    sheet = sheet_content(bundle, ctx, member, {})
    change(sheet)
    return write_signed_sheet(sheet, signer or member, folder)


def test_bad_sheets_are_rejected_with_one_sentence_and_block_the_result(big, bundle, tmp_path):
    sign_all(big, bundle, tmp_path / "ok")
    bad = tmp_path / "bad"
    tampered = sign_sheet(bundle, big.members[3], scores_of(3), bad / "t", revision=3)
    tampered.write_bytes(tampered.read_bytes().replace(b'"total":"90"', b'"total":"99"'))

    def other_session(sheet):
        sheet["session"]["id"] = "2025-other-session"

    forge(bundle, big.members[5], bad / "s", other_session)
    card = big.outsider.card  # someone off the roster signs a copy of 김위원's sheet as theirs
    forge(bundle, big.members[0], bad / "u", lambda s: s.update(
        member={"card": card.to_dict(), "fingerprint": card.fingerprint}), big.outsider)
    with pytest.raises(ConsolidationError, match="3 problem") as e:
        run([tmp_path / "ok", bad], bundle, big.chair.card)
    assert len(e.value.problems) == 3
    reasons = " | ".join(e.value.problems)
    assert "the signature does not verify with 최위원's key" in reasons
    assert "not 2025-strong-small-written" in reasons
    assert "not on the roster" in reasons
    # a provisional result lists them and uses only the valid sheets
    done = run([tmp_path / "ok", bad], bundle, None, options=Options(provisional=True))
    assert len(done.collection.rejected()) == 3
    assert by_id(done.result)["A04"]["final_score"] == "89.00"


@pytest.mark.parametrize("change, missing", [
    (lambda s: s["pledge"].update(pledge_sha256=""), "has no pledge hash (pledge_sha256 is "
                                                     "empty)"),
    (lambda s: s.update(pledge=None), "has no pledge hash"),
    (lambda s: s["pledge"].update(pledge_sha256="0" * 64),
     "carries the hash of another pledge"),
    (lambda s: s.update(audit_head=""), "has no audit head (audit_head is empty"),
    (lambda s: s.update(audit_head="0" * 64), "has no audit head"),
])
def test_a_sheet_without_the_pledge_or_its_log_is_refused_by_name(big, bundle, tmp_path, change,
                                                                   missing):
    """Validly signed by a roster member, but without the pledge's hash or the audit head a
    workspace export carries: not a sheet. The consolidation names the file and the member."""
    sign_all(big, bundle, tmp_path / "ok")
    bad = forge(bundle, big.members[2], tmp_path / "bad", change)
    (tmp_path / "ok" / bad.name).unlink()  # 박위원's valid sheet is not handed in
    (tmp_path / "ok" / (bad.name + ".minisig")).unlink()
    with pytest.raises(ConsolidationError, match="keep the result from being signed") as e:
        run([tmp_path / "ok", bad], bundle, big.chair.card)
    assert e.value.problems[0].startswith(f"{bad.name} is rejected: 박위원's sheet ("), e.value
    assert missing in e.value.problems[0]


def test_missing_and_excluded_members(big, bundle, tmp_path):
    for i, m in enumerate(big.members[:6]):
        sign_sheet(bundle, m, scores_of(i), tmp_path)
    absent = big.members[6].card.fingerprint
    with pytest.raises(ConsolidationError, match=r"조위원 .* has not handed in a sheet"):
        run([tmp_path], bundle, big.chair.card)
    result = run([tmp_path], bundle, big.chair.card,
                 [Exclusion(absent, "병가로 불참 (위원회 의결)")]).result
    assert result["exclusions"] == [{"member": absent, "name": "조위원",
                                     "reason": "병가로 불참 (위원회 의결)"}]
    a01 = by_id(result)["A01"]
    # 82 85 80 90 60 81 → drop 90, 60 → 328 / 4
    assert a01["n_scores"] == 6 and a01["final_score"] == "82.00"


def test_only_the_chair_or_secretariat_signs(big, bundle, tmp_path):
    sign_all(big, bundle, tmp_path)
    with pytest.raises(ConsolidationError, match="neither the chair"):
        run([tmp_path], bundle, big.members[0].card)


def test_a_signed_result_verifies_and_any_changed_byte_is_refused(big, bundle, tmp_path):
    sign_all(big, bundle, tmp_path / "sheets")
    done = run([tmp_path / "sheets"], bundle, big.chair.card)
    files = write_result(done.result, big.chair, tmp_path / "out")
    check = verify_result(files.json, bundle, [tmp_path / "sheets"])
    assert check.differences == [] and check.signer.fingerprint == big.chair.card.fingerprint
    data = files.json.read_bytes()
    for pos in range(0, len(data), max(1, len(data) // 40)):
        flipped = bytearray(data)
        flipped[pos] ^= 0x01
        files.json.write_bytes(bytes(flipped))
        with pytest.raises(ConsolidationError):
            verify_result(files.json, bundle, [tmp_path / "sheets"])
    files.json.write_bytes(data)
    # a figure re-signed by the chair but not what the sheets say: listed line by line
    wrong = json.loads(data)
    wrong["applications"][0]["final_score"] = "99.99"
    raw = canonical_json(wrong)
    files.json.write_bytes(raw)
    files.signature.write_bytes(big.chair.sign(raw, result_comment(wrong["session"]["id"],
                                                                   wrong["created"])))
    check = verify_result(files.json, bundle, [tmp_path / "sheets"])
    assert check.differences == ["applications[A01].final_score: '99.99' recorded, '82.20' "
                                 "recomputed"]


def test_a_result_verified_with_other_sheets_says_to_give_the_ones_it_was_signed_from(
        big, bundle, tmp_path):
    """`result verify` with a sheet missing from the folder: consolidate's advice ("exclude a
    member with --exclude") is the chair's, an option verify does not have; the verifier is
    told to give exactly the sheets the result was signed from."""
    sign_all(big, bundle, tmp_path / "sheets")
    files = write_result(run([tmp_path / "sheets"], bundle, big.chair.card).result, big.chair,
                         tmp_path / "out")
    gone = sorted((tmp_path / "sheets").glob("*.json"))[0]
    gone.unlink()
    with pytest.raises(ConsolidationError, match="the sheets given do not make the signed "
                                                 "result again: 1 problem") as e:
        verify_result(files.json, bundle, [tmp_path / "sheets"])
    assert "--exclude" not in e.value.message and "has not handed in a sheet" in e.value.message


def test_the_cli_consolidates_and_verifies(big, bundle, tmp_path, run_cli, home):
    from identity_files import identity_file

    sign_all(big, bundle, tmp_path / "sheets")
    identity_file(big.chair, tmp_path / "chair.age", "chair passphrase")
    (tmp_path / "pp").write_text("chair passphrase\n")
    key = ["--identity-file", str(tmp_path / "chair.age"), "--passphrase-file",
           str(tmp_path / "pp")]
    out = tmp_path / "out"
    done = run_cli("consolidate", "--bundle", str(big.evb), str(tmp_path / "sheets"),
                   "--out", str(out), *key)
    assert done.exit_code == 0, done.output
    assert "82.20" in done.output and "편차 flag: A01" in done.output
    assert {p.name for p in out.iterdir()} >= {"result.json", "result.json.minisig",
                                              "result.csv", "result.xlsx"}
    header = (out / "result.csv").read_bytes().split(b"\r\n")[0]
    assert header.startswith(b"\xef\xbb\xbfrank,application_id,applicant,subtype,final_score,"
                             b"n_scores,status")
    ok = run_cli("result", "verify", str(out / "result.json"), "--bundle", str(big.evb),
                 "--sheets", str(tmp_path / "sheets"), *key)
    assert ok.exit_code == 0 and "every figure matches" in ok.output
    assert "OK: SHA256SUMS signed by" in ok.output and "6 file(s) match it" in ok.output
    assert "OK: 4 table(s) and report(s) written again from result.json are the same" in (
        ok.output)
    # the same check in the core, as the desk's button runs it: one bar that only goes
    # forward, over the sheets and then the four files written again
    from evaluator_app.consolidation.result_check import check_result
    from evaluator_app.trust.bundle import load_bundle

    steps: list[tuple[int, int]] = []
    check_result(out / "result.json", load_bundle(big.evb, big.chair), [tmp_path / "sheets"],
                 lambda done, total: steps.append((done, total)))
    fractions = [done / total for done, total in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1
    assert (4, 8) in steps and steps[-1] == (8, 8)  # the second half: 4 files of 4
    # a table changed before its hash was signed: SHA256SUMS verifies, the table does not
    from openpyxl import load_workbook

    from evaluator_app.consolidation.sums import SUMS, write_sums

    wb = load_workbook(out / "result.xlsx")
    wb.worksheets[0]["A2"] = 99  # the first application's rank
    wb.save(out / "result.xlsx")
    names = [n for n in (out / SUMS).read_text().split() if len(n) != 64]
    write_sums(out, names, big.chair, json.loads((out / "result.json").read_bytes()))
    forged = run_cli("result", "verify", str(out / "result.json"), "--bundle", str(big.evb),
                     "--sheets", str(tmp_path / "sheets"), *key)
    assert forged.exit_code != 0
    assert ("SHA256SUMS is signed, but 1 file(s) do not say what result.json says, e.g. "
            "result.xlsx: its cells differ from what result.json gives") in forged.output
    bad = run_cli("consolidate", "--bundle", str(big.evb), str(tmp_path / "sheets"), "--out",
                  str(out), "--exclude", big.members[0].card.fingerprint, *key)
    assert bad.exit_code == 2 and "needs its own --reason" in bad.output


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(matrix=st.lists(st.lists(st.integers(min_value=0, max_value=200), min_size=6,
                                max_size=6), min_size=7, max_size=7),
       flip=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_verify_accepts_every_signed_result_and_refuses_any_changed_byte(
        big, bundle, tmp_path_factory, matrix, flip, bit):
    folder = tmp_path_factory.mktemp("prop")
    scores = [[D(v) / 2 for v in row] for row in matrix]  # 0–100 in steps of 0.5
    scores[1][2] = None  # 이위원's pre-declared conflict on A03
    sign_all(big, bundle, folder / "sheets", scores)
    result = run([folder / "sheets"], bundle, big.chair.card).result
    files = write_result(result, big.chair, folder / "out")
    assert verify_result(files.json, bundle, [folder / "sheets"]).differences == []
    data = bytearray(files.json.read_bytes())
    data[flip % len(data)] ^= 1 << bit
    files.json.write_bytes(bytes(data))
    with pytest.raises(ConsolidationError):
        verify_result(files.json, bundle, [folder / "sheets"])


def test_a_result_kept_beside_the_sheets_is_not_taken_for_a_sheet(big, bundle, tmp_path):
    sign_all(big, bundle, tmp_path)
    first = run([tmp_path], bundle, big.chair.card).result
    write_result(first, big.chair, tmp_path)  # result.json + .minisig in the sheets' folder
    again = run([tmp_path], bundle, big.chair.card)
    assert [p.name for p in again.collection.ignored] == ["result.json"]
    assert again.collection.rejected() == []
    assert verify_result(tmp_path / "result.json", bundle, [tmp_path]).differences == []


@pytest.mark.parametrize("rule", [None, "mean", "median", "trimmed-mean"])
def test_means_and_members_points_print_as_the_plain_formulas_do(big, bundle, tmp_path, rule):
    """The item and group means (summed column by column in one context), the totals and the
    members' item points of flagged applications: the same text as the plain per-item formulas
    give, for every rule, with a conflict, a failed gate and a flagged total in the round."""
    from evaluator_app.consolidation.compute import two
    from evaluator_app.consolidation.rules import mean
    from evaluator_app.numbers import format_decimal

    sign_all(big, bundle, tmp_path / "s", extra={4: {"A05": Score(D(63), failed_gate="G1")},
                                                 2: {"A02": D("40.5")}})
    done = run([tmp_path / "s"], bundle, big.chair.card, options=Options(rule=rule))
    rubrics = SheetContext.of(bundle).rubrics
    order = [c.fingerprint for c in done.collection.roster]
    sheets = sorted(done.collection.used(), key=lambda v: order.index(v.member.fingerprint))
    flagged = {f["application"] for f in done.result["flags"]}
    assert "A02" in flagged
    for row in done.result["applications"]:
        rubric = rubrics[row["rubric_hash"]]
        scored = [(v.member.fingerprint, v.points[row["id"]]) for v in sheets
                  if row["id"] in v.points]
        kept = [p for fp, p in scored if fp not in row["dropped"]]
        assert row["item_means"] == {
            i.id: two(mean([p.items.get(i.id, D(0)) for p in kept])) for i in rubric.items()}
        assert row["group_means"] == {g.id: two(mean([p.groups[g.id] for p in kept]))
                                      for g in rubric.groups}
        assert [t["total"] for t in row["totals"]] == [
            format_decimal(D(v.sheet["applications"][[a["id"] for a in v.sheet[
                "applications"]].index(row["id"])]["total"])) for v in sheets
            if row["id"] in v.points]
        assert row["member_items"] == ([] if row["id"] not in flagged else [
            {"member": fp, "items": {k: format_decimal(x) for k, x in p.items.items()}}
            for fp, p in scored])
