"""Read a YAML data file with line numbers; any problem is an InputError naming file and line."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from infopunt.findings import InputError, display_path


FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


def parse(text: str, loader=FAST_LOADER) -> tuple[object, yaml.Node | None]:
    """Data and node tree (for line numbers) of YAML text; raises yaml.MarkedYAMLError, also for
    what YAML allows but an editor never means here: anchors and aliases (which can multiply a
    file a billionfold), explicit tags, and a key given twice (where the last would silently win).
    Only the site's own data files and front matter are read this strictly: mkdocs.yml, MkDocs'
    file, is read with its own `loader` and its tags (!ENV)."""
    if loader is FAST_LOADER:
        _refuse_anchors_and_tags(text)
    composer = loader(text)
    try:
        node = composer.get_single_node()
        _refuse_duplicate_keys(node)
        return (composer.construct_document(node) if node is not None else None), node
    finally:
        composer.dispose()


def _refuse_anchors_and_tags(text: str) -> None:
    for event in yaml.parse(text, Loader=FAST_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _error("anchors and aliases (& and *) are not allowed; write the value out", event.start_mark)
        if getattr(event, "tag", None) and not isinstance(event, yaml.DocumentStartEvent):
            raise _error(f"tags such as '{event.tag}' are not allowed; write plain values", event.start_mark)


def _refuse_duplicate_keys(node: yaml.Node | None) -> None:
    pending = [node] if node is not None else []
    while pending:
        current = pending.pop()
        if isinstance(current, yaml.MappingNode):
            seen = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise _error(f"the key '{key.value}' is given twice; keep one", key.start_mark)
                    seen.add(key.value)
                pending.append(value)
        elif isinstance(current, yaml.SequenceNode):
            pending.extend(current.value)


def _error(problem: str, mark) -> yaml.MarkedYAMLError:
    return yaml.MarkedYAMLError(problem=problem, problem_mark=mark)


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_character(text: str) -> tuple[int, str] | None:
    """The line and name of the first control character (other than tab and line ends) in `text`."""
    match = CONTROL.search(text)
    if match is None:
        return None
    return text.count("\n", 0, match.start()) + 1, f"U+{ord(match.group()):04X}"


def read(path: Path, what: str, loader=FAST_LOADER) -> tuple[object, yaml.Node | None]:
    """The data and its node tree (for line numbers) of a YAML file; `what` names it in errors."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        control = control_character(text)
        if control:
            raise InputError(shown, f"control character {control[1]} in {what}; remove it", control[0])
        data, node = parse(text, loader)
    except UnicodeDecodeError as error:
        raise InputError(shown, f"{what} is not UTF-8 text ({error.reason})") from None
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
