"""`infopunt check` and the build agree by construction: both read mkdocs.yml through MkDocs'
own loader and run the plugin's one check of the sources. Each broken input below is given to
both; they must reach the same verdict."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, infopunt, mkdocs_build

PAGE = """---
title: {title}
description: Een korte pagina.
audience: {audience}
last_reviewed: 2026-11-24
---

# {title}

{body}
"""
EASY = "Je kunt altijd hulp vragen. Bel 112 als je in gevaar bent.\n\n{{ call: alarmnummer }}\n"
HARD = ("De onderhavige problematiek betreffende de institutionele verantwoordelijkheidsverdeling tussen "
        "ketenpartners noodzaakt tot een geïntegreerde benadering waarbij multidisciplinaire samenwerking, "
        "informatiedeling overeenkomstig privacywetgeving en zorgvuldige belangenafweging centraal staan. ") * 4


def small_project(folder: Path) -> Path:
    """The real configuration, theme and data files with two Dutch pages (shown in every language)."""
    project = folder / "project"
    (project / "docs" / "nl").mkdir(parents=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config[:config.index("\nnav:\n")] + "\n", encoding="utf-8")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    for name in ("contacts.yml", "strings.yml", "sources.yml"):
        shutil.copy(ROOT / "docs" / name, project / "docs" / name)
    write(project, "index.md", "Start", "all", EASY + "\n[Hulp nu](hulp-nu.md)\n")
    write(project, "hulp-nu.md", "Hulp nu", "victim", EASY)
    return project


def write(project: Path, name: str, title: str, audience: str, body: str) -> Path:
    path = project / "docs" / "nl" / name
    path.write_text(PAGE.format(title=title, audience=audience, body=body), encoding="utf-8")
    return path


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = {  # name → (how to break the small project, whether the build must still succeed)
    "nothing-broken": (lambda p: None, True),
    "a-site-text-missing-in-a-language": (
        lambda p: replace(p / "docs" / "strings.yml", re.search(r"\n  en: [^\n]*", (
            p / "docs" / "strings.yml").read_text(encoding="utf-8")).group(0), ""), False),
    "a-professional-page-below-its-target": (lambda p: write(p, "vak.md", "Vak", "professional", HARD), True),
    "a-victim-page-below-its-target": (lambda p: write(p, "moeilijk.md", "Moeilijk", "victim", HARD), False),
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
