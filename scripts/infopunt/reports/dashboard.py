"""The editors' dashboard: one self-contained HTML page (no scripts, no external files, charts
as inline SVG) with translation coverage and freshness, B1 scores per language, what is due
for review and which pages have no sources. For editors and CI artifacts, never published."""

from __future__ import annotations

import datetime as dt
import html

from infopunt.checks import PageResult
from infopunt.findings import Finding
from infopunt.pages.changes import Changes
from infopunt.pages.translations import State
from infopunt.reports import report_html

CELLS = {  # state → (symbol, meaning, class)
    "reviewed": ("✓", "translated and reviewed", "ok"),
    "machine": ("M", "machine translation, follows the Dutch", "machine"),
    "outdated": ("!", "outdated: the Dutch page changed", "bad"),
    "unmarked": ("?", "not marked with the Dutch version it follows", "warn"),
    "missing": ("–", "missing: shown in Dutch", "bad"),
}
STYLE = report_html.STYLE + """
.matrix td,.matrix th{text-align:center;padding:.2rem .3rem;border:1px solid #ddd}.matrix th[scope=row]{text-align:left}
.ok{background:#e3f2e1}.machine{background:#eef1fb}.bad{background:#fde2e1;color:#a00000;font-weight:700}
.warn{background:#fff4cc}.legend li{display:inline-block;margin-right:1rem}.legend span{padding:0 .4rem}
ins{background:#e3f2e1;text-decoration:none}del{background:#fde2e1}
nav ul{padding-left:1.2rem}.wrap{overflow-x:auto}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
"""


def render(results: list[PageResult], due: list[Finding], states: list[State], changes: dict[tuple, Changes],
           languages: list[str], without_sources: list[str], today: dt.date) -> str:
    """The dashboard for the site's check results, translation states and review dates."""
    sections = [("translations", "Translations", _translations(states, languages, changes)),
                ("b1", "B1 scores per language", _scores(results)),
                ("review", "Due for review", _due(due, today)),
                ("sources", "Pages without sources", _without_sources(without_sources))]
    contents = "".join(f'<li><a href="#{key}">{title}</a></li>' for key, title, _ in sections)
    return "\n".join([
        "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Infopunt mensenhandel: editors' dashboard</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        "<h1>Editors' dashboard</h1>",
        f"<p>Made on {today.isoformat()} from the sources; not part of the published site.</p>",
        f"<nav aria-label=\"Contents\"><ul>{contents}</ul></nav>",
        *(f'<section id="{key}"><h2>{title}</h2>{body}</section>' for key, title, body in sections),
        "</body>", "</html>"])


def cell_state(state: State) -> str:
    if state.state == "current":
        return "reviewed" if state.status == "reviewed" else "machine"
    return state.state


def _translations(states: list[State], languages: list[str], changes: dict[tuple, Changes]) -> str:
    translated = [lang for lang in languages if any(state.lang == lang for state in states)]
    by_key = {(state.page, state.lang): state for state in states}
    pages = sorted({state.page for state in states})
    legend = "".join(f'<li><span class="{css}">{symbol}</span> {meaning}</li>'
                     for symbol, meaning, css in CELLS.values())
    head = "".join(f'<th scope="col">{html.escape(lang)}</th>' for lang in translated)
    totals = []
    for lang in translated:
        mine = [state for state in states if state.lang == lang]
        current = sum(1 for state in mine if state.state == "current")
        totals.append(f"<td>{round(100 * current / len(mine)) if mine else 0}%</td>")
    rows = []
    for page in pages:
        cells = []
        for lang in translated:
            symbol, meaning, css = CELLS[cell_state(by_key[page, lang])]
            cells.append(f'<td class="{css}" title="{html.escape(lang)}: {meaning}"><span aria-hidden="true">'
                         f'{symbol}</span><span class="sr">{meaning}</span></td>')
        rows.append(f'<tr><th scope="row">{html.escape(page)}</th>{"".join(cells)}</tr>')
    counts = {name: sum(1 for state in states if cell_state(state) == name) for name in CELLS}
    summary = ", ".join(f"{count} {CELLS[name][1].split(':')[0].split(',')[0]}" for name, count in counts.items())
    outdated: dict[tuple[str, str], list[str]] = {}
    for state in states:
        if state.state == "outdated":
            outdated.setdefault((state.page, state.recorded), []).append(state.lang)
    details = "".join(_outdated(page, langs, changes.get((page, recorded))) for (page, recorded), langs in outdated.items())
    return (f"<p>{len(pages)} pages × {len(translated)} languages: {summary}.</p>"
            f'<ul class="legend">{legend}</ul>'
            f'<div class="wrap"><table class="matrix"><thead><tr><th scope="col">page</th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody><tfoot><tr><th scope="row">follows the Dutch</th>{"".join(totals)}'
            f"</tr></tfoot></table></div>"
            + (f"<h3>What changed in the Dutch pages</h3>{details}" if outdated else ""))


def _outdated(page: str, languages: list[str], changes: Changes | None) -> str:
    title = f"<summary>{html.escape(page)}: outdated in {html.escape(', '.join(languages))}</summary>"
    if changes is None or changes.unknown:
        reason = changes.unknown if changes else "not looked up"
        return f"<details>{title}<p>Dutch changes not known: {html.escape(reason)}</p></details>"
    items = "".join(f"<li><{'del' if sign == '-' else 'ins'}>{sign} {html.escape(text)}"
                    f"</{'del' if sign == '-' else 'ins'}></li>" for sign, text in changes.lines)
    return (f"<details>{title}<p>Since the translated version ({html.escape(changes.commit[:10])}, "
            f"{html.escape(changes.date)}):</p><ul>{items}</ul></details>")


def _scores(results: list[PageResult]) -> str:
    measured = [result for result in results if result.measured]
    worst = []
    for lang in sorted({result.page.lang for result in measured}):
        mine = sorted((r for r in measured if r.page.lang == lang), key=lambda r: r.measurement.score - r.target)
        worst += [f"<tr><td>{html.escape(lang)}</td><td>{html.escape(r.page.path)}</td>"
                  f"<td>{r.measurement.score:.1f}</td><td>{r.target:g}</td>"
                  f"<td>{r.measurement.score - r.target:+.1f}</td></tr>" for r in mine[:3]]
    return (report_html.chart(results) + report_html.table(results)
            + "<h3>The three pages nearest their target in each language</h3>"
            "<table><thead><tr><th>language</th><th>page</th><th>score</th><th>target</th><th>margin</th></tr>"
            f"</thead><tbody>{''.join(worst)}</tbody></table>")


def _due(due: list[Finding], today: dt.date) -> str:
    if not due:
        return f"<p>Nothing is due on {today.isoformat()}.</p>"
    items = "".join(f"<li><strong>{html.escape(f.path)}:{f.line}</strong>: {html.escape(f.message)}</li>"
                    for f in due)
    return f"<p>{len(due)} page(s) or contact(s), oldest first:</p><ul>{items}</ul>"


def _without_sources(paths: list[str]) -> str:
    if not paths:
        return "<p>Every page of the default language lists its sources.</p>"
    items = "".join(f"<li>{html.escape(path)}</li>" for path in paths)
    return f"<p>{len(paths)} page(s): source their facts, or confirm they state none.</p><ul>{items}</ul>"
