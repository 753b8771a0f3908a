"""Page 6, collect: a board of who has handed in what (the core's `sheets status`), fed from a
folder or a USB drive that is watched for new sheets, and one button that opens the chair's
consolidation on the same sheets."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QStorageInfo, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.consolidation.collect import SheetRecord
from evaluator_app.consolidation.result_check import ResultCheck, check_result
from evaluator_app.consolidation.status import MemberStatus, sheets_status, unattributed
from evaluator_app.round_sent import EARLIER, OTHER_SESSION, SentBundle, where_scored
from evaluator_app.safe_files import shown
from evaluator_app.trust.bundle import load_bundle
from ui.secretariat.common import ERROR_BG, NOTICE_STYLE, desk_error, heading, parts_text
from ui.secretariat.identity import SecretariatKey
from ui.secretariat.state import DeskState
from ui.texts import sheet_finding, time_text
from ui.workers import run_in_background

SYSTEM_MOUNTS = ("/", "/boot", "/boot/efi")


Board = tuple[list[MemberStatus], list[SheetRecord], str, list[Path]]


def board(bundle: Path, folder: Path, key: SecretariatKey, passphrase: str,
          progress: Any) -> Board:
    """In the worker: open the bundle as the secretariat and verify every sheet found; each
    member's line, the files that did not verify and name no one on the roster, the bundle's
    session, and the JSON files the core did not read as sheets (a sheet copied without its
    .minisig: its member's line says "not yet", so the file is listed apart)."""
    opened = load_bundle(bundle, key.unlock(passphrase))
    collection, rows = sheets_status([folder], opened, progress)
    return rows, unattributed(collection), opened.session_id, list(collection.ignored)


def drives() -> list[str]:
    """Mounted volumes other than the system's (a USB stick shows up here)."""
    out = []
    for v in QStorageInfo.mountedVolumes():
        root = v.rootPath()
        if v.isValid() and v.isReady() and not v.isReadOnly() and root not in SYSTEM_MOUNTS \
                and not root.startswith(("/snap", "/run", "/sys", "/proc", "/dev")):
            out.append(root)
    return out


class CollectPage(QWidget):
    refreshed = Signal()  # the board was drawn again (tests wait on it)
    open_chair = Signal()
    result_checked = Signal(bool)  # the chair's result checked (True) or refused (tests)

    def __init__(self, state: DeskState, key: SecretariatKey,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.key = state, key
        self.rows: list[MemberStatus] = []
        self.strays: list[SheetRecord] = []  # files no member's line shows (damaged, others')
        self.unread: list[Path] = []  # JSON files not read as sheets (no .minisig beside)
        self.session_id = ""  # the bundle's, once the board is drawn
        self.busy = False
        self.result_message = ""  # what the last check of a result said
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("6. Collect"), self.tr(
            "Plug in the USB sticks or choose the folder where the signed score sheets arrive; "
            "the board shows who has handed in what, and follows the folder as sheets "
            "arrive.")))
        form = QFormLayout()
        self.bundle = QLineEdit()
        self.bundle.setAccessibleName(self.tr("The round's bundle"))
        pick_bundle = QPushButton(self.tr("Choose…"))
        pick_bundle.clicked.connect(self.choose_bundle)
        row = QHBoxLayout()
        row.addWidget(self.bundle, 1)
        row.addWidget(pick_bundle)
        form.addRow(self.tr("Bundle"), row)
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.setAccessibleName(self.tr("Folder or USB drive of the sheets"))
        pick_folder = QPushButton(self.tr("Choose a &folder…"))
        pick_folder.clicked.connect(self.choose_folder)
        self.refresh_button = QPushButton(self.tr("&Refresh (F5)"))
        self.refresh_button.clicked.connect(lambda: self.refresh())  # not refresh(False)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(pick_folder)
        row.addWidget(self.refresh_button)
        form.addRow(self.tr("Sheets from"), row)
        layout.addLayout(form)
        self.sent_notice = QLabel()  # the draft edited since this bundle was sent
        self.sent_notice.setWordWrap(True)
        self.sent_notice.setStyleSheet(NOTICE_STYLE)
        self.sent_notice.hide()
        layout.addWidget(self.sent_notice)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Member"), self.tr("Handed in"), self.tr("Sheet"), self.tr("Verified"),
            self.tr("File or reason")])
        self.table.setAccessibleName(self.tr("Who has handed in what"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for c, w in enumerate((160, 90, 170, 90)):
            self.table.setColumnWidth(c, w)
        layout.addWidget(self.table, 1)
        self.chair_button = QPushButton(self.tr("Open the chair's &consolidation on these "
                                                "sheets"))
        self.chair_button.clicked.connect(self.open_chair)
        self.check_button = QPushButton(self.tr("Check the chair's signed &result…"))
        self.check_button.setToolTip(self.tr(
            "The result folder the chair hands back: the signature, every figure recomputed "
            "from these sheets, and every table and report against result.json"))
        self.check_button.clicked.connect(lambda: self.check_result())
        buttons = QHBoxLayout()
        buttons.addWidget(self.chair_button)
        buttons.addWidget(self.check_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.refresh)
        # a typed path counts once it is finished (Enter, or leaving the field), not at each
        # key: "/" is a folder too, and the whole disk was searched for sheets
        self.folder.lineEdit().editingFinished.connect(self._folder_typed)
        self.folder.textActivated.connect(self._folder_typed)
        self.load()

    def load(self) -> None:
        self.bundle.setText(self.state.bundle_path)
        self.folder.blockSignals(True)
        self.folder.clear()
        self.folder.addItems([p for p in [self.state.sheets_folder, *drives()] if p])
        self.folder.setCurrentText(self.state.sheets_folder)
        self.folder.blockSignals(False)
        self._watch(self.state.sheets_folder)
        self._show()

    def showEvent(self, event: Any) -> None:
        """Back on the page with a bundle and a folder (the desk started again): the board is
        drawn at once rather than left empty under a folder already chosen."""
        super().showEvent(event)
        QTimer.singleShot(0, self._draw_on_arrival)  # once the page is painted (a passphrase
        # asked over the page the 간사 came from looked like a question about that page)

    def _draw_on_arrival(self) -> None:
        if (self.isVisible() and not self.rows and not self.busy
                and self.bundle.text().strip() and self.state.sheets_folder
                and Path(self.state.sheets_folder).is_dir()):
            self.refresh()

    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The round's bundle"), "",
                                              self.tr("Session bundles (*.evb)"))
        if path:
            self.bundle.setText(path)
            self.state.bundle_path = path
            self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the score sheets"))
        if folder:
            self.use_folder(folder)  # the same folder again: looked at again

    def _folder_typed(self, *_: Any) -> None:
        if self.folder.currentText().strip() != self.state.sheets_folder:
            self.use_folder(self.folder.currentText())

    def use_folder(self, text: str) -> None:
        """The sheets' folder (or drive): watched from now on, and the board drawn."""
        self.state.sheets_folder = text.strip()
        if self.folder.currentText() != text:
            self.folder.blockSignals(True)
            self.folder.setCurrentText(text)
            self.folder.blockSignals(False)
        self._watch(self.state.sheets_folder)
        if self.state.sheets_folder and Path(self.state.sheets_folder).is_dir():
            self.refresh()
        else:
            self._show()

    def _watch(self, folder: str) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder and Path(folder).is_dir():
            self.watcher.addPath(folder)

    def refresh(self, passphrase: str | None = None) -> None:
        bundle, folder = Path(self.bundle.text().strip()), Path(self.state.sheets_folder or ".")
        if self.busy or not self.bundle.text().strip() or not self.state.sheets_folder:
            self._show()
            return
        self.state.bundle_path = str(bundle)
        if passphrase is None:
            passphrase = self._passphrase()
            if passphrase is None:
                return
        self.busy = True
        self.summary.setText(self.tr("Verifying the sheets…"))
        key, secret = self.key, passphrase or ""

        def done(found: Board) -> None:
            self.busy = False
            self.rows, self.strays, self.session_id, self.unread = found
            self._show()
            self.refreshed.emit()

        def failed(message: str) -> None:
            self.busy = False
            self.summary.setText(message + "\n" + self.tr("Press Refresh (F5) to try again."))

        run_in_background(lambda p: board(bundle, folder, key, secret, p), done, failed,
                           describe=desk_error)

    def _passphrase(self) -> str | None:
        """The identity file's passphrase, asked when it has one ("" when not); None when the
        secretariat cancels."""
        if not self.key.needs_passphrase:
            return ""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self, self.tr("Open the bundle"), self.tr(
                "Passphrase of the secretariat's identity file (%1):").replace(
                "%1", self.key.file_name), QLineEdit.EchoMode.Password)
        return text if ok else None

    def check_result(self, result: Path | None = None, passphrase: str | None = None) -> None:
        """`result verify` on the result the chair handed back, against this page's bundle
        and sheets, in the worker; the outcome in a message."""
        bundle, folder = self.bundle.text().strip(), self.state.sheets_folder
        title = self.tr("Check the chair's signed result")
        if self.busy or not bundle or not folder:
            QMessageBox.information(self, title, self.tr(
                "Choose the round's bundle and the folder of the sheets first: the result is "
                "checked against them."))
            return
        if result is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, title, str(Path(folder).parent), self.tr("Results (result.json *.json)"))
            if not chosen:
                return
            result = Path(chosen)
        if passphrase is None:
            passphrase = self._passphrase()
            if passphrase is None:
                return
        self.busy = True
        self.summary.setText(self.tr("Checking the result…"))
        key, secret, sheets = self.key, passphrase, Path(folder)

        def work(progress: Any) -> ResultCheck:
            return check_result(result, load_bundle(Path(bundle), key.unlock(secret)),
                                [sheets], progress=progress)

        def done(check: ResultCheck) -> None:
            self.busy = False
            self._show()
            self.result_message = self._checked(check)
            self.result_checked.emit(True)
            QMessageBox.information(self, title, self.result_message)

        def failed(message: str) -> None:
            self.busy = False
            self._show()
            self.result_message = self.tr("The result does not check:") + "\n\n" + message
            self.result_checked.emit(False)
            QMessageBox.warning(self, title, self.result_message)

        def progress(done: int, total: int) -> None:  # the sheets, then the reports again
            self.summary.setText(self.tr("Checking the result… %1%").replace(
                "%1", str(100 * done // total if total else 0)))

        run_in_background(work, done, failed, progress, describe=desk_error)

    def _checked(self, check: ResultCheck) -> str:
        lines = [self.tr("Signed by %1 (%2); every figure matches a recomputation from the "
                         "sheets.").replace("%1", check.signer.name).replace(
                             "%2", check.signer.fingerprint)]
        if check.sums is None:
            lines.append(self.tr("There is no SHA256SUMS beside it: its tables and reports "
                                 "are not covered by a signature."))
        else:
            lines.append(self.tr("SHA256SUMS is signed; %1 file(s) match it.").replace(
                "%1", str(len(check.sums.checked))))
            if check.sums.absent:
                lines.append(self.tr("Not in the folder, not checked: %1").replace(
                    "%1", ", ".join(check.sums.absent)))
        if check.derived is not None:
            lines.append(self.tr("%1 table(s) and report(s) say what result.json says.")
                         .replace("%1", str(len(check.derived.same))))
            lines += [self.tr("Not compared: %1").replace("%1", why)
                      for why in check.derived.skipped]
        earlier = check.result.get("previous")
        if earlier:  # the earlier stage's file is not asked for here
            lines.append(self.tr("It builds on the signed %1 result %2, which was not checked "
                                 "here.").replace("%1", str(earlier.get("stage", ""))).replace(
                "%2", str(earlier.get("result_sha256", ""))[:19]))
        return "\n".join(lines)

    def show_sent(self, sent: SentBundle | None, changed: list[str]) -> None:
        """The sheets are checked against the bundle the members hold, whatever the draft
        says since: said when the draft has moved on from that bundle."""
        on_sent = sent is not None and Path(sent.bundle) == Path(self.bundle.text().strip())
        self.sent_notice.setVisible(bool(on_sent and changed))
        if sent is not None and on_sent and changed:
            self.sent_notice.setText(self.tr(
                "The draft has changed since this bundle was signed %1 (changed: %2). The "
                "sheets are checked against this bundle, the one the members hold, until a new "
                "one is signed and sent.").replace("%1", time_text(sent.created)).replace(
                "%2", parts_text(changed)))

    def _elsewhere(self, m: MemberStatus) -> str:
        """Why a member's sheet does not count when it was scored on another bundle, and what
        to ask of them."""
        assert m.scored_on is not None
        kind, sent = where_scored(m.scored_on, self.session_id, self.state.sent_bundles())
        if kind == EARLIER and sent is not None:
            return self.tr("Scored on the earlier bundle signed %1: ask %2 for a sheet on the "
                           "current bundle.").replace(
                "%1", time_text(sent.created)).replace("%2", m.name)
        if kind == OTHER_SESSION:
            return self.tr("Scored on the bundle of another session (%1): ask %2 for a sheet on "
                           "this bundle.").replace("%1", m.scored_on.session_id).replace(
                "%2", m.name)
        return self.tr("Scored on another bundle of this session, not this one: ask %1 for a "
                       "sheet on the current bundle.").replace("%1", m.name)

    def _show(self) -> None:
        self.table.setRowCount(len(self.rows) + len(self.strays) + len(self.unread))
        for r, m in enumerate(self.rows):
            if not m.handed_in:
                sheet = ""
            elif m.partial is not None:
                sheet = self.tr("revision %1, hand-in %2 (partial)").replace(
                    "%1", str(m.revision)).replace("%2", str(m.partial))
            else:
                sheet = self.tr("revision %1, final").replace("%1", str(m.revision))
            verdict = (self.tr("verified") if m.verified else self.tr("does not verify")
                       if m.scored_on is None else self.tr("another bundle"))
            why = (m.file if m.verified else self._elsewhere(m) if m.scored_on
                   else sheet_finding(m.code, m.reason) or m.file)
            cells = [m.name + (" " + self.tr("(chair)") if m.role == "chair" else ""),
                     self.tr("yes") if m.handed_in else self.tr("not yet"), sheet,
                     verdict if m.handed_in else "", why]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{shown(m.file)}: {m.reason}" if c == 4 and m.reason
                                and not m.verified else text)
                if m.handed_in and not m.verified:
                    item.setBackground(ERROR_BG)
                self.table.setItem(r, c, item)
        for r, stray in enumerate(self.strays, start=len(self.rows)):
            cells = [self.tr("(no one on the roster)"), self.tr("yes"), "",
                     self.tr("does not verify"),
                     f"{shown(stray.path.name)}: {sheet_finding(stray.code, stray.reason)}"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{shown(stray.path.name)}: {stray.reason}")
                item.setBackground(ERROR_BG)
                self.table.setItem(r, c, item)
        for r, path in enumerate(self.unread, start=len(self.rows) + len(self.strays)):
            cells = [self.tr("(file not read)"), self.tr("yes"), "", self.tr("not read"),
                     f"{shown(path.name)}: " + self.tr(
                         "not read as a score sheet; a sheet is read with its signature file "
                         "(.minisig) beside it. If it is a member's sheet, ask them for the "
                         ".minisig file too.")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(shown(str(path)))
                item.setBackground(ERROR_BG)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()  # a reason said in full, not cut at the column
        members = [m for m in self.rows if m.role == "member"]
        done = sum(1 for m in members if m.final and m.verified)
        elsewhere = sum(1 for m in self.rows if m.scored_on is not None)
        if self.rows:
            self.summary.setText(self.tr("%1 of %2 members have handed in a verified final "
                                         "sheet.").replace("%1", str(done)).replace(
                "%2", str(len(members))) + ("" if not elsewhere else " " + self.tr(
                    "%1 handed in a sheet scored on another bundle: ask them for one on the "
                    "current bundle.").replace("%1", str(elsewhere))) + (
                    "" if not self.unread else " " + self.tr(
                        "%1 file(s) in the folder were not read as sheets: see the end of the "
                        "list.").replace("%1", str(len(self.unread)))))
        elif not self.bundle.text().strip():
            self.summary.setText(self.tr("Choose the round's bundle (made on page 5)."))
        elif not self.state.sheets_folder:
            self.summary.setText(self.tr("Choose the folder or USB drive the sheets are on."))
        elif not Path(self.state.sheets_folder).is_dir():
            self.summary.setText(self.tr("There is no folder %1: plug in the USB drive, or "
                                         "choose another folder.").replace(
                "%1", self.state.sheets_folder))
        else:
            self.summary.setText(self.tr("Press Refresh (F5) to verify the sheets in %1.")
                                 .replace("%1", self.state.sheets_folder))
        self.chair_button.setEnabled(bool(self.rows))

    def open_chair_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Open the chair's consolidation"), message)
