"""Date-axis ticks for charts of events dated to days: never finer than a day (Plotly's own choice of ticks for
a window of a day or two was hours, "00:00 / 12:00 Jun 21, 2023", for a chronology that knows no hours), and
never finer than a month on a chart of months."""
from __future__ import annotations

import numpy as np

DAY_MS = 86_400_000
#: Day ticks are set when the window holds at most this many days (Plotly's automatic ticks are days or coarser
#: above it at the timeline's width); every second day above DAY_TICKS_EVERY days.
DAY_TICKS_UP_TO = 16
DAY_TICKS_EVERY = 8
#: The day format of a tick ("21 Jun" over "2023"), and the one Plotly falls back to below a day while a zoom is
#: drawn before the page redraws it with day ticks (the hours never show).
DAY_FORMAT = "%-d %b<br>%Y"
_BELOW_A_DAY = [{"dtickrange": [None, DAY_MS], "value": DAY_FORMAT}]
#: A month chart's tick steps in months, the first that gives at most MAX_PERIOD_TICKS ticks.
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)
MAX_PERIOD_TICKS = 8
#: The axis settings these functions give (a second axis over the same range takes them too).
TICK_KEYS = ("tickmode", "tick0", "dtick", "tickformat", "tickformatstops", "ticklabelmode")


def day_ticks(first_day: float, last_day: float) -> dict:
    """Axis settings for a window from `first_day` to `last_day` (days since 1970, the padding included): one tick
    a day (or every second day) at midnight when the window is a few days wide, Plotly's own ticks otherwise;
    never a label with hours."""
    span = last_day - first_day
    if span > DAY_TICKS_UP_TO:
        return {"tickformatstops": _BELOW_A_DAY}
    step = 1 if span <= DAY_TICKS_EVERY else 2
    # a tick line where each day starts, its label under the day's middle, where its one-day marks sit
    return {"tickmode": "linear", "tick0": float(np.ceil(first_day)) * DAY_MS, "dtick": step * DAY_MS,
            "tickformat": DAY_FORMAT, "ticklabelmode": "period"}


def periods_between(first: np.datetime64, end: np.datetime64, unit: str = "month") -> int:
    """How many months (or years) from `first` up to `end` (the start of the period after the last)."""
    kind = "datetime64[Y]" if unit == "year" else "datetime64[M]"
    return max(int((np.datetime64(end).astype(kind) - np.datetime64(first).astype(kind)).astype(np.int64)), 1)


def period_ticks(first: np.datetime64, periods: int, unit: str = "month") -> dict:
    """Axis settings for a chart of `periods` months (or years, `unit`) from `first`: a tick at the start of a
    month (or year), every so many so that at most MAX_PERIOD_TICKS show; a chart of one month had day ticks."""
    months = periods * (12 if unit == "year" else 1)
    step = next((s for s in MONTH_STEPS if months / s <= MAX_PERIOD_TICKS and (unit != "year" or s % 12 == 0)),
                MONTH_STEPS[-1])
    label = "%Y" if step % 12 == 0 else "%b<br>%Y"
    # the first tick on a whole step of the calendar (January for years, a quarter's first month for three months): a
    # label sits under the period from its tick to the next, so yearly ticks from June drew "2013" under June 2013 to
    # May 2014, and the bars of January 2014 stood under "2013" (QA of the fifteenth stop)
    month = np.datetime64(first, "M")
    tick0 = month - int(month.astype(np.int64)) % step
    return {"tickmode": "linear", "tick0": str(tick0.astype("datetime64[D]")), "dtick": f"M{step}", "tickformat": label,
            "ticklabelmode": "period"}  # each label under its month's (or year's) bars


def labelled_range(first: np.datetime64, end: np.datetime64, ticks: dict) -> list[str]:
    """The x range of a chart of months or years from `first` to `end` (the start of the period after the last),
    widened so that the labels of the first and the last tick period (`period_ticks`) sit inside it: Plotly drops
    a period label whose middle falls outside the range, so yearly labels over the bars of June 2017 to June 2023
    read 2017 to 2022, and the last bars had no year under them (ux23's defect 6)."""
    first, end = np.datetime64(first, "D"), np.datetime64(end, "D")
    step = int(str(ticks["dtick"]).lstrip("M"))
    if step == 1:  # a label per month: each month is whole inside the range
        return [str(first), str(end)]
    tick0 = np.datetime64(ticks["tick0"], "M")
    # about half a label's width beyond its middle, so the label is not cut at the chart's edge
    margin = np.timedelta64(max(int(step * 30.44 * 0.12), 1), "D")

    def middle(month: np.datetime64) -> np.datetime64:
        start = month - int((month - tick0).astype(np.int64)) % step
        return start.astype("datetime64[D]") + ((start + step).astype("datetime64[D]") - start.astype("datetime64[D]")) // 2

    last = np.datetime64(end, "M") - 1
    return [str(min(first, middle(np.datetime64(first, "M")) - margin)), str(max(end, middle(last) + margin))]


__all__ = ["TICK_KEYS", "day_ticks", "labelled_range", "period_ticks", "periods_between"]
