"""The self-check ("Zelftest") as a visitor without JavaScript uses it, in every language: a
path of yes/no questions made of ordinary pages and links, ending on a page that says what
the answers may mean and whom to call. Nothing is filled in, sent or stored, and no address
carries the answers."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from conftest import LANGUAGES, root


QUESTIONS = 6


def answer_buttons(page) -> list:
    return page.locator("article .md-button").all()


def follow(page, link) -> None:
    """Tap a link and wait until the page it leads to has loaded (the next question's buttons)."""
    with page.expect_navigation():
        link.click()


def calls(page, contact: str) -> int:
    """How many call buttons the page shows for `contact` (an id in docs/contacts.yml)."""
    return page.locator(f"[data-contact='{contact}'] a[href^='tel:']").count()


def start(chromium, site_server, lang):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                   java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_server}/{root(lang)}slachtoffer/zelftest/")
    [begin] = answer_buttons(page)
    follow(page, begin)
    return context, page


def assert_plain_address(page):
    address = urlparse(page.url)
    assert address.query == "" and address.fragment == "", page.url
    assert page.locator("article :is(form, input, select, textarea)").count() == 0, page.url


def assert_tappable(page):
    for button in answer_buttons(page):
        box = button.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, (page.url, box)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_answering_no_to_every_question_ends_on_no_clear_signs_with_a_number_to_call(chromium, site_server, lang):
    context, page = start(chromium, site_server, lang)
    for number in range(1, QUESTIONS + 1):
        assert page.url.endswith(f"/slachtoffer/zelftest/vraag-{number}/"), page.url
        assert_plain_address(page)
        assert_tappable(page)
        yes, no = answer_buttons(page)
        follow(page, no)
    assert page.url.endswith("/slachtoffer/zelftest/uitkomst-2/"), page.url
    for contact in ("comensha", "alarmnummer"):
        assert calls(page, contact) == 1, contact
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_yes_leads_to_what_it_may_mean_and_the_next_step_with_the_right_contacts(chromium, site_server, lang):
    context, page = start(chromium, site_server, lang)
    for _ in range(2):
        yes, no = answer_buttons(page)
        follow(page, no)
    yes, no = answer_buttons(page)
    follow(page, yes)
    assert page.url.endswith("/slachtoffer/zelftest/uitkomst-1/"), page.url
    assert_plain_address(page)
    for contact in ("alarmnummer", "comensha", "veilig-thuis"):
        assert calls(page, contact) == 1, contact
    heading = page.locator("article h1").inner_text()
    assert heading.strip(), "the outcome page has a heading"
    context.close()
