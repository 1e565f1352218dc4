"""Work a build of ten languages need not repeat: mkdocs-static-i18n builds every language in
turn in one process, and each language's build would compile the theme's templates again and
work out, for every page, its versions in every language (alternates). The site does not use
those alternates (its language menu comes from infopunt.sitelanguages and the alternate links
they feed are removed from the pages), so that step is skipped, and each language's build is
given only the files of its own language and the default one (the others would only feed the
alternates); compiled templates are kept for the next language's build, and the theme's files
are listed once per build of the site. All of these are the plugin option `build_shortcuts`
(on by default); the output is the same without them (tests/test_build.py compares the trees).
"""

from __future__ import annotations

from jinja2 import BaseLoader, BytecodeCache
from mkdocs.structure.files import Files


class CompiledTemplates(BytecodeCache):
    """Compiled templates in memory, for the builds of one process (keyed by Jinja on the
    template's name and checked against its source)."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class ThemeFiles(BaseLoader):
    """A theme's template loader that lists the theme's files once per build of the site: MkDocs
    lists them in each language's build to copy the static ones, and Material has 14,500,
    nearly all icons in hidden folders that MkDocs never copies (so they are left out here)."""

    def __init__(self, loader, listed: dict):
        self.loader, self.listed = loader, listed

    def get_source(self, environment, template):
        return self.loader.get_source(environment, template)

    def list_templates(self) -> list[str]:
        # mkdocs-static-i18n adds its sitemap folder again in each language's build: same files
        key = tuple(dict.fromkeys(getattr(self.loader, "searchpath", ())))
        if key not in self.listed:
            self.listed[key] = [name for name in self.loader.list_templates()
                                if not any(part.startswith(".") for part in name.split("/"))]
        return self.listed[key]


def list_theme_once(theme) -> None:
    """`theme`'s templates come through a ThemeFiles loader from now on, listed once for all
    the language builds that share this theme (a preview loads the theme again for each rebuild)."""
    if "get_env" in vars(theme):  # done already, in an earlier language's build
        return
    listed: dict = {}

    def get_env():
        env = type(theme).get_env(theme)
        env.loader = ThemeFiles(env.loader, listed)
        return env

    theme.get_env = get_env


def own_files(files: Files, codes: set[str], wanted: set[str]) -> Files:
    """The files of a language's build without the pages of the other languages (`codes` are
    the site's languages, `wanted` those of this build: its own and the default one)."""
    return Files([file for file in files
                  if "/" not in file.src_uri or file.src_uri.split("/", 1)[0] not in codes - wanted])


def skip_alternates(i18n) -> None:
    """Make mkdocs-static-i18n leave each page's alternates at the page itself."""
    if not callable(getattr(i18n, "reconfigure_files_alternates", None)):
        raise ValueError("mkdocs-static-i18n changed: it has no reconfigure_files_alternates to skip")
    i18n.reconfigure_files_alternates = lambda *args, **kwargs: None
