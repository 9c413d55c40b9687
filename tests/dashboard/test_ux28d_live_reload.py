"""A worker's own long write is never lost from its data: a rebuild of the serving snapshot started before the
write committed, and swapped in after it, is caught up with the write (ux28b's 15 MB page import: 31,600 events in
the store, 6 on the page)."""
from __future__ import annotations

import threading

from tracker.dashboard import snapshot
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData

from tests.dashboard.test_live import new_event, same


def test_a_rebuild_read_before_this_workers_write_committed_keeps_the_write(store, monkeypatch):
    live = LiveData(store, DashboardData.load(store))
    live.save(new_event("x-earlier"))  # the watcher rebuilds after this worker's own writes (QUIET_SECONDS later)
    writing, built, written = threading.Event(), threading.Event(), threading.Event()
    real = snapshot.current

    def rebuilt_during_the_write(reader, in_process=True):
        assert writing.wait(60)
        found = real(reader, in_process=True)  # on a connection of its own: the store before the write commits
        built.set()
        assert written.wait(60)  # swapped in after the write
        return found

    monkeypatch.setattr(snapshot, "current", rebuilt_during_the_write)
    errors: list[BaseException] = []

    def reload() -> None:
        try:
            live.reload()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    rebuild = threading.Thread(target=reload)
    rebuild.start()

    def import_file(_data, writer) -> list[str]:  # a page import: one transaction on the shared connection
        writing.set()
        assert built.wait(60)
        writer.save(new_event("x-imported"))
        return ["x-imported"]

    try:
        assert live.write(import_file) == ["x-imported"]
        assert live.data.position_of("x-imported") is not None
    finally:
        written.set()
        rebuild.join(60)
    assert not errors and not rebuild.is_alive()
    assert live.data.position_of("x-imported") is not None and live.data.position_of("x-earlier") is not None
    same(live.data, DashboardData.load(store))
