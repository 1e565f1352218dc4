"""Shared fixtures: the real CLI, real `mkdocs build` runs and a real Chromium."""

from __future__ import annotations

import fcntl
import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = Path("/usr/bin/chromium")
FAKETIME = Path("/usr/bin/faketime")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
DUTCH = ROOT / "docs" / "nl"
LANGUAGES = ["nl", "en", "pl", "ro", "bg", "uk", "ar", "es", "pt", "zh"]
# Every page's address below a language's root, from the Dutch pages: "", "hulp-nu/", "slachtoffer/", …
ALL_PAGES = sorted(
    (page.parent.relative_to(DUTCH).as_posix() + "/").removeprefix("./") if page.name == "index.md"
    else page.relative_to(DUTCH).with_suffix("").as_posix() + "/"
    for page in DUTCH.rglob("*.md"))


def root(lang: str) -> str:
    """A language's folder in the built site: Dutch at the top, the others below their code."""
    return "" if lang == "nl" else f"{lang}/"


def addresses(lang: str) -> list[str]:
    """Every page of a language in the built site, its 404 page included."""
    return [f"/{root(lang)}{path}" for path in ALL_PAGES] + [f"/{root(lang)}404.html"]


def page(site: Path, lang: str, path: str) -> str:
    """The HTML of a built page."""
    return (site / root(lang) / path / "index.html").read_text(encoding="utf-8")


def run(*args: str, cwd: Path = ROOT, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    return subprocess.run(list(args), cwd=cwd, input=stdin, capture_output=True, text=True, env=env, timeout=300)


def infopunt(*args: str, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run(str(BIN / "infopunt"), *args, cwd=cwd, stdin=stdin)


def mkdocs_build(project: Path, site_dir: Path, strict: bool = True,
                 languages: str = "") -> subprocess.CompletedProcess:
    """`mkdocs build` of `project`; with `languages` (e.g. "nl,pl"), of those languages only."""
    args = [str(BIN / "mkdocs"), "build", "--site-dir", str(site_dir)]
    return run(*args, *(["--strict"] if strict else []), cwd=project, env={"INFOPUNT_BUILD_LANGUAGES": languages})


def once(tmp_path_factory, name: str, make) -> Path:
    """A folder that `make(folder)` fills once for the whole run, also when pytest-xdist runs the
    tests in several workers: the first worker makes it, the others wait for it and share it."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above each worker's own
    folder, done = base / name, base / f"{name}.done"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


def _build_into(project: Path):
    def make(site: Path) -> None:
        result = mkdocs_build(project, site)
        assert result.returncode == 0, result.stderr
    return make


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once with `mkdocs build --strict`."""
    return once(tmp_path_factory, "site", _build_into(ROOT))


def files(folder: Path) -> dict[Path, bytes]:
    """Every file below `folder` (a built site) by its path in it, with its bytes."""
    return {path.relative_to(folder): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def kept(result: subprocess.CompletedProcess) -> tuple[int, int]:
    """How many pages a build rendered and how many it kept from the previous build (pagecache.py)."""
    match = re.search(r"Pages: (\d+) pages rendered, (\d+) unchanged", result.stderr)
    assert match, result.stderr[-2000:]
    return int(match.group(1)), int(match.group(2))


def copy_project(folder: Path, caches: bool = False) -> Path:
    """A copy of the site's sources in `folder`/project; with `caches`, also what the last build
    of the site kept (B1 scores, rendered pages), as an editor's working copy has it."""
    copy = folder / "project"
    copy.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", copy)
    shutil.copytree(ROOT / "docs", copy / "docs")
    shutil.copytree(ROOT / "overrides", copy / "overrides")
    if caches and (ROOT / ".cache").is_dir():
        shutil.copytree(ROOT / ".cache", copy / ".cache", ignore=shutil.ignore_patterns("*.lock", ".*"))
    return copy


@pytest.fixture
def project(tmp_path, built_site) -> Path:
    """A copy of the site's sources that a test may break, with what the build of built_site kept."""
    return copy_project(tmp_path, caches=True)


# A small site for tests that need a whole build but not every page: the real configuration,
# theme and data files with two Dutch pages (shown in every language).
SMALL_PAGE = """---
title: {title}
description: Een korte pagina.
audience: {audience}
last_reviewed: 2026-11-24
---

# {title}

{body}
"""
EASY = "Je kunt altijd hulp vragen. Bel 112 als je in gevaar bent.\n\n{{ call: alarmnummer }}\n"


def small_project(folder: Path) -> Path:
    """The small site in `folder`/project."""
    project = folder / "project"
    (project / "docs" / "nl").mkdir(parents=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config[:config.index("\nnav:\n")] + "\n", encoding="utf-8")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    for name in ("contacts.yml", "strings.yml", "sources.yml"):
        shutil.copy(ROOT / "docs" / name, project / "docs" / name)
    write_page(project, "index.md", "Start", "all", EASY + "\n[Hulp nu](hulp-nu.md)\n")
    write_page(project, "hulp-nu.md", "Hulp nu", "victim", EASY)
    return project


def write_page(project: Path, name: str, title: str, audience: str, body: str) -> Path:
    """A Dutch page of the small site."""
    path = project / "docs" / "nl" / name
    path.write_text(SMALL_PAGE.format(title=title, audience=audience, body=body), encoding="utf-8")
    return path


def mkdocs_serve(project: Path, *options: str) -> tuple[subprocess.Popen, str, list[str]]:
    """`mkdocs serve` of `project` on a free port, once it serves: the process, its address and
    what it prints (read on in the background, so a long log never blocks it). The caller
    terminates it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", *options, "-a", f"127.0.0.1:{port}"], cwd=project,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    output = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        output.append(line)
        if "Serving on" in line or server.poll() is not None:
            break
    if server.poll() is not None:
        pytest.fail("mkdocs serve stopped:\n" + "".join(output))
    threading.Thread(target=lambda: output.extend(server.stdout), daemon=True).start()
    return server, f"http://127.0.0.1:{port}", output


def git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """A git command in `folder` as an editor would run it; it must succeed."""
    result = run("git", "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org", *args, cwd=folder)
    assert result.returncode == 0, result.stderr
    return result


def git_repository(folder: Path) -> None:
    """Make `folder` a git repository with everything in it committed on `main`."""
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "Site")


CHANGED_PAGE = "slachtoffer/rechten.md"
CHANGED_SENTENCE = ("Dan heb je rechten.", "Dan heb je rechten, ook zonder papieren.")


def change_dutch_sentence(project: Path, commit: bool = True) -> None:
    """Change one sentence of a Dutch page (CHANGED_PAGE), as an editor would, and commit it."""
    dutch = project / "docs" / "nl" / CHANGED_PAGE
    dutch.write_text(dutch.read_text(encoding="utf-8").replace(*CHANGED_SENTENCE), encoding="utf-8")
    if commit:
        git(project, "commit", "-qam", "Rechten zonder papieren")


PLAIN_DUTCH = """\
Mensenhandel is een misdaad. Iemand dwingt je om te werken of om seks te hebben.
Je krijgt weinig of geen geld. Je mag niet weg. Dat is niet jouw schuld.

Je kunt hulp krijgen. Bel de helpdesk. Zij luisteren naar je verhaal.
Je hoeft je naam niet te zeggen.
"""
OFFICIAL_DUTCH = (
    "Ingevolge artikel 3.48 van het Vreemdelingenbesluit kan aan de vreemdeling die aangifte heeft "
    "gedaan van mensenhandel, dan wel anderszins medewerking verleent aan het strafrechtelijk onderzoek, "
    "een verblijfsvergunning onder een beperking verband houdend met tijdelijke humanitaire gronden "
    "worden verleend.\n"
)
NEUTRAL = "https://www.buienradar.nl/"  # where the quick exit goes


def neutral_site(route) -> None:
    """Stands in for the neutral site; answers a little late, as a real site would, so the
    page being left can still report what it did."""
    time.sleep(0.3)
    route.fulfill(body="<title>Weer</title>", content_type="text/html")


class Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


UNTRANSLATED = "professional/index.md"  # in fallback_site, Dutch and English only


@pytest.fixture(scope="session")
def fallback_site(tmp_path_factory, built_site) -> Path:
    """The site built with one page translated into English only, as a new page is until its
    translators catch up: the other eight languages show it in Dutch, under a notice."""
    def make(site: Path) -> None:  # only in the worker that builds it
        copy = copy_project(tmp_path_factory.mktemp("fallback"), caches=True)
        for translation in (copy / "docs").glob(f"*/{UNTRANSLATED}"):
            if translation.parts[-3] not in ("nl", "en"):
                translation.unlink()
        _build_into(copy)(site)

    return once(tmp_path_factory, "fallback-site", make)


def serve(directory: Path):
    """`directory` over HTTP on loopback; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def site_server(built_site):
    """The built site over HTTP on loopback; yields its base URL."""
    yield from serve(built_site)


@pytest.fixture(scope="session")
def fallback_server(fallback_site):
    """The site with an untranslated page (fallback_site) over HTTP; yields its base URL."""
    yield from serve(fallback_site)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def require(program: Path, package: str) -> None:
    """A program the tests need: missing, it fails the test under CI and skips it elsewhere."""
    if not program.exists():
        message = f"{program} is missing: run 'make test', which installs Debian's {package}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright."""
    require(CHROMIUM, "chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
