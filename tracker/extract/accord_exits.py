"""A state's exit from an accord is a decision (round 1197).

The guideline's `decision` is a side deciding; "withdrew from" an accord and "pulled X out of the deal" were read, the
other wire forms of the same act were not, and background sentences tell it in all of them with their own date: "pulled
Washington out of the pact in May 2018", "unilaterally withdrew the JCPOA on May 8, 2018", "quit the accord in 2019",
"walked away from the grain deal in July", "the deal, which was abandoned by X in 2018". Only an exit whose object is an
accord (its noun within three words, or "JCPOA") is read: "abandoned the talks", "quit his post", "left for Doha" are not.
"""
from __future__ import annotations

_ACCORD = r"(?:deal|agreement|accord|accords|treaty|pact|JCPOA|protocol|convention)\b"
_EXIT = r"(?:withdrew|withdraws|withdrawing|quit|quits|quitting|exited|exits|exiting|abandoned|abandons|ditched|scrapped|" \
        r"tore\s+up|walked\s+away\s+from|walks\s+away\s+from|pulled\s+out\s+of|pulls\s+out\s+of|reneged\s+on|(?:pulled|took)\s+(?:\w+\s+){1,2}?out\s+of)"

#: (event type, is a speech act, pattern)
ACCORD_EXITS = [
    ("decision", False, rf"\b{_EXIT}\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w$.-]+\s+){{0,3}}?{_ACCORD}"),
    # the accord named first, its exit told by a relative clause: "the deal, which was abandoned by X in 2018"
    ("decision", False, rf"\b{_ACCORD},?\s+(?:which|that)\s+(?:was|were|had\s+been)\s+(?:unilaterally\s+)?"
                        r"(?:abandoned|quit|exited|ditched|scrapped|torn\s+up)\s+by\b"),
]
#: The words every pattern above needs, one of which must be in a sentence for them to be tried
EXIT_WORDS = ("withdr", "quit", "exit", "abandon", "ditched", "scrapped", "tore up", "torn up", "walk", "pull", "reneged", "took")

__all__ = ["ACCORD_EXITS", "EXIT_WORDS"]
