"""Meetings told as discussions or a conversation the participants held, with no "with" after the noun (round 1290).

Round 1106 (`conversations.py`) reads "held discussions with X": the other side named after "with". Wires also give the
participants as the subject, or name them after "between", and a conversation as well as discussions: "President X and
President Y held discussions on the border dispute", "Minister X and his counterpart Y held discussions on implementing
the accord in P", "X and Y held a brief conversation on the margins of the summit", "the memorandum grew from
discussions between President X and President Y at P on <day>". The trigger table read none of these, so a dated
gathering of named people gave no event. A subject that only points back ("the two ministers held frank discussions",
"the parties held in-depth discussions", "he had held discussions") is left out: on dev it retold the story's own
gathering or a speaker's tally. The guideline counts such a gathering a `meeting` (a `summit` when heads of state hold
it, which the assembly step decides as for any meeting). Not a conversation by phone or video (a `call`, read by the
call patterns, and kept out here by `conversations`' look-ahead), nor one with the press ("held a conversation with
reporters"), nor the gerund of a wish ("the importance of holding discussions": "holding" is not read). As every
non-speech event, one the sentence gives no date is dropped by the assembly step.
"""
from __future__ import annotations

from tracker.extract.conversations import _NOT_A_CALL, _NOT_THE_PRESS, _SOMEONE

#: What may stand before the noun: "brief", "one-on-one", "lengthy", "closed-door" (two at most)
_MODIFIERS = (r"(?:(?:separate|further|lengthy|detailed|extensive|in-depth|informal|bilateral|direct|closed-door|"
              r"substantive|fruitful|productive|frank|wide-ranging|brief|short|long|private|face-to-face|one-on-one|"
              r"tete-a-tete|cordial|constructive|high-level|expert-level)\s+){0,2}")
_HELD = r"\b(?:held|had|holds|hold)\s+"
#: A subject that only points back ("the two ministers", "the parties", "he", "they"): a retelling of a gathering
#: already told, or a speaker's own tally ("he had held discussions on the issue with A, B and C"), not a gathering
#: of its own; the participants must be named right before the verb (each word a fixed-width look-behind; "also" and
#: the auxiliaries too, so that a match cannot start after them, where the subject is not seen)
_POINTING_BACK = ("[Hh]e", "[Ss]he", "[Tt]hey", "[Ww]e", "I", "parties", "sides", "ministers", "leaders", "delegations",
                  "men", "two", "both", "also", "has", "have", "had")
_NAMED_SUBJECT = "".join(rf"(?<!\b{word}\s)" for word in _POINTING_BACK)
HELD_DISCUSSIONS = [
    # "X and Y held discussions on …", "X and Y held a brief conversation on the margins of …" (no "with": round
    # 1106 reads that form for discussions)
    ("meeting", False, _NAMED_SUBJECT + r"\b(?:(?:has|have|had)\s+)?(?:also\s+)?" + _HELD + r"(?:" + _MODIFIERS
                      + r"discussions|(?:a|an)\s+" + _MODIFIERS + r"conversation)\b(?!\s+with\b)" + _NOT_A_CALL),
    # "X held a conversation with Y" (round 1106 reads only "discussions with")
    ("meeting", False, _HELD + r"(?:a|an)\s+" + _MODIFIERS + r"conversation\s+with\s+" + _NOT_THE_PRESS + _SOMEONE
                      + _NOT_A_CALL),
    # "grew from discussions between President X and President Y at P on <day>": the people named after "between"
    ("meeting", False, r"\b(?:from|after|following|during)\s+(?:(?:the|their)\s+)?" + _MODIFIERS
                      + r"(?:discussions|conversations?)\s+between(?=\s+" + _NOT_THE_PRESS + _SOMEONE + r")"
                      + _NOT_A_CALL),
]
#: One of these words must be in a sentence for `HELD_DISCUSSIONS` to be tried (`triggers._gated`).
HELD_DISCUSSION_WORDS = ("discussions", "conversation")

__all__ = ["HELD_DISCUSSIONS", "HELD_DISCUSSION_WORDS"]
