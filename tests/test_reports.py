"""Every output format of `infopunt readability`, the progress bar and the cache."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
from pathlib import Path

from conftest import EASY as SMALL_SITE_TEXT
from conftest import BIN, infopunt, mkdocs_build, small_project, write_page

HARD = ("---\naudience: victim\n---\n\n# Aanvraag\n\n"
        "Indien de aanvraag niet tijdig wordt ingediend, wordt deze in verband met de geldende regeling "
        "niet in behandeling genomen en vervalt het recht op een vergoeding van de gemaakte kosten.\n")
EASY = "---\naudience: victim\n---\n\n# Hulp\n\nBel ons als je hulp nodig hebt. Wij luisteren naar je.\n"


def project(tmp_path: Path, pages: dict[str, str]) -> Path:
    for name, text in pages.items():
        path = tmp_path / "docs" / "nl" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_text_output_marks_the_offending_words(tmp_path):
    root = project(tmp_path, {"moeilijk.md": HARD})
    result = infopunt("readability", "docs", cwd=root)
    assert result.returncode == 1
    assert "docs/nl/moeilijk.md  nl  victim  score" in result.stdout
    assert "line 7: warning: 'Indien' is officialese → Use 'als'." in result.stdout
    assert "«Indien» de aanvraag" in result.stdout


def test_json_output_has_per_sentence_findings_with_marks(tmp_path):
    root = project(tmp_path, {"moeilijk.md": HARD})
    report = json.loads(infopunt("readability", "--format", "json", "docs", cwd=root).stdout)
    page = report["pages"][0]
    passive = next(f for f in page["findings"] if f["rule"] == "passive")
    assert passive["line"] == 7
    assert passive["excerpt"].startswith("Indien de aanvraag")
    assert [passive["excerpt"][a:b] for a, b in passive["marks"]] == ["wordt", "ingediend"]
    assert {"words", "sentences", "words_per_sentence", "features"} <= set(page["metrics"])


def test_html_report_is_self_contained_with_a_chart_and_highlights(tmp_path):
    root = project(tmp_path, {"moeilijk.md": HARD, "makkelijk.md": EASY})
    out = tmp_path / "report.html"
    result = infopunt("readability", "--format", "html", "--output", str(out), "docs", cwd=root)
    assert result.returncode == 1
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "<script" not in page and not re.search(r'(src|href)="(https?:)?//', page)
    assert page.count("<circle") == 2  # one dot per page in the chart
    assert "<svg" in page and "<title id=\"chart-title\">Scores per language</title>" in page
    assert "<mark>Indien</mark>" in page
    assert "misses its target" in page


def test_html_report_escapes_page_text(tmp_path):
    root = project(tmp_path, {"x.md": EASY.replace("Wij luisteren naar je.", "Indien 3 < 4 & 5 > 2, bel ons.")})
    out = tmp_path / "report.html"
    infopunt("readability", "--format", "html", "-o", str(out), "docs", cwd=root)
    page = out.read_text()
    assert "<mark>Indien</mark> 3 &lt; 4 &amp; 5 &gt; 2, bel ons." in page


def test_github_format_gives_annotations_per_line(tmp_path):
    root = project(tmp_path, {"moeilijk.md": HARD})
    lines = infopunt("readability", "--format", "github", "docs", cwd=root).stdout.splitlines()
    assert lines[0].startswith("::error file=docs/nl/moeilijk.md,line=1,title=B1 target::B1 score ")
    assert "::warning file=docs/nl/moeilijk.md,line=7,title=passive::Passive voice: 'wordt … ingediend'. " \
           "Say who does it, in active voice." in lines
    assert all(line.startswith(("::error ", "::warning ")) for line in lines)


def test_progress_bar_shows_on_a_terminal_for_large_runs(tmp_path):
    root = project(tmp_path, {f"p{i:02d}.md": EASY.replace("Hulp", f"Hulp {i}") for i in range(60)})
    primary, secondary = pty.openpty()
    process = subprocess.Popen([str(BIN / "infopunt"), "readability", "docs"], cwd=root,
                               stdout=subprocess.DEVNULL, stderr=secondary)
    os.close(secondary)
    output = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=60)
    assert b"scoring" in output and b"60/60" in output


def test_cache_rescores_only_changed_pages(tmp_path):
    root = project(tmp_path, {"a.md": EASY, "b.md": EASY.replace("Hulp", "Steun"), "c.md": HARD})
    first = infopunt("readability", "docs", cwd=root)
    assert "infopunt: 3 scored, 0 unchanged" in first.stderr
    second = infopunt("readability", "docs", cwd=root)
    assert "infopunt: 0 scored, 3 unchanged" in second.stderr
    assert second.stdout == first.stdout
    (root / "docs" / "nl" / "b.md").write_text(EASY.replace("Hulp", "Advies"), encoding="utf-8")
    third = infopunt("readability", "docs", cwd=root)
    assert "infopunt: 1 scored, 2 unchanged" in third.stderr
    uncached = infopunt("readability", "--no-cache", "docs", cwd=root)
    assert uncached.stdout == third.stdout and "unchanged" not in uncached.stderr


def test_build_reuses_the_cache_for_unchanged_pages(tmp_path):
    project = small_project(tmp_path)
    first = mkdocs_build(project, tmp_path / "one")
    assert "B1 check of 2 pages: 2 scored, 0 unchanged" in first.stderr
    write_page(project, "hulp-nu.md", "Hulp nu", "victim", SMALL_SITE_TEXT + "\nBel ons altijd.\n")
    second = mkdocs_build(project, tmp_path / "two")
    assert "B1 check of 2 pages: 1 scored, 1 unchanged" in second.stderr
