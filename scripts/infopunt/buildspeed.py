"""Work a build of ten languages need not repeat: mkdocs-static-i18n builds every language in
turn in one process, and each language's build would compile the theme's templates again and
work out, for every page, its versions in every language (alternates). The site does not use
those alternates (its language menu comes from infopunt.sitelanguages and the alternate links
they feed are removed from the pages), so that step is skipped (plugin option
`skip_i18n_alternates`, on by default), and each language's build is given only the files of
its own language and the default one (the others would only feed the alternates); compiled
templates are kept for the next language's build. The output is the same (tests/test_build.py
compares the trees).
"""

from __future__ import annotations

from jinja2 import BytecodeCache
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
