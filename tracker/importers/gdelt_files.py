"""Seeded GDELT-shaped event files for the bench and the tests: 1.0 (58 columns) and 2.0 (61), headerless TSV.

Every cell GDELT fills is filled (names, codes, scores, geography), so a row has the size
and shape of a real one; actors and event codes are skewed as in real files, so some
rows repeat an event (same SQLDATE, actor codes and event code) with another URL.
Nothing here is GDELT data: the values are drawn from small lists.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tracker.importers.gdelt import LAYOUTS

#: (CAMEO actor code, name, country code, role code): states, a few with roles, and IGOs without a country.
ACTORS = [
    ("USA", "UNITED STATES", "USA", ""), ("CHN", "CHINA", "CHN", ""), ("RUS", "RUSSIA", "RUS", ""),
    ("KAZ", "KAZAKHSTAN", "KAZ", ""), ("TUR", "TURKEY", "TUR", ""), ("IRN", "IRAN", "IRN", ""),
    ("SYR", "SYRIA", "SYR", ""), ("UKR", "UKRAINE", "UKR", ""), ("DEU", "GERMANY", "DEU", ""),
    ("FRA", "FRANCE", "FRA", ""), ("GBR", "UNITED KINGDOM", "GBR", ""), ("IND", "INDIA", "IND", ""),
    ("PAK", "PAKISTAN", "PAK", ""), ("ISR", "ISRAEL", "ISR", ""), ("EGY", "EGYPT", "EGY", ""),
    ("JPN", "JAPAN", "JPN", ""), ("BRA", "BRAZIL", "BRA", ""), ("ZAF", "SOUTH AFRICA", "ZAF", ""),
    ("USAGOV", "UNITED STATES", "USA", "GOV"), ("RUSGOV", "RUSSIA", "RUS", "GOV"), ("CHNGOV", "CHINA", "CHN", "GOV"),
    ("RUSMIL", "RUSSIA", "RUS", "MIL"), ("USAMIL", "UNITED STATES", "USA", "MIL"), ("SYRGOV", "SYRIA", "SYR", "GOV"),
    ("TURGOV", "TURKEY", "TUR", "GOV"), ("IRNGOV", "IRAN", "IRN", "GOV"), ("KAZGOV", "KAZAKHSTAN", "KAZ", "GOV"),
    ("UKRMIL", "UKRAINE", "UKR", "MIL"), ("USAOPP", "UNITED STATES", "USA", "OPP"), ("SYRREB", "SYRIA", "SYR", "REB"),
    ("IGOUNO", "UNITED NATIONS", "", "IGO"), ("IGOEEC", "EUROPEAN UNION", "", "IGO"), ("NGO", "AMNESTY", "", "NGO"),
    ("", "", "", ""),
]
#: Roles GDELT adds to a country code (KAZGOV, RUSMIL, ...): more distinct actors, as real files have.
ROLES = ["GOV", "MIL", "OPP", "BUS", "MED", "CVL", "JUD", "LEG", "REB", "COP"]
ACTORS += [(code + role, name, country, role) for code, name, country, role in ACTORS[:18] for role in ROLES
           if (code + role, name, country, role) not in ACTORS]
#: CAMEO event codes, about half of them verbal (roots 01-05) as in real files.
CODES = ["010", "012", "013", "014", "020", "021", "030", "036", "040", "042", "043", "045", "046", "050",
         "051", "057", "060", "061", "070", "080", "090", "100", "111", "112", "120", "130", "138", "141",
         "160", "172", "173", "180", "190", "193", "0211", "0311", "0421", "0431", "0461", "0871"]
PLACES = ["Astana, Astana, Kazakhstan", "Ankara, Ankara, Turkey", "Geneva, Geneve, Switzerland", "Moscow, Moskva, Russia",
          "Washington, District of Columbia, United States", "Beijing, Beijing, China", "Damascus, Dimashq, Syria",
          "Tehran, Tehran, Iran", "Kyiv, Kyyiv, Misto, Ukraine", "Berlin, Berlin, Germany", "Paris, Ile-de-France, France",
          "Syria", "Russia", "China", ""]
HOSTS = ["news.example.org", "www.example.com", "daily.example.net", "wire.example.info", "www.example.co.uk"]


def _pick(rng: np.random.Generator, values: list, n: int, skew: float = 1.1) -> np.ndarray:
    """`n` draws from `values`, the first ones more often (a Zipf-like skew, as news coverage is)."""
    weights = 1.0 / np.arange(1, len(values) + 1) ** skew
    return rng.choice(len(values), size=n, p=weights / weights.sum())


def _text(values) -> pa.Array:
    return pa.array(np.asarray(values).astype(str), type=pa.string())


def gdelt_lines(rows: int, columns: int = 61, seed: int = 7, start_id: int = 1_000_000_000) -> pa.Array:
    """`rows` GDELT event lines (without line ends) of `columns` (58 or 61) columns, as an Arrow string array."""
    if columns not in (58, 61):
        raise ValueError(f"a generated GDELT file has 58 (1.0) or 61 (2.0) columns, not {columns}")
    rng = np.random.default_rng(seed)
    names = LAYOUTS[columns][1]
    cells: dict[str, pa.Array] = {}
    days = np.datetime64("2023-06-21") - _pick(rng, list(range(30)), rows, 1.5).astype("timedelta64[D]")
    old = rng.random(rows) < 0.02  # SQLDATE years before DATEADDED, as GDELT has
    days = np.where(old, days - rng.integers(365, 3650, rows).astype("timedelta64[D]"), days)
    sqldate = np.char.replace(np.datetime_as_string(days, unit="D"), "-", "")
    cells["GLOBALEVENTID"] = _text(start_id + np.arange(rows))
    cells["SQLDATE"] = _text(sqldate)
    cells["MonthYear"] = _text(np.char.ljust(sqldate, 6).astype("U6"))
    cells["Year"] = _text(sqldate.astype("U4"))
    cells["FractionDate"] = _text(np.round(sqldate.astype("U4").astype(int) + rng.random(rows), 4))
    actor_table = np.array(ACTORS, dtype=object)
    for n in (1, 2):
        chosen = actor_table[_pick(rng, ACTORS, rows, 0.9)]
        prefix = f"Actor{n}"
        cells[f"{prefix}Code"], cells[f"{prefix}Name"] = _text(chosen[:, 0]), _text(chosen[:, 1])
        cells[f"{prefix}CountryCode"], cells[f"{prefix}Type1Code"] = _text(chosen[:, 2]), _text(chosen[:, 3])
        geo = np.array(PLACES, dtype=object)[_pick(rng, PLACES, rows)]
        cells[f"{prefix}Geo_Type"] = _text(np.where(geo == "", "0", "4"))
        cells[f"{prefix}Geo_FullName"] = _text(geo)
    code = np.array(CODES, dtype=object)[_pick(rng, CODES, rows, 0.6)].astype(str)
    cells["IsRootEvent"] = _text(rng.integers(0, 2, rows))
    cells["EventCode"] = _text(code)
    cells["EventBaseCode"] = _text(code.astype("U3"))
    cells["EventRootCode"] = _text(code.astype("U2"))
    cells["QuadClass"] = _text(rng.integers(1, 5, rows))
    cells["GoldsteinScale"] = _text(np.round(rng.uniform(-10, 10, rows), 1))
    for name in ("NumMentions", "NumSources", "NumArticles"):
        cells[name] = _text(rng.integers(1, 40, rows))
    cells["AvgTone"] = _text(np.round(rng.normal(-1.5, 3, rows), 10))
    place = np.array(PLACES, dtype=object)[_pick(rng, PLACES, rows)]
    cells["ActionGeo_Type"] = _text(np.where(place == "", "0", "4"))
    cells["ActionGeo_FullName"] = _text(place)
    for who in ("Actor1", "Actor2", "Action"):
        cells[f"{who}Geo_Lat"] = _text(np.round(rng.uniform(-60, 70, rows), 4))
        cells[f"{who}Geo_Long"] = _text(np.round(rng.uniform(-180, 180, rows), 4))
        cells[f"{who}Geo_FeatureID"] = _text(rng.integers(-3000000, 3000000, rows))
    added = np.char.replace(np.datetime_as_string(np.datetime64("2023-06-21") + rng.integers(0, 96, rows) *
                                                  np.timedelta64(15, "m"), unit="s"), "-", "")
    added = np.char.replace(np.char.replace(added, "T", ""), ":", "")
    cells["DATEADDED"] = _text(added if columns == 61 else added.astype("U8"))
    story = rng.integers(0, max(rows // 2, 1), rows)  # two rows in a story on average share its URL
    host = np.array(HOSTS, dtype=object)[rng.integers(0, len(HOSTS), rows)].astype(str)
    cells["SOURCEURL"] = pc.binary_join_element_wise(pa.array(np.char.add("https://", host)),
                                                     _text(np.char.add("/story/", story.astype(str))), "")
    empty = pa.array([""] * rows, type=pa.string())
    return pc.binary_join_element_wise(*[cells.get(name, empty) for name in names], "\t")


def write_gdelt_file(path: Path, rows: int, columns: int = 61, seed: int = 7, zipped: bool = False,
                     batch: int = 100_000) -> Path:
    """Write a GDELT-shaped event file of `rows` rows at `path` (zipped: one member, the name without `.zip`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(stream) -> None:
        for start in range(0, rows, batch):
            lines = gdelt_lines(min(batch, rows - start), columns, seed + start, 1_000_000_000 + start)
            stream.write("\n".join(lines.to_pylist()).encode("utf-8") + b"\n")

    if zipped:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, \
                archive.open(path.name.removesuffix(".zip"), "w", force_zip64=True) as member:
            write(member)
    else:
        with path.open("wb") as stream:
            write(stream)
    return path
