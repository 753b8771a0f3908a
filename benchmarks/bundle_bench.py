"""The big-bundle section of run.py: create a 1 GiB bundle, decrypt its largest document, open
it, and the peak memory of showing that document's first page — against `age`, pyrage alone and
a plain read of the file."""

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from measure import MiB, interleaved, med, ms, row, run_quiet, verdict

# ---- a big bundle: create, decrypt one document, open, peak memory --------------------------

def write_big_pdf(path: Path, size: int, block: bytes) -> None:
    """A valid one-page PDF of `size` bytes (an unreferenced stream pads it; its bytes are
    random, so nothing compresses)."""
    content = b"BT /F1 24 Tf 72 720 Td (Benchmark page 1) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pad = max(0, size - 1024)
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        offsets = []
        for i, body in enumerate(objects, start=1):
            offsets.append(fh.tell())
            fh.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        offsets.append(fh.tell())
        fh.write(b"6 0 obj\n<< /Length %d >>\nstream\n" % pad)
        left = pad
        while left:
            chunk = block[:left]
            fh.write(chunk)
            left -= len(chunk)
        fh.write(b"\nendstream\nendobj\n")
        xref = fh.tell()
        fh.write(b"xref\n0 7\n0000000000 65535 f \n")
        for off in offsets:
            fh.write(b"%010d 00000 n \n" % off)
        fh.write(b"trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)


def build_big_round(root: Path, quick: bool):
    import consolidation as cbench

    from evaluator_app.trust.identity import Identity

    home = root / "big-home"
    (home / "rubrics").mkdir(parents=True)
    (home / "rubrics" / "bench.toml").write_text(cbench.rubric_text(), encoding="utf-8")
    os.environ["EVALUATOR_HOME"] = str(home)
    secretariat = Identity.generate("사무국", "KAIA", "secretariat")
    chair = Identity.generate("위원장", "-", "chair")
    members = [Identity.generate(f"위원 {i}", "-") for i in range(2)]  # 4 recipients in all
    cards = root / "big-cards"
    cards.mkdir()
    chair.card.save(cards / "chair.json")
    for i, m in enumerate(members):
        m.card.save(cards / f"m{i}.json")
    largest, others = (32 * MiB, [32 * MiB] * 3) if quick else (200 * MiB, [103 * MiB] * 8)
    block = os.urandom(8 * MiB)
    docs = root / "big-docs"
    docs.mkdir()
    sizes = [largest, *others]
    lines = ['[session]', 'id = "big"', 'program = "base"', 'stage = "서면"',
             'title = "벤치마크"', 'rubric = "bench-15-items"', "year = 2025"]
    for i, size in enumerate(sizes):
        write_big_pdf(docs / f"doc{i}.pdf", size, block)
        lines += ["[[applications]]", f'id = "A{i:03d}"', f'applicant = "가상시 {i}"',
                  'applicant_kind = "시"', f'title = "계획 {i}"',
                  f'documents = ["big-docs/doc{i}.pdf"]']
    lines += ["[roster]", 'chair = "big-cards/chair.json"',
              'members = ["big-cards/m0.json", "big-cards/m1.json"]',
              '[pledge]\ntext = "서약합니다."']
    spec = root / "big.toml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return spec, secretariat, chair, members, [docs / f"doc{i}.pdf" for i in range(len(sizes))]


def pyrage_decrypt(path: Path, identity) -> bytes:
    """pyrage's own streaming decryption, file to memory: the library's speed, our ceiling."""
    import pyrage

    out = io.BytesIO()
    with path.open("rb") as src:
        pyrage.decrypt_io(src, out, [identity])
    return out.getvalue()


def bench_bundle(root: Path, quick: bool) -> None:
    from evaluator_app.session_spec import load_spec
    from evaluator_app.trust.bundle import create_bundle, load_bundle
    from evaluator_app.trust.identity import load_identity_file, save_identity_file
    from evaluator_app.trust.open_session import check_bundle, discard

    spec, secretariat, chair, members, docs = build_big_round(root, quick)
    total = sum(p.stat().st_size for p in docs)
    print(f"bundle: {total / MiB:.0f} MiB in {len(docs)} documents, 4 recipients "
          f"(largest {docs[0].stat().st_size / MiB:.0f} MiB)")
    evb = root / "big.evb"
    recipients = [c.card.age_recipient for c in (chair, *members, secretariat)]
    outputs = root / "create-out"
    outputs.mkdir()
    fresh = iter(range(1_000_000))

    def new_dir() -> Path:  # every round writes fresh files: overwriting slowed `age -e` 1.45×
        d = outputs / str(next(fresh))
        d.mkdir()
        return d

    def clear() -> None:  # untimed, before each call: the last round's outputs go
        for d in outputs.iterdir():
            shutil.rmtree(d)

    def age_encrypt() -> None:
        args = [a for r in recipients for a in ("-r", r)]
        out = new_dir()
        for p in docs:
            run_quiet(["age", "-e", *args, "-o", str(out / (p.name + ".age")), str(p)])

    import pyrage

    age_keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]

    def pyrage_encrypt() -> None:  # the library alone, file to file: our ceiling
        out = new_dir()
        for p in docs:
            pyrage.encrypt_file(str(p), str(out / (p.name + ".pyrage")), age_keys)

    def ours_create() -> None:
        create_bundle(load_spec(spec), secretariat, new_dir() / "big.evb")

    repeat = 3
    times = interleaved({"ours": ours_create, "age": age_encrypt, "pyrage": pyrage_encrypt},
                        repeat, before=clear)
    clear()
    create_bundle(load_spec(spec), secretariat, evb)  # the bundle the next rows read
    ours, ref = total / med(times["ours"]) / MiB, total / med(times["age"]) / MiB
    lib = total / med(times["pyrage"]) / MiB
    row(f"bundle create {total / MiB:.0f} MiB, 4 recipients (fresh output files each round)",
        f"{ours:.0f} MiB/s", f"pyrage `encrypt_file` alone {lib:.0f} MiB/s", f"{ours / lib:.2f}×",
        f"≥ 0.9× pyrage: {verdict(ours >= 0.9 * lib)}")
    row("  … against `age -e` on the same documents", f"{ours:.0f} MiB/s",
        f"`age -e` {ref:.0f} MiB/s", f"{ours / ref:.2f}×", f"pyrage = {lib / ref:.2f}× age")

    member = members[0]
    bundle = load_bundle(evb, member)
    big = max((d for a in bundle.manifest["applications"] for d in a["documents"]),
              key=lambda d: d["size"])
    import zipfile

    ciphertext = root / "largest.age"
    with zipfile.ZipFile(evb) as zf, zf.open(f"docs/{big['id']}.age") as src, \
            ciphertext.open("wb") as dst:
        shutil.copyfileobj(src, dst, MiB)
    key_file = root / "member.key"
    key_file.write_text(str(member.age_identity) + "\n")
    age_d = ["age", "-d", "-i", str(key_file)]
    times = interleaved({
        "ours": lambda: bundle.read_document(big["id"]),
        # the fair reference for "to memory": age writing into a pipe this process reads whole
        "age pipe": lambda: subprocess.run([*age_d, str(ciphertext)], check=True,
                                           stdout=subprocess.PIPE).stdout,
        "age": lambda: run_quiet([*age_d, "-o", os.devnull, str(ciphertext)]),
        "pyrage": lambda: pyrage_decrypt(ciphertext, member.age_identity)}, 5)
    size = big["size"] / MiB
    ours, ref = size / med(times["ours"]), size / med(times["age pipe"])
    null, lib = size / med(times["age"]), size / med(times["pyrage"])
    row(f"decrypt one {size:.0f} MiB document to memory (key unlocked)", f"{ours:.0f} MiB/s",
        f"`age -d` into a pipe read into memory {ref:.0f} MiB/s", f"{ours / ref:.2f}×",
        f"≥ 0.9×: {verdict(ours >= 0.9 * ref)}")
    row("  … against `age -d -o /dev/null`", f"{ours:.0f} MiB/s", f"`age -d` {null:.0f} MiB/s",
        f"{ours / null:.2f}×", "–")
    row("  … the same file through pyrage alone (file to memory, no hash)",
        f"{lib:.0f} MiB/s", f"`age -d` into a pipe {ref:.0f} MiB/s", f"{lib / ref:.2f}×",
        f"ours = {ours / lib:.2f}× pyrage")

    store = root / "store"
    bsize = evb.stat().st_size / MiB

    staged: list = []
    copies = root / "copies"
    copies.mkdir()

    def drop() -> None:  # untimed, before each call: the last round's copies go
        while staged:
            discard(staged.pop())
        for f in copies.iterdir():
            f.unlink()

    def open_once() -> None:  # every check of `open`; its staged copy is dropped untimed
        staged.append(check_bundle(evb, member, [], store))

    def read_once() -> None:  # the floor: read the bundle once and hash it
        h = hashlib.sha256()
        with evb.open("rb", buffering=0) as fh:
            while block := fh.read(MiB):
                h.update(block)

    def copy_once() -> None:  # what `open` adds: the bundle written to a fresh file
        block = bytearray(MiB)
        view = memoryview(block)
        with evb.open("rb", buffering=0) as src, \
                (copies / f"{time.monotonic_ns()}.evb").open("wb", buffering=0) as dst:
            while n := src.readinto(block):
                dst.write(view[:n])

    times = interleaved({"ours": open_once, "ref": read_once, "copy": copy_once}, 5,
                        before=drop)
    drop()
    ours, ref, copy = med(times["ours"]), med(times["ref"]), med(times["copy"])
    row(f"`open` checks of a {bsize:.0f} MiB bundle (key unlocked; copies it too)", ms(ours),
        f"read it once + SHA-256 {ms(ref)}", f"{ours / ref:.2f}×",
        f"≤ 1.1×: {verdict(ours <= ref * 1.1)}")
    row("  … the copy alone (read, and write to a fresh file: the part `open` adds)",
        ms(copy), f"read + SHA-256 {ms(ref)}", f"{copy / ref:.2f}×",
        "open ≈ the larger of the two on two cores")

    # scrypt, on its own line
    ident_file = root / "member.identity"
    save_identity_file(member, ident_file, "benchmark passphrase")
    t = time.perf_counter()
    load_identity_file(ident_file, "benchmark passphrase")
    print(f"  (scrypt unlock of an identity file: {time.perf_counter() - t:.2f} s, once per "
          "process; outside every ratio)")
    (root / "member.secret.json").write_text(json.dumps(member.secret_dict()))
    bench_memory(root, evb, big)


MEMORY_PROBE = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.open_session import check_bundle, discard

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
app = QGuiApplication([])
root, evb, doc_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
member = Identity.from_secret_dict(json.loads((root / "member.secret.json").read_text()), "m")
base = rss("VmRSS:")
checked = check_bundle(evb, member, [], root / "store-mem")
discard(checked)
after_open = rss("VmHWM:")
sink = QBuffer()
sink.open(QIODevice.OpenModeFlag.WriteOnly)
checked.bundle.stream_document(doc_id, sink)
sink.close()
sink.open(QIODevice.OpenModeFlag.ReadOnly)
document = QPdfDocument()
document.load(sink)
image = document.render(0, QSize(1240, 1754))
assert not image.isNull()
print(json.dumps({"base": base, "open": after_open, "peak": rss("VmHWM:")}))
"""


def bench_memory(root: Path, evb: Path, big: dict) -> None:
    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(root), str(evb), big["id"]],
                         check=True, capture_output=True, text=True).stdout
    m = json.loads(out.strip().splitlines()[-1])
    extra = (m["peak"] - m["base"]) / MiB
    size = big["size"] / MiB
    row(f"peak memory: open the bundle, show page 1 of its largest document ({size:.0f} MiB)",
        f"+{extra:.0f} MiB over the process before opening (open alone "
        f"+{(m['open'] - m['base']) / MiB:.0f} MiB)", f"document {size:.0f} MiB",
        f"{extra / size:.2f}×", f"≤ document + 64 MiB: {verdict(extra <= size + 64)}")
