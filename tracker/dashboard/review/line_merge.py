"""Three-way merge of the review form's line boxes (actors with their roles, links to other events).

Two analysts each added an actor to the same candidate: the second Save was refused as a clash, and "Save
again" wrote one list over the other, so the colleague's actor was gone (QA13 MEDIUM-3). Lines are items of a
set, so both sets of changes can be kept, unless both touched the same actor (or the same linked event) in
different ways: that stays a clash for the person to decide.
"""
from __future__ import annotations

from tracker.extract.review import form_lines


def line_key(box: str, line: str) -> str:
    """What a line is about: the actor of 'Name: role', the event of 'link type: event id'."""
    first, _, second = line.partition(":")
    return " ".join((second if box == "links" else first).split()).casefold()


def merged_lines(box: str, base: str | None, mine: str | None, theirs: str | None) -> str | None:
    """`theirs` with the lines this person added to `base` and without those they removed, in the box's text;
    None when both changed lines about the same actor (or linked event) differently."""
    before, own, other = form_lines(base), form_lines(mine), form_lines(theirs)
    added, removed = [line for line in own if line not in before], {line for line in before if line not in own}
    their_touch = {line_key(box, line) for line in set(before) ^ set(other)}
    for key in {line_key(box, line) for line in set(added) | removed} & their_touch:
        if _about(box, own, key) != _about(box, other, key):
            return None
    kept = [line for line in other if line not in removed]
    return "\n".join(kept + [line for line in added if line not in kept])


def _about(box: str, lines: list[str], key: str) -> set[str]:
    return {line for line in lines if line_key(box, line) == key}
