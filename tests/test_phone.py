"""A visitor on a phone, in a real Chromium with phone emulation (touch, the page's viewport
setting honoured, so a page wider than the screen zooms out as on a real phone): nothing
wider than the screen, the quick exit and "help now" always in view and large enough,
help on the first screen, a language menu a person can use, Back after the quick exit, and
light pages. Screenshots land in test-artifacts/phone/."""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from conftest import ARTIFACTS, LANGUAGES, NEUTRAL, ROOT, addresses, neutral_site, root

HEIGHT = 740
WIDTHS = (320, 360, 414)
STRINGS = yaml.safe_load((ROOT / "docs" / "strings.yml").read_text(encoding="utf-8"))
PREVIOUS_SITE = "https://search.example/"

# Everything the eye and the thumb need, measured in the page: problems as sentences.
LAYOUT_PROBLEMS = """() => {
  const problems = [];
  const width = document.documentElement.clientWidth, height = window.innerHeight;
  const wide = document.documentElement.scrollWidth;
  if (wide > width) problems.push(`the document is ${wide}px wide`);
  const box = (r) => `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  const target = (el, what, where) => {
    const r = el.getBoundingClientRect();
    if (r.width < 44 || r.height < 44) problems.push(`${what} is smaller than 44×44 (${box(r)})`);
    if (where === "screen" && (r.left < 0 || r.top < 0 || r.right > width || r.bottom > height))
      problems.push(`${what} is not fully on the screen (${box(r)})`);
    if (where === "screen") {
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !el.contains(hit)) problems.push(`${what} is covered by ${hit ? hit.className : "nothing"}`);
    }
  };
  const exit = document.querySelector(".infopunt-exit"), help = document.querySelector(".infopunt-help");
  if (!exit || !help) return ["the safety bar is missing"];
  target(exit, "the quick exit (top)", "screen");
  target(help, "help now (top)", "screen");
  for (const call of document.querySelectorAll("a[href^='tel:']")) {
    target(call, `the call button ${call.getAttribute("href")}`, "page");
    const number = call.querySelector("bdi");
    if (number && number.getClientRects().length !== 1) problems.push(`${number.textContent} breaks over lines`);
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  target(exit, "the quick exit (bottom)", "screen");
  target(help, "help now (bottom)", "screen");
  window.scrollTo(0, 0);
  return problems;
}"""


def test_the_browsing_tests_visit_every_built_page(built_site):
    built = {"/" + (html.parent.relative_to(built_site).as_posix() + "/").removeprefix("./")
             for html in built_site.rglob("index.html") if "assets" not in html.parts}
    assert built <= {address for lang in LANGUAGES for address in addresses(lang)}


def new_phone(chromium, width: int = 360, javascript: bool = True):
    return chromium.new_context(viewport={"width": width, "height": HEIGHT}, is_mobile=True, has_touch=True,
                                device_scale_factor=1, java_script_enabled=javascript)


def layout_problems(page, address: str) -> list[tuple]:
    """The page just loaded at the first width, measured at each width."""
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": HEIGHT})
        zoom = page.evaluate("window.innerWidth")
        if zoom != width:
            problems.append((address, width, f"the phone zoomed out to {zoom}px"))
        problems += [(address, width, problem) for problem in page.evaluate(LAYOUT_PROBLEMS)]
    return problems


AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
               "resultTypes": ["violations"]}
WATCH_POLICY = ("window.__violations = [];"
                "document.addEventListener('securitypolicyviolation',"
                " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_on_a_phone_fits_keeps_exit_and_help_in_view_loads_only_from_the_site_and_passes_axe(
        chromium, site_server, lang):
    """Every page of the language (its 404 page included), loaded once on a phone and checked
    for all a visitor relies on: nothing wider than the screen and the quick exit and "help
    now" in view at 320, 360 and 414 px; no failed request, nothing from another origin, no
    Content-Security-Policy violation, no cookie, nothing in localStorage or sessionStorage;
    no WCAG 2.1 A/AA violation found by axe-core (axe-playwright-python's copy, loaded into
    each page before it runs)."""
    from axe_playwright_python.sync_playwright import Axe

    context = new_phone(chromium, WIDTHS[0])
    context.add_init_script(WATCH_POLICY)
    context.add_init_script(Axe().axe_script)
    page = context.new_page()
    own = urlparse(site_server).netloc
    found = {"layout": [], "failed": [], "foreign": [], "policy": [], "stored": [], "axe": []}
    page.on("response", lambda response: response.status >= 400 and found["failed"].append(
        (response.status, response.url)))
    page.on("requestfailed", lambda request: request.failure != "net::ERR_ABORTED"  # aborted by our next goto
            and found["failed"].append((0, request.url)))
    page.on("request", lambda request: urlparse(request.url).netloc != own and found["foreign"].append(request.url))
    for address in addresses(lang):
        page.set_viewport_size({"width": WIDTHS[0], "height": HEIGHT})
        page.goto(site_server + address, wait_until="load")
        found["layout"] += layout_problems(page, address)
        found["policy"] += [(address, v) for v in page.evaluate("window.__violations")]
        keys = page.evaluate("Object.keys(localStorage).concat(Object.keys(sessionStorage))")
        found["stored"] += [(address, key) for key in keys]
        result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
        found["axe"] += [(address, v["id"], len(v["nodes"])) for v in result["violations"]]
    page.wait_for_load_state("networkidle")
    found["cookies"] = context.cookies()
    context.close()
    assert {kind: problems for kind, problems in found.items() if problems} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_no_page_is_wider_than_the_phone_and_the_exit_and_help_stay_in_view(
        chromium, site_server, lang):
    """Every page of the language at 320, 360 and 414 px, with JavaScript off."""
    context = new_phone(chromium, WIDTHS[0], javascript=False)
    page = context.new_page()
    problems = []
    for address in addresses(lang):
        page.set_viewport_size({"width": WIDTHS[0], "height": HEIGHT})
        page.goto(site_server + address, wait_until="load")
        problems += layout_problems(page, address)
    context.close()
    assert problems == []


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_shows_the_emergency_call_and_all_four_entry_points_on_the_first_screen(
        chromium, site_server, lang, javascript):
    context = new_phone(chromium, 360, javascript)
    page = context.new_page()
    page.goto(f"{site_server}/{root(lang)}", wait_until="load")
    call = page.locator(".infopunt-call a[href='tel:112']")
    cards = page.locator(".grid.cards > ul > li")
    assert cards.count() == 4
    bottoms = [call.bounding_box()["y"] + call.bounding_box()["height"]]
    bottoms += [box["y"] + box["height"] for box in (cards.nth(i).bounding_box() for i in range(4))]
    context.close()
    assert max(bottoms) <= HEIGHT, bottoms


def test_a_whole_home_card_is_one_link(chromium, site_server):
    context = new_phone(chromium)
    page = context.new_page()
    page.goto(site_server + "/")
    card = page.locator(".grid.cards > ul > li").nth(1)
    box = card.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] - 10, box["y"] + box["height"] - 8)  # far from the title
    page.wait_for_url("**/slachtoffer/")
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_404_page_offers_the_emergency_call_help_now_and_every_language(chromium, site_server, lang):
    context = new_phone(chromium)
    page = context.new_page()
    page.goto(f"{site_server}/{root(lang)}404.html")
    assert page.locator(".md-content a[href='tel:112']").is_visible()
    help_now = page.locator(".md-content a", has_text=STRINGS["help_now"][lang])
    assert urlparse(help_now.get_attribute("href")).path == f"/{root(lang)}hulp-nu/"
    page.locator("summary.infopunt-lang__toggle").tap()
    links = page.locator(".infopunt-lang__link")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [f"/{root(code)}" for code in
                                                                                  LANGUAGES]
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_language_menu_names_the_language_and_shows_all_ten_on_the_screen(chromium, fallback_server, javascript):
    context = new_phone(chromium, 320, javascript)
    page = context.new_page()
    page.goto(f"{fallback_server}/pl/professional/")
    toggle = page.locator("summary.infopunt-lang__toggle")
    assert toggle.locator(".infopunt-lang__current").inner_text() == "Polski" and toggle.is_visible()
    toggle.tap()
    links = page.locator(".infopunt-lang__link")
    assert links.count() == 10
    for i in range(10):
        box = links.nth(i).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT and box["height"] >= 44, i
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, i
    note = page.locator(".infopunt-lang__link[hreflang=zh] .infopunt-untranslated__note")
    assert note.inner_text() == STRINGS["not_translated"]["zh"]
    page.locator(".infopunt-lang__link[hreflang=uk]").tap()
    page.wait_for_url("**/uk/professional/")
    context.close()


def test_keyboard_hint_shows_only_where_there_is_a_keyboard(chromium, site_server):
    hints = {}
    for name, options in {"phone": {"is_mobile": True, "has_touch": True, "viewport": {"width": 360, "height": 740}},
                          "desktop": {"viewport": {"width": 1200, "height": 800}}}.items():
        context = chromium.new_context(**options)
        page = context.new_page()
        page.goto(site_server + "/")
        hints[name] = page.locator(".infopunt-exit__hint").is_visible()
        context.close()
    assert hints == {"phone": False, "desktop": True}


@pytest.mark.parametrize("lang, word", [("nl", "rechten"), ("ar", "حقوق")])
def test_search_on_a_phone_loads_on_demand_and_stays_within_the_screen(chromium, site_server, lang, word):
    context = new_phone(chromium)
    page = context.new_page()
    page.goto(f"{site_server}/{root(lang)}slachtoffer/rechten/")
    page.locator("label.md-header__button[for=__search]").tap()
    search_box = page.locator("input.md-search__input")
    search_box.fill(word)
    search_box.press("End")  # Material searches on keyup (see test_browser_languages)
    page.locator(".md-search-result__item").first.wait_for()
    problems = page.evaluate(LAYOUT_PROBLEMS)
    zoom = page.evaluate("window.innerWidth")
    context.close()
    assert (zoom, problems) == (360, [])


def test_search_opens_with_the_slash_key_before_materials_script_is_loaded_and_stays_open(chromium, site_server):
    """"/" opens search and what follows is typed into it at once; Material's script, loaded
    then, closes search when it starts (as on every page load), so the site opens it again:
    the results show up for what was typed."""
    context = chromium.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(urlparse(request.url).path))
    page.goto(site_server + "/en/")
    assert not [path for path in requests if "/bundle." in path]
    page.keyboard.press("/")
    page.keyboard.type("rights")
    page.locator(".md-search-result__item > a").first.wait_for(timeout=15_000)
    assert page.evaluate("[document.activeElement.value, document.getElementById('__search').checked]") == \
        ["rights", True]
    context.close()
    assert [path for path in requests if "/bundle." in path]


def test_a_tap_on_the_search_button_opens_search_for_typing_at_once(chromium, site_server):
    context = new_phone(chromium)
    page = context.new_page()
    page.goto(site_server + "/en/")
    page.locator("label.md-header__button[for=__search]").tap()
    page.keyboard.type("rights")  # Material's script is still loading
    page.locator(".md-search-result__item > a").first.wait_for(timeout=15_000)
    (ARTIFACTS / "phone").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "phone" / "search-en-phone.png"))
    assert page.evaluate("[document.activeElement.value, document.getElementById('__search').checked]") == \
        ["rights", True]
    context.close()


def visit_four_pages_and_leave(chromium, site_server, javascript: bool) -> str:
    """From another site, read four pages of this one by following links, press the quick
    exit, then Back: returns the address Back leads to."""
    context = new_phone(chromium, 360, javascript)
    context.route(PREVIOUS_SITE + "**", lambda route: route.fulfill(
        body=f'<a href="{site_server}/">Infopunt</a>', content_type="text/html"))
    context.route(NEUTRAL + "**", neutral_site)
    page = context.new_page()
    page.goto(PREVIOUS_SITE)
    page.get_by_role("link", name="Infopunt").click()
    page.wait_for_url(site_server + "/")
    page.locator(".grid.cards a[href='slachtoffer/']").click()
    page.wait_for_url("**/slachtoffer/")
    page.locator(".md-content a[href$='rechten/']").first.click()
    page.wait_for_url("**/slachtoffer/rechten/")
    page.locator("a.infopunt-help").click()
    page.wait_for_url("**/hulp-nu/")
    page.locator("a.infopunt-exit").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    address = page.url
    context.close()
    return address


def test_back_after_the_quick_exit_leaves_the_site_however_many_pages_were_read(chromium, site_server):
    assert visit_four_pages_and_leave(chromium, site_server, javascript=True) == PREVIOUS_SITE


def test_without_javascript_back_after_the_quick_exit_returns_to_the_last_page(chromium, site_server):
    """The documented limit: without JavaScript every page is a history entry."""
    assert visit_four_pages_and_leave(chromium, site_server, javascript=False) == site_server + "/hulp-nu/"


@pytest.mark.parametrize("address", ["/", "/en/slachtoffer/rechten/", "/pl/professional/", "/ar/", "/zh/404.html"])
def test_first_view_is_light_and_loads_no_script_it_does_not_use(chromium, site_server, address):
    context = new_phone(chromium)
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(site_server + address, wait_until="networkidle")
    weight = sum(len(gzip.compress(response.body())) for response in responses)
    paths = [urlparse(response.url).path for response in responses]
    context.close()
    assert len(responses) <= 6, paths
    assert weight <= 50_000, (weight, paths)
    assert not [path for path in paths if "/bundle." in path or "/workers/" in path or "search_index" in path]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_phone_screenshots_of_each_page_type(chromium, site_server, javascript):
    """Screenshots to look at: home, help now, a content page and the 404 page in four
    languages and both directions."""
    folder = ARTIFACTS / "phone"
    folder.mkdir(parents=True, exist_ok=True)
    context = new_phone(chromium, 360, javascript)
    page = context.new_page()
    written = []
    for lang in ("nl", "ar", "zh", "uk"):
        for name, path in {"home": "", "help-now": "hulp-nu/", "content": "slachtoffer/rechten/",
                           "404": "404.html"}.items():
            page.goto(f"{site_server}/{root(lang)}{path}", wait_until="load")
            target = folder / f"{lang}-{name}-{'js' if javascript else 'no-js'}.png"
            page.screenshot(path=str(target))
            written.append(target)
    context.close()
    assert all(Path(target).stat().st_size > 5_000 for target in written)
