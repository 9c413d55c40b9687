"""What the page shows of the shipped chronology (issue 9, defect 11): the showcase statement opens its
Interfax page, round 20's sources have real titles, the 2019 Sochi summit reads as held.

One page reads the three details in turn (read only: no check writes), so the page's scripts are compiled once;
each check keeps its own message."""
from __future__ import annotations


def _detail(probe, event_id: str) -> None:
    probe.open(f"?event={event_id}")
    probe.page.wait_for_selector(f"#detail code:has-text('{event_id}')")


def test_shipped_details_the_interfax_link_round_20s_source_titles_and_the_sochi_summit_held(probe):
    _detail(probe, "kaz-statement-2023-06-22")
    link = probe.page.locator("#detail a.source-link[href='https://interfax.com/newsroom/top-stories/91746/']")
    assert link.count() == 1, "the showcase statement links to its Interfax page"  # before: no address
    assert "Kazakhstan ready to resume Syria talks" in probe.page.inner_text("#detail .sources"), \
        "the showcase statement's source has its Interfax title"

    _detail(probe, "astana-20")
    sources = probe.page.inner_text("#detail .sources")
    assert '"on June 20-21"' not in sources and "russia-islworld.ru 2023-07-31 (Bogdanov)" not in sources, \
        f"round 20's sources have titles, not quote fragments: {sources!r}"
    assert "Bogdanov: Astana Troika" in sources, f"round 20's Bogdanov source has its title: {sources!r}"

    _detail(probe, "sochi-summit-2019")
    facts = probe.page.inner_text("#detail")
    # before: a summit of 2019 was still "scheduled"
    assert "held" in facts and "scheduled" not in facts, f"the 2019 Sochi summit reads as held: {facts!r}"
    assert probe.errors == []
