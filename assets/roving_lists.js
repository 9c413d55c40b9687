/* The review page's lists of cards (candidates, an ingest's new candidates, suggested sources) are one Tab stop each,
 * and Up and Down (Home and End) move between their cards, as in a listbox: each card was a Tab stop of its own, so
 * reaching the form past 15 candidates took 15 Tab presses, and the arrow keys did nothing (QA). Roving tabindex:
 * the card last focused, else the selected one, else the first, is the list's stop (tabindex 0), the others -1;
 * Tab and Shift+Tab leave the list as from any control, so it is no trap. Enter or Space still picks a card. A card
 * redrawn while it has the focus keeps it. */
(function () {
    "use strict";

    var LISTS = "ul.candidate-list";
    var CARDS = ".card-button";
    var lastFocused = {};  // list id (or its position) -> the card id focused last, kept while the list is redrawn

    function keyOf(list) {
        return list.id || Array.prototype.indexOf.call(document.querySelectorAll(LISTS), list);
    }

    function cards(list) {
        return Array.prototype.filter.call(list.querySelectorAll(CARDS), function (card) { return !card.disabled; });
    }

    function stopOf(list, all) {
        var remembered = lastFocused[keyOf(list)];
        return all.filter(function (c) { return c.id === remembered; })[0] ||
            all.filter(function (c) { return c.getAttribute("aria-pressed") === "true"; })[0] || all[0];
    }

    function rove(list, stop) {
        var all = cards(list);
        stop = stop || stopOf(list, all);
        all.forEach(function (card) {
            var wanted = card === stop ? "0" : "-1";
            if (card.getAttribute("tabindex") !== wanted) {
                card.setAttribute("tabindex", wanted);
            }
        });
    }

    function roveAll() {
        Array.prototype.forEach.call(document.querySelectorAll(LISTS), function (list) { rove(list); });
    }

    document.addEventListener("focusin", function (event) {
        var card = event.target.closest ? event.target.closest(CARDS) : null;
        var list = card ? card.closest(LISTS) : null;
        if (list) {
            lastFocused[keyOf(list)] = card.id;
            rove(list, card);
        }
    });

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) {
            return;
        }
        var card = event.target.closest ? event.target.closest(CARDS) : null;
        var list = card ? card.closest(LISTS) : null;
        if (!list) {
            return;
        }
        var all = cards(list);
        var at = all.indexOf(card);
        var to = {ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1}[event.key];
        if (to === undefined) {
            return;
        }
        event.preventDefault();  // the arrows would scroll the page
        var next = all[Math.max(0, Math.min(all.length - 1, to))];
        if (next && next !== card) {
            rove(list, next);
            next.focus();
            next.scrollIntoView({block: "nearest"});
        }
    });

    /* A list redrawn under a focused card (a colleague's write, the poll, a new selection) took the card away and left
     * the focus on the page's body: the next key started from the top (review29). The card of the same id, drawn
     * again, takes the focus back; a card gone for good (accepted, rejected) does not, and neither does a card the
     * person left on purpose (a click elsewhere, a focus moved on). */
    var holding = null;  // the id of the card that has the focus, while it has it

    document.addEventListener("focusin", function (event) {
        var card = event.target.closest ? event.target.closest(CARDS) : null;
        holding = card && card.closest(LISTS) ? card.id : null;
    }, true);
    document.addEventListener("mousedown", function (event) {
        if (!(event.target.closest && event.target.closest(CARDS))) {
            holding = null;
        }
    }, true);
    document.addEventListener("focusout", function (event) {
        var card = event.target;
        window.setTimeout(function () {  // a card still there lost the focus by the person's doing, not a redraw
            if (holding === card.id && document.contains(card) && document.activeElement !== card) {
                holding = null;
            }
        }, 0);
    }, true);

    function keepFocus() {
        var active = document.activeElement;
        if (!holding || (active && active !== document.body && document.contains(active))) {
            return;
        }
        var again = document.getElementById(holding);
        if (again && again.matches(CARDS) && again.closest(LISTS) && !again.disabled) {
            again.focus({preventScroll: true});
        }
    }

    new MutationObserver(function () { roveAll(); keepFocus(); }).observe(document.documentElement, {
        childList: true, subtree: true, attributes: true, attributeFilter: ["aria-pressed"]});
})();
