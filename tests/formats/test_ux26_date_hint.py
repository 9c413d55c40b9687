"""A sheet typed by hand holds dates as text the way its author writes them ("14/07/2023", "22 June 2023"); the
flat format takes YYYY-MM-DD, and its refusal now says the day to write when the text names one day only."""
import pytest

from tracker.importers import read_events

HEADER = "event_id,title,event_type,status,start_date,sources\n"
SOURCE = "TASS | 2023-07-14 | t | https://tass.com/c"


@pytest.mark.parametrize(("typed", "said"), [
    ("14/07/2023", "'14/07/2023' is not a YYYY-MM-DD date; write it as 2023-07-14"),
    ("22 June 2023", "'22 June 2023' is not a YYYY-MM-DD date; write it as 2023-06-22"),
    ("06/07/2023", "'06/07/2023' is not a YYYY-MM-DD date"),  # 6 July or 7 June: no guess
    ("2023-02-30", "'2023-02-30' is not a YYYY-MM-DD date (day is out of range for month)"),
])
def test_a_date_typed_another_way_is_refused_with_the_day_to_write(tmp_path, shipped, typed, said):
    path = tmp_path / "desk.csv"
    path.write_text(HEADER + f'h-1,Call,call,held,"{typed}",{SOURCE}\n', encoding="utf-8")
    _, problems, _, _ = read_events(path, shipped)
    assert [p.reason for p in problems if p.column == "start_date"] == [said]
