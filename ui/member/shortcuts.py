"""The member window's keys, listed under Help > Keyboard shortcuts (F1)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

SHORTCUTS = [
    ("Alt+Down", QT_TRANSLATE_NOOP("MainWindow", "Next application")),
    ("Alt+Up", QT_TRANSLATE_NOOP("MainWindow", "Previous application")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("MainWindow", "Next application still to do (its first "
                                                     "open entry)")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Find in the document")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("MainWindow", "Highlight the text found (or drag across "
                                               "text with the mouse)")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Search the application list")),
    ("F8 / Shift+F8", QT_TRANSLATE_NOOP("MainWindow", "Next / previous rubric item")),
    ("Enter", QT_TRANSLATE_NOOP("MainWindow", "In the list: score the application (its first "
                                              "open entry); in a score: save it and go on to "
                                              "its rationale")),
    ("A–E", QT_TRANSLATE_NOOP("MainWindow", "Grade of the focused grade item")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("MainWindow", "Next / previous field (list → "
                                                        "document: tabs, page and zoom buttons, "
                                                        "search, pages → rubric)")),
    ("← / →", QT_TRANSLATE_NOOP("MainWindow", "On the document tabs: another document of the "
                                             "application")),
    ("Ctrl+Tab / Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("MainWindow", "Next / previous pane")),
    ("↑ / ↓", QT_TRANSLATE_NOOP("MainWindow", "In the list: another application; in a score: "
                                             "one step up or down")),
    ("F6", QT_TRANSLATE_NOOP("MainWindow", "Focus the document")),
    ("F7", QT_TRANSLATE_NOOP("MainWindow", "Focus the rubric panel")),
    ("PgDown / PgUp", QT_TRANSLATE_NOOP("MainWindow", "Next / previous page")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("MainWindow", "Zoom in / out")),
    ("Ctrl+Shift+I", QT_TRANSLATE_NOOP("MainWindow", "Conflicts of interest")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("MainWindow", "Finalize and sign")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("MainWindow", "In the conflicts dialog and a revision's "
                                                   "reason: save (Enter there does not)")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("MainWindow", "Overview of all applications")),
    ("Ctrl+Shift+L", QT_TRANSLATE_NOOP("MainWindow", "Larger text")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("MainWindow", "Save now (everything is also saved as you "
                                               "type)")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("MainWindow", "Undo / redo in the field")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("MainWindow", "Print the document (if the bundle allows)")),
    ("F9", QT_TRANSLATE_NOOP("MainWindow", "Presentation mode (발표 모드)")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("MainWindow", "Open another bundle or session")),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
]

# 발표 모드's own keys (its window has no menu): Help there is F1 too.
PRESENTATION_SHORTCUTS = [
    ("F9 / Esc", QT_TRANSLATE_NOOP("PresentationWindow", "Back to the normal window")),
    ("Alt+Down / Alt+Up", QT_TRANSLATE_NOOP("PresentationWindow", "Next / previous applicant")),
    ("PgDown / PgUp", QT_TRANSLATE_NOOP("PresentationWindow", "Next / previous slide")),
    ("F6", QT_TRANSLATE_NOOP("PresentationWindow", "Focus the slides")),
    ("F7", QT_TRANSLATE_NOOP("PresentationWindow", "Focus the rubric (its first open entry)")),
    ("F8 / Shift+F8", QT_TRANSLATE_NOOP("PresentationWindow", "Next / previous rubric item")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("PresentationWindow", "Find in the slides")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("PresentationWindow", "Save now (everything is also saved as "
                                                       "you type)")),
    ("Ctrl+Shift+H", QT_TRANSLATE_NOOP("PresentationWindow", "Hand in this applicant (이 신청 "
                                                             "제출)")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("PresentationWindow", "Next / previous field (the "
                                                                "applicant, the slides, the "
                                                                "rubric, the notes)")),
    ("F1", QT_TRANSLATE_NOOP("PresentationWindow", "Keyboard shortcuts")),
]
