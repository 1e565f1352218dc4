"""Hand-off to translators: `infopunt export` writes a page's Dutch segments as PO or XLIFF,
`infopunt import` writes the translated page back with its structure, links and shortcodes."""

from __future__ import annotations

import pytest
from translate.storage import pypo, xliff

from conftest import CHANGED_PAGE as PAGE
from conftest import LANGUAGES, ROOT, change_dutch_sentence, git_repository, infopunt, run
from infopunt import pages
from infopunt.pages import segments, translations
from infopunt.reports import handoff

DUTCH_PAGES = sorted(path.relative_to(ROOT / "docs" / "nl").as_posix() for path in (ROOT / "docs" / "nl").rglob("*.md"))


def test_every_page_in_every_language_splits_into_segments_and_renders_back_byte_for_byte():
    paths = sorted((ROOT / "docs").glob("*/**/*.md"))
    assert len(paths) == len(DUTCH_PAGES) * len(LANGUAGES)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert segments.Template(text).render({}) == text, path


def test_segments_leave_markup_shortcodes_and_code_out_and_keep_lines():
    text = ("---\ntitle: Hulp\naudience: victim\n---\n\n# Hulp nu\n\nBel ons.\nWe helpen je.\n\n"
            "{{ call: alarmnummer }}\n\n- [Lees meer](meer.md)\n- Tweede punt\n\n```\ncode\n```\n\n"
            '| Wie | Wat |\n|---|---|\n| Politie | 112 |\n\n!!! warning "Let op"\n    Tekst.\n')
    found = [(s.id, s.kind, s.line, s.source) for s in segments.Template(text).segments]
    assert found == [("title", "front matter", 2, "Hulp"), ("s1", "heading", 6, "Hulp nu"),
                     ("s2", "paragraph", 8, "Bel ons. We helpen je."), ("s3", "paragraph", 13, "[Lees meer](meer.md)"),
                     ("s4", "paragraph", 14, "Tweede punt"), ("s5", "cell", 20, "Wie"), ("s6", "cell", 20, "Wat"),
                     ("s7", "cell", 22, "Politie"), ("s8", "cell", 22, "112"),
                     ("s9", "admonition title", 24, "Let op"), ("s10", "paragraph", 25, "Tekst.")]


@pytest.mark.parametrize("kind", sorted(handoff.FORMATS))
def test_export_then_import_without_translating_gives_every_dutch_page_back(project, tmp_path, kind):
    docs = project / "docs"
    for page in DUTCH_PAGES:
        target = docs / "en" / page
        file = tmp_path / f"page{handoff.FORMATS[kind]}"
        file.write_bytes(handoff.export(handoff.Pair.of(target, docs, "nl"), "nl", kind))
        handoff.import_file(file, docs, "nl", "machine")
        dutch, imported = pages.read(docs / "nl" / page, "nl"), pages.read(target, "en")
        assert imported.body == dutch.body, page
        for key in ("title", "description", "audience", "last_reviewed"):
            assert imported.front.data.get(key) == dutch.front.data.get(key), (page, key)
        block = imported.front.data["translation"]
        assert block["status"] == "machine" and block["source_fingerprint"] == translations.fingerprint(dutch.body)


def test_every_translation_comes_back_through_a_translators_file_with_its_links_and_shortcodes(project, tmp_path):
    """Each translation's own texts, put into its exported PO file as a translator would, import
    to the same segments (structure, links, shortcodes intact); the site then passes its check."""
    docs = project / "docs"
    for lang in LANGUAGES[1:]:
        for page in DUTCH_PAGES:
            target = docs / lang / page
            existing = segments.Template(target.read_text(encoding="utf-8")).segments
            store = pypo.pofile.parsestring(handoff.export(handoff.Pair.of(target, docs, "nl"), "nl", "po"))
            texts = {segment.id: segment.source for segment in existing}
            for unit in store.units:
                if not unit.isheader():
                    unit.target = texts[unit.getcontext()]
            file = tmp_path / f"{lang}.po"
            file.write_bytes(bytes(store))
            handoff.import_file(file, docs, "nl", "machine")
            assert [s.source for s in segments.Template(target.read_text(encoding="utf-8")).segments] == \
                [s.source for s in existing], target
    result = infopunt("check", cwd=project)
    assert result.returncode == 0, result.stdout[:3000]


def test_an_import_that_loses_a_link_or_follows_an_older_dutch_text_is_refused(project, tmp_path):
    docs = project / "docs"
    target = docs / "en" / "index.md"
    exported = handoff.export(handoff.Pair.of(target, docs, "nl"), "nl", "xliff")
    store = xliff.xlifffile.parsestring(exported)
    linked = next(unit for unit in store.units if "](hulp-nu.md)" in unit.source)
    linked.target = "I need help now"
    file = tmp_path / "index.xlf"
    file.write_bytes(bytes(store))
    before = target.read_text(encoding="utf-8")
    result = infopunt("import", str(file), "--status", "reviewed", cwd=project)
    unit_id = linked.getid().split("\x04")[-1]
    assert result.returncode == 2
    assert f'trans-unit id="{unit_id}": the translation of \'{unit_id}\' must keep ](hulp-nu.md)' in result.stderr
    assert target.read_text(encoding="utf-8") == before  # nothing written
    file.write_bytes(exported)
    dutch = docs / "nl" / "index.md"
    dutch.write_text(dutch.read_text(encoding="utf-8").replace("Kies wat bij jou past.", "Kies wat past."),
                     encoding="utf-8")
    result = infopunt("import", str(file), "--status", "reviewed", cwd=project)
    assert result.returncode == 2 and "docs/nl/index.md changed after this file was exported" in result.stderr


def test_only_the_changed_dutch_sentences_go_to_the_translator_and_come_back_into_the_page(project, tmp_path):
    git_repository(project)
    change_dutch_sentence(project)
    file = tmp_path / "rechten.po"
    assert infopunt("export", f"docs/pl/{PAGE}", "--changed", "-o", str(file), cwd=project).returncode == 0
    store = pypo.pofile.parsestring(file.read_bytes())
    units = [unit for unit in store.units if not unit.isheader()]
    assert [unit.source.split("? ")[1].split(" Op ")[0] for unit in units] == ["Dan heb je rechten, ook zonder papieren."]
    units[0].target = ("Może jesteś ofiarą handlu ludźmi? Wtedy masz prawa, także bez dokumentów. Na tej stronie "
                       "przeczytasz, jakie to prawa. Masz pytania o swoje prawa? Linia pomocy CoMensha może ci je "
                       "wyjaśnić.")
    file.write_bytes(bytes(store))
    polish = project / "docs" / "pl" / PAGE
    before = segments.Template(polish.read_text(encoding="utf-8")).segments
    result = infopunt("import", str(file), "--status", "machine", cwd=project)
    assert result.returncode == 0, result.stderr
    after = segments.Template(polish.read_text(encoding="utf-8")).segments
    changed = units[0].getcontext()
    assert {s.id: s.source for s in after} == {**{s.id: s.source for s in before}, changed: units[0].target}
    state = infopunt("translations", "--format", "json", cwd=project)
    assert state.returncode == 1 and not state.stderr, state.stderr  # outdated in the other languages
    state = state.stdout
    assert f'"page": "{PAGE}",\n    "lang": "pl",\n    "state": "current"' in state
    shallow = tmp_path / "shallow"
    run("git", "clone", "-q", "--depth", "1", f"file://{project}", str(shallow))
    result = infopunt("export", f"docs/en/{PAGE}", "--changed", cwd=shallow)
    assert result.returncode == 2 and "not in the git history (a shallow clone?)" in result.stderr
