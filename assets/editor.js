/* The event form's keyboard behaviour: the focus moves to the form's heading when it opens and back to the
 * button that opened it when it closes (Edit, or Add event); Escape or its Close button closes it (a dropdown
 * open inside it closes first; a form with changes typed into it asks for a second Escape or click, so a stray
 * key or click loses no work); Enter in a one-line field saves; Tab stays inside the open form; a new row's first
 * field takes the focus, and after a row is removed its group's Add button does. */
(function () {
    "use strict";

    var DIALOG = "editor-dialog";
    var returnTo = null;  // selector of the button the focus goes back to
    var returnUntil = 0;
    var changed = false;  // something was typed or chosen since the form opened
    var armedUntil = 0;  // a first Escape or Close on a changed form: a second one before this time discards it
    var disarmTimer = null;
    var closing = false;  // the Close button is being clicked for a discard already agreed to
    var NOTE = "editor-escape-note";
    var CLOSE = "editor-cancel";

    function dialog() {
        return document.getElementById(DIALOG);
    }

    function isOpen() {
        var d = dialog();
        return !!d && !d.hidden;
    }

    function escapeId(text) {
        return window.CSS && CSS.escape ? CSS.escape(text) : String(text).replace(/"/g, '\\"');
    }

    function focusReturn() {
        if (!returnTo || Date.now() > returnUntil) {
            return;
        }
        var active = document.activeElement;
        if (active && active !== document.body && document.contains(active)) {
            return;  // the focus went somewhere on purpose (the new event's heading): leave it there
        }
        var target = document.querySelector(returnTo);
        if (target) {
            target.focus();
        }
    }

    // The detail panel is drawn again after a save, which replaces the Edit button that had the focus.
    new MutationObserver(focusReturn).observe(document.documentElement, {childList: true, subtree: true});
    // Once the person acts after the form closed (a key, a click), the focus is theirs: a list redrawn by their next
    // key must not send it back to the button that opened the form.
    function theirs() {
        if (!isOpen()) {
            returnUntil = 0;
        }
    }
    document.addEventListener("keydown", theirs, true);
    document.addEventListener("mousedown", theirs, true);

    function focusables() {
        var d = dialog();
        if (!d) {
            return [];
        }
        return Array.prototype.filter.call(
            d.querySelectorAll("button, input, textarea, select, a[href], [tabindex]:not([tabindex='-1'])"),
            function (el) { return !el.disabled && el.offsetParent !== null; });
    }

    window.trackerEditor = {
        dialog: function (hidden, opened) {
            changed = false;
            disarm();
            if (!hidden) {
                returnTo = null;
                window.requestAnimationFrame(function () {
                    var heading = document.getElementById("editor-heading");
                    if (heading) {
                        heading.focus();
                    }
                });
                return null;
            }
            var eventId = opened && opened.event_id, box = opened && opened.article && opened.article.box;
            // back to the button that opened it: "Add an event from this article" under its box on the review page
            // (where the analyst goes on with the queue), Edit, or the header's Add event
            returnTo = box ? 'button.add-from-article[data-box="' + escapeId(box) + '"]'
                : eventId ? '.editor-edit-button[data-event="' + escapeId(eventId) + '"]' : "#editor-add";
            returnUntil = Date.now() + 4000;
            var target = document.querySelector(returnTo);
            if (target) {
                target.focus();
            }
            return null;
        }
    };

    document.addEventListener("keydown", function (event) {
        if (!isOpen()) {
            return;
        }
        var d = dialog();
        if (event.key === "Escape") {
            if (document.querySelector(".dash-dropdown-options") || (event.target.closest &&
                    event.target.closest("[aria-expanded='true']"))) {
                return;  // the open dropdown closes first
            }
            event.preventDefault();
            if (askFirst("Escape")) {
                return;
            }
            close();
        } else if (event.key === "Enter" && d.contains(event.target) && event.target.classList &&
                   event.target.classList.contains("dash-input-element")) {  // a one-line field, not a dropdown
            event.preventDefault();
            document.getElementById("editor-save").click();
        } else if (event.key === "Tab") {
            var items = focusables();
            if (!items.length) {
                return;
            }
            var first = items[0], last = items[items.length - 1];
            var heading = document.getElementById("editor-heading");
            if (event.shiftKey && (document.activeElement === first || document.activeElement === heading)) {
                event.preventDefault();
                last.focus();
            } else if (!event.shiftKey && document.activeElement === last) {
                event.preventDefault();
                first.focus();
            } else if (!d.contains(document.activeElement)) {
                event.preventDefault();
                first.focus();
            }
        }
    }, true);

    function note() {
        var element = document.getElementById(NOTE);
        if (!element) {
            var heading = document.getElementById("editor-heading");
            if (!heading) {
                return null;
            }
            element = document.createElement("p");
            element.id = NOTE;
            element.className = "editor-escape-note";
            element.setAttribute("role", "status");
            heading.parentElement.insertAdjacentElement("afterend", element);  // below the heading row, full width
        }
        return element;
    }

    /* Whether closing waits for a second Escape or click (`how`): the form has changes and none was asked yet. */
    function askFirst(how) {
        if (!changed || Date.now() <= armedUntil) {
            return false;
        }
        arm(how);
        return true;
    }

    function close() {
        disarm();
        closing = true;
        try {
            document.getElementById(CLOSE).click();
        } finally {
            closing = false;
        }
    }

    function arm(how) {
        armedUntil = Date.now() + 5000;
        var element = note();
        if (element) {
            element.textContent = "This form has changes that are not saved: press " + how + " again to discard " +
                "them, or Save to keep them.";
            element.hidden = false;
        }
        window.clearTimeout(disarmTimer);  // the note never invites a second press that would not discard
        disarmTimer = window.setTimeout(disarm, 5000);
    }

    function disarm() {
        armedUntil = 0;
        window.clearTimeout(disarmTimer);
        var element = document.getElementById(NOTE);
        if (element) {
            element.textContent = "";
            element.hidden = true;
        }
    }

    function touched(event) {
        var d = dialog();
        var target = event.target;
        if (!isOpen() || !target || !target.closest) {
            return;
        }
        if (d.contains(target) || target.closest(".dash-dropdown-options")) {
            if (event.type === "click" && !target.closest(".dash-dropdown-options, .row-remove, button[id$='-add'], " +
                                                          "#editor-use-selection")) {
                return;  // a click that changes nothing (a field, the heading)
            }
            changed = true;
            disarm();
        }
    }
    document.addEventListener("input", touched, true);
    document.addEventListener("click", touched, true);

    // Close × on a changed form: the first click asks, as Escape does; the page's own handler (Dash's, at the
    // root) never sees that click.
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("#" + CLOSE);
        if (!button || closing || !isOpen()) {
            return;
        }
        if (askFirst("Close")) {
            event.preventDefault();
            event.stopPropagation();
            return;
        }
        disarm();
    }, true);

    // Undo after a delete: the focus goes to the notice's Undo button, where a keyboard user needs it.
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("button");
        if (!button) {
            return;
        }
        var id = button.id || "";
        var group = /^editor-(actors|sources|quotes|links)-add$/.exec(id);
        if (group) {
            var rows = document.getElementById("editor-" + group[1] + "-rows");
            var before = rows ? rows.children.length : 0;
            waitFor(function () { return rows && rows.children.length > before; }, function () {
                var input = rows.lastElementChild.querySelector("input, [tabindex='0']");
                if (input) {
                    input.focus();
                }
            });
        } else if (id === "editor-save") {
            focusAfterSave();
        } else if (button.classList.contains("row-remove")) {
            var add = button.closest(".editor-group").querySelector("button[id$='-add']");
            waitFor(function () { return !document.contains(button); }, function () { add.focus(); });
        } else if (button.classList.contains("editor-notice-close")) {
            // The notice's × goes with the notice: the focus went to the page's body, and a keyboard user had to
            // Tab from the top again (ux23). It goes to the open event's heading, or else to Add event.
            waitFor(function () { return !document.contains(button); }, function () {
                if (document.activeElement && document.activeElement !== document.body) {
                    return;  // the focus went somewhere on purpose meanwhile
                }
                var target = document.querySelector("#detail .detail-heading[data-event]") ||
                    document.getElementById("editor-add");
                if (target) {
                    target.focus();
                }
            });
        } else if (button.classList.contains("editor-delete-button")) {
            waitFor(function () { return document.querySelector("#editor-notice .editor-undo-button"); },
                    function () { document.querySelector("#editor-notice .editor-undo-button").focus(); });
        }
    });

    // A refused save: the focus goes to the conflict's choices, or to the first field whose error is shown.
    function focusAfterSave() {
        var message = document.getElementById("editor-message");
        var before = message ? message.textContent : "";
        var conflictBefore = (document.getElementById("editor-conflict") || {}).hidden;
        waitFor(function () {
            return !isOpen() || (message && message.textContent !== before) ||
                (document.getElementById("editor-conflict") || {}).hidden !== conflictBefore;
        }, function () {
            if (!isOpen()) {
                return;
            }
            var conflict = document.getElementById("editor-conflict");
            if (conflict && !conflict.hidden) {
                document.getElementById("editor-keep-mine").focus();
                return;
            }
            var errors = Array.prototype.filter.call(dialog().querySelectorAll(".field-error"),
                                                     function (el) { return el.textContent; });
            if (!errors.length) {
                return;
            }
            var holder = errors[0].closest(".editor-field, .editor-group");
            var control = holder && holder.querySelector("input:not([aria-hidden='true']), textarea, button.dash-dropdown, input");
            if (control) {
                control.focus();
            }
        });
    }

    function waitFor(test, then) {
        var until = Date.now() + 5000;
        (function look() {
            if (test()) {
                then();
            } else if (Date.now() < until) {
                window.setTimeout(look, 30);
            }
        })();
    }
})();
