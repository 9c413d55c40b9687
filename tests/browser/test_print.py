"""The page printed (Ctrl+P) in real Chromium: A4, the timeline, the table and the detail, no controls."""
from __future__ import annotations

import subprocess


def test_printing_gives_a4_pages_with_the_view_and_without_the_controls(probe, tmp_path):
    probe.open("?process=Astana+format&event=kaz-statement-2023-06-22")
    page = probe.page
    page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    probe.settle()
    page.emulate_media(media="print")
    for hidden in ("#reset", "#download-csv", "#fit", "#views-toggle", "#events-table-next", "#detail-close"):
        assert not page.is_visible(hidden), hidden
    for shown in ("#timeline .main-svg", "#events-table", "#detail .detail-heading"):
        assert page.is_visible(shown), shown
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(page.pdf(prefer_css_page_size=True))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info  # pdfinfo names the page size
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kazakhstan ready to consider resuming" in text and "Astana format" in text
    assert "Reset filters" not in text and "Download CSV" not in text and "Saved views" not in text
    assert "https://interfax.com/newsroom/top-stories/91746/" in text  # a printed link shows its address
