"""Where the keyboard is, seen at a glance: a ring in the highlight colour around the widget that
has the focus, and a list's selection that is full colour only while the list has the keys.

The styles mark focus faintly or not at all (Fusion tints a field's border, a button's bevel
barely changes; a table shows nothing), and a list drew its selected row in the same strong
colour whether or not it had the keyboard, so it always looked focused. No strings here.
"""

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QMenuBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

WINDOW_PROPERTY = "framesFocus"  # on a window: frame the focus in it and in its dialogs
OWN_FRAME = "ownFocusFrame"  # on a widget whose style sheet already frames its focus
RING_WIDTH = 2


class FocusRing(QWidget):
    """Drawn over the focused widget's edge (a child of it, so it scrolls and clips with it);
    the mouse goes through it."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, target: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = target
        if target is None:
            self.hide()
            self.setParent(None)
            return
        self.setParent(target)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target:
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self.target.rect())
            elif event.type() == QEvent.Type.ChildAdded:
                self.raise_()  # (a widget made inside it later would cover the ring)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.target is None:
            return
        painter = QPainter(self)
        pen = QPen(self.target.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()


class FocusFrames(QObject):
    """One per application: moves the ring to each widget that gets the keyboard in a window
    that asked for it (`frame_focus_in`), or in a dialog over such a window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = FocusRing()
        app.focusChanged.connect(self.moved)

    def moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = _framed(new)
        try:
            self.ring.follow(target)
        except RuntimeError:  # the widget it was on is being deleted
            self.ring = FocusRing()
            self.ring.follow(target)


def _framed(widget: QWidget | None) -> QWidget | None:
    """The widget to frame for the focus on `widget`, or None."""
    if widget is None or widget.isWindow() or isinstance(widget, (QMenu, QMenuBar)):
        return None
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is widget:  # (a spin box's field)
        widget, parent = parent, parent.parentWidget()
    if widget.property(OWN_FRAME):
        return None
    window: QWidget | None = widget.window()
    while window is not None:
        if window.property(WINDOW_PROPERTY):
            return widget
        above = window.parentWidget()
        window = above.window() if above is not None else None
    return None


def frame_focus_in(window: QWidget) -> None:
    """Frame the focused widget in `window` and in the dialogs opened over it."""
    global _frames
    window.setProperty(WINDOW_PROPERTY, True)
    app = QApplication.instance()
    if _frames is None and isinstance(app, QApplication):
        _frames = FocusFrames(app)
    if _frames is not None:
        _frames.moved(None, QApplication.focusWidget())


_frames: FocusFrames | None = None


def quiet_color(palette: QPalette) -> QColor:
    """The selection's colour while its list does not have the keyboard: the highlight a third
    of the way over the base, still plain to see against the other rows."""
    strong, base = palette.color(QPalette.ColorRole.Highlight), palette.color(
        QPalette.ColorRole.Base)
    mix = 0.3
    return QColor(round(base.red() + (strong.red() - base.red()) * mix),
                  round(base.green() + (strong.green() - base.green()) * mix),
                  round(base.blue() + (strong.blue() - base.blue()) * mix))


class QuietSelection(QStyledItemDelegate):
    """A view's selected row in full colour while the view has the keyboard, in a quiet tint
    (the row still plain to see: which application is open) while it does not."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.setItemDelegate(self)
        view.installEventFilter(self)

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.state & QStyle.StateFlag.State_Selected and not self.view.hasFocus():
            palette = QPalette(option.palette)  # (from the view's: Qt may call this twice)
            quiet = quiet_color(self.view.palette())
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Highlight, quiet)
                palette.setColor(group, QPalette.ColorRole.HighlightedText,
                                 palette.color(group, QPalette.ColorRole.Text))
            option.palette = palette

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.FocusIn,
                                                     QEvent.Type.FocusOut):
            self.view.viewport().update()  # the whole row, not only the current cell
        return False
