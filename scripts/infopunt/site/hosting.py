"""Files for the host, written next to the site: the security headers, caching and compression.

- `_headers` for hosts that read it (Netlify, Cloudflare Pages, …): security headers on every
  address; assets whose names carry a content hash cached for a year ("immutable"), each by
  its exact address. No other rule sets Cache-Control (hosts merge or pick among matching
  rules differently), so pages keep the host's default, which revalidates on each visit.
  Those hosts compress by themselves.
- `nginx.conf`, to include in the nginx `server` block: the same headers, gzip compression,
  and the same caching. nginx drops the server's `add_header` lines in a `location` that has
  its own, so each location repeats the security headers.
- `nginx-brotli.conf`: brotli compression, for an nginx with the ngx_brotli module.
"""

from __future__ import annotations

import re
from pathlib import Path

from infopunt.checks import security

HASHED_NAME = r"\.[0-9a-f]{8}(\.min)?\.(css|js)$"  # infopunt.3f9a12bc.css, bundle.a5f9d56c.min.js
HASHED = re.compile(HASHED_NAME)
FOREVER = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"  # may be stored, but is checked with the host before each use
COMPRESSED_TYPES = "text/css application/javascript application/json image/svg+xml application/xml text/xml"


def hashed_assets(site_dir: Path) -> list[str]:
    """Site-relative addresses ("/assets/…") of the files whose names carry a content hash."""
    return sorted("/" + path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*")
                  if path.is_file() and HASHED.search(path.name))


def headers_file(hashes: set[str], hashed: list[str]) -> str:
    lines = ["/*", *(f"  {name}: {value}" for name, value in security.headers(hashes).items())]
    for address in hashed:
        lines += [address, f"  Cache-Control: {FOREVER}"]
    return "\n".join(lines) + "\n"


def nginx_conf(hashes: set[str]) -> str:
    security_lines = [f'    add_header {name} "{value}" always;' for name, value in security.headers(hashes).items()]
    lines = ["# Infopunt mensenhandel: include in the nginx `server` block that serves the site.",
             "gzip on;", "gzip_vary on;", "gzip_comp_level 6;", "gzip_min_length 256;",
             f"gzip_types {COMPRESSED_TYPES};", "",
             "# Files whose names carry a content hash never change: cache them for a year.",
             f'location ~* "{HASHED_NAME}" {{', f'    add_header Cache-Control "{FOREVER}" always;',
             *security_lines, "}", "",
             "# Pages and everything else: check with the server before each use.",
             "location / {", f'    add_header Cache-Control "{REVALIDATE}" always;', *security_lines, "}"]
    return "\n".join(lines) + "\n"


def nginx_brotli_conf() -> str:
    return "\n".join(["# Brotli compression: include next to nginx.conf where the ngx_brotli module is loaded.",
                      "brotli on;", "brotli_comp_level 6;", f"brotli_types {COMPRESSED_TYPES};"]) + "\n"


def write(site_dir: Path, hashes: set[str]) -> None:
    """Write the host files into the built site (after every other file is in place)."""
    (site_dir / "_headers").write_text(headers_file(hashes, hashed_assets(site_dir)), encoding="utf-8")
    (site_dir / "nginx.conf").write_text(nginx_conf(hashes), encoding="utf-8")
    (site_dir / "nginx-brotli.conf").write_text(nginx_brotli_conf(), encoding="utf-8")
