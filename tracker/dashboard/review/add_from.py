""""Add an event from this article": the button under each article box of the review page (the selected candidate's,
a suggestion's, each article of an ingest's result), and the page's part of it. The button opens the event form
(`tracker.dashboard.editor.from_article`) on that article, with the text selected in its box: `assets/article_selection.js`
remembers a selection made there with the mouse or the keyboard (Shift+Down, Shift+Up: the next or previous sentence;
Shift+Right, Shift+Left: a word more or less), and `PRESSED` sends it with the article."""
from __future__ import annotations

from dash import html

from tracker.dashboard import ids

#: What a press sends to `ids.REVIEW_ADD_FROM`: the button's article, the text selected in its box (remembered by
#: article_selection.js), and for an article nothing was stored from its text and source, from the page.
PRESSED = """
function () {
    var none = window.dash_clientside.no_update;
    var fired = (window.dash_clientside.callback_context.triggered || []).filter(function (t) { return t.value; });
    if (!fired.length) { return none; }
    var key = fired[0].prop_id.slice(0, fired[0].prop_id.lastIndexOf('.'));
    var button = document.getElementById(key), id;
    try { id = JSON.parse(key); } catch (e) { return none; }
    if (!button || !id || typeof id.index !== 'string' || typeof id.box !== 'string') { return none; }
    var box = document.getElementById(id.box);
    var chosen = window.trackerArticles ? window.trackerArticles.selected(id.box) : '';
    var request = {article: id.index, box: id.box, selection: chosen, at: Date.now()};
    if (id.index.indexOf('text:') === 0 && box) {
        request.text = box.textContent;
        ['publisher', 'published', 'title', 'url'].forEach(function (part) { request[part] = button.dataset[part] || ''; });
    }
    return request;
}
"""
HINT = ("Select the sentence that reports the event first, with the mouse or in the box with Shift+Down (Shift+Right "
        "adds a word): it becomes the event's evidence, and the dates and names in it a start.")


def button(key: str, box_id: str, **source: str) -> html.Div:
    """The button (and its hint) for the article in the box `box_id`: `key` "source:<id>" for a stored article,
    "text:<n>" for one whose text and `source` (publisher, published, title, url) the page sends."""
    hint_id = f"{box_id}-add-hint"
    data = {f"data-{part}": value for part, value in source.items() if value}
    return html.Div([
        html.Button("Add an event from this article", n_clicks=0, className="button secondary small add-from-article",
                    id={"type": ids.REVIEW_ADD_FROM_BUTTON, "index": key, "box": box_id},  # one id per box
                    **{"data-box": box_id, "aria-describedby": hint_id}, **data),
        html.Span(HINT, id=hint_id, className="hint"),
    ], className="add-from-article-row")
