"""The web dashboard: an interactive timeline over a store (see docs/dashboard.md)."""
