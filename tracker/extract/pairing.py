"""One-to-one pairing of labelled events with extracted ones, by the assignment of greatest total weight.

The scorer (`evaluate.py`) gives each allowed (label, candidate) pair a weight: a large constant for being a
pair at all, so that the most labels are matched, plus how many fields agree, so that among those matchings the
one an analyst would draw is taken. Pairing greedily in label order is not that: a label can take the candidate
that a later label matches exactly and leave the later one with nothing or with a worse one.

This is the Hungarian method (Kuhn-Munkres with potentials, O(n² m)); articles have tens of events at most.
"""
from __future__ import annotations

from collections.abc import Sequence

Weights = Sequence[Sequence[float | None]]


def best_assignment(weights: Weights) -> list[int | None]:
    """For each row, the column it is paired with (None: unpaired), maximising the total weight.

    `weights[i][j]` is the weight of pairing row i with column j, or None when they may not be paired. No
    forbidden pair is ever returned; a row or column is left unpaired rather than given one.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return [None] * rows
    if rows > cols:
        transposed = [[weights[i][j] for i in range(rows)] for j in range(cols)]
        by_col = best_assignment(transposed)
        out: list[int | None] = [None] * rows
        for j, i in enumerate(by_col):
            if i is not None:
                out[i] = j
        return out
    allowed = [w for row in weights for w in row if w is not None]
    if not allowed:
        return [None] * rows
    # A forbidden pair costs more than any allowed one can gain, so it is chosen only when a row has no
    # allowed column left, and then dropped below.
    top = max(allowed)
    forbidden = (top - min(min(allowed), 0) + 1) * (rows + 1)
    cost = [[(top - w) if w is not None else forbidden for w in row] for row in weights]
    return [j if weights[i][j] is not None else None for i, j in enumerate(_hungarian(cost, rows, cols))]


def _hungarian(cost: list[list[float]], rows: int, cols: int) -> list[int]:
    """Columns of the least-cost assignment of every row (rows <= cols), 1-based arrays as in the classic form."""
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    owner = [0] * (cols + 1)  # owner[j]: the row holding column j (0: none)
    way = [0] * (cols + 1)
    for i in range(1, rows + 1):
        owner[0] = i
        j0 = 0
        least = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while owner[j0]:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, cols + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    column = [0] * rows
    for j in range(1, cols + 1):
        if owner[j]:
            column[owner[j] - 1] = j - 1
    return column


__all__ = ["best_assignment"]
