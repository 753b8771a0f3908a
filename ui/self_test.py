"""`evaluator-app --self-test`: check that this installation can do a member's whole day.

Run after installing a build on a committee laptop (and by CI on the frozen Linux build). In a
temporary folder it loads the shipped rubrics, fonts and translations, makes real identities,
writes a real PDF with reportlab, creates and opens an encrypted bundle, renders the document
with QtPdf, then signs and verifies a score sheet. It prints one line per check and returns 0,
or stops at the first failing check with its sentence and returns 1. Nothing outside the
temporary folder is written: no workspace, no keyring entry, no log.
"""

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluator_app import __version__
from evaluator_app.paths import resources_dir

SELF_TEST_SESSION = "self-test-2025-strong-small-written"
SELF_TEST_RUBRIC = "2025-strong-small-population-written"


@dataclass
class State:
    """What one check leaves for the next."""

    tmp: Path
    people: dict[str, Any] = field(default_factory=dict)
    pdf: Path | None = None
    bundle: Any = None
    document: bytes = b""


def check_resources(s: State) -> str:
    root = resources_dir()
    needed = ["rubrics", "programs.toml", "fonts/NanumGothic.ttf", "fonts/NanumGothicBold.ttf",
              "translations/evaluation-desk_ko.qm", "icons/evaluation-desk.svg"]
    missing = [n for n in needed if not (root / n).exists()]
    if missing:
        raise RuntimeError(f"the resources folder {root} lacks {', '.join(missing)}")
    return str(root)


def check_rubrics(s: State) -> str:
    from evaluator_app.programs import load_programs
    from evaluator_app.rubric.catalogue import load_catalogue

    rubrics = load_catalogue(s.tmp / "home")  # the shipped ones only: an empty home
    programs = load_programs()
    if SELF_TEST_RUBRIC not in rubrics:
        raise RuntimeError(f"the shipped rubric {SELF_TEST_RUBRIC} is missing")
    return f"{len(rubrics)} rubrics, {len(programs)} programs"


def check_qt(s: State) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon

    from ui.i18n import catalogue

    families: list[str] = []
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id < 0:
            raise RuntimeError(f"Qt cannot load the font {name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (str(catalogue("ko")), f"{qt_dir}/qtbase_ko.qm"):  # as install_translators
        if not QTranslator().load(path):
            raise RuntimeError(f"Qt cannot load the Korean catalogue {path}")
    icon = QIcon(str(resources_dir() / "icons" / "evaluation-desk.svg"))
    if icon.pixmap(64, 64).isNull():
        raise RuntimeError("Qt cannot draw the app icon (is the SVG image plugin bundled?)")
    return (f"platform {QGuiApplication.platformName()}, fonts {', '.join(sorted(set(families)))},"
            " Korean catalogues (app, Qt), SVG icon")


def check_identities(s: State) -> str:
    from evaluator_app.trust.identity import Identity

    s.people = {
        "secretariat": Identity.generate("점검 사무국", "self-test", "secretariat"),
        "chair": Identity.generate("점검 위원장", "self-test", "chair"),
        "member": Identity.generate("점검 위원", "self-test"),
    }
    cards = s.tmp / "cards"
    cards.mkdir()
    for role, person in s.people.items():
        person.card.save(cards / f"{role}.json")
    return f"age + minisign keys for 3 people (member {s.people['member'].card.fingerprint})"


def check_pdf(s: State) -> str:
    from evaluator_demo.example import DEMO_APPS, write_plan_pdf

    s.pdf = s.tmp / "round" / "A01" / "plan.pdf"
    write_plan_pdf(s.pdf, DEMO_APPS[0], pages=2)
    data = s.pdf.read_bytes()
    if not data.startswith(b"%PDF") or b"NanumGothic" not in data:
        raise RuntimeError("reportlab wrote no PDF with the embedded NanumGothic font")
    return f"reportlab, NanumGothic embedded, {len(data):,} bytes"


def check_bundle(s: State) -> str:
    from evaluator_app.session_spec import load_spec
    from evaluator_app.trust.bundle import create_bundle, load_bundle
    from evaluator_demo.example import DEMO_APPS

    app = DEMO_APPS[0]
    spec = s.tmp / "round" / "spec.toml"
    spec.write_text("\n".join([
        "[session]", f'id = "{SELF_TEST_SESSION}"', 'program = "strong-small"',
        'stage = "서면"', 'title = "자체 점검 / self-test"', "sites_to_select = 1",
        "year = 2025", f'rubric = "{SELF_TEST_RUBRIC}"', "",
        "[[applications]]", f'id = "{app["id"]}"', f'applicant = "{app["applicant"]}"',
        f'applicant_kind = "{app["applicant_kind"]}"', f"population = {app['population']}",
        f'subtype = "{app["subtype"]}"', f'title = "{app["title"]}"',
        'documents = ["A01/plan.pdf"]', "",
        "[roster]", 'chair = "../cards/chair.json"', 'members = ["../cards/member.json"]', "",
        "[pledge]", 'text = "자체 점검용 서약서입니다."', "",
    ]), encoding="utf-8")
    evb = s.tmp / "self-test.evb"
    digest = create_bundle(load_spec(spec, s.tmp / "home"), s.people["secretariat"], evb)
    s.bundle = load_bundle(evb, s.people["member"])
    doc = s.bundle.manifest["applications"][0]["documents"][0]
    s.document = s.bundle.read_document(doc["id"])
    if s.pdf is None or s.document != s.pdf.read_bytes():
        raise RuntimeError("the document decrypted from the bundle differs from the original")
    return (f"created, signed, opened as the member, document decrypted "
            f"(manifest {digest.removeprefix('sha256:')[:12]}…)")


def check_qtpdf(s: State) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(s.document))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf cannot open the document ({document.error().name})")
    page = document.render(0, QSize(595, 842))
    if page.isNull():
        raise RuntimeError("QtPdf rendered an empty image")
    white = QImage(page.size(), QImage.Format.Format_RGB32)
    white.fill(QColor("white"))
    painter = QPainter(white)
    painter.drawImage(0, 0, page)
    painter.end()
    ink = sum(1 for y in range(0, white.height(), 4) for x in range(0, white.width(), 4)
              if QColor(white.pixel(x, y)).lightness() < 128)
    text = document.getAllText(0).text()
    if not ink or "사업계획서" not in text:
        raise RuntimeError("QtPdf rendered a blank page, or its text is not the document's")
    return f"{document.pageCount()} pages, page 1 rendered {page.width()}×{page.height()}"


def check_sheet(s: State) -> str:
    from evaluator_app.trust.sheet import verify_sheet
    from evaluator_demo.committee_sim import sign_sheet

    path = sign_sheet(s.bundle, s.people["member"], {"A01": 80}, s.tmp / "sheets")
    verified = verify_sheet(path, s.bundle)
    if verified.member.fingerprint != s.people["member"].card.fingerprint:
        raise RuntimeError("the verified sheet names another signer")
    return f"signed by the member and verified ({path.name}, A01 total {verified.totals['A01']})"


def check_consolidation(s: State) -> str:
    """The chair's half: consolidate the sheet, sign the result, verify it, draw its chart
    (QtCharts must be in the build: the chair's window shows one per application)."""
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    from evaluator_app.consolidation import Options, run, verify_result, write_result

    chair = s.people["chair"]  # one member scored: a small panel, acknowledged
    done = run([s.tmp / "sheets"], s.bundle, chair.card, options=Options(accept_small_panel=True))
    files = write_result(done.result, chair, s.tmp / "result")
    if verify_result(files.json, s.bundle, [s.tmp / "sheets"]).differences:
        raise RuntimeError("the signed result does not match a recomputation")
    row = next(a for a in done.result["applications"] if a["id"] == "A01")
    bars = QBarSet("A01")
    bars.append(float(row["final_score"]))
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(320, 200)
    if view.grab().isNull():
        raise RuntimeError("QtCharts drew nothing")
    return f"consolidated, signed and verified (A01 {row['final_score']}); QtCharts drew a chart"


def keyring_note() -> str:
    """Which keyring backend the OS offers (a note, not a check: an identity file also works)."""
    try:
        import keyring

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
    except Exception as e:  # the note must never fail the self-test
        return f"unavailable ({e}): use --identity-file"
    if name.startswith("keyring.backends.fail."):
        return f"no OS keyring service ({name}): use --identity-file"
    return name


CHECKS: list[tuple[str, Callable[[State], str]]] = [
    ("resources", check_resources),
    ("rubrics", check_rubrics),
    ("qt", check_qt),
    ("identities", check_identities),
    ("pdf", check_pdf),
    ("bundle", check_bundle),
    ("qtpdf", check_qtpdf),
    ("sheet", check_sheet),
    ("consolidation", check_consolidation),
]


def run(out: Callable[[str], None] = print) -> int:
    """Run every check (a QApplication must exist); 0 if all pass, 1 at the first failure."""
    frozen = " (frozen build)" if getattr(sys, "frozen", False) else ""
    out(f"Evaluation Desk {__version__} self-test{frozen}, Python {sys.version.split()[0]}")
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="evaluation-desk-self-test-",
                                     ignore_cleanup_errors=True) as tmp:
        state = State(Path(tmp))
        for name, check in CHECKS:
            try:
                detail = check(state)
            except Exception as e:
                out(f"FAIL {name}: {type(e).__name__}: {e}")
                return 1
            out(f"ok   {name}: {detail}")
        state.bundle = None  # release the bundle's file before the folder goes
    out(f"note keyring: {keyring_note()}")
    out(f"self-test passed: {len(CHECKS)} checks in {time.monotonic() - start:.1f} s")
    return 0
