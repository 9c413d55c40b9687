"""The words around an event's verb that the candidate rules (`events`, `assemble`) read: who attends, plans, is
pressed, speaks in the background, negates; patterns only."""
from __future__ import annotations

import re
from tracker.extract.prefilter import fast_start, gated
from tracker.extract.skip_to import skipping

_PLURAL_OF = re.compile(r"\b(?i:ministers|leaders|heads|delegations|presidents|envoys|representatives|governments|negotiators|members|"
                        r"delegates|officials|diplomats|chiefs)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]+,?\s+(?:and\s+)?(?:the\s+)?){0,4}$")
#: One person or a team acting for the body named after "of" or "from", which so takes part in the meeting the clause
#: tells: "a delegation of the X met", "the chairperson of the X Commission received", "officers of X and Y held talks"
#: (round 951). Only for taking part: the speaker of "the head of the X mission said" stays the person.
_AGENT_OF = re.compile(r"\b(?i:delegation|representative|envoy|negotiator|delegate|head|chief|leader|chairperson|chair(?:man|woman)|"
                       r"officers|commanders|team)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]+,?\s+(?:and\s+)?(?:the\s+)?){0,4}$")
#: A joint body named by the states it joins, as the subject of its meeting: "The Joint Border Commission of X and Y met"
_BODY_OF = re.compile(r"\b(?:[Cc]ommittee|[Cc]ommission|[Mm]echanism|[Ww]orking\s+[Gg]roup)\s+of\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’.-]+,?\s+(?:and\s+)?(?:the\s+)?){0,4}$")
#: The occasion of words, between their speaker and the verb: "X at a joint press conference said", "X at a briefing on
#: Monday said" (round 263)
_OCCASION = (r"(?:(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:joint\s+)?(?:press\s+conference|news\s+conference|"
             r"press\s+briefing|briefing)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?)?")
#: between a subject and its verb: an aside in commas or dashes ("The army -- at war for months -- said", round 534),
#: an adverb of repetition ("X, Russian Foreign Minister, once again stated": round 549)
_AFTER_SUBJECT = re.compile(r"^\s*,?\s*(?:,[^,]{0,80},\s*|(?:--|[—–])[^—–⟦]{1,80}?(?:--|[—–])\s*)?(?:\w+ly\s+|(?:once\s+|yet\s+)?again\s+)?(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)?" + _OCCASION + "$")
#: Words that send someone to a gathering named next, which is not the one the sentence's verb reports (round 172)
_ATTENDING = re.compile(r"\bto\s+(?:participate\s+in|take\s+part\s+in|attend)\s+(?:the\s+)?$", re.I)
#: The people a numbered meeting is of, told right after it: " of the foreign ministers of " (round 172)
_ROUND_OF_PEOPLE = gated(re.compile(r"\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:ministers|leaders|presidents|heads\s+of\s+(?:state|government)|"
                                    r"delegations|representatives)\s+of\s+(?:the\s+)?", re.I))
#: A deal someone is pressed to reach, which no one has reached: "put pressure on X to reach a deal" (round 174)
_PRESSED_TO = re.compile(r"\b(?:pressure|pressured|press|pressing|push|pushing|force|forcing)\s+(?:on\s+)?(?:[\w'’-]+\s+){0,3}?to\s+$", re.I)
#: A sentence that opens on the talks its main clause took place at: "At talks in Switzerland last month, …" (round 175)
_AT_TALKS = re.compile(r"\s*(?:At|During|As\s+a\s+result\s+of)\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?"
                       r"(?P<noun>talks|negotiations|(?i:meetings?)|consultations|session)\s+"
                       r"(?:in|at|on|last|this|held|from)\b[^,;⟦]{0,80},")  # "During the third X-Y Foreign Ministers' Meeting in June 2022," (round 1306)
#: A meeting held for talks, in the verb's own clause: "have been meeting since Saturday in Jeddah for pre-negotiation
#: talks" (round 176): a session of the process's talks when it holds standing ones
_FOR_TALKS = re.compile(r"[^,;.⟦]{0,60}?\bfor\s+(?:[\"“‘']?[\w-]+\s+){0,2}?[\"“‘']?(?:talks|negotiations)\b")
#: Words that put one act before the next in a sentence: "X visited China, followed by Y traveling to Beijing on March 6"
_THEN = re.compile(r"\bfollowed\s+by\b|,\s+(?:and\s+)?then\b|\bbefore\b", re.I)
#: The verbs of a document produced (round 178), as the agreement trigger has them
_DRAFTED = re.compile(r"(?:developed|drafted|drew\s+up|worked\s+out|initial(?:l)?ed)\s")
#: Words that make a gathering known in the speaker's own act (round 173): "said he (had) scheduled the meeting", "said in
#: an invitation to the parties" (docs/extraction.md, "Types": an announcement makes a future event known)
_MAKES_KNOWN = gated(re.compile(r"\bin\s+(?:an?|the|his|her|its|their)\s+(?:letter\s+of\s+)?invitation\b|\b(?:he|she|they|it|we|I)\s+(?:had\s+|has\s+|have\s+)?"
                                r"scheduled\s+(?:the|a|an|this|next|new)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|round|summit|session|"
                                r"negotiations|consultations)\b"
                                # "said it had accepted an invitation to resume the talks": a gathering to come (round 547)
                                r"|\baccepted\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+)?invitation\s+(?:from\s+[^,;.⟦]{1,60}?\s+)?to\s+"
                                r"(?:resume|attend|join|hold|take\s+part|participate|travel|visit|come)\b"
                                # "confirmed the resumption of negotiations", "announced on Monday the start of a new round"
                                r"|\b(?:confirmed|confirms|announced|announces)\s+(?:on\s+\w+\s+|\w+day\s+)?(?:the|an?)\s+"
                                r"(?:resumption|start|opening|launch|holding|convening)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                                r"(?:talks|negotiations|dialogue|round|meeting|session|summit)\b"))  # (round 739)
#: The formula of an unnamed source between it and its verb (round 572): "A senior U.S. official who spoke on condition
#: of anonymity to discuss the talks said", "An official, who asked not to be named, told": no part of the subject
ANONYMOUS = gated(re.compile(r",?\s+(?:who|speaking|talking)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:on\s+)?(?:the\s+)?condition\s+of\s+anonymity|"
                             r"(?:requested|sought|insisted\s+on)\s+anonymity|(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)|"
                             r"declined\s+to\s+be\s+(?:named|identified)|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)(?:\s+(?:publicly|on\s+the\s+record))?)"
                             r"(?:\s+(?:to|because|as|since|about|on)\s+[^,;⟦.]{0,90}?)?(?:,|(?=\s+(?:said|says|told|added|stated|noted)\b)|\s*$)"))
#: An aside set off by dashes between a subject and its verb: "The army -- at war for six months -- said" (round 546)
_DASHED = re.compile(r"\s(?:--|—|–)\s[^-—–⟦.;]{1,100}?\s(?:--|—|–)\s")
#: A title to a place between the speaker and the verb: "The UN special envoy to Yemen has said" (round 128)
_TITLE_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:envoy|representative|ambassador|coordinator|mediator|negotiator|commissioner|rapporteur)"
                        r"\s+(?:to|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:has|have|had|also)\s+)?")
#: The rest of a person's title in apposition, up to the comma before the verb: " faction and other groups at the talks, "
_APPOSITION_REST = re.compile(r"[^,;:⟦“”\"()]{1,100},\s*(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+|also\s+)?")
#: A reported event that is being planned, with or without its date: "X and Y are arranging a meeting, Z said" (round 132)
_PLANNING = re.compile(r"(?:plans?|planned|planning|intends?|intend)\s+to\s|(?:is|are|was|were)\s+(?:arranging|preparing|organi[sz]ing|planning)\s")
_ANNOUNCED_EVENT = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:talks|round|meeting|summit|negotiations|visit|date|session)\b"
                             r"|\s+(?:on\s+\w+\s+)?(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:extension|renewal|prolongation)\s+of\b")  # "announced on Wednesday the extension of the deal" (444)
#: A gathering as the subject of the passive "announced" (round 987): "The meeting was initially announced by X", "the
#: talks, announced by Y on Monday, …": the words that made it known are X's announcement, as "X announced the talks" is
_GATHERING_BEFORE = r"\b(?:talks|round|meeting|summit|negotiations|visit|session|consultations|conference|trip)"
_ANNOUNCED_PASSIVE = re.compile(_GATHERING_BEFORE + r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.I)
_ANNOUNCED_BY = re.compile(_GATHERING_BEFORE + r"(?:\s*,)?\s+(?:\w+ly\s+)?$", re.I)  # "the talks, announced by X": with "by" only


def announced_passive(before: str, after: str) -> bool:
    """True when a gathering is the subject of the passive "announced" (`before` and `after` the verb)."""
    return bool(_ANNOUNCED_PASSIVE.search(before) or re.match(r"\s+by\b", after) and _ANNOUNCED_BY.search(before))
#: A time word in a quote that plans something ("we will hold the next round in May"); checked without resolving it.
_WHEN = skipping(re.compile(r"\b(?:next|tomorrow|soon|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?)\b"),  # `re` skips to the first
                 {(ord(c), False) for c in "ntsJFMASNDOTW0123456789"} | {(0x660, True)})  # letters and digits (a case-blind
# point beyond ASCII brings every character there, as `\d` matches digits of other scripts)
#: A quote that makes a planned event known without a time word: "plan to call a meeting …, and the venue might be Astana"
_PLAN_WORD = gated(re.compile(r"\b(?:plans?\s+to\s+(?:call|hold|convene|organi[sz]e)|planning\s+to\s+(?:call|hold|convene)|is\s+being\s+prepared|"
                        r"are\s+preparing|the\s+venue)\b", re.I))
#: Round 655: the numbers past twelve in words ("nineteen rounds of talks", "twenty-one meetings") and "a dozen" (also as
#: "a dozen times") count as the digits do
_MANY = r"(?:(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty)(?:-\w+)?|(?:more\s+than\s+|over\s+|about\s+)?a\s+dozen)"
_COUNTED = skipping(re.compile(r"\b(?:a\s+total\s+of|several|multiple|numerous|dozens\s+of|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|" + _MANY + r"|\d{1,3})\s+(?:(?:[\w]+-level|formal|informal|previous|direct|indirect|separate|bilateral|"
                      r"trilateral|high-level|rounds?\s+of)\s+){0,2}(?:rounds|meetings|sessions|ceasefires|truces|summits|visits|"
                      r"conferences)\b"
                      # a count or a habit of the verb itself: "have met several times this year", "the sides have met
                      # regularly in Vienna", "visited Moscow three times" (round 266), "has held talks only twice" (615)
                      r"|\b(?:met|meet|meeting|spoke|spoken|talked|visited|held\s+talks)\s+(?:[\w'’.-]+\s+){0,4}?(?:(?:several|many|numerous|"
                      r"multiple|a\s+number\s+of|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|" + _MANY + r"|\d{1,3})\s+times\b|twice\b|thrice\b)"
                      r"|\b(?:have|has|had)\s+(?:been\s+)?(?:met|meeting|held\s+talks|spoken|talked)\s+(?:[\w'’.-]+\s+){0,2}?"
                      r"(?:regularly|repeatedly|frequently|often|periodically)\b", re.I),  # (`re` skips to the first letters
                      {(ord(c), True) for c in "asmndtfeovh"} | {(ord(c), False) for c in "0123456789"})  # and digits: see `_WHEN`)
_BACKGROUND_SPEECH = gated(re.compile(r"^\s*(?:(?:Previously|Earlier|Recently|In the past|Before that|Formerly)\b(?!\s+(?:on|today|this|in\s+the\s+day))"
                                # "Later, X said", "Soon afterwards, X said" with no day of their own (round 425)
                                r"|(?:Later|Afterwards|(?:Soon|Shortly)\s+afterwards?)\s*,(?!\s*(?:on|in|at|today|this|that|last|next|"
                                r"\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)))"))
#: "X wrote in a piece recently that ...": the speech act itself is dated "recently", i.e. background
_BACKGROUND_AFTER = re.compile(r"(?:\s+(?!that\b)[\w'’.-]+){0,8}?\s+(?:recently|previously|earlier)(?=\s+that\b|\s*,)")
#: "X later said", "X earlier told": an adverb of another time right before the speech verb, background
_BACKGROUND_BEFORE = fast_start(re.compile(r"\b(?:later|earlier|previously|recently)\s+(?:also\s+)?$|\b(?:has|have|had)\s+(?:also\s+)?(?:repeatedly|long|always|"
                                r"often|consistently|frequently|time\s+and\s+again|again\s+and\s+again|many\s+times|on\s+several\s+occasions|"
                                r"on\s+many\s+occasions|routinely)\s+(?:also\s+)?$", re.I))  # "has repeatedly said": habitual, no act of one day
#: The subject of a meeting verb is heads of state or government: "the leaders of X and Y (are scheduled to) meet"
_LEADERS_MEET = re.compile(r"\b(?:[Tt]he\s+(?:two\s+)?(?:leaders|presidents)|[Hh]eads\s+of\s+state|[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+\s+(?:leaders|presidents))\b(?:\s+of\s+[A-Z][\w'’-]+(?:\s+(?:and|,)\s+[A-Z][\w'’-]+)*)?"
                           r"(?:\s+(?:are|were|will|would|is|to|have|had|also|scheduled|expected|set|due|plan|planned|to|be)){0,4}\s*$")
#: What follows an unnamed source's noun to say where it stands: "familiar with the talks", "close to the negotiations",
#: "in Kabul", "of the council", "briefed on the plan"
_SOURCE_PLACE = r"(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|privy\s+to|with\s+knowledge\s+of|in|with|at|from|of)"
#: An unnamed source as the subject of a speech verb, its words up to the verb (round 910 widened round 572's "a/the/one"
#: + source, official or diplomat): news English also names it by a bare plural of the nouns that mean an informant
#: ("Sources said", "Diplomatic sources told AFP"; bare "Officials said" is a plain subject, no source: test_real_classes, round 6),
#: with a number or quantity ("two officials", "several diplomats"), as one member of a body ("a member of the
#: council told"), as an officer or insider, and as people or persons where its standing is told after the noun
#: ("three people close to the talks told"; bare "people said" is anyone in the street)
_UNNAMED_SOURCE = re.compile(r"(?:\b(?:an?|the|one)\s+(?:\w+\s+){0,3}(?:source|sources|official|officials|diplomat|diplomats|officer|officers|"
                             r"insider|insiders|member(?=\s+of\s))"
                             r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|multiple|other|various|\d+)\s+"
                             r"(?:\w+\s+){0,3}(?:sources|officials|diplomats|officers|insiders|(?:members|people|persons)(?=\s+" + _SOURCE_PLACE + r"\s))"
                             r"|(?P<bare>\b(?:[\w-]+\s+){0,3}?(?:sources|insiders)))"
                             r"(?P<place>\s+" + _SOURCE_PLACE + r"\s+[\w\s'’-]{1,40}?)?,?\s+(?:has\s+|have\s+)?$", re.I)
#: (a word never ends in its hyphen: "Al-Shami" is one word, with the article written "Al-" as well as "al-")
_NAME_AFTER = re.compile(r"[\s,]*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][a-zà-ÿ'’-]*[a-zà-ÿ'’](?:\s+[A-Z]\.)?(?:\s+(?:[aAeE]l-|de\s+|van\s+)?[A-Z][a-zà-ÿ'’-]*[a-zà-ÿ'’]){1,2})\b(?!\s+(?:News|Agency|Times|Post))")
#: A mediator named in a compound adjective: "EU-mediated", "Saudi Arabia-brokered", "US- and Saudi-mediated"
_MEDIATED = fast_start(re.compile(r"\b(?P<by>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-(?:\s+and\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-)?)(?:mediated|brokered|sponsored|facilitated)\b"))
#: A mediator named as the adjective or name of a mediation noun: "with Qatari mediation", "under the aegis of Qatari
#: mediation", "through Turkish and Qatari facilitation", "under Norway's mediation" (round 683)
MEDIATION = fast_start(re.compile(r"\b(?:with|under|through|via)\s+(?:the\s+)?(?:(?:aegis|auspices)\s+of\s+(?:the\s+)?)?"
                       r"(?P<by>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,3})\s+(?:mediation|facilitation)\b"))
#: The object of a proposal, up to the talks it asks for: "called for an immediate resumption of the border talks"
_ASKED_FOR = re.compile(r"(?:\s+(?!(?:that|which|who|after|before|while|when|as|since|during|at|despite|but)\b)[\w'’-]+){0,9}?\s+", re.I)
#: A speech verb whose subject is a pronoun right before it ("she had asked", "he also urged")
_PRONOUN_SUBJECT = gated(re.compile(r"\b(?:he|she|they)\s+(?:had\s+|has\s+|have\s+|also\s+|then\s+|earlier\s+){0,2}$", re.I))
#: A verb of an event under negation: "have not met since 2019", "has never visited", "did not sign", "failed to agree"
_NEGATED = fast_start(re.compile(r"\b(?:(?:has|have|had|did|does|do|will|would|could|can|was|were|is|are)\s*(?:not|n['’]t)|never|no\s+longer|"
                      r"failed\s+to|refused\s+to|declined\s+to|yet\s+to)\s+(?:\w+ly\s+|yet\s+|been\s+|be\s+)?$", re.I))
#: "have been meeting in Doha since Saturday": talks going on since that day (the only "since" that dates an event)
_SINCE_ONGOING = re.compile(r"\b(?:has|have|had)\s+been\s+(?:meeting|negotiating|holding|talking|in\s+talks|in\s+session)\b", re.I)
#: People after a state adjective ("the Chilean and Peruvian (foreign) ministers"): the adjective names a party
_PEOPLE_AFTER = re.compile(r"(?:\s*,?\s+(?:and\s+)?[A-Z][\w'’-]+)*\s+(?:[a-z-]+\s+)?(?:ministers|leaders|delegations|officials|presidents|"
                           r"negotiators|envoys|representatives|diplomats|delegates|counterparts|heads\s+of\s+state)\b")
#: What ends the clause of a speech verb before another speaker's: a stop, a quote, "…, while Y said"
_MAIN_CLAUSE_BREAK = re.compile(r"[.;:⟦]|,\s*(?:and|while|but|whereas|as)\s|\b(?:while|whereas)\b")
#: "on the sidelines of", "within the framework of participation in", "on the margins of": a forum as the setting
_SETTING = re.compile(r"\b(?:sidelines|margins|framework|participation|part|held)\s+(?:of|in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_HALTED_NOUN = re.compile(r"\b(?P<noun>talks|negotiations|consultations|meeting|round|session|summit|visit|trip|call)s?\b", re.I)
#: Two leaders who each met someone, not each other: "met separately with the EU envoy", "in separate meetings"
_SEPARATELY = re.compile(r"\bseparately\b|\bin\s+separate\s+(?:meetings|talks)\b", re.I)
#: Heads of state or government as the subject of a gathering's verb: "when the leaders of X, Y and Z held talks" (round 170)
_LEADERS_HELD = gated(re.compile(r"\b(?:[Tt]he|[Tt]heir)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|presidents|prime\s+ministers|"
                                 r"heads\s+of\s+(?:state|government)"
                                 r"(?:\s+and\s+government)?)\s+of\s+[A-Z][\w'’-]+(?:(?:\s*,\s*|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w'’-]+){0,8}"
                                 r"\s+(?:(?:have|had|will|would|are|were)\s+)?(?:held|hold|holding|met|meet|meeting|gathered|convened|"
                                 # the heads' own part in a gathering to come (round 824): "the leaders of X and Y agreed to
                                 # take part in a meeting", "will attend the talks"
                                 r"agreed\s+to\s+(?:meet|hold|take\s+part\s+in|attend|participate\s+in)|(?:will|would)\s+"
                                 r"(?:attend|take\s+part\s+in|participate\s+in))\b"))
#: Those who serve the heads, told before them: "the envoys of the leaders of X and Y met", "advisers to the presidents of
#: …": their meeting is no summit (round 824)
SERVANTS = re.compile(r"\b(?:advis[eo]rs?|aides?|envoys?|representatives?|ministers?|delegations?|delegates?|sherpas?|deputies|"
                      r"officials?|staff|spokesm[ae]n|spokespersons?|negotiators?)\s+(?:of|to|for)\s+$", re.I)


#: A group as the subject of a speech verb: "Both sides announced", "After meeting X in late September, the OSCE Minsk
#: Group co-chairs said" (round 211); the group's members are resolved with the article's parties (`context_actors.GROUP`)
_GROUP_SPEAKER = re.compile(r"\b(?:the\s+(?:[A-Z][\w-]*\s+){0,4}co-?chairs|both\s+(?:sides|parties|delegations|ministers|leaders)|the\s+"
                            r"(?:two|three|four)\s+(?:sides|parties|countries|delegations|mediators|ministers|leaders)|the\s+(?:warring|rival)\s+(?:sides|parties)|the\s+sides|"
                            r"the\s+mediators|the\s+guarantors?(?:\s+(?:countries|states))?)\s+(?:(?:have|has|also|jointly|then)\s+)*$", re.I)
#: The verbs such a group speaks with (not a readout's "expressed", "reaffirmed", "noted")
_GROUP_VERB = re.compile(r"(?:said|say|says|announced|announce|announces|told|stated|declared|confirmed|called|urged|proposed)\b", re.I)
#: What may stand before such a subject: nothing, or a fronted phrase of time, place or occasion and its comma
_FRONTED = re.compile(r"(?:After|On|In|Following|At|During|Meanwhile|However|Speaking|Later\s+on\s+\w+day)\b[^⟦]*,$")


#: What may open a sentence before a bare-plural source: "But sources said", "And officials told"
_LINKING = re.compile(r"(?:But|And|Yet|However,?)$")


def bare_source_opens(text: str, start: int) -> bool:
    """Whether the bare-plural source starting at `start` opens its sentence (after a linking word or a fronted
    phrase at most): "Sources said there was a deadlock". After its content and with nothing to place it ("…,
    officials said") it only attributes the report (docs/extraction.md, "Reported claims"), and a possessive's
    sources ("the outlet's sources said") are the outlet's report (round 910)."""
    before = text[:start].rstrip()
    return not before or bool(_LINKING.fullmatch(before) or _FRONTED.match(before))


def _group_speaker(text: str, start: int) -> re.Match | None:
    """The group phrase that is the subject of the speech verb at `start`, matched in the 60 characters before it
    (as `_UNNAMED_SOURCE` is), when it opens its sentence or follows a fronted phrase; else None."""
    if not _GROUP_VERB.match(text, start):
        return None  # "both sides expressed / reaffirmed …": a readout of the meeting, which it belongs to
    offset = max(0, start - 60)
    m = _GROUP_SPEAKER.search(text[offset:start])
    before = text[:offset + m.start()].rstrip() if m else ""
    return m if m and (not before or _FRONTED.match(before)) else None


#: The gathering a document was signed or adopted at, with its own date: "adopted a joint statement at the end of their
#: summit in Tehran on Tuesday", "signed the protocol after the talks in Minsk on Friday" (round 264): the gathering is an
#: event of its own beside the document (docs/extraction.md, "Types"), so its noun is read even though a verb reports the
#: document; not after "the" ("at the end of the two-day meeting on Wednesday"), which names a gathering told before;
#: plural talks need no article ("Following talks in Ankara on Monday, the ministers signed …": round 269)
CLOSED_AT = re.compile(r"\b(?i:at\s+the\s+(?:end|close|conclusion)\s+of|after|following|during|on\s+the\s+sidelines\s+of)\s+"
                       r"(?:(?:their|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|negotiations|consultations|session)|"
                       r"(?:(?!(?:the|these|those|this|that)\b)[\w-]+\s+){0,2}?(?:talks|negotiations|consultations))"
                       r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+$")
#: The verbs of a document signed or adopted, which `CLOSED_AT` lets a gathering stand beside
DOCUMENT_VERB = re.compile(r"(?:signed|sign|signs|adopted|issued|released|initial(?:l)?ed)\b")


#: The gap from a speech verb to the actor after it that is its speaker: "said X", "said the minister", "announced by X";
#: "by the X" only after a form of "be" ("was announced by the United Nations on Monday", round 530), since a bare
#: participle with "by the" is a noun's modifier ("the meetings requested by the delegation"), no act of the agent's
#: ... with the title of a known person between ("announced Iranian deputy foreign minister <name> on Wednesday": the
#: person's title is no mention of its own when the gazetteer knows the name; round 564), or "here today" ("asserted here
#: today Cuban diplomat X", round 605)
_SPEAKER_AFTER = re.compile(r"[\s,]*(?:here(?:\s+(?:today|yesterday|on\s+\w+day))?\s+)?(?:by\s+|the\s+)?(?:(?:[A-Z][\w'’.-]+\s+)?"
                            r"(?:(?!(?:that|to|with|for|of|and|who|as)\s)[\w-]+\s+){0,3}?(?i:minister|envoy|spokes(?:man|woman|"
                            r"person)|president|ambassador|negotiator|secretary|adviser|advisor|diplomat|representative|mediator|"
                            r"commissioner)\s+)?")
_PASSIVE_BY = re.compile(r"[\s,]*by\s+the\s+")
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)


def speaker_after(text: str, verb_start: int, verb_end: int, actor_start: int) -> bool:
    """True when the actor starting at `actor_start` is the speaker named after the speech verb at `verb_start:verb_end`."""
    gap = text[verb_end:actor_start]
    return bool(_SPEAKER_AFTER.fullmatch(gap) or _PASSIVE_BY.fullmatch(gap) and _BE_BEFORE.search(text, 0, verb_start)
                or _BODY_GAP.fullmatch(gap) and _TITLE_FIRST.match(text, actor_start))  # "said State Department
    # spokesman X": the body before the title, the speaker read with their title (round 736)


_BODY_GAP = re.compile(r"[\s,]*(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,3}")
_TITLE_FIRST = re.compile(r"(?:spokes(?:man|woman|person)|minister|envoy|ambassador|secretary|adviser|advisor|official)\s+[A-Z]")


#: The end of a sentence after an inverted speaker: "…, said Foreign Ministry spokesman Liu Jian yesterday."
_INVERTED_END = re.compile(r"\s*,?\s*(?:(?:late\s+|early\s+)?(?:on\s+)?(?:yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?)?\s*\.?\s*")
_TITLE_WORDS = re.compile(r"\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}")


def inverted_speaker(text: str, verb: str, verb_end: int, actors: list) -> object | None:
    """The speaker named after "said" when that name closes the sentence ("X, who began his tour on Tuesday, said
    spokesman Juan Perez yesterday."): an inverted attribution, whatever stands before the verb (round 555)."""
    if verb.lower() not in ("said", "says"):
        return None
    fits = [a for a in actors if verb_end < a.start and a.start - verb_end <= 60 and not a.topic
            and _INVERTED_END.fullmatch(text, a.end) and _TITLE_WORDS.fullmatch(text[verb_end:a.start])]
    return fits[-1] if fits else None
