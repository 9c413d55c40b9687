"""Which language a text is in, cheaply: enough to say plainly that extraction does not read it.

The rules read English only. A text in another script (Cyrillic, Arabic, Chinese …) or a Latin-script text whose
common words are those of another language (French, Spanish …) gives no events, and the user must be told so rather
than get an empty list. No model is downloaded: the script of the letters decides, then counts of short function words.
"""
from __future__ import annotations

import re
import unicodedata

#: Unicode script (first word of a character's name) -> how the note names the text's language
SCRIPTS = {"CYRILLIC": "Cyrillic script (Russian or another Cyrillic-script language)",
           "ARABIC": "Arabic script (Arabic, Persian or another Arabic-script language)", "CJK": "Chinese characters",
           "HANGUL": "Korean", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HEBREW": "Hebrew", "GREEK": "Greek",
           "ARMENIAN": "Armenian", "GEORGIAN": "Georgian", "DEVANAGARI": "Devanagari script (Hindi or another)",
           "THAI": "Thai", "BENGALI": "Bengali"}

#: Common function words of each language; words two languages share are left out of both
STOPWORDS = {
    "English": "the of and to in is was that for on with as by at from it he she they which has have had said will would "
               "this were been their its an are not but after also who",
    "French": "le la les des du et est une dans pour sur au aux avec ce qui ne pas par sont été cette il elle ont lors selon "
              "deux entre leur mais ou",
    "Spanish": "el los las del y es una en por con para al que se su sus fue como pero más este esta entre dijo sobre ha han",
    "Portuguese": "o os da do das dos e uma em para com não no na nos nas ao foi como mas pelo pela entre disse sobre",
    "German": "der die das und ist nicht ein eine mit für auf dem den des sich von zu im bei nach auch wurde sagte zwischen",
    "Italian": "il lo gli della delle dei di e è una per con non nel nella che si sono stato ha anche tra",
    "Turkish": "ve bir bu ile için da de olarak olan ise ama gibi daha sonra",
    "Dutch": "het een en van is niet op met voor zijn aan ook bij werd naar tussen",
}
_LANGS: dict[str, list[str]] = {}  # word -> the languages it is a function word of
for _lang, _words in STOPWORDS.items():
    for _word in _words.split():
        _LANGS.setdefault(_word, []).append(_lang)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: How much of a text is read: its language shows in its first lines, and extraction must stay fast
SAMPLE = 3000
#: What the note on a text in a language the rules do not read says of them (ingest and the review page find the note
#: by it): French and Spanish are read through a gloss (`gloss.py`), so "English only" was not true
UNREAD = "extraction reads English, and French and Spanish through a word-for-word gloss"


def _other_scripts(text: str) -> dict[str, int]:
    """The letters of each script other than Latin in `text` (ASCII is read by a regex, the rest one by one)."""
    other: dict[str, int] = {}
    for ch in _NON_ASCII.findall(text):
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split()[0]
            if script != "LATIN":
                other[script] = other.get(script, 0) + 1
    return other


def foreign_language(text: str) -> str | None:
    """The language (or script) of `text` when it is clearly not English, else None (English, or too short to tell)."""
    text = text[:SAMPLE]
    other = _other_scripts(text)
    script, count = max(other.items(), key=lambda kv: kv[1], default=("", 0))
    if count >= 40 and count > len(_ASCII_LETTER.findall(text)):
        return SCRIPTS.get(script, f"{script.title()} script")
    hits = dict.fromkeys(STOPWORDS, 0)
    # split, not a regex: a word glued to its comma is only missed; the function words picked at C speed (`filter`)
    for word in filter(_LANGS.__contains__, text[:SAMPLE // 2].lower().split()):
        for lang in _LANGS[word]:
            hits[lang] += 1
    best = max((lang for lang in hits if lang != "English"), key=hits.get)
    return best if hits[best] >= 8 and hits[best] > 2 * hits["English"] else None


__all__ = ["SCRIPTS", "STOPWORDS", "foreign_language"]
