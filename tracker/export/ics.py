"""iCalendar export (RFC 5545): one all-day VEVENT per event, so a team can subscribe to upcoming rounds.

DTEND is exclusive (the day after the last day); the UID is made of the event id, so an event
updated in the tracker updates the same calendar entry; text is escaped and lines are folded at
75 octets without splitting a character.
"""
from __future__ import annotations


import pandas as pd

from tracker.dates import shift_day
from tracker.models import Tables

PRODID = "-//tracker//diplomatic event timeline//EN"
UID_DOMAIN = "tracker.invalid"
#: Our status -> iCalendar STATUS.
STATUS = {"held": "CONFIRMED", "scheduled": "CONFIRMED", "announced": "TENTATIVE", "postponed": "TENTATIVE",
          "cancelled": "CANCELLED"}


def _calendar_status(event) -> str:
    """The iCalendar STATUS: a candidate (not yet reviewed) is TENTATIVE and a rejected event CANCELLED, whatever
    its status says (every event was CONFIRMED, extracted candidates included); then the status's own."""
    state = _text(event.get("review_state"))
    if state == "candidate":
        return "TENTATIVE"
    if state == "rejected":
        return "CANCELLED"
    return STATUS.get(_text(event["status"]), "TENTATIVE")


def _text(value: object) -> str:
    """A cell as text; None, NA and NaT as ""."""
    return "" if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else str(value)


def escape(text: str) -> str:
    r"""A TEXT value: backslash, semicolon and comma escaped, line breaks as \n.

    >>> escape('Astana; Geneva, "talks"\nround 20')
    'Astana\\; Geneva\\, "talks"\\nround 20'
    """
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets (continuations start with a space), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts, start, limit = [], 0, 75
    while start < len(data):
        stop = min(start + limit, len(data))
        while stop < len(data) and (data[stop] & 0xC0) == 0x80:  # a continuation byte: step back
            stop -= 1
        parts.append(data[start:stop].decode("utf-8"))
        start, limit = stop, 74  # the leading space counts
    return "\r\n ".join(parts) + "\r\n"


def _stamp(value: object) -> str:
    stamp = pd.Timestamp(value) if _text(value) else pd.Timestamp("2000-01-01")
    return f"{stamp:%Y%m%dT%H%M%SZ}"


def to_ics_bytes(tables: Tables, events: pd.DataFrame) -> bytes:
    """The events as a VCALENDAR of all-day VEVENTs, UTF-8 with CRLF line ends."""
    ids = set(events["event_id"])
    sources: dict[str, list[dict]] = {}
    for row in tables.sources[tables.sources["event_id"].isin(ids)].to_dict("records"):
        sources.setdefault(row["event_id"], []).append(row)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:Tracker events"]
    for event in events.to_dict("records"):
        start = pd.Timestamp(event["start_date"]).date()
        last = pd.Timestamp(event["end_date"]).date() if _text(event["end_date"]) else start
        cited = sources.get(event["event_id"], [])
        description = [_text(event["summary"])] if _text(event["summary"]) else []
        if _text(event["date_precision"]) in ("month", "year"):
            description.append(f"Date known to the {event['date_precision']} only.")
        description += ["Sources:"] + [
            " — ".join(p for p in (_text(s["publisher"]), _text(s["title"]), _text(s["url"])) if p) for s in cited]
        url = next((_text(s["url"]) for s in cited if _text(s["url"])), "")
        lines += ["BEGIN:VEVENT", f"UID:{event['event_id']}@{UID_DOMAIN}",
                  f"DTSTAMP:{_stamp(event.get('updated_at'))}",
                  f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{shift_day(last, 1):%Y%m%d}",
                  f"SUMMARY:{escape(_text(event['title']))}", f"DESCRIPTION:{escape(chr(10).join(description))}",
                  f"STATUS:{_calendar_status(event)}",
                  f"CATEGORIES:{escape(_text(event['event_type']))}"]
        if _text(event["venue"]):
            lines.append(f"LOCATION:{escape(_text(event['venue']))}")
        if url:
            lines.append(f"URL:{url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines).encode("utf-8")
