"""The three-way merge of the review form's actor and link lines (`review.line_merge`)."""
from __future__ import annotations

import pytest

from tracker.dashboard.review.line_merge import merged_lines

BASE = "Russia: guarantor\nTürkiye: guarantor"


@pytest.mark.parametrize("mine, theirs, expected", [
    (BASE + "\nKazakhstan: host", BASE + "\nIran: guarantor", BASE + "\nIran: guarantor\nKazakhstan: host"),
    ("Türkiye: guarantor", BASE + "\nIran: guarantor", "Türkiye: guarantor\nIran: guarantor"),  # mine removed Russia
    (BASE + "\nIran: guarantor", BASE + "\nIran:  guarantor", BASE + "\nIran: guarantor"),  # both added it alike
    (BASE, "Russia: host\nTürkiye: guarantor", "Russia: host\nTürkiye: guarantor"),  # only theirs changed
])
def test_changes_about_different_actors_are_both_kept(mine, theirs, expected):
    assert merged_lines("actors", BASE, mine, theirs) == expected


@pytest.mark.parametrize("mine, theirs", [
    ("Russia: host\nTürkiye: guarantor", "Russia: mediator\nTürkiye: guarantor"),  # one actor, two new roles
    ("Türkiye: guarantor", "Russia: host\nTürkiye: guarantor"),  # removed what the other changed
])
def test_the_same_actor_changed_differently_is_a_clash(mine, theirs):
    assert merged_lines("actors", BASE, mine, theirs) is None


def test_links_are_about_the_event_they_point_to():
    base = "follows: astana-19"
    assert merged_lines("links", base, base + "\nresponds_to: x-1", base + "\nfollows: astana-18") == \
        "follows: astana-19\nfollows: astana-18\nresponds_to: x-1"
    assert merged_lines("links", base, "precedes: astana-19", "responds_to: astana-19") is None
