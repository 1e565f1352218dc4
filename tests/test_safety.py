"""Safety: quick exit, security policy, atomic publishing. (Unsafe content is refused by
the check of the built pages: tests/test_published.py.)"""

from __future__ import annotations

import re
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import (ALL_PAGES, ARTIFACTS, BIN, LANGUAGES, NEUTRAL, infopunt, mkdocs_build, neutral_site, page,
                      small_project)



def test_links_to_other_sites_are_allowed(project, tmp_path):
    target = project / "docs" / "nl" / "over" / "index.md"
    target.write_text(target.read_text(encoding="utf-8") + "\nZie ook [FairWork](https://www.fairwork.nu).\n")
    assert mkdocs_build(project, tmp_path / "site").returncode == 0


def test_a_failing_build_leaves_the_published_site_as_it_was(tmp_path):
    project = small_project(tmp_path)
    site = tmp_path / "public"
    assert infopunt("build", "--site-dir", str(site), cwd=project).returncode == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    page_file = project / "docs" / "nl" / "hulp-nu.md"
    page_file.write_text(page_file.read_text(encoding="utf-8") + "\n[kapot](bestaat-niet.md)\n")  # fails late
    late = infopunt("build", "--site-dir", str(site), cwd=project)
    assert late.returncode != 0 and "was left as it was" in late.stderr
    page_file.write_text(page_file.read_text(encoding="utf-8") + "\n<script>x</script>\n")  # fails early
    early = infopunt("build", "--site-dir", str(site), cwd=project)
    assert early.returncode != 0
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    releases = tmp_path / ".public.releases"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".public.")] == [releases.name]
    assert list(releases.iterdir()) == [site.resolve()]  # the failed builds left nothing behind


def test_the_published_site_is_complete_at_every_instant_also_when_a_build_is_killed(project, tmp_path):
    site, releases = tmp_path / "public", tmp_path / ".public.releases"
    assert infopunt("build", "--site-dir", str(site), cwd=project).returncode == 0
    first = (site / "index.html").read_bytes()
    home = project / "docs" / "nl" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nNieuwe versie.\n", encoding="utf-8")
    command = [str(BIN / "infopunt"), "build", "--site-dir", str(site)]
    killed = subprocess.Popen(command, cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(list(releases.iterdir())) < 2 and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # wait for the state: the build has started writing its release
    killed.kill()  # SIGKILL, in the middle of writing the site
    killed.wait()
    assert (site / "index.html").read_bytes() == first
    misses, reads, done = [], [0], threading.Event()

    def read_site():  # a visitor asks for the home page every millisecond
        while not done.wait(0.001):
            try:
                (site / "index.html").read_bytes()
                reads[0] += 1
            except OSError as error:
                misses.append(error)

    reader = threading.Thread(target=read_site)
    reader.start()
    try:
        assert infopunt("build", "--site-dir", str(site), cwd=project).returncode == 0
    finally:
        done.set()
        reader.join()
    assert misses == [] and reads[0] > 0
    assert b"Nieuwe versie." in (site / "index.html").read_bytes()
    assert len(list(releases.iterdir())) == 2  # the current and the one before; the killed build's is gone


def test_every_page_carries_the_security_policy_and_no_referrer(built_site):
    for html_file in built_site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert policy, html_file
        assert "default-src 'none'" in policy.group(1) and "script-src 'self'" in policy.group(1)
        assert "'unsafe-inline'" not in policy.group(1)
        assert '<meta name="referrer" content="no-referrer">' in html
        assert html.index("Content-Security-Policy") < html.index("<script")


def test_host_configuration_has_the_headers_that_only_work_as_headers(built_site):
    headers = (built_site / "_headers").read_text(encoding="utf-8")
    for line in ("frame-ancestors 'none'", "Referrer-Policy: no-referrer", "X-Content-Type-Options: nosniff",
                 "Strict-Transport-Security: max-age=31536000", "X-Frame-Options: DENY"):
        assert line in headers
    nginx = (built_site / "nginx.conf").read_text(encoding="utf-8")
    assert 'add_header Content-Security-Policy "default-src' in nginx and "frame-ancestors 'none'" in nginx
    assert nginx.count("add_header") == 2 * (7 + 1)  # nginx drops a server's add_header in a location with its own


@pytest.mark.parametrize("lang", LANGUAGES)
def test_quick_exit_is_on_every_page_in_the_visitors_language(built_site, lang):
    import yaml

    label = yaml.safe_load((Path(__file__).parent.parent / "docs" / "strings.yml").read_text())["quick_exit"][lang]
    for path in ALL_PAGES:
        html = page(built_site, lang, path)
        link = re.search(r'<a class="infopunt-exit" href="([^"]+)"[^>]*>\s*<span[^>]*>([^<]+)</span>', html)
        assert link and link.group(1) == NEUTRAL and link.group(2) == label, path


def test_accessibility_statement_exists_in_dutch_and_english(built_site):
    assert "Toegankelijkheid" in page(built_site, "nl", "over/toegankelijkheid/")
    assert "WCAG 2.1" in page(built_site, "en", "over/toegankelijkheid/")


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    context.route(NEUTRAL + "**", neutral_site)
    yield context
    context.close()


LEAVING_REPORT = """
document.addEventListener("DOMContentLoaded", () => new MutationObserver(() => {
  if (!document.documentElement.classList.contains("infopunt-leaving")) return;
  const status = document.querySelector(".infopunt-exit__status");
  console.log(["leaving", getComputedStyle(document.querySelector("main")).visibility,
               getComputedStyle(document.querySelector(".md-header")).visibility,
               status.getAttribute("aria-live"), status.textContent].join("|"));
}).observe(document.documentElement, {attributes: true, attributeFilter: ["class"]}));
"""


def leaving_reports(page_) -> list[str]:
    """What the page reported the moment it started leaving (see LEAVING_REPORT)."""
    reports: list[str] = []
    page_.on("console", lambda message: message.text.startswith("leaving|") and reports.append(message.text))
    page_.add_init_script(LEAVING_REPORT)
    return reports


def test_quick_exit_by_click_hides_the_page_at_once_and_replaces_it_in_history(phone, site_server):
    page_ = phone.new_page()
    reports = leaving_reports(page_)
    page_.goto(site_server + "/")
    page_.goto(site_server + "/slachtoffer/rechten/")
    before = page_.evaluate("history.length")
    page_.locator("a.infopunt-exit").click()
    page_.wait_for_url(NEUTRAL)
    assert reports == ["leaving|hidden|hidden|assertive|Je verlaat deze site."]
    assert page_.evaluate("history.length") == before
    page_.go_back()
    assert urlparse(page_.url).path == "/"


def test_quick_exit_by_pressing_shift_three_times(phone, site_server):
    page_ = phone.new_page()
    reports = leaving_reports(page_)
    page_.goto(site_server + "/ar/hulp-nu/")
    page_.keyboard.type("Abc")  # capitals: Shift with another key does not count
    page_.keyboard.press("Shift")
    page_.keyboard.press("Shift")
    assert urlparse(page_.url).path == "/ar/hulp-nu/"
    page_.keyboard.press("Shift")
    page_.wait_for_url(NEUTRAL)
    assert reports == ["leaving|hidden|hidden|assertive|أنت تغادر هذا الموقع."]


def test_quick_exit_works_without_javascript(chromium, site_server):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    context.route(NEUTRAL + "**", neutral_site)
    page_ = context.new_page()
    page_.goto(site_server + "/hulp-nu/")
    page_.locator("a.infopunt-exit").click()
    page_.wait_for_url(NEUTRAL)
    context.close()


def test_first_tabs_reach_the_skip_link_then_the_quick_exit_with_visible_focus(phone, site_server):
    page_ = phone.new_page()
    page_.goto(site_server + "/")
    page_.keyboard.press("Tab")
    assert page_.evaluate("document.activeElement.classList.contains('md-skip')")
    page_.keyboard.press("Tab")
    assert page_.evaluate("document.activeElement.classList.contains('infopunt-exit')")
    outline = page_.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    ARTIFACTS.mkdir(exist_ok=True)
    page_.screenshot(path=str(ARTIFACTS / "quick-exit-focus-nl-phone.png"))
