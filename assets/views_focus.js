/* After a saved view's Delete, the focus goes to the name box: the button is drawn away with its row when the list
 * comes back, and the focus fell to the page's body, so a keyboard or screen-reader user was left nowhere (review30).
 * Only when the focus was lost (a person who clicked elsewhere meanwhile keeps it there). */
(function () {
    "use strict";
    var pressed = 0;

    document.addEventListener("click", function (event) {
        if (event.target && event.target.closest && event.target.closest(".view-delete")) {
            pressed = Date.now();
        }
    }, true);

    new MutationObserver(function () {
        if (!pressed) {
            return;
        }
        if (Date.now() - pressed > 15000) {
            pressed = 0;
            return;
        }
        var active = document.activeElement;
        if (active && active !== document.body && document.contains(active)) {
            return;
        }
        var name = document.getElementById("view-name");
        if (name) {
            name.focus();
            pressed = 0;
        }
    }).observe(document.documentElement, {subtree: true, childList: true});
})();
