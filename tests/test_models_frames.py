"""`models.empty_frame` builds its frames itself (no import of `frames`): they must be what `coerce` makes."""
import pandas as pd
import pytest

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

