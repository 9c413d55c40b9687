"""Meetings told as a conversation with someone, which the meeting verbs did not read (round 1106).

"The envoy held discussions with the foreign minister in Lima", "X has engaged in discussions with senior officials in
Istanbul", "the UN envoy discussed with the Saudi minister ways to …", "Y also spoke separately yesterday afternoon with
A and B": `triggers`' meeting verbs read "held talks / consultations / negotiations with" and "conferred with", not
"discussions", "discussed with" or "spoke with", so these gatherings gave no event. The guideline counts a meeting of
named people a `meeting` (docs/extraction.md, "Types"). Not a conversation by phone or video (a `call`, read by the call
patterns), nor words given to the press ("spoke with reporters", "spoke with AFP"): a statement's wording, no meeting.
"""
from __future__ import annotations

#: A call is no meeting: "spoke with X by phone", "discussed with X over the telephone", "held discussions via video link"
_NOT_A_CALL = r"(?![^.;⟦]{0,80}?\b(?:phone|telephone|video|videoconference|virtual|online)\b)"
#: Words given to the press: "spoke with reporters", "spoke with the BBC", "spoke with Russian media"
_NOT_THE_PRESS = (r"(?!(?:the\s+)?(?:[\w'’-]+\s+)?(?:reporters|journalists|press|media|newspaper|television|radio|"
                  r"AFP|Reuters|CNN|AP|BBC|Al\s+Jazeera)\b)")
#: What may stand between "spoke" and "with": "also", "separately", "yesterday afternoon", "on Monday", "in person"
_BETWEEN = (r"(?:(?:also|separately|briefly|privately|directly|personally|later|then|again|first|yesterday|today|"
            r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:this\s+)?(?:morning|afternoon|evening)|in\s+person)\s+){0,3}")
#: Someone named after the preposition: a capitalised name or title, "his / her / their counterpart(s)", or people by
#: their office ("the presidents of Chile and Peru", "senior officials")
_SOMEONE = (r"(?=(?:the\s+)?[A-Z]|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:counterparts?|interlocutors|hosts?)\b|"
            r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:presidents?|leaders|(?:prime\s+|foreign\s+)?ministers|heads\s+of|"
            r"delegations?|representatives|officials|envoys)\b)")
CONVERSATIONS = [("meeting", False, r"\b(?:held|had|holds|hold|(?:has|have)\s+(?:been\s+)?engaged\s+in|engaged\s+in)\s+"
                                    r"(?:(?:separate|further|lengthy|detailed|extensive|in-depth|informal|bilateral|direct|"
                                    r"closed-door|substantive|fruitful|productive|frank|wide-ranging)\s+){0,2}discussions\s+with\s+"
                                    + _NOT_THE_PRESS + _SOMEONE + _NOT_A_CALL),
                 ("meeting", False, r"\bdiscussed\s+with\s+" + _NOT_THE_PRESS + _SOMEONE + _NOT_A_CALL),
                 ("meeting", False, r"\bspoke\s+" + _BETWEEN + r"with\s+" + _NOT_THE_PRESS + _SOMEONE + _NOT_A_CALL)]
#: One of these words must be in a sentence for `CONVERSATIONS` to be tried (`triggers._gated`).
CONVERSATION_WORDS = ("discussions", "discussed", "spoke")

__all__ = ["CONVERSATIONS", "CONVERSATION_WORDS"]
