"""Front matter: split it from Markdown, keep line numbers, validate the fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import yaml

from infopunt.findings import Finding
from infopunt.pages import yamlfile

AUDIENCES = ("victim", "citizen", "professional", "all")
REQUIRED = ("title", "description", "audience", "last_reviewed")


class FrontMatterSyntaxError(Exception):
    """The front matter block is not valid YAML or not a mapping."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class FrontMatter:
    """Parsed front matter, the line of each key, and where the Markdown body starts."""

    data: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)
    present: bool = False
    body_line: int = 1  # 1-based line number of the first body line


def split(text: str) -> tuple[FrontMatter, str]:
    """Separate a leading `---` YAML block from the body; line numbers are 1-based."""
    source_lines = text.splitlines(keepends=True)
    if not source_lines or source_lines[0].rstrip() != "---":
        return FrontMatter(), text
    for index in range(1, len(source_lines)):
        if source_lines[index].rstrip() in ("---", "..."):
            block = "".join(source_lines[1:index])
            front = _parse(block, first_line=2)
            front.body_line = index + 2
            return front, "".join(source_lines[index + 1 :])
    raise FrontMatterSyntaxError(1, "front matter starts with '---' but has no closing '---'")


def _parse(block: str, first_line: int) -> FrontMatter:
    try:
        data, node = yamlfile.parse(block)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first_line + (mark.line if mark else 0)
        message = f"front matter is not valid YAML: {error.problem}"
        if error.context_mark and error.problem_mark and error.context_mark.line != error.problem_mark.line:
            message += f" (in what starts on line {first_line + error.context_mark.line})"
        raise FrontMatterSyntaxError(line, message) from None
    if data is None:
        return FrontMatter(present=True)
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise FrontMatterSyntaxError(first_line, "front matter must be a list of 'key: value' lines")
    lines = {key.value: first_line + key.start_mark.line for key, _ in node.value}
    return FrontMatter(data=data, lines=lines, present=True)


TRANSLATION_STATUS = ("machine", "reviewed")


def validate(front: FrontMatter, path: str, translated: bool = False) -> list[Finding]:
    """Check the fields every page needs, and `translation` on a translated page.

    Each finding names the line to fix.
    """
    findings = []

    def problem(key: str, message: str, advice: str) -> None:
        line = front.lines.get(key, 1)
        findings.append(Finding(path, line, "error", message, advice))

    for key in REQUIRED:
        if key not in front.data:
            problem(key, f"front matter has no '{key}'", f"Add a line '{key}: …' between the '---' lines.")
    for key in ("title", "description"):
        value = front.data.get(key)
        if key in front.data and (not isinstance(value, str) or not value.strip()):
            problem(key, f"'{key}' must be a non-empty text", f"Write the {key} as plain text.")
    audience = front.data.get("audience")
    if "audience" in front.data and audience not in AUDIENCES:
        problem("audience", f"audience '{audience}' is not one of {', '.join(AUDIENCES)}",
                "Choose the group the page is written for.")
    reviewed = front.data.get("last_reviewed")
    if "last_reviewed" in front.data:
        if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
            problem("last_reviewed", f"last_reviewed '{reviewed}' is not a date",
                    "Write it as YYYY-MM-DD, e.g. 2026-11-24.")
        elif reviewed > dt.date.today():
            problem("last_reviewed", f"last_reviewed {reviewed} is in the future",
                    "Use the date the page was last checked.")
    if translated or "translation" in front.data:
        _translation(front, problem)
    return findings


def _translation(front: FrontMatter, problem) -> None:
    """`translation: {status: machine|reviewed, source: <lang>, source_reviewed: <date>}`."""
    block = front.data.get("translation")
    example = "translation: {status: machine, source: nl, source_reviewed: 2026-11-24}"
    if not isinstance(block, dict):
        problem("translation", "a translated page needs 'translation' with its status and source", f"Add {example}.")
    else:
        if block.get("status") not in TRANSLATION_STATUS:
            problem("translation", f"translation status '{block.get('status')}' is not machine or reviewed",
                    "Write 'machine' until a person has checked the translation, then 'reviewed'.")
        if not isinstance(block.get("source"), str):
            problem("translation", "translation has no 'source' language", "Name the language it was translated from.")
        if not isinstance(block.get("source_reviewed"), dt.date):
            problem("translation", "translation has no 'source_reviewed' date",
                    "Give the last_reviewed date of the source page you translated.")
