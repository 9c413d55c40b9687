"""A file with only some of the flat columns (an analyst's correction sheet) changes what it gives and keeps the
rest of an event already in the store: a missing column had emptied the process, venue, summary, actors and links
of every event the file named (QA of the command line)."""
from __future__ import annotations

from tracker.store import open_store

HEADER = "event_id,title,event_type,status,start_date,end_date,sources\n"
ROW = ("astana-20,20th International Meeting on Syria in the Astana format (corrected),talk_round,held,2023-06-20,"
       "2023-06-21,TASS | 2023-06-21 | Corrected report | https://tass.com/politics/1635923\n")
NEW = "brand-new-1,A new meeting,meeting,held,2023-07-01,,Wire | 2023-07-01 | Report | https://example.org/r\n"


def test_a_partial_file_changes_what_it_gives_and_keeps_the_rest(run_cli, store, tmp_path):
    before = store.event_record("astana-20")
    sheet = tmp_path / "corrections.csv"
    sheet.write_text(HEADER + ROW + NEW, encoding="utf-8")
    result = run_cli("import", "--db", store.location, sheet)
    assert result.exit_code == 0, result.output
    assert "keep their stored values of these columns" in result.output and "actors" in result.output
    again = open_store(store.location)
    try:
        after = again.event_record("astana-20")
        new = again.event_record("brand-new-1")
    finally:
        again.close()
    assert after["event"]["title"].endswith("(corrected)")
    for column in ("process", "round_number", "venue", "venue_country", "summary", "tags", "review_state",
                   "date_precision"):
        assert after["event"][column] == before["event"][column], column
    assert after["actors"] == before["actors"] and after["links"] == before["links"]
    assert [s[3] for s in after["sources"]] == ["https://tass.com/politics/1635923"]  # the file gives one source
    assert new["event"]["process"] is None and new["actors"] == [] and new["event"]["review_state"] == "confirmed"
