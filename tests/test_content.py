"""Content guarded mechanically: every translation states the same numbers as its Dutch page
(durations, ages, phone numbers, articles), written as digits, and names the same
organisations (those in the sources register); every Dutch page lists its sources; every phone
number in a page's prose is a number from docs/contacts.yml."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from infopunt import pages
from infopunt.pages import sources

DOCS = ROOT / "docs"
LANGUAGES = ["en", "pl", "ro", "bg", "uk", "ar", "es", "pt", "zh"]
SHORTCODE_OR_LINK_TARGET = re.compile(r"\{\{.*?\}\}|\]\([^)]*\)")
THOUSANDS = re.compile(r"(?<=\d)[.,\u00a0\u202f](?=\d{3}(?!\d))")  # 5.900, 5,900 → 5900
NUMBER = re.compile(r"\d+")
WHOLE_HOUR = re.compile(r"(?<=\d):00(?!\d)")  # 9:00 → 9: the Dutch writes "van 9 tot 17 uur"
CJK_MONTH = re.compile(r"(?<=年)\d{1,2}(?=月)")  # 2026年7月15日: the Dutch writes the month as a word
PHONE = re.compile(r"(?<![\w/])(?:\+\d{2}|0\d{2,3})(?:[ -]?\d{2,4}){1,4}(?![\w/])")


def prose(path: Path) -> str:
    """The page body without front matter, shortcodes and link targets."""
    return SHORTCODE_OR_LINK_TARGET.sub(" ", pages.read(path).body)


def numbers(text: str) -> Counter:
    return Counter(NUMBER.findall(CJK_MONTH.sub("", WHOLE_HOUR.sub("", THOUSANDS.sub("", text)))))


def dutch_pages() -> list[Path]:
    return sorted((DOCS / "nl").rglob("*.md"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_states_the_same_numbers_as_its_dutch_page(lang):
    differences = []
    for dutch in dutch_pages():
        page = DOCS / lang / dutch.relative_to(DOCS / "nl")
        if not page.exists():
            continue
        want, got = numbers(prose(dutch)), numbers(prose(page))
        if want != got:
            differences.append((page.relative_to(ROOT).as_posix(), dict(want - got), dict(got - want)))
    assert differences == [], "(page, missing, extra)"


def organisations_named(text: str, register: sources.Register) -> set[str]:
    return {name for name in register.organisations
            if re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_names_the_same_organisations_as_its_dutch_page(lang):
    register = sources.load(DOCS / "sources.yml")
    differences = []
    for dutch in dutch_pages():
        page = DOCS / lang / dutch.relative_to(DOCS / "nl")
        if page.exists():
            want, got = organisations_named(prose(dutch), register), organisations_named(prose(page), register)
            if want != got:
                differences.append((page.relative_to(ROOT).as_posix(), sorted(want - got), sorted(got - want)))
    assert differences == [], "(page, missing, extra)"


def test_every_dutch_page_lists_its_sources():
    """Translations share the sources of their Dutch page; the build checks that the ids exist."""
    unsourced = [page.relative_to(ROOT).as_posix() for page in dutch_pages()
                 if not pages.read(page).front.data.get("sources")]
    assert unsourced == []


def test_phone_numbers_in_the_text_are_known_contacts():
    contacts = yaml.safe_load((DOCS / "contacts.yml").read_text(encoding="utf-8"))["contacts"]
    known = {re.sub(r"\D", "", str(contact[key])) for contact in contacts.values()
             for key in ("phone", "phone_abroad") if key in contact}
    unknown = [(page.relative_to(ROOT).as_posix(), number) for page in sorted(DOCS.rglob("*.md"))
               for number in PHONE.findall(prose(page)) if re.sub(r"\D", "", number) not in known]
    assert unknown == []


def test_the_phone_pattern_finds_numbers_as_editors_write_them():
    text = "Bel 0900 8844, 033 448 11 86, +31 70 333 44 44 of 0800-7000; niet 2026-12-03 of 09:00."
    assert PHONE.findall(text) == ["0900 8844", "033 448 11 86", "+31 70 333 44 44", "0800-7000"]
