/* A session that ends while the page is open (Sign out in another browser, the 12-hour expiry, a new password):
 * the server answers the page's callbacks 401, or 403 when the user's role no longer allows the action
 * (tracker.auth.web); 413, a request larger than the server takes (tracker.auth.guard), is said the same way (a drop
 * too large is said at the upload instead: upload_limit.js). The
 * page says so, with a link that logs in again in a new tab, and leaves everything as it is: the event form keeps its input, and Save after that login saves it. Dash is handed the refusal as a 204
 * ("no update"): given the 401 itself, its renderer failed ("body stream already read") and the page said nothing. */
(function () {
    "use strict";

    var NOTE = "session-ended";
    var CALLBACK = "_dash-update-component";
    var original = window.fetch;
    if (!original) {
        return;
    }

    function prefix() {
        var config = document.getElementById("_dash-config");
        try {
            return JSON.parse(config.textContent).requests_pathname_prefix || "/";
        } catch (error) {
            return "/";
        }
    }

    /* The note, last in the open event form when there is one (the form keeps Tab inside it, so the link is the
     * next stop after Save), else last in the page; drawn at the top of the window either way. */
    function note() {
        var element = window.trackerDom.once(NOTE, {"class": "session-ended", "role": "alert", "hidden": ""});
        var dialog = document.getElementById("editor-dialog");
        var host = dialog && !dialog.hidden ? dialog.querySelector(".editor-panel") || document.body : document.body;
        if (element.parentNode !== host) {
            host.appendChild(element);
        }
        return element;
    }

    /* The note is written once per refusal: the page's 3-second poll (DATA_POLL) is refused too while the session is
     * over, and writing the note again each time took the focus off its link (a keyboard user lost their place). */
    function show(status, message) {
        var element = note();
        var said = status + " " + (message || "");
        if (!element.hidden && element.dataset.said === said) {
            return;
        }
        element.dataset.said = said;
        element.textContent = "";
        var head = document.createElement("strong");
        var text = document.createElement("span");
        if (status === 401) {
            head.textContent = "Your session has ended: nothing was saved, and what you typed is kept. ";
            var link = document.createElement("a");
            link.href = prefix() + "login";
            link.target = "_blank";
            link.rel = "noopener";
            link.textContent = "Log in again in a new tab";
            text.appendChild(link);
            text.appendChild(document.createTextNode(", then come back and press Save again (do not reload this page)."));
        } else {
            head.textContent = "Refused: ";
            text.textContent = (message || "the server refused this request") + " Nothing was saved.";
        }
        element.appendChild(head);
        element.appendChild(text);
        element.hidden = false;
    }

    function hide() {
        var element = document.getElementById(NOTE);
        if (element && !element.hidden) {
            element.hidden = true;
        }
    }

    /* A refusal that a part of the page says better (upload_limit.js: a drop too large to send) is handed to it first,
     * as a cancelable "tracker:refused" event with the status, the server's message and the request's body; the note
     * here is for the others. */
    function saidElsewhere(status, message, request) {
        var event = new CustomEvent("tracker:refused", {cancelable: true,
                                                        detail: {status: status, message: message, body: request}});
        return !document.dispatchEvent(event);
    }

    window.fetch = function (input, init) {
        var url = typeof input === "string" ? input : (input && input.url) || "";
        var request = init && typeof init.body === "string" ? init.body : "";
        var answer = original.apply(this, arguments);
        if (url.indexOf(CALLBACK) < 0) {
            return answer;
        }
        return answer.then(function (response) {
            if (response.status !== 401 && response.status !== 403 && response.status !== 413) {
                if (response.ok) {
                    hide();  // logged in again: the page's next answer says so
                }
                return response;
            }
            return response.clone().json().catch(function () { return {}; }).then(function (body) {
                if (!saidElsewhere(response.status, body && body.error, request)) {
                    show(response.status, body && body.error);
                }
                return new Response(null, {status: 204});
            });
        });
    };
}());
