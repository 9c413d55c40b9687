/* Text selected in an article box of the review page, for "Add an event from this article" (review/add_from.py).
 * With the mouse: drag over the sentence. With the keyboard: Tab to the box (or one of its marks), then Shift+Down
 * selects the next sentence (the first at the start), Shift+Up the previous one, Shift+Right and Shift+Left add or
 * take off a word at its end; Tab then reaches the button. The last selection made in each box is remembered until
 * another is made in it (a click in the box that selects nothing forgets it): pressing the button, or Tab to it,
 * may leave the page's selection elsewhere. It is remembered with the box's text: when the box shows another article
 * (another candidate picked, another ingest), it is forgotten, so it never becomes another article's evidence.
 * `window.trackerArticles.selected(boxId)` gives it. */
(function () {
    "use strict";

    var BOX = ".article-text";
    var chosen = {};  // box id -> {text: the text last selected in it, article: the box's text then}

    function flat(text) { return text.split(/\s+/).join(" ").trim(); }

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
        if (text.trim()) { chosen[box.id] = {text: text, article: box.textContent}; } else { delete chosen[box.id]; }
    });

    // The sentences of a box as [start, end) offsets in its text: a sentence ends at ".", "!" or "?" (and a closing
    // quote or bracket) before white space, or at a line break.
    function sentences(text) {
        var out = [], at = 0, stop = /[.!?]+["\u201d\u2019\u00bb)]*(?=\s|$)|\n/g, m;
        function add(from, to) {
            while (from < to && /\s/.test(text[from])) { from++; }
            while (to > from && /\s/.test(text[to - 1])) { to--; }
            if (to > from) { out.push([from, to]); }
        }
        while ((m = stop.exec(text)) !== null) {
            add(at, m[0] === "\n" ? m.index : m.index + m[0].length);
            at = m.index + m[0].length;
        }
        add(at, text.length);
        return out;
    }

    function offsetOf(box, node, offset) {  // a point of the DOM as an offset in the box's text
        var range = document.createRange();
        range.selectNodeContents(box);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    function pointAt(box, offset) {  // an offset in the box's text as a point of the DOM
        var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT), node, last = null;
        while ((node = walker.nextNode())) {
            if (offset <= node.length) { return [node, offset]; }
            offset -= node.length;
            last = node;
        }
        return last ? [last, last.length] : [box, 0];
    }

    function sentence(box, forward) {
        var selection = window.getSelection(), spans = sentences(box.textContent), chosen = null, i;
        var inside = selection.rangeCount && !selection.isCollapsed && boxOf(selection.anchorNode) === box
            && boxOf(selection.focusNode) === box;
        if (!spans.length) { return; }
        if (!inside) {
            chosen = spans[0];
        } else {
            var range = selection.getRangeAt(0);
            var from = offsetOf(box, range.startContainer, range.startOffset);
            var to = offsetOf(box, range.endContainer, range.endOffset);
            for (i = 0; i < spans.length; i++) {
                if (forward && spans[i][0] >= to) { chosen = spans[i]; break; }
                if (!forward && spans[i][1] <= from) { chosen = spans[i]; }
            }
            chosen = chosen || (forward ? spans[spans.length - 1] : spans[0]);  // at an end: stay there
        }
        var start = pointAt(box, chosen[0]), end = pointAt(box, chosen[1]);
        selection.setBaseAndExtent(start[0], start[1], end[0], end[1]);
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
        selected: function (boxId) {  // "" when the box holds another article now, or the text is not in it
            var box = document.getElementById(boxId), kept = chosen[boxId];
            if (!kept || !box || box.textContent !== kept.article) { delete chosen[boxId]; return ""; }
            return flat(box.textContent).indexOf(flat(kept.text)) >= 0 ? kept.text : "";
        }
    };
})();
