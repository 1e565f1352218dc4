"""The editor's B1 panel, in `mkdocs serve` only: under the page's text, its B1 score, target,
verdict and findings, and in the text the offending words (or sentences) marked. It is made
from the same check the build runs, again on every save, and the page reloads itself when the
new build is ready; a build never contains any of it.
"""

from __future__ import annotations

import html
import re

from infopunt.checks import PageResult

CSS_PATH = "assets/infopunt-editor.css"  # written into the preview only
JS_PATH = "assets/infopunt-editor.js"
# MkDocs' own live reload is an inline script, which the site's security policy blocks: this
# file does the same from the site's own origin. It asks the preview server for the version
# of the site (an immediate answer), then waits for a newer one and reloads the page.
JS = """(function () {
  var id = Date.now();
  function poll(version) {
    fetch("/livereload/" + version + "/" + id).then(function (response) {
      return response.ok ? response.text() : Promise.reject(response.status);
    }).then(function (text) {
      var built = parseFloat(text);
      if (version && built > version) { location.reload(); } else { poll(built); }
    }, function (status) {
      if (status !== 404) { setTimeout(function () { poll(version); }, 3000); }
    });
  }
  poll(0);
})();
"""
CSS = """
.infopunt-b1{border:3px solid #3f51b5;border-radius:6px;margin:2rem 0;padding:.6rem 1rem;background:#f5f6fc;
font-size:.75rem}.infopunt-b1 h2{margin:.2rem 0 .6rem}.infopunt-b1__verdict--miss{color:#a00000;font-weight:700}
.infopunt-b1__verdict--ok{color:#1b5e20;font-weight:700}.infopunt-b1 li{margin:.3rem 0}
mark.infopunt-b1-mark{background:#ffe08a;outline:2px dotted #a06000;color:inherit}
"""
TAG = re.compile(r"(<[^>]+>)")
SKIP = ("code", "pre", "script", "style", "a")  # no marks inside these elements


def render(content: str, result: PageResult | None) -> str:
    """The page's content HTML with its findings marked, and the panel after it."""
    if result is None:
        return content
    findings = [finding for finding in result.measurement.findings if finding.severity != "info"]
    for finding in findings:
        targets = [finding.excerpt[start:end] for start, end in finding.marks] or [finding.excerpt]
        for target in targets:
            content = _mark(content, target, finding.excerpt, f"line {finding.line}: {finding.message}")
    return content + _panel(result, findings)


def _mark(content: str, target: str, sentence: str, title: str) -> str:
    """Wrap `target` in <mark> in the text node (outside code and links) that shares the most
    words with its sentence: where the finding is, not merely the first place it appears."""
    needle = html.escape(target.strip(), quote=False)
    if not needle:
        return content
    words = {word for word in re.findall(r"\w{4,}", html.escape(sentence, quote=False))}
    parts, inside, best = TAG.split(content), [], None
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            name = re.match(r"<(/?)([a-zA-Z0-9]+)", part)
            if name and name.group(2).lower() in SKIP and not part.endswith("/>"):
                if not name.group(1):
                    inside.append(name.group(2).lower())
                elif name.group(2).lower() in inside:
                    inside.remove(name.group(2).lower())
        elif needle in part and not inside:
            shared = sum(1 for word in words if word in part)
            if best is None or shared > best[0]:
                best = (shared, index)
    if best is None:
        return content
    part = parts[best[1]]
    at = part.find(needle)
    parts[best[1]] = (part[:at] + f'<mark class="infopunt-b1-mark" title="{html.escape(title)}">' + needle
                      + "</mark>" + part[at + len(needle):])
    return "".join(parts)


def _panel(result: PageResult, findings: list) -> str:
    score, target = result.measurement.score, result.target
    if score is None:
        verdict = f"not measured: {html.escape(result.measurement.reason)}"
    elif result.passes:
        verdict = f'<span class="infopunt-b1__verdict--ok">meets the target</span>: {score:.1f} (target {target:g})'
    else:
        verdict = (f'<span class="infopunt-b1__verdict--miss">misses the target</span>: {score:.1f} '
                   f"(target {target:g})")
    items = "".join(f"<li>line {f.line}: {html.escape(f.message)} — {html.escape(f.advice)}"
                    + (f'<br><q dir="auto">{html.escape(f.excerpt)}</q>' if f.excerpt else "") + "</li>"
                    for f in findings) or "<li>No findings.</li>"
    return (f'<div class="infopunt-b1" role="region" lang="en" dir="ltr" aria-label="B1 check (preview only)">'
            f"<h2>B1 check of {html.escape(result.page.path)} (preview only)</h2>"
            f"<p>{verdict} for '{html.escape(result.page.audience)}' pages. Marked words in the text above; "
            f"this panel updates when you save.</p><ul>{items}</ul></div>")
