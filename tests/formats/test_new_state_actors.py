"""A new actor a flat file names by a country's full name is a state of that country, as GDELT and ACLED make it,
so the kind of "Armenia" no longer depends on which file of an import names it first (ux25's finding 10)."""
from tracker.importers import read_events
from tracker.countries import country_code

HEADER = "event_id,title,event_type,status,start_date,actors,sources\n"
SOURCE = "Interfax | 2024-03-05 | t | https://interfax.com/a"


def test_a_country_named_in_a_flat_file_is_a_state_and_other_names_stay_other(tmp_path, shipped):
    path = tmp_path / "new.csv"
    path.write_text(HEADER + f"n-1,Talks,meeting,held,2024-03-05,Armenia [participant]; Republic of Azerbaijan "
                    f"[participant]; Wagner Group [target]; IS [target],{SOURCE}\n", encoding="utf-8")
    tables, problems, _, _ = read_events(path, shipped)
    kinds = {name: (kind, country if isinstance(country, str) else None)
             for name, kind, country in zip(tables.actors["name"], tables.actors["kind"], tables.actors["country"])}
    assert kinds == {"Armenia": ("state", "ARM"), "Republic of Azerbaijan": ("state", "AZE"),
                     "Wagner Group": ("other", None), "IS": ("other", None)}
    said = " | ".join(p.reason for p in problems if p.column == "actors")
    assert "actor 'Armenia' is not known; it will be added as a new actor of kind 'state', country ARM" in said
    assert "actor 'Wagner Group' is not known; it will be added as a new actor of kind 'other'" in said


def test_only_whole_names_are_countries():
    whole = [country_code(t, codes=False) for t in ("armenia", "Türkiye", "Russia", "Syria", "ARM", "US", "Armenian")]
    assert whole == ["ARM", "TUR", "RUS", "SYR", None, None, None]  # Russia, Syria: countryinfo's names, not ISO's


def test_a_venue_country_is_read_by_its_name_or_a_code_in_any_case(tmp_path, shipped):
    # ux25b's finding 11: "Switzerland" in the editor's country box was "'SWITZERLAND' is not an ISO 3166-1 alpha-3 code"
    path = tmp_path / "venues.csv"
    rows = [("v-1", "Switzerland"), ("v-2", "kaz"), ("v-3", "Republic of Türkiye"), ("v-4", "")]
    path.write_text("event_id,title,event_type,status,start_date,venue_country,sources\n" + "".join(
        f"{i},Talks,meeting,held,2024-03-05,{country},{SOURCE}\n" for i, country in rows), encoding="utf-8")
    tables, problems, _, _ = read_events(path, shipped)
    assert not [p for p in problems if p.severity == "error"], problems
    got = dict(zip(tables.events["event_id"], tables.events["venue_country"].astype(object)))
    assert [got[i] if isinstance(got[i], str) else None for i, _ in rows] == ["CHE", "KAZ", "TUR", None]


def test_a_venue_country_that_is_neither_is_refused_as_written(tmp_path, shipped):
    path = tmp_path / "venues.csv"
    path.write_text("event_id,title,event_type,status,start_date,venue_country,sources\n"
                    f"v-1,Talks,meeting,held,2024-03-05,Switzerlnd,{SOURCE}\n", encoding="utf-8")
    _, problems, _, _ = read_events(path, shipped)
    assert [p.reason for p in problems if p.column == "venue_country"] == [
        "'Switzerlnd' is no country: give its name (Switzerland) or its ISO 3166 code (alpha-3 CHE or alpha-2 CH)"]
