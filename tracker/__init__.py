"""tracker: a sourced, filterable chronology of diplomatic processes."""

__version__ = "0.1.0"
