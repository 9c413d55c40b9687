/* Fast typing into a text box never reorders its characters. Dash's Input (with `debounce`) puts the caret back, a
 * moment after each keystroke, where it was when that keystroke was drawn (`setSelectionRange(t, t)` in a timeout):
 * while the page is busy (a filter change redrawing the timeline), later keystrokes land before that timeout, and
 * it moved the caret back over them, so "2021-06-01" typed into From became "202-6-0101" (QA). Such a restore is
 * stale when the box, still focused since its last keystroke, holds what that keystroke left in it (no script
 * changed the value since) and the caret is elsewhere: the caret is then where the typing left it, and stays there.
 * An earlier version judged staleness by time (a keystroke in the last second), and a redraw longer than that between
 * a keystroke and the restore let the restore through ("203-12-312"). A restore after a script changed the value (a new candidate's
 * title, a URL's filter put back), a selection, or another box, is done as asked. */
(function () {
    "use strict";

    var typedValue = new WeakMap();  // each box's value right after its last keystroke
    var setSelectionRange = HTMLInputElement.prototype.setSelectionRange;

    document.addEventListener("input", function (event) {
        if (event.target instanceof HTMLInputElement) {
            typedValue.set(event.target, event.target.value);
        }
    }, true);
    // Leaving the box ends its typing: a value put in it later equal to what was typed (a candidate's title saved
    // and shown again) is a script's, and the caret is put where the script asks.
    document.addEventListener("focusout", function (event) {
        typedValue.delete(event.target);
    }, true);

    HTMLInputElement.prototype.setSelectionRange = function (start, end) {
        var stale = start === end && this === document.activeElement && this.classList.contains("dash-input-element") &&
            typedValue.get(this) === this.value && start !== this.selectionStart;
        if (stale) {
            return undefined;
        }
        return setSelectionRange.apply(this, arguments);
    };
})();
