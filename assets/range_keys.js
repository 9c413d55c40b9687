/* The range slider from the keyboard (QA15 LOW: its handles were not reachable by Tab).
 *
 * Plotly draws the slider's two handles as SVG; this makes each a focusable slider (tabindex 0, role "slider", an
 * aria-label, the date it stands at as aria-valuetext) in the page's Tab order after the "what changed since" box,
 * before the timeline. Left and Right move the focused handle by a hundredth of the slider's whole span (PageUp and
 * PageDown by a tenth, Home and End to the span's ends). A move is a relayout of the slider's figure, so it reaches
 * the server as a drag of the handles does (the overview's relayoutData: `x0`/`x1` in the URL), and a live region
 * says the new window. (The box between the handles is drawn 0 px high in this strip, so it is not a stop.)
 * The window's end is the midnight after its last day (the server draws x0..x1 as [x0, x1 + 1 day)), so the end
 * sent is the day before that midnight: sent as the midnight itself, the server read it as one more day, and each
 * key on the start handle pushed the end a day later (ux23). A key moves its handle by whole days, at least one,
 * so Left then Right puts it back where it was.
 */
(function () {
    "use strict";

    var GRAPH = "overview", LIVE = "overview-live";
    var PARTS = {
        "rangeslider-grabber-min": {part: "min", label: "Start of the timeline's window"},
        "rangeslider-grabber-max": {part: "max", label: "End of the timeline's window"}
    };
    var DAY = 86400000;
    var lastPart = null;  // the part the keys moved last: given the focus again if a redraw drops it

    function graph() {
        var container = document.getElementById(GRAPH);
        return container && container.querySelector(".js-plotly-plot");
    }

    function day(ms) {
        return new Date(ms).toISOString().slice(0, 10);
    }

    var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /* "30 Sep 2020", as the page writes a day (Chromium's en-GB short month is "Sept"). */
    function said(ms) {
        var d = new Date(ms);
        return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    }

    /* The window shown (ms) and the slider's whole span (ms). */
    function ranges(gd) {
        var xa = gd && gd._fullLayout && gd._fullLayout.xaxis;
        if (!xa || !xa.range || !xa.rangeslider || !xa.rangeslider.range) {
            return null;
        }
        return {low: xa.r2l(xa.range[0]), high: xa.r2l(xa.range[1]),
                first: xa.r2l(xa.rangeslider.range[0]), last: xa.r2l(xa.rangeslider.range[1]), axis: xa};
    }

    function partOf(node) {
        for (var name in PARTS) {
            if (node && node.classList && node.classList.contains(name)) {
                return PARTS[name].part;
            }
        }
        return null;
    }

    /* Each part a focusable slider that says where it stands. */
    function label(gd) {
        var now = ranges(gd);
        Object.keys(PARTS).forEach(function (name) {
            var node = gd.querySelector("." + name);
            if (!node || !now) {
                return;
            }
            var part = PARTS[name].part;
            node.setAttribute("tabindex", "0");
            node.setAttribute("focusable", "true");
            node.setAttribute("role", "slider");
            node.setAttribute("aria-label", PARTS[name].label);
            node.setAttribute("aria-orientation", "horizontal");
            node.setAttribute("aria-valuemin", String(Math.round(now.first / DAY)));
            node.setAttribute("aria-valuemax", String(Math.round(now.last / DAY)));
            node.setAttribute("aria-valuenow", String(Math.round((part === "max" ? now.high : now.low) / DAY)));
            node.setAttribute("aria-valuetext", said(part === "min" ? now.low : Math.max(now.low, now.high - 1)));
        });
    }

    function announce(text) {
        window.trackerDom.announce(LIVE, text);
    }

    /* The window after `key` on `part`, or null for a key the slider does not take. */
    function moved(now, part, key) {
        var span = now.last - now.first;
        var small = Math.max(1, Math.round(span / 100 / DAY)) * DAY, large = Math.max(1, Math.round(span / 10 / DAY)) * DAY;
        var step = {ArrowLeft: -small, ArrowDown: -small, ArrowRight: small, ArrowUp: small,
                    PageDown: -large, PageUp: large}[key];
        var least = Math.max(DAY, span / 200);  // the handles never meet
        var low = now.low, high = now.high;
        var at = part === "min" ? low : high;
        at = key === "Home" ? now.first : key === "End" ? now.last : step === undefined ? null : at + step;
        if (at === null) {
            return null;
        }
        at = Math.min(Math.max(at, now.first), now.last);
        return part === "min" ? [Math.min(at, high - least), high] : [low, Math.max(at, low + least)];
    }

    function onKey(event) {
        var part = partOf(event.target), gd = graph();
        if (!part || !gd || !window.Plotly || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        var now = ranges(gd);
        var next = now && moved(now, part, event.key);
        if (!next) {
            return;
        }
        event.preventDefault();
        lastPart = part;
        var last = Math.max(next[0], next[1] - 1);  // the last day shown, not the midnight after it
        window.Plotly.relayout(gd, {"xaxis.range": [day(next[0]), day(last)]});
        announce("Timeline window " + said(next[0]) + " to " + said(last));
    }

    /* After a redraw: the parts labelled again, and the focus back on the part the keys moved if it was lost. */
    function afterPlot(gd) {
        label(gd);
        if (lastPart && (document.activeElement === document.body || !document.activeElement)) {
            var name = Object.keys(PARTS).filter(function (n) { return PARTS[n].part === lastPart; })[0];
            var node = gd.querySelector("." + name);
            if (node) {
                node.focus({preventScroll: true});
            }
        }
    }

    function attach() {
        var gd = graph();
        if (!gd || !gd.on) {
            return;
        }
        label(gd);
        if (gd._trackerRangeEvents === gd._ev) {
            return;
        }
        gd._trackerRangeEvents = gd._ev;  // Plotly makes a new emitter when it purges and redraws the graph
        gd.on("plotly_afterplot", function () { afterPlot(gd); });
        gd.on("plotly_relayout", function () { label(gd); });
    }

    var queued = false;
    function queueAttach() {
        if (!queued) {
            queued = true;
            window.requestAnimationFrame(function () { queued = false; attach(); });
        }
    }

    function start() {
        document.addEventListener("keydown", onKey);
        document.addEventListener("focusin", function (event) {
            if (!partOf(event.target)) {
                lastPart = null;
            }
        });
        new MutationObserver(queueAttach).observe(document.body, {childList: true, subtree: true});
        attach();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
