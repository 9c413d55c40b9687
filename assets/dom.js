/* Small DOM helpers the page's scripts share (Dash serves assets/ in name order: this comes before them, and
 * they call it only when an event happens). */
(function () {
    "use strict";

    window.trackerDom = {
        /* The element with this id, made once (a div with these attributes) when the page has none yet;
         * where it goes is the caller's choice. */
        once: function (id, attributes) {
            var element = document.getElementById(id);
            if (!element) {
                element = document.createElement("div");
                element.id = id;
                Object.keys(attributes || {}).forEach(function (name) {
                    element.setAttribute(name, attributes[name]);
                });
            }
            return element;
        },

        /* The item a list key moves to from `at` (-1: none yet) among `length` items: Right and Left step, Home
         * and End jump; null for a key that moves nothing (the caller's own keys, such as Enter). */
        step: function (key, at, length) {
            if (key === "ArrowRight") {
                return at < 0 ? 0 : Math.min(at + 1, length - 1);
            }
            if (key === "ArrowLeft") {
                return at < 0 ? length - 1 : Math.max(at - 1, 0);
            }
            return key === "Home" ? 0 : key === "End" ? length - 1 : null;
        },

        /* Say `text` through the polite live region with this id, made once at the end of the body. */
        announce: function (id, text) {
            var live = window.trackerDom.once(id, {"class": "visually-hidden", "aria-live": "polite"});
            if (!live.parentNode) {
                document.body.appendChild(live);
            }
            live.textContent = text;
        }
    };
})();
