/* The focus after an events file's Import button on the review page (review/events_files.py). The answer redraws the
 * panel, and the pressed button with it: the focus fell to the page's body, so Tab started again from the top of the
 * page and a screen reader heard nothing of the result (ux29a). Once the file's card shows its result, the focus goes
 * to the result itself (what was imported and its "Show the timeline" link, or why nothing was), which is read out,
 * and Tab goes on from there. The analyst who moved elsewhere meanwhile keeps their place. */
(function () {
    "use strict";

    var BUTTON = "[id*='\"type\":\"review-import\"']";  // the Import buttons (not their review states' radios)
    var CARDS = "#review-import-result .import-file";
    var pressed = -1;  // the card whose Import was pressed, by its place in the panel; -1: none awaited

    function cards() {
        return document.querySelectorAll(CARDS);
    }

    function mark(target) {
        var button = target && target.closest ? target.closest(BUTTON) : null;
        var card = button && button.closest(".import-file");
        if (card) {
            pressed = Array.prototype.indexOf.call(cards(), card);
        }
    }

    document.addEventListener("click", function (event) { mark(event.target); }, true);
    document.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
            mark(event.target);
        }
    }, true);

    function lost(active) {
        return !active || active === document.body || !document.contains(active);
    }

    function answered() {
        if (pressed < 0) {
            return;
        }
        var card = cards()[pressed];  // redrawn in place (React keeps the element): its button goes with the answer
        var result = card && !card.querySelector(BUTTON) ? card.querySelector(".message.ok, .message.error") : null;
        if (!result) {
            return;  // not answered yet
        }
        pressed = -1;
        if (!lost(document.activeElement)) {
            return;  // the analyst moved on meanwhile
        }
        result.setAttribute("tabindex", "-1");  // focusable by script, not a Tab stop of its own
        result.focus();
    }

    new MutationObserver(answered).observe(document.documentElement, {childList: true, subtree: true});
}());
