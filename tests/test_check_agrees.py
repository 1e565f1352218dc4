"""`infopunt check` and the build agree by construction: both read mkdocs.yml through MkDocs'
own loader and run the plugin's one check of the sources. Each broken input below is given to
both; they must reach the same verdict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EASY, git, git_repository, infopunt, mkdocs_build, small_project, write_page

HARD = ("De onderhavige problematiek betreffende de institutionele verantwoordelijkheidsverdeling tussen "
        "ketenpartners noodzaakt tot een geïntegreerde benadering waarbij multidisciplinaire samenwerking, "
        "informatiedeling overeenkomstig privacywetgeving en zorgvuldige belangenafweging centraal staan. ") * 4


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = {  # name → (how to break the small project, whether the build must still succeed)
    "nothing-broken": (lambda p: None, True),
    "a-site-text-missing-in-a-language": (
        lambda p: replace(p / "docs" / "strings.yml", re.search(r"\n  en: [^\n]*", (
            p / "docs" / "strings.yml").read_text(encoding="utf-8")).group(0), ""), False),
    "a-professional-page-below-its-target": (lambda p: write_page(p, "vak.md", "Vak", "professional", HARD), True),
    "a-victim-page-below-its-target": (lambda p: write_page(p, "moeilijk.md", "Moeilijk", "victim", HARD), False),
    "a-page-without-an-audience": (lambda p: replace(p / "docs" / "nl" / "hulp-nu.md", "audience: victim\n", ""),
                                   False),
    "an-unknown-contact": (lambda p: replace(p / "docs" / "nl" / "hulp-nu.md", "call: alarmnummer", "call: niemand"),
                           False),
    "a-quick-exit-over-http": (lambda p: replace(p / "mkdocs.yml", "quick_exit_url: https://", "quick_exit_url: http://"),
                               False),
    "an-unknown-plugin-option": (lambda p: replace(p / "mkdocs.yml", "      contact_check_days: 180",
                                                   "      contact_check_days: 180\n      contact_check_dayz: 30"), False),
    "a-broken-page-that-mkdocs-excludes": (
        lambda p: (replace(p / "mkdocs.yml", "exclude_docs: |\n", "exclude_docs: |\n  nl/concept.md\n"),
                   (p / "docs" / "nl" / "concept.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")), True),
    "a-hidden-file-mkdocs-skips": (lambda p: (p / "docs" / "nl" / ".notities.txt").write_text("x"), True),
    "a-script-file": (lambda p: (p / "docs" / "nl" / "script.js").write_text("alert(1)"), False),
    "the-site-address-from-the-environment": (
        lambda p: replace(p / "mkdocs.yml", "!ENV [INFOPUNT_SITE_URL, ", "!ENV [INFOPUNT_NO_SUCH_VARIABLE, "), True),
}


@pytest.mark.parametrize("name", BROKEN)
def test_check_and_build_reach_the_same_verdict(tmp_path, name):
    breaks, builds = BROKEN[name]
    project = small_project(tmp_path)
    breaks(project)
    build = mkdocs_build(project, tmp_path / "site")
    check = infopunt("check", cwd=project)
    assert (build.returncode == 0) == builds, build.stderr[-2000:]
    assert (check.returncode == 0) == builds, (check.stdout + check.stderr)[-2000:]


def test_annotations_for_a_pull_request_are_on_its_changed_lines_only(tmp_path):
    project = small_project(tmp_path)
    write_page(project, "lang.md", "Lang", "victim", EASY + "\nDit is een oude zin die al heel erg lang was voordat iemand "
          "deze pagina aanpaste, want er stonden veel woorden in die er niet hoefden te staan.\n")
    git_repository(project)
    git(project, "checkout", "-q", "-b", "wijziging")
    page = project / "docs" / "nl" / "lang.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nDit is een nieuwe zin die ook veel te lang is geworden "
                    "omdat de schrijver bleef doorgaan met het noemen van allerlei dingen zonder te stoppen.\n",
                    encoding="utf-8")
    git(project, "commit", "-qam", "Wijziging")
    everything = infopunt("check", "--format", "github", cwd=project)
    changed = infopunt("check", "--format", "github", "--changed-since", "main", cwd=project)
    assert everything.returncode == changed.returncode == 0
    new_line = len(page.read_text(encoding="utf-8").splitlines())
    long_lines = re.findall(r"::warning file=docs/nl/lang\.md,line=(\d+),title=long-sentence::", changed.stdout)
    assert long_lines == [str(new_line)]  # the new long sentence, not the old one
    assert len(re.findall(r"title=long-sentence::", everything.stdout)) == 2
    hulp = project / "docs" / "nl" / "hulp-nu.md"
    hulp.write_text(hulp.read_text(encoding="utf-8").replace("call: alarmnummer", "call: niemand"), encoding="utf-8")
    broken = infopunt("check", "--format", "github", "--changed-since", "main", cwd=project)
    line = hulp.read_text(encoding="utf-8").splitlines().index("{{ call: niemand }}") + 1
    assert broken.returncode == 1
    assert f"::error file=docs/nl/hulp-nu.md,line={line},title=check::unknown contact 'niemand'" in broken.stdout
    assert "docs/nl/index.md" not in broken.stdout
