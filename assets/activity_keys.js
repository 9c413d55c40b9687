/* The activity chart from the keyboard (ux25; ux23's defect 9: "click a month to narrow the dates" had no keyboard
 * way, the chart was no Tab stop).
 *
 * The chart's container takes the focus (Tab, after the timeline); Left and Right move through the months (or years)
 * that have events, Home and End go to the first and the last, and a live region says the month, its events and
 * their types. Enter narrows the dates to it, as a click on its bar does: the same clickData goes to the server,
 * which reads the bar's month from its customdata (handlers._month).
 */
(function () {
    "use strict";

    var GRAPH = "activity", LIVE = "activity-live";
    var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var HELP = "Activity per month: events per month, stacked by type. Left and Right arrows move through the " +
        "months with events, Home and End go to the first and the last, Enter narrows the dates to the month.";
    var highlighted = null;  // the period ("2023-06", or "2023" over a long span) under the keyboard highlight

    /* "Jun 2023" for "2023-06", "2023" for a year: as the chart's hover writes them. */
    function spoken(span) {
        var parts = String(span).split("-");
        return parts.length > 1 ? MONTHS[Number(parts[1]) - 1] + " " + parts[0] : parts[0];
    }

    /* The bars, one per period with events, in date order: its count, its types and a point to hover. */
    function periods(gd) {
        var found = {}, list = [];
        (gd._fullData || []).forEach(function (trace, curve) {
            if (trace.type !== "bar" || trace.visible !== true || !Array.isArray(trace.customdata)) {
                return;
            }
            trace.customdata.forEach(function (span, i) {
                if (typeof span !== "string") {
                    return;
                }
                var count = Number(trace.y && trace.y[i]) || 0;
                var period = found[span];
                if (!period) {
                    period = found[span] = {span: span, x: trace.x[i], curve: curve, point: i, count: 0, types: []};
                    list.push(period);
                }
                period.count += count;
                period.types.push(count + " " + trace.name);
            });
        });
        return list.sort(function (a, b) { return a.span < b.span ? -1 : a.span > b.span ? 1 : 0; });
    }

    function announce(text) {
        window.trackerDom.announce(LIVE, text);
    }

    function describe(period, at, total) {
        return spoken(period.span) + ": " + period.count + (period.count === 1 ? " event" : " events") +
            (period.types.length > 1 ? " (" + period.types.join(", ") + ")" : " (" + period.types[0] + ")") +
            ", " + (at + 1) + " of " + total + ". Enter narrows the dates to it.";
    }

    function onKey(event) {
        var container = document.getElementById(GRAPH);
        if (!container || event.target !== container || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        var gd = container.querySelector(".js-plotly-plot");
        var list = gd ? periods(gd) : [];
        var at = list.findIndex(function (p) { return p.span === highlighted; });
        var next = window.trackerDom.step(event.key, at, list.length);
        if (next === null && (event.key === "Enter" || event.key === " ") && at >= 0) {
            var period = list[at];
            event.preventDefault();
            if (window.Plotly && window.Plotly.Fx) {
                window.Plotly.Fx.unhover(gd);
            }
            highlighted = null;
            if (window.dash_clientside && window.dash_clientside.set_props) {
                window.dash_clientside.set_props(GRAPH, {clickData: {points: [
                    {curveNumber: period.curve, pointNumber: period.point, x: period.x, customdata: period.span}]}});
            }
            announce("Dates narrowed to " + spoken(period.span) + ".");
            return;
        } else if (next === null) {
            return;
        }
        event.preventDefault();
        if (!list.length) {
            announce("No events in the chart.");
            return;
        }
        highlighted = list[next].span;
        if (window.Plotly && window.Plotly.Fx) {
            window.Plotly.Fx.hover(gd, [{curveNumber: list[next].curve, pointNumber: list[next].point}], "xy");
        }
        announce(describe(list[next], next, list.length));
    }

    /* Make the chart's container a keyboard control (once; Dash keeps the container across redraws). */
    function attach() {
        var container = document.getElementById(GRAPH);
        if (!container || container.getAttribute("tabindex") === "0") {
            return;
        }
        container.setAttribute("tabindex", "0");
        container.setAttribute("role", "application");
        container.setAttribute("aria-roledescription", "chart");
        container.setAttribute("aria-label", HELP);
    }

    function start() {
        document.addEventListener("keydown", onKey);
        document.addEventListener("focusout", function (event) {
            var container = document.getElementById(GRAPH);
            if (container && event.target === container) {
                highlighted = null;
                var gd = container.querySelector(".js-plotly-plot");
                if (gd && window.Plotly && window.Plotly.Fx) {
                    window.Plotly.Fx.unhover(gd);
                }
            }
        });
        new MutationObserver(attach).observe(document.body, {childList: true, subtree: true});
        attach();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
