"""The brief as one self-contained HTML file: styles and plotly.js inline, the chart interactive.

Jinja2 autoescaping escapes every text from the data; the only links leaving
the file are the sources' own http(s) addresses.
"""
from __future__ import annotations

import jinja2
from markupsafe import Markup

from tracker.briefing.chart import timeline_chart
from tracker.briefing.model import Brief
from tracker.flat import is_web_url

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d1d1f; max-width: 62rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: .3rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; }
h3 { color: #444; margin-top: 1.6rem; } h4 { margin: 0 0 .3rem; font-size: 1.02rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
article.entry { border-left: 3px solid #d0d7de; padding: .2rem 0 .2rem .8rem; margin: 0 0 1.1rem; }
article.entry.new, article.entry.changed { border-left-color: #d4a017; }
.change { background: #fff3c4; border: 1px solid #d4a017; border-radius: 3px; font-size: .75rem; padding: 0 .3rem; }
.context, .event-id { color: #555; font-size: .9rem; margin: .1rem 0; }
p { margin: .25rem 0; overflow-wrap: anywhere; }
blockquote { margin: .4rem 0 .4rem .6rem; padding-left: .7rem; border-left: 2px solid #999; font-style: italic; }
blockquote footer { font-style: normal; color: #444; }
a.cite { text-decoration: none; } ol.sources { list-style: none; padding-left: 0; }
ol.sources li { margin-bottom: .35rem; overflow-wrap: anywhere; }
code { font-size: .85rem; }
@media print { body { margin: 0; max-width: none; } article.entry { break-inside: avoid; } }
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tracker brief">
<meta name="tracker-filter" content="{{ brief.filter_query }}">
<title>{{ brief.title }}</title>
<style>{{ style }}</style>
</head>
<body>
<header>
<h1 dir="auto">{{ brief.title }}</h1>
<dl class="meta">
<dt>Period</dt><dd class="period">{{ brief.period }}</dd>
<dt>Filters</dt><dd class="filters" dir="auto">{{ brief.filter_text }}</dd>
<dt>Generated</dt><dd class="generated">{{ brief.generated_text.removeprefix("Generated ") }}</dd>
{% if brief.since %}<dt>Marked</dt><dd class="since">NEW or CHANGED: events added or changed since {{ since }}</dd>{% endif %}
{% if brief.as_of %}<dt>As of</dt><dd class="as-of">{{ brief.as_of_text.removeprefix("As of ") }}: the chronology as it was known then</dd>{% endif %}
</dl>
</header>
<section id="key-points">
<h2>Key points</h2>
<ul>
{% for point in brief.key_points %}<li dir="auto">{{ point }}</li>
{% endfor %}</ul>
</section>
{% if brief.changes_heading %}<section id="changes">
<h2>{{ brief.changes_heading }}</h2>
{% if not brief.changes %}<p>Nothing changed.</p>{% endif %}<ul>
{% for line in brief.changes %}<li class="change {{ line.kind|replace(" ", "-") }}" dir="auto">{{ line.text }}</li>
{% endfor %}</ul>
</section>
{% endif %}{% if chart %}<section id="timeline">
<h2>Timeline</h2>
{{ chart }}
</section>
{% endif %}<section id="chronology">
<h2>Chronology</h2>
{% if not brief.months %}<p>No events match the filters.</p>{% endif %}
{% for month in brief.months %}<h3>{{ month.label }}</h3>
{% for entry in month.entries %}<article class="entry {{ entry.change }}" id="event-{{ entry.event_id }}" data-event-id="{{ entry.event_id }}">
<h4><time datetime="{{ entry.start.isoformat() }}">{{ entry.date_text }}</time> · <span class="type">{{ entry.type_label }}</span> · <span class="title" dir="auto">{{ entry.title }}</span>{% if entry.change %} <span class="change">{{ entry.change_text }}</span>{% endif %}</h4>
{% if entry.context_text %}<p class="context" dir="auto">{{ entry.context_text }}</p>{% endif %}
{% if entry.actors %}<p class="actors" dir="auto"><strong>Actors:</strong> {{ entry.actors_text }}</p>{% endif %}
{% if entry.summary or entry.citations %}<p class="summary"><span dir="auto">{{ entry.summary }}</span>{% if entry.citations %} <span class="cites">Sources: {% for n in entry.citations %}<a class="cite" href="#source-{{ n }}">[{{ n }}]</a>{{ " " if not loop.last }}{% endfor %}</span>{% endif %}</p>{% endif %}
{% if entry.quote %}<blockquote class="quote"><p dir="auto">“{{ entry.quote.text }}”</p><footer>{% if entry.quote.speaker %}— <span class="speaker" dir="auto">{{ entry.quote.speaker }}</span>{% endif %}{% if entry.quote.citation %} <a class="cite" href="#source-{{ entry.quote.citation }}">[{{ entry.quote.citation }}]</a>{% endif %}</footer></blockquote>{% endif %}
<p class="event-id">Event id: <code>{{ entry.event_id }}</code></p>
</article>
{% endfor %}{% endfor %}</section>
{% if brief.citations %}<section id="sources">
<h2>Sources</h2>
<ol class="sources">
{% for c in brief.citations %}<li id="source-{{ c.number }}" value="{{ c.number }}"><span class="num">[{{ c.number }}]</span> <span dir="auto">{{ c.publisher or "(publisher not recorded)" }}</span>{% if c.published %}, {{ c.published }}{% endif %}{% if c.title %}, “<span dir="auto">{{ c.title }}</span>”{% endif %}{% if c.url %}, {% if is_web_url(c.url) %}<a href="{{ c.url }}" rel="noopener noreferrer">{{ c.url }}</a>{% else %}{{ c.url }}{% endif %}{% endif %}</li>
{% endfor %}</ol>
</section>
{% endif %}</body>
</html>
"""

_ENVIRONMENT = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=False)
_TEMPLATE = _ENVIRONMENT.from_string(TEMPLATE)


def chart_html(brief: Brief) -> str:
    """The interactive timeline as a <div> with plotly.js inline (no network needed to open it)."""
    return timeline_chart(brief).to_html(full_html=False, include_plotlyjs=True, div_id="brief-timeline",
                                         config={"displaylogo": False, "responsive": True})


def render(brief: Brief, *, chart: bool = True) -> bytes:
    """The brief as a UTF-8 HTML document."""
    chart_markup = Markup(chart_html(brief)) if chart and brief.entries else ""
    text = _TEMPLATE.render(brief=brief, style=Markup(STYLE), chart=chart_markup, is_web_url=is_web_url,
                            since=brief.since_label)
    return text.encode("utf-8")
