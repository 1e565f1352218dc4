"""Page weight and load time on a slow phone connection, this site against Material's default
configuration of the same pages. Prints numbers side by side; asserts nothing (machines here
are shared and noisy).

    python scripts/benchmark_pages.py [--rounds 3] [--latency 400] [--kbits 400]

Both sites are built from the same docs/ with `mkdocs build`: the project's mkdocs.yml, and a
copy that keeps the languages but uses Material as it comes (no overrides, no infopunt
plugin; `font: false` in both, since Google Fonts cannot be reached here; with fonts, the
default makes two more requests to Google, plus the font files). Each site is served on
loopback with gzip, as a host would, and each page type is opened in a fresh Chromium
context (empty cache) behind Chromium's network emulation. Per page type: requests and
bytes over the wire (headers included) for the whole first view (until the network is idle,
so a search index fetched at start counts), time to the first contentful paint, to the load
event, and until the network is idle; medians over the rounds, and the ratio this site / default.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without running its `!ENV` tags."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGE_TYPES = {"home": "/", "content": "/slachtoffer/rechten/", "in Polish": "/pl/professional/",
              "404": "/no-such-page/"}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


def default_config(workdir: Path, project: Path = ROOT) -> Path:
    """mkdocs.yml for Material as it comes (no overrides, no infopunt plugin: nothing checked),
    with the same pages and languages as `project`."""
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)  # site_url set here
    config["site_url"] = "https://infopunt-mensenhandel.example/"
    config["docs_dir"] = str(project / "docs")
    config["theme"] = {"name": "material", "language": "nl", "font": False}
    config.pop("extra", None)
    config["plugins"] = [entry for entry in config["plugins"]
                         if not (isinstance(entry, dict) and "infopunt" in entry)]
    for entry in config["plugins"]:  # mkdocs-static-i18n's search de-duplication as it comes: only
        if isinstance(entry, dict) and "i18n" in entry:  # the infopunt plugin's per-language indexes make it unneeded
            entry["i18n"].pop("reconfigure_search", None)
    path = workdir / "mkdocs-material-default.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build(config_file: Path, site_dir: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config_file),
                             "--site-dir", str(site_dir)], cwd=ROOT, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"building with {config_file.name} failed:\n{result.stderr}")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a static host would: gzip for text, 404.html for missing pages."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        status = 200
        if not path.is_file():
            path, status = Path(self.directory) / "404.html", 404
        body = path.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(site_dir: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler,
                                                                                 directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def first_view(browser, url: str, latency: int, kbits: int) -> dict:
    """One cold first view of `url` on a phone behind the emulated connection."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": latency,
                                                  "downloadThroughput": kbits * 1000 / 8,
                                                  "uploadThroughput": kbits * 1000 / 8})
    sizes: dict[str, int] = {}
    inline: set[str] = set()  # data: addresses (icons in the stylesheet) are not requests
    cdp.on("Network.requestWillBeSent", lambda event: event["request"]["url"].startswith("data:")
           and inline.add(event["requestId"]))
    cdp.on("Network.loadingFinished", lambda event: event["requestId"] not in inline
           and sizes.__setitem__(event["requestId"], event["encodedDataLength"]))
    page.goto(url, wait_until="networkidle", timeout=120_000)
    timing = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
        const all = performance.getEntriesByType('resource').map(r => r.responseEnd);
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return {paint: paint ? paint.startTime : NaN, load: n.loadEventEnd,
                idle: Math.max(n.loadEventEnd, ...all)}; }""")
    context.close()
    return {"requests": len(sizes), "bytes": sum(sizes.values()), "paint": timing["paint"] / 1000,
            "load": timing["load"] / 1000,
            "idle": timing["idle"] / 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency", type=int, default=400, help="round-trip latency in ms")
    parser.add_argument("--kbits", type=int, default=400, help="download and upload speed in kbit/s")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        build(ROOT / "mkdocs.yml", work / "site")
        build(default_config(work), work / "default")
        servers = {name: serve(work / name) for name in ("site", "default")}
        results: dict[tuple[str, str], list[dict]] = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(options.rounds):
                for kind, path in PAGE_TYPES.items():
                    for name, (_, base) in servers.items():  # interleaved, so noise hits both alike
                        results.setdefault((kind, name), []).append(
                            first_view(browser, base + path, options.latency, options.kbits))
            browser.close()
        for server, _ in servers.values():
            server.shutdown()

    print(f"First view on a phone at {options.kbits} kbit/s, {options.latency} ms latency, gzip; "
          f"medians of {options.rounds} cold loads. Ratio = this site / Material's default.\n")
    header = ["page type", "requests", "KB over the wire", "first paint (s)", "load event (s)", "network idle (s)"]
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for kind in PAGE_TYPES:
        row = [f"{kind} ({PAGE_TYPES[kind]})"]
        for key, scale, form in (("requests", 1, "{:.0f}"), ("bytes", 1000, "{:.1f}"), ("paint", 1, "{:.2f}"),
                                 ("load", 1, "{:.2f}"),
                                 ("idle", 1, "{:.2f}")):
            ours = statistics.median(run[key] for run in results[kind, "site"]) / scale
            theirs = statistics.median(run[key] for run in results[kind, "default"]) / scale
            row.append(f"{form.format(ours)} vs {form.format(theirs)} ({ours / theirs:.2f}×)")
        print(" | ".join(row))


if __name__ == "__main__":
    main()
