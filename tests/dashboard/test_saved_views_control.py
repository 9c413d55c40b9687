"""The handler behind the page's "Saved views" control, on a real SQLite store."""
from tracker.dashboard import ids
from tracker.dashboard.saved_views import views_action
from tracker.store import open_store


def _links(panel) -> list[tuple[str, str]]:
    return [(item.children[0].children, item.children[0].href) for item in panel.items if isinstance(item.children, list)]


def test_save_lists_the_view_as_a_link_under_the_apps_prefix_and_clears_the_name(tmp_path):
    store = open_store(tmp_path / "v.db")
    panel = views_action(store, ids.VIEW_SAVE, True, "Astana 2023", "?process=Astana+format&from=2023", "/app/")
    assert (panel.message, panel.error, panel.name) == ("Saved “Astana 2023”.", False, "")
    assert _links(panel) == [("Astana 2023", "/app/?process=Astana+format&from=2023")]


def test_a_taken_name_is_an_error_that_keeps_what_was_typed(tmp_path):
    store = open_store(tmp_path / "v.db")
    store.save_view("June", "from=2023-06")
    panel = views_action(store, ids.VIEW_NAME, True, "june", "?from=2024-06", "/")
    assert panel.error and "exists already" in panel.message and panel.name == "june"
    assert panel.flat()[2] == "view-message error"


def test_a_delete_button_drawn_without_a_click_deletes_nothing(tmp_path):
    store = open_store(tmp_path / "v.db")
    store.save_view("June", "from=2023-06")
    trigger = {"type": ids.VIEW_DELETE, "index": "June"}
    assert views_action(store, trigger, False, "", "", "/").message == ""
    assert [v.name for v in store.saved_views()] == ["June"]
    panel = views_action(store, trigger, True, "", "", "/")
    assert panel.message == "Deleted “June”." and store.saved_views() == []


def test_without_a_store_the_control_says_so():
    panel = views_action(None, ids.VIEW_SAVE, True, "x", "?a=1", "/")
    assert "no store" in panel.items[0].children


def test_a_viewer_is_told_who_saves_views_and_still_gets_the_links(tmp_path):
    store = open_store(tmp_path / "v.db")
    empty = views_action(store, None, False, "", "", "/", may_save=False)
    assert "Editors save views" in empty.items[0].children and "press Save" not in empty.items[0].children
    store.save_view("June", "from=2023-06")
    assert _links(views_action(store, None, False, "", "", "/", may_save=False)) == [("June", "/?from=2023-06")]
