"""The site's own short texts (notices, 404 page, language switcher), per language.

Stored in docs/strings.yml as `key: {language: text}`; every key needs every language.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .findings import InputError
from .pages import display_path

KEYS = ("machine_note", "fallback_note", "available_in", "not_translated", "not_found_title",
        "not_found_text", "go_home", "choose_language", "quick_exit", "quick_exit_hint", "quick_exit_leaving")


def load(path: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """Texts by language then key; a missing key or language is an InputError with its line."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text) or {}
    except OSError as error:
        raise InputError(shown, f"cannot read the site texts ({error.strerror})") from None
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise InputError(shown, f"not valid YAML: {error.problem}", line) from None
    lines = {key.value: key.start_mark.line + 1 for key, _ in node.value} if node else {}
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
