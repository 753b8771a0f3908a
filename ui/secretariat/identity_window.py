"""The secretariat's identity made from the desk (page 5): the first screen's own create form
(name, affiliation, keyring or passphrase-protected file), its role set to 사무국 간사 and
locked; once made and remembered in the workspace the window closes and hands the identity to
the desk, which signs with it without a restart."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from evaluator_app.trust.identity import Identity
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from ui.welcome import WelcomeWindow


class SecretariatIdentityWindow(WelcomeWindow):
    made = Signal(object, str)  # Identity, its reference ("keyring:…" or "file:…")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, None, parent)
        self.setWindowTitle(self.tr("The secretariat's identity"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.create_title.setText(self.tr("The secretariat's identity"))
        self.create_intro.setText(self.tr(
            "The secretariat signs the round's bundle with this identity; each member checks "
            "its fingerprint when they first open the bundle. Its card goes out with the "
            "bundle; its secret keys stay here."))
        self.role.setCurrentIndex(self.role.findData("secretariat"))
        self.role.setEnabled(False)  # a bundle is signed by the secretariat
        self.import_button.hide()  # an identity file read in could be anyone's role
        self.name.setFocus()

    def _identity_done(self, identity: Identity, ref: str) -> None:
        remember(self.ws, ref, identity.card)
        self.identity = identity
        self.create_button.setEnabled(True)
        self.made.emit(identity, ref)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.ws.close()  # opened for this window only
