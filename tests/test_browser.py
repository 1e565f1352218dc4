"""The built site in a real Chromium, at a phone's width."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from conftest import ARTIFACTS

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(chromium, site_server):
    """A fresh phone-sized browser context; yields (page, list of requested URLs)."""
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    yield page, requests
    context.close()


@pytest.mark.parametrize("path", ["/", "/en/", "/hulp-nu/", "/en/slachtoffer/rechten/"])
def test_pages_load_nothing_from_other_origins_and_store_nothing(phone, site_server, path):
    page, requests = phone
    page.goto(site_server + path)
    page.wait_for_load_state("networkidle")
    own = urlparse(site_server).netloc
    assert requests
    assert [url for url in requests if urlparse(url).netloc != own] == []
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


@pytest.mark.parametrize("lang, path, entry_points", [
    ("nl", "/", ["Ik heb nu hulp nodig", "Ben ik slachtoffer?", "Ik maak me zorgen om iemand", "Ik ben professional"]),
    ("en", "/en/", ["I need help now", "Am I a victim?", "I am worried about someone", "I am a professional"]),
])
def test_home_page_shows_the_four_entry_points_on_a_phone(phone, site_server, lang, path, entry_points):
    page, _ = phone
    page.goto(site_server + path)
    for name in entry_points:
        link = page.get_by_role("link", name=name, exact=True).first
        assert link.is_visible(), name
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"home-{lang}-phone.png"), full_page=True)


def test_language_switcher_opens_the_same_page_in_english(phone, site_server):
    page, _ = phone
    page.goto(site_server + "/slachtoffer/rechten/")
    page.locator("summary.infopunt-lang__toggle").click()
    page.locator("a.infopunt-lang__link[hreflang=en]").click()
    page.wait_for_url("**/en/slachtoffer/rechten/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Your rights"


def test_entry_point_leads_to_help_with_callable_numbers(phone, site_server):
    page, _ = phone
    page.goto(site_server + "/")
    page.get_by_role("link", name="Ik heb nu hulp nodig", exact=True).first.click()
    page.wait_for_url("**/hulp-nu/")
    call = page.get_by_role("link", name="Bel 112")
    assert call.is_visible()
    assert call.get_attribute("href") == "tel:112"
