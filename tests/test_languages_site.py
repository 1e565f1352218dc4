"""The built site in all ten languages: pages, lang/dir, switcher, notices, 404 pages, sitemap, search indexes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse
from xml.etree import ElementTree

import pytest

from conftest import ALL_PAGES, LANGUAGES, ROOT, Tags, page, root

NAMES = {"nl": "Nederlands", "en": "English", "pl": "Polski", "ro": "Română", "bg": "Български",
         "uk": "Українська", "ar": "العربية", "es": "Español", "pt": "Português", "zh": "中文"}


def translated(lang: str, path: str, docs: Path = ROOT / "docs") -> bool:
    """Whether the sources have a real translation of the page at site address `path`."""
    stem = path.rstrip("/") or "index"
    return (docs / lang / f"{stem}.md").exists() or (docs / lang / stem / "index.md").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_exists_in_every_language_with_lang_and_dir(built_site, lang):
    direction = "rtl" if lang == "ar" else "ltr"
    for path in ALL_PAGES:
        html = Tags(page(built_site, lang, path))
        assert html.find("html")[0]["lang"] == lang, path
        assert html.find("html")[0]["dir"] == direction, path
        assert html.find("body")[0]["dir"] == direction, path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switcher_names_every_language_and_links_to_the_same_page(built_site, lang):
    for path in ALL_PAGES:
        links = Tags(page(built_site, lang, path)).find("a")
        switcher = [a for a in links if "infopunt-lang__link" in a.get("class", "")]
        assert [a["hreflang"] for a in switcher] == LANGUAGES, path
        here = f"https://site.example/{root(lang)}{path}"
        for a in switcher:
            assert urlparse(urljoin(here, a["href"])).path == f"/{root(a['hreflang'])}{path}", (path, a)
            assert ("infopunt-untranslated" in a["class"]) != translated(a["hreflang"], path), (path, a)


def test_switcher_shows_language_names_without_flags(built_site):
    html = page(built_site, "ar", "")
    names = re.findall(r'<span class="infopunt-lang__name">([^<]+)</span>', html)
    assert names == [NAMES[lang] for lang in LANGUAGES]
    assert re.search(r'<span class="infopunt-lang__current">العربية</span>', html)
    assert "flag" not in html.lower()


def test_switcher_says_not_translated_in_each_languages_own_words(fallback_site):
    import yaml

    texts = yaml.safe_load((Path(__file__).parent.parent / "docs" / "strings.yml").read_text())["not_translated"]
    html = page(fallback_site, "ar", "professional/")
    for lang in LANGUAGES:
        item = re.search(rf'<a [^>]*hreflang="{lang}"\s+lang="{lang}"[^>]*>(.*?)</a>', html, re.S).group(1)
        assert (texts[lang] in item) == (lang not in ("nl", "en")), lang


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang not in ("nl", "en")])
def test_untranslated_page_shows_dutch_text_with_a_notice_in_the_visitors_language(fallback_site, lang):
    html = page(fallback_site, lang, "professional/")
    strings = notice_strings()
    assert strings["fallback_note"][lang] in html
    assert re.search(r'<div lang="nl" dir="ltr">\s*<h1', html) or '<div lang="nl" dir="ltr">' in html
    available = re.search(r'class="infopunt-notice infopunt-notice--fallback".*?</div>', html, re.S).group(0)
    assert set(re.findall(r'hreflang="([a-z]+)"', available)) == {"nl", "en"}


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "nl"])
def test_machine_translation_carries_a_note_in_its_language(built_site, lang):
    html = page(built_site, lang, "slachtoffer/rechten/")
    assert notice_strings()["machine_note"][lang] in html and notice_strings()["machine_short"][lang] in html
    assert "infopunt-notice" not in page(built_site, "nl", "slachtoffer/rechten/")


def notice_strings() -> dict:
    import yaml

    return yaml.safe_load((Path(__file__).parent.parent / "docs" / "strings.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "nl"])
def test_each_language_has_its_own_404_page(built_site, lang):
    html = (built_site / lang / "404.html").read_text(encoding="utf-8")
    assert Tags(html).find("html")[0]["lang"] == lang
    assert f"<h1>{notice_strings()['not_found_title'][lang]}</h1>" in html
    assert f'href="/{lang}/"' in html


def test_root_404_lets_the_visitor_pick_a_language(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    chooser = re.search(r'<h2>[^<]*</h2>\s*<ul class="infopunt-links">.*?</ul>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', chooser))
    assert sorted(links.values()) == sorted(LANGUAGES)
    assert links["/"] == "nl" and links["/ar/"] == "ar"


def test_sitemap_lists_real_translations_with_hreflang_and_x_default(built_site):
    tree = ElementTree.parse(built_site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in tree.getroot().findall("s:url", ns)}
    base = "https://infopunt-mensenhandel.example/"
    expected = {base + root(lang) + path for lang in LANGUAGES for path in ALL_PAGES if translated(lang, path)}
    assert set(urls) == expected
    links = {l.get("hreflang"): l.get("href") for l in urls[base + "ar/slachtoffer/rechten/"].findall("x:link", ns)}
    assert set(links) == set(LANGUAGES) | {"x-default"}
    assert links["x-default"] == base + "slachtoffer/rechten/"
    assert links["zh"] == base + "zh/slachtoffer/rechten/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_a_search_index_of_its_own_pages_only(built_site, lang):
    index = json.loads((built_site / root(lang) / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert pages == {root(lang) + path for path in ALL_PAGES if translated(lang, path)}
    if lang == "zh":
        assert "\u200b" in index["config"]["separator"] or "u200b" in index["config"]["separator"]


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "nl"])
def test_every_dutch_page_has_a_translation_so_no_visitor_gets_a_fallback(lang):
    docs = ROOT / "docs"
    missing = [page.relative_to(docs / "nl").as_posix() for page in sorted((docs / "nl").rglob("*.md"))
               if not (docs / lang / page.relative_to(docs / "nl")).exists()]
    assert missing == []
