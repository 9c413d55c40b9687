"""Event ids held as one bytes array: prefix look-ups by binary search, any case."""
from __future__ import annotations

import numpy as np
import pytest

from tracker.dashboard.lean import IdIndex

IDS = ["kaz-proposal-2023-06-21", "astana-20", "astana-21-announced", "kaz-statement-2023-06-22", "astana-2",
       "geneva-iii-1", "kaz", "kazakh-visit"]


def _slow(ids: list[str], prefix: str) -> list[int]:
    return [i for i, e in enumerate(ids) if e.lower().startswith(prefix.lower())]


@pytest.mark.parametrize("prefix", ["kaz", "KAZ-", "astana-2", "astana-21-announced", "a", "geneva-iii-1", "x",
                                    "kaz-statement-2023-06-22-and-more", "é"])
@pytest.mark.parametrize("ids", [IDS, [*IDS, "Mixed-Case-Id"]])
def test_ids_starting_with_a_prefix_are_those_a_pass_over_every_id_finds(ids, prefix):
    index = IdIndex(ids)
    assert index.starting_with(prefix).tolist() == _slow(ids, prefix)


def test_an_id_as_long_as_the_widest_is_found_by_itself():
    ids = ["abc", "abcdef", "abd"]
    assert IdIndex(ids).starting_with("abcdef").tolist() == [1]
    assert IdIndex(np.array([b"abc", b"abcdef"], dtype="S6")).starting_with("abc").tolist() == [0, 1]
