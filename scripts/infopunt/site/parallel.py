"""One site, built in parts at once: each part is a `mkdocs build` in its own process that
builds some of the languages (mkdocs-static-i18n starts each build with the default language;
only the first part renders its pages). The parts' language folders are joined into one
release, and
the files about the whole site — sitemap.xml and the host files with every inline script's
hash — are written from what every part reports. The result is the site a single `mkdocs build`
makes, file for file (tests/test_build.py compares them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from infopunt.site import hosting, sitemap

LANGUAGES_VARIABLE = "INFOPUNT_BUILD_LANGUAGES"  # the languages a part builds, e.g. "nl,en,pl"
REPORT_VARIABLE = "INFOPUNT_BUILD_REPORT"  # where a part writes its report, instead of the site-wide files


def shares(codes: list[str], parts: int) -> list[list[str]]:
    """The languages (the default first, so the first part has it) dealt round-robin over at
    most `parts` parts."""
    return [codes[index::parts] for index in range(min(parts, len(codes)))]


def report(path: Path, reviewed: dict[str, str], hashes: set[str]) -> None:
    """What a part tells the whole build: its pages' review dates and its inline scripts' hashes."""
    path.write_text(json.dumps({"reviewed": reviewed, "hashes": sorted(hashes)}), encoding="utf-8")


def finish(site_dir: Path, languages, site_url: str, reviewed: dict[str, str], hashes: set[str]) -> None:
    """The files about the whole site, once every page is in place."""
    (site_dir / "sitemap.xml").write_text(sitemap.render(languages, site_url, reviewed), encoding="utf-8")
    (site_dir / "sitemap.xml.gz").unlink(missing_ok=True)
    hosting.write(site_dir, hashes)


def build(config_file: Path, release: Path, strict: bool, codes: list[str], languages, site_url: str,
          parts: int) -> int:
    """Build the site into `release` in `parts` processes; returns the first failing status, or 0."""
    plan = shares(codes, parts)
    work = release.with_name(f"{release.name}.parts")
    work.mkdir()
    try:
        processes = []
        for index, share in enumerate(plan):
            output = release if index == 0 else work / f"part-{index}"
            env = dict(os.environ, **{LANGUAGES_VARIABLE: ",".join(share),
                                      REPORT_VARIABLE: str(work / f"part-{index}.json")})
            command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config_file),
                       "--site-dir", str(output), *(["--strict"] if strict else [])]
            processes.append(subprocess.Popen(command, env=env))
        statuses = [process.wait() for process in processes]
        failed = next((status for status in statuses if status != 0), 0)
        if failed:
            return failed
        reviewed, hashes = {}, set()
        for index, share in enumerate(plan):
            told = json.loads((work / f"part-{index}.json").read_text(encoding="utf-8"))
            reviewed.update(told["reviewed"])
            hashes.update(told["hashes"])
            if index:
                for code in share:
                    target = release / code
                    shutil.rmtree(target, ignore_errors=True)
                    os.replace(work / f"part-{index}" / code, target)
        finish(release, languages, site_url, reviewed, hashes)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
