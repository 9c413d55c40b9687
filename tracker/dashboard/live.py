"""The data a running dashboard serves, kept current after its own writes (review actions, ingests)
and, when watched, after other processes' writes (a `tracker import` while the server runs).

`LiveData.data` is an immutable snapshot: a callback takes it once and uses it for the
whole request. A write saves through `Store.save`, logs the events it touched
(`Store.note_touched`) and then swaps in a new copy in which only those events were
re-read from the store (`refresh.refreshed`), so a review action costs milliseconds, not
the 20 s of reading a million events again. Writes are serialised; the store's connection
is used under the one lock every snapshot shares.

Several workers (`tracker serve --workers N`) each watch the log and re-read what the others
touched within a second; once the store has been quiet for a few seconds, they swap in a
fresh shared snapshot (`tracker.dashboard.snapshot`), which one of them builds.
"""
from __future__ import annotations

import gc
import logging
import os
import socket
import threading
import time
import zlib
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Callable, Iterator, Mapping

import pandas as pd

from tracker.dashboard.data import DashboardData
from tracker.dashboard.refresh import refreshed, touched_events
from tracker.models import Tables
from tracker.store import Store
from tracker.store.serving import REFERENCE


log = logging.getLogger(__name__)
#: How often the page asks whether the data changed (ms), and the server looks at the store (s). Every 10 s, a
#: colleague's Save reached an open page 2.4-9 s later (QA); the question costs the server a version compare.
POLL_MS = 3_000
WATCH_SECONDS = 0.5
#: Quiet seconds after a change the log does not explain (a `tracker import`) before the shared snapshot is
#: rebuilt and served (a burst of writes: one rebuild); after logged writes, which every worker has already
#: applied, the rebuild only gives the memory back, so it waits longer.
SETTLE_SECONDS = 3.0
QUIET_SECONDS = 60.0


def newer_version(current: int, shown: int | None):
    """What the page's data-version becomes on a poll: the server's, if the page shows an older one."""
    from dash import no_update

    return current if current != shown else no_update


@dataclass
class FieldEdit:
    """A plan that changes one event's own cells alone (`Store.edit_fields`: no actors, sources, links or process):
    written as its row, not as Tables. `saved` is set by `LiveData.change` (False: the values changed nothing)."""

    event_id: str
    cells: dict[str, str] = field(default_factory=dict)
    title: str = ""
    saved: bool = False


class StoreMissing(RuntimeError):
    """The app was made from data alone (a test, a bench), so there is nowhere to write."""


class LiveData:
    """The current DashboardData of a store, replaced (never changed in place) after each write."""

    def __init__(self, store: Store | None, data: DashboardData):
        self.store = store
        self._data = data
        self._writing = threading.Lock()
        self._write_turn = threading.Lock()  # the write connection's (`_writes`), taken after `_writing` if both
        self._stop = threading.Event()
        self._token: object | None = None  # the store's change token at the last look
        self._watcher: threading.Thread | None = None
        self.shared = False  # set in a worker of `tracker serve --workers`
        self._own_writes = 0  # writes since the watch last looked (PostgreSQL's token counts them too)
        self._write_store: Store | None = None  # a worker's own connection for its writes (`_writes`)

    @property
    def writer(self) -> str:
        """Names this process's writes in the log, so its own catch-up skips them (it refreshed after each
        already); read at each write, so a worker forked from the server's first process has its own name."""
        return f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"

    def use_store(self, store: Store) -> None:
        """Serve from `store` from now on (a forked worker's own connection), the current data included;
        the data's version is then the same in every worker that has seen the same writes."""
        self.store = store
        self._data.store = store
        self._token = None
        self.shared = True
        self._write_store = None
        self._shared_version()

    def _shared_version(self) -> None:
        """With several workers (`shared`), the version a page shows must not depend on which worker answers:
        after catching up with the log, it is made of the snapshot the copy came from and the log entry it
        includes, which every worker that has seen the same writes agrees on. Alone, a counter does."""
        if not self.shared or self.store is None:
            return
        self._catch_up()  # this worker's own entries and any others' up to the log's end
        self._data.version = zlib.crc32(f"{self._data.base}|{self._data.mark}".encode())

    @property
    def data(self) -> DashboardData:
        """The current snapshot (take it once per request)."""
        return self._data

    @property
    def lock(self) -> threading.RLock:
        """The lock under which the store's connection is used (shared by every snapshot)."""
        return self._data._lock

    def _store(self) -> Store:
        if self.store is None:
            raise StoreMissing("this dashboard was started without a store, so nothing can be saved")
        return self.store

    def change(self, plan: Callable[[DashboardData], Tables], *, user: str | None = None,
               action: str = "import", expected: Mapping[str, int] | None = None) -> Tables:
        """Plan changes from the current data and save them, one writer at a time; returns what was saved.

        `plan` runs under the write lock, so two analysts acting at once never plan from the same
        stale copy; nothing is saved when it returns no rows. The history records the change as `action`
        by `user` (default: the logged-in user, `request_user()`). `expected` (event id -> version, which
        `plan` may fill in) is checked inside the save's transaction: another worker's write between the
        plan and the save is an EditConflict, not overwritten.
        """
        store = self._store()
        with self._writing:
            changes = plan(self._data)
            if any(not frame.empty for _, frame in changes.items()):
                touched = touched_events(changes)
                reference = not (changes.actors.empty and changes.processes.empty and changes.venues.empty)
                with self._writes() as writer:
                    # committed by the save, with it
                    writer.note_touched(touched + ([REFERENCE] if reference else []), self.writer, commit=False)
                    writer.save(changes, user=user or request_user(), action=action, expected=expected)
                self._data = refreshed(self._data, store, touched, reference)
                self._own_writes += 1
                self._shared_version()
        return changes

    def edit_fields(self, plan: Callable[[DashboardData], FieldEdit | None], *, user: str | None = None,
                    action: str = "edit", expected: Mapping[str, int] | None = None) -> FieldEdit | None:
        """Plan an edit of one event's own cells and write it (`Store.edit_fields`); None when `plan` says it is
        not one (the caller then uses `change`). Unlike `change`, the plan and the write run outside the copy's
        write lock (the version planned from, in `expected`, is checked inside the write's transaction), and the
        write waits only for this worker's other writes: at 50 analysts half a Save's time was spent waiting for
        that lock, held by other Saves' and the watcher's refreshes. Then the copy is refreshed under it."""
        store = self._store()
        edit = plan(self._data)
        if edit is None or not edit.cells:
            return edit
        with self._writes() as writer:
            writer.note_touched([edit.event_id], self.writer, commit=False)  # committed by the edit, with it
            change = writer.edit_fields(edit.event_id, edit.cells, expected_version=(expected or {}).get(edit.event_id),
                                        user=user or request_user(), action=action)
        if change is None:  # the values were the stored ones: nothing written, the note rolled back with it
            return edit
        edit.saved = True
        with self._writing:  # a copy that has the edit (a catch-up meanwhile skipped it as this worker's own)
            self._data = refreshed(self._data, store, [edit.event_id], False)
            self._own_writes += 1
            self._shared_version()
        return edit

    def save(self, changes: Tables) -> Tables:
        """Save `changes` in one transaction, then serve a snapshot that includes them."""
        return self.change(lambda _: changes)

    def load_all(self) -> Tables:
        """Every table in full (what `tracker ingest` matches against)."""
        store = self._store()
        with self.lock:
            return store.load()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store to read at length on (a page's check of an events file, a past view's load): a connection of
        its own, so every other request of this worker goes on meanwhile, closed after; the shared connection,
        under its lock, when the engine cannot give one (an in-memory store would open an empty one)."""
        store = self._store()
        try:
            reader = None if store.location == ":memory:" else store.reopen()
        except NotImplementedError:
            reader = None
        if reader is None:
            with self.lock:
                yield store
            return
        try:
            yield reader
        finally:
            reader.close()

    def reload(self) -> DashboardData:
        """Serve the store's current snapshot (after a change made outside the dashboard), built first if
        needed: in a child process, so requests keep being answered from the current copy meanwhile."""
        from tracker.dashboard.snapshot import current

        store = self._store()
        with self.lock:
            key = store.serving_token()
        if key == self._data.snapshot:
            return self._data
        try:
            reader = store.reopen()
        except NotImplementedError:
            reader = None
        try:
            if reader is None:
                with self.lock:
                    fresh = DashboardData.from_snapshot(current(store, in_process=True))
            else:
                fresh = DashboardData.from_snapshot(current(reader, in_process=False))
                fresh.store = store  # later look-ups (titles, search, details) use the shared connection
        finally:
            if reader is not None:
                reader.close()
        with self._writing:
            fresh._lock, fresh.version = self.lock, self._data.version + 1
            self._data = fresh
            # this worker's own entries too: a write that committed after the build read the store (a page import
            # of minutes, whose refreshed copy the swap just replaced) is in the log, not in the snapshot
            self._catch_up(own=True)
            self._shared_version()
        if gc.get_freeze_count():  # the server froze the first copy (`tracker serve`): freeze this one too
            gc.collect()
            gc.freeze()
        return fresh

    def _catch_up(self, own: bool = False) -> bool:
        """Re-read the events other workers logged since this copy's mark (under the write lock); whether there
        were any. This worker's own entries only move the mark on (its copy was refreshed after each), unless
        `own`: a copy just built from the store (`reload`) has only what was committed when the build read it."""
        store = self._store()
        with self.lock:
            if store.touched_mark() <= self._data.mark:
                return False
            log = store.touched_since(self._data.mark, None if own else self.writer, self._data.seen)
        events = [e for e in log.events if e != REFERENCE]
        fresh = refreshed(self._data, store, events, REFERENCE in log.events) if log.events else self._data
        fresh.mark, fresh.seen = log.mark, log.seen
        self._data = fresh
        return bool(log.events)

    def catch_up(self) -> bool:
        """See the writes other workers logged since the last look (within WATCH_SECONDS of them); whether any."""
        if self.store is None:
            return False
        with self._writing:
            moved = self._catch_up()
            if moved:
                self._shared_version()
            return moved

    def changed_elsewhere(self) -> bool:
        """Whether another process has committed to the store since the last look (the first look: False)."""
        if self.store is None:
            return False
        with self.lock:
            token = self.store.change_token()
        last, self._token = (token if self._token is None else self._token), token
        return token is not None and token != last

    def watch(self, every: float = WATCH_SECONDS, settle: float = SETTLE_SECONDS) -> threading.Thread:
        """Look for writes by other processes every `every` seconds: the events other workers logged are
        re-read at once; after any change (a `tracker import` while serving too), once the store has been
        quiet for `settle` seconds, the shared snapshot is rebuilt and served. The page notices the new
        version on its next poll."""
        self.changed_elsewhere()
        self._own_writes = 0

        def loop() -> None:
            changed_at: float | None = None
            wait = settle
            logged_at = float("-inf")
            while not self._stop.wait(every):
                try:
                    changed = self.changed_elsewhere()  # before the log: a write and its record commit together
                    now = time.monotonic()
                    own, self._own_writes = self._own_writes, 0
                    if self.catch_up() or own:  # logged writes: every worker has them already
                        logged_at = now
                    if changed:
                        explained = now - logged_at <= 2 * every
                        if changed_at is None or not explained:
                            wait = max(settle, QUIET_SECONDS) if explained else settle
                        changed_at = now  # every change puts the rebuild off: one per burst
                    elif changed_at is None and self._data.snapshot is None:
                        changed_at, wait = now, max(settle, QUIET_SECONDS)  # after this worker's own writes
                    if changed_at is not None and now - changed_at >= wait:
                        changed_at = None
                        self.reload()
                except Exception:  # a failed look or reload must not stop the watching
                    log.exception("could not reload the store")

        self._watcher = threading.Thread(target=loop, name="store-watch", daemon=True)
        self._watcher.start()
        return self._watcher

    def stop(self, timeout: float = 60.0) -> None:
        """Stop watching the store, after the look or reload under way (so the store can then be closed)."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout)

    def latest_change(self) -> pd.Timestamp | None:
        """The last created_at or updated_at of any event (for the brief's 'last changed' line)."""
        data = self._data
        if data.full is not None:
            events = data.full.events
            stamps = pd.concat([events["created_at"], events["updated_at"]]).dropna()
            return stamps.max() if len(stamps) else None
        with self.lock:
            return data.store.latest_change()

    # --- writes beyond Tables (the review queue) -----------------------------------------
    def write(self, action: Callable[[DashboardData, Store], list[str]]) -> list[str]:
        """Run `action(data, store)`, one writer at a time with the store's connection held; it writes in
        one transaction and returns the ids of the events it changed, which the new snapshot re-reads."""
        store = self._store()
        with self._writing:
            with self._writes() as writer:
                touched = action(self._data, writer)
                if touched:
                    writer.note_touched([*touched, REFERENCE], self.writer)
            if touched:
                self._data = refreshed(self._data, store, touched)
                self._own_writes += 1
                self._shared_version()
        return touched

    @contextmanager
    def _writes(self) -> Iterator[Store]:
        """The store to write on, one write at a time (`edit_fields` outside `_writing`). A worker of `tracker serve --workers` writes on a connection
        of its own, opened at its first write: a write waits for the other workers' (the store's write lock), and
        on the shared connection every request of this worker that reads the store waited with it (the review
        form at 50 analysts: p95 1.7 s, most of it queued behind Saves queued on the lock). A store that cannot
        be reopened (SQLite) writes on the shared connection, under its lock."""
        store = self._store()
        with self._write_turn:
            if self.shared and self._write_store is None:
                try:
                    self._write_store = store.reopen()
                except NotImplementedError:
                    self._write_store = store
            writer = self._write_store if self.shared else store
            with (self.lock if writer is store else nullcontext()):
                yield writer


def request_user() -> str | None:
    """Who is logged in for this request (the history records them); None without logins or outside a
    request (the store's default user)."""
    from tracker.auth.web import current_user

    return current_user()

