"""The open session as the window sees it: reads from the core, saves every edit at once."""

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from evaluator_app.errors import EvaluatorError
from evaluator_app.ordering import member_order
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import ApplicationEntries, Evaluation, Missing, format_decimal
from evaluator_app.trust.identity import Identity
from evaluator_app.workspace import Change, Workspace
from evaluator_app.workspace.connection import checkpoint
from evaluator_app.workspace.infos import DocumentInfo
from evaluator_app.workspace.records import Highlight
from ui.texts import describe_error
from ui.workers import run_in_background

log = logging.getLogger("evaluation-desk.ui")

if TYPE_CHECKING:  # the bundle and the sheet are loaded when first needed, not to open the window
    from evaluator_app.trust.bundle import OpenedBundle
    from evaluator_app.trust.sheet import PreparedSheet, SheetFiles


@dataclass(frozen=True)
class ApplicationRow:
    id: str
    applicant: str
    title: str
    status: str
    total: str


@dataclass(frozen=True)
class SummaryRow:
    """One application as the member signs it (what the finalize dialog shows)."""

    id: str
    applicant: str
    status: str  # the core's status (not-started | in-progress | complete | conflict)
    total: str
    failed_gates: tuple[str, ...]  # Korean labels of the gates decided 부적합
    rubric: Rubric


class SessionController(QObject):
    saved = Signal(str)  # "14:03:22"
    save_failed = Signal(str)
    application_changed = Signal(str)  # application id whose status or total changed
    changed_elsewhere = Signal()  # another program (the CLI) wrote to the workspace
    POLL_MS = 1500
    IDLE_CHECKPOINT_MS = 2000  # after the last save, while the member reads

    def __init__(self, ws: Workspace, session_id: str, identity: Identity | None) -> None:
        super().__init__()
        self.ws = ws
        self.session_id = session_id
        self.identity = identity
        info = ws.session(session_id)
        self.title = info.title
        self._has_bundle = bool(info.bundle_path and identity)
        self._bundle: OpenedBundle | None = None
        self._data_version = ws.data_version()
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.check_external_changes)
        self._poll.start(self.POLL_MS)
        # SQLite's automatic checkpoint would make one edit in ~250 wait for it: do it in a
        # worker when the member pauses instead
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(self.IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self._checkpoint)
        self.saved.connect(lambda _at: self._idle.start())

    def _checkpoint(self) -> None:
        path = self.ws.path
        run_in_background(lambda _progress: checkpoint(path), lambda _done: None,
                          lambda message: log.warning("idle checkpoint: %s", message))

    @property
    def has_bundle(self) -> bool:
        """Whether the session has a bundle to read documents from (not a plaintext spec, and
        an identity to open it)."""
        return self._has_bundle

    def bundle_opener(self) -> "Callable[[], OpenedBundle]":
        """For a worker thread: a function returning the session's verified bundle, the one
        already open or else opened there (its signature checked, the whole file hashed: not
        before the window shows, nor on the GUI thread) on a workspace connection of its own,
        the workspace's being the GUI thread's. It raises EvaluatorError if the stored bundle
        is missing or changed since it was imported. Hand the bundle to `adopt_bundle` back on
        the GUI thread."""
        assert self._has_bundle and self.identity is not None
        if self._bundle is not None:
            bundle = self._bundle
            return lambda: bundle
        path, session_id, identity = self.ws.path, self.session_id, self.identity

        def open_in_worker() -> "OpenedBundle":
            from evaluator_app.trust.open_session import session_bundle

            with Workspace(path) as ws:
                return session_bundle(ws, session_id, identity)

        return open_in_worker

    def adopt_bundle(self, bundle: "OpenedBundle") -> None:
        if self._bundle is None:
            self._bundle = bundle

    def check_external_changes(self) -> bool:
        """True (and `changed_elsewhere`) when another connection committed since last time."""
        try:
            version = self.ws.data_version()
        except sqlite3.ProgrammingError:  # the workspace was closed: nothing to watch
            self._poll.stop()
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self.changed_elsewhere.emit()
        return True

    def rows(self) -> list[ApplicationRow]:
        """In this member's shuffled order (the list can be sorted otherwise by its header)."""
        ids = [a.id for a in self.ws.applications(self.session_id)]
        if self.identity is not None:
            ids = member_order(ids, self.identity.card.fingerprint, self.session_id)
        return [self.row(app_id) for app_id in ids]

    def row(self, app_id: str, ev: Evaluation | None = None) -> ApplicationRow:
        app = self.ws.application(self.session_id, app_id)
        ev = ev or self.ws.evaluate(self.session_id, app_id)
        total = "" if ev.status in ("conflict", "not-started") else format_decimal(ev.total)
        return ApplicationRow(app.id, app.applicant, app.title, ev.status, total)

    def rubric(self, app_id: str) -> Rubric:
        return self.ws.rubric_for(self.session_id, app_id)

    def entries(self, app_id: str) -> ApplicationEntries:
        return self.ws.entries(self.session_id, app_id)

    def evaluation(self, app_id: str) -> Evaluation:
        return self.ws.evaluate(self.session_id, app_id)

    def documents(self, app_id: str) -> list[DocumentInfo]:
        return self.ws.documents(self.session_id, app_id)

    def save(self, change: Change) -> bool:
        """Commit one edit now (autosave); the edit is durable when this returns True."""
        try:
            self.ws.apply(self.session_id, [change], strict=False)
        except EvaluatorError as e:
            self.save_failed.emit(describe_error(e))
            return False
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.application_changed.emit(change.application_id)
        return True

    def note(self, app_id: str) -> str:
        return self.ws.note(self.session_id, app_id)

    def save_note(self, app_id: str, text: str) -> None:
        try:
            self.ws.set_note(self.session_id, app_id, text)
        except EvaluatorError as e:
            self.save_failed.emit(describe_error(e))
            return
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def highlights(self, app_id: str) -> list[Highlight]:
        return self.ws.highlights(self.session_id, app_id)

    def add_highlight(self, doc_id: str, page: int, start: tuple[float, float],
                      end: tuple[float, float]) -> bool:
        try:
            self.ws.add_highlight(self.session_id, doc_id, page, start, end)
        except EvaluatorError as e:
            self.save_failed.emit(describe_error(e))
            return False
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        return True

    def delete_highlight(self, highlight_id: int) -> None:
        try:
            self.ws.delete_highlight(self.session_id, highlight_id)
        except EvaluatorError as e:
            self.save_failed.emit(describe_error(e))
            return
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def save_batch(self, changes: list[Change]) -> bool:
        """Several edits in one transaction (all or nothing, with the strict checks)."""
        try:
            self.ws.apply(self.session_id, changes, strict=True)
        except EvaluatorError as e:
            self.save_failed.emit(describe_error(e))
            return False
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        for app_id in dict.fromkeys(c.application_id for c in changes):
            self.application_changed.emit(app_id)
        return True

    def declaration(self, app_id: str) -> tuple[str | None, str, str]:
        """(None | 'none' | 'conflict', ground, reason) of one application."""
        declared = self.ws.coi_declaration(self.session_id, app_id)
        conflict = self.entries(app_id).conflict or {}
        return declared, conflict.get("ground", ""), conflict.get("text", "")

    def checklist(self) -> list[tuple[str, Missing]]:
        """(application, what is missing) for everything still missing, in the member's order."""
        out: list[tuple[str, Missing]] = []
        if self.ws.pledge_text(self.session_id) and not self.ws.pledge(self.session_id):
            out.append(("", Missing("pledge", "pledge not accepted", "pledge")))
        for row in self.rows():
            if self.ws.coi_declaration(self.session_id, row.id) is None:
                out.append((row.id, Missing("coi", "conflict of interest not declared", "coi")))
            out += [(row.id, m) for m in self.evaluation(row.id).missing]
        return out

    def summary(self) -> list[SummaryRow]:
        """Per application, in the member's order: total, recusal, failed gates, rubric."""
        out = []
        for row in self.rows():
            rubric, entries = self.rubric(row.id), self.entries(row.id)
            failed = tuple(g.label_ko for g in rubric.gates
                           if (e := entries.gates.get(g.id)) and e.value == "fail")
            out.append(SummaryRow(row.id, row.applicant, row.status, row.total,
                                  failed if entries.conflict is None else (), rubric))
        return out

    def entry_label(self, app_id: str, entry_id: str) -> str:
        """The rubric's Korean name of an item, gate or bonus/penalty ('' if it has none)."""
        if not app_id:
            return ""
        rubric = self.rubric(app_id)
        if item := rubric.item(entry_id):
            return f"{item.id} {item.label_ko}"
        target = rubric.gate(entry_id) or rubric.adjustment(entry_id)
        return target.label_ko if target else ""

    def is_locked(self) -> bool:
        return self.ws.session(self.session_id).state == "locked"

    def revision(self) -> int:
        return self.ws.session(self.session_id).revision

    def prepare_sheet(self) -> "PreparedSheet":
        from evaluator_app.trust.sheet import prepare_sheet

        assert self.identity is not None
        return prepare_sheet(self.ws, self.session_id, self.identity)

    def lock(self, files: "SheetFiles") -> None:
        from evaluator_app.workspace.backup import after_signing

        self.ws.lock(self.session_id, files.sha256)
        after_signing(self.ws, files.json)  # the automatic copy a damaged disk falls back on

    def revise(self, reason: str) -> int:
        return self.ws.revise(self.session_id, reason)
