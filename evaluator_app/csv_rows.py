"""The rows of a CSV text as Korean Excel writes it (comma, double quotes, any line ending).

Parsed strictly: a file that ends inside a quoted field (a copy cut short, a USB stick pulled)
is refused instead of yielding its last row cut off, naming the line the unclosed quote opens
on — the reader's own position is the end of the file, far below it when the field ran on. So
is one whose last row lacks columns and ends without a line break: cut in that row.
"""

import csv
import io

from evaluator_app.errors import EvaluatorError

QUOTE, DELIMITER = '"', ","


def parse_csv(text: str, name: str, error: type[EvaluatorError]) -> list[list[str]]:
    """Every row of `text`; `error` naming `name` (the file) for text that is no CSV."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as e:
        opened = unclosed_quote_line(text)
        if opened is not None:
            raise error(f"{name}: the quote (\") that opens a field on line {opened} is never "
                        "closed, the file ends inside it (a copy cut short, or a stray quote)"
                        ) from None
        raise error(f"{name}: line {reader.line_num}: the CSV file cannot be parsed ({e})"
                    ) from None
    if (len(rows) > 1 and len(rows[-1]) < len(rows[0])
            and not text.endswith(("\n", "\r"))):
        # Excel ends every row, the last too, with a line break: a last row short of columns
        # and without one is a copy cut in its middle (a score 15 read as 1, a reason cut off)
        raise error(f"{name}: the file ends in the middle of line {reader.line_num} (it has "
                    f"{len(rows[-1])} of the header's {len(rows[0])} columns and no line "
                    "break after it): a copy cut short; copy the file again")
    return rows


def unclosed_quote_line(text: str) -> int | None:
    """The line (from 1) on which the quoted field that `text` ends inside opens, or None when
    it ends outside quotes. Follows the csv module's excel dialect: a quote opens a field only
    as the field's first character, and "" inside one is a quote."""
    line, opened = 1, 0
    quoted = after_quote = False
    at_field_start = True
    previous = ""
    for ch in text:
        if (ch == "\n" and previous != "\r") or ch == "\r":
            line += 1
        previous = ch
        if quoted:
            if after_quote:
                after_quote = False
                if ch == QUOTE:  # "" inside a quoted field
                    continue
                quoted = False  # the field closed on the quote before
            elif ch == QUOTE:
                after_quote = True
                continue
            else:
                continue
        if ch in (DELIMITER, "\r", "\n"):
            at_field_start = True
        elif ch == QUOTE and at_field_start:
            quoted, opened, at_field_start = True, line, False
        else:
            at_field_start = False
    return opened if quoted and not after_quote else None
