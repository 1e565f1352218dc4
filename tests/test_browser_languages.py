"""Languages in a real Chromium: search per language, right-to-left layout. (Every page of every
language is browsed in tests/test_phone.py.)"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from conftest import ARTIFACTS, LANGUAGES, root

PHONE = {"width": 390, "height": 844}
INDEX = "search/search_index.json"


def longest_word(text: str, lang: str) -> str:
    if lang == "zh":
        from infopunt.readability import LANGUAGES as ENGINE

        return max(ENGINE["zh"].words(text), key=len)
    return max(re.findall(r"\w+", text), key=len)


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("lang", ["nl", "ar", "zh", "uk", "bg", "pl"])
def test_search_finds_pages_in_the_visitors_language_only(browser_page, site_server, built_site, lang):
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(urlparse(request.url).path))
    browser_page.goto(f"{site_server}/{root(lang)}slachtoffer/rechten/")
    browser_page.wait_for_load_state("networkidle")
    assert not [path for path in requests if path.endswith(INDEX) or "/bundle." in path or "/workers/" in path], \
        "search loaded before it was opened"

    word = longest_word(browser_page.locator("h1").first.inner_text(), lang)
    browser_page.locator("input.md-search__input").click()
    search_box = browser_page.locator("input.md-search__input")
    search_box.fill(word)
    # Material searches on keyup, or when its worker gets ready. Text in other scripts is
    # typed without key events (Playwright inserts it), so a key that changes nothing
    # follows: whichever comes first, the search runs.
    search_box.press("End")
    results = browser_page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=15_000)
    hrefs = [urlparse(a.get_attribute("href")).path for a in results.all()]
    assert f"/{root(lang)}slachtoffer/rechten/" in hrefs, (word, hrefs)
    others = tuple(f"/{code}/" for code in LANGUAGES if code not in ("nl", lang))
    assert all(href.startswith(f"/{root(lang)}") and not href.startswith(others) for href in hrefs), hrefs
    assert [path for path in requests if path.endswith(INDEX)] == [f"/{root(lang)}{INDEX}"]


def test_arabic_home_page_is_mirrored_on_a_phone(chromium, site_server):
    boxes = {}
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    ARTIFACTS.mkdir(exist_ok=True)
    for lang in ("nl", "ar"):
        page.goto(f"{site_server}/{root(lang)}")
        page.screenshot(path=str(ARTIFACTS / f"home-{lang}-phone-languages.png"), full_page=True)
        menu = page.locator("label.md-header__button[for=__drawer]").bounding_box()
        first_card = page.locator(".grid.cards li").first.locator("a").first.bounding_box()
        boxes[lang] = (menu, first_card)
    context.close()
    middle = PHONE["width"] / 2
    (nl_menu, nl_card), (ar_menu, ar_card) = boxes["nl"], boxes["ar"]
    assert nl_menu["x"] + nl_menu["width"] / 2 < middle < ar_menu["x"] + ar_menu["width"] / 2
    assert nl_card["x"] < middle - 60  # the quick-help link starts at the left …
    assert ar_card["x"] + ar_card["width"] > middle + 60  # … and ends at the right in Arabic
    assert abs(nl_card["x"] - (PHONE["width"] - ar_card["x"] - ar_card["width"])) < 24
