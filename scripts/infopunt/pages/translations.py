"""Which translations follow their Dutch page, from the source itself: a translation records
the fingerprint of the Dutch text it translates (`translation: source_fingerprint:`), set by
`infopunt translations --mark`; when the Dutch text changes, the fingerprints differ and the
translation is outdated. Front matter and whitespace are not part of the fingerprint, and no
history is needed, so it works in a shallow clone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from infopunt import pages
from infopunt.findings import InputError, display_path


def fingerprint(body: str) -> str:
    """The fingerprint of a page's text: its words, whatever the line breaks and spaces."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class State:
    page: str  # path below the language folder, e.g. slachtoffer/rechten.md
    lang: str
    state: str  # "current", "outdated", "unmarked" (no fingerprint yet) or "missing"
    status: str = ""  # machine or reviewed
    source_reviewed: object = None  # last_reviewed of the Dutch page, when it has one
    recorded: str = ""  # the fingerprint of the Dutch text the translation follows

    def as_dict(self) -> dict:
        return {"page": self.page, "lang": self.lang, "state": self.state, "status": self.status}


def states(docs_dir: Path, built: list[Path], languages: list[str], default: str,
           known: dict[Path, pages.Page] | None = None) -> list[State]:
    """The state of every page in every language other than `default`, among the files MkDocs
    builds from (`built`); `known` are pages already read, by path."""
    known = known or {}
    found, present = [], set(built)
    for dutch in sorted(path for path in built if path.suffix == ".md" and path.is_relative_to(docs_dir / default)):
        relative = dutch.relative_to(docs_dir / default).as_posix()
        source = known.get(dutch) or pages.read(dutch, default)
        current, reviewed = fingerprint(source.body), source.front.data.get("last_reviewed")
        for lang in languages:
            if lang == default:
                continue
            path = docs_dir / lang / relative
            page = (known.get(path) or pages.read(path, lang)) if path in present else None
            found.append(_state(page, relative, lang, current, reviewed))
    return found


def _state(page: pages.Page | None, relative: str, lang: str, current: str, reviewed) -> State:
    if page is None:
        return State(relative, lang, "missing", source_reviewed=reviewed)
    block = page.front.data.get("translation") or {}
    recorded = block.get("source_fingerprint")
    state = "unmarked" if not recorded else ("current" if str(recorded) == current else "outdated")
    return State(relative, lang, state, str(block.get("status", "")), reviewed, str(recorded or ""))


def mark(path: Path, docs_dir: Path, default: str) -> str:
    """Record in a translation that it follows the current Dutch text; returns the fingerprint."""
    shown = display_path(path)
    path, docs_dir = path.absolute(), docs_dir.absolute()
    lang = pages.language_of(path, docs_dir)
    if lang is None or lang == default:
        raise InputError(shown, f"not a translation: it is not in a language folder other than docs/{default}/")
    dutch = docs_dir / default / path.relative_to(docs_dir / lang)
    if not dutch.exists():
        raise InputError(shown, f"has no Dutch page {display_path(dutch)}")
    source = pages.read(dutch, default)
    value = fingerprint(source.body)
    text = path.read_text(encoding="utf-8-sig")
    if not re.search(r"^translation:[ \t]*\n", text, re.M):
        raise InputError(shown, "has no 'translation:' block in its front matter", 1)
    text = re.sub(r"^  source_fingerprint:.*\n", "", text, flags=re.M)
    text = re.sub(r"^(translation:[ \t]*\n(?:  .*\n)*)", lambda m: m.group(1) + f'  source_fingerprint: "{value}"\n',
                  text, count=1, flags=re.M)
    reviewed = source.front.data.get("last_reviewed")
    if reviewed:
        text = re.sub(r"^(  source_reviewed:).*$", lambda m: f"{m.group(1)} {reviewed}", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    return value
