"""Outdated translations, told from the source itself: a translation records the fingerprint
of the Dutch text it follows; a change of the Dutch words (not of its front matter or spaces)
shows a notice on the translation, in the reader's language, with the date and a link."""

from __future__ import annotations

import json

from conftest import change_dutch_sentence, git_repository, infopunt, mkdocs_build, run
from infopunt.pages import changes, translations

PAGE = "slachtoffer/rechten.md"


def test_the_fingerprint_ignores_spaces_and_line_breaks_but_not_words():
    text = "Je hebt rechten.\n\nBel de helpdesk."
    assert translations.fingerprint(text) == translations.fingerprint("  Je hebt   rechten.\nBel de\nhelpdesk.  ")
    assert translations.fingerprint(text) != translations.fingerprint("Je hebt geen rechten.\n\nBel de helpdesk.")


def test_every_translation_follows_the_current_dutch_text():
    result = infopunt("translations")
    assert result.returncode == 0, result.stdout
    assert "0 outdated, 0 unmarked, 0 missing" in result.stdout


def test_a_changed_dutch_page_makes_its_translations_outdated_until_marked(project, tmp_path):
    dutch = project / "docs" / "nl" / PAGE
    text = dutch.read_text(encoding="utf-8")
    dutch.write_text(text.replace("last_reviewed: 2026-12-03", "last_reviewed: 2026-12-04")
                     .replace("\n\n## ", "\n\n\n## ", 1), encoding="utf-8")  # front matter and spaces only
    assert "0 outdated" in infopunt("translations", cwd=project).stdout
    dutch.write_text(text.replace("Dan heb je rechten.", "Dan heb je rechten, ook zonder papieren."), encoding="utf-8")
    report = infopunt("translations", "--format", "json", cwd=project)
    assert report.returncode == 1
    outdated = {(state["lang"], state["page"]) for state in json.loads(report.stdout) if state["state"] == "outdated"}
    assert outdated == {(lang, PAGE) for lang in ("en", "pl", "ro", "bg", "uk", "ar", "es", "pt", "zh")}
    assert infopunt("translations", "--mark", f"docs/pl/{PAGE}", cwd=project).returncode == 0
    assert ("pl", PAGE) not in {(s["lang"], s["page"]) for s in json.loads(
        infopunt("translations", "--format", "json", cwd=project).stdout) if s["state"] == "outdated"}
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    english = (tmp_path / "site" / "en" / "slachtoffer" / "rechten" / "index.html").read_text(encoding="utf-8")
    assert "The Dutch page was changed after this translation, on" in english
    assert '<time datetime="2026-12-03">December 3, 2026</time>' in english
    assert 'href="../../../slachtoffer/rechten/" hreflang="nl" lang="nl">Read the Dutch page</a>' in english
    polish = (tmp_path / "site" / "pl" / "slachtoffer" / "rechten" / "index.html").read_text(encoding="utf-8")
    assert "infopunt-notice--outdated" not in polish  # marked as following the Dutch again
    dutch_page = (tmp_path / "site" / "slachtoffer" / "rechten" / "index.html").read_text(encoding="utf-8")
    menu = dutch_page[dutch_page.index('class="infopunt-lang__list"'):]
    english_item = menu[menu.index('hreflang="en"'):menu.index('hreflang="pl"')]
    polish_item = menu[menu.index('hreflang="pl"'):menu.index('hreflang="ro"')]
    assert "translation may be out of date" in english_item  # the menu says it in each language's own words
    assert "infopunt-untranslated__note" not in polish_item


def test_the_sentences_that_changed_are_told_apart_from_the_ones_that_stayed():
    old = "# Rechten\n\nJe hebt rechten. Bel de helpdesk.\n\n- Een punt.\n- Nog een punt.\n"
    new = "# Rechten\n\nJe hebt rechten. Bel de helpdesk op werkdagen.\n\n- Een punt.\n- Nog een punt.\n- Nieuw punt.\n"
    assert changes.diff(old, new) == [("-", "Bel de helpdesk."), ("+", "Bel de helpdesk op werkdagen."),
                                      ("+", "Nieuw punt.")]


def test_an_outdated_translation_lists_the_dutch_sentences_changed_since_its_version(project, tmp_path):
    git_repository(project)
    change_dutch_sentence(project)
    report = infopunt("translations", cwd=project)
    assert report.returncode == 1
    entry = report.stdout[report.stdout.index(f"docs/uk/{PAGE}\toutdated\tmachine"):]
    assert entry.splitlines()[2:4] == ["    - Dan heb je rechten.", "    + Dan heb je rechten, ook zonder papieren."]
    data = json.loads(infopunt("translations", "--format", "json", cwd=project).stdout)
    english = next(state for state in data if state["lang"] == "en" and state["page"] == PAGE)
    assert english["changes"]["added"] == ["Dan heb je rechten, ook zonder papieren."]
    shallow = tmp_path / "shallow"
    assert run("git", "clone", "-q", "--depth", "1", f"file://{project}", str(shallow)).returncode == 0
    report = infopunt("translations", cwd=shallow)
    assert "Dutch changes not known: this is a shallow clone without the translated version; run 'git fetch " \
           "--unshallow'" in report.stdout
