/* The timeline's legend and keyboard.
 *
 * A click on a legend entry toggles that event type as a filter: it sets the Event type checklist,
 * so the count, the table, the URL and the download follow (the figure's legend has itemclick
 * off: Plotly never hides a trace on its own). A double click keeps that type only; a second
 * double click on the only type shown brings every type back. The candidates' entry takes candidates out of
 * the Review state filter.
 *
 * The graph's container takes the focus (Tab); Left and Right move a highlight through the events
 * in view in date order, Home and End go to the first and last, Enter opens the highlighted
 * event's detail the way a click on it does, Escape closes the detail.
 *
 * After the graph is resized (the detail panel opens or closes, the window changes), the key is put back where a
 * fresh drawing puts it: Plotly leaves a horizontal legend where the old, taller margin had it (plotly.js #6492).
 */
(function () {
    "use strict";

    var GRAPH = "timeline", TYPES = "filter-type", STATES = "filter-state", CLOSE = "detail-close", LIVE = "timeline-live",
        TABLE = "events-table";
    var HELP = "Timeline of the matching events. Left and Right arrows move through the events in view in date " +
        "order, Home and End go to the first and the last, Enter opens the highlighted event, Escape closes its detail.";
    var pendingClick = null;  // a single legend click waits: it may be the first of a double click
    var highlighted = null;  // event id under the keyboard highlight
    var timelineFocused = false;  // the timeline had the focus last (a redraw hides it a moment, which drops the focus)

    function setProps(id, props) {
        if (window.dash_clientside && window.dash_clientside.set_props) {
            window.dash_clientside.set_props(id, props);
        }
    }

    /* The type checklist: every type it offers, and those checked (none checked: every type). */
    function typeChoice() {
        var boxes = Array.prototype.slice.call(document.querySelectorAll("#" + TYPES + " input[type=checkbox]"));
        return {
            all: boxes.map(function (b) { return b.value; }),
            chosen: boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; })
        };
    }

    /* The checklist's value once `type` is toggled: shown types less it, or plus it; all of them is no filter. */
    function toggled(all, chosen, type) {
        var shown = chosen.length ? chosen : all;
        var next = shown.indexOf(type) >= 0 ? shown.filter(function (t) { return t !== type; }) : shown.concat([type]);
        if (!next.length || all.every(function (t) { return next.indexOf(t) >= 0; })) {
            return [];
        }
        return all.filter(function (t) { return next.indexOf(t) >= 0; });
    }

    function isolated(chosen, type) {
        return chosen.length === 1 && chosen[0] === type ? [] : [type];
    }

    function legendType(event) {
        var trace = (event.fullData || [])[event.curveNumber] || (event.data || [])[event.curveNumber] || {};
        var group = trace.legendgroup;
        return typeChoice().all.indexOf(group) >= 0 ? group : null;
    }

    /* The candidates' entry takes them out of the Review state filter (the checklist brings them back). */
    function dropCandidates() {
        var boxes = Array.prototype.slice.call(document.querySelectorAll("#" + STATES + " input[type=checkbox]"));
        var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
        if (chosen.indexOf("candidate") >= 0 && chosen.length > 1) {
            setProps(STATES, {value: chosen.filter(function (s) { return s !== "candidate"; })});
        }
    }

    function onLegendClick(gd, event) {
        clearTimeout(pendingClick);
        var type = legendType(event);
        var trace = (event.fullData || [])[event.curveNumber] || {};
        if (!type && trace.legendgroup === "candidate") {
            pendingClick = setTimeout(dropCandidates, (gd._context && gd._context.doubleClickDelay) || 300);
        }
        if (type) {
            pendingClick = setTimeout(function () {
                pendingClick = null;
                var choice = typeChoice();
                setProps(TYPES, {value: toggled(choice.all, choice.chosen, type)});
            }, (gd._context && gd._context.doubleClickDelay) || 300);
        }
        return false;
    }

    function onLegendDoubleClick(event) {
        clearTimeout(pendingClick);
        pendingClick = null;
        var type = legendType(event);
        if (type) {
            setProps(TYPES, {value: isolated(typeChoice().chosen, type)});
        }
        return false;
    }

    /* The event marks in view, one per event (its first lane), in date order then lane order. */
    function marks(gd) {
        var layout = gd._fullLayout, xa = layout && layout.xaxis, ya = layout && layout.yaxis;
        if (!xa || !xa.range || !gd._fullData) {
            return [];
        }
        var low = xa.r2l(xa.range[0]), high = xa.r2l(xa.range[1]), found = [], seen = {};
        gd._fullData.forEach(function (trace, curve) {
            if (trace.visible !== true || !Array.isArray(trace.customdata) || trace.meta === "hit") {
                return;  // a bar's invisible target (tracker.marks.hit_trace) is not a mark of its own
            }
            trace.customdata.forEach(function (id, i) {
                if (typeof id !== "string") {
                    return;
                }
                var start, end;
                if (trace.type === "bar" && trace.orientation === "h") {
                    start = xa.d2l(Array.isArray(trace.base) ? trace.base[i] : trace.base);
                    end = start + Number(trace.x[i]);
                } else {
                    start = end = xa.d2l(trace.x[i]);
                }
                if (!isFinite(start) || end < low || start > high) {
                    return;
                }
                var lane = Number(ya && ya.d2l ? ya.d2l(trace.y[i]) : trace.y[i]) || 0;
                found.push({id: id, curve: curve, point: i, start: start, lane: lane,
                            text: String((Array.isArray(trace.hovertext) ? trace.hovertext[i] : "") || id)});
            });
        });
        found.sort(function (a, b) { return a.start - b.start || a.lane - b.lane; });
        return found.filter(function (m) { return seen[m.id] ? false : (seen[m.id] = true); });
    }

    function announce(text) {
        window.trackerDom.announce(LIVE, text);
    }

    function plainText(html) {
        var holder = document.createElement("div");
        holder.innerHTML = html.replace(/<br>/g, " · ");
        return holder.textContent;
    }

    /* Show the highlighted mark's hover label; false when it is not in view any more. */
    function showHighlight(gd, list) {
        var at = list.findIndex(function (m) { return m.id === highlighted; });
        if (at < 0) {
            return false;
        }
        var mark = list[at];
        if (window.Plotly && window.Plotly.Fx) {
            window.Plotly.Fx.hover(gd, [{curveNumber: mark.curve, pointNumber: mark.point}], "xy");
        }
        gd.parentElement.setAttribute("data-highlighted", mark.id);
        return mark;
    }

    function selectedEvent() {
        return new URLSearchParams(window.location.search).get("event");
    }

    function onKey(event) {
        var container = document.getElementById(GRAPH);
        var gd = container && container.querySelector(".js-plotly-plot");
        var here = event.target === container || event.target === document.body ||
            (event.target.closest && event.target.closest(".detail"));
        if (event.key === "Escape" && here && !event.defaultPrevented) {
            var close = document.getElementById(CLOSE);
            if (close && !close.hidden) {
                close.click();
                if (event.target !== container && container) {
                    container.focus();
                }
                event.preventDefault();
            }
            return;
        }
        var onTimeline = event.target === container || (event.target === document.body && timelineFocused);
        if (!gd || !onTimeline || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        var list = marks(gd);
        var at = list.findIndex(function (m) { return m.id === highlighted; });
        if (at < 0 && highlighted === null) {
            at = list.findIndex(function (m) { return m.id === selectedEvent(); });
        }
        var next = window.trackerDom.step(event.key, at, list.length);
        if (next === null && event.key === "Enter" && at >= 0) {
            var mark = list[at];
            // the hover box goes as the detail opens (a click's does): kept, it was drawn again after the plot
            // narrowed for the panel, over the lane labels; the next arrow key goes on from the opened event
            highlighted = null;
            if (window.Plotly && window.Plotly.Fx) {
                window.Plotly.Fx.unhover(gd);
            }
            setProps(GRAPH, {clickData: {points: [{curveNumber: mark.curve, pointNumber: mark.point, customdata: mark.id}]}});
            announce("Opening " + plainText(mark.text));
            event.preventDefault();
            return;
        } else if (next === null) {
            return;
        }
        event.preventDefault();
        if (!list.length) {
            announce("No events in view.");
            return;
        }
        highlighted = list[next].id;
        showHighlight(gd, list);
        announce((next + 1) + " of " + list.length + ": " + plainText(list[next].text) + ". Enter opens it.");
    }

    /* Remember whether the analyst is working the timeline; the detail panel reads it (data-keeps-focus)
     * so that opening an event with Enter leaves the focus here for the next arrow key. */
    function setTimelineFocused(focused) {
        timelineFocused = focused;
        var container = document.getElementById(GRAPH);
        if (container) {
            container.setAttribute("data-keeps-focus", focused ? "true" : "false");
        }
    }

    /* Give the focus back to the timeline when its loading veil (visibility: hidden) dropped it, not when the
     * analyst clicked elsewhere. */
    function refocus(container) {
        if (timelineFocused && document.activeElement === document.body &&
                getComputedStyle(container).visibility === "visible") {
            container.focus({preventScroll: true});
        }
    }

    /* After a resize that made the key fewer rows, Plotly draws it at the old margin's offset, over the first
     * row of marks; a relayout of its own position (to the same place) draws it where a fresh plot does. */
    function keyCoversMarks(gd) {
        var legend = gd.querySelector(".legend");
        var size = gd._fullLayout && gd._fullLayout._size;
        if (!legend || !size) {
            return false;
        }
        var plotTop = gd.getBoundingClientRect().top + size.t;
        return legend.getBoundingClientRect().bottom > plotTop + 1;
    }

    function onResized(gd, change) {
        if (!change || !change.autosize || !window.Plotly || !keyCoversMarks(gd)) {
            return;
        }
        window.Plotly.relayout(gd, {"legend.y": gd.layout.legend ? gd.layout.legend.y : 1});
    }

    /* Make the graph's container a keyboard control and listen to its legend, once per Plotly graph. */
    function attach() {
        var container = document.getElementById(GRAPH);
        if (!container) {
            return;
        }
        refocus(container);
        if (container.getAttribute("tabindex") !== "0") {
            container.setAttribute("tabindex", "0");
            container.setAttribute("role", "application");
            container.setAttribute("aria-roledescription", "timeline");
            container.setAttribute("aria-label", HELP);
        }
        var gd = container.querySelector(".js-plotly-plot");
        if (!gd || !gd.on || gd._trackerEvents === gd._ev) {
            return;
        }
        gd._trackerEvents = gd._ev;  // Plotly makes a new emitter when it purges and redraws the graph
        gd.on("plotly_legendclick", function (event) { return onLegendClick(gd, event); });
        gd.on("plotly_legenddoubleclick", onLegendDoubleClick);
        gd.on("plotly_relayout", function (change) { onResized(gd, change); });
        gd.on("plotly_afterplot", function () {
            refocus(container);
            if (highlighted !== null && document.activeElement === container && !showHighlight(gd, marks(gd))) {
                highlighted = null;
            }
        });
    }

    var queued = false;
    function queueAttach() {
        if (!queued) {
            queued = true;
            window.requestAnimationFrame(function () { queued = false; attach(); });
        }
    }

    /* Where the detail panel was opened from (the timeline, or the events table's cell), so that closing it with
     * its button gives the focus back there instead of to the page's body. */
    var detailOrigin = null;
    function rememberOrigin(event) {
        var container = document.getElementById(GRAPH);
        var target = event.target;
        if (container && container.contains(target)) {
            detailOrigin = container;
        } else if (target.closest && target.closest("#" + TABLE)) {
            detailOrigin = target.closest("[role=gridcell]") || target.closest("#" + TABLE);
        } else if (target.id !== CLOSE) {
            detailOrigin = null;
        }
    }

    function closedWithButton(event) {
        if (!event.target.closest || !event.target.closest("#" + CLOSE)) {
            return;
        }
        var origin = detailOrigin && document.contains(detailOrigin) ? detailOrigin : document.getElementById(GRAPH);
        if (origin) {
            window.setTimeout(function () { origin.focus({preventScroll: true}); }, 0);
        }
    }

    function start() {
        document.addEventListener("keydown", onKey);
        document.addEventListener("mousedown", rememberOrigin, true);
        document.addEventListener("keydown", function (event) { if (event.key === "Enter") { rememberOrigin(event); } }, true);
        document.addEventListener("click", closedWithButton);
        document.addEventListener("focusin", function (event) { setTimelineFocused(event.target.id === GRAPH); });
        document.addEventListener("mousedown", function (event) {
            var container = document.getElementById(GRAPH);
            setTimelineFocused(timelineFocused && !!container && container.contains(event.target));
        });
        // the veil comes and goes as a style: watched too, to give the focus back once it is gone
        new MutationObserver(queueAttach).observe(document.body, {childList: true, subtree: true, attributes: true,
                                                                  attributeFilter: ["style"]});
        attach();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
