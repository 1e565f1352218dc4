"""A content-hash cache of measurements, so unchanged pages are not scored again.

Entries are keyed by a hash of the text, its language and first line. The file records
a fingerprint of the engine (its code, word lists, model and wordfreq's version); when
that changes, every page is scored again.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

LIMIT = 20_000  # entries kept; the oldest go first


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    digest = hashlib.sha256(version("wordfreq").encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".tsv", ".json"):
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def key(markdown: str, lang: str, first_line: int) -> str:
    return hashlib.sha256(f"{lang}\0{first_line}\0{markdown}".encode()).hexdigest()


class Cache:
    """Measurements by key in one JSON file; `save` writes it atomically."""

    def __init__(self, path: Path):
        self.path = path
        self.hits = self.misses = 0
        self.changed = False
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        fresh = isinstance(stored, dict) and stored.get("engine") == engine_fingerprint()
        self.entries: dict = stored.get("entries", {}) if fresh else {}
        self.used: set[str] = set()  # the keys asked for or stored in this run

    def get(self, entry_key: str) -> dict | None:
        self.used.add(entry_key)
        value = self.entries.get(entry_key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def put(self, entry_key: str, value: dict) -> None:
        self.used.add(entry_key)
        self.entries[entry_key] = value
        self.changed = True

    def summary(self) -> str:
        return f"{self.misses} scored, {self.hits} unchanged since the last run (cached)"

    def save(self, prune: bool = False) -> None:
        """Write the cache, adding the entries another process saved meanwhile; with `prune`
        (after a run over the whole site), keep only the entries of this run instead, so pages
        that no longer exist do not stay in it."""
        if prune and set(self.entries) - self.used:
            self.entries = {key: value for key, value in self.entries.items() if key in self.used}
            self.changed = True
        if not self.changed:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # processes that save at once (a parallel build) keep each other's
            if not prune:
                self.entries = {**Cache(self.path).entries, **self.entries}
            entries = dict(list(self.entries.items())[-LIMIT:])
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".readability-")
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(json.dumps({"engine": engine_fingerprint(), "entries": entries},  # dumps: C, dump: Python
                                      ensure_ascii=False, separators=(",", ":")))
            os.replace(temporary, self.path)
        self.changed = False
