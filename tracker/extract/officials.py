"""Well-known officials of the processes the tracker follows, with the state or organisation they serve.

Wire copy names a leader or minister bare when the setting makes the state plain ("Foreign Minister Mevlüt
Çavuşoğlu" in a Turkish paper, "President Donald Trump" at the White House). The country and city libraries
cannot know people, so this table keeps them (the issue: "keep only what they lack (officials, processes,
titles) in our own lexicon"). The store's own officials win over a row here.

One row per person: name|aliases (`;`, a bare surname only when wire copy uses it and it names nobody else)|
ISO 3166 alpha-3 code of the state, or the name of an organisation or group the lexicon knows.

The rows below are the first table, kept as written; officials.tsv (shipped in the package) adds whole sets of
office holders 2014-2026 (every head of state or government, foreign minister, envoy or secretary-general of an
office the followed processes meet), one a line with the page that lists the office's holders (round 790).
"""
from __future__ import annotations

from tracker.extract.package_tables import pipe_lines


def _officials_table() -> str:
    """The rows of officials.tsv as `name|aliases|serves` lines, the form of the table below."""
    return pipe_lines("officials.tsv", ("name", "aliases", "serves", "source"), keep=3)


OFFICIALS = """\
Dmitry Peskov|Dmitri Peskov;Peskov|RUS
Maria Zakharova|Mariya Zakharova;Zakharova|RUS
Mikhail Bogdanov||RUS
Dmitry Kozak|Dmitri Kozak|RUS
Vladislav Surkov|Surkov|RUS
Vasily Nebenzia|Vassily Nebenzia;Nebenzia|RUS
Mikhail Ulyanov|Mikhail Ulianov|RUS
Sergei Ryabkov|Sergey Ryabkov;Ryabkov|RUS
Andrei Rudenko|Andrey Rudenko|RUS
Yuri Ushakov|Yury Ushakov|RUS
Dmitry Medvedev|Dmitri Medvedev;Medvedev|RUS
Sergei Shoigu|Sergey Shoigu;Shoigu|RUS
Vladimir Medinsky|Medinsky|RUS
Boris Gryzlov|Gryzlov|RUS
Volodymyr Zelensky|Volodymyr Zelenskyy;Volodymyr Zelenskiy;Zelensky;Zelenskyy;Zelenskiy|UKR
Petro Poroshenko|Poroshenko|UKR
Dmytro Kuleba|Dmitry Kuleba;Kuleba|UKR
Andriy Yermak|Andrii Yermak;Andrey Yermak;Yermak|UKR
Pavlo Klimkin|Klimkin|UKR
Leonid Kuchma|Kuchma|UKR
Leonid Kravchuk|Kravchuk|UKR
Oleksii Reznikov|Oleksiy Reznikov;Reznikov|UKR
Rustem Umerov|Umerov|UKR
Mykhailo Podolyak|Mykhailo Podoliak;Podolyak|UKR
David Arakhamia|Davyd Arakhamia;Arakhamia|UKR
Andrii Sybiha|Andriy Sybiha;Sybiha|UKR
Alexander Lukashenko|Alexander Lukashenka;Aleksandr Lukashenko;Lukashenko|BLR
Emmanuel Macron|Macron|FRA
François Hollande|Francois Hollande;Hollande|FRA
Jean-Yves Le Drian|Le Drian|FRA
Laurent Fabius|Fabius|FRA
Catherine Colonna||FRA
Emmanuel Bonne||FRA
Angela Merkel|Merkel|DEU
Olaf Scholz|Scholz|DEU
Frank-Walter Steinmeier|Steinmeier|DEU
Heiko Maas||DEU
Annalena Baerbock|Baerbock|DEU
Jens Plötner|Jens Ploetner;Ploetner|DEU
Steffen Seibert|Seibert|DEU
Joschka Fischer||DEU
Christoph Heusgen|Heusgen|DEU
Donald Trump|Trump|USA
Joe Biden|Joseph Biden;Biden|USA
Barack Obama|Obama|USA
George W. Bush||USA
Mike Pence|Pence|USA
Kamala Harris||USA
Antony Blinken|Tony Blinken;Blinken|USA
Mike Pompeo|Michael Pompeo;Pompeo|USA
Rex Tillerson|Tillerson|USA
John Kerry||USA
Hillary Clinton||USA
Condoleezza Rice||USA
Colin Powell||USA
Marco Rubio|Rubio|USA
Victoria Nuland|Nuland|USA
Kurt Volker|Volker|USA
Zalmay Khalilzad|Khalilzad|USA
Stephen Biegun|Steve Biegun;Biegun|USA
Jake Sullivan||USA
Robert Malley|Rob Malley|USA
Jared Kushner|Kushner|USA
Wendy Sherman||USA
Linda Thomas-Greenfield|Thomas-Greenfield|USA
Brett McGurk|McGurk|USA
Amos Hochstein|Hochstein|USA
Steve Witkoff|Steven Witkoff;Witkoff|USA
Keith Kellogg||USA
William Burns|Bill Burns|USA
Lloyd Austin||USA
Mevlüt Çavuşoğlu|Mevlut Cavusoglu;Çavuşoğlu;Cavusoglu|TUR
Hulusi Akar||TUR
İbrahim Kalın|Ibrahim Kalin;Ibrahim Kalın|TUR
Ahmet Davutoğlu|Ahmet Davutoglu;Davutoğlu;Davutoglu|TUR
Mohammad Javad Zarif|Mohammad Javad Zarif;Javad Zarif;Zarif|IRN
Hossein Amir-Abdollahian|Hossein Amirabdollahian;Hossein Amir Abdollahian;Amir-Abdollahian;Amirabdollahian|IRN
Ali Bagheri Kani|Ali Bagheri-Kani;Ali Bagheri;Bagheri Kani|IRN
Hassan Rouhani|Hassan Rohani;Rouhani|IRN
Ali Khamenei|Ayatollah Ali Khamenei;Khamenei|IRN
Masoud Pezeshkian|Pezeshkian|IRN
Saeed Khatibzadeh|Khatibzadeh|IRN
Nasser Kanaani|Nasser Kan'ani;Naser Kanaani;Nasser Kanani;Kanaani|IRN
Esmaeil Baghaei|Esmaeil Baqaei;Baghaei|IRN
Hossein Jaberi Ansari|Hossein Jaberi-Ansari;Jaberi Ansari|IRN
Ali Akbar Salehi||IRN
Ali Asghar Khaji|Khaji|IRN
Bashar al-Assad|Bashar Assad;Bashar al-Asad;Assad|SYR
Bashar al-Jaafari|Bashar al-Jafari;Bashar Jaafari;Bashar Ja'afari;Jaafari|SYR
Faisal Mekdad|Faisal al-Mekdad;Fayssal Mekdad;Faisal Miqdad;Mekdad|SYR
Walid Muallem|Walid al-Muallem;Walid al-Moallem;Walid Moallem;Muallem|SYR
Ahmad Kuzbari|Ahmed Kuzbari;Kuzbari|SYR
Hadi al-Bahra|Hadi Bahra|Syrian opposition
Nasr al-Hariri|Naser al-Hariri|Syrian opposition
António Guterres|Antonio Guterres;Guterres|United Nations
Ban Ki-moon||United Nations
Kofi Annan||United Nations
Lakhdar Brahimi|Brahimi|United Nations
Martin Griffiths||United Nations
Hans Grundberg|Grundberg|United Nations
Ismail Ould Cheikh Ahmed|Ismail Ould Cheikh Ahmad;Ould Cheikh Ahmed;Ould Cheikh Ahmad|United Nations
Ghassan Salamé|Ghassan Salame;Salamé|United Nations
Stephanie Williams||United Nations
Abdoulaye Bathily|Bathily|United Nations
Volker Perthes|Perthes|United Nations
Rosemary DiCarlo|DiCarlo|United Nations
Tor Wennesland|Wennesland|United Nations
Rebeca Grynspan|Grynspan|United Nations
Stéphane Dujarric|Stephane Dujarric;Dujarric|United Nations
Farhan Haq||United Nations
Rafael Grossi|Rafael Mariano Grossi;Grossi|International Atomic Energy Agency
Yukiya Amano|Amano|International Atomic Energy Agency
Enrique Mora||European Union
Josep Borrell|Borrell|European Union
Federica Mogherini|Mogherini|European Union
Catherine Ashton||European Union
Miroslav Lajčák|Miroslav Lajcak;Lajčák;Lajcak|European Union
Charles Michel||European Council
Ursula von der Leyen|von der Leyen|European Union
Toivo Klaar||European Union
Thomas Greminger|Greminger|Organization for Security and Co-operation in Europe
Martin Sajdik|Sajdik|Organization for Security and Co-operation in Europe
Heidi Grau||Organization for Security and Co-operation in Europe
Moussa Faki Mahamat|Moussa Faki|African Union
Olusegun Obasanjo|Obasanjo|African Union
Mukhtar Tileuberdi|Mukhtar Tleuberdi;Tileuberdi;Tleuberdi|KAZ
Kairat Abdrakhmanov|Abdrakhmanov|KAZ
Murat Nurtleu|Nurtleu|KAZ
Akylbek Kamaldinov|Kamaldinov|KAZ
Yerlan Idrissov|Erlan Idrissov;Idrissov|KAZ
Nikol Pashinyan|Pashinyan|ARM
Ararat Mirzoyan|Mirzoyan|ARM
Zohrab Mnatsakanyan|Mnatsakanyan|ARM
Edward Nalbandian|Edward Nalbandyan;Nalbandian|ARM
Vardan Oskanian|Oskanian|ARM
Serzh Sargsyan|Serzh Sarkisian|ARM
Armen Grigoryan||ARM
Ilham Aliyev|Aliyev|AZE
Jeyhun Bayramov|Bayramov|AZE
Elmar Mammadyarov|Elmar Mamedyarov;Mammadyarov;Mamedyarov|AZE
Hikmet Hajiyev|Hajiyev|AZE
Xi Jinping||CHN
Hu Jintao||CHN
Li Keqiang||CHN
Li Qiang||CHN
Wang Yi||CHN
Qin Gang||CHN
Yang Jiechi||CHN
Dai Bingguo||CHN
Li Zhaoxing||CHN
Tang Jiaxuan||CHN
Wu Dawei||CHN
Xie Feng||CHN
Wang Wenbin||CHN
Zhao Lijian||CHN
Hua Chunying||CHN
Mao Ning||CHN
Liu Jianchao||CHN
Moon Jae-in|Moon Jae In|KOR
Yoon Suk-yeol|Yoon Suk Yeol;Yoon Seok-youl|KOR
Lee Jae-myung|Lee Jae Myung|KOR
Park Geun-hye|Park Geun Hye|KOR
Kim Dae-jung|Kim Dae Jung|KOR
Roh Moo-hyun|Roh Moo Hyun|KOR
Cho Myoung-gyon|Cho Myung-gyon;Cho Myoung Gyon;Cho Myung-kyun|KOR
Kang Kyung-wha|Kang Kyung Wha|KOR
Chung Eui-yong|Chung Eui Yong|KOR
Kim Yeon-chul|Kim Yeon Chul|KOR
Kwon Young-se|Kwon Young Se|KOR
Lee In-young|Lee In Young|KOR
Suh Hoon||KOR
Kim Jong Un|Kim Jong-un;Kim Jong-Un|PRK
Kim Jong-il|Kim Jong Il|PRK
Kim Il-sung|Kim Il Sung|PRK
Kim Yo-jong|Kim Yo Jong|PRK
Ri Son-gwon|Ri Son Gwon|PRK
Ri Yong-ho|Ri Yong Ho|PRK
Choe Son-hui|Choe Son Hui|PRK
Kim Yong-chol|Kim Yong Chol|PRK
Kim Kye-gwan|Kim Kye Gwan|PRK
Benjamin Netanyahu|Netanyahu|ISR
Naftali Bennett||ISR
Yair Lapid|Lapid|ISR
Shimon Peres|Peres|ISR
Ehud Barak||ISR
Ehud Olmert|Olmert|ISR
Ariel Sharon||ISR
Yitzhak Rabin|Rabin|ISR
Isaac Herzog||ISR
Benny Gantz|Gantz|ISR
Ron Dermer|Dermer|ISR
David Barnea|Barnea|ISR
Mahmoud Abbas||PSE
Yasser Arafat|Arafat|PSE
Riyad al-Maliki|Riad Malki|PSE
Mohammad Shtayyeh|Mohammed Shtayyeh;Shtayyeh|PSE
Ismail Haniyeh|Haniyeh|Hamas
Yahya Sinwar|Sinwar|Hamas
Khaled Meshaal|Khaled Mashal;Khalid Mashal|Hamas
Khalil al-Hayya|Khalil al-Hayyah|Hamas
Abdullah bin Zayed Al Nahyan|Abdullah bin Zayed al-Nahyan;Abdullah bin Zayed;Sheikh Abdullah bin Zayed Al Nahyan;Sheikh Abdullah bin Zayed|ARE
Mohamed bin Zayed Al Nahyan|Mohammed bin Zayed Al Nahyan;Mohamed bin Zayed;Mohammed bin Zayed;Sheikh Mohamed bin Zayed Al Nahyan;Sheikh Mohamed bin Zayed|ARE
Anwar Gargash|Gargash|ARE
Abdullatif Al Zayani|Abdullatif al-Zayani;Abdullatif bin Rashid Al Zayani;Abdullatif bin Rashid Al-Zayani|BHR
Mohammed bin Salman|Mohammad bin Salman|SAU
Faisal bin Farhan Al Saud|Faisal bin Farhan|SAU
Adel al-Jubeir|Adel Al-Jubeir;Jubeir|SAU
Tamim bin Hamad Al Thani|Tamim bin Hamad al-Thani;Sheikh Tamim;Tamim al-Thani;Sheikh Tamim bin Hamad Al Thani|QAT
Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman al-Thani;Mohammed bin Abdulrahman;Sheikh Mohammed bin Abdulrahman Al Thani;Sheikh Mohammed bin Abdulrahman|QAT
Majed al-Ansari||QAT
Abdel Fattah el-Sisi|Abdel Fattah al-Sisi;Abdel-Fattah el-Sissi;Abdel Fattah el-Sissi;el-Sisi;el-Sissi|EGY
Sameh Shoukry|Shoukry|EGY
Badr Abdelatty|Abdelatty|EGY
Ayman Safadi|Safadi|JOR
Abdel Fattah al-Burhan|Abdel-Fattah Burhan;Abdel Fattah Burhan;Burhan|SDN
Mohamed Hamdan Dagalo|Mohammed Hamdan Dagalo;Dagalo;Hemedti|Rapid Support Forces
Ashraf Ghani||AFG
Hamid Karzai|Karzai|AFG
Abdul Ghani Baradar|Mullah Baradar;Baradar|Taliban
Suhail Shaheen||Taliban
Zabihullah Mujahid||Taliban
Amir Khan Muttaqi|Muttaqi|Taliban
Abiy Ahmed|Abiy Ahmed Ali|ETH
Redwan Hussien|Redwan Hussein|ETH
Debretsion Gebremichael|Debretsion|Tigray People's Liberation Front
Getachew Reda||Tigray People's Liberation Front
Rashad al-Alimi|Rashad Al-Alimi|YEM
Abdulmalik al-Houthi|Abdul-Malik al-Houthi;Abdul Malik al-Houthi|Houthis
Mohammed Abdulsalam|Mohammed Abdul-Salam|Houthis
Fayez al-Sarraj|Fayez Sarraj;Fayez al-Serraj;Sarraj|LBY
Abdul Hamid Dbeibah|Abdulhamid Dbeibah;Dbeibah|LBY
Khalifa Haftar|Khalifa Hifter;Haftar|LBY
Aleksandar Vučić|Aleksandar Vucic;Vučić;Vucic|SRB
Ivica Dačić|Ivica Dacic;Dačić;Dacic|SRB
Marko Đurić|Marko Djuric|SRB
Nicolás Maduro|Nicolas Maduro;Maduro|VEN
Delcy Rodríguez|Delcy Rodriguez|VEN
Jorge Rodríguez|Jorge Rodriguez|VEN
Juan Guaidó|Juan Guaido;Guaidó;Guaido|Venezuelan opposition
Gerardo Blyde|Blyde|Venezuelan opposition
Dag Nylander|Nylander|NOR
Jonas Gahr Støre|Jonas Gahr Store|NOR
Espen Barth Eide||NOR
Ine Eriksen Søreide|Ine Eriksen Soreide|NOR
Andrés Manuel López Obrador|Andres Manuel Lopez Obrador;Lopez Obrador;López Obrador|MEX
Marcelo Ebrard|Ebrard|MEX
Boris Johnson||GBR
Rishi Sunak|Sunak|GBR
Keir Starmer|Starmer|GBR
James Cleverly|Cleverly|GBR
Dominic Raab||GBR
Narendra Modi|Modi|IND
Subrahmanyam Jaishankar|S. Jaishankar;Jaishankar|IND
Badr Albusaidi|Badr al-Busaidi;Sayyid Badr Albusaidi|OMN
Fuad Hussein||IRQ
Ignazio Cassis||CHE
""" + _officials_table()
