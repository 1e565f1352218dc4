"""The shapes of the site's data, checked when it is loaded (pydantic): a contact's phone
numbers, e-mail address, https:// addresses and dates; a source's address and date; the
quick-exit address. A problem names the file, the line of the entry and the field.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, HttpUrl, TypeAdapter, ValidationError, \
    model_validator

PHONE = re.compile(r"^\+?[0-9][0-9 -]*[0-9]$")
_URL = TypeAdapter(HttpUrl)


def _https(value: str) -> str:
    """An absolute https:// address with a host, kept as written."""
    url = _URL.validate_python(value)
    if url.scheme != "https" or not url.host or not value.startswith("https://"):
        raise ValueError("must be an https:// address")
    if re.search(r"[\s\"'<>\\\\]", value):
        raise ValueError("must not contain spaces, quotes, < > or backslashes")
    return value


def _phone(value: str) -> str:
    if not PHONE.match(value):
        raise ValueError("is not a phone number (digits, spaces, dashes, a leading +)")
    return value


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


HttpsAddress = Annotated[str, AfterValidator(_https)]
Phone = Annotated[str, AfterValidator(_phone)]
Text = Annotated[str, AfterValidator(_text)]


class Contact(BaseModel):
    """One entry of docs/contacts.yml."""

    model_config = ConfigDict(extra="forbid", strict=True)

    name: dict[str, Text]
    about: dict[str, Text]
    hours: dict[str, Text] | None = None
    phone: Phone | None = None
    phone_abroad: Phone | None = None
    email: EmailStr | None = None
    website: HttpsAddress | None = None
    chat: HttpsAddress | None = None
    source: Text
    checked: dt.date

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if not any((self.phone, self.phone_abroad, self.email, self.website, self.chat)):
            raise ValueError("needs at least one of phone, phone_abroad, website, chat, email")
        if not self.name or not self.about:
            raise ValueError("'name' and 'about' must map language codes to text")
        return self


class Source(BaseModel):
    """One entry of docs/sources.yml."""

    model_config = ConfigDict(extra="forbid", strict=True)

    title: Text
    publisher: Text
    url: HttpsAddress
    consulted: dt.date


QUICK_EXIT = TypeAdapter(HttpsAddress)


def problem_of(adapter: TypeAdapter, value: object) -> str | None:
    """The problem of a single value (e.g. the quick-exit address); None when it fits."""
    try:
        adapter.validate_python(value)
    except ValidationError as error:
        return error.errors()[0]["msg"].removeprefix("Value error, ")
    return None


def problem(model: type[BaseModel], data: object) -> str | None:
    """The first problem of `data` as `model`, in a sentence naming the field; None when it fits."""
    try:
        model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "missing":
            return f"has no '{field}'"
        if first["type"] == "extra_forbidden":
            return f"unknown field '{field}'"
        return f"'{field}' {message}" if field else message
    return None
