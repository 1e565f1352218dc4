"""The MkDocs plugin: checks every page before the build and renders contact cards.

A front matter or contact problem stops every build, before the output folder is
touched. A page that misses its B1 target stops `mkdocs build --strict` (again before
anything is written) and is a warning otherwise, so `mkdocs serve` keeps running.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from . import checks, contacts, settings
from .findings import InputError
from .readability import Cache
from .frontmatter import AUDIENCES

log = get_plugin_logger(__name__)


class InfopuntConfig(base.Config):
    contacts = c.Type(str, default=settings.DEFAULT_CONTACTS)
    targets = c.Type(dict, default={})
    enforce = c.ListOfItems(c.Choice(AUDIENCES), default=list(settings.DEFAULT_ENFORCED))
    cache = c.Type(bool, default=True)


class InfopuntPlugin(BasePlugin[InfopuntConfig]):
    def __init__(self):
        self.directory: contacts.Directory | None = None
        self.checked = False

    def on_config(self, config):
        unknown = set(self.config.targets) - set(AUDIENCES)
        if unknown:
            raise PluginError(f"infopunt: targets for unknown audience(s): {', '.join(sorted(unknown))}")
        try:
            self.directory = contacts.load(Path(config.docs_dir) / self.config.contacts)
        except InputError as error:
            raise PluginError(str(error)) from None
        return config

    def on_pre_build(self, config):
        if self.checked:  # mkdocs-static-i18n builds each further language inside this build
            return
        self.checked = True
        project = Path(config.config_file_path).parent
        cache = Cache(project / settings.DEFAULT_CACHE) if self.config.cache else None
        site = checks.site(Path(config.docs_dir), settings.targets(self.config), self.directory, cache)
        if cache is not None:
            log.info(f"B1 check of {len(site.results)} pages: {cache.summary()}")
        for error in site.errors:
            log.error(str(error))
        if site.errors:
            raise PluginError(f"{len(site.errors)} problem(s) in the pages, listed above; nothing was built.")
        self._report_readability(site.results, strict=config.strict)

    def _report_readability(self, results: list[checks.PageResult], strict: bool) -> None:
        missing = []
        for result in results:
            for finding in result.measurement.findings:
                if finding.severity == "warning":
                    log.info(str(finding))
            if not result.measured:
                log.info(f"{result.page.path}: B1 not measured: {result.measurement.reason}")
                continue
            if result.passes:
                continue
            message = (f"{result.page.path}: B1 score {result.measurement.score:.1f} is below the target "
                       f"{result.target:g} for '{result.page.audience}' pages. Run "
                       f"'infopunt readability {result.page.path}' to see what to change.")
            if result.page.audience not in self.config.enforce:
                log.info(message)
            elif strict:
                log.error(message)
                missing.append(result)
            else:
                log.warning(message)
        if missing:
            raise PluginError(f"{len(missing)} page(s) miss their B1 target, listed above; nothing was built.")

    def on_page_markdown(self, markdown, page, config, files):
        lang = page.file.src_uri.split("/")[0]
        return contacts.expand(markdown, lang, self.directory)
