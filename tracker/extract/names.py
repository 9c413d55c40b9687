"""The shapes of people's names and titles in wire copy ("Foreign Minister Jane Doe", "Jane Doe, head of the X
delegation", "the Kremlin", "Doe told Interfax") that `mentions.find_actors` reads; patterns only, and `ended`, the
gate a pattern that opens with a name is searched behind."""
from __future__ import annotations

import re
from re._constants import SUBPATTERN as _SUBPATTERN  # (Python 3.11+, as `prefilter` reads the parse tree)

from tracker.extract import gazetteer
from tracker.extract.lexicon import trie_pattern
from tracker.extract.prefilter import Gated, gated, parse_tree

_TITLES = sorted({v for t in gazetteer.TITLES.split(";") if t.strip() for v in (t.strip(), t.strip().lower())},
                 key=len, reverse=True)  # "Foreign Minister Jane Doe" and "foreign minister Jane Doe"


TITLE = trie_pattern(_TITLES)


#: The verbs of speech a title is told before with no name ("the U.N. special envoy for Syria said")
SAYS = ("said", "says", "told", "added", "noted", "proposed", "urged", "called", "warned", "stressed", "announced")


class EndGated(Gated):
    """A `Gated` pattern that opens with a group tried at every capital letter (a person's name) and goes on with a
    stretch led by a literal ("<Name>, the Chilean envoy": ", the … envoy"): that rest, compiled alone as `end`, is
    searched first, which `re` does by skipping to the literal. A match of the pattern holds a match of its rest, so a
    text with none has no match (tested only for a call on the whole text: a `pos` or `endpos` cuts what lookarounds see)."""

    __slots__ = ("end",)

    def __init__(self, pattern: re.Pattern, words: frozenset[str], end: re.Pattern) -> None:
        super().__init__(pattern, words)
        self.end = end

    def _closed(self, text: str) -> bool:
        return super()._closed(text) or self.end.search(text) is None

    def search(self, text: str, *args) -> re.Match | None:
        return None if not args and self._closed(text) else super().search(text, *args)

    def match(self, text: str, *args) -> re.Match | None:
        return None if not args and self._closed(text) else super().match(text, *args)

    def finditer(self, text: str, *args):
        return iter(()) if not args and self._closed(text) else super().finditer(text, *args)


def ended(pattern: re.Pattern, head: str) -> Gated | re.Pattern:
    """`gated(pattern)` behind the test of its rest after `head` too (see `EndGated`); `head`, the pattern's opening,
    is one whole group ("(?P<name>…)"), so the rest is written after it at the top level."""
    tree, opening = parse_tree(pattern), parse_tree(re.compile(head, pattern.flags))
    if not (pattern.pattern.startswith(head) and len(opening) == 1 and opening[0][0] is _SUBPATTERN and len(tree) > 1):
        raise ValueError(f"not one group opening a longer pattern: {head}")  # (a "|" at the top would make one branch)
    first = gated(pattern)
    if type(first) is not Gated:
        return first  # no word gate, or two (not written for)
    return EndGated(pattern, first.words, re.compile(pattern.pattern[len(head):], pattern.flags))


def title_gated(pattern: re.Pattern, glued: tuple[str, ...] = ()) -> Gated:
    """`pattern`, which holds a `TITLE` after a `\\b`, behind a gate of every title's first word (`required_words`
    cannot read the title trie). A one-word title directly followed by a word of `glued` ("\\s*said" in the pattern)
    makes one word with it, so those spellings ("envoysaid") are in the gate too: the gate never shuts on a match."""
    first = {re.findall(r"\w+", t.lower())[0] for t in _TITLES}
    single = {t.lower() for t in _TITLES if re.fullmatch(r"\w+", t)}
    return Gated(pattern, frozenset(first | {s + g for s in single for g in glued}))
#: The common nouns of place that follow a place's name ("Chile's Puerto Montt port", "Kenya's Rift Valley region"):
#: "<state>'s <Name> <noun>" is a place of that state, never a person of it (round 926)
PLACE_NOUN = (r"(?:town|city|province|region|island|port|resort|district|county|village|capital|coast|oblast|"
              r"governorate)\b")
#: Capitals and small letters of Latin-1 and Latin Extended-A, so that "Mevlüt Çavuşoğlu" is one name
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ž", "a-zß-öø-ÿĀ-ž"
_NAME_WORD = (rf"(?:[{_UP}][{_LOW}A-Z'’-]*[{_LOW}]|[A-Z]\.|(?:al|el|bin|ibn|de|van|von|der|da|di|le|la|abu)[- ](?=[A-Z])"
              rf"|[{_UP}][{_LOW}]+-[{_UP}][{_LOW}]+)")
#: The characters a `_NAME_WORD` may begin with (a capital of `_UP`, or a particle's first letter), as `skip_to.skipping` reads them
NAME_STARTS = frozenset((c, False) for a, b in ((0x41, 0x5A), (0xC0, 0xD6), (0xD8, 0xDE), (0x100, 0x17E)) for c in range(a, b + 1)) \
    | frozenset((ord(c), False) for c in "aebidvl")
#: A name's last word may be a capitalised article whose surname follows ("Majed bin Mohammed Al Ansari"): it is read too
#: (round 494), past the four words a name otherwise has
_ARTICLE_END = r"(?:(?:(?<=\sAl)|(?<=\sEl)|(?<=\sAbu)|(?<=\sBin)|(?<=\sBen))\s[A-Z][a-zà-ÿ'’-]+)?"
#: Honorifics of address before a name (round 925): "Dr. Jane Doe"; the style of address of officials in diplomatic copy,
#: "H.E. Jane Doe", "H.E Jane Doe", "His Excellency Dr Jane Doe" (an initial alone, "H.", is never the name)
_ADDRESS = r"(?:(?:Dr|Prof|Eng|Mr|Mrs|Ms)\.|H\.\s?E\.?|(?:His|Her)\s+(?:Excellency|Highness|Majesty))\s+"
NAME = rf"(?:{_ADDRESS}){{0,2}}(?P<name>{_NAME_WORD}(?:\s?{_NAME_WORD}){{0,3}}{_ARTICLE_END})"
#: "Foreign Minister Jane Doe", "Spokesman for Kazakh Foreign Ministry, Jane Doe" (a longer "of" phrase needs the comma),
#: "Ambassador to Norway, Jane Doe" (the state after "to" is where she serves, not hers); a word before a middle initial
#: is the first name, not the "of" phrase's ("Minister of Information Jane Q. Doe", round 494)
_PERSON_AFTER_TITLE = title_gated(re.compile(rf"\b(?P<title>{TITLE})(?:\s+(?:(?P<prep>of|for)\s+(?:the\s+)?(?:(?P<of3>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}(?:\s+[a-z]+)?)(?=,)|"
                                 rf"(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+(?!\s+[A-Z]\.\s))?))|to\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=,)))?(?:,\s*|\s+){NAME}"))
_PERSON_APPOSITION = ended(re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}),\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:visiting\s+|former\s+|acting\s+|roving\s+)?(?P<aff>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+)?(?:(?:group|movement|organi[sz]ation|bloc|alliance|party|country|kingdom|government)['’]s\s+)?(?:(?:main|top|senior|lead|principal)\s+)?(?P<title>(?i:{TITLE}))\b(?!\s+[A-Z][a-z'’-]+\s+[A-Z])"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)|\s+to\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"),
    rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}})")  # (its rest, from the comma, searched first: `ended`)
#: (round 735: not a title a name follows, "President X, Chilean President Y and …": that title is the next person's)
#: "X, head of the Colombian government delegation", "Y, Head of the OSCE Mission to Moldova": the head of a state's or
#: a body's delegation, team or mission is theirs (round 154)
_HEAD_APPOSITION = gated(re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}),\s+(?:the\s+)?(?P<title>(?i:head|chief|leader|chairman|chairwoman))\s+of\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:government|opposition|negotiating|peace|official)\s+)?"
    rf"(?i:delegation|team|mission)\b"))
#: ("..., the group's permanent representative to the UN": the body she serves at is not hers, as "Ambassador to Norway")
#: The head of a named side's delegation, before or after the name: "the head of the EMC delegation, Jane Doe", "Jane Doe,
#: chief of the Peruvian negotiating team" (round 135)
_DELEGATION = r"(?P<title>[Hh]ead|[Cc]hief|[Ll]eader)\s+of\s+(?:the\s+)?(?P<aff>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:delegation|negotiating\s+team)(?P<of>)"
_HEAD_THEN_NAME = gated(re.compile(rf"\b{_DELEGATION}\s*,?\s+{NAME}"))
_NAME_THEN_HEAD = gated(re.compile(rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}),\s+(?:the\s+)?{_DELEGATION}\b"))
#: The head of a state's or a body's council, committee or office, named after or before the title (round 491): "X, head of
#: Peru's High Council for Dialogue", "The head of Peru's Presidential Council, X, …": a person of that state (`aff`)
_BODY = (r"(?:[A-Z][\w'’-]+\s+){0,4}(?:Council|Committee|Commission|Office|Authority|Assembly|Bureau|Front|Movement)\b"
         r"(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s*){1,4})?")
_HEAD_OF = (r"(?P<title>(?i:head|chief|leader|chairman|chairwoman|chairperson))\s+of\s+(?:the\s+)?"
            r"(?P<aff>[A-Z][\w-]+(?:['’]s)?)\s+(?P<of>)")
_BODY_HEAD = gated(re.compile(rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}),\s+(?:the\s+)?{_HEAD_OF}{_BODY}"))
_HEAD_BODY = gated(re.compile(rf"\b[Tt]he\s+{_HEAD_OF}{_BODY},\s+{NAME}(?=\s*,)"))
_MINISTRY = gated(re.compile(r"\b(?:(?P<word>Foreign|Defen[cs]e|Interior)\s+(?:Ministry|Office)|(?<=['’]s\s)(?P<word3>foreign)\s+ministry|(?<=[a-z]n\s)(?P<word4>foreign|defen[cs]e)\s+ministry|(?<=[a-z][^n\s]\s)(?P<word6>foreign|defen[cs]e)\s+ministry|(?<=(?:[a-z]n|['’]s)\s)ministry\s+of\s+(?P<word5>foreign\s+affairs|defen[cs]e)\b|Ministry\s+of\s+(?P<word2>Foreign\s+Affairs|(?:National\s+)?Defen[cs]e|Interior|Internal\s+Affairs|External\s+(?:Affairs|Relations))(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?|(?P<mfa>MFA)|(?P<state_dept>State\s+Department)|(?P<pentagon>Pentagon))\b"))
#: The Kremlin as a speaker or party, not a building ("at the Kremlin") nor a title ("Kremlin spokesman Dmitry Peskov")
#: "<ministry> spokesman <Name>" after a ministry: the person speaks (tried at the ministry's end)
TITLE_THEN_NAME = re.compile(rf"\s+{TITLE}\s+[A-Z]")
_KREMLIN = gated(re.compile(r"\b[Tt]he\s+Kremlin\b(?!['’]s|\s+(?:spokes\w+|aide|chief|official|officials|source|sources|adviser|press|"
                            r"administration|walls|Palace))"))
#: "Olifer told Interfax", also after a quote ("'...,' Olifer said") or a linking adverb ("Meanwhile, Olifer said")
_LONE_SURNAME = re.compile(r"^(?:⟦Q\d+⟧\s*,?\s*|(?:Meanwhile|However|In\s+turn|Separately|Later|But|And|For\s+his\s+part|For\s+her\s+part),\s+)?"
                           r"(?P<name>[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)\s+(?:also\s+)?(?:told|said|says|added|noted|stressed|recalled|"
                           r"explained|announced|confirmed|reaffirmed|briefed|wrote|called\s+(?:on|for)|urged|proposed|"
                           r"warned|reiterated|insisted)\b")  # "Jiang called on all parties to …" (round 148)
#: A state's government and its opposition named together: "the Syrian government and the armed opposition"
_GOV_AND_OPPOSITION = gated(re.compile(r"\b(?P<gov>government|regime|authorities)(?:\s+delegations?)?\s*,?\s+(?:and|as\s+well\s+as)\s+"
                                       r"(?:the\s+|of\s+the\s+)?(?:armed\s+|political\s+|main\s+)?(?P<opp>opposition)\b"))

#: A ministry whose own name tells its state when no state stands next to it: India's "Ministry of External Affairs
#: (MEA)" (round 538; the name of no other state's foreign ministry in current news English)
_MINISTRY_STATES = {"external affairs": "IND"}


def ministry_country(name: str | None) -> str | None:
    """The ISO country whose ministry `name` ("External Affairs") names by itself, or None."""
    return _MINISTRY_STATES.get(" ".join(name.lower().split())) if name else None
