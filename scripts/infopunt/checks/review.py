"""What is due for review: a page past its `last_reviewed` date plus its audience's review
interval, and a contact past its `checked` date plus the contacts' interval (both in days,
set in mkdocs.yml). Warnings in every build (never failing it: a review date must not stop an
urgent correction going out) and in `infopunt check`; errors with `infopunt check --strict-review`.
"""

from __future__ import annotations

import datetime as dt
import logging

from infopunt import pages
from infopunt.findings import Finding
from infopunt.pages import contacts

DEFAULT_PAGE_DAYS = {"victim": 180, "citizen": 180, "professional": 365, "all": 180}
DEFAULT_CONTACT_DAYS = 180


def log() -> logging.Logger:
    """A logger that prints like MkDocs' warnings but is not counted by `mkdocs build --strict`."""
    logger = logging.getLogger("infopunt.review")
    if not logger.handlers:
        from mkdocs.utils import CountHandler

        logger.handlers = [handler for handler in logging.getLogger("mkdocs").handlers
                           if not isinstance(handler, CountHandler)]
        logger.propagate = not logger.handlers
    return logger


def due(found_pages: list[pages.Page], directory: contacts.Directory, page_days: dict[str, int],
        contact_days: int, today: dt.date) -> list[Finding]:
    """Every page and contact whose review is due on `today`, oldest first."""
    found = []
    for page in found_pages:
        reviewed = page.front.data.get("last_reviewed")
        days = page_days.get(page.audience, DEFAULT_PAGE_DAYS["all"])
        if isinstance(reviewed, dt.date) and reviewed + dt.timedelta(days=days) < today:
            found.append((reviewed, Finding(page.path, page.front.lines.get("last_reviewed", 1), "warning",
                                            f"review due since {reviewed + dt.timedelta(days=days)} (last reviewed "
                                            f"{reviewed}, every {days} days for '{page.audience}' pages)",
                                            "Check the page against its sources, then update last_reviewed.",
                                            "review-due")))
    for contact_id, contact in directory.contacts.items():
        checked = contact.get("checked")
        if isinstance(checked, dt.date) and checked + dt.timedelta(days=contact_days) < today:
            found.append((checked, Finding(directory.path, directory.lines.get(contact_id, 1), "warning",
                                           f"contact '{contact_id}': check due since "
                                           f"{checked + dt.timedelta(days=contact_days)} (last checked {checked})",
                                           "Confirm the details in their source, then update 'checked'.",
                                           "review-due")))
    return [finding for _, finding in sorted(found, key=lambda item: item[0])]
