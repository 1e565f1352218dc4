"""A self-contained HTML report for editors: scores per language as an inline SVG chart,
and each page's findings with the offending words highlighted. No scripts, no external files."""

from __future__ import annotations

import html
from statistics import median

from infopunt.checks import PageResult, summary
from infopunt.findings import Finding

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left}
.fail{color:#a00000;font-weight:700}.ok{color:#1b5e20;font-weight:700}
mark{background:#ffe08a;padding:0 .1em}li{margin:.4rem 0}.advice{color:#444}
details{border:1px solid #ccc;border-radius:4px;margin:.5rem 0;padding:.3rem .8rem}summary{cursor:pointer}
"""


def as_html(results: list[PageResult]) -> str:
    counts = summary(results)
    parts = [
        "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>B1 readability report</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        "<h1>B1 readability report</h1>",
        f"<p>{counts['pages']} pages, <strong>{counts['failing']} missing their target</strong>. "
        "Scores run from 0 to 100; higher is easier to read.</p>",
        chart(results), table(results),
    ]
    for result in sorted(results, key=lambda r: (r.passes is not False, r.measurement.score or 0)):
        parts.append(_page(result))
    parts += ["</body>", "</html>"]
    return "\n".join(parts)


def chart(results: list[PageResult]) -> str:
    """Each page as a dot on its language's row, with the median and the lowest target."""
    measured = [r for r in results if r.measured]
    if not measured:
        return ""
    languages = sorted({r.page.lang for r in measured})
    left, width, row = 60, 520, 34
    height = row * len(languages) + 40
    x = lambda score: left + score / 100 * width  # noqa: E731
    items = [f'<svg role="img" viewBox="0 0 {left + width + 20} {height}" width="100%" '
             f'aria-labelledby="chart-title"><title id="chart-title">Scores per language</title>']
    for tick in range(0, 101, 20):
        items.append(f'<line x1="{x(tick)}" x2="{x(tick)}" y1="10" y2="{height - 25}" stroke="#ddd"/>'
                     f'<text x="{x(tick)}" y="{height - 8}" font-size="12" text-anchor="middle">{tick}</text>')
    target = min(r.target for r in measured)
    items.append(f'<line x1="{x(target)}" x2="{x(target)}" y1="10" y2="{height - 25}" stroke="#a00000" '
                 f'stroke-dasharray="4 3"><title>lowest target: {target:g}</title></line>')
    for index, lang in enumerate(languages):
        y = 10 + row * index + row / 2
        scores = [r for r in measured if r.page.lang == lang]
        items.append(f'<text x="{left - 10}" y="{y + 4}" font-size="14" text-anchor="end">{html.escape(lang)}</text>')
        for r in scores:
            colour = "#a00000" if r.passes is False else "#1b5e20"
            items.append(f'<circle cx="{x(r.measurement.score):.1f}" cy="{y}" r="5" fill="{colour}" '
                         f'fill-opacity="0.6"><title>{html.escape(r.page.path)}: '
                         f'{r.measurement.score:.1f}</title></circle>')
        middle = median(r.measurement.score for r in scores)
        items.append(f'<line x1="{x(middle):.1f}" x2="{x(middle):.1f}" y1="{y - 11}" y2="{y + 11}" '
                     f'stroke="#1a1a1a" stroke-width="3"><title>median {middle:.1f}</title></line>')
    items.append("</svg>")
    return "\n".join(items)


def table(results: list[PageResult]) -> str:
    rows = ["<table><thead><tr><th>language</th><th>pages</th><th>median</th><th>lowest</th>"
            "<th>missing target</th></tr></thead><tbody>"]
    for lang in sorted({r.page.lang for r in results if r.measured}):
        scores = [r for r in results if r.measured and r.page.lang == lang]
        values = [r.measurement.score for r in scores]
        failing = sum(1 for r in scores if r.passes is False)
        rows.append(f"<tr><td>{html.escape(lang)}</td><td>{len(scores)}</td><td>{median(values):.1f}</td>"
                    f"<td>{min(values):.1f}</td><td>{failing}</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _page(result: PageResult) -> str:
    page = html.escape(result.page.path)
    if not result.measured:
        return f"<details><summary>{page}: not measured ({html.escape(result.measurement.reason)})</summary></details>"
    verdict = '<span class="ok">ok</span>' if result.passes else '<span class="fail">misses its target</span>'
    opened = " open" if result.passes is False else ""
    findings = [f for f in result.measurement.findings if f.severity != "info"]
    items = "".join(f"<li>{_finding(f)}</li>" for f in findings) or "<li>No warnings.</li>"
    return (f"<details{opened}><summary><strong>{page}</strong> ({html.escape(result.page.lang)}, "
            f"{html.escape(result.page.audience)}): score {result.measurement.score:.1f}, target "
            f"{result.target:g}, {verdict}</summary><ul>{items}</ul></details>")


def _finding(finding: Finding) -> str:
    text, out, position = finding.excerpt, [], 0
    for start, end in sorted(finding.marks):
        out += [html.escape(text[position:start]), f"<mark>{html.escape(text[start:end])}</mark>"]
        position = end
    out.append(html.escape(text[position:]))
    sentence = f'<br><q dir="auto">{"".join(out)}</q>' if text else ""
    return (f"line {finding.line}: {html.escape(finding.message)} "
            f'<span class="advice">— {html.escape(finding.advice)}</span>{sentence}')
