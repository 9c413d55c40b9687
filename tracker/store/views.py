"""Named saved views (bookmarked dashboard URLs) in the SQL stores' `saved_views` table."""
from __future__ import annotations

import datetime as dt

from tracker.saved_views import SavedView, check_name, check_view, find_view


class SavedViewsSQL:
    """Mixed into SQLStore (which supplies `conn` and `placeholder`)."""

    def saved_views(self) -> list[SavedView]:
        """The named saved views, by name (case-insensitive)."""
        cursor = self.conn.cursor()
        cursor.execute("SELECT name, query FROM saved_views")
        views = [SavedView(str(name), str(query)) for name, query in cursor.fetchall()]
        self.conn.commit()  # end the read transaction (PostgreSQL), so the next read sees other writers
        return sorted(views, key=lambda view: (view.name.casefold(), view.name))

    def save_view(self, name: str, query: str) -> SavedView:
        """Keep `query` under `name`; names are unique without regard to case, so a taken name is a ValueError."""
        view = check_view(name, query)
        taken = find_view(self.saved_views(), view.name)
        if taken is not None:
            raise ValueError(f"a saved view named {taken.name!r} exists already: delete it first or choose another name")
        p = self.placeholder
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"INSERT INTO saved_views (name, query, created_at) VALUES ({p}, {p}, {p})",
                           (view.name, view.query, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return view

    def delete_view(self, name: str) -> bool:
        """Forget the view named `name` (any case); False when there is none."""
        found = find_view(self.saved_views(), check_name(name))
        if found is None:
            return False
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"DELETE FROM saved_views WHERE name = {self.placeholder}", (found.name,))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return True


__all__ = ["SavedViewsSQL"]
