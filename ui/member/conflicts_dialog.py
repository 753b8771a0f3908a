"""Conflict-of-interest declarations (이해충돌 신고) for every application."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.coi import PREDECLARED
from evaluator_app.scoring import COI_GROUNDS
from evaluator_app.workspace import Change
from ui.member.controller import SessionController
from ui.screen_fit import fit_to_screen, fitted_size
from ui.widgets.enter_keys import enter_moves_on, enter_stays, submit_keys

CHOICES = [None, "none", *COI_GROUNDS]  # index → stored value (None: not declared yet)


class ConflictsDialog(QDialog):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Conflicts of interest (이해충돌 신고)"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "For every application, declare whether you have a conflict of interest. A "
            "conflicted application is withdrawn from your scoring (회피). The grounds follow "
            "the committee rules (제척 사유)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = controller.rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Application"), self.tr("Declaration"),
                                              self.tr("Reason")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, min(300, fitted_size(QSize(1180, 440), parent).width() // 3))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        # Tab walks the declarations and then leaves for the buttons (the table's own Tab
        # moved from cell to cell and wrapped around forever: the buttons were out of reach).
        self.table.setTabKeyNavigation(False)
        self.combos: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLineEdit] = {}
        self.initial: dict[str, tuple[int, str]] = {}
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(f"{row.id} {row.applicant} — {row.title}"))
            combo = QComboBox()
            combo.addItems([self.tr("— not declared —"), self.tr("No conflict (없음)"),
                            *(ko for ko, _ in COI_GROUNDS.values())])
            combo.setAccessibleName(self.tr("Declaration for %1").replace("%1", row.id))
            declared, ground, text = controller.declaration(row.id)
            index = 0 if declared is None else 1 if declared == "none" else CHOICES.index(ground)
            combo.setCurrentIndex(index)
            reason = QLineEdit(self.tr("Declared in advance by the secretariat")
                               if text == PREDECLARED else text)
            reason.setAccessibleName(self.tr("Reason for %1").replace("%1", row.id))
            readable = any(d.readable for d in controller.documents(row.id)) or not (
                controller.documents(row.id))
            if not readable:  # pre-declared by the secretariat: the documents are withheld
                combo.setEnabled(False)
                reason.setEnabled(False)
            self.table.setCellWidget(r, 1, combo)
            self.table.setCellWidget(r, 2, reason)
            self.combos[row.id], self.reasons[row.id] = combo, reason
            self.initial[row.id] = (index, text)
        layout.addWidget(self.table, 1)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C0392B;")
        self.problem.hide()
        layout.addWidget(self.problem)
        keys = QLabel(self.tr("Enter on a declaration goes on to its reason; Enter in a reason "
                              "does not save it: Ctrl+Enter saves."))
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #5F6368;")
        layout.addWidget(keys)
        # Enter pressed Save from any field: a reason being typed went out half-written.
        enter_moves_on(list(self.combos.values()))
        enter_stays(list(self.reasons.values()))
        submit_keys(self, self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the declarations (Ctrl+Enter)"))
        self.rest_none = buttons.addButton(self.tr("No conflict with &all the others"),
                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.rest_none.setToolTip(self.tr("Every application not declared yet: no conflict "
                                          "(나머지는 모두 이해충돌 없음)"))
        self.rest_none.clicked.connect(self.declare_rest_none)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # after the last declaration: the buttons as they are laid out (Cancel came first)
        QWidget.setTabOrder(self.rest_none,
                            buttons.button(QDialogButtonBox.StandardButton.Cancel))
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1180, 440))  # never wider than the screen
        first = next((c for c in self.combos.values() if c.isEnabled()), None)
        if first is not None:  # the keyboard starts on the first declaration, not a cell
            first.setFocus()

    def changes(self) -> list[Change]:
        out = []
        for app_id, combo in self.combos.items():
            index, text = combo.currentIndex(), self.reasons[app_id].text().strip()
            if not combo.isEnabled():  # the secretariat's declaration is final
                continue
            if (index, text) == self.initial[app_id] or index == 0:
                continue
            out.append(Change(app_id, "coi", value=CHOICES[index], rationale=text,
                              origin=app_id))
        return out

    def edited(self) -> bool:
        """Something was chosen or typed here that is not saved yet."""
        return any(combo.isEnabled() and (combo.currentIndex(), self.reasons[app_id].text())
                   != self.initial[app_id] for app_id, combo in self.combos.items())

    def reject(self) -> None:
        """Escape, Cancel or the window's close: what was chosen or typed is not dropped
        without asking (a reason may be a sentence of Korean)."""
        if self.edited() and QMessageBox.question(
                self, self.tr("Conflicts of interest (이해충돌 신고)"),
                self.tr("Discard the declarations and reasons entered here? They are not saved."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()

    def declare_rest_none(self) -> None:
        """나머지는 모두 이해충돌 없음: every application still undeclared gets 'no conflict'."""
        for combo in self.combos.values():
            if combo.isEnabled() and combo.currentIndex() == 0:
                combo.setCurrentIndex(1)

    def missing_reasons(self) -> list[str]:
        """Applications declared conflicted without a written reason."""
        return [app_id for app_id, combo in self.combos.items()
                if combo.isEnabled() and combo.currentIndex() >= 2
                and not self.reasons[app_id].text().strip()]

    def save(self) -> None:
        missing = self.missing_reasons()
        for app_id, reason in self.reasons.items():
            reason.setStyleSheet("QLineEdit { border: 2px solid #C0392B; }"
                                 if app_id in missing else "")
        if missing:  # asked for in place: a declaration is not saved without its reason
            self.problem.setText(self.tr("Write the reason for each conflict you declare: %1")
                                 .replace("%1", ", ".join(missing)))
            self.problem.show()
            self.reasons[missing[0]].setFocus()
            return
        self.problem.hide()
        changes = self.changes()
        if not changes or self.controller.save_batch(changes):
            self.accept()
