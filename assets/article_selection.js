/* Text selected in an article box of the review page, for "Add an event from this article" (review/add_from.py).
 * With the mouse: drag over the sentence. With the keyboard: Tab to the box (or one of its marks), then Shift+Down
 * selects the next sentence (the first at the start), Shift+Up the previous one, Shift+Right and Shift+Left add or
 * take off a word at its end; Tab then reaches the button. The last selection made in each box is remembered until
 * another is made in it (a click in the box that selects nothing forgets it): pressing the button, or Tab to it,
 * may leave the page's selection elsewhere. `window.trackerArticles.selected(boxId)` gives it. */
(function () {
    "use strict";

    var BOX = ".article-text";
    var chosen = {};  // box id -> the text last selected in it

    function boxOf(node) {
        var element = node && (node.nodeType === 1 ? node : node.parentElement);
        return element ? element.closest(BOX) : null;
    }

    document.addEventListener("selectionchange", function () {
        var selection = window.getSelection();
        if (!selection || !selection.rangeCount) { return; }
        var box = boxOf(selection.anchorNode);
        if (!box || !box.id || boxOf(selection.focusNode) !== box) { return; }
        var text = selection.toString();
        if (text.trim()) { chosen[box.id] = text; } else { delete chosen[box.id]; }
    });

    function firstText(box) {
        var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        return walker.nextNode();
    }

    function sentence(box, forward) {
        var selection = window.getSelection();
        var inside = selection.rangeCount && boxOf(selection.focusNode) === box && !selection.isCollapsed;
        if (!inside) {
            selection.collapse(firstText(box) || box, 0);
        } else if (forward) {
            selection.collapseToEnd();
            selection.modify("move", "forward", "word");  // over the space into the next sentence
            selection.modify("move", "backward", "sentenceboundary");
        } else {
            selection.collapseToStart();
            selection.modify("move", "backward", "sentence");
        }
        selection.modify("extend", "forward", "sentenceboundary");
        if (boxOf(selection.focusNode) !== box) { selection.collapse(box, 0); }  // past its end: start again
    }

    document.addEventListener("keydown", function (event) {
        if (!event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) { return; }
        var box = boxOf(event.target);
        if (!box || !box.id) { return; }
        var selection = window.getSelection();
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            sentence(box, event.key === "ArrowDown");
        } else if ((event.key === "ArrowRight" || event.key === "ArrowLeft") && selection.rangeCount
                   && boxOf(selection.focusNode) === box) {
            selection.modify("extend", event.key === "ArrowRight" ? "forward" : "backward", "word");
        } else {
            return;
        }
        event.preventDefault();
        var focus = selection.focusNode && (selection.focusNode.nodeType === 1 ? selection.focusNode
                                                                               : selection.focusNode.parentElement);
        if (focus && focus !== box && box.contains(focus)) {  // keep the selection in sight, in the box, not the page
            var range = selection.getRangeAt(0).getBoundingClientRect(), frame = box.getBoundingClientRect();
            if (range.bottom > frame.bottom || range.top < frame.top) {
                box.scrollTop += range.top - frame.top - box.clientHeight / 3;
            }
        }
    }, true);

    window.trackerArticles = {
        selected: function (boxId) { return chosen[boxId] || ""; }
    };
})();
