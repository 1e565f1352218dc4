"""Refuse content that would run code, embed another site, or load anything from another
origin: visitors must leave no trace with third parties, and the site's security policy
allows no inline scripts or styles. Links to other sites are fine.

The raw Markdown is scanned (outside code blocks and inline code), because the renderer
passes HTML and attribute lists through as they are.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from .findings import Finding
from .pages import Page

_CODE = MarkdownIt("commonmark")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_OTHER_ORIGIN = r"""["']?\s*(?:https?:)?//"""
_BAD_SCHEME = r"""["']?\s*(?:javascript|vbscript|data):"""

SCRIPT_ADVICE = "Pages cannot run scripts; ask a developer for a component in overrides/."
STYLE_ADVICE = "Use the site's stylesheet (overrides/assets/infopunt.css); ask a developer."
LOCAL_ADVICE = "Save the file under docs/ and refer to it there."
RULES = [
    (re.compile(r"<\s*(script)\b", re.I), "<{0}> is not allowed in a page", SCRIPT_ADVICE),
    (re.compile(r"<\s*(iframe|object|embed|frame|frameset|applet|portal)\b", re.I),
     "<{0}> would embed another site or program", "Link to it instead: [text](https://…)."),
    (re.compile(r"<\s*(style|link|meta|base)\b", re.I), "<{0}> is not allowed in a page", STYLE_ADVICE),
    (re.compile(r"<[a-z][^>]*?\s(on[a-z]+)\s*=", re.I | re.S), "inline event handler '{0}'", SCRIPT_ADVICE),
    (re.compile(r"\{[^}\n]*?\s?(on[a-z]+)\s*=", re.I), "inline event handler '{0}' in an attribute list",
     SCRIPT_ADVICE),
    (re.compile(r"<[a-z][^>]*?\s(style)\s*=", re.I | re.S), "inline {0} attribute", STYLE_ADVICE),
    (re.compile(rf"(?:href|src|action|formaction|poster|data|srcset|xlink:href)\s*=\s*{_BAD_SCHEME}", re.I),
     "'{0}' address", "Use an https:// link, or a link to another page of the site."),
    (re.compile(rf"\]\(\s*<?{_BAD_SCHEME}|^\s*\[[^\]]+\]:\s*<?{_BAD_SCHEME}|<(?:javascript|vbscript|data):",
                re.I | re.M),
     "'{0}' address", "Use an https:// link, or a link to another page of the site."),
    (re.compile(rf"<\s*form\b[^>]*\saction\s*=\s*{_OTHER_ORIGIN}", re.I | re.S),
     "form that sends data to another site",
     "Do not collect visitors' data here; link to the organisation's own page instead."),
    (re.compile(rf"!\[[^\]]*\]\(\s*<?{_OTHER_ORIGIN}", re.I), "image loaded from another site", LOCAL_ADVICE),
    (re.compile(rf"<\s*(?:img|source|video|audio|track|input|image|use)\b[^>]*\s(?:src|srcset|poster|href)\s*=\s*"
                rf"{_OTHER_ORIGIN}", re.I | re.S), "media loaded from another site", LOCAL_ADVICE),
    (re.compile(rf"url\(\s*{_OTHER_ORIGIN}|@import", re.I), "style or font loaded from another site", LOCAL_ADVICE),
]


def findings(page: Page) -> list[Finding]:
    """Every unsafe construct in a page, each with its line and what to do instead."""
    text = _without_code(page.body)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found = []
    for pattern, message, advice in RULES:
        for match in pattern.finditer(text):
            line = page.front.body_line + sum(1 for start in starts if start <= match.start()) - 1
            detail = next((g for g in match.groups() if g), None) if match.groups() else None
            if detail is None:
                scheme = re.search(r"(javascript|vbscript|data):", match.group(0), re.I)
                detail = scheme.group(0).lower() if scheme else ""
            found.append(Finding(page.path, line, "error", message.format(detail.lower()), advice, "unsafe"))
    unique = {(f.line, f.message): f for f in found}  # one report per problem and line
    return sorted(unique.values(), key=lambda f: f.line)


def _without_code(body: str) -> str:
    """The body with code blocks and inline code blanked out, keeping every line in place."""
    lines = body.split("\n")
    for token in _CODE.parse(body):
        if token.type in ("fence", "code_block") and token.map:
            for index in range(token.map[0], token.map[1]):
                lines[index] = ""
    return _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), "\n".join(lines))
