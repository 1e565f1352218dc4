"""Time the build and the editors' commands on the real site and on generated larger sites;
prints numbers and ratios, asserts nothing (these machines are shared and noisy: read the
medians side by side, measured in one run).

    python scripts/benchmark_site.py [--pages 50 100 200] [--runs 3]

Builds: the naive build (Material and mkdocs-static-i18n as they come, no overrides, no
checks) against `infopunt build` with every check, cold (no cache: neither B1 scores nor kept
pages) and warm (right after a build). Preview: `mkdocs serve` of one language (`make serve
LANGUAGES=nl`) and of all: the first page, and the time from saving a Dutch page to the
changed page being served (the browser reloads then).

A generated site has the real configuration, theme and data files, and in each of the ten
languages the real pages plus whole copies of them in folders g1/, g2/, … (links between
pages keep working inside a copy; each copy's pages start a few blank lines lower, so the B1
cache, keyed by text and position, treats them as pages of their own), until a language has at
least --pages pages. Each command
runs in a fresh process, as an editor or CI runs it; wall time and peak memory are the
process's own (wait4).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from benchmark_pages import default_config  # a sibling script (scripts/ is on the path)

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LANGUAGES = sorted(path.name for path in (ROOT / "docs").iterdir() if path.is_dir())


def generate(folder: Path, pages: int) -> tuple[Path, int]:
    """A copy of the project with at least `pages` pages per language; returns it and the count."""
    project = folder / f"site-{pages}"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", project)
    real = sorted((ROOT / "docs" / "nl").rglob("*.md"))
    copies = 0
    while len(real) * (copies + 1) < pages:
        copies += 1
        for lang in LANGUAGES:
            copy = project / "docs" / lang / f"g{copies}"
            shutil.copytree(ROOT / "docs" / lang, copy)
            for page in copy.rglob("*.md"):  # blank lines: a page of its own for the B1 cache, same words
                front, _, body = page.read_text(encoding="utf-8").partition("\n---\n")
                page.write_text(f"{front}\n---\n" + "\n" * copies + body, encoding="utf-8")
    return project, len(real) * (copies + 1)


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one run of `command`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if process.returncode not in (0, 1):  # 1: a finding (an outdated translation), not a failure
        raise SystemExit(f"{' '.join(command)} failed in {cwd} with {process.returncode}")
    return wall, usage.ru_maxrss / 1024


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(check, timeout: float = 600) -> float:
    """Seconds until `check()` is true, asked every 20 ms."""
    started = time.perf_counter()
    while not check():
        if time.perf_counter() - started > timeout:
            raise SystemExit("mkdocs serve did not show the page in time")
        time.sleep(0.02)
    return time.perf_counter() - started


def interruptible() -> None:
    """In the server's process: Ctrl-C stops it (a shell starts background jobs with it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def serve(project: Path, languages: str) -> tuple[float, float, float]:
    """`mkdocs serve` as `make serve LANGUAGES=…` starts it: seconds until the first page is
    served, seconds from saving a Dutch page to the changed page being served, peak memory (MB)."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", INFOPUNT_BUILD_LANGUAGES=languages)
    page = project / "docs" / "nl" / "hulp-nu.md"
    original = page.read_text(encoding="utf-8")
    url = f"http://127.0.0.1:{port}/hulp-nu/"
    started = time.perf_counter()
    process = subprocess.Popen([str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"], cwd=project, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=interruptible)
    try:
        wait_for(lambda: "</html>" in fetch(url))
        first = time.perf_counter() - started
        time.sleep(1)  # the server settles (it watches the files from now on)
        marker = f"Nieuwe zin {time.time_ns()}."
        page.write_text(original + f"\n{marker}\n", encoding="utf-8")
        edit = wait_for(lambda: marker in fetch(url))
        status = Path(f"/proc/{process.pid}/status").read_text()
        peak = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C, as an editor stops it (it then saves what it kept)
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        page.write_text(original, encoding="utf-8")
    return first, edit, peak


def measure(project: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median wall time and peak memory of each command on `project`."""
    cache = project / ".cache"
    naive = default_config(project, project)
    commands = {
        "naive build": ([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(naive), "-d", "naive"], None),
        "build, cold": ([str(BIN / "infopunt"), "build"], cache),
        "build, warm": ([str(BIN / "infopunt"), "build"], None),
        "translations": ([str(BIN / "infopunt"), "translations"], None),
        "dashboard, cold": ([str(BIN / "infopunt"), "dashboard", "-o", "dashboard.html"], cache),
        "dashboard, warm": ([str(BIN / "infopunt"), "dashboard", "-o", "dashboard.html"], None),
    }
    found = {}
    for name, (command, clear) in commands.items():
        samples = []
        for _ in range(runs):
            if clear is not None:
                shutil.rmtree(clear, ignore_errors=True)
            samples.append(timed(command, project))
        found[name] = (statistics.median(s[0] for s in samples), max(s[1] for s in samples))
    for languages, label in (("nl", "serve nl"), ("", "serve all")):
        samples = [serve(project, languages) for _ in range(runs)]
        peak = max(sample[2] for sample in samples)
        found[f"{label}: first page"] = (statistics.median(sample[0] for sample in samples), peak)
        found[f"{label}: save to page"] = (statistics.median(sample[1] for sample in samples), peak)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[50, 100, 200], help="pages per language")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (the median is shown)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sites = [("the site", *generate(Path(folder), 0))]
        for wanted in args.pages:
            project, count = generate(Path(folder), wanted)
            sites.append((f"generated, {count} per language", project, count))
        rows = [(label, count, measure(project, args.runs)) for label, project, count in sites]
    names = list(rows[0][2])
    width = 22
    print(f"{'pages (all languages)':<34}" + "".join(f"{count * len(LANGUAGES):>{width}}" for _, count, _ in rows))
    for name in names:
        print(f"{name:<34}" + "".join(f"{found[name][0]:>8.2f} s {found[name][1]:>6.0f} MB".rjust(width)
                                      for _, _, found in rows))
    print("\nbuild / naive build (target ≤ 0.5), cold = no cache at all, warm = after a build:")
    for label, count, found in rows:
        naive = found["naive build"][0]
        print(f"  {label:<32} cold {found['build, cold'][0] / naive:.2f}, warm {found['build, warm'][0] / naive:.2f}")
    print("\npreview, from saving a Dutch page to the changed page being served (target < 2 s):")
    for label, count, found in rows:
        print(f"  {label:<32} one language {found['serve nl: save to page'][0]:.2f} s, "
              f"all languages {found['serve all: save to page'][0]:.2f} s")
    base = rows[0]
    print("\ngrowth against the site (time):")
    for label, count, found in rows[1:]:
        ratios = ", ".join(f"{name} ×{found[name][0] / base[2][name][0]:.1f}" for name in names)
        print(f"  {label}: {count / base[1]:.1f}× the pages; {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
