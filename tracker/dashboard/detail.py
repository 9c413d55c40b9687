"""The detail panel of one event: dates, actors, sources with quotes, linked events. Data is text, never HTML."""
from __future__ import annotations

import pandas as pd
from dash import Dash, Input, Output, html

from tracker.dashboard import ids
from tracker.dashboard.editor.layout import edit_buttons
from tracker.dates import format_day, format_span
from tracker.flat import is_web_url
from tracker.models import Tables, split_list

#: How the panel names each link type (`models.LINK_TYPES`): (from the event that links, from the event linked to).
#: A merge links the rejected candidate to the event it was merged into, so that event reads "Merged from" it (it
#: read "Duplicate_of: <the candidate>", as if the confirmed event were the duplicate).
LINK_WORDS = {"responds_to": ("responds to", "responded to by"), "refers_to": ("refers to", "referred to by"),
              "follows": ("follows", "followed by"), "part_of": ("part of", "includes"),
              "duplicate_of": ("duplicate of", "merged from")}


def link_words(link_type: str, outgoing: bool) -> str:
    """The words before a linked event in the panel: "Follows" from the event that links, "Followed by" from the
    one linked to; an unknown type as its words, by direction ("Link type x (to)" / "(from)")."""
    words = LINK_WORDS.get(link_type)
    if words is None:
        return f"{link_type.replace('_', ' ').capitalize()} ({'to' if outgoing else 'from'})"
    return words[0 if outgoing else 1].capitalize()


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)


def safe_link(url: str) -> bool:
    """True only for http(s) addresses: anything else (javascript:, data:) is shown as text, never linked."""
    return url.lower().startswith(("http://", "https://")) and is_web_url(url)


def placeholder() -> list:
    """What the panel shows before an event is chosen."""
    return [html.H2("Event detail", className="detail-heading"),
            html.P("Click an event on the timeline or in the table to see its sources, quotes and linked events.",
                   className="muted")]


def _field(label: str, value) -> list:
    return [html.Dt(label), html.Dd(value or "—")]


def _when(event: pd.Series) -> str:
    start = event["start_date"].date()
    end = None if pd.isna(event["end_date"]) else event["end_date"].date()
    precision = _text(event["date_precision"]) or "day"
    text = format_span(start, end if end != start else None, precision)
    return text + ("" if precision == "day" else f" (date known to the {precision})")


def _link_button(event_id: str, title: str) -> html.Button:
    return html.Button(title or event_id, id={"type": ids.LINKED_EVENT, "index": event_id}, className="link-button",
                       title=f"Show {event_id}")


def _sources(tables: Tables, event_id: str) -> list:
    sources = tables.sources[tables.sources["event_id"] == event_id]
    quotes = tables.quotes[tables.quotes["event_id"] == event_id]
    items = []
    for number, source in enumerate(sources.itertuples(index=False), start=1):
        url = _text(source.url)
        published = "" if pd.isna(source.published_at) else format_day(source.published_at.date())
        head = [html.Span(f"[{number}] ", className="muted"), html.Strong(_text(source.publisher) or "Unknown publisher")]
        if published:
            head.append(html.Span(f" · {published}", className="muted"))
        parts = [html.Div(head)]
        if _text(source.title):
            parts.append(html.Div(_text(source.title), className="source-title"))
        if url and safe_link(url):
            # Named for its source: a screen reader's list of links read "Open source ↗" once per source (ux23).
            named = ", ".join(filter(None, [_text(source.publisher) or "Unknown publisher", published]))
            parts.append(html.A("Open source ↗", href=url, target="_blank", rel="noopener noreferrer",
                                className="source-link", **{"aria-label": f"Open source [{number}]: {named} (new tab)"}))
        elif url:
            parts.append(html.Div([html.Span("Not a web link: ", className="muted"), html.Code(url)], className="bad-url"))
        for quote in quotes[quotes["source_id"] == source.source_id].itertuples(index=False):
            parts.append(html.Blockquote([html.P(f"“{_text(quote.text)}”"),
                                          html.Footer(f"— {_text(quote.speaker) or 'unattributed'}")]))
        items.append(html.Li(parts, className="source"))
    return [html.H3("Sources"), html.Ol(items, className="sources")] if items else [html.H3("Sources"), html.P("None recorded.")]


def detail_panel(tables: Tables, event_id: str, incoming: pd.DataFrame, titles: dict[str, str]) -> list:
    """The panel for `event_id`; `tables` holds the event with its children, `titles` the linked events' titles."""
    events = tables.events[tables.events["event_id"] == event_id]
    if events.empty:
        return [html.H2("Event not found"), html.P(f"No event has the id {event_id}.", className="muted")]
    event = events.iloc[0]
    names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
    actors = tables.event_actors[tables.event_actors["event_id"] == event_id]
    process = _text(event["process"])
    if not pd.isna(event["round_number"]):
        process += f", round {int(event['round_number'])}"
    venue = _text(event["venue"]) + (f" ({_text(event['venue_country'])})" if _text(event["venue_country"]) else "")
    outgoing = tables.event_links[tables.event_links["from_event_id"] == event_id]
    links = [html.Li([f"{link_words(str(r.link_type), True)}: ",
                      _link_button(r.to_event_id, titles.get(r.to_event_id, r.to_event_id))])
             for r in outgoing.itertuples(index=False)]
    links += [html.Li([f"{link_words(str(r.link_type), False)}: ",
                       _link_button(r.from_event_id, titles.get(r.from_event_id, r.from_event_id))])
              for r in incoming.itertuples(index=False)]
    body = [
        html.H2(_text(event["title"]), className="detail-heading", tabIndex="-1", **{"data-event": event_id}),
        edit_buttons(event_id),
        html.Dl([*_field("When", _when(event)), *_field("Type", _text(event["event_type"]).replace("_", " ")),
                 *_field("Status", _text(event["status"])), *_field("Process", process), *_field("Venue", venue),
                 *_field("Review", _text(event["review_state"])), *_field("Id", html.Code(event_id))], className="facts"),
        html.H3("Actors"),
        html.Ul([html.Li([names.get(a.actor_id, a.actor_id), html.Span(f" — {a.role}", className="muted")])
                 for a in actors.itertuples(index=False)] or [html.Li("None recorded.")], className="actors"),
    ]
    if _text(event["summary"]):
        body += [html.H3("Summary"), html.P(_text(event["summary"]), className="summary")]
    if "evidence" in event.index and _text(event["evidence"]):  # the sentence of its source it was read or added from
        body += [html.H3("Evidence"), html.P(html.Mark(_text(event["evidence"]), className="evidence-mark"),
                                             className="detail-evidence")]
    body += _sources(tables, event_id)
    body += [html.H3("Linked events"), html.Ul(links, className="links") if links else html.P("None.", className="muted")]
    if _text(event["tags"]):
        body.append(html.P([html.Span("Tags: ", className="muted"), *_tag_buttons(_text(event["tags"]))], className="tags"))
    return body


#: Runs in the browser after the panel shows another event: scroll the panel to its top and put the focus
#: on its heading, so a followed link shows the new title (the panel kept the old scroll position) and a
#: keyboard or screen-reader user lands on it. An analyst stepping through the timeline or the table keeps
#: the focus there, so the next arrow key goes on. Nothing moves when the same event is drawn again.
SCROLL_TO_HEADING = """
function (children) {
    window.requestAnimationFrame(function () {
        var panel = document.getElementById('%(aside)s');
        var heading = panel && panel.querySelector('.detail-heading[data-event]');
        var shown = heading ? heading.getAttribute('data-event') : '';
        if (!panel) { return; }
        if (!panel.hasAttribute('data-tracks-focus')) {  // what had the focus in the panel, to find it after a redraw
            panel.setAttribute('data-tracks-focus', '');
            panel.addEventListener('focusin', function (e) { panel.setAttribute('data-focused', e.target.id || ''); });
        }
        if (panel.getAttribute('data-shown') === shown) {
            // the same event drawn again (a tag followed from it filters the view): the pressed button was replaced
            // and the focus fell to the page's body (QA15); it goes back to the same control, else to the heading
            var now = document.activeElement;
            var focused = panel.getAttribute('data-focused');
            var again = focused ? document.getElementById(focused) : null;
            if ((!now || now === document.body) && focused) { (again || heading || panel).focus({preventScroll: true}); }
            return;
        }
        var before = panel.getAttribute('data-shown');
        panel.setAttribute('data-shown', shown);
        panel.scrollTop = 0;
        var active = document.activeElement;
        var timeline = document.getElementById('%(timeline)s');
        var stepping = (timeline && timeline.getAttribute('data-keeps-focus') === 'true') ||
            (active && active.closest && active.closest('.events-grid'));
        if (heading && before !== null && !stepping) { heading.focus({preventScroll: true}); }
    });
    return window.dash_clientside.no_update;
}
"""


def register_detail_focus(app: Dash) -> None:
    """The clientside callback that brings a newly shown event's heading into view and focus."""
    app.clientside_callback(SCROLL_TO_HEADING % {"aside": ids.DETAIL_ASIDE, "timeline": ids.TIMELINE}, Output(ids.DETAIL_SHOWN, "data"),
                            Input(ids.DETAIL, "children"))

def _tag_buttons(tags: str) -> list:
    """Each tag as a button that filters the timeline by it, with a comma between them: side by side, two tags read
    (and copied) as one word ("qa6uzbekistan")."""
    buttons = [html.Button(tag, id={"type": ids.TAG_LINK, "index": tag}, n_clicks=0, className="link-button tag",
                           title=f"Show the events tagged {tag}") for tag in split_list(tags)]
    return [part for at, button in enumerate(buttons) for part in ([", "] if at else []) + [button]]
