"""The vector round (tests/vectors/) reproduced byte for byte by the code, and recomputed by an
independent checker that never imports it (docs/formats.md is its only source).

A change of any format — a field, a canonicalisation, a rounding, a signature's comment —
fails here loudly: bump that file's format version (docs/formats.md, "Versions") and make the
vectors again with `PYTHONPATH=. python tests/vectors/generate.py`.
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import pyrage
import pytest

from evaluator_app.canonical import canonical_json
from evaluator_app.cards import Card
from evaluator_app.consolidation import Options, run
from evaluator_app.consolidation.sums import SUMS, check_sums, sums_text
from evaluator_app.consolidation.sums import trusted_comment as sums_comment
from evaluator_app.consolidation.tables import write_csv
from evaluator_app.result_file import trusted_comment as result_comment
from evaluator_app.rubric import load_rubric_file
from evaluator_app.scoring import ApplicationEntries, Entry
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import _manifest, load_bundle
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.sheet import (
    SheetContext,
    application_record,
    trusted_comment,
    verify_sheet,
)

VECTORS = Path(__file__).with_name("vectors")
EXPECTED = json.loads((VECTORS / "expected.json").read_text(encoding="utf-8"))
STAGES = {"written": "vec-written", "presentation": "vec-presentation"}
needs = pytest.mark.skipif(not all(shutil.which(t) for t in ("minisign", "sha256sum", "jq",
                                                               "unzip", "age")),
                           reason="age, minisign, unzip, sha256sum and jq (.ci/run installs them)")


def people() -> dict[str, Identity]:
    return {p.name.removesuffix(".secret.json"): Identity.from_secret_dict(
        json.loads(p.read_text(encoding="utf-8")), str(p))
        for p in sorted((VECTORS / "keys").glob("*.secret.json"))}


@pytest.fixture(scope="module")
def keys() -> dict[str, Identity]:
    return people()


@pytest.fixture
def rubric_home(home: Path) -> Path:
    (home / "rubrics").mkdir(parents=True)
    for path in (VECTORS / "rubrics").glob("*.toml"):
        shutil.copy(path, home / "rubrics" / path.name)
    return home


def test_cards_fingerprints_and_self_signatures(keys):
    for stem, ident in keys.items():
        path = VECTORS / "cards" / f"{stem}.json"
        card = Card.load(path)
        assert card == ident.card and card.fingerprint == EXPECTED["cards"][stem]["fingerprint"]
        # the file as `identity card` writes it, and the fingerprint's recipe
        assert path.read_text(encoding="utf-8") == json.dumps(
            card.to_dict(), ensure_ascii=False, indent=2) + "\n"
        digest = hashlib.sha256(canonical_json({"age": card.age_recipient,
                                                "minisign": card.minisign_public_key}))
        assert card.fingerprint == "-".join(re.findall("....", digest.hexdigest()[:16])).upper()
        # the self-signature: prehashed, over the card's RFC 8785 form without `signature`
        assert ident.sign(card.signed_bytes(), f"card {card.fingerprint}").decode() == \
            card.signature


def test_identity_file_holds_the_secret_json(keys):
    plain = pyrage.passphrase.decrypt((VECTORS / "keys" / "chair.identity.age").read_bytes(),
                                      "vector-round passphrase")
    assert json.loads(plain) == keys["chair"].secret_dict()


@pytest.mark.parametrize("rubric_id", ["vec-base-written", "vec-base-presentation"])
def test_rubric_hash_from_the_published_toml(rubric_id, run_cli):
    path = VECTORS / "rubrics" / f"{rubric_id}.toml"
    rubric = load_rubric_file(path)
    resolved = (VECTORS / "rubrics" / f"{rubric_id}.resolved.json").read_bytes()
    assert canonical_json(rubric.to_dict()) == resolved
    assert rubric.content_hash == EXPECTED["rubrics"][rubric_id] == \
        "sha256:" + hashlib.sha256(resolved).hexdigest()
    printed = run_cli("rubric", "hash", str(path))
    assert printed.exit_code == 0 and printed.output.strip() == rubric.content_hash
    raw = run_cli("rubric", "hash", str(path), "--resolved")
    assert raw.stdout_bytes == resolved


@pytest.mark.parametrize("stage", STAGES)
def test_bundle_manifest_reproduces_from_the_spec(stage, keys, rubric_home):
    folder = VECTORS / stage
    bundle = load_bundle(folder / "bundle.evb", keys["chair"])
    plain = (folder / "manifest.json").read_bytes()
    assert canonical_json(bundle.manifest) == plain
    assert bundle.manifest_sha256 == EXPECTED["stages"][stage]["manifest_sha256"] == \
        "sha256:" + hashlib.sha256(plain).hexdigest()
    with zipfile.ZipFile(folder / "bundle.evb") as zf:
        signature = zf.read("manifest.minisig")
        header = json.loads(zf.read("header.json"))
        entries = {n: hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist()}
    assert keys["secretariat"].sign(plain, f"bundle {STAGES[stage]} {header['created']}") == \
        signature
    # what the secretariat's spec makes of it; only the documents' random ids and ciphertext
    # hashes come from the bundle (age's ephemeral keys: no two encryptions are alike)
    spec = load_spec(folder / "spec.toml", rubric_home)
    sealed = {a["id"]: a["documents"] for a in bundle.manifest["applications"]}
    apps = [{**app.to_dict(), "rubric_hash": spec.rubrics[app.rubric_id].content_hash,
             "documents": sealed[app.id]} for app in spec.applications]
    again = _manifest(spec, keys["secretariat"], header["created"], apps)
    assert canonical_json(again) == plain
    for docs in sealed.values():
        for d in docs:
            data = (folder / "docs" / d["name"]).read_bytes()
            assert (hashlib.sha256(data).hexdigest(), len(data)) == (d["sha256"], d["size"])
            assert entries[f"docs/{d['id']}.age"] == d["encrypted_sha256"]


def entries_of(record: dict) -> ApplicationEntries:
    """What the member entered, read back from their sheet's record of one application."""
    out = ApplicationEntries(opinion=record.get("opinion", ""), conflict=record["conflict"])
    for g in record.get("gates", []):
        out.gates[g["gate"]] = Entry(g["decision"], g["rationale"])
    for i in record.get("items", []):
        out.scores[i["item"]] = Entry(i["value"], i["rationale"])
    for a in record.get("adjustments", []):
        out.adjustments[a["id"]] = Entry(a["points"], a["rationale"])
    return out


@pytest.mark.parametrize("stage", STAGES)
def test_sheets_verify_and_reproduce(stage, keys):
    folder = VECTORS / stage
    ctx = SheetContext.of(load_bundle(folder / "bundle.evb", keys["chair"]))
    by_fp = {i.card.fingerprint: i for i in keys.values()}
    sheets = sorted((folder / "sheets").glob("*.json"))
    assert len(sheets) == 4
    for path in sheets:
        data = path.read_bytes()
        v = verify_sheet(path, ctx)
        sheet = json.loads(data)
        assert canonical_json(sheet) == data
        member = by_fp[v.member.fingerprint]
        assert member.sign(data, trusted_comment(v.session_id, v.member.fingerprint, v.revision,
                                                 v.partial)) == Path(f"{path}.minisig").read_bytes()
        for record in sheet["applications"]:
            rubric = ctx.rubrics[record["rubric_hash"]]
            again, missing = application_record(record["id"], record["applicant"],
                                                record["title"], rubric, entries_of(record))
            assert (again, missing) == (record, [])
        assert set(sheet) == {"format", "session", "manifest_sha256", "rubrics", "member",
                              "revision", "revisions", "created", "pledge", "applications",
                              "audit_head", *(["partial"] if v.partial else [])}


@pytest.mark.parametrize("stage", STAGES)
def test_result_and_its_files_reproduce(stage, keys, tmp_path):
    folder = VECTORS / stage
    out = folder / "result"
    recorded = (out / "result.json").read_bytes()
    r = json.loads(recorded)
    bundle = load_bundle(folder / "bundle.evb", keys["chair"])
    options = Options(r["rule"], r["acknowledgements"]["small_panel"],
                      agenda_seed=r["agenda"]["seed"])
    done = run([folder / "sheets"], bundle, keys["chair"].card, options=options,
               created=datetime.fromisoformat(r["created"]))
    assert canonical_json(done.result) == recorded
    assert keys["chair"].sign(recorded, result_comment(r["session"]["id"], r["created"])) == \
        (out / "result.json.minisig").read_bytes()
    write_csv(r, tmp_path / "result.csv")
    assert (tmp_path / "result.csv").read_bytes() == (out / "result.csv").read_bytes()
    listed = [n for n in os.listdir(out) if not n.startswith(SUMS)]
    sums = sums_text(out, listed)
    assert sums == (out / SUMS).read_bytes()
    assert keys["chair"].sign(sums, sums_comment(r["session"]["id"], r["created"])) == \
        (out / f"{SUMS}.minisig").read_bytes()
    check = check_sums(out / "result.json", r, keys["chair"].card)
    assert check is not None and sorted(check.checked) == sorted(listed) and not check.absent


def test_the_summary_in_expected_json_is_the_vectors():
    sys.path.insert(0, str(VECTORS))
    try:
        from generate import expected
    finally:
        sys.path.remove(str(VECTORS))
    assert expected(people()) == EXPECTED


def in_zone(monkeypatch, zone: str):
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def printed_zone(monkeypatch):
    """The clock the vector round's papers were printed by (UTC): there they compare equal
    (a paper that differs there is only skipped, its zone not being the result's)."""
    yield from in_zone(monkeypatch, "UTC")


@pytest.fixture
def result_zone(monkeypatch):
    """The result's own zone (KST), where a paper that differs fails."""
    yield from in_zone(monkeypatch, "Asia/Seoul")


@pytest.mark.parametrize("stage", STAGES)
def test_papers_of_an_earlier_version_still_verify(stage, printed_zone):
    """The stored papers were laid out by an earlier version (a heading alone at the foot of
    a page, figures left-aligned): not the same bytes, but the same text in the same order."""
    from evaluator_app.consolidation.derived_check import check_derived

    out = VECTORS / stage / "result"
    r = json.loads((out / "result.json").read_bytes())
    kept = check_derived(out, ["report.pdf", "report-public.pdf"], r, dict)
    assert sorted(kept.same) == ["report-public.pdf", "report.pdf"], kept


def test_an_altered_figure_in_a_resigned_paper_fails(keys, tmp_path, result_zone, monkeypatch):
    """A report.pdf laid out as an earlier version did (its page breaks elsewhere) with one
    figure changed, listed and signed again in SHA256SUMS: the sums verify, the paper is not
    what result.json gives; the same paper without the change is (the comparison that forgives
    page breaks still reads every line)."""
    from evaluator_app.consolidation import report_pdf
    from evaluator_app.consolidation.derived_check import check_derived

    out = tmp_path / "result"
    shutil.copytree(VECTORS / "written" / "result", out)
    r = json.loads((out / "result.json").read_bytes())
    altered = json.loads(json.dumps(r))
    app = next(a for a in altered["applications"] if a["final_score"])
    app["final_score"] = f"{D(app['final_score']) + 1:.2f}"
    with monkeypatch.context() as m:  # the earlier layout: no heading kept with its table
        m.setattr(report_pdf, "keep_headings", lambda story: story)
        report_pdf.write_report_pdf(r, tmp_path / "earlier.pdf")
        report_pdf.write_report_pdf(altered, out / "report.pdf")
    assert (tmp_path / "earlier.pdf").read_bytes() != report_pdf.write_report_pdf(
        r, tmp_path / "now.pdf").read_bytes()
    listed = [n for n in os.listdir(out) if not n.startswith(SUMS)]
    sums = sums_text(out, listed)
    (out / SUMS).write_bytes(sums)
    (out / f"{SUMS}.minisig").write_bytes(
        keys["chair"].sign(sums, sums_comment(r["session"]["id"], r["created"])))
    assert check_sums(out / "result.json", r, keys["chair"].card) is not None
    check = check_derived(out, ["report.pdf"], r, dict)
    assert check.differ == ["report.pdf: its text differ from what result.json gives"]
    shutil.copy(tmp_path / "earlier.pdf", out / "report.pdf")
    assert check_derived(out, ["report.pdf"], r, dict).same == ["report.pdf"]


def test_a_changed_output_file_fails_result_verify(keys, tmp_path):
    out = tmp_path / "result"
    shutil.copytree(VECTORS / "written" / "result", out)
    r = json.loads((out / "result.json").read_bytes())
    assert check_sums(out / "result.json", r, keys["chair"].card) is not None
    with (out / "result.csv").open("ab") as fh:
        fh.write(b"\r\n")
    from evaluator_app.errors import ConsolidationError

    with pytest.raises(ConsolidationError, match=r"result\.csv does not match its hash"):
        check_sums(out / "result.json", r, keys["chair"].card)
    from evaluator_app.consolidation.derived_check import check_derived

    kept = check_derived(VECTORS / "written" / "result", ["result.csv", "result.xlsx",
                                                          "report.pdf", "report-public.pdf"],
                         r, dict)  # written long ago, by an earlier version: same content
    assert kept.differ == [] and {"result.csv", "result.xlsx"} <= set(kept.same)
    assert len(kept.same) + len(kept.skipped) == 4  # a PDF in another zone is only skipped
    (out / "result.csv").unlink()  # a file not published is named, not failed
    assert check_sums(out / "result.json", r, keys["chair"].card).absent == ["result.csv"]
    (out / SUMS).write_bytes((out / SUMS).read_bytes().replace(b"result.csv\n", b"x.csv\n"))
    with pytest.raises(ConsolidationError, match="signature does not verify"):
        check_sums(out / "result.json", r, keys["chair"].card)


BLOCK_IMPORTS = """
import importlib.abc, runpy, sys
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("evaluator_app", "evaluator_demo", "ui"):
            raise ImportError(f"the independent checker imported {name}")
sys.meta_path.insert(0, Refuse())
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


@needs
def test_an_independent_checker_recomputes_every_figure(tmp_path):
    """tests/vectors/independent_check.py, from docs/formats.md alone: it may not import the
    app (the import is refused) and it recomputes every figure of both results."""
    proc = subprocess.run([sys.executable, "-c", BLOCK_IMPORTS,
                           str(VECTORS / "independent_check.py"), str(VECTORS)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "TMPDIR": str(tmp_path)})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "every figure of both stages recomputed" in proc.stdout


def test_the_checker_fails_on_a_changed_figure(tmp_path):
    """The checker is not a rubber stamp: one figure changed (and re-signed) is caught."""
    copy = tmp_path / "vectors"
    shutil.copytree(VECTORS, copy)
    path = copy / "written" / "result" / "result.json"
    r = json.loads(path.read_bytes())
    r["applications"][2]["z_mean"] = "-0.088"
    data = canonical_json(r)
    path.write_bytes(data)
    chair = people()["chair"]
    (copy / "written" / "result" / "result.json.minisig").write_bytes(
        chair.sign(data, result_comment(r["session"]["id"], r["created"])))
    proc = subprocess.run([sys.executable, "-c", BLOCK_IMPORTS, str(copy / "independent_check.py"),
                           str(copy), "--no-tools"], capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0 and "z_mean" in proc.stdout + proc.stderr


def readme_block(marker: str) -> str:
    """An auditor's block of the README, run exactly as it is printed there."""
    doc = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- auditor: {marker} -->\n```sh\n(.*?)```", doc, re.S)
    assert found, f"README.md has no auditor block {marker!r}"
    return found.group(1)


def copy_of_the_repository_layout(tmp_path: Path) -> Path:
    """The vector round where the auditor's commands expect it (they `cd tests/vectors/written`),
    in a copy: they write files beside the round."""
    shutil.copytree(VECTORS, tmp_path / "tests" / "vectors")
    return tmp_path


@needs
def test_readme_auditor_commands_run_as_printed_with_public_files(tmp_path):
    root = copy_of_the_repository_layout(tmp_path)
    proc = subprocess.run(["bash", "-c", readme_block("public")], cwd=root, capture_output=True,
                          text=True, timeout=120)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert out.count("card OK: ") == 5
    assert out.count("Signature and comment signature verified") == 2
    assert out.count("Trusted comment: sheet vec-written ") == 4
    assert out.count(": OK\n") == 6 + 4 and "FAILED" not in out
    assert f"5 {EXPECTED['stages']['written']['manifest_sha256']}" in out
    assert "A03\t21.00\t2\t예비\t21 21 24" in out


def run_in_a_terminal(script: str, cwd: Path, passphrase: str) -> tuple[int, str]:
    """bash running `script` on a pseudo-terminal: age asks for the passphrase on the TTY."""
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # child
        os.chdir(cwd)
        os.execvp("bash", ["bash", "-c", script])
    out, sent, deadline = b"", False, time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if not sent and b"passphrase" in out.lower():
            os.write(fd, passphrase.encode() + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


@needs
def test_readme_auditor_commands_run_as_printed_with_an_identity_file(tmp_path):
    root = copy_of_the_repository_layout(tmp_path)
    code, out = run_in_a_terminal(readme_block("key"), root, "vector-round passphrase")
    assert code == 0, out
    assert "AGE-SECRET-KEY" not in out  # the key never reaches the screen
    written = EXPECTED["stages"]["written"]
    assert written["manifest_sha256"] in out
    assert "Trusted comment: bundle vec-written 2025-06-01T09:00:00+09:00" in out
    assert out.count(".age: OK") == 4
    assert out.count(written["documents"]["A01-plan.pdf"]) == 2  # decrypted = listed
    rubric = EXPECTED["rubrics"]["vec-base-written"]
    assert f"{rubric} = {rubric}" in out
    assert (root / "tests" / "vectors" / "written" / "manifest.json").read_bytes() == \
        (VECTORS / "written" / "manifest.json").read_bytes()


def test_the_papers_of_a_result_do_not_depend_on_its_key_order(tmp_path):
    """A result as the consolidation holds it (stages and sheet statuses in their own order)
    and as read back from its file (keys sorted: 발표 before 서면) print the same paper and
    table, so `result verify` can write them again from the file."""
    from evaluator_app.consolidation.report_pdf import write_report_pdf
    from evaluator_app.consolidation.tables import write_xlsx
    from evaluator_app.rubric.model import STAGES

    read = json.loads((VECTORS / "presentation" / "result" / "result.json").read_bytes())
    held = json.loads(json.dumps(read))
    for app in held["applications"]:
        app["stage_scores"] = {st: app["stage_scores"][st] for st in STAGES
                               if st in app["stage_scores"]}
    held["sheets"] = {k: read["sheets"][k] for k in ("used", "superseded", "duplicate",
                                                      "excluded")}
    assert list(held["applications"][0]["stage_scores"]) == ["서면", "발표"]
    assert list(read["applications"][0]["stage_scores"]) == ["발표", "서면"]
    for write, name in ((write_report_pdf, "report.pdf"), (write_xlsx, "result.xlsx")):
        write(read, tmp_path / f"read-{name}")
        write(held, tmp_path / f"held-{name}")
        assert (tmp_path / f"read-{name}").read_bytes() == (tmp_path / f"held-{name}").read_bytes()
