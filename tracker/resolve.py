"""Name resolution: actors, processes and venues by id, name or any alias."""
from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict

import pandas as pd

from tracker.models import split_list


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Türkiye" and "turkiye" fold alike."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    # ASCII has no combining marks: most text skips the loop over its characters (40 us for a 400-character body)
    stripped = decomposed if decomposed.isascii() else "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").split()).casefold()  # split() breaks on what `\s` matches


def slug(text: str) -> str:
    """A lowercase ASCII id made of a name: "Kanat Tumysh" -> "kanat-tumysh"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def fresh_id(name: str, ids: set[str], taken: set[str] | None = None) -> str:
    """The slug of `name`, numbered ("-2", "-3", ...) until it is neither in `ids` nor in `taken`."""
    base, n = slug(name), 1
    candidate = base
    while candidate in ids or (taken and candidate in taken):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class ActorIndex:
    """Look up actors by id, name or alias, and walk the parent tree."""

    def __init__(self, actors: pd.DataFrame):
        self.actors = actors
        self._by_key: dict[str, str] = {}
        self.ids = set(actors["actor_id"].dropna())
        for row in actors.itertuples(index=False):
            for key in [row.actor_id, row.name, *split_list(row.aliases)]:
                if isinstance(key, str) and key:
                    self._by_key.setdefault(fold(key), row.actor_id)
        self._children: dict[str, list[str]] = {}
        for actor_id, parent in zip(actors["actor_id"], actors["parent_id"]):
            if isinstance(parent, str):
                self._children.setdefault(parent, []).append(actor_id)

    def resolve(self, name: str) -> str | None:
        """The actor id for an id, name or alias, or None."""
        return self._by_key.get(fold(name))

    def close_to(self, name: str) -> str | None:
        """The stored actor whose name or alias is spelled nearly as `name` ("Kazakstan": Kazakhstan), or None."""
        import difflib

        found = difflib.get_close_matches(fold(name), list(self._by_key), n=1, cutoff=0.85)
        if not found:
            return None
        actor_id = self._by_key[found[0]]
        names = self.actors.loc[self.actors["actor_id"] == actor_id, "name"]
        return str(names.iloc[0]) if len(names) else actor_id

    def with_descendants(self, actor_id: str) -> set[str]:
        """The actor and everyone below it (a state's ministries and their officials)."""
        found, stack = set(), [actor_id]
        while stack:
            current = stack.pop()
            if current in found:
                continue
            found.add(current)
            stack.extend(self._children.get(current, []))
        return found

    def new_id(self, name: str, taken: set[str] | None = None) -> str:
        """A fresh actor id made from a name."""
        return fresh_id(name, self.ids, taken)


class ProcessIndex:
    """Look up processes by id, name or alias; events store the canonical name."""

    def __init__(self, processes: pd.DataFrame):
        self._by_key: dict[str, str] = {}
        self.ids = set(processes["process_id"].dropna())
        #: process id -> name, to say whose id a new name's id would have been.
        self.names = {str(i): str(n) for i, n in zip(processes["process_id"], processes["name"]) if isinstance(i, str)}
        for row in processes.itertuples(index=False):
            for key in [row.process_id, row.name, *split_list(row.aliases)]:
                if isinstance(key, str) and key:
                    self._by_key.setdefault(fold(key), row.name)

    def resolve(self, name: str) -> str | None:
        """The canonical process name for a name or alias, or None."""
        return self._by_key.get(fold(name))

    def close_to(self, name: str) -> str | None:
        """The stored process whose name or alias is spelled nearly as `name` ("Astana formt": Astana format), or None."""
        import difflib

        found = difflib.get_close_matches(fold(name), list(self._by_key), n=1, cutoff=0.85)
        return self._by_key[found[0]] if found else None

    def new_id(self, name: str, taken: set[str] | None = None) -> str:
        """A fresh process id made from a name, never one in use: "ASTANA!" -> "astana-2" when "astana" is taken."""
        return fresh_id(name, self.ids, taken)


class VenueIndex:
    """Venues with several names over time: a name finds every name of the same place."""

    def __init__(self, venues: pd.DataFrame):
        self._names_by_key: dict[str, set[str]] = {}
        groups: dict[str, set[str]] = {}
        for row in venues.itertuples(index=False):
            groups.setdefault(row.venue_id, set()).add(row.name)
        for names in groups.values():
            for name in names:
                self._names_by_key.setdefault(fold(name), set()).update(names)

    def names_for(self, name: str) -> set[str]:
        """Every name of the place called `name` (folded keys), including itself."""
        return {fold(n) for n in self._names_by_key.get(fold(name), {name})}


_KEPT: "OrderedDict[str, ActorIndex | ProcessIndex]" = OrderedDict()
_KEPT_LOCK = threading.Lock()


def kept_index(kind: type, frame: pd.DataFrame):
    """`kind(frame)` (ActorIndex or ProcessIndex), built once for each content of `frame` (the last few kept): a
    review Save checks its row against the same few hundred actors each time, and building their look-up
    (folding every name and alias) was 7 ms of it. Keyed by a hash of the rows, so a changed frame is a new key."""
    rows = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
    key = kind.__name__ + hashlib.blake2b(rows + "|".join(map(str, frame.columns)).encode()).hexdigest()
    with _KEPT_LOCK:
        if key in _KEPT:
            _KEPT.move_to_end(key)
            return _KEPT[key]
    index = kind(frame)
    with _KEPT_LOCK:
        _KEPT[key] = index
        while len(_KEPT) > 8:
            _KEPT.popitem(last=False)
    return index
