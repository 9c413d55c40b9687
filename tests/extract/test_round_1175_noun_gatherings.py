"""Round 1175: a past gathering told by its noun phrase alone, with its own date ("after a long pause and preliminary
talks in Oslo last month", "negotiations between X and Y in February paved the way", "follow-up steps for last Monday's
meeting between X and Y") is a gathering of that date (`noun_gatherings.py`); a gathering awaited, counted,
bounded by "since", a photo caption, a subhead and a sentence that makes an act of its own are not read so. Sentences of
our own; published Friday 2023-05-12. Read at the rule stage (`learned=False`) and through the rule's own function."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.noun_gatherings import noun_gatherings

FRIDAY = dt.date(2023, 5, 12)


#: A lead that makes the article's own event, so that the sentence under test is background
LEAD = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi in Lima on Thursday. "


def gatherings_after_lead(body: str, lexicon) -> list[Candidate]:
    """The gatherings read from `body` after the lead's own meeting (the rule stage; round 1176's tests use it too)."""
    extraction = extract_own(LEAD + body, lexicon, learned=False)
    return [c for c in extraction.events if c.event_type in ("meeting", "talk_round", "summit")][1:]


def _gatherings(body: str, lexicon) -> list[tuple]:
    """(type, first day, precision, venue) of the gatherings read after the lead's own meeting."""
    return [(c.event_type, c.first, c.precision, c.venue and c.venue[0]) for c in gatherings_after_lead(body, lexicon)]


def _read(text: str, lexicon, found: list[Candidate] | None = None) -> list[Candidate]:
    return noun_gatherings(text, text, found or [], [], Roster(lexicon), FRIDAY, 0, 0)


def test_talks_in_a_town_last_month(lexicon) -> None:
    body = "Both delegations sounded hopeful after a long pause and preliminary talks in Oslo last month."
    assert _gatherings(body, lexicon) == [("meeting", dt.date(2023, 4, 1), "month", "Oslo")]


def test_negotiations_between_two_sides_in_a_month(lexicon) -> None:
    """The subject of another verb ("paved the way"): the negotiations of February (no process: a meeting)."""
    body = ("Mediated negotiations between the Colombian government and the rebels in February paved the way for a "
            "prisoner release in March.")
    assert _gatherings(body, lexicon) == [("meeting", dt.date(2023, 2, 1), "month", None)]


def test_talks_a_speaker_used_to_warn(lexicon) -> None:
    """"cautioned during separate talks with Y on Tuesday that …": the talks of that Tuesday."""
    body = "Peru cautioned during separate border talks with Chile on Tuesday that it might recall its ambassador."
    assert [(kind, day) for kind, day, _, _ in _gatherings(body, lexicon)] == [("meeting", dt.date(2023, 5, 9))]


def test_a_weekday_in_the_possessive(lexicon) -> None:
    """"last Monday's meeting between X and Y": the Monday before publication, with its two parties."""
    text = "Aides are now drafting follow-up steps for last Monday's meeting between Chile and Peru."
    [c] = _read(text, lexicon)
    assert (c.event_type, c.first, c.future) == ("meeting", dt.date(2023, 5, 8), False)
    extraction = extract_own(text, lexicon, learned=False)
    assert [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events
            if c.event_type == "meeting"] == [["Chile", "Peru"]]


def test_guard_an_awaited_or_counted_gathering(lexicon) -> None:
    """A guard: a gathering ahead, planned or next is a plan; "two rounds of talks in March" an aggregate."""
    for text in ("The envoys are busy ahead of the summit in June between Chile and Peru.",
                 "Officials are getting ready for a planned meeting with Peru next month.",
                 "Observers expect little from the proposed talks in Lima in August.",
                 "Delegates recalled that multiple rounds of talks in 2021 produced little."):
        assert _read(text, lexicon) == [], text


def test_guard_a_bound_a_caption_or_a_subhead(lexicon) -> None:
    """A guard: "talks since January" opens a series; a caption's place and date and a heading without a stop are none."""
    for text in ("The two sides have been engaged in quiet talks since January this year.",
                 "The Chilean envoy leaves a meeting of the border commission, in Lima, Peru, May 2, 2023.",
                 "Meeting with the Peruvian envoy on Wednesday"):
        assert _read(text, lexicon) == [], text


def test_guard_a_sentence_with_its_own_act(lexicon) -> None:
    """A guard: "agreed … at talks in Lima in April" is the accord's sentence: the accord rules read it, not this one."""
    agreed = Candidate("agreement", 0, 0)
    text = "The prisoner swap is part of a deal reached by the two sides at talks in Lima in April."
    assert _read(text, lexicon, [agreed]) == []


def test_guard_the_words_own_day(lexicon) -> None:
    """A guard: "hailed the border talks on Monday" dates the words; talks said "during" share the words' day."""
    said = Candidate("statement", 0, 0, first=dt.date(2023, 5, 8), last=dt.date(2023, 5, 8), precision="day",
                     dated_by="text")
    assert _read("Peru hailed the border talks with Chile on Monday.", lexicon, [said]) == []
    [c] = _read("Peru cautioned during border talks with Chile on Monday that it might leave.", lexicon, [said])
    assert c.first == dt.date(2023, 5, 8)
