"""HTML (as TimelineJS sheets hold it) to safe plain text: tags dropped, scripts and styles with their content."""
from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never text to keep.
_HIDDEN = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head", "title"}
#: Elements that start a new line.
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
           "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "figcaption"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one line per paragraph, spaces collapsed, no markup left.

    >>> html_to_text('<p>Talks in <b>Astana</b> &amp; Geneva</p><script>alert(1)</script><p>Next</p>')
    'Talks in Astana & Geneva\\nNext'
    """
    if "<" not in html and "&" not in html:
        text = html
    else:
        parser = _Text()
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
