"""What kind of event a sentence reports: trigger phrases by event type (numbered rounds: round_mentions.py).

Kept as data (type, pattern) so the rules can be read and extended in one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.accords_extended import ACCORDS_EXTENDED, EXTENDED_WORDS
from tracker.extract.accords_told import ACCORDS_TOLD, INKED
from tracker.extract.acts import ACTS
from tracker.extract.appointments import ANSWERED, APPOINTMENTS
from tracker.extract.clauses import CLOSED_AT, DOCUMENT_VERB
from tracker.extract.dated_apart import in_adjunct, verbs_dated_apart
from tracker.extract.freezes import FREEZES
from tracker.extract.accord_exits import ACCORD_EXITS, EXIT_WORDS
from tracker.extract.formats_created import CREATION_WORDS, FORMATS_CREATED
from tracker.extract.state_measures import MEASURE_WORDS, STATE_MEASURES
from tracker.extract.mandates import MANDATES
from tracker.extract.truces_declared import TRUCES_DECLARED
from tracker.extract.day_nouns import DAY_NOUN_TYPE, day_noun
from tracker.extract.meeting_verbs import MEETING_VERBS
from tracker.extract.negated_speech import negated_speech
from tracker.extract import paired_summits
from tracker.extract.progressive_talks import progressive_talks
from tracker.extract.arrivals import ARRIVALS
from tracker.extract.conversations import CONVERSATION_WORDS, CONVERSATIONS
from tracker.extract.held_discussions import HELD_DISCUSSION_WORDS, HELD_DISCUSSIONS
from tracker.extract.counted_accords import COUNTED_ACCORD_WORDS, COUNTED_ACCORDS
from tracker.extract.departures import DEPARTURE_WORDS, DEPARTURES
from tracker.extract.heads_assemblies import HEADS_ASSEMBLIES, HEADS_WORDS, heads_gathering
from tracker.extract.plural_meetings import PLURAL_MEETINGS, PLURAL_WORDS
from tracker.extract.plans_tabled import PLAN_WORDS, PLANS_TABLED
from tracker.extract.prefilter import WordGate, fast, fast_start, gated, per_article, required_words, second_words, word_gate, words_of
from tracker.extract.round_mentions import NOT_TALKS_ROUND
from tracker.extract.word_pick import WordPick



@dataclass(frozen=True)
class Trigger:
    """A phrase that reports an event of some type, with the span it covers."""

    event_type: str
    start: int
    end: int
    text: str
    speech: bool = False


#: A briefing of the Security Council is a meeting (docs/extraction.md, "Types"): "briefed the UN Security Council",
#: "After briefing the Security Council" (a briefing to come is left to the words that make it known)
BRIEFING = (r"\b(?<!\bwill\s)(?<!\bwould\s)(?:briefed|briefing|addressed|addressing)\s+(?:the\s+)?"
            r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Security\s+Council\b")

#: A planned event put off or called off ("the talks were postponed indefinitely", "called off the summit"): the event,
#: with status postponed or cancelled (docs/extraction.md, "Postponed and cancelled events"); its type is its noun's
HALTED = (r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|being)\s+(?:\w+ly\s+)?(?:postponed|called\s+off|"
          r"cancell?ed|put\s+off|scrapped|delayed|rescheduled)|(?:postponed|called\s+off|cancell?ed|put\s+off|scrapped)"
          r"(?=\s+(?:the|a|an|their|its|his|her|this|next|planned|upcoming)\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|round|session|summit|visit|negotiations|consultations)\b))")
CANCELLED = re.compile(r"called\s+off|cancel|scrapped")

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: Words said at or after a meeting the sentence names: "X said on Monday after a meeting with the UN chief", "Pointing to
#: his meetings with the foreign minister on Monday, X said …" (round 171): the meeting, with the speaker and the day
MEETING_WITH = (r"\b(?:(?:during|at|after|following)\s+(?:a|an|his|her|their)|[Pp]ointing\s+to\s+(?:his|her|their))\s+"
                r"(?:[\w-]+\s+){0,2}?meetings?\s+with(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?!(?:in|at|on|of|for|and|to|from)\s)[\w.-]+\s+){0,3}?[A-Z])")

#: An adverb between a modal and its verb, written `{_ADV}` in the patterns: "will also meet", "would later visit" (round 113)
_ADV = (r"(?:(?:also|then|later|likely|probably|soon|again|first|reportedly|subsequently|jointly|personally|separately|"
        r"formally|officially)\s+)?")

#: (event type, is a speech act, pattern). Order matters: the first pattern to claim a span wins.
TRIGGERS: list[tuple[str, bool, re.Pattern]] = [(t, s, re.compile(p.replace("{_ADV}", _ADV))) for t, s, p in [
    ("talk_round", False, r"\b(?:to|will)\s+{_ADV}(?:hold|convene|host)\s+(?:the\s+|a\s+|their\s+|its\s+|our\s+)?(?:(?:next|new|another)(?:\s*,\s*|\s+)(?=\w+(?:st|nd|rd|th)\b))?(?:next|new|another|\w+(?:st|nd|rd|th))?\s*(?:(?:[A-Z][\w-]+|high-level)\s+){0,3}(?:[Rr]ound|[Mm]eeting|[Ss]ession)\b"),
    ("call", False, r"\b(?:(?:received|made|had|held)\s+a\s+(?:tele)?phone\s+call|(?:[Ii]n|[Dd]uring)\s+a\s+(?:tele)?phone\s+(?:call|conversation)|(?:discussed|talked)\s+(?:\w+\s+){0,6}?by\s+(?:tele)?phone|(?:held|had|have|hold|holds)\s+(?:a\s+)?(?:tele)?phone\s+(?:call|conversation|talks)|(?:held|had|made)\s+(?:separate\s+)?(?:tele)?phone\s+(?:calls|conversations)|(?:spoke|speak|speaks|talked|speaking|talking)\s+(?:by|on the|over the)\s+(?:tele)?phone|(?:spoke|talked|speaking|talking|conferred)\s+(?:by|via|over)\s+(?:a\s+)?video\s*(?:conference|link|call)|(?:spoke|speaks|talked|talks|conversed|speaking|talking)\s+(?:with|to)\s+(?:[\w'’.-]+,?\s+){1,8}?(?:by|on\s+the|over\s+the|via)\s+(?:tele)?phone|phoned|telephoned|(?:will|would|to)\s+{_ADV}(?:discuss|talk|speak|confer)\s+(?:[\w'’.-]+\s+){0,8}?(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|conversation|talks)\s+(?:with|between)|video\s*(?:call|conference)\s+(?:with|between))\b"),
    # a call told without "phone", as wires and readouts write it (round 821): "received a call from", "held a 30-minute
    # call with", "held a call on Monday", "made a call to", "held a videoconference", "In a call on Thursday, X and Y discussed …", "During
    # Thursday's call" (not "a call for calm", nor a courtesy call, which is paid in person)
    ("call", False, r"\b(?:(?:received|receives|took|takes|got|gets|answered)\s+a\s+(?:(?!courtesy\b)[\w-]+\s+){0,2}?call\s+from"
                    r"(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Z])|(?:held|holds|hold|had|has|have|made|makes|placed|places|conducted)"
                    r"\s+(?:a|an)\s+(?:(?!courtesy\b)[\w-]+\s+){0,2}?(?:call|video\s*conference|videoconference)\s+(?:with|to)"
                    r"(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?[A-Z])|(?:held|hold|holds|had|have)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
                    r"(?:video\s*conference|videoconference|video\s+call)|(?:held|had)\s+(?:a|an|their)\s+(?:(?!courtesy\b)[\w-]+\s+){0,2}?"
                    r"call(?=\s+(?:on|last|yesterday|today|this|late|early)\b)|(?:[Ii]n|[Dd]uring)\s+(?:a|an|their|his|her|(?:Mon|Tues|Wednes|"
                    r"Thurs|Fri|Satur|Sun)day['’]s)\s+(?:(?!courtesy\b)[\w-]+\s+){0,2}?(?:call|video\s*conference|videoconference)"
                    r"(?!\s+(?:for|of)\b))\b"),
    # an accord told by its noun and a participle, with a date: "an earlier deal announced on May 11", "an accord reached by
    # the sides in Oslo in 2019", "a truce brokered by Qatar last month" (round 133; "signed" and "agreed" are verbs below)
    ("agreement", False, r"\b(?i:agreement|deal|accord|treaty|truce|cease-?fire|declaration|memorandum|protocol)(?:,|\s+(?:was|were))?\s+"
                         r"(?:reached|announced|brokered|struck|clinched|adopted)"  # ", adopted on Dec. 11" (round 488)
                         r"(?=(?:\s+(?:by|between)\s+[^,;.⟦]{1,80}?)?\s+(?:on|in|last|earlier\s+this)\s+(?:(?:\d|(?:19|20)\d\d|month|year|week|" + _MONTHS
                         + r")\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.))"),
    # the same with the date opening the sentence: "On 3 May 2021, an accord was brokered by Norway" (round 604)
    ("agreement", False, r"^(?:On|In)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:\d{1,2}\s+)?" + _MONTHS + r"(?:\s+\d{1,2})?,?(?:\s+(?:19|20)\d\d)?),\s+(?:an?|the)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?i:agreement|deal|accord|treaty|truce|cease-?fire)\s+(?:was|were)\s+"
                         r"(?:reached|brokered|struck|clinched)\b"),
    ("agreement", False, r"\b(?:signed|sign(?!\s*(?:in|up|out))|signs(?!\s*(?:in|up|out))|will sign|(?:reached|reach|reaches|struck)\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|deal|accord|understanding)|(?:reached|reach|reaches|(?<=[Aa]fter\s)reaching)\s+(?:an?\s+)?(?:\w+\s+)?consensus\b(?!\s+(?:on\s+the\s+need|that\s+(?:more|further)))|agreed|agree|agrees|adopted\s+a\s+joint\s+(?:statement|declaration|communiqu[eé])|(?:issued|released)\s+a\s+joint\s+(?:statement|declaration|communiqu[eé])|(?:(?:hosted|attended|witnessed|convened)\s+)?(?:the\s+)?(?:[Aa]doption|[Ss]igning)\s+of\s+(?:a\s+|the\s+)?[“\x22]?(?:[\w-]+\s+){0,3}(?i:joint\s+statement|agreements?|memorand(?:um|a)|declaration|deals?|accords?|treaty|communiqu[eé]|protocol|road\s*map)"
                         r"|(?:hosted|attended|witnessed|held)\s+(?:a|the)\s+signing\s+ceremony"  # round 147 (a ceremony named alone: round 179)
                         # talks that "resulted in agreement of cessation of hostilities", "led to a ceasefire deal" (round 548)
                         r"|(?:resulted|culminated)\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement|deal|accord|understanding|truce|cease-?fire)\b(?!\s+regime)"
                         r"|led\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement|deal|accord|truce|cease-?fire)\b)\b"),
    # a day between the verb and its particle: "called Tuesday for", "called on Tuesday for", "appealed on Monday to" (round 644)
    ("proposal", True, r"\b(?:(?:called|calls)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                       r"yesterday)\s+(?:for|on|upon)\b|(?:appealed|appeals)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday|today|yesterday)\s+(?:to|for)\b"
                       r"|proposed|proposes|propose|suggested|suggests|called\s+for|calls\s+for|called\s+on|calls\s+on|urged|urges|appealed\s+to|offered|offers|put\s+forward|invited(?!\s+(?:the\s+)?(?:media|journalists|reporters|press|correspondents)\b)"  # round 355: no call to act
                       r"|demanded|demands|(?:asked|asks|pressed|presses|encouraged|encourages|requested|requests)(?=\s+(?:[\w'’.-]+\s+){1,5}?to\s+[a-z])|pushed\s+for|pressed\s+for"
                       r"|(?:conveyed|submitted|presented|handed\s+over|delivered|sent)\s+(?:to\s+(?:the\s+)?[A-Z][\w'’.-]*\s+)?(?:its|his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|peace\s+plan)(?!\s+(?:of|by|from)\b)"
                       # round 820: the rest of the family of asking verbs, and a plan laid before others ("pleaded with the
                       # parties to", "implored", "floated a truce plan", "tabled a proposal", "unveiled a peace initiative")
                       r"|(?:pleaded|pleads|pleading)\s+(?:with|for)|implored|implores|exhorted|exhorts|beseeched"
                       r"|(?:floated|tabled|unveiled|put\s+forth|laid\s+out)\s+(?:its|his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|plan|initiative|road\s*map)(?!\s+(?:of|by|from)\b))\b"),
    # a trip for talks is the talks (docs/extraction.md, "Types": arrivals of delegations for talks belong to the talks):
    # "X traveling to Beijing on March 6 for talks with the Saudis" (round 177)
    ("talk_round", False, r"\b(?:travell?ed|travell?ing|travels|flew|flying|flies|arrived|arriving|arrives|(?:will|to)\s+arrive)\s+(?:to|in)\s+"
                          r"(?=(?:the\s+)?[A-Z][^,;.⟦]{0,60}?\bfor\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\s+with\b)"),
    # a document produced is an agreement: "the sides developed an addendum to the protocol" (round 178)
    ("agreement", False, r"\b(?:developed|drafted|drew\s+up|worked\s+out|initial(?:l)?ed)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:addendum|protocol|declaration|memorandum|roadmap|road\s+map|communiqu[eé]|accord|agreement|treaty)\b"),
    ("visit", False, r"\b(?:(?:is|are|am)\s+going\s+to(?=\s+(?:the\s+)?[A-Z])|(?:will|to|would)\s+{_ADV}(?:fly|head|go)\s+to(?=\s+(?:the\s+)?[A-Z])|"
                     r"(?:pay|pays|paid|paying|make|makes|made|making)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?visit\s+(?:on\s+[A-Z]\w+(?:\s+\d{1,2})?,?\s+)?to|on\s+(?:my|his|her|their)\s+way\s+to|visited|visits|(?:will|to|would)\s+{_ADV}visit|(?:official|state|working)\s+visit\s+to|arrived\s+in|arrives\s+in|(?:will|to|would)\s+{_ADV}arrive\s+in(?=\s+(?:the\s+)?[A-Z])|landed\s+in|(?:left|leaves|departed|departs|set\s+off|(?:will|to|would)\s+{_ADV}(?:leave|depart))\s+for(?=\s+(?:the\s+)?[A-Z])|(?:will|to|would)\s+{_ADV}travel\s+to|travelled\s+to|traveled\s+to|trip\s+to|(?:started|starts|began|begins|opened|wrapped\s+up|concluded|ended)\s+(?:his|her|their|a)\s+(?:[\w-]+\s+)?[A-Z][\w'’-]+\s+tour|(?:started|starts|began|begins|kicked\s+off|wrapped\s+up|wraps\s+up|concluded|concludes|ended|ends|completed|cut\s+short)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?visit\s+to|(?:is|are)\s+expected\s+(?=in\s+[A-Z])|(?:will|would)\s+{_ADV}be\s+in(?=\s+(?:the\s+)?[A-Z]))\b"),
    ("summit", False, r"\b(?:(?:held|hold|holding|holds|had|have)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}summit(?:\s+talks)?)\b"),
    ("meeting", False, BRIEFING),
    ("meeting", False, r"\b(?:(?:plans?|planned|planning|intends?|intend)\s+to\s+(?:hold|call|convene|organi[sz]e|arrange)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|consultations)|(?:is|are|was|were)\s+(?:arranging|preparing|organi[sz]ing|planning)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|consultations)|(?:have|has)\s+been\s+(?:meeting|negotiating|holding\s+talks)|meeting\s+in\s+(?=[A-Z])|(?<!been\s)met|meets|(?:will|to|would)\s+{_ADV}meet|(?:will|to|would)\s+{_ADV}(?:converge|gather)\s+(?=in\s+[A-Z])|(?:converged|gathered|assembled)\s+(?=in\s+[A-Z])|(?:will|to|would)\s+{_ADV}(?:re)?convene(?!\s+(?:a|an|the)\b)|reconvened|(?:held|hold|holds|had)\s+(?:\w+\s+)?(?:talks|consultations|a\s+meeting|meetings|negotiations)\s+with|(?:held|had)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}meeting\b|(?:held|hold|had)\s+(?:[\w-]+\s+){0,3}(?:talks|consultations|dialogue)|conferred\s+with|hosted"
                 r"|received\s+(?=(?:the\s+)?visiting\s|(?:the\s+)?[A-Z]|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterpart|(?:the\s+)?(?:two\s+|three\s+)?(?:[\w-]+\s+)?(?:leaders|presidents|prime\s+ministers|heads\s+of\s+\w+|ministers|delegations?|envoys)\s+of\s+(?:the\s+)?[A-Z])|(?:was|were)\s+received\s+by)\b"),
    ("meeting", False, HALTED),
    # words said at or after a meeting, which the sentence names: "X said on Monday after a meeting with the UN chief",
    # "Pointing to his meetings with the foreign minister on Monday, X said …" (round 171)
    ("meeting", False, MEETING_WITH),
    # presence in a town for talks is the talks (docs/extraction.md, "Types": arrivals for talks belong to the talks;
    # round 825): "X was in Cairo on Monday to speak with mediators", "Y is in Doha for talks with Z", "the delegation
    # is in Geneva this week for consultations" (not "in Geneva for the session of the Council": the noun decides)
    ("meeting", False, r"\b(?:is|was|are|were)\s+(?:also\s+|already\s+|now\s+|still\s+)?in\s+(?=(?:the\s+)?[A-Z][\w'’-]+"
                       r"(?:\s+[A-Z][\w'’-]+)?(?:,\s+[A-Z][\w'’-]+)?\s+(?:(?:on|late|early)\s+\w+(?:\s+\d{1,2})?\s+|this\s+week\s+|"
                       r"today\s+|yesterday\s+)?(?:for\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations)\b|to\s+"
                       r"(?:meet|speak|hold\s+talks|negotiate|confer)\b))"),
    # leaving a town after talks there: "The delegation left Cairo on Saturday following talks with Egyptian officials" (round 131)
    ("meeting", False, r"\b(?:left|departed(?:\s+from)?)(?=\s+(?:the\s+)?[A-Z][^.;⟦]{0,60}?\b(?:after|following)\s+(?:[\w-]+\s+){0,3}(?:talks|meetings?|consultations|negotiations)\s+with\b)"),
    # leaving a town after a visit: "The president left Baku on Monday after a two-day visit to Azerbaijan" (round 606)
    ("visit", False, r"\b(?:left|departed(?:\s+from)?)(?=\s+(?:the\s+)?[A-Z][^.;⟦]{0,60}?\b(?:after|following)\s+(?:a|an|the|his|her|their)\s+"
                     r"(?:[\w-]+\s+){0,3}?visit\b)"),
    ("decision", False, r"\b(?:adopted\s+(?:on\s+\w+\s+)?(?:a\s+|the\s+)?(?:\w+\s+)?(?:resolution|decision)|decided|voted\s+to|ratified|approved\s+(?:a|the)\s+\w+|suspended|readmitted|reinstated|restored\s+\w+\s+membership|expelled)\b"),
    ("decision", False, r"\b(?:recalled\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats)|"
                        r"(?:severed|cut|broke\s+off|suspended|downgraded)\s+(?:(?:all|full|its|their)\s+)?(?:diplomatic\s+)?(?:relations|ties))\b"),
    ("agreement", False, r"\b(?:restored|re-?established|resumed|established|normali[sz]ed)\s+(?:(?:full|their)\s+)?diplomatic\s+(?:relations|ties)\b"
                         # "since re-establishing ties last month", "restored ties in March" (round 146)
                         r"|\b(?:restor(?:ed|ing)|re-?establish(?:ed|ing)|normali[sz](?:ed|ing))\s+(?:(?:full|their)\s+)?(?:diplomatic\s+)?(?:relations|ties)\b"),
    ("decision", False, r"\b(?:withdrew\s+from|(?:pulled|took)\s+(?:\w+\s+){0,2}?out\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:deal|agreement|accord|treaty))\b"),
    # no trigger verb of the usual kinds: an accord or a format that ends or is created on a day (not one that "would have
    # expired" without an extension: round 443)
    ("other", False, r"\b(?:deal|ceasefire|truce|accord|agreement|initiative|format|[Cc]ommittee|[Gg]roup|mechanism|corridor|office|[Cc]ommission)\b"
                     r"(?:,\s+[a-z][\w-]*ed\s+[^,;.⟦]{1,40},)?"  # "The previous truce, brokered by the UN, expired in October" (round 601)
                     r"\s+(?:(?!(?:would|could|might|should)\b)[\w-]+\s+){0,5}?(?:ceased\s+to\s+(?:function|exist)|expired|collapsed|lapsed|took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|(?:was|were)\s+(?:created|established|formed|set\s+up))\b"
                     # a truce "that ended in early October", not one "that ended the war" (round 601)
                     r"|\b(?:truce|ceasefire|cease-fire)\s+(?:that|which)\s+ended(?=\s+(?:in|on|last|early|late|earlier|at)\b)"),
    # the act named by its noun, pointing back at the news told just before (round 873): "X made the announcement on
    # Monday", "Y made this announcement after the talks"
    ("announcement", True, r"\b(?:announced|announces|announcing|(?:made|makes|making)\s+(?:the|this|that)\s+announcement)\b"),
    ("statement", True, r"\b(?:was\s+quoted\s+(?:by|in)|said|says|stated|states(?=\s+that\b)|told|tells|noted|notes(?=\s+that\b)|briefed|reaffirmed|reaffirms|recalled(?!\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats|delegation|staff)\b)|highlighted|pointed\s+out|acknowledged|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|added|declared|warned|warns|insisted|explained|revealed|disclosed|informed(?=\s+(?:that|reporters|journalists|the\s+(?:press|media))\b)|commented|remarked|reiterated|affirmed|confirmed|argued|claimed|asserted|wrote|posted|tweeted|welcomed|welcomes|hailed|hails|praised|praises|commended|commends|lauded|lauds|applauded|applauds|condemned|condemns|criticized|criticised|rejected|denied|expressed|[Aa]ccording\s+to|quoted|(?<![\w,;:]\s)(?<![\w,;:])(?:Declaring|Saying|Stressing|Warning|Insisting)(?=\s+⟦Q\d+⟧)"
                        r"|(?:issued|released|published|made\s+public|put\s+out|circulated)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|press\s+release|news\s+release)"
                        # the reader of a joint statement speaks it: "X read out the joint statement" (round 565)
                        r"|read\s+out\s+(?:a|an|the|its|his|her|their)\s+(?:[\w,-]+\s+){0,6}?(?:statement|communiqu[eé]|declaration)"
                        # "A statement shared by the ministry via X on Saturday lauded …" (round 139)
                        # "The following statement was issued today by the Spokesman for the Secretary-General:", the
                        # passive with its agent that opens the releases of the UN, the EU and ministries (round 862)
                        r"|(?:statement|communiqu[eé]|press\s+release|news\s+release)\s+(?:(?:was|has\s+been)\s+)?(?:released|issued|shared|published|posted|put\s+out|circulated|distributed)"
                        r"\s+(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]+day)\s+)?by)\b"),
]]
#: Words one of which a sentence must hold for the patterns of a group to be tried (a necessary condition, lowercase
#: where the patterns are): the groups below added some 2% to an article's extraction, tried on every sentence.
_GATES: dict[re.Pattern, re.Pattern] = {}
_WITH_GATES: list[tuple[str, bool, re.Pattern, re.Pattern | None, frozenset[str] | None, frozenset[str] | None]] = []
_PICK: list[WordPick] = []  # (`word_pick`: the patterns whose word sets a sentence's words pass, in order)


def _gated(patterns: list[tuple[str, bool, str]], words: tuple[str, ...], adverb: bool = True) -> list:
    compiled = [(t, s, re.compile(p.replace("{_ADV}", _ADV) if adverb else p)) for t, s, p in patterns]
    gate = re.compile("|".join(map(re.escape, words)))
    _GATES.update({pattern: gate for _, _, pattern in compiled})
    return compiled


TRIGGERS += _gated(ACTS, ("mbassy", "onsulate", "office", "mission", "prisoner", "captive", "detainee", "POW", "hostage",
                          "servicemen"))  # missions opened, prisoners freed (round 265)
TRIGGERS += _gated(APPOINTMENTS + MANDATES, ("appointed", "nominated", "named", "designated", "tapped", "picked",
                                             "chosen", "selected", "renew", "extend"))  # envoys appointed (358, 370), mandates renewed (415)
TRIGGERS[:0] = _gated(ANSWERED, ("rejected", "accepted", "approved", "endorsed", "vetoed"))  # a nominee answered (489)
TRIGGERS += _gated(MEETING_VERBS[:1], (",",))  # consultations held, with an aside (round 371)
TRIGGERS += _gated(MEETING_VERBS[1:2], ("Council",))  # a briefing to come (round 372)
TRIGGERS += _gated(MEETING_VERBS[2:3], ("hosting",))  # "is hosting the talks" (round 377)
TRIGGERS += _gated(MEETING_VERBS[3:], ("meeting",))  # "After meeting Sisi in Cairo" (round 650)
TRIGGERS += _gated(ARRIVALS, ("arriv", "landed", "lands"), adverb=False)  # "will be arriving in X on Thursday" (round 694)
TRIGGERS += _gated(ACCORD_EXITS, EXIT_WORDS, adverb=False)  # "quit the pact", "withdrew the JCPOA" (1197)
TRIGGERS += _gated(FORMATS_CREATED, CREATION_WORDS, adverb=False)  # "Established in 2012, WMCC is" (1260)
TRIGGERS += _gated(STATE_MEASURES, MEASURE_WORDS, adverb=False)  # "reimposed oil sanctions in April" (1261)
TRIGGERS += _gated(DEPARTURES, DEPARTURE_WORDS, adverb=False)  # "left on Sunday for Bahrain", "headed to X" (round 1105)
TRIGGERS += _gated(CONVERSATIONS, CONVERSATION_WORDS, adverb=False)  # "held discussions with X", "spoke with X" (1106)
TRIGGERS += _gated(HELD_DISCUSSIONS, HELD_DISCUSSION_WORDS, adverb=False)  # "X and Y held discussions on" (1290)
TRIGGERS += _gated(COUNTED_ACCORDS, COUNTED_ACCORD_WORDS, adverb=False)  # "struck 20 deals", "was initialed by" (1152)
TRIGGERS[:0] = _gated(HEADS_ASSEMBLIES, HEADS_WORDS, adverb=False)  # "the Assembly of … Heads of State was convened" (773)
TRIGGERS += _gated(PLURAL_MEETINGS, PLURAL_WORDS, adverb=False)  # "held meetings in Muscat with …" (774)
TRIGGERS += _gated(PLANS_TABLED, PLAN_WORDS, adverb=False)  # "handed Ukraine a memorandum" (round 955)
TRIGGERS[:0] = _gated(ACCORDS_TOLD + FREEZES, ("result", "culminat", "announc", "declar", "froze", "freez", "suspend",
                                               "halt", "paus", "ordered"), adverb=False)  # accords told (352), frozen (357)
TRIGGERS[:0] = _gated(INKED, ("inked", "inks", "penned", "pens"), adverb=False)  # "inked a deal" (round 653)
TRIGGERS[:0] = _gated(ACCORDS_EXTENDED, EXTENDED_WORDS, adverb=False)  # "the deal was extended" (round 1025)
TRIGGERS[:0] = _gated(TRUCES_DECLARED, ("truce", "ceasefire", "cease-fire"), adverb=False)  # one side's truce (410)
#: The other patterns get the gate their own words make (prefilter.py): a sentence without "met", "meets", "meet" … is
#: not searched for a meeting verb (most sentences hold the words of few of the table's patterns)
_GATES.update({p: g for _, _, p in TRIGGERS if p not in _GATES and (g := word_gate(p)) is not None})
#: Verbs that say a talk, round, meeting or summit happened or will happen.
HELD = gated(re.compile(r"\b(?:(?:is|are|was|were)\s+(?:set|due|expected|scheduled|planned|slated)\s+to\s+(?:be\s+held|take\s+place|start|begin|open|resume|convene|continue)|(?:was|were|is|are|will\s+{_ADV}be|to\s+{_ADV}be|would\s+{_ADV}be)\s+(?:held|convened|hosted)|(?:will|would|to)\s+{_ADV}host|took\s+place|occurred|(?:will\s+|to\s+)?take\s+place|(?:will|to|would)\s+{_ADV}(?:open|begin|start|end|resume|close|conclude)|opened|opens|began|begins|started|starts|launched|kicked\s+off|concluded|concludes|ended|ends|wrapped\s+up|closed|convened|resumed|resumes|continued(?!\s+to\b)|continues(?!\s+to\b)|got\s+under\s+way|(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:in\s+progress|under\s*way|ongoing|in\s+session|being\s+held|taking\s+place)|is\s+scheduled|are\s+scheduled|was\s+scheduled|were\s+scheduled|(?:is|are|was|were)\s+(?:planned|slated|envisaged)|is\s+set|are\s+set|is\s+due|are\s+due|is\s+expected|are\s+expected|held)\b".replace("{_ADV}", _ADV)))
#: A plural gathering noun as the subject right before a verb of happening: "Meetings will take place Monday", "The
#: consultations were held in Geneva" (not after a count, which makes a tally: `clauses._COUNTED`)
_PLURAL_SUBJECT = re.compile(r"(?:^|\b(?:[Tt]he|[Tt]heir|[Tt]hese)\s+|^(?:[A-Z][\w-]*\s+){0,2})(?:[\w-]+\s+){0,2}?"
                             r"(?P<noun>[Mm]eetings|[Ss]essions)\s+(?:(?:will|would|are|were|to|have|had|has)\s+)?(?:also\s+)?(?:be\s+)?$")
TALK_NOUN = re.compile(r"\b(?P<noun>round|talks|negotiations|consultations|meeting|session|conference|summit|forum|sitting)\b", re.I)
TALK_WORDS = frozenset("round talks negotiations consultations meeting session conference summit forum sitting".split())
#: The object of "end", "resume", "begin" when it is a conflict, not talks: "to end the Syrian crisis", "to end the war"
_ENDS_A_CONFLICT = re.compile(r"\s+(?:the|a|an|its|their|this|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?(?:crisis|war|conflict|fighting|violence|"
                              r"stalemate|deadlock|impasse|blockade|siege|occupation|hostilities|dispute|bloodshed|suffering|standoff|"
                              r"tensions|offensive|attacks?|strikes|bombing|shelling|war['’]s)\b", re.I)
#: The noun after "held" that the call pattern reads: "held a video conference with X" is one call, not a meeting too (658)
_VIDEO_NOUN = re.compile(r"\s+(?:a\s+|an\s+|their\s+)?(?:video\s*(?:conference|call)|(?:tele)?phone\s+(?:call|conversation|talks))\b", re.I)
#: A series told by its start (docs/extraction.md, "What counts": the start of a series is no event)
_SERIES_BEGAN = re.compile(r"\b(?:series|cycle)\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:that|which)\s+(?:had\s+|has\s+)?$", re.I)
#: Talks described by their start (round 831): "the dialogue, which began in 2019", "the process that was launched in
#: 2022", "two sets of talks launched in 2014": the series, not a session. The start told as the clause's own act ("since
#: the talks started in August 2003") may be their first session and stays
_SERIES_SUBJECT = re.compile(r"\b(?:talks|negotiations|dialogue|consultations|process|format|contacts)\b(?:\s+(?:between|with|of|on|"
                             r"over)\s+[^,;.⟦]{1,50}?)?(?:,?\s+(?:which|that)\s+(?:(?:had|have|has|were|was|first|formally|officially)"
                             r"\s+){0,2}|\s+(?P<bare>))$", re.I)
#: ... told by a month or a year, never a day: "in 2019", "in March", "in mid-June 2022", "since early 2020"
_IN_MONTH_OR_YEAR = re.compile(r"\s+(?:in|since)\s+(?:(?:early|mid|late)-?\s*)?(?:(?:January|February|March|April|May|June|July|"
                               r"August|September|October|November|December)\b(?!\s+\d{1,2}\b)(?:\s+\d{4})?|\d{4}\b)")
#: People whose starting or resuming is their talks: "Negotiators had started in Doha in September"
_NEGOTIATORS = re.compile(r"\b(?P<noun>negotiators|delegations|delegates|negotiating\s+teams)\s+(?:[\w'’-]+\s+){0,6}?(?:had\s+|have\s+|has\s+)?$", re.I)
#: A body told as convening, with no object: "Libya's joint military committee on Sunday convened" (round 544)
_BODY_CONVENED = re.compile(r"\b(?P<noun>[Cc]ommittee|[Cc]ommission|[Cc]ouncil)\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?$")
#: People told as convening, with no object: "Delegations from both sides convened in Geneva", "The foreign ministers
#: convened in Brussels on Monday" (round 865): "convened" with no gathering after it says they met
_PEOPLE_CONVENED = re.compile(r"\b(?P<noun>representatives|delegations|delegates|negotiators|ministers|officials|envoys|"
                              r"diplomats|mediators)\s+(?:[\w'’-]+\s+){0,6}?(?:had\s+|have\s+|has\s+)?$", re.I)
#: The head noun of a subject that names its parties: "The meeting between X and Y", "Talks of the ministers of X and Y"
_HEAD_NOUN = re.compile(r"(?:^|\b[Tt]he\s+|\b[Aa]n?\s+)(?:[\w-]+\s+){0,3}?(?P<noun>talks|negotiations|consultations|meeting|session|conference|summit|round)s?\s+(?:between|of|with)\s", re.I)
#: What may stand between a subject's head noun and its verb without ending the clause: a list of names ("Egypt, Sudan,
#: and Ethiopia"), an abbreviation in brackets ("(GERD)"), an aside between commas ("…, interrupted for four years after
#: starting in 2017, resumed")
_ASIDES = re.compile(r"\([^()]{1,40}\)|(?<=[A-Za-z]),\s+(?=(?:and\s+)?(?:the\s+)?[A-Z])|,\s+(?:interrupted|suspended|stalled|launched|started|"
                     r"begun|mediated|brokered|hosted|sponsored|facilitated|held|chaired|led)\b[^,;:⟦]{0,80},")
#: The head noun of a sentence's subject: "The Permanent Conference on Political Issues …"
_SUBJECT_HEAD = re.compile(r"\s*(?:The|A|An|This)\s+(?:[\w-]+\s+){0,3}?(?P<noun>conference|meeting|talks|negotiations|consultations|"
                          r"session|summit|round|forum)\b", re.I)
#: First-person acts inside a quote that make the speaker's words a proposal.
PERFORMATIVE = gated(re.compile(r"\b(?:we|I)\s+(?:(?:would|should|wish|want|like|to)\s+){0,3}(?:\w+\s+)?"
                                r"(?:propose|suggest|call\s+on|call\s+upon|call\s+for|urge|appeal\s+to|offer|invite)\b", re.I))
#: (round 733: a modal before the verb, "I would like to appeal to all delegates to …", "we want to urge", is the call too)
#: Words that say something must be done, which the guideline makes a proposal: "it is necessary to hold talks" (round 118)
NECESSARY = gated(re.compile(r"\bit\s+is\s+(?:(?:therefore|also|now|still)\s+)?(?:necessary|essential|imperative)\s+(?:for\s+(?:[\w'’.-]+\s+){1,5}?)?to\b", re.I))
FUTURE = fast_start(re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|to\s+be|scheduled|planned|expected|due|set\s+to|slated|next|upcoming|plans?\s+to|intends?\s+to)\b", re.I))  # (first letters tested once a boundary)


#: An event told in a noun phrase with its own date: "the November 9, 2020 agreement" (the date first, with a year) ...
NOUN_AFTER_DATE = re.compile(r",?\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>agreement|deal|accord|treaty|ceasefire|truce|summit|declaration|memorandum|(?:tele)?phone\s+call|call)\b"
                             r"|\s+(?:[\w’'-]+\s+){0,3}?(?P<name>(?i:agreement|accord|treaty|declaration|memorandum|summit))(?=s?\b)")  # a named
#: one, capitals and all: "the 2018 Revitalized Agreement", "its 2000 Memorandum of Understanding" (round 945)
#: A day of a month with no year, which premodifies a deal's noun as a year does: "the June 27 Washington agreement", "their
#: 14 February truce" (news English names a deal by the day it was reached; round 980)
_DAY_OF_MONTH = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})")
_DEAL = re.compile(r"(?i:agreement|deal|accord|treaty|cease-?fire|truce|declaration|memorandum)")
#: The words a year that premodifies its event's noun comes after: "the 2015 deal", "Iran's 2007 summit" (round 945)
_NOUN_DATED_AFTER = re.compile(r"(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir|\bhis|\bher|\bour|\w['’]s)\s+$")
#: ... or "the no-deal summit between X and Y in February", "a donors' conference in London on Thursday", "the Peru-U.S.
#: negotiations in Oslo in March" (round 134) (the noun first;
#: a truce or ceasefire only as the head of its phrase: "ended with a cease-fire in 1994", not "the truce village")
NOUN_BEFORE_DATE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]fter|[Ff]ollowing)\s+(?:[\w'’-]+(?:\.[\w'’-]*)*\s+){0,3}?|(?<=\w)['’]s\s+(?=visit\b))(?P<noun>visit(?: to(?= [A-Z]))?|summit|meeting|conference|(?:Summit|Meeting|Conference)(?![ \t]+[A-Z])|[Cc]ongress|[Ff]orum|agreement|deal|accord|treaty|[Dd]eclaration|[Mm]emorandum|(?:cease-?fire|truce)(?!\s+(?!(?:in|on|at|of|was|between|with)\b)[a-z]+\b)|talks|[Dd]iscussions|negotiations|consultations)"
                              r"(?P<gap>(?:\s+(?!(?:said|says|is|are|has|have|had|will|would|that|which|who|after|before|since|until|amid|following|during|to|began|begun)\b|[a-z]+ed\b)[\w.'’-]+){0,12}?)(?:\s+(?:was|were))?(?:\s+(?:scheduled|planned|set|slated)(?:\s+(?:for|on))?)?(?:\s+(?:in|on))?\s+$")
#: A gathering told as "due" on its date, with no article before it or an aside before "due" (round 832): "a delegation
#: for consultations on Afghanistan due on October 20", "a meeting of the two ministers, due next Wednesday"
_DUE_BEFORE_DATE = re.compile(r"\b(?P<noun>talks|negotiations|consultations|meeting|summit|conference)\s+(?:[\w'’.-]+\s+){0,6}?"
                              r"(?:[\w'’.-]+,\s+)?due\s+(?:(?:on|in|at|for)\s+)?$", re.I)
#: What may follow an event noun before its date (the tail of `NOUN_BEFORE_DATE`), for the plural of `paired_summits`
_NOUN_TAIL = NOUN_BEFORE_DATE.pattern[NOUN_BEFORE_DATE.pattern.index("(?P<gap>"):]
_NOUN_TYPE = {"visit": "visit", "visit to": "visit", "agreement": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement", "declaration": "agreement", "memorandum": "agreement",
              "call": "call", "phone call": "call", "telephone call": "call",
              "ceasefire": "agreement", "cease-fire": "agreement", "truce": "agreement", "summit": "summit", "meeting": "meeting", "conference": "meeting",
              "congress": "meeting", "forum": "meeting",
              "talks": "talk_round", "discussions": "talk_round", "negotiations": "talk_round", "consultations": "meeting"}


#: A deal that ends, told as a noun before the deal: "the collapse of a ceasefire on March 18" (round 174; the guideline's
#: `other`, "a deal ceasing to function")
_ENDED_DEAL = re.compile(r"\b(?:collapse|breakdown|expiry|expiration|lapse)\s+of\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|set|slated)(?:\s+(?:for|on))?\s+(?:the\s+)?$")


#: The heads a gathering's name says it is of, just before its noun: "Leaders' Meeting", "Prime Ministers' Conference" (982)
_HEADS_NAMED = re.compile(r"\b(?:Leaders|Heads\s+of\s+(?:State|Government)|Prime\s+Ministers|Presidents)['’]?\s+$")


#: A noun named by its date with "of": "the six-point agreement of 12 August 2008", "the Declaration of May 11" (round 670)
_NAMED_BY_DATE = re.compile(r"(?:[Aa]greement|[Dd]eal|[Aa]ccord|[Tt]reaty|[Dd]eclaration|[Mm]emorandum|[Cc]ease-?fire|[Tt]ruce)\s+of\s+")


#: The words before a noun that make it the topic of another act, not an event with the date after it (round 267)
#: A dated deal named as the goal of talks told in the same sentence, "talks to revive the 2015 deal", "negotiations aimed
#: at the revival of its 2015 accord": the words name what the talks are about (their process), no act of its own (945)
_GOAL_OF_TALKS = re.compile(r"\b(?:talks|negotiations|dialogue|consultations)(?:\s+(?:with|in|between|on)\s[^,;.⟦]{0,35}?)?\s+(?:to|on|over|"
                            r"about|for|aimed\s+at|towards?)\s+(?:(?!(?:and|but|which|that|who|while|\w+ed)\b)[\w'’-]+\s+){0,4}?(?:the|its|their)\s+$",
                            re.I)  # (not "talks built on the …", "talks on Monday and praised the …")
_TOPIC_OF = re.compile(r"\b(?:discuss|discussed|discusses|discussing|talk\s+about|talked\s+about|talks\s+about|about|regarding|"
                       r"concerning)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def noun_triggers(text: str, dates: list, taken: list[Trigger]) -> list[Trigger]:
    """Events named by a noun with a date of their own ("the 2020 agreement", "a summit in Hanoi in February")."""
    found: list[Trigger] = []
    for d in dates:
        apart = False  # set when the noun may own this date only because the sentence's verbs have dates of their own
        m = NOUN_AFTER_DATE.match(text, d.end) if (re.search(r"\d{4}", d.text) or _DAY_OF_MONTH.fullmatch(d.text)) and \
            _NOUN_DATED_AFTER.search(text, max(0, d.start - 7), d.start) else None  # (a day of a month too: "the June 27 accord")
        if m is not None and not re.search(r"\d{4}", d.text) and not _DEAL.fullmatch(m.group("noun") or m.group("name")):
            m = None  # a day names a deal only ("the May 20 summit" is a planned one, which other rules read)
        own = day_noun(text, d.start, d.end, d.text) if m is None and not any(not t.speech for t in taken) else None
        if m is not None:
            start, end, noun = d.end, m.end(), m.group("noun") or m.group("name")  # the span touches the date: its own
            if _GOAL_OF_TALKS.search(text, max(0, d.start - 100), d.start):
                continue
        elif own is not None:  # "yesterday's talks in Brussels were helpful" (round 351)
            found.append(Trigger(DAY_NOUN_TYPE[own.group("noun").lower()], d.start, own.end(), text[d.start:own.end()]))
            continue
        elif any(not t.speech for t in taken) and not _PLANNED_FOR.search(text[max(0, d.start - 30):d.start]) and not (
                CLOSED_AT.search(text[max(0, d.start - 90):d.start]) and all(  # "adopted a statement at the end of their
                    t.speech or DOCUMENT_VERB.match(t.text) for t in taken)) and not (apart := verbs_dated_apart(  # summit
                text, d, dates, [t for t in taken if not t.speech])):  # on Tuesday": the summit too (264); "met on Monday, a
            # week after their talks in Cairo on May 2": the verb has its own date, this one is the noun's (round 861)
            continue  # "adopted a statement at the end of the two-day meeting on Wednesday": the verb's event owns the date
            # (not "ahead of a summit of their leaders planned for April": that date is the summit's own)
        else:
            window = text[max(0, d.start - 160):d.start]
            m = fast(NOUN_BEFORE_DATE).search(window)
            while m is not None and (later := fast(NOUN_BEFORE_DATE).search(window, m.start() + 1)) is not None:
                m = later  # the noun nearest the date: "a treaty between the Washington talks last week" is the talks
            if m is None and "due" in window:  # "for consultations on Afghanistan due on October 20" (round 832)
                m = _DUE_BEFORE_DATE.search(window)
            pair = paired_summits.before_date(window, _NOUN_TAIL)  # "the 44th and 45th Summits in October" (round 690)
            if pair is not None and (m is None or pair.start("noun") > m.start("noun")):
                m = pair
            if m is None or re.search(r"\b(?:press|news)\s+conference\b|\bbriefing\b", m.group(), re.I) or "⟦" in m.group():
                continue
            offset = max(0, d.start - 160)
            if apart and not in_adjunct(text, offset + m.start()):
                continue  # "submitted the principles of the treaty in February": the date of a verb no trigger knows
            start, end, noun = offset + m.start("noun"), d.start, m.group("noun")
        if any(t.speech and t.text not in ("told", "tells") and 0 <= start - t.end <= 30 and not re.search(r"[,;⟦]|\bthat\b", text[t.end:start]) for t in taken) \
                and not _NAMED_BY_DATE.fullmatch(text, start, d.start) and start != d.end:  # (nor "praised the 2015 deal")
            continue  # "announced the latest talks on Tuesday": the object of the speech act, reported by it (but "recalled
            # the agreement of 12 August 2008" names a past act by its own date: round 670)
        if any(start < t.end and t.start < end for t in taken + found):
            continue  # a verb already reports it ("held talks in Geneva on Monday")
        if end == d.start and _TOPIC_OF.search(text, max(0, start - 50), start):
            continue  # "would discuss the grain deal with Putin by phone on Monday": the deal is the topic, the day the call's
        kind = _NOUN_TYPE[noun.lower()]
        if kind == "agreement" and _ENDED_DEAL.search(text, max(0, start - 60), start):
            kind = "other"  # "after the collapse of a ceasefire on March 18": the deal ceasing, an act of its own (round 174)
        if kind in ("meeting", "talk_round") and re.search(r"\bbetween\s+(?:the\s+)?(?:leaders|presidents|heads\s+of\s+state)\b",
                                                           text[start:d.end + 80]):
            kind = "summit"  # "a meeting ... on June 30 between the leaders of X and Y"
        if kind == "meeting" and _HEADS_NAMED.search(text, max(0, start - 30), start):
            kind = "summit"  # "the 12th Nordic Leaders' Meeting": a meeting of heads is a summit (round 982)
        found.append(Trigger(kind, start, end, text[start:end]))
    return found


#: A trigger that ends on its gathering's noun ("to hold the next meeting"), whose name may make it one of heads (871)
_GATHERING_TAIL = re.compile(r"(?i:meeting|session|conference)(?=(?:\s+in\s+)?$)")
#: The event noun a "will be in <Place>" is said of, in its own clause: "The next round of talks will be in Geneva" (round 130)
_BE_IN_SUBJECT = re.compile(TALK_NOUN.pattern + r"(?=[^,;⟦]*$)", re.I)


#: a verb in -ing, after "is", "was", "were": the progressive, an act of the subject's (not a passive)
_PROGRESSIVE = re.compile(r"[a-z]+ing\b")


def find_triggers(text: str) -> list[Trigger]:
    """Every trigger phrase in a sentence, earlier patterns winning overlaps."""
    return list(_triggers(text))  # a copy: the caller's to change


@per_article  # they depend on the words alone, and a page with no date is read twice (`undated_pages`)
def _triggers(text: str) -> list[Trigger]:
    found: list[Trigger] = []
    if len(_WITH_GATES) != len(TRIGGERS):  # made once, with each pattern's gates beside it (no lookup a sentence): a
        # group's letters and the pattern's own words, tested here on the sentence's word set (no call a pattern)
        _WITH_GATES[:] = [(t, s, p, None if isinstance(_GATES.get(p), WordGate) else _GATES.get(p), required_words(p),
                           second_words(p)) for t, s, p in TRIGGERS]  # (and a second word set, where one is: `second_words`)
        _PICK[:] = [WordPick([(need, also) for *_, need, also in _WITH_GATES])]  # the open ones found from the words
    passed: dict[re.Pattern, bool] = {}  # each group's gate read once a sentence
    for event_type, speech, pattern, gate, _, _ in map(_WITH_GATES.__getitem__, _PICK[0](words_of(text))):
        if gate is not None:
            if gate not in passed:
                passed[gate] = gate.search(text) is not None
            if not passed[gate]:
                continue
        for m in fast(pattern).finditer(text):  # (`fast_start`'s form, made when first needed)
            if any(m.start() < t.end and t.start < m.end() for t in found):
                continue
            if speech and re.search(r"\b(?:be|been|being|is|was|were|are|will|would|could|may|might|should|must|can|cannot|to)\s+$",
                                    text[max(0, m.start() - 8):m.start()]) and not _PROGRESSIVE.match(text, m.start()) and not (
                    re.match(r"\s+by\s", text[m.end():]) and re.search(r"\b(?:is|was|were|are|been)\s+$", text[max(0, m.start() - 8):m.start()])):
                continue  # passive or modal: "be declared the last one", "would propose" report no act; a passive with its
                # agent is the agent's act: "The date was announced by the ministry on Tuesday" (round 126)
                # (the progressive is active: "was offering a roadmap", "is circulating a draft": round 955)
            if speech and negated_speech(text, m.start(), m.group()):
                continue  # "has not confirmed", "Neither X nor Y has said": no one spoke (round 1040)
            if speech and re.search(r"\b(?:what|whatever)\s+(?:[\w'’.-]+\s+){1,5}$", text[max(0, m.start() - 50):m.start()]):
                continue  # "it matters what the Kosovo leader said": the object of other words, no act of its own
            if event_type == "visit" and m.group().endswith(" in") and (noun := _BE_IN_SUBJECT.search(text, max(0, m.start() - 60), m.start())):
                event_type = {"summit": "summit", "meeting": "meeting", "conference": "meeting", "forum": "meeting",
                              "consultations": "meeting"}.get(noun.group("noun").lower(), "talk_round")  # "the talks will be in X"
            if event_type in ("meeting", "talk_round") and (tail := _GATHERING_TAIL.search(m.group())) \
                    and heads_gathering(text[:m.start() + tail.start()], text[m.start() + tail.end():]):
                event_type = "summit"  # "will hold the next meeting of the Supreme Eurasian Economic Council" (871)
            found.append(Trigger(event_type, m.start(), m.end(), m.group(), speech))
    for m in HELD.finditer(text):
        if any(m.start() < t.end and t.start < m.end() for t in found):
            continue
        if _VIDEO_NOUN.match(text, m.end()):
            continue  # "held a video conference with X": the call pattern's, not a second event, a meeting (round 658)
        if _ENDS_A_CONFLICT.match(text, m.end()):
            continue  # "in order to end the Syrian crisis", "resumed the fighting": the verb's object is no talks
        if _SERIES_BEGAN.search(text, max(0, m.start() - 60), m.start()) and re.match(r"began|begun|started|kicked|launched|opened", m.group()):
            continue  # "the latest in a series that began in 2021": the start of a series, no event (round 655)
        if re.match(r"began|started|kicked|launched", m.group()) and _IN_MONTH_OR_YEAR.match(text, m.end()) \
                and (series := _SERIES_SUBJECT.search(text, max(0, m.start() - 90), m.start())) \
                and (series.group("bare") is None or m.group() == "launched"):  # ("talks launched in 2014": a participle)
            continue  # "the dialogue, which began in 2019", "when the talks started in March": a series' start (round 831)
        after = list(fast(TALK_NOUN).finditer(text[m.end():m.end() + 50]))
        # "would host the talks" names its event after the verb; "the meeting it would host" is a reference
        window = text[max(0, m.start() - 90):m.start()]
        nouns = list(fast(TALK_NOUN).finditer(window))
        if nouns and re.search(r"\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", window[:nouns[-1].start()]):
            window = text[max(0, m.start() - 200):m.start()]  # the noun sits in an of-phrase: look for its head further back
            nouns = list(fast(TALK_NOUN).finditer(window))
        if not nouns and not after and (plural := _PLURAL_SUBJECT.search(window)):
            nouns = [plural]  # "Meetings will take place on Monday in Cairo": the plural subject just before (round 864)
        nouns = after[:1] if m.group().endswith("host") else (nouns or after)
        if "ummits" in text and (pairs := paired_summits.paired_summits(
                text[m.end():m.end() + 60] if m.group().endswith("host") else window)):
            nouns = pairs[-1:]  # "The 44th and 45th Summits and related meetings are set to be held" (round 690)
        if not nouns and re.search(r",\s+which\s+$", text[max(0, m.start() - 9):m.start()]):
            subject = _SUBJECT_HEAD.match(text)  # "The Permanent Conference on … of the Conflict, which took place on
            nouns = [subject] if subject else []  # 29 and 30 May": the sentence's subject, however long its name
        if not nouns:  # "The meeting between <a long title and name> and <another> took place": the head is further back
            far = text[max(0, m.start() - 240):m.start()]
            heads = list(_HEAD_NOUN.finditer(far))
            rest = _ASIDES.sub(" ", far[heads[-1].end():]) if heads else ""  # the clause between the head and the verb
            if (not heads or re.search(r"[,;:⟦]|\b(?:said|says|told|that|which|who|when|after|before)\b", rest)) \
                    and re.search(r"\b(?:started|began|resumed|reconvened)\b", m.group()) and (
                    people := _NEGOTIATORS.search(text[max(0, m.start() - 60):m.start()])):
                heads = [people]  # "Negotiators had started in Doha in September": the talks started
            elif (not heads or re.search(r"[,;:⟦]|\b(?:said|says|told|that|which|who|when|after|before)\b", rest)) \
                    and m.group() == "convened" and (body := _BODY_CONVENED.search(text[max(0, m.start() - 60):m.start()])
                                                     or _PEOPLE_CONVENED.search(text[max(0, m.start() - 60):m.start()])):
                heads = [body]  # "The joint committee on Sunday convened for the first time": the body met (round 544);
                # "Iranian and European representatives convened on Friday in Istanbul": they met (round 865)
            elif not heads or re.search(r"[,;:⟦]|\b(?:said|says|told|that|which|who|when|after|before)\b", rest):
                continue
            nouns = heads[-1:]
        while nouns is not after and len(nouns) > 1 and re.fullmatch(r"\s+of\s+[^,.;:⟦]*", window[nouns[-2].end():nouns[-1].start()]):
            nouns = nouns[:-1]  # "a meeting of the foreign ministers of the Astana talks ... could be held": the head is the meeting
        noun = nouns[-1].group("noun").lower()
        event_type = "summit" if noun == "summit" else "meeting" if noun in (
            "meeting", "conference", "forum", "consultations", "committee", "commission", "council") else "talk_round"
        if event_type in ("meeting", "talk_round") and heads_gathering(nouns[-1].string[:nouns[-1].start("noun")],
                                                                     nouns[-1].string[nouns[-1].end("noun"):]):
            event_type = "summit"  # "the ASEAN Leaders' Meeting was held", "the meeting of the Council of Heads of State" (871)
        if noun in ("round", "session") and NOT_TALKS_ROUND.match(window if nouns is not after else text[m.end():m.end() + 50],
                                                                   nouns[-1].end()):
            event_type = "other"  # "The last round of family reunions took place in 2018": no talks (round 174)
        found.append(Trigger(event_type, m.start(), m.end(), m.group()))
    found += [Trigger("talk_round", m.start(), m.end(), m.group())  # "For the past four days, X and Y were negotiating"
              for m in progressive_talks(text, [(t.start, t.end) for t in found])]  # (round 693)
    if not any(not t.speech for t in found):  # "X and Y discussed the summit": a meeting when nothing else reports one
        m = DISCUSSED.search(text)
        named = m is not None and re.search(r"\b(?!They\b|The\b|It\b)[A-Z][\w'’-]+\s+$", text[max(0, m.start() - 40):m.start()])
        if named and not re.search(r"\b(?:tele)?phone\b|\bvideo\s*(?:call|link|conference)\b", text[m.end():]) and not any(m.start() < t.end and t.start < m.end() for t in found):
            found.append(Trigger("meeting", m.start(), m.end(), m.group()))
    return sorted(found, key=lambda t: t.start)


#: A named subject of "discussed" ("Putin and Merkel discussed"; not "They discussed", "were discussed"): they met
DISCUSSED = gated(re.compile(r"\b(?:(?:have|has|had)\s+)?discussed\b"))
