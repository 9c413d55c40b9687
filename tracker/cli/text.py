"""Text from the data printed as text: no terminal escape sequence, control character or rich markup gets through.

A title may hold `[/bold]` (rich markup: it crashed `tracker list`), `[link=...]` (a clickable link),
or ESC sequences and carriage returns that recolour, retitle or overwrite the terminal. Every command's
text output goes through `CleanStream`, which writes such characters as visible escapes (`\\x1b`);
rich renderables are built from `cell` (plain Text, markup never parsed) and drawn by `console`,
whose own styling goes to the real stream.
"""
from __future__ import annotations

import re
import sys
from typing import TextIO

#: C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder a line.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """`text` with every control character written as a visible escape: "a\\x1b[31mb" stays that, literally."""
    return CONTROL.sub(_visible, str(text))


class CleanStream:
    """A text stream that writes `printable` text to `raw`; binary writes (`.buffer`) and the rest pass through."""

    def __init__(self, raw: TextIO):
        self.raw = raw

    def write(self, text: str) -> int:
        """Write `text` made printable (a TypeError for bytes, as a text stream does: click asks so)."""
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.raw.write(printable(text))
        return len(text)

    def isatty(self) -> bool:
        """False: what goes through here is plain text (a rich Console on it draws without escape codes)."""
        return False

    def writelines(self, lines) -> None:
        """Write each line made printable."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self.raw, name)


def clean_streams() -> None:
    """Make sys.stdout and sys.stderr `CleanStream`s (once): every command's text output is printable."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, CleanStream):
            setattr(sys, name, CleanStream(stream))


def raw_stream(stream: TextIO) -> TextIO:
    """The stream under a `CleanStream` (for rich, whose own escape sequences draw its tables and bars)."""
    return stream.raw if isinstance(stream, CleanStream) else stream


def console(stderr: bool = False, **options):
    """A rich Console on the real stdout (or stderr); give it only `cell`s and `markup_free` text."""
    from rich.console import Console

    return Console(file=raw_stream(sys.stderr if stderr else sys.stdout), **options)


def cell(value: object):
    """Data as a rich Text: printable, never read as markup."""
    from rich.text import Text

    return Text(printable(value))


def markup_free(value: object) -> str:
    """Data to put in a rich markup string (a task label, a table title): printable, its brackets escaped."""
    from rich.markup import escape

    return escape(printable(value))
