"""Render readability results for a terminal or as JSON."""

from __future__ import annotations

import json

from .checks import PageResult, summary
from .findings import Finding


def as_json(results: list[PageResult]) -> str:
    return json.dumps({"pages": [r.as_dict() for r in results], "summary": summary(results)},
                      ensure_ascii=False, indent=2)


def as_text(results: list[PageResult], verbose: bool = False) -> str:
    lines = []
    for result in results:
        page = result.page
        if not result.measured:
            lines.append(f"{page.path}  {page.lang or '?'}  not measured: {result.measurement.reason}")
            continue
        verdict = "ok" if result.passes else "MISSES TARGET"
        lines.append(f"{page.path}  {page.lang}  {page.audience}  "
                     f"score {result.measurement.score:.1f} (target {result.target:g})  {verdict}")
        for finding in result.measurement.findings:
            if verbose or finding.severity != "info":
                lines.append(f"  {finding_line(finding)}")
    counts = summary(results)
    lines.append(f"{counts['pages']} pages, {counts['failing']} missing their target")
    return "\n".join(lines)


def finding_line(finding: Finding) -> str:
    advice = f" → {finding.advice}" if finding.advice else ""
    return f"line {finding.line}: {finding.severity}: {finding.message}{advice}"
