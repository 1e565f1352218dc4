"""`infopunt dashboard -o FILE`: one self-contained page for editors — translation coverage and
freshness (with the Dutch changes), B1 scores per language, what is due, pages without sources."""

from __future__ import annotations

import re

from conftest import CHANGED_PAGE as PAGE
from conftest import change_dutch_sentence, git_repository, infopunt


def test_the_dashboard_shows_outdated_translations_with_their_changes_reviews_due_and_pages_without_sources(
        project, tmp_path):
    git_repository(project)
    change_dutch_sentence(project, commit=False)
    privacy = project / "docs" / "nl" / "over" / "privacy.md"
    privacy.write_text(re.sub(r"last_reviewed: \S+\nsources: \[incognito-uitleg\]\n", "last_reviewed: 2024-01-05\n",
                              privacy.read_text(encoding="utf-8")), encoding="utf-8")
    output = tmp_path / "dashboard.html"
    result = infopunt("dashboard", "-o", str(output), cwd=project)
    assert result.returncode == 0, result.stderr
    page = output.read_text(encoding="utf-8")
    row = page[page.index(f'<th scope="row">{PAGE}</th>'):]
    row = row[:row.index("</tr>")]
    assert row.count('class="bad"') == 9 and row.count('<span class="sr">outdated: the Dutch page changed') == 9
    assert f"{PAGE}: outdated in en, pl, ro, bg, uk, ar, es, pt, zh" in page
    assert "<del>- Dan heb je rechten.</del>" in page and "<ins>+ Dan heb je rechten, ook zonder papieren.</ins>" in page
    review = page[page.index('<section id="review">'):page.index('<section id="sources">')]
    assert "docs/nl/over/privacy.md:5</strong>: review due since 2024-07-03" in review
    assert "<li>docs/nl/over/privacy.md</li>" in page[page.index('<section id="sources">'):]
    assert '<svg role="img"' in page and "<table>" in page  # B1 chart and table
    assert not re.search(r"<script|<link|<img|\bsrc=|href=\"(?!#)", page)  # self-contained, nothing loads


def test_the_dashboard_is_never_written_into_the_pages_folder(project):
    result = infopunt("dashboard", "-o", "docs/nl/dashboard.html", cwd=project)
    assert result.returncode == 2 and "write it outside docs/" in result.stderr
    assert not (project / "docs" / "nl" / "dashboard.html").exists()
