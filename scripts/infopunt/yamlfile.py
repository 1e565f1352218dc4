"""Read a YAML data file with line numbers; any problem is an InputError naming file and line."""

from __future__ import annotations

from pathlib import Path

import yaml

from .findings import InputError, display_path


FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


def parse(text: str, loader=FAST_LOADER) -> tuple[object, yaml.Node | None]:
    """Data and node tree (for line numbers) of YAML text, parsed once; raises yaml.MarkedYAMLError."""
    composer = loader(text)
    try:
        node = composer.get_single_node()
        return (composer.construct_document(node) if node is not None else None), node
    finally:
        composer.dispose()


def read(path: Path, what: str, loader=FAST_LOADER) -> tuple[object, yaml.Node | None]:
    """The data and its node tree (for line numbers) of a YAML file; `what` names it in errors."""
    shown = display_path(path)
    try:
        data, node = parse(path.read_text(encoding="utf-8"), loader)
    except OSError as error:
        raise InputError(shown, f"cannot read {what} ({error.strerror})") from None
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise InputError(shown, f"not valid YAML: {error.problem}", line) from None
    return data, node


def key_lines(node: yaml.Node | None) -> dict[str, int]:
    """The 1-based line of each top-level key of a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {key.value: key.start_mark.line + 1 for key, _ in node.value}


def read_section(path: Path, what: str, section: str, expected: str) -> tuple[dict, dict[str, int]]:
    """The whole file's data and the line of each key under its top-level mapping `section`
    (e.g. each contact id under `contacts:`); a file without that mapping is an InputError
    that says it needs `expected`."""
    data, node = read(path, what)
    if not isinstance(data, dict) or not isinstance(data.get(section), dict):
        raise InputError(display_path(path), f"needs a '{section}:' mapping of {expected}", 1)
    return data, section_lines(node, section)


def section_lines(node: yaml.Node | None, section: str) -> dict[str, int]:
    """The line of each key under the top-level mapping `section` of a document's node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return next((key_lines(value) for key, value in node.value if key.value == section), {})
