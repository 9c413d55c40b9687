"""What the page does with a drop on the review page's upload before anything is sent: it sorts the files by type,
so each reaches the server once. A drop's contents went to the article extraction and to the events panel both, and
the panel sent them back to be kept (ux29a: a 2 MB CSV crossed the network four times before its Import, and a fifth
time when the drawn Import button fired its callback unpressed).

An article's type (`layout.ARTICLE_TYPES`) goes to the extraction only, a type the importers read (`importer.SUPPORTED`)
to the events panel only, each as the server would sort it (`events_files.is_events_file`); any other (a .tsv, a GDELT
.zip) to both, since only its content says which it is. The files of events are kept in the page as they were
dropped (`ids.REVIEW_IMPORT_FILES`), and an Import button's press is a store of its own, set in the page.
"""
from __future__ import annotations

import json

from tracker.dashboard.review.layout import ARTICLE_TYPES
from tracker.importer import SUPPORTED

#: (dates, contents, names) of the upload -> the article files, the events files kept, the time they were dropped (the
#: panel's check; unchanged when there are none), the panel ("" when there are none: the last drop's goes), and the
#: upload emptied (its contents and dates: the same file dropped again is read again).
SPLIT = """
function (dates, contents, names) {
    var none = window.dash_clientside.no_update;
    if (!dates || !contents) { return [none, none, none, none, none, none]; }
    contents = Array.isArray(contents) ? contents : [contents];
    names = Array.isArray(names) ? names : contents.map(function () { return names; });
    var articleTypes = %(articles)s, eventTypes = %(events)s;
    function typed(name, types) { return types.some(function (t) { return name.slice(-t.length) === t; }); }
    var articles = {contents: [], names: []}, events = [];
    contents.forEach(function (content, i) {
        var name = String(names[i] || ''), lower = name.toLowerCase();
        if (!typed(lower, eventTypes)) { articles.contents.push(content); articles.names.push(name); }
        if (!typed(lower, articleTypes)) { events.push({name: name, contents: content}); }
    });
    return [articles, events, events.length ? Date.now() : none, events.length ? none : '', null, null];
}
""" % {"articles": json.dumps(list(ARTICLE_TYPES)), "events": json.dumps(list(SUPPORTED))}

#: An events file's Import button pressed -> {"index": its file, "at": the time}; a button drawn with the panel fires
#: unpressed and sends nothing (it sent every kept file to the server, to be answered "no update").
PRESSED = """
function () {
    var none = window.dash_clientside.no_update;
    var fired = (window.dash_clientside.callback_context.triggered || []).filter(function (t) { return t.value; });
    if (!fired.length) { return none; }
    var id;
    try { id = JSON.parse(fired[0].prop_id.slice(0, fired[0].prop_id.lastIndexOf('.'))); } catch (e) { return none; }
    return id && typeof id.index === 'number' ? {index: id.index, at: Date.now()} : none;
}
"""

__all__ = ["PRESSED", "SPLIT"]
