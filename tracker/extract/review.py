"""Reviewing candidates: accept, reject, edit (fields, actors with roles, links), or merge one into an existing event.

Every function is pure over Tables and returns the *changes* to save (an event row with all its
children, since Store.save replaces an event's children); the caller saves them with
`Store.save` (this module imports no store). Nothing is ever deleted: a rejected or merged
candidate stays, with review_state `rejected`.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from typing import Callable, Iterable, NamedTuple

from tracker.dates import format_day
from tracker.edits import EditRefused, check_events, edited
from tracker.extract.matching import same_source, source_keys
from tracker.extract.new_actors import described, new_actor, unknown_name
from tracker.frames import coerce
from tracker.models import LINK_TYPES, ROLES, Tables
from tracker.resolve import ActorIndex, fold

EDITABLE = ("title", "event_type", "status", "start_date", "end_date", "date_precision", "process", "round_number",
            "venue", "venue_country", "summary", "tags")


class ReviewError(ValueError):
    """A review action that cannot be done (unknown id, bad value); `problems`: the bad fields, when it is an edit
    an import would refuse (the review page names them by the form's labels)."""

    def __init__(self, message: str, problems: tuple = (), lines: tuple = ()):
        super().__init__(message)
        self.problems = tuple(problems)
        #: each thing wrong on its own, as a terminal lists them (the message joins them with "; ")
        self.lines = tuple(lines) or (message,)

    @classmethod
    def listing(cls, lines: list[str], problems: tuple = ()) -> "ReviewError":
        """One refusal of several things wrong: the message joins them with "; ", `lines` keeps them apart."""
        return cls("; ".join(lines), problems, tuple(lines))


def candidates(tables: Tables) -> pd.DataFrame:
    """Candidate events, surest first (then oldest), with the sentence they came from (their `evidence`)."""
    events = tables.events[tables.events["review_state"] == "candidate"]
    return by_confidence(events)


def by_confidence(events: pd.DataFrame) -> pd.DataFrame:
    """Events with the highest confidence first, then by date and id; no confidence sorts last."""
    order = events.assign(_sure=events["confidence"].astype("Float64").fillna(-1.0).astype(float))
    order = order.sort_values(["_sure", "start_date", "event_id"], ascending=[False, True, True], kind="stable")
    return order.drop(columns="_sure").reset_index(drop=True)


def _event(tables: Tables, event_id: str) -> pd.DataFrame:
    found = tables.events[tables.events["event_id"] == event_id]
    if found.empty:
        raise ReviewError(f"no event with id {event_id!r}")
    return found.copy()


def _with_children(tables: Tables, events: pd.DataFrame) -> Tables:
    ids = set(events["event_id"])
    return Tables(events=coerce("events", events),
                  event_actors=tables.event_actors[tables.event_actors["event_id"].isin(ids)].copy(),
                  sources=tables.sources[tables.sources["event_id"].isin(ids)].copy(),
                  quotes=tables.quotes[tables.quotes["event_id"].isin(ids)].copy(),
                  event_links=tables.event_links[tables.event_links["from_event_id"].isin(ids)].copy())


def _now(now: dt.datetime | None) -> pd.Timestamp:
    return pd.Timestamp((now or dt.datetime.now()).replace(microsecond=0))


def _set_state(tables: Tables, event_id: str, state: str, now: dt.datetime | None) -> Tables:
    event = _event(tables, event_id)
    event["review_state"] = pd.Categorical([state], categories=event["review_state"].cat.categories)
    event["updated_at"] = _now(now)
    return _with_children(tables, event)


def _exists(tables: Tables, stored: Callable[[Iterable[str]], set[str]] | None = None) -> Callable:
    """Which of some event ids exist: those of `tables`, and those `stored` knows (when `tables` is a part)."""
    known = set(tables.events["event_id"])
    return lambda ids: {i for i in ids if i in known} | (set(stored(ids)) if stored else set())


def check(tables: Tables, changes: Tables, stored: Callable[[Iterable[str]], set[str]] | None = None) -> Tables:
    """`changes` when each of its events would import back (the one validation of every write, `tracker.edits`);
    else a ReviewError naming the field. `stored` says which event ids the store holds, when `tables` is a part."""
    try:
        check_events(tables, changes, _exists(tables, stored))
    except EditRefused as exc:
        raise ReviewError(str(exc), exc.problems) from None
    return changes


def accept(tables: Tables, event_id: str, now: dt.datetime | None = None,
           stored: Callable[[Iterable[str]], set[str]] | None = None) -> Tables:
    """Confirm a candidate, and the candidate actors it names; a rejected event is not confirmed, and an event
    that would not import back (a bad field) is refused with a ReviewError naming the field. `stored` says which
    event ids the store holds when `tables` holds only the candidate (its links may point at them)."""
    state = str(_event(tables, event_id)["review_state"].iloc[0])
    if state == "rejected":
        raise ReviewError(f"{event_id} was rejected; a rejected event cannot be confirmed "
                          "(edit its review_state to candidate first if it was rejected by mistake)")
    changes = check(tables, _set_state(tables, event_id, "confirmed", now), stored)
    ids = set(changes.event_actors["actor_id"])
    actors = tables.actors[tables.actors["actor_id"].isin(ids) & (tables.actors["review_state"] == "candidate")].copy()
    if not actors.empty:
        actors["review_state"] = "confirmed"
        changes = changes.replace(actors=coerce("actors", actors))
    return changes


def past_plan(tables: Tables, event_id: str, today: dt.date) -> str | None:
    """What to tell a person who confirms an event still "announced" or "scheduled" whose last day is before `today`
    (a wire's announced round, reviewed months later); None when its status fits its dates."""
    event = _event(tables, event_id).iloc[0]
    last = event["end_date"] if pd.notna(event["end_date"]) else event["start_date"]
    if str(event["status"]) not in ("announced", "scheduled") or pd.isna(last) or pd.Timestamp(last).date() >= today:
        return None
    return (f"Its status is still “{event['status']}”, though its last day, {format_day(pd.Timestamp(last).date())}, "
            "has passed: if it took place, set its status to “held” (or “postponed”, “cancelled”).")


def reject(tables: Tables, event_id: str, now: dt.datetime | None = None) -> Tables:
    """Mark a candidate rejected (it is kept, never deleted)."""
    return _set_state(tables, event_id, "rejected", now)


def edit(tables: Tables, event_id: str, changes: dict[str, object], now: dt.datetime | None = None) -> Tables:
    """Change fields of an event (flat-format cells, or dates); they are checked as an import checks them
    (`tracker.edits`), and a ReviewError names the bad field."""
    current = _with_children(tables, _event(tables, event_id))
    for column in changes:
        if column not in EDITABLE:
            raise ReviewError(f"{column!r} cannot be edited; editable fields: {', '.join(EDITABLE)}")
    try:
        revised, _ = edited(tables, current, changes, exists=_exists(tables), now=_now(now).to_pydatetime(),
                            only_edited=True)
    except EditRefused as exc:
        raise ReviewError(str(exc), exc.problems) from None
    return _with_children(tables, revised.events)


def merge(tables: Tables, candidate_id: str, target_id: str, now: dt.datetime | None = None) -> Tables:
    """Move a candidate's sources, quotes and actors onto `target_id`; the candidate is rejected and linked `duplicate_of` it."""
    if candidate_id == target_id:
        raise ReviewError("an event cannot be merged into itself")
    _event(tables, target_id)
    changes = _set_state(tables, candidate_id, "rejected", now)
    # an article the target cites already stays with the candidate (with its quotes): listed twice it would read as
    # two sources
    cited = source_keys(tables.sources[tables.sources["event_id"] == target_id])
    twice = [any(same_source(key, k) for k in cited) for key in source_keys(changes.sources)]
    kept = set(changes.sources.loc[twice, "source_id"])
    moved_sources = changes.sources.assign(event_id=[candidate_id if t else target_id for t in twice])
    moved_quotes = changes.quotes.assign(
        event_id=[candidate_id if sid in kept else target_id for sid in changes.quotes["source_id"]])
    existing = set(zip(tables.event_actors.loc[tables.event_actors["event_id"] == target_id, "actor_id"],
                       tables.event_actors.loc[tables.event_actors["event_id"] == target_id, "role"].astype(str)))
    actors = changes.event_actors
    added = actors[[(a, str(r)) not in existing for a, r in zip(actors["actor_id"], actors["role"])]].assign(event_id=target_id)
    link = pd.DataFrame([{"from_event_id": candidate_id, "to_event_id": target_id, "link_type": "duplicate_of"}])
    links = pd.concat([changes.event_links, link], ignore_index=True).drop_duplicates()
    return changes.replace(
        sources=coerce("sources", moved_sources), quotes=coerce("quotes", moved_quotes),
        event_actors=coerce("event_actors", pd.concat([actors, added], ignore_index=True)),
        event_links=coerce("event_links", links))


# --- actors with their roles, links to other events ---------------------------------

class Pair(NamedTuple):
    """One line of the actors or links box: 'name or id: role' (or 'link type: event id') and its line number."""

    left: str
    right: str
    line: int


def read_pairs(text: str, what: str) -> tuple[list[Pair], list[str]]:
    """The well-formed lines of an actors or links box as pairs, and what is wrong with the others."""
    pairs, problems = [], []
    for n, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        left, sep, right = line.rpartition(":") if what == "actors" else line.partition(":")
        if not sep or not left.strip() or not right.strip():
            example = "Kazakhstan: host" if what == "actors" else "follows: astana-19"
            problems.append(f"{what}, line {n} ({line.strip()!r}): write it as “{example}”")
            continue
        pairs.append(Pair(left.strip(), right.strip(), n))
    return pairs, problems


def parse_pairs(text: str, what: str) -> list[Pair]:
    """Lines of 'name or id: role' (or 'link type: event id') as pairs; a ReviewError names every bad line."""
    pairs, problems = read_pairs(text, what)
    if problems:
        raise ReviewError.listing(problems)
    return pairs


def _line(pair: tuple, n: int) -> int:
    """The box line a pair came from (its place in the list when it was made by hand)."""
    return pair.line if isinstance(pair, Pair) else n


def edit_actors(tables: Tables, event_id: str, actors: list[tuple[str, str]], now: dt.datetime | None = None) -> Tables:
    """Replace an event's actors with these (name, alias or id; role) pairs: stored actors, or new ones written
    "Name (kind, country)" (`tracker.extract.new_actors`), returned as candidate actors beside the event."""
    event = _event(tables, event_id)
    by_id = set(tables.actors["actor_id"].dropna())
    by_name: dict[str, str] = {}
    for actor_id, name, aliases in zip(tables.actors["actor_id"], tables.actors["name"], tables.actors["aliases"]):
        for label in [name, *(str(aliases).split(";") if isinstance(aliases, str) else [])]:
            by_name.setdefault(fold(str(label).strip()), str(actor_id))
    rows, seen, problems, added, taken, index = [], set(), [], {}, set(), ActorIndex(tables.actors)
    for n, pair in enumerate(actors, start=1):
        who, role, n = pair[0], pair[1], _line(pair, n)
        actor_id = who if who in by_id else by_name.get(fold(who))
        told = described(who) if actor_id is None else None
        if told is not None:  # a stored name with its kind written after it is that actor; a new name is added
            actor_id = by_name.get(fold(told.name)) or added.get(fold(told.name), {}).get("actor_id")
            if actor_id is None:
                row, wrong = new_actor(told, index, taken)
                problems += [f"actors, line {n}: {w}" for w in wrong]
                if row is not None:
                    added[fold(told.name)], actor_id = row, row["actor_id"]
        elif actor_id is None:
            problems.append(f"actors, line {n}: {unknown_name(who, index)}")
        if role not in ROLES:
            problems.append(f"actors, line {n}: unknown role {role!r}; use one of: {', '.join(ROLES)}")
        if actor_id is None or role not in ROLES:
            continue
        if (actor_id, role) not in seen:
            seen.add((actor_id, role))
            rows.append({"event_id": event_id, "actor_id": actor_id, "role": role})
    if problems:  # every bad line at once, not one a Save (QA14 LOW-3)
        raise ReviewError.listing(problems)
    event["updated_at"] = _now(now)
    changes = _with_children(tables, event)
    return changes.replace(event_actors=coerce("event_actors", pd.DataFrame(rows, columns=["event_id", "actor_id", "role"])),
                           actors=coerce("actors", pd.DataFrame(list(added.values()), columns=list(tables.actors.columns))))


def edit_links(tables: Tables, event_id: str, links: list[tuple[str, str]], find: Callable[[str], list[str]],
               now: dt.datetime | None = None) -> Tables:
    """Replace an event's outgoing links with these (link type, event) pairs; `find` gives the ids of the events a
    name stands for (`tracker.event_refs.event_refs`: an id, "round 20", a title), and a name must stand for one."""
    event = _event(tables, event_id)
    rows, seen, problems = [], set(), []
    for n, pair in enumerate(links, start=1):
        link_type, named, n = pair[0], pair[1], _line(pair, n)
        found = find(named) if link_type in LINK_TYPES else []
        target = found[0] if len(found) == 1 else None
        wrong = (f"unknown link type {link_type!r}; use one of: {', '.join(LINK_TYPES)}" if link_type not in LINK_TYPES
                 else f"no event with id {named!r}, nor a round or title of that name: write an event's id, its title, "
                      f"or its round as 'round 20' with a word of its process" if not found
                 else f"{named!r} names {len(found)} events ({', '.join(found[:4])}{', ...' if len(found) > 4 else ''})"
                      f": write the one you mean by its id" if target is None
                 else "an event cannot link to itself" if target == event_id else None)
        if wrong:
            problems.append(f"links, line {n}: {wrong}")
        elif (target, link_type) not in seen:
            seen.add((target, link_type))
            rows.append({"from_event_id": event_id, "to_event_id": target, "link_type": link_type})
    if problems:
        raise ReviewError.listing(problems)
    event["updated_at"] = _now(now)
    changes = _with_children(tables, event)
    return changes.replace(event_links=coerce("event_links", pd.DataFrame(rows, columns=["from_event_id", "to_event_id",
                                                                                         "link_type"])))


def actors_text(tables: Tables, event_id: str) -> str:
    """An event's actors as the review form shows them: 'Name: role', one a line."""
    names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
    rows = tables.event_actors[tables.event_actors["event_id"] == event_id]
    return pairs_text(zip(rows["actor_id"], rows["role"].astype(str)), names)


def links_text(tables: Tables, event_id: str) -> str:
    """An event's outgoing links as the review form shows them: 'link type: event id', one a line."""
    rows = tables.event_links[tables.event_links["from_event_id"] == event_id]
    return pairs_text(zip(rows["link_type"].astype(str), rows["to_event_id"]))


def pairs_text(pairs: Iterable[tuple[str, str]], names: dict[str, str] | None = None) -> str:
    """(actor id, role) or (link type, event id) pairs as the form's box shows them, 'first: second' a line (an
    actor's id as its name in `names`); `actors_text` and `links_text` of a stored record's pairs."""
    return "\n".join(f"{(names or {}).get(first, first)}: {second}" for first, second in pairs)


def revise(tables: Tables, event_id: str, changes: dict[str, object], actors: str | None = None, links: str | None = None,
           find: Callable[[str], list[str]] | None = None, now: dt.datetime | None = None) -> Tables:
    """`tables` after the review form's edits: fields, then actors ('Name: role' lines) and links
    ('link type: event' lines, the event by id, round or title through `find`) when given and different from the
    stored ones; a ReviewError names the bad value."""
    revised = tables
    refused: ReviewError | None = None  # the fields' refusal; the boxes are checked all the same, to name every bad line
    if changes:
        try:
            revised = revised.replace(events=_replace_row(revised.events, edit(revised, event_id, changes, now).events))
        except ReviewError as exc:
            refused = exc
    problems: list[str] = []  # every bad line of both boxes

    def checked(text: str, what: str, apply: Callable) -> Tables | None:
        pairs, bad = read_pairs(text, what)
        problems.extend(bad)
        try:
            return apply(pairs)
        except ReviewError as exc:
            problems.append(str(exc))
            return None

    new_actors = new_links = None
    if actors is not None and form_lines(actors) != form_lines(actors_text(revised, event_id)):
        new_actors = checked(actors, "actors", lambda pairs: edit_actors(revised, event_id, pairs, now))
    if links is not None and form_lines(links) != form_lines(links_text(revised, event_id)):
        new_links = checked(links, "links", lambda pairs: edit_links(revised, event_id, pairs, find or (lambda _: []), now))
    if refused is not None and not problems:
        raise refused  # the fields alone: the edit's own refusal, as the form's other Save path gives it
    if problems:
        fields: list[str] = []
        if refused is not None:
            fields = [str(p) for p in refused.problems] or [str(refused)]
        raise ReviewError.listing(fields + problems, refused.problems if refused else ())
    for new, children, key in ((new_actors, "event_actors", "event_id"), (new_links, "event_links", "from_event_id")):
        if new is not None:
            revised = revised.replace(events=_replace_row(revised.events, new.events), **{
                children: _replace_children(getattr(revised, children), getattr(new, children), key, event_id)})
    if new_actors is not None and not new_actors.actors.empty:  # actors the box added: "Name (kind, country): role"
        revised = revised.replace(actors=coerce("actors", pd.concat([revised.actors, new_actors.actors], ignore_index=True)))
    return revised


def changed(tables: Tables, event_id: str, since: Tables | None = None) -> Tables:
    """The changes to save for one event of `tables`: its row with all its children, and the actors `tables` holds
    that `since` (the tables before `revise`) did not: those its actors box added."""
    changes = _with_children(tables, _event(tables, event_id))
    if since is not None and len(tables.actors) != len(since.actors):
        added = tables.actors[~tables.actors["actor_id"].isin(set(since.actors["actor_id"]))]
        changes = changes.replace(actors=coerce("actors", added.copy()))
    return changes


def form_lines(text: str | None) -> list[str]:
    """The lines of a form's actors or links box as compared: blank lines dropped, spaces collapsed."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def _replace_row(events: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    ids = set(new["event_id"])
    return coerce("events", pd.concat([events[~events["event_id"].isin(ids)], new], ignore_index=True))


def _replace_children(frame: pd.DataFrame, new: pd.DataFrame, key: str, event_id: str) -> pd.DataFrame:
    return pd.concat([frame[frame[key] != event_id], new], ignore_index=True)
