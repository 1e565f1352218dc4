"""What editors write, read and validated. Here: the page model, a Markdown source with its
language, front matter and body. Beside it: front matter (frontmatter), the data files
(contacts, sources, strings; yamlfile, schemas), the site's configuration and languages
(settings, sitelanguages), and each translation's state and changes (translations, changes,
segments)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from infopunt.findings import InputError, display_path, real
from infopunt.pages import frontmatter, yamlfile

LANG_DIR = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


@dataclass
class Page:
    path: str  # as shown to editors, e.g. docs/nl/hulp-nu.md
    lang: str | None
    front: frontmatter.FrontMatter
    body: str

    @property
    def audience(self) -> str:
        return self.front.data.get("audience", "all")


def language_of(path: Path, docs_dir: Path | None = None) -> str | None:
    """The language folder a page sits in: `<docs_dir>/<lang>/…`, or `…/docs/<lang>/…`."""
    path = real(path)
    if docs_dir is not None:
        try:
            first = path.relative_to(real(docs_dir)).parts[0]
        except (ValueError, IndexError):
            return None
        return first if LANG_DIR.match(first) and first != path.name else None
    parts = path.parts
    for index, part in enumerate(parts[:-2]):
        if part == "docs" and LANG_DIR.match(parts[index + 1]):
            return parts[index + 1]
    return None


def parse(text: str, path: str, lang: str | None) -> Page:
    """Build a page from Markdown text; broken front matter, an empty page or a control character
    is an InputError naming the line."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(path, "the page is empty; write its front matter and text, or delete the file", 1)
    control = yamlfile.control_character(text)
    if control:
        raise InputError(path, f"control character {control[1]} in the page; remove it", control[0])
    _within_limits(text, path)
    try:
        front, body = frontmatter.split(text)
    except frontmatter.FrontMatterSyntaxError as error:
        raise InputError(path, error.message, error.line) from None
    return Page(path=path, lang=lang, front=front, body=body)


MAX_CHARACTERS = 256_000  # the longest page today has about 10,000
MAX_LINE = 5_000  # brackets nested on one line cost Python-Markdown quadratic time: 1 s at this length
MAX_DEPTH = 16  # quote markers (>), indentation steps (4 spaces) or open HTML elements
DEPTH = re.compile(r"[ \t>]*")
HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "source", "area", "base", "embed", "track"}


def _within_limits(text: str, path: str) -> None:
    """Refuse what would make rendering slow or deep (a page no visitor could read anyway):
    checked in one pass, before any Markdown is rendered."""
    if len(text) > MAX_CHARACTERS:
        raise InputError(path, f"the page has {len(text):,} characters, more than {MAX_CHARACTERS:,}; "
                         "split it into several pages", 1)
    open_elements = 0
    for number, line in enumerate(text.split("\n"), 1):
        for tag in HTML_TAG.finditer(line):
            if tag.group(2).lower() not in VOID and not tag.group(3):
                open_elements = max(0, open_elements + (-1 if tag.group(1) else 1))
        if open_elements > MAX_DEPTH:
            raise InputError(path, f"HTML elements are nested more than {MAX_DEPTH} levels deep; "
                             "write it flatter, in Markdown", number)
        lead = DEPTH.match(line).group()
        if lead.count(">") > MAX_DEPTH or len(lead.expandtabs(4).replace(">", "")) > 4 * MAX_DEPTH:
            raise InputError(path, f"quotes or lists are nested more than {MAX_DEPTH} levels deep; "
                             "write it flatter", number)
        if len(line) > MAX_LINE:
            raise InputError(path, f"the line has {len(line):,} characters, more than {MAX_LINE:,}; "
                             "break it into sentences and paragraphs", number)


_READ: dict[tuple, tuple[tuple, Page]] = {}  # pages read in this process: the file's state when read, the page


def read(path: Path, lang: str | None = None, docs_dir: Path | None = None) -> Page:
    """Read one Markdown file; the language comes from its docs/<lang>/ folder, else from `lang`.
    A file read before and unchanged since (same size, time and inode) is not read again:
    `mkdocs serve` rebuilds after every save."""
    asked = (str(path), lang, str(docs_dir))
    try:
        found = path.stat()
        state = (found.st_mtime_ns, found.st_size, found.st_ino)
    except OSError:
        state = None
    if asked in _READ and state is not None and _READ[asked][0] == state:
        return _READ[asked][1]
    page = _read(path, lang, docs_dir)
    if state is not None:
        _READ[asked] = (state, page)
    return page


def _read(path: Path, lang: str | None, docs_dir: Path | None) -> Page:
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark is fine; line ends are normalised
    except FileNotFoundError:
        raise InputError(shown, "no such file") from None
    except UnicodeDecodeError as error:
        raise InputError(shown, f"not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise InputError(shown, f"cannot read it ({error.strerror})") from None
    return parse(text, shown, language_of(path, docs_dir) or lang)


def markdown_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their Markdown files, sorted; a missing path is an InputError."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.md")))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(path.as_posix(), "no such file or folder")
    return found
