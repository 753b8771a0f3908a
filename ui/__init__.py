"""The PySide6 desktop app: a thin layer over evaluator_app; no business rules here."""
