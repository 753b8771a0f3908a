"""The chair's window (종합평가): verify the members' sheets, consolidate, rank, export, sign.

The window only calls the core (ui/chair/session.py → consolidation.run / write_outputs) in the
worker pool and shows the dict it returns. Anyone on the bundle's roster may open it to verify;
signing is offered to the bundle's chair and secretariat only.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.consolidation import RULES, Exclusion
from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import suggested_result_folder
from evaluator_app.trust.bundle import OpenedBundle, load_bundle
from evaluator_app.trust.identity import Identity
from ui.chair import session
from ui.chair.day import day_banner
from ui.chair.dialogs import ExclusionDialog, SignDialog
from ui.chair.next_steps import NextSteps
from ui.chair.panes import ResultPanes
from ui.chair.session import Choices, Outcome
from ui.chair.sources import SourcesDialog, summary
from ui.chair.texts import (
    HEADLINE_SMALL_PANEL,
    HEADLINE_VERIFY_ONLY,
    blocked_headline,
    blocking_findings,
    describe,
    details,
    headline,
    rule_word,
    small_panel_reason,
)
from ui.chair.texts import tr as ttr
from ui.screen_fit import available_geometry, fit_to_screen
from ui.texts import shortcut_table
from ui.workers import run_in_background

SHORTCUTS = [
    ("Ctrl+O", QT_TRANSLATE_NOOP("ChairWindow", "Add sheets")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("ChairWindow", "Add a folder of sheets")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("ChairWindow", "Exclude members with a reason")),
    ("F5", QT_TRANSLATE_NOOP("ChairWindow", "Verify and compute again")),
    ("Ctrl+1 … Ctrl+4", QT_TRANSLATE_NOOP("ChairWindow", "Verification, scores, charts, "
                                                         "ranking")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("ChairWindow", "Export the provisional result")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("ChairWindow", "Sign and export the result")),
    ("F1", QT_TRANSLATE_NOOP("ChairWindow", "Keyboard shortcuts")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("ChairWindow", "Close")),
]
OK_STYLE = "background: rgba(46, 158, 79, 60); padding: 6px; border-radius: 3px;"
WARN_STYLE = "background: rgba(232, 163, 23, 80); padding: 6px; border-radius: 3px;"
ERROR_STYLE = "background: rgba(192, 57, 43, 80); padding: 6px; border-radius: 3px;"
INFO_STYLE = "background: rgba(52, 120, 200, 50); padding: 6px; border-radius: 3px;"


FINDINGS_SHOWN = 6  # more would push the result off a 768-pixel screen
FINDINGS_SHOWN_SMALL = 3  # a screen under 700 logical pixels high (200 % on 1920×1080)


class _Failed:
    """A core error met in the worker, to be described here with the chair's headline."""

    def __init__(self, error: EvaluatorError) -> None:
        self.error = error


class ChairWindow(QMainWindow):
    ready = Signal()  # the bundle is open
    evaluated = Signal(object)  # Outcome, after each verification and computation
    exported = Signal(object)  # the list of files written
    step = Signal(str)  # the file being written (from the worker)
    settled = Signal()  # the first sheets given are verified (or there were none): a screenshot

    def __init__(self, bundle_path: Path, identity: Identity, identity_file: Path | None = None,
                 settings: QSettings | None = None, sheets: Sequence[Path] = ()) -> None:
        super().__init__()
        self.bundle_path = Path(bundle_path)
        self.identity = identity
        self.identity_file = identity_file
        self.settings = settings or QSettings()
        self.bundle: OpenedBundle | None = None
        self.signer = False  # the bundle's chair or secretariat
        self.paths: list[Path] = []
        self._pending = [Path(p) for p in sheets]  # taken in once the bundle is open
        self.exclusions: list[Exclusion] = []
        self.outcome: Outcome | None = None
        self.busy = False
        self.agenda_seed: str | None = None  # set by the review session after a draw
        self.on_now: str | None = None  # the applicant on now (review session): for alarms
        self._generation = 0
        self.setWindowTitle(self.tr("Evaluation Desk — consolidation (종합평가)"))
        self.setAcceptDrops(True)
        self._build()
        self._actions()
        self.step.connect(self._show_step)
        fit_to_screen(self, QSize(1366, 768))  # the available screen, task bar excluded
        self.findings_shown = (FINDINGS_SHOWN if available_geometry(self).height() >= 700
                               else FINDINGS_SHOWN_SMALL)
        self._load_bundle()

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        self.heading = QLabel(self.tr("Opening %1…").replace("%1", self.bundle_path.name))
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.who = QLabel()
        self.who.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)

        sources = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add sheets…"))
        self.add_files_button.setToolTip(self.tr("Ctrl+O; or drop sheets or folders onto the "
                                                 "window"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.add_folder_button.setToolTip("Ctrl+Shift+O")
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_paths)
        self.sources_label = QLabel()  # a summary: any number of sheets fits the window
        self.sources_label.setMinimumWidth(60)
        self.list_button = QPushButton(self.tr("List…"))
        self.list_button.setToolTip(self.tr("Every sheet and folder added, with its path"))
        self.list_button.clicked.connect(self.show_sources)
        for w in (self.add_files_button, self.add_folder_button, self.clear_button):
            sources.addWidget(w)
        sources.addWidget(self.sources_label)
        sources.addWidget(self.list_button)
        sources.addStretch(1)
        self.export_button = QPushButton(self.tr("Export provisional…"))
        self.export_button.setToolTip(self.tr("Ctrl+Shift+E: the unsigned result (잠정) with "
                                              "its tables, for discussion"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.sign_button = QPushButton(self.tr("Sign and export…"))
        self.sign_button.setToolTip("Ctrl+S")
        self.sign_button.clicked.connect(self.sign_dialog)
        sources.addWidget(self.export_button)
        sources.addWidget(self.sign_button)
        layout.addLayout(sources)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Rule:")))
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Rule"))
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rule.addItem(self.tr("the rubric's rule"), None)
        for r in RULES:
            self.rule.addItem(rule_word(r), r)
        self.rule.currentIndexChanged.connect(lambda _: self.refresh())
        controls.addWidget(self.rule)
        self.exclude_button = QPushButton(self.tr("Exclude a member…"))
        self.exclude_button.setToolTip("Ctrl+E")
        self.exclude_button.clicked.connect(self.edit_exclusions)
        controls.addWidget(self.exclude_button)
        self.exclusions_label = QLabel()
        controls.addWidget(self.exclusions_label)
        self.small_panel = QCheckBox(self.tr("Acknowledge small panels"))
        self.small_panel.setToolTip(self.tr("Some applications were scored by fewer members "
                                            "than the rule needs; the result records that the "
                                            "chair acknowledged it."))
        self.small_panel.toggled.connect(lambda _: self.refresh())
        controls.addWidget(self.small_panel)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.next_steps = NextSteps()
        layout.addWidget(self.next_steps)

        self.tabs = ResultPanes()
        # what the tests and the screenshots look at
        self.verification, self.matrix, self.ranking = (
            self.tabs.verification, self.tabs.matrix, self.tabs.ranking)
        self.findings, self.ranking_scope, self.chart_app = (
            self.tabs.findings, self.tabs.ranking_scope, self.tabs.chart_app)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._set_enabled(False)

    def _actions(self) -> None:
        def add(keys: str, slot: Any, text: str) -> None:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

        add("Ctrl+O", self.choose_files, self.tr("Add sheets"))
        add("Ctrl+Shift+O", self.choose_folder, self.tr("Add a folder of sheets"))
        add("Ctrl+E", self.edit_exclusions, self.tr("Exclude members with a reason"))
        add("F5", self.refresh, self.tr("Verify and compute again"))
        add("Ctrl+Shift+E", self.choose_export_folder, self.tr("Export the provisional result"))
        add("Ctrl+S", self.sign_dialog, self.tr("Sign and export the result"))
        add("F1", self.show_shortcuts, self.tr("Keyboard shortcuts"))
        add("Ctrl+W", self.close, self.tr("Close"))
        for i in range(4):
            add(f"Ctrl+{i + 1}", lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                self.tabs.tabText(i))

    def _set_enabled(self, on: bool) -> None:
        for w in (self.add_files_button, self.add_folder_button, self.clear_button, self.rule,
                  self.exclude_button, self.small_panel):
            w.setEnabled(on and not self.busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        outcome = self.outcome
        has_result = outcome is not None and outcome.consolidated is not None
        self.export_button.setEnabled(has_result and not self.busy)
        self.sign_button.setEnabled(self.can_sign())
        if not self.signer:
            self.sign_button.setToolTip(self.tr("Only the chair or the secretariat of the "
                                                "bundle signs the result."))
        if has_result:
            small = bool(outcome.consolidated.result["small_panels"])  # type: ignore[union-attr]
            self.small_panel.setEnabled(not self.busy and (small or self.small_panel.isChecked()))
        else:
            self.small_panel.setEnabled(False)

    def can_sign(self) -> bool:
        return (self.signer and not self.busy and self.outcome is not None
                and self.outcome.final and bool(self.paths))

    # ---- the bundle ------------------------------------------------------------------------

    def _load_bundle(self) -> None:
        path, identity = self.bundle_path, self.identity
        self._banner(self.tr("Opening and checking the bundle…"), INFO_STYLE)

        def work(progress: Any) -> Any:
            try:
                return load_bundle(path, identity)
            except EvaluatorError as e:
                return _Failed(e)

        run_in_background(work, self._bundle_loaded, self._task_failed)

    def _bundle_loaded(self, bundle: Any) -> None:
        if isinstance(bundle, _Failed):
            self.heading.setText(self.bundle_path.name)
            self._banner(describe(bundle.error), ERROR_STYLE)
            return
        self.bundle = bundle
        s = bundle.manifest["session"]
        self.heading.setText(f"{s['title']}")
        card = self.identity.card
        self.signer = session.may_sign(bundle, card)
        role = (self.tr("You sign this result as %1.") if self.signer else self.tr(
            "You verify this result as %1; only the chair or the secretariat signs it."))
        self.who.setText(f"{s['id']} · {self.bundle_path.name} · " + role.replace(
            "%1", f"{card.name} ({card.fingerprint})"))
        rules = sorted({r.consolidation.rule for r in bundle.rubrics()})
        self.rule.setItemText(0, self.tr("the rubric's rule (%1)").replace(
            "%1", ", ".join(rule_word(r) for r in rules)))
        self._set_enabled(True)
        self.paths += [p for p in self._pending if p not in self.paths]
        self._pending = []
        self.ready.emit()
        self.refresh()

    # ---- sheets ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.bundle is not None and not self.busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths(paths)

    def choose_files(self) -> None:
        if self.bundle is None or self.busy:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add score sheets"), str(self.settings.value("chair/last_folder", "")),
            self.tr("Score sheets (*.json)"))
        self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        if self.bundle is None or self.busy:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of score sheets"),
            str(self.settings.value("chair/last_folder", "")))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Add sheet files or folders (searched recursively) and verify everything again."""
        new = [p for p in paths if p not in self.paths]
        if not new or self.bundle is None:
            return
        self.paths += new
        self.settings.setValue("chair/last_folder", str(new[-1] if new[-1].is_dir()
                                                        else new[-1].parent))
        self.refresh()

    def clear_paths(self) -> None:
        self.paths = []
        self.refresh()

    def show_sources(self) -> None:
        SourcesDialog(self.paths, self).exec()

    def edit_exclusions(self) -> None:
        if self.bundle is None or self.busy:
            return
        members = self.bundle.roster()[1:]  # the chair scores nothing
        dialog = ExclusionDialog(members, self.exclusions, self)
        if dialog.exec() == ExclusionDialog.DialogCode.Accepted:
            self.set_exclusions(dialog.exclusions())

    def set_exclusions(self, exclusions: list[Exclusion]) -> None:
        self.exclusions = list(exclusions)
        self.refresh()

    def choices(self) -> Choices:
        return Choices(self.rule.currentData(), tuple(self.exclusions),
                       self.small_panel.isChecked(), self.agenda_seed, self.on_now)

    # ---- verification and computation (worker) ---------------------------------------------

    def refresh(self) -> None:
        """Verify every sheet and compute the result again, off the GUI thread."""
        if self.bundle is None:
            return
        names = {c.fingerprint: c.name for c in self.bundle.roster()}
        self.sources_label.setText(summary(self.paths) if self.paths else self.tr(
            "Drop sheets or folders here, or add them with the buttons."))
        self.sources_label.setToolTip("\n".join(str(p) for p in self.paths))
        self.list_button.setVisible(bool(self.paths))
        self.next_steps.hide()  # what was signed is not what is shown any more
        self.exclusions_label.setText(", ".join(
            self.tr("%1 excluded").replace("%1", names.get(e.member, e.member))
            for e in self.exclusions))
        if not self.paths:
            self._show(None)
            self._banner(self.tr("Add the members' signed sheets (.json with its .minisig): drop "
                                 "them or a folder onto this window, or use Add sheets… / Add "
                                 "folder…"), INFO_STYLE)
            self.settled.emit()
            return
        self._generation += 1
        generation = self._generation
        paths, bundle, choices = list(self.paths), self.bundle, self.choices()
        signer = self.identity.card if self.signer else None
        self._start(self.tr("Verifying the sheets…"))

        def work(progress: Any) -> Any:
            return session.evaluate(paths, bundle, signer, choices, progress)

        def done(outcome: Outcome) -> None:
            if generation == self._generation:
                self._finish()
                self._show(outcome)
                self.evaluated.emit(outcome)
                self.settled.emit()

        run_in_background(work, done, self._task_failed, self._progress)

    def _start(self, text: str) -> None:
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.show()
        self._set_enabled(self.bundle is not None)

    def _finish(self) -> None:
        self.busy = False
        self.progress.hide()
        self._set_enabled(self.bundle is not None)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Verifying the sheets… %v / %m"))

    def _show_step(self, name: str) -> None:
        self.progress.setRange(0, len(session.OUTPUT_FILES))
        index = session.OUTPUT_FILES.index(name) if name in session.OUTPUT_FILES else 0
        self.progress.setValue(index)
        self.progress.setFormat(self.tr("Writing %1…").replace("%1", name))

    def _task_failed(self, message: str) -> None:
        self._finish()
        self._banner(message, ERROR_STYLE)

    def _banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)

    # ---- showing a result ------------------------------------------------------------------

    def result(self) -> dict[str, Any] | None:
        o = self.outcome
        return o.consolidated.result if o is not None and o.consolidated is not None else None

    def _show(self, outcome: Outcome | None) -> None:
        self.outcome = outcome
        consolidated = outcome.consolidated if outcome else None
        self.tabs.show_consolidated(consolidated)
        self._update_banner()
        self._update_buttons()

    def _update_banner(self) -> None:
        o = self.outcome
        if o is None:
            return
        if o.consolidated is None and o.error is not None:
            self._banner(describe(o.error), ERROR_STYLE)
        elif o.final:
            self._banner(self.tr("Every sheet verifies and the result can be signed (Ctrl+S)."),
                         OK_STYLE)
        elif o.consolidated is not None and (day := day_banner(o.consolidated, self.on_now,
                                                                 self.findings_shown)):
            text, wrong = day  # between presentations: where the day stands, real alarms only
            self._banner(text, WARN_STYLE if wrong else INFO_STYLE)
        elif o.consolidated is not None:
            # Why no final result: the core's own findings (blocking sheets, small panels).
            blocking = blocking_findings(o.consolidated.collection)
            small = [f"{p['application']}: {small_panel_reason(p)}"
                     for p in o.consolidated.result["small_panels"]]
            findings = self._bullets(blocking or small)
            if o.error is None:  # a member verifying: never a final result
                text = ttr(HEADLINE_VERIFY_ONLY)
                self._banner(text + (f"\n{findings}" if findings else ""),
                             WARN_STYLE if findings else INFO_STYLE)
            else:
                default = (blocked_headline(o.consolidated.collection) if blocking
                           else HEADLINE_SMALL_PANEL)
                self._banner(f"{headline(o.error, default)}\n"
                             + (findings or details(o.error)), WARN_STYLE)

    def set_on_now(self, application: str | None) -> None:
        """The applicant on now (review session): the slots before it are over (the next
        computation says so)."""
        self.on_now = application

    def _bullets(self, lines: list[str]) -> str:
        """The first findings as bullets, and how many more there are."""
        shown = [f"• {line}" for line in lines[:self.findings_shown]]
        if len(lines) > self.findings_shown:
            shown.append(self.tr("… and %n more", "", len(lines) - self.findings_shown))
        return "\n".join(shown)

    # ---- exports and the signature (worker) ------------------------------------------------

    def _out_folder(self) -> str:
        """The folder offered for this session's result: the one used for it last, else
        "<session> 결과" in the documents folder. Per session: the folder of the 서면 result,
        offered again on the 발표 day, was one Enter away from being written over."""
        sid = self.bundle.session_id if self.bundle is not None else ""
        kept = str(self.settings.value(f"chair/out_folder/{sid}", "") or "")
        return kept or (str(suggested_result_folder(sid)) if sid else "")

    def _keep_out_folder(self, folder: str) -> None:
        if self.bundle is not None and folder:
            self.settings.setValue(f"chair/out_folder/{self.bundle.session_id}", folder)

    def choose_export_folder(self) -> None:
        if not self.export_button.isEnabled():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export the provisional result to"), self._out_folder())
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """The provisional (잠정, unsigned) result.json, result.csv and result.xlsx."""
        if self.bundle is None or self.busy:
            return
        paths, bundle, choices = list(self.paths), self.bundle, self.choices()
        signer = self.identity.card if self.signer else None
        emit_step = self.step.emit
        self._start(self.tr("Exporting…"))

        def work(progress: Any) -> Any:
            try:
                return session.export_provisional(paths, bundle, signer, choices, folder,
                                                  progress, emit_step)
            except EvaluatorError as e:
                return _Failed(e)

        run_in_background(work, lambda r: self._written(r, folder, False), self._task_failed,
                          self._progress)

    def sign_dialog(self) -> None:
        if not self.can_sign():
            return
        choices = self.choices()
        result = self.result() or {}
        lines = [self.tr("Rule: %1").replace("%1", rule_word(choices.rule) if choices.rule
                                             else self.rule.itemText(0)),
                 self.tr("Sheets used: %1").replace("%1", str(len(result.get("sheets", {})
                                                                 .get("used", []))))]
        names = {m["fingerprint"]: m["name"] for m in result.get("members", [])}
        lines += [self.tr("Excluded: %1 — %2").replace("%1", names.get(e.member, e.member))
                  .replace("%2", e.reason) for e in choices.exclusions]
        if choices.accept_small_panel and result.get("small_panels"):
            lines.append(self.tr("Small panels acknowledged."))
        dialog = SignDialog(self.identity.card, "\n".join(lines), self.identity_file,
                            self._out_folder(), self)
        if dialog.exec() == SignDialog.DialogCode.Accepted:
            # kept at once: after a mistyped passphrase the folder is offered again
            self._keep_out_folder(dialog.folder.text().strip())
            folder = Path(dialog.folder.text())
            if self._replace_signed_result(folder):
                self.sign_to(folder, dialog.passphrase.text())

    def _replace_signed_result(self, folder: Path) -> bool:
        """Signing again over a signed result in `folder` (the button stays on after signing,
        and the dialog offers the same folder): asked first, as it may have been handed out."""
        if not (folder / "result.json.minisig").is_file():
            return True
        answer = QMessageBox.question(
            self, self.tr("Sign again"),
            self.tr("A signed result is already in %1. Sign again and replace it? Whoever has "
                    "the earlier one must then get the new one.").replace("%1", str(folder)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def sign_to(self, folder: Path, passphrase: str = "") -> None:
        """Unlock (identity file: with `passphrase`), recompute, sign and write, off-thread."""
        if not self.can_sign() or self.bundle is None:
            return
        paths, bundle, choices = list(self.paths), self.bundle, self.choices()
        identity, identity_file = self.identity, self.identity_file
        emit_step = self.step.emit
        self._start(self.tr("Unlocking the identity and signing…"))

        def work(progress: Any) -> Any:
            try:
                return session.sign(paths, bundle, identity, identity_file, passphrase,
                                    choices, folder, progress, emit_step)
            except EvaluatorError as e:
                return _Failed(e)

        run_in_background(work, lambda r: self._written(r, folder, True), self._task_failed,
                          self._progress)

    def _written(self, outcome: Any, folder: Path, signed: bool) -> None:
        self._finish()
        if isinstance(outcome, _Failed):
            self._banner(describe(outcome.error), ERROR_STYLE)
            return
        consolidated, files = outcome
        self._keep_out_folder(str(folder))
        if signed:
            self._show(Outcome(consolidated, True))
            self.next_steps.show_written(consolidated.result, files, self.paths)
        text = (self.tr("Signed and written to %1.") if signed else
                self.tr("Provisional result (잠정, not signed) written to %1: %2.")
                .replace("%2", ", ".join(f.name for f in files)))
        self._banner(text.replace("%1", str(folder)), OK_STYLE)
        self.banner.setToolTip("\n".join(str(f) for f in files))
        self.exported.emit(files)

    # ---- help ------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcut_table(
            [(keys, self.tr(what)) for keys, what in SHORTCUTS]))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._generation += 1  # results still being computed are dropped when they arrive
        super().closeEvent(event)
