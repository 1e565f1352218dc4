"""The check of what is published, through the real `mkdocs build --strict`: a corpus of hostile
input (tests/data/published/hostile.yml) is refused, each case naming its page, line and what
is wrong; benign input (benign.yml) builds and comes out escaped. Each corpus is one build."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from conftest import ROOT, copy_project, mkdocs_build

CORPUS = ROOT / "tests" / "data" / "published"
FIRST_BODY_LINE = 10
HOSTILE = yaml.safe_load((CORPUS / "hostile.yml").read_text(encoding="utf-8"))
BENIGN = yaml.safe_load((CORPUS / "benign.yml").read_text(encoding="utf-8"))
FRONT_LINES = {"title": 2, "description": 3}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4000000"
                    "0049454e44ae426082")


def case_page(number: int, case: dict) -> str:
    where = case.get("where", "body")
    title = case["text"] if where == "title" else f"Testpagina {number}"
    description = case["text"] if where == "description" else "Een testpagina."
    body = case["text"] if where == "body" else "Tekst."
    # professional: the B1 target is not enforced for them, so only the check of the output speaks
    return (f"---\ntitle: {yaml.safe_dump(title, width=1000).strip().removesuffix('...').strip()}\n"
            f"description: {yaml.safe_dump(description, width=1000).strip().removesuffix('...').strip()}\n"
            f"audience: professional\nlast_reviewed: 2026-12-04\n---\n\n# Testpagina {number}\n\n{body}\n")


def expected_line(case: dict) -> int:
    where = case.get("where", "body")
    if where != "body":
        return FRONT_LINES[where]
    return FIRST_BODY_LINE + case.get("line", 1) - 1


def write_corpus(project: Path, cases: list[dict]) -> list[str]:
    folder = project / "docs" / "nl" / "corpus"
    folder.mkdir()
    (folder / "a.png").write_bytes(PNG)  # the local image some cases refer to
    names = []
    for number, case in enumerate(cases, 1):
        (folder / f"case-{number:02d}.md").write_text(case_page(number, case), encoding="utf-8")
        names.append(f"docs/nl/corpus/case-{number:02d}.md")
    return names


NAV_TITLE = 'Ben ik slachtoffer?: "Czy jestem ofiarą?"'
DATA_TEXTS = {  # data file → (a text in it, what is put in front of it)
    "docs/strings.yml": ('pl: "Tę stronę przetłumaczył komputer.', "<img src=x onerror=alert(2)>"),
    "docs/contacts.yml": ('pl: "Przemoc albo znęcanie się w domu', "<script>alert(3)</script>"),
}


def inject(path: Path, text: str, addition: str) -> int:
    """Put `addition` in front of the value that starts `text`; return its line."""
    content = path.read_text(encoding="utf-8")
    key, value = text.split(": ", 1)
    assert text in content, text
    path.write_text(content.replace(text, f"{key}: {value[0]}{addition}{value[1:]}", 1), encoding="utf-8")
    return content[:content.index(text)].count("\n") + 1


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """The hostile pages, and a navigation title with an event handler (in mkdocs.yml)."""
    work = tmp_path_factory.mktemp("hostile")
    project = copy_project(work)
    names = write_corpus(project, HOSTILE)
    nav_line = inject(project / "mkdocs.yml", NAV_TITLE, "<img src=x onerror=alert(1)>")
    return SimpleNamespace(names=names, result=mkdocs_build(project, work / "site"), site=work / "site",
                           nav_line=nav_line)


@pytest.fixture(scope="module")
def benign_build(tmp_path_factory):
    """The benign pages, and markup in site texts and contact texts, which come out escaped."""
    work = tmp_path_factory.mktemp("benign")
    project = copy_project(work)
    write_corpus(project, BENIGN)
    for data_file, (text, addition) in DATA_TEXTS.items():
        inject(project / data_file, text, addition)
    return mkdocs_build(project, work / "site"), work / "site"


def test_the_corpus_covers_every_kind_of_input_with_at_least_sixty_cases():
    kinds = {case["kind"] for case in HOSTILE + BENIGN}
    assert len(HOSTILE) + len(BENIGN) >= 60
    assert {"element", "handler", "attr_list", "url", "load", "reference", "svg", "front-matter"} <= kinds


def test_hostile_input_stops_the_build_and_nothing_is_published(hostile_build):
    assert hostile_build.result.returncode != 0
    assert "problem(s) in the built pages, listed above; nothing was published." in hostile_build.result.stderr
    assert not (hostile_build.site / "_headers").exists()  # the site was not finished


@pytest.mark.parametrize("number", range(1, len(HOSTILE) + 1), ids=lambda n: f"{n:02d}-{HOSTILE[n - 1]['kind']}")
def test_each_hostile_case_is_named_with_its_file_line_and_problem(hostile_build, number):
    case, name, stderr = HOSTILE[number - 1], hostile_build.names[number - 1], hostile_build.result.stderr
    reported = [line for line in stderr.splitlines() if f"{name}:" in line]
    assert any(f"{name}:{expected_line(case)}: " in line and case["expect"] in line for line in reported), \
        reported or stderr[-2000:]


def test_a_navigation_title_with_markup_is_refused_at_its_line_in_mkdocs_yml(hostile_build):
    assert f"mkdocs.yml:{hostile_build.nav_line}: event handler 'onerror' on <img>" in hostile_build.result.stderr


def test_site_and_contact_texts_come_out_escaped(benign_build):
    _, site = benign_build
    html = (site / "pl" / "slachtoffer" / "rechten" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(2)&gt;" in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html and "<script>alert(3)" not in html


def test_benign_input_builds(benign_build):
    result, _ = benign_build
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("number", range(1, len(BENIGN) + 1), ids=lambda n: f"{n:02d}-{BENIGN[n - 1]['kind']}")
def test_each_benign_case_comes_out_as_written_and_escaped(benign_build, number):
    result, site = benign_build
    assert result.returncode == 0
    case = BENIGN[number - 1]
    html = (site / "corpus" / f"case-{number:02d}" / "index.html").read_text(encoding="utf-8")
    assert case["shows"] in html
    if "never" in case:
        assert case["never"] not in html
