"""Windows and dialogs sized from the screen they open on (a 1366×768 laptop, or 200 % scaling
on 1920×1080, leaves 960×540 logical pixels), never larger than it."""

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.94  # leave a margin around a window that is not maximised


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The available area (without task bars) of the widget's screen, in logical pixels."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted_size(preferred: QSize, widget: QWidget | None = None) -> QSize:
    """`preferred`, shrunk to fit the available screen."""
    area = available_geometry(widget)
    return QSize(min(preferred.width(), int(area.width() * SCREEN_SHARE)),
                 min(preferred.height(), int(area.height() * SCREEN_SHARE)))


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize `widget` to `preferred` or what the screen allows, and centre it there."""
    size = fitted_size(preferred, widget)
    widget.resize(size)
    area = available_geometry(widget)
    widget.move(area.x() + (area.width() - size.width()) // 2,
                area.y() + (area.height() - size.height()) // 2)


def keep_on_screen(widget: QWidget) -> None:
    """After restoring a remembered geometry: shrink and move it back onto today's screen."""
    area = available_geometry(widget)
    size = widget.size().boundedTo(area.size())
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry()
    if not area.contains(frame):
        x = min(max(frame.x(), area.x()), area.right() - size.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - size.height() + 1)
        widget.move(x, y)
