"""What a callback accepts from the browser: every value a client posts is forged until checked.

The page's own components send strings, lists of strings, small numbers and dicts of a known
shape; a forged request can send anything JSON holds, of any size. These functions turn any
value into the shape a handler expects, bounded, or into the "nothing" of that shape: a bad
value is ignored rather than answered with a 500, and a huge one is cut or refused.
"""
from __future__ import annotations

import math

#: The longest text a callback reads (a URL query, a search box, an id); the page's own are far shorter.
MAX_TEXT = 10_000
#: The longest pasted text a callback passes on: as long as a request body may be (`tracker.auth.guard`),
#: so that an article over the review page's own limit (MAX_ARTICLE_CHARS) is refused with that message.
MAX_ARTICLE = 4 * 1024 * 1024
#: The most values of one multi-select (actors, venues, ...) or items of a posted list.
MAX_ITEMS = 200
#: The notes a page shows about its URL, at most, and the characters of each (a note quotes what it ignored).
MAX_NOTES = 12
NOTE_CHARS = 300


def text(value: object, limit: int = MAX_TEXT) -> str | None:
    """`value` when it is a string of at most `limit` characters, else None."""
    return value if isinstance(value, str) and len(value) <= limit else None


def texts(value: object, limit: int = MAX_TEXT, count: int = MAX_ITEMS) -> list[str]:
    """The strings of a list (a single string is a list of one; numbers are written out), at most `count`."""
    items = [value] if isinstance(value, (str, int, float)) and not isinstance(value, bool) else value
    if not isinstance(items, (list, tuple)):
        return []
    kept = [str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in items[:count]]
    return [v for v in kept if isinstance(v, str) and len(v) <= limit]


def mapping(value: object) -> dict:
    """`value` when it is a dict, else an empty one."""
    return value if isinstance(value, dict) else {}


def records(value: object, count: int = MAX_ITEMS) -> list[dict]:
    """The dicts of a list, at most `count`."""
    return [v for v in value[:count] if isinstance(v, dict)] if isinstance(value, list) else []


def whole(value: object, default: int, low: int | None = None, high: int | None = None) -> int:
    """`value` as a whole number held in `low`..`high`; `default` for anything that is not one."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return default
    try:
        number = float(value) if isinstance(value, (float, str)) else value
        if isinstance(number, float):
            if not math.isfinite(number) or not number.is_integer():
                return default
            number = int(number)
    except (ValueError, OverflowError):
        return default
    if low is not None:
        number = max(low, number)
    if high is not None:
        number = min(high, number)
    return number


def bounded_notes(notes: list[str]) -> list[str]:
    """At most MAX_NOTES notes of at most NOTE_CHARS characters each: a URL's notes quote its values, whatever their size."""
    shown = [n if len(n) <= NOTE_CHARS else n[:NOTE_CHARS - 1] + "…" for n in notes[:MAX_NOTES]]
    if len(notes) > MAX_NOTES:
        shown.append(f"and {len(notes) - MAX_NOTES:,} more notes on this URL")
    return shown


def _is_prop(item: object) -> bool:
    """One {"id": ..., "property": ...} entry of a callback body (a pattern-matching id is a dict)."""
    return isinstance(item, dict) and isinstance(item.get("id"), (str, dict)) and isinstance(item.get("property"), str)


def _props(value: object) -> bool:
    """A list of entries, each one entry or (for ALL patterns) a list of them."""
    return isinstance(value, list) and all(_is_prop(v) or (isinstance(v, list) and all(map(_is_prop, v))) for v in value)


def callback_body_problem(body: object, callbacks: dict) -> str | None:
    """Why a `/_dash-update-component` body is not one the page's renderer sends for a registered callback, or None.

    Dash reads such a body without checking it: `{}`, `[]` or an input list of numbers answered 500 with a
    traceback in the log; checked here first, they are the client's error (400)."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    output = body.get("output")
    if not isinstance(output, str) or output not in callbacks:
        return "its 'output' is not one of the page's callbacks"
    callback = callbacks[output]
    outputs = body.get("outputs", [])
    if not (_is_prop(outputs) or _props(outputs)):
        return "its 'outputs' are not a list of {id, property}"
    for key, wanted in (("inputs", callback.get("inputs", [])), ("state", callback.get("state", []))):
        value = body.get(key, [])
        if not _props(value) or len(value) != len(wanted):
            return f"its '{key}' are not the callback's {len(wanted)} {{id, property, value}}"
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "its 'changedPropIds' are not a list of names"
    return None
