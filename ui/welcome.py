"""First run and home: create or import an identity, show the card, open a bundle."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import suggested_identity_file
from evaluator_app.portable_names import portable_name
from evaluator_app.trust.identity import (
    MAX_AFFILIATION,
    MAX_NAME,
    Identity,
    keyring_available,
    load_identity_file,
    save_identity_file,
    store_in_keyring,
)
from evaluator_app.trust.open_session import (
    CheckedBundle,
    check_bundle,
    discard,
    import_checked,
    plan_replacement,
    trusted_secretariats,
)
from evaluator_app.trust.workspace_identity import remember, signing_identity_file
from evaluator_app.workspace import Workspace
from evaluator_app.workspace.infos import SessionInfo
from ui.screen_fit import fit_to_screen
from ui.texts import describe_error, time_text
from ui.widgets.focus_frame import frame_focus_in
from ui.widgets.new_passphrase import NewPassphrase
from ui.workers import run_in_background


class WelcomeWindow(QMainWindow):
    session_opened = Signal(str)  # session id
    identity_ready = Signal(object)  # Identity

    def __init__(self, ws: Workspace, identity: Identity | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.identity = identity
        self.setWindowTitle(self.tr("Evaluation Desk"))
        self.setAcceptDrops(True)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.create_page = self._create_page()
        self.home_page = self._home_page()
        self.pages.addWidget(self.create_page)
        self.pages.addWidget(self.home_page)
        fit_to_screen(self, QSize(820, 620))
        frame_focus_in(self)  # a ring around the button or field the keyboard is on
        if identity is None:
            self.pages.setCurrentWidget(self.create_page)
        else:
            self._show_home()

    # ---- identity --------------------------------------------------------------------------

    def _create_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = self.create_title = QLabel(self.tr("Welcome to Evaluation Desk"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = self.create_intro = QLabel(self.tr(
            "Create your identity: a key that receives the encrypted applications and a key "
            "that signs your score sheet. Give your public card to the secretariat."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("New identity"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)  # the core's limit, so a paste stops there
        self.affiliation = QLineEdit()
        self.affiliation.setMaxLength(MAX_AFFILIATION)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Affiliation"), self.affiliation)
        # The role goes on the card: the roster and the bundle check it (a bundle is signed by
        # the secretariat, the result by the chair).
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role in the round"))
        for role, text in (("member", self.tr("Committee member (평가위원)")),
                           ("chair", self.tr("Chair (위원장)")),
                           ("secretariat", self.tr("Secretariat (사무국 간사): prepares the "
                                                   "round and sends the bundle"))):
            self.role.addItem(text, role)
        form.addRow(self.tr("Role"), self.role)
        self.use_keyring = QRadioButton(self.tr("Keep the secret keys in the OS keyring"))
        self.use_file = QRadioButton(self.tr("Keep them in a passphrase-protected file "
                                             "(e.g. a USB stick)"))
        group = QButtonGroup(page)
        group.addButton(self.use_keyring)
        group.addButton(self.use_file)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        if keyring_available():
            self.use_keyring.setChecked(True)
            form.addRow(self.use_keyring)
            form.addRow(self.use_file)
        else:  # a fresh Linux: the file comes first, rather than a keyring attempt that fails
            self.use_file.setChecked(True)
            self.use_keyring.setEnabled(False)
            self.keyring_note.setText(self.tr(
                "This computer has no OS keyring service, so your keys go into a "
                "passphrase-protected file (keep it on a USB stick, or in your folder)."))
            form.addRow(self.keyring_note)
            form.addRow(self.use_file)
            form.addRow(self.use_keyring)
        self.file_path = QLineEdit()
        # offered from the name typed (Documents/<name> 신원.age) until the member picks or
        # types a file: the form no longer stops at an empty "Choose a file."
        self.path_chosen = False
        self.file_path.textEdited.connect(self._path_typed)
        self.name.textChanged.connect(self._suggest_identity_path)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_identity_path)
        row = QHBoxLayout()
        row.addWidget(self.file_path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Identity file"), row)
        self.new_passphrase = NewPassphrase(form)
        self.passphrase, self.passphrase2 = self.new_passphrase.first, self.new_passphrase.second
        self.passphrase_rule = self.new_passphrase.rule
        layout.addWidget(box)
        buttons = QHBoxLayout()
        # made in the order they stand (Import on the left): Tab follows what the eye sees
        imp = self.import_button = QPushButton(self.tr("Import an identity file…"))
        imp.clicked.connect(self.import_identity)
        self.create_button = QPushButton(self.tr("Create identity"))
        self.create_button.clicked.connect(self.create_identity)
        # Enter in the first passphrase goes on to its confirmation; Enter there (or in the
        # file's field, the last one typed with the keyring) creates the identity
        self.passphrase.returnPressed.connect(self.passphrase2.setFocus)
        for field in (self.passphrase2, self.file_path):
            field.returnPressed.connect(self.create_button.animateClick)  # not while it works
        buttons.addWidget(imp)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.create_status = QLabel()
        self.create_status.setWordWrap(True)
        layout.addWidget(self.create_status)
        layout.addStretch(1)
        return page

    def _path_typed(self, _text: str) -> None:
        self.path_chosen = True

    def _suggest_identity_path(self) -> None:
        if not self.path_chosen:
            name = self.name.text().strip()
            self.file_path.setText(str(suggested_identity_file(name)) if name else "")

    def _choose_identity_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Identity file"),
                                              self.file_path.text() or "identity.age")
        if path:
            self.path_chosen = True
            self.file_path.setText(path)
            self.use_file.setChecked(True)

    def create_identity(self) -> None:
        name, affiliation = self.name.text().strip(), self.affiliation.text().strip()
        if not name:
            QMessageBox.warning(self, self.tr("New identity"), self.tr("Please enter your name."))
            return
        try:
            identity = Identity.generate(name, affiliation, self.role.currentData())
        except EvaluatorError as e:
            QMessageBox.warning(self, self.tr("New identity"), describe_error(e))
            return
        if self.use_keyring.isChecked():
            try:
                ref = store_in_keyring(identity)
            except EvaluatorError as e:
                QMessageBox.warning(self, self.tr("New identity"), describe_error(e))
                self.use_file.setChecked(True)
                return
            self._identity_done(identity, ref)
            return
        path, passphrase = Path(self.file_path.text().strip()), self.passphrase.text()
        if not self.file_path.text().strip():
            QMessageBox.warning(self, self.tr("New identity"), self.tr("Choose a file."))
            return
        if passphrase != self.passphrase2.text():
            QMessageBox.warning(self, self.tr("New identity"),
                                self.tr("The two passphrases differ."))
            return
        self.create_button.setEnabled(False)
        self.create_status.setText(self.tr("Protecting the keys with your passphrase…"))
        run_in_background(lambda progress: save_identity_file(identity, path, passphrase),
                          lambda ref: self._identity_done(identity, ref), self._create_failed)

    def _create_failed(self, message: str) -> None:
        self.create_button.setEnabled(True)
        self.create_status.setText("")
        QMessageBox.warning(self, self.tr("New identity"), message)

    def import_identity(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an identity file"))
        if not path:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Import an identity file"),
                                              self.tr("Passphrase:"),
                                              QLineEdit.EchoMode.Password)
        if ok:
            self.load_identity_file(Path(path), passphrase)

    def load_identity_file(self, path: Path, passphrase: str) -> None:
        self.create_status.setText(self.tr("Unlocking the identity file…"))
        run_in_background(lambda progress: load_identity_file(path, passphrase),
                          lambda ident: self._identity_done(ident, f"file:{path.resolve()}"),
                          self._create_failed)

    def _identity_done(self, identity: Identity, ref: str) -> None:
        remember(self.ws, ref, identity.card)
        self.identity = identity
        self.create_button.setEnabled(True)
        self.identity_ready.emit(identity)
        self._show_home()

    # ---- home: card, open a bundle, recent sessions -----------------------------------------

    def _home_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.card_label = QLabel()
        self.card_label.setWordWrap(True)
        self.card_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.card_label)
        export = self.export_button = QPushButton(self.tr("Export my card for the secretariat…"))
        export.clicked.connect(self.export_card)
        backup = QPushButton(self.tr("Back up my identity to a file…"))
        backup.setToolTip(self.tr("Your secret keys, in a passphrase-protected file: they "
                                  "open on another laptop, or on this one after a reinstall."))
        backup.clicked.connect(self.backup_identity)
        row = QHBoxLayout()
        row.addWidget(export)
        row.addWidget(backup)
        row.addStretch(1)
        layout.addLayout(row)
        box = QGroupBox(self.tr("Evaluation sessions"))
        vbox = QVBoxLayout(box)
        hint = QLabel(self.tr("Open the bundle (.evb) you received from the secretariat, or drop "
                              "it onto this window."))
        hint.setWordWrap(True)
        vbox.addWidget(hint)
        self.open_button = QPushButton(self.tr("&Open a bundle…"))
        self.open_button.clicked.connect(self._choose_bundle)
        self.moved_button = QPushButton(self.tr("Continue a session &moved from another "
                                                "laptop…"))
        self.moved_button.clicked.connect(self._choose_moved)
        for button in (export, backup, self.open_button, self.moved_button):
            button.setAutoDefault(True)  # Enter presses the button the keyboard is on
        opening = QHBoxLayout()
        opening.addWidget(self.open_button)
        opening.addWidget(self.moved_button)
        opening.addStretch(1)
        vbox.addLayout(opening)
        self.progress = QProgressBar()
        self.progress.hide()
        vbox.addWidget(self.progress)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent sessions"))
        self.recent.itemActivated.connect(
            lambda item: self.session_opened.emit(item.data(Qt.ItemDataRole.UserRole)))
        vbox.addWidget(QLabel(self.tr("Recent sessions (Enter or double-click to continue):")))
        vbox.addWidget(self.recent, 1)
        layout.addWidget(box, 1)
        layout.addWidget(self._committee_box())
        self.desk_box = self._desk_box()
        layout.addWidget(self.desk_box)
        return page

    def _desk_box(self) -> QWidget:
        """The secretariat's way in: prepare a round, send its bundle, collect the sheets."""
        box = QGroupBox(self.tr("Secretariat (사무국·간사)"))
        row = QHBoxLayout(box)
        hint = QLabel(self.tr("Prepare a round step by step (applicants, documents, committee "
                              "cards, rules of the day), sign and send its bundle, then collect "
                              "the sheets."))
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        self.desk_button = QPushButton(self.tr("Open the secretariat's &desk…"))
        self.desk_button.clicked.connect(self.open_desk)
        self.desk_button.setAutoDefault(True)
        row.addWidget(self.desk_button)
        return box

    def open_desk(self) -> QWidget:
        """The desk on this workspace's identity (its card signs the bundle)."""
        from ui.secretariat.app import draft_file, initial_state
        from ui.secretariat.identity import SecretariatKey
        from ui.secretariat.window import DeskWindow

        window = DeskWindow(initial_state(None), SecretariatKey.of_workspace(), draft_file())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._committee_windows = [w for w in getattr(self, "_committee_windows", [])
                                   if w.isVisible()] + [window]
        window.show()
        return window

    def _committee_box(self) -> QWidget:
        """The chair's (or 간사's) screens; any member may open them to verify a round."""
        box = QGroupBox(self.tr("Committee (chair and 간사)"))
        column = QVBoxLayout(box)
        hint = QLabel(self.tr("Verify and consolidate the members' signed sheets, or run the 발표 "
                              "day, for the round's bundle. Only the chair or the secretariat "
                              "signs the result; any member may open it to verify."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        row = QHBoxLayout()
        column.addLayout(row)
        self.consolidate_button = QPushButton(self.tr("Consolidate a round (종합평가)…"))
        self.consolidate_button.clicked.connect(lambda: self._open_committee_screen("chair"))
        self.review_button = QPushButton(self.tr("Run the 발표 day (review session)…"))
        self.review_button.clicked.connect(lambda: self._open_committee_screen("review"))
        row.addWidget(self.consolidate_button)
        row.addWidget(self.review_button)
        for button in (self.consolidate_button, self.review_button):
            button.setAutoDefault(True)  # Enter presses the button the keyboard is on
        row.addStretch(1)
        return box

    def _open_committee_screen(self, which: str, bundle: Path | None = None) -> QWidget | None:
        """Open the chair's consolidation window or the review-session window for a bundle,
        with the identity already unlocked here (only the bundle's chair or secretariat may
        sign there; others verify)."""
        if self.identity is None:
            return None
        if bundle is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("The round's bundle"), "",
                                                  self.tr("Session bundles (*.evb)"))
            if not path:
                return None
            bundle = Path(path)
        if which == "review":
            from ui.session.window import ReviewWindow as Screen
        else:
            from ui.chair.window import ChairWindow as Screen
        window = Screen(bundle, self.identity, signing_identity_file(self.ws))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._committee_windows = [w for w in getattr(self, "_committee_windows", [])
                                   if w.isVisible()] + [window]
        window.show()
        return window

    def refresh(self) -> None:
        """Show the home page again with every session's current deadline, progress and step."""
        if self.identity is not None:
            self._show_home()

    def _show_home(self) -> None:
        card = self.identity.card if self.identity else None
        secretariat = card is not None and card.role == "secretariat"
        if card:  # the secretariat's card goes out with the bundle, the others' come to it
            hint = (self.tr("Read this fingerprint to each member when they first open the "
                            "bundle.") if secretariat else
                    self.tr("Compare this fingerprint aloud with the secretariat."))
            self.card_label.setText(
                f"<h2>{card.name}</h2>{card.affiliation}<br>" + self.tr("Fingerprint")
                + f": <span style='font-size:16pt; font-family:monospace'>{card.fingerprint}"
                  "</span><br><span style='color:#5F6368'>" + hint + "</span>")
        self.export_button.setText(self.tr("Export my card for the committee…") if secretariat
                                   else self.tr("Export my card for the secretariat…"))
        layout = self.home_page.layout()
        layout.removeWidget(self.desk_box)  # the secretariat's own box comes first
        layout.insertWidget(2 if secretariat else layout.count(), self.desk_box)
        self.recent.clear()
        for s in reversed(self.ws.sessions()):
            item = QListWidgetItem(f"{s.title}\n{self.session_overview(s)}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        # The keyboard where the day goes on (it started on Export my card): the desk for the
        # secretariat; for a member the last session (Enter continues it), or Open a bundle…
        (self.desk_button if secretariat else self.recent if self.recent.count()
         else self.open_button).setFocus()
        self.pages.setCurrentWidget(self.home_page)

    def _choose_moved(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Continue a session moved from another laptop"), "",
            self.tr("Moved session (*.evm)"))
        if path:
            self.import_moved(Path(path))

    def import_moved(self, path: Path) -> None:
        """Take in a session exported on another laptop (workspace/moving.py), off the GUI
        thread on a connection of its own; the list shows it when done."""
        if self.identity is None:
            return
        from evaluator_app.workspace import moving

        where, identity = self.ws.path, self.identity
        self.moved_button.setEnabled(False)

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            with Workspace(where) as ws:
                return moving.import_session(ws, path, identity.age_identity,
                                             identity.card.fingerprint)

        def done(result: "moving.Imported") -> None:
            self.moved_button.setEnabled(True)
            self.moved = result
            self.refresh()
            kept = ("\n" + self.tr("This laptop's older copy is kept in %1.").replace(
                "%1", str(result.kept))) if result.kept else ""
            QMessageBox.information(self, self.tr("Session moved here"), self.tr(
                "%1 is on this laptop now, with its audit log. Go on scoring here only.")
                .replace("%1", result.title) + kept)

        def failed(message: str) -> None:
            self.moved_button.setEnabled(True)
            self.moved_button.setFocus()  # (disabled while it worked, it lost the keyboard)
            QMessageBox.warning(self, self.tr("Session not moved"), message)

        run_in_background(work, done, failed)

    def session_overview(self, s: SessionInfo) -> str:
        """Deadline · progress · the next step of one session, in a line."""
        ws, parts = self.ws, []
        window = (ws.manifest(s.id) or {}).get("window") or {}
        if window.get("closes"):
            parts.append(self.tr("Deadline %1").replace("%1", time_text(window["closes"])))
        apps = ws.applications(s.id)
        statuses = [ws.evaluate(s.id, a.id).status for a in apps]
        recused = statuses.count("conflict")
        done = statuses.count("complete")
        progress = self.tr("Done") + f" {done} / {len(apps) - recused}"
        if recused:
            progress += " · " + self.tr("Recused") + f" {recused}"
        parts.append(progress)
        if s.state == "locked":
            step = self.tr("Signed: hand the three files to the secretariat")
        elif ws.pledge_text(s.id) and not ws.pledge(s.id):
            step = self.tr("Next: read and accept the pledge")
        elif any(ws.coi_declaration(s.id, a.id) is None for a in apps):
            step = self.tr("Next: declare conflicts of interest")
        elif done + recused == len(apps):
            step = self.tr("Next: finalize and sign")
        else:
            step = self.tr("Next: score %n more application(s)", "", len(apps) - recused - done)
        parts.append(step)
        return " · ".join(parts)

    def export_card(self) -> None:
        if self.identity is None:
            return
        suggested = portable_name(f"{self.identity.card.name}-card", ".json")  # "김/이" too
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my card"), suggested)
        if path:
            self.identity.card.save(Path(path))
            done = (self.tr("Your card was saved to %1. Hand it to the committee with the "
                            "bundle.") if self.identity.card.role == "secretariat" else
                    self.tr("Your card was saved to %1. Give it to the secretariat."))
            QMessageBox.information(self, self.tr("Export my card"), done.replace("%1", path))

    def backup_identity(self) -> None:
        from ui.widgets.identity_backup import back_up_identity

        if self.identity is not None:
            back_up_identity(self, self.identity, "")

    def _choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a bundle"), "",
                                              self.tr("Session bundles (*.evb)"))
        if path:
            self.open_bundle(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        # Windows file names ignore case: a bundle copied as SESSION.EVB is a bundle too
        if urls and urls[0].toLocalFile().lower().endswith(".evb"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_bundle(Path(event.mimeData().urls()[0].toLocalFile()))

    def open_bundle(self, path: Path, confirm_first_use: bool = True) -> None:
        """Verify off-thread (signature, roster, window, every document), then import."""
        if self.identity is None:
            return
        identity, trusted = self.identity, trusted_secretariats(self.ws)
        store = self.ws.path.parent / "bundles"
        self.open_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        def done(checked: CheckedBundle) -> None:
            self._opening_finished()
            fp = checked.bundle.secretariat.fingerprint
            if checked.first_use and confirm_first_use:
                answer = QMessageBox.question(self, self.tr("New secretariat key"), self.tr(
                    "This bundle is signed by the secretariat key %1. Compare this fingerprint "
                    "aloud with the secretariat before you trust it. Trust it?").replace(
                        "%1", fp))
                if answer != QMessageBox.StandardButton.Yes:
                    discard(checked)
                    return
            try:
                plan = plan_replacement(self.ws, checked)
                if plan is not None and QMessageBox.question(
                        self, self.tr("Corrected bundle"), self.tr(
                            "This is a corrected bundle of a session you have open. It "
                            "changes:\n%1\n\nScores whose application and rubric are unchanged "
                            "are kept. Replace the session?").replace(
                            "%1", "\n".join(plan.changes))) != QMessageBox.StandardButton.Yes:
                    discard(checked)
                    return
                result = import_checked(self.ws, checked, replace=plan is not None)
            except EvaluatorError as e:
                discard(checked)
                QMessageBox.warning(self, self.tr("Open a bundle"), describe_error(e))
                return
            self.session_opened.emit(result.session.id)

        def failed(message: str) -> None:
            self._opening_finished()
            QMessageBox.warning(self, self.tr("Open a bundle"), message)

        run_in_background(lambda p: check_bundle(path, identity, trusted, store, progress=p),
                          done, failed, progress)

    def _opening_finished(self) -> None:
        self.progress.hide()
        self.open_button.setEnabled(True)
