/* Type-ahead in an open dropdown, as in a listbox (WAI-ARIA): with the focus on one of its options, typed letters
 * go to the dropdown's search box when it has one (its own filtering then applies), else they move the focus to
 * the first option whose label starts with what was typed within the last second ("par": participant); Enter or
 * Space then picks it. Dash's dropdown opened on its selected option and dropped the letters: typing "talk" and
 * Enter on the event type kept "meeting", and "partic" and Enter on a role gave "host", saying nothing (QA).
 */
(function () {
    "use strict";
    var typed = "";
    var at = 0;
    var typedIn = null;  // the list the letters were typed in: another list starts afresh

    document.addEventListener("keydown", function (event) {
        if (event.key.length !== 1 || event.key === " " || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        var active = document.activeElement;
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
        var now = Date.now();
        typed = (now - at < 1000 && typedIn === content ? typed : "") + event.key.toLowerCase();
        at = now;
        typedIn = content;
        var options = content.querySelectorAll("[role='option']");
        for (var i = 0; i < options.length; i++) {
            if (options[i].textContent.trim().toLowerCase().indexOf(typed) === 0) {
                (options[i].querySelector("input") || options[i]).focus();
                break;
            }
        }
        event.preventDefault();
    }, true);
})();
