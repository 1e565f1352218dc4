"""Readability targets: defaults, and the `infopunt` plugin options in mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

import yaml

from .findings import InputError

DEFAULT_TARGETS = {"victim": 60.0, "citizen": 60.0, "all": 60.0, "professional": 45.0}
DEFAULT_ENFORCED = ("victim", "citizen", "all")
DEFAULT_CONTACTS = "contacts.yml"  # relative to docs_dir
DEFAULT_CACHE = ".cache/infopunt/readability.json"  # relative to the folder of mkdocs.yml


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without running its `!!python/name:` or `!ENV` tags."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def plugin_options(config_file: Path) -> dict:
    """The options of the `infopunt` plugin in a mkdocs.yml, or {} when it has none."""
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_IgnoreTags) or {}
    except OSError as error:
        raise InputError(str(config_file), f"cannot read it ({error.strerror})") from None
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise InputError(str(config_file), f"not valid YAML: {error.problem}", line) from None
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and "infopunt" in entry:
            return entry["infopunt"] or {}
    return {}


def targets(options: dict) -> dict[str, float]:
    """Targets per audience: defaults overridden by `targets:` in the plugin options."""
    merged = dict(DEFAULT_TARGETS)
    merged.update({key: float(value) for key, value in (options.get("targets") or {}).items()})
    return merged
