"""The shipped chronology: valid, sourced, and true to ../shared/reference."""
import csv
import re
import datetime as dt

import pandas as pd
import pytest

from pathlib import Path
from tracker.importer import parse_events_file, read_reference_tables

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference"


def test_shipped_files_validate_without_problems():
    reference, problems = read_reference_tables(DATA)
    assert problems == []
    _, problems = parse_events_file(DATA / "events.csv", reference)
    assert [str(p) for p in problems] == []


def test_template_validates_and_has_one_example_row(shipped):
    tables, problems = parse_events_file(DATA / "template.csv", shipped)
    assert [p for p in problems if p.severity == "error"] == []
    assert len(tables.events) == 1


def test_at_least_80_events_each_with_a_source(shipped):
    assert len(shipped.events) >= 80
    sourced = set(shipped.sources["event_id"])
    assert set(shipped.events["event_id"]) <= sourced


def test_every_source_url_is_http_or_empty(shipped):
    urls = shipped.sources["url"].dropna()
    assert urls.str.match(r"^https?://").all()


def test_sample_article_is_the_seed():
    seeds = list((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds not present")
    assert (DATA / "sample_article.txt").read_bytes() == seeds[0].read_bytes()


def reference_rows(name):
    path = REFERENCE / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_astana_round_matches_the_reference(shipped):
    rounds = reference_rows("astana_rounds.csv")
    events = shipped.events
    astana = events[(events["process"] == "Astana format") & (events["event_type"] == "talk_round")]
    assert sorted(astana["round_number"].astype(int)) == sorted(int(r["round"]) for r in rounds)
    by_round = astana.set_index(astana["round_number"].astype(int))
    for row in rounds:
        event = by_round.loc[int(row["round"])]
        assert event["start_date"].date() == dt.date.fromisoformat(row["start_date"]), row["round"]
        assert event["end_date"].date() == dt.date.fromisoformat(row["end_date"]), row["round"]
        assert event["venue"] == row["city"], row["round"]
        assert event["status"] == "held"


def test_astana_rounds_have_the_guarantors_in_their_role(shipped):
    links = shipped.event_actors
    rounds = shipped.events[(shipped.events["process"] == "Astana format") & (shipped.events["event_type"] == "talk_round")]
    for event_id in rounds["event_id"]:
        guarantors = set(links[(links["event_id"] == event_id) & (links["role"] == "guarantor")]["actor_id"])
        names = set(shipped.actors.set_index("actor_id").loc[list(guarantors), "name"])
        assert names == {"Russia", "Iran", "Türkiye"}, event_id


def test_geneva_and_committee_dates_match_the_reference(shipped):
    rows = reference_rows("geneva_syria.csv")
    events = shipped.events
    starts = set(zip(events["start_date"].dt.date, events["end_date"].fillna(events["start_date"]).dt.date))
    for row in rows:
        span = (dt.date.fromisoformat(row["start_date"]), dt.date.fromisoformat(row["end_date"]))
        assert span in starts, row["label"]


def test_milestones_are_shipped_on_their_dates(shipped):
    days = set(shipped.events["start_date"].dt.date)
    for row in reference_rows("milestones.csv"):
        assert dt.date.fromisoformat(row["date"]) in days, row["event"]


def test_seed_events_are_linked_to_round_20(shipped):
    links = shipped.event_links
    assert ((links["from_event_id"] == "kaz-proposal-2023-06-21") & (links["to_event_id"] == "astana-20")).any()
    assert ((links["from_event_id"] == "kaz-statement-2023-06-22") & (links["to_event_id"] == "astana-20")).any()
    quotes = shipped.quotes[shipped.quotes["event_id"] == "kaz-statement-2023-06-22"]["text"]
    assert quotes.str.startswith("If the participants of international meetings on Syria in the Astana format make a collective request").any()


def test_venue_names_follow_the_capital_renames(shipped):
    events = shipped.events[shipped.events["venue"].isin(["Astana", "Nur-Sultan"])]
    renamed = events["start_date"].between(pd.Timestamp("2019-03-20"), pd.Timestamp("2022-09-16"))
    assert (events.loc[renamed, "venue"] == "Nur-Sultan").all()
    assert (events.loc[~renamed, "venue"] == "Astana").all()


# --- every source: publisher, a real title, a date, an address (issue 9, defect 11) ---------------------

#: words in a title's square brackets that mark a source as having no address or no known publication date.
NO_ADDRESS, UNDATED = "no address recorded", "undated"
QUOTE_MARKS = "\"'“”‘’«»"
DATE_PHRASE = re.compile(r"^(?:on |since |from |until )?(?:\d{1,2}[ -])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                         r"(?:[ ,-]+\d{1,2}(?:-\d{1,2})?)?(?:,? \d{4})?$|^\d{4}-\d{2}-\d{2}$", re.I)


def shipped_sources() -> list[tuple[str, str, list[str]]]:
    """(file, event id, [publisher, published, title, url]) for every source line of the shipped CSV files."""
    found = []
    for name in ("events.csv", "template.csv"):
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for line in row["sources"].split("\n"):
                    if line.strip():
                        found.append((name, row["event_id"], [part.strip() for part in line.split("|")]))
    return found


def notes(title: str) -> str:
    """What the title's square brackets say (our words, never the source's)."""
    return " ".join(re.findall(r"\[([^\]]*)\]", title))


def source_problems(publisher: str, published: str, title: str, url: str) -> list[str]:
    """Why a source line falls short of: publisher, a real or a bracketed title, a date and an address."""
    problems = []
    if not publisher:
        problems.append("no publisher")
    if not title:
        problems.append("no title")
    elif title[0] in QUOTE_MARKS or title[-1] in QUOTE_MARKS or DATE_PHRASE.match(title.strip(QUOTE_MARKS)):
        problems.append(f"title is a quote fragment or a date: {title!r}")
    elif title.count("[") != title.count("]"):
        problems.append(f"unbalanced brackets in {title!r}")
    if not published and UNDATED not in notes(title):
        problems.append(f"no publication date and not marked [{UNDATED}]")
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", published):
        problems.append(f"published {published!r} is not YYYY-MM-DD")
    if not url and NO_ADDRESS not in notes(title):
        problems.append(f"no url and not marked [{NO_ADDRESS}]")
    if url and not re.fullmatch(r"https?://[^\s/$.?#][^\s]*\.[^\s]*", url):
        problems.append(f"url {url!r} is not an http(s) address")
    return problems


@pytest.mark.parametrize("line, problem", [
    (["TASS", "", '"on June 20-21"', "https://tass.com/politics/1677833"], "quote fragment"),
    (["russia-islworld.ru", "2023-07-31", "June 20-21", ""], "quote fragment"),
    (["Interfax", "2023-06-22T16:13", "Kazakhstan ready to resume Syria talks", ""], "no url"),
    (["", "2023-06-22", "A title", "https://example.org/a"], "no publisher"),
    (["SANA", "", "[SANA report on the summit]", "https://sana.sy/en/?p=1"], "no publication date"),
    (["SANA", "2019", "[SANA report on the summit]", "https://sana.sy/en/?p=1"], "not YYYY-MM-DD"),
    (["SANA", "2019-02-14", "[SANA report]", "sana.sy/en/?p=1"], "not an http"),
])
def test_the_source_check_finds_each_shortfall(line, problem):
    assert any(problem in p for p in source_problems(*line))
    assert source_problems("SANA", "", "[SANA report; undated; no address recorded]", "") == []


def test_every_shipped_source_has_a_publisher_a_real_title_a_date_and_an_address():
    problems = [f"{name} {event_id}: {problem} ({' | '.join(line)})"
                for name, event_id, line in shipped_sources() for problem in source_problems(*line)]
    assert problems == []


def test_the_showcase_statement_and_round_20_cite_real_pages():
    sources = {(event_id, line[3]): line for _, event_id, line in shipped_sources()}
    interfax = sources[("kaz-statement-2023-06-22", "https://interfax.com/newsroom/top-stories/91746/")]
    assert interfax[:3] == ["Interfax", "2023-06-22T16:13",
                            "Kazakhstan ready to resume Syria talks in Astana format as goodwill gesture - Foreign Ministry"]
    round_20 = [line for (event_id, _), line in sources.items() if event_id == "astana-20"]
    assert all(line[2] and not line[2].startswith('"') for line in round_20)
    assert any(line[2].startswith("Bogdanov: Astana Troika") and line[3].startswith("https://russia-islworld.ru/")
               for line in round_20)


def test_the_2019_sochi_summit_was_held(shipped):
    summit = shipped.events.set_index("event_id").loc["sochi-summit-2019"]
    assert summit["status"] == "held" and summit["start_date"].date() == dt.date(2019, 2, 14) and summit["venue"] == "Sochi"
