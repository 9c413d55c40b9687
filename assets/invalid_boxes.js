/* A refused date box says so to a screen reader as well as to the eye: the server marks its box's container
 * `invalid` (the className of dcc.Input lands on a wrapper, and dcc.Input passes no aria-* attributes), and this
 * gives the input aria-invalid="true" and aria-describedby naming the message that says why (the id in the
 * nearest `data-invalid-note`), and takes both away once the value is accepted. Before, a refused From, To or
 * publication date looked and read like an accepted one (QA). The review form's boxes too, when a refusal names
 * them (a bad line of Actors or Links). */
(function () {
    "use strict";

    function describedBy(input, note, on) {
        var ids = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (id) {
            return id && id !== note;
        });
        if (on) {
            ids.push(note);
        }
        if (ids.length) {
            input.setAttribute("aria-describedby", ids.join(" "));
        } else {
            input.removeAttribute("aria-describedby");
        }
    }

    function mark() {
        // a dcc.Input's className is on its wrapper; a dcc.Textarea's on the box itself (the review form's Actors)
        var boxes = document.querySelectorAll("[data-invalid-note] .dash-input-container > input, " +
                                              "[data-invalid-note] textarea");
        for (var i = 0; i < boxes.length; i++) {
            var input = boxes[i];
            var refused = (input.tagName === "TEXTAREA" ? input : input.parentElement).classList.contains("invalid");
            var note = input.closest("[data-invalid-note]").getAttribute("data-invalid-note");
            if (refused === (input.getAttribute("aria-invalid") === "true")) {
                continue;  // as it should be: the observer sees its own changes too
            }
            if (refused) {
                input.setAttribute("aria-invalid", "true");
            } else {
                input.removeAttribute("aria-invalid");
            }
            describedBy(input, note, refused);
        }
    }

    new MutationObserver(mark).observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                                                                  attributeFilter: ["class"]});
})();
