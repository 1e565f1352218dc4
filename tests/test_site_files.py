"""The site's own asset files and the host files, as units."""

from __future__ import annotations

from pathlib import Path

import pytest

from infopunt.site import assets, hosting


def components(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "overrides" / assets.SOURCES
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return tmp_path / "overrides"


def test_components_are_joined_in_name_order_into_one_file_named_by_its_content(tmp_path):
    custom = components(tmp_path, {"b.css": ".b{}", "a.css": ".a{}", "c.js": "x()"})
    joined = assets.join(custom, ".css")
    assert joined.content.index(b".a{}") < joined.content.index(b".b{}") and b"x()" not in joined.content
    assert joined.path.startswith("assets/infopunt.") and joined.path.endswith(".css")
    (custom / assets.SOURCES / "a.css").write_text(".a{color:red}")
    assert assets.join(custom, ".css").path != joined.path


def test_a_theme_without_components_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no .js files"):
        assets.join(components(tmp_path, {"a.css": ""}), ".js")


def test_only_component_files_are_left_out_of_the_site():
    assert assets.is_source("assets/infopunt/quick-exit.js")
    assert not assets.is_source("assets/infopunt.1234abcd.js") and not assets.is_source("assets/images/x.png")


def test_only_files_named_by_their_content_are_cached_for_a_year(tmp_path):
    for name in ("assets/infopunt.3f9a12bc.css", "assets/javascripts/bundle.a5f9d56c.min.js",
                 "assets/javascripts/lunr/min/lunr.nl.min.js", "index.html", "search/search_index.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    hashed = hosting.hashed_assets(tmp_path)
    assert hashed == ["/assets/infopunt.3f9a12bc.css", "/assets/javascripts/bundle.a5f9d56c.min.js"]
    text = hosting.headers_file(set(), hashed)
    assert text.count("Cache-Control") == 2 and "/assets/infopunt.3f9a12bc.css\n  Cache-Control: public" in text


def test_the_themes_files_are_listed_once_for_all_language_builds_without_hidden_folders(tmp_path):
    """MkDocs lists the theme's files in each language's build (buildspeed.ThemeFiles): the list
    is made once per loaded theme, also when mkdocs-static-i18n adds a folder again, and a theme
    loaded again (the next rebuild of a preview) lists them anew."""
    from mkdocs.theme import Theme

    from infopunt.site import buildspeed

    folder = tmp_path / "theme"
    (folder / ".icons").mkdir(parents=True)
    for name in ("main.html", "style.css", ".icons/logo.svg"):
        (folder / name).write_text("x", encoding="utf-8")
    theme = Theme(name=None, custom_dir=str(folder))  # with MkDocs' own templates (sitemap.xml, …)
    buildspeed.list_theme_once(theme)
    first = theme.get_env().list_templates()
    assert {"main.html", "style.css"} <= set(first) and not [name for name in first if ".icons" in name]
    (folder / "new.css").write_text("x", encoding="utf-8")
    theme.dirs.insert(0, theme.dirs[0])  # as mkdocs-static-i18n does in each language's build
    buildspeed.list_theme_once(theme)
    assert theme.get_env().list_templates() == first
    again = Theme(name=None, custom_dir=str(folder))
    buildspeed.list_theme_once(again)
    assert sorted(again.get_env().list_templates()) == sorted([*first, "new.css"])


def test_alternate_links_go_with_the_white_space_before_each_and_nothing_else():
    from infopunt.site.plugin import without_alternates

    head = ('<head>\n  <meta charset="utf-8">\n    \n  <link rel="alternate" href="/en/" hreflang="en">'
            '\n  <link rel="alternate" href="/" hreflang="nl">\n  <link rel="stylesheet" href="a.css">\n</head>')
    assert without_alternates(head) == '<head>\n  <meta charset="utf-8">\n  <link rel="stylesheet" href="a.css">\n</head>'
    page = "<p>a  b</p>\n  \n" * 1000
    assert without_alternates(page) == page
