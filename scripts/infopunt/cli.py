"""`infopunt`: the editors' and CI's command line. Exit 0 ok, 1 a page misses its target, 2 bad input."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from infopunt import checks, pages
from infopunt.findings import InputError, display_path
from infopunt.pages import changes, settings, translations
from infopunt.readability import Cache
from infopunt.reports import dashboard, handoff, report, report_html
from infopunt.site import publish

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
    check.add_argument("--format", choices=("text", "github"), default="text",
                       help="github: annotations for GitHub Actions (the verdict is the same)")
    check.add_argument("--changed-since", metavar="REF",
                       help="annotate only lines changed since REF's merge base with HEAD (a pull request's lines)")
    _common(check)

    listing = commands.add_parser("sources", help="list each page of the default language with its sources")
    listing.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))

    translated = commands.add_parser("translations", help="each page in each language: current, outdated, "
                                     "not marked or missing; --mark records that translations follow the Dutch")
    translated.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    translated.add_argument("--format", choices=("text", "json"), default="text")
    translated.add_argument("--mark", nargs="+", type=Path, metavar="PAGE",
                            help="translated pages that now follow the current Dutch text")

    out = commands.add_parser("export", help="a page's Dutch segments as PO or XLIFF, for a translator's own tool")
    out.add_argument("page", type=Path, metavar="PAGE", help="the translated page to make, e.g. docs/pl/hulp-nu.md")
    out.add_argument("--format", choices=sorted(handoff.FORMATS), default="po")
    out.add_argument("--changed", action="store_true",
                     help="only the segments the Dutch page changed since the version the translation follows")
    out.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    out.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))

    back = commands.add_parser("import", help="write a translated page from a PO or XLIFF file made by export")
    back.add_argument("file", type=Path, metavar="FILE", help="a .po, .xlf or .xliff file")
    back.add_argument("--status", choices=handoff.STATUSES, required=True,
                      help="machine: not yet checked by a person; reviewed: translated or checked by a person")
    back.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))

    board = commands.add_parser("dashboard", help="write the editors' dashboard: translations, B1 scores, "
                                "reviews due, pages without sources (one HTML file, not published)")
    board.add_argument("--output", "-o", type=Path, required=True, help="the HTML file to write")
    _common(board)

    build = commands.add_parser("build", help="build the site; replace the output folder only on success")
    build.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    build.add_argument("--site-dir", type=Path, help="output folder (default: site_dir of mkdocs.yml)")
    build.add_argument("--no-strict", action="store_true", help="do not fail on warnings")
    build.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="build the languages in N processes at once (default: one per processor)")
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
        if args.command == "readability":
            return _readability(args)
        config = settings.load(args.config_file)
        if args.command == "check":
            return _check(config, args)
        if args.command == "sources":
            return _sources(config)
        if args.command == "dashboard":
            return _dashboard(args, config)
        if args.command in ("export", "import"):
            return _handoff(args, config)
        return _translations(args, config)
    except InputError as error:
        print(f"infopunt: {error}", file=sys.stderr)
        return BAD_INPUT


def _readability(args) -> int:
    """Score pages against the targets of mkdocs.yml (the defaults when there is none)."""
    targets, cache = dict(settings.DEFAULT_TARGETS), None
    if args.config_file.exists():
        targets = settings.targets(settings.plugin(settings.load(args.config_file, configure=False)).config)
    if not args.no_cache:
        cache = Cache(args.config_file.parent / settings.DEFAULT_CACHE)
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
            page.front.data = {**page.front.data, "audience": args.audience}
    scored = {id(page): checks.readability(page, targets, cache)  # by language: one word list loaded at a time
              for page in _progress(sorted(found, key=lambda page: page.lang))}
    results = [scored[id(page)] for page in found]
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


def _check(config, args) -> int:
    """The build's own check of the sources (see InfopuntPlugin.check_sources), without building:
    it fails where `infopunt build` would fail before building."""
    plugin = settings.plugin(config)
    site, due = plugin.check_sources(config, not args.no_cache)
    misses = plugin.misses(site.results)
    review_level = "error" if args.strict_review else "warning"
    if args.format == "github":
        _annotate(site, due, review_level, plugin.config.enforce, args.changed_since)
    else:
        for error in site.errors:
            print(error)
        print(report.as_text(site.results))
        for result in misses:
            print(f"error: {result.page.path}: B1 score {result.measurement.score:.1f} is below the target "
                  f"{result.target:g} for '{result.page.audience}' pages")
        for finding in due:
            print(f"{review_level}: {finding}")
        if due:
            print(f"{len(due)} page(s) or contact(s) due for review")
    failed = site.errors or misses or (args.strict_review and due)
    return MISSES if failed else OK


def _annotate(site: checks.SiteCheck, due: list, review_level: str, enforce: list[str], since: str | None) -> None:
    """GitHub annotations; with `since`, only those on lines changed since then (and the B1
    verdicts of changed pages). Problems elsewhere still decide the exit status."""
    changed = changes.changed_lines(Path.cwd(), since) if since else None
    if since and changed is None:
        raise InputError("--changed-since", f"'{since}' is not a commit of this repository")

    def on_changed_line(finding) -> bool:
        return changed is None or finding.line in changed.get(finding.path, ())

    lines = [report.finding_as_github(finding) for finding in site.errors if on_changed_line(finding)]
    lines += report.as_github(site.results, enforce, changed).splitlines()
    lines += [report.finding_as_github(finding, review_level) for finding in due if on_changed_line(finding)]
    print("\n".join(lines))


def _translations(args, config) -> int:
    """The state of every translation (exit 1 when one is outdated or missing), or --mark some."""
    docs_dir, languages = Path(config.docs_dir), settings.plugin(config).languages
    default = languages.default.code
    if args.mark:
        for path in args.mark:
            print(f"{display_path(path)}: follows the Dutch text {translations.mark(path, docs_dir, default)}")
        return OK
    found = translations.states(docs_dir, languages.built, [language.code for language in languages.all],
                                default)
    diffs = changes.of_outdated(found, docs_dir, default)
    if args.format == "json":
        print(json.dumps([{**state.as_dict(), **({"changes": diffs[state.page, state.recorded].as_dict()}
                                                  if state.state == "outdated" else {})} for state in found], indent=2))
    else:
        for state in found:
            if state.state != "current":
                print(f"docs/{state.lang}/{state.page}\t{state.state}\t{state.status}")
            if state.state == "outdated":
                print(diffs[state.page, state.recorded].as_text())
        counts = {name: sum(1 for state in found if state.state == name)
                  for name in ("current", "outdated", "unmarked", "missing")}
        print(", ".join(f"{count} {name}" for name, count in counts.items()))
    return MISSES if any(state.state in ("outdated", "missing") for state in found) else OK


def _dashboard(args, config) -> int:
    """Write the dashboard (see dashboard.py) in one step: a reader never sees half a file."""
    docs_dir = Path(config.docs_dir)
    if args.output.absolute().is_relative_to(docs_dir):
        raise InputError(display_path(args.output), "the dashboard is for editors: write it outside docs/")
    plugin = settings.plugin(config)
    site, due = plugin.check_sources(config, not args.no_cache)
    codes, default = [language.code for language in plugin.languages.all], plugin.languages.default.code
    states = translations.states(docs_dir, plugin.built, codes, default, site.pages)
    without = [result.page.path for result in site.results
               if result.page.lang == default and not result.page.front.data.get("sources")]
    page = dashboard.render(site.results, due, states, changes.of_outdated(states, docs_dir, default), codes,
                            without, dt.date.today())
    partial = args.output.with_name(f".{args.output.name}.partial")
    partial.write_text(page, encoding="utf-8")
    partial.replace(args.output)
    print(f"infopunt: wrote {display_path(args.output)}", file=sys.stderr)
    return MISSES if site.errors else OK


def _handoff(args, config) -> int:
    """`export` a page's segments, or `import` a translated file into its page."""
    docs_dir, default = Path(config.docs_dir), settings.plugin(config).languages.default.code
    if args.command == "import":
        written = handoff.import_file(args.file, docs_dir, default, args.status)
        print(f"infopunt: wrote {display_path(written)}; check it with 'infopunt check'", file=sys.stderr)
        return OK
    data = handoff.export(handoff.Pair.of(args.page, docs_dir, default), default, args.format, args.changed)
    if args.output:
        args.output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return OK


def _sources(config) -> int:
    """Each page of the default language with the sources of its facts (its translations share
    them); pages without any are listed last, for an editor to source or to confirm they state
    no facts. Exit 1 when a listed source is unknown."""
    plugin = settings.plugin(config)
    language = plugin.languages.default.code
    register = plugin.register
    folder = Path(config.docs_dir) / language
    found = [pages.read(path, language) for path in plugin.languages.built
             if path.suffix == ".md" and path.is_relative_to(folder)]
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
    """Build (every part checks the sources as a build does) and publish."""
    try:
        config = settings.load(args.config_file)
    except InputError as error:
        print(f"infopunt: {error}", file=sys.stderr)
        return BAD_INPUT
    site_dir = args.site_dir or Path(config.site_dir)
    status = publish.build(args.config_file, site_dir, strict=not args.no_strict, parts=max(1, args.jobs),
                           config=config)
    if status != 0:
        print(f"infopunt: the build failed; {site_dir} was left as it was.", file=sys.stderr)
        return MISSES
    print(f"infopunt: built {site_dir}", file=sys.stderr)
    return OK


if __name__ == "__main__":
    sys.exit(main())
