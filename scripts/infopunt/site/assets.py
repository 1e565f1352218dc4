"""The site's own styles and scripts: small component files in the theme overrides
(`overrides/assets/infopunt/*.css` and `*.js`), joined into one stylesheet and one script
whose names carry a hash of their content, so a host may cache them for a year.

One file each keeps a page's first view to a handful of requests; the hash in the name
means a changed file is a new address, never a stale copy from a cache.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

SOURCES = PurePosixPath("assets/infopunt")  # inside the theme's custom_dir
MATERIAL_BUNDLE = "assets/javascripts/bundle.*.min.js"  # inside Material's theme folder


@dataclass(frozen=True)
class Asset:
    """One joined file: where it goes in the site and what it holds."""

    path: str  # site-relative, e.g. "assets/infopunt.3f9a12bc.css"
    content: bytes

    def write(self, site_dir: Path) -> None:
        target = site_dir / self.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.content)


def join(custom_dir: Path, suffix: str) -> Asset:
    """All component files with `suffix` (".css", ".js"), in name order, as one fingerprinted file.

    Components are independent of each other (each styles its own classes, each script is a
    self-contained function), so their order does not matter; name order makes it stable."""
    sources = sorted((custom_dir / SOURCES).glob(f"*{suffix}"))
    if not sources:
        raise ValueError(f"no {suffix} files in {custom_dir / SOURCES}")
    parts = [f"/* {source.name} */\n".encode() + source.read_bytes().rstrip() + b"\n" for source in sources]
    content = b"".join(parts)
    digest = hashlib.sha256(content).hexdigest()[:8]
    return Asset(f"assets/infopunt.{digest}{suffix}", content)


def is_source(src_uri: str) -> bool:
    """A component file, which the site does not need: it gets the joined file instead."""
    return PurePosixPath(src_uri).parent == SOURCES


def material_bundle(theme_dirs: list[str]) -> str:
    """The site-relative path of Material's JavaScript bundle (its name carries a hash)."""
    for folder in theme_dirs:
        found = sorted(Path(folder).glob(MATERIAL_BUNDLE))
        if found:
            return found[0].relative_to(folder).as_posix()
    raise ValueError("Material's JavaScript bundle was not found in the theme")
