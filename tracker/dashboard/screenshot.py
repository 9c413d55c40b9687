"""Screenshots of the real page on the shipped chronology (the README's and the docs'):
`python -m tracker.dashboard.screenshot [FOLDER]` writes `screenshot-1440.png` and `screenshot-1280.png`."""
from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
VIEW = "?x0=2016-06-01&x1=2024-12-31&event=kaz-statement-2023-06-22"
#: Widths an analyst's screen has (a desktop, a laptop), and the height of the picture.
WIDTHS = (1440, 1280)
HEIGHT = 900


def take_screenshots(url: str, folder: Path, widths: tuple[int, ...] = WIDTHS, height: int = HEIGHT) -> list[Path]:
    """Open `url` in headless Chromium at each width, wait for the timeline and the detail, save one PNG each."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for width in widths:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(url)
            page.wait_for_selector("#timeline .main-svg", timeout=30_000)
            page.wait_for_selector("#detail .detail-heading", timeout=30_000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(800)
            path = folder / f"screenshot-{width}.png"
            page.screenshot(path=str(path))
            written.append(path)
            page.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> None:
    """Serve the shipped data from a temporary store and photograph the page."""
    from waitress.server import create_server

    from tracker.dashboard.app import create_app
    from tracker.importer import SHIPPED_DATA, load_shipped
    from tracker.store import open_store

    folder = Path((argv or sys.argv[1:] or ["assets"])[0])
    with tempfile.TemporaryDirectory() as temporary:
        store = open_store(Path(temporary) / "tracker.db")
        store.save(load_shipped(SHIPPED_DATA))
        server = create_server(create_app(store).server, host="127.0.0.1", port=0, threads=8,
                               asyncore_use_poll=True)  # close() from this thread must not break select() in the loop
        threading.Thread(target=server.run, daemon=True).start()
        try:
            for path in take_screenshots(f"http://127.0.0.1:{server.effective_port}/{VIEW}", folder):
                print(f"Wrote {path}")
        finally:
            server.close()


if __name__ == "__main__":
    main()
