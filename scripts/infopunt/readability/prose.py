"""Turn Markdown into prose units: each paragraph, list item, heading and table cell.

Code, URLs, e-mail addresses, phone numbers, HTML and shortcodes are not prose and
are left out. Every unit keeps the source line of each of its characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

_MD = MarkdownIt("commonmark").enable("table").disable("code")

# Material/pymdownx block markers: `!!! type "Title"`, `??? type`, `=== "Tab"`.
_BLOCK_MARKER = re.compile(r'^(\s*)(?:(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*|===\+?)(?:\s+"(.*)")?\s*$')
_SHORTCODE = re.compile(r"^\s*\{\{.*\}\}\s*$")
_ATTR_LIST = re.compile(r"\{\s*:?\s*[.#][^}]*\}")
NOT_PROSE = re.compile(
    r"https?://\S+|www\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b"  # URLs and e-mail addresses
    r"|(?<![\w+])\+?\d[\d \u00a0().-]{5,}\d(?!\w)"  # phone numbers and other long digit runs
)


@dataclass
class Unit:
    """One block of prose: its text, its kind and the source line of each character."""

    text: str
    kind: str  # paragraph, heading, cell
    breaks: list[tuple[int, int]]  # (offset in text, 1-based source line) from that offset on

    def line_at(self, offset: int) -> int:
        line = self.breaks[0][1]
        for start, start_line in self.breaks:
            if start > offset:
                break
            line = start_line
        return line


def _prepare(markdown: str) -> str:
    """Rewrite block markers into headings (their titles are prose) and drop shortcodes."""
    lines = []
    for line in markdown.split("\n"):
        marker = _BLOCK_MARKER.match(line)
        if marker:
            line = f"{marker.group(1)}###### {marker.group(2)}" if marker.group(2) else ""
        elif _SHORTCODE.match(line):
            line = ""
        lines.append(_ATTR_LIST.sub("", line))
    return "\n".join(lines)


def units(markdown: str, first_line: int = 1) -> list[Unit]:
    """Prose units of a Markdown body whose first line is `first_line` in the file."""
    found = []
    kind = "paragraph"
    for token in _MD.parse(_prepare(markdown)):
        if token.type in ("heading_open", "paragraph_open"):
            kind = "heading" if token.type == "heading_open" else "paragraph"
        elif token.type in ("th_open", "td_open"):
            kind = "cell"
        elif token.type == "inline" and token.map:
            unit = _inline_unit(token, kind, first_line + token.map[0])
            if unit.text.strip():
                found.append(unit)
    return found


def _inline_unit(token, kind: str, line: int) -> Unit:
    parts: list[str] = []
    breaks = [(0, line)]
    length = 0
    skip_link_text = False
    for child in token.children or []:
        if child.type == "text" and not skip_link_text:
            text = NOT_PROSE.sub(" ", child.content)
        elif child.type in ("softbreak", "hardbreak"):
            line += 1
            breaks.append((length + 1, line))
            text = " "
        elif child.type == "link_open":
            skip_link_text = child.markup == "autolink"
            continue
        elif child.type == "link_close":
            skip_link_text = False
            continue
        else:  # code, inline HTML, images, emphasis markers
            continue
        parts.append(text)
        length += len(text)
    return Unit(text="".join(parts), kind=kind, breaks=breaks)
