"""Rendered pages kept between builds, so a build or a preview renders again only what changed.

Two levels, per language build (mkdocs-static-i18n builds each language in turn):

- a page's **content** (its Markdown as HTML, with its table of contents and anchors), keyed
  by the page's text and front matter, where it lives, the files of the build (links resolve
  against them) and everything that is the same for the whole site: this package's code,
  every installed package's version, mkdocs.yml, the theme overrides and the data files;
- a page's **output** (the finished HTML file, its search entries and inline scripts' hashes),
  keyed by its content key, the navigation (every page's address and title: each page shows
  them), the build's language and the page's translations.

A page is kept only when it was built without a warning and passed the check of the
published HTML, so a problem is never hidden by the cache: it is reported again until fixed.
Each language's entries live in one compressed JSON file under .cache/infopunt/pages/; a
build keeps only the entries it used. `mkdocs serve` keeps them in memory between rebuilds
and writes them when it stops.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import tempfile
from functools import lru_cache
from importlib.metadata import distributions
from pathlib import Path

from mkdocs.structure.toc import AnchorLink, TableOfContents

FOLDER = Path(".cache") / "infopunt" / "pages"  # relative to the folder of mkdocs.yml
TEMPLATE = "infopunt-kept-page.html"  # renders nothing: the kept output replaces it


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """This package's code and data, and the version of every installed package."""
    digest = hashlib.sha256()
    for name in sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in distributions()):
        digest.update(name.encode() + b"\0")
    package = Path(__file__).parent.parent  # infopunt, every stage
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv", ".json", ".yml", ".css", ".js"):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def site_fingerprint(config, data_files: list[Path]) -> str:
    """What every page of the site depends on: code, configuration, theme overrides, data
    (files named relative to the project, so a copy of the project can use the same pages)."""
    project = Path(config.config_file_path).resolve().parent
    digest = hashlib.sha256(code_fingerprint().encode())
    settings = {key: config.get(key) for key in ("site_url", "site_name", "use_directory_urls", "copyright",
                                                 "extra", "markdown_extensions", "mdx_configs")}
    settings["theme"] = {key: config.theme[key] for key in sorted(config.theme._vars) if key != "language"}
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    folders = [Path(config.theme.custom_dir)] if config.theme.custom_dir else []
    for path in [*data_files, *sorted(file for folder in folders for file in folder.rglob("*") if file.is_file())]:
        path = path.resolve()
        name = path.relative_to(project) if path.is_relative_to(project) else path
        digest.update(str(name).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _digest(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode()).hexdigest()


class Warnings(logging.Handler):
    """Counts MkDocs' warnings and errors, so a page built with one is not kept."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


class PageCache:
    """The kept pages of one project, for the builds of one process."""

    def __init__(self, project: Path, kind: str):
        self.folder = project / FOLDER
        self.kind = kind  # "build" or "serve": a preview's pages carry the editor's panel
        self.site = ""
        self.stored: dict[str, dict] = {}  # language → {"content": {…}, "output": {…}}
        self.changed: set[str] = set()
        self.warnings = Warnings()
        logging.getLogger("mkdocs").addHandler(self.warnings)
        self._start_language(None, [])

    def start_site(self, site: str) -> None:
        """A build of the whole site begins; `site` is its site_fingerprint."""
        if site != self.site:
            self.site, self.stored, self.changed = site, {}, set()
        self.hits = self.misses = 0

    def _start_language(self, language: str | None, files) -> None:
        self.language = language
        self.used = {"content": {}, "output": {}}
        self.files = _digest(self.site, language, sorted((file.src_uri, file.url) for file in files))
        self.content_keys: dict[str, str] = {}  # src_uri → content key, for the pages of this build
        self.output_keys: dict[str, str] = {}  # src_uri → output key
        self.kept_output: dict[str, dict] = {}  # src_uri → kept output, for the pages of this build
        self.heard = 0

    def start(self, language: str, files) -> None:
        """A language's build begins; `files` are its files (after mkdocs-static-i18n's)."""
        self._start_language(language, files)
        if language not in self.stored:
            self.stored[language] = self._load(language)

    def _path(self, language: str) -> Path:
        return self.folder / f"{self.kind}-{language}.json.gz"

    def _load(self, language: str) -> dict:
        try:
            with gzip.open(self._path(language), "rt", encoding="utf-8") as file:
                stored = json.load(file)
        except (OSError, ValueError, EOFError):
            return {"content": {}, "output": {}}
        if not isinstance(stored, dict) or stored.get("site") != self.site:
            return {"content": {}, "output": {}}
        return stored

    def content(self, page, markdown: str) -> dict | None:
        """The kept content of a page about to be rendered from `markdown`, or None."""
        key = _digest(self.files, page.file.src_uri, page.url, page.meta, markdown)
        self.content_keys[page.file.src_uri] = key
        self.heard = self.warnings.count
        found = self.stored[self.language]["content"].get(key)
        if found is not None:
            self.used["content"][key] = found
        return found

    @staticmethod
    def restore_content(page, found: dict, files) -> str:
        """Put a kept page's table of contents and anchors back; returns its content."""
        page.toc = TableOfContents([_anchor(item) for item in found["toc"]])
        page._title_from_render = found["title"]
        page.present_anchor_ids = set(found["anchors"])
        page.links_to_anchors = {files.get_file_from_path(uri): links for uri, links in found["links"].items()}
        return found["html"]

    def keep_content(self, page, html: str) -> None:
        """Keep a page's rendered content, unless MkDocs warned while rendering it."""
        if self.warnings.count != self.heard:
            return
        key = self.content_keys[page.file.src_uri]
        self.used["content"][key] = {
            "html": html, "toc": [_item(item) for item in page.toc.items], "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": {file.src_uri: links for file, links in (page.links_to_anchors or {}).items()}}
        self.changed.add(self.language)

    def plan_outputs(self, pages, navigation: list, page_context) -> list:
        """Before pages are written: which kept outputs still fit. `navigation` is what every
        page shows of the others; `page_context(page)` what a page shows of its own
        translations. Returns the pages whose output is kept (they render the empty template)."""
        shown = _digest(navigation, [(page.url, str(page.title), page.meta.get("icon"), page.meta.get("status"),
                                      page.meta.get("subtitle")) for page in pages])
        kept = []
        for page in pages:
            uri = page.file.src_uri
            key = self.output_keys[uri] = _digest(self.content_keys.get(uri), shown, page_context(page))
            found = self.stored[self.language]["output"].get(key)
            if found is None:
                self.misses += 1
                continue
            self.hits += 1
            self.used["output"][key] = found
            self.kept_output[uri] = found
            kept.append(page)
        return kept

    def output(self, page) -> dict | None:
        return self.kept_output.get(page.file.src_uri)

    def page_started(self) -> None:
        self.heard = self.warnings.count

    def keep_output(self, page, html: str, search: list[dict], hashes: set[str]) -> None:
        """Keep a page's finished HTML, unless MkDocs warned while building it."""
        if self.warnings.count != self.heard:
            return
        self.used["output"][self.output_keys[page.file.src_uri]] = {
            "html": html, "search": search, "hashes": sorted(hashes)}
        self.changed.add(self.language)

    def finish(self, save: bool) -> None:
        """A language's build is done: keep what it used (in a build: write it and let it go;
        a preview keeps it in memory and writes it when it stops)."""
        language = self.language
        if self.used["content"] or self.used["output"]:
            if set(self.stored[language]["content"]) - set(self.used["content"]) or \
                    set(self.stored[language]["output"]) - set(self.used["output"]):
                self.changed.add(language)
            self.stored[language] = {"site": self.site, **self.used}
        if save:  # a build: written now, and let go (a build does not come back to a language)
            self.save(language)
            self.stored.pop(language, None)
            self.used = {"content": {}, "output": {}}

    def save(self, language: str | None = None) -> None:
        """Write the changed languages' entries (one, or all)."""
        for code in [language] if language else sorted(self.changed):
            if code not in self.changed:
                continue
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".pages-")
            with os.fdopen(handle, "wb") as raw, gzip.open(raw, "wt", encoding="utf-8", compresslevel=1) as file:
                file.write(json.dumps({"site": self.site, **self.stored[code]},  # dumps: in C, 10× json.dump
                                      ensure_ascii=False, separators=(",", ":")))
            os.replace(temporary, self._path(code))
            self.changed.discard(code)

    def summary(self) -> str:
        return f"{self.misses} pages rendered, {self.hits} unchanged since the last build (kept)"


def _item(link: AnchorLink) -> dict:
    return {"title": link.title, "id": link.id, "level": link.level, "children": [_item(c) for c in link.children]}


def _anchor(item: dict) -> AnchorLink:
    link = AnchorLink(item["title"], item["id"], item["level"])
    link.children = [_anchor(child) for child in item["children"]]
    return link
