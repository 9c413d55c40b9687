"""The review queue in the SQL stores: suggested sources (an ingested article that matches a stored event) and
the article texts that sources and suggestions came from (see tracker.suggestions)."""
from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

from tracker.models import Tables
from tracker.store.recording import _chunks
from tracker.store.rows import to_sql_value
from tracker.suggestions import SUGGESTION_COLUMNS, attach, by_confidence, suggestion_frame


class ReviewQueueSQL:
    """Mixed into SQLStore (which supplies `conn`, `placeholder` and `save`)."""

    def suggestions(self, states: tuple[str, ...] = ("pending",)) -> pd.DataFrame:
        """Suggested sources in these states, surest first."""
        columns = list(SUGGESTION_COLUMNS)
        cursor = self.conn.cursor()
        cursor.execute(f"SELECT {', '.join(columns)} FROM suggestions WHERE state IN ({', '.join([self.placeholder] * len(states))})",
                       list(states))
        rows = cursor.fetchall()
        self.conn.commit()  # end the read transaction (PostgreSQL), so the next read sees other writers
        return by_confidence(suggestion_frame(pd.DataFrame(rows, columns=columns, dtype=object)))

    def save_ingest(self, tables: Tables, suggestions: pd.DataFrame, texts: dict[str, str], *,
                    user: str | None = None) -> Any:
        """Save an ingest in one transaction (recorded as "ingest"): suggestions and texts are written first, uncommitted, and
        `save` commits them with `tables` (or rolls everything back)."""
        p = self.placeholder
        cursor = self.conn.cursor()
        try:
            columns = list(SUGGESTION_COLUMNS)
            rows = _suggestion_rows(suggestion_frame(suggestions))
            if rows:
                # An article suggested before (pending or rejected) is not suggested again.
                cursor.executemany(f"INSERT INTO suggestions ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))}) "
                                   "ON CONFLICT (suggestion_id) DO NOTHING", rows)
            self._write_texts(cursor, texts)
        except Exception:
            self.conn.rollback()
            raise
        summary = self.save(tables, user=user, action="ingest")
        return dataclasses.replace(summary, written={**summary.written, **({"suggestions": len(rows)} if rows else {})})

    def _write_texts(self, cursor: Any, texts: dict[str, str]) -> None:
        """Keep the article text of each of these sources (or suggestions), uncommitted."""
        if texts:
            cursor.executemany(f"INSERT INTO article_texts (source_id, text) VALUES ({self.placeholder}, {self.placeholder}) "
                               "ON CONFLICT (source_id) DO UPDATE SET text = excluded.text", sorted(texts.items()))

    def stored_article(self, ref: str) -> dict | None:
        """The article a source, a suggestion or a candidate (its first source that kept one) came from: its text and
        how its source cites it (source_id, publisher, title, url, published_at); None when none is kept."""
        p, cursor = self.placeholder, self.conn.cursor()
        found = None
        for sql in (f"SELECT source_id, publisher, title, url, published_at FROM sources WHERE source_id = {p}",
                    f"SELECT suggestion_id, publisher, title, url, published_at FROM suggestions WHERE suggestion_id = {p}",
                    f"SELECT s.source_id, s.publisher, s.title, s.url, s.published_at FROM sources s JOIN article_texts a "
                    f"ON a.source_id = s.source_id WHERE s.event_id = {p} ORDER BY s.{self.order_of('sources')}"):
            cursor.execute(sql, (ref,))
            found = cursor.fetchone()
            if found is not None:
                break
        self.conn.commit()
        if found is None:
            return None
        text = self.article_texts([str(found[0])]).get(str(found[0]))
        if text is None:
            return None
        return {"source_id": str(found[0]), "publisher": found[1], "title": found[2], "url": found[3],
                "published_at": None if found[4] is None else str(found[4]), "text": text}

    def _pending(self, suggestion_id: str) -> pd.Series:
        found = self.suggestions()
        found = found[found["suggestion_id"] == suggestion_id]
        if found.empty:
            raise KeyError(f"no pending suggestion with id {suggestion_id!r}")
        return found.iloc[0]

    def accept_suggestion(self, suggestion_id: str, *, user: str | None = None) -> str:
        """Attach a pending suggestion's source and quotes to its event and drop the suggestion, in one transaction."""
        row = self._pending(suggestion_id)
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"DELETE FROM suggestions WHERE suggestion_id = {self.placeholder}", (suggestion_id,))
        except Exception:
            self.conn.rollback()
            raise
        self.save(attach(row), user=user, action="accept source")  # commits the delete with the new rows, or rolls both back
        return str(row["event_id"])

    def reject_suggestion(self, suggestion_id: str, *, user: str | None = None) -> str:
        """Mark a pending suggestion rejected; it is kept, so the same article is not suggested again.

        The event does not change, so no change of it is recorded (`user` is accepted for symmetry)."""
        row = self._pending(suggestion_id)
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"UPDATE suggestions SET state = 'rejected' WHERE suggestion_id = {self.placeholder}",
                           (suggestion_id,))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return str(row["event_id"])

    def article_texts(self, source_ids: list[str]) -> dict[str, str]:
        """The stored article text of each of these sources or suggestions that has one."""
        out: dict[str, str] = {}
        cursor = self.conn.cursor()
        for chunk in _chunks(list(source_ids), 500):
            cursor.execute(f"SELECT source_id, text FROM article_texts WHERE source_id IN ({', '.join([self.placeholder] * len(chunk))})",
                           chunk)
            out.update({str(k): str(v) for k, v in cursor.fetchall()})
        self.conn.commit()
        return out


def _suggestion_rows(suggestions: pd.DataFrame) -> list[tuple]:
    """Suggestion rows as tuples of SQL values (dates as ISO text, confidence as a float)."""
    def value(v: Any, dtype: str) -> Any:
        if v is None or v is pd.NA or (pd.api.types.is_scalar(v) and pd.isna(v)):
            return None
        if dtype == "Float64":
            return float(v)
        return to_sql_value(v, dtype)

    return [tuple(value(v, SUGGESTION_COLUMNS[c]) for c, v in zip(SUGGESTION_COLUMNS, row))
            for row in suggestions[list(SUGGESTION_COLUMNS)].itertuples(index=False)]
