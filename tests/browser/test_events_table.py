"""The events table (dash-ag-grid) in a real Chromium: keyboard, sorting, paging and its fit at laptop widths."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

GRID = "#events-table"
XSS_ID, XSS_TITLE = "xss-test-event", "<img src=x onerror=alert(1)>"  # see conftest
ROWS = f"{GRID} .ag-center-cols-container .ag-row"
#: the titles of the rows shown, top to bottom
TITLES_JS = f"""Array.from(document.querySelectorAll('{ROWS}'))
  .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
  .map(r => r.querySelector('.event-title-text').textContent)"""
#: where the keyboard focus is: inside the grid, in the table section, or elsewhere (with its id)
FOCUS_JS = f"""(() => {{ const e = document.activeElement;
  return [!!e.closest('{GRID}'), !!e.closest('.table-section'), e.id || e.getAttribute('col-id') || e.tagName]; }})()"""


def _open(probe, query: str = "") -> None:
    probe.open(query)
    probe.page.wait_for_selector(f"{ROWS} .event-title-text")
    probe.settle()


def _titles(page) -> list[str]:
    return page.evaluate(TITLES_JS)


def _start_before_the_grid(page) -> None:
    """Put the keyboard's starting point just above the grid (on its heading), as reading down the page does."""
    page.click(f"{GRID}-title")


def test_tab_stops_once_at_the_grid_and_leaves_it(probe):
    _open(probe)
    page = probe.page
    _start_before_the_grid(page)
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS_JS)[0], "Tab from above the grid lands in it"
    page.keyboard.press("Tab")
    inside, in_section, where = page.evaluate(FOCUS_JS)
    assert not inside and where == "events-table-first", "the next Tab leaves the grid for the pager"
    for _ in range(8):  # the pager, the page size, then out of the table altogether: no trap
        page.keyboard.press("Tab")
        if not page.evaluate(FOCUS_JS)[1]:
            break
    assert not page.evaluate(FOCUS_JS)[1]
    assert probe.errors == []


def test_arrow_down_and_enter_open_the_event_with_a_focus_ring(probe):
    _open(probe, "?process=Astana+format")
    page = probe.page
    second = _titles(page)[1]
    _start_before_the_grid(page)
    page.keyboard.press("Tab")  # the header
    page.keyboard.press("ArrowDown")  # the first row
    page.keyboard.press("ArrowDown")  # the second
    focused = page.evaluate("document.activeElement.closest('.ag-row').querySelector('.event-title-text').textContent")
    assert focused == second
    ring = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                         " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    assert ring[0] != "none" and ring[1] >= 2, f"no visible focus ring on the focused cell: {ring}"
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#detail .detail-heading:has-text({second!r})")
    event = parse_qs(urlparse(page.url).query)["event"][0]
    page.wait_for_selector(f"{GRID} .ag-row.selected-event[row-id={event!r}]")  # the selected row is marked
    assert probe.errors == []


def test_clicking_a_row_opens_its_event(probe):
    _open(probe, "?process=Astana+format")
    page = probe.page
    third = _titles(page)[2]
    page.locator(f"{ROWS}[row-index='2'] .ag-cell[col-id=date]").click()
    page.wait_for_selector(f"#detail .detail-heading:has-text({third!r})")
    event = parse_qs(urlparse(page.url).query)["event"][0]
    assert page.locator(f"{GRID} .ag-row.selected-event").get_attribute("row-id") == event
    # the panel's Close button, clicked, gives the focus back to the table (it went to the page's body)
    page.locator("#detail-close").click()
    page.wait_for_function("() => !new URLSearchParams(location.search).get('event')")
    page.wait_for_function("() => !!document.activeElement.closest('#events-table')")
    assert page.evaluate(FOCUS_JS)[0]
    probe.settle()  # the timeline takes the panel's width back (and its key its place) before a mark is clicked
    page.locator("#timeline .scatterlayer .point").first.click(force=True)
    page.wait_for_function("() => !!new URLSearchParams(location.search).get('event')")
    page.locator("#detail-close").click()
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'timeline'")
    assert probe.errors == []


def test_sorting_by_title_puts_2nd_before_10th(probe):
    _open(probe, "?q=International+Meeting")
    page = probe.page
    page.locator(f"{GRID} .ag-header-cell[col-id=title] .ag-header-cell-label").click()
    page.wait_for_function(f"({TITLES_JS})[0].startsWith('1st ')")
    titles = _titles(page)
    meetings = [t for t in titles if t.endswith("International Meeting on Syria in the Astana format")]
    assert [m.split()[0] for m in meetings[:4]] == ["1st", "2nd", "3rd", "4th"]
    assert meetings.index("2nd International Meeting on Syria in the Astana format") < \
        meetings.index("10th International Meeting on Syria in the Astana format")


def test_the_grid_is_served_from_this_machine_and_its_page_size_and_pager_work_with_the_keyboard(probe):
    scripts = []
    probe.page.on("request", lambda r: scripts.append(r.url) if "ag_grid" in r.url or "ag-grid" in r.url else None)
    _open(probe)
    assert scripts and all(url.startswith(probe.base) for url in scripts)
    assert probe.external == []
    page = probe.page
    assert page.locator(ROWS).count() == 12
    total = int(re.search(r"of ([\d,]+) ·", page.inner_text("#events-table-info")).group(1).replace(",", ""))
    page.focus("#events-table-size input[value='12']")
    page.keyboard.press("ArrowRight")  # radio buttons: the arrow picks 25
    page.wait_for_function(f"document.querySelectorAll('{ROWS}').length === 25")
    assert page.inner_text("#events-table-info").startswith(f"Rows 1–25 of {total}")
    first_page = _titles(page)
    page.focus("#events-table-next")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('events-table-info').textContent.startsWith('Rows 26–50')")
    assert not set(_titles(page)) & set(first_page)
    page.keyboard.press("Space")  # the button keeps the focus at each page
    page.wait_for_function("document.getElementById('events-table-info').textContent.startsWith('Rows 51–75')")
    page.fill("#filter-text", "Astana")  # a new filter starts at the first page
    page.press("#filter-text", "Enter")
    page.wait_for_function("document.getElementById('events-table-info').textContent.startsWith('Rows 1–')")
    assert probe.errors == []


def test_columns_fit_at_1280_with_status_whole(probe):
    _open(probe, "?event=kaz-statement-2023-06-22")  # the detail panel open: the narrowest the table gets
    page = probe.page
    grid = page.locator(f"{GRID} .ag-root-wrapper").bounding_box()
    boxes = [page.locator(f"{GRID} .ag-header-cell[col-id=status]").bounding_box()]
    boxes += [c.bounding_box() for c in page.locator(f"{ROWS} .ag-cell[col-id=status]").all()]
    assert len(boxes) == 13
    for box in boxes:
        assert box["x"] >= grid["x"] and box["x"] + box["width"] <= grid["x"] + grid["width"] + 0.5, (box, grid)
    scroll = page.evaluate(f"(() => {{ const v = document.querySelector('{GRID} .ag-center-cols-viewport');"
                           " return [v.scrollWidth, v.clientWidth]; })()")
    assert scroll[0] <= scroll[1], f"horizontal scroll in the table: {scroll}"
    label = page.locator(f"{GRID} .ag-header-cell[col-id=status] .ag-header-cell-text")
    assert label.evaluate("e => e.scrollWidth <= e.clientWidth") and label.inner_text() == "Status"


def _date_lines(page) -> list[tuple[str, int]]:
    """Each date cell's text and the number of lines it takes."""
    return page.evaluate(f"""Array.from(document.querySelectorAll('{ROWS} .ag-cell[col-id=date]')).map(cell => {{
        const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), tops = new Set();
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {{
            const range = document.createRange(); range.selectNodeContents(node);
            for (const line of range.getClientRects()) tops.add(Math.round(line.top));
        }}
        return [cell.innerText, tops.size]; }})""")


def test_day_dates_take_one_line_and_spans_two_at_most(probe):
    probe.page.set_viewport_size({"width": 1366, "height": 900})
    _open(probe, "?event=kaz-statement-2023-06-22&process=Astana+format")
    for width in (1366, 1280):  # one page, resized, as an analyst narrows the window
        probe.page.set_viewport_size({"width": width, "height": 900})
        probe.page.wait_for_function("w => document.documentElement.clientWidth <= w", arg=width)
        probe.settle()
        lines = _date_lines(probe.page)
        days = [(text, n) for text, n in lines if re.fullmatch(r"\d{1,2} \w{3} \d{4}", text)]
        assert days, lines
        assert all(n == 1 for _, n in days), (width, days)
        assert all(n <= 2 for _, n in lines), (width, lines)


def test_a_title_made_of_html_shows_as_text_in_the_grid(probe):
    _open(probe, "?type=other&from=2023-06-23&to=2023-06-23")
    page = probe.page
    cell = page.locator(f"{GRID} .ag-row[row-id={XSS_ID!r}] .event-title-text")
    assert cell.inner_text() == XSS_TITLE
    assert page.locator(f"{GRID} img").count() == 0 and probe.dialogs == []
