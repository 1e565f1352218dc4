"""The one finding type every check reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    """A problem in a source file, with where it is and what to do about it."""

    path: str
    line: int
    severity: str  # "error", "warning" or "info"
    message: str
    advice: str = ""
    rule: str = ""  # what kind of problem, e.g. "long-sentence", "rare-word"
    excerpt: str = ""  # the sentence the finding is about
    marks: tuple[tuple[int, int], ...] = ()  # spans of the offending words in `excerpt`

    def as_dict(self, with_path: bool = True) -> dict:
        data = asdict(self)
        if not with_path:
            del data["path"]
        data["marks"] = [list(span) for span in self.marks]
        return {key: value for key, value in data.items() if value or key in ("line", "severity", "message")}

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.message}"
        return f"{text}. {self.advice}" if self.advice else text


class InputError(Exception):
    """Input the tools cannot work with (missing file, unreadable YAML, unknown language)."""

    def __init__(self, path: str, message: str, line: int | None = None):
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = path
        self.line = line
        self.message = message

    def as_finding(self) -> Finding:
        return Finding(self.path, self.line or 1, "error", self.message)


def real(path: Path) -> Path:
    """`path.resolve()`, with each folder's real path remembered: a build asks about thousands of
    files in a few hundred folders (`forget_real_paths` starts afresh, once per build)."""
    if path.is_symlink() or path.name in ("", ".", ".."):
        return path.resolve()
    return _real_folder(str(path.absolute().parent)) / path.name


@lru_cache(maxsize=4096)
def _real_folder(folder: str) -> Path:
    return Path(folder).resolve()


def forget_real_paths() -> None:
    _real_folder.cache_clear()


def display_path(path: Path) -> str:
    """A path relative to the working folder when it lies below it."""
    try:
        return real(path).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()
