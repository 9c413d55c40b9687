/* The review page's focus. A candidate or suggested source picked (Enter, Space or a click on its card) opens in the
 * form, and the focus goes to the form's first field (a candidate) or to the suggestion's text (a source): the list
 * is drawn again after a pick, which replaced the card and left the focus on the page's body, the form's Title 78 Tab
 * presses away (QA12), and a suggestion picked so scrolled the page away (QA14 M4).
 * After Accept or Reject the next item loads under the button just pressed: a second Enter rejected a candidate
 * nobody had looked at (QA14 M1). Once the answer comes, the focus goes to the next item's form, or to the answer
 * when nothing follows. Merge is such a decision too: the focus stayed on "Merge into this event", which then belonged
 * to the next candidate, while Accept and Reject moved it on (issue 10 walk); now all three go to the next Title, and
 * that Title shows the start of its text (its caret at 0), not its end.
 * A candidate's or suggestion's article box is scrolled, in itself, to put its first highlighted sentence in the
 * middle: a mark below the box's fold was out of sight. The page itself does not move and the focus stays. */
(function () {
    "use strict";

    var CARDS = "[id*='review-pick']";  // the cards of the three lists (candidates, an ingest's new ones, sources)
    var DECISIONS = "#review-accept, #review-reject, #review-merge, #review-source-accept, #review-source-reject";
    var pickedUntil = 0;  // a card was picked before this time
    var moved = false;  // the focus was moved for that pick already
    var decidedUntil = 0;  // a decision's answer is awaited until this time
    var answerBefore = "";  // the message shown when the decision was made

    function visible(element) {
        return element && !element.hidden && element.offsetParent !== null;
    }

    function focusOn(element) {
        if (!element.hasAttribute("tabindex") && !/^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(element.tagName)) {
            element.setAttribute("tabindex", "-1");  // focusable by script, not a Tab stop of its own
        }
        element.focus();
    }

    /* The opened item's first place: the candidate form's Title, else the suggestion's text; null when neither. */
    function openedItem() {
        var form = document.getElementById("review-form");
        var title = document.getElementById("review-title");
        if (visible(form) && visible(title)) {
            return title;
        }
        var panel = document.getElementById("review-source-panel");
        var detail = document.getElementById("review-source-detail");
        return visible(panel) && detail ? detail : null;
    }

    function lost(active) {
        return !active || active === document.body || !document.contains(active);
    }

    function mark(target) {
        if (!target.closest) {
            return;
        }
        if (target.closest(CARDS)) {
            pickedUntil = Date.now() + 4000;
            moved = false;
        } else if (target.closest(DECISIONS)) {
            var message = document.getElementById("review-message");
            answerBefore = message ? message.textContent : "";
            decidedUntil = Date.now() + 8000;
        }
    }

    document.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
            mark(event.target);
        }
    }, true);
    document.addEventListener("click", function (event) { mark(event.target); }, true);
    // Once the analyst acts elsewhere (a press or a field they move to, not a card or the opened item), the focus is
    // theirs: a redraw must not pull it back to the picked item's Title (a click on "Extract" within the pick's 4 s
    // was lost, the page scrolled away under the mouse between its press and release).
    function elsewhere(event) {
        var target = event.target;
        if (pickedUntil && target.closest && !target.closest(CARDS) && target !== openedItem()) {
            pickedUntil = 0;
        }
    }
    document.addEventListener("mousedown", elsewhere, true);
    document.addEventListener("focusin", elsewhere, true);

    function afterPick() {
        if (!pickedUntil || Date.now() > pickedUntil) {
            return;
        }
        var active = document.activeElement;
        var item = openedItem();
        // first from the card, then again while the redraws of the list and the form drop the focus to the body
        if (item && (lost(active) || !moved && active.closest && active.closest(CARDS))) {
            moved = true;
            focusOn(item);
        }
    }

    var settleUntil = 0;  // after a decision's answer: the focus is put back while the page redraws

    function answerPlace() {
        var message = document.getElementById("review-message");
        var next = openedItem();
        var refused = message && message.querySelector(".error, [role='alert'] .error");
        return next && !refused ? next : message;  // a refusal keeps the item: its message is read first
    }

    /* The Title field shows the start of the next candidate's title: a value put in a focused box leaves the caret,
     * and the view, at its end. `shownTitle`: the value the caret was last put back for. */
    var shownTitle = null;

    function titleFromStart() {
        var title = document.getElementById("review-title");
        if (!title || document.activeElement !== title || title.value === shownTitle) {
            return;
        }
        shownTitle = title.value;
        title.setSelectionRange(0, 0);
        title.scrollLeft = 0;
    }

    function afterDecision() {
        var active = document.activeElement;
        if (settleUntil && Date.now() < settleUntil) {
            if (lost(active)) {
                focusOn(answerPlace());  // the focused field hid (nothing left to review): the answer instead
                return;
            }
            titleFromStart();  // the next candidate's values come after the answer, into the focused Title
        }
        if (!decidedUntil || Date.now() > decidedUntil) {
            return;
        }
        var message = document.getElementById("review-message");
        if (!message || message.textContent === answerBefore) {
            return;  // the answer has not come yet
        }
        decidedUntil = 0;
        if (!lost(active) && !(active.closest && active.closest(DECISIONS))) {
            return;  // the analyst moved on meanwhile
        }
        settleUntil = Date.now() + 3000;
        shownTitle = null;
        focusOn(answerPlace());
        titleFromStart();
    }

    /* Each article box shown scrolls (itself only: no scrollIntoView, which moves the page too) to centre its first
     * mark, once per article and evidence: a redraw of the same one (the page's poll) leaves the analyst's scroll. */
    function centreMarks() {
        var boxes = document.querySelectorAll(".article-text");
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            var mark = box.querySelector("mark");
            if (!mark || !box.clientHeight) {
                continue;  // no evidence found in it, or hidden: done when it shows
            }
            var key = box.textContent.length + ":" + mark.textContent;
            if (box.getAttribute("data-centred") === key) {
                continue;
            }
            box.setAttribute("data-centred", key);
            var from = box.getBoundingClientRect(), at = mark.getBoundingClientRect();
            box.scrollTop += (at.top - from.top) - (box.clientHeight - Math.min(at.height, box.clientHeight)) / 2;
        }
    }

    new MutationObserver(function () { afterPick(); afterDecision(); centreMarks(); }).observe(
        document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"],
                                   characterData: true});

    /* The answer to a button (under the buttons, in the page's flow) is brought into view when it changes, with the
     * least scrolling: a long refusal below the fold went unseen. */
    function showMessage(records) {
        var message = document.getElementById("review-message");
        if (!message || message.offsetParent === null || !message.textContent.trim()) {
            return;  // not on the review page, or nothing to say: the timeline's many redraws stop here
        }
        if (records.some(function (r) { return message.contains(r.target); })) {
            message.scrollIntoView({block: "nearest"});
        }
    }

    new MutationObserver(showMessage).observe(document.documentElement, {childList: true, subtree: true,
                                                                         characterData: true});
}());
