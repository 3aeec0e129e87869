"""What the text in a plan may hold: no resident data (AVG) and no control characters.

Every free-text field is checked: the ``str`` fields of the models (derived from the models,
so a new field is checked without a list to keep up), except ids, references and values
with a format of their own. Two moments:

- reading (``controleer`` and every command): :func:`content_problems`, with file, line and
  field and a hint on how to remove them: errors for resident data, warnings for control
  characters (every output shows them escaped);
- every edit, before anything is written or committed (``saving.save_and_commit``, the merge
  driver): :func:`edit_problems` refuses new values that hold such text, and reports what is
  still in unchanged fields as warnings, so that the edit that removes it is always possible.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from regiotrack.check.lineindex import LineIndex
from regiotrack.check.privacy import contact_keys, findings
from regiotrack.check.references import REFERENCE_KEYS
from regiotrack.errors import STEERING, Problem, Severity
from regiotrack.plan.model import FileModel, Plan, section_model
from regiotrack.plan.replaced import Replaced, replaced
from regiotrack.plan.vocabulary import SECTIONS

# Newline and tab are fine in a text. Invisible format characters (zero-width space and joiners,
# word joiner, BOM, bidirectional overrides) are refused too: they hide text from people and
# from the privacy guard alike.
_CONTROL = re.compile(f"[{STEERING}]")
_CONTROL_NAMES = {
    0x200B: "zero-width space",
    0xFEFF: "BOM",
    0x202E: "right-to-left override",
    0x1B: "escape",
    0x07: "bel",
    0x0D: "carriage return",
    0x08: "backspace",
    0x9B: "CSI",
    0x9D: "OSC",
}
_CONTROL_MESSAGE = "bevat een stuurteken"
PLACE_KEYS = frozenset({"locatie"})
"""Fields that say where a meeting is: a venue's street address and postcode are allowed there."""
_PRIVACY_REASON = "; het plan gaat over organisaties en overleggen, nooit over inwoners (AVG)"
README_SECTION = "README, 'Privacy en veiligheid'"


@dataclass(frozen=True)
class TextValue:
    """One free-text value in a plan and where it is."""

    path: tuple[str, ...]
    """Line-index path: ('titel',) or ('afspraak', '3', 'notitie')."""
    section: str | None
    """File key of the section; None for the plan's own fields."""
    item_id: str | None
    key: str
    value: str
    entry: int | None = None
    """For a note: its number in the log (1 = newest), as 'notitie --verwijder N' takes it."""


def free_text_keys(model: type[FileModel], section: str | None) -> tuple[tuple[str, str], ...]:
    """(Dutch key, attribute) of the model's free-text fields: plain ``str`` and not a reference."""
    keys = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        plain_text = field.annotation in (str, str | None) and not field.metadata
        if plain_text and (section, key) not in REFERENCE_KEYS:
            keys.append((key, name))
    return tuple(keys)


def text_values(plan: Plan, only: Sequence[tuple[str, int, Any]] | None = None) -> Iterator[TextValue]:
    """Every non-empty free-text value of the plan, in file order.

    ``only``: the plan's own values and those of these items of it, (section key, position,
    item) as ``plan.replaced`` gives them: a save scans what it replaced, not 100,000 items.
    """
    for key, name in free_text_keys(Plan, None):
        value = getattr(plan, name, None)
        if isinstance(value, str) and value:
            yield TextValue((key,), None, None, key, value)
    if only is not None:
        for key, number, item in only:
            yield from _item_values(key, number, item, free_text_keys(section_model(key), key))
        return
    for section in SECTIONS:
        items = getattr(plan, section.attr, ())
        if not items:
            continue
        keys = free_text_keys(section_model(section.key), section.key)
        for number, item in enumerate(items):
            yield from _item_values(section.key, number, item, keys)


def _item_values(section: str, number: int, item: Any, keys: tuple[tuple[str, str], ...]) -> Iterator[TextValue]:
    for key, name in keys:
        value = getattr(item, name, None)
        if isinstance(value, str) and value:
            yield TextValue((section, str(number), key), section, item.id, key, value)
    # The note log: each entry's text and author are free text too ('notitie' read from an old file).
    for entry_number, entry in enumerate(getattr(item, "notes", ()), start=1):
        for value in (entry.text, entry.author):
            if value:
                path = (section, str(number), "notities")
                yield TextValue(path, section, item.id, "notities", value, entry_number)


def allowed_contacts(plan: Plan) -> set[str]:
    """The organisations' declared contacts (e-mail addresses, phone numbers): those may appear anywhere."""
    allowed: set[str] = set()
    for organisation in getattr(plan, "organisations", ()):
        if organisation.contact:
            allowed |= contact_keys(organisation.contact)
    return allowed


def control_characters(text: str) -> list[str]:
    """The control characters in ``text`` (not newline or tab), named as 'U+001B (escape)'."""
    found = dict.fromkeys(_CONTROL.findall(text))
    return [f"U+{ord(c):04X}" + (f" ({_CONTROL_NAMES[ord(c)]})" if ord(c) in _CONTROL_NAMES else "") for c in found]


def _text_findings(text: TextValue, allowed: set[str]) -> Iterator[tuple[str, str]]:
    """('privacy' | 'stuurteken', Dutch description) per thing wrong in one value."""
    return _value_findings(text.value, allowed, place=text.key in PLACE_KEYS)


def _value_findings(value: str, allowed: Collection[str], place: bool = False) -> Iterator[tuple[str, str]]:
    for finding in findings(value, allowed, place):
        yield "privacy", finding + _PRIVACY_REASON
    controls = control_characters(value)
    if controls:
        yield (
            "stuurteken",
            f"{_CONTROL_MESSAGE} ({', '.join(controls)}); dat kan de terminal van een lezer ontregelen",
        )


def value_problems(value: str, allowed: Collection[str] = frozenset(), key: str = "") -> list[str]:
    """What an edit setting this one value would be refused for (resident data, control characters), in Dutch.

    The same check as :func:`edit_problems` makes on save, for a form that checks as you type.
    ``allowed``: the plan's declared contacts (:func:`allowed_contacts`); ``key``: the field's
    file key (a meeting's ``locatie`` may hold a venue's address).
    """
    return [message for _kind, message in _value_findings(value, allowed, place=key in PLACE_KEYS)]


def join_findings(messages: Iterable[str], examples: int = 3) -> str:
    """Messages of :func:`value_problems` as one short Dutch text for under a form field.

    Each kind of finding once with its first ``examples`` (``lijkt op een telefoonnummer
    (06-1…, 06-2… en nog 2)``), then each reason once: a text with five numbers no longer repeats
    the AVG sentence five times and pushes a form's buttons off an 80x24 screen.
    """
    found: dict[str, list[str]] = {}
    reasons: list[str] = []
    for message in messages:
        head, _, reason = message.partition("; ")
        kind, _, detail = head.partition(" (")
        detail = detail.removesuffix(")")
        found.setdefault(kind, [])
        if detail and detail not in found[kind]:
            found[kind].append(detail)
        if reason and reason not in reasons:
            reasons.append(reason)
    parts = []
    for kind, details in found.items():
        shown = ", ".join(details[:examples]) + (
            f" en nog {len(details) - examples}" if len(details) > examples else ""
        )
        parts.append(f"{kind} ({shown})" if details else kind)
    listed = ", ".join(parts[:-1]) + " en " + parts[-1] if len(parts) > 1 else "".join(parts)
    return "; ".join([listed, *reasons])


def _removal_hint(kind: str, text: TextValue, tracked: bool) -> str:
    if kind == "stuurteken":
        return "Verwijder het onzichtbare teken uit de tekst (typ de tekst opnieuw)."
    if text.key == "notities" and text.item_id and text.entry:
        how = (
            f"Verwijder die notitie met: regiotrack notitie {text.item_id} --verwijder {text.entry} "
            f'(of vervang de tekst: regiotrack notitie {text.item_id} "…" --vervang {text.entry}).'
        )
    else:
        how = (
            "Haal het weg uit het bestand; een contactadres van een organisatie hoort bij die organisatie "
            "onder 'contact'."
        )
    return f"{how} Staat het al in git, zie dan {README_SECTION}."


def content_problems(plan: Plan, index: LineIndex, file: str) -> list[Problem]:
    """One error per free-text value that holds resident data; a warning for control characters."""
    allowed = allowed_contacts(plan)
    tracked = {s.key for s in SECTIONS if s.tracked}
    problems = []
    for text in text_values(plan):
        for kind, message in _text_findings(text, allowed):
            hint = _removal_hint(kind, text, text.section in tracked)
            # Control characters already in the file are shown escaped everywhere, so they warn
            # (with line and field) instead of locking the plan; an edit never adds new ones.
            severity: Severity = "waarschuwing" if kind == "stuurteken" else "fout"
            path, key = text.path, text.key
            old_form = (*text.path[:-1], "notitie")
            if key == "notities" and index.line_of(old_form) != index.line_of(text.path[:-1]):
                path, key = old_form, "notitie"  # a file from before the note log: name what it says
            problems.append(Problem(message, hint, file, index.line_of(path), text.item_id, key, severity))
    return problems


def edit_problems(
    old: Plan | None, new: Plan, old_problems: Sequence[Problem] | None = None
) -> tuple[list[Problem], list[Problem]]:
    """(problems in values the edit sets, problems left in values it does not change).

    ``old`` None: every value of ``new`` counts as set by the edit.
    The first list refuses the edit; the second only warns, so that an edit can always remove
    what is already there. Together they are every content problem of ``new``: both empty
    means a fresh read of ``new`` finds none.

    ``old_problems``: what a read of ``old`` found (``LoadedPlan.warnings`` when complete).
    With it only the items the edit replaced are scanned: an edit keeps every untouched item
    as the very same object, and an untouched item's problems are the ones read before. That
    makes a save cost the size of the edit, not of the plan (0.25 s of CPU at 10,000 items).
    """
    allowed = allowed_contacts(new)
    if old is None or old_problems is None or allowed_contacts(old) != allowed:
        return _scan(old, new, allowed, None)
    changed = replaced(old, new)
    refused, remaining = _scan(old, new, allowed, changed)
    for problem in old_problems:
        if problem.item is not None and problem.item not in changed.ids and _is_content(problem):
            remaining.append(
                problem._replace(file="", line=None, field=log_key(problem.field), severity="waarschuwing")
            )
    return refused, remaining


def _scan(old: Plan | None, new: Plan, allowed: set[str], only: Replaced | None) -> tuple[list[Problem], list[Problem]]:
    """Compare the text values of ``new`` (the plan's own and, if given, only the items ``only``
    replaced) with ``old``'s."""
    # (where, value): a note log has several values under one key, so the value is part of it
    before: set[tuple[Any, ...]] = set()
    if old is not None:
        before = {(t.section, t.item_id, t.key, t.value) for t in text_values(old, only and only.old)}
    tracked = {s.key for s in SECTIONS if s.tracked}
    refused, remaining = [], []
    for text in text_values(new, only and only.new):
        unchanged = (text.section, text.item_id, text.key, text.value) in before
        for kind, message in _text_findings(text, allowed):
            if unchanged:
                hint = _removal_hint(kind, text, text.section in tracked)
                remaining.append(Problem(message, hint, item=text.item_id, field=text.key, severity="waarschuwing"))
            else:
                refused.append(Problem(message, item=text.item_id, field=text.key))
    return refused, remaining


def _is_content(problem: Problem) -> bool:
    """Whether a problem of a read came from this module (see :func:`_text_findings`)."""
    return problem.message.endswith(_PRIVACY_REASON) or problem.message.startswith(_CONTROL_MESSAGE)


def log_key(key: str | None) -> str | None:
    """A note read from an old single ``notitie`` is an entry of the log ``notities``."""
    return "notities" if key == "notitie" else key
