"""No internal errors from input: damaged bundles, sheets, forms, deeply nested TOML/JSON and
numbers beyond what can be hashed exactly are each refused with one sentence (exit 2)."""

import csv
import json
import os
import shutil
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator_app.canonical import canonical_json
from evaluator_app.errors import (
    BundleError,
    EvaluatorError,
    SheetError,
    ValueRangeError,
)
from evaluator_app.form import export_form, import_form
from evaluator_app.trust.bundle import load_bundle, read_header
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.workspace import Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def central_records(data: bytes) -> list[int]:
    """Offsets of every ZIP central directory record."""
    out, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        out.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return out


def local_records(data: bytes) -> list[int]:
    out, at = [], data.find(b"PK\x03\x04")
    while at >= 0:
        out.append(at)
        at = data.find(b"PK\x03\x04", at + 4)
    return out


@pytest.mark.parametrize("field, value, expected", [
    ("flags", 0x0001, "ZIP-encrypted"),        # general purpose bit 0: "encrypted"
    ("version", 0x0064, "version"),  # "version needed to extract" beyond what ZIP defines
])
def test_flags_and_versions_in_the_central_directory_are_refused(
        committee, evb, tmp_path, run_cli, home, field, value, expected):
    raw = evb.read_bytes()
    records = central_records(raw)
    assert len(records) == 9  # header, manifest, signature and six documents
    for n, at in enumerate(records):
        data = bytearray(raw)
        offset = at + (8 if field == "flags" else 6)
        struct.pack_into("<H", data, offset, struct.unpack_from("<H", data, offset)[0] | value)
        bad = tmp_path / f"bad{n}.evb"
        bad.write_bytes(bytes(data))
        # damaged or altered: one sentence either way (a typed BundleError), never a crash
        with pytest.raises(BundleError, match=expected):
            read_header(bad)
        with Workspace(home / f"ws{n}.sqlite") as ws, pytest.raises(BundleError,
                                                                     match=expected):
            open_bundle(ws, bad, committee.m1, now=KST)
        inspected = run_cli("bundle", "inspect", str(bad))
        assert inspected.exit_code == 2 and expected in inspected.output, inspected.output


def _mutate_structure(raw: bytes, data: st.DataObject) -> bytes:
    """Flip bits inside the ZIP's own records (central directory, local headers, the end
    record), where zipfile's less common exceptions come from."""
    spots = [(at, 46) for at in central_records(raw)] + [(at, 30) for at in local_records(raw)]
    spots.append((raw.rfind(b"PK\x05\x06"), 22))
    out = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 3))):
        start, length = data.draw(st.sampled_from(spots))
        # versions, flags and compression method (offsets 4-11) are where zipfile raises
        # RuntimeError/NotImplementedError; they get half of the draws
        at = start + data.draw(st.one_of(st.integers(6, 9), st.integers(4, length - 1)))
        out[at] ^= 1 << data.draw(st.integers(0, 7))
    return bytes(out)


@settings(FUZZ, max_examples=150)
@given(st.data())
def test_flipped_zip_structures_are_accepted_unchanged_or_refused(committee, evb, tmp_path,
                                                                  home, data):
    mutated = tmp_path / "m.evb"
    mutated.write_bytes(_mutate_structure(evb.read_bytes(), data))
    try:
        read_header(mutated)
    except EvaluatorError as e:
        assert e.message
    with Workspace(home / f"ws-{os.urandom(4).hex()}.sqlite") as ws:
        try:
            result = open_bundle(ws, mutated, committee.m1, now=KST)
        except EvaluatorError as e:
            assert e.message and ws.sessions() == []
        else:
            original = load_bundle(evb, committee.m1).manifest
            assert load_bundle(mutated, committee.m1).manifest == original
            assert result.documents_checked == 6


@pytest.fixture(scope="module")
def signed_sheet(committee, evb, tmp_path_factory):
    from test_sheet import score_everything

    from evaluator_app.trust.sheet import export_sheet

    root = tmp_path_factory.mktemp("sheet")
    with Workspace(root / "ws.sqlite") as ws:
        sid = open_bundle(ws, evb, committee.m1, now=KST).session.id
        ws.accept_pledge(sid, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, root)
        return export_sheet(ws, sid, committee.m1, root / "out").json


@FUZZ
@given(st.data())
def test_flipped_sheets_are_refused_with_a_typed_error(committee, evb, signed_sheet, tmp_path,
                                                        data):
    from evaluator_app.trust.sheet import verify_sheet

    raw = bytearray(signed_sheet.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] ^= 1 << data.draw(st.integers(0, 7))
    target = tmp_path / signed_sheet.name
    target.write_bytes(bytes(raw))
    target.with_name(target.name + ".minisig").write_bytes(
        Path(str(signed_sheet) + ".minisig").read_bytes())
    bundle = load_bundle(evb, committee.m1)
    if bytes(raw) == signed_sheet.read_bytes():  # two flips of the same bit
        verify_sheet(target, bundle)
        return
    with pytest.raises(SheetError):
        verify_sheet(target, bundle)


@FUZZ
@given(st.data())
def test_flipped_forms_are_accepted_or_refused_with_a_typed_error(ws, session_id, tmp_path,
                                                                  data):
    form = tmp_path / "form.xlsx"
    if not form.exists():
        export_form(ws, session_id, form)
    raw = bytearray(form.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] ^= 1 << data.draw(st.integers(0, 7))
    mutated = tmp_path / "mutated.xlsx"
    mutated.write_bytes(bytes(raw))
    try:
        import_form(ws, mutated)
    except EvaluatorError as e:
        assert e.message


@pytest.fixture(scope="module")
def signed_home(committee, evb, tmp_path_factory):
    """A member's home after signing: workspace.sqlite and its automatic backup."""
    from test_sheet import score_everything

    from evaluator_app.trust.sheet import export_sheet

    root = tmp_path_factory.mktemp("signed-home")
    with Workspace(root / "home" / "workspace.sqlite") as ws:
        sid = open_bundle(ws, evb, committee.m1, now=KST).session.id
        ws.accept_pledge(sid, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, root)
        return root / "home", sid, export_sheet(ws, sid, committee.m1, root / "out").json


@FUZZ
@given(st.data())
def test_flipped_workspace_files_say_damaged_never_internal_error(signed_home, tmp_path,
                                                                   run_cli, monkeypatch, data):
    """Bits flipped anywhere in a real workspace file (a bad disk sector): every command ends in
    its result or one sentence (exit 2), never in an internal error."""
    home, sid, sheet = signed_home
    copy = tmp_path / f"home-{os.urandom(4).hex()}"
    shutil.copytree(home, copy)
    raw = bytearray((copy / "workspace.sqlite").read_bytes())
    for _ in range(data.draw(st.integers(1, 3))):
        raw[data.draw(st.integers(0, len(raw) - 1))] ^= 1 << data.draw(st.integers(0, 7))
    (copy / "workspace.sqlite").write_bytes(bytes(raw))
    monkeypatch.setenv("EVALUATOR_HOME", str(copy))
    for args in (["audit", "verify", "--sheet", str(sheet)], ["session", "list"],
                 ["score", "show", sid], ["workspace", "check"]):
        result = run_cli(*args)
        assert "internal error" not in result.output, (args, result.output)
        assert result.exit_code in (0, 2), (args, result.output)
        if "is damaged" in result.output:
            assert "the automatic backup is" in result.output, result.output


def test_deeply_nested_toml_and_json_are_refused(run_cli, tmp_path, committee, evb, home):
    deep = 5000
    spec = tmp_path / "deep.toml"
    spec.write_text("a = " + "[" * deep + "]" * deep + "\n", encoding="utf-8")
    checked = run_cli("session", "check", str(spec))
    assert checked.exit_code == 2 and "nests tables or lists too deeply" in checked.output
    card = tmp_path / "deep.json"
    card.write_text("[" * deep + "]" * deep, encoding="utf-8")
    opened = run_cli("open", str(evb), "--secretariat", str(card))
    assert opened.exit_code == 2 and "is not an Evaluation Desk card" in opened.output
    header = tmp_path / "deep-header.evb"
    with zipfile.ZipFile(evb) as zin, zipfile.ZipFile(header, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            zout.writestr(info.filename, ("[" * deep + "]" * deep).encode()
                          if info.filename == "header.json" else content)
    inspected = run_cli("bundle", "inspect", str(header))
    assert inspected.exit_code == 2 and "header is damaged" in inspected.output


def test_numbers_beyond_exact_hashing_are_a_typed_error():
    with pytest.raises(ValueRangeError, match=r"100000000000000000000 at a\[1\]\.b"):
        canonical_json({"a": [1, {"b": 10**20}]})
    assert canonical_json({"a": 2**53 - 1}) == b'{"a":9007199254740991}'


def test_a_huge_minimum_rationale_length_is_refused(run_cli, tmp_path):
    table = tmp_path / "r.csv"
    assert run_cli("rubric", "export", "2025-base-written", "--out", str(table)).exit_code == 0
    with table.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    column = rows[0].index("사유 최소 글자수")
    item = next(r for r in rows if r[0] == "세부항목")
    item[column] = str(10**20)
    rows = [[c.replace("2025-base-written", "2025-base-written-x") for c in r] for r in rows]
    with table.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    result = run_cli("rubric", "import", str(table))
    assert result.exit_code == 2, result.output
    assert "rationale_min_length' must be a whole number from 0 to 100,000" in result.output
    assert "internal error" not in result.output


def test_a_huge_year_in_a_session_spec_is_refused(run_cli, demo_round, tmp_path):
    spec = tmp_path / "round" / "spec.toml"
    spec.parent.mkdir()
    for p in demo_round.parent.rglob("*"):
        if p.is_file():
            dest = spec.parent / p.relative_to(demo_round.parent)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(p.read_bytes())
    text = spec.read_text(encoding="utf-8")
    assert "[session]\n" in text
    spec.write_text(text.replace("year = 2025", f"year = {10**20}", 1),
                    encoding="utf-8")
    result = run_cli("session", "import", str(spec))
    assert result.exit_code == 2 and "internal error" not in result.output, result.output
    assert json.dumps(10**20) in result.output


def test_nesting_is_measured_before_any_recursive_parser_runs():
    from evaluator_app.nesting import loads_json, too_deep

    assert not too_deep('a = [[1, 2], {b = "[[[[["}]  # ]]]]] in a comment\n', limit=2)
    assert too_deep("[" * 3 + "]" * 3, limit=2)
    with pytest.raises(ValueError, match="nested too deeply"):
        loads_json("[" * 10**6 + "]" * 10**6)  # never reaches json's recursion
