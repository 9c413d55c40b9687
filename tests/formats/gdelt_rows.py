"""GDELT-shaped rows for tests, written from the GDELT codebooks' column positions (not from the importer)."""
from __future__ import annotations

#: 0-based positions of the cells the tests fill, per column count (GDELT 1.0: 57/58, 2.0: 61).
POSITIONS = {
    "GLOBALEVENTID": {57: 0, 58: 0, 61: 0}, "SQLDATE": {57: 1, 58: 1, 61: 1},
    "Actor1Code": {57: 5, 58: 5, 61: 5}, "Actor1Name": {57: 6, 58: 6, 61: 6},
    "Actor1CountryCode": {57: 7, 58: 7, 61: 7}, "Actor1Type1Code": {57: 12, 58: 12, 61: 12},
    "Actor2Code": {57: 15, 58: 15, 61: 15}, "Actor2Name": {57: 16, 58: 16, 61: 16},
    "Actor2CountryCode": {57: 17, 58: 17, 61: 17}, "Actor2Type1Code": {57: 22, 58: 22, 61: 22},
    "EventCode": {57: 26, 58: 26, 61: 26}, "EventBaseCode": {57: 27, 58: 27, 61: 27},
    "EventRootCode": {57: 28, 58: 28, 61: 28},
    "ActionGeo_FullName": {57: 50, 58: 50, 61: 52}, "ActionGeo_CountryCode": {57: 51, 58: 51, 61: 53},
    "DATEADDED": {57: 56, 58: 56, 61: 59}, "SOURCEURL": {58: 57, 61: 60},
}


def gdelt_line(columns: int = 61, **cells: str) -> str:
    """One tab-separated GDELT event row with `cells` at their codebook positions (the rest empty)."""
    row = [""] * columns
    code = cells.get("EventCode", "")
    cells = {"EventBaseCode": code[:3], "EventRootCode": code[:2], **cells}
    for name, value in cells.items():
        row[POSITIONS[name][columns]] = value
    return "\t".join(row)


def actor(prefix: str, code: str, name: str, country: str = "", role: str = "") -> dict[str, str]:
    """The cells of Actor1 or Actor2."""
    return {f"{prefix}Code": code, f"{prefix}Name": name, f"{prefix}CountryCode": country, f"{prefix}Type1Code": role}


def sample_lines(columns: int = 61) -> list[str]:
    """Eight rows: one event in three rows (two URLs), an intent to meet, a filtered-out fight, an IGO visit,
    a military visit, and an event whose SQLDATE is years before DATEADDED."""
    added = "20230621120000" if columns == 61 else "20230621"
    kaz_rus = {**actor("Actor1", "KAZGOV", "KAZAKHSTAN", "KAZ", "GOV"), **actor("Actor2", "RUS", "RUSSIA", "RUS")}
    rows = [
        dict(GLOBALEVENTID="1001", SQLDATE="20230620", EventCode="046", ActionGeo_FullName="Astana, Astana, Kazakhstan", ActionGeo_CountryCode="KZ",
             SOURCEURL="https://news.example.org/a", **kaz_rus),
        dict(GLOBALEVENTID="1002", SQLDATE="20230620", EventCode="046", ActionGeo_FullName="Astana, Astana, Kazakhstan", ActionGeo_CountryCode="KZ",
             SOURCEURL="https://www.example.com/b", **kaz_rus),
        dict(GLOBALEVENTID="1003", SQLDATE="20230620", EventCode="046", ActionGeo_FullName="Astana, Astana, Kazakhstan", ActionGeo_CountryCode="KZ",
             SOURCEURL="https://news.example.org/a", **kaz_rus),
        dict(GLOBALEVENTID="1004", SQLDATE="20230622", EventCode="036", ActionGeo_FullName="Ankara, Ankara, Turkey", ActionGeo_CountryCode="TU",
             SOURCEURL="https://news.example.org/c",
             **actor("Actor1", "KAZ", "KAZAKHSTAN", "KAZ"), **actor("Actor2", "TUR", "TURKEY", "TUR")),
        dict(GLOBALEVENTID="1005", SQLDATE="20230622", EventCode="190", ActionGeo_FullName="Somewhere",
             SOURCEURL="https://news.example.org/d",
             **actor("Actor1", "USA", "UNITED STATES", "USA"), **actor("Actor2", "CHN", "CHINA", "CHN")),
        dict(GLOBALEVENTID="1006", SQLDATE="20230623", EventCode="042", ActionGeo_FullName="Damascus, Dimashq, Syria", ActionGeo_CountryCode="SY",
             SOURCEURL="https://news.example.org/e",
             **actor("Actor1", "IGOUNO", "UNITED NATIONS", "", "IGO"), **actor("Actor2", "SYR", "SYRIA", "SYR")),
        dict(GLOBALEVENTID="1007", SQLDATE="20230624", EventCode="0421", ActionGeo_FullName="Latakia, Al Ladhiqiyah, Syria", ActionGeo_CountryCode="SY",
             SOURCEURL="https://news.example.org/f",
             **actor("Actor1", "RUSMIL", "RUSSIA", "RUS", "MIL"), **actor("Actor2", "SYRGOV", "SYRIA", "SYR", "GOV")),
        dict(GLOBALEVENTID="1008", SQLDATE="20190301", EventCode="057", ActionGeo_FullName="Geneva, Geneve, Switzerland", ActionGeo_CountryCode="SZ",
             SOURCEURL="https://news.example.org/g",
             **actor("Actor1", "TUR", "TURKEY", "TUR"), **actor("Actor2", "IRN", "IRAN", "IRN")),
    ]
    out = []
    for row in rows:
        if columns == 57:
            row.pop("SOURCEURL")
        out.append(gdelt_line(columns, DATEADDED=added, **row))
    return out
