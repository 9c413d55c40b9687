"""An imported event numbered as a round its process already has (stored, or on an earlier row of the file) is
imported with a warning at its row naming the other event, so a wrong process or number is seen (ux25's finding 12)."""

HEADER = "event_id,title,event_type,status,start_date,process,round_number,actors,sources\n"
SOURCE = "Interfax | 2024-03-05 | t | https://interfax.com/a"


def _row(event_id: str, process: str, number: str) -> str:
    return f"{event_id},Talks {event_id},talk_round,held,2024-03-05,{process},{number},Kazakhstan [host],{SOURCE}\n"


def test_a_round_the_store_has_is_a_warning_naming_it(run_cli, store, tmp_path):
    path = tmp_path / "rounds.csv"
    path.write_text(HEADER + _row("new-20", "Astana format", "20"), encoding="utf-8")
    result = run_cli("validate", "--db", store.location, path)
    assert result.exit_code == 0, result.stderr
    assert "row 2" in result.stderr and "'round_number'" in result.stderr
    assert "round 20 of Astana format is already stored event 'astana-20'" in result.stderr


def test_two_rows_of_one_round_and_a_new_number_alike(run_cli, store, tmp_path):
    path = tmp_path / "rounds.csv"
    path.write_text(HEADER + _row("a-1", "Astana format", "40") + _row("a-2", "Astana format", "40")
                    + _row("a-3", "Astana format", "41"), encoding="utf-8")
    result = run_cli("validate", "--db", store.location, path)
    assert result.exit_code == 0, result.stderr
    assert "round 40 of Astana format is already 'a-1' of row 2" in result.stderr
    assert "row 3" in result.stderr and "row 4" not in result.stderr


def test_an_update_of_the_stored_round_itself_says_nothing_of_rounds(run_cli, store, tmp_path):
    path = tmp_path / "rounds.csv"
    path.write_text(HEADER + _row("astana-20", "Astana format", "20"), encoding="utf-8")
    result = run_cli("validate", "--db", store.location, path)
    assert "round 20 of" not in result.stderr
