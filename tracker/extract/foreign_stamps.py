"""Timestamp lines of pages in other languages (French, Spanish, Italian, Portuguese, German, Dutch, Serbian, Romanian,
Turkish, Russian), put in English words for the parser.

A French page prints "Mardi 6 avril 2021 - 15:56"; read as English, "Mar" of "Mardi" passes for March and dateutil
takes the "6" for June (the review walk of the nineteenth stop stored such a page as of 1 June). Month names become
English ones and weekday names go (the day number and the year say the day); nothing else of the line changes.
"""
from __future__ import annotations

import re
import unicodedata

_MONTHS_EN = "January February March April May June July August September October November December".split()
#: month names by language, in calendar order; accents are folded before the lookup ("février", "août", "März")
_MONTHS = {
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "de": "januar februar marz april mai juni juli august september oktober november dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru_nominative": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
}
_WEEKDAYS = set(("lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miercoles jueves viernes sabado "
                 "domingo lunedi martedi mercoledi giovedi venerdi sabato domenica segunda-feira terca-feira "
                 "quarta-feira quinta-feira sexta-feira montag dienstag mittwoch donnerstag freitag samstag "
                 "sonntag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ponedeljak utorak sreda cetvrtak "
                 "petak subota nedelja luni marti miercuri joi vineri sambata duminica pazartesi sali carsamba persembe "
                 "cuma cumartesi pazar понедельник вторник среда четверг пятница суббота воскресенье").split())
_ENGLISH = {name: _MONTHS_EN[k] for names in _MONTHS.values() for k, name in enumerate(names.split())}
#: "6 de abril de 2021", "6 de Abril, 2021": the Spanish and Portuguese "de" between day, month and year
_DE = re.compile(r"(?<=\d)\s+de\s+(?=[A-Za-z])|(?<=[a-z])\s+de\s+(?=\d{4})", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?\.?")


def _fold(word: str) -> str:
    folded = unicodedata.normalize("NFD", word.lower().rstrip(".").replace("ı", "i"))  # Turkish dotless i has no accent to drop
    return "".join(c for c in folded if not unicodedata.combining(c))


_ENGLISH_NAMES = {name.lower() for name in _MONTHS_EN} | {name.lower()[:3] for name in _MONTHS_EN} | {"sept"}


def _english_word(m: re.Match) -> str:
    folded = _fold(m.group())
    if folded in _WEEKDAYS:
        return ""
    return m.group() if folded in _ENGLISH_NAMES else _ENGLISH.get(folded, m.group())


def english_stamp(text: str) -> str:
    """`text` with foreign month names in English and foreign weekday names dropped (English names stay as written)."""
    return re.sub(r"\s{2,}", " ", _WORD.sub(_english_word, _DE.sub(" ", text))).strip(" ,")


__all__ = ["english_stamp"]
