"""An organisation's organ numbers its own meetings (round 1138).

The guideline makes an organisation's statutory organ or a regional body's ministerial meet in `meeting`s, numbered or
not, keeping the number, also when the text calls it a round (docs/extraction.md, "Types", settled at the twenty-third
stop). `assemble` already reads "the 43rd session of the UN Human Rights Council" (the organ after "session of"), but
two other wire shapes number an organ's meeting: the communiqué's "The Peace and Security Council of the African Union,
at its 387th meeting held at ministerial level, …" (the organ is the subject, its meeting told by "its"), and the
name with the number in front, "the 54th ASEAN Ministerial Meeting" (the organisation leads the meeting's name). A
numbered negotiating format's sessions ("the 9th round of the Astana talks", "the 24th meeting of the WMCC") name no
organisation there and stay rounds.
"""
from __future__ import annotations

import re

from tracker.extract.lexicon import Lexicon
from tracker.extract.prefilter import fast_start

#: "at its 387th meeting", "during its 12th session": the subject's own numbered meeting
_ITS_NUMBERED = fast_start(re.compile(r"\b(?:at|during|in)\s+its\s+\d[\d,]*(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\b"))
#: "the 54th ASEAN Ministerial Meeting", "the 30th OSCE Ministerial Council": a capitalised name after the number
_NUMBERED_NAME = re.compile(r"\b\d[\d,]*(?:st|nd|rd|th)\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}?)"
                            r"(?:Ministerial\s+)?(?:Meeting|Session|Council|Assembly)\b")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")


def _organisation_at(text: str, lexicon: Lexicon, *, first: bool) -> bool:
    """Whether `text` holds an organisation's name: at its start (`first`), or anywhere."""
    return any(m.role == "actor" and lexicon.entries[m.key].kind == "organisation" and (m.start == 0 or not first)
               for m in lexicon.scan(text))


def organ_session(sentence: str, lexicon: Lexicon) -> bool:
    """Whether `sentence` numbers a meeting of an organisation's organ: "X, at its 387th meeting" with an organisation
    named before, or "the 54th ASEAN Ministerial Meeting" with one leading the name."""
    if not _ORDINAL.search(sentence):  # cheap gate: no ordinal, no numbered meeting
        return False
    if (m := _ITS_NUMBERED.search(sentence)) and _organisation_at(sentence[:m.start()], lexicon, first=False):
        return True
    return any(_organisation_at(m.group("name"), lexicon, first=True) for m in _NUMBERED_NAME.finditer(sentence))


__all__ = ["organ_session"]
