"""The web dashboard: an interactive timeline over a store (see docs/dashboard.md)."""

#: Request threads of each worker of `tracker serve --workers N` (and of `tracker bench --users`, which measures it):
#: at 50 analysts on two cores, 2 threads gave p95 505 ms, 3: 534, 4: 565, 6: 796 (Saves waited behind more views),
#: and 4 the most requests a second.
WORKER_THREADS = 4
#: Request threads of the one-process server (waitress) of `tracker serve`.
SERVER_THREADS = 8
