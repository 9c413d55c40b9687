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
