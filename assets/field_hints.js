/* A form field's hint is read with its box: a `.field` holds a label, the box and a `.hint` with an id, and Dash's
 * dcc.Input and dcc.Textarea pass no aria-* attributes, so a screen reader heard "Country, edit text" and never the
 * hint saying that the box follows the Venue, which is why its value changes by itself (review30). This names each
 * hint in its box's aria-describedby, beside what invalid_boxes.js names there (the refusal's message). */
(function () {
    "use strict";

    function link() {
        var hints = document.querySelectorAll(".field > .hint[id]");
        for (var i = 0; i < hints.length; i++) {
            var hint = hints[i];
            var box = hint.parentElement.querySelector("input:not([type=hidden]), textarea");
            if (!box) {
                continue;
            }
            var ids = (box.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
            if (ids.indexOf(hint.id) < 0) {
                box.setAttribute("aria-describedby", ids.concat([hint.id]).join(" "));
            }
        }
    }

    new MutationObserver(link).observe(document.documentElement, {subtree: true, childList: true});
    link();
})();
