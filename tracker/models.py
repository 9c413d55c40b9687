"""The data model: table names, columns, dtypes and controlled vocabularies.

Everything else in the tracker imports its vocabulary from here, so that the
store, the import/export formats, the dashboard and the briefings agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Iterator

import pandas as pd

# --- vocabularies -------------------------------------------------------------

#: event type -> (CAMEO code(s), what it covers). The README renders this table.
EVENT_TYPES: dict[str, tuple[str, str]] = {
    "talk_round": ("046", "A numbered round of negotiations or mediated talks (046 engage in negotiation)"),
    "meeting": ("044", "A meeting at a third location, a conference or consultation (044 meet at third location)"),
    "summit": ("043/044", "A meeting of heads of state or government, hosted (043) or at a third location (044)"),
    "visit": ("042/043", "An official visit (042 make a visit, 043 host a visit)"),
    "call": ("041", "A telephone or video call between officials (041 discuss by telephone)"),
    "proposal": ("020/036", "A proposal or call to act (020 make an appeal or request, 036 express intent to meet or negotiate)"),
    "statement": ("01x", "A public statement or comment (010 make statement, 012 pessimistic, 013 optimistic comment)"),
    "agreement": ("057", "A signed agreement, memorandum or joint statement of agreement (057 sign formal agreement)"),
    "announcement": ("036/010", "An announcement of a future round or meeting (036 express intent to meet or negotiate)"),
    "decision": ("—", "A formal decision of one body (a law, a readmission); no single CAMEO code, 054 fits a readmission"),
    "other": ("—", "Anything that fits none of the types above"),
}
#: CAMEO code -> (our event type, CAMEO's label): the one table the GDELT importer and the docs read.
#: Every code of the cooperative roots 01-05 is listed; the other roots map to "other" (see `cameo_type`).
CAMEO_CODES: dict[str, tuple[str, str]] = {
    "01": ("statement", "Make public statement"),
    "010": ("statement", "Make statement, not specified below"),
    "011": ("statement", "Decline comment"),
    "012": ("statement", "Make pessimistic comment"),
    "013": ("statement", "Make optimistic comment"),
    "014": ("statement", "Consider policy option"),
    "015": ("statement", "Acknowledge or claim responsibility"),
    "016": ("statement", "Deny responsibility"),
    "017": ("statement", "Engage in symbolic act"),
    "018": ("statement", "Make empathetic comment"),
    "019": ("statement", "Express accord"),
    "02": ("proposal", "Appeal"),
    "020": ("proposal", "Make an appeal or request, not specified below"),
    "021": ("proposal", "Appeal for material cooperation"),
    "022": ("proposal", "Appeal for diplomatic cooperation"),
    "023": ("proposal", "Appeal for aid"),
    "024": ("proposal", "Appeal for political reform"),
    "025": ("proposal", "Appeal to yield"),
    "026": ("proposal", "Appeal to others to meet or negotiate"),
    "027": ("proposal", "Appeal to others to settle dispute"),
    "028": ("proposal", "Appeal to others to engage in or accept mediation"),
    "03": ("proposal", "Express intent to cooperate"),
    "030": ("proposal", "Express intent to cooperate, not specified below"),
    "031": ("proposal", "Express intent to engage in material cooperation"),
    "032": ("proposal", "Express intent to provide diplomatic cooperation"),
    "033": ("proposal", "Express intent to provide material aid"),
    "034": ("proposal", "Express intent to institute political reform"),
    "035": ("proposal", "Express intent to yield"),
    "036": ("announcement", "Express intent to meet or negotiate"),
    "037": ("proposal", "Express intent to settle dispute"),
    "038": ("proposal", "Express intent to accept mediation"),
    "039": ("proposal", "Express intent to mediate"),
    "04": ("meeting", "Consult"),
    "040": ("meeting", "Consult, not specified below"),
    "041": ("call", "Discuss by telephone"),
    "042": ("visit", "Make a visit"),
    "043": ("visit", "Host a visit"),
    "044": ("meeting", "Meet at a third location"),
    "045": ("meeting", "Mediate"),
    "046": ("talk_round", "Engage in negotiation"),
    "05": ("other", "Engage in diplomatic cooperation"),
    "050": ("other", "Engage in diplomatic cooperation, not specified below"),
    "051": ("statement", "Praise or endorse"),
    "052": ("statement", "Defend verbally"),
    "053": ("statement", "Rally support on behalf of"),
    "054": ("decision", "Grant diplomatic recognition"),
    "055": ("statement", "Apologize"),
    "056": ("statement", "Forgive"),
    "057": ("agreement", "Sign formal agreement"),
    "06": ("other", "Engage in material cooperation"),
    "07": ("other", "Provide aid"),
    "08": ("other", "Yield"),
    "09": ("other", "Investigate"),
    "10": ("other", "Demand"),
    "11": ("other", "Disapprove"),
    "12": ("other", "Reject"),
    "13": ("other", "Threaten"),
    "14": ("other", "Protest"),
    "15": ("other", "Exhibit force posture"),
    "16": ("other", "Reduce relations"),
    "17": ("other", "Coerce"),
    "18": ("other", "Assault"),
    "19": ("other", "Fight"),
    "20": ("other", "Use unconventional mass violence"),
}


def cameo_type(code: str) -> tuple[str, str]:
    """Our event type and CAMEO's label for a CAMEO event code, by the longest listed prefix.

    >>> cameo_type("0461")
    ('talk_round', 'Engage in negotiation')
    """
    for length in (len(code), 3, 2):
        if code[:length] in CAMEO_CODES:
            return CAMEO_CODES[code[:length]]
    return "other", f"CAMEO {code}"


#: Round numbers a store holds (a flat file's round_number cell: one to four digits).
MAX_ROUND = 9999

STATUSES = ("announced", "scheduled", "postponed", "held", "cancelled")


# --- drawing styles -------------------------------------------------------------
# One table for every picture of the chronology: the dashboard's timeline, its key, the
# activity chart and the briefing's chart all read their colours, symbols and labels here.


@dataclass(frozen=True)
class TypeStyle:
    """How an event type is drawn: Okabe-Ito colour, a marker symbol (told apart by shape too) and its label."""

    colour: str
    symbol: str
    label: str


#: event type -> style; one entry per EVENT_TYPES key (a test checks it).
TYPE_STYLES: dict[str, TypeStyle] = {
    "talk_round": TypeStyle("#0072B2", "square", "Talk round"),
    "meeting": TypeStyle("#56B4E9", "circle", "Meeting"),
    "summit": TypeStyle("#000000", "star", "Summit"),
    "visit": TypeStyle("#009E73", "triangle-up", "Visit"),
    "call": TypeStyle("#999999", "diamond", "Call"),
    "proposal": TypeStyle("#E69F00", "triangle-right", "Proposal"),
    "statement": TypeStyle("#D55E00", "hexagon", "Statement"),
    "agreement": TypeStyle("#CC79A7", "star-diamond", "Agreement"),
    "announcement": TypeStyle("#F0E442", "hourglass", "Announcement"),
    "decision": TypeStyle("#332288", "cross", "Decision"),
    "other": TypeStyle("#BBBBBB", "circle-open", "Other"),
}


@dataclass(frozen=True)
class KindStyle:
    """How a mark of one kind of dating is drawn: a marker on its day, a bar over its days, or a hatched bar."""

    drawn_as: str  # "marker" or "bar"
    pattern: str  # Plotly bar pattern shape ("" for none)
    opacity: float
    label: str


#: mark kind -> style: "point" (one day), "span" (several days), "uncertain" (known to the month or year).
KIND_STYLES: dict[str, KindStyle] = {
    "point": KindStyle("marker", "", 1.0, "one day: a marker on the middle of the day"),
    "span": KindStyle("bar", "", 1.0, "several days: a bar over them"),
    "uncertain": KindStyle("bar", "/", 0.55, "known to the month or year: a hatched bar"),
}


@dataclass(frozen=True)
class StatusStyle:
    """How the status of an event shows on its mark: a lighter fill, an outline dash, greyed and crossed."""

    opacity: float  # fill opacity of the mark (1 for a normal fill)
    outline: str  # Plotly line dash of the outline drawn around a bar ("" for none)
    overlay: str  # marker symbol drawn over the mark ("" for none)
    grey: bool  # drawn in grey instead of the type's colour
    label: str


#: status -> style; "held" (and a missing status) is the plain mark. One entry per STATUSES value.
STATUS_STYLES: dict[str, StatusStyle] = {
    "held": StatusStyle(1.0, "", "", False, "a filled mark"),
    "announced": StatusStyle(0.4, "dot", "", False, "lighter fill, dotted outline"),
    "scheduled": StatusStyle(0.4, "dot", "", False, "lighter fill, dotted outline"),
    "postponed": StatusStyle(0.4, "dash", "line-ns-open", False, "lighter fill, dashed outline, a stroke across"),
    "cancelled": StatusStyle(0.5, "solid", "x-thin-open", True, "grey, crossed out"),
}
#: the colour of cancelled events, and of marks whose type the table does not know.
GREY = "#9CA3AF"
DATE_PRECISIONS = ("day", "month", "year")
REVIEW_STATES = ("candidate", "confirmed", "rejected")
ROLES = ("host", "guarantor", "mediator", "observer", "participant", "initiator", "speaker", "target")
ACTOR_KINDS = ("state", "ministry", "organisation", "official", "delegation", "body", "group", "other")
LINK_TYPES = ("responds_to", "refers_to", "follows", "part_of", "duplicate_of")

# --- table schemas -------------------------------------------------------------
# Column name -> pandas dtype. "date" columns are datetime64 (day resolution is
# enough for a chronology); "ts" columns carry time of day too.

EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "title": "string",
    "event_type": "category",
    "status": "category",
    "start_date": "datetime64[s]",
    "end_date": "datetime64[s]",
    "date_precision": "category",
    "process": "category",
    "round_number": "Int64",
    "venue": "category",
    "venue_country": "category",
    "summary": "string",
    "tags": "string",
    "review_state": "category",
    # for candidates extracted from articles: the sentence they came from and how sure the rules were
    "evidence": "string",
    "confidence": "Float64",
    "created_at": "datetime64[s]",
    "updated_at": "datetime64[s]",
}
ACTOR_COLUMNS: dict[str, str] = {
    "actor_id": "string",
    "name": "string",
    "kind": "category",
    "country": "category",
    "aliases": "string",
    "parent_id": "string",
    "review_state": "category",
}
EVENT_ACTOR_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "actor_id": "string",
    "role": "category",
}
SOURCE_COLUMNS: dict[str, str] = {
    "source_id": "string",
    "event_id": "string",
    "publisher": "string",
    "title": "string",
    "url": "string",
    "published_at": "datetime64[s]",
}
QUOTE_COLUMNS: dict[str, str] = {
    "quote_id": "string",
    "event_id": "string",
    "source_id": "string",
    "speaker": "string",
    "text": "string",
}
PROCESS_COLUMNS: dict[str, str] = {
    "process_id": "string",
    "name": "string",
    "aliases": "string",
    "subject": "string",
    "parties": "string",
}
LINK_COLUMNS: dict[str, str] = {
    "from_event_id": "string",
    "to_event_id": "string",
    "link_type": "category",
}
VENUE_COLUMNS: dict[str, str] = {
    "venue_id": "string",
    "name": "string",
    "country": "string",
    "valid_from": "datetime64[s]",
    "valid_to": "datetime64[s]",
}

SCHEMAS: dict[str, dict[str, str]] = {
    "events": EVENT_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "event_actors": EVENT_ACTOR_COLUMNS,
    "sources": SOURCE_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "processes": PROCESS_COLUMNS,
    "event_links": LINK_COLUMNS,
    "venues": VENUE_COLUMNS,
}

#: Values a missing cell takes.
DEFAULTS: dict[str, dict[str, str]] = {
    "events": {"review_state": "confirmed", "date_precision": "day"},
    "actors": {"review_state": "confirmed", "kind": "other"},
}

#: Fixed category sets, so that codes are stable across loads.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "event_type": tuple(EVENT_TYPES),
    "status": STATUSES,
    "date_precision": DATE_PRECISIONS,
    "review_state": REVIEW_STATES,
    "role": ROLES,
    "kind": ACTOR_KINDS,
    "link_type": LINK_TYPES,
}

#: Separator for multi-valued cells (aliases, tags, parties).
LIST_SEP = ";"


def split_list(value: object) -> list[str]:
    """Split a ';'-separated cell into its stripped, non-empty parts."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return []
    return [part.strip() for part in str(value).split(LIST_SEP) if part.strip()]


#: The model's "string" dtype, spelled out: Arrow-backed text (large_string), NA for missing (see `tracker.frames`).
STRING = pd.StringDtype("pyarrow")
#: Labels (column names, the fixed category sets) as the Index pandas makes of str without pyarrow.
LABELS = pd.StringDtype("python", na_value=float("nan"))


def _empty_column(column: str, dtype: str):
    """An empty column of `dtype`, as `frames.coerce` makes it (a test checks they are the same)."""
    if dtype == "category":
        return pd.Categorical([], categories=pd.Index(list(CATEGORIES.get(column, ())),
                                                      dtype=LABELS if column in CATEGORIES else STRING))
    return pd.array([], dtype=STRING if dtype == "string" else dtype)


_EMPTY: dict[str, pd.DataFrame] = {}


def empty_frame(table: str) -> pd.DataFrame:
    """An empty DataFrame with the columns and dtypes of `table` (built here: `frames` imports this module).

    Built once per table and copied (0.02 ms instead of 0.2-1 ms: `Tables()` makes eight, a review Save dozens)."""
    if table not in _EMPTY:
        schema = SCHEMAS[table]
        _EMPTY[table] = pd.DataFrame({column: _empty_column(column, dtype) for column, dtype in schema.items()},
                                     index=pd.RangeIndex(0), columns=pd.Index(list(schema), dtype=LABELS))
    return _EMPTY[table].copy()


@dataclass
class Tables:
    """The whole chronology as pandas tables, one attribute per table."""

    events: pd.DataFrame = field(default_factory=lambda: empty_frame("events"))
    actors: pd.DataFrame = field(default_factory=lambda: empty_frame("actors"))
    event_actors: pd.DataFrame = field(default_factory=lambda: empty_frame("event_actors"))
    sources: pd.DataFrame = field(default_factory=lambda: empty_frame("sources"))
    quotes: pd.DataFrame = field(default_factory=lambda: empty_frame("quotes"))
    processes: pd.DataFrame = field(default_factory=lambda: empty_frame("processes"))
    event_links: pd.DataFrame = field(default_factory=lambda: empty_frame("event_links"))
    venues: pd.DataFrame = field(default_factory=lambda: empty_frame("venues"))

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """Yield (table name, frame) pairs in schema order."""
        for f in fields(self):
            yield f.name, getattr(self, f.name)

    def replace(self, **frames: pd.DataFrame) -> "Tables":
        """A copy with some tables swapped."""
        return replace(self, **frames)
