"""Right-to-left runs with numbers in the PDF brief's left-to-right lines.

fpdf2 (2.8) splits a shaped paragraph into fragments by direction and, on a left-to-right line,
reverses the fragments of each right-to-left run but keeps the runs in their logical order. The
Unicode bidi algorithm (rule L2) puts the numbers of an Arabic sentence one level above it, and
reverses the sentence with its numbers as one: "قال ... الجولة 21 ستعقد في 2023" came out with its
pieces between the numbers in reading order from the left ("...الجولة 21قال ستعقد في 2023أستانا"),
the numbers glued to the wrong words. `ordered_fragments` reverses such a run as a whole.
"""
from __future__ import annotations

import unicodedata
from typing import Callable

from fpdf.enums import TextDirection
from fpdf.line_break import TextLine

#: bidi classes that are no strong left-to-right letter: numbers, their separators, spaces, other neutrals, marks.
_NOT_STRONG = {"EN", "AN", "ES", "ET", "CS", "WS", "ON", "BN", "NSM", "S"}


def _weak(fragment) -> bool:
    """Whether a left-to-right fragment holds only numbers, their separators and neutrals (no letter)."""
    return all(unicodedata.bidirectional(char) in _NOT_STRONG for char in fragment.characters)


def _rtl(fragment) -> bool:
    return fragment.fragment_direction == TextDirection.RTL


def ordered_fragments(line: TextLine, fpdf_order: Callable[[TextLine], list]) -> list:
    """The fragments of `line` from left to right: as fpdf2 orders them for right-to-left paragraphs, and for
    left-to-right ones with each right-to-left run, numbers inside it included, read right to left as one."""
    fragments = list(line.fragments)
    if not fragments or not any(_rtl(f) for f in fragments):
        return fpdf_order(line)
    first = fragments[0]
    if first.paragraph_direction == TextDirection.RTL or (not first.paragraph_direction and _rtl(first)):
        return fpdf_order(line)
    ordered, at = [], 0
    while at < len(fragments):
        if not _rtl(fragments[at]):
            ordered.append(fragments[at])
            at += 1
            continue
        end, last_rtl = at, at
        while end < len(fragments) and (_rtl(fragments[end]) or _weak(fragments[end])):
            last_rtl = end if _rtl(fragments[end]) else last_rtl
            end += 1
        units: list[list] = []  # runs of one direction: a right-to-left run's fragments reversed, numbers kept
        for fragment in fragments[at:last_rtl + 1]:
            if units and _rtl(units[-1][0]) == _rtl(fragment):
                units[-1].append(fragment)
            else:
                units.append([fragment])
        for unit in reversed(units):
            ordered.extend(reversed(unit) if _rtl(unit[0]) else unit)
        at = last_rtl + 1
    return ordered


def install() -> None:
    """Make fpdf2's lines order their fragments with `ordered_fragments` (once; the brief's PDF is the only user)."""
    if getattr(TextLine.get_ordered_fragments, "_tracker", False):
        return
    fpdf_order = TextLine.get_ordered_fragments

    def get_ordered_fragments(self: TextLine) -> list:
        return ordered_fragments(self, fpdf_order)

    get_ordered_fragments._tracker = True
    TextLine.get_ordered_fragments = get_ordered_fragments
