"""The review page (`/review`): candidate events from extraction, reviewed one by one, and new articles ingested.

`layout.py` builds the page, `handlers.py` does what it asks (plain functions over `LiveData`),
`views.py` draws, `choices.py` finds merge targets, `callbacks.py` wires them as one-line adapters.
"""
