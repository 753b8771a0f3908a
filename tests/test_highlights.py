"""Private highlights in the documents: drawn where QPdfView draws the words, made by mouse or
keyboard, listed, removed, and stored as places only."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QImage
from qt_helpers import type_korean

from evaluator_app.trust.open_session import open_bundle
from evaluator_app.workspace import Workspace
from ui.member.controller import SessionController
from ui.member.main_window import MainWindow

SID = "2025-strong-small-written"
WORD = "신청번호"


@pytest.fixture
def window(qtbot, committee, evb, home, tmp_path):
    ws = Workspace.open(home)
    open_bundle(ws, evb, committee.m1, now=datetime.fromisoformat("2025-06-05T10:00:00+09:00"))
    ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
    for app in ws.applications(SID):
        ws.declare_no_conflict(SID, app.id)
    w = MainWindow(SessionController(ws, SID, committee.m1),
                   QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                   restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    with qtbot.waitSignal(w.documents_shown, timeout=10_000):
        w.show()
    yield w
    w.close()
    ws.close()


def found(qtbot, view):
    """Search WORD (once on every page's footer); returns the search results."""
    view.search_model.setSearchString(WORD)
    pages = view.document.pageCount()
    qtbot.waitUntil(lambda: view.search_model.count() >= pages, timeout=5_000)
    return [view.search_model.resultAtIndex(i) for i in range(view.search_model.count())]


def changed_box(before: QImage, after: QImage) -> QRect:
    xs, ys = [], []
    for y in range(before.height()):
        for x in range(0, before.width()):
            if before.pixel(x, y) != after.pixel(x, y):
                xs.append(x)
                ys.append(y)
    return QRect(QPoint(min(xs), min(ys)), QPoint(max(xs), max(ys))) if xs else QRect()


@pytest.mark.parametrize("zoom_steps, scrolled", [(0, False), (2, True)])
def test_the_page_layout_matches_where_qpdfview_draws(qtbot, window, zoom_steps, scrolled):
    view = window.pdf.current_view()
    for _ in range(zoom_steps):
        view.zoom(1.2)
    view.highlights.hide()
    view.watermark.hide()
    qtbot.wait(300)
    results = found(qtbot, view)
    if scrolled:  # bring the second page's result to the middle of the viewport
        link = next(r for r in results if r.page() == 1)
        top = view.page_layout().map_rect(1, link.rectangles()[0]).top()
        bar = view.view.verticalScrollBar()
        bar.setValue(int(top) - view.view.viewport().height() // 2)
        assert bar.value() > 0
    view.view.setSearchModel(None)
    qtbot.wait(300)  # pages rendered
    viewport = view.view.viewport()
    before = viewport.grab().toImage()
    view.view.setSearchModel(view.search_model)  # QPdfView now paints every result
    qtbot.wait(100)
    after = viewport.grab().toImage()
    layout = view.page_layout()
    expected = QRectF()
    for link in results:
        for rect in link.rectangles():
            mapped = layout.map_rect(link.page(), rect) & QRectF(viewport.rect())
            expected = expected | mapped if not expected.isNull() else mapped
    drawn = QRectF(changed_box(before, after))
    assert not drawn.isNull() and not expected.isNull()
    for ours, theirs in ((expected.left(), drawn.left()), (expected.top(), drawn.top()),
                         (expected.right(), drawn.right()), (expected.bottom(), drawn.bottom())):
        assert abs(ours - theirs) <= 2, (expected, drawn)


def test_drag_across_words_highlights_them_and_delete_removes(qtbot, window):
    view = window.pdf.current_view()
    link = found(qtbot, view)[-1]  # on the last page
    assert link.page() == view.document.pageCount() - 1
    view.search_model.setSearchString("")
    view.jump(link.page())
    qtbot.wait(200)
    layout = view.page_layout()
    rect = layout.map_rect(link.page(), link.rectangles()[0])
    viewport = view.view.viewport()
    start = QPoint(int(rect.left()) + 1, int(rect.center().y()))
    end = QPoint(int(rect.right()) - 1, int(rect.center().y()))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    controller = window.controller
    [highlight] = controller.highlights(window.current)
    assert highlight.page == link.page() and highlight.doc_id == view.doc_id
    assert WORD in view.highlight_text(highlight)
    assert window.highlight_list.count() == 1
    assert WORD in window.highlight_list.item(0).text()
    qtbot.wait(100)
    image = viewport.grab().toImage()
    centre = image.pixelColor(int(rect.center().x()), int(rect.top()) + 1)
    assert centre.red() > centre.blue() + 40  # the yellow pen is on the word
    view.jump(0)
    qtbot.waitUntil(lambda: view.view.pageNavigator().currentPage() == 0)
    window.highlight_list.itemActivated.emit(window.highlight_list.item(0))  # Enter: go there
    qtbot.waitUntil(lambda: view.view.pageNavigator().currentPage() == link.page())
    window.highlight_list.setCurrentRow(0)
    qtbot.keyClick(window.highlight_list, Qt.Key.Key_Delete)
    assert controller.highlights(window.current) == [] and window.highlight_list.count() == 0
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=start)  # a click marks nothing
    assert controller.highlights(window.current) == []


def test_find_then_ctrl_h_highlights_and_it_comes_back(qtbot, window):
    view = window.pdf.current_view()
    first = window.current
    view.find_field.setFocus()
    type_korean(view.find_field, WORD)
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.search_model.count() > 0, timeout=5_000)
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)  # the search may finish after Enter
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    [highlight] = window.controller.highlights(first)
    assert view.highlight_text(highlight) == f"{WORD}"
    with qtbot.waitSignal(window.documents_shown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.highlight_list.count() == 0  # another application, no highlights
    with qtbot.waitSignal(window.documents_shown, timeout=10_000):
        window.select_application(first)
    assert window.highlight_list.count() == 1 and WORD in window.highlight_list.item(0).text()
    assert len(window.pdf.current_view().highlights.saved) == 1
    # stored as a place only: the document's words are not in the workspace files
    stored = b"".join(p.read_bytes() for p in window.controller.ws.path.parent.glob("workspace*"))
    assert b"highlights" in stored and WORD.encode() not in stored
