"""A real `mkdocs build` of the site: languages, switcher, contacts, and refusing bad pages."""

from __future__ import annotations

import re
import shutil
import urllib.request

import pytest

from conftest import (ALL_PAGES, BIN, EASY, FAKETIME, LANGUAGES, OFFICIAL_DUTCH, Tags, files, infopunt, kept,
                      mkdocs_build, mkdocs_serve, page, require, run, small_project, write_page)


def test_site_name_and_navigation_are_translated(built_site):
    english = (built_site / "en" / "index.html").read_text()
    dutch = (built_site / "index.html").read_text()
    assert "Information point on human trafficking" in english
    assert "Am I a victim?" in english and "Ben ik slachtoffer?" not in english
    assert "Ben ik slachtoffer?" in dutch


def test_contact_cards_show_tel_links_with_labels_in_the_page_language(built_site):
    dutch = (built_site / "hulp-nu" / "index.html").read_text()
    english = (built_site / "en" / "hulp-nu" / "index.html").read_text()
    button = '<a class="infopunt-call__button" href="tel:{}"><span>{} <bdi dir="ltr">{}</bdi></span></a>'
    assert button.format("09008844", "Bel", "0900 8844") in dutch
    assert button.format("09008844", "Call", "0900 8844") in english
    assert button.format("112", "Bel", "112") in dutch
    assert "{{" not in dutch + english


def test_no_page_loads_anything_from_another_site(built_site):
    for html in built_site.rglob("*.html"):
        tags = Tags(html.read_text()).tags
        for tag, attrs in tags:
            for key in ("src", "href", "srcset", "data", "poster"):
                value = attrs.get(key) or ""
                if tag == "a" or (tag == "link" and attrs.get("rel") in ("alternate", "canonical")):
                    continue
                assert not re.match(r"(https?:)?//", value), f"{html}: <{tag} {key}={value}>"


def test_a_page_below_its_b1_target_breaks_the_strict_build_and_keeps_the_old_site(tmp_path):
    project = small_project(tmp_path)
    site = tmp_path / "published"
    site.mkdir()
    (site / "index.html").write_text("previous site")
    write_page(project, "moeilijk.md", "Moeilijk", "victim", OFFICIAL_DUTCH)
    result = mkdocs_build(project, site)
    assert result.returncode != 0
    assert "docs/nl/moeilijk.md: B1 score" in result.stderr
    assert "below the target 60 for 'victim' pages" in result.stderr
    assert (site / "index.html").read_text() == "previous site"

    lenient = mkdocs_build(project, tmp_path / "preview", strict=False)
    assert lenient.returncode == 0
    assert "WARNING" in lenient.stderr and "moeilijk.md: B1 score" in lenient.stderr


def test_broken_front_matter_breaks_the_build_with_file_and_line(project, tmp_path):
    help_page = project / "docs" / "nl" / "hulp-nu.md"
    help_page.write_text(help_page.read_text().replace("audience: all", "audience: everyone"))
    rights = project / "docs" / "en" / "slachtoffer" / "rechten.md"
    rights.write_text(rights.read_text().replace("title: ", "title: [unclosed ", 1))
    site = tmp_path / "published"
    site.mkdir()
    (site / "index.html").write_text("previous site")
    result = mkdocs_build(project, site, strict=False)
    assert result.returncode != 0
    assert "docs/nl/hulp-nu.md:4: audience 'everyone' is not one of victim, citizen, professional, all" in result.stderr
    assert re.search(r"docs/en/slachtoffer/rechten\.md:\d: front matter is not valid YAML", result.stderr)
    assert "2 problem(s) in the pages" in result.stderr
    assert (site / "index.html").read_text() == "previous site"


def test_missing_front_matter_field_is_named(project, tmp_path):
    page = project / "docs" / "en" / "over" / "privacy.md"
    page.write_text(re.sub(r"last_reviewed: .*\n", "", page.read_text()))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/en/over/privacy.md:1: front matter has no 'last_reviewed'" in result.stderr


def test_unknown_contact_breaks_the_build_with_file_and_line(project, tmp_path):
    page = project / "docs" / "nl" / "hulp-nu.md"
    lines = page.read_text().split("\n")
    lines.insert(8, "\n{{ contact: onbekend }}\n")
    page.write_text("\n".join(lines))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/nl/hulp-nu.md:10: unknown contact 'onbekend'" in result.stderr


def test_serve_warns_about_a_b1_miss_and_keeps_the_preview_running(tmp_path):
    project = small_project(tmp_path)
    write_page(project, "moeilijk.md", "Moeilijk", "all", OFFICIAL_DUTCH)
    server, address, output = mkdocs_serve(project, "--no-livereload")
    try:
        with urllib.request.urlopen(f"{address}/moeilijk/") as response:
            assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    log = "".join(output)
    assert "WARNING" in log and "docs/nl/moeilijk.md: B1 score" in log


def test_a_page_in_a_language_the_engine_does_not_know_is_reported_not_measured(project, tmp_path):
    page = project / "docs" / "fr" / "index.md"
    page.parent.mkdir()
    page.write_text("---\ntitle: Accueil\ndescription: x\naudience: all\nlast_reviewed: 2026-11-01\n"
                    "translation: {status: machine, source: nl, source_reviewed: 2026-11-01}\n---\n\n"
                    "Bonjour.\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0
    assert "docs/fr/index.md: B1 not measured: language 'fr' is not supported yet" in result.stderr


def test_a_contact_without_a_source_or_broken_yaml_stops_the_build_with_its_line(project, tmp_path):
    contacts = project / "docs" / "contacts.yml"
    original = contacts.read_text(encoding="utf-8")
    lines = original.split("\n")
    police = lines.index("  politie:") + 1
    source = next(i for i in range(police, len(lines)) if lines[i].startswith("    source:"))
    contacts.write_text("\n".join(lines[:source] + lines[source + 1:]), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/contacts.yml:{police}: contact 'politie': has no 'source'" in result.stderr
    contacts.write_text(original.replace("  politie:\n", "  politie: [\n", 1), encoding="utf-8")
    broken = mkdocs_build(project, tmp_path / "site")
    assert broken.returncode != 0 and re.search(r"docs/contacts\.yml:\d+: not valid YAML", broken.stderr)


def test_a_call_button_for_a_contact_without_a_phone_number_is_refused_with_its_line(project):
    page = project / "docs" / "nl" / "index.md"
    page.write_text(page.read_text().replace("{{ call: alarmnummer }}", "{{ call: fier }}"))
    result = infopunt("check", cwd=project)
    assert result.returncode != 0
    assert re.search(r"docs/nl/index\.md:\d+: contact 'fier' has no phone number to call", result.stdout)


def test_links_keep_their_history_entries_when_the_site_option_says_so(tmp_path):
    project = small_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("replace_history: true", "replace_history: false"))
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<div class="infopunt-safety">' in home and "data-replace-history" not in home


def test_links_replace_the_history_entry_by_default(built_site):
    assert '<div class="infopunt-safety" data-replace-history>' in (built_site / "index.html").read_text()


def test_an_unknown_source_id_stops_the_build_with_file_and_line(project, tmp_path):
    page = project / "docs" / "nl" / "hulp-nu.md"
    page.write_text(page.read_text().replace("sources: [wegwijzer-melden,", "sources: [verzonnen-bron, wegwijzer-melden,"))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0 and not (tmp_path / "site").exists()
    assert "docs/nl/hulp-nu.md:6: unknown source 'verzonnen-bron'" in result.stderr


def test_a_source_without_its_address_is_refused_with_its_line(project):
    register = project / "docs" / "sources.yml"
    register.write_text(register.read_text().replace('    url: "https://ind.nl/Paginas/Mensenhandel.aspx"\n', "", 1))
    result = infopunt("check", cwd=project)
    assert result.returncode == 2
    assert re.search(r"docs/sources\.yml:\d+: source 'ind-mensenhandel': has no 'url'", result.stderr)


def test_an_organisation_whose_source_is_not_in_the_register_is_refused_with_its_line(project):
    register = project / "docs" / "sources.yml"
    register.write_text(register.read_text().replace("  FairWork: [fairwork-faq]", "  FairWork: [fairwork-site]"))
    result = infopunt("check", cwd=project)
    assert result.returncode == 2
    assert re.search(r"docs/sources\.yml:\d+: organisation 'FairWork' needs a list of ids of sources", result.stderr)


def test_sources_lists_each_page_with_its_sources_and_the_pages_without(project):
    privacy = project / "docs" / "nl" / "over" / "privacy.md"
    privacy.write_text(privacy.read_text().replace("sources: [incognito-uitleg]\n", ""))
    result = infopunt("sources", cwd=project)
    assert result.returncode == 0
    assert re.search(r"docs/nl/slachtoffer/rechten\.md\tind-mensenhandel\tIND .*\thttps://ind\.nl/", result.stdout)
    assert "page(s) without sources:" in result.stdout and "  docs/nl/over/privacy.md" in result.stdout


def test_two_builds_in_other_folders_at_another_date_are_byte_identical(built_site, project, tmp_path):
    """Dates in the output come from the content, never the clock; no path of the build folder
    leaks in. The second build runs two years on (faketime): every page is then due for review,
    which warns but never fails a strict build."""
    require(FAKETIME, "faketime")
    later = run(str(FAKETIME), "2028-12-01 12:00:00", str(BIN / "mkdocs"), "build", "--strict",
                "--site-dir", str(tmp_path / "later"), cwd=project)
    assert later.returncode == 0, later.stderr[-2000:]
    assert "WARNING -  review due: docs/nl/index.md:5: review due since" in later.stderr
    first, second = files(built_site), files(tmp_path / "later")
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_the_build_shortcuts_leave_the_output_as_mkdocs_static_i18n_makes_it(built_site, project, tmp_path):
    """Skipping mkdocs-static-i18n's alternates, reusing compiled templates and listing the
    theme's files once (buildspeed.py) change nothing in the site: built with them (built_site)
    and without them, file by file."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      contact_check_days: 180\n", "      contact_check_days: 180\n      build_shortcuts: false\n"),
        encoding="utf-8")
    assert mkdocs_build(project, tmp_path / "plain").returncode == 0
    fast, plain = files(built_site), files(tmp_path / "plain")
    assert sorted(fast) == sorted(plain)
    assert [name for name in fast if fast[name] != plain[name]] == []


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_build_in_parallel_parts_is_the_site_a_single_build_makes(built_site, project, tmp_path, jobs):
    result = infopunt("build", "--jobs", str(jobs), "--site-dir", str(tmp_path / "public"), cwd=project)
    assert result.returncode == 0, result.stderr[-2000:]
    # each part renders nothing: it uses the pages built_site's build kept (that build names
    # mkdocs.yml in full, this one relatively)
    assert set(re.findall(r"Pages: (\d+) pages rendered", result.stderr)) == {"0"}, result.stderr[-2000:]
    single, parts = files(built_site), files(tmp_path / "public")
    assert sorted(parts) == sorted(single)
    assert [name for name in single if single[name] != parts[name]] == []
    assert [p.name for p in (tmp_path / ".public.releases").iterdir()] == [(tmp_path / "public").resolve().name]


def test_a_problem_in_a_language_another_part_builds_fails_the_whole_build(project, tmp_path):
    chinese = project / "docs" / "zh" / "over" / "index.md"
    chinese.write_text(chinese.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    result = infopunt("build", "--jobs", "2", "--site-dir", str(tmp_path / "public"), cwd=project)
    assert result.returncode != 0 and "docs/zh/over/index.md" in result.stderr
    assert not (tmp_path / "public").exists() and list((tmp_path / ".public.releases").iterdir()) == []


def test_a_build_renders_again_only_what_changed_and_makes_the_site_a_full_build_makes(built_site, project, tmp_path):
    """A build keeps the pages it rendered (pagecache.py); the next build renders again only the
    pages whose text, navigation or translations changed. Here one sentence of a Dutch page
    changes: that page and its translations (now outdated) are rendered, the rest is kept.
    Changed back, those pages are rendered again, and the site is the one a build without kept
    pages made (built_site), file for file."""
    dutch = project / "docs" / "nl" / "hulp-nu.md"
    original = dutch.read_text(encoding="utf-8")
    dutch.write_text(original.replace("Bel dan meteen 112.", "Bel dan direct 112."), encoding="utf-8")
    changed = mkdocs_build(project, tmp_path / "changed")
    assert changed.returncode == 0, changed.stderr[-2000:]
    rendered, unchanged = kept(changed)
    assert 1 <= rendered <= len(LANGUAGES) and rendered + unchanged == len(LANGUAGES) * len(ALL_PAGES)
    assert "Bel dan direct 112." in page(tmp_path / "changed", "nl", "hulp-nu/")
    dutch.write_text(original, encoding="utf-8")
    back = mkdocs_build(project, tmp_path / "back")
    assert kept(back) == (rendered, unchanged)
    assert files(tmp_path / "back") == files(built_site)


def test_a_new_title_renders_again_every_page_that_shows_it(tmp_path):
    project = small_project(tmp_path)
    assert kept(mkdocs_build(project, tmp_path / "one")) == (2 * len(LANGUAGES), 0)
    assert kept(mkdocs_build(project, tmp_path / "two")) == (0, 2 * len(LANGUAGES))
    write_page(project, "hulp-nu.md", "Nu hulp", "victim", EASY)  # its title is in both pages' navigation
    assert kept(mkdocs_build(project, tmp_path / "three")) == (2 * len(LANGUAGES), 0)
    shutil.rmtree(project / ".cache")
    assert kept(mkdocs_build(project, tmp_path / "four")) == (2 * len(LANGUAGES), 0)
    assert files(tmp_path / "three") == files(tmp_path / "four")


def test_a_kept_page_never_hides_a_warning(tmp_path):
    """A page built with a warning is not kept: every build warns again until it is fixed."""
    project = small_project(tmp_path)
    write_page(project, "hulp-nu.md", "Hulp nu", "victim", EASY + "\n[Meer](nergens.md)\n")
    warned = []
    for build in ("one", "two"):
        result = mkdocs_build(project, tmp_path / build, strict=False)
        assert result.returncode == 0
        warned.append(result.stderr.count("contains a link 'nergens.md'"))
    assert warned == [len(LANGUAGES), len(LANGUAGES)]  # hulp-nu.md, in each language's build
    assert kept(result) == (0, 2 * len(LANGUAGES))  # its Markdown is rendered again; the same page comes out
