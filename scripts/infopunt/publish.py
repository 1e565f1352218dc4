"""Build the site into a temporary folder and put it in place only when the build succeeded,
so a failing build never leaves a half-written or empty site behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def build(config_file: Path, site_dir: Path, strict: bool = True) -> int:
    """Run `mkdocs build`; on success swap the result into `site_dir`. Returns mkdocs' exit status."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    building = site_dir.with_name(f".{site_dir.name}.building-{os.getpid()}")
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config_file),
               "--site-dir", str(building), *(["--strict"] if strict else [])]
    status = subprocess.run(command).returncode
    if status != 0:
        shutil.rmtree(building, ignore_errors=True)
        return status
    previous = site_dir.with_name(f".{site_dir.name}.previous-{os.getpid()}")
    if site_dir.exists():
        site_dir.rename(previous)
    building.rename(site_dir)
    shutil.rmtree(previous, ignore_errors=True)
    return 0
