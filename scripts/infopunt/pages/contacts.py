"""Contact details stored once (docs/contacts.yml) and shown through `{{ contact: <id> }}` (a card)
or `{{ call: <id> }}` (one large button that dials the contact's phone number)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from infopunt.findings import Finding, InputError, display_path
from infopunt.pages import schemas, yamlfile

SHORTCODE = re.compile(r"^[ \t]*\{\{[ \t]*(?P<kind>contact|call):[ \t]*(?P<id>[\w-]+)[ \t]*\}\}[ \t]*$",
                       re.MULTILINE)
ANY_SHORTCODE = re.compile(r"^\s*\{\{.*\}\}\s*$")
TEXTS = ("name", "about", "hours")
LABELS = ("call", "from_abroad", "chat", "website", "email")


@dataclass
class Directory:
    """All contacts, the translated labels of a card, and where each contact is defined."""

    path: str
    contacts: dict
    labels: dict
    lines: dict

    def problems_for(self, contact_id: str, lang: str, kind: str = "contact") -> list[str]:
        """What stops the card (or, for kind "call", the call button) of `contact_id` from being
        shown in `lang`."""
        contact = self.contacts.get(contact_id)
        if contact is None:
            return [f"unknown contact '{contact_id}' (known: {', '.join(sorted(self.contacts))})"]
        if kind == "call":
            if "phone" not in contact:
                return [f"contact '{contact_id}' has no phone number to call in {self.path}"]
            if lang not in self.labels.get("call", {}):
                return [f"label 'call' has no text in '{lang}' in {self.path}"]
            return []
        missing = [key for key in TEXTS if key in contact and lang not in contact[key]]
        missing += [f"label '{key}'" for key in LABELS if lang not in self.labels.get(key, {})]
        return [f"contact '{contact_id}' has no {key} in '{lang}' in {self.path}" for key in missing]

    def card(self, contact_id: str, lang: str) -> str:
        """The contact card as HTML, in `lang`."""
        contact, label = self.contacts[contact_id], {k: v[lang] for k, v in self.labels.items()}
        esc = html.escape
        ways = []
        if "phone" in contact:
            ways.append(_call(contact["phone"], label["call"]))
        if "phone_abroad" in contact:
            ways.append(_call(contact["phone_abroad"], label["from_abroad"]))
        for key in ("chat", "website"):
            if key in contact:
                shown = re.sub(r"^https://(www\.)?", "", contact[key]).rstrip("/")
                ways.append(f'<a href="{esc(contact[key])}" rel="noreferrer">{esc(label[key])}: {_ltr(shown)}</a>')
        if "email" in contact:
            ways.append(f'<a href="mailto:{esc(contact["email"])}">{esc(label["email"])}: {_ltr(contact["email"])}</a>')
        parts = [
            f'<div class="contact-card" data-contact="{esc(contact_id)}">',
            f'<p class="contact-card__name"><strong>{esc(contact["name"][lang])}</strong></p>',
            f'<p>{esc(contact["about"][lang])}</p>',
            '<ul class="contact-card__ways">' + "".join(f"<li>{way}</li>" for way in ways) + "</ul>",
        ]
        if "hours" in contact:
            parts.append(f'<p class="contact-card__hours">{esc(contact["hours"][lang])}</p>')
        return "\n".join(parts + ["</div>"])


    def call_button(self, contact_id: str, lang: str) -> str:
        """One large button that dials the contact's phone number, e.g. "Call 112"."""
        call = _call(self.contacts[contact_id]["phone"], self.labels["call"][lang])
        return f'<p class="infopunt-call" data-contact="{html.escape(contact_id)}">{call}</p>'


def _call(number: str, label: str) -> str:
    """A link that dials `number`: a button (see contact-card.css) whose number never breaks."""
    return (f'<a class="infopunt-call__button" href="tel:{_dial(number)}">'
            f'<span>{html.escape(label)} {_ltr(number)}</span></a>')


def _ltr(text: str) -> str:
    """Numbers and addresses read left to right, also inside right-to-left text."""
    return f'<bdi dir="ltr">{html.escape(text)}</bdi>'


def _dial(number: str) -> str:
    return re.sub(r"[ -]", "", number)


def load(path: Path) -> Directory:
    """Read and validate the contacts file; every problem is an InputError naming its line."""
    shown = display_path(path)
    data, lines = yamlfile.read_section(path, "the contacts file", "contacts", "id → details")
    directory = Directory(shown, data["contacts"], data.get("labels") or {}, lines)
    problems = [p for cid, c in directory.contacts.items() for p in _problems(cid, c, directory)]
    if problems:
        raise InputError(shown, "; ".join(p.message for p in problems), problems[0].line)
    return directory


def _problems(contact_id: str, contact, directory: Directory) -> list[Finding]:
    """The contact's shape (schemas.Contact): fields, phone numbers, e-mail, https:// addresses, dates."""
    problem = schemas.problem(schemas.Contact, contact) if isinstance(contact, dict) else "must be a mapping of fields"
    if problem is None:
        return []
    return [Finding(directory.path, directory.lines.get(contact_id, 1), "error", f"contact '{contact_id}': {problem}")]


def shortcodes(body: str, first_line: int):
    """Yield (line, kind, contact id) for each shortcode line; kind and id are None for a
    malformed shortcode."""
    for offset, line in enumerate(body.split("\n")):
        if ANY_SHORTCODE.match(line):
            match = SHORTCODE.match(line)
            yield (first_line + offset, *(match.group("kind", "id") if match else (None, None)))


def expand(body: str, lang: str, directory: Directory) -> str:
    """Replace every contact shortcode with its card (or call button) in `lang`."""
    if "{{" not in body:
        return body
    render = {"contact": directory.card, "call": directory.call_button}
    return SHORTCODE.sub(lambda m: render[m.group("kind")](m.group("id"), lang), body)
