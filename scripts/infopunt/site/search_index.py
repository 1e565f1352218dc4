"""One search index per language, so a search in Polish finds Polish pages and a visitor
downloads only the index of their own language.

After each language's build, Material's search plugin has written that build's index to
`search/search_index.json`. It is copied to the language's own folder (`pl/search/…`),
without the pages that only show the default language's text, and with the search
settings (stemmer, separator) of that language from Material's own translations.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from infopunt.pages.sitelanguages import SiteLanguage, SiteLanguages

INDEX = Path("search") / "search_index.json"


def material_texts(config, language: str, bytecode_cache=None) -> Callable[[str], str]:
    """Material's own translations in `language` (partials/languages/<language>.html), as a
    function of the key."""
    previous = config.theme["language"]
    config.theme["language"] = language
    try:
        env = config.theme.get_env()
        env.bytecode_cache = bytecode_cache
        return env.get_template("partials/language.html", globals={"config": config}).module.t
    finally:
        config.theme["language"] = previous


def write(site_dir: Path, language: SiteLanguage, languages: SiteLanguages, text: Callable[[str], str]) -> None:
    """Write the index of the language just built into its own folder; `text(key)` gives
    Material's translation of a key in that language."""
    built = json.loads((site_dir / INDEX).read_text(encoding="utf-8"))
    translated = {languages.url(language, page) for page in languages.pages
                  if language in languages.translated(page)}
    docs = [doc for doc in built["docs"] if doc["location"].split("#")[0] in translated]
    settings = dict(built["config"])
    settings["lang"] = [text("search.config.lang")]
    settings["separator"] = text("search.config.separator")
    pipeline = text("search.config.pipeline")
    settings["pipeline"] = [step.strip() for step in pipeline.split(",") if step.strip()]
    target = site_dir / language.root / INDEX
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"config": settings, "docs": docs}, ensure_ascii=False,
                                 separators=(",", ":")), encoding="utf-8")
