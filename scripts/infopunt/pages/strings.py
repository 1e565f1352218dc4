"""The site's own short texts (notices, 404 page, language switcher), per language.

Stored in docs/strings.yml as `key: {language: text}`; every key needs every language.
"""

from __future__ import annotations

from pathlib import Path

from infopunt.findings import InputError, display_path
from infopunt.pages import yamlfile

KEYS = ("machine_note", "fallback_note", "available_in", "not_translated", "not_found_title",
        "not_found_text", "go_home", "choose_language", "quick_exit", "quick_exit_hint", "quick_exit_leaving",
        "help_now", "machine_short", "outdated_note", "read_dutch", "outdated_short", "last_checked")


def load(path: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """Texts by language then key; a missing key or language is an InputError with its line."""
    shown = display_path(path)
    data, node = yamlfile.read(path, "the site texts")
    data = data or {}
    lines = yamlfile.key_lines(node)
    problems = []
    for key in KEYS:
        texts = data.get(key)
        if not isinstance(texts, dict):
            problems.append((1, f"'{key}' is missing"))
            continue
        missing = [code for code in languages if not str(texts.get(code) or "").strip()]
        if missing:
            problems.append((lines.get(key, 1), f"'{key}' has no text in {', '.join(missing)}"))
    if problems:
        raise InputError(shown, "; ".join(message for _, message in problems), problems[0][0])
    return {code: {key: data[key][code] for key in KEYS} for code in languages}
