"""Render readability results: for a terminal, as JSON, or as GitHub annotations."""

from __future__ import annotations

import json

from .checks import PageResult, summary
from .findings import Finding


def as_json(results: list[PageResult]) -> str:
    return json.dumps({"pages": [r.as_dict() for r in results], "summary": summary(results)},
                      ensure_ascii=False, indent=2)


def marked(finding: Finding, before: str = "«", after: str = "»", width: int = 110) -> str:
    """The finding's sentence with its offending words marked, shortened around the marks."""
    text = finding.excerpt
    for start, end in sorted(finding.marks, reverse=True):
        text = text[:start] + before + text[start:end] + after + text[end:]
    if len(text) <= width:
        return text
    first = text.find(before) if finding.marks else 0
    last = text.rfind(after) + 1 if finding.marks else 0
    start = max(0, min(first - width // 4, len(text) - width))
    end = max(start + width, last)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


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
                if finding.excerpt:
                    lines.append(f"      {marked(finding)}")
    counts = summary(results)
    lines.append(f"{counts['pages']} pages, {counts['failing']} missing their target")
    return "\n".join(lines)


def finding_line(finding: Finding) -> str:
    advice = f" → {finding.advice}" if finding.advice else ""
    return f"line {finding.line}: {finding.severity}: {finding.message}{advice}"


def as_github(results: list[PageResult]) -> str:
    """Workflow commands that GitHub shows as annotations on the pull request's files."""
    lines = []
    for result in results:
        path = _property(result.page.path)
        if result.passes is False:
            lines.append(f"::error file={path},line=1,title=B1 target::"
                         + _data(f"B1 score {result.measurement.score:.1f} is below the target {result.target:g} "
                                 f"for '{result.page.audience}' pages."))
        for finding in result.measurement.findings:
            if finding.severity == "warning":
                title = _property(finding.rule or "readability")
                lines.append(f"::warning file={path},line={finding.line},title={title}::"
                             + _data(f"{finding.message}. {finding.advice}".strip()))
    return "\n".join(lines)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
