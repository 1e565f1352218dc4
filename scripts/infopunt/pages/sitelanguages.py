"""The site's languages, as configured for mkdocs-static-i18n, and which pages exist in each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from infopunt.pages.settings import built_files


@dataclass(frozen=True)
class SiteLanguage:
    code: str
    name: str  # the language's own name, e.g. "Polski"
    default: bool

    @property
    def root(self) -> str:
        """Where the language lives in the site: "" for the default, "pl/" for the others."""
        return "" if self.default else f"{self.code}/"


class SiteLanguages:
    """The languages in mkdocs.yml order, and the pages each has a real translation of."""

    def __init__(self, languages: list[SiteLanguage], docs_dir: Path, built: list[Path]):
        self.all = languages
        self.built = built  # the files MkDocs builds from, listed once per build
        self.by_code = {language.code: language for language in languages}
        self.default = next(language for language in languages if language.default)
        self.pages: dict[str, set[str]] = {}  # "slachtoffer/rechten.md" → {"nl", "en", …}
        for path in built:
            if path.suffix == ".md" and path.is_relative_to(docs_dir) and len(path.relative_to(docs_dir).parts) > 1:
                code, *rest = path.relative_to(docs_dir).parts
                if code in self.by_code:
                    self.pages.setdefault("/".join(rest), set()).add(code)

    @classmethod
    def from_config(cls, config) -> SiteLanguages:
        i18n = config.plugins.get("i18n")
        if i18n is None:
            raise ValueError("the infopunt plugin needs the i18n plugin (mkdocs-static-i18n)")
        languages = [SiteLanguage(entry.locale, entry.name, bool(entry.default))
                     for entry in i18n.config.languages if entry.build and entry.locale != "null"]
        return cls(languages, Path(config.docs_dir), built_files(config))

    def translated(self, page: str) -> list[SiteLanguage]:
        """The languages that have a real translation of a page (a path inside a language folder)."""
        present = self.pages.get(page, set())
        return [language for language in self.all if language.code in present]

    def url(self, language: SiteLanguage, page: str) -> str:
        """The site-relative URL of a page in a language, with directory URLs."""
        path = PurePosixPath(page)
        folder = path.parent if path.stem in ("index", "README") else path.with_suffix("")
        rest = "" if str(folder) == "." else f"{folder.as_posix()}/"
        return language.root + rest
