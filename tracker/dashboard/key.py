"""The key under the timeline: what each kind of mark means, drawn from the style table of `tracker.models`.

Plotly's legend names the event types; this key explains the shapes: markers, bars, hatched
bars, the status of an event, candidates, the selection ring, round numbers and the today line.
"""
from __future__ import annotations

from dash import html

from tracker.models import GREY, KIND_STYLES, STATUS_STYLES, TYPE_STYLES

#: The colour the key's samples are drawn in (talk rounds', as most bars are rounds).
SAMPLE = TYPE_STYLES["talk_round"].colour
OUTLINE = "#1f2937"
BORDERS = {"": f"1px solid {OUTLINE}", "solid": f"1.5px solid {OUTLINE}", "dot": f"1.5px dotted {OUTLINE}",
           "dash": f"1.5px dashed {OUTLINE}"}


def _swatch(style: dict, text: str = "") -> html.Span:
    base = {"display": "inline-block", "boxSizing": "border-box", "verticalAlign": "middle", "marginRight": "5px",
            "position": "relative", "textAlign": "center", "lineHeight": "10px", "fontSize": "11px"}
    return html.Span(text, style={**base, **style}, **{"aria-hidden": "true"})


def _bar(fill: str = SAMPLE, opacity: float = 1.0, border: str = BORDERS[""], pattern: bool = False,
         text: str = "") -> html.Span:
    background = (f"repeating-linear-gradient(135deg, {fill} 0 3px, {OUTLINE} 3px 4px)" if pattern else fill)
    return _swatch({"width": "30px", "height": "11px", "background": background, "opacity": opacity,
                    "border": border, "color": "#111827"}, text)


def _item(sample: html.Span, label: str) -> html.Span:
    return html.Span([sample, label], className="key-item", style={"whiteSpace": "nowrap"})


def _kind_items() -> list[html.Span]:
    items = []
    for kind, style in KIND_STYLES.items():
        if style.drawn_as == "marker":
            sample = _swatch({"width": "11px", "height": "11px", "background": SAMPLE, "border": BORDERS[""]})
        else:
            sample = _bar(opacity=style.opacity, pattern=bool(style.pattern))
        items.append(_item(sample, style.label))
    return items


def _status_items() -> list[html.Span]:
    """One item per status look (announced and scheduled share theirs); "held" is the plain mark above."""
    looks: dict = {}
    for status, style in STATUS_STYLES.items():
        if status != "held":
            looks.setdefault(style, []).append(status)
    items = []
    for style, statuses in looks.items():
        overlay = {"x-thin-open": "✕", "line-ns-open": "|"}.get(style.overlay, "")
        sample = _bar(fill=GREY if style.grey else SAMPLE, opacity=max(style.opacity, 0.5),
                      border=BORDERS[style.outline], text=overlay)
        items.append(_item(sample, f"{' or '.join(statuses)}: {style.label}"))
    return items


def timeline_key() -> html.Div:
    """The key: mark shapes, statuses, candidates, the selection ring, round numbers and today's line."""
    extra = [
        _item(_bar(fill="#ffffff", border=f"1.5px dashed {SAMPLE}"), "candidate (not yet confirmed): open, dashed"),
        _item(_swatch({"width": "14px", "height": "14px", "borderRadius": "50%", "border": "3px solid #111827"}),
              "the selected event"),
        _item(_bar(text="R20"), "round number"),
        _item(_swatch({"width": "0", "height": "14px", "borderLeft": "2px dotted #DC2626"}), "today"),
    ]
    return html.Div([html.Strong("Key:", style={"marginRight": "4px"}), *_kind_items(), *_status_items(), *extra],
                    className="timeline-key", role="note", **{"aria-label": "Key to the timeline's marks"},
                    style={"display": "flex", "flexWrap": "wrap", "alignItems": "center", "gap": "4px 14px",
                           "fontSize": "12px", "color": "#374151", "margin": "4px 0 10px"})
