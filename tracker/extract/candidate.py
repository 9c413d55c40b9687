"""One candidate event, as sentence-level extraction makes it and the article-level steps merge, date and match it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tracker.extract.dates import DateMention

SPEECH_TYPES = ("statement", "proposal", "announcement")


@dataclass
class Candidate:
    """One event an article reports, before it is matched against the store."""

    event_type: str
    paragraph: int
    order: int
    first: dt.date | None = None
    last: dt.date | None = None
    precision: str | None = None
    future: bool = False
    dated_by: str = "none"  # text, context, publication, none
    actors: dict[str, str] = field(default_factory=dict)
    speaker: str | None = None
    processes: list[str] = field(default_factory=list)
    process: str | None = None
    round_number: int | None = None
    venue: tuple[str, str | None] | None = None
    quotes: list[tuple[str | None, str]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    reference: bool = False
    attribution: bool = False
    grouped: bool = False  # words whose subject is a group ("both sides said"): its members speak (round 211)
    at_talks: bool = False  # an accord told as reached "At talks in X …": the talks, once its process is known (round 175)
    talks: bool = False  # reported as "talks" or "negotiations" (a round of a process, when it has one)  # "..., the ministry said" after another event: who reported it, not a statement
    halted: str | None = None  # "postponed" or "cancelled": the text says the planned event was put off or called off
    as_group: set[str] = field(default_factory=set)  # parties its sentence names as a group ("both sides"): kept by the learned step (round 1315)
    lasts: int | None = None  # days a sentence about the gathering says it lasts from its first day ("set to last 11 days")
    matches: str | None = None
    confidence: float = 0.5

    @property
    def status(self) -> str:
        """held, scheduled (a future event with a day) or announced (a future event without one); postponed or
        cancelled when the text says so."""
        if self.halted and self.event_type not in SPEECH_TYPES:
            return self.halted
        if not self.future or self.event_type in SPEECH_TYPES:
            return "held"
        return "scheduled" if self.precision == "day" else "announced"

    def set_date(self, mention: DateMention | None, how: str = "text") -> None:
        """Take the span of a date mention."""
        if mention is None:
            return
        self.first, self.last, self.precision, self.dated_by = mention.first, mention.last, mention.precision, how
        self.future = self.future or mention.future


__all__ = ["SPEECH_TYPES", "Candidate"]
