"""Bad input found by a sweep of the CLI: each gets one sentence and a non-zero exit, never a
hang or a traceback. An XLSX with one stray value far below the table (openpyxl pads every row
up to it); a folder of sheets with damaged files `sheets status` must name."""

from openpyxl import load_workbook
from test_hostile_folders import no_hang

from evaluator_app.form import export_form


def test_a_value_far_below_the_form_is_refused_at_once(ws, session_id, tmp_path, run_cli):
    form = tmp_path / "form.xlsx"
    export_form(ws, session_id, form)
    ws.close()
    wb = load_workbook(form)
    wb["평가"].cell(1_048_576, 16_384, "x")  # XFD1048576, the last cell of the grid
    wb.save(form)
    with no_hang(30):  # before: 1,048,576 rows padded to 16,384 cells (hung)
        result = run_cli("form", "import", str(form))
    assert result.exit_code == 2
    assert ("row 1,048,576 holds a value, below the table's at most 100,000 rows; delete the "
            "rows under the table") in result.output, result.output
