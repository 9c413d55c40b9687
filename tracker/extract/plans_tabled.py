"""A plan laid before others is a proposal, whichever verb of handing over tells it (round 955).

The guideline makes speech a `proposal` when it calls on someone to act (docs/extraction.md, "Types"); in news English
the commonest such act after "proposed" and "called for" is a document put before the other side: "submitted a draft
treaty", "presented a draft ceasefire agreement to Hamas", "handed Ukraine a memorandum", "is offering
a new roadmap", "outlined a six-point framework", "circulated a draft resolution". The trigger table read only
"submitted / presented … proposals" and "tabled / unveiled … a plan"; the other verbs of handing over, the
progressive, an indirect object ("handed Ukraine a …") and the other nouns that name a plan (draft, framework,
roadmap, blueprint, memorandum, initiative, formula, ideas; not "principles", which a sentence more often tells as an
accord's content: round 861) were read as nothing or as a statement.

Told inside another speaker's words ("X said Israel had offered a roadmap", "Y said Russia had handed Ukraine a
memorandum"), the plan makes the reporter's words a proposal (`events`); another's call reported ("said that Ethiopia
had urged Sudan to join the talks") stays a statement, as round 820 keeps it.

The noun decides (and what follows it: "the proposal of the mediators" is theirs, round 123): "presented the results", "sent an aid package", "delivered a speech", "outlined his vision" lay no
plan before anyone and stay what they were. A plan "presented by" someone else is that one's act, left to the table.
"""
from __future__ import annotations

import re

#: verbs of handing a document to another party, in every tense a wire uses (not "proposed", "offered": in the table)
_VERBS = (r"(?:submit(?:ted|s|ting)?|present(?:ed|s|ing)?|hand(?:ed|s|ing)?(?:\s+over)?|deliver(?:ed|s|ing)?|sen[dt]s?|"
          r"sending|convey(?:ed|s|ing)?|gave|given|gives|giving|float(?:ed|s|ing)|table[ds]|tabling|unveil(?:ed|s|ing)|"
          r"put(?:s|ting)?\s+(?:forward|forth)|la(?:id|ys|ying)\s+out|outlin(?:ed|es|ing)|circulat(?:ed|es|ing)|offering|"
          r"proposing)")
#: an indirect object before the document: "handed Ukraine a …", "gave the Palestinians a …", "to the mediators"
_TO = r"(?:(?:to\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}|to\s+(?:the\s+)?[\w'’-]+\s+)?"
#: nouns that name a plan put to others
_PLAN = (r"(?:(?:counter-?)?proposals?|plans?|initiatives?|road\s*-?maps?|frameworks?|drafts?|blueprints?|memorand(?:um|a)|"
         r"formula|ideas|outline)")
#: what follows "of" when it is the plan's content, not its author: "the draft of a ceasefire deal", "a framework of
#: the peace treaty" (but "presented the proposal of the mediators" is theirs, not the presenter's: round 123)
_OF_TEXT = (r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:treaty|agreement|accord|deal|declaration|settlement|resolution|truce|"
            r"cease-?fire|constitution|communiqu[eé]|protocol|statement)\b")
PLAN_TABLED = (r"\b" + _VERBS + r"\s+" + _TO + r"(?:its|his|her|their|our|a|an|the|new|fresh|several|two|three)\s+"
               r"(?:[\w'’-]+\s+){0,3}?" + _PLAN + r"\b(?!\s+(?:by|from)\b)(?!\s+of\s+(?!" + _OF_TEXT + r"))")
#: a proposal trigger that lays a plan before others ("proposed", "offered", or one of the nouns above), as against a call
#: to act ("urged Sudan to join the talks"): told inside another speaker's words, only the plan makes those words a
#: proposal; another's call reported stays the reporter's statement (round 820)
TABLED = re.compile(r"\b(?:propos|offer|put\s+for(?:ward|th)\b)|\b" + _PLAN + r"\b")
#: (event type, is a speech act, pattern), in the shape of `triggers.TRIGGERS`
PLANS_TABLED = [("proposal", True, PLAN_TABLED)]
#: words one of which a sentence must hold for the pattern to be tried (`triggers._gated`)
PLAN_WORDS = ("propos", "plan", "initiative", "map", "framework", "draft", "blueprint", "memorand", "formula", "ideas",
              "outline")

__all__ = ["PLANS_TABLED", "PLAN_TABLED", "PLAN_WORDS", "TABLED"]
