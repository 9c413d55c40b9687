/* The review page with the keyboard: a candidate or suggested source picked with Enter or Space opens in the form,
 * and the focus goes to the form's first field. The list is drawn again after a pick, which replaced the focused
 * card and left the focus on the page's body: the form's Title was 78 Tab presses away (QA12). */
(function () {
    "use strict";

    var LISTS = "#review-list, #review-suggestions";
    var pickedUntil = 0;  // a card was picked with the keyboard before this time

    document.addEventListener("keydown", function (event) {
        if ((event.key === "Enter" || event.key === " ") && event.target.closest && event.target.closest(LISTS)) {
            pickedUntil = Date.now() + 4000;
        }
    }, true);

    function toForm() {
        if (!pickedUntil || Date.now() > pickedUntil) {
            return;
        }
        var active = document.activeElement;
        if (active && active !== document.body && document.contains(active)) {
            return;  // the card is still there (nothing redrawn yet), or the focus went somewhere on purpose
        }
        var form = document.getElementById("review-form");
        var first = document.getElementById("review-title");
        if (form && !form.hidden && first && first.offsetParent !== null) {
            pickedUntil = 0;
            first.focus();
        }
    }

    new MutationObserver(toForm).observe(document.documentElement, {childList: true, subtree: true, attributes: true,
                                                                     attributeFilter: ["hidden"]});

    /* The answer to a button (under the buttons, in the page's flow) is brought into view when it changes, with the
     * least scrolling and without moving the focus: a long refusal below the fold went unseen. */
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
