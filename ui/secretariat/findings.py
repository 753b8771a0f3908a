"""The checks' findings as the 간사 reads them: one sentence in the UI's language, and the
page (and row) of the wizard where it is fixed.

The core words its findings in English for the command line (and names rows and columns);
here the common ones are matched and said again in the UI's language. A finding not matched
keeps the core's sentence after a short lead, so nothing is ever hidden.
"""

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from evaluator_app.round.grid import GRID_NAME
from evaluator_app.round.problems import Problem

ROUND, APPLICANTS, COMMITTEE, RULES, SEND, COLLECT = range(6)

# (pattern on the core's sentence, the sentence to show; %1, %2 … are the pattern's groups)
SENTENCES: tuple[tuple[str, str], ...] = (
    (r"^(.+) is empty$", QT_TRANSLATE_NOOP("DeskFindings", "The cell %1 is empty.")),
    (r"^신청번호 (.+) must use ", QT_TRANSLATE_NOOP(
        "DeskFindings", "The 신청번호 %1 may hold only letters, digits, '-', '_' and '.'.")),
    (r"^신청번호 (.+) is already used in row (\d+)", QT_TRANSLATE_NOOP(
        "DeskFindings", "The 신청번호 %1 is already used in row %2.")),
    (r"^기관 유형 (.+) is not allowed for \S+ \(allowed: (.+)\)$", QT_TRANSLATE_NOOP(
        "DeskFindings", "A %1 may not apply to this program (allowed: %2).")),
    (r"^인구 is required for \S+ \(must be below ([\d,]+)\)", QT_TRANSLATE_NOOP(
        "DeskFindings", "Enter the population: this program takes applicants below %1.")),
    (r"^인구 must be a whole number .*, not (.+)$", QT_TRANSLATE_NOOP(
        "DeskFindings", "The population must be a number, not %1.")),
    (r"^population ([\d,]+) is not below the \S+ cap of ([\d,]+)", QT_TRANSLATE_NOOP(
        "DeskFindings", "Not eligible: a population of %1 is not below the program's cap of "
        "%2.")),
    (r"^세부유형 is required for \S+ \(one of (.+)\)$", QT_TRANSLATE_NOOP(
        "DeskFindings", "Choose the sub-type (%1).")),
    (r"^unknown 세부유형 (.+) \(allowed: (.+)\)$", QT_TRANSLATE_NOOP(
        "DeskFindings", "There is no sub-type %1 (allowed: %2).")),
    (r"requires an overseas partner institution", QT_TRANSLATE_NOOP(
        "DeskFindings", "Not eligible without an overseas partner institution: fill it in.")),
    (r"^(.+) already has an application in row (\d+)", QT_TRANSLATE_NOOP(
        "DeskFindings", "%1 already applies in row %2; one application per jurisdiction.")),
    (r"^no document for ", QT_TRANSLATE_NOOP(
        "DeskFindings", "No document yet: choose the documents folder or add a PDF to this "
        "row.")),
    (r"^document (.+) is not in the documents folder", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 is not in the documents folder.")),
    (r"^document (.+) does not exist", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 is no longer there; replace it.")),
    (r"^document (.+) is .*, not a PDF", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 is not a PDF: save it as PDF (한글: 파일 → PDF로 "
        "저장하기) and replace it.")),
    (r"^document (.+) is not a PDF file", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 is not a PDF file; replace it with the PDF.")),
    (r"^document (.+) is password-protected", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 has a password; replace it with a copy without one.")),
    (r"^document (.+) is (?:damaged|a damaged PDF)", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 is damaged or cut short; ask for it again.")),
    (r"^document (.+) is empty", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 is empty (0 bytes).")),
    (r"^document (.+) is a PDF with no pages", QT_TRANSLATE_NOOP(
        "DeskFindings", "The document %1 has no pages.")),
    (r"^no documents listed", QT_TRANSLATE_NOOP(
        "DeskFindings", "No document yet: choose the documents folder or add a PDF to this "
        "row.")),
    (r"^(?:the table lists no applications|no \[\[applications\]\] are listed)", QT_TRANSLATE_NOOP(
        "DeskFindings", "No applicant yet: paste or import the table, or fill in a row.")),
    (r"^\[session\]: title is missing", QT_TRANSLATE_NOOP(
        "DeskFindings", "Give the round a title.")),
    (r"^there is no (\S+) rubric for", QT_TRANSLATE_NOOP(
        "DeskFindings", "There is no %1 rubric for this program: import the official table.")),
    (r"^\[session\]: sites_to_select (\d+) exceeds the \S+ call's (\d+)", QT_TRANSLATE_NOOP(
        "DeskFindings", "%1 sites to select is more than the call's %2.")),
    (r"^the roster is empty", QT_TRANSLATE_NOOP(
        "DeskFindings", "Add the chair's and the members' cards.")),
    (r"^the fingerprint is not confirmed", QT_TRANSLATE_NOOP(
        "DeskFindings", "Compare this fingerprint with its owner (by phone or in person) and "
        "tick it.")),
    (r"^\[roster\]: the chair's card (.+) has the role '(\w+)', not 'chair'", QT_TRANSLATE_NOOP(
        "DeskFindings", "The card %1 chosen as chair is not a chair's card (its role: %2); "
        "ask the chair for a chair's card.")),
    (r"^\[roster\]: the card (.+) has the role '(\w+)', not 'member'", QT_TRANSLATE_NOOP(
        "DeskFindings", "The card %1 is not a member's card (its role: %2).")),
    (r"^\[roster\]: the identity (\S+) is listed", QT_TRANSLATE_NOOP(
        "DeskFindings", "The same person (%1) is on the committee twice; remove one card.")),
    (r"^\[roster\]: members must list at least one", QT_TRANSLATE_NOOP(
        "DeskFindings", "Add at least one member's card besides the chair's.")),
    (r"^\[roster.confirmed\]: the card (.+) now has the fingerprint", QT_TRANSLATE_NOOP(
        "DeskFindings", "The card %1 changed after its fingerprint was confirmed; compare it "
        "with its owner again.")),
    (r"ground other needs a (?:written )?reason", QT_TRANSLATE_NOOP(
        "DeskFindings", "A conflict with the ground “other” needs a written reason.")),
    (r"^the evaluation window .* is not set", QT_TRANSLATE_NOOP(
        "DeskFindings", "Set when the evaluation opens and closes.")),
    (r"^\[window\]: closes must come after opens", QT_TRANSLATE_NOOP(
        "DeskFindings", "The evaluation must close after it opens.")),
    (r"^\[pledge\]: text is missing", QT_TRANSLATE_NOOP(
        "DeskFindings", "Write the pledge the members accept before scoring.")),
    (r"^\[session.previous\]: (.+)$", QT_TRANSLATE_NOOP(
        "DeskFindings", "The earlier stage's result cannot be used: %1")),
    (r"^application (\S+) is not on the shortlist", QT_TRANSLATE_NOOP(
        "DeskFindings", "The application %1 is not on the earlier stage's shortlist.")),
    (r"^an extra document", QT_TRANSLATE_NOOP(
        "DeskFindings", "This file matches no 신청번호, so it is not sent. If it is an "
        "application's document, name it after the application (e.g. A01_사업계획서.pdf).")),
)
_COMPILED = tuple((re.compile(p), t) for p, t in SENTENCES)


@dataclass(frozen=True)
class Finding:
    sentence: str  # in the UI's language
    page: int
    row: int | None = None  # the grid's row index (0 is the first application)
    column: str = ""  # the grid column's field or header
    where: str = ""  # a file or card name


def sentence(text: str) -> str:
    for pattern, template in _COMPILED:
        m = pattern.search(text)
        if m:
            out = QCoreApplication.translate("DeskFindings", template)
            for i, group in enumerate(m.groups(), 1):
                out = out.replace(f"%{i}", group or "")
            return out
    return QCoreApplication.translate("DeskFindings", "To check: %1").replace("%1", text)


def _page(text: str, file: str) -> int:
    if text.startswith(("[roster", "[[conflicts", "the roster", "the fingerprint")):
        return COMMITTEE
    if text.startswith(("[window", "[pledge", "[session.review", "[session.previous",
                        "the evaluation window")) or "shortlist" in text:
        return RULES
    if (file == GRID_NAME or text.startswith(("application", "document", "no document", "no [[",
                                              "an extra document", "the table"))
            or "jurisdiction" in text):
        return APPLICANTS
    return ROUND


def finding(problem: Problem, row_of: dict[str, int]) -> Finding:
    """A core Problem placed on its page; `row_of` maps application ids to grid rows."""
    text = problem.text
    row = problem.row - 2 if problem.row is not None and problem.file == GRID_NAME else None
    m = re.match(r"application (\S+?):? (.*)$", text)
    if m and row is None and m.group(1) in row_of:
        row, text = row_of[m.group(1)], m.group(2)
    column = problem.column
    if text.startswith(("document", "no document")):
        column = "documents"
    where = "" if problem.file in (GRID_NAME, "spec.toml") else problem.file
    return Finding(sentence(text), _page(problem.text, problem.file), row, column, where)
