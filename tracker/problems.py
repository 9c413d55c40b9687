"""Readable validation problems: every one names the file, row, column and reason."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file.

    `row` counts as a spreadsheet does: the header is row 1, the first data row is
    row 2; None for problems with the whole file.
    """

    file: str
    row: int | None
    column: str | None
    reason: str
    severity: str = "error"  # or "warning": reported, does not block an import

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        label = "warning" if self.severity == "warning" else "error"
        return f"{where}: {label}: {self.reason}"


class InputError(Exception):
    """Raised when an input has problems; carries all of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity != "error"]
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''}:\n" + "\n".join(str(p) for p in self.problems))


class OutputError(OSError):
    """A file could not be written where it was asked for; the message names the path and why."""
