"""A problem of something the secretariat prepared, with where it is: file, row and column."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    text: str
    file: str = ""  # the table, document or card, as the user names it
    row: int | None = None  # the spreadsheet's row number (1 is the header)
    column: str = ""  # the column's header, e.g. 인구
    letter: str = ""  # the column's letter, e.g. E

    def __str__(self) -> str:
        where = [self.file] if self.file else []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column or self.letter:
            name = " ".join(x for x in (self.letter, f"({self.column})" if self.letter and
                                        self.column else self.column) if x)
            where.append(f"column {name}")
        return (", ".join(where) + ": " if where else "") + self.text
