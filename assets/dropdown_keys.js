/* Type-ahead in an open dropdown, as in a listbox (WAI-ARIA): with the focus on one of its options, typed letters
 * go to the dropdown's search box when it has one (its own filtering then applies), else they move the focus to
 * the first option whose label starts with what was typed within the last second ("par": participant); Enter or
 * Space then picks it. Dash's dropdown opened on its selected option and dropped the letters: typing "talk" and
 * Enter on the event type kept "meeting", and "partic" and Enter on a role gave "host", saying nothing (QA).
 * Letters typed on a *closed* dropdown without a search box (Python marks those `type-ahead`) open it and choose the
 * same way, as a native select does: the review form's Type kept "meeting" for "summit" and Enter (ux26b). A closed
 * searchable dropdown is left to Dash, which opens it on the key's release with the letters in its search box: the
 * class, not a guess at the key's moment, tells the two apart (guessing raced with Dash and dropped letters).
 */
(function () {
    "use strict";
    var typed = "";
    var at = 0;
    var typedIn = null;  // the list the letters were typed in: another list starts afresh
    var pendingOn = null;  // a closed `type-ahead` dropdown being opened for the letters in `pending`
    var pending = "";
    var pendingEnter = false;  // Enter pressed before those letters were applied: picks the option they reach
    var enterUpOn = null;  // the element whose Enter went down held for that pick: its release is not Dash's to see

    /* Enter typed right after the letters, before the list they open is drawn: held, then it picks the option the
     * letters reach (else Dash took it on the closed box and the letters' option was left unpicked: review27). */
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || !pendingOn || !pendingHolds(document.activeElement)) {
            return;
        }
        pendingEnter = true;
        enterUpOn = document.activeElement;
        event.preventDefault();
        event.stopPropagation();
    }, true);
    document.addEventListener("keyup", function (event) {
        if (event.key !== "Enter" || !enterUpOn) {
            return;
        }
        enterUpOn = null;
        event.preventDefault();
        event.stopPropagation();
    }, true);

    document.addEventListener("keydown", function (event) {
        if (event.key.length !== 1 || event.key === " " || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        var active = document.activeElement;
        if (pendingOn && pendingHolds(active)) {
            pending += event.key;  // typed before the letters typed on it closed have been applied: after them
            event.preventDefault();
            return;
        }
        if (active && active.matches && active.matches("button.dash-dropdown.type-ahead[aria-expanded='false']") &&
                !active.disabled) {
            pendingOn = active;
            pending = event.key;
            event.preventDefault();
            window.setTimeout(function () { openThenType(active); }, 0);
            return;
        }
        var content = active && active.closest ? active.closest(".dash-dropdown-content") : null;
        if (!content && active && active.getAttribute && active.getAttribute("aria-expanded") === "true") {
            content = document.getElementById(active.getAttribute("aria-controls") || "");  // just opened
        }
        if (!content || active.matches("input.dash-dropdown-search")) {
            return;
        }
        var search = content.querySelector("input.dash-dropdown-search");
        if (search) {
            search.focus();  // the letter lands in the search box
            return;
        }
        typeAhead(content, event.key);
        event.preventDefault();
    }, true);

    /* Open a closed `type-ahead` dropdown as a click does and, once its options are drawn and Dash has put the focus
     * on one (its selected option, a frame after opening: letters applied before that were undone), go to the first
     * whose label starts with the letters typed meanwhile. */
    function openThenType(trigger) {
        if (trigger.getAttribute("aria-expanded") === "false") {
            trigger.click();
        }
        (function wait(left) {
            var content = document.getElementById(trigger.getAttribute("aria-controls") || "");
            var drawn = content && content.querySelector("[role='option']");
            if ((!drawn || document.activeElement === trigger) && left > 0) {
                window.setTimeout(function () { wait(left - 1); }, 30);
                return;
            }
            var keys = pending;
            var enter = pendingEnter;
            var here = pendingHolds(document.activeElement);  // not if the person has gone on elsewhere
            pendingOn = null;
            pending = "";
            pendingEnter = false;
            if (content && here) {
                typed = "";
                for (var i = 0; i < keys.length; i++) {
                    typeAhead(content, keys.charAt(i));
                }
                var option = document.activeElement;
                if (enter && content.contains(option)) {
                    option.click();  // what Enter on the focused option does
                }
            }
        })(100);
    }

    /* Whether the focus is on the dropdown being opened for typed letters, or in its options. */
    function pendingHolds(element) {
        if (!pendingOn || !element) {
            return false;
        }
        var list = element.closest ? element.closest(".dash-dropdown-content") : null;
        return element === pendingOn || !!list && list.id === pendingOn.getAttribute("aria-controls");
    }

    /* Move the focus to the first option of `content` whose label starts with the letters typed in it within the last
     * second, `key` the latest. */
    function typeAhead(content, key) {
        var now = Date.now();
        typed = (now - at < 1000 && typedIn === content ? typed : "") + key.toLowerCase();
        at = now;
        typedIn = content;
        var options = content.querySelectorAll("[role='option']");
        for (var i = 0; i < options.length; i++) {
            if (options[i].textContent.trim().toLowerCase().indexOf(typed) === 0) {
                (options[i].querySelector("input") || options[i]).focus();
                break;
            }
        }
    }

    /* Space on a closed dropdown opens it, as Enter and ArrowDown do (a listbox's trigger is a button, and Space
     * presses a button): Dash's dropdown took the key and did nothing (QA). Only the closed trigger itself: a space
     * typed in the search box of an open dropdown, or on one of its options (which picks it), is left alone. */
    document.addEventListener("keydown", function (event) {
        if (event.key !== " " || event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
            return;
        }
        var trigger = event.target;
        if (!trigger || !trigger.matches || !trigger.matches("button.dash-dropdown[aria-expanded='false']") ||
                trigger.disabled) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        spaceOn = trigger;
    }, true);
    var spaceOn = null;  // the closed trigger a Space went down on: opened when the key comes up
    document.addEventListener("keyup", function (event) {
        var down = spaceOn;
        spaceOn = null;
        // by its id: new options drawn between the key's down and up may have replaced the button
        var trigger = down && down.id ? document.getElementById(down.id) || down : down;
        if (event.key !== " " || !trigger || !trigger.contains(event.target) && event.target !== down ||
                trigger.getAttribute("aria-expanded") !== "false") {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        // what a click does: opens it and puts the focus in its search box or on its options; on the key's release,
        // as a button is pressed, so the space is not typed into the search box that takes the focus
        trigger.click();
    }, true);

    /* The search box of an open dropdown is a combobox named after the dropdown's field ("Search Event to merge
     * into") that controls its options: it had no name and no role for a screen reader (QA13 LOW-5). */
    function fieldName(trigger) {
        for (var node = trigger; node && node !== document.body; node = node.parentElement) {
            var label = node.id ? document.querySelector("label[for='" + CSS.escape(node.id) + "']") : null;
            if (label) {
                return label.textContent.trim();
            }
        }
        return "";
    }

    function labelSearchBoxes() {
        var boxes = document.querySelectorAll("input.dash-dropdown-search");
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            var content = box.closest(".dash-dropdown-content");
            var list = content ? content.querySelector("[role='listbox']") : null;
            if (box.getAttribute("role") === "combobox" && (!list || list.id === box.getAttribute("aria-controls"))) {
                continue;  // named already, and its list is the one it controls (React draws the list anew)
            }
            var trigger = content && content.id ?
                document.querySelector("[aria-controls='" + CSS.escape(content.id) + "']") : null;
            var name = trigger ? fieldName(trigger) : "";
            box.setAttribute("role", "combobox");
            box.setAttribute("aria-autocomplete", "list");
            box.setAttribute("aria-expanded", "true");
            box.setAttribute("aria-label", name ? "Search " + name : "Search the options");
            if (list) {
                list.id = box.getAttribute("aria-controls") || (content.id || "dropdown") + "-options";
                list.setAttribute("aria-label", name || "Options");
                box.setAttribute("aria-controls", list.id);
            }
        }
    }

    new MutationObserver(labelSearchBoxes).observe(document.documentElement, {childList: true, subtree: true});
})();
