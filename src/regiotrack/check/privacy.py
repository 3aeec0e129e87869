"""The privacy guard: the plan is about organisations and meetings, never about residents (AVG).

``controleer`` refuses free text that looks like resident data: a number that passes the BSN
eleven-test, a Dutch phone number, or an e-mail address that is not a declared contact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from regiotrack.check.lineindex import LineIndex
from regiotrack.errors import Problem
from regiotrack.plan.model import Plan
from regiotrack.plan.vocabulary import SECTIONS

_BSN = re.compile(r"(?<![\d.])\d(?:[. ]?\d){8}(?![\d.]?\d)")  # 123456782, 123.456.782, 1234.56.782
_PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|0)(?:[ -]?\(?0?\)?)?(?:[ -]?\d){9}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SUSPECT = re.compile(r"\d{2}|@")  # cheap pre-check: only texts with digits or an @ can hold any of these

FREE_TEXT = ("titel", "omschrijving", "notities", "opmerking", "activiteit", "naam", "duur", "bron", "reden")
"""Keys whose values are free text and are therefore checked."""


def passes_eleven_test(digits: str) -> bool:
    """The BSN check: 9 digits, weights 9..2 and -1, sum divisible by 11 (and not all zero)."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def findings(text: str, allowed_emails: set[str]) -> Iterator[str]:
    """Dutch descriptions of what in ``text`` looks like resident data."""
    for match in _BSN.finditer(text):
        digits = re.sub(r"[. ]", "", match.group(0))
        if passes_eleven_test(digits):
            yield f"lijkt op een burgerservicenummer ({match.group(0)})"
    for match in _PHONE.finditer(text):
        yield f"lijkt op een telefoonnummer ({match.group(0).strip()})"
    for match in _EMAIL.finditer(text):
        if match.group(0).lower() not in allowed_emails:
            yield f"bevat een e-mailadres ({match.group(0)})"


def privacy_problems(plan: Plan, index: LineIndex, file: str) -> list[Problem]:
    """One problem per free-text field that looks like it holds resident data."""
    allowed = {o.contact.lower() for o in plan.organisations if o.contact}
    problems = []
    for section in SECTIONS:
        alias, name = section.key, section.attr
        items = getattr(plan, name)
        if not items:
            continue
        fields = [(f.alias, attr) for attr, f in type(items[0]).model_fields.items() if f.alias in FREE_TEXT]
        for number, item in enumerate(items):
            for key, attr in fields:
                value = getattr(item, attr)
                if isinstance(value, tuple):  # the note log: every entry's text
                    value = "\n".join(getattr(entry, "text", "") for entry in value)
                if not value or not _SUSPECT.search(value):
                    continue
                if key == "notities" and index.lines.get((alias, str(number), "notitie")):
                    key = "notitie"  # the file still has the single note of before the log: name what it says
                for finding in findings(value, allowed):
                    problems.append(
                        Problem(
                            f"{finding}; het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)",
                            "Haal dit weg. Casus- of persoonsgegevens horen niet in het plan; "
                            "een contactadres van een organisatie zet u bij die organisatie onder 'contact'.",
                            file,
                            index.line_of((alias, str(number), key)),
                            item.id,
                            key,
                        )
                    )
    return problems
