"""`models.empty_frame` builds its frames itself (no import of `frames`): they must be what `coerce` makes."""
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import frames
from tracker.frames import coerce
from tracker.models import SCHEMAS, empty_frame


@pytest.mark.parametrize("table", list(SCHEMAS))
def test_an_empty_frame_is_what_coerce_makes_of_nothing(table):
    built, coerced = empty_frame(table), coerce(table, pd.DataFrame({name: [] for name in SCHEMAS[table]}))
    pd.testing.assert_frame_equal(built, coerced)
    assert [repr(d) for d in built.dtypes] == [repr(d) for d in coerced.dtypes]
    assert built.columns.dtype == coerced.columns.dtype
    for column in built.columns:
        if isinstance(built[column].dtype, pd.CategoricalDtype):
            assert built[column].cat.categories.dtype == coerced[column].cat.categories.dtype, column



def _events(**columns) -> pd.DataFrame:
    """Two coerced event rows, with `columns` put in as they are (typed, not converted)."""
    frame = coerce("events", pd.DataFrame({"event_id": ["a", "b"], "title": ["A", "B"], "event_type": ["meeting", "statement"],
                                           "start_date": ["2020-01-01", "2020-02-01"], "process": ["Astana", "Geneva"],
                                           "venue": ["Astana", None], "round_number": [1, None]}))
    for name, values in columns.items():
        frame[name] = values
    return frame


@pytest.mark.parametrize("columns", [
    {},  # already coerced: kept as it is
    # a missing review state gets the default; an unused category is dropped
    {"review_state": pd.Categorical(["candidate", None], dtype=coerce("events", pd.DataFrame()).dtypes["review_state"])},
    {"review_state": pd.Categorical(["candidate", "confirmed"], categories=["confirmed", "candidate"])},  # other order
    {"process": pd.Categorical(["Astana", "Geneva"], categories=pd.Index(["Astana", "Geneva", "Unused"], dtype="string"))},
    {"process": pd.Categorical(["Geneva", "Astana"], categories=pd.Index(["Geneva", "Astana"], dtype="string"))},
    {"venue": pd.Categorical([" Astana ", None], categories=pd.Index([" Astana "], dtype="string"))},  # padded
    {"venue": pd.Categorical(["", "Doha"], categories=pd.Index(["", "Doha"], dtype="string"))},  # empty is missing
    {"event_id": pd.array(["a", ""], dtype="string")},  # an empty id is no id
    {"start_date": pd.to_datetime(["2020-01-01 10:00", "2020-02-01 00:00"]).astype("datetime64[ns]")},
    {"round_number": pd.array([1.0, 2.0], dtype="Float64")},
])
def test_coerce_gives_the_same_frame_whatever_dtypes_its_input_has(columns):
    """A column already of the model's dtype is kept as it is (the fast path of a re-coerced frame), and only
    when converting it would give it back unchanged: the same frame as from plain objects."""
    frame = _events(**columns)
    typed, plain = coerce("events", frame), coerce("events", frame.astype(object))
    pd.testing.assert_frame_equal(typed, plain)
    for column in typed.columns:
        if isinstance(typed[column].dtype, pd.CategoricalDtype):
            assert typed[column].cat.categories.dtype == plain[column].cat.categories.dtype, column


_CELLS = st.one_of(st.none(), st.just(""), st.just(float("nan")), st.integers(-5, 5), st.floats(allow_nan=False, width=32),
                   st.sampled_from(["meeting", " statement ", "talk_round", "confirmed", "candidate", "Astana", "astana",
                                    "Türkiye", "\u2003Doha\x1f", "\xa0", "postponed"]),
                   st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6))


@settings(max_examples=150, deadline=None)
@given(st.lists(_CELLS, max_size=frames.SMALL), st.sampled_from(["event_type", "review_state", "venue", "role"]))
def test_a_few_category_cells_convert_as_many_do(cells, column):
    """The cell-by-cell conversion of a short column (`frames.SMALL` values or fewer: a review Save's one-row
    frames) gives what pandas' vectorised conversion gives: categories, their dtype, codes."""
    table = "event_actors" if column == "role" else "events"
    default = frames.DEFAULTS.get(table, {}).get(column)
    values = pd.Series(cells, dtype=object)
    small = frames._small_category(values, column, default)
    saved, frames.SMALL = frames.SMALL, -1  # the vectorised path, whatever the length
    try:
        large = frames._as_category(values, column, default)
    finally:
        frames.SMALL = saved
    assert small.categories.equals(large.categories) and small.categories.dtype == large.categories.dtype
    assert small.codes.tolist() == large.codes.tolist()


def test_a_frame_coerced_again_or_from_remembered_cells_is_a_new_frame():
    """A coerced frame comes back as a shallow copy and a short text column's conversion is remembered
    (`frames._remembered`): neither may tie the frames together, and a remembered answer equals a fresh one."""
    raw = pd.DataFrame({"event_id": ["a"], "title": ["A"], "event_type": ["meeting"], "start_date": ["2020-01-01"],
                        "venue": ["Astana"]}, dtype=object)
    first, second = coerce("events", raw), coerce("events", raw)
    frames._CONVERTED.clear()
    pd.testing.assert_frame_equal(first, coerce("events", raw))
    first.attrs["rows"] = {"a": 2}
    again = coerce("events", first)
    pd.testing.assert_frame_equal(again, first)
    assert again.attrs == {}  # as a frame built anew
    again.loc[0, "event_type"] = "call"
    second.loc[0, "start_date"] = pd.Timestamp("2021-05-05")
    second.loc[0, "venue"] = None
    assert first.loc[0, "event_type"] == "meeting" and first.loc[0, "start_date"] == pd.Timestamp("2020-01-01")
    assert coerce("events", raw).loc[0, "start_date"] == pd.Timestamp("2020-01-01")
    assert coerce("events", raw).loc[0, "venue"] == "Astana"


def test_an_empty_frame_is_a_new_frame_each_time():
    first = empty_frame("events")
    first["title"] = first["title"].astype(object)
    pd.testing.assert_frame_equal(empty_frame("events"), coerce("events", pd.DataFrame()))
