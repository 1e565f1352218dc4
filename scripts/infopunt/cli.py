"""`infopunt`: the editors' and CI's command line. Exit 0 ok, 1 a page misses its target, 2 bad input."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import checks, contacts, pages, publish, report, report_html, review, settings, sources, translations
from .findings import InputError, display_path
from .readability import Cache

OK, MISSES, BAD_INPUT = 0, 1, 2
PROGRESS_FROM = 50  # pages: show a progress bar on a terminal from this many on
FORMATS = {"text": None, "json": report.as_json, "html": report_html.as_html, "github": report.as_github}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="infopunt", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    read = commands.add_parser("readability", help="score Markdown pages against the B1 target")
    read.add_argument("paths", nargs="+", metavar="PATH", help="Markdown files or folders; '-' reads stdin")
    read.add_argument("--lang", help="language of stdin and of files outside docs/<lang>/ folders")
    read.add_argument("--audience", choices=sorted(settings.DEFAULT_TARGETS),
                      help="audience whose target applies (default: from the front matter, else 'all')")
    read.add_argument("--format", choices=sorted(FORMATS), default="text")
    read.add_argument("--output", "-o", type=Path, help="write the report to this file instead of stdout")
    read.add_argument("--verbose", "-v", action="store_true", help="also list hints (long words, nominalisations)")
    _common(read)

    check = commands.add_parser("check", help="check every page of the site like the build does")
    check.add_argument("--strict-review", action="store_true",
                       help="pages and contacts due for review are errors, not warnings (for a scheduled CI run)")
    _common(check)

    listing = commands.add_parser("sources", help="list each page of the default language with its sources")
    listing.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))

    translated = commands.add_parser("translations", help="each page in each language: current, outdated, "
                                     "not marked or missing; --mark records that translations follow the Dutch")
    translated.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    translated.add_argument("--format", choices=("text", "json"), default="text")
    translated.add_argument("--mark", nargs="+", type=Path, metavar="PAGE",
                            help="translated pages that now follow the current Dutch text")

    build = commands.add_parser("build", help="build the site; replace the output folder only on success")
    build.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    build.add_argument("--site-dir", type=Path, help="output folder (default: site_dir of mkdocs.yml)")
    build.add_argument("--no-strict", action="store_true", help="do not fail on warnings")
    return parser


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"),
                         help="mkdocs.yml with the targets (default: ./mkdocs.yml when present)")
    command.add_argument("--no-cache", action="store_true", help="score every page again")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        return _build(args)
    try:
        if args.command == "sources":
            return _sources(args.config_file)
        if args.command == "translations":
            return _translations(args)
        config = settings.load(args.config_file)
        options = settings.plugin_options(config)
        targets = settings.targets(options)
        cache = None if args.no_cache else Cache(args.config_file.parent / settings.DEFAULT_CACHE)
        if args.command == "check":
            return _check(args.config_file, config, targets, cache, args.strict_review)
        return _readability(args, targets, cache)
    except InputError as error:
        print(f"infopunt: {error}", file=sys.stderr)
        return BAD_INPUT


def _readability(args, targets: dict[str, float], cache: Cache | None) -> int:
    if args.lang is not None and not pages.LANG_DIR.match(args.lang):
        raise InputError("--lang", f"'{args.lang}' is not a language code such as nl or en")
    found = []
    for path in args.paths:
        if path == "-":
            found.append(pages.parse(sys.stdin.read(), "<stdin>", args.lang))
        else:
            found.extend(pages.read(file, args.lang) for file in pages.markdown_files([Path(path)]))
    for page in found:
        if page.lang is None:
            raise InputError(page.path, "cannot tell its language: put it under docs/<lang>/ or pass --lang")
        if args.audience:
            page.front.data["audience"] = args.audience
    results = [checks.readability(page, targets, cache) for page in _progress(found)]
    if cache is not None:
        cache.save()
        print(f"infopunt: {cache.summary()}", file=sys.stderr)
    render = FORMATS[args.format]
    output = render(results) if render else report.as_text(results, args.verbose)
    if args.output:
        args.output.write_text(output + "\n", encoding="utf-8")
    else:
        print(output)
    return MISSES if any(result.passes is False for result in results) else OK


def _progress(items: list):
    """Yield the items; on a terminal, from PROGRESS_FROM items on, draw a progress bar on stderr."""
    if len(items) < PROGRESS_FROM or not sys.stderr.isatty():
        yield from items
        return
    for done, item in enumerate(items, 1):
        yield item
        if done % 10 == 0 or done == len(items):
            bar = "█" * (30 * done // len(items))
            print(f"\rscoring |{bar:<30}| {done}/{len(items)} pages", end="", file=sys.stderr, flush=True)
    print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)


def _docs_dir(config_file: Path, config: dict) -> Path:
    return config_file.parent / config.get("docs_dir", "docs")


def _register(config_file: Path, config: dict) -> sources.Register:
    name = settings.plugin_options(config).get("sources", settings.DEFAULT_SOURCES)
    return sources.load(_docs_dir(config_file, config) / name)


def _check(config_file: Path, config: dict, targets: dict[str, float], cache: Cache | None,
           strict_review: bool = False) -> int:
    docs_dir = _docs_dir(config_file, config)
    options = settings.plugin_options(config)
    directory = contacts.load(docs_dir / options.get("contacts", settings.DEFAULT_CONTACTS))
    site = checks.site(docs_dir, targets, directory, cache, settings.default_language(config),
                       _register(config_file, config))
    for error in site.errors:
        print(error)
    print(report.as_text(site.results))
    page_days = {**review.DEFAULT_PAGE_DAYS, **(options.get("review_days") or {})}
    contact_days = int(options.get("contact_check_days", review.DEFAULT_CONTACT_DAYS))
    due = review.due(docs_dir, directory, page_days, contact_days, dt.date.today())
    for finding in due:
        print(f"{'error' if strict_review else 'warning'}: {finding}")
    if due:
        print(f"{len(due)} page(s) or contact(s) due for review")
    failed = site.errors or any(r.passes is False for r in site.results) or (strict_review and due)
    return MISSES if failed else OK


def _translations(args) -> int:
    """The state of every translation (exit 1 when one is outdated or missing), or --mark some."""
    config = settings.load(args.config_file)
    docs_dir, languages = _docs_dir(args.config_file, config), settings.languages(config)
    if args.mark:
        for path in args.mark:
            print(f"{display_path(path)}: follows the Dutch text {translations.mark(path, docs_dir, languages[0])}")
        return OK
    found = translations.states(docs_dir, languages, languages[0])
    if args.format == "json":
        print(json.dumps([state.as_dict() for state in found], indent=2))
    else:
        for state in found:
            if state.state != "current":
                print(f"docs/{state.lang}/{state.page}\t{state.state}\t{state.status}")
        counts = {name: sum(1 for state in found if state.state == name)
                  for name in ("current", "outdated", "unmarked", "missing")}
        print(", ".join(f"{count} {name}" for name, count in counts.items()))
    return MISSES if any(state.state in ("outdated", "missing") for state in found) else OK


def _sources(config_file: Path) -> int:
    """Each page of the default language with the sources of its facts (its translations share
    them); pages without any are listed last, for an editor to source or to confirm they state
    no facts. Exit 1 when a listed source is unknown."""
    config = settings.load(config_file)
    register = _register(config_file, config)
    language = settings.default_language(config)
    folder = _docs_dir(config_file, config) / language
    found = [pages.read(path, language) for path in pages.markdown_files([folder])]
    problems = [finding for page in found for finding in register.findings(page)]
    for page in found:
        for source_id in page.front.data.get("sources") or []:
            entry = register.sources.get(source_id, {})
            print(f"{page.path}\t{source_id}\t{entry.get('publisher', '?')}: {entry.get('title', '?')}\t"
                  f"{entry.get('url', '')}")
    without = [page.path for page in found if not page.front.data.get("sources")]
    if without:
        print(f"\n{len(without)} page(s) without sources:")
        print("\n".join(f"  {path}" for path in without))
    for problem in problems:
        print(problem, file=sys.stderr)
    return MISSES if problems else OK


def _build(args) -> int:
    config = settings.load(args.config_file)
    site_dir = args.site_dir or args.config_file.parent / config.get("site_dir", "site")
    status = publish.build(args.config_file, site_dir, strict=not args.no_strict)
    if status != 0:
        print(f"infopunt: the build failed; {site_dir} was left as it was.", file=sys.stderr)
        return MISSES
    print(f"infopunt: built {site_dir}", file=sys.stderr)
    return OK


if __name__ == "__main__":
    sys.exit(main())
