"""What changed in a Dutch page since the version a translation follows: that version is found
in git history by its fingerprint (translations.fingerprint), and the two texts are compared
sentence by sentence. Only this needs history; in a shallow clone it says so.
"""

from __future__ import annotations

import difflib
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from infopunt.findings import display_path
from infopunt.pages import frontmatter, translations
from infopunt.readability.languages import LANGUAGES

LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


@dataclass
class Changes:
    """The sentences removed (-) and added (+) since the translated version, or why not known."""

    commit: str = ""  # the commit that holds the translated version
    date: str = ""  # its date, YYYY-MM-DD
    lines: list[tuple[str, str]] = field(default_factory=list)  # ("-" or "+", sentence)
    unknown: str = ""  # why the translated version could not be found

    def as_dict(self) -> dict:
        if self.unknown:
            return {"unknown": self.unknown}
        return {"since_commit": self.commit, "since_date": self.date,
                "removed": [text for sign, text in self.lines if sign == "-"],
                "added": [text for sign, text in self.lines if sign == "+"]}

    def as_text(self, indent: str = "    ") -> str:
        if self.unknown:
            return f"{indent}Dutch changes not known: {self.unknown}"
        heading = f"{indent}Dutch changes since the translated version ({self.commit[:10]}, {self.date}):"
        return "\n".join([heading, *(f"{indent}{sign} {text}" for sign, text in self.lines)])


def sentences(body: str, lang: str = "nl") -> list[str]:
    """The sentences of a Markdown body, blocks (paragraphs, list items, headings) split apart."""
    blocks, current = [], []
    for line in body.splitlines():
        if not line.strip() or LIST_ITEM.match(line) or line.lstrip().startswith(("#", "{{", "|", "<")):
            blocks.append(" ".join(current))
            current = []
        if line.strip():
            current.append(LIST_ITEM.sub("", line).strip())
    blocks.append(" ".join(current))
    language = LANGUAGES[lang]
    return [sentence.strip() for block in blocks if block for _, sentence in language.sentences(block)
            if sentence.strip()]


def diff(old: str, new: str, lang: str = "nl") -> list[tuple[str, str]]:
    """Sentences removed from `old` and added in `new`, in the order of the text."""
    before, after = sentences(old, lang), sentences(new, lang)
    found = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag != "equal":
            found += [("-", text) for text in before[i1:i2]] + [("+", text) for text in after[j1:j2]]
    return found


def of_outdated(states: list[translations.State], docs_dir: Path, default: str) -> dict[tuple[str, str], Changes]:
    """The Dutch changes behind each outdated translation, by (page, recorded fingerprint)."""
    history, found = History(docs_dir), {}
    for state in states:
        if state.state == "outdated" and (state.page, state.recorded) not in found:
            found[state.page, state.recorded] = history.since(docs_dir / default / state.page, state.recorded)
    return found


class History:
    """The committed versions of the site's files, read with git."""

    def __init__(self, folder: Path):
        self.root = _git(folder, "rev-parse", "--show-toplevel")
        self.shallow = self.root is not None and _git(folder, "rev-parse", "--is-shallow-repository") == "true"

    def since(self, path: Path, recorded: str) -> Changes:
        """The changes to `path` (a Dutch page) since its version with fingerprint `recorded`."""
        if self.root is None:
            return Changes(unknown="the site is not in a git repository, so there is no history to compare with")
        found = self._find(path, recorded)
        if found is None:
            if self.shallow:
                return Changes(unknown="this is a shallow clone without the translated version; "
                                       "run 'git fetch --unshallow' to see the changes")
            return Changes(unknown="no committed version of the Dutch page has the translation's fingerprint")
        commit, date, body, _ = found
        return Changes(commit, date, diff(body, frontmatter.split(path.read_text(encoding="utf-8-sig"))[1]))

    def version(self, path: Path, recorded: str) -> str | None:
        """The committed text of `path` whose words have the fingerprint `recorded`, if any."""
        found = self._find(path, recorded) if self.root is not None else None
        if found is None:
            return None
        return _git(Path(self.root), "show", found[0] + ":" + found[3], strip=False)

    def _find(self, path: Path, recorded: str) -> tuple[str, str, str, str] | None:
        """(commit, date, body, path then) of the newest committed version with that fingerprint."""
        relative = path.resolve().relative_to(Path(self.root).resolve()).as_posix()
        log = _git(Path(self.root), "log", "--follow", "--name-only", "--format=%x00%H %cs", "--", relative) or ""
        for commit, date, old_path in (entry.split() for entry in log.split("\0") if len(entry.split()) == 3):
            text = _git(Path(self.root), "show", f"{commit}:{old_path}", strip=False)
            if text is not None:
                body = frontmatter.split(text)[1]
                if translations.fingerprint(body) == recorded:
                    return commit, date, body, old_path
        return None


def changed_lines(folder: Path, since: str) -> dict[str, set[int]] | None:
    """The lines each file has added or changed since the commit `since` (its merge base with
    HEAD, as a pull request shows them), by path relative to the working folder; None without
    git or that commit."""
    root = _git(folder, "rev-parse", "--show-toplevel")
    base = _git(folder, "merge-base", since, "HEAD")
    if root is None or base is None:
        return None
    found: dict[str, set[int]] = {}
    path = None
    for line in (_git(Path(root), "diff", "--unified=0", "--no-renames", base, "--") or "").splitlines():
        if line.startswith("+++ "):
            name = line[4:].removeprefix("b/")
            path = display_path(Path(root) / name) if name != "/dev/null" else None
        elif line.startswith("@@") and path is not None:
            start, _, count = re.search(r"\+(\d+)(,(\d+))?", line).groups()
            first = int(start)
            found.setdefault(path, set()).update(range(first, first + (int(count) if count is not None else 1)))
    return found


def _git(folder: Path, *args: str, strip: bool = True) -> str | None:
    """What a git command prints, or None when git or the repository is missing or it fails."""
    try:
        result = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    return result.stdout.strip() if strip else result.stdout
