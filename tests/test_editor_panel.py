"""The editor's B1 panel: in `mkdocs serve` every page shows its B1 verdict and findings with the
offending words marked, and the page reloads itself with the new verdict after a save, within
the site's security policy. No build contains any of it."""

from __future__ import annotations

import time

from conftest import EASY, mkdocs_serve, small_project, write_page
from infopunt.reports import editor_panel

LONG = ("Dit is een nieuwe zin die veel te lang is geworden omdat de schrijver maar bleef doorgaan met het "
        "noemen van allerlei dingen zonder ooit een punt te zetten.")


def test_the_preview_shows_the_b1_panel_and_marks_and_updates_after_a_save(chromium, tmp_path):
    project = small_project(tmp_path)
    page = write_page(project, "hulp-nu.md", "Hulp nu", "victim", EASY)
    server, address, output = mkdocs_serve(project)
    try:
        browser = chromium.new_context(viewport={"width": 360, "height": 740})
        tab = browser.new_page()
        blocked = []
        tab.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text
               else None)
        tab.goto(f"{address}/hulp-nu/")
        panel = tab.locator(".infopunt-b1")
        assert "meets the target" in panel.inner_text() and "docs/nl/hulp-nu.md" in panel.inner_text()
        assert tab.locator("mark.infopunt-b1-mark").count() == 0
        page.write_text(page.read_text(encoding="utf-8") + f"\n{LONG}\n", encoding="utf-8")
        tab.wait_for_selector(".infopunt-b1 >> text=Sentence of", timeout=90_000)  # the page reloaded itself
        assert LONG[:40] in tab.locator("mark.infopunt-b1-mark").first.inner_text()
        # Rendered again: the page, in its own language and shown in the nine others; the home page is kept.
        assert wait_for_line(output, "Pages: 10 pages rendered, 10 unchanged")
        tab.screenshot(path=str(tmp_path / "panel.png"))
        # Only MkDocs' own live-reload snippet, inline and so blocked, once per page load; the
        # panel's style sheet, its reloader and its requests all keep to the policy.
        assert len(blocked) == 2 and all(text.startswith("Executing inline script violates") for text in blocked)
        browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_for_line(output: list[str], text: str) -> bool:
    """Whether `text` appears in what the server prints (read in the background) within 30 s."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if any(text in line for line in list(output)):
            return True
        time.sleep(0.05)
    return False


def test_no_build_contains_the_panel_its_marks_or_its_files(built_site):
    assert not (built_site / editor_panel.CSS_PATH).exists() and not (built_site / editor_panel.JS_PATH).exists()
    for path in built_site.rglob("*"):
        if path.suffix in (".html", ".css", ".js", ".json", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert "infopunt-b1" not in text and "infopunt-editor" not in text, path
