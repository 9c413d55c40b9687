"""HTML (as TimelineJS sheets hold it) to safe plain text: tags dropped, scripts and styles with their content;
a link's web address kept after its label, "label (https://...)", when asked."""
from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never text to keep.
_HIDDEN = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head", "title"}
#: Elements that start a new line.
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
           "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "figcaption"}


class _Text(HTMLParser):
    def __init__(self, links: bool = False):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.links = links
        self.open_links: list[tuple[str, int]] = []  # (address, where its label starts in `parts`)

    def handle_starttag(self, tag, attrs):
        if tag == "a" and self.links and not self.hidden:
            href = (dict(attrs).get("href") or "").strip()
            # only web addresses: a javascript: or a relative link means nothing outside the sheet
            self.open_links.append((href if re.match(r"https?://\S+$", href, re.I) else "", len(self.parts)))
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "a" and self.open_links and not self.hidden:
            href, start = self.open_links.pop()
            label = "".join(self.parts[start:]).strip()
            if href and href not in label:
                self.parts.append(f" ({href})" if label else href)
        elif tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str, links: bool = False) -> str:
    """Plain text of an HTML fragment: one line per paragraph, spaces collapsed, no markup left; with `links`, a
    link's web address follows its label in brackets (the address an analyst put in a story is not lost).

    >>> html_to_text('<p>Talks in <b>Astana</b> &amp; Geneva</p><script>alert(1)</script><p>Next</p>')
    'Talks in Astana & Geneva\\nNext'
    >>> html_to_text('<p>Formula agreed <a href="https://example.org/f">text</a>.</p>', links=True)
    'Formula agreed text (https://example.org/f).'
    """
    if "<" not in html and "&" not in html:
        text = html
    else:
        parser = _Text(links)
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
