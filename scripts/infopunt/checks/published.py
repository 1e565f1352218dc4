"""The check of what is published: every page's final HTML, after the theme has rendered it,
parsed the way a browser parses it (lexbor, through selectolax) and held to an allowlist of
elements, attributes, URL schemes, origins and inline scripts. Anything else stops the build.

Addresses are judged the way the browser's URL parser reads them: character references are
already decoded by the HTML parser, tabs and newlines are dropped, leading and trailing
control characters and spaces are trimmed, and a backslash counts as a slash. Navigation may
go to a page of the site, an https:// address, mailto: or tel:; anything the page *loads*
(images, styles, scripts, search index) must come from the site itself.

Inline scripts are allowed only when they are one of the theme's own: the `<script>` blocks
of the template files (Material's and overrides/), with each template expression standing
for a plain path such as "../..". The security policy then lists exactly their hashes.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from infopunt.findings import Finding

GLOBAL_ATTRIBUTES = {"class", "id", "lang", "dir", "title", "hidden", "role", "tabindex", "translate"}
CONTENT = {
    "p": set(), "br": set(), "hr": set(), "div": set(), "span": set(), "a": {"href", "hreflang", "rel", "type"},
    "strong": set(), "em": set(), "b": set(), "i": set(), "u": set(), "s": set(), "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"}, "mark": set(), "small": set(), "sub": set(), "sup": set(), "abbr": set(),
    "code": set(), "pre": set(), "kbd": set(), "samp": set(), "var": set(), "cite": set(), "dfn": set(),
    "q": {"cite"}, "blockquote": {"cite"}, "bdi": set(), "bdo": set(), "time": {"datetime"}, "wbr": set(),
    "h1": set(), "h2": set(), "h3": set(), "h4": set(), "h5": set(), "h6": set(),
    "ul": set(), "ol": {"start", "type", "reversed"}, "li": {"value"}, "dl": set(), "dt": set(), "dd": set(),
    "table": set(), "caption": set(), "thead": set(), "tbody": set(), "tfoot": set(), "tr": set(),
    "th": {"colspan", "rowspan", "scope", "align"}, "td": {"colspan", "rowspan", "align"},
    "colgroup": {"span"}, "col": {"span"},
    "img": {"src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"},
    "figure": set(), "figcaption": set(), "details": {"open"}, "summary": set(),
}
THEME = {
    "html": set(), "head": set(), "body": set(), "title": set(), "main": set(), "header": set(),
    "footer": set(), "nav": set(), "article": set(), "section": set(), "aside": set(),
    "meta": {"charset", "name", "content", "http-equiv"}, "link": {"rel", "href", "hreflang", "type", "sizes"},
    "script": {"src", "type", "id", "data-bundle", "data-index"},
    "form": {"name"}, "label": {"for"}, "button": {"type", "name", "value"},
    "input": {"type", "name", "autocomplete", "placeholder", "autocapitalize", "autocorrect", "spellcheck",
              "required", "checked", "value"},
    "svg": {"xmlns", "viewbox", "width", "height", "fill", "focusable"}, "path": {"d", "fill", "fill-rule",
                                                                                  "clip-rule"},
}
ELEMENTS = {**CONTENT, **THEME}
META_HTTP_EQUIV = {"content-security-policy"}
META_NAMES = {"viewport", "description", "referrer", "generator", "author"}
LINK_RELS = {"stylesheet", "icon", "canonical", "alternate", "search", "prev", "next"}
LOADING_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest"}
NAVIGATION_SCHEMES = {"", "https", "mailto", "tel"}
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
C0_OR_SPACE = "".join(chr(code) for code in range(0x21))
JSON_DATA = {"__config"}  # <script type="application/json" id=…>: data for Material's script, never run
PLACEHOLDER = r"[A-Za-z0-9./_~%-]*"  # what a template expression may become inside an inline script

ADVICE_ELEMENT = "Use Markdown, or ask a developer for a component in overrides/."
ADVICE_SCRIPT = "Pages cannot run scripts; ask a developer for a component in overrides/."
ADVICE_ATTRIBUTE = "Remove the attribute; for looks, use a class from the site's stylesheet."
ADVICE_LINK = "Link to a page of the site, or to an https:// address."
ADVICE_LOAD = "Save the file under docs/ and refer to it there: pages load nothing from other sites."


@dataclass(frozen=True)
class Problem:
    """Something in a built page that is not allowed, and the text to look for in the sources."""

    message: str
    advice: str
    needles: tuple[str, ...]  # fragments of the source that produced it (a value, a script)
    hints: tuple[str, ...]  # what to look for in the page's Markdown when no needle is found
    in_content: bool  # inside the page's own text (the Markdown), or in the template around it


def known_scripts(template_dirs: list[Path]) -> list[re.Pattern]:
    """The theme's inline scripts, as patterns: every `<script>` block without attributes in a
    template file, each `{{ … }}` standing for a plain path or name."""
    bodies = set()
    for folder in template_dirs:
        for template in sorted(Path(folder).rglob("*.html")):
            text = template.read_text(encoding="utf-8")
            bodies.update(re.findall(r"<script>(.*?)</script>", text, re.S))
    return [re.compile("".join(PLACEHOLDER if part.startswith("{{") else re.escape(part)
                               for part in re.split(r"(\{\{.*?\}\})", body, flags=re.S)), re.S)
            for body in sorted(bodies) if "{%" not in body]


def problems(document: str, scripts: list[re.Pattern], origin: str = "") -> list[Problem]:
    """Everything in a built page that the allowlist does not allow; `origin` is the site's own
    (scheme://host of its site_url), whose absolute addresses count as the site's."""
    tree = LexborHTMLParser(document)
    found = []
    content = {inner.mem_id for article in tree.css("article") for inner in article.traverse(include_text=False)
               if inner.mem_id != article.mem_id}
    for node in tree.root.traverse(include_text=False):
        tag = node.tag
        if tag in ("-comment", "-doctype", "_comment", "!doctype"):
            continue
        in_content = node.mem_id in content  # inside the page's <article>: the text written in Markdown
        if tag not in ELEMENTS:
            found.append(Problem(f"<{tag}> is not allowed", ADVICE_SCRIPT if tag == "script" else ADVICE_ELEMENT,
                                 _values(node), (f"<{tag}",), in_content))
            continue
        if tag in THEME and in_content:
            found.append(Problem(f"<{tag}> is not allowed in a page's text", ADVICE_ELEMENT, _values(node),
                                 (f"<{tag}",), True))
            continue
        found += _attribute_problems(node, tag, in_content, origin)
        if tag == "script":
            found += _script_problems(node, scripts, in_content)
    return found


CLEAN: set[tuple] = set()  # (tag, in_content, origin, attributes) found clean: the theme repeats them on every page


def _attribute_problems(node: LexborNode, tag: str, in_content: bool, origin: str) -> list[Problem]:
    found = []
    allowed = ELEMENTS[tag]
    attributes = {key.lower(): value or "" for key, value in (node.attributes or {}).items()}
    seen = (tag, in_content, origin, tuple(attributes.items()))
    if seen in CLEAN:
        return found
    for name, value in attributes.items():
        if name.startswith("on"):
            found.append(Problem(f"event handler '{name}' on <{tag}>", ADVICE_SCRIPT, _values(node),
                                 (name, f"<{tag}"), in_content))
        elif name == "style":
            found.append(Problem(f"inline style on <{tag}>", ADVICE_ATTRIBUTE, _values(node), ("style=", f"<{tag}"),
                                 in_content))
        elif not (name in allowed or name in GLOBAL_ATTRIBUTES or name.startswith(("aria-", "data-"))):
            found.append(Problem(f"attribute '{name}' on <{tag}>", ADVICE_ATTRIBUTE, _values(node),
                                 (name, f"<{tag}"), in_content))
        else:
            problem = _value_problem(attributes, tag, name, value, origin)
            if problem:
                found.append(Problem(problem[0], problem[1], (value,), (name, f"<{tag}"), in_content))
    if not found and len(CLEAN) < 100_000:
        CLEAN.add(seen)
    return found


def _value_problem(attributes: dict[str, str], tag: str, name: str, value: str, origin: str) -> tuple[str, str] | None:
    if tag == "meta" and name == "http-equiv" and value.lower() not in META_HTTP_EQUIV:
        return f"<meta http-equiv=\"{value}\">", ADVICE_ELEMENT
    if tag == "meta" and name == "name" and value.lower() not in META_NAMES:
        return f"<meta name=\"{value}\">", ADVICE_ELEMENT
    if tag == "link" and name == "rel":
        unknown = set(value.lower().split()) - LINK_RELS
        if unknown:
            return f"<link rel=\"{value}\">", ADVICE_ELEMENT
    if tag == "script" and name == "type" and (value != "application/json" or attributes.get("id") not in JSON_DATA):
        return f"<script type=\"{value}\">", ADVICE_SCRIPT
    rels = set(attributes.get("rel", "").lower().split())
    if name in ("src", "srcset", "data-bundle", "data-index") or (tag == "link" and name == "href"
                                                                   and rels & LOADING_LINK_RELS):
        icon = tag == "link" and "icon" in rels
        candidates = _srcset(value) if name == "srcset" else [value]
        for address in candidates:
            if not _own(address, origin, data_image=(tag == "img" or icon)):
                return f"<{tag} {name}> loads '{_short(address)}' from outside the site", ADVICE_LOAD
    elif name in ("href", "cite") and not (_navigable(value) or _of_origin(value, origin)):
        return f"'{_short(value)}' in <{tag} {name}> is not a link a visitor may follow", ADVICE_LINK
    return None


def _script_problems(node: LexborNode, scripts: list[re.Pattern], in_content: bool) -> list[Problem]:
    attributes = node.attributes or {}
    body = node.text(deep=True)
    if "src" in attributes:
        if body.strip():
            return [Problem("<script src> with a body", ADVICE_SCRIPT, (), ("<script",), in_content)]
        return []
    if attributes.get("type") == "application/json":
        try:
            json.loads(body)
        except ValueError:
            return [Problem("<script type=\"application/json\"> that is not JSON", ADVICE_SCRIPT, (), ("<script",),
                            in_content)]
        return []
    if any(pattern.fullmatch(body) for pattern in scripts):
        return []
    return [Problem("an inline script that is not one of the theme's", ADVICE_SCRIPT,
                    (body.strip()[:40],), ("<script",), in_content)]


def _values(node: LexborNode) -> tuple[str, ...]:
    """The element's attribute values that are long enough to find it by in a source file."""
    return tuple(value for value in (node.attributes or {}).values() if value and len(value.strip()) >= 4)


def url_parts(address: str) -> tuple[str, str]:
    """(scheme, the rest) as a browser's URL parser reads the attribute value."""
    address = address.strip(C0_OR_SPACE).replace("\t", "").replace("\n", "").replace("\r", "")
    match = SCHEME.match(address)
    if match:
        return match.group(1).lower(), address[match.end():].replace("\\", "/")
    return "", address.replace("\\", "/")


def _navigable(address: str) -> bool:
    scheme, rest = url_parts(address)
    if scheme == "":
        return not rest.startswith("//")  # //host/… is another site: write https://
    if scheme == "https":
        return rest.startswith("//") and len(rest) > 2
    return scheme in NAVIGATION_SCHEMES


def _of_origin(address: str, origin: str) -> bool:
    """An absolute address on the site's own origin (e.g. the canonical link in a local preview)."""
    scheme, rest = url_parts(address)
    return bool(origin) and f"{scheme}:{rest}".lower().startswith(origin.lower().rstrip("/") + "/")


def _own(address: str, origin: str = "", data_image: bool = False) -> bool:
    scheme, rest = url_parts(address)
    if scheme == "":
        return not rest.startswith("//")
    if _of_origin(address, origin):
        return True
    return data_image and scheme == "data" and rest.lower().startswith("image/")


def _srcset(value: str) -> list[str]:
    return [candidate.strip().split()[0] for candidate in value.split(",") if candidate.strip()]


def _short(address: str) -> str:
    """The text as a reader can see it in one line: control characters written as \\xNN."""
    shown = re.sub(r"[\x00-\x1f\x7f]", lambda match: f"\\x{ord(match.group()):02x}", address)
    return shown if len(shown) <= 60 else shown[:57] + "…"


def locate(problem: Problem, page: Path, data_files: list[Path], shown: dict[Path, str]) -> Finding:
    """A finding at the source line that produced the problem: a fragment of it (an address, a
    script) in the page's Markdown or else in the data files; else the element or attribute in
    the page's Markdown; else the page itself, quoting the fragment."""
    needles = [needle.lower() for needle in problem.needles if needle.strip()]
    for source in [page, *data_files]:
        line = next((found for needle in needles if (found := _line_of(source, needle))), None)
        if line:
            return Finding(shown[source], line, "error", problem.message, problem.advice, "published")
    line = next((found for hint in problem.hints if (found := _line_of(page, hint.lower()))), None)
    if line:  # the element or attribute in the page's Markdown (or its front matter)
        return Finding(shown[page], line, "error", problem.message, problem.advice, "published")
    quoted = next(iter(problem.needles + problem.hints), "")
    return Finding(shown[page], 1, "error", f"{problem.message} (built from this page: '{_short(quoted)}')",
                   problem.advice, "published")


def _line_of(source: Path, needle: str) -> int | None:
    """The first line of `source` holding `needle`, as written or with character references decoded."""
    try:
        lines = source.read_text(encoding="utf-8-sig").lower().splitlines()
    except OSError:
        return None
    return next((number for number, text in enumerate(lines, 1) if needle in text or needle in html.unescape(text)),
                None)
