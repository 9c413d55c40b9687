"""A venue named as its place was not called on the event's date gets a warning naming the name it had then
(QA: "Nur-Sultan" on 23 June 2023 was stored without a word, though the venues table says Astana again from
17 September 2022). The venue is kept as written: a source may use the other name."""
from __future__ import annotations

HEADER = "event_id,title,event_type,status,start_date,venue,venue_country,review_state,sources\n"


def _row(event_id: str, day: str, venue: str) -> str:
    return f"{event_id},A visit,meeting,held,{day},{venue},KAZ,confirmed,TASS | {day} | Visit | https://tass.com/{event_id}\n"


def test_validate_warns_of_a_venue_name_the_place_did_not_have_that_day(run_cli, store, tmp_path):
    path = tmp_path / "visits.csv"
    path.write_text(HEADER + _row("v-1", "2023-06-23", "Nur-Sultan") + _row("v-2", "2020-06-23", "Nur-Sultan")
                    + _row("v-3", "2020-06-23", "Astana") + _row("v-4", "2023-06-23", "Sochi"), encoding="utf-8")
    result = run_cli("validate", "--db", store.location, path)
    assert result.exit_code == 0, result.output
    assert f"{path}, row 2, column 'venue': warning: 'Nur-Sultan' was not this place's name on 2023-06-23: it was " \
           "'Astana' then" in result.output
    assert "row 4, column 'venue': warning: 'Astana' was not this place's name on 2020-06-23: it was 'Nur-Sultan'" \
        in result.output
    assert "row 3, column 'venue'" not in result.output and "row 5, column 'venue'" not in result.output


def test_an_edit_that_moves_an_event_across_a_renaming_is_warned(store):
    version = store.event_record("astana-20")["version"]
    change = store.edit_event("astana-20", {"venue": "Nur-Sultan"}, expected_version=version, user="alice")
    assert any("'Nur-Sultan' was not this place's name on 2023-06-20" in str(w) for w in change.warnings)
    assert store.event_record("astana-20")["event"]["venue"] == "Nur-Sultan"  # kept as written
    version = store.event_record("astana-20")["version"]
    change = store.edit_event("astana-20", {"title": "Round 20"}, expected_version=version, user="alice")
    assert not change.warnings  # an edit of another field says nothing of the venue
