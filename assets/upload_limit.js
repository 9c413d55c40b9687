/* Files dropped (or chosen) on the review page's upload that are larger together than the server takes
 * (tracker.auth.guard.MAX_UPLOAD_BYTES: the same figure, which a test compares) are stopped here, before the page
 * reads and sends them, and the page names each file too large and the limit. The server refuses such a request
 * anyway (413), but it cannot say which file it was without reading it. */
(function () {
    "use strict";

    var MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    var UPLOAD = "review-upload";
    var NOTE = "review-upload-too-large";

    function megabytes(bytes) {
        return (bytes / (1024 * 1024)).toFixed(1) + " MB";
    }

    /* The note, right after the upload's row (drawn once, then reused). */
    function note(upload) {
        var element = window.trackerDom.once(NOTE, {"class": "message error", "role": "alert", "hidden": ""});
        var row = upload.parentNode;
        if (row && element.parentNode !== row.parentNode) {
            row.parentNode.insertBefore(element, row.nextSibling);
        }
        return element;
    }

    function check(event, files) {
        var target = event.target;
        var upload = target && target.closest ? target.closest("#" + UPLOAD) : null;
        if (!upload || !files || !files.length) {
            return;
        }
        var total = 0;
        var over = [];
        Array.prototype.forEach.call(files, function (file) {
            total += file.size;
            if (file.size > MAX_UPLOAD_BYTES) {
                over.push(file.name + " is " + megabytes(file.size));
            }
        });
        var element = note(upload);
        if (total <= MAX_UPLOAD_BYTES) {
            element.hidden = true;
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();  // the upload never reads them: nothing is sent
        if (target.tagName === "INPUT") {
            target.value = "";  // the same file chosen again is checked again
        } else {  // the drop box's highlight ends as a drop would end it
            target.dispatchEvent(new DragEvent("dragleave", {bubbles: true}));
        }
        var what = over.length ? over.join("; ") : "the " + files.length + " files are " + megabytes(total) + " together";
        element.textContent = what + ": the review page takes files of up to " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB" +
            " at once (all the files of one drop together). Nothing was read or sent. Import a larger file with " +
            "`tracker import FILE`, or drop the files one at a time.";
        element.hidden = false;
    }

    /* The callbacks that carry a drop's files (tracker.auth.guard.UPLOAD_CHANGES: what fired them). */
    var CARRIERS = ["review-upload-articles.data", "review-import-dropped.data", "review-import-pressed.data"];

    function carriesFiles(body) {
        try {
            return (JSON.parse(body).changedPropIds || []).some(function (id) { return CARRIERS.indexOf(id) >= 0; });
        } catch (error) {
            return false;
        }
    }

    /* A drop within the limit can still make a request the server refuses (413): its articles go with the article
     * pasted in the box above, in one request. The session's note said "Refused" at the top of the window and went
     * with the page's next answer, 3 s later (ux29a); the drop's note says what was too large and what to do. */
    document.addEventListener("tracker:refused", function (event) {
        var upload = document.getElementById(UPLOAD);
        if (event.detail.status !== 413 || !upload || !carriesFiles(event.detail.body)) {
            return;
        }
        event.preventDefault();  // said here, not in the session's note
        var pasted = document.getElementById("review-text");
        var text = pasted && pasted.value.length ? " with the article pasted in the box above" : "";
        var element = note(upload);
        element.textContent = "The dropped files were too large to send" + text + ": " +
            megabytes(event.detail.body.length) + " in one request, and the review page takes files of up to " +
            MAX_UPLOAD_BYTES / (1024 * 1024) + " MB at once, a third larger as sent. Nothing was read or stored. " +
            (text ? "Extract the pasted article first (or empty its box), then drop the files again; or drop" : "Drop") +
            " fewer or smaller files at a time, and import a large file of events with `tracker import FILE`.";
        element.hidden = false;
    });

    window.addEventListener("drop", function (event) {
        check(event, event.dataTransfer && event.dataTransfer.files);
    }, true);
    window.addEventListener("change", function (event) {
        check(event, event.target && event.target.files);
    }, true);
}());
