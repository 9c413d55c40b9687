/* Fast typing into a text box never reorders its characters. Dash's Input (with `debounce`) puts the caret back, a
 * moment after each keystroke, where it was when that keystroke was drawn (`setSelectionRange(t, t)` in a timeout):
 * while the page is busy (a filter change redrawing the timeline), later keystrokes land before that timeout, and
 * it moved the caret back over them, so "2021-06-01" typed into From became "202-6-0101" (QA). A restore to a place
 * other than where the caret is, in the focused box while it is being typed in, is that stale restore, and is not
 * done: the caret stays where the typing left it. Anything else (a selection made by a script, another box) is
 * done as asked. */
(function () {
    "use strict";

    var TYPING_MS = 1000;  // a box typed in within this long is being typed in
    var typedAt = new WeakMap();
    var setSelectionRange = HTMLInputElement.prototype.setSelectionRange;

    document.addEventListener("input", function (event) {
        if (event.target instanceof HTMLInputElement) {
            typedAt.set(event.target, performance.now());
        }
    }, true);

    HTMLInputElement.prototype.setSelectionRange = function (start, end) {
        var at = typedAt.get(this);
        var stale = start === end && this === document.activeElement && this.classList.contains("dash-input-element") &&
            at !== undefined && performance.now() - at < TYPING_MS && start !== this.selectionStart;
        if (stale) {
            return undefined;
        }
        return setSelectionRange.apply(this, arguments);
    };
})();
