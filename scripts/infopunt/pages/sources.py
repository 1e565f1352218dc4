"""The register of sources (docs/sources.yml): where the site's facts come from.

Each source has an id, a title, a publisher, an https address and the date it was consulted.
A page names the sources of its facts in its front matter (`sources: [ind-mensenhandel, …]`);
a translation shares the sources of the page it translates. An unknown id, or a register
entry that lacks a field, is an error with file and line. The register also names the
organisations the site may send people to, each with the sources that confirm it: the content
test holds every translation to the organisations its Dutch page names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from infopunt.findings import Finding, InputError, display_path
from infopunt.pages import schemas, yamlfile, Page

FIELDS = ("title", "publisher", "url", "consulted")


@dataclass
class Register:
    path: str
    sources: dict[str, dict]
    organisations: dict[str, list[str]] = field(default_factory=dict)  # name → ids of its sources

    def findings(self, page: Page) -> list[Finding]:
        """Problems with the page's `sources:` list: not a list of ids, or ids not in the register."""
        if "sources" not in page.front.data:
            return []
        line = page.front.lines.get("sources", 1)
        listed = page.front.data["sources"]
        if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
            return [Finding(page.path, line, "error", "'sources' must be a list of source ids",
                            f"Write e.g. 'sources: [ind-mensenhandel]', with ids from {self.path}.")]
        return [Finding(page.path, line, "error", f"unknown source '{item}'",
                        f"Add it to {self.path} (title, publisher, url, consulted) or use one of its ids.")
                for item in listed if item not in self.sources]


def load(path: Path) -> Register:
    """Read and check the register; every problem is an InputError naming its line."""
    shown = display_path(path)
    data, node = yamlfile.read(path, "the sources register")
    if not isinstance(data, dict) or not isinstance(data.get("sources"), dict):
        raise InputError(shown, "needs a 'sources:' mapping of id → title, publisher, url, consulted", 1)
    lines = yamlfile.section_lines(node, "sources")
    for source_id, entry in data["sources"].items():
        problem = _problem(entry)
        if problem:
            raise InputError(shown, f"source '{source_id}': {problem}", lines.get(source_id, 1))
    organisations = data.get("organisations") or {}
    if not isinstance(organisations, dict):
        raise InputError(shown, "'organisations' must be a mapping of name → [source ids]", 1)
    for name, listed in organisations.items():
        if not isinstance(listed, list) or not listed or any(item not in data["sources"] for item in listed):
            raise InputError(shown, f"organisation '{name}' needs a list of ids of sources in this register",
                             yamlfile.section_lines(node, "organisations").get(name, 1))
    return Register(shown, data["sources"], organisations)


def _problem(entry) -> str | None:
    if not isinstance(entry, dict):
        return "must be a mapping of " + ", ".join(FIELDS)
    return schemas.problem(schemas.Source, entry)
