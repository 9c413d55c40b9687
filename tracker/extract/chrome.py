"""What a pasted page holds besides its article: photo captions, and the chrome after which it lists other stories."""
from __future__ import annotations

import re

from tracker.extract.literal_gates import may_hold

#: A photo caption: a paragraph that ends in a photographer's credit ("(Xinhua/Li Muzi)", "(Dean Calma/IAEA)", "(Photo: X)",
#: "Getty Images") or starts as one ("Photo:", "FILE PHOTO:")
_CREDIT = r"\((?:[^()/]{2,40}/[^()/]{2,40}|(?:[Pp]hoto|[Ff]ile|[Ii]mage|[Pp]icture)\b[^()]{0,60}|[^()]{0,40}Getty\s+Images[^()]{0,20})\)"
_CAPTION = re.compile(rf"{_CREDIT}\s*$|^\s*(?:[Pp]hoto|PHOTO|FILE\s+PHOTO|File\s+photo)\s*[:-]")
_CREDIT_FIRST = re.compile(rf"^\s*{_CREDIT}")
#: A credit left open at the end of the caption: "… December 21, 2022 (Photo : from the Twitter account of X" (round 349)
_OPEN_CREDIT = re.compile(r"\((?:[Pp]hoto|[Ff]ile\s+photo|[Ii]mage|[Pp]icture)\s*:[^()]{0,120}$")


#: Round 1231: captions in the shapes the credit misses. Where each person stands in the photo ("X (2nd L) meets Y",
#: "Y (right)", "(second from left)", ", from left,", "From left to right"), told with no reporting verb (a caption
#: says no one said anything; "Senator X (R) said" is prose); an AP file photo's opening ("FILE - ")
_POSITION = re.compile(r"\((?:(?:\d(?:st|nd|rd|th)|second|third|fourth|far)\s+(?:from\s+)?)?(?:L|R|C|left|right|cent(?:er|re))\)"
                       r"|(?:^|,\s*|\(\s*)(?i:from\s+(?:left|right)\b)|\b(?:[Ll]eft to right|L-R)\b|(?:^|\s)FILE(?:\s+PHOTO)?\s[-–—]\s")
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|stated|added|asked|announced|noted|stressed|according)\b")
#: A credit alone, after its caption in the same short paragraph: "Photo: the presidency", "Photograph: Jane Roe / AFP",
#: "Credit: Ministry of X", "(AP Photo, File)", "(AA Photo)"
_CREDIT_ALONE = re.compile(r"^\s*(?:(?:Photo|Photograph|Image|Picture|Credit)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:|]"
                           r"\s*[^.!?]{0,70}|\([^()]{0,30}\b(?:Photo|PHOTO|Photograph|Getty\s+Images)\b[^()]{0,30}\))\s*$")


def _may_place(text: str) -> bool:
    """False when `_POSITION` cannot match: each of its branches holds "(", "FILE", "L-R" or a case-blind "left" or
    "right" (tested as `literal_gates.may_hold` tests them); its search has no first character for `re` to skip to."""
    return "(" in text or "FILE" in text or "L-R" in text or may_hold(text, ("left", "right"))


def _captions(units: list) -> set[int]:
    """The sentences that are photo captions: ending in a credit, or followed in their paragraph by one that starts so
    ("... in Vienna, 7 April 2021. (Dean Calma/IAEA) Mideast Daily News ...")."""
    out: set[int] = set()
    for i, unit in enumerate(units):
        if _CREDIT_FIRST.match(unit.text):
            out.add(i)
            if i > 0 and units[i - 1].paragraph == unit.paragraph:
                out.add(i - 1)
        elif _CREDIT_ALONE.match(unit.text):
            paragraph = [k for k in range(max(0, i - 2), i + 1) if units[k].paragraph == unit.paragraph]
            short = len(paragraph) < 3 or paragraph[0] == 0 or units[paragraph[0] - 1].paragraph != unit.paragraph
            out.update(paragraph if short else [i])  # the credit closes a caption of one to three sentences (round 1231)
        elif _CAPTION.search(unit.text) or _OPEN_CREDIT.search(unit.text) or (
                _may_place(unit.text) and _POSITION.search(unit.text) and not _REPORTING.search(unit.text)):
            out.add(i)
    return out


#: A line of page chrome after which the page lists other stories ("Check Also", "Related articles", "Read more")
_CHROME_TAIL = re.compile(r"(?i)^\W*(?:check\s+also|related(?:\s+(?:articles?|news|stories|posts|content|topics))?|read\s+(?:more|also|next)|"
                          r"see\s+also|also\s+read|more\s+(?:from|on\s+this|stories|news)(?:\s+[\w&-]+){0,3}|you\s+may\s+(?:also\s+)?like|"
                          r"recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|latest(?:\s+news)?|top\s+stories|follow\s+us)\W*$")


def _before_chrome(paragraphs: list[str]) -> list[str]:
    """The paragraphs before a chrome line that opens a list of other stories ("Check Also", "Related articles"): what
    follows it is another page's headlines and leads, not this article (docs/extraction.md: page chrome is no event)."""
    for i, paragraph in enumerate(paragraphs):
        if i > 0 and _CHROME_TAIL.match(paragraph):
            return _unlinked(paragraphs[:i])
    return _unlinked(paragraphs)


#: Round 657: a link to another story set in the article ("Read more: X and Y to meet in Ankara next week", "READ ALSO:
#: …", "Related: …", "Also Read | …"): one headline after the chrome words and a colon or bar, no sentence after it
_LINK_LINE = re.compile(r"(?i)^\W*(?:read\s+(?:more|also|next)|also\s+read|see\s+also|check\s+also|related(?:\s+(?:articles?|"
                        r"news|stor(?:y|ies)|posts?|content))?|more\s+on\s+this(?:\s+story)?)\s*[:|>–—]\s*(?=\S)(?![^.!?]*[.!?]\s+\S)")


def _unlinked(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the links to other stories set among them (docs/extraction.md: page chrome is no event)."""
    if not any(_LINK_LINE.match(p) for p in paragraphs[1:]):
        return paragraphs
    return paragraphs[:1] + [p for p in paragraphs[1:] if not (len(p) <= 200 and _LINK_LINE.match(p))]
