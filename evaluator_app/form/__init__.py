"""The offline review form (score in a spreadsheet, import later)."""

from evaluator_app.form.export import export_form
from evaluator_app.form.importer import ImportResult, import_form, parse_form

__all__ = ["ImportResult", "export_form", "import_form", "parse_form"]
