"""Editing in the page: the event form (add, edit, delete, undo), its conflicts and the history list."""
