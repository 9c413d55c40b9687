"""A format, mechanism or body whose creation is told by a participle with its own date is an `other` (round 1260).

The guideline records a format created on a day as an `other` event ("the format was created in 2014", docs/extraction.md,
"What counts as an event"). The trigger table read it only as a finite passive with the noun first ("The Normandy format
was created in 2014"); background paragraphs of wire copy tell the same act with a participle and no finite verb of
creation, and made nothing: fronted before the body's name ("Established in 2012, WMCC is …", "Launched on May 9, the
Tumaini (hope) Peace Initiative aims …"), in apposition after it ("WMCC, set up in 2012, is headed by …"), or a passive
of "launched" or with a dash aside between the noun and its verb ("The Syrian Constitutional Committee — which comprises
… — was officially launched in Geneva on Oct. 30, 2019"). Only a format's noun (initiative, format, mechanism,
committee, commission, council, group, platform, forum, office) or an acronym counts, and a participle counts only with
its day, month or year right after it: "the trilateral mechanism, launched by China in 2017" (an agent first), "the
industrial zone, launched in 2004" (no format) and "talks launched in 2014" (a series of talks, round 831) are not read.
"""
from __future__ import annotations

from tracker.extract.date_parts import MONTHS

#: A format's head noun, or an acronym ("WMCC", "RYCO")
_FORMAT = (r"(?:[Ii]nitiative|[Ff]ormat|[Mm]echanism|[Cc]ommittee|[Cc]ommission|[Cc]ouncil|[Gg]roup|[Pp]latform|[Ff]orum|"
           r"[Oo]ffice|\b[A-Z]{3,}s?)\b")
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"  # the month names the dates read
#: "in 2012", "on May 9", "in late 2004", "on 4 August 2021", "in September last year": a time right after the verb
_WHEN = rf"(?:in|on)\s+(?:(?:early|mid|late|mid-)\s*)?(?:\d|{_MONTH})"
_MADE = r"(?:established|created|set\s+up|launched|formed)"
_MADE_FRONT = r"(?:Established|Created|Set\s+up|Launched|Formed)"
_GAP = r"(?:(?!(?:would|could|might|should|talks|negotiations)\b)[\w-]+\s+)"

#: (event type, is a speech act, pattern)
FORMATS_CREATED = [
    # fronted: "Established in 2012, WMCC is …", "Launched on May 9, the Tumaini (hope) Peace Initiative aims …"
    ("other", False, rf"(?:^|(?<=[.;:]\s))(?:[\"“‘]\s*)?{_MADE_FRONT}\s+{_WHEN}[^,;]{{0,30}},\s+(?:the\s+)?"
                     rf"(?:[A-Z][\w'’-]*\s+|\([^()]{{1,30}}\)\s+|(?:of|for|on|and)\s+){{0,8}}?{_FORMAT}"),
    # in apposition: "WMCC, set up in 2012, is headed by …", "the mechanism, first established in 2017, met …"
    ("other", False, rf"{_FORMAT}(?:\s+\([^()]{{1,40}}\))?,\s+(?:(?:first|originally|officially|jointly)\s+)?{_MADE}(?=\s+{_WHEN})"),
    # a passive of "launched", or any creation verb after a dash aside: "The Committee — which comprises … — was
    # officially launched in Geneva"
    ("other", False, rf"{_FORMAT}\s+—[^—]{{1,160}}—\s+{_GAP}{{0,3}}?(?:was|were)\s+(?:\w+ly\s+)?{_MADE}\b"
                     rf"|{_FORMAT}\s+{_GAP}{{0,5}}?(?:was|were)\s+(?:\w+ly\s+)?launched\b"),
]
#: The words every pattern above needs, one of which must be in a sentence for them to be tried
CREATION_WORDS = ("stablished", "reated", "et up", "aunched", "ormed")

__all__ = ["CREATION_WORDS", "FORMATS_CREATED"]
