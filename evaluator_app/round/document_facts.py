"""What the desk shows of each document beside its row: size, page count, and the bundle's
verdict on it (PDF only, no password, not damaged; see evaluator_app/documents.py)."""

from dataclasses import dataclass
from pathlib import Path

from evaluator_app.documents import document_problem


@dataclass(frozen=True)
class DocumentFacts:
    path: Path
    size: int  # bytes; 0 when it cannot be read
    pages: int | None  # None when it is no readable PDF
    problem: str | None  # one sentence naming the file; None for a readable PDF


def page_count(path: Path) -> int | None:
    """Pages of a readable PDF (its page tree only, never its content); None otherwise."""
    from pypdf import PdfReader  # imported when a document is looked at (CLI start-up)

    try:
        with Path(path).open("rb") as fh:
            reader = PdfReader(fh, strict=False)
            return None if reader.is_encrypted else len(reader.pages)
    except Exception:  # pypdf raises many kinds on broken input; document_problem says which
        return None


def document_facts(path: Path, name: str | None = None) -> DocumentFacts:
    path = Path(path)
    problem = document_problem(path, name or path.name)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return DocumentFacts(path, size, None if problem else page_count(path), problem)
