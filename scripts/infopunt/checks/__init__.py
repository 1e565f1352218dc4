"""Checks. Here: those of the sources shared by the CLI and the MkDocs plugin (front matter,
contacts, B1 readability). Beside it: the check of the published HTML (published, security)
and what is due for review (review)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from infopunt import pages
from infopunt.findings import Finding, InputError, display_path, real
from infopunt.pages import contacts, frontmatter, sources
from infopunt.readability import Cache, Measurement, measure


@dataclass
class PageResult:
    """A page's readability verdict against the target for its audience."""

    page: pages.Page
    measurement: Measurement
    target: float

    @property
    def measured(self) -> bool:
        return self.measurement.score is not None

    @property
    def passes(self) -> bool | None:
        return self.measurement.score >= self.target if self.measured else None

    def as_dict(self) -> dict:
        result = {
            "path": self.page.path,
            "lang": self.page.lang,
            "audience": self.page.audience,
            "score": self.measurement.score,
            "target": self.target,
            "passes": self.passes,
            "metrics": self.measurement.metrics,
            "findings": [f.as_dict(with_path=False) for f in self.measurement.findings],
        }
        if not self.measured:
            result["not_measured"] = self.measurement.reason
        return result


def readability(page: pages.Page, targets: dict[str, float], cache: Cache | None = None) -> PageResult:
    measurement = measure(page.body, page.lang, page.path, page.front.body_line, cache)
    return PageResult(page, measurement, targets.get(page.audience, targets["all"]))


def summary(results: list[PageResult]) -> dict:
    return {"pages": len(results), "failing": sum(1 for r in results if r.passes is False)}


@dataclass
class SiteCheck:
    """Everything the build needs to know about the site's sources."""

    results: list[PageResult]
    errors: list[Finding]  # front matter problems: the build cannot go on
    pages: dict[Path, pages.Page] = field(default_factory=dict)  # every page read, by its path


def contact_shortcodes(page: pages.Page, directory: contacts.Directory) -> list[Finding]:
    """Every contact shortcode must name a known contact that has texts in the page's language."""
    found = []
    for line, kind, contact_id in contacts.shortcodes(page.body, page.front.body_line):
        if contact_id is None:
            found.append(Finding(page.path, line, "error", "shortcode not understood",
                                 "Write a contact as {{ contact: <id> }} (a card) or {{ call: <id> }} "
                                 "(a call button) on a line of its own."))
        else:
            found.extend(Finding(page.path, line, "error", problem)
                         for problem in directory.problems_for(contact_id, page.lang, kind))
    return found


STATIC = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf"}  # files MkDocs copies as they are: inert ones only


def files(docs_dir: Path, built: list[Path]) -> list[Finding]:
    """Every file MkDocs will build from (`built`) is a page in a language folder, a data file at
    the top, or an inert file (an image, a PDF); none may lead out of `docs_dir`."""
    found = []
    root = real(docs_dir)
    for path in sorted(built):
        if not real(path).is_relative_to(root):
            found.append(Finding(display_path(path), 1, "error", "a link to a file or folder outside docs/",
                                 "Copy the file into docs/ instead of linking to it."))
        elif path.suffix == ".md":
            if pages.language_of(path, docs_dir) is None:
                found.append(Finding(display_path(path), 1, "error", "a page outside a language folder",
                                     "Move it into docs/<language>/, e.g. docs/nl/."))
        elif path.suffix == ".yml" and path.parent == docs_dir:
            continue
        elif path.suffix.lower() not in STATIC:
            found.append(Finding(display_path(path), 1, "error", f"a '{path.suffix or path.name}' file would be published "
                                 "as it is, unchecked", "Write pages in Markdown (.md); other files may only be "
                                 f"{', '.join(sorted(STATIC))}."))
    return found


def site(docs_dir: Path, built: list[Path], targets: dict[str, float], directory: contacts.Directory,
         cache: Cache | None, default_language: str, register: sources.Register | None = None,
         languages: set[str] | None = None) -> SiteCheck:
    """Check the files MkDocs will build from (`built`, see `files`), then every page in a
    language folder (of `languages` only, when given): front matter, contacts, sources, then
    readability."""
    results, errors, read = [], files(docs_dir, built), {}
    root = real(docs_dir)
    for path in sorted(path for path in built if path.suffix == ".md"):
        lang = pages.language_of(path, docs_dir)
        if lang is None or (languages is not None and lang not in languages) \
                or not real(path).is_relative_to(root):
            continue
        try:
            page = read[path] = pages.read(path, lang)
        except InputError as error:
            errors.append(error.as_finding())
            continue
        translated = lang != default_language
        problems = (frontmatter.validate(page.front, page.path, translated) + contact_shortcodes(page, directory)
                    + (register.findings(page) if register else []))
        errors.extend(problems)
        if not problems:
            results.append(readability(page, targets, cache))
    return SiteCheck(results, errors, read)
