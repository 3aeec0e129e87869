"""Ids of a municipality's local plan: its organisation, its plan id and the series of its afspraken.

The regional plan declares each municipality as an organisation (``GEM-AMV``, naam "Gemeente
Amstelveen"); a local plan uses that same id, so a trekker means the same in every file. The
local afspraken take the series of that code: ``AMV-01``, ``AMV-02``. No I/O.
"""

from __future__ import annotations

import re
import unicodedata

from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SECTIONS

ORG_PREFIX = "GEM-"
"""How the regional plan starts the id of a municipality's organisation."""


def municipality_organisation(plan: Plan, name: str) -> str | None:
    """The id of the organisation that is municipality ``name`` in ``plan`` (naam "Gemeente NAAM"), if any."""
    wanted = f"gemeente {name}".casefold()
    found = [o for o in plan.organisations if o.name.casefold() == wanted]
    found.sort(key=lambda o: o.kind != "gemeente")  # a declared soort = "gemeente" first
    return found[0].id if found else None


def code_of(organisation_id: str) -> str:
    """'GEM-AMV' -> 'AMV': the organisation id without the municipality prefix."""
    return organisation_id.removeprefix(ORG_PREFIX) or organisation_id


def derived_organisation(plan: Plan, name: str) -> str:
    """An organisation id for ``name`` that clashes with no id in ``plan``: GEM- and the name's first letters."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    letters = re.sub(r"[^A-Z0-9]", "", plain.upper()) or "X"
    used = {item.id for section in SECTIONS for item in getattr(plan, section.attr, ())}
    for width in range(3, len(letters) + 1):
        if (candidate := f"{ORG_PREFIX}{letters[:width]}") not in used:
            return candidate
    number = 2
    while f"{ORG_PREFIX}{letters}{number}" in used:
        number += 1
    return f"{ORG_PREFIX}{letters}{number}"


def local_organisation(regional: Plan, name: str) -> str:
    """The id the local plan of ``name`` declares: the regional plan's own, else a derived one."""
    return municipality_organisation(regional, name) or derived_organisation(regional, name)


def first_local_id(plan: Plan, kind: str) -> str | None:
    """The first afspraak id of a local plan ('AMV-01'); None for any other plan or section."""
    if kind != "afspraak" or plan.municipality is None:
        return None
    organisation = municipality_organisation(plan, plan.municipality)
    code = code_of(organisation) if organisation else code_of(derived_organisation(plan, plan.municipality))
    return f"{code}-01"
