"""Page 5, check and send: every finding listed (each goes to its page and row); then the spec
is saved, the bundle signed with the secretariat's identity (its passphrase asked once) and
created in the worker with a progress bar and a cancel; a last view says what to hand to whom."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import suggested_bundle_folder, workspace_path
from evaluator_app.portable_names import portable_name
from evaluator_app.round.model import RoundDraft
from evaluator_app.round_desk import save_round
from evaluator_app.round_sent import SentBundle, sent_bundle
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.workspace_identity import replacement_refusal
from evaluator_app.workspace import Workspace
from ui.secretariat.common import (
    NOTICE_STYLE,
    OK_STYLE,
    FindingsList,
    desk_error,
    heading,
    parts_text,
)
from ui.secretariat.findings import Finding, sentence
from ui.secretariat.identity import SecretariatKey
from ui.secretariat.state import DeskState
from ui.texts import time_text
from ui.workers import run_in_background

SPEC_NAME = "spec.toml"
CARD_NAME = "사무국 카드.json"  # the secretariat's card, handed out with the bundle


class Cancelled(EvaluatorError):
    """The 간사 pressed Cancel while the bundle was written (the partial file is removed)."""


def make_bundle(draft: RoundDraft, folder: Path, key: SecretariatKey, passphrase: str,
                cancelled: Callable[[], bool], progress: Callable[[int, int], None]
                ) -> dict[str, Any]:
    """In the worker: the spec saved (only if `session check` accepts it), the identity
    unlocked, the bundle written and the secretariat's card laid beside it."""
    spec_path = folder / SPEC_NAME
    problems = save_round(draft, spec_path)
    if problems:
        return {"problems": [str(p) for p in problems]}
    identity = key.unlock(passphrase)
    spec = load_spec(spec_path)
    out = folder / portable_name(spec.id, ".evb")  # an id may be "con", a device name

    def step(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled("cancelled")
        progress(done, total)

    sha = create_bundle(spec, identity, out, step)
    identity.card.save(folder / CARD_NAME)
    sent = sent_bundle(draft, out, sha)  # the draft as signed: later edits are told apart
    return {"bundle": str(out), "spec": str(spec_path), "sha256": sha, "identity": identity,
            "sent": sent.to_dict(),
            "card": str(folder / CARD_NAME), "members": len(spec.roster.members)
            if spec.roster else 0}


class SendPage(QWidget):
    made = Signal(object)  # the result dict of make_bundle
    go_to = Signal(object)  # Finding
    identity_changed = Signal()  # the secretariat's identity was made from this page

    def __init__(self, state: DeskState, key: SecretariatKey,
                 draft: Callable[[], RoundDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.key, self.draft = state, key, draft
        self.findings_now: list[Finding] = []
        self._cancel = False
        self.busy = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("5. Check and send"), self.tr(
            "Everything the checks still find; press Enter on one to go to its place. When "
            "the list is clear, sign the bundle for the committee.")))
        self.sent_notice = QLabel()  # the bundle signed last, and whether the draft still
        self.sent_notice.setWordWrap(True)  # says what it carries
        self.sent_notice.hide()
        layout.addWidget(self.sent_notice)
        self.findings = FindingsList(self.tr("All findings"))
        self.findings.chosen.connect(self.go_to)
        layout.addWidget(self.findings, 2)
        box = QGroupBox(self.tr("Sign and create the bundle"))
        form = QFormLayout(box)
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        form.addRow(self.tr("Signed by"), self.signer)
        # no identity, or a member's or chair's: made here rather than on the first screen
        self.create_identity_button = QPushButton(self.tr("Create the secretariat's "
                                                          "identity…"))
        self.create_identity_button.clicked.connect(self.create_identity)
        self.identity_window: QWidget | None = None
        form.addRow("", self.create_identity_button)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for the bundle and the spec"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Folder"), row)
        self.folder.textEdited.connect(self._folder_edited)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("&Sign and create the bundle"))
        self.sign_button.setToolTip("Ctrl+Enter")
        self.sign_button.clicked.connect(lambda: self.sign())  # not sign(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        layout.addWidget(box)
        self.handout = QTextBrowser()
        self.handout.setAccessibleName(self.tr("What to hand to whom"))
        self.handout.hide()
        layout.addWidget(self.handout, 3)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self.sign)
        self.load()

    def load(self) -> None:
        """The folder (the one chosen or signed into; else the one offered for the round as it
        is now, so a program or year set after the desk opened is the folder's name too) and
        who signs."""
        if self.state.spec_path:
            self.folder.setText(str(Path(self.state.spec_path).parent))
        else:
            self.folder.setText(str(suggested_bundle_folder(self.state.session_id())))
        card = self.key.card
        if card is None:
            self.signer.setText(self.tr("This workspace has no identity yet: create the "
                                        "secretariat's identity here."))
        elif card.role != "secretariat":
            self.signer.setText(self.tr("%1 (role %2): bundles are signed with the "
                                        "secretariat's identity.").replace(
                "%1", card.name).replace("%2", card.role))
        else:
            self.signer.setText(f"{card.name} · {card.affiliation} · {card.fingerprint}")
        self.create_identity_button.setVisible(card is None or card.role != "secretariat")

    def create_identity(self) -> None:
        """The first screen's create form, role 사무국 간사; a member's or chair's identity in
        this workspace is replaced only when the workspace holds no session opened with it
        (the core's rule), and only after asking."""
        from ui.secretariat.identity_window import SecretariatIdentityWindow

        try:
            ws = Workspace(workspace_path())
        except EvaluatorError as e:
            QMessageBox.warning(self, self.tr("The secretariat's identity"), desk_error(e))
            return
        card = self.key.card
        if card is not None and card.role != "secretariat":
            if replacement_refusal(ws):
                count = len(ws.sessions())
                ws.close()
                QMessageBox.warning(self, self.tr("The secretariat's identity"), self.tr(
                    "This workspace belongs to %1 (role %2) and holds %3 evaluation "
                    "session(s) opened with that identity. A workspace holds one identity, "
                    "so it keeps this one. Prepare the round in a workspace of its own (start "
                    "the desk with --workspace FOLDER) and create the secretariat's identity "
                    "there.").replace("%1", card.name).replace(
                    "%2", card.role).replace("%3", str(count)))
                return
            answer = QMessageBox.question(
                self, self.tr("The secretariat's identity"), self.tr(
                    "This workspace uses the identity of %1 (role %2, %3). A workspace holds "
                    "one identity: after this, it signs and opens with the secretariat's new "
                    "one. The old identity's keys are not deleted (they stay in the keyring or "
                    "in their file). Replace it?").replace("%1", card.name).replace(
                    "%2", card.role).replace("%3", card.fingerprint),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                ws.close()
                return
        window = SecretariatIdentityWindow(ws, self.window())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.made.connect(self._identity_made)
        self.identity_window = window
        window.show()

    def _identity_made(self, identity: Identity, ref: str) -> None:
        """The desk's key is the new identity (already unlocked: Sign asks nothing more)."""
        self.key.ref, self.key.card, self.key.identity = ref, identity.card, identity
        self.load()
        self.show_findings(self.findings_now)
        self.message.setText(self.tr("The secretariat's identity is made and remembered in "
                                     "this workspace: %1.").replace(
            "%1", identity.card.fingerprint))
        self.identity_changed.emit()

    def _folder_edited(self) -> None:
        text = self.folder.text().strip()  # emptied: the folder offered for the round again
        self.state.spec_path = str(Path(text) / SPEC_NAME) if text else ""

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)
            self._folder_edited()

    @property
    def has_signer(self) -> bool:
        """The workspace holds the secretariat's identity (a bundle can be signed here)."""
        return self.key.card is not None and self.key.card.role == "secretariat"

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings_now = findings
        self.findings.show_findings(findings, self.tr(
            "Nothing left to fix: the round is ready to sign.") if self.has_signer else self.tr(
            "Nothing left to fix in the round. To sign it, first create the secretariat's "
            "identity below."), prefix=True)
        self.sign_button.setEnabled(not findings and self.has_signer and not self.busy)

    def show_sent(self, sent: SentBundle | None, changed: list[str]) -> None:
        """Said, not enforced: editing stays open, and Sign makes the bundle to send again."""
        self.sent_notice.setVisible(sent is not None)
        if sent is None:
            return
        when, name = time_text(sent.created), Path(sent.bundle).name
        if changed:
            self.sent_notice.setStyleSheet(NOTICE_STYLE)
            self.sent_notice.setText(self.tr(
                "Differs from the bundle sent (changed: %1): sign it again and send the new "
                "bundle to everyone. The members hold %2, signed %3; page 6 checks their "
                "sheets against it until then.").replace("%1", parts_text(changed)).replace(
                "%2", name).replace("%3", when))
        else:
            self.sent_notice.setStyleSheet(OK_STYLE)
            self.sent_notice.setText(self.tr(
                "The bundle %1, signed %2, carries the draft as it is now.").replace(
                "%1", name).replace("%2", when))
            if self.handout.isHidden() and Path(sent.bundle).is_file():
                # the desk opened again on a round sent: what to hand to whom is still needed
                # (a member who lost the USB stick, the fingerprint read on the phone)
                folder, draft = Path(sent.bundle).parent, self.draft()
                self.show_handout({
                    "bundle": sent.bundle, "card": str(folder / CARD_NAME),
                    "spec": self.state.spec_path or str(folder / SPEC_NAME),
                    "members": len(draft.roster.members) if draft.roster else 0}, focus=False)

    def sign(self, passphrase: str | None = None) -> None:
        if self.busy or not self.sign_button.isEnabled():
            return
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip():
            self.message.setText(self.tr("Choose the folder for the bundle first."))
            return
        if not self._may_replace(folder / f"{self.state.session_id()}.evb"):
            return
        if passphrase is None and self.key.needs_passphrase:
            text, ok = QInputDialog.getText(
                self, self.tr("Sign the bundle"), self.tr(
                    "Passphrase of the secretariat's identity file (%1):").replace(
                    "%1", self.key.file_name), QLineEdit.EchoMode.Password)
            if not ok:
                return
            passphrase = text
        self.state.spec_path = str(folder / SPEC_NAME)
        draft, key, secret = self.draft(), self.key, passphrase or ""
        self._cancel = False
        self._busy(True)
        self.message.setText(self.tr("Encrypting the documents for each reader and signing…"))
        run_in_background(
            lambda p: make_bundle(draft, folder, key, secret, lambda: self._cancel, p),
            self._made, self._failed, self._progress, describe=desk_error)

    def _may_replace(self, bundle: Path) -> bool:
        """A bundle already signed in this folder (perhaps sent) is replaced only if the 간사
        says so: a new one must go to everyone again, and sheets signed on the old one do not
        verify against it."""
        if not bundle.exists():
            return True
        answer = QMessageBox.question(
            self, self.tr("Sign and create the bundle"), self.tr(
                "This folder already has the signed bundle %1. If it was sent to the "
                "committee, the new bundle must be sent to everyone again, and sheets signed "
                "on the old one do not verify against the new one. Replace it?").replace(
                "%1", bundle.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        self._cancel = True
        self.message.setText(self.tr("Cancelling…"))

    def _busy(self, on: bool) -> None:
        self.busy = on
        self.sign_button.setEnabled(not on)
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._busy(False)
        if self._cancel:
            self.message.setText(self.tr("Cancelled: no bundle was written (the spec is "
                                         "saved)."))
        else:
            self.message.setText(message)

    def _made(self, result: dict[str, Any]) -> None:
        self._busy(False)
        if result.get("problems"):
            self.message.setText(self.tr("The spec was not saved: %1").replace(
                "%1", " ".join(sentence(p) for p in result["problems"][:3])))
            return
        self.state.bundle_path = result["bundle"]
        self.state.spec_path = result["spec"]
        self.state.sent.append(result["sent"])
        self.show_sent(SentBundle.from_dict(result["sent"]), [])
        self.key.identity = result["identity"]
        self.message.setText(self.tr("The bundle is signed and written: %1").replace(
            "%1", result["bundle"]))
        self.show_handout(result)
        self.made.emit(result)

    def show_handout(self, result: dict[str, Any], focus: bool = True) -> None:
        bundle, card = Path(result["bundle"]), Path(result["card"])
        fp = self.key.card.fingerprint if self.key.card else ""
        lines = [
            "<h3>" + self.tr("What to hand to whom") + "</h3><ul>",
            "<li>" + self.tr("To the chair and each of the %1 members: the bundle <b>%2</b> "
                             "and the secretariat's card <b>%3</b>, on one USB stick each "
                             "(label it with the member's name) or by e-mail.").replace(
                "%1", str(result["members"])).replace("%2", bundle.name).replace(
                "%3", card.name) + "</li>",
            "<li>" + self.tr("When a member first opens the bundle, read them this "
                             "fingerprint on the phone: <b>%1</b>.").replace("%1", fp) + "</li>",
            "<li>" + self.tr("The same USB stick comes back with the member's signed score "
                             "sheet, three files: the sheet (.json), its signature (.minisig) "
                             "and the printable PDF; collect them on page 6.") + "</li>",
            "<li><b>" + self.tr("Never hand out or send the passphrase of the secretariat's "
                                "identity, nor its identity file.") + "</b></li>",
            "<li>" + self.tr("Keep the spec %1 in this folder: a corrected bundle is made "
                             "from it.").replace("%1", result["spec"]) + "</li></ul>",
        ]
        self.handout.setHtml("".join(lines))
        self.handout.show()
        if focus:
            self.handout.setFocus(Qt.FocusReason.OtherFocusReason)

