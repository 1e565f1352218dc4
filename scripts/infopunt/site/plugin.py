"""The MkDocs plugin: checks every page before the build, renders contact cards, and makes
the multilingual site work per language (notices, switcher, search, 404 pages, sitemap).

A front matter or contact problem stops every build, before the output folder is
touched. A page that misses its B1 target stops `mkdocs build --strict` (again before
anything is written) and is a warning otherwise, so `mkdocs serve` keeps running.

mkdocs-static-i18n builds the default language and then, from inside that build, each
other language; hooks here therefore run once per language, and the plugin tells the
outermost build (which finishes the whole site) from the inner ones: `building` holds
the language of each build under way.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

from babel.dates import format_date
from jinja2 import ChoiceLoader, DictLoader
from markupsafe import escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files

from infopunt import checks
from infopunt.checks import published, review, security
from infopunt.findings import Finding, InputError, display_path, forget_real_paths
from infopunt.pages import contacts, schemas, settings, sources, strings, translations
from infopunt.pages.frontmatter import AUDIENCES
from infopunt.pages.sitelanguages import SiteLanguages
from infopunt.readability import Cache, frequency
from infopunt.reports import editor_panel
from infopunt.site import assets, buildspeed, pagecache, parallel, search_index

log = get_plugin_logger(__name__)
ALTERNATE_LINK = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
HTML_TAG = re.compile(r"<html lang=\"([^\"]+)\"")


@functools.lru_cache(maxsize=1024)
def _long_date(value: dt.date, language: str) -> str:
    """A date as `language` writes it in full (babel takes a tenth of a millisecond; pages share
    a few dates)."""
    return format_date(value, format="long", locale=language)


def without_alternates(html: str) -> str:
    """The page without its <link rel=alternate> and the white space before each. (One pattern
    starting with that white space is tried at every space of a page: a millisecond per page.)"""
    pieces = ALTERNATE_LINK.split(html)
    return "".join([piece.rstrip() for piece in pieces[:-1]] + pieces[-1:])


class InfopuntConfig(base.Config):
    contacts = c.Type(str, default=settings.DEFAULT_CONTACTS)
    strings = c.Type(str, default=settings.DEFAULT_STRINGS)
    sources = c.Type(str, default=settings.DEFAULT_SOURCES)
    targets = c.Type(dict, default={})
    enforce = c.ListOfItems(c.Choice(AUDIENCES), default=list(settings.DEFAULT_ENFORCED))
    cache = c.Type(bool, default=True)
    quick_exit_url = c.Type(str, default=settings.DEFAULT_QUICK_EXIT)
    replace_history = c.Type(bool, default=True)  # links within the site replace the history entry
    help_page = c.Type(str, default=settings.DEFAULT_HELP_PAGE)  # linked from the safety bar
    emergency_contact = c.Type(str, default=settings.DEFAULT_EMERGENCY_CONTACT)  # called from 404 pages
    review_days = c.Type(dict, default={})  # days between reviews per audience (see review.py)
    contact_check_days = c.Type(int, default=review.DEFAULT_CONTACT_DAYS)  # days between checks of a contact's details
    build_shortcuts = c.Type(bool, default=True)  # see buildspeed.py; false: MkDocs and mkdocs-static-i18n as they come


class InfopuntPlugin(BasePlugin[InfopuntConfig]):
    def __init__(self):
        self.directory: contacts.Directory | None = None
        self.register: sources.Register | None = None
        self.languages: SiteLanguages | None = None
        self.texts: dict = {}
        self.building: list[str] = []  # language of each build under way, innermost last
        self.serving = False  # `mkdocs serve`: pages show the editor's B1 panel
        self.material: dict[tuple[str, str], str] = {}  # Material's translations: (key, language) → text
        self.material_languages: dict = {}  # language → its translations as a function of the key
        self.assets: dict[str, assets.Asset] = {}
        self.material_bundle = ""
        self.theme_scripts: list[re.Pattern] = []
        self.data_files: list[Path] = []
        self.origin = ""  # scheme://host of site_url: the site's own absolute addresses
        self.skip_default_pages = False  # a part of a parallel build that leaves the default language to another
        self.part_languages: set[str] | None = None  # the languages this part of a parallel build builds and checks
        self.lowered: tuple | None = None  # MkDocs' levels for missing pages, while a part lowers them
        self.compiled_templates = buildspeed.CompiledTemplates()  # for every language's build
        self.page_cache: pagecache.PageCache | None = None  # rendered pages kept between builds
        self.b1_cache: Cache | None = None
        self.caching = False  # whether the language build under way uses page_cache
        self._start_build()

    def _start_build(self) -> None:
        """What one build (all its languages) gathers; `mkdocs serve` keeps the plugin between builds."""
        self.checked = False
        self.not_found: dict[str, str] = {}
        self.reviewed: dict[str, str] = {}
        self.script_hashes: set[str] = set()
        self.published: dict[tuple, Finding] = {}  # what the check of the built pages found
        self.check_time = [0, 0.0]  # pages checked, seconds spent
        self.translation_states: dict[tuple[str, str], translations.State] = {}  # (language, page) → state
        self.built: list[Path] = []  # the files MkDocs builds from
        self.results: dict[str, checks.PageResult] = {}  # B1 results by page path, for the editor's panel
        self.kept_content: dict[str, dict] = {}  # src_uri → kept content, in the language build under way
        self.nav_shown: list = []  # the navigation of the language build under way, as every page shows it
        self.search_seen = 0  # the search entries of the language build under way so far
        self.page_search: list[dict] = []  # the search entries of the page being built

    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"

    def on_config(self, config):
        if self.building:  # a language's build inside the site's build: everything is loaded
            return config
        self._start_build()
        forget_real_paths()  # a folder may have become a link since the last build of a preview
        logging.getLogger("jieba").setLevel(logging.WARNING)  # Material's search segments Chinese with it
        unknown = set(self.config.targets) - set(AUDIENCES)
        if unknown:
            raise PluginError(f"infopunt: targets for unknown audience(s): {', '.join(sorted(unknown))}")
        docs = Path(config.docs_dir)
        address = urlsplit(config.site_url or "")
        self.origin = f"{address.scheme}://{address.netloc}" if address.netloc else ""
        try:
            self.languages = SiteLanguages.from_config(config)
            if self.config.build_shortcuts:
                buildspeed.skip_alternates(config.plugins["i18n"])
                buildspeed.list_theme_once(config.theme)
            self._build_only(config.plugins["i18n"], os.environ.get(parallel.LANGUAGES_VARIABLE))
            self.directory = contacts.load(docs / self.config.contacts)
            self.register = sources.load(docs / self.config.sources)
            self.texts = strings.load(docs / self.config.strings, [lang.code for lang in self.languages.all])
            self._check_help_options()
            problem = schemas.problem_of(schemas.QUICK_EXIT, self.config.quick_exit_url)
            if problem:
                raise ValueError(f"mkdocs.yml: plugins.infopunt.quick_exit_url "
                                 f"'{self.config.quick_exit_url}' {problem}")
            custom_dir = Path(config.theme.custom_dir)
            self.assets = {kind: assets.join(custom_dir, f".{kind}") for kind in ("css", "js")}
            self.material_bundle = assets.material_bundle(config.theme.dirs)
            self.theme_scripts = published.known_scripts([Path(folder) for folder in config.theme.dirs])
            self.data_files = [docs / self.config.strings, docs / self.config.contacts,
                               Path(config.config_file_path), custom_dir / "main.html"]
            self._start_page_cache(config, [docs / self.config.sources])
        except (InputError, ValueError) as error:
            raise PluginError(str(error)) from None
        return config

    def _start_page_cache(self, config, more_data: list[Path]) -> None:
        if not self.config.cache:
            self.page_cache = None
            return
        if self.page_cache is None:
            self.page_cache = pagecache.PageCache(Path(config.config_file_path).parent,
                                                  "serve" if self.serving else "build")
        self.page_cache.start_site(pagecache.site_fingerprint(config, [*self.data_files, *more_data]))

    def _build_only(self, i18n, codes: str | None) -> None:
        """In one part of a parallel build (parallel.py), build only its languages (and the
        default one, which mkdocs-static-i18n always builds); the site's languages stay all."""
        if not codes:
            return
        wanted = set(codes.split(","))
        unknown = wanted - set(self.languages.by_code)
        if unknown:
            raise ValueError(f"{parallel.LANGUAGES_VARIABLE}: unknown language(s) {', '.join(sorted(unknown))}")
        for entry in i18n.config.languages:
            entry.build = entry.build and (entry.default or entry.locale in wanted)
        self.skip_default_pages = self.languages.default.code not in wanted
        self.part_languages = wanted

    def _check_help_options(self) -> None:
        """The help page exists in the default language; the emergency contact has a phone number."""
        if self.config.help_page not in self.languages.pages:
            raise ValueError(f"infopunt: help_page '{self.config.help_page}' is not a page in "
                             f"docs/{self.languages.default.code}/")
        for language in self.languages.all:
            problems = self.directory.problems_for(self.config.emergency_contact, language.code, "call")
            if problems:
                raise ValueError(f"infopunt: emergency_contact: {problems[0]}")

    def on_env(self, env, config, files):
        """Compiled templates are reused; the pages whose output is kept render an empty template."""
        if self.config.build_shortcuts:
            env.bytecode_cache = self.compiled_templates
        if self.caching:
            if not isinstance(env.loader, ChoiceLoader):
                env.loader = ChoiceLoader([DictLoader({pagecache.TEMPLATE: ""}), env.loader])
            building = self._building(config)
            pages = [file.page for file in files.documentation_pages() if file.page is not None]
            for page in self.page_cache.plan_outputs(pages, self.nav_shown, lambda p: self._shows(p, building)):
                page.meta["template"] = pagecache.TEMPLATE
                page.meta["search"] = {"exclude": True}  # its kept entries are added instead
        self.search_seen = 0
        return env

    def _shows(self, page, building) -> list:
        """What a page shows of its translations in the language being built."""
        content_lang, _, path = page.file.src_uri.partition("/")
        translated = self.languages.translated(path)
        return [building.code, content_lang, [(lang.code, lang in translated, self._is_outdated(lang, path))
                                              for lang in self.languages.all],
                self._outdated(path, building) if content_lang == building.code else None]

    def on_files(self, files, config):
        """The component files of the site's styles and scripts are joined, not copied one by one.
        A part of a parallel build without the default language renders only its home page (that
        build is only the start mkdocs-static-i18n needs, and it wants a home page); the
        navigation then names pages that are not there, which is no news in that build."""
        building = self._building(config)
        skipped = self.skip_default_pages and building.default
        default = self.languages.default.code
        files = Files([file for file in files if not assets.is_source(file.src_uri) and not (
            skipped and file.src_uri.startswith(f"{default}/") and file.src_uri != f"{default}/index.md")])
        if self.config.build_shortcuts:  # see buildspeed.py
            files = buildspeed.own_files(files, set(self.languages.by_code), {building.code, default})
        if skipped:
            self.lowered = (config.validation.nav.not_found, config.validation.links.not_found)
            config.validation.nav.not_found = config.validation.links.not_found = logging.DEBUG
        return files

    def on_pre_build(self, config):
        self.building.append(config.theme["language"])
        if self.checked:
            return
        self.checked = True
        site, due = self.check_sources(config)
        for error in site.errors:
            log.error(str(error))
        if site.errors:
            raise PluginError(f"{len(site.errors)} problem(s) in the pages, listed above; nothing was built.")
        for finding in due:
            review.log().warning(f"review due: {finding}")
        if self.serving:
            self.results = {result.page.path: result for result in site.results}
        else:  # every page is scored: the word lists and scores need not take memory while pages render
            frequency.forget()
            self.b1_cache = None
        codes = [language.code for language in self.languages.all]
        self.translation_states = {(state.lang, state.page): state for state in translations.states(
            Path(config.docs_dir), self.built, codes, self.languages.default.code, site.pages)}
        self._report_readability(site.results, strict=config.strict)

    def check_sources(self, config, use_cache: bool = True) -> tuple[checks.SiteCheck, list[Finding]]:
        """Check every file MkDocs will build from (front matter, contacts, sources, B1) and
        what is due for review: the one check `infopunt check` and every build run. A part of
        a parallel build checks the pages of its own languages; the parts together check all."""
        cache = self._b1_cache(Path(config.config_file_path).parent) if self.config.cache and use_cache else None
        self.built = self.languages.built  # listed by MkDocs once, in on_config
        site = checks.site(Path(config.docs_dir), self.built, settings.targets(self.config), self.directory, cache,
                           default_language=self.languages.default.code, register=self.register,
                           languages=self.part_languages)
        if cache is not None:
            log.info(f"B1 check of {len(site.results)} pages: {cache.summary()}")
            if not self.serving:  # a preview saves the scores when it stops
                cache.save(prune=not site.errors and self.part_languages is None)  # whole site: pages gone go
        page_days = {**review.DEFAULT_PAGE_DAYS, **self.config.review_days}
        due = review.due([result.page for result in site.results], self.directory, page_days,
                         self.config.contact_check_days, dt.date.today())
        return site, due

    def _b1_cache(self, project: Path) -> Cache:
        """The B1 scores kept between runs: read for each build; a preview reads them once."""
        path = project / settings.DEFAULT_CACHE
        if self.serving and self.b1_cache is not None and self.b1_cache.path == path:
            self.b1_cache.hits = self.b1_cache.misses = 0
            return self.b1_cache
        self.b1_cache = Cache(path)
        return self.b1_cache

    def misses(self, results: list[checks.PageResult]) -> list[checks.PageResult]:
        """The pages that miss their B1 target in an audience whose target is enforced."""
        return [result for result in results if result.passes is False and result.page.audience in self.config.enforce]

    def _report_readability(self, results: list[checks.PageResult], strict: bool) -> None:
        for result in results:
            for finding in result.measurement.findings:
                if finding.severity == "warning":
                    log.debug(str(finding))
            if not result.measured:
                log.info(f"{result.page.path}: B1 not measured: {result.measurement.reason}")
        enforced = self.misses(results)
        for result in results:
            if result.passes is not False:
                continue
            message = (f"{result.page.path}: B1 score {result.measurement.score:.1f} is below the target "
                       f"{result.target:g} for '{result.page.audience}' pages. Run "
                       f"'infopunt readability {result.page.path}' to see what to change.")
            if result not in enforced:
                log.info(message)
            elif strict:
                log.error(message)
            else:
                log.warning(message)
        if strict and enforced:
            raise PluginError(f"{len(enforced)} page(s) miss their B1 target, listed above; nothing was built.")

    @event_priority(-150)  # after mkdocs-static-i18n has put the navigation titles in the language
    def on_nav(self, nav, config, files):
        """Navigation titles (from mkdocs.yml and front matter) are text: escaped once, here,
        because the theme inserts them into the HTML as they are."""
        pending, shown = list(nav.items), []
        while pending:
            item = pending.pop()
            if isinstance(item.title, str):
                item.title = escape(item.title)
            shown.append((type(item).__name__, getattr(item, "url", None),
                          None if getattr(item, "file", None) else str(item.title)))
            pending.extend(getattr(item, "children", None) or [])
        building = self._building(config)
        self.caching = self.page_cache is not None and not (self.skip_default_pages and building.default)
        if self.caching:
            self.nav_shown, self.kept_content = shown, {}
            self.page_cache.start(building.code, files)
        return nav

    def on_page_content(self, html, page, config, files):
        """A kept page's content comes back; in `mkdocs serve` only: the editor's B1 panel and
        marks (see editor_panel)."""
        kept = self.kept_content.pop(page.file.src_uri, None) if self.caching else None
        if kept is not None:
            return self.page_cache.restore_content(page, kept, files)
        if self.serving:
            html = editor_panel.render(html, self.results.get(display_path(Path(page.file.abs_src_path))))
        if self.caching:
            self.page_cache.keep_content(page, html)
        return html

    def on_page_markdown(self, markdown, page, config, files):
        """Contact cards in the Markdown; the page's title and description escaped once, here,
        because the theme inserts them into the HTML as they are (header, <title>, <meta>, menu)."""
        for key in ("title", "description"):
            if isinstance(page.meta.get(key), str):
                page.meta[key] = escape(page.meta[key])
        lang = page.file.src_uri.split("/")[0]
        markdown = contacts.expand(markdown, lang, self.directory)
        kept = self.page_cache.content(page, markdown) if self.caching else None
        if kept is not None:  # nothing to render: the kept content comes back in on_page_content
            self.kept_content[page.file.src_uri] = kept
            return ""
        return markdown

    def _material(self, config, key: str, language: str) -> str:
        """Material's translation of `key` in `language`, looked up once per build."""
        if (key, language) not in self.material:
            if language not in self.material_languages:
                self.material_languages[language] = search_index.material_texts(
                    config, language, self.compiled_templates if self.config.build_shortcuts else None)
            self.material[key, language] = str(self.material_languages[language](key))
        return self.material[key, language]

    def _building(self, config):
        return self.languages.by_code[self.building[-1] if self.building else config.theme["language"]]

    def on_template_context(self, context, template_name, config):
        return self._context(context, config)

    @event_priority(-50)  # after Material's search plugin has taken the page's search entries
    def on_page_context(self, context, page, config, nav):
        building = self._building(config)
        content_lang, _, path = page.file.src_uri.partition("/")
        url = self.languages.url(building, path)
        if content_lang == building.code:
            self.reviewed[url] = str(page.meta.get("last_reviewed", ""))
        if self.caching:
            self.page_cache.page_started()
            kept = self.page_cache.output(page)
            entries = self._search_entries(config)
            if kept is not None:
                self.script_hashes.update(kept["hashes"])
                entries.extend(kept["search"])
            self.page_search = entries[self.search_seen:]
            self.search_seen = len(entries)
            if kept is not None:
                return context
        context = self._context(context, config)
        translated = self.languages.translated(path)
        front = page.meta.get("translation") or {}
        context["infopunt_page"] = {
            "outdated": self._outdated(path, building) if content_lang == building.code else None,
            "reviewed": self._date(page.meta.get("last_reviewed"), building.code),
            "fallback": content_lang != building.code,
            "content_lang": content_lang,
            "machine": content_lang == building.code and front.get("status") == "machine",
            "languages": [{"code": lang.code, "name": lang.name, "url": self.languages.url(lang, path),
                           "translated": lang in translated, "current": lang == building,
                           "outdated": lang in translated and self._is_outdated(lang, path),
                           "outdated_note": self.texts[lang.code]["outdated_short"],
                           "dir": self._material(config, "direction", lang.code),
                           "not_translated": self.texts[lang.code]["not_translated"]}
                          for lang in self.languages.all],
            "available": [{"code": lang.code, "name": lang.name, "url": self.languages.url(lang, path)}
                          for lang in translated],
        }
        return context

    @staticmethod
    def _search_entries(config) -> list:
        search = config.plugins.get("material/search") or config.plugins.get("search")
        return search.search_index.entries if search is not None else []

    def _is_outdated(self, language, path: str) -> bool:
        """Whether the translation of `path` in `language` follows an older Dutch text."""
        state = self.translation_states.get((language.code, path))
        return state is not None and state.state == "outdated"

    def _outdated(self, path: str, building) -> dict | None:
        """When the Dutch page changed after this translation: its date and address."""
        if not self._is_outdated(building, path):
            return None
        default = self.languages.default
        changed = self.translation_states[building.code, path].source_reviewed
        return {"url": self.languages.url(default, path), "lang": default.code,
                **(self._date(changed, building.code) or {"datetime": "", "date": ""})}

    @staticmethod
    def _date(value, language: str) -> dict | None:
        """A date as the <time> element wants it and as the visitor's language writes it."""
        if not isinstance(value, dt.date):
            return None
        return {"datetime": value.isoformat(), "date": _long_date(value, language)}

    def _context(self, context, config):
        building = self._building(config)
        config["site_name"] = escape(config["site_name"])  # text, inserted as it is by the theme
        site_path = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
        context["infopunt"] = {
            "lang": building.code,
            "language_name": building.name,
            "root": building.root,
            "home": site_path + building.root,  # absolute: a 404 page is served at any address
            "help_url": site_path + self.languages.url(building, self.config.help_page),
            "emergency_call": self.directory.call_button(self.config.emergency_contact, building.code),
            "default_build": building.default,
            "quick_exit_url": self.config.quick_exit_url,
            "replace_history": self.config.replace_history,
            "assets": {"css": self.assets["css"].path, "js": self.assets["js"].path,
                       "material_bundle": self.material_bundle},
            "editor": {"css": editor_panel.CSS_PATH, "js": editor_panel.JS_PATH} if self.serving else None,
            "strings": self.texts[building.code],
            "languages": [{"code": lang.code, "name": lang.name, "root": lang.root, "home": site_path + lang.root,
                           "dir": self._material(config, "direction", lang.code),
                           "strings": self.texts[lang.code]} for lang in self.languages.all],
        }
        return context

    def on_post_page(self, output, page, config):
        kept = self.page_cache.output(page) if self.caching else None
        if kept is not None:
            return kept["html"]
        html, hashes = self._finish_html(output, config)
        clean = self._check_published(html, Path(page.file.abs_src_path))
        if self.caching and clean:
            self.page_cache.keep_output(page, html, self.page_search, hashes)
        return html

    def on_post_template(self, output_content, template_name, config):
        if template_name == "404.html":
            html, _ = self._finish_html(output_content, config)
            self._check_published(html, Path(config.theme.custom_dir) / "404.html")
            self.not_found[config.theme["language"]] = html
        return output_content

    def _check_published(self, html: str, source: Path) -> bool:
        """Hold the final HTML to the allowlist; each problem points at the source it came from.
        Returns whether the page passed."""
        started = time.perf_counter()
        found = published.problems(html, self.theme_scripts, self.origin)
        self.check_time[0] += 1
        self.check_time[1] += time.perf_counter() - started
        if found:
            shown = {path: display_path(path) for path in [source, *self.data_files]}
            for problem in found:
                finding = published.locate(problem, source, self.data_files, shown)
                self.published[finding.path, finding.line, finding.message] = finding
        return not found

    def _finish_html(self, html: str, config) -> tuple[str, set[str]]:
        """`dir` on <html> (Material sets it on <body> only); no <link rel=alternate> (Material's
        script would fetch a sitemap.xml next to each, which do not exist); the security policy."""
        direction = self._material(config, "direction", self._building(config).code)
        html = without_alternates(html)
        html = HTML_TAG.sub(lambda m: f'<html lang="{m.group(1)}" dir="{direction}"', html, count=1)
        html, hashes = security.protect(html)
        self.script_hashes |= hashes
        return html, hashes

    @event_priority(0)  # before mkdocs-static-i18n builds the other languages
    def _language_built(self, config):
        """The kept pages of the language just built are saved (a preview saves them when it
        stops); the other languages' builds report missing pages again (see on_files)."""
        if self.caching:
            self.page_cache.finish(save=not self.serving)
            self.caching = False
        if self.lowered is not None:
            (config.validation.nav.not_found, config.validation.links.not_found), self.lowered = self.lowered, None

    @event_priority(-200)  # after mkdocs-static-i18n, which builds the other languages in its own hook
    def _finish_build(self, config):
        site_dir = Path(config.site_dir)
        building = self._building(config)
        search_index.write(site_dir, building, self.languages, lambda key: self._material(config, key, building.code))
        self.building.pop()
        if not self.building:
            if self.page_cache is not None:
                log.info(f"Pages: {self.page_cache.summary()}")
            checked, seconds = self.check_time
            log.info(f"Checked {checked} built pages in {seconds:.1f} s "
                     f"({1000 * seconds / max(checked, 1):.1f} ms per page)")
            self.check_time = [0, 0.0]
            if self.published:
                for finding in sorted(self.published.values(), key=lambda f: (f.path, f.line)):
                    log.error(str(finding))
                count = len(self.published)
                self.published = {}
                raise PluginError(f"{count} problem(s) in the built pages, listed above; nothing was published.")
            self._finish_site(site_dir, config)

    on_post_build = CombinedEvent(_language_built, _finish_build)

    def on_build_error(self, error):
        self.building.clear()
        self.published = {}
        self.caching = False

    def on_shutdown(self):
        if self.serving and self.b1_cache is not None:
            self.b1_cache.save()
        if self.page_cache is not None:
            self.page_cache.save()

    def _finish_site(self, site_dir: Path, config) -> None:
        for asset in self.assets.values():
            asset.write(site_dir)
        if self.serving:
            (site_dir / editor_panel.CSS_PATH).write_text(editor_panel.CSS, encoding="utf-8")
            (site_dir / editor_panel.JS_PATH).write_text(editor_panel.JS, encoding="utf-8")
        for code, html in self.not_found.items():
            target = site_dir / self.languages.by_code[code].root / "404.html"
            target.write_text(html, encoding="utf-8")
        part = os.environ.get(parallel.REPORT_VARIABLE)
        if part:  # one part of a parallel build: the whole build writes the site-wide files
            parallel.report(Path(part), self.reviewed, self.script_hashes)
        elif not self.serving:  # a preview needs neither the sitemap nor the host's files
            parallel.finish(site_dir, self.languages, config.site_url or "/", self.reviewed, self.script_hashes)
