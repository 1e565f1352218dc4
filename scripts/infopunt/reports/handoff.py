"""Hand-off to translators in their own tools: a page's Dutch segments (segments.py) exported as
PO or XLIFF 1.1 (translate-toolkit writes and reads both), and a translated file imported back
into the Markdown page. The file records the page, both languages and the fingerprint of the
Dutch text it was made from; an import checks each translation keeps its links, shortcodes,
attribute lists, code and HTML, and writes the page in one step.

With `changed_only`, the file holds only the segments the Dutch page changed since the
version the existing translation follows (found in git history); on import, the others are
carried over from that translation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from translate.storage import pypo, xliff

from infopunt import pages
from infopunt.findings import InputError, display_path
from infopunt.pages import changes, frontmatter, segments, translations

FORMATS = {"po": ".po", "xliff": ".xlf"}
STATUSES = ("machine", "reviewed")


@dataclass
class Pair:
    """A translated page and the Dutch page it follows."""

    path: Path  # docs/<lang>/<page>.md
    dutch: Path  # docs/<default>/<page>.md
    lang: str
    page: str  # path below the language folder

    @classmethod
    def of(cls, path: Path, docs_dir: Path, default: str) -> Pair:
        path, docs_dir = path.absolute(), docs_dir.absolute()
        lang = pages.language_of(path, docs_dir)
        if lang is None or lang == default or not path.is_relative_to(docs_dir / lang):
            raise InputError(display_path(path), f"not a page in a language folder other than docs/{default}/")
        page = path.relative_to(docs_dir / lang).as_posix()
        dutch = docs_dir / default / page
        if not dutch.is_file():
            raise InputError(display_path(path), f"has no Dutch page {display_path(dutch)}")
        return cls(path, dutch, lang, page)


def export(pair: Pair, default: str, kind: str, changed_only: bool = False) -> bytes:
    """The Dutch segments of the pair's page as a PO or XLIFF file, with empty translations."""
    text = pair.dutch.read_text(encoding="utf-8-sig")
    template = segments.Template(text)
    carried = _carried(pair, template) if changed_only else {}
    units = [segment for segment in template.segments if segment.id not in carried]
    shown = f"docs/{default}/{pair.page}"
    fingerprint = translations.fingerprint(frontmatter.split(text)[1])
    if kind == "po":
        store = pypo.pofile()
        store.updateheader(add=True, Language=pair.lang, X_Infopunt_Page=pair.page, X_Infopunt_Source_Language=default,
                           X_Infopunt_Source_Fingerprint=fingerprint)
        for segment in units:
            unit = store.addsourceunit(segment.source)
            unit.setcontext(segment.id)
            unit.addlocation(f"{shown}:{segment.line}")
            unit.addnote(segment.kind, origin="developer")
    else:
        store = xliff.xlifffile(sourcelanguage=default, targetlanguage=pair.lang)
        node = store.getfilenode("NoName")
        store.setfilename(node, shown)
        node.set("product-name", "infopunt")
        node.set("product-version", fingerprint)  # the version of the Dutch text
        for segment in units:
            unit = store.UnitClass(segment.source)
            unit.setid(segment.id)
            store.addunit(unit)
            unit.target = ""
            unit.addnote(f"{segment.kind}, {shown}:{segment.line}", origin="developer")
    return bytes(store)


def import_file(file: Path, docs_dir: Path, default: str, status: str) -> Path:
    """Write the translated page from a PO or XLIFF file; returns its path."""
    shown = display_path(file)
    lang, page, fingerprint, entries = _read(file)
    pair = Pair.of(docs_dir / lang / page, docs_dir, default)
    text = pair.dutch.read_text(encoding="utf-8-sig")
    if translations.fingerprint(frontmatter.split(text)[1]) != fingerprint:
        raise InputError(shown, f"the Dutch page {display_path(pair.dutch)} changed after this file was exported; "
                                "export it again")
    template = segments.Template(text)
    known = {segment.id: segment for segment in template.segments}
    chosen: dict[str, str] = {}
    for unit_id, source, target, where in entries:
        segment = known.get(unit_id)
        if segment is None or segment.source != source:
            raise InputError(shown, f"{where}: segment '{unit_id}' is not in {display_path(pair.dutch)} as exported")
        if target.strip():
            lost = segments.protected(source) - segments.protected(target)
            added = segments.protected(target) - segments.protected(source)
            if lost or added:
                raise InputError(shown, f"{where}: the translation of '{unit_id}' must keep "
                                        f"{', '.join(sorted(lost or added))} exactly as in the Dutch text")
            chosen[unit_id] = target
        else:
            chosen[unit_id] = None
    missing = [segment.id for segment in template.segments if segment.id not in chosen]
    if missing:
        carried = _carried(pair, template)
        absent = [unit_id for unit_id in missing if unit_id not in carried]
        if absent:
            raise InputError(shown, f"segments {', '.join(absent)} are neither in the file nor in the existing "
                                    f"translation {display_path(pair.path)}")
        chosen.update({unit_id: carried[unit_id] for unit_id in missing})
    body = template.render({key: value for key, value in chosen.items() if value is not None})
    page_text = _with_translation_block(body, default, status, fingerprint, pair.dutch)
    partial = pair.path.with_name(f".{pair.path.name}.partial")
    pair.path.parent.mkdir(parents=True, exist_ok=True)
    partial.write_text(page_text, encoding="utf-8")
    partial.replace(pair.path)
    return pair.path


def _read(file: Path) -> tuple[str, str, str, list[tuple[str, str, str, str]]]:
    """Language, page, Dutch fingerprint and (id, source, target, where) of each unit."""
    shown = display_path(file)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(shown, f"cannot read it ({error.strerror})") from None
    try:
        if file.suffix == ".po":
            store = pypo.pofile.parsestring(data)
            header = store.parseheader()
            lang, page = header.get("Language", ""), header.get("X-Infopunt-Page", "")
            fingerprint = header.get("X-Infopunt-Source-Fingerprint", "")
            entries = [(unit.getcontext(), unit.source, unit.target or "",
                        f"msgctxt \"{unit.getcontext()}\"") for unit in store.units if not unit.isheader()]
        elif file.suffix in (".xlf", ".xliff"):
            store = xliff.xlifffile.parsestring(data)
            node = store.getfilenode(store.getfilenames()[0]) if store.getfilenames() else None
            lang = store.gettargetlanguage() or ""
            original = store.getfilenames()[0] if store.getfilenames() else ""
            page = original.split("/", 2)[-1] if original.startswith("docs/") else ""
            fingerprint = node.get("product-version", "") if node is not None else ""
            entries = [(unit.getid().split("\x04")[-1], unit.source, unit.target or "",
                        f"trans-unit id=\"{unit.getid().split(chr(4))[-1]}\"") for unit in store.units]
        else:
            raise InputError(shown, "not a .po, .xlf or .xliff file")
    except InputError:
        raise
    except Exception as error:  # the formats' parsers raise many kinds; all mean a broken file
        raise InputError(shown, f"cannot be read as {file.suffix[1:].upper()}: {error}") from None
    if not (lang and page and fingerprint):
        raise InputError(shown, "is not a file exported by 'infopunt export' (no page, language or fingerprint)")
    return lang, page, fingerprint, entries


def _carried(pair: Pair, template: segments.Template) -> dict[str, str]:
    """Translations of the segments the Dutch page did not change since the version the
    existing translation follows: the old Dutch page and the translation pair up segment by
    segment (they have the same structure), and an unchanged Dutch segment keeps its translation."""
    shown = display_path(pair.path)
    if not pair.path.is_file():
        raise InputError(shown, "has no translation yet: export the whole page")
    translated = pair.path.read_text(encoding="utf-8-sig")
    recorded = str(((frontmatter.split(translated)[0].data or {}).get("translation") or {}).get(
        "source_fingerprint") or "")
    if not recorded:
        raise InputError(shown, "records no source_fingerprint: export the whole page")
    old = changes.History(pair.dutch.parent).version(pair.dutch, recorded)
    if old is None:
        raise InputError(shown, "the Dutch version it follows is not in the git history (a shallow clone?): "
                                "export the whole page, or run 'git fetch --unshallow'")
    before, after = segments.Template(old).segments, segments.Template(translated).segments
    if [segment.id for segment in before] != [segment.id for segment in after]:
        raise InputError(shown, "its structure differs from the Dutch version it follows: export the whole page")
    by_source: dict[str, str] = {}
    for dutch_segment, translated_segment in zip(before, after):
        by_source.setdefault(dutch_segment.source, translated_segment.source)
    return {segment.id: by_source[segment.source] for segment in template.segments if segment.source in by_source}


def _with_translation_block(text: str, default: str, status: str, fingerprint: str, dutch: Path) -> str:
    """The page with the front matter's `translation:` block for a translation of `dutch`."""
    reviewed = pages.read(dutch, default).front.data.get("last_reviewed")
    block = (f"translation:\n  status: {status}\n  source: {default}\n"
             + (f"  source_reviewed: {reviewed}\n" if isinstance(reviewed, dt.date) else "")
             + f'  source_fingerprint: "{fingerprint}"\n')
    closing = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], flags=re.M) if text.startswith("---\n") else None
    if closing is None:
        return f"---\n{block}---\n{text}"
    front, rest = text[4:4 + closing.start()], text[4 + closing.start():]
    for key in ("translation", "sources"):  # a translation shares the Dutch page's sources
        front = re.sub(rf"^{key}:.*\n(?:[ \t]+.*\n)*", "", front, count=1, flags=re.M)
    return "---\n" + front + block + rest
