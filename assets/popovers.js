/* The header's pop-over panels (<details class="saved-views">) close as menus do: Escape closes the open
 * one and gives the focus back to its toggle; a click outside closes it too, so it never stays over the
 * buttons under it (Fit, Download CSV). */
(function () {
    "use strict";

    function openPanels() {
        return Array.prototype.slice.call(document.querySelectorAll("details.saved-views[open]"));
    }

    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        openPanels().forEach(function (panel) {
            if (panel.contains(document.activeElement) || document.activeElement === document.body) {
                panel.open = false;
                var toggle = panel.querySelector("summary");
                if (toggle) {
                    toggle.focus();
                }
                event.stopPropagation();
            }
        });
    }, true);

    document.addEventListener("mousedown", function (event) {
        openPanels().forEach(function (panel) {
            if (!panel.contains(event.target)) {
                panel.open = false;
            }
        });
    });
})();
