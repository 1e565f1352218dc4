"""The site's security policy: a Content-Security-Policy that allows only the site's own
origin (inline scripts only by hash), no referrer, and the headers for static hosts.

Every page gets the policy as <meta> tags; headers that only work as real HTTP headers
(frame-ancestors, HSTS, nosniff) go into the host files (see hosting.py).
"""

from __future__ import annotations

import base64
import hashlib
import re

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/json\")[^>]*>(.*?)</script>", re.S)
CHARSET = re.compile(r'<meta charset="[^"]*">')

DIRECTIVES = [
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("media-src", "'self'"),
    ("form-action", "'self'"),
    ("base-uri", "'none'"),
    ("object-src", "'none'"),
    ("frame-src", "'none'"),
]
HEADERS = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def script_hashes(html: str) -> set[str]:
    """CSP hashes of the page's inline scripts (Material's small bootstrap scripts)."""
    return {"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
            for body in INLINE_SCRIPT.findall(html)}


def policy(hashes: set[str], header: bool = False) -> str:
    parts = []
    for name, value in DIRECTIVES:
        if name == "script-src" and hashes:
            value = " ".join([value, *sorted(hashes)])
        parts.append(f"{name} {value}")
    if header:  # only honoured as an HTTP header, not in <meta>
        parts.append("frame-ancestors 'none'")
    return "; ".join(parts)


def protect(html: str) -> tuple[str, set[str]]:
    """Add the policy and the referrer rule to a page's <head>; also return its script hashes."""
    hashes = script_hashes(html)
    tags = (f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
            '<meta name="referrer" content="no-referrer">')
    return CHARSET.sub(lambda m: m.group(0) + tags, html, count=1), hashes


def headers(hashes: set[str]) -> dict[str, str]:
    """Every security header with its value, the policy included (with frame-ancestors)."""
    return {"Content-Security-Policy": policy(hashes, header=True), **HEADERS}
