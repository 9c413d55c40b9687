"""The tests' Chromium (`launch_chromium`): without the omnibox's WebUI renderers, and still without every feature
Playwright turns off (Chromium honours one --disable-features: a list of ours alone would drop Playwright's)."""
from __future__ import annotations

from tests.browser.conftest import CHROMIUM, DISABLED_FEATURES, disabled_features


def test_the_test_browser_opens_no_omnibox_renderers_and_keeps_playwrights_features_off(browser):

    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto("data:text/html,<p>a page")
        cdp = browser.new_browser_cdp_session()
        targets = cdp.send("Target.getTargets")["targetInfos"]
        cdp.detach()
    finally:
        context.close()
    # a new context is a new window: Chromium 156 put chrome://omnibox-popup.top-chrome/ in two renderers for each
    assert [t["url"] for t in targets if t["type"] == "browser_ui"] == [], "the omnibox's WebUI is back: see DISABLED_FEATURES"
    plain = browser.browser_type.launch(executable_path=str(CHROMIUM))  # what Playwright alone turns off
    try:
        theirs = disabled_features(plain)
    finally:
        plain.close()
    ours = disabled_features(browser)
    assert theirs and set(theirs) <= set(ours), sorted(set(theirs) - set(ours))
    assert set(DISABLED_FEATURES) <= set(ours)
