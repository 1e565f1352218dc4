"""sitemap.xml with every real translation of a page as an hreflang alternate, and x-default."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from .sitelanguages import SiteLanguages


def render(languages: SiteLanguages, site_url: str, dates: dict[str, str]) -> str:
    """`dates` maps a language's page URL to its last_reviewed date (YYYY-MM-DD)."""
    base = site_url.rstrip("/") + "/"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for page in sorted(languages.pages):
        present = languages.translated(page)
        default = languages.default if languages.default in present else present[0]
        alternates = [(language.code, languages.url(language, page)) for language in present]
        alternates.append(("x-default", languages.url(default, page)))
        for language in present:
            url = languages.url(language, page)
            lines.append(f"  <url><loc>{base}{url}</loc>")
            if url in dates:
                lines.append(f"    <lastmod>{dates[url]}</lastmod>")
            for code, target in alternates:
                lines.append(f'    <xhtml:link rel="alternate" hreflang={quoteattr(code)} '
                             f'href={quoteattr(base + target)}/>')
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
