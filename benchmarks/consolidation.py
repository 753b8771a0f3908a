"""Verify + consolidate a large committee against merely reading and signature-checking, same run.

Run: .venv/bin/python benchmarks/consolidation.py [MEMBERS] [APPLICATIONS]   (default 30 200)

The round: one 15-item rubric (5 groups × 3 items), APPLICATIONS applications, MEMBERS members
and a chair, a real signed and encrypted bundle, one real signed sheet per member, each exported
from that member's own workspace (bundle opened, pledge accepted, 200 × 17 edits through
`Workspace.apply`, each one an audit event: evaluator_demo.committee_sim.MemberDesk), so the
sheets carry the pledge hash and audit head a valid sheet needs. That setup is not measured;
it costs about 0.9 s of CPU a member at 200 applications (30 s for 30 × 200, against 3 s when
sheets were assembled without a workspace and carried neither). Measured:
- reference: read every sheet and its .minisig and verify the signature with the member's key
  from the roster (py-minisign) — the floor any consolidation has to pay;
- the `minisign -V` CLI doing the same signature checks, when it is installed;
- `consolidation.run` after `load_bundle` (as `evaluator consolidate` runs once the key is
  unlocked: the manifest decrypted and its signature checked): full verification of every
  sheet (canonical form, roster, session, bundle and rubric hashes, every score and total
  recomputed) plus the whole consolidation.
The target: ≤ 1 s for 30 × 200 × 15 (issue 10; issue 9 asked for well under 2 s).
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import minisign

from evaluator_app.consolidation import run
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.sheet import SheetContext
from evaluator_demo.committee_sim import member_name, sign_sheet
from evaluator_demo.example import write_plan_pdf

RUBRIC = """id = "bench-15-items"
program = "base"
year = 2025
stage = "서면"
title_ko = "벤치마크용 15개 항목 평가표"
title_en = "Benchmark rubric with 15 items"
status = "proposed"
sources = ["benchmarks/consolidation.py"]
total = 100
pass_score = 60
tie_break = ["1", "2"]

[defaults]
scale = "points"
step = 0.5
rationale_required = true
rationale_min_length = 10

[opinion]
required = true
min_length = 10
"""


def rubric_text() -> str:
    parts = [RUBRIC]
    for g in range(1, 6):
        parts.append(f'[[groups]]\nid = "{g}"\nlabel_ko = "영역 {g}"\nlabel_en = "Area {g}"\n'
                     f"max_points = 20\n")
        for i, points in enumerate((7, 7, 6), start=1):
            parts.append(f'  [[groups.items]]\n  id = "{g}-{i}"\n  label_ko = "항목 {g}-{i}"\n'
                         f'  label_en = "Item {g}-{i}"\n  max_points = {points}\n')
    return "\n".join(parts)


def build(root: Path, n_members: int, n_apps: int, bundle_size: int | None = None):
    """The round; with `bundle_size`, each application's one document is padded so that the
    bundle holds about that many bytes (a real bundle is 0.4–9 MB per application)."""
    evb, chair, members = build_bundle(root, n_members, n_apps, bundle_size)
    bundle = load_bundle(evb, chair)
    ctx = SheetContext.of(bundle)
    sheets = root / "sheets"
    for i, m in enumerate(members):
        scores = {f"A{a:03d}": 55 + (a * 7 + i * 13) % 45 for a in range(n_apps)}
        sign_sheet(bundle, m, scores, sheets, ctx=ctx)
    return bundle, chair, members, sheets


def build_bundle(root: Path, n_members: int, n_apps: int, bundle_size: int | None = None
                 ) -> tuple[Path, Identity, list[Identity]]:
    """The signed bundle of the round (no sheets): its path, the chair and the members."""
    home = root / "home"
    (home / "rubrics").mkdir(parents=True)
    (home / "rubrics" / "bench.toml").write_text(rubric_text(), encoding="utf-8")
    os.environ["EVALUATOR_HOME"] = str(home)
    secretariat = Identity.generate("사무국", "KAIA", "secretariat")
    chair = Identity.generate("위원장", "-", "chair")
    members = [Identity.generate(member_name(i), "-") for i in range(n_members)]
    cards = root / "cards"
    cards.mkdir()
    chair.card.save(cards / "chair.json")
    for i, m in enumerate(members):
        m.card.save(cards / f"m{i}.json")
    pdf = root / "plan.pdf"
    if bundle_size:
        from bundle_bench import write_big_pdf  # benchmarks/ is on the path

        write_big_pdf(pdf, bundle_size // n_apps, os.urandom(1 << 20))
    else:
        write_plan_pdf(pdf, {"id": "A", "applicant": "가상시", "title": "벤치마크",
                             "summary": []}, 1)
    lines = ['[session]', 'id = "bench"', 'program = "base"', 'stage = "서면"',
             'title = "벤치마크 서면평가"', 'rubric = "bench-15-items"', "year = 2025"]
    for a in range(n_apps):
        lines += ["[[applications]]", f'id = "A{a:03d}"', f'applicant = "가상시 {a}"',
                  'applicant_kind = "시"', f'title = "계획 {a}"', 'documents = ["plan.pdf"]']
    roster = ", ".join(f'"cards/m{i}.json"' for i in range(n_members))
    lines += ["[roster]", 'chair = "cards/chair.json"', f"members = [{roster}]",
              '[pledge]\ntext = "서약합니다."']
    spec = root / "spec.toml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    evb = root / "bench.evb"
    create_bundle(load_spec(spec), secretariat, evb)
    return evb, chair, members


def reference(sheets: Path, members: list[Identity]) -> None:
    keys = {m.card.fingerprint: m.card.public_key() for m in members}
    for f in sorted(sheets.glob("*.json")):
        data = f.read_bytes()
        sig = minisign.Signature.from_bytes(Path(str(f) + ".minisig").read_bytes())
        fp = f.stem.split("-r")[0][-19:]
        keys[fp].verify(data, sig)


def minisign_cli(sheets: Path, members: list[Identity]) -> None:
    keys = {m.card.fingerprint: m.card.minisign_public_key for m in members}
    for f in sorted(sheets.glob("*.json")):
        fp = f.stem.split("-r")[0][-19:]
        subprocess.run(["minisign", "-Vq", "-m", str(f), "-P", keys[fp]], check=True)


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    n_members = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    n_apps = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    root = Path(tempfile.mkdtemp(prefix="bench-consolidation-"))
    try:
        t = time.perf_counter()
        bundle, chair, members, sheets = build(root, n_members, n_apps)
        size = sum(f.stat().st_size for f in sheets.glob("*.json"))
        print(f"{n_members} members × {n_apps} applications × 15 items: {size / 1e6:.1f} MB of "
              f"sheets (setup {time.perf_counter() - t:.1f} s)")
        ref = timed(lambda: reference(sheets, members))
        print(f"reference  read + minisign-verify every sheet (py-minisign)  {ref * 1000:8.1f} ms")
        if shutil.which("minisign"):
            cli = timed(lambda: minisign_cli(sheets, members), 3)
            print(f"reference  minisign -V CLI on every sheet                    "
                  f"{cli * 1000:8.1f} ms")
        full = timed(lambda: run([sheets], load_bundle(bundle.path, chair), chair.card), 3)
        print(f"ours       verify + consolidate (consolidation.run)            "
              f"{full * 1000:8.1f} ms  = {full / ref:.1f}× the py-minisign reference")
        verdict = "OK" if full <= 1 else "SLOW"
        print(f"target: ≤ 1 s for 30 × 200 × 15 → {verdict} ({full:.2f} s)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
