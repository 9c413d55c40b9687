"""The README stays true to the code."""
from pathlib import Path

from tracker.models import EVENT_TYPES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_has_the_two_commands():
    assert "make run" in README and "make test" in README


def test_readme_event_type_table_matches_the_model():
    for name, (code, description) in EVENT_TYPES.items():
        assert f"| `{name}` | {code} | {description} |" in README


def test_import_format_doc_has_the_cameo_table_of_the_model():
    from tracker.models import CAMEO_CODES

    doc = (Path(__file__).resolve().parents[1] / "docs" / "import-format.md").read_text(encoding="utf-8")
    for code, (event_type, label) in CAMEO_CODES.items():
        assert f"| `{code}` | {label} | `{event_type}` |" in doc
