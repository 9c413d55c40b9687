"""Real Chromium (ux23): a key on one handle of the range slider moved the other end of the window too.

The timeline shows x0..x1 as the range [x0, x1 + 1 day) (midnight after the last day). `assets/range_keys.js` sent
that midnight back as the new end, which the server reads as the day it names: each press of Left or Right on the
*start* handle pushed the end a day later (and a press on the end handle moved it a day further than asked). In a
window of a few days a hundredth of the span is less than a day, and the keys then moved nothing but that drift.
"""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse


def _window(probe) -> tuple[str, str]:
    query = parse_qs(urlparse(probe.page.url).query)
    return query["x0"][0], query["x1"][0]


def _press(probe, key: str) -> None:
    before = probe.page.url
    probe.page.keyboard.press(key)
    probe.page.wait_for_function("u => location.href !== u", arg=before)
    probe.settle()


def _focus_handle(probe, which: str) -> None:
    probe.page.focus(f"#overview .rangeslider-grabber-{which}")


def test_keys_on_the_start_handle_leave_the_end_of_the_window_where_it_is(probe):
    probe.open("?process=Astana+format&x0=2019-01-01&x1=2020-12-31")
    _focus_handle(probe, "min")
    for key in ("ArrowRight", "ArrowRight", "PageDown", "ArrowLeft"):
        _press(probe, key)
        assert _window(probe)[1] == "2020-12-31", (key, _window(probe))
    assert _window(probe)[0] != "2019-01-01"
    _focus_handle(probe, "max")
    _press(probe, "ArrowLeft")
    start, end = _window(probe)
    _press(probe, "ArrowRight")  # and back: the end is where it was, the start did not move
    assert _window(probe) == (start, "2020-12-31") and end < "2020-12-31"
    assert probe.errors == []


def test_in_a_window_of_a_few_days_each_key_moves_its_handle_one_day(probe):
    probe.open("?process=Astana+format&from=2023-06&to=2023-06&x0=2023-06-20&x1=2023-06-22")  # events of 20-22 June
    _focus_handle(probe, "max")
    _press(probe, "ArrowLeft")
    assert _window(probe) == ("2023-06-20", "2023-06-21")
    _focus_handle(probe, "min")
    _press(probe, "ArrowRight")
    assert _window(probe) == ("2023-06-21", "2023-06-21")
    assert probe.errors == []


def test_the_end_handle_says_the_last_day_of_the_window_as_the_page_writes_dates(probe):
    """Its aria-valuetext named the midnight after the window ("1 Oct 2020" for a window to 30 September), in
    Chromium's en-GB short month ("Sept"), where the page writes "30 Sep 2020"."""
    probe.open("?process=Astana+format&x0=2019-01-01&x1=2020-09-30")
    texts = probe.page.evaluate("""() => ['min', 'max'].map(p =>
        document.querySelector('#overview .rangeslider-grabber-' + p).getAttribute('aria-valuetext'))""")
    assert texts == ["1 Jan 2019", "30 Sep 2020"]
    _focus_handle(probe, "min")
    _press(probe, "ArrowLeft")
    assert probe.page.inner_text("#overview-live").endswith(" to 30 Sep 2020")
    assert probe.errors == []
