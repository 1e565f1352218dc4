"""The shapes of the site's data (scripts/infopunt/pages/schemas.py), checked when it is loaded:
each problem names the file, the entry's line and the field."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import mkdocs_build
from infopunt.findings import InputError
from infopunt.pages import contacts, schemas

GOOD = {"name": {"nl": "Helpdesk"}, "about": {"nl": "Vragen."}, "phone": "033 448 11 86",
        "email": "info@comensha.nl", "website": "https://www.comensha.nl/", "source": "comensha.nl",
        "checked": dt.date(2026, 12, 4)}


def test_a_well_formed_contact_fits():
    assert schemas.problem(schemas.Contact, GOOD) is None


@pytest.mark.parametrize("field, value, says", [
    ("phone", "033-CALL-NOW", "'phone' is not a phone number"),
    ("phone", 112, "'phone' Input should be a valid string"),
    ("email", "info@", "'email' value is not a valid email address"),
    ("email", 'x"@example.org', "'email' value is not a valid email address"),
    ("website", "http://www.comensha.nl/", "'website' must be an https:// address"),
    ("website", "https://www.comensha.nl/\"><script>", "'website' "),
    ("website", "javascript:alert(1)", "'website' "),
    ("chat", "//chat.example/", "'chat' "),
    ("checked", "gisteren", "'checked' Input should be a valid date"),
    ("source", "  ", "'source' must not be empty"),
    ("fax", "033 000 00 00", "unknown field 'fax'"),
])
def test_a_contact_field_of_the_wrong_shape_is_named(field, value, says):
    assert says in schemas.problem(schemas.Contact, {**GOOD, field: value})


def test_a_contact_nobody_can_reach_is_refused():
    unreachable = {key: value for key, value in GOOD.items() if key not in ("phone", "email", "website")}
    assert "needs at least one of" in schemas.problem(schemas.Contact, unreachable)


def test_the_contacts_file_names_the_line_of_the_contact(tmp_path):
    path = tmp_path / "contacts.yml"
    path.write_text("contacts:\n  goed:\n    name: {nl: A}\n    about: {nl: B}\n    phone: '112'\n"
                    "    source: x\n    checked: 2026-12-04\n  fout:\n    name: {nl: A}\n    about: {nl: B}\n"
                    "    website: http://example.org/\n    source: x\n    checked: 2026-12-04\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        contacts.load(path)
    assert error.value.line == 8 and "contact 'fout': 'website' must be an https:// address" in str(error.value)


@pytest.mark.parametrize("address", ["http://www.buienradar.nl/", "javascript:alert(1)", "https://x\"><script>"])
def test_the_quick_exit_must_go_to_an_https_address(address):
    assert schemas.problem_of(schemas.QUICK_EXIT, address)


def test_a_quick_exit_that_is_not_https_stops_the_build_naming_the_setting(project, tmp_path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "quick_exit_url: https://www.buienradar.nl/", "quick_exit_url: javascript:alert(1)"), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "mkdocs.yml: plugins.infopunt.quick_exit_url 'javascript:alert(1)'" in result.stderr
