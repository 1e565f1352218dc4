"""Benchmark the B1 engine; prints numbers, asserts nothing (machines here are shared and noisy).

    python scripts/benchmark.py [--pages 400]

1. Words per second for each language, one process on one core, over the development
   texts in tests/data/readability (word lists loaded beforehand).
2. The content-hash cache: a generated site of --pages pages is checked twice, each time
   in a fresh process as a build would; the first run starts with an empty cache, the
   second finds every page unchanged. Times of the check itself, and of the whole command.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "readability"
CHECK = """
import sys, time
from pathlib import Path
from infopunt import checks
from infopunt.pages import contacts, settings
from infopunt.readability import Cache
docs = Path(sys.argv[1])
start = time.perf_counter()
cache = Cache(docs.parent / "cache.json")
built = sorted(path for path in docs.rglob("*") if path.is_file())
site = checks.site(docs, built, settings.DEFAULT_TARGETS, contacts.load(docs / "contacts.yml"), cache, "nl")
assert not site.errors, site.errors
print(time.perf_counter() - start, len(site.results), cache.hits, cache.misses)
"""


def texts() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(DATA.glob("dev-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            found.setdefault(record["lang"], []).extend([record["complex"], record["simple"]])
    return found


def throughput(corpus: dict[str, list[str]]) -> None:
    from infopunt.readability import measure

    print("1. Throughput, one core (no cache)")
    print(f"   {'lang':4} {'words':>8} {'seconds':>8} {'words/s':>10}")
    for lang, items in corpus.items():
        measure(items[0], lang)  # load the word list (and jieba for zh) first
        start = time.process_time()
        words = sum(measure(text, lang).metrics.get("words", 0) for text in items)
        seconds = time.process_time() - start
        print(f"   {lang:4} {words:8d} {seconds:8.3f} {words / seconds:10,.0f}")


def generated_site(folder: Path, corpus: dict[str, list[str]], count: int) -> Path:
    docs = folder / "docs"
    (docs).mkdir()
    (docs / "contacts.yml").write_text("contacts: {}\n", encoding="utf-8")
    pool = [(lang, text) for lang, items in corpus.items() for text in items]
    for index in range(count):
        lang, text = pool[index * 7919 % len(pool)]
        page = docs / lang / f"page-{index:04d}.md"
        page.parent.mkdir(exist_ok=True)
        translation = "" if lang == "nl" else "translation: {status: machine, source: nl, source_reviewed: 2026-01-01}\n"
        page.write_text(f"---\ntitle: Page {index}\ndescription: A page.\naudience: all\n"
                        f"last_reviewed: 2026-01-01\n{translation}---\n\n# {index}\n\n{text}\n", encoding="utf-8")
    return docs


def run_check(docs: Path) -> tuple[float, float, int, int]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", CHECK, str(docs)], capture_output=True, text=True, check=True)
    total = time.perf_counter() - start
    inside, _, hits, misses = result.stdout.split()
    return float(inside), total, int(hits), int(misses)


def cache_runs(corpus: dict[str, list[str]], count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        docs = generated_site(Path(folder), corpus, count)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in docs.rglob("*.md"))
        print(f"\n2. Cache: a generated site of {count} pages ({words:,} words), checked twice in fresh processes")
        first = run_check(docs)
        second = run_check(docs)
        for name, (inside, total, hits, misses) in (("first run", first), ("second run", second)):
            print(f"   {name:10}: check {inside:6.3f} s, whole command {total:6.3f} s "
                  f"({misses} pages scored, {hits} from the cache)")
        print(f"   second run is {first[0] / second[0]:.1f}x faster (check), "
              f"{first[1] / second[1]:.1f}x faster (whole command, including Python start-up)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=400)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    corpus = texts()
    throughput(corpus)
    cache_runs(corpus, args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
