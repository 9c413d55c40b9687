"""An edit that names a process nearly as a stored one is spelled is refused with the stored name, not saved as a second
process (the review walk of the nineteenth stop saved "Astana formt" as a process of its own); a name far from every
stored one is a new process, as before."""
import pytest

from tracker.extract.review import ReviewError, edit

EVENT = "astana-21"


@pytest.mark.parametrize("typed, near", [("Astana formt", "Astana format"), ("astana fromat", "Astana format")])
def test_a_near_misspelling_of_a_stored_process_is_refused_naming_it(shipped, typed, near) -> None:
    with pytest.raises(ReviewError) as refused:
        edit(shipped, EVENT, {"process": typed})
    (problem,) = refused.value.problems
    assert problem.column == "process" and f"did you mean {near!r}" in problem.reason


def test_a_stored_name_or_alias_in_any_case_and_a_new_name_far_from_all_are_taken(shipped) -> None:
    assert edit(shipped, EVENT, {"process": "astana FORMAT"}).events["process"].tolist() == ["Astana format"]
    assert edit(shipped, EVENT, {"process": "Oslo back channel"}).events["process"].tolist() == ["Oslo back channel"]
    assert edit(shipped, EVENT, {"process": ""}).events["process"].isna().all()
