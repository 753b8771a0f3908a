"""The result's four tabs: verification, scores (matrix), charts, ranking (display only)."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.consolidation import Consolidated
from ui.chair.charts import ApplicationChart, CalibrationChart
from ui.chair.models import ID_ROLE, MatrixModel, RankingModel, VerificationModel
from ui.chair.texts import rule_word, small_panel_reason, subtype_word


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ResultPanes(QTabWidget):
    """Shows one consolidation: the verification table, the applications × members matrix with
    the findings under it, a chart per application beside the members' calibration, and the
    ranking overall or per subtype."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict[str, Any] | None = None
        self.verification = VerificationModel(self)
        self.verification_view = _table(self.verification)
        header = self.verification_view.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.addTab(self.verification_view, self.tr("Verification"))

        self.matrix = MatrixModel(self)
        self.matrix_view = _table(self.matrix)
        self.matrix_view.selectionModel().currentRowChanged.connect(self._matrix_row)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scores = QWidget()
        sv = QVBoxLayout(scores)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.matrix_view, 1)
        sv.addWidget(self.findings)
        self.addTab(scores, self.tr("Scores"))

        charts = QWidget()
        cv = QVBoxLayout(charts)
        cv.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Application:")))
        self.chart_app = QComboBox()
        self.chart_app.setAccessibleName(self.tr("Application"))
        self.chart_app.currentIndexChanged.connect(self._chart_changed)
        pick.addWidget(self.chart_app, 1)
        cv.addLayout(pick)
        self.app_chart = ApplicationChart()
        self.calibration_chart = CalibrationChart()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.app_chart)
        split.addWidget(self.calibration_chart)
        split.setSizes([760, 560])
        cv.addWidget(split, 1)
        self.addTab(charts, self.tr("Charts"))

        ranking = QWidget()
        rv = QVBoxLayout(ranking)
        rv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        self.ranking_scope = QComboBox()
        self.ranking_scope.setAccessibleName(self.tr("Ranking scope"))
        self.ranking_scope.currentIndexChanged.connect(
            lambda i: self.ranking.set_subtype(self.ranking_scope.itemData(i)))
        row.addWidget(self.ranking_scope)
        row.addStretch(1)
        rv.addLayout(row)
        self.ranking = RankingModel(self)
        self.ranking_view = _table(self.ranking)
        rh = self.ranking_view.horizontalHeader()
        for col in range(8):
            rh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        rh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rv.addWidget(self.ranking_view, 1)
        self.ranking_notes = QLabel()
        self.ranking_notes.setWordWrap(True)
        rv.addWidget(self.ranking_notes)
        self.addTab(ranking, self.tr("Ranking"))

    def show_consolidated(self, consolidated: Consolidated | None) -> None:
        result = consolidated.result if consolidated else None
        self.result = result
        self.verification.set_collection(consolidated.collection if consolidated else None)
        self.matrix.set_result(result)
        self._fit_matrix()
        self.ranking.set_result(result)
        self._fill_scopes(result)
        self._fill_chart_apps(result)
        self.calibration_chart.show_result(result)
        self.findings.setText(self._findings(result))
        self.ranking_notes.setText("\n".join((result or {}).get("notes", [])))

    def _fit_matrix(self) -> None:
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.matrix.columnCount() > 2:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _fill_scopes(self, result: dict[str, Any] | None) -> None:
        current = self.ranking_scope.currentData()
        self.ranking_scope.blockSignals(True)
        self.ranking_scope.clear()
        self.ranking_scope.addItem(self.tr("all applications (overall)"), None)
        for s in self.ranking.subtypes():
            self.ranking_scope.addItem(subtype_word(s), s)
        index = max(0, self.ranking_scope.findData(current))
        self.ranking_scope.setCurrentIndex(index)
        self.ranking_scope.blockSignals(False)
        self.ranking.set_subtype(self.ranking_scope.itemData(index))

    def _fill_chart_apps(self, result: dict[str, Any] | None) -> None:
        current = self.chart_app.currentData()
        self.chart_app.blockSignals(True)
        self.chart_app.clear()
        for a in (result or {}).get("applications", []):
            self.chart_app.addItem(f"{a['id']} {a['applicant']} — {a['title']}", a["id"])
        self.chart_app.setCurrentIndex(max(0, self.chart_app.findData(current)))
        self.chart_app.blockSignals(False)
        self._chart_changed()

    def _chart_changed(self, *_: Any) -> None:
        result = self.result
        app_id = self.chart_app.currentData()
        app = next((a for a in (result or {}).get("applications", []) if a["id"] == app_id),
                   None)
        self.app_chart.show_application(app, result or {})

    def _matrix_row(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            index = self.chart_app.findData(self.matrix.data(current, ID_ROLE))
            if index >= 0:
                self.chart_app.setCurrentIndex(index)

    def _findings(self, result: dict[str, Any] | None) -> str:
        if not result:
            return ""
        names = {m["fingerprint"]: m["name"] for m in result["members"]}
        lines = [self.tr("Rule: %1. Struck through: totals the rule dropped; highlighted: "
                         "deviation flags (ask for the written reason).")
                 .replace("%1", rule_word(result["rule"]) if result["rule"]
                          else self.tr("the rubric's rule"))]
        for f in result["flags"]:
            lines.append(self.tr("Deviation: %1, %2 gave %3, the others' mean is %4 (%5; "
                                 "threshold %6)").replace("%1", f["application"])
                         .replace("%2", names.get(f["member"], f["member"]))
                         .replace("%3", f["total"]).replace("%4", f["others_mean"])
                         .replace("%5", f["difference"]).replace("%6", f["threshold"]))
        for p in result["small_panels"]:
            lines.append(self.tr("Small panel: %1 (%2)").replace("%1", p["application"])
                         .replace("%2", small_panel_reason(p)))
        return "\n".join(lines)
