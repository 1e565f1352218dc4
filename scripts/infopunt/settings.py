"""Readability targets: defaults, and the `infopunt` plugin options in mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

import yaml

from . import yamlfile

DEFAULT_TARGETS = {"victim": 60.0, "citizen": 60.0, "all": 60.0, "professional": 45.0}
DEFAULT_ENFORCED = ("victim", "citizen", "all")
DEFAULT_CONTACTS = "contacts.yml"  # relative to docs_dir
DEFAULT_STRINGS = "strings.yml"  # relative to docs_dir
DEFAULT_SOURCES = "sources.yml"  # relative to docs_dir
DEFAULT_QUICK_EXIT = "https://www.buienradar.nl/"  # a neutral, common Dutch site (weather)
DEFAULT_HELP_PAGE = "hulp-nu.md"  # a path inside each language folder
DEFAULT_EMERGENCY_CONTACT = "alarmnummer"  # a contact in contacts.yml with a phone number
DEFAULT_CACHE = ".cache/infopunt/readability.json"  # relative to the folder of mkdocs.yml


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without running its `!!python/name:` or `!ENV` tags."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def load(config_file: Path) -> dict:
    """mkdocs.yml as data, or {} when there is none."""
    if not config_file.exists():
        return {}
    data, _ = yamlfile.read(config_file, "the configuration", loader=_IgnoreTags)
    return data or {}


def plugin_options(config: dict, name: str = "infopunt") -> dict:
    """The options of a plugin in a loaded mkdocs.yml, or {} when it has none."""
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and name in entry:
            return entry[name] or {}
    return {}


def default_language(config: dict) -> str:
    """The default language of mkdocs-static-i18n, else the theme's language."""
    for language in plugin_options(config, "i18n").get("languages") or []:
        if language.get("default"):
            return language["locale"]
    return (config.get("theme") or {}).get("language", "en")


def languages(config: dict) -> list[str]:
    """The site's language codes (mkdocs-static-i18n), the default one first."""
    codes = [language["locale"] for language in plugin_options(config, "i18n").get("languages") or []]
    default = default_language(config)
    return [default] + [code for code in codes if code != default]


def targets(options: dict) -> dict[str, float]:
    """Targets per audience: defaults overridden by `targets:` in the plugin options."""
    merged = dict(DEFAULT_TARGETS)
    merged.update({key: float(value) for key, value in (options.get("targets") or {}).items()})
    return merged
