/* Forms that POST to this server (the header's Sign out) carry the CSRF token of the session,
   read from the `_csrf_token` cookie, as Dash's renderer sends it on every callback (tracker.auth.web). */
(function () {
  "use strict";
  function token() {
    var match = document.cookie.match(/(?:^|;\s*)_csrf_token=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : "";
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || (form.method || "").toLowerCase() !== "post" || form.querySelector("input[name=csrf_token]")) {
      return;
    }
    var field = document.createElement("input");
    field.type = "hidden";
    field.name = "csrf_token";
    field.value = token();
    form.appendChild(field);
  }, true);
}());
