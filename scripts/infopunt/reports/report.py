"""Render readability results: for a terminal, as JSON, or as GitHub annotations."""

from __future__ import annotations

import json

from infopunt.checks import PageResult, summary
from infopunt.findings import Finding


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


def as_github(results: list[PageResult], enforce=None, changed: dict[str, set[int]] | None = None) -> str:
    """Workflow commands that GitHub shows as annotations on the pull request's files; a page
    below its target is an error when its audience is in `enforce` (all when None), else a
    warning. With `changed` (lines by path), only changed pages, and findings on changed lines."""
    lines = []
    for result in results:
        if changed is not None and result.page.path not in changed:
            continue
        path = _property(result.page.path)
        if result.passes is False:
            level = "error" if enforce is None or result.page.audience in enforce else "warning"
            lines.append(f"::{level} file={path},line=1,title=B1 target::"
                         + _data(f"B1 score {result.measurement.score:.1f} is below the target {result.target:g} "
                                 f"for '{result.page.audience}' pages."))
        for finding in result.measurement.findings:
            if finding.severity == "warning" and (changed is None or finding.line in changed[result.page.path]):
                title = _property(finding.rule or "readability")
                lines.append(f"::warning file={path},line={finding.line},title={title}::"
                             + _data(f"{finding.message}. {finding.advice}".strip()))
    return "\n".join(lines)


def finding_as_github(finding: Finding, level: str = "") -> str:
    """A finding of the site check as a GitHub annotation at its file and line."""
    title = _property(finding.rule or "check")
    return (f"::{level or finding.severity} file={_property(finding.path)},line={finding.line},title={title}::"
            + _data(f"{finding.message}. {finding.advice}".strip() if finding.advice else finding.message))


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
