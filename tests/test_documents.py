"""What the secretariat may put in a bundle: readable PDFs only, checked by content.

`session check` and `bundle create` refuse HWP/HWPX/DOCX, a password-protected, damaged or
empty PDF with one sentence naming the file, exit 2, and leave no .evb (nor .evb.part) behind.
"""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_files import grow_pdf, write_docx, write_hwpx, write_ole2, write_pdf

from evaluator_app.documents import document_problem

CONVERT = "한글: 파일 → PDF로 저장하기; LibreOffice: soffice --headless --convert-to pdf"


def truncated(path: Path) -> Path:
    data = write_pdf(path, pages=2).read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def text_as_pdf(path: Path) -> Path:
    path.write_text("사업계획서 본문 (텍스트 파일)\n", encoding="utf-8")
    return path


def no_pages(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    Canvas(str(path)).save()  # a well-formed PDF whose page tree is empty
    return path


# name in the spec, how the file is made, what the sentence must say
BAD: dict[str, tuple[str, Callable[[Path], Path], str]] = {
    "encrypted": ("plan.pdf", lambda p: write_pdf(p, password="secret"),
                  "is password-protected (encrypted)"),
    "encrypted-no-user-password": ("plan.pdf", lambda p: write_pdf(p, password=""),
                                   "is password-protected (encrypted)"),
    "truncated": ("plan.pdf", truncated, "is damaged or cut short"),
    "empty": ("plan.pdf", lambda p: (p.write_bytes(b""), p)[1], "is empty (0 bytes)"),
    "no-pages": ("plan.pdf", no_pages, "is a PDF with no pages"),
    "header-only": ("plan.pdf", lambda p: (p.write_bytes(b"%PDF-1.4\n%%EOF\n"), p)[1],
                    "is a damaged PDF that cannot be read"),
    "hwp": ("plan.hwp", write_ole2,
            f"is a 한글 (HWP) document, not a PDF: save it as PDF ({CONVERT} plan.hwp)"),
    "hwp-renamed-pdf": ("plan.pdf", write_ole2, "is an OLE2 file (HWP, DOC, PPT or XLS), "
                        "not a PDF"),
    "hwpx": ("plan.hwpx", write_hwpx, "is a 한글 (HWPX) document, not a PDF"),
    "docx": ("plan.docx", write_docx, "is a Word (DOCX) document, not a PDF"),
    "text-renamed-pdf": ("plan.pdf", text_as_pdf,
                         "is not a PDF file (it does not start with %PDF-)"),
}


def test_a_real_pdf_passes(tmp_path: Path):
    assert document_problem(write_pdf(tmp_path / "plan.pdf", pages=3)) is None


def test_a_pdf_grown_by_an_incremental_update_passes(tmp_path: Path):
    path = write_pdf(tmp_path / "plan.pdf")
    grow_pdf(path, 3 * 1024 * 1024 + 5)
    assert document_problem(path) is None


def test_junk_after_the_end_of_a_pdf_is_damage(tmp_path: Path):
    path = write_pdf(tmp_path / "plan.pdf")
    path.write_bytes(path.read_bytes() + b"\0" * 4096)
    assert "is damaged or cut short" in document_problem(path, "plan.pdf")


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_bad_document_is_one_sentence_naming_it(tmp_path: Path, case: str):
    name, make, expected = BAD[case]
    path = make(tmp_path / name)
    problem = document_problem(path, f"apps/A01/{name}")
    assert problem is not None and problem.startswith(f"document apps/A01/{name} "), problem
    assert expected in problem
    assert "\n" not in problem and ". " not in problem.replace("soffice --headless", "")


def test_conversion_advice_is_given_for_every_other_format(tmp_path: Path):
    for case in ("hwp", "hwp-renamed-pdf", "hwpx", "docx", "text-renamed-pdf"):
        name, make, _ = BAD[case]
        problem = document_problem(make(tmp_path / f"{case}-{name}"))
        assert CONVERT in problem, problem


@pytest.fixture
def round_with(committee, tmp_path: Path, memory_keyring, home, monkeypatch):
    """A copy of the committee's round whose A01 lists one document made by `make`."""
    from evaluator_app.trust.identity import store_in_keyring
    from evaluator_app.trust.workspace_identity import remember
    from evaluator_app.workspace import Workspace

    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(committee.secretariat), committee.secretariat.card)
    root = tmp_path / "c"
    shutil.copytree(committee.spec.parent.parent, root)
    spec = root / "round" / committee.spec.name

    def make(name: str, maker: Callable[[Path], Path]) -> Path:
        (root / "round/apps/A01/plan.pdf").unlink()
        maker(root / "round/apps/A01" / name)
        text = spec.read_text(encoding="utf-8")
        spec.write_text(text.replace('"apps/A01/plan.pdf"', f'"apps/A01/{name}"'),
                        encoding="utf-8")
        return spec

    return make


@pytest.mark.parametrize("case", ["encrypted", "truncated", "empty", "hwp", "docx",
                                  "text-renamed-pdf"])
def test_cli_session_check_and_bundle_create_refuse(round_with, run_cli, tmp_path: Path,
                                                   case: str):
    name, maker, expected = BAD[case]
    spec = round_with(name, maker)
    checked = run_cli("session", "check", str(spec))
    assert checked.exit_code == 2
    assert f"application A01: document apps/A01/{name} {expected}" in checked.output
    out = tmp_path / "out" / "s.evb"
    out.parent.mkdir()
    created = run_cli("bundle", "create", str(spec), "--out", str(out))
    assert created.exit_code == 2, created.output
    assert created.output.startswith("error: ")
    assert f"document apps/A01/{name} {expected}" in created.output
    assert list(out.parent.iterdir()) == []  # no .evb, no .evb.part


def test_cli_bundle_create_accepts_the_real_pdfs(round_with, run_cli, tmp_path: Path):
    spec = round_with("plan.pdf", lambda p: write_pdf(p, pages=2))
    assert run_cli("session", "check", str(spec)).exit_code == 0
    out = tmp_path / "s.evb"
    created = run_cli("bundle", "create", str(spec), "--out", str(out))
    assert created.exit_code == 0, created.output
    assert out.is_file() and not out.with_name("s.evb.part").exists()
