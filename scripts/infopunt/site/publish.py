"""Build the site and publish it so that a complete site stands at the publish path at every
instant, also when the build is killed: each build goes into a release folder of its own next
to it (`.site.releases/<id>/`), and the publish path (`site`) is a symbolic link that is
switched to the new release in one atomic rename. A failed or killed build never touches it.

Older releases are removed; the current and the one before it stay (the one before for a quick
roll-back by hand). A host serves the publish path and follows the link (nginx does by default).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from infopunt.site import parallel

KEEP = 2  # releases kept: the current one and the one before


def build(config_file: Path, site_dir: Path, strict: bool = True, parts: int = 1, config=None) -> int:
    """Build into a new release — with `parts` > 1 in that many processes at once (parallel.py,
    which needs the loaded `config`) — and on success point `site_dir` at it. Returns the build's
    exit status."""
    site_dir = Path(os.path.abspath(site_dir))
    releases = site_dir.with_name(f".{site_dir.name}.releases")
    releases.mkdir(parents=True, exist_ok=True)
    release = releases / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    if parts > 1:
        plugin = config.plugins["infopunt"]
        codes = [language.code for language in plugin.languages.all]
        status = parallel.build(config_file, release, strict, codes, plugin.languages, config.site_url or "/", parts)
    else:
        command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config_file),
                   "--site-dir", str(release), *(["--strict"] if strict else [])]
        status = subprocess.run(command).returncode
    if status != 0:
        shutil.rmtree(release, ignore_errors=True)
        return status
    _point(site_dir, release)
    _clean(releases, keep=release)
    return 0


def _point(site_dir: Path, release: Path) -> None:
    """Make `site_dir` a link to `release` in one rename (a folder left by an older version of
    this tool becomes a release first: the only moment without a site, once)."""
    if site_dir.exists() and not site_dir.is_symlink():
        site_dir.rename(release.with_name(f"{release.name}.before"))
    link = site_dir.with_name(f".{site_dir.name}.link-{os.getpid()}")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(release, site_dir.parent), target_is_directory=True)
    os.replace(link, site_dir)


def _clean(releases: Path, keep: Path) -> None:
    """Remove all but the newest releases (and what killed builds left behind)."""
    current = keep.resolve()
    older = sorted((path for path in releases.iterdir() if path.resolve() != current),
                   key=lambda path: path.stat().st_mtime, reverse=True)
    for path in older[KEEP - 1:]:
        shutil.rmtree(path, ignore_errors=True)
