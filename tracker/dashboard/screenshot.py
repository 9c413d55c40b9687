"""A screenshot of the real page on the shipped chronology (the README's): `python -m tracker.dashboard.screenshot OUT`."""
from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
VIEW = "?x0=2016-06-01&x1=2024-12-31&event=kaz-statement-2023-06-22"


def take_screenshot(url: str, path: Path, width: int = 1280, height: int = 900) -> Path:
    """Open `url` in headless Chromium, wait for the timeline and the detail, save a PNG."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        page.wait_for_selector("#timeline .main-svg", timeout=30_000)
        page.wait_for_selector("#detail .detail-heading", timeout=30_000)
        page.wait_for_timeout(800)
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path))
        browser.close()
    return path


def main(argv: list[str] | None = None) -> None:
    """Serve the shipped data from a temporary store and photograph the page."""
    from waitress.server import create_server

    from tracker.cli.core import DATA_DIR
    from tracker.dashboard.app import create_app
    from tracker.importer import load_shipped
    from tracker.store import open_store

    out = Path((argv or sys.argv[1:] or ["assets/screenshot.png"])[0])
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "tracker.db")
        store.save(load_shipped(DATA_DIR))
        server = create_server(create_app(store).server, host="127.0.0.1", port=0, threads=8)
        threading.Thread(target=server.run, daemon=True).start()
        try:
            take_screenshot(f"http://127.0.0.1:{server.effective_port}/{VIEW}", out)
        finally:
            server.close()
    print(f"Wrote {out}")


if __name__ == "__main__":
    main()
