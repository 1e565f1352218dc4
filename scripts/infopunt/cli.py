"""`infopunt`: the editors' and CI's command line. Exit 0 ok, 1 a page misses its target, 2 bad input."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import checks, contacts, pages, report, settings
from .findings import InputError

OK, MISSES, BAD_INPUT = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="infopunt", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    read = commands.add_parser("readability", help="score Markdown pages against the B1 target")
    read.add_argument("paths", nargs="+", metavar="PATH", help="Markdown files or folders; '-' reads stdin")
    read.add_argument("--lang", help="language of the text (default: from docs/<lang>/ in the path)")
    read.add_argument("--audience", choices=sorted(settings.DEFAULT_TARGETS),
                      help="audience whose target applies (default: from the front matter, else 'all')")
    read.add_argument("--format", choices=("text", "json"), default="text")
    read.add_argument("--verbose", "-v", action="store_true", help="also list hints (long words, longish sentences)")
    read.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"),
                      help="mkdocs.yml with the targets (default: ./mkdocs.yml when present)")

    check = commands.add_parser("check", help="check every page of the site like the build does")
    check.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        options = settings.plugin_options(args.config_file) if args.config_file.exists() else {}
        targets = settings.targets(options)
        if args.command == "check":
            return _check(args.config_file, options, targets)
        return _readability(args, targets)
    except InputError as error:
        print(f"infopunt: {error}", file=sys.stderr)
        return BAD_INPUT


def _readability(args, targets: dict[str, float]) -> int:
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
    results = [checks.readability(page, targets) for page in found]
    print(report.as_json(results) if args.format == "json" else report.as_text(results, args.verbose))
    return MISSES if any(result.passes is False for result in results) else OK


def _check(config_file: Path, options: dict, targets: dict[str, float]) -> int:
    docs_dir = config_file.parent / "docs"
    directory = contacts.load(docs_dir / options.get("contacts", settings.DEFAULT_CONTACTS))
    site = checks.site(docs_dir, targets, directory)
    for error in site.errors:
        print(error)
    print(report.as_text(site.results))
    return MISSES if site.errors or any(r.passes is False for r in site.results) else OK


if __name__ == "__main__":
    sys.exit(main())
