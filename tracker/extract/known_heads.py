"""Who holds a head's office: the heads of state and government the tracker's officials table names (round 823).

The guideline (docs/extraction.md, "Types") makes a meeting a `summit` when heads of state or government meet. The rules
read a head from the title the text gives each person ("President X", "Prime Minister Y"); wire copy names the best
known leaders bare ("Aliyev and Pashinyan met in Brussels", "the prime minister will meet with Macron on Friday"), and the
officials table (`officials.py`, the store's actors) knows the person and the state but not the office. This table adds
the office, as general knowledge: the people whose place in the news is that of a sitting head of state or government
(presidents, prime ministers, monarchs and ruling princes, the chair of a sovereign or presidential council). People
who held such an office but are named mostly in another role are left out (Dmitry Medvedev, Shimon Peres, Yair Lapid,
Frank-Walter Steinmeier, Qatar's prime minister and foreign minister, former presidents acting as envoys: Leonid
Kuchma, Hamid Karzai, Olusegun Obasanjo), and a title the text gives always wins ("former President X" is no head).
"""
from __future__ import annotations

from tracker.resolve import fold

HEADS = frozenset(fold(name) for name in """\
Vladimir Putin|Volodymyr Zelensky|Petro Poroshenko|Alexander Lukashenko|Emmanuel Macron|François Hollande|Angela Merkel|
Olaf Scholz|Donald Trump|Joe Biden|Barack Obama|George W. Bush|Recep Tayyip Erdoğan|Hassan Rouhani|Ebrahim Raisi|
Masoud Pezeshkian|Ali Khamenei|Bashar al-Assad|Kassym-Jomart Tokayev|Nursultan Nazarbayev|Nikol Pashinyan|Serzh Sargsyan|
Ilham Aliyev|Xi Jinping|Hu Jintao|Li Keqiang|Li Qiang|Moon Jae-in|Yoon Suk-yeol|Lee Jae-myung|Park Geun-hye|Kim Dae-jung|
Roh Moo-hyun|Kim Jong Un|Kim Jong-il|Kim Il-sung|Benjamin Netanyahu|Naftali Bennett|Ehud Olmert|Ariel Sharon|Yitzhak Rabin|
Isaac Herzog|Mahmoud Abbas|Yasser Arafat|Mohammad Shtayyeh|Mohamed bin Zayed Al Nahyan|Mohammed bin Salman|
Tamim bin Hamad Al Thani|Abdel Fattah el-Sisi|Abdel Fattah al-Burhan|Ashraf Ghani|Abiy Ahmed|Rashad al-Alimi|Fayez al-Sarraj|
Abdul Hamid Dbeibah|Aleksandar Vučić|Nicolás Maduro|Andrés Manuel López Obrador|Jonas Gahr Støre|Boris Johnson|Rishi Sunak|
Keir Starmer|Narendra Modi|Shavkat Mirziyoyev|Islam Karimov|Sadyr Japarov|Sooronbay Jeenbekov|Almazbek Atambayev|
Emomali Rahmon|Gurbanguly Berdimuhamedow|Serdar Berdimuhamedow""".replace("\n", "").split("|"))


def known_head(name: str) -> bool:
    """True for the name (as the officials table writes it) of a person known as a head of state or government."""
    return fold(name) in HEADS


__all__ = ["HEADS", "known_head"]
