"""A person's name as a title or an apposition hands it over, cleaned of what is no part of it (round 195).

A long title runs into the name the patterns of `names` read after it: "spokesperson for Armenia's Foreign Ministry Jane
Doe" gave "Ministry Jane Doe", "Chairman of the X Leadership Council Jane Doe" gave "Council Jane Doe", "Ambassador-at-
Large Jane Doe" kept its title, "Sheikh Jane Doe" her honorific (so the lexicon's "Jane Doe" was not found), and
"Spokesperson for the X Executive Secretary" or "Foreign Minister Dr. Jane Doe" made a person of "Executive Secretary"
or "Dr". `clean_name` keeps the name; `None` when nothing of a name is left.
"""
from __future__ import annotations

import re

from tracker.extract import gazetteer

#: Nouns of bodies and offices that end a title's "of"-phrase and never start a person's name
_BODY_WORDS = {"ministry", "council", "committee", "office", "department", "agency", "commission", "authority", "secretariat",
               "presidency", "government", "mission", "embassy", "leadership", "bureau", "directorate", "administration",
               "parliament", "assembly", "service", "affairs", "forces", "army", "front", "movement", "party", "union",
               "organization", "organisation", "board", "cabinet", "delegation", "team", "group", "court", "senate",
               "executive", "general", "secretary", "spokesperson", "spokesman", "spokeswoman", "minister", "deputy", "vice",
               "special", "chief", "head", "envoy", "ambassador", "representative", "director", "chairman", "chairwoman",
               "president", "adviser", "advisor", "negotiator", "coordinator", "commander", "foreign", "state", "national",
               "first", "senior", "acting", "permanent", "high", "press", "prime", "supreme", "assistant", "under",
               "region",  # "… for the Great Lakes Region Jane Doe": the phrase's last noun is no first name (round 630)
               "house", "chamber"}  # the houses of parliaments: "speaker of the House of Representatives" (round 928)
#: Honorifics written before a name that the name itself does not carry ("Dr. Jane Doe", "Sheikh Tamim bin Hamad")
_HONORIFICS = {"dr", "mr", "mrs", "ms", "prof", "professor", "eng", "sheikh", "shaikh", "sheikha", "h.e", "sir", "dame",
               "lord", "rev", "amb", "gen", "col", "maj", "lt", "brig",  # "Lt Gen A Sengupta" (round 576)
               "his", "her", "excellency", "highness", "majesty", "h.e."}  # "His Excellency Dr Jane Doe" (round 925)
#: A title written as one hyphenated word: "Ambassador-at-Large", "Minister-Counsellor"
_HYPHEN_TITLE = re.compile(r"^(?:[A-Z][a-z]+-at-[Ll]arge|(?:Minister|Ambassador|Envoy)-[A-Z][a-z]+)$")
_TITLE_WORDS = {w.lower() for t in gazetteer.TITLES.split(";") for w in t.split()}
#: Nouns that close a title's phrase or a body's name and are never a surname: "… for East Asian and Pacific Affairs",
#: "the Committee for Peaceful Reunification", "the UN Support Mission", "the Federal Government"
_NOT_SURNAME = {"affairs", "reunification", "unification", "mission", "government", "cooperation", "relations", "resources",
                "development", "integration", "security", "policy", "region", "issues", "peninsula", "asia", "africa",
                "europe", "america", "pacific", "nations", "states", "union", "community", "council", "committee",
                "ministry", "office", "department", "agency", "commission", "secretariat", "presidency", "service", "forces",
                # the common nouns that close a capitalised phrase in a title, a headline or a body's name and are no
                # one's surname (round 852): "Minister for Foreign Affairs and External Trade", "the Border Committee
                # Meeting", "Chief of Staff", "the Peace Implementing Panel", "A Joint Statement signed by", "The Times"
                "meeting", "meetings", "talks", "summit", "statement", "declaration", "communique", "agreement",
                "agreements", "treaty", "panel", "trade", "staff", "university", "troops", "times", "unity",
                # the houses of parliaments and their members (round 928): "the Somali House (of the People)", "House of
                # People's Representatives", "Chamber of Deputies", "House of Commons", "House of Lords"
                "house", "chamber", "representatives", "deputies", "commons", "lords", "people"}


def _not_name(word: str) -> bool:
    bare = word.strip(".,").lower()
    return bare in _BODY_WORDS or bare in _HONORIFICS or bool(_HYPHEN_TITLE.match(word.strip(".,")))


#: The last nouns of a body's name: a "name" that ends in one is the body that speaks ("the X Reunification Committee said")
_BODY_END = {"council", "committee", "ministry", "agency", "commission"}


def body_name(name: str) -> bool:
    """Whether a name read where a person's stands is a body's ("Andean Reunification Committee", "Trade Ministry")."""
    words = name.split()
    return len(words) >= 2 and words[-1].strip(".,").lower() in _BODY_END


def body_of(state, affiliation: str | None) -> tuple:
    """The kind, country and parent of a body read where a person's name stands: a state's own body ("Peru's
    Transitional Sovereignty Council said") is one of its organs, as the Kremlin is, and speaks with it (round 578)."""
    return ("ministry", state.country, affiliation) if state is not None and state.kind == "state" and state.country else ("organisation",)


#: An initial: a name is never initials alone ("H." read out of "H.E", round 925)
_INITIAL = re.compile(r"[A-Z]\.?(?:[A-Z]\.?)?,?")


def clean_name(name: str) -> str | None:
    """`name` without the title, body or honorific words it starts with; None when no name is left (or only title
    words are)."""
    words = name.split()
    owner = next((i for i, w in enumerate(words[:-1]) if re.search(r"[A-Za-z]['’]s$", w)), None)
    if owner and not body_name(name):  # "Jane Doe's Chief (of Staff)": the owner's name (round 400); a one-word owner
        words = words[:owner] + [words[owner][:-2]]  # ("the South's Unification Minister") or a body's name is left whole
    while words and _not_name(words[0]):
        words = words[1:]
    if not words or all(_INITIAL.fullmatch(w) for w in words) or words[-1].strip(".,").lower() in _NOT_SURNAME or all(w.strip(".,").lower() in _TITLE_WORDS | _BODY_WORDS | _HONORIFICS for w in words):
        return None
    return " ".join(words)


#: The particles of an Arabic name's lineage: "Abdullah bin Zayed Al Nahyan", "Faisal bin Farhan"
_LINEAGE = {"bin", "bint", "ibn"}


def named_by_first(name: str) -> bool:
    """Whether the first word of `name` alone names the person again in the article (round 454): a family name written
    first ("Moon" for "Moon Jae-in"), or the given name of an Arabic name of lineage ("Sheikh Abdullah said" after
    "Sheikh Abdullah bin Zayed Al Nahyan"), as wire copy names Gulf officials again."""
    words = name.split()
    return len(words) > 1 and (words[0] in gazetteer.FAMILY_FIRST or len(words) > 2 and words[1].lower() in _LINEAGE)


#: Words that stand second in a name and never name the person alone ("Abdel Fattah", "Hassan Sheikh Mohamud")
_NOT_MIDDLE = {"abdel", "abdul", "abd", "abu", "al", "el", "bin", "ibn", "bint", "ben", "de", "da", "van", "von", "del", "la", "le"}


def named_by_middle(name: str, lexicon) -> str | None:
    """The second word of a three-word name when it alone names the person again (round 636): Arabic and Persian names
    of a given name, a father's or family name and a last name are told again by the middle one ("Darwish" after
    "Muhammad Darwish Ismail", "Bagheri" after "Ali Bagheri Kani"); not in a family-first name ("Kim Jong Un"), nor a
    particle, title or honorific ("Hassan Sheikh Mohamud") or the second half of a compound given name ("Abdel Fattah"),
    nor a word the lexicon reads (a place, a state)."""
    words = name.split()
    if len(words) != 3 or named_by_first(name) or words[0].lower() in _NOT_MIDDLE or not re.fullmatch(r"[A-Z][a-zà-ÿ'’]{3,}", words[1]):
        return None
    middle = words[1]
    if middle.lower() in _NOT_MIDDLE | _HONORIFICS | _BODY_WORDS | _TITLE_WORDS or lexicon.scan(middle) or lexicon.place(middle):
        return None
    return middle


#: The article in an Arabic surname ("al-Sisi", "el-Burhan"), which later sentences often drop ("Sisi said")
_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar)-(?=\w{3})")


class Surnames(dict):
    """Folded surname -> actor key; a surname with the Arabic article is known without it too (round 493)."""

    def setdefault(self, surname: str, key: str) -> str:  # type: ignore[override]
        """Register `surname` (and its bare form: "sisi" for "al-sisi") unless already known; the key it names."""
        bare = _ARTICLE.sub("", surname)
        if bare != surname:
            super().setdefault(bare, key)
        return super().setdefault(surname, key)

    def may_be_in(self, text: str) -> bool:
        """False when no word of `text` can be a surname known here: an ASCII word folds by lowering alone, so a surname
        it is stands in the lowered text. Most sentences hold none, and reading their capitalised words one by one to
        find none was some 10 us a sentence."""
        if not text.isascii():  # (a folded non-ASCII word may lose its accents: it is read word by word)
            return bool(self)
        lowered = text.lower()
        return any(map(lowered.__contains__, self))


__all__ = ["Surnames", "body_name", "body_of", "clean_name", "named_by_first", "named_by_middle"]
