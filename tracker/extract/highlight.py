"""Where the evidence of an extracted event sits in its article: spans to highlight, found by text.

The evidence kept with a candidate is its sentences joined by spaces, so each sentence of the
article whose words appear in the evidence, in order (punctuation aside), is highlighted.
"""
from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’»)]*|\n|$)")
_WORD = re.compile(r"\w+")
#: sentences shorter than this are not highlighted alone (an "he said." would match anywhere).
MIN_CHARS = 12


def _norm(text: str) -> str:
    """The words of a text, folded, between spaces: punctuation and quote marks differ between an article and its evidence."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def evidence_spans(text: str, evidence: str | None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text` that is part of `evidence`, in order."""
    wanted = _norm(evidence or "")
    if not wanted.strip():
        return []
    # an evidence sentence may also sit inside a longer one of the article (after a dateline, say)
    parts = [_norm(m.group(0)) for m in _SENTENCE.finditer(evidence or "") if len(m.group(0).strip()) >= MIN_CHARS]
    spans = []
    for found in _SENTENCE.finditer(text):
        sentence = found.group(0).strip()
        norm = _norm(sentence)
        if len(sentence) >= MIN_CHARS and (norm in wanted or any(p in norm for p in parts)):
            start = found.start() + (len(found.group(0)) - len(found.group(0).lstrip()))
            spans.append((start, start + len(sentence)))
    return spans


def segments(text: str, evidence: str | None) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_evidence) parts, for drawing with the evidence marked."""
    out, at = [], 0
    for start, end in evidence_spans(text, evidence):
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text):
        out.append((text[at:], False))
    return out


__all__ = ["evidence_spans", "segments"]
