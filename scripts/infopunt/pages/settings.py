"""The site's configuration, read the way a build reads it, and the plugin's defaults."""

from __future__ import annotations

import logging
from pathlib import Path

from infopunt.findings import InputError, display_path

DEFAULT_TARGETS = {"victim": 60.0, "citizen": 60.0, "all": 60.0, "professional": 45.0}
DEFAULT_ENFORCED = ("victim", "citizen", "all")
DEFAULT_CONTACTS = "contacts.yml"  # relative to docs_dir
DEFAULT_STRINGS = "strings.yml"  # relative to docs_dir
DEFAULT_SOURCES = "sources.yml"  # relative to docs_dir
DEFAULT_QUICK_EXIT = "https://www.buienradar.nl/"  # a neutral, common Dutch site (weather)
DEFAULT_HELP_PAGE = "hulp-nu.md"  # a path inside each language folder
DEFAULT_EMERGENCY_CONTACT = "alarmnummer"  # a contact in contacts.yml with a phone number
DEFAULT_CACHE = ".cache/infopunt/readability.json"  # relative to the folder of mkdocs.yml


def load(config_file: Path, configure: bool = True):
    """mkdocs.yml as MkDocs reads it for a build (`!ENV`, `INHERIT`, defaults, every plugin's
    options), with every plugin's `on_config` run unless `configure` is false (then only the
    options are read): the commands see what the build sees. A warning while reading it is an
    error, as in a strict build."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    shown = display_path(config_file)
    if not config_file.is_file():
        raise InputError(shown, "no such configuration file (pass --config-file, or run in the project's folder)")
    logger, heard = logging.getLogger("mkdocs"), _Collect()
    logger.addHandler(heard)
    propagate, logger.propagate = logger.propagate, False
    try:
        config = load_config(str(config_file))
        if configure:
            config = config.plugins.on_config(config)
    except (Abort, ConfigurationError, PluginError) as error:
        message = str(error.message if isinstance(error, Abort) else error).removeprefix("infopunt: ")
        raise InputError(shown, "; ".join([*heard.messages, message])) from None
    finally:
        logger.removeHandler(heard)
        logger.propagate = propagate
    if heard.messages:
        raise InputError(shown, "; ".join(heard.messages))
    if "infopunt" not in config.plugins:
        raise InputError(shown, "the infopunt plugin is not among its plugins")
    return config


class _Collect(logging.Handler):
    """Keeps the warnings and errors MkDocs logs while reading the configuration."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def built_files(config) -> list[Path]:
    """The files MkDocs builds the site from (not those `exclude_docs` or its defaults leave out)."""
    from mkdocs.structure.files import get_files

    return sorted(Path(file.abs_src_path) for file in get_files(config) if not file.inclusion.is_excluded())


def plugin(config):
    """The infopunt plugin of a loaded configuration, its options and loaded data with it."""
    return config.plugins["infopunt"]


def targets(options) -> dict[str, float]:
    """Targets per audience: defaults overridden by `targets:` in the plugin options."""
    merged = dict(DEFAULT_TARGETS)
    merged.update({key: float(value) for key, value in (options.get("targets") or {}).items()})
    return merged
