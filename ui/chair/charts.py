"""Charts of a result: one application's member totals with its final score, and the members'
calibration (mean offset from the committee)."""

from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

KEPT, DROPPED, FLAGGED, FINAL = (QColor("#3478C8"), QColor("#A0A4A8"), QColor("#FF8C00"),
                                 QColor("#C0392B"))


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QApplication.font()
    bold = QFont(font)
    bold.setBold(True)
    chart.setTitleFont(bold)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    palette = QApplication.palette()
    chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    return chart


def _style_axis(axis: QValueAxis | QBarCategoryAxis) -> None:
    axis.setLabelsFont(QApplication.font())
    axis.setLabelsColor(QApplication.palette().color(QPalette.ColorRole.Text))


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 140)  # 200 % on 1920×1080 leaves 540 pixels for it all
        self.setChart(_chart(""))


class ApplicationChart(ChartView):
    """Every member's total for one application (bars: counted, dropped by the rule, flagged
    for deviation), and the final score as a line across them."""

    def show_application(self, app: dict[str, Any] | None, result: dict[str, Any]) -> None:
        if app is None:
            self.setChart(_chart(""))
            return
        names = {m["fingerprint"]: m["name"] for m in result["members"]}
        flags = {f["member"] for f in result["flags"] if f["application"] == app["id"]}
        total_max = next((Decimal(r["total"]) for r in result["rubrics"]
                          if r["hash"] == app["rubric_hash"]), Decimal(100))
        final = app["final_score"]
        title = self.tr("%1 %2: final score %3").replace("%1", app["id"]).replace(
            "%2", app["applicant"]).replace("%3", final or "–")
        chart = _chart(title)
        sets = {key: QBarSet(label) for key, label in (
            ("kept", self.tr("counted")), ("dropped", self.tr("dropped (highest/lowest)")),
            ("flagged", self.tr("deviation flag")))}
        for key, colour in (("kept", KEPT), ("dropped", DROPPED), ("flagged", FLAGGED)):
            sets[key].setColor(colour)
            sets[key].setBorderColor(colour)
            sets[key].setLabelColor(QColor("white"))  # inside the bar, on its colour
        categories = []
        for t in app["totals"]:
            categories.append(names.get(t["member"], t["member"]))
            value = float(t["total"])
            kind = ("flagged" if t["member"] in flags else
                    "dropped" if t["member"] in app["dropped"] else "kept")
            for key, bar_set in sets.items():
                bar_set.append(value if key == kind else 0.0)
        for fp in app["conflicted"]:
            categories.append(self.tr("%1 (회피)").replace("%1", names.get(fp, fp)))
            for bar_set in sets.values():
                bar_set.append(0.0)
        series = QStackedBarSeries()
        for bar_set in sets.values():
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QStackedBarSeries.LabelsPosition.LabelsInsideBase)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories or [""])
        y = QValueAxis()
        y.setRange(0, float(total_max))
        y.setLabelFormat("%d")
        y.setTickCount(6)
        for axis in (x, y):
            _style_axis(axis)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        if final is not None and categories:
            line = QLineSeries()
            line.setName(self.tr("final score %1").replace("%1", final))
            pen = QPen(FINAL)
            pen.setWidth(3)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            for i in range(len(categories)):
                line.append(i, float(final))
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
        self.setChart(chart)


class CalibrationChart(ChartView):
    """Each member's mean offset: their total minus the committee's mean on the same
    applications, averaged (positive: more lenient than the committee)."""

    def show_result(self, result: dict[str, Any] | None) -> None:
        chart = _chart(self.tr("Calibration: each member's mean offset from the committee"))
        if not result or not result.get("calibration"):
            self.setChart(chart)
            return
        names = {m["fingerprint"]: m["name"] for m in result["members"]}
        rows = list(reversed(result["calibration"]))  # the first member at the top
        bar_set = QBarSet(self.tr("mean offset (points)"))
        bar_set.setColor(KEPT)
        bar_set.setLabelColor(QApplication.palette().color(QPalette.ColorRole.Text))
        labels = []
        for c in rows:
            bar_set.append(float(c["offset"]))
            labels.append(self.tr("%1 (n=%2)").replace("%1", names.get(c["member"], c["member"]))
                          .replace("%2", str(c["n"])))
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(labels)
        x = QValueAxis()
        reach = max([abs(float(c["offset"])) for c in rows] + [1.0]) * 1.3
        x.setRange(-reach, reach)
        x.applyNiceNumbers()
        x.setLabelFormat("%.1f")
        for axis in (x, y):
            _style_axis(axis)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y)
        series.attachAxis(x)
        chart.legend().setVisible(False)
        self.setChart(chart)
