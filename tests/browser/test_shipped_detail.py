"""What the page shows of the shipped chronology (issue 9, defect 11): the showcase statement opens its
Interfax page, round 20's sources have real titles, the 2019 Sochi summit reads as held."""
from __future__ import annotations


def _detail(probe, event_id: str) -> None:
    probe.open(f"?event={event_id}")
    probe.page.wait_for_selector(f"#detail code:has-text('{event_id}')")


def test_the_showcase_statement_links_to_its_interfax_page(probe):
    _detail(probe, "kaz-statement-2023-06-22")
    link = probe.page.locator("#detail a.source-link[href='https://interfax.com/newsroom/top-stories/91746/']")
    assert link.count() == 1  # before: the source had no address
    assert "Kazakhstan ready to resume Syria talks" in probe.page.inner_text("#detail .sources")
    assert probe.errors == []


def test_round_20s_sources_have_titles_not_quote_fragments(probe):
    _detail(probe, "astana-20")
    sources = probe.page.inner_text("#detail .sources")
    assert '"on June 20-21"' not in sources and "russia-islworld.ru 2023-07-31 (Bogdanov)" not in sources
    assert "Bogdanov: Astana Troika" in sources


def test_the_2019_sochi_summit_reads_as_held(probe):
    _detail(probe, "sochi-summit-2019")
    facts = probe.page.inner_text("#detail")
    assert "held" in facts and "scheduled" not in facts  # before: a summit of 2019 was still "scheduled"
