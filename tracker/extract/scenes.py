"""The scene of a gathering told in a sentence of its own (round 247): "The fifth round opened on Monday. Delegations
gathered in Arica for the two-day session" places the round in Arica, as does "Arica is hosting the talks". A
sentence about the scene makes no event of its own; it places the gathering told just before or after it."""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.extract.venues import venue_of

_PLACE = r"(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})"
#: "Delegations gathered in Arica", "negotiators have converged on Geneva", "Arica is hosting the talks"
_SCENE = re.compile(rf"\b(?:gathered|convened|assembled|converged|are\s+gathering|were\s+gathering|have\s+gathered)\s+"
                    rf"(?:[a-z]+\s+){{0,2}}?(?:in|at|on)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{0,2}}?(?:city|town|resort|capital)\s+of\s+)?{_PLACE}"
                    rf"|\b{_PLACE.replace('place', 'host')}\s+(?:is|was|has\s+been)\s+hosting\s+(?:the|this|these|their)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meeting|session|round|summit|consultations)\b")
#: The gathering just told, named again by its noun alone and placed: "The meeting was held at Chengdu", "The talks are
#: taking place in Doha", "Today's session took place at the Palais des Nations" (round 881; matched at the sentence's
#: start only, so it costs one test a sentence). Round 965: a modifier may stand before the noun ("The two-day meeting",
#: "The intra-Afghan talks", never "next"/"last"/"previous", which name another gathering), the verb may tell the
#: gathering's opening ("opened", "began", "got under way in") or its plan ("will be held", "is to take place", "are
#: due to be held"), and the place may follow the noun in apposition ("The meeting, held in the presidential office in
#: Maputo, …"); `_TENSE` says which events each form may place.
#: (the noun phrase, its verb and its place; after the determiner)
_RETELLING = (r"(?!(?:next|last|previous|following|upcoming|new|future|earlier|later|latest|first|second|third|fourth|"
              r"fifth)\b)(?:[\w'’-]+\s+)?(?:talks|negotiations|meeting|meetings|session|summit|consultations|discussions|round)\s*"
              r"(?:(?P<past>(?:was|were|has\s+been|have\s+been)\s+(?:held|hosted|convened|conducted)|took\s+place"
              r"|opened|began|started|resumed|convened|got\s+under\s*way|kicked\s+off|,\s+(?:which\s+(?:was|were)\s+)?held)"
              r"|(?P<now>(?:is|are)\s+(?:being\s+)?(?:held|hosted|convened|conducted|taking\s+place)|takes\s+place)"
              r"|(?P<plan>(?:will|would|(?:is|are)\s+(?:to|due\s+to|set\s+to|scheduled\s+to|expected\s+to))\s+"
              r"(?:be\s+held|take\s+place|be\s+hosted|be\s+convened|open|begin|start|resume)))"
              r"\s+(?:[a-z]+\s+){0,3}?"
              rf"(?:in|at)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{0,2}}?(?:city|town|resort|capital)\s+of\s+)?{_PLACE}")
_PLACED_AGAIN = re.compile(r"\s*(?:The|This|That|These|Those|Today['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|"
                           r"Friday['’]s|Saturday['’]s|Sunday['’]s)\s+" + _RETELLING)
#: The same inside a sentence, after a quote's opening, a comma or "that": 'an officer said, "The talks will be held in
#: X"', "According to the office, the meeting, held in X, …", "The ministry said that the talks opened in X" (round 965;
#: gated by its nouns)
_PLACED_INSIDE = gated(re.compile(r"(?:[“\"]|,\s+|\bthat\s+)(?:[Tt]he|[Tt]his|[Tt]hese)\s+" + _RETELLING))


def _tense_fits(m: re.Match, future: bool) -> bool:
    """Whether the retelling's tense fits the event (round 965): a past retelling places a held gathering, a plan a
    future one, the present either (a round under way is often told as planned the day before)."""
    if m.group("past"):
        return not future
    if m.group("plan"):
        return future
    return True


#: A visit begun or an arrival told just before the gathering: "X started his two-day visit to Doha on Sunday. He met
#: Y earlier in the day", "X arrived in Lima on Monday. He held talks with Y" (round 384)
_ARRIVAL = re.compile(rf"\b(?:arrived|arrives|landed|lands)\s+in\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{0,2}}?(?:city|capital)\s+(?:of\s+)?)?{_PLACE}"
                      rf"|\b(?:began|begins|started|starts|kicked\s+off|is\s+on|was\s+on|opened|opens)\s+(?:his|her|their|a|an)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:visit|trip|tour)\s+(?:to|of)\s+(?:the\s+)?{_PLACE.replace('place', 'visited')}")
#: A gathering told as what came next: "The facilitators then began a separate meeting with …", "later held talks"
_THEN = gated(re.compile(r"\b(?:then|afterwards|subsequently|next)\s+(?:\w+\s+){0,1}?(?:began|held|opened|started|met|had|chaired|"
                         r"hosted|joined)\b"))
_GATHERINGS = ("talk_round", "meeting", "summit")
#: A word each of `_SCENE`'s and `_ARRIVAL`'s readings holds: a sentence without one is not searched (their place
#: patterns tried at every capital letter cost some 2% of an article's extraction)
_SCENE_WORDS = ("gather", "convened", "assembled", "converged", "hosting")
#: A word each of `_PLACED_INSIDE`'s verbs holds (the gate on its nouns lets most sentences of a story through)
_RETELLING_VERBS = ("held", "place", "opened", "began", "started", "resume", "convened", "under", "kicked", "begin", "open",
                    "start")
_ARRIVAL_WORDS = ("arrive", "landed", "lands", "visit", "trip", "tour")


def scene_venues(events: list, texts: list[str], paragraphs: list[int], roster: Roster) -> None:
    """A gathering with no venue takes the place of a scene sentence right after it (the next two sentences of its
    paragraph or the next paragraph's first) or right before it in its paragraph, when that sentence tells no event
    of another day."""
    scenes: dict[int, tuple[str, str | None]] = {}
    placed_again: dict[int, re.Match] = {}
    for i, text in enumerate(texts):
        m = _SCENE.search(text) if any(map(text.__contains__, _SCENE_WORDS)) else None
        m = m or _PLACED_AGAIN.match(text) or (_PLACED_INSIDE.search(text) if any(map(text.__contains__, _RETELLING_VERBS))
                                               else None)
        if m and "past" in m.re.groupindex:  # a retelling, whose tense must fit the event's
            placed_again[i] = m
        if m:
            place = roster.lexicon.place((m.group("place") or m.group("host")).rstrip("."))
            if place:
                scenes[i] = place
    arrivals: dict[int, tuple[str, str | None]] = {}
    for i, text in enumerate(texts):
        m = _ARRIVAL.search(text) if any(map(text.__contains__, _ARRIVAL_WORDS)) else None
        place = roster.lexicon.place((m.group("place") or m.group("visited")).rstrip(".")) if m else None
        if place:
            arrivals[i] = place
    if not scenes and not arrivals and not any(_THEN.search(c.evidence[0]) for c in events):
        return
    days = {}
    for c in events:
        days.setdefault(c.order, set()).add(c.first)
    for c in events:
        if c.event_type not in _GATHERINGS or c.venue is not None:
            continue
        # after the first telling, or after the last when the gathering is told twice (a lead repeated under its
        # dateline, then "The meeting was held at Chengdu": round 881)
        last = max((j for j in range(c.order + 1, len(texts)) if texts[j] in c.evidence), default=c.order) if scenes else c.order
        for at, i in ((c.order, c.order + 1), (c.order, c.order + 2), (c.order, c.order - 1), (last, last + 1), (last, last + 2)):
            if i in scenes and 0 <= i < len(texts) and paragraphs[i] - paragraphs[at] in ((0, 1) if i > at else (0,)) \
                    and days.get(i, {c.first}) <= {c.first, None} \
                    and (i not in placed_again or _tense_fits(placed_again[i], c.future)):
                c.venue = scenes[i]
                break
        if c.venue is None and c.first is not None and not c.future and _THEN.search(c.evidence[0]):
            before = [o for o in events if c.order - 3 <= o.order < c.order]  # the event told just before it, that day:
            last = max(before, key=lambda o: o.order) if before else None  # "… concluded in Brussels on Thursday. X then
            told = [o for o in before if o.order == last.order] if last else []  # began a separate meeting" (round 389)
            if told and all(o.event_type in _GATHERINGS and o.venue and not o.future and o.first == c.first for o in told) \
                    and len({o.venue for o in told}) == 1:
                c.venue = told[0].venue
        i = c.order - 1  # the arrival or the visit begun in the sentence just before, that day (round 384)
        if c.venue is None and i in arrivals and paragraphs[i] == paragraphs[c.order] and days.get(i, {c.first}) <= {c.first, None} \
                and any(v.order == i and set(v.actors) & set(c.actors) for v in events):  # the visitor is at the gathering
            c.venue = arrivals[i]


#: The gathering told again as what its parties did: "… said that its chairman held talks with X in Port Sudan", "…
#: said that the committee held a meeting in the coastal city of Sirte" (round 583)
_RETOLD = gated(re.compile(r"\b(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|discussions|consultations|negotiations)\b"))


#: Talks told with their place: "negotiations in Switzerland", "the talks under way in Geneva" (round 586)
_TALKS_IN = gated(re.compile(r"\b(?:talks|negotiations)\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?(?=[A-Z])"))


def retold_venues(events: list, texts: list[str], paragraphs: list[int], roster: Roster) -> None:
    """A held gathering with no place, told again in one of the two sentences after it (in the two paragraphs after)
    as talks or a meeting "held" in a place, takes that place, when that sentence tells no event of another day and
    names one of the gathering's states, or the gathering has no parties ("Sudan and Saudi Arabia have held discussions
    on …" + "… said that its chairman held talks with <a Saudi minister> in Port Sudan": round 583)."""
    days: dict[int, set] = {}
    for c in events:
        days.setdefault(c.order, set()).add(c.first)
    for c in events:
        if c.event_type not in _GATHERINGS or c.venue is not None or c.future:
            continue
        for i in (c.order + 1, c.order + 2):
            if i >= len(texts) or paragraphs[i] - paragraphs[c.order] not in (0, 1, 2) \
                    or not days.get(i, {c.first}) <= {c.first, None}:
                continue  # (a sentence that tells an event of another day tells another gathering)
            m = _RETOLD.search(texts[i])
            place = venue_of(texts[i], roster, m.start(), None) if m else None
            if place is None:
                continue
            named = {roster.state_of(x.key) or x.key for x in roster.lexicon.scan(texts[i]) if x.role in ("actor", "adjective")}
            if not c.actors or named & {roster.state_of(k) or k for k in c.actors}:
                c.venue = place
            break
        i = c.order - 1  # a session of talks the sentence before places: "… says negotiations in Switzerland … will
        # continue." + "The mediator cut short today's session …" (round 586)
        if c.venue is None and c.event_type == "talk_round" and i >= 0 and paragraphs[c.order] - paragraphs[i] in (0, 1) \
                and i in days and days[i] <= {c.first, None} and (m := _TALKS_IN.search(texts[i])):  # (an event of that day)
            c.venue = venue_of(texts[i], roster, m.start(), None, talks_town=True)


def arrival_venues(events: list) -> None:
    """A gathering with no place, told in the sentence of its participant's arrival or visit, is held where the visitor
    goes: "X will arrive in Brussels on Monday and hold talks with Y on Tuesday", "X arrived in Moscow on Thursday and met
    Y on Friday" (round 885; the arrival told in the sentence before is `scene_venues`'s, round 384). The gathering's
    day must fall in the week from the arrival, and the visitor must take part in it."""
    visits = [v for v in events if v.event_type == "visit" and v.venue is not None and v.actors]
    for c in events:
        if c.event_type not in _GATHERINGS or c.venue is not None or not visits:
            continue
        told = {v.venue for v in visits if v.order == c.order and set(v.actors) & set(c.actors)
                and (c.first is None or v.first is None or 0 <= (c.first - v.first).days <= 7)}
        if len(told) == 1:
            c.venue = told.pop()


__all__ = ["arrival_venues", "retold_venues", "scene_venues"]
