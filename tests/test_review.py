"""Review and verification due: pages past last_reviewed + their audience's interval and
contacts past checked + the contacts' interval are warnings in `infopunt check`, errors with
--strict-review; every page says when it was last checked, in the visitor's language."""

from __future__ import annotations

import re

from conftest import infopunt, page


def test_pages_and_contacts_due_for_review_are_warnings_and_errors_when_strict(project):
    privacy = project / "docs" / "nl" / "over" / "privacy.md"
    text = privacy.read_text(encoding="utf-8")
    privacy.write_text(re.sub(r"last_reviewed: \S+", "last_reviewed: 2024-01-02", text, count=1), encoding="utf-8")
    contacts = project / "docs" / "contacts.yml"
    raw = contacts.read_text(encoding="utf-8")
    police = raw.split("\n").index("  politie:") + 1
    start = raw.index("  politie:")
    end = raw.index("checked:", start)
    contacts.write_text(raw[:end] + "checked: 2023-05-06" + raw[end + len("checked: 2026-11-24"):], encoding="utf-8")
    result = infopunt("check", cwd=project)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "warning: docs/nl/over/privacy.md:5: review due since 2024-06-30 (last reviewed 2024-01-02, every 180 " \
           "days for 'all' pages)" in result.stdout
    assert f"warning: docs/contacts.yml:{police}: contact 'politie': check due since 2023-11-02" in result.stdout
    strict = infopunt("check", "--strict-review", cwd=project)
    assert strict.returncode == 1 and "error: docs/nl/over/privacy.md:5: review due since" in strict.stdout


def test_every_page_says_when_it_was_last_checked_in_the_visitors_language(built_site):
    dutch = page(built_site, "nl", "over/privacy/")
    assert re.search(r'<p class="infopunt-reviewed">Laatst gecontroleerd: <time datetime="\d{4}-\d\d-\d\d">\d+ \w+ '
                     r'\d{4}</time></p>', dutch)
    chinese = page(built_site, "zh", "")
    assert re.search(r'最后检查日期：<time datetime="\d{4}-\d\d-\d\d">\d{4}年\d+月\d+日</time>', chinese)
