"""A page as translators see it: the texts to translate (segments) between the parts that stay
as they are (front matter keys, list markers, heading marks, table pipes, code, HTML lines,
contact shortcodes). `Template.render` puts translations in place; with none, it gives back
the page byte for byte.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

import yaml

TRANSLATED_KEYS = ("title", "description")  # front matter values a visitor reads
SPACES = re.compile(r"[ \t\r\n]+")  # not the no-break space a text may mean
FENCE = re.compile(r"^\s*(```|~~~)")
FIXED_LINE = re.compile(
    r"^\s*(?:\{\{.*\}\}|\{\s*[:.#][^}]*\}|</?[A-Za-z][^>]*>|([-*_])(?:\s*\1){2,}"  # shortcode, attr list, HTML, rule
    r"|\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?)\s*$")  # a table's separator row
ADMONITION = re.compile(r'^(\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*\s+")(.*)("\s*)$')
PREFIX = re.compile(r"^(\s*(?:>\s?)*(?:(?:[-*+]|\d+[.)])\s+)?(?:#{1,6}\s+)?)(.*?)(\s*)$")
STARTS_BLOCK = re.compile(r"^\s*(?:>|[-*+]\s|\d+[.)]\s|#{1,6}\s)")
# What a translation must keep exactly: link targets, shortcodes, attribute lists, code, HTML tags.
PROTECTED = re.compile(r"\]\([^)]*\)|\{\{.*?\}\}|\{\s*[:.#][^}]*\}|`[^`]*`|<[^>]+>")


@dataclass
class Segment:
    id: str  # "title", "description", "s1", "s2", …
    original: str  # the text as it stands in the page (continuation lines included)
    line: int  # 1-based line in the page
    kind: str  # front matter, heading, paragraph, cell, admonition title

    @property
    def source(self) -> str:
        """The text for a translator: one line, spaces as in prose."""
        if self.kind == "front matter":
            value = _yaml_text(self.original)
            return self.original if value is None else value
        return " ".join(part.strip(" \t") for part in self.original.splitlines())

    def rendered(self, translation: str | None) -> str:
        if translation is None:
            return self.original
        plain = SPACES.sub(" ", translation).strip(" ")
        if self.kind == "front matter":
            return plain if _yaml_text(plain) == plain else json.dumps(plain, ensure_ascii=False)  # YAML quoting
        return plain


class Template:
    """The page in pieces: fixed text and segments, in order."""

    def __init__(self, text: str):
        self.pieces: list[str | Segment] = []
        self._counter = 0
        self._split(text)

    @property
    def segments(self) -> list[Segment]:
        return [piece for piece in self.pieces if isinstance(piece, Segment)]

    def render(self, translations: dict[str, str]) -> str:
        """The page with each segment whose id is in `translations` replaced by its translation."""
        return "".join(piece if isinstance(piece, str) else piece.rendered(translations.get(piece.id))
                       for piece in self.pieces)

    def _fixed(self, text: str) -> None:
        if self.pieces and isinstance(self.pieces[-1], str):
            self.pieces[-1] += text
        elif text:
            self.pieces.append(text)

    def _segment(self, original: str, line: int, kind: str, key: str | None = None) -> None:
        if not original.strip():
            self._fixed(original)
            return
        if key is None:
            self._counter += 1
        self.pieces.append(Segment(key or f"s{self._counter}", original, line, kind))

    def _split(self, text: str) -> None:
        lines = text.splitlines(keepends=True)
        start = 0
        if lines and lines[0].rstrip("\r\n") == "---":
            end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r\n") in ("---", "...")), None)
            if end is not None:
                self._fixed(lines[0])
                for number in range(1, end):
                    self._front_line(lines[number], number + 1)
                start = end
        self._body(lines, start)

    def _front_line(self, line: str, number: int) -> None:
        match = re.match(r"^(\w+):([ \t]+)(.*?)([ \t]*\r?\n?)$", line)
        if match and match.group(1) in TRANSLATED_KEYS and match.group(3):
            self._fixed(line[:match.end(2)])
            self._segment(match.group(3), number, "front matter", match.group(1))
            self._fixed(match.group(4))
        else:
            self._fixed(line)

    def _body(self, lines: list[str], start: int) -> None:
        fence = None
        paragraph: list[str] = []  # the current text segment's lines, its first line's prefix removed
        first, kind = 0, "paragraph"
        for number in range(start, len(lines)):
            line = lines[number]
            content, ending = line.rstrip("\r\n"), line[len(line.rstrip("\r\n")):]
            continues = bool(paragraph) and content.strip() and not STARTS_BLOCK.match(content) \
                and not FIXED_LINE.match(content) and not FENCE.match(content) and fence is None \
                and not content.lstrip().startswith("|") and not ADMONITION.match(content)
            if continues and kind == "paragraph":
                paragraph.append(line)
                continue
            if paragraph:
                self._close(paragraph, first, kind)
                paragraph = []
            if fence is not None:
                fence = None if content.strip().startswith(fence) else fence
                self._fixed(line)
            elif FENCE.match(content):
                fence = FENCE.match(content).group(1)
                self._fixed(line)
            elif not content.strip() or FIXED_LINE.match(content):
                self._fixed(line)
            elif ADMONITION.match(content):
                head, title, tail = ADMONITION.match(content).groups()
                self._fixed(head)
                self._segment(title, number + 1, "admonition title")
                self._fixed(tail + ending)
            elif content.lstrip().startswith("|"):
                self._row(content, ending, number + 1)
            else:
                prefix = PREFIX.match(content).group(1)
                self._fixed(prefix)
                paragraph, first = [line[len(prefix):]], number + 1
                kind = "heading" if "#" in prefix else "paragraph"
        if paragraph:
            self._close(paragraph, first, kind)

    def _close(self, paragraph: list[str], line: int, kind: str) -> None:
        """A text segment: its lines up to the last one's trailing spaces and line ending."""
        text = "".join(paragraph)
        body = text.rstrip()
        self._segment(body, line, kind)
        self._fixed(text[len(body):])

    def _row(self, content: str, ending: str, number: int) -> None:
        for part in re.split(r"(\|)", content):
            if part == "|" or not part.strip():
                self._fixed(part)
            else:
                lead = part[:len(part) - len(part.lstrip())]
                trail = part[len(part.rstrip()):]
                self._fixed(lead)
                self._segment(part.strip(), number, "cell")
                self._fixed(trail)
        self._fixed(ending)


def protected(text: str) -> Counter:
    """The parts of a segment a translation must keep: link targets, shortcodes, attribute
    lists, inline code and HTML tags."""
    return Counter(PROTECTED.findall(text))


def _yaml_text(value: str) -> str | None:
    """A front matter value as text, the way YAML reads it (quotes removed); None when YAML
    would not read it as text."""
    try:
        loaded = yaml.safe_load(f"value: {value}")["value"]
    except yaml.YAMLError:
        return None
    return loaded if isinstance(loaded, str) else None
