"""A word-for-word English gloss of Spanish and French wire copy, so that the English rules can read it.

The rules read English only. Spanish and French wires report the same acts in the same few shapes ("firmaron
este viernes en México un acuerdo", "a déclaré mardi", "se tiendra le 30 mars à Luanda"), so a small table of
trigger verbs, nouns of events, titles, months, weekdays, ordinals and function words, replaced phrase by phrase,
gives English the rules read ("signed on Friday in Mexico an agreement"). Names and words the table lacks stay
as written. Every replacement is recorded, so that an event's evidence is given back in the words of the text.
No model and no download: the table is ours, and only texts `language.foreign_language` names as Spanish or
French are glossed (English copy never comes here, so its speed does not change).
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from typing import Any, Callable

from tracker.extract.article import Article

_MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_MONTHS_EN = "January February March April May June July August September October November December".split()
_DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DAYS = {"Spanish": "lunes martes miércoles jueves viernes sábado domingo".split(),
         "French": "lundi mardi mercredi jeudi vendredi samedi dimanche".split()}

#: phrase -> English, per language; longer phrases are tried first, so "se reunió con" wins over "con"
_TABLE = {
    "Spanish": """
memorando de entendimiento=memorandum of understanding|declaración conjunta=joint statement|
comunicado conjunto=joint statement|conversación telefónica=telephone call|llamada telefónica=telephone call|
habló por teléfono con=held a telephone call with|hablaron por teléfono=held a telephone call|
conversó por teléfono con=held a telephone call with|ministro de relaciones exteriores=Foreign Minister|
canciller=Foreign Minister|ministra de relaciones exteriores=Foreign Minister|
ministerio de relaciones exteriores=Foreign Ministry|cancillería=Foreign Ministry|
se reunió con=met with|se reunieron con=met with|se reunió=met|se reunieron=met|se reunirá con=will meet with|
se reunirán=will meet|se reunirá=will meet|se celebrará=will be held|se celebró=was held|se celebraron=were held|
se realizará=will be held|se realizó=was held|tendrá lugar=will take place|tuvo lugar=took place|
firmaron=signed|firmó=signed|firmado=signed|firmada=signed|suscrito=signed|suscribieron=signed|
suscribió=signed|acordaron celebrar=agreed to hold|acordó celebrar=agreed to hold|acordaron reunirse=agreed to meet|
acordaron reanudar=agreed to resume|acordaron=agreed|acordó=agreed|acordar=agree on|
alcanzaron un acuerdo=reached an agreement|
dijo=said|declaró=said|afirmó=said|aseguró=said|señaló=said|indicó=said|manifestó=said|subrayó=stressed|
anunció=announced|anunciaron=announced|propuso=proposed|propusieron=proposed|pidió alcanzar=called for reaching|
pidió=called for|poco antes de=shortly before|comenzar=starting|
escribió=wrote|informó=said|informaron=said|explicó=said|agregó=added|añadió=added|celebrar=hold|
a finales de=in late|a principios de=in early|a mediados de=in mid|finales de=late|principios de=early|
nueva=new|nuevo=new|ambos ministros=both ministers|ambos=both|homólogo=counterpart|homólogos=counterparts|
ministerio=ministry|ministro=minister|ministra=minister|embajador=ambassador|alcanzar=reach|pidieron=called for|
instó a=urged|instó=urged|exhortó=urged|visitó=visited|visitará=will visit|llegó a=arrived in|
celebrará=will hold|celebró=held|celebraron=held|sostuvo=held|sostuvieron=held|reanudarán=will resume|
reanudaron=resumed|iniciaron=began|comenzó=began|concluyó=ended|concluyeron=ended|terminó=ended|
programado para=scheduled for|programada para=scheduled for|acoge=hosts|acogerá=will host|
república democrática del congo=Democratic Republic of the Congo|naciones unidas=United Nations|
onu=UN|unión europea=European Union|unión africana=African Union|estados unidos=United States|eeuu=US|
rusia=Russia|turquía=Turkey|irán=Iran|siria=Syria|ucrania=Ukraine|alemania=Germany|francia=France|
reino unido=United Kingdom|méxico=Mexico|noruega=Norway|república dominicana=Dominican Republic|
viajó a=travelled to|viajó=travelled|viajará a=will travel to|viajará=will travel|fue recibido por=was received by|
fue recibida por=was received by|recibió a=received|recibió=received|conversaron=held talks|conversó con=held talks with|
dialogaron=held talks|fuente diplomática=diplomatic source|fuentes diplomáticas=diplomatic sources|donde=where|
en el marco del=within the framework of the|en el marco de=within the framework of|situación=situation|formato=format|astaná=Astana|la habana=Havana|ginebra=Geneva|moscú=Moscow|pekín=Beijing|viena=Vienna|bruselas=Brussels|
londres=London|estambul=Istanbul|el cairo=Cairo|teherán=Tehran|riad=Riyadh|yeda=Jeddah|jartum=Khartoum|
ciudad de méxico=Mexico City|puerto príncipe=Port-au-Prince|alto el fuego=ceasefire|tregua=truce|
proceso=process|capital=capital|reunión=meeting|reuniones=meetings|cumbre=summit|diálogo=talks|
diálogos=talks|negociaciones=negotiations|
conversaciones=talks|ronda=round|sesión=session|acuerdo=agreement|acuerdos=agreements|tratado=treaty|
comunicado=statement|visita=visit|delegación=delegation|delegaciones=delegations|delegados=delegates|
gobierno=government|oposición=opposition|presidente=President|presidenta=President|
primer ministro=Prime Minister|vicepresidente=Vice President|enviado especial=special envoy|
portavoz=spokesman|mediación=mediation|mediador=mediator|las partes=the parties|ambas partes=both sides|
ambas delegaciones=both delegations|este lunes=on Monday|este martes=on Tuesday|este miércoles=on Wednesday|
este jueves=on Thursday|este viernes=on Friday|este sábado=on Saturday|este domingo=on Sunday|
el próximo=next|la próxima=next|próximo=next|próxima=next|pasado=last|pasada=last|
la semana pasada=last week|la próxima semana=next week|la semana próxima=next week|ayer=yesterday|hoy=today|
mañana=tomorrow|según=according to|durante=during|tras=after|después de=after|antes de=before|
quincena=fortnight|del mes de=of|prevista=planned|previsto=planned|previstas=planned|previstos=planned|primera=first|primer=first|primero=first|segunda=second|segundo=second|tercera=third|tercer=third|
cuarta=fourth|cuarto=fourth|quinta=fifth|quinto=fifth|
del=of the|de la=of the|de los=of the|de las=of the|al=to the|el=the|la=the|los=the|las=the|
un=a|una=a|y=and|e=and|o=or|de=of|en=in|a=to|con=with|por=by|para=for|que=that|entre=between|sobre=on|
este=this|esta=this|su=its|sus=its|se=|lo=it|fue=was|es=is|son=are|ha=has|han=have|será=will be|no=not|
también=also|más=more|como=as|pero=but|sin=without|hasta=until|desde=since""",
    "French": """
mémorandum d'entente=memorandum of understanding|déclaration conjointe=joint statement|
communiqué conjoint=joint statement|entretien téléphonique=telephone call|conversation téléphonique=telephone call|
s'est entretenu par téléphone avec=held a telephone call with|
s'est entretenue par téléphone avec=held a telephone call with|
s'est entretenu avec=held talks with|s'est entretenue avec=held talks with|s'est entretenu=held talks|
ministre des affaires étrangères=Foreign Minister|ministère des affaires étrangères=Foreign Ministry|
ministère des relations extérieures=Foreign Ministry|ministre des relations extérieures=Foreign Minister|
feuille de route=roadmap|chef de l'état=head of state|chefs d'état=heads of state|
s'est réuni avec=met with|s'est réunie avec=met with|se sont réunis=met|se sont réunies=met|s'est réuni=met|
se réuniront=will meet|se réunira=will meet|se tiendra=will be held|se tiendront=will be held|
s'est tenue=was held|s'est tenu=was held|se sont tenues=were held|se sont tenus=were held|
aura lieu=will take place|a eu lieu=took place|ont eu lieu=took place|a rencontré=met|ont rencontré=met|
a déclaré=said|a dit=said|a affirmé=said|a indiqué=said|a souligné=stressed|a assuré=said|a estimé=said|
a annoncé=announced|ont annoncé=announced|a proposé=proposed|ont proposé=proposed|a appelé=called on|
a exhorté=urged|a demandé=called for|ont signé=signed|a signé=signed|a été signé=was signed|
a été signée=was signed|ont été signés=were signed|signé=signed|signée=signed|fin=late|début=early|mi-=mid-|
les deux ministres=both ministers|
ont discuté=discussed|a discuté=discussed|ministère=ministry|ministre=minister|ambassadeur=ambassador|
nouveau=new|nouvelle=new|a ajouté=added|a expliqué=said|a précisé=said|ont convenu de tenir=agreed to hold|
ont convenu de=agreed to|ont convenu=agreed|a convenu de=agreed to|
a convenu=agreed|se sont mis d'accord=agreed|ont conclu=concluded|a conclu=concluded|ont adopté=adopted|
a adopté=adopted|adopté=adopted|approuvé=adopted|approuvée=adopted|a visité=visited|visitera=will visit|
est arrivé à=arrived in|accueillera=will host|accueille=hosts|a accueilli=hosted|tiendront=will hold|
tiendra=will hold|ont tenu=held|a tenu=held|tenir=hold|tenue=held|tenu=held|reprendront=will resume|
ont repris=resumed|réunion=meeting|réunions=meetings|rencontre=meeting|rencontres=meetings|sommet=summit|
pourparlers=talks|négociations=negotiations|dialogue=talks|entretiens=talks|cycle=round|
session=session|accord=agreement|accords=agreements|traité=treaty|communiqué=statement|visite=visit|
république démocratique du congo=Democratic Republic of the Congo|rdc=DRC|union africaine=African Union|
union européenne=European Union|nations unies=United Nations|onu=UN|états-unis=United States|russie=Russia|
turquie=Turkey|syrie=Syria|allemagne=Germany|royaume-uni=United Kingdom|chine=China|processus=process|
s'est rendu à=visited|s'est rendue à=visited|s'est rendu=went|se rendra à=will visit|se rendra=will travel|
a été reçu par=was received by|a été reçue par=was received by|a reçu=received|s'entretiendra avec=will hold talks with|
ont évoqué=discussed|a évoqué=discussed|source diplomatique=diplomatic source|dans le cadre du=within the framework of the|
dans le cadre de=within the framework of|où=where|ensuite=then|genève=Geneva|moscou=Moscow|pékin=Beijing|vienne=Vienna|bruxelles=Brussels|londres=London|
le caire=Cairo|caire=Cairo|téhéran=Tehran|riyad=Riyadh|djeddah=Jeddah|alger=Algiers|cessez-le-feu=ceasefire|trêve=truce|
capitale=capital|ministériel=ministerial|ministérielle=ministerial|tripartite=tripartite|
conférence internationale=international conference|délégation=delegation|délégations=delegations|
gouvernement=government|président=President|
première ministre=Prime Minister|premier ministre=Prime Minister|envoyé spécial=special envoy|
porte-parole=spokesman|médiation=mediation|médiateur=mediator|homologue=counterpart|homologues=counterparts|
les parties=the parties|les deux parties=both sides|la semaine dernière=last week|la semaine prochaine=next week|
hier=yesterday|aujourd'hui=today|demain=tomorrow|selon=according to|lors du=during the|lors de la=during the|
lors des=during the|lors de=during|durant=during|pendant=during|après=after|avant=before|
le mois prochain=next month|quinzaine=fortnight|prévue=planned|prévu=planned|prévues=planned|prévus=planned|du mois de=of|du mois d'=of |de ce mois=of this month|ce mois=this month|prochain=next|prochaine=next|
dernier=last|dernière=last|première=first|premier=first|1ère=1st|1er=1st|deuxième=second|2ème=2nd|2e=2nd|
troisième=third|3ème=3rd|3e=3rd|quatrième=fourth|4ème=4th|4e=4th|cinquième=fifth|5ème=5th|5e=5th|
du=of the|des=of the|de la=of the|au=in the|aux=in the|le=the|la=the|les=the|un=a|une=a|et=and|ou=or|
de=of|d'=of |en=in|à=in|dans=in|avec=with|par=by|pour=for|que=that|qui=who|entre=between|sur=on|
ce=this|cette=this|ces=these|son=its|sa=its|ses=its|leur=their|leurs=their|il=he|elle=she|ils=they|
est=is|sont=are|a été=was|ont été=were|sera=will be|ne=|pas=not|aussi=also|également=also|plus=more|
mais=but|sans=without|jusqu'au=until the|depuis=since|ladite=the said|ledit=the said|l'=the |qu'=that """,
}


def _table(language: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for item in re.sub(r"\s*\n\s*", "", _TABLE[language]).split("|"):
        src, _, dst = item.partition("=")
        table[src.strip().lower()] = dst
    return table


#: Months and weekdays are written in small letters in both languages; a capital is a name ("Julio Borges")
_CALENDAR = {lang: {**{m: en for m, en in zip(_MONTHS_ES if lang == "Spanish" else _MONTHS_FR, _MONTHS_EN)},
                    **{d: f"on {en}" if lang == "French" else en for d, en in zip(_DAYS[lang], _DAYS_EN)}}
             for lang in _DAYS}
_CALENDAR_WORD = {lang: re.compile(r"(?<![\w'’])(?:" + "|".join(sorted(t, key=len, reverse=True)) + r")(?![\w'’])")
                  for lang, t in _CALENDAR.items()}


_TABLES = {lang: _table(lang) for lang in _TABLE}
_PATTERNS = {lang: re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(
    re.escape(k).replace("'", "['’]") + ("" if k.endswith("'") else r"(?![\w'’])")
    for k in sorted(t, key=len, reverse=True)) + ")") for lang, t in _TABLES.items()}
#: "13.08.2021", "13/08/2021": a day-first numeric date
_NUMERIC = re.compile(r"\b([0-3]?\d)[./]([01]?\d)[./]((?:19|20)\d\d)\b")
#: "le 21 mars" is "on 21 March" (the table reads "le" as "the"); "el 21 de marzo" is "on 21 March"
_DAY_OF = {"French": re.compile(r"(?i)\b(?:le|du|au)\s+(\d{1,2}|1er)(?=\s+(?:" + "|".join(_MONTHS_FR) + r")\b)"),
           "Spanish": re.compile(r"(?i)\b(?:el|del|al)\s+(\d{1,2})\s+de(?=\s+(?:" + "|".join(_MONTHS_ES) + r")\b)")}
#: "le 30 de ce mois", "el 30 de este mes": the day of this month
_THIS_MONTH = {"French": re.compile(r"(?i)\ble\s+(\d{1,2})\s+(?:de\s+ce|du)\s+mois\b"),
               "Spanish": re.compile(r"(?i)\bel\s+(\d{1,2})\s+de\s+este\s+mes\b")}
#: "el lunes", "el pasado lunes", "lundi dernier", "le lundi": the weekday as the English rules read it
_WEEKDAY = {"Spanish": re.compile(r"\b(?P<pre>el\s+pasado|el\s+próximo|el|este\s+pasado)\s+(?P<day>" + "|".join(_DAYS["Spanish"]) + r")\b"
                                  r"(?P<post>\s+pasado|\s+próximo)?"),
            "French": re.compile(r"\b(?:(?P<pre>le|ce)\s+)?(?P<day>" + "|".join(_DAYS["French"]) + r")(?P<post>\s+dernier|\s+prochain)?\b")}
#: Day ranges: "les 20 et 21 juin", "los días 20 y 21 de junio"
_DAYS_AND = {"French": re.compile(r"(?i)\bles\s+(\d{1,2})\s+et\s+(\d{1,2})(?=\s+(?:" + "|".join(_MONTHS_FR) + r")\b)"),
             "Spanish": re.compile(r"(?i)\b(?:los\s+días|el)\s+(\d{1,2})\s+y\s+(\d{1,2})\s+de(?=\s+(?:" + "|".join(_MONTHS_ES) + r")\b)")}
#: Day-to-day ranges: "du 4 au 6 avril", "du 30 mars au 2 avril", "del 4 al 6 de abril": "from 4 to 6 April" (the month
#: words are glossed on their own; a Spanish "de" before the second month is dropped with the range)
_DAYS_TO = {"French": re.compile(r"(?i)\bdu\s+(\d{1,2}|1er)(\s+(?:" + "|".join(_MONTHS_FR) + r"))?\s+au\s+(\d{1,2})(?=\s+(?:"
                                 + "|".join(_MONTHS_FR) + r")\b)"),
            "Spanish": re.compile(r"(?i)\bdel\s+(\d{1,2})(?:\s+de(\s+(?:" + "|".join(_MONTHS_ES) + r")))?\s+al\s+(\d{1,2})\s+de(?=\s+(?:"
                                  + "|".join(_MONTHS_ES) + r")\b)")}
#: Nationality adjectives, which Spanish and French write after their noun: "el canciller ruso" is the Russian one
_DEMONYMS = {"Russian": "ruso rusa rusos russe russes", "Turkish": "turco turca turcos turc turque turcs",
             "Iranian": "iraní iraníes iranien iranienne", "Syrian": "sirio siria sirios syrien syrienne",
             "Ukrainian": "ucraniano ucraniana ukrainien ukrainienne", "US": "estadounidense estadounidenses américain américaine",
             "Chinese": "chino china chinos chinois chinoise", "French": "francés francesa français française",
             "German": "alemán alemana allemand allemande", "British": "británico británica britannique",
             "Colombian": "colombiano colombiana colombien colombienne", "Venezuelan": "venezolano venezolana vénézuélien vénézuélienne",
             "Mexican": "mexicano mexicana mexicain mexicaine", "Cuban": "cubano cubana cubain cubaine",
             "Norwegian": "noruego noruega norvégien norvégienne", "Israeli": "israelí israelíes israélien israélienne",
             "Palestinian": "palestino palestina palestinien palestinienne", "Egyptian": "egipcio egipcia égyptien égyptienne",
             "Qatari": "catarí qatarí qatarien qatarienne", "Saudi": "saudí saudíes saoudien saoudienne",
             "Angolan": "angoleño angoleña angolais angolaise", "Congolese": "congoleño congoleña congolais congolaise",
             "Rwandan": "ruandés ruandesa rwandais rwandaise", "Moroccan": "marroquí marocain marocaine",
             "Algerian": "argelino argelina algérien algérienne", "Libyan": "libio libia libyen libyenne",
             "Sudanese": "sudanés sudanesa soudanais soudanaise", "Ethiopian": "etíope éthiopien éthiopienne",
             "Armenian": "armenio armenia arménien arménienne", "Azerbaijani": "azerbaiyano azerbaiyana azerbaïdjanais azerbaïdjanaise",
             "Kazakh": "kazajo kazaja kazakh kazakhe", "Nicaraguan": "nicaragüense nicaraguayen nicaraguayenne",
             "Spanish": "español española espagnol espagnole", "Italian": "italiano italiana italien italienne",
             "Japanese": "japonés japonesa japonais japonaise", "Indian": "indio india indien indienne",
             "Afghan": "afgano afgana afghan afghane", "Iraqi": "iraquí irakien irakienne",
             "Lebanese": "libanés libanesa libanais libanaise", "Emirati": "emiratí émirati émiratie",
             "Yemeni": "yemení yéménite", "Haitian": "haitiano haitiana haïtien haïtienne",
             "Brazilian": "brasileño brasileña brésilien brésilienne", "Malian": "maliense malien malienne",
             "Chadian": "chadiano tchadien tchadienne", "Senegalese": "senegalés sénégalais sénégalaise"}
_DEMONYM = {w: en for en, words in _DEMONYMS.items() for w in words.split()}
_FOREIGN = r"(?i:de\s+relaciones\s+exteriores|de\s+asuntos\s+exteriores|des\s+affaires\s+étrangères|des\s+relations\s+extérieures)"
#: "<noun> <demonym>": the demonym before the noun, and a foreign minister's office before his title
_NOUN_DEMONYM = re.compile(r"(?<![\w'’])(?P<noun>[a-zà-ÿ][\w-]*)\s+(?P<dem>" + "|".join(sorted(_DEMONYM, key=len, reverse=True))
                           + r")(?P<foreign>\s+" + _FOREIGN + r")?(?![\w'’])")
#: "marzo de 2024" is "March 2024" (French writes "mars 2024", which the English rules read once the month is glossed)
_MONTH_OF = {"Spanish": re.compile(r"(?i)\b(" + "|".join(_MONTHS_ES) + r")\s+de\s+((?:19|20)\d\d)\b")}
#: Words a demonym may follow without being their adjective: articles, prepositions, conjunctions
_NOT_NOUNS = {"el", "la", "los", "las", "le", "les", "de", "del", "des", "du", "y", "et", "en", "un", "una", "une"}


def _weekday(m: re.Match, language: str) -> str:
    """"el lunes" / "lundi": "on Monday"; "el pasado lunes" / "lundi dernier": "last Monday"; "próximo" / "prochain": next."""
    day = _DAYS_EN[_DAYS[language].index(m.group("day"))]
    when = (m.group("pre") or "") + (m.group("post") or "")
    return f"{'last' if re.search('pasado|dernier', when) else 'next' if re.search('próximo|prochain', when) else 'on'} {day}"


class Gloss:
    """An English gloss of a text, with the map from its positions back to the text's."""

    def __init__(self, text: str, language: str, anchor: dt.date | None = None) -> None:
        self.source = text
        self._spans: list[tuple[int, int, int, int]] = []  # (gloss start, gloss end, source start, source end)
        edits: list[tuple[int, int, str]] = []  # (source start, source end, English)
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, english: str) -> None:
            if not english:  # a word the gloss leaves out ("se", "ne") takes its space with it
                end += len(text[end:]) - len(text[end:].lstrip(" "))
            if not any(s < end and start < e for s, e in taken):
                edits.append((start, end, english))
                taken.append((start, end))

        for m in _NUMERIC.finditer(text):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= month <= 12 and 1 <= day <= 31:
                add(m.start(), m.end(), f"{day} {_MONTHS_EN[month - 1]} {m.group(3)}")
        for m in _DAYS_TO[language].finditer(text):  # before "du 4 avril", which would take the range's first day
            month = m.group(2) or ""
            if month:
                month = " " + _CALENDAR[language].get(month.strip().lower(), month.strip())
            add(m.start(), m.end(), f"from {m.group(1).replace('1er', '1')}{month} to {m.group(3)}")
        for m in _DAY_OF[language].finditer(text):
            add(m.start(), m.end(), f"on {m.group(1).replace('1er', '1')}")
        for m in _MONTH_OF[language].finditer(text) if language in _MONTH_OF else ():
            add(m.start(), m.end(), f"{_MONTHS_EN[_MONTHS_ES.index(m.group(1).lower())]} {m.group(2)}")
        for m in _DAYS_AND[language].finditer(text):
            add(m.start(), m.end(), f"on {m.group(1)} and {m.group(2)}")
        for m in _WEEKDAY[language].finditer(text):
            add(m.start(), m.end(), _weekday(m, language))
        table = _TABLES[language]
        for m in _NOUN_DEMONYM.finditer(text):
            noun = m.group("noun")
            if noun in _NOT_NOUNS:
                continue
            english = "Foreign Minister" if m.group("foreign") and noun.startswith("minist") else table.get(noun, noun)
            add(m.start(), m.end(), f"{_DEMONYM[m.group('dem')]} {english}")
        for m in _THIS_MONTH[language].finditer(text if anchor else ""):  # the month of the day the article is dated
            add(m.start(), m.end(), f"on {_MONTHS_EN[anchor.month - 1]} {int(m.group(1))}")
        for m in _PATTERNS[language].finditer(text):
            word = m.group(0)
            english = table[word.lower().replace("’", "'")]
            bare = english.rstrip()
            if (bare == "the" or bare.endswith(" the")) and text[m.end():].lstrip(" ")[:1].isupper():
                english = bare[:-3].rstrip()  # "du Rwanda", "l'Angola": "of Rwanda", "Angola"
                if not english:
                    add(m.start(), m.end(), "")
                    continue
                english += " " if word[-1:] in "'’" else ""
            if word[:1].isupper() and english[:1].islower():
                english = english[:1].upper() + english[1:]
            add(m.start(), m.end(), english)
        for m in _CALENDAR_WORD[language].finditer(text):
            add(m.start(), m.end(), _CALENDAR[language][m.group(0)])
        out, pos, glossed = [], 0, 0
        for start, end, english in sorted(edits):
            out.append(text[pos:start])
            glossed += start - pos
            out.append(english)
            self._spans.append((glossed, glossed + len(english), start, end))
            glossed += len(english)
            pos = end
        out.append(text[pos:])
        self.text = "".join(out)
        self._starts = [s[0] for s in self._spans]

    def source_at(self, pos: int, end: bool = False) -> int:
        """The position in the text of position `pos` of the gloss (a replaced phrase maps to its whole source)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        g_start, g_end, s_start, s_end = self._spans[i]
        if pos < g_end or (end and pos == g_end):
            return s_end if end else s_start
        return s_end + (pos - g_end)

    def source_of(self, snippet: str) -> str:
        """The words of the text that `snippet` (a part of the gloss) glosses; `snippet` itself when not found."""
        at = self.text.find(snippet)
        if at < 0 or not snippet:
            return snippet
        return self.source[self.source_at(at):self.source_at(at + len(snippet), end=True)].strip()


def glossable(language: str | None) -> bool:
    """Whether texts in `language` (as `foreign_language` names it) are read through a gloss."""
    return language in _TABLES


def _back(snippet: str, glosses: list[Gloss]) -> str:
    """The text's own words for `snippet` of a glossed paragraph."""
    for g in glosses:
        if snippet and snippet in g.text:
            return g.source_of(snippet)
    return snippet


def read_glossed(article: Article, language: str, extract: Callable[[Article], Any]) -> Any:
    """`extract` (the English rules) run on the gloss of a Spanish or French `article`, its evidence given back in the
    text's own words.

    The events lose 0.15 confidence (a gloss misses much), and a note says how the text was read.
    """
    glosses = [Gloss(p, language, article.anchor) for p in article.paragraphs]
    title = Gloss(article.title, language, article.anchor).text if article.title else None
    english = dataclasses.replace(article, body="\n\n".join(g.text for g in glosses), title=title)
    extraction = extract(english)
    for c in extraction.events:
        c.evidence = [_back(e, glosses) for e in c.evidence]
        c.quotes = [(speaker, _back(q, glosses)) for speaker, q in c.quotes]
        c.confidence = round(max(0.1, c.confidence - 0.15), 2)
    extraction.article = article
    extraction.notes.insert(0, f"{article.label}: the text is in {language}; it was read through a word-for-word English "
                               "gloss of its common words, so events may be missed, and they have a lower confidence")
    return extraction


__all__ = ["Gloss", "glossable", "read_glossed"]
