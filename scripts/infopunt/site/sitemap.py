"""sitemap.xml with every real translation of a page as an hreflang alternate, and x-default,
written with an XML library so every address and date is escaped."""

from __future__ import annotations

from xml.etree import ElementTree

from infopunt.pages.sitelanguages import SiteLanguages

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def render(languages: SiteLanguages, site_url: str, dates: dict[str, str]) -> str:
    """`dates` maps a language's page URL to its last_reviewed date (YYYY-MM-DD)."""
    ElementTree.register_namespace("", SITEMAP)
    ElementTree.register_namespace("xhtml", XHTML)
    base = site_url.rstrip("/") + "/"
    urlset = ElementTree.Element(f"{{{SITEMAP}}}urlset")
    for page in sorted(languages.pages):
        present = languages.translated(page)
        default = languages.default if languages.default in present else present[0]
        alternates = [(language.code, languages.url(language, page)) for language in present]
        alternates.append(("x-default", languages.url(default, page)))
        for language in present:
            url = languages.url(language, page)
            entry = ElementTree.SubElement(urlset, f"{{{SITEMAP}}}url")
            ElementTree.SubElement(entry, f"{{{SITEMAP}}}loc").text = base + url
            if url in dates:
                ElementTree.SubElement(entry, f"{{{SITEMAP}}}lastmod").text = dates[url]
            for code, target in alternates:
                ElementTree.SubElement(entry, f"{{{XHTML}}}link", rel="alternate", hreflang=code, href=base + target)
    ElementTree.indent(urlset, space="  ")
    return ElementTree.tostring(urlset, encoding="unicode", xml_declaration=True) + "\n"
