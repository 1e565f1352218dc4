"""The check of what is published, through the real `mkdocs build --strict`: a corpus of hostile
input (tests/data/published/hostile.yml) is refused, each case naming its page, line and what
is wrong; benign input (benign.yml) builds and comes out escaped. Each corpus is one build."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from conftest import ROOT, copy_project, infopunt, mkdocs_build, small_project
from infopunt.checks import published

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
    """The hostile pages, built together in Dutch beside the small site's pages."""
    work = tmp_path_factory.mktemp("hostile")
    project = small_project(work)
    names = write_corpus(project, HOSTILE)
    return SimpleNamespace(names=names, result=mkdocs_build(project, work / "site", languages="nl"),
                           site=work / "site")


@pytest.fixture(scope="module")
def benign_build(tmp_path_factory, built_site):
    """The benign pages, and markup in site texts, contact texts, a navigation title and the site's
    name, which all come out escaped (built in Dutch and Polish, with the B1 scores built_site kept)."""
    work = tmp_path_factory.mktemp("benign")
    project = copy_project(work, caches=True)
    write_corpus(project, BENIGN)
    for data_file, (text, addition) in DATA_TEXTS.items():
        inject(project / data_file, text, addition)
    inject(project / "mkdocs.yml", NAV_TITLE, "<img src=x onerror=alert(1)>")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_name: Infopunt mensenhandel", "site_name: Infopunt <b>mensenhandel</b>"), encoding="utf-8")
    windows = case_page(0, {"text": "Een pagina uit een Windows-editor.", "where": "body"})
    (project / "docs" / "nl" / "corpus" / "windows.md").write_bytes(
        b"\xef\xbb\xbf" + windows.replace("Testpagina 0", "Windows-pagina").replace("\n", "\r\n").encode())
    return mkdocs_build(project, work / "site", languages="nl,pl"), work / "site"


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


def test_a_problem_made_by_a_data_file_is_named_at_its_line(tmp_path):
    page, strings = tmp_path / "page.md", tmp_path / "strings.yml"
    page.write_text("---\ntitle: Pagina\n---\n\nTekst.\n")
    strings.write_text("note:\n  nl: gewoon\n  pl: <img src=x onerror=alert(1)>\n")
    problem = published.Problem("event handler 'onerror' on <img>", "advice", ("alert(1)",), ("onerror",), False)
    finding = published.locate(problem, page, [strings], {page: "page.md", strings: "docs/strings.yml"})
    assert (finding.path, finding.line) == ("docs/strings.yml", 3)


def test_site_texts_contact_texts_navigation_titles_and_site_name_come_out_escaped(benign_build):
    _, site = benign_build
    html = (site / "pl" / "slachtoffer" / "rechten" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(2)&gt;" in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html and "<script>alert(3)" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;Czy jestem ofiarą?" in html
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Infopunt &lt;b&gt;mensenhandel" in home and "<b>mensenhandel" not in home


def test_a_page_from_a_windows_editor_builds(benign_build):
    """A byte-order mark and CRLF line ends are fine."""
    _, site = benign_build
    html = (site / "corpus" / "windows" / "index.html").read_text(encoding="utf-8")
    assert "<title>Windows-pagina - " in html and "Een pagina uit een Windows-editor." in html


def test_data_files_refuse_tags_aliases_and_repeated_keys_with_their_line(project, tmp_path):
    contacts, strings = project / "docs" / "contacts.yml", project / "docs" / "strings.yml"
    original = contacts.read_text(encoding="utf-8")
    contacts.write_text(original.replace('phone: "112"', 'phone: !!str "112"'), encoding="utf-8")
    line = original[:original.index('phone: "112"')].count("\n") + 1
    assert f"docs/contacts.yml:{line}: not valid YAML: tags such as" in infopunt("check", cwd=project).stderr
    contacts.write_text(original, encoding="utf-8")
    text = strings.read_text(encoding="utf-8")
    strings.write_text(text + "extra: &a {nl: x}\nnog: *a\n", encoding="utf-8")
    line = text.count("\n") + 1
    assert f"docs/strings.yml:{line}: not valid YAML: anchors and aliases" in mkdocs_build(project, tmp_path / "site").stderr
    strings.write_text(text.replace("machine_note:\n", "machine_note:\n  nl: twee keer\n", 1), encoding="utf-8")
    assert "not valid YAML: the key 'nl' is given twice" in mkdocs_build(project, tmp_path / "site").stderr


def test_files_and_pages_that_are_not_safe_to_publish_are_refused_with_file_and_line(project, tmp_path):
    docs = project / "docs"
    page = docs / "nl" / "over" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nTekst met een\x00NUL.\n", encoding="utf-8")
    nul_line = page.read_text(encoding="utf-8").count("\n")
    twice = docs / "nl" / "over" / "privacy.md"
    twice.write_text(twice.read_text(encoding="utf-8").replace("title: Privacy\n", "title: Privacy\ntitle: Anders\n"))
    (docs / "nl" / "leeg.md").write_text("\n\n")
    (docs / "nl" / "pagina.html").write_text("<script>alert(1)</script>")
    (docs / "nl" / "beeld.svg").write_text('<svg onload="alert(1)"/>')
    (docs / "los.md").write_text("---\ntitle: Los\n---\n")
    (tmp_path / "geheim.txt").write_text("geheim")
    (docs / "nl" / "link.png").symlink_to(tmp_path / "geheim.txt")
    result = infopunt("check", cwd=project)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    expected = [f"docs/nl/over/index.md:{nul_line}: control character U+0000",
                "docs/nl/over/privacy.md:3: front matter is not valid YAML: the key 'title' is given twice",
                "docs/nl/leeg.md:1: the page is empty", "docs/nl/pagina.html:1: a '.html' file would be published",
                "docs/nl/beeld.svg:1: a '.svg' file would be published", "docs/los.md:1: a page outside a language",
                "docs/nl/link.png:1: a link to a file or folder outside docs/"]
    for message in expected:
        assert message in out, out[-3000:]


PATHOLOGICAL = {  # page → (its body, what the build says); each would take minutes or overflow the stack
    "groot": (("Dit is een gewone zin met een paar woorden. " * 8 + "\n\n") * 8000,
              ":1: the page has 2,832,123 characters, more than 256,000"),
    "lang": ("a" * 200_000 + "\n", ":10: the line has 200,000 characters, more than 5,000"),
    "haken": ("[" * 4000 + "x" + "]" * 4000 + "\n", ":10: the line has 8,001 characters"),
    "citaat": (">" * 5000 + " tekst\n", ":10: quotes or lists are nested more than 16 levels deep"),
    "lijst": ("".join("    " * level + "- punt\n" for level in range(40)), ":27: quotes or lists are nested"),
    "html": ("<div markdown>\n" * 3000 + "x\n" + "</div>\n" * 3000, ":26: HTML elements are nested more than 16"),
}


def test_pathological_pages_stop_the_build_at_once_with_a_named_error(project, tmp_path):
    """Each fails before anything is rendered (the run's timeout turns a hang into a failure)."""
    for name, (body, _) in PATHOLOGICAL.items():
        page = case_page(0, {"text": "Tekst."}).replace("Tekst.\n", body)
        (project / "docs" / "nl" / f"{name}.md").write_text(page, encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    for name, (_, message) in PATHOLOGICAL.items():
        assert f"docs/nl/{name}.md{message}" in result.stderr, name


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
